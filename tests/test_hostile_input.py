"""Untrusted, messy input (tests/fixtures/hostile/): it builds, every readable paragraph reaches
the site as text, nothing the input says becomes markup, and skipped files are named."""
from __future__ import annotations

import json
import re
import os
import subprocess
import shutil
from pathlib import Path

import pytest

from conftest import DISCOVERING_ARTICLE, FIXTURES, build, make_project
from generator.readers import read_article
from pages import all_pages, broken_links, markup_of, read_page

HOSTILE = FIXTURES / "hostile"
SKIPPED = {"empty.txt": "empty file", "title-only.txt": "title only", "binary.txt": "binary file",
           "image.md": "binary file", "bad-front-matter.md": "front matter", "broken-link.txt": "cannot read"}


def hostile_project(folder: Path) -> Path:
    config = make_project(folder)
    for path in HOSTILE.iterdir():
        target = folder / "content" / "articles" / path.name
        if path.is_symlink():
            target.symlink_to(path.readlink())
        else:
            shutil.copy(path, target)
    return config


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """(clean seed site, hostile site, what the build printed)"""
    folder = tmp_path_factory.mktemp("hostile")
    clean = build(make_project(tmp_path_factory.mktemp("clean"), {"plain.txt": DISCOVERING_ARTICLE}))
    return clean, folder, build(hostile_project(folder))


def test_no_markup_from_the_input_anywhere(hostile):
    clean, _, site = hostile
    clean_tags, clean_attributes, clean_schemes = markup_of(clean)
    tags, attributes, schemes = markup_of(site)
    assert tags <= clean_tags | {"time"}, tags - clean_tags
    assert attributes <= clean_attributes | {"datetime", "rel"}, attributes - clean_attributes
    assert schemes <= clean_schemes | {"https"}, schemes
    for page in all_pages(site):
        for tag, attrs in page.elements:
            assert not any(name.startswith("on") for name in attrs), (page.url, tag, attrs)
            assert "evil.invalid" not in (attrs.get("src") or "")


def test_injected_text_is_shown_literally(hostile):
    _, _, site = hostile
    page = read_page(site, "articles/script-alert-title-script-drills-quotes-config-site-name/")
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<b>bold</b>",
                    "[click me](javascript:alert(3))", "# Not a heading", "* not a list item", "| not | a table |",
                    "{{ 7*7 }}", "{% for x in range(3) %}loop{% endfor %}", "{# comment #}",
                    "\" onmouseover=\"alert(5)\" x='", "</p><script>alert(6)</script><p>", "<!-- comment -->",
                    "&lt;already escaped&gt; and &amp;."):
        assert literal in page.content, literal
    assert "<script>alert('title')</script> Drills & \"quotes\" {{ config.site_name }}" in page.text
    html = page.path.read_text(encoding="utf-8")
    assert "<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    quoted = read_page(site, "people/dmitry-peskov/")
    assert "<script>alert(7)</script> is not a quote we like" in quoted.content


def test_front_matter_values_stay_text(hostile):
    _, _, site = hostile
    page = read_page(site, "articles/img-src-x-onerror-alert-8-front-matter-title/")
    assert "<img src=x onerror=alert(8)> Front matter title" in page.content
    assert "<i>Evil</i> Author" in page.content and "<b>tag</b>" in page.content
    assert "javascript:alert(9)" in page.content  # shown, but not a link
    assert not any("javascript" in link for link in page.links())


def test_knowledge_json_stays_inert(hostile):
    _, _, site = hostile
    raw = (site / "knowledge.json").read_text(encoding="utf-8")
    assert "<" not in raw and ">" not in raw
    titles = {a["title"] for a in json.loads(raw)["articles"]}
    assert "<script>alert('title')</script> Drills & \"quotes\" {{ config.site_name }}" in titles


def test_every_link_in_the_hostile_site_resolves(hostile):
    _, _, site = hostile
    assert broken_links(site) == []


def test_every_readable_paragraph_reaches_the_site(hostile):
    _, folder, site = hostile
    articles = folder / "content" / "articles"
    data = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    url_of = {a["source"]: a["url"] for a in data["articles"]}
    for path in sorted(articles.iterdir()):
        if path.name in SKIPPED:
            continue
        source = f"content/articles/{path.name}"
        article = read_article(path, source)
        page = read_page(site, url_of[source])
        assert " ".join(article.title.split()) in page.text, path.name
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.text.split()) in page.content, (path.name, paragraph.text[:50])


def test_encodings_are_decoded(hostile):
    _, _, site = hostile
    pages = {p.url: p for p in all_pages(site)}
    cyrillic = pages["articles/ucheniia-soiuznaia-reshimost-zavershaiutsia/"]
    assert "Учения «Союзная решимость» завершаются" in cyrillic.text
    assert "четырёх аэродромах Беларуси" in cyrillic.content
    assert "Лукашенко встретился с делегацией в Минске" in pages["articles/utf-16-article-about-minsk/"].content
    western = pages["articles/cafe-society-defense-ministers-meet/"].content
    assert "Zürich, where “smart quotes” and the naïve façade – all Windows-1252 – were noted" in western
    assert "The text says “Ukraine’s” and café." in pages["articles/ukraines-drills-with-bom/"].content
    assert "First paragraph with CRLF. Still first paragraph." in pages["articles/windows-line-endings-article/"].content
    assert "First paragraph with CR only." in pages["articles/old-mac-line-endings-article/"].content


def test_slugs_are_safe_unique_and_never_replace_index_pages(hostile):
    _, folder, site = hostile
    articles = {p.name for p in (site / "articles").iterdir()}
    assert {"etc-passwd", "s-300-s-400", "same-title", "same-title-2", "index-2"} <= articles
    assert "Articles" in read_page(site, "articles/").text  # the list page, not the article titled Index
    assert not (folder.parent / "etc").exists()
    built = {p.resolve() for p in site.rglob("*")}
    assert all(site.resolve() in p.parents for p in built)


def test_skipped_files_are_named_and_the_rest_builds(tmp_path, capsys):
    build(hostile_project(tmp_path))
    err = capsys.readouterr().err
    for name, reason in SKIPPED.items():
        lines = [line for line in err.splitlines() if f"content/articles/{name}" in line]
        assert len(lines) == 1 and reason in lines[0], (name, lines)
    assert "14 articles read, 6 skipped" in err


def test_strict_input_fails_on_skipped_files(tmp_path):
    from generator.engines import build_site
    config = hostile_project(tmp_path)
    assert build_site(config, strict_input=True) == 1
    assert not (tmp_path / "site").exists()


def test_hostile_build_is_byte_identical_twice(hostile, tmp_path):
    _, _, first = hostile
    second = build(hostile_project(tmp_path))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative


def test_one_megabyte_article_on_one_line_builds(tmp_path):
    sentence = ('Kremlin spokesman Dmitry Peskov said "the twelve Su-35 fighters will stay," and Peskov added '
                'that two units of the S-400 remain in Belarus. ')
    text = sentence * (1_000_000 // len(sentence))
    site = build(make_project(tmp_path, {"huge.txt": text}, with_seed=False))
    data = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    (article,) = data["articles"]
    html = (site / article["url"] / "index.html").read_text(encoding="utf-8")
    assert html.count("the twelve Su-35 fighters will stay") >= text.count("the twelve Su-35 fighters will stay")


def test_browser_runs_no_injected_code(hostile):
    """Headless Chromium loads the page, runs its scripts, and the DOM shows no trace of the input's."""
    chromium = shutil.which("chromium")
    if chromium is None and not os.environ.get("CI"):
        pytest.skip("chromium is not installed (.ci/run installs it)")
    _, folder, site = hostile
    page = site / "articles" / "script-alert-title-script-drills-quotes-config-site-name" / "index.html"
    dom = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={folder / 'chrome'}",
         "--virtual-time-budget=3000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True).stdout
    assert 'class="md-content"' in dom  # the page rendered
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert "data-pwned" not in body, body
    assert "setAttribute('data-pwned','script')" in dom  # shown as text
