"""The search as a reader meets it, in Debian's Chromium on a built site served locally: seconds from
the query typed to the first result, bytes fetched for that first query (and for the search
interface, loaded with the page), and whether an entity's page comes first, and in the first three,
for its name and for each other name, over a seeded sample of entities."""
from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser import Console, chromium_path, served  # noqa: E402  (the tests' server and console, shared)
from test_search import open_search, result_urls  # noqa: E402

SAMPLE = 60  # entities whose every name is searched; the first few also timed in a fresh page


def measure_search(site: Path, seed: int = 20261129) -> dict:
    entities = json.loads((site / "knowledge.json").read_text(encoding="utf-8"))["entities"]
    sample = random.Random(seed).sample(entities, min(SAMPLE, len(entities)))
    names = [(name, "/" + e["url"]) for e in sample for name in (e["name"], *e["aliases"])]
    article = next(p for p in sorted((site / "articles").iterdir()) if p.is_dir())
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        timings, fetched, interface = [], [], []
        for name, _ in names[:8]:  # a reader's first query: a fresh page, nothing cached
            context = browser.new_context()
            page = context.new_page()
            console = Console(page)
            page.goto(f"{base}articles/{article.name}/")
            open_search(page)
            interface.append(console.received)
            page.keyboard.type(name)  # typed at once: the clock runs from the last key
            start = time.perf_counter()
            page.locator("pagefind-results .pf-result-link").first.wait_for()
            timings.append(time.perf_counter() - start)
            fetched.append(console.received - interface[-1])
            context.close()
        page = browser.new_page()
        page.goto(base)
        open_search(page)
        found = {name: result_urls(page, name) for name, _ in names}
        browser.close()
    first = sum(found[n][:1] == [u] for n, u in names)
    top_three = sum(u in found[n][:3] for n, u in names)
    return {"first_result_s": statistics.median(timings), "first_result_max_s": max(timings),
            "query_bytes": max(fetched), "page_bytes": max(interface), "names": len(names),
            "first": first, "top_three": top_three,
            "index_bytes": sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())}


def report(figures: dict) -> str:
    return (f"search: first result {figures['first_result_s']:.2f} s after typing (median of 8 fresh pages, "
            f"max {figures['first_result_max_s']:.2f} s); first query fetched {figures['query_bytes'] / 1e3:.0f} KB "
            f"(page with the search interface {figures['page_bytes'] / 1e3:.0f} KB); entity first for "
            f"{figures['first']}/{figures['names']} names, in the first three for {figures['top_three']}; "
            f"index {figures['index_bytes'] / 1e6:.0f} MB on disk")


if __name__ == "__main__":
    print(report(measure_search(Path(sys.argv[1]))))
