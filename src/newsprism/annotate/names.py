"""Name normalisation: the keys under which two spellings of one name meet.

Why keys and not a model: outlets spell the same person differently for a few
regular reasons — transliteration from Cyrillic (Zelensky/Zelenskyy,
Sergei/Sergey, Aleksei/Alexei, Khodorkovsky/Hodorkovsky), initials written
with or without dots (J.D./JD), accents dropped (Renée/Renee), possessives
left on (Peskov’s). Each reason is one rewriting rule; two forms whose
rewritten keys are equal are the same name. What the rules do not explain
(Venson for Vance) is a *different* spelling, compared with :func:`edit_distance`
and :func:`phonetic` and only ever flagged, never silently merged.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from spacy.tokens import Span

__all__ = [
    "TITLE_WORDS",
    "Key",
    "edit_distance",
    "is_initials",
    "is_role_noun",
    "mention_key",
    "name_tokens",
    "phonetic",
    "strip_possessive",
    "token_key",
]

# Words that are a title or a role, never a name on their own: stripped from
# the front of a name and kept as the mention's role.
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr prof professor sir dame lord lady rev reverend fr father
    president vice prime minister premier chancellor secretary deputy chief head
    general gen col colonel capt captain lt lieutenant major sgt sergeant adm admiral
    senator sen rep representative congressman congresswoman governor gov mayor
    king queen prince princess pope sheikh emir ayatollah
    judge justice ambassador envoy spokesman spokeswoman spokesperson commissioner
    director chairman chairwoman chair ceo founder inspector detective officer
    former acting foreign defence defense interior finance state press
    """.split()
)

Key = tuple[str, ...]

_PARTICLES = frozenset("de da di del della der den van von le la al el bin ibn".split())
_APOSTROPHES = "'’`´"
_POSSESSIVE = re.compile(r"['’`´]s$", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]{1,3}$")
_DOTTED = re.compile(r"^(?:[A-Z]\.\s?){1,3}$")

# Transliteration rules, applied in order to a lower-case, accent-free token.
# Each maps several romanisations of one Cyrillic spelling to one form.
_TRANSLIT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"kh"), "h"),  # Khodorkovsky / Hodorkovsky
    (re.compile(r"ks"), "x"),  # Aleksei / Alexei
    (re.compile(r"(?:ij|iy|yy|yi|ii)$"), "y"),  # Zelenskiy / Zelenskyy / Zelensky
    (re.compile(r"ei"), "ey"),  # Sergei / Sergey
    (re.compile(r"ej"), "ey"),  # Sergej / Sergey
    (re.compile(r"(?<=[^aeiouy])i$"), "y"),  # Dmitri / Dmitry, Yuri / Yury
    (re.compile(r"(?:ia|iya|ija)$"), "ya"),  # Maria / Mariya
    (re.compile(r"(.)\1"), r"\1"),  # doubled letters: Mohammed / Mohamed
)


def strip_possessive(text: str) -> str:
    """``Peskov’s`` -> ``Peskov``, ``Workers’`` -> ``Workers``; other text unchanged."""
    if _POSSESSIVE.search(text):
        return text[:-2]
    if text[-1:] in _APOSTROPHES and text[-2:-1].lower() == "s":
        return text[:-1]
    return text


# Letters Unicode does not decompose into a base letter and a mark ("Stanisław", "Søren").
_STROKES = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i"}
)


def ascii_fold(text: str) -> str:
    """``text`` without its accents ("Aurélie" → "Aurelie", "Stanisław" → "Stanislaw")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_initials(token: str) -> bool:
    """``J.D.``, ``JD``, ``J.`` — letters standing for given names."""
    return bool(_INITIALS.match(token)) or bool(_DOTTED.match(token))


@functools.lru_cache(maxsize=65536)  # the same few hundred name words, asked again and again
def token_key(token: str) -> str:
    """The comparison key of one name token: folded, lower-cased, transliteration-normalised.

    Initials keep only their letters (``J.D.`` and ``JD`` -> ``jd``).
    """
    folded = ascii_fold(token).lower()
    letters = re.sub(r"[^a-z0-9]", "", folded)
    if is_initials(token.strip()):
        return letters
    for pattern, replacement in _TRANSLIT:
        letters = pattern.sub(replacement, letters)
    return letters


def name_tokens(text: str) -> list[str]:
    """Split a name into tokens, joining spaced initials (``J. D. Vance`` -> ``J.D. Vance``)."""
    raw = [t for t in re.split(r"[\s\u00a0]+", text.strip()) if t]
    out: list[str] = []
    for tok in raw:
        if out and re.fullmatch(r"[A-Z]\.", tok) and re.fullmatch(r"(?:[A-Z]\.)+", out[-1]):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, cut off at ``limit`` (names are short; no dependency needed)."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


_PHONETIC = str.maketrans(
    {"b": "p", "v": "f", "w": "f", "d": "t", "g": "k", "q": "k", "c": "k", "z": "s"}
)


def phonetic(key: str) -> str:
    """A coarse sound key: first letter kept, vowels and h dropped, similar consonants merged.

    ``vance`` -> ``fns``, ``venson`` -> ``fnsn``: close in sound though four
    edits apart in spelling, the kind of slip a reporter makes by ear.
    """
    if not key:
        return ""
    soft = re.sub(r"c(?=[eiy])", "s", key)
    soft = soft.replace("ph", "f").replace("ck", "k").replace("x", "ks")
    body = "".join(ch for ch in soft[1:] if ch not in "aeiouyh")
    code = (soft[0] + body).translate(_PHONETIC)
    return re.sub(r"(.)\1+", r"\1", code)


def is_particle(token: str) -> bool:
    """Lower-case name particles (``van``, ``de``) that are part of a surname."""
    return token in _PARTICLES


def mention_key(text: str, label: str = "") -> Key:
    """The comparison key of a name as written (possessive and titles already removed).

    Hyphens separate tokens (``Jean-Luc`` and ``Jean Luc`` meet); a NORP's
    plural meets its singular (``Russians``/``Russian``).
    """
    key = tuple(k for k in (token_key(t) for t in name_tokens(text.replace("-", " "))) if k)
    if label == "NORP" and key and len(key[-1]) > 4 and key[-1].endswith("s"):
        key = (*key[:-1], key[-1][:-1])
    return key


_ROLE_NOUNS = frozenset(
    """
    head chief leader member official aide adviser advisor envoy spokesperson
    editor analyst lawyer nurse doctor witness resident student agent expert
    correspondent opponent dissident critic ally successor predecessor
    propagandist operative executive representative negotiator diplomat
    skipper captain master crew survivor victim mother father son daughter
    wife husband brother sister friend owner""".split()
)
_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ee", "ive", "ary", "ant")
_NOT_ROLES = frozenset(
    """
    factor order matter number border corner power paper letter water disaster
    center centre summary boundary anniversary weather quarter chapter error
    motive objective initiative perspective alternative incentive narrative
    ambassadorship contrary plant""".split()
)


def is_role_noun(word: str) -> bool:
    """Whether a noun can name what a person is (``spokesman``, ``head``, ``negotiator``).

    A small lexicon plus agent suffixes; abstract nouns with those suffixes
    (``factor``, ``order``) are excluded. Used to keep "the political will of
    the two leaders" from becoming somebody's role.
    """
    word = word.lower().rstrip(".")
    if word in _NOT_ROLES:
        return False
    return word in TITLE_WORDS or word in _ROLE_NOUNS or word.endswith(_ROLE_SUFFIXES)


def name_split(prev: Span | None, ent: Span, names: dict[str, str]) -> bool:
    """Two adjacent person entities that are one name: the first ends on a first name,
    the second is one word ("Cllr Bernadette" + "Kowalczyk")."""
    return (
        prev is not None
        and prev.label_ == ent.label_ == "PERSON"
        and prev.end == ent.start
        and len(ent) == 1
        and ent[0].is_title
        and prev[-1].lower_ in names
    )
