"""Readers: one file of article text in, one typed `Article` out (cf. Pelican's readers.py).

A reader raises `ReadError` for a file it cannot turn into an article; the pipeline reports it
in one line and builds the rest.
"""
from __future__ import annotations

import dataclasses
import os
from collections.abc import Container
from pathlib import Path

from ..model import Article
from .decoding import decode
from .errors import ReadError
from .html import read_html
from .markdown import read_markdown
from .text import read_text

READERS = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown, ".html": read_html, ".htm": read_html}

__all__ = ["READERS", "ReadError", "read_article", "is_article_file", "with_unique_id"]

RESERVED_IDS = {"index"}  # index.md in each folder is the folder's list page


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


def with_unique_id(article: Article, taken: Container[str]) -> Article:
    """`article`, its id numbered ("-2", "-3" ...) when another article already has it: two
    articles with the same title stay two pages."""
    article_id, number = article.id, 1
    while article_id in taken or article_id in RESERVED_IDS:
        number += 1
        article_id = f"{article.id}-{number}"
    return article if article_id == article.id else dataclasses.replace(article, id=article_id)
