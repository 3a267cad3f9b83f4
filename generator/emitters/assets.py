"""The site's own stylesheet and scripts (search, previews, graphs), copied from the templates so that the engine serves
them from the docs folder (site_config.yml names them under extra_css and extra_javascript)."""
from __future__ import annotations

from importlib.resources import files

from ..render import Context

ASSETS = {"assets/knowledge.css": "templates/knowledge.css", "assets/search.js": "templates/search.js",
          "assets/preview.js": "templates/preview.js", "assets/graph.js": "templates/graph.js",
          # d3-force, vendored (licence beside it), loaded by graph.js on the graph page only
          "assets/d3-force.min.js": "vendor/d3-force.min.js", "assets/LICENSE-d3.txt": "vendor/LICENSE-d3.txt"}


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    for path, template in ASSETS.items():
        text = files("generator").joinpath(template).read_text(encoding="utf-8")
        yield ctx.file(path, lambda text=text: [text], lambda text=text: text)
