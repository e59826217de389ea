# ruff: noqa: E501
"""Cue-less question-and-answer exchanges (``annotate.exchanges``)."""

from __future__ import annotations

from typing import Any

from newsprism.annotate.nlp import parse
from newsprism.annotate.quotes import extract_quotes
from newsprism.model import Quote


def quotes(nlp: Any, text: str) -> list[Quote]:
    return extract_quotes(parse(nlp, [text])[0], "art")


def surnames(found: list[Quote]) -> list[str]:
    return [(q.speaker or "-").split()[-1] for q in found]


def test_a_questioning_opened_by_the_reporter_gives_both_sides(nlp: Any) -> None:
    text = (
        "Oskar Brandvold, managing director of Fellhaven Rail, appeared before the transport "
        "committee on Tuesday.\n\n"
        "The committee's chair, Helena Morrow, began by asking whether Mr Brandvold had "
        "travelled on the line that week. “Twice, yes,” he replied.\n\n"
        "“Did your train arrive on time?”\n\n"
        "“It did not, on either occasion.”\n\n"
        "“And what did you make of that?”"
    )
    assert surnames(quotes(nlp, text)) == ["Brandvold", "Morrow", "Brandvold", "Morrow"]
    assert quotes(nlp, text)[1].reason == "exchange"


def test_the_one_asked_answers_after_a_description(nlp: Any) -> None:
    text = (
        "Professor Annika Solberg, a structural engineer commissioned by the inquiry, said "
        "the cracks had been photographed in 2016.\n\n"
        "Counsel to the inquiry, Rupert Hale, asked the professor what should have happened "
        "next.\n\n"
        "“An inspection within the month. That is routine.\n\n"
        "“Instead the report was filed and nothing was done.”\n\n"
        "“So nobody acted on it?”"
    )
    assert surnames(quotes(nlp, text)) == ["Solberg", "Solberg", "Hale"]


def test_a_passive_question_names_the_asker(nlp: Any) -> None:
    text = (
        "Dr Ines Varga, head of the grants office, was asked by Senator Paul Lindqvist why "
        "most grants went to marginal seats.\n\n"
        "“Was that a coincidence, Dr Varga?”\n\n"
        "“The assessments were done by officials,” she said."
    )
    assert surnames(quotes(nlp, text)) == ["Lindqvist", "Varga"]


def test_a_question_in_a_paragraph_of_reporting_goes_to_who_asked(nlp: Any) -> None:
    text = (
        "Maud Ferrante, who chairs the scrutiny panel, asked how much had been spent. The "
        "minister turned to his deputy, Carl Osei, who said the figure was £40m.\n\n"
        "“And how many buses did that buy?”"
    )
    assert surnames(quotes(nlp, text)) == ["Ferrante"]


def test_a_quote_with_its_own_cue_between_stops_the_exchange(nlp: Any) -> None:
    text = (
        "Councillor Abel Ferrante asked Ms Okafor whether the depot would close.\n\n"
        "“We have made no decision,” Tom Reddy, the depot manager, said.\n\n"
        "“The staff will be told first.”"
    )
    assert surnames(quotes(nlp, text)) == ["Reddy", "Reddy"]


def test_the_witness_asked_by_counsel_is_not_counsel(nlp: Any) -> None:
    text = (
        "Neil Farrow, the former site engineer, said he had raised the cracks three times.\n\n"
        "Asked by Mr Ashcombe whether he had put this in writing, the witness said he had. "
        "“Every one of them is in the bundle,” he added."
    )
    assert surnames(quotes(nlp, text)) == ["Farrow"]


def test_a_state_not_a_passive_introduces_the_next_quote(nlp: Any) -> None:
    text = "Lina Castell was unmoved. “Six hundred foundations are not six hundred homes.”"
    assert surnames(quotes(nlp, text)) == ["Castell"]


def test_a_transcript_label_names_the_speaker(nlp: Any) -> None:
    text = (
        "Cross-examined by Tobias Wren, the council's barrister, she was asked about a letter "
        "she had sent in March.\n\n"
        "Mr Wren: “You wrote that you would go to the papers. That was a threat, wasn't it?”\n\n"
        "Mrs Alderton-Hay: “It was a promise.”"
    )
    assert surnames(quotes(nlp, text)) == ["Wren", "Alderton-Hay"]


def test_the_witness_who_replies_is_not_the_one_who_asked(nlp: Any) -> None:
    text = (
        "Owain Pryce, the trust's former chief executive, was giving evidence on the 41st day "
        "of the inquiry.\n\n"
        "Rhiannon Pugh KC, counsel to the inquiry, took him through the timeline.\n\n"
        "“Did you read it when it arrived?” Ms Pugh asked.\n\n"
        "“I did not. I should have,” the witness replied."
    )
    assert surnames(quotes(nlp, text)) == ["Pugh", "Pryce"]


def test_a_cross_examiner_parsed_as_a_noun_still_asks(nlp: Any) -> None:
    text = (
        "Tariq Osman, 27, told the jury he had acted in self-defence. “I never wanted "
        "a fight,” he said.\n\n"
        "Cross-examining, Jonathan Askew, prosecuting, played footage of the car park.\n\n"
        "“He has his back to you, doesn't he?”\n\n"
        "“He had turned half round.”"
    )
    assert surnames(quotes(nlp, text)) == ["Osman", "Askew", "Osman"]


def test_a_reply_to_a_point_put_to_someone_is_theirs(nlp: Any) -> None:
    text = (
        "Tariq Osman, 27, and his brother Karim both deny the charge.\n\n"
        "Mr Askew suggested Mr Osman had simply lost his temper. He replied: “I was scared, "
        "not angry.”"
    )
    assert surnames(quotes(nlp, text)) == ["Osman"]


def test_a_bare_paragraph_after_a_reply_goes_back_to_the_one_answered(nlp: Any) -> None:
    text = (
        "Sir Alan Whitby, the permanent secretary, was pressed on when the warning reached him."
        "\n\n“It is a simple question. March or November?” Mr Ferrand asked.\n\n"
        "“The risk was flagged in March. It was not quantified until the autumn,” the "
        "permanent secretary replied.\n\n"
        "“So, March.”\n\n"
        "“In a qualified sense, yes.”"
    )
    assert surnames(quotes(nlp, text))[2:] == ["Ferrand", "Whitby"]


def test_the_asker_named_after_a_comma_the_parser_did_not_join(nlp: Any) -> None:
    text = (
        "Speaking on a podcast, she was asked by the host, Ben Adeyinka-Cole, whether she "
        "missed the job.\n\n"
        "“Do you miss it?”"
    )
    assert surnames(quotes(nlp, text)) == ["Adeyinka-Cole"]


def test_a_question_after_a_cued_answer_goes_back_to_the_one_asking(nlp: Any) -> None:
    text = (
        "Fenella Osgood, the former health minister, was giving evidence on Wednesday.\n\n"
        "Jeremy Oduwole KC, counsel to the inquiry, asked what she had understood the "
        "message to mean.\n\n"
        "“I took it to mean they were known to people,” she said.\n\n"
        "“Did you ask?”\n\n"
        "“I didn't. I was approving dozens of these a day.”"
    )
    assert surnames(quotes(nlp, text)) == ["Osgood", "Oduwole", "Osgood"]


def test_a_statement_after_a_cued_statement_goes_on_with_its_speaker(nlp: Any) -> None:
    text = (
        "Counsel to the inquiry, Rupert Hale, asked Professor Anna Solberg what had gone "
        "wrong.\n\n"
        "“The report was filed and nothing was done,” the professor said.\n\n"
        "“Nobody read it for two years.”"
    )
    assert surnames(quotes(nlp, text))[-1] != "Hale"


def test_the_side_the_question_leaves_unnamed_is_who_spoke_before(nlp: Any) -> None:
    text = (
        "The council's director of resources, Margaret Oyelowo-Finch, told the committee "
        "the system went live too soon. “We should have waited a month,” she said.\n\n"
        "Cllr Bernadette Quayle asked who had made the decision to switch over.\n\n"
        "“It was a joint decision of the programme board.”\n\n"
        "“Who sits on the programme board?”\n\n"
        "“I chair it.”"
    )
    assert surnames(quotes(nlp, text)) == [
        "Oyelowo-Finch",
        "Oyelowo-Finch",
        "Quayle",
        "Oyelowo-Finch",
    ]


def test_two_people_clashing_take_turns(nlp: Any) -> None:
    text = (
        "Dr Graham Tully-Ng clashed repeatedly with Senator Jacinta Morrow-Baird over the "
        "cost of the breakwater.\n\n"
        "“It's a simple question. How much did it cost?” Senator Morrow-Baird said.\n\n"
        "“I've taken that on notice, Senator.”\n\n"
        "“You took it on notice in February.”"
    )
    assert surnames(quotes(nlp, text)) == ["Morrow-Baird", "Tully-Ng", "Morrow-Baird"]


def test_a_point_put_to_him_by_a_presenter_starts_an_exchange(nlp: Any) -> None:
    text = (
        "The leader of the council, Graham Tolley, faced a barrage of criticism.\n\n"
        "The presenter, Jasmine Akhtar, put to him that the council had spent £2.4 million "
        "on its own headquarters. “Was that a priority?”\n\n"
        "“That was a decision taken by the previous administration.”\n\n"
        "“You were deputy leader of the previous administration.”"
    )
    assert surnames(quotes(nlp, text)) == ["Akhtar", "Tolley", "Akhtar"]


def test_the_minister_began_and_the_presenter_interrupted(nlp: Any) -> None:
    text = (
        "The transport minister, Aurelio Santangelo, was pressed on the bridge closure on Kestrel Radio on Thursday.\n\n"
        "The presenter, Bríd Caffrey, opened by asking when the bridge would reopen.\n\n"
        "\"We're working closely with the engineers, and I'm confident that —\" the minister began.\n\n"
        '"It\'s a date, minister. When?" Caffrey interrupted.\n\n'
        '"I don\'t have a date in front of me."\n\n'
        '"Is it this year?"'
    )
    assert surnames(quotes(nlp, text)) == ["Santangelo", "Caffrey", "Santangelo", "Caffrey"]


def test_a_quote_that_calls_someone_by_name_is_not_theirs(nlp: Any) -> None:
    text = (
        'The head of the Coastal Flood Agency was told by the chair of the audit committee, Olumide Baptiste, that the sea wall had been "a textbook failure".\n\n'
        'Graham Pennefather, chief executive of the agency, told the committee the wall would be finished "within a year".\n\n'
        '"You said that last year, Mr Pennefather."\n\n'
        '"I did, and I was wrong. The clay was worse than the surveys showed."\n\n'
        '"Who did the surveys?"\n\n'
        '"A contractor."'
    )
    assert surnames(quotes(nlp, text))[2:] == ["Baptiste", "Pennefather", "Baptiste", "Pennefather"]


def test_a_profiles_subject_resumes_after_a_paragraph_about_them(nlp: Any) -> None:
    text = (
        "For thirty years Dame Rosalind Achebe-Hart ran the county's family court. Now 79, she has written about the cases she regrets.\n\n"
        "“We are meant to be right, or at least to be overturned politely,” she said at her kitchen table. “But I got some wrong.”\n\n"
        "Among them is the 1996 case of Kieran Doyle, a boy Achebe-Hart sent to a secure unit. In her ruling the judge called him “beyond help”. His conviction was quashed in 2004.\n\n"
        "“I read that ruling again last year and I was ashamed of it. I had met him for ten minutes.”"
    )
    assert surnames(quotes(nlp, text))[-1] == "Achebe-Hart"


def test_the_host_who_asks_is_not_the_guest_who_just_answered(nlp: Any) -> None:
    text = (
        'On the latest episode of "Shelf Life", the books podcast he has hosted since 2020, Arjun Mehta-Cole asked the novelist Solveig Brandt why she stopped writing about her hometown.\n\n'
        '"Because I ran out of people to be unkind about," Brandt replied. "No, that\'s glib. My mother read the third book and didn\'t speak to me for a year."\n\n'
        '"Did she ever tell you which part upset her?" the host asked.\n\n'
        '"She didn\'t have to."\n\n'
        "Mehta-Cole pressed her on whether fiction owes anything to the people it borrows from.\n\n"
        '"You once called novelists licensed thieves. Do you still believe that?"\n\n'
        '"I believe the licence can be revoked," she said.'
    )
    assert surnames(quotes(nlp, text))[-6:] == [
        "Brandt",
        "Brandt",
        "Mehta-Cole",
        "Brandt",
        "Mehta-Cole",
        "Brandt",
    ]


def test_a_question_after_x_was_asked_by_y_is_ys(nlp: Any) -> None:
    text = (
        "First Minister Rhiannon Eluned survived a confidence vote on Thursday after a bruising exchange with the opposition leader, Carys Pughe.\n\n"
        "«Then pay for it and stop talking about it,» Pughe replied.\n\n"
        "Leaving the chamber, Eluned was asked by one journalist whether the result was a victory. «Are you relieved, First Minister?»\n\n"
        "«I'm employed,» she said."
    )
    found = quotes(nlp, text)
    assert [(q.speaker, q.speaker_description) for q in found[-2:]] == [
        (None, "one journalist"),
        ("Rhiannon Eluned", None),
    ]


def test_a_statement_read_for_its_author_is_the_authors(nlp: Any) -> None:
    text = (
        "The father of a cyclist killed by a lorry driver told him in court that he had taken away the family's future.\n\n"
        "Ewan's father, Malcolm Dunbar, was too upset to read his victim personal statement himself, so it was read to Harwick Crown Court by Detective Constable Priya Nair.\n\n"
        "“Ewan was 19. He had just started at college and he wanted to build bridges.\n\n"
        "“I don't hate you. But I will never forgive you.”"
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Malcolm Dunbar", "Malcolm Dunbar"]


def test_the_one_called_by_name_answers_and_the_exchange_alternates(nlp: Any) -> None:
    text = (
        "Ingrid Falkenrath, chief executive of the Tarnmoor Water Company, gave evidence to the environment committee on Wednesday.\n\n"
        "“Ms Falkenrath, your company discharged sewage on 212 days last year,” said the committee's chair, Desmond Achebe-Lowry.\n\n"
        "“I accept the figure. I don't accept that nothing has been done.”\n\n"
        "“What has been done?”\n\n"
        "“We have replaced four storm overflows and we have two more under way.”"
    )
    assert surnames(quotes(nlp, text)) == [
        "Achebe-Lowry",
        "Falkenrath",
        "Achebe-Lowry",
        "Falkenrath",
    ]
    assert quotes(nlp, text)[1].reason == "turn"


def test_calling_someone_the_text_has_not_named_passes_no_turn(nlp: Any) -> None:
    text = (
        "“Listen, the trains have not run for a week,” said Ruth Abernethy, who chairs the passengers' group.\n\n"
        "“Nobody from the company has phoned us once.”"
    )
    assert surnames(quotes(nlp, text)) == ["Abernethy", "Abernethy"]


def test_the_answer_to_a_question_someone_asks_is_the_other_sides(nlp: Any) -> None:
    text = (
        "Tomasz Wieczorek, the Greenlow party's candidate, told listeners the bypass would be built. “We have the money. Who else has the plans?” he said.\n\n"
        "“Your own councillors voted against it in June. Were they wrong?” the presenter, Aoife Brannigan, asked.\n\n"
        "“They were asked the wrong question.”"
    )
    assert surnames(quotes(nlp, text)) == ["Wieczorek", "Brannigan", "Wieczorek"]


def test_a_profiles_subject_resumes_after_prose_about_him_by_pronoun(nlp: Any) -> None:
    text = (
        "The cellist Anders Pettersen-Lund talks for the first time about the fall that kept him off the stage for a year.\n\n"
        "“I remember the stairs and then nothing,” Pettersen-Lund says.\n\n"
        "The fall, outside a hotel in Grenvik, broke his wrist in two places. The hotel later closed.\n\n"
        "“My hand healed long before my nerve did. I would sit with the bow and not lift it.”"
    )
    found = quotes(nlp, text)
    assert surnames(found) == ["Pettersen-Lund", "Pettersen-Lund"]
    assert found[1].reason == "voice"


def test_prose_about_someone_else_of_the_same_gender_names_them(nlp: Any) -> None:
    text = (
        "“I remember the stairs and then nothing,” the cellist Anders Pettersen-Lund says.\n\n"
        "His teacher, Ragnar Solvik, drove through the night to the hospital.\n\n"
        "“I sat by the bed and told him the hand would come back.”"
    )
    assert quotes(nlp, text)[-1].speaker != "Anders Pettersen-Lund"


def test_the_one_the_reporter_asked_answers_by_pronoun(nlp: Any) -> None:
    text = (
        "Benedikt Aurelius-Moyo, the pianist on more than 200 records, has made only one album under his own name.\n\n"
        "His producer, Tobias Rennick, who has worked with him since 1990, is blunter. “Ben hates the sound of his own name,” he said.\n\n"
        "I asked Aurelius-Moyo about the first session at Harrow Lane.\n\n"
        "“Were you frightened that day?”\n\n"
        "“Frightened? I was asleep,” he says."
    )
    assert surnames(quotes(nlp, text)) == ["Rennick", "-", "Aurelius-Moyo"]


def test_a_comeback_opening_on_a_connective_answers_the_last_speaker(nlp: Any) -> None:
    text = (
        "Councillor Yvette Marchetti-Okoro, leader of the Independent group, accused the council of wasting money. “You found money for a fountain. You couldn't find it for the library,” she said.\n\n"
        "“The fountain is paid for from a lottery grant,” said the council leader, Graham Peverell.\n\n"
        "“So you keep telling us.”"
    )
    assert surnames(quotes(nlp, text)) == ["Marchetti-Okoro", "Peverell", "Marchetti-Okoro"]


def test_a_title_and_name_closing_a_sentence_inside_the_quote_calls_them(nlp: Any) -> None:
    text = (
        "Desmond Oyelowo-Finch, the chief executive, told the committee the overspend had not been foreseen.\n\n"
        "Harriet Quennell, the committee's chair, was unconvinced. “It was in your own risk register, Mr Oyelowo-Finch. Who read it?”\n\n"
        "“With respect, chair, a risk register lists risks, not certainties.”"
    )
    assert surnames(quotes(nlp, text)) == ["Quennell", "Oyelowo-Finch"]


def test_the_chair_asking_after_the_quote_is_not_the_committee(nlp: Any) -> None:
    text = (
        "Desmond Oyelowo-Finch, the chief executive, told the committee the overspend had not been foreseen.\n\n"
        "“It was in your own risk register, Mr Oyelowo-Finch. Who read it?” asked the committee's chair, Harriet Quennell.\n\n"
        "“With respect, chair, a risk register lists risks, not certainties.”"
    )
    assert surnames(quotes(nlp, text)) == ["Quennell", "Oyelowo-Finch"]


def test_the_writers_question_is_answered_by_the_interviewee(nlp: Any) -> None:
    text = (
        "Ingrid Solhaug, the novelist, orders soup. “I never eat lunch,” she says.\n\n"
        "“And for you?” the waiter asks me. I order the same.\n\n"
        "“Does it bother you, being recognised now?” I ask.\n\n"
        "“It does not happen. People know the label, not the face.”\n\n"
        "“Why not?”\n\n"
        "“Because writers are invisible.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found[2:]] == [None, "Ingrid Solhaug", None, "Ingrid Solhaug"]
    assert found[3].reason == "interview"


def test_the_writer_asks_the_one_made_the_subject_again(nlp: Any) -> None:
    text = (
        "The first thing Ilse Vandermeulen says to me is “Don't touch the blue one.” Her "
        "assistant, Kwame Asiedu, is sweeping the floor.\n\n"
        "“They're all the terrible one,” Asiedu says.\n\n"
        "Vandermeulen, 71, has been painting the same mile of estuary for thirty years.\n\n"
        "“Aren't you bored of it?” I ask.\n\n"
        "“Are you bored of your own face? You see it every morning.”"
    )
    assert surnames(quotes(nlp, text))[-1] == "Vandermeulen"


def test_the_writer_asks_by_name(nlp: Any) -> None:
    text = (
        "Winifred Achong-Baptiste lives with her sister, Hyacinth. ``She writes like a "
        "doctor,'' Hyacinth says.\n\n"
        "``Which of your poems do you like best?'' I ask Achong-Baptiste.\n\n"
        "``The next one.''"
    )
    assert surnames(quotes(nlp, text))[-1] == "Achong-Baptiste"


def test_the_writer_asking_two_people_names_no_one(nlp: Any) -> None:
    text = (
        "Lin Anderssen and Rachel Moskowitz found each other through a DNA test. “It was a "
        "joke present,” Moskowitz says.\n\n"
        "“Do you ever feel like you're talking to yourself?” I ask them.\n\n"
        "“All the time.”"
    )
    assert quotes(nlp, text)[-1].speaker is None


def test_the_one_who_asked_does_not_answer_their_own_question(nlp: Any) -> None:
    text = (
        "Led by state advocate Pieter van der Merwe, Lindiwe Khumalo said she had later found "
        "that the company shared a postal address with a relative of the accused.\n\n"
        "“Did you raise this with anyone?” Van der Merwe asked.\n\n"
        "“I wrote to the council speaker. I never received a reply.”"
    )
    found = quotes(nlp, text)
    assert "Merwe" not in (found[-1].speaker or "")


def test_an_interview_announced_by_spoke_to_alternates(nlp: Any) -> None:
    text = (
        "Tilde Marøy-Achebe, the sabre fencer who won silver in August, is back at her club "
        "in Fennick. She spoke to Grace Okonedo-Finn between lessons.\n\n"
        "“Do the kids know who you are?”\n\n"
        "“They know I am the one with the sweets.”\n\n"
        "“You were one hit away from gold. Do you think about that hit?”\n\n"
        "“Every night. Not in a bad way, mostly.”"
    )
    assert surnames(quotes(nlp, text)) == [
        "Okonedo-Finn",
        "Marøy-Achebe",
        "Okonedo-Finn",
        "Marøy-Achebe",
    ]


def test_a_bare_question_after_a_statement_is_the_other_side(nlp: Any) -> None:
    text = (
        "Margarethe Vollan, who led the regional government for nine years, orders the eggs.\n\n"
        "“People will think I'm planning a comeback,” she says.\n\n"
        "“Are you?”\n\n"
        "“No. Eat your toast.”"
    )
    found = quotes(nlp, text)
    assert surnames(found) == ["Vollan", "-", "Vollan"]
    assert found[2].reason == "turn"


def test_a_statement_ending_on_a_question_goes_on(nlp: Any) -> None:
    text = (
        "Rosalind Achterberg, whose son died in the crash, spoke outside the court.\n\n"
        "“They told us it was an accident,” she said.\n\n"
        "“He never admitted it. Not once in eleven years. How can that be justice?”"
    )
    assert surnames(quotes(nlp, text)) == ["Achterberg", "Achterberg"]


def test_a_bare_question_calling_someone_else_is_not_answered_by_the_last_speaker(
    nlp: Any,
) -> None:
    text = (
        "Councillor Idris Maddox chaired the meeting; the planning officer, Wendell Trask, "
        "presented the report.\n\n"
        "“The scheme meets every policy,” Maddox said.\n\n"
        "“Does it, Mr Trask?”\n\n"
        "“In my view it does.”"
    )
    assert quotes(nlp, text)[-1].speaker != "Idris Maddox"


def test_the_one_a_question_calls_by_office_answers(nlp: Any) -> None:
    text = (
        "Curtis Wayland, the state's commissioner of corrections, acknowledged that staffing "
        "had fallen to “dangerous levels”.\n\n"
        "“Commissioner, you received a letter from your own wardens in March. Did you read "
        "it?” asked Sen. Lorraine DeWitt-Hayes.\n\n"
        "“I did, senator.”\n\n"
        "“And what did you do?”"
    )
    assert surnames(quotes(nlp, text))[1:] == ["DeWitt-Hayes", "Wayland", "DeWitt-Hayes"]


def test_two_people_trading_short_lines_alternate(nlp: Any) -> None:
    text = (
        "The Marrable brothers have not played together for eleven years.\n\n"
        "“It wasn't the van. People always say it was the van,” says Callum, 52, the elder "
        "brother and the band's singer.\n\n"
        "“It was a bit the van,” says Rory, 49, who plays bass.\n\n"
        "“It was years of things. The van was just the last thing.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Callum", "Rory", "Callum"]
    assert found[-1].reason == "turn"


def test_a_short_line_then_a_long_run_goes_on(nlp: Any) -> None:
    text = (
        "“We had 500 works and room for 80. Tomasz wanted to choose them himself,” said "
        "Imelda Ferrante, the curator.\n\n"
        "“I was being modest,” the painter Tomasz Wielgosz says.\n\n"
        "“I paint the same things I painted at twenty: the window, the chair, the cat. "
        "People ask me when I am going to paint something else.\n\n"
        "“Why would I? The window is different every morning.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found][1:] == ["Tomasz Wielgosz"] * 3


def test_a_question_someone_asks_is_answered_by_the_one_the_text_is_about(nlp: Any) -> None:
    text = (
        "Speaking on the Long Corridor podcast, presented by Idris Okafor and Pieter Smit, "
        "she gave the fullest account yet of the prime minister's last week in office.\n\n"
        "Marguerite Ashdown-Fell, his chief of staff for four years, said the end came "
        "quickly.\n\n"
        "“When did you know it was over?” Okafor asked.\n\n"
        "“The day the chief whip came in and didn't sit down. He always sat down.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Okafor", "Marguerite Ashdown-Fell"]
    assert found[-1].reason == "turn"


def test_a_reply_after_a_quoted_question_is_not_the_askers(nlp: Any) -> None:
    text = (
        "Dr Morag Ellison, a consultant in emergency medicine, gave an interview to "
        "Northview's Evening Report.\n\n"
        "Presenter Ravinder Sandhu asked whether she was exaggerating. “I wish I were. "
        "Come in on a Friday night and I'll show you,” she replied."
    )
    assert quotes(nlp, text)[0].speaker == "Morag Ellison"


def test_a_remark_calling_someone_by_office_is_answered_by_them(nlp: Any) -> None:
    text = (
        "The home secretary, Joanna Whitlow, appeared on Radio Fenmoor's breakfast show.\n\n"
        "“Nothing is ruled out,” Ms Whitlow said.\n\n"
        "“With respect, home secretary, you said exactly that about the barges, and then "
        "the barges happened,” said the presenter, Ngozi Okafor.\n\n"
        "“And the barges have worked.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Joanna Whitlow"


def test_pressed_is_an_asking_cue(nlp: Any) -> None:
    text = (
        "Asked whether she would resign, the health secretary, Eluned Pryce, said: "
        "“No.”\n\n"
        "“Even if you miss them?” Mr Achterberg pressed.\n\n"
        "“Even then.”"
    )
    assert surnames(quotes(nlp, text)) == ["Pryce", "Achterberg", "Pryce"]


def test_a_pause_between_two_quotes_keeps_the_speaker(nlp: Any) -> None:
    text = (
        "Eero Lindqvist, when found in the physio room later, agrees.\n\n"
        '"He is right. I do not enjoy talking," he says. There is a long silence. "That is enough."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Eero Lindqvist"] * 2


def test_someone_else_between_two_quotes_stops_the_speaker(nlp: Any) -> None:
    text = (
        "Eero Lindqvist, when found in the physio room later, agrees.\n\n"
        '"He is right. I do not enjoy talking," he says. His coach laughs. "That is enough."'
    )
    got = quotes(nlp, text)
    assert got[0].speaker == "Eero Lindqvist"
    assert got[1].reason != "continuation"


def test_a_stranger_described_after_a_vocative_is_not_the_one_called(nlp: Any) -> None:
    text = (
        "Tomasz Wierzbicki won the seat by 312 votes after two recounts.\n\n"
        "The defeated candidate, Morfydd Rees, congratulated him. “The voters have spoken. Tomasz, look after this town,” she said.\n\n"
        "Out by the bins, one campaign volunteer was less generous. “We lost this years ago and nobody noticed,” he said."
    )
    got = quotes(nlp, text)
    assert got[-1].speaker is None and got[-1].speaker_description == "one campaign volunteer"


def test_the_one_called_in_an_earlier_question_does_not_name_a_later_he(nlp: Any) -> None:
    text = (
        "Darnell Achterberg, the champion, and Ruslan Kadyrbekov, the challenger, had to be separated at the weigh-in.\n\n"
        "“Darnell, does it worry you that he is younger?” one reporter asked.\n\n"
        "“Worried? I am 34. I have been younger,” Achterberg said, to laughter.\n\n"
        "Kadyrbekov left the stage without shaking hands. Asked afterwards about the shoving, he shrugged. “For him it is a show. For me it is work.”"
    )
    assert quotes(nlp, text)[-1].speaker == "Ruslan Kadyrbekov"


def test_the_one_the_writer_asks_answers_with_a_pronoun(nlp: Any) -> None:
    text = (
        "Dominika Hrubá, 27, won the Lindenau competition in March. Her teacher, Margit Abernathy, heard her play at fourteen.\n\n"
        "«She played like someone who had something to say,» Abernathy says. «You don't hear that often.»\n\n"
        "I ask Hrubá whether she still gets nervous. She considers the question for a long time.\n\n"
        "«Not nervous. Hungry,» she says."
    )
    assert quotes(nlp, text)[-1].speaker == "Dominika Hrubá"


def test_a_question_someone_was_asked_is_answered_by_them(nlp: Any) -> None:
    text = (
        "Ravi Jayasekara made an unbeaten 147. ``I didn't think about the hundred,'' said the opener.\n\n"
        "``Is that the best you've batted?'' he was asked.\n\n"
        "``Probably. Ask me again after the next one.''"
    )
    got = quotes(nlp, text)
    assert [q.speaker for q in got] == ["Ravi Jayasekara", None, "Ravi Jayasekara"]


def test_the_one_a_named_counsel_asked_replies_with_a_pronoun(nlp: Any) -> None:
    text = (
        "Bus driver Wanjiku Mwangi told the jury she saw the car mount the kerb.\n\n"
        "Her passenger, Charlotte Bellweather, said: “I heard the engine before I saw anything.”\n\n"
        "Ravi Bhattacharya, defending, asked Ms Mwangi whether she could be sure of the car’s speed. “You were watching the road ahead, not your mirror, weren’t you?”\n\n"
        "“I was watching both. That’s my job,” she replied."
    )
    assert quotes(nlp, text)[-1].speaker == "Wanjiku Mwangi"


def test_the_one_a_described_reporter_asked_answers_with_a_pronoun(nlp: Any) -> None:
    text = (
        "Head coach Gareth Pryce-Owen said his side had been beaten by the better team.\n\n"
        "“I'm proud of the boys. It just hurts,” said captain Sione Latu, who scored both tries. “We'll be back,” he added.\n\n"
        "One reporter asked Pryce-Owen whether the result ended their play-off hopes. “Is the season over?”\n\n"
        "“Mathematically, no. Realistically, ask me next week,” he said."
    )
    assert quotes(nlp, text)[-1].speaker == "Gareth Pryce-Owen"
