"""The timeline: dated articles and events by month. An event's dates are its curated `date`
field, or else the first date stated beside its name in the oldest dated article that names it
("the drills, which began on Thursday"), resolved against that article's date. A long timeline
is split into a page per year, so that no page grows with the whole corpus."""
from __future__ import annotations

import calendar
from typing import NamedTuple

from ..extract.dates import stated_dates
from ..graph import article_order
from ..model import Entity
from ..render import Context

INDEX = "timeline.md"
ONE_PAGE_UP_TO = 2000  # entries; more get a page per year


class Entry(NamedTuple):
    start: str  # ISO dates
    end: str
    kind: str  # "article" or the entity's type
    name: str
    target: str  # article id or entity id
    stated: str  # how the date was found


def event_dates(ctx: Context, entity: Entity) -> tuple[str, str, str] | None:
    """(start, end, where it comes from) for an event, or None if nothing dates it."""
    given = entity.field("date")
    if given:
        spans = stated_dates(given, None)
        if spans:
            return min(s.start for s in spans).isoformat(), max(s.end for s in spans).isoformat(), "knowledge base"
    graph = ctx.graph
    mentions = sorted((m for m in graph.mentions_by_entity.get(entity.id, []) if graph.articles[m.article_id].date),
                      key=lambda m: (graph.articles[m.article_id].date, m.article_id, m.paragraph, m.start))
    for mention in mentions:
        article = graph.articles[mention.article_id]
        sentence = article.excerpt(mention.paragraph, mention.sentence_start, mention.sentence_end)
        spans = stated_dates(sentence, article.date)
        if spans:
            return spans[0].start.isoformat(), spans[0].end.isoformat(), f"“{spans[0].text}” in {article.title}"
    return None


def entries(ctx: Context) -> list[Entry]:
    found = [Entry(a.date, a.date, "article", a.title, a.id, "") for a in ctx.graph.articles.values() if a.date]
    for entity in ctx.graph.entities.values():
        if entity.type == "event":
            dates = event_dates(ctx, entity)
            if dates:
                found.append(Entry(dates[0], dates[1], entity.type, entity.name, entity.id, dates[2]))
    return sorted(found, key=lambda e: (e.start, e.kind != "event", e.name.casefold(), e.target))


def _month(entry: Entry) -> str:
    return entry.start[:7]


def emit(ctx: Context):
    if not ctx.mine([True]):
        return
    found = entries(ctx)
    undated = sum(1 for a in ctx.graph.articles.values() if not a.date)
    by_year: dict[str, list[Entry]] = {}
    for entry in found:
        by_year.setdefault(entry.start[:4], []).append(entry)
    years = sorted(by_year, reverse=True)
    counts = [(y, len(by_year[y])) for y in years]
    split = len(found) > ONE_PAGE_UP_TO
    pages = [(INDEX, None)] + ([(f"timeline/{year}.md", year) for year in years] if split else [])
    for path, year in pages:
        shown = by_year[year] if year else ([] if split else found)
        yield ctx.page("timeline.md.j2", path, lambda shown=shown, counts=counts: [split, counts, shown, undated],
                       lambda path=path, year=year, shown=shown, counts=counts: _values(ctx, path, year, shown, counts,
                                                                                        split, undated))


def _values(ctx: Context, page: str, year: str | None, shown: list[Entry], counts, split: bool, undated: int) -> dict:
    graph = ctx.graph
    months: dict[str, list] = {}
    for entry in reversed(shown):  # newest month first, and in each month the latest first
        if entry.kind == "article":
            href = ctx.to_article(page, entry.target)
        else:
            href = ctx.to_entity(page, graph.entities[entry.target])
        months.setdefault(_month(entry), []).append((entry, href))
    return dict(year=year, split=split, undated=undated, total=sum(n for _, n in counts),
                years=[(y, n, ctx.to_page(page, f"timeline/{y}.md") if split else None) for y, n in counts],
                months=[(f"{calendar.month_name[int(m[5:])]} {m[:4]}", m, rows) for m, rows in months.items()])
