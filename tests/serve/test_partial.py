"""The live dossier and report.html show one story the same way (one story partial)."""

from __future__ import annotations

import re

from newsprism.model import Analysis
from newsprism.render.html import environment, story_view, to_html


def _article_block(html: str) -> str:
    found = re.search(r'<article class="story".*?</article>', html, re.DOTALL)
    assert found is not None
    return " ".join(found.group().split())


def test_story_partial_matches_the_report(ferry_analysis: Analysis) -> None:
    env = environment()
    by_id = {a.id: a for a in ferry_analysis.articles}
    view = story_view(ferry_analysis.stories[0], by_id, 1)
    partial = env.get_template("_story.html.j2").render(view=view)
    assert _article_block(partial) == _article_block(to_html(ferry_analysis))
