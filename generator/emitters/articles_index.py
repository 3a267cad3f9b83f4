"""The list of all articles, newest first."""
from __future__ import annotations

from ..graph import article_order
from ..render import Context
from ..urls import ARTICLES_INDEX


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    articles = sorted(ctx.graph.articles.values(), key=article_order)
    yield ctx.render("articles_index.md.j2", ARTICLES_INDEX, articles=articles)
