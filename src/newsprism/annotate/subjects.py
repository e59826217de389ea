"""Subjects as a pronoun's referents see them: the parse's, and the ones it missed.

Split from ``naming``. The centre a later he/she continues is the active subject
of a sentence's main verb; the source of ``according to X`` speaks as much as the
subject of "said"; and the small tagger sometimes leaves a sentence's subject
unmarked (the verb read as a reduced relative or as a plural noun), which
``root_name`` recognises.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.annotate.person_words import TITLES, human_description


def main_subject(token: Token) -> bool:
    """The active subject of a sentence's main verb: the centre a later pronoun continues."""
    passive_name = token.dep_ == "nsubjpass" and token.pos_ == "PROPN"  # "Marlow boss Ade
    active = token.dep_ == "nsubj"  # Olawale was left to rue …", not "the biggest cheer"
    main = (active or passive_name) and token.head.dep_ == "ROOT"
    return (
        main
        or root_name(token)
        or introduced_name(token)
        or topic_name(token)
        or dateline_name(token)
    )


def dateline_name(token: Token) -> bool:
    """The subject a dateline hides: "PORT HALLORAN, March 3 (NWS) - Ana-Lucía Borrero
    saved three match points", where the parse made the place the subject and the person
    its apposition, after the dateline's dash."""
    head = token.head
    if token.dep_ != "appos" or token.ent_type_ != "PERSON" or head.dep_ != "nsubj":
        return False
    if head.head.dep_ != "ROOT":
        return False
    between = token.doc[head.i + 1 : token.i]  # a dash, not a hyphen inside the name
    return any(t.text in ("-", "–", "—", "--") and t.tag_ != "HYPH" for t in between)


def topic_name(token: Token) -> bool:
    """The name a sentence opens on as its topic: "For Maren, the appeal is time.", "For
    Okafor, it was personal.", or whose deed is the subject: "Ravindu Jayasekara's unbeaten
    147 carried Ashcombe to a win" (not "Smith's lawyer said"). It is the centre a later
    she or he continues."""
    head = token.head
    if token.dep_ == "poss" and token.ent_type_ == "PERSON":
        subject = head.dep_ == "nsubj" and head.head.dep_ == "ROOT"  # or the verb read as a
        subject = subject or (head.dep_ == "ROOT" and any(c.dep_ == "acl" for c in head.children))
        deed = subject and not human_description(head.lower_)  # relative ("138 carried")
        titled = token.left_edge.lower_.rstrip(".") in TITLES  # "Mrs Tawhai's whānau"
        opens = token.left_edge.i == token.sent.start
        return deed and head.ent_type_ != "PERSON" and opens and not titled
    return (
        token.dep_ == "pobj"
        and token.pos_ == "PROPN"
        and head.lower_ == "for"
        and bool(head.is_sent_start)
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].text == ","
    )


# Forms of "be" and "become" (the parse gives no lemmas): "X is …", "X has been manager of …"
COPULAS = {"is", "are", "was", "were", "be", "been", "'s", "’s", "become", "becomes", "became"}


_TURNS = {"next", "first", "last", "then"}  # "Next was Maria Costa, a care worker, who …"


def introduced_name(token: Token) -> bool:
    """A name a copula introduces after a subject that is no one yet: "Another is Freya,
    22, who won a seat …", "One of them was Dara Quinn." The name is the sentence's
    centre, as its subject would be."""
    head = token.head
    if token.dep_ != "attr" or token.pos_ != "PROPN" or head.dep_ != "ROOT":
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return (
        head.lower_ in COPULAS
        and len(subjects) == 1
        and (subjects[0].pos_ in ("PRON", "DET", "ADJ", "NUM") or subjects[0].lower_ in _TURNS)
        and subjects[0].lower_ not in ("he", "she", "it", "they", "this", "that")
    )


def root_name(token: Token) -> bool:
    """A name the tagger did not make a subject though it is one: the root of "Keeley Doran,
    a neighbour of the defendant, watched from the gallery." (the verb read as a reduced
    relative), the compound of "Brightwater shrugs when …" (the verb read as a plural noun)."""
    named_noun = token.pos_ == "NOUN" and any(  # "Their captain, Adaeze Nwachukwu, accepted"
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children
    )
    if token.pos_ != "PROPN" and not named_noun:
        return False
    if token.dep_ == "compound":
        head = token.head
        return (
            head.dep_ == "ROOT"
            and head.tag_ == "NNS"
            and head.i == token.i + 1
            and head.i + 1 < len(head.doc)
            and (  # "Brightwater shrugs when …", "Mackintosh talks about recruitment."
                head.doc[head.i + 1].is_punct
                or head.doc[head.i + 1].pos_ in ("SCONJ", "ADV", "ADP")
            )
        )
    if token.dep_ != "ROOT":
        return False
    if any(c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > token.i for c in token.children):
        return True
    # "Violet Cruickshank, 79, hid jumpers …" with "hid" read as a proper noun: a person's
    # name opening a sentence that has no verb left is its subject
    sent = token.sent
    return (
        token.ent_type_ == "PERSON"
        and token.left_edge.i == sent.start
        and not any(t.pos_ in ("VERB", "AUX") for t in sent)
    )


def clause_verb(token: Token) -> Token:
    """The verb ``token`` is the subject of: its head, or for a name the tagger made the
    root, the verb it read as a reduced relative ("Its star, Tunde Olabiyi-Marsh, …,
    joked on a podcast that …")."""
    if token.dep_ == "ROOT" and root_name(token):
        acl = [c for c in token.children if c.dep_ == "acl" and c.i > token.i]
        return acl[0] if acl else token  # no verb at all: the name itself
    return token.head


def according_source(token: Token) -> bool:
    """The source of ``according to X``: a speaker as much as the subject of "said"."""
    to = token.head
    return (
        token.dep_ == "pobj"
        and to.lower_ == "to"
        and to.i > 0
        and to.doc[to.i - 1].lower_ == "according"
    )


def state_participle(verb: Token) -> bool:
    """A participle of state, not a passive: "unmoved", "undeterred", "unconvinced" (an
    "un-" participle with no agent), "known", "born"."""
    return (
        verb.tag_ == "VBN"
        and ((verb.lower_.startswith("un") and len(verb) > 6) or verb.lower_ in _STATES)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


# Participles that say what someone is, not what befell them: "The economist, 67, is best
# known for a book …", "She is married to a fisherman", "He was born in Lagos".
_STATES = {"known", "married", "born", "based", "related", "qualified", "retired"}


def in_a_state(token: Token) -> bool:
    """The subject of a main verb that is a participle of state: "The judge was unmoved.",
    "The minister was unrepentant" - the person a later he or she continues."""
    return token.dep_ == "nsubjpass" and token.head.dep_ == "ROOT" and state_participle(token.head)


def of_root(verb: Token) -> bool:
    """The sentence's main verb, or an auxiliary the parse hung its subject on ("The chair,
    X, was unconvinced.", the subject attached to "was")."""
    return verb.dep_ == "ROOT" or (verb.pos_ == "AUX" and verb.head.dep_ == "ROOT")


def reported_by_person(verb: Token) -> bool:
    """``Prideaux reminded jurors that Ashby-Lane had described himself as “…”``: a clause
    another named person reports; its subject neither speaks nor becomes the centre."""
    head = verb.head
    that = any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    written = head.lower_ in _WRITINGS  # "put to her a 2018 email in which a midwife warned"
    if verb.dep_ == "relcl" and (that or written) and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head  # "reminded jurors that
        # X had …", parsed as a relative clause
    elif verb.dep_ != "ccomp" or head == verb:
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if written and verb.dep_ == "relcl":
        return any(c.pos_ != "PRON" or c.lower_ in ("he", "she") for c in subjects)  # the one
        # who puts, reads or quotes the writing
    return any(c.ent_type_ == "PERSON" for c in subjects)


_WRITINGS = set("email e-mail letter memo message note report statement text".split())


def mood(verb: Token) -> bool:
    """A copula with an adjective of attitude: "was blunter", "was more sympathetic", "was
    cautiously optimistic", "were less charitable" - not "was 42" or "was at home"."""
    if verb.lemma_ != "be" and verb.lower_ not in ("was", "were", "is", "are"):
        return False
    return any(  # "was blunter" with "blunter" tagged a noun: a bare comparative
        (c.dep_ == "acomp" and c.pos_ == "ADJ") or (c.dep_ == "attr" and _comparative(c))
        for c in verb.children
    )


def _comparative(word: Token) -> bool:
    return word.is_lower and word.lower_.endswith("er") and not list(word.children)
