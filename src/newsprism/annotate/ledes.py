"""The person a news lede leaves unnamed and the next paragraphs name (delayed identification).

Reporters often open on a description and give the name a paragraph later: "A witness in
the trial of a woman accused of murdering her partner has admitted … ¶ Kerry-Ann Doyle, 36,
lived in the flat below …". The witness is Kerry-Ann Doyle, and "the witness said" or "she
said" further down is her, not an unnamed witness. The name must be the first person made a
sentence's subject after the lede, new to the text, of a gender that fits; a speaker with a
different role ("Detective Inspector Jo Reyes said …") is someone else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.annotate import speakers as sp
from newsprism.annotate.cues import is_cue
from newsprism.annotate.occupations import doers

_INDEFINITE = {"a", "an"}
#: How many paragraphs after the lede's may hold the name.
PARAGRAPHS = 2
#: A title that holds a role under another word: "Justice X" is a judge.
_TITLE_ROLES = {"justice": "judge", "judge": "judge", "dr": "doctor"}


def lede_name(doc: Doc, subject: Token, desc: Span) -> Span | None:
    """The name a later paragraph gives the lede's unnamed subject ``desc``, or None.

    ``subject`` is the head of ``desc``, the subject of the first sentence of the text's
    first paragraph ("A Venezuelan nurse who worked … has won the right to stay").
    """
    text = doc.text
    if desc[0].lower_ not in _INDEFINITE or subject.tag_ in ("NNS", "NNPS"):
        return None
    if "\n" in text[: subject.idx].strip() or subject.sent.start != _first_subject(doc):
        return None  # not the lede: the first sentence with a subject (after a dateline)
    lede_end = text.find("\n", subject.idx)
    if lede_end < 0:
        return None
    lede = text[:lede_end]
    window = text.find("\n\n", text.find("\n\n", lede_end + 2) + 2)  # the next two
    did = doers(doc, subject.lower_, window if window > 0 else len(text), lede_end)  # paragraphs
    if len({n[-1].text for n in did}) == 1 and did[0][-1].text not in lede:
        return sp.strip_titles(did[0])  # "A lorry driver … ¶ … ¶ X, who was driving a lorry"
    if any(_someone_else(t, desc) for t in doc if t.idx < lede_end):
        return None  # "A coroner has concluded that a 19-year-old student …": which one?
    wanted = sp.gender_of_words([t.lower_ for t in desc if t.i <= subject.i])
    paragraphs = 0
    for sent in doc.sents:
        if sent.start_char <= lede_end:
            continue
        if "\n" in text[sent.start_char - 1 : sent.start_char]:
            paragraphs += 1
        if paragraphs > PARAGRAPHS:
            return None
        titled = _titled(doc, sent, subject.lower_)
        if titled is not None:  # "A senator has accused … ¶ … clashed with Senator X"
            return titled if titled[-1].text not in lede else None
        subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("NNS", "NNPS"):
            continue  # "The daughters say …": not one person
        if subj.pos_ == "PRON":
            if subj.lower_ in ("he", "she", "i"):
                return None  # the lede's person goes on unnamed
            continue
        name = sp.name_of(doc, subj)
        if name is None or not _person_ent(doc, name):
            continue
        bare = sp.strip_titles(name)
        if len(bare.text.split()) < 2 or bare[-1].text in lede:
            return None  # already named in the lede: someone else
        gender = sp.gender_of_name(bare.text)
        if wanted is not None and gender is not None and gender != wanted:
            return None  # "A mother … ¶ Her son, Tom Ashby, …"
        speaks = (  # "… said the attack was …", "… said: “…”"; not "was called", nor
            subj.dep_ == "nsubj"  # "denies 14 counts of fraud": a plea is the accused's own
            and is_cue(sent.root, False) is not None
            and (
                any(c.dep_ == "ccomp" for c in sent.root.children) or any(t.is_quote for t in sent)
            )
        )
        if speaks and subject.lower_ not in _roles(doc, subj, name):
            return None  # "A man has died … ¶ Detective Inspector Jo Reyes said …"
        return bare
    return None


def _titled(doc: Doc, sent: Span, role: str) -> Span | None:
    """The one person of ``sent`` whose title is the lede's noun ("Senator Jacinta
    Morrow-Baird" for "A senator"), with a full name."""
    found = [
        e
        for e in sent.ents
        if e.label_ == "PERSON"
        and e.start > 0
        and doc[e.start - 1].lower_.rstrip(".") == role
        and len(sp.strip_titles(e).text.split()) >= 2
    ]
    return sp.strip_titles(found[0]) if len(found) == 1 else None


def _someone_else(token: Token, desc: Span) -> bool:
    """Another unnamed person in the lede, outside the subject's own phrase ("a student"
    in "A coroner has concluded that a student …", not "a woman" in "A witness in the
    trial of a woman …")."""
    return (
        not desc.start <= token.i < desc.end
        and token.pos_ == "NOUN"
        and token.tag_ not in ("NNS", "NNPS")
        and token.lower_ not in sp.COLLECTIVE  # "told a jury"
        and any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children)
        and sp.human_description(token.lower_)
    )


def _first_subject(doc: Doc) -> int:
    """Where the first sentence that has a subject starts ("LAC-VERNEUIL, Que. — A judge
    has …": not the dateline's)."""
    for sent in doc.sents:
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in sent):
            return sent.start
    return -1


def _person_ent(doc: Doc, name: Span) -> bool:
    return any(e.label_ == "PERSON" and e.start <= name.start < e.end for e in doc.ents) or any(
        e.label_ == "PERSON" and name.start <= e.start < name.end for e in doc.ents
    )


def _roles(doc: Doc, subj: Token, name: Span) -> set[str]:
    """The role words given with a name: its titles ("Justice", "Dr") and the heads of its
    appositives ("a forensic document examiner")."""
    near = doc[max(0, name.start - 2) : name.end]  # "Mrs Justice Ng", "Dr Lieselotte Brandt"
    roles = {_TITLE_ROLES[w] for t in near if (w := t.lower_.rstrip(".")) in _TITLE_ROLES}
    roles |= {c.lower_ for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    before = sp.role_before(doc, name)
    roles |= {t.lower_ for t in before} if before is not None else set()
    return roles
