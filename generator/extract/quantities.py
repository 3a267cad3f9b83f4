"""Quantities as reported: "twelve Su-35 air superiority fighters", "two units of the S-400",
"30,000 Russian troops"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .vocabulary import NUMBER_WORDS

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNITS = r"(?:(?:units|batteries|battalions|squadrons|regiments|divisions|brigades|sets|pieces|" \
         r"launchers|complexes|systems|companies|groups)\s+of\s+(?:the\s+)?)?"
# NUMBER [units of the] up to five words, the phrase ending at punctuation or a function word.
_PHRASE = re.compile(
    rf"\b(?P<number>{_NUMBER})\s+{_UNITS}(?P<words>(?:[\w'-]+\s+){{0,5}}?[\w'-]+)"
    r"(?=\s*(?:[,.;:()\"“”—–]|$)|\s+(?:to|in|into|and|or|for|from|with|that|which|who|at|on|by|as|have|has|had|were|was|are|is|will|would|could|along|near|across|during|under|over)\b)",
    re.I,
)
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


def find_quantities(text: str) -> list[FoundQuantity]:
    found = []
    for match in _PHRASE.finditer(text):
        number, words = match["number"], match["words"].split()
        if re.fullmatch(r"(1[89]|20)\d\d", number) or words[0].lower() in _TIME_UNITS \
                or words[-1].lower() in _TIME_UNITS:
            continue  # a year, a duration or a distance, not a count of things
        last = words[-1]
        # A count is of things: the phrase ends in a plural or an uncountable military noun,
        # or names a piece of equipment ("a Pantsir S1 ... system" is caught by the mention).
        if not (last.endswith("s") or last.lower() in ("personnel", "aircraft", "equipment", "materiel")
                or any(ch.isdigit() for ch in match["words"])):
            continue
        found.append(FoundQuantity(match.start(), match.end(), amount_of(number)))
    return found
