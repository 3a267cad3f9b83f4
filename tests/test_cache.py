"""The cache: one file per table, written only when the table changed, and any unreadable or
outdated file is an empty table."""
from __future__ import annotations

import io
import pickle

import pytest

from generator import cache as cache_module
from generator.cache import Cache
from generator.config import load_site
from generator.pipeline import CACHE_DIR, generate

from test_incremental import corpus, tree


@pytest.fixture
def fresh_process(monkeypatch):
    """As if each run were a new process: nothing kept in memory between runs."""
    def forget():
        monkeypatch.setattr(cache_module, "_MEMORY", {})
    return forget


def test_tables_round_trip_and_unchanged_ones_are_not_rewritten(tmp_path, fresh_process):
    fresh_process()
    first = Cache(tmp_path)
    first.keep("a", {"x": (1, "one")})
    first.keep("b", {"y": 2})
    first.save()
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert set(stamps) == {"a.pickle", "b.pickle"}
    fresh_process()
    second = Cache(tmp_path)
    assert second.previous("a") == {"x": (1, "one")} and second.previous("missing") == {}
    second.keep("a", second.previous("a"))
    second.keep("b", {"y": 3})
    second.save()
    assert (tmp_path / "a.pickle").stat().st_mtime_ns == stamps["a.pickle"]
    assert (tmp_path / "b.pickle").stat().st_mtime_ns != stamps["b.pickle"]
    fresh_process()
    assert Cache(tmp_path).previous("b") == {"y": 3}


def test_damaged_or_outdated_tables_count_as_empty(tmp_path, fresh_process):
    config = corpus(tmp_path / "p")
    site = load_site(config)
    generate(site, out=io.StringIO(), jobs=1)
    expected = tree(tmp_path / "p" / "build" / "docs")
    folder = tmp_path / "p" / CACHE_DIR
    (folder / "extract.pickle").write_bytes(b"not a pickle")
    (folder / "discover.pickle").write_bytes((folder / "discover.pickle").read_bytes()[:100])  # cut short
    with (folder / "pages.pickle").open("wb") as out:  # written by another version of the code
        pickle.dump("another version", out)
        pickle.dump({path: "stale key" for path in expected}, out)
    fresh_process()
    assert Cache(folder).previous("pages") == {} and Cache(folder).previous("reads")
    fresh_process()
    summary = generate(site, out=io.StringIO(), jobs=1)
    assert summary.report.written == 0
    assert tree(tmp_path / "p" / "build" / "docs") == expected


def test_a_run_that_changes_nothing_writes_no_table(tmp_path, fresh_process):
    config = corpus(tmp_path / "p")
    site = load_site(config)
    generate(site, out=io.StringIO(), jobs=1)
    folder = tmp_path / "p" / CACHE_DIR
    stamps = {p.name: p.stat().st_mtime_ns for p in folder.glob("*.pickle")}
    assert {"reads.pickle", "discover.pickle", "extract.pickle", "pages.pickle"} <= set(stamps)
    fresh_process()
    generate(site, out=io.StringIO(), jobs=1)
    assert {p.name: p.stat().st_mtime_ns for p in folder.glob("*.pickle")} == stamps
