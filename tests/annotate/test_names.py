"""Name keys: each transliteration and spelling rule on its own (fictional names)."""

from __future__ import annotations

import pytest

from newsprism.annotate.names import (
    edit_distance,
    is_role_noun,
    mention_key,
    phonetic,
    strip_possessive,
    token_key,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelenskiy", "Zelensky"),
        ("Pavlovskij", "Pavlovsky"),
        ("Sergei", "Sergey"),
        ("Aleksei", "Alexei"),
        ("Khodorin", "Hodorin"),
        ("Dmitri", "Dmitry"),
        ("J.D.", "JD"),
        ("Renée", "Renee"),
    ],
)
def test_spelling_variants_share_a_key(a: str, b: str) -> None:
    assert token_key(a) == token_key(b)


@pytest.mark.parametrize(("a", "b"), [("Ivan", "Ilya"), ("Vance", "Venson"), ("Marta", "Martin")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert token_key(a) != token_key(b)


def test_possessives_are_stripped_but_not_plain_s() -> None:
    assert strip_possessive("Peskov’s") == "Peskov"
    assert strip_possessive("Orlov's") == "Orlov"
    assert strip_possessive("Workers’") == "Workers"
    assert strip_possessive("Agnes") == "Agnes"


def test_mention_key_joins_spaced_initials_and_norp_plurals() -> None:
    assert mention_key("J. D. Varga") == mention_key("J.D. Varga") == ("jd", "varga")
    assert mention_key("Veldish", "NORP") == mention_key("Veldishs", "NORP")


def test_sound_key_brings_a_misheard_surname_close() -> None:
    assert edit_distance(token_key("Vance"), token_key("Venson")) > 2
    assert edit_distance(phonetic("vance"), phonetic("venson")) == 1


def test_role_nouns() -> None:
    assert is_role_noun("spokesman") and is_role_noun("negotiator") and is_role_noun("head")
    assert not is_role_noun("factor") and not is_role_noun("will")
