# ruff: noqa: E501
"""Build ``quotes_fresh31.jsonl``: a thirty-first independent, held-out gold set of quotes.

All passages are fictional (invented people, places, companies, agencies and countries)
and were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant to
be evaluated once, as an honest measure on unseen text. Its focus is business,
technology, science, health, the environment, diplomacy and international affairs.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh31-NNN``.

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

* An appositive is taken as written, with its article or possessive (``the union's
  general secretary``, ``its chief executive``); a role title before the name is taken
  without the name (``Chief financial officer``).
* When an organisation is named with a role phrase before it (``the operator,
  Meridian Quay Holdings``) that phrase is its description, like a person's.
* A person quoted inside a transcript answer (no outer quotation marks) is the speaker
  of that quote.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh31.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh31.jsonl")

PASSAGES = """
### 001
@a Priya Ramaswamy | chief executive of Halvorsen Foods
@b Derek Oyelaran | Chief financial officer
@c Halvorsen Foods | -
@u - | an analyst at Brenton Capital
Halvorsen Foods lowered its full-year sales forecast on Thursday, blaming a wet summer in northern Europe and weaker demand for its chilled desserts, and its shares fell 7% in early trading.
"⟦d:a|We are not going to pretend this was a good quarter,⟧" Priya Ramaswamy, chief executive of Halvorsen Foods, told analysts on a conference call. "⟦d:a|It wasn't. But the underlying business is healthier than the headline suggests.⟧"
Revenue for the three months to September was 2.41 billion euros, down 3% on a year earlier. Chief financial officer Derek Oyelaran said the company had cut marketing spending to protect margins, a decision he described as "⟦p:b|painful but temporary⟧".
"⟦d:b|We'll reinvest once volumes recover. We are not in the business of starving our brands,⟧" he said.
Asked by an analyst at Brenton Capital whether the desserts division could be sold, Ramaswamy said: "⟦d:a|Everything is always under review. Nothing is for sale today.⟧"
"⟦d:u|That is not a no,⟧" the analyst said afterwards. "⟦d:u|I'd expect something within 18 months.⟧"
In a statement, Halvorsen Foods said it still expected to meet its 2026 margin target. "⟦d:c|The group's strategy is unchanged,⟧" the company said.

### 002
@c Velloway | -
@a Ines Caravaggio-Park | Velloway's head of devices
@b Amaka Eze | a reviewer for Handheld Weekly
Velloway unveiled its first folding phone on Tuesday at an event in Port Sellis, pitching the 1,899-dollar device at professionals who, in the company's words, “⟦p:c|have outgrown the slab⟧”.
“⟦d:a|We spent four years on the hinge alone,⟧” Ines Caravaggio-Park, Velloway's head of devices, said on stage. “⟦d:a|Fold it 200,000 times and it still closes flat. We tested that. Twice.⟧”
The phone introduces a feature the company calls “⟦s:-|Quiet Hours⟧”, which silences notifications based on the user's calendar, and an assistant branded “⟦s:-|Velloway Mind⟧”.
Not everyone was convinced. Amaka Eze, a reviewer for Handheld Weekly, said the price would limit its appeal. “⟦d:b|It's a beautiful object. It's also the price of a used car in a lot of places,⟧” she said.
Caravaggio-Park defended the pricing. “⟦d:a|First-generation products are always expensive. The second one won't be,⟧” she said, declining to give a date.
Velloway said preorders would open on Friday in 14 countries.

### 003
@c Brightwater Telecom | -
@a Imelda Farrant | Judge
@b Helen Garside | -
@u - | a company spokesperson
@d Farhan Qureshi | its deputy commissioner
A High Court judge on Monday upheld a 38 million-pound fine imposed on Brightwater Telecom for failing to protect the personal data of 2.3 million customers, rejecting the company's argument that the penalty was "⟦p:c|disproportionate⟧".
In a 64-page judgment, Judge Imelda Farrant wrote that the company had "⟦p:a|treated security as a cost to be minimised rather than a duty to be discharged⟧".
"⟦d:a|The breach was not the work of a sophisticated adversary. The door was, in effect, left open,⟧" she wrote.
Helen Garside KC, who represented the Information Standards Office, told the court during the hearing in March that Brightwater had been warned twice. "⟦d:b|They were told. They were told again. They did nothing,⟧" she said then.
Brightwater said it was "⟦p:c|disappointed⟧" by the ruling and was considering an appeal. "⟦d:u|We have invested heavily in security since 2022 and we will continue to do so,⟧" a company spokesperson said.
The Information Standards Office welcomed the judgment. "⟦d:d|This sends a clear message to every company that holds our data,⟧" said its deputy commissioner, Farhan Qureshi.

### 004
@a Maureen Abbott-Kyle | the union's general secretary
@b Meridian Quay Holdings | the operator
@c Sean Delahunty | a crane driver who has worked at the port since 1994
@u - | One younger worker who did not want to be named
Dock workers at the Port of Kessington walked out at dawn on Wednesday in the first strike at the port in 31 years, leaving more than 40 container ships waiting offshore.
The Transport and Dock Workers' Union said its members had rejected a 4% pay offer from the operator, Meridian Quay Holdings, by a margin of nine to one.
"⟦d:a|Our members kept this port running through a pandemic. They are not asking for charity,⟧" Maureen Abbott-Kyle, the union's general secretary, said on the picket line. "⟦d:a|They are asking for a pay rise that matches the rent.⟧"
Meridian Quay said the offer was "⟦p:b|fair and affordable⟧" and accused the union of "⟦p:b|holding the regional economy to ransom⟧".
"⟦d:b|We remain available for talks at any time, without preconditions,⟧" the company said in a statement.
Sean Delahunty, a crane driver who has worked at the port since 1994, said he had never expected to strike. "⟦d:c|My father worked these docks. He'd have told me I was mad,⟧" he said. "⟦d:c|Then he'd have seen my gas bill.⟧"
One younger worker who did not want to be named said morale on the picket line was high. "⟦d:u|We can hold out longer than they think,⟧" he said.
The business minister, Oliver Stanwick, has urged both sides to return to talks but has said the government will not intervene.

### 005
@c Corvane Therapeutics | its developer
@a Amara Nwosu | the trial's lead investigator and a consultant neurologist at St Columba's Hospital in Eastleigh Vale
@b Katrin Holmqvist | a neurologist at Eskebäck University Hospital who was not involved in the research
@d Gerald Mayhew | a retired teacher from Harrowfield who took part in the trial
A drug designed to slow the progression of Parkinson's disease reduced the decline in patients' movement scores by about a third over 18 months, researchers said on Thursday, in results that independent experts called promising but preliminary.
The phase 2 trial of the drug, CRV-118, enrolled 412 patients at 31 hospitals in six countries. It was funded by its developer, Corvane Therapeutics.
“⟦d:a|For the first time we are seeing a signal that we may be changing the course of the disease, not just masking its symptoms,⟧” said Dr Amara Nwosu, the trial's lead investigator and a consultant neurologist at St Columba's Hospital in Eastleigh Vale. “⟦d:a:m|I want to be careful. This is one trial, of moderate size, and the effect is modest.⟧
“⟦d:a|But modest, in Parkinson's, is something we have never had.⟧”
Dr Katrin Holmqvist, a neurologist at Eskebäck University Hospital who was not involved in the research, said the results needed to be confirmed in a larger study. “⟦d:b|Movement scores can be noisy, and patients who suspect they are on the active drug may perform differently,⟧” she said. “⟦d:b|The phase 3 will tell us much more.⟧”
Nwosu said the trial had been carefully blinded but agreed that a larger study was essential.
Corvane said it planned to start a 1,600-patient phase 3 trial next year. “⟦d:c|We are committed to moving as quickly as the science allows,⟧” the company said.
Gerald Mayhew, a retired teacher from Harrowfield who took part in the trial, said he did not know whether he had received the drug or a placebo. “⟦d:d|I just know I'm still gardening. Three years ago I didn't think I would be,⟧” the 71-year-old said.

### 006
@a Élodie Marchetti-Baye | the environment minister of Sainte-Ombre
@b Rashid al-Nouri | The summit's president
@u - | A senior negotiator from one of the largest donor countries
@d Hanne Sørvik-Dahl | the chief negotiator for the donor bloc
@c Tidewater Climate Network | -
Negotiators at the Port Aurel climate summit worked through the night on Friday after a draft deal on financing for poorer countries was rejected by a bloc of 39 island and coastal states.
«⟦d:a|Nous ne signerons pas un texte qui compte nos pertes mais pas nos morts⟧», said Élodie Marchetti-Baye, the environment minister of Sainte-Ombre, speaking in French: “⟦d:a|We will not sign a text that counts our losses but not our dead.⟧”
The summit's president, Rashid al-Nouri, insisted that a deal was within reach. “⟦d:b|We are closer than it looks from the outside. Close enough that I have cancelled my flight home,⟧” he joked.
A senior negotiator from one of the largest donor countries, speaking on condition of anonymity, was less hopeful. “⟦d:u|Everyone wants the money to come from someone else,⟧” the negotiator said.
Hanne Sørvik-Dahl, the chief negotiator for the donor bloc, told reporters that rich countries had moved further than ever before. “⟦d:d|We have put 120 billion on the table. That is not nothing,⟧” she said.
Marchetti-Baye replied an hour later. “⟦d:a|It is not nothing. It is also not enough,⟧” she said.
Outside the conference centre, several hundred activists held a banner reading “⟦s:-|PAY UP OR WE DROWN⟧”. The Tidewater Climate Network, which organised the protest, said in a post on social media: “⟦d:c|Every hour of delay is paid for by the people with the least.⟧”

### 007
@a Aigerim Sadykova | Tazhrestan's foreign minister
@b Lukas Brandvold | Her Morvanian counterpart
@r - | a reporter
The foreign ministers of Tazhrestan and Morvania said on Tuesday they had agreed to reopen two border crossings closed since 2021, but gave no date, at a joint news conference in the Morvanian capital, Veldra.
Speaking through an interpreter, Tazhrestan's foreign minister, Aigerim Sadykova, called the agreement "⟦p:a|a first step, not a last one⟧".
"⟦d:a|Our peoples have relatives on both sides of that line. They have waited long enough,⟧" she said.
Her Morvanian counterpart, Lukas Brandvold, said technical teams would meet within a month. "⟦d:b|The politics is done. Now it is customs officers and engineers,⟧" he said.
When a reporter asked, "⟦d:r|Is the crossing at Oskemir going to open this year or not?⟧", Brandvold paused before answering. "⟦d:b|I would like it to. I will not promise it.⟧"
Sadykova added: "⟦d:a|If I promised dates every time I wanted something, I would be a poet, not a minister.⟧"
Neither minister would say whether Tazhrestan's president, Darkhan Yesenov, would visit Veldra later this year, as Morvanian officials had suggested.

### 008
@a Competition and Markets Board | -
@b Nadia Fenwick-Osei | the board's chair
@c Stratocirrus | the largest cloud computing provider in the country
@u - | A person familiar with the company's thinking
@e Bertrand Achebe-Lowe | an analyst at Pell & Rourke
The Competition and Markets Board on Wednesday ordered Stratocirrus, the largest cloud computing provider in the country, to scrap the fees it charges customers who move their data to a rival, saying the charges had ``⟦p:a|locked in⟧'' thousands of businesses.
``⟦d:b|Switching providers should be as easy as switching banks. For many firms it has become almost impossible,⟧'' the board's chair, Nadia Fenwick-Osei, said.
The board said the fees, which can reach 90,000 crowns for a medium-sized company, ``⟦p:a|serve no purpose other than to deter competition⟧''.
Stratocirrus said it would appeal. ``⟦d:c|We disagree with the board's analysis, which misunderstands how cloud pricing works,⟧'' the company said. ``⟦d:c|Our customers choose us because we are good at what we do.⟧''
A person familiar with the company's thinking said executives had expected a harsher outcome. ``⟦d:u|Honestly, there was relief in the room,⟧'' the person said.
Bertrand Achebe-Lowe, an analyst at Pell & Rourke, said the ruling could cost Stratocirrus up to 3% of its domestic revenue. ``⟦d:e|It's not a fatal blow. It's a precedent, and precedents are what the market worries about,⟧'' he said.

### 009
@a Rivers Protection Authority | -
@b Fennmoor Water | -
@c Colin Mairs | its chief executive
@d Tilly Abernathy-Rhodes | -
@e Gwilym Rees-Hartley | a freshwater ecologist at Corranbridge University
Fennmoor Water discharged untreated sewage into the River Corran on 212 days last year, more than any other company in the region, according to figures published on Monday by the Rivers Protection Authority.
The authority said the company's performance was "⟦p:a|unacceptable by any measure⟧" and that it had opened a criminal investigation.
"⟦d:a|Storm overflows are for storms. They are not a substitute for investment,⟧" the authority said in its annual report.
Fennmoor Water said it was spending 1.2 billion pounds over five years to upgrade its treatment works. "⟦d:c|We know we have to do better, and we will,⟧" its chief executive, Colin Mairs, said.
Tilly Abernathy-Rhodes, who founded the campaign group Save the Corran, said she had heard that before. "⟦d:d|My kids learned to swim in this river. Now I won't let them put a toe in it,⟧" she said. "⟦d:d|'We will do better' - we've heard that every year since 2015.⟧"
Gwilym Rees-Hartley, a freshwater ecologist at Corranbridge University, said the damage went beyond bacteria. "⟦d:e|Phosphate is choking the river from the bottom up. The fish are the last thing to go, and they are going,⟧" he warned.
In a later statement, Fennmoor Water said: "⟦d:b|The vast majority of our discharges are heavily diluted rainwater.⟧"
"⟦d:d|Heavily diluted sewage is still sewage,⟧" Abernathy-Rhodes said.

### 010
@a Lena | a 29-year-old pastry chef
@b Marco | -
@c Priya | the co-op's treasurer
At six in the morning the Ovenhouse co-operative on Bramble Street already smells of cardamom. Lena, a 29-year-old pastry chef, has been here since four.
“⟦d:a|People think owning the place means you sleep in. It means the opposite,⟧” she says, sliding a tray of buns into the oven.
The co-op was formed two years ago when the bakery's previous owner, Harold Quince, retired and offered to sell it to his staff on generous terms. Seven of the nine employees bought in.
Marco, who runs the front of house, remembers the meeting where they decided. “⟦d:b|Harold said, ‘You lot know this place better than I do.’ Then he made us all tea, which he had never once done in eight years,⟧” he says.
“⟦d:a|He still comes in on Saturdays,⟧” Lena adds. “⟦d:a|He pays full price. He insists.⟧”
Not everything has been easy. Decisions take longer, and last winter's energy bills nearly sank them. Priya, the co-op's treasurer, keeps the spreadsheet.
“⟦d:c|We voted to cut our own pay by ten per cent for three months rather than lay anyone off,⟧” she says. “⟦d:c|Nobody argued. That's when I knew it would work.⟧”
Marco is less sentimental. “⟦d:b|Ask me again after next winter,⟧” he says.

### 011
@b Tomas Erikssen | My colleague
@c Harald Brekke | The institute's director
Dr Sunniva Aalto leads the ice-core programme at the Polar Research Institute of Norrvik. She spoke to us after returning from eight weeks on the Kveldfonna ice cap. This interview has been edited for length and clarity.
Q: What did you find up there?
A: Ice that is older than we expected - possibly 1.2 million years at the bottom of the core. My colleague Tomas Erikssen kept saying "⟦d:b|Check it again⟧", and we did, three times. The dating held.
Q: People like to call ice cores a "⟦s:-|time machine⟧". Is that fair?
A: It's a cliché, but a fair one. Every bubble is a sample of an old atmosphere. The hard part is reading it without contaminating it.
Q: The institute's director, Harald Brekke, said last month that your funding was "⟦p:c|secure for the foreseeable future⟧". Is it?
A: I'm glad he said it. I would be gladder if it were in writing.
Q: What's next?
A: Sleep. Then eighteen months in the lab.

### 012
@e Glass Meridian | The proxy adviser
@a Anthony Valcourt | the company's chairman
@b Ruth Okonjo-Baines | a campaigner with the Fair Pensions Coalition
@u - | A retired engineer who said he had owned Grendon shares for 30 years
Shareholders in Grendon Mining voted narrowly on Thursday to approve a 14 million-dollar pay package for the company's chief executive, after a stormy annual meeting at which the chairman was repeatedly interrupted.
The package for chief executive Mark Hollis-Ng was approved by 53% of votes cast. The proxy adviser Glass Meridian had urged investors to vote against it, saying in a note that it was "⟦p:e|out of step with performance and with peers⟧".
"⟦d:a|We have to pay for talent in a global market. That is the uncomfortable reality,⟧" Sir Anthony Valcourt, the company's chairman, told the meeting.
"⟦d:-|Rubbish!⟧" someone shouted from the back of the hall.
Valcourt continued: "⟦d:a|You are entitled to your view, sir. I would ask you to let me finish.⟧"
Ruth Okonjo-Baines, a campaigner with the Fair Pensions Coalition, which owns a small stake, asked how the board could justify the increase in a year when the share price fell 18%. "⟦d:b|Workers at your Tarrow mine got 2%. Why is Mr Hollis-Ng worth 40% more?⟧" she asked.
Hollis-Ng did not respond directly. Valcourt said the remuneration committee had "⟦p:a|looked very carefully⟧" at the figures.
A retired engineer who said he had owned Grendon shares for 30 years said afterwards: "⟦d:u|I voted against. First time in my life. They've lost the plot.⟧"

### 013
@a Rhys Baptiste | Chief Inspector
@b Fatima Zahra Benali | medical director of Eastholme General Hospital
@c Ardent Polymers | -
@d Doreen Pask | -
@u - | A neighbour who did not want to give her name
Twenty-three people were treated in hospital on Saturday after a chemical leak at a plastics factory in Eastholme, and police said a 300-metre exclusion zone around the site would remain in place overnight.
“⟦d:a|There is no ongoing risk to the wider public, but I would ask people to keep their windows closed as a precaution,⟧” Chief Inspector Rhys Baptiste told a briefing outside the town hall.
Dr Fatima Zahra Benali, medical director of Eastholme General Hospital, said most patients had suffered eye and throat irritation. “⟦d:b|Two patients remain under observation. Both are stable and talking,⟧” she said. “⟦d:b|We expect almost everyone to go home tonight.⟧”
Ardent Polymers, which owns the factory, said a valve had failed during a routine cleaning operation. “⟦d:c|We are deeply sorry for the distress caused to our neighbours,⟧” the company said, adding that it was cooperating fully with the police and the Health and Safety Directorate.
Doreen Pask, 68, who lives two streets from the plant, said the smell had woken her at 5am. “⟦d:d|It was like bleach and burnt plastic. My eyes were streaming before I even got downstairs,⟧” she said.
A neighbour who did not want to give her name said residents had complained about smells for years. “⟦d:u|Every summer it's the same. Every summer they say it's nothing,⟧” she said.
Asked whether anyone would be arrested, Baptiste said: “⟦d:a|It is far too early to talk about that.⟧”

### 014
@a Joost van Amerongen | chief executive
@b Health Data Commission | -
@c Sofia Lindqvist-Amara | a partner at the venture firm Northgale
@u - | One of the people familiar with the deal
Lumenfold, the Rotterholm-based artificial intelligence start-up, has raised 640 million dollars in a funding round that values it at 9 billion dollars, according to two people familiar with the deal.
The round was led by the investment firm Castellan Ridge, the people said. Castellan Ridge declined to comment.
In a memo to staff on Monday, seen by The Ledger, chief executive Joost van Amerongen wrote: "⟦d:a|This money buys us time, not success. We still have to earn that.⟧"
"⟦d:a|I want to be clear: we are not going to double headcount,⟧" he added in the memo. "⟦d:a|We are going to double compute.⟧"
Lumenfold's products, a set of models that it sells to hospitals and insurers for reading medical records, have drawn scrutiny from the Health Data Commission, which said last month it was reviewing "⟦p:b|the legal basis on which patient data is being processed⟧" by several AI developers. It did not name them.
"⟦d:c|The valuation is rich, but there are very few companies with real hospital contracts,⟧" said Sofia Lindqvist-Amara, a partner at the venture firm Northgale. "⟦d:c|Lumenfold has eleven.⟧"
One of the people familiar with the deal said the company had turned investors away. "⟦d:u|They were oversubscribed three times,⟧" the person said.

### 015
@a Anil Varghese | Employment Judge
@b Kwame Boateng-Sutherland | the lead claimant
@c Zipcart | the grocery app
@d Independent Couriers' Union | -
@e Marisol Quintero | Its general secretary
Couriers who deliver for the grocery app Zipcart are workers entitled to holiday pay and the minimum wage, an employment tribunal ruled on Friday, in a decision that could affect more than 18,000 riders.
Employment Judge Anil Varghese said Zipcart's claim that its couriers were independent contractors was “⟦p:a|contradicted at almost every turn by the evidence⟧”.
“⟦d:a|A person who cannot set his own price, cannot choose his own customers and can be deactivated by an algorithm without explanation is not running a business of his own,⟧” the judge wrote.
Kwame Boateng-Sutherland, the lead claimant, wept as the ruling was read out. “⟦d:b|Four years. Four years I've been saying this,⟧” he told reporters outside. “⟦d:b|Today somebody finally listened.⟧”
Zipcart said it would appeal. “⟦d:c|The overwhelming majority of our couriers tell us they value the flexibility of self-employment,⟧” the company said in a statement.
The Independent Couriers' Union, which backed the claim, said the ruling should be a “⟦p:d|wake-up call⟧” for the industry. Its general secretary, Marisol Quintero, said: “⟦d:e|Flexibility is not a gift from the company. It's a word they use to avoid paying holiday pay.⟧”

### 016
@a Isabelle Okonkwo-Strand | Governor
@b Rupert Falkenrath | one of the two members who voted for a cut
@c Central Bank of Aldmark | -
@d Yusuf Demirci | chief economist at Harcastle Bank
@r - | one reporter
The Central Bank of Aldmark held its main interest rate at 4.25% on Thursday for the fifth meeting in a row, but signalled that a cut could come as early as March if inflation keeps falling.
"⟦d:a|We are not there yet. But we can see the shore from here,⟧" Governor Isabelle Okonkwo-Strand told a news conference.
The decision was not unanimous. Two of the nine members of the monetary policy committee voted for a quarter-point cut, the minutes showed.
Rupert Falkenrath, one of the two members who voted for a cut, argued in a speech last week that the bank risked "⟦p:b|fighting yesterday's war⟧". "⟦d:b|Every month we wait, we squeeze businesses that have done nothing wrong,⟧" he said then.
Asked about Falkenrath's remarks, Okonkwo-Strand said: "⟦d:a|Rupert is a valued colleague and he is entitled to his view. The committee's view is different.⟧"
When one reporter pressed her - "⟦d:r|So is March a promise?⟧" - she laughed. "⟦d:a|Nothing central bankers say is a promise. You should know that by now.⟧"
In its statement, the bank said services inflation remained "⟦p:c|uncomfortably high⟧" at 5.1%.
Yusuf Demirci, chief economist at Harcastle Bank, said markets had been expecting a more dovish message. "⟦d:d|She opened the door a crack. She certainly didn't walk through it,⟧" he said.

### 017
@a Medicines Safety Agency | -
@b Palmer-Voss Pharmaceuticals | -
@c Bridget Oduya | a pharmacist in Carrowdale
@d Simon Achterberg | a professor of clinical pharmacology at Wellmarsh University
@u - | a spokesperson for the agency
The Medicines Safety Agency on Tuesday ordered a recall of 1.4 million packs of a common blood-pressure tablet made by Palmer-Voss Pharmaceuticals after tests found traces of a contaminant linked to cancer in some batches.
The agency said the risk to patients was ``⟦p:a|very low⟧'' and told people not to stop taking their medicine without speaking to a doctor or pharmacist.
``⟦d:a|Stopping suddenly is far more dangerous than the contaminant,⟧'' the agency said in its advice to patients. ``⟦d:a|Please keep taking your tablets until you have a replacement.⟧''
Palmer-Voss said the contamination had been traced to a single supplier of a raw ingredient, which it did not name. ``⟦d:b|We have suspended that supplier and are testing every batch produced in the last three years,⟧'' the company said.
Bridget Oduya, a pharmacist in Carrowdale, said her phone had not stopped ringing. ``⟦d:c|People are frightened. The word 'cancer' does that,⟧'' she said. ``⟦d:c|Most of them are relieved when you explain.⟧''
Simon Achterberg, a professor of clinical pharmacology at Wellmarsh University, said the recall showed the system was working. ``⟦d:d|This was found by routine testing. That's the reassuring part,⟧'' he said. ``⟦d:d|The less reassuring part is how long it may have been there.⟧''
Asked how long the contaminant had been present, a spokesperson for the agency said: ``⟦d:u|That is exactly what we are investigating.⟧''

### 018
@a Kaito Morishima | the mission's flight director
@b Orbitra | -
@c National Space Agency of Veluria | -
@d Renata Szabó-Whitfield | a space-industry analyst at Corvid Research
A rocket carrying the first weather satellite built in Veluria broke apart about four minutes after lift-off on Sunday, scattering debris over the ocean and dealing a blow to the country's young space programme.
The Skylance rocket, built by the private launch company Orbitra, lifted off from the Tamsin Point spaceport at 6.12am. Live video showed the second stage failing to ignite.
“⟦d:a|We lost telemetry at T-plus 231 seconds,⟧” Kaito Morishima, the mission's flight director, said at a briefing three hours later. “⟦d:a|I won't speculate about the cause. I will tell you that the first stage flew perfectly.⟧”
Orbitra said in a statement that it was “⟦p:b|heartbroken⟧” and had begun an investigation with government officials. “⟦d:b|Launch is hard. We will find out what happened, fix it and fly again,⟧” the company said.
The National Space Agency of Veluria said the satellite had been insured. “⟦d:c|No one was hurt, and that is what matters most today,⟧” the agency said in a post on social media.
Renata Szabó-Whitfield, a space-industry analyst at Corvid Research, said the failure was not unusual for a rocket on only its third flight. “⟦d:d|Most new rockets fail at least once. The question is whether the customers stay,⟧” she said.
Morishima, who has worked on the programme since 2016, was visibly emotional. “⟦d:a|I have been in that control room for every launch,⟧” he said. “⟦d:a|This one hurts.⟧”

### 019
@a Grant Tulloch | -
@b Voltara Motors | -
@c Dev Khurana | the regional organiser for the Amalgamated Engineering Union
@d Tomasz Wrzesień | the town's mayor
@e Liam Fairbairn | -
Voltara Motors will cut 1,100 jobs at its battery plant in Brackwater, nearly a third of the workforce, the company said on Monday, blaming slower-than-expected sales of electric cars.
Grant Tulloch, who runs the plant, announced the cuts to staff at a meeting on the factory floor. "⟦d:a|This is the hardest thing I have had to do in 25 years in this industry,⟧" he told them, according to a recording heard by this newspaper.
In a statement, Voltara said: "⟦d:b|The transition to electric vehicles is happening more slowly than the industry and governments predicted. We have to size our operations accordingly.⟧"
Dev Khurana, the regional organiser for the Amalgamated Engineering Union, said workers had been "⟦p:c|sold a dream⟧". "⟦d:c|Three years ago they stood on that stage with ministers and talked about jobs for a generation,⟧" he said. "⟦d:c|A generation, it turns out, is three years.⟧"
The town's mayor, Tomasz Wrzesień, said he would ask the government for emergency support. "⟦d:d|Brackwater has been here before, with the steelworks. We will not be abandoned again,⟧" he said.
Liam Fairbairn, 24, joined the plant two years ago as an apprentice. He does not yet know whether his job is safe.
"⟦d:e|I moved back here for this. I signed a mortgage for this,⟧" he said. "⟦d:e|Nobody told us anything until this morning.⟧"

### 020
@a Marisela Ortúzar | the ministry's director of epidemiology
@b Julián Ferreyra | -
@c Regional Health Organisation | -
@u - | A nurse at the hospital who asked not to be identified
Health authorities in the northern province of San Teodoro confirmed 47 cases of dengue fever in the past week, more than in the whole of last year, and said they would begin spraying in six towns on Monday.
“⟦d:a|Estamos ante un brote, no ante casos aislados,⟧” Marisela Ortúzar, the ministry's director of epidemiology, told a news conference in the provincial capital. “⟦d:a|We are looking at an outbreak, not isolated cases.⟧”
She said warmer and wetter weather had allowed the mosquito that carries the virus to spread into areas where it had rarely been seen. “⟦d:a|Ten years ago this mosquito did not live here. Now it does,⟧” she said.
The Regional Health Organisation said the outbreak was part of a wider trend. “⟦d:c|Dengue is moving to higher altitudes and latitudes across the region, and health systems need to prepare,⟧” it said in a statement.
In Villa Esperanza, the worst-hit town, the hospital has set up extra beds in a corridor. Julián Ferreyra, whose 12-year-old daughter was admitted on Thursday, said the family had never heard of dengue in the town. “⟦d:b|We thought it was the flu. Then she could not stand up,⟧” he said. His daughter is recovering.
A nurse at the hospital who asked not to be identified said staff were exhausted. “⟦d:u|We are twelve nurses for sixty patients at night,⟧” she said.

### 021
@a Ministry of Foreign Affairs of Kestria | -
@b Ludovic Armand-Ferrier | the ambassador
@c Ostravia | -
@d Nilufar Rahimova | -
@u - | one diplomat in Kestria's capital
Kestria expelled Ostravia's ambassador on Wednesday and gave him 72 hours to leave the country, in a sharp escalation of a dispute over a hydroelectric dam on the river that forms their border.
The Ministry of Foreign Affairs of Kestria said in a statement that the ambassador, Ludovic Armand-Ferrier, had been declared "⟦p:a|persona non grata⟧" because of "⟦p:a|activities incompatible with his diplomatic status⟧". It gave no details.
"⟦d:a|Kestria will not tolerate interference in its internal affairs, from any quarter,⟧" the ministry said.
Speaking to reporters as he left the ministry building, the Ostravian ambassador said he had done nothing wrong. "⟦d:b|I have been doing my job, which is to talk to people,⟧" he said. "⟦d:b|Apparently that is now a crime.⟧"
Ostravia responded within hours by expelling Kestria's deputy ambassador. "⟦d:c|We regret that Kestria has chosen confrontation over dialogue,⟧" the Ostravian government said in a statement.
Nilufar Rahimova, who studies the region at the Institute for Central Studies in Marrabad, said the dam had become a symbol for both governments. "⟦d:d|Neither side can be seen to back down. That's what makes it dangerous,⟧" she said.
One diplomat in Kestria's capital said the expulsion had taken Western embassies by surprise. "⟦d:u|Nobody saw this coming on a Wednesday morning,⟧" the diplomat said.

### 022
@a Cordwell Bank | -
@b Fenris Collective | -
@c Hamid Tehrani-Walsh | a security researcher at the firm Breakline
@d Joanne Pelletier | -
Cordwell Bank said on Friday that hackers had stolen the names, addresses and partial card numbers of about 620,000 customers, three days after a criminal group claimed responsibility for the attack on its website.
"⟦d:a|We are contacting every affected customer directly. No passwords or full card numbers were taken,⟧" the bank said in a statement. "⟦d:a|We apologise unreservedly.⟧"
The group, which calls itself the "⟦s:-|Fenris Collective⟧", had posted a sample of the data on a dark-web forum on Tuesday with a message that read, in part: "⟦d:b|Cordwell had six months to patch this. They chose not to.⟧"
Hamid Tehrani-Walsh, a security researcher at the firm Breakline, said the vulnerability the hackers appeared to have used had been public since March. "⟦d:c|This was not a zero-day. This was a known hole with a known fix,⟧" he said.
The bank declined to say when it had applied the fix.
Joanne Pelletier, a Cordwell customer in Lowmarsh, said she learned about the breach from the news. "⟦d:d|I had to find out from the radio. They could have sent a text,⟧" she said.

### 023
@a Adaeze Okafor | a herpetologist at the Museum of Natural History in Velmont and the paper's lead author
@b Juan Pablo Itzamná | a park ranger who took part in the expedition
@c Ocotal Conservation Trust | -
Scientists have described a new species of tree frog from a cloud forest in the Serranía de Ocotal, a tiny animal about the size of a thumbnail with a call that sounds like a spoon tapped against a glass.
The frog, named Pristimantis luminaris, was found during a two-week expedition in 2023 and is described in a paper published on Wednesday.
"⟦d:a|We heard it for three nights before we saw it,⟧" said Adaeze Okafor, a herpetologist at the Museum of Natural History in Velmont and the paper's lead author. "⟦d:a|It was sitting on a leaf exactly at eye level. It had been there the whole time.⟧"
The species name means "⟦s:-|shining⟧", a reference to the frog's pale green skin, which seems to glow under a torch.
Juan Pablo Itzamná, a park ranger who took part in the expedition, said he had heard the call for years without knowing what it was. "⟦d:b|My grandmother called it 'the little bell'. So we knew it. We just didn't know it was new to science,⟧" he said.
Okafor said the frog was probably confined to a few square kilometres of forest. "⟦d:a|Something this small, in a place this small, is one bad fire away from disappearing,⟧" she said.
The Ocotal Conservation Trust, which manages part of the forest, said the discovery strengthened the case for a national park. "⟦d:c|You cannot protect what nobody knows exists. Now people know,⟧" the trust said.

### 024
@a Olumide Bakare-Jensen | emergency consultant
@b Health Protection Service | -
@c Gwen Tallis | -
@d Agnieszka Król | a community nurse
Hospitals in the south-east reported a sharp rise in heat-related admissions on Tuesday as temperatures reached 38.4C at Hollins Cross, the highest ever recorded in the region.
The Health Protection Service issued its highest-level heat warning and urged people to check on elderly neighbours. "⟦d:b|Heat is a silent killer. Most of the people who die in heatwaves die alone, at home,⟧" the service said.
At Marlowe Park Hospital, emergency consultant Dr Olumide Bakare-Jensen said the department had treated 40 people for heat exhaustion since Sunday. "⟦d:a|We are seeing people who took the bus to a hospital appointment and collapsed on the way,⟧" he said.
"⟦d:a|Drink water. Stay out of the sun between 11 and three. It sounds obvious. It saves lives,⟧" he added.
Agnieszka Król, a community nurse, spent the afternoon visiting patients in their homes. In one flat the thermometer read 34 degrees.
"⟦d:d|Half my patients won't open their windows because they're worried about burglars,⟧" she said. "⟦d:d|So I open them, and I tell them I'll be back tomorrow to check.⟧"
Gwen Tallis, 84, said she had not left her flat in three days. "⟦d:c|I've got my fan and my cold flannel. I'll be fine,⟧" she said, before adding: "⟦d:c|The nurse says I'm not to be a hero.⟧"

### 025
@a Annelie Vogt-Brenner | the trade minister of Westerland
@b Ibrahim Sesay-Marlow | her counterpart from Ossory
@u - | a senior official involved in the negotiations
@c Westerland Farmers' Federation | -
The trade ministers of Westerland and Ossory said on Monday they had concluded negotiations on a free-trade agreement after nine years of talks, though farmers on both sides said they would fight its ratification.
«⟦d:a|Heute haben wir bewiesen, dass sich Geduld lohnt⟧», said Annelie Vogt-Brenner, the trade minister of Westerland, opening the news conference in German. «⟦d:a|Today we have proved that patience pays off.⟧»
Standing beside her, her counterpart from Ossory, Ibrahim Sesay-Marlow, said the deal would remove tariffs on 97% of goods within seven years. «⟦d:b|Nine years is a long time. Some of the people who started these talks have retired. One of them has written a novel about it,⟧» he said, to laughter.
The agreement still has to be approved by both parliaments. A senior official involved in the negotiations said the last sticking point had been beef. «⟦d:u|We spent the final night on cattle. Only cattle,⟧» the official said.
The Westerland Farmers' Federation called the deal «⟦p:c|a betrayal of family farms⟧» and said it would organise protests. «⟦d:c|Our members were not consulted, and they will not be silent,⟧» it said.
Vogt-Brenner said farmers would be protected by quotas. «⟦d:a|I understand the fear. I do not share it,⟧» she said.

### 026
@a Margarethe Solberg | Chief Justice
@b Helios Agrochemicals | -
@c Farmers for Safe Fields | The campaign group
@d Anton Lachance | a lawyer for the company
@e Rosalind Achterhof | -
@f Pieter Ramdin | Justice
The Supreme Court of Varnland on Thursday upheld a ban on the weedkiller glyzamine, ruling that the government had been entitled to act on scientific evidence that the chemical might harm bees even though that evidence was not conclusive.
Writing for a majority of four to one, Chief Justice Margarethe Solberg said the law "⟦p:a|does not require the state to wait for certainty before it protects the environment⟧".
"⟦d:a|Certainty, in matters of ecology, may arrive only after the damage is done,⟧" she wrote.
Helios Agrochemicals, which makes glyzamine and had challenged the ban, said it was "⟦p:b|deeply disappointed⟧". Anton Lachance, a lawyer for the company, said outside the court: "⟦d:d|This decision lets politics override science. Farmers will pay the price.⟧"
The campaign group Farmers for Safe Fields welcomed the ruling. "⟦d:c|This is a good day for bees, and for the farmers who depend on them,⟧" it said in a statement.
Not all farmers agree. Rosalind Achterhof, who grows vegetables near Tinley, said she had used glyzamine for 20 years. "⟦d:e|Now I'll be out there with a hoe, or I'll be using something worse,⟧" she said. "⟦d:e|Nobody in that courtroom has weeded forty acres.⟧"
In a dissenting opinion, Justice Pieter Ramdin argued that the government had not followed its own procedures, but he agreed that the evidence on bees was "⟦p:f|serious and troubling⟧".

### 027
@a Skylark Airways | -
@b Hollie Braithwaite | chair of the Airline Pilots' Association's Skylark council
@c Fergus Mulcahy | Skylark's chief executive
@d Arjun Pillai | -
@u - | one passenger
More than 400 Skylark Airways flights were cancelled on Friday as pilots began a 48-hour strike over pay and rosters, stranding tens of thousands of passengers at the start of the school holidays.
"⟦d:a|We are sorry for the disruption this unnecessary strike is causing,⟧" Skylark Airways said in a statement. "⟦d:a|Customers whose flights are cancelled will be offered a full refund or a free rebooking.⟧"
Hollie Braithwaite, chair of the Airline Pilots' Association's Skylark council, said pilots had been flying at the legal limits of fatigue for two summers. "⟦d:b|Nobody becomes a pilot to go on strike. We are doing this because we are tired, and tired pilots are not what passengers want,⟧" she said.
Skylark's chief executive, Fergus Mulcahy, said the union's demands would add 180 million euros a year to the airline's costs. "⟦d:c|I have a responsibility to the whole company, not just one group of employees,⟧" he told the broadcaster TVN. "⟦d:c|The offer on the table is generous.⟧"
At Carrick Airport, the departures board was a column of red. "⟦d:u|We saved for two years for this,⟧" said one passenger, who was travelling with three children. "⟦d:u|Nobody from the airline is here. Not one person.⟧"
Neha and Arjun Pillai were due to fly to their daughter's wedding on Saturday. "⟦d:d|We'll drive if we have to. It's fourteen hours. We'll drive,⟧" Arjun Pillai said.
### 028
@a Femi | -
@b Colette | a nurse who has worked nights for eleven years
@c Deirdre Amankwah | the ward manager
At 3am the acute medical unit at Rosslyn Infirmary is quiet in the way that hospitals are never really quiet: monitors chirping, a trolley squeaking somewhere, a man calling for his wife.
Femi, 31, is the unit's charge nurse tonight. He has 28 patients and five nurses, one of them an agency nurse who has never worked here before.
“⟦d:a|You learn to triage your own attention,⟧” he says, walking fast. “⟦d:a:m|Who needs me now, who needs me in ten minutes, who I can trust to ring the bell.⟧
“⟦d:a|The ones who don't ring the bell are the ones I worry about.⟧”
Colette, a nurse who has worked nights for eleven years, is changing a dressing in bay four. She laughs when asked whether the job has got harder.
“⟦d:b|Harder? It's got older. The patients are older, the building's older, I'm older,⟧” she says. “⟦d:b|The kindness hasn't changed, though. You'd be surprised.⟧”
Just before five, the ward manager arrives early, as she often does. Sister Deirdre Amankwah has run the unit for nine years and knows every patient by name.
“⟦d:c|I come in early because that's when the night shift is most tired and the day shift isn't here yet,⟧” she says. “⟦d:c|Somebody has to hold the gap.⟧”
Femi's shift ends at 7.30. He has not sat down since midnight.
“⟦d:a|Ask me tomorrow if I love this job,⟧” he says, pulling on his coat. “⟦d:a|Tonight, I just love my bed.⟧”

### 029
@a Harriet Oyelowo-Fisk | the recently appointed chief executive of Northway Rail
@b Northway Rail | -
Harriet Oyelowo-Fisk, the recently appointed chief executive of Northway Rail, took over in June. We asked her about punctuality, fares and the company's nickname.
Q: Your trains were on time 71% of the time last year. Is that good enough?
A: No. I said on my first day, "⟦d:a|If it's not good enough for my mother, it's not good enough,⟧" and she gets the 7.42 from Leddington every morning.
Q: Passengers call it "⟦s:-|Slow-way Rail⟧". Does that bother you?
A: It bothers me that they have reason to. I'd rather earn a different nickname than complain about this one.
Q: The company's own report said the fleet was "⟦p:b|at the end of its economic life⟧". When do new trains arrive?
A: The first twelve in spring. The rest over three years.
Q: And fares?
A: Fares are set with the government. I'll be honest with you: they're going up in January.

### 030
@a Ingrid Halvorsen-Mbeki | a climate physicist at the University of Skarnes
@b Ministry of Energy | -
@c Thaddeus Okoro | one of the signatories and a retired oceanographer
@s - | More than 300 scientists
More than 300 scientists have signed an open letter urging the government of Norland to abandon plans to open new offshore oil fields, warning that the decision would "⟦p:s|lock in emissions for decades⟧".
The letter, published on Tuesday, was organised by Ingrid Halvorsen-Mbeki, a climate physicist at the University of Skarnes. "⟦d:a|We are not activists. Most of us have never signed anything in our lives,⟧" she said in an interview. "⟦d:a|But the science on this is not ambiguous.⟧"
"⟦d:s|There is no credible pathway to the targets this government has itself signed up to that includes new oil and gas fields,⟧" the letter says. "⟦d:s|We urge ministers to listen to their own advisers.⟧"
The Ministry of Energy said the new fields would be needed to ensure energy security during the transition. "⟦d:b|Norland will continue to need oil and gas for years to come. It is better to produce it here, with lower emissions, than to import it,⟧" a ministry statement said.
Thaddeus Okoro, one of the signatories and a retired oceanographer, said he had hesitated before adding his name. "⟦d:c|I spent 40 years telling students to stick to the data. This is me sticking to the data,⟧" he said.

### 031
@a Cyrus Vandermeer | the minister for digital affairs
@b Beatrix Nakashima-Lowe | The opposition's digital spokeswoman
@c Chatterbox | the most popular app among teenagers in the country
@d Maya | -
@e Joelle Fitzpatrick | Her mother
The minister for digital affairs, Cyrus Vandermeer, announced on Sunday that children under 15 would be barred from opening social media accounts from next September, in a post on his own social media account.
"⟦d:a|Our children are the subjects of the largest uncontrolled experiment in history. Today we end it,⟧" Vandermeer wrote.
Platforms that fail to verify users' ages will face fines of up to 6% of global turnover, under legislation to be introduced next month.
The opposition's digital spokeswoman, Beatrix Nakashima-Lowe, said the plan was "⟦p:b|announced by tweet and designed by nobody⟧". "⟦d:b|How exactly will a 14-year-old's age be checked? Passports? Face scans? The minister hasn't the faintest idea,⟧" she said.
Chatterbox, the most popular app among teenagers in the country, said it shared the government's goals. "⟦d:c|We look forward to working with the minister on an approach that protects young people without excluding them,⟧" the company said.
At a skate park in Orrinford, reactions were mixed. Maya, 14, said she would "⟦p:d|find a way round it in about five minutes⟧".
Her mother, Joelle Fitzpatrick, was more enthusiastic. "⟦d:e|I'd have paid for this law myself,⟧" she said. "⟦d:e|She was on that phone until one in the morning.⟧"
"⟦d:d|Eleven-thirty,⟧" Maya said.

### 032
@a Carsten Ødegaard | chief executive of Nordhavn Shipping
@b Li Wenjing | His opposite number at Pacific Crescent Lines
@c Margot Delacroix-Hume | a competition lawyer at the firm Ashby Laing
@u - | A banker who worked on the deal
Nordhavn Shipping and Pacific Crescent Lines agreed on Monday to merge in an all-share deal that would create the world's third-largest container shipping company, with 410 vessels and annual revenue of about 38 billion dollars.
"⟦d:a|Scale is no longer a luxury in this industry. It is a condition of survival,⟧" said Carsten Ødegaard, chief executive of Nordhavn Shipping, who will lead the combined company.
His opposite number at Pacific Crescent Lines, Li Wenjing, will become chair. "⟦d:b|We have been competitors for thirty years and friends for about three weeks,⟧" Li said at a joint news conference. "⟦d:b|The friendship is going well so far.⟧"
Both executives said they expected the deal to produce savings of 1.1 billion dollars a year, largely by sharing ports and routes. Neither would say how many jobs would go. "⟦d:a|It is too early for numbers,⟧" Ødegaard said.
The merger needs approval from competition authorities in at least 14 jurisdictions. Margot Delacroix-Hume, a competition lawyer at the firm Ashby Laing, said the Asia-Europe routes would attract the most scrutiny. "⟦d:c|On some lanes the two of them together would carry close to a third of the boxes. Regulators will not wave that through,⟧" she said.
A banker who worked on the deal said talks had begun at a shipping conference in the spring. "⟦d:u|It started over a very bad dinner and a very good bottle of wine,⟧" the banker said.

### 033
@a Dale Merriweather | the county's fire chief
@b Sunita Raghunathan | a fire scientist at the Western Institute of Technology
@c Carl Hoeksema | -
@d Bev Hoeksema | his wife
Firefighters were struggling on Wednesday to contain a wildfire that has burned more than 14,000 hectares of forest and grassland in Calloway County, destroying at least 60 homes and forcing 9,000 people to leave.
"⟦d:a|This fire is making its own weather. I've been doing this 27 years and I've seen that maybe three times,⟧" Dale Merriweather, the county's fire chief, told reporters at an evacuation centre in Pine Bluffs. He said the fire was 15% contained.
Sunita Raghunathan, a fire scientist at the Western Institute of Technology, said a drier climate had lengthened the fire season in the region by about two months since the 1980s. "⟦d:b|We used to talk about a fire season. Increasingly, it's a fire year,⟧" she said.
Carl Hoeksema and his wife, Bev, left their ranch with 20 minutes' warning, taking their dogs, a box of photographs and the horses. The house was gone by the evening.
"⟦d:c|You don't think about the house. You think about what's in the house. My dad built that kitchen table,⟧" Carl Hoeksema said.
"⟦d:d|We've got each other and the animals,⟧" Bev Hoeksema said. "⟦d:d|That's what I keep telling him.⟧"
Merriweather said crews were being sent from four neighbouring states. "⟦d:a|We're going to need every one of them,⟧" he said.
### 034
@a Hemi Tāwhai | Kaumātua
@b Ōtira Minerals | -
@c Aroha Ngata-Bell | a lawyer for the hapū
@d Graham Whitcombe | the company's operations director
Several hundred people marched to the gates of a proposed gold mine in the Waiora valley on Saturday, chanting "⟦s:-|Ko te wai te ora⟧" - water is life - as the company behind the project prepared to seek a final consent.
Kaumātua Hemi Tāwhai, who led the march, said the river had fed his family for twenty generations. "⟦d:a|They tell us the water will be treated. Our tūpuna did not need to treat it,⟧" he said.
Ōtira Minerals says the mine would create 350 jobs and that water discharged from the site would meet national drinking-water standards. "⟦d:b|We have listened carefully to the community and changed our plans significantly as a result,⟧" the company said in a statement.
Aroha Ngata-Bell, a lawyer for the hapū, said the changes were "⟦p:c|cosmetic⟧". "⟦d:c|Moving a tailings dam 400 metres up the valley does not change what is in it,⟧" she said.
Placards along the road read "⟦s:-|No Gold in Waiora⟧" and "⟦s:-|Our River, Our Decision⟧".
Graham Whitcombe, the company's operations director, who watched the march from inside the gate, said he respected the protesters' views. "⟦d:d|I grew up in a mining town. I know what it means to people, for good and bad,⟧" he said.

### 035
@a Tove Lindahl-Osei | the United Nations envoy
@u - | one of the diplomats
@b Ministry of Defence of Irrenia | -
@c Ashur Benyamin | a spokesman for the Free Harran Movement
Talks between the government of Irrenia and the rebel Free Harran Movement on a ceasefire in the country's east ended on Thursday without agreement, but both sides will return to the table in two weeks, the United Nations envoy said.
“⟦d:a|Nobody walked out, and nobody said no. In this process, that is progress,⟧” Tove Lindahl-Osei, the United Nations envoy, told reporters in the lakeside town of Mira, where the talks have been held.
The main obstacle was the future of the city of Harran itself, according to two diplomats briefed on the talks. The government wants its police to return; the rebels want an international force. “⟦d:u|It comes down to who holds the keys to the city,⟧” one of the diplomats said.
Fighting continued during the talks. The Ministry of Defence of Irrenia said rebel drones had struck an army depot near Kastel on Wednesday night. “⟦d:b|These attacks show the true intentions of the so-called movement,⟧” the ministry said.
Colonel Ashur Benyamin, a spokesman for the Free Harran Movement, denied the group had been responsible. “⟦d:c|We do not negotiate by day and attack by night. That is the government's method, not ours,⟧” he said by telephone.
Lindahl-Osei declined to comment on the attack. Asked whether she was optimistic, she said: “⟦d:a|I am a diplomat. Optimism is part of the job description.⟧”

### 036
@a Gideon Ashworth-Pryce | the trustee overseeing the bankruptcy
@b Lior Katzenelson | the exchange's founder
@c Ngozi Ekwueme-Hart | Judge
@d Pádraig Ó Súilleabháin | a software developer from Ballinree
@u - | Another customer
Customers of the collapsed cryptocurrency exchange Coinvault will get back about 62 cents for every dollar they held, under a repayment plan approved by a bankruptcy court on Tuesday.
``⟦d:a|This is not the outcome anyone wanted, but it is far better than the outcome anyone expected,⟧'' said Gideon Ashworth-Pryce, the trustee overseeing the bankruptcy.
Coinvault froze withdrawals in February last year, leaving about 310,000 customers unable to reach their money. Prosecutors have charged the exchange's founder, Lior Katzenelson, with fraud. He has pleaded not guilty.
In a written statement read to the court by his lawyer, Katzenelson said: ``⟦d:b|I never took a cent of customer money for myself. I made mistakes. I did not commit crimes.⟧''
Judge Ngozi Ekwueme-Hart approved the plan but criticised the delays. ``⟦d:c|Every month this case has dragged on is a month in which ordinary people have gone without their savings,⟧'' she said from the bench.
Pádraig Ó Súilleabháin, a software developer from Ballinree, had 41,000 dollars on the exchange. ``⟦d:d|Sixty-two cents. I suppose I should be grateful,⟧'' he said. ``⟦d:d|I'm not.⟧''
Another customer, who spoke outside the court but declined to give her name, said she had used the money to pay for her mother's care. ``⟦d:u|People talk about crypto like it was a game. It was my mum's nursing home,⟧'' she said.

### 037
@a Nuclear Regulation Board | -
@b Fujisaki Haruto | the plant's general manager
@c Ōmori Keiko | -
@d Kansei Electric | -
@e Nishida Ren | an energy analyst at the Hoshizora Institute
The Nuclear Regulation Board on Friday approved the restart of the No. 3 reactor at the Shiragawa nuclear power plant, which has been idle for 13 years, after concluding that new sea walls and backup cooling systems met its standards.
“⟦d:a|The operator has demonstrated that the reactor can withstand a tsunami of up to 21 metres,⟧” the board said in its decision. It added that the approval was “⟦p:a|not a guarantee of absolute safety, which no technology can provide⟧”.
Kansei Electric, which operates the plant, said the reactor could be back online by March. “⟦d:d|We will continue to put safety above everything,⟧” the company said.
At the plant, Fujisaki Haruto, the plant's general manager, spoke through an interpreter. “⟦d:b|I joined this company the year of the earthquake. My whole career has been about this day,⟧” he said.
Ōmori Keiko, who has led a residents' group opposed to the restart for a decade, said the group would seek an injunction. “⟦d:c|They built the last sea wall to a standard too, and the sea ignored it,⟧” she said. “⟦d:c|We have not forgotten, even if the board has.⟧”
Nishida Ren, an energy analyst at the Hoshizora Institute, said the restart would cut the country's fuel import bill by about 900 million dollars a year. “⟦d:e|Economically, it's a simple decision. Politically, nothing about nuclear is simple here,⟧” he said.

### 038
@a Martina Gallardo Ruiz | -
@b Ministry of Agriculture | -
@c Efua Mensah-Clarke | a hydrologist at the Arid Lands Research Centre
@d Juanjo | Her son
At the bottom of the Embalse de Castrovalle, the reservoir that supplies the farms of the Lares plain, the ruins of a village drowned in the 1960s have emerged for the first time in living memory. The reservoir is at 11% of capacity.
Martina Gallardo Ruiz, 58, farms 40 hectares of olives and almonds near the reservoir. She has not irrigated since May.
“⟦d:a|Los almendros aguantan. Los olivos aguantan. Nosotros, no sé,⟧” she said. “⟦d:a|The almond trees will hold on. The olives will hold on. Us, I don't know.⟧”
Her son Juanjo, 31, who farms with her, has started looking for work in the city. “⟦d:d|My grandfather saw this reservoir built. I might see it empty,⟧” he said.
The Ministry of Agriculture announced emergency payments of 300 million euros for farmers in drought-hit areas on Tuesday. “⟦d:b|No farmer will be left behind,⟧” the ministry said in a statement.
Efua Mensah-Clarke, a hydrologist at the Arid Lands Research Centre, said payments would not solve the underlying problem. “⟦d:c|The plain was planted for a climate it no longer has,⟧” she said. “⟦d:c|That is a very hard thing to say to a family that has farmed here for a century, but it's true.⟧”

### 039
@a Rosalind Chukwuemeka | the bank's chief executive
@b Anders Thorvaldsen | finance director
@c Marcus Beaulieu | an analyst at Quayside Securities
@d Helena Park | -
Westmarch Bank reported a 19% rise in annual profit on Wednesday, to 6.8 billion pounds, helped by higher interest rates, and said it would return 3 billion pounds to shareholders through buybacks.
"⟦d:a|These are strong results, and I don't think we should be shy about saying so,⟧" Rosalind Chukwuemeka, the bank's chief executive, said on a call with analysts.
Some analysts pressed her on the bank's margins, which have started to fall as savers move money into higher-paying accounts.
"⟦d:c|Your net interest margin was down eight basis points in the fourth quarter. Is that the peak behind us?⟧" asked Marcus Beaulieu, an analyst at Quayside Securities.
"⟦d:a|I'd say the peak is behind us, yes. I would not say the cliff is in front of us,⟧" Chukwuemeka replied.
"⟦d:c|So a gentle slope?⟧"
"⟦d:a|A gentle slope. I like that. Can I borrow it?⟧"
Helena Park from Stirrup & Vane asked about bad loans. The bank set aside 1.2 billion pounds for loan losses, up from 900 million. Finance director Anders Thorvaldsen said most of the increase related to commercial property.
"⟦d:b|Offices in secondary locations are where we see stress,⟧" he said. "⟦d:b|We are comfortable with our provisioning.⟧"
"⟦d:d|Comfortable is a word banks tend to use right up until they aren't,⟧" Park said afterwards.

### 040
@a Consumer Safety Authority | -
@b Brightkin Toys | -
@c Shauna McGillicuddy | -
@u - | a spokesperson for Brightkin Toys
The Consumer Safety Authority on Thursday told parents to stop using a popular baby bouncer immediately after receiving reports of 14 infants who had been hurt when the seat tipped over, two of them seriously.
The Wiggletoes bouncer, made by Brightkin Toys, has been sold since 2021. About 230,000 are thought to be in use.
“⟦d:a|If you have one of these products, please stop using it now. Do not wait for a letter,⟧” the authority said.
Brightkin Toys said it was recalling the bouncer, which it described as “⟦p:b|one of our best-loved products⟧”, and offering refunds. “⟦d:u|The safety of children is at the heart of everything we do, and we are deeply sorry,⟧” a spokesperson for Brightkin Toys said.
Shauna McGillicuddy, whose eight-month-old son was bruised when his bouncer tipped off a kitchen counter in March, said she had reported it to the company at the time. “⟦d:c|They sent me a voucher. A voucher,⟧” she said. “⟦d:c|I wrote back and said someone is going to get really hurt. Nobody replied.⟧”
### 041
@a Amélie Rousseau-Nkemelu | the lead negotiator for Sainte-Ombre
@b Kristoffer Haugland | the chair of the negotiations
@c Global Plastics Council | -
@d Sione Taufa | a delegate from the Pacific state of Matavai
Negotiations on a global treaty to curb plastic pollution broke down early on Sunday in the city of Lorient-sur-Mer after oil-producing countries refused to accept any limit on the production of new plastic.
«⟦d:a|On ne peut pas nettoyer le sol pendant que le robinet reste ouvert⟧», said Amélie Rousseau-Nkemelu, the lead negotiator for Sainte-Ombre. «⟦d:a|You cannot mop the floor while the tap is still running.⟧»
The chair of the negotiations, Kristoffer Haugland, suspended the session at 4.40am. «⟦d:b|We have a text that nobody loves and that some cannot accept,⟧» he told delegates. «⟦d:b|I would rather have no treaty this week than a bad treaty for ever.⟧»
The Global Plastics Council, which represents the industry, said it supported «⟦p:c|a treaty focused on waste management and recycling⟧» but not on production limits. «⟦d:c|Plastics are essential to modern life, from medicine to clean energy,⟧» it said.
Sione Taufa, a delegate from the Pacific state of Matavai, said he would go home with nothing to tell his community. «⟦d:d|Our beaches receive plastic from countries we will never visit,⟧» he said. «⟦d:d|We did not make this problem. We are drowning in it.⟧»

### 042
@a Howard Ellingsworth-Dunne | The health secretary
@b Saoirse Lenihan | -
@c Junior Doctors' Committee | -
@d Ashok Venkataraman | -
The health secretary, Howard Ellingsworth-Dunne, accused junior doctors on Tuesday of "⟦p:a|holding patients hostage⟧" after their union announced a five-day strike, the longest in the dispute so far.
"⟦d:a|I have offered the biggest pay rise in the public sector. I will not be bullied into doubling it,⟧" he told the House.
Dr Saoirse Lenihan, who co-chairs the union's Junior Doctors' Committee, said the offer would still leave doctors' pay below its 2010 level in real terms. "⟦d:b|The health secretary can call it the biggest pay rise he likes. Doctors can do arithmetic,⟧" she said. "⟦d:b|We are not holding anyone hostage. We are holding out for a fair deal.⟧"
The committee said in a statement that the strike would go ahead "⟦p:c|unless there is a credible offer on the table by Friday⟧".
Hospital leaders warned that thousands of operations would be cancelled. Ashok Venkataraman, 67, has had his hip replacement postponed twice.
"⟦d:d|I don't blame the doctors. I don't really blame anyone,⟧" he said, leaning on a stick. "⟦d:d|I just want to be able to walk to the shop.⟧"

### 043
@i Lindqvist Institute for Materials Science | -
@a Mirela Vasilescu-Hart | his doctoral student in the 1990s and now the institute's director
@x Desmond Achterberg-Vale | the physicist whose work on superconducting magnets helped make hospital scanners cheaper and smaller
@b Kenji Abernethy | a former colleague at Halloran Scanners
@c Clare Achterberg-Vale | His daughter
Professor Desmond Achterberg-Vale, the physicist whose work on superconducting magnets helped make hospital scanners cheaper and smaller, has died at the age of 88, the Lindqvist Institute for Materials Science said on Monday.
"⟦d:i|He was a brilliant scientist, a generous teacher and, to the end, the first person in the building every morning,⟧" the institute said in a statement.
Mirela Vasilescu-Hart, his doctoral student in the 1990s and now the institute's director, recalled that he marked every draft in green ink, never red. "⟦d:a|He said red made students feel they had failed. Green meant 'keep growing',⟧" she said.
He liked to tell impatient students: "⟦d:x|Nature does not read your grant application.⟧"
Kenji Abernethy, a former colleague at Halloran Scanners, the company that turned his discoveries into products, said Achterberg-Vale had turned down a seat on its board three times. "⟦d:b|He was the least pompous genius I ever met,⟧" Abernethy said. "⟦d:b|He wanted to be in the lab, not in meetings.⟧"
His daughter, Clare Achterberg-Vale, wrote on social media that her father had spent his last week "⟦p:c|arguing cheerfully with the nurses about thermodynamics⟧".
He is survived by his wife, Ilse, their two children and five grandchildren.

### 044
@a Benedikt Schrader-Okoye | Justice
@b Arvelle Devices | -
@c Quillon | -
@d Priyanka Deshmukh-Rowe | a patent lawyer at the firm Hale Ransome
A judge ruled on Friday that the smartwatch maker Quillon had infringed two patents held by the medical device company Arvelle Devices, and ordered it to stop selling watches with a heart-rhythm feature in the country within 60 days.
Mr Justice Benedikt Schrader-Okoye said Quillon's engineers had "⟦p:a|plainly⟧" had access to Arvelle's designs after hiring three of its former staff.
"⟦d:a|Coincidence can explain one similarity. It cannot explain eleven,⟧" the judge wrote.
Arvelle Devices welcomed the ruling. "⟦d:b|Innovation only happens if inventors can protect what they invent,⟧" the company said.
Quillon said it would appeal and that customers who already owned the watch would not be affected. "⟦d:c|We strongly disagree with this decision. Our technology was developed independently,⟧" Quillon said in a statement.
Priyanka Deshmukh-Rowe, a patent lawyer at the firm Hale Ransome, said the two companies were likely to settle. "⟦d:d|A sales ban is a very expensive negotiating position. I'd be surprised if we get to day 60,⟧" she said.

### 045
@a Zanele Mokoena-Fraser | the founder of the robotics company Ferrowind
@b Tobias Elkington | The moderator
@u - | one audience member
@v - | another audience member
The biggest applause at the Meridian Technology Forum on Wednesday did not go to a product. It went to an admission.
"⟦d:a|We shipped a robot that couldn't open doors. We'd tested it in our own office, and our office has no doors,⟧" Zanele Mokoena-Fraser, the founder of the robotics company Ferrowind, told a packed hall. "⟦d:a|That's the kind of mistake you only make once. We made it twice.⟧"
Her keynote was a catalogue of failures, delivered deadpan. The moderator, Tobias Elkington, struggled to keep a straight face.
"⟦d:b|Is there anything that went right?⟧" he asked.
"⟦d:a|The third robot. The third robot is very good at doors.⟧"
"⟦d:b|And what would you tell your younger self?⟧"
"⟦d:a|Buy a door.⟧"
In questions from the floor, one audience member asked whether she worried about robots replacing warehouse workers. "⟦d:u|You make it sound funny, but people's jobs are on the line,⟧" he said.
Mokoena-Fraser's tone changed. "⟦d:a|You're right, and I don't think it's funny,⟧" she said. "⟦d:a|Our robots do the lifting that wrecks people's backs. I'd rather that than no jobs at all, but I understand why people are angry.⟧"
"⟦d:v|Good answer,⟧" another audience member said, as the session ended.

### 046
@a Sarah-Jane Okwuosa | His sister
@b Department of Foreign Affairs | -
@c Daniel Okwuosa | -
@s - | a department spokesperson
@d Ilyas Karimov | a human rights lawyer who has advised the family
The family of a charity worker detained in Sarvastan for more than 200 days said on Monday they had not been allowed to speak to him since October, and accused the government of "⟦p:a|quiet diplomacy that has become silent diplomacy⟧".
Daniel Okwuosa, 36, was arrested in the city of Qaleh Bazar in April while working for a water charity. He has not been charged.
His sister, Sarah-Jane Okwuosa, said the family had written to the foreign secretary four times. "⟦d:a|Each time we get a letter that says they are doing everything they can,⟧" she said. "⟦d:a|If this is everything, I'd hate to see nothing.⟧"
The Department of Foreign Affairs said it was "⟦p:b|deeply concerned⟧" about Mr Okwuosa's detention. "⟦d:s|We continue to raise his case at the highest levels and to press for consular access,⟧" a department spokesperson said.
In a letter passed to the family by embassy staff in August, Okwuosa wrote: "⟦d:c|I am well and I am being fed. Tell Mum to stop worrying, which I know she won't.⟧"
Ilyas Karimov, a human rights lawyer who has advised the family, said foreign detainees in Sarvastan were often held as bargaining chips. "⟦d:d|The question is never what he did. The question is what they want,⟧" he said.

### 047
@a Energy Price Regulator | -
@b Gareth Pennock | a 79-year-old retired miner in Cwm Tawelan
@c Sorrel Energy | -
@d Yasmin Haddad-Croft | director of the charity Warm Homes Now
Household energy bills will rise by 9% from January, the Energy Price Regulator said on Friday, adding about 160 pounds a year to the average bill.
The regulator blamed higher wholesale gas prices and the cost of upgrading the electricity grid. "⟦d:a|We know this is unwelcome news for households who are already struggling,⟧" it said. "⟦d:a|Anyone worried about paying should contact their supplier now, not when the bill arrives.⟧"
Gareth Pennock, a 79-year-old retired miner in Cwm Tawelan, heats one room of his house. "⟦d:b|I spent 30 years digging coal to keep the country warm,⟧" he said. "⟦d:b|Now I sit in my coat.⟧"
Sorrel Energy, the largest supplier, said it would increase its hardship fund to 40 million pounds. "⟦d:c|No customer in genuine difficulty will be cut off this winter,⟧" the company said.
Yasmin Haddad-Croft, director of the charity Warm Homes Now, said the increase would push another 400,000 households into fuel poverty. "⟦d:d|Hardship funds are sticking plasters,⟧" she said. "⟦d:d|What people need is a social tariff, and the government has been promising one for three years.⟧"

### 048
@a Geraint Hughes-Morgan | Senior Coroner
@b Ellen Castellanos | Her mother
@c Whitlow Park Hospital | -
@d Ravi Subramanian | the hospital's chief medical officer
A coroner has ruled that a 19-year-old student died after a series of missed opportunities to diagnose sepsis at Whitlow Park Hospital, and said he would write to the health secretary to demand changes.
Nadia Castellanos was taken to the hospital's emergency department twice in 36 hours in February last year with a high temperature and vomiting, the inquest heard. She was sent home both times and died three days later.
Senior Coroner Geraint Hughes-Morgan said her death had been "⟦p:a|more than minimally contributed to by neglect⟧".
"⟦d:a|Nadia's parents were told, in effect, that she had a bad virus and should rest. They did what they were told. The system did not do what it should have done,⟧" he said.
Her mother, Ellen Castellanos, read a statement outside the court. "⟦d:b:m|Nadia was funny, stubborn and kind. She wanted to be a vet. She should be in her final year now.⟧
"⟦d:b|We were ignored when we said she was getting worse. We want every parent who says 'this isn't my child' to be listened to.⟧"
Whitlow Park Hospital said it had "⟦p:c|made significant changes⟧" since Nadia's death, including a new sepsis screening tool. The hospital's chief medical officer, Dr Ravi Subramanian, said: "⟦d:d|We failed Nadia and her family, and I am truly sorry.⟧"
### 049
@a Ministry of Commerce | -
@b Halcyon Semiconductor | -
@c W. T. Abernathy-Koh | a former trade official now at the Pellworth Institute
@d Ines Okorafor | an analyst at Grafton Stevens
@u - | An industry executive who asked not to be named because the rules had not yet been published in full
The Ministry of Commerce on Monday announced new restrictions on exports of advanced chips used to train artificial intelligence systems, requiring companies to obtain licences before selling them to customers in 40 countries.
The ministry said the rules were needed to stop ``⟦p:a|the most powerful computing technology⟧'' from being used by hostile militaries. ``⟦d:a|These measures are narrow and targeted. Legitimate commercial trade will continue,⟧'' it said.
Shares in Halcyon Semiconductor, the country's largest chip designer, fell 6%. The company said it was studying the rules. ``⟦d:b|We comply with all export controls in every market in which we operate,⟧'' Halcyon said.
W. T. Abernathy-Koh, a former trade official now at the Pellworth Institute, said the licence system would be hard to enforce. ``⟦d:c|Chips are small, and they travel. You can control the factory. It's much harder to control the fourth reseller,⟧'' he said.
Ines Okorafor, an analyst at Grafton Stevens, estimated that the rules could cut Halcyon's revenue by up to 8% next year. ``⟦d:d|The market had priced in something. Not this much,⟧'' she said.
An industry executive who asked not to be named because the rules had not yet been published in full said companies had been given two days' notice. ``⟦d:u|We read about it in the press like everyone else,⟧'' the executive said.

### 050
@a Instituto Nacional de Pesquisas Florestais | -
@b Raimunda Tembé | a leader of the Tembé people in the Rio Acará valley
@c Luiz Fernando Cardoso de Mello | the environment minister
@d Oliver Ashdown-Reyes | a forest ecologist at the University of Kingsmere
Deforestation in the Acará basin fell by 31% in the 12 months to July, the lowest level in a decade, according to satellite data published on Wednesday by the Instituto Nacional de Pesquisas Florestais.
“⟦d:a|The reduction is consistent and widespread across the basin,⟧” the institute said in its report, which it said showed the effect of “⟦p:a|more frequent enforcement operations⟧”.
The environment minister, Luiz Fernando Cardoso de Mello, called the figures a turning point. “⟦d:c|Mostramos que é possível proteger a floresta e fazer a economia crescer,⟧” he told reporters in Portuguese. “⟦d:c|We have shown that it is possible to protect the forest and grow the economy.⟧”
Raimunda Tembé, a leader of the Tembé people in the Rio Acará valley, said illegal loggers were still entering her community's land. “⟦d:b|The satellites see the big clearings. They don't see the trucks at night,⟧” she said.
Oliver Ashdown-Reyes, a forest ecologist at the University of Kingsmere, said the forest was still close to a tipping point in the south of the basin. “⟦d:d|A good year is not a recovered forest,⟧” he said. “⟦d:d|It takes a century to grow what a chainsaw takes in an afternoon.⟧”

### 051
@a Dagny | the 34-year-old
@b Olu | a former games developer
@c Pernille Strand | one of their first investors
When Dagny quit her job as a hospital pharmacist to build an app that reminds elderly patients to take their medicine, her father asked her whether she had lost her mind.
“⟦d:a|He was not wrong to ask,⟧” she admits. “⟦d:a|I had savings for nine months and a prototype that crashed if you turned the phone sideways.⟧”
Three years later, Pillpal has 180,000 users, 40 staff and a contract with the health service in two regions. Dagny, 34, still answers some customer emails herself.
Her co-founder, Olu, a former games developer, built the first version in his spare bedroom. “⟦d:b|I thought it was a weekend project. It has now eaten three years of weekends,⟧” he jokes.
The two met at a hackathon, where their team came last. “⟦d:b|Dead last. Behind a team that built a calculator,⟧” Olu says.
“⟦d:a|It was a very good calculator,⟧” Dagny adds.
Pernille Strand, one of their first investors, says she backed them because they argued in front of her. “⟦d:c|Most founders perform harmony. These two disagreed about everything, politely, and then agreed on the important thing,⟧” she says.
Asked what the important thing is, the 34-year-old does not hesitate. “⟦d:a|That the person taking the pills matters more than the app.⟧”

### 052
@a Istvan Horváth-Ngata | director of the National Seismological Service
@b Chiara Benvenuti | The mayor of San Vito Alto
@c Red Cross of Castellane | -
@u - | a rescue worker at the scene
A magnitude 6.1 earthquake struck the mountain region of Alta Serrana early on Tuesday, killing at least 23 people and leaving thousands homeless in towns where many buildings are centuries old.
The quake hit at 3.17am at a depth of about 10 kilometres, the National Seismological Service said. More than 40 aftershocks followed in the next six hours.
"⟦d:a|A shallow earthquake under old stone towns, at night, when people are asleep: that is the worst combination we have,⟧" said Istvan Horváth-Ngata, director of the National Seismological Service.
He warned that a stronger shock could not be ruled out. "⟦d:a|Most sequences decay. Some don't. People should not go back into damaged buildings to collect their things,⟧" he said.
The mayor of San Vito Alto, Chiara Benvenuti, stood in front of the ruins of the town's 14th-century church as she spoke to reporters. "⟦d:b|Half of my town is on the ground,⟧" she said. "⟦d:b|The other half is sleeping in cars.⟧"
The Red Cross of Castellane said it had set up shelters for 4,000 people. "⟦d:c|The immediate needs are tents, blankets and water. The cold at night is a serious danger,⟧" the organisation said.
In the rubble of a collapsed apartment block, a rescue worker at the scene said teams had heard voices in the early afternoon. "⟦d:u|We stopped everything and we listened. Then we dug with our hands,⟧" he said. Two people were pulled out alive.

### 053
@a governments of Aldmark and Westerland | -
@b Eleni Papadakis-Rowe | a researcher on energy security at the Harmon Centre
@u - | an Aldmarkish official
The governments of Aldmark and Westerland agreed on Thursday to build a 700-kilometre undersea power cable linking their grids, in what both called the largest energy project in the history of the region.
In a joint statement, the governments of Aldmark and Westerland said the cable would "⟦p:a|make both countries more secure and less dependent on imported fossil fuels⟧". "⟦d:a|Energy that crosses borders peacefully is the best guarantee of peace,⟧" the statement said.
The cable, which would carry wind power from Westerland's coast and hydroelectric power from Aldmark's mountains, is expected to cost about 5 billion euros and to be finished by 2031.
Eleni Papadakis-Rowe, a researcher on energy security at the Harmon Centre, said undersea cables had become targets. "⟦d:b|Every new cable is also a new vulnerability. Both governments know that, even if it's not in the press release,⟧" she said.
An Aldmarkish official said the two navies were already discussing patrols. "⟦d:u|We will not build something this important and then leave it unguarded,⟧" the official said.

### 054
@a Sarhat Canal Authority | -
@b Youssef El-Kadiri | the authority's chairman
@c Lindqvist & Brandt | The ship's owner
@d Naomi Featherstonhaugh | head of marine at the insurer Calloway Re
@u - | A pilot who has guided ships through the canal for 20 years
A 330-metre container ship that ran aground in the Sarhat Canal on Saturday was refloated early on Monday, reopening one of the world's busiest shipping routes after a two-day blockage that left more than 160 vessels waiting at either end.
"⟦d:a|Navigation has resumed in both directions,⟧" the Sarhat Canal Authority said in a brief statement at 5.40am.
The authority's chairman, Admiral Youssef El-Kadiri, told state television that high winds and a sandstorm had reduced visibility to less than 200 metres. "⟦d:b|The captain made a decision to continue. We will examine whether that was the correct decision,⟧" he said.
The ship's owner, Lindqvist & Brandt, said all 24 crew members were safe and that there was no pollution. "⟦d:c|We thank the canal authority for its professionalism and speed,⟧" the company said. It declined to comment on the captain's decision.
Naomi Featherstonhaugh, head of marine at the insurer Calloway Re, said claims from the delay could reach several hundred million dollars. "⟦d:d|Two days doesn't sound like much. For a ship carrying perishable cargo, two days is the whole margin,⟧" she said.
A pilot who has guided ships through the canal for 20 years, speaking anonymously because he was not authorised to talk to the media, said the largest ships were "⟦p:u|too big for the canal on a bad day⟧". "⟦d:u|On a good day, everything is fine. On a bad day, you are driving a building through a corridor,⟧" he said.

### 055
@a Harwick Borough Council | -
@b Jonah Appiah-Lindqvist | The council's finance lead
@c Marguerite Osei | leader of the opposition Green group
Harwick Borough Council will switch off half of its street lights between midnight and 5am from next month to save about 400,000 pounds a year, it said on Wednesday.
"⟦d:a|We have looked at every alternative. This is the least bad option,⟧" the council said. The council's finance lead, Cllr Jonah Appiah-Lindqvist, said the savings would protect "⟦p:b|services that people cannot do without⟧".
Marguerite Osei, leader of the opposition Green group, said women walking home from late shifts had not been consulted. "⟦d:c|Ask a nurse coming off a night shift whether a dark street is the least bad option,⟧" she said.

### 056
@a Anneke de Vries-Mensah | a paediatric infectious diseases specialist at Kingsholm Children's Hospital who led the trial
@b Ministry of Health | -
@c Rachel Emberton | -
@d Kofi | Rachel Emberton's son
A vaccine against respiratory syncytial virus, the leading cause of hospital admissions among babies, was 79% effective at preventing severe illness in children under two, according to the results of a trial published on Thursday.
Dr Anneke de Vries-Mensah, a paediatric infectious diseases specialist at Kingsholm Children's Hospital who led the trial, said the results could change winter in children's wards. “⟦d:a|Every winter our wards fill up with tiny babies on oxygen. If this holds up, a lot of those beds will be empty,⟧” she said.
The trial enrolled 6,200 children in nine countries. Side effects were mostly mild, the researchers said, with fever in about one in ten.
The Ministry of Health said its vaccine advisory committee would review the data. “⟦d:b|We will not hesitate to act if the committee recommends it,⟧” a ministry statement said.
Rachel Emberton's son Kofi spent eight days in intensive care with the virus when he was six weeks old. He is now four.
“⟦d:c|I remember the sound of the machines more than anything,⟧” she said. “⟦d:c|If a jab can stop another mum sitting where I sat, I'll be first in the queue.⟧”
Kofi, asked what he thought about vaccines, was clear. “⟦d:d|I don't like needles. I like stickers,⟧” he said.

### 057
@a National Union of Teachers and Lecturers | -
@b Bronwen Ap-Rhys | the union's president
@c Department for Education | -
@d Callum Ferris | a maths teacher at a secondary school in Dunmoor
@u - | a senior government source
Teachers will vote on strike action next month after their union rejected a 3.5% pay offer on Saturday, raising the prospect of school closures in the spring.
The National Union of Teachers and Lecturers said at its annual conference in Blackmere that the offer was "⟦p:a|another real-terms pay cut dressed up as generosity⟧".
Bronwen Ap-Rhys, the union's president, told delegates that teachers were leaving the profession faster than they could be replaced. "⟦d:b|We are not asking for the moon,⟧" she said, to a standing ovation. "⟦d:b|We are asking for enough teachers to put one in front of every class.⟧"
Delegates chanted "⟦s:-|Fund our schools⟧" as she left the stage.
The Department for Education said the offer was "⟦p:c|fair, affordable and fully funded⟧". "⟦d:c|Strikes will only harm children's education, and we urge the union to reconsider,⟧" a department statement said.
A senior government source was blunter. "⟦d:u|There is no more money. The union knows that,⟧" the source said.
Callum Ferris, a maths teacher at a secondary school in Dunmoor, said he had never voted for a strike before. "⟦d:d|I have 34 kids in a class and a leaking ceiling. I'll be voting yes,⟧" he said.

### 058
@a Dolores Ybarra-Finch | chair of the Senate commerce committee
@b Theo Marchbanks | the chief executive of the social media company Loop
@c Hiram Castellano-Webb | Sen.
Sen. Dolores Ybarra-Finch, chair of the Senate commerce committee, opened Tuesday's hearing by holding up a printed page of messages that a 13-year-old girl had received on the app Loop in a single evening.
"⟦d:a|Forty-one messages from strangers. Forty-one. Mr Marchbanks, how is that possible on an app you say is safe for children?⟧" she asked.
Theo Marchbanks, the chief executive of the social media company Loop, said the account had been flagged and removed. "⟦d:b|Senator, we catch the vast majority of these accounts before a child ever sees them,⟧" he said. "⟦d:b|The vast majority is not all, and I'm sorry.⟧"
"⟦d:a|Sorry doesn't help her,⟧" Ybarra-Finch said.
"⟦d:b|I understand that.⟧"
"⟦d:a|Do you? Would you let your own daughter use it?⟧"
Marchbanks paused. "⟦d:b|My daughter is eleven. She doesn't use any social media.⟧"
The exchange drew murmurs in the hearing room. Sen. Hiram Castellano-Webb said later that the moment had been "⟦p:c|more revealing than any statistic⟧".
"⟦d:c|He told us everything we need to know in one sentence,⟧" he said.

### 059
@a Kalinda Moyo-Strand | Kestria's ambassador to the United Nations
@b Vassily Dragomirov | Her Ostravian counterpart
@c Han Ji-woo | the council's president for the month
@u - | one of the diplomats
The United Nations Security Council failed on Friday to adopt a resolution calling for an investigation into the collapse of the Lake Serin dam, after Ostravia used its veto.
Twelve members voted in favour, two abstained and Ostravia voted against.
«⟦d:a|Two hundred people drowned in their beds. The least this council owes them is the truth,⟧» Kalinda Moyo-Strand, Kestria's ambassador to the United Nations, said after the vote.
Her Ostravian counterpart, Vassily Dragomirov, speaking in Ostravian through an interpreter, said the resolution was «⟦p:b|a political weapon disguised as a humanitarian concern⟧». «⟦d:b|Ostravia has nothing to hide. Ostravia also has no intention of being put on trial by its neighbours,⟧» he said.
The council's president for the month, Han Ji-woo, said the council would continue to discuss the matter. «⟦d:c|The council's silence today should not be mistaken for indifference,⟧» she said.
Several diplomats said privately that a compromise text was unlikely. «⟦d:u|Everyone knew how this would end. We voted anyway, for the record,⟧» one of the diplomats said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh31.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh31",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
