"""Quantities as reported: "twelve Su-35 air superiority fighters", "two units of the S-400",
"30,000 Russian troops"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import any_of
from .vocabulary import NUMBER_WORDS

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + any_of(NUMBER_WORDS) + ")"
_UNITS = r"(?:(?:units|batteries|battalions|squadrons|regiments|divisions|brigades|sets|pieces|" \
         r"launchers|complexes|systems|companies|groups)\s+of\s+(?:the\s+)?)?"
# NUMBER [units of the] then up to six words; the phrase is cut in code (see find_quantities).
_PHRASE = re.compile(rf"(?<![\w,.-])(?P<number>{_NUMBER})\s+{_UNITS}(?P<words>[\w'-]+(?:\s+[\w'-]+){{0,5}})", re.I)
_WORD = re.compile(r"[\w'-]+")
_FUNCTION_WORDS = {
    "to", "in", "into", "and", "or", "for", "from", "with", "that", "which", "who", "at", "on", "by", "as",
    "have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "along", "near", "across",
    "during", "under", "over", "of", "the", "a", "an", "its", "their", "this", "his", "her", "thus", "plus",
}
_UNCOUNTABLE = {"personnel", "aircraft", "equipment", "materiel", "infantry", "artillery", "armor", "armour"}
_TIME_UNITS = {"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
               "minute", "minutes", "percent", "per", "cent", "times", "km", "kilometers", "kilometres",
               "miles", "meters", "metres"}


@dataclass(frozen=True)
class FoundQuantity:
    start: int
    end: int
    amount: int | None


def amount_of(number: str) -> int | None:
    word = number.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    try:
        return int(float(word.replace(",", "")))
    except ValueError:
        return None


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return (len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss")) or lower in _UNCOUNTABLE


def find_quantities(text: str) -> list[FoundQuantity]:
    """Counted things: the phrase runs from the number to the first plural noun ("troops"), or,
    for a designation ("the S-400 missile defense system"), to the first function word."""
    found = []
    position = 0
    while match := _PHRASE.search(text, position):
        number = match["number"]
        position = match.end("number")  # the next count may stand inside this match's words
        if re.fullmatch(r"(1[89]|20)\d\d", number):
            continue  # a year
        words = list(_WORD.finditer(text, match.start("words"), match.end("words")))
        end = None
        for index, word in enumerate(words):
            lower = word.group(0).lower()
            if lower in _FUNCTION_WORDS or lower in _TIME_UNITS:
                if index and any(ch.isdigit() for w in words[:index] for ch in w.group(0)):
                    end = words[index - 1].end()
                break
            if _is_plural(word.group(0)):
                end = word.end()
                break
        else:
            if words and any(ch.isdigit() for w in words for ch in w.group(0)):
                end = words[-1].end()
        if end is not None:
            found.append(FoundQuantity(match.start(), end, amount_of(number)))
            position = end
    return found
