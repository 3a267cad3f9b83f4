"""A new article about unfamiliar equipment and officials, with no curation, yields linked pages."""
from __future__ import annotations

import json

from conftest import build, make_project
from pages import read_page

ARTICLE = """Finland Tests New Air Defense Systems in Lapland

Finland's armed forces fired NASAMS air defense systems and K9 Thunder self-propelled howitzers during the Northern Shield 2024 exercises in Lapland on Wednesday.

The minelayer Hameenmaa and four Hamina-class missile boats joined the drills off the coast, while CV90 infantry fighting vehicles of the Jaeger Brigade moved north.

"The exercise shows that we can defend every part of our territory," said Finnish Defence Minister Antti Hakkanen. "Nobody should doubt our resolve."

Brigadier General Jukka Jokinen, commander of the Jaeger Brigade, said the troops had trained in temperatures of minus 30 degrees.

"Our soldiers are used to the cold," Jokinen told reporters.
"""


def test_uncurated_article_gets_entity_pages(tmp_path):
    site = build(make_project(tmp_path, {"finland.txt": ARTICLE}))
    data = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    entities = {e["name"]: e for e in data["entities"]}
    for name, entity_type in [("NASAMS", "equipment"), ("K9 Thunder", "equipment"), ("CV90", "equipment"),
                              ("Hameenmaa", "equipment"), ("Antti Hakkanen", "person"), ("Jukka Jokinen", "person"),
                              ("Jaeger Brigade", "organization"), ("Lapland", "place"), ("Finland", "place"),
                              ("Northern Shield 2024", "event")]:
        assert entities[name]["type"] == entity_type, name
        assert entities[name]["discovered"] is True
    article_url = next(a["url"] for a in data["articles"] if a["source"].endswith("finland.txt"))
    article = read_page(site, article_url)
    links = {link.split("#")[0] for link in article.links()}
    for name in ("NASAMS", "K9 Thunder", "Antti Hakkanen", "Jukka Jokinen"):
        assert entities[name]["url"] in links, name

    minister = read_page(site, entities["Antti Hakkanen"]["url"])
    assert "Finnish Defence Minister" in minister.content
    assert "The exercise shows that we can defend every part of our territory" in minister.content
    assert "Nobody should doubt our resolve." in minister.content
    assert "Discovered in the text, not curated" in minister.content
    general = read_page(site, entities["Jukka Jokinen"]["url"])
    assert "commander of the Jaeger Brigade" in general.content and "Brigadier General" in general.content
    assert "Our soldiers are used to the cold" in general.content
    assert any(link.startswith(article_url + "#p") for link in general.links())
    assert entities["Jukka Jokinen"]["provenance"]["pattern"] in ("title before name", "appositive")
    assert "self-propelled howitzer" in read_page(site, entities["K9 Thunder"]["url"]).content

    # The seed's curated pages are still there, and nothing was discovered twice.
    assert entities["Su-35"]["discovered"] is False
    assert len(entities) == len(data["entities"])
    names = [e["name"].casefold() for e in data["entities"]]
    assert len(names) == len(set(names))


def test_same_discovered_entity_in_two_articles_is_one_page(tmp_path):
    other = ("Finnish Minister Visits Troops\n\nFinnish Defence Minister Antti Hakkanen visited NASAMS crews "
             "in Rovaniemi on Friday.\n")
    site = build(make_project(tmp_path, {"finland.txt": ARTICLE, "visit.txt": other}, with_seed=False))
    data = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    (minister,) = [e for e in data["entities"] if e["name"] == "Antti Hakkanen"]
    assert len({m["article"] for m in minister["mentions"]}) == 2
    page = read_page(site, minister["url"])
    assert page.content.count("Finnish Minister Visits Troops") >= 1
    assert "Finland Tests New Air Defense Systems in Lapland" in page.content


def test_an_organisation_statement_is_on_its_page(tmp_path):
    statement = ("Ministry Reports Drills\n\nThe Finnish Defence Ministry said the drills ended.\n\n"
                 "\"All units completed their tasks on time,\" the ministry said in a statement.\n")
    site = build(make_project(tmp_path, {"finland.txt": ARTICLE, "statement.txt": statement}, with_seed=False))
    data = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    (ministry,) = [e for e in data["entities"] if e["name"] == "Finnish Defence Ministry"]
    assert [q["text"] for q in ministry["quotes"]] == ["All units completed their tasks on time"]
    assert "All units completed their tasks on time" in read_page(site, ministry["url"]).content
