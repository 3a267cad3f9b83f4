"""Merges per-article extractions into one knowledge graph with the lookups pages need."""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from .model import Article, Entity, Extraction, KnowledgeGraph

RELATED_LIMIT = 12


def article_order(article: Article) -> tuple:
    """Newest first; undated articles after dated ones, then by title and id for stability."""
    return (article.date is None, "" if article.date is None else _invert(article.date), article.title, article.id)


def _invert(date: str) -> str:
    return "".join(chr(0x7F - ord(c)) for c in date)


def build_graph(articles: dict[str, Article], entities: dict[str, Entity],
                extractions: dict[str, Extraction]) -> KnowledgeGraph:
    mentions, quotes, roles, quantities = (defaultdict(list) for _ in range(4))
    together: Counter[tuple[str, str]] = Counter()
    rank = {a.id: i for i, a in enumerate(sorted(articles.values(), key=article_order))}
    for article_id in sorted(extractions, key=rank.__getitem__):
        extraction = extractions[article_id]
        for mention in extraction.mentions:
            mentions[mention.entity_id].append(mention)
        for quote in extraction.quotes:
            quotes[quote.speaker_id].append(quote)
        for role in extraction.roles:
            roles[role.entity_id].append(role)
        for quantity in extraction.quantities:
            if quantity.entity_id:
                quantities[quantity.entity_id].append(quantity)
        present = sorted({m.entity_id for m in extraction.mentions})
        together.update(combinations(present, 2))
    related: dict[str, Counter[str]] = defaultdict(Counter)
    for (a, b), count in together.items():
        related[a][b] += count
        related[b][a] += count
    return KnowledgeGraph(
        articles=articles, entities=entities, extractions=extractions,
        mentions_by_entity=dict(mentions), quotes_by_speaker=dict(quotes), roles_by_entity=dict(roles),
        quantities_by_entity=dict(quantities),
        related={e: sorted(c.items(), key=lambda kv: (-kv[1], entities[kv[0]].name.casefold(), kv[0]))[:RELATED_LIMIT]
                 for e, c in related.items()},
    )
