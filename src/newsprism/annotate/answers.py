"""Answers to a question whose asker is known or does not matter: the one a question
was put to ("X put it to Y that …. “…?” ¶ “…”" is Y's), and the one who spoke just
before a bare question nobody is said to ask ("“…,” she says. ¶ “Are you?” ¶ “No.”").
Both are paragraphs that are only a quote; the exchange rules proper are in
``exchanges``.
"""

from __future__ import annotations

from newsprism.annotate import pronouns as pr
from newsprism.annotate import vocatives
from newsprism.annotate.asking import put_to
from newsprism.annotate.attribution import Attribution
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.annotate.resumes import Resumes, surname_of
from newsprism.model import QuoteKind

# Verbs of asking: "“…?” Adeyemi asked", "“Even if you miss them?” Mr Achterberg pressed".
ASKING = {"ask", "question", "press", "put", "demand", "wonder", "inquire", "enquire"}


class Answers(Resumes):
    """Who answers a question put in the paragraph before (see ``quotes``)."""

    def answer_to_bare(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The answer to a question nobody is said to ask, put to the one who spoke just
        before it: "“… I'm not in the popularity business,” she says. ¶ “Do you worry about
        the passengers?” ¶ “All the time. …”" is hers again (the question, the writer's or
        an interviewer's, stays unattributed). Not when the question calls someone else by
        name."""
        if len(results) < 2 or self.question(q):
            return None
        (last, last_att, last_kind), (older, older_att, older_kind) = results[-1], results[-2]
        if last_att is not None or last_kind != "direct" or older_kind != "direct":
            return None
        if older_att is None or not (older_att.name or older_att.description):
            return None
        if not (last.closed and older.closed and self.only_quote(last)):
            return None
        if not self.bare_question(last):
            return None
        if self.text[last.close_end : q.open_at].count("\n\n") != 1:
            return None
        gap = self.text[older.close_end : last.open_at]
        if gap.count("\n\n") != 1:
            return None
        words = self.text[last.start : last.end]
        called = vocatives.addressed_names(words)
        if called and not vocatives.addresses(words, older_att):
            return None  # "“… Have you been there, Ms Okonjo?”": she answers, not X
        att = older_att.carried("turn")
        att.confidence = older_att.confidence - 0.25
        return att

    def answer_to_put(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The answer, a paragraph that is only a quote, to a question put in the paragraph
        before: "Her barrister put it to Ms Lindahl that …. “Can you explain …?” ¶ “It was
        finalised on that date.”" is Ms Lindahl's (then the exchange alternates)."""
        if not results or self.question(q):
            return None
        last, last_att, last_kind = results[-1]
        if last_att is None or last_kind != "direct" or not self.question(last):
            return None
        if last_att.cue.lower_ not in ("put", "puts") or not last.closed:
            return None
        start = self.text.rfind("\n", 0, q.open_at) + 1
        if (
            self.text[start : q.open_at].strip()
            or self.text[last.close_end : q.open_at].count("\n\n") != 1
        ):
            return None
        put = put_to(self.doc, list(last_att.cue.sent))
        if put is None:
            return None
        att = Attribution("turn", last_att.cue, put[1])
        self.fill(att, q.open_at)
        return att if att.name or att.description else None

    def answer_to_office(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The one a question or a remark calls by office answers it: "“Commissioner, you
        received a letter …. Did you read it?” asked Sen. DeWitt-Hayes. ¶ “I did,
        senator.”" is the commissioner's, the one person the text gave that office by name
        (not the asker); so is the answer to "“With respect, home secretary, you said
        that about the barges,” Okereke said."."""
        if not results or not self.only_quote(q):
            return None
        last, last_att, last_kind = results[-1]
        if last_kind != "direct" or last_att is None or not last.closed:
            return None
        if self.text[last.close_end : q.open_at].count("\n\n") != 1:
            return None
        office = vocatives.addressed_office(self.text[last.start : last.end])
        if office is None:
            return None
        asker = (last_att.name or "").split()[-1:]
        held = {
            name
            for at, name in self.role_names().get(office, [])
            if q.open_at - 3000 < at < q.open_at and name.split()[-1:] != asker
        }
        if len({name.split()[-1] for name in held}) != 1:
            return None
        att = Attribution("turn", last_att.cue, None)
        att.name = max(held, key=len)
        att.confidence = last_att.confidence - 0.2
        return att

    def answer_to_asked(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The answer to a question someone named is said to ask, when no exchange has
        started: "… she gave the most detailed account yet. ¶ “When did you know?” Adeyemi
        asked. ¶ “Honestly? The day the chief whip …”" is hers - the named person, other
        than the asker, last quoted or made a subject in the text before the question."""
        if not results or self.question(q) or not self.only_quote(q):
            return None
        last, last_att, last_kind = results[-1]
        if last_kind != "direct" or last_att is None or not last_att.name or not last.closed:
            return None
        if not self.question(last) or self.verb(last_att.cue) not in ASKING:
            return None
        if self.text[last.close_end : q.open_at].count("\n\n") != 1:
            return None
        asker = surname_of(last_att)
        pool = [
            c
            for c in self.candidates
            if c.name
            and c.person
            and (c.speaker or c.main)
            and 0 < last.open_at - c.at <= 1500
            and pr.surname_key(c) != asker
        ]
        if not pool:
            return None
        other = max(pool, key=lambda c: c.at)
        att = Attribution("turn", last_att.cue, None)
        att.name, att.description = other.name, other.description
        att.span = (other.name_start, other.name_end)
        att.confidence = last_att.confidence - 0.25
        return att

    def answer_by_listener(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """The answer to a question someone "was asked": "“Is that the best you've
        batted?” he was asked. ¶ “Probably.”" is his; the question stays unattributed."""
        if not results or not self.only_quote(q):
            return None
        last = results[-1][0]
        listener = self.asked_of.get(last.open_at)
        if listener is None or not (listener.name or listener.description):
            return None
        if self.text[last.close_end : q.open_at].count("\n\n") != 1:
            return None
        att = listener.carried("turn")
        att.confidence = listener.confidence - 0.2
        return att
