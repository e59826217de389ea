"""Whether a name is a person's or an organisation's, by signs the tagger's label misses.

Split from ``naming`` (``NameKinds.person_named`` holds every sign together). The small
tagger labels many rare names wrongly; the text
itself often says which they are: what business copy calls a company (``the
software company Ledgerline``, ``Optivex, the maker of precision mirrors,``), a
name's shape with a he/she after it in its sentence, and a speech verb that
reports what he or she did (``Mehmet … said he had voted``). Also where the candidates
come from: the subjects in the reporter's text (``static_candidates``), with the ones the
parse missed.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.person_words import AGED, ORGANISATION_NOUNS
from newsprism.annotate.referents import Referents
from newsprism.annotate.subjects import (
    COPULAS,
    according_source,
    dateline_name,
    introduced_name,
    main_subject,
    root_name,
    topic_name,
)

# Where someone stands among siblings: "Ifeoma, the youngest," is a person.
_RANKED = {"youngest", "eldest", "oldest", "elder", "younger", "older", "middle"}
# Kin nouns: a first name right after one is a person's ("his son Erlend").
_KIN = set(
    "son daughter brother sister father mother husband wife partner uncle aunt nephew niece "
    "grandson granddaughter grandfather grandmother cousin twin stepson stepdaughter".split()
)


class NameKinds(Referents):
    """Signs in the text that a name is a person's or a company's."""

    def static_candidates(self) -> list[tuple[int, Token, int]]:
        """Subjects in the reporter's text that a later pronoun may point back to.

        Conjoined subjects ("A and B disagreed") share a group: a pronoun cannot
        choose between them by recency.
        """
        found = []
        for token in self.doc:
            if self.in_dateline(token.idx):
                continue  # "CORK — Bus drivers …": a place, not a subject
            if token.dep_ in ("nsubj", "nsubjpass") and not self.inside(token.idx):
                group = token.i if token.conjuncts else -1
                found.append((token.idx, token, group))
                found.extend((c.idx, c, group) for c in token.conjuncts if c.i > token.i)
            elif (
                according_source(token)
                or root_name(token)
                or introduced_name(token)
                or topic_name(token)
                or dateline_name(token)
            ) and not self.inside(token.idx):
                found.append((token.idx, token, -1))  # "according to Priya Venkataraman"
            elif token.pos_ == "VERB" and self.cue(token) and not self.inside(token.idx):
                named = sp.subject_of(token)  # "Kingfishers coach Moana Pātete-Walsh said",
                if named is not None and named.dep_ not in ("nsubj", "nsubjpass"):  # coach
                    found.append((named.idx, named, -1))  # a verb: the name is the subject
                    self.unparsed.add(named.i)

        found.sort(key=lambda triple: triple[0])
        return found

    def has_role(self, name: str) -> bool:
        """Whether the text gave the named person a role or description ("The rail minister,
        Lysette Varga,"): then an office named later may be someone else's."""
        return any(c.description or c.aliases for c in self.candidates if c.name == name)

    def named_inside(self, name: str) -> bool:
        """Whether the quote being attributed names this person by first name ("Peter said
        to me …"); a surname alone may be a relative's ("Ellie Nwosu" in her mother's words).
        """
        first = name.split()[0]
        return len(first) > 1 and first in self.named_in_quote

    def person_named(
        self, token: Token, name: Span, words: list[str], kin: bool, says: bool
    ) -> bool:
        """Whether the name of the subject ``token`` is a person's, by every sign the text
        gives beyond the tagger's label (``words``: the gendered words around the name;
        ``kin``: the subject is a kin or role noun; ``says``: it is a speech verb's subject).
        """
        ent_person = any(e.label_ == "PERSON" for e in self.ents if e.start <= name.start < e.end)
        # An untagged two-word name ("Ines Moll") is a person; one word may be a place.
        # A role or a gendered word says so too: "his wife, Sioned", "…, spokeswoman".
        person = ent_person or (len(name) >= 2 and not any(t.ent_type_ for t in name))
        person = person or kin or sp.gender_of_words(words) is not None
        person = person or sp.gender_of_name(name.text) is not None  # a known first name
        person = person or (name.start > 0 and self.doc[name.start - 1].lower_ in sp.TITLES)
        person = person or bool(AGED.match(self.text[name.end_char :]))  # "Okonkwo-Blair, 19,"
        before_name = self.doc[max(0, name.start - 2) : name.start]
        person = person or any(sp.is_role(self.doc, t) for t in before_name)  # "boss X"
        person = person or self.name_shaped(name)  # "Ashkan Farahmandpour", tagged ORG
        person = person or self.says_he_or_she(token)  # "Zofia said she liked …"
        person = person or name.text in self.kin_named()  # "His son Erlend" … "Erlend is"
        person = person or whose_kin(token)  # "X, whose twin sons are in Year 5,"
        person = person and sp.looks_like_person([t.text for t in name])  # "Nordvik Seafood"
        person = person and not company_named(name)  # "video game publisher Brightforge"
        person = person and not plural_agreement(token)  # "Harlow Vale are eighth"
        person = person and not shop_name(token)  # "Castellane's is known for its ceiling"
        person = person and name.text not in self.companies()  # "Ledgerline said" after
        # "the accounting software company Ledgerline"
        person = person or any(  # "Marcus Hale, 46, a former warehouse manager,"
            c.dep_ == "appos" and (sp.is_role(self.doc, c) or c.lower_ in _RANKED)
            for c in token.children
        )  # "Ifeoma, the youngest, left a job in accountancy"
        person = person or any(  # "Femi Adeyemi-Lund, who directed the programme,"
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
            for c in token.children
        )
        person = person or (  # "Priya, the co-op's treasurer, keeps the spreadsheet."
            len(name) == 1
            and name[0].lower_ in sp.first_names()
            and not any(c.dep_ == "det" for c in token.children)  # "the 52-year-old Dane"
            and (
                any(
                    c.dep_ == "appos" and sp.human_description(sp.phrase_of(self.doc, c).text)
                    for c in token.children
                )
                or says  # "Alfie, sitting beside her, said everyone …"
                # "At 19, Jamal is the youngest person ever elected to the council."
                or (
                    token.dep_ == "nsubj"
                    and token.head.lower_ in COPULAS
                    and any(
                        c.dep_ == "attr" and sp.human_description(c.text)
                        for c in token.head.children
                    )
                )
                # "Bryony, who has run the post office for nineteen years, arrived early."
                or any(
                    c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children)
                    for c in token.children
                )
            )
        )
        person = person and not any(  # "Optivex, the maker of precision mirrors,"
            c.dep_ == "appos" and organisation_noun(c) for c in token.children
        )
        return person and not any(  # "Ardent Polymers, which owns the factory, said"
            c.dep_ == "relcl" and any(w.lower_ == "which" and w.dep_ == "nsubj" for w in c.children)
            for c in token.children
        )

    def role_acronym(self, name: Span) -> bool:
        """One word in capitals after "the": "the CS said", "the CEO said"."""
        return len(name) == 1 and name[0].is_upper and self.after_the(name)

    def after_the(self, name: Span) -> bool:
        """A one-word name right after "the" ("the Spaniard"), or a nationality after "the"
        and modifiers ("the 24-year-old Ethiopian") that is nobody's surname in the text
        ("The elder McAllister" is still McAllister): nobody is called that."""
        if name.start > 0 and self.doc[name.start - 1].lower_ == "the":
            return True
        word = name[0]
        # "the 26-year-old Frenchman" (tagged ORG), "the 29-year-old Scot" (PERSON): an age
        aged = any(c.dep_ == "amod" and c.lower_ == "old" for c in word.lefts)
        if (word.ent_type_ != "NORP" and not aged) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in word.lefts
        ):
            return False
        return not any(c.name and c.name.split()[-1] == word.text for c in self.candidates)

    def add_owner(self, token: Token) -> None:
        """The person whose thing is a sentence's subject is its centre: "Nadia's table
        finishes at 4.05am. “…,” she said." (not a "his lawyer", who is someone himself)."""
        if token.pos_ != "NOUN" or not main_subject(token) or sp.is_role(self.doc, token):
            return
        if sp.human_description(sp.phrase_of(self.doc, token).text):
            return
        owners = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        name = sp.name_of(self.doc, owners[0]) if len(owners) == 1 else None
        if name is None or not (
            any(t.ent_type_ == "PERSON" for t in name) or name[0].lower_ in sp.first_names()
        ):
            return
        span = (name.start_char, name.end_char)
        earlier = [c.name for c in self.candidates if c.name and c.at < token.idx]
        full = pr.full_name(name.text, earlier, surname=True) if len(name) == 1 else None
        if full is None and name.text not in earlier:
            return  # someone not met before ("Roz's bowl" after "Rosalind Achterberg")
        self.remember(token.idx, full or name.text, None, span, True, [], False, main=True)

    def kin_named(self) -> set[str]:
        """First names the text gives after a kin word ("His son Erlend, 38,", "her wife,
        Maya"): every lone mention of them is that person, whatever the tagger called it."""
        cached: set[str] | None = getattr(self, "_kin_named", None)
        if cached is None:
            cached = set()
            kin = _KIN - sp.TITLES
            for token in self.doc:
                if token.i < 1 or not token.is_title:
                    continue
                before = self.doc[token.i - 1]
                if before.text == "," and token.i > 1:
                    before = self.doc[token.i - 2]
                if before.lower_ in kin and token.lower_ in sp.first_names():
                    cached.add(token.text)
            self._kin_named = cached
        return cached

    def companies(self) -> set[str]:
        """One-word names the text calls a company anywhere ("the software company
        Ledgerline"): every mention of them is the company's."""
        cached: set[str] | None = getattr(self, "_companies", None)
        if cached is None:
            doc = self.doc
            nouns = {doc.vocab.strings.add(w) for w in sp.ORGANISATION_NOUNS}
            propn = doc.vocab.strings["PROPN"]
            marks = doc.to_array(["LOWER", "POS"]).tolist() if len(doc) else []  # no Tokens
            cached = self._companies = {
                doc[i + 1].text
                for i in range(len(marks) - 1)
                if marks[i][0] in nouns
                and marks[i + 1][1] == propn
                and company_named(doc[i + 1 : i + 2])
            }
        return cached

    def name_shaped(self, name: Span) -> bool:
        """A person's name by its shape, whatever the tagger called it: two or three
        capitalised words, no acronym, no company word, and a he/she later in its sentence
        ("Ashkan Farahmandpour was walking home when he heard shouting")."""
        words = [t for t in name if t.tag_ != "HYPH"]
        if not 2 <= len(words) <= 3 or any(t.is_upper or not t.is_title for t in words):
            return False
        if any(t.ent_type_ not in ("", "ORG", "PERSON") for t in name):
            return False
        sentence = name.sent
        return any(
            t.lower_ in ("he", "she", "his", "her", "him") and not self.inside(t.idx)
            for t in sentence
            if t.i >= name.end
        )

    def says_he_or_she(self, subject: Token) -> bool:
        """A name whose speech verb reports what he or she did ("Mehmet, a retired ferry
        mechanic, said he had voted …"): a person, whatever the tagger called the name;
        an organisation says "it" or "we"."""
        verb = subject.head
        capital = subject.text[:1].isupper() and not subject.is_upper  # "MacAulay", not "CEO"
        if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or not capital:
            return False  # "The ward's alderman, Frank Gutowski, … said he": the role
        if sp.is_role(self.doc, subject) or self.cue(verb) is None:
            return False
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children):
            return False  # "Backstage, Marchetti-Roy admitted she …": the name in apposition
        said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > subject.i]
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she")
            for clause in said
            for c in clause.children
        )


# What business copy calls a company that nobody would call a person; "maker", "developer"
# or "carrier" may be someone's job ("a film maker", "a retired mail carrier").
_ORGANISATION_ONLY = ORGANISATION_NOUNS - set(
    "maker developer producer publisher carrier provider supplier distributor exporter "
    "importer operator brand platform network band".split()
)


def organisation_noun(noun: Token) -> bool:
    """An appositive that says its name is an organisation's: "…, the country's largest
    grocer,", "…, the maker of precision mirrors," (not "a retired mail carrier")."""
    if noun.lower_ in _ORGANISATION_ONLY:
        return True
    return (
        noun.lower_ in ORGANISATION_NOUNS
        and any(c.lower_ == "of" for c in noun.children)
        and not any(c.dep_ in ("compound", "amod") for c in noun.lefts)
    )


def company_named(name: Span) -> bool:
    """A one-word name after what business copy calls a company ("publisher Brightforge",
    "the carmaker Voltra"), unless the word is a known first name."""
    if len(name) != 1 or name.start == 0 or sp.gender_of_name(name.text) is not None:
        return False
    return name.doc[name.start - 1].lower_ in sp.ORGANISATION_NOUNS


# Kin a relative clause gives a name: "Hyacinth Ilunga-Fenton, whose twin sons are in Year
# 5, said …" is a person; a company's "whose shares fell" is not.
_KIN = set(
    "son sons daughter daughters child children husband wife mother father parents brother "
    "brothers sister sisters grandson granddaughter grandchildren partner widow widower".split()
)


def whose_kin(subject: Token) -> bool:
    """A name described by "whose" and a kin noun: a person's."""
    return any(
        clause.dep_ == "relcl"
        and any(
            t.lower_ in _KIN and any(p.lower_ == "whose" for p in t.children)
            for t in clause.children
        )
        for clause in subject.children
    )


def plural_agreement(token: Token) -> bool:
    """A singular proper name that takes a plural verb is a team or a band, not a person:
    "Harlow Vale are eighth", "Harlow Vale have drawn 1-1" (British usage)."""
    if (
        token.tag_ not in ("NNP", "NNPS")  # "The Lowfield Hums are twelve dates into a tour"
        or token.dep_ != "nsubj"
        or any(c.dep_ == "conj" for c in token.children)
    ):
        return False
    verb = token.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    # a plural present is the base form ("are", "have drawn", "play"): not "swam", which
    # the tagger may call VBP too
    return any(
        v.lower_ in ("are", "were") or (v.tag_ == "VBP" and v.lower_ == v.lemma_.lower())
        for v in forms
    )


def shop_name(token: Token) -> bool:
    """A possessive standing for a place as the subject: "Castellane's is known mostly for
    its ceiling" (a restaurant), not a person."""
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in token.children
    )
