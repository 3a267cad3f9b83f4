"""Places, conservatively: countries (ISO 3166 names from pycountry), datelines ("WARSAW, Dec 6"),
named features ("Black Sea", "Kaliningrad region", "Mulino training ground", "Batajnica air base"),
"port/city of X", "based in X", and a single capitalised word after a place preposition."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

import pycountry

from ..extract.matcher import Matcher
from ..extract.text import Normalised
from ..model import Entity
from .common import CAPITALISED, Found, is_demonym, is_plain_word

# Short forms news writing uses that ISO 3166 spells otherwise.
_COMMON_FORMS = {"RU": "Russia", "TR": "Turkey", "CZ": "Czech Republic", "GB": "Britain", "US": "United States"}
_FEATURES = (r"Sea|Ocean|Strait|Gulf|Bay|Peninsula|River|Mountains|Island|Islands|region|Region|oblast|Oblast|"
             r"province|Province|training ground|air base|Air Base|airfield|naval base|Naval Base|range|port|"
             r"Valley|Desert|Plain")
_FEATURE = re.compile(rf"(?<![\w-])(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?)\s+(?P<kind>{_FEATURES})\b(?!\s+[A-Z])")
_OF = re.compile(rf"\b(?:port|city|town|village|capital|region|province|republic|island)\s+of\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?)\b")
_BASED = re.compile(rf"\bbased\s+in\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED})?)\b")
_DATELINE = re.compile(r"^(?P<name>[A-Z]{3,}(?:[ -][A-Z]{2,})*)(?:,|\s+--|\s+[-–—])")
_AFTER_PREPOSITION = re.compile(
    rf"\b(?:in|near|outside|from|to|over|across|toward|towards|around)\s+(?P<name>[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]+)?)"
    rf"(?=\s*[,.;:)]|\s+and\b|\s+[a-z]|$)")


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every spelling of a country -> the name its page uses."""
    names: dict[str, str] = {}
    for country in pycountry.countries:
        main = _COMMON_FORMS.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        for spelling in (main, country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if spelling and "," not in spelling:
                names.setdefault(spelling, main)
    return names


@lru_cache(maxsize=1)
def _country_matcher() -> Matcher:
    entities: dict[str, Entity] = {}
    for spelling, main in countries().items():
        entity = entities.get(main) or Entity(main, main, "place")
        entities[main] = dataclasses.replace(entity, aliases=(*entity.aliases, spelling) if spelling != main else entity.aliases)
    return Matcher(entities)


def find_places(text: str, other_words: set[str]) -> list[Found]:
    """`other_words` are words of people and organisations found in the same article."""
    found: list[Found] = []
    known = countries()
    for match in _country_matcher().find([Normalised(text, ())])[0]:
        spelling = text[match.start:match.end]
        found.append(Found(match.entity_id, "place", "country", match.start, match.end,
                           (spelling,) if spelling != match.entity_id else ()))
    dateline = _DATELINE.match(text)
    if dateline and dateline["name"] not in ("AP", "AFP", "UPDATE"):
        name = dateline["name"].title()
        found.append(Found(name, "place", "dateline", 0, dateline.end("name")))
    for pattern, label in ((_FEATURE, "named feature"), (_OF, "place of"), (_BASED, "based in"),
                           (_AFTER_PREPOSITION, "after a place preposition")):
        for match in pattern.finditer(text):
            words = match["name"].split()
            if any(is_plain_word(w) or is_demonym(w) or w in other_words or w.isupper() for w in words):
                continue
            name = f"{match['name']} {match['kind']}" if label == "named feature" else match["name"]
            if name in known:
                continue
            found.append(Found(name, "place", label, match.start("name"), match.start("name") + len(match["name"])))
    return found
