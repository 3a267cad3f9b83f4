"""`make bench`: builds synthetic corpora of 1,000 and 10,000 articles and prints, per stage, seconds,
articles per second, peak memory, output size and bytes per page, the search index's time and the
search as a browser meets it; then the incremental figures (one article edited) and a check that a
parallel run matches a single-process one byte for byte. `--scale N` adds one cold build of N
articles (and its search), `--words W` makes articles of at least W words. Writes the figures to
bench/RESULTS.md."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

from bench.corpus import write_corpus
from bench.search import measure_search, report as search_report

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "extract", "merge", "render", "write")
ADDED = ("Halvorsen Inspects the Fleet at Varnholm\n\nAdmiral Tormund Halvorsen inspected the fleet at the "
         "Varnholm naval base on Friday. Halvorsen said the ships would stay until spring.\n")


def measure(mode: str, config: Path, *extra: Path, **env: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "bench.measure", mode, str(config), *map(str, extra)],
                            cwd=ROOT, check=True,
                            capture_output=True, text=True, env={**os.environ, **env})
    return json.loads(result.stdout.strip().splitlines()[-1])


def generator_seconds(measured: dict) -> float:
    """The generator's own time in one measured run: the sum of its stages."""
    return sum(measured["stages"].values())


def share(measured: dict) -> float:
    """The generator's part of one measured run's time."""
    return generator_seconds(measured) / measured["seconds"]


def tree_digest(folder: Path) -> str:
    digest = hashlib.blake2b()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def site_size(site: Path) -> tuple[int, int, int]:
    pages = [p for p in site.rglob("*.html")]
    total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    return len(pages), sum(p.stat().st_size for p in pages), total


def index_seconds(site: Path) -> float:
    """The search index's own time (it runs at the end of each build): made again, alone."""
    from generator.search import index_site

    started = time.perf_counter()
    index_site(site)
    return time.perf_counter() - started


def cold_build(articles: int, out: Path, words: int | None) -> tuple[Path, dict]:
    folder = out / str(articles)
    started = time.perf_counter()
    config = write_corpus(folder, articles, words=words)
    print(f"\n{articles} articles{f' of {words}+ words' if words else ''}: corpus written in "
          f"{time.perf_counter() - started:.1f}s", flush=True)
    clean = measure("build", config)
    pages, html_bytes, total_bytes = site_size(folder / "site")
    search = {**measure_search(folder / "site"), "index_s": index_seconds(folder / "site")}
    return config, {"articles": articles, "words": words, "clean": clean, "pages": pages, "html_bytes": html_bytes,
                    "site_bytes": total_bytes, "search": search}


def run_scale(articles: int, out: Path, words: int | None) -> dict:
    """One cold build and its search, nothing more: at this size the incremental runs would take hours."""
    _, result = cold_build(articles, out, words)
    report_cold(result)
    shutil.rmtree(out / str(articles), ignore_errors=True)
    return result


def run_size(articles: int, out: Path, words: int | None = None) -> dict:
    folder = out / str(articles)
    config, cold = cold_build(articles, out, words)
    warm = measure("build", config)
    # Extraction cached, every page rendered again: what the generator costs beyond reading and
    # extraction (and a build whose docs folder was deleted, or not kept, beside its cache).
    shutil.rmtree(folder / "build" / "docs")
    pages_only = measure("build", config)
    edited = sorted((folder / "content" / "articles").rglob("*.txt"))[articles // 2]
    with edited.open("a", encoding="utf-8") as handle:
        handle.write("\nA correction was appended to this article after publication.\n")
    incremental = measure("generate", config)
    # A new article that brings names no article had: the entity set changes.
    (folder / "content" / "articles" / "zz-added.txt").write_text(ADDED, encoding="utf-8")
    added = measure("generate", config)
    dirty = measure("serve", config, edited)
    result = {**cold, "warm": warm, "pages_only": pages_only, "incremental": incremental, "added": added,
              "dirty": dirty}
    report(result)
    return result


def memory(measured: dict) -> str:
    """The run's peak memory, and where: the build's own process (generator and MkDocs), and the
    largest it started (an extraction worker, or the search indexer after the build)."""
    return f"{measured['peak_mb']:.0f} MB (build {measured['own_mb']:.0f}, largest helper {measured['helpers_mb']:.0f})"


def report_cold(r: dict) -> None:
    clean = r["clean"]
    print(f"make site {clean['seconds']:.1f}s (search index {r['search']['index_s']:.1f}s of it), peak memory "
          f"{memory(clean)}, {r['pages']} pages, {r['html_bytes'] / r['pages'] / 1e3:.1f} KB per page")
    print(search_report(r["search"]))


def report(r: dict) -> None:
    clean = r["clean"]
    generator = generator_seconds(clean)
    mkdocs = clean["seconds"] - generator
    print(f"{'stage':<16}{'seconds':>9}{'articles/s':>12}")
    for stage in STAGES:
        seconds = clean["stages"].get(stage, 0.0)
        print(f"{stage:<16}{seconds:>9.2f}{r['articles'] / seconds if seconds else 0:>12.0f}")
    print(f"{'mkdocs build':<16}{mkdocs:>9.2f}{r['articles'] / mkdocs:>12.0f}")
    print(f"{'make site':<16}{clean['seconds']:>9.2f}   generator share {share(clean):.0%}, "
          f"peak memory {memory(clean)}")
    print(f"second make site (cache warm): {r['warm']['seconds']:.2f}s, generator "
          f"{generator_seconds(r['warm']):.2f}s, {r['warm']['written']} pages rewritten")
    pages_only = r["pages_only"]
    print(f"make site with extraction cached, every page rendered again: {pages_only['seconds']:.2f}s, generator "
          f"{generator_seconds(pages_only):.2f}s (render {pages_only['stages']['render']:.2f}s), "
          f"share {share(pages_only):.0%}")
    print(f"output: {r['pages']} HTML pages, {r['site_bytes'] / 1e6:.1f} MB in site/, "
          f"{r['html_bytes'] / r['pages'] / 1e3:.1f} KB per page; search index {r['search']['index_s']:.1f}s")
    print(search_report(r["search"]))
    print(f"one article edited: generator pass {r['incremental']['seconds']:.2f}s in a new process "
          f"({r['incremental']['written']} pages rewritten); in `make serve`: rebuild "
          f"{r['dirty']['seconds']:.2f}s, of which the generator {generator_seconds(r['dirty']):.2f}s")
    added = r["added"]
    print(f"one article added, with new names: generator pass {added['seconds']:.2f}s in a new process "
          f"({added['extracted']} articles extracted, {added['rendered']} pages rendered, "
          f"{added['written']} written)")


def check_parallel_matches_serial(out: Path) -> bool:
    folders = []
    for jobs in ("1", "2"):
        folder = out / f"jobs-{jobs}"
        config = write_corpus(folder, 300)
        measure("generate", config, KNOWLEDGE_JOBS=jobs)
        folders.append(folder / "build" / "docs")
    same = tree_digest(folders[0]) == tree_digest(folders[1])
    print(f"\n300 articles, 1 process vs 2 processes: generated files {'identical' if same else 'DIFFERENT'}")
    return same


def linearity() -> list[tuple[float, float]]:
    """Seconds to read, discover and extract one single-line article of 0.5, 1 and 2 MB."""
    from generator.discover import discover, merge_discoveries
    from generator.extract import Matcher, extract
    from generator.readers.text import read_text

    sentence = ('Kremlin spokesman Dmitry Peskov said "the twelve Su-35 fighters will stay," and Peskov added '
                'that two units of the S-400 remain near the Black Sea Fleet base in Belarus. ')
    figures = []
    for megabytes in (0.5, 1, 2):
        text = sentence * int(megabytes * 1_000_000 // len(sentence))
        start = time.perf_counter()
        article = read_text(text, "huge.txt")
        entities = merge_discoveries(discover(article), {}, set(), {article.id: article})
        extract(article, Matcher(entities))
        figures.append((megabytes, time.perf_counter() - start))
    print("\none-line article: " + ", ".join(f"{mb} MB in {s:.2f}s ({s / mb:.2f} s/MB)" for mb, s in figures))
    return figures


def write_results(results: list[dict], scaled: list[dict], same: bool, lines_per_size: list[tuple[float, float]],
                  path: Path) -> None:
    lines = ["# Benchmark results", "",
             f"Written by `make bench` on {time.strftime('%Y-%m-%d')}: {platform.machine()}, {os.cpu_count()} cores, "
             f"Python {platform.python_version()}, MkDocs {version('mkdocs')}, Material {version('mkdocs-material')}.",
             "Synthetic, seeded corpus (`bench/corpus.py`): dated news-like articles of about 500 words (or at least "
             "`--words`), equipment "
             "named by name or designation, officials named again by surname; 30% of the entities curated (with "
             "aliases), the rest discovered.", "",
             "| articles | read | extract | merge | render | write | mkdocs build | make site | generator share | "
             "peak memory | HTML pages | KB per page | site/ |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results + scaled:
        clean, stages = r["clean"], r["clean"]["stages"]
        generator = generator_seconds(clean)
        lines.append(f"| {r['articles']:,} | " + " | ".join(f"{stages.get(s, 0):.2f} s" for s in STAGES)
                     + f" | {clean['seconds'] - generator:.1f} s | {clean['seconds']:.1f} s | "
                     f"{share(clean):.0%} | {memory(clean)} | {r['pages']:,} | "
                     f"{r['html_bytes'] / r['pages'] / 1e3:.1f} | {r['site_bytes'] / 1e6:.0f} MB |")
    if results:  # the runs after a cold build: not made for --scale alone
        lines += ["", "With the extraction cached and the docs folder deleted, so that every page is rendered again: "
                  "what the generator costs beyond reading and extraction.", "",
                  "| articles | make site | generator | of which render | generator share |", "| --- | --- | --- | --- | --- |"]
        for r in results:
            pages_only, generator = r["pages_only"], generator_seconds(r["pages_only"])
            lines.append(f"| {r['articles']:,} | {pages_only['seconds']:.1f} s | {generator:.1f} s | "
                         f"{pages_only['stages']['render']:.1f} s | {share(pages_only):.0%} |")
        lines += ["", "After editing one article: the generator's pass in a new process (cache read from disk), and "
                  "the rebuild `make serve` does (cache in memory, `mkdocs build --dirty`).", "",
                  "| articles | second make site (cache warm) | generator pass, new process | pages rewritten | "
                  "`make serve` rebuild | of which the generator |", "| --- | --- | --- | --- | --- | --- |"]
        for r in results:
            lines.append(f"| {r['articles']:,} | {r['warm']['seconds']:.1f} s | {r['incremental']['seconds']:.2f} s | "
                         f"{r['incremental']['written']} | {r['dirty']['seconds']:.1f} s | "
                         f"{generator_seconds(r['dirty']):.2f} s |")
        lines += ["", "After adding one article that names a person and a place no article had (the entity set "
                  "changes): the generator's pass in a new process.", "",
                  "| articles | generator pass | articles extracted | pages rendered | pages rewritten |",
                  "| --- | --- | --- | --- | --- |"]
        for r in results:
            added = r["added"]
            lines.append(f"| {r['articles']:,} | {added['seconds']:.2f} s | {added['extracted']} | {added['rendered']} | "
                         f"{added['written']} |")
    lines += ["", "The search (Pagefind, `generator/search.py`) in Debian's Chromium on the built site served "
              "locally (`bench/search.py`): the index's own time within `make site`; seconds from the query typed "
              "to the first result (median and slowest of 8 fresh pages); bytes fetched for that first query, and "
              "for the page with the search interface; an entity's page first, and in the first three, for its "
              "name and each other name (a seeded sample of 60 entities).", "",
              "| articles | words per article | make site | search index | peak memory | KB per page | first result | "
              "first query | page with search | entity first | in first three |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results + scaled:
        q = r["search"]
        lines.append(f"| {r['articles']:,} | {r['words'] or 'about 500'} | {r['clean']['seconds']:.1f} s | "
                     f"{q['index_s']:.1f} s | {r['clean']['peak_mb']:.0f} MB | {r['html_bytes'] / r['pages'] / 1e3:.1f} | "
                     f"{q['first_result_s']:.2f} s (max {q['first_result_max_s']:.2f} s) | {q['query_bytes'] / 1e3:.0f} KB | "
                     f"{q['page_bytes'] / 1e3:.0f} KB | {q['first']}/{q['names']} | {q['top_three']}/{q['names']} |")
    lines += ["", f"Parallel (2 processes) and single-process generation of 300 articles: "
              f"{'byte-identical' if same else 'DIFFERENT'}.", "",
              "Reading, discovery and extraction of one article on a single line: "
              + ", ".join(f"{mb} MB in {s:.2f} s ({s / mb:.2f} s per MB)" for mb, s in lines_per_size)
              + " (linear in its size).", ""]
    lines += targets(results, same) if results else []
    lines += search_targets(results, scaled)
    path.write_text("\n".join(lines), encoding="utf-8")


def search_targets(results: list[dict], scaled: list[dict]) -> list[str]:
    """Issue 13's targets: the search at every size measured, the build at 10,000 and at the largest."""
    rows = []
    for r in results + scaled:
        q, n = r["search"], f"{r['articles']:,}"
        rows += [(f"first results within 1 s of typing, {n} articles", f"{q['first_result_max_s']:.2f} s (slowest)",
                  q["first_result_max_s"] <= 1),
                 (f"at most 1 MB fetched for the first query, {n} articles",
                  f"{(q['query_bytes'] + q['page_bytes']) / 1e6:.2f} MB with the page and interface",
                  q["query_bytes"] + q["page_bytes"] <= 1e6),
                 (f"every entity found by each name, {n} articles", f"first {q['first']}/{q['names']}, "
                  f"first three {q['top_three']}/{q['names']}", q["top_three"] == q["names"])]
    ten = next((r for r in results if r["articles"] == 10000), None)
    if ten:
        rows.append(("cold `make site` at most 45 s, 10,000 articles", f"{ten['clean']['seconds']:.1f} s",
                     ten["clean"]["seconds"] <= 45))
    for r in scaled:  # the targets are for 100,000 articles; a smaller run is a point on the way
        at_target = r["articles"] >= 100000
        rows += [(f"cold `make site` at most 10 min at 100,000; {r['articles']:,} articles",
                  f"{r['clean']['seconds'] / 60:.1f} min", r["clean"]["seconds"] <= 600 if at_target else None),
                 (f"peak memory at most 4 GB at 100,000; {r['articles']:,} articles",
                  f"{r['clean']['peak_mb'] / 1024:.1f} GB", r["clean"]["peak_mb"] <= 4096 if at_target else None)]
    sizes = results + scaled
    per_page = [r["html_bytes"] / r["pages"] / 1e3 for r in sizes]
    rows.append(("KB per page flat with the article count",
                 ", ".join(f"{k:.1f} at {r['articles']:,}" for k, r in zip(per_page, sizes)),
                 max(per_page) <= min(per_page) * 1.05 or len({r["words"] for r in sizes}) > 1))
    return ["## Against the targets (issue 13)", "", "| target | measured | met |", "| --- | --- | --- |",
            *(f"| {t} | {m} | {'-' if ok is None else 'yes' if ok else 'no'} |" for t, m, ok in rows), ""]


def targets(results: list[dict], same: bool) -> list[str]:
    """Issue 5's targets against the largest corpus measured."""
    r, small = results[-1], results[0]
    clean, warm = r["clean"], r["warm"]
    cold_share = share(clean)
    warm_share = share(warm)
    pages_only_share = share(r["pages_only"])
    per_page = [x["html_bytes"] / x["pages"] for x in (small, r)]
    serve_generator = generator_seconds(r["dirty"])
    rows = [
        ("`make site` under 90 s", f"{clean['seconds']:.1f} s", clean["seconds"] < 90),
        ("generator at most 20% of `make site`, cache cold", f"{cold_share:.0%}", cold_share <= 0.2),
        ("generator at most 20% of `make site`, cache warm", f"{warm_share:.0%}", warm_share <= 0.2),
        ("the same, extraction cached but every page rendered", f"{pages_only_share:.0%}", pages_only_share <= 0.2),
        ("peak memory under 2 GB", f"{clean['peak_mb']:.0f} MB", clean["peak_mb"] < 2048),
        ("bytes per page do not grow with the article count",
         f"{per_page[0] / 1e3:.1f} KB at {small['articles']:,}, {per_page[1] / 1e3:.1f} KB at {r['articles']:,}",
         per_page[1] <= per_page[0] * 1.05),
        ("generator pass after editing one article under 2 s, in `make serve`", f"{serve_generator:.2f} s",
         serve_generator < 2),
        ("the same, in a new process (cache read from disk)", f"{r['incremental']['seconds']:.2f} s",
         r["incremental"]["seconds"] < 2),
        ("`make serve` shows the change within 5 s", f"{r['dirty']['seconds']:.1f} s", r["dirty"]["seconds"] < 5),
        ("parallel output identical to single-process", "identical" if same else "different", same),
    ]
    return ["## Against the targets (issue 5)", "", f"| target | measured at {r['articles']:,} articles | met |",
            "| --- | --- | --- |", *(f"| {t} | {m} | {'yes' if ok else 'no'} |" for t, m, ok in rows), ""]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000],
                        help="full runs (cold, warm, edited, added); none with --scale alone")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "RESULTS.md")
    parser.add_argument("--scale", type=int, nargs="*", default=[], help="also one cold build of this many articles")
    parser.add_argument("--words", type=int, help="articles of at least this many words (real news: 600-1,000)")
    args = parser.parse_args()
    results = [run_size(n, args.out, args.words) for n in args.sizes]
    scaled = [run_scale(n, args.out, args.words) for n in args.scale]
    same = check_parallel_matches_serial(args.out)
    write_results(results, scaled, same, linearity(), args.results)
    print(f"\nresults written to {args.results}")
    shutil.rmtree(args.out, ignore_errors=True)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
