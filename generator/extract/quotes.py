"""Direct quotes and who said them, in the usual news forms: '"...," X said', '"...," said X',
'X said "..."', 'X said that "..."', 'X: "..."', a quote that goes on after its attribution or into
the next paragraph, an attribution at the end of the sentence ('... "...", Foreign Secretary X
said in a statement'), and a speaker named by surname, pronoun or role ("the minister said"). A
speaker is a person or an organisation ("the ministry said in a statement", "a DRDO official
said", "it said"). Curly and straight quotes mix freely.

Lookups bisect sorted offsets, so a paragraph of a megabyte costs time linear in its length."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Mapping

from .text import Sentences
from .vocabulary import COMPANY_WORDS, ORGANIZATION_NOUNS, OUTLET_WORDS, SPEECH_VERBS, is_title_word

_QUOTE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
_MARK = re.compile(r"[\"“”]")
# (closed by a sentence's punctuation inside the marks, or outside them: "'a normal part', X said")
# (the mark first, then what stands before it: a pattern that starts with a lookbehind is tried at every position)
_SINGLE_QUOTE = re.compile(r"(?:['‘](?<![^\s(]['‘])|['‘](?<=[.!?]['‘])(?=[A-Z]))(?=[A-Za-z0-9])(.+?[,.!?…]|.+?(?=['’][,.;:])"
                           # (or a phrase of a few words inside a sentence: "a 'pledge of friendship' of the two")
                           r"|[A-Za-z][\w-]*(?: [\w-]+){1,5}(?=['’] [a-z]))['’](?=[\s,.;:)]|$)")
_CURLY = re.compile(r"“[^“”]*”")
_VERB = r"(?<!-)(?:" + "|".join(sorted(SPEECH_VERBS - {"according"})) + r")"  # not "so-called"
_VERB_WORD = re.compile(rf"\b{_VERB}\b")
# Between a closing quote and the speaker: ', said', ', said Belarusian foreign minister ' or
# ' Defence Minister ' (the verb then follows the name).
# ('"...," said the ministry's media wing, the X': a description, then the name after its comma)
_VERB_THEN_TITLE = re.compile(rf"^[\s,]*{_VERB}\s+(?:[\w'.-]+\s+){{0,7}}$|^[\s,]*{_VERB}\s+(?:[\w'.-]+\s+){{1,5}}?[\w'.-]+,\s+(?:the\s+)?$"
                              # (or a title of two offices in capitals: '"...," said Minister for X and Minister for Y, Z')
                              rf"|^[\s,]*{_VERB}\s+[A-Z](?:[\w'.-]+\s+){{6,16}}?[\w'.-]+,\s+$")
# A title in capitals after "said" may be long: the speaker's name is looked for further after it.
_SAID_THEN_TITLE = re.compile(r"[\s,]*(?:said|says)\s+[A-Z][a-z]+\s+(?:for|of)\s+[A-Z]")
_TITLE_ONLY = re.compile(r"^[\s,]*(?:[\w'.()-]+,?\s+){0,8}$")  # ', the ministry's spokesman, Brig. Gen. '
# "According to a statement from X, ... "...": X speaks for the sentence.
# (the speaker's title may come first: "according to remarks from Kestria's Ambassador to Varno, X, ...")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,5}?(?:(?:from|by|of)\s+(?:the\s+)?"
                           r"(?:(?:[A-Z][\w.'’-]*|to|of|for|the)\s+){0,5}?(?:[A-Z][\w.'’-]*,\s+)?)?$")
_ACCORDING_AFTER = re.compile(r"^[\s,]*according\s+to\s+(?:the\s+)?$")
# The agent of a passive speech verb: 'X was praised by Y for "..."' (Y's words; but "quoted by").
_BY_AGENT = re.compile(rf"\b(?!quoted\b){_VERB}\s+by\s+$")
# Words that come from a speaker: "a warning from Foreign Minister X of impending "..."".
_SPOKEN_FROM = re.compile(r"\b(?:warning|pledge|promise|threat|call|appeal|demand|message|remarks?|comments?|"
                          r"statement)s?\s+from\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$")
# After a speaker's name: an appositive (its closing comma often left out: "X, head of the Y
# department said"), or "of the Philippines", then the verb.
_VERB_AFTER_NAME = re.compile(rf"^\.?(?:\s*,[^,\"“”]{{1,100}},?|\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’-]*|\([A-Z]{{2,8}}\))){{0,7}})?"
                              rf",?\s+(?:has\s+|had\s+|was\s+)?{_VERB}\b")  # ("X, the minister, was quoted")
# An organisation's unnamed speaker: "a DRDO official said", "the ministry's spokesman said".
_VERB_AFTER_ORGANISATION = re.compile(rf"^(?:'s)?\s+(?:[\w-]+\s+){{0,2}}?(?:has\s+)?{_VERB}\b")
# An organisation that only qualifies a person's role: "Gan Yu, a spokesperson for China's Coast
# Guard, accusing ...", "Peter Lerner, IDF (Zahal) spokesperson ... said".
# ("Name, chairman of X's Y-maker Z, said": Z qualifies the chairman.)
_ROLE_BEFORE_ORGANISATION = re.compile(r"\b(?:for|of|at|in)\s+(?:the\s+)?(?:(?:[A-Z][\w']*|[\w']+-[a-z]+)\s+){0,2}$")
_TITLE_BEFORE_ORGANISATION = re.compile(r",\s+([A-Z][\w-]*)\s+$")  # ("Ana Berg, CEO Kestwerk")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w-])(?:[A-Z][\w'’-]*\s+(?:(?:for|of|and|the)\s+)*){1,6}\($")
# ("X group CEO"; "X-Kest contracting officer": the body's branch, and a title of two words)
_TITLE_AFTER_ORGANISATION = re.compile(r"^(?:-[A-Z]\w*)?(?:'s)?(?:\s+\([^()]{1,30}\))?(?:\s+[Gg]roup)?\s+([\w-]+)(?:\s+([a-z][\w-]*))?")
# A paragraph quoted without quotation marks, its attribution after a dash: "... units. - X stated."
# (whole sentences before it: the dash follows a sentence's end)
_DASHED_ATTRIBUTION = re.compile(rf"(?<=[.!?]) [-–—] (?P<who>(?:the\s+)?(?:[\w.'’-]+\s+){{0,4}}?[\w.'’-]+)\s+{_VERB}\.?$")
_POSTED_ON = re.compile(r"\b(?:took\s+to|posted\s+(?:it\s+)?on|on\s+(?:its|his|her|their)\s+(?:official\s+)?)\s*$")
# A paragraph opened by a dash, as quotes are in some languages' copy: "- We will win - said the minister X."
_DASH_OPENED = re.compile(r"[-–—]\s+(?=[A-Z“\"])")
_SAID_AFTER_DASH = re.compile(rf"\s[-–—]\s+(?:{_VERB})\s+(?P<who>(?:the\s+)?(?:[\w.'’-]+\s+){{0,6}}?[\w.'’-]+)(?=[.,;]|$)")
# A transcript's line, its speaker by a label (not a quotation in marks: 'Ana Berg: "..."' is one).
# (Discovery reads the same labels to tell a transcript's speakers.)
SPEAKER_LABEL = r"^(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):"
_SPEAKER_LABEL = re.compile(SPEAKER_LABEL + r"\s+(?=[^\s\"“‘'])")
# An interviewee's label: ranks, the name and a post set off by a comma, then a colon ("General Ana Berg,
# commander of the Kest Air Force: We ...").
INTERVIEWEE_LABEL = re.compile(r"^(?P<name>(?:[A-Z][\w'’-]*\.? ){1,4}[A-Z][\w'’-]*)(?:, [^:\"“”]{3,100})?:\s+(?=[A-Z])")
# A line of a live blog that names its speaker after a colon at its end: "10:52 pm: ...: Ana", and
# the time that opens it.
_COLON_ATTRIBUTION = re.compile(r"[.!?\w]:\s+(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})$")
_TIME_OPENING = re.compile(r"\d{1,2}:\s?\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?:?\s+")
# "According to a statement from the ministry, ... "..."": the body by its noun.
_ACCORDING_TO_ROLE = re.compile(r"\b[Aa]ccording to\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|release|report)"
                                r"\s+(?:from|by|of)\s+the\s+(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+),")
# A label before a quote that opens its paragraph: "Quote: "...""
_LABEL_BEFORE = re.compile(r"(?:Quote|Quoted|Direct speech)\s*:\s*")
# A person's pronoun that speaks between a body and the quote: ", which he said "
_NEAREST_PRONOUN_WORDS = r"(?:,\s+(?:which|that|what)\s+)(?:he|she)\s+(?:\w+\s+)?"
# (and "a statement to X in which he said:")
_NEARER_PRONOUN = re.compile(rf"(?:{_NEAREST_PRONOUN_WORDS}|\s(?:in|with)\s+which\s+(?:he|she)\s+(?:\w+\s+)?){_VERB}\s*:?\s*[“”\"]?$")
# A reported clause, and the title before its subject: "reported that Defence Minister ".
_REPORTED_THAT = re.compile(rf"\b{_VERB}\b(?:[^.!?;“”\"]{{0,160}}\band)?\s+(?:on\s+[A-Z][a-z]+\s+)?that\s+(?:[\w-]+\s+){{0,5}}$")
_PERSON_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+[a-z]+")
_PRONOUN_OBJECT = re.compile(r"^\s+quoted\s+(?:him|her)\b")  # "TASS quoted her as saying"
_ADDRESSEE = re.compile(r"\b(?:(?:statement|remarks|interview|comments?)\s+(?:to|with)|told|speaking\s+to|said\s+to)\s+(?:the\s+)?$")
_REPORTED_BY = re.compile(r"[\s,]*(?:reported|reports)\s+[A-Z]")
# The one an agency "reported" or "quoted" "as saying" (the agency only passes the words on):
# '"...," Kestpress reported company President X as saying', 'Kestpress quoted X as saying "..."'.
# (not the passive's agent: in "she is quoted by the Kest Times as saying" she speaks)
_AS_SAYING = r"(?:reported|quoted|cited)\s+(?!by\b)(?P<who>[^\"“”.;]{1,80}?)\s+as\s+saying\b"
# What a body speaks through: '"...," the website of the Kest Ministry reports', '"...," the press service of X said'
_CHANNEL_OF = re.compile(r"[\s,]*the\s+(?:official\s+)?(?:website|site|press\s+service|press\s+office|page|account)\s+of\s+(?:the\s+)?$")
_REPORTS = re.compile(r"\s+(?:reports|reported)\b")
_QUOTED_BY = re.compile(r"[\s,]*(?:he|she)\s+(?:is|was|has\s+been)\s+(?:quoted|cited)\s+by\b")
_AS_SAYING_AFTER = re.compile(rf"[\s,]*(?:[\w.'’-]+\s+){{0,4}}?{_AS_SAYING}")
_AS_SAYING_BEFORE = re.compile(rf"\b{_AS_SAYING}[^\"“”.]{{0,40}}$")
# An attribution closing the sentence after a comma: ', Foreign Secretary X said in a statement.'
_CLAUSE_BEFORE_NAME = re.compile(r",\s+(?:[\w'.()-]+\s+){0,7}$")
_CLOSING_ROLE = re.compile(rf",\s+the\s+(?P<role>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:has\s+)?{_VERB}\.?$")
_CLOSING_PRONOUN = re.compile(rf",\s+(?:\w+,\s+)?(?:he|she)\s+(?:has\s+|had\s+)?{_VERB}\b")  # ", however, he said ..."
# "X shattered another: "..."": the person a predicate ending in a colon follows.
_PREDICATE_COLON = re.compile(r"^\s+[a-z][^\"“”:;]{0,80}:\s*$")
# A paragraph that opens on a title and goes on in quotation marks: 'The president "believes ..."'.
# A speech verb's participle after a quote: '..., telling the crowd that', ', adding that'.
_TELLING_AFTER = re.compile(r"^[\s,\"”’]*(?:telling|saying|adding|noting|stressing|insisting|warning|explaining|arguing)\b")
# A paragraph that goes on with what the one before reported, its subject a pronoun: 'It was not "..."'.
_IT_WAS = re.compile(r"(?:It|This|That)\s+(?:was|is|would\s+be|will\s+be)\s")
_TITLE_SUBJECT = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?(?P<title>[a-z]+)\s+[\"“]")
# 'X's text reads, "..."', "X's post says:": what the speaker wrote, read out.
_WRITING_READS = re.compile(r"^['’]s\s+(?:\w+\s+)?(?:text|statement|message|post|letter|tweet|note)\s+(?:reads|read|says|said)[\s,:]*$")
# 'X's words regarding "..."': X's words, and only these (the sentence's other quotes may be others').
_WORDS_OF = re.compile(r"['’]s\s+(?:words|remarks|comments)\s+(?:regarding|about|on)\s+[\"“]$")
_PRONOUN_AFTER = re.compile(rf"^[\s,]*(?:(?:he|she|it)\s+(?:was\s+|is\s+|had\s+|has\s+)?{_VERB}|{_VERB}\s+(?:he|she|it))\b", re.I)
# (a name in quotation marks may stand between: 'He said its use in “Kestrel” is not aimed at "..."')
_PRONOUN_BEFORE = re.compile(rf"\b(?:[Hh]e|[Ss]he|[Ii]t)\s+(?:\w+\s+){{0,3}}?(?:{_VERB}\b|shared(?=,))(?:[^\"“”]|[\"“][A-Z][\w'’-]*[\"”])*$"
                             # or whose view the quote gives: "From his perspective, "...""
                             r"|\b(?:[Ff]rom|[Ii]n)\s+(?:his|her)\s+(?:perspective|view|opinion|words),\s*$")
# A speaker named by role: '"...," the minister said', 'said the Air Force spokesman'.
# ("Canada's defence department", "the country's transport ministry": whose it is, then the role)
_ROLE = (r"(?:(?:his|her)\s+(?:majesty|excellency|(?:royal\s+)?highness)\s+)?"  # ("said His Majesty the King")
         r"(?:(?:the|a|an|this|that)\s+(?:[\w.-]+['’]s\s+)?|[A-Z][\w.-]*['’]s\s+)(?P<role>(?:[\w.-]+\s+){0,4}[\w-]+)")  # ("the U.S. ambassador")
_ROLE_AFTER = (re.compile(rf"^[\s,]*{_ROLE}\s+(?:has\s+)?{_VERB}\b", re.I),
               re.compile(rf"^[\s,]*{_VERB}\s+{_ROLE}(?:\W|$)", re.I),
               # (a title in capitals without its article: '"...," Defense Minister said')
               re.compile(rf"^[\s,]*(?P<role>(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*)\s+(?:has\s+)?{_VERB}\b"))
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}(?:\s+on\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)?\s+(?:has\s+|also\s+)?{_VERB}\b[^\"“”]*$", re.I)
# Who made a statement: "X said in a statement", "The department said in a statement", "X, in a
# statement issued on Monday, said"; '"...," the statement read' (or "the post explained") then quotes it.
_IN_A_STATEMENT = re.compile(rf"^\)?(?:'s)?,?\s+(?:\w+\s+){{0,2}}?{_VERB}\s+(?:\w+\s+){{0,3}}?in\s+(?:a|an|its|the)\s+(?:\w+\s+)?statement"
                             rf"|^,\s+in\s+(?:a|its)\s+statement[^,\"“”]{{0,60}},\s+{_VERB}\b")
_ROLE_IN_A_STATEMENT = re.compile(rf"\b(?:[Tt]he|[Ii]ts)\s+(?P<role>(?:[\w-]+\s+){{0,3}}?[\w-]+)\s+{_VERB}\s+(?:\w+\s+){{0,3}}?"
                                  rf"in\s+(?:a|an|its|the)\s+(?:\w+\s+)?statement")
# "in a statement on Thursday by Air Commodore X", '"...," the statement said, citing X'.
_STATEMENT_OF = re.compile(r"\bstatement\s+(?:of|from)\s+(?:the\s+)?$")  # "in a statement of the Kest Ministry"
_STATEMENT_BY = re.compile(r"\bstatement\b[^.\"“”]{0,60}?\b(?:by|citing|quoting)\s+(?:[\w.,'’-]+\s+){0,6}$")
_THE_STATEMENT = re.compile(rf"^[\s,]*(?:the\s+(?:\w+\s+)?(?:statement|message|release|communique|notice|post)\s+(?:read|reads|{_VERB})\b"
                            # (or the verb first: '"...," reads the statement')
                            rf"|(?:read|reads|{_VERB})\s+the\s+(?:\w+\s+)?(?:statement|message|release|communique|notice|post)\b)")
# '... also known as the "Sea of Japan"', 'the so-called "red line"': a name or term, not speech.
# (But 'what X called the "..."' is X's words.)
_NAMING = re.compile(r"\b(?:known\s+as|translated\s+as|referred\s+to\s+as|so-called|code-named|(?:also|is|are|was|were|be|been|being)\s+"
                     r"(?:called|named|dubbed|termed))\s+(?:the\s+|a\s+)?$")
# A name in quotation marks, not words spoken: 'the task force «Victory»', 'its "Five Eyes" allies'.
_A_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d[\w-]*)){0,2}")  # ("Allied Resolve 2022")
_NOT_IN_ROLE = {"the", "a", "an", "of", "by", "to", "in", "on", "at", "with", "and", "or", "that", "who", "which", "from"}
_REACH = 90  # how far after a closing quote its speaker may stand
# After a quote closed by a full stop, a sentence that only attributes it: ' Ivo Marek said.', ' said Ivo Marek on Monday.'
_SHORT_ATTRIBUTION = re.compile(rf"[\"”]\s+[^.!?\"“”]{{1,60}}?\b{_VERB}\b[^.!?\"“”]{{0,20}}[.!?]"
                                # or a verb in lower case right after it: its full stop stood for a comma
                                rf"|[\"”]\s+{_VERB}\b")


@dataclass(frozen=True)
class Speaker:
    """A mention of a person or an organisation, which may speak."""

    entity_id: str
    start: int
    end: int
    is_person: bool = True


@dataclass(frozen=True)
class FoundQuote:
    speaker_id: str
    start: int  # span of the quoted words, inside the marks, in the normalised text
    end: int


@dataclass(frozen=True)
class Context:
    """What a paragraph's quotes may be attributed to beyond its own mentions."""

    previous_speaker: str | None = None  # who spoke last in the preceding paragraph
    last_person: str | None = None  # the person last named before the paragraph: "he", "she"
    last_organization: str | None = None  # likewise, for "it"
    # ["Russian", "minister"] -> the article's minister; ["Philippine", "coast", "guard"] -> its coast guard
    by_role: Callable[..., str | None] = lambda words, last_organization, **_: None
    statement_by: str | None = None  # who made the last statement of earlier paragraphs
    speaking_before: str | None = None  # the person the paragraph before has speak or open a sentence
    runs_on: bool = False  # the paragraph before breaks off mid-sentence ("X wrote that the missile")
    # the people of earlier paragraphs, nearest first (those opening sentences before the others), and
    # the pronoun each was called by so far: a "she" is never the man a "he" meant
    earlier_people: tuple[str, ...] = ()
    pronoun_of: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


class _Speakers:
    """Speaker mentions outside quotes, in order, searchable by offset."""

    def __init__(self, text: str, speakers: list[Speaker], quotes: list[tuple[int, int]]):
        self.text = text
        quote_starts = [s for s, _ in quotes]

        def inside(speaker: Speaker) -> bool:
            index = bisect_right(quote_starts, speaker.start + 1) - 1
            return index >= 0 and quotes[index][0] - 1 <= speaker.start < quotes[index][1] + 1

        # (a platform one posts on is no speaker: "the IAF took to Twitter and said ...")
        self.all = [s for s in speakers if not inside(s) and not _POSTED_ON.search(text, max(0, s.start - 30), s.start)]
        self.starts = [s.start for s in self.all]
        self.ends = [s.end for s in self.all]

    def between(self, start: int, end: int) -> list[Speaker]:
        """The speakers that begin in [start, end)."""
        return self.all[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    def before(self, offset: int, since: int) -> list[Speaker]:
        """The speakers that end by `offset` and begin at `since` or later, nearest first."""
        return self.all[bisect_left(self.starts, since):bisect_right(self.ends, offset)][::-1]


def _spans(text: str) -> list[tuple[int, int]]:
    """The quoted spans of a paragraph. A last quote left open runs to the paragraph's end: a quote
    that goes on into the next paragraph is closed only there. A paragraph with no double marks may
    quote in single ones ('It is ready,' she said), closed by a sentence's punctuation, so that an
    apostrophe ("doesn't", "allies' ") closes none."""
    if not _MARK.search(text):
        spans = [(m.start(1), m.end(1)) for m in _SINGLE_QUOTE.finditer(text)] if "'" in text or "‘" in text else []
        if text[:1] in "'‘" and text[1:2].isupper() and not (spans and spans[0][0] == 1):
            spans.insert(0, (1, len(text)))  # "‘It ..." opening the paragraph, unclosed: it goes on in the next
        opened = _SAID_THEN_SINGLE.search(text) if ": '" in text or ": ‘" in text else None
        if opened and not any(start <= opened.end() < end or start == opened.end() for start, end in spans):
            spans.append((opened.end(), len(text)))  # ("X said: ‘It ...", unclosed: it goes on in the next)
        return spans
    if "“" in text and '"' in text:  # a quote in straight marks nested in curly ones is part of it
        text = _CURLY.sub(lambda m: m.group(0).replace('"', "'") if _nested(m.group(0)) else m.group(0), text)
    spans = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]
    marks = [m.start() for m in _MARK.finditer(text)]
    if len(marks) % 2:
        last = marks[-1]
        if text[last] == "“" or (text[last] == '"' and (last == 0 or text[last - 1].isspace())) \
                or text[last] == "”" and text[:last].rstrip().endswith(":"):  # ('he said :” We ...': the mark turned)
            # (unless its speaker ends the paragraph after a comma: the closing mark was lost,
            # '"We will build it, Minister Ana Berg said.')
            lost = _LOST_CLOSING.search(text, last)
            spans.append((last + 1, lost.start() if lost and last == marks[0] else len(text)))
    return spans


_SAID_THEN_SINGLE = re.compile(rf"\b{_VERB}:\s+['‘](?=[A-Z])")
# A speaker, by title and name, after a comma at a paragraph's end: where a quote that lost its
# closing mark ends.
_LOST_CLOSING = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){1,6}(?:said|says|added|stated|noted)\.$")


def left_open(text: str) -> tuple[int, int] | None:
    """The span of the paragraph's last quote where it is not closed in it: speech the next paragraph
    goes on with ('“...', then '“...,” X said.'; or 'X said: “...', then an unmarked "But I ...")."""
    spans = _spans(text)
    return spans[-1] if spans and spans[-1][1] == len(text) else None


def quoted_whole(text: str) -> tuple[int, int] | None:
    """The span of the one quote a paragraph is made of, closed ('“... is limited.”'), if it is."""
    spans = _spans(text)
    rest = text[spans[0][1]:].strip(" \"”’.") if len(spans) == 1 else None
    return spans[0] if rest == "" and spans[0][0] <= 1 and spans[0][1] < len(text) else None


# A paragraph that gives the quote before it to its speaker: "This was highlighted by the minister X ...".
_MADE_THESE = re.compile(r"\s+made\s+(?:this|these|the)\s+(?:disclosure|remarks?|statements?|comments?)\b")
_SAID_BY_THEN = re.compile(rf"^(?:This|These|That|Those)\s+(?:was|were)\s+(?:\w+\s+)?{_VERB}\s+by\s+")


def said_by_then(text: str, speakers: list[Speaker]) -> str | None:
    """The person a paragraph so opened names as the speaker of the paragraph before ("This was said by X"),
    or who the paragraph says made those remarks ("Commander X made this disclosure while ...")."""
    opened = _SAID_BY_THEN.match(text)
    if opened:
        return next((s.entity_id for s in speakers if s.is_person and opened.end() <= s.start <= opened.end() + 150), None)
    return next((s.entity_id for s in speakers if s.is_person and s.start <= 150 and _MADE_THESE.match(text, s.end)), None) \
        if "made th" in text else None


def _nested(curly: str) -> bool:
    """Whether the straight marks inside a curly quote pair up as a quote within it ('“... the "old
    lady" ...”'), rather than close it and open the next ('«...," X said. "...»')."""
    marks = [i for i, c in enumerate(curly) if c == '"']
    return len(marks) % 2 == 0 and all(curly[i - 1] in " (“" for i in marks[::2])


# A clause set off by dashes between a speaker and the verb: "The company – which has supplied X – adds
# that". (Read as spaces, offsets kept, it stands between no speaker and what they said.)
_ASIDE = re.compile(r"\s[–—]\s(?:which|who|whose|where|having|itself|already)\b[^–—\"“”]{1,150}?\s[–—]\s")


def find_quotes(text: str, speakers: list[Speaker], sentences: Sentences, context: Context) -> list[FoundQuote]:
    """Attributed quotes of one paragraph. A quote that opens a paragraph without attribution
    continues the previous paragraph's speaker."""
    if "– " in text or "— " in text:
        text = _ASIDE.sub(lambda aside: " " * len(aside.group(0)), text)
    spans = _spans(text)
    mentions = _Speakers(text, speakers, spans)
    labelled = _SPEAKER_LABEL.match(text) if ": " in text[:48] else None
    if labelled:  # a transcript's line, its speaker by a label: "Ana Berg: We will ..."
        # (or an interview's question, asked by the outlet that labels it: "Kestnews: What ...?")
        named = next((s for s in speakers if s.start == 0 and s.end == labelled.end("label")
                      and (s.is_person or text.rstrip().endswith("?"))), None)
        if named and len(text) - labelled.end() > 12:
            return [FoundQuote(named.entity_id, labelled.end(), len(text))]
    answer = INTERVIEWEE_LABEL.match(text) if not labelled and ": " in text[:160] else None
    if answer:  # an interview's answer: "General Ana Berg, commander of the Kest Air Force: We ..."
        named = next((s for s in speakers if s.is_person and s.end == answer.end("name")), None)
        if named and len(text) - answer.end() > 12:
            return [FoundQuote(named.entity_id, answer.end(), len(text))]
    opened = _TIME_OPENING.match(text)  # (a live blog's line opens with its time)
    colon = _COLON_ATTRIBUTION.search(text, len(text) - 40) if opened and ":" in text[-40:] else None
    if colon and (not spans or all(text[start - 1:start] in "“\"" and end == len(text) for start, end in spans)):
        # a live blog's line: "10:52 pm: ... we do not want this: Ana" (the speaker after the colon)
        named = next((s for s in speakers if s.start >= colon.start("who") and s.is_person), None)  # (inside an open quote too)
        start = opened.end()
        start += text[start:start + 1] in "“\""
        if named and colon.start() - start > 12:
            return [FoundQuote(named.entity_id, start, colon.start() + 1)]  # (the match opens on the text's last letter)
    # (a sentence in words, not a page's line in capitals: "- ADVERTISEMENT - CONTINUE READING BELOW -")
    opened_by_dash = _DASH_OPENED.match(text) if not spans and text[:1] in "-–—" and any(c.islower() for c in text) else None
    if opened_by_dash:
        # "- The howitzers proved their worth. ... - said the Minister X. He added ...": a quote opened by a dash,
        # its speaker after the closing dash; with none there, the one the paragraph before has speak
        said = _SAID_AFTER_DASH.search(text, opened_by_dash.end())
        if said:
            named = next((s for s in mentions.between(said.start("who"), len(text)) if s.is_person), None)
            speaker = named.entity_id if named else _by_role(said["who"], context)
            return [FoundQuote(speaker, opened_by_dash.end(), said.start())] if speaker else []
        # (not a list's item, which a hyphen opens and the writer words: "- The minister said the deal is near.")
        if text[0] == "-" and not _FIRST_PERSON.search(text):
            return []
        speaker = context.speaking_before or context.previous_speaker
        return [FoundQuote(speaker, opened_by_dash.end(), len(text))] if speaker and len(text) > 40 else []
    if not spans and (dashed := _DASHED_ATTRIBUTION.search(text)):
        # "... the manning of relevant units. - X stated.": a paragraph quoted without marks
        named = next((s for s in mentions.between(dashed.start("who"), len(text))), None)
        speaker = named.entity_id if named else _by_role(dashed["who"], context)
        return [FoundQuote(speaker, 0, dashed.start())] if speaker else []
    found: list[FoundQuote] = []
    pending: list[tuple[int, int, int]] = []  # quotes not attributed yet: (start, end, their sentence's start)
    speaker_so_far: str | None = None
    for index, (start, end) in enumerate(spans):
        if not text[start:end].strip() or _NAMING.search(text, max(0, start - 24), start - 1) \
                or _A_NAME.fullmatch(text[start:end].rstrip(",.")):  # ('“Kestrel,” which stands for ...')
            continue
        words_of = _WORDS_OF.search(text, max(0, start - 40), start)
        owner = next((s for s in mentions.before(start, 0) if s.end == words_of.start()), None) if words_of else None
        if owner:
            found.append(FoundQuote(owner.entity_id, start, end))
            continue
        limit = spans[index + 1][0] - 1 if index + 1 < len(spans) else len(text)
        sentence_start, sentence_end = sentences.span_at(start)
        # A quote closed by a full stop ends its sentence: the next sentence's speaker is not its
        # speaker ('"... than ever." X hailed the deal as ...'), unless that sentence is only "X said."
        ended = text[end - 1:end] == "." and not _SHORT_ATTRIBUTION.match(text, end)
        since = max(sentence_start, spans[index - 1][1] + 1 if index else 0)
        speaker = (_statement(text, end + 1, start, mentions, context)
                   or (None if ended else _after(text, end + 1, limit, mentions, context))
                   or _before(text, start - 1, mentions, since, context)
                   or (None if ended else _closing_attribution(text, end + 1, min(limit, max(sentence_end, end + 1)),
                                                               mentions, context)))
        if speaker and _REPORTED_BY.match(text, end + 1):
            # '... X said that the navy will take it as a "...," reported Kestnews': the agency passes X's words on
            speaker = next((s.entity_id for s in mentions.all if s.is_person
                            and s.entity_id == _before(text, start - 1, mentions, since, context)), speaker)
        if speaker is None and index > 0:
            # (not where another reports it in a sentence of its own: '"...," X said. The company said it was "..."')
            another = sentence_start > spans[index - 1][1] and _VERB_WORD.search(text, sentence_start, start)
            speaker = _new_talker(text, spans[index - 1][1], start, end, mentions, context) \
                or (None if another or _said_by_it(text, end) else speaker_so_far)
        elif speaker is None and (start <= 1 or _LABEL_BEFORE.fullmatch(text, 0, start - 1)) and not _pull_quote(text, start, end):
            # a paragraph that is one quote, unattributed, goes on from the person of the paragraph before
            # (or one that carries on the sentence the paragraph before broke off: its speaker's words)
            speaker = context.previous_speaker or (context.speaking_before if end >= len(text.rstrip(" .")) - 1
                                                   or context.runs_on else None)
            pronoun = pronoun_of_quote(text, start, end) if speaker else None
            if pronoun and context.pronoun_of.get(speaker, pronoun) != pronoun or speaker and _said_by_it(text, end):
                speaker = None  # '"...," she said' after a man's words: hers, whom the pronoun finds below (and "it": a body's)
        if speaker is None and not mentions.all and end >= len(text.rstrip()) - 1 and context.speaking_before \
                and (subject := _TITLE_SUBJECT.fullmatch(text, 0, start)) and is_title_word(subject["title"]):
            # 'X said the deal mattered to him.' then 'The president "believes that ..."': X's words about him
            speaker = context.speaking_before
        if speaker is None and not mentions.all and context.speaking_before and len(text[start:end].split()) >= 3 \
                and _IT_WAS.match(text) and not _VERB_WORD.search(text, 0, sentence_end):
            # 'X said the aid was for the police.' then 'It was not "for the army" but "for the ...".': X's words
            speaker = context.speaking_before
        if speaker is None:
            speaker = _pronoun(text, start - 1, end + 1, sentence_start, mentions, context)
        if speaker is None and start - sentence_start <= 2:
            speaker = _subject_before(text, sentence_start, sentences, mentions, context)
        if speaker is None and _TELLING_AFTER.match(text[end + 1:end + 40]):
            # 'X hailed the "...," telling the crowd that ...': the speech the clause after it reports is the subject's
            subject = next(iter(mentions.between(sentence_start, start)), None)
            speaker = subject.entity_id if subject and subject.is_person and subject.start - sentence_start <= 2 else None
        if speaker is None and len(text[start:end].split()) >= 3:
            speaker = _reported_subject(text, start - 1, mentions, sentence_start)
        if speaker is None:
            pending.append((start, end, sentence_start))
            continue
        # An earlier quote of the same sentence with no attribution of its own is the same speaker's:
        # '... "have been kept up" means it will "join the family", said X.'
        found += [FoundQuote(speaker, s, e) for s, e, opened in pending
                  if opened == sentence_start and len(text[s:e].split()) >= 4]  # not a scare quote
        pending.clear()
        if any(c.isalnum() for c in text[start:end]):  # (marks out of order leave a "," between two: no words)
            found.append(FoundQuote(speaker, start, end))
        speaker_so_far = speaker
    return sorted(found, key=lambda quote: quote.start)


def _new_talker(text: str, since: int, start: int, end: int, speakers: _Speakers, context: Context) -> str | None:
    """'"...," Y added. X said his aim was peace. "...," he said.': the pronoun after a later quote is the
    person who spoke since the quote before, not that quote's speaker."""
    after = _PRONOUN_AFTER.match(text[end + 1:end + 41])
    pronoun = _FIRST_PRONOUN.search(after.group(0))[0].lower() if after else None
    if pronoun not in ("he", "she"):
        return None
    talker = next((s for s in speakers.before(start, since) if s.is_person and _spoke(text, s)), None)
    return talker.entity_id if talker and context.pronoun_of.get(talker.entity_id, pronoun) == pronoun else None


def _pull_quote(text: str, start: int, end: int) -> bool:
    """A few words quoted as a heading of their own ("“Buy, buy, buy”"): no sentence, so nobody's
    continued speech."""
    quoted = text[start:end].rstrip()
    return end >= len(text.rstrip()) - 1 and len(quoted.split()) < 8 and not quoted.endswith((".", "!", "?", ",", "…"))


def statement_maker(text: str, speakers: list[Speaker], before: int, context: Context) -> str | None:
    """Who the paragraph says made a statement, last before offset `before`."""
    if "statement" not in text:
        return context.statement_by
    makers = [(s.start, s.entity_id) for s in speakers if s.end <= before and (
        _IN_A_STATEMENT.match(text[s.end:s.end + 160]) or _STATEMENT_BY.search(text, max(0, s.start - 120), s.start)
        or _STATEMENT_OF.search(text, max(0, s.start - 30), s.start)
        or _OWN_STATEMENT.match(text, s.end))]  # ("according to a Kestwerk statement sent to Varno News")
    makers += [(m.start(), by) for m in _ROLE_IN_A_STATEMENT.finditer(text, 0, before)
               for by in [_by_role(m["role"], context)] if by]
    return max(makers)[1] if makers else context.statement_by


def _statement(text: str, close: int, open_: int, speakers: _Speakers, context: Context) -> str | None:
    """'"...," the statement read': the maker of the statement named before."""
    if not _THE_STATEMENT.match(text[close:close + 60]):
        return None
    citing = next((s for s in speakers.between(close, close + _REACH) if _STATEMENT_BY.search(text, close, s.start)), None)
    # (else whoever the article says made it; else the body last named: '"...," the message reads')
    return citing.entity_id if citing else statement_maker(text, speakers.all, open_, context) or context.last_organization


def _after(text: str, close: int, limit: int, speakers: _Speakers, context: Context) -> str | None:
    """'"...," said X', '"...," X said', '"...," the minister said', '"...," a DRDO official said'."""
    if _QUOTED_BY.match(text, close):
        return None  # '"...," she is quoted by the Kest Times as saying': she speaks, the paper passes it on
    window = min(close + (2 * _REACH if _SAID_THEN_TITLE.match(text, close) else _REACH), limit)
    reported = _AS_SAYING_AFTER.match(text, close, window)
    if reported and (who := _person_within(speakers, reported.start("who"), reported.end("who"))):
        return who
    unnamed: str | None = None  # an organisation's unnamed speaker, if no one is named
    for speaker in speakers.between(close, window):
        between = text[close:speaker.start]
        if speaker.is_person and between.strip() == "(" and text.startswith((",", ")"), speaker.end):
            return speaker.entity_id  # '"..." (X, March 8, 2018)': the speaker credited in brackets
        if _ACCORDING_AFTER.match(between) or _CHANNEL_OF.match(between) \
                and (_VERB_AFTER_ORGANISATION.match(text[speaker.end:speaker.end + 60]) or _REPORTS.match(text, speaker.end)):
            return speaker.entity_id  # '"...," according to X', '"...," the website of X reports'
        if not speaker.is_person and _qualifies_role(text, speaker):
            # '"...," said FAB Commander X': the commander speaks, if named; else the FAB does
            following = text[speaker.end:speaker.end + 120]
            if unnamed is None and (_VERB_THEN_TITLE.match(between) or _TITLE_ONLY.match(between)
                                    and _VERB_AFTER_ORGANISATION.match(following)):
                unnamed = speaker.entity_id
            continue
        if _VERB_THEN_TITLE.match(between):
            return speaker.entity_id
        if _TITLE_ONLY.match(between):
            following = text[speaker.end:speaker.end + 120]
            if _VERB_AFTER_NAME.match(following):
                return speaker.entity_id
            if speaker.is_person and (between.lstrip().startswith(",") or text[max(0, close - 4):close].rstrip("\"”’ ").endswith(",")) \
                    and any(map(is_title_word, between.split())):
                return speaker.entity_id  # '"...," Harbour Master Ivo Marek during the opening': the verb left out
            if not speaker.is_person and unnamed is None and _VERB_AFTER_ORGANISATION.match(following):
                unnamed = speaker.entity_id
    role = next(filter(None, (pattern.match(text[close:window]) for pattern in _ROLE_AFTER)), None)
    return (_by_role(role["role"], context) if role else None) or unnamed


def _before(text: str, open_: int, speakers: _Speakers, since: int, context: Context) -> str | None:
    """'X said "..."', 'X said last month that the "..."', 'X: "..."' within one sentence: the
    nearest speaker before the quote that a speech verb follows. A speaker followed only by a
    participle ("X faulted Y, saying ...") or an organisation that qualifies a role ("a
    spokesperson for Y, accusing ...") is taken only if no one earlier in the sentence is."""
    reported = _AS_SAYING_BEFORE.search(text, since, open_)
    if reported and (who := _person_within(speakers, reported.start("who"), reported.end("who"))):
        return who
    weak: Speaker | None = None
    for speaker in speakers.before(open_, since):
        if open_ - speaker.end > _REACH * 3:
            break
        if _aside(text, speaker):
            continue  # '... she told the gathering, which included Mayor X, that "..."': X only listens
        if _ADDRESSEE.search(text, max(since, speaker.start - 30), speaker.start):
            continue  # 'X said in a statement to Kestpress: "..."': the outlet is spoken to
        between = text[speaker.end:open_]
        if not speaker.is_person and _NEARER_PRONOUN.search(between):
            return _pronoun_person(speakers, speaker.start, context)  # "... briefed X on it, which he said "...""
        verbs = _VERB_WORD.findall(between)
        if _ACCORDING_TO.search(text, since, speaker.start) or _BY_AGENT.search(text, max(since, speaker.start - 40), speaker.start) \
                or len(between) < 60 and _SPOKEN_FROM.search(text, max(since, speaker.start - 60), speaker.start):
            return speaker.entity_id
        if not speaker.is_person and _PRONOUN_OBJECT.match(between):
            return _pronoun_person(speakers, speaker.start, context)
        if not verbs and between.strip() != ":":
            if speaker.is_person and _PREDICATE_COLON.match(between) or _WRITING_READS.match(between):
                return speaker.entity_id
            continue
        if verbs and all(v.endswith("ing") for v in verbs) or not speaker.is_person and _qualifies_role(text, speaker):
            # (the sentence's subject says what its participle does: "X met Y, ..., emphasizing that "..."")
            if weak is None or speaker.is_person and not weak.is_person \
                    or speaker.is_person and _SUBJECT_OPENING.fullmatch(text, since, speaker.start):
                weak = speaker
                if not speaker.is_person and _PERSON_SUBJECT.search(text, since, speaker.start):
                    return _pronoun_person(speakers, speaker.start, context)
            continue
        return speaker.entity_id
    if weak:
        return weak.entity_id
    roles = (_ROLE_BEFORE.search(text, since, open_), _ACCORDING_TO_ROLE.search(text, since, open_))
    return next((speaker for role in roles if role for speaker in [_by_role(role["role"], context)] if speaker), None)


def _person_within(speakers: _Speakers, start: int, end: int) -> str | None:
    """The last person named between two offsets (after their titles and their body's name)."""
    people = [s for s in speakers.between(start, end) if s.is_person and s.end <= end]
    return people[-1].entity_id if people else None


def _reported_subject(text: str, open_: int, speakers: _Speakers, since: int) -> str | None:
    """'Media reported that Minister X intends to buy it "as soon as possible"': the person a
    reported clause opens with, whose words its quote gives."""
    nearest = next(iter(speakers.before(open_, since)), None)
    if nearest is None or not nearest.is_person or open_ - nearest.end > _REACH \
            or _VERB_WORD.search(text, nearest.end, open_):
        return None
    return nearest.entity_id if _REPORTED_THAT.search(text, since, nearest.start) else None


def _subject_before(text: str, sentence_start: int, sentences: Sentences, speakers: _Speakers,
                    context: Context) -> str | None:
    """A quote that is a sentence of its own, unattributed, after a sentence about a person ("X
    thanked the crews. "...""): the person the sentence before opens with, by name or pronoun."""
    if sentence_start == 0:
        return None
    start, _ = sentences.span_at(sentence_start - 1)
    opening = speakers.between(start, start + 2)
    if opening and opening[0].is_person:
        return opening[0].entity_id
    if _PERSON_SUBJECT.match(text, start):
        return _pronoun_person(speakers, start, context)
    if _IT_SPOKE.search(text, start, sentence_start):  # ("..., it added. "..."": the body's statement goes on)
        earlier = next((s for s in speakers.before(start, 0) if not s.is_person), None)
        return earlier.entity_id if earlier else context.statement_by or context.last_organization
    # (or the one person that sentence has speak: 'After the ceremony, X said that .... "..."')
    talking = {s.entity_id for s in speakers.between(start, sentence_start) if s.is_person and _spoke(text, s)}
    return next(iter(talking)) if len(talking) == 1 else None


_NAME_FROM = re.compile(r"\b[A-Z][\w'’-]+\s+(?:from|at)\s+(?:the\s+)?$")


def _qualifies_role(text: str, speaker: Speaker) -> bool:
    """Whether an organisation qualifies someone else: a role ("a spokesperson for X", "X
    officials") or people of it ("congratulated X scientists, and said ...")."""
    start = speaker.start
    if text[start - 1:start] == "(":  # "... at the Kest Agency (KA) said": the acronym after the body's name
        named = _NAME_BEFORE_BRACKET.search(text, max(0, start - 80), start)
        start = named.start() if named else start
    if _ROLE_BEFORE_ORGANISATION.search(text, max(0, start - 40), start) or _NAME_FROM.search(text, max(0, start - 40), start):
        return True  # (or names whom it sends: "Commodore Ana Berg from the Kest Navy said")
    if (before := _TITLE_BEFORE_ORGANISATION.search(text, max(0, start - 40), start)) and is_title_word(before[1]):
        return True  # "Ana Berg, CEO Kestwerk said": the CEO speaks
    following = _TITLE_AFTER_ORGANISATION.match(text[speaker.end:speaker.end + 60])
    return bool(following) and (is_title_word(following[1]) or _plural_noun(following[1])
                                or bool(following[2]) and following[1].islower() and is_title_word(following[2]))


def _plural_noun(word: str) -> bool:
    """'scientists', 'allies' (not 'says', 'reports': a verb whose past is a speech verb)."""
    return word.endswith("s") and word.islower() and word not in SPEECH_VERBS and word not in ("has", "was", "is") \
        and not {word[:-1] + "ed", word[:-2] + "ed", word[:-1] + "d", word[:-3] + "ied"} & SPEECH_VERBS


def _pronoun_person(speakers: _Speakers, offset: int, context: Context, pronoun: str | None = None) -> str | None:
    """The person 'he' or 'she' is: the last one before `offset` who spoke ("X told reporters,
    after meeting Y, that ..."), else the last one named, else the one of earlier paragraphs; never
    one the article has called by the other pronoun."""
    def fits(entity_id: str | None) -> bool:
        return entity_id is not None and (pronoun is None or context.pronoun_of.get(entity_id, pronoun) == pronoun)

    earlier = [s for s in speakers.before(offset, 0) if s.is_person and fits(s.entity_id) and not _aside(speakers.text, s)]
    talking = [s for s in earlier if _spoke(speakers.text, s)]
    if earlier:
        return (talking or earlier)[0].entity_id
    # (a paragraph that opens on a title does something, then "he": 'The minister shared a video. "...," he wrote')
    subject = _ROLE_ACTS.match(speakers.text) if speakers.text.startswith("The ") else None
    by_title = _by_role(subject["role"], context) if subject and is_title_word(subject["role"].split()[-1]) else None
    if fits(by_title) or fits(context.last_person):
        return by_title if fits(by_title) else context.last_person
    return next(filter(fits, context.earlier_people), None) if context.last_person else None


_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|that)\s+(?:included|includes|include|was\s+attended\s+by)\s+(?:[\w.’'-]+\s+){0,4}$")


def _aside(text: str, speaker: Speaker) -> bool:
    """Whether a person is named in an aside that lists who was there (", which included Mayor X,")."""
    return text.startswith(",", speaker.end) and bool(_ASIDE_BEFORE.search(text, max(0, speaker.start - 80), speaker.start))


def _said_by_it(text: str, end: int) -> bool:
    """'"...," it said': a body's words, no person's."""
    after = _PRONOUN_AFTER.match(text[end + 1:end + 41])
    return bool(after) and _FIRST_PRONOUN.search(after.group(0))[0].lower() == "it"


def pronoun_of_quote(text: str, start: int, end: int) -> str | None:
    """'he' or 'she', where the quote spanning [start, end) is credited by that pronoun right after it
    ('"...," she said') or before it in its sentence ('He said: "..."')."""
    match = _PRONOUN_AFTER.match(text[end + 1:end + 41]) or _PRONOUN_BEFORE.search(text[max(0, start - 251):start - 1])
    first = _FIRST_PRONOUN.search(match.group(0)) if match else None
    return first[0].lower() if first and first[0].lower() != "it" else None


def speaking_people(text: str, speakers: list[Speaker]) -> list[str]:
    """The people of a paragraph that a reporting verb follows, in order: whom a later 'he said' means."""
    clause = _ROLE_AFTER_CLAUSE.match(text) if text[:1].isupper() and "ing " in text[:20] else None
    # (not one named in an opening clause before a title that acts: "Speaking beside X, the President said")
    return [s.entity_id for s in speakers if s.is_person and _spoke(text, s) and not (clause and s.end <= clause.start("role"))]


_PRONOUN_SPEAKS = re.compile(rf"^(?:He|She)\s+(?:also\s+)?(?:{_VERB}|[a-z]+ed|made|gave|took|met|went|came|held|led|sent|paid|saw|"
                             rf"brought|spoke|wrote)\b")
_IT_SPOKE = re.compile(rf",\s+it\s+(?:also\s+)?{_VERB}\.\s*$")
_PRONOUN_SPOKE = re.compile(rf",\s+(?:he|she)\s+(?:also\s+)?{_VERB}(?:\s+[\w-]+){{0,3}}\.$")


# A paragraph that opens on a title doing something ("The minister shared a video"): whom its "he" means.
_ROLE_ACTS = re.compile(r"The\s+(?P<role>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:also\s+|then\s+)?[a-z]+ed\b")
# (or after a clause that opens the paragraph: "Speaking after the ceremony, the President emphasised ...")
_ROLE_AFTER_CLAUSE = re.compile(rf"^[A-Z][a-z]+ing\b[^.\"“”]{{0,160}}?,\s+the\s+(?P<role>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+"
                                rf"(?:also\s+)?(?:{_VERB}|[a-z]+ed)\b")
_ROLE_OPENS = re.compile(rf"^The\s+(?P<role>(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+(?:also\s+|further\s+|then\s+|simultaneously\s+)?{_VERB}\b")


def role_speaks(text: str, context: Context) -> str | None:
    """The person a paragraph opening "The premier also said ..." means (by the title the article
    gives them): whom a later "she added" means, before anyone the paragraph merely names."""
    opening = _ROLE_OPENS.match(text) if text.startswith("The ") else _ROLE_AFTER_CLAUSE.match(text)
    return _by_role(opening["role"], context) if opening and is_title_word(opening["role"].split()[-1]) else None


_INTRODUCES = re.compile(rf"\b{_VERB}\b[^.!?\"“”:]{{0,60}}:$")


def introduces_speech(text: str) -> bool:
    """Whether a paragraph ends by giving the floor to its speaker: "X said in his opening remarks:"
    (the next paragraph, unmarked, is what X said)."""
    return text.endswith(":") and bool(_INTRODUCES.search(text, max(0, len(text) - 80)))


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|our|Our|us|my|My|me)\b")


def speech_goes_on(text: str) -> bool:
    """Whether a paragraph without quotation marks, after one that left a quote open, is more of that
    speech: it speaks in the first person ("But what I can tell you is ...")."""
    return not _MARK.search(text) and bool(_FIRST_PERSON.search(text))


def pronoun_speaks(text: str) -> bool:
    """Whether a paragraph opens with "He" or "She" and a verb ("He stressed that ...", "He also
    extended his condolences"), or closes with them and a reporting verb ("..., he said."): its
    speaker is the person last named, whom a quote after it may go on from."""
    return bool(_PRONOUN_SPEAKS.match(text) or text.endswith(".") and _PRONOUN_SPOKE.search(text, len(text) - 60))


def subjects(text: str, speakers: list[Speaker], sentences: Sentences) -> list[str]:
    """The people of a paragraph who open a sentence (after their titles): whom a "he" in the next
    paragraph means, when no one in this one speaks ("Minister X met A and B." "He said: ...")."""
    return [s.entity_id for s in speakers if s.is_person
            and _TITLES_OPENING.match(text, sentences.span_at(s.start)[0], s.start)]


_TITLES_OPENING = re.compile(r"(?:[A-Z][\w.'-]*\s+){0,5}$")


def _spoke(text: str, speaker: Speaker) -> bool:
    return bool(_VERB_AFTER_NAME.match(text[speaker.end:speaker.end + 120]))


def _closing_attribution(text: str, close: int, sentence_end: int, speakers: _Speakers,
                         context: Context) -> str | None:
    """'...when vessels "blocked and water cannoned" two boats, Foreign Secretary X said.', or
    '..., he added.'"""
    for speaker in speakers.between(close, sentence_end):
        if _CLAUSE_BEFORE_NAME.search(text, close, speaker.start) and _VERB_AFTER_NAME.match(text[speaker.end:speaker.end + 120]):
            return speaker.entity_id
    if closing := _CLOSING_PRONOUN.search(text, close, sentence_end):
        return _pronoun_person(speakers, close, context, _FIRST_PRONOUN.search(closing.group(0))[0].lower())
    role = _CLOSING_ROLE.search(text, close, sentence_end)  # "..., the newspaper reported."
    return _by_role(role["role"], context) if role else None


def _by_role(phrase: str, context: Context) -> str | None:
    """The speaker a role phrase such as "the Russian minister", "the Air Force spokesman" or "the
    ministry" names, by its title or organisation noun."""
    words = phrase.split()
    if "of" in words and any(map(is_title_word, words[:words.index("of")])):
        words = words[:words.index("of")]  # "the Commander-in-Chief of the Armed Forces": the commander, not the forces
    if words and (words[-1].lower() in OUTLET_WORDS or len(words) == 1 and words[0].lower() in _PAPERS):
        return context.last_organization  # "..., the newspaper reported": the outlet named before (a paper, its body)
    heads = [i for i, w in enumerate(words) if is_title_word(w) or w.capitalize() in ORGANIZATION_NOUNS
             or w.lower() in COMPANY_WORDS or len(words) == 1 and _OFFICE_ACRONYM.fullmatch(w)]
    if not heads or any(w.lower() in _NOT_IN_ROLE for w in words[:heads[-1]]):
        return None
    return context.by_role(words[:heads[-1] + 1], context.last_organization,
                           speaking=context.previous_speaker or context.speaking_before)


# A body's paper quoted: "..., the document says" (the body named before issued it).
_PAPERS = {"document", "factsheet"}  # (not "the report": often another's, about the body named last)
_OFFICE_ACRONYM = re.compile(r"[A-Z]{2,6}")  # "the CAS said": an office by its initials


_JOINT_STATEMENT = re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])")
_FIRST_PRONOUN = re.compile(r"\b(?:he|she|it)\b", re.I)
_OWN_STATEMENT = re.compile(r"(?:['’]s)?\s+statement\b")
# What may open a sentence before its subject: a time or place set off by a comma, then titles.
_SUBJECT_OPENING = re.compile(r"\s*(?:(?:On|In|At|Later|Earlier|Meanwhile|Last|This|Then)\b[^,.;]{0,30},\s*)?"
                              r"(?:(?:The|the)\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}")


def _pronoun(text: str, open_: int, close: int, sentence_start: int, speakers: _Speakers,
             context: Context) -> str | None:
    match = _PRONOUN_AFTER.match(text[close:close + 40]) or _PRONOUN_BEFORE.search(text[max(sentence_start, open_ - 250):open_])
    if not match:
        return None
    # (the first pronoun is who speaks: "He also said it shows "..."" is his, "It said he ..." the body's;
    # "From his perspective" a person's)
    first = _FIRST_PRONOUN.search(match.group(0))
    if not first or first[0].lower() != "it":
        return _pronoun_person(speakers, open_, context, first[0].lower() if first else None)
    earlier = next((s for s in speakers.before(open_, 0) if not s.is_person), None)
    if _JOINT_STATEMENT.search(text, 0, open_):
        return statement_maker(text, speakers.all, open_, context)  # "it" is the statement two or more made (in the paragraph)
    return earlier.entity_id if earlier else context.last_organization
