"""Who a later he/she or description may point back to: the candidates and their upkeep.

Split from ``naming`` (which turns an attribution's subject into a name): the list of
people and organisations the text has introduced so far (``remember``), the people named
outside subjects (``mentioned``), the centre a he/she subject keeps (``continue_centre``)
and the paragraph rule for a he/she found only further back (``introduced_here``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.descriptions import Descriptions


class Referents(Descriptions):
    """The candidates anaphors may refer to, kept in text order."""

    def anyone_fits(self, pronoun: str, before: int, window: int = 900) -> bool:
        """Whether any subject candidate could be ``he``/``she`` at all."""
        gender = sp.PRONOUNS.get(pronoun)
        if gender not in ("m", "f"):
            return True
        return any(
            c.person and c.gender in (None, gender) and 0 < before - c.at <= window
            for c in self.candidates
        )

    def introduced_here(
        self, pronoun: str, para: int, before: int, cand: pr.Candidate | None
    ) -> pr.Candidate | None:
        """A he/she whose referent was found in an earlier paragraph, or not at all, is
        the one person of that gender named in its own paragraph when there is one ("In an
        email to staff, Marisol Andrade, the company's CTO, said …. “…,” she wrote.")."""
        gender = sp.PRONOUNS.get(pronoun)
        if gender not in ("m", "f") or (cand is not None and cand.at >= para):
            return cand
        here = [c for c in self.mentioned() if para <= c.at < before and c.gender == gender]
        here = [c for c in here if not self.by_other(c, before)]
        if len({pr.surname_key(c) for c in here}) != 1:
            return cand
        others = [  # anyone else of that gender in the paragraph: a tie, keep what was found
            c
            for c in self.candidates
            if para <= c.at < before
            and (c.name or (c.main and c.human))  # "the 29-year-old chose his words …"
            and c.gender in (None, gender)
            and pr.surname_key(c) != pr.surname_key(here[0])
        ]
        return cand if others else here[0]

    def by_other(self, cand: pr.Candidate, before: int) -> bool:
        """A person named after "by" or "from" in the sentence that goes on to ``before``
        ("In a statement read to the court by prosecutor Ifeoma Nwachukwu, she said",
        "Under questioning from X, she said"): someone acting on the one the sentence is
        about, never its he or she - not "a statement from X", nor a sentence before ("The
        song was written by Maria Lopez. “…,” she said.")."""
        if any(mark in self.text[cand.name_end : before] for mark in ".?!\n"):
            return False
        span = self.doc.char_span(cand.name_start, cand.name_end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            return False
        prep = span.root.head
        return prep.lower_ == "by" or (
            prep.lower_ == "from" and prep.head.lower_ not in pr.DOCUMENTS
        )

    def introduced_before(
        self, pronoun: str, para: int, before: int, cand: pr.Candidate | None
    ) -> pr.Candidate | None:
        """A he/she in a paragraph that opens with the quote, after a paragraph that
        introduces one new person of that gender by full name and nobody else, is that
        person ("Co-star Caleb Ashdown-Reyes, 17, was cast after an open audition. ¶ “…,”
        he admitted."), not an earlier speaker."""
        gender = sp.PRONOUNS.get(pronoun)
        opens = self.text[para : para + 3].lstrip()[:1] in ('"', "“", "«", "`")
        if gender not in ("m", "f") or not opens or para < 2:
            return cand
        prev = self.text.rfind("\n", 0, len(self.text[:para].rstrip())) + 1
        if cand is not None and cand.at >= prev:
            return cand
        here = [c for c in [*self.candidates, *self.mentioned()] if prev <= c.at < para]
        # "Rachel Emberton's son Kofi spent eight days …. ¶ “…,” she said.": the son is no she
        named = {
            pr.surname_key(c) for c in here if c.name and c.person and c.gender in (None, gender)
        }
        if len(named) != 1 or any(c.name is None and c.person and c.main for c in here):
            return cand
        new = [c for c in here if c.name and len(c.name.split()) >= 2 and c.gender == gender]
        if not new or any(
            c.name and pr.surname_key(c) in named and c.at < prev for c in self.candidates
        ):
            return cand  # not new: named before that paragraph
        return max(new, key=lambda c: len(c.name or ""))

    def mentioned(self) -> list[pr.Candidate]:
        """People named anywhere but as a subject ("Asked by Idris Pugh, …, she rose"):
        referents of last resort, when no subject fits a pronoun."""
        cached: list[pr.Candidate] | None = getattr(self, "_mentioned", None)
        if cached is not None:
            return cached
        found = []
        for ent in self.ents:
            if ent.label_ != "PERSON" or self.inside(ent.start_char):
                continue
            if ent.root.dep_ in ("nsubj", "nsubjpass"):
                continue
            name = sp.strip_titles(ent)
            words = [t.lower_ for t in self.doc[max(0, ent.start - 2) : ent.end]]
            gender = sp.gender_of_name(name.text) or sp.gender_of_words(words)
            found.append(
                pr.Candidate(
                    ent.start_char, name.text, None, name.start_char, name.end_char, gender
                )
            )
        self._mentioned = found
        return found

    def remember(
        self,
        at: int,
        name: str | None,
        desc: str | None,
        span: tuple[int, int],
        person: bool,
        words: list[str],
        speaker: bool = False,
        group: int = -1,
        plural: bool = False,
        main: bool = False,
        appositives: tuple[str, ...] = (),
    ) -> None:
        # "Parked behind her was Themba Mwamba": gender_of_words ignores possessive and object
        # pronouns, which are someone else's gender, never this person's.
        gender = "p" if plural else sp.gender_of_words(words)
        if name is not None and all(
            w.lower() in sp.TITLES and not w.isupper() for w in name.split()
        ):
            name, desc = None, desc or name  # "The Prime Minister retains …": an office
        if name is not None:
            people: list[tuple[int, str]] | None = getattr(self, "_people", None)
            if people is None:
                people = self._people = [
                    (e.start_char, e.text) for e in self.ents if e.label_ == "PERSON"
                ]
            ends = [
                (start, text) for start, text in people if text.lower().endswith(" " + name.lower())
            ]
            fuller = [  # "Nic Giolla" in "Judge Clodagh Nic Giolla": Clodagh's, not Nic's
                text for start, text in ends if start <= span[0] < start + len(text)
            ] or [text for start, text in ends if start < at]  # "Pérez Cid" after "Olga Pérez
            # Cid": Olga's gender, not Pérez's
            named = sp.gender_of_name(fuller[0]) if fuller else sp.gender_of_name(name)
            if named is not None and gender is not None and named != gender:
                gender = named  # "Lucy Henshaw, whose son Alfie …": the son is the male word
            gender = self.gender.get(name, gender) or named
            if gender is not None:
                self.gender.setdefault(name, gender)
        cand = pr.Candidate(at, name, desc, span[0], span[1], gender, person, speaker=speaker)
        cand.group = group
        cand.main = main or speaker
        cand.human = name is not None or sp.human_description(desc)
        cand.aliases = {w for w in words if w in sp.TITLES}  # roles: "the general" → Ola Sunde
        cand.aliases |= set(appositives)  # "Hearthside Trust, the homelessness charity"
        self.candidates.append(cand)

    def continue_centre(self, pronoun: Token) -> None:
        """A he/she made a sentence's subject keeps its referent at the centre: it is
        remembered again there, so that a later pronoun does not skip back past it."""
        para = self.text.rfind("\n", 0, pronoun.idx) + 1
        cand = self.resolved.get(pronoun.i) or pr.resolve_pronoun(
            pronoun.lower_, pronoun.idx, self.candidates, para_start=para
        )
        if cand is None:
            return
        self.resolved[pronoun.i] = cand
        again = pr.Candidate(
            pronoun.idx,
            cand.name,
            cand.description,
            cand.name_start,
            cand.name_end,
            cand.gender or sp.PRONOUNS[pronoun.lower_],
            cand.person,
            aliases=set(cand.aliases),
        )
        again.main = True
        again.human = cand.human
        self.candidates.append(again)
