"""Merges per-article extractions into one knowledge graph with the lookups pages need."""
from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from itertools import groupby

from .model import Article, Entity, Extraction, KnowledgeGraph

RELATED_LIMIT = 12


def article_order(article: Article) -> tuple:
    """Newest first; undated articles after dated ones, then by title and id for stability."""
    return (article.date is None, "" if article.date is None else _invert(article.date), article.title, article.id)


def by_year(articles: list[Article]) -> list[tuple[str | None, list[Article]]]:
    """Articles in `article_order`, grouped by the year of their date (None: undated, last)."""
    return [(year, list(group)) for year, group in groupby(articles, key=lambda a: a.date[:4] if a.date else None)]


def _invert(date: str) -> str:
    return "".join(chr(0x7F - ord(c)) for c in date)


def build_graph(articles: dict[str, Article], entities: dict[str, Entity],
                extractions: dict[str, Extraction]) -> KnowledgeGraph:
    mentions, quotes, roles, quantities, named_in = (defaultdict(list) for _ in range(5))
    present: dict[str, frozenset[str]] = {}
    rank = {a.id: i for i, a in enumerate(sorted(articles.values(), key=article_order))}
    for article_id in sorted(extractions, key=rank.__getitem__):
        extraction = extractions[article_id]
        for mention in extraction.mentions:
            mentions[mention.entity_id].append(mention)
        present[article_id] = frozenset(m.entity_id for m in extraction.mentions)
        for entity_id in present[article_id]:
            named_in[entity_id].append(article_id)
        for quote in extraction.quotes:
            quotes[quote.speaker_id].append(quote)
        for role in extraction.roles:
            roles[role.entity_id].append(role)
        for quantity in extraction.quantities:
            if quantity.entity_id:
                quantities[quantity.entity_id].append(quantity)
    return KnowledgeGraph(
        articles=articles, entities=entities, extractions=extractions,
        mentions_by_entity=dict(mentions), quotes_by_speaker=dict(quotes), roles_by_entity=dict(roles),
        quantities_by_entity=dict(quantities),
        present={i: present[i] for i in extractions}, articles_by_entity=dict(named_in),
    )


def related(graph: KnowledgeGraph, entity_id: str) -> list[tuple[Entity, int]]:
    """The entities mentioned in the same articles, most often together first (computed per page,
    as only the pages being rendered need it)."""
    together: Counter[str] = Counter()
    for article_id in graph.articles_by_entity.get(entity_id, []):
        together.update(graph.present[article_id])
    del together[entity_id]  # (Counter: no error if absent)
    # Only entities as frequent as the last one shown can be shown: rank those alone.
    cutoff = heapq.nlargest(RELATED_LIMIT, together.values())[-1] if together else 0
    ranked = sorted(((i, n) for i, n in together.items() if n >= cutoff),
                    key=lambda kv: (-kv[1], graph.entities[kv[0]].name.casefold(), kv[0]))
    return [(graph.entities[i], n) for i, n in ranked[:RELATED_LIMIT]]
