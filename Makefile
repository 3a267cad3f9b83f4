# Set-up is automatic: every target that needs Python builds .venv from requirements.txt first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CONFIG := site_config.yml

.PHONY: site serve deploy test bench clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## site: generate the pages from content/ and build the static site into site/ (mkdocs --strict)
site: $(STAMP)
	$(BIN)/python -m generator --config $(CONFIG) build

## serve: preview on http://127.0.0.1:8000 with live reload; edits under content/ regenerate pages
serve: $(STAMP)
	mkdir -p build/docs
	$(BIN)/mkdocs serve --config-file $(CONFIG) --dev-addr 127.0.0.1:8000 --dirty

## deploy: build and publish site/ to the gh-pages branch (GitHub Pages)
deploy: site
	$(BIN)/mkdocs gh-deploy --config-file $(CONFIG) --force --no-history

## test: set-up plus the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## bench: synthetic corpora of 1,000 and 10,000 articles, timed stage by stage
bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf build site site.new site.old .pytest_cache .hypothesis bench/out
