"""Emitters: each turns the knowledge graph into output files of one kind (cf. Quartz's emitters).
Adding a page type is adding a module here and naming it in EMITTERS."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from ..render import Context, OutputFile
from . import article_page, articles_index, entity_page, home, knowledge_json, stylesheet, type_index

Emitter = Callable[[Context], Iterable[OutputFile]]

EMITTERS: tuple[Emitter, ...] = (
    home.emit, articles_index.emit, article_page.emit, type_index.emit, entity_page.emit,
    knowledge_json.emit, stylesheet.emit,
)


def emit_all(ctx: Context) -> dict[str, str]:
    files: dict[str, str] = {}
    for emitter in EMITTERS:
        for output in emitter(ctx):
            if output.path in files:
                raise ValueError(f"two pages would be written to {output.path}")
            files[output.path] = output.content
    return files
