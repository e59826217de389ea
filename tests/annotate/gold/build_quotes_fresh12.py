# ruff: noqa: E501
"""Build ``quotes_fresh12.jsonl``: a twelfth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh12-NNN``.

Conventions (the same as ``build_quotes_fresh8.py``):

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, Sen., Cllr, KC); when only a first name is
  given that first name is the speaker. The description is the role or appositive as
  written in the passage (the one given where the speaker is introduced, or the
  definite description used at the cue, e.g. ``the 46-year-old doctor``), else null.
  A role title standing before the name (``Senior coroner``, ``Head coach``,
  ``Digital Affairs Minister``) is the description when the passage gives no
  appositive; courtesy honorifics (Mr, Ms, Dr, Sir, KC) never are. An appositive noun
  phrase is taken whole with its relative clause (``a cattle farmer who has been her
  patient since she arrived``); a relative clause on its own (``who represents about
  40 residents``) is not a description. A relational phrase standing before the name
  (``His daughter, Rania Khoury``) counts like a role title.
* An organisation that is itself the grammatical speaker (``Halvorsen Freight said in
  a statement``, ``the bureau said``) is the speaker. An unnamed person speaking for an
  organisation (``a spokesman for Network Links said``) has a null speaker and that
  phrase as the description. Unnamed sources and individuals in a crowd (``one
  regular``) likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, statements,
  judgments, memos, text messages, posts. They are ``direct`` (or ``partial``) with
  that author as speaker.
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
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh12.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh12.jsonl")

PASSAGES = """
### 001
@a Marisol Quintero-Vega | the governor of Alta Serena province
@b - | A spokesman for the national weather service
@c Tomás Ebrahim | shopkeeper
SAN ELOY, Alta Serena (Continental Wire) — Floodwaters rose through the lower districts of San Eloy on Tuesday after three days of rain, forcing more than 4,000 people from their homes, officials said.
“⟦d:a|We have never seen the river this high in living memory,⟧” Marisol Quintero-Vega, the governor of Alta Serena province, told reporters at an evacuation centre. “⟦d:a|Every family that needs a roof tonight will have one.⟧”
A spokesman for the national weather service said more rain was expected through Thursday. “⟦d:b|The ground is saturated. Anything that falls now runs straight into the rivers,⟧” he said.
In the market district, shopkeeper Tomás Ebrahim waded through knee-deep water to rescue boxes of stock from his hardware store. “⟦d:c|I lost everything in 2011 and I rebuilt,⟧” he said. “⟦d:c|I don't know if I can do it twice.⟧”
The governor said emergency funds would be released on Wednesday and that the army had been asked to help with evacuations in outlying villages.

### 002
@a Helen Marchbanks | Judge
@b Rupert Adeyemi | Prosecutor
@c Gareth Pryce | -
@d Ceri Lloyd-Hughes | -
A former care home manager who stole more than £80,000 from elderly residents has been jailed for four years.
Gareth Pryce, 52, of Llanfair Road, Abergwyn, admitted 14 counts of fraud at Caerwen Crown Court.
Prosecutor Rupert Adeyemi said Pryce had used residents' bank cards to pay for holidays and a car. “⟦d:b|These were people who trusted him with their dignity and their savings,⟧” he told the court.
In a letter read to the court, Pryce wrote: “⟦d:c|I am ashamed of what I did and I will spend the rest of my life trying to make it right.⟧”
Sentencing, Judge Helen Marchbanks said the offences were “⟦p:a|a gross breach of trust⟧”. “⟦d:a|You targeted the most vulnerable people in your care, people who could not check their own statements,⟧” she told him. “⟦d:a|Your remorse, while I accept it is genuine, came only when you were caught.⟧”
Ceri Lloyd-Hughes, whose mother lived at the home for six years, said outside court: “⟦d:d|Four years is not enough, but at least he is going somewhere he can't hurt anyone.⟧”

### 003
@a Diego Albarracín | Corinth Rovers manager
@b Kwame Asante-Boadu | Striker
@c Andy Frew | Millbrook boss
Corinth Rovers manager Diego Albarracín praised his side's “⟦p:a|character⟧” after they came from two goals down to draw 2-2 at Millbrook Athletic on Saturday.
“⟦d:a|At half-time I didn't need to say much,⟧” Albarracín said. “⟦d:a|They knew. They looked at each other and they knew the performance wasn't good enough.⟧”
Striker Kwame Asante-Boadu, who scored both Rovers goals, said the equaliser was the best of his career. “⟦d:b|I just hit it and closed my eyes,⟧” the 23-year-old said, laughing. “⟦d:b|When I opened them the whole stand was jumping.⟧”
Millbrook boss Andy Frew was less happy. “⟦d:c|We switched off, simple as that. Two-nil up at home, you have to see that out,⟧” he said.
“⟦d:c|I'll be having words with a few of them this week, believe me.⟧”
Millbrook drop to ninth, while Rovers remain one point above the relegation places.

### 004
@a Priya Ramaswamy | the opposition's finance critic
@b Luc Thibodeau | Finance Minister
@c - | A senior government official
PORT ALDANE — The provincial government's budget will return to surplus within two years, Finance Minister Luc Thibodeau said Thursday, despite warnings from economists that its revenue forecasts are optimistic.
“⟦d:b|This is a responsible plan for uncertain times,⟧” Thibodeau told the legislature. “⟦d:b|We are not cutting services, and we are not raising taxes on working families.⟧”
Priya Ramaswamy, the opposition's finance critic, called the numbers “⟦p:a|a work of fiction⟧”.
“⟦d:a|The minister is assuming oil at ninety dollars a barrel for three straight years,⟧” she said. “⟦d:a|Nobody in this province believes that, and I doubt he does either.⟧”
A senior government official, speaking on condition of anonymity because they were not authorized to discuss internal deliberations, said the forecast had been “⟦p:c|stress-tested⟧” against lower prices.

### 005
@a Ingrid Solberg-Haug | an epidemiologist at the University of Nordvik
@b Ahmed Farouk Nasser | a cardiologist at St Brendan's Hospital in Kilmorrow who was not involved in the study
People who walk at least 7,000 steps a day have a markedly lower risk of heart failure than those who walk fewer than 3,000, according to a large study published on Monday in the Nordic Journal of Cardiovascular Medicine.
The researchers followed 41,000 adults for a decade. “⟦d:a|The effect was surprisingly linear. Every extra thousand steps seemed to count,⟧” said the study's lead author, Ingrid Solberg-Haug, an epidemiologist at the University of Nordvik.
She cautioned that the study was observational. “⟦d:a|We can't say the walking itself is doing all the work. People who walk more may differ in ways we didn't measure.⟧”
Ahmed Farouk Nasser, a cardiologist at St Brendan's Hospital in Kilmorrow who was not involved in the study, said the findings were “⟦p:b|reassuring and practical⟧”.
“⟦d:b|Patients often ask me for a number,⟧” he said. “⟦d:b|Now I have a reasonable one to give them.⟧”

### 006
@a Nadia Oyelaran | Vantrel's chief executive
@b Vantrel | the cloud software company
@c Marcus Feld | an analyst at Brightwater Securities
Vantrel, the cloud software company, said on Wednesday it would cut about 1,200 jobs, roughly 9 percent of its workforce, as it shifts spending toward artificial intelligence products.
The company described the reductions as “⟦p:b|difficult but necessary⟧” and said in a regulatory filing: “⟦d:b|We expect to record restructuring charges of between $85 million and $110 million, primarily in the third quarter.⟧”
In a memo to staff seen by this newspaper, Vantrel's chief executive, Nadia Oyelaran, wrote: “⟦d:a|I know this is painful news. These are colleagues who helped build this company, and we will treat them with the respect they have earned.⟧”
Marcus Feld, an analyst at Brightwater Securities, said investors had been expecting cuts. “⟦d:c|The market has been waiting for them to show some discipline on costs,⟧” he said. “⟦d:c|This is that.⟧”
Shares rose 4 percent in early trading.

### 007
@a Rosalind Achterberg | -
@b Miriam Achterberg | her daughter
@c Teodor Lisowski | The pianist
Rosalind Achterberg, the jazz singer known to three generations of club-goers simply as ``⟦s:-|Roz⟧'', whose smoky contralto filled the clubs of Harbour Street for half a century, has died at her home in Wexmouth. She was 89.
Her death was confirmed by her daughter, Miriam Achterberg, who said she had died peacefully in her sleep. ``⟦d:b|She sang right up until the last week,⟧'' Miriam said. ``⟦d:b|Quietly, to herself, but she sang.⟧''
Born in 1936 to a Dutch father and a Jamaican mother, Achterberg began singing in a chapel choir before talking her way onto the stage of the Blue Anchor at 17. In a 1998 interview with the Wexmouth Courier she recalled her first paid performance: ``⟦d:a|Twelve shillings and a plate of chips. I thought I was the richest woman in England.⟧''
Her best-known recording, ``⟦s:-|Lanterns on the Water⟧'', was released in 1964 and has been covered by more than 40 artists.
The pianist Teodor Lisowski, who accompanied her for three decades, said: ``⟦d:c|She never sang a song the same way twice. You had to listen every night as if it were the first time, or she would leave you behind.⟧''
She is survived by her daughter and two grandsons.

### 008
@a Fiona Galbraith | Health Secretary
@b Owen Tremlett | the shadow health secretary
@c Federation of Nursing Staff | -
14:32 — Galbraith under pressure over waiting lists
Health Secretary Fiona Galbraith has just been asked in the Commons whether she will meet her own target to end 18-month waits by spring. “⟦d:a|We are on track, and I will not apologise for being ambitious,⟧” she told MPs.
Owen Tremlett, the shadow health secretary, was not impressed. “⟦d:b|On track? The list is longer today than the day she took office,⟧” he said, to cheers from the opposition benches.
14:51 — Nurses' union responds
The Federation of Nursing Staff has put out a statement. “⟦d:c|Targets mean nothing without the staff to meet them,⟧” it says. “⟦d:c|Ministers should start by filling the 30,000 vacancies they already have.⟧”
15:05 — Galbraith has now hit back on social media, posting: “⟦d:a|Ask the 200,000 patients treated in the last year whether we're making progress.⟧”

### 009
@a Hemi Wātene | -
@b Anahera | His wife
@c Mereana Pōtae | Their granddaughter
At six in the morning the hives above Pukewhero are still quiet. Hemi Wātene moves among them in a veil and an old rugby jersey, lifting lids and peering in.
“⟦d:a|You learn to read them like the weather,⟧” he says. “⟦d:a|A calm hive is a happy hive. When they start getting grumpy, something's wrong.⟧”
Wātene, 71, has kept bees on this hillside since 1979. His wife, Anahera, does the books and, she says, most of the worrying.
“⟦d:b|He'll tell you it's all instinct,⟧” Anahera says, pouring tea. “⟦d:b|It's instinct and forty years of notebooks. He writes everything down.⟧”
The varroa mite reached the district in 2006 and nearly wiped them out. “⟦d:a:m|We lost two-thirds of our hives in one winter. I sat in the truck and cried, I'm not ashamed to say it.⟧
“⟦d:a|But you don't walk away from the bees. They didn't walk away from us.⟧”
Their granddaughter, Mereana Pōtae, 24, now works alongside them and plans to take over one day. “⟦d:c|Koro says I'm too impatient,⟧” she says. “⟦d:c|He's probably right.⟧”

### 010
@a Raymond Castellanos | U.S. District Judge
@b Deborah Lindqvist | an attorney for the city
@c Jerome Whitfield | -
A federal judge on Monday temporarily blocked the city of Granton from clearing a homeless encampment along the Merritt River, saying officials had failed to offer adequate shelter beds.
In a 31-page order, U.S. District Judge Raymond Castellanos wrote that the city's plan "⟦p:a|appears to treat relocation as a formality rather than an obligation.⟧"
"⟦d:a|The Constitution does not permit the government to punish people for having nowhere else to go,⟧" Castellanos wrote.
Deborah Lindqvist, an attorney for the city, said Granton would appeal. "⟦d:b|We respectfully disagree with the court's reading of the facts. The city has offered shelter to every person at that site, repeatedly,⟧" she said.
Jerome Whitfield, who represents about 40 residents of the encampment, said his clients were relieved. "⟦d:c|For the first time in months, they can sleep without wondering if a bulldozer is coming,⟧" he said.

### 011
@a Bronwyn Tate | Kestrel Mining managing director
@b Sam Nguyen | a resources analyst at Harcourt Partners
@c - | One shareholder
@d Redgum Resources | -
Kestrel Mining has abandoned its $2.3 billion bid for rival lithium producer Redgum Resources after the target's board rejected a sweetened offer on Friday.
Kestrel Mining managing director Bronwyn Tate said the company would not overpay. ``⟦d:a|We put a fair price on the table twice. Our shareholders expect discipline, and that's what they'll get,⟧'' Ms Tate said.
Redgum Resources told the exchange the offer ``⟦p:d|materially undervalued⟧'' the company and its pipeline of projects in the Gascoyne Ranges.
Sam Nguyen, a resources analyst at Harcourt Partners, said the collapse of the deal left both companies exposed to falling lithium prices. ``⟦d:b|Neither of them is big enough to ride out a long downturn on its own,⟧'' he said.
One shareholder, a retired teacher from Kalbarra, was blunter. ``⟦d:c|I'd have taken the money. Nobody asked me.⟧''

### 012
@g - | my grandmother
@k - | One critic
@e Joss Harlow | My editor
Lucía Benedetti's fourth novel, “⟦s:-|The Salt Orchard⟧”, follows three generations of women on a failing olive farm. The Argentine-born novelist, who now lives in Brackley Bay, spoke to us ahead of its launch. This interview has been edited for length and clarity.
Q: Where did the book start?
A: With a smell, honestly. Crushed olive leaves. My grandmother used to say “⟦d:g|the trees remember everything⟧”, and I wanted to write a book where that was literally true.
Q: One critic has already called it “⟦p:k|a quiet bomb⟧”. Is that fair?
A: I'll take it. Though the first draft was much quieter. My editor, Joss Harlow, read it and wrote back one line: “⟦d:e|Where is the anger?⟧” I was furious with her for a week, and then I rewrote the whole thing.
Q: And the anger is there now?
A: Oh, it's there.

### 013
@a Dewi Kartikasari | head of the regional disaster agency
@b - | One rescuer
@c Budi Santoso | a 45-year-old fisherman
TANJUNG MERAH (Continental Wire) — A magnitude 6.4 earthquake struck off the coast of Tanjung Merah early on Sunday, killing at least 17 people and damaging hundreds of homes, officials said.
“⟦d:a|Our teams are still reaching the remote villages, and we expect the toll to rise,⟧” said Dewi Kartikasari, head of the regional disaster agency.
She said electricity had been cut across much of the district and that a tsunami warning issued shortly after the quake had been lifted.
Budi Santoso, a 45-year-old fisherman, said he had been preparing his boat when the ground began to shake. “⟦d:c|The sea pulled back and everyone started running up the hill,⟧” he told the agency by telephone. “⟦d:c|We waited there until the sun came up.⟧”
One rescuer, speaking as he dug through the rubble of a collapsed school, said: “⟦d:b|We heard a voice this morning. We are not stopping.⟧”

### 014
@a Graham Oduya | the council leader
@b Pat Henshaw | -
@c Ashcombe Borough Council | -
There is a phrase that has been doing a lot of work in Ashcombe town hall lately: “⟦s:-|managed decline⟧”. Nobody uses it in public, of course.
When I put it to the council leader, Graham Oduya, last week, he bristled. “⟦d:a|Nobody in this administration has given up on the high street. Nobody,⟧” he said. “⟦d:a|But I can't magic shoppers out of thin air.⟧”
Fair enough. But talk to Pat Henshaw, who has run the post office on Fenner Street for 31 years, and you get a different picture. “⟦d:b|They've taken away the buses, the bank, the library hours,⟧” she told me. “⟦d:b|Then they wonder why nobody comes into town.⟧”
Ashcombe Borough Council's own regeneration strategy, published in March, promises a “⟦p:c|vibrant, people-first town centre⟧” by 2030.
I would settle for a bus that runs after six.

### 015
@a Siobhán Ní Bhriain | an independent councillor for the Ballinacurra ward
@b Declan Moriarty | Senior engineer
@c - | A spokesperson for Aqualine Ireland
Residents in Ballinacurra have been told to boil their water for at least another week after E. coli was detected in the local supply for the second time this month.
At Monday's meeting of Kilbarron County Council, Siobhán Ní Bhriain, an independent councillor for the Ballinacurra ward, said people had ``⟦p:a|run out of patience⟧''.
``⟦d:a|I have elderly constituents boiling kettles at midnight. I have a crèche that's spending a fortune on bottled water. This is not good enough,⟧'' she said.
Senior engineer Declan Moriarty told the meeting that a faulty ultraviolet unit at the Coolbeg treatment plant had been identified as the likely cause. ``⟦d:b|A replacement unit is on site and will be commissioned by Friday,⟧'' he said.
A spokesperson for Aqualine Ireland said the notice would be lifted ``⟦p:c|as soon as it is safe to do so⟧''.

### 016
@a Yelena Markova | -
@b Chiara Bellandi | -
@c Paulo Ventura | Markova's coach
Yelena Markova saved three match points before beating Chiara Bellandi 6-7, 7-6, 7-5 in a three-hour epic to reach the semi-finals of the Port Verity Open.
“⟦d:a|Honestly, at 5-6 in the second I was already thinking about my flight home,⟧” Markova said. “⟦d:a|Then she missed one easy forehand and I thought, ‘OK, maybe not today.’⟧”
Bellandi, 19, was in tears at her press conference. “⟦d:b|I had it. I had it three times,⟧” she said. “⟦d:b|I will learn from this, but right now it just hurts.⟧”
Markova's coach, Paulo Ventura, said he had told her at the changeover to stop looking at the scoreboard. “⟦d:c|She was playing the score, not the ball,⟧” he said. “⟦d:c|Once she stopped doing that, she was the better player.⟧”
Markova will face the top seed on Saturday.

### 017
@a Olumide Bankole-Carter | the mission's principal investigator
@b Hanne Vestergaard | a planetary scientist at the Lundholm Institute who was not part of the team
@c Meridian Space Agency | -
A small lander operated by the Meridian Space Agency has detected what appear to be seasonal water-ice deposits in a crater near the moon's south pole, scientists said on Thursday.
“⟦d:a|We were not expecting to see the signal change from one month to the next. That was the surprise,⟧” said Olumide Bankole-Carter, the mission's principal investigator.
He said the team would spend the coming weeks ruling out instrument error. “⟦d:a|Extraordinary claims, and all that. We want to be very sure before we say more.⟧”
Hanne Vestergaard, a planetary scientist at the Lundholm Institute who was not part of the team, called the result “⟦p:b|tantalising⟧” but urged caution. “⟦d:b|Ice that comes and goes would tell us something profound about how the moon exchanges water with space,⟧” she said. “⟦d:b|But a single instrument on a single lander is a thin thread to hang that on.⟧”
The agency said in a statement that the data would be made public “⟦p:c|within six months, in keeping with our open-science commitments⟧”.

### 018
@a Imogen Achebe-Ward | The theatre's artistic director
@b Felix Morrow | Actor
@c Dorothy Kinsella | -
The Lyceum Playhouse in Dunmere will close for 18 months from January for a £14 million refurbishment, its first major overhaul since 1962.
The theatre's artistic director, Imogen Achebe-Ward, said the work was overdue. “⟦d:a|The roof leaks, the seats are agony and the backstage areas would make a Victorian blush,⟧” she said. “⟦d:a|We are doing this so the building lasts another sixty years.⟧”
The final production before closure will be a revival of “⟦s:-|The Lamplighter's Daughter⟧”, the play that opened the building. Actor Felix Morrow, who will play the lead, said: “⟦d:b|It feels like turning off the lights in a house you grew up in. You do it gently.⟧”
Dorothy Kinsella, 84, who has attended every Christmas show at the Lyceum since childhood, said she had already bought her tickets. “⟦d:c|I'll be in the front row for the last night, and in the front row when they reopen, God willing.⟧”

### 019
@a Curtis Waldron | the Republican governor
@b Martin Esposito | the Democratic leader of the state Senate
@c - | A person familiar with the negotiations
TALLMADGE — Negotiations over the state's two-year budget collapsed late Tuesday, raising the prospect of a government shutdown when the fiscal year ends Sunday.
Curtis Waldron, the Republican governor, blamed Senate Democrats. "⟦d:a|I offered them a deal on school funding that they asked for, in writing, a month ago,⟧" Waldron said at an evening news conference. "⟦d:a|They walked away from their own proposal.⟧"
Martin Esposito, the Democratic leader of the state Senate, said the governor's account was "⟦p:b|creative.⟧" He said Waldron had attached conditions on Medicaid that made the offer unacceptable.
"⟦d:b|He knows exactly what he did,⟧" Esposito said. "⟦d:b|He put a poison pill in it and now he's acting surprised that nobody swallowed it.⟧"
A person familiar with the negotiations, who was not authorized to speak publicly, said the two men had not spoken directly since Friday. "⟦d:c|There's no trust in that room right now. None,⟧" the person said.

### 020
@a Ramesh Iyer | City Police Commissioner
@b Kavitha Subramanian | a resident of Nanjundapura
@c - | A senior official of the municipal corporation
VELLAMANGALAM: The city police on Friday arrested four persons in connection with the chain-snatching incidents reported across the eastern suburbs over the past two months.
Addressing mediapersons, City Police Commissioner Ramesh Iyer said the gang had been operating from a rented house in Nanjundapura. “⟦d:a|They used stolen two-wheelers and changed number plates after every offence. We have recovered 38 sovereigns of gold so far,⟧” he said.
He added that special teams would continue night patrols. “⟦d:a|Women walking alone in the evening should feel safe. That is our priority.⟧”
Kavitha Subramanian, a resident of Nanjundapura, said the arrests had come as a relief. “⟦d:b|My neighbour lost her thali chain in broad daylight. Since then nobody in our street goes out alone after dark,⟧” she said.
A senior official of the municipal corporation said streetlights on several stretches would be repaired “⟦p:c|on a war footing⟧”.

### 021
@a Halvorsen Freight | one of northern Europe's largest logistics groups
@b Tobias Lindgren | the company's chief information security officer
@c Aisha Mwangi | a researcher at the cybersecurity firm Redline Labs
Halvorsen Freight, one of northern Europe's largest logistics groups, said on Monday a ransomware attack had disrupted operations at 11 of its warehouses and forced it to revert to paper-based systems.
“⟦d:a|We detected unauthorised activity on our network early on Saturday and immediately took systems offline as a precaution,⟧” Halvorsen Freight said in a statement.
According to an internal email seen by this agency, the company's chief information security officer, Tobias Lindgren, told staff the attackers had demanded payment in cryptocurrency. “⟦d:b|We will not be engaging with the criminals,⟧” he wrote. “⟦d:b|Please do not attempt to reconnect any device until IT contacts you directly.⟧”
Aisha Mwangi, a researcher at the cybersecurity firm Redline Labs, said the attack bore the hallmarks of a group known as “⟦s:-|GreyMarrow⟧”. “⟦d:c|They tend to go after companies where every hour of downtime is expensive. Logistics is perfect for them,⟧” she said.

### 022
@a Jasmine Okoro | team captain
@b Raúl Delgado | Their teacher
@c Ethan Park | the team's programmer
It is 7 p.m. on a Thursday and the robotics lab at Fairhaven High is still loud.
“⟦d:a|Who moved the gripper arm?⟧” team captain Jasmine Okoro, 16, shouts across the room.
“⟦d:c|Nobody moved it, it fell off,⟧” replies Ethan Park, 15, the team's programmer, without looking up from his laptop.
“⟦d:a|It fell off. Great. Regionals are in nine days.⟧”
Their teacher, Raúl Delgado, watches from the doorway, smiling. He has coached the team for eight years and says this is the most determined group he has had. “⟦d:b|They argue like a family, and they fix things like a family,⟧” he said. “⟦d:b|I mostly just order the pizza.⟧”
The team, known as the “⟦s:-|Fairhaven Falcons⟧”, placed fourth at state last year.

### 023
@a Catherine Aldridge | Supreme Court judge
@b Liam Cosgrove | Defence barrister
@c Nerida Walsh | the victim's mother
A man who killed a cyclist while driving at almost twice the speed limit on the Bellingen Highway has been sentenced to nine years' jail.
Jordan Blakely, 27, pleaded guilty to dangerous driving causing death over the crash near Tarrawong in March last year, which killed 34-year-old nurse Emma Walsh.
Supreme Court judge Catherine Aldridge said Blakely had been “⟦p:a|showing off⟧” to a passenger. “⟦d:a|Ms Walsh was doing nothing more than riding home from a night shift,⟧” she said. “⟦d:a|Her life was ended by a decision that took a second to make and that you will carry forever.⟧”
Defence barrister Liam Cosgrove had told the court his client was “⟦p:b|genuinely remorseful⟧” and had written to the family.
Outside court, the victim's mother, Nerida Walsh, said: “⟦d:c|No number of years brings Emma back. But today someone finally said out loud that what he did was wrong.⟧”

### 024
@a Sunita Raghavan | Skylark Air chief executive
@b Helga Brandt | general secretary of the Cabin Crew Alliance
@c Tom Okafor | passenger
Skylark Air cancelled 140 flights on Friday as cabin crew walked out in a dispute over rosters, stranding thousands of passengers at the start of the holiday weekend.
Skylark Air chief executive Sunita Raghavan apologised to customers but said the strike was “⟦p:a|completely unnecessary⟧”. “⟦d:a|We have offered a pay rise above inflation and a review of rostering. The door is open,⟧” she said.
Helga Brandt, general secretary of the Cabin Crew Alliance, said Raghavan was misrepresenting the offer. “⟦d:b|She knows the pay rise is conditional on crew working longer shifts with shorter rest,⟧” Brandt said. “⟦d:b|That isn't an offer. It's a trap.⟧”
At Clearwater airport, passenger Tom Okafor, travelling with his two children to a family wedding, said he had been told about the cancellation by text message at 4 a.m. “⟦d:c|Nobody at the desk can tell us anything,⟧” he said. “⟦d:c|We'll probably miss it.⟧”

### 025
@a Clarence Fairweather | -
@b Vivek Mahadevan | His former opening partner
@c Northbridge Cricket Club | -
Clarence Fairweather, the Northbridge batsman who scored a century on debut in 1971 and went on to captain the county for six seasons, has died aged 78.
Northbridge Cricket Club announced his death on Tuesday. “⟦d:c|Clarence was the heartbeat of this club for more than fifty years, as a player, a captain and a friend,⟧” the club said in a statement.
Known throughout the game as “⟦s:-|the Professor⟧” for his meticulous preparation, Fairweather kept notebooks on every bowler he faced.
His former opening partner Vivek Mahadevan recalled their first stand together. “⟦d:b|I was nervous, a boy of nineteen. He walked down the pitch after the first over and said, ‘Just watch the ball and leave the worrying to me.’ I did exactly that for ten years.⟧”
Fairweather himself was modest about his achievements. “⟦d:a|I was a plodder with a good memory,⟧” he told an interviewer in 2015. “⟦d:a|The bowlers did all the hard work of getting me out.⟧”

### 026
@a Kenji Morimoto | the trust's medical director
@b - | A junior doctor at the hospital who asked not to be named
@c Carys Bevan | -
A hospital in Tregarth declared a critical incident on Wednesday night after its emergency department ran out of trolley space, with some patients waiting more than 30 hours for a bed.
Kenji Morimoto, the trust's medical director, said staff were “⟦p:a|working flat out in extremely difficult circumstances⟧”. “⟦d:a|I want to apologise to every patient who has waited longer than they should,⟧” he said. “⟦d:a|That is not the care we want to give.⟧”
A junior doctor at the hospital who asked not to be named said patients were being treated in corridors and in the ambulance bay. “⟦d:b|We're doing resuscitations behind curtains in a corridor. It's frightening, for them and for us,⟧” the doctor said.
Carys Bevan said her father, 87, waited 22 hours on a plastic chair before being admitted, and that nobody offered him a blanket. “⟦d:c|He's a proud man and he didn't want to make a fuss. He just sat there shivering,⟧” she said.

### 027
@a Chidinma Eze | -
@b Obinna Eze | her brother
@c Grace Wanjiru | a market trader in Lakeview
Three years ago, Paylink was two siblings and a laptop in a rented room above a pharmacy. Today the mobile payments start-up processes more than a million transactions a day across four countries.
“⟦d:a|People said we were too late, that the big banks had already won,⟧” said Chidinma Eze, who co-founded the company with her brother, Obinna Eze. “⟦d:a|But the banks were building for people who already had bank accounts.⟧”
He handles the engineering. “⟦d:b|Our whole design rule was: it has to work on a ten-year-old phone with one bar of signal,⟧” he said. “⟦d:b|If it doesn't, it doesn't ship.⟧”
Grace Wanjiru, a market trader in Lakeview, said she had switched to Paylink from cash last year. “⟦d:c|I don't have to carry money home at night any more. That alone is worth it,⟧” she said.
The company plans to raise new funding later this year, Eze said, though she declined to name a figure.

### 028
@a Morag MacLeod | a crofter in Ardvannie whose family has lived on the loch since the 1800s
@b Highland Waters Authority | -
@c Callum Stewart | Salmon farm manager
Crofters on the west coast of Ardvannie say a fish farm expansion approved last month threatens the sea lochs their families have worked for generations.
“⟦d:a|We've seen the sea lice, we've seen the dead wild fish on the shore. Nobody is listening,⟧” said Morag MacLeod, a crofter in Ardvannie whose family has lived on the loch since the 1800s.
The Highland Waters Authority, which approved the application, said it had imposed “⟦p:b|some of the strictest monitoring conditions in the country⟧”.
Salmon farm manager Callum Stewart said the expansion would create 22 jobs. “⟦d:c|These are year-round jobs in a place that doesn't have many. We take our environmental responsibilities seriously,⟧” he said. “⟦d:c|Our sea lice numbers are published every week for anyone to check.⟧”
MacLeod was unconvinced. “⟦d:a|Published numbers don't put fish back in the river.⟧”

### 029
@a Thandiwe Mokoena | Mayor
@b Sipho Ndlovu | the Progressive Alliance caucus leader in the council
@c - | One resident
Residents of Emthonjeni have gone without electricity for nine days after a substation fire, and Mayor Thandiwe Mokoena says repairs could take another week.
“⟦d:a|We are sourcing a transformer from the national supplier, and I have asked them to treat this as an emergency,⟧” Mokoena told a community meeting on Thursday evening.
The meeting grew heated when residents began chanting “⟦s:-|Asinamandla!⟧” (“⟦s:-|We have no power!⟧”) and the mayor was escorted out through a side door.
Sipho Ndlovu, the Progressive Alliance caucus leader in the council, said the fire had been predictable. “⟦d:b|That substation has been flagged in three maintenance reports. Three. The money was budgeted and never spent,⟧” he said.
One resident, a mother of three who runs a spaza shop, said she had lost stock worth R4,000. “⟦d:c|Everything in the fridge is gone. Who will pay me back?⟧”

### 030
@a Darnell Hughes | Western Ridge State coach
@b Tyrese Holloway | Senior guard
Western Ridge State coach Darnell Hughes didn't mince words after a 78-61 loss to Coldwater on Saturday.
"⟦d:a:m|We got punched in the mouth and we didn't punch back. That's on me. I didn't have them ready, and you could see it from the opening tip.⟧
"⟦d:a|I'm not going to stand up here and blame the refs or the schedule. We were soft, and we'll fix it.⟧"
Senior guard Tyrese Holloway, who finished with 19 points, agreed. "⟦d:b|Coach is right. We came out flat,⟧" Holloway said. "⟦d:b|We've got to look in the mirror before Tuesday.⟧"
The Ravens host Pine Hollow on Tuesday.

### 031
@a - | A spokesperson for Wendlebury District Council
@b Ros Atherton | chair of the Save Pellow Meadow campaign
@c Harbridge Homes | the developer
Plans for 240 homes on the edge of Pellow have been approved despite more than 1,100 objections.
Ros Atherton, chair of the Save Pellow Meadow campaign, said villagers were “⟦p:b|devastated but not defeated⟧”. “⟦d:b|We will be looking at a judicial review. This is not over,⟧” she said.
Harbridge Homes, the developer, said the scheme included 35 per cent affordable housing and a new play area. “⟦d:c|Pellow needs homes that local young people can actually afford, and this development delivers them,⟧” a Harbridge Homes statement said.
A spokesperson for Wendlebury District Council said: “⟦d:a|The application was assessed against national and local planning policy and approved by the planning committee.⟧”

### 032
@a Amara Lindqvist-Diallo | the 29-year-old singer
@b Jonah Reyes | Her longtime producer
Amara Lindqvist-Diallo wrote most of her new album in a borrowed cabin with no internet and, she says, one working lightbulb.
“⟦d:a|I went up there to finish two songs and came back with fourteen,⟧” the 29-year-old singer says over coffee in Halden Street. “⟦d:a|Being bored is underrated. Your brain starts making things just to entertain itself.⟧”
The record, “⟦s:-|Small Hours⟧”, is quieter than her breakthrough, “⟦s:-|Fever Country⟧”, and she knows some fans will miss the big choruses.
“⟦d:a|My label said to me, ‘Where's the single?’ and I said, ‘There isn't one. It's an album.’ They weren't thrilled.⟧”
Her longtime producer, Jonah Reyes, says the cabin recordings were so good they kept most of them. “⟦d:b|You can hear the floorboards on a couple of tracks,⟧” he says. “⟦d:b|We tried to clean it up and it lost something, so we left it in.⟧”

### 033
@a Étienne Marchal | Valmont's foreign minister
@b Irina Petrescu | Orsova's foreign minister
@c - | A diplomat briefed on the talks
LAUSTERN (Continental Wire) — The foreign ministers of Valmont and Orsova agreed on Friday to reopen their shared border crossings, ending a four-month standoff over fishing rights in the Brenna estuary.
Étienne Marchal, Valmont's foreign minister, told reporters in French: «⟦d:a|Nous avons choisi le dialogue plutôt que la confrontation.⟧» (“⟦d:a|We chose dialogue over confrontation.⟧”)
Irina Petrescu, Orsova's foreign minister, said the agreement was “⟦p:b|a first step, not a final one⟧”. “⟦d:b|Our fishermen need certainty. Today they have more of it than yesterday,⟧” she said.
A diplomat briefed on the talks said the breakthrough came after the two ministers met alone for nearly two hours without aides. “⟦d:c|At some point they stopped reading from their notes,⟧” the diplomat said.

### 034
@a Farah Siddiqui | lead researcher
@b Lotte de Wit | -
@c Patricia Obi | chief executive of the charity Headway Trust
A monthly injection cut the number of days patients spent with migraine by more than half in a trial involving 900 people, researchers in Haverton reported.
“⟦d:a|For some of our participants this was life-changing. People went from losing two weeks a month to losing three or four days,⟧” said lead researcher Farah Siddiqui.
Lotte de Wit, who took part in the trial, said she had not had a full migraine since her third injection. She described the previous ten years as “⟦p:b|living around the headaches⟧”. “⟦d:b|I cancelled birthdays, I missed work, I stopped making plans,⟧” she said. “⟦d:b|Now I make plans again.⟧”
Patricia Obi, chief executive of the charity Headway Trust, welcomed the results but warned about cost. “⟦d:c|A breakthrough nobody can afford is not a breakthrough,⟧” she said.
Siddiqui said she hoped to publish full results by the autumn.

### 035
@a Maria Gutierrez | a spokeswoman for the Alder County Sheriff's Office
@b Dale Whitcombe | Neighbor
@c Alder County Fire District | -
A 61-year-old man was rescued from a burning house in rural Alder County early Sunday by a neighbor who kicked in the back door, authorities said.
The fire started around 3 a.m. in the kitchen of the single-story home on Old Mill Road, according to the Alder County Fire District. "⟦d:c|The residence was fully involved when crews arrived,⟧" the fire district said in a news release.
Neighbor Dale Whitcombe said he woke to his dog barking and saw flames through the window. "⟦d:b|I didn't think about it. I just went,⟧" Whitcombe said. "⟦d:b|He was on the floor by the couch. I grabbed him under the arms and pulled.⟧"
Maria Gutierrez, a spokeswoman for the Alder County Sheriff's Office, said the resident was taken to a hospital with smoke inhalation and was in stable condition. "⟦d:a|Without that neighbor, we'd be having a very different conversation this morning,⟧" she said.

### 036
@a Rachel Te Huia | Authority member
@b Vikram Chand | -
@d - | his manager
A Tauwhare forklift driver who was fired by text message has been awarded $28,000 after the Employment Relations Authority found he was unjustifiably dismissed.
Vikram Chand had worked for Coastline Logistics for six years when he received a message from his manager on a Sunday evening reading: “⟦d:d|Dont come in tomorrow. Your finished here.⟧”
In her determination, Authority member Rachel Te Huia said the dismissal was “⟦p:a|procedurally and substantively unjustified⟧”. “⟦d:a|Mr Chand was given no reason, no opportunity to respond and no support person. He was simply told not to come back,⟧” she wrote.
Coastline Logistics argued that Chand had been warned repeatedly about his timekeeping. The authority found no record of those warnings.
Chand told the Tauwhare Times he felt vindicated. “⟦d:b|It wasn't about the money. I wanted someone to say they couldn't treat people like that,⟧” he said.

### 037
@a Sione Taufa | Kings captain
@b Viliami Fonua | Head coach
The Harbour City Kings are through to their first final in 14 years after a 24-20 win over the Southland Stags on Friday night.
Kings captain Sione Taufa, who scored the match-winning try in the 78th minute, said the team had “⟦p:a|dug deeper than we've ever dug⟧”.
“⟦d:a|The boys were out on their feet in the last ten. But nobody wanted to be the one who let the others down,⟧” Taufa said.
“⟦d:a|This one's for the fans who stuck with us through the bad years. There were a lot of bad years.⟧”
Head coach Viliami Fonua said he had barely watched the final play. “⟦d:b|I was looking at my shoes,⟧” he admitted. “⟦d:b|My wife will tell me what happened.⟧”

### 038
@a Katarzyna Wiśniewska-Holm | the rapporteur on the file
@b Jean-Baptiste Okemba | a lobbyist for the Alliance of Digital Retailers
@c Consumer Voice Europe | -
Lawmakers in the Continental Assembly voted on Wednesday to require online marketplaces to verify the identity of every seller, in a move aimed at cutting the sale of counterfeit and dangerous goods.
“⟦d:a|If you can sell a toy to a child in our union, we need to know who you are. It is as simple as that,⟧” said the rapporteur on the file, Katarzyna Wiśniewska-Holm, after the measure passed by 412 votes to 198.
Jean-Baptiste Okemba, a lobbyist for the Alliance of Digital Retailers, said the rules would “⟦p:b|hit small sellers hardest⟧”. “⟦d:b|The big platforms can absorb this. A craftsperson selling forty items a year cannot,⟧” he said.
Consumer Voice Europe, which campaigned for the law, called it “⟦p:c|a long-overdue win for shoppers⟧” in a post on social media.

### 039
@a Brenda Kowalczyk | -
@b Harold Mensah | a retired postman
@c Jenna Flores | The council's events officer
Last month I asked readers whether the town should bring back its Saturday farmers' market. Dozens of you wrote in, and I am grateful to every one.
Brenda Kowalczyk of Saltmarsh wrote: ``⟦d:a|The market was the only place I ever saw half my neighbours. Bring it back and I'll be there at seven with a basket.⟧''
Harold Mensah, a retired postman, was more sceptical. ``⟦d:b|Everybody says they want a market until it rains,⟧'' he wrote. ``⟦d:b|Then they go to the supermarket like always.⟧''
I think Harold has a point, though I hope he's wrong. The council's events officer, Jenna Flores, told me a trial run in the spring is ``⟦p:c|very much on the table⟧''. ``⟦d:c|If people turn up, it stays. It's that simple,⟧'' she said.

### 040
@a Kofi Adjei-Mensah | Opposition leader
@b Abena Owusu | Electoral commission chairwoman
@d Esi Boateng | a 34-year-old teacher
KORANTENG (Continental Wire) — Opposition leader Kofi Adjei-Mensah has won the presidential election in Asamora with 53.2 percent of the vote, the electoral commission said on Tuesday, unseating the ruling party after 16 years.
Electoral commission chairwoman Abena Owusu announced the results at a news conference broadcast live on state television. “⟦d:b|The commission is satisfied that the process was free, fair and transparent,⟧” she said.
Supporters poured into the streets of the capital, chanting “⟦s:-|Change has come!⟧” and waving the party's green flags.
“⟦d:a|This victory does not belong to me. It belongs to the young people who queued for nine hours in the sun to vote,⟧” Adjei-Mensah told a crowd outside his party's headquarters.
Esi Boateng, a 34-year-old teacher, said she had cried when the result was announced. “⟦d:d|My father voted for change his whole life and never saw it. I wish he were here,⟧” she said.

### 041
@a Lumenor | -
@b Ravi Shankar Pillai | a software developer in Eastvale
@c Dana Whitford | a privacy researcher at Kinross University
Lumenor's new “⟦s:-|memory⟧” feature, which lets its chatbot recall details from earlier conversations, has drawn criticism from privacy advocates since it was switched on by default last week.
Dana Whitford, a privacy researcher at Kinross University, said users should have been asked first. “⟦d:c|Opt-out is a design choice, and it's a choice that favours the company, not the user,⟧” she said.
Lumenor said in a blog post that users could turn the feature off “⟦p:a|in two taps⟧” and delete stored memories at any time. “⟦d:a|We built this because people asked for it,⟧” the company wrote.
Ravi Shankar Pillai, a software developer in Eastvale, said he had been unsettled when the chatbot mentioned his daughter's name unprompted. “⟦d:b|I'd told it once, months ago. I'd forgotten. It hadn't,⟧” he said.

### 042
@a Arthur Penhaligon | -
@b Joan | his wife
Arthur Penhaligon was 19 when his minesweeper struck a mine in the winter of 1952.
Now 91, he tells the story slowly, in the front room of the bungalow in Porthkennack he shares with his wife, Joan.
“⟦d:a:m|There was a bang like the end of the world and then it was very quiet. I remember thinking, that's odd, it should be loud. Then I was in the water.⟧
“⟦d:a:m|A lad called Billy Tregear pulled me onto a float. I never saw him again after that night. I looked, for years I looked.⟧
“⟦d:a|I think about him most days still.⟧”
Joan, 88, says he never spoke about it until their grandson asked for a school project. “⟦d:b|Sixty years married and I learned more in that one afternoon than in all the years before,⟧” she says.
He laughs at that. “⟦d:a|She never asked.⟧”

### 043
@a Lorraine Beckett | District Attorney
@b Samuel Ochoa | Defense attorney
@c Angela Moreau | treasurer of the charity
A Reddington County jury on Thursday convicted a former youth pastor of embezzling nearly $600,000 from a church charity over seven years.
Henry Voss, 48, showed no reaction as the verdict was read after two days of deliberations.
"⟦d:a|This was money that congregants gave to feed families and pay for children's summer camps. He spent it on himself,⟧" District Attorney Lorraine Beckett said in a statement.
Defense attorney Samuel Ochoa said his client would appeal. "⟦d:b|We believe the jury was allowed to hear evidence it never should have heard,⟧" Ochoa said outside the courthouse.
Angela Moreau, treasurer of the charity, said the congregation was still coming to terms with the case. "⟦d:c|We trusted him. The whole church trusted him. That's what hurts,⟧" she said.

### 044
@a Nicholas Abernethy | Reserve Bank governor
@b Emily Zhao | chief economist at Tallis Bank
@c Reserve Bank of Kestria | -
The Reserve Bank of Kestria held its benchmark interest rate at 4.35 percent on Tuesday but signalled that cuts could come later in the year if inflation continues to ease.
“⟦d:c|The Board judges that the current setting remains appropriate, but it is not ruling anything in or out,⟧” the bank said in its statement.
At a press conference afterwards, Reserve Bank governor Nicholas Abernethy said households were “⟦p:a|doing it tough⟧”. “⟦d:a|We see that, we hear that. But cutting too early and having to reverse course would be far worse for them,⟧” he said.
Emily Zhao, chief economist at Tallis Bank, said markets had expected a softer message. “⟦d:b|He's keeping his options open, which is understandable, but the tone was hawkish compared with last month,⟧” she said.

### 045
@a Deniz Arıkan | first-time director
@b Sophie Lavigne | Jury president
“⟦s:-|The Winter Ferry⟧”, by first-time director Deniz Arıkan, won the Golden Heron at the Saltcoast Film Festival on Saturday night.
Speaking through an interpreter, Arıkan dedicated the award to the fishermen of the village where the film was shot. “⟦d:a|They gave us their boats, their houses, their winter. This belongs to them,⟧” he said.
Jury president Sophie Lavigne called the film “⟦p:b|a small miracle of patience⟧”. “⟦d:b|It trusts the audience to sit with silence. That is rare now,⟧” she said.
The film, which cost less than €400,000 to make, has been picked up for distribution in 12 countries.

### 046
@a Reto Bachmann | a glaciologist at the Alpine Research Institute in Davoren
@b Urs Zgraggen | a mountain guide who has worked on the glacier for 30 years
The Feldhorn glacier lost nearly 4 percent of its remaining volume this summer, the steepest annual decline since measurements began in 1914, according to data released on Monday.
“⟦d:a|We used to talk about these glaciers disappearing by the end of the century. Now we are talking about the 2050s for the smaller ones,⟧” said Reto Bachmann, a glaciologist at the Alpine Research Institute in Davoren.
Urs Zgraggen, a mountain guide who has worked on the glacier for 30 years, said routes he once led clients along now end at bare rock. “⟦d:b|Where I used to teach people to use crampons, there is now a lake,⟧” he said.
Bachmann said a cooler, snowier winter could slow the loss but not reverse it. “⟦d:a|One good year doesn't change the direction of travel,⟧” he said.
Zgraggen put it more bluntly. “⟦d:b|The mountain is changing faster than I am getting old.⟧”

### 047
@a Rhodri Pritchard | The party's leader
@b Angharad Jenkins | -
@c Valleys First | -
Valleys First has taken control of Cwmderwen council for the first time, winning 23 of the 40 seats in Thursday's local elections.
The party's leader, Rhodri Pritchard, told supporters at the count: “⟦d:a|People here have been taken for granted for far too long. Tonight they said enough.⟧”
Angharad Jenkins, who lost the Ynysfach seat she had held for 16 years, posted on social media: “⟦d:b|Serving Ynysfach has been the privilege of my life. Congratulations to my opponent, and look after the place for me.⟧”
In a statement, Valleys First said its first priority would be “⟦p:c|reopening the leisure centre that the previous administration closed⟧”.

### 048
@a Priya Nandakumar | the 46-year-old doctor
@b Bill Hardacre | a cattle farmer who has been her patient since she arrived
For 11 years, Priya Nandakumar has been the only GP in Wirranong, a wheatbelt town of 1,400 people four hours from the nearest city.
“⟦d:a|I'm the doctor, the emergency department, the mental health service and sometimes the vet,⟧” says the 46-year-old doctor, only half joking.
She is about to get help: the state government has funded a second position from January. “⟦d:a|I cried when I got the email. I actually cried at my desk,⟧” she says.
Bill Hardacre, a cattle farmer who has been her patient since she arrived, says the town would be lost without her. “⟦d:b|She saved my life when I had the heart attack, out on the property in the middle of harvest,⟧” he says. “⟦d:b|She drove out herself.⟧”
Asked whether she will stay now that help is coming, she doesn't hesitate. “⟦d:a|Of course. Where else would I go?⟧”

### 049
@a Hamid Karimi | Digital Affairs Minister
@b - | one of the officials
@c Layla Haddad | -
A nationwide outage of the government's tax filing portal on Monday left hundreds of thousands of businesses unable to file returns on the last day before the deadline.
Digital Affairs Minister Hamid Karimi said the deadline would be extended by a week. “⟦d:a|No business will be penalised because our system failed. That is a promise,⟧” he said on national radio.
Two officials with knowledge of the matter told the Meridian Press Agency that the outage was caused by a failed software update pushed late on Sunday night. “⟦d:b|Someone skipped the testing step. It's that simple and that embarrassing,⟧” one of the officials said.
Layla Haddad, who runs a small import business in the capital, said she had spent six hours trying to log in. “⟦d:c|I had my accountant on the phone, my coffee going cold, and a spinning wheel on the screen all morning,⟧” she said.

### 050
@a Shanique Barrett | -
@b Marta Kowalska | world champion
@c Desmond Barrett | Barrett's father and coach
Shanique Barrett ran the fastest 400 metres in the world this year on Saturday, clocking 48.91 seconds to win at the Kingsbridge Grand Prix ahead of world champion Marta Kowalska.
“⟦d:a|I knew it was quick when I came off the bend and I could still feel my legs,⟧” Barrett said. “⟦d:a|Usually by then they've left the building.⟧”
Kowalska, who finished second in 49.40, said she had been beaten by the better athlete. “⟦d:b|She was just stronger today. I've got work to do before the championships,⟧” she said.
Barrett's father and coach, Desmond Barrett, said they had changed almost nothing in training. “⟦d:c|Same track, same sessions, same bad coffee. She's just growing into the event,⟧” he said.

### 051
@a Aviation Accident Investigation Bureau | -
@b Anders Kjellberg | the bureau's chief investigator
@c Northwind Airways | -
Investigators said on Wednesday that ice build-up on the wings was the most likely cause of a turboprop crash that killed 19 people near Halvik in February.
In its final report, the Aviation Accident Investigation Bureau said the crew had “⟦p:a|not been given adequate information about the icing conditions along the route⟧”.
Anders Kjellberg, the bureau's chief investigator, told reporters: “⟦d:b|This was not a single failure. It was a chain, and every link in it could have been broken.⟧”
He said the bureau had issued 11 safety recommendations. “⟦d:b|We expect them to be acted on, not filed away,⟧” he added.
Northwind Airways, which operated the flight, said in a statement: “⟦d:c|Our thoughts remain with the families. We have already implemented the changes the bureau recommends.⟧”

### 052
@a Nabil Khoury | Owner
@b Rania Khoury | His daughter
@c - | one regular
After 38 years, Cedar House, the Lebanese restaurant on Dunmore Avenue, will serve its last plate of kibbeh on Sunday.
Owner Nabil Khoury, 74, says his knees made the decision for him. “⟦d:a|I have been standing in that kitchen since before some of my customers were born. My knees have filed a formal complaint,⟧” he says.
His daughter, Rania Khoury, who has worked front of house since she was 12, considered taking over but decided against it. “⟦d:b|It's not the food I'd miss, it's him. Cedar House without Baba in the kitchen isn't Cedar House,⟧” she said.
On Tuesday night, the dining room was full. “⟦d:c|I had my first date here, my engagement dinner here, and my divorce lunch here,⟧” said one regular, laughing. “⟦d:c|Where am I supposed to go now?⟧”

### 053
@a Alison Pendry | senior coroner
@b Mark Thewlis | His father
@c - | A spokesman for Network Links
A teenager who died after being struck by a train at an unmanned level crossing could not have seen it coming because of overgrown vegetation, an inquest has heard.
Josh Thewlis, 17, was killed at the Brackenfold crossing near Lowther Vale in October as he walked home from a friend's house.
Recording a narrative conclusion, senior coroner Alison Pendry said the sightline at the crossing had been “⟦p:a|significantly and dangerously reduced⟧”. “⟦d:a|I will be writing to Network Links to ensure that no other family goes through this,⟧” she said.
His father, Mark Thewlis, said outside the hearing: “⟦d:b|Josh did everything right. He stopped, he looked, he listened. The crossing failed him.⟧”
A spokesman for Network Links said: “⟦d:c|We are deeply sorry. Vegetation clearance at the site was completed in November and we are reviewing every crossing in the region.⟧”

### 054
@a Gloria Tran | a Democrat from the 4th District
@b Stanley Brecker | chief executive of Norvale Pharmaceuticals
At a House hearing on Tuesday, lawmakers pressed the head of Norvale Pharmaceuticals over the price of its asthma inhaler, which lists at $480 in the United States.
"⟦d:a|You sell the same inhaler for $38 in other countries. Why do Americans pay more than ten times that?⟧" asked Gloria Tran, a Democrat from the 4th District.
Stanley Brecker, chief executive of Norvale Pharmaceuticals, said the list price did not reflect what most patients paid. "⟦d:b|The vast majority of insured patients pay $35 or less,⟧" he said.
"⟦d:a|I'm not asking about the majority. I'm asking about the mother in my district who doesn't have insurance.⟧"
"⟦d:b|We have a patient assistance program for exactly that situation, congresswoman.⟧"
"⟦d:a|Then why did she call my office in tears?⟧" Tran shot back. Brecker did not answer directly.

### 055
@a Arjun Malhotra | Royals captain
@b Rohan Deshpande | debutant
RAJNAGAR: A maiden five-wicket haul from debutant Rohan Deshpande helped Rajnagar Royals beat Coastal Chargers by 31 runs on Sunday.
“⟦d:b|I couldn't sleep last night. I was just thinking, don't bowl a wide first ball,⟧” Deshpande said at the post-match presentation. “⟦d:b|Then I bowled a wide first ball.⟧”
Royals captain Arjun Malhotra was full of praise for the 20-year-old. “⟦d:a|He's got a big heart and a bigger outswinger,⟧” Malhotra said, before switching to Hindi: “⟦d:a|Bahut aage jayega yeh ladka.⟧” (“⟦d:a|This boy will go very far.⟧”)
The Royals move to second in the table.

### 056
@a Sarah Okonedo-Finch | a partner at administrators Harland Grey
@b - | One worker at the Stockbridge store
@c Paul Cheung | general secretary of the Retail Workers Union
Homeward, the homeware chain with 86 stores, has collapsed into administration, putting 2,100 jobs at risk.
Sarah Okonedo-Finch, a partner at administrators Harland Grey, said all stores would continue trading while a buyer was sought. “⟦d:a|There has been significant interest already, and we are hopeful of a sale of at least part of the business,⟧” she said.
One worker at the Stockbridge store, who did not want to be named, said staff found out from the news. “⟦d:b|We were stacking shelves and someone's phone went off. That's how we heard,⟧” she said.
Paul Cheung, general secretary of the Retail Workers Union, said: “⟦d:c|Our members have been treated appallingly. The least they deserve is to hear it from their employer first.⟧”

### 057
@a Maricel Dela Cruz | -
@b Aoife Gallagher | Her ward manager
When Maricel Dela Cruz arrived in Carrickmore in 2002, she had two suitcases, a nursing degree and a phone number for a cousin she had never met.
Twenty-two years later she has been named nurse of the year at the National Health Awards. “⟦d:a|My mother told me, ‘Wherever you go, take care of people like they are family.’ That's all I have ever done,⟧” she said.
Her ward manager, Aoife Gallagher, nominated her. “⟦d:b|Maricel is the person every new nurse goes looking for when something goes wrong,⟧” Gallagher said. “⟦d:b|She never makes you feel stupid for asking.⟧”
Dela Cruz plans to spend the prize money on a trip home. “⟦d:a|My mother is 83 now. She wants to see the trophy with her own eyes.⟧”

### 058
@a National Weather Bureau | -
@b Rhian Pugh | Assistant Chief Constable
@c - | One driver stuck in the queue
09:12 — Red warning in force
The National Weather Bureau has confirmed the red warning for wind across the coastal counties until 3pm. “⟦d:a|Gusts of up to 100mph are possible. There is a danger to life from flying debris,⟧” the bureau said.
09:40 — Police urge people to stay home
Assistant Chief Constable Rhian Pugh has posted a video message. “⟦d:b|Please, unless your journey is essential, do not travel today,⟧” she says. “⟦d:b|We would rather you were bored at home than on the road.⟧”
10:05 — Lorry overturns on Marram Bridge
A reader has sent in a photo of an overturned lorry blocking both lanes of the Marram Bridge. One driver stuck in the queue told us: “⟦d:c|I've been here an hour and a half. Nothing's moving, and the wind is rocking the car like a boat.⟧”

### 059
@a Nomvula Dlamini | an archaeologist at Kwezi University who led the excavation
@b Tobias Reinholt | a specialist in Iron Age metallurgy at the Rostholm Museum
Archaeologists excavating a hillside near Mzantsi Falls have uncovered what they believe is a 1,000-year-old iron-smelting site, one of the largest of its period yet found in the region.
“⟦d:a|We found the first slag heap by accident, digging a test pit for something else entirely,⟧” said Nomvula Dlamini, an archaeologist at Kwezi University who led the excavation.
“⟦d:a|Then we found a second, and a third. At that point you stop and phone your funders.⟧”
Tobias Reinholt, a specialist in Iron Age metallurgy at the Rostholm Museum, said the scale suggested organised production for trade. “⟦d:b|This is not a village making a few hoes for itself. This is industry,⟧” he said.
The team plans to return next season with a larger crew.
"""


def main() -> None:
    """Build, validate and write the set."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh12",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
