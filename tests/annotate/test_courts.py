"""Who is who in a court report (``annotate/courts``): officers of the court are never a
party's description, the defendant never the complainant, the jury none of the people."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.nlp import parse
from newsprism.annotate.quotes import extract_quotes

from .test_naming import speakers


def test_the_bench_chairman_is_not_the_58_year_old(nlp: Any) -> None:
    text = (
        "Leonard Foley, of Mill Rise, pleaded guilty to drink-driving.\n\n"
        "Tariq Mahmood, defending, said his client had lost his wife last autumn.\n\n"
        "Bench chairman Gwen Pritchard told Foley: “You are fortunate nobody was hurt.”\n\n"
        "Speaking outside court, the 58-year-old said: “I’ve let everyone down.”"
    )
    assert speakers(nlp, text)[-1] == "Leonard Foley"


def test_the_accused_is_the_defendant_not_the_sheriff(nlp: Any) -> None:
    text = (
        "Gordon Baird, 39, admitted behaving in a threatening manner at the match.\n\n"
        'Fiscal depute Ewan Lindsay told the court the pie struck the official. "It was, I'
        'm told, still warm," he added.\n\n'
        'Sheriff Morag Cairncross told Baird: "What you did was disgraceful."\n\n'
        '"I know. I\'m sorry," the accused replied.'
    )
    assert speakers(nlp, text)[-1] == "Gordon Baird"


def test_the_jury_is_none_of_the_people_named(nlp: Any) -> None:
    text = (
        "Professor Daniel Abernethy-Cole told the court the injuries were unusual.\n\n"
        'Later, in a note passed to the judge, the jury asked: "Can a short fall cause '
        'rib fractures?"'
    )
    quotes = extract_quotes(parse(nlp, [text])[0], "art")
    assert quotes[-1].speaker is None and quotes[-1].speaker_description == "the jury"


def test_the_bench_is_none_of_the_lawyers(nlp: Any) -> None:
    text = (
        'Mr Shenoy said the corporation would file an affidavit. "We are not running away '
        'from anything, my lords," he told the court.\n\n'
        'Listing the matter for March 18, the bench said: "We expect the commissioner to be '
        'present."'
    )
    quotes = extract_quotes(parse(nlp, [text])[0], "art")
    assert quotes[-1].speaker is None and quotes[-1].speaker_description == "the bench"
