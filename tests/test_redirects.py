"""Every other name of an entity has a URL that leads to its page (generator/emitters/redirects.py)."""
from __future__ import annotations

import json
import re

from slugify import slugify

from conftest import build, make_project
from pages import read_page, resolve


def _stub_target(site, url: str) -> str:
    """Where the stub at `url` sends the browser (its refresh), resolved; it must name one URL."""
    html = (site / url / "index.html").read_text(encoding="utf-8")
    refresh = re.search(r'<meta http-equiv="refresh" content="0; url=([^"]+)">', html)
    canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html)
    assert refresh and canonical and refresh.group(1) == canonical.group(1), html
    return resolve(url, refresh.group(1))


def test_every_other_name_leads_to_its_entity(seed_site):
    entities = json.loads((seed_site / "knowledge.json").read_text(encoding="utf-8"))["entities"]
    checked = 0
    for entity in entities:
        folder = entity["url"].split("/")[0]
        for name in [entity["name"], *entity["aliases"]]:
            url = f"{folder}/{slugify(name, max_length=80, word_boundary=True)}/"
            if url == entity["url"]:
                continue
            assert _stub_target(seed_site, url) == entity["url"], name
            assert name in read_page(seed_site, url).text
            checked += 1
    assert checked >= 10  # the seed's equipment alone has more than ten other names


def test_a_name_never_replaces_a_page_and_a_shared_name_lists_each(tmp_path):
    config = make_project(tmp_path)
    (tmp_path / "content" / "entities" / "test.yml").write_text(
        "- {id: alpha-system, name: Alpha System, type: equipment, aliases: [Beta-System, Shared Name]}\n"
        "- {id: beta-system, name: Beta System, type: equipment, description: The real page.}\n"
        "- {id: gamma-system, name: Gamma System, type: equipment, aliases: ['Shared: Name', '<b>x</b>']}\n",
        encoding="utf-8")
    site = build(config)
    # "Beta-System" is Alpha's other name, but its URL is Beta's own page: the page stays.
    assert "The real page." in read_page(site, "equipment/beta-system/").text
    shared = read_page(site, "equipment/shared-name/")
    assert {resolve(shared.url, a["href"]) for tag, a in shared.elements if tag == "a"} == {
        "equipment/alpha-system/", "equipment/gamma-system/"}
    assert "http-equiv" not in shared.path.read_text(encoding="utf-8")  # a list, not a redirect
    # A name with markup in it is shown as text.
    html = (site / "equipment" / "b-x-b" / "index.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>" not in html
