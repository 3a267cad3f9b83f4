"""Property-based: arbitrary article text always builds, every paragraph reaches the built HTML
as text, and nothing in it becomes an element, attribute or URL scheme."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import DISCOVERING_ARTICLE, build, make_project
from pages import all_pages, markup_of, read_page

HOSTILE_TOKENS = ["<script>", "</script>", "<img src=x onerror=alert(1)>", "javascript:", "](", "[x]",
                  "{{ config }}", "{%", "%}", "<!--", "-->", '"', "'", "`", "*", "_", "#", "|", "&amp;", "&",
                  "<", ">", "<a href='data:text/html,x'>", "<style>", "<p>", "</p>", "Su-35", "S-400",
                  "Dmitry Peskov", '" said Peskov.', "\u2028", "\t", "  "]
token = st.one_of(st.sampled_from(HOSTILE_TOKENS),
                  st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"), max_size=6))
line = st.lists(token, min_size=1, max_size=12).map("".join).filter(lambda s: s.strip() and "\n" not in s)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    return markup_of(build(make_project(tmp_path_factory.mktemp("base"), {"plain.txt": DISCOVERING_ARTICLE})))


def squash(text: str) -> str:
    return " ".join(text.split())


# Each example is a real MkDocs build; HYPOTHESIS_EXAMPLES=250 runs a longer search (it passed).
@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "20")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=line.filter(lambda s: len(s) <= 80), paragraphs=st.lists(line, min_size=1, max_size=4))
def test_arbitrary_text_builds_literally(baseline, title, paragraphs):
    assume(squash(paragraphs[0]).casefold() != squash(title).casefold())  # that is a repeated headline
    with tempfile.TemporaryDirectory() as folder:
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        site = build(make_project(Path(folder), {"random.txt": text}, with_seed=False))
        page = next(p for p in all_pages(site) if p.url.startswith("articles/") and p.url != "articles/"
                    and "joint-russian" not in p.url)
        assert squash(title) in page.text
        for paragraph in paragraphs:
            assert squash(paragraph) in page.content
        tags, attributes, schemes = markup_of(site)
        base_tags, base_attributes, base_schemes = baseline
        assert tags <= base_tags and attributes <= base_attributes and schemes <= base_schemes
        assert read_page(site, "").text  # the home page still builds
