"""knowledge.json: the whole graph as data, for other tools (documented in the README)."""
from __future__ import annotations

import json

from ..graph import article_order
from ..model import Entity
from ..render import Context, OutputFile
from ..urls import article_path
from .entity_page import inputs

PATH = "knowledge.json"


def _json(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "<" escaped so that the file stays inert even if a browser sniffs it as HTML.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    graph, urls = ctx.graph, ctx.urls
    articles = [{"id": a.id, "title": a.title, "url": urls.url(article_path(a.id)), "author": a.author,
                 "date": a.date, "source": a.source, "source_url": a.source_url}
                for a in sorted(graph.articles.values(), key=article_order)]
    # Each entity's record is kept between runs, keyed like its page: an edit re-makes the few
    # records it touches, not ten thousand.
    entities = []
    for entity in sorted(graph.entities.values(), key=lambda e: (e.type, e.id)):
        page_key = ctx.input_key(ctx.entity_path(entity), lambda entity=entity: inputs(ctx, entity))
        entities.append(ctx.fragment(f"record:{entity.id}:{page_key}",
                                     lambda entity=entity: _json(_record(ctx, entity))))
    yield OutputFile(PATH, f'{{"articles":{_json(articles)},"entities":[{",".join(entities)}]}}\n')


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
    if entity.type == "person":
        record["quotes"] = [{"text": q.text, "article": q.article_id,
                             "paragraph": graph.articles[q.article_id].paragraphs[q.paragraph].anchor}
                            for q in graph.quotes_by_speaker.get(entity.id, [])]
    if entity.provenance:
        record["provenance"] = {"pattern": entity.provenance.pattern, "sentence": entity.provenance.sentence,
                                "article": entity.provenance.article_id}
    return record
