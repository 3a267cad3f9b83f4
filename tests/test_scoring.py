"""Extraction on uncurated text, measured against the hand-annotated gold set in tests/gold/."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.scoring import QUOTE_TARGET, TARGETS, AnnotationError, score

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


def test_annotations_and_articles_may_live_apart(tmp_path, capsys):
    """`score --gold FILE --articles DIR`: a user's own annotations of their own archive."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(
        "Title\n\n\"We are ready,\" said Russian Defense Minister Sergei Shoigu of the T-90M tanks.\n", encoding="utf-8")
    (tmp_path / "mine.yml").write_text(yaml.safe_dump({"a.txt": {
        "entities": {"equipment": ["T-90M"], "person": [{"name": "Sergei Shoigu", "role": "Russian Defense Minister"}]},
        "quotes": [{"text": "We are ready", "speaker": "Sergei Shoigu"}]}}), encoding="utf-8")
    assert main(["score", "--gold", str(tmp_path / "mine.yml"), "--articles", str(tmp_path / "texts")]) == 0
    out = capsys.readouterr().out
    assert "quotes attributed correctly: 1/1" in out and "spurious entity-article links: 0/2" in out


@pytest.mark.parametrize("entry, line, problem", [
    ("    - {text: Yes, it is ready, speaker: Ana Berg}\n", 5, "a quote needs exactly 'text' and 'speaker'"),
    ("    - {text: 2024, speaker: Ana Berg}\n", 5, "a quote's text must be text"),
])
def test_a_slip_in_the_annotations_is_named_with_its_line(tmp_path, capsys, entry, line, problem):
    """A YAML slip (an unquoted "Yes, ..." is true and a key; a number no text) is one line naming the
    file and the line, not a traceback and not a silent wrong score."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Title\n\nAna Berg said it is ready.\n", encoding="utf-8")
    (tmp_path / "mine.yml").write_text("a.txt:\n  entities:\n    person: [Ana Berg]\n  quotes:\n" + entry, encoding="utf-8")
    assert main(["score", "--gold", str(tmp_path / "mine.yml"), "--articles", str(tmp_path / "texts")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"error: {tmp_path / 'mine.yml'}:{line}: {problem}") and "\n" not in error
    (tmp_path / "mine.yml").write_text("a.txt:\n  entities:\n    person:\n      - {name: Ana Berg, role: head, Kest Navy}\n",
                                      encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"mine.yml:4: unexpected keys \['Kest Navy'\]"):
        score(tmp_path / "mine.yml", tmp_path / "texts")


def test_an_annotated_article_that_cannot_be_read_is_named_and_the_rest_scored(tmp_path, capsys):
    """A user's archive rarely holds every text the annotations name: a missing file is one warning
    naming it, its annotation is left out of the figures, and the other articles are still scored."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Title\n\nDefence Minister Ana Berg said they are ready.\n", encoding="utf-8")
    (tmp_path / "mine.yml").write_text(yaml.safe_dump({
        "a.txt": {"entities": {"person": ["Ana Berg"]}},
        "gone.txt": {"entities": {"person": ["Ivo Lind"]}}}), encoding="utf-8")
    assert main(["score", "--gold", str(tmp_path / "mine.yml"), "--articles", str(tmp_path / "texts")]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == [
        f"warning: {tmp_path / 'texts' / 'gone.txt'}: cannot read file (No such file or directory)"
        " (its annotation is not scored)"]
    assert "person              1.00    1.00      1     1" in captured.out
    assert "annotated articles not read, so not scored: 1" in captured.out


def test_a_quoted_phrase_is_matched_to_the_quote_it_opens(tmp_path):
    """A phrase one speaker is quoted with may also stand inside another's longer quote: the scorer
    takes the quote that opens with the annotated words."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Drills\n\n\"We do not know if they were short-range missiles or not,\" Defence Minister Ana Berg said.\n\n"
        "Foreign Minister Ivo Marek said he believes they were \"short-range missiles,\" and no more.\n", encoding="utf-8")
    (tmp_path / "gold.yml").write_text(yaml.safe_dump({"a.txt": {
        "entities": {"person": ["Ana Berg", "Ivo Marek"]},
        "quotes": [{"text": "We do not know", "speaker": "Ana Berg"}, {"text": "short-range missiles", "speaker": "Ivo Marek"}]}}),
        encoding="utf-8")
    result = score(tmp_path)
    assert (result.quotes_correct, result.quotes_total) == (2, 2), result.errors


def test_articles_with_the_same_title_are_scored_apart(tmp_path):
    """Two outlets often run one headline; each file is still scored against its own annotation."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Drills begin\n\n\"We are ready,\" said Defense Minister Sergei Shoigu.\n", encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text(
        "Drills begin\n\n\"We will respond,\" said Foreign Minister Sergei Lavrov.\n", encoding="utf-8")
    (tmp_path / "gold.yml").write_text(yaml.safe_dump({
        "a.txt": {"entities": {"person": ["Sergei Shoigu"]}, "quotes": [{"text": "We are ready", "speaker": "Sergei Shoigu"}]},
        "b.txt": {"entities": {"person": ["Sergei Lavrov"]}, "quotes": [{"text": "We will respond", "speaker": "Sergei Lavrov"}]},
    }), encoding="utf-8")
    result = score(tmp_path)
    assert result.types["person"].recall == 1 and result.types["person"].precision == 1, result.errors
    assert result.quote_accuracy == 1 and result.quotes_spurious == 0, result.errors


REAL = GOLD.parent / "real"


@pytest.mark.skipif(not (REAL / "articles").is_dir(), reason="the real articles are the publishers' text, kept out of "
                    "the repository: save them under tests/real/articles/ from the URLs in tests/real/gold.yml")
def test_real_news_targets():
    scores = score(REAL / "gold.yml", REAL / "articles")
    report = scores.table() + "\n" + "\n".join(scores.errors)
    for entity_type in ("person", "equipment"):
        assert scores.types[entity_type].precision >= 0.95 and scores.types[entity_type].recall >= 0.95, report
    assert scores.quote_accuracy >= 0.90 and scores.role_accuracy >= 0.90, report
    assert scores.spurious_share <= 0.03, report
