"""Extraction: from one article and the known entities, its mentions, roles, quotes and quantities."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Article, Extraction, Mention, Quantity, Quote, Role
from .matcher import Matcher, changed_forms
from .quantities import find_quantities
from .quotes import Person, find_quotes
from .roles import appositive_after, title_before
from .text import Sentences, matchable, normalise, sentence_around, word_finder

__all__ = ["Matcher", "articles_holding", "changed_forms", "extract"]


def articles_holding(articles: dict[str, Article], forms: list[str]) -> set[str]:
    """The ids of the articles whose text, as the matcher reads it, holds one of `forms`."""
    if not forms:
        return set()
    automaton = word_finder(tuple(forms))
    return {article_id for article_id, article in articles.items()
            if next(automaton.iter(matchable("\n".join(p.text for p in article.paragraphs))), None) is not None}


def extract(article: Article, matcher: Matcher) -> Extraction:
    entities = matcher.entities
    demonyms = matcher.demonyms
    normalised = [normalise(p.text) for p in article.paragraphs]
    found = matcher.find(normalised)
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    roles: list[Role] = []
    quantities: list[Quantity] = []
    previous_speaker: str | None = None
    last_person: str | None = None
    for paragraph, norm, matches in zip(article.paragraphs, normalised, found):
        sentences = Sentences(norm.text)
        people: list[Person] = []
        for match in matches:
            start, end = norm.span(match.start, match.end)
            mentions.append(Mention(match.entity_id, article.id, paragraph.index, start, end,
                                    *sentence_around(paragraph.text, norm, sentences, match.start)))
            if entities[match.entity_id].type != "person":
                continue
            people.append(Person(match.entity_id, match.start, match.end))
            for role in (title_before(norm.text, match.start), appositive_after(norm.text, match.end)):
                if role:
                    roles.append(Role(match.entity_id, role, article.id, paragraph.index))
            if paragraph.kind == "byline" and article.author_role and match.start == 0:
                roles.append(Role(match.entity_id, article.author_role, article.id, paragraph.index))
        for quote in find_quotes(norm.text, people, sentences, previous_speaker, last_person):
            text = paragraph.text[slice(*norm.span(quote.start, quote.end))].strip().rstrip(",")
            quotes.append(Quote(quote.speaker_id, text, article.id, paragraph.index))
        previous_speaker = quotes[-1].speaker_id if quotes and quotes[-1].paragraph == paragraph.index else None
        last_person = people[-1].entity_id if people else last_person
        starts = [m.start for m in matches]
        for quantity in find_quantities(norm.text):
            first = bisect_left(starts, quantity.start)
            inside = [m.entity_id for m in matches[first:bisect_left(starts, quantity.end)]
                      if entities[m.entity_id].type in ("equipment", "event")]
            phrase = norm.text[quantity.start:quantity.end]
            place = next((demonyms[w] for w in re.findall(r"[\w-]+", phrase) if w in demonyms), None)
            quantities.append(Quantity(inside[0] if inside else place,
                                       paragraph.text[slice(*norm.span(quantity.start, quantity.end))],
                                       quantity.amount, article.id, paragraph.index))
    return Extraction(article.id, tuple(mentions), tuple(quotes), tuple(dict.fromkeys(roles)), tuple(quantities))
