"""The timeline (generator/emitters/timeline.py): dated articles and events by month, events dated
from the knowledge base or from what an article states beside their name; entity pages show the
first and last dates they are mentioned; a long timeline is split by year."""
from __future__ import annotations

from conftest import build, make_project
from generator.emitters import timeline
from pages import read_page

ARTICLES = {
    "a.md": "---\ntitle: Air Drill Announced\ndate: 2021-11-03\n---\n\n"
            "The Northern Shield 2021 exercise began on Monday near Minsk, officials said.\n",
    "b.md": "---\ntitle: S-400 Crews Return\ndate: 2022-03-09\n---\n\nThe S-400 crews came back to Minsk yesterday.\n",
    "c.txt": "Undated Note\n\nThe S-400 was shown again.\n",
}


def _project(tmp_path):
    config = make_project(tmp_path, ARTICLES)
    (tmp_path / "content" / "entities" / "drill.yml").write_text(
        "- {id: northern-shield-2021, name: Northern Shield 2021, type: event}\n", encoding="utf-8")
    return config


def test_timeline_lists_dated_articles_and_events_by_month(tmp_path):
    site = build(_project(tmp_path))
    page = read_page(site, "timeline/")
    text = page.text
    # 2021-11-03 is a Wednesday: "began on Monday" is 2021-11-01.
    assert "2021-11-01 Northern Shield 2021 (event; dated by “Monday” in Air Drill Announced)" in text
    assert "2022-03-09 S-400 Crews Return" in text and "2021-11-03 Air Drill Announced" in text
    assert "2022-02-10 – 2022-02-20 Union Resolve 2022" in text  # curated dates
    assert text.index("March 2022") < text.index("February 2022") < text.index("November 2021")  # newest first
    assert "Undated Note" not in text and "2 articles without a date are not shown" in text
    event = read_page(site, "events/northern-shield-2021/").path.read_text(encoding="utf-8")
    assert '<th>When</th><td><time datetime="2021-11-01">' in event
    s400 = read_page(site, "equipment/s-400/").path.read_text(encoding="utf-8")
    assert '<th>First mentioned</th><td><time datetime="2022-03-09">' in s400
    assert '<th>Last mentioned</th><td><time datetime="2022-03-09">' in s400
    assert "Dates mentioned: yesterday (2022-03-08)" in read_page(site, "articles/s-400-crews-return/").text


def test_a_long_timeline_has_a_page_per_year(tmp_path, monkeypatch):
    monkeypatch.setattr(timeline, "ONE_PAGE_UP_TO", 2)
    site = build(_project(tmp_path))
    index = read_page(site, "timeline/")
    assert "Air Drill Announced" not in index.text
    assert {"2022/", "2021/"} <= {a.get("href") for tag, a in index.elements if tag == "a"}
    year = read_page(site, "timeline/2021/")
    assert "Air Drill Announced" in year.text and "S-400 Crews Return" not in year.text
