# ruff: noqa: E501
"""Build ``quotes_fresh9.jsonl``: a ninth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh9-NNN``.

Conventions (the same as ``build_quotes_fresh8.py``):

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, Mrs Justice, Sen., Cllr, KC); when only a
  first name is given that first name is the speaker. The description is the role or
  appositive as written in the passage (the one given where the speaker is introduced,
  or the definite description used at the cue, e.g. ``the 21-year-old``), else null. A
  role title standing before the name (``Show president``, ``Coach``, ``Governor``) is
  the description when the passage gives no appositive; courtesy honorifics (Mr, Ms,
  Dr, Sir, KC) never are. An appositive noun phrase is taken whole with its
  restrictive relative clause (``a fisherman who asked not to be named``); a relative
  clause on its own (``who heads the island's disaster mitigation agency``) is not a
  description, nor is a prepositional phrase (``of the Fair Share Coalition``). A
  relational phrase standing before the name (``Her son Eirik …``, ``His coach, …``)
  counts like a role title.
* An organisation that is itself the grammatical speaker (``Kestrel Platinum said in
  a statement``, ``the airline said``) is the speaker; a definite description used for
  it at the cue (``the airline``) is its description like any other. An unnamed
  person speaking for an organisation (``a Northline spokesperson said``) has a null
  speaker and that phrase as the description. Unnamed sources and individuals in a
  crowd (``one commuter``) likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, statements,
  judgments, posts, emails. They are ``direct`` (or ``partial``) with that author as
  speaker.
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
  description or role title elsewhere, the introduction's appositive is the
  description.
* Speech quoted in another language with a translation after it belongs to the
  original speaker; the original and the translation are two spans. Speech relayed
  through an interpreter belongs to the original speaker.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh9.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh9.jsonl")

PASSAGES = """
### 001
@a Thandiwe Mokoena | a spokeswoman for the Amalgamated Mineworkers Union
@b Kestrel Platinum | -
@c Sipho Dlamini | a rock-drill operator who has worked at the mine for eleven years
LESEDI, South Africa, March 4 (Reuters) - Thousands of workers at Kestrel Platinum's Lesedi shaft downed tools on Tuesday in a dispute over housing allowances, the company and the country's second-largest mining union said.
"⟦d:a|Our members have waited eighteen months for an answer that never came,⟧" said Thandiwe Mokoena, a spokeswoman for the Amalgamated Mineworkers Union. "⟦d:a|They will not go back underground until management puts a figure on the table.⟧"
Kestrel Platinum said in a statement that the strike was "⟦p:b|unprotected⟧" and that it had approached the Labour Court for an interdict. "⟦d:b|The company remains open to dialogue within the framework of the existing wage agreement,⟧" it said.
Output at Lesedi accounts for about a fifth of Kestrel's annual production. Shares in the Johannesburg-listed company fell 3.2% by midday.
Outside the shaft gates, Sipho Dlamini, a rock-drill operator who has worked at the mine for eleven years, said he shared a two-room house with seven relatives. "⟦d:c|The allowance they give us does not even cover the rent of a shack,⟧" he said.
(Reporting by Naledi Khumalo; Editing by Peter Ashcombe)

### 002
@a Marian Oakes | the cabinet member for transport
@b Gareth Pryce | Opposition leader
@c Jackie Burrows | -
Drivers in Hexley will pay up to £2.40 an hour to park on the high street from April after councillors narrowly approved new charges on Wednesday night.
The plan, which passed by 23 votes to 21 at Hexley Borough Council, will see free parking removed from four town-centre car parks. Cries of “⟦d:-|Shame!⟧” came from the public gallery as the result was announced.
Cllr Marian Oakes, the cabinet member for transport, said the council had “⟦p:a|no realistic alternative⟧” after a £3.1m shortfall in its budget.
“⟦d:a|Nobody became a councillor to put up parking charges,⟧” she told the meeting. “⟦d:a|But the money has to come from somewhere, and I would rather it came from car parks than from care homes.⟧”
Opposition leader Gareth Pryce said the decision would “⟦p:b|hollow out⟧” the high street. “⟦d:b|Every trader I have spoken to says the same thing: people will simply drive to the retail park, where parking is free,⟧” he said.
Jackie Burrows, who runs Burrows Haberdashery on Market Street, said: “⟦d:c|We’ve been here 41 years. I honestly don’t know if we’ll see 42.⟧”

### 003
@a Dwayne Colfax | -
@b Loretta Vance | U.S. District Judge
@c Priya Raman | Assistant U.S. Attorney
@d Howard Stein | Colfax's attorney
COLUMBUS, Ohio (AP) — A former county treasurer who siphoned $2.3 million from a fund meant for school repairs was sentenced Thursday to six years in federal prison.
Dwayne Colfax, 58, pleaded guilty in January to wire fraud and money laundering. Prosecutors said he used the money to pay gambling debts and buy a lake house in Michigan.
"⟦d:a|I have no excuse. I betrayed people who trusted me,⟧" Colfax told the court, his voice breaking. "⟦d:a|I think about those kids in buildings with leaking roofs every single day.⟧"
U.S. District Judge Loretta Vance said the apology came "⟦p:b|years too late⟧" and noted that Colfax had continued taking money after auditors first raised questions.
"⟦d:b|This was not a single lapse of judgment,⟧" Vance said. "⟦d:b|It was a sustained, deliberate scheme, and it ended only because you were caught.⟧"
Assistant U.S. Attorney Priya Raman had asked for eight years. "⟦d:c|Public money is a public trust, and Mr. Colfax treated it like a personal line of credit,⟧" Raman said in a statement after the hearing.
Colfax's attorney, Howard Stein, had argued for home confinement, citing his client's heart condition. Stein said after the hearing that they were "⟦p:d|disappointed but not surprised⟧" and would not appeal.

### 004
@a Neil Harrower | the Ashbourne Rovers manager
@b Kofi Asante-Boateng | -
@c Declan Fitch | -
Ashbourne Rovers 2 Millbridge Town 1
Kofi Asante-Boateng’s stoppage-time header kept Ashbourne Rovers’ promotion hopes alive and left Millbridge staring at a fourth straight away defeat.
The 22-year-old, on loan from a top-flight club, rose highest to meet Luca Ferreira’s corner in the 93rd minute after Millbridge had looked set to hold on for a point.
“⟦d:a|He’s got a spring in him you can’t coach,⟧” said the Ashbourne Rovers manager, Neil Harrower. “⟦d:a|We practise that routine every Thursday and it finally came off when it mattered.⟧”
Asante-Boateng, who had missed two good chances in the first half, admitted he had been “⟦p:b|fuming⟧” with himself at the break. “⟦d:b|The gaffer told me to keep gambling at the back post,⟧” he said. “⟦d:b|So I did.⟧”
Millbridge had equalised through Declan Fitch’s deflected shot just before the hour, and Fitch was in no mood to celebrate afterwards. “⟦d:c|We switched off for one second and it’s cost us again,⟧” he said. “⟦d:c|It’s becoming a habit and we need to break it quickly.⟧”

### 005
@a Halvorsen Foods | Norwegian seafood processor
@b Ingrid Sætre | chief executive
@c Marcus Threlfall | an analyst at Berwick Capital
OSLO, Feb 12 (Reuters) - Norwegian seafood processor Halvorsen Foods reported a 14% fall in fourth-quarter operating profit on Wednesday, hit by higher feed costs and a weaker yen, and said it would cut about 300 jobs.
"⟦d:b|2024 was a difficult year and we are not expecting the cost pressure to ease in the first half,⟧" chief executive Ingrid Sætre said in a statement.
The job cuts, mostly at its filleting plant in Brekkvik, would save around 180 million crowns a year from 2026, the company said. "⟦d:a|We expect the restructuring to be completed by the end of the third quarter,⟧" it added.
The company kept its dividend unchanged at 4.50 crowns per share, in line with expectations.
"⟦d:c|The cuts were flagged, the dividend is safe and the guidance is cautious rather than alarming,⟧" said Marcus Threlfall, an analyst at Berwick Capital. "⟦d:c|I'd call it a clearing of the decks.⟧"
Sætre told reporters on a call that the company was "⟦p:b|in no hurry⟧" to make acquisitions in Japan.

### 006
@a Harpal Singh Dhillon | president of the Kisan Ekta Manch
@b Meenakshi Iyer | District Collector
@c - | a senior official in the agriculture department who did not wish to be named
KESARGANJ: Farmers in Kesarganj district have threatened to intensify their agitation after the state government failed to announce compensation for crops damaged by last month’s unseasonal hailstorm.
“⟦d:a|We have given the government enough time. If the survey is not completed by Friday, we will block the highway,⟧” said Harpal Singh Dhillon, president of the Kisan Ekta Manch, addressing a gathering of nearly 2,000 farmers outside the tehsil office on Monday.
District Collector Meenakshi Iyer said the survey of damaged fields was “⟦p:b|almost 80 per cent complete⟧”. “⟦d:b|Patwaris are working even on Sundays. Every affected farmer will be covered, there is no question of anyone being left out,⟧” she told reporters.
A senior official in the agriculture department who did not wish to be named said the delay was due to a shortage of staff. “⟦d:c|We have 14 posts vacant in the district. What can we do?⟧” the official said.
Dhillon, however, said the farmers had heard such assurances before. “⟦d:a|Last year also they said 80 per cent. The money came after eight months,⟧” he said.

### 007
@a Elspeth Carradine | a neuroscientist at the University of Dunmore who led the study
@b Tomasz Wierzbicki | an epidemiologist who was not involved in the research
@c Nadia Haddad | head of research at the charity Memory Matters
A daily 20-minute walk may slow the shrinking of a brain region linked to memory in people over 65, according to a study that followed more than 4,000 adults for a decade.
Researchers at the University of Dunmore found that participants who walked briskly at least five days a week lost hippocampal volume about 30% more slowly than those who were largely sedentary.
“⟦d:a|The effect is modest, but it is consistent, and walking is free,⟧” said Dr Elspeth Carradine, a neuroscientist at the University of Dunmore who led the study. “⟦d:a|We are not saying a walk will prevent dementia. We are saying the brain seems to notice.⟧”
The findings, published in the Journal of Ageing and Cognition, come with caveats. Participants reported their own activity levels, and those who walked more also tended to be wealthier and to smoke less.
Prof Tomasz Wierzbicki, an epidemiologist who was not involved in the research, said it was “⟦p:b|a careful piece of work⟧” but warned against reading too much into it. “⟦d:b|People who are able to walk every day are, almost by definition, healthier to begin with,⟧” he said. “⟦d:b|You can adjust for a lot, but you cannot adjust for everything.⟧”
Nadia Haddad, head of research at the charity Memory Matters, welcomed the study. “⟦d:c|Anything that gets people moving is good news, and this adds to the evidence,⟧” she said.

### 008
@a Winifred Lusk | -
@b Anselm Ravenhill | the critic
Winifred Lusk, who has died aged 91, was a potter whose thick-walled, ash-glazed bowls found their way from a converted cowshed in the fells into the collections of museums on three continents.
She came to clay late, after twenty years as a primary school teacher. “⟦d:a|I had spent my whole life telling children to get their hands dirty, and one day I thought I had better take my own advice,⟧” she told an interviewer in 1998.
Her breakthrough came in 1979, when the critic Anselm Ravenhill saw a row of her jars at a village show and wrote that they had “⟦p:b|the gravity of standing stones⟧”. The phrase followed her for the rest of her career, somewhat to her irritation. “⟦d:a|They’re jars,⟧” she once said. “⟦d:a|You put things in them.⟧”
She refused to use an electric kiln and fired her wood-burning kiln, which she called “⟦s:-|the dragon⟧”, twice a year until she was 86.
She is survived by her nephew, Callum, and by her partner of forty years, Joan Prentice.

### 009
@a Alun Pritchard | The council leader
@b Carrow Basin Authority | -
@c - | One resident
Live: Carrow Valley floods
17:05 Evacuations continue in Lower Tanton
The council leader, Alun Pritchard, has just spoken to reporters outside the emergency centre at Tanton leisure centre. “⟦d:a|We have moved 140 people so far and we expect that number to rise overnight,⟧” he said. “⟦d:a|If you are asked to leave, please leave. Do not wait to see how high the water gets.⟧”
16:48 Warning upgraded at Tanton Bridge
The warning for the river at Tanton Bridge has been upgraded to “⟦s:-|severe⟧”, meaning there is a danger to life. In a post on X, the Carrow Basin Authority said: “⟦d:b|River levels are expected to peak between 2am and 5am. Stay away from riverbanks and do not drive through flood water.⟧”
16:20 Residents describe speed of flooding
Our reporter in Lower Tanton has been speaking to residents loading belongings into cars. One resident said: “⟦d:c|It came up through the floorboards in about ten minutes. I’ve lived here since 1987 and I’ve never seen anything like it.⟧”

### 010
@a Daniel Okonkwo-Reid | The state Treasurer
@b Bronwyn Kettering | Opposition Leader
@c Sharon Vu | The Mayor of Kellerton
The state Treasurer, Daniel Okonkwo-Reid, has defended a decision to delay the Western Corridor rail link by three years, saying the budget could not absorb a $4.7 billion cost blowout.
"⟦d:a|I'm not going to pretend this is good news for the people of the west. It isn't,⟧" Mr Okonkwo-Reid told local radio this morning.
"⟦d:a|But I'd rather be straight with them now than announce a start date I can't keep.⟧"
Opposition Leader Bronwyn Kettering said the delay was "⟦p:b|a betrayal⟧" of commuters who had been promised the line since 2019.
"⟦d:b|They've had six years, three ministers and two business cases,⟧" Ms Kettering said. "⟦d:b|The only thing this government has delivered in the west is excuses.⟧"
The Mayor of Kellerton, Sharon Vu, said residents in the outer suburbs were used to waiting. "⟦d:c|We've got people spending three hours a day in the car. Three more years is a long time in that car,⟧" she said.

### 011
@a Oriel Banerjee | -
@b Femi Adeyemi-Clarke | -
The Salt Orchard, Lanterne Theatre ★★★★
There is a moment near the end of Oriel Banerjee’s new production of “⟦s:-|The Salt Orchard⟧” when the lights go down on the farmhouse kitchen and you can hear, very faintly, the sea. It is the quietest thing in the play and the most devastating.
In a programme note, Banerjee writes that she wanted to make “⟦p:a|a play about inheritance that feels like a ghost story⟧”, and for the most part she has. In an interview last month she put it more bluntly: “⟦d:a|Every family has one field nobody will sell and nobody will farm.⟧”
The cast is uniformly strong, but the evening belongs to Femi Adeyemi-Clarke as the eldest son, all coiled silence and sudden fury.
Adeyemi-Clarke told me after the press night that he had based the character on his grandfather. “⟦d:b|He never raised his voice once in his life, and he was the most frightening man I have ever met,⟧” he said.
Until 14 June.

### 012
@a Lucía Benavides Ortega | -
@b Sindicato de Estibadores | The dockworkers’ union
@c Ramiro Quispe | Their general secretary
@d - | my father
Lucía Benavides Ortega, 47, took charge of the Port Authority of San Telmo in January, the first woman to hold the post in its 130-year history. She spoke to us about automation, unions and why she keeps her father’s hard hat on her desk.
“⟦d:a|People expected me to come in with a chainsaw,⟧” she says, laughing. “⟦d:a|I came in with a notebook.⟧”
Q: The dockworkers’ union, the Sindicato de Estibadores, called your appointment “⟦p:b|a political stunt⟧”. Has that changed?
A: I think so. We meet every two weeks now. Their general secretary, Ramiro Quispe, told me last month, “⟦d:c|You are the first director who has come down to the quay at night.⟧” That meant a lot.
Q: Will you automate the terminals?
A: We will automate the container yard over five years. Nobody will be fired. I have put that in writing.
Q: And the hard hat?
A: It was my father’s. He worked on these docks for thirty-one years. He used to say, “⟦d:d|The sea doesn’t care who you are.⟧” I keep it to remember that.

### 013
@a Wanjiru Kamau | chairperson of the Kiamboga Traders Association
@b Peter Ochieng Wafula | County Executive for Trade
@c - | A fire officer at the scene
NAIROBI, Kenya — Hundreds of traders at Kiamboga Market counted their losses on Sunday after a night-time fire destroyed more than 300 stalls, the third blaze at the market in two years.
Wanjiru Kamau, chairperson of the Kiamboga Traders Association, said many of the traders had taken loans to restock ahead of the festive season. "⟦d:a|Some of these women had just received their goods on Friday. Everything is gone, even the receipts,⟧" she said.
County Executive for Trade Peter Ochieng Wafula, who toured the market on Sunday morning, promised temporary stalls within two weeks. "⟦d:b|We will not let these traders suffer alone. The county will also review why the fire hydrants at this market were not working,⟧" Wafula said.
A fire officer at the scene, who spoke on condition of anonymity because he was not authorised to speak to the media, said the first engine arrived about 40 minutes after the alarm was raised. "⟦d:c|By that time the fire had jumped across three rows,⟧" he said.
Traders accused the county of ignoring repeated warnings. Kamau said the association had written to the county in March about the hydrants. "⟦d:a|They acknowledged our letter. That is all they did,⟧" she said.

### 014
@a Marcus Delacroix-Hill | Mariners rookie
@b Tina Sorensen | Coach
@c - | one reporter
Mariners rookie Marcus Delacroix-Hill scored 38 points, a franchise record for a first-year player, as Harbor City beat the Tucson Rattlers 121-114 on Saturday night.
"⟦d:a|Honestly I wasn't counting. I just kept getting good looks,⟧" Delacroix-Hill said. "⟦d:a|The guys found me. That's on them as much as me.⟧"
Coach Tina Sorensen was asked afterward whether the 20-year-old was ready to start. "⟦d:c|Is he in the starting five on Monday?⟧" one reporter asked.
"⟦d:b|Ask me Monday,⟧" Sorensen said, smiling. "⟦d:b|He's earned a conversation. Let's leave it there.⟧"
Delacroix-Hill, who was drafted 27th overall in June, said he had watched tape of the Rattlers with his father the night before. "⟦d:a|He told me they'd go under screens. They went under screens,⟧" he said.

### 015
@a Yousef Al-Mansouri | -
@b Rania Khalil | a 34-year-old teacher
@c Ministry of Water Resources | -
Farmers in the southern governorate of Al-Qarn say a third successive year of failed winter rains has pushed them to the edge, as wells that once supplied whole villages run dry.
“⟦d:a|My grandfather dug this well with his hands. For sixty years it never failed,⟧” said Yousef Al-Mansouri, lowering a bucket that came back up with barely a cupful of brown water. “⟦d:a|Now we buy water from trucks at a price we cannot pay.⟧”
Al-Mansouri, 62, has sold half of his goats this year to pay for water. His neighbour’s daughter, Rania Khalil, a 34-year-old teacher, said families were beginning to leave for the cities.
“⟦d:b|In my class there were 31 children in September. Now there are 19,⟧” she said. “⟦d:b|Every week someone comes to tell me they are going to the capital.⟧”
The Ministry of Water Resources said in a statement that it had allocated funds for 40 new deep wells in the governorate and that drilling would begin “⟦p:c|within weeks⟧”.
Al-Mansouri was unconvinced. “⟦d:a|They said the same thing last year,⟧” he said.

### 016
@a Adrian Beckwith | Judge
@b Kelly Marsh | Ellis's mother
@d Ruth Okafor | The prosecutor
A driver who killed a cyclist while checking his phone on a dual carriageway has been jailed for six years and four months.
Simon Varga, 29, of Ashby Road, Kettleworth, admitted causing death by dangerous driving at Hallam Crown Court.
The court heard Varga’s van struck 19-year-old Ellis Marsh from behind near Brindle in August last year. Data from his phone showed he had been scrolling through a video app seconds before the crash.
The prosecutor, Ruth Okafor, told the court: “⟦d:d|For a period of at least eleven seconds the defendant’s attention was on his phone and not on the road. Ellis Marsh was visible for that entire period.⟧”
In a statement read to the court, Ellis's mother, Kelly Marsh, said: “⟦d:b|Ellis was cycling to his first shift at his first proper job. He had ironed his shirt the night before.⟧”
“⟦d:b|I don’t know how to be in the house without him. I don’t think I ever will.⟧”
Sentencing, Judge Adrian Beckwith told Varga: “⟦d:a|You chose to watch a video rather than the road. That choice cost a young man his life and has destroyed his family.⟧”
Varga, who wept in the dock, was also banned from driving for nine years.

### 017
@a Priyanka Venkataraman | Orbitale's chief executive and co-founder
@b Orbitale | a start-up that makes software to schedule satellite imaging
@c Greg Tolliver | a general partner at Northbend Ventures
SAN FRANCISCO — Orbitale, a start-up that makes software to schedule satellite imaging, has raised $62 million in a funding round led by Northbend Ventures, the company said Tuesday.
The three-year-old company, founded by two former aerospace engineers, will use the money to double its staff to about 180 and open an office in Tokyo.
"⟦d:a|Five years ago you had to book satellite time like you booked a conference room,⟧" said Priyanka Venkataraman, Orbitale's chief executive and co-founder. "⟦d:a|We want it to feel like calling a cab.⟧"
Greg Tolliver, a general partner at Northbend Ventures, said the firm had been "⟦p:c|watching the space for a while⟧". "⟦d:c|What convinced us was the customer list. These are not pilot projects; these are contracts,⟧" he said in an interview.
Orbitale declined to disclose its valuation. In an emailed statement, the company said it was "⟦p:b|comfortably profitable on a unit basis⟧" but did not expect to turn an overall profit before 2027.

### 018
@a Helen Ashdown | the health secretary
@b Amara | A nurse I spoke to last week at a large hospital in the Midlands
Last Tuesday, the health secretary, Helen Ashdown, stood at the dispatch box and told MPs that hospital waiting lists were “⟦p:a|turning a corner⟧”. I have heard that phrase so often in the past decade that I have started to wonder what shape this corner is.
“⟦d:a|We are seeing the first sustained fall in waits for eighteen months, and I pay tribute to the staff who have made it happen,⟧” she said, to approving murmurs from her own benches.
Those staff, it turns out, have views of their own. A nurse I spoke to last week at a large hospital in the Midlands — she asked me to call her Amara, because she does not want to lose her job — described a ward where patients wait on trolleys for two days and where she has not taken a full break since the summer.
“⟦d:b|We’re not turning a corner. We’re going round and round the same roundabout, and every lap someone falls off,⟧” Amara told me.
Ms Ashdown’s department did not respond when I asked how many of the “⟦s:-|recovered⟧” appointments had simply been moved from one list to another. I suspect the answer is more than she would like to admit.

### 019
@a Bambang Sutrisno | -
@b Siti Rahmawati | -
@c - | A local official
PULAU KESUMA, Indonesia (AP) — A strong earthquake shook a remote island in eastern Indonesia early Friday, killing at least 14 people and damaging hundreds of homes, officials said.
The magnitude 6.3 quake struck at 3:12 a.m. at a depth of 10 kilometers, the country's geophysics agency said. No tsunami warning was issued.
"⟦d:a|Many houses made of brick collapsed, while wooden houses mostly survived,⟧" said Bambang Sutrisno, who heads the island's disaster mitigation agency. He said rescuers were still searching for at least six people believed to be trapped.
Siti Rahmawati, 41, said she ran out of her house carrying her two children as the walls began to crack. "⟦d:b|I could not find my slippers. I just ran,⟧" she told The Associated Press by phone from an evacuation tent. "⟦d:b|Everybody was screaming and it was completely dark.⟧"
A local official said electricity had been cut across most of the island and that aftershocks were continuing. "⟦d:c|People are afraid to go back inside. They are sleeping in the fields,⟧" said the official, who spoke on condition of anonymity because he was not authorized to brief the media.

### 020
@a Chan Wai-ming | Harbourline Holdings chairman
@b Lim Siew Ling | head of research at property consultancy Marwick & Tan
SINGAPORE — Harbourline Holdings chairman Chan Wai-ming said on Thursday that the group would pause new residential launches for at least a year, citing "⟦p:a|exceptionally weak⟧" buyer sentiment.
"⟦d:a|We don't see the point of launching into a market where buyers are sitting on their hands. We'll wait,⟧" Chan told an investor briefing.
The announcement came a day after the Urban Housing Board reported that private home sales fell 22 per cent in the third quarter from a year earlier.
Lim Siew Ling, head of research at property consultancy Marwick & Tan, said other developers were likely to follow. "⟦d:b|Harbourline has the balance sheet to wait. The smaller players don't, and they may have to cut prices instead,⟧" Ms Lim said.
Harbourline shares closed 1.8 per cent higher.

### 021
@a Park Ji-hoon | -
@b Cathal Ó Briain | the Irishman
Park Ji-hoon closed with a five-under-par 66 to win the Lakeshore Classic by two shots on Sunday, his first title on the tour in four years.
The 31-year-old South Korean, who dropped to 412th in the world rankings after back surgery in 2022, holed a 30-foot birdie putt on the 17th to pull clear of Ireland’s Cathal Ó Briain.
“⟦d:a|There were days I thought I would never play again. My wife kept telling me, ‘One more year, one more year.’ So this is for her,⟧” Park said through an interpreter.
Ó Briain, who led by one shot after 54 holes, bogeyed the 16th and 18th. “⟦d:b|I just didn’t hit the shots when I needed to. Fair play to Ji-hoon, that putt on 17 was something else,⟧” the Irishman said.
Park, who also won the event in 2019, said he would take next week off. “⟦d:a|I will eat, sleep and watch my daughter’s football games,⟧” he said.

### 022
@a Margaret Hollins | the committee's ranking Democrat
@b Curtis Langley | the agency's acting administrator
@c Rob Tennant | the committee chairman
WASHINGTON — The head of the federal rail safety agency faced sharp questioning on Capitol Hill on Wednesday over inspection backlogs that investigators say contributed to February's derailment in eastern Kansas.
Curtis Langley, the agency's acting administrator, told the Senate Commerce Committee that the backlog had been cut by 40% since the spring.
"⟦d:a|Forty percent of what, Mr. Langley?⟧" asked Sen. Margaret Hollins, the committee's ranking Democrat. "⟦d:a|Because the number I have says you still have 11,000 bridge inspections overdue.⟧"
"⟦d:b|That number is from March, Senator,⟧" Langley replied.
"⟦d:a|It's from your own website. It was updated Monday.⟧"
Langley paused before answering. "⟦d:b|Then I'll take that back to my staff and get you an accurate figure,⟧" he said.
Sen. Rob Tennant, the committee chairman, said he would ask the inspector general to review the agency's figures. "⟦d:c|We can't fix what we can't count,⟧" he said.

### 023
@a Halima Diallo-Brandt | -
@b Kiyoshi Moriyama | an astrophysicist at the Hokuriku Institute of Technology who was not part of the team
Astronomers have found a planet about the size of Neptune orbiting so close to its star that its year lasts just 19 hours, and it appears to be losing its atmosphere in a long, comet-like tail.
The planet was spotted by a team led by Halima Diallo-Brandt of the Carreg Observatory, using data from two ground-based telescopes.
“⟦d:a|We honestly thought it was a glitch in the instrument at first,⟧” Diallo-Brandt said. “⟦d:a|Planets like this shouldn’t really exist. It’s sitting in what people call the Neptune desert.⟧”
The term “⟦s:-|Neptune desert⟧” refers to the scarcity of mid-sized planets on very short orbits, where intense radiation is thought to strip away their gas.
Kiyoshi Moriyama, an astrophysicist at the Hokuriku Institute of Technology who was not part of the team, called the tail “⟦p:b|a gift⟧”. “⟦d:b|You rarely get to watch a planet evaporate in real time. This one is practically posing for the camera,⟧” he wrote in an email.

### 024
@a Denise Farrow | School board president
@b Angela Ruiz | -
@c Karen Whitlock | Superintendent
MILLBROOK — After nearly four hours of public comment, the Millbrook Unified school board voted 4-1 late Tuesday to close Hawthorne Elementary at the end of the school year.
Superintendent Karen Whitlock said declining enrollment had left the 1950s building at less than half its capacity. "⟦d:c|We are heating and maintaining classrooms that have had no children in them for six years,⟧" she told the board. "⟦d:c|That is money that should be going into teachers.⟧"
Dozens of parents spoke against the plan. Angela Ruiz, whose two sons attend Hawthorne, told board members the closure would force some families to cross a four-lane highway to reach the nearest school.
"⟦d:b|You are going to put seven-year-olds on the shoulder of Route 9,⟧" she said. "⟦d:b|I want every one of you to go and stand there at 7:45 in the morning before you vote.⟧"
Whitlock said the district would provide bus service for all students living more than half a mile from their new school.
School board president Denise Farrow said it was the hardest vote she had cast in nine years on the board. "⟦d:a|I went to Hawthorne. My kids went to Hawthorne,⟧" she said. "⟦d:a|But I can't vote with my heart on this one.⟧"

### 025
@a Solveig Haraldsen | -
@b Eirik Nygård | Her son
At five o’clock on a January morning, in a darkness that will not lift until almost eleven, Solveig Haraldsen is already on the water.
She is 68, and has fished for cod off the island of Vågøya for fifty years — longer, she points out, than most of the men who tie up next to her at the harbour have been alive.
“⟦d:a:m|When I started, there were women on the boats, but they were wives. They cooked, they gutted, they did the books. Nobody expected a girl to want her own boat.⟧
“⟦d:a|My father didn’t say no. He just said, ‘You’ll have to be better than them.’ So I was.⟧”
The catch has changed. Haraldsen says the cod arrive later each year and the winter season, once reliable to the week, now “⟦p:a|does what it likes⟧”.
Her son, Eirik Nygård, who took over the family’s second boat in 2015, worries less about the fish than about the quotas. “⟦d:b|The fish will come or they won’t. But if they cut the coastal quota again, it won’t matter whether they come,⟧” he says.
His mother shrugs at this. “⟦d:a|He worries. I fish,⟧” she says.

### 026
@a Gabriela Montero Villalobos | The provincial governor
@b Evaristo Mamani Choque | a community leader from the village of Pucará Alto
@c Litoral Andes Mining | the Canadian-listed company developing the project
QUILCA, March 9 (Reuters) - Indigenous communities in the Andean province of Alto Quilca blocked the main highway to the coast for a third day on Sunday, demanding that a planned lithium mine be halted until an independent study of its water use is completed.
"⟦d:b|They want to take the water from under our feet and sell it to make batteries for cars we will never drive,⟧" said Evaristo Mamani Choque, a community leader from the village of Pucará Alto, speaking by telephone.
The provincial governor, Gabriela Montero Villalobos, urged the protesters to lift the blockade, saying trucks carrying food and medicine were stranded. "⟦d:a|The right to protest is sacred, but so is the right of a sick child to receive medicine,⟧" Montero said in a video posted on social media.
Litoral Andes Mining, the Canadian-listed company developing the project, said it used "⟦p:c|closed-loop⟧" technology that would return most of the water to the aquifer. "⟦d:c|We have always been and remain committed to dialogue with the communities,⟧" the company said in a statement.
Mamani said the communities had heard promises before. "⟦d:b|Dialogue is when both sides can say no,⟧" he said.

### 027
@b - | A spokesperson for the trust
@c Fiona McAllister | the trust’s medical director
@d Bernard Quaye | -
Visiting has been suspended on four wards at Northgate General Hospital after an outbreak of norovirus.
Dr Fiona McAllister, the trust’s medical director, said 37 patients and 12 staff had been affected since last Thursday. “⟦d:c|We know how hard it is for families not to be able to see their loved ones, and we don’t take this decision lightly,⟧” she said.
“⟦d:c|But norovirus spreads incredibly easily, and the people on these wards are some of the most vulnerable in our care.⟧”
Bernard Quaye, whose 88-year-old father has been on Ward 7 since December, said he had not been told about the restrictions until he arrived at the hospital. “⟦d:d|I drove forty minutes and they turned me away at the door. A text message would have done it,⟧” he said.
A spokesperson for the trust said: “⟦d:b|We are sorry that Mr Quaye was not informed in advance and we are reviewing how we contact relatives.⟧”

### 028
@a Arjun Rathore | -
@b Imtiaz Shaikh | Coastal Kings captain
@c Graeme Whitcombe | the former Australian opener
CHENNAI: Arjun Rathore's unbeaten 142 rescued Southern Stars from 38 for four and set up a 67-run victory over the Coastal Kings in the first match of the Inter-Zonal Trophy on Saturday.
Rathore, 24, came in with his side in trouble against the swing of left-armer Devang Mehta and batted through the remaining 44 overs.
"⟦d:a|When I walked in, skipper told me just to be there till lunch. Then just be there till tea. I didn't think about the hundred till I got to 95,⟧" Rathore said at the post-match press conference.
Coastal Kings captain Imtiaz Shaikh admitted his bowlers had "⟦p:b|lost the plot⟧" after the first hour. "⟦d:b|We had them where we wanted them. Credit to Arjun, but we bowled too many four-balls,⟧" Shaikh said.
Southern Stars head coach Graeme Whitcombe, the former Australian opener, said Rathore was "⟦p:c|ready for the next level⟧". "⟦d:c|He's got the temperament. I've seen a lot of players with shots, but not many with that temperament at 24,⟧" he said.

### 029
@a Lauren Hobbs | Detective Inspector
@b - | A neighbour
@c - | A police source
Two men have been arrested after a woman was seriously injured in a stabbing in Harwick town centre on Saturday night.
Police said officers were called to Castle Street at about 11.20pm. The woman, in her 30s, was taken to hospital, where her condition is described as critical but stable.
Detective Inspector Lauren Hobbs said: “⟦d:a|We understand this incident will cause concern in the community. We believe it was a targeted attack and there is no wider risk to the public.⟧”
A neighbour, who did not want to be named, said she heard shouting shortly before 11.30pm. “⟦d:b|I looked out and there were police everywhere. It’s normally such a quiet street,⟧” she said.
A police source told the Harwick Echo that the attack was “⟦p:c|the result of a long-running dispute⟧” between the woman’s family and the two men.

### 030
@a Jarrod McCann | Veteran Thunder prop
@b Vili Taufa | Thunder coach
Veteran Thunder prop Jarrod McCann will retire at the end of the season, ending a 16-year career that took in 312 first-grade games and two premierships.
McCann, 34, made the announcement to teammates at training on Tuesday morning before fronting the media with his wife, Kelsey, and their three children.
"⟦d:a|The body's been telling me for a couple of years. This year I finally listened,⟧" McCann said.
"⟦d:a|I've got no regrets. I got to play with my mates, I got to win two comps, and I'm walking out on my own terms. Not many blokes get that.⟧"
Asked what he would miss most, the 34-year-old paused. "⟦d:a|The sheds after a win,⟧" he said. "⟦d:a|Nothing beats it. Nothing ever will.⟧"
Thunder coach Vili Taufa described McCann as "⟦p:b|the heartbeat of the club⟧". "⟦d:b|Jarrod is the standard. When young blokes come in, we just point at him,⟧" Taufa said.

### 031
@a Adaeze Nwachukwu | -
@b Babatunde Oyelaran | Her producer
LAGOS — In a cramped studio above a phone shop on the mainland, Adaeze Nwachukwu is explaining why her new album has no love songs.
“⟦d:a|Everybody sings about love. I wanted to sing about rent,⟧” she says. “⟦d:a|About the light going off, about your landlord, about your uncle who borrowed money in 2016 and has never mentioned it since.⟧”
The album, “⟦s:-|Mainland Blues⟧”, has been streamed more than 40 million times since its release in March, and its lead single has become a staple of danfo buses across the city.
Her producer, Babatunde Oyelaran, who has worked with her since her first single, says she writes fast. “⟦d:b|She’ll come in with nothing at ten and by two we have a song. Then she’ll spend three weeks on one line,⟧” he says.
Nwachukwu laughs when this is put to her. “⟦d:a|Because the line is the song,⟧” she says.

### 032
@a SkyLark Air | Budget carrier
@b Fernando Aguilar-Ruiz | chief executive
@c - | two people familiar with the matter
@d Velour Aerospace | the manufacturer
DUBLIN — Budget carrier SkyLark Air posted a record summer profit on Monday and said fares would rise by "⟦p:a|mid-single digits⟧" next year as delays to aircraft deliveries squeeze capacity across Europe.
Profit after tax for the six months to September rose 18% to €1.21 billion, the airline said.
"⟦d:b|Demand is strong, the planes are full, and we simply can't get enough of them,⟧" chief executive Fernando Aguilar-Ruiz told reporters. "⟦d:b|When supply is tight, prices go up. That's not greed, it's arithmetic.⟧"
Aguilar-Ruiz reserved his sharpest words for the manufacturer, Velour Aerospace, which has told the airline that 14 jets due next spring will arrive up to seven months late. He said Velour's management should "⟦p:b|get out of the boardroom and onto the factory floor⟧".
Velour said in a statement that it was "⟦p:d|working closely with all customers⟧" to minimise disruption.
The carrier is also in talks to buy up to 40 new narrow-body jets, according to two people familiar with the matter, who described the negotiations as "⟦p:c|advanced but not final⟧".

### 033
@a Fatima Choudhury | a 39-year-old solicitor and former councillor
@b Graham Leadbetter | The defeated Unionist Democrat candidate
@c - | One Unionist Democrat official
The Progressive Alliance has won the Thornbury and Wyre by-election, overturning a majority of more than 11,000 in a seat held by the Unionist Democrats since 1974.
Fatima Choudhury, a 39-year-old solicitor and former councillor, took 46% of the vote on a turnout of 38%.
In her victory speech at Wyre Civic Hall shortly after 3am, she said: “⟦d:a|People here were told for fifty years that this seat would never change. Tonight Thornbury and Wyre has changed it.⟧”
The defeated Unionist Democrat candidate, Graham Leadbetter, blamed “⟦p:b|a national mood we couldn’t turn around⟧”. “⟦d:b|I’ve knocked on more doors in this campaign than in my whole life, and people were polite, and then they voted for someone else,⟧” he said.
One Unionist Democrat official, speaking privately, was blunter. “⟦d:c|We took this place for granted and we got what we deserved,⟧” the official said.

### 034
@a Brightwell Dairy | -
@b Tamsin Oduya | an attorney for the families
@c Doreen Haskell | One of the plaintiffs
A group of 23 families sued Brightwell Dairy on Monday, alleging that runoff from the company's 9,000-cow operation contaminated their wells with nitrates.
The lawsuit, filed in Calder County Circuit Court, seeks unspecified damages and an order requiring the dairy to pay for water treatment systems.
"⟦d:b|These families can't drink the water from their own taps. Some of them have been buying bottled water for three years,⟧" said Tamsin Oduya, an attorney for the families. "⟦d:b|That's not a nuisance. That's a crisis.⟧"
In a post on its Facebook page, Brightwell Dairy said it had "⟦p:a|always complied with every state and federal regulation⟧" and would "⟦p:a|vigorously defend⟧" itself. "⟦d:a|We are a family farm too, and we drink the same water as our neighbors,⟧" the post said.
One of the plaintiffs, Doreen Haskell, 71, said she had her well tested after her granddaughter fell ill. "⟦d:c|The man from the lab looked at the result and said, 'Ma'am, I wouldn't give this to a dog,'⟧" she said.

### 035
@a Aminata Traoré-Diop | the chief negotiator for a bloc of 46 least-developed countries
@b Henrik Lindqvist | a senior negotiator for the European Union
@c Nomvula Sithole | -
BONN, June 14 — Aminata Traoré-Diop, the chief negotiator for a bloc of 46 least-developed countries, accused wealthy nations on Friday of "⟦p:a|moving the goalposts⟧" on climate finance, as two weeks of preparatory talks ended without agreement on a new funding target.
«⟦d:a|On nous demande d'attendre, toujours d'attendre⟧», she told reporters in French. "⟦d:a|They ask us to wait, always to wait,⟧" she added in English. "⟦d:a|But the floods do not wait.⟧"
"⟦d:b|Nobody is moving any goalposts. We are trying to build a goal that can actually be paid for,⟧" said Henrik Lindqvist, a senior negotiator for the European Union.
Observers said the gap between the two sides was wider than at the same point last year. "⟦d:c|Talks like these always end like this. The real fight is in November,⟧" said Nomvula Sithole of the Fair Share Coalition.

### 036
@a Carl Brannigan | a spokesman for the Granite County Sheriff's Office
@b Emily Tran | -
@c Linda Tran | Her mother
A 26-year-old hiker missing for four days in the Bellcrest Wilderness was found alive Saturday, dehydrated but otherwise in good spirits, authorities said.
Emily Tran was spotted by a helicopter crew in a ravine about three miles from the trail where she had last been seen, said Sgt. Carl Brannigan, a spokesman for the Granite County Sheriff's Office.
"⟦d:a|She was dehydrated and she had a badly sprained ankle, but she was talking and joking with the crew, which is always a great sign,⟧" Brannigan said.
Tran told deputies she had left the trail to photograph a waterfall and lost her bearings as fog rolled in. She survived by drinking from a creek and sheltering under a rock overhang, Brannigan said.
Her mother, Linda Tran, who flew in from Houston on Thursday, said she had "⟦p:c|never stopped believing⟧" her daughter would be found. "⟦d:c|Emily is the most stubborn person I know. I kept telling everyone, she's not going to give up, so we're not going to give up,⟧" she said.
In a message posted on the search group's Facebook page, Emily Tran thanked volunteers. "⟦d:b|I have no words. Thank you to every single person who came out to look for me. I owe you all a beer — maybe two,⟧" she wrote.

### 037
@a Krzysztof Zieliński | the town’s mayor
@b Agnieszka Wróbel | -
@c Vetterling | -
ŻARNOWO, Poland — When Vetterling announced last month that it would close its appliance factory here, the news travelled through this town of 14,000 in a matter of minutes.
“⟦d:a|Everybody has someone at Vetterling. A husband, a daughter, a neighbour,⟧” said the town’s mayor, Krzysztof Zieliński, in his office overlooking the market square. “⟦d:a|Nine hundred jobs in a town this size is not a factory. It’s the town.⟧”
The German company has said production will move to a plant in Romania by the end of next year. In a statement, Vetterling said the decision was “⟦p:c|painful but unavoidable⟧” given rising energy costs.
Agnieszka Wróbel, 51, has worked on the washing-machine line for 23 years. Her husband works there too. “⟦d:b|We went to the bank on Monday and asked what happens with the mortgage. The woman just looked at us,⟧” she said.
Zieliński said he had travelled to Warsaw twice to lobby for a special economic zone. “⟦d:a|They listen very nicely. Then I take the train home,⟧” he said.

### 038
@a Quillbook | the note-taking app
@b Delphine Arceneaux | the novelist
@c Sam Whitaker-Boyd | Quillbook's co-founder
@d - | one user
Thousands of users of the note-taking app Quillbook say an update released on Tuesday deleted months of their notes, and some are questioning whether the company can recover them.
"⟦d:b|Eleven months of research for my novel. Gone. I have a backup from March and a lot of feelings,⟧" the novelist Delphine Arceneaux wrote in a post that was shared more than 20,000 times.
Quillbook's co-founder, Sam Whitaker-Boyd, apologized in a video on Wednesday. "⟦d:c|We messed up, and I'm not going to hide behind the word 'glitch',⟧" he said. "⟦d:c|Our engineers have been working through the night and we believe we can restore the vast majority of what was lost.⟧"
In an update on its status page on Thursday morning, Quillbook said it had restored notes for "⟦p:a|about 85 percent⟧" of affected accounts.
Not everyone was mollified. "⟦d:d|Restored is not the word I'd use when half the formatting is gone,⟧" one user wrote on the company's forum.

### 039
@a Kwame Mensah-Bonsu | the sitting MP
@b Abena Owusu-Ansah | The chair of the Electoral Commission
@c - | One supporter
@d Esi Boateng | the challenger
23:48 Mensah-Bonsu concedes in Asafo West
Kwame Mensah-Bonsu, the sitting MP, has conceded the seat in a short speech to supporters. “⟦d:a|The people have spoken and I accept their verdict. I will call my opponent tonight to congratulate her,⟧” he said.
23:20 Commission says turnout encouraging
The chair of the Electoral Commission, Abena Owusu-Ansah, said turnout appeared to be above 70% in most constituencies. “⟦d:b|Queues were long, but they were peaceful. We are very encouraged,⟧” she told journalists at the collation centre.
22:55 Celebrations in Asafo West
Supporters of the challenger, Esi Boateng, are already gathering outside her campaign office with drums and the chant “⟦s:-|Esi ba, Esi ba⟧”. One supporter told our correspondent: “⟦d:c|We have waited twenty years for this. Tonight nobody is sleeping.⟧”
22:30 Boateng urges patience
Boateng has posted a message on social media urging supporters to remain calm. “⟦d:d|Let us wait for the Commission to declare. Let us celebrate only when it is official,⟧” she wrote.

### 040
@a Cornelius Abernathy | a trumpeter whose bright, singing tone made him one of the most recorded session musicians in the South
@b Delmar Pryce | The saxophonist
Cornelius Abernathy, a trumpeter whose bright, singing tone made him one of the most recorded session musicians in the South, died on Tuesday at his home. He was 87.
His daughter, Loretta Abernathy-Greene, confirmed the death, saying the cause was complications of pneumonia.
Known to generations of musicians as "⟦s:-|Sweets⟧", Mr. Abernathy played on more than 600 recordings, most of them without a credit on the sleeve.
"⟦d:a|I never wanted to be the star. I wanted to be the reason the star sounded good,⟧" he told a radio interviewer in 2004.
The saxophonist Delmar Pryce, who played alongside him for three decades, said on Wednesday that Mr. Abernathy could "⟦p:b|make a sad song sound like it had hope in it⟧". "⟦d:b|You'd hear eight bars of Sweets and you'd know it was him. There's not many people you can say that about,⟧" Mr. Pryce said.
In addition to his daughter, he is survived by a son, Marcus; a sister, Ida; and five grandchildren.

### 041
@a S. Lakshmi Narayanan | Deputy Director of Health Services
@b K. Saraswathi | -
@c R. Manickavasagam | Hospital Dean
VELLAIPURAM: The district has recorded 412 dengue cases since August, nearly three times the number in the same period last year, according to data from the district health department.
Deputy Director of Health Services S. Lakshmi Narayanan said the rise was linked to the unusually long monsoon. "⟦d:a|Water is stagnating in construction sites, in discarded tyres, in coconut shells. Wherever there is clean stagnant water, Aedes will breed,⟧" he said.
He said 180 additional field workers had been deployed to check houses. "⟦d:a|We are asking people to give us just five minutes. Let our workers check your terrace and your water tanks,⟧" he added.
At the Government Hospital, the fever ward was full on Tuesday. K. Saraswathi, whose nine-year-old son was admitted on Sunday, said she had been sleeping on the floor beside his bed. "⟦d:b|The doctors are good, but there is no space. Three children are sharing two beds,⟧" she said.
Hospital Dean R. Manickavasagam said additional beds were being arranged. "⟦d:c|By Thursday we will open a separate ward with 40 beds,⟧" the Dean said.

### 042
@a Darnell Whitfield | -
@b Sean Kowalczyk | Coach
@c Terrence Ames | -
Darnell Whitfield threw for 318 yards and three touchdowns, and the Riverside Blaze held off a late rally to beat the Tri-State Ironmen 27-24 on Sunday.
The Blaze (6-3) have won four straight, matching their longest streak in five seasons.
"⟦d:a|We're starting to figure out who we are,⟧" Whitfield said. "⟦d:a|Early in the year we were trying to be a team that we weren't. Now we just play our football.⟧"
Whitfield's favorite target was Terrence Ames, who caught nine passes for 141 yards, including a 52-yard touchdown in the third quarter. Ames said he and Whitfield had spent the bye week working on timing. "⟦d:c|We threw for like two hours every day. My arm's sore and I'm the receiver,⟧" he said, laughing.
Coach Sean Kowalczyk was less pleased with the defense, which gave up 17 points in the fourth quarter. "⟦d:b|We can't let teams back in like that. We got away with one,⟧" he said.
Asked about his own future — his contract expires after the season — the 34-year-old quarterback shrugged. "⟦d:a|That's for my agent. I'm just trying to win next week,⟧" Whitfield added.

### 043
@a Aino Kettunen | The Finnish director
@b Mikael Lindgren | The festival’s artistic director
@c Risten Aikio | The film’s lead
The Finnish director Aino Kettunen won the top prize at the Nordlys Film Festival on Saturday for “⟦s:-|Thaw⟧”, a quiet, almost wordless film about a reindeer herder and her teenage son.
“⟦d:a|I didn’t write dialogue because these people don’t talk. They work,⟧” Kettunen said as she accepted the award. “⟦d:a|My grandmother could go a whole day saying four words, and you knew exactly what she meant.⟧”
The festival’s artistic director, Mikael Lindgren, said the jury’s decision had been unanimous. “⟦d:b|It is a film that trusts its audience. That is rarer than it should be,⟧” he said.
The film’s lead, Risten Aikio, who had never acted before, told reporters she had been cast after Kettunen saw her at a livestock auction. “⟦d:c|She asked if I wanted to be in a film. I thought she was selling something,⟧” Aikio said.

### 044
@a National Bank of Serenia | Serenia's central bank
@b Oksana Melnyk-Draganova | Governor
@c Lukas Bernhardt | emerging markets strategist at Konig & Falk in Frankfurt
VELNA, Oct 2 (Reuters) - Serenia's central bank unexpectedly held its key interest rate at 6.75% on Wednesday, saying inflation was still "⟦p:a|too high for comfort⟧" despite a slowing economy.
Nine of 14 economists polled by Reuters had expected a 25-basis-point cut.
"⟦d:a|The Monetary Policy Committee judges that the risks to the inflation outlook remain tilted to the upside,⟧" the National Bank of Serenia said in a statement.
Governor Oksana Melnyk-Draganova told a news conference that the decision was "⟦p:b|not a close call⟧". "⟦d:b|We would rather be a little late in cutting than have to reverse course in six months,⟧" she said.
"⟦d:c|It's a hawkish surprise, and the currency likes it,⟧" said Lukas Bernhardt, emerging markets strategist at Konig & Falk in Frankfurt. The lev rose 0.6% against the dollar after the decision.

### 045
@a Mariam Haidari | -
@b Zahir | a former civil engineer
@c Ines Carvalho | a caseworker with the Hollingford Welcome Project
Mariam Haidari keeps her daughters’ school certificates in a plastic folder she never lets out of her sight. They are, she says, the most valuable things the family brought from Herat.
“⟦d:a|In Afghanistan my girls could not go to school after sixth grade. Here, the teacher sends me messages saying my eldest is the best in mathematics,⟧” she said through an interpreter, in the two-room flat in Hollingford the family has rented since March.
Her husband, Zahir, a former civil engineer, now works nights stacking shelves in a supermarket. He does not complain, he said, but he worries that his qualifications will never be recognised.
“⟦d:b|I built bridges. Now I build pyramids of tins,⟧” he said, smiling slightly.
Ines Carvalho, a caseworker with the Hollingford Welcome Project, said the family’s experience was typical. “⟦d:c|We have doctors driving taxis and teachers cleaning offices. The skills are here. The system for using them is not,⟧” she said.

### 046
@a Dave Rimmer | general secretary of the Federation of Rail Staff
@b Northline Trains | -
@c - | a Northline spokesperson
@d Joanne Pilling | a nurse who commutes from Cartmoor to Lindow Hospital
Commuters across the north-west face a fourth day of disruption next week after train drivers at Northline Trains voted to extend their strike over rest-day working.
Dave Rimmer, general secretary of the Federation of Rail Staff, said the company had “⟦p:a|refused to even sit in the same room⟧” as union negotiators.
“⟦d:a:m|Our members don’t want to be on strike. They lose money every day they’re out. But they are being asked to work six-day weeks to cover for a company that has not recruited enough drivers in five years.⟧
“⟦d:a|Recruit the drivers, and this dispute goes away tomorrow.⟧”
Northline Trains said it was “⟦p:b|disappointed⟧” by the decision and urged the union to return to talks. “⟦d:c|We have made a fair offer that would see drivers receive a 5% increase in their rest-day rate,⟧” a Northline spokesperson said.
“⟦d:d|I’ve used up all my holiday working around these strikes. My manager is losing patience and so am I,⟧” said Joanne Pilling, a nurse who commutes from Cartmoor to Lindow Hospital.

### 047
@a Zhou Meilin | the study's lead author
@b Rafael Etxeberria | a coral biologist at the University of the Basque Coast
Coral reefs in the western Pacific bleached earlier and more severely last year than at any point since records began, according to a survey of more than 1,200 sites published on Thursday.
The survey, by a consortium of 14 marine institutes led by the East Sea Marine Institute, found that 71% of the coral surveyed showed signs of bleaching by the end of the summer.
"⟦d:a|We expected a bad year. We did not expect this,⟧" said Zhou Meilin, the study's lead author. "⟦d:a|Reefs that had survived three previous bleaching events simply turned white in a matter of weeks.⟧"
Zhou said some sites showed early signs of recovery but warned that another hot summer could be "⟦p:a|the final blow⟧" for many of them.
Rafael Etxeberria, a coral biologist at the University of the Basque Coast, said the findings matched what divers had been reporting anecdotally. "⟦d:b|What is new is the scale. This is not a few reefs here and there. This is an ocean,⟧" he said.

### 048
@a Drummond-Hay | The High Court judge
@b Castlebridge District Council | -
@c Tobias Renner | a wheelchair user from Marsh End who brought the claim
A council acted unlawfully when it closed three libraries without properly consulting disabled residents, the High Court has ruled.
Campaigners brought the judicial review against Castlebridge District Council after it shut branches in Fenwick, Allbury and Marsh End last year to save £420,000.
The High Court judge, Mrs Justice Drummond-Hay, found that the council’s consultation had been “⟦p:a|fundamentally flawed⟧”.
In her written judgment, she said: “⟦d:a|The council was told, repeatedly and in terms, that housebound and disabled residents relied on the mobile service attached to these branches. There is no evidence that it considered that information at all.⟧”
Tobias Renner, a wheelchair user from Marsh End who brought the claim, said outside court: “⟦d:c|I didn’t do this for me. I did it for everyone who was told their voice didn’t count.⟧”
Castlebridge District Council said it would “⟦p:b|study the judgment carefully⟧” and was considering whether to appeal.

### 049
@a Rózsa Kertész | -
@b - | My grandmother
@c - | A critic
Rózsa Kertész opened her first restaurant, a 22-seat room above a bakery, in 2017. Last month it won its second star. We spoke to her about paprika, failure and her grandmother.
“⟦d:a|I cried for about an hour, and then I went back into the kitchen because we had forty covers,⟧” she says of the morning the news arrived.
Q: Critics describe your food as “⟦s:-|modern Hungarian⟧”. Is that fair?
A: I hate that phrase. My grandmother would say, “⟦d:b|There is no modern goulash. There is goulash, and there is not-goulash.⟧” I just cook what she cooked, with better knives.
Q: What was the lowest point?
A: The first winter. We had six customers one night, and one of them was my mother. A critic came in and wrote that the room was “⟦p:c|like eating in a dentist’s waiting room⟧”. He was right, to be fair.
Q: And now?
A: Now people book three months ahead. I still think about the dentist.

### 050
@a Efe Yıldırım | Turkish sprinter
@b Athletics Integrity Panel | The panel
@c Murat Şahin | His coach
LAUSANNE, Switzerland (AP) — Turkish sprinter Efe Yıldırım has been banned for four years after testing positive for a prohibited anabolic agent, the Athletics Integrity Panel said Thursday.
The 25-year-old, who won bronze in the 200 meters at last year's European championships, will be stripped of all results since May 2023.
The panel said Yıldırım had failed to show that the substance entered his body "⟦p:b|through no fault or negligence⟧" of his own.
In a statement posted on Instagram, Yıldırım said he was "⟦p:a|devastated⟧" and would appeal to the Court of Arbitration for Sport. "⟦d:a|I have never knowingly taken anything. I will fight this until the end to clear my name,⟧" he wrote.
His coach, Murat Şahin, told reporters in Istanbul that he believed the athlete was innocent. "⟦d:c|I have known Efe since he was 14 years old. This is not who he is,⟧" Şahin said.

### 051
@a Marjorie Pettigrew | -
@b Leanne Costa | Show president
Marjorie Pettigrew has been entering her lemon curd at the Wandabri Show for 52 years. On Saturday, at the age of 84, she finally won first prize.
“⟦d:a|I’d started to think the judges had something against me,⟧” she said, holding the blue ribbon. “⟦d:a|Fifty-two years. I’ve had three seconds and I don’t know how many highly commendeds.⟧”
Show president Leanne Costa said this year’s show had attracted a record 4,100 visitors despite the heat. “⟦d:b|We had people from three hours away. The poultry shed alone was packed from nine o’clock,⟧” she said.
Ms Costa said the committee had considered cancelling the Sunday program because of the fire danger rating but decided to go ahead with extra water stations.
Asked her secret, Mrs Pettigrew declined to share it. “⟦d:a|My granddaughter gets the recipe when I’m gone, and not a day before,⟧” she said.

### 052
@a Nguyen Thi Thanh Huong | chairwoman of the Delta Rice Exporters Association
@b Ramon Dela Cruz | -
HO CHI MINH CITY, May 20 — Vietnamese rice exporters expect shipments to the Philippines to rise by at least 15% this year after Manila eased import tariffs, an industry group said on Monday.
"⟦d:a|Our Filipino customers were waiting for the tariff cut. Now the orders are coming very fast,⟧" said Nguyen Thi Thanh Huong, chairwoman of the Delta Rice Exporters Association, on the sidelines of a trade fair.
Huong said prices for 5% broken white rice had risen to about $540 a tonne, the highest since February, and exporters were "⟦p:a|working day and night⟧" to load vessels.
Ramon Dela Cruz, who imports rice for a chain of supermarkets in the Visayas, said Filipino consumers would see the benefit "⟦p:b|within two or three months⟧". "⟦d:b|The tariff is lower, the freight is stable, so prices on the shelf should come down. That is the theory,⟧" he said, laughing. "⟦d:b|We'll see if the theory holds.⟧"

### 053
@a Chikondi Banda | the only midwife at the Nkhombe Health Centre
@b Grace Mwale | -
@c Yohane Phiri | The district health officer
The call comes at 2.40am. Chikondi Banda, the only midwife at the Nkhombe Health Centre, pulls on her shoes in the dark and walks the 200 metres to the labour ward by torchlight.
“⟦d:a|The power went off at eleven. It usually comes back around four, if we are lucky,⟧” she says, propping her phone against a jar of cotton wool so that its torch lights the bed.
Banda, 36, is responsible for about 90 births a month. She has asked for a second midwife for three years.
On the bed, Grace Mwale, 19, is in labour with her first child. She walked nine kilometres to get here the previous afternoon. “⟦d:b|My mother gave birth to me at home. She told me, do not do that, go to the clinic,⟧” she says between contractions.
At 4.15am, as if on cue, the lights flicker on. A girl is born twenty minutes later.
The district health officer, Dr Yohane Phiri, said recruitment was hampered by the difficulty of persuading staff to move to remote postings. “⟦d:c|We train them, and then they go to the cities, or abroad,⟧” he said. “⟦d:c|I cannot blame them. But I also cannot replace them.⟧”
Banda, asked whether she had ever considered leaving, laughed. “⟦d:a|Who would deliver these babies?⟧” she said.

### 054
@a Daria Volkova | the 21-year-old
@b Mei Takahashi | second seed
PARIS — Daria Volkova saved three match points before beating second seed Mei Takahashi 4-6, 7-6 (9), 6-3 in the quarter-finals on Tuesday, then said she had "⟦p:a|no idea⟧" how she had done it.
"⟦d:a|At 5-3 in the second set I was already thinking about my flight home. Honestly,⟧" the 21-year-old said. "⟦d:a|Then she missed one easy forehand and I thought, OK, maybe not yet.⟧"
Takahashi, who had won their previous three meetings, was composed in defeat. "⟦d:b|I played the right way for two sets. At the end she was just braver than me,⟧" she said through an interpreter.
Asked whether a recurring wrist problem had affected her serve, the Japanese player shook her head. "⟦d:b|No excuses. The wrist is fine,⟧" she said.
Volkova will play Camille Brassard in the semi-finals. Asked what she knew about her opponent, Volkova grinned. "⟦d:a|That she is French, and that everybody here will be cheering for her,⟧" she said. "⟦d:a|So I will pretend it is for me.⟧"

### 055
@b Sarah Conibear | joint administrator at Kemble Roth
@c - | A member of staff at the flagship store in Chelmsworth who asked not to be named
@d Oliver Fenwick-Hart | the company’s chief executive
Department store chain Partridge & Vale has collapsed into administration, putting 2,300 jobs at risk across its 31 shops.
The 148-year-old retailer appointed administrators from advisory firm Kemble Roth on Wednesday after talks with potential buyers broke down.
Sarah Conibear, joint administrator at Kemble Roth, said all stores would continue to trade “⟦p:b|for the time being⟧” while a buyer was sought for all or part of the business. “⟦d:b|Partridge & Vale is a much-loved brand with a loyal customer base, and we are hopeful of finding a solution for at least some of the stores,⟧” she said.
In a message to staff seen by the Gazette, the company’s chief executive, Oliver Fenwick-Hart, wrote: “⟦d:d|I am deeply sorry. Every one of you has given this business more than it has been able to give back.⟧”
A member of staff at the flagship store in Chelmsworth who asked not to be named said employees had found out from the news. “⟦d:c|We were on the shop floor and a customer showed us on her phone,⟧” she said.

### 056
@a Renata Coyle | a fourth-generation resident
@b Bill Hargreaves | a forester with the Pacific Timber Cooperative
@c Alma Reyes-Whitford | County Commissioner
BELLWOOD, Ore. -- A proposal to log 3,400 acres of second-growth forest above the Little Cedar River drew a standing-room-only crowd to the Bellwood Grange hall Thursday night.
``⟦d:a|This is where I learned to fish. This is where my kids learned to fish,⟧'' said Renata Coyle, 44, a fourth-generation resident. ``⟦d:a|You cut those hills and the river runs brown every time it rains.⟧''
Bill Hargreaves, a forester with the Pacific Timber Cooperative, which holds the lease, said the harvest would leave 100-foot buffers along every stream. ``⟦d:b|We're not the bad guys here. We replant every acre we cut, and we've been doing it since before most of these folks were born,⟧'' he said.
County Commissioner Alma Reyes-Whitford, who chaired the meeting, said the board would vote on the permit in January. She said she had received ``⟦p:c|more letters on this than on anything in my twelve years⟧'' on the board.

### 057
@a Harlow City | -
@b Mateus Oliveira Santos | Brazilian midfielder
@c Ruben Achterberg | Harlow manager
@d - | A Bridgeford source
Deadline day live
22:58 DONE DEAL: Oliveira Santos joins Harlow City
Harlow City have confirmed the signing of Brazilian midfielder Mateus Oliveira Santos from Sport Club Guaíba on a four-year deal. “⟦d:a|We are delighted to welcome Mateus to the club,⟧” Harlow City said in a statement on their website.
The 23-year-old has already posted on Instagram: “⟦d:b|New chapter. Can’t wait to meet the fans. Vamos!⟧”
22:31 Achterberg explains the deal
Earlier this evening, Harlow manager Ruben Achterberg told the club’s media channel that the signing was “⟦p:c|exactly the profile we wanted⟧”. “⟦d:c|We needed legs in midfield and someone who can carry the ball forward. Mateus does both,⟧” the Dutchman said.
21:50 Bridgeford deal off
Reports that Bridgeford United’s bid for striker Kasper Lund had collapsed have been confirmed. A Bridgeford source told us the two clubs were “⟦p:d|£3m apart⟧” and that talks had ended.

### 058
@a Ingeborg Lysne | -
@b Mateo Fernández Ibarra | a Chilean PhD student who joined her team two years ago
On a bright afternoon in April, Ingeborg Lysne kneels on the surface of the Skarbreen glacier and drives a steel stake into the snow. Beside her, Mateo Fernández Ibarra, a Chilean PhD student who joined her team two years ago, reads a number off a GPS receiver.
“⟦d:b|Four point one,⟧” he calls out.
“⟦d:a|Metres?⟧”
“⟦d:b|Metres.⟧”
She writes it down without comment. Four metres is how much the glacier’s surface has dropped at this spot since she first drilled a stake here in 2009.
“⟦d:a|People want me to be angry, or sad, on camera,⟧” Lysne says later, in the research station’s kitchen. “⟦d:a|I am a scientist. I measure. The numbers are sad enough without me.⟧”
Fernández Ibarra grew up in Punta Arenas, within sight of the Patagonian ice fields. He says the work feels personal. “⟦d:b|The glaciers I saw as a child, some of them are lakes now,⟧” he says. “⟦d:b|So I came north to see whether it is the same here. It is the same.⟧”

### 059
@a Khaled Abdel-Rahman | the head of the restoration project
@b Layla Nasser | one of a team of 14 conservators who worked on the ceiling
@c Heritage Authority | -
For the first time in nearly four decades, sunlight is falling on the painted ceiling of Qasr al-Nakhil, the 18th-century merchant's house in the old quarter of Bab al-Sharq whose restoration was completed this week.
"⟦d:a|When we started, you could not see a single colour. It was all black from smoke and oil lamps,⟧" said Khaled Abdel-Rahman, the head of the restoration project, standing beneath a ceiling now blazing with blues and golds.
The work took six years and was funded by a $2.8 million grant from the Heritage Authority, which said in a statement that the house would open to the public in the spring as a museum of "⟦p:c|everyday life in the merchant city⟧".
Layla Nasser, 29, one of a team of 14 conservators who worked on the ceiling, spent two years on a single panel. "⟦d:b|Sometimes a whole day for one flower,⟧" she said. "⟦d:b|My mother asked me, 'Are you painting it or just looking at it?' Honestly, mostly looking.⟧"

### 060
@a Cormorant Airways | the airline
@b Jonas Eklund | passenger
@c - | A spokeswoman for Hanover Airport
A Cormorant Airways flight carrying 186 people made an emergency landing on Sunday after smoke was reported in the cabin, the airline said. No one was seriously injured.
Flight CA2217 from Stockholm to Málaga was diverted to Hanover about 90 minutes after take-off. Passengers left the aircraft by the emergency slides; two were treated for minor injuries.
"⟦d:b|There was a smell like burning plastic and then the crew were running up and down the aisle,⟧" passenger Jonas Eklund told reporters at the airport. "⟦d:b|Everyone was very calm, actually. Calmer than me.⟧"
Cormorant Airways said the crew had acted "⟦p:a|swiftly and professionally⟧" and that the cause of the smoke was under investigation. "⟦d:a|The safety of our passengers and crew is always our highest priority,⟧" the airline said.
A spokeswoman for Hanover Airport said the runway had been closed for about 40 minutes "⟦p:c|as a precaution⟧".
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh9.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh9",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
