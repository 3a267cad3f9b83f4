"""One measured run in a fresh process (so peak memory is this run's own); prints JSON.

    python -m bench.measure build CONFIG      what `make site` does: generate, then mkdocs build --strict
    python -m bench.measure generate CONFIG   the generator's pass alone (what a preview reload runs first)
    python -m bench.measure serve CONFIG FILE what `make serve` does: build, then FILE is edited and the
                                              site rebuilt --dirty in the same process; times the rebuild
"""
from __future__ import annotations

import io
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from generator.config import load_site
from generator.pipeline import generate


def peak_megabytes() -> tuple[float, float]:
    """The peak memory of this process (generator and MkDocs), and of the largest process it
    started (an extraction worker, or the search indexer, which runs after the build)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    helpers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return own / 1024, helpers / 1024  # ru_maxrss is in KiB on Linux


def main(mode: str, config_file: Path, edit: Path | None = None) -> dict:
    start = time.perf_counter()
    if mode == "generate":
        summary = generate(load_site(config_file), out=io.StringIO())
    else:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        load_site(config_file).docs_dir.mkdir(parents=True, exist_ok=True)
        # `mkdocs serve` builds into a new temporary folder: all of the first build, search index
        # included, is fresh, and each rebuild after it is dirty.
        served = {"site_dir": tempfile.mkdtemp(prefix="bench-serve-")} if mode == "serve" else {}
        config = load_config(config_file=str(config_file), strict=mode == "build", **served)
        if mode == "serve":
            config.plugins.on_startup(command="serve", dirty=True)
            build(config, dirty=True)
            with edit.open("a", encoding="utf-8") as handle:
                handle.write("\nA second correction was appended while the preview server ran.\n")
            start = time.perf_counter()
            config = load_config(config_file=str(config_file), **served)  # as the server does for each rebuild
        build(config, dirty=mode == "serve")
        summary = config.plugins["knowledge"].summary
    seconds = time.perf_counter() - start
    if mode == "serve":  # the server stopping (it writes the cache) is not part of the rebuild
        config.plugins.on_shutdown()
        shutil.rmtree(served["site_dir"])
    return {"mode": mode, "seconds": seconds, "stages": summary.seconds, "peak_mb": max(peak_megabytes()), "own_mb": peak_megabytes()[0],
            "helpers_mb": peak_megabytes()[1],
            "articles": summary.articles, "entities": sum(summary.entities.values()),
            "written": summary.report.written, "unchanged": summary.report.unchanged,
            "extracted": summary.extracted, "rendered": summary.rendered}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else None)))
