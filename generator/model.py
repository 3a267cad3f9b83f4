"""The typed model every stage passes on: articles in, a knowledge graph out."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

ParagraphKind = Literal["standfirst", "body", "byline", "credit"]


class Paragraph(NamedTuple):
    """One paragraph of an article, verbatim; `anchor` is stable across builds. (A named tuple, like
    the mentions below: there are many, and they are read back from the cache after every edit.)"""

    index: int
    anchor: str
    text: str
    line: int
    kind: ParagraphKind = "body"


@dataclass(frozen=True)
class Article:
    id: str
    source: str  # path relative to the content folder, for messages and provenance
    title: str
    paragraphs: tuple[Paragraph, ...]
    author: str | None = None
    author_role: str | None = None
    outlet: str | None = None
    image_credit: str | None = None
    date: str | None = None  # ISO date, from front matter or the text
    dates: tuple[str, ...] = ()  # dates as the text states them
    source_url: str | None = None
    tags: tuple[str, ...] = ()

    def excerpt(self, paragraph: int, start: int, end: int) -> str:
        return self.paragraphs[paragraph].text[start:end]

    @property
    def standfirst(self) -> Paragraph | None:
        return next((p for p in self.paragraphs if p.kind == "standfirst"), None)


@dataclass(frozen=True)
class Provenance:
    """How a discovered entity was found: the rule and the sentence it fired on."""

    pattern: str
    sentence: str
    article_id: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    fields: tuple[tuple[str, str], ...] = ()  # ordered (key, value) pairs, e.g. ("role", "...")
    discovered: bool = False
    provenance: Provenance | None = None
    source: str | None = None  # "file:line" of a curated entry

    def field(self, key: str) -> str | None:
        return dict(self.fields).get(key)


# Mentions, quotes, roles and quantities are many (hundreds of thousands, read back from the cache
# after every edit): named tuples load and read about twice as fast as frozen dataclasses, same repr.
class Mention(NamedTuple):
    entity_id: str
    article_id: str
    paragraph: int  # Paragraph.index
    start: int  # character offsets in the paragraph text
    end: int
    sentence_start: int  # the sentence it stands in, by offsets in the paragraph text
    sentence_end: int


class Quote(NamedTuple):
    speaker_id: str
    text: str
    article_id: str
    paragraph: int


class Role(NamedTuple):
    entity_id: str
    role: str
    article_id: str
    paragraph: int


class Quantity(NamedTuple):
    entity_id: str | None
    phrase: str  # as stated: "twelve Su-35 air superiority fighters"
    amount: int | None
    article_id: str
    paragraph: int


@dataclass(frozen=True)
class Extraction:
    """Everything found in one article."""

    article_id: str
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    roles: tuple[Role, ...] = ()
    quantities: tuple[Quantity, ...] = ()


@dataclass
class KnowledgeGraph:
    """All articles and entities, merged; lookups are precomputed for the emitters."""

    articles: dict[str, Article]
    entities: dict[str, Entity]
    extractions: dict[str, Extraction]
    mentions_by_entity: dict[str, list[Mention]] = field(default_factory=dict)
    quotes_by_speaker: dict[str, list[Quote]] = field(default_factory=dict)
    roles_by_entity: dict[str, list[Role]] = field(default_factory=dict)
    quantities_by_entity: dict[str, list[Quantity]] = field(default_factory=dict)
    present: dict[str, frozenset[str]] = field(default_factory=dict)  # article id -> entities it mentions
    articles_by_entity: dict[str, list[str]] = field(default_factory=dict)  # entity id -> ids of articles naming it
