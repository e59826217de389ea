# ruff: noqa: E501
"""Build ``quotes_fresh138.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets (central banks, market wraps, earnings calls, start-up
funding, retail and housing figures, a port strike, a trade deal), science and health
(a new species, a drug trial, a space mission, corridor waits, a vaccine clinic, a
mental-health campaign), technology (an app outage, a gadget review, a council
cyberattack), sport (match reports and press conferences in football, cricket,
rugby, tennis, athletics, cycling, basketball, racing and golf), travel, culture
reviews with artists' quotes (theatre, music, books, art, film, television,
classical, a restaurant), consumer stories, local news, obituaries, and
international wire copy with translated quotes. Outlets vary from wire to
broadsheet, tabloid, local paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh138-NNN``.

Conventions (the same as ``build_quotes_fresh8.py`` and ``build_quotes_fresh58.py``):

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
  it (``Dad-of-two Dean Harkins, 38, a plumber from Luton``): the appositive is the
  description. A title or relational phrase before the name alone (``Governor``,
  ``Station manager``, ``Mum-of-three``, ``Her son, Chidi``, ``the health minister,
  Fiona Glendinning``) is the description. A nationality or possessive before the
  name (``Kenya's Faith Chepkoech``) is not.
* Where a speaker is introduced without an appositive and the passage then refers to
  them by a definite description at a cue or in the next sentence (``the 26-year-old``,
  ``the captain``, ``the rookie``, ``the director``, ``the Australian``), that
  description is taken.
* An appositive is taken whole with a restrictive relative clause (no comma: ``a
  professor of neurology … who was not involved in the trial``); a non-restrictive
  one (after a comma: ``…, who was not involved in the research``) is not part of the
  description. A relative clause on its own (``Mohammed Iqbal, who runs a convenience
  store``) gives a null description.
* An organisation speaking (``the bank said``, ``the council said``, ``it said in a
  statement``) is the speaker under its fullest name in the passage; its description
  is the definite or relational phrase the passage uses for it (``the bank``, ``The
  port's operator``, ``Her supplier``), else null. A group of unnamed people
  (``analysts at Petrie Hume``, ``Inspectors from the Schools Standards Office``,
  ``mission controllers``) has a null speaker and that phrase as the description.
* An unnamed individual's description is the noun phrase at the cue (``One
  resident``, ``one audience member``), without a following non-restrictive clause or
  second appositive (``, a retired librarian``).
* A printed reader's letter belongs to the signatory; the columnist's (or a
  first-person writer's) own quoted question is ``direct`` with speaker and
  description null. A named moderator's or unnamed reporter's question is that
  person's speech.
* Words attributed to a person inside someone else's reported speech (``what he
  described to them as a "low-risk growth fund"``) are ``partial`` with that person
  as speaker. Remarks quoted from a person's past interviews (obituaries) are that
  person's ``direct`` speech.
* A quote with no cue that follows a speaker's quote in the previous paragraph, or a
  paragraph about that speaker, belongs to that speaker.
* Automated messages shown by an app, and a figurative phrase put in quotation marks
  by the reporter (``went on strike``), are ``scare``. A shout from a crowd or gallery
  with no identified speaker is ``direct`` with speaker and description null.
* In a ``Q:`` / ``A:`` interview, a quote inside an answer attributed to an unnamed
  relation or colleague (``My grandfather``, ``A colleague of mine``) has a null
  speaker and that phrase as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh138.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh138.jsonl")

PASSAGES = """
### 001
@a Norvask Central Bank | the bank
@b Elin Rask | Governor
@c Jonas Melberg | chief economist at Fjordline Securities
@d Ingrid Saaby | a strategist at Halvik Savings Bank
HALVIK, March 14 (Meridian Wire) - The Norvask Central Bank held its benchmark rate at 4.25% on Thursday for a third straight meeting, saying inflation was cooling "⟦p:a|more slowly than the board would like⟧" and pushing back against market bets on a cut before the summer.
"⟦d:b|We are not in a hurry,⟧" Governor Elin Rask told a news conference. "⟦d:b|The last mile of disinflation is the hardest, and we intend to walk it carefully.⟧"
Rask said the board had discussed a quarter-point cut but that the decision to hold was unanimous. Asked whether a move in April was now off the table, she said: "⟦d:b|Nothing is off the table. Nothing is on it either.⟧"
The krona firmed 0.4% against the euro after the decision, and two-year government bond yields rose nine basis points.
"⟦d:c|The message was clearly hawkish,⟧" said Jonas Melberg, chief economist at Fjordline Securities. "⟦d:c|She is telling the market it got ahead of itself, and the market is listening.⟧"
Ingrid Saaby, a strategist at Halvik Savings Bank, said she still expected two cuts this year. "⟦d:d|By June the data will be doing the talking, whatever the governor says today,⟧" she said.
In its statement, the bank said wage growth remained "⟦p:a|uncomfortably strong⟧" and that it stood ready to act "⟦p:a|in either direction⟧" if the outlook changed.
(Reporting by Kasper Lind; Editing by Mira Toft)

### 002
@a Oluwaseun Adebayo-Clarke | head of equities at Tamsin & Rowe
@b Henrietta Vos | a fund manager at Larchmont Capital
@c - | one trader at a City broker who asked not to be named
@d - | analysts at Petrie Hume
Shares in London endured their worst week since October as a sell-off in mining and banking stocks gathered pace on Friday, leaving the FTSE 100 down 2.1 per cent over five sessions.
The slide began on Tuesday, when weaker-than-expected factory data from Asia knocked copper prices, and deepened on Wednesday after a profit warning from the lender Caldmoor Group, whose shares fell 14 per cent in a single session.
“⟦d:a|This is a market that had priced in a perfect landing and is now being reminded that perfect landings are rare,⟧” said Oluwaseun Adebayo-Clarke, head of equities at Tamsin & Rowe.
“⟦d:a:m|I wouldn't call it panic. Volumes were heavy, but nobody was selling everything. People were selling the things they'd been told were safe.⟧
“⟦d:a|That's the tell. When the ‘defensive’ names go first, it usually means everyone was standing in the same corner of the room.⟧”
Henrietta Vos, a fund manager at Larchmont Capital, said she had been quietly adding to positions in housebuilders. “⟦d:b|Everyone is looking at the same three charts,⟧” she said. “⟦d:b|We'd rather look at the balance sheets, and some of those are in far better shape than the share prices suggest.⟧”
Not everyone was so sanguine. “⟦d:c|It felt like the last hour of a party when somebody's turned the big lights on,⟧” said one trader at a City broker who asked not to be named.
Sterling slipped a cent against the dollar. In a note to clients, analysts at Petrie Hume said the pound looked “⟦p:d|vulnerable to further disappointment⟧” ahead of next week's inflation figures.

### 003
@a Rafael Quintero-Mays | chief executive
@b Daniel Achterberg | the finance chief
@c Sunita Pillai | an analyst at Corwen Partners
@d Brannock Foods | -
Brannock Foods cut its full-year profit forecast on Thursday, blaming a slump in demand for its premium ready meals and what it called a "⟦p:d|brutal⟧" cocoa market that has more than doubled the cost of making its biscuits.
Shares in the group fell 11% by midday.
"⟦d:a|We are not going to pretend this was a good quarter,⟧" chief executive Rafael Quintero-Mays told analysts on a conference call. "⟦d:a|It wasn't. Shoppers traded down faster than we expected, and we were slow to respond.⟧"
Quintero-Mays said the group would cut the price of 40 products from next month and close its plant in Dunmere, affecting about 300 jobs. "⟦d:a|These are people who have worked for us for decades, and I don't take that lightly,⟧" he said.
Daniel Achterberg, the finance chief, said cost savings of 60 million pounds were "⟦p:b|largely locked in⟧".
Sunita Pillai, an analyst at Corwen Partners, asked whether the price cuts would simply eat further into margins. "⟦d:c|Aren't you just buying volume that you'll have to give back next year?⟧" she asked.
"⟦d:b|It's a fair question,⟧" Achterberg replied. "⟦d:b|Our view is that if we don't get shoppers back into the aisle now, there is no next year to worry about. We've modelled it, and the maths works at the volumes we need.⟧"

### 004
@a Ayaan Mehrotra | chief executive
@b Lucía Ferrandiz | a former hydrologist
@c Greta Hallström | a partner at Northwind Ventures
@d Tessellate | the company
Tessellate, a Lisbon-based start-up that makes soil-moisture sensors and software for small farms, has raised €42 million in a Series B round led by Northwind Ventures.
The company describes its product as “⟦p:d|a weather station, an agronomist and a spreadsheet in one box⟧”.
“⟦d:a|Most farm software is built for farms with a thousand hectares and an IT department,⟧” said chief executive Ayaan Mehrotra, who founded Tessellate in 2019 with Lucía Ferrandiz, a former hydrologist. “⟦d:a|Our customers have forty hectares and a nephew who is good with phones.⟧”
The money will be used to expand into Morocco and Kenya and to hire about 60 engineers, Mehrotra said.
Ferrandiz said the company had been profitable in Portugal since last spring, which she said set it apart from much of the “⟦s:-|agtech⟧” sector. “⟦d:b|We were never going to be the flashiest pitch in the room,⟧” she said. “⟦d:b|But our sensors are still in the ground after four winters, and that's the pitch.⟧”
Greta Hallström, a partner at Northwind Ventures, said the firm had looked at more than 30 companies in the sector before settling on Tessellate. “⟦d:c|What we liked was that they talk to farmers more than they talk to investors,⟧” she said.
Hallström will join the board.
Asked about a possible stock-market listing, Mehrotra laughed. “⟦d:a|Ask me in five years. Right now I'd rather ask the soil.⟧”

### 005
@a Thandiwe Mokoena | a herpetologist at the University of Kwelera who led the study
@b Sipho Ndlovu | a doctoral researcher in Dr Mokoena's group
@c Marguerite Oyelaran | an amphibian specialist at the Stellbury Natural History Museum
A frog no bigger than a thumbnail that spends its entire life in the leaf litter of a single mountain forest has been described as a new species by scientists in southern Africa.
The frog, which the team has named Arthroleptella kwelerensis, was heard long before it was seen: its call, a high-pitched click repeated every few seconds, had been recorded for years without anyone managing to find the animal making it.
"⟦d:a|We used to joke that it was a cricket with ambitions,⟧" said Dr Thandiwe Mokoena, a herpetologist at the University of Kwelera who led the study. "⟦d:a|It took three field seasons, a lot of kneeling in mud and one very patient student to actually get our hands on one.⟧"
Sipho Ndlovu, a doctoral researcher in Dr Mokoena's group, eventually found the frogs by lying motionless on the forest floor at night for up to two hours at a time.
"⟦d:b|You stop moving, you stop breathing loudly, and after a while the forest forgets you're there,⟧" he said. "⟦d:b|Then they start calling again, and you crawl towards the sound a centimetre at a time.⟧"
The team estimates that fewer than 2,000 of the frogs survive, all within an area of about four square kilometres. Mokoena said that made the species "⟦p:a|extraordinarily vulnerable⟧" to a single bad fire or a shift in rainfall.
Marguerite Oyelaran, an amphibian specialist at the Stellbury Natural History Museum, who was not involved in the research, said the discovery was a reminder of how much remained unknown. "⟦d:c|If a frog can hide this well in a forest people have been walking through for a century, imagine what we're missing elsewhere,⟧" she said.
"⟦d:c|The sad part is that we may be describing some of these species just in time to watch them go.⟧"

### 006
@a Maureen Dobbs | a retired school cook
@b Janine Dobbs | her daughter
@c - | A spokesperson for Wrexford and District Hospitals Trust
@d Kwame Asante | regional organiser for the Nursing and Midwifery Union
@e Fiona Glendinning | the health minister
An 81-year-old woman from Pellham waited more than 19 hours on a trolley in a corridor at Wrexford General Hospital after a fall at home, her family has said.
Maureen Dobbs, a retired school cook, was taken to the emergency department by ambulance shortly after 3pm on Sunday with a suspected broken hip. She was not given a bed on a ward until 10.20am the next day.
“⟦d:b|Mum never complains, about anything, and by the morning she was crying,⟧” said her daughter, Janine Dobbs, 54. “⟦d:b|The nurses were wonderful. They were run off their feet. There just weren't enough of them.⟧”
Mrs Dobbs herself was more stoical. “⟦d:a|I've had worse nights. I had five children,⟧” she told the Courier from her ward bed.
A spokesperson for Wrexford and District Hospitals Trust said: “⟦d:c|We are sorry that Mrs Dobbs waited longer than she should have. Our emergency department saw record attendances over the weekend, and we are working hard to improve the flow of patients through the hospital.⟧”
Kwame Asante, regional organiser for the Nursing and Midwifery Union, said corridor care had become “⟦p:d|normalised in a way that should shame all of us⟧”.
“⟦d:d|Every winter we are told this is exceptional. It isn't exceptional any more. It's February, it's a Tuesday, it's every week,⟧” he said.
Last week the health minister, Fiona Glendinning, told MPs that corridor waits were “⟦p:e|unacceptable but falling⟧”.

### 007
@a Keiko Ishikawa | a neurologist at Sendai Medical University and the study's lead author
@b Lars Ebbesen | a professor of neurology at Aarvik University Hospital who was not involved in the trial
@c Rosalind Chua | a trial participant from Singapore
@d Veltris Pharma | the company
A once-monthly injection cut the number of days patients spent with cluster headaches by almost half in a late-stage trial, researchers reported on Wednesday, raising hopes for a condition so painful it is sometimes known as "⟦s:-|suicide headache⟧".
The study of 612 adults in nine countries, published in the Journal of Clinical Neurotherapeutics, found that those given the drug, known as VX-310, had on average 7.8 fewer headache days a month than those given a placebo.
"⟦d:a|For a condition where we have had so little to offer, this is a real step,⟧" said Dr Keiko Ishikawa, a neurologist at Sendai Medical University and the study's lead author. "⟦d:a|It is not a cure. But for some patients it was the difference between losing a week every month and losing a day.⟧"
Side effects were mostly mild, the researchers said, although 4% of those on the drug dropped out because of reactions at the injection site.
Lars Ebbesen, a professor of neurology at Aarvik University Hospital who was not involved in the trial, called the results "⟦p:b|genuinely encouraging⟧" but cautioned that the study had lasted only six months.
"⟦d:b|Cluster headache comes in bouts, sometimes years apart,⟧" he said. "⟦d:b|We need to know whether the benefit holds up through the next bout, and the one after that.⟧"
Rosalind Chua, 46, a trial participant from Singapore, said she had not known whether she was receiving the drug until the study ended. "⟦d:c|By the third month I was fairly sure,⟧" she said. "⟦d:c|I'd started making plans again.⟧"
Veltris Pharma, which developed the drug and paid for the study, said it would apply for approval in Europe and the United States this year. "⟦d:d|We are proud of these data and grateful to every patient who took part,⟧" the company said in a statement.

### 008
@a PayBeam | the firm
@b Dean Harkins | a plumber from Luton
@c Shazia Begum | -
@d - | Another user
@e Martyn Pryce | Consumer champion
MILLIONS of shoppers were left red-faced at tills yesterday after the PayBeam app crashed for almost six hours - on one of the busiest shopping days of the year.
Furious customers flooded social media as payments failed, balances vanished and the app's chat helper kept telling them to "⟦s:-|try again later⟧".
Dad-of-two Dean Harkins, 38, a plumber from Luton, was stranded at a petrol station with a full tank and no way to pay. "⟦d:b|I had to leave my driving licence with the cashier like some sort of hostage,⟧" he said. "⟦d:b|Absolute joke.⟧"
Shazia Begum posted: "⟦d:c|Trying to buy my mum's birthday cake and the card just says DECLINED. Thanks PayBeam, she's 70 not 7, she'll notice.⟧"
Another user wrote: "⟦d:d|Six hours. SIX. Who's running this thing, a hamster?⟧"
PayBeam blamed a "⟦p:a|configuration change⟧" made during routine maintenance.
In a statement last night, the firm said: "⟦d:a|We're really sorry. Nobody's money was lost and all affected payments will be reversed automatically within 48 hours. We know that's not much comfort if you were stuck at the till, and we'll be doing a full review.⟧"
Consumer champion Martyn Pryce was unimpressed. "⟦d:e|Apologies are cheap,⟧" he said. "⟦d:e|Anyone left out of pocket should be compensated, full stop.⟧"

### 009
@a Amélie Kouassi-Renard | the digital affairs minister
@b Thibault Marchetti | leader of the opposition Union for Order
@c Alliance Sécurité | The police union
@d Noor El-Haddad | a lawyer with the campaign group Libertés Numériques
SAINT-ALBRECHT, Sarrelande — Sarrelande's parliament on Tuesday approved one of Europe's strictest laws on facial recognition, banning its use by police in public spaces except in cases of terrorism or child abduction.
The bill passed by 112 votes to 64 after a debate that ran past midnight.
«⟦d:a|Nous ne serons pas les cobayes de la surveillance de masse⟧», the digital affairs minister, Amélie Kouassi-Renard, told deputies before the vote. “⟦d:a|We will not be the guinea pigs of mass surveillance.⟧”
Kouassi-Renard, 41, a former software engineer, said the government had been “⟦p:a|deliberately narrow⟧” in the exceptions it allowed. Asked by reporters whether the law would survive a challenge before the Constitutional Council, she said: “⟦d:a|I have no doubt. None.⟧”
Thibault Marchetti, leader of the opposition Union for Order, accused the government of tying the hands of officers. «⟦d:b|Vous désarmez la police au nom d'une peur abstraite⟧», he said. “⟦d:b|You are disarming the police in the name of an abstract fear.⟧”
The police union Alliance Sécurité said in a statement that the law would make officers' work “⟦p:c|more difficult and more dangerous⟧”.
Outside the parliament building, several hundred supporters of the bill waited through the night, some holding placards reading «⟦s:-|Mon visage m'appartient⟧» (My face belongs to me).
“⟦d:d|This is the first time a government in this region has said no before the cameras went up rather than after,⟧” said Noor El-Haddad, a lawyer with the campaign group Libertés Numériques. “⟦d:d|Usually we are fighting to take them down.⟧”

### 010
@a Sergio Valdés-Ortega | Dunmore's manager
@b Gareth Pugh | the Kestrel manager
@c Kofi Mensah-Boateng | the 19-year-old
Kofi Mensah-Boateng had never started a league game before Saturday. By half-time he had two goals, and by the final whistle the 19-year-old had a standing ovation from the Eastgate End and the match ball tucked under his arm.
Dunmore's 3-1 win over Kestrel Vale lifts them to fourth and leaves their visitors, who had won five in a row, looking distinctly ordinary.
“⟦d:a|He's been knocking on the door for months,⟧” said Dunmore's manager, Sergio Valdés-Ortega. “⟦d:a|Today he kicked it down. I told him this morning, ‘Just play like you play on Tuesdays in training,’ and he did exactly that.⟧”
The Spaniard was less effusive about his side's second-half display, when Kestrel pulled a goal back through Ilie Dragomir and briefly threatened to make a game of it. “⟦d:a|We stopped passing. We started admiring ourselves,⟧” he said.
Mensah-Boateng, who joined the academy at the age of nine, admitted he had barely slept. “⟦d:c|I kept thinking, what if I miss an easy one?⟧” he said. “⟦d:c|Then the first one went in off my shin, so I suppose I got the ugly one out of the way.⟧”
Gareth Pugh, the Kestrel manager, refused to single anyone out. “⟦d:b|We were second to everything in the first half. That's not one player, that's all of us, and it starts with me,⟧” he said.
Asked whether the winning run had gone to his players' heads, Pugh shook his head. “⟦d:b|No. They're a good group. Good groups have bad days.⟧”

### 011
@a Farhan Siddiqui | the captain
@r - | One reporter
@b Johanna Strauss | the first woman to coach a men's Test side in the country
@c Callum Reith | The visiting captain
Farhan Siddiqui did not reach for excuses. Asked how his side had lost nine wickets for 41 runs on the final afternoon at Karrow Park to hand the series to the visitors, the captain sat back and exhaled.
"⟦d:a|We panicked. There's no other word for it,⟧" he said. "⟦d:a|We had a plan to bat the day out and we forgot it at the first sign of pressure.⟧"
One reporter asked whether the batting order would be changed for the final Test in Pemberton. "⟦d:r|Is it time to bring back Raza?⟧"
"⟦d:a|You'll see the team when you see the team,⟧" Siddiqui said, before relenting slightly. "⟦d:a|Everyone's under review. Me included.⟧"
Head coach Johanna Strauss, the first woman to coach a men's Test side in the country, was more measured. "⟦d:b|Two days ago we were talking about a series win. Cricket's a cruel game when you let it be,⟧" she said. "⟦d:b|The boys are hurting, and they should be. That's a good sign, not a bad one.⟧"
The visiting captain, Callum Reith, described his bowlers' spell after tea as "⟦p:c|the best hour of cricket I've been part of⟧".
"⟦d:c|We just kept asking questions and eventually they ran out of answers,⟧" he said.

### 012
@a Valentina Orsolić | the fourth seed
@b Mei-Lin Zhao | -
@c Aurélie Mbatha | the defending champion
Valentina Orsolić saved three match points before beating Mei-Lin Zhao 6-7 7-6 7-5 in a semi-final lasting more than three hours at the Harrowgate Open on Saturday.
“⟦d:a|Honestly, at 5-3 down in the second I was thinking about my flight home,⟧” said Orsolić, the fourth seed, who will face the defending champion Aurélie Mbatha in Sunday's final.
“⟦d:a|Then she missed a forehand by this much and I thought, OK, maybe not yet.⟧”
Zhao, 20, playing in her first semi-final at this level, was in tears at her press conference but composed herself to speak. “⟦d:b|I had my chances. I didn't take them. She did,⟧” she said through an interpreter. “⟦d:b|But I know now I can play with these players. That's what I take home.⟧”
Asked about the crowd, which booed a line call that went against Orsolić late in the third set, Zhao said the atmosphere had been “⟦p:b|a little scary, but mostly beautiful⟧”.
Orsolić said she had sent a message to Zhao's coach after the match. “⟦d:a|She's going to win one of these soon. I told her that, and I meant it,⟧” she said.
Mbatha, who beat Priya Venkataraman 6-2 6-1 in the other semi-final, said she had watched the end of the match from the locker room. “⟦d:c|I was exhausted just watching,⟧” she said. “⟦d:c|Whoever won was going to be tired tomorrow. That's not my problem, though.⟧”

### 013
@a Dai Llewellyn | Carrowby coach
@b Osian Rees | full-back
@c Rhodri Pugh-Evans | Captain
@d Ffion Mathias | Club secretary
Carrowby RFC kept their promotion hopes alive with a gritty 18-15 win over Tregaron Wanderers at a rain-soaked Cae Mawr on Saturday, a late penalty from full-back Osian Rees settling a tense contest.
``⟦d:a|We made hard work of it, but the lads dug in,⟧'' said Carrowby coach Dai Llewellyn. ``⟦d:a|In these conditions you don't win pretty. You win ugly or you don't win at all.⟧''
Rees, 20, who had missed two earlier kicks, admitted his nerves had been jangling. ``⟦d:b|The ball was like a bar of soap,⟧'' he said. ``⟦d:b|I just told myself, same routine, same routine, and thank God it went over.⟧''
Captain Rhodri Pugh-Evans paid tribute to the pack. ``⟦d:c|The boys up front were immense. Tregaron threw everything at us in the last ten minutes and we didn't take a backward step,⟧'' he said.
Off the field, the club is appealing for volunteers ahead of its 125th anniversary season.
Club secretary Ffion Mathias said: ``⟦d:d|We've had the same six people doing the teas, the gate and the line-marking for about fifteen years. We'd love some fresh faces, and we'll even teach you the rules.⟧''

### 014
@a Tigist Alemayehu | The 26-year-old
@b Bereket Haile | Her coach
@c Faith Chepkoech | -
@d Hamish Cowie | Race director
Tigist Alemayehu broke the course record at the Lochmere Marathon on Sunday, finishing in 2:19:44 despite a headwind over the final ten kilometres that forced most of the elite field to slow dramatically.
The 26-year-old, running only her third marathon, pulled away from Kenya's Faith Chepkoech on the long climb at Birkhill and was never caught.
“⟦d:a|At 30 kilometres my legs were saying stop, but my head was saying this is your day,⟧” Alemayehu said through an interpreter. “⟦d:a|I listened to my head.⟧”
Her coach, Bereket Haile, said the pair had trained for the hills specifically. “⟦d:b|We went up to Entoto every weekend for two months. She hated it. Today she understood why,⟧” he said.
Chepkoech, who finished 48 seconds back, said she had “⟦p:c|no regrets⟧”. “⟦d:c|I tried to go with her on the hill and I couldn't. She was stronger. That's racing,⟧” she said.
Race director Hamish Cowie said the record would “⟦p:d|put Lochmere on the map⟧”. “⟦d:d|We've been telling people this is a fast course for years. Now we've got the proof, and in a gale,⟧” he said.

### 015
@a Eleni Vlachou | the owner of the Spiti Anemos guesthouse
@b Yiannis | Her grandson
The ferry to Kalyvos runs twice a week in winter, if the wind allows, and on the morning I arrived the wind did not allow. I spent a night in the port town of Agia Marina, eating grilled octopus in an empty taverna whose owner kept apologising for the weather as if it were his fault.
When I finally stepped onto the quay the next afternoon, Eleni Vlachou, the owner of the Spiti Anemos guesthouse, was waiting with a wheelbarrow for my bag.
“⟦d:a|Cars are for Athens,⟧” she said, when I asked whether there was a taxi. “⟦d:a|Here we have legs.⟧”
Kalyvos has 140 year-round residents, a single bakery and a church whose bell is still rung by hand. It also has, since a travel influencer posted a video of its blue-doored alleys last summer, a problem.
“⟦d:a:m|In August there were more people here taking photographs of my door than there are people on the whole island in January. They sit on my steps. They ask me to move my washing.⟧
“⟦d:a|I said to one girl, ‘This is not a museum, this is my house.’ She said, ‘But it's so authentic.’ Yes, because I live in it.⟧”
Her grandson Yiannis, 24, who came back from Athens to help run the guesthouse, is more philosophical. “⟦d:b|Five years ago the school was going to close. Now there are eleven children. Some of that is because of the tourists, whether my grandmother likes it or not,⟧” he said.
“⟦d:-|So what's the answer?⟧” I asked them both over dinner.
Eleni shrugged. “⟦d:a|Come in October,⟧” she said. “⟦d:a|The sea is still warm, the figs are ready and nobody wants my door.⟧”

### 016
@a Anneliese Brandt | chief executive of Nordlicht Nachtzug
@b Patrick Oduya | a retired engineer
@c Joan Oduya | His wife
@d - | a steward
At 9.42pm, 14 minutes late, the first night train in 23 years pulled out of Grenzfeld station bound for the Adriatic coast, to cheers from a platform crowded with railway enthusiasts, local dignitaries and a brass band that had been playing, more or less continuously, for an hour.
"⟦d:a|Tonight is not nostalgia. Tonight is the future, it just happens to have bunk beds,⟧" said Anneliese Brandt, chief executive of Nordlicht Nachtzug, the start-up that runs the service.
The company has spent two years refurbishing 16 sleeper carriages bought from a Scandinavian operator. Tickets start at 79 euros for a couchette and rise to 340 for a private compartment with a shower.
Brandt admitted the economics were "⟦p:a|tight⟧". "⟦d:a|We need the trains to be 70 per cent full, every night, all year. That's ambitious. But every sleeper service launched in Europe in the last five years has beaten its forecast,⟧" she said.
In compartment 7, Patrick Oduya, 72, a retired engineer, was unpacking a bottle of wine and a plastic box of sandwiches. "⟦d:b|My father took me on the old train to Trieste in 1961. I swore I'd do it again one day,⟧" he said.
His wife, Joan, was less romantic. "⟦d:c|I've been told the beds are 'cosy',⟧" she said. "⟦d:c|I'll let you know in the morning.⟧"
At breakfast, somewhere in the mountains, a steward pouring coffee was asked how the night had gone. "⟦d:d|Two people lost their tickets, one man snored so loudly the next compartment complained, and somebody pulled the emergency handle to take a photograph,⟧" he said.
Joan Oduya, for the record, pronounced her bunk "⟦p:c|surprisingly fine⟧".

### 017
@a Oksana Hrytsenko | the director
@b Bashir Al-Amin | the veteran actor
There is a moment, about twenty minutes into Oksana Hrytsenko's “⟦s:-|King Lear⟧” at the Corran Playhouse, when the old king, in a cardigan and slippers, tries to divide his kingdom while a care assistant attempts to give him his pills. It is funny, and then, very suddenly, it is not.
Hrytsenko, who trained in Kyiv and has worked in Britain since 2014, has set the play in a residential home in the present day. The storm is a power cut; the heath is the car park.
“⟦d:a|I didn't want to make it clever,⟧” the director told me before the opening. “⟦d:a|I wanted to make it recognisable. Every family in this audience has had the conversation about who is going to look after Dad.⟧”
At its centre is the veteran actor Bashir Al-Amin, 74, giving a performance of enormous, unshowy control. His Lear is not a tyrant so much as a man who has been obeyed for too long and has only just noticed the obedience stopping.
“⟦d:b|At my age you don't have to act the forgetting. You just have to stop hiding it,⟧” Al-Amin said, laughing, when we spoke. “⟦d:b|My wife says it's the first part I've ever played without doing any research.⟧”
Not everything works. The Fool, reimagined as a stand-up comedian booked for the residents' Christmas party, outstays his welcome, and the final image, Cordelia's body on a hospital trolley under strip lights, risks tipping into “⟦s:-|issue drama⟧”.
Hrytsenko is unapologetic. “⟦d:a|People say it's bleak. It's ‘King Lear’. It's meant to be bleak. What I hope is that they go home and ring their fathers,⟧” she said.
Until April 12. ★★★★

### 018
@a Solveig Amundsen-Reyes | the 33-year-old
@b Teodor Wiśniewski | Drummer
@c Marcus Tiedemann | The producer
Solveig Amundsen-Reyes wrote most of "⟦s:-|Salt Year⟧", the third album by The Glass Orchard, during the winter she spent looking after her father in a rented cottage on the island of Skarvøy.
"⟦d:a|It was dark at three o'clock. There was nothing to do but write or drink, and I'm a terrible drinker,⟧" the 33-year-old said, speaking from the band's rehearsal space in Bergen.
The result is the band's quietest and best record: eleven songs built around piano, field recordings and her startlingly close-miked voice. The standout, "⟦s:-|Low Tide Hymn⟧", barely rises above a whisper for six minutes and is all the more devastating for it.
Drummer Teodor Wiśniewski admitted the new direction had been hard on him. "⟦d:b|For about a month I was basically playing a tea towel on a snare,⟧" he said. "⟦d:b|Solveig kept saying, 'Less. Less. Less.' At some point I realised the song was better without me in it, which is a humbling thing for a drummer.⟧"
The producer, Marcus Tiedemann, who recorded the band live in a disused fish-smoking house, said he had wanted to capture "⟦p:c|the room as much as the band⟧".
"⟦d:c|You can hear the rain on the roof on three tracks. We left it in. It's the truest thing on the album,⟧" he said.
Amundsen-Reyes says her father, who died last spring, heard the finished record once. "⟦d:a|He said it was too slow,⟧" she said, smiling. "⟦d:a|He was a jazz man. Everything was too slow for him.⟧"

### 019
@a Ifeoma Chukwuemeka-Hart | the novelist
@b Gerald Pennock | the broadcaster who chaired the session
@c - | one audience member
@d Rosa Albani | Festival director
More than 600 people packed the marquee at the Ashcombe Literary Festival on Saturday to hear the novelist Ifeoma Chukwuemeka-Hart talk about “⟦s:-|The Cartographer's Daughters⟧”, the book that has now spent 30 weeks in the bestseller lists.
Chukwuemeka-Hart, who grew up between Enugu and Leicester, told the audience that the novel began as a short story she abandoned in 2011. “⟦d:a|I put it in a drawer and it sulked there for ten years,⟧” she said. “⟦d:a|Then the pandemic came and I had nothing left to avoid it with.⟧”
Gerald Pennock, the broadcaster who chaired the session, asked her: “⟦d:b|Are the two sisters you and your sister?⟧”
She laughed. “⟦d:a|My sister has asked me that eleven times. The answer is still no, and also yes.⟧”
During questions, one audience member, a retired librarian, wanted to know why the novel had no chapter numbers. “⟦d:c|How am I supposed to find my place?⟧”
“⟦d:a|With a bookmark,⟧” Chukwuemeka-Hart replied, to loud applause.
Festival director Rosa Albani said ticket sales were up by a third on last year. “⟦d:d|People keep telling us the book is dead. Somebody should tell the six hundred people in that tent,⟧” she said.

### 020
@a Haruto Kameda | the Osaka-born sculptor
@b Delphine Marchand | the show's curator
@c - | one visitor on a school trip
For the first room of "⟦s:-|Breath Held⟧", his first major exhibition in Britain, the Osaka-born sculptor Haruto Kameda has filled the Westhaven Gallery's vaulted hall with 4,000 paper lanterns, none of them lit.
"⟦d:a|Light is easy. Everybody loves light,⟧" Kameda said through an interpreter as he walked the hall on the eve of the opening. "⟦d:a|I wanted to show the moment before. The match, not the fire.⟧"
The lanterns, each folded by hand by volunteers over the course of a year, hang at slightly different heights, so that walking among them feels, as the show's curator, Delphine Marchand, put it, "⟦p:b|like wading through a very polite cloud⟧".
Marchand said the gallery had initially worried about the fire risk. "⟦d:b|We had three meetings with the insurers. Three. In the end they came to see it, stood in the middle for about five minutes and signed everything,⟧" she said.
The second room is darker and smaller: a dozen bronze hands, cast from the hands of Kameda's neighbours in Osaka, laid on a long table as if waiting to be served.
"⟦d:a|I am sixty-eight. I don't know how many more big rooms I have in me,⟧" he said. "⟦d:a|So this one I made very big.⟧"
Near the exit, one visitor on a school trip was overheard telling a friend: "⟦d:c|It's like being inside a wasps' nest, but nice.⟧"

### 021
@a Park Ji-won | The South Korean director
@b Lena Vogt-Amsel | the German actor who chaired the jury
@c Kim Soo-ah | Its lead actress
@d - | a journalist
VALMONT, Switzerland — The South Korean director Park Ji-won's “⟦s:-|The Quiet Orchard⟧”, a slow-burning family drama set over a single apple harvest, won the Golden Ibex at the Valmont Film Festival on Saturday night, beating a field of 18 films that included new work by two former winners.
“⟦d:a|I made this film for my mother, who never saw a film in a cinema until she was fifty,⟧” Park said through an interpreter as he accepted the prize. “⟦d:a|She is watching on a phone in Daegu. Mother, please go to sleep now, it's very late.⟧”
Lena Vogt-Amsel, the German actor who chaired the jury, said the decision had been unanimous. “⟦d:b|There were louder films and there were bigger films. There was no film that stayed with all seven of us the way this one did,⟧” she said.
At a press conference earlier in the week, Park had been asked by a journalist why the film contained almost no music. “⟦d:d|Were you not afraid the audience would get bored?⟧”
“⟦d:a|Very afraid,⟧” Park replied. “⟦d:a|But the orchard makes enough noise. The wind, the ladders, the insects. I didn't want to interrupt them.⟧”
Its lead actress, Kim Soo-ah, who spent two months working on an apple farm before filming began, said she still could not look at fruit in a supermarket the same way. “⟦d:c|I see a bruise now and I think, somebody dropped that, somebody was tired,⟧” she said.

### 022
@a Harriet Okafor | a widow from Stourbridge
@b Gwen Tallis | energy analyst at the price comparison site Switchwise
@c Brightwell Energy | Her supplier
@d Powerwatch | the regulator
@e Marcus Oyebanji | director of policy at the charity Fuel Poverty Action
Millions of households will see their energy bills rise by an average of £94 a year from April after the regulator, Powerwatch, raised its price cap for the second quarter in a row.
The regulator said the increase reflected "⟦p:d|sustained volatility⟧" in wholesale gas markets and higher network costs, and urged customers who could do so to consider a fixed deal.
Gwen Tallis, energy analyst at the price comparison site Switchwise, said some fixed tariffs were now cheaper than the cap. "⟦d:b|For the first time in about two years it's actually worth picking up the phone,⟧" she said. "⟦d:b|But read the exit fees. Some of these deals look cheap until you try to leave.⟧"
For Harriet Okafor, 67, a widow from Stourbridge, the rise is another worry in a winter already full of them. She has been on a prepayment meter since 2022 and says she tops it up "⟦p:a|a tenner at a time, like a teenager with a phone⟧".
"⟦d:a:m|I put the heating on for an hour in the morning and an hour at night. In between I've got a hot water bottle and two cardigans.⟧
"⟦d:a|I'm not complaining. Other people have it worse. But I worked forty years, and I didn't think I'd be doing sums every time I boiled the kettle.⟧"
Her supplier, Brightwell Energy, said customers who were struggling should get in touch "⟦p:c|as early as possible⟧" to discuss payment plans.
Marcus Oyebanji, director of policy at the charity Fuel Poverty Action, called the rise "⟦p:e|another turn of the screw⟧". "⟦d:e|The cap is a ceiling on the unit price, not on what people pay. The people who are already rationing will ration harder,⟧" he said.

### 023
@a Korvel Home | The company
@b Angharad Price | lead officer for Calderbridge Trading Standards
@c Tomás Ó Riada | -
@d - | One customer
A kitchen appliance firm has recalled more than 80,000 kettles after reports that the handle can come loose when the kettle is full of boiling water.
Korvel Home said its 1.7-litre Aria kettle, sold in a choice of six colours at supermarkets and online between March and November last year, should be unplugged and not used.
The company said it had received 23 reports of handles detaching, including four in which people suffered minor scalds. “⟦d:a|Customer safety is our absolute priority. We are contacting everyone we have a record of, and we will refund every affected kettle in full, with or without a receipt,⟧” it said in a statement.
Angharad Price, lead officer for Calderbridge Trading Standards, urged people to check the base of their kettle for the batch numbers listed on the firm's website.
“⟦d:b|These are the sort of products people use five or six times a day without thinking about them. Please think about it now,⟧” she said. “⟦d:b|If yours is on the list, stop using it today, not at the weekend.⟧”
Tomás Ó Riada, from Halton, said the handle of his kettle snapped as he was filling a hot water bottle for his daughter.
“⟦d:c|It went everywhere. Luckily most of it went on the floor and not on either of us,⟧” he said. “⟦d:c|I rang the shop and they said they'd never heard of it happening. Well, now they have.⟧”
One customer commenting on the firm's social media page wrote simply: “⟦d:d|Bought it because it was pink. Returning it because I like my feet.⟧”

### 024
@a Aditi Rao | -
@b - | A spokesperson for Skyvance Airways
“⟦d:a:m|In June my husband and I booked flights to Lisbon for my father's 80th birthday. Two weeks before we were due to fly, Skyvance cancelled the outbound flight and put us on one three days later, after the party.⟧
“⟦d:a:m|We rejected the new flight and asked for a refund of £612. That was in August. Since then I have filled in the online form four times, been cut off by the helpline twice and received three emails telling me my claim is ‘in progress’.⟧
“⟦d:a|It is now December. Can you help?⟧”
Aditi Rao, Bristol
This is, I'm afraid, a story I hear far too often. When an airline cancels a flight and you choose not to travel, you are entitled to your money back within seven days. Skyvance was four months late and counting.
I put a simple question to the airline: “⟦d:-|Is there any reason a refund owed within a week is still outstanding in December?⟧”
Within 48 hours, Ms Rao had her money. A spokesperson for Skyvance Airways said: “⟦d:b|We apologise to Ms Rao for the delay in processing her refund, which was caused by a system error. The full amount has now been paid, together with a goodwill gesture of £100 in travel vouchers.⟧”
Ms Rao told me she was relieved, if not entirely won over. “⟦d:a|I'll take the refund. I'm not sure I'll be using the vouchers,⟧” she said.

### 025
@a Bernadette Kilbride | the committee's chair
@b Nasrin Chaudhry | the Conservative group leader
@c Tony Ashworth | owner of Ashworth's Hardware on Market Street
@d - | One resident
@e Hollinsfield Borough Council | the council
Plans to scrap free 30-minute parking in Hollinsfield town centre were approved on Tuesday night despite a petition signed by more than 3,000 people and a packed public gallery that repeatedly heckled councillors.
The changes, which come into effect in June, will replace the free bays on Market Street and Church Lane with pay-by-phone spaces costing £1.20 for the first hour.
Cllr Bernadette Kilbride, the committee's chair, said the council had been left with "⟦p:a|no realistic alternative⟧".
"⟦d:a|Nobody on this committee wanted to do this,⟧" she told the meeting. "⟦d:a|But we have a £4.6 million gap in next year's budget, and the free bays cost us money every single day.⟧"
Cllr Nasrin Chaudhry, the Conservative group leader, said the decision would "⟦p:b|finish off⟧" small shops that were already struggling. "⟦d:b|We are told this is about balancing the books. Whose books? Not the florist's. Not the butcher's,⟧" she said.
"⟦d:-|Shame on you!⟧" came a shout from the gallery, prompting Kilbride to threaten to clear the chamber.
Outside, Tony Ashworth, owner of Ashworth's Hardware on Market Street, said trade had already fallen since the council put up signs warning of the change. "⟦d:c|People see 'pay by app' and they just drive to the retail park,⟧" he said. "⟦d:c|I've been here 31 years. I'm not sure I'll see 32.⟧"
One resident, who declined to give her name, said she did not own a smartphone. "⟦d:d|How am I supposed to pay? Shout my card number at the meter?⟧"
After the meeting, Hollinsfield Borough Council said it would install two pay stations that accept coins. "⟦d:e|We have listened to concerns about digital exclusion,⟧" the council said.

### 026
@a Gino Ferraro | -
@b Patricia | his wife
@c Deirdre O'Halloran | -
@d - | One teenager queuing for a doughnut after school
For 44 years the lights have gone on at Ferraro's Bakery on Castle Street at four o'clock in the morning. On Saturday they will go off for the last time.
Gino Ferraro, 73, and his wife, Patricia, are retiring, and with no one in the family wanting to take on the business, the shop will close after one final day of trading.
“⟦d:a|My hands are telling me it's time,⟧” said Mr Ferraro, who learned to bake in his uncle's shop in Lucca before moving to Dunford in 1978. “⟦d:a|Forty-four years of kneading. I have the forearms of a wrestler and the back of a very old man.⟧”
Patricia, who has run the front of the shop since the day it opened, said the hardest part would be saying goodbye to the customers. “⟦d:b|We've watched children grow up and bring their own children in. You don't get that in a supermarket,⟧” she said.
Deirdre O'Halloran has bought a crusty bloomer there every Saturday since 1987. “⟦d:c|I don't know what I'll do. I might have to learn to bake, God help us all,⟧” she said.
One teenager queuing for a doughnut after school was more succinct. “⟦d:d|It's actually tragic,⟧” he said.
Asked what he would miss most, Mr Ferraro paused for a long time. “⟦d:a|The smell at five o'clock in the morning, when the first bread comes out and the street is still dark,⟧” he said. “⟦d:a|Nobody else sees it. It was mine.⟧”

### 027
@a Jess Armitage | Station manager
@b Mohammed Iqbal | -
@c Carol Fenwick | -
@d Rivers Agency | the agency
@e - | a council spokesperson
Residents in parts of Ashby Bridge have been told to expect more flooding overnight after the River Lowe burst its banks on Friday afternoon, leaving dozens of homes and businesses under water.
Firefighters used boats to rescue 14 people from houses on Riverside Road and Mill Terrace, including a 90-year-old man who was lifted from his bedroom window.
Station manager Jess Armitage, of West Penmoor Fire and Rescue Service, said crews had been working "⟦p:a|non-stop⟧" since lunchtime. "⟦d:a|We've had water up to the windowsills in places. Please, please do not drive through flood water. It is deeper and faster than it looks,⟧" she said.
Mohammed Iqbal, who runs a convenience store on Riverside Road, said he had lost almost all his stock. "⟦d:b|I moved what I could upstairs, but the water came in so fast, maybe twenty minutes from the first bit under the door to up to my knees,⟧" he said. "⟦d:b|Everything in the chillers is gone.⟧"
Carol Fenwick, 58, was being helped out of her house by her son. "⟦d:c|This is the third time in six years,⟧" she said. "⟦d:c|They keep telling us there'll be a flood wall. I'll believe it when I see it.⟧"
The Rivers Agency, which has three severe flood warnings in place on the Lowe, said levels were expected to peak in the early hours of Saturday. "⟦d:d|We urge people in the affected areas to follow the advice of the emergency services and to be ready to leave their homes,⟧" the agency said.
A rest centre has been opened at Ashby Bridge Leisure Centre, where 23 people had registered by 8pm. "⟦d:e|We'll stay open for as long as we're needed,⟧" a council spokesperson said.

### 028
@a Ruth Okwuosa | a pioneer of protein crystallography
@b Anders Thorvaldsen | Her former doctoral student
@c Chidi | Her son
@d University of Harcastle | -
Professor Ruth Okwuosa, a pioneer of protein crystallography whose work helped make modern insulin treatments possible, has died aged 88.
Born in Onitsha in 1936, she arrived in Britain at 19 with, as she liked to say, “⟦p:a|one suitcase, one coat and far too many opinions⟧”. She took a first in chemistry at Harcastle and stayed for the rest of her career, becoming in 1979 the first black woman to hold a chair in the physical sciences at a British university.
Her great achievement, the structure of a fast-acting insulin variant published in 1984, took eleven years.
“⟦d:a|People imagine science is a series of flashes of genius,⟧” she told this newspaper in 2009. “⟦d:a|Mine was a series of very long Tuesdays. You grow the crystal, it cracks. You grow another one, it cracks. One day it doesn't crack.⟧”
She was a famously demanding supervisor. Her former doctoral student Anders Thorvaldsen, now director of the Lindqvist Institute in Uppsala, remembers being sent back to the lab on Christmas Eve. “⟦d:b|She said, ‘The crystal doesn't know it's Christmas.’ She was right, of course. It grew beautifully,⟧” he said.
“⟦d:b|But she came in herself, with mince pies, at eleven at night. She never asked anything of anyone that she wouldn't do.⟧”
The University of Harcastle, where she worked for 41 years, said she had been “⟦p:d|a giant of her field and a fierce champion of those who were told they did not belong in it⟧”.
In retirement she took up the cello, badly by her own account, and campaigned for better science teaching in Nigerian schools.
Her son, Chidi, said she had been working on a lecture until the week before she died. “⟦d:c|She kept asking the nurses whether they understood how insulin folds. Most of them did by the end,⟧” he said.
She is survived by Chidi and by four grandchildren. Her husband, the architect Emeka Okwuosa, died in 2015.

### 029
@a Jimmy McAvoy | the centre-forward whose 212 goals remain a club record more than half a century after he retired
@b Stan Wilkes | His former strike partner
@c Harbour City | the club
@d Moira | His daughter
Harbour City legend Jimmy McAvoy, the centre-forward whose 212 goals remain a club record more than half a century after he retired, has died aged 86.
McAvoy, nicknamed "⟦s:-|Cannonball⟧" by the terraces for the ferocity of his shooting, scored on his debut as a 17-year-old in 1955 and did not stop for 14 seasons.
He was never one for analysing his own game. "⟦d:a|I never scored a goal I could describe,⟧" he once said. "⟦d:a|I just hit it and ran off before anybody could ask me how.⟧"
His former strike partner Stan Wilkes, 84, said: "⟦d:b|Jimmy was the best finisher I ever saw and the worst passer. If he was within 40 yards, the ball wasn't coming back to you. But he'd buy you a pint after, so you forgave him.⟧"
In a statement, the club said: "⟦d:c|Everyone at Harbour City is heartbroken. Jimmy was not just our greatest goalscorer, he was one of us, and he never stopped being one of us.⟧"
His daughter Moira said he had followed every game on the radio long after he stopped being able to get to Dockside Park. "⟦d:d|He'd shout at the radio like the players could hear him,⟧" she said. "⟦d:d|Right until the end he thought the modern lot didn't shoot enough.⟧"
A minute's applause will be held before Saturday's home game against Carnford.

### 030
@a Harbhajan Singh Sandhu | -
@b Rajinder | His son
@c Pat Gorman | a neighbour for three decades
@d Maxine Obi | Ward councillor
Harbhajan Singh Sandhu, who ran the corner shop on Albert Road for 38 years and was known to generations of Ferncliffe children as ``⟦s:-|Uncle Harry⟧'', has died aged 79.
Born in a village near Jalandhar, he came to Ferncliffe in 1968 to work at the Brennan foundry, and bought the shop in 1983 with money he and his wife, Kuldeep, had saved for fifteen years.
``⟦d:a|People said I was mad, a foundry man selling newspapers,⟧'' he told the Gazette in 2012, when the shop celebrated its 30th anniversary. ``⟦d:a|But the foundry closed and the shop is still here. So who is mad now?⟧''
His son Rajinder, who now runs the business, said his father had never taken a day off sick. ``⟦d:b|He opened on Christmas Day because he said somebody would always run out of milk,⟧'' he said. ``⟦d:b|He was usually right.⟧''
Pat Gorman, a neighbour for three decades, said the shop had been ``⟦p:c|the centre of the street⟧''. ``⟦d:c|When my husband was ill, Harry delivered our shopping every morning for a year and wouldn't take a penny for the trouble,⟧'' she said.
Ward councillor Maxine Obi said she hoped a bench would be placed outside the shop in his memory. ``⟦d:d|He was Albert Road. It's as simple as that,⟧'' she said.
Mr Sandhu is survived by Kuldeep, their three children and seven grandchildren.

### 031
@a Ximena Quispe | a former mayor of the mountain city of Huarcaya
@b Rodrigo Balmaceda | a conservative businessman and former finance minister
@c National Electoral Council | the council
@d Teodora Mamani | a street vendor in the Plaza Sucre market
SAN CRISTÓBAL, Oct 27 (Meridian Wire) - Ximena Quispe, a former mayor of the mountain city of Huarcaya, won Valdoria's presidential run-off on Sunday, becoming the first Indigenous woman to lead the Andean nation, according to preliminary results.
With 94% of ballots counted, Quispe had 53.8% of the vote against 46.2% for Rodrigo Balmaceda, a conservative businessman and former finance minister, the National Electoral Council said.
"⟦d:a|Hoy no ganó una mujer, ganó un país que se cansó de esperar,⟧" Quispe told tens of thousands of cheering supporters in the capital's Plaza Sucre. "⟦d:a|Today it was not a woman who won, it was a country that got tired of waiting.⟧"
The 52-year-old, who campaigned on land reform and a crackdown on illegal mining, promised to "⟦p:a|govern for those who did not vote for me⟧".
Balmaceda did not immediately concede. Speaking briefly to reporters at his campaign headquarters, he said his team would "⟦p:b|review every tally sheet⟧" before accepting the result.
"⟦d:b|We respect the people's decision,⟧" he said. "⟦d:b|We also respect the law, and the law gives us the right to check.⟧"
The council said the count had been "⟦p:c|transparent and orderly⟧" and that final results would be published within 72 hours.
Teodora Mamani, a street vendor in the Plaza Sucre market, said she had cried when the result was announced. "⟦d:d|My mother could not vote until she was forty. Now someone who talks like us is president,⟧" she said.
Quispe is due to take office on Dec. 1.
(Reporting by Lucía Arriagada; Editing by Tom Brenner)

### 032
@a Ministry of Interior | -
@b Stéphane Moreau-Diallo | a spokesman for the U.N.'s humanitarian office
@c Rahim Nazari | a shopkeeper
@d Farida Sultani | The district hospital's only surgeon
QALAT-E SABZ, Dastan (Meridian Wire) - Rescuers dug with shovels and bare hands on Wednesday through the rubble of mud-brick villages in western Dastan, where a magnitude 6.8 earthquake killed at least 1,140 people and left tens of thousands without shelter as night temperatures fell below freezing.
The Ministry of Interior said the toll was "⟦p:a|certain to rise⟧" as teams reached remote valleys cut off by landslides.
"⟦d:b|Whole villages are simply gone. Not damaged. Gone,⟧" said Stéphane Moreau-Diallo, a spokesman for the U.N.'s humanitarian office, speaking from the provincial capital. "⟦d:b|The next 72 hours are about tents, blankets and clean water. If we don't get those in, we will lose more people to the cold than we lost to the quake.⟧"
In Qalat-e Sabz, Rahim Nazari, a shopkeeper, sat beside the remains of his home, where his wife and three children had been sleeping when the quake struck just after 2 a.m.
"⟦d:c|I heard the sound first, like a train under the ground,⟧" he said through an interpreter. "⟦d:c|Then the roof was on top of us. I found my son by his voice.⟧"
His wife and daughters were pulled out alive on Tuesday evening. His son died on the way to hospital.
The district hospital's only surgeon, Dr Farida Sultani, said she had been operating for 30 hours without a break. "⟦d:d|We are doing amputations by torchlight,⟧" she said. "⟦d:d|I need anaesthetic, I need blood, and I need another surgeon. Please write that down. Another surgeon.⟧"

### 033
@a Zainab Osei-Bonsu | one of the organisers
@b Kelham Integrated Care Board | the board
@c - | A midwife who has worked at St Brigid's for 19 years
@d Ruth Levinson | -
@e - | a spokesperson for Kelham Police
Thousands of people marched through central Kelham on Saturday in protest at plans to close the maternity unit at St Brigid's Hospital, in what organisers said was the largest demonstration the city had seen in a decade.
Marchers, many of them pushing prams, chanted “⟦s:-|Born in Kelham, not on the bypass⟧” as they made their way from Victoria Park to the steps of the council house. Placards read “⟦s:-|Mums not maths⟧” and “⟦s:-|Save St Brigid's⟧”.
“⟦d:a|They've looked at a spreadsheet and decided that forty minutes in an ambulance is acceptable for a woman in labour,⟧” said Zainab Osei-Bonsu, 22, one of the organisers. “⟦d:a|Let them make that journey in labour and then tell us it's acceptable.⟧”
The Kelham Integrated Care Board, which drew up the proposals, says concentrating specialist staff at the city's General Hospital would be “⟦p:b|safer for mothers and babies⟧”. The board said no final decision would be taken before a public consultation closes in May.
A midwife who has worked at St Brigid's for 19 years, and who asked not to be named because staff had been told not to speak to the media, walked near the front of the march. “⟦d:c|We're not against change. We're against pretending that distance doesn't matter,⟧” she said.
Ruth Levinson, whose café overlooks the square, stood in her doorway and applauded as the march went past. “⟦d:d|I had all three of mine at St Brigid's. I closed for an hour so the girls could go,⟧” she said.
“⟦d:e|The event passed off peacefully and we would like to thank the organisers for their cooperation,⟧” a spokesperson for Kelham Police said.

### 034
@a Eleanor Whitcombe | Judge
@b Simon Achebe-Laird | Prosecutor
@c Priyanka Nair | Defence barrister
@d Margaret Hollins | one of the victims
@e Colin Radstock | -
A financial adviser who stole £1.3 million from elderly clients to fund a lifestyle of racehorses and foreign holidays has been jailed for seven years.
Colin Radstock, 52, of Hembury, admitted 14 counts of fraud by abuse of position at Tarnbridge Crown Court.
Prosecutor Simon Achebe-Laird told the court that Radstock had targeted clients who were "⟦p:b|widowed, isolated and trusting⟧", persuading them to move their savings into what he described to them as a "⟦p:e|low-risk growth fund⟧" that did not exist.
"⟦d:b|He was, to these people, a friend. He came to their birthday parties. He was given keys to their homes,⟧" Mr Achebe-Laird said.
In a statement read to the court, Margaret Hollins, 84, one of the victims, said she had lost her late husband's entire pension lump sum. "⟦d:d|I trusted him more than my own bank. I now jump when the phone rings. I have stopped answering the door,⟧" she wrote.
Defence barrister Priyanka Nair said her client had developed a gambling addiction after the collapse of his marriage and was "⟦p:c|profoundly ashamed⟧".
Radstock, who wept in the dock throughout the hearing, said only: "⟦d:e|I'm sorry.⟧"
Sentencing him, Judge Eleanor Whitcombe said: "⟦d:a|You chose your victims with care. You chose them because they were kind, and because they were unlikely to ask difficult questions. That is not a weakness in them. It is a wickedness in you.⟧"

### 035
@a Declan Fahy | general secretary of the Harbour and Transport Workers' Union
@b Merrow Port Holdings | The port's operator
@c Saoirse Delaney | The ports minister
@d - | One crane driver with 26 years at the port
@e Rupert Hale | head of the Merrow Chamber of Commerce
Container traffic at the Port of Merrow ground to a halt on Monday as around 1,800 dockworkers began a five-day strike over pay and automation, the first stoppage at the country's second-busiest port in almost 30 years.
Picket lines formed at all four gates before dawn, and by mid-morning at least 22 ships were waiting at anchor in the estuary.
“⟦d:a|Nobody here wanted this,⟧” said Declan Fahy, general secretary of the Harbour and Transport Workers' Union, speaking on the picket line at Gate 2. “⟦d:a|But we've been offered 2 per cent and a promise that the robots won't take our jobs, and we've all seen what that promise is worth at other ports.⟧”
The port's operator, Merrow Port Holdings, said its offer was “⟦p:b|fair and affordable⟧” and that new automated cranes would be introduced “⟦p:b|with no compulsory redundancies⟧”. “⟦d:b|We remain ready to talk at any time, day or night,⟧” the company said.
One crane driver with 26 years at the port said he had never been on strike before. “⟦d:d|My dad worked here, my grandad worked here. I'm not going to be the one who lets it go without a fight,⟧” he said.
Rupert Hale, head of the Merrow Chamber of Commerce, warned that the strike could cost the regional economy £40 million a day. “⟦d:e|Every day those ships sit out there, somebody's shelves get emptier,⟧” he said.
The ports minister, Saoirse Delaney, urged both sides to go back to talks. “⟦d:c|I would say to the union and the employer: get back in the room. This country cannot afford a long dispute,⟧” she said.

### 036
@a Tobias Eriksen | a secondary school teacher
@b Jamal Whitaker | his partner
@c Lorraine Betts | a director at Betts & Carr estate agents in Millbrook
@d Samir Haddad | chief economist at Greystone Building Society
After four years of saving and two failed offers, Tobias Eriksen and his partner, Jamal Whitaker, finally collected the keys to their first home, a two-bedroom terrace in Millbrook, last month.
"⟦d:a|We'd been outbid so many times I'd stopped telling my mum when we put an offer in,⟧" said Eriksen, 31, a secondary school teacher.
Whitaker, 33, who works in IT support, said the couple had been helped by a small fall in prices over the winter. "⟦d:b|Six months ago this house would have been £20,000 more. We didn't get lucky so much as the market got tired,⟧" he said.
Figures from Greystone Building Society published on Friday show average house prices fell 0.8 per cent in the three months to February, the first quarterly fall in more than a year.
"⟦d:d|Buyers have got their confidence back, but they're not prepared to overpay,⟧" said Samir Haddad, chief economist at Greystone Building Society. "⟦d:d|Sellers who priced for 2022 are sitting on their hands.⟧"
Lorraine Betts, a director at Betts & Carr estate agents in Millbrook, said viewings were up but offers were coming in "⟦p:c|well below asking⟧". "⟦d:c|Every vendor wants last year's price, and every buyer has read this year's headlines,⟧" she said.
Eriksen said the couple's first project would be the garden. "⟦d:a|Jamal has opinions about decking,⟧" he said. "⟦d:a|I have opinions about Jamal's opinions.⟧"

### 037
@m - | mission controllers
@a Tomasz Nowicki | flight director
@b Aisha Rahman-Kelly | the mission's lead scientist
@r - | one reporter
@c Ingrid Solberg | a planetary scientist at the University of Tromvik who is not part of the mission
A European spacecraft has touched down on the surface of a small asteroid 190 million kilometres from Earth, in what mission controllers described as “⟦p:m|a textbook landing⟧”.
The Kestrel probe, launched in 2021, spent just 4.6 seconds in contact with the asteroid, known as 2019 QX4, firing a small pellet into the surface and collecting the dust thrown up.
“⟦d:a|There was about a nine-minute silence while we waited for the signal, and I don't think anybody in the room breathed,⟧” said flight director Tomasz Nowicki.
“⟦d:a|Then the numbers came in and it was just noise. Hugging, shouting. Someone knocked over a whole tray of coffee.⟧”
Dr Aisha Rahman-Kelly, the mission's lead scientist, said early data suggested the asteroid's surface was “⟦p:b|more like gravel than rock⟧”.
At a briefing later, she was asked whether the sample could contain signs of life. “⟦d:r|Are we talking about aliens?⟧” one reporter asked.
“⟦d:b|No,⟧” Dr Rahman-Kelly said, laughing. “⟦d:b|We're talking about carbon chemistry that is older than the Earth. Which, to me, is even more exciting than aliens, but I accept I may be in a minority.⟧”
The sample capsule is due back on Earth in 2028.
Professor Ingrid Solberg, a planetary scientist at the University of Tromvik who is not part of the mission, called the landing “⟦p:c|a genuine feat of engineering⟧”. “⟦d:c|Landing on something that small, with almost no gravity, is like trying to park a car on a bouncy castle,⟧” she said.

### 038
@a Callum Ferris | a volunteer for the mental health charity Open Door
@b Elaine | His mother
@c Nadia Petrovic | chief executive of Open Door
Callum Ferris was 26, newly promoted and, by every outward measure, doing well, when he found himself sitting in his car in a supermarket car park at two in the morning, unable to remember how he had got there.
``⟦d:a|I'd been telling everyone I was fine for about a year,⟧'' he says now. ``⟦d:a|I was so good at saying it that I'd started to believe it. Then my body just pulled the plug.⟧''
Ferris, now 29 and a volunteer for the mental health charity Open Door, is one of 40 people whose stories feature in its new campaign, ``⟦s:-|Say It Twice⟧'', which urges people to ask a friend how they are, and then to ask again.
His mother, Elaine, remembers the phone call. ``⟦d:b:m|He rang me at half past two and said, ‘Mum, I think something's wrong with me.’ He hadn't called me Mum in that voice since he was about nine.⟧
``⟦d:b|I drove two hours in my dressing gown. I'm not ashamed of that. I'd do it again tomorrow.⟧''
Dr Nadia Petrovic, chief executive of Open Door, said the campaign was built on research showing that most people give a ``⟦p:c|reflex answer⟧'' the first time they are asked how they are.
``⟦d:c|We all say ‘fine’. It's the social equivalent of a handshake,⟧'' she said. ``⟦d:c|The second question is the one that tells someone you actually want to know.⟧''
Ferris says he now asks twice as a matter of habit. ``⟦d:a|My mates take the mick. But two of them have taken me up on it,⟧'' he said. ``⟦d:a|That's two more than I ever managed.⟧''

### 039
@a Henrik Aaltonen | Lumen's head of product
@b - | A Lumen spokeswoman
The box says "⟦s:-|Unfold more⟧". I have been unfolding the Lumen Fold 3 for two weeks now, in cafés, on trains and, once, in a dentist's waiting room, and I am still not entirely sure what more I am supposed to be unfolding.
That is not to say it is a bad phone. In many ways it is the best foldable I have used: the hinge is firm, the outer screen is finally wide enough to type on, and the crease down the middle of the main display has all but vanished.
"⟦d:a|The crease was the number one complaint, so the crease was the number one project,⟧" Henrik Aaltonen, Lumen's head of product, told me in a video call from the company's headquarters in Espoo. "⟦d:a|We spent eighteen months on a hinge. Eighteen months, for a hinge. My wife thinks I've been having an affair.⟧"
The battery is another matter. On a typical day of email, maps and a few photographs, I was hunting for a charger by 6pm.
Aaltonen was candid about this. "⟦d:a|Battery is the trade-off for thin. We chose thin. Not everyone will agree with that choice,⟧" he said.
Does he use one himself? "⟦d:a|I use two,⟧" he said. "⟦d:a|One for work, one to break. My children have the old ones.⟧"
At £1,649 it is also very expensive. A Lumen spokeswoman said the price reflected "⟦p:b|the cost of genuinely new engineering⟧" and pointed to a trade-in scheme that knocks up to £400 off.
Verdict: a beautiful, clever, thirsty thing. Three and a half stars.

### 040
@a Matteo Ravaglia | The 24-year-old from Forlì
@b Senne Vandeputte | -
@c Luca Fantini | Ravaglia's sports director at Team Verdemare
Matteo Ravaglia soloed to victory on the summit finish at Passo del Corvo on Friday to take the leader's jersey at the Giro dei Colli, attacking with nine kilometres to go and holding off a chasing group led by Senne Vandeputte.
The 24-year-old from Forlì crossed the line in tears, pointing to the sky in tribute to his grandfather, who died in January.
«⟦d:a|Questa è per il nonno. Mi ha messo su una bici quando avevo quattro anni⟧», Ravaglia said after the stage. “⟦d:a|This one is for my grandfather. He put me on a bike when I was four.⟧”
«⟦d:a|Oggi sentivo le sue mani sulla schiena⟧», he added. “⟦d:a|Today I felt his hands on my back.⟧”
Vandeputte, who lost 48 seconds and slipped to third overall, said he simply had not had the legs. “⟦d:b|When he went, I thought, I'll get him back on the flat bit before the last kilometre. There was no flat bit. I read the profile wrong,⟧” the Belgian said ruefully.
Ravaglia's sports director at Team Verdemare, Luca Fantini, said the attack had been planned since breakfast. “⟦d:c|We told him: if you feel good at the second hairpin, go. He felt very good,⟧” Fantini said.

### 041
@a Darnell Whitfield | Westbrook Titans coach
@m Keandre Moss | the rookie
@r - | A reporter
@b Andrés Villalobos | Point guard
@d Mikko Lehtinen | Ravenport coach
The Westbrook Titans had lost six straight. On Saturday night, with their season slipping away, they turned to a 19-year-old who had played a total of 34 minutes all year.
Keandre Moss scored 27 points, grabbed nine rebounds and hit the three-pointer that put the game away with 41 seconds left as the Titans beat the Ravenport Kings 104-98.
"⟦d:a|I told him before the game, 'You're starting, don't read anything into it,'⟧" Westbrook Titans coach Darnell Whitfield said. "⟦d:a|Which was a lie. He should read a lot into it.⟧"
Asked how it felt, the rookie shrugged. "⟦d:m|It felt like basketball. I've been playing basketball my whole life,⟧" Moss said.
A reporter asked Whitfield: "⟦d:r|Does he start on Tuesday?⟧"
"⟦d:a|If he keeps breathing, yes,⟧" Whitfield said.
Point guard Andrés Villalobos, who had 11 assists, said the locker room had been "⟦p:b|quiet, a little scary⟧" after the sixth loss. "⟦d:b|Nobody was pointing fingers, but everybody was looking at the floor,⟧" he said.
Ravenport coach Mikko Lehtinen did not hide his irritation. "⟦d:d|The kid beat us. Credit to him. I'll be having words with some of my guys about who was supposed to be guarding him,⟧" he said.

### 042
@a Róisín Keaveney | the 23-year-old
@b Helen Ashdown-Mbeki | Trainer
@c Derek Pollitt | Their treasurer
Róisín Keaveney had been told she might never ride again after a fall at Kilbeggan two years ago shattered her pelvis. On Saturday she rode Copper Kettle to a 33-1 victory in the Lindley Gold Cup, the biggest win of her career and, by some distance, of the horse's.
“⟦d:a|Don't make me cry on the telly, I've done enough crying,⟧” the 23-year-old said as she was led back into the winner's enclosure.
Trainer Helen Ashdown-Mbeki, who has only 14 horses in her yard near Malton, said she had nearly pulled the gelding out because of the soft ground. “⟦d:b|I walked the course at seven this morning and my boots nearly came off. I rang Róisín and said, what do you think? She said, ‘He'll love it, he's a pig in mud.’ She was right,⟧” she said.
Keaveney said she had thought about giving up during her 14 months out of the saddle.
“⟦d:a:m|There were days I couldn't get out of bed without help, never mind onto a horse. You do wonder what you're doing it for.⟧
“⟦d:a|Then you have a day like today and you know.⟧”
The horse is owned by a syndicate of 12 retired postmen from Doncaster. Their treasurer, Derek Pollitt, said the group had paid 4,000 guineas for him as a yearling. “⟦d:c|We had a few quid on him. I'm not saying how much. My wife reads this paper,⟧” he said.

### 043
@a Nour Khalil | the chef
@b - | our waiter
There is a sign above the kitchen pass at Sumac House that reads "⟦s:-|No substitutions, many apologies⟧". It sets the tone for a restaurant that is charming and slightly stubborn in roughly equal measure.
"⟦d:a|People think Lebanese food is mezze and kebab and that's it. That's like saying English food is a sandwich,⟧" Nour Khalil, the chef, told me when I rang her the following week. "⟦d:a|My grandmother would cook one dish for two days.⟧"
You can taste that patience in the lamb shoulder, cooked overnight with seven spices and served on a slab of flatbread that has soaked up the juices until it is more sauce than bread.
When I asked our waiter whether the kibbeh nayyeh, a dish of raw lamb pounded with bulgur, was popular, he thought about it for a moment. "⟦d:b|With the brave ones,⟧" he said.
The bitter-leaf salad with pomegranate molasses is not for everyone either. "⟦d:a|We don't hide the bitter things,⟧" Khalil said. "⟦d:a|Bitter is a flavour, not a mistake.⟧"
About £45 a head before drinks. Book ahead at weekends.

### 044
@a Ravi Chandrasekhar | -
@b Owain Griffiths | -
@c Sarah-Jane Mbeki | -
Ravi Chandrasekhar and Owain Griffiths have spent so long playing enemies that, sitting together in a hotel bar in Cardiff, they keep finishing each other's sentences and then apologising for it.
The pair star in “⟦s:-|Low Water⟧”, a six-part thriller in which Chandrasekhar plays a disgraced detective who returns to the flooded valley where he grew up and Griffiths the local councillor he is convinced is a murderer.
“⟦d:a|We met at the read-through and I thought, I'm going to hate this man,⟧” Chandrasekhar said. “⟦d:a|Then we went to the pub and that was the end of that.⟧”
“⟦d:b|He hated me for about forty minutes,⟧” Griffiths said. “⟦d:b|It's a personal record. Usually it's longer.⟧”
The series was written by Sarah-Jane Mbeki, who grew up in a village a few miles from where it was filmed. “⟦d:c|Everyone where I grew up has a relative whose farm is under a reservoir. I wanted to write about what's under the water, literally and otherwise,⟧” she said.
Asked whether the ending would satisfy viewers, the two men looked at each other.
“⟦d:a|Define satisfy,⟧” Chandrasekhar said.
“⟦d:b|People will shout at their televisions,⟧” said Griffiths, 38.

### 045
@a Brenda Okoro | secretary of the Hilltop Allotment Society
@b Zbigniew Kowalczyk | -
@c Castlegate Homes | The developer
@e - | a spokesman
@d - | One plot holder
For 71 years the Hilltop allotments have fed families on the Pennington estate. Now the 64 plots could be lost to a development of 120 homes after the landowner agreed to sell the site.
Brenda Okoro, secretary of the Hilltop Allotment Society, said members had been given six months' notice by letter. "⟦d:a|Six months. Some of these people have been here longer than the houses they're going to build,⟧" she said.
Zbigniew Kowalczyk, 81, has had plot 17 since 1979, when he arrived from Gdańsk with, in his words, "⟦p:b|two spades and a bag of seed potatoes⟧".
"⟦d:b|In Poland my father grew food because we had to. Here I grew it because I wanted to. Now they tell me I can't, and I am too old to start again somewhere else,⟧" he said.
The developer, Castlegate Homes, said it was "⟦p:c|in discussions⟧" with the council about replacement plots on the edge of the site. "⟦d:e|We recognise the value of the allotments to the community and we are committed to finding a solution,⟧" a spokesman said.
One plot holder, leaning on his fork, was blunter. "⟦d:d|Replacement allotments on the edge of a building site. Lovely. I'll grow bricks,⟧" he said.

### 046
@a Leanne Okonedo | a detective constable in Avonvale Police's economic crime unit
@b Gordon Pike | a retired bus driver from Selby Green
@c Northcote Bank | the bank
@e - | the caller
A pensioner who lost £18,500 to fraudsters posing as his bank has spoken out to warn others, as police reported a sharp rise in so-called “⟦s:-|safe account⟧” scams across the county.
Gordon Pike, 76, a retired bus driver from Selby Green, received a call in January from a man who said he worked in Northcote Bank's fraud department. The caller told him his account had been “⟦p:e|compromised⟧” and that his savings were at risk.
“⟦d:b|He knew my name, my address, the last four digits of my card. He even knew I'd bought a lawnmower the week before,⟧” Mr Pike said. “⟦d:b|Why would I doubt him?⟧”
Over the course of three hours, he was talked through moving his savings into what he was told was a new, secure account.
“⟦d:b|I feel such a fool. My wife says I shouldn't, but I do,⟧” he said.
Leanne Okonedo, a detective constable in Avonvale Police's economic crime unit, said reports of the scam had doubled in six months. “⟦d:a|These people are professionals. They are very, very good at what they do, and they go after the people who are the most polite,⟧” she said.
“⟦d:a|Your bank will never ask you to move money to keep it safe. Never. If anyone does, hang up, wait five minutes and call the number on the back of your card.⟧”
Northcote Bank has since refunded Mr Pike in full. “⟦d:c|We would urge all customers to be alert to this type of scam,⟧” the bank said.

### 047
@a - | Inspectors from the Schools Standards Office
@b Adaeze Nwosu | Head teacher
@c Lee Carmody | -
@d Maisie | Year 6 pupil
A primary school that was placed in special measures three years ago has been rated good in every category at its latest inspection.
Inspectors from the Schools Standards Office said in their report that St Aidan's Primary in Brackley Vale had undergone a "⟦p:a|remarkable transformation⟧" and that pupils were "⟦p:a|proud of their school and keen to tell visitors about it⟧".
Head teacher Adaeze Nwosu, who joined the school in 2021, said staff had cried when the report arrived. "⟦d:b|We read it in the staff room at half past three on a Thursday and there wasn't a dry eye. The caretaker had to go and sit in his van,⟧" she said.
"⟦d:b|When I started, we had children who didn't want to come through the gate. Now I have to send them home at the end of the day.⟧"
Lee Carmody, whose two daughters attend the school, said the change had been "⟦p:c|night and day⟧". "⟦d:c|The building's the same, the kids are the same, but everything else is different,⟧" he said.
Year 6 pupil Maisie, 11, who showed the inspectors around, said: "⟦d:d|I told them about the reading den and the chickens. I think the chickens helped.⟧"

### 048
@a Petter Holmgren | Trade Minister
@b Aziz Rahmanov | Samaranda's commerce minister
@c Bondelaget | Norvask's farmers' federation
KORSHAVN, June 3 (Meridian Wire) - Norvask and Samaranda signed a free trade agreement on Tuesday that will remove tariffs on 94% of goods traded between them within seven years, the first such deal Samaranda has struck with a European country.
``⟦d:a|This is a good day for Norvask exporters and a good day for Norvask consumers,⟧'' Trade Minister Petter Holmgren said at a signing ceremony in the capital. ``⟦d:a|Our salmon goes east, their rice and electronics come west, and everyone eats better.⟧''
Samaranda's commerce minister, Aziz Rahmanov, speaking through an interpreter, called the deal ``⟦p:b|a bridge that took ten years to build⟧''. ``⟦d:b|We are a small country. We cannot wait for the big powers to decide the rules. So we make our own friends,⟧'' he said.
Norvask's farmers' federation, Bondelaget, criticised the agreement, saying it would expose grain growers to ``⟦p:c|unfair competition from producers who do not meet our standards⟧''.
Holmgren rejected the criticism. ``⟦d:a|Every product that enters Norvask will meet Norvask standards. That is in the text, in black and white,⟧'' he told reporters.
The agreement must still be ratified by both parliaments.
(Reporting by Kasper Lind; Editing by Mira Toft)

### 049
@a National Statistics Bureau | The bureau
@b Mehmet Yıldız | senior economist at Barlow Kemp
@c Charlotte Ng | owner of the Paper Moon gift shop
@d Bridget Nwachukwu | -
Retail sales fell unexpectedly in January as wet weather and stretched household budgets kept shoppers at home, official figures showed on Friday.
Sales volumes dropped 1.1 per cent on the month, the National Statistics Bureau said, confounding economists who had expected a modest rise after a weak December. The bureau said clothing and footwear had been “⟦p:a|particularly hard hit⟧”.
“⟦d:b|The consumer isn't broke, but the consumer is nervous,⟧” said Mehmet Yıldız, senior economist at Barlow Kemp. “⟦d:b|People have money in the bank and they're keeping it there.⟧”
On Oxley's high street, Charlotte Ng, owner of the Paper Moon gift shop, said January had been her worst month since she opened in 2016. “⟦d:c|Some days I've taken less than I paid for the heating,⟧” she said.
Bridget Nwachukwu, who runs a shoe shop two doors down, was more upbeat. “⟦d:d|It's always quiet after Christmas. People come back when the sun comes out,⟧” she said. “⟦d:d|Ask me again in April.⟧”

### 050
@g - | My grandfather
@c - | A colleague of mine
Sigrún Haraldsdóttir has spent 22 summers measuring the retreat of Svartjökull, a glacier in eastern Iceland that has lost a third of its length since she first walked on it as a student. Her new book, “⟦s:-|The Melting Year⟧”, is published this month. This interview has been edited for length and clarity.
Q: Why this glacier?
A: Honestly? Because it was the closest one to my grandparents' farm. I grew up looking at it out of the kitchen window. My grandfather used to point at it and say, “⟦d:g|That ice was there before the Vikings and it will be there after us.⟧” He was wrong about the second part.
Q: Some people now call it a “⟦s:-|dying glacier⟧”. Is that fair?
A: I don't love the word, but I use it. Dying is accurate. It loses more each summer than it gains each winter. There is no version of the next fifty years in which it survives as a glacier.
Q: Does that make you angry?
A: Sometimes. Mostly it makes me busy. A colleague of mine once told me, “⟦d:c|Grief is a luxury for people who have finished their fieldwork.⟧” I think about that a lot.
Q: What do you want readers to take from the book?
A: That this is not far away. People think of glaciers as something on a postcard. This one feeds the river that feeds the hydro plant that lights my kitchen.

### 051
@a Folasade Adeyemi | -
@b Adunni | her mother
@c Olivia Thorne-Baptiste | a junior buyer at Harcourt's department store
At 7am on a Tuesday, Folasade Adeyemi is already on her second call, pacing the narrow corridor of a converted warehouse in Deptford that serves as headquarters, stockroom and, in bad weeks, bedroom for Crown & Cane, the hair-care company she started on her kitchen table six years ago.
"⟦d:a|People say 'overnight success' like it's a compliment,⟧" she says, putting the phone down. "⟦d:a|It took six years, two failed factories and one very patient overdraft.⟧"
Crown & Cane now sells in 1,400 shops in nine countries and expects revenue of £38 million this year. Adeyemi, 34, still owns 71 per cent of it.
"⟦d:a|The first batch, I made in my mum's pots. She has never let me forget it.⟧"
"⟦d:b|I couldn't make jollof for a month,⟧" says her mother, Adunni, who still packs orders on Saturdays. "⟦d:b|Everything tasted of shea butter. Her father thought I was ill.⟧"
The turning point came in 2020, when Olivia Thorne-Baptiste, at the time a junior buyer at Harcourt's department store, ordered 200 units after finding the brand on Instagram.
"⟦d:c|I had never seen a product for Black hair on our shelves that wasn't in the bottom corner of an aisle called 'ethnic',⟧" Thorne-Baptiste says now.
Adeyemi is asked constantly whether she will sell.
"⟦d:a:m|I understand why people ask. There's a lot of money on the table.⟧
"⟦d:a|But I'm not building this to hand it to somebody who'll put it back in the bottom corner. When I'm done, I want it to still be ours.⟧"

### 052
@a Isolde Farrant | the actress whose career spanned seven decades
@b Nikolai Petrov | The director
@c Yvonne Castellanos | The actress
@d - | her family
Dame Isolde Farrant, the actress whose career spanned seven decades, has died aged 91, her family said on Friday. She was as at home in Chekhov as in television soap opera, and rarely saw a difference worth mentioning.
“⟦d:d|She died peacefully at home in Suffolk, with the radio on and a crossword unfinished, which is exactly how she would have wanted it,⟧” her family said in a statement.
Farrant was frank about her own gifts. “⟦d:a|I was never beautiful, which was a tremendous advantage. Beautiful girls got the ingénues and were finished by thirty. I got the mothers, the maids and the murderers, and I worked until I was ninety,⟧” she told an interviewer in 2015.
She was equally frank about other people's. Of one notoriously disastrous West End musical in 1974, she said that appearing in it had been “⟦p:a|like being trapped in a lift with a brass band⟧”.
The director Nikolai Petrov, who cast her as Madame Arkadina in 1988, remembered her preparation. “⟦d:b|She would come to rehearsals with every line learnt, and every other actor's lines learnt too, and would quietly mouth them at you if you dried,⟧” he said. “⟦d:b|It was terrifying and extremely useful.⟧”
The actress Yvonne Castellanos, who played her daughter in the soap “⟦s:-|Marsh End⟧” for 11 years, said: “⟦d:c|She taught me never to apologise on camera and always to apologise off it.⟧”

### 053
@a Kiran Bhattacharya | The world number 38
@b Pieter de Wet | His caddie
@c Lachlan Frost | the Australian
PORT ELSWORTH, Scotland, July 14 (Meridian Wire) - Kiran Bhattacharya holed a 40-foot birdie putt on the final green to win the Elsworth Links Championship by one shot on Sunday, becoming the first Indian to win the event in its 96-year history.
The world number 38, who began the day three strokes behind, closed with a five-under-par 66 in gusting winds that sent the scoring average soaring above 74.
"⟦d:a|I didn't even read it properly, to be honest. I just wanted to get it close and get out of the wind,⟧" Bhattacharya said of the winning putt. "⟦d:a|Then it started breaking and I thought, no way. No way.⟧"
His caddie, Pieter de Wet, said the pair had spent the week talking about cricket to stay calm. "⟦d:b|We didn't discuss golf once after Thursday. I now know more about the Indian batting order than about my own family,⟧" the South African said.
Lachlan Frost, who led by two overnight, bogeyed three of his last five holes. "⟦d:c|It's going to sting for a while. But you have to tip your hat. That putt was outrageous,⟧" the Australian said.

### 054
@a Siobhán Nic Aodha | Her manager
@b Amara Diallo-Hughes | The captain
@c Lorenzo Bassi | Their head coach
Amara Diallo-Hughes scored twice in the final ten minutes as Carrick City came from behind to beat Ferncastle 2-1 in front of a record crowd of 11,206 at Lowfield Road on Sunday.
The captain's first, a header from a corner in the 81st minute, was her 50th goal for the club. The second, a curling shot from the edge of the area in stoppage time, sent the home end into delirium.
“⟦d:b|I've never heard noise like that. My ears are still ringing,⟧” Diallo-Hughes said. “⟦d:b|When I started here we played in front of two hundred people and a dog. Now look at it.⟧”
Her manager, Siobhán Nic Aodha, admitted she had considered taking her captain off at half-time. “⟦d:a|She'd barely touched the ball. I had the board ready,⟧” Nic Aodha said. “⟦d:a|Then she gave me a look and I thought, better not.⟧”
Ferncastle had led through Hanna Lindqvist's first-half penalty and looked comfortable until the closing stages. Their head coach, Lorenzo Bassi, blamed tired legs. “⟦d:c|We played on Wednesday, they didn't. That's not an excuse, it's a fact,⟧” he said. “⟦d:c|OK, maybe it's a little bit of an excuse.⟧”

### 055
@a Stannington District Council | The council
@b Imran Qureshi | the council leader
@e - | One council employee
@d Yusuf Okonjo | a cybersecurity researcher at Lindale University
@c Gemma Thorpe | -
Stannington District Council says it may take weeks to fully restore its computer systems after a ransomware attack that has left residents unable to pay council tax, report missed bins or apply for housing benefit online.
The council said it had been the victim of "⟦p:a|a serious cyber incident⟧" on Monday night and had taken its systems offline "⟦p:a|as a precaution⟧".
Cllr Imran Qureshi, the council leader, said: "⟦d:b|I want to apologise to residents. We are working with national cyber security experts and the police, and our absolute priority is to protect people's data.⟧"
Asked whether a ransom had been demanded, he said: "⟦d:b|I'm not going to get into that. What I will say is that this council does not pay criminals.⟧"
One council employee, who asked not to be named, described the mood at the town hall as "⟦p:e|chaos⟧". "⟦d:e|We're writing things down on paper and walking them across the building. It's like 1985,⟧" they said.
Dr Yusuf Okonjo, a cybersecurity researcher at Lindale University, said local authorities were attractive targets. "⟦d:d|Councils hold an enormous amount of sensitive data and they've had their budgets cut for fifteen years. IT security is often the first thing to go,⟧" he said.
Gemma Thorpe, 42, said she had spent two days trying to arrange an assisted bin collection for her father. "⟦d:c|I rang four times and got a recorded message saying the website was down. I know the website's down. That's why I'm ringing,⟧" she said.

### 056
@a Rashida Mahmood | a GP at the Kingsmead Surgery
@b Harold Blythe | -
@c Joy Mensah | Practice nurse
@d Hallam Valley Health Partnership | -
More than 900 people were vaccinated against winter flu and Covid in a single day at a pop-up clinic in a Kingsmead church hall on Saturday, organisers said.
“⟦d:a|We set up at eight, and there was a queue round the block by ten past,⟧” said Dr Rashida Mahmood, a GP at the Kingsmead Surgery, which ran the clinic with two neighbouring practices. “⟦d:a|People brought flasks. One man brought a folding chair. It was like the first day of the sales.⟧”
The man with the folding chair turned out to be Harold Blythe, 88, who said he had “⟦p:b|learned from experience⟧”. “⟦d:b|You stand for an hour, your knees go, and then they ask you if you're feeling faint. Course I'm feeling faint, I've been standing for an hour,⟧” he said.
Practice nurse Joy Mensah gave 214 jabs herself. “⟦d:c|My arm's more tired than theirs,⟧” she said.
Hallam Valley Health Partnership said take-up of both vaccines had been lower than last year across the area and urged eligible people to book “⟦p:d|sooner rather than later⟧”.
Dr Mahmood said: “⟦d:a|Every year we hear, ‘I'm healthy, I don't need it.’ That's exactly who ends up in hospital in January.⟧”

### 057
@a Kerry Doyle | Mum-of-three
@b Dev Malhotra | -
@d - | One airport worker
@c Brackenfield Airport | The airport
HOLIDAYMAKERS faced a nightmare start to half-term yesterday as a baggage system meltdown at Brackenfield Airport left thousands of suitcases stranded and queues snaking out of the terminal and into the car park.
Some flights left with no luggage on board at all, while others were delayed by up to five hours.
Mum-of-three Kerry Doyle, 41, from Gateshead, said her family had flown to Malaga with only their hand luggage. "⟦d:a|The kids have got the clothes they stood up in and one tablet between them,⟧" she said.
Dev Malhotra, 29, who was due to fly to Tenerife for his stag do, was still in the departure lounge at 4pm. "⟦d:b|Ten of us in matching T-shirts, sitting in the bar since seven this morning. Not the stag I had in mind,⟧" he said.
One airport worker, who did not want to be named, said: "⟦d:d|It's been coming for months. The system's older than some of the staff.⟧"
The airport blamed a "⟦p:c|technical fault⟧" in its baggage sorting system and said engineers had been working "⟦p:c|through the night⟧". "⟦d:c|We apologise to all passengers affected and are doing everything we can to reunite people with their bags as quickly as possible,⟧" it said in a statement.

### 058
@a Yuki Tanabe-Ross | -
@b Anouk Verhaegen | the violinist
@c Gábor Szentes | The orchestra's leader
It is not every night that a conductor stops a concert to ask a member of the audience to put their phone away, and it is certainly not every night that the audience applauds when she does.
But Yuki Tanabe-Ross, in her first season as chief conductor of the Lindenau Philharmonic, is not every conductor. Three bars into the slow movement of Mahler's Fourth, she lowered her baton, turned to the stalls and said, quite pleasantly: «⟦d:a|I think your photographs will be better if you listen first.⟧»
Afterwards she was unrepentant. «⟦d:a|It is the most beautiful moment in the symphony and someone's screen was shining like a lighthouse,⟧» she told me. «⟦d:a|I was not angry. I just wanted him to hear it.⟧»
The first half belonged to the violinist Anouk Verhaegen, whose account of Bartók's Second Concerto was fierce, earthy and, in the finale, very nearly reckless.
«⟦d:b|Bartók is folk music that has been to university,⟧» Verhaegen said when we met before the concert. «⟦d:b|You have to keep the dirt under the fingernails.⟧»
The orchestra's leader, Gábor Szentes, who has played under six chief conductors in 31 years, said the players had taken to Tanabe-Ross «⟦p:c|immediately, and a little nervously⟧». «⟦d:c|She knows every note of every part. You cannot hide from her. It is wonderful and exhausting,⟧» he said.

### 059
@a Claire Montagnier | a 58-year-old nurse with the charity Soins Sans Frontières
@b Julien Montagnier | Her brother
@c French foreign ministry | -
@d Idrissa Kanouté | Foreign Minister
PARIS, Sept 9 (Meridian Wire) - A French nurse held hostage for 14 months by an armed group in the Sahel arrived back in Paris on Monday, thin but smiling, and thanked the government of Tamazra for negotiating her release.
Claire Montagnier, a 58-year-old nurse with the charity Soins Sans Frontières, was kidnapped in July last year from a clinic in northern Tamazra where she had worked for a decade.
«⟦d:a|Je vais bien. Je suis fatiguée, mais je vais bien⟧», she told reporters on the tarmac at Villacoublay military airport. “⟦d:a|I'm well. I'm tired, but I'm well.⟧”
Asked what she wanted to do first, Montagnier laughed. “⟦d:a|Eat cheese. A great deal of cheese.⟧”
Her brother, Julien Montagnier, who led a campaign for her release, said the family had “⟦p:b|never stopped believing⟧”. “⟦d:b|Every morning for 14 months I checked my phone before I had properly opened my eyes. This morning I can finally leave it on the table,⟧” he said.
The French foreign ministry said no ransom had been paid and described the release as “⟦p:c|the fruit of patient and discreet work⟧”.
In Tamazra's capital, Foreign Minister Idrissa Kanouté told reporters: “⟦d:d|We did what neighbours do. There is nothing more to say about the details, and there will be nothing more.⟧”

### 060
@a Bev Ashcroft | founder of Second Chance Paws
@b Tunde Bakare | a volunteer dog walker
@c Ellen Marsh | -
A dog rescue charity that was days away from closing has been saved after a sponsored walk raised more than £48,000 in a single weekend.
Second Chance Paws, which rehomes around 200 dogs a year from its kennels near Hexley, warned last month that it could not pay its vet bills beyond March.
``⟦d:a|I sat in the kitchen and cried when I saw the total,⟧'' said Bev Ashcroft, founder of Second Chance Paws. ``⟦d:a|I'd been getting ready to ring round other rescues to see who could take our dogs. Now I don't have to make those calls.⟧''
More than 700 walkers, and around 400 dogs, completed the ten-mile route around Hexley Water on Sunday.
Tunde Bakare, 17, a volunteer dog walker, carried a three-legged lurcher named Biscuit for the last mile after she ``⟦s:-|went on strike⟧''.
``⟦d:b|She just lay down and looked at me. So I picked her up. She's not heavy, she's just dramatic,⟧'' he said.
Ellen Marsh, 9, raised £312 by selling painted pebbles outside her house. ``⟦d:c|I wanted to raise a thousand pounds but my mum said that was a lot of pebbles,⟧'' she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh138.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh138",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
