# ruff: noqa: E501
"""Build ``quotes_fresh166.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
registers of wire, broadsheet, tabloid, local paper, magazine and broadcaster copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh166-NNN``.

Conventions (the same as ``build_quotes_fresh8.py``):

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, Mrs Justice, Sen., Cllr, KC); when only a
  first name is given that first name is the speaker. The description is the role or
  appositive as written in the passage (the one given where the speaker is introduced,
  or the definite description used at the cue, e.g. ``the striker``), else null. A
  role title standing before the name (``Board president``, ``Trustee``, ``Judge``,
  ``Kaumātua``) is the description when the passage gives no appositive; courtesy
  honorifics (Mr, Ms, Dr, Sir, KC) never are. An appositive noun phrase is taken
  whole with its relative clause (``a fisherman who asked not to be named``); a relative
  clause on its own (``who represented the driver``) is not a description. A relational phrase standing before the
  name (``Her friend Bláithín …``) counts like a role title.
* An organisation that is itself the grammatical speaker (``Skovgaard Medical said in
  a statement``, ``the department said``) is the speaker. An unnamed person speaking
  for an organisation (``a Red Crescent spokesperson said``) has a null speaker and
  that phrase as the description. Unnamed sources and individuals in a crowd (``one
  parent``) likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, statements,
  judgments, posts. They are ``direct`` (or ``partial``) with that author as speaker.
* Signs, banners, placards and printed slogans are never speech: ``scare``. Slogans
  chanted by a crowd are ``scare`` as well. Titles of works, nicknames, labels and
  words or phrases discussed as words are ``scare``.
* A quoted saying or shout whose speaker is not identified at all is ``direct`` with
  speaker and description null. A reporter's question quoted as such is ``direct``
  speech by the (unnamed) reporter.
* Quotation marks are straight ``"``, curly ``“ ”``, guillemets ``« »`` or doubled
  backticks with doubled apostrophes (````…''``). Single marks (``‘…’`` or ``'…'``)
  are only used for a quote inside a quote; such an inner quote is part of the outer
  span and is not annotated separately (even when it is someone else's words: it
  belongs to whoever utters the outer quote).
* Where a speaker has both an appositive at its introduction and a definite
  description at a later cue, the introduction's appositive is the description.
* Speech quoted in another language with a translation after it belongs to the
  original speaker; the original and the translation are two spans. Speech relayed
  through an interpreter belongs to the original speaker.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Decisions specific to this set (where the conventions above left room):

* A role title or relational phrase before the name combined with an appositive after
  it (``Italian sprinter Chiara Benedetti, the 2022 European 200m champion``): the
  appositive is the description. A title before the name alone is the description;
  this includes ranks (``Detective Superintendent``, ``Chief Fire Officer``), job
  titles used as titles (``Mission director``, ``Promoter``, ``Headteacher``), the
  tabloid labels ``Binman`` and ``Mum-of-three``, and nationality-plus-role titles
  (``Korean director``, ``Norvaldian Foreign Minister``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 23-year-old``,
  ``the novelist``), that description is taken.
* A non-restrictive relative clause (after a comma) is not part of the description; a
  restrictive one is (``a teacher who organised the protest``). An appositive inside
  the description (``the capital, Sarvena``) is left out.
* An organisation speaking (company, regulator, agency, rights group, a criminal group
  with a name) has the organisation's fullest name in the passage as the speaker and a
  null description. A group referred to only as ``the authors`` has a null speaker and
  that phrase as the description.
* Words attributed to an organisation as its own label (``provocateurs``, ``human
  error``) are ``partial`` by the organisation, not ``scare``. Markings in a score,
  phrases discussed as words (``social jet lag``, ``digital detox``) and room or
  product names are ``scare``.
* In obituaries, the deceased's words quoted from earlier interviews, or as something
  they ``liked to say``, are that person's speech.
* An interpreter who reports what someone else says in the third person (``She says
  you look hungry``) is the speaker of those words; words rendered in the first person
  through an interpreter belong to the original speaker.
* A letter to a columnist signed with a first name belongs to that first name; the
  columnist's own questions and a first-person writer's questions (``I ask``) are
  ``direct`` with speaker and description null.
* A shout from an identified person in a crowd (``one resident in the public gallery``,
  ``a small boy at the front``) is ``direct`` with a null speaker and that description.
* In a printed exchange of quote-only paragraphs, and when a couple answer in turn with
  ``she said`` / ``he said``, each turn belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh166.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh166.jsonl")

PASSAGES = """
### 001
@a Ilse Vandersloot | Governor
@b Marcus Tiller | chief economist at Haverleigh Securities
@c - | a person familiar with the committee's discussions
@d Bank of Orsenna | -
PELLARA, Orsenna (Meridian Wire) - The Bank of Orsenna held its benchmark rate at 4.25 percent on Thursday for a fourth consecutive meeting, saying inflation was cooling "⟦p:d|more slowly than we would like⟧" but that the economy could not yet bear a cut.
"⟦d:d|Price pressures in services remain stubborn, and wage settlements are still running well above what is consistent with our target,⟧" the bank said in a statement.
Governor Ilse Vandersloot told reporters that the decision had been unanimous. "⟦d:a|We are not in a hurry, and I would rather be a little late than have to reverse course,⟧" Vandersloot said. "⟦d:a|The last thing households need is a central bank that changes its mind every six weeks.⟧"
Asked whether a cut in March was possible, she said: "⟦d:a|Nothing is ruled in and nothing is ruled out. We will look at the data.⟧"
Markets had priced in a roughly one-in-three chance of a cut. The Orsennan crown rose 0.4 percent against the euro after the announcement.
"⟦d:b|The message is clearly hawkish,⟧" said Marcus Tiller, chief economist at Haverleigh Securities. "⟦d:b|She's telling you the first cut is a summer story, not a spring one.⟧"
A person familiar with the committee's discussions said two members had pushed for a quarter-point reduction before agreeing to back the hold. "⟦d:c|It was closer than the vote suggests,⟧" the person said.

### 002
@a Dermot Achterberg | the chief executive
@b Rafael Quintanilla | the finance director
@c Sunita Bhardwaj | an analyst at Corran & Webb
@d Greenhollow | -
Shares in Greenhollow, the country’s fourth-largest grocer, fell by almost a fifth on Friday after the company warned that annual profits would come in well below expectations, blaming a price war it described as “⟦p:d|irrational and unsustainable⟧”.
Dermot Achterberg, the chief executive, said the group had chosen to protect customers rather than margins. “⟦d:a|We could have held prices and posted a better number. We didn’t, and I’d make the same call again,⟧” he said on a call with analysts.
Rafael Quintanilla, the finance director, said underlying operating profit would be between £212m and £225m, down from £301m. He told analysts that cost savings of “⟦p:b|at least £60m⟧” were on track.
“⟦d:b|The savings are real. They are just being reinvested faster than we planned,⟧” he said.
Pressed by Sunita Bhardwaj, an analyst at Corran & Webb, on whether the dividend was safe, Achterberg hesitated and turned to his colleague.
“⟦d:a|Rafael?⟧” the chief executive said.
“⟦d:b|The board will look at it in the round in April. I’m not going to pre-empt that,⟧” Quintanilla said.
Bhardwaj said afterwards that the answer was “⟦p:c|not a yes⟧”. “⟦d:c|When a finance director won’t say the dividend is safe, the market hears that it isn’t,⟧” she said. “⟦d:c|Today’s fall is the market hearing it.⟧”

### 003
@a - | one equities trader in Halvorsen
@b Yusuf Demirel | head of strategy at Brightwater Capital
@c Camille Okonjo-Reyes | a portfolio manager at Lindqvist Partners
HALVORSEN (Meridian Wire) - Stocks across the region suffered their worst week since March, with technology shares leading the losses as investors fretted that a long chip shortage was turning into a "⟦s:-|glut⟧".
The Northern 200 index closed 2.3 percent lower on Friday and shed 5.1 percent over the week, its steepest weekly fall in seven months.
"⟦d:a|It's been a week of people selling first and asking questions later,⟧" said one equities trader in Halvorsen, who was not authorised to speak publicly. "⟦d:a|Nobody wants to be the last one holding the semiconductors.⟧"
Yusuf Demirel, head of strategy at Brightwater Capital, said the sell-off looked overdone. "⟦d:b|Earnings haven't changed this week. Sentiment has,⟧" he said. "⟦d:b|Those are very different things, and the second one tends to come back.⟧"
Others were less sanguine. Camille Okonjo-Reyes, a portfolio manager at Lindqvist Partners, said valuations had "⟦p:c|simply got ahead of reality⟧" during the summer rally.
"⟦d:c|I don't think this is 2001,⟧" she said. "⟦d:c|But I do think a lot of people bought the story and forgot to check the price.⟧"
Oil prices were little changed on the day. Gold rose 0.8 percent.

### 004
@a Adaeze Nwosu-Lindgren | the co-founder of Pelican Ledger
@b Margit Haavisto | a partner at Tundra Ventures
@c Tobiah Fenn | her co-founder
Adaeze Nwosu-Lindgren, the co-founder of Pelican Ledger, keeps a printout of the first rejection email she ever received on the wall above her desk. It reads, in full: “⟦d:-|Interesting, but not for us.⟧”
“⟦d:a|I look at it every morning,⟧” she said. “⟦d:a|Not out of spite. It reminds me that most people are going to say no, and that’s fine.⟧”
Pelican Ledger, which makes bookkeeping software for market traders and small food businesses, this week closed a funding round of 14 million euros led by Tundra Ventures. The company now has 61 employees, most of them in a converted biscuit factory in Cransford.
Her co-founder, Tobiah Fenn, handles the engineering. “⟦d:c|Ada does the talking. I do the bit where it has to actually work,⟧” he said.
Margit Haavisto, a partner at Tundra Ventures, said she had first met the pair at a conference in 2021 and had initially passed. “⟦d:b|I was wrong. I said so to them, which investors almost never do,⟧” she said. “⟦d:b|What changed my mind was the retention. People who start using it don’t stop.⟧”
Nwosu-Lindgren is cautious about growth. Asked whether the company would expand abroad, she said:
“⟦d:a:m|Eventually. But I’ve watched too many companies our size open three offices in a year and then close two of them. We have customers in Cransford who still ring me personally when something breaks.⟧
“⟦d:a|When that stops being possible, we’ll be big enough. Not before.⟧”

### 005
@a Callum Dunleavy | regional organiser for the Transport and Dock Workers' Union
@b Port of Saltmarsh Authority | -
@c Niamh Carrow | Transport Minister
@d Gerrit Malan | a crane operator with 22 years at the port
Dock workers at Saltmarsh will walk out for 72 hours from Monday after talks over pay and shift patterns collapsed late on Wednesday, threatening delays to hundreds of container deliveries.
Callum Dunleavy, regional organiser for the Transport and Dock Workers' Union, said members had been left with "⟦p:a|no option⟧".
"⟦d:a|We have sat in that room for eleven weeks. Every time we get close, the goalposts move,⟧" he said. "⟦d:a|Our members are not asking for the moon. They're asking to know which shifts they're working more than four days in advance.⟧"
The Port of Saltmarsh Authority said it was "⟦p:b|disappointed⟧" by the decision. "⟦d:b|The offer on the table is the best in the port's history and remains open,⟧" the authority said in a statement. "⟦d:b|We urge the union to return to talks.⟧"
Transport Minister Niamh Carrow urged both sides to "⟦p:c|get back round the table this weekend⟧". "⟦d:c|Nobody wins from a strike at a port this size,⟧" she told Coastline FM.
At the union's hut by Gate 4, Gerrit Malan, a crane operator with 22 years at the port, was blunt. "⟦d:d|I've never been on strike in my life. I didn't want this,⟧" he said. "⟦d:d|But they've pushed and pushed.⟧"

### 006
@a Halbrook Engineering | -
@b Severin Ashdown-Pryce | Halbrook’s chairman
@c Orrin Vale Partners | -
@d Beatrix Kolawole | a fund manager at Stellan Asset Management
@e - | one person close to the bidder
Halbrook Engineering has rejected a £1.4bn takeover approach from the American private equity group Orrin Vale Partners, saying the offer “⟦p:a|fundamentally undervalues⟧” the 140-year-old business and its prospects.
In a statement on Saturday morning, Halbrook said its board had “⟦p:a|unanimously and unequivocally⟧” rejected the 410p-a-share proposal.
Halbrook’s chairman, Severin Ashdown-Pryce, said: “⟦d:b|This is an opportunistic bid, timed to take advantage of a share price that does not reflect the work we have done over the last three years. Our shareholders deserve better, and we will not be recommending it.⟧”
Orrin Vale said it was “⟦p:c|surprised⟧” by the rejection and was “⟦p:c|considering its options⟧”.
One person close to the bidder described the board’s response as “⟦p:e|theatre⟧”. “⟦d:e|They’ll want 450 and they’ll get somewhere near it. Everyone knows how this ends,⟧” the person said.
Beatrix Kolawole, a fund manager at Stellan Asset Management, which owns 4 per cent of Halbrook, said the board was right to hold out. “⟦d:d|We’re long-term holders. We like the business. If someone wants it, they can pay for it,⟧” she said. “⟦d:d|Four hundred and ten is not a serious number.⟧”
Under takeover rules, Orrin Vale has until 5pm on 3 March to make a firm offer or walk away.

### 007
@a Lorenzo Bassani | the 61-year-old
@b Fatima Zahra Benali | his daughter
@c - | a spokesperson for Glenmere District Council
@d Maureen Tibbs | a customer of 20 years
Lorenzo Bassani has been baking bread on Quarry Street since 1998. This spring, for the first time, he is not sure he will make it to the summer.
His electricity bill for the bakery's two ovens has risen from around £1,100 a month to just over £3,400 since his fixed-rate deal ended in January.
"⟦d:a|I looked at the letter three times. I thought it was a mistake,⟧" the 61-year-old said. "⟦d:a|Then I rang them and it wasn't a mistake.⟧"
His daughter, Fatima Zahra Benali, who runs the shop counter, has started a petition calling on the council to cut business rates for small food shops. "⟦d:b|Dad won't ask for help. So I'm asking,⟧" she said.
Bassani has already put the price of a large sourdough up from £3.60 to £4.20. "⟦d:a|People complain, and they're right to complain,⟧" he said. "⟦d:a|But what can I do? Bake it for nothing?⟧"
Maureen Tibbs, a customer of 20 years, said she would keep coming "⟦p:d|whatever it costs⟧". "⟦d:d|He's the only one left round here who does proper bread,⟧" she added.
A spokesperson for Glenmere District Council said the authority "⟦p:c|recognises the pressure on small businesses⟧" and would consider the petition at its next meeting.

### 008
@a Joss Whitcombe | an estate agent in Ashby Wyck
@b Tariq Qureshi | -
@c Hannah Lowe | -
@d Delphine Arkwright | a housing economist at the Kinross Institute
For Tariq Qureshi and Hannah Lowe, both 29, the search for a first home has lasted longer than their engagement.
“⟦d:c|We started looking before he proposed. We’ve now been married for a year and a half,⟧” Lowe said.
“⟦d:b|Nineteen viewings. Four offers. Two of those we were outbid on by cash buyers who’d never even seen the place,⟧” Qureshi added.
Joss Whitcombe, an estate agent in Ashby Wyck, says the pattern is familiar. “⟦d:a|A decent two-bed comes on, we’ll have thirty enquiries by lunchtime. Half of them are investors,⟧” he said. “⟦d:a|I feel for the young ones. I really do. But I work for the seller.⟧”
Delphine Arkwright, a housing economist at the Kinross Institute, said the problem was “⟦p:d|not one of demand but of plain arithmetic⟧”: average prices in the town are now 9.4 times average earnings.
“⟦d:d|You can talk about mortgage products and deposit schemes all you like. If a house costs nine and a half times what people earn, most people can’t buy it,⟧” she said.
Qureshi and Lowe have now had an offer accepted on a flat above a dry cleaner’s. Asked how they felt, they looked at each other. “⟦d:c|Cautiously,⟧” she said. “⟦d:b|Very cautiously,⟧” he said.

### 009
@a Elodie Marchetti-Bryce | a sleep researcher at the University of Dunmore who led the study
@b Ingrid Solberg | a professor of adolescent psychiatry at Vestmark University
@c - | the authors
Teenagers who go to bed more than two hours later at weekends than on school nights are significantly more likely to report low mood, according to a study of more than 9,000 secondary school pupils.
The researchers found that the effect, sometimes called "⟦s:-|social jet lag⟧", held even after accounting for total hours of sleep, screen time and family income.
"⟦d:a|It isn't just how much they sleep. It's the swinging back and forth,⟧" said Elodie Marchetti-Bryce, a sleep researcher at the University of Dunmore who led the study. "⟦d:a|Their body clocks are effectively flying to another time zone every Friday and flying back every Monday.⟧"
The authors wrote in the journal Sleep and Society that the findings were "⟦p:c|consistent with, but cannot prove, a causal link⟧".
Ingrid Solberg, a professor of adolescent psychiatry at Vestmark University, who was not involved in the research, called it "⟦p:b|a large and careful piece of work⟧".
"⟦d:b|The sensible message for parents isn't to ban lie-ins,⟧" she said. "⟦d:b|It's to try to keep the gap smaller. An hour, not three.⟧"
Marchetti-Bryce said the team was now planning a trial in which some schools would start lessons later. Asked whether pupils would simply stay up later still, she laughed. "⟦d:a|That is exactly what my own children said,⟧" she said.

### 010
@a Brenda Caulfield | a grandmother of six from Ravensholt
@b - | a spokeswoman for Ravensholt Health Board
@c Owain Pritchard-Lewis | the opposition health spokesman
@d Kemi Adebayo-Shaw | Health Minister
@e Ravensholt Health Board | -
A GRANDMOTHER who has waited almost three years for a hip operation has been told she must wait more than another year – and says she feels "⟦p:a|forgotten⟧".
Brenda Caulfield, 67, a grandmother of six from Ravensholt, can no longer climb the stairs in her own home and sleeps on a sofa bed in the living room.
"⟦d:a|I used to walk the dog three miles every morning. Now I can't get to the end of the garden,⟧" she told the Courier. "⟦d:a|I feel like I've been forgotten about.⟧"
A letter from Ravensholt Health Board, seen by the Courier, says her wait is likely to be "⟦p:e|at least another 14 months⟧" because of a backlog in orthopaedic surgery.
A spokeswoman for Ravensholt Health Board said: "⟦d:b|We are sorry for the distress Mrs Caulfield is experiencing. We are working hard to reduce waiting times and have opened two additional theatres this year.⟧"
Owain Pritchard-Lewis, the opposition health spokesman, branded the figures "⟦p:c|a national disgrace⟧". "⟦d:c|Behind every one of these numbers is someone like Brenda, in pain, waiting by the phone,⟧" he said.
Health Minister Kemi Adebayo-Shaw insisted waiting lists were "⟦p:d|starting to come down⟧". She added: "⟦d:d|There is more to do, and I'm not pretending otherwise.⟧"
### 011
@a Anneke Roos | Mission director
@b Sanjay Venkataraman | the lead propulsion engineer
@c Kestrel Space Agency | -
@d - | a voice on the mission control loop
The Kestrel Space Agency's first lunar orbiter, Halcyon-1, lifted off from the Tarnby launch site at 06:14 local time on Saturday, ending a wait of almost four years and two scrubbed attempts.
"⟦d:d|Liftoff. Halcyon is on its way,⟧" a voice on the mission control loop announced as the rocket cleared the tower, to cheers from several hundred spectators on the beach at Tarnby Sands.
Mission director Anneke Roos said the launch had been "⟦p:a|textbook⟧".
"⟦d:a|I've done this job for 20 years and I still couldn't breathe for the first two minutes,⟧" she said. "⟦d:a|Now the real work starts. We have a long cruise and a very tricky orbit insertion in front of us.⟧"
The spacecraft will take about 11 days to reach the Moon. Sanjay Venkataraman, the lead propulsion engineer, said the team would be watching a valve that had caused one of the earlier delays.
"⟦d:b|We've tested it more than any valve has a right to be tested,⟧" he said. "⟦d:b|I'm confident. But I'll be more confident in 11 days.⟧"
In a statement, the agency said the mission would "⟦p:c|put Kestrel among a small group of nations with their own eyes on the Moon⟧".

### 012
@a Hélène Vautrin | the archaeologist leading the excavation
@b Bastien Leroux-Mbeki | the village mayor
@c - | a ministry official
SAINT-AUBIN-DES-CHÊNES, France (Meridian Wire) - Archaeologists excavating ahead of a new bypass in central France have uncovered what they believe is a Gallo-Roman bathhouse, complete with mosaic floors and a hoard of some 300 coins.
«⟦d:a|C'est une découverte exceptionnelle⟧», said Hélène Vautrin, the archaeologist leading the excavation. "⟦d:a|It is an exceptional discovery,⟧" she added in English.
"⟦d:a|The state of preservation is remarkable. You can still see the marks of the workers' tools on the tiles,⟧" she told reporters at the site.
Vautrin said the coins, most of them bronze, appeared to have been hidden "⟦p:a|in a hurry, perhaps during a period of unrest⟧" in the late third century.
The village mayor, Bastien Leroux-Mbeki, said the discovery had "⟦p:b|turned the village upside down⟧". «⟦d:b|Tout le monde veut venir voir⟧», he said. "⟦d:b|Everyone wants to come and see.⟧"
A ministry official said the bypass would be rerouted "⟦p:c|if necessary⟧", but that no decision had yet been taken.

### 013
@a Folasade Ogunleye | the trial's chief investigator
@b Meredith Kask | a virologist at Carrow Royal Infirmary who was not involved in the trial
@c Aldane Therapeutics | -
An experimental vaccine against respiratory syncytial virus cut hospital admissions among babies by 71 percent in a late-stage trial, its developer Aldane Therapeutics said on Monday.
Aldane said the results were "⟦p:c|a major step towards protecting the most vulnerable infants⟧" and that it would apply for approval in the autumn.
The trial, which enrolled 11,400 pregnant women across six countries, gave the vaccine in the final trimester so that antibodies would pass to the baby.
"⟦d:a|For a virus that fills children's wards every winter, this is a really significant result,⟧" said Folasade Ogunleye, the trial's chief investigator. "⟦d:a|We are talking about thousands of admissions that simply would not happen.⟧"
She cautioned that the data had not yet been peer-reviewed. "⟦d:a|I'd ask people to wait for the full paper before drawing conclusions about the rarer side effects,⟧" she said.
Meredith Kask, a virologist at Carrow Royal Infirmary who was not involved in the trial, said the headline number was "⟦p:b|impressive⟧" but that the devil would be in the detail.
"⟦d:b|What I want to see is how well it held up in the babies born in the second half of the season, when the antibodies are waning,⟧" Kask said. "⟦d:b|If it's still working at five months, that's a game changer.⟧"

### 014
@a Sorcha Ní Bhriain | a volunteer medic with Coastline Marine Rescue
@b Pádraig Foley | the fisherman
@c Isabelle Tremblay | a vet
@d Coastline Marine Rescue | -
@e - | a small boy at the front
Volunteers spent nine hours keeping a stranded humpback whale wet and upright on Kilbrack strand on Friday before it was refloated on the evening high tide.
The 11-metre juvenile was spotted at first light by Pádraig Foley, who was checking his pots at the end of the beach. “⟦d:b|I thought it was a boat upside down. Then it breathed,⟧” the fisherman said.
Sorcha Ní Bhriain, a volunteer medic with Coastline Marine Rescue, was among the first to arrive. “⟦d:a|You could hear every breath. It sounded exhausted,⟧” she said. “⟦d:a|We had people running buckets from the sea in a chain for hours. Kids, pensioners, everyone.⟧”
Isabelle Tremblay, a vet, said: “⟦d:c|We were honestly not sure it would make it. The longer they’re out of the water, the more their own weight crushes them.⟧”
At 7.40pm the whale shifted, then began to move on the incoming tide. “⟦d:e|Go on, go on!⟧” a small boy at the front shouted.
Coastline Marine Rescue said in a post on social media that the whale had been seen “⟦p:d|swimming strongly⟧” about a mile offshore. “⟦d:d|Thank you to everyone who turned up with a bucket,⟧” it said.
Ní Bhriain said she would remember the day “⟦p:a|for the rest of my life⟧”.

### 015
@a Gurpreet Sandhu | the pharmacist
@b Rosalind Eke | a 38-year-old teacher with epilepsy
@c Medicines Supply Agency | -
@d - | a Pellworth Pharma spokesperson
Pharmacists say they are spending hours every day hunting for supplies of common medicines, as shortages of some epilepsy, diabetes and blood pressure drugs stretch into a sixth month.
``⟦d:a|Some days it feels like I'm running a detective agency rather than a pharmacy,⟧'' said Gurpreet Sandhu, who runs an independent chemist's in Wellbeck.
``⟦d:a|I'll ring eight wholesalers before lunch. If I find a box, I ring the patient straight away before someone else gets it,⟧'' the pharmacist said.
Rosalind Eke, a 38-year-old teacher with epilepsy, said she had been switched between three brands of her medication since the spring. ``⟦d:b|Every switch, I worry. When your brain is the thing that's being managed, consistency matters,⟧'' she said.
The Medicines Supply Agency said it was ``⟦p:c|working closely with manufacturers⟧'' and that most shortages were ``⟦p:c|short-term and well managed⟧''.
A Pellworth Pharma spokesperson said production problems at a plant abroad had been resolved and that supply would ``⟦p:d|return to normal by the end of next month⟧''.
Sandhu was unconvinced. ``⟦d:a|They said that in June,⟧'' he said.

### 016
@a Tomás Ferreira-Lund | a forecaster at the National Weather Office
@b Jolene Merriweather | a sheep farmer near Dunstan
@c Declan Moss | Chief Fire Officer
@d National Weather Office | -
Temperatures could reach 36C in parts of the south-east on Tuesday, forecasters have warned, as the National Weather Office issued its first red extreme heat warning of the year.
The office said there was a “⟦p:d|risk to life⟧”, not only for vulnerable people but for “⟦p:d|fit and healthy people⟧” as well.
Tomás Ferreira-Lund, a forecaster at the National Weather Office, said: “⟦d:a|The nights are the real concern. If it doesn’t drop below 20 degrees overnight, the body never gets a chance to recover.⟧”
Asked whether the heat was linked to climate change, he said: “⟦d:a|Heatwaves happen. But heatwaves like this one are now happening several times more often than they used to, and that’s not natural variability.⟧”
Jolene Merriweather, a sheep farmer near Dunstan, said her grass had “⟦p:b|basically stopped growing⟧”. “⟦d:b|We’re feeding winter hay in July. I’ve never done that,⟧” she said.
Chief Fire Officer Declan Moss urged people not to light barbecues in parks or on moorland. “⟦d:c|It takes one spark. We have crews who have been on their feet for 14 hours,⟧” he said.

### 017
@a Chatterbox | -
@b Lars Eriksen-Moe | Chatterbox's head of infrastructure
@c Priyanka Desai | a wedding planner in Laketon
@d - | one user
Millions of people were unable to send messages for almost five hours on Thursday after an outage at Chatterbox, the messaging app used by an estimated 40 million people.
Chatterbox said the problem was caused by "⟦p:a|a configuration change during routine maintenance⟧" and was "⟦p:a|not the result of any attack⟧".
"⟦d:a|We're sorry. We know how many people rely on Chatterbox to keep in touch, and we let them down today,⟧" the company said in a post on its status page.
Chatterbox's head of infrastructure, Lars Eriksen-Moe, later wrote on his own account that the change had been "⟦p:b|tested, but not tested enough⟧". "⟦d:b|That's on us, and we'll publish a full write-up next week,⟧" he wrote.
Priyanka Desai, a wedding planner in Laketon, said the timing could not have been worse. "⟦d:c|I had a wedding at two o'clock and all my suppliers talk to me on Chatterbox. I was literally running between vans,⟧" she said.
One user wrote: "⟦d:d|Day three of communicating by carrier pigeon. Morale is low.⟧"

### 018
@a Harriet Oyelaran-Basset | chair of the committee
@b Noor Al-Khatib | chief executive of Lumen Systems
@c Desmond Kearsley | Senator
The head of one of the country’s largest artificial intelligence companies was accused on Wednesday of “⟦p:c|marking her own homework⟧” on safety, during a tense three-hour hearing of the Senate commerce committee.
Noor Al-Khatib, chief executive of Lumen Systems, told senators the company’s models were tested by “⟦p:b|an independent red team⟧” before release.
“⟦d:a|Independent of whom?⟧” asked Senator Harriet Oyelaran-Basset, chair of the committee.
“⟦d:b|They are a separate unit within the company, with their own reporting line to the board,⟧” Al-Khatib replied.
“⟦d:a|So, not independent.⟧”
“⟦d:b|Independent of the product teams, Senator.⟧”
Oyelaran-Basset later asked whether Al-Khatib would support a legal requirement for outside audits. “⟦d:b|In principle, yes,⟧” she said. “⟦d:b|The detail matters enormously.⟧”
Senator Desmond Kearsley, who had used the phrase about homework, said afterwards: “⟦d:c|I like Ms Al-Khatib. I just don’t think a company should be its own referee. Nobody else gets to do that.⟧”

### 019
@a Fenbridge Borough Council | -
@b Ruth Abernathy-Cole | a retired nurse whose details were among those exposed
@c - | a council source
@d Idris Vaughan | leader of the opposition group on the council
Fenbridge Borough Council has admitted that the names, addresses and bank details of more than 6,000 residents were exposed online for up to three weeks because of what it called "⟦p:a|human error⟧" during a software upgrade.
In a letter sent to affected households this week, the council said it "⟦p:a|deeply regrets⟧" the incident and was offering 12 months of free credit monitoring.
Ruth Abernathy-Cole, a retired nurse whose details were among those exposed, said she only found out when her bank rang her. "⟦d:b|Someone had tried to set up a direct debit in my name. The council's letter arrived four days after that,⟧" she said. "⟦d:b|Four days.⟧"
A council source said staff had raised concerns about the upgrade before it went ahead. "⟦d:c|People said it was being rushed. They were told the deadline couldn't move,⟧" the source said.
Idris Vaughan, leader of the opposition group on the council, called for an independent inquiry. "⟦d:d|Saying sorry in a letter isn't good enough. People want to know how this happened and who signed it off,⟧" he said.

### 020
@a Kazuhiro Maeda | head of product at Orbit Devices
@b Lena Hartvigsen | the reviewer
@c Orbit Devices | -
Orbit Devices unveiled its first folding phone on Tuesday, promising a hinge that will survive “⟦p:c|at least 400,000 folds⟧” and a price that undercuts its main rivals by about a third.
“⟦d:a|We didn’t want to make a phone that you have to be afraid of,⟧” Kazuhiro Maeda, head of product at Orbit Devices, said at the launch event in Sakuradai. “⟦d:a|You should be able to drop it in your bag with your keys.⟧”
Maeda said the phone, called the “⟦s:-|Fold Air⟧”, had been in development for four years and had gone through “⟦p:a|something like 30 prototypes⟧”.
Lena Hartvigsen, who reviews gadgets for the website Pocketful, spent an hour with the device. “⟦d:b|The hinge feels genuinely solid. The crease is still there, though, and you notice it when you’re reading,⟧” the reviewer said.
“⟦d:b|Is it the folding phone for normal people? Maybe. Ask me in six months,⟧” she said.
Asked whether Orbit would release a cheaper model, Maeda smiled. “⟦d:a|Ask me in six months,⟧” he said.

### 021
@a Graciela Montoya | chief executive of St Aldhelm's Hospital Trust
@b - | a nurse who asked not to be named
@c Ewan Kirkby | Detective Superintendent
@d Grey Lantern | -
Operations were cancelled and ambulances diverted from St Aldhelm's Hospital for a third day on Sunday after a ransomware attack crippled its computer systems.
Graciela Montoya, chief executive of St Aldhelm's Hospital Trust, said staff had reverted to "⟦p:a|pen, paper and a lot of goodwill⟧".
"⟦d:a|Patient safety is our absolute priority. Emergency care continues, but I'd ask people to use other hospitals if they can,⟧" she said.
A nurse who asked not to be named described the emergency department as "⟦p:b|chaotic⟧". "⟦d:b|We can't see test results. We're running blood samples down corridors by hand. It's like 1985,⟧" she said.
A criminal group calling itself Grey Lantern claimed responsibility on its leak site, writing that the hospital had "⟦p:d|chosen not to protect its patients' data⟧".
Detective Superintendent Ewan Kirkby, who leads the regional cyber crime unit, said: "⟦d:c|We are aware of the claim. I would urge anyone who is contacted by these criminals not to engage with them.⟧"
"⟦d:c|Paying them only funds the next attack,⟧" he added.

### 022
@a Tanvir Chowdhury | -
@b Ines Carvalho | his former manager
Tanvir Chowdhury was 24 when he found the bug that could have stopped every train on the Veldmark network. He was a junior engineer at Ferrovia Systems, the company that writes the software for the signals, and he had been there for eleven weeks.
“⟦d:a:m|I was reading code that nobody had touched since 2009, just trying to understand it. And there was this date calculation that was going to overflow. Not in ten years. In about four months.⟧
“⟦d:a|I went to my manager and said, ‘I think I’ve found something, but I’m probably wrong.’ I was not wrong.⟧”
His former manager, Ines Carvalho, remembers the conversation well. “⟦d:b|He was so apologetic about it. He kept saying sorry for wasting my time,⟧” she said. “⟦d:b|It took us a day to confirm it. Then nobody at the company slept for a week.⟧”
Chowdhury, now 31, leads a team of 40. I asked whether it still keeps him up at night. He thought about it for a long time.
“⟦d:a|Not that one. The ones I haven’t found yet, sometimes,⟧” he said.
“⟦d:-|And what do you tell new starters?⟧” I asked.
“⟦d:a|Read the old code. Everyone wants to write new code. The old code is where the bodies are buried.⟧”
### 023
@a Ruairi Costigan | Brackwell City boss
@b Emeka Obi-Kessler | the striker
@c Henrik Aaltonen | the Dunmore Athletic manager
Brackwell City 3 Dunmore Athletic 1
Emeka Obi-Kessler struck twice in the second half as Brackwell City came from behind to move into the top four for the first time this season.
Dunmore led through a Tomi Salonen header on 22 minutes and could have been further ahead had Jamal Whitfield not hit the post just before the break.
But Brackwell City boss Ruairi Costigan's half-time changes turned the game. "⟦d:a|I told them at half-time they were playing like they were scared of the ball,⟧" Costigan said. "⟦d:a|I didn't use those exact words. There were a few more in there.⟧"
Obi-Kessler, who has now scored nine in his last eight games, said: "⟦d:b|The gaffer was right. We were flat. Second half we just played with a bit of freedom.⟧"
"⟦d:b|I'm just enjoying my football,⟧" the striker added.
Henrik Aaltonen, the Dunmore Athletic manager, was left to rue the missed chances. "⟦d:c|At 2-0 the game is over. We had it and we let it go,⟧" he said. "⟦d:c|That's football. It's brutal sometimes.⟧"
Asked if he feared for his job, he said: "⟦d:c|No. Next question.⟧"

### 024
@a Valentina Roccaforte | the world No 3
@b Ayaka Shimizu | the 17-year-old qualifier
@c - | one reporter
Valentina Roccaforte insisted she was “⟦p:a|not injured, just tired⟧” after the world No 3 was knocked out of the Marlborough Open in straight sets by Ayaka Shimizu, the 17-year-old qualifier.
Roccaforte, who called for the trainer twice in the second set, lost 6-4, 6-2 in 71 minutes.
“⟦d:a|My shoulder is fine. I’ve been playing a lot of matches and today the legs didn’t come,⟧” she said. “⟦d:a|She played better. That’s the main thing.⟧”
“⟦d:c|Had you seen her play before today?⟧” one reporter asked.
“⟦d:a|Once, on television. Not enough, clearly,⟧” Roccaforte replied.
Shimizu, ranked 142nd in the world, was in tears in her on-court interview. “⟦d:b|I don’t know what happened. I’m so happy. I want to call my mum,⟧” she said.
At her press conference later, speaking through an interpreter, she said she had grown up watching Roccaforte. “⟦d:b|She is my idol. I had her poster on my wall. Today I tried not to look at her too much,⟧” she said.

### 025
@a Rohan Weerasinghe | the home captain
@b Dale Pietersen-Mokoena | the fast bowler
@c Conrad Ashe | Westmoor's coach
Rohan Weerasinghe, the home captain, described his side's collapse from 187 for two to 241 all out as "⟦p:a|unacceptable⟧" after Westmoor wrapped up a seven-wicket victory with a day to spare at Ellerby Park.
"⟦d:a|We had them where we wanted them on the first afternoon and we threw it away in an hour,⟧" Weerasinghe said. "⟦d:a|I'll take my share of that. I got out to a poor shot.⟧"
The damage was done by Dale Pietersen-Mokoena, the fast bowler, whose spell of five for 19 either side of tea turned the match.
"⟦d:b|It started reversing a bit after lunch and I just tried to keep it full,⟧" said the 26-year-old. "⟦d:b|When it goes like that, you feel like you can get someone out every ball.⟧"
Westmoor's coach, Conrad Ashe, said he had told Pietersen-Mokoena before the match that he would bowl "⟦p:c|whenever it looks like doing something⟧".
"⟦d:c|He's the one who makes things happen for us,⟧" Ashe said. "⟦d:c|Some days it doesn't go for him. Today it did.⟧"

### 026
@a Gideon Marais | Stormhaven head coach
@b Finlay Drummond-Kerr | his opposite number
@c Tevita Fifita | the Stormhaven captain
Stormhaven head coach Gideon Marais refused to criticise the referee after his side's 19-17 defeat by Kilbride, despite a late try being disallowed for a forward pass.
``⟦d:a|I've seen it. I have an opinion. I'm going to keep it to myself,⟧'' Marais said. ``⟦d:a|We had enough chances before that moment to win the game.⟧''
His opposite number, Finlay Drummond-Kerr, was more animated. ``⟦d:b|Forward pass. Clear as day. I'd have been furious if it had gone the other way, but it didn't,⟧'' he said.
Asked about his side's defence, which made 212 tackles, he grinned. ``⟦d:b|The boys will be sore tomorrow. They've earned a sore day.⟧''
Tevita Fifita, the Stormhaven captain, said the dressing room was ``⟦p:c|very quiet⟧''. ``⟦d:c|We'll look at ourselves first. That's what good teams do,⟧'' the 29-year-old said.
Marais confirmed that winger Sam Okoro would miss the next month with a hamstring injury. ``⟦d:a|It's a blow. He's been our best player,⟧'' he said.

### 027
@a Tadesse Gebrekidan | the 23-year-old
@b Faith Jeptoo Kirui | -
@c Oskar Lindfors | Race director
VALMORA (Meridian Wire) - Tadesse Gebrekidan broke the course record at the Valmora Marathon on Sunday, winning in 2:04:51 despite a strong headwind over the final ten kilometres.
The 23-year-old, running only his second marathon, pulled clear of the lead group at the 35km mark and crossed the line 48 seconds ahead of compatriot Haile Mersha.
"⟦d:a|I did not plan to go so early. My legs told me to go, so I went,⟧" Gebrekidan said through an interpreter. "⟦d:a|I thank God, and my coach, and my mother who woke up at 3am to watch.⟧"
In the women's race, Faith Jeptoo Kirui defended her title in 2:20:13. "⟦d:b|This course is hard. The wind is always against you somewhere,⟧" she said. "⟦d:b|But I love this city. The people shout your name even when they cannot pronounce it.⟧"
Race director Oskar Lindfors said the record would bring "⟦p:c|even more of the world's best⟧" to Valmora next year. "⟦d:c|It's the result we have been waiting 30 years for,⟧" he said.

### 028
@a Jules Fauconnier | the Velorange rider
@b Mikkel Sandvik | the race leader
@c Arnaud Picquet | Velorange's sporting director
Jules Fauconnier, the Velorange rider, won the 14th stage of the Tour des Crêtes on Saturday after a solo attack on the final climb to the Col du Grisard, and promptly burst into tears on the podium.
«⟦d:a|J'ai pensé à mon père pendant toute la montée⟧», he said. "⟦d:a|I thought about my father all the way up the climb.⟧" Fauconnier's father, a former amateur racer, died in March.
«⟦d:a|Il m'a appris à rouler. Cette victoire est pour lui.⟧» ("⟦d:a|He taught me to ride. This win is for him.⟧")
Mikkel Sandvik, the race leader, finished 1min 12sec back with his rivals and keeps the yellow jersey. "⟦d:b|Today was a day to stay calm,⟧" the Dane said. "⟦d:b|Jules deserved it. Everyone in the peloton knows what his year has been.⟧"
Arnaud Picquet, Velorange's sporting director, said the team had told Fauconnier to "⟦p:c|attack where it hurts most⟧". «⟦d:c|Il a fait exactement ça⟧», Picquet said, laughing. "⟦d:c|He did exactly that.⟧"

### 029
@a Reece Halloran | -
@b Dimitri Vasquez-Orlov | the champion
@c Benny Stoltz | Promoter
THE gloves are nearly on – and the insults are already flying.
Reece Halloran, known to fans as “⟦s:-|The Rocket⟧”, came in a pound under the limit at yesterday’s weigh-in and immediately squared up to Dimitri Vasquez-Orlov, the champion, as security staff dived between them.
“⟦d:a|He’s old, he’s slow and on Saturday night he’s finished,⟧” Halloran, 24, roared at the crowd. “⟦d:a|I’m taking that belt home to Glassmoor.⟧”
Vasquez-Orlov, 35, barely looked up. “⟦d:b|He talks a lot for a boy who has never been past round eight,⟧” the champion said. “⟦d:b|We will see how loud he is in round nine.⟧”
The crowd chanted “⟦s:-|Rocket! Rocket!⟧” as Halloran left the stage.
Promoter Benny Stoltz said the fight was “⟦p:c|the biggest this town has seen in twenty years⟧”. “⟦d:c|Sold out in four hours. I’ve never seen anything like it,⟧” he said.

### 030
@a Bethan Morgans | the club captain
@b Sadia Rahman | Manager
@c Lily | -
Pennock Ladies are through to the county cup final for the first time in the club's 41-year history after a 2-1 win over holders Ashcombe Rangers on Sunday.
Bethan Morgans, the club captain, scored the winner with six minutes left, heading in from a corner. "⟦d:a|I don't think I've ever headed a ball that hard in my life,⟧" she said. "⟦d:a|I didn't even see it go in. I just heard the noise.⟧"
Manager Sadia Rahman, who took over the team two seasons ago when it had only 11 registered players, said: "⟦d:b|We've got 34 now. Girls are turning up to training because they've seen us on the club's page. That's what this is really about.⟧"
She added that the final, at Caldwell Park in May, would be "⟦p:b|a proper day out for the whole village⟧".
Among the 300 or so spectators was Lily, nine, who had made a banner reading "⟦s:-|Bethan for England⟧".
"⟦d:c|She's my favourite because she's not scared of anybody,⟧" Lily said.

### 031
@a Ruben Castellanos | the 38-year-old Spaniard
@b Anders Bergkvist | the overnight leader
@c Iker | his brother
Ruben Castellanos ended an eight-year wait for a title with a final-round 65 at Larkspur Links, holing a 40-foot putt across the 18th green to win the Northern Masters by a single stroke.
The 38-year-old Spaniard, who lost his card two seasons ago and spent a year on the second-tier tour, sank to his knees as the putt dropped.
“⟦d:a|I read it for the left edge and it broke more than I thought. Sometimes golf is kind to you,⟧” Castellanos said. “⟦d:a|Two years ago I was thinking about stopping. I was thinking about selling insurance.⟧”
Anders Bergkvist, the overnight leader, bogeyed two of the last three holes. “⟦d:b|I had one hand on it and I let go,⟧” he said. “⟦d:b|Credit to Ruben. That putt was ridiculous.⟧”
Castellanos was caddied by his brother, Iker, who said he had told him on the 18th tee to “⟦p:c|just hit it somewhere green⟧”. “⟦d:c|He never listens to me. Today he listened,⟧” Iker said.

### 032
@a International Track Integrity Board | -
@b Matteo Frisoni | Benedetti's lawyer
@c Chiara Benedetti | the 2022 European 200m champion
ZURHAVEN (Meridian Wire) - Italian sprinter Chiara Benedetti, the 2022 European 200m champion, has been banned for four years after testing positive for a prohibited steroid, the International Track Integrity Board said on Tuesday.
The board said Benedetti had failed to provide "⟦p:a|a credible explanation⟧" for the presence of the substance in a sample taken at an out-of-competition test in January.
"⟦d:a|The rules on strict liability are clear, and they apply equally to every athlete,⟧" the board said in its decision.
Benedetti's lawyer, Matteo Frisoni, said she would appeal to the sport's highest court. "⟦d:b|Chiara has never knowingly taken anything. We believe the sample was contaminated, and we will prove it,⟧" he told Meridian Wire. "⟦d:b|The board ignored the evidence we gave them.⟧"
In a post on social media, Benedetti wrote: "⟦d:c|I have worked my whole life for this sport. I will not let it end like this.⟧"
### 033
@a Oona MacAskill | -
@b Ferdie | its skipper
@c Kwame Asante-Boyd | a birdwatcher on his ninth visit
The ferry to Skerrabost runs twice a day in summer and, in the words of its skipper, Ferdie, “⟦p:b|whenever the sea lets me⟧” the rest of the year.
I arrive on a grey Tuesday in June with a rucksack and a vague plan. By the time we dock, Ferdie has told me where to eat, where to walk and which of the island’s two pubs to avoid. “⟦d:b|The other one. Don’t tell them I said so,⟧” he says.
Skerrabost has 160 residents, one shop, a primary school with nine pupils and, in season, several thousand puffins. Oona MacAskill has run the Harbour Café for 30 years. “⟦d:a|People come for the puffins and they stay for the cake. That’s the business model,⟧” she says.
“⟦d:-|Is it lonely in winter?⟧” I ask.
“⟦d:a|Lonely? No. Quiet. There’s a difference. In winter you find out who your neighbours are.⟧”
On the clifftop I meet Kwame Asante-Boyd, a birdwatcher on his ninth visit, lying flat on his stomach with a long lens. “⟦d:c|Don’t move. There’s one right behind you,⟧” he whispers. He is right.

### 034
@a Skyvale | -
@b - | a spokesman for Aircrew United
@c Mehmet Kaya | -
@d Greta Holmqvist | a student
@e Ayşe | his wife
Thousands of holidaymakers were stranded at Port Averne airport on Saturday as a 48-hour strike by cabin crew at Skyvale forced the cancellation of more than 300 flights at the start of the school holidays.
Skyvale said it was "⟦p:a|deeply sorry⟧" for the disruption, which it blamed on "⟦p:a|a small number of union officials who have refused every reasonable offer⟧".
A spokesman for Aircrew United said: "⟦d:b|Nobody wanted to ruin anybody's holiday. Crew have been working 14-hour days with no proper breaks, and the company has known that for two years.⟧"
At Terminal 2, Mehmet Kaya, 44, travelling with his wife Ayşe and their three children, had been in the rebooking queue for five hours. "⟦d:c|We found out by text message at 4am. By text message,⟧" he said.
"⟦d:e|The kids think it's an adventure. I think it's a nightmare,⟧" Ayşe said.
Greta Holmqvist, a student, was trying to get home for her grandmother's 90th birthday. "⟦d:d|If I don't get there, she'll never let me forget it,⟧" she said, laughing. "⟦d:d|She'll mention it at her 100th.⟧"

### 035
@a Dragan | the conductor
@b - | an elderly woman in the seat opposite
@c Yelena | her granddaughter
The night train from Vesnograd to the coast leaves at 9.40pm and, according to the timetable, arrives at 7.15 the next morning. “⟦d:a|According to the timetable,⟧” says Dragan, the conductor, with a shrug that suggests long experience.
My compartment has four bunks, a tiny table and a window that opens exactly three centimetres. An elderly woman in the seat opposite unpacks bread, cheese, tomatoes and a small bottle of something clear, and insists that I share all of them.
Her granddaughter, Yelena, who is studying in the capital, translates. “⟦d:c|She says you look hungry and too thin,⟧” Yelena says. “⟦d:c|Sorry. She says that to everybody.⟧”
Later, through Yelena, the old woman tells me she has made this journey every summer since 1961. “⟦d:b|The train was slower then, but the people talked more,⟧” she says.
At around 2am the train stops for no obvious reason in the middle of a forest. Dragan walks the corridor with a torch. “⟦d:-|Why have we stopped?⟧” I ask.
“⟦d:a|Deer,⟧” he says. “⟦d:a|Or maybe the driver is having a cigarette. Go back to sleep.⟧”

### 036
@a Giuseppina Calabrò-Neri | Mayor
@b - | one resident
@c Armando Pizzuti | a third-generation ice-cream maker
@d - | a visitor from Lisbon
MONTEVERA, Italy (Meridian Wire) - The hilltop village of Montevera, population 840, will from next month charge day-trippers 5 euros to enter its historic centre, becoming the latest European destination to try to limit the crowds its popularity has brought.
«⟦d:a|We are not against tourists. We are against being turned into a theme park,⟧» Mayor Giuseppina Calabrò-Neri told reporters, speaking in Italian.
«⟦d:a|On a Sunday in August we have 9,000 visitors in streets built for donkeys,⟧» she said. «⟦d:a|The residents cannot get to the pharmacy.⟧»
Not everyone is convinced. Armando Pizzuti, a third-generation ice-cream maker, called the fee «⟦p:c|a tax on curiosity⟧». «⟦d:c|My grandfather would be ashamed. We used to be proud that people wanted to come here,⟧» he said.
One resident, who did not want to give her name, disagreed. «⟦d:b|He sells ice cream. Of course he wants crowds,⟧» she said. «⟦d:b|I want to sleep.⟧»
A visitor from Lisbon, queuing for the bus back down the hill, shrugged. «⟦d:d|Five euros? It's less than a coffee in Venice,⟧» he said.

### 037
@a Ottilie Fairbairn | the owner
@b Greg | her husband
The Lanthorn, a twelve-room hotel in a converted rectory above the village of Cressmoor, advertises itself as a “⟦s:-|digital detox⟧” retreat. In practice this means there is no television, no wifi in the bedrooms and a wicker basket at reception into which guests are invited to drop their phones.
“⟦d:a|About half of them do,⟧” says Ottilie Fairbairn, the owner. “⟦d:a|The other half hide in the car park with one bar of signal. We see them. We don’t judge.⟧”
Dinner is cooked by her husband, Greg, who trained in Lyon and left a city restaurant job to, as he puts it, “⟦p:b|cook for people who actually want to talk to each other⟧”.
The tasting menu changes daily. “⟦d:b|Whatever the farm next door has too much of, basically,⟧” he says, setting down a plate of beetroot three ways.
The Lanthorn is not cheap – rooms start at £240 a night – and breakfast could be quicker. But when I ask Fairbairn what most guests say as they leave, she doesn’t hesitate. “⟦d:a|They say, ‘We slept.’ People are amazed that they slept.⟧”

### 038
@a Emmanuel Okafor-Bright | the director
@b Lucas Vandermeer | the actor
There is a moment about halfway through "⟦s:-|The Salt Houses⟧", the new play at the Kestrel Theatre, when the entire cast stops speaking and simply listens to the rain on the corrugated roof of the set. It lasts almost a minute. On the night I saw it, nobody in the audience coughed.
"⟦d:a|Silence is the most expensive thing you can put on a stage,⟧" Emmanuel Okafor-Bright, the director, told me after a preview. "⟦d:a|You have to earn it.⟧"
Okafor-Bright, who also wrote the play, based it on his grandmother's stories of a fishing village abandoned in the 1950s. "⟦d:a|She talked about it as if it still existed. I wanted to build it for her, for two hours a night,⟧" he said.
Lucas Vandermeer, who plays the grieving father, is extraordinary: brittle, funny and, in the final scene, almost unbearable to watch. "⟦d:b|I go home and I can't speak for an hour,⟧" the actor said. "⟦d:b|My partner has learned to leave me alone.⟧"
Not everything works. The second act sags, and a subplot involving a land agent feels as if it has wandered in from a different, worse play. But "⟦s:-|The Salt Houses⟧" is the most moving thing I have seen this year.

### 039
@a Rook Adeyemi-Hale | the singer and songwriter behind the band
@b Pilar Echeverría | the band’s drummer
@c Sol Brannigan | producer
The title of Glasshouse Choir’s third album, “⟦s:-|Everything Was Loud⟧”, is meant literally. Rook Adeyemi-Hale, the singer and songwriter behind the band, wrote most of it during a year living above a nightclub in Portmerrin.
“⟦d:a|The bass came through the floor every night until four. I started writing in the gaps between songs,⟧” they said. “⟦d:a|Eventually I started writing to the bass. Half the record is in the key of whatever the DJ was playing.⟧”
The result is the band’s best record: tense, danceable and, on the closing track, “⟦s:-|Landlord⟧”, very funny.
The band’s drummer, Pilar Echeverría, says the sessions were “⟦p:b|chaos, mostly good chaos⟧”. “⟦d:b|Rook would turn up at ten in the morning with a voice note recorded at 3am and say, ‘This one,’ and you couldn’t argue,⟧” she said.
The album was recorded in eleven days with producer Sol Brannigan, who insisted on cutting everything live. “⟦d:c|Overdubs are where bands go to lose their nerve,⟧” Brannigan said.
Asked whether the band would tour it, Adeyemi-Hale paused. “⟦d:a|Yes. Somewhere quiet, ideally.⟧”

### 040
@a Mariam Haddad-Okoye | the 72-year-old
@b Theodora Vance | the exhibition's curator
For most of her career, Mariam Haddad-Okoye painted in a garden shed. Her first major retrospective, which opens at the Cardew Gallery on Friday, fills eleven rooms.
"⟦d:a|I keep walking in and thinking, who made all this?⟧" the 72-year-old said during a preview on Wednesday. "⟦d:a|Then I see the mistakes and I remember it was me.⟧"
The show, titled "⟦s:-|A Shed of One's Own⟧", brings together some 140 works, from tiny early still lifes to the vast, scorched-orange canvases of the last decade.
Theodora Vance, the exhibition's curator, said Haddad-Okoye had been "⟦p:b|criminally overlooked⟧" by major institutions for decades.
"⟦d:b|There's a generation of painters, mostly women, mostly working outside the capital, who were told to wait their turn. Mariam waited fifty years,⟧" Vance said.
Haddad-Okoye is less interested in grievance. Asked how it felt to be rediscovered, she said: "⟦d:a|I was never lost. I was in the shed.⟧"

### 041
@a Ngozi Ashworth | the novelist
@b Alasdair Penhaligon | the festival director
@c - | one audience member
@d Hyacinth Morley | one reader
Ngozi Ashworth, whose novel “⟦s:-|The Ferryman’s Daughter⟧” won the Calloway Prize last month, drew the biggest crowd of the Dunhallow Book Festival on Saturday, with some 600 people squeezed into the marquee on the green.
In conversation with the festival director, Alasdair Penhaligon, she spoke about writing the book over nine years while working nights as a hospital cleaner.
“⟦d:b|How on earth did you find the time?⟧” Penhaligon asked.
“⟦d:a|I didn’t find it. I stole it. Twenty minutes on the bus, ten minutes in the staff room, an hour before the kids woke up,⟧” the novelist said. “⟦d:a|You’d be amazed what you can write in twenty minutes if you know it’s all you’ve got.⟧”
One audience member asked: “⟦d:c|Is the ferryman your father?⟧”
“⟦d:a|Everybody asks that. My father can’t swim,⟧” she said, to laughter.
In the signing queue afterwards, one reader, Hyacinth Morley, 81, said she had read the book three times. “⟦d:d|I cried every time, and I’m not a crier,⟧” she said.

### 042
@a Park Ji-won | Korean director
@b Elias Brandt | its star
@c Harvey Quist | Festival director
Korean director Park Ji-won's "⟦s:-|Night Ferry to Halsan⟧" received a seven-minute standing ovation at its world premiere at the Valmoran Film Festival on Friday night.
"⟦d:a|I did not expect this. In Korea, we clap for one minute and then we go to eat,⟧" Park said through an interpreter, to laughter from the audience.
The film, a slow-burning thriller set almost entirely aboard an overnight car ferry, was shot over 31 nights on a working vessel. "⟦d:a|The sea decided our schedule. Some nights we could not shoot at all because everyone was sick, including me,⟧" Park said.
Its star, Elias Brandt, who learned Korean for the role, said the shoot had been "⟦p:b|the hardest and happiest four months⟧" of his career. "⟦d:b|By the end, I was dreaming in Korean. Badly, but in Korean,⟧" he said.
Festival director Harvey Quist called the film "⟦p:c|the discovery of the year⟧". "⟦d:c|We had it in the competition within an hour of watching it,⟧" he said.

### 043
@a Anatoly Shevchuk-Reyes | principal conductor of the Harbourside Philharmonic
@b Yuki Tanabe-Ross | the soloist
It is not every week that a conductor stops a concert to tell a story, but Anatoly Shevchuk-Reyes, principal conductor of the Harbourside Philharmonic, is not every conductor.
Before the second half of Thursday’s programme he turned to the audience, microphone in hand. “⟦d:a|My teacher told me this symphony was the sound of a man arguing with God and losing,⟧” he said. “⟦d:a|I have spent thirty years trying to decide if he lost. Tonight, you decide.⟧”
What followed was a performance of terrific drive and, in the slow movement, real tenderness. The finale, marked in the score “⟦s:-|with fury⟧”, was exactly that.
Earlier, the soloist, Yuki Tanabe-Ross, had given a luminous account of the violin concerto, with a slow movement so quiet that the hall seemed to lean in. Speaking afterwards, she said she had played the piece “⟦p:b|perhaps two hundred times⟧” but never in this hall. “⟦d:b|The acoustic here forgives nothing. You hear every breath. I loved it,⟧” she said.
Asked afterwards whether the man in the symphony had lost, Shevchuk-Reyes smiled. “⟦d:a|Not tonight.⟧”

### 044
@a Marnie Kettleborough | the 45-year-old
@b Fenella Dray | the show's creator
Marnie Kettleborough has revealed she almost turned down the role that made her famous.
The 45-year-old told Screen Weekly: "⟦d:a:m|I read the first script and I thought, this woman is too unpleasant, nobody is going to watch this. I put it in a drawer.⟧
"⟦d:a|My agent rang a week later and told me to read it again. She was right, annoyingly.⟧"
Kettleborough plays DI Rosa Quint in the police drama "⟦s:-|Harrowmoor⟧", which returns for a fourth series next month.
The show's creator, Fenella Dray, said she had written the part with Kettleborough in mind. "⟦d:b|I'd seen her in a play doing something completely horrible to her stage husband and I thought, that's Rosa,⟧" Dray said.
Asked about rumours that the new series would be the last, Dray was cagey. "⟦d:b|Never say never. But never say always, either,⟧" she said.
Kettleborough was more direct. "⟦d:a|If Fenella writes it, I'll do it. She knows that,⟧" she said.
### 045
@a Office of Energy Regulation | -
@b Wendy Fairclough-Sato | -
@c Brightflux Energy | -
@d Rahim Chowdhury | director of the campaign group FairMeter
Around 180,000 households are to receive refunds averaging £86 after the supplier Brightflux Energy overcharged customers who pay by prepayment meter, the Office of Energy Regulation said on Friday.
The regulator said Brightflux Energy had applied the wrong standing charge to prepayment customers for 14 months, an error it described as "⟦p:a|serious and avoidable⟧".
"⟦d:a|Customers on prepayment meters are often the least able to absorb extra costs,⟧" the regulator said. "⟦d:a|It is unacceptable that it took so long for this to be spotted.⟧"
Brightflux Energy said it "⟦p:c|apologises unreservedly⟧" and that refunds would be credited automatically by the end of next month. Customers do not need to do anything.
Wendy Fairclough-Sato, from Brinscombe, who has been on a prepayment meter for six years, said she had noticed her credit was "⟦p:b|running out faster than it should⟧" last winter. "⟦d:b|I rang them twice. Both times they told me it was my usage. I felt like I was going mad,⟧" she said.
Rahim Chowdhury, director of the campaign group FairMeter, said the refund was "⟦p:d|the least they could do⟧". "⟦d:d|Eighty-six pounds is not nothing to these families, but it doesn't give them back the winter they spent rationing the heating,⟧" he said.

### 046
@a Little Acorn Toys | -
@b Product Safety Standards Bureau | -
@c Joanna Pietrzak | a mother of two from Wexley
A toy manufacturer has recalled more than 40,000 wooden stacking sets after reports that small parts could break off and pose a choking risk to young children.
Little Acorn Toys said it had received 23 reports of the rings on its “⟦s:-|Rainbow Tower⟧” set splitting, though it was not aware of any injuries.
“⟦d:a|The safety of children is our highest priority. As a precaution, we are asking parents to stop using the product immediately and return it for a full refund,⟧” the company said in a statement. It added that it was “⟦p:a|reviewing its suppliers⟧”.
The Product Safety Standards Bureau said the recall covered sets sold between March 2023 and January this year, and urged parents to check the batch number printed on the base. “⟦d:b|If in doubt, take it away from the child,⟧” the bureau said.
Joanna Pietrzak, a mother of two from Wexley, said she found a broken ring in her 18-month-old son’s mouth last month. “⟦d:c|I pulled it out and I just sat on the kitchen floor shaking,⟧” she said. “⟦d:c|I reported it straight away. I’m glad they’ve finally done something.⟧”

### 047
@a Harold Ingleby | a retired postman
@b Aisha Karimi | a fraud prevention officer with Eastvale Police
@c - | a spokesperson for Northshire Building Society
Police are warning residents about a phone scam in which callers pretend to be from a bank's fraud department, after an 83-year-old man from Coldharbour lost almost £19,000.
Harold Ingleby, a retired postman, said the caller knew his name, his address and the last four digits of his card. "⟦d:a|He was very polite. He said, 'Mr Ingleby, we think someone is using your account, and we need to move your money somewhere safe.'⟧"
"⟦d:a|I did what he told me. I thought I was being careful,⟧" Mr Ingleby said. "⟦d:a|I feel like such a fool.⟧"
Aisha Karimi, a fraud prevention officer with Eastvale Police, said: "⟦d:b|Mr Ingleby is not a fool. These are professional criminals who do this all day, every day.⟧"
"⟦d:b|Your bank will never ask you to move money to a 'safe account'. Never. If someone does, hang up,⟧" she said.
A spokesperson for Northshire Building Society said the society was "⟦p:c|working with police⟧" and was reviewing Mr Ingleby's case.

### 048
@a Gemma | -
@b Quickfit Furniture | -
THIS week’s letter comes from Gemma, from Pelham, who has been waiting for a sofa since October.
“⟦d:a|We paid £1,450 up front for a corner sofa that was supposed to arrive in six to eight weeks. It’s now March. Every time I ring Quickfit Furniture I’m told it’s ‘in production’. Can I get my money back?⟧”
Gemma, you can. Many readers ask what “⟦s:-|a reasonable time⟧” means in consumer law. Where a delivery date was agreed and the retailer misses it, you are entitled to set a new deadline and, if that is missed too, to cancel and get a full refund.
When I contacted Quickfit Furniture, the company blamed “⟦p:b|unprecedented demand and supply chain issues⟧”.
“⟦d:b|We apologise to Gemma for the delay and have now arranged a full refund, which she should receive within five working days,⟧” the company said.
Gemma later emailed to say the money had arrived. “⟦d:a|I can’t believe it took a newspaper to sort it out,⟧” she wrote.

### 049
@a Precious Mahlangu | a care worker
@b Iris Donnelly | a pensioner
@c Wojciech Nowak | -
@d Saoirse Lennon | a food economist at Tolland University
@e - | a spokesperson for the retail trade body Shopfront
The price of a typical basket of groceries rose by 7.8% in the year to January, according to figures published on Wednesday, with butter, chocolate and coffee showing the sharpest increases.
At a supermarket in Harwick on Wednesday morning, shoppers said they had been forced to change their habits.
"⟦d:a|I used to buy the brand. Now I buy whatever has the yellow sticker,⟧" said Precious Mahlangu, a care worker, as she loaded her trolley.
Iris Donnelly, a pensioner, said she had stopped buying coffee altogether. "⟦d:b|Eight pounds for a jar. Eight pounds! I drink tea now. I don't even like tea,⟧" she said.
Wojciech Nowak, 52, was buying nappies for his granddaughter. "⟦d:c|Everything is more. Everything. You come for three things and you spend forty pounds,⟧" he said.
Dr Saoirse Lennon, a food economist at Tolland University, said poor harvests in cocoa- and coffee-producing regions were partly to blame, but so were energy and labour costs. "⟦d:d|Some of this will ease over the next year. Some of it won't. I'd be surprised if chocolate ever gets back to where it was,⟧" she said.
A spokesperson for the retail trade body Shopfront said supermarkets were "⟦p:e|absorbing as much as they can⟧".

### 050
@a Ifeanyi Obiora | cabinet member for transport
@b Gordon Pettigrew | the independent councillor for Hollins ward
@c - | one resident in the public gallery
@d Marguerite Sallis | chair of the Wrayburn Cycle Forum
Plans for a segregated cycle lane along Wrayburn High Street were approved by the narrowest of margins on Thursday night, after a three-hour council meeting that was twice interrupted by shouting from the public gallery.
Ifeanyi Obiora, cabinet member for transport, said the scheme would make the road “⟦p:a|safer for everyone, not just cyclists⟧”.
“⟦d:a|Three people have been seriously injured on this stretch in two years. I’m not prepared to wait for the fourth,⟧” he told the chamber.
Gordon Pettigrew, the independent councillor for Hollins ward, said traders had not been properly consulted. “⟦d:b|Twenty-two businesses on that street. Eighteen of them have signed a letter against this. Did anyone read the letter?⟧” he asked.
“⟦d:c|No they didn’t!⟧” shouted one resident in the public gallery, prompting the chair to call for order.
Obiora said the consultation had run for twelve weeks. “⟦d:a|We read every response, Councillor Pettigrew. Including the letter,⟧” he said.
Marguerite Sallis, chair of the Wrayburn Cycle Forum, said after the vote that she was “⟦p:d|relieved and a bit shaken⟧”. “⟦d:d|I didn’t think a cycle lane could make grown adults shout at each other like that,⟧” she said.
Pettigrew said he would ask the scrutiny committee to review the decision. “⟦d:b|This isn’t over,⟧” he said.

### 051
@a Yasmin Farouk | a teacher who organised the protest
@b - | one boy
@c Simon Achebe | Deputy council leader
@d Edna Purcell | a volunteer at the library for 25 years
More than 400 people marched through Bramley Green on Saturday to protest against plans to close the town’s library, many of them children carrying home-made placards reading “⟦s:-|Books not bulldozers⟧” and “⟦s:-|Hands off our library⟧”.
The crowd chanted “⟦s:-|Save our shelves⟧” as it passed the town hall.
Yasmin Farouk, a teacher who organised the protest, said: “⟦d:a|This library is the only warm, free place in this town where you can sit all day and nobody asks you to buy anything. You don’t close that. You just don’t.⟧”
Edna Purcell, a volunteer at the library for 25 years, said it was where she had taught “⟦p:d|hundreds of children⟧” to read. “⟦d:d|Some of them are here today with their own children,⟧” she said.
One boy, aged about eight, told the crowd through a megaphone: “⟦d:b|I have read 212 books from this library and I want to read 212 more.⟧”
Deputy council leader Simon Achebe said the council faced a £9m funding gap and “⟦p:c|no good options⟧”. “⟦d:c|Nobody went into politics to close libraries. But we have to balance the books, and I’m sorry, I know how that sounds,⟧” he said.

### 052
@a Kerry-Ann Doherty | Mum-of-three
@b Barnaby Ssempala | Binman
@c Eastmoor Animal Rescue | -
A runaway spaniel who vanished during a firework display has been found safe and well - 60 miles from home.
Biscuit, a four-year-old springer, bolted from his garden in Throstle Lane on Bonfire Night and was spotted 11 days later rummaging in bins behind a chip shop in Saltby.
Binman Barnaby Ssempala recognised him from a poster on social media. "⟦d:b|I said, 'Biscuit?' and his ears went straight up. That's when I knew,⟧" he said.
Mum-of-three Kerry-Ann Doherty said the family had "⟦p:a|cried buckets⟧" when they got the call.
"⟦d:a|The kids had stopped asking about him because they didn't want to upset me. When I told them, my youngest screamed so loud the neighbours came round,⟧" she said.
"⟦d:a|How he got to Saltby we will never know. He can't even walk to the end of the road without sitting down.⟧"
Eastmoor Animal Rescue, which scanned his microchip, said it was "⟦p:c|a brilliant ending⟧". "⟦d:c|Please keep your pets' details up to date,⟧" it added.

### 053
@a Abena Osei-Tutu | Headteacher
@b - | one parent
@c Riverways Agency | -
@d Dean Coulthard | the school’s caretaker
A primary school in Marlfield will stay closed until at least the end of next week after floodwater up to a metre deep poured into classrooms on Wednesday night.
Headteacher Abena Osei-Tutu said staff had arrived on Thursday morning to find “⟦p:a|chairs floating in the hall⟧”.
“⟦d:a|The children’s artwork, the reading books, the nursery equipment, all of it is ruined,⟧” she said. “⟦d:a|But nobody was hurt, and that is what matters.⟧”
The school’s caretaker, Dean Coulthard, was first on the scene at 5.30am. “⟦d:d|I opened the door and the water came out to meet me,⟧” he said.
The Riverways Agency said the Marl Brook had risen 1.8 metres in six hours after “⟦p:c|exceptional⟧” rainfall.
Outside the gates, one parent said the school had flooded before, in 2019. “⟦d:b|They said then they would fix the drains. Did they fix the drains?⟧” she said.

### 054
@a Philippa Ormerod | Judge
@b Connor Blake | a scaffolder of Sandgate Road
@c Farida Hussain | Prosecutor
@d Malcolm Reid | the victim
A scaffolder who left a cyclist with life-changing injuries after driving through a red light while using his phone has been jailed for three years and four months.
Connor Blake, 27, a scaffolder of Sandgate Road, Hetherby, admitted causing serious injury by dangerous driving at Hetherby Crown Court.
Prosecutor Farida Hussain told the court Blake had been "⟦p:c|scrolling through social media⟧" at 41mph in a 30mph zone when he hit Malcolm Reid, 58, at a junction on Eastgate in June last year.
"⟦d:c|Mr Reid was thrown over the bonnet and landed some 15 metres away,⟧" Ms Hussain said. "⟦d:c|He spent seven weeks in hospital.⟧"
In a statement read to the court, the victim, Malcolm Reid, said: "⟦d:d|I used to cycle 100 miles a week. I now walk with a stick. I have not been back on a bike and I don't think I ever will.⟧"
Sentencing, Judge Philippa Ormerod told Blake: "⟦d:a|You chose to look at your phone rather than at the road. That choice has cost Mr Reid the life he had.⟧"
As he was led from the dock, Blake said: "⟦d:b|I'm sorry. I'm really sorry.⟧"

### 055
@a Jonah Treloar | the teenager
@b Marisa Kowalczyk | the boy’s mother
@c Davy Penrose | Lifeboat coxswain
Jonah Treloar, 16, was on the beach with friends at Porthgwidden Bay on Sunday afternoon when he heard shouting from the water.
“⟦d:a:m|I saw this little head going under and coming back up, and his mum screaming on the sand. I didn’t really think. I just went.⟧
“⟦d:a:m|The waves were bigger than they looked from the beach. When I got to him he grabbed me round the neck and we both went under.⟧
“⟦d:a|I just kept telling him, ‘Kick your legs, kick your legs,’ and we sort of rode the waves back in,⟧” the teenager said.
The seven-year-old had been swept off a sandbank by the incoming tide. The boy’s mother, Marisa Kowalczyk, said: “⟦d:b|Jonah saved my son’s life. There is no other way to say it. I will never be able to thank him enough.⟧”
Lifeboat coxswain Davy Penrose said the teenager had shown “⟦p:c|remarkable courage⟧” but urged others not to follow his example. “⟦d:c|It worked out this time, thank God. Very often the person who goes in to help is the one we end up looking for,⟧” he said.
### 056
@a Augustine Mbatha-Reilly | the pianist who brought township rhythms to the jazz clubs of Kellsport
@b Delia Mbatha-Reilly | his daughter
@c Horace Quaye | the saxophonist
Augustine Mbatha-Reilly, the pianist who brought township rhythms to the jazz clubs of Kellsport, has died aged 88.
Known to everyone as “⟦s:-|Gus⟧”, he arrived in the city in 1961 with, as he liked to say, “⟦p:a|a suitcase, a cardboard keyboard and no plan at all⟧”.
He practised on the cardboard keyboard for two years before he could afford a piano. “⟦d:a|You learn to hear the notes in your head when there is no sound coming out,⟧” he told an interviewer in 1998. “⟦d:a|Best training there is. I don’t recommend it.⟧”
His 1974 album “⟦s:-|Harbour Lights⟧” is now regarded as a classic, though it sold fewer than 2,000 copies on release.
The saxophonist Horace Quaye, who played alongside him for four decades, said: “⟦d:c|Gus never played the same solo twice. Not once in forty years. You had to listen every single night, because he’d go somewhere new and expect you to follow.⟧”
His daughter, Delia Mbatha-Reilly, said he had played the piano at home until a week before his death. “⟦d:b|His hands weren’t what they were, but he still wanted to show me a chord he’d found,⟧” she said. “⟦d:b|That was Dad. Always one more chord.⟧”
He is survived by Delia, two sons and five grandchildren. His wife, Priscilla, died in 2015.

### 057
@a Henrike Oosterhuis | a marine chemist who spent half a century measuring the oceans
@b Amara Nwachukwu | a former student who now leads the institute's ocean carbon programme
@c Hallvard Institute | -
Henrike Oosterhuis, a marine chemist who spent half a century measuring the oceans, has died at her home in Vliestad. She was 91.
Oosterhuis was among the first scientists to show, in the 1970s, that seawater was slowly becoming more acidic as it absorbed carbon dioxide from the air. For years, she said later, colleagues regarded her results as "⟦p:a|a curiosity, or an error⟧".
"⟦d:a|Nobody wanted the ocean to be changing. I didn't want it either. But the numbers were the numbers,⟧" she said in a 2011 interview.
The Hallvard Institute, where she worked for 38 years, said in a statement that she had been "⟦p:c|a fearless scientist and a generous teacher⟧".
Amara Nwachukwu, a former student who now leads the institute's ocean carbon programme, said Oosterhuis had insisted on going to sea well into her seventies.
"⟦d:b|She would be the first on deck at five in the morning, in a hat she'd had since 1968,⟧" Nwachukwu said. "⟦d:b|She told me once, 'Data doesn't care about your feelings, but you should care about your data.' I've never forgotten it.⟧"
Oosterhuis never married. Asked in the same 2011 interview whether she had any regrets, she replied: "⟦d:a|Only that I was right.⟧"

### 058
@a Bartholomew Kinsella | the former mayor of Ardcaster
@b Lorcan Kinsella | his son
@c Geraldine Whyte | his old adversary
Bartholomew Kinsella, the former mayor of Ardcaster, who oversaw the rebuilding of the town centre after the 1987 floods, has died aged 84.
Kinsella served four terms between 1983 and 1999 and was famous for holding his weekly surgery in the back bar of the Crown, where, he said, ``⟦p:a|people tell you the truth after the second pint⟧''.
``⟦d:a|The town hall is where people come to complain. The pub is where they come to explain,⟧'' he told this newspaper in 1991.
His son, Lorcan Kinsella, said his father had remained ``⟦p:b|nosy to the end⟧''. ``⟦d:b|Two days before he died he asked me what the council was doing about the potholes on Mill Road. He was right, too. They're terrible,⟧'' he said.
His old adversary, Geraldine Whyte, who stood against him in three mayoral elections and lost all three, said they had become friends in later life. ``⟦d:c|We disagreed about almost everything, loudly and in public, for sixteen years,⟧'' she said. ``⟦d:c|Then we both retired and discovered we liked each other. I'll miss him terribly.⟧''

### 059
@a Radomir Vukelić | Opposition leader
@b Ljiljana Perković | President
@c Central Electoral Commission | -
@d - | a western diplomat in the capital
@e Nevena Ilić | a 67-year-old retired teacher
SARVENA, Valdoria (Meridian Wire) - Opposition leader Radomir Vukelić claimed victory in Valdoria's presidential run-off on Sunday, promising to «⟦p:a|open the windows⟧» after 14 years of rule by the National Unity party.
With 96 percent of ballots counted, Vukelić had 53.8 percent of the vote, the Central Electoral Commission said. «⟦d:c|Turnout was the highest since 1998, and voting passed without serious incident,⟧» the commission said in a statement.
Addressing tens of thousands of supporters in Liberty Square, Vukelić said: «⟦d:a|Tonight nobody lost. Tonight Valdoria woke up.⟧» The crowd chanted «⟦s:-|Ra-do! Ra-do!⟧» as fireworks went off over the river.
President Ljiljana Perković conceded shortly before midnight. «⟦d:b|The people have spoken and I respect their choice,⟧» she said in a televised address. «⟦d:b|I wish the new president strength. He will need it.⟧»
A western diplomat in the capital, Sarvena, said the result would be watched closely in neighbouring countries. «⟦d:d|This is a country that has been drifting for a decade. The question is whether he can govern or only win,⟧» the diplomat said, speaking on condition of anonymity.
At a polling station in the old town, Nevena Ilić, a 67-year-old retired teacher, said she had voted «⟦p:e|for my grandchildren, not for me⟧». «⟦d:e|They all left for Germany. Maybe now some of them come back,⟧» she said.

### 060
@a Ingrid Bæk | a spokeswoman for the Relief Coordination Office
@b Hassan Rahimi | a 45-year-old shopkeeper
@c Farhad Noori | Interior Minister
@d Javad | a volunteer rescuer
KHAVARAN, Dashtistan (Meridian Wire) - Rescuers were still pulling survivors from the rubble on Saturday, three days after a magnitude 7.1 earthquake struck mountainous Khavaran province, killing at least 1,240 people.
"⟦d:a|We are now at the edge of the window in which we would normally expect to find people alive,⟧" said Ingrid Bæk, a spokeswoman for the Relief Coordination Office. "⟦d:a|But we have seen miracles in the last 24 hours, and the teams are not giving up.⟧"
Interior Minister Farhad Noori said more than 40,000 people had been left homeless. "⟦d:c|Tents, blankets and heaters are the priority. Nights here fall below freezing,⟧" he told state television.
In the village of Sangar, Hassan Rahimi, a 45-year-old shopkeeper, stood beside the ruins of his home. His wife and two daughters were pulled out alive on Thursday; his mother was not.
"⟦d:b|I dug with my hands for six hours. I could hear my daughter calling. I could not hear my mother,⟧" he said through an interpreter.
Javad, a volunteer rescuer, had driven 400km from the capital with his brothers. "⟦d:d|We heard on the radio and we just came. What else would we do?⟧" he said.

### 061
@a Piet Lindemann | Norvaldian Foreign Minister
@b Tahir Baig | his Qasirani counterpart
@c - | one journalist
@d - | a senior official from one of the delegations
ELSBURG (Meridian Wire) – The foreign ministers of Norvaldia and Qasiran agreed on Thursday to reopen their embassies for the first time in nine years, in what both sides described as a first step towards normal relations.
“⟦d:a|Nine years is a long time not to be talking to your neighbour,⟧” Norvaldian Foreign Minister Piet Lindemann told a joint news conference in Elsburg. “⟦d:a|Today we started talking again.⟧”
His Qasirani counterpart, Tahir Baig, said the agreement was “⟦p:b|modest but real⟧”. “⟦d:b|We have not solved every problem. We have agreed to stop pretending the other side does not exist,⟧” he said, speaking through an interpreter.
“⟦d:c|What about the Kessel Bank?⟧” one journalist asked, referring to the disputed fishing grounds between the two countries.
The two men looked at each other. “⟦d:b|You answer,⟧” Baig said. Lindemann laughed. “⟦d:a|It was discussed. It will be discussed again. That is all I will say,⟧” he said.
A senior official from one of the delegations, who spoke on condition of anonymity, said the talks had nearly collapsed on Wednesday night over the wording of the joint statement. “⟦d:d|There was a long argument about one adjective. Diplomacy is mostly adjectives,⟧” the official said.

### 062
@a Ministry of Public Order | -
@b Dilnoza Karimova | a student activist who was at the protest
@c Civic Watch | -
@d - | a witness
TASHKALA, Zerhania (Meridian Wire) - Police fired tear gas and rubber bullets to disperse thousands of protesters in the capital on Friday night, the third consecutive night of demonstrations against a new law restricting foreign-funded media.
The Ministry of Public Order said officers had acted "⟦p:a|with restraint⟧" against "⟦p:a|provocateurs⟧" who threw stones and set fire to two police vehicles.
"⟦d:a|The right to peaceful assembly is protected. The right to burn cars is not,⟧" the ministry said in a statement.
Dilnoza Karimova, a student activist who was at the protest, said the demonstrators had been peaceful until police charged. "⟦d:b|We were singing. Some people were holding candles. Then they came from both sides,⟧" she said by telephone. "⟦d:b|My friend was hit in the leg. We carried her to a taxi.⟧"
A witness told Meridian Wire he had seen at least a dozen people detained. "⟦d:d|They were putting them in vans, pulling them by the hair,⟧" he said.
The rights group Civic Watch said at least 140 people had been arrested over the three nights and called for the law to be "⟦p:c|withdrawn immediately⟧".
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh166.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh166",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
