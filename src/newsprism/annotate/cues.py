"""Speech cues and their subjects: which verbs report speech, and who the verb says spoke.

Split from ``speakers``. A cue is a speech verb in any of its forms (``said``,
``tells``, ``marvelling``, ``shot back``); its grammatical subject is the speaker,
found where the small parse leaves it: on the verb the cue hangs from
("adding", "saying"), before it when the parse missed the subject ("Kingfishers
coach Moana Pātete-Walsh said"), or after it in inverted order ("said Vlad, a
lawyer"). Never the listener: the object of "told Y", the subject of a passive
"was told", or what was said ("repeated it").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.annotate.person_words import human_description

_REGULAR = (
    "add warn assert note insist marvel remark state explain argue claim declare acknowledge "
    "admit continue reply recall tweet post ask answer respond sigh shout cry scream chant "
    "whisper announce comment observe caution stress emphasise emphasize suggest concede "
    "complain joke boast gloat agree predict promise vow pledge urge demand confirm deny "
    "counter retort muse conclude describe call dub accuse advise quip mutter exclaim lament "
    "plead testify report reiterate repeat text email interject insist maintain contend "
    "allege charge scoff laugh sob shrug plead rage fume thunder yell murmur grumble sum "
    "interrupt snap wail bellow hiss gasp confide concur recount sneer snort blurt stammer "
    "splutter shriek roar holler jeer taunt heckle groan moan protest beg chime point reflect "
    "grin smile beam chuckle correct press persist venture"
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
    "cut": "cut cuts cutting",  # only "cut in"
    "begin": "begin begins began",  # only "“…,” Penhaligon began." (see Frames.cue)
}
_DOUBLED = {
    "marvel": "marvelled marvelling",
    "admit": "admitted admitting",
    "quip": "quipped",
    "sum": "summed summing",
    "snap": "snapped snapping",
    "beg": "begged begging",
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

# Verbs that report speech only with their particle: "put it", "summed up", "cut in",
# "pointed out", "shot/hit/fired back", "goes on" (its "on" a particle, not "on holiday").
PARTICLE_CUES: dict[str, tuple[str, str | None]] = {
    "put": ("it", None),
    "sum": ("up", None),
    "cut": ("in", None),
    "point": ("out", None),
    "shoot": ("back", None),
    "hit": ("back", None),
    "fire": ("back", None),
    "go": ("on", "prt"),
}

# Looks and laughs that carry a quote ("“…,” grinned the 34-year-old") only when no other
# speech verb in the sentence does ("When one reporter asked, “…?” he smiled.").
BEATS = {"grin", "smile", "beam", "chuckle"}

# Speech verbs that answer someone: the speaker is the other side of an exchange.
REPLY_VERBS = {"reply", "respond", "answer", "retort", "counter", "interrupt", "interject", "cut"}

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
    if verb == "begin" and not _opened_by_someone(token):
        return None  # "“…,” Penhaligon began.", not "the letter begins" or "began to"
    if verb == "call" and _names_something(token):
        return None  # "one councillor called another a liar": a name, not speech
    return verb


def _names_something(verb: Token) -> bool:
    """``called another a liar``: an object and its complement, with no quotation mark
    from the verb to the complement's end (not ``called it “a budget …”``)."""
    complements = [c for c in verb.children if c.dep_ == "oprd"]
    if not complements or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    end = max(c.right_edge.i for c in complements)
    words = verb.doc[verb.i + 1 : end + 1]
    return not any(t.is_quote or t.tag_ in ("``", "''") for t in words)


def _opened_by_someone(verb: Token) -> bool:
    """ "“Why kill her?” Penhaligon began.": a person began speaking with the quote - no
    object, no "to"/"by"/"before" after the verb, and a named, he/she or "the minister"
    subject."""
    if any(c.dep_ in ("dobj", "xcomp", "prep", "advcl", "agent", "attr") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]  # "the minister began": a person by role, as by name
    described = any(c.lower_ == "the" for c in subject.children) and human_description(
        subject.lower_
    )
    return subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or described


def _antecedent(head: Token) -> Token | None:
    """Whom a relative "who" stands for: the noun it hangs on, or, when the parse hung it
    on the last noun of an appositive ("Élodie Marchetti-Vasseur, leader of the Green
    group, who told …"), the person's name that phrase describes; None when the parse
    hung it on no person ("a counsellor based in Horsham, who says")."""
    current, human = head, None
    for _ in range(4):
        if current.ent_type_ == "PERSON":
            return current
        if human is None and human_description(current.lower_):
            human = current  # "a spokeswoman for the council, who said": the spokeswoman
            if current.dep_ == "appos" and current.head.pos_ == "PROPN":
                return current.head  # "Efua, a healthcare assistant who asked …"
            if current.dep_ != "appos":
                break
        if current.dep_ not in ("pobj", "prep", "appos", "acl"):
            break
        current = current.head
    return human  # a place or a thing the parse hung "who" on is nobody


def _name_just_before(verb: Token) -> Token | None:
    """A person's name the parse did not make the subject of the verb right after it:
    "Kingfishers coach Moana Pātete-Walsh said" (coach parsed as a verb), or with an
    appositive between ("…, Anne-Sophie Mercier-Dubois, director general of the alliance,
    said", the name parsed as a conjunct of the place before it)."""
    doc = verb.doc
    before = doc[verb.i - 1]
    from_place = before.dep_ == "pobj" and before.head.lower_ in ("from", "in", "of")
    if before.ent_type_ == "PERSON" and before.pos_ == "PROPN" and not from_place:
        return before  # not "the 19-year-old from Mendaro said"
    if before.text != ",":
        return None
    last = doc[verb.i - 2] if verb.i > 1 else before
    # "In a statement read by X, Ellis's mother, Sorcha Ní Bhriain, said"; "…, the judge,
    # Mr Justice Oakenfold, said": a name in apposition the parse hung on an earlier phrase
    typed = last.ent_type_ == "PERSON" or (last.ent_type_ == "" and last.head.pos_ == "NOUN")
    if last.pos_ == "PROPN" and last.dep_ == "appos" and typed:
        return last
    i = verb.i - 2
    while i > 0 and verb.i - i < 14 and doc[i].text != ",":
        in_prep = doc[i].dep_ == "pobj" or (
            doc[i].dep_ == "compound" and doc[i].head.dep_ == "pobj"
        )
        if doc[i].pos_ in ("VERB", "AUX") or (doc[i].ent_type_ == "PERSON" and not in_prep):
            return None  # a clause, or a second person: not an appositive ("for North Wenlow"
            # may be tagged a person: inside a preposition's phrase it is not one)
        i -= 1
    name = doc[i - 1] if i > 0 and doc[i].text == "," else None
    if name is not None and name.ent_type_ == "PERSON" and name.pos_ == "PROPN":
        return name
    return None


def _person_phrase_before(verb: Token) -> Token | None:
    """A person's description the parse hung elsewhere, right before a verb left without a
    subject: "Outside the offices in Brantwell, a spokesperson for the families said:"
    (the spokesperson made an apposition of the town), "A volunteer handing out leaflets
    for the Yes side said:" (the participle read as the verb's clause). The phrase must
    end where the verb begins."""
    for child in verb.children:  # "A volunteer handing out leaflets … said"
        if child.dep_ == "ccomp" and child.i < verb.i and child.tag_ == "VBG":
            early = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            person = early and early[0].pos_ == "NOUN" and human_description(early[0].lower_)
            if person and child.right_edge.i == verb.i - 1:
                return early[0]
    before = verb.doc[verb.i - 1]
    for head in (t for t in before.ancestors if t.i < verb.i):
        if head.right_edge.i != verb.i - 1 or head.dep_ not in ("appos", "pobj", "conj"):
            continue
        if head.pos_ == "NOUN" and human_description(head.lower_):
            return head
    return None


# Speech verbs whose passive subject is the one spoken to ("was told", "were warned").
_PASSIVE_LISTENER = set(
    "told asked warned advised urged informed reminded assured reassured promised".split()
)


def spoken_to(verb: Token) -> bool:
    """A passive cue whose subject is the listener: "he had been told to “leave it with
    finance”" quotes whoever told him, whom the sentence does not name."""
    return verb.lower_ in _PASSIVE_LISTENER and any(c.dep_ == "auxpass" for c in verb.children)


def agent_of(verb: Token) -> Token | None:
    """The one doing a passive verb: "asked by presenter Sinéad Clohessy" gives Clohessy."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def _person_in_apposition(subjects: list[Token], nearest: Token) -> Token:
    """Of two subjects the parse gave one verb, a named person whose apposition holds the
    other: "Lucía Ferrer, a caseworker at the charity Open Gate, which …, said" (the parse
    made "Gate" a subject too) is Ferrer's."""
    first = subjects[0]
    doc = first.doc
    if (
        first.ent_type_ == "PERSON"
        and first.i < nearest.i
        and first.i + 1 < len(doc)
        and doc[first.i + 1].text == ","
        and nearest.pos_ == "PROPN"
    ):
        return first
    return nearest


def _person_of(subject: Token) -> Token:
    """The named person the parse hung inside an organisation's name or a title's phrase:
    "said Group Commander Neil Bascombe of Ardenshire Fire and Rescue Service" (the subject
    "Service") is Bascombe's."""
    doc = subject.doc
    for token in subject.subtree:  # or "said Station Commander Nikhil Rawbone of …" (the
        if token.i + 1 >= len(doc):  # subject "Commander", the name hung on "Service")
            break
        after = doc[token.i + 1]
        if token.ent_type_ == "PERSON" and after.ent_type_ != "PERSON" and after.lower_ == "of":
            return token
    return subject


def _role_at_end(subject: Token) -> Token:
    """The person noun ending an indefinite subject the parse headed with an organisation's
    name: "A Department for Work and Welfare spokeswoman said" (the subject "Department",
    "spokeswoman" hung on "for") is the spokeswoman's."""
    last = subject.doc[subject.right_edge.i]
    if (
        last.i > subject.i
        and last.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children)
        and human_description("a " + last.lower_)
    ):
        return last
    return subject


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb`` or of the verb it hangs from (adding, saying, speaking)."""
    if verb.i > 0 and not any(  # "the 19-year-old from Mendaro said": "old" is the subject
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.pos_ in ("NOUN", "PROPN", "PRON") or c.lower_ == "old")
        for c in verb.children
    ):
        named = _name_just_before(verb) or _person_phrase_before(verb)
        if named is not None:
            return named
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # a mis-parse can give two: the nearest is the verb's own
            nearest = min(subjects, key=lambda c: abs(c.i - current.i))  # type: ignore[union-attr]
            before = [c for c in subjects if c.i < current.i]
            if before and nearest.i > current.i and nearest.pos_ in ("NOUN", "PROPN"):
                nearest = before[-1]  # "Chidi Eze … said outside court:": not "court"; "the
                # inquiry chair, Dame X, told Mr Faircloth:": not the one she told
            if len(before) > 1 and nearest.ent_type_ != "PERSON":
                nearest = _person_in_apposition(before, nearest)
            if nearest.pos_ == "PROPN" and nearest.ent_type_ != "PERSON":
                nearest = _role_at_end(_person_of(nearest))
            if nearest.lower_ == "who" and current.dep_ == "relcl":
                return _antecedent(current.head) or nearest  # "X, …, who told the chamber:"
            return nearest
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN"):
            return current.head
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "prep", "pobj", "acl"):
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                return current.head
            current = current.head
            continue
        break
    aside = _aside_subject(verb)  # "Adebowale, told this, said: “…”"
    if aside is not None:
        return aside
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
    for child in verb.lefts:  # "Delacroix-Obi paused, then said:" parsed as said(paused)
        if child.dep_ in ("ccomp", "conj", "advcl") and child.pos_ == "VERB":
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if subjects and any(t.lower_ in ("then", "and") for t in verb.doc[child.i : verb.i]):
                return subjects[0]
    return None


def _aside_subject(verb: Token) -> Token | None:
    """``X, told this, said:`` parsed with X as the subject of the aside ("told") and the
    speech verb with none: X, when commas set the aside off between them."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for child in verb.lefts:
        if (
            child.dep_ in ("ccomp", "advcl")
            and child.tag_ in ("VBN", "VBD", "VBG")
            and child.is_lower
            and not child.ent_type_  # not "Van den Abeele" with "den" taken for a verb
        ):
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]
            if subjects and subjects[0].pos_ == "PROPN" and doc[subjects[0].i + 1].text == ",":
                return subjects[0]
    return None
