"""What the discovery rules share: the candidate they produce and small word tests."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import pycountry

from ..extract.text import any_of, fold, word_finder
from ..extract.vocabulary import NOT_NAMES, NUMBER_WORDS, TITLE_MODIFIERS


class Found(NamedTuple):
    """One rule firing in one paragraph: a name, its type, and what the rule learnt about it.
    (A named tuple, as are candidates: hundreds of thousands travel between processes.)"""

    name: str
    type: str
    pattern: str
    start: int  # offsets in the normalised paragraph text
    end: int
    aliases: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


# Capitalised word, including "U.S.", "Jong-sup", "O'Brien", "MiG"; a full stop ends it.
_AFTER_CAPITAL = r"(?:\.(?:[A-Z]\.)+|&[A-Z]\w*|[\w'’-]*\w(?:&[A-Z]\w*)?|)"  # (initials joined by "&": "T&T", "AT&T")
CAPITALISED = rf"[A-Z]{_AFTER_CAPITAL}"
# A capital not preceded by a letter, digit or hyphen, tested after the capital: `re` finds where a
# pattern may start quickly when it starts with a letter class, and tries one that starts with an
# assertion at every position. STANDALONE is a CAPITALISED word so preceded.
CAPITAL_START = r"[A-Z](?<![\w-][A-Z])"
STANDALONE = rf"{CAPITAL_START}{_AFTER_CAPITAL}"
# The shape of the Commonwealth navies' prefixes, His or Her Majesty's (country's) Ship: "HMJS", "HMAS".
MAJESTY_S_SHIP = r"HM[A-Z]{1,4}S"
PARTICLES = ("bin", "ibn", "al", "de", "del", "van", "von", "der", "da", "di", "la", "le", "dos", "du", "e", "do", "das")
# Arabic's article joined to a family name in lower case ("Mohammed Shia al-Sudani", "Abdel Fattah
# el-Sisi"): a word of a name inside a run.
ARTICLE_JOINED = rf"(?:al|el)-{CAPITALISED}"
# A run of capitalised words; name particles, one or two, may stand inside it ("Khalid bin Salman",
# "Ana von der Berg", "Servicios Industriales de la Marina"), and a
# middle initial with its full stop ("Lloyd J. Austin"), which ends no run before a name's word.
_MIDDLE_INITIAL = rf"(?:[A-Z]|(?<=[a-z] )Th)\.(?=\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+\b(?!\.))(?!\s+(?:{'|'.join(sorted(NOT_NAMES))})\b)"  # (not "Plan B. The"; "R. K. Kest", "Ana Th. Berg")
# (an initial may open one: "Gen. B. Chance Saltzman")
# (both ways of opening begin with a capital, which `re` looks for first: an optional group before
# it would have the pattern tried at every position)
RUN = re.compile(rf"(?:{_MIDDLE_INITIAL}\s+{CAPITALISED}|{CAPITALISED})(?:\s+(?:(?:{'|'.join(PARTICLES)})\s+){{0,2}}(?:{_MIDDLE_INITIAL}|{CAPITALISED}|{ARTICLE_JOINED}))*")
# A member of a parliament with a seat and a party's short name, as parliaments' records name them:
# "Ms Ana Berg (Kestbury) (Lab)", "Baroness Berg (Con)" (a peer by the title and the name).
_PARTIES = ("Con", "Lab", "LD", "Lib Dem", "SNP", "DUP", "SDLP", "UUP", "PC", "Ind", "Green", "Alba", "Lab/Co-op", "CB", "Reform")
PARTY_MARKS = tuple(f"({party})" for party in _PARTIES)
PEERS = ("Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl", "Countess")
MEMBER_WITH_PARTY = re.compile(
    rf"(?<![\w-])(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Sir|Dame|{'|'.join(PEERS)})\.? )?(?P<name>{CAPITALISED}(?: {CAPITALISED}){{0,2}}) "
    rf"(?:\((?P<seat>[A-Z][\w'’ -]{{1,40}})\) )?\((?:{'|'.join(map(re.escape, _PARTIES))})\)")
# A member's header line in a parliament's record as sites copy it, with the seat and the party's
# name in one bracket: "Ana Berg (Kestbury North, Kest Party)", "Photo of Ana BergAna Berg (...) | source"
# (the picture's caption run into the name).
MEMBER_WITH_SEAT = re.compile(
    rf"^(?:Photo of (?P<pictured>[A-Z][^()|]{{2,60}}?)(?=(?P=pictured) \())?(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) "
    rf"\((?P<seat>[A-Z][\w'’ -]{{1,40}}), (?P<party>[A-Z][\w'’ -]{{1,40}})\)(?=\s*\||$)")
# Members of a parliament listed with their seats in brackets, in a paragraph about its members: "MPs such as
# Ana Berg (Kestbury East), Ivo Marek (Varno)"; or a seat before "MP" and the member's name: "Kestbury MP Ana Berg".
MEMBERS_HINT = re.compile(r"\bMPs?\b|Members of Parliament")
MEMBER_AND_SEAT = re.compile(rf"(?<![\w-])(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,4}}) \((?P<seat>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})\)"
                             r"(?=[,;.]|\s+and\b|\s+among\b|$)")
SEAT_BEFORE_MP = re.compile(r"(?<![\w-])(?P<seat>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) MP (?=[A-Z][a-z])")
# A picture's credit to its photographer, then the agency: "Credit: Ana Berg/Kest Picture News".
PHOTOGRAPHER_AND_AGENCY = re.compile(rf"\b(?:Credit|Photo|Picture|Image|Photograph|Source|PHOTO)(?::\s*|\s+)(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}})"
                                     rf"\s?/\s?(?P<agency>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}})(?:$|\)$)"
                                     # or in brackets, the agency left out or the colon spaced: "(photo : Ana Berg)"
                                     rf"|\((?:[Pp]hoto|PHOTO|[Pp]icture|[Ii]mage) ?: (?P<alone>{CAPITALISED}(?: {CAPITALISED}){{1,2}})\)"
                                     # or opening a caption, glued to it: "Ana Berg/Kestpix Minister X visited ..."
                                     rf"|^(?P<lead>[A-Z][a-z]+ [A-Z][a-z]+)/(?P<outlet>[A-Z][a-z]+) (?=[A-Z])"
                                     # or ending a caption, alone: "... on Thursday. Photo: Ana Berg"
                                     rf"|(?:^|(?<=[.)] ))Photo: (?P<ending>{CAPITALISED}(?: {CAPITALISED}){{1,2}})$")
# A wire story's dateline run into the headline before it, as syndicating sites print it: "... minister Varno,
# Sept 23 (KNA) Sep 23, 2025 Text ...": its city and its agency.
RUN_IN_DATELINE = re.compile(r"(?<=[a-z:] )(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+"
                             r"\((?P<agency>[A-Z]{2,10})\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s")
# A writer's name in capitals on a dashed line of its own, as a paper's page lists its byline: "- ANA BERG-KEST".
DASHED_NAME_LINE = re.compile(r"^[-–—]\s?(?P<name>[A-Z]{2,}(?:[ -][A-Z]{2,}){1,3})$")
# A picture's credit in capitals, a line of its own: "PHOTO ANA BERG, KEST PRESS AGENCY" (the photographer, the agency).
PHOTO_THEN_AGENCY = re.compile(r"^PHOTO\s+(?P<shot>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,2}),\s+(?P<agency>[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})$")
# A picture's credit in capitals after the copyright sign: "© KESTPRESS PHOTO ANA BERG" (the agency, the photographer).
COPYRIGHT_PHOTO = re.compile(r"©\s*(?P<agency>[A-Z]{3,12})\s+PHOTO\s+(?P<shot>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){1,2})(?![\w-])")
# A picture's credit to two agencies joined by a hyphen, then the photographer in capitals: "KNA-KEFE/ANA B. BERG".
AGENCIES_THEN_PHOTOGRAPHER = re.compile(r"(?<![\w/-])(?P<agency>[A-Z]{2,6})-(?P<partner>[A-Z]{2,6})/"
                                        r"(?P<shot>[A-Z][A-Z'-]+(?: [A-Z]\.)?(?: [A-Z][A-Z'-]+){1,2})$")
# Short forms news writing uses that ISO 3166 spells otherwise.
_COMMON_FORMS = {"RU": "Russia", "TR": "Turkey", "CZ": "Czech Republic", "GB": "Britain", "US": "United States",
                 "PS": "Palestine",  # (ISO 3166 writes "Palestine, State of")
                 "CD": "Democratic Republic of the Congo", "BN": "Brunei", "VA": "Vatican City"}  # (and these with commas or brackets)
_OTHER_FORMS = {"GB": ("Great Britain",), "US": ("USA", "U.S.A.", "America"), "KR": ("ROK", "Republic of Korea", "Korea", "S. Korea"),  # names ISO
               "KP": ("DPRK", "Democratic People's Republic of Korea", "N. Korea"), "CN": ("PRC",), "AE": ("UAE",),
               "CD": ("Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Congo Kinshasa"),
               "CG": ("Congo-Brazzaville", "Congo Brazzaville", "Republic of Congo"),  # 3166 does not list
               # (and the English names 3166 has given up, which papers still write)
               "CV": ("Cape Verde",), "CI": ("Ivory Coast",), "SZ": ("Swaziland", "eSwatini"), "MM": ("Burma",), "TL": ("East Timor",)}
_USER_ASSIGNED = ("Kosovo",)  # a state ISO 3166 leaves to a user-assigned code (XK), which pycountry lacks
# What a gathering's name ends in ("the Kest Defence Expo", "the Varno Forum"): an event's, no body's.
GATHERINGS = ("Exhibition", "Expo", "Exposition", "Conference", "Summit", "Festival", "Symposium", "Forum", "Show", "Fair",
              "Games", "Parade", "Competition", "Dialogue")
# Written agreements and documents: "Letter of Acceptance (LOA)" is no body, "Notice to Proceed" no place.
DOCUMENTS = {"Letter", "Agreement", "Memorandum", "Contract", "Declaration", "Act", "Bill", "Report", "Review",
             "Request", "Offer", "Understanding", "Notice", "Order", "Treaty", "Convention", "Statement"}
LEADING = {"The", "A", "An", "On", "In", "At", "As", "But", "And", "Or", "For", "From", "With", "By", "To", "Of",
           "If", "When", "While", "After", "Before", "During", "Since", "Meanwhile", "However", "Also", "Yesterday",
           "Today", "Both", "All", "This", "That", "These", "Those", "It", "Its", "Their", "His", "Her", "Our", "Asked",
           "Under", "Over", "Speaking", "According", "Last", "Next", "Earlier", "Later"} | {
    "Through", "Via", "Without", "Despite", "Unlike", "Besides", "Including", "Against", "Among", "Amid", "Within",
    "Across", "Towards", "Toward", "Upon", "Into", "Alongside", "Although", "Though", "Because", "Whether", "Unless"} | {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Author"}  # (a page's label before its writer: "Author Kest Press Service")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ish)$")
_DEMONYMS = {"Argentine", "Sino", "Indo", "Euro", "Afro", "Anglo", "Franco", "Russo", "Austro", "Greco", "Turco", "Saudi", "Israeli", "Iraqi", "Kuwaiti", "Emirati", "Omani", "Yemeni", "Somali", "Bangladeshi",
             "Pakistani", "Afghani", "Qatari", "Thai", "Swiss", "Greek", "French", "Dutch", "British", "Welsh",
             "Irish", "Scottish", "Filipino", "Nepali", "Kazakh", "Uzbek", "Tajik", "Turkmen", "Kyrgyz", "Czech",
             "Slovak", "Serb", "Croat", "Pole", "Turk", "Arab", "Kurd", "Soviet", "Afghan", "European", "American",
             "African", "Asian", "Arabian", "Latin", "Nordic", "Scandinavian", "Caucasian", "Balkan", "Slavic",
             "Kosovar", "Kosovan", "Yugoslav", "Czechoslovak", "Bengali",
             # (and those no ending makes of their country's name)
             "Cypriot", "Ivorian", "Burkinabe", "Monegasque", "Malagasy", "Basotho", "Batswana", "Motswana", "Laotian",
             "Nigerien", "Panamanian", "Seychellois", "Mozambican", "Azeri", "Slovene", "Montenegrin", "Luxembourger",
             "Liechtensteiner", "Icelander"}
# Words of country names that other words share without being demonyms ("Statesman").
_GENERIC = {"States", "Kingdom", "Islands", "Island", "Republic", "Democratic", "Federated", "United",
            "South", "North", "East", "West", "Saint", "Central", "Equatorial", "New", "Holy", "Territory",
            "Territories", "Outlying", "Minor", "Plurinational", "Bolivarian", "Arab", "People's", "Sint",
            "Northern", "Southern", "Western", "Eastern"}
_NOT_DEMONYMS = {"Pentagon", "Kremlin", "Sudan", "Taiwan", "Japan", "Afghanistan", "Pakistan", "Bhutan", "Jordan",
                 "Iran", "Oman", "Kazakhstan", "Baltic"}


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every spelling of a country (ISO 3166, from pycountry) -> the name its page uses."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        main = _COMMON_FORMS.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        for spelling in (main, country.name, getattr(country, "common_name", None),
                         getattr(country, "official_name", None), *_OTHER_FORMS.get(country.alpha_2, ())):
            if spelling and "," not in spelling:
                names.setdefault(spelling, main)
    names.update((name, name) for name in _USER_ASSIGNED)
    # as papers also write them: a hyphen spaced ("Timor Leste", "Guinea Bissau"), an apostrophe left out
    # ("Peoples Republic of China")
    for spelling, main in list(names.items()):
        for written in (re.sub(r"(?<=[a-z])-(?=[A-Z])", " ", spelling), spelling.replace("'s ", "s ")):
            names.setdefault(written, main)
    # a country of two names joined by "and", by their initials joined by "&": "T&T" for "Trinidad and Tobago"
    for main in sorted(set(names.values())):
        first, _, second = main.partition(" and ")
        if second and " " not in first and " " not in second:
            names.setdefault(f"{first[0]}&{second[0]}", main)
    return names


@lru_cache(maxsize=1)
def folded_countries() -> frozenset[str]:
    """Countries' spellings as discovery reads them, without diacritics ("Turkiye", "Cote d'Ivoire")."""
    return frozenset(map(fold, countries()))


@lru_cache(maxsize=None)  # bounded by the corpus's capitalised words
def is_demonym(word: str) -> bool:
    """'Russian', 'Turkish', 'Chinese', 'Philippine', 'Saudi', 'Russian-Belarusian': adjectives of
    a people or country, and a people in the plural ('Tanzanians'), not names. Besides the usual
    endings, a word that shares most of its letters with a country's name counts ('Philippine',
    'Estonian')."""
    if "-" in word:
        return all(is_demonym(part) for part in word.split("-"))
    if word in _DEMONYMS:
        return True
    if word in _NOT_DEMONYMS or word in countries():
        return False
    if word.endswith("s") and len(word) > 5 and is_demonym(word[:-1]):
        return True
    if _DEMONYM.match(word) and (word[:3] in _country_openings() or word in _PEOPLES_ISH):
        return True  # ("Polish", "Japanese"; not a given name so ending: "Manish", "Therese")
    return word in _derived_forms()


# Peoples' adjectives in "-ish" or "-ese" that open otherwise than their country's name does.
_PEOPLES_ISH = {"English", "Danish", "Kurdish", "Jewish", "Flemish", "Cornish", "Moorish", "Javanese", "Balinese", "Cantonese",
                "Sinhalese", "Tamilese", "Amish"}


@lru_cache(maxsize=1)
def _country_openings() -> frozenset[str]:
    """The first three letters of each country word ("Pol", "Jap", "Swe")."""
    return frozenset(word[:3] for word in country_words())


_SUFFIXES = ("n", "an", "ian", "ean", "ese", "ish", "i", "ine", "ic", "egian", "vian", "ite")


@lru_cache(maxsize=1)
def _derived_forms() -> frozenset[str]:
    """Every country word with a demonym ending in place of up to its last two letters ('Russia'
    + 'n', 'Japan' + 'ese', 'Norway' less 'ay' + 'egian'), and plurals less their 's'
    ('Philippines' -> 'Philippine')."""
    forms = {stem[:-1] for stem in country_words() if stem.endswith("s")}
    for stem in country_words():
        for keep in range(max(3, len(stem) - 2), len(stem) + 1):  # (a word is no demonym of itself: "Martin")
            # (none so made is shorter than five letters: "Aruba" makes no "Arun", a given name)
            forms.update(form for suffix in _SUFFIXES if (form := stem[:keep] + suffix) != stem and len(form) >= 5)
    return frozenset(forms)


@lru_cache(maxsize=1)
def countries_of_demonyms() -> dict[str, str]:
    """Each form made from a country word as `_derived_forms` makes them -> that country word
    ("Kuwaiti" -> "Kuwait", "Estonian" -> "Estonia"); a form two countries make is left out."""
    made: dict[str, set[str]] = {}
    for stem in country_words():
        for keep in range(max(3, len(stem) - 2), len(stem) + 1):
            for suffix in _SUFFIXES:
                form = stem[:keep] + suffix
                if form != stem and len(form) >= 5:
                    made.setdefault(form, set()).add(stem)
    return {form: next(iter(stems)) for form, stems in made.items() if len(stems) == 1}


@lru_cache(maxsize=1)
def country_words() -> tuple[str, ...]:
    """Single-word countries and the distinctive words of longer names ('Korea', 'Herzegovina')."""
    words = {w for name in countries() for w in name.split() if len(w) >= 4 and w[0].isupper()}
    return tuple(sorted(words - _GENERIC))


# What a cache of one paragraph's facts holds: every paragraph of a long article, as discovery reads
# them all rule by rule (people's in each paragraph, then bodies' in each, ...), not paragraph by paragraph.
PARAGRAPHS_CACHED = 1024


@lru_cache(maxsize=PARAGRAPHS_CACHED)
def capitalised_runs(text: str) -> tuple[re.Match, ...]:
    """The runs of capitalised words in a paragraph (see RUN), found once for every rule that reads them."""
    return tuple(RUN.finditer(text))


class _QuickWords:
    """Every word the rules' quick tests have asked about, and one Aho–Corasick automaton over them
    all: a paragraph is read once for every quick test of every rule (some forty), not once per test."""

    def __init__(self) -> None:
        self.lists: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}  # by id: the lists live as long as the module
        self.automaton = None

    def of(self, words: tuple[str, ...]) -> frozenset[str]:
        known = self.lists.get(id(words))
        if known is None:
            assert all(words), "a quick test's words are never empty"
            known = (words, frozenset(words))  # (the tuple kept, so that its id stays its own)
            if not known[1] <= self.all_words():
                self.automaton = None
                self.held.cache_clear()
            self.lists[id(words)] = known
        return known[1]

    def all_words(self) -> frozenset[str]:
        return frozenset().union(*(words for _, words in self.lists.values()))

    @lru_cache(maxsize=PARAGRAPHS_CACHED)
    def held(self, text: str) -> frozenset[str]:
        if self.automaton is None:
            self.automaton = word_finder(tuple(sorted(self.all_words())))
        return frozenset(map(itemgetter(1), self.automaton.iter(text)))


_QUICK_WORDS = _QuickWords()


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words`: a quick test that spares a slower pattern needing one.
    `words` is a list the rules keep (a constant), never one built for the call."""
    known = _QUICK_WORDS.lists.get(id(words))  # (asked some forty times a paragraph: the known list found inline)
    return not (known[1] if known else _QUICK_WORDS.of(words)).isdisjoint(_QUICK_WORDS.held(text))


_BRACKETED_INITIALS = re.compile(r"\s?\((?P<letters>[A-Z]{2,6})\)")


def defined_by_initials(text: str, words: list[str], end: int) -> bool:
    """Whether `words`, ending at `end`, are defined by their initials in brackets after them in another
    order, as the name in another language orders them ("the Rapid Kest Battalion (BKR)"): a body's
    name, never a person's (whose initials an interview gives in order: "Ana Berg (AB)")."""
    bracketed = _BRACKETED_INITIALS.match(text, end) if "(" in text[end:end + 2] else None
    if not bracketed:
        return False
    initials = [w[0] for w in words if w[:1].isupper()]
    return sorted(bracketed["letters"]) == sorted(initials) and bracketed["letters"] != "".join(initials)


def opens_sentence(text: str, offset: int) -> bool:
    """Whether the word at `offset` opens a sentence or a list's item (its capital may be the sentence's)."""
    before = text[max(0, offset - 40):offset].rstrip()
    return not before or before[-1] in ".!?\"“:-–—•"


def is_plain_word(word: str) -> bool:
    """A word that never names anything on its own ('The', 'Monday', 'Western')."""
    return word in NOT_NAMES or word in LEADING or word.lower() in TITLE_MODIFIERS


def strip_leading(words: list[str]) -> list[str]:
    while words and words[0] in LEADING and not (words[0] == "A" and len(words) > 2 and len(words[1]) == 1):
        words = words[1:]  # (but "A K Berg": an initial before another)
    return words


_NAMES_OPENED = {"People", "Sultan", "King", "Queen", "Emir"}


def possessive_cut(words: list[str]) -> list[str]:
    """'Russia's National Defense Control Center' -> the words after the possessive. ("People's"
    begins names: "People's Liberation Army"; and so does a sovereign's: "the Sultan's Armed Forces".)"""
    for index in range(len(words) - 1, -1, -1):
        if words[index].endswith(("'s", "’s")) and words[index][:-2] not in _NAMES_OPENED \
                or words[index].endswith(("s'", "s’")):  # "the Philippines' Marine Corps"
            return words[index + 1:]
    return words


# A count, in figures or in words ("40 Kestrels", "eight Kestrels"), before what it counts.
COUNT = rf"(?:\d{{1,4}}|{any_of(NUMBER_WORDS)})"
