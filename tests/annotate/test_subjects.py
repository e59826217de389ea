"""Subjects the parse gives and the ones the small tagger misses (fictional sentences)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from newsprism.annotate.nlp import parse
from newsprism.annotate.subjects import (
    according_source,
    clause_verb,
    dateline_name,
    main_subject,
    root_name,
)


def _token(nlp: Any, text: str, word: str) -> Any:
    doc = parse(nlp, [text])[0]
    return next(t for t in doc if t.text == word)


def test_according_and_main_subject(nlp: Any) -> None:
    assert according_source(_token(nlp, "According to Priya Venkat, the bridge is safe.", "Venkat"))
    assert main_subject(_token(nlp, "Ilse Brandvold said the ferry was late.", "Brandvold"))
    assert main_subject(_token(nlp, "Ilse Brandvold was left to rue the delay.", "Brandvold"))
    assert not main_subject(_token(nlp, "The biggest cheer was reserved for her.", "cheer"))
    assert not main_subject(
        _token(nlp, "The ferry that Ilse Brandvold runs was late.", "Brandvold")
    )


def test_a_name_left_as_the_root_is_a_subject(nlp: Any) -> None:
    text = "Keeley Doran, a neighbour of the defendant, watched from the public gallery."
    token = _token(nlp, text, "Doran")
    # the parse gets it right, or the repair catches the tagger's misreading
    assert token.dep_ == "nsubj" or (root_name(token) and main_subject(token))
    plain = _token(nlp, "The gallery was full.", "gallery")
    assert not root_name(plain)


def test_the_clause_verb_of_a_root_name_is_its_reduced_relative(nlp: Any) -> None:
    # "Its star, Tunde Marsh, joked on a podcast.", as the tagger may parse it: the role as
    # the root, the name in apposition, and the verb as a reduced relative of the role
    words = ["Its", "star", ",", "Tunde", "Marsh", ",", "joked", "on", "a", "podcast", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos="PRON NOUN PUNCT PROPN PROPN PUNCT VERB ADP DET NOUN PUNCT".split(),
        tags=["PRP$", "NN", ",", "NNP", "NNP", ",", "VBD", "IN", "DT", "NN", "."],
        deps="poss ROOT punct compound appos punct acl prep det pobj punct".split(),
        heads=[1, 1, 1, 4, 1, 1, 1, 6, 9, 7, 1],
    )
    assert root_name(doc[1])
    assert clause_verb(doc[1]).text == "joked"
    said = _token(nlp, "Ilse Brandvold said the ferry was late.", "Brandvold")
    assert clause_verb(said).text == "said"


def test_a_name_a_copula_introduces_and_a_topic_name_are_centres(nlp: Any) -> None:
    from newsprism.annotate.subjects import introduced_name, topic_name

    assert introduced_name(_token(nlp, "Another is Freya, 22, who won in Linford.", "Freya"))
    assert not introduced_name(_token(nlp, "She is Freya Dunmore.", "Dunmore"))
    assert topic_name(_token(nlp, "For Maren, the appeal is time.", "Maren"))
    assert not topic_name(_token(nlp, "The prize went to Maren, who cried.", "Maren"))


def test_a_name_the_parse_hung_on_a_dateline_is_a_main_subject() -> None:
    words = ["PORT", "HALLORAN", ",", "March", "3", "-", "Ana", "Borrero", "saved", "it", "."]
    heads = [1, 8, 1, 1, 3, 7, 7, 1, 8, 8, 8]
    deps = ["compound", "nsubj", "punct", "npadvmod", "nummod", "punct", "compound", "appos"]
    deps += ["ROOT", "dobj", "punct"]
    ents = ["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    assert dateline_name(doc[7]) and main_subject(doc[7])
    hyphen = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, ents=ents)
    hyphen[5].tag_ = "HYPH"  # a hyphen inside a name is no dateline's dash
    assert not dateline_name(hyphen[7])
