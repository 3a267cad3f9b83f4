"""Measures extraction on uncurated text against a hand-annotated gold set (tests/gold/, or a
user's own: an annotation file and a folder of the articles it describes): precision and recall
per entity type, quote attribution, role accuracy, spurious entity-article links and systems
split over several pages."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .discover import name_key
from .model import Article, Entity
from .pipeline import extract_all
from .readers import ReadError, read_article, with_unique_id

# Precision and recall each type must reach (None: not targeted, still reported).
TARGETS: dict[str, tuple[float | None, float | None]] = {
    "equipment": (0.95, 0.90), "person": (0.95, 0.90), "organization": (0.90, None), "place": (0.90, None),
    "event": (None, None),
}
QUOTE_TARGET = 0.90


@dataclass
class Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else 1.0


@dataclass
class Scores:
    types: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TARGETS})
    quotes_correct: int = 0
    quotes_total: int = 0
    quotes_spurious: int = 0
    roles_correct: int = 0
    roles_total: int = 0
    links: int = 0  # entity-article links found (an entity found in an article)
    spurious_links: int = 0  # of which the entity is no annotated one of its type
    split: int = 0  # annotated entities found as more than one entity in one article
    errors: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # one line for each annotated article not read, not scored

    @property
    def quote_accuracy(self) -> float:
        return self.quotes_correct / self.quotes_total if self.quotes_total else 1.0

    @property
    def role_accuracy(self) -> float:
        return self.roles_correct / self.roles_total if self.roles_total else 1.0

    @property
    def spurious_share(self) -> float:
        return self.spurious_links / self.links if self.links else 0.0

    def failures(self) -> list[str]:
        """Targets not met, one line each."""
        failed = []
        for entity_type, (precision, recall) in TARGETS.items():
            counts = self.types[entity_type]
            if precision is not None and counts.precision < precision:
                failed.append(f"{entity_type} precision {counts.precision:.2f} < {precision:.2f}")
            if recall is not None and counts.recall < recall:
                failed.append(f"{entity_type} recall {counts.recall:.2f} < {recall:.2f}")
        if self.quote_accuracy < QUOTE_TARGET:
            failed.append(f"quote attribution {self.quote_accuracy:.2f} < {QUOTE_TARGET:.2f}")
        return failed

    def table(self) -> str:
        lines = [f"{'type':<14}{'precision':>10}{'recall':>8}{'found':>7}{'gold':>6}   target (P/R)"]
        for entity_type, counts in self.types.items():
            target = "/".join("-" if t is None else f"{t:.2f}" for t in TARGETS[entity_type])
            lines.append(f"{entity_type:<14}{counts.precision:>10.2f}{counts.recall:>8.2f}"
                         f"{counts.true_positive + counts.false_positive:>7}"
                         f"{counts.true_positive + counts.false_negative:>6}   {target}")
        lines.append(f"quotes attributed correctly: {self.quotes_correct}/{self.quotes_total} = {self.quote_accuracy:.2f}"
                     f" (target {QUOTE_TARGET:.2f}); quotes not in the gold set: {self.quotes_spurious}")
        lines.append(f"roles as stated: {self.roles_correct}/{self.roles_total} = {self.role_accuracy:.2f}")
        lines.append(f"spurious entity-article links: {self.spurious_links}/{self.links} = {self.spurious_share:.3f};"
                     f" annotated entities split over several pages in one article: {self.split}")
        if self.unread:
            lines.append(f"annotated articles not read, so not scored: {len(self.unread)}")
        return "\n".join(lines)


def _keys(entity: Entity) -> set[str]:
    return {name_key(n) for n in (entity.name, *entity.aliases)}


def _gold_keys(name: str) -> set[str]:
    return {name_key(n) for n in name.split("|")}


class AnnotationError(ValueError):
    """An annotation file the scorer cannot read: one line naming the file and the line."""


_STRING = "tag:yaml.org,2002:str"


def load_annotations(path: Path) -> dict:
    """The annotations of a gold file, checked for the shape the scorer reads (a YAML slip such as
    an unquoted "Yes, ..." read as true, or a comma that cuts a role in two, is named with its line)."""
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text)
    except OSError as error:
        raise AnnotationError(f"{path}: cannot read the annotations ({error.strerror})") from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise AnnotationError(f"{path}:{mark.line + 1 if mark else 1}: {getattr(error, 'problem', error)} "
                              "(fix the YAML syntax)") from error

    def fail(node: yaml.Node, problem: str) -> AnnotationError:
        return AnnotationError(f"{path}:{node.start_mark.line + 1}: {problem}")

    def text_of(node: yaml.Node, what: str) -> None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _STRING or not node.value.strip():
            raise fail(node, f"{what} must be text (quote it if it holds a comma or opens with Yes/No/a number)")

    if not isinstance(root, yaml.MappingNode):
        raise AnnotationError(f"{path}:1: expected a mapping of article file names to their annotations")
    for _, article in root.value:
        if not isinstance(article, yaml.MappingNode):
            raise fail(article, "an article's annotation must be a mapping (url, entities, quotes)")
        fields = {key.value: value for key, value in article.value}
        entities = fields.get("entities")
        if not isinstance(entities, yaml.MappingNode):
            raise fail(article, "an article's annotation needs 'entities:', a mapping of types to lists")
        for kind, items in entities.value:
            if kind.value not in TARGETS or not isinstance(items, yaml.SequenceNode):
                raise fail(kind, f"'{kind.value}' must be one of {', '.join(TARGETS)}, with a list of names")
            for item in items.value:
                entry = dict((key.value, value) for key, value in item.value) if isinstance(item, yaml.MappingNode) else None
                if entry is not None and set(entry) - {"name", "role"}:
                    raise fail(item, f"unexpected keys {sorted(set(entry) - {'name', 'role'})} (a comma in an unquoted value?)")
                for field_name, value in (entry or {"name": item}).items():
                    text_of(value, f"a {kind.value}'s {field_name}")
        quotes = fields.get("quotes")
        for quote in quotes.value if isinstance(quotes, yaml.SequenceNode) else ():
            entry = dict((key.value, value) for key, value in quote.value) if isinstance(quote, yaml.MappingNode) else {}
            if set(entry) != {"text", "speaker"}:
                raise fail(quote, "a quote needs exactly 'text' and 'speaker' (a comma in an unquoted value?)")
            for field_name, value in entry.items():
                text_of(value, f"a quote's {field_name}")
    return yaml.safe_load(text)


def score(gold: Path, articles_dir: Path | None = None) -> Scores:
    """`gold` is an annotation file, or a folder holding gold.yml and articles/; the articles are
    read from `articles_dir`, else from articles/ beside the annotations."""
    gold_file = gold / "gold.yml" if gold.is_dir() else gold
    articles_dir = articles_dir or gold_file.parent / "articles"
    gold = load_annotations(gold_file)
    articles: dict[str, Article] = {}
    by_file: dict[str, str] = {}
    scores = Scores()
    for file_name in sorted(gold):
        try:
            article = with_unique_id(read_article(articles_dir / file_name, file_name), articles)
        except ReadError as error:  # a missing or unreadable text: the others are still scored
            scores.unread.append(f"{articles_dir / file_name}: {error.reason}")
            continue
        articles[article.id] = article
        by_file[file_name] = article.id
    extracted = extract_all(articles, {}, set())  # nothing curated: discovery alone
    entities, extractions = extracted.entities, extracted.extractions
    for file_name, annotation in sorted(gold.items()):
        if file_name not in by_file:
            continue
        extraction = extractions[by_file[file_name]]
        present = {entities[m.entity_id] for m in extraction.mentions}
        for entity_type in TARGETS:
            items = annotation["entities"].get(entity_type, [])
            expected = [(i["name"] if isinstance(i, dict) else i) for i in items]
            predicted = sorted((e for e in present if e.type == entity_type), key=lambda e: e.id)
            counts = scores.types[entity_type]
            for name in expected:
                found = [e for e in predicted if _keys(e) & _gold_keys(name)]
                if found:
                    counts.true_positive += 1
                    if len(found) > 1:
                        scores.split += 1
                        scores.errors.append(f"{file_name}: {entity_type} {name} split: {[e.name for e in found]}")
                else:
                    counts.false_negative += 1
                    scores.errors.append(f"{file_name}: missed {entity_type} {name}")
            for entity in predicted:
                scores.links += 1
                if not any(_keys(entity) & _gold_keys(name) for name in expected):
                    counts.false_positive += 1
                    scores.spurious_links += 1
                    scores.errors.append(f"{file_name}: wrong {entity_type} {entity.name} ({entity.provenance.pattern if entity.provenance else 'curated'})")
        # A speaker may be named by any spelling its annotation accepts ("Kihara Minoru|Minoru Kihara").
        spellings = {k: keys for items in annotation["entities"].values() for item in items
                     for keys in [_gold_keys(item["name"] if isinstance(item, dict) else item)] for k in keys}
        matched_quotes = set()
        for quote in annotation.get("quotes", []):
            scores.quotes_total += 1
            snippet = name_key(quote["text"])
            # (the quote that opens with the annotated words first: a phrase quoted in one sentence may
            # also stand inside another's longer quote)
            said = sorted((q for q in extraction.quotes if snippet in name_key(q.text)),
                          key=lambda q: not name_key(q.text).startswith(snippet))
            matched_quotes.update(id(q) for q in said)
            speaker = _gold_keys(quote["speaker"])
            speaker = set().union(speaker, *(spellings.get(k, ()) for k in speaker))
            if said and speaker & _keys(entities[said[0].speaker_id]):
                scores.quotes_correct += 1
            else:
                who = entities[said[0].speaker_id].name if said else "nobody"
                scores.errors.append(f"{file_name}: quote '{quote['text']}' given to {who}, not {quote['speaker']}")
        for quote in extraction.quotes:
            if id(quote) not in matched_quotes:
                scores.quotes_spurious += 1
                scores.errors.append(f"{file_name}: quote not in gold: '{quote.text[:50]}'")
        for person in annotation["entities"].get("person", []):
            if not isinstance(person, dict) or not person.get("role"):
                continue
            scores.roles_total += 1
            matches = {e.id for e in present if e.type == "person" and _gold_keys(person["name"]) & _keys(e)}
            stated = [r.role for r in extraction.roles if r.entity_id in matches]
            role = name_key(person["role"])
            if any(role in name_key(s) or name_key(s) in role for s in stated):
                scores.roles_correct += 1
            else:
                scores.errors.append(f"{file_name}: role of {person['name']}: {stated} is not '{person['role']}'")
    return scores
