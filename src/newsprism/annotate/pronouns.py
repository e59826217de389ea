"""Anaphors of a quote's speaker: pronouns, definite descriptions and short names.

Split from ``speakers`` to keep modules short. A pronoun (``she said``), a
definite description (``the 24-year-old said``, ``the council said``) or a bare
first name (``Trudie told us``) names nobody by itself: it points back to
someone the reporter introduced. Each is resolved only when the text settles it;
when two compatible referents compete the anaphor stays unresolved, because a
wrong speaker costs more than a missing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsprism.annotate.given_names import same_given_name

PRONOUNS = {
    "he": "m",
    "she": "f",
    "they": "p",
    "him": "m",
    "her": "f",
    "them": "p",
    "it": "n",
    "his": "m",  # the owner of "His verdict:"
}
DOCUMENTS = set(
    "statement report letter note sign message email post document study survey notice memo "
    "announcement bulletin release filing tweet advisory circular newsletter".split()
)
# The last word of a club's name: "Riverbend Athletic", "Wexcombe Rovers".
CLUB_WORDS = set(
    "athletic rovers united wanderers albion fc afc rangers hotspur academicals city town "
    "county rfc rufc rlfc racing".split()
)
# The last word of a company's name: "Nordvik Seafood", "Harlow Vale Developments".
COMPANY_WORDS = set(
    "seafood foods homes partners transit holdings inc inc. ltd ltd. plc llc corp corp. "
    "corporation motors energy capital systems technologies technology media resources "
    "industries labs studios games publishing airways railways rail telecom pharma "
    "pharmaceuticals insurance logistics microdevices electronics entertainment ventures "
    "properties residential construction mining oil gas power water developments buses "
    "minerals machinery dairies dairy brewery brewing airlines shipping biologics therapeutics "
    "biosciences diagnostics ports freight supermarkets stores securities robotics genomics "
    "communications lithography semiconductors semiconductor orbital appliances".split()
)
# Heads that any organisation can be called by ("the company"); other institution heads
# ("the council") must occur in the organisation's name.
GENERIC_ORG = set(
    "company firm group business carrier operator airline retailer band charity chain "
    "lender insurer supermarket manufacturer maker brewer housebuilder".split()
)


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
    speaker: bool = False  # was the speaker of a quote, not only mentioned
    group: int = -1  # candidates of one clause ("A and B disagreed") share a group
    main: bool = False  # subject of a sentence's main clause (or a quote's speaker)
    human: bool = True  # a named person, or a description headed by a person noun


# The press in the scene: it asks, and the people it asks answer. A he/she after its
# question is one of them whenever anyone else fits.
PRESS = set("reporter reporters journalist journalists interviewer correspondent".split())


def _is_document(cand: Candidate) -> bool:
    words = (cand.description or "").lower().split()
    return cand.name is None and bool(words) and words[-1] in DOCUMENTS


def surname_key(cand: Candidate) -> str:
    """The surname of a named candidate ("Tom Reed" and "Reed" are one), else its phrase."""
    if cand.name:
        return cand.name.split()[-1].lower()
    return (cand.description or "").lower()


def person_keyer(candidates: list[Candidate]) -> Callable[[Candidate], str]:
    """``surname_key``, except that where two full names share a surname (a father and a
    daughter, "Gurdev Singh Sandhu" and "Harpreet Kaur Sandhu") each full name is its own
    person: what one shows is not the other's. The bare surname stays shared."""
    firsts: dict[str, set[str]] = {}
    for c in candidates:
        words = (c.name or "").split()
        if c.person and len(words) > 1:
            firsts.setdefault(words[-1].lower(), set()).add(words[0])
    shared = {
        surname
        for surname, names in firsts.items()
        if len(names) > 1 and any(not same_given_name(a, b) for a in names for b in names)
    }

    def key(cand: Candidate) -> str:
        surname = surname_key(cand)
        if cand.name and surname in shared and len(cand.name.split()) > 1:
            return cand.name.lower()
        return surname

    return key


def _they(pool: list[Candidate], para_start: int = 0) -> Candidate | None:
    """``they``: the latest group or unnamed speaker, else the latest non-person candidate;
    an unnamed person made the subject in the pronoun's own paragraph since ("An ally of
    the Prime Minister was blunter. “…,” they said.") comes first.

    A named person of unknown gender who spoke last may be a singular *they*; when the
    plural reading would pick someone else, the two compete and nobody is chosen.
    """
    pool = [c for c in pool if not _is_document(c)]  # "they" is never "the report"
    if not pool:
        return None
    speakers = [c for c in pool if c.speaker and c.person and c.name]
    groups = [c for c in pool if c.speaker and (c.name is None or not c.person)] or pool
    here = [c for c in pool if c.at >= para_start and c.main and c.person and c.name is None]
    if here and here[-1].human and here[-1].at > groups[-1].at and here[-1] is pool[-1]:
        return here[-1]
    choice = groups[-1] if groups[-1].name is None or not groups[-1].person else None
    last = speakers[-1] if speakers else None
    if (
        choice is not None
        and last is not None
        and last is not choice
        and last.name
        and last.person
        and last.gender is None
    ):
        return None  # "Rin Solberg said the council had …. “…,” they said": a tie
    return choice


def _competes(
    best: Candidate,
    fits: list[Candidate],
    gender: str,
    para_start: int,
    key: Callable[[Candidate], str] = surname_key,
    prev_start: int | None = None,
) -> bool:
    """Two people the pronoun fits equally: another named person of the pronoun's own
    paragraph (of the window when that paragraph names nobody) whom nothing tells apart
    from ``best`` - neither is known to have the pronoun's gender, or both are."""
    local = [c for c in fits if c.at >= para_start]
    before = [c for c in fits if prev_start is not None and prev_start <= c.at < para_start]
    if not local and best in before and all(key(c) == key(best) for c in before if c.name):
        return False  # "The next day her sister told the jury the opposite. ¶ “…,” she said."
    local = local or fits
    if best not in local:
        return False
    others = [c for c in local if c.name and key(c) != key(best) and c.group != best.group]
    if not best.name or not others:
        return False
    if best.speaker and not any(c.speaker for c in others):
        return False  # the latest speaker goes on speaking: "X said Y had …. “…,” he said"
    return any((c.gender == gender) == (best.gender == gender) for c in others)


def resolve_pronoun(
    pronoun: str,
    at: int,
    candidates: list[Candidate],
    window: int = 900,
    para_start: int = 0,
    prev_start: int | None = None,
) -> Candidate | None:
    """The referent of a pronoun at ``at``, or None when the text does not settle it.

    Candidates are at most ``window`` chars back. ``they`` see ``_they``. ``he``/``she``
    take the latest compatible person, except that the latest *speaker* wins over someone
    merely mentioned since (unless that someone is introduced in the pronoun's own
    paragraph and the speaker is not), and that people of one clause ("A and B
    disagreed") tie unless exactly one is known to fit the gender.
    """
    gender = PRONOUNS.get(pronoun.lower())
    if gender is None:
        return None
    pool = sorted((c for c in candidates if c.at < at and at - c.at <= window), key=lambda c: c.at)
    if gender == "p":
        return _they(pool, para_start)
    if gender == "n":  # "“…,” it said": the latest institution or document
        things = [c for c in pool if not c.person and c.gender != "p"]
        if not things:
            return None
        named = [  # "The company said …": the same phrase, resolved to the company's name
            c
            for c in things
            if c.name and c.description == things[-1].description and things[-1].at - c.at < 10
        ]
        return named[-1] if things[-1].name is None and named else things[-1]
    # What one mention of a person shows holds for all of theirs ("Kaja Lindahl … she",
    # "Lindahl said"): gender and personhood are pooled by surname.
    # So does what a description's "she said" shows for the one it describes.
    key = person_keyer(candidates)
    genders: dict[str, set[str]] = {}
    people: set[str] = set()
    for c in candidates:
        if (c.name or c.description) and c.gender in ("m", "f"):
            genders.setdefault(_pool_key(c, key), set()).add(c.gender)
        if c.name and c.person:
            people.add(key(c))

    def gender_of(c: Candidate) -> str | None:
        pooled = genders.get(_pool_key(c, key), set()) if c.name or c.description else set()
        return c.gender if c.gender or len(pooled) != 1 else next(iter(pooled))

    fits = [
        c
        for c in pool
        if (c.person or (c.name and key(c) in people))
        and (c.name or c.human)  # "the thermometer … reads": not a "she"
        and gender_of(c) in (None, gender)
    ]
    owned = [c for c in fits if not c.name and not c.speaker and _owned_alike(c, gender)]
    if len(owned) < len(fits):  # "Einar Haugland … His father fished them before him. …
        fits = [c for c in fits if c not in owned]  # «…» he says": Einar, not the father
    press = [c for c in fits if not c.name and description_head(c.description) in PRESS]
    if len(press) < len(fits):  # "“Would you?” the reporter pressed. “Never,” she said."
        fits = [c for c in fits if c not in press]
    if not fits:
        return None
    best = fits[-1]
    speakers = [c for c in fits if c.speaker]
    mains = [c for c in fits if c.main]
    if speakers and key(speakers[-1]) != key(best) and not best.at >= para_start > speakers[-1].at:
        best = speakers[-1]
    if mains and mains[-1].at > best.at:
        best = mains[-1]  # Centering: a person made the subject since the last speaker
    start = para_start if any(c.at >= para_start for c in fits) else (prev_start or para_start)
    local_mains = [c for c in mains if c.at >= start and gender_of(c) == gender]
    if local_mains and not best.main and best.at >= start and gender_of(best) is None:
        best = local_mains[-1]  # "Among them was Deborah X, …, dressed as the Ardley Head
        # lighthouse. “…,” she admitted.": the paragraph's subject, known to be a she
    if _competes(best, fits, gender, para_start, key, prev_start):
        return None
    if best.group < 0:
        return best
    group = {key(c): c for c in fits if c.group == best.group}
    if len(group) <= 1:
        return best
    known = [c for c in group.values() if gender_of(c) == gender]
    return known[0] if len(known) == 1 else None


def _owned_alike(c: Candidate, gender: str) -> bool:
    """A "his father" for a he, "her sister" for a she: the pronoun is its owner as often."""
    words = (c.description or "").lower().split()
    return len(words) >= 2 and PRONOUNS.get(words[0]) == gender and c.gender == gender


def _pool_key(c: Candidate, key: Callable[[Candidate], str] = surname_key) -> str:
    """Whose mentions share what one shows: a surname, or the very same description."""
    return key(c) if c.name else "\x00" + (c.description or "").lower()


_PHRASE_CUT = {"at", "of", "for", "in", "from", "with", "on", "by", "who", "which", "that", "as"}
# Words that open a reduced relative after the head: "an official familiar with the case",
# "a diplomat briefed on the talks", "one driver stuck in the queue".
_PHRASE_CUT |= set(
    "familiar close briefed involved speaking knowledgeable aware based working stuck "
    "identified granted authorised authorized living waiting present".split()
)


_DETERMINERS = {"a", "an", "the", "one", "some", "another", "his", "her", "their", "its"}


def description_head(description: str | None) -> str | None:
    """The head noun of a description: its last word before a comma or a modifier
    ("a senior engineer at the dam" → engineer)."""
    words: list[str] = []
    for word in (description or "").lower().replace(",", " , ").split():
        if word in _PHRASE_CUT and words and not set(words) <= _DETERMINERS:  # "a close
            break  # ally of …": an adjective after the article, not a reduced relative
        if word == ",":
            break
        words.append(word)
    return words[-1] if words else None


def centre(
    gender: str | None, at: int, candidates: list[Candidate], window: int = 600
) -> Candidate | None:
    """The named person last made a sentence's subject before ``at`` (the Centering
    backward-looking centre), if the gender fits: what a definite description
    (``the goalkeeper said``) most likely continues when nothing else settles it."""
    people = {surname_key(c) for c in candidates if c.name and c.person}
    for cand in sorted(candidates, key=lambda c: c.at, reverse=True):
        if cand.at >= at:
            continue
        if at - cand.at > window:
            break
        if cand.main and cand.name and surname_key(cand) in people:
            return cand if gender is None or cand.gender in (None, gender) else None
    return None


def resolve_person_description(
    head: str, gender: str | None, at: int, candidates: list[Candidate], window: int = 900
) -> Candidate | None:
    """The named person a definite description (``the 24-year-old``) points back to.

    Only when exactly one named person of a compatible gender is in the window, and no
    unnamed candidate with the same head noun ("a senior official … the official")
    was introduced: otherwise the description stays as it is.
    """
    pool = [c for c in candidates if c.at < at and at - c.at <= window]
    for cand in pool:
        if cand.name is None and description_head(cand.description) == head:
            return None
    genders = pooled_genders(candidates)  # "Alphonse Kabongo" … "Kabongo": one man
    fits = [
        c
        for c in pool
        if c.name
        and c.person
        and (gender is None or (c.gender or genders.get(surname_key(c))) in (None, gender))
    ]
    if len({surname_key(c) for c in fits}) != 1:
        return None
    return max(fits, key=lambda c: (len((c.name or "").split()), c.at))


def pooled_genders(candidates: list[Candidate]) -> dict[str, str]:
    """The one gender each named person's mentions agree on, by surname."""
    seen: dict[str, set[str]] = {}
    for c in candidates:
        if c.name and c.gender in ("m", "f"):
            seen.setdefault(surname_key(c), set()).add(c.gender)
    return {key: next(iter(g)) for key, g in seen.items() if len(g) == 1}


# Words of a public body's name: "the company" is never the ministry that fined it.
PUBLIC_BODY_WORDS = set(
    "ministry bureau agency authority inspectorate council department office commission court "
    "police government regulator committee parliament assembly tribunal superintendency "
    "directorate service services board ombudsman secretariat executive".split()
)


def public_body(name: str) -> bool:
    """A name made of a public body's words ("Transport Safety Investigation Bureau")."""
    return bool(set(name.lower().replace("’", "'").split()) & PUBLIC_BODY_WORDS)


# What sports copy calls a club: "the club", "the Championship side", "the visitors' outfit".
_CLUB_HEADS = {"club", "side", "outfit", "team"}


def resolve_org_description(
    head: str, organisations: Iterable[str], majority: bool = False
) -> str | None:
    """The organisation ``the <head>`` refers to, among the names given before it.

    ``the council`` takes the one council named; ``the company`` (a generic head) takes
    the only organisation named; with ``majority`` (a last resort), the one name that ends
    like a company's ("… Developments", "… Foods") among councils and groups, else the one
    named more often than any other (a story about a company names it again and again; "NOK
    600m" tagged as an organisation once does not compete). Otherwise None.
    """
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    if head in GENERIC_ORG:  # "the company said": not the regulator named beside it
        organisations = [org for org in organisations if not public_body(org)]
    for org in organisations:
        words = re.sub(r"(?:'s|’s|'|’)$", "", org).split()  # "Halcyon Launch Systems'"
        if words and words[0].lower() == "the":
            words = words[1:]
        if words:
            key = " ".join(words).lower()
            names.setdefault(key, " ".join(words))
            counts[key] = counts.get(key, 0) + 1
    matching = [n for key, n in names.items() if head in key.replace("’", "'").split()]
    if head in _CLUB_HEADS and not matching:  # "the club said" after "Riverbend Athletic …"
        matching = [n for key, n in names.items() if key.split()[-1] in CLUB_WORDS]
    if len(matching) == 1:
        return matching[0]
    if matching or head not in GENERIC_ORG or not names or (len(names) > 1 and not majority):
        return None
    companies = {n for key, n in names.items() if key.split()[-1] in COMPANY_WORDS}
    if len(companies) == 1:  # "the company" among a council, a village and an action group
        return next(iter(companies))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
        return names[ranked[0][0]]
    return None


def full_name(short: str, names: Iterable[str], surname: bool = False) -> str | None:
    """The one earlier full name whose first word is ``short`` ("Trudie" → Trudie Keane),
    or, failing that, has ``short`` as its familiar form ("Winnie" → Winifred Ashdown).

    A surname ("Lavrov said") stays as the reporter wrote it, unless ``surname`` asks
    for it (a surname the tagger took for a common noun names nobody by itself).
    """
    low = short.lower()
    names = list(names)
    found = {
        n.split()[-1].lower(): n
        for n in names
        if len(n.split()) >= 2
        and (n.split()[0].lower() == low or (surname and n.split()[-1].lower() == low))
    }
    if not found:  # "Winnie" after "Winifred Ashdown": a familiar form of the first name
        found = {
            n.split()[-1].lower(): n
            for n in names
            if len(n.split()) >= 2 and same_given_name(n.split()[0], short)
        }
    return next(iter(found.values())) if len(found) == 1 else None


def longer_name(short: str, names: Iterable[str]) -> str | None:
    """The one earlier, longer name that ``short`` abbreviates the way Spanish and Portuguese
    names (and organisations) are shortened: its first words ("Evaristo Mamani" for Evaristo
    Mamani Choque, "Pacific Crest" for Pacific Crest Airlines) or words inside it that do
    not end it ("Montero" for Gabriela Montero Villalobos, "del Castillo" for María Fernanda
    del Castillo Rojas).
    """
    words = short.lower().split()
    found = set()
    for name in names:
        kept = name.split()
        while len(kept) > 1 and kept[-1].isupper():
            kept.pop()  # "Julia Stannard KC": a post-nominal is not a surname
        name = " ".join(kept)
        full = name.lower().split()
        if len(full) <= len(words):
            continue
        n = len(words)
        at = [i for i in range(len(full) - n + 1) if full[i : i + n] == words]
        # "Evaristo Mamani", "Pacific Crest" (first words); "Montero", "del Castillo" (a
        # surname inside, not the last word, which names the person the usual way)
        if any((i == 0 and n >= 2) or (i > 0 and i + n < len(full)) for i in at):
            found.add(name)
    found = {f for f in found if not any(g != f and f in g for g in found)}
    return next(iter(found)) if len(found) == 1 else None
