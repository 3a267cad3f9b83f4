"""Emitters: each turns the knowledge graph into output files of one kind (cf. Quartz's emitters).
Adding a page type is adding a module here and naming it in EMITTERS."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable

from ..parallel import default_jobs, run, shared
from ..render import Context, OutputFile
from . import article_page, articles_index, entity_page, home, knowledge_json, stylesheet, type_index

Emitter = Callable[[Context], Iterable[OutputFile]]

EMITTERS: tuple[Emitter, ...] = (
    home.emit, articles_index.emit, article_page.emit, type_index.emit, entity_page.emit,
    knowledge_json.emit, stylesheet.emit,
)


def _emit_shard(part: int) -> tuple[list[OutputFile], dict[str, str]]:
    ctx = dataclasses.replace(shared("context"), part=part, parts=shared("parts"), fragments={})
    return [output for emitter in EMITTERS for output in emitter(ctx)], ctx.fragments


def emit_all(ctx: Context, jobs: int | None = None) -> tuple[dict[str, str | None], dict[str, str], dict[str, str]]:
    """Every output file by path (None for a page to keep as it is), the pages' input keys and
    the fragments made on the way; the pages are rendered in shards on every core."""
    parts = default_jobs() if jobs is None else jobs
    shards = run(_emit_shard, list(range(parts)), jobs=parts, state={"context": ctx, "parts": parts}, label="render",
                 min_items=1)
    files: dict[str, str | None] = {}
    keys: dict[str, str] = {}
    fragments = {key: text for _, made in shards for key, text in made.items()}
    for output in sorted((o for outputs, _ in shards for o in outputs), key=lambda o: o.path):
        if output.path in files:
            raise ValueError(f"two pages would be written to {output.path}")
        files[output.path] = output.content
        if output.key:
            keys[output.path] = output.key
    return files, keys, fragments
