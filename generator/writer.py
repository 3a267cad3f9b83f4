"""Writes the generated docs folder: only files whose bytes changed are replaced (atomically, so
MkDocs's dirty reload sees true mtimes), files no longer generated are removed, and nothing is
written outside the folder."""
from __future__ import annotations

import filecmp
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp makes files readable by their owner only; generated files get the usual permissions.
_MODE = 0o666 & ~_umask()


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


def files_under(folder: Path) -> list[str]:
    """The files in `folder` and below, as "/"-separated paths relative to it (symlinked folders
    not followed), in no particular order."""
    top = str(folder)
    return [f"{directory[len(top) + 1:].replace(os.sep, '/')}/{name}".lstrip("/")
            for directory, _, names in os.walk(top) for name in names]


def _target(folder: Path, relative: str) -> Path:
    normal = os.path.normpath(relative)
    if os.path.isabs(normal) or normal == ".." or normal.startswith(("../", "./")) or normal == ".":
        raise ValueError(f"refusing to write outside {folder}: {relative}")
    return folder / normal


def write_file(folder: Path, relative: str, content: str | Iterable[str] | None) -> bool:
    """Write one file unless its bytes are already there (None: keep it untouched); True if written.
    `content` in pieces is written piece by piece, never held whole."""
    if content is None:
        return False
    if not isinstance(content, str):
        return _write_pieces(_target(folder, relative), content)
    target, data = _target(folder, relative), content.encode("utf-8")
    try:
        # A new file is written in place: there is nothing to compare with, and no reader of the
        # old version to see it half written (the usual case in a first build).
        with _create(target) as out:
            out.write(data)
        return True
    except FileExistsError:
        if target.read_bytes() == data:
            return False
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            os.fchmod(out.fileno(), _MODE)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
    return True


def _write_pieces(target: Path, pieces: Iterable[str]) -> bool:
    """A file written piece by piece beside its target, which it replaces unless the bytes are the same."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.writelines(pieces)
            os.fchmod(out.fileno(), _MODE)
        if target.is_file() and filecmp.cmp(temporary, target, shallow=False):
            os.unlink(temporary)
            return False
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
    return True


def _create(target: Path):
    try:
        return target.open("xb")
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        return target.open("xb")


def remove_stale(folder: Path, generated: set[str], previous: set[str] | None = None) -> int:
    """Remove the files of the `previous` run that are no longer generated; without that list,
    every file in the folder that is not generated now. Returns how many were removed."""
    removed = 0
    if previous is not None:
        for relative in sorted(previous - generated):
            path = _target(folder, relative)
            if path.is_file():
                path.unlink()
                removed += 1
                if path.parent != folder and not any(path.parent.iterdir()):
                    path.parent.rmdir()
        return removed
    targets = {_target(folder, relative) for relative in generated}
    for path in sorted(folder.rglob("*"), reverse=True):  # deepest first, so folders empty out
        if path.is_file() and path not in targets:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return removed

