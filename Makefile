# Set-up is automatic: every target that needs Python builds .venv from requirements.txt first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG := site_config.yml
ENGINE ?= mkdocs

.PHONY: site serve import deploy test bench clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## site: generate the pages from content/, build the static site into site/ (--strict) and index it
## for search; ENGINE=zensical builds with Zensical instead of MkDocs
site: $(STAMP)
	$(BIN)/python -m generator --config $(CONFIG) build --engine $(ENGINE)

## serve: preview on http://127.0.0.1:8000 with live reload; edits under content/ regenerate pages
serve: $(STAMP)
	mkdir -p build/docs
	$(BIN)/mkdocs serve --config-file $(CONFIG) --dev-addr 127.0.0.1:8000 --dirty

## import: saved web pages, text or Markdown files into content/articles/ (make import FROM="a.html folder/")
import: $(STAMP)
	$(BIN)/python -m generator --config $(CONFIG) import $(FROM)

## deploy: build and publish site/ to the gh-pages branch (GitHub Pages)
deploy: site
	$(BIN)/mkdocs gh-deploy --config-file $(CONFIG) --force --no-history

## test: set-up plus the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## bench: synthetic corpora of 1,000 and 10,000 articles, timed stage by stage, and their search
## in a browser; BENCH="--scale 100000 --words 800" adds a larger, longer run
bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH)

clean:
	rm -rf build site site.new site.old .pytest_cache .hypothesis bench/out
