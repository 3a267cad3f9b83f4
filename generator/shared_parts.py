"""Parts of Material's page template that come out the same on thousands of pages, drawn once.

Article and entity pages are not in the nav. On such pages Material's nav, settings
script and header differ only by the links they make, which depend on the page's folder and
depth, and (the header) by the page's title. The overrides in generator/theme/ wrap those parts
in `{% call knowledge_shared_html(...) %}`; this draws each once per kind of page and reuses it.
tests/test_theme.py checks that every page comes out byte for byte as Material draws it."""
from __future__ import annotations

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.utils import normalize_url

# Stands for the page title while a header is drawn to be shared; replaced by each page's own.
_TITLE = "KNOWLEDGE-SHARED-PAGE-TITLE"


class SharedParts:
    def __init__(self, env: Environment, features: list[str]):
        self._integrated_toc = "toc.integrate" in features  # then the nav holds the page's own contents
        self._drawn: dict[tuple, Markup] = {}
        self._title = env.from_string("{{ title }}")  # the title as the theme's templates print it

    def __call__(self, name: str, page, base_url: str, nav, caller, with_title: bool = False) -> Markup:
        """`caller()` (the part as Material draws it), or the same part drawn for an earlier page
        in the same folder at the same depth, whose links to the nav's pages read the same.
        Pages in the nav (their item is active) draw their own."""
        title = page.meta.get("title") if page is not None else None
        if page is None or page.file.inclusion.is_in_nav() or self._integrated_toc or (
                with_title and (not isinstance(title, str) or _TITLE in title)):
            return caller()
        folder = page.url.rstrip("/").rpartition("/")[0]
        key = (name, base_url, folder, tuple(normalize_url(p.url, page=page, base=base_url) for p in nav.pages))
        if key not in self._drawn:
            if with_title:
                page.meta["title"] = _TITLE
            try:
                self._drawn[key] = caller()
            finally:
                if with_title:
                    page.meta["title"] = title
        part = self._drawn[key]
        return Markup(part.replace(_TITLE, self._title.render(title=title))) if with_title else part
