"""Finds entity mentions by name and alias: longest match first, on word boundaries, with a
surname alone resolving to the person it names (cf. Aho–Corasick multi-pattern search)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from ..model import Entity
from .text import Normalised, fold

_PARTICLES = {"al", "bin", "de", "del", "der", "di", "la", "le", "van", "von"}


@dataclass(frozen=True)
class Match:
    entity_id: str
    start: int  # offsets in the normalised text
    end: int
    by_surname: bool


# Generational suffixes after a surname ("Teodoro Locsin Jr.", "Lloyd J. Austin III").
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}


def surname(name: str) -> str | None:
    """The family name of a person's name, if it is distinctive enough to match alone."""
    words = name.split()
    while len(words) > 2 and words[-1] in SUFFIXES:
        words.pop()
    if len(words) < 2:
        return None
    if len(words[-1]) < 3 or not words[-1].removeprefix("al-").removeprefix("el-")[0].isupper():
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:  # "von der Leyen", "bin Salman"
        start -= 1
    return " ".join(words[start:])


# Two-letter words that open English sentences: never a family name standing alone.
_SHORT_WORDS = {"He", "It", "We", "Me", "Us", "So", "Do", "Go", "No", "Oh", "Up", "My", "An", "In", "On", "Or",
                "To", "By", "At", "As", "If", "Is", "Be", "Am", "Ok", "Hi", "Of"}


def given_name(name: str) -> str | None:
    """The first word of a person's name, which may stand for the person once named in full
    ("Prabowo Subianto" ... "Prabowo said"), or the family name written first ("Li Wen" ... "Li
    said")."""
    words = name.split()
    if len(words) < 2 or len(words[0]) < 2 or words[0] in _SHORT_WORDS or not words[0][0].isupper() \
            or words[0].endswith(".") or len(words[0]) == 2 and not words[0][1].islower():
        return None
    return words[0]


# Arabic's article before a family name, which news writes four ways: "Al Thani", "Al-Thani", "al-Thani", "al Thani".
_ARTICLE = re.compile(r"\b(?:[Aa]l|[Ee]l)[- ](?=[A-Z])")
_ARTICLE_STYLES = ("Al ", "Al-", "al-", "al ")


def article_spellings(name: str) -> set[str]:
    """A person's name as written with the article before a family name in each style, the same
    style throughout (a name that has none has only its own spelling)."""
    if not _ARTICLE.search(name):
        return {name}
    return {_ARTICLE.sub(lambda m, s=style: (s.replace("A", "E").replace("a", "e") if m.group(0)[0] in "Ee" else s), name)
            for style in _ARTICLE_STYLES}


def _read_of(entity: Entity) -> tuple:
    """What extraction reads of an entity besides its names: its type, a person's role, an
    organisation's name and aliases (whose nouns "the ministry said" refers to)."""
    if entity.type == "person":
        return entity.type, entity.field("role")
    if entity.type == "organization":
        return entity.type, entity.name, entity.aliases
    return (entity.type,)


# A country's initials, which name it as a noun ("the US deployed", "to the UK.") and before one
# ("US officials", "the U.S.-made jets"): its name, not a people's adjective. Discovery reads them
# as a noun only where it looks for a country that a text names so ("the US"; see `initials_as_noun`).
COUNTRY_INITIALS = frozenset({"US", "U.S.", "UK", "U.K."})
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")  # ("The U.S. remains ...")
# After the initials, what a noun is followed by: a verb or a word that needs a noun before it.
_NOUN_AFTER = re.compile(r"(?:'s|’s)\s|(?:\s+(?:is|was|has|had|have|are|were|will|would|can|could|should|may|might|must|does|"
                         r"did|and(?!\s+[A-Z][a-z]+\s+[a-z]+s\b)|or|to|in|on|for|with|of|from|at|as|over|into|about|"
                         r"against|after|before|since|until|during|under|by|than|says|said|wants|plans|sees|remains|"
                         r"insists|warns|needs|also|still|already|then|itself|last|next|this|earlier|later|too|again|(?!armed\b)[a-z]+ed|"
                         r"seek|seeks|sought|say|want|agree|agrees|hope|hopes|believe|believes|intend|intends|expect|expects|"
                         r"continues|urges|knows|thinks)\b"
                         r"|\s*[,;:)]|\.?\s*$|(?<!\.)\.)")


def initials_as_noun(text: str, start: int, end: int) -> bool:
    """Whether the country's initials at text[start:end] stand as a noun, after "the"."""
    return bool(_THE_BEFORE.search(text, max(0, start - 4), start) and _NOUN_AFTER.match(text, end))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_SHIP_CATEGORIES = {"ship", "frigate", "corvette", "destroyer", "submarine", "patrol vessel", "OPV", "offshore patrol vessel",
                    "warship", "patrol boat", "vessel"}


# A sea named by its adjective alone is a place only where no noun follows it (not "the Atlantic Council",
# "Atlantic ties", "Pacific Island nations", "a Pacific-class boat"; but "the Pacific region", "the Pacific
# coast", "in the Pacific since 2020").
SEAS_AS_ADJECTIVES = {"Baltic", "Atlantic", "Pacific", "Arctic", "Mediterranean", "Adriatic", "Caribbean"}
_NOUN_AFTER_SEA = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|by|for|from|with|as|is|was|are|were|has|had|will|would|which|that|"
                         r"where|while|since|until|during|after|before|over|into|through|amid|last|this|next|earlier|later|"
                         r"too|also|then|than|now|[Rr]egions?|[Cc]oasts?|coastline|shores?|waters|seaboard|rim|basin)\b)[A-Za-z]|-")


def sea_as_adjective(text: str, end: int) -> bool:
    """Whether the sea's name that ends at `end` describes the noun after it."""
    return bool(_NOUN_AFTER_SEA.match(text, end))


class Matcher:
    def __init__(self, entities: dict[str, Entity]):
        self.entities = entities
        keys: dict[str, tuple[set[str], set[str], set[str]]] = {}  # key -> ids by name/alias, by surname, by given name
        for entity in entities.values():
            for key in (entity.name, *entity.aliases):
                keys.setdefault(fold(key), (set(), set(), set()))[0].add(entity.id)
                if entity.type in ("organization", "equipment") and len(key) >= 4 and key.isalpha() and key.isupper():
                    # a name in capitals spoken as a word is written as one in some papers' style: "Nato", "Himars"
                    keys.setdefault(fold(key.capitalize()), (set(), set(), set()))[0].add(entity.id)
                if entity.type == "equipment" and entity.field("category") in _SHIP_CATEGORIES and len(key) >= 4 \
                        and key.isalpha() and key.istitle():
                    # and a ship's name in capitals, as navies write them: "the KESTREL" is the Kestrel
                    keys.setdefault(fold(key.upper()), (set(), set(), set()))[0].add(entity.id)
                if entity.type == "organization" and len(key.split()) >= 3:
                    # A body of three words or more written in lower case is still that body ("the
                    # joint chiefs of staff said", "the Defense Security Cooperation agency").
                    head_lowered = key.rsplit(" ", 1)
                    for form in (key.lower(), f"{head_lowered[0]} {head_lowered[1].lower()}"):
                        keys.setdefault(fold(form), (set(), set(), set()))[0].add(entity.id)
            if entity.type == "person":
                for name in {spelt for key in (entity.name, *entity.aliases) for spelt in article_spellings(key)} \
                        - {entity.name, *entity.aliases}:
                    keys.setdefault(fold(name), (set(), set(), set()))[0].add(entity.id)
                for name in (entity.name, *entity.aliases):
                    for index, part in enumerate((surname(name), given_name(name))):
                        if part:
                            keys.setdefault(fold(part), (set(), set(), set()))[index + 1].add(entity.id)
        # Extraction reads the entities through these strings alone (folded): what each leads to
        # (entity ids, by name, surname and given name, with what it reads of them; and below, the
        # place of a demonym).
        self.forms: dict[str, tuple] = {}
        self._automaton = ahocorasick.Automaton()
        for key, found_by in keys.items():
            ids = tuple(tuple(sorted(by)) for by in found_by)
            self._automaton.add_word(key, (len(key), *ids))
            # Extraction also reads a person's role ("the minister said" may be the minister another
            # article named) and an organisation's name (its nouns, "the ministry said").
            self.forms[key] = (*ids, tuple(_read_of(entities[i]) for i in (*ids[0], *ids[1], *ids[2])))
        if keys:
            self._automaton.make_automaton()
        self._empty = not keys
        # Place demonyms ("Belarusian") tie a quantity to a country; built once, not per article.
        self.demonyms = {e.field("demonym"): e.id for e in entities.values()
                         if e.type == "place" and e.field("demonym")}
        for demonym, place in self.demonyms.items():
            self.forms[demonym] = (*self.forms.get(demonym, ()), ("demonym", place))

    def _candidates(self, text: str):
        if self._empty:
            return
        for end_index, (length, by_name, by_surname, by_given) in self._automaton.iter(text):
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            ids = by_name or by_surname or by_given
            # A plural such as "Su-35s" or "Iskanders" still names the equipment.
            if end < len(text) and text[end] == "s" and all(self.entities[i].type == "equipment" for i in ids) \
                    and (end + 1 == len(text) or not _is_word_char(text[end + 1])):
                end += 1
            elif end < len(text) and (_is_word_char(text[end]) or text[end] == "$"):
                continue  # (a country's initials before "$" name its currency: "US$6.5 billion")
            yield start, end, by_name, by_surname, by_given, end - (end_index + 1)

    def find(self, paragraphs: list[Normalised]) -> list[list[Match]]:
        """Mentions in each paragraph of one article, in reading order.

        A surname counts when one person with that surname was already named in the article,
        or when exactly one known person has it; a given name alone ("Prabowo said") when it is
        that of exactly one person named in full before in the article."""
        named: dict[str, int] = {}  # person named in full so far -> when last named
        clock = 0
        found: list[list[Match]] = []
        for paragraph in paragraphs:
            chosen: list[Match] = []
            last_end = -1
            # Longest first; at equal length an exact match beats a plural ("Philippines").
            candidates = sorted(self._candidates(fold(paragraph.text)), key=lambda c: (c[0], -(c[1] - c[0]), c[5]))
            for start, end, by_name, by_surname, by_given, _ in candidates:
                if start < last_end:
                    continue
                if by_name and paragraph.text[start:end].rpartition(" ")[2] in SEAS_AS_ADJECTIVES and sea_as_adjective(paragraph.text, end) \
                        and self.entities[by_name[0]].type == "place":
                    continue  # "Pacific nations": the sea's adjective, no mention of it
                if by_name:
                    entity_id, is_surname = by_name[0], False
                    if len(by_name) > 1:  # the same alias on two entities: the one named last
                        entity_id = max(by_name, key=lambda i: named.get(i, -1))
                else:
                    given = [i for i in by_given if i in named]
                    if any(i in named for i in by_surname):
                        entity_id = max(by_surname, key=lambda i: named.get(i, -1))
                    elif len(by_surname) == 1:
                        entity_id = by_surname[0]
                    elif len(given) == 1:
                        entity_id = given[0]
                    else:
                        continue
                    is_surname = True
                chosen.append(Match(entity_id, start, end, is_surname))
                if self.entities[entity_id].type == "person" and not is_surname:
                    clock += 1
                    named[entity_id] = clock
                last_end = end
            found.append(chosen)
        return found


def changed_forms(old: Matcher, new: Matcher) -> list[str]:
    """The strings whose presence in an article could make its extraction differ between the two
    entity sets: an article holding none of them is extracted alike by both."""
    return sorted(f for f in old.forms.keys() | new.forms.keys() if old.forms.get(f) != new.forms.get(f))
