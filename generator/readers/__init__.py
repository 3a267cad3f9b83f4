"""Readers: one file of article text in, one typed `Article` out (cf. Pelican's readers.py).

A reader raises `ReadError` for a file it cannot turn into an article; the pipeline reports it
in one line and builds the rest.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..model import Article
from .decoding import decode
from .errors import ReadError
from .markdown import read_markdown
from .text import read_text

READERS = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown}

__all__ = ["READERS", "ReadError", "read_article", "is_article_file"]


def is_article_file(name: str) -> bool:
    """Whether a file name (or "/"-separated path) is an article a reader takes; hidden files are not."""
    base = name.rpartition("/")[2]
    return os.path.splitext(base)[1].lower() in READERS and not base.startswith(".")


def read_article(path: Path, source: str, article_id: str | None = None) -> Article:
    """Decode and parse one file; `source` is the name used in messages and provenance."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(source, None, f"cannot read file ({error.strerror or error})") from error
    text = decode(data, source)
    return READERS[path.suffix.lower()](text, source, article_id)
