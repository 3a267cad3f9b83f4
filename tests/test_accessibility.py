"""Accessibility in a real browser: axe-core (vendored in tests/vendor/, 4.14.1, MPL-2.0) finds no
WCAG 2 A or AA violation, colour contrast included, on any page type, in the light and the dark
palette."""
from __future__ import annotations

from pathlib import Path

import pytest

from browser import served
from test_engines import PAGES

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_violations_on_any_page_type(seed_site, browser, scheme):
    page = browser.new_page(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    found = {}
    with served(seed_site) as base:
        for kind, path in PAGES.items():
            page.goto(base + path)
            page.wait_for_load_state("networkidle")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag', values:
                ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})""")
            violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
            if violations:
                found[kind] = violations
    page.close()
    assert found == {}, (scheme, found)
