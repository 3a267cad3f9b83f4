"""Text helpers shared by the extractors: a normalised view of a paragraph that maps back to the
original offsets, and sentence spans."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from retrie.trie import Trie

# Editorial brackets ("[Belarusian] President [Alexander] Lukashenko") are dropped for matching;
# typographic apostrophes, hyphens and spaces become plain ones so "Ukraine’s" and "Ukraine's" match
# alike, and guillemets the curly quotation marks they stand for («...» is “...”).
_DROP = "[]"
_SAME_AS = {"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2010": "-", "\u2011": "-", "«": "“", "»": "”"}
_REMOVE = str.maketrans("", "", _DROP)
_TWO_APOSTROPHES = re.compile("''|``")  # (and two backticks, as some wire copy opens a quote: ``...'')
# Where a caption places a person in the picture, dropped so that the name reads on: "Gen. Ana Berg (L)
# and Gen. Ivo Marek (R)", "Lt. Gen. Dan Aro (C), the Chief of Defence Staff, ...".
# (or in two letters: "(C-L)", "(L-R)")
_POSITION_MARK = re.compile(r" \((?:[LRC](?:-[LRC])?|(?:far |second |third )?(?:left|right)|cent(?:re|er)|middle|front|back)\)(?=[\s,.;:]|$)")


@dataclass(frozen=True)
class Normalised:
    text: str
    # For each dropped character, the normalised offset where it stood; empty when none was dropped.
    shifts: tuple[int, ...] = ()

    def origin(self, index: int) -> int:
        """The offset in the original text of normalised character `index`."""
        return index + bisect_right(self.shifts, index) if self.shifts else index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised span [start, end)."""
        return self.origin(start), self.origin(end - 1) + 1


def _fold_table() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):  # Latin-1 Supplement and Latin Extended-A and -B
        letters = [c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)]
        if len(letters) == 1 and letters[0].isascii() and letters[0].isalpha():
            table[code] = letters[0]
    table.update(str.maketrans("łŁøØđĐħĦıŧŦ", "lLoOdDhHitT"))  # letters that do not decompose
    table.update(str.maketrans("ðÐþÞæÆœŒß", "dDtTaAoOs"))  # (and Icelandic's, Danish's, French's: "Þór", "Ægisson")
    return table


_FOLD = str.maketrans(_fold_table())
_FOLDED = re.compile("[" + "".join(map(chr, sorted(_FOLD))) + "]")


def fold(text: str) -> str:
    """Latin letters with diacritics as their plain letters ("Władysław Błaszczak" -> "Wladyslaw
    Blaszczak"), one character for one, so that offsets into the folded text hold in the original.
    Names are matched and found folded: news writes one name both ways. (Most text has none of
    these letters, only curly quotes and dashes: a search for one is quicker than translating.)"""
    return text if text.isascii() or not _FOLDED.search(text) else text.translate(_FOLD)


def matchable(text: str) -> str:
    """`fold(normalise(text).text)`: the text as the matcher reads it."""
    text = _same(text)
    if "(" in text:
        text = _POSITION_MARK.sub("", text)
    text = text.replace("''", '"').replace("``", '"')
    for char in _DROP:
        text = text.replace(char, "")
    return fold(text)


def _same(text: str) -> str:
    """`text` with the characters of _SAME_AS replaced, one for one. (Replacing each that occurs is
    several times quicker than `str.translate`, which maps character by character in Python's own
    slow path once a text holds a curly quote.)"""
    for char, same in _SAME_AS.items():
        if char in text:
            text = text.replace(char, same)
    return text


# A straight double mark typed for an apostrophe: "Kestria"s President" (one for one, offsets kept).
_MARK_FOR_APOSTROPHE = re.compile(r'(?<=[a-z])"(?=s\b)')


def normalise(text: str) -> Normalised:
    translated = _same(text)
    if '"s' in translated:
        translated = _MARK_FOR_APOSTROPHE.sub("'", translated)
    marks = [m.span() for m in _POSITION_MARK.finditer(translated)] if "(" in translated else []
    if "[" not in translated and "]" not in translated and "''" not in translated and "``" not in translated and not marks:
        return Normalised(translated)
    # (two apostrophes stand for a quotation mark: "''My orders are ...''", as some copy types them)
    # (the second apostrophe of each pair is dropped, the first becomes the mark)
    dropped = sorted([i for i, char in enumerate(translated) if char in _DROP]
                     + [m.start() + 1 for m in _TWO_APOSTROPHES.finditer(translated)]
                     + [i for start, end in marks for i in range(start, end)])
    kept = translated
    for start, end in reversed(marks):
        kept = kept[:start] + kept[end:]
    kept = _TWO_APOSTROPHES.sub('"', kept).translate(_REMOVE)
    return Normalised(kept, tuple(position - count for count, position in enumerate(dropped)))


@lru_cache(maxsize=16)  # the word lists patterns need, and the changed names of recent runs
def word_finder(words: tuple[str, ...]) -> ahocorasick.Automaton:
    """An Aho–Corasick automaton for `words`: whether a text holds any of them is one pass over it."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def any_of(words) -> str:
    """A regular expression for any of `words`, written as a trie: Python's `re` tries the branches
    of an alternation one by one at every position, a trie branches once per letter. It matches
    what the plain alternation of the words, longest first, matches."""
    trie = Trie()
    trie.add(*words)
    return trie.pattern()


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "rep", "sen", "gov", "st",
    "jan", "feb", "fe", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "etc", "inc", "corp", "co", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "approx", "est",
}
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "J." and "A.P." (before the last full stop) end no sentence
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence [start, end) offsets; abbreviations such as "Feb." or "Gen." do not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        before = text[max(start, match.start() - 40):match.start()].rsplit(None, 1)
        word = before[-1].lower().strip("\"“(") if before else ""
        if word in _ABBREVIATIONS or _INITIALS.fullmatch(word):
            continue
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


class Sentences:
    """Sentence spans of a text, looked up by offset in logarithmic time."""

    def __init__(self, text: str):
        self.spans = sentence_spans(text)
        self._starts = [start for start, _ in self.spans]

    def span_at(self, offset: int) -> tuple[int, int]:
        index = max(bisect_right(self._starts, offset) - 1, 0)
        return self.spans[index] if self.spans else (0, 0)


def sentence_around(original: str, norm: Normalised, sentences: Sentences, offset: int) -> tuple[int, int]:
    """The [start, end) offsets in the original paragraph text of the sentence holding normalised
    offset `offset`, without surrounding spaces. Mentions keep these offsets rather than the
    sentence itself: the text is in the article already, and results stay small to cache."""
    start, end = norm.span(*sentences.span_at(offset))
    while start < end and original[start].isspace():
        start += 1
    while end > start and original[end - 1].isspace():
        end -= 1
    return start, end
