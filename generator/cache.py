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

FILE = "generator.pickle"
# Tables of the last run in this process, by cache file: `mkdocs serve` regenerates in one long-lived
# process, where reading back a large pickle after every edit would cost more than the edit.
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
    keeps (entries this run did not use are dropped), `save()` writes them all atomically."""

    def __init__(self, folder: Path | None):
        self.path = folder / FILE if folder else None
        self._previous: dict[str, dict] = {}
        self._next: dict[str, dict] = {}
        if self.path and self.path in _MEMORY:
            self._previous = _MEMORY[self.path]
        elif self.path and self.path.exists():
            try:
                with self.path.open("rb") as handle:
                    data = pickle.load(handle)
                if data.get("version") == code_version():
                    self._previous = data["tables"]
            except (OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError, ImportError, TypeError):
                pass  # an unreadable cache is an empty one

    def previous(self, name: str) -> dict:
        return self._previous.get(name, {})

    def keep(self, name: str, table: dict) -> None:
        self._next[name] = table

    def save(self, to_disk: bool = True) -> None:
        """Keep this run's tables for the next run in this process, and on disk unless told not to
        (a preview server writes them once, when it stops)."""
        if not self.path:
            return
        _MEMORY.clear()
        _MEMORY[self.path] = self._next
        if to_disk:
            _dump(self.path, self._next)



def _dump(path: Path, tables: dict[str, dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        pickle.dump({"version": code_version(), "tables": tables}, out, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def write_memory() -> None:
    """Write the tables kept in memory to their cache file (when a preview server stops)."""
    for path, tables in _MEMORY.items():
        _dump(path, tables)
