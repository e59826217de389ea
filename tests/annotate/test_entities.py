"""Entity merge rules on hand-written fictional fixtures.

The rule tests build mentions by hand (no model, exact); the parse tests run
the spaCy pipeline on short fictional reports for titles, appositions and
possessives.
"""

from __future__ import annotations

from typing import Any

from newsprism.annotate.entities import build_entities, entity_id, extract_entities
from newsprism.annotate.index import EntityIndex
from newsprism.annotate.mentions import RawMention
from newsprism.annotate.nlp import parse
from newsprism.model import Article, Entity


def m(text: str, label: str = "PERSON", outlet: str = "o1", **kw: Any) -> RawMention:
    start = kw.pop("start", 0)
    return RawMention(outlet, outlet, 0, start, start + len(text), text, label, **kw)


def by_name(entities: tuple[Entity, ...], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert found, f"{name!r} not in {[e.name for e in entities]}"
    return found[0]


def test_transliterations_merge_and_the_most_used_form_is_canonical() -> None:
    ents = build_entities(
        [
            m("Oleksandr Zaretskyy", outlet="a"),
            m("Oleksandr Zaretsky", outlet="b"),
            m("Oleksandr Zaretsky", outlet="c"),
            m("Oleksandr Zaretsky", outlet="c", start=50),
            m("Zaretskiy", outlet="a"),
            m("Sergei Orlov", outlet="a"),
            m("Sergey Orlov", outlet="b"),
        ]
    )
    z = by_name(ents, "Oleksandr Zaretsky")
    assert set(z.aliases) == {"Oleksandr Zaretskyy", "Zaretskiy"}
    assert not z.flags
    assert len([e for e in ents if e.type == "person"]) == 2


def test_canonical_counts_outlets_not_mentions() -> None:
    many = [m("Dmitri Volkov", outlet="a", start=i * 20) for i in range(5)]
    ents = build_entities([*many, m("Dmitry Volkov", outlet="b"), m("Dmitry Volkov", outlet="c")])
    assert [e.name for e in ents] == ["Dmitry Volkov"]


def test_surname_joins_the_one_full_name_and_keeps_roles() -> None:
    ents = build_entities(
        [
            m("Pavel Orekhov", roles=("President",), outlet="a"),
            m("Orekhov", outlet="b"),
            m("Orekhov", label="ORG", outlet="c"),
        ]
    )
    (p,) = ents
    assert p.name == "Pavel Orekhov" and p.aliases == ("Orekhov",) and p.roles == ("President",)
    assert len(p.mentions) == 3 and p.type == "person"


def test_initials_with_and_without_dots_are_one_person() -> None:
    ents = build_entities([m("J.D. Harlan", outlet="a"), m("JD Harlan", outlet="b")])
    assert len(ents) == 1 and set([ents[0].name, *ents[0].aliases]) == {"J.D. Harlan", "JD Harlan"}


def test_a_familiar_first_name_is_the_same_person_but_a_separate_name_is_not() -> None:
    ents = build_entities(
        [
            m("William Hartigan", outlet="a"),
            m("Bill Hartigan", outlet="b"),
            m("Margaret Oyelaran", outlet="a"),
            m("Rita Oyelaran", outlet="b"),  # the table's "Rita" for Margaret: a name of its own
        ]
    )
    people = sorted(sorted([e.name, *e.aliases]) for e in ents)
    assert people == [
        ["Bill Hartigan", "William Hartigan"],
        ["Margaret Oyelaran"],
        ["Rita Oyelaran"],
    ]


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_is_flagged() -> None:
    ents = build_entities(
        [m("Anna Brisk", outlet="a"), m("Tomas Brisk", outlet="b"), m("Brisk", outlet="c")]
    )
    names = {e.name for e in ents}
    assert names == {"Anna Brisk", "Tomas Brisk", "Brisk"}
    bare = by_name(ents, "Brisk")
    assert bare.flags[0].kind == "ambiguous_short_form"
    assert "Anna Brisk" in bare.flags[0].reason and "Tomas Brisk" in bare.flags[0].reason


def test_misspelling_is_an_alias_with_a_flag_not_a_merge() -> None:
    ents = build_entities(
        [
            m("Ilse Brandvold", roles=("Mayor",), outlet="a"),
            m("Ilse Brandvold", roles=("Mayor",), outlet="b"),
            m("Ilse Brandvoll", roles=("Mayor",), outlet="c"),
        ]
    )
    (e,) = ents
    assert e.name == "Ilse Brandvold" and "Ilse Brandvoll" in e.aliases
    (flag,) = e.flags
    assert flag.kind == "possible_misspelling" and flag.alias == "Ilse Brandvoll"
    assert flag.confidence >= 0.9 and "1 edit" in flag.reason and "mayor" in flag.reason


def test_misheard_surname_with_same_initials_and_role_is_flagged() -> None:
    ents = build_entities(
        [
            m("JD Varnes", roles=("Vice President",), outlet="a"),
            m("JD Varnes", outlet="b"),
            m("J.D. Vernson", roles=("Vice President",), outlet="c"),
        ]
    )
    (e,) = ents
    assert e.name == "JD Varnes"
    assert [f.alias for f in e.flags] == ["J.D. Vernson"]
    assert "alike in sound" in e.flags[0].reason


def test_similar_surname_with_another_first_name_is_someone_else() -> None:
    ents = build_entities(
        [m("Ilse Brandvold", roles=("Mayor",), outlet="a"), m("Karl Brandvoll", outlet="b")]
    )
    assert {e.name for e in ents} == {"Ilse Brandvold", "Karl Brandvoll"}
    assert not any(e.flags for e in ents)


def test_similar_surname_without_evidence_is_not_attached() -> None:
    ents = build_entities([m("Ilse Brandvold", outlet="a"), m("Brandvoll", outlet="b")])
    assert len(ents) == 2


def test_a_surname_in_a_place_context_stays_a_place() -> None:
    ents = build_entities(
        [
            m("Michael Trumble", outlet="a"),
            m("Trumble", label="GPE", outlet="b", locative=True),
            m("Trumble", label="GPE", outlet="c", locative=True),
        ]
    )
    types = {e.name: e.type for e in ents}
    assert types == {"Michael Trumble": "person", "Trumble": "place"}


def test_hyphenated_pair_of_known_names_becomes_two_mentions() -> None:
    pair = m(
        "Orlov-Varga",
        label="ORG",
        outlet="c",
        start=100,
        parts=((100, 105, "Orlov"), (106, 111, "Varga")),
    )
    ents = build_entities([m("Ivan Orlov", outlet="a"), m("Eva Varga", outlet="b"), pair])
    assert {e.name for e in ents} == {"Ivan Orlov", "Eva Varga"}
    varga = by_name(ents, "Eva Varga")
    assert any(x.start == 106 and x.end == 111 for x in varga.mentions)


def test_acronym_joins_the_one_expansion() -> None:
    ents = build_entities([m("Veldhaven Harbour Authority", "ORG", "a"), m("VHA", "ORG", "b")])
    assert len(ents) == 1 and ents[0].aliases == ("VHA",)


def test_ids_are_stable() -> None:
    assert entity_id("Eva Varga", "person") == entity_id("Eva Varga", "person")
    assert entity_id("Eva Varga", "person") != entity_id("Eva Varga", "place")
    (e,) = build_entities([m("Eva Varga")])
    assert e.id == entity_id("Eva Varga", "person") and e.id.startswith("e")


def test_index_resolves_aliases_surnames_titles_and_possessives() -> None:
    ents = build_entities(
        [
            m("Pavel Orekhov", outlet="a"),
            m("Orekhov", outlet="b"),
            m("Anna Brisk", outlet="a"),
            m("Tomas Brisk", outlet="b"),
        ]
    )
    index = EntityIndex(ents)
    orekhov = by_name(ents, "Pavel Orekhov")
    for written in ("Orekhov", "President Pavel Orekhov", "Orekhov’s", "Pavel Orekhov"):
        assert index.resolve(written) is orekhov, written
    assert index.resolve("Brisk") is None  # two people
    assert index.resolve("Nobody Known") is None


def article(text: str, aid: str = "a1", outlet: str | None = None) -> Article:
    return Article(id=aid, source=aid, text=text, raw_text=text, outlet=outlet)


def test_parse_gives_titles_appositions_and_strips_possessives(nlp: Any) -> None:
    arts = [
        article(
            "Kremlin spokesman Dmitry Orlovsky said the talks had failed. "
            "Orlovsky’s remarks came a day after Foreign Minister Pavel Grekov spoke.",
            "a1",
        ),
        article(
            "Pavel Grekov, the minister of foreign affairs, met Viktor Salnikov, the chief of "
            "the national wealth fund, in Geneva. President Grekov did not comment.",
            "a2",
        ),
    ]
    docs = parse(nlp, [a.text for a in arts])
    ents = extract_entities(arts, docs)
    orlovsky = by_name(ents, "Dmitry Orlovsky")
    assert "Kremlin spokesman" in orlovsky.roles
    assert all(not a.endswith(("’s", "'s")) for a in orlovsky.aliases)
    texts = {a.id: a.text for a in arts}
    for mention in orlovsky.mentions:
        assert texts[mention.article_id][mention.start : mention.end] == mention.text
    grekov = by_name(ents, "Pavel Grekov")
    assert "Foreign Minister" in grekov.roles
    assert any("minister of foreign affairs" in r for r in grekov.roles)
    salnikov = by_name(ents, "Viktor Salnikov")
    assert any(r.startswith("chief of the national wealth fund") for r in salnikov.roles)
