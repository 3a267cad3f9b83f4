"""Extraction on uncurated text, measured against the hand-annotated gold set in tests/gold/."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.scoring import QUOTE_TARGET, TARGETS, score

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def scores():
    return score(GOLD)


def test_gold_set_is_large_and_varied():
    gold = yaml.safe_load((GOLD / "gold.yml").read_text(encoding="utf-8"))
    assert len(gold) >= 6
    assert sum(len(a.get("quotes", [])) for a in gold.values()) >= 20
    assert all((GOLD / "articles" / name).exists() for name in gold)


@pytest.mark.parametrize("entity_type", sorted(TARGETS))
def test_entity_targets(scores, entity_type):
    precision, recall = TARGETS[entity_type]
    counts = scores.types[entity_type]
    if precision is not None:
        assert counts.precision >= precision, scores.table() + "\n" + "\n".join(scores.errors)
    if recall is not None:
        assert counts.recall >= recall, scores.table() + "\n" + "\n".join(scores.errors)


def test_quote_attribution_target(scores):
    assert scores.quote_accuracy >= QUOTE_TARGET, "\n".join(scores.errors)


def test_score_command_prints_the_table(capsys):
    assert main(["score", "--gold", str(GOLD)]) == 0
    out = capsys.readouterr().out
    assert "precision" in out and "quotes attributed correctly" in out


def test_scoring_detects_errors(tmp_path):
    """The scorer is not a rubber stamp: a gold set that disagrees with the text scores low."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Title\n\n\"We are ready,\" said Russian Defense Minister Sergei Shoigu of the T-90M tanks.\n", encoding="utf-8")
    (tmp_path / "gold.yml").write_text(yaml.safe_dump({"a.txt": {
        "entities": {"equipment": ["T-72"], "person": [{"name": "Valery Gerasimov", "role": "Chief"}]},
        "quotes": [{"text": "We are ready", "speaker": "Valery Gerasimov"}]}}), encoding="utf-8")
    result = score(tmp_path)
    assert result.types["equipment"].precision == 0 and result.types["person"].recall == 0
    assert result.quote_accuracy == 0
