"""Cached, incremental and parallel runs give byte-identical output to a clean single-process run."""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from bench.corpus import write_corpus
from generator.config import load_site
from generator.pipeline import generate

ARTICLES = 120  # above the size at which work is spread over processes


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(config: Path, jobs: int):
    return generate(load_site(config), out=io.StringIO(), jobs=jobs)


def corpus(folder: Path) -> Path:
    """A synthetic project in which the much-mentioned entities get pages of their own."""
    config = write_corpus(folder, ARTICLES, seed=7, entities=150)
    config.write_text(config.read_text(encoding="utf-8").replace("mentions_shown: 100", "mentions_shown: 8"),
                      encoding="utf-8")
    return config


def test_parallel_equals_single_process(tmp_path):
    single, parallel = corpus(tmp_path / "single"), corpus(tmp_path / "parallel")
    run(single, jobs=1)
    run(parallel, jobs=2)
    assert tree(tmp_path / "single" / "build" / "docs") == tree(tmp_path / "parallel" / "build" / "docs")


def test_output_does_not_depend_on_the_process_hash_seed(tmp_path):
    """Sets of strings iterate in an order that changes from process to process: nothing written
    may depend on it."""
    trees = []
    for seed in ("1", "2"):
        config = corpus(tmp_path / seed)
        subprocess.run([sys.executable, "-m", "generator", "--config", str(config), "generate"], check=True,
                       capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed, "KNOWLEDGE_JOBS": "1"})
        trees.append(tree(tmp_path / seed / "build" / "docs"))
    assert len(trees[0]) > 100 and trees[0] == trees[1]


def test_incremental_after_edit_and_delete_equals_clean_run(tmp_path):
    config = corpus(tmp_path / "live")
    docs = tmp_path / "live" / "build" / "docs"
    first = run(config, jobs=2)
    assert first.report.written == len(tree(docs))
    before = {p: (docs / p).stat().st_mtime_ns for p in tree(docs)}

    articles = sorted((tmp_path / "live" / "content" / "articles").rglob("*.txt"))
    with articles[10].open("a", encoding="utf-8") as handle:
        handle.write("\nLater, Defense Minister Ivan Petrovsky said the T-99 tanks would stay.\n")
    articles[20].unlink()
    second = run(config, jobs=2)
    assert second.report.written < first.report.written / 4  # only what the edit touched
    after = tree(docs)
    unchanged = [p for p in after if p in before and (docs / p).stat().st_mtime_ns == before[p]]
    assert len(unchanged) > len(after) / 2  # untouched files keep their bytes and mtime

    clean = tmp_path / "clean"
    shutil.copytree(tmp_path / "live" / "content", clean / "content")
    shutil.copy(config, clean / "site_config.yml")
    run(clean / "site_config.yml", jobs=1)
    assert after == tree(clean / "build" / "docs")
    assert "people/ivan-petrovsky.md" in after


def test_unchanged_rerun_writes_nothing(tmp_path):
    config = corpus(tmp_path / "p")
    run(config, jobs=2)
    again = run(config, jobs=2)
    assert again.report.written == 0 and again.report.removed == 0


def test_a_generated_file_deleted_by_hand_comes_back(tmp_path):
    config = corpus(tmp_path / "p")
    run(config, jobs=2)
    docs = tmp_path / "p" / "build" / "docs"
    expected = tree(docs)
    gone = [docs / p for p in sorted(expected) if p.startswith(("articles/", "people/"))][1:3]
    for path in gone:
        path.unlink()
    again = run(config, jobs=2)
    assert again.report.written == len(gone) and tree(docs) == expected


def test_a_docs_folder_deleted_with_the_cache_kept_comes_back_whole(tmp_path):
    config = corpus(tmp_path / "p")
    first = run(config, jobs=2)
    docs = tmp_path / "p" / "build" / "docs"
    expected = tree(docs)
    shutil.rmtree(docs)
    again = run(config, jobs=2)
    assert again.rendered == first.rendered and tree(docs) == expected


def test_knowledge_base_edit_reaches_the_pages(tmp_path):
    from conftest import make_project

    config = make_project(tmp_path)
    run(config, jobs=1)
    people = tmp_path / "content" / "entities" / "people.yml"
    people.write_text(people.read_text(encoding="utf-8").replace(
        "Press secretary of the President of Russia", "Spokesman of the Kremlin since 2012"), encoding="utf-8")
    run(config, jobs=1)
    page = (tmp_path / "build" / "docs" / "people" / "dmitry-peskov.md").read_text(encoding="utf-8")
    assert "Spokesman of the Kremlin since 2012" in page


def test_edit_within_the_entity_set_renders_only_the_pages_it_touches(tmp_path):
    """An edit that adds a mention of a known entity, with the entity set unchanged: only the pages
    that show the article are rendered (its own, and those of the entities it names, the new one
    included), and the result is the clean run's."""
    config = corpus(tmp_path / "live")
    first = run(config, jobs=2)
    articles = sorted((tmp_path / "live" / "content" / "articles").rglob("*.txt"))
    with articles[10].open("a", encoding="utf-8") as handle:
        handle.write("\nOfficials said BMP-980M units had arrived.\n")
    second = run(config, jobs=2)
    assert second.entities == first.entities
    assert 1 < second.rendered < 60 and second.report.written >= 1  # of some 700 pages

    clean = tmp_path / "clean"
    shutil.copytree(tmp_path / "live" / "content", clean / "content")
    shutil.copy(config, clean / "site_config.yml")
    run(clean / "site_config.yml", jobs=1)
    assert tree(tmp_path / "live" / "build" / "docs") == tree(clean / "build" / "docs")


def test_a_new_name_re_extracts_only_the_articles_that_hold_it(tmp_path):
    """A new article that brings a new person changes the entity set: only the articles holding
    a string through which the change reaches extraction are extracted again, and the result is
    the clean run's."""
    config = corpus(tmp_path / "live")
    named = sorted((tmp_path / "live" / "content" / "articles").rglob("*.txt"))[30]
    with named.open("a", encoding="utf-8") as handle:  # named, without a title: not discovered here
        handle.write("\nOdalys Quenneville was seen at the site.\n")
    first = run(config, jobs=2)
    new = tmp_path / "live" / "content" / "articles" / "zz-new.txt"
    new.write_text("Quenneville Visits the Front\n\nDefense Minister Odalys Quenneville visited the units on "
                   "Tuesday. Quenneville said the drills would go on.\n", encoding="utf-8")
    second = run(config, jobs=2)
    assert second.entities["person"] == first.entities["person"] + 1
    assert 1 <= second.extracted < ARTICLES / 4

    clean = tmp_path / "clean"
    shutil.copytree(tmp_path / "live" / "content", clean / "content")
    shutil.copy(config, clean / "site_config.yml")
    assert run(clean / "site_config.yml", jobs=1).extracted == ARTICLES + 1
    assert tree(tmp_path / "live" / "build" / "docs") == tree(clean / "build" / "docs")
    assert "people/odalys-quenneville.md" in tree(clean / "build" / "docs")
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "live" / "build" / "docs" / "articles").glob("*.md")]
    earlier = next(p for p in pages if "was seen at the site" in p)
    assert "odalys-quenneville" in earlier  # the earlier article now links her page


def test_a_renamed_entity_re_renders_only_the_pages_that_show_it(tmp_path):
    """A curated entity renamed (its old name kept as an alias): no article is extracted again,
    and only the pages that show its name are rendered again; the result is the clean run's."""
    config = corpus(tmp_path / "live")
    first = run(config, jobs=2)
    docs = tmp_path / "live" / "build" / "docs"
    records = json.loads((docs / "knowledge.json").read_text(encoding="utf-8"))["entities"]
    target = max((r for r in records if not r["discovered"]), key=lambda r: len(r["mentions"]))
    base = tmp_path / "live" / "content" / "entities" / "base.yml"
    entries = yaml.safe_load(base.read_text(encoding="utf-8"))
    entry = next(e for e in entries if e["id"] == target["id"])
    entry["aliases"] = [*entry.get("aliases", []), entry["name"]]
    entry["name"] += " Mod. 2"
    base.write_text(yaml.safe_dump(entries, sort_keys=False, allow_unicode=True), encoding="utf-8")
    second = run(config, jobs=2)
    assert second.extracted == 0
    assert 1 < second.rendered < first.rendered / 2
    assert entry["name"] in (docs / "articles" / f"{target['mentions'][0]['article']}.md").read_text(encoding="utf-8")

    clean = tmp_path / "clean"
    shutil.copytree(tmp_path / "live" / "content", clean / "content")
    shutil.copy(config, clean / "site_config.yml")
    run(clean / "site_config.yml", jobs=1)
    assert tree(docs) == tree(clean / "build" / "docs")


def test_an_edit_that_names_nothing_renders_only_the_article_page(tmp_path):
    """A paragraph that names nothing, added to an article: the pages of the entities it names
    cite nothing new from it, and stay as they are."""
    config = corpus(tmp_path / "live")
    run(config, jobs=2)
    docs = tmp_path / "live" / "build" / "docs"
    before = tree(docs)
    article = sorted((tmp_path / "live" / "content" / "articles").rglob("*.txt"))[10]
    with article.open("a", encoding="utf-8") as handle:
        handle.write("\nThis article was corrected after publication.\n")
    second = run(config, jobs=2)
    changed = {p for p, digest in tree(docs).items() if before.get(p) != digest}
    assert len(changed) == 1 and changed.pop().startswith("articles/")
    assert second.rendered <= 4  # the article, and the files made every time (home, knowledge.json)
    # A word changed in sentences that name something, every offset and all that is found kept:
    # the entities' pages quote those sentences (as statements, and as where a name was found).
    text = article.read_text(encoding="utf-8")
    assert "by the end of the year" in text
    article.write_text(text.replace("by the end of the year", "by the end of the week"), encoding="utf-8")
    third = run(config, jobs=2)
    assert third.rendered > 4

    clean = tmp_path / "clean"
    shutil.copytree(tmp_path / "live" / "content", clean / "content")
    shutil.copy(config, clean / "site_config.yml")
    run(clean / "site_config.yml", jobs=1)
    assert tree(docs) == tree(clean / "build" / "docs")


def test_summary_pages_are_made_again_only_when_what_they_show_changes(tmp_path):
    """An edit to an article's later text leaves the summary pages (home, indexes, names,
    redirects, graph, timeline, feed) as they were, without working them out; a new title reaches
    them, and the result is the clean run's."""
    config = corpus(tmp_path / "live")
    run(config, jobs=2)
    docs = tmp_path / "live" / "build" / "docs"
    article = sorted((tmp_path / "live" / "content" / "articles").rglob("*.txt"))[10]
    with article.open("a", encoding="utf-8") as handle:
        handle.write("\nThis article was corrected after publication.\n")
    assert run(config, jobs=2).rendered == 1  # the article's page alone: not the home page, made every time before
    before = tree(docs)
    title, rest = article.read_text(encoding="utf-8").split("\n", 1)
    article.write_text(f"{title} (corrected)\n{rest}", encoding="utf-8")
    run(config, jobs=2)
    changed = {p for p, digest in tree(docs).items() if before.get(p) != digest}
    assert {"articles/index.md", "feed.xml"} <= changed
    clean = tmp_path / "clean"
    shutil.copytree(tmp_path / "live" / "content", clean / "content")
    shutil.copy(config, clean / "site_config.yml")
    run(clean / "site_config.yml", jobs=1)
    assert tree(docs) == tree(clean / "build" / "docs")
