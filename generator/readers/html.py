"""Saved web pages: the article's main text and its metadata (headline, author, date, canonical
URL, site name), taken out of the page by trafilatura; menus, adverts, scripts and markup stay
behind. Paragraphs come out as text, like any other article."""
from __future__ import annotations

from .errors import ReadError
from .text import Block, build_article

MIN_WORDS = 8


def read_html(text: str, source: str, article_id: str | None = None):
    from trafilatura import bare_extraction  # (imported when a page is read: it takes a while to load)

    try:
        page = bare_extraction(text, with_metadata=True, include_comments=False, include_tables=True,
                               include_images=False, include_links=False)
    except (ValueError, TypeError) as error:  # markup lxml cannot make a tree of
        raise ReadError(source, None, f"not a readable web page ({error})") from error
    words = len((page.text or "").split()) if page is not None else 0
    if words < MIN_WORDS:  # what is left of a page with no article: a menu item or two
        raise ReadError(source, None, f"no article text found in the web page ({words} word{'' if words == 1 else 's'})")
    # trafilatura gives one paragraph per line; the line numbers are the extracted text's.
    blocks = [Block(" ".join(line.split()), number) for number, line in enumerate(page.text.split("\n"), 1)
              if line.strip()]
    return build_article(blocks, source, article_id, title=page.title or None, date=page.date or None,
                         source_url=page.url or None, author=page.author or None, outlet=page.sitename or None,
                         tags=tuple(page.tags or ()))
