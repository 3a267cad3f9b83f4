"""Events, conservatively: a capitalised name with a year in a sentence about drills, exercises or
the like ("Zapad 2021", "Union Resolve 2022", "Vostok-2022"), a name such a sentence gives them
("drills code-named Sea Shield", 'exercises, dubbed "Steel Wall"'), and "Operation X"."""
from __future__ import annotations

import re

from ..extract.vocabulary import NOT_NAMES, is_title_word
from .common import (CAPITALISED, Found, GATHERINGS, LEADING, STANDALONE, countries, country_words, holds_any, is_demonym,
                     is_plain_word, possessive_cut)
from .places import REGION_NAMES, is_heading
from .equipment import CATEGORY_NOUNS

_NAMED_YEAR = re.compile(rf"(?P<name>{STANDALONE}(?:\s+{CAPITALISED}){{0,3}}(?:\s[-–]\s|[\s-])(?:19|20)\d\d)(?![\w-])")  # ("X - 2021")
_CONTEXT = re.compile(r"\b(?:drills?|exercises?|war ?games?|manoeuvres|maneuvers|summit|games|operation|"
                      r"conference|forum|parade|show|expo|championship|"
                      # a trade show: "on display at Kestexpo 2024", "showcased at"
                      r"(?:air)?show|on display|displayed|exhibitions?|exhibited|showcas(?:e|ed|es|ing)|fair|"
                      r"held (?:in|at|on|from|for the first time)|t(?:ake|aking|ook) part|participat\w+)\b", re.I)
# ("Kestfest 2025, held in Varno"; "to take part in KESTEX 2022")
# "Operation Dragonfly", "Mission Kestrel", "Exercise KEST 9", "Exercise Kestrel 2025", "Operation: Dragonfly"
_OPERATION = re.compile(rf"(?<![\w-])(?P<kind>Operation|Mission|Exercise)(?P<colon>:)?\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?(?:\s+\d{{1,4}}[A-Z]?)?)"
                        rf"(?![\w-])")
# An exercise named after its noun in lower case, by two capitalised words or more: "the international
# exercise Kest Strike" (one word may be anything: "to exercise Control").
_EXERCISE_NAMED = re.compile(rf"\bexercise\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,2}}(?:\s+(?:19|20)\d\d)?)(?![\w-])")
# Drills named without a year: "the Kest Shield exercises", "during the Kest drills", "Kest Exercise".
# (The noun is found first, then the name in the few words before it.)
_DRILLS = re.compile(r"(?<=\s)(?:exercises?|drills?|war ?games|manoeuvres|maneuvers|Exercises?|Drills?)\b")
# (a word or two may describe them between: "the upcoming annual Kest Dragon drills")
_NAME_BEFORE_DRILLS = re.compile(rf"(?:\b(?P<the>[Tt]he)\s+(?:[a-z]+\s+){{0,2}})?(?<![\w-])(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})\s+$")
# A day a body celebrates, named with what is held on it: "the Kest Navy Day parade", "NAF Day celebrations".
_NAMED_DAY = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w-]*\s+){1,3}Day)\s+(?:[Cc]elebrations?|parades?|ceremony|commemorations?)\b"
                        # or of two words or more, alone: "the National Defence Day", "All People's National Defence Day"
                        r"|(?<![\w-])(?P<named>(?:[A-Z][\w'’-]*\s+){1,4}Day)\b")
_SPEAKS_AFTER = re.compile(r",?\s+(?:said|says|told|added)\b")
# A day of one word's name: a service's or a remembrance's ("Army Day", "Victory Day").
_DAYS_OF = {"Army", "Navy", "Victory", "Independence", "Memorial", "Veterans", "Remembrance", "Unity", "Constitution",
            "Republic", "Liberation", "Defenders"}
# A war or a revolution named by a country, a people or a place ("the Korean War", "Vietnam War-era
# vehicles", "the Gulf War", "the Kestrian Revolution"): an event (not "World War" and "Cold War", above; not "a trade war").
_NAMED_WAR = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}(?:War|Revolution))(?![\w]|-(?!era\b))")
# (or by a place, after "the" and perhaps its year: "the 1999 Kestgil War")
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:19|20)\d\d\s+)?$")
_WAR_WORDS = {"Gulf", "Civil", "Six-Day", "Falklands", "Balkan", "Crimean", "Boer", "Napoleonic", "Indochina"}
# A storm by its name: "Typhoon Kesta", "Hurricane Varna" (not the fighter: "Typhoon Tranche 3 jets").
_STORMS = ("Typhoon ", "Hurricane ", "Cyclone ", "Tropical Storm ")
_STORM = re.compile(r"(?<![\w-])(?:Super\s+)?(?:Typhoon|Hurricane|Cyclone|Tropical\s+Storm)\s+(?P<name>[A-Z][a-z]{2,})(?![\w-])")
_NOT_STORM_NAMES = {"Tranche", "Block", "Batch", "Squadron", "Force", "Fighter", "Fighters", "Jets", "Display", "Team"}
_CATEGORY_AFTER_STORM = re.compile(r"\s+(?:jets?|fighters?|aircraft|squadrons?|pilots?)\b")
_WORLD_WAR = re.compile(r"\bWorld War (?:One|Two|I{1,2}|[12])\b|\bWW(?:I{1,2}|[12])\b|\b(?:First|Second) World War\b|(?<![Nn]ew )(?<!\ba )(?<![Ss]econd )(?<![\w-])Cold War\b")  # (not "a new Cold War")
# A trade show named by its city or name: "the Varno Air Show", "the Kest International Airshow".
_SHOW = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w-]*\s+){1,3}(?:Air\s+Show|Airshow|air\s+show))\b(?!\s+\d)")  # (or "the Kest air show")
# A trade exhibition or a meeting by its name: "the Kest International Maritime and Aerospace
# Exhibition", "the Corps Commanders’ Conference", "the Varno Summit".
_EXHIBITION = re.compile(rf"(?<![\w-])(?P<name>(?:St\.\s+)?[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?(?:(?:[A-Z][\w'’-]*|(?:19|20)\d\d)\s+(?:(?:and|&)\s+)?){{0,5}}"
                         rf"(?:{'|'.join(GATHERINGS)}))\b"  # (a year inside: "Kest Pacific 2023 Maritime Exposition")
                         rf"(?:\s+(?P<edition>[A-Z]{{2,}}-(?:19|20)\d\d)\b)?")  # ("Forum ARMY-2020": its edition's name)
# A trade show by its initials before its kind in lower case: "the KDX defence exhibition", "the KESTAIR air show".
_SHOW_BY_INITIALS = re.compile(r"\bthe\s+(?P<name>[A-Z]{3,8})\s+(?:(?:defen[cs]e|arms|trade|air|naval|military|aerospace|security)\s+)?"
                               r"(?:exhibition|show|expo|exposition|fair|airshow)"  # (not "the KDF exhibition stalls")
                               r"(?=\s*[,.;:)]|\s+(?:in|at|on|from|which|where|and|this|next|last|held|opens?|opened|ended|begins?)\b)")
# A show whose name runs its noun into another word, with its year: "KestExpo 2022", "DefShow 2024".
_RUN_TOGETHER_SHOW = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}(?:Expo|Show))\s+(?:19|20)\d\d\b")
# "code-named Sea Shield-2024A", 'dubbed "Steel Wall"': the name given to the drills of the sentence.
# And a quoted name before the drills' noun: "the 'Steel Wall' exercise".
_NAME = rf"{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}}(?:-(?:19|20)?\d\d[A-Z]?)?"
_GIVEN_NAME = re.compile(rf"\b(?:code-?named|dubbed|named|called)\s+[\"“‘']?(?P<name>{_NAME})(?![\w-])")
_QUOTED_NAME = re.compile(rf"(?=[\"“‘'])(?:[\"“‘]|(?<![\w'])')(?P<quoted>{_NAME})[\"”’']\s+"
                          rf"(?:drills?|exercises?|war ?games|manoeuvres|maneuvers)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a quick test before the slower patterns
# A paper's noun before a year names a yearly exercise, said without its noun ("Kest Express 2023"): no paper
# names an edition by its year.
_SERIES_NOUNS = {"Express"}
_EDITION = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d{1,3}(?:st|nd|rd|th))")
_ROUTINE = {"Press", "Regular", "News", "Annual", "Joint", "Daily", "Weekly", "Monthly", "Special", "Extraordinary"}
_GATHERING_NOUNS = ("event ", "ceremony ", "festival ", "celebration ", "gathering ")
_DRILL_WORDS = ("xercise", "rill", "ar game", "argame", "anoeuvre", "aneuver")
_SHORT = re.compile(r"\s*\((?P<short>[A-Z]{2,8}(?: (?:19|20)\d\d)?)\)")  # ("(KDX)", "(KDX 2023)")
_YEAR_BEFORE = re.compile(r"(?<![\w-])((?:19|20)\d\d)\s$")
# "Kest International Airshow 2024 (KIA 2024)", "Kest International Defence Expo 2024 (Kest Defence 2024)"
_SHORT_WITH_YEAR = re.compile(r"\s*\((?P<short>(?:[A-Z]{2,8}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:19|20)\d\d)\)")
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


def find_events(text: str, sentence_of) -> list[Found]:
    found: list[Found] = []
    for match in _NAMED_YEAR.finditer(text) if _YEAR.search(text) else ():
        words = match["name"].split()
        while words and (words[0] in LEADING or is_demonym(words[0]) or words[0] in _MONTHS):
            words = words[1:]
        if len(words) < 2 and "-" not in match["name"] or len(words) >= 2 and words[-2].endswith(("'s", "’s")):
            continue  # ("Varno's 2022 invasion": a year of the owner's)
        if any(w.rstrip(".") in _MONTHS for w in words) or not (_CONTEXT.search(sentence_of(match.start()))
                                                                or len(words) > 2 and words[-2] in _SERIES_NOUNS):
            continue
        name = " ".join(words)
        short = _SHORT_WITH_YEAR.match(text, match.end())  # "Kest International Airshow 2024 (KIA 2024)"
        found.append(Found(name, "event", "named with a year", match.end() - len(name), match.end(),
                           (short["short"],) if short else ()))
    given = _GIVEN_NAME.finditer(text) if holds_any(text, ("named", "dubbed", "called")) else ()
    quoted = _QUOTED_NAME.finditer(text) if holds_any(text, ('"', "“", "‘", " '")) and holds_any(
        text, ("drill", "exercise", "war game", "wargame", "manoeuvre", "maneuver")) else ()
    for match in (*given, *quoted):
        group = "quoted" if "quoted" in match.groupdict() else "name"
        words = match[group].split()
        # (in quotation marks before "exercises" one word is a name, and a people's name may open
        # it: "the 'Kestrel' exercises", "the 'African Lion' maneuvers")
        if (group == "quoted" or len(words) + match[group].count("-") >= 2 and not is_demonym(words[0])) \
                and words[0] not in LEADING \
                and (_CONTEXT.search(sentence_of(match.start()))
                     or group == "name" and text[:match.start()].endswith(_GATHERING_NOUNS)):  # "an event called X"
            found.append(Found(match[group], "event", "given name", match.start(group), match.end(group)))
    for kind in _DRILLS.finditer(text) if holds_any(text, _DRILL_WORDS) else ():
        before = text.rfind(" ", 0, kind.start() - 1) + 1
        if not text[before:before + 1].isupper():
            continue  # most drills are "the drills", "military drills": no name before them
        match = _NAME_BEFORE_DRILLS.search(text, max(0, kind.start() - 60), kind.start())
        if not match:
            continue
        words = match["name"].split()
        kind_named = kind.group(0)[0].isupper()  # "Kest Exercise": the noun is the name's
        if not (match["the"] or kind_named) or any(w in LEADING or is_demonym(w) or w in countries() or w.isupper()
                                                  or is_plain_word(w) or w in REGION_NAMES or w in _MONTHS for w in words):
            continue  # ("the Russian drills", "the NATO exercises", "the Pacific drills")
        if kind_named:
            name = f"{match['name']} {kind.group(0)}"
            found.append(Found(name, "event", "named drills", match.start("name"), kind.end(), (match["name"],)))
        else:
            found.append(Found(match["name"], "event", "named drills", match.start("name"), match.end("name")))
    for match in _NAMED_DAY.finditer(text) if " Day" in text else ():
        group = "name" if match["name"] else "named"
        words = possessive_cut(match[group].split())  # ("Yesterday's Kest Army Day")
        while words and (words[0] in LEADING or words[0].isdigit() or words[0] in NOT_NAMES):
            words = words[1:]
        if (len(words) > (1 if group == "name" else 2) or len(words) == 2 and words[0] in _DAYS_OF)\
                and not any(w in _MONTHS for w in words):
            name = " ".join(words)
            before = text[max(0, match.end(group) - len(name) - 40):match.end(group) - len(name)].split()[-4:]
            if group == "named" and (any(map(is_title_word, before)) or _SPEAKS_AFTER.match(text, match.end(group))):
                continue  # "Ambassador to Kestria Ana Day", "Ana Day said": a person named Day
            found.append(Found(name, "event", "named day", match.end(group) - len(name), match.end(group)))
    for match in _SHOW.finditer(text) if holds_any(text, ("Air Show", "Airshow", "air show")) else ():
        words = match["name"].split()
        while words and words[0] in LEADING:
            words = words[1:]
        name = " ".join(words)
        if (len(words) > 2 or len(words) == 2 and words[0] != "Air") and words[0][0].isupper():  # ("the Air Show" alone names none)
            found.append(Found(name, "event", "named show", match.end("name") - len(name), match.end("name")))
    for match in _EXHIBITION.finditer(text) if holds_any(text, GATHERINGS) else ():
        words = match["name"].split()
        while words and words[0] in LEADING:  # (a people's name opens many: "the African Aerospace and Defence Show")
            words = words[1:]
        if text.startswith((" Centre", " Center", " Hall", " Grounds", " Ground", " Square"), match.end("name")):
            continue  # "the Kest Exhibition Centre", "the Ana Berg Parade Square": a venue (see places)
        owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=None)
        words = words[owner + 1:] if owner is not None else words  # "Varno's Defence Exhibition": the show is Varno's
        if len(words) > 2 and _EDITION.fullmatch(words[0]):
            words = words[1:]  # "the Fourth Kest Dialogue": an edition of the Kest Dialogue, whose page it is
        if words and words[-1] == "Show" and text.endswith("on the ", 0, match.end("name") - len(" ".join(words))):
            continue  # ("on the Morning Show": a programme)
        if len(words) >= 2 and not all(w in _ROUTINE for w in words[:-1]):  # ("the Exhibition", "a Regular Press Conference")
            name = " ".join(words)
            short = _SHORT.match(text, match.end())  # "the Kest Defence Conference (KDC)"
            aliases = (short["short"],) if short else ()
            if match["edition"]:
                name, aliases = f"{name} {match['edition']}", (match["edition"], *aliases)
            start = match.end("name") - len(name)
            year = _YEAR_BEFORE.search(text, max(0, start - 5), start)
            if year:  # "the 2024 Kest Defence Expo" is the Kest Defence Expo 2024
                name, aliases, start = f"{name} {year[1]}", (f"{year[1]} {name}", *aliases), year.start()
            found.append(Found(name, "event", "named show", start, match.end("name"), aliases))
    for match in _SHOW_BY_INITIALS.finditer(text) if holds_any(text, ("exhibition", "show", "expo", "fair")) else ():
        found.append(Found(match["name"], "event", "named show", match.start("name"), match.end("name")))
    for match in _RUN_TOGETHER_SHOW.finditer(text) if holds_any(text, ("Expo ", "Show ")) else ():
        found.append(Found(match.group(0), "event", "named show", match.start(), match.end(), (match["name"],)))
    for match in _STORM.finditer(text) if holds_any(text, _STORMS) and not is_heading(text) else ():  # (a heading's "Typhoon Production")
        if match["name"] not in _NOT_STORM_NAMES and not _CATEGORY_AFTER_STORM.match(text, match.end()) \
                and not text.endswith(("Eurofighter ", "RAF "), 0, match.start()):
            found.append(Found(match.group(0), "event", "named storm", match.start(), match.end()))
    for match in _WORLD_WAR.finditer(text) if holds_any(text, ("World War", "Cold War", "WW")) else ():
        found.append(Found(match.group(0), "event", "world war", match.start(), match.end()))
    for match in _NAMED_WAR.finditer(text) if " War" in text or " Revolution" in text else ():  # "the Kestrian War", "Vietnam War-era"
        words = match["name"].split()
        while words[0] in LEADING:
            words = words[1:]
        if any(w in countries() or is_demonym(w) or w in country_words() or w in _WAR_WORDS for w in words[:-1]) \
                or len(words) == 2 and not is_plain_word(words[0]) and words[0].lower() not in CATEGORY_NOUNS \
                and _THE_BEFORE.search(text, max(0, match.end("name") - len(" ".join(words)) - 10), match.end("name") - len(" ".join(words))):
            name = " ".join(words)
            found.append(Found(name, "event", "war", match.end("name") - len(name), match.end("name")))
    for match in _OPERATION.finditer(text) if holds_any(text, ("Operation ", "Mission ", "Exercise ", "Operation:")) else ():
        first = match["name"].split()[0]
        if first in LEADING or is_demonym(first) or first.lower() in CATEGORY_NOUNS:
            continue  # "Exercise The ...", "Mission Ruritanian ...", a headline's "to Exercise Missiles"
        aliases = (match["name"],) if match["kind"] == "Exercise" else ()  # ("Exercise X" is also "X")
        aliases += (match.group(0),) if match["colon"] else ()  # ("Operation: Kest Shield", as some copy writes it)
        found.append(Found(f"{match['kind']} {match['name']}", "event", "operation", match.start(), match.end(), aliases))
    for match in _EXERCISE_NAMED.finditer(text) if "exercise " in text else ():
        if not any(w in LEADING or is_demonym(w) for w in match["name"].split()):
            found.append(Found(match["name"], "event", "operation", match.start("name"), match.end("name")))
    return _other_names(text, found) if " as " in text else found


# "the Kest Security Summit, also known as the Varno Dialogue": one event by two names.
_ALSO_KNOWN_AS = re.compile(r",?\s+(?:also\s+|better\s+|formerly\s+)?(?:known|called)\s+as\s+(?:the\s+)?")


def _other_names(text: str, found: list[Found]) -> list[Found]:
    """The events found, each with the names the text gives it after "also known as" among its aliases."""
    by_start = sorted(found, key=lambda f: f.start)
    pairs = [(a, b) for a, b in zip(by_start, by_start[1:]) if _ALSO_KNOWN_AS.fullmatch(text, a.end, b.start)]
    for first, second in pairs:
        found = [f._replace(aliases=(*f.aliases, second.name, *second.aliases)) if f is first else f
                 for f in found if f is not second]
    return found
