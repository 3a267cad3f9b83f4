"""The search-index fast path: the same sections and words as Material's own indexer, on the
pages of a real build, in a fraction of the time."""
from __future__ import annotations

import json
import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from material.plugins.search.plugin import SearchIndex, SearchPlugin
from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.plugins import BasePlugin, event_priority

from generator.mkdocs_plugin import KnowledgePlugin
from generator.search_index import search_entries, strip_search_attributes

from conftest import FIXTURES, make_project


class MaterialIndex(BasePlugin):
    """Indexes every page with Material's own parser, on the very HTML the fast path sees."""

    def __init__(self, search_config):
        self.index = SearchIndex(**search_config)

    @event_priority(20)  # before the knowledge plugin marks the page as indexed
    def on_page_context(self, context, *, page, config, nav):
        if not (page.meta.get("search") or {}).get("exclude"):
            self.index.add_entry_from_context(page)
        return context


def _words(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_entries_match_materials_parser_on_every_page(tmp_path):
    articles = {p.name: p.read_bytes() for p in (FIXTURES / "hostile").iterdir() if p.is_file() and p.suffix in (".txt", ".md")}
    config_file = make_project(tmp_path, articles)
    (tmp_path / "build" / "docs").mkdir(parents=True)
    config = load_config(config_file=str(config_file))
    search = config.plugins["material/search"]
    reference = MaterialIndex(search.config)
    config.plugins["material-reference"] = reference
    mkdocs_build(config)
    ours = json.loads((tmp_path / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    theirs = reference.index.entries
    assert len(ours) > 20
    assert [(e["location"], e["title"]) for e in ours] == [(e["location"], e["title"]) for e in theirs]
    for mine, material in zip(ours, theirs):
        assert _words(mine["text"]) == _words(material["text"]), mine["location"]


def test_sections_titles_and_locations():
    content = ('<h1 id="title">Su-35</h1>\n<table><tr><th>Type</th><td><a href="x">Equipment</a></td></tr></table>'
               '\n<h2 id="quotes">Quotes<a class="headerlink" href="#quotes" title="Permanent link">&para;</a></h2>'
               '\n<blockquote><p>“Ready”</p></blockquote>')
    assert search_entries(content, "equipment/su-35/", "Su-35") == [
        {"location": "equipment/su-35/", "title": "Su-35", "text": "Type Equipment"},
        {"location": "equipment/su-35/#quotes", "title": "Quotes", "text": "<p>“Ready”</p>"},
    ]


def test_excluded_sections_and_elements_are_left_out():
    content = ('<h1 id="title">Page</h1><p>kept</p><aside data-search-exclude><p>boxed</p></aside>'
               '<h2 data-search-exclude="data-search-exclude" id="list">List</h2><ul><li>listed</li></ul>'
               '<h2 id="after">After</h2><p>also kept</p><script>var hidden;</script><!-- a comment -->')
    entries = search_entries(content, "p/", "Page")
    assert [e["location"] for e in entries] == ["p/", "p/#after"]
    assert "boxed" not in json.dumps(entries) and "listed" not in json.dumps(entries)
    assert entries[1]["text"] == "<p>also kept</p>"


def test_text_stays_escaped_and_quotes_are_plain():
    content = '<p>&lt;script&gt;alert(1)&lt;/script&gt; said &#34;no&#34; &amp; &#39;yes&#39;</p>'
    [entry] = search_entries(content, "a/", "A &lt;b&gt;")
    assert entry["text"] == "<p>&lt;script&gt;alert(1)&lt;/script&gt; said \"no\" &amp; 'yes'</p>"
    assert entry["title"] == "A &lt;b&gt;"


def test_a_page_without_headings_is_one_entry_titled_by_the_page():
    assert search_entries("<p>Only text</p>", "x/", "X") == [{"location": "x/", "title": "X", "text": "<p>Only text</p>"}]


MATERIAL_ATTRIBUTES = r"\s?data-search-\w+=\"[^\"]+\""  # the pattern in Material's search hook


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "20")) * 10, deadline=None)
@given(st.lists(st.sampled_from([" ", "  ", "\n", "\u00a0", "data-search-", "exclude", "boost", "x", "=", '"',
                                 '="1"', '=""', "<p", ">", "-"])))
def test_search_attributes_are_stripped_as_materials_pattern_strips_them(pieces):
    text = "".join(pieces)
    assert strip_search_attributes(text) == re.sub(MATERIAL_ATTRIBUTES, "", text)


def _hostile_build(folder, *probes):
    """The hostile fixtures built; `probes` are extra plugins. Returns every HTML file's bytes."""
    articles = {p.name: p.read_bytes() for p in (FIXTURES / "hostile").iterdir() if p.is_file() and p.suffix == ".txt"}
    config_file = make_project(folder, articles)
    (folder / "build" / "docs").mkdir(parents=True)
    config = load_config(config_file=str(config_file))
    for number, probe in enumerate(probes):
        config.plugins[f"probe-{number}"] = probe
    mkdocs_build(config)
    return {p.relative_to(folder / "site").as_posix(): p.read_bytes() for p in (folder / "site").rglob("*.html")}


def content_probe(priority: int) -> BasePlugin:
    """A plugin whose on_page_context, at `priority`, records the length of each page's HTML."""

    class ContentProbe(BasePlugin):
        seen: list[int] = []

        @event_priority(priority)
        def on_page_context(self, context, *, page, config, nav):
            self.seen.append(len(page.content))
            return context

    return ContentProbe()


def test_materials_search_hook_gets_an_empty_page_and_the_pages_stay_the_same(tmp_path, monkeypatch):
    seen_by_material: list[int] = []
    material_hook = SearchPlugin.on_page_context

    def recording(self, context, *, page, config, nav):
        seen_by_material.append(len(page.content))
        return material_hook(self, context, page=page, config=config, nav=nav)

    monkeypatch.setattr(SearchPlugin, "on_page_context", recording)
    after = content_probe(-200)
    quick = _hostile_build(tmp_path / "quick", after)
    assert len(quick) > 30 and set(seen_by_material) == {0}  # Material's pattern ran over nothing
    assert min(after.seen) > 0  # and the pages have their HTML back

    monkeypatch.setattr(KnowledgePlugin, "_only_search_between", lambda self, config, search: False)
    seen_by_material.clear()
    assert _hostile_build(tmp_path / "plain") == quick
    assert min(seen_by_material) > 0


def test_another_handler_between_sees_the_whole_page(tmp_path):
    between = content_probe(0)
    _hostile_build(tmp_path, between)
    assert len(between.seen) > 30 and min(between.seen) > 0
