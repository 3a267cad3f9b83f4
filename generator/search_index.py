"""Search-index entries for a generated page, in the form Material's search plugin writes them.

Material's own indexer feeds every page through html.parser tag by tag; on link-dense generated
pages that was about half of a large site's build. The pages here come from our templates and
Python-Markdown, so their HTML is well formed and every text character that could open a tag is
escaped: a regular expression can split it into sections and strip the tags. The rules are
Material's: a section per heading with an id, the page title for the first one, elements and
headings marked `data-search-exclude` left out, and p/li/code-like tags kept bare for the
result snippets."""
from __future__ import annotations

import html
import re

_HEADING = re.compile(r"<h([1-6])\b([^>]*)>(.*?)</h\1>", re.S)
_ID = re.compile(r'\bid="([^"]*)"')
_EXCLUDE = "data-search-exclude"
_HEADING_TAG = re.compile(r"<h[1-6]\b")
_EXCLUDED_ELEMENT = re.compile(r"<(?!h[1-6]\b)(\w+)\b[^>]*\bdata-search-exclude\b[^>]*>.*?</\1>", re.S)
_SKIPPED_ELEMENT = re.compile(r"<(script|style|object)\b.*?</\1>|<!--.*?-->", re.S | re.I)
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*>")
_EMPTY_KEPT = re.compile(r"<(\w+)>\s*</\1>")
_KEPT = {"p", "code", "pre", "li", "ol", "ul", "sub", "sup"}  # as Material keeps them
_INLINE = {"a", "abbr", "b", "cite", "em", "i", "mark", "q", "s", "small", "span", "strong", "time", "u"}


def search_entries(content: str, url: str, title: str) -> list[dict[str, str]]:
    """The entries for one page: {"location", "title", "text"}, one per section."""
    if _excludes_elements(content):
        content = _EXCLUDED_ELEMENT.sub("", content)
    content = _SKIPPED_ELEMENT.sub("", content)
    headings = list(_HEADING.finditer(content))
    entries = []
    preface = _text(content[:headings[0].start()] if headings else content)
    if preface:
        entries.append({"location": url, "title": _text(title), "text": preface})
    for number, heading in enumerate(headings):
        if "data-search-exclude" in heading[2]:
            continue
        end = headings[number + 1].start() if number + 1 < len(headings) else len(content)
        anchor = _ID.search(heading[2])
        location = url if (number == 0 and heading[1] == "1" and not preface) or not anchor else f"{url}#{anchor[1]}"
        entries.append({"location": location, "title": _text(_PERMALINK.sub("", heading[3])),
                        "text": _text(content[heading.end():end])})
    return entries


def _excludes_elements(content: str) -> bool:
    """Whether an element other than a heading is marked `data-search-exclude` (on most pages only
    headings are, and the pattern that removes such elements is slow to run over a page)."""
    at = content.find(_EXCLUDE)
    while at != -1:
        tag = content.rfind("<", 0, at)
        if not _HEADING_TAG.match(content, tag):
            return True
        at = content.find(_EXCLUDE, at + len(_EXCLUDE))
    return False


def _text(fragment: str) -> str:
    """Tags dropped (inline) or turned into a space (block), except the kept ones, which lose
    their attributes; text unescaped and escaped again as Material does (quotes left bare)."""
    parts = _TAG.split(fragment)  # text, closing slash, tag name, text, ...
    out = []
    for index in range(0, len(parts), 3):
        text = parts[index]
        # Text without "&", "<" or ">" comes out of unescaping and escaping as it went in.
        out.append(html.escape(html.unescape(text), quote=False) if "&" in text or "<" in text or ">" in text
                   else text)
        if index + 2 < len(parts):
            slash, name = parts[index + 1], parts[index + 2].lower()
            out.append(f"<{slash}{name}>" if name in _KEPT else "" if name in _INLINE else " ")
    return _EMPTY_KEPT.sub("", " ".join("".join(out).split())).strip()  # split() breaks where \s+ matches


_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')


def strip_search_attributes(content: str) -> str:
    """What Material's search hook does to every page, `re.sub(r'\\s?data-search-\\w+="[^"]+"', "",
    content)`, with a pattern that starts with its literal part (which `re` finds quickly) and the
    one whitespace character before a match removed with it."""
    if "data-search-" not in content:
        return content
    pieces, last = [], 0
    for match in _SEARCH_ATTRIBUTE.finditer(content):
        start = match.start()
        if start > last and content[start - 1].isspace():
            start -= 1
        pieces.append(content[last:start])
        last = match.end()
    pieces.append(content[last:])
    return "".join(pieces)
