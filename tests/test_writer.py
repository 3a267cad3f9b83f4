import os

import pytest

from generator.writer import write_files


def test_writes_only_changed_files_and_removes_stale_ones(tmp_path):
    out = tmp_path / "docs"
    report = write_files(out, {"a.md": "A", "sub/b.md": "B", "old/c.md": "C"})
    assert (report.written, report.unchanged, report.removed) == (3, 0, 0)
    os.utime(out / "a.md", (1_000_000, 1_000_000))
    report = write_files(out, {"a.md": "A", "sub/b.md": "B2"})
    assert (report.written, report.unchanged, report.removed) == (1, 1, 1)
    assert (out / "a.md").stat().st_mtime == 1_000_000  # unchanged bytes keep their mtime
    assert (out / "sub/b.md").read_text() == "B2"
    assert not (out / "old").exists()  # emptied folders go too
    assert not list(out.rglob(".tmp-*"))


def test_refuses_paths_outside_the_folder(tmp_path):
    with pytest.raises(ValueError):
        write_files(tmp_path / "docs", {"../escape.md": "x"})
    assert not (tmp_path / "escape.md").exists()


def test_removes_what_the_previous_run_wrote_and_leaves_the_rest(tmp_path):
    out = tmp_path / "docs"
    write_files(out, {"a.md": "A", "sub/b.md": "B"})
    (out / "other.txt").write_text("not listed")
    report = write_files(out, {"a.md": "A"}, previous={"a.md", "sub/b.md"})
    assert report.removed == 1 and not (out / "sub").exists() and (out / "other.txt").exists()
