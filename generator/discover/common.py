"""What the discovery rules share: the candidate they produce and small word tests."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.vocabulary import NOT_NAMES, TITLE_MODIFIERS, TITLE_NOUNS


@dataclass(frozen=True)
class Found:
    """One rule firing in one paragraph: a name, its type, and what the rule learnt about it."""

    name: str
    type: str
    pattern: str
    start: int  # offsets in the normalised paragraph text
    end: int
    aliases: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


# Capitalised word, including "U.S.", "Jong-sup", "O'Brien", "MiG"; a full stop ends it.
CAPITALISED = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’-]*\w|[A-Z])"
RUN = re.compile(rf"{CAPITALISED}(?:\s+(?:{CAPITALISED}))*")
LEADING = {"The", "A", "An", "On", "In", "At", "As", "But", "And", "Or", "For", "From", "With", "By", "To", "Of",
           "If", "When", "While", "After", "Before", "During", "Since", "Meanwhile", "However", "Also", "Yesterday",
           "Today", "Both", "All", "This", "That", "These", "Those", "It", "Its", "Their", "His", "Her", "Our", "Asked",
           "Under", "Over", "Speaking", "According", "Last", "Next", "Earlier", "Later"} | {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians?|eans?|ese|ish|ans?|[^aeiou]is?|ch)$")


def is_demonym(word: str) -> bool:
    """'Russian', 'Turkish', 'Chinese', 'Israeli', 'Dutch', 'Russian-Belarusian': adjectives of a
    people, not names."""
    if "-" in word:
        return all(is_demonym(part) for part in word.split("-"))
    return bool(_DEMONYM.match(word)) and word not in {"Pentagon", "Kremlin", "Iran", "Oman", "Sudan", "Taiwan",
                                                         "Japan", "Afghanistan", "Pakistan", "Bhutan", "Jordan"}


def is_title_word(word: str) -> bool:
    bare = word.strip(".").lower()
    return bare in TITLE_NOUNS or (bare.endswith("s") and bare[:-1] in TITLE_NOUNS)


def is_plain_word(word: str) -> bool:
    """A word that never names anything on its own ('The', 'Monday', 'Western')."""
    return word in NOT_NAMES or word in LEADING or word.lower() in TITLE_MODIFIERS


def strip_leading(words: list[str]) -> list[str]:
    while words and words[0] in LEADING:
        words = words[1:]
    return words


def possessive_cut(words: list[str]) -> list[str]:
    """'Russia's National Defense Control Center' -> the words after the possessive."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].endswith(("'s", "’s")):
            return words[index + 1:]
    return words
