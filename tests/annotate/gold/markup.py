"""The passage markup of the held-out quote gold sets, and the code that turns it into JSONL.

The builders ``build_quotes_fresh2.py`` … ``build_quotes_fresh13.py`` each hold one
``PASSAGES`` string and call :func:`build_set` on it; this module is the one copy of the
machinery they share. (``build_quotes_fresh.py``, the first set, uses a different markup
and keeps its own code.)

Markup
------

* ``### NNN`` starts passage ``<prefix>-NNN``; passages are numbered ``001``, ``002``, …
  without gaps, in order.
* ``@key Name | description`` declares a speaker for the passage; ``-`` means null
  (``@u - | a police source`` is an unnamed source with a description).
* Every other non-blank line is a paragraph; paragraphs are joined with a blank line
  (``\\n\\n``).
* ``⟦kind:key|quoted words⟧`` marks a quote span *inside* its quotation marks. ``kind`` is
  ``d`` (direct), ``p`` (partial) or ``s`` (scare); ``key`` is a declared speaker key or
  ``-`` (speaker and description null).
* ``⟦kind:key:m|…⟧`` marks the multi-paragraph case: the paragraph ends without a closing
  mark and the next paragraph reopens with an opening mark. Each paragraph's portion is
  its own span (same speaker).

The markup is removed from the text; each span becomes a record
``{"start", "end", "text", "kind", "speaker", "speaker_description"}`` with character
offsets into the clean text, and each passage a line ``{"id", "text", "quotes"}``.

Validation
----------

:func:`build_set` refuses (``AssertionError``) to write a set unless, for every passage:

* no ``⟦`` or ``⟧`` is left in the text;
* every quotation mark in the text belongs to an annotated span: the marks counted are
  ``2 × spans − multi-paragraph spans`` (a doubled backtick or apostrophe counts as one);
* each span is non-empty, has no surrounding white space, and ``text[start:end]`` is it;
* an opening mark stands right before each span and its matching closing mark right after
  it; a multi-paragraph span is followed instead by ``\\n\\n`` and the same opening mark;
* a scare span has no speaker and no description;
* every speaker name and description occurs in the passage (case-insensitively);
* spans are in text order;

and, for the set, the ids run ``<prefix>-001`` … without gaps and there are at least
``min_passages`` of them (at most ``max_passages`` where given).

Conventions that differ between sets
------------------------------------

* **Quotation marks.** fresh2 uses straight ``"``, curly ``“ ”`` and guillemets ``« »``
  (:data:`PAIRS_SINGLE`); fresh3 onwards also doubled backticks closed by doubled
  apostrophes (````…''``, :data:`PAIRS`), which makes ``'''`` and ````` ambiguous, so those
  are refused.
* **Unused speakers.** From fresh3 on, every declared speaker must be used by a span;
  fresh2 does not check this (``require_all_speakers_used=False``).
* **Passage count.** fresh2 has exactly 60 passages; fresh3–fresh6 at least 60; fresh7
  onwards at least 55.

Everything else (what counts as a speaker, which kind a span is, how single quotes inside
a quote are treated) is a convention of the annotation, documented in each builder.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple, TypedDict

KINDS: dict[str, str] = {"d": "direct", "p": "partial", "s": "scare"}
"""Markup kind code → the ``kind`` written to the JSONL."""

PAIRS_SINGLE: dict[str, str] = {'"': '"', "“": "”", "«": "»"}
"""Opening → closing quotation mark: straight, curly and guillemets (fresh2)."""

PAIRS: dict[str, str] = {**PAIRS_SINGLE, "``": "''"}
"""Opening → closing quotation mark, with doubled backticks/apostrophes (fresh3 on)."""

MARK_RE = re.compile(r"⟦([dps]):([\w-]+)(:m)?\|(.*?)⟧")
"""One marked span: kind code, speaker key, ``:m`` for multi-paragraph, the quoted words."""


class Speaker(NamedTuple):
    """A declared speaker: name and description as written in the passage (``None``: null)."""

    name: str | None
    description: str | None


class Block(NamedTuple):
    """One ``### NNN`` block of ``PASSAGES``, not yet built."""

    num: str
    speakers: dict[str, Speaker]
    paras: list[str]


class Quote(TypedDict):
    """One quote span of the JSONL (the keys in the order they are written)."""

    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    speaker_description: str | None


class Record(TypedDict):
    """One passage, one line of the JSONL."""

    id: str
    text: str
    quotes: list[Quote]


def parse_blocks(raw: str) -> list[Block]:
    """Split ``PASSAGES`` into its blocks: number, declared speakers and marked paragraphs."""
    blocks = []
    for chunk in raw.split("### ")[1:]:
        lines = [ln for ln in chunk.strip("\n").split("\n") if ln.strip()]
        num = lines[0].strip()
        speakers: dict[str, Speaker] = {}
        paras = []
        for ln in lines[1:]:
            if ln.startswith("@"):
                key, rest = ln[1:].split(" ", 1)
                name, desc = (part.strip() for part in rest.split("|"))
                speakers[key] = Speaker(
                    None if name == "-" else name, None if desc == "-" else desc
                )
            else:
                paras.append(ln.strip())
        blocks.append(Block(num, speakers, paras))
    return blocks


def build_passage(
    block: Block,
    *,
    prefix: str,
    pairs: Mapping[str, str] = PAIRS,
    require_all_speakers_used: bool = True,
) -> Record:
    """Remove the markup from one block, compute the spans' offsets and validate them."""
    num, speakers, paras = block
    marked = "\n\n".join(paras)
    out: list[str] = []
    quotes: list[Quote] = []
    multi: list[bool] = []
    used = set()
    pos = 0
    length = 0
    for m in MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        kind_code, key, multi_flag, qtext = m.groups()
        if key == "-":
            speaker = Speaker(None, None)
        else:
            speaker = speakers[key]
            used.add(key)
        start = length
        out.append(qtext)
        length += len(qtext)
        quotes.append(
            {
                "start": start,
                "end": length,
                "text": qtext,
                "kind": KINDS[kind_code],
                "speaker": speaker.name,
                "speaker_description": speaker.description,
            }
        )
        multi.append(bool(multi_flag))
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    rid = f"{prefix}-{num}"
    if require_all_speakers_used:
        assert used == set(speakers), f"{rid}: unused speakers {set(speakers) - used}"
    validate(rid, text, quotes, multi, pairs)
    return {"id": rid, "text": text, "quotes": quotes}


def opener_before(text: str, start: int, pairs: Mapping[str, str] = PAIRS) -> str | None:
    """The quotation mark that ends right before ``start`` (two-character ones first)."""
    for opener in sorted(pairs, key=len, reverse=True):
        if start >= len(opener) and text[start - len(opener) : start] == opener:
            return opener
    return None


def count_marks(text: str, pairs: Mapping[str, str] = PAIRS) -> int:
    """Quotation marks in ``text``; a doubled backtick or apostrophe counts as one."""
    return sum(text.count(mark) for mark in set(pairs) | set(pairs.values()))


def validate(
    where: str,
    text: str,
    quotes: list[Quote],
    multi: list[bool],
    pairs: Mapping[str, str] = PAIRS,
) -> None:
    """Check one built passage against the rules in the module docstring.

    ``multi[i]`` says whether ``quotes[i]`` is a multi-paragraph span.
    """
    assert "⟦" not in text and "⟧" not in text, where
    if any(len(mark) > 1 for mark in pairs):
        assert "'''" not in text and "```" not in text, f"{where}: ambiguous doubled marks"
    assert count_marks(text, pairs) == 2 * len(quotes) - sum(multi), (
        f"{where}: unannotated quotation marks"
    )
    low = text.lower()
    for q, is_multi in zip(quotes, multi, strict=True):
        s, e = q["start"], q["end"]
        assert text[s:e] == q["text"], where
        assert q["text"] == q["text"].strip() and q["text"], where
        opener = opener_before(text, s, pairs)
        assert opener is not None, f"{where}: no opening mark before {q['text']!r}"
        if is_multi:
            assert text[e : e + 2 + len(opener)] == "\n\n" + opener, (
                f"{where}: bad multi-paragraph span"
            )
        else:
            closer = pairs[opener]
            assert text[e : e + len(closer)] == closer, (
                f"{where}: no closing mark after {q['text']!r}"
            )
        if q["kind"] == "scare":
            assert q["speaker"] is None and q["speaker_description"] is None, where
        for field, value in (
            ("speaker", q["speaker"]),
            ("speaker_description", q["speaker_description"]),
        ):
            if value is not None:
                assert value.lower() in low, f"{where}: {field} {value!r} not in text"
    starts = [q["start"] for q in quotes]
    assert starts == sorted(starts), where


def build_set(
    passages: str,
    *,
    out: Path,
    prefix: str,
    min_passages: int,
    max_passages: int | None = None,
    pairs: Mapping[str, str] = PAIRS,
    require_all_speakers_used: bool = True,
) -> list[Record]:
    """Build and validate every passage, write ``out`` (one JSON record a line), print counts.

    Nothing is written unless every check passes.
    """
    records = [
        build_passage(
            block, prefix=prefix, pairs=pairs, require_all_speakers_used=require_all_speakers_used
        )
        for block in parse_blocks(passages)
    ]
    ids = [r["id"] for r in records]
    assert ids == [f"{prefix}-{i:03d}" for i in range(1, len(records) + 1)], ids
    assert len(records) >= min_passages, len(records)
    if max_passages is not None:
        assert len(records) <= max_passages, len(records)
    with out.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print_summary(records)
    return records


def print_summary(records: list[Record]) -> None:
    """Print how many passages and quotes of each kind, and who the direct quotes are by."""
    quotes = [q for r in records for q in r["quotes"]]
    kinds = Counter(q["kind"] for q in quotes)
    direct = [q for q in quotes if q["kind"] == "direct"]
    named = sum(q["speaker"] is not None for q in direct)
    desc_only = sum(q["speaker"] is None and q["speaker_description"] is not None for q in direct)
    nobody = len(direct) - named - desc_only
    print(f"{len(records)} passages, {len(quotes)} quotes: {dict(kinds)}")
    print(f"direct: {named} named, {desc_only} description only, {nobody} none")
