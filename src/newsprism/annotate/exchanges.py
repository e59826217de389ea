"""Question-and-answer exchanges: who asks and who answers when the quotes carry no cue.

A hearing, a cross-examination or an interview is often reported as paragraphs
that are only quotes. Their speakers follow from the exchange around them: a
question passes the turn ("turn"), and the sentence that opened the questioning
("X asked Y whether …", "X put it to Y that …", "Y was asked by X …") says
who asks and who answers ("exchange"). The one a quote calls by name answers next, and a
short comeback ("So you keep saying.") answers the last speaker (``vocatives``). The
sentence analysis is in ``asking``; the voices that resume after prose are in ``resumes``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate import vocatives
from newsprism.annotate.answers import ASKING, Answers
from newsprism.annotate.asking import questioning, sparring
from newsprism.annotate.attribution import END_PUNCT, Attribution
from newsprism.annotate.cues import REPLY_VERBS
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.annotate.resumes import surname_of as _surname
from newsprism.model import QuoteKind

_TURNS = ("turn", "exchange", "addressed")  # rules that found a side of a cue-less exchange
# A quote inside the quote ("She answered my first letter with one line: 'Why?'"): not its question
_NESTED = re.compile(r"(?<!\w)['‘][^'’\n]+?['’](?!\w)")
_WRITER_ASKS = ASKING | {"venture", "try", "interject", "persist", "suggest"}


class Exchanges(Answers):
    """The exchange rules of the quote extractor (see ``quotes``)."""

    def asked_before(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> str | None:
        """Who asked, when the quote before ``q`` is a question in the paragraph before:
        "“So the answer is no?” Matsuda asked. ¶ “The answer is …,” he said." - the "he"
        answering is not Matsuda."""
        if not results:
            return None
        prev, prev_att, kind = results[-1]
        if kind != "direct" or prev_att is None or prev_att.name is None:
            return None
        asked = self.question(prev) and "\n" in self.text[prev.close_end : q.open_at]
        words = self.text[prev.start : prev.end].rstrip(" ?'’”\"")
        rhetorical = (  # "“They need young people. But who wants …?”" ends a statement
            self.verb(prev_att.cue) not in ASKING and re.search(r"[.!]\s", words) is not None
        )
        return prev_att.name if asked and not rhetorical else None

    def turn(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """Question and answer without cues (a cross-examination, an interview): a quote
        that is its whole paragraph, after a question by Y and an answer by X, is Y's when
        it asks again; after an answer by X to Y's question … its turn passes back.
        Precisely: the quote goes to the speaker two quotes back when exactly one of the
        last two quotes is a question and the new quote is a question iff that one is the
        older; or when it addresses the last speaker by name ("…, Pauline."), or the last
        quote was itself a turn or a reply ("“…,” the permanent secretary replied. ¶ “So,
        March.”"): a cue-less exchange alternates. One line of the
        reporter's may stand between the exchange and the quote before it; an open quote
        goes on with its speaker instead."""
        if not self.only_quote(q):
            return None
        called = self.called_answers(q, results)
        if called is not None:
            return called
        if len(results) < 2:
            return None
        first = self.turn_start(results)  # a split answer ("“…,” X said. “…”") is one turn
        if first < 1:
            return None
        last, last_att, last_kind = results[-1]
        answers = self.addressee.get(last.open_at) if last_att is not None else None
        if (
            answers is not None
            and last.closed
            and self.text[last.end : q.open_at].count("\n\n") == 1
        ):
            att = answers.carried("turn")  # "“You said that last year, Mr Pennycook.” ¶ “I did
            att.confidence = answers.confidence - 0.2  # …”": the one addressed answers
            return att
        if last_att is None:
            return self.answer_to_bare(q, results)
        older, older_att, older_kind = results[first - 1]
        if older_att is None or last_kind != "direct" or older_kind != "direct":
            return None
        if not last.closed:
            return None  # an open quote goes on in the next paragraph: the same speaker
        if self.text[last.open_at : q.open_at].count("\n\n") > 1:
            return None  # an exchange is consecutive paragraphs …
        opened = results[first][0]
        if self.text[older.open_at : opened.open_at].count("\n\n") > 2:
            return None  # … after at most a line of the reporter's ("He asked: …")
        who = [_surname(last_att), _surname(older_att)]
        if not who[0] or not who[1] or who[0] == who[1]:
            return None
        text = self.text[q.start : q.end]
        replies = self.addresses(text, last_att) and not self.addresses(text, older_att)
        asked = "?" in _NESTED.sub("", self.text[older.start : older.end])  # "“Why kill her? Your
        answered = (  # readers loved her,” X began.", "“…,” the secretary replied. ¶ “So, March.”",
            (self.verb(last_att.cue) in REPLY_VERBS or asked)  # but "“No,” replied Talley. ¶
            and not self.question(last)  # “It never was.”" goes on
            and len(self.text[opened.start : last.end].split()) > 2
        )
        answering = (  # "“… Are you saying she's wrong?” Ansbach asked. ¶ “I'm saying …”"
            self.question(last) and self.verb(last_att.cue) in ASKING and not self.question(q)
        )
        if replies or (
            (
                last_att.reason in _TURNS
                or answered
                or answering
                or _retort(text)
                or self.dialogue(q, opened, older, last)
            )
            and not self.addresses(text, older_att)
        ):
            att = older_att.carried("turn")  # "“… I am seventy-three, Roger.” ¶ “I know how
            att.confidence = min(older_att.confidence, last_att.confidence) - 0.2  # old
            return att  # you are, Pauline.”": Roger answers her
        asks = [self.question(x) for x in (q, last, older)]
        if asks[1] == asks[2] or asks[0] != asks[2]:
            return None
        att = older_att.carried("turn")
        att.confidence = min(older_att.confidence, last_att.confidence) - 0.2
        return att

    def dialogue(self, q: QuoteSpan, opened: QuoteSpan, older: QuoteSpan, last: QuoteSpan) -> bool:
        """Two people trading short lines, each its own paragraph with its cue: "“It wasn't
        the ferry,” says Declan. ¶ “It was a bit the ferry,” says Fintan. ¶ “It was years of
        things.”" - the short line was a retort, and the first speaker answers it. Not when
        the new quote runs on (an open quote or a long one: the second speaker goes on),
        nor after a bare answer to a question ("“Is it over?” ¶ “No,” replied Talley. ¶
        “It never was.”": Talley goes on)."""
        if not (self.cued_line(older, opens=False) and self.cued_line(last) and opened is last):
            return False
        if self.text[older.close_end : last.open_at].count("\n") != 2:
            return False  # consecutive paragraphs
        words = len(self.text[last.start : last.end].split())
        if words <= 2 and self.question(older):
            return False  # "“Is it over?” ¶ “No,” replied Talley.": an answer, not a retort
        return q.closed and words <= 20 and len(self.text[q.start : q.end].split()) <= 25

    def cued_line(self, q: QuoteSpan, opens: bool = True) -> bool:
        """A paragraph that opens on the quote (unless not ``opens``) and ends with one
        sentence of cue at most: "“It was a bit the ferry,” says Fintan, 49, who plays
        guitar."."""
        start = self.text.rfind("\n", 0, q.open_at) + 1
        end = self.text.find("\n", q.close_end)
        end = len(self.text) if end < 0 else end
        if not q.closed or (opens and self.text[start : q.open_at].strip()):
            return False
        return sum(t.text in END_PUNCT for t in self.tokens(q.close_end, end)) <= 1

    def called_answers(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The one called by name answers: "“Ms Holmqvist, you are asking the public to
        trust you,” said Oyelaran. ¶ “I understand the frustration, chair.”" is Ms
        Holmqvist's. The name must be one person's the text has named before, not the
        speaker's; the answer is the next paragraph and does not call them itself."""
        if not results:
            return None
        last, last_att, last_kind = results[-1]
        if last_att is None or not last_att.name or last_kind != "direct" or not last.closed:
            return None
        if self.text[last.end : q.open_at].count("\n\n") != 1:
            return None
        speaker = _surname(last_att)
        called: dict[str, pr.Candidate] = {}
        people = [c for c in [*self.candidates, *self.mentioned()] if c.name and c.person]
        for prev, _, _ in results[self.turn_start(results) :]:
            for words in vocatives.addressed_names(self.text[prev.start : prev.end]):
                for c in people:
                    if c.at >= prev.open_at or c.name is None:
                        continue
                    parts = c.name.split()
                    if words[-1] in (parts[-1], parts[0] if len(words) == 1 else ""):
                        called.setdefault(pr.surname_key(c), c)
        called.pop(speaker, None)
        if len(called) != 1:
            return None
        ((key, other),) = called.items()
        if any(key == w[-1].lower() for w in vocatives.addressed_names(self.text[q.start : q.end])):
            return None
        found = last_att.carried("turn")
        found.name, found.description = other.name, other.description
        found.span = (other.name_start, other.name_end)
        found.confidence = last_att.confidence - 0.2
        return found

    def turn_start(self, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]) -> int:
        """The index of the first quote of the last turn: the quotes before it in the same
        paragraph by the same speaker ("“That's exactly why,” X said. “You can't …”")."""
        first = len(results) - 1
        while first > 0:
            (prev, prev_att, _), (cur, cur_att, _) = results[first - 1], results[first]
            same = (
                prev_att is not None
                and cur_att is not None
                and (prev_att.name, prev_att.description) == (cur_att.name, cur_att.description)
            )
            if not same or "\n" in self.text[prev.close_end : cur.open_at]:
                break
            first -= 1
        return first

    def writer_asked(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The answer to the writer's own question: "“Does it bother you, being recognised
        now?” I ask. ¶ “It doesn't happen. …”" is the interviewee's: the one the writer asks
        by name or pronoun ("I ask Achong-Baptiste"), else, of the named people quoted so far,
        the one last quoted or made a subject ("Vandermeulen, 71, has been painting …") of
        the gender a he/she in the question's paragraph gives ("“…?” I ask. He thinks for a
        long time."). The question is the quote before, nobody's, in the paragraph before,
        its sentence making "I" or "we" the subject of an asking verb; or a cue-less
        question paragraph right after such an answer ("“Why Tuesday?”"). "I ask them"
        leaves it open, and so does an unattributed quote just before the question (someone
        unknown spoke last)."""
        if not results or not self.only_quote(q):
            return None
        prev, prev_att, kind = results[-1]
        if kind != "direct" or prev_att is not None or not prev.closed or not self.question(prev):
            return None
        if self.text[prev.close_end : q.open_at].count("\n\n") != 1:
            return None
        before, before_att, before_kind = results[-2] if len(results) > 1 else results[-1]
        if len(results) > 1 and before_kind == "direct" and before_att is None:
            return None
        if (
            len(results) > 1
            and before.open_at in self.interviews
            and self.only_quote(prev)
            and before_att is not None
            and self.text[before.close_end : prev.open_at].count("\n\n") == 1
        ):
            self.interviews.add(q.open_at)  # "“Why Tuesday?”" asks the same interviewee again
            return before_att.carried("interview")
        para = self.text.rfind("\n", 0, prev.open_at) + 1
        end = self.text.find("\n", prev.close_end)
        words = list(self.tokens(para, len(self.text) if end < 0 else end))
        asking = [
            t
            for t in words
            if t.lower_ in ("i", "we")
            and t.dep_ == "nsubj"
            and not self.inside(t.idx)
            and self.verb(t.head) in _WRITER_ASKS
        ]
        if len(asking) != 1:
            return None
        verb = asking[0].head
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        if objects and objects[0].lower_ in ("them", "us", "everyone", "everybody"):
            return None
        gender = None
        if objects and objects[0].lower_ in ("him", "her"):
            gender = "m" if objects[0].lower_ == "him" else "f"
        elif objects:  # "I ask Achong-Baptiste": by name
            name = sp.name_of(self.doc, objects[0])
            if name is None or not self.named_person(name, objects[0]):
                return None
            att = Attribution("interview", verb, None)
            att.name, att.span = name.text, (name.start_char, name.end_char)
            self.interviews.add(q.open_at)
            return att
        he = [t.lower_ for t in words if t.i > verb.i and t.dep_ == "nsubj"]
        if gender is None and he and he[0] in ("he", "she"):
            gender = "m" if he[0] == "he" else "f"  # "“…?” I ask. He thinks for a long time."
        earlier = {  # "In the ten minutes she allows herself, I ask the obvious question."
            t.lower_ for t in words if t.i < verb.i and t.dep_ == "nsubj" and not self.inside(t.idx)
        }
        if gender is None and len(earlier & {"he", "she"}) == 1:
            gender = "m" if "he" in earlier else "f"
        known = pr.pooled_genders(self.candidates)
        pool = [
            c
            for c in self.candidates
            if c.name
            and c.person
            and (c.speaker or c.main)
            and 0 < verb.idx - c.at <= 1500
            and (gender is None or (c.gender or known.get(pr.surname_key(c))) in (None, gender))
        ]
        spoke = {pr.surname_key(c) for c in pool if c.speaker}  # not "His mother, Folasade,
        pool = [c for c in pool if pr.surname_key(c) in spoke]  # will be in the front row"
        if not pool:
            return None
        last = max(pool, key=lambda c: c.at)
        att = Attribution("interview", verb, None)
        att.name, att.description = last.name, last.description
        att.span = (last.name_start, last.name_end)
        self.interviews.add(q.open_at)
        return att

    def exchange(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """A paragraph that is only a quote, in a questioning the reporter opened: "The
        chair, X, asked the professor to explain …" ¶ "“At the very least …”" is the
        professor's; a question there is the chair's. The opening sentence is in the
        last paragraph of the reporter's before the quote, with only quote paragraphs
        between (at most eight), and only its two sides speaking in those with a cue; its
        last sentence of questioning counts (``asking``). A statement that addresses the
        one asked by name is the asker's; one right after a cued statement goes on with
        that speaker (``continuation``)."""
        if not self.only_quote(q):
            return None
        last = results[-1][0] if results else None
        if last is not None and not last.closed and "\n" in self.text[last.end : q.open_at]:
            return None  # a long quote goes on
        found_at = {r[0].open_at: r for r in results}
        cued: list[Attribution | None] = []  # quotes with their own cue inside the exchange
        end = self.text.rfind("\n", 0, q.open_at)
        for _ in range(9):
            p_end = len(self.text[: max(end, 0)].rstrip())
            if p_end <= 0:
                return None
            p_start = self.text.rfind("\n", 0, p_end) + 1
            first = p_start + len(self.text[p_start:p_end]) - len(self.text[p_start:p_end].lstrip())
            if first not in found_at:
                break
            opened, opened_att, _ = found_at[first]
            if not self.only_quote(opened):
                if not cued and not self.question(q) and not self.question(opened):
                    return None  # "“…,” she said. ¶ “…”": she goes on (``continuation``)
                cued.append(opened_att)
            end = p_start - 1
        else:
            return None
        found = None
        for sent in reversed(self.sentences(p_start, p_end)):
            found = questioning(self.doc, sent)
            if found is not None:
                break
            argued = sparring(self.doc, sent)
            if argued is not None:  # "X clashed with Y": whoever did not speak last
                return self.other_side(argued[0], argued[1:], results)
        if found is None:
            return None
        verb, asker, addressee = found
        named = {side.i: self.side(verb, side) for side in (asker, addressee) if side is not None}
        sides = {_surname(a) for a in named.values()}
        if any(a is None for a in cued):
            return None
        others = {_surname(a) for a in cued if a is not None} - sides
        if len(others) > (1 if addressee is None else 0):  # the unnamed side may speak
            return None  # someone else spoke in between: not a two-sided exchange
        text = self.text[q.start : q.end]
        who = asker if self.question(q) else addressee
        if (
            who is addressee
            and asker is not None
            and addressee is not None
            and self.addresses(text, named[addressee.i])
        ):
            who = asker  # "“That is not an answer, Dr Whitlam-Ngata.”"
        if who is None and asker is not None and addressee is None and not self.question(q):
            return self.unnamed_side(sides, results)  # "X asked who had decided": the one
        if who is None:  # who answered X is whoever else spoke last
            return None
        att = named[who.i]
        return att if att.name or att.description else None

    def side(self, verb: Token, who: Token) -> Attribution:
        """One side of an exchange, named where the opening sentence names it."""
        att = Attribution("exchange", verb, who)
        self.fill(att, who.idx)
        return att

    def other_side(
        self,
        verb: Token,
        sides: tuple[Token, Token],
        results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]],
    ) -> Attribution | None:
        """Of two sides taking turns, the one who did not speak the quote before."""
        last = results[-1][1] if results else None
        if last is None:
            return None
        found = [self.side(verb, side) for side in sides]
        names = [_surname(a) for a in found]
        if _surname(last) not in names or names[0] == names[1]:
            return None
        other = found[1 - names.index(_surname(last))]
        return other if other.name or other.description else None

    @staticmethod
    def unnamed_side(
        sides: set[str], results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The side of an exchange its opening sentence does not name ("X asked who had
        made the decision"): the last one quoted who is not the named side."""
        for _, att, kind in reversed(results[-6:]):
            named = att is not None and (att.name or att.description)
            if att is not None and named and kind == "direct" and _surname(att) not in sides:
                return att.carried("exchange")
        return None

    def addressed_is_not_speaker(
        self, q: QuoteSpan, att: Attribution | None, kind: QuoteKind
    ) -> Attribution | None:
        """Nobody addresses themselves: a paragraph that is only a quote calling its found
        speaker by name ("“You said that last year, Mr Pennycook.”") is someone else's, the
        one other person named in the 1,500 characters before it when there is exactly one,
        else nobody's."""
        if kind != "direct" or att is None or not att.name or not self.only_quote(q):
            return att  # (a letter's "…, Idris." is its signature; a chant follows a cue)
        if not self.addresses(self.text[q.start : q.end], att):
            return att
        addressed = _surname(att)
        near = [
            c
            for c in [*self.candidates, *self.mentioned()]
            if c.name and c.person and 0 <= q.open_at - c.at <= 1500
        ]
        others = {k: c for c in near if (k := pr.surname_key(c)) != addressed}
        if len(others) != 1:
            return None
        (other,) = others.values()
        self.addressee[q.open_at] = att  # who answers next (``turn``)
        found = att.carried("addressed")
        found.name, found.description = other.name, other.description
        found.span = (other.name_start, other.name_end)
        found.confidence = att.confidence - 0.2
        return found

    addresses = staticmethod(vocatives.addresses)


# A short comeback that opens on a connective ("So you keep saying.", "Then why is the
# bill 212 pages long?", "With a driver?"): a rejoinder to the one who spoke last, not more
# of their words ("But we're going to be confident too." may be either: not counted).
_RETORT_OPENERS = {"so", "then", "with", "really", "oh"}


def _retort(text: str) -> bool:
    words = text.strip(" .,'’”\"").split()
    return 0 < len(words) <= 8 and words[0].strip(",.?!").lower() in _RETORT_OPENERS
