"""Emitters: each turns the knowledge graph into output files of one kind (cf. Quartz's emitters).
Adding a page type is adding a module here and naming it in ITEM_EMITTERS or SUMMARY_EMITTERS."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..parallel import default_jobs, run, shared
from ..render import Context, OutputFile
from ..writer import write_file
from . import (article_page, articles_index, assets, entity_articles, entity_page, feed, graph_page, home,
               knowledge_json, names, redirects, tags_page, timeline, type_index)

Emitter = Callable[[Context], Iterable[OutputFile]]

# A page for each article and entity (each page's inputs decide whether it is made again), and the
# pages that sum up the whole site (made again, or not, together; see incremental.summary_key).
# (knowledge.json is put together in the main process, from the records entity_page makes.)
ITEM_EMITTERS: tuple[Emitter, ...] = (article_page.emit, entity_page.emit, entity_articles.emit, assets.emit)
SUMMARY_EMITTERS: tuple[Emitter, ...] = (
    home.emit, articles_index.emit, type_index.emit, names.emit, redirects.emit, graph_page.emit, tags_page.emit,
    feed.emit, timeline.emit,
)
SHARDS_PER_PROCESS = 4


@dataclass
class Emitted:
    """What the emitters produced: every generated path, the pages' input keys, the fragments made
    on the way, how many files were rendered and how many of those (re)written."""

    paths: set[str] = field(default_factory=set)
    keys: dict[str, str] = field(default_factory=dict)
    fragments: dict[str, str] = field(default_factory=dict)
    summaries: dict[str, str | None] = field(default_factory=dict)  # the summary pages: path -> input key
    rendered: int = 0
    written: int = 0

    def add(self, path: str, key: str | None, rendered: bool, written: bool, summary: bool = False) -> None:
        if path in self.paths:
            raise ValueError(f"two pages would be written to {path}")
        self.paths.add(path)
        self.rendered += rendered
        self.written += written
        if key:
            self.keys[path] = key
        if summary:
            self.summaries[path] = key


def _emit_shard(part: int) -> tuple[list[tuple[str, str | None, bool, bool, bool]], dict[str, str | None]]:
    """One shard's pages, rendered and written by the worker itself: page text never travels
    back to the parent process."""
    ctx = dataclasses.replace(shared("context"), part=part, parts=shared("parts"), fragments={})
    folder = ctx.site.docs_dir.resolve()
    # Every other shard runs the emitters in reverse, so that two processes seldom create files in
    # the same folder at once: on ext4 that is slower than creating them one after the other.
    emitters = [(e, False) for e in ITEM_EMITTERS] + [(e, True) for e in SUMMARY_EMITTERS if not shared("reused")]
    emitters = emitters if part % 2 == 0 else emitters[::-1]
    done = [(output.path, output.key, output.content is not None, write_file(folder, output.path, output.content),
             summary) for emitter, summary in emitters for output in emitter(ctx)]
    return done, ctx.fragments


def emit_all(ctx: Context, jobs: int | None = None, reused: dict[str, str | None] | None = None) -> Emitted:
    """Render and write every output file, in shards on every core; `reused`: the summary pages of
    the last run, which stand as they are (none are made then)."""
    ctx.site.docs_dir.mkdir(parents=True, exist_ok=True)
    processes = default_jobs() if jobs is None else jobs
    # More shards than processes: the shard that also makes the single pages would otherwise keep
    # one process busy while the others wait.
    parts = processes * SHARDS_PER_PROCESS if processes > 1 else 1
    shards = run(_emit_shard, list(range(parts)), jobs=processes,
                 state={"context": ctx, "parts": parts, "reused": reused is not None}, label="render", min_items=1)
    emitted = Emitted()
    for done, fragments in shards:
        emitted.fragments.update((key, ctx.previous_fragments[key] if text is None else text)
                                 for key, text in fragments.items())
        for path, key, rendered, written, summary in done:
            emitted.add(path, key, rendered, written, summary)
    for path, key in (reused or {}).items():
        emitted.add(path, key, False, False, summary=True)
    collected = knowledge_json.collect(ctx, emitted.keys, emitted.fragments)
    emitted.add(collected.path, collected.key, collected.content is not None,
                write_file(ctx.site.docs_dir.resolve(), collected.path, collected.content))
    return emitted
