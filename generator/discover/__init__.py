"""Discovery: entities that no one curated, found by pattern in article text (one module per type),
then merged across articles. Curated entries always win; a reject list keeps false ones out."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from ..extract.matcher import given_name, surname
from ..extract.text import Sentences, fold, normalise, sentence_around
from ..extract.vocabulary import COMPANY_NOUNS, ORGANIZATION_NOUNS, is_title_word
from ..knowledge_base import KnowledgeBaseError
from ..model import Article, Entity, Provenance
from ..urls import slug
from .common import Found, countries, countries_of_demonyms, is_demonym, is_plain_word
from .equipment import (find_bracketed_designations, find_coordinated, find_equipment, find_siblings, find_systems_alone,
                        find_variants, is_designation, tail_numbers)
from .events import find_events
from .organizations import COMPANY_TAILS, HEAD_NOUNS, defined_otherwise, find_organizations, is_generic, kinds_defined
from .people import TITLES_IN_NAMES, find_people, lone_bylines, speaker_labels
from .places import city_spellings, find_places, is_place_name

__all__ = ["Candidate", "discover", "merge_discoveries", "load_rejected", "name_key"]

# Rules that fire on weaker evidence yield to any other rule that claims the same words.
WEAK_PATTERNS = {"acronym", "after a place preposition", "name before category", "institution in a title"}
_LABELLED_LINE = re.compile(r"[A-Z][\w.’'-]*(?: [\w.’'&-]+){0,4}:(?=\s+[A-Z])")  # "Expert Opinions: Analysts say ..."
_TYPE_PRIORITY = ("person", "equipment", "organization", "event", "place")  # breaks ties between types
# A programme named "Project 75I" (or "Project 75(I)"): written "P-75I", it takes a model's form.
_PROJECT = re.compile(r"\bProject[- ](\d{1,3}[A-Z]?)(?:\(([A-Z])\))?")


# The type of a find that names no entity but a kind of thing ("Littoral Combat Ship (LCS)").
KIND = "kind"


class Candidate(NamedTuple):
    found: Found
    article_id: str
    paragraph: int  # Paragraph.index, and the sentence's offsets in its text
    sentence_start: int
    sentence_end: int


_NOT_KEY = re.compile(r"[\W_]+")
# British and American spellings of the words names are made of: "Defence Forces", "Defense Forces".
_SPELLINGS = {"defence": "defense", "organisation": "organization", "centre": "center", "programme": "program",
              "armour": "armor", "armoured": "armored", "harbour": "harbor", "labour": "labor",
              "industries": "industry"}  # (a maker's name is written with either: "Kest Aerospace Industry")
_SPELLING = re.compile(rf"(?:{'|'.join(_SPELLINGS)})\b")  # (also run into a word before: "KestIndustries")


@lru_cache(maxsize=None)  # bounded by the names found; a merge asks for each a few hundred thousand times
def name_key(name: str) -> str:
    """Spellings that differ only in case, diacritics, spaces, hyphens, dots, British and American
    spelling, or "Industries" and "Industry", are one name; so are "Ministry of X" and "X Ministry"."""
    folded = _PORTFOLIO_FIRST.sub(r"\2 \1", fold(name).casefold().removeprefix("the "))
    return _NOT_KEY.sub("", _SPELLING.sub(lambda m: _SPELLINGS[m.group(0)], folded))
_PORTFOLIO_FIRST = re.compile(r"^(ministry|department) of (?:the )?(\w+(?: affairs)?)$")  # ("Ministry of Defence", "Defence Ministry")


def discover(article: Article) -> list[Candidate]:
    """Every candidate entity in one article, in reading order. The rules read the text folded
    (plain letters for letters with diacritics); names are then spelt as the text spells them."""
    paragraphs = [(p, normalise(p.text)) for p in article.paragraphs]
    folded = [_opening_in_capitals(fold(norm.text)) for _, norm in paragraphs]
    sentences = [Sentences(norm.text) for _, norm in paragraphs]
    author = fold(article.author) if article.author else None
    people = [find_people(text, author) for text in folded]
    labels = speaker_labels(folded)
    for index, byline in lone_bylines(folded) + labels:
        people[index].append(byline)
    labelled = {index for index, _ in labels}  # a transcript's speaker opens these: no dateline's city does
    # A list's labels name nothing ("Capabilities: ...", "Expert Opinions: ...", three such lines or more).
    listed = {index: label.end() for index, text in enumerate(folded)
              if index not in labelled and (label := _LABELLED_LINE.match(text))}  # (a transcript's are its speakers)
    listed = listed if len(listed) >= 3 else {}
    # Words of people's names are no other thing's; a name known only as a quote's speaker is weaker
    # evidence than a place or body of that name ("Moscow said").
    person_words = {w for found in people for f in found if f.type == "person" and f.pattern != "speaker of a quote"
                    for w in f.name.split()}  # (a transcript's label may be an outlet's)
    # "letter of acceptance (LOA)": "LOA" is no body; nor "HADR [humanitarian assistance and disaster
    # response]", an editor's insertion the normalised text no longer brackets
    not_bodies = set().union(*map(defined_otherwise, folded),
                             *(defined_otherwise(fold(p.text)) for p, _ in paragraphs if "[" in p.text))
    bodies = [find_organizations(text, person_words, not_bodies) for text in folded]
    # A line in capitals ("YOU MIGHT ALSO LIKE", "TRENDING NOW") cannot tell an acronym from a word:
    # its bare acronyms are bodies only where the article also writes them in its other lines.
    in_capitals = {i for i, text in enumerate(folded) if " " in text.strip() and not any(c.islower() for c in text)}
    if in_capitals:
        elsewhere = " ".join(text for i, text in enumerate(folded) if i not in in_capitals)
        bodies = [[f for f in found if i not in in_capitals or f.pattern != "acronym"
                   or re.search(rf"(?<![\w-]){re.escape(f.name)}(?![\w-])", elsewhere)] for i, found in enumerate(bodies)]
    # (nor is a word of a run in capitals the article writes as a word elsewhere: "ROYAL KEST DEFENCE FORCE", "SAFE
    # BOATS", where it also writes "Defence Force" and "boats")
    if any(f.pattern == "acronym" for found in bodies for f in found):
        words_written = {w.lower() for text in folded for w in _WORD_IN_CASE.findall(text)}
        bodies = [[f for f in found if f.pattern != "acronym" or f.name.lower() not in words_written
                   and f.name.lower().removesuffix("s") not in words_written
                   or not _CAPITALS_RUN.search(text, max(0, f.start - 40), f.end + 40)]
                  for text, found in zip(folded, bodies)]
    # (a person's name in another transliteration is no body either: "according to Syrsky", of "Oleksandr Syrskyi")
    spelt_as_people = {_transliterated(name_key(w)) for w in person_words}
    bodies = [[f for f in found if " " in f.name or _transliterated(name_key(f.name)) not in spelt_as_people]
              for found in bodies]
    # (nor is an acronym the article defines as a system's: "Kest Strike Missile (KSM)", then "the KSM")
    systems_defined = {a for found in bodies for f in found if f.type == "equipment" for a in f.aliases}
    bodies = [[f for f in found if f.name not in systems_defined] for found in bodies] \
        if systems_defined else bodies  # (by any rule: "the KSM team" is the missile's, no body)
    # A body of one word is no place and no equipment anywhere in the article (a maker: "Boeing-made
    # jets", then "the Boeing plane"); the words of longer names only in their own paragraph, and
    # of a long name only its first ("NATO Eurofighter and Tornado Management Agency" holds a system).
    makers = {f.name for found in bodies for f in found if f.pattern not in WEAK_PATTERNS and " " not in f.name}
    # "NATO said", then "the NATO jets"; "Kest Land Systems (KLS)", then "the KLS Varno vehicles"
    acronyms = {name for found in bodies for f in found for name in (f.name, *f.aliases) if name.isupper()}
    # "Kestrel Aerospace (KA)", then "KA, the maker, ...": no dateline's city
    defined = {a for found in bodies for f in found if f.pattern not in WEAK_PATTERNS for a in f.aliases if a.isupper()}
    # and the first word of a company's name of two words, which the text may use alone anywhere: neither
    # word a body's noun ("Kestwerk Rotem", later "sold to Kestwerk"), or its trade's word after a word that
    # names no known place ("Kestwerk Shipyard", later "paid to Kestwerk"; "Varna Shipyard" leaves Varna)
    defined |= {words[0] for found in bodies for f in found if f.pattern not in WEAK_PATTERNS
                and len(words := f.name.split()) == 2 and not is_demonym(words[0])
                and (not set(words) & HEAD_NOUNS and words[0] not in countries()
                     or words[1] in COMPANY_NOUNS and not is_place_name(words[0]))}
    finds: list[list[Found]] = []
    taken_words: list[set[str]] = []  # for each paragraph, the words that name other things there
    for text, spans, persons, organizations in zip(folded, sentences, people, bodies):
        named = person_words | makers | defined | {w for f in organizations if f.pattern not in WEAK_PATTERNS
                                         for w in (f.name.split() if len(f.name.split()) <= 3 else f.name.split()[:1])}
        places = find_places(text, named)
        events = find_events(text, lambda offset, t=text, s=spans: t[slice(*s.span_at(offset))])
        taken = named | {w for f in places + events for w in f.name.split()}
        taken_words.append(taken)
        finds.append(persons + organizations + places + find_equipment(text, taken, acronyms) + events)
    # A variant is named after a system the article names anywhere ("the Gripen", later "the Gripen E/F").
    systems = {f.name for found in finds for f in found if f.type == "equipment"}
    # and a system named before its mark ("Kestrel Mk1A jets") is one where it stands alone
    by_variants = {value for found in finds for f in found for field, value in f.fields if field == "variant of"} - systems
    systems |= by_variants
    # A system named with its maker before it ("Velmar Kestrel") is the one the article also names
    # alone ("the Kestrel", "JAS-39 Kestrel"): it takes that name too, so that the two are one.
    alone = {a for found in finds for f in found if f.type == "equipment" for a in (f.name, *f.aliases) if " " not in a} \
        | {s for s in systems if " " not in s}
    # A body the article names in full and, elsewhere, by its initials alone ("Ground Self-Defense
    # Force", then "the GSDF") is one body.
    spelt_out = _spelt_out({f.name for found in finds for f in found if f.type == "organization" and " " in f.name})
    # A ship's name without its prefix ("BNS Umar Farooq", later "the frigates Umar Farooq and ...")
    # names the ship in that article, not a person, and ends no person's name.
    ships = {a for found in finds for f in found if f.type == "equipment" for a in (f.name, *f.aliases) if " " in a}
    ships |= {f.name.split(" ", 1)[1] for found in finds for f in found if f.pattern == "named ship" and " " in f.name}
    # "Sheikh Khalifa" is the "Khalifa Bin Zayed Al Nahyan" the article names in full ("Sheikh Hasina",
    # named so alone, keeps that name).
    # (the first so named: where two are, "Sheikh Mohamed" is the one the article introduced first)
    in_full: dict[str, str] = {}
    for f in (f for found in people for f in found if len(f.name.split()) > 2):
        in_full.setdefault(f.name.split()[0], f.name)
    # A programme named "Project 75I" may be written "P-75I", a system's form: no system.
    not_systems = {f"P-{number}{letter}" for text in folded if "Project" in text for number, letter in _PROJECT.findall(text)}
    not_systems |= tail_numbers(folded)  # (nor is an airframe's own number: "tail number M-1001", later "M-1001")
    siblings = find_siblings(folded, systems)
    # (a ship is listed by its name without its prefix: "ORP Kestrel", then "the Kestrel, Falcon and Osprey")
    coordinated = find_coordinated(folded, systems | {f.name.split(" ", 1)[1] for found in finds for f in found
                                                      if f.pattern == "named ship" and " " in f.name}, taken_words)
    # A surname one letter off a surname of the article's ("Pistorious" beside "Boris Pistorius") is a slip in it,
    # as is a name with a possessive's "s" and no apostrophe;
    # a body's name with its country after it ("Ministry of Defense of Kestria", "... of the Republic") is the
    # body the article also names without it.
    misspelt = _misspellings({f.name for found in finds for f in found if f.type == "person"})
    qualified = _qualified({f.name for found in finds for f in found if f.type == "organization"})
    candidates: list[Candidate] = []
    for (paragraph, norm), text, spans in zip(paragraphs, folded, sentences):
        for short, start in kinds_defined(text):  # (no entity: merging drops the bare acronym everywhere)
            found = Found(short, KIND, "acronym of a kind", start, start + len(short))
            candidates.append(Candidate(found, article.id, paragraph.index, *sentence_around(paragraph.text, norm, spans, start)))
    for index, ((paragraph, norm), text, spans, found_here, sibling_finds, joined_finds) in enumerate(
            zip(paragraphs, folded, sentences, finds, siblings, coordinated)):
        if index in labelled:  # (before the outermost finds are chosen: the label's span is the speaker's)
            found_here = [f for f in found_here if not (f.pattern == "dateline" and f.start == 0)]
        if index in listed:
            found_here = [f for f in found_here if f.start >= listed[index]]
        for found in _outermost(found_here + find_variants(text, systems) + find_systems_alone(text, by_variants)
                                + find_bracketed_designations(text, systems)
                                + sibling_finds + joined_finds):
            if found.type == "equipment" and found.name in not_systems or found.type == "person" and found.name in ships:
                continue
            words = found.name.split()
            if found.type == "person" and len(words) == 2 and words[0] in TITLES_IN_NAMES and words[1] in in_full:
                found = found._replace(name=in_full[words[1]], aliases=(found.name, *found.aliases))
            if found.type == "person":  # "Captain X Yof Kestrel", a page's lost space: the name ends before the ship's
                ship = next((n for n in ships if found.name.endswith(f" {n}") and len(found.name) > len(n) + 3), None)
                if ship:
                    name = found.name[: -len(ship) - 1]
                    found = found._replace(name=name, end=found.start + len(name))
            if found.type == "equipment":
                found = _with_name_alone(found, alone)
            elif found.type == "organization" and (spelt := spelt_out.get(found.name) or _one_letter_doubled(found.name, spelt_out)):
                found = found._replace(name=spelt, aliases=(found.name, *found.aliases))
            elif found.type == "organization" and found.name in qualified:
                found = found._replace(name=qualified[found.name], aliases=(found.name, *found.aliases))
            if found.type == "person" and found.name in misspelt:
                found = found._replace(name=misspelt[found.name], aliases=(found.name, *found.aliases))
            candidates.append(Candidate(_as_written(found, norm.text, text), article.id, paragraph.index,
                                        *sentence_around(paragraph.text, norm, spans, found.start)))
    return candidates


_INITIAL_WORDS = re.compile(r"[A-Z][a-z]*")  # the words whose capitals spell a body's initials ("Self-Defense": S, D)


def _spelt_out(names: set[str]) -> dict[str, str]:
    """Bodies' initials of three letters or more -> the one name of `names` they spell ("GSDF" ->
    "Ground Self-Defense Force"; the words "of", "the", "and", "for" spell nothing)."""
    by_initials: dict[str, set[str]] = {}
    for name in names:
        first, _, rest = name.partition(" ")
        # (with or without a people's name before it: "the Kestrian Ground Self-Defense Force", "the GSDF")
        for spelt in (name, rest) if is_demonym(first) else (name,):
            initials = "".join(word[0] for word in _INITIAL_WORDS.findall(spelt.replace("’s", "").replace("'s", "")))
            if len(initials) >= 3 and initials != name:
                by_initials.setdefault(initials, set()).add(name)
    return {initials: next(iter(spelling)) for initials, spelling in by_initials.items() if len(spelling) == 1}


def _one_letter_doubled(initials: str, spelt_out: dict[str, str]) -> str | None:
    """The body whose initials these are but for one letter typed twice ("KCPPF" for "KCPF"), if any."""
    if len(initials) < 4 or not initials.isupper():
        return None
    return next((spelt_out[single] for i in range(len(initials) - 1) if initials[i] == initials[i + 1]
                 and (single := initials[:i] + initials[i + 1:]) in spelt_out), None)


def _with_name_alone(found: Found, alone: set[str]) -> Found:
    """A system of two words, a maker's and a name the article uses alone ("Velmar Kestrel" and
    "Kestrel"), with that name as another of its names."""
    maker, _, name = found.name.partition(" ")
    if not name or " " in name or name not in alone or name in found.aliases or any(c.isdigit() for c in maker):
        return found
    return found._replace(aliases=(*found.aliases, name))


def _as_written(found: Found, original: str, folded: str) -> Found:
    """`found` with its name and aliases spelt as in the original text ("Błaszczak", not
    "Blaszczak"), where they stand in it; folding keeps offsets, so the same span is the spelling."""
    if original == folded:  # mostly: the text has no letter with diacritics
        return found

    def written(name: str) -> str:
        at = folded.find(name, found.start)
        if at >= 0:
            return original[at:at + len(name)]
        words, at = [], found.start  # (a name whose words stand apart, a nickname between them: each word as written)
        for word in name.split():
            at = folded.find(word, at)
            if at < 0:
                return name
            words.append(original[at:at + len(word)])
            at += len(word)
        return " ".join(words)

    return found._replace(name=written(found.name), aliases=tuple(map(written, found.aliases)))


# A paper's style that sets a paragraph's first word in capitals: "THE Kest Army ...", "ARMY Commander X".
_CAPITALS_OPENING = re.compile(r"^[A-Z]{3,}(?= [A-Z]?[a-z])")


def _opening_in_capitals(text: str) -> str:
    """The paragraph with its first word in capitals read as written in small letters, where that word is
    a common one, a title's or a country's ("THE", "ARMY", "KESTRIA"; not an acronym, "NATO"): the same
    length, so every offset holds."""
    opening = _CAPITALS_OPENING.match(text)
    word = opening.group(0).capitalize() if opening else ""
    if word and (is_plain_word(word) or is_title_word(word) or word in ORGANIZATION_NOUNS or word in countries()):
        return word + text[len(word):]
    return text


def _misspellings(people: set[str]) -> dict[str, str]:
    """A surname alone that is one letter added, dropped or changed from one full name's surname: that name;
    and a full name with an "s" after it, a possessive without its apostrophe ("Ana Bergs ally"): the name
    without it."""
    full = {}
    for name in people:
        if " " in name:
            full.setdefault(name.split()[-1], set()).add(name)
    # (the name without it named in the article, in full or by its surname: "Mr Berg's")
    slips = {name: name[:-1] for name in people if " " in name and name.endswith("s")
             and (name[:-1] in people or name.rpartition(" ")[2][:-1] in people)}
    for name in people:
        if " " in name or name in full or len(name) < 5:
            continue
        # (a name of five letters only with a letter dropped from a longer one: "Lopes" is no slip for "Lopez")
        near = [names for surname, names in full.items() if surname[:2] == name[:2] and _one_letter_apart(name, surname)
                and (len(name) >= 6 or len(surname) > len(name))]
        if len(near) == 1 and len(near[0]) == 1:
            slips[name] = next(iter(near[0]))
    return slips


def _one_letter_apart(a: str, b: str) -> bool:
    """(inside the name, not at its end: "Kestova" is not "Kestov", but another person)"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return start < min(len(a), len(b)) - 1 and a[start + (len(a) >= len(b)):] == b[start + (len(b) >= len(a)):]


def _qualified(bodies: set[str]) -> dict[str, str]:
    """'Ministry of Defense of Kestria' -> 'Ministry of Defense', where both are named; and 'Kestrian MoD'
    -> the one ministry named whose capitals its initials are ('Ministry of Defence')."""
    shorter = {}
    ministries: dict[str, set[str]] = {}
    for name in bodies:
        head, of, tail = name.rpartition(" of ")
        if of and head in bodies and " of " in head and (tail in countries() or tail == "the Republic"):
            shorter[name] = head
        words = name.split()[1:] if is_demonym(name.split()[0]) else name.split()  # (or "the Kestrian Ministry of ...")
        if words[:2] == ["Ministry", "of"]:  # (by its capitals, "MD" of "MoD", or by every word, "MOD")
            for initials in {"".join(w[0] for w in words if w[0].isupper()), "".join(w[0].upper() for w in words)}:
                ministries.setdefault(initials, set()).add(name)
    for name in bodies:
        people, _, initials = name.partition(" ")
        spelt = ministries.get("".join(c for c in initials if c.isupper()), ()) if is_demonym(people) and initials.isalpha() else ()
        if len(spelt) == 1:
            shorter[name] = next(iter(spelt))
    return shorter


def _outermost(found: list[Found]) -> list[Found]:
    """Drop a find that lies inside a longer one ("Abrams" inside "M1A2 Abrams"); a name found twice keeps
    the other names of both finds. Of two finds of one span, a ship the text says served comes first ("the
    former cutters Kest Island and ...": no place)."""
    kept: list[Found] = []
    reach = -1
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.pattern in WEAK_PATTERNS,
                                             f.pattern != "ship that served", -len(f.aliases), f.name)):
        if item.end <= reach:
            last = kept[-1]
            if (item.start, item.end, item.type, item.name) == (last.start, last.end, last.type, last.name) \
                    and set(item.aliases) - set(last.aliases):  # one name found twice: all its other names
                kept[-1] = last._replace(aliases=tuple(dict.fromkeys((*last.aliases, *item.aliases))))
            continue
        kept.append(item)
        reach = item.end
    return kept


def load_rejected(path: Path) -> set[str]:
    """Name keys from the reject list (content/rejected.yml: a list of names)."""
    if not path.exists():
        return set()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise KnowledgeBaseError([f"{path.name}:{mark.line + 1 if mark else 1}: {getattr(error, 'problem', error)} "
                                  "(fix the YAML syntax)"]) from error
    if not isinstance(data, list) or any(isinstance(i, dict) and "name" not in i for i in data):
        raise KnowledgeBaseError([f"{path.name}:1: expected a list of names to reject, e.g. '- Union State'"])
    return {name_key(str(item["name"] if isinstance(item, dict) else item)) for item in data}


def merge_discoveries(candidates: list[Candidate], curated: dict[str, Entity], rejected: set[str],
                      articles: dict[str, Article]) -> dict[str, Entity]:
    """One entity per name across all articles (aliases join spellings of the same type); the
    articles give the sentence each was first found in."""
    known = {name_key(n) for e in curated.values() for n in (e.name, *e.aliases)}
    # An acronym one article defines as a kind of weapon or ship ("Littoral Combat Ship (LCS)") is
    # no body where another uses it bare ("the LCS programme").
    kinds = {c.found.name for c in candidates if c.found.type == KIND}
    candidates = [c for c in candidates if c.found.type != KIND and not (c.found.pattern == "acronym" and c.found.name in kinds)]
    person_words = {w for c in candidates if c.found.type == "person" for w in c.found.name.split()}
    # A name found alone ("Commodore Tarriela", '"...," Zhao said') is the person of that surname or
    # given name, if the corpus or the knowledge base names one in full (the matcher gives them the
    # mention); or no person at all, if it names a place or a body ("Moscow said").
    other_names = {name_key(n) for e in curated.values() if e.type != "person" for n in (e.name, *e.aliases)} | {
        name_key(n) for c in candidates if c.found.type != "person" for n in (c.found.name, *c.found.aliases)}
    full_names = [e.name for e in curated.values() if e.type == "person"] + [
        c.found.name for c in candidates if c.found.type == "person" and " " in c.found.name]
    surnames = {name_key(part) for name in full_names for part in (surname(name), given_name(name)) if part}
    # A company named by its first word and its trade or corporate word says things: "Kestwerk said"
    # is Kestwerk Defence's or Kestwerk International's statement, not a person's, unless someone
    # is named Kestwerk (the first word then joins the company, as "Lockheed" does).
    companies_first = {c.found.name.split()[0] for c in candidates if c.found.type == "organization"
                       and c.found.name.count(" ") == 1 and c.found.name.split()[1] in COMPANY_TAILS}
    candidates = [c._replace(found=c.found._replace(type="organization")) if c.found.type == "person"
                  and c.found.pattern == "speaker of a quote" and c.found.name in companies_first
                  and name_key(c.found.name) not in surnames else c for c in candidates]
    # A word before a model's number ("Kest 412", "KEST 429") is its maker's name: alone before a category
    # ("two new Kest helicopters") it names the maker, no system.
    makers = {name_key(words[0]) for c in candidates if c.found.type == "equipment"
              and len(words := c.found.name.split()) > 1 and _MODEL_NUMBER.match(words[1])}
    candidates = [c._replace(found=c.found._replace(type="organization", pattern="maker of a numbered model"))
                  if c.found.type == "equipment" and " " not in c.found.name and name_key(c.found.name) in makers else c
                  for c in candidates]
    # A surname alone in another transliteration ("Syrsky", of "Oleksandr Syrskyi") is another
    # spelling of the one person so named in full, which the matcher then knows.
    spelt_otherwise: dict[str, set[str]] = {}
    for name in full_names:
        if surname(name):
            spelt_otherwise.setdefault(_transliterated(name_key(surname(name))), set()).add(name_key(name))

    def group_of(found: Found) -> str | None:
        keys = [name_key(n) for n in (found.name, *found.aliases)]
        if any(k in known or k in rejected for k in keys) or not keys[0]:
            return None
        if found.type in ("place", "equipment") and " " not in found.name and found.name in person_words \
                and found.pattern != "country":
            return None  # "to Putin" is not a place, "Shoigu tanks" not equipment (but "Israel Katz" leaves Israel one)
        if found.pattern in ("title before surname", "speaker of a quote") and " " not in found.name:
            if keys[0] in surnames or keys[0] in other_names:
                return None  # a surname of someone named in full, or a place or body that "said" ("Moscow said")
            if len(spelt_otherwise.get(_transliterated(keys[0]), ())) == 1:
                return next(iter(spelt_otherwise[_transliterated(keys[0])]))
        return keys[0]

    groups: dict[str, list[Candidate]] = {}
    decided: dict[tuple, str | None] = {}  # the same name is found many times: decided once
    for candidate in candidates:
        found = candidate.found
        spelling = (found.name, found.aliases, found.type)
        if spelling not in decided:
            decided[spelling] = group_of(found)
        if decided[spelling] is not None:
            groups.setdefault(decided[spelling], []).append(candidate)

    # Spellings of one thing join: a candidate whose aliases name other groups ("9K720 Iskander",
    # found also as "9K720" and as "Iskander") joins them, and an organisation named with a leading
    # demonym joins the plain one ("Russian Black Sea Fleet" is the Black Sea Fleet). What joins
    # depends only on the groups, never on the order they were found in, so that an article added
    # elsewhere does not rename (and move) an entity.
    types = {key: _type_of(members) for key, members in groups.items()}
    links: list[tuple[str, str]] = []  # (a group, the group it is another spelling of)
    qualified: dict[str, list[str]] = {}  # a plain organisation's key: the names with a demonym before it
    generic: set[str] = set()  # plain names of a kind of body every country has
    owners: dict[str, set[str]] = {}  # a plain name's key: the countries (or bodies) that qualify it
    for key, members in groups.items():
        for alias in sorted({a for c in members for a in c.found.aliases}):
            other = name_key(alias)
            # An acronym's type is weak evidence: "THAAD" defined as "Terminal High Altitude Area
            # Defense" and used before "launchers" is one piece of equipment.
            # But a class is named after something else ("AUKUS-class" after the pact): its short
            # name joins only a group of its own type.
            if other in groups and other != key and (types[other] == types[key] or not _classes_only(members) and (
                    _acronyms_only(groups[key]) or _acronyms_only(groups[other]))):
                links.append((other, key))
        words = members[0].found.name.split()
        if types[key] in ("organization", "event"):  # (and "the Kestria Army Day" is the "Army Day")
            plain = _without_owner(words)
            plain_key = name_key(" ".join(plain))
            if plain != words and types.get(plain_key) == types[key]:
                qualified.setdefault(plain_key, []).append(key)
                owners.setdefault(plain_key, set()).add(_owner_key(words[:len(words) - len(plain)]))
                if is_generic([w for w in plain if w not in ("of", "the")]):
                    generic.add(plain_key)
    # (but a kind of body every country has is each country's own: where the "Kestrian Ministry of
    # Defense" and the "Varnian Ministry of Defense" are both named, a "Ministry of Defense" is neither;
    # one country's two spellings, "Kestrian Defense Ministry" and "Kestrian Ministry of Defense", are one owner)
    links += [(key, plain_key) for plain_key, keys in qualified.items() for key in keys
              if len(owners[plain_key]) == 1 or plain_key not in generic]
    links += _short_forms(groups, types)
    # A body named with its country's possessive is the one named with "of" it: "Kestria's Air Force",
    # the "Air Force of Kestria".
    # (and with the country's name before it: "the Kestria National Guard", the "National Guard of Kestria")
    links += [(key, of_key) for key, members in groups.items() if types[key] == "organization"
              and (owned := _owner_and_body(members[0].found.name))
              and types.get(of_key := name_key(f"{owned[1]} of {owned[0]}")) == "organization"]
    # Two bodies found by one other spelling are one: "Kestria's Defense Ministry" and the "Kestrian
    # Ministry of Defense" are both the "Kestria Defense Ministry".
    sharing: dict[str, set[str]] = {}
    for key, members in groups.items():
        if types[key] == "organization":
            # (of two words or more: a company's first word alone, "Kestwerk", may name two of its arms)
            # (nor a kind of body any country has: "Defense Ministry")
            for alias in {name_key(a) for c in members for a in c.found.aliases
                          if " " in a and not is_generic(a.split())} - {key}:
                sharing.setdefault(alias, set()).add(key)
    for keys in sharing.values():
        first = min(keys, key=lambda k: (-len(k), k)) if len(keys) > 1 else None
        links += [(key, first) for key in sorted(keys - {first})] if first else []
    # and two bodies one acronym of four capitals or more is defined for ("MINUSKA", for two spellings of a mission)
    by_acronym: dict[str, set[str]] = {}
    for key, members in groups.items():
        acronyms = {a for c in members for a in c.found.aliases if len(a) >= 4 and a.isupper() and a.isalpha()}
        for acronym in acronyms if types[key] == "organization" else ():
            by_acronym.setdefault(acronym, set()).add(key)
    links += _each_one(by_acronym)
    # A plural is its singular: "P-8A Poseidons", "Center for Defense Investments"; and a body's name of
    # three words or more is one name whichever of its words are written in the plural or possessive
    # ("Kest People Defence Forces", "Kest Peoples Defense Force", "Kest People's Defence Forces").
    links += [(key, key[:-1]) for key in groups if key.endswith("s") and types.get(key[:-1]) == types[key]
              and types[key] in ("equipment", "organization")]
    by_singulars: dict[str, list[str]] = {}
    for key, members in groups.items():
        words = members[0].found.name.split()
        if types[key] == "organization" and len(words) > 2:
            by_singulars.setdefault(" ".join(name_key(word).removesuffix("s") for word in words), []).append(key)
    links += _each_one(by_singulars)
    # A body named after its country under two of the country's spellings is one ("Kest & Varn Coast Guard",
    # "K&V Coast Guard").
    by_country: dict[str, list[str]] = {}
    for key, members in groups.items():
        words = members[0].found.name.split() if types[key] == "organization" else []
        owner = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in countries()), None)
        if owner:
            by_country.setdefault(name_key(" ".join([countries()[" ".join(words[:owner])], *words[owner:]])), []).append(key)
    links += _each_one(by_country)
    # A person named by the initials of the given names ("AB Berg", "A.B. Berg") is the one person
    # named in full whose given names they begin ("Ana Beata Berg").
    by_initials: dict[str, list[str]] = {}
    for key, members in groups.items():
        words = members[0].found.name.split() if types[key] == "person" else []
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            by_initials.setdefault(name_key("".join(w[0] for w in words[:-1]) + words[-1]), []).append(key)
    links += [(key, by_initials[key][0]) for key, members in groups.items() if types[key] == "person"
              and len(by_initials.get(key, ())) == 1 and _GIVEN_INITIALS.match(members[0].found.name)]
    # A city under another name GeoNames gives it is one place ("Kiev", "Kyiv").
    places = {members[0].found.name: key for key, members in groups.items() if types[key] == "place"}
    links += [(places[other], places[city]) for other, city in city_spellings(set(places))] if places else []
    # and an island is the place of its name alone where the corpus finds both ("Manus Island", "Manus")
    links += [(places[name.removesuffix(" Island")], key) for name, key in places.items()
              if name.endswith(" Island") and name.removesuffix(" Island") in places]
    joined = _joined(list(groups), links)
    spellings = {source for source, _ in links}
    # Each joined set is named by its most complete spelling: one that is no other's spelling
    # ("9K720 Iskander", "Black Sea Fleet"), the longest such, and the first in order of keys.
    merged = {min(keys, key=lambda k: (k in spellings, -len(k), k)): keys for keys in joined}

    entities: dict[str, Entity] = {}
    for key, keys in merged.items():
        members = [c for k in keys for c in groups[k]]
        entity_type = types[key] if len(keys) == 1 else _type_of(members)
        typed = [c for c in members if c.found.type == entity_type]
        name = Counter(c.found.name for c in typed if name_key(c.found.name) == key).most_common(1)
        name = name[0][0] if name else typed[0].found.name
        aliases = [a for c in typed for a in (c.found.name, *c.found.aliases) if a != name]
        fields: dict[str, str] = {}
        for candidate in typed:
            for field, value in candidate.found.fields:
                fields.setdefault(field, value)
        entity_id = base = slug(name) or "entity"
        number = 1
        while entity_id in curated or entity_id in entities or entity_id == "index":
            number += 1
            entity_id = f"{base}-{number}"
        first = typed[0]
        entities[entity_id] = Entity(
            id=entity_id, name=name, type=entity_type, aliases=tuple(dict.fromkeys(aliases)),
            fields=tuple(fields.items()), discovered=True,
            provenance=Provenance(first.found.pattern, articles[first.article_id].excerpt(
                first.paragraph, first.sentence_start, first.sentence_end), first.article_id))
    return entities


_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){2,3}\s[A-Z]")
_COMPASS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
_OWNED = re.compile(r"(?P<owner>[A-Z][\w ]+?)['’]s (?P<body>[A-Z][\w ]+)")


def _owner_and_body(name: str) -> tuple[str, str] | None:
    """A body's name as its owner and the body: "Kestria's Air Force", "Kestria Air Force"."""
    owned = _OWNED.fullmatch(name)
    if owned:
        return owned["owner"], owned["body"]
    words = name.split()
    owner = next((n for n in (3, 2, 1) if len(words) > n and " ".join(words[:n]) in countries()), None)
    return (" ".join(words[:owner]), " ".join(words[owner:])) if owner else None


def _owner_key(words: list[str]) -> str:
    """The country that words before a body's name give it, however written: "Kestrian", "Kestria", "Kestria's"."""
    demonyms = countries_of_demonyms()
    return " ".join(demonyms.get(w, w.removesuffix("'s").removesuffix("’s")) for w in words)


def _without_owner(words: list[str]) -> list[str]:
    """'Russian Black Sea Fleet' -> 'Black Sea Fleet', 'South Korean Joint Chiefs of Staff' -> 'Joint
    Chiefs of Staff', 'Ruritania Defense Procurement Agency' -> 'Defense Procurement Agency', 'KDF High
    Command Council' -> 'High Command Council' (a body's acronym first; at least two words remain)."""
    if len(words) > 2 and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 6 \
            and not is_demonym(words[0]) and words[0] not in countries():
        return words[1:]
    index = 0
    while index < len(words) - 2 and (is_demonym(words[index]) or words[index] in _COMPASS and is_demonym(words[index + 1])):
        index += 1
    if index and is_demonym(words[index - 1]):
        return words[index:]
    country = next((n for n in (3, 2, 1) if len(words) - n >= 2 and " ".join(words[:n]) in countries()), 0)
    if country and is_generic([w for w in words[country:] if w[0].isupper()]):
        return words  # "China Coast Guard", "Ruritania Ministry of Defense": any country has one
    return words[country:]


def _each_one(keys_by: dict) -> list[tuple[str, str]]:
    """Links that make the groups under each key of `keys_by` one, each to the first of them in order."""
    return [(key, min(keys)) for keys in keys_by.values() for key in sorted(keys) if key != min(keys)]


def _short_forms(groups: dict[str, list[Candidate]], types: dict[str, str]) -> list[tuple[str, str]]:
    """Links from short forms to the one longer name they stand for: an acronym to the organisation
    whose initials it is ("JCS", "Joint Chiefs of Staff"), a first word to the one organisation
    it begins ("Lockheed", "Lockheed Martin"), a word to the one piece of equipment whose name
    holds it ("Arrow", "Arrow 3"), and a person's name in the other order ("Kihara Minoru",
    "Minoru Kihara"). None where two longer names would fit ("Shahed": "Shahed-131", "Shahed-136")."""
    by_initials: dict[str, set[str]] = {}
    by_first_word: dict[str, set[str]] = {}
    by_word: dict[str, set[str]] = {}  # equipment by each word of a longer name
    by_words: dict[tuple[str, ...], list[str]] = {}  # people's names by their words in any order (and equipment's by its type)
    by_transliteration: dict[str, list[str]] = {}
    by_tail: dict[str, list[str]] = {}
    by_inner: dict[str, set[str]] = {}  # people by each inner word of a longer name
    by_head: dict[str, list[str]] = {}  # people by the first words of a longer name
    by_dropped: dict[str, list[str]] = {}  # people by a longer name less one inner word ("Ana Berg" of "Ana Kest Berg")
    by_designation: dict[str, tuple[list[str], list[str]]] = {}  # two-word equipment: designation first, designation last
    by_province: dict[str, list[str]] = {}  # places by their names less a province's word: "Kest" of "Kest Province"
    for key, members in groups.items():
        words = members[0].found.name.split()
        if types[key] == "place" and len(words) > 1 and words[-1] in _PROVINCE_WORDS:
            by_province.setdefault(name_key(" ".join(words[:-1])), []).append(key)
        if types[key] == "organization" and len(words) > 1:
            for form in {tuple(words), tuple(_without_owner(words)), tuple(words[1:] if words[0] == "The" else words)}:
                # ("JMSDF", "MSDF"; "KP", "The Kest Post")
                by_initials.setdefault("".join(w[0] for w in form if w[0].isupper()), set()).add(key)
                if "of" in form:  # "KMOD", the "Kestria Ministry of Defense"
                    by_initials.setdefault("".join(w[0].upper() for w in form if w != "and"), set()).add(key)
            by_first_word.setdefault(words[0], set()).add(key)
        elif types[key] == "equipment" and not _is_variant(members):  # "F-16" is not the "F-16 C"
            if len(words) == 2:  # "KX41 Falke" and "Falke KX41": a designation on either side of the name
                by_words.setdefault(("equipment", *sorted(map(name_key, words))), []).append(key)  # ("TB-2 X", "X TB2")
                # and "Kestwerk KX-124" and "KX-124 Falke": a maker before it, a name after it
                side = 0 if is_designation(words[0]) and not is_designation(words[1]) else \
                    1 if is_designation(words[1]) and not is_designation(words[0]) else None
                if side is not None:
                    by_designation.setdefault(words[side], ([], []))[side].append(key)
            family = _FAMILY.match(words[0])  # "Shahed" is the "Shahed-136" (where no other Shahed is named)
            for at, word in enumerate(words if len(words) > 1 else []):
                if not _MODEL_NUMBER.match(" ".join(words[at + 1:at + 2])):  # (the maker before a model's number: "Kest 412")
                    by_word.setdefault(word, set()).add(key)
            if len(words) == 2 and is_designation(words[0]) and words[1].endswith("s") and not words[1].endswith("ss"):
                by_word.setdefault(words[1][:-1], set()).add(key)  # ("Gazelle" is the "Kest-341B Gazelles")
            if family:
                by_word.setdefault(family[1], set()).add(key)
        elif types[key] == "person" and len(words) > 1:
            for word in words[1:-1]:  # "Lula", of "Luiz Inacio Lula da Silva": a name one goes by
                if word[:1].isupper():
                    by_inner.setdefault(word, set()).add(key)
            by_words.setdefault(tuple(sorted(words)), []).append(key)  # ("Berg Lunde Ana": the family name first)
            if len(words) > 2:  # "Lund Poulsen" is the "Troels Lund Poulsen" of a family name of two words
                by_tail.setdefault(name_key(" ".join(words[-2:])), []).append(key)
                # and "Ana Berg" the "Ana Berg Lunde" of two family names, the second left out
                for count in range(2, len(words)):
                    by_head.setdefault(name_key(" ".join(words[:count])), []).append(key)
            if len(words) > 3:  # and "Ana Berg Lunde" the "Ana Kest Berg Lunde", a middle name left out
                for inner in range(1, len(words) - 2):
                    by_dropped.setdefault(name_key(" ".join(words[:inner] + words[inner + 1:])), []).append(key)
            by_transliteration.setdefault(_consonants(words), []).append(key)
    # (a short form some body is named by already, "Kest Arms Group (KAG)", is not also the first word of
    # another's name: "KAG Shipyard", a body of its own)
    short_names = {name_key(a): key for key, members in groups.items() for c in members for a in c.found.aliases}
    links = []
    for key, members in groups.items():
        name = members[0].found.name
        if " " in name:
            continue
        tables = {"organization": (by_initials if name.isupper() else {}, by_first_word),
                  "equipment": (by_word,), "person": (by_inner,)}.get(types[key], ())  # "Arrow" is the "Arrow 3", "Rafale" the "Dassault Rafale"
        for table in tables:
            longer = table.get(name, set()) - {key}
            if not longer or table is by_first_word and short_names.get(key, key) not in longer | {key}:
                continue
            # "South Korean Joint Chiefs of Staff" and "Joint Chiefs of Staff" are one longer name,
            # and so are the "Kestria Ministry of Defense" and the "Kestrian Ministry of Defense"
            plain = {name_key(" ".join(_without_owner(groups[k][0].found.name.split()))) for k in longer}
            spellings = [{k} | {name_key(a) for c in groups[k] for a in c.found.aliases} for k in longer]
            if all(a & b for a in spellings for b in spellings):  # (each spelt as the others are)
                links.append((key, min(longer)))
            elif len(plain) == 1 and next(iter(plain)) in longer:
                links.append((key, next(iter(plain))))
            break  # (an acronym of a body's initials is none of the bodies it begins: "KMOD Directorate")
    links += [(a, b) for keys in by_words.values() if len(keys) == 2 for a, b in [sorted(keys)]]
    links += [(first[0], last[0]) for first, last in by_designation.values() if len(first) == 1 and len(last) == 1]
    # ("Nampula" and "Nampula Province": the province and the town it is named after make one page, as
    # news uses either name for either)
    links += [(key, longer[0]) for key, longer in by_province.items()
              if key in groups and types[key] == "place" and len(longer) == 1
              and groups[key][0].found.name not in countries()]  # (not "Kestria" and its "Kestria District")
    # (the longer names may be one person's spellings: "Ana Berg" is the "Ana Berg Lunde" and "Ana Berg Lunnde")
    links += [(key, min(longer)) for table in (by_tail, by_head, by_dropped) for key, longer in table.items()
              if key in groups and types[key] == "person"
              and len({_consonants(groups[k][0].found.name.split()) for k in longer}) == 1]
    links += _each_one(by_transliteration)
    return links


_FAMILY = re.compile(r"([A-Z][a-z]{3,})-\d{1,4}[A-Z]?$")
_PROVINCE_WORDS = {"Province", "Region", "District", "Governorate", "County", "Prefecture"}
# A model's number of three figures or more after its maker's name: "Kest 412", "Kest 412 EPX".
_MODEL_NUMBER = re.compile(r"\d{3,4}(?![\d,.])")
_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]+(?=.)")


def _consonants(words: list[str]) -> str:
    """A person's name as its transliterations agree on it: given names by their first and last
    letters and the consonants between ("Aleksandar", "Alexander"; "Mohammed", "Muhammad"; not "Jan"
    and "Jana"), the family name by all its letters ("Zelensky" and "Zelinsky" may be two people);
    "x" as "ks", "y" as "i", doubled letters once, an "h" after a consonant of a given name left out."""
    keys = [_transliterated(name_key(word).replace("x", "ks")) for word in words]
    return " ".join([*(_DOUBLED.sub(r"\1", _H_AFTER_CONSONANT.sub("", _INNER_VOWELS.sub("", key))) for key in keys[:-1]), keys[-1]])
_H_AFTER_CONSONANT = re.compile(r"(?<=[bcdfgjklmnpqrstvwz])h")  # ("Clothaire", "Clotaire")
_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=1 << 16)  # the words of an article's people and bodies, asked for in every article naming them
def _transliterated(key: str) -> str:
    """A person's name key without the letters transliterations of one name differ in ("Oleksii",
    "Oleksiy"; "Zelenskyy", "Zelensky"; "Yaacob", "Yaakob"): doubled letters once, "y" as "i", a hard
    "c" as "k"."""
    return _HARD_C.sub("k", _DOUBLED.sub(r"\1", _DOUBLED.sub(r"\1", key).replace("y", "i")))
_HARD_C = re.compile(r"ck|c(?=[aou]|$)")


def _joined(keys: list[str], links: list[tuple[str, str]]) -> list[list[str]]:
    """The sets of keys that links join (directly or through others), each in the order of
    `keys`, in the order of their first key (a union-find)."""
    parent = {key: key for key in keys}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = key = parent[parent[key]]
        return key

    for a, b in links:
        parent[root(a)] = root(b)
    sets: dict[str, list[str]] = {}
    for key in keys:
        sets.setdefault(root(key), []).append(key)
    return list(sets.values())


_ACRONYM_PATTERNS = {"acronym", "defined acronym"}
_WORD_IN_CASE = re.compile(r"\b[A-Za-z][a-z]+\b")  # a word written in lower case, or with a capital only first
_CAPITALS_RUN = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b")  # two words in capitals or more


def _is_variant(members: list[Candidate]) -> bool:
    return any(field == "variant of" for c in members for field, _ in c.found.fields)


def _classes_only(members: list[Candidate]) -> bool:
    return all(c.found.pattern == "ship or aircraft class" for c in members)


def _acronyms_only(members: list[Candidate]) -> bool:
    return all(c.found.pattern in _ACRONYM_PATTERNS for c in members)


def _type_of(members: list[Candidate]) -> str:
    """The type most of a group's finds give it; a find by acronym counts only when nothing else does."""
    # (and a bare acronym only when no definition does: "Kest Liaison Vehicles (KLV)" types every bare "KLV")
    counted = [c for c in members if c.found.pattern not in _ACRONYM_PATTERNS] \
        or [c for c in members if c.found.pattern == "defined acronym"] or members
    # A word in capitals that an article spells out as a body's initials ("Kest Police Organisation (KEPOL)")
    # is that body where others read it as a system before a noun ("KEPOL systems").
    if any(c.found.pattern == "defined acronym" and c.found.type == "organization" for c in members):
        counted = [c for c in counted if not (c.found.pattern == "designation" and c.found.name.isalpha()
                                              and c.found.name.isupper())] \
            or [c for c in members if c.found.pattern == "defined acronym"]
    if any(c.found.pattern == "base named as a ship" for c in counted):
        return "place"  # "base HMAS Kestrel" anywhere: the ships' name for a base, wherever "at HMAS Kestrel" stands alone
    # A body's acronym in capitals elsewhere makes "in Kesto missions" (its spelling as a word) the body's, no place.
    if all(c.found.pattern == "after a place preposition" for c in counted) and any(
            c.found.pattern in _ACRONYM_PATTERNS and c.found.type == "organization" and c.found.name.isupper() for c in members):
        return "organization"
    # A name seen as equipment only before a category ("the Kest Varno fifth-generation aircraft") is
    # a body where another find says so outright ("US manufacturer Kest Varno"): a maker, named
    # before what it makes.
    if any(c.found.type == "organization" and c.found.pattern not in WEAK_PATTERNS for c in counted) \
            and all(c.found.pattern == "name before category" for c in counted if c.found.type == "equipment"):
        counted = [c for c in counted if c.found.type != "equipment"]
    # (and one seen as a place only after a preposition, "orders from Kestwerk", is the body another find says it is)
    if any(c.found.type == "organization" and c.found.pattern not in WEAK_PATTERNS for c in counted) \
            and all(c.found.pattern == "after a place preposition" for c in counted if c.found.type == "place"):
        counted = [c for c in counted if c.found.type != "place"]
    # (and a name seen as a person only where it "said" is the body another find names: "Casa Kest said")
    if any(c.found.type == "organization" and c.found.pattern not in WEAK_PATTERNS for c in counted) \
            and all(c.found.pattern == "speaker of a quote" for c in counted if c.found.type == "person"):
        counted = [c for c in counted if c.found.type != "person"]
    counts = Counter(c.found.type for c in counted)
    return min(counts, key=lambda t: (-counts[t], _TYPE_PRIORITY.index(t)))
