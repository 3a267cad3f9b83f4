"""Direct quotes and who said them, in the usual news forms:
'"...," X said', '"...," said X', 'X said "..."', 'X said that "..."', a quote that goes on after
its attribution, and a speaker named by surname or pronoun. Curly and straight quotes mix freely.

Lookups bisect sorted offsets, so a paragraph of a megabyte costs time linear in its length."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .text import Sentences
from .vocabulary import SPEECH_VERBS

_QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
_VERB = r"(?<!-)(?:" + "|".join(sorted(SPEECH_VERBS - {"according"})) + r")"  # not "so-called"
_VERB_WORD = re.compile(rf"\b{_VERB}\b")
# Between a closing quote and the speaker: ', said', ', said Belarusian foreign minister ' or
# ' Defence Minister ' (the verb then follows the name).
_VERB_THEN_TITLE = re.compile(rf"^[\s,]*{_VERB}\s+(?:[\w'-]+\s+){{0,7}}$")
_TITLE_ONLY = re.compile(r"^[\s,]*(?:[\w'-]+\s+){0,7}$")
_VERB_AFTER_NAME = re.compile(rf"^(?:\s*,[^,\"“”]{{1,80}},)?\s+(?:has\s+|had\s+)?{_VERB}\b")
_PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:(?:he|she)\s+{_VERB}|{_VERB}\s+(?:he|she))\b", re.I)
_PRONOUN_BEFORE = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+){{0,3}}?{_VERB}\b[^\"“”]*$")
_REACH = 90  # how far after a closing quote its speaker may stand


@dataclass(frozen=True)
class Person:
    entity_id: str
    start: int
    end: int


@dataclass(frozen=True)
class FoundQuote:
    speaker_id: str
    start: int  # span of the quoted words, inside the marks, in the normalised text
    end: int


class _Speakers:
    """Person mentions outside quotes, in order, searchable by offset."""

    def __init__(self, people: list[Person], quotes: list[tuple[int, int]]):
        quote_starts = [s for s, _ in quotes]

        def inside(person: Person) -> bool:
            index = bisect_right(quote_starts, person.start + 1) - 1
            return index >= 0 and quotes[index][0] - 1 <= person.start < quotes[index][1] + 1

        self.people = [p for p in people if not inside(p)]
        self.starts = [p.start for p in self.people]
        self.ends = [p.end for p in self.people]

    def first_from(self, offset: int) -> Person | None:
        index = bisect_left(self.starts, offset)
        return self.people[index] if index < len(self.people) else None

    def last_before(self, offset: int) -> Person | None:
        index = bisect_right(self.ends, offset) - 1
        return self.people[index] if index >= 0 else None


def find_quotes(text: str, people: list[Person], sentences: Sentences,
                previous_speaker: str | None, last_person: str | None) -> list[FoundQuote]:
    """Attributed quotes of one paragraph.

    `previous_speaker` is who spoke last in the preceding paragraph (a quote that opens a
    paragraph without attribution continues it); `last_person` resolves 'he'/'she'."""
    spans = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]
    speakers = _Speakers(people, spans)
    found: list[FoundQuote] = []
    speaker_so_far: str | None = None
    for index, (start, end) in enumerate(spans):
        limit = spans[index + 1][0] - 1 if index + 1 < len(spans) else len(text)
        speaker = _after(text, end + 1, limit, speakers) or _before(text, start - 1, speakers, sentences)
        if speaker is None and index > 0:
            speaker = speaker_so_far
        elif speaker is None and start <= 1:
            speaker = previous_speaker
        if speaker is None:
            speaker = _pronoun(text, start - 1, end + 1, speakers, last_person)
        if speaker is None or not text[start:end].strip():
            continue
        found.append(FoundQuote(speaker, start, end))
        speaker_so_far = speaker
    return found


def _after(text: str, close: int, limit: int, speakers: _Speakers) -> str | None:
    """'"...," said X' or '"...," X said'."""
    person = speakers.first_from(close)
    if person is None or person.start > min(close + _REACH, limit):
        return None
    between = text[close:person.start]
    if _VERB_THEN_TITLE.match(between):
        return person.entity_id
    if _TITLE_ONLY.match(between) and _VERB_AFTER_NAME.match(text[person.end:person.end + 120]):
        return person.entity_id
    return None


def _before(text: str, open_: int, speakers: _Speakers, sentences: Sentences) -> str | None:
    """'X said "..."', 'X said last month that the "..."' within one sentence."""
    person = speakers.last_before(open_)
    if person is None or person.start < sentences.span_at(open_)[0] or open_ - person.end > _REACH * 3:
        return None
    between = text[person.end:open_]
    return person.entity_id if _VERB_WORD.search(between) and not _QUOTE.search(between) else None


def _pronoun(text: str, open_: int, close: int, speakers: _Speakers, last_person: str | None) -> str | None:
    if not (_PRONOUN_AFTER.match(text[close:close + 40]) or _PRONOUN_BEFORE.search(text[max(0, open_ - 80):open_])):
        return None
    earlier = speakers.last_before(open_)
    return earlier.entity_id if earlier else last_person
