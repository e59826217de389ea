# ruff: noqa: E501
"""Build ``quotes_fresh10.jsonl``: a tenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. The passages imitate the range
of English-language news: wire copy, local and national news, parliaments, courts and
inquests, sport, business, science, technology, arts, features, obituaries, Q&A
interviews, live blogs, explainers and columns, from outlets in many countries.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh10-NNN``.

Conventions (the same as ``build_quotes_fresh8.py``):

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, Sen., Cllr, Alhaji, Sheikh); when only a
  first name is given that first name is the speaker. The description is the role or
  appositive as written in the passage (the one given where the speaker is introduced,
  or the definite description used at the cue, e.g. ``the Pole``), else null. A role
  title standing before the name (``Fire Commissioner``, ``Hawks captain``,
  ``Justice``) is the description when the passage gives no appositive; courtesy
  honorifics (Mr, Ms, Mrs, Dr, Sir) never are. An appositive noun phrase is taken
  whole with its relative clause (``a retired teacher who has lived on Mill Lane for
  30 years``); a relative clause on its own (``who moved an amendment …``) is not a
  description. A relational phrase standing before the name (``Her daughter``,
  ``His barrister``) counts like a role title.
* An organisation that is itself the grammatical speaker (``Pacific Crest said in a
  statement``, ``the department said``) is the speaker. An unnamed person speaking
  for an organisation (``a department spokesperson said``) has a null speaker and
  that phrase as the description. Unnamed sources and individuals in a crowd (``one
  resident``) likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, statements,
  judgments, posts, captions, published verse. They are ``direct`` (or ``partial``)
  with that author as speaker.
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
* A span is everything between its quotation marks, including punctuation that
  stands inside them.
* Where a speaker has both an appositive at its introduction and a definite
  description at a later cue, the introduction's appositive is the description.
* Speech quoted in another language with a translation after it belongs to the
  original speaker; the original and the translation are two spans. Speech relayed
  through an interpreter belongs to the original speaker.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh10.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh10.jsonl")

PASSAGES = """
### 001
@a Henrik Solvang | chief executive
@b Marit Eide | an analyst at Fjordline Securities
@c Norvik Energy | -
OSLO, March 4 (Reuters) - Norvik Energy cut its full-year production forecast on Tuesday after an unplanned outage at its Skarvholm field, sending its shares down 6% in early trading.
"⟦d:a|We are disappointed by the outage, but the underlying performance of the portfolio remains strong,⟧" chief executive Henrik Solvang told reporters on a conference call.
Norvik said in a statement that repairs to a damaged compressor would take "⟦p:c|at least six weeks⟧" and that output would be cut by around 40,000 barrels of oil equivalent per day while the work was carried out.
Solvang said the company would not revise its dividend policy. "⟦d:a|The dividend is sacrosanct. Shareholders can count on that,⟧" he said.
Marit Eide, an analyst at Fjordline Securities, said the downgrade was larger than expected. "⟦d:b|This is the second outage at Skarvholm in 18 months, and the market will start asking whether it is really a one-off,⟧" she said.
Shares in Norvik were down 5.8% at 214.60 crowns by 0915 GMT.

### 002
@a Janet Pruett | a Liberal Democrat councillor for Eastgate
@b Colin Haworth | the council's cabinet member for planning
@c Rosa Matthiesen | a retired teacher who has lived on Mill Lane for 30 years
@u - | one resident
Plans for 240 homes on the edge of Brackley Moor have been approved despite objections from more than 600 residents.
Councillors on Wessingham District Council's planning committee voted seven to four in favour of the scheme on Wednesday night, after a meeting that lasted almost four hours.
Janet Pruett, a Liberal Democrat councillor for Eastgate, said the decision was "⟦p:a|a betrayal of everyone who turned up tonight⟧".
"⟦d:a|People have written letters, they have come to meetings, they have done everything we asked of them. And we have ignored them,⟧" she said.
Colin Haworth, the council's cabinet member for planning, defended the vote. "⟦d:b|We have a legal duty to meet our housing targets, and if we refuse schemes like this the inspector will simply overturn us on appeal,⟧" he said.
Rosa Matthiesen, a retired teacher who has lived on Mill Lane for 30 years, said she feared the extra traffic and the risk of flooding.
"⟦d:c|The lane floods every winter already. Where do they think all that water is going to go?⟧"
As councillors filed out of the chamber, one resident shouted "⟦d:u|Shame on you⟧" from the public gallery.

### 003
@a Darren Kilbride | Haverton manager
@b Tomasz Wierzbicki | the Pole
@c Ade Olawale | Marlow boss
Haverton Town moved to within two points of the play-off places with a 3-1 win over ten-man Marlow United at Cressley Park.
Tomasz Wierzbicki scored twice in the first half before Jamie Pell added a third from the penalty spot after the break. Marlow's consolation came from a Lewis Dunne header in stoppage time.
"⟦d:a|It was the best we've played all season for 45 minutes,⟧" said Haverton manager Darren Kilbride. "⟦d:a|In the second half we got a bit sloppy, but I'll take three points.⟧"
Wierzbicki, who has now scored nine goals since joining from Górnik Zabrze in January, said he was finally settling in. "⟦d:b|The first weeks were difficult, the language, the weather, everything,⟧" the Pole added. "⟦d:b|Now I feel at home.⟧"
Marlow boss Ade Olawale was left to rue the dismissal of defender Kyle Mensah on 38 minutes for a second bookable offence.
"⟦d:c|It's a red card, I can't argue with that,⟧" he said. "⟦d:c|But we had chances before it and we didn't take them, and that's been the story of our season.⟧"

### 004
@a Leanne Ashby | Prosecutor
@b Margaret Lowry | one of his victims
@c Nadeem Qureshi | His barrister
@d Gregory Tanfield | Judge
A builder who stole more than £80,000 from elderly customers has been jailed for five years.
Paul Hollins, 41, of Tewkesbury, targeted homeowners in their seventies and eighties, charging them for roofing work that was never carried out, Gloucester Crown Court heard.
Prosecutor Leanne Ashby said Hollins had "⟦p:a|preyed on people's trust and their fear of being a burden on their families⟧".
In a victim statement read to the court, one of his victims, 84-year-old Margaret Lowry, wrote: "⟦d:b|I no longer answer the door. I used to love having people round, and now I check the window before I even pick up the post.⟧"
His barrister, Nadeem Qureshi, said Hollins had built up gambling debts and was "⟦p:c|deeply ashamed⟧". "⟦d:c|He has not placed a bet since his arrest, and he wants to pay back every penny,⟧" Mr Qureshi said.
Sentencing, Judge Gregory Tanfield told Hollins: "⟦d:d|You took money from people who trusted you in their own homes. You lied to them repeatedly, and you did so for your own gain. The harm you have caused goes far beyond the money.⟧"

### 005
@a Maria Elena Quintanilla | a Democrat from Las Cruces who sponsored the bill
@b Dwight Ober | Senate Minority Leader
@c Carla Benavides-Roth | a spokeswoman for Gov. Tom Pruitt
SANTA FE, N.M. (AP) — New Mexico lawmakers on Thursday passed a bill that would cap out-of-pocket insulin costs at $25 a month, sending the measure to the governor after a late-night debate.
"⟦d:a|Nobody in this state should have to choose between their medicine and their rent,⟧" said state Sen. Maria Elena Quintanilla, a Democrat from Las Cruces who sponsored the bill.
Senate Minority Leader Dwight Ober said Republicans supported the goal but worried about the cost to insurers. "⟦d:b|We're going to see premiums go up for everybody else. That's just math,⟧" Ober said.
Quintanilla disputed that. "⟦d:a|They said the same thing in Colorado, and it didn't happen,⟧" she said.
The bill passed the Senate 26-15, largely along party lines.
Carla Benavides-Roth, a spokeswoman for Gov. Tom Pruitt, said in an email that the governor "⟦p:c|intends to sign it.⟧"

### 006
@a Aroha Te Whata-Banks | a marine ecologist at Kōtare University who led the research
@b Lachlan Fenn | chairman of the Tūhoro Harbour Board
Kelp forests along the eastern coast of the Tūhoro Peninsula have shrunk by almost two-thirds in a decade, new research shows.
The study, published in the journal Marine Ecology Progress, used aerial photographs dating back to 2013 to map the decline bay by bay.
Dr Aroha Te Whata-Banks, a marine ecologist at Kōtare University who led the research, said the scale of the loss had surprised the team.
“⟦d:a|We expected a decline, but not one this steep. In some bays there is simply nothing left but bare rock and kina,⟧” she said.
Kina, a native sea urchin, graze on kelp and have boomed as fishing has removed their predators, the study found.
Lachlan Fenn, chairman of the Tūhoro Harbour Board, said the findings would inform a proposed rāhui on shellfish gathering. “⟦d:b|This is the evidence we’ve been waiting for,⟧” he said. “⟦d:b|We’ll be talking to hapū and to recreational fishers over the winter.⟧”
Te Whata-Banks said recovery was possible. “⟦d:a|Where kina numbers have been brought down, kelp comes back within two or three years. It is not too late.⟧”

### 007
@a Wanjiru Kamau-Mbugua | Kereita Governor
@b Otieno Odhiambo | County Assembly Minority Leader
@c Peter Njoroge Muriuki | the county secretary
Kereita Governor Wanjiru Kamau-Mbugua has defended her administration’s decision to hire 400 casual workers ahead of the budget vote, dismissing claims that the recruitment was politically motivated.
Speaking at a press conference in Kereita town on Monday, the governor said the workers were needed to clear a backlog of road repairs after the long rains.
“⟦d:a|These are young people from every ward in this county. They are not campaign agents, they are road workers,⟧” Ms Kamau-Mbugua said.
But County Assembly Minority Leader Otieno Odhiambo accused the executive of flouting procurement rules. “⟦d:b|There was no advertisement, there were no interviews, and the list of those hired reads like a who’s who of the governor’s supporters,⟧” he told the Nation.
He said the assembly’s budget committee would summon the county secretary, Mr Peter Njoroge Muriuki, to explain the process.
Mr Muriuki said he was ready to appear. “⟦d:c|We have nothing to hide. Every document is available,⟧” he said by phone.

### 008
@a Nóra Ní Bhriain | the concertina player whose recordings helped to revive the music of west Clare in the 1970s
@b Eamon Costigan | The fiddler
@c Siobhán Ní Bhriain | Her daughter
Nóra Ní Bhriain, the concertina player whose recordings helped to revive the music of west Clare in the 1970s, has died at the age of 91.
Born in Kilmaley in 1933, she learned to play from her uncle and was performing at house dances by the age of 12. She recorded four albums, the first of which, The Road to Inagh, is still regarded as a landmark of the tradition.
“⟦d:a|I never thought of it as performing,⟧” she told this newspaper in 1998. “⟦d:a|You played because there was a dance on, and if you didn’t play, nobody danced.⟧”
The fiddler Eamon Costigan, who toured with her in the 1980s, said she had “⟦p:b|the lightest touch of anyone I ever heard⟧”.
“⟦d:b|She could make a slow air break your heart and then lift the whole room with a reel five minutes later,⟧” he said.
Her daughter, Siobhán Ní Bhriain, said her mother had played until the final months of her life. “⟦d:c|She had the concertina on the bed beside her in the hospital. The nurses used to come in on their breaks to hear her.⟧”
She is survived by her daughter, two sons and seven grandchildren.

### 009
@a Rohan Deshpande | co-founder and chief executive of PayKhet
@b Ananya Iyer | partner at Meridian Seed Capital
@u - | a person familiar with the matter
Bengaluru-based agritech start-up PayKhet has raised ₹180 crore in a Series B round led by Meridian Seed Capital, the company said on Tuesday.
The funding will be used to expand its crop-loan platform to Madhya Pradesh and Odisha and to hire 200 engineers, according to a statement.
“⟦d:a|Small farmers are still borrowing from moneylenders at 36% or more because the banks don’t have the data to lend to them. We are building that data,⟧” said Rohan Deshpande, co-founder and chief executive of PayKhet.
Ananya Iyer, partner at Meridian Seed Capital, said the firm had been tracking PayKhet for two years. “⟦d:b|What convinced us was the repayment data. Their default rates are lower than most urban lending books,⟧” she said.
The round values the company at about $210 million. “⟦d:u|The valuation has nearly doubled in 14 months,⟧” said a person familiar with the matter, who asked not to be named as the details are private.
Deshpande said the company planned to break even by the end of FY26. “⟦d:a|We are not in a hurry to raise again,⟧” he added.

### 010
@a Megan Carrick | Fire Commissioner
@b Priya Nandakumar | Senior forecaster
@c Bill Tregonning | Sheep farmer
Residents of the Kanangra Valley have been told to leave immediately as a bushfire burning out of control in rugged country west of Coolabah Creek heads towards the township.
Fire Commissioner Megan Carrick said the fire had jumped containment lines overnight and was moving faster than predicted.
"⟦d:a|If you are in Kanangra and you have not left, you need to leave now. Do not wait for a knock on the door,⟧" Commissioner Carrick said.
Senior forecaster Priya Nandakumar said a southerly change was expected late on Saturday but would bring its own danger. "⟦d:b|The wind change will push the eastern flank of the fire in a completely new direction, and that's historically when we see the most damage,⟧" she said.
Sheep farmer Bill Tregonning was loading his dogs into his ute when he stopped to speak to reporters.
"⟦d:c|I've been here 40 years and I've never seen smoke like this. The sun was red at 10 o'clock this morning,⟧" he said.
"⟦d:c|The sheep will have to take their chances.⟧"

### 011
@a Lim Wei Ling | Senior Minister of State for Transport
@b Tan Boon Kiat | a logistics supervisor who lives in Bukit Selasih
@c Harindar Singh Gill | Associate Professor
Commuters on the Seraya Loop Line will be able to travel between Teluk Seraya and Bukit Selasih from December, two months earlier than planned.
Senior Minister of State for Transport Lim Wei Ling announced the new date during a site visit on Friday (Aug 8).
“⟦d:a|The contractors have worked very hard, and we have also been able to bring forward the testing of the signalling system,⟧” said Ms Lim.
She added that bus services in the area would be reviewed once the stations opened. “⟦d:a|We don’t want to run empty buses alongside a train line. But we also won’t cut services before residents have had time to adjust.⟧”
Mr Tan Boon Kiat, 58, a logistics supervisor who lives in Bukit Selasih, said the new line would cut his commute by about 25 minutes. “⟦d:b|Now I take two buses and the MRT. By December, one train. My wife is happier than me,⟧” he said with a laugh.
Associate Professor Harindar Singh Gill of the Institute of Urban Mobility said the early opening was welcome but cautioned against overcrowding at interchange stations. “⟦d:c|The question is what happens at the transfer points in the morning peak,⟧” he said.

### 012
@a Graham Tulloch | The Chancellor
@b Rachel Okonjo-Hart | Shadow chancellor
@c Fiscal Studies Forum | the think tank
14:52 Tulloch sits down
The Chancellor, Graham Tulloch, has finished his statement after just under an hour. The headline measures: a 2p cut to employee national insurance, a freeze on fuel duty and £4bn for hospital maintenance.
His closing line: "⟦d:a|This is a budget for people who get up and go to work, and I commend it to the House.⟧"
15:05 Opposition responds
Shadow chancellor Rachel Okonjo-Hart has been scathing in her reply. "⟦d:b|The Chancellor has given with one hand what he took with both hands two years ago,⟧" she told MPs.
"⟦d:b|Families will not be fooled. They know what their mortgages cost, and they know who put them up.⟧"
15:20 Think tank says sums do not add up
The Fiscal Studies Forum has issued a quick response. "⟦d:c|On the government's own numbers, these tax cuts are paid for by spending plans that no one believes will be delivered,⟧" the think tank said.
### 013
@a Adebayo Ogundimu | The National President of the Independent Haulage Owners Association
@b Chiamaka Eze-Nwosu | the spokesperson for the Coastal Ports Authority
@c Ibrahim Musa | A driver
Haulage operators have threatened to pull their trucks off the roads leading to the Ebute-Kiri port from Monday over what they described as extortion by officials at checkpoints along the corridor.
The National President of the Independent Haulage Owners Association, Alhaji Adebayo Ogundimu, told our correspondent on Saturday that drivers were paying as much as N150,000 per trip in illegal levies.
He said, “⟦d:a|We have written letters, we have held meetings, and nothing has changed. Our members can no longer afford to operate at a loss. From Monday, if nothing is done, no truck will move.⟧”
Ogundimu added that at least three drivers had been assaulted in the past month for refusing to pay.
Reacting, the spokesperson for the Coastal Ports Authority, Mrs Chiamaka Eze-Nwosu, said the authority had no officials at the checkpoints in question. “⟦d:b|The checkpoints being referred to are not manned by our staff. We have, however, reached out to the relevant security agencies,⟧” she said.
A driver, Ibrahim Musa, who said he had been on the corridor for nine days, described the situation as “⟦p:c|hell on wheels⟧”.
“⟦d:c|I have not seen my family for two weeks. You sleep in the truck, you eat by the roadside, and every few kilometres somebody wants money,⟧” he said.

### 014
@a Riverlands Local Municipality | the municipality
@b Thabo Mokoena | Executive Mayor
@c Lindiwe Dlamini-Nkosi | Civic Alliance caucus leader
@d Sipho | a resident of Extension 9 who asked that his surname not be published
Residents of Mabaleng township have been without running water for 11 days after a pump station failure, with the Riverlands Local Municipality saying repairs could take another week.
In a statement on Thursday, the municipality said the pump, installed in 1987, had "⟦p:a|reached the end of its operational life⟧".
"⟦d:a|Replacement parts have been sourced from a supplier and technicians are on site. Water tankers will continue to visit all affected wards twice a day,⟧" the statement said.
Executive Mayor Thabo Mokoena visited the area on Friday morning. "⟦d:b|I understand the anger. If it were my family, I would be angry too,⟧" he told residents gathered at the community hall. "⟦d:b|But I promise you we are working day and night.⟧"
Civic Alliance caucus leader Lindiwe Dlamini-Nkosi said the failure had been predicted. "⟦d:c|We raised this pump station in council in 2021 and again last year. The money was budgeted and then it was moved to events,⟧" she said.
Sipho, a resident of Extension 9 who asked that his surname not be published, said his family had been buying water at R20 for 25 litres. "⟦d:d|We are pensioners here. We cannot afford to buy water every day,⟧" he said.

### 015
@a Conor Fitzmaurice | Dunmore Wanderers head coach
@b Sione Taufa | captain
@u - | one reporter
Dunmore Wanderers head coach Conor Fitzmaurice insisted there was no crisis at the club despite a third successive defeat, and confirmed that captain Sione Taufa will miss the rest of the season.
Taufa suffered a ruptured Achilles tendon in the 22-13 loss to Carrick Bay on Saturday and will undergo surgery this week.
"⟦d:a|It's a massive blow. Sione is the heartbeat of the team, on the pitch and off it,⟧" Fitzmaurice said at the club's training base on Monday.
Asked by one reporter, "⟦d:u|Is the season over?⟧", he bristled. "⟦d:a|Over? We're two points off the top four with seven games left. I don't know what season you're watching.⟧"
Taufa, speaking on crutches, said he would be back for pre-season. "⟦d:b|The doctors say nine months. I'm telling them seven,⟧" the Tongan international said, smiling. "⟦d:b|My mum has already told me to slow down, so we'll see who wins that one.⟧"

### 016
@a Dolores Whitecrow-Lapointe | Chief
@u - | a spokesperson for the department of Northern Infrastructure
@b Jean-Marc Thibodeau | a housing inspector who assessed the homes last spring
The chief of a northern Manitoba First Nation says 40 families are still living in mould-damaged homes more than a year after Ottawa promised emergency funding for repairs.
"⟦d:a|We have kids with asthma sleeping in rooms where you can see the black mould on the ceiling. Every winter it gets worse, because people close the windows to keep the heat in,⟧" Chief Dolores Whitecrow-Lapointe of Wapiskaw Lake Cree Nation said in an interview on Tuesday.
She said the community received a letter from the federal government in January of last year committing $6.2 million. "⟦d:a|We've been told the money is 'in the system.' Well, our people aren't in the system, they're in those houses.⟧"
In a statement, a spokesperson for the department of Northern Infrastructure said the funding had been approved and "⟦p:u|will flow in the coming weeks.⟧"
Jean-Marc Thibodeau, a housing inspector who assessed the homes last spring, said some of the damage was beyond repair. "⟦d:b|Some of these units should not be fixed. They should be replaced, and the sooner the better.⟧"

### 017
@a Hamza Tariq Butt | Counsel for the petitioners
@b Ayesha Rahim Khan | Justice
@c Mehreen Zafar | Additional Attorney General
ISLAMABAD: The high court on Wednesday restrained the capital’s development authority from demolishing more than 300 shops in the Qasimabad market until it heard the traders’ petition in full.
Counsel for the petitioners, Barrister Hamza Tariq Butt, told the court that the traders had valid leases dating back to 1994. “⟦d:a|My clients were given no notice. The bulldozers arrived at six in the morning,⟧” he argued.
Justice Ayesha Rahim Khan, heading the bench, asked Additional Attorney General Mehreen Zafar whether the authority had followed its own procedure.
“⟦d:c|The markets were declared encroachments in a survey last year, my lady,⟧” the law officer replied.
“⟦d:b|A survey is not a notice,⟧” the judge observed. “⟦d:b|If the law requires notice, then notice must be given. Otherwise what is the point of having a law?⟧”
The hearing was adjourned until Nov 12.

### 018
@a Lumora | the company
@b Priscilla Vang | Lumora's chief product officer
@c Devin Okafor-Reyes | a principal analyst at Corvid Research
@d Kenji Mori | Developer
Lumora is adding a feature to its smart glasses that can translate spoken conversations in real time, the company announced Wednesday at its developer conference in San Jose.
The feature, called "⟦s:-|Live Captions,⟧" will display translated text in the wearer's field of view in 14 languages at launch, with more to come "⟦p:a|later this year,⟧" according to the company.
"⟦d:b|We think this is the first time wearable translation genuinely works in a noisy room,⟧" Priscilla Vang, Lumora's chief product officer, said onstage. "⟦d:b|You can sit at a dinner table in Osaka and follow the conversation.⟧"
Vang said the translation runs on-device rather than in the cloud, which she said was key for privacy. "⟦d:b|Nothing you hear leaves the glasses. That was a hard requirement for us from day one.⟧"
Not everyone is convinced. Devin Okafor-Reyes, a principal analyst at Corvid Research, said battery life remained the device's biggest weakness. "⟦d:c|Real-time translation is a great demo. The question is whether the glasses last through the dinner,⟧" he said.
Developer Kenji Mori, who tested an early build, posted on X that the feature was "⟦p:d|shockingly good⟧" with Japanese but struggled with fast speech.

### 019
@a Fiona Marchbank | a climate scientist at the University of Dunmere
@b Harriet Obi | a forecaster at the Northern Weather Centre
What is a heat dome, and why is it happening now?
Temperatures across much of southern Europe are forecast to pass 40C this week, with meteorologists describing a "⟦s:-|heat dome⟧" settling over the region. So what is it?
A heat dome forms when a ridge of high pressure parks over an area and stays there, trapping warm air beneath it like a lid on a pan.
"⟦d:a|The high pressure pushes air down towards the surface, and as it sinks it warms up. At the same time it blocks the weather systems that would normally bring cooler air in,⟧" explains Dr Fiona Marchbank, a climate scientist at the University of Dunmere.
Is climate change to blame?
Scientists are cautious about linking any single event to climate change, but Dr Marchbank says the background is clear. "⟦d:a|Heatwaves like this one were rare events in the climate of the 1980s. Now we see them every few summers, and they are hotter when they come.⟧"
How long will it last?
Harriet Obi, a forecaster at the Northern Weather Centre, says the models suggest the pattern will break down early next week. "⟦d:b|There is quite a lot of uncertainty, but we think thunderstorms will start to erode the dome from the west by Monday or Tuesday,⟧" she said.

### 020
@a Raymond Esposito | board president
@b Gloria Nwachukwu-Baines | a mother of two who spoke during public comment
The Harmon County school board has a simple job this month: decide whether children in this county should have access to a library book about a penguin family with two fathers. It is making a remarkable mess of it.
At Tuesday's meeting, board president Raymond Esposito explained that the board was "⟦p:a|not banning anything⟧" but merely "⟦p:a|reviewing age-appropriateness.⟧"
I have been covering this board for eleven years, and I have heard that phrase before. It usually precedes a ban.
Gloria Nwachukwu-Baines, a mother of two who spoke during public comment, put it better than I can. "⟦d:b|My daughter is seven. She read that book and asked me if penguins really do that. I said yes. That was the whole conversation,⟧" she told the board. "⟦d:b|That is what you are afraid of?⟧"
Esposito, to his credit, stayed after the meeting to talk. "⟦d:a|I hear the parents who are upset, on both sides,⟧" he told me. "⟦d:a|My job is to make sure the process is fair, and I think it will be.⟧"
Maybe. But a fair process does not usually start with the book already off the shelf.

### 021
@a Ximena Fuentealba | Mayor
@b Jorge Antilef Huenchullán | a Mapuche fisherman who has worked the bay for four decades
@c Rodrigo de la Barra | Regional environment secretary
PUERTO ALDANA, Chile (AFP) - Thousands of dead sardines washed up along a five-kilometre stretch of beach in southern Chile this week, prompting authorities to close the bay to fishing while they investigate.
Mayor Ximena Fuentealba said the town had never seen anything like it. "⟦d:a|The smell reaches the main square. People are scared, and they want answers, not speculation,⟧" she told AFP.
Local fishermen blame a salmon farm that opened in the bay last year.
"⟦d:b|Antes había peces todo el año. Ahora no hay nada,⟧" said Jorge Antilef Huenchullán, a Mapuche fisherman who has worked the bay for four decades. "⟦d:b|Before there were fish all year. Now there is nothing.⟧"
Regional environment secretary Rodrigo de la Barra said samples had been sent to a laboratory in Santiago and results were expected within ten days.
"⟦d:c|It is too early to point the finger at anyone,⟧" he said. "⟦d:c|It could be an algal bloom, which we have seen in other parts of the coast.⟧"

### 022
@a Yusuf Demirci-Hale | -
@b Elif | His mother
@c Tom Brennagh | The critic
It is seven in the morning at Kestrel, the 24-seat restaurant on a back street in Hebden Row, and Yusuf Demirci-Hale is already elbow-deep in a tub of dough.
"⟦d:a|People think a chef's day starts at lunch,⟧" he says, without looking up. "⟦d:a|Mine starts with bread, and it has done for twenty years.⟧"
Demirci-Hale, 44, grew up above his parents' kebab shop in Oldfield, and he recalls the kitchen there as his first classroom. "⟦d:a|My dad did the grill, my mum did everything else. I would sit on an upturned crate and watch her make pide, and she never once measured anything.⟧"
His mother, Elif, now 71, still comes in on Saturdays to make the stuffed vine leaves. "⟦d:b|He tells everyone I never measured,⟧" she says, rolling her eyes. "⟦d:b|I measured. I just didn't use a scale.⟧"
Kestrel won its first star from the Harcourt Guide in February, a moment Demirci-Hale describes as "⟦p:a|surreal and slightly terrifying⟧".
The critic Tom Brennagh, who was among the first to review the restaurant, says its appeal is simple. "⟦d:c|There is no theatre. Nobody brings you a smoking cloche. It's just someone who cares enormously about what's on the plate.⟧"

### 023
@a Lani Fonoti-Reid | Samoan-New Zealand novelist
@g - | my grandmother
@e - | My editor
Samoan-New Zealand novelist Lani Fonoti-Reid’s third book, The Salt Orchard, has been shortlisted for the Ōtautahi Fiction Prize. She spoke to Weekend Review about family, language and writing in the gaps between them.
Q: The Salt Orchard is set across three generations. Where did it start?
A: With my grandmother, honestly. She used to say, “⟦d:g|The sea remembers everything you throw in it.⟧” I didn’t understand it as a kid. I think I wrote a whole novel trying to understand it.
Q: There’s a lot of untranslated Samoan in the book. Was that a fight with your publisher?
A: Not a fight. There was a conversation. My editor asked, “⟦d:e|Will readers feel shut out?⟧” And I said, “⟦d:a|Some of them will. That’s how my cousins felt reading English books at school.⟧”
Q: What are you working on now?
A: Sleeping. And a collection of short stories, very slowly.

### 024
@a Sandra Whitlock-Ames | Chief Financial Officer
@b Marcus Lindqvist | Chief Executive
@c Abigail Tran | an analyst at Brightwater Partners
Harrowgate Retail Group Inc. shares fell 11% in after-hours trading Tuesday after the department-store chain reported a surprise drop in holiday-quarter sales and withdrew its guidance for the year.
Comparable-store sales declined 4.2% in the 13 weeks through Jan. 31, compared with analyst expectations of a 1% gain, the company said.
"⟦d:a|The consumer pulled back sharply in the final two weeks of December, and we were carrying too much inventory into that slowdown,⟧" Chief Financial Officer Sandra Whitlock-Ames said on a call with analysts.
Chief Executive Marcus Lindqvist said the company would close 28 stores this year. "⟦d:b|These are difficult decisions that affect people who have been loyal to us for a long time,⟧" he said. "⟦d:b|But we have to be a smaller, healthier business.⟧"
Abigail Tran, an analyst at Brightwater Partners, pressed executives on whether more closures were coming. "⟦d:c|Is 28 the number, or is 28 the first number?⟧" she asked.
"⟦d:b|Twenty-eight is the number we're comfortable with today,⟧" Lindqvist replied. "⟦d:b|We'll review the fleet every year, as we always do.⟧"
### 025
@a Gareth Allonby | Site manager
@b Helen Sowerby | senior coroner
@c Daniel Frith | Liam's brother
@d Ridgeway Construction | -
A scaffolder who fell 12 metres from a building site in Carnford died as the result of an accident, an inquest has concluded.
Liam Frith, 29, from Stanwick, was working on a block of flats in Quay Street when a section of guard rail gave way on 3 May last year, the hearing at Carnford Coroner's Court was told.
Site manager Gareth Allonby told the inquest that the rail had been inspected two days earlier. "⟦d:a|It was signed off. There was nothing to suggest it was anything other than secure,⟧" he said.
Recording her conclusion, senior coroner Helen Sowerby said she would write to the firm about its inspection procedures. "⟦d:b|I am concerned that the checks recorded on paper did not reflect the actual condition of the equipment,⟧" she said.
In a statement after the hearing, Liam's brother, Daniel Frith, said: "⟦d:c:m|Liam went to work that morning and never came home. No family should go through what we have gone through.⟧
"⟦d:c|We want lessons to be learned so that it never happens again.⟧"
Ridgeway Construction said it had "⟦p:d|fully cooperated⟧" with the inquest and had since reviewed its procedures.

### 026
@a Khalid bin Hamad al-Mansouri | its chairman
@b Layla al-Tamimi | the company's chief financial officer
@c Omar Haddad | chief economist at Levant Capital in Amman
DUBAI, Feb 11 (Reuters) - Qasr Ports Holding plans to invest $3.5 billion in container terminals in East Africa and South Asia over the next five years, its chairman said on Tuesday, as Gulf port operators race to secure stakes along key trade routes.
``⟦d:a|We see the Indian Ocean as one market. Whoever controls the gateways on both sides will control the flows,⟧'' Sheikh Khalid bin Hamad al-Mansouri told reporters at an industry conference in Dubai.
He declined to name the ports the company was targeting but said talks were ``⟦p:a|at an advanced stage⟧'' in two countries.
Layla al-Tamimi, the company's chief financial officer, said the investments would be funded through a mix of debt and internal cash flows. ``⟦d:b|We have no plans to come to the equity market,⟧'' she said.
Omar Haddad, chief economist at Levant Capital in Amman, said Gulf operators were well placed. ``⟦d:c|They have the balance sheets and the political relationships. The question is whether the returns justify the risk in some of these markets,⟧'' he said.
Qasr Ports currently operates 11 terminals in seven countries.

### 027
@a Kim Min-jun | -
@b Park Eun-hye | His teacher
@c Lee Dong-su | Village head
DALLAE ISLAND, South Korea — When Dallae Elementary School holds its final graduation ceremony next month, there will be one graduate: 12-year-old Kim Min-jun.
The school, which had 340 pupils in 1975, will close in March, one of dozens of rural schools across South Korea shutting their doors this year as the country's birth rate falls to the lowest in the world.
"⟦d:a|I'm a little sad, but mostly I'm excited to go to the big school on the mainland,⟧" Min-jun said, standing in a classroom built for 40. "⟦d:a|There will be kids there who play football.⟧"
His teacher, Park Eun-hye, has taught at the school for nine years. "⟦d:b|Every year,⟧" she said, "⟦d:b|we said goodbye to more children and welcomed fewer. This year we have nobody to welcome.⟧"
Village head Lee Dong-su, 71, said the island would lose more than a school. "⟦d:c|The school was where we held the sports day, the elections, the New Year party. When it closes, I don't know where people will gather.⟧"

### 028
@a Zhang Yuting | a researcher at the institute and the study’s lead author
@b Rebecca Ostrowski | a coral biologist at Merrigal University who was not involved in the study
Corals in the South China Sea may be adapting to warmer water faster than previously thought, according to a study published on Wednesday in the journal Reef Science Letters.
Researchers at the Nanhai Institute of Marine Biology tracked 60 colonies at three reefs over eight years and found that several had become markedly more tolerant of heat stress.
“⟦d:a|We were surprised. After the 2020 bleaching event, some colonies that had bleached badly came back more resistant,⟧” said Zhang Yuting, a researcher at the institute and the study’s lead author.
Zhang cautioned that the findings did not mean reefs were safe. “⟦d:a|Adaptation is happening, but the ocean is warming faster than the corals can keep up with. This buys time, it does not solve the problem.⟧”
Rebecca Ostrowski, a coral biologist at Merrigal University who was not involved in the study, called the dataset “⟦p:b|remarkable⟧” but said eight years was a short window for such conclusions.
“⟦d:b|I’d want to see whether these colonies hold up through two or three more marine heatwaves before getting too excited,⟧” she said.

### 029
@a Kofi Asante-Mensah | midfielder
@b Steve Gallimore | manager
@u - | A source close to the player
@c Marco Bellandi | Asante-Mensah's agent
Northbridge City have agreed a club-record £38million fee with Sporting Alvor for midfielder Kofi Asante-Mensah, with the Ghana international set to undergo a medical on Thursday.
The 24-year-old has been Northbridge's top target since the summer, and manager Steve Gallimore made no secret of his admiration last week. "⟦d:b|He's the kind of player who makes everyone around him better. You don't find many of them,⟧" Gallimore said.
A source close to the player said personal terms were "⟦p:u|not going to be a problem⟧".
Asante-Mensah's agent, Marco Bellandi, told an Italian radio station on Tuesday night that the move was what the player had always wanted. "⟦d:c|Kofi wants the top flight in England, he has always wanted it. Northbridge showed the most belief in him, and that matters to him.⟧"
Asante-Mensah himself later posted a photograph of himself as a boy in a Northbridge shirt, with the caption: "⟦d:a|Some dreams take 15 years.⟧"

### 030
@a Harish Chandra Bhatt | Minister of State for Railways
@b Kavitha Reddy-Subramanian | -
@c - | The Chairman
@d Sukhbir Singh Randhawa | -
NEW DELHI: The Rajya Sabha on Thursday witnessed heated exchanges during the debate on the Railway Safety (Amendment) Bill, with the Opposition accusing the government of diverting funds meant for track renewal.
Opening the debate, Minister of State for Railways Harish Chandra Bhatt said the Bill would give the Commissioner of Railway Safety statutory powers to halt services on unsafe sections. “⟦d:a|For the first time, safety will not be an advisory function. It will have teeth,⟧” he said.
Kavitha Reddy-Subramanian of the Praja Vikas Party said the Bill was “⟦p:b|good on paper⟧” but meaningless without money. “⟦d:b|The track renewal budget has been underspent for three years running. What good is a watchdog with teeth if there is no food in the bowl?⟧” she asked.
As Mr. Bhatt rose to reply, several Opposition members began shouting. The Chairman intervened: “⟦d:c|Let the Minister complete. You will all get your turn.⟧”
Sukhbir Singh Randhawa, who moved an amendment to make annual safety audits public, said accountability began with transparency. “⟦d:d|If the audits are secret, the public will never know which lines are safe and which are not,⟧” he said.
The Bill was passed by voice vote after the amendment was defeated.

### 031
@a Ngozi Adeyemi-Clarke | -
@b Henrietta Vance | The exhibition's curator
For her first major solo exhibition in Britain, Ngozi Adeyemi-Clarke has filled the Lowther Gallery's main hall with 3,000 hand-dyed indigo cloths suspended from the ceiling, so that visitors walk through them as if through a forest.
The piece, titled "⟦s:-|Adire for My Mother⟧", took two years to make.
"⟦d:a|My mother dyed cloth in Oke-Ilu for forty years. Her hands were blue until the day she died,⟧" Adeyemi-Clarke told me as we stood beneath the hanging fabric. "⟦d:a|I wanted people to feel what it was like to be small in that room, surrounded by her work.⟧"
The exhibition's curator, Henrietta Vance, said the gallery had to reinforce the ceiling to take the weight. "⟦d:b|It's about four tonnes of wet cloth at the start, and it dries out over the run of the show, so the whole installation rises by about 30 centimetres over three months,⟧" she explained. "⟦d:b|It literally breathes.⟧"
Adeyemi-Clarke laughed when I put that to her. "⟦d:a|Henrietta makes it sound scientific. I just call it my mother's sigh.⟧"
The exhibition runs until 14 September.

### 032
@a Brookhaven Police Department | the department
@b Darnell Whitaker | Police Chief
@c Tamika Greer | Neighbor
BROOKHAVEN, Ohio — A 16-year-old was hospitalized with a gunshot wound Saturday night after what police described as a dispute between two groups of teenagers at a park on the city's east side.
Officers were called to Linden Park shortly after 9:30 p.m. and found the teen with a wound to his leg, according to a news release from the Brookhaven Police Department. He was taken to St. Anselm Medical Center and is expected to survive.
"⟦d:b|This is a park where families bring little kids on Saturday mornings. We are not going to accept gunfire there,⟧" Police Chief Darnell Whitaker said at a news conference Sunday.
Whitaker said investigators had identified "⟦p:b|persons of interest⟧" but no arrests had been made.
Neighbor Tamika Greer said she heard five or six shots. "⟦d:c|I grabbed my grandbabies and got down on the floor. Then I heard the sirens,⟧" she said. "⟦d:c|I've lived here 22 years. It didn't used to be like this.⟧"
The department asked anyone with information to call its tip line. "⟦d:a|Even a small detail could help,⟧" the department said.

### 033
@a Achieng Owuor | the county director of health
@b Grace Nakato | -
@c Mwangi | a community health volunteer
More than 12,000 children in Lurambi-Kati County have received their first dose of a new malaria vaccine in the first month of a rollout that health officials say has exceeded expectations.
Dr Achieng Owuor, the county director of health, said turnout had been highest in lakeside villages where the disease is most common. “⟦d:a|Mothers here have buried children because of malaria. They don’t need convincing,⟧” she said.
At a clinic in Busega village, Grace Nakato waited with her youngest son, aged seven months. “⟦d:b|My first-born had malaria four times before he was two. I almost lost him once,⟧” she said. “⟦d:b|If this injection can stop that, I will walk any distance.⟧”
Mwangi, a community health volunteer, said rumours about the vaccine had spread on WhatsApp in the first weeks. “⟦d:c|Some people said it was for family planning, to stop our children from having children. We went house to house to explain,⟧” he said.
Dr Owuor said the second dose would begin in June. “⟦d:a|The challenge now is making sure they come back.⟧”

### 034
@a Pacific Crest Airlines | -
@b Renata Szymańska | Passenger
@c Marcus Bell | Another passenger
@u - | An airport spokesperson
DENVER (AP) — A Pacific Crest Airlines flight bound for Seattle made an emergency landing in Denver on Monday after a cabin window cracked at cruising altitude, the airline said. No one was injured.
Flight 418, an Airbus A321 carrying 187 passengers and six crew members, landed safely at 2:14 p.m., according to the airline.
"⟦d:a|The crew followed their training exactly, and the aircraft landed without incident,⟧" Pacific Crest said in a statement. "⟦d:a|We are working with federal investigators to understand what happened.⟧"
Passenger Renata Szymańska, who was seated two rows behind the cracked window, said she heard a loud pop. "⟦d:b|Everybody went quiet. Then a flight attendant came down the aisle, very calm, and told us to put our seat belts on and keep them on,⟧" she said.
Another passenger, Marcus Bell, said the pilot came on the intercom within a minute. "⟦d:c|He said, 'Folks, we've got a cracked outer pane, we're totally fine, but we're going to get you on the ground.' That helped a lot,⟧" Bell said.
An airport spokesperson said the aircraft had been moved to a maintenance hangar and that other flights were "⟦p:u|operating normally⟧".

### 035
@a Walter Dimmock | -
@b Sheila Carver | That granddaughter
Walter Dimmock was 19 when the landing craft he was on hit a sandbar 200 yards from the beach and the ramp went down early.
Now 99, and one of the last surviving members of his regiment's association, he speaks slowly but without hesitation about that morning.
"⟦d:a:m|The water was up to my chest and I was holding my rifle over my head. The lad next to me, Billy Rowntree from Scarborough, went under and didn't come up. I've thought about Billy every day for eighty years.⟧
"⟦d:a|You don't talk about it when you get home. Nobody wanted to hear it, and you didn't want to say it. It was my granddaughter who got it out of me, in the end.⟧"
That granddaughter, Sheila Carver, recorded more than 20 hours of interviews with him during the pandemic lockdowns. "⟦d:b|I'd ring him every evening and just let him talk. Some nights it was about the war and some nights it was about the football,⟧" she said.
Next month Mr Dimmock will return to France for the first time since 1944. "⟦d:a|I want to say goodbye to Billy properly,⟧" he said.

### 036
@a Brennock Insurance | the company
@b Fiona Rudd | her line manager
@c Claire Donnelly-Shaw | -
@d Peter Asquith | Employment Judge
@u - | A spokesperson for Brennock Insurance
A former account manager who was sacked a week after telling her employer she was pregnant has won her claims for unfair dismissal and sex discrimination.
Claire Donnelly-Shaw, 33, worked for Brennock Insurance in Ledbury for six years before she was dismissed in March 2023 for what the company described as "⟦p:a|performance concerns⟧".
The tribunal heard that her line manager, Fiona Rudd, had praised her work in an appraisal only two months earlier. Asked by the judge why her view had changed so quickly, she said: "⟦d:b|Her figures dropped in the first quarter. That's all it was.⟧"
Ms Donnelly-Shaw told the tribunal she had been "⟦p:c|completely blindsided⟧". "⟦d:c|I'd told Fiona on the Monday. By the following Tuesday I was in a meeting with HR and a man I'd never met,⟧" she said.
In his judgment, Employment Judge Peter Asquith wrote that Ms Rudd's evidence was "⟦p:d|vague and, at times, inconsistent⟧". "⟦d:d|The tribunal does not accept that a sudden deterioration in performance, unsupported by any contemporaneous document, was the true reason for the dismissal,⟧" he wrote.
A spokesperson for Brennock Insurance said the firm was "⟦p:u|disappointed⟧" and was considering an appeal.

### 037
@a Ousmane Faye | a 62-year-old tailor
@b Aminata Diallo-Sow | Opposition candidate
@c Mamadou Ndiaye | Electoral commission president
THIÈS-KOUNDA, Senegal (AFP) - Voters in this coastal town queued from dawn on Sunday in a municipal election seen as a test for the governing coalition ahead of next year's legislative polls.
«⟦d:a|Nous voulons du travail pour nos enfants, c'est tout,⟧» said Ousmane Faye, a 62-year-old tailor, as he waited outside a polling station in the town centre. "⟦d:a|We want jobs for our children, that's all.⟧"
Opposition candidate Aminata Diallo-Sow, who is seeking to become the town's first female mayor, told AFP she was confident. "⟦d:b|People here have been promised a fishing port for twenty years. They are tired of promises,⟧" she said after casting her ballot.
Electoral commission president Mamadou Ndiaye said turnout had reached 38 percent by midday. "⟦d:c|There have been no major incidents. A few polling stations opened late because material arrived late, but that has been resolved,⟧" he said.
Results are expected on Tuesday.

### 038
@a Jade Moreno-Castillo | Singer
@b Velvet Hour Records | Her label
@c Trent Halloway | Former bandmate
Singer Jade Moreno-Castillo has canceled the remaining 14 dates of her North American tour, citing exhaustion, days after she collapsed onstage in Phoenix.
"⟦d:a|I've been pushing through for months and telling myself I was fine. I wasn't fine,⟧" Moreno-Castillo wrote in an Instagram post Wednesday. "⟦d:a|I'm so sorry to everyone who bought tickets. I promise I'll make it up to you.⟧"
Her label, Velvet Hour Records, said in a statement that all ticket holders would be refunded automatically. "⟦d:b|Jade's health comes first, full stop,⟧" the label said.
Former bandmate Trent Halloway, who performed with Moreno-Castillo in the group Lowlight before she went solo, posted a message of support on X. "⟦d:c|Rest up, J. The music will be there when you get back.⟧"

### 039
@a Keshav Pillay | The 28-year-old
@b Pieter van Wyk | Cobras coach
@c Hamza Iqbal Chaudhry | Hawks captain
Keshav Pillay struck an unbeaten 134 as the Karoo Cobras chased down 287 with four balls to spare to beat the Indus Hawks in the opening match of the Champions Fifty Cup at Rondebosch Oval.
"⟦d:a|I just told myself to stay there till the end. If I'm there at the end, we win,⟧" Pillay said after collecting the player-of-the-match award.
The 28-year-old, who was dropped for much of last season, added: "⟦d:a|There were times last year I wondered if I'd play again at this level. So this one means a lot.⟧"
Cobras coach Pieter van Wyk said Pillay's innings was the best he had seen from him. "⟦d:b|He was patient when he needed to be and ruthless at the end. That's a complete innings,⟧" van Wyk said.
Hawks captain Hamza Iqbal Chaudhry blamed his bowlers' execution at the death. "⟦d:c|We bowled too many full tosses in the last five overs. At this level you get punished for that,⟧" he said. "⟦d:c|But there's a lot of the tournament left.⟧"

### 040
@a Halcyon Launch Systems | The company
@b Vikram Anand Sethi | Halcyon's chief engineer
@c Naomi Feldstein | principal investigator for the Lyra-2 telescope mission
Halcyon Launch Systems' Skylark rocket broke apart about two minutes after liftoff on Friday, destroying a small astronomy satellite built by a consortium of universities.
The company said in a statement that an anomaly had occurred during first-stage flight and that debris had fallen into a designated hazard area over the ocean. "⟦d:a|There were no injuries, and no debris fell outside the pre-cleared zone,⟧" the statement said.
Vikram Anand Sethi, Halcyon's chief engineer, said the team had already begun reviewing telemetry. "⟦d:b|We have a lot of data. We will find out what happened, we will fix it, and we will fly again,⟧" he said at a briefing.
For Naomi Feldstein, principal investigator for the Lyra-2 telescope mission, the loss was personal. "⟦d:c|Eleven years of work was on that rocket,⟧" she said. "⟦d:c|Some of my students built components of that spacecraft with their own hands. I'm going to go home and hug my kids, and tomorrow we'll figure out what comes next.⟧"

### 041
@a Ciarán Ó Dónaill | The Minister for Housing
@b Deirdre Nic Amhlaoibh | Comhar housing spokeswoman
@c - | the Ceann Comhairle
The Minister for Housing, Ciarán Ó Dónaill, has said he will not "⟦p:a|be lectured⟧" on homelessness by parties that opposed every housing plan put before the Dáil, during a bad-tempered Leaders' Questions.
Comhar housing spokeswoman Deirdre Nic Amhlaoibh told the Dáil that 14,800 people, including 4,600 children, were now in emergency accommodation. "⟦d:b|Every month the Minister comes in here with a new plan, and every month the figures get worse,⟧" she said. "⟦d:b|When does he accept that his plans are not working?⟧"
Mr Ó Dónaill responded that housing completions were at their highest level in 15 years. "⟦d:a|The Deputy knows that. She just doesn't want to say it,⟧" he said.
The exchange grew heated, and the Ceann Comhairle had to intervene. "⟦d:c|Deputies, please. Let the Minister answer,⟧" he said.
Speaking to reporters afterwards, Ms Nic Amhlaoibh described the Minister's response as "⟦p:b|arrogant and out of touch⟧".

### 042
@a Daria Kovalenko | -
@b Milena Petrović | fifth seed
@c Andrzej Wiśniewski | her coach
Daria Kovalenko reached the semi-finals of the Harbour Open for the first time on Wednesday, beating fifth seed Milena Petrović 7-6 (5), 3-6, 6-4 in just under three hours.
The 22-year-old Ukrainian saved two break points at 4-4 in the final set before breaking to love. "⟦d:a|At 4-4 I was really tight. I told myself, just hit the ball, don't think about the score,⟧" Kovalenko said.
Asked about her coach, Andrzej Wiśniewski, who watched from the players' box with his arms folded for most of the match, she smiled. "⟦d:a|He doesn't show much. But after the match he hugged me, so I think he was happy.⟧"
Wiśniewski was more effusive when he spoke to reporters later. "⟦d:c|Daria has worked for this for ten years. Today she showed she belongs at this level,⟧" the Polish coach said.
Petrović, who had treatment on her shoulder during the second set, said she had been struggling since the start of the week. "⟦d:b|I don't want to make excuses. Daria played better in the important moments,⟧" the Serb said.

### 043
@a Redgum Minerals | the company
@b Callum Ferris-Baird | Chief executive
@c Natasha Kyriakou | Resources Minister
@u - | One fund manager
Redgum Minerals has warned it could shelve a $1.2 billion lithium expansion in the Yarrabee district if the state government presses ahead with a proposed increase in mining royalties.
In a statement to the ASX on Monday, the company said the royalty change would "⟦p:a|materially alter the economics⟧" of the project.
Chief executive Callum Ferris-Baird went further on a call with investors. "⟦d:b|We are not in the business of making threats. But the board cannot approve an investment of this size when the rules can change halfway through,⟧" he said.
Resources Minister Natasha Kyriakou dismissed the warning as "⟦p:c|predictable⟧". "⟦d:c|Every time we talk about a fair return for the people who own these resources, someone says the sky will fall. It never does,⟧" she told reporters in Perth.
One fund manager, who declined to be named because his firm holds Redgum shares, said the company was "⟦p:u|playing hardball⟧" but had a point. "⟦d:u|Lithium prices have halved. The margin for error on new projects is very thin right now.⟧"

### 044
@a Gus Pappadakis | -
@b Irene Pappadakis | -
@c Dale Hockett | a retired mail carrier who has bought a loaf of rye here every Saturday for three decades
At 5 a.m. the lights are already on at the Sunrise Bakery on Main Street in Tolland Falls, and Gus Pappadakis is arguing with his wife about cinnamon.
"⟦d:b|Too much,⟧" Irene Pappadakis says, leaning over the mixing bowl.
"⟦d:a|It's never too much,⟧" Gus says.
"⟦d:b|Forty-one years I've been telling him. Forty-one years he doesn't listen.⟧"
The bakery, which the couple opened in 1983, will close at the end of the month. Gus is 78; Irene is 76. Neither of their children wants to take it on, and the couple say that is fine.
"⟦d:a|They have good jobs. Why would they want to get up at four in the morning to make bread?⟧" Gus says.
Dale Hockett, a retired mail carrier who has bought a loaf of rye here every Saturday for three decades, is less philosophical. "⟦d:c|I don't know what I'm going to do. Buy bread at the gas station?⟧" he said. "⟦d:c|It's the end of an era, and I don't say that lightly.⟧"

### 045
@a Rhiannon Pryce | co-chair of the Resident Doctors' Committee at the Medical Practitioners' Union
@b Alistair Byrne-Macleod | Health Secretary
@c Eunice Harrow | -
@d Northvale Hospitals Trust | -
Thousands of resident doctors walked out at 7am on Tuesday at the start of a five-day strike, the eleventh since the dispute over pay began.
Dr Rhiannon Pryce, co-chair of the Resident Doctors' Committee at the Medical Practitioners' Union, said members had been left with no choice. "⟦d:a|Nobody went into medicine to stand on a picket line. But a doctor in their first year earns less than a barista in some parts of the country, and that cannot be right,⟧" she said outside St Columba's Hospital.
Health Secretary Alistair Byrne-Macleod said the strike was "⟦p:b|unnecessary and unaffordable⟧". In a post on social media, he wrote: "⟦d:b|My door remains open. But I will not sign off a pay rise that means cutting the number of nurses we can employ.⟧"
Eunice Harrow, 81, whose hip replacement at the hospital was postponed for the second time, said she understood the doctors' position. "⟦d:c|They're worked off their feet, anyone can see that. I just wish both sides would get in a room and sort it out,⟧" she said.
Northvale Hospitals Trust said emergency and maternity care would continue "⟦p:d|as normal⟧" throughout the strike.

### 046
@a Tekarei Tongaibeia | -
@b Mele Fifita-Vaka | the region’s lead negotiator
@c Losana Vuniwai | a geographer at the University of the Western Pacific who has studied coastal erosion across the region for twenty years
On the eastern edge of Naurea Atoll, Tekarei Tongaibeia points to a line of coconut stumps standing in the surf.
“⟦d:a|When I was a boy, those trees were behind our house. We played cricket between them,⟧” he says. “⟦d:a|Now the house is gone and the trees are in the sea.⟧”
Tongaibeia, 58, has moved his family twice in a decade, each time further inland on an island that is nowhere more than three metres above sea level. His eldest daughter now lives overseas.
The atoll’s predicament has become a regular talking point at international climate talks, where the region’s lead negotiator, Mele Fifita-Vaka, has pressed wealthy nations for a dedicated relocation fund. “⟦d:b|We did not cause this, and we will not be told to quietly pack up and leave,⟧” she told delegates at the last round of talks. “⟦d:b|If our people have to move, they will move with dignity, and with the means to keep their culture alive.⟧”
Losana Vuniwai, a geographer at the University of the Western Pacific who has studied coastal erosion across the region for twenty years, says relocation is already happening, whatever governments decide. “⟦d:c|Families are making these decisions at the kitchen table, one by one. The policy is catching up with them, not the other way round.⟧”
Back on the shoreline, Tongaibeia is less interested in the politics. “⟦d:a|I will stay as long as the water lets me,⟧” he says.

### 047
@a Rahul Banerjee | Assistant U.S. Attorney
@b Trevor Lansing | -
@c Cheryl Otunga | His attorney
@d Evelyn Marchetti | U.S. District Judge
DETROIT (AP) — A former finance chief at a medical supply company was sentenced Thursday to seven and a half years in prison for embezzling nearly $14 million and using part of it to buy racehorses.
Trevor Lansing, 56, pleaded guilty in March to wire fraud and money laundering. Prosecutors said he created fake vendor accounts at Grayling Medical Supply and paid them for equipment that was never delivered.
"⟦d:a|Mr. Lansing didn't steal out of desperation. He stole because he wanted a lifestyle he couldn't afford,⟧" Assistant U.S. Attorney Rahul Banerjee told the court.
Lansing, his voice breaking, apologized to his former colleagues. "⟦d:b|I betrayed people who trusted me for twenty years. There is nothing I can say that makes that right,⟧" he said.
His attorney, Cheryl Otunga, had asked for a sentence of four years, citing his cooperation and his health problems. "⟦d:c|He has accepted responsibility from the very first day,⟧" Otunga said.
U.S. District Judge Evelyn Marchetti said the length of the scheme weighed against leniency. "⟦d:d|This was not one bad decision. This was hundreds of decisions, made month after month, for more than six years,⟧" she said.

### 048
@a Farida Begum | -
@b Anil Gaikwad-Patil | Public Works Minister
@c Sanjay Kulkarni | Superintendent of Police
@u - | An official of the district disaster management authority
Bridge collapse in Sangavi: what we know so far
At least nine people were killed and more than 20 injured when a section of a pedestrian bridge over the Kesari river collapsed in Sangavi on Sunday evening. Here is what we know.
What happened?
The 60-metre iron bridge, built in 1962, was crowded with people visiting a temple fair on the far bank when a section gave way at about 6.15 pm. “⟦d:a|People were standing shoulder to shoulder. Then there was a loud crack and half the bridge was in the water,⟧” said Farida Begum, who was selling toys near the bridge.
What has the government said?
Public Works Minister Anil Gaikwad-Patil said an inquiry would be completed within 30 days. “⟦d:b|If anyone is found negligent, strict action will be taken, no matter how senior,⟧” he told reporters at the site.
Superintendent of Police Sanjay Kulkarni said divers had searched the river through the night. “⟦d:c|We cannot rule out that more people are missing. Families should contact the control room,⟧” he said.
An official of the district disaster management authority said the bridge had been declared “⟦p:u|unsafe for crowds⟧” in an audit two years ago, but no restrictions were imposed.

### 049
@a Kazuo Hirata | chief equity strategist at Sakuragawa Securities in Tokyo
@b Olivia Brandt-Nielsen | a portfolio manager at Nordhavn Asset Management in Copenhagen
@c Ahmed el-Sayed | senior energy analyst at Corniche Commodities
TOKYO/LONDON, June 18 (Reuters) - Asian shares slipped on Wednesday and the yen firmed as investors braced for the outcome of a two-day central bank meeting, while oil prices held near a three-week high.
MSCI's broadest index of Asia-Pacific shares outside Japan fell 0.4%, and Japan's Nikkei lost 0.7% after touching a record high on Tuesday.
``⟦d:a|The market has priced in a lot of good news already. It wouldn't take much of a surprise to trigger some profit-taking,⟧'' said Kazuo Hirata, chief equity strategist at Sakuragawa Securities in Tokyo.
European stocks opened flat. ``⟦d:b|Investors are sitting on their hands until they see the statement. Nobody wants to be caught on the wrong side of this,⟧'' said Olivia Brandt-Nielsen, a portfolio manager at Nordhavn Asset Management in Copenhagen.
Brent crude futures were steady at $84.10 a barrel. ``⟦d:c|Inventories are tight and the summer driving season is just getting going,⟧'' said Ahmed el-Sayed, senior energy analyst at Corniche Commodities. ``⟦d:c|The risks are skewed to the upside.⟧''

### 050
@a Zubaida Hasan Naqvi | the Urdu poet whose verse gave voice to two generations of working women
@b Asim Naqvi | Her son
@c Iftikhar Alam | a close friend for five decades
KARACHI: Zubaida Hasan Naqvi, the Urdu poet whose verse gave voice to two generations of working women, died at her home on Sunday. She was 86.
Born in 1938, she moved to Karachi with her family as a child and began publishing in literary magazines while working as a schoolteacher. Her first collection appeared in 1964, and she published eleven more.
Her most quoted couplet, often recited at rallies, runs: “⟦d:a|The loom does not ask whose hands move it; / still it remembers every thread.⟧”
Her son, Asim Naqvi, said she had been writing until last week. “⟦d:b|She kept a notebook under her pillow. Even in hospital she would wake up at night and write a line, then go back to sleep,⟧” he said.
The poet Iftikhar Alam, a close friend for five decades, said Urdu literature had lost “⟦p:c|its most honest voice⟧”. “⟦d:c|She never wrote to please anyone. Not the critics, not the state, not even her readers. That is why people trusted her,⟧” he told this newspaper.
Her funeral prayers will be offered after Zuhr prayers on Monday.

### 051
@a Elliot Strand | chief executive of Vireo Health Data
@b Patricia Vandermeer | a Kansas Republican
@c Luis Arredondo | a New Mexico Democrat
WASHINGTON — The chief executive of a health-data broker faced bipartisan anger on Capitol Hill on Tuesday over the sale of location data collected near abortion clinics and addiction treatment centers.
Elliot Strand, chief executive of Vireo Health Data, told the Senate Commerce Committee that the company had stopped selling such data in January. "⟦d:a|We recognize that we got this wrong, and we have changed our practices,⟧" he said in his opening statement.
Sen. Patricia Vandermeer, a Kansas Republican, was unimpressed. "⟦d:b|You stopped in January. When did you start?⟧" she asked.
"⟦d:a|I'd have to get back to you on the exact date, senator,⟧" Strand said.
"⟦d:b|You don't know when your company started selling the locations of people going to rehab?⟧"
"⟦d:a|I don't want to give you an inaccurate answer.⟧"
Sen. Luis Arredondo, a New Mexico Democrat, said the hearing showed the need for a federal privacy law. "⟦d:c|Every senator on this panel, Republican and Democrat, is angry today. That should tell you something,⟧" he said afterward.

### 052
@a Haverleigh Borough Council | The council
@b Imran Sadiq | council leader
@u - | One council worker
@c Jonas Ekström | a security researcher at Nordsec Labs
Haverleigh Borough Council says it could be weeks before some of its online services are restored after a ransomware attack that forced it to shut down its computer systems.
The council said in a statement that it had "⟦p:a|no evidence at this stage⟧" that residents' personal data had been taken, but warned that investigations were continuing.
"⟦d:b|We understand how frustrating this is, particularly for people who rely on us for housing and benefits payments,⟧" council leader Imran Sadiq said. "⟦d:b|Staff are working around the clock, and we've brought in specialists to help.⟧"
One council worker, who did not want to be named, said staff had been told to switch off their laptops and go home. "⟦d:u|Nobody knew what was going on. We were using paper forms and phoning each other on our personal mobiles,⟧" they said.
Jonas Ekström, a security researcher at Nordsec Labs, said local authorities were an increasingly popular target. "⟦d:c|Councils hold a lot of sensitive data and many of them are running old systems on tight budgets. For criminal gangs, that's an attractive combination.⟧"

### 053
@a Sigrid Haugland-Berge | -
@b Eirik Haugland | Her father and coach
@c Aaliyah Brooks-Mensah | the Briton
Sigrid Haugland-Berge ran the fastest time in the world this year to win the women's 400 metres hurdles at the Continental Athletics Championships on Saturday, clocking 52.31 seconds.
The 25-year-old Norwegian led from the fourth hurdle and held off Aaliyah Brooks-Mensah of Great Britain, who took silver in 52.88.
"⟦d:a|I felt strong all the way. Usually I die a little in the last 50, but today I didn't die at all,⟧" Haugland-Berge said, laughing.
Her father and coach, Eirik Haugland, said the win had been ten years in the making. "⟦d:b|She was a heptathlete until she was 16, and everybody told us to stay with the heptathlon. I'm glad we didn't listen,⟧" he said.
Brooks-Mensah said she had no complaints. "⟦d:c|Sigrid was on another level today. I ran a personal best and I'm taking silver home, so I can't be unhappy,⟧" the Briton said.

### 054
@a María Fernanda del Castillo Rojas | president of the Las Cumbres cooperative of about 300 small farms
@b Andrés Felipe Gómez | -
@c Luz Marina | -
SANTA RITA DE CAUCA, Colombia — The coffee harvest is two weeks late this year, and María Fernanda del Castillo Rojas knows exactly why.
"⟦d:a|It rained in December when it should have been dry, and then it was dry in March when it should have rained. The plants don't know what season it is anymore,⟧" said Ms. del Castillo, president of the Las Cumbres cooperative of about 300 small farms.
She walks the rows of a neighbor's farm with Andrés Felipe Gómez, who has grown coffee here for 35 years, pointing out berries that have ripened unevenly on the same branch.
"⟦d:b|My father never saw this,⟧" Mr. Gómez said. "⟦d:b|Red, green, red, green, all on one branch. You have to pick the same tree four, five times.⟧"
That means more work for pickers like Luz Marina, 43, who travels from farm to farm during the harvest and asked that only her first name be used. "⟦d:c|If the coffee ripens slowly, we earn slowly,⟧" she said. "⟦d:c|Some weeks I send nothing home.⟧"

### 055
@a Water Services Regulator | the regulator
@b Fenella Crossthwaite | Aldmoor's chair
@c Save the Wendle | Campaign group
@d Marcus Ollerenshaw | its founder
Aldmoor Water has been fined £18.4mn after admitting that it failed to report more than 1,200 sewage spills into rivers in the Wendle valley over four years.
The Water Services Regulator said the failings were "⟦p:a|among the most serious⟧" it had investigated. "⟦d:a|Customers and the environment were let down, and the company was not honest about it,⟧" the regulator said in a statement.
Fenella Crossthwaite, Aldmoor's chair, said the company accepted the findings in full. "⟦d:b|There is no excuse. We have changed our leadership, our reporting systems and our culture, and we will keep making changes until we have earned back trust,⟧" she said.
Campaign group Save the Wendle said the fine was "⟦p:c|a rounding error⟧" for a company that paid £95mn in dividends last year. "⟦d:d|Until executives face personal consequences, nothing will change,⟧" said its founder, Marcus Ollerenshaw.

### 056
@a Gridline Ireland | the network operator
@b Gerry Kinsella | director of services at Ballinmore County Council
@c Mairéad | Reader
@u - | a department spokesperson
Storm Orla live: 180,000 homes without power as red warning remains in place
11.02 Power outages climb. Gridline Ireland says 180,000 homes, farms and businesses are now without electricity, most of them in the west and south-west. "⟦d:a|Crews will not be sent out while the red warning is in force, as it would not be safe to do so,⟧" the network operator said.
11.20 Council urges people to stay indoors. Gerry Kinsella, director of services at Ballinmore County Council, has been speaking on local radio. "⟦d:b|We have trees down on almost every regional road in the county. Please, do not travel. There is no journey today that is worth your life,⟧" he said. He added that council crews had already cleared more than 40 fallen trees since dawn.
11.34 From our readers. Reader Mairéad in Kilcarrig writes: "⟦d:c|Our roof is lifting at one corner and the noise is unbelievable. Kids are under the stairs with the dog. Stay safe everyone.⟧"
11.51 Schools to stay closed. The Department of Education has confirmed that all schools in red-warning counties will remain closed tomorrow. "⟦d:u|A further update will issue by 4pm on Thursday regarding Friday,⟧" a department spokesperson said.

### 057
@a Nur Aisyah binte Abdullah | Deputy Public Prosecutor
@b Gurdev Singh Sandhu | His lawyer
@c Eleanor Goh | District Judge
A food delivery rider who knocked down an 82-year-old woman at a pedestrian crossing while looking at his phone was sentenced to six weeks' jail on Monday (Oct 6) and banned from driving for five years.
Muhammad Hafiz bin Rahman, 27, pleaded guilty to causing grievous hurt by a rash act. The woman, Madam Koh Siew Eng, suffered a fractured hip and spent two months in hospital.
Deputy Public Prosecutor Nur Aisyah binte Abdullah said camera footage showed Hafiz glancing down at his phone for about four seconds before the collision. "⟦d:a|The accused was checking for new delivery orders. He placed his earnings above the safety of other road users,⟧" she said.
His lawyer, Mr Gurdev Singh Sandhu, said his client had visited the victim in hospital and paid her medical bills. "⟦d:b|He is deeply remorseful. He has not ridden a motorcycle since that day,⟧" Mr Sandhu said.
In sentencing, District Judge Eleanor Goh said deterrence was the main consideration. "⟦d:c|Delivery riders are on our roads in great numbers and under great time pressure. That pressure is no excuse,⟧" she said.

### 058
@a Morag Sutherland-Reid | Transport Minister
@b Iain Drummond | the First Minister
@c Ruairidh MacAskill | Opposition transport spokesman
Transport Minister Morag Sutherland-Reid has resigned after admitting she used her ministerial car for personal trips on at least 11 occasions.
In her resignation letter to the First Minister, Iain Drummond, she wrote: "⟦d:a|I have fallen short of the standards I expect of myself and that the public rightly expects of ministers. I have repaid the full cost of the journeys, but I recognise that is not enough.⟧"
Mr Drummond said in his reply that she had "⟦p:b|done the right thing⟧". He wrote: "⟦d:b|You have been a hard-working and dedicated minister, and I have no doubt you will continue to serve your constituents with distinction.⟧"
Opposition transport spokesman Ruairidh MacAskill said the resignation raised wider questions. "⟦d:c|Eleven trips, and nobody in the private office noticed? Either they knew, or nobody is checking. Both are a problem,⟧" he said.

### 059
@a Kwame Boateng | -
@b Dmitri Volkov-Sorensen | the Danish-Russian
@c Eddie Lamontagne | Promoter
Kwame Boateng and Dmitri Volkov-Sorensen had to be separated by security at Thursday's final press conference ahead of their heavyweight title fight on Saturday.
Boateng, known to fans as "⟦s:-|The Hammer⟧", opened proceedings by tossing a toy hammer onto his opponent's side of the table. "⟦d:a|That's the last time you'll see it coming,⟧" he said.
Volkov-Sorensen, who is unbeaten in 24 fights, did not smile. "⟦d:b|He talks a lot. In my experience, the men who talk a lot are the men who are scared,⟧" the Danish-Russian said.
"⟦d:a|Scared?⟧" Boateng shot back. "⟦d:a|I've been knocking men out since you were in nappies.⟧"
When the pair came face to face for the photographs, Boateng shoved his rival, prompting both camps to storm the stage.
Promoter Eddie Lamontagne sighed. "⟦d:c|Every time. Every single time,⟧" he said. "⟦d:c|Look, it sells tickets, but I'd rather they saved it for Saturday night.⟧"

### 060
@a Amira Benali | president of the Northshore Students' Union
@b Douglas Yee | Provost
@c Kelly Brandvold | Advanced Education Minister
Hundreds of students rallied outside the administration building at Northshore University on Wednesday to protest a proposed 15 per cent increase in tuition for international students. Many carried signs reading "⟦s:-|Students, not cash cows⟧".
"⟦d:a|International students are not an ATM. We are people who came here to learn, and many of us are working 20 hours a week just to stay,⟧" said Amira Benali, president of the Northshore Students' Union.
Provost Douglas Yee said the university faced a $31-million deficit after the federal government capped study permits. "⟦d:b|None of the options in front of us are good ones. We are trying to protect programs and jobs,⟧" he said in an interview.
Advanced Education Minister Kelly Brandvold said the province had "⟦p:c|no plans⟧" to increase operating grants this year. In a statement, she said universities "⟦p:c|must live within their means, like every household in this province.⟧"
Benali said students would keep up the pressure. "⟦d:a|We'll be back next week, and the week after that,⟧" she said.

### 061
@a Dafydd ap Rhys | the union's regional organiser
@b Corvan Steel | -
@c Sian Llewelyn-Price | Chief Inspector
About 2,000 people marched through Port Caradog on Saturday in protest at plans to close the town's steelworks with the loss of 1,400 jobs.
Marchers chanted "⟦s:-|Save our steel⟧" as they made their way from the railway station to the gates of the Corvan Steel plant, where a stage had been set up on the back of a lorry.
"⟦d:a|This town was built on that works. If it goes, the shops go, the pubs go, the rugby club goes,⟧" warned the union's regional organiser, Dafydd ap Rhys. "⟦d:a|We are not going to stand by and watch that happen.⟧"
As he spoke, someone near the front shouted "⟦d:-|Not a chance!⟧" to loud cheers.
"⟦d:b|We have looked at every alternative, and we continue to talk to the government about options, but the current situation is not sustainable,⟧" according to a statement from Corvan Steel, which says the plant has lost money in each of the past six years.
Chief Inspector Sian Llewelyn-Price said the march had passed off peacefully. "⟦d:c|We'd like to thank everyone who took part for the way they conducted themselves,⟧" she said.

### 062
@a Beverley Achterberg | headteacher
@b Nasrin Chowdhury | Parent
@c Mark Ellery | the county's cabinet member for education
A primary school in Thornbury Vale will close its doors in July after 140 years, its headteacher has told parents.
In a letter sent home on Friday, headteacher Beverley Achterberg wrote:
"⟦d:a:m|It is with enormous sadness that I have to tell you the governors have voted to close St Aldhelm's at the end of this academic year.⟧
"⟦d:a:m|Pupil numbers have fallen from 210 to 64 in six years, and the school can no longer balance its budget without cutting the very things that make it special.⟧
"⟦d:a|Every child will be offered a place at a nearby school, and we will do everything we can to make the move as gentle as possible.⟧"
Parent Nasrin Chowdhury said families were "⟦p:b|heartbroken but not surprised⟧". "⟦d:b|You could see it coming. There were two children in my son's reception class when he started,⟧" she said.
Cllr Mark Ellery, the county's cabinet member for education, insisted the authority had done what it could. "⟦d:c|Small rural schools are facing real pressure across the county, and I'm afraid this will not be the last difficult decision,⟧" he said.

### 063
@c Luis Ortega-Vidal | Eastfield manager
@a Femi Adewale | our captain
@b - | the chairman
Eastfield manager Luis Ortega-Vidal spoke to reporters on Friday ahead of Sunday's derby against Castlegate. "⟦d:c|It's the biggest game of the season for the supporters, so it's the biggest game of the season for us,⟧" he said before taking questions. Here is an edited transcript.
Q: How is the squad after Wednesday's defeat?
A: Disappointed, of course. But the dressing room is strong. After the game our captain, Femi Adewale, stood up and said, "⟦d:a|Nobody leaves this room feeling sorry for themselves.⟧" That's the attitude I want.
Q: There has been talk about your future. Have you spoken to the board?
A: I spoke to the chairman yesterday. He told me, "⟦d:b|Luis, you have our full support.⟧" I believe him.
Q: Will Tomlinson be fit?
A: We'll see tomorrow. He trained today, which is positive.
"""


def main() -> None:
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh10",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
