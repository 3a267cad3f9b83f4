"""The relationship graph: a page that draws the most-mentioned entities and how often they appear
together (assets/graph.js, with d3-force vendored), from graph.json, which only that page loads.
Each entity's own page draws its neighbourhood from its "Related" list (no data file)."""
from __future__ import annotations

from collections import Counter
from itertools import combinations

from ..render import Context
from ..urls import HOME
from .knowledge_json import inert_json

PAGE = "graph.md"
DATA = "graph.json"
NODES = 300  # the most-mentioned entities drawn: a picture of thousands is no picture
LINKS_PER_NODE = 6  # each node keeps its strongest links


def graph_data(ctx: Context) -> dict:
    graph = ctx.graph
    counts = {i: len(graph.articles_by_entity.get(i, ())) for i in graph.entities}
    top = sorted((i for i, n in counts.items() if n), key=lambda i: (-counts[i], graph.entities[i].name.casefold(), i))
    number = {entity_id: n for n, entity_id in enumerate(top[:NODES])}
    shown = frozenset(number)
    together: Counter[tuple[int, int]] = Counter()
    for present in graph.present.values():
        drawn = present & shown  # (a set intersection: most of an article's entities are not drawn)
        if len(drawn) > 1:
            together.update(combinations(sorted(number[i] for i in drawn), 2))
    links: dict[int, list[tuple[int, tuple[int, int]]]] = {}
    for pair, weight in together.items():
        for node in pair:
            links.setdefault(node, []).append((-weight, pair))
    strongest = {pair for mine in links.values() for _, pair in sorted(mine)[:LINKS_PER_NODE]}
    entities = [graph.entities[i] for i in number]
    return {"types": [{"id": t.id, "label": t.label} for t in ctx.site.settings.entity_types],
            "nodes": [{"id": e.id, "name": e.name, "type": e.type, "url": ctx.urls.url(ctx.entity_path(e)),
                       "articles": counts[e.id]} for e in entities],
            "links": [[a, b, together[a, b]] for a, b in sorted(strongest)]}


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    data = graph_data(ctx)
    yield ctx.file(DATA, lambda: [data], lambda: inert_json(data) + "\n")
    # The same links as text, for keyboards, screen readers and pages without JavaScript.
    nodes = [ctx.graph.entities[n["id"]] for n in data["nodes"]]
    neighbours: dict[int, list[tuple[int, int]]] = {}
    for a, b, weight in data["links"]:
        neighbours.setdefault(a, []).append((b, weight))
        neighbours.setdefault(b, []).append((a, weight))
    rows = [(ctx.to_entity(PAGE, e), e, [(ctx.to_entity(PAGE, nodes[m]), nodes[m], weight) for m, weight in
                                         sorted(neighbours.get(n, []), key=lambda mw: (-mw[1], nodes[mw[0]].name))])
            for n, e in enumerate(nodes)]
    yield ctx.page("graph.md.j2", PAGE, lambda: [data, len(ctx.graph.entities)], lambda: dict(
        shown=len(nodes), total=len(ctx.graph.entities), rows=rows,
        data=ctx.urls.href(PAGE, DATA, as_is=True), root=ctx.urls.href(PAGE, HOME, as_is=True)))
