"""Search that stays small for the reader at any size of site: a Pagefind index of the built pages,
written into the site's `pagefind/` folder after the engine's build, whatever the engine. The index
is chunked, so a reader's browser fetches only the few parts a query needs, never the whole.

What is indexed is decided by the generated pages themselves, not by one theme's markup: each
page's `<main>`, less its `<nav>` parts (the theme's sidebars and contents list), its buttons and what the
templates mark `data-pagefind-ignore` (lists of mentions, quotes and links, which repeat what the
articles say). An entity's name and other names carry the most weight, so that its page comes
first for each of them. The page's header gets its search button from assets/search.js."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FOLDER = "pagefind"  # the bundle's folder in the site; assets/search.js loads the interface from it


class SearchIndexError(Exception):
    pass


def index_site(site_dir: Path) -> str:
    """Index the built site in `site_dir` (replacing any earlier index); returns Pagefind's summary
    line ("Indexed 32 pages"), or raises SearchIndexError with its message."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", FOLDER,
               "--root-selector", "main", "--exclude-selectors", "nav", "--exclude-selectors", "button"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SearchIndexError(f"search index not built: {(result.stderr or result.stdout).strip()}")
    return next((line.strip() for line in result.stdout.splitlines() if "Indexed" in line and "pages" in line), "")
