"""knowledge.json: the whole graph as data, for other tools (documented in the README)."""
from __future__ import annotations

import json
import zlib

from ..graph import article_order
from ..model import Entity
from ..render import Context, OutputFile
from ..urls import article_path

PATH = "knowledge.json"


def inert_json(value) -> str:
    """JSON that a browser can never take for HTML, whatever the text in it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "<" escaped so that the file stays inert even if a browser sniffs it as HTML.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def record_key(entity: Entity, page_key: str | None) -> str:
    return f"record:{entity.id}:{page_key}"


def make_record(ctx: Context, entity: Entity, page_key: str | None) -> None:
    """An entity's record, made beside its page (by the same process, from the same inputs), and
    kept between runs under the page's key: an edit re-makes the few records it touches."""
    ctx.fragment(record_key(entity, page_key), lambda: inert_json(_record(ctx, entity)))


def collect(ctx: Context, page_keys: dict[str, str], fragments: dict[str, bytes]) -> OutputFile:
    """The file, put together in the main process from the records every process made (each
    compressed, see `Context.fragment`)."""
    graph, urls = ctx.graph, ctx.urls
    articles = [{"id": a.id, "title": a.title, "url": urls.url(article_path(a.id)), "author": a.author,
                 "date": a.date, "source": a.source, "source_url": a.source_url}
                for a in sorted(graph.articles.values(), key=article_order)]
    records = [record_key(e, page_keys.get(ctx.entity_path(e)))
               for e in sorted(graph.entities.values(), key=lambda e: (e.type, e.id))]

    def text():
        """The file in pieces: it holds every record, too many to join into one string at scale."""
        yield f'{{"articles":{inert_json(articles)},"entities":['
        for number, record in enumerate(records):
            text = zlib.decompress(fragments[record]).decode()
            yield f",{text}" if number else text
        yield "]}\n"

    return ctx.file(PATH, lambda: [articles, records], text)  # made again only if an input changed: it is large


def _record(ctx: Context, entity: Entity) -> dict:
    graph = ctx.graph
    record = {
        "id": entity.id, "name": entity.name, "type": entity.type, "aliases": list(entity.aliases),
        "url": ctx.urls.url(ctx.entity_path(entity)), "description": entity.description,
        "fields": dict(entity.fields), "discovered": entity.discovered,
        "roles": list(dict.fromkeys(r.role for r in graph.roles_by_entity.get(entity.id, []))),
        "mentions": [{"article": m.article_id, "paragraph": graph.articles[m.article_id].paragraphs[m.paragraph].anchor}
                     for m in graph.mentions_by_entity.get(entity.id, [])],
        "quantities": [{"phrase": q.phrase, "amount": q.amount, "article": q.article_id}
                       for q in graph.quantities_by_entity.get(entity.id, [])],
    }
    if entity.type in ("person", "organization"):  # organisations speak through statements
        record["quotes"] = [{"text": q.text, "article": q.article_id,
                             "paragraph": graph.articles[q.article_id].paragraphs[q.paragraph].anchor}
                            for q in graph.quotes_by_speaker.get(entity.id, [])]
    if entity.provenance:
        record["provenance"] = {"pattern": entity.provenance.pattern, "sentence": entity.provenance.sentence,
                                "article": entity.provenance.article_id}
    return record
