"""The site's stylesheet, copied from the templates so that MkDocs serves it from the docs folder."""
from __future__ import annotations

from importlib.resources import files

from ..render import Context, OutputFile

PATH = "assets/knowledge.css"


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    yield OutputFile(PATH, files("generator").joinpath("templates/knowledge.css").read_text(encoding="utf-8"))
