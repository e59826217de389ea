"""Header fields at the top of a body, on fictional fixtures written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.clean.chrome import chrome_edits
from newsprism.clean.edits import apply_pass
from newsprism.clean.header import Header, match_byline, match_dateline, split_header

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "seeds"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed corpus not found at {SEEDS} (../shared is absent)"
)

BODY = (
    "The council voted on Tuesday to close the old harbour bridge to lorries, "
    "citing cracks found during an inspection last month.\n"
    "Residents said the decision came too late.\n"
)


def run(text: str, known_title: str | None = None) -> tuple[Header, str, list[str]]:
    header, edits = split_header(text, known_title)
    body, steps = apply_pass(text, edits, 0)
    for e in edits:  # every edit is a removal with a reason
        assert e.replacement == "" and e.reason.startswith(e.kind.replace("_", " "))
    return header, body, [s.kind for s in steps]


def test_full_header_block() -> None:
    text = (
        "Harbour Bridge Closed to Lorries After Inspection\n\n"
        "Workers inspect the underside of the harbour bridge on Monday.\n"
        "09:30 CET, April 8, 2025\n"
        "By Jane Roe and Tom Hale\n"
        "PORTSMOUTH – " + BODY
    )
    header, body, kinds = run(text)
    assert header == Header(
        title="Harbour Bridge Closed to Lorries After Inspection",
        dateline="PORTSMOUTH",
        published="2025-04-08T08:30:00Z",
        published_raw="09:30 CET, April 8, 2025",
        byline="Jane Roe and Tom Hale",
        captions=("Workers inspect the underside of the harbour bridge on Monday.",),
    )
    assert body.strip() == BODY.strip()
    assert kinds == ["title", "caption", "published", "byline", "dateline"]


def test_first_line_sentence_is_not_a_title() -> None:
    header, body, kinds = run(BODY)
    assert header.title is None and kinds == [] and body == BODY


def test_short_first_sentence_with_period_is_not_a_title() -> None:
    text = "The bridge is closed.\n" + BODY
    header, body, _ = run(text)
    assert header.title is None and body == text


def test_lone_headline_without_body_is_not_taken() -> None:
    header, edits = split_header("Harbour Bridge Closed to Lorries\n")
    assert header.title is None and edits == []


def test_repeated_headline_variants_collapse_to_one() -> None:
    text = (
        "Bridge Closure: Costs and Delays for the Harbour\n\n"
        "Bridge Closure: A Long Wait for the Harbour\n\n"
        "Bridge Closure: A Long Wait for the Harbour\n\n" + BODY
    )
    header, body, kinds = run(text)
    # Without metadata the version printed most often is the title.
    assert header.title == "Bridge Closure: A Long Wait for the Harbour"
    assert sorted(kinds) == ["repeated_headline", "repeated_headline", "title"]
    assert "Bridge Closure" not in body and body.strip() == BODY.strip()


def test_repeated_headline_without_kicker() -> None:
    text = (
        "Council Shuts Harbour Bridge to Lorries\n"
        "Council Shuts Old Harbour Bridge to All Lorries\n" + BODY
    )
    header, body, kinds = run(text)
    assert header.title == "Council Shuts Harbour Bridge to Lorries"
    assert kinds == ["title", "repeated_headline"] and body == BODY


def test_different_second_headline_line_is_not_a_repeat() -> None:
    text = "Council Shuts Harbour Bridge to Lorries\nFerry Fares Rise in Spring\n" + BODY
    _, body, kinds = run(text)
    assert kinds == ["title"] and body.startswith("Ferry Fares Rise")


def test_known_title_picks_the_variant_and_ignores_site_suffix() -> None:
    text = "Bridge Closure: Costs and Delays for the Harbour\nBridge Closure: A Long Wait\n" + BODY
    header, body, _ = run(text, "Bridge closure: costs and delays for the harbour | The Daily Tide")
    assert header.title == "Bridge Closure: Costs and Delays for the Harbour"
    assert "Bridge Closure" not in body


def test_known_title_mismatch_takes_nothing() -> None:
    text = "Harbour News Roundup\n" + BODY
    header, body, _ = run(text, "Council shuts harbour bridge")
    assert header.title is None and body == text


def test_known_title_near_equal() -> None:
    text = "Council Shuts Harbour Bridge to Lorries\n" + BODY
    header, _, _ = run(text, "Council shuts harbour bridge to lorries.")
    assert header.title == "Council Shuts Harbour Bridge to Lorries"


def test_subheading_below_body_is_untouched() -> None:
    text = "Harbour Bridge Closed\n" + BODY + "\nWhat Comes Next\n\nA new bridge is planned.\n"
    _, body, kinds = run(text)
    assert kinds == ["title"] and "What Comes Next" in body


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("MOSCOW – The Kremlin said on Sunday that talks would resume next week.", "MOSCOW"),
        ("Washington – The landscape of trade has shifted sharply this spring.", "Washington"),
        (
            "KYIV, Ukraine (AP) — Air raid sirens sounded across the capital overnight.",
            "KYIV, Ukraine",
        ),
        ("LONDON, March 3 (Reuters) - Britain said on Monday it would raise spending.", "LONDON"),
        ("BERLIN—The coalition agreed a budget after weeks of talks in the capital.", "BERLIN"),
        (
            "St. Petersburg – The city council met in an emergency session on Friday.",
            "St. Petersburg",
        ),
        ("NEW YORK - “We are not done yet,” the mayor told reporters on Friday.", "NEW YORK"),
    ],
)
def test_datelines(line: str, place: str) -> None:
    found = match_dateline(line)
    assert found is not None and found[0] == place
    header, body, kinds = run(line + "\n")
    assert header.dateline == place and kinds == ["dateline"]
    assert line.endswith(body.strip())  # the sentence itself is kept


@pytest.mark.parametrize(
    "line",
    [
        "Putin – who rarely comments on such matters – said nothing at all on Sunday.",
        "Putin-Trump talks are expected to resume in Riyadh next month, officials said.",
        "Trump – The president said he would decide – and then left the room quickly.",
        "The mayor – a former engineer – said the bridge was unsafe.",
        "Harbour – Live Updates",
        "In Moscow, there is a palpable sense that the landscape is shifting.",
    ],
)
def test_not_datelines(line: str) -> None:
    assert match_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Roe", "Jane Roe"),
        ("BY JANE ROE", "JANE ROE"),
        ("By Jane Roe and Tom Hale", "Jane Roe and Tom Hale"),
        ("By Jane Roe, Tom Hale and Ana de la Cruz", "Jane Roe, Tom Hale and Ana de la Cruz"),
        ("By Jane Roe, Associated Press", "Jane Roe"),
        ("By J.D. Roe", "J.D. Roe"),
        ("Jane Roe | The Daily Tide", "Jane Roe"),
    ],
)
def test_bylines(line: str, names: str) -> None:
    assert match_byline(line) == names


@pytest.mark.parametrize(
    "line",
    ["By Friday, the talks had collapsed.", "By then it was too late", "Jane Roe", "by the way"],
)
def test_not_bylines(line: str) -> None:
    assert match_byline(line) is None


def test_byline_and_time_on_one_line() -> None:
    text = "Harbour Bridge Closed\nBy Jane Roe | April 8, 2025 09:30 GMT\n" + BODY
    header, body, kinds = run(text)
    assert header.byline == "Jane Roe" and header.published == "2025-04-08T09:30:00Z"
    assert kinds == ["title", "published"] and body == BODY


def test_published_prefers_first_publication_over_update() -> None:
    text = (
        "Harbour Bridge Closed\nUpdated April 9, 2025 10:00 GMT\nApril 8, 2025 09:30 GMT\n" + BODY
    )
    header, body, _ = run(text)
    assert header.published_raw == "April 8, 2025 09:30 GMT"
    assert header.published == "2025-04-08T09:30:00Z" and body == BODY


def test_caption_with_credit_marker_without_metadata() -> None:
    text = (
        "Harbour Bridge Closed\nLorries queue at the harbour bridge on Monday. (Reuters)\n" + BODY
    )
    header, body, kinds = run(text)
    assert header.captions == ("Lorries queue at the harbour bridge on Monday. (Reuters)",)
    assert kinds == ["title", "caption"] and body == BODY


def test_short_first_paragraph_without_metadata_after_it_is_body() -> None:
    # No timestamp/byline follows and no credit marker: it is the lede, not a caption.
    text = "Harbour Bridge Closed\nThe bridge is shut.\n" + BODY
    header, body, _ = run(text)
    assert header.captions == () and body.startswith("The bridge is shut.")


def test_crlf_line_ends() -> None:
    text = "Harbour Bridge Closed\r\nBy Jane Roe\r\n" + BODY.replace("\n", "\r\n")
    header, body, _ = run(text)
    assert header.title == "Harbour Bridge Closed" and header.byline == "Jane Roe"
    assert body.startswith("The council voted")


# --- the seeds, through chrome then header (the orchestrator's order) -------------


def seed_header(prefix: str) -> tuple[Header, str, list[str], str]:
    raw = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    text, _ = apply_pass(raw, chrome_edits(raw), 0)
    header, body, kinds = run(text)
    return header, body, kinds, text


def nonblank(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


@needs_seeds
@pytest.mark.shared
def test_seed_001_header() -> None:
    header, body, kinds, _ = seed_header("001")
    assert header.title == "Washington Now ‘Largely Aligns’ with Moscow’s Vision, Kremlin Says"
    assert header.captions == (
        "President Donald Trump and Ukrainian President Volodymyr Zelensky meet in the Oval "
        "Office at the White House on Friday.",
    )
    assert header.published == "2025-03-03T02:10:00Z"
    assert header.published_raw == "11:10 JST, March 3, 2025"
    assert header.dateline == "MOSCOW" and header.byline is None
    assert kinds == ["title", "caption", "published", "dateline"]
    assert nonblank(body)[0].startswith("The Trump administration’s rewrite")


@needs_seeds
@pytest.mark.shared
def test_seed_003_one_title_no_repeat_in_body() -> None:
    header, body, kinds, _ = seed_header("003")
    assert header.title is not None and header.title.startswith("The Putin-Trump Dynamic:")
    assert kinds.count("title") == 1 and kinds.count("repeated_headline") == 2
    assert "Putin-Trump Dynamic" not in body
    assert nonblank(body)[0].startswith("In Moscow, there is a palpable sense")
    assert header.dateline is None  # "In Moscow," opens a sentence, it is not a dateline


@needs_seeds
@pytest.mark.shared
def test_seed_004_title_and_dateline() -> None:
    header, body, kinds, text = seed_header("004")
    assert header.title == (
        "Kremlin Hails Trump’s Foreign Policy Shift, Citing Alignment with Russian Interests"
    )
    assert header.dateline == "Washington" and kinds == ["title", "dateline"]
    assert nonblank(body)[0].startswith("The landscape of international relations")
    assert nonblank(body)[1:] == nonblank(text)[2:]  # nothing else removed


@needs_seeds
@pytest.mark.shared
@pytest.mark.parametrize("prefix", ["000", "002"])
def test_seeds_without_title_line_lose_nothing(prefix: str) -> None:
    header, body, kinds, text = seed_header(prefix)
    assert header == Header(None, None, None, None, None, ())
    assert kinds == [] and body == text


@needs_seeds
@pytest.mark.shared
def test_seed_headers_only_touch_lines_above_the_body() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _, edits = split_header(text)
        lines = nonblank(text)
        # Every removed line is one of the first lines; a dateline is a prefix of a line.
        for e in edits:
            removed = text[e.start : e.end].strip()
            if e.kind == "dateline":
                assert any(ln.startswith(removed) for ln in lines[:6])
            else:
                assert removed in lines[:6], (path.name, removed)


def test_caption_above_the_dateline_without_metadata_after_it() -> None:
    text = (
        "Harbour Bridge Closed\n\nBy Jane Roe\nApril 8, 2025 09:30 GMT\n\n"
        "Lorries queue at the harbour bridge on Monday.\n\nPORTSMOUTH — " + BODY
    )
    header, body, kinds = run(text)
    assert header.captions == ("Lorries queue at the harbour bridge on Monday.",)
    assert header.dateline == "PORTSMOUTH"
    assert kinds == ["title", "byline", "published", "caption", "dateline"]
    assert body.strip() == BODY.strip()


def test_caption_then_credit_line() -> None:
    text = "Harbour Bridge Closed\nLorries queue at the bridge.\nPhoto: Jane Roe / Tide\n" + BODY
    header, body, _ = run(text)
    assert header.captions == ("Lorries queue at the bridge.", "Photo: Jane Roe / Tide")
    assert body == BODY
