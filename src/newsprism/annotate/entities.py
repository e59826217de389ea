"""Entities of a story: one canonical name, its aliases and roles per real-world actor.

How mentions become entities, each step one general rule:

1. **Same key, same name.** A name's key (:func:`~newsprism.annotate.names.token_key`
   per token) folds accents, initials' dots and transliteration variants, so
   ``Volodymyr Zelensky``/``Volodymyr Zelenskyy`` and ``Sergei``/``Sergey Lavrov``
   meet without any comparison.
2. **Type by vote, person first.** The NER label of one spelling often flips
   between PERSON and ORG/GPE (``Trump’s`` tagged ORG); a key seen as PERSON at
   least as often as as a place is a person, and so is a bare surname of a
   full name in the story unless it stands after a place preposition
   (``in Jordan`` stays a country beside ``Michael Jordan``).
3. **Short forms join the one full name.** ``Putin`` joins ``Vladimir Putin``
   when exactly one full name of the story ends in that surname; with two
   (``Joe Biden``, ``Hunter Biden``) it stays apart, flagged as ambiguous.
   Full names join when surnames match and first names agree (equal, an
   initial of the other, or a familiar form of it: Bill for William).
4. **Near spellings are flagged, not merged silently.** A person whose surname
   is one or two edits (or one sound) from another's, with the same first
   name or initials or the same role, is attached as an alias with a
   ``possible_misspelling`` flag carrying the evidence. The more widely used
   spelling stays canonical.
5. **Acronyms** of a multi-word organisation or place (``US`` for ``United States``)
   join it when exactly one candidate exists.
6. **Canonical name**: the full form used by the most outlets (not mentions:
   one outlet repeating a name is not more evidence).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsprism.annotate.given_names import same_given_name
from newsprism.annotate.index import EntityIndex
from newsprism.annotate.mentions import RawMention, collect_mentions, outlet_key
from newsprism.annotate.names import Key, edit_distance, mention_key, name_tokens, phonetic
from newsprism.model import Article, Entity, EntityFlag, EntityType, Mention

__all__ = ["EntityIndex", "build_entities", "entity_id", "extract_entities"]

TYPE_OF_LABEL: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_ACRONYM_STOP = frozenset({"of", "the", "and", "for", "&"})
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def entity_id(name: str, entity_type: str) -> str:
    """Stable id: the same canonical name and type give the same id in every run."""
    return "e" + hashlib.sha256(f"{entity_type}\x1f{name}".encode()).hexdigest()[:16]


@dataclass
class _Cluster:
    type: EntityType
    mentions: list[RawMention] = field(default_factory=list)
    flagged: dict[str, EntityFlag] = field(default_factory=dict)  # surface form -> flag
    flags: list[EntityFlag] = field(default_factory=list)

    def outlets(self) -> int:
        return len({m.outlet for m in self.mentions})

    def name_keys(self) -> set[Key]:
        return {mention_key(m.text, m.label) for m in self.mentions}

    def roles(self) -> set[str]:
        return {r.casefold() for m in self.mentions for r in m.roles}


def extract_entities(articles: Sequence[Article], docs: Sequence[Doc]) -> tuple[Entity, ...]:
    """Entities of one story from its articles and their parsed texts (same order).

    Outlets are counted by ``Article.outlet``; a report without one counts as
    its own outlet.
    """
    mentions: list[RawMention] = []
    for order, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        mentions.extend(collect_mentions(doc, article.id, outlet_key(article), order))
    return build_entities(mentions)


def build_entities(mentions: Sequence[RawMention]) -> tuple[Entity, ...]:
    """Group the mentions of all articles of one story into entities, most widely reported first."""
    mentions = _split_hyphenated(mentions)
    by_key: dict[Key, list[RawMention]] = defaultdict(list)
    for m in mentions:
        key = mention_key(m.text, m.label)
        if key:
            by_key[key].append(m)
    types = _types(by_key)
    clusters = _person_clusters({k: v for k, v in by_key.items() if types[k] == "person"})
    clusters = _attach_misspellings(clusters)
    clusters += _other_clusters({k: v for k, v in by_key.items() if types[k] != "person"}, types)
    entities = [_entity(c) for c in clusters if c.mentions]
    entities.sort(
        key=lambda e: (-len({m.article_id for m in e.mentions}), -len(e.mentions), e.name)
    )
    return tuple(entities)


def _split_hyphenated(mentions: Sequence[RawMention]) -> list[RawMention]:
    """``Trump-Putin`` -> mentions of Trump and of Putin, when both are names known elsewhere."""
    known: dict[Key, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if not m.parts:
            key = mention_key(m.text, m.label)
            known[key][m.label] += 1
            if m.label == "PERSON" and len(key) >= 2:
                known[key[-1:]][m.label] += 1  # a surname is a known name too
    out: list[RawMention] = []
    for m in mentions:
        part_keys = [mention_key(text) for _, _, text in m.parts]
        if m.parts and all(k in known for k in part_keys):
            for (start, end, text), key in zip(m.parts, part_keys, strict=True):
                label = known[key].most_common(1)[0][0]
                out.append(RawMention(m.article_id, m.outlet, m.order, start, end, text, label))
        else:
            out.append(m)
    return out


def _types(by_key: dict[Key, list[RawMention]]) -> dict[Key, EntityType]:
    votes = {k: Counter(m.label for m in ms) for k, ms in by_key.items()}
    surnames = {k[-1] for k, v in votes.items() if len(k) >= 2 and v["PERSON"]}
    types: dict[Key, EntityType] = {}
    for key, vote in votes.items():
        place = sum(vote[label] for label in _PLACE_LABELS)
        locative = any(m.locative for m in by_key[key])
        # A surname of a full name in the story stays a person unless most of its
        # mentions follow a place preposition: one stray "in Trump's view" must
        # not unmake the president.
        mostly_locative = 2 * sum(1 for m in by_key[key] if m.locative) > len(by_key[key])
        said_person = vote["PERSON"] and vote["PERSON"] >= place
        bare_surname = len(key) == 1 and key[0] in surnames and not vote["NORP"]
        if (bare_surname and not mostly_locative) or (
            said_person and not (len(key) == 1 and locative)
        ):
            types[key] = "person"
        elif vote["PERSON"] and len(key) == 1 and locative and not _has_roles(by_key[key]):
            types[key] = "place"  # "in Veldhaven": a one-word "person" after a place preposition
        else:
            ranked = sorted(
                (label for label in vote if label != "PERSON"),
                key=lambda label: (-vote[label], label),
            )
            types[key] = TYPE_OF_LABEL[ranked[0]] if ranked else "person"
    return types


def _has_roles(mentions: Iterable[RawMention]) -> bool:
    return any(m.roles for m in mentions)


def _first_compatible(a: str, b: str) -> bool:
    """Equal first names, an initial of the other, or a familiar form (Bill, William)."""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return same_given_name(a, b)


def _person_clusters(by_key: dict[Key, list[RawMention]]) -> list[_Cluster]:
    full = sorted(k for k in by_key if len(k) >= 2)
    parent = {k: k for k in full}

    def find(k: Key) -> Key:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            if a[-1] == b[-1] and _first_compatible(a[0], b[0]):
                parent[find(b)] = find(a)
    groups: dict[Key, _Cluster] = {}
    for k in full:
        groups.setdefault(find(k), _Cluster("person")).mentions.extend(by_key[k])
    clusters = list(groups.values())
    by_surname: dict[str, list[_Cluster]] = defaultdict(list)
    for c in clusters:
        for surname in {k[-1] for k in c.name_keys()}:
            by_surname[surname].append(c)
    for key in sorted(k for k in by_key if len(k) == 1):
        candidates = by_surname.get(key[0], [])
        if len(candidates) == 1:
            candidates[0].mentions.extend(by_key[key])
            continue
        single = _Cluster("person", list(by_key[key]))
        if candidates:
            names = sorted(_canonical(c) for c in candidates)
            single.flags.append(
                EntityFlag(
                    kind="ambiguous_short_form",
                    alias=_canonical(single),
                    confidence=0.9,
                    reason="the surname alone could be any of: " + ", ".join(names),
                )
            )
        clusters.append(single)
    return clusters


def _attach_misspellings(clusters: list[_Cluster]) -> list[_Cluster]:
    """Merge a rarely used near spelling into the widely used one, with a flag."""
    ranked = sorted(clusters, key=lambda c: (-c.outlets(), -len(c.mentions), _canonical(c)))
    absorbed: set[int] = set()
    for j in range(len(ranked) - 1, 0, -1):
        b = ranked[j]
        for i in range(j):
            a = ranked[i]
            if i in absorbed or b.flags:
                continue
            evidence = _misspelling_evidence(a, b)
            if evidence is None:
                continue
            confidence, reason = evidence
            for m in b.mentions:
                form = _surface(m.text)
                b_flag = EntityFlag("possible_misspelling", form, confidence, reason)
                a.flagged.setdefault(form, b_flag)
            a.mentions.extend(b.mentions)
            absorbed.add(j)
            break
    return [c for k, c in enumerate(ranked) if k not in absorbed]


def _misspelling_evidence(a: _Cluster, b: _Cluster) -> tuple[float, str] | None:
    """Confidence and reason when ``b``'s name looks like a misspelling of ``a``'s, else None."""
    a_keys, b_keys = a.name_keys(), b.name_keys()
    a_sur = _main_surname(a, a_keys)
    b_surnames = {k[-1] for k in b_keys}
    if len(b_surnames) != 1:
        return None
    b_sur = next(iter(b_surnames))
    if a_sur == b_sur or a_sur[0] != b_sur[0] or min(len(a_sur), len(b_sur)) < 4:
        return None
    spelled = edit_distance(a_sur, b_sur, 3)
    sound = edit_distance(phonetic(a_sur), phonetic(b_sur), 2)
    if spelled > 2 and sound > 1:
        return None
    a_first = {k[0] for k in a_keys if len(k) >= 2}
    b_first = {k[0] for k in b_keys if len(k) >= 2}
    same_first = any(_first_compatible(x, y) for x in a_first for y in b_first)
    if a_first and b_first and not same_first:
        return None  # different first names: another person with a similar surname
    shared_roles = sorted(a.roles() & b.roles())
    if not same_first and not shared_roles:
        return None
    how = f"{spelled} edit(s) apart" if spelled <= 2 else f"alike in sound ({phonetic(b_sur)})"
    reasons = [f"{_canonical(b)!r}: its surname is {how} from that of {_canonical(a)!r}"]
    if same_first:
        reasons.append("same first name or initials")
    if shared_roles:
        reasons.append("same role: " + ", ".join(shared_roles))
    reasons.append(f"used by {b.outlets()} outlet(s) against {a.outlets()}")
    confidence = 0.45 + 0.25 * same_first + 0.25 * bool(shared_roles) + 0.05 * (spelled <= 1)
    return round(min(confidence, 0.95), 2), "; ".join(reasons)


def _main_surname(cluster: _Cluster, keys: set[Key]) -> str:
    """The surname most of the cluster's name keys end in.

    ``keys`` is a set, so a tie must not be broken by its iteration order
    (that follows ``PYTHONHASHSEED``): after absorbing ``Brantvold``,
    ``{Ilse Brandvold, Ilse Brantvold}`` ties one to one, and the next
    spelling would be compared with either. The canonical name's surname
    wins a tie, then the alphabetically first.
    """
    counts = Counter(k[-1] for k in keys)
    top = max(counts.values())
    tied = sorted(s for s, n in counts.items() if n == top)
    if len(tied) > 1:
        canonical = mention_key(_canonical(cluster))
        if canonical and canonical[-1] in tied:
            return canonical[-1]
    return tied[0]


def _other_clusters(
    by_key: dict[Key, list[RawMention]], types: dict[Key, EntityType]
) -> list[_Cluster]:
    clusters = {k: _Cluster(types[k], list(ms)) for k, ms in sorted(by_key.items())}
    initials: dict[tuple[EntityType, str], list[Key]] = defaultdict(list)
    for k in clusters:
        words = [w for w in k if w not in _ACRONYM_STOP]
        if len(words) >= 2:
            initials[(types[k], "".join(w[0] for w in words))].append(k)
    for k in list(clusters):
        if len(k) != 1 or not all(_is_acronym(m.text) for m in clusters[k].mentions):
            continue
        targets = initials.get((types[k], k[0]), [])
        if len(targets) == 1:
            clusters[targets[0]].mentions.extend(clusters.pop(k).mentions)
    return list(clusters.values())


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def _surface(text: str) -> str:
    return " ".join(name_tokens(text))


def _canonical(cluster: _Cluster) -> str:
    """The full form used by most outlets; flagged spellings never win."""
    forms: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for m in cluster.mentions:
        form = _surface(m.text)
        if form in cluster.flagged:
            continue
        forms[form].add(m.outlet)
        counts[form] += 1
    if not forms:
        return _surface(cluster.mentions[0].text) if cluster.mentions else ""
    width = max(len(f.split()) for f in forms)
    full = [f for f in forms if len(f.split()) == width or (width > 1 and len(f.split()) > 1)]
    return min(full, key=lambda f: (-len(forms[f]), -counts[f], -len(f.split()), f))


def _roles(mentions: Iterable[RawMention]) -> tuple[str, ...]:
    outlets: dict[str, set[str]] = defaultdict(set)
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        for role in m.roles:
            outlets[role.casefold()].add(m.outlet)
            written[role.casefold()][role] += 1
    ordered = sorted(outlets, key=lambda r: (-len(outlets[r]), r))
    return tuple(written[r].most_common(1)[0][0] for r in ordered)


def _entity(cluster: _Cluster) -> Entity:
    name = _canonical(cluster)
    aliases = sorted({_surface(m.text) for m in cluster.mentions} - {name})
    flags = sorted([*cluster.flagged.values(), *cluster.flags], key=lambda f: (f.kind, f.alias))
    mentions = sorted(
        {(m.order, m.start, m.end, m.article_id, m.text, m.label) for m in cluster.mentions}
    )
    return Entity(
        id=entity_id(name, cluster.type),
        name=name,
        type=cluster.type,
        aliases=tuple(aliases),
        roles=_roles(cluster.mentions),
        flags=tuple(flags),
        mentions=tuple(Mention(a, s, e, t, lab) for _, s, e, a, t, lab in mentions),
    )
