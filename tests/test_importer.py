"""`python -m generator import` (generator/importer.py, generator/readers/html.py): saved web pages,
text and Markdown become Markdown articles with front matter; duplicates are skipped; unreadable
files are reported and the rest imported; markup and script in a page never reach the site."""
from __future__ import annotations

import io
import shutil

from conftest import FIXTURES, build, make_project
from generator.cli import main
from generator.importer import import_paths
from generator.readers import read_article
from pages import markup_of, read_page

PAGES = FIXTURES / "import"


def test_a_saved_page_becomes_a_markdown_article_with_its_metadata(tmp_path):
    articles = tmp_path / "articles"
    assert import_paths([PAGES / "saved-page.html"], articles, io.StringIO()) == 0
    [written] = articles.iterdir()
    assert written.name == "drills-begin-near-brest.md"
    article = read_article(written, written.name)
    assert (article.title, article.date, article.author, article.outlet, article.source_url) == (
        "Drills Begin Near Brest", "2022-02-10", "Jane Roe", "The Example Gazette",
        "https://news.example.com/2022/02/drills-begin")
    texts = [p.text for p in article.paragraphs]
    assert len(texts) == 3 and texts[1].startswith('"The exercise is purely defensive," said Colonel Ivan Petrov')
    assert not any(word in written.read_text(encoding="utf-8") for word in ("Sport", "All rights reserved", "alert", "<"))


def test_duplicates_are_skipped_and_unreadable_files_reported(tmp_path):
    folder = tmp_path / "saved"
    shutil.copytree(PAGES, folder)
    shutil.copy(PAGES / "saved-page.html", folder / "zz-same-url.htm")
    # The same text saved without its URL, as plain text: recognised by its words.
    (folder / "zz-copy.txt").write_text("Drills Begin Near Brest\n\n" + "\n\n".join(
        p.text for p in read_article(PAGES / "saved-page.html", "x").paragraphs).upper() + "\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "saved-page_files").mkdir()  # what a browser saves beside a page: not looked at in a folder
    (folder / "saved-page_files" / "app.js").write_text("alert(1)", encoding="utf-8")
    out = io.StringIO()
    articles = tmp_path / "articles"
    assert import_paths([folder, folder / "notes.pdf"], articles, out) == 1  # some files could not be read
    lines = out.getvalue().splitlines()
    assert sorted(p.name for p in articles.iterdir()) == ["a-page-that-tries-things.md", "drills-begin-near-brest.md"]
    assert any("zz-same-url.htm: already imported as drills-begin-near-brest.md" in line for line in lines)
    assert any("zz-copy.txt: already imported as drills-begin-near-brest.md" in line for line in lines)
    assert any("broken.html" in line and "binary" in line for line in lines)
    assert any("empty-page.html" in line and "no article text" in line for line in lines)
    assert any("notes.pdf: not a web page" in line for line in lines)
    assert lines[-1] == "import: 2 imported, 2 already there, 3 unreadable"
    # Run again: everything is there already.
    out = io.StringIO()
    import_paths([folder / "saved-page.html", folder / "hostile-page.html"], articles, out)
    assert out.getvalue().splitlines()[-1] == "import: 0 imported, 2 already there, 0 unreadable"


def test_imported_pages_build_and_their_markup_stays_text(tmp_path):
    config = make_project(tmp_path)
    assert main(["--config", str(config), "import", str(PAGES / "hostile-page.html"), str(PAGES / "saved-page.html")]) == 0
    site = build(config)
    page = read_page(site, "articles/a-page-that-tries-things/")
    assert "<script>alert(3)</script>" in page.content and "{{ config.site_name }}" in page.content
    assert "injected paragraph" not in page.text and "alert(4)" not in str(page.elements)
    tags, attributes, schemes = markup_of(site)
    assert "iframe" not in tags and "onload" not in attributes and "onerror" not in attributes
    assert "javascript" not in schemes
    generated = (tmp_path / "build" / "docs" / "articles" / "a-page-that-tries-things.md").read_text(encoding="utf-8")
    assert not any(live in generated for live in ("<script>alert", "<iframe", "<img", "onerror", "javascript:"))
    # The imported article's entities are found like any other's.
    assert any(tag == "a" and a.get("href", "").endswith("equipment/pantsir-s1/") for tag, a in page.elements)
    brest = read_page(site, "articles/drills-begin-near-brest/")
    assert "By Jane Roe" in brest.text and "The Example Gazette" in brest.text


def test_a_saved_page_dropped_into_the_articles_folder_is_read_directly(tmp_path):
    site = build(make_project(tmp_path, {"saved.html": (PAGES / "saved-page.html").read_bytes()}))
    page = read_page(site, "articles/drills-begin-near-brest/")
    assert "purely defensive" in page.text and "Sport" not in page.content
