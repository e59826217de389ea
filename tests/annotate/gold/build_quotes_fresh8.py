# ruff: noqa: E501
"""Build ``quotes_fresh8.jsonl``: an eighth independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor, without running it, and without reading the passages of the
other gold sets. The set is meant to be evaluated once, as an honest measure on
unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh8-NNN``.

Conventions (the same as ``build_quotes_fresh7.py``):

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

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 50 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh8.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import build_set

OUT = Path(__file__).with_name("quotes_fresh8.jsonl")

PASSAGES = """
### 001
@a Rokeya Sultana | a district relief officer in Sirajganj
@b - | A Red Crescent spokesperson
@c Bangladesh Meteorological Department | -
SIRAJGANJ, Bangladesh (AP) — Floodwaters from the swollen Jamuna river breached a second embankment on Thursday, forcing thousands more families out of their homes in northern Bangladesh.
"⟦d:a|We have moved more than 4,000 families to higher ground since Tuesday, but the embankment near Kazipur is still leaking,⟧" said Rokeya Sultana, a district relief officer in Sirajganj. "⟦d:a|The next 48 hours will decide it.⟧"
A Red Crescent spokesperson said volunteers were handing out water purification tablets in 14 shelters. "⟦d:b|Clean water is the first thing people ask for, even before rice,⟧" the spokesperson said.
The Bangladesh Meteorological Department forecast "⟦p:c|heavy to very heavy⟧" rain over the upper catchment through the weekend.

### 002
@a Lamar Vandermeer | the county's emergency management director
@b Ardith Gillworth | -
@c Glenn Adebisi | her grandson
The tornado that tore through the east side of Carver County just after 9 p.m. Tuesday left 31 homes uninhabitable, officials said Wednesday.
"⟦d:a|It came in low and fast, and the sirens gave people about eleven minutes,⟧" said Lamar Vandermeer, the county's emergency management director. "⟦d:a|Eleven minutes is not a lot, but it was enough. Nobody died, and I keep coming back to that.⟧"
Ardith Gillworth, 74, rode out the storm in her basement with her grandson, Glenn Adebisi. She said the sound was "⟦p:b|like a freight train parked on the roof.⟧"
"⟦d:c|Grandma kept telling me to sing,⟧" said Adebisi, 12. "⟦d:c|So I sang. I don't even remember what.⟧"

### 003
@a Wendeline Brereton | The judge
@b Marius Dunstable | -
LONDON — A High Court judge has ruled that a Kent haulage firm unfairly dismissed a driver who refused to work a 16-hour shift, in a judgment lawyers say could affect thousands of logistics workers.
The judge, Mrs Justice Wendeline Brereton, said the company had treated the driver's refusal as "⟦p:a|insubordination when it was, in truth, an act of ordinary prudence⟧".
"⟦d:a|No employer is entitled to expect an employee to drive a 44-tonne vehicle while exhausted,⟧" she wrote. "⟦d:a|The law does not ask workers to choose between their jobs and the safety of other road users.⟧"
Marius Dunstable, who represented the driver, welcomed the ruling. "⟦d:b|This is a line in the sand. My client did what any of us would want a lorry driver to do,⟧" he said outside court.

### 004
@a Torunn Hjelmeland | -
@b Pernille Aasheim | the head of Tromsø's harbour authority
@c - | a fisherman who asked not to be named
TROMSØ, Norway — Torunn Hjelmeland had been a harbour pilot for nineteen years when the cargo ship Nordkyn Star lost power in the strait last month.
"⟦d:a|You don't think, you just work the radio,⟧" Hjelmeland said. "⟦d:a|The tugs were there in seven minutes. It felt like an hour.⟧"
Pernille Aasheim, the head of Tromsø's harbour authority, said the incident had exposed gaps in towing cover at night. Hjelmeland, she added, "⟦p:b|did everything right.⟧"
"⟦d:b|We are lucky it was calm. If there had been a northerly gale, we would be talking about a very different outcome,⟧" Aasheim said.
Not everyone on the quay was reassured. "⟦d:c|They have been saying the same thing since 2019,⟧" said a fisherman who asked not to be named.

### 005
@a Tobiah Blewbury | the club's head coach
@b Rafe Anichebe | the striker
Tobiah Blewbury admitted his side "⟦p:a|got out of jail⟧" after a stoppage-time penalty earned Halbridge Town a 2-2 draw at Moorcroft on Saturday.
"⟦d:a|We were second best for 80 minutes, there's no hiding from that,⟧" said the club's head coach. "⟦d:a|But the lads kept going, and sometimes that's all you can ask.⟧"
Rafe Anichebe, who converted the spot kick, said he had not been nervous. "⟦d:b|I'd practised that exact penalty all week. Bottom left, hard. The keeper went the right way, but he wasn't getting there,⟧" the striker said.
Blewbury was less sure about the decision itself. Asked whether it was a penalty, he smiled: "⟦d:a|Ask me again after I've seen the replay.⟧"

### 006
@a Esperanza Quiñónez-Pelham | the state's chief epidemiologist
@b Department of Health | -
@c Alonzo Aboagye | a pharmacist in Las Cruces
SANTA FE, N.M. — New Mexico has confirmed its fourth measles case of the year, and health officials are urging parents to check their children's vaccination records before the school year starts.
"⟦d:a|Measles is one of the most contagious diseases we know of. One case in a classroom is enough,⟧" said Dr. Esperanza Quiñónez-Pelham, the state's chief epidemiologist.
The Department of Health said in a statement that the latest patient, an unvaccinated adult, had travelled abroad in July. "⟦d:b|Anyone who visited the Albuquerque Sunport on July 29 between 2 p.m. and 6 p.m. may have been exposed,⟧" the department said.
Alonzo Aboagye, a pharmacist in Las Cruces, said demand for the MMR shot had doubled in a week. "⟦d:c|People who put it off for years are walking in asking for it. That's the silver lining,⟧" he said.

### 007
@a Giuliana Brisbois | -
@b Anwar Tejani-Castell | Her editor
Giuliana Brisbois's new novel, "⟦s:-|The Quince Register⟧", began, she says, with a single sentence she overheard on a ferry.
"⟦d:a|A woman behind me said, 'My father planted trees he knew he would never sit under.' I wrote it on my hand,⟧" Brisbois told me over coffee in Leith. "⟦d:a|Four years later I had a book.⟧"
Her editor, Anwar Tejani-Castell, remembers the first draft as "⟦p:b|eight hundred pages of beautiful chaos.⟧"
"⟦d:b|She cut half of it and the book got twice as good,⟧" he said. "⟦d:b|That almost never happens.⟧"

### 008
@a Corentin Abelard | the mayor of Saint-Vérand
@b Margaux Delisle-Oyé | -
SAINT-VÉRAND, France — The village bakery closed in March. By June, the mayor had found a solution: the town hall would buy the building and rent it out for one euro a month.
"⟦d:a|Un village sans boulangerie, c'est un village qui meurt⟧" ("⟦d:a|A village without a bakery is a village that dies⟧"), said Corentin Abelard, the mayor of Saint-Vérand.
The new baker, Margaux Delisle-Oyé, 29, moved from Lyon with her partner. "⟦d:b|People queue at 6:30 in the morning. On the first day an old man cried when he bought his baguette,⟧" she said.
Abelard said the council had received letters from mayors across the region asking how the scheme worked. "⟦d:a|I tell them: it is not complicated. You just have to decide it matters,⟧" he said.

### 009
@a Deverell Vreeswijk | Board president
@b Kavya Iyengar-Prowse | Trustee
@c - | One parent
The Quenby Valley school board voted 5-2 on Monday night to close Fernhill Elementary at the end of the school year, after more than three hours of public comment.
Board president Deverell Vreeswijk said the decision was the hardest of his eleven years on the board. "⟦d:a|Enrollment at Fernhill has fallen by a third since 2018. We cannot keep a building open for 140 children when the district is short of teachers everywhere else,⟧" he said.
Trustee Kavya Iyengar-Prowse, who voted against, said the board had not looked seriously at alternatives. "⟦d:b|We are closing the one school in this district that kids can walk to,⟧" she said. "⟦d:b|I don't think we will get it back.⟧"
One parent held up a sign reading "⟦s:-|Fernhill Is Family⟧" throughout the meeting. "⟦d:c|You'll be sorry in five years,⟧" she shouted as the vote was read out.

### 010
@a Barnabas Gutteridge | the shadow transport secretary
@b Lysette Ventnor-Spake | the rail minister
@c - | The Speaker
Barnabas Gutteridge, the shadow transport secretary, accused the government of "⟦p:a|managing decline⟧" on the northern rail network during a heated Commons exchange on Wednesday.
"⟦d:a|Passengers in Cumbria have seen one in five trains cancelled this year. Will the minister apologise to them?⟧" he asked.
The rail minister, Lysette Ventnor-Spake, replied that cancellations had fallen for three consecutive months. "⟦d:b|The honourable gentleman would know that if he read the figures rather than the press releases,⟧" she said, to jeers from the opposition benches.
The Speaker intervened: "⟦d:c|Order! Order!⟧"
Gutteridge rose again. "⟦d:a|I read the figures. I also read the platform boards,⟧" he said.

### 011
@a Midori Kirishima | a researcher at Kyoto University's Primate Research Institute
@b Oskar Rautio | a primatologist at the University of Gothenburg
Macaques living near hot springs in central Japan spend less time grooming in winter than those without access to warm water, a study published Wednesday in Current Biology found.
"⟦d:a|The bath is doing some of the work that grooming would normally do, which is keeping the animals warm and calm,⟧" said Midori Kirishima, a researcher at Kyoto University's Primate Research Institute. She led the study.
But she cautioned against reading too much into the result. "⟦d:a|We studied two troops. It's a start, not a law of nature,⟧" Kirishima said.
Oskar Rautio, a primatologist at the University of Gothenburg, who was not involved in the study, called it "⟦p:b|a lovely natural experiment.⟧" "⟦d:b|What I'd want to know next is whether social rank decides who gets into the pool,⟧" he said.
### 012
@a Zanele Makgoba | -
@b Lerato Ngcobo | Her younger sister
JOHANNESBURG — Two sisters who run a soup kitchen in Alexandra township say demand has tripled since the minibus taxi fare rise in September.
Zanele Makgoba, 52, starts cooking at four in the morning. Her younger sister, Lerato Ngcobo, handles the queue. "⟦d:b|Some of them are working people now. Security guards, cleaners. They come in uniform,⟧" Ngcobo said.
"⟦d:a|We used to make two pots. Now it is six,⟧" said Makgoba. She paused to stir one. "⟦d:a|If the money runs out, I don't know what we do.⟧"
Her sister shook her head. "⟦d:b|She always says that. The money never runs out. Somebody always comes.⟧"

### 013
@a Evander Wojtowicz | the prosecutor
@b Leocadia Agyeman-Fry | Judge
@c Roderick Thaxted | -
A man who stole more than £60,000 from a village cricket club while serving as its treasurer has been jailed for two years.
Roderick Thaxted, 58, of Lower Benning, admitted fraud by abuse of position at Maidstone Crown Court.
Evander Wojtowicz, the prosecutor, told the court that Thaxted had used the money for online gambling over six years. "⟦d:a|The club trusted him completely. He was the man who did the teas,⟧" he said.
Judge Leocadia Agyeman-Fry said the theft had "⟦p:b|very nearly destroyed⟧" a club that had existed since 1887. "⟦d:b|You betrayed people who regarded you as a friend,⟧" she told him.
In a letter read to the court, Thaxted wrote: "⟦d:c|I am ashamed every single day. I will pay back every penny if it takes me the rest of my life.⟧"

### 014
@a Folake Obiorah | the head of procurement at Skovgaard Medical
@b Skovgaard Medical | -
@c - | an industry analyst at Bellweather Research
Skovgaard Medical will close its surgical glove plant in Penang by March and move production to Vietnam, the Danish company said on Tuesday, citing energy costs.
"⟦d:b|This was a difficult decision that reflects structural changes in our cost base,⟧" Skovgaard Medical said in a statement. About 900 jobs will go.
Folake Obiorah, the head of procurement at Skovgaard Medical, told analysts on a call that supply to hospitals would not be interrupted. "⟦d:a|We have built up eleven weeks of inventory,⟧" she said.
"⟦d:c|Eleven weeks sounds like a lot until a shipping lane closes,⟧" said an industry analyst at Bellweather Research, who spoke on condition of anonymity because the firm advises Skovgaard's competitors.

### 015
@a Wilmer Pazmiño | -
@b Bartek Wrobelski | the race director
The 44th Cotopaxi Ultra was halted after 60 kilometres on Sunday when a storm rolled across the páramo, race organisers said.
Wilmer Pazmiño, who was leading at the time, said he heard the thunder before he saw the lightning. "⟦d:a|The marshals were waving us down. I was angry for one minute, and then the sky went white and I was not angry any more,⟧" he said.
Bartek Wrobelski, the race director, defended the decision. "⟦d:b|We had 312 runners on an exposed ridge. There is no trophy worth a life,⟧" he said.
Asked whether Pazmiño would be declared the winner, Wrobelski said: "⟦d:b|Nobody wins a race that does not finish.⟧"

### 016
@a Ailbhe Cassidy | The cyclist's partner
@b Bláithín Gilsenan | Her friend
@c An Garda Síochána | -
Gardaí in Co Mayo have renewed their appeal for information about a hit-and-run in which a cyclist was seriously injured on the N59 near Mulranny.
The cyclist's partner, Ailbhe Cassidy, said he was still in intensive care in Galway. "⟦d:a|Someone saw something. A car with a broken headlight doesn't just disappear,⟧" she said.
Her friend Bláithín Gilsenan, who organised a vigil on Saturday, said the community was "⟦p:b|heartbroken and angry.⟧" "⟦d:b|People cycle that road every day. It could have been any of us,⟧" Gilsenan said.
An Garda Síochána said in a statement: "⟦d:c|We are particularly keen to speak to motorists with dash-cam footage who were travelling between Newport and Mulranny between 7pm and 8pm.⟧"

### 017
@a Lorcan Whitby-Essien | -
@b Marzena Ploughman | His campaign manager
Lorcan Whitby-Essien conceded the Marrowfield mayoral race shortly after midnight, ending a campaign that began, in his words, "⟦p:a|in a borrowed office with two phones.⟧"
"⟦d:a:m|I called Councilwoman Beaumont to congratulate her. She ran a strong race and this city is in good hands.⟧
"⟦d:a|To everyone who knocked on doors in the rain: I'm sorry I couldn't give you the night you deserved,⟧" he told supporters at the Alhambra Ballroom.
His campaign manager, Marzena Ploughman, was less conciliatory. "⟦d:b|We were outspent four to one. That's the story of this election,⟧" she said.

### 018
@a Necati Demirkaya | -
@b Selin Arıkan | His daughter
ISTANBUL — Necati Demirkaya has sold roasted chestnuts from the same cart on İstiklal Avenue for thirty-one years. This winter, he says, is the first he has considered stopping.
"⟦d:a|Kestane artık lüks oldu,⟧" he said — "⟦d:a|Chestnuts have become a luxury.⟧" A paper bag of ten now costs 150 lira.
His daughter, Selin Arıkan, helps on weekends. "⟦d:b|He says he'll stop every year. He won't stop. He'll be here when he's ninety,⟧" she said in English.
When she translated this for her father, he laughed and said something in Turkish. "⟦d:b|He says, 'Ninety-five,'⟧" she reported.

### 019
@a Eudora Sallowby | -
@b Eustace Plumley | -
Eudora Sallowby, who has died aged 91, was the first woman to captain a lifeboat crew on the Northumberland coast, and for four decades the voice of the Seahouses shipping forecast that fishermen called "⟦s:-|Eudora's hour⟧".
She joined the RNLI in 1958 as a radio operator. "⟦d:a|They didn't want me on the boat. So I made myself more useful on the boat than anybody else,⟧" she told the Northumberland Gazette in 2004.
Eustace Plumley, who served under her for twelve years, said she was fearless. "⟦d:b|We went out in things you would not believe. She'd be at the wheel singing hymns,⟧" he said. "⟦d:b|Wrong words, mind.⟧"
She is survived by two sons and five grandchildren.

### 020
@a Tamati Ngata | Kaumātua
@b Aroha Tipene | the iwi's chief negotiator
@c - | a spokesperson for the Minister for Treaty of Waitangi Negotiations
WELLINGTON — Ngāti Rangimoa and the Crown have signed a deed of settlement worth $74 million, ending negotiations that began in 1998.
"⟦d:b|Our grandparents started this. Most of them are not here to see it,⟧" said Aroha Tipene, the iwi's chief negotiator, after the signing at Parliament.
Kaumātua Tamati Ngata opened the ceremony with a karakia. Afterwards he said: "⟦d:a|Today we stand up straight again.⟧"
A spokesperson for the Minister for Treaty of Waitangi Negotiations said the settlement legislation would be introduced before Christmas. "⟦d:c|The Crown acknowledges that its actions caused lasting harm,⟧" the spokesperson said.
### 021
@a Genevieve Brannock | the museum's director
@b Joost Hoogendijk | a trustee who voted in favour
The Ravensgate Museum will return a carved ancestor figure taken from the Cameroon Grassfields in 1902, its trustees decided on Thursday.
“⟦d:a|This object was never ours to keep.⟧”
The words were those of Genevieve Brannock, the museum's director, who has pushed for the return since she took the job in 2021. “⟦d:a|We will be discussing with the palace at Bafut how and when it goes home, and we will do it on their terms,⟧” she said.
Joost Hoogendijk, a trustee who voted in favour, said the decision had been unanimous. Asked if more returns would follow, he said: “⟦d:b|I would be surprised if this were the last.⟧”

### 022
@a Sigrun Vikander | -
@b Cosmo Lourenço | -
@c - | a reporter
Sigrun Vikander and Cosmo Lourenço have played mixed doubles together since they were fourteen. On Sunday, at 31, they won their first Grand Slam title.
“⟦d:a|He still serves like a fourteen-year-old,⟧” Vikander said at the trophy presentation. “⟦d:a|Don't tell him I said that.⟧”
Lourenço, standing beside her, grinned. “⟦d:b|She tells me that every match. I think it's working.⟧”
When a reporter asked whether they would ever play against each other, the two looked at one another. “⟦d:c|Would you?⟧” the reporter pressed.
“⟦d:a|Never,⟧” she said. “⟦d:b|Absolutely not,⟧” he said, at the same moment.

### 023
@a Donnacha Ó Cearnaigh | a spokesman for Donegal County Council
@b - | one local
Donegal County Council has apologised after a road sign near Gaoth Dobhair directed drivers to “⟦s:-|Bunbeg Beach (Closed For Resurfacing)⟧”, a stretch of sand that has never been resurfaced.
“⟦d:a|It was meant for a car park at the far end. Someone put it at the wrong junction,⟧” said Donnacha Ó Cearnaigh, a spokesman for Donegal County Council.
Locals have taken to calling it “⟦s:-|the tarmac strand⟧”. The sign has become a minor tourist attraction. “⟦d:b|We're thinking of keeping it,⟧” one local joked.

### 024
@a Ekow Ocloo | the deputy head of the Ghana Cocoa Board's research arm
@b Akua Dadzie | -
KUMASI, Ghana — Swollen shoot virus has now infected an estimated 40 percent of cocoa trees in Ghana's Western North region, according to new survey data.
"⟦d:a|We are cutting out infected trees as fast as we can, but the virus is faster,⟧" said Ekow Ocloo, the deputy head of the Ghana Cocoa Board's research arm.
Akua Dadzie has farmed four hectares near Sefwi Wiawso for two decades. Last year she lost half her trees. "⟦d:b|My father planted some of these. When they cut them, I didn't watch,⟧" she said.
She has replanted with hybrid seedlings the board supplied, but they will not bear fruit for three years. "⟦d:b|Three years,⟧" she repeated. "⟦d:b|What do I eat for three years?⟧"

### 025
@a Constance Ebbage | -
@b Gethin Cheverton | her solicitor
@c - | a spokeswoman for the Crown Prosecution Service
A former care home manager has been cleared of neglecting residents at a home in Swansea after a five-week trial.
Constance Ebbage, 61, wept in the dock as the jury foreman delivered the not guilty verdicts at Swansea Crown Court.
Outside court, her solicitor, Gethin Cheverton, read a statement on her behalf. "⟦d:a|For three years I have lived under a cloud. I loved those residents, and I did my best for them with far too few staff,⟧" it said.
Cheverton added that his client intended to "⟦p:b|rebuild her life quietly⟧".
A spokeswoman for the Crown Prosecution Service said: "⟦d:c|We respect the jury's verdict.⟧"

### 026
@b Yara Eskdale | -
Q&A: Lukas Brenninkmeijer, the Dutch architect behind the floating neighbourhood in Rotterdam's Rijnhaven, on building for rising water.
Q: Why float, rather than build higher dikes?
A: Dikes are a bet that the water will stop where you expect it to. Floating is a bet that it won't. I prefer the second bet.
Q: People have nicknamed the project "⟦s:-|a rich man's houseboat⟧". Is it?
A: The first residents were a bus driver, two nurses and a retired postman. One of them, Yara Eskdale, told me at the opening, "⟦d:b|I never thought I'd live on the water. I thought that was for people in magazines.⟧" I think about that a lot.
Q: What would you do differently?
A: Bigger windows. Everybody asks for bigger windows.

### 027
@a Graciela Choque | a teacher who helped organise the march
@b Javier Landívar | the regional governor
@d Eulalia | one woman
Thousands of people marched through the centre of Cochabamba on Friday to protest against a planned water tariff rise of 35 percent, chanting "⟦s:-|¡El agua no se vende!⟧" — water is not for sale.
Graciela Choque, a teacher who helped organise the march, said families were already paying more for water than for electricity. "⟦d:a|We remember 2000. We know how this ends if they don't listen,⟧" she said, referring to the protests that forced the privatisation of the city's water supply to be reversed.
The regional governor, Javier Landívar, said the increase was needed to repair pipes that lose nearly half of all treated water. "⟦d:b|I understand the anger. But leaking pipes are not free either,⟧" he told local radio.
Protesters carried banners reading "⟦s:-|Agua para todos⟧". "⟦d:d|My children wash in a bucket,⟧" said one woman, who gave only her first name, Eulalia.

### 028
@a Oleksandr Bondarchuk | -
@b Daryna Melnychuk | a nurse at the hospital
KHARKIV, Ukraine — The hospital's generator kicked in within four seconds of the power going out, the staff say. They have timed it.
"⟦d:a|Four seconds is good. Six seconds is a problem. Ten seconds, somebody on a ventilator is in trouble,⟧" said Dr. Oleksandr Bondarchuk, who runs the intensive care unit.
Daryna Melnychuk, a nurse at the hospital, has worked through every outage since 2022. She keeps a headlamp in her pocket. "⟦d:b|You get used to it. That's the terrible part,⟧" she said.
Bondarchuk nodded at her. "⟦d:a|She delivered a baby by headlamp in January. Ask her about it.⟧"
She shrugged. "⟦d:b|The baby didn't care about the light.⟧"
### 029
@a Gotthold Stallmann | -
@b Jocasta Quartey | the council's cabinet member for transport
@c Brackenthorpe Cycling Campaign | the group
Plans for a segregated cycle lane on Brackenthorpe's Bridge Street have been shelved after shopkeepers complained it would remove 40 parking spaces.
Gotthold Stallmann, who has run a hardware shop on the street since 1994, led the objections. "⟦d:a|My customers buy paint and bags of sand. They do not carry them home on a bicycle,⟧" he said.
Jocasta Quartey, the council's cabinet member for transport, said the scheme was "⟦p:b|paused, not dead⟧". "⟦d:b|We will come back with something that works for traders and for people on bikes,⟧" she said.
The Brackenthorpe Cycling Campaign said it was "⟦p:c|deeply disappointed⟧". In a post on social media, the group wrote: "⟦d:c|Two children have been hit on Bridge Street this year. Parking spaces are not more important than that.⟧"

### 030
@a Celestine Mbarga | Cameroon's lead negotiator
@b Ansgar Thorvaldsen | Norway's delegate
@c Remedios Valderrama | Our correspondent
LIVE: Day two of the climate talks in Bonn
10:42 — Celestine Mbarga, Cameroon's lead negotiator, has just spoken for the African Group. "⟦d:a|We were promised a fund. We were given a website,⟧" she said, to applause in the hall.
10:58 — Norway's delegate, Ansgar Thorvaldsen, responded that pledges were "⟦p:b|being honoured in full⟧" and that the first disbursements would come in the spring.
11:15 — Our correspondent Remedios Valderrama reports from the corridor: "⟦d:c|Delegates I've spoken to say the mood is worse than yesterday. Nobody expects a text before Thursday.⟧"
11:31 — Mbarga, asked by reporters whether the African Group would walk out, said: "⟦d:a|We did not fly here to walk out. We flew here to be paid.⟧"

### 031
@a Alphonse Kabongo | -
@b Deirdre Trencher-Blum | His wife
Deirdre Trencher-Blum and Alphonse Kabongo met in 1969, in the queue for a jazz concert that was cancelled. They married the following year and this week celebrated their 55th wedding anniversary at the Fernleigh Care Home in Dorking.
"⟦d:a|We went for a drink instead of the concert and I never went home, more or less,⟧" said Kabongo, 83.
His wife rolled her eyes. "⟦d:b|He went home. He went home at eleven o'clock, very politely.⟧"
Asked for the secret of a long marriage, she didn't hesitate. "⟦d:b|Separate newspapers.⟧"
He added: "⟦d:a|And she is always right. That helps.⟧"

### 032
@a Magnus Feldmann | -
@b Siobhan Hebblethwaite | -
Two paramedics have been honoured for saving the life of a man who collapsed on a packed commuter train outside Reading.
Magnus Feldmann and Siobhan Hebblethwaite were off duty and travelling to a training course when a passenger shouted for help.
"⟦d:a|We looked at each other and just went,⟧" said Feldmann. "⟦d:a|Siobhan did the compressions. I got the defibrillator from the guard's van.⟧"
Hebblethwaite said she had done CPR hundreds of times, but never at 80 miles an hour. "⟦d:b|The train was swaying. I was kneeling on somebody's coat. You don't think about it until afterwards,⟧" she said.
The man, a 54-year-old from Newbury, has since made a full recovery.

### 033
@a Chidera Anozie-Rushbrook | -
@b Ravensworth Unified School District | the district
The Ravensworth Unified School District will stop using an AI tool to grade student essays after a high school senior showed it gave a higher mark to a paper that repeated the same paragraph twelve times.
Chidera Anozie-Rushbrook, 17, posted both essays on her blog last week. "⟦d:a|I wasn't trying to cheat. I was trying to show that the thing grading us can't read,⟧" she said in an interview.
In a statement, the district said it had "⟦p:b|paused the pilot programme pending a review⟧". "⟦d:b|We thank the student for raising her concerns thoughtfully,⟧" it added.

### 034
@a Lemuel Oyebanji | -
@b Lavinia Pilkington | -
@c - | -
Lemuel Oyebanji was sixteen when he first walked into the Brixton boxing gym his uncle ran. Forty years later, he owns it.
There is a sign above the ring that reads ``⟦s:-|Leave your ego at the door⟧''. He painted it himself in 1991.
``⟦d:a|Most of the kids who come in here don't want to be champions. They want somewhere to be after school that isn't the street,⟧'' he said.
Lavinia Pilkington, 15, has been coming for two years. ``⟦d:b|My mum thought I'd get my nose broken. I haven't yet,⟧'' she said. ``⟦d:b|He won't let anyone spar until he thinks they're ready.⟧''
Boxing people have a saying: ``⟦d:c|Everybody has a plan until they get hit.⟧'' Oyebanji prefers his own version. ``⟦d:a|Everybody has a plan until they get tired. Then you find out who trained.⟧''

### 035
@a Yevgenia Koltsova | -
@b Eskil Dahlgaard | -
The two candidates for the chair of the Nordic Skating Union, Yevgenia Koltsova and Eskil Dahlgaard, clashed over prize money at a hustings in Oslo on Tuesday.
Koltsova said the federation should double prize money for women's events within two years. "⟦d:a|We ask women to train like professionals and pay them like hobbyists,⟧" she said.
Dahlgaard said he agreed with the goal but not the timetable. "⟦d:b|If we promise money we don't have, we will be cutting junior programmes in 2028. I won't do that.⟧"
"⟦d:a|The money exists,⟧" Koltsova replied. "⟦d:a|It is being spent on hotels for board members.⟧"
The room went quiet. Dahlgaard, who has sat on the board for nine years, did not respond.

### 036
@a Rozalia Obeng | His lawyer
@b Sorin Vasilescu | -
@d Tribunalul București | The court
BUCHAREST — A Romanian court has sentenced a former mayor of Sector 4 to six years in prison for taking bribes in exchange for construction permits.
Sorin Vasilescu, 64, who was mayor from 2012 to 2020, denied the charges throughout. His lawyer, Rozalia Obeng, said he would appeal. "⟦d:a|The evidence consists of a notebook nobody can prove my client wrote,⟧" she told reporters.
The court, Tribunalul București, said in its written judgment that the payments had been "⟦p:d|systematic and organised⟧".
Vasilescu spoke briefly as he was led away. "⟦d:b|History will judge this, not them,⟧" he said.
### 037
@a Theodora Varnava | the trust's chief executive
@b Norbert Cattermole | -
@c Morag Cattermole | His daughter
A hospital trust in Lincolnshire has apologised to the family of a 79-year-old man who waited 31 hours on a trolley in a corridor before he was given a bed.
Norbert Cattermole died four days later. His daughter, Morag Cattermole, said he had been "⟦p:c|left like a parcel⟧".
"⟦d:c|He kept apologising to the nurses for being a nuisance. That was my dad,⟧" she said.
Theodora Varnava, the trust's chief executive, wrote to the family last week. "⟦d:a|The care your father received fell far below the standard he was entitled to expect, and I am deeply sorry,⟧" the letter said.
Ms Cattermole said the letter was a start. She keeps a voicemail her father left her from the corridor. "⟦d:b|Don't worry, love, they're very busy, I'll ring you when I'm upstairs,⟧" he says on the recording.

### 038
@a Ignatius Varley | Justice
@b Wairimu Mwangi-Koch | -
NAIROBI — Kenya's High Court on Monday suspended a government directive requiring all motorcycle taxi riders to re-register within 30 days, after a petition by riders' groups.
Justice Ignatius Varley said the deadline was "⟦p:a|manifestly unreasonable⟧" given that registration offices in several counties had closed.
Wairimu Mwangi-Koch, who represented the Boda Boda Riders Association, said her clients had been given "⟦p:b|a month to do something that takes three⟧". Speaking outside the Milimani law courts, she added: "⟦d:b|These are men who earn a living one trip at a time. You cannot ask them to queue for a week.⟧"

### 039
@a Wolfram Eichinger | a spokesman for the Bavarian interior ministry
@b Polizeipräsidium Oberbayern Süd | police
@c Annegret Seidl | One of the hikers
MUNICH — Three hikers were rescued from the Watzmann massif on Sunday night after being trapped by early snowfall, police said.
The Polizeipräsidium Oberbayern Süd said the group, all from Hamburg, had set out in trainers. "⟦d:b|The weather forecast was clear. We urge everyone to take it seriously,⟧" police said in a statement.
One of the hikers, Annegret Seidl, 27, told Bayerischer Rundfunk: "⟦d:c|Wir dachten, es wäre nur ein Spaziergang.⟧" ("⟦d:c|We thought it would just be a walk.⟧")
Wolfram Eichinger, a spokesman for the Bavarian interior ministry, said mountain rescue teams had been called out 41 times in September, a record. "⟦d:a|Every one of those call-outs puts a rescuer on a mountain at night,⟧" he said.

### 040
@a Priscilla Nakamura-Dunn | Chief executive
@b Barnaby Asare | an analyst at Thistlecombe Capital
@c Hawthorne Biotech | -
Hawthorne Biotech shares fell 38 percent on Thursday after the company said its experimental drug for early-onset Alzheimer's disease had failed to slow cognitive decline in a late-stage trial.
"⟦d:c|We are disappointed by these results, and we will share the full data with the scientific community,⟧" Hawthorne Biotech said.
Chief executive Priscilla Nakamura-Dunn told investors on a call that the company had enough cash to last into 2028. "⟦d:a|This is a setback, not the end of our pipeline,⟧" she said.
Barnaby Asare, an analyst at Thistlecombe Capital, was blunter. "⟦d:b|The pipeline was this drug. Everything else is years away,⟧" he wrote in a note to clients.

### 041
@a Isla Farquharson | The Shetland fiddler
@b Ewan Mbatha | Her producer
@c Morven Quigg-Soto | Fellow nominee
The Shetland fiddler Isla Farquharson, whose album "⟦s:-|Slack Water at Mavis Grind⟧" won folk album of the year on Wednesday, dedicated the award to her late teacher.
"⟦d:a|Geordie taught me that a tune is a story you tell with your elbow,⟧" she said from the stage in Glasgow. "⟦d:a|This is his as much as mine.⟧"
Her producer, Ewan Mbatha, said the album was recorded in a church hall in Lerwick over four days. "⟦d:b|We had to stop every time the ferry horn went. You can hear it on track six if you listen,⟧" he said.
Fellow nominee Morven Quigg-Soto called the win "⟦p:c|completely deserved⟧".

### 042
@a Isadora Tregaskis | the coroner
@b Percival Wekesa | The climber's father
An inquest has concluded that a 23-year-old climber who fell from a sea cliff at Swanage died as a result of an accident, after an anchor point failed.
The coroner, Isadora Tregaskis, said the bolt had been placed decades earlier and had corroded. "⟦d:a|There was nothing he could reasonably have done to know that this bolt would not hold,⟧" she said.
The climber's father, Percival Wekesa, told the hearing his son had climbed since he was nine. "⟦d:b|He was careful. He was the careful one of all his friends,⟧" he said.
Tregaskis said she would write to the British Mountaineering Council about checking old fixed equipment on coastal routes.
### 043
@a Lucienne Okpara-Thirlwell | captain of the Cheltenham Ladies' hockey side
@b Rupert Harkaway | Her coach
"⟦d:a|If you had told me in January that we would be in the final, I would have asked what you were drinking.⟧"
Lucienne Okpara-Thirlwell, captain of the Cheltenham Ladies' hockey side, was still laughing about it on Monday, two days after her team beat Loughborough 3-1 in the national semi-final.
Her coach, Rupert Harkaway, is more measured. "⟦d:b|They've earned it. But a final is a final, and the other lot will want it just as much,⟧" he said.
"⟦d:a|He's always like that,⟧" Okpara-Thirlwell said afterwards. "⟦d:a|We call him the weather forecast. Cloudy, with a chance of disappointment.⟧"

### 044
@a Themba Mwamba | -
@b Florentyna Zawadzka | a Polish lorry driver
@c - | a spokesman for the port of Dover
Queues of up to 14 miles built up on the M20 on Friday as new digital border checks caused delays at the port of Dover.
Florentyna Zawadzka, a Polish lorry driver, had been waiting since 5am. "⟦d:b|Nine hours. I have chilled food in the back. If this goes on, it goes in the bin,⟧" she said.
Parked two lorries behind her was Themba Mwamba, who drives for a Kent haulier. He said he had seen worse. "⟦d:a|Christmas 2020 was worse. But she's right about the food,⟧" he said.
A spokesman for the port of Dover said: "⟦d:c|We are working with the Border Force to clear the backlog as quickly as possible and apologise to everyone affected.⟧"

### 045
@a Cordelia Quartermaine | -
@b Bożena Lewandowska | -
Cordelia Quartermaine spent 38 years teaching chemistry at Hartwell Grammar. When she retired in July, more than 200 former pupils came to a party in the school hall.
One of them, Bożena Lewandowska, is now a professor of materials science at Imperial College. She flew back from a conference in Boston for the evening.
"⟦d:b:m|She set fire to a bowl of custard powder in my first lesson. I was eleven. I decided that afternoon what I wanted to do with my life.⟧
"⟦d:b|I told her that tonight. She said she didn't remember, which I don't believe.⟧"
Quartermaine insists it is true. "⟦d:a|I set fire to a lot of custard powder. I can't be expected to remember every time,⟧" she said.

### 046
@a Iestyn Wickersham | the head of the union's Bristol branch
@b Tanfield & Rook | the company
@c - | one driver
Bus drivers in Bristol will strike for five days next month after rejecting a pay offer of 4.5 percent, their union announced on Tuesday.
"⟦d:a|Our members are driving split shifts, twelve-hour days, and going home to rent they can't afford,⟧" said Iestyn Wickersham, the head of the union's Bristol branch.
Tanfield & Rook, which runs most of the city's routes, said the offer was "⟦p:b|fair and affordable⟧". "⟦d:b|We are disappointed that the union has chosen to disrupt passengers rather than continue talks,⟧" the company said.
Outside the Lawrence Hill depot, one driver said the vote had not been close. "⟦d:c|Ninety-one percent. That tells you everything.⟧"

### 047
@b Kerensa Pascoe | -
@c - | the prosecution
A Cornish woman accused of poisoning her neighbour's prize-winning dahlias told a jury on Wednesday that she had only ever used "⟦p:b|ordinary garden weedkiller, on my own side of the fence⟧".
Kerensa Pascoe, 67, denies criminal damage. Her neighbour, Revathi Kanagaratnam, had won first prize at the Truro flower show four years running before the plants died in August last year.
Giving evidence, Pascoe said she and Kanagaratnam had "⟦p:b|always got on, more or less⟧". Asked by the prosecution why she had bought two litres of concentrated herbicide a week before the show, she replied: "⟦d:b|Because I had weeds.⟧"
"⟦d:c|Two litres?⟧"
"⟦d:b|They were big weeds.⟧"
The trial continues.

### 048
@a Reinier Achterhof | -
@b Vesna Kovačević | Deputy mayor
@c - | one resident
SPLIT, Croatia — The city council has voted to cap the number of cruise ship passengers allowed ashore each day at 6,000, after residents complained that the old town around Diocletian's Palace had become "⟦s:-|a theme park⟧".
Deputy mayor Vesna Kovačević said the cap would take effect next season. "⟦d:b|We love visitors. We just want to still live here when they leave,⟧" she said.
Reinier Achterhof, who represents the cruise lines in the Adriatic, warned the decision would cost the city millions. "⟦d:a|Ships will go to Kotor and Zadar instead. The money goes with them,⟧" he said.
"⟦d:c|Let it go,⟧" said one resident, who was hanging washing on a balcony above the Peristyle. "⟦d:c|I can't get to my own front door in August.⟧"

### 049
@a Augustin Fairbrother | the director of the Kielder Observatory
@b Njeri Waweru | -
Stargazers across northern England were treated to a rare display of the aurora borealis on Tuesday night, with the lights visible as far south as Derbyshire.
"⟦d:a|We had people crying in the car park. Grown adults. It was that good,⟧" said Augustin Fairbrother, the director of the Kielder Observatory.
Njeri Waweru drove an hour from Newcastle with her two daughters after seeing a post from a friend. "⟦d:b|The girls thought I'd gone mad waking them at midnight. Then they saw it,⟧" she said.
Forecasters at the Met Office said there was a chance of further displays on Wednesday but that cloud could spoil the view.

### 050
@a Serafina Abiodun-Bright | the newly elected member for Kestle North
@b Jedediah Hollinrake | the Conservative MP for Penwortham Fold
Serafina Abiodun-Bright, the newly elected member for Kestle North, used her maiden speech in the House of Commons on Tuesday to talk about her grandmother, who arrived from Lagos in 1961.
"⟦d:a|She cleaned offices in this city at night so that my mother could go to school in the day. I do not think she ever imagined her granddaughter would one day be cleaning up after the party opposite,⟧" she said, to laughter from her own benches.
Jedediah Hollinrake, the Conservative MP for Penwortham Fold, who followed her, called it "⟦p:b|one of the best maiden speeches I have heard in this House⟧", before adding: "⟦d:b|Though I did not enjoy the part about cleaning up.⟧"
### 051
@a Bakhyt Nurlanuly | -
@b Zhansaya Seitkali | his granddaughter
ALMATY, Kazakhstan — Bakhyt Nurlanuly has herded horses in the foothills above Almaty for most of his 70 years. He spoke through an interpreter, his granddaughter Zhansaya Seitkali, who studies in Astana.
«⟦d:a|The snow comes later every year. The grass comes earlier. The horses are confused, and so am I,⟧» he said.
Seitkali added her own view. «⟦d:b|He won't say it, but he's worried about who will take the herd. None of us wants to,⟧» she said.
Asked what he would tell young people in the city, Nurlanuly thought for a long time. «⟦d:a|Come and sit on a horse once. Then decide,⟧» he said.

### 052
@a Ottavia Renzulli | -
@b Ludovica Tancredi | her friend
Two women who found a wallet containing €3,000 on a tram in Milan handed it in to police — and then spent two days tracking down its owner themselves.
Ottavia Renzulli and her friend Ludovica Tancredi, both retired schoolteachers, said the police had told them it could take months. "⟦d:a|The officer said, 'Leave it with us, signora.' So we didn't leave it with them,⟧" Renzulli said. Using a library card in the wallet, the pair found the owner, an 84-year-old widower, through his local library.
Her friend took up the story. "⟦d:b|He had been carrying his savings around because he didn't trust banks. We gave him a lecture about that, too,⟧" Tancredi said.

### 053
@a Hyacinth Ilunga-Fenton | -
@b Clementine Rousseau-Oduro | the headteacher
@c Ofsted | the watchdog
A primary school in Leicester that was rated "⟦s:-|inadequate⟧" three years ago has been judged "⟦s:-|outstanding⟧" in every category by Ofsted.
In its report, Ofsted said pupils at Belgrave Meadow Primary were "⟦p:c|exceptionally well prepared for the next stage of their education⟧". "⟦d:c|Leaders have transformed this school,⟧" the watchdog said.
The headteacher, Clementine Rousseau-Oduro, who arrived in 2022, credited her staff. "⟦d:b|I have had the same team for three years. In a school like this, that is the whole secret,⟧" she said.
Hyacinth Ilunga-Fenton, whose twin sons are in Year 5, said the change was visible at the school gate. "⟦d:a|It used to be the school you apologised for. Now people are trying to move into the catchment,⟧" she said.

### 054
@a Fitzgerald Ocran-Dornan | -
@b Rosamund Keightley | -
@c - | -
"⟦d:a|Where's your lifejacket?⟧" is the first thing Fitzgerald Ocran-Dornan asks every child who steps onto his pontoon on the River Wear in Durham.
He has run the Wearside Rowing Club's junior section for 22 years, unpaid. Rosamund Keightley, who now rows for Great Britain, was one of his first pupils.
"⟦d:b|He made us swim two lengths in our clothes before we were allowed in a boat. I hated him for a week,⟧" Keightley said. "⟦d:b|Now I'd do anything for him.⟧"
The club's motto, painted on the boathouse door, is "⟦s:-|Row it like you stole it⟧". Nobody remembers who first said it. "⟦d:c|Nobody ever drowned from being too careful,⟧" goes another old river saying, which Ocran-Dornan prefers.
"⟦d:a|That one I'd paint on the door,⟧" he said. "⟦d:a|But the kids voted.⟧"

### 055
@a Eoghan Kalashnikov-Boyd | His ghillie
@b Gennadiy Brekhov | -
Gennadiy Brekhov had been fishing the same stretch of the Spey for thirty years when he hooked the salmon of his life on Saturday. His ghillie, Eoghan Kalashnikov-Boyd, held the net.
"⟦d:a|I have never seen a man so calm with a fish that size on the line. Forty minutes, and he didn't say a word,⟧" the 41-year-old said.
Brekhov, 72, said the fish weighed an estimated 31 pounds before he released it. "⟦d:b|He wanted a photograph. I wanted it back in the water. We compromised: one photograph, very quickly,⟧" he said.
Asked if he would tell his friends at the club, he smiled. "⟦d:b|They won't believe me. That's why we took the photograph.⟧"

### 056
@a Benedetta Oyenuga | a midwife who has worked there for 19 years
@b Casimir Mortlake | the health board's chair
The question came from the back of the hall in Wrexham on Thursday night.
"⟦d:a|Why should anyone here trust a word you say about the hospital?⟧"
It was put to Casimir Mortlake, the health board's chair, at the first public meeting since the board announced it would downgrade the maternity unit at Maelor Hospital. The woman asking was Benedetta Oyenuga, a midwife who has worked there for 19 years.
"⟦d:b|I understand why you'd ask that,⟧" Mortlake said. "⟦d:b|I'm here because I think you deserve to hear it from me in person.⟧"
"⟦d:a|Then tell us how many babies you think it's safe to drive to Chester in labour,⟧" Oyenuga replied. Mortlake did not give a number.
"""


def main() -> None:
    build_set(PASSAGES, out=OUT, prefix="fresh8", min_passages=50)


if __name__ == "__main__":
    main()
