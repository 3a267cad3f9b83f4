"""A reader's journeys in a real browser: from an article to an entity, from there to the cited
paragraph and back; an old name's URL lands on the entity's page."""
from __future__ import annotations

import json

from browser import Console, served


def test_article_to_entity_to_cited_paragraph_and_back(seed_site, browser):
    article = json.loads((seed_site / "knowledge.json").read_text(encoding="utf-8"))["articles"][0]
    page = browser.new_page()
    console = Console(page)
    with served(seed_site) as base:
        page.goto(base + article["url"])
        page.locator("p.kb-body a.kb-equipment", has_text="S-400").first.click()
        page.wait_for_url("**/equipment/s-400/")
        cited = page.locator(".kb-statements a").first
        anchor = cited.get_attribute("href").rpartition("#")[2]
        cited.click()
        page.wait_for_url(f"**/{article['url']}#{anchor}")
        # The cited paragraph is the target, in view, and names S-400.
        assert page.evaluate("() => document.querySelector(':target').id") == anchor
        assert "S-400" in page.locator(f"#{anchor}").inner_text()
        assert page.locator(f"#{anchor}").evaluate("e => { const r = e.getBoundingClientRect(); "
                                                   "return r.top >= 0 && r.top < innerHeight; }")
        page.go_back()
        page.wait_for_url("**/equipment/s-400/")
        assert page.locator("h1").first.inner_text() == "S-400"
    page.close()
    assert not console.errors, console.errors


def test_an_other_names_url_lands_on_the_entity_page(seed_site, browser):
    page = browser.new_page()
    with served(seed_site) as base:
        page.goto(base + "equipment/sa-21-growler/")
        page.wait_for_url("**/equipment/s-400/")
        assert page.locator("h1").first.inner_text() == "S-400"
        page.goto(base + "people/uladzimir-makei/")
        page.wait_for_url("**/people/vladimir-makei/")
    page.close()
