"""The curated knowledge base: YAML files under content/entities/, validated with file:line errors.

Any error fails the whole load, so a broken base never yields a half-built site."""
from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .model import Entity

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class KnowledgeBaseError(Exception):
    """All problems found, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


class EntityRecord(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1)
    type: str
    aliases: list[str] = []
    description: str = ""
    fields: dict[str, str] = {}

    @field_validator("aliases")
    @classmethod
    def _aliases_not_blank(cls, aliases: list[str]) -> list[str]:
        if any(not a.strip() for a in aliases):
            raise ValueError("aliases must not be blank")
        return [a.strip() for a in aliases]


_FIXES = {
    "id": "use lowercase letters, digits and single hyphens, e.g. 'su-35'",
    "name": "give the entity's display name",
    "aliases": "give a list of other names, e.g. [Iskander, Iskander-M]",
    "fields": "give a mapping of field names to text, e.g. {role: Foreign Minister}",
}


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when present
    """Keeps each mapping's line and each key's line, and rejects duplicate keys."""

    def construct_mapping(self, node, deep=False):
        lines: dict[str, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in lines:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key}' (first on line {lines[key]})", key_node.start_mark)
            lines[key] = key_node.start_mark.line + 1
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__lines__"] = lines
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _strip_lines(value):
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k not in ("__line__", "__lines__")}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def _records(path: Path, source: str, problems: list[str]) -> list[tuple[dict, int]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_LineLoader)
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        reason = getattr(error, "problem", None) or str(error)
        problems.append(f"{where}: {reason} (fix the YAML syntax)")
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(f"{source}:1: expected a list of entities ('- id: ...' items)")
        return []
    records = []
    for item in data:
        if not isinstance(item, dict):
            problems.append(f"{source}: every item must be a mapping with id, name and type")
            continue
        records.append((item, item["__line__"]))
    return records


def knowledge_base_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yml", ".yaml")) if folder.is_dir() else []


def load_knowledge_base(folder: Path, types: set[str], root: Path | None = None) -> dict[str, Entity]:
    """Entities by id from every *.yml / *.yaml file under `folder`, in file order."""
    problems: list[str] = []
    entities: dict[str, Entity] = {}
    names: dict[str, str] = {}  # casefolded name or alias -> id that claims it
    for path in knowledge_base_files(folder):
        source = str(path.relative_to(root)) if root else str(path)
        for item, line in _records(path, source, problems):
            key_lines = item.get("__lines__", {})
            try:
                record = EntityRecord.model_validate(_strip_lines(item))
            except ValidationError as error:
                for err in error.errors():
                    key = str(err["loc"][0]) if err["loc"] else ""
                    fix = _FIXES.get(key, "remove it; allowed keys: id, name, type, aliases, description, fields")
                    problems.append(f"{source}:{key_lines.get(key, line)}: '{key}': {err['msg']} ({fix})")
                continue
            where = f"{source}:{line}"
            if record.type not in types:
                problems.append(f"{source}:{key_lines.get('type', line)}: unknown type '{record.type}' "
                                f"(use one of: {', '.join(sorted(types))})")
                continue
            if record.id in entities:
                problems.append(f"{where}: duplicate id '{record.id}', first defined at "
                                f"{entities[record.id].source} (give one of them another id)")
                continue
            for alias in dict.fromkeys([record.name, *record.aliases]):
                owner = names.get(alias.casefold())
                if owner and owner != record.id:
                    problems.append(f"{source}:{key_lines.get('aliases', line)}: alias '{alias}' is claimed by both "
                                    f"'{owner}' ({entities[owner].source}) and '{record.id}' (keep it on one)")
                names[alias.casefold()] = record.id
            entities[record.id] = Entity(
                id=record.id, name=record.name, type=record.type,
                aliases=tuple(a for a in dict.fromkeys(record.aliases) if a != record.name),
                description=record.description, fields=tuple(record.fields.items()), source=where)
    if problems:
        raise KnowledgeBaseError(problems)
    return entities
