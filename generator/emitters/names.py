"""Names A–Z: every entity's name and other names in one alphabet, each leading to its page. A
long list is split into a page per initial, so that no page grows with the corpus as a whole."""
from __future__ import annotations

from ..render import Context
from ..urls import slug
from .type_index import initial

INDEX = "names/index.md"
ONE_PAGE_UP_TO = 2000  # names; more get a page per initial


def anchor(letter: str) -> str:
    return slug(letter) or "other"


def emit(ctx: Context):
    entities = ctx.graph.entities
    entries = sorted(((name, e.id) for e in entities.values() for name in dict.fromkeys((e.name, *e.aliases))),
                     key=lambda row: (row[0].casefold(), row[0], row[1]))
    groups: dict[str, list[tuple[str, str]]] = {}
    for row in entries:
        groups.setdefault(initial(row[0]), []).append(row)
    split = len(entries) > ONE_PAGE_UP_TO
    pages = [(INDEX, None)] + ([(f"names/{anchor(g)}.md", g) for g in groups] if split else [])
    for path, letter in ctx.mine(pages):
        shown = {letter: groups[letter]} if letter else ({} if split else groups)
        inputs = [split, [(g, len(rows)) for g, rows in groups.items()],
                  [(g, [(name, ctx.label(entity_id)) for name, entity_id in rows]) for g, rows in shown.items()]]
        yield ctx.page("names.md.j2", path, lambda inputs=inputs: inputs,
                       lambda path=path, letter=letter, shown=shown: dict(
                           letter=letter, total=len(entries),
                           letters=[(g, ctx.to_page(path, f"names/{anchor(g)}.md") if split else f"#{anchor(g)}")
                                    for g in groups],
                           groups=[(g, anchor(g), [_row(ctx, path, name, entities[entity_id]) for name, entity_id in rows])
                                   for g, rows in shown.items()]))


def _row(ctx: Context, page: str, name: str, entity) -> tuple:
    return name, ctx.to_entity(page, entity), entity.type, entity.name, ctx.site.types[entity.type].singular
