"""Both engines (generator/engines.py) build the generated docs into a site that works: every page
type drawn in a real browser without console errors, with the search button in its header and the
search finding an entity; two builds byte for byte the same. Screenshots of each page type for
each engine are written to build/screenshots/ for a person to look at."""
from __future__ import annotations

import pytest

from browser import Console, served
from conftest import ROOT, build, make_project
from generator.engines import ENGINES
from pages import broken_links
from test_search import open_search, result_urls

PAGES = {  # page type -> path in the seed site
    "home": "", "articles-index": "articles/", "article": "articles/joint-russian-belarusian-military-exercises-nearing-completion/",
    "type-index": "equipment/", "equipment": "equipment/9k720-iskander/", "person": "people/vladimir-makei/",
    "organization": "organizations/belarusian-security-council/", "place": "places/minsk/", "event": "events/union-resolve-2022/",
    "names": "names/", "timeline": "timeline/", "graph": "graph/", "tags": "tags/",
}
SCREENSHOTS = ROOT / "build" / "screenshots"


@pytest.fixture(scope="module", params=ENGINES)
def engine_site(request, tmp_path_factory):
    return request.param, build(make_project(tmp_path_factory.mktemp(request.param)), engine=request.param)


def test_every_page_type_draws_without_errors(engine_site, browser):
    engine, site = engine_site
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    console = Console(page)
    with served(site) as base:
        for kind, path in PAGES.items():
            page.goto(base + path)
            page.locator("header pagefind-modal-trigger").wait_for()
            assert page.locator("article h1, .md-content h1").first.inner_text().strip(), (engine, kind)
            page.screenshot(path=SCREENSHOTS / f"{engine}-{kind}.png", full_page=True)
    page.close()
    assert console.errors == [], (engine, console.errors)


def test_every_link_leads_to_a_page_under_either_engine(engine_site):
    # Zensical reads relative links in raw HTML against the Markdown file, MkDocs against the page.
    engine, site = engine_site
    assert broken_links(site) == [], engine


def test_search_finds_an_entity_by_another_name(engine_site, browser):
    _, site = engine_site
    page = browser.new_page()
    with served(site) as base:
        page.goto(base + PAGES["article"])
        open_search(page)
        assert result_urls(page, "Uladzimir Makei")[0] == "/" + PAGES["person"]
    page.close()


def test_the_search_dialog_takes_the_pages_colours(engine_site, browser):
    engine, site = engine_site
    with served(site) as base:
        for scheme in ("light", "dark"):
            page = browser.new_page(color_scheme=scheme)
            page.goto(base)
            page.locator("header pagefind-modal-trigger").wait_for()
            assert page.get_attribute("html", "data-pf-theme") == scheme, (engine, scheme)
            page.close()


def test_zensical_builds_twice_the_same(tmp_path):
    first = build(make_project(tmp_path / "a"), engine="zensical")
    second = build(make_project(tmp_path / "b"), engine="zensical")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
