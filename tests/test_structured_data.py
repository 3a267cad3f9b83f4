"""schema.org JSON-LD and OpenGraph/Twitter tags (generator/emitters/structured_data.py,
generator/page_head/): what each page says of itself, read back as a parser would."""
from __future__ import annotations

import json
import re

from conftest import build, make_project
from pages import read_page
from test_feed import ARTICLES


def json_ld(site, url: str) -> list[dict]:
    html = read_page(site, url).path.read_text(encoding="utf-8")
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


def meta(site, url: str) -> dict[str, str]:
    return {a.get("property") or a.get("name"): a.get("content") for tag, a in read_page(site, url).elements
            if tag == "meta" and (a.get("property") or a.get("name") or "").startswith(("og:", "twitter:"))}


def test_articles_and_entities_describe_themselves(tmp_path):
    site = build(make_project(tmp_path, ARTICLES))
    knowledge = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    newer = next(a for a in knowledge["articles"] if a["title"].startswith("Newer"))
    [article] = json_ld(site, newer["url"])
    assert article["@type"] == "NewsArticle" and article["headline"] == newer["title"]
    assert article["datePublished"] == "2022-03-09" and article["keywords"] == ["air defence"]
    assert "isBasedOn" not in article  # a javascript: source is no link
    assert {"@type": "Product", "name": "Su-35", "url": "https://example.github.io/knowledge-site/equipment/su-35/"} \
        in article["about"]
    older = next(a for a in knowledge["articles"] if a["title"] == "Older Piece")
    assert json_ld(site, older["url"])[0]["author"] == {"@type": "Person", "name": "Jane Roe"}
    for url, kind in (("equipment/s-400/", "Product"), ("people/alexander-lukashenko/", "Person"),
                      ("places/minsk/", "Place"), ("events/union-resolve-2022/", "Event")):
        [entity] = json_ld(site, url)
        assert entity["@type"] == kind and entity["url"].endswith(url), url
    assert json_ld(site, "equipment/s-400/")[0]["alternateName"] == ["S-400 Triumf", "SA-21 Growler"]
    assert json_ld(site, "people/alexander-lukashenko/")[0]["jobTitle"]
    # OpenGraph and Twitter card: the page's own title and address; articles are articles.
    tags = meta(site, newer["url"])
    assert tags["og:type"] == "article" and tags["og:title"] == newer["title"] and tags["twitter:card"] == "summary"
    assert tags["og:url"] == f"https://example.github.io/knowledge-site/{newer['url']}"
    assert meta(site, "equipment/s-400/")["og:type"] == "website"
    assert meta(site, "equipment/s-400/")["og:description"].startswith("Russian long-range")


def test_tags_link_to_the_tags_page(tmp_path):
    site = build(make_project(tmp_path, ARTICLES))
    knowledge = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))
    newer = next(a for a in knowledge["articles"] if a["title"].startswith("Newer"))
    links = [a["href"] for tag, a in read_page(site, newer["url"]).elements if tag == "a" and "md-tag" in (a.get("class") or "")]
    assert links and links[0].startswith("../../tags/#")
    tags_page = read_page(site, "tags/")
    assert "air defence" in tags_page.text and newer["title"] in tags_page.text
