"""Plain-text site chrome: fictional fixtures for each feature, the seeds, and idempotence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.clean.chrome import chrome_edits, normalise_line, repeated_lines
from newsprism.clean.edits import apply_pass

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "corpora" / "seeds"
needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"seed corpus not found at {SEEDS} (../shared is absent)"
)

LEDE = (
    "The council voted on Tuesday to close the old harbour bridge to lorries, "
    "citing cracks found during an inspection last month."
)
MIDDLE = "Engineers said repairs would take at least a year and cost more than expected."
LAST = "He declined to comment further."


def clean(text: str, repeated: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """Apply the pass; return the text and the removed lines (stripped)."""
    edits = chrome_edits(text, repeated)
    for e in edits:
        assert e.kind == "chrome" and e.replacement == ""
        assert e.reason.startswith("chrome: ") and 0 < e.confidence <= 1
        assert e.start == 0 or text[e.start - 1] == "\n"  # whole lines only
    out, steps = apply_pass(text, edits, 0)
    return out, [s.before.strip() for s in steps]


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def test_comment_form_and_back_to_top_at_the_end() -> None:
    text = "\n\n".join(
        [
            LEDE,
            MIDDLE,
            "Jane Roe is the author of Bridges of the North, published by Tide Press.",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
            "Back To Top",
        ]
    )
    out, removed = clean(text)
    assert removed == [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Back To Top",
    ]
    # The author note is kept: it is part of the report (who wrote it), and a sentence.
    assert "Jane Roe is the author of" in out


def test_link_list_between_separators_after_the_last_paragraph() -> None:
    text = "\n".join(
        [
            LEDE,
            LAST,
            "-",
            "Ferry Fares to Rise in Spring",
            "-",
            "Storm Warning Issued for the Coast",
            "-",
            "Mayor Opens New Library",
        ]
    )
    out, removed = clean(text)
    assert lines_of(out) == [LEDE, LAST]
    assert len(removed) == 6


def test_trailing_list_opened_by_a_ui_word() -> None:
    text = "\n".join([LEDE, LAST, "MOST POPULAR", "Ferry Fares to Rise", "Storm Warning Issued"])
    out, removed = clean(text)
    assert lines_of(out) == [LEDE, LAST] and removed[0] == "MOST POPULAR"
    assert "most popular" in chrome_edits(text)[0].reason


def test_promotion_at_the_end_but_not_in_the_middle() -> None:
    promo = "Listen to our special programme on the bridge at 18:00 on Radio Tide."
    out, removed = clean("\n\n".join([LEDE, promo, MIDDLE, LAST, promo]))
    assert removed == [promo] and lines_of(out) == [LEDE, promo, MIDDLE, LAST]
    quoted = "“Join us at the bridge on Sunday,” the organisers wrote."
    assert chrome_edits("\n".join([LEDE, quoted])) == []


def test_list_announced_by_the_last_paragraph_is_kept() -> None:
    items = [
        "- Share the repair cost with the port",
        "-",
        "- Build a new bridge",
        "-",
        "- Expand the ferry service",
    ]
    text = "\n".join([LEDE, "The council listed three options:", *items, "Back to top"])
    out, removed = clean(text)
    assert removed == ["Back to top"] and all(item in out for item in items)


def test_ui_word_in_a_long_trailing_line_does_not_open_the_run() -> None:
    text = "\n".join([LEDE, LAST, "Additional reporting by Jane Roe on the popular ferry route"])
    assert chrome_edits(text) == []


def test_trailing_headlines_without_any_chrome_signal_are_kept() -> None:
    # Precision first: a credit line or a stray title at the end is not proven chrome.
    text = "\n".join([LEDE, LAST, "Editing by Tom Hale", "Harbour Desk"])
    assert chrome_edits(text) == []


def test_short_real_last_paragraph_with_ui_word_is_kept() -> None:
    text = "\n\n".join([LEDE, "Share prices fell.", "The ministry did not reply to a request."])
    assert chrome_edits(text) == []


def test_subheading_and_bullets_in_the_middle_are_kept() -> None:
    text = "\n\n".join(
        [
            LEDE,
            "Riding the Storm: A Slow Repair",
            MIDDLE,
            "  • The bridge carried 4,000 lorries a day before it was closed.",
            "  • A ferry will take some of the traffic, the port said.",
            "Related Costs",
            LAST,
        ]
    )
    assert chrome_edits(text) == []


def test_body_sentences_mentioning_ui_words_are_kept() -> None:
    text = "\n".join(
        [
            LEDE,
            "Read more about the plan on the council website, the statement said.",
            "The copyright on the bridge design is held by the city.",
            "A popular local newspaper said readers could subscribe to updates on the repairs.",
            "The related cost of the closure will be shared by the port and the council.",
            "“Sign up for the volunteer crews,” the mayor told residents on Monday.",
            LAST,
        ]
    )
    assert chrome_edits(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Share",
        "Comments (12)",
        "Print | Email | Share",
        "Home | News | World | Europe",
        "Home » News » Local",
        "Sign up for our newsletter to get the harbour news every morning.",
        "We use cookies to improve your experience on our site.",
        "Follow us on social media",
        "Read more: Ferry Fares to Rise in Spring",
        "RELATED ARTICLES",
        "Photo: Jane Roe/Reuters",
        "Story continues below advertisement",
        "Copyright 2025 Tide Media. All rights reserved.",
    ],
)
def test_chrome_lines_in_the_middle(line: str) -> None:
    text = "\n".join([LEDE, line, MIDDLE, LAST])
    out, removed = clean(text)
    assert removed == [line]
    assert lines_of(out) == [LEDE, MIDDLE, LAST]


def test_reasons_name_the_features() -> None:
    text = "\n".join([LEDE, "Home | News | World", MIDDLE, LAST, "Back to top"])
    reasons = [e.reason for e in chrome_edits(text)]
    assert "navigation" in reasons[0]
    assert "'back to top'" in reasons[1] and "after the last paragraph" in reasons[1]


def test_header_fields_at_the_top_are_left_for_split_header() -> None:
    text = "\n".join(
        [
            "Harbour Bridge Closed to Lorries",
            "Lorries queue at the bridge on Monday. Photo: Jane Roe/Reuters",
            "Updated April 8, 2025 09:30 GMT",
            "By Jane Roe | The Daily Tide",
            "PORTSMOUTH – " + LEDE,
            LAST,
        ]
    )
    assert chrome_edits(text, repeated_lines([text, text])) == []


def test_repeated_lines_across_an_outlets_pages() -> None:
    page_a = "\n".join(["Harbour Bridge Closed", LEDE, "Tide Media Group newsroom", LAST])
    page_b = "\n".join(["Ferry Fares Rise", MIDDLE, "Tide Media Group newsroom", LAST])
    rep = repeated_lines([page_a, page_b])
    assert normalise_line("Tide Media Group newsroom") in rep
    assert normalise_line(LAST) in rep  # repeated, but a sentence: never removed for that
    out, removed = clean(page_a, rep)
    assert removed == ["Tide Media Group newsroom"]
    assert LAST in out


def test_repeated_headline_at_the_top_is_not_chrome() -> None:
    # Two versions of one story share their headline; split_header takes it.
    first = "\n".join(["Harbour Bridge Closed to Lorries", LEDE, LAST])
    second = "\n".join(["Harbour Bridge Closed to Lorries", MIDDLE, LAST])
    assert chrome_edits(first, repeated_lines([first, second])) == []


def test_repeated_lines_counts_documents_not_lines() -> None:
    page = "Share\nShare\n" + LEDE
    assert normalise_line("Share") not in repeated_lines([page, LEDE])
    assert "comments 0" in repeated_lines(["Comments (3)", "Comments (41)"])
    assert repeated_lines(["a", "a", "b"], min_docs=3) == frozenset()
    with pytest.raises(ValueError, match="min_docs"):
        repeated_lines([page], min_docs=1)


# --- the seeds -------------------------------------------------------------------


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@needs_seeds
@pytest.mark.shared
def test_seed_001_end_chrome_gone_last_paragraph_kept() -> None:
    text = seed("001")
    out, removed = clean(text)
    assert "POPULAR ARTICLE" not in out and "ACCESS RANKING" not in out
    assert "Microsoft Shutting down Skype" not in out
    assert lines_of(out)[-1].startswith("“I don’t see this war ending")
    assert lines_of(out) == lines_of(text)[: len(lines_of(out))]  # only a suffix went
    assert len(removed) == 12


@needs_seeds
@pytest.mark.shared
def test_seed_003_comment_form_gone_subheading_and_bullets_kept() -> None:
    text = seed("003")
    out, removed = clean(text)
    assert removed == [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Back To Top",
    ]
    assert "Riding the Tiger: A Complex Balancing Act" in out
    assert sum(ln.startswith("•") for ln in lines_of(out)) == 2
    assert lines_of(out)[-1].startswith("Professor Mark Galeotti is the author of")


@needs_seeds
@pytest.mark.shared
@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_seeds_without_chrome_lose_nothing(prefix: str) -> None:
    assert chrome_edits(seed(prefix)) == []


@needs_seeds
@pytest.mark.shared
def test_every_removed_seed_line_is_short_or_marked() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for e in chrome_edits(text):
            line = text[e.start : e.end].strip()
            sentence = len(line.split()) >= 8 and re.search(r"[.!?][”\"’]?$", line)
            assert not sentence, (path.name, line)
            assert len(line.split()) <= 20 or "UI vocabulary" in e.reason, (path.name, line)


# --- properties ------------------------------------------------------------------

LINE_POOL = [
    LEDE,
    MIDDLE,
    LAST,
    "",
    "",
    "-",
    "—",
    "Leave a Reply",
    "Back To Top",
    "MOST READ",
    "Ferry Fares to Rise",
    "Storm Warning Issued for the Coast",
    "Share",
    "Home | News | World",
    "Riding the Storm: A Slow Repair",
    "By Jane Roe",
    "April 8, 2025 09:30 GMT",
    "Sign up for our newsletter.",
    "Photo: Jane Roe/Reuters",
    "  • A bullet with a real sentence.",
    "PORTSMOUTH – " + LEDE,
    "Editing by Tom Hale",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(LINE_POOL), st.text(max_size=40)), max_size=25),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_chrome_removal_is_idempotent(lines: list[str], sep: str) -> None:
    text = sep.join(lines)
    for repeated in (frozenset(), repeated_lines([text, sep.join(lines[::2])])):
        once, _ = apply_pass(text, chrome_edits(text, repeated), 0)
        twice, _ = apply_pass(once, chrome_edits(once, repeated), 0)
        assert twice == once


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINE_POOL), max_size=20))
def test_sentences_without_ui_words_are_never_removed(lines: list[str]) -> None:
    text = "\n".join(lines)
    for e in chrome_edits(text):
        assert text[e.start : e.end].strip() not in {LEDE, MIDDLE, LAST}
