"""Quotes and their speakers: one test per construction, the gold-set floors, the seeds."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from newsprism.annotate.nlp import parse
from newsprism.annotate.quote_marks import find_quote_spans
from newsprism.annotate.quotes import extract_quotes, quote_id
from newsprism.model import Quote

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def quotes(nlp: Any, text: str) -> list[Quote]:
    """The quotes of ``text`` parsed as ``analyze`` parses it (``parse`` runs only the
    components annotate needs: no lemmatizer)."""
    return extract_quotes(parse(nlp, [text])[0], "art")


def one(nlp: Any, text: str) -> Quote:
    found = quotes(nlp, text)
    assert len(found) == 1, found
    return found[0]


# -- marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said: "We are ready."', "We are ready."),
        ("He said: “We are ready.”", "We are ready."),
        ("He said: «We are ready.»", "We are ready."),
        ("Er sagte: »We are ready.«", "We are ready."),
        ("He said: ``We are ready.''", "We are ready."),
        ("‘We are ready’, he said.", "We are ready"),
    ],
)
def test_every_mark_style(text: str, inner: str) -> None:
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [inner]


def test_apostrophes_never_open_or_close() -> None:
    text = (
        "The ’90s logo of Russia’s firm is back; the workers’ union doesn’t like it, ‘90s fans do."
    )
    assert find_quote_spans(text) == []


def test_nested_single_quotes_belong_to_the_double_quote() -> None:
    text = "“He told me ‘we close on Monday’, and left,” she said."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [
        "He told me ‘we close on Monday’, and left,"
    ]


def test_unbalanced_mark_does_not_swallow_the_document() -> None:
    text = "“We start at dawn, the organiser said.\n\nThe march began. “Go,” she said.\n"
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["Go,"]


def test_quote_over_paragraphs_is_one_quote_per_paragraph() -> None:
    text = "She recalled it.\n\n“First paragraph.\n\n“Second paragraph,” she said."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["First paragraph.", "Second paragraph,"]
    assert [s.closed for s in spans] == [False, True]


# -- attribution -----------------------------------------------------------------------


def test_speaker_after_with_apposition(nlp: Any) -> None:
    q = one(nlp, "“The rent doubled,” said Vera Holm, a 40-year-old teacher.")
    assert (q.kind, q.speaker, q.speaker_description, q.cue) == (
        "direct",
        "Vera Holm",
        "a 40-year-old teacher",
        "said",
    )
    assert q.speaker_start is not None and q.speaker_end is not None
    assert q.id == quote_id("art", q.start) and q.id.startswith("q")


def test_speaker_before_with_colon(nlp: Any) -> None:
    q = one(nlp, "Minister Aldo Renz told state radio: “The budget is balanced.”")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Aldo Renz", "told")


def test_split_quote_gives_two_quotes_with_one_speaker(nlp: Any) -> None:
    found = quotes(
        nlp, "Ines Moll runs the shelter. “We are full,” she said. “We turn people away.”"
    )
    assert [(q.speaker, q.kind) for q in found] == [("Ines Moll", "direct")] * 2
    assert found[1].reason == "continuation"


def test_pronoun_goes_to_the_compatible_person(nlp: Any) -> None:
    text = (
        "Lea Brandt, a nurse, and her brother, Karl Brandt, waited outside. "
        "“Nobody told us anything,” she said."
    )
    assert one(nlp, text).speaker == "Lea Brandt"


def test_according_to(nlp: Any) -> None:
    q = one(nlp, "According to Omar Farah, “the pumps failed at midnight.”")
    assert (q.speaker, q.cue) == ("Omar Farah", "according to")


def test_quoted_as_saying(nlp: Any) -> None:
    q = one(nlp, "Senator Ada Quinn was quoted as saying: “We will not back down.”")
    assert q.speaker == "Ada Quinn"


@pytest.mark.parametrize("verb", ["asserted", "insisted", "marvelled", "tweeted", "admitted"])
def test_wide_verb_list(nlp: Any, verb: str) -> None:
    q = one(nlp, f"“The bridge will open in May,” Jon Ekdahl {verb}.")
    assert (q.speaker, q.cue) == ("Jon Ekdahl", verb)


def test_unnamed_source_keeps_its_description(nlp: Any) -> None:
    q = one(nlp, "“We ran out of beds,” a senior hospital official told reporters.")
    assert q.speaker is None
    assert q.speaker_description == "a senior hospital official"


def test_unattributed_quote_has_no_speaker_and_low_confidence(nlp: Any) -> None:
    q = one(nlp, "The sirens started at noon.\n\n“Get to the hills.”\n\nNobody moved.")
    assert (q.speaker, q.speaker_description, q.kind) == (None, None, "direct")
    assert q.confidence < 0.5


def test_partial_quote_in_the_reporters_sentence(nlp: Any) -> None:
    q = one(nlp, "Mira Sand warned that the plan was “a gamble with people’s homes”.")
    assert (q.kind, q.speaker, q.cue) == ("partial", "Mira Sand", "warned")


def test_scare_quote(nlp: Any) -> None:
    q = one(nlp, "The new tower has been seen as a “gift” to the developers.")
    assert (q.kind, q.speaker) == ("scare", None)


def test_no_lemmas_falls_back_to_verb_forms(nlp: Any) -> None:
    doc = nlp("“It is over,” Rosa Lind insisted.")
    for token in doc:
        token.lemma = 0
    assert not doc.has_annotation("LEMMA")
    (q,) = extract_quotes(doc, "art")
    assert (q.speaker, q.cue) == ("Rosa Lind", "insisted")


def test_role_subject_takes_the_name_in_apposition(nlp: Any) -> None:
    q = one(nlp, "The Transport Minister, Oskar Lund, insisted: “We will fix every bridge.”")
    assert (q.speaker, q.speaker_description) == ("Oskar Lund", "The Transport Minister")


def test_definite_description_points_back_to_the_one_person(nlp: Any) -> None:
    text = "Farmer Greta Holm lost her barn.\n\n“It was all we had,” the 61-year-old said."
    q = one(nlp, text)
    assert q.speaker is not None and q.speaker.endswith("Greta Holm")
    assert (q.speaker_description, q.reason) == ("the 61-year-old", "parse+description")
    assert q.confidence < 0.9


def test_the_company_is_the_one_organisation_named(nlp: Any) -> None:
    text = (
        "Shares in Brightwave Energy rose after the firm cut prices. "
        "“Customers will save money,” the company said."
    )
    assert one(nlp, text).speaker == "Brightwave Energy"


def test_first_name_takes_the_full_name(nlp: Any) -> None:
    text = "Designer Nora Blix has opened a shop in the old mill. “It is a dream,” Nora told us."
    assert one(nlp, text).speaker == "Nora Blix"


def test_they_between_a_person_and_a_group_abstains(nlp: Any) -> None:
    text = "Robin Oka said the board had asked for more time. “We waited long enough,” they said."
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == (None, None)
    assert q.confidence < 0.5 and q.reason.startswith("abstained")


def test_a_company_named_after_its_trade_is_not_a_person(nlp: Any) -> None:
    text = (
        "Video game publisher Brightforge has scrapped its premium pass.\n\n"
        "“We got this wrong,” the company posted on Sunday."
    )
    assert one(nlp, text).speaker == "Brightforge"


def test_the_club_is_the_club_named_and_not_a_person(nlp: Any) -> None:
    text = (
        "Riverbend Athletic have sacked their manager after eleven games without a win.\n\n"
        "“We thank him for his work,” the club said."
    )
    assert one(nlp, text).speaker == "Riverbend Athletic"


def test_a_name_right_before_said_is_its_subject_whatever_the_parse(nlp: Any) -> None:
    text = (
        "Kingfishers coach Moana Pātete-Walsh said her side had been poor. "
        "“We gave away fourteen penalties,” she said."
    )
    assert one(nlp, text).speaker == "Moana Pātete-Walsh"


def test_letters_after_a_name_are_not_the_name(nlp: Any) -> None:
    text = "County archaeologist Dr Ruth Okonjo-Hale FSA said: “It kept going.”"
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == ("Ruth Okonjo-Hale", "County archaeologist")


def test_a_surname_ending_like_a_role_noun_is_still_a_name(nlp: Any) -> None:
    text = (
        "Northline Rail's chief executive, Anders Holmqvist, apologised to passengers.\n\n"
        "“It has not been acceptable,” Holmqvist said."
    )
    q = one(nlp, text)
    assert q.speaker is not None and q.speaker.endswith("Holmqvist")


def test_the_role_given_as_a_title_points_back_to_its_holder(nlp: Any) -> None:
    text = (
        "At City Hall, Mayor Ngozi Adeyemi-Clarke said the notice would be lifted.\n\n"
        "Petra Novak, a reporter for the Harlow Courier, asked why alerts came late.\n\n"
        "“That's a fair question,” the mayor said."
    )
    q = one(nlp, text)
    assert q.speaker == "Ngozi Adeyemi-Clarke"


def test_nobody_speaks_in_a_clause_about_anyone(nlp: Any) -> None:
    text = (
        "Colm Durkan, a former pupil who now teaches music in Galway, remembered a teacher "
        "who refused to let anyone call themselves unmusical.\n\n"
        "“I was one of those kids. I wouldn’t be doing what I do without him.”"
    )
    assert one(nlp, text).speaker == "Colm Durkan"


def test_a_company_with_an_ampersand_is_never_he(nlp: Any) -> None:
    text = (
        "Halvorsen & Brandt, the Bergen-based shipping group, said it would cut 340 jobs.\n\n"
        "A union representative at the terminal said staff had learned of it from the news. "
        "“Nobody told us first,” he said."
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == (
        None,
        "A union representative at the terminal",
    )


def test_it_after_the_company_is_the_company_named(nlp: Any) -> None:
    text = (
        "Brightwater Dairies will cut the price it pays farmers for milk.\n\n"
        "In the letter, the company said prices had fallen. "
        "“We recognise that this will be difficult news,” it wrote."
    )
    assert one(nlp, text).speaker == "Brightwater Dairies"


def test_a_name_with_an_appositive_before_said_is_its_subject(nlp: Any) -> None:
    text = (
        "The head of the Humanitarian Demining Alliance warned on Monday that work could stall."
        "\n\nSpeaking at a press conference in Geneva, Anne-Sophie Mercier-Dubois, director "
        "general of the alliance, said teams had cleared 14 square kilometres.\n\n"
        "“Every month of delay means fields left empty,” she said."
    )
    assert one(nlp, text).speaker == "Anne-Sophie Mercier-Dubois"


def test_who_asked_the_question_does_not_answer_it(nlp: Any) -> None:
    text = (
        "Lindahl-Bose handed the question to Felix Grünewald, the deputy governor.\n\n"
        "“Banks are well capitalised,” Grünewald said.\n\n"
        "“So the answer is no?” Aiko Matsuda asked.\n\n"
        "“The answer is that we are watching it closely,” he said, to laughter."
    )
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Grünewald"


def test_a_rhetorical_question_ending_a_statement_is_not_asked_of_anyone(nlp: Any) -> None:
    text = (
        "Oswin Threlfall said he had coached the side for 30 years.\n\n"
        "“Rhiannon Pryce-Adebayo has run the kiosk since 2001,” he said.\n\n"
        "The club has lost money for years, and Threlfall worries about the future. "
        "“We need volunteers. But who wants to stand in the rain on a Sunday?”\n\n"
        "He has not, he admits, given up. “I still have the keys,” he says."
    )
    found = quotes(nlp, text)
    assert [(q.speaker, q.reason) for q in found[1:]] == [
        ("Threlfall", "context"),
        ("Threlfall", "parse+pronoun"),
    ]


def test_the_speaker_of_a_rhetorical_question_can_go_on(nlp: Any) -> None:
    text = (
        "“I have run the kiosk since 2001,” said Bertram Ashcroft-Nkemelu.\n\n"
        "“We need volunteers. But who wants to stand in the rain on a Sunday?” Oswin "
        "Threlfall said.\n\n"
        "He has not, he admits, given up. “I still have the keys,” he says."
    )
    assert quotes(nlp, text)[-1].speaker == "Oswin Threlfall"


def test_a_paragraph_about_one_person_introduces_the_quote_after_it(nlp: Any) -> None:
    text = (
        "Philippa Colquhoun-Ree was 23 when she moved to the island.\n\n"
        "She is 91 now, and lives in a bungalow by the harbour. But ask her about the "
        "lighthouse and the years fall away.\n\n"
        "“The first winter I thought I would die of the quiet.”\n\n"
        "Her neighbour, Tomasz Wielgosz, never met Philippa Colquhoun-Ree's husband. The "
        "ferry stopped in 2001.\n\n"
        "“It was a different island then.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Philippa Colquhoun-Ree", None]


def test_jean_is_not_taken_for_a_man(nlp: Any) -> None:
    text = (
        "Jean Haworth was 34, with three children. She ran the kitchen.\n\n"
        "“We started with a tea urn,” she said."
    )
    assert one(nlp, text).speaker == "Jean Haworth"


def test_an_exchange_after_a_line_of_the_reporters_passes_the_turn(nlp: Any) -> None:
    text = (
        "“We shipped a robot that could not open doors,” Zanele Mokoena-Fraser, the founder "
        "of Ferrowind, told the hall.\n\n"
        "The moderator, Tobias Elkington, struggled to keep a straight face.\n\n"
        "“Is there anything that went right?” he asked.\n\n"
        "“The third robot. It is very good at doors.”\n\n"
        "“And what would you tell your younger self?”\n\n"
        "“Buy a door.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == [
        "Zanele Mokoena-Fraser",
        "Tobias Elkington",
        "Zanele Mokoena-Fraser",
        "Tobias Elkington",
        "Zanele Mokoena-Fraser",
    ]


def test_an_open_quote_ending_in_a_question_goes_on_with_its_speaker(nlp: Any) -> None:
    text = (
        "“He used to leave notes on our desks,” Matthias Oberholzer said.\n\n"
        "“Green is a calm colour,” Oluwaseun Bakare said.\n\n"
        "Oberholzer credits his mentor with teaching him to doubt his own results.\n\n"
        "“The first thing he asked about any graph was: what if you were wrong?\n\n"
        "“I ask my students the same thing now. They hate it.”"
    )
    assert [q.speaker for q in quotes(nlp, text)][-2:] == ["Oberholzer", "Oberholzer"]


def test_a_described_speaker_heard_as_she_is_not_a_later_he(nlp: Any) -> None:
    text = (
        "«We dug with our hands,» Reto Camenisch, head of the rescue service, said.\n\n"
        "A ski instructor from the resort reached the site within minutes. «You just start "
        "digging,» she said.\n\n"
        "The youngest of the three, Lorenz, told television from his bed that he had heard "
        "the others. «I could not move a finger,» he said."
    )
    assert [q.speaker for q in quotes(nlp, text)][-1] == "Lorenz"


def test_a_name_taking_a_plural_verb_is_a_team_not_a_he(nlp: Any) -> None:
    text = (
        "Dean Ferriday manages the side for £120 a week.\n\n"
        "Harlow Vale are eighth in the league. “We are happy with that,” he says."
    )
    assert one(nlp, text).speaker == "Dean Ferriday"


def test_a_first_name_with_a_role_in_apposition_is_a_person(nlp: Any) -> None:
    text = (
        "Hilary Dunmore, the head, lives next door. “We had the heating on at seven,” she "
        "said.\n\n"
        "Isla, a nine-year-old in P5, said the best part had been the snowball fight. "
        "“The teachers joined in,” she said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Hilary Dunmore", "Isla"]


def test_a_she_after_a_paragraph_introducing_a_woman_and_her_son_is_the_woman(nlp: Any) -> None:
    text = (
        "Dr Anneke de Vries-Mensah, who led the trial, said the results were good. “Our "
        "wards fill up every winter,” she said.\n\n"
        "Rachel Emberton's son Kofi spent eight days in intensive care. He is now four.\n\n"
        "“I remember the sound of the machines,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Rachel Emberton"


def test_a_reply_addressing_the_last_speaker_by_name_is_the_other_ones(nlp: Any) -> None:
    text = (
        "Roger Hebblethwaite, the chairman, opened the item. “We are all going to be civil,” "
        "he said.\n\n"
        "Pauline Grice was first on her feet. “I can't get my car out. I am seventy-three, "
        "Roger,” she said.\n\n"
        "“I know how old you are, Pauline.”\n\n"
        "“Then you know I shouldn't be reversing up lanes.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == [
        "Roger Hebblethwaite",
        "Pauline Grice",
        "Roger Hebblethwaite",
        "Pauline Grice",
    ]


def test_a_first_name_described_with_a_reduced_relative_is_a_person(nlp: Any) -> None:
    text = (
        "The ballot boxes arrive at 1.40am.\n\n"
        "Nadia, a 23-year-old law student counting votes for the first time, has been here "
        "since nine. “I thought it would be boring,” she said."
    )
    assert one(nlp, text).speaker == "Nadia"


def test_a_first_name_with_a_who_clause_is_a_person(nlp: Any) -> None:
    text = (
        "About eighty people crowded into the church hall.\n\n"
        "Bryony, who has run the post office for nineteen years, arrived early to put out "
        "chairs. “I'm not against prisons,” she said."
    )
    assert one(nlp, text).speaker == "Bryony"


def test_the_owner_of_a_sentences_subject_is_its_centre(nlp: Any) -> None:
    text = (
        "Nadia, a 23-year-old law student, has been counting since nine. “It's quite "
        "tense,” she said.\n\n"
        "At 3.15am the returning officer, Anwen Price-Davies, calls the candidates in. “A cat "
        "is not an intention,” she said later.\n\n"
        "Nadia's table finishes at 4.05am. “I'd do it again,” she said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Nadia", "Anwen Price-Davies", "Nadia"]


def test_a_speaker_may_name_himself_in_his_words(nlp: Any) -> None:
    text = (
        "Wilf Ackroyd, who has died aged 89, was a lollipop man for 34 years.\n\n"
        "He took the job in 1983. “Then the kids started calling me Mr Wilf, and that was "
        "that,” he told the Courier in 2009."
    )
    assert one(nlp, text).speaker == "Wilf Ackroyd"


def test_a_mother_with_a_son_in_her_whose_clause_is_a_she(nlp: Any) -> None:
    text = (
        "“We are incredibly proud,” the school said.\n\n"
        "Lucy Henshaw, whose 13-year-old son Alfie was on the coach, drove to the hospital.\n\n"
        "“It was the fastest I've ever driven,” she said.\n\n"
        "Alfie, sitting beside her, said everyone had been singing. “Then it went really "
        "quiet,” he said."
    )
    assert [q.speaker for q in quotes(nlp, text)][1:] == ["Lucy Henshaw", "Alfie"]


def test_a_first_name_after_an_article_is_a_word_not_a_person(nlp: Any) -> None:
    text = (
        "“It wasn't a number,” Henrik Dahlgaard said.\n\n"
        "The 52-year-old Dane says the collaboration works. “We still argue,” he said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Henrik Dahlgaard", "Henrik Dahlgaard"]


def test_a_name_with_a_which_clause_is_the_company_the_company_said_is(nlp: Any) -> None:
    text = (
        "Dr Fatima Benali, medical director of Eastholme General Hospital, said most patients "
        "were stable. “Both are talking,” she said.\n\n"
        "Ardent Polymers, which owns the factory, said a valve had failed. “We are deeply "
        "sorry,” the company said.\n\n"
        "Ardent Polymers, which employs 300 people, said it was cooperating with the police. "
        "“We will need days,” he said."
    )
    found = quotes(nlp, text)
    assert found[1].speaker == "Ardent Polymers" and found[2].speaker != "Ardent Polymers"


def test_a_translation_after_a_dash_is_the_same_speakers(nlp: Any) -> None:
    text = (
        "Anaïs Delacroix-Mbeki, the fourth seed, won. Speaking in French, she said: «J'ai "
        'eu de la chance.» — "I was lucky."\n\n'
        "Her opponent, Hana Kobayashi, had saved two match points."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Anaïs Delacroix-Mbeki", "Anaïs Delacroix-Mbeki"]


def test_a_title_with_for_before_the_name_names_the_person(nlp: Any) -> None:
    text = (
        "Minister for Mental Health Farida Qasim said an extra £120m would be spent. "
        "“No child should wait this long,” she said. A spokesperson for Brightkin Toys "
        "said: “Safety comes first.”"
    )
    found = quotes(nlp, text)
    assert found[0].speaker == "Farida Qasim" and found[1].speaker != "Brightkin Toys"


def test_any_name_with_a_who_clause_is_a_person(nlp: Any) -> None:
    text = (
        "“Aldmark does not pay ransoms,” a ministry spokesman, Gert Halvorsen, said.\n\n"
        "Femi Adeyemi-Lund, who directed the nutrition programme, remembered a colleague who "
        "refused to leave. “She never left,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Femi Adeyemi-Lund"


def test_an_action_beat_the_parser_misread_still_introduces_the_quote(nlp: Any) -> None:
    text = (
        "The Leader of the Opposition, Niamh Oyelowo, asked him six times.\n\n"
        "Ms Oyelowo turned to her own benches, arms spread. “Still no answer.”"
    )
    assert one(nlp, text).speaker == "Oyelowo"


def test_a_question_put_to_a_witness_is_answered_by_the_witness(nlp: Any) -> None:
    text = (
        "Petra Lindahl, Corvell's head of people, said the decision was fair.\n\n"
        "Her barrister, Naomi Barraclough, put it to Ms Lindahl that the scoring sheet had "
        "been created two days after the email. “Can you explain the date on this document?”"
        "\n\n“It was finalised on that date.”\n\n"
        "“Discussed where? There is no record of it.”\n\n"
        "“In conversations.”"
    )
    assert [(q.speaker or "-").split()[-1] for q in quotes(nlp, text)] == [
        "Barraclough",
        "Lindahl",
        "Barraclough",
        "Lindahl",
    ]


def test_a_hyphenated_participle_opening_the_sentence_is_no_subject(nlp: Any) -> None:
    text = (
        "Yasmin El-Amin, a former analyst, told the tribunal she was dismissed.\n\n"
        "Cross-examined by Corvell's counsel, Ms El-Amin accepted that the restructure had "
        "affected 40 roles. “Forty roles, yes.”"
    )
    assert one(nlp, text).speaker == "El-Amin"


def test_a_reply_does_not_go_on_into_the_next_bare_paragraph(nlp: Any) -> None:
    text = (
        "Julian Heseltyne-Brooke, chief executive of Severnmouth Water, was appearing before "
        "the committee.\n\n"
        "The committee's chairman, Fergus Anstruther MP, began by asking whether Mr "
        "Heseltyne-Brooke had personally swum in the river. “I have not, no,” he replied.\n\n"
        "“Would you let your children?”"
    )
    last = quotes(nlp, text)[-1]  # not the one who replied: the chairman, who asks
    assert (last.speaker, last.reason) == ("Fergus Anstruther", "exchange")


def test_the_official_is_the_unnamed_official_as_introduced(nlp: Any) -> None:
    text = (
        "“The person responsible is in custody,” Marisol Vega, a police spokeswoman, said.\n\n"
        "A law enforcement official familiar with the investigation said the suspect had been "
        "identified. “He bought gas in a can,” the official said."
    )
    q = quotes(nlp, text)[-1]
    assert (q.speaker, q.speaker_description, q.reason) == (
        None,
        "A law enforcement official familiar with the investigation",
        "parse+unnamed",
    )


def test_she_after_a_woman_introduced_in_her_paragraph_is_her(nlp: Any) -> None:
    text = (
        "“The plants don't know what season it is,” said María Fernanda del Castillo Rojas, "
        "president of the cooperative.\n\n"
        "That means more work for pickers like Luz Marina, 43, who travels from farm to farm. "
        "“If the coffee ripens slowly, we earn slowly,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Luz Marina"


def test_accents_do_not_hide_a_first_name(nlp: Any) -> None:
    from newsprism.annotate.person_words import gender_of_name

    assert gender_of_name("Aurélie Fontaine-Baptiste") == gender_of_name("Aurelie Fontaine")
    assert gender_of_name("Aurélie Fontaine-Baptiste") is not None


def test_an_interpreters_words_are_the_speakers(nlp: Any) -> None:
    text = (
        "Marisela Ortiz, whose son was stopped twice, spoke in Spanish. “Tengo miedo cada vez "
        "que sale de la casa,” she said. A volunteer translated: “I am afraid every time he "
        "leaves the house.”"
    )
    q = quotes(nlp, text)[-1]
    assert (q.speaker, q.reason) == ("Marisela Ortiz", "translation")


def test_the_directorate_is_the_directorate_named(nlp: Any) -> None:
    text = (
        "The island's Civil Protection Directorate said the toll was likely to rise. "
        "“Rescue teams are still working,” the directorate said in a statement."
    )
    assert one(nlp, text).speaker == "Civil Protection Directorate"


def test_the_company_among_a_council_and_a_group_is_the_company(nlp: Any) -> None:
    text = (
        "Plans for 140 homes were approved by Wexcombe District Council on Tuesday.\n\n"
        "The scheme, put forward by Harlow Vale Developments, was opposed by the Little "
        "Brantham Action Group.\n\n"
        "“This is a well-designed scheme,” the company said."
    )
    assert one(nlp, text).speaker == "Harlow Vale Developments"


@pytest.mark.parametrize(
    ("introduction", "cue"),
    [
        ("According to a senior government source, the treasury had resisted.", "the source"),
        ("One diplomat present at the talks said the room was cold.", "the diplomat"),
    ],
)
def test_the_source_is_the_unnamed_source_introduced(nlp: Any, introduction: str, cue: str) -> None:
    text = (
        "Farida al-Masri, the ministry's spokeswoman and a former diplomat, spoke first. "
        "“We are here,” she said.\n\n"
        f"{introduction} “It went to the wire,” {cue} said."
    )
    q = quotes(nlp, text)[-1]
    assert q.speaker is None and q.reason.endswith("+unnamed")


def test_role_noun_before_a_colon(nlp: Any) -> None:
    q = one(nlp, "Another insider was more cautious: “Nothing is settled yet.”")
    assert (q.speaker, q.speaker_description, q.reason) == (None, "Another insider", "colon")


# -- gold set floors ------------------------------------------------------------------------
# Floors sit a little below the figures measured when they were set (tune: speaker P 0.991,
# R 0.983; held-out: P 1.000, R 1.000, but its errors were read while generalising the rules,
# so it is tuning data now). Never lower them silently: a lower figure is a regression to
# explain in the commit that changes a floor.
FLOORS = {
    "tune": {
        "span_p_exact": 0.98,
        "span_r_exact": 0.98,
        "kind_accuracy": 0.97,
        "speaker_p": 0.97,
        "speaker_r": 0.96,
    },
    "holdout": {
        "span_p_exact": 0.98,
        "span_r_exact": 0.98,
        "kind_accuracy": 0.92,
        "speaker_p": 0.96,
        "speaker_r": 0.95,
    },
}


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_gold_set_floors(nlp: Any, split: str) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quotes_eval import evaluate, load_gold

    records = load_gold(split)
    assert sum(len(r["quotes"]) for r in load_gold("all")) >= 150
    figures = evaluate(records, nlp)
    for name, floor in FLOORS[split].items():
        assert figures[name] >= floor, (name, figures[name], floor)


# The fresh set (tests/annotate/gold/quotes_fresh.jsonl) was written by an independent
# annotator and first run once, after the rules were frozen (commit 79237fc): span P/R 1.000,
# kind 0.950, speaker P 0.822, R 0.800 over 75 direct quotes with a speaker (the honest
# figures of that time). Its errors were then read to generalise the rules (definite
# descriptions, appositive names, first names, singular "they", abstentions), so it is
# TUNING DATA now, like the two splits above: measured after that pass, kind 0.958,
# speaker P 1.000, R 0.973. The floors were raised to sit a little below that, never
# lowered; the honest held-out figures now come from fresh2 (below).
FRESH_FLOORS = {
    "span_p_exact": 0.98,
    "span_r_exact": 0.98,
    "kind_accuracy": 0.93,
    "speaker_p": 0.97,
    "speaker_r": 0.95,
}


def test_fresh_set_floors(nlp: Any) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quotes_eval import FRESH, evaluate, load_gold

    if not FRESH.exists():
        pytest.skip(f"{FRESH.name} is absent (the independent held-out set is not written yet)")
    figures = evaluate(load_gold("fresh"), nlp)
    for name, floor in FRESH_FLOORS.items():
        assert figures[name] >= floor, (name, figures[name], floor)


# The later fresh sets were each written by another independent annotator who never saw
# the rules, and each was run ONCE after a freeze, its errors unread, to give the honest
# figure of its time; then its errors were read to generalise the rules, which makes it
# tuning data too (the next set gives the next honest figure). History of the honest runs
# (speaker P / R over direct quotes with a gold speaker):
#   fresh2 (119 direct) at 5beec03: 0.788 / 0.655  (session 1)
#   fresh3 (217 direct) at 52561cd: 0.888 / 0.806  (after tuning on fresh2)
#   fresh4 (271 direct) at 1153760: 0.793 / 0.720  (after tuning on fresh3)
#   fresh5 (224 direct) at 0f419c0: 0.833 / 0.799  (after tuning on fresh4; its annotator
#     had seen recent commit subjects, one of which names a construction the set uses)
#   fresh6 (188 direct) at 7766f2f: 0.912 / 0.878  (after tuning on fresh5)
#   fresh7 (177 direct) at 6c50134: 0.917 / 0.876  (after tuning on fresh6)
#   fresh8 (179 direct) at 5d1dd8d: 0.926 / 0.844  (after tuning on fresh7)
#   session 3: tuned on fresh8, then
#   fresh9 (227 direct) at d50a3a6: 0.920 / 0.912  (0.901 / 0.881 at the session's start)
#   fresh10 (253 direct) at 69bc80c: 0.901 / 0.862  (after tuning on fresh9; 0.885 / 0.850
#     at the session's start)
#   fresh11 (240 direct) at 52a2cc2: 0.945 / 0.925  (after tuning on fresh10; 0.935 / 0.896
#     at the session's start)
#   fresh12 (230 direct) at 7f65392: 0.949 / 0.896  (after tuning on fresh11; 0.948 / 0.874
#     at the session's start)
#   fresh13 (202 direct) at 29b5b9e: 0.938 / 0.891  (after tuning on fresh12; 0.910 / 0.847
#     at the session's start)
#   session 4 (2026-11-24; rules at its start 7e05fc3, scores at that commit in brackets):
#   fresh14 (264 direct) at 322626e: 0.920 / 0.920  [0.917 / 0.917]
#   fresh15 (302 direct) at df80abc: 0.895 / 0.851  [0.863 / 0.815]  (after tuning on fresh14)
#   fresh16 (247 direct) at 6f03d60: 0.933 / 0.907  [0.907 / 0.870]  (after tuning on fresh15)
#   fresh17 (346 direct) at 6f03d60: 0.922 / 0.893  [0.907 / 0.879]
#   fresh18 (246 direct) at 4fd39ce: 0.925 / 0.898  [0.908 / 0.882]  (after tuning on 16, 17)
#   fresh19 (322 direct) at 2b6b05d: 0.911 / 0.863  [0.892 / 0.845]  (same rules as fresh18)
#   (quotes_eval's matching changed twice in session 4, both in the commit that says so: a
#   gold first name alone matches a predicted full name that starts with it, and a
#   description's head ends before a reduced relative; the brackets use today's matching.)
#   session 5 (2026-11-24; rules at its start fa5ff71, scores at that commit in brackets):
#   fresh20 (277 direct) at 6489923: 0.908 / 0.895  [0.908 / 0.895]
#   fresh21 (329 direct) at 6489923: 0.875 / 0.833  [0.875 / 0.833]
#   fresh22 (268 direct) at 6489923: 0.953 / 0.918  [0.953 / 0.918]
#   fresh23 (269 direct) at 7493a2a: 0.932 / 0.918  [0.925 / 0.911]  (after tuning on 20-22)
#   fresh24 (305 direct) at 7493a2a: 0.925 / 0.895  [0.922 / 0.889]
#   fresh26 (331 direct) at 7493a2a: 0.895 / 0.879  [0.892 / 0.876]
#   fresh27 (246 direct) at 03cc8dc: 0.958 / 0.919  [0.932 / 0.898]  (after tuning on 23-26)
#   fresh28 (325 direct) at 03cc8dc: 0.926 / 0.883  [0.920 / 0.880]
#   fresh25 (271 direct) is no blind figure: a linter run printed half its passages before
#   its first run (0.922 / 0.919 at 5366bbd, [0.922 / 0.919]); it is tuning data only.
#   session 6 (2026-11-24; rules at its start cb44ee1, scores at that commit in brackets;
#   both sets written outside the repository and copied in after their one run):
#   fresh29 (291 direct) at 4687cb7: 0.885 / 0.849  [0.878 / 0.838]  (after tuning on 2-28)
#   fresh30 (366 direct) at 4687cb7: 0.923 / 0.880  [0.917 / 0.874]
#   session 7 (2026-11-24; rules at its start 0bcec6b, scores at that commit in brackets;
#   written outside the repository, copied in after their one run):
#   fresh31 (334 direct; business, science, diplomacy) at e4cd77b: 0.919 / 0.913
#     [0.919 / 0.913]
#   fresh32 (376 direct; breaking, local news, long profiles) at e4cd77b: 0.887 / 0.832
#     [0.887 / 0.832]
#   (quotes_eval's matching changed once in session 7, in the commit that says so: a
#   description's head also ends before a participle that opens a reduced relative, "a
#   lorry driver travelling to …"; with it fresh32's one-shot figures would be 0.895 / 0.840.)
#   fresh33 (256 direct; a day's general news) at 2ba0875: 0.960 / 0.941  [0.956 / 0.934]
#     (after tuning on 2-32)
#   fresh34 (392 direct; foreign news, science, sport interviews) at 2ba0875: 0.974 / 0.972
#     [0.969 / 0.967]
#   fresh35 (347 direct; features, regional news) at 4379082: 0.937 / 0.893  [0.918 / 0.867]
#     (after tuning on 2-34)
#   fresh36 (299 direct; politics, courts, hearings) at 4379082: 0.871 / 0.809
#     [0.870 / 0.803]
#   session 8 (2026-11-24; rules at its start 2e0ef4d, scores at that commit in brackets;
#   written outside the repository, copied in after their one run):
#   fresh39 (337 direct; a weekend paper's mix) at c0c61f7: 0.954 / 0.914  [0.954 / 0.914]
#     (after tuning on fresh36's hearings)
#   fresh38 (284 direct; politics, hearings, interviews) at 422e1e0 (the rules of c0c61f7):
#     0.903 / 0.884  [0.903 / 0.884]
#   fresh37 (298 direct; courts and inquiries) at 3cfe5b1 (the rules of c0c61f7):
#     0.816 / 0.772  [0.801 / 0.755]
#   fresh41 (315 direct; politics and public affairs) at f2d0536 (after tuning on 36-39):
#     0.911 / 0.879  [0.911 / 0.879]
#   fresh40 (298 direct; courts and inquiries) at 814b390 (after tuning on 36-39, 41):
#     0.877 / 0.839  [0.869 / 0.799]
#   fresh42 (282 direct; courts, inquiries, hearings) at d774f5f (after tuning on 36-41):
#     0.879 / 0.848  [0.857 / 0.805]
#   fresh43 (268 direct; a day's general news) at d774f5f: 0.966 / 0.955  [0.962 / 0.951]
#   fresh45 (296 direct; politics and public affairs) at d35a070 (after tuning on 36-43):
#     0.879 / 0.834  [0.882 / 0.807]
#   (quotes_eval's matching changed once in session 8, in the commit that says so: a
#   generational suffix is no surname, "Raymond Ellis Jr." matches Raymond Ellis.)
#   fresh44 (313 direct; courts and inquiries) at 15f45b6 (after tuning on 36-43, 45):
#     0.889 / 0.840  [0.874 / 0.776]
#   fresh46 (287 direct; a day's general news) at c2886b6 (after tuning on 36-45):
#     0.975 / 0.958  [0.975 / 0.958]
#   fresh47 (313 direct; courts and inquiries) at bbd53c8 (the rules of c2886b6):
#     0.931 / 0.911  [0.887 / 0.827]
#   fresh48 (308 direct; politics and public affairs) at 1091ad3 (after tuning on 36-47):
#     0.897 / 0.847  [0.883 / 0.834]
#   fresh49 (314 direct; a weekend paper's mix) at 1091ad3: 0.950 / 0.914  [0.950 / 0.914]
#   session 9 (2026-11-24; rules at its start 1cb7471, scores at that commit in brackets;
#   written outside the repository, copied in after their one run, all three at 53c47dd,
#   after tuning on fresh44-48):
#   fresh50 (323 direct; politics and public affairs): 0.896 / 0.858  [0.900 / 0.861]
#   fresh51 (337 direct; courts and inquiries): 0.945 / 0.920  [0.936 / 0.911]
#   fresh52 (397 direct; long features and interviews): 0.846 / 0.804  [0.830 / 0.788]
#   then, all three at 35bb846 (after tuning on fresh50-52):
#   fresh53 (311 direct; politics and public affairs): 0.934 / 0.916  [0.928 / 0.907]
#   fresh54 (401 direct; long features and interviews): 0.916 / 0.845  [0.914 / 0.843]
#   fresh55 (284 direct; a day's general news): 0.904 / 0.891  [0.903 / 0.887]
#   then at b5da25f (after tuning on fresh50-55):
#   fresh58 (381 direct; long features and interviews): 0.961 / 0.911  [0.956 / 0.906]
#   fresh56 (306 direct; politics and public affairs) at c488c55 (the rules of b5da25f):
#     0.953 / 0.918  [0.942 / 0.902]
#   fresh57 (295 direct; courts and inquiries) at 52095be (the rules of b5da25f):
#     0.887 / 0.875  [0.880 / 0.868]
#   session 10 (2026-11-24; rules at its start a0f5f60, scores at that commit in brackets;
#   written outside the repository, copied in after their one run, all four at 4a5f452,
#   after tuning on fresh57 with the delayed-lede rule):
#   fresh59 (292 direct; courts and inquiries): 0.905 / 0.877  [0.883 / 0.856]
#   fresh60 (341 direct; politics and public affairs): 0.912 / 0.880  [0.912 / 0.880]
#   fresh61 (371 direct; long features and interviews): 0.924 / 0.852  [0.924 / 0.852]
#   fresh62 (299 direct; a day's general news): 0.959 / 0.950  [0.959 / 0.950]
#   then, all four at ec08d71 (after tuning on fresh57-62):
#   fresh63 (317 direct; courts and inquiries): 0.927 / 0.880  [0.924 / 0.877]
#   fresh64 (345 direct; politics and public affairs): 0.926 / 0.901  [0.929 / 0.904]
#   fresh65 (351 direct; long features and interviews): 0.960 / 0.892  [0.963 / 0.889]
#   fresh66 (350 direct; a weekend paper's mix): 0.976 / 0.943  [0.976 / 0.943]
#   session 11 (2026-11-24; rules at its start 898bf40, scores at that commit in brackets;
#   written outside the repository, copied in after their one run, all four at 04148f0):
#   fresh67 (366 direct; courts and inquiries): 0.925 / 0.880  [0.922 / 0.877]
#   fresh68 (327 direct; politics): 0.916 / 0.896  [0.916 / 0.896]
#   fresh69 (431 direct; long features and interviews): 0.903 / 0.884  [0.903 / 0.884]
#   fresh70 (317 direct; regional and wire news): 0.965 / 0.956  [0.965 / 0.956]
#   then, all four at fa4f3d8 (after tuning on fresh67-70):
#   fresh71 (308 direct; courts and inquiries): 0.908 / 0.860  [0.897 / 0.851]
#   fresh72 (344 direct; politics): 0.932 / 0.910  [0.932 / 0.910]
#   fresh73 (328 direct; long features and interviews): 0.904 / 0.863  [0.904 / 0.863]
#   fresh74 (289 direct; a weekend paper's mix): 0.965 / 0.948  [0.965 / 0.948]
#   then, all four at 7f774e7 (after tuning on fresh67-74):
#   fresh75 (347 direct; courts and inquiries): 0.926 / 0.899  [0.914 / 0.888]
#   fresh76 (325 direct; politics): 0.889 / 0.865  [0.886 / 0.862]
#   fresh77 (373 direct; long features and interviews): 0.923 / 0.895  [0.920 / 0.893]
#   fresh78 (301 direct; a weekend paper's mix): 0.936 / 0.927  [0.936 / 0.927]
#   then, all four at 2bc6e4d (after tuning on fresh67-78):
#   fresh79 (335 direct; courts and inquiries): 0.899 / 0.881  [0.890 / 0.872]
#   fresh80 (329 direct; politics): 0.940 / 0.909  [0.940 / 0.909]
#   fresh81 (342 direct; long features and interviews): 0.927 / 0.892  [0.930 / 0.895]
#   fresh82 (344 direct; a weekend paper's mix): 0.961 / 0.930  [0.955 / 0.924]
#   session 12 (2026-11-25; rules at its start 70adac2, scores at that commit in brackets;
#   written outside the repository, copied in after their one run, all four at 3fb2ecd):
#   fresh83 (331 direct; courts and inquiries): 0.886 / 0.843  [0.895 / 0.852]
#   fresh84 (347 direct; politics): 0.918 / 0.905  [0.918 / 0.905]
#   fresh85 (337 direct; long features and interviews): 0.882 / 0.795  [0.882 / 0.795]
#   fresh86 (306 direct; a weekend paper's mix): 0.963 / 0.944  [0.963 / 0.944]
#   then, all four at 9b9d59d (after tuning on fresh83-86):
#   fresh87 (295 direct; courts and inquiries): 0.934 / 0.915  [0.934 / 0.912]
#   fresh88 (331 direct; politics): 0.934 / 0.897  [0.934 / 0.897]
#   fresh89 (377 direct; long features and interviews): 0.920 / 0.881  [0.922 / 0.875]
#   fresh90 (309 direct; a weekend paper's mix): 0.964 / 0.951  [0.964 / 0.951]
#   then, all four at e08330a (after tuning on fresh83-90):
#   fresh91 (343 direct; courts and inquiries): 0.922 / 0.901  [0.922 / 0.898]
#   fresh92 (345 direct; politics): 0.890 / 0.870  [0.890 / 0.867]
#   fresh93 (344 direct; long features and interviews): 0.904 / 0.872  [0.902 / 0.852]
#   fresh94 (292 direct; a weekend paper's mix): 0.965 / 0.949  [0.965 / 0.942]
#   then, all four at 7b1c9cc (after tuning on fresh83-94):
#   fresh95 (329 direct; courts and inquiries): 0.903 / 0.872  [0.889 / 0.875]
#   fresh96 (346 direct; politics): 0.944 / 0.922  [0.944 / 0.919]
#   fresh97 (341 direct; long features and interviews): 0.911 / 0.836  [0.919 / 0.830]
#   fresh98 (345 direct; a weekend paper's mix): 0.959 / 0.945  [0.959 / 0.945]
#   then, all four at f63dbf3 (after tuning on fresh83-98):
#   fresh99 (344 direct; courts and inquiries): 0.912 / 0.878  [0.915 / 0.878]
#   fresh100 (343 direct; politics): 0.913 / 0.857  [0.913 / 0.857]
#   fresh101 (341 direct; long features and interviews): 0.900 / 0.871  [0.896 / 0.859]
#   fresh102 (315 direct; a weekend paper's mix): 0.961 / 0.946  [0.964 / 0.943]
#   last, all four at bcbcede (after tuning on fresh83-102):
#   fresh103 (349 direct; courts and inquiries): 0.946 / 0.905  [0.938 / 0.911]
#   fresh104 (290 direct; politics): 0.941 / 0.883  [0.931 / 0.883]
#   fresh105 (333 direct; long features and interviews): 0.912 / 0.838  [0.906 / 0.835]
#   fresh106 (347 direct; a weekend paper's mix): 0.956 / 0.942  [0.953 / 0.937]
#   session 13 (2026-11-25; rules at its start 30774df, scores at that commit in brackets;
#   written outside the repository, copied in after their one run, all four at f846cb5):
#   fresh107 (305 direct; courts and inquiries): 0.910 / 0.892  [0.910 / 0.892]
#   fresh108 (296 direct; politics): 0.907 / 0.858  [0.907 / 0.858]
#   fresh109 (419 direct; long features and interviews): 0.931 / 0.866  [0.933 / 0.864]
#   fresh110 (330 direct; a weekend paper's mix): 0.966 / 0.945  [0.966 / 0.945]
#   then, all four at d09e986 (after tuning on fresh107-110):
#   fresh111 (353 direct; courts and inquiries): 0.913 / 0.895  [0.913 / 0.895]
#   fresh112 (287 direct; politics): 0.948 / 0.892  [0.948 / 0.892]
#   fresh113 (346 direct; long features and interviews): 0.934 / 0.899  [0.934 / 0.893]
#   fresh114 (301 direct; a weekend paper's mix): 0.962 / 0.924  [0.962 / 0.924]
#   last, all four at 1387165 (after tuning on fresh107-114):
#   fresh115 (335 direct; courts and inquiries): 0.934 / 0.890  [0.931 / 0.884]
#   fresh116 (313 direct; politics): 0.950 / 0.907  [0.950 / 0.907]
#   fresh117 (344 direct; long features and interviews): 0.935 / 0.884  [0.938 / 0.878]
#   fresh118 (318 direct; a weekend paper's mix): 0.965 / 0.953  [0.965 / 0.953]
#   session 14 (2026-11-25; rules at its start 88290ba, scores at that commit in brackets;
#   written outside the repository, copied in after their one run, all four at 09fc52e):
#   fresh119 (303 direct; courts and inquiries): 0.946 / 0.931  [0.946 / 0.931]
#   fresh120 (332 direct; politics): 0.928 / 0.892  [0.930 / 0.886]
#   fresh121 (344 direct; long features and interviews): 0.848 / 0.814  [0.852 / 0.817]
#   fresh122 (346 direct; a weekend paper's mix): 0.971 / 0.951  [0.971 / 0.951]
#   then, all four at fc1d5a4 (after tuning on fresh107-122):
#   fresh123 (341 direct; courts and inquiries): 0.953 / 0.950  [0.950 / 0.947]
#   fresh124 (306 direct; politics): 0.925 / 0.882  [0.924 / 0.873]
#   fresh125 (402 direct; long features and interviews): 0.936 / 0.915  [0.931 / 0.908]
#   fresh126 (324 direct; a weekend paper's mix): 0.914 / 0.914  [0.910 / 0.910]
#   then, all four at bef4dda (after tuning on fresh107-126):
#   fresh127 (322 direct; courts and inquiries): 0.909 / 0.894  [0.908 / 0.891]
#   fresh128 (346 direct; politics): 0.947 / 0.934  [0.938 / 0.925]
#   fresh129 (438 direct; long features and interviews): 0.934 / 0.911  [0.934 / 0.904]
#   fresh130 (344 direct; a weekend paper's mix): 0.962 / 0.948  [0.962 / 0.948]
#   then, all four at 0835ade (after tuning on fresh107-130):
#   fresh131 (378 direct; courts and inquiries): 0.935 / 0.915  [0.920 / 0.886]
#   fresh132 (333 direct; politics): 0.929 / 0.910  [0.928 / 0.892]
#   fresh133 (379 direct; long features and interviews): 0.944 / 0.892  [0.943 / 0.876]
#   fresh134 (345 direct; a weekend paper's mix): 0.973 / 0.945  [0.973 / 0.942]
#   last, all four at 6b50297 (after tuning on fresh107-134):
#   fresh135 (311 direct; courts and inquiries): 0.924 / 0.900  [0.921 / 0.897]
#   fresh136 (317 direct; politics): 0.938 / 0.912  [0.937 / 0.896]
#   fresh137 (344 direct; long features and interviews): 0.927 / 0.884  [0.929 / 0.881]
#   fresh138 (346 direct; a weekend paper's mix): 0.977 / 0.962  [0.977 / 0.962]
# Session 15, brackets = the session-start rules (ba4da9f); first round at 6b15770:
#   fresh139 (317 direct; courts and inquiries): 0.936 / 0.918  [0.936 / 0.918]
#   fresh140 (293 direct; politics): 0.929 / 0.898  [0.929 / 0.898]
#   fresh141 (464 direct; long features and interviews): 0.904 / 0.869  [0.904 / 0.869]
#   fresh142 (303 direct; a weekend paper's mix): 0.941 / 0.941  [0.941 / 0.941]
#   second round at e69d8bd (after tuning on fresh139-142):
#   fresh143 (313 direct; courts and inquiries): 0.953 / 0.917  [0.953 / 0.917]
#   fresh144 (358 direct; politics): 0.937 / 0.908  [0.937 / 0.908]
#   fresh145 (361 direct; long features and interviews): 0.911 / 0.884  [0.911 / 0.884]
#   fresh146 (316 direct; a weekend paper's mix): 0.968 / 0.946  [0.955 / 0.934]
#   third round at 009c1f6 (after tuning on fresh139-146):
#   fresh147 (338 direct; courts and inquiries): 0.958 / 0.941  [0.955 / 0.935]
#   fresh148 (275 direct; politics): 0.941 / 0.873  [0.945 / 0.876]
#   fresh149 (353 direct; long features and interviews): 0.882 / 0.847  [0.882 / 0.847]
#   fresh150 (389 direct; a weekend paper's mix): 0.963 / 0.925  [0.963 / 0.925]
#   fourth round at 90adabb (after tuning on fresh139-150):
#   fresh151 (288 direct; courts and inquiries): 0.937 / 0.934  [0.937 / 0.934]
#   fresh152 (353 direct; politics): 0.889 / 0.836  [0.889 / 0.836]
#   fresh153 (339 direct; long features and interviews): 0.890 / 0.861  [0.890 / 0.861]
#   fresh154 (302 direct; a weekend paper's mix): 0.952 / 0.914  [0.938 / 0.901]
# Session 16, brackets = the session-start rules (8f3d602); first round at 4a1329b:
#   fresh155 (315 direct; courts and inquiries): 0.941 / 0.917  [0.938 / 0.914]
#   fresh156 (335 direct; politics): 0.950 / 0.901  [0.940 / 0.893]
#   fresh157 (350 direct; long features and interviews): 0.899 / 0.866  [0.896 / 0.863]
#   fresh158 (317 direct; a weekend paper's mix): 0.977 / 0.934  [0.977 / 0.934]
#   second round at 2f891fa (after tuning on fresh155-158):
#   fresh159 (308 direct; courts and inquiries): 0.900 / 0.877  [0.900 / 0.877]
#   fresh160 (333 direct; politics): 0.915 / 0.907  [0.915 / 0.907]
#   fresh161 (339 direct; long features and interviews): 0.933 / 0.903  [0.927 / 0.897]
#   fresh162 (302 direct; a weekend paper's mix): 0.957 / 0.947  [0.957 / 0.947]
# Session 17, brackets = the session-start rules (23065fd); first round at 89e6163:
#   fresh163 (304 direct; courts and inquiries): 0.924 / 0.921  [0.924 / 0.921]
#   fresh164 (344 direct; politics): 0.944 / 0.930  [0.944 / 0.930]
#   fresh165 (391 direct; long features and interviews): 0.941 / 0.941  [0.941 / 0.941]
#   fresh166 (317 direct; a weekend paper's mix): 0.961 / 0.940  [0.961 / 0.940]
#   second round at 9491055 (after tuning on fresh163-166):
#   fresh167 (306 direct; courts and inquiries): 0.927 / 0.918  [0.930 / 0.918]
#   fresh168 (340 direct; politics): 0.915 / 0.882  [0.912 / 0.879]
#   fresh169 (372 direct; long features and interviews): 0.928 / 0.871  [0.926 / 0.868]
#   fresh170 (320 direct; a weekend paper's mix): 0.959 / 0.956  [0.959 / 0.956]
#   third round at 855e3f2 (after tuning on fresh163-170):
#   fresh171 (327 direct; courts and inquiries): 0.912 / 0.890  [0.903 / 0.881]
#   fresh172 (346 direct; politics): 0.926 / 0.867  [0.923 / 0.864]
#   fresh173 (338 direct; long features and interviews): 0.948 / 0.911  [0.948 / 0.911]
#   fresh174 (311 direct; a weekend paper's mix): 0.968 / 0.965  [0.965 / 0.961]
# The fresh9-174 annotators each read markup.py and fresh8's conventions docstring only.
# Every set up to fresh174 is tuning data now (fresh37-49's each only after its one run in
# session 8, fresh50-58's after theirs in session 9, fresh59-66's in session 10,
# fresh67-82's in session 11, fresh83-106's in session 12, fresh107-118's in session 13,
# fresh119-138's in session 14, fresh139-154's in session 15, fresh155-162's in
# session 16, fresh163-174's in session 17).
# The next set written blind
# gives the next honest figure.
# Figures at the end of session 8 (1091ad3; docs/benchmarks.md has every set): fresh36
# 0.899 / 0.890, fresh37 0.871 / 0.862, fresh38 0.914 / 0.894, fresh40 0.890 / 0.869,
# fresh41 0.938 / 0.917, fresh42 0.902 / 0.883, fresh44 0.902 / 0.853, fresh45 0.911 /
# 0.865, fresh47 0.931 / 0.911; fresh20 0.967 / 0.957 is the one set lower than at the
# session's start (one answer that went on, now read as the exchange's next turn).
# The floors below sit a little under the figures at e2eb296 (end of session 7): fresh2
# 0.992 / 0.992, fresh3 0.981 / 0.935, fresh4 0.950 / 0.919, fresh5 0.955 / 0.938, fresh6
# 0.957 / 0.936, fresh7 0.954 / 0.944, fresh8 0.966 / 0.939, fresh9 0.978 / 0.978, fresh10
# 0.975 / 0.941, fresh11 0.974 / 0.954, fresh12 0.986 / 0.948, fresh13 0.979 / 0.931,
# fresh14 0.977 / 0.977, fresh15 0.966 / 0.934, fresh16 0.963 / 0.939, fresh17 0.952 /
# 0.919, fresh18 0.959 / 0.939, fresh19 0.970 / 0.919, fresh20 0.971 / 0.960, fresh21 0.937
# / 0.900, fresh22 0.973 / 0.937, fresh23 0.974 / 0.967, fresh24 0.966 / 0.938, fresh25
# 0.944 / 0.941, fresh26 0.933 / 0.927, fresh27 0.966 / 0.927, fresh28 0.952 / 0.911,
# fresh29 0.922 / 0.893, fresh30 0.961 / 0.937, fresh31 0.952 / 0.946, fresh32 0.921 /
# 0.896, fresh33 0.964 / 0.949, fresh34 0.974 / 0.972; fresh27 and fresh29-36 keep floors
# under their honest one-shot figures. Never lower them silently: a lower figure is a
# regression to explain in the commit that changes a floor.
LATER_FLOORS = {
    "fresh2": {"speaker_p": 0.97, "speaker_r": 0.97},
    "fresh3": {"speaker_p": 0.96, "speaker_r": 0.91},
    "fresh4": {"speaker_p": 0.93, "speaker_r": 0.90},
    "fresh5": {"speaker_p": 0.94, "speaker_r": 0.92},
    "fresh6": {"speaker_p": 0.94, "speaker_r": 0.92},
    "fresh7": {"speaker_p": 0.93, "speaker_r": 0.92},
    "fresh8": {"speaker_p": 0.95, "speaker_r": 0.92},
    "fresh9": {"speaker_p": 0.95, "speaker_r": 0.95},
    "fresh10": {"speaker_p": 0.95, "speaker_r": 0.92},
    "fresh11": {"speaker_p": 0.95, "speaker_r": 0.93},
    "fresh12": {"speaker_p": 0.96, "speaker_r": 0.92},
    "fresh13": {"speaker_p": 0.96, "speaker_r": 0.91},
    "fresh14": {"speaker_p": 0.95, "speaker_r": 0.95},
    "fresh15": {"speaker_p": 0.94, "speaker_r": 0.91},
    "fresh16": {"speaker_p": 0.94, "speaker_r": 0.92},
    "fresh17": {"speaker_p": 0.93, "speaker_r": 0.90},
    "fresh18": {"speaker_p": 0.94, "speaker_r": 0.92},
    "fresh19": {"speaker_p": 0.95, "speaker_r": 0.90},
    "fresh20": {"speaker_p": 0.95, "speaker_r": 0.94},
    "fresh21": {"speaker_p": 0.92, "speaker_r": 0.88},
    "fresh22": {"speaker_p": 0.94, "speaker_r": 0.91},
    "fresh23": {"speaker_p": 0.95, "speaker_r": 0.95},
    "fresh24": {"speaker_p": 0.94, "speaker_r": 0.91},
    "fresh25": {"speaker_p": 0.92, "speaker_r": 0.92},
    "fresh26": {"speaker_p": 0.91, "speaker_r": 0.90},
    "fresh27": {"speaker_p": 0.94, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh28": {"speaker_p": 0.93, "speaker_r": 0.89},
    "fresh29": {"speaker_p": 0.87, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh30": {"speaker_p": 0.90, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh31": {"speaker_p": 0.90, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh32": {"speaker_p": 0.87, "speaker_r": 0.81},  # the honest one-shot figures
    "fresh33": {"speaker_p": 0.94, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh34": {"speaker_p": 0.95, "speaker_r": 0.95},  # the honest one-shot figures
    "fresh35": {"speaker_p": 0.92, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh36": {"speaker_p": 0.88, "speaker_r": 0.86},  # raised in session 8 (exchanges)
    "fresh37": {"speaker_p": 0.84, "speaker_r": 0.83},  # raised in session 8 (exchanges)
    "fresh38": {"speaker_p": 0.88, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh39": {"speaker_p": 0.93, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh40": {"speaker_p": 0.86, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh41": {"speaker_p": 0.89, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh42": {"speaker_p": 0.86, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh43": {"speaker_p": 0.95, "speaker_r": 0.94},  # the honest one-shot figures
    "fresh44": {"speaker_p": 0.87, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh45": {"speaker_p": 0.86, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh46": {"speaker_p": 0.96, "speaker_r": 0.94},  # the honest one-shot figures
    "fresh47": {"speaker_p": 0.91, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh48": {"speaker_p": 0.88, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh49": {"speaker_p": 0.93, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh50": {"speaker_p": 0.87, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh51": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh52": {"speaker_p": 0.82, "speaker_r": 0.78},  # the honest one-shot figures
    "fresh53": {"speaker_p": 0.91, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh54": {"speaker_p": 0.89, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh55": {"speaker_p": 0.88, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh56": {"speaker_p": 0.93, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh57": {"speaker_p": 0.86, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh58": {"speaker_p": 0.94, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh59": {"speaker_p": 0.88, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh60": {"speaker_p": 0.89, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh61": {"speaker_p": 0.90, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh62": {"speaker_p": 0.94, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh63": {"speaker_p": 0.90, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh64": {"speaker_p": 0.90, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh65": {"speaker_p": 0.94, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh66": {"speaker_p": 0.96, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh67": {"speaker_p": 0.91, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh68": {"speaker_p": 0.90, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh69": {"speaker_p": 0.89, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh70": {"speaker_p": 0.95, "speaker_r": 0.94},  # the honest one-shot figures
    "fresh71": {"speaker_p": 0.89, "speaker_r": 0.84},  # the honest one-shot figures
    "fresh72": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh73": {"speaker_p": 0.89, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh74": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh75": {"speaker_p": 0.91, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh76": {"speaker_p": 0.87, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh77": {"speaker_p": 0.91, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh78": {"speaker_p": 0.92, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh79": {"speaker_p": 0.88, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh80": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh81": {"speaker_p": 0.91, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh82": {"speaker_p": 0.94, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh83": {"speaker_p": 0.87, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh84": {"speaker_p": 0.90, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh85": {"speaker_p": 0.87, "speaker_r": 0.78},  # the honest one-shot figures
    "fresh86": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh87": {"speaker_p": 0.92, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh88": {"speaker_p": 0.92, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh89": {"speaker_p": 0.90, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh90": {"speaker_p": 0.95, "speaker_r": 0.94},  # the honest one-shot figures
    "fresh91": {"speaker_p": 0.91, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh92": {"speaker_p": 0.87, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh93": {"speaker_p": 0.89, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh94": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh95": {"speaker_p": 0.89, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh96": {"speaker_p": 0.93, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh97": {"speaker_p": 0.89, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh98": {"speaker_p": 0.94, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh99": {"speaker_p": 0.90, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh100": {"speaker_p": 0.90, "speaker_r": 0.84},  # the honest one-shot figures
    "fresh101": {"speaker_p": 0.88, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh102": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh103": {"speaker_p": 0.93, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh104": {"speaker_p": 0.92, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh105": {"speaker_p": 0.90, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh106": {"speaker_p": 0.94, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh107": {"speaker_p": 0.90, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh108": {"speaker_p": 0.89, "speaker_r": 0.84},  # the honest one-shot figures
    "fresh109": {"speaker_p": 0.92, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh110": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh111": {"speaker_p": 0.90, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh112": {"speaker_p": 0.93, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh113": {"speaker_p": 0.92, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh114": {"speaker_p": 0.95, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh115": {"speaker_p": 0.92, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh116": {"speaker_p": 0.94, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh117": {"speaker_p": 0.92, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh118": {"speaker_p": 0.95, "speaker_r": 0.94},  # the honest one-shot figures
    "fresh119": {"speaker_p": 0.93, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh120": {"speaker_p": 0.91, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh121": {"speaker_p": 0.83, "speaker_r": 0.80},  # the honest one-shot figures
    "fresh122": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh123": {"speaker_p": 0.94, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh124": {"speaker_p": 0.91, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh125": {"speaker_p": 0.92, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh126": {"speaker_p": 0.90, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh127": {"speaker_p": 0.89, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh128": {"speaker_p": 0.93, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh129": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh130": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh131": {"speaker_p": 0.92, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh132": {"speaker_p": 0.91, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh133": {"speaker_p": 0.93, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh134": {"speaker_p": 0.96, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh135": {"speaker_p": 0.91, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh136": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh137": {"speaker_p": 0.91, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh138": {"speaker_p": 0.96, "speaker_r": 0.95},  # the honest one-shot figures
    "fresh139": {"speaker_p": 0.92, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh140": {"speaker_p": 0.91, "speaker_r": 0.88},  # the honest one-shot figures
    "fresh141": {"speaker_p": 0.89, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh142": {"speaker_p": 0.93, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh143": {"speaker_p": 0.94, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh144": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh145": {"speaker_p": 0.89, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh146": {"speaker_p": 0.95, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh147": {"speaker_p": 0.94, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh148": {"speaker_p": 0.92, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh149": {"speaker_p": 0.87, "speaker_r": 0.83},  # the honest one-shot figures
    "fresh150": {"speaker_p": 0.95, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh151": {"speaker_p": 0.92, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh152": {"speaker_p": 0.87, "speaker_r": 0.82},  # the honest one-shot figures
    "fresh153": {"speaker_p": 0.87, "speaker_r": 0.84},  # the honest one-shot figures
    "fresh154": {"speaker_p": 0.94, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh155": {"speaker_p": 0.93, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh156": {"speaker_p": 0.94, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh157": {"speaker_p": 0.88, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh158": {"speaker_p": 0.96, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh159": {"speaker_p": 0.88, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh160": {"speaker_p": 0.90, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh161": {"speaker_p": 0.92, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh162": {"speaker_p": 0.94, "speaker_r": 0.93},  # the honest one-shot figures
    "fresh163": {"speaker_p": 0.91, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh164": {"speaker_p": 0.93, "speaker_r": 0.91},  # the honest one-shot figures
    "fresh165": {"speaker_p": 0.93, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh166": {"speaker_p": 0.95, "speaker_r": 0.92},  # the honest one-shot figures
    "fresh167": {"speaker_p": 0.91, "speaker_r": 0.90},  # the honest one-shot figures
    "fresh168": {"speaker_p": 0.90, "speaker_r": 0.86},  # the honest one-shot figures
    "fresh169": {"speaker_p": 0.91, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh170": {"speaker_p": 0.94, "speaker_r": 0.94},  # the honest one-shot figures
    "fresh171": {"speaker_p": 0.90, "speaker_r": 0.87},  # the honest one-shot figures
    "fresh172": {"speaker_p": 0.91, "speaker_r": 0.85},  # the honest one-shot figures
    "fresh173": {"speaker_p": 0.93, "speaker_r": 0.89},  # the honest one-shot figures
    "fresh174": {"speaker_p": 0.95, "speaker_r": 0.95},  # the honest one-shot figures
}
_SPAN_AND_KIND = {"span_p_exact": 0.98, "span_r_exact": 0.98, "kind_accuracy": 0.92}


@pytest.mark.parametrize(
    ("desc", "head"),
    [
        ("a lorry driver travelling to Bergvik", "driver"),
        ("a woman travelling with her elderly father", "woman"),
        ("the UK's leading expert on bats", "expert"),  # an adjective, not a clause
        ("the building", "building"),
        ("a spokesman for the council", "spokesman"),
        ("One of the people familiar with the deal", "one"),
    ],
)
def test_the_evaluation_compares_description_heads(desc: str, head: str) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quotes_eval import description_head

    assert description_head(desc) == head


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("Raymond Ellis Jr.", "ellis"),  # a generational suffix is no surname
        ("Raymond Ellis", "ellis"),
        ("Tom Reed's", "reed"),
        ("Jr", "jr"),
    ],
)
def test_the_evaluation_compares_surnames(name: str, last: str) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quotes_eval import _last

    assert _last(name) == last


@pytest.mark.parametrize("split", sorted(LATER_FLOORS))
def test_later_fresh_set_floors(nlp: Any, split: str) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quotes_eval import _FILES, evaluate, load_gold

    if not _FILES[split].exists():
        pytest.skip(f"{_FILES[split].name} is absent (that held-out set is not written yet)")
    figures = evaluate(load_gold(split), nlp)
    for name, floor in {**_SPAN_AND_KIND, **LATER_FLOORS[split]}.items():
        assert figures[name] >= floor, (split, name, figures[name], floor)


# -- seeds (real articles under ../shared; not copied into the project) ------------------


def seed_quotes(nlp: Any, prefix: str) -> list[Quote]:
    seeds = SHARED / "corpora" / "seeds"
    if not seeds.exists():
        pytest.skip(f"{seeds} is absent (../shared is only beside a developer's or CI's checkout)")
    (path,) = sorted(seeds.glob(f"{prefix}_*.txt"))
    return extract_quotes(nlp(path.read_text(encoding="utf-8")), prefix)


def find(found: list[Quote], beginning: str) -> Quote:
    matches = [q for q in found if q.text.startswith(beginning)]
    assert len(matches) == 1, [q.text[:40] for q in found]
    return matches[0]


def test_seed_001(nlp: Any) -> None:
    found = seed_quotes(nlp, "001")
    q = find(found, "The new administration is rapidly changing")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Dmitry Peskov", "told")
    q = find(found, "There is a long way to go")  # "…,” he said": he is Peskov, named in full
    assert (q.kind, q.speaker, q.cue) == ("direct", "Dmitry Peskov", "said")
    q = find(found, "gift")
    assert (q.kind, q.speaker) == ("scare", None)
    q = find(found, "gambling with World War III")
    assert (q.kind, q.speaker) == ("partial", "Trump")
    q = find(found, "Trump apparently has decided")
    assert (q.speaker, q.speaker_description) == ("Vlad", "a 23-year-old human rights lawyer")
    q = find(found, "Trump has said that America")
    assert (q.speaker, q.speaker_description) == (None, "A senior Kremlin official")


def test_seed_002(nlp: Any) -> None:
    found = seed_quotes(nlp, "002")
    q = find(found, "The new administration is rapidly changing")
    assert (q.speaker, q.speaker_description) == (
        "Dmitry Peskov",
        "the press secretary for the Russian government",
    )
    assert find(found, "200 percent right").kind == "partial"


def test_seed_003(nlp: Any) -> None:
    q = find(seed_quotes(nlp, "003"), "You can attempt to steer Trump")
    assert (q.kind, q.speaker, q.speaker_description) == (
        "direct",
        None,
        "one seasoned Russian analyst",
    )


def test_seed_004(nlp: Any) -> None:
    found = seed_quotes(nlp, "004")
    q = find(found, "The Kyiv regime and Zelenskyy do not want peace")
    assert (q.kind, q.speaker, q.cue) == ("direct", "Dmitry Peskov", "asserted")  # "he asserted"
    assert find(found, "Donald Trump is a pragmatist").speaker == "Lavrov"


def test_seed_000_has_no_quotes(nlp: Any) -> None:
    assert seed_quotes(nlp, "000") == []


# -- session 3: rules learnt from fresh8 ------------------------------------------------


def test_he_or_she_after_a_reporters_question_is_one_of_the_people_asked(nlp: Any) -> None:
    text = (
        "Sigrun Vikander and Cosmo Lourenço won the mixed doubles on Sunday.\n\n"
        "When a reporter asked whether they would ever play each other, the two looked at "
        "one another. “Would you?” the reporter pressed.\n\n"
        "“Never,” she said. “Absolutely not,” he said."
    )
    found = {q.text: q for q in quotes(nlp, text)}
    assert found["Never,"].speaker == "Sigrun Vikander"
    assert found["Absolutely not,"].speaker == "Cosmo Lourenço"


def test_an_office_with_its_holder_in_apposition_is_the_holder(nlp: Any) -> None:
    text = (
        "The rail minister, Lysette Varga, said cancellations had fallen.\n\n"
        "The Speaker, Sir Desmond Kettering, was obliged to intervene. "
        "“Order! The House will want to hear the answer,” he said."
    )
    assert one(nlp, text).speaker == "Desmond Kettering"


def test_an_office_is_not_a_nationality_standing_for_the_centre(nlp: Any) -> None:
    text = (
        "The rail minister, Lysette Varga, replied that cancellations had fallen. “The "
        "figures are public,” she said.\n\nThe Speaker intervened: “Order! Order!”"
    )
    last = quotes(nlp, text)[-1]
    assert (last.speaker, last.speaker_description) == (None, "The Speaker")


def test_the_unnamed_spokesperson_stays_unnamed(nlp: Any) -> None:
    text = (
        "Ngāti Rangimoa and the Crown signed the deed on Monday.\n\n"
        "A spokesperson for the Minister for Treaty Negotiations said the bill would follow. "
        "“The Crown acknowledges the harm,” the spokesperson said."
    )
    q = one(nlp, text)
    assert q.speaker is None  # described as introduced, not by the cue's "the spokesperson"
    assert q.speaker_description == "A spokesperson for the Minister for Treaty Negotiations"


def test_a_pronoun_near_a_name_is_not_that_persons_gender(nlp: Any) -> None:
    text = (
        "Florentyna Zawadzka, a lorry driver, had waited nine hours. “It goes in the bin,” "
        "she said.\n\nParked two lorries behind her was Themba Mwamba, who drives for a "
        "haulier. He said he had seen worse. “Christmas was worse,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Themba Mwamba"


def test_the_words_were_those_of_names_the_speaker_after_the_quote(nlp: Any) -> None:
    text = (
        "The museum will return the figure.\n\n“This object was never ours to keep.”\n\n"
        "The words were those of Genevieve Brannock, the museum's director, who has pushed "
        "for the return since 2021."
    )
    assert one(nlp, text).speaker == "Genevieve Brannock"


def test_the_letter_speaks_for_who_wrote_it(nlp: Any) -> None:
    text = (
        "Theodora Varnava, the trust's chief executive, wrote to the family last week. "
        "“I am deeply sorry,” the letter said."
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == ("Theodora Varnava", "the letter")


def test_a_translation_in_brackets_has_the_speaker_of_the_original(nlp: Any) -> None:
    text = (
        "One of the hikers, Annegret Seidl, told Bayerischer Rundfunk: "
        "“Wir dachten, es wäre nur ein Spaziergang.” (“We thought it would just be a walk.”)"
    )
    original, translation = quotes(nlp, text)
    assert translation.kind == original.kind == "direct"
    assert translation.speaker == original.speaker == "Annegret Seidl"


def test_a_features_opening_quote_belongs_to_the_person_introduced_next(nlp: Any) -> None:
    text = (
        "“If you had told me in January that we would be in the final, I would have asked "
        "what you were drinking.”\n\nLucienne Okpara-Thirlwell, captain of the hockey side, "
        "was still laughing about it on Monday."
    )
    assert one(nlp, text).speaker == "Lucienne Okpara-Thirlwell"


def test_question_and_answer_pass_the_turn_without_cues(nlp: Any) -> None:
    text = (
        "“Did anyone tell you that this system could fail?” asked Rep. Janet Okonkwo-Hill, "
        "a Democrat from Maryland.\n\n"
        "“There were concerns raised, yes,” replied Brent Talley, the airline's chief.\n\n"
        "“And what did you do about them?”\n\n"
        "“We put an upgrade on the road map.”"
    )
    speakers = [q.speaker for q in quotes(nlp, text)]
    assert speakers[2:] == ["Janet Okonkwo-Hill", "Brent Talley"]


def test_an_answer_that_goes_on_is_not_a_turn(nlp: Any) -> None:
    text = (
        "“Is it over?” asked Rep. Janet Okonkwo-Hill.\n\n"
        "“No,” replied Brent Talley, the airline's chief.\n\n"
        "“It never was.”"
    )
    assert quotes(nlp, text)[-1].speaker != "Janet Okonkwo-Hill"


def test_the_company_is_the_organisation_the_story_keeps_naming(nlp: Any) -> None:
    text = (
        "Nordvik Seafood to open NOK 600m plant\n\n"
        "Norwegian salmon producer Nordvik Seafood will build a plant in Kristiansund, "
        "creating 180 jobs. The plant will recover heat for Nordvik Seafood's process water. "
        "“We expect to cut energy use by 35 percent,” the company said in a statement."
    )
    assert one(nlp, text).speaker == "Nordvik Seafood"


def test_a_partial_quote_ending_its_paragraph_is_continued_by_the_next(nlp: Any) -> None:
    text = (
        "Wendell Pryor, 72, has owned the shop since 1986. He has outlasted Blockbuster and, "
        "he says, “about four landlords”.\n\n“People think streaming has everything. "
        "It doesn't.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Wendell Pryor"


def test_a_quote_paragraph_after_prose_with_a_fragment_is_the_prose_speakers(nlp: Any) -> None:
    text = (
        "Dave Rimmer, general secretary of the Federation of Rail Staff, said the company had "
        "“refused to even sit in the same room” as union negotiators.\n\n"
        "“Our members don't want to be on strike.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Dave Rimmer"


def test_a_spanish_surname_standing_alone_takes_the_full_name(nlp: Any) -> None:
    text = (
        "The governor, Gabriela Montero Villalobos, met the protesters on Monday. "
        "“The right to protest is sacred,” Montero said."
    )
    assert one(nlp, text).speaker == "Gabriela Montero Villalobos"


def test_a_title_of_a_name_with_initials(nlp: Any) -> None:
    text = (
        "Deputy Director of Health Services S. Lakshmi Narayanan said the rise was linked to "
        "the monsoon. “Water is stagnating in construction sites,” he said."
    )
    assert one(nlp, text).speaker == "S. Lakshmi Narayanan"


def test_a_colon_introduction_owned_by_someone_is_theirs(nlp: Any) -> None:
    text = (
        "The Chancellor, Graham Tulloch, has finished his statement.\n\n"
        "His closing line: “This is a budget for people who get up and go to work.”"
    )
    assert one(nlp, text).speaker == "Graham Tulloch"


def test_a_hyphenated_nationality_is_the_person_at_the_centre(nlp: Any) -> None:
    text = "Dmitri Volkov-Sorensen won in four sets. “He talks a lot,” the Danish-Russian said."
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == ("Dmitri Volkov-Sorensen", "the Danish-Russian")


def test_the_statement_of_the_company_is_the_companys(nlp: Any) -> None:
    text = (
        "Halcyon Launch Systems' Skylark rocket broke apart after liftoff on Friday.\n\n"
        "The company said in a statement that an anomaly had occurred. “There were no "
        "injuries,” the statement said."
    )
    assert one(nlp, text).speaker == "Halcyon Launch Systems"


def test_a_statement_named_by_its_owner_is_the_owners(nlp: Any) -> None:
    text = (
        "The Coastal Waters Authority said the sluice would stay shut until April.\n\n"
        "“We know this is hard for the boatyards,” an authority statement said.\n\n"
        "Pellworth Marine, which builds ferries, closed a slipway. “Our orders are safe,” "
        "a Pellworth Marine statement said."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Coastal Waters Authority", "Pellworth Marine"]
    assert all(q.reason.endswith("+author") for q in found)


def test_a_notice_or_post_is_its_authors(nlp: Any) -> None:
    text = (
        "Brannock Tools said in a notice to retailers that 900 drills were affected.\n\n"
        "“Stop selling the drills at once,” the notice said."
    )
    assert one(nlp, text).speaker == "Brannock Tools"
    text = (
        "Marsh Lantern have cancelled their tour. In a post to fans, the band wrote: "
        "“We are heartbroken.”\n\n"
        "“We will be back in spring,” the post continued."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Marsh Lantern", "Marsh Lantern"]


def test_a_company_short_name_and_the_company_are_its_full_name(nlp: Any) -> None:
    text = (
        "The government has suspended the licence of Pellmoor Copper Holdings, the "
        "largest investor in the province.\n\n"
        "Pellmoor said it was “surprised” by the move. “We have always paid what we owe,” "
        "the company said in a statement."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Pellmoor Copper Holdings"] * 2


def test_a_name_described_by_which_is_an_organisation(nlp: Any) -> None:
    text = (
        "Dockers walked out on Monday.\n\n"
        "Varrow Terminals, which runs the container quay, said the plan would create jobs. "
        "“No one will be forced out,” the operator said."
    )
    assert one(nlp, text).speaker == "Varrow Terminals"


def test_the_side_is_the_club(nlp: Any) -> None:
    text = (
        "Ashby Wanderers have sacked their manager, Piet Grobbelaar, after one win in 14 games.\n\n"
        "“The board thanks Piet for his work,” the Championship side said in a statement."
    )
    assert one(nlp, text).speaker == "Ashby Wanderers"


def test_a_description_is_the_one_person_named_in_its_paragraph(nlp: Any) -> None:
    text = (
        "Judge Alan Marsh told the defendant he would go to prison.\n\n"
        "Her solicitor, Peter Okri, said she would appeal.\n\n"
        "Winifred Pascoe, 88, whose roof went unrepaired for a year, said she felt sad. "
        "“I used to put buckets out when it rained,” the great-grandmother said."
    )
    assert one(nlp, text).speaker == "Winifred Pascoe"


def test_the_mother_of_two_is_the_woman_named_before(nlp: Any) -> None:
    text = (
        "Amelia Thorne, 29, from Pellworth, suffered burns when the lid flew open.\n\n"
        "“I was made to feel stupid,” the mother of two said."
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == ("Amelia Thorne", "the mother of two")


def test_a_name_the_tagger_made_the_root_is_the_subject_a_pronoun_continues(nlp: Any) -> None:
    text = (
        "Prosecutor Sarah Oyelaran KC outlined the case. “The fund existed for the old,” "
        "Ms Oyelaran said.\n\n"
        "Keeley Doran, a neighbour of the defendant, watched from the public gallery. "
        "Outside court she said: “She always had time for people.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Keeley Doran"


def test_a_title_inside_an_appositive_clause_is_not_the_persons_gender(nlp: Any) -> None:
    text = (
        "“What did you see?” Ms Stainforth asked.\n\n"
        "“I know what I saw,” Mr Pritchard replied.\n\n"
        "Mei-Ling Tsang, a paramedic who treated Mr Whitlow at the scene, told the court he had "
        "been unconscious when she arrived. “His breathing was irregular,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Mei-Ling Tsang"


def test_a_verb_read_as_a_plural_noun_still_has_its_subject(nlp: Any) -> None:
    text = (
        "Her neighbour Marjorie Fenn put it simply. “If Della quits, this town loses "
        "something,” she said.\n\n"
        "Della Brightwater, 58, has been a volunteer for 23 years.\n\n"
        "Brightwater shrugs when she hears that. “I'm not quitting,” she says."
    )
    assert quotes(nlp, text)[-1].speaker == "Della Brightwater"


def test_a_description_reporting_speech_is_resolved_before_a_pronoun_continues_it(
    nlp: Any,
) -> None:
    text = (
        "Denise Okonkwo-Hart stood on a crate and addressed the drivers. “We did not want "
        "this day,” she told them.\n\n"
        "Marcus Feld, the manager of the agency, said it had offered 14 percent. “That is a "
        "fair offer,” he said.\n\n"
        "The union president said she had heard that before. “They have been looking at it "
        "since 2019,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Denise Okonkwo-Hart"


def test_titles_before_an_untagged_name_are_not_the_name(nlp: Any) -> None:
    text = (
        "At a press conference, Detective Superintendent Nikhil Chaudhary-Lowe said divers "
        "had been deployed. “We are keeping an open mind,” he said."
    )
    assert one(nlp, text).speaker == "Nikhil Chaudhary-Lowe"


def test_the_person_a_quote_names_is_not_its_speaker(nlp: Any) -> None:
    text = (
        "The veteran actor Sir Ambrose Kettering has played Lear four times.\n\n"
        "His first director, the late Peter Haldane, gave him advice he still repeats. "
        "“Peter said to me, never act with your eyebrows,” he says."
    )
    assert one(nlp, text).speaker == "Ambrose Kettering"


def test_the_company_is_not_the_regulator_beside_it(nlp: Any) -> None:
    text = (
        "The Fair Trading Bureau has opened an investigation into four supermarket chains.\n\n"
        "The bureau said it had grounds to suspect the chains had shared prices.\n\n"
        "Brambleway Supermarkets, the country's second-largest grocer, confirmed it had "
        "received a visit. “We are cooperating fully,” the company said."
    )
    assert quotes(nlp, text)[-1].speaker == "Brambleway Supermarkets"


def test_a_name_with_an_organisation_appositive_is_not_a_person(nlp: Any) -> None:
    text = (
        "Optivale, the maker of precision mirrors used in chipmaking machines, said it would "
        "build a factory. Tomas Wit, an analyst at Havenmark Securities, called it bold.\n\n"
        "Optivale said construction would begin in spring. “We expect the first mirrors in "
        "2028,” the company said."
    )
    assert quotes(nlp, text)[-1].speaker == "Optivale"


def test_his_family_is_not_the_person_it_belongs_to(nlp: Any) -> None:
    text = (
        "Jordan Pike, 19, died at the scene. Ravinder Sangha, who was driving, was arrested.\n\n"
        "“Jordan was the life and soul of every room,” his family said."
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == (None, "his family")


def test_a_role_the_tagger_made_the_root_gives_its_name_to_a_later_pronoun(nlp: Any) -> None:
    text = (
        "Para-swimmer Oona Virtanen-Blake won the main award. “If one kid sees this, great,” "
        "she said.\n\n"
        "Their captain, Adaeze Nwachukwu, accepted on behalf of her teammates. “This is for "
        "every girl who plays in a cold sports hall,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Adaeze Nwachukwu"


def test_a_name_called_a_company_once_is_a_company_everywhere(nlp: Any) -> None:
    text = (
        "Marek Wilczak, the engineer who founded the accounting software company Ledgerwell, "
        "has died aged 78.\n\n"
        "“Marek built more than software,” Ledgerwell said in a statement.\n\n"
        "“I was not clever. I was stubborn,” he said in a 2019 interview."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ledgerwell", "Marek Wilczak"]


def test_a_long_appositive_between_the_quote_and_its_cue(nlp: Any) -> None:
    text = (
        "“This is the first pair of smart glasses you’ll forget you’re wearing,” Rafael "
        "Estévez-Lunt, Lumora’s co-founder and chief executive, told an audience of about "
        "2,000 people."
    )
    assert one(nlp, text).speaker == "Rafael Estévez-Lunt"


def test_a_quote_paragraph_after_a_new_person_is_introduced_is_theirs(nlp: Any) -> None:
    text = (
        "Director Tobias Whitfield said the drizzle was fine.\n\n"
        "“We shot for fifty-one days,” he said.\n\n"
        "Co-star Caleb Ashdown, 17, was cast after an open audition in his home town.\n\n"
        "“I thought it was a scam at first,” he admitted."
    )
    assert quotes(nlp, text)[-1].speaker == "Caleb Ashdown"


def test_he_or_she_is_the_one_person_of_that_gender_named_in_its_paragraph(nlp: Any) -> None:
    text = (
        "Jun-seo Park, a software developer, wrote on social media: “Tried to tell my team "
        "the server was down.”\n\n"
        "In an email to staff seen by this newspaper, Marisol Andrade, the company's chief "
        "technology officer, said an engineer had pushed a bad update. “This is on all of "
        "us,” she wrote."
    )
    assert quotes(nlp, text)[-1].speaker == "Marisol Andrade"


def test_a_spokesman_for_an_institution_is_a_person(nlp: Any) -> None:
    text = (
        "“We have never seen the river this high,” Marisol Quintero-Vega, the governor, told "
        "reporters.\n\nA spokesman for the national weather service said more rain was "
        "expected. “The ground is saturated,” he said."
    )
    last = quotes(nlp, text)[-1]
    assert last.speaker is None
    assert last.speaker_description == "A spokesman for the national weather service"


def test_the_bureau_is_the_organisation_named_with_it(nlp: Any) -> None:
    text = (
        "The National Weather Bureau has confirmed the red warning. “Gusts of up to 100mph "
        "are possible,” the bureau said."
    )
    assert one(nlp, text).speaker == "National Weather Bureau"


def test_an_abbreviation_before_a_quote_ends_the_sentence(nlp: Any) -> None:
    text = (
        "Passenger Tom Okafor said he had been told about the cancellation at 4 a.m. "
        "“Nobody at the desk can tell us anything,” he said."
    )
    q = one(nlp, text)
    assert (q.kind, q.speaker) == ("direct", "Tom Okafor")


def test_a_post_nominal_is_not_part_of_the_speakers_name(nlp: Any) -> None:
    text = (
        "His barrister, Nadia Siddiqui KC, said the ruling raised “serious questions”. "
        "“Kieran is not the only person convicted on this evidence,” she said."
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Nadia Siddiqui"}


def test_a_word_inside_a_double_surname_is_the_whole_name(nlp: Any) -> None:
    text = (
        "The jury gave its prize to the director Rodrigo Villanueva Ortuño on Friday.\n\n"
        "The festival president, the actor Maren Lidholm, said the vote was close.\n\n"
        "Villanueva said he would return next year. "
        '"It is the best audience in Europe," he said.'
    )
    assert one(nlp, text).speaker == "Rodrigo Villanueva Ortuño"


def test_a_second_surname_the_tagger_left_out_is_part_of_the_name(nlp: Any) -> None:
    text = (
        "The film won on Saturday, giving director Joaquín Sarmiento Ibáñez his first major "
        "award.\n\n«No tengo palabras», Sarmiento said."
    )
    assert one(nlp, text).speaker == "Joaquín Sarmiento Ibáñez"


def test_a_name_that_said_she_did_something_is_a_person(nlp: Any) -> None:
    # the tagger does not call "Wanda" a person; "said she liked" does
    text = (
        "Halina Brzezińska-Kowal, who runs the Saturday school, said it had doubled in size. "
        "“Language is home,” she said.\n\n"
        "Wanda, eleven, who was born in Carrowmore, said she liked the school even though it "
        "meant getting up early. “My grandmother is so happy when I write to her in Polish,” "
        "she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Wanda"


def test_the_company_is_the_genderless_name_its_paragraph_made_a_subject(nlp: Any) -> None:
    text = (
        "Residents of Harrow Moss say their smart thermostats went dark for three days in "
        "January.\n\nHis lawyer, Deirdre Collingwood-Amis, said more than 2,000 owners had "
        'contacted her firm. "We think the real number is far higher," she said.\n\n'
        "Thermalink said it had issued a fix within 72 hours and had offered a free year of its "
        'premium service. "We regret the inconvenience caused," the company said.'
    )
    assert quotes(nlp, text)[-1].speaker == "Thermalink"


def test_the_company_is_the_organisation_made_a_subject_even_if_it_looks_like_a_person(
    nlp: Any,
) -> None:
    text = (
        "The Competition Tribunal of Ostmark blocked the merger on Friday.\n\n"
        "Writing for the panel, Judge Eveline Kraamer said the companies had understated their "
        'overlap. "Merchants would have faced a single gatekeeper," she wrote.\n\n'
        'Marlow Pay said it was "deeply disappointed" and would consider an appeal. "This '
        'decision protects incumbents, not shopkeepers," the company said in a statement.'
    )
    assert quotes(nlp, text)[-1].speaker == "Marlow Pay"


def test_her_mother_made_a_subject_is_the_mother_named_before(nlp: Any) -> None:
    # "Folasade Obi" is no entity to the tagger; "Her mother, …" says she is a person
    text = (
        "At six on a Monday morning, Adaeze Okonkwo-Lind is already on her second call. The "
        "chief executive of Voltspan spends much of her week talking to engineers.\n\n"
        '"I sleep on planes," she says.\n\n'
        "Adaeze grew up in the river town of Umuoji, where blackouts were frequent. Her mother, "
        "Folasade Obi, was an engineer at the state power company.\n\n"
        '"When the lights went out, my mother would tell us which substation had failed," '
        "Adaeze says.\n\n"
        'Her mother laughs at this. "It is true. I thought they should know the grid was not '
        'magic," she says.'
    )
    last = quotes(nlp, text)[-1]
    assert (last.speaker, last.speaker_description) == ("Folasade Obi", "Her mother")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Eleven children have now received the gene therapy at the Lindqvist Institute."
            "\n\nOksana Melnychenko's son, Taras, was among the first children treated. "
            '"Before the treatment he was falling over every day," his mother said. '
            '"Now he plays football."',
            "Oksana Melnychenko",
        ),
        (
            "Then Marjorie Tregothnan's husband broke his back, and she took over the farm.\n\n"
            "Marjorie's granddaughter, Jess Tregothnan-Ward, 26, has come home from college. "
            '"Gran thinks it is a fad," she said.\n\n'
            'Her grandmother watched from the doorway. "She will do," she said.',
            "Marjorie Tregothnan",
        ),
    ],
)
def test_his_mother_is_whoever_the_text_made_the_owner_of_her_son(
    nlp: Any, text: str, speaker: str
) -> None:
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_name_before_its_role_is_the_subject_the_parse_hung_on_the_role(nlp: Any) -> None:
    # parsed with "head" as the subject and the name as its compound
    text = (
        'Professor Liam Abernethy said the result was overstated. "It took us 61 hours," '
        "Abernethy said.\n\nDr Hanne Rasmussen-Ode, Qubitron's head of research, said the "
        'company stood by its work. "Classical algorithms improve every time someone claims '
        'an advantage," she insisted.'
    )
    assert quotes(nlp, text)[-1].speaker == "Hanne Rasmussen-Ode"


def test_what_was_repeated_is_not_who_said_it(nlp: Any) -> None:
    # "repeated it": the parse hangs "she said" on "repeated", whose object is "it"
    text = (
        "The Lyon biotech company Corvane Bio set a price of 2.1 million euros on Tuesday for "
        "its gene therapy.\n\nThe company's chief executive, Solène Marchetti, defended the "
        'price at a press conference. "Wir verkaufen keine Tablette, wir verkaufen ein Leben '
        'mit Augenlicht," she said, then repeated it in English: "We are not selling a pill."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Solène Marchetti"] * 2


def test_an_mp_in_apposition_is_a_role(nlp: Any) -> None:
    text = (
        "Commuter Jo Haverly, who travels to Oxbridge Vale each day, said her journey had "
        "doubled. “I am leaving the house at six,” she said.\n\n"
        "Ashcombe’s MP, Clara Ashfield, said she had written to the rail minister. “My "
        "constituents were promised Easter,” she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Clara Ashfield"


def test_people_who_read_something_are_not_speakers(nlp: Any) -> None:
    text = (
        "A man, 34, was charged on Friday. A woman was released without charge.\n\n"
        "The judge, Mrs Justice Harriet Coombe, told jurors to put out of their minds anything "
        "they had read about the case. “You must decide it on the evidence you hear in this "
        "room,” she said."
    )
    assert one(nlp, text).speaker == "Harriet Coombe"


def test_a_role_made_the_root_with_its_verb_as_a_relative_names_its_appositive(
    nlp: Any,
) -> None:
    # parsed with "star" as the root and "joked" as a clause of it
    text = (
        'The show\'s creator, Bex Hollis, posted on social media that she was "heartbroken". '
        '"We had the whole third series mapped out," she wrote.\n\n'
        "Its star, Tunde Adebiyi-Marsh, who played the exiled king Oswin, joked on a podcast "
        'that he would be keeping the crown. "I have got it on my mantelpiece," he said.'
    )
    assert quotes(nlp, text)[-1].speaker == "Tunde Adebiyi-Marsh"


def test_who_was_told_something_is_not_its_speaker(nlp: Any) -> None:
    text = (
        "Gideon Marle, a former payroll manager, gave evidence on Tuesday.\n\n"
        'He said he had raised concerns in 2019 but had been told to "leave it with finance".'
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == (None, None)


def test_money_they_have_claimed_is_no_speech_and_they_are_never_he(nlp: Any) -> None:
    text = (
        "Three months after the river flooded Eckworth, some owners say they will never "
        "reopen.\n\nNasrin Qadir, who owns the Saffron House on Bridge Street, stands in a "
        'dining room stripped to bare brick. "Everything went in a skip," she says.\n\n'
        "Her husband, Asif, says their insurer has paid out less than a third of the £140,000 "
        'they have claimed. "They keep asking for more paperwork," he says.'
    )
    assert quotes(nlp, text)[-1].speaker == "Asif"


def test_a_name_after_a_role_and_a_comma_is_its_appositive(nlp: Any) -> None:
    # the parse makes "PC Joanne Pellow" a second object of "according to"
    text = (
        "The 12-year-old grey gelding has policed football matches and royal visits, according "
        "to his rider, PC Joanne Pellow.\n\n“He is unflappable,” she said."
    )
    assert one(nlp, text).speaker == "Joanne Pellow"


def test_who_had_been_promised_something_is_no_speaker_for_a_later_he(nlp: Any) -> None:
    text = (
        "Kellbrook Town said the player was not for sale. “We expect him to honour his "
        "contract,” the club said.\n\nDara Ó Riada’s agent, Massimo Ferrante-Ruiz, said his "
        "client had been promised a move if a suitable offer arrived. “There was an agreement, "
        "in front of witnesses,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Massimo Ferrante-Ruiz"


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (  # introduced with "the" inside a relative clause, then "the source said"
            "The actor Rafe Dellamore has walked off the set of the quiz show after what a "
            "source close to the production described as a shouting match with its presenter."
            "\n\nAccording to the source close to the production, the row began over a "
            "question about his divorce. “He thought it was a cheap shot,” the source said.",
            "the source close to the production",
        ),
        (  # parsed as the player's appositive: a source is never a named person
            "Kestrel Vale have agreed a club-record fee with Sporting Corvo for midfielder "
            "Tiago Amaral-Lins, a source close to the negotiations said on Monday.\n\n"
            "“Now it is only paperwork and the medical,” the source said.",
            "the source",
        ),
        (  # "Vaudrennais" is a name to the tagger, but "A senior … official" names nobody
            "The defence ministry confirmed the arrests on Friday.\n\nA senior Vaudrennais "
            "official, speaking on condition of anonymity, said three employees had been "
            "detained. “We have been watching for a long time,” the official said.",
            "A senior Vaudrennais official",
        ),
    ],
)
def test_an_unnamed_source_stays_unnamed(nlp: Any, text: str, description: str) -> None:
    last = quotes(nlp, text)[-1]
    assert (last.speaker, last.speaker_description) == (None, description)


def test_a_name_made_the_passive_subject_is_the_centre(nlp: Any) -> None:
    text = (
        'Wexmoor manager Tomasz Wierzba praised his side. "We were patient," he said.\n\n'
        "Marlow boss Ade Olayemi was left to rue the dismissal of defender Kyle Mensah on 38 "
        'minutes.\n\n"It is a red card, I cannot argue with that," he said.'
    )
    assert quotes(nlp, text)[-1].speaker == "Ade Olayemi"


def test_a_name_whose_sons_are_mentioned_is_a_person(nlp: Any) -> None:
    # "Hyacinth Ilunga-Fenwick" is a facility to the tagger
    text = (
        'Clementine Rousseau-Okoro, the headteacher, credited her staff. "I have had the same '
        'team for three years," she said.\n\nHyacinth Ilunga-Fenwick, whose twin sons are in '
        'Year 5, said the change was visible at the school gate. "It used to be the school you '
        'apologised for," she said.'
    )
    assert quotes(nlp, text)[-1].speaker == "Hyacinth Ilunga-Fenwick"


def test_a_role_named_by_first_name_takes_the_full_name_given_later(nlp: Any) -> None:
    text = (
        "Ilyas Hadid was six when he beat his father at chess for the first time. His father, "
        'Karim, has not won a game since.\n\n"I stopped playing him at seven," Karim Hadid '
        'said.\n\nIlyas, now 13, plays online every night. "Ten minutes, I tell him," his '
        "father said."
    )
    assert quotes(nlp, text)[-1].speaker == "Karim Hadid"


def test_who_is_reported_in_a_speakers_clause_is_not_a_speaker(nlp: Any) -> None:
    # "plead" is a speech verb, but her client only pleads in what Hélène Brossac said
    text = (
        "The mayor of Saint-Aubin, Jean-Luc Marceau-Dion, appeared in court on Monday on "
        "charges of fraud.\n\nSpeaking briefly to reporters, he said: «Je resterai maire.»\n\n"
        "His lawyer, Hélène Brossac, said her client would plead not guilty. «Nous "
        "contesterons chacune de ces accusations,» she said."
    )
    assert quotes(nlp, text)[-1].speaker == "Hélène Brossac"


def test_a_name_that_closes_the_speakers_phrase_is_the_speaker(nlp: Any) -> None:
    text = (
        'Protesters carried banners through the old town on Sunday. "My children wash in a '
        'bucket," said one woman, who gave only her first name, Marisela.'
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == ("Marisela", "one woman")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a role in sport: "the cox" is the cox named in apposition
            "Hartsfield won the final by a canvas on Saturday.\n\nBut Hartsfield's cox, Imogen "
            'Fairley-Reid, steered a tighter line around the long bend.\n\n"I have never '
            'shouted that loud," the cox said.',
            "Imogen Fairley-Reid",
        ),
        (  # "Her caddie is her father, Ramón": the caddie is Ramón
            "Lucía Ferrer Olmo carded a final-round 66 to win the Marbury Classic on Sunday. "
            '"I still do not believe it," Ferrer said.\n\nHer caddie is her father, Ramón, who '
            'gave up his job two years ago to carry her bag. "I told her to stop looking at the '
            'leaderboard," he said.',
            "Ramón",
        ),
    ],
)
def test_sport_roles_and_a_role_said_to_be_someone(nlp: Any, text: str, speaker: str) -> None:
    assert quotes(nlp, text)[-1].speaker == speaker


def test_a_name_closing_a_role_of_a_place_is_the_subject(nlp: Any) -> None:
    # the parse makes the name a conjunct of the place, not the mayor's appositive
    text = (
        "The mayor of Saint-Rémy-des-Bois, Jean-Baptiste Lefèvre-Marin, appeared in court on "
        "Monday on charges of fraud and breach of trust related to the award of snow-clearing "
        "contracts.\n\nSpeaking briefly to reporters on the courthouse steps, he said: «Je "
        "n'ai rien à me reprocher. Je resterai maire.»"
    )
    assert one(nlp, text).speaker == "Jean-Baptiste Lefèvre-Marin"


def test_a_definite_role_introduced_before_its_name_is_not_an_unnamed_source(
    nlp: Any,
) -> None:
    text = (
        "The chief executive of Corrowby Power apologised to MPs on Tuesday for billing errors "
        "that left 90,000 customers overcharged.\n\nMarcus Thorne-Elling told the committee "
        'that the fault lay in a software update. "I am sorry," he said.\n\nThe chair, Alun '
        'Pritchard, produced an internal email. "Why should anybody believe it started in '
        'March?" Pritchard asked.\n\n"That email went to a team manager," Thorne-Elling '
        'said.\n\n"Then whose job was it?"\n\nAfter a long pause, the chief executive said: '
        '"Ultimately, mine."'
    )
    assert quotes(nlp, text)[-1].speaker in ("Thorne-Elling", "Marcus Thorne-Elling")


def test_a_named_subject_with_another_person_in_its_question_introduces_the_quote(
    nlp: Any,
) -> None:
    text = (
        "The Leader of the Opposition, Mirela Dunne, asked him whether he had met the "
        "firm's chairman, Victor Ashby, before the deal.\n\n"
        "“It is a simple question. Yes or no?”"
    )
    assert one(nlp, text).speaker == "Mirela Dunne"


def test_a_name_in_apposition_the_parser_hung_on_an_earlier_phrase_speaks(nlp: Any) -> None:
    text = (
        "In a statement read to the court by prosecutor Ruth Pellow, Aidan's father, "
        "Declan Ó Murchú, said the family had been “broken”.\n\n"
        "“Aidan was the one who kept us together.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Declan Ó Murchú", "Declan Ó Murchú"]


def test_a_speech_verb_after_an_action_takes_its_subject(nlp: Any) -> None:
    text = "Halloran-Obi paused, then said: “There is always room for people who disagree.”"
    assert one(nlp, text).speaker == "Halloran-Obi"


def test_a_quote_ending_in_a_nested_quote_takes_the_cue_after_it(nlp: Any) -> None:
    text = (
        'Anita Rao asked her to describe the moment. "It was far too fast. I remember '
        "thinking, 'He won't make the bend,'\" Ms Holt said."
    )
    assert one(nlp, text).speaker == "Holt"


def test_an_untyped_name_in_apposition_to_a_role_speaks(nlp: Any) -> None:
    text = (
        "Sentencing them at Ravensmoor Crown Court, the judge, Mr Justice Oakenfold, said:\n\n"
        "“You led your brother to this.”"
    )
    assert one(nlp, text).speaker == "Oakenfold"


def test_a_place_tagged_as_a_person_inside_an_appositive_does_not_end_it(nlp: Any) -> None:
    text = (
        "Recording a conclusion, Rebecca Hallam, the senior coroner for North Wenlow, said "
        "she would write to the council.\n\n"
        "“This junction has been the subject of complaints for years.”"
    )
    assert one(nlp, text).speaker == "Rebecca Hallam"


def test_a_statement_read_by_someone_else_is_its_author_s(nlp: Any) -> None:
    text = (
        "Faisal Rahimi, 29, a former detainee, was too unwell to attend. His statement was "
        "read to the inquiry by his brother, Jawad Rahimi.\n\n"
        "“I was not a criminal. I had not been charged with anything.”"
    )
    assert one(nlp, text).speaker == "Faisal Rahimi"


def test_a_post_nominal_outside_the_name_entity_is_dropped(nlp: Any) -> None:
    text = (
        "Dame Ingrid Solberg FRCP, the former adviser, told the committee that she had been "
        "ignored.\n\n“I advised in writing,” she said."
    )
    assert one(nlp, text).speaker == "Ingrid Solberg"


def test_a_statement_read_on_behalf_of_a_family_is_the_family_s(nlp: Any) -> None:
    text = (
        "Outside court, his sister, Abena Mensah, read a statement on behalf of the family.\n\n"
        "“Kofi was a father, a son and a brother,” the statement said."
    )
    q = one(nlp, text)
    assert (q.speaker, q.speaker_description) == (None, "the family")


def test_a_statement_someone_made_on_behalf_of_a_family_is_still_theirs(nlp: Any) -> None:
    text = (
        "His son, Kit Quayle, said in a statement on behalf of the family that his father had "
        "died peacefully.\n\n"
        "“Dad made the whole country laugh,” the statement said."
    )
    assert one(nlp, text).speaker == "Kit Quayle"


def test_words_spoken_to_someone_do_not_stop_the_colon_that_follows(nlp: Any) -> None:
    text = (
        "Femi Okunade's father had told reporters his son would win inside four rounds.\n\n"
        "When he was told, Femi Okunade grinned: “He just did, didn't he?”"
    )
    assert one(nlp, text).speaker == "Femi Okunade"
