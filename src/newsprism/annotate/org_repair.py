"""Organisations the tagger cut in two: "The National Space Agency of" + "Veluria".

The small English pipeline often ends an institution's name before the place it belongs
to, or even after the "of" that joins them ("The Red Cross of" ORG, "Castellane" GPE).
The speaker of "the agency said" is then half a name. Two general repairs, before the
people are repaired and before any rule reads the labels:

* an ORG span that ends in "of" (or "of the") and runs straight into another entity is
  one organisation with it;
* an ORG span tagged from the second half of "X and Y Institute", after "the", takes
  the first half: "The Alpine Snow and Avalanche Institute";
* an ORG span with an institution's word (ministry, agency, embassy, central bank …)
  followed by "of" and a place is one organisation with the place: "the Ministry of
  Foreign Affairs" + "of Kestria". A company "of Leeds" stays a company: its head is no
  institution's word.

A dateline the tagger ran into a name ("AL-RAWDA CROSSING - Samira Abu-Zeid") is cut
off at its dash.

Each repair is kept in ``doc.user_data["org_repairs"]`` as ``(start_char, end_char,
reason)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsprism.annotate.person_words import NON_PERSON_HEADS

_DONE = "org_repairs"

_INSTITUTIONS = set(
    "ministry department agency embassy consulate government parliament assembly senate "
    "congress court tribunal commission council authority office service bank police army "
    "navy cross crescent republic kingdom federation institute academy".split()
)
_ORG_WORDS = _INSTITUTIONS | set(
    "institute administration association society union foundation trust board centre "
    "center museum college university hospital company group club league organisation "
    "organization network alliance party federation".split()
)
_JOINABLE = ("GPE", "LOC", "ORG", "NORP", "FAC")


def repair_organisations(doc: Doc) -> Doc:
    """Join the cut organisation names of ``doc`` in place (idempotent); returns ``doc``."""
    if _DONE in doc.user_data:
        return doc
    repairs: list[tuple[int, int, str]] = []
    doc.user_data[_DONE] = repairs
    ents = [_after_dateline(e, repairs) for e in doc.ents]
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        joined = _joined(ent, nxt) if nxt is not None else None
        step = 2 if joined is not None else 1
        if joined is None:
            joined = _extended(ent, nxt.start if nxt is not None else len(doc))
        if joined is None:
            joined = _coordinated(ent, out[-1].end if out else 0)
        if joined is not None:
            repairs.append((joined.start_char, joined.end_char, _why(ent)))
        out.append(joined or ent)
        i += step
    if repairs:
        doc.set_ents([e for e in out if len(e)])
    return doc


def _joined(ent: Span, nxt: Span) -> Span | None:
    if ent.label_ != "ORG" or nxt.label_ not in _JOINABLE:
        return None
    doc = ent.doc
    if ent[-1].lower_ == "of" or (len(ent) >= 2 and [t.lower_ for t in ent[-2:]] == ["of", "the"]):
        if nxt.start == ent.end:
            return Span(doc, ent.start, nxt.end, label="ORG")  # "The Red Cross of" + "Castellane"
        return None
    if nxt.label_ not in ("GPE", "LOC") or not any(t.lower_ in _INSTITUTIONS for t in ent):
        return None
    between = doc[ent.end : nxt.start]
    if [t.lower_ for t in between] in (["of"], ["of", "the"]):
        return Span(doc, ent.start, nxt.end, label="ORG")  # "Ministry of …" + "of Kestria"
    return None


def _after_dateline(ent: Span, repairs: list[tuple[int, int, str]]) -> Span:
    """A dateline the tagger ran into the first name after it: "AL-RAWDA CROSSING -
    Samira Abu-Zeid" is the name after the dash (whose label ``person_repair`` then
    judges)."""
    for token in ent:
        if (
            token.text in ("-", "—", "–")
            and token.i > ent.start
            and token.whitespace_
            and token.nbor(-1).whitespace_
            and all(t.is_upper or not t.is_alpha for t in ent.doc[ent.start : token.i])
            and token.i + 1 < ent.end
        ):
            rest = Span(ent.doc, token.i + 1, ent.end, label=ent.label_)
            repairs.append((rest.start_char, rest.end_char, "a dateline cut off"))
            return rest
    return ent


def _extended(ent: Span, limit: int) -> Span | None:
    """An ORG span ending in "of" before capitalised words no entity holds: "The Red Cross
    of" + "Castellane" (tagged nothing)."""
    if ent.label_ != "ORG" or ent[-1].lower_ != "of":
        return None
    doc = ent.doc
    end = ent.end
    while end < limit and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
        end += 1
    return Span(doc, ent.start, end, label="ORG") if end > ent.end else None


def _coordinated(ent: Span, floor: int) -> Span | None:
    """An organisation whose name joins two things with "and", tagged from the second:
    "The" + "Alpine Snow" (untagged) + "and" + "Avalanche Institute"."""
    if ent.label_ != "ORG" or ent[-1].lower_ not in _ORG_WORDS or ent.start < 3:
        return None
    doc = ent.doc
    if doc[ent.start - 1].lower_ != "and":
        return None
    start = ent.start - 1
    while (
        start - 1 > floor
        and doc[start - 1].is_title
        and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    if start == ent.start - 1 or doc[start - 1].lower_ != "the":
        return None
    return Span(doc, start, ent.end, label="ORG")


def _why(ent: Span) -> str:
    if ent[-1].lower_ in ("of", "the"):
        return "name cut after 'of'"
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "and":
        return "a name joining two things with 'and'"
    return "an institution and the place it belongs to"


def abbreviation(ent: Span) -> bool:
    """An entity in brackets after a lower-case word: a common noun's abbreviation."""
    doc = ent.doc
    return (
        ent.start >= 2
        and ent.end < len(doc)
        and doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
        and doc[ent.start - 2].is_lower
    )


def untagged_organisations(doc: Doc) -> list[Span]:
    """Runs of capitalised words the tagger left untyped whose last word ends a company's or
    a club's name ("Riverbend Athletic", "Nordvik Seafood")."""
    runs = []
    i = 0
    while i < len(doc):
        end = _title_run_end(doc, i) if doc[i].pos_ != "DET" else i
        if end - i >= 2 and doc[end - 1].lower_ in NON_PERSON_HEADS:
            runs.append(doc[i:end])
        i = max(end, i + 1)
    return runs


def _title_run_end(doc: Doc, i: int) -> int:
    """The end of the run of capitalised words from ``i`` that no entity covers (the tagger
    may call "Riverbend Athletic" a noun and an adjective)."""
    end = i
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
        end += 1
    return end
