"""Results kept between runs (cf. Pelican's cache.py), so that a run after a small edit redoes
only what the edit touched: parsed articles by file stat, discovery and extraction by article
content, the merged entity set by all its inputs, and each page's input key. Any change to the
generator's code or templates starts a new cache."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

SUFFIX = ".pickle"  # one file per table: build/cache/<table>.pickle
# Tables of the last run in this process, by cache folder: `mkdocs serve` regenerates in one long-lived
# process, where reading back large pickles after every edit would cost more than the edit.
_MEMORY: dict[Path, dict[str, dict]] = {}


@lru_cache(maxsize=1)
def code_version() -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(sys.version.encode())
    digest.update(pycountry.__file__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in (".py", ".j2", ".css")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(value: Any) -> str:
    """A stable digest of frozen model objects and plain data (their repr is deterministic)."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=16).hexdigest()


class Cache:
    """Named tables: `previous(name)` is what the last run kept, `keep(name, table)` what this run
    keeps (entries this run did not use are dropped), `save()` writes them. Each table has its
    own file, read when first asked for and written only when its content changed, so a run that
    changed little reads and writes little."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._previous: dict[str, dict] = dict(_MEMORY.get(folder, {})) if folder else {}
        self._next: dict[str, dict] = {}

    def previous(self, name: str) -> dict:
        if name not in self._previous:
            self._previous[name] = _load(self.folder / f"{name}{SUFFIX}") if self.folder else {}
        return self._previous[name]

    def keep(self, name: str, table: dict) -> None:
        self._next[name] = table

    def save(self, to_disk: bool = True) -> None:
        """Keep this run's tables for the next run in this process, and on disk unless told not to
        (a preview server writes them once, when it stops)."""
        if not self.folder:
            return
        _MEMORY.clear()
        _MEMORY[self.folder] = self._next
        if to_disk:
            for name, table in self._next.items():
                # Entries reused from the last run are the same objects: comparing is cheap.
                if name not in self._previous or self._previous[name] != table:
                    _dump(self.folder / f"{name}{SUFFIX}", table)


def _load(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            if pickle.load(handle) != code_version():
                return {}
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, IndexError):
        return {}  # an unreadable cache is an empty one


def _dump(path: Path, table: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        pickle.dump(code_version(), out, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def write_memory() -> None:
    """Write the tables kept in memory to their files (when a preview server stops)."""
    for folder, tables in _MEMORY.items():
        for name, table in tables.items():
            _dump(folder / f"{name}{SUFFIX}", table)
