"""Per-article results kept between runs (cf. Pelican's cache.py): discovery candidates keyed by
the article's content, and extractions keyed by the article and the set of known entities. Any
change to the generator's code makes a new cache."""
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

FILE = "extraction.pickle"


@lru_cache(maxsize=1)
def code_version() -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(sys.version.encode())
    digest.update(pycountry.__file__.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(value: Any) -> str:
    """A stable digest of frozen model objects (their repr is deterministic)."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=16).hexdigest()


class Cache:
    """Two tables, loaded at start and saved at the end; entries not used in a run are dropped."""

    def __init__(self, folder: Path | None):
        self.path = folder / FILE if folder else None
        self.discovered: dict[str, Any] = {}
        self.extracted: dict[str, Any] = {}
        self.entities = ""
        if self.path and self.path.exists():
            try:
                with self.path.open("rb") as handle:
                    data = pickle.load(handle)
                if data.get("version") == code_version():
                    self.discovered, self.extracted = data["discovered"], data["extracted"]
                    self.entities = data["entities"]
            except (OSError, pickle.UnpicklingError, EOFError, KeyError, AttributeError, ImportError):
                pass  # an unreadable cache is an empty one

    def use_entities(self, entities_fingerprint: str) -> None:
        """Extractions depend on the known entities: a different set empties that table."""
        if entities_fingerprint != self.entities:
            self.extracted = {}
            self.entities = entities_fingerprint

    def save(self, discovered: dict[str, Any], extracted: dict[str, Any]) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": code_version(), "discovered": discovered, "extracted": extracted, "entities": self.entities}
        handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, self.path)
