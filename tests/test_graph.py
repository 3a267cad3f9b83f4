from generator.graph import article_order, build_graph, related
from generator.model import Article, Entity, Extraction, Mention, Paragraph


def article(article_id: str, date: str | None) -> Article:
    return Article(article_id, f"{article_id}.txt", article_id.upper(), (Paragraph(0, "p1", "x", 1),), date=date)


def mention(entity_id: str, article_id: str) -> Mention:
    return Mention(entity_id, article_id, 0, 0, 1, 0, 1)


def test_articles_newest_first_undated_last():
    articles = [article("a", "2021-01-01"), article("b", None), article("c", "2023-05-01")]
    assert [a.id for a in sorted(articles, key=article_order)] == ["c", "a", "b"]


def test_graph_groups_mentions_newest_first_and_ranks_related():
    articles = {a.id: a for a in (article("old", "2020-01-01"), article("new", "2024-01-01"))}
    entities = {i: Entity(i, i.title(), "place") for i in ("x", "y", "z")}
    extractions = {"old": Extraction("old", (mention("x", "old"), mention("y", "old"), mention("z", "old"))),
                   "new": Extraction("new", (mention("x", "new"), mention("z", "new")))}
    graph = build_graph(articles, entities, extractions)
    assert [m.article_id for m in graph.mentions_by_entity["x"]] == ["new", "old"]
    assert [(e.id, n) for e, n in related(graph, "x")] == [("z", 2), ("y", 1)]
