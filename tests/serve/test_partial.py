"""The live dossier and report.html show one story the same way (one story partial)."""

from __future__ import annotations

import re

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from newsprism.model import Analysis
from newsprism.render.html import story_view, to_html
from newsprism.render.html_charts import date_label, diff_markup


def _article_block(html: str) -> str:
    found = re.search(r'<article class="story".*?</article>', html, re.DOTALL)
    assert found is not None
    return " ".join(found.group().split())


def test_story_partial_matches_the_report(ferry_analysis: Analysis) -> None:
    env = Environment(
        loader=PackageLoader("newsprism.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["diff"] = diff_markup
    env.globals["date_label"] = date_label
    by_id = {a.id: a for a in ferry_analysis.articles}
    view = story_view(ferry_analysis.stories[0], by_id, 1)
    partial = env.get_template("_story.html.j2").render(view=view)
    assert _article_block(partial) == _article_block(to_html(ferry_analysis))
