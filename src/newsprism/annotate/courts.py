"""Who is who in a court report: the officers of the court and the defendants.

A court report names the judge, the lawyers and the defendant, and then calls someone
"the 58-year-old", "the defendant", "the accused" or "the complainant". The judge or a
barrister is never the one a description of a party points to ("Judge Abimbola Fashola
said …. As he was led to the cells, the 23-year-old shouted"), and the defendant is never
the complainant or the victim, while "the accused" is the defendant when one is known; "the
jury" is none of the people named. ``parties`` narrows the referents a definite description
may take by these rules; everything else stays with ``descriptions``.

An officer of the court is a person named after a judicial or legal title ("Judge",
"District Judge", "Sheriff", "Recorder", "prosecutor", "Bench chairman", "Defence agent",
"His brief,") or with "KC"/"QC" or ", prosecuting"/", defending" after the name. A defendant is the
subject of "denies", "admits", "pleaded", or the one "jailed", "convicted", "sentenced",
"charged", "fined" or "banned".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsprism.annotate import pronouns as pr
from newsprism.annotate import speakers as sp

__all__ = ["OFFICER_HEADS", "parties"]

# Heads of descriptions that may point to an officer of the court.
OFFICER_HEADS = set(
    "judge prosecutor barrister lawyer counsel solicitor sheriff coroner recorder magistrate "
    "chair chairman chairwoman kc qc silk advocate attorney justice agent brief".split()
)
_TITLES = (OFFICER_HEADS - {"chair", "agent"}) | {"defence", "defense", "fiscal", "procurator"}
_AFTER = {"kc", "qc", "prosecuting", "defending"}
_PARTIES_HARMED = {"complainant", "victim"}
_PARTIES = _PARTIES_HARMED | {"accused", "defendant", "witness", "claimant", "appellant"}
_BODIES = {"jury", "panel", "tribunal", "court", "bench"}
_ACCUSED = {"accused", "defendant"}
_DEFENDANT_VERBS = {"deny", "admit", "plead"}
_DEFENDANT_PASSIVES = {"jail", "convict", "sentence", "charge", "fine", "ban", "remand"}


def parties(doc: Doc, description: str, pool: list[pr.Candidate]) -> list[pr.Candidate]:
    """``pool`` without those ``description`` cannot point to: the officers of the court
    (unless its head is a title they hold), and the defendants for "the complainant" and
    "the victim"."""
    head = pr.description_head(description) or ""
    if head in _BODIES:
        return []  # "the jury asked": a body, never one of the people named
    if not sp.human_description(description) and head not in _PARTIES:
        return pool  # "the judgment said": a document, the judge's
    officers, defendants = _roles(doc)
    if head not in OFFICER_HEADS:
        pool = [c for c in pool if not (c.name and pr.surname_key(c) in officers)]
    if head in _PARTIES_HARMED:
        pool = [c for c in pool if not (c.name and pr.surname_key(c) in defendants)]
    accused = [c for c in pool if c.name and pr.surname_key(c) in defendants]
    return accused if head in _ACCUSED and accused else pool


def _roles(doc: Doc) -> tuple[set[str], set[str]]:
    cached: tuple[set[str], set[str]] | None = doc.user_data.get("court_roles")
    if cached is not None:
        return cached
    officers: set[str] = set()
    defendants: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        key = _key(ent)
        if _officer(doc, ent):
            officers.add(key)
        elif _defendant(ent):
            defendants.add(key)
    doc.user_data["court_roles"] = (officers, defendants)
    return officers, defendants


def _key(ent: Span) -> str:
    """The surname, as ``pronouns.surname_key`` keys a candidate: titles and letters after
    the name dropped as for every speaker's name ("Hugo Marchbank KC" → marchbank)."""
    return sp.strip_titles(ent).text.split()[-1].lower().removesuffix("'s").removesuffix("’s")


def _officer(doc: Doc, ent: Span) -> bool:
    before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start]]
    if any(w in _TITLES for w in before) or any(t.lower_ in _TITLES for t in ent[:-1]):
        return True
    after = [t.lower_ for t in doc[ent.end : ent.end + 2] if t.text != ","]
    return (bool(after[:1]) and after[0] in _AFTER) or any(t.lower_ in _AFTER for t in ent)


def _defendant(ent: Span) -> bool:
    root = ent.root
    verb = root.head
    if root.dep_ == "nsubj":
        return verb.lemma_.lower() in _DEFENDANT_VERBS
    return root.dep_ == "nsubjpass" and verb.lemma_.lower() in _DEFENDANT_PASSIVES
