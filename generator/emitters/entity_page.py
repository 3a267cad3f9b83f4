"""One page per entity: infobox, description, what the articles say, quotes, roles, quantities,
related entities and every article that mentions it."""
from __future__ import annotations

from ..render import Context

STATEMENTS_SHOWN = 50


def emit(ctx: Context):
    graph = ctx.graph
    for entity in ctx.mine(graph.entities.values()):
        mentions = graph.mentions_by_entity.get(entity.id, [])
        # One statement per sentence: a sentence naming the entity twice is said once.
        statements = list({(m.article_id, m.paragraph, m.sentence): m for m in mentions}.values())
        # Newest first (mentions come in article order); capped so that pages of much-mentioned
        # entities stay a bounded size. "Mentioned in" still lists every article.
        roles = list(dict.fromkeys(r.role for r in graph.roles_by_entity.get(entity.id, [])))
        articles = [graph.articles[a] for a in dict.fromkeys(m.article_id for m in mentions)]
        yield ctx.render(
            "entity.md.j2", ctx.entity_path(entity), entity=entity, entity_type=ctx.site.types[entity.type],
            statements=statements[:STATEMENTS_SHOWN], more_statements=max(0, len(statements) - STATEMENTS_SHOWN),
            roles=roles, articles=articles,
            quotes=graph.quotes_by_speaker.get(entity.id, []),
            quantities=graph.quantities_by_entity.get(entity.id, []),
            related=[(graph.entities[i], n) for i, n in graph.related.get(entity.id, [])])
