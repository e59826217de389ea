"""Site chrome in plain text: comment forms, share prompts, link lists, navigation.

HTML extraction drops most page furniture, but scraped plain text (and what an
extractor lets through) still ends with "Leave a Reply", "Back To Top", a
"most read" list of other headlines, a ranking widget. A reader of the dossier
must never see those as part of a report, and must never lose a sentence of
it either, so this pass works line by line and removes a line only when
general features agree, never because it equals a known site string:

* **UI line**: a phrase of the small UI vocabulary (``leave a reply``,
  ``subscribe``, ``back to top``…) on a line that is not a sentence, or on a
  short sentence that addresses the reader (you/your/our) and quotes no one.
* **UI label**: a line made only of UI words (``Share``, ``Comments (3)``).
* **navigation**: three or more short segments split by ``|``, ``»``, ``·``.
* **credit**: a photo-credit marker with at most a name or agency after it.
* **repeated**: a non-sentence line printed on other pages of the same outlet.
* **trailing run**: after the last paragraph, the run of non-sentence lines
  (headline-like, short, separators) is removed from its first UI line (a weak
  word such as "popular" or "ranking" is enough there), or when it is a link
  list (two or more headlines between separator lines). A short imperative to
  the reader ("Listen to our programme …") is a promotion there, and only there.

A line that ends like a sentence stops the trailing run, so a short real last
paragraph, a bullet point or an author note ("X is the author of …", kept as
part of the report: it says who wrote it) is never taken. Subheadings in the
middle are kept: position and the vocabulary have to agree before a
headline-like line goes. Header fields in the first lines (title, timestamp,
byline, dateline, caption) are left to :func:`newsprism.clean.header.split_header`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsprism.clean.edits import Edit
from newsprism.clean.header import credit_marker, header_field_kind, match_dateline

__all__ = ["chrome_edits", "normalise_line", "repeated_lines"]

_TOP_ZONE = 10  # nonblank lines at the top where header fields are protected
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_STRONG = re.compile(
    r"\b(?:leave|post|add|write)\s+a\s+(?:reply|comment)\b|\bcomments?\s+(?:are\s+)?closed\b|"
    r"\byour\s+email(?:\s+address)?\b|\brequired\s+fields?\b|\bback\s+to\s+top\b|"
    r"\bscroll\s+to\s+top\b|\bskip\s+to\s+(?:main\s+)?content\b|\bsign\s*(?:ed)?\s*(?:up|in)\b|"
    r"\blog(?:ged)?\s*(?:in|out)\b|\bsubscri(?:be|ption)s?\b|\bnewsletters?\b|\bcookies?\b|"
    r"\bprivacy\s+policy\b|\bterms\s+of\s+(?:use|service)\b|\bfollow\s+us\b|"
    r"\bshare\s+(?:this|on|via)\b|\bmost\s+(?:read|popular|viewed|shared|emailed)\b|"
    r"\brelated\s+(?:articles?|stories|story|content|posts?|news|coverage|topics|links?)\b|"
    r"\bread\s+more\b|\bsee\s+also\b|\brecommended\s+for\s+you\b|\badvertisements?\b|"
    r"\bclick\s+here\b|\ball\s+rights\s+reserved\b|©|\bcopyright\b",
    re.IGNORECASE,
)
_READER_FACING = re.compile(
    r"sign|log|subscri|newsletter|cookie|follow|your email|click|read more|share|rights",
    re.IGNORECASE,
)
#: Generic UI words: one of them on a non-sentence line opens the trailing run.
_WEAK = frozenset(
    "reply replies comment comments share popular related ranking rankings trending "
    "recommended advertisement ads sponsored photo photos credit credits print email menu "
    "tags topics follow subscribe".split()
)
#: A line made only of these (and digits) is a UI label wherever it stands.
_LABEL_WORDS = _WEAK | frozenset("search home top more next previous prev back share".split())
#: Phrases that are page furniture even inside a full sentence.
_SELF_EVIDENT = re.compile(
    r"all rights reserved|©|required fields are marked|comments are closed|"
    r"email address will not be published",
    re.IGNORECASE,
)
#: An imperative opening a promotion ("Listen to our …", "Download the app …").
_PROMO = re.compile(
    r"^(?:listen|watch|read|download|get|follow|join|visit|subscribe|sign|register|support|"
    r"donate|try|click|tap|find\s+out|tune\s+in|catch|don[’']t\s+miss|stay)\b",
    re.IGNORECASE,
)
_READER = re.compile(r"\b(?:you|your|yours|our|us)\b", re.IGNORECASE)
_QUOTES = re.compile('["“”«»]')
_NAV_SPLIT = re.compile(r"\s+[|»›·•>]\s+|\s*\|\s*")
_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’')\]]*)$")


def normalise_line(line: str) -> str:
    """The comparison form of a line: casefolded words, digit runs as ``0``.

    Counters ("Comments (3)") and punctuation differ from page to page; the
    words of a boilerplate line do not.
    """
    words = _WORD.findall(line.casefold())
    return " ".join(re.sub(r"\d+", "0", w) for w in words)


def repeated_lines(texts: Sequence[str], min_docs: int = 2) -> frozenset[str]:
    """Normalised lines that occur in at least ``min_docs`` of ``texts`` (one outlet's pages).

    Every repeated line is returned, sentences included; :func:`chrome_edits`
    decides which of them are chrome (it never removes a sentence for being
    repeated, since two versions of one story share their paragraphs).
    """
    if min_docs < 2:
        raise ValueError(
            f"min_docs must be at least 2 (a line on one page is not boilerplate), got {min_docs}"
        )
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({n for line in text.splitlines() if (n := normalise_line(line))})
    return frozenset(n for n, c in counts.items() if c >= min_docs)


@dataclass(frozen=True, slots=True)
class _Line:
    index: int  # among nonblank lines
    start: int
    end: int  # span end, including the newline
    text: str  # stripped


@dataclass(frozen=True, slots=True)
class _Verdict:
    """What a line looks like: ``own`` reasons make it chrome anywhere."""

    own: tuple[str, ...]
    confidence: float
    sentence: bool
    listish: bool  # headline-like or short, no final punctuation
    separator: bool
    weak: tuple[str, ...]
    promo: bool  # an imperative to the reader: chrome only at the end of the document
    words: int


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        if raw.strip():
            out.append(_Line(len(out), pos, pos + len(raw), raw.strip()))
        pos += len(raw)
    return out


def _is_navigation(line: str) -> bool:
    parts = [p for p in _NAV_SPLIT.split(line) if p.strip()]
    if len(parts) < 3 or header_field_kind(line) is not None:
        return False
    return all(len(_WORD.findall(p)) <= 4 and not _SENTENCE_END.search(p.strip()) for p in parts)


def _credit_only(line: str) -> bool:
    mark = credit_marker(line)
    if mark is None:
        return False
    rest = line.replace(mark, " ", 1)
    return len(_WORD.findall(rest)) <= 5 and not _SENTENCE_END.search(line)


def _judge(line: str, repeated: frozenset[str]) -> _Verdict:
    words = _WORD.findall(line)
    n = len(words)
    sentence = n >= 4 and bool(_SENTENCE_END.search(line))
    separator = n == 0 and len(line) <= 8
    weak = tuple(sorted({w.casefold() for w in words if w.casefold() in _WEAK}))
    own: list[str] = []
    conf = 0.0
    # The UI-vocabulary rules below only apply to non-sentences or short lines;
    # skipping the regex on long body paragraphs keeps the pass linear and cheap.
    strong = (
        [m.group(0).casefold() for m in _STRONG.finditer(line)] if not sentence or n <= 30 else []
    )
    if strong and not sentence:
        own.append(f"UI vocabulary {', '.join(repr(s) for s in strong)} on a non-sentence line")
        conf = 0.9
    elif (
        strong
        and n <= 30
        and _READER.search(line)
        and not _QUOTES.search(line)
        and any(_READER_FACING.search(s) for s in strong)
    ):
        own.append(
            f"UI vocabulary {', '.join(repr(s) for s in strong)} in a short line "
            "addressed to the reader"
        )
        conf = 0.8
    elif strong and n <= 20 and not _QUOTES.search(line) and _SELF_EVIDENT.search(line):
        own.append(
            f"UI vocabulary {', '.join(repr(s) for s in strong)} that no report sentence uses"
        )
        conf = 0.85
    if (
        n
        and not sentence
        and n <= 5
        and all(w.casefold() in _LABEL_WORDS for w in words if not w.isdigit())
    ):
        own.append("a label made only of UI words")
        conf = max(conf, 0.9)
    if _is_navigation(line):
        own.append("navigation: three or more short segments between separators")
        conf = max(conf, 0.85)
    if _credit_only(line):
        own.append("photo credit with nothing but a name or agency")
        conf = max(conf, 0.85)
    if not sentence and n and normalise_line(line) in repeated:
        own.append("printed on other pages of the same outlet")
        conf = max(conf, 0.75)
    promo = (
        n <= 25
        and bool(_PROMO.match(line))
        and bool(_READER.search(line))
        and not _QUOTES.search(line)
    )
    listish = n > 0 and not sentence and n <= 20 and not line.endswith((":", ","))
    case = (
        "ALL CAPS"
        if line.upper() == line and any(c.isalpha() for c in line)
        else "Title Case"
        if n and sum(w[:1].isupper() for w in words) >= 0.6 * n
        else ""
    )
    if own:
        own.append(
            f"{n} words"
            + (f", {case}" if case else "")
            + ("" if sentence else ", no final punctuation")
        )
    return _Verdict(tuple(own), conf, sentence, listish, separator, weak, promo, n)


def _protected(line: _Line, verdict: _Verdict, first_sentence: int) -> bool:
    """Header fields at the top belong to split_header, not to this pass."""
    if line.index >= _TOP_ZONE:
        return False
    if header_field_kind(line.text) is not None and not _credit_only(line.text):
        return True
    if match_dateline(line.text) is not None:
        return True
    # A title line may recur across an outlet's pages (two versions of one story):
    # above the first sentence, repetition alone does not make a headline chrome.
    only_repeated = verdict.own[:1] == ("printed on other pages of the same outlet",)
    return only_repeated and line.index < first_sentence and len(_WORD.findall(line.text)) > 3


def _trailing_run(lines: list[_Line], verdicts: list[_Verdict]) -> dict[int, str]:
    """Indices (into ``lines``) removed as the trailing run, with the reason for each."""
    k = len(lines)
    while k > 0:
        v = verdicts[k - 1]
        if not (v.own or v.separator or v.listish or v.promo):
            break
        k -= 1
    run = range(k, len(lines))
    # A list announced by the last paragraph ("three options:") is the report's own.
    announced = k > 0 and lines[k - 1].text.endswith(":")

    def opens(v: _Verdict) -> bool:
        short_ui_word = bool(v.weak) and v.words <= 6 and not announced
        return bool(v.own) or v.promo or short_ui_word

    trigger = next((i for i in run if opens(verdicts[i])), None)
    seps = [i for i in run if verdicts[i].separator]
    items = [i for i in run if verdicts[i].listish and not verdicts[i].separator]
    if len(seps) >= 2 and len(items) >= 2 and not announced:
        first = min(seps[0], items[0])
        trigger = first if trigger is None else min(trigger, first)
    if trigger is None:
        return {}
    head = lines[trigger].text[:40]
    return {
        i: f"in the trailing run after the last paragraph, from {head!r}"
        for i in range(trigger, len(lines))
    }


def chrome_edits(text: str, repeated: frozenset[str] = frozenset()) -> list[Edit]:
    """Removals (kind ``"chrome"``) of site chrome, each with its features and confidence.

    ``repeated`` is :func:`repeated_lines` over the outlet's other pages (empty
    when unknown). Each removal spans a whole line and its newline; blank lines
    left behind are the whitespace pass's.
    """
    lines = _lines(text)
    verdicts = [_judge(ln.text, repeated) for ln in lines]
    tail = _trailing_run(lines, verdicts)
    first_sentence = next((i for i, v in enumerate(verdicts) if v.sentence), len(lines))
    edits: list[Edit] = []
    for ln, v in zip(lines, verdicts, strict=True):
        reasons = list(v.own)
        conf = v.confidence
        if ln.index in tail:
            if v.weak and not v.own:
                reasons.append(f"UI word {', '.join(repr(w) for w in v.weak)}")
            if v.promo and not v.own:
                reasons.append("a short imperative addressed to the reader (promotion)")
            if v.separator and not reasons:
                reasons.append("separator line")
            elif not reasons:
                reasons.append("headline-like line (no final punctuation)")
            reasons.append(tail[ln.index])
            conf = max(conf, 0.8)
        if not reasons or _protected(ln, v, first_sentence):
            continue
        edits.append(
            Edit(ln.start, ln.end, "", "chrome", "chrome: " + "; ".join(reasons), round(conf, 2))
        )
    return edits
