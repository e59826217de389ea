"""Roles the text gives named people: ``his goalkeeper, Henrik Lunde``, ``coach Jonas
Ekdahl``, ``Hale, a former warehouse manager``, and kin read the other way round
(``Oksana Melnychenko's son`` makes her ``his mother``).

Split from ``descriptions``: a description (``the goalkeeper``, ``her mother``, ``the
Transport Secretary``) is the one person the text named in that role before it.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp
from newsprism.annotate.bare_quotes import BareQuotes
from newsprism.annotate.subjects import COPULAS

# Kin nouns and the nouns for the same tie seen from the other side: "her grandmother" is
# whoever the text called "Edith's granddaughter"'s owner.
_CHILDREN = set("son daughter child children boy girl sons daughters".split())
_GRANDCHILDREN = set("grandson granddaughter grandchild grandchildren".split())
_PARENTS = set("father mother dad mum parents".split())
_SIBLINGS = set("brother sister brothers sisters".split())
_KIN_OF = {
    "mother": _CHILDREN,
    "father": _CHILDREN,
    "mum": _CHILDREN,
    "dad": _CHILDREN,
    "grandmother": _GRANDCHILDREN,
    "grandfather": _GRANDCHILDREN,
    "wife": {"husband"},
    "husband": {"wife"},
    "son": _PARENTS,  # "Ruiz-Peralta's father, Hernán Ruiz, …" makes her "his daughter"
    "daughter": _PARENTS,
    "brother": _SIBLINGS,
    "sister": _SIBLINGS,
}


# The titles a role noun is written as before a name: "the judge" is "Mr Justice
# Ekwueme", "Recorder Kwarteng"; "the officer" is "Pc Achebe-Morrow", "Sgt Lyle".
_TITLED_AS = {
    "judge": ("justice", "recorder", "magistrate", "sheriff"),
    "officer": ("pc", "constable", "sergeant", "sgt", "inspector", "insp", "detective", "dc"),
    "doctor": ("dr",),
}

# Roles news copy gives only to people it does not name: "Tavares-Lima, a source close to
# the negotiations said" is a misparse of two people, not the player's role.
NEVER_NAMED = {"source", "sources", "insider", "insiders"}


class Roles(BareQuotes):
    """Who holds a role, by the text's own appositions, titles and kin."""

    def role_name(self, name: Span, before: int) -> str | None:
        """The person a role written as a name stands for ("the Transport Secretary",
        "the Speaker"), when the text named exactly one person with that role before."""
        if any(t.ent_type_ == "PERSON" for t in name) or name[-1].pos_ not in ("PROPN", "NOUN"):
            return None
        named = {
            n for at, n in self.role_names().get(name[-1].lower_, []) if before - 3000 < at < before
        }
        if len({n.split()[-1] for n in named}) != 1:
            return None
        return max(named, key=len)

    def named_role(self, head: str, before: int) -> str | None:
        """The one person the text gave the role ``head`` by name in the 3,000 characters
        before ``before`` ("Her mother, Folake Obi, …" for a later "her mother")."""
        found = self.role_names()
        keys = (head, *_TITLED_AS.get(head, ()))  # "the judge" after "Mr Justice Ekwueme"
        named = {n for k in keys for at, n in found.get(k, []) if before - 3000 < at < before}
        if not named and head in _KIN_OF:
            named = self.kin_of(head, before)
        return max(named, key=len) if len({n.split()[-1] for n in named}) == 1 else None

    def kin_of(self, head: str, before: int) -> set[str]:
        """Who is ``head`` ("mother") to someone, read the other way round: the named
        owner of a kin noun the other way ("Kateryna Hrytsenko's son, Mykola" makes
        Kateryna Hrytsenko "his mother"), of the head's gender, 1,500 characters back."""
        gender = sp.gender_of_words([head])
        found = set()
        for token in self.doc:
            if not before - 1500 < token.idx < before or token.lower_ not in _KIN_OF[head]:
                continue
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None or self.inside(owner.idx):
                continue
            if owner.lower_ in ("his", "her"):  # "His daughter, Parisa, …": his is the centre
                if gender is not None and gender != pr.PRONOUNS[owner.lower_]:
                    continue
                para = self.text.rfind("\n", 0, owner.idx) + 1
                ref = pr.resolve_pronoun(owner.lower_, owner.idx, self.candidates, 900, para)
                if ref is not None and ref.name and ref.person:
                    found.add(ref.name)
                continue
            name = sp.name_of(self.doc, owner) if owner.pos_ == "PROPN" else None
            if name is None:
                continue
            text = sp.strip_titles(name).text
            if " " not in text:  # "Edith's granddaughter" after "Edith Pengelly"
                people = [e.text for e in self.ents if e.label_ == "PERSON"]
                people += [c.name for c in self.candidates if c.name and c.person]
                text = pr.full_name(text, people, surname=True) or text
            known = sp.gender_of_name(text)
            if gender is None or known in (None, gender):
                found.add(text)
        return found

    def role_names(self) -> dict[str, list[tuple[int, str]]]:
        """Role nouns the text gives a named person, wherever that person stands in the
        sentence: ``his goalkeeper, Henrik Lunde``, ``Hale, a former warehouse manager``,
        ``coach Jonas Ekdahl``. Maps the role's head to (offset, name)."""
        cached: dict[str, list[tuple[int, str]]] | None = getattr(self, "_role_names", None)
        if cached is not None:
            return cached
        found: dict[str, list[tuple[int, str]]] = {}
        for token in self.doc:
            if self.inside(token.idx) or token.dep_ != "appos":
                continue
            pair = [token, token.head]
            roles = [t for t in pair if t.pos_ == "NOUN" or sp.is_role(self.doc, t)]
            if not roles or roles[0].lower_ in sp.PRONOUNS:
                continue
            role = roles[0]  # "the Transport Secretary" is a proper noun to the tagger
            person = pair[1] if role is pair[0] else pair[0]
            if person.pos_ != "PROPN":
                continue
            name = sp.name_of(self.doc, person)
            if role.lower_ in NEVER_NAMED:
                continue
            if name is not None and (
                any(t.ent_type_ == "PERSON" for t in name)
                or sp.gender_of_name(name.text)
                or (len(name) == 1 and name.text.lower() in sp.first_names())  # "her son, Tobias"
                or sp.gender_of_words([role.lower_]) is not None  # "Her mother, Folake Obi"
                or not sp.looks_like_person([role.text])  # "Medivault, a Melbourne-based company"
            ):
                found.setdefault(role.lower_, []).append((token.idx, name.text))
        for token in self.doc:  # "Ruairí Mac an tSaoir has been manager of Calderbridge
            if token.dep_ != "attr" or token.pos_ != "NOUN" or self.inside(token.idx):  # Town"
                continue
            if token.head.lower_ not in COPULAS:
                continue
            subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            name = sp.name_of(self.doc, subjects[0]) if len(subjects) == 1 else None
            if (
                name is not None
                and any(t.ent_type_ == "PERSON" for t in name)
                and sp.is_role(self.doc, token)
                and token.lower_ not in NEVER_NAMED
            ):
                found.setdefault(token.lower_, []).append((token.idx, name.text))
        for ent in self.ents:
            if ent.label_ != "PERSON" or self.inside(ent.start_char):
                continue
            before = sp.role_before(self.doc, ent)
            if before is not None and (  # "Mayor Ngozi Adeyemi-Clarke": the mayor
                before[-1].pos_ == "NOUN" or before[-1].is_lower or sp.is_role(self.doc, before[-1])
            ):
                name = sp.name_of(self.doc, ent[-1])
                text = name.text if name is not None else ent.text
                found.setdefault(before[-1].lower_, []).append((ent.start_char, text))
        self._role_names = found
        return found


# Kin nouns a possessive pronoun can own: "her father", "his sister", "their mum".
KIN = set(_KIN_OF) | set(
    "son daughter sister brother grandson granddaughter twin partner aunt uncle cousin niece "
    "nephew gran nan grandma grandpa granny widow widower stepfather stepmother".split()
)
_OWNERS = {"his", "her", "their"}
# What someone's words come in: "his judgment", "her statement", "their letter".
_WORDS_OF = pr.DOCUMENTS | set("judgment judgement ruling verdict words remarks evidence".split())


def not_the_owner(
    desc: Span,
    pool: list[pr.Candidate],
    candidates: list[pr.Candidate],
    para_start: int,
    spoke: bool = True,
) -> list[pr.Candidate]:
    """``pool`` without the person a description's possessive points to: "«I say nothing
    because I am polite,» her father says." is not the daughter who spoke last, whom "her"
    names; "his attorneys said" is not he (only kin when the description did not speak
    but opened the sentence before a bare quote: "Her critics say she is in a hurry. ¶ “…”"
    is hers)."""
    owner_word = desc[0].lower_
    kin = desc.root.lower_ in KIN
    if owner_word not in _OWNERS or desc.root.lower_ in _WORDS_OF or not (spoke or kin):
        return pool  # "his judgment said": his own words
    key = pr.person_keyer(candidates)
    if owner_word == "their" and kin:  # "Neil said …. Stephen said …. ¶ “…,” their father
        last_two: list[str] = []  # said": the two who spoke last are "them"
        for c in reversed([c for c in candidates if c.at < desc[0].idx]):
            if c.speaker and c.person and c.name and key(c) not in last_two:
                last_two.append(key(c))
            if len(last_two) == 2:
                return [c for c in pool if not (c.name and key(c) in last_two)]
    if owner_word == "their":
        return pool
    owner = pr.resolve_pronoun(owner_word, desc[0].idx, candidates, para_start=para_start)
    if owner is None or not owner.name:
        return pool
    return [c for c in pool if not (c.name and key(c) == key(owner))]
