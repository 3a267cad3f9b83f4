"""Shared fixtures: a throwaway copy of the project's site (config + content) and real builds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.engines import build_site

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "content" / "articles" / "union-resolve-2022.txt"
# An article that brings a discovered entity: a clean site built with it shows every kind of page
# and so all the markup the templates make (the baseline of the hostile-input tests).
DISCOVERING_ARTICLE = "Minister Visits Base\n\nFinnish Defence Minister Antti Hakkanen visited troops in Rovaniemi.\n"


def make_project(folder: Path, articles: dict[str, bytes | str] | None = None, with_seed: bool = True) -> Path:
    """A project folder with the bundled config and knowledge base; returns its config file."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "site_config.yml", folder / "site_config.yml")
    shutil.copytree(ROOT / "content" / "entities", folder / "content" / "entities")
    (folder / "content" / "articles").mkdir(parents=True)
    if with_seed:
        shutil.copy(SEED, folder / "content" / "articles" / SEED.name)
    for name, data in (articles or {}).items():
        path = folder / "content" / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return folder / "site_config.yml"


def build(config: Path, **kwargs) -> Path:
    """A real build of the project (MkDocs unless `engine=` says otherwise); returns the site folder."""
    assert build_site(config, **kwargs) == 0
    return config.parent / "site"


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The bundled seed project, built once for every test that only reads the result."""
    return build(make_project(tmp_path_factory.mktemp("seed")))


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (whose own browser download is not used)."""
    from playwright.sync_api import sync_playwright

    from browser import chromium_path

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path(), args=["--no-sandbox"])
        yield chromium
        chromium.close()
