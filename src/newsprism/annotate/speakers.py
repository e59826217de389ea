"""Who said a quote: speech cues, their subjects, names, descriptions and pronouns.

Why rules over the parse: no coreference model can be installed offline
(see DEPENDENCIES.md), and attribution in news copy is formulaic: a speech verb
next to the quote whose grammatical subject is the speaker. The parse gives the
subject; the named-entity layer gives the fullest name inside it; pronouns go to
the most recent compatible person the reporter made the subject of a sentence
or of a speech verb (Centering: the last subject is the likeliest referent),
with gender learnt from titles, role nouns and earlier pronouns. When that is
not enough, the speaker stays unknown: a wrong speaker costs more than a
missing one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

_REGULAR = (
    "add warn assert note insist marvel remark state explain argue claim declare acknowledge "
    "admit continue reply recall tweet post ask answer respond sigh shout cry scream chant "
    "whisper announce comment observe caution stress emphasise emphasize suggest concede "
    "complain joke boast gloat agree predict promise vow pledge urge demand confirm deny "
    "counter retort muse conclude describe call dub accuse advise quip mutter exclaim lament "
    "plead testify report reiterate repeat text email interject insist maintain contend "
    "allege charge scoff laugh sob shrug plead rage fume thunder yell murmur grumble"
).split()
_IRREGULAR = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "write": "write writes wrote written writing",
    "speak": "speak speaks spoke spoken speaking",
    "put": "put puts putting",
    "read": "read reads reading",
    "quote": "quote quotes quoted quoting",
}
_DOUBLED = {"marvel": "marvelled marvelling", "admit": "admitted admitting", "quip": "quipped"}


def _forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    ies = verb[:-1] + "ies" if verb.endswith("y") and verb[-2] not in "aeiou" else verb + "s"
    ied = verb[:-1] + "ied" if verb.endswith("y") and verb[-2] not in "aeiou" else stem + "ed"
    es = verb + "es" if verb.endswith(("sh", "ch", "s", "x")) else ies
    return {verb, es, ied, stem + "ing"} | set(_DOUBLED.get(verb, "").split())


SPEECH_LEMMAS = set(_REGULAR) | set(_IRREGULAR)
SPEECH_FORMS: dict[str, str] = {}
for _verb in _REGULAR:
    for _form in _forms(_verb):
        SPEECH_FORMS[_form] = _verb
for _verb, _all in _IRREGULAR.items():
    for _form in _all.split():
        SPEECH_FORMS[_form] = _verb
# Cues that only name a quote as a label, not as speech, unless a person says them.
WEAK_CUES = {"call", "describe", "dub", "accuse", "read", "put", "quote", "speak", "continue"}

_MALE = set(
    "he him his mr mr. sir man boy father son brother husband uncle nephew grandfather king "
    "prince spokesman chairman congressman businessman lord monsieur herr".split()
)
_FEMALE = set(
    "she her hers mrs mrs. ms ms. miss madam madame woman girl mother daughter sister wife aunt "
    "niece grandmother queen princess spokeswoman chairwoman congresswoman businesswoman "
    "lady actress frau".split()
)
TITLES = set(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. professor mayor president minister governor "
    "senator judge coach councillor councilor chief general colonel captain sir lady lord "
    "deputy secretary chancellor premier prime spokesman spokeswoman spokesperson sheriff "
    "rep. sen. gov. gen. col. capt. officer director commissioner ambassador pope father "
    "sister brother reverend rev. inspector sergeant constable detective chairman chairwoman "
    "former vice finance defence defense foreign interior health".split()
)
PRONOUNS = {"he": "m", "she": "f", "they": "p", "him": "m", "her": "f", "them": "p"}
_NAME_LABELS = {"PERSON", "ORG"}
_NON_PERSON_HEADS = set(
    "statement report letter note sign message email post website document warning study "
    "survey ministry government company authority agency office police council court "
    "newspaper paper website board".split()
)


def is_cue(token: Token, use_lemma: bool) -> str | None:
    """The speech verb's lemma when ``token`` is a speech cue, else None."""
    lower = token.lower_
    lemma = token.lemma_.lower() if use_lemma else ""
    verb = lemma if lemma in SPEECH_LEMMAS else SPEECH_FORMS.get(lower)
    if verb is None:
        return None
    verbal = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
    # "post", "call", "report", "text" as nouns are not cues; a mis-tagged ROOT "said" is.
    if not verbal and not (token.dep_ == "ROOT" and lower in ("said", "told")):
        return None
    return verb


def gender_of_words(words: list[str]) -> str | None:
    """``m``/``f`` when a title or role noun says so, else None."""
    lowered = {w.lower() for w in words}
    male, female = bool(lowered & _MALE), bool(lowered & _FEMALE)
    if male != female:
        return "m" if male else "f"
    return None


@dataclass
class Candidate:
    """Someone a later pronoun may refer to: a name or a description, and where."""

    at: int
    name: str | None
    description: str | None
    name_start: int
    name_end: int
    gender: str | None = None
    person: bool = True
    aliases: set[str] = field(default_factory=set)


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` or of the verb it hangs from (adding, saying, speaking)."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # a mis-parse can give two: the nearest is the verb's own
            return min(subjects, key=lambda c: abs(c.i - current.i))  # type: ignore[union-attr]
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "prep", "pobj", "acl"):
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                return current.head
            current = current.head
            continue
        break
    # Inverted order ("said Vlad, a lawyer"): the first nominal right of the verb.
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "appos", "oprd") and child.pos_ in (
            "PROPN",
            "NOUN",
            "PRON",
        ):
            return child
    return None


def _entity_at(doc: Doc, token: Token) -> Span | None:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in _NAME_LABELS:
            return ent
    return None


def _strip_titles(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in TITLES:
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def name_of(doc: Doc, token: Token) -> Span | None:
    """The fullest name the text gives for the nominal ``token`` (entity, PROPN run, appos)."""
    ent = _entity_at(doc, token)
    if ent is not None:
        return _strip_titles(ent)
    if token.pos_ == "PROPN":
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        return _strip_titles(doc[start : token.i + 1])
    for child in token.children:
        if child.dep_ == "compound" and _entity_at(doc, child) is not None:
            ent = _entity_at(doc, child)
            assert ent is not None
            if ent.label_ == "PERSON":
                return _strip_titles(ent)
    for child in token.children:
        if child.dep_ == "appos":
            ent = _entity_at(doc, child)
            if ent is not None and ent.label_ == "PERSON":
                return _strip_titles(ent)
            if child.pos_ == "PROPN":
                return name_of(doc, child)
    return None


_NP_LEFT = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "predet", "advmod"}


def phrase_of(doc: Doc, token: Token) -> Span:
    """The noun phrase headed by ``token``: its left modifiers and right ones up to a comma."""
    left = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in _NP_LEFT or (
            child.i != left - 1 and doc[child.i + 1 : left].text.strip(" -")
        ):
            break
        left = child.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in ("prep", "amod", "compound", "nummod", "relcl", "npadvmod"):
            if any(t.text == "," for t in doc[token.i : child.i]):
                break
            if child.dep_ == "relcl" and doc[child.left_edge.i - 1].text == ",":
                break
            right = max(right, child.right_edge.i)
        else:
            break
    span = doc[left : right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def description_of(doc: Doc, token: Token, name: Span | None) -> Span | None:
    """A role or an unnamed source's description: the apposition or the subject phrase itself."""
    if name is None:
        return phrase_of(doc, token)
    if not (name.start <= token.i < name.end):
        return phrase_of(doc, token)  # "the health secretary, Imran Shah" - subject is the role
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return phrase_of(doc, child)
    return None


def looks_like_person(words: list[str]) -> bool:
    """False for documents and institutions ("the statement", "the ministry")."""
    return not any(w.lower() in _NON_PERSON_HEADS for w in words[-1:])


def resolve_pronoun(
    pronoun: str, at: int, candidates: list[Candidate], window: int = 900
) -> Candidate | None:
    """The most recent compatible candidate before ``at``, at most ``window`` chars back."""
    gender = PRONOUNS.get(pronoun.lower())
    if gender is None:
        return None
    for cand in reversed(candidates):
        if cand.at >= at:
            continue
        if at - cand.at > window:
            return None
        if gender == "p":
            if cand.name is None or not cand.person:
                return cand
            return None
        if not cand.person:
            continue
        if cand.gender is not None and cand.gender != gender:
            continue
        return cand
    return None
