"""Quote groups: the same quotation across reports, wording variants, attribution conflicts."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from newsprism.compare.quote_groups import group_quotes
from newsprism.compare.quote_text import Match, Wording, match, word_diff, wording
from newsprism.model import Analysis, Article, Quote, QuoteGroup, Story

CLOSED = "The bridge was closed in May and reopened in June. We see no danger to drivers."
CLOSED_B = (
    "The bridge was closed by [the city] in May and reopened in June. "
    "There is no danger at this point to drivers."
)
REBUILD = "We will rebuild the harbour wall before the winter storms arrive."


def _article(aid: str, text: str) -> Article:
    return Article(
        id=aid, source=f"{aid}.txt", text=text, raw_text=text, outlet=f"Outlet {aid.upper()}"
    )


def _quote(
    aid: str,
    body: str,
    words: str,
    kind: str = "direct",
    speaker: str | None = None,
    entity: str | None = None,
) -> Quote:
    start = body.index(words)
    return Quote(
        id=f"q{aid}{start}",
        article_id=aid,
        text=words,
        start=start,
        end=start + len(words),
        kind=kind,  # type: ignore[arg-type]
        speaker=speaker,
        speaker_entity_id=entity,
    )


def _story(articles: Sequence[Article], quotes: Sequence[Quote]) -> Story:
    return Story(id="s1", article_ids=tuple(a.id for a in articles), quotes=tuple(quotes))


def _group_with(groups: Sequence[QuoteGroup], quote_id: str) -> QuoteGroup:
    (group,) = [g for g in groups if quote_id in g.quote_ids]
    return group


def _hand_story() -> tuple[Story, list[Article]]:
    bodies = {
        "a": f"“{CLOSED}” said Ana Berg. The mayor said the work went well. "
        f"“{REBUILD}” said Ana Berg. Workers called it a “refit”.",
        "b": f"Berg said: “{CLOSED}” She added the bridge “reopened in June”. "
        f"“{REBUILD}” said Carl Dahl. It was a “refit”, they said.",
        "c": f"“{CLOSED_B}” Berg told the paper. "
        "“The new (city) council is changing the rules quickly,” said Dahl.",
        "d": "“The new council is changing the rules quickly,” Carl Dahl said. "
        f"“{REBUILD}” a spokesperson said.",
    }
    articles = [_article(k, v) for k, v in bodies.items()]
    ana, carl = ("Ana Berg", "e-ana"), ("Carl Dahl", "e-carl")
    quotes = [
        _quote("a", bodies["a"], CLOSED, "direct", *ana),
        _quote("a", bodies["a"], REBUILD, "direct", *ana),
        _quote("a", bodies["a"], "refit", "scare"),
        _quote("b", bodies["b"], CLOSED, "direct", *ana),
        _quote("b", bodies["b"], "reopened in June", "partial", *ana),
        _quote("b", bodies["b"], REBUILD, "direct", *carl),
        _quote("b", bodies["b"], "refit", "scare"),
        _quote("c", bodies["c"], CLOSED_B, "direct", *ana),
        _quote(
            "c",
            bodies["c"],
            "The new (city) council is changing the rules quickly,",
            "direct",
            *carl,
        ),
        _quote("d", bodies["d"], "The new council is changing the rules quickly,", "direct", *carl),
        _quote("d", bodies["d"], REBUILD, "direct"),
    ]
    return _story(articles, quotes), articles


def test_reworded_quote_with_bracketed_insertion_is_one_group_with_a_wording_difference() -> None:
    story, articles = _hand_story()
    groups, differences = group_quotes(story, articles)
    group = _group_with(groups, story.quotes[0].id)
    assert set(group.quote_ids) == {story.quotes[i].id for i in (0, 3, 4, 7)}
    assert group.speaker == "Ana Berg" and group.speaker_entity_id == "e-ana"
    assert group.variants[0].text == CLOSED and group.variants[0].article_ids == ("a", "b")
    texts = [v.text for v in group.variants]
    assert CLOSED_B in texts and "reopened in June" in texts
    diff = group.diff[texts.index(CLOSED_B)]
    assert "{+by [the city]+}" in diff and "[-We see-]" in diff and "{+There is+}" in diff
    assert group.diff[0] == CLOSED
    (wording_diff,) = [d for d in differences if d.kind == "quote_wording"]
    assert "Outlet C" in wording_diff.description and "[the city]" in wording_diff.description
    assert {aid for v in wording_diff.variants for aid in v.article_ids} == {"a", "b", "c"}
    for v in wording_diff.variants:
        for span in v.spans:
            body = next(a.text for a in articles if a.id == span.article_id)
            assert body[span.start : span.end].rstrip(",") in (CLOSED, CLOSED_B)


def test_bracket_only_difference_is_a_variant_but_not_a_difference() -> None:
    story, articles = _hand_story()
    groups, differences = group_quotes(story, articles)
    group = _group_with(groups, story.quotes[8].id)
    assert story.quotes[9].id in group.quote_ids and len(group.variants) == 2
    assert "{+(city)+}" in " ".join(group.diff)
    assert not [d for d in differences if any("council" in v.text for v in d.variants)]


def test_same_words_to_two_named_speakers_is_an_attribution_conflict_unattributed_is_not() -> None:
    story, articles = _hand_story()
    groups, differences = group_quotes(story, articles)
    group = _group_with(groups, story.quotes[1].id)
    assert {story.quotes[i].id for i in (1, 5, 10)} == set(group.quote_ids)
    assert group.attribution_conflict and set(group.speakers) == {"Ana Berg", "Carl Dahl"}
    (conflict,) = [d for d in differences if d.kind == "attribution"]
    assert {v.text for v in conflict.variants} == {"Ana Berg", "Carl Dahl"}
    assert "spokesperson" not in conflict.description
    # the closed-bridge group has one named speaker and no conflict
    assert not _group_with(groups, story.quotes[0].id).attribution_conflict


def test_scare_quotes_are_never_grouped() -> None:
    story, articles = _hand_story()
    groups, differences = group_quotes(story, articles)
    scare_ids = {q.id for q in story.quotes if q.kind == "scare"}
    assert not scare_ids & {qid for g in groups for qid in g.quote_ids}
    assert not [d for d in differences if any(v.text == "refit" for v in d.variants)]


def test_every_other_quote_in_exactly_one_group_and_ids_stable() -> None:
    story, articles = _hand_story()
    groups, _ = group_quotes(story, articles)
    grouped = [qid for g in groups for qid in g.quote_ids]
    assert sorted(grouped) == sorted(q.id for q in story.quotes if q.kind != "scare")
    again, _ = group_quotes(story, articles)
    assert [g.id for g in again] == [g.id for g in groups]
    assert len({g.id for g in groups}) == len(groups)


def test_short_fragment_of_another_speaker_does_not_join() -> None:
    body_a = "“We will open the new bridge in June,” said Ana Berg."
    body_b = "Carl Dahl wants the “new bridge” painted."
    articles = [_article("a", body_a), _article("b", body_b)]
    quotes = [
        _quote("a", body_a, "We will open the new bridge in June,", "direct", "Ana Berg", "e-ana"),
        _quote("b", body_b, "new bridge", "partial", "Carl Dahl", "e-carl"),
    ]
    groups, differences = group_quotes(_story(articles, quotes), articles)
    assert len(groups) == 2 and not differences


def test_unrelated_quotes_stay_apart() -> None:
    assert (
        match(
            wording("The ferry was full on every crossing."),
            wording("The council meets on Friday."),
        )
        is None
    )
    assert match(wording("gambling"), wording("gambling with World War III")) is None


def test_word_diff_folds_case_and_punctuation() -> None:
    base, other = wording("“We have no indication,” she said"), wording("we have NO indication")
    assert "[-" not in word_diff(
        wording("We have no indication."), wording("we have no indication")
    )
    assert word_diff(base, other).startswith("we have NO indication")


def test_blocking_keeps_comparisons_far_below_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(3000)]
    bodies = {}
    quotes = []
    for n in range(300):
        text = " ".join(rng.choice(words) for _ in range(8))
        aid = f"a{n}"
        bodies[aid] = f"“{text}” said someone."
        quotes.append(_quote(aid, bodies[aid], text))
    articles = [_article(k, v) for k, v in bodies.items()]
    calls = 0
    real = match

    def counting(a: Wording, b: Wording) -> Match | None:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr("newsprism.compare.quote_groups.match", counting)
    groups, _ = group_quotes(_story(articles, quotes), articles)
    assert calls < 300 * 299 // 2 // 10
    assert len(groups) == 300


def _by_source(analysis: Analysis) -> dict[str, str]:
    return {a.source.rsplit("/", 1)[-1]: a.id for a in analysis.articles}


def test_ferry_castellane_quote_grouped_across_all_reports(ferry_analysis: Analysis) -> None:
    story = ferry_analysis.stories[0]
    groups, differences = group_quotes(story, ferry_analysis.articles)
    ids = _by_source(ferry_analysis)
    (group,) = [g for g in groups if g.speaker == "Renée Castellane"]
    assert {aid for v in group.variants for aid in v.article_ids} == set(story.article_ids)
    assert len(group.variants) == 2
    assert group.variants[0].text.startswith("The vessel was inspected in March")
    assert group.variants[1].article_ids == (ids["asketoday.html"],)
    diff = group.diff[1]
    assert "[the authority]+}" in diff and "[-We have-]" in diff and "{+There is+}" in diff
    assert "{+at this stage+}" in diff
    (wording_diff,) = [
        d for d in differences if d.kind == "quote_wording" and group.variants[1] in d.variants
    ]
    assert "Aske Today" in wording_diff.description and wording_diff.confidence >= 0.7
    assert not [d for d in differences if d.kind == "attribution"]
    assert not any(g.attribution_conflict for g in groups)
    assert len([d for d in differences if d.kind == "quote_wording"]) == 1


def test_ferry_partial_quotes_join_their_full_statements(ferry_analysis: Analysis) -> None:
    story = ferry_analysis.stories[0]
    groups, _ = group_quotes(story, ferry_analysis.articles)
    (inquiry,) = [
        g for g in groups if any("first findings on my desk" in v.text for v in g.variants)
    ]
    assert {v.text for v in inquiry.variants} >= {"first findings on my desk within thirty days"}
    assert len({aid for v in inquiry.variants for aid in v.article_ids}) == 5
    (listing,) = [
        g for g in groups if any(v.text == "listing on every crossing" for v in g.variants)
    ]
    assert len({aid for v in listing.variants for aid in v.article_ids}) == 7


def test_seeds_peskov_quote_grouped_with_us_insertion_and_wording_difference(
    seeds_analysis: Analysis,
) -> None:
    story = seeds_analysis.stories[0]
    ids = _by_source(seeds_analysis)
    s001, s002, s004 = (
        next(v for k, v in ids.items() if k.startswith(p)) for p in ("001", "002", "004")
    )
    groups, differences = group_quotes(story, seeds_analysis.articles)
    (admin,) = [
        g
        for g in groups
        if any("rapidly changing all foreign policy" in v.text for v in g.variants)
    ]
    assert {aid for v in admin.variants for aid in v.article_ids} == {s001, s002, s004}
    assert admin.speaker == "Dmitry Peskov"
    us = next(k for k, v in enumerate(admin.variants) if "(U.S.)" in v.text)
    assert admin.variants[us].article_ids == (s004,) and "{+(U.S.)+}" in admin.diff[us]
    (vision,) = [g for g in groups if any("with our vision" in v.text for v in g.variants)]
    assert {aid for v in vision.variants for aid in v.article_ids} == {s001, s002, s004}
    (diff,) = [
        d
        for d in differences
        if d.kind == "quote_wording" and set(d.variants) <= set(vision.variants)
    ]
    assert "'aligns' -> 'coincides'" in diff.description
    assert any(v.article_ids == (s004,) for v in diff.variants)
    assert not [d for d in differences if d.kind == "attribution"]
