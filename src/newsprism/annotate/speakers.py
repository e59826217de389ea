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

from spacy.tokens import Doc, Span, Token

from newsprism.annotate.person_words import COLLECTIVE as COLLECTIVE
from newsprism.annotate.person_words import ORGANISATION_NOUNS as ORGANISATION_NOUNS
from newsprism.annotate.person_words import PERSON_NOUNS as PERSON_NOUNS
from newsprism.annotate.person_words import TITLES as TITLES
from newsprism.annotate.person_words import first_names as first_names
from newsprism.annotate.person_words import gender_of_name as gender_of_name
from newsprism.annotate.person_words import gender_of_words as gender_of_words
from newsprism.annotate.person_words import human_description as human_description
from newsprism.annotate.person_words import is_office as is_office
from newsprism.annotate.person_words import is_role as is_role
from newsprism.annotate.person_words import looks_like_person as looks_like_person
from newsprism.annotate.pronouns import PRONOUNS as PRONOUNS

_REGULAR = (
    "add warn assert note insist marvel remark state explain argue claim declare acknowledge "
    "admit continue reply recall tweet post ask answer respond sigh shout cry scream chant "
    "whisper announce comment observe caution stress emphasise emphasize suggest concede "
    "complain joke boast gloat agree predict promise vow pledge urge demand confirm deny "
    "counter retort muse conclude describe call dub accuse advise quip mutter exclaim lament "
    "plead testify report reiterate repeat text email interject insist maintain contend "
    "allege charge scoff laugh sob shrug plead rage fume thunder yell murmur grumble sum"
).split()
_IRREGULAR = {
    "say": "say says said saying",
    "tell": "tell tells told telling",
    "write": "write writes wrote written writing",
    "speak": "speak speaks spoke spoken speaking",
    "put": "put puts putting",
    "read": "read reads reading",
    "quote": "quote quotes quoted quoting",
    "go": "go goes went going",  # only "goes on" (see Frames.cue)
    "shoot": "shoot shoots shot shooting",  # only "shot back"
    "hit": "hit hits hitting",  # only "hit back"
    "fire": "fire fires fired firing",  # only "fired back"
}
_DOUBLED = {
    "marvel": "marvelled marvelling",
    "admit": "admitted admitting",
    "quip": "quipped",
    "sum": "summed summing",
}


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

_NAME_LABELS = {"PERSON", "ORG"}
# Verbs whose object is the listener ("X told Y"): the object is never the speaker.
_ADDRESSEE = {"tell", "ask", "urge", "warn", "advise", "remind", "promise", "accuse", "email"}


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


def _name_just_before(verb: Token) -> Token | None:
    """A person's name the parse did not make the subject of the verb right after it:
    "Kingfishers coach Moana Pātete-Walsh said" (coach parsed as a verb), or with an
    appositive between ("…, Anne-Sophie Mercier-Dubois, director general of the alliance,
    said", the name parsed as a conjunct of the place before it)."""
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        return before
    if before.text != ",":
        return None
    i = verb.i - 2
    while i > 0 and verb.i - i < 14 and doc[i].text != ",":
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].ent_type_ == "PERSON":
            return None  # a clause, or a second person: not an appositive
        i -= 1
    name = doc[i - 1] if i > 0 and doc[i].text == "," else None
    if name is not None and name.ent_type_ == "PERSON" and name.pos_ == "PROPN":
        return name
    return None


# Speech verbs whose passive subject is the one spoken to ("was told", "were warned").
_PASSIVE_LISTENER = set(
    "told asked warned advised urged informed reminded assured reassured promised".split()
)


def spoken_to(verb: Token) -> bool:
    """A passive cue whose subject is the listener: "he had been told to “leave it with
    finance”" quotes whoever told him, whom the sentence does not name."""
    return verb.lower_ in _PASSIVE_LISTENER and any(c.dep_ == "auxpass" for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` or of the verb it hangs from (adding, saying, speaking)."""
    if verb.i > 0 and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
        for c in verb.children
    ):
        named = _name_just_before(verb)
        if named is not None:
            return named
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
    # Inverted order ("said Vlad, a lawyer"): the first nominal right of the verb, but
    # never the listener of "told Y".
    deps = {"attr", "npadvmod", "nsubj", "appos", "oprd"}
    if SPEECH_FORMS.get(verb.lower_) not in _ADDRESSEE:
        deps.add("dobj")
    for child in verb.rights:
        if child.dep_ == "dobj" and child.pos_ == "PRON":
            continue  # "then repeated it in English": what was said, never who
        if child.dep_ in deps and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return child
    return None


def _entity_at(doc: Doc, token: Token) -> Span | None:
    """The PERSON/ORG entity over ``token``, cut at commas ("Quillfeather, Ansel Drummond")."""
    if token.ent_type_ not in _NAME_LABELS:
        return None
    start = token.i  # the entity's bounds from the token marks, not by building doc.ents
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    commas = [i for i in range(start, end) if doc[i].text == ","]
    start = max([i + 1 for i in commas if i < token.i], default=start)
    end = min([i for i in commas if i > token.i], default=end)
    return Span(doc, start, end, label=token.ent_type_)


def _appos_name(doc: Doc, token: Token) -> Span | None:
    """``the Environment Secretary, Hugh Ambler,`` / ``The chief executive of X, Ansel Drummond,``.

    A role subject with a proper name in apposition: the name is the speaker. The name may
    hang from the role or from the role's ``of`` object; it must close the subject phrase.
    """
    if _is_person_ent(doc, token) or not is_role(doc, token):
        return None
    for child in token.subtree:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i <= token.i:
            continue
        if child.head != token and not (
            child.head.dep_ == "pobj" and child.head.head.head == token
        ):
            continue
        ent = _entity_at(doc, child)
        if ent is not None and ent.label_ == "PERSON":
            return strip_titles(ent)
        start = child.i
        while start > 0:
            if doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            elif start > 1 and joined_hyphen(doc, start - 1) and doc[start - 2].pos_ == "PROPN":
                start -= 2  # "Tunde Olabiyi-Marsh", tagged an organisation
            else:
                break
        if child.i + 1 < len(doc) and doc[child.i + 1].text == "," and start < child.i:
            return strip_titles(doc[start : child.i + 1])  # "Nadia Siddiqui KC,"
    return None


def _name_after_comma(doc: Doc, token: Token) -> Span | None:
    """``according to his rider, PC Rachel Tombs.``: a role noun, a comma and a person's
    name that closes the sentence or the phrase, which the parse did not make its
    appositive (here a second object of "according to")."""
    if not is_role(doc, token) or token.i + 2 >= len(doc):
        return None
    last = token.right_edge
    while last.i > token.i and last.is_punct:
        last = doc[last.i - 1]  # the subject's own closing comma
    closing = _entity_at(doc, last)  # "The mayor of Saint-Aubin-des-Prés, Jean-Baptiste
    if (  # Lefèvre-Dion, appeared …", the name parsed as the place's conjunct
        closing is not None
        and closing.label_ == "PERSON"
        and closing.start > token.i + 2
        and doc[closing.start - 1].text == ","
        and closing.end == last.i + 1
    ):
        return strip_titles(closing)
    if doc[token.i + 1].text != ",":
        return None
    start = token.i + 2
    while start < len(doc) - 1 and doc[start].lower_ in TITLES:
        start += 1
    ent = _entity_at(doc, doc[start])
    if ent is None or ent.label_ != "PERSON" or ent.start != start:
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text not in (".", ",", ";", ":") and not after.is_space:
        return None  # "his coach, Tom Ince and …": a list, not a name in apposition
    return strip_titles(ent)


def _is_person_ent(doc: Doc, token: Token) -> bool:
    return token.ent_type_ == "PERSON"


_ROLE_TAGS = {"NN", "NNS", "JJ"}


def role_before(doc: Doc, name: Span) -> Span | None:
    """Role words right before a name, in its phrase ("Foreign Minister", "Kremlin spokesman")."""
    start = name.start
    end = name.end + 1 if name.end < len(doc) and _post_nominal(doc[name.end]) else name.end
    while start > 0:
        tok = doc[start - 1]
        if tok.is_punct or not (start - 1 < tok.head.i < end) or tok.ent_type_ == "NORP":
            break
        lower_noun = tok.is_lower and tok.is_alpha and tok.pos_ in ("NOUN", "PROPN")
        role = tok.lower_ in TITLES or tok.tag_ in _ROLE_TAGS or lower_noun  # "skipper X"
        if not role and not (start < name.start and tok.tag_ == "NNP"):
            break  # a proper noun only before a role word: "Kremlin spokesman"
        start -= 1
    end = name.start  # "County archaeologist Dr Ruth …": the role without the honorific
    while end > start + 1 and doc[end - 1].lower_.rstrip(".") in HONORIFICS:
        end -= 1
    return doc[start:end] if start < end else None


def strip_titles(span: Span) -> Span:
    start = span.start
    doc = span.doc  # titles and capitalised role nouns: "Propagandist Margarita Simonyan"
    while start < span.end - 1 and (
        doc[start].lower_ in TITLES
        or is_role(doc, doc[start])
        or (doc[start].tag_ in _ROLE_TAGS and not doc[start].is_title)
    ):  # but "Sadia Rehman Abbasi", "Ashkan Farahmandpour" keep a first name the tagger
        start += 1  # called an adjective or a noun
    end = span.end
    while end > start + 1 and (span.doc[end - 1].tag_ == "POS" or _post_nominal(span.doc[end - 1])):
        end -= 1  # "Rosalind Grant KC", "Tom Reed's"
    return _whole_words(doc, start, end)


def _whole_words(doc: Doc, start: int, end: int) -> Span:
    """``doc[start:end]`` widened over hyphens written without spaces, so that a
    double-barrelled name is never cut ("Adjoua-Lemaire", not "-Lemaire" or "Adjoua")."""
    while start < end - 1 and doc[start].tag_ == "HYPH":
        start += 1
    while start >= 2 and joined_hyphen(doc, start - 1) and doc[start - 2].is_alpha:
        start -= 2
    while end + 1 < len(doc) and joined_hyphen(doc, end) and doc[end + 1].is_title:
        end += 2
    return doc[start:end]


_POST_NOMINALS = {
    "KC",
    "QC",
    "SC",
    "MP",
    "MSP",
    "MEP",
    "TD",
    "OBE",
    "MBE",
    "CBE",
    "Jr",
    "Jr.",
    "Sr.",
}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof"}


def without_post_nominal(token: Token) -> Token:
    """The surname when the parse made the letters after it the head ("Hugo Marchbank KC,
    prosecuting,", "Dr Ruth Okonjo-Hale FSA said")."""
    if _post_nominal(token) and token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN":
        return token.doc[token.i - 1]
    return token


def _post_nominal(token: Token) -> bool:
    """Letters after a name: "KC", "Jr", and any short capitals after a surname inside a
    person's name ("FSA", "FRCS", "DBE")."""
    if token.text in _POST_NOMINALS:
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.ent_type_ == "PERSON"  # not "Consumer Watch UK"
        and token.is_upper
        and token.is_alpha
        and 2 <= len(token) <= 5
        and previous is not None
        and previous.is_title
    )


def joined_hyphen(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen written without spaces between two words."""
    return (
        doc[i].tag_ == "HYPH"
        and i > 0
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
    )


def name_of(doc: Doc, token: Token) -> Span | None:
    """The fullest name the text gives for the nominal ``token`` (entity, PROPN run, appos)."""
    token = without_post_nominal(token)
    ent = _entity_at(doc, token)
    if ent is not None and ent.label_ == "PERSON":
        return strip_titles(ent)
    # "Jonas Achterberg of the Workers' Union said", parsed with the union as the head.
    edge = token.left_edge.i
    while edge < token.i and doc[edge].lower_ in TITLES:
        edge += 1  # "Dr Hanne Rasmussen-Ode, Qubitron's head of research, said"
    first = _entity_at(doc, doc[edge])
    if (
        first is not None
        and first.label_ == "PERSON"
        and first.end < token.i
        and (
            doc[first.end].lower_ in ("of", "from", "at")
            or (doc[first.end].text == "," and is_role(doc, token))  # the role the subject
        )
    ):
        return strip_titles(first)
    appos = _appos_name(doc, token) or _name_after_comma(doc, token)
    if appos is not None:
        return appos
    if token.lower_ in TITLES or is_office(token.text):  # "Deputy Director of Health
        last = _entity_at(doc, doc[token.right_edge.i])  # Services S. Lakshmi Narayanan said"
        if last is not None and last.label_ == "PERSON" and len(last) >= 2 and last.start > token.i:
            link, steps = last.root, 0  # "… of State for Railways Harish Chandra Bhatt"
            while link.i != token.i and link.dep_ in ("pobj", "prep", "compound") and steps < 8:
                link, steps = link.head, steps + 1
            if link.i == token.i and doc[token.i + 1].lower_ == "of":
                return strip_titles(last)
    if ent is not None:
        return strip_titles(ent)
    if token.pos_ == "PROPN":
        start = token.i
        while start > 0:
            prev = doc[start - 1]
            if prev.pos_ == "PROPN" and prev.dep_ == "compound":
                start -= 1
            elif start > 1 and joined_hyphen(doc, start - 1) and doc[start - 2].pos_ == "PROPN":
                start -= 2  # "Okonkwo-Hill": the tokenizer splits a double-barrelled name
            else:
                break
        return strip_titles(doc[start : token.i + 1])
    unnamed = any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in token.children)
    for child in token.children:  # not "A senior Vaudrennais official": someone unnamed
        if child.dep_ == "compound" and _entity_at(doc, child) is not None and not unnamed:
            ent = _entity_at(doc, child)
            assert ent is not None
            if ent.label_ == "PERSON":
                return strip_titles(ent)
    for child in token.children:
        if child.dep_ == "appos":
            ent = _entity_at(doc, child)
            if ent is not None and ent.label_ == "PERSON":
                return strip_titles(ent)
            if child.pos_ == "PROPN":
                return name_of(doc, child)
            if (child.pos_ == "NOUN" and is_role(doc, child)) or gender_of_words([child.lower_]):
                inner = name_of(doc, child)  # "Outside court, the victim's daughter, Janet …"
                if inner is not None and any(t.ent_type_ == "PERSON" for t in inner):
                    return inner
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
    left = _hyphen_start(doc, left)
    span = doc[left : right + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def _hyphen_start(doc: Doc, i: int) -> int:
    """The start of ``the 24-year-old`` for its last word: over hyphens, then the determiner."""
    start = i
    while start > 1 and doc[start - 1].tag_ == "HYPH" and not doc[start - 2].whitespace_:
        start -= 2
    if start < i and start > 0 and doc[start - 1].dep_ in ("det", "amod", "poss"):
        start -= 1
    return start


def description_of(doc: Doc, token: Token, name: Span | None) -> Span | None:
    """A role or an unnamed source's description: the apposition or the subject phrase itself."""
    if name is None:
        return phrase_of(doc, token)
    if name.start < token.i and name.start == token.left_edge.i and name.end < token.i:
        return None  # "X of the Union": the union is where X works, not a role
    if not (name.start <= token.i < name.end):
        phrase = phrase_of(doc, token)  # "the health secretary, Imran Shah" - subject is the role
        if phrase.start <= name.start < phrase.end:  # "The chief executive of X, Name"
            end = name.start
            while end > phrase.start + 1 and doc[end - 1].is_punct:
                end -= 1
            return doc[phrase.start : end]
        return phrase
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return phrase_of(doc, child)
    return None


def person_name(doc: Doc, name: Span, role: Span | None) -> bool:
    """Whether ``name`` is a person's: a PERSON entity, or a name the tagger called an
    organisation but a title ("Dr"), a known first name or a person's role beside it says
    is someone ("Dr Helena Okonkwo-Brandt, a consultant virologist")."""
    if any(t.ent_type_ == "PERSON" for t in name):
        return True
    if not all(t.ent_type_ == "ORG" for t in name):
        return True
    if name.start > 0 and doc[name.start - 1].lower_ in TITLES:
        return True
    if gender_of_name(name.text) is not None:
        return True
    return role is not None and len(role) > 0 and is_role(doc, role.root)
