"""People introduced with a title ("Russian Defense Minister Sergei Shoigu"), an appositive
("Justin Bronk, a senior research fellow at ..."), as a byline or a wire credit
("Reporting by ...; Editing by ...")."""
from __future__ import annotations

import re

from ..extract.roles import appositive_after, title_before
from .common import PARTICLES, RUN, Found, is_demonym, is_plain_word, is_title_word

# Words that make a capitalised run an organisation or a place, not a person.
NOT_PERSON_WORDS = {
    "Ministry", "Council", "Fleet", "Navy", "Army", "Forces", "Force", "Command", "Center", "Centre",
    "Institute", "Foundation", "Endowment", "Commission", "Union", "Agency", "Service", "Services",
    "Department", "Office", "Committee", "District", "Guard", "Corporation", "Company", "Group", "Alliance",
    "Organization", "Organisation", "Parliament", "Bank", "University", "News", "Times", "Post", "Press",
    "House", "State", "States", "Republic", "Federation", "Kingdom", "Sea", "Ocean", "Region", "Oblast",
    "Base", "Airfield", "Staff", "Defense", "Defence", "Foreign", "Security", "National", "International",
    "Air", "Armed", "Military", "Naval", "Federal", "Affairs", "Convention", "Treaty", "Pact", "Reuters",
}
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z]\.)$")
# "Reporting by X; Editing by Y", "Reporting by X and Y": the text right before a credited name.
_CREDIT = re.compile(r"\b(?:Reporting|Writing|Editing|Additional reporting|Compiled) by "
                     r"(?:[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?and )?$")
_BYLINE_NAME = re.compile(r"^(?:By\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+is\s+(?:a|an|the)\s")


def looks_like_name(words: list[str]) -> bool:
    if not 2 <= len(words) <= 4 or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    if len(words) - sum(w in PARTICLES for w in words) > 3:
        return False
    for word in words:
        if word in PARTICLES:
            continue
        if not _NAME_WORD.match(word) or word in NOT_PERSON_WORDS or is_plain_word(word) or is_title_word(word):
            return False
    return not is_demonym(words[0]) and not words[-1].endswith(".")


def find_people(text: str, byline_author: str | None) -> list[Found]:
    found: list[Found] = []
    for run in RUN.finditer(text):
        words = run.group(0).split()
        offsets = [m.start() + run.start() for m in re.finditer(r"\S+", run.group(0))]
        titled = [i for i, w in enumerate(words) if is_title_word(w)]
        start_index = titled[-1] + 1 if titled else 0
        name_words = words[start_index:]
        if not looks_like_name(name_words):
            continue
        start = offsets[start_index]
        end = offsets[start_index] + len(" ".join(name_words))
        if text[start:end] != " ".join(name_words):
            continue  # the run spans line breaks or double spaces: not a clean name
        name = " ".join(name_words)
        role = title_before(text, start)
        pattern = "title before name"
        if role is None:
            role, pattern = appositive_after(text, end), "appositive"
        if role is None:
            if _CREDIT.search(text[max(0, start - 80):start]):
                found.append(Found(name, "person", "wire credit", start, end))
            elif byline_author == name:
                found.append(Found(name, "person", "byline", start, end))
            continue
        found.append(Found(name, "person", pattern, start, end, (), (("role", role),)))
    byline = _BYLINE_NAME.match(text)
    if byline and looks_like_name(byline.group(1).split()):
        found.append(Found(byline.group(1), "person", "byline", 0, byline.end(1)))
    return found
