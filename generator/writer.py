"""Writes the generated docs folder: only files whose bytes changed are replaced (atomically, so
MkDocs's dirty reload sees true mtimes), files no longer generated are removed, and nothing is
written outside the folder."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WriteReport:
    written: int
    unchanged: int
    removed: int


def _target(folder: Path, relative: str) -> Path:
    normal = os.path.normpath(relative)
    if os.path.isabs(normal) or normal == ".." or normal.startswith(("../", "./")) or normal == ".":
        raise ValueError(f"refusing to write outside {folder}: {relative}")
    return folder / normal


def write_files(folder: Path, files: dict[str, str | None], previous: set[str] | None = None) -> WriteReport:
    """`files` maps paths to their text, or to None for a file to keep untouched. Files of the
    `previous` run that are no longer generated are removed; without that list, every file in the
    folder that is not generated now is."""
    folder.mkdir(parents=True, exist_ok=True)
    folder = folder.resolve()
    targets = {_target(folder, relative): None if content is None else content.encode("utf-8")
               for relative, content in files.items()}
    written = unchanged = removed = 0
    for target, data in sorted(targets.items()):
        if data is None:
            unchanged += 1
            continue
        try:
            if target.read_bytes() == data:
                unchanged += 1
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
        written += 1
    if previous is not None:
        for relative in sorted(previous - set(files)):
            path = _target(folder, relative)
            if path.is_file():
                path.unlink()
                removed += 1
                if path.parent != folder and not any(path.parent.iterdir()):
                    path.parent.rmdir()
        return WriteReport(written, unchanged, removed)
    for path in sorted(folder.rglob("*"), reverse=True):  # deepest first, so folders empty out
        if path.is_file() and path not in targets:
            path.unlink()
            removed += 1
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return WriteReport(written, unchanged, removed)
