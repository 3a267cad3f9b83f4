"""One index page per entity type: the sidebar lists these, never every entity."""
from __future__ import annotations

import unicodedata

from ..render import Context
from ..urls import type_index_path

GROUPED_FROM = 60  # members; a shorter list stays one table


def emit(ctx: Context):
    graph = ctx.graph
    for entity_type in ctx.mine(ctx.site.settings.entity_types):
        members = sorted((e for e in graph.entities.values() if e.type == entity_type.id),
                         key=lambda e: (e.name.casefold(), e.id))
        counts = {e.id: len(graph.articles_by_entity.get(e.id, [])) for e in members}
        roles = {e.id: next((r.role for r in graph.roles_by_entity.get(e.id, [])), None) for e in members}
        # The table shows each member's name, aliases, role or category and article count.
        rows = [(e.id, e.name, e.discovered, e.aliases, e.field("role") or e.field("category") or roles[e.id],
                 counts[e.id]) for e in members]
        # A long list is split under a heading per initial, which the page's table of contents lists.
        groups: dict[str | None, list] = {}
        for entity in members:
            groups.setdefault(initial(entity.name) if len(members) > GROUPED_FROM else None, []).append(entity)
        values = dict(entity_type=entity_type, count=len(members), groups=list(groups.items()), counts=counts,
                      roles=roles)
        yield ctx.page("type_index.md.j2", type_index_path(entity_type), lambda rows=rows: rows,
                       lambda values=values: values)


def initial(name: str) -> str:
    """The heading a name is listed under: its first letter without accents ("Ö" under "O")."""
    first = unicodedata.normalize("NFKD", name[:1].upper())[:1]
    return first if first.isalpha() else "0–9"
