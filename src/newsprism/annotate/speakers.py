"""Who said a quote: the names, roles and descriptions of speakers (the cues and their
subjects are in ``cues``, re-exported here).

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

from newsprism.annotate.ciphers import called_name, cipher_of
from newsprism.annotate.cues import SPEECH_FORMS as SPEECH_FORMS
from newsprism.annotate.cues import SPEECH_LEMMAS as SPEECH_LEMMAS
from newsprism.annotate.cues import WEAK_CUES as WEAK_CUES
from newsprism.annotate.cues import is_cue as is_cue
from newsprism.annotate.cues import spoken_to as spoken_to
from newsprism.annotate.cues import subject_of as subject_of
from newsprism.annotate.person_words import COLLECTIVE as COLLECTIVE
from newsprism.annotate.person_words import (
    NON_PERSON_HEADS,
    TITLE_MODIFIERS,
    opening_role,
    organisation_role,
    possessive_name,
)
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

_NAME_LABELS = {"PERSON", "ORG"}


def entity_at(doc: Doc, token: Token) -> Span | None:
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
    if all(t.is_lower or not t.is_alpha for t in doc[start:end]):
        return None  # "the lorry driver": a common noun the tagger called a person
    return Span(doc, start, end, label=token.ent_type_)


def _appos_name(doc: Doc, token: Token) -> Span | None:
    """``the Environment Secretary, Hugh Ambler,`` / ``The chief executive of X, Ansel Drummond,``.

    A role subject with a proper name in apposition: the name is the speaker. The name may
    hang from the role or from the role's ``of`` object; it must close the subject phrase.
    """
    if _is_person_ent(doc, token):
        return None
    one_of = (token.tag_ == "JJS" or token.lower_ in ("one", "first", "last")) and any(
        c.lower_ == "of" for c in token.children
    )  # "The youngest of the three, Lorenz,", "One of the survivors, Ama Owusu,"
    # A role the lists do not know ("The bourgmestre of Saint-Rémy, Véronique Lambotte,")
    # still takes a full name the tagger calls a person, when it closes the subject phrase.
    # So does an untyped word the tagger made the head ("Court usher Margaret Doherty").
    known = is_role(doc, token) or one_of
    if not known and token.pos_ != "NOUN" and (token.pos_ != "PROPN" or token.ent_type_):
        return None
    for child in token.subtree:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i <= token.i:
            continue
        if child.head != token and not (
            child.head.dep_ == "pobj" and child.head.head.head == token
        ):
            continue
        ent = entity_at(doc, child)
        closes = ent is not None and ent.end < len(doc) and doc[ent.end].text == ","
        if ent is not None and ent.label_ == "PERSON" and (known or (len(ent) >= 2 and closes)):
            return strip_titles(ent)
        if not known:
            continue
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
    closing = entity_at(doc, last)  # "The mayor of Saint-Aubin-des-Prés, Jean-Baptiste
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
    ent = entity_at(doc, doc[start])
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
        or (doc[start].lower_ in TITLE_MODIFIERS and doc[start + 1].lower_ in TITLES)
        or is_role(doc, doc[start])
        or (doc[start].tag_ in _ROLE_TAGS and not doc[start].is_title)
        or _label(doc[start], doc[start + 1])  # a tabloid's "SHAMED Gavin Stroud"
        or opening_role(doc[start], span.end - start)  # "Trainer Seamus Fahy, 71, said"
    ):  # but "Sadia Rehman Abbasi", "Ashkan Farahmandpour" keep a first name the tagger
        start += 1  # called an adjective or a noun
    end = span.end
    while end > start + 1 and (span.doc[end - 1].tag_ == "POS" or _post_nominal(span.doc[end - 1])):
        end -= 1  # "Rosalind Grant KC", "Tom Reed's"
    return _whole_words(doc, start, end)


def _label(word: Token, after: Token) -> bool:
    """A capitalised label before a name ("SHAMED", "HERO"): three or more capitals,
    followed by a word written as a name."""
    return len(word) >= 3 and word.is_alpha and word.is_upper and after.is_title


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
        "PERSON" in (token.ent_type_, previous.ent_type_ if previous is not None else "")
        and token.ent_type_ in ("PERSON", "")  # not "Consumer Watch UK"; "Solberg FRCP"
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


def lower_person_word(doc: Doc, token: Token) -> bool:
    """Whether the word ``token`` ends is a person noun in lower case the tagger called a
    proper noun: "great-gran", not "Min-jun" (nor "the orchestra", a name in the making)."""
    i = token.i
    while i > 1 and joined_hyphen(doc, i - 1):
        i -= 2
    return doc[i].is_lower and human_description(token.lower_)


def name_of(doc: Doc, token: Token) -> Span | None:
    """The fullest name the text gives for the nominal ``token`` (entity, PROPN run, appos)."""
    token = without_post_nominal(token)
    cipher = cipher_of(token) if token.pos_ == "NOUN" else None
    if cipher is not None:
        return cipher
    ent = entity_at(doc, token)
    if ent is not None and ent.label_ == "PERSON":
        return strip_titles(ent)
    # "Jonas Achterberg of the Workers' Union said", parsed with the union as the head.
    edge = token.left_edge.i
    while edge < token.i and doc[edge].lower_ in TITLES:
        edge += 1  # "Dr Hanne Rasmussen-Ode, Qubitron's head of research, said"
    first = entity_at(doc, doc[edge])
    left = token.left_edge.i
    if first is None and left >= 2 and doc[left - 1].text == "," and is_role(doc, token):
        before = entity_at(doc, doc[left - 2])  # "Mick Farrelly, general secretary of the
        if before is not None and before.start == token.sent.start:  # union, said", the
            first = before  # name parsed apart from the role the parse made the subject
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
    appos = _appos_name(doc, token) or _name_after_comma(doc, token) or called_name(token)
    if appos is not None:
        return appos
    if token.lower_ in TITLES or is_office(token.text):  # "Deputy Director of Health
        last = entity_at(doc, doc[token.right_edge.i])  # Services S. Lakshmi Narayanan said"
        if last is not None and last.label_ == "PERSON" and len(last) >= 2 and last.start > token.i:
            link, steps = last.root, 0  # "… of State for Railways Harish Chandra Bhatt"
            while link.i != token.i and link.dep_ in ("pobj", "prep", "compound") and steps < 8:
                link, steps = link.head, steps + 1
            after = doc[token.i + 1].lower_  # "Minister for Mental Health Farida Qasim"
            # but "One friend of Fenwick-Amadi": the one named is the friend's object
            named_from = token.i + 2  # "One friend of Fenwick-Amadi", "an ally of Mr Ferri"
            while named_from < last.start and doc[named_from].lower_.rstrip(".") in HONORIFICS:
                named_from += 1
            direct = last.start == named_from or len(last.text.split()) < 2
            titled = len(strip_titles(last)) < len(last)  # "… for communities Cllr X"
            if (
                link.i == token.i
                and not direct
                and (after == "of" or (after == "for" and (token.is_title or titled)))
            ):
                return strip_titles(last)
    if ent is not None:
        return strip_titles(ent)
    office = token.lower_ in TITLES or is_office(token.text) or is_role(doc, token)
    for child in token.children if office and token.pos_ == "PROPN" else ():
        if child.dep_ == "appos" and _is_person_ent(doc, child):  # "shouted the Speaker,
            return strip_titles(entity_at(doc, child) or doc[child.i : child.i + 1])  # X"
    if token.pos_ == "PROPN" and not lower_person_word(doc, token):  # "The great-gran"
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
    if possessive_name(token):  # "Safe Harbour Women's Aid", "the Children's Society"
        return doc[token.left_edge.i + (doc[token.left_edge.i].lower_ == "the") : token.i + 1]
    if token.lower_ in ("family", "household", "clan") and any(
        c.dep_ == "compound"
        and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
        and c.text[:1].isupper()  # "McTavish" is no title case, but a name
        for c in token.children
    ):
        return doc[token.left_edge.i : token.i + 1]  # "the Mensah family", not Mr Mensah
    unnamed = any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in token.children)
    for child in token.children:  # not "A senior Vaudrennais official": someone unnamed
        if child.dep_ == "compound" and entity_at(doc, child) is not None and not unnamed:
            ent = entity_at(doc, child)
            assert ent is not None
            if ent.label_ == "PERSON":
                return strip_titles(ent)
    for child in token.children:
        if child.dep_ == "appos":
            ent = entity_at(doc, child)
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
        between = [t for t in doc[child.right_edge.i + 1 : left] if t.tag_ != "POS"]
        related = child.ent_type_ == "PERSON" or human_description(child.text)
        if child.dep_ == "poss" and (related or not human_description(token.text)):
            between = list(doc[child.i + 1 : left])  # "the boy's mother": a relation to
        if child.dep_ not in _NP_LEFT or (  # someone else; "the town's mayor" is one office
            child.i != left - 1 and "".join(t.text for t in between).strip(" -")
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
    for inner in doc[token.i + 1 : right + 1]:  # "leader of the Green group, who told the
        if inner.dep_ == "relcl" and doc[inner.left_edge.i - 1].text == ",":  # chamber":
            right = min(right, inner.left_edge.i - 1)  # the relative is no part of the role
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
        if token.lower_ in NON_PERSON_HEADS and _is_person_ent(doc, name[-1]):
            return None  # "Outside court, Sergeant Raj Mistry … said": no role, a misparse
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
    is someone ("Dr Helena Okonkwo-Brandt, a consultant virologist"); not when the role
    says it is an organisation ("Second Look, a miscarriage of justice charity")."""
    if role is not None and organisation_role(role):  # "a miscarriage of justice charity"
        return False
    if any(t.ent_type_ == "PERSON" for t in name):
        return True
    if not all(t.ent_type_ == "ORG" for t in name):
        return True
    if name.start > 0 and doc[name.start - 1].lower_ in TITLES:
        return True
    if gender_of_name(name.text) is not None:
        return True
    return role is not None and len(role) > 0 and is_role(doc, role.root)
