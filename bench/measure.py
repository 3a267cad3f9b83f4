"""One measured run in a fresh process (so peak memory is this run's own); prints JSON.

    python -m bench.measure build CONFIG      what `make site` does: generate, then mkdocs build --strict
    python -m bench.measure generate CONFIG   the generator's pass alone (what a preview reload runs first)
    python -m bench.measure dirty CONFIG      mkdocs build --dirty, as `make serve` rebuilds after an edit
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

from generator.config import load_site
from generator.pipeline import generate


def peak_megabytes() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024  # ru_maxrss is in KiB on Linux


def main(mode: str, config_file: Path) -> dict:
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    start = time.perf_counter()
    if mode == "generate":
        summary = generate(load_site(config_file), out=open(os.devnull, "w"))
    else:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        load_site(config_file).docs_dir.mkdir(parents=True, exist_ok=True)
        config = load_config(config_file=str(config_file), strict=mode == "build")
        build(config, dirty=mode == "dirty")
        summary = config.plugins["knowledge"].summary
    seconds = time.perf_counter() - start
    return {"mode": mode, "seconds": seconds, "stages": summary.seconds, "peak_mb": peak_megabytes(),
            "articles": summary.articles, "entities": sum(summary.entities.values()),
            "written": summary.report.written, "unchanged": summary.report.unchanged}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], Path(sys.argv[2]))))
