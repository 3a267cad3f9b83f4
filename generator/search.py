"""Search that stays small for the reader at any size of site: a Pagefind index of the built pages,
written into the site's `pagefind/` folder after the engine's build, whatever the engine. The index
is chunked, so a reader's browser fetches only the few parts a query needs, never the whole.

What is indexed is decided by the generated pages themselves, not by one theme's markup: each
page's `<main>`, less its `<nav>` parts (the theme's sidebars and contents list), its buttons and what the
templates mark `data-pagefind-ignore` (lists of mentions, quotes and links, which repeat what the
articles say). An entity's name and other names carry the most weight, so that its page comes
first for each of them. The page's header gets its search button from assets/search.js."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

FOLDER = "pagefind"  # the bundle's folder in the site; assets/search.js loads the interface from it


class SearchIndexError(Exception):
    pass


def index_site(site_dir: Path, started: Callable[[subprocess.Popen], None] | None = None) -> str:
    """Index the built site in `site_dir` (replacing any earlier index); returns Pagefind's summary
    line ("Indexed 32 pages"), or raises SearchIndexError with its message. `started` gets the
    indexing process, which runs in a process group of its own (Pagefind's wrapper starts the
    indexer as its child), so that `stop` can end all of it."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", FOLDER,
               "--root-selector", "main", "--exclude-selectors", "nav", "--exclude-selectors", "button"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as process:
        if started:
            started(process)
        stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SearchIndexError(f"search index not built: {(stderr or stdout).strip()}")
    return next((line.strip() for line in stdout.splitlines() if "Indexed" in line and "pages" in line), "")


def stop(process: subprocess.Popen) -> None:
    """End an indexing process and the indexer it started."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass  # it had finished
