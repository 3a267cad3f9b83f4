"""Hover previews (assets/preview.js) in a real browser: pointing at or tabbing to a link shows the
target page's heading, summary and facts; they go on Escape; article text stays text."""
from __future__ import annotations

import json

from browser import Console, served
from conftest import build
from test_hostile_input import hostile_project


def _preview(page, link) -> str:
    link.hover()
    page.locator("#kb-preview").wait_for()
    return page.locator("#kb-preview").inner_text()


def test_entity_and_article_links_show_previews(seed_site, browser):
    article = json.loads((seed_site / "knowledge.json").read_text(encoding="utf-8"))["articles"][0]
    page = browser.new_page()
    console = Console(page)
    with served(seed_site) as base:
        page.goto(base + article["url"])
        shown = _preview(page, page.locator("p.kb-body a.kb-equipment", has_text="Su-35").first)
        assert "Su-35" in shown and "multirole and air superiority fighter" in shown and "Equipment" in shown
        assert page.locator("a[aria-describedby=kb-preview]").count() == 1  # read out by screen readers
        page.keyboard.press("Escape")
        assert page.locator("#kb-preview").count() == 0
        # From an entity's page, a link to an article previews the article: title, byline, first words.
        page.goto(base + "equipment/su-35/")
        shown = _preview(page, page.locator(".kb-articles a").first)
        assert article["title"] in shown and "By " in shown
        # Keyboard: a focused link shows its preview too.
        page.locator(".kb-related a").first.focus()
        page.locator("#kb-preview").wait_for()
        # The header's links (the theme's) show none.
        page.mouse.move(0, 0)
        page.locator("header a").first.hover()
        page.wait_for_timeout(600)
        assert page.locator("#kb-preview").count() == 0
    page.close()
    assert not console.errors, console.errors


def test_a_preview_of_hostile_text_stays_text(tmp_path, browser):
    site = build(hostile_project(tmp_path))
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    with served(site) as base:
        page.goto(base + "articles/")
        links = page.locator("article .kb-articles a")
        shown = 0
        for index in range(min(links.count(), 8)):
            links.nth(index).hover()
            page.wait_for_timeout(500)
            shown += page.locator("#kb-preview").count()
            assert page.locator("#kb-preview *").evaluate_all(
                "nodes => nodes.every(n => ['P', 'DL', 'DT', 'DD'].includes(n.tagName))")
    page.close()
    assert shown >= 3 and not dialogs
