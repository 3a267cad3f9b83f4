"""Entity pages stay a bounded size however often an entity is quoted or mentioned."""
from __future__ import annotations

import io
import re

from conftest import make_project
from generator.config import load_site
from generator.emitters.entity_page import SHOWN
from generator.pipeline import generate


def test_newest_quotes_statements_and_figures_are_shown_and_the_rest_counted(tmp_path):
    total = SHOWN + 7
    articles = {f"day-{n:03}.md": (f"---\ntitle: Briefing {n}\ndate: 2023-01-01\n---\n\n"
                                   f"Defense Minister Sergei Shoigu said {n + 2} Su-35 fighters were ready. "
                                   f'"We are ready on day {n}," Shoigu said.\n')
                for n in range(total)}
    config = make_project(tmp_path, articles, with_seed=False)
    generate(load_site(config), out=io.StringIO(), jobs=1)
    page = (tmp_path / "build" / "docs" / "people" / "sergei-shoigu.md").read_text(encoding="utf-8")
    assert page.count('<blockquote class="kb-quote"') == SHOWN
    assert "7 more quotes in older articles" in page
    statements = re.search(r'<ul class="kb-statements"[^>]*>(.*?)</ul>', page).group(1)
    assert statements.count("<li>") == SHOWN  # two sentences name him in each article
    assert f"{2 * total - SHOWN} more sentences in older articles" in page
    mentioned_in = page[page.index("## Mentioned in"):]
    assert mentioned_in.count('href="../../articles/briefing-') == total  # still every article
    su35 = (tmp_path / "build" / "docs" / "equipment" / "su-35.md").read_text(encoding="utf-8")
    assert "7 more figures in older articles" in su35
