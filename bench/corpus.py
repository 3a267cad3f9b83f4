"""A deterministic, seeded synthetic corpus: news-like articles about invented equipment, officials,
organisations, places and events, with dates, titles, quotes, figures, bylines, equipment that goes by
name or designation, officials named again by surname, and a curated knowledge
base covering part of it (the rest is left to discovery)."""
from __future__ import annotations

import calendar
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "lo", "mi", "ra", "sen", "vo", "dru", "pel", "tan", "zo", "rik", "bar", "nev", "sha", "gor",
             "lin", "tu", "mar", "kes", "vel", "dan", "ori", "pa", "sto", "len", "ber", "ush", "al", "ev", "ny"]
PREFIXES = ["Su", "MiG", "Tu", "T", "S", "BMP", "Kh", "Mi", "Ka", "Yak", "Tor", "K", "HQ", "FA"]
CATEGORIES = ["main battle tanks", "air superiority fighters", "long-range bombers", "air defense systems",
              "cruise missiles", "attack helicopters", "self-propelled howitzers", "infantry fighting vehicles",
              "corvettes", "interceptors", "multiple rocket launchers", "reconnaissance drones"]
TITLES = ["Defense Minister", "Foreign Minister", "Deputy Defense Minister", "Chief of the General Staff",
          "Foreign Ministry spokeswoman", "Kremlin spokesman", "Navy commander", "President", "Prime Minister",
          "Air Force chief"]
HEADS = ["Fleet", "Ministry", "Institute", "Agency", "Council", "Command", "Foundation", "Brigade"]
FEATURES = ["region", "Sea", "training ground", "air base"]
FILLER = [
    "The move comes amid rising tensions along the border and a series of unannounced snap inspections.",
    "Analysts say the deployment is meant as a signal to neighbouring governments and to the alliance.",
    "Satellite images published last week showed new storage sites and an expanded railhead near the depot.",
    "Officials declined to say how long the units would remain in the area or how many were involved.",
    "The ministry said the drills were planned months in advance and were not directed at any country.",
    "Local residents reported convoys moving at night on the main highway towards the training areas.",
]


@dataclass
class World:
    equipment: list[tuple[str, str, str | None]]  # designation, category, name (half have one)
    people: list[tuple[str, str]]
    organizations: list[str]
    places: list[str]
    events: list[str]
    authors: list[str]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def make_world(rng: random.Random, size: int) -> World:
    def unique(make, count):
        seen: dict[str, None] = {}
        for _ in range(count * 100 + 1):  # a bound: a kind with fewer possible names than asked would loop for ever
            if len(seen) == count:
                return list(seen)
            seen.setdefault(make(), None)
        raise ValueError(f"cannot make {count} distinct names of one kind: make_world's size is too large")

    designations = unique(lambda: f"{rng.choice(PREFIXES)}-{rng.randint(10, 999)}{rng.choice(['', 'M', 'K', 'B3', 'SM'])}",
                          size)
    names = unique(lambda: _word(rng, 2) + rng.choice(["ant", "ex", "or", "is"]), (size + 1) // 2)  # as "Iskander"
    equipment = [(d, rng.choice(CATEGORIES), names[i // 2] if i % 2 == 0 else None) for i, d in enumerate(designations)]
    people = [(n, rng.choice(TITLES)) for n in unique(lambda: f"{_word(rng, 2)} {_word(rng, 3)}", size)]
    organizations = unique(lambda: f"{_word(rng, 2)} {rng.choice(HEADS)}", size // 2)
    places = unique(lambda: f"{_word(rng, 2)} {rng.choice(FEATURES)}", size // 2)
    events = unique(lambda: f"{_word(rng, 2)} {rng.randint(2015, 2025)}", size // 4)
    authors = unique(lambda: f"{_word(rng, 2)} {_word(rng, 2)}", 200)
    return World(equipment, people, organizations, places, events, authors)


def make_article(rng: random.Random, world: World, number: int, words: int | None = None) -> str:
    """One article; with `words`, paragraphs are added until it has at least that many (real news
    runs to 600-1,000), drawn as the first ones are."""
    event = rng.choice(world.events)
    place = rng.choice(world.places)
    title = f"{event.split()[0]} Drills Expand Near {place.split()[0]} as Forces Gather ({number})"
    # A dated first sentence, as news reports have: the reader takes the article's date from it.
    date = f"{calendar.month_name[rng.randint(1, 12)]} {rng.randint(1, 28)}, {rng.randint(2018, 2025)}"
    paragraphs = [f"Forces taking part in the {event} exercises moved closer to the {place} on {date}, officials said."]
    count = rng.randint(8, 12)
    while count > 0 or words and sum(len(p.split()) for p in paragraphs) < words:
        count -= 1
        kind = rng.random()
        (designation, category, proper), (name, title_words) = rng.choice(world.equipment), rng.choice(world.people)
        # Named equipment goes by its full name, its designation or its name alone ("the 9K720 Iskander",
        # "the 9K720", "the Iskander").
        designation = rng.choice([f"{designation} {proper}", designation, proper]) if proper else designation
        organization = rng.choice(world.organizations)
        if kind < 0.3:
            paragraphs.append(f"According to the {organization}, the units deployed {rng.randint(2, 40)} {designation} "
                              f"{category} to the {rng.choice(world.places)}. {rng.choice(FILLER)}")
        elif kind < 0.6:
            speaker = rng.choice([f"said {title_words} {name}", f"{title_words} {name} told reporters"])
            # Later in the paragraph the speaker goes by surname alone, as news style has it.
            paragraphs.append(f"\"The {event} exercises show that our troops are ready for any task,\" {speaker}. "
                              f"\"We will continue to strengthen the {designation} units.\" {name.split()[-1]} "
                              f"did not say when. {rng.choice(FILLER)}")
        elif kind < 0.8:
            paragraphs.append(f"{title_words} {name} said the {organization} would receive new {designation} "
                              f"{category} by the end of the year. {rng.choice(FILLER)} {rng.choice(FILLER)}")
        else:
            paragraphs.append(f"{rng.choice(FILLER)} {rng.choice(FILLER)} {rng.choice(FILLER)}")
    author = rng.choice(world.authors)
    paragraphs.append(f"{author} is a defense correspondent for the {rng.choice(world.organizations)}.")
    paragraphs.append("Image: Reuters.")
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def knowledge_base(world: World, share: float) -> list[dict]:
    """Curated entries for the first `share` of each kind of entity; discovery finds the rest."""
    def first(items):
        return items[: int(len(items) * share)]

    records = [{"id": f"eq-{i}", "name": f"{d} {n}" if n else d, "type": "equipment", **({"aliases": [d, n]} if n else {}),
                "fields": {"category": c[:-1]}} for i, (d, c, n) in enumerate(first(world.equipment))]
    records += [{"id": f"person-{i}", "name": n, "type": "person", "fields": {"role": t}}
                for i, (n, t) in enumerate(first(world.people))]
    records += [{"id": f"org-{i}", "name": o, "type": "organization"} for i, o in enumerate(first(world.organizations))]
    records += [{"id": f"place-{i}", "name": p, "type": "place"} for i, p in enumerate(first(world.places))]
    records += [{"id": f"event-{i}", "name": e, "type": "event"} for i, e in enumerate(first(world.events))]
    return records


def write_corpus(folder: Path, articles: int, seed: int = 20261125, entities: int | None = None,
                 words: int | None = None) -> Path:
    """A project folder (config, knowledge base, articles); returns its config file."""
    rng = random.Random(seed)
    world = make_world(rng, entities or max(200, min(3000, articles // 3)))
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "content" / "articles").mkdir(parents=True)
    (folder / "content" / "entities").mkdir(parents=True)
    shutil.copy(ROOT / "site_config.yml", folder / "site_config.yml")
    for number in range(articles):
        path = folder / "content" / "articles" / f"{number // 1000:02d}" / f"article-{number:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(make_article(rng, world, number, words), encoding="utf-8")
    (folder / "content" / "entities" / "base.yml").write_text(
        yaml.safe_dump(knowledge_base(world, 0.3), sort_keys=False, allow_unicode=True), encoding="utf-8")
    return folder / "site_config.yml"
