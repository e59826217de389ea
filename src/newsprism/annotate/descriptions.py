"""Who a description or a short name stands for: ``the goalkeeper``, ``the 45-year-old``,
``the company``, ``the statement``, ``Trudie``.

Split from ``naming``. A description names nobody by itself; the reporter
introduced someone it points back to: the person given that role in
apposition or as a title (``his goalkeeper, Henrik Lunde``), the person given
that age (``Qureshi, 45,``), the organisation last made a subject, the author
of the statement the text mentioned, the one full name with that first word.
When several fit, the description stays as the reporter wrote it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import read_out
from newsprism.annotate import speakers as sp
from newsprism.annotate.attribution import Attribution
from newsprism.annotate.courts import parties
from newsprism.annotate.indefinites import indefinite_before, spoke_unnamed
from newsprism.annotate.ledes import lede_name
from newsprism.annotate.nearby import Nearby, last_word
from newsprism.annotate.nicknames import nicknames
from newsprism.annotate.occupations import doers
from newsprism.annotate.org_repair import abbreviation, untagged_organisations
from newsprism.annotate.profiles import profile_subject
from newsprism.annotate.roles import NEVER_NAMED, not_the_owner

_DEFINITE = {"the", "her", "his", "their"}
_KIN_GROUPS = set("family families relatives parents friends loved ones".split())


_INDEFINITE = {"a", "an", "one", "another", "some"}
# Titles that name no single office holder: "the MP", "the member", "the officer".
_GENERIC_PEOPLE = {"mp", "member", "man", "woman", "person", "source", "lad", "boy", "girl"}
_HOSTS = {"presenter", "host"}  # who ask on air, besides the press (``pronouns.PRESS``)

# Verbs that put a document in the world: its author is who "the letter" speaks for.
_WRITING = set("write send issue post publish release email tweet".split())


class Descriptions(Nearby):
    """Resolving descriptions and short names to the people and organisations introduced."""

    def expand_name(self, att: Attribution, before: int, surname: bool = False) -> None:
        """``Trudie told us`` / ``Mendes said``: the one full name given earlier with that word."""
        earlier = [c.name for c in self.candidates if c.name and c.at < before]
        earlier += [
            sp.strip_titles(e).text  # "Achterberg KC" is Achterberg
            for e in self.ents
            if e.label_ == "PERSON" and e.end_char <= before and not self.inside(e.start_char)
        ]
        orgs = self.organisations(before, window=before + 1)  # "Pacific Crest" … Airlines
        prior = self.text[: att.span[0]].split()[-1:] if att.span is not None else []
        personal = bool(prior) and prior[0].lower().rstrip(".") in sp.HONORIFICS
        if personal:  # "Ms Pendry replied": a person, never "the Pendry Foundation"
            things = {c.name for c in self.candidates if c.name and not c.person}
            earlier = [n for n in earlier if n not in things]
            orgs = [n for n in orgs if sp.gender_of_name(n) is not None]  # a name tagged ORG
        short = att.name or ""
        full = pr.full_name(short, earlier, surname) if " " not in short else None
        full = full or nicknames(self.text).get(short)  # "Marguerite Oyelaran, known as “Daisy”,"
        full = full or pr.longer_name(short, earlier + orgs)
        if full is None and not personal and (full := self.company_name(short, before)):
            att.person = False  # "Ardent said" after "Ardent Copper Holdings"
        if full is not None and full != att.name:
            att.name, att.reason = full, att.reason + "+fullname"
            att.confidence -= 0.05

    def company_name(self, short: str, before: int) -> str | None:
        """The one organisation named before ``before`` whose first word is the one word
        ``short`` ("Ardent" → Ardent Copper Holdings); never for a known first name."""
        if " " in short or short.lower() in sp.first_names():
            return None
        return pr.full_name(short, self.organisations(before, window=before + 1))

    def resolve_description(
        self, att: Attribution, subject: Token, desc: Span, before: int
    ) -> None:
        """A definite description (``the 24-year-old``, ``the council``) names whom it points to.

        Only a bare ``the …`` phrase that ends at its head ("the spokesman for the fire
        service" introduces someone); and only one compatible referent: else it stays a
        description, with a lower confidence.
        """
        if subject.lower_ in pr.DOCUMENTS and (owner := self.document_owner(subject)):
            att.name, att.reason = owner, att.reason + "+author"  # "an agency statement said"
            att.person = False if owner in self.organisations(before) else att.person
            return
        if len(desc) == 1 and desc[0].is_title:  # "Mendes" tagged as a noun
            att.name, att.description = desc.text, None
            self.expand_name(att, before, surname=True)
            if att.name == desc.text and desc[0].lower_ not in sp.first_names():  # "Tomasz"
                full = self.known_surname(desc[0])  # "Holmquist said" after "Petra Holmquist"
                att.name, att.description = (full, None) if full else (None, desc.text)
            return
        if desc[0].lower_ in ("a", "an") and subject in desc and att.person:
            later = lede_name(self.doc, subject, desc)  # "A witness … told the jury …. ¶
            if later is not None:  # Kerry-Ann Doyle, 36, …": the name the text gives later
                att.name, att.reason = later.text, att.reason + "+lede"
                return
        if desc[0].lower_ not in _DEFINITE or len(desc) < 2 or subject not in desc:
            return
        if desc[-1].i != subject.i and not _known_detail(desc[subject.i - desc.start + 1 :]):
            if sp.is_role(self.doc, subject) and subject.lower_ not in NEVER_NAMED:
                att.name = profile_subject(self.text, self.candidates, before)  # "says the
                att.reason += "+profile" if att.name else ""  # founder of Plinth"
            return  # "the 24-year-old", "her son": not "a spokesman for the club"
        head = subject.lower_
        if head in _KIN_GROUPS:
            return  # "his family said": the family speaks, not the person it is named after
        if head in NEVER_NAMED:  # "the source said": someone the reporter does not name
            intro = self.unnamed(head, before, definite=True)
            if intro is not None:
                att.description, att.reason = intro, att.reason + "+unnamed"
            return
        spoke = not att.reason.startswith("context")  # a speech verb's subject, not "When
        end = min(before, desc.start_char)  # the waiter asks …, she looks wounded. “…?”"
        if spoke and (intro := indefinite_before(self.doc, head, end, self.inside)):
            att.description, att.reason = intro, att.reason + "+unnamed"  # "One minister who
            return  # backed the reforms said …. “…,” the minister said"
        for cand in reversed(self.candidates):  # "the coach" after "Paolo Greco, the coach"
            if before - cand.at > 900:
                break
            if cand.name and head in cand.aliases:
                att.name, att.reason = cand.name, att.reason + "+role"
                if " " not in cand.name:  # "His father, Karim, …" … "Karim Haddad said"
                    self.expand_name(att, before)
                return
        named = self.named_role(head, before)
        if named is not None:  # "his goalkeeper, Henrik Lunde"
            att.name = named
            att.reason += "+role"
            if " " not in named:
                self.expand_name(att, before)
            return
        behalf = self.on_behalf_of(head, before)  # "X read a statement on behalf of the family"
        if behalf is not None:
            att.name, att.description = behalf
            att.person = att.name is None or att.name not in self.organisations(before)
            att.reason += "+author"
            return
        author = self.document_author(head, before)  # "X said in a statement …. the statement said"
        if author is not None:
            att.name, att.reason = author, att.reason + "+author"
            return
        name: str | None = None
        if att.person and head not in pr.GENERIC_ORG:  # "the directorate said" after "Civil
            name = pr.resolve_org_description(head, self.organisations(before))  # Protection
            if name is not None:  # Directorate": an organisation with that word in its name
                att.person = False
        if att.person and name is None:
            # "the jury foreman" is a role, not a man to find by gender alone
            gender = sp.gender_of_words([t.lower_ for t in desc], compounds=False)
            asked = self.asked_by()  # "“…?” Ms Pugh asked. ¶ “…,” the witness replied.": not her
            pool = [c for c in self.candidates if not asked or last_word(c.name) != asked]
            # "her father": not her (after a bare quote, kin only: "Her critics say …. ¶ “…”")
            para = self.text.rfind("\n", 0, desc.start_char) + 1
            pool = parties(
                self.doc, desc.text, not_the_owner(desc, pool, self.candidates, para, spoke)
            )
            asks = att.cue is not None and self.verb(att.cue) == "ask"
            if asks and subject.head == att.cue:  # "“…,” Aubuchon replied. ¶ “…?” the host
                answered = self.last_speaker(before)  # asked.": not her
                pool = [c for c in pool if not answered or last_word(c.name) != answered]
            intro = self.introduced_unnamed(head, gender, before)
            if intro is not None:  # "One former pupil, now 58, said …. “…,” the man said"
                att.description, att.reason = intro, att.reason + "+unnamed"
                return
            name = self.aged(desc.text, before)  # a stated age is the firmest evidence
            if name is None:
                ref = pr.resolve_person_description(head, gender, before, pool)
                name = ref.name if ref is not None else None
            # "Lunde, 31, …. “…,” the goalkeeper said.": the centre, unless someone unnamed
            intro = self.unnamed(head, before, spoke=spoke) if name is None else None
            if intro is not None:
                att.description, att.reason = intro, att.reason + "+unnamed"
                return  # "A law enforcement official familiar with …": as introduced
            if name is None:
                name = self.named_in_paragraph(gender, before)
            did = {n.text for n in doers(self.doc, head, before)} if name is None else set()
            if len({n.split()[-1] for n in did}) == 1:  # "Anand Kulkarni, who taught …" …
                name = max(did, key=len)  # "the retired teacher said"
            if name is None:
                centre = pr.centre(gender, before, pool)
                name = centre.name if centre is not None else None
                att.confidence -= 0.05
            if name is None and ("-old" in desc.text or gender is not None):
                # "… Ottilie Brannagh's garden …. “…,” the 78-year-old said." (an age or a
                # woman, a grandfather: never a role like "the interviewer", someone else)
                name = self.only_one_named(gender, before)
            para = self.text.rfind("\n", 0, subject.sent.start_char) + 1
            asking = self.askers(para, before)
            if name and name.split()[-1].lower() in asking:
                # "Asked by Mr Ashworth-Reid whether …, the witness said": not him, but the
                # one at the centre besides him ("Greeley then asked why …. “…,” the
                # witness replied." after Beddoe's answers)
                pool = [c for c in pool if last_word(c.name) not in asking]
                centre = pr.centre(gender, before, pool)
                name = centre.name if centre is not None else None
            if (
                name
                and spoke
                and (
                    subject.tag_ == "NNS"  # "Ntuli has denied …. “…,” his attorneys said": not
                    or name in {c.name for c in self.candidates} - {c.name for c in pool}
                )
            ):  # he, nor anyone named: several people
                name = None
        elif (intro := self.unnamed(head, before)) is not None:
            # "A spokesperson for the ministry said …. “…,” the spokesperson said."
            att.description, att.reason = intro, att.reason + "+unnamed"
            return
        else:
            orgs = self.organisations(before)
            orgs += [  # "Optivale, the maker of …": a company the tagger called a person
                c.name
                for c in self.candidates
                if c.name and not c.person and 0 <= before - c.at <= 900 and c.name not in orgs
            ]
            name = pr.resolve_org_description(head, orgs)
            if name is None:  # "the company", "the airline", "the statement": the organisation
                # last made a subject or heard speaking, when the text names no other by that head
                tagged = set(self.organisations(before))  # "Lunaria Health" the tagger's
                subjects = [  # organisation, though a person by some other sign
                    c
                    for c in self.candidates
                    if c.name
                    and (not c.person or c.name in tagged)
                    and (c.main or c.speaker)
                    and 0 <= before - c.at <= 900
                    and not self.in_dateline(c.name_start)
                    and (self.place(c.name_start) is None or c.speaker)  # "Gridline Ireland says"
                    and not (head in pr.GENERIC_ORG and pr.public_body(c.name))
                ]
                name = subjects[-1].name if subjects else None
            if name is None:  # "Brightloft said it had issued a fix. “…,” the company said."
                name = self.genderless_subject_in_paragraph(before)
            if name is None:  # none made a subject: the one named most often
                name = pr.resolve_org_description(head, orgs, majority=True)
        if name is None:
            att.confidence -= 0.1  # "the company said" with no single antecedent
            att.reason += "+unresolved"
            return
        name = self.company_name(name, before) or name  # not "Ardent"
        att.name, att.reason = name, att.reason + "+description"
        att.confidence -= 0.15

    def genderless_subject_in_paragraph(self, before: int) -> str | None:
        """The one name made a subject in the cue's own paragraph, when nobody else is there
        and nothing (a first name, a he or she) gave it a gender: an organisation the
        tagger took for a person ("Brightloft said it had issued a fix. “…,” the company
        said")."""
        para = self.text.rfind("\n", 0, before) + 1
        here = [c for c in self.candidates if para <= c.at < before]
        names = {c.name for c in here if c.name}
        if len(names) != 1 or any(c.name is None for c in here):
            return None
        name = names.pop()
        genders = pr.pooled_genders(self.candidates)
        if any(c.gender for c in here) or genders.get(name.split()[-1].lower()):
            return None
        if sp.gender_of_name(name) is not None or not any(c.main for c in here):
            return None
        return pr.longer_name(name, self.organisations(before)) or name  # "Harlow Vale" …

    def unnamed(
        self, head: str, before: int, window: int = 900, definite: bool = False, spoke: bool = True
    ) -> str | None:
        """How someone left unnamed was introduced with this head noun before ``before``:
        "A senior official … said …. “…,” the official said" is that official, not the
        centre. None when nobody was."""
        found = [
            c
            for c in self.candidates
            if 0 <= before - c.at <= window
            and c.name is None
            and pr.description_head(c.description) == head
            and (
                (c.description or "").split()[0].lower() in _INDEFINITE  # not "the company"
                or (definite and len((c.description or "").split()) > 3)  # "the source
                # close to the talks": only for whom the text never names
                or (spoke and c.speaker and c.human and spoke_unnamed(c, before, self.candidates))
            )  # "the Prime Minister's official spokesman said …. “…,” the spokesman said"
        ]
        # "… with a judge warning … ¶ Judge Siobhán Kerrigan was told …": named since
        named = [at for at, _ in self.role_names().get(head, []) if at < before]
        found = [c for c in found if not any(at > c.at for at in named)]
        return max(found, key=lambda c: c.at).description if found else None

    def introduced_unnamed(self, head: str, gender: str | None, before: int) -> str | None:
        """Someone unnamed the text just made a subject: "One National backbencher was less
        charitable. “…,” the MP told the Clarion." is that backbencher, not the minister at
        the centre. The latest main subject of the cue's paragraph (of the one before when
        the paragraph has none) must be introduced with "one", "a", "another", a person,
        of a gender that fits, by the description's own head or one that any person may
        be called by ("the man", "the MP", "the source"); a reporter is not."""
        if head in sp.TITLES and head not in _GENERIC_PEOPLE:
            return None
        para = self.text.rfind("\n", 0, before) + 1
        prev = self.text.rfind("\n", 0, len(self.text[:para].rstrip())) + 1 if para > 1 else 0
        here = [c for c in self.candidates if para <= c.at < before and c.main]
        here = here or [c for c in self.candidates if prev <= c.at < para and c.main]
        if not here:
            return None
        last = max(here, key=lambda c: c.at)
        words = (last.description or "").split()
        if last.name is not None or not words or words[0].lower() not in _INDEFINITE:
            return None
        if not (last.person and last.human) or last.gender not in (None, gender or last.gender):
            return None
        own = pr.description_head(last.description)
        if own != head and (head not in _GENERIC_PEOPLE or own in pr.PRESS | _HOSTS):
            return None  # "One reporter asked …. “…,” the 48-year-old said": the interviewee
        return last.description

    def place(self, at: int) -> str | None:
        """The place entity starting at ``at`` ("Oxford Road"), if one does."""
        for ent in self.ents:
            if ent.start_char == at and ent.label_ in ("GPE", "LOC", "FAC"):
                return ent.text
        return None

    def document_author(self, head: str, before: int, window: int = 900) -> str | None:
        """Who issued ``the statement`` / ``the letter``: the subject of the latest speech
        verb before ``before`` that the text says spoke "in a statement" / "in a letter"."""
        if head not in pr.DOCUMENTS:
            return None
        for token in reversed(self.doc):
            if token.idx >= before:
                continue
            if before - token.idx > window:
                break
            if token.lower_ != head or self.inside(token.idx) or token.dep_ != "pobj":
                continue
            verb = token.head.head
            if token.head.lower_ not in ("in", "via") or not self.cue(verb):
                continue
            subject = self.subject(verb)
            if subject is None or subject.pos_ == "PRON":
                return None
            return self.named(subject)
        return self.writer(before, window)

    def on_behalf_of(self, head: str, before: int) -> tuple[str | None, str | None] | None:
        """The author of a statement someone else read out (``read_out``): (name, None) or,
        for an unnamed author, (None, "the family")."""
        author = read_out.author(self.doc, head, before, self.inside)
        if author is None:
            return None
        proper = author.pos_ == "PROPN" or author.ent_type_ != ""
        name = self.named(author) if proper else None
        return (name, None) if name is not None else (None, read_out.phrase(author))

    def document_owner(self, doc_noun: Token) -> str | None:
        """Whose document a document noun names by itself: ``a Harbridge Homes statement``,
        ``an agency statement``, ``the ministry's statement``, ``a statement from the company``.
        """
        owners = [c for c in doc_noun.children if c.dep_ in ("poss", "compound")]
        owners += [
            p
            for prep in doc_noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        for owner in owners:
            if owner.lower_ in ("his", "her") and owner.dep_ == "poss":  # "His statement was
                para = self.text.rfind("\n", 0, owner.idx) + 1  # read by his brother": his own
                he = "he" if owner.lower_ == "his" else "she"
                cand = pr.resolve_pronoun(he, owner.idx, self.candidates, para_start=para)
                if cand is not None and cand.name and cand.person:
                    return cand.name
                continue
            if owner.lower_ in sp.PRONOUNS or owner.lower_ in pr.DOCUMENTS:
                continue
            name = self.named(owner)
            if name is not None:
                return name
        return None

    def named(self, subject: Token) -> str | None:
        """The name a subject (or owner) stands for: its own name, the speaker it was already
        resolved to (``the band`` → Kestrel Moon), or, for an institution noun, the one
        organisation it can be (``the agency`` → Rivers and Coasts Agency)."""
        name = sp.name_of(self.doc, subject)
        if name is not None:
            return name.text
        for cand in reversed(self.candidates):
            if cand.name and cand.speaker and cand.name_start <= subject.idx < cand.name_end:
                return cand.name
        if subject.pos_ != "NOUN" or subject.lower_ in sp.PRONOUNS:
            return None
        head = subject.lower_
        orgs = self.organisations(subject.idx)
        return pr.resolve_org_description(head, orgs) or (
            pr.resolve_org_description(head, orgs, majority=True)
            if head in pr.GENERIC_ORG
            else None
        )

    def organisations(self, before: int, window: int = 900) -> list[str]:
        """The organisations named in the reporter's words in the window before ``before``:
        the tagger's, without the abbreviation of a common noun ("respiratory syncytial virus
        (RSV)"), and untagged proper-noun runs ending in a company's or club's last word
        ("Riverbend Athletic have sacked …")."""
        found = [
            (e.start_char, e.text) for e in self.ents if e.label_ == "ORG" and not abbreviation(e)
        ]
        untagged: list[Span] | None = getattr(self, "_untagged", None)
        if untagged is None:
            untagged = self._untagged = untagged_organisations(self.doc)
        found += [(run.start_char, run.text) for run in untagged]
        return [
            text
            for start, text in sorted(found)
            if before - window < start
            and start + len(text) <= before
            and not self.inside(start)
            and not self.in_dateline(start)
        ]

    def writer(self, before: int, window: int) -> str | None:
        """The named subject of the latest "wrote" / "sent" / "issued" / "posted" before
        ``before``: "X wrote to the family last week. “…,” the letter said." """
        for token in reversed(self.doc):
            if token.idx >= before or self.inside(token.idx):
                continue
            if before - token.idx > window:
                break
            if token.pos_ != "VERB" or token.lemma_.lower() not in _WRITING:
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return self.named(subject) if subject is not None else None
        return None


def _known_detail(tokens: Span) -> bool:
    """What a reporter adds to a description of someone already named: "(the mother) of
    two", "(the 17-year-old) from Chennai"."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[0].lower_ not in ("of", "from"):
        return False
    if words[0].lower_ == "of":
        return len(words) == 2 and words[1].like_num
    return all(t.pos_ == "PROPN" for t in words[1:])
