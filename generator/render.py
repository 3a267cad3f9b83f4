"""Rendering helpers shared by the emitters: the template environment, and the few pieces of HTML
built in code (linked paragraphs). Every piece of article or knowledge-base text passes through
`escape`; pages put it inside raw HTML blocks, where Markdown does not read it."""
from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from .cache import fingerprint
from .config import Site
from .graph import related
from .model import Entity, KnowledgeGraph, Mention, Paragraph
from .urls import Urls, article_path, entity_articles_path, entity_path
from .writer import files_under


@dataclass(frozen=True)
class OutputFile:
    path: str  # relative to the docs folder, always "/"-separated
    # None: the page's inputs are unchanged, keep the file as it is; pieces of text in order: a file
    # too large to hold whole in memory (knowledge.json), written as they come
    content: str | Iterable[str] | None
    key: str | None = None  # the page's input key, when it has one


@dataclass
class Context:
    """What every emitter gets: the graph, the site settings and the template environment."""

    graph: KnowledgeGraph
    site: Site
    urls: Urls
    env: Environment
    article_keys: dict[str, str] = field(default_factory=dict)  # article id -> content key
    # article id -> key of what other pages cite from the article: its extraction, title and date,
    # and the paragraphs the extraction points into (see pipeline._extract_one)
    cited_keys: dict[str, str] = field(default_factory=dict)
    base_key: str = ""  # key of what every page depends on: the site settings
    previous_keys: dict[str, str] = field(default_factory=dict)  # page path -> input key last run
    previous_fragments: dict[str, bytes] = field(default_factory=dict)  # fragment key -> compressed text last run
    fragments: dict[str, bytes | None] = field(default_factory=dict)  # key -> compressed text made this run (None: reused)
    part: int = 0  # rendering is split into `parts` shards, one per process
    parts: int = 1
    settled: frozenset[str] = frozenset()  # pages no change since the last run touched: their keys stand
    _input_keys: dict[str, str] = field(default_factory=dict)
    _related: dict[str, list[tuple[Entity, int]]] = field(default_factory=dict)
    _existing: frozenset[str] | None = None

    def input_key(self, path: str, inputs: Callable[[], list]) -> str | None:
        """The key of what the page at `path` shows (keys of the articles, or the rows of data it
        lists), worked out once per run; None when nothing is cached."""
        if not self.article_keys:
            return None
        if path in self.settled:
            return self.previous_keys[path]
        if path not in self._input_keys:
            self._input_keys[path] = fingerprint((self.base_key, inputs()))
        return self._input_keys[path]

    def page(self, template: str, path: str, inputs: Callable[[], list], values: Callable[[], dict]) -> OutputFile:
        """A page rendered only if its inputs changed since the last run; `values` gathers what
        the template needs, and is not called otherwise."""
        return self.file(path, inputs, lambda: self.render(template, path, **values()).content)

    def file(self, path: str, inputs: Callable[[], list], make: Callable[[], str | Iterable[str]]) -> OutputFile:
        """A file made (by `make`) only if its inputs changed since the last run."""
        key = self.input_key(path, inputs)
        if key and self.previous_keys.get(path) == key and path in self.existing_files():
            return OutputFile(path, None, key)
        return OutputFile(path, make(), key)

    def existing_files(self) -> frozenset[str]:
        """The files in the docs folder, listed once: quicker than a look for each page."""
        if self._existing is None:
            self._existing = frozenset(files_under(self.site.docs_dir))
        return self._existing

    def fragment(self, key: str, make: Callable[[], str]) -> None:
        """A piece of a page built from many parts (one entity's record in knowledge.json), made
        again only if its input key changed since the last run. It is kept compressed
        (`fragment_text` reads it): the main process holds every one until the page is put
        together, which at 100,000 articles would otherwise be most of a gigabyte of text."""
        if key in self.previous_fragments:
            self.fragments[key] = None  # the parent process has it: only new text travels back
        else:
            self.fragments[key] = zlib.compress(make().encode(), 1)

    def mine(self, items):
        """This shard's share of the pages an emitter makes (single pages belong to shard 0)."""
        return list(items)[self.part::self.parts]

    def related(self, entity_id: str) -> list[tuple[Entity, int]]:
        """`graph.related`, once per entity and run (a page's key and its text both need it)."""
        if entity_id not in self._related:
            self._related[entity_id] = related(self.graph, entity_id)
        return self._related[entity_id]

    def label(self, entity_id: str) -> tuple[str, str, str]:
        """What a link to an entity shows of it: where it goes (id and type) and its name."""
        entity = self.graph.entities[entity_id]
        return entity.id, entity.type, entity.name

    def cited_key(self, article_id: str) -> str:
        return self.cited_keys.get(article_id, "")

    def entity_path(self, entity: Entity) -> str:
        return entity_path(self.site.types[entity.type], entity.id)

    def entity_articles_path(self, entity: Entity) -> str:
        return entity_articles_path(self.site.types[entity.type], entity.id)

    def to_entity(self, page: str, entity: Entity) -> str:
        return self.urls.href(page, self.entity_path(entity))

    def to_article(self, page: str, article_id: str, anchor: str | None = None) -> str:
        return self.urls.href(page, article_path(article_id), anchor)

    def to_page(self, page: str, path: str) -> str:
        return self.urls.href(page, path)

    def render(self, template: str, path: str, **values) -> OutputFile:
        text = self.env.get_template(template).render(page=path, ctx=self, **values)
        return OutputFile(path, text.rstrip("\n") + "\n")


def front_matter_value(text: str) -> Markup:
    """A YAML scalar for a page title or description. Material prints meta values into <head>
    and the header without escaping, so the value is HTML-escaped first; JSON quoting is valid
    YAML and keeps quotes, colons and newlines inert."""
    return Markup(json.dumps(str(escape(" ".join(text.split()))), ensure_ascii=False))


def safe_url(url: str | None) -> str | None:
    """Only http(s) URLs from article metadata become links."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def make_environment(compiled: Path | None = None) -> Environment:
    """The page templates' environment; `compiled`: a folder that keeps them compiled between runs
    (Jinja checks each against its source)."""
    env = Environment(loader=PackageLoader("generator", "templates"), autoescape=True,
                      bytecode_cache=FileSystemBytecodeCache(str(compiled)) if compiled else None,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["yaml"] = front_matter_value
    env.filters["safe_url"] = safe_url
    return env


def link(href: str, text: str, css: str = "") -> Markup:
    cls = f' class="{escape(css)}"' if css else ""
    return Markup(f'<a href="{escape(href)}"{cls}>{escape(text)}</a>')


def linked_paragraph(ctx: Context, page: str, paragraph: Paragraph, mentions: list[Mention]) -> Markup:
    """The paragraph's text, escaped, with the first mention of each entity linked to its page."""
    parts: list[Markup] = []
    cursor = 0
    linked: set[str] = set()
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.entity_id in linked or mention.start < cursor:
            continue
        entity = ctx.graph.entities[mention.entity_id]
        parts.append(escape(paragraph.text[cursor:mention.start]))
        href = ctx.to_entity(page, entity)
        parts.append(link(href, paragraph.text[mention.start:mention.end], f"kb-{entity.type}"))
        linked.add(mention.entity_id)
        cursor = mention.end
    parts.append(escape(paragraph.text[cursor:]))
    return Markup("".join(parts))  # every part is escaped already
