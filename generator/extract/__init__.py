"""Extraction: from one article and the known entities, its mentions, roles, quotes and quantities."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import partial
from types import MappingProxyType

from ..model import Article, Extraction, Mention, Quantity, Quote, Role
from .matcher import Matcher, changed_forms
from .quantities import find_quantities
from .quotes import (Context, Speaker, find_quotes, introduces_speech, left_open, pronoun_of_quote, pronoun_speaks, quoted_whole,
                     role_speaks, said_by_then, speaking_people, speech_goes_on, statement_maker, subjects)
from .roles import role_finder, stated_roles
from .text import Sentences, matchable, normalise, sentence_around, word_finder

__all__ = ["Matcher", "articles_holding", "changed_forms", "extract"]


# A line of capitalised words, numbers and marks only, with no sentence's end: "Ana Berg • 8 June 2023".
_NAMES_ONLY = re.compile(r"^(?:[A-Z][\w.'’-]*|[\d:/.,•·|–—-]+)(?:\s+(?:[A-Z][\w.'’-]*|[\d:/.,•·|–—-]+)){0,8}$")


# A picture's credit after a name ("... Ana Berg / AGENCY"): the photographer, whom no later "he" means.
_CREDITED = re.compile(r"\s?/\s?[A-Z]")
_AGENT = re.compile(r"\b[a-z]+ed\s+by\s+(?:[\w.-]+\s+){0,3}$")
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s$")  # "Ms X": whom a "she" may mean, never a "he"


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
    roles = stated_roles(article, normalised, found, entities)
    named = [entities[i] for i in dict.fromkeys(m.entity_id for matches in found for m in matches)]
    by_role = role_finder(roles, [e for e in named if e.type == "organization"],
                          [Role(e.id, e.field("role"), article.id, -1) for e in named
                           if e.type == "person" and e.field("role")])
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    quantities: list[Quantity] = []
    context = Context(by_role=by_role)
    carried: tuple[str, str, int] | None = None  # a quote left open and unattributed in the paragraph before
    introduced: str | None = None  # who the paragraph before has speak after a colon: "X said in his remarks:"
    open_speech: str | None = None  # whose quote the paragraph before left open
    unattributed: tuple[str, str, int] | None = None  # the paragraph before, one quote, whose speaker no one named
    pronoun_of: dict[str, str] = {}  # the pronoun each person was called by first ("Ms X", '"...," she said')
    earlier_people: tuple[str, ...] = ()  # the people of the paragraphs so far, nearest first
    for paragraph, norm, matches in zip(article.paragraphs, normalised, found):
        sentences = Sentences(norm.text)
        speakers: list[Speaker] = []
        for match in matches:
            start, end = norm.span(match.start, match.end)
            mentions.append(Mention(match.entity_id, article.id, paragraph.index, start, end,
                                    *sentence_around(paragraph.text, norm, sentences, match.start)))
            entity_type = entities[match.entity_id].type
            if entity_type in ("person", "organization"):
                speakers.append(Speaker(match.entity_id, match.start, match.end, entity_type == "person"))
            if entity_type == "person" and (honorific := _HONORIFIC_BEFORE.search(norm.text, max(0, match.start - 6), match.start)):
                pronoun_of.setdefault(match.entity_id, "he" if honorific[1] == "Mr" else "she")
        context = replace(context, by_role=partial(by_role, upto=paragraph.index))  # (the titles stated so far)
        found_quotes = find_quotes(norm.text, speakers, sentences, context)
        if unattributed and (speaker := said_by_then(norm.text, speakers)):
            quotes.append(Quote(speaker, *unattributed))  # '"...".' then 'This was highlighted by X ...'
        whole = quoted_whole(norm.text) if not found_quotes else None
        unattributed = (paragraph.text[slice(*norm.span(*whole))].strip(), article.id, paragraph.index) if whole else None
        marked = any(m in norm.text for m in '"“”')  # (double quotation marks)
        unmarked = paragraph.kind == "body" and not found_quotes and not marked
        # (or a quote left open goes on without marks, in the first person: "But what I can tell you ...")
        going_on = unmarked and open_speech and speech_goes_on(norm.text)
        if unmarked and introduced or going_on:
            quotes.append(Quote(introduced or open_speech, paragraph.text.strip(), article.id, paragraph.index))  # his words, unmarked
        if carried and found_quotes and found_quotes[0].start <= 1:  # the speech goes on, and its speaker is named
            quotes.append(Quote(found_quotes[0].speaker_id, *carried))
        for quote in found_quotes:
            text = paragraph.text[slice(*norm.span(quote.start, quote.end))].strip().rstrip(",")
            quotes.append(Quote(quote.speaker_id, text, article.id, paragraph.index))
            if entities[quote.speaker_id].type == "person" and (pronoun := pronoun_of_quote(norm.text, quote.start, quote.end)):
                pronoun_of.setdefault(quote.speaker_id, pronoun)
        unclosed = left_open(norm.text)
        open_span = unclosed if unclosed and unclosed[0] <= 1 else None  # (a quote that opens the paragraph, unclosed)
        carried = (paragraph.text[slice(*norm.span(*open_span))].strip(), article.id, paragraph.index) \
            if open_span and not any(q.start == open_span[0] for q in found_quotes) else None
        by_title = role_speaks(norm.text, context)
        # (or whom the paragraph's quotes were given to by a title: '"...," the minister said')
        quoted = [q.speaker_id for q in found_quotes[-1:] if entities[q.speaker_id].type == "person"]
        speaking = speaking_people(norm.text, speakers) or ([by_title] if by_title else []) or quoted \
            or subjects(norm.text, speakers, sentences) \
            or ([context.last_person] if context.last_person and pronoun_speaks(norm.text) else [])
        credited = {s.entity_id for s in speakers if s.is_person and _CREDITED.match(norm.text, s.end)}
        speaking = [p for p in speaking if p not in credited]
        # (nor is one named as a passive's agent whom a later "he" means: "the jet, piloted by Lt X, crashed")
        agents = {s.entity_id for s in speakers if s.is_person and _AGENT.search(norm.text, max(0, s.start - 40), s.start)}
        people = speaking or [s.entity_id for s in speakers if s.is_person and s.entity_id not in credited | agents]
        if paragraph.kind in ("byline", "credit") or _NAMES_ONLY.match(norm.text):
            people = []  # a byline, or a line of names and dates, names its writer: no one a later "he said" means
        # (the body a later "it said" means: the one the paragraph's quotes were given to, else one named outside them;
        # not a body named inside its words, 'X said it was "disappointed by the Kest Ministry's decision"')
        quoting = [q.speaker_id for q in found_quotes if entities[q.speaker_id].type == "organization"]
        outside = [s.entity_id for s in speakers if not s.is_person
                   and not any(q.start <= s.start < q.end for q in found_quotes)]
        organizations = quoting[-1:] or outside
        if paragraph.kind not in ("byline", "credit"):  # (sentences' subjects first: "A met B." -> "she" is A, if not B)
            named = [*reversed(subjects(norm.text, speakers, sentences)), *(s.entity_id for s in reversed(speakers) if s.is_person)]
            earlier_people = tuple(dict.fromkeys([*named, *earlier_people]))[:8]
        # (a quote in double marks left open; not one in single marks, which may be an apostrophe)
        open_speech = found_quotes[-1].speaker_id if found_quotes and unclosed and marked \
            else open_speech if going_on else None
        introduced = speaking[-1] if speaking and introduces_speech(norm.text) else None
        context = Context(quotes[-1].speaker_id if quotes and quotes[-1].paragraph == paragraph.index else None,
                          people[-1] if people else context.last_person,
                          organizations[-1] if organizations else context.last_organization, by_role,
                          statement_maker(norm.text, speakers, len(norm.text), context),
                          speaking[-1] if speaking else None, norm.text.rstrip()[-1:].islower(),
                          earlier_people, MappingProxyType(pronoun_of))
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
