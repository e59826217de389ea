"""The vocabulary that says a phrase is a person, and which gender."""

from __future__ import annotations

import spacy

from newsprism.annotate.person_words import (
    ambiguous_first_names,
    first_names,
    gender_of_name,
    gender_of_words,
    human_description,
    is_role,
    looks_like_person,
)


def test_first_names_table_ships_with_the_package() -> None:
    table = first_names()
    assert len(table) > 20_000
    assert (table["helen"], table["hugo"]) == ("f", "m")
    assert "hollis" not in table  # ambiguous names are left out, so they stay unknown


def test_gender_of_name_needs_a_first_and_a_last_name() -> None:
    assert gender_of_name("Priya Venkataraman") == "f"
    assert gender_of_name("Tobias Hartmann") == "m"
    assert gender_of_name("Hollis Varga") is None
    assert gender_of_name("Venkataraman") is None


def test_gender_of_words_from_titles_and_kin() -> None:
    # a possessive is someone else's gender: "his granddaughter" is a girl
    assert gender_of_words(["his", "granddaughter"]) == "f"
    assert gender_of_words(["her", "son"]) == "m"
    assert gender_of_words(["mrs", "brother"]) is None  # both: nothing settled
    assert gender_of_words(["the", "granddaughter"]) == "f"
    assert gender_of_words(["the", "spokesman"]) == "m"


def test_gender_of_words_from_compounds_of_man_and_woman() -> None:
    assert gender_of_words(["a", "fisherman"]) == "m"
    assert gender_of_words(["the", "Dutchman"]) == "m"
    assert gender_of_words(["the", "policewoman"]) == "f"
    for word in ("human", "German", "shaman", "ombudsman", "woman"):
        assert gender_of_words([word]) != "m"


def test_an_irish_surname_particle_is_no_first_name() -> None:
    assert gender_of_name("Nic Giolla") is None  # a woman's surname, not Nic the man's
    assert gender_of_name("Ní Bhriain") == "f"
    assert gender_of_name("Mac Suibhne") is None
    assert gender_of_name("Clodagh Nic Giolla") == "f"
    assert gender_of_name("Ben Okafor") == "m"


def test_a_kin_word_before_a_first_name_says_the_gender() -> None:
    assert gender_of_name("Gran Pat") == "f"  # the table has a man called Gran
    assert gender_of_name("Uncle Tomasz") == "m"


def test_the_table_of_names_either_gender_has_ships_too() -> None:
    either = ambiguous_first_names()
    assert "maxime" in either and "sasha" in either
    assert "rainbow" not in either and "robin" not in either  # English words are left out
    assert not set(dict(either)) & set(dict(first_names()))  # never a clear gender too


def test_a_title_before_a_full_name_says_nothing_of_its_gender() -> None:
    assert gender_of_name("Assistant Coroner Imogen Trelawney") == "f"
    assert gender_of_name("Judge Clodagh Nic Giolla") == "f"  # the table has a man called Judge
    assert gender_of_name("Sen. Marisa Delgado") == "f"
    assert gender_of_name("Judge Okafor") is None  # a surname says nothing
    assert gender_of_name("Dr Vaughan") is None
    assert gender_of_name("Mrs Okafor") == "f"  # a title that does
    assert gender_of_name("Father Tom Reilly") == "m"


def test_a_first_name_ending_like_a_role_is_a_name() -> None:
    doc = spacy.blank("en")("Sir Lucian Fairbairn and Historian Mary Beard")
    assert not is_role(doc, doc[1])  # Lucian
    assert is_role(doc, doc[4])  # Historian


def test_human_descriptions_and_things() -> None:
    assert human_description("a senior engineer at the dam")
    assert human_description("the 24-year-old")
    assert human_description("a welder")
    assert human_description("One fisherman who helped in the rescue")
    assert human_description("a policewoman")
    assert human_description("the chef")
    assert not human_description("the doberman")
    assert not human_description("the thermometer on the bay door")
    assert not human_description("the statement")


def test_company_and_club_names_are_not_people() -> None:
    assert not looks_like_person(["Nordvik", "Seafood"])
    assert not looks_like_person(["Riverbend", "Athletic"])
    assert not looks_like_person(["ESB", "Networks"])  # a plural company word too
    assert looks_like_person(["Ellen", "Williams"])
    assert looks_like_person(["Ilse", "Varga"])


def test_a_description_with_a_reduced_relative_is_human_by_its_head() -> None:
    assert human_description("a 23-year-old law student counting votes for the first time")
    assert human_description("a passer-by walking her dog")
    assert not human_description("the thermometer reading the room")
