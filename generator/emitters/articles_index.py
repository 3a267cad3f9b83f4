"""The list of all articles, newest first."""
from __future__ import annotations

from ..graph import article_order, by_year
from ..render import Context
from ..urls import ARTICLES_INDEX


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    articles = sorted(ctx.graph.articles.values(), key=article_order)
    # The list shows titles, dates and authors: an edit to an article's text leaves it as it is.
    rows = [(a.id, a.title, a.date, a.author) for a in articles]
    # Grouped by year under headings, which the page's table of contents lists: a long list is
    # browsed by year. Undated articles come last.
    yield ctx.page("articles_index.md.j2", ARTICLES_INDEX, lambda: rows,
                   lambda: dict(count=len(articles), years=by_year(articles)))
