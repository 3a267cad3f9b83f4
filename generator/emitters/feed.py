"""feed.xml: an Atom feed of the newest articles, for feed readers (linked from the home
page). Links are absolute when site_url is set, as feed readers need; dates come from the
articles, so two builds write the same file."""
from __future__ import annotations

import heapq
import uuid
from xml.etree import ElementTree

from ..graph import article_order
from ..render import Context, safe_url
from ..urls import HOME, article_path
from .structured_data import absolute

PATH = "feed.xml"
NEWEST = 50
SUMMARY = 400  # characters of the standfirst or first paragraph
ATOM = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01T00:00:00Z"  # for undated articles: Atom requires a date


def _timestamp(date: str | None) -> str:
    return f"{date}T00:00:00Z" if date else EPOCH


def _id(ctx: Context, path: str) -> str:
    """An entry's permanent id: its URL when the site's address is known, else a name-based UUID."""
    url = absolute(ctx, path)
    return url if ctx.site.site_url else uuid.uuid5(uuid.NAMESPACE_URL, f"{ctx.site.site_name}{url}").urn


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    newest = heapq.nsmallest(NEWEST, ctx.graph.articles.values(), key=article_order)
    yield ctx.file(PATH, lambda: [newest], lambda: _atom(ctx, newest))


def _atom(ctx: Context, articles) -> str:
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")

    def add(parent, tag: str, text: str | None = None, **attributes) -> ElementTree.Element:
        element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
        element.text = text
        return element

    add(feed, "title", ctx.site.site_name or "Articles")
    if ctx.site.site_description:
        add(feed, "subtitle", ctx.site.site_description)
    add(feed, "id", _id(ctx, HOME))
    add(feed, "link", href=absolute(ctx, HOME))
    if ctx.site.site_url:
        add(feed, "link", rel="self", href=absolute(ctx, PATH))
    add(feed, "updated", max((_timestamp(a.date) for a in articles), default=EPOCH))
    add(feed, "generator", "knowledge-site generator")
    for article in articles:
        entry = add(feed, "entry")
        add(entry, "title", article.title)
        add(entry, "id", _id(ctx, article_path(article.id)))
        add(entry, "link", href=absolute(ctx, article_path(article.id)))
        if safe_url(article.source_url):
            add(entry, "link", rel="via", href=safe_url(article.source_url))
        add(entry, "updated", _timestamp(article.date))
        if article.date:
            add(entry, "published", _timestamp(article.date))
        add(add(entry, "author"), "name", article.author or article.outlet or ctx.site.site_name or "Unknown")
        for tag in article.tags:
            add(entry, "category", term=tag)
        lead = article.standfirst or next((p for p in article.paragraphs if p.kind == "body"), None)
        if lead:
            text = lead.text if len(lead.text) <= SUMMARY else lead.text[:SUMMARY].rsplit(" ", 1)[0] + " …"
            add(entry, "summary", text, type="text")
    ElementTree.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(feed, encoding="unicode") + "\n"
