"""Organisations, conservatively: a capitalised name ending in an organisation noun ("Black Sea
Fleet", "Ministry of National Defense"), the institution in a title ("Pentagon spokesman"), a
described company or agency ("the state news agency TASS", "Hyundai Rotem, the manufacturer of"),
the agency in a wire dateline, and acronyms defined in brackets."""
from __future__ import annotations

import re

from .equipment import CATEGORY_NOUNS
from ..extract.vocabulary import ORGANIZATION_NOUNS, is_title_word
from .common import (CAPITALISED, RUN, Found, holds_any, is_demonym, is_plain_word, possessive_cut,
                     strip_leading)

_TAIL = re.compile(rf"^\s+(?:of|for)\s+(?:the\s+)?{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|the))*")
# Nouns that describe an organisation named next to them: "the news agency TASS", "the Yonhap news
# agency", "Hyundai Rotem, the manufacturer of". A pattern runs only where one of its nouns occurs.
_BEFORE_NAME = ("news agency", "agency", "newspaper", "broadcaster", "daily", "outlet", "manufacturer", "maker",
                "company", "firm", "contractor", "think tank", "group")
_AFTER_NAME = ("news agency", "newspaper", "broadcaster", "daily", "news channel")
_AFTER_COMMA = ("manufacturer", "maker", "producer", "company", "firm", "contractor", "developer", "operator",
                "agency", "think tank")
_DESCRIPTIONS = (
    (re.compile(rf"\b(?:{'|'.join(_BEFORE_NAME)})\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})"),
     _BEFORE_NAME),
    (re.compile(rf"(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})\s+(?:{'|'.join(_AFTER_NAME)})\b"), _AFTER_NAME),
    (re.compile(rf"(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?"
                rf"(?:{'|'.join(_AFTER_COMMA)})\b"), _AFTER_COMMA),
)
_DESCRIBING = tuple(dict.fromkeys(_BEFORE_NAME + _AFTER_NAME + _AFTER_COMMA))  # most paragraphs hold none
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,40},?\s+[^()]{0,30}\((?P<agency>[A-Z][\w ]{1,30})\)\s*[-–—]")
# NATO, OSCE, TASS: all capitals, not a designation, not a dateline, not in brackets.
_BARE_ACRONYM = re.compile(r"(?P<name>[A-Z](?<![\w(.-][A-Z])[A-Z]{2,5})(?![\w)-]|\.\w)(?!\s+[\dA-Z])")
NOT_ORGANIZATIONS = {"SAM", "SAMS", "UAV", "UAVS", "ICBM", "IRBM", "SRBM", "MRBM", "SLBM", "MLRS", "ATGM", "MANPADS",
                     "AWACS", "APC", "IFV", "MBT", "UAS", "GPS", "CEO", "LNG", "GDP", "USS", "HMS", "HMCS", "HMAS",
                     "INS", "ORP", "RFS", "USNS", "AFP", "UPDATE", "EST", "GMT", "UTC", "THE", "AND", "BMP", "BTR",
                     "COVID", "NEWS", "VIDEO", "PHOTO", "WATCH", "LIVE", "ISBN", "PDF", "HTML", "USA", "NOTE"}
_ACRONYM = re.compile(rf"(?P<name>{CAPITALISED}(?:\s+(?:{CAPITALISED}|of|for|and|the|on))+)\s+\((?P<short>[A-Z]{{2,8}})\)")


def _clean(words: list[str]) -> list[str]:
    return strip_leading(possessive_cut(words))


def find_organizations(text: str, person_words: set[str]) -> list[Found]:
    """`person_words` are words of people's names in the article: they never name an organisation."""
    return [*_named_by_head(text, person_words), *_institutions_in_titles(text, person_words),
            *_described(text, person_words), *_wire_agency(text), *_acronyms(text)]


def _named_by_head(text: str, person_words: set[str]):
    """'Black Sea Fleet', 'Ministry of National Defense', 'German Air Force Eurofighter jets'."""
    for run in RUN.finditer(text):
        words = run.group(0).split()
        after_run = text[run.end():run.end() + 40].split()
        for index, word in enumerate(words):
            # A head inside a longer name ("Union Resolve 2022") does not end an organisation,
            # unless a title or a piece of equipment follows ("German Air Force Eurofighter jets").
            if word not in ORGANIZATION_NOUNS or (index + 1 < len(words) and not is_title_word(words[index + 1])
                                     and not (after_run and after_run[0].strip(",.;:") in CATEGORY_NOUNS)):
                continue
            name_words = _clean(words[: index + 1])
            end = run.start() + len(" ".join(words[: index + 1]))
            tail = _TAIL.match(text[end:end + 120]) if index == len(words) - 1 else None
            if not name_words or (len(name_words) == 1 and not tail):
                continue  # "Army" or "Ministry" alone is a common noun in a capitalised position
            if any(w in person_words for w in name_words):
                continue
            name = " ".join((" ".join(name_words) + (tail.group(0) if tail else "")).split())
            yield Found(name, "organization", "organisation noun", end - len(" ".join(name_words)),
                        end + (len(tail.group(0)) if tail else 0))


def _institutions_in_titles(text: str, person_words: set[str]):
    """'Pentagon spokesman John Kirby': the Pentagon."""
    for run in RUN.finditer(text):
        following = text[run.end():run.end() + 40].split(" ", 2)
        if len(following) < 2 or following[0] or not following[1].islower() or not is_title_word(following[1]):
            continue
        words = _clean(run.group(0).split())
        if 1 <= len(words) <= 3 and not any(is_demonym(w) for w in words) and not is_plain_word(words[0]) \
                and not any(w in person_words for w in words) \
                and not words[-1].endswith(".") and not is_title_word(words[-1]):
            name = " ".join(words)
            yield Found(name, "organization", "institution in a title", run.end() - len(name), run.end())


def _described(text: str, person_words: set[str]):
    """'the state news agency TASS', 'the Yonhap news agency', 'Hyundai Rotem, the manufacturer of'."""
    if not holds_any(text, _DESCRIBING):
        return
    for pattern, words in _DESCRIPTIONS:
        if not holds_any(text, words):
            continue
        for match in pattern.finditer(text):
            words = _clean(match["name"].split())
            if words and not any(w in person_words for w in words) and not is_demonym(words[0]):
                name = " ".join(words)
                yield Found(name, "organization", "described organisation", match.end("name") - len(name),
                            match.end("name"))


def _wire_agency(text: str):
    """'WARSAW, Dec 6 (Reuters) -': Reuters."""
    dateline = _DATELINE.match(text)
    if dateline:
        yield Found(dateline["agency"].strip(), "organization", "wire dateline", dateline.start("agency"),
                    dateline.end("agency"))


def _acronyms(text: str):
    """'Collective Security Treaty Organization (CSTO)', and a bare 'NATO'."""
    for match in _ACRONYM.finditer(text) if holds_any(text, ("(",)) else ():
        words = _clean(match["name"].split())
        if words and words[-1] in ORGANIZATION_NOUNS | {"Treaty", "Pact", "Organization"} or len(words) >= 3:
            name = " ".join(words)
            yield Found(name, "organization", "defined acronym", match.end("name") - len(name), match.end("name"),
                        (match["short"],))
    for match in _BARE_ACRONYM.finditer(text):
        if match["name"] not in NOT_ORGANIZATIONS:
            yield Found(match["name"], "organization", "acronym", match.start(), match.end())
