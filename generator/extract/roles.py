"""Roles as the text states them: a title before a name ("Kremlin spokesman Dmitry Peskov") or an
appositive after it ("Alexander Volfovich, State Secretary of the Belarusian Security Council")."""
from __future__ import annotations

import re

from .vocabulary import NOT_NAMES, RANK_WORDS, TITLE_MODIFIERS, is_title_word

_TOKEN = re.compile(r"[\w'-]+")
_APPOSITIVE = re.compile(
    r"^,\s+(?:(?:the|a|an)\s+)?(?P<role>(?:[^,.;:\"“”()]|\([^()]{1,20}\)){3,120}?)"
    r"(?=\s*(?:[,.;:\"“”()]|$)|\s+(?:said|says|told|added|who|which|on|during|and)\b)"
    # or set off by dashes or brackets: "X — the port's director — said", "X (the port's director)"
    r"|^\s*(?:[—–]|--|\()\s*(?:(?:the|a|an)\s+)?(?P<inside>[^,.;:\"“”()—–]{3,120}?)\s*(?:[—–)]|--)"
)
_MAX_WORDS = 12


_LINKS = ("of", "to", "for")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,6}\)")  # "Secretary of State", "Ambassador to Poland"


def _title_phrase(prefix: str) -> str | None:
    """The title phrase that ends `prefix` (which ends before a name), if any: words read backwards
    while they may stand in a title ("Russian Defense Minister", "U.S. Ambassador to Poland",
    "First Deputy Minister of Defense of Ukraine Lieutenant General", "Maj. Gen.")."""
    words: list[str] = []
    for token in reversed(prefix.split(" ")):
        if words and _BRACKETED_ACRONYM.fullmatch(token):
            continue  # "Chief of Army Staff (COAS) General": the title's acronym
        bare = token.lstrip("-–—")  # "(Reuters) -President": the dash ends the phrase
        if not (_TOKEN.fullmatch(bare) or (bare.endswith(".") and is_title_word(bare))):
            break  # punctuation ends the phrase: "unclear." or "Ministry,"
        if not is_title_word(bare) and (bare in NOT_NAMES or not (bare[0].isupper() or bare.lower() in TITLE_MODIFIERS
                                                                  or bare in ("the", *_LINKS))):
            break
        words.insert(0, bare)
        if bare != token or len(words) == 12:
            break
    # The phrase ends in a title word, or in one followed by "of/to/for [the] Name ...".
    titles = [i for i, w in enumerate(words) if is_title_word(w)]
    if not titles:
        return None
    last = titles[-1]
    tail = words[last + 1:]
    if tail and (tail[0] not in _LINKS or not all(w[0].isupper() or w in ("the", *_LINKS) for w in tail)
                 or tail[-1] in ("the", *_LINKS)):
        return None
    while words and words[0] in ("the", *_LINKS):
        words.pop(0)
    return " ".join(words) or None


def title_before(text: str, start: int) -> str | None:
    """The title phrase that ends right before offset `start` (a name), if any. A rank alone
    ("Lieutenant Brigadier") is preceded by the office it holds where the text gives one: "the
    Commander of the Air Force, Lieutenant Brigadier X" has the role "Commander of the Air Force,
    Lieutenant Brigadier"."""
    prefix = text[max(0, start - 300):start]
    phrase = _title_phrase(prefix[:-1]) if prefix.endswith(" ") else None
    if phrase and all(w.strip(".").lower() in RANK_WORDS for w in phrase.split()):
        before = prefix[:-1][:-len(phrase)]
        office = _title_phrase(before[:-2]) if before.endswith(", ") else None
        if office and not all(w.strip(".").lower() in RANK_WORDS for w in office.split()):
            return f"{office}, {phrase}"
    return phrase


def title_before_comma(text: str, start: int) -> str | None:
    """A title set off before a name by a comma: "the commander of the Air Force, Mykola Oleschuk",
    "US defense secretary, Lloyd Austin"."""
    prefix = text[max(0, start - 200):start]
    return _title_phrase(prefix[:-2]) if prefix.endswith(", ") else None


def appositive_after(text: str, end: int) -> str | None:
    """The role in an appositive right after a name, if it names a title."""
    match = _APPOSITIVE.match(text[end:end + 200])
    if not match:
        return None
    role = (match["role"] or match["inside"]).strip()
    words = role.split()
    if not words or len(words) > _MAX_WORDS or not any(is_title_word(w) for w in words[:5]):
        return None
    if words[0].lower() in ("who", "which", "that", "whose", "he", "she", "it", "and", "or", "but"):
        return None
    return role
