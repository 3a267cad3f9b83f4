"""End to end: the bundled seed article through a real `mkdocs build --strict`, HTML checked."""
from __future__ import annotations

import json
import re

from conftest import SEED, build, make_project
from pages import broken_links, read_page

ARTICLE = "articles/joint-russian-belarusian-military-exercises-nearing-completion/"
EQUIPMENT = ["equipment/su-35/", "equipment/s-400/", "equipment/9k720-iskander/", "equipment/pantsir-s1/"]
OFFICIALS = ["people/alexander-fomin/", "people/alexander-volfovich/", "people/vladimir-makei/",
             "people/alexander-lukashenko/", "people/dmitry-peskov/"]


def seed_paragraphs() -> list[str]:
    blocks = [" ".join(b.split()) for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    return blocks[1:]  # the first block is the title (its repetition is the second)


def test_article_page_keeps_every_paragraph_verbatim(seed_site):
    page = read_page(seed_site, ARTICLE)
    for paragraph in seed_paragraphs():
        assert paragraph in page.content, paragraph[:60]


def test_article_page_links_to_equipment_and_officials(seed_site):
    links = {link.split("#")[0] for link in read_page(seed_site, ARTICLE).links()}
    for url in EQUIPMENT + OFFICIALS:
        assert url in links, url


def test_paragraphs_have_stable_anchors(seed_site):
    page = read_page(seed_site, ARTICLE)
    assert {f"p{i}" for i in range(1, 14)} <= page.ids()


def test_entity_pages_link_back_and_say_what_the_article_says(seed_site):
    for url in EQUIPMENT + OFFICIALS:
        page = read_page(seed_site, url)
        assert any(link.startswith(ARTICLE + "#p") for link in page.links()), url
        assert "What the articles say" in page.content
    su35 = read_page(seed_site, "equipment/su-35/")
    assert "the Kremlin has sent twelve Su-35 air superiority fighters" in su35.content
    assert "twelve Su-35 air superiority fighters" in su35.content  # quantity reported
    assert "air superiority fighter" in su35.content  # infobox category


def test_officials_show_their_quotes_and_roles(seed_site):
    expected = {
        "people/dmitry-peskov/": ("This is a process that will take a certain number of weeks", "Kremlin spokesman"),
        "people/vladimir-makei/": ("Not a single serviceman", "Belarusian foreign minister"),
        "people/alexander-volfovich/": ("Participants in the drills have successfully demonstrated",
                                        "State Secretary of the Belarusian Security Council"),
        "people/alexander-fomin/": ("goal of the exercise is to fine-tune", "Deputy Russian defence minister"),
    }
    for url, (quote, role) in expected.items():
        page = read_page(seed_site, url)
        assert quote in page.content, url
        assert role in page.content, url
    assert "Not a single serviceman" not in read_page(seed_site, "people/dmitry-peskov/").content


def test_heading_is_entity_name_and_infobox(seed_site):
    page = read_page(seed_site, "equipment/9k720-iskander/")
    assert "9K720 Iskander" in page.content
    assert "Iskander-M" in page.content  # aliases in the infobox
    assert "<title>9K720 Iskander - " in page.path.read_text()


def test_index_pages_and_sidebar_scale(seed_site):
    home = read_page(seed_site, "")
    assert "Latest articles" in home.content and ARTICLE in home.links()
    for url in ("articles/", "equipment/", "people/", "organizations/", "places/", "events/"):
        assert read_page(seed_site, url).path.exists()
    people = read_page(seed_site, "people/")
    assert set(OFFICIALS) <= set(people.links())
    # The sidebar lists index pages only: an entity page is not linked from an unrelated entity's nav.
    reuters = read_page(seed_site, "organizations/reuters/")
    assert "equipment/su-35/" not in reuters.links()


def test_knowledge_json(seed_site):
    data = json.loads((seed_site / "knowledge.json").read_text(encoding="utf-8"))
    article = data["articles"][0]
    assert article["url"] == ARTICLE and article["author"] == "Mark Episkopos"
    entities = {e["id"]: e for e in data["entities"]}
    peskov = entities["dmitry-peskov"]
    assert peskov["type"] == "person" and peskov["url"] == "people/dmitry-peskov/"
    assert {"article": article["id"], "paragraph": "p10"} in peskov["mentions"]
    assert any("certain number of weeks" in q["text"] for q in peskov["quotes"])
    assert "Iskander-M" in entities["9k720-iskander"]["aliases"]
    for entity in data["entities"]:
        assert (seed_site / entity["url"] / "index.html").exists()


def test_material_theme_with_palette_toggle_and_the_sites_own_search(seed_site):
    html = (seed_site / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Switch to dark mode"' in html and 'aria-label="Switch to light mode"' in html
    assert 'data-md-color-scheme="slate"' in html  # the dark scheme
    assert 'src="assets/search.js"' in html and (seed_site / "pagefind" / "pagefind-component-ui.js").exists()
    assert 'data-md-component="search"' not in html and not (seed_site / "search").exists()  # not Material's
    assert "fonts.googleapis.com" not in html and "api.github.com" not in html  # nothing fetched from elsewhere


def test_two_builds_are_byte_identical(tmp_path):
    first = build(make_project(tmp_path / "a"))
    second = build(make_project(tmp_path / "b"))
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes(), relative


def test_every_internal_link_and_anchor_resolves(seed_site):
    assert broken_links(seed_site) == []


def test_failed_build_leaves_the_previous_site_intact(tmp_path):
    config = make_project(tmp_path)
    site = build(config)
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    docs = {p: p.read_bytes() for p in (tmp_path / "build" / "docs").rglob("*") if p.is_file()}
    (tmp_path / "content" / "entities" / "broken.yml").write_text("- id: x\n  name: [unclosed\n", encoding="utf-8")
    (tmp_path / "content" / "articles" / "more.txt").write_text("More\n\nAnother article.\n", encoding="utf-8")
    from generator.engines import build_site
    assert build_site(config) == 1
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    assert {p: p.read_bytes() for p in (tmp_path / "build" / "docs").rglob("*") if p.is_file()} == docs


def test_sitemap_is_dated_by_the_newest_article(tmp_path):
    dated = "---\ntitle: Dated\ndate: 2023-03-10\n---\nA dated article.\n"
    site = build(make_project(tmp_path, {"dated.md": dated}))
    assert "<lastmod>2023-03-10</lastmod>" in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_articles_index_groups_by_year_newest_first(tmp_path):
    articles = {"old.md": "---\ntitle: Old\ndate: 2021-05-01\n---\nAn older article.\n",
                "new.md": "---\ntitle: New\ndate: 2023-03-10\n---\nA newer article.\n",
                "also-new.txt": "Also New\n\nSaid on January 2, 2023, in a text file.\n"}
    site = build(make_project(tmp_path, articles))
    html = (site / "articles" / "index.html").read_text(encoding="utf-8")
    body = html[html.index('<h1 id="articles">'):]
    assert re.findall(r'<h2 [^>]*id="([^"]+)"', body) == ["2023", "2021", "undated"]  # the seed states no year
    sections = dict(zip(["2023", "2021", "undated"], re.split(r"<h2 ", body)[1:]))
    assert re.findall(r'<a href="([^"#]+/)">', sections["2023"]) == ["new/", "also-new/"]
    assert 'href="old/"' in sections["2021"] and "Joint Russian-Belarusian" in sections["undated"]
    toc = html[html.index('data-md-component="toc"'):]
    assert 'href="#2023"' in toc and 'href="#undated"' in toc  # the page's contents list the years


def test_a_long_type_index_is_grouped_by_initial(tmp_path):
    from bench.corpus import write_corpus

    site = build(write_corpus(tmp_path, 60, seed=3, entities=100))
    html = (site / "people" / "index.html").read_text(encoding="utf-8")
    body = html[html.index('<h1 id="people">'):]
    initials = re.findall(r'<h2 [^>]*id="[^"]+">([^<]+)<', body)
    assert len(initials) > 5 and initials == sorted(set(initials))  # one heading per initial, A to Z
    names = re.split(r"<h2 ", body)[1:]
    for initial, section in zip(initials, names):
        shown = re.findall(r'<td><a href="[^"]+">([^<]+)</a>', section)
        assert shown and all(name[0].upper() == initial for name in shown), initial
    assert 'href="#' + initials[0].lower() + '"' in html[html.index('data-md-component="toc"'):]
    events = (site / "events" / "index.html").read_text(encoding="utf-8")  # 25 events: one table
    assert "<h2" not in events[events.index('<h1 id="events">'):]


def test_a_much_mentioned_entity_lists_the_newest_articles_and_links_to_all(tmp_path):
    articles = {f"peskov-{year}.md": f"---\ntitle: Peskov in {year}\ndate: {year}-01-15\n---\n"
                f"Kremlin spokesman Dmitry Peskov spoke again in {year}.\n" for year in (2023, 2024)}
    config = make_project(tmp_path, articles)
    config.write_text(config.read_text(encoding="utf-8").replace("mentions_shown: 100", "mentions_shown: 2"),
                      encoding="utf-8")
    site = build(config)
    peskov = read_page(site, "people/dmitry-peskov/")
    mentioned = peskov.content[peskov.content.index("Mentioned in"):]
    assert "Peskov in 2024" in mentioned and "Peskov in 2023" in mentioned and ARTICLE not in peskov.links()
    assert "The newest 2 of 3" in mentioned and "people/dmitry-peskov/articles/" in peskov.links()
    everything = read_page(site, "people/dmitry-peskov/articles/")
    assert {ARTICLE, "articles/peskov-in-2024/", "articles/peskov-in-2023/"} <= set(everything.links())
    assert "people/dmitry-peskov/" in everything.links()
    assert re.findall(r'<h2 [^>]*id="([^"]+)"', everything.path.read_text(encoding="utf-8")) == ["2024", "2023", "undated"]
    assert read_page(site, "people/alexander-fomin/").links().count("people/alexander-fomin/articles/") == 0
    # Kept out of the search, which finds the entity's page and the articles themselves.
    html = everything.path.read_text(encoding="utf-8")
    content = html[html.index("<h1"):html.index("</article>")]
    assert re.findall(r"<(h1|h2|p|ul)\b(?![^>]*data-pagefind-ignore)", content) == []
    assert broken_links(site) == []
