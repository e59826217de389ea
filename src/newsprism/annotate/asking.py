"""Sentences of questioning: who asks whom.

A hearing or a cross-examination is reported with a sentence that opens the
questioning before the quotes, which then carry no cue:

- "The chair, Fergus Anstruther, began by asking whether Mr Heseltyne-Brooke had …"
- "Counsel to the inquiry asked the professor to explain …"
- "Dr Whitlam-Ngata was asked by Senator McCutcheon-Hale why …"
- "Her barrister, Naomi Barraclough, put it to Ms Lindahl that …"
- "Cross-examined by Mr Pryce, the witness accepted …"
- "Martin Cole KC, counsel to the inquiry, took her through an email …"

``questioning`` reads such a sentence into (verb, asker, addressee); either
party may be missing. Only people count as parties: a name, he/she/him/her, or
a definite description of a person ("the professor", "the witness").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprism.annotate import speakers as sp
from newsprism.annotate.cues import agent_of, subject_of
from newsprism.annotate.person_words import human_description

# Verbs of questioning, by form (the parse may come without a lemmatizer).
_QUESTIONING = set(
    "ask asks asked asking question questions questioned questioning quiz quizzes quizzed "
    "quizzing grill grills grilled grilling press presses pressed pressing probe probes "
    "probed probing examine examines examined examining interrogate interrogates "
    "interrogated interrogating cross-examine cross-examines cross-examined "
    "cross-examining".split()
)
_QUESTIONING_NOUNS = {"questioning", "examination", "examining", "cross-examination"}
_TAKE = {"take", "takes", "took", "taking", "taken"}  # "took her through an email"
_SHOW = {"show", "shows", "showed", "showing", "shown"}  # "showed him a 2012 letter"
# Verbs whose object, not their complement, is the one questioned ("pressed him on …").
_NEEDS_OBJECT = set("press presses pressed pressing probe probes probed probing".split())
_NEEDS_OBJECT |= _TAKE | _SHOW
_MARKERS = {"whether", "if", "why", "how", "what", "when", "who", "where", "which"}
_PEOPLE_PRONOUNS = {"he", "she", "him", "her"}


def put_to(doc: Doc, sent: Sequence[Token]) -> tuple[Token, Token] | None:
    """Who puts a question to whom in a sentence of cross-examination: "Her barrister,
    Naomi Barraclough, put it to Ms Lindahl that the sheet was created later." (asker,
    addressee): a named asker, the verb "put" with "to" and a person (a name, him or her,
    or a description of one)."""
    for verb in sent:
        if verb.lower_ not in ("put", "puts") or verb.dep_ not in ("ROOT", "acl"):
            continue
        asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):  # "The presenter,
            asker = verb.head  # Jasmine Akhtar, put to him that …" read as a reduced relative
        to = [
            g
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if asker is None or len(to) != 1:
            return None
        if sp.name_of(doc, asker) is None or not is_party(doc, to[0]):
            return None  # "put it to Ms Lindahl", "put to him that …"
        return asker, to[0]
    return None


def is_party(doc: Doc, token: Token | None, pronouns: bool = True) -> bool:
    """A person who can ask or answer: a name, a person's pronoun, or a definite
    description of a person ("the professor", "the committee's chair")."""
    if token is None:
        return False
    if token.lower_ in _PEOPLE_PRONOUNS:
        return pronouns
    if token.pos_ == "PRON":
        return False
    if sp.name_of(doc, token) is not None:
        return token.ent_type_ in ("PERSON", "ORG", "")  # not a place or a date
    phrase = sp.phrase_of(doc, token)
    return phrase[0].lower_ in ("the", "his", "her", "their") and human_description(phrase.text)


def questioning(doc: Doc, sent: Sequence[Token]) -> tuple[Token, Token | None, Token | None] | None:
    """(verb, asker, addressee) of a sentence that opens a questioning, or None."""
    put = put_to(doc, sent)
    if put is not None:
        return put[0].head, put[0], put[1]
    within = {t.i for t in sent}
    for verb in sent:
        noun = _by_noun(doc, verb)
        if noun is not None:
            return noun
        spoke = _spoke_to(doc, verb, within)
        if spoke is not None:
            return spoke
        took = verb.lower_ in _TAKE and any(c.lower_ == "through" for c in verb.children)
        took = took or verb.lower_ in _SHOW  # "took her through an email", "showed him a
        if (verb.lower_ not in _QUESTIONING and not took) or verb.pos_ not in ("VERB", "AUX"):
            continue  # letter": counsel leading a witness
        if verb.lower_.startswith("exam") and not _cross(doc, verb):
            continue  # "examined the evidence": only cross-examination questions someone
        agent = agent_of(verb)
        asks_for = verb.lower_.startswith("ask") and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
        )
        asks_for = asks_for or _request(verb)
        if asks_for:
            continue  # "patients ask for her", "asked for help": nobody questioned
        passive = agent is not None or any(c.dep_ == "auxpass" for c in verb.children)
        opening = (  # "Asked what he would do, Haskins shrugged." (tagged VBD or VBN)
            verb.tag_ in ("VBN", "VBD")
            and verb.dep_ == "advcl"
            and verb.lower_.endswith("ed")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and verb.i < verb.head.i
        )
        if _set_off(doc, verb):  # "Tautahi-Brooks, asked whether he agreed, smiled": the
            subject = next(c for c in verb.children if c.dep_ == "nsubj")  # one asked
            if is_party(doc, subject):
                return verb, None, subject
            continue
        if passive or opening:
            asker = agent
            addressee = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if addressee is None and verb.dep_ == "advcl":  # "Asked by X, the witness said"
                addressee = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        else:
            asker = subject_of(verb)
            objects = [c for c in verb.children if c.dep_ == "dative"]  # "showed him a letter"
            objects = objects or [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            addressee = objects[0] if objects else None
            if addressee is None and verb.lower_ not in _NEEDS_OBJECT:
                addressee = _asked_about(doc, verb)
        asker = _named_after(asker) if asker is not None and asker.i in within else None
        addressee = addressee if addressee is not None and addressee.i in within else None
        asker = sp.without_post_nominal(asker) if asker is not None else None  # not "KC"
        asker = asker if is_party(doc, asker) else None
        addressee = addressee if is_party(doc, addressee) else None
        if addressee is None and verb.lower_ in _NEEDS_OBJECT:
            continue  # "pressed on with the plan", "took the children through the woods"
        if asker is not None or addressee is not None:
            return verb, asker, addressee
    return None


def _spoke_to(
    doc: Doc, verb: Token, within: set[int]
) -> tuple[Token, Token | None, Token | None] | None:
    """An interview announced: "She spoke to Grace Okonedo-Finn between lessons." - the
    one spoken to asks, the subject answers (both people the text names)."""
    if verb.lemma_.lower() not in ("speak", "talk") or verb.pos_ != "VERB":
        return None
    listener = next(
        (
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if listener is None or subject is None or listener.i not in within or subject.i not in within:
        return None
    listener = _named_after(listener)
    if not (is_party(doc, listener, pronouns=False) and is_party(doc, subject)):
        return None
    return verb, listener, subject


def _set_off(doc: Doc, verb: Token) -> bool:
    """A reduced passive the parse made the main verb: "X, asked whether he agreed,
    smiled thinly" (``asked`` the root, X its subject, ``smiled`` its complement)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or verb.tag_ not in ("VBD", "VBN") or verb.i < 2:
        return False
    subject = subjects[0]
    if doc[verb.i - 1].text != "," or any(c.dep_ == "appos" for c in subject.children):
        return False
    return any(
        c.dep_ in ("ccomp", "conj")
        and c.pos_ == "VERB"
        and c.i > verb.i
        and doc[c.i - 1].text == ","
        and not any(g.dep_ in ("mark", "nsubj") for g in c.children)
        for c in verb.children
    )


def _request(verb: Token) -> bool:
    """ "who asked that her surname not be used", "asked not to be named": a request of
    nobody in particular, not a question ("asked him to explain" still questions him)."""
    if not verb.lower_.startswith("ask"):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    for c in verb.children:
        marks = {g.lower_ for g in c.children if g.dep_ in ("mark", "aux")}
        if c.dep_ == "ccomp" and "that" in marks:
            return True
        if c.dep_ == "xcomp" and "to" in marks:
            return True
    return False


def _asked_about(doc: Doc, verb: Token) -> Token | None:
    """The one asked, when only the question names them: "asked whether Mr Heseltyne-Brooke
    had personally swum in the river" (a named subject of the whether-clause; a pronoun
    there may be anyone, and an organisation is not the one asked)."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "advcl", "xcomp"):
            continue
        if not any(t.lower_ in _MARKERS for t in clause.subtree if t.i < clause.i):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.ent_type_ not in ("PERSON", ""):
            continue  # "whether Halden Logistics had been warned": a company is not asked
        if subj.ent_type_ == "PERSON" or is_party(doc, subj, pronouns=False):
            return subj
    return None


def _cross(doc: Doc, verb: Token) -> bool:
    """``examined`` in "cross-examined", however the tokenizer split it."""
    before = doc[max(0, verb.i - 2) : verb.i].text.lower().replace(" ", "")
    return before.endswith("cross-") or verb.lower_.startswith("cross")


def _by_noun(doc: Doc, word: Token) -> tuple[Token, Token | None, Token | None] | None:
    """Questioning named by a noun: "Under cross-examination by Mr Askew, Hussain said …",
    "Under questioning from the chair, …", or "Cross-examining, Jonathan Askew, …" with the
    participle parsed as a noun (its apposition is the one asking)."""
    gerund = word.tag_ == "VBG" and word.dep_ == "pcomp"  # "Under questioning from X KC"
    if (word.pos_ not in ("NOUN", "PROPN") and not gerund) or word.lower_ not in _QUESTIONING_NOUNS:
        return None
    if word.lower_.startswith("exam") and not _cross(doc, word):
        return None
    asker = next((c for c in word.children if c.dep_ == "appos"), None)
    for prep in (c for c in word.children if c.lower_ in ("by", "from")):
        asker = next((g for g in prep.children if g.dep_ == "pobj"), asker)
    asker = sp.without_post_nominal(asker) if asker is not None else None  # "X KC": X
    if not is_party(doc, asker):
        return None
    main = word
    while main.dep_ not in ("ROOT",) and main.head != main:
        main = main.head
    addressee = next((c for c in main.children if c.dep_ == "nsubj" and c != word), None)
    if addressee is not None and (not is_party(doc, addressee) or addressee.i < word.i):
        addressee = None
    return word, asker, addressee


def _named_after(token: Token) -> Token:
    """The name right after a role the parse did not join to it: "by the host, Ben
    Adeyinka-Cole, whether …" gives Adeyinka-Cole (else ``token`` itself)."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return token
    ent = next((e for e in doc.ents if e.start == token.i + 2 and e.label_ == "PERSON"), None)
    return ent[-1] if ent is not None else token


# Verbs of two people arguing: "X clashed with Y", "X sparred with Y".
_SPARRING = set(
    "clash clashes clashed clashing spar spars sparred sparring row rows rowed rowing "
    "argue argues argued arguing".split()
)


def sparring(doc: Doc, sent: Sequence[Token]) -> tuple[Token, Token, Token] | None:
    """(verb, one side, the other) of "Dr Tully-Ng clashed repeatedly with Senator
    Morrow-Baird over …": two people, neither asking, who take turns."""
    for verb in sent:
        if verb.lower_ not in _SPARRING or verb.pos_ != "VERB":
            continue
        one = subject_of(verb)
        other = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if one is not None and len(other) == 1 and is_party(doc, one) and is_party(doc, other[0]):
            return verb, one, other[0]
    return None


# Verbs that put a point to someone, whom a reply then answers.
_PUTTING = {"suggest", "put", "ask", "press", "challenge", "accuse", "question", "quiz", "insist"}


def point_put(cue: Token) -> tuple[str, Token | None] | None:
    """Whom a reply answers, by surname, and who was put the point, when the sentence
    before the reply's says: "Mr Askew suggested the defendant had lost his temper. He
    replied: …" gives Askew, and the defendant ("Fennimore paused. “…,” he replied.": no
    point was put, the one pausing replies)."""
    doc = cue.doc
    start = _quote_start(cue)  # "… asked whether she was. “I wish I were. Come in,” she
    if start == 0:  # replied.": the sentence before the quote, not the quote's first
        return None
    before = doc[start - 1].sent
    if before.root.lemma_.lower() not in _PUTTING:
        return None
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head == before.root]
    name = sp.name_of(doc, subjects[0]) if len(subjects) == 1 else None
    if name is None:
        return None
    put = [  # the one questioned: the object, or the subject of what was put to them
        c
        for c in before.root.children
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "ccomp" and c.i > before.root.i)
    ]
    put = [
        next((g for g in c.children if g.dep_ == "nsubj"), c) if c.dep_ == "ccomp" else c
        for c in put
    ]
    party = put[0] if len(put) == 1 and is_party(doc, put[0], pronouns=False) else None
    return name.text.split()[-1], party


def _quote_start(cue: Token) -> int:
    """Where the sentence of a cue after a quote really starts: at the quote's first
    sentence (the parse splits a quote of several sentences into its own)."""
    doc = cue.doc
    marks = []
    for token in reversed(doc[max(0, cue.i - 400) : cue.i]):  # back to the paragraph start
        if "\n" in token.text:
            break
        if token.text in ('"', "“", "”", "«", "»", "``", "''"):
            marks.append(token)
    if len(marks) >= 2 and marks[1].sent.start < cue.sent.start:
        return marks[1].sent.start
    return cue.sent.start


def askers(doc: Doc, sentences: Sequence[Sequence[Token]]) -> set[str]:
    """Surnames (lower case) of those asking questions in ``sentences`` ("Asked by Mr
    Ashworth-Reid whether …, the witness said …": the witness is not the one asking)."""
    found = set()
    for sent in sentences:
        asking = questioning(doc, sent)
        name = sp.name_of(doc, asking[1]) if asking and asking[1] is not None else None
        if name is not None:
            found.add(name.text.split()[-1].lower())
    return found
