"""Where each page lives in the docs folder and how pages link to each other.

Links are written into raw HTML (so that article text can never become Markdown), which MkDocs
does not rewrite; so the generator computes the final relative URLs itself."""
from __future__ import annotations

from functools import lru_cache

from slugify import slugify

from .config import EntityType

HOME = "index.md"


@lru_cache(maxsize=None)  # bounded by the corpus's titles and names; slugify is slow, and names recur
def slug(text: str) -> str:
    """The URL word made of a title or a name ("" if it has no letters or digits)."""
    return slugify(text, max_length=80, word_boundary=True)

ARTICLES_INDEX = "articles/index.md"


def article_path(article_id: str) -> str:
    return f"articles/{article_id}.md"


def entity_path(entity_type: EntityType, entity_id: str) -> str:
    return f"{entity_type.folder}/{entity_id}.md"


def entity_articles_path(entity_type: EntityType, entity_id: str) -> str:
    """The page listing every article that mentions an entity (for the much-mentioned ones)."""
    return f"{entity_type.folder}/{entity_id}/articles.md"


def type_index_path(entity_type: EntityType) -> str:
    return f"{entity_type.folder}/index.md"


class Urls:
    def __init__(self, use_directory_urls: bool, relative_to_source: bool = False):
        """`relative_to_source`: the engine reads a page's links as relative to its Markdown file
        (Zensical does so in raw HTML too, as MkDocs does only in Markdown links) rather than to
        the page's URL; the two differ for directory URLs ("articles/x.md" is "articles/x/")."""
        self.use_directory_urls = use_directory_urls
        self.relative_to_source = relative_to_source
        self._urls: dict[str, str] = {}
        # The folder of the page links were last made from, split: a page makes all its links in a row.
        self._source: str | None = None
        self._folder: list[str] = []

    def url(self, path: str) -> str:
        """The site URL (relative to the site root) of a docs file, as MkDocs will publish it."""
        url = self._urls.get(path)
        if url is None:
            url = self._urls[path] = _url(path, self.use_directory_urls)
        return url

    def href(self, from_path: str, to_path: str, anchor: str | None = None, *, as_is: bool = False) -> str:
        """A relative link from one docs file's page to another's (and an anchor on it); `as_is`:
        from a file the engine copies as it is, whose links nothing rewrites."""
        source = from_path if self.relative_to_source and not as_is else self.url(from_path)
        if source != self._source:
            self._source, self._folder = source, source.split("/")[:-1]  # "" (the home page) has no folder
        relative = _relative(self._folder, self.url(to_path))
        return relative + (f"#{anchor}" if anchor else "")


def _url(path: str, use_directory_urls: bool) -> str:
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def _relative(folder: list[str], target: str) -> str:
    """The link from a page in `folder` (its site URL's segments) to site URL `target`. Site URLs
    hold no "." or ".." segments, so the common folder prefix is all that cancels."""
    if not folder or not target.startswith(f"{folder[0]}/"):  # nothing in common: up to the root
        return "../" * len(folder) + target or "./"
    parts = target.split("/")
    common, most = 0, min(len(folder), len(parts) - 1)
    while common < most and folder[common] == parts[common]:
        common += 1
    relative = "../" * (len(folder) - common) + "/".join(parts[common:])
    return relative or "./"
