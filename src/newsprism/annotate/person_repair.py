"""People the tagger missed: entity spans whose words say they are a person's name.

The small English pipeline labels many rare names as organisations, places or
facilities ("Cosmo Lourenço" ORG, "Yevgenia Koltsova" GPE, "Hyacinth
Ilunga-Fenton" FAC), and then their lone surnames too ("Bondarchuk" GPE after
"Oleksandr Bondarchuk"). Every later rule (who is a speaker, who "she" is,
which entity a quote belongs to) reads the label, so one wrong label costs a
whole passage. This module relabels, before any of them runs:

* a span of two or three capitalised words labelled ORG, GPE, FAC, LOC, NORP,
  PRODUCT, WORK_OF_ART or EVENT whose first word is a known first name (the
  first-name tables of ``person_words``: one whose gender is clear, or a common one
  either gender has, as ``full_names`` decides) and whose last word does not end an
  institution's or a place's name ("Washington Post", "Victoria Station"),
  unless that first word stands alone elsewhere in the text as a place;
* the same shape left untyped, when the parser calls its words proper nouns;
* one or two initials and a name ("R. Manickavasagam", "S. Lakshmi Narayanan"), the way
  South Indian and other names are printed;
* a lone capitalised word with any of those labels, or none, that is the
  surname (or the first name) of a person named in full earlier in the text;
* a first name the tagger left just outside a name ("Anjali" + "Sathaye-Morrow's");
* a second surname it left just outside one ("Joaquín Sarmiento" + "Ibáñez"), when the
  parser makes the name's last word a compound of that proper noun;
* and it cuts what has no letter off the end of a person's name ("Mirela Popescu 4-6"),
  and gives a "person" whose last word only ends companies' names back to them
  ("Coastline Buses");
* a lone word labelled a person that the tagger calls a place after "in", "from",
  "into" … elsewhere ("wanted in Veldoria … the assurances Veldoria had given"), unless
  it is a known first name or part of a full name;
* in an untyped name, a title widened by a word before it ("District Judge",
  "Chief Inspector") is left out of the name like the title itself;
* and two adjacent person entities that are one name ("Cllr Bernadette" + "Kowalczyk",
  ``names.name_split``) become one.

Every relabelled span keeps its boundaries; the reason is kept on the doc
(``doc.user_data["person_repairs"]``: ``(start_char, end_char, old_label,
reason)``) so a finding built on it can say why.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.annotate.full_names import PLACE_HEADS, PLACE_PREPS, full_name
from newsprism.annotate.given_names import familiar_forms
from newsprism.annotate.names import is_role_noun, name_split, token_key
from newsprism.annotate.particles import (
    RELABEL,
    particle_surnames,
    with_particle_given,
    with_particle_surname,
)
from newsprism.annotate.person_words import (
    NON_PERSON_HEADS,
    TITLE_MODIFIERS,
    TITLES,
    first_names,
)

_DONE = "person_repairs"

# Last words that end only a company's name, never a person's ("Coastline Buses", "Harlow
# Vale Developments"; not "Power" or "Water", which are surnames too).
_COMPANY_ENDS = set(
    "foods homes partners holdings inc inc. ltd ltd. plc llc corp corp. corporation motors "
    "systems technologies industries labs studios airways railways pharmaceuticals logistics "
    "electronics ventures properties developments buses minerals dairies airlines biologics "
    "therapeutics biosciences diagnostics ports freight shipping insurance brewery".split()
)


def repair_people(doc: Doc) -> Doc:
    """Relabel the missed person names of ``doc`` in place (idempotent); returns ``doc``."""
    if _DONE in doc.user_data:
        return doc
    repairs: list[tuple[int, int, str, str]] = []
    doc.user_data[_DONE] = repairs
    ents = list(doc.ents)
    lone_places = {
        e.text.lower() for e in ents if len(e) == 1 and e.label_ in ("GPE", "LOC", "NORP")
    }
    names = first_names()
    changed = False
    for i, ent in enumerate(ents):  # "Mirela Popescu 4-6", "Ms Fotheringham told": neither
        end = ent.end  # a score nor a verb is part of a name
        while end > ent.start + 1 and (
            not any(ch.isalpha() for ch in doc[end - 1].text)
            or (doc[end - 1].is_lower and doc[end - 2].text != "-")  # not "Park Ji-hoon"
        ):
            end -= 1
        if ent.label_ == "PERSON" and end < ent.end:
            ents[i] = Span(doc, ent.start, end, label="PERSON")
            repairs.append((ent.start_char, ents[i].end_char, "PERSON", "words after a name"))
            changed = True
    taken = {t.i for e in ents for t in e}
    for i, ent in enumerate(ents):  # "Ana María" + "de la Cruz Ibarra" is one name
        longer = with_particle_surname(ent, taken, ents, names)  # "van" + "der Berg", then
        longer = (longer and with_particle_given(longer, taken, names)) or longer  # "Ilse"
        longer = longer or with_particle_given(ent, taken, names)
        if longer is not None:
            ents[i] = longer
            taken.update(range(longer.start, longer.end))
            repairs.append(
                (longer.start_char, longer.end_char, "PERSON", "surname with a particle")
            )
            changed = True
    if changed:  # the surname's own span ("Merwe-Lund" ORG) is inside the name now
        people = [e for e in ents if e.label_ == "PERSON"]
        ents = [
            e
            for e in ents
            if e.label_ == "PERSON"
            or not any(p.start <= e.start and e.end <= p.end for p in people)
        ]
    for i, ent in enumerate(ents):  # "Joaquín Sarmiento" + "Ibáñez" is one name
        longer = _with_second_surname(ent, taken)
        if longer is not None:
            ents[i] = longer
            taken.add(longer.end - 1)
            repairs.append((ent.start_char, longer.end_char, "PERSON", "second surname"))
            changed = True
    places = {  # "wanted in Veldoria": a place, where a preposition of place says so
        e.text
        for e in ents
        if e.label_ in ("GPE", "LOC") and e.start > 0 and doc[e.start - 1].lower_ in PLACE_PREPS
    }
    in_names = {t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
    for i, ent in enumerate(ents):  # "Coastline Buses" is a company, not a person
        if ent.label_ != "PERSON":
            continue
        lone = len(ent) == 1 and ent.text in places and ent.text not in in_names
        if lone and ent.text.lower() not in names:
            ents[i] = Span(doc, ent.start, ent.end, label="GPE")  # "wanted in Veldoria …
            repairs.append((ent.start_char, ent.end_char, "PERSON", "a place elsewhere"))
            changed = True  # … the assurances Veldoria had given"
            continue
        if len(ent) >= 2 and ent[-1].lower_ in _COMPANY_ENDS:
            why = "a company's name"
        elif len(ent) >= 2 and ent[0].lower_ == "team":
            why = "a team's name"  # "Team Aurelis"
        elif _which_after(ent):
            why = "'which' after it"  # "Sablon Ports, which runs the terminal,"
        else:
            continue
        ents[i] = Span(doc, ent.start, ent.end, label="ORG")
        repairs.append((ent.start_char, ent.end_char, "PERSON", why))
        changed = True
    dropped: set[int] = set()
    for i, ent in enumerate(ents):  # "Anjali" + ORG "Sathaye-Morrow's" is one name
        prev = ents[i - 1] if i > 0 and i - 1 not in dropped else None
        if name_split(prev, ent, names):  # "Cllr Bernadette" + "Kowalczyk" is one name
            assert prev is not None
            dropped.add(i - 1)
            ents[i] = Span(doc, prev.start, ent.end, label="PERSON")
            repairs.append((prev.start_char, ent.end_char, "PERSON", "one name split in two"))
            changed = True
            continue
        joined = _with_first_name(ent, names, lone_places)
        if joined is not None:
            if i > 0 and ents[i - 1].end > joined.start:  # "Yolanda" tagged a place
                dropped.add(i - 1)
            ents[i] = joined
            repairs.append((joined.start_char, joined.end_char, ent.label_, "first name before"))
            changed = True
    ents = [e for k, e in enumerate(ents) if k not in dropped]
    for i, ent in enumerate(ents):
        if ent.label_ in RELABEL:  # "Edith Pengelly's husband", "Dominic Fairbairn 6-5"
            name = _without_tail(ent)
            ent = name if name is not ent and full_name(name, names, lone_places) else ent
        if ent.label_ in RELABEL and (named := _name_after_role(ent, names, lone_places)):
            ents[i] = named  # "District Collector Meenakshi Iyer", tagged an organisation
            repairs.append((ent.start_char, ent.end_char, ent.label_, "role before a name"))
            changed = True
            continue
        if ent.label_ not in RELABEL or not full_name(ent, names, lone_places):
            continue
        ents[i] = Span(doc, ent.start, ent.end, label="PERSON")
        repairs.append((ent.start_char, ent.end_char, ent.label_, "first name"))
        changed = True
    taken = {t.i for e in ents for t in e}
    i = 0
    while i < len(doc):  # untyped: "Deirdre Trencher-Blum and Alphonse Kabongo met in 1969"
        end = i
        while (
            end < len(doc)
            and end not in taken
            and (
                (doc[end].pos_ == "PROPN" and doc[end].is_title)
                or (doc[end].text == "-" and end > i and doc[end - 1].pos_ == "PROPN")
                or (doc[end].is_title and end > i and doc[end - 1].text == "-")  # "-Reyes" NOUN
            )
        ):
            end += 1
        start = i  # "Detective Superintendent Nikhil Chaudhary-Lowe": the name after the titles
        while start < end - 2 and (
            doc[start].lower_ in TITLES
            or (doc[start].lower_ in TITLE_MODIFIERS and doc[start + 1].lower_ in TITLES)
        ):
            start += 1
        span = Span(doc, start, end, label="PERSON") if end > start else None
        if span is not None and doc[end - 1].text != "-" and full_name(span, names, lone_places):
            ents.append(span)
            taken.update(range(start, end))
            repairs.append((span.start_char, span.end_char, "", "first name"))
            changed = True
        i = max(end, i + 1)
    ents.sort(key=lambda e: e.start)
    surnames = {_surname(e) for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    surnames.discard("")
    first_at = {_surname(e): e.start_char for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    given = {  # first names (as keys) of people named in full, and where first named
        token_key(e[0].text): e.start_char
        for e in reversed(ents)
        if e.label_ == "PERSON" and len(e) >= 2 and e[0].lower_ in names
    }
    for first, at in list(given.items()):  # "Winnie" after "Winifred Ashdown"
        for form in familiar_forms(first):
            given[form] = min(at, given.get(form, at))
    for i, ent in enumerate(ents):
        word = ent.text
        if ent.label_ in RELABEL and word in surnames and first_at[word] < ent.start_char:
            reason = "surname of " + word
        elif (
            ent.label_ in RELABEL
            and len(ent) == 1
            and given.get(token_key(word), ent.start_char) < (ent.start_char)
        ):
            reason = "first name of " + word  # "Ashkan's mother" after "Ashkan Farahmandpour"
        else:
            continue
        if _lone_word(ent):
            ents[i] = Span(doc, ent.start, ent.end, label="PERSON")
            repairs.append((ent.start_char, ent.end_char, ent.label_, reason))
            changed = True
    for tail, at in particle_surnames(ents).items():  # "Van der Merwe-Lund grew up …"
        for i in range(len(doc) - len(tail) + 1):
            words = doc[i : i + len(tail)]
            # "Ó Súilleabháin grew up …", the surname tagged a nationality on its own
            mistyped = [e for e in ents if e.start == words.start and e.end == words.end]
            mistyped = [e for e in mistyped if e.label_ in RELABEL]
            if (
                words.start_char > at
                and tuple(t.lower_ for t in words) == tail
                and (mistyped or not any(t.i in taken or t.ent_type_ for t in words))
                and (i + len(tail) >= len(doc) or not doc[i + len(tail)].is_title)
            ):
                others = [e for e in ents if e.start < words.end and words.start < e.end]
                if others != mistyped[:1] and others:
                    continue  # inside another name or entity
                if mistyped:
                    ents.remove(mistyped[0])
                ents.append(Span(doc, words.start, words.end, label="PERSON"))
                taken.update(range(words.start, words.end))
                repairs.append((words.start_char, words.end_char, "", "surname of " + words.text))
                changed = True
    for token in doc:  # untyped surnames: "Lourenço, standing beside her, grinned."
        # and untyped first names in a feature: "Doreen rolls her eyes." after "Doreen Ashworth"
        given_here = (
            token.pos_ == "PROPN" and given.get(token_key(token.text), token.idx) < token.idx
        )
        if (
            token.i in taken
            or token.ent_type_
            or not (given_here or (token.text in surnames and first_at[token.text] < token.idx))
            or not token.is_title
            or (token.i > 0 and doc[token.i - 1].is_title and not doc[token.i - 1].is_sent_start)
            or (token.i + 1 < len(doc) and doc[token.i + 1].is_title)
        ):
            continue
        ents.append(Span(doc, token.i, token.i + 1, label="PERSON"))
        kind = "surname of " if token.text in surnames else "first name of "
        repairs.append((token.idx, token.idx + len(token), "", kind + token.text))
        changed = True
    if changed:
        doc.set_ents(sorted(ents, key=lambda e: e.start))
    return doc


def _which_after(ent: Span) -> bool:
    """A name that a relative clause opened by "which" describes is a thing's, not a
    person's ("Halvorsen Biologics, which said …")."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    which = doc[ent.end + 1]
    if which.lower_ != "which":
        return False
    clause = which.head
    return clause.dep_ == "relcl" and ent.start <= clause.head.i < ent.end


def _with_second_surname(ent: Span, taken: set[int]) -> Span | None:
    """A person's name the tagger ended one word early, before a second surname the
    parser hangs the name on ("Joaquín Sarmiento" + "Ibáñez", "Evaristo Mamani" +
    "Choque"): an untyped capitalised proper noun right after it, whose compound the
    name's last word is, that ends no institution's or place's name."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or len(ent) > 3 or ent.end >= len(doc):
        return None
    nxt = doc[ent.end]
    if (
        ent.end in taken
        or nxt.ent_type_
        or nxt.pos_ != "PROPN"
        or not (nxt.is_title and nxt.is_alpha)
        or ent[-1].dep_ != "compound"
        or ent[-1].head.i != nxt.i
    ):
        return None
    low = nxt.lower_
    if low in NON_PERSON_HEADS or low in PLACE_HEADS or low in _COMPANY_ENDS or low in TITLES:
        return None
    return Span(doc, ent.start, ent.end + 1, label="PERSON")


def _with_first_name(ent: Span, names: dict[str, str], lone_places: set[str]) -> Span | None:
    """``ent`` with the untyped first name just before it, as one PERSON span, when the two
    make a person's full name ("Anjali" + "Sathaye-Morrow's", "Ashkan" + "Farahmandpour")."""
    if (ent.label_ not in RELABEL and ent.label_ != "PERSON") or ent.start == 0:
        return None
    doc = ent.doc
    first = doc[ent.start - 1]
    if first.ent_type_ and not _place_first_name(first, ent):
        return None
    if not _in_place(first):  # "Yolanda" tagged a place here or in a quote: a name
        lone_places = lone_places - {first.lower_}
    if not first.is_title or first.lower_ not in names:
        return None
    if first.i > 0 and doc[first.i - 1].is_title and not first.is_sent_start:
        return None  # "Port Anjali Sathaye"
    end = ent.end - 1 if ent[-1].lower_ in ("'s", "’s") else ent.end
    span = Span(doc, first.i, end, label="PERSON")
    return span if full_name(span, names, lone_places) else None


def _place_first_name(first: Token, ent: Span) -> bool:
    """A first name the tagger made a place of its own, right before a person's name
    ("Yolanda" GPE + "Márquez Ferrer" PERSON), and nowhere in the text a place one goes
    to, comes from or is in ("in Jordan")."""
    doc = ent.doc
    return (
        ent.label_ == "PERSON"
        and first.ent_type_ in ("GPE", "LOC", "NORP")
        and first.ent_iob_ == "B"
        and (first.i + 1 == len(doc) or doc[first.i + 1].ent_iob_ == "B")
        and not _in_place(first)
    )


def _in_place(word: Token) -> bool:
    """Whether the text puts ``word`` after a preposition somewhere ("in Jordan")."""
    doc = word.doc
    return any(t.text == word.text and t.i > 0 and doc[t.i - 1].pos_ == "ADP" for t in doc)


def _without_tail(ent: Span) -> Span:
    """``ent`` without the possessive, "and" or score the tagger put at its end, keeping two
    words at least; ``ent`` itself when there is none."""
    doc = ent.doc
    end = ent.end
    while end > ent.start + 2 and (
        doc[end - 1].lower_ in ("'s", "’s", "and")
        or not any(ch.isalpha() for ch in doc[end - 1].text)
    ):
        end -= 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _name_after_role(ent: Span, names: dict[str, str], lone_places: set[str]) -> Span | None:
    """The person's name that ends an entity opening with their role ("District Collector"
    + "Meenakshi Iyer"): two or three words that make a full name, right after a role
    noun or a title."""
    for k in range(1, len(ent) - 1):
        before = ent[k - 1]
        if not (is_role_noun(before.text) or before.lower_ in TITLES):
            continue
        tail = Span(ent.doc, ent.start + k, ent.end, label="PERSON")
        if len(tail.text.split()) in (2, 3) and full_name(tail, names, lone_places):
            return tail
    return None


def _surname(ent: Span) -> str:
    """The last word of a person's name ("Ilunga-Fenton" whole); "" when it ends an
    institution's or a place's name instead ("Wexcombe Rovers")."""
    if ent[-1].lower_ in NON_PERSON_HEADS or ent[-1].lower_ in PLACE_HEADS:
        return ""
    if ent.end - ent.start >= 3 and ent[-2].text == "-":
        return ent[-3:].text
    return ent[-1].text if ent[-1].is_title else ""


def _lone_word(ent: Span) -> bool:
    return len(ent) == 1 or (len(ent) == 3 and ent[1].text == "-")
