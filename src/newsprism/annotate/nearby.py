"""Who is near a cue: the people named in its paragraph, those asking questions there,
the one person the whole text has named so far, and the one it gave an age ("the
74-year-old", "the centenarian").

Split from ``descriptions``: the lookups a description falls back on when no role, age
or apposition says whom it stands for ("Doreen Felgate, 88, said …. “…,” the
great-grandmother said.").
"""

from __future__ import annotations

import re

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate import vocatives
from newsprism.annotate.asking import askers, questioning
from newsprism.annotate.attribution import Attribution
from newsprism.annotate.quote_marks import QuoteSpan
from newsprism.annotate.roles import Roles
from newsprism.model import QuoteKind

_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "from", "to"}


class Nearby(Roles):
    """The people a cue's paragraph, or the text before it, makes the only fit."""

    def named_in_paragraph(self, gender: str | None, before: int) -> str | None:
        """The one person named in the cue's own paragraph before it, when nobody else (named
        or not) is there and the gender fits: "Doreen Felgate, 88, said she felt … “…,” the
        great-grandmother said." """
        para = self.text.rfind("\n", 0, before) + 1
        here = [c for c in self.candidates if para <= c.at < before]
        if any(c.name is None and c.human and c.person and c.main for c in here):
            return None  # "A neighbour said …": someone unnamed is there too
        names = {c.name for c in here if c.name and c.person}
        nobody = {c.name_start for c in here if c.name and not c.person}  # "if Calderbridge
        names |= {  # go up": a club, whatever the tagger called it
            sp.strip_titles(e).text
            for e in self.ents
            if e.label_ == "PERSON"
            and para <= e.start_char < before
            and not self.inside(e.start_char)
            and e.start_char not in nobody
        }
        askers = self.askers(para, before) | {self.asked_by()}
        names = {n for n in names if last_word(n) not in askers}
        if len({n.split()[-1].lower() for n in names}) != 1:
            return None
        found = max(names, key=len)
        known = pr.pooled_genders(self.candidates).get(found.split()[-1].lower())
        known = known or sp.gender_of_name(found)
        return found if gender is None or known in (None, gender) else None

    def asked_by(self) -> str:
        """The surname (lower case) of whoever asked the question the quote answers, or ""."""
        return last_word(self.questioner)

    def someone_else(self, surname: str, at: int) -> bool:
        """Whether the reporter's words before ``at`` in its paragraph name or describe a
        person other than ``surname`` ("Orla Brennan-Moss, 19, spoke to reporters outside. “…,” she
        said." after a quote calling Mrs Ellison-Boyd)."""
        para = self.text.rfind("\n", 0, at) + 1
        described = any(  # "Out in the car park, one Civic Alliance activist was …"
            c.name is None and c.human and c.main and para <= c.at < at for c in self.candidates
        )
        return described or any(
            e.label_ == "PERSON" and e.text.split()[-1] != surname
            for e in self.ents
            if para <= e.start_char < at and not self.inside(e.start_char)
        )

    def asked_one(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> str | None:
        """Whom the reporter asked the question the quote answers: "I asked Okwuosa about
        the 1987 session. ¶ “Were you nervous that day?” ¶ “Nervous? I was hungover,” he
        says." - the "he" answering is Okwuosa, not the last man who spoke. The question
        is the quote before, nobody's, in the paragraph before the answer's; the asking
        sentence is the last one before it, in its paragraph or the one before that. Also
        the one the quote before calls by name ("“Take your time, Mr Anstruther-Kaye,” she
        said. ¶ “Since March,” he said."), unless the answer's paragraph names someone
        else first or puts a new question."""
        if not results:
            return None
        prev, prev_att, kind = results[-1]
        called = vocatives.addressed_names(self.text[prev.start : prev.end])
        if (  # "“Take your time, Mr Anstruther-Kaye,” she said. ¶ “Since March,” he said."
            kind == "direct"
            and prev.closed
            and prev_att is not None
            and (prev_att.name or prev_att.description)  # "one reporter shouted"
            and len(called) == 1
            and called[0][-1] not in (prev_att.name or "").split()[-1:]
            and self.text[prev.close_end : q.open_at].count("\n\n") == 1
            and not self.asked_anew(q.open_at)  # "She was later asked about …"
            and not self.someone_else(called[0][-1], q.open_at)
        ):
            return called[0][-1]
        if kind != "direct" or not self.question(prev) or not prev.closed:
            return None
        if prev_att is not None and (prev_att.name or prev_att.description):
            return None
        if self.text[prev.close_end : q.open_at].count("\n\n") != 1:
            return None
        para = self.text.rfind("\n", 0, prev.open_at) + 1
        start = para
        if not self.text[para : prev.open_at].strip():  # the question is its own paragraph
            start = self.text.rfind("\n", 0, len(self.text[:para].rstrip())) + 1
        for sent in reversed(self.sentences(start, prev.open_at)):
            found = questioning(self.doc, sent)
            if found is None:
                continue
            _, asker, addressee = found
            if asker is not None or addressee is None:
                return None  # someone the text names asked: the exchange rules' case
            name = sp.name_of(self.doc, addressee)
            return name.text if name is not None else None
        return None

    def asked_anew(self, at: int) -> bool:
        """Whether the reporter's words before ``at`` in its paragraph put a new question
        ("She was later asked about her party's candidate in Moorside. “…,” she said.")."""
        para = self.text.rfind("\n", 0, at) + 1
        return any(questioning(self.doc, sent) for sent in self.sentences(para, at))

    def asked_by_writer(
        self, q: QuoteSpan, results: list[tuple[QuoteSpan, Attribution | None, QuoteKind]]
    ) -> str | None:
        """Whom the writer asked just before the quote, with no quote between: "I ask
        Dufresne whether she still gets nervous. She considers the question. ¶ «Not nervous,»
        she says." - her "she" is Dufresne, not the woman quoted before. Also whom a named
        asker asked before a question right before the quote: "Nikhil Bhatt, defending,
        asked Ms Kamau whether …. “…?” ¶ “I was watching both,” she replied." """
        para = self.text.rfind("\n", 0, q.open_at) + 1
        start = para
        if not self.text[para : q.open_at].strip():  # the quote opens its paragraph
            start = self.text.rfind("\n", 0, len(self.text[:para].rstrip())) + 1
        end, asked = q.open_at, False
        if results:
            prev, prev_att, _ = results[-1]
            start = max(start, prev.close_end)
            if not self.text[start:end].strip() and self.question(prev):
                start, end = self.text.rfind("\n", 0, prev.open_at) + 1, prev.open_at
                asked = prev_att is not None  # "X asked Ms Kamau whether …. “…?” ¶ “…,” she
                # replied.", "I ask Adeleke-Shaw how many …. “…?” ¶ “The blood, yes,” she says."
        for sent in reversed(self.sentences(start, end)):
            found = questioning(self.doc, sent)
            if found is None:
                continue
            verb, asker, addressee = found
            writer = any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children)
            if addressee is None or not ((writer and asker is None) or asked):
                return None
            if not writer and addressee.head != verb:  # "asked whether Aldova would allow"
                return None
            name = sp.name_of(self.doc, addressee)  # a person, not "whether Aldova would"
            person = name is not None and any(t.ent_type_ == "PERSON" for t in name)
            return name.text if name is not None and person else None
        return None

    def question(self, q: QuoteSpan) -> bool:
        """Whether a quote ends on a question mark (closing punctuation aside)."""
        return self.text[q.start : q.end].rstrip(" .,'’”\"").endswith("?")

    def bare_question(self, q: QuoteSpan) -> bool:
        """A quote that only asks: a question with no statement before it ("Are you?", "So
        that's a no?"), not "He never admitted it. How can you …?" - a speaker's own
        rhetorical turn."""
        words = self.text[q.start : q.end]
        return self.question(q) and re.search(r"[.!…]['’”\"]?\s", words) is None

    def askers(self, start: int, end: int) -> set[str]:
        """Surnames of those asking questions between two offsets (``asking.askers``)."""
        return askers(self.doc, self.sentences(start, end))

    def last_speaker(self, before: int) -> str:
        """The surname (lower case) of the speaker of the last quote in a paragraph before
        the one of ``before``, or "": who answered the question before the one now asked."""
        para = self.text.rfind("\n", 0, before) + 1
        spoke = [name for at, name in self.quoted if at < para]
        return last_word(spoke[-1]) if spoke else ""

    def only_one_named(self, gender: str | None, before: int) -> str | None:
        """The one person the text has named before ``before``, when it has named exactly
        one (by surname) and the gender fits: "The kiln at the bottom of Ottilie Brannagh's
        garden …. “…,” the 78-year-old said." """
        names = {  # not "in Caddon Mill", a place the tagger called a person
            sp.strip_titles(e).text
            for e in self.ents
            if e.label_ == "PERSON"
            and e.end_char <= before
            and not self.inside(e.start_char)
            and not (e.start > 0 and self.doc[e.start - 1].lower_ in _PLACE_PREPOSITIONS)
        }
        names |= {c.name for c in self.candidates if c.name and c.person and c.at < before}
        names = {n for n in names if n and not n.endswith(("'s", "’s"))}
        if len({n.split()[-1].lower() for n in names}) != 1:
            return None
        found = max(names, key=len)
        known = sp.gender_of_name(found)
        return found if gender is None or known in (None, gender) else None

    def aged(self, description: str, before: int) -> str | None:
        """``the 74-year-old`` / ``the teenager``: the one person the text gave that age
        (``Clive Penhallow, 74,`` / ``(19)``) before ``before``."""
        m = re.search(r"\b(\d{1,3})-year-old\b", description)
        word = description.lower().split()[-1] if description.split() else ""
        if m is not None:
            ages = {m.group(1)}
        elif word in _AGE_WORDS:  # "the teenager", "the centenarian"
            ages = {str(n) for n in range(*_AGE_WORDS[word])}
        else:
            return None
        names = {c.name for c in self.candidates if c.name and c.at < before}  # an age: a person
        names |= {e.text for e in self.ents if e.label_ == "PERSON" and e.end_char <= before}
        found = set()
        for name in names:
            surname = name.split()[-1]  # "Hashim Qureshi" … "Qureshi, 45,"
            for hit in re.finditer(rf"\b{re.escape(surname)}\b", self.text[:before]):
                after = re.match(r",\s*(\d{1,3})\b|\s*\((\d{1,3})\)", self.text[hit.end() :])
                if after is not None and (after.group(1) or after.group(2)) in ages:
                    found.add(name)
                sentence = re.split(r"[.!?]\s", self.text[hit.end() : before], maxsplit=1)[0]
                turned = re.search(r"\b(?:turned|turns|aged|celebrated)\s+(\d{1,3})\b", sentence)
                if turned is not None and turned.group(1) in ages:  # "X … turned 104 on
                    found.add(name)  # Monday"
        found = {f for f in found if not any(g != f and g.endswith(" " + f) for g in found)}
        if len(found) > 1:  # "Marcus Fairclough, 49," and his wife Tracey: the age's own name
            found = {f for f in found if self.aged_as(f, ages, before)}
        if len({f.split()[-1] for f in found}) != 1 or len(found) != 1:
            return None
        return next(iter(found))

    def aged_as(self, name: str, ages: set[str], before: int) -> bool:
        """Whether the full ``name`` is followed by one of ``ages`` ("X, 49," / "X (49)")."""
        return any(
            (m.group(1) or m.group(2)) in ages
            for m in re.finditer(
                rf"\b{re.escape(name)},\s*(\d{{1,3}})\b|\b{re.escape(name)}\s*\((\d{{1,3}})\)",
                self.text[:before],
            )
        )


# Words for an age: the range of years each stands for.
_AGE_WORDS = {
    "teenager": (13, 20),
    "sexagenarian": (60, 70),
    "septuagenarian": (70, 80),
    "octogenarian": (80, 90),
    "nonagenarian": (90, 100),
    "centenarian": (100, 120),
}


def last_word(name: str | None) -> str:
    """A name's last word in lower case ("" for none): how askers are told apart."""
    return ((name or "").split() or [""])[-1].lower()
