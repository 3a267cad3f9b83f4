"""Equipment by designation and name: Su-35, S-400, T-72B3, MiG-31K, Tu-22M3, 9K720 Iskander,
Kh-47M2 Kinzhal, Tor-M2, Buyan-M, Bastion-P, "Kalibr cruise missiles", "HIMARS launchers",
named ships ("the frigate Admiral Essen", "USS Porter") and classes ("Arleigh Burke-class")."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import inflection

from ..extract.text import any_of, fold
from ..extract.vocabulary import COMPANY_NOUNS, NOT_NAMES, NUMBER_WORDS, ORGANIZATION_NOUNS, TITLE_MODIFIERS, is_title_word
from .places import FEATURES, REGION_NAMES, shore_bases
from .common import (CAPITALISED, CAPITAL_START, COUNT, MAJESTY_S_SHIP, Found, GATHERINGS, PARAGRAPHS_CACHED, STANDALONE, countries, folded_countries,
                     holds_any, is_demonym, is_plain_word, opens_sentence)

# Nouns that say a name is equipment when they follow it ("Kalibr cruise missiles").
CATEGORY_NOUNS = (
    "fighter", "fighters", "jet", "jets", "bomber", "bombers", "aircraft", "aircrafts", "helicopter", "helicopters", "drone",
    "drones", "tank", "tanks", "system", "systems", "missile", "missiles", "launcher", "launchers", "rocket",
    "rockets", "howitzer", "howitzers", "vehicle", "vehicles", "carrier", "carriers", "frigate", "frigates",
    "corvette", "corvettes", "destroyer", "destroyers", "submarine", "submarines", "cruiser", "cruisers",
    "interceptor", "interceptors", "fighter-bomber", "fighter-bombers", "gun", "guns", "radar", "radars",
    "complex", "complexes", "battery", "batteries", "rifle", "rifles", "warship", "warships", "boat", "boats",
    "transporter", "transporters", "airlifter", "airlifters", "gunship", "gunships", "mortar", "mortars",
    "munition", "munitions", "torpedo", "torpedoes", "satellite", "satellites", "UAV", "UAVs", "variant",
    "cannon", "cannons", "autocannon", "autocannons", "bomb", "bombs", "warplane", "warplanes", "airplane",
    "airplanes", "interceptor", "howitzer", "shell", "shells", "grenade", "grenades", "engine", "engines",
    "warhead", "warheads", "IFV", "IFVs", "APC", "APCs", "MBT", "MBTs", "ATGM", "ATGMs", "ARV", "ARVs",  # (infantry fighting vehicles, ...; armoured recovery vehicles)
    "pod", "pods",  # ("Kestrel targeting pods")
    "minesweeper", "minesweepers", "minehunter", "minehunters",
    "datalink", "datalinks",  # ("the Kest 16 datalink")
    "chopper", "choppers", "plane", "planes",
    "landing craft", "hovercraft",
)
_CATEGORY_SET = frozenset(CATEGORY_NOUNS)
_CATEGORY_LOWER = frozenset(c.lower() for c in CATEGORY_NOUNS)
SHIP_NOUNS = ("aircraft carrier", "frigate", "corvette", "destroyer", "cruiser", "submarine", "flagship",
              "landing ship", "assault ship", "patrol ship", "patrol boat", "patrol vessel", "missile boat",
              "icebreaker", "warship", "minesweeper", "minelayer", "minehunter", "tanker", "supply ship",
              "research vessel", "intelligence ship", "spy ship", "offshore patrol vessel", "OPV",
              "guard ship", "Guard ship", "Guard Ship",  # ("the Coast Guard ship Kestrel")
              "Patrol Boat", "Patrol Vessel", "Patrol Ship",  # ("the Kest Class Patrol Boat Varno")
              "Patrol boat", "Patrol vessel")  # (a capital for no reason: "replaced Patrol boat Varno")
SHIP_PREFIXES = ("USS", "HMS", "HMCS", "HMAS", "HMNZS", "INS", "FS", "ORP", "HNLMS", "HNoMS", "HDMS", "HSwMS", "RFS",
                 "USNS", "KRI", "TCG", "BRP", "ROKS", "JS", "PNS", "RSS", "KD", "HTMS", "ARA", "BAP", "NRP", "ESPS",
                 "ITS", "FGS", "SPS", "HS", "CNS", "BNS", "SLNS", "GNS", "NNS", "LE",  # ("LÉ", folded: the Irish Naval Service)
                 "RFA", "CGS", "PS",  # (a Royal Fleet Auxiliary's, a Coast Guard Ship, a Patrol Ship: "PS Kestrel")
                 "CCGS", "NRTL",  # (the Canadian Coast Guard's, the Navy of the Republic of Timor-Leste's)
                 "MV")  # (a merchant vessel: "MV Kest Servant")
# (and the shape of the Commonwealth navies' prefixes: "HMJS", "HMBS")
_SHIP_PREFIX = rf"(?:{any_of(SHIP_PREFIXES)}|{MAJESTY_S_SHIP})"


def is_ship_prefix(word: str) -> bool:
    """Whether a word is a navy's prefix to its ships' names ("USS", "HMAS", "HMJS")."""
    return word in SHIP_PREFIXES or bool(re.fullmatch(MAJESTY_S_SHIP, word))


_DESIGNATION = (
    r"\d[A-Z]\d{1,4}[A-Z0-9]*"  # 9K720, 3M22, 2S19
    r"|[A-Z]{2,3}/[A-Z]{2,4}-\d{1,3}[A-Z]?(?:\(V\)\d{1,2})?"  # AN/TPY-2, AN/APG-66(V)2 (its version)
    r"|[A-Z]/[A-Z]-\d{1,3}[A-Z]{0,2}"  # F/A-18E
    r"|[A-Z]{1,2}\d{2,4}(?:-[A-Z]{1,3}\d{0,3})+(?:-\d{1,4})?"  # F404-IN20, T700-GE-701: an engine's model
    # (a year is no model, but "ELM-2052" is one: years from 1900 to 2039 only)
    # Su-35, MiG-31K, Su-30SM, T-50i (a variant's letter in lower case; a plural "s" is none)
    r"|[A-Z][A-Za-z]{0,2}-(?!(?:19\d\d|20[0-3]\d)\b)\d{1,4}(?:[A-Z0-9][A-Z0-9]*)?(?:[a-rt-z](?![\w-]))?(?:-[A-Z0-9]{1,3})?"
    r"|[A-Z][a-z]+-(?:[A-Z]{1,2}\d[A-Z]?|[A-Z]{1,2}|[IVX]{1,4})(?![\w-])"  # Tor-M2, Buyan-M, Pantsir-S1, Block-III (not a word and initials: "War-KGC")
    r"|[A-Z][a-z]+-[A-Z]\d{2,4}(?![\w-])"  # Meko-A200: a design's family and its model
    r"|[A-Z][a-z]{3,}-(?!(?:19|20)\d\d\b)\d{1,4}[A-Z]?\b"  # Shahed-136, Geran-2
    r"|(?!(?:B2B|B2C|B2G|C2C|G2G|P2P)\b)[A-Z]{1,2}\d{1,2}[A-Z]\d?[A-Z0-9]{0,2}"  # M1A2, M2A3 (not "B2B", "P2P"; nor a picture's code, "E5KXBG")
    r"|[A-Z]{1,3}-X(?![\w-])"  # F-X, TF-X: a programme's experimental designation
    r"|(?!COVID|SARS)[A-Z]{4}-\d{1,2}(?:(?=s\b)|(?![\w-]))"  # BRDM-2, BMPT-72 (not an illness's name)
    r"|[A-Z]{3,6}-[A-Z](?![\w-])"  # IRIS-T, SAMP-T, CAPTOR-E (not "TNI-AU", a body, or "NATO-EU")
    r"|[A-Z]{3}-[A-Z]\d[A-Z]?(?![\w-])"  # BUK-M1, TOR-M2E (as "Buk-M1" above, the family in capitals)
    r"|[A-Z]\d{3}[A-Z]?(?![\w-])"  # F126, M777, A400, F414G
    r"|[A-Z](?!(?:19|20)\d\d)\d{4}[A-Z]?(?![\w-])"  # M1117 (not "F2024")
    r"|[A-Z]{2,3}\s?\d{3}[A-Z]{1,2}(?![\w-])"  # MD530F, MD 530F (a letter after the number: not "EU 150")
    r"|[A-Z]{2,3}/[A-Z]{1,4}\s\d{3,4}(?![\w-])"  # EL/M 2052 (as "AN/TPY-2" above)
    r"|Type\s\d{2,3}[A-Z]{0,3}(?![\w-])"  # Type 212CD, Type 26 (as "Type-12" above)
    r"|[A-Z]{2,4}-(?:III|II|IV|VI|V)(?![\w-])"  # KSS-III: a model numbered in Roman
    r"|[A-Z][a-z]{3,}\s\d{4}-\d(?=s?(?![\w-]))"  # Kestrel 2000-5: a number like a year, then its version
    r"|[A-Z]\d{3}[A-Z]{1,2}\d(?![\w-])"  # M113AS4: a model's local variant
    r"|[A-Z]\d-[A-Z]{2,3}(?![\w-])"  # M2-HB, M2-QCB: a gun's model and its barrel's letters
)
_IS_DESIGNATION = re.compile(_DESIGNATION)
_VARIANT_LETTERS = re.compile(r"-\d{1,4}[A-Z]{1,3}$")  # "F-16B", "Su-30SM": a variant of the "F-16", the "Su-30"
# An amount in a currency's letters of two or more (one letter may be a model's: "T90M"), its multiple after it.
_AMOUNT = re.compile(r"(?:VT|VUV|KES|KSH|TK|RP|RM|FJ|FJD|WS|WST|SI|SBD|PGK|NT|HK|NZ|US|EC|TT|GH|GHS|ZAR|NGN|INR|PKR)"
                     r"\$?\d+(?:[.,]\d+)?(?:M|B|BN|K|MN|bn|m|k|mn)")
# Illnesses numbered as models are (the pattern of capitals leaves out "COVID-19"; "Covid-19" too).
_ILLNESSES = {"COVID", "SARS", "MERS"}
# Places numbered as models are ("Berth-1", "Pier-4"): no model's name.
_BATCHES = {"Block", "Batch", "Tranche", "Flight", "Increment", "Lot"}  # ("Block-III" alone is a variant's, no model)
_NUMBERED_SITES = {"Berth", "Pier", "Gate", "Dock", "Jetty", "Wharf", "Terminal", "Hangar", "Runway", "Platform",
                   "Zone", "Sector", "Project", "Phase", "Stage", "Package"}  # (and programmes' parts: "Project-2")


def models_after_owners(text: str):
    """Models named with a bare designation after their owner's possessive: "Kestwerk's Lynx KX41" (the
    owner a maker or a country)."""
    for match in _OWNED_MODEL.finditer(text) if _OWNED_MODEL_HINT.search(text) else ():
        if not _NOT_A_MODEL.fullmatch(match["model"].split()[-1]):
            yield match


def is_designation(word: str) -> bool:
    """Whether a word is a model designation ("F-110", "Su-35", "M1A2")."""
    return bool(_IS_DESIGNATION.fullmatch(word))

# A model its maker's possessive names, with a bare designation: "Kestwerk's Lynx KX41", "KDS' VARNO 42".
_OWNED_MODEL = re.compile(r"\b(?P<owner>[A-Z][\w-]+)(?:['’]s|(?<=S)['’])\s+(?P<model>(?:[A-Z][a-z]+\s+)?[A-Z]{1,6}\s?\d{1,3}[A-Z]?)(?![\w-])")
# (what `re` finds quickly, from its first character, in the few paragraphs that may hold one)
_OWNED_MODEL_HINT = re.compile(r"['’]s?\s+(?:[A-Z][a-z]+\s+)?[A-Z]{1,6}\s?\d")
# (not a quarter, a half-year or a group of countries: "Kestwerk's Q3 results", "the G7")
_NOT_A_MODEL = re.compile(r"[QH][1-4]|G\d{1,2}|FY\s?\d{2,4}|[A-Z]{1,6}\s?(?:19|20)\d\d")
# A name before a kind written in capitals and defined by its initials: "12 Kestrel Armoured Personnel Carriers (APC)".
_NAME_BEFORE_DEFINED_KIND = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]+)\s+(?P<kind>(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\s+"
                                       r"\((?P<short>[A-Z]{2,5}s?)\)")
# K2, K9, HIMARS, "KMW 396" (a maker's initials and a number): only before a category
_BARE_NEEDS_CATEGORY = re.compile(r"^(?:[A-Z]{1,3}\d{1,3}|[A-Z]{5,8}\+?|[A-Z]{2,4} \d{2,4}|[A-Z]{3,6}-[A-Z]{2})$")
# Up to three words between a name and its category ("Kalibr cruise missiles"), none of which
# makes a clause of it ("Hezbollah has been launching rockets").
_NOT_BETWEEN = ("the", "a", "an", "their", "its", "his", "her", "our", "and", "or", "of", "to", "in", "on", "with", "from",
                "has", "have", "had", "is", "are", "was", "were", "been", "be", "being", "will", "would", "can",
                "could", "may", "might", "should", "must", "did", "does", "do", "not", "also", "as", "that", "which")
_CATEGORY = (rf"(?:(?!{any_of(_NOT_BETWEEN)}\s)(?:[a-z][\w-]*(?:\s+and\s+(?!{any_of(_NOT_BETWEEN)}\s)[a-z][\w-]*)?|AA|\d{{2,3}}\s?mm|\d{{1,2}}x\d{{1,2}})\s+){{0,3}}?"
             + any_of(CATEGORY_NOUNS) + r"\b")  # ("AA": anti-aircraft; "155mm", "155 mm"; "reconnaissance and combat vehicles"; "6x6")
_CATEGORY_NEXT = re.compile(rf"\s+{_CATEGORY}")
_OWNED_FLEET = re.compile(r"(?:['’]s|\b(?:[Ii]ts|[Tt]heir))\s+(?P<name>[A-Z][a-z]{2,})\s+fleet\b")
_FLEET_SIDES = {"Northern", "Southern", "Eastern", "Western", "Home", "Reserve", "Main"}  # ("its Northern fleet": a navy's part)
_KIND_ACRONYM = re.compile(rf"\b(?P<category>{any_of(CATEGORY_NOUNS)})\s+\((?P<short>[A-Z]{{2,6}}(?:-[A-Z]{{1,2}})?)\)"
                           r"(?:\s+(?P<name>[A-Z][a-z]{3,})(?=\s*[,.;:]|$))?")
# A designation, with the proper name that may follow it ("Kh-47M2 Kinzhal", "F-35 Joint Strike
# Fighter") and its category; a plural "s" ("F-16s") is not part of it. (Its first character is
# looked ahead for before the lookbehind: `re` rules most positions out faster so.)
_DESIGNATED = re.compile(
    rf"(?=[\dA-Z])(?<![\w/-])(?P<designation>(?:{_DESIGNATION})(?:/[A-Z]{{1,2}}(?![\w/-])| [A-Z](?:/[A-Z]){{1,2}}(?![\w/-]))?"  # "F-5E/F", "F-5 E/F"
    rf"|[A-Z]{{1,3}}\d{{1,3}}|[A-Z][a-z]\d{{2,3}}|[A-Z]{{5,8}}\+?"  # ("Mi35 helicopters": a hyphen left out, before its category only)
    rf"|[A-Z]{{3,6}}-[A-Z]{{2}}(?![\w/-])"  # ("KAMM-ER missiles", "PILAX+ systems": before its category only)
    rf"|[A-Z]{{2,4}} \d{{2,4}}(?![\w/-])"  # ("KMW 396 engines", "KD 42 aircraft": before its category only)
    rf"|[A-Z]{{3,5}}/[A-Z]{{1,2}}(?![\w/-]))"  # "SAMP/T systems": before its category only
    rf"(?:(?<=\d)s|(?<=\d[A-Z])s|(?<=\d[A-Z]{{2}})s|'s)?"  # ("F-16s", "MiG-29Ks", "Su-30SMs")
    rf"(?P<country_mark>\s?\([A-Z]\)(?=\s+[A-Z]))?"  # ("CH-47F (I) Kestrel": a buyer's letter in brackets before the name)
    rf"(?:\s+(?P<proper>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}))?(?:\s+(?P<category>{_CATEGORY}))?"
    rf"(?!\w|-(?!like\b|style\b))"  # ("an F-22-like spiral" names the F-22)
)
_COUNTRY_INITIALS = {"US", "UK", "EU", "UAE"}
_NUMBER_RANGE = re.compile(r"([A-Z]{1,3})(\d{1,4})-\1(\d{1,4})")
_BROADCASTER_AFTER = re.compile(r"\s+(?:TV|Television|Radio|Channel)\b")
_COMPANY_BEFORE = re.compile(r"\b(?:enterprise|company|firm|manufacturer|shipyard|subsidiary|venture)\s+$")
_ROMAN_MARK = re.compile(r"-(?:III|II|IV|VI|V)$")  # "Kest KSS-III": a maker before a model numbered in Roman
# A class named by its number, with its maker's acronym before it: "KDW Class 214", "Class 212".
_NUMBERED_CLASS = re.compile(r"(?<![\w-])(?:(?P<maker>[A-Z]{2,5})\s+)?(?P<name>Class\s+\d{2,4}[A-Z]?)(?![\w-])")
# A system named as a type: "vehicles of the type KESTREL", "missile systems of Varno type".
_OF_TYPE = re.compile(r"\bof\s+(?:the\s+)?type\s+(?P<after>[A-Z][A-Za-z]{2,}(?:-[A-Z\d]+)?)(?![\w-])"
                      r"|\bof\s+(?P<before>[A-Z][A-Za-z]{2,})\s+type\b")
# Names in quotation marks before their category: 'the "Kest" rocket system', 'the "Kest" and "Varn" systems'.
_QUOTED_NAME = re.compile(rf"[“\"](?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})[”\"]")
_QUOTED_BEFORE_CATEGORY = re.compile(rf"(?P<items>[“\"]{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}[”\"](?:(?:,\s+|,?\s+and\s+(?:the\s+)?)"
                                     rf"[“\"]{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}[”\"]){{0,4}})\s+(?P<category>{_CATEGORY})")
# Ships in quotation marks after their kind: 'the patrol boats “Kest” and “Varn”', 'the frigate "Kest"'
# (a release may capitalise the kind: "the Interdiction Patrol Boats").
_QUOTED_AFTER_SHIP_NOUN = re.compile(
    rf"(?i:\b(?:{any_of(SHIP_NOUNS + ('boat', 'ship', 'vessel'))})s?)\s+(?P<items>[“\"]{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}[”\"]"
    rf"(?:(?:,\s+|,?\s+and\s+)[“\"]{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}[”\"]){{0,4}})")
# A system another is likened to: 'a "Kestrel Dome"-type air defence system', "a Velmar-style drone".
_LIKENED = re.compile(rf"(?:[\"“](?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})[\"”]"
                      # or unquoted, of two words or more: "a Kest Dome-style system"
                      rf"|(?<![\w-])(?P<words>{CAPITALISED}(?:\s+{CAPITALISED}){{1,2}}))-(?:type|style|like)\s+"
                      rf"(?:[\w-]+\s+(?:and\s+)?){{0,4}}?{any_of(CATEGORY_NOUNS)}\b")
# A system named in full, its name before capitalised words of its kind: "the Kestrel Active
# Protection System", "the Velmar Combat System" (not "the Integrated Air Defense System", no one system).
_NAMED_SYSTEM = re.compile(rf"\b(?:the|its|their)\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{1,4}}\s+System)(?![\w-]|\s+[A-Z])")
# Acronyms of a class of weapon, not of one system: "the MLRS launchers", "a SAM battery".
CLASS_ACRONYMS = {"SAM", "SAMS", "UAV", "UAVS", "UAS", "ICBM", "IRBM", "SRBM", "MRBM", "SLBM", "MLRS", "ATGM",
                  "MANPADS", "AWACS", "APC", "IFV", "MBT", "BMP", "BTR", "AESA", "PESA",  # (kinds of radar)
                  "AIP",  # (air-independent propulsion)
                  "IFF",  # (identification friend or foe)
                  "C4ISR", "C4I", "ISR", "C2",  # (command, control, ... and reconnaissance)
                  "CTOL", "STOVL", "VTOL", "STOL", "CATOBAR", "STOBAR",  # (kinds of take-off and landing)
                  "IED", "IEDS", "EOD",  # (improvised explosive devices, and their disposal)
                  "LCA", "LCU", "LCM", "LCT", "LST", "LPD", "LHD", "FPV", "FAC", "FIC",  # (kinds of landing craft and ship)
                  "RWS", "RWSS", "RCWS",  # (remote weapon stations)
                  "SAR", "CSAR", "ASW", "MPA"}  # (search and rescue, combat SAR, anti-submarine warfare, maritime patrol aircraft)
# An acronym of three or four letters before its category, after an article, a possessive or a
# number: "the new FDI frigates", "its RAM defence systems", "36 PULS launchers" (without one, "NATO
# warships" are a body's ships; and an acronym the article uses as a body's is never a system's).
# (The acronym is found first, then what stands before and after it: most paragraphs have few.)
_CAPITALS_THEN_WORD = re.compile(r"[A-Z](?<![\w/-][A-Z])[A-Z]{2,3}\s+(?=[a-z])")  # (opens on its capital: see CAPITAL_START)
_DETERMINER_BEFORE = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|\d+|(?i:{'|'.join(NUMBER_WORDS)}))\s+(?:[a-z]+\s+)?$")  # ("one KX landing craft")
# (not the category of a gathering or a trade: "the KSPI submarine conference", "its drone industry")
_CATEGORY_AT = re.compile(rf"{_CATEGORY}(?![\w-])(?!\s+(?:conference|symposium|summit|forum|industry|community|programme|program)\b)")


@lru_cache(maxsize=PARAGRAPHS_CACHED)  # asked by equipment and by organisations
def acronyms_before_category(text: str) -> tuple[tuple[int, int, str], ...]:
    """Each acronym before its category after an article, a possessive or a number: its span and
    the category. (Engines are named by their makers: "the KMW engines" names a maker.)"""
    found = []
    for match in _CAPITALS_THEN_WORD.finditer(text):
        name_end = match.start() + len(match.group(0).rstrip())
        category = _CATEGORY_AT.match(text, match.end()) \
            if _DETERMINER_BEFORE.search(text, max(0, match.start() - 30), match.start()) else None
        if category and category.group(0).rsplit(None, 1)[-1] not in ("engine", "engines"):
            found.append((match.start(), name_end, category.group(0)))
    return tuple(found)
_ADDRESS = re.compile(r"\bhttps?://\S+|\bwww\.\S+")  # a web address, whose characters name nothing
_PAIRED = re.compile(r"/[A-Z]{1,2}$| [A-Z](?:/[A-Z]){1,2}$")  # the second of a pair of variants: "F-5E/F"; or both, spaced: "F-5 E/F"
_MAKER = re.compile(rf"(?<![\w/-])({CAPITALISED}) $")
_ORDINAL = re.compile(r"(?<![\w-])(\d{1,2}(?:st|nd|rd|th)) $")
_MAKER_AND_NUMBER = re.compile(rf"(?<![\w-])(?P<maker>{CAPITALISED}(?: {CAPITALISED})?) \d{{1,4}} $")
_LETTERS = re.compile(r"[A-Za-z]+")  # a designation's letters ("Ke" of "Ke-25")
_CAPITALS = re.compile(r"[A-Z]{4}")  # a quick test before the pattern for a name in capitals
# A mark after a system's name: "Mk 2", "Mk1A", "MK-1A", "Mark IV".
_MARK = r"(?:M[Kk][.-]?\s?|Mark\s)(?:\d{1,2}[A-Z]?|[IVX]{1,4})(?![\w/+-])"
_MARKED = re.compile(rf"\s{_MARK}$")
# An aircraft's registration (its country's prefix of a figure and a letter), then its model in brackets: "8R KNU (Kest 429)".
_REGISTERED_MODEL = re.compile(r"(?<![\w-])(?:\d[A-Z]|[A-Z]\d)[ -][A-Z]{3}\s+\((?P<model>[A-Z][a-z]+\s+\d{2,4}[A-Z]{0,3})\)")
_SLASHED_MARK = re.compile(r"(?<![\w/-])(?P<system>[A-Z][a-z]{3,}) [A-Z]/[A-Z](?![\w/-])")
# Words ordinary prose letters so ("Plan A/B", "Phase C/D"): no system's.
_LETTERED_WORDS = {"Plan", "Phase", "Group", "Section", "Type", "Class", "Grade", "Level", "Option", "Part", "Team",
                   "Side", "Track", "Stage", "Category", "Schedule", "Annex", "Appendix", "Zone", "Area", "Sector",
                   "Division", "Lane", "Gate", "Pier", "Block", "Wing", "Unit", "Line", "Route", "Exhibit"}
_NAME_WORDS = (r"[a-z]+(?:[A-Z][a-z]+)?(?:\s+(?:(?:de|da|del|di|van|von)\s+)?[A-Z][a-z]+)?"  # ("the Charles de Gaulle carrier")
               # "Brimstone III", "Kestrel Mk 2", "Kest Air 360i", "Kest 412 EPX", "Kest 412-EPX", "Kest 412 Epx"
               rf"(?:\s(?:\d{{1,4}}(?:[A-Z]{{1,4}}(?![a-z])|[a-z](?![a-z]))?(?!\s?mm\b)(?:[ -](?:[A-Z]{{2,4}}|[A-Z][a-z]{{2}})(?![\w-]))?"
               rf"|[IVX]{{1,4}}(?![\w-])|{_MARK}|(?!AA)[A-Z]{{2}}(?![\w-])|[A-Z](?![\w.'’-])))?")  # (not a calibre: "155 mm"; "Kestrel MX": a variant's letters, not "AA"; "Kestrel B")
_NAMED_BY_CATEGORY = re.compile(rf"(?P<name>{CAPITAL_START}{_NAME_WORDS})\s+(?P<category>{_CATEGORY})")
# Names that share the category after them: "Kestrel II and Osprey missiles", "Kestrel, Osprey or Hawk jets".
_LISTED_BEFORE = re.compile(rf"(?<![\w-])(?P<name>[A-Z]{_NAME_WORDS})(?:,|\s+and|\s+or)\s+$")
# A name in capitals after its category: "the anti-radiation missile RUDRAM", "the fighter jet
# named (X)", "the combat aircraft, X,"; or in apposition to one, with a word to describe it:
# "X, its first combat aircraft", "Named X, the new warplane" (but not "X, the boats").
# A system's name in capitals and small letters right after "the ... system" or "complex", before "and" or
# a clause's end: "the anti-missile system Kestrel and the military complex Varno".
_NAMED_AFTER_SYSTEM = re.compile(r"\bthe\s+(?:[a-z][\w-]*\s+){0,2}(?:system|complex)\s+(?P<name>[A-Z][a-z]{3,})(?=\s+and\b|\s*[,.;]|$)")
_CLAUSE_VERB = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|must|should|does|did)\b")
_CAPITALS_AFTER_CATEGORY = re.compile(
    rf"\b(?:{any_of(CATEGORY_NOUNS)})(?:\s+|,\s+|\s+named\s+\(?|\s+called\s+\(?)(?P<name>[A-Z]{{4,8}})(?![\w-])"
    rf"|(?<![\w-])(?P<named>[A-Z]{{4,8}}),\s+(?:its|the|a|an)\s+(?:[\w-]+\s+){{1,3}}?(?:{any_of(CATEGORY_NOUNS)})\b")
# Names listed after their category: "fighters such as the Kestrel, Osprey II and F/A-7", "launchers
# including the KX-9"; a name said to be made by someone ("Kestrel, made by Velmar"), or after the
# country that made it ("the Ruritanian-built KX-9", "the French produced VL KEST").
_ITEM = r"(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?)?[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,2}(?:\s\d{1,3}(?!\w|[.,]\d))?"  # ("the Kestrel 3")
_LISTED_AFTER = re.compile(rf"\b(?:{any_of(CATEGORY_NOUNS)}),?\s+(?:such\s+as|including|like)\s+"
                           rf"(?P<items>{_ITEM}(?:,\s+{_ITEM})*(?:,?\s+(?:and|or)\s+{_ITEM})?)")
# (a system listed after its maker's or country's possessive is the name after it: "Velmar's Kestrel")
_ITEM_WORDS = re.compile(rf"(?<![\w/-])(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?)?(?P<name>[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){{0,2}}"
                         rf"(?:\s\d{{1,3}}(?!\w|[.,]\d))?)")
_MADE_BY = re.compile(rf"(?P<name>{CAPITAL_START}(?<!/[A-Z])[\w/-]*(?:\s+[A-Z][\w/-]*){{0,2}}),\s+(?:made|produced|built"
                      rf"|manufactured|developed|designed)\s+by\b")
_MADE_IN = re.compile(r"\b(?:[A-Z][a-z]+|U\.?S\.?)[- ](?:made|produced|built|manufactured|developed|designed)\s+"
                      r"(?P<name>[A-Z][\w/-]*(?:\s+[A-Z][\w/-]*){0,2}(?:\s\d{1,3}(?![\w,]|\.\d)(?:\s+[A-Z][\w/-]*){0,2})?)"
                      r"(?![\w/-]|\s+[A-Z]|\s\d{1,3}(?![\w,]|\.\d))")  # (all of a name, or none: "Kest-made KT 11 Brave Lion")
# A name a category is given: "the aircraft, called Kestrel in Ruritania", "a drone known as Vela".
_CALLED = re.compile(rf"\b(?:{any_of(CATEGORY_NOUNS)}),?\s+(?:also\s+)?(?:called|named|dubbed|known\s+as)\s+[\"“']?"
                     rf"(?P<name>{CAPITAL_START}[a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")
# Another name of a system, right after it or its category: "..., formerly known as the X", "jet (also called X)".
# ("30 KX-8 IFVs, called Kestrel": a name the category is given, right after the system's)
_KNOWN_AS = re.compile(r"(?P<between>(?:\s+[A-Za-z][\w-]*){0,3}?),?\s+\(?(?:(?:formerly|previously|originally|also|once)\s+)?"
                       r"(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?")
# A system's other name after a slash: "KX-21/VFX".
_SLASHED_NAME = re.compile(r"/(?P<name>[A-Z]{3,5})(?![\w/-])")
_NOT_EQUIPMENT = {"Soviet", "Allied", "Enemy", "Army", "Navy", "Fleet", "Force", "Forces", "Ministry", "Air",
                  "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "One", "Several", "Most",
                  "New", "Old", "Modern", "Older", "Newer", "Advanced", "Long", "Short", "Medium", "Heavy", "Light",
                  "Lot", "Batch", "Tranche", "Block", "Phase", "Stage", "Flight", "Article", "Resolution", "Part",
                  "Chapter", "Section", "Unit", "Units", "Brigade", "Division", "Group", "Squadron", "Wing", "Regiment",
                  "Generation", "Next-Generation", "Next-generation",  # "Fifth Generation fighter jets"
                  "Project", "Programme", "Program",  # ("three Project Kest corvettes": the programme names the class)
                  "Worth", "Valued"}  # (a headline's words after a system: "4 KX-9 Kestrels Worth 20 Million")
# "USS Frank E. Petersen" (a picture's credit after a name in a caption is no word of it: "HMS Kest Credit: ...")
_SHIP_WORD = rf"(?:[A-Z]\.|(?!(?:Credit|Photo|Picture|Image|Source)\b){CAPITALISED})"
_SHIP = re.compile(
    rf"\b(?P<kind>{any_of(SHIP_NOUNS)})\s+(?P<name>{_SHIP_PREFIX}(?:/[A-Z])?\s+{CAPITALISED}(?:\s+{_SHIP_WORD}){{0,3}}|"
    rf"{CAPITALISED}(?:\s+{_SHIP_WORD}){{0,2}})"
    rf"|(?<![\w-])(?P<prefixed>{_SHIP_PREFIX}(?:/[A-Z])?\s+{CAPITALISED}(?:\s+{_SHIP_WORD}){{0,3}})"  # ("PNS/M X": a submarine)
    rf"|(?<![\w-])(?P<quoted_prefix>{_SHIP_PREFIX})\s+[‘'“\"](?P<quoted>{CAPITALISED}(?:\s+{_SHIP_WORD}){{0,2}})[’'”\"]"  # "KNS ‘Varno’"
)
_PENNANT = re.compile(r"[A-Z]{1,2} \d{2,4}(?![\w-])")  # "the frigate P 625": its pennant number
# A ship named beside its noun, set off by commas or after "named": "The first vessel, KESTREL, was
# delivered", "The last vessel in the class, named Varno, was handed over" (in capitals, or not).
# (an Arabic name's article before it: "the final ship, Al Kestrel,")
_SHIP_NAME = r"(?:(?:Al|El)[- ])?[A-Z][A-Za-z]{2,}(?:\s+[A-Z][A-Za-z]+)?"
_SHIP_APPOSED = re.compile(r"\b(?i:vessel|ship|warship|frigate|corvette|submarine|destroyer|boat)(?:\s+(?:in|of)\s+the\s+(?:class|series))?"
                           rf",\s+(?:named\s+|the\s+)?[‘'“\"]?(?P<name>{_SHIP_NAME})[’'”\"]?(?=,|\s+(?:was|is|has)\b)"
                           # or between dashes after it, or as "the name of" one: "another patrol ship – Kestrel –",
                           # "Kestrel is the name of the new patrol ship"
                           r"|\b(?:vessel|ship|warship|frigate|corvette|boat)\s+[–—]\s+(?P<dashed>[A-Z][A-Za-z]{2,}(?:\s+[A-Z][A-Za-z]+)?)\s+[–—]"
                           r"|(?<![\w-])(?P<named>[A-Z][A-Za-z]{2,}(?:\s+[A-Z][A-Za-z]+)?)\s+(?:is|was)\s+the\s+name\s+of\s+the\s+(?:[a-z]+\s+){0,2}"
                           r"(?:vessel|ship|warship|frigate|corvette|boat)\b"
                           # or before its noun set off by commas: "Kestrel, the second Varno Class corvette, ..."
                           rf"|(?<![\w-])(?P<before>{_SHIP_NAME}),\s+(?:the|a|an)\s+(?:(?:first|second|third|fourth|fifth|last|final|lead|new|sister)\s+)?"
                           r"(?:[A-Z][\w-]*\s+){1,3}(?:[Cc]lass\s+)?(?:vessel|ship|warship|frigate|corvette|submarine|destroyer)\b"
                           # or listed after the noun's plural: "two other warships, Kestrel and Varno, ..."
                           rf"|\b(?:vessels|ships|warships|frigates|corvettes|submarines|destroyers|cutters),\s+(?P<listed>{_SHIP_NAME}(?:,\s+{_SHIP_NAME})*,?\s+and\s+{_SHIP_NAME}),"
                           # or without commas after a word for ships that served: "the former cutters Kestrel Island and Varno"
                           rf"|\b(?:former|decommissioned|retired)\s+(?:vessels|ships|warships|frigates|corvettes|submarines|destroyers|cutters)\s+"
                           rf"(?P<former>{_SHIP_NAME}(?:,\s+{_SHIP_NAME})*,?\s+and\s+{_SHIP_NAME})(?![\w-])"
                           # or by their old names: "formerly known as the Kestrel and the Varno"
                           rf"|\bformerly\s+(?:known\s+as|named|called)\s+the\s+(?P<formerly>{_SHIP_NAME}(?:,?\s+and\s+the\s+{_SHIP_NAME})?)(?![\w-])")
# A ship named in quotation marks after its noun, its kind's initials perhaps between: "the Maritime Action Ship
# (MAS) 'Kestrel'", "the vessel ‘Varno’".
_QUOTED_AFTER_NOUN = re.compile(r"\b(?:[Vv]essel|[Ss]hip|[Ff]rigate|[Cc]orvette|[Bb]oat|[Cc]utter)(?:\s+\([A-Z]{2,6}\))?\s+"
                                r"[‘'“\"](?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’'”\"](?![\w-])")
# A ship by the name it was given: "the patrol boat newly christened the Kest Varno Osprey" (a name of several words).
_CHRISTENED = re.compile(r"\b(?:christened|renamed)\s+(?:as\s+)?(?:the\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,5})(?![\w-])")
_SHIP_NAMES = re.compile(rf"(?!and\b|the\b){_SHIP_NAME}")
# or right after its noun, a verb after the name: "my old vessel Kestrel was sunk", "sister-ship Varno served"
_SHIP_BEFORE_VERB = re.compile(r"\b(?:vessel|ship|sister[- ]ship)\s+(?P<name>[A-Z][a-z]{2,})(?=\s+(?:was|is|served|sank|sailed|has|had)\b)")
_HULL = re.compile(r"\s*,?\s*\((?P<hull>[A-Z]{2,4}[ -]?\d{1,4})\)")  # "USS Carney (DDG 64)": its hull number
# Ships given their names in a list: "the four boats will be named Kest, Varno ("Falcon") and Osprey"
# (each in quotation marks, or not: "The vessels, named ‘Kest’ and ‘Varno’").
_SHIPS_NAMED = re.compile(r"\b(?:ships|submarines|subs|boats|vessels|frigates|corvettes|destroyers)\b[^.;:]{0,40}?\bnamed\s+"
                          r"(?P<items>(?:[‘'“\"]?[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?[’'”\"]?(?:\s+\([\"“]?[A-Z][\w ]*?[\"”]?\))?,?\s+){1,8}and\s+"
                          r"[‘'“\"]?[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?[’'”\"]?(?:\s+\([\"“]?[A-Z][\w ]*?[\"”]?\))?)")
# (a name of two words: "named Kest and Varno Bay")
_SHIP_ITEM = re.compile(r"(?P<name>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?:\s+\([\"“]?(?P<other>[A-Z][\w ]*?)[\"”]?\))?")
_SHIP_WORDS = SHIP_NOUNS + SHIP_PREFIXES + ("HM",)
# Ships listed with their hull numbers, where the paragraph speaks of ships: "the three submarines -
# Kestrel (S41), Osprey (S42) and Falke (S43)".
_HULLED = re.compile(rf"(?<![\w-])(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?)\s+\((?P<hull>[A-Z]{{1,3}}[ -]?\d{{2,4}})\)"
                     rf"(?=\s*(?:,|and\b|or\b|[-–—]|\.|$))")
_CLASS = re.compile(rf"(?P<name>{STANDALONE}(?:\s+{CAPITALISED})?-[Cc]lass)(?:\s+(?P<category>{_CATEGORY}))?")
# Words that make "-class" an adjective of rank, no ship's class.
_RANKING_WORDS = {"World", "First", "Second", "Third", "Top", "High", "Middle", "Working", "Business", "Economy", "Upper",
                  "Lower", "Best", "Heavyweight", "Lightweight"}
# A class named without a hyphen and without its category: "the Kestrel class, another ...", "62
# Osprey class SSNs", "the more powerful Kestrel class" (not "the working class", "the political class").
_CLASS_ALONE = re.compile(rf"(?:\b[Tt]he|\b[Aa]n?|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir|\b\d{{1,3}})\s+(?:(?:more|most|new|newer|larger|smaller|older|powerful|modified|ageing|aging|"
                          rf"[\w.]+-(?:built|made))\s+){{0,2}}(?P<name>{CAPITAL_START}[a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Cc]lass\b"
                          rf"(?!\s+(?:of|action|war|struggle|system|society|consciousness|divide)\b)")
# A class named in quotation marks, its noun apart: "the ‘Kestrel’ class stealth destroyer".
# A ship by its pennant number: "with pennant number P61", "the former Kest Navy P62".
_BY_PENNANT = re.compile(r"(?:\bpennant\s+(?:number|no\.?)\s+|\b(?:Navy|Naval\s+Service)\s+(?=[A-Z]\d{2,3}(?![\w-])))"
                      r"(?P<name>[A-Z]{1,3}-?\d{1,4})(?![\w-])")
# A craft said to be "of X origin", its kind's word after its name perhaps: "the Kestrel Patrol, of German origin",
# "the Kest 228 air force, of German origin" (as machine translations write them).
_OF_ORIGIN = re.compile(rf"\bthe\s+(?P<name>{CAPITALISED}(?:\s+\d{{2,4}}[A-Z]?)?)(?:\s+(?:[A-Z][a-z]+|[a-z]+(?:\s+[a-z]+)?))?"
                        rf",?\s+of\s+(?P<people>{CAPITALISED})\s+origin\b")
# A model whose letters begin its maker's name, written without a hyphen: "Kestwerk Ke228", "Dornier Do228".
_MAKERS_LETTERS_MODEL = re.compile(rf"(?P<maker>{CAPITAL_START}[a-z]{{3,}})\s+(?P<model>(?P<letters>[A-Z][a-z]?)\d{{2,4}}[A-Z]?)(?![\w-])")
_LETTERS_THEN_NUMBER = re.compile(r"\s[A-Z][a-z]?\d\d")  # (a quick test before the pattern)
# A patrol vessel's or boat's model by its kind's initials and its length, perhaps its ship's name in quotation
# marks after it: "the first OPV 58S ‘Kestrel’", "an FPB 98", "a Kestrian OPV 45".
_KIND_AND_LENGTH = re.compile(r"(?<![\w-])(?P<model>(?:OPV|FPB|FPV)\s?\d{2,4}[A-Z]?)(?![\w-])"
                              rf"(?:\s+[‘'“\"](?P<ship>{CAPITALISED}(?:\s+{CAPITALISED})?)[’'”\"](?![\w-]))?")
_QUOTED_CLASS = re.compile(rf"[‘'\"“](?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)[’'\"”]\s+class\s+(?P<category>{_CATEGORY})")


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’')]*\s+|[\"“(]\s*)$")


def _sentence_start(text: str, offset: int) -> bool:
    return bool(_SENTENCE_START.search(text, max(0, offset - 4), offset))


def _named_mid_sentence(text: str, word: str) -> bool:
    """Whether `word` stands capitalised in `text` elsewhere than at a sentence's start, or has a
    capital or digit inside it ("BrahMos"): a name, not a word capitalised by its place."""
    if any(c.isupper() or c.isdigit() for c in word[1:]):
        return True
    return any(not _sentence_start(text, m.start()) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


_OWNER = re.compile(rf"(?<![\w-])({CAPITAL_START}[a-z]+'s) $")  # a possessive right before a name


def _owned_name(text: str, owner: str, name: str, taken: set[str]) -> bool:
    """Whether a possessive is part of the name after it: its owner names nothing else known
    (not "Israel's Arrow", "Boeing's Apache" where Boeing is a body) and the name never stands
    without it in the text ("David's Sling", never "the Sling")."""
    word = owner.removesuffix("'s")
    if word in taken or word in countries() or is_plain_word(word) or is_demonym(word):
        return False
    alone = re.finditer(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", text)
    return all(text.endswith(f"{owner} ", 0, m.start()) for m in alone)


# Words that describe a kind of weapon or vehicle in title case ("M1117 Armored Security Vehicles",
# "Maritime Patrol Aircraft"): no name of one system.
KIND_WORDS = {"armored", "armoured", "security", "personnel", "infantry", "fighting", "combat", "reconnaissance",
              "utility", "transport", "attack", "light", "heavy", "medium", "main", "battle", "amphibious", "tactical",
              "multirole", "multi-role", "trainer", "surveillance", "patrol", "special", "wheeled", "tracked",
              "maritime", "airborne", "early", "warning", "electronic", "warfare", "anti-submarine"}
# A kind's words in capitals after a model's name: "... Lightning II Joint Strike Fighter".
_KIND_PHRASE_WORDS = KIND_WORDS | {"joint", "strike", "multiple", "rocket"}  # ("... Multiple Rocket Launcher Systems")
_KIND_IN_CAPITALS = re.compile(rf"(?:\s+{any_of(sorted(w.capitalize() for w in _KIND_PHRASE_WORDS))})*"
                               rf"\s+{any_of(sorted(c.capitalize() for c in CATEGORY_NOUNS if c.islower()))}\b")


_PLACE_KINDS = {kind.rpartition(" ")[2] for kind in FEATURES if kind.rpartition(" ")[2][0].isupper()}  # ("Aerodrome", "Base", "Port")


def _proper_words(proper: str | None, taken: set[str]) -> str | None:
    """The words of a proper name after a designation, up to the first that cannot be one
    ("F-35 Joint Strike Fighter", but "Su-35 Russian", "S-400 Putin", "F-16 Block 70" have none)."""
    if not proper or all(w.lower() in KIND_WORDS or w.lower() in _CATEGORY_LOWER for w in proper.split()):
        return None
    if proper.rpartition(" ")[2] in _PLACE_KINDS:
        return None  # "Kest Air Corps KC295 Varno Aerodrome": a caption's place after the model, no name of it
    kept = []
    for word in proper.split():
        word = word.removesuffix("'s")
        if is_plain_word(word) or is_demonym(word) or word in taken or _IS_DESIGNATION.fullmatch(word) \
                or word in countries() or word in _NOT_EQUIPMENT or word in CLASS_ACRONYMS or word in _CATEGORY_SET:
            break  # ("EL/M 2052 AESA radar": a kind of radar, no name of the model's; "KX-8 IFVs" its category)
        kept.append(word)
    return " ".join(kept) or None


# What names a variant after a system's name: "Gripen E/F", "F-16 C", "F-16 Block 70", "Eurofighter
# Tranche 3", "Type 45 Flight II", "Harpoon Mk 2". A lone "A" or "I" is a word, not a variant.
_VARIANT = (rf"(?:(?:(?:{'|'.join(sorted(_BATCHES))})[\s-](?:\d{{1,3}}[A-Z]?(?:/\d{{1,3}})?\+?|[IVX]{{1,4}})"  # ("Block 70/72")
            rf"|{_MARK}|[A-Z]/[A-Z]|[A-Z]{{1,3}}\d{{1,2}}[A-Z]?|[B-HJ-Z](?!\.\d))(?![\w/+-])"
            r"|[A-Z]{1,2}\.\d{1,2}(?=s?(?![\w/+-])))")  # "Kestrel C.2", and its plural "Kestrel C.2s"

# (the space first, which `re` scans for; then what it follows)
_VARIANT_AFTER = re.compile(rf"\s(?<=[\w)]\s){_VARIANT}")
_WORD_BEFORE = re.compile(r"[\w-]")
_MODEL_VARIANT = re.compile(r"\d[A-Z]")  # "F-16C", "RGM-84L": a designation that names a variant already


def find_systems_alone(text: str, systems: set[str]) -> list[Found]:
    """A system the article knows only by its variants ("Kestrel Mk1A jets"), where it stands alone
    ("the Kestrel programme")."""
    found = []
    for system in sorted(systems):
        for match in re.finditer(rf"(?<![\w-]){re.escape(system)}(?![\w-])", text):
            if not _VARIANT_AFTER.match(text, match.end()):
                found.append(Found(system, "equipment", "system of a variant", match.start(), match.end()))
    return found


# A system's designation in brackets after its name: "the Kestrel 140 (KS140)", "the Kestrel 140 (KS-140)".
_BRACKETED_DESIGNATION = re.compile(r" \((?P<designation>[A-Z]{1,4}-?\d{1,4}[A-Z]{0,2})\)")


def find_bracketed_designations(text: str, systems: set[str]) -> list[Found]:
    """A system the article names, with its designation in brackets after it: one system by both names."""
    found = []
    for system in sorted(systems) if "(" in text else ():
        at = text.find(f"{system} (")
        while at >= 0:
            bracket = _BRACKETED_DESIGNATION.match(text, at + len(system))
            if bracket and bracket["designation"] != system and not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")):
                found.append(Found(system, "equipment", "designation in brackets", at, bracket.end(),
                                   (bracket["designation"],)))
            at = text.find(f"{system} (", at + 1)
    return found


_NUMBERED_SYSTEM = re.compile(r"(?P<word>[A-Z][a-z]{2,}) \d{1,3}[A-Z]?")


# An airframe's or a vehicle's own number, written as a model is: "tail number M-1001", "the tail
# numbers K-101, K-105 and K-108".
_SERIAL = r"[A-Z0-9]{1,4}-?\d{2,5}[A-Z]?"
_TAIL_NUMBERS = re.compile(rf"\b(?:tail|serial|registration)\s+(?:numbers?|nos?\.)\s*:?\s+(?P<numbers>{_SERIAL}"
                           rf"(?:(?:,\s*|,?\s+and\s+){_SERIAL})*)")


def tail_numbers(texts: list[str]) -> set[str]:
    """The numbers an article gives as one airframe's or vehicle's own: no model anywhere in it."""
    return {number for text in texts if "number" in text or " no" in text for match in _TAIL_NUMBERS.finditer(text)
            for number in re.findall(_SERIAL, match["numbers"])}


def find_siblings(texts: list[str], systems: set[str]) -> list[list[Found]]:
    """A system the article names by a word and a number ("the Kestrel 2 tanks") has siblings by that
    word and another number ("the Kestrel 3 programme"): systems too. (For each of the article's
    paragraphs, `texts`: the words are the article's.)"""
    words = sorted({m["word"] for s in systems if (m := _NUMBERED_SYSTEM.fullmatch(s))})
    return [[Found(match.group(0), "equipment", "sibling of a system", match.start(), match.end())
             for word in words if word in text
             for match in re.finditer(rf"(?<![\w-]){word} \d{{1,3}}[A-Z]?(?![\w-])", text) if match.group(0) not in systems]
            for text in texts]


_COORDINATED_NAME = r"[A-Z][a-z]{2,}"  # (one word: a list's two-word item may be a maker, "X and Kest Ocean")


# (or a list's: "the Kestrel, Falcon and Osprey", "Falcon, Osprey and the Kestrel")
_JOINED_AFTER = re.compile(rf"(?:,\s+{_COORDINATED_NAME}){{0,4}},?\s+and\s+{_COORDINATED_NAME}(?=\s+[a-z]|\s*[)\],.;:]|$)")
_JOINED_BEFORE = re.compile(rf"(?<![\w-]){_COORDINATED_NAME}(?:,\s+{_COORDINATED_NAME}){{0,4}},?\s+and\s+$")
_LISTED_NAME = re.compile(_COORDINATED_NAME)


def find_coordinated(texts: list[str], systems: set[str], taken: list[set[str]]) -> list[list[Found]]:
    """A word joined by "and" to a system the article names is a system too ("the Kestrel and Falcon
    squadrons", "(Falcon and Kestrel)"), unless it names other things (`taken`, for each of the
    article's paragraphs `texts`). (Each system is looked for as a string, and the words around it
    by two small patterns: a pattern of the article's systems would be built for each article.)"""
    found: list[list[Found]] = []
    for text, words in zip(texts, taken):
        joined: dict[tuple[int, int], str] = {}
        for system in systems if " and " in text else ():
            at = text.find(system)
            while at >= 0:
                end = at + len(system)
                if not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")) \
                        and not (end < len(text) and (text[end].isalnum() or text[end] in "_-")):
                    after = _JOINED_AFTER.match(text, end)
                    before = _JOINED_BEFORE.search(text, max(0, at - 80), at)
                    for match, side in ((after, "after"), (before, "before")):
                        for name in _LISTED_NAME.finditer(text, *match.span()) if match else ():
                            joined[name.span()] = side
                at = text.find(system, at + 1)
        found.append([])
        for (start, end), side in sorted(joined.items()):
            name = text[start:end]
            if side == "before" and _ends_a_longer_name(text, start):  # its maker before it: "the Kest Falcon and X"
                maker = _MAKER.search(text, max(0, start - 40), start)
                name, start = (f"{maker[1]} {name}", maker.start(1)) if maker else (name, start)
            if name.split()[-1] not in systems and not any(w in words for w in name.split()) and not is_plain_word(name.split()[-1]) \
                    and not is_demonym(name) and name not in countries() and not is_title_word(name.split()[-1]) \
                    and name.split()[-1] not in _NOT_EQUIPMENT and not _ends_a_longer_name(text, start):  # (not "Kest Combat Ships and X")
                found[-1].append(Found(name, "equipment", "joined to a system", start, end))
    return found


def find_variants(text: str, systems: set[str]) -> list[Found]:
    """Variants named after a system the article names ("the F-16 and the F-16 Block 70"): each is
    equipment of its own, which says what it is a variant of; after a model that names a variant
    already ("F-16C Block 50"), another spelling of that model."""
    found = []
    for match in _VARIANT_AFTER.finditer(text) if systems else ():  # few in a paragraph: test each system
        system = max((name for name in systems if text.endswith(name, 0, match.start())
                      and not (match.start() > len(name) and _WORD_BEFORE.match(text, match.start() - len(name) - 1))),
                     key=lambda name: (len(name), name), default=None)  # the longest: "AGM-9L Kestrel", not "Kestrel"
        if not system:
            continue
        start, written = match.start() - len(system), text[match.start() - len(system):match.end()]
        if _MODEL_VARIANT.search(system.split()[0]):  # "RGM-84L-4 Harpoon Block II": the model names the variant
            found.append(Found(system, "equipment", "variant", start, match.end(), (written,)))
        else:
            found.append(Found(written, "equipment", "variant", start, match.end(), (), (("variant of", system),)))
    return found


@lru_cache(maxsize=None)  # few distinct phrases, and singularize tries dozens of patterns
def _category(words: str | None) -> tuple[tuple[str, str], ...]:
    if not words:
        return ()
    words = " ".join(words.split())
    return (("category", inflection.singularize(words) if not words.endswith("aircraft") else words),)


class _Named(NamedTuple):
    """A name its category follows (directly, or after the names listed with it)."""

    name: str
    category: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.name)


# Systems listed together, one of them a model's designation, so the others too: "Kestrel, Osprey
# and KX-17 are superior to the Falke 2000", "beating Kestria's Falke, Varno's KX-17 and Osprey's
# Hawk", "Kestwerk Aviation's Falke, Velmar's KX/B-18 Super Osprey and the Kestrel" (each after its
# maker's or country's possessive, or "the").
_LIST_OWNER = r"(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’‘]s\s+"
_LISTED = rf"(?:{_LIST_OWNER})?[A-Z][\w/-]*(?:\s+(?:[A-Z][\w-]*|\d{{2,4}}[A-Z]?)){{0,2}}(?:\s+\([A-Z][\w-]*\))?"  # (its other name in brackets)
# (the last after "the" where the list ends: not "the KX-9 and the Kest Marketing team")
_LIST = re.compile(rf"(?<![\w'’‘/-])(?=[A-Z]){_LISTED}(?:,\s+(?:the\s+)?{_LISTED})*,?\s+(?:and|or)\s+"
                   rf"(?:the\s+{_LISTED}(?=\s*[.,;:)]|$)|{_LISTED}(?![\w-]))")
# A fleet listed by counts: "five Kestrels, four KX8, two KM18 and two KY-12".
_COUNTED_LIST = re.compile(rf"\b{COUNT}\s+{_LISTED}(?:,\s+{COUNT}\s+{_LISTED})+,?\s+(?:and|or)\s+{COUNT}\s+{_LISTED}(?![\w-])")
_LIST_SEPARATOR = re.compile(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# An inventory's list that goes on after its category to the sentence's end: "..., X and Kest helicopters,
# Varno Caravan, Osby DA 42."
_LIST_GOES_ON = re.compile(rf"\s+{any_of(CATEGORY_NOUNS)},\s+(?P<items>{_LISTED}(?:,\s+{_LISTED})*)(?=\s*[.;]|$)")
_ITEMS_GOING_ON = re.compile(r"[^,\s][^,]*")
# What opens or closes a list's item around the system's name: a count, "the", an owner, another name in brackets.
_ITEM_NAME = re.compile(rf"(?:{COUNT}\s+)?(?:the\s+)?(?:(?P<owner>(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)['’‘]s\s+)?(?P<name>.+?)(?:\s+\([A-Z][\w-]*\))?$")


def _lists_with_a_designation(text: str, designations: list[tuple[int, int]]):
    """Each list of systems where one is a designation, looked for around the paragraph's
    designations only: its items' names and where they start, and their owners' (or None, -1)."""
    if " and " not in text and " or " not in text:
        return
    windows: list[list[int]] = []  # the stretches of text around the designations, overlapping ones joined
    for start, end in designations:
        if windows and start - 120 <= windows[-1][1]:
            windows[-1][1] = end + 120
        else:
            windows.append([max(0, start - 120), end + 120])
    for window_start, window_end in windows:
        if " and " not in text[window_start:window_end] and " or " not in text[window_start:window_end]:
            continue
        for match in [*_LIST.finditer(text, window_start, min(len(text), window_end)),
                      *_COUNTED_LIST.finditer(text, window_start, min(len(text), window_end))]:
            items, at = [], match.start()
            for separator in [*_LIST_SEPARATOR.finditer(text, match.start(), match.end()), None]:
                end = separator.start() if separator else match.end()
                item = _ITEM_NAME.match(text, at, end)
                items.append((item["name"], item.start("name"), item["owner"], item.start("owner")))
                at = separator.end() if separator else end
            more = _LIST_GOES_ON.match(text, match.end())
            for item in _ITEMS_GOING_ON.finditer(text, *more.span("items")) if more else ():
                items.append((item.group(0), item.start(), None, -1))
            if any(is_designation(item[0].split()[0].removesuffix("s")) for item in items):  # (and "KX-18 Super Heron")
                yield items


def _listed_items(text: str, designations: list[tuple[int, int]]):
    """The systems of a list of them where one is a designation (the others are checked by the caller)."""
    for items in _lists_with_a_designation(text, designations):
        for name, start, _, _ in items:
            if not is_designation(name):
                yield name, start, "listed with a designation"


def listed_owners(text: str) -> list[tuple[str, int]]:
    """The owners named before the systems of a list with a designation ("Kestwerk's Falke, Velmar
    Aviation's KX-17 and the Kestrel"): makers or countries, and where each starts."""
    if "'s " not in text and "’s " not in text and "‘s " not in text:
        return []
    designations = [m.span("designation") for m in _designated(text)]
    return [(owner, start) for items in _lists_with_a_designation(text, designations) for _, _, owner, start in items if owner]


_SHORT_DESIGNATION = re.compile(r"\s*\((?P<letters>[A-Z]{2,5})-(?P<number>\d{1,4})\)")


def _spelt_out(text: str, start: int, designation: str, end: int) -> tuple[str, int, str] | None:
    """The words before a designation of a word and a number ("Trainer-40") that its short name in
    brackets spells with it ("Kest Turbo Trainer-40 (KTT-40)"): those words, where they start, and
    the short name."""
    short = _SHORT_DESIGNATION.match(text, end)
    head, _, number = designation.rpartition("-")
    if not short or short["number"] != number or not head or short["letters"][-1] != head[0]:
        return None
    count = len(short["letters"]) - 1
    words = list(re.finditer(r"\S+", text[max(0, start - 80):start]))[-count:]
    if len(words) != count or not all(w.group(0)[0].isupper() and w.group(0)[1:].isalpha() for w in words) \
            or "".join(w.group(0)[0] for w in words) != short["letters"][:-1]:
        return None
    return " ".join(w.group(0) for w in words), max(0, start - 80) + words[0].start(), f"{short['letters']}-{number}"


# A category that says what a place or firm makes: "the Varno drone factory" names no drone.
_MAKES = re.compile(r"\s+(?:factory|factories|plant|plants|maker|makers|manufacturer|manufacturers|producer|producers|"
                    r"industry|workshop|workshops)\b")


def _named_by_category(text: str):
    """Each name a category follows, and those listed before it (up to two)."""
    for match in _NAMED_BY_CATEGORY.finditer(text):
        if _MAKES.match(text, match.end()):
            continue
        listed, before = [], match.start()
        for _ in range(2):
            earlier = _LISTED_BEFORE.search(text, max(0, before - 40), before)
            if not earlier:
                break
            listed.insert(0, _Named(earlier["name"], match["category"], earlier.start()))
            before = earlier.start()
        yield from listed
        yield _Named(match["name"], match["category"], match.start())


def _described_names(text: str, designations: list[tuple[int, int]]):
    """Names that a list after their category, or the words "made by", say are equipment; or a list
    with one of the paragraph's `designations` (their spans)."""
    if designations:
        yield from _listed_items(text, designations)
    for match in _LISTED_AFTER.finditer(text) if holds_any(text, ("such as", "including", "like")) else ():
        for item in _ITEM_WORDS.finditer(text, match.start("items"), match.end("items")):
            yield item["name"], item.start("name"), "listed after its category"
    for pattern in (_MADE_BY, _MADE_IN) if holds_any(text, ("made", "produced", "built", "manufactured", "developed",
                                                            "designed")) else ():
        for match in pattern.finditer(text):
            if match["name"].rsplit(None, 1)[-1].lower() not in CATEGORY_NOUNS:  # not "the X-made Combat System"
                yield match["name"], match.start("name"), "said to be made"


def _ends_a_longer_name(text: str, start: int) -> bool:
    """Whether the capitalised word at `start` ends a longer name ("Kest Martin" before "KX-2": the
    maker's name, not the system's)."""
    before = text[max(0, start - 30):start].split()[-1:]
    word = before[0] if before else ""
    # (not "American Kestrel KX-2", "Varno's Kestrel KX-2", "Varno-made Kestrel KX-2")
    return word[:1].isupper() and not is_plain_word(word) and not is_demonym(word) and word not in countries() \
        and not word.endswith((".", ",", ":", "'s", "’s")) and not ("-" in word and word.rsplit("-", 1)[1].islower()) \
        and not (word.isupper() and word.isalpha())  # (a maker's initials before a name: "KTMS KEMO A-200")


@lru_cache(maxsize=PARAGRAPHS_CACHED)  # read by equipment and by organisations (a model's maker)
def _designated(text: str) -> tuple[re.Match, ...]:
    return tuple(_DESIGNATED.finditer(text))


# A navy's prefix the vocabulary lacks, before a ship's name: it is a prefix where a hull number follows
# the name ("KNS Osprey (KN-1)"), or where it stands before two names the sentence joins, ships being
# spoken of ("the vessels KNS Varno and KNS Osk").
_PREFIXED = re.compile(r"(?<![\w&-])(?P<prefix>[A-Z]{2,4}) (?P<name>[A-Z][a-z]+(?:(?:-of-|\s+of\s+|[- ])[A-Z][a-z]+){0,2}|[A-Z]{4,}(?![\w-]))"
                       r"(?P<hull>\s*\([A-Z]{1,3}-?\d{1,4}\))?")
_PREFIXED_HINT = re.compile(r"\b[A-Z]{2,4} [A-Z][a-zA-Z]")
_VESSEL_WORDS = ("vessel", "vessels", "ship", "ships", "boat", "boats", "frigate", "frigates", "corvette", "corvettes",
                 "cutter", "cutters", "warship", "warships")


_PROGRAMME_NOUNS = ("Project", "Program", "Programme")  # what a ship's name never ends in, nor comes before
_PROGRAMME_NEXT = re.compile(rf"\s+(?:{'|'.join(_PROGRAMME_NOUNS)})\b", re.I)  # ("the Patrol Boat Renewal program")
_VESSEL_BEFORE = re.compile(rf"\b(?:{'|'.join(_VESSEL_WORDS)}|named)\s+(?:the\s+)?$")


def _ships_by_an_unknown_prefix(text: str) -> list[Found]:
    spoken_of = holds_any(text, _VESSEL_WORDS)
    if not (spoken_of or "(" in text) or not _PREFIXED_HINT.search(text):
        return []
    matches = [m for m in _PREFIXED.finditer(text) if not is_ship_prefix(m["prefix"])]
    if not matches:
        return []
    prefixes = Counter(m["prefix"] for m in matches)
    ships = []
    for match in matches:
        joined = prefixes[match["prefix"]] > 1 and spoken_of \
            and re.search(rf"\b{match['prefix']} [A-Z][\w -]{{1,30}}\s+and\s+{match['prefix']} [A-Z]", text)
        # (or right after a ship's noun: "the new naval vessel KNS Varno", "their vessel KDB VARNO")
        after_noun = match["prefix"] not in _COUNTRY_INITIALS and _VESSEL_BEFORE.search(text, max(0, match.start() - 20), match.start())
        # (a ship may bear a place's name: "KNS Port of Varno" is the ship, there)
        if (match["hull"] or joined or after_noun) and not any(is_plain_word(w) or is_demonym(w) or is_title_word(w) or w in ORGANIZATION_NOUNS
                                                 or w in GATHERINGS for w in match["name"].split()):  # (not "NATO Council")
            hull = match["hull"].strip(" ()") if match["hull"] else None
            ships.append(Found(f"{match['prefix']} {match['name']}", "equipment", "named ship", match.start(), match.end("name"),
                               (match["name"], *([hull] if hull else [])), (("category", "ship"),)))
    return ships


def makers_of_named_models(text: str) -> list[tuple[int, int]]:
    """The span of each word before a model named in full, by designation and name ("Kestwerk
    KX-2 Falcon jets"): the name follows the designation, so the word before it is its maker's; or
    before a designation whose letters begin the word ("Kestov Ke-25": the maker's initial letters)."""
    spans = []
    for match in _designated(text):
        start = match.start("designation")
        named = match["proper"] and _proper_words(match["proper"], set())  # (a name, not "Block" or a category)
        named = named if named and not named.isupper() else None  # (nor a variant's letters: "Kestrel M2A2 ODS")
        maker = _MAKER.search(text, max(0, start - 40), start) if any(c.isdigit() for c in match["designation"]) else None
        letters = _LETTERS.match(match["designation"])
        if maker and not named and not (letters and len(letters[0]) >= 2 and fold(maker[1]).lower().startswith(letters[0].lower())):
            continue
        if maker and not _ends_a_longer_name(text, maker.start(1)) and "-" not in maker[1] and not maker[1].endswith(("'s", "’s")) \
                and maker[1].replace(".", "") not in _COUNTRY_INITIALS \
                and not _ORDINAL.search(text, max(0, maker.start(1) - 8), maker.start(1)):
            # (not "U.S. KX-16 Block 70 jets", nor "5th Generation KX-16 Falcon jets")
            spans.append(maker.span(1))
    return spans


def find_equipment(text: str, taken: set[str], bodies: set[str] = frozenset()) -> list[Found]:
    """`taken` holds words known to name other things (places, people), which are never equipment;
    `bodies` the acronyms the article uses as organisations' anywhere."""
    found: list[Found] = []
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if "http" in text or "www." in text else []
    for match in _designated(text):
        designation, category = match["designation"], match["category"]
        if designation in CLASS_ACRONYMS:
            continue  # "C4ISR": a kind of capability, no system
        if any(start <= match.start() < end for start, end in addresses):
            continue  # ".../articles/0,7340,L-4785846,00.html": a web address's characters
        if _COMPANY_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "the joint enterprise Kest-VB": a company's name, no model
        if _BROADCASTER_AFTER.match(text, match.end("designation")):
            continue  # "the Kestia-24 TV Channel": a channel's number, no model
        if "-" in designation and any(part in countries() or part in _COUNTRY_INITIALS or is_demonym(part)
                                      or part in folded_countries() for part in designation.split("-")):
            continue  # "Japan-US alliance", "Türkiye-UK trade"
        if _AMOUNT.fullmatch(designation):
            continue  # "VT50M": fifty million in a currency's letters
        if (numbered := _NUMBER_RANGE.fullmatch(designation)) and int(numbered[2]) < int(numbered[3]):
            continue  # "patrol boats (P21-P24)": four pennant numbers, no model
        head = designation.split("-")[0]
        if head in _NUMBERED_SITES or head in _BATCHES or head.upper() in _ILLNESSES:
            continue  # "Naval Berth-1", "Gate-3": a numbered place; "Covid-19" an illness; "Block-III" a batch
        proper = _proper_words(match["proper"], taken)
        words = proper.split() if proper else []
        if len(words) > 1 and words[-1].lower() in CATEGORY_NOUNS and words[-1][:1].isupper():
            # "... for K239 Kestrel Rocket Launchers": a heading's kind in capitals, no word of the name (but a kind
            # that is all the name, "F-35 Joint Strike Fighter", stays)
            while len(words) > 1 and (words[-1].lower() in CATEGORY_NOUNS or words[-1].lower() in _KIND_PHRASE_WORDS):
                words.pop()
            if not all(w.lower() in _KIND_PHRASE_WORDS for w in words):
                proper = " ".join(words)
        kind = _KIND_IN_CAPITALS.match(text, match.end("proper")) if proper else None
        if kind:  # "F-35A Lightning II Joint Strike Fighter": the kind's words in capitals, cut by the name's length
            words = proper.split()
            while len(words) > 1 and words[-1].lower() in _KIND_PHRASE_WORDS:
                words.pop()
            proper = " ".join(words) or None
        if proper != match["proper"]:  # the category, if any, followed the words we dropped
            rest = _CATEGORY_NEXT.match(text, match.start("proper") + len(proper) if proper else match.end("designation"))
            category = rest.group(0).strip() if rest else None
        if not _IS_DESIGNATION.fullmatch(_PAIRED.sub("", designation)) and not category:
            continue  # "K2" or "HIMARS" alone may be anything; before "tanks" or "launchers" it is equipment
        if proper and designation in bodies:  # "the KDLS Varno EVO vehicles": a maker's initials, then its model
            found.append(Found(proper, "equipment", "name before category", match.start("proper"),
                               match.start("proper") + len(proper), (), _category(category)))
            continue
        if _BARE_NEEDS_CATEGORY.match(designation) and designation in taken:
            continue
        if designation in taken and text[match.start() - 1:match.start()] == "(" and text.startswith(")", match.end("designation")):
            continue  # "Ana Berg (Kest-SD)": a member's party, which organisations found
        name = f"{designation} {proper}" if proper else designation
        # (a variant's name alone is its family's: "F-16B Fighting Falcon", later "the Fighting Falcon")
        aliases = ((designation, proper) if not _VARIANT_LETTERS.search(designation) and len(proper) > 1 else (designation,)) \
            if proper else ()  # (not a variant's letter alone: "F-16 C")
        if proper and proper.endswith("s") and len(aliases) == 2:  # "F-16 Fighting Falcons": the "Fighting Falcon" too
            aliases += (f"{proper.rpartition(' ')[0]} {inflection.singularize(proper.rpartition(' ')[2])}".strip(),)
        if _ROMAN_MARK.search(designation):  # "KSS-III" is also written "KSS III"
            aliases += (designation.replace("-", " "),)
        end = match.start("proper") + len(proper) if proper else match.end("designation")
        start = match.start("designation")
        # "Bayraktar TB2": a name before a designation with a number
        maker = _MAKER.search(text, max(0, start - 40), start) \
            if any(c.isdigit() for c in designation) or _ROMAN_MARK.search(designation) else None
        if maker and not proper and _proper_words(maker[1], taken) == maker[1] and maker[1] not in _NOT_EQUIPMENT \
                and not maker[1].endswith(("'s", "’s")) and not _ends_a_longer_name(text, maker.start(1)) \
                and maker[1].replace(".", "") not in _COUNTRY_INITIALS \
                and all(part[:1].isupper() for part in maker[1].split("-")):  # not "Raytheon-made AN/TPY-2"
            name, aliases, start = f"{maker[1]} {designation}", (designation, *aliases), maker.start(1)
            if _MARKED.search(f" {designation}"):  # "Kestrel Mk-1A": a mark of the Kestrel, no model of its own
                found.append(Found(name, "equipment", "variant", start, end, (),
                                   _category(category) + (("variant of", maker[1]),)))
                continue
        other = _SLASHED_NAME.match(text, end)  # "KX-21/VFX": the same aircraft by its partner's name
        if other:
            aliases, end = (*aliases, other["name"]), other.end()
        spelt = _spelt_out(text, match.start("designation"), designation, end) if "(" in text else None
        if spelt:  # "Kest Turbo Trainer-40 (KTT-40)": the words its short name spells are its name's
            name, start = f"{spelt[0]} {designation}", spelt[1]
            aliases = tuple(dict.fromkeys((*aliases, designation, spelt[2])))
        found.append(Found(name, "equipment", "designation", start, end, aliases, _category(category)))
    for start, end, category in acronyms_before_category(text):
        if not any(text[start:end] in words for words in (taken, bodies, _COUNTRY_INITIALS, CLASS_ACRONYMS)):
            found.append(Found(text[start:end], "equipment", "acronym before category", start, end, (), _category(category)))
    for named in _named_by_category(text):
        words = named.name.split()
        if words[0] == "Class":
            continue  # "the Kest Class Patrol boats": the class, read above
        previous = text[max(0, named.start - 20):named.start].split()[-1:]
        if any("".join(w[0] for w in spelt if w[0].isupper()) in CLASS_ACRONYMS for spelt in (words, previous + words)):
            continue  # "Air Independent Propulsion systems": a kind of system, whatever is named with it
        if all(w.lower() in KIND_WORDS for w in words):
            continue  # "Maritime Patrol Aircraft": the kind's words in capitals, no name
        # (a word of titles opens a product's name before its model number: "Ground Master 200 radars")
        numbered = len(words) > 2 and re.fullmatch(r"\d{2,4}[A-Z]?", words[-1]) and words[0].lower() in TITLE_MODIFIERS \
            and words[0] not in NOT_NAMES and words[1][:1].isupper() and not is_plain_word(words[1])
        while words and not numbered and (is_plain_word(words[0]) or is_demonym(words[0]) or words[0] in _NOT_EQUIPMENT
                                          or words[0] in taken or len(words) > 1 and words[0] in COMPANY_NOUNS):
            words = words[1:]  # "Dassault Aviation Rafale jets", "General Atomics Kestrel B drones": the maker, then the system
        if len(words) == 2 and words[0] in _LETTERED_WORDS and len(words[1]) == 1:
            continue  # "Plan B missiles": a plan's letter, no system
        if not any(w[0].isupper() for w in words) or len(words) == 1 and len(words[0]) == 2 and words[0].isupper() \
                or any(w in taken or w in _NOT_EQUIPMENT or is_plain_word(w)
                                                         or is_demonym(w) for w in words[1 if numbered else 0:]) \
                or all(w.lower() in _CATEGORY_LOWER or w.lower() in KIND_WORDS for w in words):
            continue  # (nor a category's own word: "the HX Fighter jet programme")
        name = " ".join(words)
        if re.fullmatch(rf"[IVX]+|\d+[A-Z]?|Mod\s?\d{{1,2}}|{_MARK}", name):
            continue  # "Block V missiles": a number left of a batch's name; "Block 2 Mod 2 missiles" a modification's; "Mk II systems" a mark
        if len(words) == 1 and _sentence_start(text, named.end - len(name)) and not _named_mid_sentence(text, name):
            continue  # "Hypersonic missiles are ...", "Even though missiles ...": a capital for the sentence's sake
        ordinal = _ORDINAL.search(text, max(0, named.start - 8), named.end - len(name))
        numbered_by = _MAKER_AND_NUMBER.search(text, max(0, named.start - 40), named.end - len(name)) \
            if len(words) == 1 and not ordinal else None
        aliases = ()
        if ordinal:  # "the 15th Khordad air defense system"
            name = f"{ordinal[1]} {name}"
        elif numbered_by and numbered_by["maker"] not in countries() \
                and not any(w in taken or is_plain_word(w) or is_demonym(w) for w in numbered_by["maker"].split()):
            name, aliases = f"{numbered_by.group(0)}{name}", (name,)  # "Kest Marine 28 Varno boats": the maker's model by number and name
        elif name == named.name and (owner := _OWNER.search(text, max(0, named.start - 30), named.start)) \
                and not text.endswith(("the ", "The "), 0, owner.start(1)) and _owned_name(text, owner[1], name, taken):
            # (not "the Kestwehr's Varno vehicles": a body that owns them)
            name = f"{owner[1]} {name}"  # "Ferdo's Hammer air defense system"
        marked = _MARKED.search(name)  # "Kestrel Mk1A jets": a variant of the Kestrel
        variant = (("variant of", name[:marked.start()]),) if marked else ()
        if text.startswith(" class ", named.end):  # "Kestrel class submarines": the class, as "the Kestrel class" is
            found.append(Found(f"{name} class", "equipment", "ship or aircraft class", named.end - len(name),
                               named.end + len(" class"), (name, f"{name}-class"), _category(named.category)))
            continue
        found.append(Found(name, "equipment", "name before category", named.end - len(name),
                           named.end, aliases, _category(named.category) + variant))
    for match in _NAME_BEFORE_DEFINED_KIND.finditer(text) if "(" in text else ():
        kind = match["kind"].split()
        short = match["short"].rstrip("s")
        if kind[-1].lower() in CATEGORY_NOUNS and "".join(w[0] for w in kind) == short and not (
                is_plain_word(match["name"]) or is_demonym(match["name"]) or match["name"] in taken
                or _sentence_start(text, match.start("name"))):
            found.append(Found(match["name"], "equipment", "name before category", match.start("name"), match.end("name"),
                               (), _category(match["kind"].lower())))
    for match in _REGISTERED_MODEL.finditer(text) if "(" in text else ():  # "8R KNU (Kest 429)"
        found.append(Found(match["model"], "equipment", "model after its registration", match.start("model"), match.end("model")))
    for match in _SLASHED_MARK.finditer(text) if "/" in text else ():  # "Kestrel C/D": two marks of the Kestrel
        system = match["system"]
        if system not in taken and system not in _LETTERED_WORDS and not is_plain_word(system) and not is_demonym(system) \
                and system not in countries():
            found.append(Found(match.group(0), "equipment", "variant", match.start(), match.end(), (), (("variant of", system),)))
    for match in _NAMED_AFTER_SYSTEM.finditer(text) if holds_any(text, ("system ", "complex ")) else ():
        name = match["name"]  # "the anti-missile system Kestrel and the military complex Varno"
        if not (name in taken or is_plain_word(name) or is_demonym(name) or name in countries() or name in REGION_NAMES):
            found.append(Found(name, "equipment", "name after category", match.start("name"), match.end("name")))
    for match in _CAPITALS_AFTER_CATEGORY.finditer(text) if _CAPITALS.search(text) else ():
        group = "name" if match["name"] else "named"
        if group == "name" and "," in text[match.start():match.start(group)] \
                and _CLAUSE_VERB.match(text, match.end(group)):
            continue  # "components for submarines, KESTPROG is a ...": a clause's subject after the comma
        if match[group] not in taken and match[group].upper() not in CLASS_ACRONYMS and not is_ship_prefix(match[group]):
            # (not "satellites, AWACS"; nor a ship's prefix: "the boat, HMKS Varno")
            found.append(Found(match[group], "equipment", "name after category" if group == "name" else
                               "name beside its category", match.start(group), match.end(group)))
    for name, start, pattern in _described_names(text, [(f.start, f.end) for f in found if f.pattern == "designation"]):
        words = name.split()
        # (a word alone listed with designations inside a sentence is a name, if a common word too: "the KX-7, Hawk and KX-35")
        named = pattern == "listed with a designation" and len(words) == 1 and not opens_sentence(text, start) \
            and not is_title_word(words[0]) and words[0] not in _NOT_EQUIPMENT and words[0] not in NOT_NAMES
        while words and (is_demonym(words[0]) or is_plain_word(words[0]) and not named):
            words = words[1:]
        if words and words[-1] not in _NOT_EQUIPMENT and not any(  # (a unit's noun ends no system: "Kest Wing")
                w in taken or is_plain_word(w) and not named or is_demonym(w) or w in countries() or w in CLASS_ACRONYMS
                for w in words):  # not "the AESA radar"
            kept = " ".join(words)
            start += name.index(kept)
            if not any(f.start < start + len(kept) and start < f.end for f in found):  # (found by its form already)
                found.append(Found(kept, "equipment", pattern, start, start + len(kept)))
    for match in _CALLED.finditer(text) if holds_any(text, ("called", "named", "dubbed", "known as")) else ():
        words = match["name"].split()
        if not any(w in taken or w in _NOT_EQUIPMENT or is_plain_word(w) or is_demonym(w) or w in countries()
                   for w in words):
            found.append(Found(match["name"], "equipment", "name a category is given", match.start("name"),
                               match.end("name")))
    for match in _NUMBERED_CLASS.finditer(text) if "Class " in text else ():
        maker = match["maker"] if match["maker"] and match["maker"] not in taken else None
        found.append(Found(f"{maker} {match['name']}" if maker else match["name"], "equipment", "numbered class",
                           match.start("maker") if maker else match.start("name"), match.end(), (match["name"],) if maker else ()))
    for match in models_after_owners(text):
        owner, model = match["owner"], match["model"]
        if not (is_plain_word(owner) or any(w in taken or is_plain_word(w) or is_demonym(w)
                                                               for w in model.split()[:-1])):
            found.append(Found(model, "equipment", "model after its maker's possessive", match.start("model"), match.end("model")))
    for match in _OF_TYPE.finditer(text) if "type" in text else ():
        group = "after" if match["after"] else "before"
        written = match[group]
        if not (is_plain_word(written) or is_demonym(written) or written in taken or written in countries()):
            name = written.title() if written.isupper() and len(written) > 4 else written  # ("STRYKER" is the Stryker)
            found.append(Found(name, "equipment", "named as a type", match.start(group), match.end(group),
                               (written,) if name != written else ()))
    for match in _QUOTED_BEFORE_CATEGORY.finditer(text) if holds_any(text, ("”", '"')) else ():
        for name in _QUOTED_NAME.finditer(match["items"]):  # 'the "Kest" and "Varn" rocket systems'
            words = name["name"].split()
            if not any(w in taken or is_plain_word(w) or is_demonym(w) for w in words) and name["name"] not in countries():
                start = match.start("items") + name.start("name")
                found.append(Found(name["name"], "equipment", "name a category is given", start, start + len(name["name"]),
                                   (), _category(match["category"])))
    for match in _QUOTED_AFTER_SHIP_NOUN.finditer(text) if holds_any(text, ("”", '"')) else ():
        for name in _QUOTED_NAME.finditer(match["items"]):
            words = name["name"].split()
            if not any(w in taken or is_plain_word(w) or is_demonym(w) for w in words) and name["name"] not in countries():
                start = match.start("items") + name.start("name")
                found.append(Found(name["name"], "equipment", "named ship", start, start + len(name["name"]), (),
                                   (("category", "ship"),)))
    for match in _LIKENED.finditer(text) if holds_any(text, ("-type", "-style", "-like")) else ():
        group = "name" if match["name"] else "words"
        words = match[group].split()
        while words and is_demonym(words[0]):  # "a European Kest Dome-style system"
            words = words[1:]
        if len(words) + (group == "name") > 1 and not any(w in taken or is_plain_word(w) or is_demonym(w) for w in words):
            name = " ".join(words)
            found.append(Found(name, "equipment", "system likened to", match.end(group) - len(name), match.end(group)))
    for match in _NAMED_SYSTEM.finditer(text) if " System" in text else ():
        words = match["name"].split()
        first = words[0]
        if not (is_plain_word(first) or is_demonym(first) or first in countries() or is_title_word(first)
                or first.lower() in CATEGORY_NOUNS or first.endswith(("ed", "al")) or first.rsplit("-", 1)[-1].islower()
                or any(w in taken for w in words)):  # (not "the Integrated ...", "the Kest-made Combat System")
            # ("the Kest Sling Weapon System" is the Kest Sling)
            aliases = (" ".join(words[:-2]),) if words[-2] in ("Weapon", "Weapons") and len(words) > 3 else ()
            found.append(Found(match["name"], "equipment", "system named in full", match.start("name"), match.end("name"),
                               aliases))
    found += _ships_by_an_unknown_prefix(text)
    # Most paragraphs name no ship and no class.
    bases = {base.start("name") for base in shore_bases(text)}  # (a navy's bases named as its ships are)
    for match in _SHIP.finditer(text) if holds_any(text, _SHIP_WORDS) else ():
        if match["quoted"]:  # (its name is the prefix and the words: "KNS Varno")
            found.append(Found(f"{match['quoted_prefix']} {match['quoted']}", "equipment", "named ship",
                               match.start(), match.end(), (match["quoted"],), (("category", "ship"),)))
            continue
        name = (match["name"] or match["prefixed"]).removesuffix("'s")
        pennant = _PENNANT.match(text, match.start("name")) if len(name) <= 2 and match["name"] else None
        if pennant:  # "the frigate P 625" is also the "P625"
            found.append(Found(pennant.group(0), "equipment", "named ship", pennant.start(), pennant.end(),
                               (pennant.group(0).replace(" ", ""),), (("category", match["kind"]),)))
            continue
        words = name.split()
        if words[0] == "PS" and len(words) > 1 and is_title_word(words[1]):
            continue  # "PS Prince Varno": a principal secretary, his title and name, no patrol ship
        if any(is_plain_word(w) or is_demonym(w) for w in words) or name in taken or text.startswith("@", match.end()) \
                or words[-1] in _PROGRAMME_NOUNS or _PROGRAMME_NEXT.match(text, match.end("name") if match["name"] else match.end()):
            continue  # (not the half of a name a sign cuts: "the frigate Kest@rra"; nor "the Patrol Boat Renewal Project")
        kind = match["kind"] or "ship"
        start = match.start("name") if match["name"] else match.start("prefixed")
        if start in bases:
            continue  # "base HMAS Kestrel": a navy's base, named as its ships are (see places)
        hull = _HULL.match(text, start + len(name))
        found.append(Found(name, "equipment", "named ship", start, hull.end() if hull else start + len(name),
                           (hull["hull"],) if hull else (), (("category", kind),)))
    for match in _SHIPS_NAMED.finditer(text) if " named " in text else ():
        for item in _SHIP_ITEM.finditer(match["items"]):
            if item["name"] != "and" and not (is_plain_word(item["name"]) or is_demonym(item["name"]) or item["name"] in taken):
                start = match.start("items") + item.start("name")
                found.append(Found(item["name"], "equipment", "named ship", start, start + len(item["name"]),
                                   (item["other"],) if item["other"] else (), (("category", "ship"),)))
    for match in _HULLED.finditer(text) if "(" in text and holds_any(text, SHIP_NOUNS) else ():
        words = match["name"].split()
        if not any(is_plain_word(w) or is_demonym(w) or w in taken for w in words) and match["name"] not in countries() \
                and not any(f.start <= match.start() < f.end for f in found):
            found.append(Found(match["name"], "equipment", "named ship", match.start("name"), match.end(),
                               (match["hull"],), (("category", "ship"),)))
    appositions = [*_SHIP_APPOSED.finditer(text), *_SHIP_BEFORE_VERB.finditer(text)] \
        if holds_any(text, ("vessel", "ship", "Ship", "frigate", "corvette", "submarine", "destroyer", "boat", "cutter", "formerly")) else ()
    for match in appositions:
        group = next(g for g in ("name", "before", "listed", "dashed", "named", "former", "formerly") if match.groupdict().get(g))
        # (ships that served are named as ships though a place has the name: "the former cutters Kest Island and ...")
        served = group in ("former", "formerly")
        for each in _SHIP_NAMES.finditer(text, *match.span(group)):
            written = each.group(0)
            if not any(is_plain_word(w) or is_demonym(w) or w in taken and not served for w in written.split()) \
                    and written not in countries():
                name = written.title() if written.isupper() else written  # ("KESTREL", elsewhere "the Kestrel")
                found.append(Found(name, "equipment", "ship that served" if served else "named ship", each.start(), each.end(),
                                   (written,) if name != written else (), (("category", "ship"),)))
    for match in _CHRISTENED.finditer(text) if holds_any(text, ("christened", "renamed")) and holds_any(text, SHIP_NOUNS + ("boat", "cutter")) else ():
        if not is_plain_word(match["name"].split()[0]) and match["name"] not in countries():
            found.append(Found(match["name"], "equipment", "named ship", match.start("name"), match.end("name"), (), (("category", "ship"),)))
    for match in _QUOTED_AFTER_NOUN.finditer(text) if holds_any(text, ("'", "‘", "“", '"')) \
            and holds_any(text, ("essel", "hip", "rigate", "orvette", "oat", "utter")) else ():
        if match["name"] not in taken and not is_plain_word(match["name"]):
            found.append(Found(match["name"], "equipment", "named ship", match.start("name"), match.end("name"), (), (("category", "ship"),)))
    for match in _OF_ORIGIN.finditer(text) if " origin" in text else ():
        first = match["name"].split()[0]
        if is_demonym(match["people"]) and not (first in taken or is_plain_word(first) or is_demonym(first) or first in countries()
                                                 or first in ORGANIZATION_NOUNS):
            found.append(Found(match["name"], "equipment", "of an origin", match.start("name"), match.end("name")))
    for match in _MAKERS_LETTERS_MODEL.finditer(text) if _LETTERS_THEN_NUMBER.search(text) else ():
        if match["maker"].lower().startswith(match["letters"].lower()) and not is_plain_word(match["maker"]):
            found.append(Found(f"{match['maker']} {match['model']}", "equipment", "designation", match.start(), match.end(),
                               (match["model"],)))
    for match in _KIND_AND_LENGTH.finditer(text) if holds_any(text, ("OPV", "FPB", "FPV")) else ():
        before = text[max(0, match.start() - 20):match.start()].split()[-1:]
        if not before or not (before[0].islower() or is_demonym(before[0])):
            continue  # (a sentence's "OPV 71 is ...": a ship's pennant number as likely as a model's length)
        found.append(Found(match["model"], "equipment", "designation", match.start(), match.end("model"), (), (("category", "ship"),)))
        if match["ship"] and match["ship"] not in taken:
            found.append(Found(match["ship"], "equipment", "named ship", match.start("ship"), match.end("ship"), (),
                               (("category", "ship"),)))
    for match in _QUOTED_CLASS.finditer(text) if " class " in text else ():
        found.append(Found(f"{match['name']} class", "equipment", "ship or aircraft class", match.start("name"),
                           match.end("name"), (match["name"], f"{match['name']}-class"), _category(match["category"])))
    for match in _CLASS_ALONE.finditer(text) if " class" in text or " Class" in text else ():
        name = match["name"]
        if not (name in _RANKING_WORDS or any(is_plain_word(w) or is_demonym(w) or w in taken for w in name.split())
                or name in countries() or any(f.start <= match.start("name") < f.end for f in found)):
            bare = () if name in REGION_NAMES or name in countries() else (name,)  # (no alias "Pacific": the ocean's)
            found.append(Found(f"{name} class", "equipment", "ship or aircraft class", match.start("name"),
                               match.end(), (*bare, f"{name}-class", text[match.start("name"):match.end()]), (("category", "class"),)))
    for match in _BY_PENNANT.finditer(text) if holds_any(text, ("pennant", "Navy ", "Naval Service ")) else ():
        found.append(Found(match["name"], "equipment", "pennant number", match.start("name"), match.end("name"), (),
                           (("category", "ship"),)))
    for match in _CLASS.finditer(text) if holds_any(text, ("-class", "-Class")) else ():
        name = match["name"]
        if name[: -len("-class")] in _RANKING_WORDS or name.endswith("-of-class"):
            continue  # "World-class", "First-class": an adjective of rank; "Second-of-class": a ship's place in it
        first, _, rest = name.partition(" ")
        if rest and (is_demonym(first) or is_plain_word(first) or first.endswith(("'s", "’s")) or first in countries()
                     or "-" in first and first.rpartition("-")[2].islower()):  # ("US-built Kestrel-class boats")
            name = rest  # "the Ruritanian Kestrel-class", "the Navy's Kestrel-class": the class is the Kestrel-class
        bare = name[: -len("-class")]  # (no other name where it names a sea or a land: "a Pacific-class boat")
        found.append(Found(name, "equipment", "ship or aircraft class", match.end("name") - len(name), match.end("name"),
                           () if bare in REGION_NAMES or bare in countries() else (bare,),
                           _category(match["category"]) or (("category", "class"),)))
    # A fleet named after its type, owned: "the army's Kestrel fleet", "its Osprey fleet" (the type's name).
    for match in _OWNED_FLEET.finditer(text) if " fleet" in text else ():
        if not (is_plain_word(match["name"]) or is_demonym(match["name"]) or match["name"] in taken
                or match["name"] in countries() or match["name"] in REGION_NAMES or match["name"] in _FLEET_SIDES):
            found.append(Found(match["name"], "equipment", "name before category", match.start("name"), match.end("name")))
    # A kind's acronym in brackets after its words, with a name after it ("light armoured vehicles (VBMR-L)
    # Kestrel."), names no system; the name does. (Without a name after it, it may be the system's own: "a new
    # radar (KESTOR-E)".)
    for match in _KIND_ACRONYM.finditer(text) if "(" in text else ():
        if match["name"] and not (is_plain_word(match["name"]) or is_demonym(match["name"]) or match["name"] in taken):
            found = [f for f in found if not (f.start == match.start("short") and f.name == match["short"])]
            found.append(Found(match["name"], "equipment", "name before category", match.start("name"), match.end("name"),
                               (), _category(match["category"])))
    return _with_former_names(text, found)


def _with_former_names(text: str, found: list[Found]) -> list[Found]:
    """A system named, then its other name: "the KX-21, formerly known as the KX-F" is one system,
    with both names."""
    if not holds_any(text, (" known as", " called", " named", " dubbed")):
        return found
    systems = {f.start: f for f in found if f.type == "equipment"}
    for first in list(systems.values()):
        other = _KNOWN_AS.match(text, first.end)
        second = systems.get(other.end()) if other else None
        if second and first.name.lower().endswith("class") and other["between"]:
            continue  # "a Kest class patrol boat called Osprey": a ship of the class, by its own name
        if second and second is not first and second in found:
            found.remove(second)
            found[found.index(first)] = first._replace(aliases=tuple(dict.fromkeys((*first.aliases, second.name, *second.aliases))))
    return found
