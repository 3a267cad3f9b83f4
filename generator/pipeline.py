"""The generator's stages in order: read, extract, merge, render, write (cf. Pelican's generators)."""
from __future__ import annotations

import dataclasses
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .cache import Cache, fingerprint
from .config import Site
from .emitters import emit_all
from .extract import Matcher, extract
from .graph import build_graph
from .knowledge_base import load_knowledge_base
from .discover import discover, load_rejected, merge_discoveries
from .model import Article, Entity, Extraction
from .readers import ReadError, is_article_file, read_article
from .render import Context, make_environment
from .parallel import MIN_ITEMS, run, shared
from .urls import Urls
from .writer import WriteReport, write_files

CACHE_DIR = "build/cache"  # per-article results kept between runs, beside the generated docs
REJECTED_FILE = "rejected.yml"  # names that discovery must never turn into pages
RESERVED_IDS = {"index"}  # index.md in each folder is the folder's list page


@dataclass
class Summary:
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    report: WriteReport | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    def lines(self) -> list[str]:
        by_type = ", ".join(f"{n} {t}" for t, n in sorted(self.entities.items())) or "none"
        total = sum(self.seconds.values())
        lines = [f"generator: {self.articles} articles read, {len(self.skipped)} skipped; entities: {by_type}"]
        if self.report:
            stages = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in self.seconds.items())
            lines.append(f"generator: pages {self.report.written} written, {self.report.unchanged} unchanged, "
                         f"{self.report.removed} removed in {total:.2f}s ({stages})")
        return lines


def _progress(items, description: str):
    """A progress bar on a terminal; nothing in logs, where the summary says it all."""
    return tqdm(items, desc=description, unit="article", disable=None, leave=False, file=sys.stderr)


def article_files(content_dir: Path) -> list[Path]:
    folder = content_dir / "articles"
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.rglob("*") if (p.is_file() or p.is_symlink()) and is_article_file(p)),
                  key=lambda p: p.relative_to(folder).as_posix())


def read_articles(site: Site, summary: Summary) -> dict[str, Article]:
    """Every readable article, with unique ids; unreadable files are reported and skipped."""
    articles: dict[str, Article] = {}
    for path in _progress(article_files(site.content_dir), "read"):
        source = path.relative_to(site.root).as_posix()
        try:
            article = read_article(path, source)
        except ReadError as error:
            summary.skipped.append(f"skipped {error}")
            continue
        article_id, number = article.id, 1
        while article_id in articles or article_id in RESERVED_IDS:
            number += 1
            article_id = f"{article.id}-{number}"
        articles[article_id] = dataclasses.replace(article, id=article_id)
    return articles


def _discover_one(article_id: str):
    return discover(shared("articles")[article_id])


def _extract_one(article_id: str) -> Extraction:
    return extract(shared("articles")[article_id], shared("matcher"))


def extract_all(articles: dict[str, Article], curated: dict[str, Entity], rejected: set[str], *,
                cache: Cache | None = None, jobs: int | None = None
                ) -> tuple[dict[str, Entity], dict[str, Extraction]]:
    """Two passes: discover candidates in every article and merge them with the curated base;
    then find every known entity's mentions, roles, quotes and quantities in every article.
    Both passes reuse cached results for unchanged articles and run the rest on every core."""
    cache = cache or Cache(None)
    keys = {article_id: fingerprint(article) for article_id, article in articles.items()}

    discovered = {keys[i]: cache.discovered[keys[i]] for i in articles if keys[i] in cache.discovered}
    todo = [i for i in articles if keys[i] not in discovered]
    for article_id, found in zip(todo, run(_discover_one, todo, jobs=jobs, state={"articles": articles},
                                           label="discover")):
        discovered[keys[article_id]] = found
    candidates = [c for article_id in articles for c in discovered[keys[article_id]]]
    entities = {**curated, **merge_discoveries(candidates, curated, rejected)}

    cache.use_entities(fingerprint(tuple(entities.values())))
    extracted = {keys[i]: cache.extracted[keys[i]] for i in articles if keys[i] in cache.extracted}
    todo = [i for i in articles if keys[i] not in extracted]
    state = {"articles": articles, "matcher": Matcher(entities)}
    for article_id, extraction in zip(todo, run(_extract_one, todo, jobs=jobs, state=state, label="extract")):
        extracted[keys[article_id]] = extraction
    cache.save(discovered, extracted)
    extractions = {article_id: extracted[keys[article_id]] for article_id in articles}
    mentioned = {m.entity_id for x in extractions.values() for m in x.mentions}
    return {i: e for i, e in entities.items() if not e.discovered or i in mentioned}, extractions


def generate(site: Site, *, out=None, jobs: int | None = None) -> Summary:
    """Build the docs folder from the content folder. A knowledge-base error raises before
    anything is written; an unreadable article is skipped with one line on `out`."""
    summary = Summary()
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        summary.seconds[stage] = summary.seconds.get(stage, 0.0) + now - clock
        clock = now

    articles = read_articles(site, summary)
    curated = load_knowledge_base(site.content_dir / "entities", set(site.types), site.root)
    rejected = load_rejected(site.content_dir / REJECTED_FILE)
    lap("read")
    entities, extractions = extract_all(articles, curated, rejected, cache=Cache(site.root / CACHE_DIR), jobs=jobs)
    lap("extract")
    graph = build_graph(articles, entities, extractions)
    lap("merge")
    ctx = Context(graph, site, Urls(site.use_directory_urls), make_environment())
    files = emit_all(ctx, jobs=jobs if len(articles) >= MIN_ITEMS else 1)
    lap("render")
    summary.report = write_files(site.docs_dir, files)
    lap("write")
    summary.articles = len(articles)
    summary.entities = Counter(e.type for e in graph.entities.values())
    for line in summary.skipped + summary.lines():
        print(line, file=out or sys.stderr)
    return summary
