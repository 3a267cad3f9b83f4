import os

import pytest

from generator.writer import remove_stale, write_file


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_file_in_pieces_is_written_as_they_come_and_only_when_its_bytes_changed(tmp_path):
    out = tmp_path / "docs"
    pieces = (f"record {n}\n" for n in range(50_000))  # a generator: never a whole string
    assert write_file(out, "big.json", pieces) is True
    assert (out / "big.json").read_text() == "".join(f"record {n}\n" for n in range(50_000))
    os.utime(out / "big.json", (1_000_000, 1_000_000))
    assert write_file(out, "big.json", iter(["record 0\n", "record 1\n"])) is True  # shorter: replaced
    assert write_file(out, "big.json", ["record 0\n", "record 1\n"]) is False  # same bytes: kept
    assert (out / "big.json").read_text() == "record 0\nrecord 1\n"
    assert not list(out.rglob(".tmp-*"))
    assert (out / "big.json").stat().st_mode & 0o044 == 0o044 & ~current_umask()


def test_writes_only_changed_files_and_removes_stale_ones(tmp_path):
    out = tmp_path / "docs"
    out.mkdir()
    assert [write_file(out, p, t) for p, t in (("a.md", "A"), ("sub/b.md", "B"), ("old/c.md", "C"))] == [True] * 3
    os.utime(out / "a.md", (1_000_000, 1_000_000))
    assert [write_file(out, "a.md", "A"), write_file(out, "sub/b.md", "B2"), write_file(out, "x.md", None)] == \
        [False, True, False]
    assert remove_stale(out, {"a.md", "sub/b.md"}) == 1
    assert (out / "a.md").stat().st_mtime == 1_000_000  # unchanged bytes keep their mtime
    assert (out / "sub/b.md").read_text() == "B2"
    assert not (out / "old").exists()  # emptied folders go too
    assert not (out / "x.md").exists()  # None keeps a file as it is, and writes nothing new
    assert not list(out.rglob(".tmp-*"))
    for written in ("a.md", "sub/b.md"):  # new, and replaced: readable like any file
        assert (out / written).stat().st_mode & 0o044 == 0o044 & ~current_umask()


def test_refuses_paths_outside_the_folder(tmp_path):
    with pytest.raises(ValueError):
        write_file(tmp_path / "docs", "../escape.md", "x")
    with pytest.raises(ValueError):
        remove_stale(tmp_path / "docs", set(), previous={"../escape.md"})
    assert not (tmp_path / "escape.md").exists()


def test_removes_what_the_previous_run_wrote_and_leaves_the_rest(tmp_path):
    out = tmp_path / "docs"
    out.mkdir()
    write_file(out, "a.md", "A")
    write_file(out, "sub/b.md", "B")
    (out / "other.txt").write_text("not listed")
    assert remove_stale(out, {"a.md"}, previous={"a.md", "sub/b.md"}) == 1
    assert not (out / "sub").exists() and (out / "other.txt").exists()
