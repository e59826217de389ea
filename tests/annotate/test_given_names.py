"""Familiar forms of given names (``annotate/given_names``)."""

from __future__ import annotations

import pytest

from newsprism.annotate.given_names import familiar_forms, same_given_name
from newsprism.annotate.names import token_key
from newsprism.annotate.pronouns import full_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Winifred", "Winnie"),
        ("Louise", "Lou"),
        ("William", "Bill"),  # rhymes with Will
        ("Robert", "Bob"),  # rhymes with Rob
        ("Elizabeth", "Liz"),  # inside the full name
        ("Richard", "Dick"),
        ("zoë", "ZOE"),  # accents and case folded
    ],
)
def test_a_familiar_form_is_the_same_given_name(a: str, b: str) -> None:
    assert same_given_name(a, b) and same_given_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Robert", "Rupert"),  # as long as the full name: a name of its own
        ("Robert", "Bill"),
        ("Margaret", "Rita"),
        ("Louise", "Eliza"),
        ("Catherine", "Lena"),
        ("Winnie", ""),
    ],
)
def test_names_the_table_links_but_that_are_names_of_their_own_stay_apart(a: str, b: str) -> None:
    assert not same_given_name(a, b)


def test_forms_are_keys() -> None:
    assert token_key("Winnie") in familiar_forms("Winifred")
    assert familiar_forms("Qwxz") == frozenset()


def test_a_familiar_form_finds_the_full_name_only_when_no_first_name_matches() -> None:
    assert full_name("Winnie", ["Winifred Ashdown", "Marcia Bello"]) == "Winifred Ashdown"
    assert full_name("Lou", ["Louise Tattersall", "Lou Barnes"]) == "Lou Barnes"
    assert full_name("Lou", ["Louise Tattersall", "Louis Grant"]) is None  # two fit
