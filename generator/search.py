"""Search that stays small for the reader at any size of site: a Pagefind index of the built pages,
written into the site's `pagefind/` folder after the engine's build, whatever the engine. The index
is chunked, so a reader's browser fetches only the few parts a query needs, never the whole.

What is indexed is decided by the generated pages themselves, not by one theme's markup: each
page's `<main>`, less its `<nav>` parts (the theme's sidebars and contents list), its buttons and what the
templates mark `data-pagefind-ignore` (lists of mentions, quotes and links, which repeat what the
articles say). An entity's name and other names carry the most weight, so that its page comes
first for each of them. The page's header gets its search button from assets/search.js."""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

FOLDER = "pagefind"  # the bundle's folder in the site; assets/search.js loads the interface from it
MORE = "bundles.json"  # in FOLDER: the other bundles' folders, which the browser merges into its results
# Pagefind holds a bundle's whole index in memory while it builds it (~100-130 KB a page of a long
# article): a large site is indexed in bundles of at most this many pages, one after another, so
# that the indexer's memory stays bounded whatever the size of the site.
BUNDLE_PAGES = 15_000


_PAGES = re.compile(r"Indexed (\d+) pages?\b")  # Pagefind's summary line ("Indexed 1 page", "Indexed 32 pages")


class SearchIndexError(Exception):
    pass


def index_site(site_dir: Path, started: Callable[[subprocess.Popen], None] | None = None,
               bundle_pages: int = BUNDLE_PAGES, background: bool = False) -> str:
    """Index the built site in `site_dir` (replacing any earlier index); returns Pagefind's summary
    line ("Indexed 32 pages"), or raises SearchIndexError with its message. A site of more than
    about `bundle_pages` pages gets several bundles (FOLDER, then FOLDER-2, ...), which FOLDER/MORE
    lists. `started` gets each indexing process, which runs in a process group of its own
    (Pagefind's wrapper starts the indexer as its child), so that `stop` can end all of it; in the
    `background` (a preview's), at a low priority, so that the preview's rebuilds come first."""
    for old in site_dir.glob(f"{FOLDER}-*"):
        shutil.rmtree(old, ignore_errors=True)
    counts = site_pages(site_dir)
    globs = bundle_globs(counts, bundle_pages)
    folders = [FOLDER] + [f"{FOLDER}-{number}" for number in range(2, len(globs) + 1)]
    indexed = 0
    for folder, glob in reversed(list(zip(folders, globs))):  # the main bundle last: it lists the others
        counted = _PAGES.search(_index(site_dir, folder, glob, started, background))
        indexed += int(counted[1]) if counted else 0
    (site_dir / FOLDER / MORE).write_text(json.dumps([f"../{folder}/" for folder in folders[1:]]) + "\n",
                                          encoding="utf-8")
    return f"Indexed {indexed} pages" + (f" in {len(folders)} bundles" if len(folders) > 1 else "")


def site_pages(site_dir: Path) -> dict[str, dict[str, int]]:
    """About how many pages the site has, by top folder ("" for the site's own top pages) and by
    the folder below it ("" for the pages right in the top folder): each of those folders counts
    as one page (a page is a folder with its index.html), which needs one listing per top folder,
    not a walk through every page's folder. The search bundles are not counted."""
    counts: dict[str, dict[str, int]] = {"": {"": 0}}
    with os.scandir(site_dir) as entries:
        for entry in entries:
            if entry.is_dir() and not entry.name.startswith(FOLDER):
                inside: dict[str, int] = {"": 0}
                with os.scandir(entry.path) as below:
                    for item in below:
                        if item.is_dir():
                            inside[item.name] = 1
                        elif item.name.endswith(".html"):
                            inside[""] += 1
                counts[entry.name] = inside
            elif entry.is_file() and entry.name.endswith(".html"):
                counts[""][""] += 1
    return counts


def _index(site_dir: Path, folder: str, glob: str, started, background: bool) -> str:
    # (`nice` runs the indexer at a lower priority: a `preexec_fn` is unsafe in a process with threads)
    lower = ["nice", "-n", "10"] if background and shutil.which("nice") else []
    command = [*lower, sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", folder,
               "--root-selector", "main", "--exclude-selectors", "nav", "--exclude-selectors", "button",
               "--glob", glob]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as process:
        if started:
            started(process)
        stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SearchIndexError(f"search index not built: {(stderr or stdout).strip()}")
    return next((line.strip() for line in stdout.splitlines() if _PAGES.search(line)), "")


def bundle_globs(counts: dict[str, dict[str, int]], limit: int) -> list[str]:
    """Globs that split the site's pages (counted as `site_pages` counts them) into bundles of at
    most about `limit` pages where a split can: by top folder, the smallest first, then by the
    first letters of the folders below it ("articles/ab*"), packed in order. Every page falls
    under exactly one glob. A site within the limit is one bundle (one glob, for every page)."""
    if sum(n for inside in counts.values() for n in inside.values()) <= limit:
        return ["**/*.html"]
    pieces: list[tuple[str, int]] = []  # (glob, pages), in order

    def split(top: str, inside: dict[str, int], depth: int) -> None:
        """Pieces for the folders under `top` (name -> pages), which share their first `depth` letters."""
        groups: dict[str, list[str]] = {}
        for name in inside:
            groups.setdefault(name[:depth + 1], []).append(name)
        for key, names in sorted(groups.items()):
            longer = {name: inside[name] for name in names if name != key}
            if sum(inside[name] for name in names) > limit and longer:
                if key in inside:  # the folder named by the prefix itself
                    pieces.append((f"{top}/{_literal(key)}/**/*.html", inside[key]))
                split(top, longer, depth + 1)
            else:
                pieces.append((f"{top}/{_literal(key)}*/**/*.html", sum(inside[name] for name in names)))

    # The largest folder (a news site's articles) last: the pages of the others (entities, indexes)
    # share bundles with one another, so their scores, which Pagefind works out per bundle, compare.
    for top, inside in sorted(counts.items(), key=lambda item: (bool(item[0]), sum(item[1].values()), item[0])):
        total = sum(inside.values())
        if not top:
            pieces.append(("*.html", total))  # the site's own top pages
        elif total <= limit:
            pieces.append((f"{_literal(top)}/**/*.html", total))
        else:
            pieces.append((f"{_literal(top)}/*.html", inside.get("", 0)))
            split(_literal(top), {name: n for name, n in inside.items() if name}, 0)
    bundles: list[list[tuple[str, int]]] = [[]]
    for piece in pieces:
        if bundles[-1] and sum(n for _, n in bundles[-1]) + piece[1] > limit:
            bundles.append([])
        bundles[-1].append(piece)
    return ["{" + ",".join(glob for glob, _ in bundle) + "}" for bundle in bundles]


def _literal(name: str) -> str:
    """A path's name as a glob matches it as written."""
    return re.sub(r"([\\\[\]{}*?!,])", r"\\\1", name)


def stop(process: subprocess.Popen) -> None:
    """End an indexing process and the indexer it started."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass  # it had finished
