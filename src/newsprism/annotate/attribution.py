"""Where a quote's attribution is: the speech cue next to it and that cue's subject.

Split from ``quotes`` to keep modules short. ``Frames`` knows the geometry of
one article (which characters are inside quotes, where a quote's sentence
starts and ends in the reporter's words) and the rules that find a cue; the
subclass in ``quotes`` turns the cue's subject into a speaker. Every rule stays
inside the quote's own sentence and paragraph: a cue in the next sentence
belongs to another statement.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from newsprism.annotate import speakers as sp
from newsprism.annotate.quote_marks import QuoteSpan, find_quote_spans

END_PUNCT = {".", "!", "?"}
_CONFIDENCE = {"parse": 0.9, "post": 0.9, "pre": 0.85, "according": 0.85, "continuation": 0.8}


class Attribution:
    """What one rule found: who (name or description), the cue, and the evidence span."""

    def __init__(self, reason: str, cue: Token, subject: Token | None) -> None:
        self.reason = reason
        self.cue = cue
        self.subject = subject
        self.name: str | None = None
        self.description: str | None = None
        self.span: tuple[int, int] | None = None
        self.confidence = _CONFIDENCE.get(reason, 0.5)
        self.person = True


class Frames:
    """Quote geometry of one article and the cue-finding rules."""

    def __init__(self, doc: Doc, article_id: str) -> None:
        self.doc = doc
        self.text = doc.text
        self.article_id = article_id
        self.use_lemma = doc.has_annotation("LEMMA")
        self.spans = find_quote_spans(self.text)
        self.starts = [s.open_at for s in self.spans]
        self.candidates: list[sp.Candidate] = []
        self.gender: dict[str, str] = {}
        self.resolved: dict[int, sp.Candidate] = {}  # pronoun token -> referent, resolved once

    # -- geometry -----------------------------------------------------------------
    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i].open_at <= pos < max(
            self.spans[i].close_end, self.spans[i].end + 1
        )

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        return [t for t in span if not self.inside(t.idx)] if span is not None else []

    def cue(self, token: Token) -> str | None:
        verb = sp.is_cue(token, self.use_lemma)
        if verb == "put" and not any(c.lower_ == "it" for c in token.children):
            return None
        return verb

    # -- rules --------------------------------------------------------------------
    def by_parse(self, q: QuoteSpan) -> Attribution | None:
        inner = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if inner is None:
            return None
        roots = [t for t in inner if not (inner.start <= t.head.i < inner.end) or t.head == t]
        for root in roots[:3]:
            node = root
            for _ in range(6):
                if node.head == node:
                    break
                if node.dep_ in ("conj", "appos") and node.pos_ in ("VERB", "AUX"):
                    break
                node = node.head
                if self.inside(node.idx):
                    continue
                if self.cue(node) and node.lower_ not in ("read", "reads", "reading"):
                    if node.idx > q.end and ":" in self.text[q.close_end : node.idx]:
                        return None  # a headline or label: "‘…’: families demand answers"
                    if not self.same_sentence(q, node):
                        return None
                    return Attribution("parse", node, sp.subject_of(node))
        return None

    def same_sentence(self, q: QuoteSpan, cue: Token) -> bool:
        """No paragraph break or sentence end in the reporter's words between quote and cue."""
        gap = (q.close_end, cue.idx) if cue.idx >= q.end else (cue.idx + len(cue), q.open_at)
        if "\n" in self.text[gap[0] : gap[1]]:
            return False
        return not any(t.text in END_PUNCT for t in self.tokens(*gap))

    def same_sentence_gap(self, start: int, end: int) -> bool:
        if "\n" in self.text[start:end]:
            return False
        return not any(t.text in END_PUNCT for t in self.tokens(start, end))

    def frame_end(self, q: QuoteSpan, index: int) -> int:
        limit = self.text.find("\n", q.close_end)
        limit = len(self.text) if limit < 0 else limit
        if index + 1 < len(self.spans):
            limit = min(limit, self.spans[index + 1].open_at)
        return limit

    def by_post(self, q: QuoteSpan, index: int) -> Attribution | None:
        if not q.closed:
            return None
        inner_last = self.text[q.end - 1]
        after = self.text[q.close_end : q.close_end + 3].lstrip()
        if not (inner_last in ",?!…—–-" or after[:1] in (",", "—", "–") or after[:1].islower()):
            return None
        for n, token in enumerate(self.tokens(q.close_end, self.frame_end(q, index))):
            if token.text in END_PUNCT or n > 25:
                break
            if self.cue(token):
                return Attribution("post", token, sp.subject_of(token))
        return self.by_post_order(q, index)

    def by_post_order(self, q: QuoteSpan, index: int) -> Attribution | None:
        """``“…,” NP said.`` / ``“…,” said NP.`` read by word order when the parse failed."""
        clause: list[Token] = []
        for token in self.tokens(q.close_end, self.frame_end(q, index)):
            if token.text in END_PUNCT or (token.text == "," and clause):
                break
            if not token.is_punct:
                clause.append(token)
        if len(clause) < 2 or len(clause) > 8:
            return None
        for cue, rest in ((clause[-1], clause[:-1]), (clause[0], clause[1:])):
            if cue.lower_ in sp.SPEECH_FORMS:
                nominals = [t for t in rest if t.pos_ in ("NOUN", "PROPN", "PRON")]
                heads = [t for t in nominals if t.head == t or t.head not in rest]
                if heads:
                    return Attribution("post", cue, heads[0])
        return None

    def frame_start(self, q: QuoteSpan, index: int) -> int:
        start = self.text.rfind("\n", 0, q.open_at) + 1
        if index > 0:
            start = max(start, self.spans[index - 1].close_end)
        for token in reversed(self.tokens(start, q.open_at)):
            if token.text in END_PUNCT:
                return token.idx + 1
        return start

    def by_pre(self, q: QuoteSpan, index: int) -> Attribution | None:
        for token in reversed(self.tokens(self.frame_start(q, index), q.open_at)):
            verb = self.cue(token)
            if verb and verb != "read":
                return Attribution("pre", token, sp.subject_of(token))
        return None

    def by_according(self, q: QuoteSpan, index: int) -> Attribution | None:
        start, end = self.frame_start(q, index), self.frame_end(q, index)
        for token in self.tokens(start, end):
            if token.lower_ == "according" and token.i + 1 < len(self.doc):
                to = self.doc[token.i + 1]
                objects = [c for c in to.children if c.dep_ == "pobj"]
                if to.lower_ == "to" and objects:
                    return Attribution("according", token, objects[0])
        return None
