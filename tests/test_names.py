"""Names A–Z (generator/emitters/names.py): every name and other name, each linked to its page."""
from __future__ import annotations

import json

from conftest import build, make_project
from generator.emitters import names
from pages import read_page


def test_every_name_and_alias_is_listed_once_and_links_to_its_entity(seed_site):
    entities = json.loads((seed_site / "knowledge.json").read_text(encoding="utf-8"))["entities"]
    page = read_page(seed_site, "names/")
    listed = [(a["href"], a.get("class")) for tag, a in page.elements if tag == "a" and "kb-" in (a.get("class") or "")]
    expected = [e["url"] for e in entities for _ in dict.fromkeys([e["name"], *e["aliases"]])]
    assert sorted(f"names/{href}" for href, _ in listed) == sorted(f"names/../{url}" for url in expected)
    text = page.text
    assert text.index("9K720 Iskander") < text.index("Alexander Lukashenko") < text.index("S-400")
    assert "SA-21 Growler → S-400" in text


def test_a_long_list_is_split_by_initial(tmp_path, monkeypatch):
    monkeypatch.setattr(names, "ONE_PAGE_UP_TO", 5)
    site = build(make_project(tmp_path))
    index = read_page(site, "names/")
    assert "Alexander Lukashenko" not in index.text  # the index lists initials only
    assert {"s/", "a/", "0-9/"} <= {a.get("href") for tag, a in index.elements if tag == "a"}
    s_page = read_page(site, "names/s/")
    assert "S-400" in s_page.text and "Su-35" in s_page.text and "Alexander Lukashenko" not in s_page.text
