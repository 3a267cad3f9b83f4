"""The generator's stages in order: read, extract, merge, render, write (cf. Pelican's generators)."""
from __future__ import annotations

import datetime
import gc
import hashlib
import os
import pickle
import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .cache import Cache, fingerprint
from .config import Site
from .discover import discover, load_rejected, merge_discoveries
from .emitters import emit_all
from .extract import extract
from .graph import build_graph
from .incremental import cached_extractions, cached_map, settled_pages, settled_summaries, summary_key
from .knowledge_base import knowledge_base_files, load_knowledge_base
from .model import Article, Entity, Extraction, Paragraph
from .parallel import MIN_ITEMS, run, shared
from .readers import ReadError, is_article_file, read_article, with_unique_id
from .render import Context, make_environment
from .urls import Urls
from .writer import WriteReport, files_under, remove_stale

CACHE_DIR = "build/cache"  # per-article results kept between runs, beside the generated docs
REJECTED_FILE = "rejected.yml"  # names that discovery must never turn into pages


@dataclass
class Summary:
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    report: WriteReport | None = None
    extracted: int = 0  # articles extracted (the others' extractions held from the last run)
    rendered: int = 0  # pages rendered (the others' inputs had not changed)
    seconds: dict[str, float] = field(default_factory=dict)
    newest_epoch: int = 0  # the newest article's date, in seconds since 1970 (0: no dated article)

    def lines(self) -> list[str]:
        by_type = ", ".join(f"{n} {t}" for t, n in sorted(self.entities.items())) or "none"
        total = sum(self.seconds.values())
        lines = [f"generator: {self.articles} articles read, {len(self.skipped)} skipped, {self.extracted} extracted; "
                 f"entities: {by_type}"]
        if self.report:
            stages = ", ".join(f"{stage} {seconds:.2f}s" for stage, seconds in self.seconds.items())
            lines.append(f"generator: pages {self.rendered} rendered, {self.report.written} written, "
                         f"{self.report.unchanged} unchanged, "
                         f"{self.report.removed} removed in {total:.2f}s ({stages})")
        return lines


def article_files(content_dir: Path) -> list[str]:
    """The article files' paths relative to content/articles (symlinked folders not followed), sorted."""
    return sorted(name for name in files_under(content_dir / "articles") if is_article_file(name))


def _pickled(value) -> tuple[str, bytes]:
    """`value` pickled, and a digest of it. Results that travel between processes and into the
    cache in bulk stay pickled until needed, and the digest keys what depends on them. (Equal
    values pickle to equal bytes; were they ever not to, the price would be work done twice.)"""
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return hashlib.blake2b(data, digest_size=16).hexdigest(), data


def _read_one(item: tuple[Path, str]) -> tuple[str, bytes] | str:
    path, source = item
    try:
        return _pickled(read_article(path, source))
    except ReadError as error:
        return f"skipped {error}"


def read_articles(site: Site, summary: Summary, cache: Cache | None = None, jobs: int | None = None
                  ) -> tuple[dict[str, Article], dict[str, str]]:
    """Every readable article, with unique ids, and its content key; unreadable files are reported
    and skipped. A file whose size and modification time are unchanged is not parsed again; the
    others are parsed on every core."""
    cache = cache or Cache(None)
    previous, kept = cache.previous("reads"), {}
    found: list[tuple[str, str, tuple | str]] = []  # name, source, stat stamp (or why it is unreadable)
    folder = site.content_dir / "articles"
    prefix = folder.relative_to(site.root).as_posix()
    for name in article_files(site.content_dir):
        source = f"{prefix}/{name}"
        try:
            stat = os.stat(f"{folder}/{name}")
            found.append((name, source, (source, stat.st_size, stat.st_mtime_ns)))
        except OSError as error:
            found.append((name, source, f"skipped {ReadError(source, None, f'cannot read file ({error.strerror})')}"))
    todo = [(folder / name, source) for name, source, stamp in found if not isinstance(stamp, str) and stamp not in previous]
    parsed = dict(zip((source for _, source in todo), run(_read_one, todo, jobs=jobs, state={}, label="read")))
    articles: dict[str, Article] = {}
    keys: dict[str, str] = {}
    for _, source, stamp in found:
        if isinstance(stamp, str):
            summary.skipped.append(stamp)
            continue
        result = kept[stamp] = previous[stamp] if stamp in previous else parsed[source]
        if isinstance(result, str):
            summary.skipped.append(result)
            continue
        key, article = result[0], with_unique_id(cache.unpickled(*result), articles)
        articles[article.id] = article
        keys[article.id] = f"{key}:{article.id}"
    cache.keep("reads", kept)
    return articles, keys


def _knowledge_base(site: Site, cache: Cache) -> dict[str, Entity]:
    """The curated entities, parsed again only when a knowledge-base file changed."""
    folder = site.content_dir / "entities"
    files = knowledge_base_files(folder)
    stamp = (tuple(site.types), tuple((p.as_posix(), p.stat().st_size, p.stat().st_mtime_ns) for p in files))
    entities = cache.previous("knowledge base").get(stamp)
    if entities is None:
        entities = load_knowledge_base(folder, set(site.types), site.root)
    cache.keep("knowledge base", {stamp: entities})
    return entities


def _discover_one(article_id: str) -> tuple[str, bytes]:
    """What discovery found in an article, pickled (after most edits the merged set is reused,
    and the candidates are unpickled only for a merge), keyed by what the merge reads: the
    candidates, and the paragraphs they point into (it quotes the sentence a name was found in)."""
    article = shared("articles")[article_id]
    found = discover(article)
    digest, data = _pickled(found)
    return fingerprint((digest, _pointed_into(article, found))), data


def _extract_one(article_id: str) -> tuple[str, bytes]:
    """An article's extraction, pickled, keyed by what other pages cite from the article: the
    extraction, the article's title and date, and the paragraphs it points into. An edit elsewhere
    in the article (a paragraph that names nothing) leaves the key, and the entities' pages, as
    they were."""
    article = shared("articles")[article_id]
    extraction = extract(article, shared("matcher"))
    digest, data = _pickled(extraction)
    pointed = _pointed_into(article, (*extraction.mentions, *extraction.quotes, *extraction.quantities))
    return fingerprint((digest, article.title, article.date, pointed)), data


def _pointed_into(article: Article, found) -> list[Paragraph]:
    """The paragraphs that things found in an article (with a `paragraph` index) stand in."""
    return [article.paragraphs[i] for i in sorted({x.paragraph for x in found})]


@dataclass
class Extracted:
    entities: dict[str, Entity]  # the curated ones, and the discovered ones some article mentions
    extractions: dict[str, Extraction]  # by article id
    entities_key: str  # of the whole entity set
    cited_keys: dict[str, str]  # article id -> key of what other pages cite from it (see _extract_one)
    extracted: int  # articles extracted in this run (the others' extractions held)


def extract_all(articles: dict[str, Article], curated: dict[str, Entity], rejected: set[str], *,
                keys: dict[str, str] | None = None, cache: Cache | None = None, jobs: int | None = None
                ) -> Extracted:
    """Two passes: discover candidates in every article and merge them with the curated base;
    then find every known entity's mentions, roles, quotes and quantities in every article.
    Both passes reuse cached results for unchanged articles and run the rest on every core."""
    cache = cache or Cache(None)
    keys = keys or {article_id: fingerprint(article) for article_id, article in articles.items()}
    merged, entities_key = _merged(articles, curated, rejected, keys, cache, jobs)
    extracted, count = cached_extractions(cache, articles, keys, merged, entities_key, _extract_one, jobs)
    cited_keys = {i: key for i, (key, _) in extracted.items()}
    extractions = {}
    for article_id in list(extracted):  # each result's pickle let go as it is read: not all held twice
        extractions[article_id] = cache.unpickled(*extracted.pop(article_id))
    mentioned = {m.entity_id for x in extractions.values() for m in x.mentions}
    return Extracted(entities={i: e for i, e in merged.items() if not e.discovered or i in mentioned},
                     extractions=extractions, entities_key=entities_key, cited_keys=cited_keys, extracted=count)


def _merged(articles: dict[str, Article], curated: dict[str, Entity], rejected: set[str], keys: dict[str, str],
            cache: Cache, jobs: int | None) -> tuple[dict[str, Entity], str]:
    """The entity set, curated and discovered, and its key. (A function of its own, so that the
    discovered candidates, which are many, are let go before extraction.)"""
    discovered = cached_map(cache, "discover", _discover_one, articles, keys, lambda: {"articles": articles}, jobs)
    # The merge depends on what was discovered, not on the rest of the text: an edit that finds
    # nothing new keeps the merged set (and so every extraction) as it was.
    merge_key = fingerprint((tuple(discovered[i][0] for i in articles),
                             fingerprint(tuple(curated.values())), sorted(rejected)))
    if merge_key in cache.previous("merge"):
        merged, entities_key = cache.previous("merge")[merge_key]
    else:
        candidates = [c for article_id in articles for c in cache.unpickled(*discovered.pop(article_id))]
        merged = {**curated, **merge_discoveries(candidates, curated, rejected, articles)}
        entities_key = fingerprint(tuple(merged.values()))
    cache.keep("merge", {merge_key: (merged, entities_key)})
    return merged, entities_key


@contextmanager
def _long_lived_objects():
    """A run makes millions of small objects that live until it ends (in a preview server, on
    in the cache) and no reference cycles worth collecting. Python's cycle collector would walk
    them again and again, and in forked workers its walk would copy every memory page they share
    with the parent; so it pauses during the run, and what the run keeps is then left out of
    later collections (gc.freeze)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def generate(site: Site, *, out=None, jobs: int | None = None, save_cache: bool = True) -> Summary:
    """Build the docs folder from the content folder. A knowledge-base error raises before
    anything is written; an unreadable article is skipped with one line on `out`."""
    with _long_lived_objects():
        return _generate(site, out, jobs, save_cache)


def _generate(site: Site, out, jobs: int | None, save_cache: bool) -> Summary:
    summary = Summary()
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        summary.seconds[stage] = summary.seconds.get(stage, 0.0) + now - clock
        clock = now

    cache = Cache(site.root / CACHE_DIR, to_disk=save_cache)
    articles, keys = read_articles(site, summary, cache, jobs)
    curated = _knowledge_base(site, cache)
    rejected = load_rejected(site.content_dir / REJECTED_FILE)
    lap("read")
    extracted = extract_all(articles, curated, rejected, keys=keys, cache=cache, jobs=jobs)
    summary.extracted = extracted.extracted
    lap("extract")
    graph = build_graph(articles, extracted.entities, extracted.extractions)
    lap("merge")
    compiled = site.root / CACHE_DIR / "templates"
    compiled.mkdir(parents=True, exist_ok=True)
    # A page's key covers what it shows (see the emitters' `inputs`), so a change to the entity set
    # re-renders only the pages that show a changed entity.
    ctx = Context(graph, site, Urls(site.use_directory_urls, relative_to_source=site.engine == "zensical"),
                  make_environment(compiled), article_keys=keys,
                  cited_keys=extracted.cited_keys, base_key=fingerprint(site),
                  previous_keys=cache.previous("pages"), previous_fragments=cache.previous("fragments"))
    ctx.settled = settled_pages(ctx, extracted.entities_key, cache)
    # After a small edit only the few pages it touches are rendered again: fewer than it takes to
    # repay forking workers from a large process.
    small_edit = len(articles) + len(graph.entities) - len(ctx.settled) < MIN_ITEMS
    # What the last run wrote, to remove what this one does not; a docs folder that is new or
    # empty holds nothing to remove, and need not be looked through.
    written_before = cache.previous("outputs").get("paths")
    if written_before is None and not (site.docs_dir.is_dir() and any(site.docs_dir.iterdir())):
        written_before = set()
    summaries = summary_key(ctx, extracted.entities_key)
    emitted = emit_all(ctx, jobs=1 if small_edit or len(articles) < MIN_ITEMS else jobs,
                       reused=settled_summaries(ctx, summaries, cache))
    cache.keep("pages", emitted.keys)
    cache.keep("fragments", emitted.fragments)
    cache.keep("summaries", {"key": summaries, "outputs": emitted.summaries})
    lap("render")
    removed = remove_stale(site.docs_dir.resolve(), emitted.paths, written_before)
    summary.report = WriteReport(emitted.written, len(emitted.paths) - emitted.written, removed)
    summary.rendered = emitted.rendered
    cache.keep("outputs", {"paths": emitted.paths})
    cache.save()
    lap("write")
    summary.articles = len(articles)
    dates = [a.date for a in articles.values() if a.date]
    if dates:
        summary.newest_epoch = int(datetime.datetime.fromisoformat(max(dates)).replace(tzinfo=datetime.timezone.utc).timestamp())
    summary.entities = Counter(e.type for e in graph.entities.values())
    for line in summary.skipped + summary.lines():
        print(line, file=out or sys.stderr)
    return summary
