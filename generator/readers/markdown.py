"""Markdown articles with YAML front matter. The body is read as paragraphs of text, like a .txt
article: article text is untrusted, so its Markdown syntax is shown, never rendered."""
from __future__ import annotations

import datetime as dt
import re

import yaml

from .errors import ReadError
from .text import build_article, split_blocks

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def _string(meta: dict, key: str, source: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if not isinstance(value, (str, int, float)):
        raise ReadError(source, 1, f"front matter '{key}' must be text, not {type(value).__name__}")
    return str(value).strip() or None


def read_markdown(text: str, source: str, article_id: str | None = None):
    meta: dict = {}
    first_line = 1
    front = _FRONT.match(text)
    if front:
        try:
            meta = yaml.safe_load(front.group(1) or "") or {}
        except yaml.YAMLError as error:
            line = getattr(getattr(error, "problem_mark", None), "line", 0) + 2
            reason = getattr(error, "problem", None) or "invalid YAML"
            raise ReadError(source, line, f"front matter: {reason}") from error
        if not isinstance(meta, dict):
            raise ReadError(source, 2, "front matter must be a mapping of keys to values")
        first_line = text.count("\n", 0, front.end()) + 1
        text = text[front.end():]
    blocks = split_blocks(text, first_line)
    title = _string(meta, "title", source)
    if blocks and blocks[0].text.startswith("# "):
        heading = blocks.pop(0).text[2:].strip()
        title = title or heading
    tags = meta.get("tags") or ()
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, (list, tuple)):
        raise ReadError(source, 1, "front matter 'tags' must be a list")
    date = _string(meta, "date", source)
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ReadError(source, 1, f"front matter 'date' must be YYYY-MM-DD, not {date!r}")
    return build_article(
        blocks, source, article_id, title=title, date=date,
        source_url=_string(meta, "source_url", source) or _string(meta, "url", source),
        tags=tuple(str(t) for t in tags), author=_string(meta, "author", source),
        outlet=_string(meta, "outlet", source))
