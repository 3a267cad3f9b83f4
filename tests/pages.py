"""Reading built pages the way a browser's parser sees them (stdlib html.parser)."""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
import re
from urllib.parse import urljoin, urlsplit


@dataclass
class Page:
    path: Path
    url: str  # site-relative URL of the page, e.g. "articles/x/"
    elements: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    text_parts: list[str] = field(default_factory=list)
    content_parts: list[str] = field(default_factory=list)  # text inside <article>, the page body

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())

    @property
    def content(self) -> str:
        return " ".join("".join(self.content_parts).split())

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if a.get("id")}

    def links(self) -> list[str]:
        """Every href on the page, resolved to a site-relative URL (with its #fragment)."""
        return [resolve(self.url, a["href"]) for tag, a in self.elements if tag == "a" and a.get("href")]


def resolve(page_url: str, href: str) -> str:
    """`href` on the page at `page_url`, as a site-relative URL; a relative link that climbs above
    the site's root (which a browser would clamp, and which breaks a site served under a path)
    resolves to "../" and so to no page."""
    path = urlsplit(href).path
    if path and not path.startswith("/") and "://" not in href:
        depth = page_url.count("/")  # folders the page's URL is in
        for part in path.split("/")[:-1]:
            depth += -1 if part == ".." else part not in ("", ".")
            if depth < 0:
                return "../"
    absolute = urljoin("http://site.invalid/" + page_url, href)
    parts = urlsplit(absolute)
    if parts.netloc != "site.invalid":
        return absolute
    return parts.path.lstrip("/") + (f"#{parts.fragment}" if parts.fragment else "")


class _Parser(HTMLParser):
    def __init__(self, page: Page):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.skip = 0
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        self.page.elements.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "article":
            self.in_article += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag == "article" and self.in_article:
            self.in_article -= 1

    def handle_data(self, data):
        if not self.skip:
            self.page.text_parts.append(data)
            if self.in_article:
                self.page.content_parts.append(data)


def read_page(site: Path, url: str) -> Page:
    path = site / url / "index.html" if url.endswith("/") or url == "" else site / url
    page = Page(path, url)
    _Parser(page).feed(path.read_text(encoding="utf-8"))
    return page


def all_pages(site: Path) -> list[Page]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        url = relative[: -len("index.html")] if relative.endswith("index.html") else relative
        pages.append(read_page(site, url))
    return pages


def markup_of(site: Path) -> tuple[set[str], set[str], set[str]]:
    """Tags, attribute names and link schemes used anywhere in the site's HTML."""
    tags, attributes, schemes = set(), set(), set()
    for page in all_pages(site):
        for tag, attrs in page.elements:
            tags.add(tag)
            attributes.update(attrs)
            for name in ("href", "src", "action", "formaction", "xlink:href"):
                match = re.match(r"\s*([a-zA-Z][\w+.-]*):", attrs.get(name) or "")
                if match:
                    schemes.add(match.group(1).lower())
    return tags, attributes, schemes


def broken_links(site: Path) -> list[tuple[str, str]]:
    """Every internal link or anchor in the built site that leads nowhere, as (page, link)."""
    pages = {page.url: page for page in all_pages(site)}
    broken = []
    for page in pages.values():
        if page.url == "404.html":
            continue  # served at any depth, so it links by absolute URL from site_url
        for link in page.links():
            if "://" in link or link.startswith(("mailto:", "javascript:")):
                continue
            target, _, anchor = link.partition("#")
            if target.endswith((".css", ".js", ".json", ".xml", ".png", ".svg", ".ico")) or "assets/" in target:
                if not (site / target).exists():
                    broken.append((page.url, link))
            elif target not in pages or (anchor and anchor not in pages[target].ids()):
                broken.append((page.url, link))
    return broken
