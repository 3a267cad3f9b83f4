from __future__ import annotations

import pytest

from conftest import ROOT
from generator.knowledge_base import KnowledgeBaseError, load_knowledge_base

TYPES = {"equipment", "person", "organization", "place", "event"}


def test_bundled_knowledge_base_covers_the_seed():
    entities = load_knowledge_base(ROOT / "content" / "entities", TYPES)
    for entity_id in ("su-35", "s-400", "9k720-iskander", "pantsir-s1", "alexander-fomin", "alexander-volfovich",
                      "vladimir-makei", "alexander-lukashenko", "dmitry-peskov", "mark-episkopos", "nato", "kremlin",
                      "osce", "belarusian-security-council", "the-national-interest", "reuters", "russia", "belarus",
                      "ukraine", "moscow", "minsk", "union-resolve-2022"):
        assert entity_id in entities
    assert "Allied Resolve 2022" in entities["union-resolve-2022"].aliases
    assert entities["9k720-iskander"].field("category") == "short-range ballistic missile system"


def load(tmp_path, text: str):
    (tmp_path / "kb.yml").write_text(text, encoding="utf-8")
    return load_knowledge_base(tmp_path, TYPES, tmp_path)


@pytest.mark.parametrize("text, expected", [
    ("- id: a\n  name: A\n  type: weapon\n", ["kb.yml:3: unknown type 'weapon' (use one of:"]),
    ("- id: a\n  name: A\n  type: place\n- id: a\n  name: B\n  type: place\n",
     ["kb.yml:4: duplicate id 'a', first defined at kb.yml:1"]),
    ("- id: a\n  name: A\n  type: place\n  aliases: [X]\n- id: b\n  name: B\n  type: place\n  aliases: [x]\n",
     ["kb.yml:8: alias 'x' is claimed by both 'a' (kb.yml:1) and 'b'"]),
    ("- id: a\n  name: [unclosed\n", ["kb.yml:3:"]),
    ("- id: Bad Id\n  name: A\n  type: place\n", ["kb.yml:1: 'id': String should match pattern"]),
    ("- id: a\n  name: A\n  type: place\n  colour: red\n", ["kb.yml:4: 'colour': Extra inputs are not permitted"]),
    ("- id: a\n  name: A\n  name: B\n  type: place\n", ["kb.yml:3: duplicate key 'name'"]),
    ("id: a\n", ["kb.yml:1: expected a list of entities"]),
])
def test_errors_name_file_line_and_fix(tmp_path, text, expected):
    with pytest.raises(KnowledgeBaseError) as error:
        load(tmp_path, text)
    for start in expected:
        assert any(problem.startswith(start) for problem in error.value.problems), error.value.problems


def test_all_problems_are_reported_at_once(tmp_path):
    with pytest.raises(KnowledgeBaseError) as error:
        load(tmp_path, "- id: a\n  name: A\n  type: x\n- id: b\n  name: B\n  type: y\n")
    assert len(error.value.problems) == 2


def test_entity_fields_keep_their_order(tmp_path):
    entities = load(tmp_path, "- id: a\n  name: A\n  type: person\n  fields: {role: Minister, country: Chad}\n")
    assert entities["a"].fields == (("role", "Minister"), ("country", "Chad"))
    assert entities["a"].source == "kb.yml:1"
