"""What decides incremental work (cf. Pelican's cache.py, which this builds on): which articles
need discovering or extracting again, and which pages need rendering again, from what the last
run kept in the cache. A run after a small edit redoes only what the edit reaches; everything
here is bookkeeping, and the stages themselves live in pipeline.py."""
from __future__ import annotations

from collections.abc import Callable

from .cache import Cache, fingerprint
from .extract import Matcher, articles_holding, changed_forms
from .model import Article, Entity
from .parallel import run
from .render import Context
from .urls import article_path


def cached_map(cache: Cache, table: str, function, articles: dict[str, Article], keys: dict[str, str],
               state: Callable[[], dict], jobs: int | None) -> dict[str, object]:
    """`function` for each article, from the cache where the article's key is known; `state`
    makes what the workers share, only when there is work for them."""
    previous = cache.previous(table)
    done = {i: previous[keys[i]] for i in articles if keys[i] in previous}
    todo = [i for i in articles if i not in done]
    if todo:
        done.update(zip(todo, run(function, todo, jobs=jobs, state=state(), label=table)))
    cache.keep(table, {keys[i]: done[i] for i in articles})
    return {i: done[i] for i in articles}  # in article order, however the work was split


def cached_extractions(cache: Cache, articles: dict[str, Article], keys: dict[str, str], merged: dict[str, Entity],
                       entities_key: str, extract_one: Callable, jobs: int | None
                       ) -> tuple[dict[str, tuple[str, bytes]], int]:
    """Each article's extraction (its key, and it pickled), and how many articles were extracted.
    A cached extraction holds while its article is unchanged and the entity set is the one it was
    made with; when the set changed, for every article that holds none of the strings through
    which the change reaches extraction (`changed_forms`). Only the others are extracted again."""
    previous = cache.previous("extract")
    basis = cache.previous("extract basis").get("entities")
    matcher = Matcher(merged)
    stale: set[str] = set()
    if basis != entities_key:
        old = next((m for m, k in cache.previous("merge").values() if k == basis), None)
        stale = set(articles) if old is None else articles_holding(articles, changed_forms(Matcher(old), matcher))
    done = {i: previous[keys[i]] for i in articles if keys[i] in previous and i not in stale}
    todo = [i for i in articles if i not in done]
    if todo:
        done.update(zip(todo, run(extract_one, todo, jobs=jobs, state={"articles": articles, "matcher": matcher},
                                  label="extract")))
    cache.keep("extract", {keys[i]: done[i] for i in articles})
    cache.keep("extract basis", {"entities": entities_key})
    return {i: done[i] for i in articles}, len(todo)


def _shown(graph) -> dict[str, frozenset[str]]:
    """Article -> the entities whose pages draw on it: those it names, those it gives a figure
    (through a demonym), and those first found in it (their pages show its title)."""
    shown = {a: graph.present[a] | {q.entity_id for q in x.quantities if q.entity_id}
             for a, x in graph.extractions.items()}
    for entity in graph.entities.values():
        if entity.provenance and entity.provenance.article_id in shown:
            shown[entity.provenance.article_id] |= {entity.id}
    return shown


def _changed_entities(graph, entities_key: str, cache: Cache) -> set[str]:
    """The entities added, removed or changed since the last run: worked out entity by entity only
    when the entity set is not the one of the last run."""
    last = cache.previous("entity keys")
    current = {"set": fingerprint((entities_key, tuple(graph.entities)))}
    if last.get("set") == current["set"]:
        cache.keep("entity keys", last)
        return set()
    current.update((i, fingerprint(e)) for i, e in graph.entities.items())
    cache.keep("entity keys", current)
    return {i for i in current.keys() | last.keys() if current.get(i) != last.get(i)} - {"set"}


def _settled(ctx: Context, shown: dict[str, frozenset[str]], last: dict[str, tuple[str, str, frozenset[str]]],
             changed_entities: set[str]) -> frozenset[str]:
    """The article and entity pages (and entities' article lists) that no change since the last
    run shows up on: their input keys stand as they were, and need not be worked out again.
    `last`: article -> its key, its cited key and the entities it showed, as the last run had
    them. A change is an article edited (its page; and if what others cite from it changed, or it
    is new or removed, the pages of the entities it showed and shows), or an entity added, removed
    or changed (its page, and the pages that link it: the articles that show it and the entities
    named with it, whose related lists may show it)."""
    gone = last.keys() - shown.keys()
    cited = {a for a in shown if a not in last or last[a][1] != ctx.cited_key(a)} | gone
    edited = {a for a in shown if a not in last or last[a][0] != ctx.article_keys.get(a)}
    showing = {a for a, ids in shown.items() if not ids.isdisjoint(changed_entities)} if changed_entities else set()
    touched = set(changed_entities).union(*(shown.get(a, ()) for a in cited | showing),
                                          *(last[a][2] for a in cited if a in last))
    unsettled = edited | cited | showing
    pages = [article_path(a) for a in shown if a not in unsettled]
    pages += [path for e in ctx.graph.entities.values() if e.id not in touched
              for path in (ctx.entity_path(e), ctx.entity_articles_path(e))]
    # A page whose file is gone is made again, however settled its inputs (a docs folder deleted
    # with the cache kept: then all are, on every core).
    existing = ctx.existing_files()
    return frozenset(p for p in pages if p in ctx.previous_keys and p in existing)


def settled_pages(ctx: Context, entities_key: str, cache: Cache) -> frozenset[str]:
    """The pages this run need not render again (none when the rendering itself changed: the
    templates, the site settings), and the bookkeeping the next run will need to tell."""
    shown = _shown(ctx.graph)
    changed = _changed_entities(ctx.graph, entities_key, cache)
    settled = frozenset()
    if cache.previous("render base").get("base") == ctx.base_key:
        settled = _settled(ctx, shown, cache.previous("shown"), changed)
    cache.keep("render base", {"base": ctx.base_key})
    cache.keep("shown", {a: (ctx.article_keys[a], ctx.cited_key(a), shown[a]) for a in ctx.graph.articles})
    return settled


def summary_key(ctx: Context, entities_key: str) -> str:
    """The key of what the site's summary pages (home, indexes, names, redirects, graph, timeline,
    tags, feed) show: the entity set, and of each article what other pages cite from it (its
    mentions, and so every count) and what lists show of it (title, byline, dates, tags, lead)."""
    rows = []
    for article in ctx.graph.articles.values():
        lead = article.standfirst or next((p for p in article.paragraphs if p.kind == "body"), None)
        rows.append((article.id, ctx.cited_key(article.id), article.title, article.date, article.dates,
                     article.author, article.outlet, article.source_url, article.tags, lead.text if lead else None))
    return fingerprint((ctx.base_key, entities_key, rows))


def settled_summaries(ctx: Context, key: str, cache: Cache) -> dict[str, str | None] | None:
    """The summary pages of the last run (path -> input key), when nothing they show has changed
    since and their files are all there: then they need not be worked out again. Most edits in a
    preview change an article's text and nothing a summary shows."""
    last = cache.previous("summaries")
    outputs = last.get("outputs")
    if last.get("key") != key or outputs is None or not outputs.keys() <= ctx.existing_files():
        return None
    return outputs
