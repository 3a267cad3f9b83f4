"""The relationship graph (generator/emitters/graph_page.py, assets/graph.js): graph.json holds the
most-mentioned entities and how many articles name each pair; the graph page draws them in a real
browser, its nodes lead to their pages, its filters and find box work; each entity's page draws
its neighbourhood from its "Related" list."""
from __future__ import annotations

import json
from itertools import combinations

from browser import Console, served
from conftest import build, make_project
from generator.emitters import graph_page

ARTICLES = {  # three short articles of our own: Su-35 and S-400 together twice, Su-35 and Minsk once
    "a.txt": "Fighters Arrive\n\nTwelve Su-35 fighters and an S-400 battery reached Minsk on Monday.\n",
    "b.txt": "Air Defence Drill\n\nThe S-400 crews trained beside Su-35 pilots near Brest.\n",
    "c.txt": "Pantsir Upgrade\n\nA Pantsir S1 battery was upgraded in Vitebsk.\n",
}


def test_graph_json_counts_articles_in_common(tmp_path, monkeypatch):
    monkeypatch.setattr(graph_page, "NODES", 4)
    site = build(make_project(tmp_path, ARTICLES, with_seed=False))
    data = json.loads((site / "graph.json").read_text(encoding="utf-8"))
    knowledge = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    articles_of = {e["id"]: {m["article"] for m in e["mentions"]} for e in knowledge["entities"]}
    assert len(data["nodes"]) == 4
    # The most-mentioned first, each with its page and its article count.
    counts = [n["articles"] for n in data["nodes"]]
    assert counts == sorted(counts, reverse=True) and counts[0] == max(len(a) for a in articles_of.values())
    assert {n["id"] for n in data["nodes"][:2]} == {"su-35", "s-400"}
    for node in data["nodes"]:
        assert (site / node["url"] / "index.html").exists() and node["articles"] == len(articles_of[node["id"]])
    # Every pair of nodes named together is linked, weighted by the articles naming both.
    ids = [n["id"] for n in data["nodes"]]
    expected = sorted([a, b, len(articles_of[ids[a]] & articles_of[ids[b]])] for a, b in combinations(range(4), 2)
                      if articles_of[ids[a]] & articles_of[ids[b]])
    assert sorted(data["links"]) == expected and [0, 1, 2] in data["links"]


def test_graph_page_draws_filters_finds_and_navigates(seed_site, browser):
    data = json.loads((seed_site / "graph.json").read_text(encoding="utf-8"))
    page = browser.new_page()
    console = Console(page)
    with served(seed_site) as base:
        page.goto(base + "graph/")
        page.locator(".kb-whole-graph").wait_for()
        nodes = page.locator(".kb-whole-graph a")
        assert nodes.count() == len(data["nodes"]) and page.locator(".kb-whole-graph line").count() == len(data["links"])
        assert page.locator(".kb-whole-graph[aria-hidden=true]").count() == 1  # the list below says the same
        assert page.locator("details.kb-graph-list li").count() == len(data["nodes"])
        # Type filter: equipment off hides exactly the equipment nodes.
        equipment = sum(1 for n in data["nodes"] if n["type"] == "equipment")
        page.locator("input[name=type][value=equipment]").uncheck()
        assert page.locator(".kb-whole-graph a.kb-hidden").count() == equipment > 0
        page.locator("input[name=type][value=equipment]").check()
        assert page.locator(".kb-whole-graph a.kb-hidden").count() == 0
        # Find: a name focuses its node and zooms to it.
        frame = page.get_attribute(".kb-whole-graph", "viewBox")
        page.locator("input[name=find]").fill("Alexander Luk")
        assert page.locator(".kb-focus").count() == 1 and "Alexander Lukashenko" in page.inner_text(".kb-graph-status")
        assert page.get_attribute(".kb-whole-graph", "viewBox") != frame
        # A node leads to its page.
        page.locator(".kb-focus circle").click()
        page.wait_for_url("**/people/alexander-lukashenko/")
        assert page.locator("h1").first.inner_text() == "Alexander Lukashenko"
    page.close()
    assert not console.errors, console.errors


def test_entity_page_draws_its_neighbourhood_from_the_related_list(seed_site, browser):
    page = browser.new_page()
    console = Console(page)
    with served(seed_site) as base:
        page.goto(base + "equipment/su-35/")
        page.locator(".kb-neighbourhood").wait_for()
        related = page.locator("ul.kb-related li")
        assert page.locator(".kb-neighbourhood a").count() == related.count() >= 5
        assert page.locator(".kb-neighbourhood circle.kb-node-centre").count() == 1
        name = related.first.locator("a").inner_text()
        page.locator(".kb-neighbourhood a").first.click()
        page.wait_for_load_state()
        assert page.locator("h1").first.inner_text() == name
    page.close()
    assert not console.errors, console.errors
