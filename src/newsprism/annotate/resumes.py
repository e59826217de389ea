"""Voices that resume after the reporter's prose: a profile's subject who speaks again
after a paragraph about them ("voice"), and a statement read out for its author
("statement"). Split from ``exchanges``, which builds on these.
"""

from __future__ import annotations

import re

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.attribution import Attribution
from newsprism.annotate.naming import Naming
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.model import QuoteKind

_OWNER_GENDER = {"her": "f", "his": "m"}  # "her statement" is a woman's
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# The speaker's own voice: "I", "my", "we" (not a report about someone else).
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|our|us)\b")


class Resumes(Naming):
    """The rules for a voice that comes back after prose (see ``quotes``)."""

    def voice_returns(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """A paragraph that is only a quote in the first person, after one paragraph of the
        reporter's prose, goes on with the last speaker when that prose names them and no
        one else who has spoken: "“… But I got some wrong.” ¶ The book … revisits eleven
        cases, among them the trial of Darren Pell, whom Castellane sentenced …. ¶ “I read
        those remarks again last year …”" is Castellane's (a profile's subject resumes).
        Prose that names nobody but speaks of the last speaker by pronoun only ("The crash
        … broke his pelvis …") counts too (``refers_to``)."""
        if (
            not results
            or not self.only_quote(q)
            or not _FIRST_PERSON.search(self.text[q.start : q.end])
        ):
            return None
        before = self.prose_before(q, results, kind="direct")
        if before is None:
            return None  # the paragraph before has someone's words: not prose
        prose, prose_end = before
        direct = [(quote, att) for quote, att, kind in results if kind == "direct"]
        if not direct:
            return None
        last, att = direct[-1]  # the last speaker spoke in the paragraph right before the prose
        if att is None or not att.name or not att.person:
            return None
        if self.text[last.close_end : prose].count("\n\n") > 1:
            return None
        spoken = {
            surname_of(a) for _, a, k in results if a is not None and a.name and k == "direct"
        }
        named = {
            e.text.split()[-1].lower()
            for e in self.ents
            if e.label_ == "PERSON" and prose <= e.start_char < prose_end
        }
        if (named - {surname_of(att)}) & spoken:
            return None
        if surname_of(att) not in named and (named or not self.refers_to(att, prose, prose_end)):
            return None  # "… broke his pelvis, his left leg and three ribs." is about him too
        return att.carried("voice")

    def refers_to(self, att: Attribution, start: int, end: int) -> bool:
        """Whether the prose in ``start:end`` speaks of the speaker by pronoun only: every
        he/him/his or she/her in it fits the speaker's gender, and there is one."""
        genders = {
            c.gender for c in self.candidates if c.name and surname_of(att) == pr.surname_key(c)
        }
        said = {
            _PRONOUN_GENDER[t.lower_]
            for t in self.doc.char_span(start, end, alignment_mode="expand") or []
            if t.lower_ in _PRONOUN_GENDER and not self.inside(t.idx)
        }
        return len(genders) == 1 and said == genders

    def prose_before(
        self,
        q: QuoteSpan,
        results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]],
        kind: QuoteKind | None = None,
    ) -> tuple[int, int] | None:
        """(start, end) of the paragraph before the quote's own, when it quotes nobody
        (no quote of ``kind``, or of any kind when None): the reporter's prose."""
        para = self.text.rfind("\n", 0, q.open_at) + 1
        end = len(self.text[:para].rstrip())
        start = self.text.rfind("\n", 0, end) + 1
        quoted = any(start <= r[0].open_at < para for r in results if kind in (None, r[2]))
        return None if end <= 0 or quoted else (start, end)

    def statement_read(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> Attribution | None:
        """A paragraph that is only a quote, after a paragraph of prose about someone's own
        statement or letter ("Chloe's mother, Abena Mensah, was too distressed to read her
        victim personal statement herself, so it was read to the court by DS Galbraith."),
        is that statement: its author's words, not the reader's (reason ``statement``)."""
        if not self.only_quote(q):
            return None
        before = self.prose_before(q, results)
        if before is None:
            return None  # the paragraph before quotes someone: not prose about a statement
        prose, prose_end = before
        for token in self.doc:
            if not prose <= token.idx < prose_end or token.lower_ not in pr.DOCUMENTS:
                continue
            owner = [c for c in token.children if c.dep_ == "poss"]
            if len(owner) != 1 or owner[0].lower_ not in ("her", "his"):
                continue
            subject = next(  # the nearest subject up the clauses: "X was too upset to read
                (  # her statement herself, so it was read …" is X's
                    c
                    for a in token.ancestors
                    for c in a.children
                    if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
                ),
                None,
            )
            name = sp.name_of(self.doc, subject) if subject is not None else None
            if name is None or not any(t.ent_type_ == "PERSON" for t in name):
                continue
            if sp.gender_of_name(name.text) not in (None, _OWNER_GENDER[owner[0].lower_]):
                continue  # "Tom Reed … her statement": someone else's
            att = Attribution("statement", token, subject)
            att.name, att.span, att.person = name.text, (name.start_char, name.end_char), True
            att.confidence -= 0.2
            return att
        return None

    def only_quote(self, q: QuoteSpan) -> bool:
        """Whether a quote is its whole paragraph (closing punctuation aside)."""
        start = self.text.rfind("\n", 0, q.open_at) + 1
        end = self.text.find("\n", q.close_end)
        end = len(self.text) if end < 0 else end
        return not (
            self.text[start : q.open_at].strip() or self.text[q.close_end : end].strip(" .,;:!?…")
        )


def surname_of(att: Attribution) -> str:
    """The last word of whom an attribution names, to tell the sides of an exchange apart."""
    return ((att.name or att.description or "").split() or [""])[-1].lower()
