"""The site's own stylesheet and scripts (search, previews), copied from the templates so that the engine serves
them from the docs folder (site_config.yml names them under extra_css and extra_javascript)."""
from __future__ import annotations

from importlib.resources import files

from ..render import Context, OutputFile

ASSETS = {"assets/knowledge.css": "templates/knowledge.css", "assets/search.js": "templates/search.js",
          "assets/preview.js": "templates/preview.js"}


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    for path, template in ASSETS.items():
        yield OutputFile(path, files("generator").joinpath(template).read_text(encoding="utf-8"))
