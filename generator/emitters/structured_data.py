"""schema.org JSON-LD for article and entity pages (NewsArticle; Person, Organization, Place,
Event; equipment as Product), written into the page itself so that any engine keeps it. The JSON
is inert: article text in it can never close the script element."""
from __future__ import annotations

from markupsafe import Markup

from ..model import Article, Entity
from ..render import Context, safe_url
from ..urls import article_path
from .knowledge_json import inert_json

SCHEMA_TYPES = {"person": "Person", "organization": "Organization", "place": "Place", "event": "Event",
                "equipment": "Product"}
ABOUT = 20  # entities an article's data names as what it is about


def absolute(ctx: Context, path: str) -> str:
    """A docs file's URL, absolute when the site's address is known (site_url), else from the root."""
    url = ctx.urls.url(path)
    return f"{ctx.site.site_url.rstrip('/')}/{url}" if ctx.site.site_url else f"/{url}"


def _script(data: dict) -> Markup:
    return Markup(f'<script type="application/ld+json">{inert_json(data)}</script>')


def entity_data(ctx: Context, entity: Entity, roles: list[str]) -> Markup:
    data = {"@context": "https://schema.org", "@type": SCHEMA_TYPES.get(entity.type, "Thing"), "name": entity.name,
            "url": absolute(ctx, ctx.entity_path(entity))}
    if entity.aliases:
        data["alternateName"] = list(entity.aliases)
    if entity.description:
        data["description"] = entity.description
    if entity.type == "person" and (entity.field("role") or roles):
        data["jobTitle"] = entity.field("role") or roles[0]
    if entity.type == "equipment" and entity.field("category"):
        data["category"] = entity.field("category")
    return _script(data)


def article_data(ctx: Context, article: Article, mentioned: list[Entity]) -> Markup:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "url": absolute(ctx, article_path(article.id))}
    if article.date:
        data["datePublished"] = article.date
    if article.author:
        data["author"] = {"@type": "Person", "name": article.author}
    if article.outlet:
        data["publisher"] = {"@type": "Organization", "name": article.outlet}
    if safe_url(article.source_url):
        data["isBasedOn"] = safe_url(article.source_url)
    if article.standfirst:
        data["description"] = article.standfirst.text
    if article.tags:
        data["keywords"] = list(article.tags)
    if mentioned:
        data["about"] = [{"@type": SCHEMA_TYPES.get(e.type, "Thing"), "name": e.name,
                          "url": absolute(ctx, ctx.entity_path(e))} for e in mentioned[:ABOUT]]
    return _script(data)
