"""The cache: each table spread over a few files, of which only those whose entries changed are
written; any unreadable or outdated file counts as empty."""
from __future__ import annotations

import io
import pickle

import pytest

from generator import cache as cache_module
from generator.cache import SHARDS, Cache
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
    table = {f"key {n}": (n, "value") for n in range(2000)}  # enough to fill every shard
    first = Cache(tmp_path)
    first.keep("a", table)
    first.keep("b", {"y": 2})
    first.save()
    stamps = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert len([n for n in stamps if n.startswith("a.")]) == SHARDS and len([n for n in stamps if n.startswith("b.")]) == 1
    fresh_process()
    second = Cache(tmp_path)
    assert second.previous("a") == table and second.previous("missing") == {}
    edited = {**second.previous("a"), "key 7": (7, "edited")}
    del edited["key 8"]
    second.keep("a", edited)
    second.keep("b", {})
    second.save()
    rewritten = {p.name for p in tmp_path.iterdir() if p.stat().st_mtime_ns != stamps.get(p.name)}
    assert 1 <= len(rewritten) <= 2 and all(n.startswith("a.") for n in rewritten)  # the shards of keys 7 and 8
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("b.")]  # an emptied table leaves no file
    fresh_process()
    assert Cache(tmp_path).previous("a") == edited and Cache(tmp_path).previous("b") == {}


def test_damaged_or_outdated_tables_count_as_empty(tmp_path, fresh_process):
    config = corpus(tmp_path / "p")
    site = load_site(config)
    generate(site, out=io.StringIO(), jobs=1)
    expected = tree(tmp_path / "p" / "build" / "docs")
    folder = tmp_path / "p" / CACHE_DIR
    for path in folder.glob("extract.*.pickle"):
        path.write_bytes(b"not a pickle")
    for path in folder.glob("discover.*.pickle"):
        path.write_bytes(path.read_bytes()[:100])  # cut short
    for path in folder.glob("pages.*.pickle"):
        with path.open("wb") as out:  # written by another version of the code
            pickle.dump("another version", out)
            pickle.dump({page: "stale key" for page in expected}, out)
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
    assert {"reads", "discover", "extract", "pages"} <= {name.split(".")[0] for name in stamps}
    fresh_process()
    generate(site, out=io.StringIO(), jobs=1)
    assert {p.name: p.stat().st_mtime_ns for p in folder.glob("*.pickle")} == stamps


def test_a_build_keeps_its_tables_in_memory_only_for_a_preview(tmp_path):
    # A build that writes its tables to disk leaves nothing in memory for the engine's build to
    # share the machine with; a preview keeps them, for its next rebuild.
    config = corpus(tmp_path / "p")
    generate(load_site(config), out=io.StringIO(), jobs=1, save_cache=False)
    assert list(cache_module._MEMORY) == [tmp_path / "p" / CACHE_DIR]
    generate(load_site(config), out=io.StringIO(), jobs=1)
    assert cache_module._MEMORY == {} and cache_module._OBJECTS == {}
    assert list((tmp_path / "p" / CACHE_DIR).glob("extract.*.pickle"))


def test_a_build_writes_each_table_when_it_is_kept_and_a_preview_when_it_stops(tmp_path, fresh_process):
    # A build lets go of a table once it is on disk (its results are not held twice, as objects
    # and pickled, for the rest of the run); a preview writes nothing until its server stops.
    fresh_process()
    build = Cache(tmp_path / "build")
    build.keep("a", {"x": 1})
    assert [p.name for p in (tmp_path / "build").iterdir()] == [f"a.{cache_module._shard('x')}{cache_module.SUFFIX}"]
    preview = Cache(tmp_path / "preview", to_disk=False)
    preview.keep("a", {"x": 1})
    preview.save()
    assert not (tmp_path / "preview").exists()
    cache_module.write_memory()
    fresh_process()
    assert Cache(tmp_path / "preview").previous("a") == {"x": 1} == Cache(tmp_path / "build").previous("a")
