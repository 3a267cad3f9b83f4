"""The theme overrides (generator/theme/) draw Material's nav, header and settings once per
folder for pages outside the nav: every page must come out byte for byte as Material draws it."""
from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config

from conftest import FIXTURES, make_project
from generator.mkdocs_plugin import HEAD_DIR, THEME_DIR, KnowledgePlugin


def _build(folder: Path):
    articles = {p.name: p.read_bytes() for p in (FIXTURES / "hostile").iterdir() if p.is_file() and p.suffix == ".txt"}
    config_file = make_project(folder, articles)
    (folder / "build" / "docs").mkdir(parents=True)
    config = load_config(config_file=str(config_file))
    mkdocs_build(config)
    return config, {p.relative_to(folder / "site").as_posix(): p.read_bytes()
                    for p in (folder / "site").rglob("*.html")}


def _head_only(self, config):
    material = next(d for d in config.theme.dirs if Path(d, "partials", "nav.html").exists())
    config.theme.dirs.insert(config.theme.dirs.index(material), HEAD_DIR)
    return config


def test_shared_parts_are_drawn_exactly_as_material_draws_them(tmp_path, monkeypatch):
    config, shared = _build(tmp_path / "shared")
    assert THEME_DIR in config.theme.dirs
    # Material's own templates, with only the page head's metadata added (as under Zensical)
    monkeypatch.setattr(KnowledgePlugin, "on_config", _head_only)
    config, own = _build(tmp_path / "own")
    assert THEME_DIR not in config.theme.dirs
    assert len(own) > 30 and {p.split("/")[0] for p in own} >= {"articles", "people", "equipment", "places"}
    assert shared.keys() == own.keys()
    for path in own:
        assert shared[path] == own[path], path
