"""The home page: what the site covers, counts, latest articles."""
from __future__ import annotations

from ..graph import article_order
from ..render import Context
from ..urls import HOME


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    graph = ctx.graph
    counts = [(t, sum(1 for e in graph.entities.values() if e.type == t.id)) for t in ctx.site.settings.entity_types]
    latest = sorted(graph.articles.values(), key=article_order)[: ctx.site.settings.latest_articles]
    yield ctx.render("home.md.j2", HOME, counts=counts, latest=latest, total=len(graph.articles))
