"""Direct quotes and who said them, in the usual news forms:
'"...," X said', '"...," said X', 'X said "..."', 'X said that "..."', a quote that goes on after
its attribution, and a speaker named by surname or pronoun. Curly and straight quotes mix freely."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import SPEECH_VERBS

_QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
_VERB = r"(?:" + "|".join(sorted(SPEECH_VERBS - {"according"})) + r")"
_VERB_WORD = re.compile(rf"\b{_VERB}\b")
# Between a closing quote and the speaker: ', said' or ', said Belarusian foreign minister '.
_VERB_THEN_TITLE = re.compile(rf"^[\s,]*{_VERB}\s+(?:[\w'-]+\s+){{0,7}}$")
_BARE = re.compile(r"^[\s,]*$")
_VERB_AFTER_NAME = re.compile(rf"^(?:\s*,[^,\"“”]{{1,80}},)?\s+(?:has\s+|had\s+)?{_VERB}\b")
_PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:(?P<p1>he|she)\s+{_VERB}|{_VERB}\s+(?P<p2>he|she))\b", re.I)
_PRONOUN_BEFORE = re.compile(rf"\b(?P<p>[Hh]e|[Ss]he)\s+(?:\w+\s+){{0,3}}?{_VERB}\b[^\"“”]*$")
_MIN_WORDS = 3  # shorter quoted bits are scare quotes or names, not statements


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


def find_quotes(text: str, people: list[Person], sentences: list[tuple[int, int]],
                previous_speaker: str | None, last_person: str | None) -> list[FoundQuote]:
    """Attributed quotes of one paragraph.

    `previous_speaker` is who spoke last in the preceding paragraph (a quote that opens a
    paragraph without attribution continues it); `last_person` resolves 'he'/'she'."""
    spans = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]
    outside = [p for p in people if not any(s - 1 <= p.start < e + 1 for s, e in spans)]
    found: list[FoundQuote] = []
    speaker_so_far: str | None = None
    for index, (start, end) in enumerate(spans):
        speaker = _after(text, end + 1, outside, spans) or _before(text, start - 1, outside, sentences)
        if speaker is None and (index > 0 or start <= 1):
            speaker = speaker_so_far or (previous_speaker if index == 0 else None)
        if speaker is None:
            speaker = _pronoun(text, start - 1, end + 1, outside, last_person)
        if speaker is None or len(text[start:end].split()) < _MIN_WORDS:
            continue
        found.append(FoundQuote(speaker, start, end))
        speaker_so_far = speaker
    return found


def _after(text: str, close: int, people: list[Person], spans) -> str | None:
    """'"...," said X' or '"...," X said'."""
    limit = next((s - 1 for s, _ in spans if s > close), len(text))
    for person in people:
        if close <= person.start <= min(close + 90, limit):
            between = text[close:person.start]
            if _VERB_THEN_TITLE.match(between):
                return person.entity_id
            if _BARE.match(between) and _VERB_AFTER_NAME.match(text[person.end:]):
                return person.entity_id
            return None
    return None


def _before(text: str, open_: int, people: list[Person], sentences) -> str | None:
    """'X said "..."', 'X said last month that the "..."' within one sentence."""
    sentence_start = next((s for s, e in sentences if s <= open_ < e), 0)
    for person in reversed(people):
        if sentence_start <= person.start and person.end <= open_:
            between = text[person.end:open_]
            if _VERB_WORD.search(between) and not _QUOTE.search(between):
                return person.entity_id
            return None
    return None


def _pronoun(text: str, open_: int, close: int, people: list[Person], last_person: str | None) -> str | None:
    if not (_PRONOUN_AFTER.match(text[close:]) or _PRONOUN_BEFORE.search(text[max(0, open_ - 80):open_])):
        return None
    earlier = [p.entity_id for p in people if p.end <= open_]
    return earlier[-1] if earlier else last_person
