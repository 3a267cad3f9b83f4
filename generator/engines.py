"""The engines that turn the generated docs folder into the static site: MkDocs with Material (the
default; the knowledge plugin regenerates the pages and indexes the result), or Zensical, which
reads the same configuration (the generator runs first, the search index after). Either builds
into a fresh folder that replaces the site only on success, so a failed build keeps the last one."""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from mkdocs.utils.yaml import yaml_load

from .config import load_site
from .pipeline import generate
from .search import SearchIndexError, index_site

ENGINES = ("mkdocs", "zensical")


class EngineError(Exception):
    pass


def build_site(config_file: Path, strict_input: bool = False, engine: str = "mkdocs") -> int:
    """Build the site with `engine`; 0 on success, 1 (with a one-line message) on failure."""
    site = load_site(config_file)
    site.docs_dir.mkdir(parents=True, exist_ok=True)  # MkDocs checks it exists before the plugin runs
    final = site.site_dir
    staging = final.with_name(final.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        (_with_mkdocs if engine == "mkdocs" else _with_zensical)(config_file, staging, strict_input)
    except EngineError as error:
        shutil.rmtree(staging, ignore_errors=True)
        print(f"error: site not built, previous site kept: {error}", file=sys.stderr)
        return 1
    previous = final.with_name(final.name + ".old")
    shutil.rmtree(previous, ignore_errors=True)
    if final.exists():
        final.rename(previous)
    staging.rename(final)
    shutil.rmtree(previous, ignore_errors=True)
    print(f"site built in {final}", file=sys.stderr)
    return 0


def _with_mkdocs(config_file: Path, staging: Path, strict_input: bool) -> None:
    """`mkdocs build --strict`; the knowledge plugin generates the pages and indexes the site."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    mkdocs_log = logging.getLogger("mkdocs")
    if not mkdocs_log.handlers:  # show MkDocs's own messages as its command line would
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
        mkdocs_log.addHandler(handler)
        mkdocs_log.setLevel(logging.INFO)
    try:
        config = load_config(config_file=str(config_file), strict=True)
        if strict_input:
            config.plugins["knowledge"].config.strict_input = True
        config.site_dir = str(staging)
        build(config)
    except (MkDocsException, KeyError, SystemExit) as error:
        raise EngineError(str(error)) from error


def _with_zensical(config_file: Path, staging: Path, strict_input: bool) -> None:
    """The generator, then `zensical build --strict` on a copy of the configuration that points at
    the docs folder and the staging folder, then the search index."""
    site = load_site(config_file).model_copy(update={"engine": "zensical"})
    summary = generate(site)
    if summary.skipped and strict_input:
        raise EngineError(f"{len(summary.skipped)} article file(s) skipped and --strict-input is set")
    # Zensical keeps both folders inside the configuration's own folder: the copy goes in build/.
    folder = site.root / "build"
    output = folder / "zensical-site"
    shutil.rmtree(output, ignore_errors=True)
    with config_file.open("rb") as handle:
        settings = yaml_load(handle) or {}  # as MkDocs reads it (!ENV and the like resolved)
    settings.update(docs_dir=os.path.relpath(site.docs_dir.resolve(), folder.resolve()), site_dir=output.name)
    # Zensical 0.1 checks that each watched path exists, read from the copy's folder as MkDocs reads
    # them from the configuration's.
    if settings.get("watch"):
        settings["watch"] = [os.path.relpath((config_file.parent / path).resolve(), folder.resolve())
                             for path in settings["watch"]]
    settings["plugins"] = [p for p in settings.get("plugins", []) if p != "knowledge"]  # MkDocs's alone
    theme = settings.setdefault("theme", {"name": "material"})
    if isinstance(theme, dict) and not theme.get("custom_dir"):  # a user's own overrides win (no metadata then)
        theme["custom_dir"] = str(Path(__file__).resolve().parent / "page_head")
    copy = folder / "zensical.yml"
    copy.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # Dated by the newest article, as under MkDocs, so that two builds are byte for byte the same.
    env = {**os.environ, "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH", str(summary.newest_epoch))}
    result = subprocess.run([sys.executable, "-m", "zensical", "build", "--strict", "--clean", "-f", str(copy)],
                            cwd=folder, env=env, capture_output=True, text=True)
    sys.stderr.write(result.stdout + result.stderr)
    if result.returncode != 0 or not (output / "index.html").exists():
        raise EngineError(f"zensical build failed (exit {result.returncode})")
    output.rename(staging)
    try:
        print(f"search: {index_site(staging)}", file=sys.stderr)
    except SearchIndexError as error:
        raise EngineError(str(error)) from error
