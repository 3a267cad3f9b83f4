"""One page per entity: infobox, description, what the articles say, quotes, roles, quantities,
related entities and the articles that mention it (the newest, when they are many: see
entity_articles)."""
from __future__ import annotations

from typing import NamedTuple

from ..model import Entity
from ..render import Context
from . import knowledge_json
from .structured_data import entity_data
from .timeline import event_dates

SHOWN = 50  # statements, quotes and figures per page: the newest (for "Mentioned in", see mentions_shown)


def sources(ctx: Context, entity: Entity) -> list[str]:
    """The articles an entity's page (and record) draws on: those that name it, and those that
    give it a figure through a demonym ("Belarusian troops")."""
    graph = ctx.graph
    found = dict.fromkeys(graph.articles_by_entity.get(entity.id, []))
    found.update(dict.fromkeys(q.article_id for q in graph.quantities_by_entity.get(entity.id, [])))
    if entity.provenance:  # the article it was discovered in, whose title the page shows
        found[entity.provenance.article_id] = None
    return list(found)


def inputs(ctx: Context, entity: Entity) -> list:
    """What the page shows: the entity, its source articles, and the entities it links as related."""
    return [entity, [ctx.cited_key(a) for a in sources(ctx, entity)],
            [(ctx.label(other.id), count) for other, count in ctx.related(entity.id)]]


def emit(ctx: Context):
    graph = ctx.graph
    for entity in ctx.mine(graph.entities.values()):
        page = ctx.page("entity.md.j2", ctx.entity_path(entity), lambda entity=entity: inputs(ctx, entity),
                        lambda entity=entity: _values(ctx, entity))
        knowledge_json.make_record(ctx, entity, page.key)
        yield page


class Source(NamedTuple):
    """Where a statement, quote or figure comes from: a link to its paragraph."""

    href: str
    title: str
    number: int  # the paragraph's number, from 1


def _values(ctx: Context, entity) -> dict:
    """What the template shows, with every link worked out here: calls from inside a template
    loop cost several times as much, and these lists are long."""
    graph = ctx.graph
    page = ctx.entity_path(entity)

    def source(article_id: str, paragraph: int) -> Source:
        article = graph.articles[article_id]
        return Source(ctx.to_article(page, article_id, article.paragraphs[paragraph].anchor), article.title,
                      paragraph + 1)

    mentions = graph.mentions_by_entity.get(entity.id, [])
    # One statement per sentence: a sentence naming the entity twice is said once. Newest first
    # (everything comes in article order), capped so that the pages of much-mentioned entities
    # stay a bounded size.
    statements = list({(m.article_id, m.paragraph, m.sentence_start): m for m in mentions}.values())
    quotes = graph.quotes_by_speaker.get(entity.id, [])
    quantities = graph.quantities_by_entity.get(entity.id, [])
    named_in = graph.articles_by_entity.get(entity.id, [])
    shown = ctx.site.settings.mentions_shown
    roles = list(dict.fromkeys(r.role for r in graph.roles_by_entity.get(entity.id, [])))
    dated = sorted(d for d in (graph.articles[a].date for a in named_in) if d)
    return dict(structured_data=entity_data(ctx, entity, roles),
                first_last=(dated[0], dated[-1]) if dated else None,
                when=event_dates(ctx, entity) if entity.type == "event" else None,entity=entity, entity_type=ctx.site.types[entity.type],
                articles=[(ctx.to_article(page, a), graph.articles[a]) for a in named_in[:shown]],
                article_count=len(named_in),
                all_articles=ctx.to_page(page, ctx.entity_articles_path(entity))
                if len(named_in) > shown else None,
                statements=[(graph.articles[m.article_id].excerpt(m.paragraph, m.sentence_start, m.sentence_end),
                             source(m.article_id, m.paragraph)) for m in statements[:SHOWN]],
                more_statements=max(0, len(statements) - SHOWN),
                roles=roles,
                quotes=[(q.text, source(q.article_id, q.paragraph)) for q in quotes[:SHOWN]],
                more_quotes=max(0, len(quotes) - SHOWN),
                quantities=[(q.phrase, source(q.article_id, q.paragraph)) for q in quantities[:SHOWN]],
                more_quantities=max(0, len(quantities) - SHOWN),
                related=[(ctx.to_entity(page, other), other, count) for other, count in ctx.related(entity.id)])
