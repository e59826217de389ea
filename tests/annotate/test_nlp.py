"""Loading the pipeline and parsing only what is used."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.annotate.nlp import ModelNotInstalledError, load_pipeline, parse
from newsprism.errors import NewsprismError


def test_missing_package_is_a_typed_error_with_an_install_hint() -> None:
    with pytest.raises(ModelNotInstalledError) as caught:
        load_pipeline("no_such_spacy_model_xyz")
    assert isinstance(caught.value, NewsprismError)
    assert "pip install" in str(caught.value) or "path" in str(caught.value)


def test_missing_folder_is_a_typed_error(tmp_path: Any) -> None:
    with pytest.raises(ModelNotInstalledError, match="no such folder"):
        load_pipeline(str(tmp_path / "absent"))


def test_parse_sets_pos_without_the_attribute_ruler(nlp: Any) -> None:
    (doc,) = parse(nlp, ["Mayor Ilse Varga said the bridge is closed."])
    assert doc.has_annotation("DEP") and doc.has_annotation("POS")
    said = next(t for t in doc if t.text == "said")
    assert said.pos_ == "VERB" and said.tag_ == "VBD"
    assert next(t for t in doc if t.text == "is").pos_ == "AUX"


def test_parse_gives_the_lemmas_the_attribution_rules_read(nlp: Any) -> None:
    (doc,) = parse(nlp, ["Her barrister asked him. The words were his, she wrote."])
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["asked"], lemmas["words"], lemmas["wrote"]) == ("ask", "word", "write")


def test_parse_without_syntax_runs_ner_only(nlp: Any) -> None:
    docs = parse(nlp, ["Mayor Anna Lindgren visited Oslo on Monday.", ""], syntax=False)
    assert len(docs) == 2
    assert not docs[0].has_annotation("DEP")
    assert {e.label_ for e in docs[0].ents} >= {"PERSON", "GPE"}


def test_a_paragraph_break_ends_a_sentence(nlp: Any) -> None:
    from newsprism.annotate.nlp import parse

    text = "“Don't tell him I said that.”\n\nLourenço, standing beside her, grinned."
    (doc,) = parse(nlp, [text])
    grinned = next(t for t in doc if t.text == "grinned")
    assert grinned.dep_ == "ROOT"  # not a clause of "tell" in the paragraph before
    assert doc[grinned.i - 6].is_sent_start or any(
        s.start_char == text.index("Lourenço") for s in doc.sents
    )
