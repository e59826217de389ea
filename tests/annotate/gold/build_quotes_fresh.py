# ruff: noqa: E501
"""Build ``quotes_fresh.jsonl``: an independent, held-out quote gold set.

Written by a second annotator; all passages are fictional. Quotes are marked inline:

* ``[[d|Speaker]]...[[/]]`` -- kind ``d``/``p``/``s`` = direct/partial/scare;
* ``[[d||a senior police official]]...[[/]]`` -- unnamed source (speaker null, description set);
* ``[[s]]...[[/]]`` or ``[[d]]...[[/]]`` -- no speaker and no description.

The markers sit *inside* the quotation marks, so the marked span is exactly the quoted words
(including any punctuation inside the marks). A named speaker's description, when the passage
attaches one to them (appositive or descriptive noun phrase, not a bare title such as "Mayor"),
comes from the passage's ``descs`` mapping and is applied to every quote by that speaker.
Run: ``python tests/annotate/gold/build_quotes_fresh.py``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("quotes_fresh.jsonl")
KINDS = {"d": "direct", "p": "partial", "s": "scare"}
OPENERS = '"“«'
CLOSERS = '"”»'
QUOTE_CHARS = set(OPENERS + CLOSERS)
MARK = re.compile(
    r"\[\[(?:(?P<kind>[dps])(?:\|(?P<spk>[^|\]]*))?(?:\|(?P<desc>[^|\]]*))?|(?P<end>/))\]\]"
)

PASSAGES: list[tuple[str, dict[str, str]]] = [
    # 001 wire copy, straight quotes, speaker after + split quote
    (
        """
"[[d|Tomas Vereecken]]Operations at the northern terminal will resume on Monday,[[/]]" said Tomas Vereecken, a spokesman for the port authority. "[[d|Tomas Vereecken]]We don't expect further delays.[[/]]"
""",
        {"Tomas Vereecken": "a spokesman for the port authority"},
    ),
    # 002 tabloid, curly quotes, split quote, apostrophes
    (
        """
Gran-of-five Maureen Tuttle, 72, couldn’t believe her luck when the winning ticket turned up in her coat pocket.

“[[d|Maureen Tuttle]]I’d forgotten all about it. I nearly put the coat in the wash![[/]]” she told the Daily Courier. “[[d|Maureen Tuttle]]My Derek’s been on at me for years to check them properly.[[/]]”
""",
        {},
    ),
    # 003 broadsheet, partial + scare
    (
        """
The Chancellor, Imogen Farrow, described the budget shortfall as “[[p|Imogen Farrow]]regrettable but manageable[[/]]”, while opposition figures dismissed her so-called “[[s]]growth dividend[[/]]” as wishful thinking.
""",
        {"Imogen Farrow": "the Chancellor"},
    ),
    # 004 local radio bulletin script
    (
        """
Good morning, it’s eight o’clock. Police in Kettlewick are urging drivers to avoid the B4410 after overnight flooding. Sergeant Dev Anand told Dunmore FM: "[[d|Dev Anand]]It's simply not safe. We've had two cars stuck already and we don't want a third.[[/]]" The council says pumps are on their way.
""",
        {},
    ),
    # 005 business press, organisation speaker + according to
    (
        """
Shares in Halvard Logistics fell 8% in early trading after the company cut its full-year forecast. "[[d|Halvard Logistics]]Demand in our European freight business softened considerably in the third quarter,[[/]]" the company said in a statement.

According to Priya Castellano, an analyst at Brookmere Securities, the guidance cut was "[[p|Priya Castellano]]bigger than anyone had pencilled in[[/]]".
""",
        {"Priya Castellano": "an analyst at Brookmere Securities"},
    ),
    # 006 sports report, partial then split direct
    (
        """
Rovers manager Gus McIlroy insisted his side were “[[p|Gus McIlroy]]nowhere near our best[[/]]” despite the 3-0 win at Fenwick Park.

“[[d|Gus McIlroy]]We were sloppy in the first half and the lads know it,[[/]]” McIlroy said. “[[d|Gus McIlroy]]Three points is three points, but we’ve got to be sharper on Saturday.[[/]]”
""",
        {},
    ),
    # 007 European wire, guillemets
    (
        """
The European Commissioner for Competition, Aurélie Marchetti, said the fine sent «[[p|Aurélie Marchetti]]a clear signal to every platform operating in the single market[[/]]». Speaking in Brussels, she added: «[[d|Aurélie Marchetti]]Nobody is too big to follow the rules.[[/]]»
""",
        {"Aurélie Marchetti": "the European Commissioner for Competition"},
    ),
    # 008 pull quote with no attribution anywhere
    (
        """
“[[d]]It felt like the whole street was holding its breath.[[/]]”

Residents of Larch Crescent spent a second night in emergency accommodation on Tuesday after a gas leak forced the evacuation of 40 homes.
""",
        {},
    ),
    # 009 wire, unnamed sources
    (
        """
A senior police official, who spoke on condition of anonymity because the investigation is ongoing, said the suspect "[[p||a senior police official]]had been on our radar for some months[[/]]". Another officer, reading from the officers' log, said: "[[d||another officer]]We're confident we have the right man.[[/]]"
""",
        {},
    ),
    # 010 health story, Dr title, warned + pronoun
    (
        """
Dr Helena Okonkwo-Brandt, a consultant virologist at St Aldric’s Hospital, warned that the winter wave “[[p|Helena Okonkwo-Brandt]]hasn’t peaked yet[[/]]”.

“[[d|Helena Okonkwo-Brandt]]People think it’s over because the headlines have moved on. It isn’t,[[/]]” she said.
""",
        {"Helena Okonkwo-Brandt": "a consultant virologist at St Aldric’s Hospital"},
    ),
    # 011 politics, Prime Minister title, tweeted
    (
        """
Prime Minister Conrad Ilves tweeted late on Sunday: “[[d|Conrad Ilves]]Tonight my thoughts are with the families in Vessa. We will give them every support they need.[[/]]”

The opposition leader, Margit Saar, called the response “[[p|Margit Saar]]too little, and far too late[[/]]”.
""",
        {"Margit Saar": "the opposition leader"},
    ),
    # 012 local paper, Chief Inspector, told reporters that
    (
        """
Chief Inspector Rowan Pell told reporters that "[[d|Rowan Pell]]we are keeping an open mind about what happened on Saturday night.[[/]]" Officers have appealed for dashcam footage from the Millbrook junction, known locally as the "[[s]]magic roundabout[[/]]".
""",
        {},
    ),
    # 013 feature, multi-paragraph quote (curly)
    (
        """
Ida Kaminski, whose bakery on Station Road has been open since the ’90s, said she would not be leaving.

“[[d|Ida Kaminski]]My father opened this shop with nothing but a loan and a stubborn streak. I’ve got the same streak.[[/]]

“[[d|Ida Kaminski]]If they want to knock it down, they’ll have to go through me first.[[/]]”
""",
        {},
    ),
    # 014 business, organisation statements
    (
        """
“[[d|Northwind Energy]]We apologise unreservedly to customers affected by yesterday’s billing error,[[/]]” Northwind Energy said in a statement. The regulator, Ofpower, said it was “[[p|Ofpower]]monitoring the situation closely[[/]]”.
""",
        {"Ofpower": "the regulator"},
    ),
    # 015 sports, quipped + added
    (
        """
Asked whether he would consider retirement at 38, veteran goalkeeper Stefan Brückner quipped: "[[d|Stefan Brückner]]Only when my knees file for divorce.[[/]]"
Brückner, who has made 412 league appearances for Eisenbach, added: "[[d|Stefan Brückner]]Seriously, I'll know when it's time. It isn't yet.[[/]]"
""",
        {},
    ),
    # 016 politics, conceded + split quote
    (
        """
Housing minister Lydia Achterberg conceded on Thursday that the government’s target of 50,000 new homes was “[[p|Lydia Achterberg]]unlikely to be met this year[[/]]”. “[[d|Lydia Achterberg]]I’m not going to stand here and pretend otherwise,[[/]]” she said. “[[d|Lydia Achterberg]]The figures are what they are.[[/]]”
""",
        {},
    ),
    # 017 local council, pronoun with another person named in between
    (
        """
Councillor Frank Odell said the vote had been rigged from the start. Fellow councillor Amira Haddad disagreed: “[[d|Amira Haddad]]The process was fair and everyone had their say.[[/]]”

“[[d|Frank Odell]]Four meetings where nobody listened,[[/]]” he said.
""",
        {},
    ),
    # 018 broadsheet, scare quotes only
    (
        """
Critics say the council’s “[[s]]consultation[[/]]” amounted to a single poster in the library foyer, and that the “[[s]]improvements[[/]]” to Marlow Park have mostly involved removing benches.
""",
        {},
    ),
    # 019 wire, according to (no quote) + told outlet
    (
        """
Three people were injured when a crane collapsed at a construction site in the port city of Tarvenna on Wednesday, according to the regional fire service. "[[d|Sofia Lindqvist]]The operator managed to warn workers seconds before it came down, which probably saved lives,[[/]]" fire service spokeswoman Sofia Lindqvist told the Meridian News Agency.
""",
        {},
    ),
    # 020 human interest, recalled + split
    (
        """
Ninety-year-old Walter Penhaligon still remembers the night the lifeboat went out in the great storm of 1953.

“[[d|Walter Penhaligon]]The waves were higher than the chapel roof,[[/]]” he recalled. “[[d|Walter Penhaligon]]My mother wouldn’t let us watch from the harbour wall, but we did anyway.[[/]]”
""",
        {},
    ),
    # 021 tabloid, nickname in quotes, rock ’n’ roll
    (
        """
Ageing rocker Vince “[[s]]The Viper[[/]]” Maddox, 67, says he’s not done with rock ’n’ roll just yet.

“[[d|Vince Maddox]]They’ve been writing my obituary since the ’80s, and I’m still here, mate,[[/]]” the Sunset Strays frontman told the Evening Globe.
""",
        {"Vince Maddox": "the Sunset Strays frontman"},
    ),
    # 022 tech/business, wrote in a post
    (
        """
The chief executive of Quillfeather, Ansel Drummond, wrote in a post on the company blog that the layoffs were “[[p|Ansel Drummond]]the hardest decision I’ve made in twelve years[[/]]”. “[[d|Ansel Drummond]]To everyone leaving: thank you, and I’m sorry,[[/]]” he wrote.
""",
        {"Ansel Drummond": "the chief executive of Quillfeather"},
    ),
    # 023 local paper, inverted attribution, surname
    (
        """
County engineer Keiko Hartley inspected the Aldwater bridge on Friday morning. "[[d|Keiko Hartley]]The bridge is safe to use,[[/]]" Hartley said. "[[d|Keiko Hartley]]The cracks are cosmetic.[[/]]"
""",
        {},
    ),
    # 024 education, two speakers, partials + split
    (
        """
Teachers at Greyfield Academy walked out on Monday over what union representative Bernard Quaye called “[[p|Bernard Quaye]]years of broken promises[[/]]”. The school’s head, Dr Patricia Ng, said she was “[[p|Patricia Ng]]disappointed but not surprised[[/]]”.

“[[d|Patricia Ng]]We’ve asked the trust for more money again and again,[[/]]” Dr Ng said. “[[d|Patricia Ng]]Our staff deserve better, and so do the children.[[/]]”
""",
        {"Patricia Ng": "the school’s head"},
    ),
    # 025 politics, insisted, told radio station
    (
        """
Speaking to Radio Calder on Tuesday, the Environment Secretary, Hugh Ambler, insisted: "[[d|Hugh Ambler]]We have not watered down a single commitment. Not one.[[/]]"
""",
        {"Hugh Ambler": "the Environment Secretary"},
    ),
    # 026 sports gossip, unnamed sources
    (
        """
A source close to the club told the Sporting Ledger: “[[d||a source close to the club]]The board have lost patience. If they lose on Sunday, he’s gone.[[/]]” Manager Ricardo Albuquerque declined to comment.

Another insider was more cautious: “[[d||another insider]]Nothing’s been decided. The chairman likes him.[[/]]”
""",
        {},
    ),
    # 027 diplomatic wire, guillemets, ministry statement
    (
        """
«[[d|Ministry of Foreign Affairs]]The ambassador has been summoned to provide an explanation,[[/]]» the Ministry of Foreign Affairs said in a statement on Friday. Opposition deputy Ilse Vartanen called the move «[[p|Ilse Vartanen]]long overdue[[/]]».
""",
        {},
    ),
    # 028 business, earnings call
    (
        """
"[[d|Rafaela Monteiro]]We're not seeing any weakness in consumer spending yet,[[/]]" chief financial officer Rafaela Monteiro told analysts on a conference call. She added that the company's margins would be "[[p|Rafaela Monteiro]]broadly stable[[/]]" next year.
""",
        {},
    ),
    # 029 athletics, partial + split direct, descriptive noun phrase
    (
        """
Olympic champion Kezia Obuya said she had “[[p|Kezia Obuya]]nothing left in the tank[[/]]” after winning the 10,000m in a championship record.

“[[d|Kezia Obuya]]The last lap was pure pain. I couldn’t feel my legs,[[/]]” the 24-year-old said. “[[d|Kezia Obuya]]But when you see the line, you find something.[[/]]”
""",
        {"Kezia Obuya": "the 24-year-old"},
    ),
    # 030 local paper, scare + unnamed neighbour
    (
        """
The so-called “[[s]]ghost estate[[/]]” on the edge of Brackley has stood empty since 2011.

“[[d||one neighbour]]You get used to it, but it’s eerie at night,[[/]]” one neighbour said.
""",
        {},
    ),
    # 031 local radio transcript with speaker labels
    (
        """
NEWSREADER: The Glenmoor Health Board says waiting times in A&E at Glenmoor General are the worst they’ve been since records began. In a statement, the board said it was “[[p|Glenmoor Health Board]]working flat out[[/]]” to reduce delays.
REPORTER: Patients I spoke to this afternoon were less forgiving. One man, who didn’t want to be named, said: “[[d||one man]]Eleven hours on a plastic chair. That’s not a hospital, that’s an endurance test.[[/]]”
""",
        {},
    ),
    # 032 tabloid celebrity, wrote on Instagram, pronoun past another name
    (
        """
Reality star Jade Pemberton-Ross has insisted she and footballer boyfriend Callum Rees are “[[p|Jade Pemberton-Ross]]stronger than ever[[/]]” despite weekend rumours.

“[[d|Jade Pemberton-Ross]]People can say what they like. We know what we’ve got,[[/]]” the 29-year-old wrote on Instagram. “[[d|Jade Pemberton-Ross]]Now leave us alone xx[[/]]”
""",
        {"Jade Pemberton-Ross": "the 29-year-old"},
    ),
    # 033 court report, Judge title
    (
        """
A judge in Harrowgate on Thursday jailed former bank manager Neil Sudbury for six years for stealing £1.2m from elderly customers. Judge Amanda Creswell told him: "[[d|Amanda Creswell]]You abused the trust of people who had worked all their lives for their savings.[[/]]"
""",
        {},
    ),
    # 034 business press, unnamed source partial
    (
        """
Grantley Motors is in talks to sell its van division to a Korean rival, according to people familiar with the talks. One person familiar with the matter said a deal could be "[[p||one person familiar with the matter]]announced within weeks[[/]]", though negotiations could still collapse. Grantley declined to comment.
""",
        {},
    ),
    # 035 tech, scare + partial
    (
        """
The start-up’s “[[s]]AI-powered[[/]]” fridge, which retails at $3,400, mostly reminds owners that they’re out of milk. Its founder, Dmitri Valk, called the product “[[p|Dmitri Valk]]a kitchen that actually thinks[[/]]” at its launch last spring.
""",
        {"Dmitri Valk": "its founder"},
    ),
    # 036 local paper vox pop, straight quotes, two speakers
    (
        """
Residents of Pinfold Lane say they're fed up with lorries using their street as a shortcut. "[[d|Gareth Mole]]The whole house shakes when they go past. My kids can't sleep,[[/]]" said Gareth Mole, 41, a delivery driver. His neighbour, Sunita Rao, added: "[[d|Sunita Rao]]We've written to the council three times. Nobody's even replied.[[/]]"
""",
        {"Gareth Mole": "a delivery driver", "Sunita Rao": "his neighbour"},
    ),
    # 037 weather wire, warned + split
    (
        """
Forecasters warned on Saturday that the storm could bring gusts of up to 90mph to exposed coasts. "[[d|Eleri Vaughan]]This is a dangerous system and people should take it seriously,[[/]]" warned Eleri Vaughan, chief meteorologist at the Western Weather Service. "[[d|Eleri Vaughan]]Don't go storm-watching on the sea front.[[/]]"
""",
        {"Eleri Vaughan": "chief meteorologist at the Western Weather Service"},
    ),
    # 038 arts, singular they
    (
        """
Rin Solberg, the artist behind the mural on Caldew Bridge, said the council had never asked permission before painting over it. “[[d|Rin Solberg]]Three months of work, gone in an afternoon,[[/]]” they said. “[[d|Rin Solberg]]Nobody even knocked on my door.[[/]]”
""",
        {"Rin Solberg": "the artist behind the mural on Caldew Bridge"},
    ),
    # 039 breaking news, told reporters + urged
    (
        """
Fire chief Lorna Bexley told reporters outside the warehouse: “[[d|Lorna Bexley]]We’ll be here through the night. The roof is unstable and I won’t send crews inside until it’s been assessed.[[/]]”

“[[d|Lorna Bexley]]Please keep your windows shut,[[/]]” she urged residents nearby.
""",
        {},
    ),
    # 040 business, three-paragraph quote (straight quotes), Sir title
    (
        """
In a letter to shareholders published on Monday, Hargreave & Lowe chairman Sir Desmond Pryce wrote: "[[d|Desmond Pryce]]The past year has tested this company as never before.[[/]]

"[[d|Desmond Pryce]]We made mistakes, and I take responsibility for them.[[/]]

"[[d|Desmond Pryce]]But I believe the worst is behind us.[[/]]"
""",
        {},
    ),
    # 041 sports, partial + scare
    (
        """
Coach Marta Jovanović said the referee’s decision to disallow the late equaliser was “[[p|Marta Jovanović]]a joke, frankly[[/]]”. The league’s much-trumpeted “[[s]]fair play[[/]]” initiative was nowhere to be seen as six yellow cards were shown.
""",
        {},
    ),
    # 042 sports, club statement
    (
        """
Dunmore Athletic have parted company with head coach Lars Heikkinen after eight games without a win. “[[d|Dunmore Athletic]]The club thanks Lars for his hard work and wishes him well for the future,[[/]]” Dunmore Athletic said in a statement.
""",
        {},
    ),
    # 043 local paper, unattributed opening quote
    (
        """
"[[d]]We were told it would be finished by Christmas. Which Christmas, though?[[/]]"

The refurbishment of Tollgate Leisure Centre is now 14 months behind schedule and £2.3m over budget, council documents show.
""",
        {},
    ),
    # 044 police, pronoun after another person mentioned
    (
        """
Detective Sergeant Naomi Kerr said a man had been arrested in connection with the burglary. The man, a 34-year-old from Hollins Cross, has been released on bail.

“[[d|Naomi Kerr]]We’d still like to hear from anyone who saw a silver van on Elm Row that evening,[[/]]” she said.
""",
        {},
    ),
    # 045 politics, tweeted + unnamed government source
    (
        """
Opposition MP Darius Fenwick-Lowe tweeted: "[[d|Darius Fenwick-Lowe]]Another week, another U-turn. Does anyone in this government know what they're doing?[[/]]" A government source hit back, calling the MP's comments "[[p||a government source]]cheap point-scoring from someone who's never run anything[[/]]".
""",
        {},
    ),
    # 046 business press, two partials + told outlet
    (
        """
Profits at Carrow & Finch, the department store chain, more than halved to £18m, according to results published on Wednesday. Chief executive Olu Adeyemi said trading had been "[[p|Olu Adeyemi]]challenging throughout the year[[/]]" but insisted the chain had "[[p|Olu Adeyemi]]turned a corner[[/]]". "[[d|Olu Adeyemi]]Christmas was our best in five years,[[/]]" he told the Financial Ledger.
""",
        {},
    ),
    # 047 foreign news, guillemets, scare + partial
    (
        """
The junta’s «[[s]]national dialogue[[/]]» opened in the capital on Monday without a single opposition party in attendance. General Arnaud Ketebe described the talks as «[[p|Arnaud Ketebe]]the beginning of a new chapter[[/]]».
""",
        {},
    ),
    # 048 environment, according to X after a direct quote
    (
        """
"[[d|Yusuf Demir]]The river hasn't been this low in living memory,[[/]]" according to Yusuf Demir, who has fished the Sarn for four decades. "[[d|Yusuf Demir]]My grandfather would've wept to see it,[[/]]" he said.
""",
        {},
    ),
    # 049 local radio, Councillor title, added
    (
        """
Councillor Bethan Lloyd told Radio Teifi the new bus timetable would “[[p|Bethan Lloyd]]make a real difference[[/]]” to villages like Cwm Isaf. She added: “[[d|Bethan Lloyd]]For too long, if you didn’t drive, you didn’t go anywhere.[[/]]”
""",
        {},
    ),
    # 050 industrial relations, quote split mid-sentence
    (
        """
“[[d|Hamish Grierson]]There’s no appetite for a strike,[[/]]” said Hamish Grierson, the union’s regional organiser, “[[d|Hamish Grierson]]but there’s no appetite for another real-terms pay cut either.[[/]]”
""",
        {"Hamish Grierson": "the union’s regional organiser"},
    ),
    # 051 tabloid fashion, first-name attribution
    (
        """
It’s the ’80s all over again for Harlow’s shoulder-pad queen! Fashion designer Trudie Keane, 58, has unveiled a collection she calls “[[p|Trudie Keane]]power dressing for people who’ve had enough[[/]]”.

“[[d|Trudie Keane]]Women don’t want to shrink any more. They want to take up space,[[/]]” Trudie told us.
""",
        {},
    ),
    # 052 commodities wire, organisations (one with an apostrophe in its name)
    (
        """
The World Grain Council cut its forecast for global wheat output for a second month. "[[d|World Grain Council]]Dry conditions in key exporting regions continue to weigh on yields,[[/]]" the council said in its monthly report. The Atlantic Millers' Association, an industry group, said bread prices were likely to rise by "[[p|Atlantic Millers' Association]]several pence a loaf[[/]]" by spring.
""",
        {"Atlantic Millers' Association": "an industry group"},
    ),
    # 053 cricket, scare label + quipped
    (
        """
Asked about his side's new "[[s]]all-out attack[[/]]" philosophy, Harbourside captain Devan Pillay quipped: "[[d|Devan Pillay]]It's not a philosophy, it's just that none of us can defend.[[/]]"
""",
        {},
    ),
    # 054 broadsheet, Professor title, split with added
    (
        """
“[[d|Ruth Abernathy]]Nobody’s suggesting the old system was perfect, but at least people knew where they stood,[[/]]” said Professor Ruth Abernathy, who chaired the 2016 review. “[[d|Ruth Abernathy]]Now they don’t,[[/]]” she added.
""",
        {},
    ),
    # 055 politics, told a broadcaster's programme
    (
        """
Former health minister Colin Marsh told the National Broadcasting Service’s Morning Agenda programme that he had “[[p|Colin Marsh]]no regrets whatsoever[[/]]” about the 2019 reforms. “[[d|Colin Marsh]]If I had my time again I’d do exactly the same,[[/]]” he said.
""",
        {},
    ),
    # 056 transport, unnamed spokeswoman + commuter partial
    (
        """
Passengers faced a third day of cancellations on the Ashby line. A spokeswoman for Pellham Rail said: “[[d||a spokeswoman for Pellham Rail]]We’re sorry for the disruption. Engineers have been working round the clock.[[/]]”

Commuter Jonah Blake, 33, said the apology was “[[p|Jonah Blake]]worth precisely nothing[[/]]”.
""",
        {},
    ),
    # 057 property, scare + partial
    (
        """
The building’s “[[s]]luxury[[/]]” flats come with a view of the ring road and a shared bin store. Estate agent Marcus Thorne insisted the development was “[[p|Marcus Thorne]]genuinely aspirational[[/]]”.
""",
        {},
    ),
    # 058 local radio phone-in, first names only
    (
        """
PRESENTER: And we’ve had plenty of messages about the new parking charges at Ferndale Retail Park. Pat in Ashwick says: "[[d|Pat]]I'm not paying two pound fifty to buy a pint of milk. I'll go to the corner shop.[[/]]" And Ravi from Lower Moor texted: "[[d|Ravi]]Fair enough if it stops the commuters clogging it up.[[/]]"
""",
        {},
    ),
    # 059 food, conceded, "a 41-year-old baker"
    (
        """
"[[d|Elena Moretti]]I'll admit the first batch was a disaster,[[/]]" conceded Elena Moretti, a 41-year-old baker from Castlegate, whose sourdough won the county show on Saturday. "[[d|Elena Moretti]]The second batch, though, was something else.[[/]]"
""",
        {"Elena Moretti": "a 41-year-old baker from Castlegate"},
    ),
    # 060 conflict wire, unnamed official, scare + partial
    (
        """
Talks between the two sides broke down on Friday, officials said, and the mediators’ proposals were shelved. "[[d||one official]]There's no date for a new round,[[/]]" one official said. The rebels' leader, Tavish Oruno, said his fighters would honour the "[[s]]ceasefire[[/]]" only "[[p|Tavish Oruno]]as long as the other side does[[/]]".
""",
        {"Tavish Oruno": "the rebels' leader"},
    ),
]


def parse(marked: str, descs: dict[str, str]) -> tuple[str, list[dict[str, object]]]:
    """Strip the inline markers from ``marked`` and return (text, quotes) with exact offsets."""
    out: list[str] = []
    quotes: list[dict[str, object]] = []
    pos = 0
    length = 0
    open_q: dict[str, object] | None = None
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group("end"):
            if open_q is None:
                raise ValueError(f"closing marker without opening one in {marked!r}")
            open_q["end"] = length
            quotes.append(open_q)
            open_q = None
            continue
        if open_q is not None:
            raise ValueError(f"nested quote markers in {marked!r}")
        speaker = m.group("spk") or None
        desc = m.group("desc") or (descs.get(speaker) if speaker else None)
        open_q = {
            "start": length,
            "end": None,
            "text": None,
            "kind": KINDS[m.group("kind")],
            "speaker": speaker,
            "speaker_description": desc,
        }
    if open_q is not None:
        raise ValueError(f"unclosed quote marker in {marked!r}")
    out.append(marked[pos:])
    text = "".join(out)
    for q in quotes:
        q["text"] = text[q["start"] : q["end"]]  # type: ignore[misc]
    return text, quotes


def validate(rid: str, text: str, quotes: list[dict[str, object]], descs: dict[str, str]) -> None:
    boundaries: set[int] = set()
    for q in quotes:
        start, end = q["start"], q["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert text[start:end] == q["text"], (rid, q)
        assert start > 0 and text[start - 1] in OPENERS, (rid, "no opening mark", q)
        boundaries.add(start - 1)
        if end < len(text) and text[end] in CLOSERS:
            boundaries.add(end)
        else:
            # Multi-paragraph quote: the paragraph ends without a closing mark and the
            # next paragraph re-opens the quotation.
            rest = text[end:]
            assert rest.startswith("\n") and rest.lstrip("\n")[:1] in OPENERS, (rid, q)
        body = str(q["text"])
        assert body == body.strip() and body, (rid, "untrimmed or empty quote", q)
        assert not QUOTE_CHARS & set(body), (rid, "quotation mark inside quote", q)
        assert "[[" not in body and "]]" not in body, (rid, q)
        if q["kind"] == "scare":
            assert q["speaker"] is None and q["speaker_description"] is None, (rid, q)
        speaker = q["speaker"]
        if isinstance(speaker, str):
            assert speaker.split()[-1] in text, (rid, "speaker not in text", speaker)
        desc = q["speaker_description"]
        if isinstance(desc, str):
            assert desc.lower() in text.lower(), (rid, "description not in text", desc)
    # Every quotation mark in the passage must delimit an annotated quote (apostrophes,
    # including the curly ’, are not quotation marks and are never annotated).
    marks = {i for i, ch in enumerate(text) if ch in QUOTE_CHARS}
    assert marks == boundaries, (rid, "unannotated quotation marks", sorted(marks - boundaries))
    used = {q["speaker"] for q in quotes}
    assert set(descs) <= used, (rid, "unused description", set(descs) - used)
    assert "[[" not in text and "]]" not in text, rid


def build() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for n, (marked, descs) in enumerate(PASSAGES, start=1):
        rid = f"fresh-{n:03d}"
        text, quotes = parse(marked.strip("\n"), descs)
        validate(rid, text, quotes, descs)
        records.append({"id": rid, "text": text, "quotes": quotes})
    return records


def main() -> None:
    records = build()
    assert len(records) == 60, len(records)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    kinds = Counter(str(q["kind"]) for rec in records for q in rec["quotes"])  # type: ignore[attr-defined]
    total = sum(kinds.values())
    assert total >= 110, total
    share = ", ".join(f"{k}={v} ({v / total:.0%})" for k, v in sorted(kinds.items()))
    print(f"wrote {len(records)} passages, {total} quotes: {share} -> {OUT.name}")


if __name__ == "__main__":
    main()
