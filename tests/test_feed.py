"""feed.xml (generator/emitters/feed.py): an Atom feed of the newest articles that a feed parser
reads, with absolute links to their pages, linked from the home page; no page announces it in
its head, where Material's script would take it for a translation and fetch the whole sitemap."""
from __future__ import annotations

from xml.etree import ElementTree

from conftest import build, make_project
from pages import read_page

ATOM = "{http://www.w3.org/2005/Atom}"
ARTICLES = {
    "old.md": "---\ntitle: Older Piece\ndate: 2021-05-01\nauthor: Jane Roe\n---\n\nThe S-400 moved to Minsk.\n",
    "new.md": "---\ntitle: Newer <script>alert(1)</script> Piece\ndate: 2022-03-09\nsource_url: javascript:alert(1)\n"
              "tags: [air defence]\n---\n\nTwelve Su-35 fighters & crews flew in.\n",
}


def test_feed_lists_newest_articles_with_absolute_links(tmp_path):
    site = build(make_project(tmp_path, ARTICLES))
    feed = ElementTree.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed" and feed.findtext(f"{ATOM}title") == "Union State Watch"
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") for e in entries]
    assert titles[:2] == ["Newer <script>alert(1)</script> Piece", "Older Piece"]  # text, newest first
    assert len(entries) == 3 and feed.findtext(f"{ATOM}updated") == "2022-03-09T00:00:00Z"
    newest = entries[0]
    link = newest.find(f"{ATOM}link").get("href")
    assert link.startswith("https://example.github.io/knowledge-site/articles/")
    assert (site / link.removeprefix("https://example.github.io/knowledge-site/") / "index.html").exists()
    assert newest.findtext(f"{ATOM}summary") == "Twelve Su-35 fighters & crews flew in."
    assert [c.get("term") for c in newest.findall(f"{ATOM}category")] == ["air defence"]
    assert all(l.get("href", "").startswith("https://") for l in feed.iter(f"{ATOM}link"))  # no javascript: link
    assert entries[1].findtext(f"{ATOM}author/{ATOM}name") == "Jane Roe"
    home = read_page(site, "")
    assert ("a", "feed.xml") in [(tag, a.get("href")) for tag, a in home.elements]
    for url in ("", "articles/", "equipment/s-400/"):
        assert not [a for tag, a in read_page(site, url).elements if tag == "link" and a.get("rel") == "alternate"], url


def test_without_a_site_address_the_feed_still_has_ids_and_links(tmp_path):
    config = make_project(tmp_path, ARTICLES)
    config.write_text(config.read_text(encoding="utf-8").replace("site_url: https://example.github.io/knowledge-site/\n", ""),
                      encoding="utf-8")
    site = build(config)
    feed = ElementTree.parse(site / "feed.xml").getroot()
    ids = [e.findtext(f"{ATOM}id") for e in feed.findall(f"{ATOM}entry")]
    assert all(i.startswith("urn:uuid:") for i in ids) and len(set(ids)) == 3
    assert feed.find(f"{ATOM}entry/{ATOM}link").get("href").startswith("/articles/")
