"""One page per entity: infobox, description, what the articles say, quotes, roles, quantities,
related entities and every article that mentions it."""
from __future__ import annotations

from ..graph import related
from ..render import Context

STATEMENTS_SHOWN = 50


def emit(ctx: Context):
    graph = ctx.graph
    for entity in ctx.mine(graph.entities.values()):
        mentions = graph.mentions_by_entity.get(entity.id, [])
        articles = [graph.articles[a] for a in dict.fromkeys(m.article_id for m in mentions)]
        # The page shows what the articles that mention the entity say: those are its inputs.
        inputs = [ctx.article_keys.get(a.id, "") for a in articles]
        yield ctx.page("entity.md.j2", ctx.entity_path(entity), inputs,
                       lambda entity=entity, mentions=mentions, articles=articles: _values(ctx, entity, mentions, articles))


def _values(ctx: Context, entity, mentions, articles) -> dict:
    graph = ctx.graph
    # One statement per sentence: a sentence naming the entity twice is said once. Newest first
    # (mentions come in article order), capped so that the pages of much-mentioned entities stay
    # a bounded size; "Mentioned in" still lists every article.
    statements = list({(m.article_id, m.paragraph, m.sentence): m for m in mentions}.values())
    return dict(entity=entity, entity_type=ctx.site.types[entity.type], articles=articles,
                statements=statements[:STATEMENTS_SHOWN], more_statements=max(0, len(statements) - STATEMENTS_SHOWN),
                roles=list(dict.fromkeys(r.role for r in graph.roles_by_entity.get(entity.id, []))),
                quotes=graph.quotes_by_speaker.get(entity.id, []),
                quantities=graph.quantities_by_entity.get(entity.id, []),
                related=related(graph, entity.id))
