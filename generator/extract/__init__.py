"""Extraction: from one article and the known entities, its mentions, roles, quotes and quantities."""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Article, Entity, Extraction, Mention, Quantity, Quote, Role
from .matcher import Match, Matcher, changed_forms
from .quantities import find_quantities
from .quotes import Context, Speaker, find_quotes, speaking_people, statement_maker
from .roles import appositive_after, title_before, title_before_comma
from .text import Normalised, Sentences, matchable, normalise, sentence_around, word_finder
from .vocabulary import COMPANY_NOUNS, COMPANY_SUFFIXES, COMPANY_WORDS, ORGANIZATION_NOUNS, is_title_word, title_noun

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
    roles = _roles(article, normalised, found, entities)
    named = [entities[i] for i in dict.fromkeys(m.entity_id for matches in found for m in matches)]
    by_role = _role_finder(roles, [e for e in named if e.type == "organization"],
                           [Role(e.id, e.field("role"), article.id, -1) for e in named
                            if e.type == "person" and e.field("role")])
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    quantities: list[Quantity] = []
    context = Context(by_role=by_role)
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
        for quote in find_quotes(norm.text, speakers, sentences, context):
            text = paragraph.text[slice(*norm.span(quote.start, quote.end))].strip().rstrip(",")
            quotes.append(Quote(quote.speaker_id, text, article.id, paragraph.index))
        people = speaking_people(norm.text, speakers) or [s.entity_id for s in speakers if s.is_person]
        organizations = [s.entity_id for s in speakers if not s.is_person]
        context = Context(quotes[-1].speaker_id if quotes and quotes[-1].paragraph == paragraph.index else None,
                          people[-1] if people else context.last_person,
                          organizations[-1] if organizations else context.last_organization, by_role,
                          statement_maker(norm.text, speakers, len(norm.text), context))
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


def _roles(article: Article, normalised: list[Normalised], found: list[list[Match]],
           entities: dict[str, Entity]) -> list[Role]:
    """The roles the article states for the people it names, in reading order."""
    roles: list[Role] = []
    for paragraph, norm, matches in zip(article.paragraphs, normalised, found):
        for match in matches:
            if entities[match.entity_id].type != "person":
                continue
            for role in (title_before(norm.text, match.start), title_before_comma(norm.text, match.start),
                         appositive_after(norm.text, match.end)):
                if role:
                    roles.append(Role(match.entity_id, role, article.id, paragraph.index))
            if paragraph.kind == "byline" and article.author_role and match.start == 0:
                roles.append(Role(match.entity_id, article.author_role, article.id, paragraph.index))
    return roles


def _role_finder(roles: list[Role], organizations: list[Entity], known_roles: list[Role]):
    """A function from a title ("minister") to the one person the article gives that title, if one
    does (the person whose role ends in it, else the only one whose role holds it; else the same
    by the roles other articles or the knowledge base gave the people it names), and from an
    organisation noun ("ministry") to the one organisation of the article so named."""
    def by_noun(stated: list[Role]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        heads: dict[str, set[str]] = {}
        holders: dict[str, set[str]] = {}
        for role in stated:
            nouns = [title_noun(w) for w in role.role.split() if is_title_word(w)]
            if nouns:
                heads.setdefault(nouns[-1], set()).add(role.entity_id)
            for noun in nouns:
                holders.setdefault(noun, set()).add(role.entity_id)
        return heads, holders

    heads, holders = by_noun(roles)
    known_heads, known_holders = by_noun(known_roles)
    named: dict[str, set[Entity]] = {}
    for organization in organizations:
        for word in organization.name.split():
            if word in ORGANIZATION_NOUNS:
                named.setdefault(word.lower(), set()).add(organization)
        if any(name.split()[-1] in COMPANY_NOUNS or name.split()[-1] in COMPANY_SUFFIXES
               for name in (organization.name, *organization.aliases)):
            for word in COMPANY_WORDS:
                named.setdefault(word, set()).add(organization)

    def by_role(words: list[str]) -> str | None:
        """`words` end in the title or organisation noun ("the Philippine coast guard said")."""
        noun = words[-1].lower()
        if noun.capitalize() in ORGANIZATION_NOUNS or noun in COMPANY_WORDS:
            # Of the article's organisations so named, the one whose name holds the other words too.
            candidates = named.get(noun, set())
            qualified = {o for o in candidates if all(w.casefold() in o.name.casefold() for w in words[:-1])}
            choices = (candidates, qualified)
        else:
            choices = tuple(table.get(title_noun(noun), ()) for table in (heads, holders, known_heads, known_holders))
        for ids in choices:
            if len(ids) == 1:
                chosen = next(iter(ids))
                return chosen if isinstance(chosen, str) else chosen.id
        return None

    return by_role
