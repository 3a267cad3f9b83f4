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
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

SUFFIX = ".pickle"
# Tables of the last run in this process, by cache folder: `mkdocs serve` regenerates in one long-lived
# process, where reading back large pickles after every edit would cost more than the edit.
_MEMORY: dict[Path, dict[str, dict]] = {}
# The objects unpickled in the last run in this process, by digest (see `Cache.unpickled`).
_OBJECTS: dict[Path, dict[str, Any]] = {}


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


SHARDS = 64  # files per table: an edit rewrites the one or two that hold its entries


def _shard(key: Any) -> int:
    return zlib.crc32(repr(key).encode("utf-8")) % SHARDS


def _split(table: dict) -> dict[int, dict]:
    shards: dict[int, dict] = {}
    for key, value in table.items():
        shards.setdefault(_shard(key), {})[key] = value
    return shards


class Cache:
    """Named tables: `previous(name)` is what the last run kept, `keep(name, table)` what this run
    keeps (entries this run did not use are dropped). A table is spread over a few files by key
    (build/cache/<table>.<n>.pickle), read when the table is first asked for; only the files whose
    entries changed are written, so a run that changed little writes little. A cache `to_disk`
    writes each table as soon as it is kept, and lets go of it: the run's memory then does not
    hold its results twice, as objects and pickled, until it ends. Otherwise (a preview server)
    `save()` keeps the tables in this process for the next run."""

    def __init__(self, folder: Path | None, to_disk: bool = True):
        self.folder = folder
        self.to_disk = to_disk
        self._previous: dict[str, dict] = dict(_MEMORY.get(folder, {})) if folder else {}
        self._on_disk: dict[str, dict[int, dict]] = {}  # the shards read from disk, by table
        self._next: dict[str, dict] = {}
        self._last_objects = _OBJECTS.get(folder, {}) if folder else {}
        self._objects: dict[str, Any] = {}

    def previous(self, name: str) -> dict:
        if name not in self._previous:
            shards = {n: _load(self.folder / f"{name}.{n}{SUFFIX}") for n in range(SHARDS)} if self.folder else {}
            self._on_disk[name] = {n: shard for n, shard in shards.items() if shard}
            self._previous[name] = {key: value for shard in self._on_disk[name].values() for key, value in shard.items()}
        return self._previous[name]

    def keep(self, name: str, table: dict) -> None:
        if not self.folder:
            return
        if self.to_disk:
            _write(self.folder, name, table, self._on_disk.get(name))
        else:
            self._next[name] = table

    def unpickled(self, digest: str, data: bytes) -> Any:
        """A value kept pickled in a table (`data`, whose digest is `digest`), unpickled: in a
        process that ran before (a preview server), the object it had then, if it had one."""
        value = self._last_objects[digest] if digest in self._last_objects else pickle.loads(data)
        if not self.to_disk:
            self._objects[digest] = value
        return value

    def save(self) -> None:
        """End the run: tables kept in this process (a preview server's, which writes them to disk
        once, when it stops) are the last run's for the next; a build that wrote them to disk keeps
        nothing in memory, for the engine's build after it needs the room."""
        if not self.folder:
            return
        _MEMORY.clear()
        _OBJECTS.clear()
        if not self.to_disk:
            _MEMORY[self.folder] = self._next
            _OBJECTS[self.folder] = self._objects


def _write(folder: Path, name: str, table: dict, on_disk: dict[int, dict] | None) -> None:
    """Write the shards of `table` that differ from what is `on_disk` (None: not known, write all)."""
    shards = _split(table)
    for number in range(SHARDS):
        shard = shards.get(number, {})
        # Entries reused from the last run are the same objects: comparing is cheap.
        if on_disk is not None and on_disk.get(number, {}) == shard:
            continue
        path = folder / f"{name}.{number}{SUFFIX}"
        if shard:
            _dump(path, shard)
        else:
            path.unlink(missing_ok=True)


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
            _write(folder, name, table, None)
