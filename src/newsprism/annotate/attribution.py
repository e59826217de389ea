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

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.cues import BEATS, PARTICLE_CUES
from newsprism.annotate.participles import (
    opening_participle,
    opening_place,
    participle_subject,
    place_subject,
)
from newsprism.annotate.quote_marks import QuoteSpan, find_quote_spans
from newsprism.clean.header import match_dateline

END_PUNCT = {".", "!", "?"}
_CONFIDENCE = {
    "parse": 0.9,
    "post": 0.9,
    "pre": 0.85,
    "according": 0.85,
    "continuation": 0.8,
    "colon": 0.65,
    "context": 0.55,  # the rules of ``bare_quotes``
    "interview": 0.55,
    "translation": 0.75,  # an interpreter relays the speaker before
}
# Things that "say" a quote without a speech verb: "The letter ends: “…”".
_TEXT_SOURCES = set(
    "letter note statement message sign notice post email tweet banner placard leaflet "
    "report text memo caption".split()
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Where the datelines are: a paragraph opening ``PLACE (Agency) -`` (see ``clean.header``)."""
    found = []
    start = 0
    for para in text.split("\n"):
        match = match_dateline(para)
        if match is not None:
            found.append((start, start + match[1]))
        start += len(para) + 1
    return found


# What a quote is called when the next sentence says whose it was ("That was the verdict of X").
SPEECH_NOUNS = set(
    "verdict view assessment message word reaction response advice warning answer explanation "
    "summary reply comment take conclusion judgement judgment description word remark "
    "line".split()
)


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

    def carried(self, reason: str, cue: Token | None = None) -> Attribution:
        """The same speaker, found again by another rule (a continuation, a turn, an
        interpreter's words): a copy with that reason, and ``cue`` when given."""
        att = Attribution(reason, cue if cue is not None else self.cue, self.subject)
        att.name, att.description, att.span, att.person = (
            self.name,
            self.description,
            self.span,
            self.person,
        )
        return att


class Frames:
    """Quote geometry of one article and the cue-finding rules."""

    def __init__(self, doc: Doc, article_id: str) -> None:
        self.doc = doc
        self.ents = tuple(doc.ents)  # final (repaired) entities; doc.ents rebuilds them each call
        self.text = doc.text
        self.article_id = article_id
        self.use_lemma = doc.has_annotation("LEMMA")
        self.spans = find_quote_spans(self.text)
        self.starts = [s.open_at for s in self.spans]
        self.candidates: list[pr.Candidate] = []
        self.gender: dict[str, str] = {}
        self.resolved: dict[int, pr.Candidate] = {}  # pronoun token -> referent, resolved once
        self.datelines = _datelines(self.text)
        self.spoken: set[int] = set()  # subjects already remembered as a quote's speaker
        self.unparsed: set[int] = set()  # names a speech verb's subject, against the parse
        self.questioner: str | None = None  # who asked the question the quote may answer
        self.answerer: str | None = None  # whom the reporter asked that question
        self.asked_of: dict[int, Attribution] = {}  # "“…?” he was asked": the one asked
        self.addressee: dict[int, Attribution] = {}  # quote -> whom it addresses by name
        self.quoted: list[tuple[int, str]] = []  # (opening mark, speaker) of named direct quotes
        self.interviews: set[int] = set()  # opening marks of answers to the writer's questions
        self.named_in_quote: set[str] = set()  # capitalised words of the quote being attributed
        self.fragments: set[int] = set()  # quotes (by opening mark) found partial or scare

    def in_dateline(self, pos: int) -> bool:
        """Inside a dateline (``PARIS (AFP) -``) opening a paragraph: not the reporter's words."""
        return any(start <= pos < end for start, end in self.datelines)

    # -- geometry -----------------------------------------------------------------
    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.spans[i].open_at <= pos < max(
            self.spans[i].close_end, self.spans[i].end + 1
        )

    def tokens(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        if span is None:
            return []
        return [t for t in span if not self.inside(t.idx) and not self.in_dateline(t.idx)]

    def subject(self, cue: Token) -> Token | None:
        """The cue's subject, unless the parse put it inside a quote; a dateline the parse
        made the subject (``PARIS (AFP) - France's economy minister, …, said``) gives way
        to its apposition."""
        subj = sp.subject_of(cue)
        if subj is not None and self.inside(subj.idx):  # "“…, Mr Subramanyam,” said the
            outside = [  # committee's chair, X.": the vocative parsed as a second subject
                c for c in cue.children if c.dep_ == "nsubj" and not self.inside(c.idx)
            ]
            subj = outside[0] if len(outside) == 1 and outside[0].i > cue.i else subj
        if subj is not None and opening_participle(subj):
            subj = participle_subject(subj)  # "Sentencing, the Recorder, Judge X, told"
        elif subj is not None and opening_place(subj):
            subj = place_subject(subj)  # "Outside court, the defendant's brother, X, said"
        if subj is not None and self.in_dateline(subj.idx):
            rest = [c for c in subj.children if c.dep_ == "appos" and not self.in_dateline(c.idx)]
            subj = rest[0] if rest else None
        if subj is not None:
            subj = sp.without_post_nominal(subj)
        return None if subj is None or self.inside(subj.idx) else subj

    def verb(self, cue: Token) -> str:
        """A cue's verb (``asked`` → ask): its lemma, or the speech-verb form table when
        the pipeline has no lemmatizer."""
        return cue.lemma_.lower() if self.use_lemma else sp.SPEECH_FORMS.get(cue.lower_, "")

    def cue(self, token: Token) -> str | None:
        verb = sp.is_cue(token, self.use_lemma)
        if verb in PARTICLE_CUES:  # "put it", "summed up", "cut in", "pointed out", "shot
            word, dep = PARTICLE_CUES[verb]  # back", "goes on" - not "cut the budget"
            if not any(  # "on" a particle by its dependency or its tag ("went on, ignoring")
                c.lower_ == word and (dep is None or c.dep_ == dep or c.tag_ == "RP")
                for c in token.children
            ):
                return None
        if verb in BEATS and any(
            t != token and sp.is_cue(t, self.use_lemma) not in (None, *BEATS) for t in token.sent
        ):
            return None  # "When one reporter asked, “…?” he smiled thinly.": the asking
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
                    cue = self.inner_cue(node, q) or self.outer_cue(node, q)
                    return Attribution("parse", cue, self.subject(cue))
        return None

    def inner_cue(self, cue: Token, q: QuoteSpan) -> Token | None:
        """``She told the tribunal that her manager had said to her: “…”``: the words are
        the manager's, quoted as he said them - the reported speech verb whose clause ends
        on the colon before the quote (without the colon, the outer speaker's report)."""
        for verb in [cue, *(c for c in cue.children if c.dep_ == "ccomp")]:
            if verb.idx >= q.open_at or (verb is not cue and not self.cue(verb)):
                continue
            if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
                continue  # "asked whether police had been warned: “…?”": the asker's
            if not self.text[verb.idx : q.open_at].rstrip().endswith(":"):
                continue
            last = max(t.idx + len(t) for t in verb.subtree if t.idx < q.open_at)
            if verb is not cue and self.text[last : q.open_at].strip() in (":", ""):
                return verb if self.subject(verb) is not None else None
            if verb is cue and cue.dep_ == "ccomp":
                return cue  # the parse hung the quote on the inner verb itself
        return None

    def outer_cue(self, cue: Token, q: QuoteSpan) -> Token:
        """``X said the union had warned that … “…”``: the words are X's report - not
        ``She said he told her “…”``, where the quote follows the inner verb and its
        listener straight away."""
        between = self.tokens(cue.idx + len(cue), q.open_at)
        if cue.idx < q.open_at and all(t.dep_ in ("dobj", "dative") for t in between):
            return cue
        node = cue
        for _ in range(3):
            if node.dep_ != "ccomp" or node.head == node:
                break
            node = node.head
            if self.cue(node) and not self.inside(node.idx) and self.subject(node) is not None:
                return node
        return cue

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
        inner_last = self.text[q.start : q.end].rstrip("'’")[-1:]  # "…, 'the bend,'" she said
        after = self.text[q.close_end : q.close_end + 3].lstrip()
        if not (inner_last in ",?!…—–-" or after[:1] in (",", "—", "–") or after[:1].islower()):
            return None
        for n, token in enumerate(self.tokens(q.close_end, self.frame_end(q, index))):
            if token.text in END_PUNCT or n > 25:
                break
            if self.cue(token):
                subj = self.subject(token)
                if subj is not None:
                    return Attribution("post", token, subj)
                break
        return self.by_post_order(q, index)

    def by_post_order(self, q: QuoteSpan, index: int) -> Attribution | None:
        """``“…,” NP(, apposition,) said.`` / ``“…,” said NP.`` read by word order.

        For parses that hang the subject off the quote or miss it: the head of
        the first noun phrase before the cue, or right after a clause-initial cue.
        """
        clause: list[Token] = []
        for token in self.tokens(q.close_end, self.frame_end(q, index)):
            if token.text in END_PUNCT or len(clause) > 20:
                break
            clause.append(token)
        said = ("said", "says", "told")
        k = next(
            (
                n
                for n, t in enumerate(clause)
                if self.cue(t)
                or t.lower_ in said
                or (
                    sp.SPEECH_FORMS.get(t.lower_) not in (None, "begin")  # "it begins": self.cue
                    and self.clause_final(clause, n)
                )
            ),
            None,
        )
        if k is None:
            return None
        rest = clause[k + 1 :] if k == 0 or all(t.is_punct for t in clause[:k]) else clause[:k]
        head: Token | None = None
        for token in rest:
            if token.tag_ == "POS" and head is not None:
                head = None  # "the committee's chair": the chair, not the committee
                continue
            if token.pos_ == "PRON" and head is None:
                return Attribution("post", clause[k], token)
            hyphen = token.tag_ == "HYPH" or (token.i > 0 and self.doc[token.i - 1].tag_ == "HYPH")
            if token.pos_ in ("NOUN", "PROPN") or (hyphen and head is not None):
                head = token if token.tag_ != "HYPH" else head  # "the 24-year-old": "old"
            elif head is not None or token.text == ",":
                break
        return Attribution("post", clause[k], head) if head is not None else None

    @staticmethod
    def clause_final(clause: list[Token], n: int) -> bool:
        """A mis-tagged verb ending a short clause after a nominal: "the statement read"."""
        last = n == len(clause) - 1 or clause[n + 1].is_punct
        return last and n > 0 and n < 9 and clause[n - 1].pos_ in ("NOUN", "PROPN", "PRON")

    def frame_start(self, q: QuoteSpan, index: int) -> int:
        start = self.text.rfind("\n", 0, q.open_at) + 1
        if index > 0:
            start = max(start, self.spans[index - 1].close_end)
        for token in reversed(self.tokens(start, q.open_at)):
            if token.text in END_PUNCT:
                return token.idx + 1
            if _abbreviation_ends(token):  # "… at 4 a.m. “Nobody …”"
                return token.idx + len(token.text)
        return start

    def by_pre(self, q: QuoteSpan, index: int) -> Attribution | None:
        for token in reversed(self.tokens(self.frame_start(q, index), q.open_at)):
            verb = self.cue(token)
            if verb and verb != "read":
                return Attribution("pre", token, self.subject(token))
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

    # -- attribution without a speech verb in the quote's own sentence ----------------
    def by_colon(self, q: QuoteSpan, index: int) -> Attribution | None:
        """``Nina Petrova has a simpler explanation: “Fear.”``: the clause's subject.

        Only a name, a pronoun or a text that speaks (letter, statement, sign):
        "The rules are clear: “…”" names nobody.
        """
        before = self.tokens(self.frame_start(q, index), q.open_at)
        if len(before) < 3 or before[-1].text != ":":
            return None
        owner = self.owner(before)
        if owner is not None:
            return owner
        label = self.label(before)
        if label is not None:
            return label
        node = before[-2]
        for _ in range(8):
            if node.head == node or self.inside(node.head.idx):
                break
            node = node.head
        subj = self.subject(node)
        if subj is None or subj.idx > before[-1].idx or subj.i < before[0].i:
            return None
        ok = subj.pos_ in ("PROPN", "PRON") or subj.lower_ in _TEXT_SOURCES
        ok = ok or (subj.pos_ == "NOUN" and sp.is_role(self.doc, subj))  # "Another insider was …:"
        return Attribution("colon", node, subj) if ok else None

    def label(self, intro: list[Token]) -> Attribution | None:
        """A transcript's speaker label opening the paragraph: ``Ms Pugh: “…”``,
        ``Mr Llewellyn-Jones: “…”``, ``Jory, quietly: “…”`` (a name, with its title and
        an adverb at most)."""
        words = intro[:-1]
        if len(words) > 2 and words[-2].text == "," and words[-1].pos_ == "ADV":
            words = words[:-2]  # "Jory, quietly: “…”"
        if (
            not words
            or len(words) > 6
            or self.text[self.text.rfind("\n", 0, words[0].idx) + 1 : words[0].idx].strip()
        ):
            return None
        if not all(t.pos_ == "PROPN" or t.text in ("-", ".") for t in words):
            return None
        name = sp.name_of(self.doc, words[-1])
        if name is None or len(name.text) < 3 or name.start < words[0].i:
            return None
        return Attribution("colon", intro[-1], words[-1])

    def owner(self, intro: list[Token]) -> Attribution | None:
        """``His closing line:`` / ``Okafor's verdict:``: a short colon introduction headed
        by a word for speech whose owner is a pronoun or a name speaks the quote."""
        if len(intro) > 8:
            return None
        heads = [t for t in intro if t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_NOUNS]
        for head in heads[-1:]:
            owner = [c for c in head.children if c.dep_ == "poss"]
            if len(owner) == 1 and (
                owner[0].lower_ in ("his", "her") or sp.name_of(self.doc, owner[0]) is not None
            ):
                return Attribution("colon", head, owner[0])
        return None


def _abbreviation_ends(token: Token) -> bool:
    """An abbreviation's full stop that also ends the sentence (the parse says the next
    token starts one: see ``nlp.paragraph_breaks``)."""
    doc = token.doc
    return (
        len(token.text) > 1
        and token.text.endswith(".")
        and token.i + 1 < len(doc)
        and bool(doc[token.i + 1].is_sent_start)
    )
