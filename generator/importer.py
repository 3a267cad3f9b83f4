"""`python -m generator import PATH...`: saved web pages, text and Markdown files (or folders of
them) written into content/articles/ as Markdown with front matter, read by the same readers the
build uses. A page already there (the same source URL, or the same text) is skipped; a file that
cannot be read is reported in one line, and the others are imported."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml

from .model import Article
from .readers import READERS, ReadError, is_article_file, read_article
from .urls import slug


def _text_key(article: Article) -> str:
    """The article's text, whitespace and case aside: the same story saved twice has one key."""
    words = " ".join(" ".join(p.text for p in article.paragraphs).casefold().split())
    return hashlib.blake2b(words.encode("utf-8"), digest_size=16).hexdigest()


def as_markdown(article: Article) -> str:
    """The article as the Markdown reader reads it back: metadata in front matter, and every
    paragraph (bylines and credits too) as a paragraph of text."""
    meta = {"title": article.title, "date": article.date, "author": article.author, "outlet": article.outlet,
            "source_url": article.source_url, "tags": list(article.tags) or None}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True, sort_keys=False, width=1000)
    body = "\n\n".join(p.text for p in article.paragraphs)
    return f"---\n{front}---\n\n{body}\n"


def _inputs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p.name)))
        else:
            found.append(path)
    return found


def import_paths(paths: list[Path], articles_dir: Path, out=None) -> int:
    """Import every file; returns 0 if each was imported or already there, 1 if any could not be read."""
    out = out or sys.stderr
    articles_dir.mkdir(parents=True, exist_ok=True)
    known_urls: dict[str, str] = {}
    known_texts: dict[str, str] = {}
    for existing in sorted(articles_dir.rglob("*")):
        if existing.is_file() and is_article_file(existing.name):
            try:
                article = read_article(existing, existing.name)
            except ReadError:
                continue  # the build reports it
            if article.source_url:
                known_urls.setdefault(article.source_url, existing.name)
            known_texts.setdefault(_text_key(article), existing.name)
    failed = imported = skipped = 0
    for path in _inputs(paths):
        if path.suffix.lower() not in READERS:
            print(f"skipped {path}: not a web page, text or Markdown file ({', '.join(sorted(READERS))})", file=out)
            failed += 1
            continue
        try:
            article = read_article(path, str(path))
        except ReadError as error:
            print(f"skipped {error}", file=out)
            failed += 1
            continue
        same = known_urls.get(article.source_url or "") or known_texts.get(_text_key(article))
        if same:
            print(f"skipped {path}: already imported as {same}", file=out)
            skipped += 1
            continue
        stem = slug(article.title) or "article"
        target, number = articles_dir / f"{stem}.md", 1
        while target.exists():
            number += 1
            target = articles_dir / f"{stem}-{number}.md"
        target.write_text(as_markdown(article), encoding="utf-8")
        if article.source_url:
            known_urls[article.source_url] = target.name
        known_texts[_text_key(article)] = target.name
        imported += 1
        print(f"imported {path} -> {target}", file=out)
    print(f"import: {imported} imported, {skipped} already there, {failed} unreadable", file=out)
    return 1 if failed else 0
