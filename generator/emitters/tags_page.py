"""The tags index: the engine's tags plugin (Material's, or Zensical's, which reads the same
settings) lists every tag given in the articles' front matter under its marker on this page."""
from __future__ import annotations

from ..render import Context

PAGE = "tags.md"


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    count = sum(1 for a in ctx.graph.articles.values() if a.tags)
    yield ctx.page("tags.md.j2", PAGE, lambda: [bool(count)], lambda: dict(count=count))
