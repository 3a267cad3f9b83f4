"""Runs one function over many items on every core. Workers are forked after the shared state is
built, so they read it without copying it through pickles; results come back in input order, so
the output is identical to a single-process run."""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from tqdm import tqdm

T = TypeVar("T")
R = TypeVar("R")
MIN_ITEMS = 64  # below this, starting processes costs more than it saves
LONG_RUN = 1000  # from this many items, a run logs its progress where there is no terminal for a bar

_shared: dict[str, Any] = {}


def shared(name: str) -> Any:
    """State a worker reads (set with `run(..., state=...)` before the workers fork)."""
    return _shared[name]


def default_jobs() -> int:
    requested = os.environ.get("KNOWLEDGE_JOBS")
    return max(1, int(requested)) if requested else (os.cpu_count() or 1)


def run(function: Callable[[T], R], items: Sequence[T], *, jobs: int | None = None, state: dict[str, Any],
        label: str, min_items: int = MIN_ITEMS) -> list[R]:
    """`[function(item) for item in items]`, on `jobs` processes, with a progress bar on a terminal
    and, elsewhere (a CI log), a plain line at each tenth of a long run."""
    jobs = default_jobs() if jobs is None else jobs
    _shared.clear()
    _shared.update(state)
    bar = tqdm(total=len(items), desc=label, unit="item", disable=None, leave=False, file=sys.stderr)
    logged = bar.disable and len(items) >= LONG_RUN
    results: list[R] = []

    def done(result: R) -> None:
        results.append(result)
        bar.update()
        if logged and len(results) * 10 // len(items) > (len(results) - 1) * 10 // len(items):
            print(f"generator: {label} {len(results)}/{len(items)}", file=sys.stderr, flush=True)

    try:
        if jobs <= 1 or len(items) < min_items or "fork" not in multiprocessing.get_all_start_methods():
            for item in items:
                done(function(item))
            return results
        chunk = max(1, min(256, len(items) // (jobs * 8)))
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for result in pool.imap(function, items, chunksize=chunk):
                done(result)
            return results
    finally:
        bar.close()
        _shared.clear()
