"""One page per article: the full text with mentions linked, paragraph anchors, and a box of the
entities it mentions grouped by type."""
from __future__ import annotations

from collections import defaultdict

from ..render import Context, linked_paragraph
from ..urls import article_path
from ..extract.dates import stated_dates
from .structured_data import article_data


def inputs(ctx: Context, article) -> list:
    """What the page shows: the article, what was extracted from it, and each entity it links."""
    extraction = ctx.graph.extractions[article.id]
    linked = dict.fromkeys([m.entity_id for m in extraction.mentions] +
                           [q.entity_id for q in extraction.quantities if q.entity_id])
    return [ctx.article_keys.get(article.id, ""), ctx.cited_key(article.id), [ctx.label(i) for i in linked]]


def emit(ctx: Context):
    for article in ctx.mine(ctx.graph.articles.values()):
        yield ctx.page("article.md.j2", article_path(article.id), lambda article=article: inputs(ctx, article),
                       lambda article=article: _values(ctx, article))


def _values(ctx: Context, article) -> dict:
    graph = ctx.graph
    page = article_path(article.id)
    extraction = graph.extractions[article.id]
    by_paragraph = defaultdict(list)
    for mention in extraction.mentions:
        by_paragraph[mention.paragraph].append(mention)
    paragraphs = [(p, linked_paragraph(ctx, page, p, by_paragraph[p.index])) for p in article.paragraphs]
    counts: dict[str, int] = defaultdict(int)
    for mention in extraction.mentions:
        counts[mention.entity_id] += 1
    groups = []
    for entity_type in ctx.site.settings.entity_types:
        members = sorted((graph.entities[i] for i in counts if graph.entities[i].type == entity_type.id),
                         key=lambda e: (-counts[e.id], e.name.casefold(), e.id))
        if members:
            groups.append((entity_type, [(ctx.to_entity(page, e), e) for e in members]))
    author = next((graph.entities[m.entity_id] for m in extraction.mentions
                   if graph.entities[m.entity_id].name == article.author), None)
    abouts = [graph.entities[q.entity_id] if q.entity_id else None for q in extraction.quantities]
    mentioned = sorted((graph.entities[i] for i in counts), key=lambda e: (-counts[e.id], e.name.casefold(), e.id))
    return dict(article=article, paragraphs=paragraphs, groups=groups, author=author, dates=_dates(article),
                structured_data=article_data(ctx, article, mentioned),
                quantities=[(q, about and ctx.to_entity(page, about), about)
                            for q, about in zip(extraction.quantities, abouts)])


def _dates(article) -> list[str]:
    """The dates the article states, each with the days it means when that is known: relative ones
    ("on Thursday") are read against the article's own date."""
    spans = stated_dates("\n".join(p.text for p in article.paragraphs if p.kind != "byline"), article.date)
    shown = {span.text: f"{span.text} ({span.label()})" for span in spans}
    return list(dict.fromkeys([*shown.values(), *(d for d in article.dates if d not in shown)]))
