# ruff: noqa: E501
"""Build ``quotes_fresh94.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
registers of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh94-NNN``.

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
  it (``Her owner, Shirin Farahani, a nurse from Carnford``): the appositive is the
  description. A title or relational phrase before the name alone (``Head coach Bryn
  Atherley``, ``The chairman, Sir Alistair Dunmore``, ``Her son, Ilir``) is the
  description, written as it stands in the passage.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 26-year-old``,
  ``the Colombian``), that description is taken. Bare ages (``Ryan Shepherd, 34,``)
  and home towns (``from Sunderby``) are not descriptions.
* A non-restrictive relative clause (after a comma) is not part of the description; a
  restrictive one (``a rescue volunteer who had driven 600 km from the coast to help``)
  is.
* In court reports the participles ``prosecuting`` and ``defending`` after a name are
  the description.
* A person first described without a name and named later in the passage (the man in
  the seat opposite who "turns out to be" someone) is that named speaker for all their
  quotes, with the appositive given at the name as description.
* Where a statement is introduced by the organisation (``Northway said …``) and the
  cue is ``a statement said`` / ``the statement added``, the organisation is the
  speaker. A fragment a patient was "told" by an unnamed clinician is ``partial`` with
  speaker and description null.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null.
* A collective shout from an unidentified crowd member (``a cry of "Brava!"``,
  ``shouts of "Go on, post box!"``) is ``direct`` with speaker and description null;
  a rhythmic chant is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh94.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh94.jsonl")

PASSAGES = """
### 001
@a Ilse Varnhagen | Governor
@b Radu Pellegrin | Finance Minister
@c Mateus Corrêa | chief economist at Halvard Securities
OSTRIA CITY, Oct 4 (Meridian) - The Bank of Ostria left its main lending rate unchanged at 4.25 percent on Thursday, resisting pressure from the government to cut as inflation eased for a fourth straight month.
"⟦d:a|We are not there yet,⟧" Governor Ilse Varnhagen told reporters after the decision. "⟦d:a|Services inflation remains sticky, and wage settlements this spring were higher than we assumed.⟧"
Varnhagen said the nine-member board had voted 7-2 to hold, with the two dissenters favouring a quarter-point cut. She declined to say when the bank might move, saying only that the door was "⟦p:a|not closed⟧".
Finance Minister Radu Pellegrin, who has publicly called for lower borrowing costs ahead of next year's election, said he "⟦p:b|fully respected the independence of the bank⟧" but was disappointed. "⟦d:b|It is households and small firms who pay for this caution,⟧" he said in a statement.
Analysts had been split ahead of the meeting. "⟦d:c|The statement reads more dovish than the decision,⟧" said Mateus Corrêa, chief economist at Halvard Securities. "⟦d:c|I'd pencil in a cut in December, January at the latest.⟧"
The Ostrian mark rose 0.3 percent against the euro after the announcement.
(Reporting by Dalia Fenrick; Editing by Marcus Oyelaran)

### 002
@a Fenella Adeyemi-Cross | head of multi-asset strategy at Corbridge Wealth
@b Ruairí Ó Dálaigh | a fund manager at Lisle & Penn
@c - | one trader
@d Tessaly Mining | -
Stock markets ended a choppy week lower on Friday after a rout in mining shares wiped out gains made earlier in the week on hopes of lower interest rates. The Castor 250 index of leading shares closed down 1.8 per cent over the five days, its worst week since March.
Tessaly Mining, which fell 14 per cent on Wednesday after cutting its copper output forecast, said the problems at its Quebrada Alta site were “⟦p:d|temporary and well understood⟧”. Investors were not convinced.
“⟦d:a|The market has stopped giving miners the benefit of the doubt,⟧” said Fenella Adeyemi-Cross, head of multi-asset strategy at Corbridge Wealth. “⟦d:a|Every guidance cut is treated as the first of several, and frankly that's what history tells you.⟧”
Not everyone was so gloomy. Ruairí Ó Dálaigh, a fund manager at Lisle & Penn, said he had been adding to his holdings all week.
“⟦d:b|When a good asset gets sold like a bad one,⟧” he said, “⟦d:b|that's when you want to be paying attention. I'd rather buy it at these prices than chase it in six months.⟧”
On the trading floor the mood was more prosaic. “⟦d:c|Friday afternoon, half the desk is already at the pub in spirit,⟧” one trader said.
Adeyemi-Cross warned that next week's inflation figures could move markets sharply. “⟦d:a|If core comes in hot, all of this rate-cut optimism unwinds in an afternoon.⟧”

### 003
@a Margaret Threlkeld | Managing director
@b Calderstone Partners | -
@c Danny Osei | site convenor for the Bakers' and Allied Workers' Union
@d Sheila Ambrose | a packer who has worked at the factory for 31 years
A fourth-generation family biscuit maker that has baked in Hexley since 1896 is to be sold to a private equity firm, its owners confirmed yesterday.
Threlkeld's Biscuits, famous across the region for its ginger "⟦s:-|Hexley Snaps⟧", will be bought by London-based Calderstone Partners for an undisclosed sum.
Managing director Margaret Threlkeld, 67, said the family had "⟦p:a|agonised⟧" over the decision.
"⟦d:a|There's no fifth generation waiting in the wings,⟧" she said. "⟦d:a|My children have their own lives, and I wasn't prepared to let the business drift while I got older and more tired. Calderstone have promised me the ovens stay in Hexley. I've got that in writing.⟧"
In a statement, Calderstone said it had "⟦p:b|no plans⟧" for job cuts and would invest in "⟦p:b|a new production line within eighteen months⟧".
Danny Osei, site convenor for the Bakers' and Allied Workers' Union, said staff had heard the news at a hastily arranged meeting in the canteen at 8am.
"⟦d:c|People are anxious. Of course they are,⟧" he said. "⟦d:c|We've all seen what happens when these firms come in. Promises are cheap. We'll be holding them to every word.⟧"
Sheila Ambrose, a packer who has worked at the factory for 31 years, was more philosophical. "⟦d:d|Mrs Threlkeld has always been straight with us,⟧" she said. "⟦d:d|If she says she's done her best for us, I believe her.⟧"

### 004
@a Noor Al-Khatib | the company's co-founder and chief executive
@b Hana Kowalczyk | a partner at Birchgate Ventures who will join Ledgerleaf's board
Ledgerleaf, a Portwell-based start-up that builds bookkeeping software for market traders and street-food vendors, has raised $42 million in a Series B round led by Birchgate Ventures.
The company says its app, which lets users photograph receipts and log cash sales by voice, now has 310,000 monthly users across six countries.
“⟦d:a|Most accounting software is designed for someone sitting at a desk with two monitors,⟧” said Noor Al-Khatib, the company's co-founder and chief executive. “⟦d:a|Our users are standing behind a grill at 11pm. They have one thumb free, if that.⟧”
Hana Kowalczyk, a partner at Birchgate Ventures who will join Ledgerleaf's board, said she first came across the app at a night market. “⟦d:b|I watched a woman selling dumplings do her tax return between customers. I called Noor that night,⟧” Kowalczyk said.
Al-Khatib said the money would go on hiring engineers and expanding into two new markets next year. Asked whether the company was profitable, she laughed. “⟦d:a|Not yet. Ask me again in two years.⟧”
She described rival products as “⟦p:a|built for accountants, not for the people who pay them⟧”.
Kowalczyk, for her part, was untroubled by the losses. “⟦d:b|Profit at this stage would mean they weren't spending fast enough,⟧” she said.

### 005
@a Bellamy's | -
@b Gareth Pennock | Boss
@c Joan Featherstone | Pensioner
@d Asif Rahman | Local councillor
@e - | A Bellamy's spokeswoman
SHOPPERS have hit out after budget supermarket Bellamy's announced it will shut 37 stores, putting 1,100 jobs at risk.
The chain, which has struggled since a failed takeover bid last year, blamed "⟦p:a|spiralling⟧" business rates and energy costs.
Boss Gareth Pennock said: "⟦d:b|These are painful decisions and we don't take them lightly. Every one of these stores has been losing money for at least three years.⟧"
But in Mardle Vale, where the store is the only supermarket within four miles, regulars were furious.
Pensioner Joan Featherstone, 78, said: "⟦d:c|I haven't got a car. What am I supposed to do, get two buses with my shopping? It's a disgrace.⟧"
Local councillor Asif Rahman said he had written to the firm demanding a rethink. "⟦d:d|This isn't a corner shop closing. It's the heart of the estate being ripped out,⟧" he fumed.
A Bellamy's spokeswoman said staff would be offered roles at nearby branches "⟦p:e|wherever possible⟧".

### 006
@a Ciarán Bexley | the guild's general secretary
@b Skyrose | -
@c - | A source close to the talks
@d Lotte Brinkmann | -
Pilots at Skyrose will strike for 48 hours from next Friday, the Aviators' Guild has confirmed, in a long-running dispute over rostering and pay.
The union said 91% of members who voted had backed action. Ciarán Bexley, the guild's general secretary, said pilots had been “⟦p:a|pushed to the edge⟧”.
“⟦d:a|Our members are flying tired. They are being called in on rest days with a few hours' notice. This is not about money first — it's about safety,⟧” he said.
In a statement, Skyrose said it was “⟦p:b|disappointed⟧” by the ballot result and accused the union of “⟦p:b|refusing to engage with a fair and generous offer⟧”.
“⟦d:b|We will do everything we can to minimise disruption for our customers,⟧” the airline added.
A source close to the talks said the two sides were “⟦p:c|not as far apart as the public statements suggest⟧”.
At Cranmoor airport on Saturday, passengers were already making other plans. Lotte Brinkmann, who is due to fly out to see her daughter next Friday, said she had booked a train instead. “⟦d:d|I'm not waiting around to find out,⟧” she said.

### 007
@a Koffi Yao N'Guessan | a 52-year-old cocoa farmer
@b Cocoa and Coffee Council | -
@c Aminata Sidibé | a commodities analyst at Corven Research
GOUMBÉRÉ, Kassoumé, March 12 (Meridian) - Cocoa futures hit a record high this week, but in the hills around Goumbéré farmers say they are seeing little of the windfall.
«⟦d:a|Le prix monte à Londres, mais ici rien ne change⟧», said Koffi Yao N'Guessan, a 52-year-old cocoa farmer, standing among trees blackened by swollen shoot disease. "⟦d:a|The price goes up in London, but here nothing changes.⟧"
N'Guessan, who farms four hectares with his two sons, sells his beans at the farmgate price fixed each October by the Cocoa and Coffee Council.
"⟦d:a|I have to buy fertiliser at this year's price and sell my cocoa at last year's price,⟧" he said through an interpreter. "⟦d:a|Tell me how that is fair.⟧"
The council said in a statement that the fixed price "⟦p:b|protects growers from volatility⟧" and that a mid-season review was "⟦p:b|under consideration⟧".
Aminata Sidibé, a commodities analyst at Corven Research, said the system had worked in the farmers' favour when prices collapsed seven years ago. "⟦d:c|Nobody complained about the fixed price then,⟧" she said. "⟦d:c|The problem is that the adjustment always comes late, and it never comes in full.⟧"
(Reporting by Issa Traoré-Bamba; Writing by Helen Achterberg)

### 008
@a - | one long-serving investor
@b Bernadette Fairweather | a retired teacher who has held shares since privatisation
@c Alistair Dunmore | The chairman
@d Priyanka Desai | its chief executive
@e - | one shareholder adviser
It was, one long-serving investor said afterwards, "⟦p:a|the liveliest AGM since the nineties⟧".
Shareholders in Penhallow Utilities queued at the microphones for more than an hour yesterday to challenge the board over a £4.1m pay package for its chief executive, Priyanka Desai, in a year in which the water company was fined three times for sewage spills.
"⟦d:b|How do you look your customers in the eye?⟧" asked Bernadette Fairweather, a retired teacher who has held shares since privatisation. "⟦d:b|My grandchildren can't swim in the river at the bottom of my road.⟧"
The chairman, Sir Alistair Dunmore, replied that the remuneration committee had "⟦p:c|followed its policy to the letter⟧".
"⟦d:c:m|I understand the anger in this room. I share some of it. Nobody on this board is happy with the performance on spills.⟧
"⟦d:c|But we have to pay what the market demands if we want people capable of fixing the problems you describe,⟧" he said.
Desai herself spoke only briefly. "⟦d:d|I'm not going to defend my pay. That is for the board,⟧" she said. "⟦d:d|I will defend the investment programme, which is the largest in the company's history.⟧"
Fairweather was unimpressed. "⟦d:b|Largest in history, worst in history,⟧" she muttered as she returned to her seat.
The pay report was approved with 61 per cent of votes cast, a figure one shareholder adviser called "⟦p:e|a serious warning shot⟧".

### 009
@a Ingrid Solvang | a psychologist at the Nordvik Institute and the study's lead author
@b Tunde Bakare | a sleep scientist at the University of Carrow who was not involved in the research
@c - | one 16-year-old
Teenagers who keep their phones out of the bedroom sleep on average 38 minutes longer on school nights, according to a study of more than 4,000 pupils published this week in Adolescent Sleep Review.
“⟦d:a|Thirty-eight minutes doesn't sound like much until you add it up over a school year. That's more than a week of sleep,⟧” said Dr Ingrid Solvang, a psychologist at the Nordvik Institute and the study's lead author.
The researchers asked families in 61 schools to keep phones in a box in the kitchen overnight for eight weeks, and tracked sleep with wrist monitors. The authors deliberately avoid the word “⟦s:-|detox⟧”, which Solvang says makes parents defensive.
The effect, she stressed, was “⟦p:a|not about screens being evil⟧”. “⟦d:a|It's about the fact that the phone is a door that never closes. Friends, news, games — they're all in the room with you.⟧”
Dr Tunde Bakare, a sleep scientist at the University of Carrow who was not involved in the research, called the study “⟦p:b|unusually well designed⟧” but cautioned that families who volunteered may have been more motivated than most.
“⟦d:b|The families who sign up for a phone-box study are not a random sample of families,⟧” he said. “⟦d:b|That doesn't make the result wrong. It means the real-world effect is probably smaller.⟧”
The teenagers themselves were mixed. “⟦d:c|The first week was horrible. By the end I didn't really miss it,⟧” one 16-year-old told researchers, according to the paper.

### 010
@a Owain Pritchard | a former bus driver
@b Tarrant Valley Health Board | -
@c Helen Vasquez | the board's medical director
@d Rhodri Llewellyn | -
A Pontyferi man who has waited 19 months for a hip replacement says he has been left "⟦p:a|housebound and in constant pain⟧".
Owain Pritchard, 58, a former bus driver, was told in January last year that he needed surgery "⟦p:-|within the year⟧". He is still waiting for a date.
Mr Pritchard said: "⟦d:a:m|I can't get up the stairs some days. My wife has to help me in the bath. I'm 58, not 98.⟧
"⟦d:a|Every time I ring, they tell me I'm on the list. I know I'm on the list. I want to know where on it.⟧"
Tarrant Valley Health Board said orthopaedic waiting lists in the area were "⟦p:b|among the longest in the country⟧" and apologised.
Dr Helen Vasquez, the board's medical director, said: "⟦d:c|We know that behind every number is someone like Mr Pritchard, and we are sorry. We have opened a new day-surgery unit at Ystrad General and expect to see waits fall significantly over the next year.⟧"
Rhodri Llewellyn, who represents Tarrant East in the Senedd, said he had raised the case with the health minister. "⟦d:d|Owain's story is one of hundreds in my inbox,⟧" he said. "⟦d:d|Apologies don't fix hips.⟧"

### 011
@a Valentina Ruiz Ochoa | a retired pharmacist who took up astronomy during lockdown
@b Samuel Achterberg | head of comet observations at the Minor Bodies Centre
Valentina Ruiz Ochoa, a retired pharmacist who took up astronomy during lockdown, has become the first amateur in two decades to discover a comet from the mainland.
Ruiz Ochoa, 71, spotted the faint smudge on images taken from her back garden in Alcorna on the night of 14 February. The object has now been officially designated C/2025 D3 (Ruiz Ochoa), though members of her local astronomy club have already nicknamed it "⟦s:-|the pharmacist's comet⟧".
"⟦d:a|I thought it was dust on the sensor,⟧" she said. "⟦d:a|I cleaned the camera, took another picture, and it had moved. Dust doesn't move.⟧"
Samuel Achterberg, head of comet observations at the Minor Bodies Centre, said the discovery was "⟦p:b|a genuine achievement⟧".
"⟦d:b|The professional surveys cover most of the sky most of the time. To find something they missed, you need patience and luck, and she had both,⟧" he said.
Asked what she would do next, Ruiz Ochoa did not hesitate. "⟦d:a|Find another one.⟧"
The comet is expected to be visible through binoculars in late April. "⟦d:b|Don't expect a great tail,⟧" Achterberg warned. "⟦d:b|It's a modest little comet. But it's hers.⟧"

### 012
@a Halvorsen Biotherapeutics | -
@b Mireille Chastain | a neurologist at St Aubyn's Hospital who led the UK arm of the trial
@c Kerry-Ann Maddox | -
@d - | A spokesperson for the Medicines Evaluation Agency
An experimental migraine pill cut the number of monthly attacks by almost half in a late-stage trial, its maker said on Monday, raising hopes of a new option for the estimated one in seven adults who have the condition.
Halvorsen Biotherapeutics said patients taking the drug, known as HB-207, had on average 4.6 fewer migraine days a month, compared with 1.9 fewer for those on a placebo. The results were “⟦p:a|clear and clinically meaningful⟧”, the company said, and it would seek approval in Europe and the US next year.
Dr Mireille Chastain, a neurologist at St Aubyn's Hospital who led the UK arm of the trial, said side-effects had been mostly mild. “⟦d:b|Nausea in the first fortnight, some tiredness. Nothing that made people drop out in large numbers, which is the real test,⟧” she said.
Kerry-Ann Maddox, 44, from Sunderby, took part in the trial. Before it, she said, she lost “⟦p:c|three or four days a month, minimum⟧” to migraines.
“⟦d:c|I didn't know whether I was on the real thing or the sugar pill. By month two I was fairly sure,⟧” she said. “⟦d:c|I went to my niece's wedding and danced. I haven't done that in ten years.⟧”
A spokesperson for the Medicines Evaluation Agency said it would not comment on a product “⟦p:d|before an application has been received⟧”.
Chastain cautioned against hype. “⟦d:b|This is a good result, not a cure. Migraine is many diseases wearing one name.⟧”

### 013
@a - | one diver
@b Teuila Faleolo | a marine biologist with the Pacific Reef Trust
@c Manu Tavita | a dive operator who has worked these waters for twenty years
@d Ana Leota | -
For eleven minutes on Tuesday night, the water off Matāfaga Point turned into what one diver called «⟦p:a|a snowstorm in reverse⟧».
Millions of pink bundles of eggs and sperm rose from the reef in the annual mass coral spawning, which scientists had feared might not happen at all after last year's bleaching.
«⟦d:b|We were holding our breath, honestly,⟧» said Teuila Faleolo, a marine biologist with the Pacific Reef Trust. «⟦d:b|After the heat last summer, we lost about a third of the branching corals on this reef. Seeing the survivors spawn tells us they have enough energy left to reproduce.⟧»
Faleolo's team collected about two million larvae, which they will raise in floating pens before releasing them onto damaged parts of the reef.
Manu Tavita, a dive operator who has worked these waters for twenty years, took the scientists out in his boat. «⟦d:c|I have seen it maybe fifteen times,⟧» he said. «⟦d:c|It never gets old. You feel like you are watching the planet breathe.⟧»
Ana Leota, who chairs the village fisheries committee, said the community had agreed to close the reef to fishing for six months. «⟦d:d|It is our reef. If we want our grandchildren to fish here, we have to rest it now,⟧» she said.

### 014
@a Kwabena Asante-Mensah | consultant in health protection at the Eastmoor Health Protection Team
@b St Wilfrid's Primary School | -
@c Leanne Corbishley | a mother of two whose children attend the school
Health officials have confirmed nine cases of measles linked to a primary school in Brackley Moor and are urging parents to check their children's vaccination records.
Dr Kwabena Asante-Mensah, consultant in health protection at the Eastmoor Health Protection Team, said: "⟦d:a|Measles is not a mild illness. One in five children who catch it will need hospital treatment. The good news is that two doses of MMR give excellent protection, and it is never too late to catch up.⟧"
Three of the children have been admitted to hospital, though none is thought to be seriously ill.
In a letter to parents, St Wilfrid's Primary School said it was "⟦p:b|working closely⟧" with health officials and would remain open. "⟦d:b|Any child with a rash or a high temperature should stay at home, and parents should ring 111 before visiting a GP,⟧" it added.
Leanne Corbishley, a mother of two whose children attend the school, said she had been shocked. "⟦d:c|You think of measles as something from the history books. Then you get a text from school and suddenly it's in your kid's classroom.⟧"
Asked about falling vaccination rates locally, Dr Asante-Mensah said there was "⟦p:a|no single reason⟧". "⟦d:a|Some parents have genuine questions, some just haven't got round to it, and some have been frightened by things they've read online. We want to talk to all of them.⟧"

### 015
@a Frances Lyle | a volunteer from Kettlebury
@b Oluwaseun Adebayo-Hart | The dig's director
@c Maren Eklund | a specialist in early medieval metalwork at the Carrow Museum
A gilded brooch found by a volunteer on the last afternoon of a community dig in Oxhey Stoke may be the finest early medieval object discovered in the county in fifty years.
Frances Lyle, a volunteer from Kettlebury, was cleaning the bottom of a trench when her trowel caught metal. “⟦d:a|I thought it was a ring pull. Then I saw the garnets,⟧” the 63-year-old said. “⟦d:a|I just sat back and shouted for Seun.⟧”
The dig's director, Dr Oluwaseun Adebayo-Hart, said the brooch appeared to date from the early seventh century.
“⟦d:b|It's the craftsmanship that stops you. There are cells of garnet cut so thin they're almost transparent,⟧” he said. “⟦d:b|Whoever wore this was somebody.⟧”
Dr Maren Eklund, a specialist in early medieval metalwork at the Carrow Museum, who has examined photographs of the find, described it as “⟦p:c|a really exceptional piece⟧”.
“⟦d:c|The design has close parallels with material from high-status burials. That doesn't make it royal, but it tells you the circles it came from,⟧” she said.
The brooch has been reported to the coroner under treasure rules. Lyle said she hoped it would stay local. “⟦d:a|It came out of this field. It should be in this town's museum, not in a vault somewhere.⟧”

### 016
@a Orrin Electronics | -
@b Jun-ho Baek | head of mobile at Orrin
@c Carys Whitfield | an analyst at Tallis Insight
@d - | one attendee
Orrin Electronics unveiled its first folding phone on Wednesday, promising a hinge that will survive "⟦p:a|at least half a million folds⟧" and a price well below its main rivals.
The Orrin Fold, which goes on sale next month at $1,099, was shown off at a launch event in Hanseong Bay. The company is marketing its inner display as "⟦s:-|CreaseLess⟧".
"⟦d:b|Foldables have been a luxury toy for five years. We want to make them a normal phone,⟧" said Jun-ho Baek, head of mobile at Orrin, to applause from the audience.
Baek spent much of his presentation on the hinge, which he called "⟦p:b|the most boring part of the phone and the most important⟧".
Carys Whitfield, an analyst at Tallis Insight, said the price was the real story. "⟦d:c|Orrin has gone in about $700 below the incumbents. That's not a rounding error; that's a statement of intent,⟧" she said. "⟦d:c|The question is whether the software is good enough to justify even that.⟧"
In a brief hands-on session, the crease was visible under bright light, though less pronounced than on earlier models. "⟦d:d|You stop noticing it after five minutes,⟧" one attendee said.

### 017
@a Wexcombe District Council | -
@b Imogen Ashdown-Reyes | The leader of the council
@c Theo Marchetti | an independent security researcher
@d Derek Fane | leader of the opposition Liberal group
The personal details of about 14,000 residents who applied for council tax discounts may have been stolen in a cyber attack on Wexcombe District Council, the authority has admitted.
In a statement on its website, the council said it had discovered “⟦p:a|unauthorised access⟧” to a file-sharing system on 3 June and had reported the incident to the Information Commissioner. “⟦d:a|We are deeply sorry. We are contacting everyone who may have been affected directly,⟧” it said.
The leader of the council, Cllr Imogen Ashdown-Reyes, said she had ordered a full review. “⟦d:b|I am angry about this, as residents are entitled to be. We will find out exactly what went wrong and who was responsible,⟧” she said.
But Theo Marchetti, an independent security researcher, said the software had been flagged as vulnerable months earlier. “⟦d:c|The flaw was published in February. A patch was available in February. This is not a sophisticated attack; it is an unlocked door,⟧” he said.
Cllr Derek Fane, leader of the opposition Liberal group, called for an independent inquiry. “⟦d:d|Residents deserve to know who knew what, and when,⟧” he said.
Fane added that the administration's response had been “⟦p:d|slow, defensive and inadequate⟧”.

### 018
@a Ruth Okonkwo-Baines | Schools minister
@b Aled Hughes | a history teacher at Castlegate Academy
@c Zara Mahmood | One of his pupils
@d - | A senior union official
Every secondary school in the country will be able to use an AI marking assistant from September, under plans announced by the government yesterday.
Schools minister Ruth Okonkwo-Baines said the tool, developed with a consortium of universities, could "⟦p:a|give teachers back their evenings⟧".
"⟦d:a:m|A teacher marking thirty essays at the kitchen table at 10pm is not a good use of a highly trained professional.⟧
"⟦d:a|Let the machine do the first pass. The teacher makes the judgment. That is not replacing teachers; it is respecting them,⟧" the minister told the Association of School Leaders conference in Brimhaven.
Aled Hughes, a history teacher at Castlegate Academy, which piloted the system, was cautiously positive.
"⟦d:b|It's good at spelling and structure. It's hopeless at spotting an original argument,⟧" he said. "⟦d:b|Last term it marked down the best essay in the class because she'd ignored the mark scheme. She'd ignored it brilliantly.⟧"
One of his pupils, Zara Mahmood, 15, said she was "⟦p:c|not bothered⟧" who marked her work "⟦p:c|as long as it's fair⟧".
A senior union official, who asked not to be named, was scathing. "⟦d:d|Who checks the machine? And when it gets it wrong, who does the parent complain to — the algorithm?⟧"

### 019
@a - | one customer
@b Gemma Fitzsimmons | a self-employed hairdresser from Dunford
@c Northway Bank | -
@d Mark Lindqvist | a former banking regulator
Millions of Northway Bank customers were left unable to pay for shopping or get into their accounts yesterday after the bank's app and website crashed — on payday.
The outage began at about 9am and lasted more than six hours. Social media quickly filled with complaints.
"⟦d:a|Stuck at the petrol station with a full tank and no way to pay. Thanks Northway,⟧" one customer posted.
Gemma Fitzsimmons, a self-employed hairdresser from Dunford, said her card had been declined three times. "⟦d:b|I had to ask a client to pay me in cash and then borrow it back off her for lunch,⟧" she said. "⟦d:b|It's embarrassing.⟧"
Northway said the problem had been caused by "⟦p:c|a technical issue during routine maintenance⟧" and insisted there was no evidence of a cyber attack. "⟦d:c|We're really sorry for the inconvenience and we'll make sure no one is left out of pocket,⟧" a statement said.
Mark Lindqvist, a former banking regulator, said it was the fourth major outage at a high-street bank this year. "⟦d:d|Banks have spent a decade closing branches and telling us to go digital. The least they can do is keep the digital bit working,⟧" he said.

### 020
@a Farida Nwosu | cabinet member for transport
@b Philippa Grange | chair of the Halden Sight Loss Group
@c Zipt | -
@d - | one rider
An e-scooter hire scheme in Halden is to be extended for another year despite complaints about scooters left blocking pavements.
Cllr Farida Nwosu, cabinet member for transport, said the scheme had clocked up more than 900,000 journeys since it launched. “⟦d:a|That's 900,000 trips that might otherwise have been made by car. I'm not going to throw that away because of a parking problem we can fix,⟧” she said.
But Philippa Grange, chair of the Halden Sight Loss Group, said members were “⟦p:b|genuinely frightened⟧” to walk in the city centre.
“⟦d:b|I've fallen over a scooter twice. The second time I cracked my wrist,⟧” she said. “⟦d:b|When you can't see, a pavement is supposed to be the safe place.⟧”
Operator Zipt said it would introduce compulsory parking bays from March, and that riders who ended trips outside one would face “⟦p:c|a meaningful penalty⟧”.
Riders at the station on Friday morning were mostly enthusiastic. “⟦d:d|It's quicker than the bus and cheaper than a taxi. What's not to like?⟧” asked one rider, a student on his way to lectures.

### 021
@a - | One tester
@b Desmond Achebe | My producer
@c - | my partner
Ilka Morrow-Tanaka spent seven years making "⟦s:-|Lanternfall⟧", a game about a lighthouse keeper that has sold two million copies since its release in April. She spoke to us from her studio in Fenmouth. This interview has been edited for length.
Q: Seven years is a long time. Did you ever think about giving up?
A: Every month. There's a sticky note on my monitor that says "⟦s:-|Finish something⟧". I wrote it in year two. It took five more years to obey it.
Q: The game has almost no dialogue. Why?
A: Early testers kept skipping the text. One tester told me, "⟦d:a|I don't want to read about the sea, I want to look at it.⟧" That changed everything.
Q: Your publisher reportedly wanted a multiplayer mode.
A: They did. My producer, Desmond Achebe, said, "⟦d:b|Ilka, nobody wants to keep a lighthouse with a stranger.⟧" He was right, and he fought for that inside the company.
Q: What's next?
A: A very small game. I promised my partner it would take eighteen months. The answer was, "⟦d:c|I'll believe it when I see it.⟧"

### 022
@a Stellan Rask | Kirkmoor boss
@b Kofi Amankwah-Reid | the striker
@c Connor Healy | Dunwell manager
Kirkmoor United 3 Dunwell Athletic 1
Kofi Amankwah-Reid scored twice as Kirkmoor United came from behind to go top of the table.
Dunwell had led through a 12th-minute header from Ivo Brandt, and for half an hour the visitors looked the better side. But Amankwah-Reid's curling equaliser just before half-time changed the game.
"⟦d:a|We talked at half-time about being braver on the ball,⟧" said Kirkmoor boss Stellan Rask. "⟦d:a|The first half we played like we were scared of them. The second half we played like Kirkmoor.⟧"
Amankwah-Reid, 22, added a second from the penalty spot on 58 minutes after he was tripped by Brandt, and substitute Luca Ferraro sealed it late on.
"⟦d:b|It's the best I've felt all season,⟧" the striker said. "⟦d:b|The gaffer told me to stop thinking and just shoot. So I shot.⟧"
Dunwell manager Connor Healy was unhappy with the penalty. "⟦d:c|He's gone down very easily. Very easily,⟧" Healy said. "⟦d:c|But we didn't deserve anything from the second half, so I won't hide behind that.⟧"
Rask, asked about the title race, refused to get carried away. "⟦d:a|It's October. Nobody has ever won a league in October.⟧"

### 023
@a Ravindra Pillai | the Southern Districts captain
@b - | one reporter
@c Tom Ashcombe-Lee | The fast bowler
Ravindra Pillai insisted there was no panic in the camp despite a second successive innings defeat, as he faced questions about his own form at a sometimes testy press conference in Seagate.
“⟦d:a|Two bad games don't make a bad team,⟧” the Southern Districts captain said. “⟦d:a|We were outplayed. I'm not going to sit here and pretend otherwise. But the dressing room is fine.⟧”
Pillai has scored 41 runs in four innings this season. When one reporter asked, “⟦d:b|Have you considered dropping yourself?⟧” he smiled thinly.
“⟦d:a|I consider everything. I'm also the one who scored a thousand runs last year. Form is temporary,⟧” he replied.
The fast bowler Tom Ashcombe-Lee, who took five wickets in the first innings, said the attack had been “⟦p:c|let down⟧” by the batting, before quickly walking it back.
“⟦d:c|That came out wrong. We win and lose together. I'm not pointing fingers at anyone,⟧” he said.
Asked whether he had a message for supporters, Pillai paused. “⟦d:a|Keep coming. We'll give you something to shout about.⟧”

### 024
@a Lucía Ferrándiz Quintero | The 19-year-old Spaniard
@b Anastasiya Klymenko | world number three
@c Íñigo Lasarte | Her coach
PORTO ALVAR, May 18 (Meridian) - Lucía Ferrándiz Quintero beat world number three Anastasiya Klymenko 6-4 3-6 7-5 to win the Alvar Open on Sunday, her first title on the tour.
The 19-year-old Spaniard, ranked 87th, saved two match points at 4-5 in the final set before breaking Klymenko's serve twice in a row.
"⟦d:a|No me lo creo todavía,⟧" Ferrándiz Quintero said in Spanish during the trophy ceremony. "⟦d:a|I still don't believe it.⟧"
"⟦d:a|At 5-4 I was thinking about the flight home. Then I thought, just hit the ball, Lucía, and see what happens,⟧" she told reporters later in English.
Her coach, Íñigo Lasarte, said she had gone into the match with "⟦p:c|nothing to lose, and she played like it⟧".
Klymenko, who had treatment on her right shoulder during the second set, refused to blame the injury. "⟦d:b|She played better on the big points. That's tennis,⟧" the 27-year-old said. "⟦d:b|I'll be back here next year.⟧"

### 025
@a Ravensport | -
@b Bryn Atherley | Head coach
@c Sione Havili | Ravensport flanker
Ravensport flanker Sione Havili will miss the rest of the season after rupturing an Achilles tendon in Saturday's win over Caldmouth.
The 29-year-old was carried off on a stretcher early in the second half. In a statement, Ravensport said surgery had been “⟦p:a|successful⟧” and that Havili faced “⟦p:a|a lengthy period of rehabilitation⟧”.
Head coach Bryn Atherley said the squad was devastated. “⟦d:b|Sione's the heartbeat of this group. You don't replace a player like that, you just try to share out what he does between three or four people,⟧” he said.
Havili posted on Instagram from his hospital bed on Sunday. “⟦d:c|Gutted doesn't cover it. Thank you for all the messages. I'll be back stronger — that's a promise,⟧” he wrote.
Atherley confirmed that academy back-rower Jonah Redfern would start next week. “⟦d:b|He's 20, he's fearless and he's ready. Probably more ready than I am to pick him, if I'm honest.⟧”

### 026
@a Esther Wanjiru Kamau | The 26-year-old
@b Barry Stollard | 61-year-old postman
@c Nadia Belkacem | Race director
Esther Wanjiru Kamau smashed the course record by almost two minutes to win the Brackwater Marathon yesterday, finishing in 2hr 24min 51sec.
The 26-year-old, who lives and trains in Harrowfield, ran alone for the final ten miles. "⟦d:a|I wanted to run fast, but not this fast,⟧" she said, still breathing hard at the finish on the Quayside. "⟦d:a|The wind was behind me on the river path. I said thank you to it.⟧"
Further back, 61-year-old postman Barry Stollard completed his 100th marathon — dressed as a post box.
"⟦d:b|It's a bit heavy around the shoulders but it keeps the rain off,⟧" he said. "⟦d:b|People kept trying to post things in me at mile 18.⟧"
Crowds lined the final mile, and shouts of "⟦d:-|Go on, post box!⟧" followed him all the way to the line.
Race director Nadia Belkacem said a record 6,200 runners had taken part. "⟦d:c|We had people from 41 countries and a lot of very wet volunteers. I want to thank every one of them,⟧" she said.

### 027
@a Mateo Cárdenas Vélez | the Colombian
@b Pieter Verhaegen | -
@c Rui Pestana | His team manager
COL DU FERRAND, July 9 (Meridian) - Mateo Cárdenas Vélez won the queen stage of the Tour du Haut-Verdon on Wednesday, attacking 4 km from the summit finish to take the overall lead.
Cárdenas Vélez, 24, crossed the line 38 seconds ahead of Pieter Verhaegen, who had started the day in the leader's jersey.
"⟦d:a|I dreamed of this climb since I was a boy watching on television in Santa Rosa del Páramo,⟧" the Colombian said through an interpreter. "⟦d:a|When I saw the sign for four kilometres I said to myself, now or never.⟧"
Verhaegen, who now trails by 22 seconds, said he had simply run out of strength. "⟦d:b|I had nothing left. Zero. He was the strongest today, no excuses.⟧"
His team manager, Rui Pestana, insisted the race was far from over. "⟦d:c|Twenty-two seconds is nothing with a time trial on Saturday,⟧" he said. "⟦d:c|Pieter is one of the best in the world against the clock.⟧"
(Reporting by Agathe Lemaire; Editing by Tom Whitcombe)

### 028
@a Dion Okafor | -
@b Kyle Brannigan | the champion
@c Frank Delahunt | Okafor's trainer
THE gloves were nearly off a day early last night as Dion Okafor and Kyle Brannigan had to be pulled apart at a heated weigh-in.
Brannigan, the champion, shoved his challenger as the pair went head to head on stage, sparking chaos as security piled in.
Okafor, known to fans as "⟦s:-|The Hammer⟧", grabbed the microphone. "⟦d:a|He's scared. You can see it in his eyes,⟧" he roared. "⟦d:a|Tomorrow night I'm taking that belt home to Grimsworth.⟧"
Brannigan, 31, laughed off the threats. "⟦d:b|He talks a lot for a man who's never been past round eight,⟧" the champion sneered. "⟦d:b|I'll give him a tour of rounds nine to twelve. If he's still standing.⟧"
Okafor's trainer, Frank Delahunt, said the shove had only fired up his man. "⟦d:c|Kyle's made a big mistake there. He's woken him up,⟧" he said.
Fans chanting "⟦s:-|Ham-mer! Ham-mer!⟧" drowned out the champion's final words.

### 029
@a Sigrún Hallgrímsdóttir | Eastbridge head coach
@b - | one reporter
@c Chiamaka Obi | The Eastbridge captain
Eastbridge head coach Sigrún Hallgrímsdóttir said her side would “⟦p:a|go for the win, not the draw⟧” in Sunday's cup final against Marlow Park, despite a squad stretched by injuries.
Speaking at the club's training ground on Friday, the Icelander confirmed that defender Nell Pascoe had failed to recover from a hamstring strain.
“⟦d:a|It's a blow. Nell has been one of our best players all year. But we have 23 players in this squad and I trust every one of them,⟧” she said.
“⟦d:b|Is there extra pressure because Marlow beat you twice in the league?⟧” one reporter asked.
“⟦d:a|Pressure is for the team that is expected to win. That is them, not us,⟧” Hallgrímsdóttir replied, to laughter.
The Eastbridge captain, Chiamaka Obi, sat beside her coach and was asked what the final meant to her personally.
“⟦d:c|I grew up ten minutes from this ground. I used to come and watch with my dad when there were two hundred people here. On Sunday there'll be twenty thousand,⟧” she said. “⟦d:c|So yes. It means quite a lot.⟧”

### 030
@a Henrietta Corbould | trainer
@b Oisín McGarrigle | Jockey
@c Aziz Farouk Al-Sayegh | a retired dentist from Wellbury
Sailor's Lament, a 33-1 outsider, won the Harrowdene Gold Cup by a head yesterday, handing trainer Henrietta Corbould the biggest win of her career.
Corbould, who has just 14 horses at her yard on the edge of Cawdor Moor, was in tears in the winner's enclosure. "⟦d:a|We're a tiny yard. We've got three staff and a dog. Things like this don't happen to people like us,⟧" she said. "⟦d:a|Except it just did.⟧"
Jockey Oisín McGarrigle, 19, had ridden the mare only once before. "⟦d:b|She travelled beautifully and when I asked her at the last she found plenty,⟧" he said. "⟦d:b|I'm not sure I've stopped shaking.⟧"
The horse's owner, Aziz Farouk Al-Sayegh, a retired dentist from Wellbury, bought her for 4,000 guineas as a yearling.
"⟦d:c|My wife said I was mad. I told her I'd rather own a slow horse than a fast car,⟧" he said. "⟦d:c|She's now asking for a new kitchen.⟧"

### 031
@a Kenji Hayashida | the 28-year-old
@b Lars-Erik Thorsby | the Norwegian
Kenji Hayashida holed a 30-foot putt for birdie on the 72nd hole to win the Castlereagh Classic by a stroke on Sunday, denying Lars-Erik Thorsby a first title in six years.
Hayashida, who began the day four shots off the lead, closed with a seven-under 64. “⟦d:a|I saw the line from the fairway, honestly,⟧” the 28-year-old said through an interpreter. “⟦d:a|My caddie said, ‘Don't leave it short.’ So I didn't.⟧”
Thorsby, who had led by two with three holes to play, bogeyed the 16th and 17th. “⟦d:b|I'll be annoyed for about an hour, then I'll look at the cheque,⟧” the Norwegian said with a grin. “⟦d:b|No. I'll be annoyed for a week.⟧”
He added: “⟦d:b|Kenji played the last nine like a man who had somewhere to be. You can't do much about that.⟧”
Hayashida dedicated the win to his father, who died in January. “⟦d:a|He taught me on a driving range behind a car park. He would have liked this one.⟧”

### 032
@a Drita Hoxhaj | my host
@b Ilir | Her son
@c Agron Berisha | The village's last shepherd
The road to Rrasë gives up about ten kilometres before the village does. After that it is gravel, then mud, then a track that my hire car took personally.
“⟦d:a|Everybody arrives angry,⟧” says my host, Drita Hoxhaj, pouring a glass of raki before I have put my bag down. “⟦d:a|Then they drink this, and they look at the mountains, and they stop being angry.⟧”
She is right, mostly. Hoxhaj's guesthouse has six rooms, a wood-fired stove and a view of three peaks that still hold snow in June. Her son, Ilir, who studied tourism in the capital and came back, does the bookings on a laptop balanced on a sack of flour.
“⟦d:b|Five years ago we had twenty guests a year. Last year, eight hundred,⟧” he tells me. “⟦d:b:m|It's good for us. Of course it is good for us.⟧
“⟦d:b|But I worry. I have seen what happened in other valleys — a hotel, then another hotel, then nobody knows the shepherds' names any more.⟧”
The village's last shepherd, Agron Berisha, is 74 and has taken his flock up to the high pastures every summer since he was eleven. He regards the hikers with amused tolerance.
“⟦d:c|They ask me if I get lonely up there,⟧” he says. “⟦d:c|I have four hundred sheep and two dogs. When would I get lonely?⟧”
“⟦d:-|Would you want your grandchildren to do this?⟧” I ask. He thinks for a long time.
“⟦d:c|I would want them to be able to.⟧”

### 033
@a Halina Zawadzka | the train's conductor
@b Tobias Reinholt | a retired geography teacher from Ostwerder
The night train from Vellmar to the coast leaves at 22:47, and by 22:50 the restaurant car is full.
"⟦d:a|Every night it's the same. People book a sleeper, then they sit up until two drinking wine,⟧" says Halina Zawadzka, the train's conductor, who has worked this route for 17 years. "⟦d:a|I don't mind. It's better than an aeroplane. On an aeroplane nobody talks.⟧"
A man in the seat opposite, travelling with a folding bicycle and a paper map, agrees. "⟦d:b|Maps are more honest than phones,⟧" he says. "⟦d:b|A phone tells you where you are. A map tells you where everything else is.⟧"
He turns out to be Tobias Reinholt, a retired geography teacher from Ostwerder, making the trip for the thirty-first time.
"⟦d:b|My wife did it with me twenty-nine times,⟧" Reinholt says, and looks out at the dark for a while. "⟦d:b|Now I do it for both of us.⟧"
By the time we cross the river at Maszkowo the lights are dimmed. Zawadzka makes a last round with a torch. "⟦d:a|Breakfast at seven,⟧" she announces to the carriage. "⟦d:a|Coffee is free. The croissants, unfortunately, are not.⟧"

### 034
@a Donatella Ferrucci | Mayor
@b Gianluca Sbarra | a baker whose family has run a shop on the harbour for four generations
@c Mediterranean Cruise Operators' Association | -
SANTA LIDIA, Aug 2 (Meridian) - The port of Santa Lidia will charge day-trippers a 10-euro entry fee and cap cruise ship arrivals at two a day from next year, its mayor said on Friday, in one of the toughest crackdowns on mass tourism anywhere on the coast.
"⟦d:a|We are not a theme park. People live here,⟧" Mayor Donatella Ferrucci told a news conference. "⟦d:a|On some days in July we had 40,000 visitors in a town of 9,000 residents. The streets could not breathe.⟧"
Gianluca Sbarra, a baker whose family has run a shop on the harbour for four generations, welcomed the move. "⟦d:b|Finalmente,⟧" he said. "⟦d:b|Finally. My customers are old people who cannot get to my door because of the tour groups.⟧"
The Mediterranean Cruise Operators' Association said the cap was "⟦p:c|disproportionate⟧" and would cost the town "⟦p:c|millions in lost revenue⟧". "⟦d:c|We urge the council to work with the industry rather than against it,⟧" it said.
Ferrucci was unmoved. "⟦d:a|They said the same thing when we banned cars from the old town,⟧" she said. "⟦d:a|Nobody wants the cars back now.⟧"
(Reporting by Chiara Benvenuti; Editing by Rob Mallory)

### 035
@a Graham Tulloch | the 66-year-old from Inverallan
@b Peregrine Air | -
@c Maya Fernández-Lowe | a solicitor specialising in travel law
@d - | a spokesman for the authority
When Graham Tulloch's flight home from Isla Brava was cancelled at the gate, he assumed compensation would follow. Four months and eleven emails later, he is still waiting.
"⟦d:a|They told me it was 'extraordinary circumstances'. Then a different person told me it was a staff shortage, which as far as I know isn't extraordinary at all,⟧" the 66-year-old from Inverallan said.
Under the rules, passengers whose flights are cancelled with less than 14 days' notice can claim up to £520 unless the cancellation was caused by events outside the airline's control.
Peregrine Air told us: "⟦d:b|We are sorry for the delay in responding to Mr Tulloch. His claim has now been reviewed and approved, and payment will be made within 14 days.⟧"
Maya Fernández-Lowe, a solicitor specialising in travel law, said Mr Tulloch's experience was "⟦p:c|depressingly common⟧". "⟦d:c|Airlines know that most people give up after the second rejection. If you don't give up, you usually win,⟧" she said.
The Aviation Consumer Authority said passengers who could not resolve a claim with the airline could use an approved dispute body free of charge. "⟦d:d|Nobody should need a lawyer to get money they are legally owed,⟧" a spokesman for the authority said.

### 036
@a Morag MacInnes | -
@b Calum Beaton | chairman of the Fara community council
@c Sound Ferries | -
@d - | A fisherman who asked not to be named
The ferry to Fara has been cancelled on 23 of the last 31 days, and the island's patience has run out.
Morag MacInnes, who runs the island's only shop, said her shelves had been empty of fresh milk for nine days. ``⟦d:a|I've had pensioners in here asking for powdered milk like it's 1950,⟧'' she said. ``⟦d:a|We're not asking for a luxury. We're asking for a boat.⟧''
Calum Beaton, chairman of the Fara community council, said islanders were ``⟦p:b|at the end of their tether⟧''. ``⟦d:b|The old vessel breaks down, the relief vessel is somewhere else, and we're told to be patient. We've been patient for six years,⟧'' he said.
Sound Ferries blamed a combination of technical faults and bad weather. ``⟦d:c|We fully understand the frustration of the Fara community and apologise for the disruption,⟧'' the operator said in a statement.
A fisherman who asked not to be named put it more bluntly. ``⟦d:d|If this was happening on the mainland there'd be a public inquiry by now.⟧''

### 037
@a Tayo Adesanya | -
@b Gráinne Fitzmaurice | -
Three stars: The Salt House, Lyric Wharf Theatre
Rosalind Petch's 1962 drama “⟦s:-|The Salt House⟧” has not been seen on a major stage for forty years, and Tayo Adesanya's revival makes a decent case for why it should have been, and a slightly accidental case for why it wasn't.
The setting is a fish-curing shed on a flat stretch of coast, where three generations of women wait for a boat that the audience knows, from the first scene, is not coming back. The production's much-trailed “⟦s:-|immersive⟧” smell of woodsmoke reaches the back of the stalls by the interval.
The central performance, by Gráinne Fitzmaurice as the widowed Ellen, is the reason to go. In a first-act monologue about her husband's boots she barely moves, and the theatre barely breathes.
Adesanya, speaking before press night, told me he had been drawn to the play's “⟦p:a|anger that never raises its voice⟧”. “⟦d:a|Petch was writing about women who couldn't shout, so they found other ways to be heard. I wanted the production to do the same — to be quiet and to be furious,⟧” he said.
Fitzmaurice spent a week in a working smokehouse preparing for the role. “⟦d:b|My hands still smell of kippers,⟧” she said. “⟦d:b|My partner has moved into the spare room.⟧”
The second act is where it sags. Petch's subplot about a land agent is thin, and Adesanya, perhaps out of respect, has not cut it.

### 038
@a Noemi Castellanos-Byrne | Singer
@b Jesper Nygaard | drummer
Paper Harbour — "⟦s:-|Little Weather⟧" (Halfmoon Records) ★★★★
Three years after their debut made them the most talked-about band in Glasvale, Paper Harbour return with a record that is quieter, stranger and better.
Singer Noemi Castellanos-Byrne has described the album as "⟦p:a|a break-up record where nobody breaks up⟧". Speaking to us in a café near the band's rehearsal space, she explained: "⟦d:a|It's about being in love with someone and still feeling alone in the same room. Which is most relationships, at some point, if you're honest.⟧"
The songs were recorded live in a converted chapel over eleven days. "⟦d:b|We set up in a circle and didn't use headphones,⟧" said drummer Jesper Nygaard. "⟦d:b|If someone made a mistake, we kept it. Half the mistakes are on the record.⟧"
Standout "⟦s:-|Tidewater⟧" builds from a single guitar figure into something close to a hymn. "⟦d:a|That song took four minutes to write and two years to finish,⟧" Castellanos-Byrne laughed.
Not everything lands. "⟦s:-|Semaphore⟧" drifts, and the closing track outstays its welcome by a good two minutes. But this is a band getting braver, and it suits them.

### 039
@a Rosângela Tavares Pinto | the 58-year-old artist
@b Leopold Haverkamp | the exhibition's curator
The first thing you see at the Kelderhaus Gallery is a wall of 3,000 clay hands, each slightly different, each made by a different person in Vila Serrana, the town where Rosângela Tavares Pinto grew up.
«⟦d:a|Cada mão é uma pessoa,⟧» the 58-year-old artist said at the opening on Thursday. «⟦d:a|Each hand is a person. Nobody made two.⟧»
The show, «⟦s:-|Mãos / Hands⟧», is her first in Europe. Tavares Pinto spent four years visiting homes, schools and a prison with a bucket of clay.
«⟦d:a|Some people made their hand in five minutes. One old man took a whole afternoon and then asked if he could make his wife's hand too, because she had died. Of course I said yes,⟧» she said.
Leopold Haverkamp, the exhibition's curator, first saw the work in a municipal hall in 2019. «⟦d:b|I walked in and did not speak for ten minutes. My colleagues thought I was ill,⟧» he said.
«⟦d:b|It is the most democratic artwork I know. Everyone is in it and no one is the star.⟧»

### 040
@a Hemi Walker-Paraone | the novelist
@b - | one audience member
@c Olwen Tregarthen | Festival director
The Porthkennack Book Festival closed on Sunday with a sell-out event featuring the novelist Hemi Walker-Paraone, whose novel “⟦s:-|The Eel Weir⟧” has sold 300,000 copies.
Walker-Paraone, who grew up on his grandmother's farm at the mouth of the Waikoropū, told the audience the book had begun as a letter to his late grandfather. “⟦d:a|I wrote him forty pages and then realised I couldn't post it, so I kept going,⟧” he said.
During the questions, one audience member asked, “⟦d:b|Is Uncle Tai based on a real person?⟧”
“⟦d:a|Every uncle is based on a real uncle,⟧” Walker-Paraone replied, to laughter. “⟦d:a|Mine will be reading this in the paper, so I'll say no.⟧”
Festival director Olwen Tregarthen said ticket sales were up 30 per cent on last year. “⟦d:c|People keep telling us that nobody reads any more. Then they queue in the rain for two hours to get a book signed,⟧” she said.

### 041
@a Sayuri Kanemoto | the 46-year-old director
@b Daichi Morisawa | veteran actor
Sayuri Kanemoto's “⟦s:-|Winter Persimmons⟧” won the Golden Crane at the Vale do Sol festival last month, and the 46-year-old director has spent the weeks since, she says, “⟦p:a|apologising to my family for never being at home⟧”.
Speaking through an interpreter in a hotel by the river, Kanemoto described the film, about a widower who teaches himself to cook his late wife's recipes, as “⟦p:a|the least dramatic film I could imagine⟧”.
“⟦d:a|Nothing happens. A man cooks, he fails, he cooks again. But I think that is where most grief lives — in the small failures,⟧” she said.
The widower is played by veteran actor Daichi Morisawa, 71, who spent three months at a cooking school to prepare. “⟦d:b|I am a terrible cook. This was not acting,⟧” Morisawa said, laughing, when he joined the interview.
Asked if she had been surprised by the prize, Kanemoto shook her head. “⟦d:a|Not surprised. Shocked. Surprised is when you hope a little.⟧”

### 042
@a Rahul Venkataraman | choreographer
@b Kwame Ofori-Atta | one of the company's principal dancers
A dance piece performed entirely on a sloping floor covered in two tonnes of sand opens at the Harrow Court Theatre next week.
``⟦d:a|Sand remembers everything,⟧'' said choreographer Rahul Venkataraman. ``⟦d:a|Every step the dancers take stays on the stage. By the end of the night the floor is a record of the whole performance.⟧''
Venkataraman, who trained in classical Indian dance before moving into contemporary work, said the piece, called ``⟦s:-|Tide Tables⟧'', drew on childhood summers in his grandmother's fishing village.
Kwame Ofori-Atta, one of the company's principal dancers, admitted the surface had taken some getting used to. ``⟦d:b|The first week, I thought my calves were going to file for divorce,⟧'' he said. ``⟦d:b|Now I don't want to dance on a normal floor again.⟧''
The production has been designed to be carbon neutral, with the sand to be returned to the quarry after the run. ``⟦d:a|It's on loan,⟧'' Venkataraman said. ``⟦d:a|Like everything, really.⟧''

### 043
@a Magdalena Wierzbicka | the Caldermere Philharmonic's new music director
@b Sebastián Aldunate | The orchestra's leader
Magdalena Wierzbicka, the Caldermere Philharmonic's new music director, held the silence after the last chord of Bruckner's Seventh for what felt like a full minute on Saturday, until someone in the balcony broke it with a cry of “⟦d:-|Brava!⟧”.
“⟦d:a|I don't like to hurry the end of anything. Applause can wait. The music can't come back,⟧” Wierzbicka said afterwards.
It was her first concert since taking up the post in September, and already the orchestra sounds different: leaner strings, braver brass, and woodwind that seem to be listening to each other.
The orchestra's leader, Sebastián Aldunate, said the players had responded to her “⟦p:b|almost immediately⟧”. “⟦d:b|She rehearses in detail but she never makes you feel small. That is rarer than it should be,⟧” he said.
Next season Wierzbicka will programme a work by a living composer in every concert. Asked if she feared losing older audiences, she smiled. “⟦d:a|Bruckner was a living composer once. Somebody had to go first.⟧”

### 044
@a Energy Markets Authority | -
@b Suzanne Rahimi | director of policy at Consumer Voice
@c Patrick Oyelowo-Finn | a father of three from Lowther
@d - | An industry source
Household energy bills will rise by £112 a year from January after the regulator raised its price cap by 6.8 per cent, the third increase in a row.
The Energy Markets Authority said the rise reflected "⟦p:a|higher wholesale costs and the cost of upgrading the network⟧". "⟦d:a|We know this is unwelcome news for households,⟧" the authority said.
Suzanne Rahimi, director of policy at Consumer Voice, said many families were "⟦p:b|running out of ways to cut back⟧". "⟦d:b|People have turned the heating down, they've stopped using the tumble dryer, they're eating cold meals. There's nothing left to trim,⟧" she said.
Patrick Oyelowo-Finn, a father of three from Lowther, said his family already spent more on energy than on food. "⟦d:c|We go to bed at nine in winter because it's the warmest place in the house. The kids think it's a game. It isn't,⟧" he said.
An industry source said suppliers had "⟦p:d|very little room⟧" to absorb the costs. "⟦d:d|Margins on household supply are wafer thin. If anyone thinks suppliers are sitting on piles of cash, they should count how many went bust three years ago.⟧"

### 045
@a Halcyon Home Appliances | -
@b Vinod Chaudhary | -
@c Tessa Morland | head of product safety at the consumer group Fairtest
More than 200,000 kettles sold through supermarkets and online retailers are being recalled after reports that they can overheat and catch fire.
Halcyon Home Appliances said the fault affected its HK-17 cordless kettle, sold between March 2022 and June 2024, and urged customers to “⟦p:a|stop using the product immediately⟧”.
“⟦d:a|Customer safety is our highest priority. We are working with retailers to make the recall as simple as possible,⟧” the company said.
Vinod Chaudhary, from Ashby Wold, said his kettle had burst into flames on the kitchen worktop in August. “⟦d:b|There was a pop and then the base was on fire. If I'd been upstairs, I don't want to think about it,⟧” he said.
“⟦d:b|I reported it to them the same week. It's taken them three months to do anything.⟧”
Tessa Morland, head of product safety at the consumer group Fairtest, said the recall system was “⟦p:c|too slow and too quiet⟧”. “⟦d:c|Most people never hear about a recall. Companies should have to contact every buyer they can, not just put a notice on their website,⟧” she said.

### 046
@a Dorothy Quayle | -
@b Carl Quayle | her son
@c ParkSure | -
@d Nathan Obuya | Hesketh MP
A GRAN of 82 was slapped with a £100 parking fine — while she was having a pacemaker fitted.
Dorothy Quayle was in theatre at Whitmoor General for almost three hours, meaning her son Carl overstayed the car park's two-hour limit.
Furious Carl Quayle, 54, said: "⟦d:b|I was sat in the waiting room the whole time. What was I supposed to do, pop out and move the car mid-operation?⟧"
The fine landed on his mum's doormat a week later. Dorothy said: "⟦d:a|I thought it was a get-well card. I nearly had another funny turn.⟧"
ParkSure, which runs the car park, said motorists could apply for exemptions "⟦p:c|in exceptional circumstances⟧". After being contacted by the Sunday Echo, the firm cancelled the fine. "⟦d:c|We have reviewed this case and, as a gesture of goodwill, the charge has been cancelled,⟧" it said.
Hesketh MP Nathan Obuya said: "⟦d:d|Hospital parking charges are a tax on the sick. This case shows exactly why they should be scrapped.⟧"

### 047
@a Sinéad Carraher | -
@b Zephyr Broadband | -
@c Communications Ombudsman | -
Sinéad Carraher, from Ballymede, has been paying £38 a month for a broadband service she says has barely worked since she moved house in May.
“⟦d:a:m|I work from home three days a week. Most days I end up tethering to my phone and sitting by the window. I've had six engineer appointments and two of them didn't turn up.⟧
“⟦d:a|Every time I ring I'm told the fault has been 'escalated'. I'm starting to think that means a man in a cupboard with a bin,⟧” she wrote to us.
When we contacted Zephyr Broadband, it said it was “⟦p:b|very sorry⟧” for Ms Carraher's experience. “⟦d:b|A fault with the line to Ms Carraher's property has now been repaired and we have refunded her bills since May, totalling £228, as well as a £50 goodwill payment,⟧” a statement said.
If you are in a similar position, you can go to the Communications Ombudsman once eight weeks have passed since your first complaint. The ombudsman told us its decisions were “⟦p:c|free, independent and binding on the provider⟧” if the customer accepts them.
Ms Carraher said she was relieved. “⟦d:a|I'm glad it's sorted. I just wish I hadn't needed a newspaper to do it.⟧”

### 048
@a Josh Pemberton | an apprentice electrician
@b Amira Haddad | Detective Constable
@c Lowmoor Trading Standards | -
Police are warning car buyers after at least 14 people in the Lowmoor area paid deposits for vehicles that did not exist.
The cars were advertised on online marketplaces at prices slightly below market value. Buyers were asked to pay a deposit by bank transfer to "⟦s:-|secure⟧" the car before viewing.
Josh Pemberton, an apprentice electrician, lost £1,500. "⟦d:a|The photos were good, the seller was friendly on the phone, he even sent me a copy of the logbook,⟧" the 23-year-old said. "⟦d:a|When I turned up at the address, it was a kebab shop.⟧"
Detective Constable Amira Haddad said: "⟦d:b|These people are professionals. They're convincing, and they prey on people who are in a hurry. If a seller won't let you see the car before you pay, walk away.⟧"
Lowmoor Trading Standards said it had seen a "⟦p:c|sharp rise⟧" in reports and urged buyers to "⟦p:c|never pay for a car you haven't seen⟧".

### 049
@a Bridget Amadi-Lowe | Cabinet member for climate
@b Margaret Ellery | leader of the Residents' Association group
@c - | a member of the public in the gallery
@d Hamish Doig | -
@e - | one shopkeeper on Tanners Row
Plans for a protected cycle lane along Tanners Row were approved by Ashcombe Borough Council on Tuesday night after a three-hour debate that at times descended into shouting.
Cabinet member for climate Cllr Bridget Amadi-Lowe told the meeting: "⟦d:a|We've spent ten years talking about making this road safe. Two people have died on it in that time. I'm not prepared to talk for another ten.⟧"
But Cllr Margaret Ellery, leader of the Residents' Association group, said traders had not been properly consulted. "⟦d:b|Half the businesses on Tanners Row found out about this from the newspaper,⟧" she said. "⟦d:b|You can't call that consultation. You can call it an announcement.⟧"
Amadi-Lowe hit back: "⟦d:a|There were four public drop-in sessions. Cllr Ellery came to one of them.⟧"
At one point the mayor had to suspend the meeting for five minutes after a member of the public in the gallery shouted "⟦d:c|Shame on you!⟧" at the cabinet.
Cllr Hamish Doig, who abstained, said he supported the lane "⟦p:d|in principle⟧" but was worried about deliveries.
Outside, one shopkeeper on Tanners Row, who did not want to be named, said: "⟦d:e|I'm not against bikes. I'm against losing the six parking spaces in front of my shop that keep me open.⟧"

### 050
@a Yasmin Chowdhury | chair of Friends of Elmfield Library
@b Ellie | Her daughter
@c Brindle Vale Council | -
Campaigners who fought for 18 months to save Elmfield Library celebrated on Saturday after the council confirmed it would stay open.
More than 200 people gathered on the library steps, many carrying the hand-painted placards that have become a familiar sight at council meetings: “⟦s:-|Books Not Bulldozers⟧” and “⟦s:-|Hands Off Our Library⟧”.
Yasmin Chowdhury, chair of Friends of Elmfield Library, said: “⟦d:a|Everyone told us we were wasting our time. The decision had been made, they said. Well, it's been unmade.⟧”
Her daughter Ellie, nine, who made her first placard aged seven, said she was “⟦p:b|really, really happy⟧”. “⟦d:b|I come here every Saturday. I've read all the dragon books twice,⟧” she said.
Brindle Vale Council said a community group would run the building alongside paid staff, with the council paying for books and computers. “⟦d:c|We have listened to residents and found a way forward,⟧” a council statement said.
Chowdhury was less diplomatic. “⟦d:a|They listened eventually. It took 4,000 signatures and a lot of wet Saturdays.⟧”

### 051
@a Tegwen Rees | -
@b Lee Harrop | Station Manager
@c Marek Dąbrowski | owner of the Riverside Café
@d Rivers and Flood Agency | -
Dozens of homes in Lower Brenning were evacuated overnight after the River Sole burst its banks following 36 hours of heavy rain.
Firefighters used boats to rescue 23 people, including a woman who had climbed on to a kitchen worktop with her two dogs.
"⟦d:a|The water came under the front door like someone had turned on a tap,⟧" said Tegwen Rees, 71, who has lived on Mill Lane for 40 years. "⟦d:a|I've seen floods before but never like this. Never this fast.⟧"
Station Manager Lee Harrop said crews had worked through the night. "⟦d:b|Conditions were very difficult — fast-flowing water, debris, no street lighting. I'm proud of how the crews performed,⟧" he said.
Marek Dąbrowski, owner of the Riverside Café, surveyed the damage on Sunday morning. "⟦d:c|Everything is gone. The fridges, the coffee machine, the chairs. We only reopened in March after the last flood,⟧" he said.
"⟦d:c|I don't know if I can do it a third time.⟧"
The Rivers and Flood Agency said flood warnings remained in place and that levels on the Sole were "⟦p:d|expected to peak again on Monday⟧".

### 052
@a Ivy Marchbank | the school's oldest former pupil
@b Declan Ashworth | Headteacher
@c Aarav Menon | Year 6 pupil
@d - | One former pupil
Past and present pupils packed into Hollins Lane Primary School on Friday to mark its centenary.
Ivy Marchbank, 97, the school's oldest former pupil, cut a cake in the shape of the original building. ``⟦d:a|We had slates and chalk, and the teacher had a cane she never used but kept on the desk where we could see it,⟧'' she recalled. ``⟦d:a|I was terrified of that cane for six years. I don't think it had ever touched a child.⟧''
Headteacher Declan Ashworth said the school had ``⟦p:b|changed beyond recognition but kept its heart⟧''. ``⟦d:b|What hasn't changed is the noise at home time,⟧'' he joked.
Year 6 pupil Aarav Menon, 11, had interviewed former pupils for a history project. ``⟦d:c|Ivy told me they had to walk two miles to school in the snow. I asked if it was uphill both ways and she said yes,⟧'' he said.
One former pupil, now in her seventies, summed up the mood: ``⟦d:d|It's still the same corridor. It's just got shorter.⟧''

### 053
@a Lucinda Farrow | prosecuting
@b Hassan Mirza | defending
@c Gordon Whitely | Chairman of the bench
A man who drove through a red light and into a stationary police car while more than twice the drink-drive limit has been banned from driving for three years.
Ryan Shepherd, 34, of Foundry Street, Calderton, pleaded guilty at Calderton Magistrates' Court to drink-driving and driving without insurance.
Lucinda Farrow, prosecuting, told the court that two officers had been waiting at the junction of Mill Road and Station Street at 11.40pm on 12 April when Shepherd's car hit them. "⟦d:a|The officers were shaken but, thankfully, not seriously hurt,⟧" she said. "⟦d:a|The defendant told them, 'I didn't see you, mate, you should have had your lights on.' The police car had its lights on.⟧"
Hassan Mirza, defending, said his client had lost his job and his relationship since the crash. "⟦d:b|He is deeply ashamed. He has not touched alcohol since that night and he has asked me to apologise to the officers,⟧" he said.
Shepherd, dressed in a grey suit, spoke only to confirm his name and address.
Chairman of the bench Gordon Whitely told him: "⟦d:c|You could have killed someone. You are very lucky that you are not facing far more serious charges.⟧"
He was also fined £600 and ordered to pay £85 costs and a £240 surcharge.

### 054
@a Shirin Farahani | a nurse from Carnford
@b Bethan Lloyd-Jones | sheep farmer
A spaniel that vanished on a beach walk in Porthgwyn has been found alive 11 days later — 40 miles away on a hill farm.
Biscuit, a four-year-old cocker spaniel, ran off after a seagull on 2 March. Her owner, Shirin Farahani, a nurse from Carnford, put up 500 posters and spent every day off searching the coast.
“⟦d:a|People kept telling me to prepare myself. I couldn't. I just kept thinking, she's out there somewhere and she's hungry,⟧” she said.
On Thursday, sheep farmer Bethan Lloyd-Jones found a muddy spaniel asleep in her lambing shed. “⟦d:b|She'd eaten half a bag of the dog food and was snoring on a bale. Very pleased with herself,⟧” said Lloyd-Jones, who recognised Biscuit from an appeal online.
How the dog travelled 40 miles is a mystery. “⟦d:b|My theory is she hitched a lift in the back of somebody's trailer. She's clearly not stupid,⟧” Lloyd-Jones said.
Farahani drove up the same evening. “⟦d:a|She ran at me and knocked me flat. Then she went straight back to the dog food.⟧”

### 055
@a Everton Lascelles | -
@b Maxine Duvall | The saxophonist
@c Imani | His daughter
Everton Lascelles, who has died aged 88, was a jazz pianist whose light touch and fondness for unexpected silences made him one of the most admired accompanists of his generation, though he remained little known outside the clubs where he played for six decades.
Born in Port Esther, the son of a church organist, he arrived in the city aged 19 with, as he liked to say, “⟦p:a|one suit, one tune and no plan⟧”.
He was unapologetic about the spaces in his playing. “⟦d:a|Anybody can fill a bar with notes. The hard part is knowing what to leave out,⟧” he told an interviewer in 1994. “⟦d:a|I learned that from my father. In church you wait for the congregation.⟧”
The saxophonist Maxine Duvall, who worked with him for more than twenty years, said: “⟦d:b|Everton made everybody on the bandstand sound better than they were. He listened harder than anyone I ever played with.⟧”
In later life he taught at the Fenwick School of Music and played every Sunday at the Blue Anchor in Caldwick until 2022, when his eyesight failed. His daughter, Imani, said he had gone on playing at home “⟦p:c|every single day, mostly to the cat⟧”.
His wife, Dolores, died in 2011. He is survived by Imani and by two grandsons.

### 056
@a Anneliese Kroll | -
@b Judith Amsel | her colleague at the Halden Institute for more than thirty years
@c Fatima Zahra Benali | her former doctoral student
Anneliese Kroll, who has died aged 91, was a soil scientist whose work on how fungi move nutrients between tree roots helped to transform the understanding of how forests function.
She began the research in the 1960s, when the idea that trees might share resources was regarded, as she later put it, as "⟦p:a|somewhere between eccentric and mad⟧".
"⟦d:a|For fifteen years people nodded politely at conferences and then went to the bar to laugh at me,⟧" she told this newspaper in 2008. "⟦d:a:m|I didn't mind the laughing. I minded that nobody went out and dug a hole to check.⟧
"⟦d:a|Then they stopped laughing, and a few years after that they started claiming they'd thought of it first.⟧"
Kroll was born in Wesselburg, the daughter of a forester, and spent her childhood, she said, "⟦p:a|mostly up trees⟧".
Judith Amsel, her colleague at the Halden Institute for more than thirty years, said: "⟦d:b|Anneliese was fearless in the field and terrifying in seminars. If your data were sloppy, she would find the hole in ten seconds. If they were good, she would fight for you for the rest of your career.⟧"
Fatima Zahra Benali, her former doctoral student, said: "⟦d:c|She taught me to trust the forest more than the model. The model is what you think. The forest is what is.⟧"
Kroll never married. She is survived by her nephew, Tobias.

### 057
@a Jaspreet Sandhu | His son
@b - | one long-time customer
@c Moira Keane | Ward councillor
Harbhajan Singh Sandhu, who ran the corner shop on Carlisle Terrace in Westfield for 46 years, has died aged 84.
Known to generations of customers simply as “⟦s:-|Mr Sandhu⟧” or, to children, “⟦s:-|the sweetie man⟧”, he opened the shop in 1978 and worked behind the counter until last spring.
His son Jaspreet, who took over the business, said his father had refused to retire.
“⟦d:a|We tried. Many times. He would say, ‘If I sit at home I will die, and if I come to the shop I will die, so I may as well come to the shop,’⟧” Jaspreet Sandhu said.
During the long strike at the Westfield works in 1984, Mr Sandhu let families take groceries on credit. “⟦d:b|He kept a little book of what people owed. When the strike ended he tore it up in front of us,⟧” one long-time customer said.
Ward councillor Moira Keane said flowers had been left outside the shop all week. “⟦d:c|He knew every family on this estate. He knew who was poorly, who had a new baby, who needed a bit of help and would never ask for it,⟧” she said.
Mr Sandhu is survived by his wife, Gurmeet, three children and seven grandchildren.

### 058
@a Tommy Gillanders | the Dunmarnock Rovers winger whose hat-trick in the 1971 Caledonian Cup final is still talked about in the town
@b Alasdair Rennie | -
@c Dunmarnock Rovers | -
Tommy Gillanders, the Dunmarnock Rovers winger whose hat-trick in the 1971 Caledonian Cup final is still talked about in the town, has died at the age of 79.
Gillanders made 412 appearances for Rovers between 1964 and 1978 and was famous for his reluctance to train. "⟦d:a|I was fast enough on a Saturday. Why waste it on a Tuesday?⟧" he once said.
The cup final, in which he scored three times in the last 20 minutes against Port Aird, became known locally as "⟦s:-|the Gillanders final⟧".
Alasdair Rennie, who played alongside him for nine seasons, said: "⟦d:b|Tommy could beat three men and then stop and wait for the fourth, just to beat him too. Managers hated it. Supporters loved it.⟧"
Dunmarnock Rovers said in a statement that everyone at the club was "⟦p:c|heartbroken⟧". "⟦d:c|Tommy was a Rover to his bones. Our thoughts are with Elsie and the family,⟧" the statement added.

### 059
@a Jean-Baptiste Ngoma-Lutete | President
@b Clarisse Obiang-Ndour | His main challenger
@c Hilda Mwangaza | head of the Regional Electoral Observation Mission
LUNGALA, Nov 27 (Meridian) - President Jean-Baptiste Ngoma-Lutete won a third term in Kalundi's presidential election with 58.4 percent of the vote, the electoral commission said on Wednesday, a result the opposition immediately rejected.
Ngoma-Lutete, 67, thanked voters in a televised address. «⟦d:a|Le peuple a parlé, et il a parlé clairement⟧», he said. "⟦d:a|The people have spoken, and they have spoken clearly.⟧"
His main challenger, Clarisse Obiang-Ndour, who officially won 36.1 percent, told supporters in the capital that the count had been "⟦p:b|fraudulent from beginning to end⟧".
"⟦d:b|We have evidence from more than 400 polling stations. We will take it to the constitutional court, and if the court does not listen, we will take it to the street — peacefully,⟧" she said.
Hilda Mwangaza, head of the Regional Electoral Observation Mission, said voting had been largely calm but that observers had noted "⟦p:c|serious irregularities⟧" in the tabulation of results in three provinces.
"⟦d:c|We call on all parties to exercise restraint and to pursue their grievances through legal channels,⟧" she said.
(Reporting by Patrice Mabiala-Kouka; Editing by Sian Whitlow)

### 060
@a Burak Aydemir | a rescue volunteer who had driven 600 km from the coast to help
@b Hatice Kılınçarslan | a retired seamstress
@c - | A spokesperson for the disaster management agency
@d Jonas Breitkreuz | head of the Federation of Relief Societies delegation in the country
KARADERE, Nov 3 (Meridian) - Rescuers pulled a 70-year-old woman alive from the rubble of her apartment building on Sunday, 52 hours after a magnitude 7.1 earthquake struck the mountainous east of the country, as the death toll rose above 1,200.
"⟦d:a|We heard her tapping on a pipe. Three taps, then silence, then three taps,⟧" said Burak Aydemir, a rescue volunteer who had driven 600 km from the coast to help. "⟦d:a|When we reached her she asked for water, and then she asked if her cat was alive.⟧"
She was named by relatives as Hatice Kılınçarslan, a retired seamstress. Speaking to reporters from a stretcher outside a field hospital, she said through a translator: "⟦d:b|I prayed and I waited. What else could I do?⟧"
The cat, neighbours said, had been found the day before.
A spokesperson for the disaster management agency said more than 9,000 rescuers were working in the region and that search operations would continue "⟦p:c|as long as there is hope⟧".
Jonas Breitkreuz, head of the Federation of Relief Societies delegation in the country, warned that temperatures were forecast to fall below freezing by midweek. "⟦d:d|Tens of thousands of people are sleeping in cars and tents. Shelter is now as urgent as rescue,⟧" he said.

### 061
@a Helle Brønstad | the special envoy of the Nordic Mediation Council
@b Vakhtang Melikov | Ardania's chief negotiator
@c - | A member of the Tessin Vale delegation
SANKT ALBERN, March 4 (Meridian) - Delegations from Ardania and the breakaway region of Tessin Vale ended a third round of talks on Tuesday without agreement on a ceasefire, but agreed to meet again within a month, the mediator said.
“⟦d:a|We are not where we hoped to be. But nobody walked out, and nobody slammed a door, and in this process that is progress,⟧” said Helle Brønstad, the special envoy of the Nordic Mediation Council, who chaired the talks.
Ardania's chief negotiator, Deputy Foreign Minister Vakhtang Melikov, said his government remained committed to “⟦p:b|a just and lasting peace⟧” but accused the other side of “⟦p:b|using the talks to rearm⟧”.
“⟦d:b|Every week of talks has been a week of shelling,⟧” he told reporters outside the conference centre.
A member of the Tessin Vale delegation, speaking on condition of anonymity, said: “⟦d:c|We came with a map and they came with a speech.⟧”
Brønstad declined to give details of the disagreements. “⟦d:a|We do not negotiate through the press,⟧” she said.

### 062
@a Dorottya Szalai | one of the organisers
@b Réka | a 19-year-old student who declined to give her surname
@c Gergely Tornai | Government spokesman
@d Tarnova city police | -
TARNOVA, June 14 (Meridian) - Tens of thousands of people marched through the capital on Saturday against a proposed law that would require media outlets receiving money from abroad to register as "⟦s:-|foreign agents⟧".
Protesters chanted "⟦s:-|Free press, free country!⟧" and carried banners reading "⟦s:-|We are not agents⟧".
"⟦d:a|This law is copied word for word from the playbook of every government that wants to silence its critics,⟧" said Dorottya Szalai, one of the organisers, speaking from a stage in Liberty Square. "⟦d:a|They call it transparency. We call it what it is.⟧"
Réka, a 19-year-old student who declined to give her surname, said it was her first protest. "⟦d:b|My parents marched thirty years ago. I didn't think I would have to do the same thing,⟧" she said.
Government spokesman Gergely Tornai said the law was "⟦p:c|about transparency, nothing more⟧". "⟦d:c|If you have nothing to hide, registration costs you nothing,⟧" he said.
Tarnova city police said the march had been "⟦p:d|overwhelmingly peaceful⟧" and that two people had been detained for throwing bottles.
(Reporting by Márton Kelemen; Editing by Ana Duarte)
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh94.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh94",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
