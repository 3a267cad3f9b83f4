"""Roles as the text states them: a title before a name ("Kremlin spokesman Dmitry Peskov") or an
appositive after it ("Alexander Volfovich, State Secretary of the Belarusian Security Council");
and whom a role phrase refers to ("the minister", "the ministry")."""
from __future__ import annotations

import re

from ..model import Article, Entity, Role
from .matcher import Match
from .text import Normalised
from .vocabulary import (BRANCH_WORDS, COMPANY_NOUNS, COMPANY_SUFFIXES, COMPANY_WORDS, NOT_NAMES, ORGANIZATION_NOUNS, RANK_WORDS,
                         TITLE_MODIFIERS, honorifics_at, is_title_word, only_honorifics, title_noun)

_TOKEN = re.compile(r"[\w'-]+(?:&\w+)?|&")  # "Research & Development", "DDR&D"
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # a country's initials: "U.S.", "U.K."
# A unit's number in an office ("Commanding Officer 2 Infantry Battalion"), or run into its arm ("1Infantry")
_UNIT_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[A-Z][a-z]+")
_APPOSITIVE = re.compile(
    # (a country's initials with their stops may stand inside: "X, chargé d'affaires of the U.S. Embassy")
    r"^\s?,\s+(?:(?:the|a|an)\s+)?(?P<role>(?:(?<![\w.])(?:[A-Z]\.){2,}(?=\s+[a-z]|\s+(?!(?:He|She|It|They|The|This|We|I)\b)[A-Z])|[^,.;:\"“”()]|\([^()]{1,20}\)){3,120}?)"
    r"(?=\s*(?:[,.;:\"“”()]|$)|\s+(?:said|says|told|added|who|which|on|during|and|will|would|is|was|has|had)\b)"
    # or set off by dashes or brackets: "X — the port's director — said", "X (the port's director)"
    r"|^\s*(?:[—–]|--|\()\s*(?:(?:the|a|an)\s+)?(?P<inside>[^,.;:\"“”()—–]{3,120}?)\s*(?:[—–)]|--)"
    # or by a hyphen between spaces, to the clause's end: "X - the director of Y, and Z - the CEO of W"
    r"|^ - (?:the|a|an)\s+(?P<hyphened>[^,.;:\"“”()—–]{3,120}?)(?=\s*(?:[,.;:]|$)|\s+and\b)"
    # (or a speaker's line in a transcript, the post after a hyphen to the line's end: "X - National Security Minister")
    r"|^ - (?P<labelled>[A-Z][^,.;:\"“”()—–]{3,80})$"
    # or by "the" and a title in capitals alone: "X the President of Kestria" (checked to open on a title)
    r"|^ the (?P<bare>(?:[A-Z][\w-]*\s){1,2}[a-z]+(?=\s*[,.;:]|$)|(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*(?:\sof\s(?:the\s)?[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,4})?"
    # (or a post in lower case: "X the Western Sector commander.", "X the head of Logistics")
    r"|[a-z]+\sof\s(?:the\s)?[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,4})(?=\s*[,.;:]|\s[a-z]|$)"
)
_MAX_WORDS = 12
_AGE = re.compile(r", \d{1,3}(?=,)")
# After an appositive, the name it introduces: ", Ryad Mezzour," (then the appositive is that person's title).
# (after ranks cut short too: "A, Chief of X, Gen. B, ...")
_NEXT_NAME = re.compile(r"[^,.;:\"“”()]{0,60},\s+(?:(?:[A-Z][a-z]{1,4}\.\s+|H\.E\.\s+){0,3}"
                        r"(?P<name>[A-Z][a-z]+(?:\s+(?:(?:bin|ibn)\s+)?[A-Z](?:[a-z'-]+|\.?(?=\s+[A-Z]))){1,5})\s*(?:,|and\b|\.)"
                        r"|(?:[A-Z][a-z]+\s+){0,3}[A-Z]\.[A-Z][a-z]{2,})")  # (or "Lieutenant General D.Davra")


def _next_name(text: str, at: int, name_end: int | None = None) -> bool:
    """Whether a person's name follows the appositive ending at `at` (not its body's: "X, Commanding
    General, Kest Air Forces and ..."), the appositive that person's title; but not where that name has an
    office of its own after it: a list of names each with its office after it ("A, President of Kestria,
    B, Minister of Justice, and C, ...") gives each name the office after it."""
    match = _NEXT_NAME.match(text, at)
    return bool(match) and not (match["name"] and match["name"].split()[-1] in ORGANIZATION_NOUNS) \
        and not (match["name"] and name_end is not None and _has_own_office(text, match.end("name"))
                 and not _office_first(text, name_end))


def _office_first(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end` has an office set off before it: a list of offices each before
    its name ("the Minister of X, A, the Minister of Y, B, ..."), where an office goes with the name after."""
    comma = text.rfind(", ", max(0, name_end - 80), name_end)
    phrase = _title_phrase(text[max(0, comma - 200):comma]) if comma > 0 else None
    return bool(phrase) and any(map(is_title_word, phrase.split()))


# An office set off by commas after a name: ", Minister of Justice," (a list's next item).
_OWN_OFFICE = re.compile(r",\s+(?:the\s+)?(?P<office>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
                         r"(?:\s+(?:of|for|to|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}){0,2}),")  # ("Chief of Staff of the Kest Army,")


def _has_own_office(text: str, end: int) -> bool:
    office = _OWN_OFFICE.match(text, end)
    return bool(office) and any(map(is_title_word, office["office"].split()))


# An appositive that ends in a person's name after a rank ("Lieutenant General Mohammed Berrid").
_IS_A_NAME = re.compile(r"\b(?:General|Admiral|Colonel|Major|Captain|Lieutenant|Brigadier|Commodore|Marshal)\s+"
                        r"[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2}$"
                        # or after an office and its place: "..., Kestria's Ambassador to Varno Ana Maria Berg, ..."
                        r"|\b(?:to|of|for|in)\s+[A-Z][a-z]+(?:\s+(?:[A-Z]\.?(?=\s)|[A-Z][a-z'-]+)){2,3}$")
# (or after a body "the" names: "..., leader of the opposition in the National Assembly Ana Berg, ...")
_BODY_THEN_NAME = re.compile(r"\b(?:to|of|for|in)\s+the\s+(?:[A-Z][\w'-]*\s+){0,3}(?P<noun>[A-Z][a-z]+)\s+[A-Z][a-z]+\s+[A-Z][a-z'-]+$")


# "Secretary of State", "Ambassador to Poland", "Embassy in Rabat", "Minister in charge of the Budget"
_LINKS = ("of", "to", "for", "on", "in", "within", "charge")
# An office's duty after it, dropped from the role: "Senior Minister in the Office of the President with
# responsibility for Finance, Dr. X" holds the role "Senior Minister in the Office of the President".
_WITH_RESPONSIBILITY = re.compile(r"\s+with\s+[Rr]esponsibility\s+for\s+[\w\s&,]+$")
# A title's acronym ("Chief of Army Staff (COAS) General"), or a rank's reserve or retired mark ("MG (Res)").
_SLASHED_RANK = re.compile(r"\b([A-Z][a-z]{1,4}\.?)/([A-Z][a-z]{1,4}\.?)(?=\s*$)")
_RETIRED_BEFORE_NAME = re.compile(r"\s\((?:[Rr]es|[Rr]et|[Rr]et['’]?d|[Rr]td)\.?\)\s(?=(?:\S+\s)?$)")  # (a degree may follow: "Dr.")
# (a service or a branch in brackets is the office's: "Commander-in-Chief (Air)", "Assistant Chief (Operations)")
_BRACKETED_SERVICE = re.compile(r"\((?!(?:Res|Ret|Retd|Rtd)\))[A-Z][a-z]{2,}\)")
# A sentence run into the next without its space: "... the aircrew.Chief of Air Staff X".
_RUN_TOGETHER = re.compile(r"[a-z]{2,}\.(?P<word>[A-Z][\w'-]*)")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z&-]{1,7}\)|\((?:[Rr]es|[Rr]et|[Rr]etd|[Rr]td)\.?\)|" + _BRACKETED_SERVICE.pattern)


def _title_phrase(prefix: str) -> str | None:
    """The title phrase that ends `prefix` (which ends before a name), if any: words read backwards
    while they may stand in a title ("Russian Defense Minister", "U.S. Ambassador to Poland",
    "First Deputy Minister of Defense of Ukraine Lieutenant General", "Maj. Gen.")."""
    words: list[str] = []
    tokens = prefix.split(" ")
    tail = max(0, len(tokens) - 4)
    honorifics = honorifics_at(tokens[tail:])  # ("Tan Sri", "Datuk Seri": forms of address right before the name)
    addressed: list[bool] = []
    after_name = False
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        if token.startswith("(") and _BRACKETED_ACRONYM.fullmatch(token):
            if _BRACKETED_SERVICE.fullmatch(token):  # "Commander-in-Chief (Air) General X": the service is the office's
                words.insert(0, token)
                addressed.insert(0, False)
            continue
        bare = token.lstrip("-–—\"“")  # "(Reuters) -President", '"Director General': the dash or mark ends it
        run_together = _RUN_TOGETHER.fullmatch(bare)
        bare = run_together["word"] if run_together else bare  # (the word after the full stop, which ends the phrase)
        # ("Gen.", and "Lt.-" with a stray hyphen after its full stop: "Lt.- Gen.")
        if not (_TOKEN.fullmatch(bare) or (bare.endswith((".", ".-")) and is_title_word(bare.rstrip("-")))
                or _DOTTED_INITIALS.fullmatch(bare) and words[:1] and words[0] in ORGANIZATION_NOUNS):  # ("of the U.S. Embassy")
            break  # punctuation ends the phrase: "unclear." or "Ministry,"
        if bare == "charge" and words[:1] != ["of"] or bare in ("in", "within") and words[:1] not in (["charge"], []) \
                and not words[0][0].isupper() and not (words[0] == "the" and words[1:2] and words[1][0].isupper()):
            break  # "in" and "charge" link only as "in charge of" or before a name ("Embassy in Rabat", "in the DDR&D")
        if bare.islower() and bare.endswith("ed") and index and (is_title_word(tokens[index - 1].strip(",."))
                                                                  or tokens[index - 1] in ("has", "have", "had", "was", "were")):
            break  # "The President appointed Major General X", "X has appointed General Y": a verb, no modifier of the rank
        honorific = index - tail in honorifics or bare in ("His", "Her") and words[:1] in (["Highness"], ["Excellency"],
                                                                                     ["Majesty"])  # "His Highness"
        if not (is_title_word(bare) or honorific) and (
                bare in NOT_NAMES or not (bare[0].isupper() or bare.lower() in TITLE_MODIFIERS
                                          or bare == "high" and words[:1] == ["commissioner"]  # ("Kestrian high commissioner X")
                                          or bare in ("the", "&", *_LINKS) or bare == "and" and words and words[0][0].isupper()
                                          or bare in _THE_COUNTRY and not words and tokens[index - 1:index] == ["the"]
                                          or _UNIT_NUMBER.fullmatch(bare) and words and words[0][0].isupper())):
            break  # (an office "of the country" runs to the name: "Commander-in-Chief of the Armed Forces of the country X")
        if bare == "the" and index and _NAME_THEN_THE.search(" ".join(tokens[index - 1:index + 1]) + " ") \
                and any(is_title_word(w) and not a for w, a in zip(words, addressed)) \
                and not is_title_word(tokens[index - 1]) and tokens[index - 1] not in ORGANIZATION_NOUNS:
            after_name = True
            break  # "Gen A B the Inspector General": a name's appositive, whose office opens after "the"
        words.insert(0, bare)
        addressed.insert(0, honorific)
        if bare != token or len(words) == 16:
            break
    while words and words[0] == "and":  # ("..., and Senior Advisor X": the list's "and" opens no title)
        words.pop(0)
        addressed.pop(0)
    # The phrase ends in a title word, or in one followed by "of/to/for [the] Name ...".
    titles = [i for i, w in enumerate(words) if is_title_word(w) or addressed[i]
              or w.lower() in BRANCH_WORDS and i and is_title_word(words[i - 1])]  # ("General Aviator X")
    if not titles:
        return None
    last = titles[-1]
    # "and" joins the words of an office ("Minister of Trade and Industry"), not two titles.
    joins = [i for i, w in enumerate(words) if w == "and"]
    # (but two titles of one person are both: "Deputy Premier and Minister for Defence X")
    # ("Deputy Chief of Defence Forces and Inspector General of X"; "Chief of X (CX) and Senior Advisor for Y")
    both = len(joins) == 1 and joins[0] < last and words[joins[0] + 1][0].isupper() and (
        joins[0] - 1 in titles or (words[joins[0] - 1] in ORGANIZATION_NOUNS
                                   # (or an office "of the" body or state: "President of the Republic of X and Commander ...")
                                   or words[titles[0] + 1:titles[0] + 3] == ["of", "the"])
        and any(t < joins[0] for t in titles)
        and any(joins[0] < t <= joins[0] + 3 for t in titles))  # (not "Secretary of State Ana Berg and Minister X")
    # (and ranks after an office whose words "and" joins: "Director of Personnel and Administration Brig Gen X")
    ranks = next((i for i in range(len(words), 0, -1) if not _ranks_only(" ".join(words[i - 1:]), RANK_WORDS)), len(words))
    # (not "General Ana Berg and General X": a name before the "and", no office's words linked by "of")
    office_then_ranks = ranks < len(words) and any(t < joins[0] for t in titles) and not any(
        joins[-1] < t < ranks for t in titles) and any(w in _LINKS for w in words[titles[0]:joins[0]]) if joins else False
    # (nor "Senior Defence and Security Advisor": "and" joins the words that modify one title)
    modifiers = len(joins) == 1 and 0 < joins[0] < len(words) - 1 and words[joins[0] - 1].lower() in TITLE_MODIFIERS \
        and words[joins[0] + 1].lower() in TITLE_MODIFIERS and any(joins[0] + 1 < t <= joins[0] + 3 for t in titles)
    if after_name and joins and joins[-1] < last:  # ("A the head of X and Brig Gen B": the office before "and" is A's)
        return _title_phrase(" ".join(words[joins[-1] + 1:]))
    if joins and joins[0] < last and not both and not office_then_ranks and not modifiers:
        return _title_phrase(" ".join(words[joins[-1] + 1:])) if joins[-1] < last else None
    if not _office_tail(words[last + 1:]):
        # (a title's word inside the body the office is of: "Coordinator of the Kest General Conference")
        last = next((t for t in reversed(titles[:-1]) if words[t + 1:t + 2] and words[t + 1] in _LINKS
                     and _office_tail(words[t + 1:])), None)
        if last is None:
            return None
    # (a post in lower case "of" or "to" someone titled: "aide to Kestrian President X" is X's title
    # "Kestrian President"; the aide is another)
    # (not "chief of the Kest Navy Staff, Admiral X": a body after the link, whose post he holds)
    served = next((i for i in range(1, last) if words[i] in ("of", "to", "for") and words[i - 1].islower()
                   and is_title_word(words[i - 1]) and all(w[0].isupper() for w in words[i + 1:last + 1])
                   and not any(w.strip(",") in ORGANIZATION_NOUNS for w in words[i + 1:last])), None)  # (not "chief of staff Gen.")
    # (nor a body in lower case whose head is the titled one: "the government of President X")
    served = served if served is not None else next(
        (i for i in range(1, last) if words[i] in ("of", "under") and all(w.islower() and not is_title_word(w) for w in words[:i])
         and words[i + 1][:1].isupper()), None)
    if served is not None:
        words, addressed = words[served + 1:], addressed[served + 1:]
    while words and words[0] in ("the", *_LINKS):
        words.pop(0)
        addressed.pop(0)
    while len(words) > 1 and addressed[-1] and not all(addressed):
        words.pop()  # "Defence Minister Datuk Seri": the role is "Defence Minister"
        addressed.pop()
    return " ".join(words) or None


# "the Ruritanian minister of defence, X", "the head of the Ruritanian arms procurement and logistics
# agency, X", "defence spokesperson for the Kest Party, X", "category manager at the Kest Agency, X": a
# title in lower case, and whose it is.
_LOWER_CASE_TITLE = re.compile(r"(?<![\w-])(?P<office>(?:(?P<modifier>[A-Za-z]+)\s+)?(?P<noun>[a-z]+)\s+(?:of|for|at(?=\s+(?:the\s+)?[A-Z]))\s+(?:the\s+)?"
                               r"(?:[\w/'’-]+\s+){0,6}[\w/'’-]+)$")
_LOWER_CASE_OFFICE = re.compile(r"(?<![\w-])(?P<office>(?:(?!The\b|A\b|An\b)[A-Z][a-z]+\s+(?=[A-Z]))?(?!The\b|A\b|An\b)[A-Za-z][a-z]+\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}"
                                r"(?:[a-z]+\s+)?(?P<body>[a-z]+))$")  # (or its body in two words: "Commanding Officer of the coast guard")
# "the Kest Navy commander, Admiral X": a body's name, then its post in lower case.
_BODY_AND_POST = re.compile(r"(?<![\w-])(?P<office>(?:[A-Z][\w'’-]*\s+){1,3}(?P<noun>[a-z]+))$")


# A title in lower case right after a quote: '"...," state secretary for defence X said'.
_AFTER_QUOTE = re.compile(r"[,.!?][\"”]\s+[a-z][\w\s-]{3,60}\s$")
_SENTENCE_END_BEFORE = re.compile(r"\b[A-Za-z]{6,}\.\s$")


_DEGREES = {"dr", "prof"}
_THE_COUNTRY = ("country", "nation")  # ("of the country": the country whose office it is, named before)
# A minister's portfolios listed ("Minister of Police, National Security and Correctional Services"): one
# office, whose portfolios name no bodies (organizations.py reads it so too).
PORTFOLIOS_LISTED = re.compile(r"\b(?:Minister|Secretary)\s+(?:for|of)\s+(?P<portfolios>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                               r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)+\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")
_PORTFOLIOS_BEFORE_NAME = re.compile(r"(?P<office>(?:[A-Z][\w-]*\s+){0,2}" + PORTFOLIOS_LISTED.pattern.removeprefix(r"\b") + ")"
                                     r"(?:,)?\s+(?:(?:the\s+)?Hon\.?\s+)?$")
_RANK_OR_DEGREE = RANK_WORDS | _DEGREES  # ("the director of X, Brig. Gen. Dr. Y": a rank, then a degree)


def title_before(text: str, start: int) -> str | None:
    """The title phrase that ends right before offset `start` (a name), if any. A rank alone
    ("Lieutenant Brigadier") is preceded by the office it holds where the text gives one: "the
    Commander of the Air Force, Lieutenant Brigadier X" has the role "Commander of the Air Force,
    Lieutenant Brigadier". A degree before the name is no part of the role ("President Dr. X")."""
    phrase = _title_before(text, start)
    if not phrase or not any(map(is_title_word, phrase.split())) or _address_only(phrase):
        # "the Minister for Defence, National Security and Policing Hon. X": a minister's portfolios listed
        # (a comma may set them off from the form of address: "..., Hon. X")
        listed = _PORTFOLIOS_BEFORE_NAME.search(text, max(0, start - 200), start)
        phrase = listed["office"] if listed else None if not phrase or not _address_only(phrase) else phrase
    words = phrase.split() if phrase else []
    while len(words) > 1 and words[-1].strip(".").lower() in _DEGREES:
        words.pop()
    if [w.lower() for w in words] == ["executive"]:
        return None  # "the Executive Power": a branch of government, no title alone (but "Chief Executive X")
    return " ".join(words) if words else phrase


# An office set off from the rank and name of its holder by a dash, as by a comma: "the Kest Force
# Commander – Major-General X", "Chief of Staff of the Army- Lieutenant General X".
_DASH_BEFORE_RANK = re.compile(r"(?<=[\w)])\s?[–—-]\s$")
# A name, then a comma before an office: "Ana Berg, Kestria's Minister of Defence, General X" (hers, not X's).
_NAME_THEN_COMMA = re.compile(r"(?:^|[\s(])(?!(?:In|On|At|The|For|From|With|After|Before|During|By|To|Of)\b)"
                              r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2},\s+$")
# A name, then "the" before an office: "Maj Gen A B the Inspector General of X" (B's office).
_NAME_THEN_THE = re.compile(r"\b[A-Z][a-z'’-]+\s+the\s+$")
_RESPONSIBLE_FOR = re.compile(r"(?<=[a-z])\s+responsible\s+for\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,4}$")


def _title_before(text: str, start: int) -> str | None:
    prefix = text[max(0, start - 300):start]
    if "/" in prefix[-12:]:  # "Maj/Gen X": two ranks' words joined by a slash are the rank's
        prefix = _SLASHED_RANK.sub(lambda m: f"{m[1]} {m[2]}" if all(w.strip(".").lower() in RANK_WORDS for w in m.groups())
                                   else m[0], prefix)
    if ") " in prefix[-14:]:  # "General (Rtd) X": the rank's mark is no word of the office before it
        prefix = _RETIRED_BEFORE_NAME.sub(" ", prefix)
    if _SENTENCE_END_BEFORE.search(prefix):
        return None  # "... selected by the Speaker. Chosen ...": a full stop after a word too long to be cut short
    if " responsible for " in prefix[-80:]:  # "... and Senior Minister responsible for the Kest Sector X": the remit apart
        prefix = _RESPONSIBLE_FOR.sub(" ", prefix)
    phrase = _title_phrase(prefix[:-1]) if prefix.endswith(" ") else None
    if not phrase and prefix.endswith(" ") and _AFTER_QUOTE.search(prefix):
        return _lower_case_title(prefix[:-1])  # '"...," state secretary for defence X said'
    if not phrase and prefix.endswith(" and "):  # "Deputy Ministers A B and C D": a title in the plural is both's
        words = prefix[:-5].split(" ")
        for count in (2, 3):
            plural = _title_phrase(" ".join(words[:-count])) if all(w[:1].isupper() for w in words[-count:]) else None
            if plural and plural.split()[-1].endswith("s"):
                return plural
        return None
    address = prefix[:-len(phrase) - 1].removesuffix("His ").removesuffix("Her ").removesuffix("the ") \
        if phrase and _address_only(phrase) and prefix[:-1].endswith(phrase) else ""
    if address.endswith(", "):
        # "the President and Commander-in-Chief, His Excellency X": the office before the form of address
        return _title_phrase(address[:-2]) or _title_phrase(_WITH_RESPONSIBILITY.sub("", address[:-2])) or phrase
    if phrase and _ranks_only(phrase, _RANK_OR_DEGREE):
        before = _without_aside(_DASH_BEFORE_RANK.sub(", ", prefix[:-1][:-len(phrase)]))
        office = _title_phrase(before[:-2]) if before.endswith(", ") else None
        if office and _ranks_only(office, RANK_WORDS):
            office = None  # ("the Navy commander, Admiral X": "commander" here is the post, no rank)
        if office and (_NAME_THEN_THE.search(before[:-2][:-len(office)]) or _NAME_THEN_COMMA.search(before[:-2][:-len(office)])
                       and office.split()[0].endswith(("'s", "’s"))):
            office = None  # ("Gen A B the Inspector General, Gen C D", "Ana Berg, Kestria's Minister, General C D": the name's before it)
        lower = _LOWER_CASE_OFFICE.search(before[:-2]) if before.endswith(", ") and not office else None
        if lower and any(map(is_title_word, lower["office"].split(" of ")[0].split())) and (lower["body"].capitalize() in ORGANIZATION_NOUNS
                                                                  or lower["body"] in ("programme", "program", "project")):
            office = lower["office"]  # "the commander of the Ruritanian division, Major General X"
        post = _BODY_AND_POST.search(before[:-2]) if before.endswith(", ") and not office else None
        if post and is_title_word(post["noun"]) and not is_title_word(post["office"].split()[0]):
            office = post["office"]
        if office:
            return f"{_offices_listed(before[:-2], office)}, {phrase}"
        office = _office_and_post(before[:-1]) if before.endswith(" ") else None
        if office:
            return f"{office}, {phrase}"
    elif phrase and phrase[0].islower():  # "... and committee head Sen. Lieut. Gen. X": a post in lower case, then ranks
        words = phrase.split()
        ranks = len(words) - next((i for i, w in enumerate(reversed(words)) if w.strip(".").lower() not in RANK_WORDS),
                                  len(words))
        if ranks < len(words) and all(w.islower() for w in words[:ranks]):
            office = _office_and_post(prefix[:-1][:-len(" ".join(words[ranks:])) - 1])
            if office:
                return f"{office}, {' '.join(words[ranks:])}"
    return phrase


_LIST_SEPARATOR = re.compile(r"(?<=[\w)]),(?P<last> and)? $")


def _offices_listed(before: str, office: str) -> str:
    """The offices listed before the last of one person's, ranks and name after them: "the President
    of Kestria, Commander-in-Chief of the Armed Forces, and Minister of Defence, General X" holds all
    three (a list of "the ..." items is of several people's offices)."""
    offices, rest, ended = [office], before[:-len(office)] if before.endswith(office) else "", False
    while (separator := _LIST_SEPARATOR.search(rest)) and (ended or separator["last"]):
        earlier = _title_phrase(rest[:separator.start()])
        if not earlier or _ranks_only(earlier, RANK_WORDS) or not rest[:separator.start()].endswith(earlier):
            break
        offices.insert(0, earlier)
        rest, ended = rest[:separator.start() - len(earlier)], True
        if rest.endswith(("the ", "The ")):
            break  # the list's first office
    if len(offices) == 1:
        return office
    return ", ".join(offices[:-1]) + f", and {offices[-1]}"


def _office_tail(tail: list[str]) -> bool:
    """Whether the words after an office's last title word may end it: none, "of/to/for [the] Name ...", "of"
    and one word of an office in lower case ("head of state"), or
    its body run together with it ("Chairman Joint Chiefs of Staff Committee"); a service in brackets is the
    title's ("Captain (Naval)")."""
    tail = [w for w in tail if not w.startswith("(")]
    if len(tail) > 3 and tail[-3:-1] == ["of", "the"] and tail[-1] in _THE_COUNTRY:
        tail = tail[:-3]  # ("... of the Armed Forces of the country")
    run_together = tail and tail[-1] in ORGANIZATION_NOUNS and all(w[0].isupper() or w in ("of", "and") for w in tail)
    return not tail or bool(run_together) or tail[0] in _LINKS and all(w[0].isupper() or w in ("the", "and", "&", *_LINKS)
                                                                      for w in tail) and tail[-1] not in ("the", "and", *_LINKS) \
        or len(tail) == 2 and tail[0] == "of" and tail[1] in TITLE_MODIFIERS  # ("head of state", "chief of staff")


def _address_only(phrase: str) -> bool:
    """A form of address, a degree's or both, which introduce a name but are no role: "Hon. Dr.", "Dr.";
    and a sheikh's title after a form of address ("H.E. Sheikh")."""
    words = [w for w in phrase.split() if w.strip(".").lower() not in ("dr", "prof")]
    if len(words) > 1 and words[-1] in ("Sheikh", "Shaikh", "Sheik"):
        words.pop()
    return not words or only_honorifics(" ".join(words))


def _ranks_only(phrase: str, ranks: set[str]) -> bool:
    """Whether every word of `phrase` is a rank's (or a degree's): "Maj. Gen.", "Major.-Gen."."""
    return all(part.lower() in ranks for w in phrase.split() for part in w.strip(".-").split(".-"))


# Between an office and the rank and name of its holder, the office's acronym or body set off by
# commas: "the Chief of the Air Staff, CAS, Air Marshal X", "the Director of Y, Kest Headquarters, Colonel X".
_ASIDE = re.compile(r"(?<=[a-z]), (?:[A-Z]{2,6}|(?:[A-Z][\w-]*\s){1,3}(?:Headquarters|HQ|" + "|".join(ORGANIZATION_NOUNS) + r")), $")


def _without_aside(before: str) -> str:
    aside = _ASIDE.search(before)
    return before[:aside.start()] + ", " if aside else before


def _office_and_post(before: str) -> str | None:
    """The office of a person's two that ends in a post in lower case, right before a rank: "Deputy
    Defense Minister and head of the steering committee [Senior Lieutenant General] X"."""
    office, joined, post = before.rpartition(" and ")
    words = post.split()
    if not joined or not 1 <= len(words) <= 6 or not all(w.islower() for w in words) \
            or not any(is_title_word(w) for w in words):
        return None
    phrase = _title_phrase(office)
    return phrase if phrase and not all(w.strip(".").lower() in RANK_WORDS for w in phrase.split()) else None


_NAME_BEFORE_OFFICE = re.compile(r"[A-Z][a-z'’-]+,\s+(?:the\s+)?$")
_NAME_AT = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*))*")


def _name_end(text: str, start: int) -> int:
    match = _NAME_AT.match(text, start)
    return match.end() if match else start


# Where an office is held, and that place's country or region after a comma: "in Varno, Lodmark".
_POSTED_IN_PLACE_OF_PLACE = re.compile(r"\sin\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?P<within>,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")


def title_before_comma(text: str, start: int) -> str | None:
    """A title set off before a name by a comma: "the commander of the Air Force, Mykola Oleschuk",
    "US defense secretary, Lloyd Austin"."""
    prefix = text[max(0, start - 200):start]
    if not prefix.endswith(", ") or _DESCRIBED.search(prefix[:-2]):
        return None  # ("Kestria being both a NATO and EU member, X said": the clause describes Kestria)
    posted = _POSTED_IN_PLACE_OF_PLACE.search(prefix[:-2])
    if posted:  # "High Commissioner in Varno, Lodmark, X": the place's own place is no word of the title
        prefix = prefix[:posted.start("within")] + ", "
    phrase = _title_phrase(prefix[:-2])
    named = _NAME_BEFORE_OFFICE.search(prefix, 0, len(prefix) - 2 - len(phrase)) if phrase else None
    if named and _has_own_office(text, _name_end(text, start)) \
            and not _office_first(text, start - len(prefix) + named.start() + named.group(0).index(",")):
        return None  # "A, President of Kestria, B, Minister of Justice, ...": the office before B is A's
    if phrase and _ranks_only(phrase, RANK_WORDS) and prefix[:-2].endswith(phrase):
        # "the Chief of Air Staff, Air Marshal, X": the office before the rank set off by commas too
        before = _without_aside(prefix[:-2 - len(phrase)])
        office = _title_phrase(before[:-2]) if before.endswith(", ") else None
        return f"{office}, {phrase}" if office and not _ranks_only(office, RANK_WORDS) else phrase
    if phrase:
        return phrase
    return _lower_case_title(prefix[:-2])


def _lower_case_title(prefix: str) -> str | None:
    """A title in lower case that ends `prefix`, with whose it is: "the minister of defence"."""
    lower = _LOWER_CASE_TITLE.search(prefix)
    if not lower or not is_title_word(lower["noun"]):
        return None
    modifier = lower["modifier"]
    if modifier and not (modifier[0].isupper() and modifier not in NOT_NAMES or modifier.lower() in TITLE_MODIFIERS):
        return lower["office"][len(modifier):].lstrip()  # "the head of ...", "said head of ..."
    return lower["office"]


# A role stated in a relative clause: "X, who was defence minister at the time, ...", "X, who is the
# chief of the general staff" (the role ends before a clause of time or place).
_WHO_WAS = re.compile(r"^,\s+who\s+(?:is|was|has\s+been|had\s+been|then\s+was|was\s+then|serves\s+as|served\s+as)\s+"
                      r"(?:(?:the|a|an)\s+)?(?P<role>[^,.;:\"“”()]{3,80}?)"
                      r"(?=\s+(?:at|in|until|since|from|when|between|during|before|after|and|who)\b|\s*[,.;:\"“”()]|$)")


# A name in another script in brackets after the one in Latin letters: "Ana Berg (安娜), the minister".
_OTHER_SCRIPT = re.compile(r"\s*\((?:[^\x00-\u024f()]\s?){1,12}\)")


def appositive_after(text: str, end: int) -> str | None:
    """The role in an appositive right after a name, if it names a title."""
    other = _OTHER_SCRIPT.match(text, end) if text.startswith(" (", end) else None
    end = other.end() if other else end
    age = _AGE.match(text, end) if text.startswith(", ", end) else None
    end = age.end() if age else end  # "X, 45, the port's commandant": the age apart
    relative = _WHO_WAS.match(text[end:end + 120]) if text.startswith(", who ", end) else None
    if relative:
        words = relative["role"].split()
        return relative["role"] if len(words) <= _MAX_WORDS and is_title_word(words[-1]) \
            and not _next_name(text, end + relative.end()) else None
    match = _APPOSITIVE.match(text[end:end + 200])
    if not match:
        return None
    if match["bare"] and not any(map(is_title_word, match["bare"].partition(" of ")[0].split())):
        return None  # ("X the Kest Navy Commander": a title among the words before any "of")
    role = (match["role"] or match["inside"] or match["hyphened"] or match["bare"] or match["labelled"]).strip()
    if len(role.rpartition(" ")[2]) == 1 and _JOINED_INITIAL_NEXT.match(text, end + match.end(), end + match.end() + 4):
        return None  # ", Minister of Defense N.Varnbold": the title is the next name's
    words = role.split()
    # ("a major infrastructure project", "the general public": a rank's word as an adjective names no title)
    titled = [w for i, w in enumerate(words[:7]) if is_title_word(w) and not (
        w in _ADJECTIVE_RANKS and i + 1 < len(words) and words[i + 1].islower() and not is_title_word(words[i + 1])
        and words[i + 1] not in _LINKS)]  # (but "the commanding general of X" holds a post)
    if not words or len(words) > _MAX_WORDS and words[0] != "responsible" \
            or not titled and words[:2] != ["responsible", "for"]:
        return None  # (a duty is a role too: "X, responsible for the arms trade with foreign partners")
    if words[0] == "responsible" and _INSIDE_APPOSITIVE.search(text, max(0, end - 100), end):
        return None  # "X, an aide to President Y, responsible for ...": X's duty, not Y's
    if any(w.islower() and w.endswith("ed") and is_title_word(words[i - 1]) for i, w in enumerate(words) if i):
        return None  # "..., Ivo Marek, the President emphasised ...": a clause with its verb, no appositive
    # (an office in capitals ends where a verb in lower case follows it, or "to" and one: "X, Minister for Kest
    # Affairs sponsored the ceremony", "X, the Commander of the Forces to develop it")
    verb = next((i for i, w in enumerate(words) if i > 1 and w.islower() and (w.endswith("ed") or w == "to" and words[i + 1:i + 2]
                                                                              and words[i + 1].islower())
                 and words[i - 1][0].isupper() and not is_title_word(words[i - 1])), None)
    if verb is not None:
        role, words = " ".join(words[:verb]), words[:verb]
    if words[0].islower() and (words[0].endswith("s") and is_title_word(words[0][:-1])
                               or len(words) == 2 and words[1].endswith("s") and is_title_word(words[1][:-1])):
        return None  # ("A, members of the diplomatic corps, B": a group listed, no one's role)
    if words[0].lower() in ("who", "which", "that", "whose", "he", "she", "it", "and", "or", "but", "appointed") \
            or words[0].islower() and words[0].endswith("ed") and words[0] not in TITLE_MODIFIERS \
            or words[0].islower() and words[1:2] and words[1] in ("his", "her", "their", "its", "our"):
        return None  # (a clause, no role: "X, graced the occasion as the Chief Guest", "X, took their oath before Y";
        # "X, appointed Y by Z": the appointment's, see appointed_as)
    if match["role"] and text[end:end + 6].lstrip(" ,").lower().startswith("the ") \
            and _SPEAKS_AFTER.match(text, end + match.end()):
        return None  # "Mentioning X, the Defence Minister said": a clause of its own, no appositive
    # (a post held for someone named, "an aide to Kestrian President Ana Berg", is the role of the name before it)
    serves = any(words[i] in ("of", "to", "for") and words[i - 1].islower() and is_title_word(words[i - 1])
                 and any(map(is_title_word, words[i + 1:])) for i in range(1, min(4, len(words))))
    body_then_name = _BODY_THEN_NAME.search(role)
    named = (_IS_A_NAME.search(role) or _ranked_name(words) or _titled_name(words)
             or body_then_name and body_then_name["noun"] in ORGANIZATION_NOUNS) and not serves
    goes_on = text.startswith(" and ", end + match.end()) and text[end + match.end() + 5:end + match.end() + 6].isupper()
    comma = text.find(", ", end + match.end(), end + match.end() + 150) if goes_on else -1
    if comma >= 0 and _next_name(text, comma):
        return None  # "A, the Director of the Kest and Varno Section (KVS) of X, B, ...": the office goes on, B's
    if _next_name(text, end + match.end(), end) or named and role.split()[-1] not in ORGANIZATION_NOUNS | COMPANY_NOUNS:
        return None  # "A, the Minister of X, B, ...": the title is B's; "A, General B, Inspector ...": B is a person
    more = _AND_TITLE.match(text, end + match.end()) if match["role"] else None
    return f"{role} and {more['title']}" if more and is_title_word(more["title"].split()[-1]) else role


_ADJECTIVE_RANKS = {"major", "general", "chief"}


def _titled_name(words: list[str]) -> bool:
    """Whether the words end in a title and a name after it ("Kest Prime Minister Ana Berg"): another
    person listed, whose title it is."""
    last = max((i for i, w in enumerate(words) if is_title_word(w)), default=None)
    after = words[last + 1:] if last is not None else []
    return 2 <= len(after) <= 3 and all(w[0].isupper() and not is_title_word(w) and w not in ORGANIZATION_NOUNS
                                        and w not in COMPANY_NOUNS for w in after)


def _ranked_name(words: list[str]) -> bool:
    """Whether an appositive is a rank and a name ("Fg Offr Ana Berg"): another person, not a role."""
    ranks = next((i for i, w in enumerate(words) if not is_title_word(w) and w.strip(".").lower() not in TITLE_MODIFIERS), len(words))
    return 0 < ranks <= 3 and 2 <= len(words) - ranks <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words[ranks:])


_INSIDE_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,2}(?:of|to|for)\s+[^,]*$")
_JOINED_INITIAL_NEXT = re.compile(r"\.\s?[A-Z]")  # ("N.Varnbold", "R. K. Dhowan")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|added|told|noted|stressed)\b")
# A title after "a" and the words of its kind, at the end of a clause: no title of the name after it.
_DESCRIBED = re.compile(r"\b(?:being|is|was|as)\s+(?:both\s+)?an?\s+(?:[\w-]+\s+){0,4}[a-z]+$")
# A second office held with the first: "X, deputy prime minister and defence minister, said".
_AND_TITLE = re.compile(r"\s+and\s+(?P<title>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s*[,.;])")


# A person named to an office: "Kest named Ana Berg as the country's next minister of defence", "naming
# General Ivo Marek as defence minister and ..." (the office the appointment gives).
_APPOINTED_BEFORE = re.compile(r"\b(?:named|naming|names|appointed|appointing|appoints|nominated|nominating|nominates"
                               r"|picked|chose|tapped|selected|selection\s+of)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
_AS_OFFICE = re.compile(r"\s+as\s+(?:(?:the|[A-Z][\w-]*['’]s)\s+)?(?:(?:new|next|incoming|interim|acting|country['’]s)\s+){0,2}"
                        r"(?P<role>(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?)"
                        r"(?=\s*[,.;:(]|\s+(?:and|on|in|to|for|after|while|from|until)\b)")  # ("... Force (KDF).")


def appointed_as(text: str, start: int, end: int) -> str | None:
    """The office a person is named to, stated after "as" ("named X as defence minister"), or after "has
    been appointed" ("X has been appointed Kest Force Commander"); or the office a sentence says the person
    is ("while the deputy army commander is Brigadier General X")."""
    office = _AS_OFFICE.match(text, end) if text.startswith(" as ", end) else None
    if office and is_title_word(office["noun"]) and _APPOINTED_BEFORE.search(text, max(0, start - 60), start):
        return office["role"]
    appointed = _APPOINTED_AFTER.match(text, end) if " appointed " in text[end:end + 40] else None
    if appointed and is_title_word(appointed["role"].split()[-1]):
        return appointed["role"]
    named = _OFFICE_IS.search(text, max(0, start - 120), start) if " is " in text[max(0, start - 60):start] else None
    if named and is_title_word(named["role"].split()[-1]):
        return named["role"]
    return None


# "X has been appointed Kest Force Commander", "X who has now been appointed national security adviser".
# (or an appositive, perhaps after the person's age: "X, 45, appointed coast guard commandant by the President")
_APPOINTED_AFTER = re.compile(r"(?:(?:\s+who)?\s+(?:has|have|had|was|were)\s+(?:now\s+|since\s+)?been|,(?:\s+\d{1,3},)?(?:\s+(?:newly|recently))?)"
                              r"\s+appointed\s+(?:as\s+)?(?:the\s+)?"
                              r"(?P<role>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*[,.;:(]|\s+(?:with|and|while|in|on|by)\b|$)")  # (the shortest)
# "the deputy army commander ( Landed Forces) is Brigadier General X": the office, "is", ranks, the name.
_OFFICE_IS = re.compile(r"\b(?:while|and|whereas)\s+(?:the\s+)?(?P<role>(?:[\w-]+\s+){0,3}[\w-]+)(?:\s*\([^()]{1,30}\))?\s+is\s+"
                        r"(?:(?:[A-Z][a-z]*\.?|[a-z]+)\s+){0,3}$")


def stated_as_copula(text: str, end: int) -> str | None:
    """The office a sentence gives a person with "is": "X is the deputy editor of Kest Weekly", "X
    was the commander of the Kest Navy"."""
    office = _IS_OFFICE.match(text, end) if text.startswith((" is ", " was "), end) else None
    return office["role"] if office and is_title_word(office["noun"]) else None


# (an office of up to four words, and the body it is of: not "X is a member of the team that ...")
_IS_OFFICE = re.compile(r"\s+(?:is|was)\s+(?:the|a|an)\s+(?:(?:new|former|current)\s+)?"
                        r"(?P<role>(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)(?:\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’-]*){0,4})?)"
                        r"(?=\s*[,.;]|\s+(?:and|since|until|in|who)\b)")


def stated_roles(article: Article, normalised: list[Normalised], found: list[list[Match]],
           entities: dict[str, Entity]) -> list[Role]:
    """The roles the article states for the people it names, in reading order."""
    roles: list[Role] = []
    previous = ""
    for paragraph, norm, matches in zip(article.paragraphs, normalised, found):
        for match in matches:
            if entities[match.entity_id].type != "person":
                continue
            if match.start == 0 and _WHO_AFTER_NAME.match(norm.text, match.end):
                # "... considered by the Minister of Kest Affairs a "reinforcement"." then "Ana Berg, who presided
                # ...": a lede gives the office, the next paragraph the name of the one who holds it
                offices = [m["office"] for m in _OFFICE_UNNAMED.finditer(previous) if is_title_word(m["office"].split(" of ")[0].split()[-1])]
                if len(offices) == 1:
                    roles.append(Role(match.entity_id, offices[0], article.id, paragraph.index))
            # (a role never holds its holder's own name: a caption repeated, "Minister X (Agency) Minister X")
            own = {w for n in (entities[match.entity_id].name, *entities[match.entity_id].aliases) for w in n.split() if len(w) > 2}
            # (a writer's line, "X is a reporter for Y", gives its role once, as the reader reads it)
            for role in (title_before(norm.text, match.start), title_before_comma(norm.text, match.start),
                         appositive_after(norm.text, match.end), appointed_as(norm.text, match.start, match.end),
                         stated_as_copula(norm.text, match.end) if paragraph.kind != "byline" else None):
                if role and not only_honorifics(role) and own.isdisjoint(role.split()):
                    roles.append(Role(match.entity_id, role, article.id, paragraph.index))
            if paragraph.kind == "byline" and article.author_role and match.start == 0:
                roles.append(Role(match.entity_id, article.author_role, article.id, paragraph.index))
        previous = norm.text
    return roles


_WHO_AFTER_NAME = re.compile(r",\s+who\s")
# An office in capitals after "the" that no name follows: "by the Minister of Internal Affairs a ..."
_OFFICE_UNNAMED = re.compile(r"\bthe\s+(?P<office>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                             r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)(?!\s+[A-Z]|[\w'’-])")


def _initials(role: str) -> set[str]:
    """The initials an office may go by: "Chief of Air Staff" -> CAS or COAS (the linking words' letters
    written or not)."""
    forms = {""}
    for word in role.split(",")[0].split():
        if word in ("of", "the", "for", "and"):
            forms |= {f + word[0].upper() for f in forms}
        elif word[:1].isupper():
            forms = {f + word[0] for f in forms}
        else:
            return set()
    return forms - {""}


_JOINED_COMPANY_NOUN = re.compile(rf"[A-Z](?:{'|'.join(sorted(COMPANY_NOUNS))})$")


def role_finder(roles: list[Role], organizations: list[Entity], known_roles: list[Role]):
    """A function from a title ("minister") to the one person the article gives that title, if one
    does (the person whose role ends in it, else the only one whose role holds it; else the same
    by the roles other articles or the knowledge base gave the people it names), and from an
    organisation noun ("ministry") to the one organisation of the article so named."""
    def by_noun(stated: list[Role]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        heads: dict[str, set[str]] = {}
        holders: dict[str, set[str]] = {}
        for role in stated:
            words = role.role.split()
            # a prime minister is "the prime minister", never "the minister"; a vice president never "the president"
            nouns = [title_noun(w) if i == 0 or words[i - 1].lower() not in ("prime", "vice") else f"{words[i - 1].lower()} {title_noun(w)}"
                     for i, w in enumerate(words) if is_title_word(w)]
            if nouns:
                heads.setdefault(nouns[-1], set()).add(role.entity_id)
            for noun in nouns:
                holders.setdefault(noun, set()).add(role.entity_id)
        return heads, holders

    heads, holders = by_noun(roles)
    known_heads, known_holders = by_noun(known_roles)
    named: dict[str, dict[str, str]] = {}  # organisation noun -> {id: name} of the organisations it names
    for organization in organizations:
        for word in organization.name.split():
            if word in ORGANIZATION_NOUNS:
                named.setdefault(word.lower(), {})[organization.id] = organization.name
        if any(name.split()[-1] in COMPANY_NOUNS or name.split()[-1] in COMPANY_SUFFIXES
               or name.split()[-1] == "International" and len(name.split()) == 2  # ("Kestwerk International")
               or _JOINED_COMPANY_NOUN.search(name)  # ("KXIndustries": its noun run into its initials)
               for name in (organization.name, *organization.aliases)):
            for word in COMPANY_WORDS:
                named.setdefault(word, {})[organization.id] = organization.name

    def by_role(words: list[str], last_organization: str | None = None, upto: int | None = None,
                speaking: str | None = None) -> str | None:
        """`words` end in the title or organisation noun ("the Philippine coast guard said"); a title
        two people hold is the one's stated by paragraph `upto` if only one's is ("President X" at
        the top, "the President said", "President Y" further on), else the one's who is `speaking`
        (a defence and a foreign minister named, the first quoted, then "the minister added")."""
        noun = words[-1].lower()
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            # an office by its initials ("the CAS said"): the one person whose office they are
            ids = {r.entity_id for r in roles if words[0] in _initials(r.role)}
            return next(iter(ids)) if len(ids) == 1 else None
        if noun.capitalize() in ORGANIZATION_NOUNS or noun in COMPANY_WORDS:
            # Of the article's organisations so named, the one whose name holds the other words too;
            # of several, the one named last before ("... said the X Ministry." then "the ministry wrote").
            candidates = named.get(noun, {})
            choices = (set(candidates), {i for i, name in candidates.items()
                                         if all(w.casefold() in name.casefold() for w in words[:-1])})
            if last_organization in choices[1] and not any(len(ids) == 1 for ids in choices):
                return last_organization
        else:
            # A title of several words ("the Inspector General", "the Chief-of-Staff") is first the one whose
            # role holds them all.
            whole = " ".join(words).casefold()
            exact = {r.entity_id for r in roles if whole in r.role.casefold()} if len(words) > 1 or "-" in noun else set()
            choices = (exact, *(table.get(title_noun(noun), set()) for table in (heads, holders)))
            if upto is not None and not any(len(ids) == 1 for ids in choices) and len(heads.get(title_noun(noun), ())) > 1:
                # (the article's own order first, before what other articles say of its people)
                choices = by_noun([r for r in roles if r.paragraph <= upto])[0].get(title_noun(noun), set()),
            choices += tuple(table.get(title_noun(noun), set()) for table in (known_heads, known_holders))
        return next((next(iter(ids)) for ids in choices if len(ids) == 1),
                    speaking if speaking and any(speaking in ids for ids in choices) else None)

    return by_role
