"""A page for each much-mentioned entity that lists every article mentioning it, by year; the
entity's own page lists the newest few (`mentions_shown` in the settings) and links here."""
from __future__ import annotations

from ..graph import by_year
from ..render import Context


def emit(ctx: Context):
    graph, shown = ctx.graph, ctx.site.settings.mentions_shown
    for entity in ctx.mine(e for e in graph.entities.values() if len(graph.articles_by_entity.get(e.id, [])) > shown):
        articles = [graph.articles[a] for a in graph.articles_by_entity[entity.id]]
        # The page shows what the entity's own page shows of it and of its articles (names, titles
        # and dates), so it is settled whenever that page is (pipeline._settled).
        yield ctx.page("entity_articles.md.j2", ctx.entity_articles_path(entity),
                       lambda entity=entity, articles=articles: [ctx.label(entity.id),
                                                                 [(a.id, a.title, a.date) for a in articles]],
                       lambda entity=entity, articles=articles: dict(entity=entity, count=len(articles),
                                                                     years=by_year(articles)))
