"""A URL for every other name of an entity: `equipment/<alias>/` leads to the entity's page.
The stubs are plain HTML files in the docs folder, which every engine copies as they are (no
plugin); a name two entities share gets a short page that lists both instead of a redirect."""
from __future__ import annotations

from markupsafe import escape

from ..model import Entity
from ..render import Context
from ..urls import slug

RESERVED = {"index", "articles", "assets", "pagefind"}  # URLs the site's own pages or files take


def other_names(entity: Entity) -> list[str]:
    """The names an entity is known by besides the one its URL is made of."""
    return [n for n in dict.fromkeys((entity.name, *entity.aliases)) if slug(n) != entity.id]


def redirect_targets(ctx: Context) -> dict[tuple[str, str], list[tuple[str, Entity]]]:
    """(folder, slug) -> the entities (and the name) a redirect at that URL leads to; never a URL
    that a page of the site has."""
    taken = {(ctx.site.types[e.type].folder, e.id) for e in ctx.graph.entities.values()}
    targets: dict[tuple[str, str], list[tuple[str, Entity]]] = {}
    for entity in ctx.graph.entities.values():
        folder = ctx.site.types[entity.type].folder
        for name in other_names(entity):
            word = slug(name)
            if word and word not in RESERVED and (folder, word) not in taken:
                found = targets.setdefault((folder, word), [])
                if all(other.id != entity.id for _, other in found):
                    found.append((name, entity))
    return targets


def emit(ctx: Context):
    targets = redirect_targets(ctx)
    for folder, word in ctx.mine(sorted(targets)):
        found = sorted(targets[folder, word], key=lambda pair: pair[1].id)
        page = f"{folder}/{word}.md"  # where a page of this name would be: links are made from there
        url = ctx.urls.url(page)
        path = f"{url}index.html" if url.endswith("/") else url
        rows = [(name, e.id, e.type, e.name) for name, e in found]
        yield ctx.file(path, lambda rows=rows: rows, lambda page=page, found=found: _stub(ctx, page, found))


def _stub(ctx: Context, page: str, found: list[tuple[str, Entity]]) -> str:
    head = ('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="robots" content="noindex">\n')
    if len(found) == 1:
        name, entity = found[0]
        href = escape(_href(ctx, page, entity))
        return (f"{head}<title>{escape(entity.name)}</title>\n<link rel=\"canonical\" href=\"{href}\">\n"
                f"<meta http-equiv=\"refresh\" content=\"0; url={href}\">\n</head>\n"
                f"<body data-pagefind-ignore=\"all\">\n<p>“{escape(name)}” is another name of "
                f"<a href=\"{href}\">{escape(entity.name)}</a>.</p>\n</body>\n</html>\n")
    items = "".join(f'<li><a href="{escape(_href(ctx, page, e))}">{escape(e.name)}</a></li>\n' for _, e in found)
    return (f"{head}<title>{escape(found[0][0])}: several pages</title>\n</head>\n"
            f"<body data-pagefind-ignore=\"all\">\n<p>“{escape(found[0][0])}” may mean:</p>\n<ul>\n{items}</ul>\n"
            "</body>\n</html>\n")


def _href(ctx: Context, page: str, entity: Entity) -> str:
    return ctx.urls.href(page, ctx.entity_path(entity), as_is=True)  # a stub is copied, never rewritten
