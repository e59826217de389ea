"""Errata per report: doubled words, transposed phrases, misspelt names, cleaning repairs."""

from __future__ import annotations

from collections.abc import Sequence

from newsprism.compare.errata import find_errata
from newsprism.model import (
    Analysis,
    Article,
    CleaningStep,
    Entity,
    EntityFlag,
    Erratum,
    Mention,
    Quote,
    Story,
)

_SPANNED = ("doubled_word", "transposed_phrase", "name_spelling")


def _article(
    aid: str, text: str, cleaning: Sequence[CleaningStep] = (), raw: str | None = None
) -> Article:
    return Article(
        id=aid,
        source=f"{aid}.txt",
        text=text,
        raw_text=text if raw is None else raw,
        outlet=aid.upper(),
        cleaning=tuple(cleaning),
    )


def _errata(articles: Sequence[Article], **story: object) -> tuple[Erratum, ...]:
    return find_errata(Story(id="s", article_ids=tuple(a.id for a in articles), **story), articles)  # type: ignore[arg-type]


def _kind(errata: Sequence[Erratum], kind: str) -> list[Erratum]:
    return [e for e in errata if e.kind == kind]


def _assert_spans(errata: Sequence[Erratum], articles: Sequence[Article]) -> None:
    texts = {a.id: a.text for a in articles}
    for e in errata:
        assert e.reason and 0 < e.confidence <= 1
        if e.kind in _SPANNED:
            assert e.start is not None and e.end is not None
            assert texts[e.article_id][e.start : e.end] == e.text


def test_doubled_word_found_with_span_and_suggestion() -> None:
    text = "Divers from the the city searched. The president president spoke."
    arts = [_article("a", text)]
    found = _kind(_errata(arts), "doubled_word")
    assert [(e.text, e.suggestion) for e in found] == [
        ("the the", "the"),
        ("president president", "president"),
    ]
    assert found[0].start == text.index("the the")
    _assert_spans(found, arts)


def test_grammatical_doubles_names_and_line_breaks_are_not_doubled_words() -> None:
    text = (
        "He had had enough. She said that that was wrong. What it is is unclear. "
        "They flew to Bora Bora. He gave her her keys. The headline ended with ferry\n"
        "Ferry services resumed. We paid 10 10 times. A per-thread thread pool, a so so-called fix."
    )
    assert not _kind(_errata([_article("a", text)]), "doubled_word")


def test_doubled_word_inside_a_quotation_is_less_certain() -> None:
    text = "“We we will rebuild,” she said."
    start = text.index("We we")
    quote = Quote(
        id="q1",
        article_id="a",
        text="We we will rebuild,",
        start=start,
        end=start + 19,
        kind="direct",
    )
    (e,) = _kind(_errata([_article("a", text)], quotes=(quote,)), "doubled_word")
    assert e.confidence < 0.8 and "quotation" in e.reason


def test_transposed_fixed_phrase_found() -> None:
    arts = [
        _article("a", "Relations have not been this bad since War World II, analysts said."),
        _article("b", "It is the worst crisis since World War II."),
    ]
    (e,) = _kind(_errata(arts), "transposed_phrase")
    assert (e.article_id, e.text, e.suggestion) == ("a", "War World", "World War")
    _assert_spans([e], arts)


def test_transposed_name_measured_from_the_story() -> None:
    arts = [
        _article("a", "The Morning Lark sank. Crews searched near the Morning Lark all night."),
        _article("b", "Survivors of the Morning Lark were treated in hospital."),
        _article("c", "The Lark Morning capsized in a storm."),
    ]
    (e,) = _kind(_errata(arts), "transposed_phrase")
    assert (e.article_id, e.text, e.suggestion) == ("c", "Lark Morning", "Morning Lark")


def test_normal_phrases_are_not_transpositions() -> None:
    arts = [
        _article(
            "a", "After the war world leaders met in Geneva. The World War II memorial was closed."
        ),
        _article(
            "b", "The union said the ferry was full. Officials said the ferry had passed checks."
        ),
        _article("c", "The ferry said nothing; the union was angry. World War veterans attended."),
        # a name a single report uses once in one order, and once the other way round
        _article("d", "Kessel Radio reported it. Later Radio Kessel repeated it."),
    ]
    assert not _kind(_errata(arts), "transposed_phrase")


def _vance_story() -> tuple[list[Article], Entity]:
    bodies = {
        "a": "Vice President J.D. Venson said Venson would travel.",
        "b": "Vice President JD Vance spoke on Monday. Vance left.",
        "c": "JD Vance said so. President Volodymyr Zelenskyy replied.",
        "d": "JD Vance agreed with Volodymyr Zelensky.",
    }
    mentions = []
    for aid, body in bodies.items():
        for name in ("J.D. Venson", "JD Vance"):
            if name in body:
                start = body.index(name)
                mentions.append(Mention(aid, start, start + len(name), name, "PERSON"))
    flag = EntityFlag("possible_misspelling", "J.D. Venson", 0.9, "surname alike in sound")
    entity = Entity(
        id="e-vance",
        name="JD Vance",
        type="person",
        aliases=("J.D. Venson", "Vance"),
        flags=(flag,),
        mentions=tuple(mentions),
    )
    return [_article(k, v) for k, v in bodies.items()], entity


def test_flagged_misspelling_gives_name_spelling_errata_on_the_wrong_token() -> None:
    arts, vance = _vance_story()
    found = _kind(_errata(arts, entities=(vance,)), "name_spelling")
    assert [(e.article_id, e.text, e.suggestion) for e in found] == [
        ("a", "Venson", "Vance"),
        ("a", "Venson", "Vance"),  # the second, bare surname NER missed
    ]
    assert found[0].confidence > found[1].confidence
    _assert_spans(found, arts)


def test_transliteration_variant_is_not_a_name_spelling_erratum() -> None:
    arts, vance = _vance_story()
    zel_mentions = tuple(
        Mention(a.id, a.text.index(n), a.text.index(n) + len(n), n, "PERSON")
        for a in arts
        for n in ("Volodymyr Zelenskyy", "Volodymyr Zelensky")
        if n in a.text and not (n == "Volodymyr Zelensky" and "Zelenskyy" in a.text)
    )
    zelensky = Entity(
        id="e-z",
        name="Volodymyr Zelensky",
        type="person",
        aliases=("Volodymyr Zelenskyy",),
        mentions=zel_mentions,
    )
    found = _kind(_errata(arts, entities=(vance, zelensky)), "name_spelling")
    assert all(e.text == "Venson" for e in found)


def test_cleaning_steps_become_one_erratum_per_report_and_kind() -> None:
    raw = "RenÃ©e said the ferryâ€™s hull ā cracked.\nShare this article\nMOST READ\n"
    enc = [
        CleaningStep("encoding", 1, 3, 5, "Ã©", "é", "ftfy"),
        CleaningStep("encoding", 1, 20, 23, "â€™", "’", "ftfy"),
    ]
    after_enc = "Renée said the ferry’s hull ā cracked.\nShare this article\nMOST READ\n"
    lossy = [CleaningStep("lossy_mojibake", 2, 28, 29, "ā", "—", "lossy", 0.75)]
    after_lossy = after_enc.replace("ā", "—")
    start = after_lossy.index("Share")
    chrome = [
        CleaningStep("chrome", 3, start, start + 19, "Share this article\n", "", "ui", 0.9),
        CleaningStep("chrome", 3, start + 19, start + 29, "MOST READ\n", "", "ui", 0.8),
    ]
    text = after_lossy[:start]
    html = CleaningStep("html_extraction", 0, None, None, "", "", "trafilatura")
    art = _article("a", text, [html, *enc, *lossy, *chrome], raw=raw)
    found = _errata([art])
    encoding = _kind(found, "encoding_repaired")
    assert len(encoding) == 2
    lossless, lossy_e = encoding
    assert (
        "2 place(s)" in lossless.reason
        and "RenÃ©e" in lossless.text
        and "Renée" in (lossless.suggestion or "")
    )
    assert lossless.confidence == 1.0 and "lossy" in lossy_e.reason and lossy_e.confidence == 0.75
    (removed,) = _kind(found, "chrome_removed")
    assert "Share this article" in removed.text and "2 line(s)" in removed.reason
    assert all(e.start is None and e.end is None and "raw_text" in e.reason for e in found)


# --- the bundled example --------------------------------------------------------------


def _ids(analysis: Analysis) -> dict[str, str]:
    return {a.source.rsplit("/", 1)[-1]: a.id for a in analysis.articles}


def test_ferry_errata_are_exactly_the_known_damage(ferry_analysis: Analysis) -> None:
    story = ferry_analysis.stories[0]
    arts = ferry_analysis.articles
    ids = _ids(ferry_analysis)
    errata = find_errata(story, arts)
    _assert_spans(errata, arts)
    spanned = sorted(
        (e.article_id, e.kind, e.text, e.suggestion) for e in errata if e.kind in _SPANNED
    )
    rk = "rk-20260616-0715"
    assert spanned == sorted(
        [
            (ids["northwire.txt"], "doubled_word", "the the", "the"),
            (rk, "name_spelling", "Brandvoll", "Brandvold"),
            (rk, "name_spelling", "Brandvoll", "Brandvold"),
        ]
    )
    (doubled,) = _kind(errata, "doubled_word")
    northwire = next(a for a in arts if a.id == doubled.article_id).text
    assert doubled.start == northwire.index("from the the city") + len("from ")
    rk_text = next(a for a in arts if a.id == rk).text
    assert [e.start for e in _kind(errata, "name_spelling")] == [
        rk_text.index("Brandvoll"),
        rk_text.rindex("Brandvoll"),
    ]
    encoding = {e.article_id: e for e in _kind(errata, "encoding_repaired")}
    assert set(encoding) == {ids["feeds.jsonl#L1"], ids["harbourlight.txt"]}
    assert "lossy" not in encoding[ids["feeds.jsonl#L1"]].reason.split(",")[0]
    assert "lossy" in encoding[ids["harbourlight.txt"]].reason
    assert (
        "RenÃ©e" in encoding[ids["feeds.jsonl#L1"]].reason
        or "17 place(s)" in encoding[ids["feeds.jsonl#L1"]].reason
    )
    chrome = {e.article_id for e in _kind(errata, "chrome_removed")}
    assert chrome == {ids["courier.txt"], ids["harbourlight.txt"], rk}


# --- the real seeds -------------------------------------------------------------------


def test_seeds_errata(seeds_analysis: Analysis) -> None:
    story = seeds_analysis.stories[0]
    arts = seeds_analysis.articles
    by_prefix = {a.source.rsplit("/", 1)[-1][:3]: a.id for a in arts}
    errata = find_errata(story, arts)
    _assert_spans(errata, arts)
    doubled = [(e.article_id, e.text, e.suggestion) for e in _kind(errata, "doubled_word")]
    assert (by_prefix["000"], "president president", "president") in doubled
    transposed = [(e.article_id, e.text, e.suggestion) for e in _kind(errata, "transposed_phrase")]
    assert (by_prefix["001"], "War World", "World War") in transposed
    flagged = {f.alias for e in story.entities for f in e.flags if f.kind == "possible_misspelling"}
    if any("Venson" in alias for alias in flagged):
        names = [(e.article_id, e.text, e.suggestion) for e in _kind(errata, "name_spelling")]
        assert (by_prefix["000"], "Venson", "Vance") in names
    # transliterations of one name (Zelensky / Zelenskyy) are never errata
    assert not [e for e in _kind(errata, "name_spelling") if "Zelensk" in e.text]
