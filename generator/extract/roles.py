"""Roles as the text states them: a title before a name ("Kremlin spokesman Dmitry Peskov") or an
appositive after it ("Alexander Volfovich, State Secretary of the Belarusian Security Council")."""
from __future__ import annotations

import re

from .vocabulary import NOT_NAMES, TITLE_MODIFIERS, TITLE_NOUNS

_TOKEN = re.compile(r"[\w'-]+")
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<role>[^,.;:\"“”()]{3,120}?)"
    r"(?=\s*(?:[,.;:\"“”()]|$)|\s+(?:said|says|told|added|who|which|on|during|and)\b)"
)
_MAX_WORDS = 12


def _is_title_word(word: str) -> bool:
    bare = word.strip(".").lower()
    return bare in TITLE_NOUNS or bare.rstrip("s") in TITLE_NOUNS


def title_before(text: str, start: int) -> str | None:
    """The title phrase that ends right before offset `start` (a name), if any."""
    prefix = text[max(0, start - 160):start]
    if not prefix.endswith(" "):
        return None
    words: list[str] = []
    for token in reversed(prefix.split(" ")[:-1]):
        if not _TOKEN.fullmatch(token):  # punctuation ends the phrase: "unclear." or "Ministry,"
            break
        if not words:
            if not _is_title_word(token):
                return None
        elif token in NOT_NAMES or not (token[0].isupper() or token.lower() in TITLE_MODIFIERS
                                        or _is_title_word(token) or token in ("of", "the")):
            break
        words.insert(0, token)
        if len(words) == 8:
            break
    while words and words[0] in ("of", "the"):
        words.pop(0)
    return " ".join(words) or None


def appositive_after(text: str, end: int) -> str | None:
    """The role in an appositive right after a name, if it names a title."""
    match = _APPOSITIVE.match(text[end:end + 200])
    if not match:
        return None
    role = match["role"].strip()
    words = role.split()
    if not words or len(words) > _MAX_WORDS or not any(_is_title_word(w) for w in words[:5]):
        return None
    if words[0].lower() in ("who", "which", "that", "whose", "he", "she", "it"):
        return None
    return role
