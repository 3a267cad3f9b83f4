"""People introduced with a title ("Russian Defense Minister Sergei Shoigu"), an appositive
("Justin Bronk, a senior research fellow at ..."), as a byline or a wire credit
("Reporting by ...; Editing by ...")."""
from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from itertools import chain

from ..extract.matcher import SUFFIXES
from ..extract.quotes import INTERVIEWEE_LABEL, SPEAKER_LABEL
from ..extract.text import any_of
from ..extract.roles import appositive_after, title_before, title_before_comma
from ..extract.vocabulary import (BRANCH_WORDS, COMPANY_NOUNS, COMPANY_SUFFIXES, MEDIA_NOUNS, ORGANIZATION_NOUNS, PAPER_NOUNS, RANK_WORDS,
                                  TITLE_NOUNS, honorifics_at, is_title_word, only_honorifics)
from ..readers.text import NAME_AND_DESK
from .common import (AGENCIES_THEN_PHOTOGRAPHER, CAPITALISED, COPYRIGHT_PHOTO, DASHED_NAME_LINE, PHOTO_THEN_AGENCY, Found, GATHERINGS, MEMBER_AND_SEAT, MEMBER_WITH_PARTY, MEMBER_WITH_SEAT,
                     MEMBERS_HINT, PARTICLES, PARTY_MARKS,
                     PEERS, PHOTOGRAPHER_AND_AGENCY, capitalised_runs, countries, defined_by_initials, holds_any, is_demonym,
                     is_plain_word, strip_leading)
from .equipment import CATEGORY_NOUNS, is_ship_prefix
from .places import PLACE_PREPOSITION_BEFORE, REGION_NAMES, SITES, STREETS, is_capital, is_place_name

# Words that make a capitalised run an organisation or a place, not a person.
NOT_PERSON_WORDS = {
    "Ministry", "Council", "Fleet", "Navy", "Army", "Forces", "Force", "Command", "Center", "Centre",
    "Institute", "Foundation", "Endowment", "Commission", "Union", "Agency", "Service", "Services",
    "Department", "Office", "Committee", "District", "Guard", "Corporation", "Company", "Group", "Alliance",
    "Organization", "Organisation", "Parliament", "Bank", "University", "News", "Times", "Post", "Press",
    "House", "State", "States", "Republic", "Federation", "Kingdom", "Sea", "Ocean", "Region", "Oblast",
    "Base", "Airfield", "Staff", "Defense", "Defence", "Foreign", "Security", "National", "International",
    "Air", "Armed", "Military", "Naval", "Federal", "Affairs", "Convention", "Treaty", "Pact", "Reuters",
    "Strategy", "Innovation", "Programme", "Program", "Initiative", "Policy",  # (an office's remit: "... of X Strategy")
    # features of places ("Second Thomas Shoal, a reef ...")
    "Shoal", "Reef", "Island", "Islands", "Strait", "Gulf", "Bay", "Peninsula", "River", "Lake", "Mountains",
    "Valley", "Desert", "Coast", "Port", "Airport", "Street", "Square", "Palace", "Hall", "Range", "Canal",
    "Facility", "Arsenal", "Missiles", "Rockets", "Space",  # ("the Kest Integration Facility", "Officer Missiles and Space")
    "Hangar", "Camp", "Competition",  # ("AVM Ana Berg Hangar": a hangar named after her)
    "County", "City", "Province", "Prefecture", "Township", "Governorate", "Municipality", "Boulevard", "Avenue",
}
# A word of a name: "Sergei", "Jong-sup", "O'Brien", "McIntosh", an initial "J." or "J", initials "A.P.".
# (two names run together keep their capitals: "SaahKemayah")
# (a glottal stop's mark before one letter, "Maka’a", but no possessive's "s")
_NAME_WORD = re.compile(r"^(?:(?:al-|el-)?[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+|['’][a-rt-z]|[A-Z][a-z]{2,})*|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z]\.?|(?:[A-Z]\.){2,3})$")
_INITIAL = re.compile(r"^[A-Z]\.?$")
# Two initials written together before a name of two words or more ("AM Shamsul Haque"), as South
# Asian copy writes them, or after a given name ("Kebba AF Touray"), as West African copy does; not a
# country's or a union's ("US", "UK", "EU", "UN").
_TWO_INITIALS = re.compile(r"^(?!US$|UK$|EU$|UN$)[A-Z]{2}$")
# A title that is also the first word of some names ("Sheikh Hasina", but "Sheikh Tamim bin Hamad"):
# before a single name it is the name's; before a longer one, another spelling of it.
TITLES_IN_NAMES = {"Sheikh", "Shaikh", "Sheik"}
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# Titles that are also surnames, after a given name: "Ana King", "Ivo Major" (but "King Ivo" is a king).
_TITLES_ALSO_SURNAMES = {"King", "Major", "Marshall", "Bishop", "Judge", "Dean"}
# Letters after a name that are no part of it: "The Hon Anna Berg MP".
POST_NOMINALS = {"MP", "MPs", "MEP", "MLA", "MSP", "MHA", "QC", "KC", "OBE", "MBE", "CBE", "KBE", "PhD"}
# "Reporting by X; Editing by Y", "Reporting by X and Y": the text right before a credited name.
_CREDIT = re.compile(r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Aa]dditional reporting|[Cc]ompiled) by "
                     r"(?:[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?and )?$")
# A word that makes a sentence of what follows a credit's names: "Reporting by Kest Radio and the
# Varno Herald suggests ..." names its sources, not its reporters ("... in Varno; editing by ..." does).
_CREDIT_END = re.compile(r"[;)]|\.(?:\s|$)")  # where a credit's part ends: "(Reporting by X; Editing by Y)"
_CREDIT_TAIL = re.compile(r"\s(?!(?:and|in|by|from|at|with|writing|editing|reporting|additional|compiled)\b)[a-z]{2,}\b")
# (or a title in capitals without an article: "Ana Berg is Kest Chair of Strategy at ...")
_BYLINE_NAME = re.compile(r"^(?:By\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+is\s+"
                          r"(?:(?:a|an|the)\s|(?:[A-Z][\w.'’-]*\s+){1,6}(?:of|at|for)\s)")
# A reporter credited at the end of a paragraph: "..., reports A Berg."
_REPORTS_BY = re.compile(rf",\s+reports\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,2}})\.?$")
# A byline with the page's times after it: "By Ana Berg Posted : May 22, 2024".
_BY_POSTED = re.compile(rf"^By\s+(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}})\s+(?:Posted|Published|Updated)\b"
                        # or a blog's line, the writer then the date: "posted by Ana Berg | 22.09.2017"
                        rf"|^(?:[Pp]osted|[Ww]ritten)\s+by\s+(?P<poster>{CAPITALISED}(?: {CAPITALISED}){{1,2}})(?=\s*[|•·,]|\s+on\b|$)")
# A writer and a translator on one line: "By Ana Berg – Translated by Ivo Marek".
_TRANSLATED = re.compile(rf"^(?:By\s+(?P<first>{CAPITALISED}(?: {CAPITALISED}){{1,2}})\s*[-–—|,;]\s*)?[Tt]ranslated\s+by\s+"
                         rf"(?P<second>{CAPITALISED}(?: {CAPITALISED}){{1,2}})\.?$")
# A byline of two: "By Ana Berg and Ivo Marek".
# (and their desk after a slash or a comma: "By Ana Berg and Ivo Marek / Staff reporters")
# (joined by "&", a particle inside a name: "By Ana Berg & Ivo van Marek")
_BYLINE_PAIR = re.compile(rf"^By\s+(?P<first>{CAPITALISED}(?: {CAPITALISED}){{1,2}})\s+(?:and|&)\s+"
                          rf"(?P<second>{CAPITALISED}(?: (?:(?:van|von|de|da|du|del|der|den|van der|van den) )?{CAPITALISED}){{1,2}})"
                          r"(?:\s*[/,]\s*[^/]{2,60})?$")


def looks_like_name(words: list[str]) -> bool:
    """Two to four words of a name ("Mohammad Reza Gharaei Ashtiani", "G Satheesh Reddy"), with
    particles ("Khalid bin Salman") and a generational suffix ("Teodoro Locsin Jr") allowed."""
    if len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]
    if not 2 <= len(words) <= 8 or words[0] in PARTICLES or words[-1] in PARTICLES:  # ("Ana bin Kest bin Varno Al Osby")
        return False
    # (inside a name a particle may be capitalised: "Khalifa Bin Zayed Al Nahyan")
    particles = sum(w in PARTICLES or 0 < i < len(words) - 1 and w.lower() in PARTICLES for i, w in enumerate(words))
    if len(words) - particles - sum(bool(_INITIAL.match(w)) for w in words[:-1]) > 4:
        return False  # (initials count for none: "A K M Kest Varno")
    if not all(word in PARTICLES or _is_name_word(word) or word in TITLES_IN_NAMES and i == len(words) - 1 > 1
               or word in TITLES_IN_NAMES and 0 < i < len(words) - 1 and _is_name_word(words[i - 1])  # ("Ana Sheikh Berg")
               or word in _TITLES_ALSO_SURNAMES and i == len(words) - 1 and _is_name_word(words[0])
               or word == "Th." and 0 < i < len(words) - 1  # (a given name cut short inside a name: "Ana Th. Berg")
               or word == "A" and i + 1 < len(words) - 1
               and _INITIAL.match(words[i + 1]) or (i == 0 or 0 < i < len(words) - 1 and _is_name_word(words[0]))
               and len(words) > 2 and _TWO_INITIALS.match(word) and not is_title_word(word)
               for i, word in enumerate(words)):
        return False  # ("A" is a word of a sentence, and an initial before another: "A P Singh"; "AM Shamsul Haque")
    # (no one's name ends in a country's: "Kestwerk Canada" is a company's arm there)
    # (nor in a kind of weapon in the plural, a heading's "Minister Hails Kestrian Jets", nor in an agency's
    # word, a credit's "Kest Images"; nor in a street's: "Ana Berg Drive")
    return not is_demonym(words[0]) and len(words[-1].rstrip(".")) > 1 and " ".join(words) not in countries() \
        and words[-1] not in countries() and not (words[-1].endswith("s") and words[-1].lower() in CATEGORY_NOUNS) \
        and words[-1] not in _AGENCY_WORDS and words[-1] not in STREETS and words[-1] not in SITES
_AGENCY_WORDS = {"Images", "Photos", "Pictures", "Press", "News", "Agency", "Media", "Newsroom",
                 "Print", "Share", "Email", "Comments", "Subscribe",  # (and a page's buttons: "Ispis Print")
                 "Picture", "Photo", "Gallery", "Video", "Slideshow",  # (a gallery's: "Zoom Picture", "Close Gallery")
                 "Language"}  # ("Select Language")


# "Sling-maker", "Kremlin-backed", "Paris-based": a word joined to one of these describes; it names no one
# (as "Jong-un" does).
_DESCRIBING_TAILS = {"maker", "makers", "made", "based", "backed", "led", "owned", "born", "built", "funded", "run",
                     "linked", "allied", "controlled", "supported", "style", "type", "class", "era", "designed",
                     "developed", "produced", "operated", "builder", "manufacturer", "bound", "held"}


@lru_cache(maxsize=None)  # bounded by the corpus's capitalised words; asked for each word of each run
def _is_name_word(word: str) -> bool:
    return bool(_NAME_WORD.match(word)) and not any(part in NOT_PERSON_WORDS for part in word.split("-")) \
        and word not in COMPANY_NOUNS and word.rstrip(".") not in COMPANY_SUFFIXES \
        and word not in ORGANIZATION_NOUNS \
        and not is_plain_word(word) and (not is_title_word(word) or word in _HONOURS_ALSO_NAMES) \
        and word.rpartition("-")[2] not in _DESCRIBING_TAILS


_POSSESSIVE = ("'s", "’s")
# "Name and Name": a name joined to a person's by "and" is a person's too ("Senators Bob Menendez
# and Jim Risch", "Jim Inhofe and Jack Reed, chairman and ranking member of ...").
_AND_NAME = re.compile(rf" and ({CAPITALISED}(?: {CAPITALISED}){{1,3}})")
# a list's next name after a comma, where a title in the plural opened it
_LISTED_NAME = re.compile(rf",(?: and)? ({CAPITALISED}(?: {CAPITALISED}){{1,3}})(?=[,.;]| and\b)")
_NAME_AND = re.compile(rf"(?:^|[^\w.'’-] ?)({CAPITALISED}(?: {CAPITALISED}){{1,3}})(?: and|,) $")
# "Igor Popov (Russia)": a name followed by the country it stands for.
_NAME_COUNTRY = re.compile(rf"(?<![\w-])({CAPITALISED}(?: {CAPITALISED}){{1,2}}) \((?P<country>[A-Z][\w. ]{{1,30}})\)"
                           r"(?!,\s+\d{1,2}/\d{1,2}/\d{2,4})")  # (not a source's date after it: "[Kest Post (Varnia), 08/10/2013]")
# "Fabian Molina (PS/ZH)", "Jim Ross (R-Ohio)": a name with its party and constituency.
# ("(PH-Pasir Gudang)": a seat of two words)
_NAME_PARTY = re.compile(rf"(?<![\w-])({CAPITALISED}(?: {CAPITALISED}){{1,2}}) \((?![A-Z]{{1,3}}[/-][A-Z]{{3}})"  # (not a body's "(K-KDF)")
                         rf"[A-Z]{{1,3}}[/-][A-Z][A-Za-z.]{{1,14}}(?: [A-Z][a-z]{{1,14}})?\)")
_REPORTING_BEFORE = (" said ", " says ", " stated ", " told ", " added ", " noted ", " argued ", " claimed ", " insisted ",
                     " warned ", " explained ")
_PICTURE_WORDS = {"Portrait", "Photo", "Image", "Picture"}  # a picture's words before a name
# A speaker's line in a record of speeches: the name, the picture's word, and the name again as the
# record gives it ("Ana Berg Portrait Ms Berg").
_NAME_BY_PICTURE = re.compile(rf"^(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) (?:{'|'.join(sorted(_PICTURE_WORDS))}) "
                              rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.? )?(?P<again>{CAPITALISED}(?: {CAPITALISED}){{0,2}})$")
# "King Mohammed VI", "Pope Leo XIV": a monarch's name and number.
_MONARCHS = ("King", "Queen", "Emperor", "Sultan", "Pope", "Prince", "Princess", "Emir")
# A name with a nickname or call sign inside it, after a title: 'Lt. Col. Ana "Viper" Berg'.
_NICKNAMED = re.compile(r"(?<![\w-])(?P<first>[A-Z][a-z]+) [\"“][A-Z][\w-]+[\"”] (?P<last>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")
# A quote's speaker after "Said" opening the sentence: 'Said Kestov: “...”'.
_SAID_FIRST = re.compile(rf"(?:^|(?<=[.!?] ))Said (?P<name>{CAPITALISED}(?: {CAPITALISED}){{0,2}}):\s*[\"“]")
# A nickname in single marks after a titled name: "Brigadier General Ana Berg ‘Kestrel’" (also "Brigadier Kestrel").
_NICKNAME_AFTER = re.compile(rf"(?<![\w-])(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) [‘'](?P<nick>[A-Z][a-z]{{2,}})[’'](?=[\s,.;:])")
# A corps or branch in brackets between a rank and the name: "Lt. Col. (Pnb) X".
_BRANCH_AFTER_RANK = re.compile(r"\([A-Z][A-Za-z]{1,5}\) $")
# A byline whose "By" a page's copy glued to the name, ending its line: "... helicopters. ByAna Berg".
_GLUED_BY = re.compile(r"(?:^|\s)By(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$")
_MONARCH = re.compile(rf"\b(?:{'|'.join(_MONARCHS)})\s+(?P<name>[A-Z][a-z]+\s+[IVX]{{1,5}})\b")
# A monarch or a prince by one name alone: "King Kest has ordered", "PS Prince Varno" (no name or numeral after it).
_MONARCH_BY_ONE_NAME = re.compile(rf"\b(?P<title>{'|'.join(_MONARCHS)})\s+(?P<name>[A-Z][a-z]{{2,}})(?![\w'’-])(?!\s+(?:[A-Z]|[IVX]+\b))")
_POST_AT = re.compile(r"\b(?:at|of|with|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")  # ("fellow at think tank ...", "director of the ...")
_PARTY_BRACKET = re.compile(r"\([A-Z]{1,3}[/-][A-Z]")  # a quick test before the pattern of a name and its party
_COUNTRY_ABBREVIATIONS = {"USA", "US", "U.S.", "UK", "U.K.", "UAE", "EU"}
_SYSTEM_WORDS = {"system", "systems", "weapon", "weapons", "missile", "missiles", "program", "programme"}
# '"...," Greaves told a meeting', '"...," said Jason Killmeyer.': who speaks after a quote is a person
# (a single word only where no place or organisation is so named: "Moscow said").
_QUOTE_SPEAKER = re.compile(rf"[”\"],?\s+(?:(?:said|says)\s+(?P<after>{CAPITALISED}(?: {CAPITALISED}){{0,2}})"
                            rf"(?=[.,]|\s+of\s+(?:the\s+)?[A-Z]|\s+as\s+(?:quoted|reported|cited)\b)"  # ('"...," says X of the University of Y.')
                            rf"|(?P<before>{CAPITALISED}(?: {CAPITALISED}){{0,2}})\s+(?:had\s+|has\s+)?(?:said|says|told|added|wrote|noted|stated)\b)")
# ('"...," Ana Berg, the head of the Kest department, said': the name, its appositive, then the verb)
_QUOTE_SPEAKER_APPOSED = re.compile(rf"[”\"],?\s+(?P<before>{CAPITALISED}(?: {CAPITALISED}){{1,2}}),\s+(?:the|a|an)\s+[^,\"“”]{{3,120}},"
                                    rf"\s+(?:said|says|added|told)\b")
# "Recently, Ana Berg stated that ...": a name of two words or more that reports speech at a
# sentence's or a clause's start (as weak a find as a quote's speaker: "Kest Varno said that").
# (or before the words reported: "Ana Berg said the boats are new")
# (the verb found first, then the name before it: most paragraphs that report speech do so otherwise)
_REPORTING_VERB = re.compile(r"\s(?:said|says|stated|told|added|noted|argued|claimed|insisted|warned|explained)\s+(?:that\b|on\b|(?=[a-z]))")
_SUBJECT_BEFORE = re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<before>{CAPITALISED}(?: {CAPITALISED}){{1,2}})$")
# "Marek said the port had been "..."", ", Marek said": a surname alone that speaks before a quote
# of its sentence.
# A person after a body's or country's possessive who speaks: "the Kest Party's Ana Berg asked if", "Varno's Ivo Marek said".
_OWNED_SPEAKER = re.compile(rf"['’]s (?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) "
                            rf"(?:said|says|asked|told|added|warned|noted|stressed|argued|claimed|wrote)\b")
_BYLINE_WORD = re.compile(rf"\bbyline:?\s+(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}})(?=[),.;]|$)"
                          # a date's line, then the writer: "13th December 2023 - 16:50 GMT | by Ana Berg in Varno"
                          rf"|\|\s*by\s+(?P<piped>{CAPITALISED}(?: {CAPITALISED}){{1,2}})(?=\s+in\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?$|$)"
                          rf"|\([Bb]y (?P<bracketed>{CAPITALISED}(?: {CAPITALISED}){{1,2}})\)")  # "October 11, 2008 (by Ana Berg) -"
_SURNAME_SPEAKS = re.compile(rf"(?:^|[.!?]\s+|,\s+)(?P<before>{CAPITALISED})\s+(?:said|told|added)\b[^.!?\"“”]{{0,200}}[\"“]")
# "KP Photo/Ana Berg", "(KP Photo/Ana Berg)" after a caption: an agency's photographer.
# "REUTERS/Issei Kato", "(Britta Pedersen/dpa via AP)": a photographer credited with an agency.
# "Anna Berg/PAP" alone on its line: a photographer or writer credited with an agency.
# A caption's credit in brackets: the photographer, then the agency ("(Ana Berg, Kest News Agency)").
_NAME_AND_AGENCY = re.compile(rf"\((?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}), (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}} "
                              r"(?:Agency|News|Press|Photo|Photos|Images|Pictures)\)")
_PHOTO_CREDIT = re.compile(rf"(?:^|\()[A-Z]{{2,6}} Photo ?/ ?({CAPITALISED}(?: {CAPITALISED}){{1,2}})(?:$|\))|\b[A-Z]{{2,}}/({CAPITALISED}(?: {CAPITALISED}){{1,2}})|(?<=[a-z.)] )(?:[A-Z][a-z]+ ?/ ?)({CAPITALISED}(?: {CAPITALISED}){{1,2}})\)?$|\(({CAPITALISED}(?: {CAPITALISED}){{1,2}})/\w"
                           # ("(With a report from Anna Berg/AGENCY)" closes a report; "Ana Berg / AGENCY / File", "Ana Berg/via AGENCY/File Photo")
                           rf"|(?:^|(?<=[.!?] )|(?<=\b[Ff]rom )|(?<=\b[Bb]y ))({CAPITALISED}(?: {CAPITALISED}){{1,2}}) ?/ ?(?:pool/|via )?(?:[A-Z]{{2,}}[\w.]*|[a-z]{{2,5}})\)?(?: ?/ ?[A-Z]?[a-z]+(?: Photo)?)?$"
                           # "Photo: Anna Berg / AGENCY", "Photo Ana Berg / Kest Sun"
                           rf"|\b(?:Photo|Picture|Image):?\s+({CAPITALISED}(?: {CAPITALISED}){{1,2}}) ?/ ?[A-Z]")
# Photographers listed on a credits line between bars: "Text: KNA | Photo: Ana Berg, Ivo Marek | 12:40 ...".
_PHOTOGRAPHERS_LINE = re.compile(rf"\bPhotos?\s*:\s*(?P<names>{CAPITALISED} {CAPITALISED}(?:,\s*{CAPITALISED} {CAPITALISED})*)\s*\|")
# A byline with its outlet on a line of its own: "Anna Berg - The Varno Star".
# (or "By Anna Berg/Varno Star", the outlet after a slash)
_BYLINE_WITH_OUTLET = re.compile(rf"^(?:(?P<by>By)\s+)?(?P<first>(?:The\s+)?{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})"
                                 rf"(?:\s*[-–—|]\s+|(?(by)\s?/\s?|(?!)))"
                                 rf"(?P<second>(?:The\s+)?{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})$")
def byline_with_outlet(text: str) -> tuple[tuple[str, int, int], tuple[str, int, int]] | None:
    """A line of a writer's name and the outlet, either first: the name and the outlet, each with
    its span (the outlet is the part a newspaper's noun ends or "The" opens; else the second)."""
    line = _BYLINE_WITH_OUTLET.match(text) if len(text) < 80 else None
    if not line:
        return None
    outlet_first = line["first"].startswith("The ") or line["first"].split()[-1] in MEDIA_NOUNS
    name, outlet = ("second", "first") if outlet_first else ("first", "second")
    if not looks_like_name(line[name].split()):
        return None
    return (line[name], line.start(name), line.end(name)), (line[outlet], line.start(outlet), line.end(outlet))


# A line that opens with a date: "Sep 12, 2025, 01:36 PM", "12 September 2025", "06/26/2025 09:46 PM".
_DATE_LINE = re.compile(r"^(?:(?:Updated|Published|Posted)(?: on)?:?\s+)?(?:\d{1,2}:\d{2}\s*[ap]m,?\s+|\d{1,2}[.:]\d{2}\s+)?"  # ("6:00pm, 14 Apr, 2022", "21.16 16 May 2023")
                        r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+"
                        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
                        r"|(?:19|20)\d\d-\d\d-\d\d\b)")  # ("2018-06-14 16:59:57")


# A writer with the handle of an account and the time: "Ana Berg (@anaberg) 2 minutes ago Sat 13th June 2020".
_NAME_HANDLE = re.compile(rf"^(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) \(@\w{{1,30}}\)\s+(?:\d{{1,2}} (?:minutes?|hours?) ago|[A-Z][a-z]{{2}} \d)")
# Two writers on a line of their own at the top: "Ana Berg and Ivo Marek".
_TWO_WRITERS = re.compile(rf"^(?P<first>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) and (?P<second>{CAPITALISED}(?: {CAPITALISED}){{1,2}})$")
# A writer's line near the top with where the writer is: "Ana Berg in Varno".
_NAME_IN_PLACE = re.compile(rf"^(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}})(?: in|,) [A-Z][a-z]+(?: [A-Z][a-z]+)?$")  # (or "Ana Berg, Varno")


_NAME_BY_NAME = re.compile(rf"^(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) by (?P=name)$")  # "Ana Berg by Ana Berg"
_AUTHOR_BOX = re.compile(rf"^About (?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) \d+ (?:Articles|Posts|Stories)$")


def lone_bylines(texts: list[str]) -> list[tuple[int, Found]]:
    """A writer's name alone on its line near the top, above the line of the date or of the story's
    first paragraph, or with where the writer is ("Ana Berg in Varno"), or alone on the last line: a byline."""
    found = []
    for i, text in enumerate(texts[:6]):
        placed = _NAME_IN_PLACE.match(text) if len(text) < 50 else None
        after = i + 1
        while after < len(texts) and texts[after] == text:
            after += 1  # (a page may print the name twice: "Ana Berg", "Ana Berg", then the date)
        if placed and looks_like_name(placed["name"].split()):
            found.append((i, Found(placed["name"], "person", "byline", 0, placed.end("name"))))
        elif after < len(texts) and len(text) < 40 and looks_like_name(text.split()) and (
                _DATE_LINE.match(texts[after]) or _READING_TIME.match(texts[after])
                or after + 1 < len(texts) and _OUTLET_LINE.match(texts[after])
                and _DATE_LINE.match(texts[after + 1])):  # (the outlet's line between: "Ana Berg", "The Varno Star", date)
            found.append((i, Found(text, "person", "byline", 0, len(text))))
        elif (dated := _NAME_AND_DATE.match(text)) and _DATE_LINE.match(text[dated.end():]) \
                and looks_like_name(dated["name"].split()) and dated["name"].split()[-1] not in PAPER_NOUNS:
            # "Ana Berg • 08 June 2023 20:44" (but "Kest Herald Friday, 19 March 2010": the paper's line)
            found.append((i, Found(dated["name"], "person", "byline", 0, dated.end("name"))))
        elif i < 4 and (desk := NAME_AND_DESK.match(text)) and looks_like_name(desk["author"].split()):
            found.append((i, Found(desk["author"], "person", "byline", 0, desk.end("author"))))  # "Ana Berg Herald Reporter"
        elif i < 4 and (handled := _NAME_HANDLE.match(text)) and looks_like_name(handled["name"].split()):
            found.append((i, Found(handled["name"], "person", "byline", 0, handled.end("name"))))  # "Ana Berg (@anaberg) 2 hours ago"
        elif i < 3 and (pair := _TWO_WRITERS.match(text)) and all(looks_like_name(pair[g].split()) for g in ("first", "second")):
            found += [(i, Found(pair[g], "person", "byline", pair.start(g), pair.end(g))) for g in ("first", "second")]
        elif i < 5 and after < len(texts) and len(text) < 40 and 2 <= len(text.split()) <= 3 \
                and looks_like_name(text.split()) and len(texts[after]) >= 80 and _NO_SPEAKER_LABELS.isdisjoint(text.split()) \
                and text.split()[0] not in countries():  # (not a section's label: "Kestria Coup")
            found.append((i, Found(text, "person", "byline", 0, len(text))))  # a name alone between the headline and the story
    # or signed at the foot: the name alone on the last line, after a sentence's end
    last = texts[-1] if len(texts) > 1 else ""
    if len(last) < 40 and 2 <= last.count(" ") + 1 <= 3 and looks_like_name(last.split()) \
            and texts[-2].rstrip().endswith((".", "!", "?", "”", '"')) \
            and _NO_SPEAKER_LABELS.isdisjoint(last.split()):  # (a page's "Related Articles" signs nothing)
        found.append((len(texts) - 1, Found(last, "person", "byline", 0, len(last))))
    for i, text in enumerate(texts):  # or a writer's picture's name and the byline run together, anywhere among a page's furniture
        twice = _NAME_BY_NAME.match(text) if " by " in text and len(text) < 80 else None
        if twice and looks_like_name(twice["name"].split()):
            found.append((i, Found(twice["name"], "person", "byline", 0, twice.end("name"))))
    for i in range(max(0, len(texts) - 4), len(texts)):  # or in an author's box at the foot: "About Ana Berg 268 Articles"
        box = _AUTHOR_BOX.match(texts[i]) if texts[i].startswith("About ") else None
        if box and looks_like_name(box["name"].split()):
            found.append((i, Found(box["name"], "person", "byline", box.start("name"), box.end("name"))))
    return found


# A transcript's speaker by a label in capitals that opens paragraphs: "ANA BERG: Well, ...".
# A transcript's speaker by a label that opens a paragraph: "ANA BERG: Well, ...", "Ana Berg: We ...",
# "KTV: Can you ...?" (an outlet's reporter asks).
_SPEAKER_LABEL = re.compile(SPEAKER_LABEL)
# Labels that name no speaker: "Reporter: ...", "Q: ..."; nor, alone on a line, a writer ("Sponsored Advertisement").
_NO_SPEAKER_LABELS = {"Reporter", "Question", "Answer", "Q", "A", "Moderator", "Host", "Interviewer", "Note", "Update",
                      "Editor", "Source", "Photo", "Image", "Credit", "Read", "Related", "Watch", "Listen", "Tags",
                      "Advertisement", "Sponsored", "Advertising"}


def speaker_labels(texts: list[str]) -> list[tuple[int, Found]]:
    """The speakers of a transcript, by the labels that open its paragraphs: a name labelling two
    paragraphs or more makes the text a transcript (a dateline labels one), whose every label is a
    speaker, a person's name or an outlet whose reporter asks."""
    labels = [(i, match) for i, text in enumerate(texts) if (match := _SPEAKER_LABEL.match(text))
              and len(text) > match.end() + 1 and match["label"] not in _NO_SPEAKER_LABELS]
    counts = Counter(match["label"] for _, match in labels)
    people = {label for label, count in counts.items() if count >= 2 and looks_like_name(_as_written(label).split())}
    found = []
    # An interview: an outlet labels its questions ("Kestnews: What ...?"), its guest's answers open on the
    # guest's rank, name and post ("General Ana Berg, commander of the Kest Air Force: We ...").
    asking = {label for label, count in counts.items() if count >= 2 and " " not in label and not looks_like_name([label])
              and not is_plain_word(label) and not is_title_word(label) and label not in countries()}
    for i, text in enumerate(texts) if asking else ():
        answer = INTERVIEWEE_LABEL.match(text)
        words = answer["name"].split() if answer else []
        while words and is_title_word(words[0]):
            words.pop(0)
        if len(words) >= 2 and looks_like_name(words):
            name = " ".join(words)
            found.append((i, Found(name, "person", "speaker's label", answer.end("name") - len(name), answer.end("name"))))
    for i, match in labels if asking else ():
        if match["label"] in asking:
            found.append((i, Found(match["label"], "organization", "speaker's label", 0, match.end("label"))))
    for i, match in labels if people else ():
        label = match["label"]
        name = _as_written(label)
        if any(is_title_word(w) for w in label.split()) or label in countries():
            continue  # "MINISTER:": a speaker by office, no one named
        if label in people:
            found.append((i, Found(name, "person", "speaker's label", 0, match.end("label"), (label,) if name != label else ())))
        elif not is_plain_word(label.split()[0]):  # a label once, beside a speaker's: an outlet asks ("KTV: Can you ...?")
            found.append((i, Found(label, "organization", "speaker's label", 0, match.end("label"))))
    return found


def _as_written(label: str) -> str:
    """A label in capitals as a name is written ("ANA BERG": "Ana Berg"); an acronym stays."""
    return label.title() if label.isupper() and " " in label else label


# A reading time on a line of its own, below the writer's name as a date is: "30–38 minutes", "5 min read".
_READING_TIME = re.compile(r"^\d{1,3}(?:\s*[–-]\s*\d{1,3})?\s+(?:minutes?|mins?)(?:\s+read)?$")
# A newspaper's name on a line of its own: "The Varno Star", "Kestria This Week".
_OUTLET_LINE = re.compile(rf"^(?:The(?: {CAPITALISED}){{1,3}}|{CAPITALISED}(?: {CAPITALISED}){{1,3}})$")
# A writer's name, then the date, on one line.
# (after a comma or dash a place may open the line, as a dateline's; the date after it tells a byline:
# "Ana Berg — 22 January, 17:52"; "Ana Berg Published May 01, 2023 | 11:36 PM")
_NAME_AND_DATE = re.compile(rf"^(?P<name>{CAPITALISED}(?: {CAPITALISED}){{1,2}})(?:\s*[•·|—–]\s*|\s+(?:Published|Updated|Posted)(?: on)?:?\s+"
                            r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)")  # ("Ana Berg Friday, 20 May 2015")


# Two writers and their outlet on a line of their own: "Ana Berg and Ivo Marek, KTV" (or "und").
BYLINE_OF_TWO = re.compile(rf"^(?P<first>{CAPITALISED}(?: {CAPITALISED}){{1,2}}) (?:and|und|&) "
                         rf"(?P<second>{CAPITALISED}(?: {CAPITALISED}){{1,2}}), (?P<outlet>[A-Z][\w.-]*(?: [A-Z][\w.-]*){{0,3}})$")
# The line that credits a report's contributors: "Ana Berg and Ivo Marek contributed to this report."
_CONTRIBUTORS = re.compile(rf"^(?P<first>{CAPITALISED}(?: {CAPITALISED}){{1,2}})(?: and (?P<second>{CAPITALISED}(?: {CAPITALISED}){{1,2}}))?"
                           rf" contributed (?:(?:to )?(?:this|the) )?report(?:ing)?\b")
# A copyright line: "© 2023 Anna Berg, example.com".
_COPYRIGHT = re.compile(rf"©\s*(?:\d{{4}}\s+)?({CAPITALISED}(?: {CAPITALISED}){{1,2}})")
# A line that credits a picture or the text: "Photo: Anna Berg, Ruritanian Army", "Author: Anna Berg, Source: X".
_CREDIT_LINE = re.compile(rf"(?:^(?:Photo|Picture|Image|Author|Text|Photographer|Writer)|(?<=, )Photographer):\s*"
                          rf"(?:[A-Z]{{2,4}}\s+)?({CAPITALISED}(?: {CAPITALISED}){{1,2}})(?=,|$)"  # ("..., Photographer: MCC X")
                          # "Image Source : ANA BERG, KEST TV": a picture's source, its outlet after the name
                          rf"|\b(?:Image|Photo|Picture) [Ss]ource\s?:\s*({CAPITALISED}(?: {CAPITALISED}){{1,2}}),"
                          # "... a caption. Source: KFP / Ana Berg": an agency, then its photographer
                          rf"|(?:^|[.!?]\s+)(?:Source|Photo|Credit):\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s*/\s*({CAPITALISED}(?: {CAPITALISED}){{1,2}})$")
# "(Picture source Ana Berg)": a caption's credit in brackets, without its colon.
_SOURCE_IN_BRACKETS = re.compile(rf"\((?:Image|Photo|Picture) [Ss]ource:?\s+({CAPITALISED}(?: {CAPITALISED}){{1,2}})\)")
# A navy photographer by rate, then name, in a caption's credit: "(Kest Navy photo by Mass Communication Specialist 2nd
# Class Ana Berg)".
_PHOTO_BY_RATE = re.compile(rf"\bphoto by (?P<rate>(?:[A-Z][a-z]+ ){{1,4}}\d(?:st|nd|rd|th) Class) (?P<name>{CAPITALISED} {CAPITALISED})\)")
# "(Photo by Anna Berg)": names of up to five words ("Surapol Na Ayutthaya").
_PHOTO_BY = re.compile(rf"[(\[]Photo by ({CAPITALISED}(?: {CAPITALISED}){{1,4}})(?:[)\]]|/)"  # ("(Photo by ANNA BERG/KNA)", "[Photo by X]")
                       rf"|^Photo [Bb]y ({CAPITALISED}(?: {CAPITALISED}){{1,2}}) \|"  # ("Photo By Ana Berg | caption")
                       # ending a caption, out of its square brackets: "... on April 7th. [Photo by Ana Berg]"
                       rf"|(?:(?<=[.!?] )|^)Photo by ({CAPITALISED}(?: {CAPITALISED}){{1,2}})$"  # (or on its own line)
                       # "Photo: LSIS Ana Berg": a navy photographer's rank in capitals, then the name
                       rf"|\bPhoto: [A-Z]{{2,5}} ({CAPITALISED} {CAPITALISED})$"
                       rf"|\(Photo ?/ ?({CAPITALISED}(?: {CAPITALISED}){{1,2}})\)")  # "(Photo/ Ana Berg)"
# A name with its initial joined by a full stop, as Mongolian agencies write them: "Minister of
# Defense N.Enkhbold", "..., B.Erdenebat, has said" (after a title, before a reporting verb, or set off
# by commas).
_INITIAL_JOINED = re.compile(r"(?<![\w.])(?P<name>[A-Z]\.(?P<surname>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?))(?![\w-]|\.\w)")
_SPEAKS_NEXT = re.compile(r",?\s+(?:has\s+|had\s+)?(?:said|says|told|added|noted|stressed|stated)\b")
# An embedded post's signature: "— Anna Berg (@annaberg) March 27, 2023".
_POST_SIGNATURE = re.compile(rf"[—–] ({CAPITALISED}(?: {CAPITALISED}){{1,2}}) \(@\w+\)")


# A person named to an office: "the president appointed Ana Berg as the new commander of the army".
_APPOINTED_NAME = re.compile(rf"\b(?:appointed|named|nominated|promoted|designated)\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,3}})"
                            rf"\s+as\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:new\s+|next\s+|acting\s+|interim\s+)?"
                            rf"(?P<role>(?:[\w-]+\s+){{0,2}}[\w-]+)")


def find_people(text: str, byline_author: str | None) -> list[Found]:
    found: list[Found] = []
    dashed = DASHED_NAME_LINE.match(text) if text[:1] in "-–—" and len(text) < 40 else None
    if dashed and looks_like_name(dashed["name"].title().split()):  # "- ANA BERG": a writer's line
        found.append(Found(dashed["name"].title(), "person", "byline", dashed.start("name"), dashed.end("name"), (dashed["name"],)))
    for match in _APPOINTED_NAME.finditer(text) if " as " in text else ():
        if any(is_title_word(w) for w in match["role"].split()) and looks_like_name(match["name"].split()) \
                and not any(w in countries() or is_demonym(w) for w in match["name"].split()):
            found.append(Found(match["name"], "person", "named to an office", match.start("name"), match.end("name")))
    for run in capitalised_runs(text):
        person = _person_in_run(text, run, byline_author)
        if person:
            found.append(person)
    for match in _INITIAL_JOINED.finditer(text) if "." in text else ():
        if is_plain_word(match["surname"]) or match["surname"] in countries():
            continue  # ("Plan B.The next ...": a full stop without its space)
        role = title_before(text, match.start()) or title_before_comma(text, match.start())
        if role or _SPEAKS_NEXT.match(text, match.end()) or text.endswith(", ", 0, match.start()) \
                and text.startswith(",", match.end()):
            found.append(Found(match["name"], "person", "initial joined to a name", match.start(), match.end(),
                               (match["surname"],), _role(role) if role else ()))
    for match in _NAME_COUNTRY.finditer(text) if "(" in text else ():
        if (match["country"] in countries() or match["country"] in _COUNTRY_ABBREVIATIONS) \
                and looks_like_name(match[1].split()):
            found.append(Found(match[1], "person", "name with a country", match.start(1), match.end(1)))
    for match in _NAME_PARTY.finditer(text) if _PARTY_BRACKET.search(text) else ():
        if looks_like_name(match[1].split()) and _is_surname(match[1].split()[-1]) \
                and not _SYSTEM_WORDS.intersection(match[1].lower().split()):  # ("Kest Weapons System (KWS-A)")
            found.append(Found(match[1], "person", "name with a party", match.start(1), match.end(1)))
    for match in _NICKNAMED.finditer(text) if '"' in text or "“" in text else ():
        branch = _BRANCH_AFTER_RANK.search(text, max(0, match.start() - 10), match.start())
        role = title_before(text, branch.start() if branch else match.start())
        name = f"{match['first']} {match['last']}"
        if role and (looks_like_name(name.split()) or _is_name_word(match["first"])):  # (a family name may be a word: "Five")
            found.append(Found(name, "person", "title before name", match.start(), match.end(), (match.group(0),), _role(role)))
    for match in _NICKNAME_AFTER.finditer(text) if "‘" in text or "'" in text else ():  # "General Ana Berg ‘Kestrel’"
        words = match["name"].split()
        while words and is_title_word(words[0]):
            words.pop(0)  # (the rank before the name: "General Ana Berg")
        name, start = " ".join(words), match.end("name") - len(" ".join(words))
        role = title_before(text, start) if len(words) > 1 else None
        if role and looks_like_name(words):
            found.append(Found(name, "person", "title before name", start, match.end("name"),
                               (match["nick"], f"{name} {match['nick']}"), _role(role)))
    pictured = _NAME_BY_PICTURE.match(text) if len(text) < 80 else None
    if pictured and pictured["again"] in (pictured["name"], pictured["name"].split()[-1]) \
            and looks_like_name(pictured["name"].split()):
        found.append(Found(pictured["name"], "person", "name by a picture", 0, pictured.end("name")))
    credited = PHOTOGRAPHER_AND_AGENCY.search(text) if "/" in text or ": " in text else None
    group = credited and next(g for g in ("name", "lead", "alone", "ending") if credited[g])
    if credited and looks_like_name(credited[group].split()):
        found.append(Found(credited[group], "person", "photo credit", credited.start(group), credited.end(group)))
    for photo in (COPYRIGHT_PHOTO.search(text) if "©" in text else None,  # "© KESTPRESS PHOTO ANA BERG"
                  AGENCIES_THEN_PHOTOGRAPHER.search(text) if "/" in text else None,  # "KNA-KEFE/ANA B. BERG"
                  PHOTO_THEN_AGENCY.match(text) if text.startswith("PHOTO ") else None):  # "PHOTO ANA BERG, KEST PRESS"
        if photo and looks_like_name(photo["shot"].title().split()):
            found.append(Found(photo["shot"].title(), "person", "photo credit", photo.start("shot"), photo.end("shot"),
                               (photo["shot"],)))
    for match in _NAME_AND_AGENCY.finditer(text) if ", " in text and "(" in text else ():  # "(Ana Berg, Kest News Agency)"
        if looks_like_name(match["name"].split()):
            found.append(Found(match["name"], "person", "photo credit", match.start("name"), match.end("name")))
    for line in _PHOTOGRAPHERS_LINE.finditer(text) if "|" in text else ():
        for name in re.finditer(r"[^,]+", line["names"]):
            if looks_like_name(name.group(0).split()):
                start = line.start("names") + name.start() + len(name.group(0)) - len(name.group(0).lstrip())
                found.append(Found(name.group(0).strip(), "person", "photo credit", start, line.start("names") + name.end()))
    member = MEMBER_WITH_SEAT.match(text) if text.endswith(")") or " | " in text else None
    if member and looks_like_name(member["name"].split()):
        found.append(Found(member["name"], "person", "member with a party", member.start("name"), member.end("name")))
    for match in MEMBER_AND_SEAT.finditer(text) if "(" in text and MEMBERS_HINT.search(text) else ():
        words = match["name"].split()
        first = next((i for i in range(len(words) - 1) if looks_like_name(words[i:])), None)  # ("Deputy Speaker Ana Berg")
        if first is not None and not any(f.start < match.end("name") and match.start("name") < f.end for f in found):
            name = " ".join(words[first:])
            found.append(Found(name, "person", "member with a seat", match.end("name") - len(name), match.end("name")))
    for match in MEMBER_WITH_PARTY.finditer(text) if holds_any(text, PARTY_MARKS) else ():
        words = match["name"].split()
        if _PICTURE_WORDS.intersection(words[:-1]):  # "Ana Berg Portrait Ana Berg (Lab)": a picture's words before
            words = words[max(i for i, w in enumerate(words) if w in _PICTURE_WORDS) + 1:]
        title = match["title"] if len(words) == len(match["name"].split()) else None
        if words and words[0] in PEERS and len(words) == 2 or title in PEERS and len(words) == 1:
            peer = " ".join(words) if len(words) == 2 else f"{title} {words[0]}"  # "Baroness Berg": a peer is named so
            found.append(Found(peer, "person", "member with a party", match.end("name") - len(peer), match.end("name"),
                               (peer.split()[1],)))
        elif looks_like_name(words) or title and len(words) == 1 and _is_surname(words[0]):
            name = " ".join(words)
            found.append(Found(name, "person", "member with a party", match.end("name") - len(name), match.end("name")))
    for match in _MONARCH.finditer(text) if holds_any(text, _MONARCHS) else ():
        # (known by the one name too: "King Kest III" is the "King Kest" of the next story)
        found.append(Found(match["name"], "person", "title before name", match.start("name"), match.end("name"),
                           (match["name"].split()[0],), (("role", text[match.start():match.start("name")].strip()),)))
    for match in _MONARCH_BY_ONE_NAME.finditer(text) if holds_any(text, _MONARCHS) else ():
        name = match["name"]
        if not (is_plain_word(name) or is_demonym(name) or name in countries() or is_title_word(name) or is_place_name(name)
                or any(f.start <= match.start("name") < f.end for f in found)):
            found.append(Found(name, "person", "title before name", match.start("name"), match.end("name"),
                               (f"{match['title']} {name}",), (("role", match["title"]),)))
    speaking = "said" in text or "says" in text or "told" in text or "added" in text
    for match in chain(_QUOTE_SPEAKER.finditer(text) if speaking else (),
                       _SURNAME_SPEAKS.finditer(text) if speaking and ("“" in text or '"' in text) else (),
                       (subject for verb in _REPORTING_VERB.finditer(text)
                        if (subject := _SUBJECT_BEFORE.search(text, max(0, verb.start() - 60), verb.start())))
                       if holds_any(text, _REPORTING_BEFORE) else (),
                       _QUOTE_SPEAKER_APPOSED.finditer(text) if speaking and ("”" in text or '"' in text) else ()):
        group = "after" if match.groupdict().get("after") else "before"
        words = match[group].split()
        if any(f.start < match.end(group) and match.start(group) < f.end for f in found):
            continue  # (a name another rule read already, its title with it: "Gen. Ana Berg said")
        if looks_like_name(words) or len(words) == 1 and _is_surname(words[0]):
            found.append(Found(match[group], "person", "speaker of a quote", match.start(group), match.end(group)))
    for match in _OWNED_SPEAKER.finditer(text) if "s " in text else ():
        if looks_like_name(match["name"].split()):
            found.append(Found(match["name"], "person", "speaker of a quote", match.start("name"), match.end("name")))
    said = _SAID_FIRST.search(text) if "Said " in text else None  # 'Said Kestov: “...”'
    if said and (looks_like_name(said["name"].split()) or _is_surname(said["name"])):
        found.append(Found(said["name"], "person", "speaker of a quote", said.start("name"), said.end("name")))
    found.extend(_joined_by_and(text, found))
    for match in _PHOTO_CREDIT.finditer(text) if "/" in text else ():
        if credited and match.start() < credited.end() and credited.start() < match.end():
            continue  # (the agency of a credit read above, no second name: "(PHOTO: Ana Berg/Kest Images)")
        group = next(i for i in range(1, 7) if match[i])
        credited = match[group]
        if is_ship_prefix(text[match.start():match.start(group)].rstrip("/ ")):
            continue  # "PNS/M KESTREL": a submarine's prefix, no agency's credit
        spelt = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in credited.split())
        if looks_like_name(spelt.split()):  # "ANNA BERG/AGENCY", "Ana BERG / AGENCY"
            found.append(Found(spelt, "person", "photo credit", match.start(group), match.end(group),
                               (credited,) if spelt != credited else ()))
    for match in _PHOTO_BY_RATE.finditer(text) if " Class " in text else ():
        found.append(Found(match["name"], "person", "photo credit", match.start("name"), match.end("name"), (), _role(match["rate"])))
    for pattern, needs, label in ((_POST_SIGNATURE, "(@", "post signature"), (_COPYRIGHT, "©", "copyright line"),
                                  (_CREDIT_LINE, ":", "credit line"), (_PHOTO_BY, "Photo", "credit line"),
                                  (_SOURCE_IN_BRACKETS, "ource", "credit line")):
        for match in pattern.finditer(text) if needs in text else ():
            group = 1 if match[1] else match.lastindex  # (the pattern's branch that matched)
            credited = match[group]
            if credited.isupper() and looks_like_name(credited.title().split()):  # "ANNA BERG"
                found.append(Found(credited.title(), "person", label, match.start(group), match.end(group), (credited,)))
            elif looks_like_name(credited.split()):
                found.append(Found(credited, "person", label, match.start(group), match.end(group)))
    for match in _BYLINE_WORD.finditer(text) if "byline " in text or "(by " in text or "(By " in text or "| by " in text else ():
        group = next(g for g in ("name", "bracketed", "piped") if match[g])  # '(page 10, "...", byline Ana Berg)'
        if looks_like_name(match[group].split()):
            found.append(Found(match[group], "person", "byline", match.start(group), match.end(group)))
    reporter = _REPORTS_BY.search(text) if ", reports " in text else None
    if reporter and looks_like_name(reporter["name"].split()):
        found.append(Found(reporter["name"], "person", "byline", reporter.start("name"), reporter.end("name")))
    posted = _BY_POSTED.match(text) if text.startswith(("By ", "posted by", "Posted by", "written by", "Written by")) else None
    group = posted and ("name" if posted["name"] else "poster")
    if posted and looks_like_name(posted[group].split()):
        found.append(Found(posted[group], "person", "byline", posted.start(group), posted.end(group)))
    glued = _GLUED_BY.search(text) if "By" in text else None
    if glued and looks_like_name(glued["name"].split()):
        found.append(Found(glued["name"], "person", "byline", glued.start("name"), glued.end("name")))
    translated = _TRANSLATED.match(text) if "ranslated by" in text else None
    for group in ("first", "second") if translated else ():
        if looks_like_name(translated[group].split()):
            found.append(Found(translated[group], "person", "byline", translated.start(group), translated.end(group)))
    pair = _BYLINE_PAIR.match(text) if text.startswith("By ") else None
    for group in ("first", "second") if pair and all(looks_like_name(pair[g].split()) for g in ("first", "second")) else ():
        found.append(Found(pair[group], "person", "byline", pair.start(group), pair.end(group)))
    contributors = _CONTRIBUTORS.match(text) if "contributed" in text else None
    for group in ("first", "second") if contributors else ():
        if contributors[group] and looks_like_name(contributors[group].split()):
            found.append(Found(contributors[group], "person", "byline", contributors.start(group), contributors.end(group)))
    two = BYLINE_OF_TWO.match(text) if len(text) < 100 else None
    for group in ("first", "second") if two and looks_like_name(two["first"].split()) and looks_like_name(two["second"].split()) else ():
        found.append(Found(two[group], "person", "byline", two.start(group), two.end(group)))
    with_outlet = byline_with_outlet(text)
    if with_outlet:
        found.append(Found(*with_outlet[0][:1], "person", "byline", *with_outlet[0][1:]))
    for match in _HEADED_BY.finditer(text) if holds_any(text, _GOVERNMENTS) else ():
        if looks_like_name(match["name"].split()) and not is_place_name(match["name"]):
            found.append(Found(match["name"], "person", "head of a government", match.start("name"), match.end("name")))
    byline = _BYLINE_NAME.match(text)
    if byline and looks_like_name(byline.group(1).split()) \
            and any(map(is_title_word, text[byline.end():].split()[:4] + text[byline.start(1):byline.end()].split()[-7:])):
        # (a writer's line says what the writer is: "Ana Berg is a senior fellow at ..."; not "Kest Helicopter is a division")
        found.append(Found(byline.group(1), "person", "byline", 0, byline.end(1)))
    if byline_author and text[:3] in ("By ", "BY "):  # "By JON GAMBRELL": the reader's author is "Jon Gambrell"
        spelled = text[3:3 + len(byline_author)]
        if spelled.upper() == byline_author.upper() and 2 <= len(byline_author.split()) <= 4 \
                and all(w[:1].isupper() for w in byline_author.split()):  # (also "By Ana BERG", as the reader read it)
            found.append(Found(byline_author, "person", "byline", 3, 3 + len(spelled), (spelled,) if spelled != byline_author else ()))
    return [_with_initials(text, f) if text.startswith(" (", f.end) else f for f in found]


# A government or a term named after its head: "the administration of Ana Berg", "the government led by Ana
# Berg", "under the presidency of Ana Berg" (who leads a consortium may be a company: not "led by" alone).
_GOVERNMENTS = ("administration", "government", "presidency", "cabinet", "regime", "tenure")
_HEADED_BY = re.compile(rf"\b{any_of(_GOVERNMENTS)}\s+(?:of|led\s+by|headed\s+by|under)\s+"
                        rf"(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,2}})(?![\w-])(?!\s+[A-Z])")
_INITIALS_AFTER = re.compile(r" \((?P<initials>[A-Z]{2,6})\)")


def _with_initials(text: str, found: Found) -> Found:
    """A person the text names by initials in brackets after the name: "Ana Maria Berg Lunde (AMBL)"."""
    after = _INITIALS_AFTER.match(text, found.end)
    if after and after["initials"] == "".join(w[0] for w in found.name.split() if w[0].isupper()):
        return found._replace(aliases=(*found.aliases, after["initials"]))
    return found


_CIVIL_OFFICES = {"minister", "secretary", "president", "premier", "chancellor", "governor", "mayor", "ambassador", "senator"}


def _given_name_like_a_rank(words: list[str], titled: list[int]) -> str | None:
    """"Defense Minister Gen Kato": a rank's abbreviation (no full stop) between an office and a
    single name is the person's given name, as an office is not held with a rank inside its title."""
    if len(titled) < 2 or titled[-1] != len(words) - 2 or titled[-2] != titled[-1] - 1:
        return None
    office, rank, name = words[-3:]
    if rank.lower() in RANK_WORDS and rank.isalpha() and len(rank) <= 4 and office.lower() in _CIVIL_OFFICES \
            and _is_name_word(name):
        return f"{rank} {name}"
    return None


_HONOURS_ALSO_NAMES = {"Tun", "Prince"}  # a Malay honour ("Tun X"), and a Burmese given name ("General Tun Aung"); so "Prince"


def _given_after_rank(words: list[str], index: int) -> bool:
    """'General Tun Aung': a word that is an honour elsewhere ("Tun X") is a given name after a rank."""
    return words[index] in _HONOURS_ALSO_NAMES and index > 0 and words[index - 1].strip(".").lower() in RANK_WORDS


# A unit or a school named after a person, its noun first, as copy translated from Romance languages writes
# it ("the Brigade Ana Berg", "the Military Academy Ivo Marek"): a body there, no person.
_NAMED_AFTER_A_PERSON = ("Brigade", "Battalion", "Regiment", "Division", "Academy", "School", "College", "Lyceum")
_UNIT_THEN_NAME = re.compile(rf"\b(?:{'|'.join(_NAMED_AFTER_A_PERSON)})\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,2}})(?![\w-])")


def units_named_after_people(text: str) -> list[re.Match]:
    """'the Brigade Ana Berg': a unit named after a person, its noun before the name."""
    return [m for m in _UNIT_THEN_NAME.finditer(text) if looks_like_name(m["name"].split())] \
        if holds_any(text, _NAMED_AFTER_A_PERSON) else []


# A title abbreviated, its stop the run's start ("Gen. X"), not a sentence's end ("met the envoy. Sign up ...").
_ABBREVIATED = re.compile(r"(?<![\w-])[A-Z][a-z]{0,4}\.$")


def _person_in_run(text: str, run: re.Match, byline_author: str | None) -> Found | None:
    """The name that ends a capitalised run, introduced by a title, an appositive, a credit or the
    byline. The name is the run's longest tail that is one: "Secretary of State Antony Blinken"
    gives the run "State Antony Blinken" and the name "Antony Blinken"."""
    words = run.group(0).split()
    if defined_by_initials(text, words, run.end()):
        return None  # "the Rapid Kest Battalion (BKR)": a body
    if len(words) < 2:  # most runs: one capitalised word, which names no one here (but "Gen. X": a run its rank's stop cut)
        role = title_before(text, run.start()) if text.endswith(". ", 0, run.start()) and _is_surname(words[0]) else None
        if role and _ABBREVIATED.search(role) and not re.match(r"\s+(?:the|a|an)\s", text[run.end():]):
            return Found(words[0], "person", "title before surname", run.start(), run.end(), (), _role(role))
        return None
    offsets = [m.start() + run.start() for m in re.finditer(r"\S+", run.group(0))]
    # a surname in capitals after a given name, as some officials' texts write it ("Mr Ana BERGA")
    in_capitals = words[-1] if len(words[-1]) >= 3 and words[-1].isalpha() and words[-1].isupper() and words[-1] not in SUFFIXES \
        and words[-2][:1].isupper() and words[-2][1:].islower() else None
    if in_capitals:
        words[-1] = in_capitals.capitalize()
    owns_personally = False
    owner = next((i for i in range(1, len(words) - 1) if words[i].endswith(_POSSESSIVE)), None)
    if owner is not None and not looks_like_name(words[owner + 1:]):
        words, offsets = words[:owner + 1], offsets[:owner + 1]  # "President Ana Berg's State visit": the run ends at her
    if words[-1].endswith(_POSSESSIVE):  # "Donald Tusk's package"
        owns_personally = bool(_PERSONAL_AFTER_POSSESSIVE.match(text, offsets[-1] + len(words[-1])))
        words[-1] = words[-1][:-2]
    if words[-1] in POST_NOMINALS or words[-1] in _WEEKDAYS:  # "... Minister Ana Berg Friday in response to ..."
        words.pop()
        if len(words) < 2:
            return None
    # (a generational suffix ending the run is no title: "Gen. Ana Berg Sr."; nor is "Sheikh" ending a
    # name of three words, where it is the family's: "Ana Abdi Sheikh", or between a given name and a surname,
    # where it is the father's: "General Ana Sheikh Berg")
    titled = sorted({i for i, w in enumerate(words) if is_title_word(w) and not _given_after_rank(words, i)
                     and not (i == len(words) - 1 and i > 1 and (w in SUFFIXES or w in TITLES_IN_NAMES))
                     and not (w in TITLES_IN_NAMES and 0 < i < len(words) - 1 and not is_title_word(words[i - 1])
                              and _is_name_word(words[i - 1]) and _is_name_word(words[i + 1]))
                     and not (i == len(words) - 1 and w in _TITLES_ALSO_SURNAMES and _is_name_word(words[i - 1]))} | honorifics_at(words)
                    | {i for i, w in enumerate(words) if w.lower() in BRANCH_WORDS and i and is_title_word(words[i - 1])})
    # (a body's name before the name of one of its people, after the post: "fellow at Kest Institute Ana Berg")
    body = next((i for i, w in enumerate(words[:-2]) if i and w in ORGANIZATION_NOUNS and len(words) - i - 1 <= 3
                 and looks_like_name(words[i + 1:]) and not any(x in ORGANIZATION_NOUNS for x in words[i + 1:])
                 and _POST_AT.search(text, max(0, run.start() - 40), run.start())), None)
    if body is not None and not titled:
        start = offsets[body + 1]
        name = " ".join(words[body + 1:])
        if text.startswith(name, start):
            role = title_before(text, start)
            return Found(name, "person", "named after a body", start, start + len(name), (), _role(role) if role else ())
    given = _given_name_like_a_rank(words, titled)
    if given:
        start = offsets[-2]
        role = title_before(text, start)
        if role and text.startswith(given, start):
            return Found(given, "person", "title before name", start, start + len(given), (), _role(role))
    first = titled[-1] + 1 if titled else len(words) - len(strip_leading(words))
    # "Consul-General to Los Angeles Ana Berg": the place a title names opens the run, the name follows it
    placed = next((k for k in (3, 2, 1) if len(words) - k >= 2 and is_place_name(" ".join(words[:k]))), 0) \
        if PLACE_PREPOSITION_BEFORE.search(text, max(0, run.start() - 12), run.start()) else 0
    first = max(first, placed)
    appositive: str | None = None
    for start_index in range(first, len(words) - 1):
        name_words = words[start_index:]
        # ("Air Chief Marshal KV Berg": two initials run together and a surname, after a title only)
        initials = len(name_words) == 2 and bool(_TWO_INITIALS.match(name_words[0])) and _is_surname(name_words[1])
        if not looks_like_name(name_words) and not initials:
            continue
        half = len(name_words) // 2
        if half >= 2 and len(name_words) == 2 * half and name_words[:half] == name_words[half:]:
            name_words = name_words[:half]  # "Ana Berg Ana Berg": a name the page repeats by mistake
        start = offsets[start_index]
        end = start + len(" ".join(name_words))
        written = " ".join(name_words) if not in_capitals else " ".join([*name_words[:-1], in_capitals])
        if text[start:end] != written:
            return None  # the run spans line breaks or double spaces: not a clean name
        if start_index and words[start_index - 1] in _NAMED_AFTER_A_PERSON:
            return None  # "the Brigade Ana Berg": the unit's name (see units_named_after_people)
        name = " ".join(name_words)
        role = title_before(text, start)
        if role and start_index and words[start_index - 1] in TITLES_IN_NAMES:  # "President Sheikh X": the role before "Sheikh"
            role = title_before(text, offsets[start_index - 1]) or role
        if role and _plural(role.split()[-1]) and not _NEXT_IN_LIST.match(text, end):
            return None  # "Senior Officials Witness Launch": a heading's words, no one person of a plural title
        if role:
            also = (f"{words[start_index - 1]} {name}",) if start_index and words[start_index - 1] in TITLES_IN_NAMES else ()
            if only_honorifics(role):  # "His Excellency Mr X, President of the Republic": the office after the name
                role = appositive_after(text, end) or role
            also += (written,) if in_capitals else ()
            return Found(name, "person", "title before name", start, end, also, _role(role))
        if start_index > first or initials:
            continue  # only a title ends inside the run ("... of State Antony Blinken")
        role = title_before_comma(text, start)
        if role:
            return Found(name, "person", "title before name", start, end, (), _role(role))
        appositive = appositive_after(text, end)
        if appositive and appositive.split()[0] in countries() and not is_title_word((appositive.split()[1:2] or [""])[0]):
            appositive = None  # "from Varno, Kestria by its pilots": a place and its country, no one's role
        if _CREDIT.search(text[max(0, start - 80):start]) and not _CREDIT_TAIL.search(_CREDIT_END.split(text[end:], 1)[0]):
            return Found(name, "person", "wire credit", start, end)
        if byline_author == name:
            return Found(name, "person", "byline", start, end)
        if owns_personally:
            return Found(name, "person", "what a person has", start, end)
        if _WHO_AFTER.match(text, end) and name not in countries() and not is_capital(name) \
                and not any(w in _NOT_SURNAMES or w in MEDIA_NOUNS or w in _PLACES_AND_BODIES_WORDS or w in countries()
                            or w in REGION_NAMES or is_plain_word(w) for w in name_words):  # "..., pointed out by Ana Berg, who said"
            return Found(name, "person", "who after a name", start, end)
    if appositive and " ".join(words[first:]) not in REGION_NAMES and " ".join(words[first:]) not in countries() \
            and not _PLACES_AND_BODIES_WORDS.intersection(words[first:]):  # ("the United Nations, Ambassador X")
        # the whole run is the name: "Justin Bronk, a senior research fellow" (but a place's name is
        # no one's: "the crisis in the Middle East, the spokesman said")
        name = " ".join(words[first:])
        start = offsets[first]
        return Found(name, "person", "appositive", start, start + len(name), (), (("role", appositive),))
    if titled and first == len(words) - 1 and len(words) > 1 and words[-2] in TITLES_IN_NAMES \
            and _is_name_word(words[-1]):  # "Prime Minister Sheikh Hasina", "Sheikh Hasina said"
        start = offsets[-2]
        role = title_before(text, start)
        return Found(f"{words[-2]} {words[-1]}", "person", "title before name" if role else "name with a title",
                     start, offsets[-1] + len(words[-1]), (), _role(role) if role else ())
    if titled and first == len(words) - 1 and _is_surname(words[-1]) \
            and not re.match(r"\s+(?:the|a|an)\s|\s+for\s+[A-Z]", text[offsets[-1] + len(words[-1]):]):  # ("Chief Assesses the ...": a verb)
        # (nor a word of the office before "for": "Minister Responsible for Kest Affairs")
        # "FAB Commander Lieutenant Brigadier Bermudez": a title and a surname alone. (Merging drops it
        # where a person of the corpus has that surname: the mention is theirs.)
        start = offsets[-1]
        role = title_before(text, start)
        if role and not (role.lower() == "official" and is_place_name(words[-1])):  # ("Official Varno statistics": a city's)
            return Found(words[-1], "person", "title before surname", start, start + len(words[-1]), (),
                         _role(role))
    return None


# A relative clause a person opens: "Ana Berg, who said" (and, loosely written, a state or a body:
# "the United Nations, who", "New Varno, who", whose words no one's name has).
_WHO_AFTER = re.compile(r",\s+who\s+[a-z]")
_PLACES_AND_BODIES_WORDS = {"United", "Nations", "States", "Kingdom", "Republic", "Union", "New", "Saint", "Port", "Fort"}
# What only a person has: "after Ivo Marek's visit to ...", "Ana Berg's wife".
_PERSONAL_AFTER_POSSESSIVE = re.compile(r"\s+(?:(?:first|last|recent|official|state|two-day|three-day)\s+)?"
                                        r"(?:visit|trip|wife|husband|son|daughter|father|mother|resignation|"
                                        r"re-election|premiership|presidency|funeral|death|arrest)\b")
_NEXT_IN_LIST = re.compile(r",? (?:and|&) [A-Z]|, [A-Z]")  # the names a title in the plural goes on to


def _plural(word: str) -> bool:
    """A title word in the plural ("Officials", "Ministers")."""
    bare = word.strip(".").lower()
    return is_title_word(bare) and bare not in TITLE_NOUNS and bare.endswith("s")


def _role(title: str) -> tuple[tuple[str, str], ...]:
    return () if only_honorifics(title) else (("role", title),)


def _is_surname(word: str) -> bool:
    return len(word) >= 3 and _is_name_word(word) and not is_demonym(word) and word not in countries() \
        and not is_capital(word) and word not in _NOT_SURNAMES and word not in REGION_NAMES  # ("Commander Europe")


# A body's or a building's noun after a rank is no one's surname: "the General Headquarters", "General Staff".
_NOT_SURNAMES = ORGANIZATION_NOUNS | COMPANY_NOUNS | MEDIA_NOUNS | set(GATHERINGS) | {
    "Headquarters", "Staff", "Hospital", "Secretariat", "Debate", "Session", "Guest",  # ("the General Debate", "Chief Guest")
    "Commanding",  # ("the General Officer Commanding of X")
    "Personnel",  # ("the Assistant Chief of Staff Personnel")
    "Cadet", "Cadets"}  # ("the 3rd Intake Officer Cadets")
# nor their plurals ("the House of Representatives Committees"), but for those that are surnames too
_NOT_SURNAMES |= {f"{n[:-1]}ies" if n.endswith("y") else f"{n}s" for n in ORGANIZATION_NOUNS} - {"Banks", "Courts", "Guards"}


def _joined_by_and(text: str, people: list[Found]):
    """Names joined to a person's by "and" or listed before it ("A, B and C")."""
    people = list(people)
    for person in people:
        plural = any(f[0] == "role" and _plural(f[1].split()[-1]) for f in person.fields)
        for match, start in ((_AND_NAME.match(text, person.end), 0),  # offsets of the whole text
                             # (after a title in the plural, a list's next name after a comma: "Lieutenants A, B, C, and D")
                             (_LISTED_NAME.match(text, person.end) if plural else None, 0),
                             (_NAME_AND.search(text[max(0, person.start - 60):person.start]), max(0, person.start - 60))):
            if match and match.group(0).endswith(", ") and person.pattern != "named with another person":
                continue  # "the CEO of X, Name": a comma lists names only in a list ending "B and C"
            if match and looks_like_name(match[1].split()) and not any(map(is_title_word, match[1].split())):
                # (not a title and a name: "A and PS Prince B", read by the titles' rules)
                # (after a title in the plural the second name holds it too: "Deputy Ministers A and B")
                shared = tuple(f for f in person.fields if f[0] == "role" and f[1].split()[-1].endswith("s")) \
                    if start == 0 else ()
                joined = Found(match[1], "person", "named with another person", start + match.start(1), start + match.end(1),
                               (), shared)
                if all(p.start != joined.start for p in people):
                    people.append(joined)  # its own neighbours are read in turn
                    yield joined
