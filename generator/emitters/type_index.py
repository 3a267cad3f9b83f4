"""One index page per entity type: the sidebar lists these, never every entity."""
from __future__ import annotations

from ..render import Context
from ..urls import type_index_path


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
        yield ctx.page("type_index.md.j2", type_index_path(entity_type), lambda rows=rows: rows,
                       lambda entity_type=entity_type, members=members, counts=counts, roles=roles: dict(
                           entity_type=entity_type, members=members, counts=counts, roles=roles))
