# ruff: noqa: E501
"""Build ``quotes_fresh20.jsonl``: a twentieth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text. Its focus is wire-service and regional-paper
copy on courts, local government, policing and business (trials with several witnesses
and counsel, council meetings, company results and recalls, strikes), with several
outlets' versions of the same event.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh20-NNN``.

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

Decisions specific to this set (where the conventions above leave room):

* Participial counsel labels (``Sarah Oyelaran KC, prosecuting,``; ``…, mitigating,``;
  ``…, for the defence,``) are not noun phrases, so they are not descriptions; a later
  definite description at a cue (``the prosecutor said``) is used instead when there is
  one.
* When a speaker has a role title before the name at the introduction and a different
  definite description at a later cue, the introduction's title is the description
  (the same rule as for appositives).
* An organisation introduced with an appositive or a role phrase before its name (``The
  developer, Aerovalis``) has that phrase as its description; otherwise the definite
  description at the cue of one of its quotes (``"…," the company said``) is used, and
  where its quotes are cued only by its name the description is null (a ``the company
  said`` cueing only reported speech does not count).
* Rank and office titles before a name (``Councillor``, ``PC``, ``Detective Constable``,
  ``Cathaoirleach``, ``Local TD``, ``Assistant U.S. Attorney``) are role titles and so the
  description when there is no appositive; ``Dr``, ``Dame``, ``Mr``/``Mrs``/``Ms``, ``KC``,
  ``MP`` and ``TD`` after a name are honorifics or post-nominals and are dropped.
* The transcript questions of an interviewer (``Q:``) carry no quotation marks and are not
  annotated; quoted words inside them are attributed to whoever they are quoted from.
* A speaker's age (``Gideon Marsh, 61,``) is not a description; a cue built on it (``the
  61-year-old said``) is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh20.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh20.jsonl")

PASSAGES = """
### 001
@a Sarah Oyelaran | the prosecutor
@b Gideon Marsh | a former payroll manager at the council
@c Tomasz Wierzbicki | -
@d Helen Marr | Judge
CARRICK, Feb 12 (MPA) - A former council finance officer siphoned more than £340,000 from a fund meant for elderly residents' home repairs and spent it on holidays, a car and private school fees, a jury at Carrick Crown Court heard on Tuesday.
Lorna Pethick, 52, of Abbeyfield Road, Carrick, denies 14 counts of fraud by abuse of position and one count of false accounting between 2017 and 2022.
Sarah Oyelaran KC, prosecuting, told jurors the money had been routed through invoices from a building firm that "⟦p:a|existed only on paper⟧".
"⟦d:a|This was not a moment of weakness. It was a system, and the defendant built it,⟧" the prosecutor said. "⟦d:a|Every invoice was approved by one person, and that person was Mrs Pethick.⟧"
Gideon Marsh, a former payroll manager at the council, said he had raised concerns about the fund in 2019 but had been told to "⟦p:b|leave it with finance⟧".
"⟦d:b|I assumed someone more senior was looking at it. Nobody was,⟧" he told the court.
Under cross-examination by Tomasz Wierzbicki, for the defence, Mr Marsh accepted he had never seen Mrs Pethick alter a document.
"⟦d:c|So your concern was about a process, not about my client?⟧" Mr Wierzbicki asked.
"⟦d:b|That's fair,⟧" Mr Marsh replied.
Judge Helen Marr told jurors they must not research the case online. "⟦d:d|Your verdict must be based on the evidence you hear in this room and nothing else,⟧" she said.
The trial continues.

### 002
@a Sarah Oyelaran | prosecutor
@b Gideon Marsh | the 61-year-old
@c Keeley Doran | a neighbour of the defendant
A CARRICK grandmother accused of stealing from a council repair fund for pensioners bought a £46,000 convertible in the same month the fund ran dry, a court has heard.
Lorna Pethick, who worked in the council's finance department for 23 years, sat with her head bowed in the dock at Carrick Crown Court as prosecutor Sarah Oyelaran KC outlined the case against her.
“⟦d:a|The people this fund existed for were in their eighties and nineties. Some of them waited two winters for a new boiler,⟧” Ms Oyelaran said.
“⟦d:a:m|Meanwhile, the money that should have paid for those boilers was paying for a villa in the Algarve.⟧
“⟦d:a|You will see the bank statements. They speak for themselves.⟧”
Gideon Marsh, 61, who worked alongside Pethick for a decade, told the jury he had always found her “⟦p:b|friendly and very organised⟧”.
“⟦d:b|She was the person everyone went to. If you had a problem with a budget, you went to Lorna,⟧” the 61-year-old said.
Keeley Doran, a neighbour of the defendant, watched from the public gallery. Outside court she said: “⟦d:c|She always had time for people. I still can't get my head round it.⟧”
Pethick denies all the charges. The case, which is expected to last three weeks, continues.

### 003
@a Priya Ramaswamy | Council leader
@b Dennis Fogarty | Opposition leader
@c Margaret Ashdown | owner of the Teapot café on Fore Street
@d - | a man in the public gallery
@e Wexcombe District Council | the council
Parking charges in Wexcombe town centre will rise by up to 40 per cent from April after councillors narrowly backed the plan at a stormy meeting on Thursday night.
The proposal, which raises the cost of an hour in the Quayside car park from £1.50 to £2.10, passed by 19 votes to 17 with two abstentions.
Council leader Priya Ramaswamy said the authority faced a £3.2 million gap in its budget and had "⟦p:a|run out of painless options⟧".
"⟦d:a|Nobody in this chamber became a councillor to put up parking charges,⟧" she said. "⟦d:a|But the alternative is closing public toilets and cutting the bus subsidy, and I'm not prepared to do that.⟧"
Opposition leader Dennis Fogarty called the rise "⟦p:b|a tax on the high street⟧" and said traders had not been properly consulted.
"⟦d:b|We had one online survey, open for three weeks over Christmas. That is not consultation,⟧" he said.
Margaret Ashdown, owner of the Teapot café on Fore Street, addressed the meeting during public questions. "⟦d:c|My customers are mostly retired. They'll go to the retail park, where parking is free, and they won't come back,⟧" she told councillors.
As the result was announced, a man in the public gallery shouted "⟦d:d|Shame on you!⟧" before being asked to leave by the chairman.
In a statement issued after the meeting, Wexcombe District Council said the new charges would be reviewed after 12 months. "⟦d:e|Income from parking is reinvested in highways and transport across the district,⟧" the council said.

### 004
@a Priya Ramaswamy | the council leader
@b Jo Trelawny | chair of the Wexcombe Chamber of Trade
@c Dennis Fogarty | -
Wexcombe's ruling coalition has pushed through higher parking charges despite warnings from traders that the move will drive shoppers out of town.
Priya Ramaswamy, who leads the Independent-Green coalition on Wexcombe District Council, told Wexe FM the decision had been "⟦p:a|agonising⟧".
"⟦d:a|I've had shopkeepers in tears in my surgery. I understand the anger,⟧" the council leader said.
Jo Trelawny, chair of the Wexcombe Chamber of Trade, said she had met Ms Ramaswamy twice before the vote.
"⟦d:b|She listened, I'll give her that. But listening isn't the same as changing your mind,⟧" she said.
"⟦d:b|We'll be watching the footfall figures very closely, and if they drop, we'll be back.⟧"
Dennis Fogarty, who leads the Liberal Democrat group, said the coalition had "⟦p:c|ignored the people who keep this town alive⟧".
He said his group would table a motion to make the first hour free. "⟦d:c|Give people 60 minutes and they'll pop in for a loaf of bread and a paper. Charge them and they won't bother,⟧" he said.

### 005
@a Brennock Dairies | the Ballinroe-based cheese and butter maker
@b Siobhán Ní Bhriain | Chief executive
@c Conor Haughey-Vance | Finance director
@d Ilse Vermeulen | an analyst at Dunmore Stockbrokers
@e - | One fund manager who holds Brennock shares
DUBLIN, March 4 (MPA) - Brennock Dairies, the Ballinroe-based cheese and butter maker, cut its full-year profit forecast on Wednesday after a wet summer reduced milk supply and pushed up the price it pays farmers, sending its shares down 11 per cent.
The group now expects adjusted operating profit of €61 million to €64 million, down from a previous range of €70 million to €74 million.
"⟦d:a|Milk volumes in the third quarter were the lowest we have recorded in a decade,⟧" Brennock Dairies said in a statement. "⟦d:a|We have chosen to protect our supplier relationships rather than our short-term margin.⟧"
Chief executive Siobhán Ní Bhriain told analysts on a call that the company would not cut the price it paid farmers. "⟦d:b|Our farmers are our supply chain. If they go out of business, so do we,⟧" she said.
Finance director Conor Haughey-Vance said capital spending on a new mozzarella line in Ballinroe would go ahead but would be "⟦p:c|phased more carefully⟧".
"⟦d:c|We are not going to stop investing because of one bad summer,⟧" he added.
Ilse Vermeulen, an analyst at Dunmore Stockbrokers, said the warning was "⟦p:d|worse than feared⟧" but cut her rating on the stock only as far as "⟦s:-|hold⟧".
"⟦d:d|The question is whether this is weather or something structural. Management says weather. The market isn't sure,⟧" Vermeulen said.
One fund manager who holds Brennock shares, speaking on condition of anonymity, was blunter: "⟦d:e|They have issued three warnings in 18 months. Patience is running out.⟧"

### 006
@a Halden Home Appliances | -
@b Rafael Quintero-Blaise | a spokesman for the Product Safety Authority
@c Amelia Thorne | the mother of two
@d - | an adviser
LONDON, June 18 (MPA) - Halden Home Appliances is recalling about 212,000 electric pressure cookers sold in Britain and Ireland after reports that the lid can open while the contents are still under pressure, causing burns.
The recall covers the Kestrel 6-litre and 8-litre models sold between September 2022 and May this year through supermarkets and online retailers. Customers should stop using the cookers immediately and contact Halden for a free replacement lid, the company said.
"⟦d:a|We are aware of 37 incidents, nine of which involved burns requiring medical treatment. We are deeply sorry to every customer affected,⟧" Halden Home Appliances said.
Rafael Quintero-Blaise, a spokesman for the Product Safety Authority, said the regulator had been working with Halden since March. "⟦d:b|If you own one of these products, please do not assume yours is fine because it has worked so far,⟧" he said.
Amelia Thorne, 29, from Pellworth, suffered burns to her forearm in January when the lid of her cooker flew open. She said she had called Halden at the time and that an adviser had put it down to "⟦p:d|user error⟧".
"⟦d:c|I was made to feel like I'd done something stupid. Now they're recalling 200,000 of them,⟧" the mother of two said.

### 007
@a Gwen Pardoe | Trading standards officer
@b Harjit Sandhu | the shopkeeper
@c Halden Home Appliances | -
@d Amelia Thorne | -
Shoppers in Pellworth who bought a recalled pressure cooker are being urged to check the serial number on its base, after a local woman was among those injured.
Amelia Thorne suffered a burn to her forearm in January. “⟦d:d|The lid just went. There was steam everywhere and I was screaming,⟧” she recalled.
Trading standards officer Gwen Pardoe said the Kestrel cookers had been sold widely in the area, including through independent shops.
“⟦d:a|People tend to think a recall is for other people. It isn't. Turn it over, look for a serial number starting KP6 or KP8, and if you've got one, stop using it,⟧” she said.
Harjit Sandhu, who runs Sandhu Electricals on Market Street, said he had sold about 40 of the cookers and had already contacted the customers whose details he held.
“⟦d:b|I rang every one I could. Two of them had already had problems and never said anything,⟧” the shopkeeper said.
According to Halden Home Appliances, replacement lids will be posted within 14 days. The firm said it had “⟦p:c|strengthened its quality checks⟧” at its supplier's factory.

### 008
@a Denise Okonkwo-Hart | president of Local 714 of the Transit Workers Union
@b Calder Regional Transit | the agency
@c Luis Armando Cárdenas | a driver for 19 years
@d Tasha | one nurse
@e Ruth Abernathy-Cole | Mayor
PORT CALDER, Ore., Oct. 7 (MPA) — About 1,100 bus drivers and mechanics walked off the job in Port Calder on Monday, halting service on all 43 routes in the region's first transit strike since 1994.
Members of Local 714 of the Transit Workers Union voted by 91 percent to strike after talks over wages and shift lengths broke down at 2 a.m.
"⟦d:a|Our members are driving 11-hour split shifts and coming home to kids who are already asleep. That's not a job, that's a sentence,⟧" said Denise Okonkwo-Hart, president of Local 714 of the Transit Workers Union.
Calder Regional Transit said it had offered raises of 14 percent over three years. "⟦d:b|This is a fair offer and one of the strongest in the region,⟧" the agency said in a statement. "⟦d:b|We urge the union to return to the table.⟧"
On the picket line outside the Elm Street depot, Luis Armando Cárdenas, a driver for 19 years, held a coffee in one hand and a sign in the other. The sign read "⟦s:-|Safe Shifts Save Lives⟧".
"⟦d:c|Nadie quiere estar aquí. Queremos trabajar,⟧" Cárdenas said in Spanish — "⟦d:c|Nobody wants to be here. We want to work.⟧"
At the Fifth Street transit center, commuters who had not heard about the strike waited for buses that never came. "⟦d:d|I've got a shift at the hospital at eight. I guess I'm walking,⟧" said one nurse, who gave only her first name, Tasha.
Mayor Ruth Abernathy-Cole said she had spoken to both sides and offered the city's help as a mediator. "⟦d:e|Every day this goes on, people miss work, miss appointments, miss school,⟧" she said.

### 009
@a Denise Okonkwo-Hart | the union president
@b Marcus Feld | general manager of Calder Regional Transit
@c Bev Lindqvist | the retired teacher
The buses stopped at 4 a.m., and by breakfast time Port Calder was learning how much it depends on them.
Denise Okonkwo-Hart stood on a milk crate outside the Elm Street depot and addressed a few hundred drivers in orange vests. ``⟦d:a|We did not want this day,⟧'' she told them. ``⟦d:a|They gave it to us.⟧''
Marcus Feld, general manager of Calder Regional Transit, said the agency had ``⟦p:b|bent over backwards⟧'' to reach a deal.
``⟦d:b|We put 14 percent on the table. I don't know of another transit agency in this state that has done that,⟧'' Feld said in an interview Monday afternoon.
Asked about the split shifts, he said: ``⟦d:b|That is a scheduling question, and we have said we will look at it.⟧''
The union president said she had heard that before. ``⟦d:a|They have been looking at it since 2019,⟧'' she said.
Bev Lindqvist, 67, who relies on the No. 12 bus to reach her dialysis appointments three times a week, got a ride from a neighbor on Monday. ``⟦d:c|I support the drivers, I really do. But I need to get to that clinic,⟧'' the retired teacher said.

### 010
@a Rhona Galt | Detective Chief Inspector
@b - | A resident who did not want to be named
@c Yusuf Demirci | owner of the Anatolia Grill
@d Hallam Police | the force
A 19-year-old man is in a critical but stable condition in hospital after being stabbed in Hallam city centre in the early hours of Sunday.
Police were called to Corporation Street shortly after 2.15am following reports of a disturbance outside a takeaway. Two men, aged 20 and 22, have been arrested on suspicion of attempted murder and remain in custody.
Detective Chief Inspector Rhona Galt, of Hallam Police, said officers were keen to trace a woman in a red coat who was seen helping the victim.
“⟦d:a|She may not realise how important she is. She stayed with him until the ambulance arrived and she may have seen the whole thing,⟧” she said.
“⟦d:a|I would ask her, or anyone who knows who she is, to get in touch. She is not in any trouble.⟧”
Yusuf Demirci, owner of the Anatolia Grill, said he had pulled down the shutters when the fight spilled on to the pavement.
“⟦d:c|There was a lot of shouting, then everyone ran. I didn't see a knife,⟧” he said.
A resident who did not want to be named said the street was “⟦p:b|like the Wild West⟧” on weekend nights. “⟦d:b|Every Saturday there's something. Nobody does anything until someone gets hurt,⟧” she said.
In a statement, Hallam Police said extra patrols would be deployed in the city centre over the coming weekends. “⟦d:d|Violence of this kind is rare in Hallam, but one incident is one too many,⟧” the force said.

### 011
@b Bert Hollis | My first sergeant
@c Hallam Police Federation | -
Aleksandra Nowak-Pryce became Hallam's first female chief constable in September. She spoke to the Hallam Evening Post about knife crime, recruitment and the force's new neighbourhood strategy. The interview has been edited for length.
Q: You've been in post for three months. What has surprised you?
A: How much people still want to see a police officer walking down their street. It's the first thing anyone asks me about, whether I'm in a church hall or a shopping centre.
Q: The Hallam Police Federation has described morale as "⟦p:c|at rock bottom⟧". Is it?
A: It's low, and I won't pretend otherwise. Officers have been asked to do more with less for a long time.
Q: Your plan is called "⟦s:-|Safer Streets, Stronger Communities⟧". Critics say it's a slogan.
A: Everything sounds like a slogan until you deliver it. Judge me in two years.
Q: What's the best advice you've been given?
A: My first sergeant, Bert Hollis, used to tell us: "⟦d:b|Nobody remembers the arrest. They remember how you spoke to them.⟧" I've never forgotten it.

### 012
@a Alison Carver-Reid | Senior coroner
@b Imre Szabó | a consultant pathologist
@c Nathan Osei | His friend
@d - | his family
A 24-year-old scaffolder who died after falling from a roof in Pellworth had taken cocaine and was not wearing a harness, an inquest has heard.
Ryan Kettering fell around eight metres from a house in Sedge Lane on 3 May last year and died in hospital two days later.
Dr Imre Szabó, a consultant pathologist, told the hearing at Pellworth Coroner's Court that a toxicology report had found a "⟦p:b|moderate⟧" level of cocaine in his blood.
"⟦d:b|I cannot say that it caused the fall. I can say it may have affected his judgement and his balance,⟧" Dr Szabó said.
His friend Nathan Osei, who was working on the same job, said there had been no harness available on site that morning.
"⟦d:c|We asked. We were told the harnesses were on another job and to crack on,⟧" he said.
Senior coroner Alison Carver-Reid recorded a conclusion of accidental death. "⟦d:a|Ryan was a young man with his whole life in front of him. The evidence is clear that the safety arrangements on that site were inadequate,⟧" she said.
She said she would write a prevention of future deaths report to the national safety regulator.
In a statement read by the coroner's officer, his family said: "⟦d:d|Ryan was funny, loyal and loved. We want lessons learned so no other family goes through this.⟧"

### 013
@a Peter Castellano | Judge
@b Fiona McAteer | The victim's mother
@c Anil Bhattacharya | -
A driver who killed a cyclist while scrolling on his phone on a dual carriageway has been jailed for seven years and four months.
Callum Reece, 27, of Marsh Lane, Ketterby, admitted causing death by dangerous driving at an earlier hearing. Eilidh McAteer, 31, died at the scene on the Ketterby bypass in August.
Sentencing him at Ketterby Crown Court, Judge Peter Castellano said Reece had been "⟦p:a|scrolling through social media⟧" for nearly a minute before the crash.
"⟦d:a:m|You had every opportunity to put that phone down. You chose not to, over and over again.⟧
"⟦d:a:m|Eilidh McAteer was doing nothing wrong. She was wearing a high-visibility jacket, she had lights on her bike, and she was exactly where she was entitled to be.⟧
"⟦d:a|No sentence I pass can reflect the loss her family has suffered.⟧"
The victim's mother, Fiona McAteer, read a statement to the court. "⟦d:b|Every morning I wake up and for a second I forget. Then I remember,⟧" she said.
Anil Bhattacharya, mitigating, said his client was "⟦p:c|genuinely and deeply remorseful⟧" and had written a letter to the family.
Reece was also banned from driving for 10 years.

### 014
@a Norland Freight | the Rotterdam-based logistics group
@b Ashgrove Logistics | the British warehouse operator
@c Willem de Boer | Norland's chief executive
@d Priyanka Dhawan | an analyst at Castlegate Securities
@e - | two people familiar with the matter
LONDON, Jan 22 (MPA) - Norland Freight, the Rotterdam-based logistics group, has made a £1.1 billion takeover approach for Ashgrove Logistics, the British warehouse operator said on Monday, but the offer was rejected as too low.
Ashgrove said the 265 pence-per-share proposal "⟦p:b|significantly undervalues⟧" the company and its prospects.
"⟦d:b|The board is confident in Ashgrove's standalone strategy and has unanimously rejected the proposal,⟧" Ashgrove Logistics said in a statement to the stock exchange.
Norland's chief executive, Willem de Boer, said the offer was "⟦p:c|full and fair⟧". "⟦d:c|We believe the combination makes strategic sense and we remain open to engagement with Ashgrove's board,⟧" he said.
Norland confirmed the approach in a brief statement. "⟦d:a|There can be no certainty that any offer will be made,⟧" it said.
Norland is prepared to raise its offer to "⟦p:e|somewhere near 300p⟧" if Ashgrove opens its books, according to two people familiar with the matter.
Priyanka Dhawan, an analyst at Castlegate Securities, said: "⟦d:d|This is an opening shot. Ashgrove's shareholders have had a rough three years and some of them will be tempted.⟧"
Ashgrove shares closed up 31 per cent at 251p.

### 015
@a Jean-Marc Rochat-Delly | Mayor
@b Éloïse Berthoud | spokeswoman for the residents' group Vent Contraire
@c Aerovalis | The developer
@d Thomas Imboden | a farmer who would lease two plots to the developer
VAL-DE-MORGE, Switzerland (HNS) - The communal council of Val-de-Morge voted 23 to 14 on Tuesday evening to approve a zoning change that would allow six wind turbines on the Crêt de la Neuve ridge, ending a four-year dispute that has divided the village of 2,800 people.
Mayor Jean-Marc Rochat-Delly, who voted in favour, said the commune had a duty to help meet the canton's renewable energy targets.
«⟦d:a|We cannot say yes to clean electricity in principle and no to it every time it is proposed near us,⟧» he told the council. «⟦d:a|That is not a policy. That is a habit.⟧»
Éloïse Berthoud, spokeswoman for the residents' group Vent Contraire, said the group would gather signatures for a communal referendum.
«⟦d:b|Ils ont voté contre leur propre village,⟧» she said after the meeting. «⟦d:b|They voted against their own village.⟧»
Thomas Imboden, a farmer who would lease two plots to the developer, said he understood the opposition but needed the income. «⟦d:d|Milk doesn't pay any more. The turbines would,⟧» he said.
The developer, Aerovalis, said it would submit a building application in the spring. «⟦d:c|We have listened to residents and reduced the project from nine turbines to six,⟧» the company said.

### 016
@a Rebecca Stainforth | -
@b Owen Pritchard | a barman at the Feathers pub
@c Hugh Aldous-Kemp | -
@d Mei-Ling Tsang | a paramedic who treated Mr Whitlow at the scene
BRISTOW, May 9 (MPA) - A man accused of the manslaughter of a father of three punched him so hard that "⟦p:b|you could hear it across the car park⟧", a barman told a jury on Thursday.
Darius Keane, 34, denies the manslaughter of Stephen Whitlow, 41, who died in hospital four days after the incident outside the Feathers pub in Bristow in October.
Owen Pritchard, a barman at the Feathers pub, said the two men had argued at the bar about a spilled drink.
"⟦d:b|It was nothing, really. Handbags. I thought it had blown over,⟧" he told Bristow Crown Court.
Questioned by Rebecca Stainforth KC, for the Crown, he described seeing the two men outside about 20 minutes later. "⟦d:a|What did you see?⟧" Ms Stainforth asked.
"⟦d:b|Mr Keane swung once. Stephen went straight down, backwards. He didn't put his hands out,⟧" Mr Pritchard said.
"⟦d:a|Did Mr Whitlow do anything before that punch?⟧"
"⟦d:b|Not that I saw.⟧"
Under cross-examination, Hugh Aldous-Kemp KC, defending, suggested the barman had been serving customers and could not have had a clear view.
"⟦d:c|You were behind a bar, looking through a window, at night. I suggest you saw the end of this and not the beginning,⟧" he said.
"⟦d:b|I know what I saw,⟧" Mr Pritchard replied.
Mei-Ling Tsang, a paramedic who treated Mr Whitlow at the scene, told the court he had been unconscious when she arrived. "⟦d:d|His breathing was irregular and he had a significant head injury. We were very worried about him from the start,⟧" she said.

### 017
@a Darius Keane | a scaffolder from Lyle Street
@b Rebecca Stainforth | prosecutor
@c Hugh Aldous-Kemp | his barrister
@d Claire Whitlow | Stephen's widow
The man accused of killing Bristow dad Stephen Whitlow with a single punch has told a jury he “⟦p:a|panicked⟧” because he thought he was about to be attacked.
Darius Keane, 34, a scaffolder from Lyle Street, gave evidence on the fifth day of his trial at Bristow Crown Court.
Asked by his barrister, Hugh Aldous-Kemp KC, why he had thrown the punch, Keane said: “⟦d:a|He came at me with his fists up. I thought he was going to glass me. I hit out once and I've regretted it every day since.⟧”
“⟦d:c|Did you intend to hurt him?⟧” Mr Aldous-Kemp asked.
“⟦d:a|No. I wanted him to back off.⟧”
In cross-examination, prosecutor Rebecca Stainforth KC put it to Keane that no other witness had seen Mr Whitlow raise his fists.
“⟦d:b|You have invented that detail because you know that without it, you have no defence,⟧” she said.
“⟦d:a|That's not true,⟧” he replied, shaking his head.
Claire Whitlow, Stephen's widow, has sat in the public gallery throughout. At the lunch break, she said only: “⟦d:d|I'm here for Stephen. That's all I want to say.⟧”
The trial continues.

### 018
@a Marisol Ybarra-Quinn | Council President
@b Theo Vance | Councilmember
@c Gail Petrakis | -
@d Open Door Ministries | the group
@e Harold Oduya | a Democrat who represents the district
BRAMWELL — After nearly five hours of public comment that stretched past midnight, the Bramwell City Council voted 5-4 early Wednesday to allow a 60-bed homeless shelter on Orchard Street.
More than 200 people packed the council chambers, some chanting "⟦s:-|Housing now!⟧" and others holding signs reading "⟦s:-|Not on Orchard⟧".
Council President Marisol Ybarra-Quinn, who cast the deciding vote, said the city could not "⟦p:a|keep waiting for a perfect site that doesn't exist⟧".
"⟦d:a|Every neighborhood we have looked at has said the same thing: not here. At some point, here has to be somewhere,⟧" she said.
Councilmember Theo Vance, who voted no, said he supported a shelter but not at that location, three blocks from an elementary school.
"⟦d:b|This is not about whether. It's about where,⟧" Vance said. "⟦d:b|And I don't think we got the where right.⟧"
Gail Petrakis, who has lived on Orchard Street for 30 years, told the council she feared for her grandchildren. "⟦d:c|You're not going to be living next to it. We are,⟧" she said, to applause from one side of the room.
In a letter read into the record, Open Door Ministries, which will run the shelter, promised round-the-clock staffing and a neighborhood advisory board. "⟦d:d|We have operated in Bramwell for 22 years without a single serious incident at any of our sites,⟧" the group wrote.
State Sen. Harold Oduya, a Democrat who represents the district, said in a statement that he would seek state money for the project. "⟦d:e|Tonight the council chose compassion over fear,⟧" he said.

### 019
@a Gail Petrakis | Orchard Street resident
@b Marisol Ybarra-Quinn | the council president
@c Jamal Whitfield | a former resident of an Open Door shelter
BRAMWELL, Ohio (WBRM) — A divided Bramwell City Council has approved a homeless shelter on Orchard Street after a marathon meeting that ended just after 12:30 a.m. Wednesday.
Orchard Street resident Gail Petrakis said she and her neighbors would consider a legal challenge.
“⟦d:a|We were never asked. We found out from a flyer on a telephone pole,⟧” she said.
Marisol Ybarra-Quinn, the council president, said the city had held three community meetings on the plan since March. She said she understood residents' fears but believed they would ease once the shelter opened.
“⟦d:b|I've seen it happen in other cities. The thing people are afraid of is usually worse than the thing itself.⟧”
Jamal Whitfield, 45, a former resident of an Open Door shelter, waited until nearly midnight to speak.
“⟦d:c|Two years ago I was sleeping behind the library. Now I have an apartment and a job at the tire shop on Route 9,⟧” he told the council. “⟦d:c|I'm the person you're afraid of. I'm also the person who fixes your flat.⟧”
The shelter is expected to open next fall.

### 020
@a Fennimore Stores | -
@b Oliver Pendergast | chief executive
@c Rachel Amankwah | retail analyst at Hobart & Lyle
@d Gareth Pugh | regional officer for the shopworkers' union Unify
Fennimore Stores, the 140-shop grocery chain, reported a 9 per cent rise in annual profit on Thursday and said it would open 12 stores in the coming year, defying the gloom elsewhere on the high street.
Pre-tax profit rose to £88.4 million in the year to February 28, on sales up 4.1 per cent at £2.3 billion.
Oliver Pendergast, chief executive, said shoppers had been "⟦p:b|trading across⟧" from bigger rivals. "⟦d:b|People come to us for the price and stay for the bakery,⟧" he joked.
"⟦d:b|We are not complacent. Every penny a family spends with us is a penny they've thought about.⟧"
The company said it would raise hourly pay for store staff to £12.60 from April. "⟦d:a|Our colleagues are the reason customers come back,⟧" Fennimore Stores said.
Gareth Pugh, regional officer for the shopworkers' union Unify, welcomed the increase but said it did not go far enough. "⟦d:d|A 9 per cent rise in profit and a 5 per cent rise in pay. Our members can do the maths,⟧" he said.
Rachel Amankwah, retail analyst at Hobart & Lyle, called the results "⟦p:c|a clean beat⟧". She added: "⟦d:c|The question for next year is whether they can keep this up with 12 new stores to bed in.⟧"

### 021
@a Little Meadow Nutrition | -
@b Anjali Mehrotra | the board's chief medical officer
@c Kyle Brandt | Little Meadow's chief executive
@d - | one mother
WASHINGTON, Aug. 2 (MPA) — Little Meadow Nutrition is recalling more than 400,000 cans of powdered infant formula after samples tested positive for a bacterium that can cause serious illness in newborns, federal regulators said Friday.
The recall covers Little Meadow Gentle Start and Little Meadow Sensitive formula in 12.5-ounce cans with "⟦s:-|use by⟧" dates between March and June of next year.
The Federal Food Safety Board said it had received reports of three infants falling ill after consuming the formula. All three were hospitalized and have recovered.
"⟦d:b|Parents should check the lot number on the bottom of the can and, if it matches, stop using it immediately,⟧" warned Dr. Anjali Mehrotra, the board's chief medical officer. "⟦d:b|Do not try to dilute it or boil it to make it safe.⟧"
Little Meadow's chief executive, Kyle Brandt, admitted in a video posted on the company's website that the contamination had been traced to a drying tower at its plant in Grand Ferris, Mich.
"⟦d:c|We got this wrong, and I'm sorry,⟧" he said. "⟦d:c|We have shut that line down and it will stay shut until we know exactly what happened.⟧"
The company insisted the problem was confined to a single production line. "⟦d:a|No other Little Meadow products are affected,⟧" Little Meadow Nutrition said.
In a post on a parenting forum, one mother wrote that she had spent an hour looking for another formula: "⟦d:d|Every shelf was empty. I'm terrified to feed her anything.⟧"

### 022
@a Morag Drummond | convener for the Royal Infirmary branch of the Nursing Union
@b Kirsty | a nurse on the renal ward who asked that her surname not be used
@c Strathmoy Health Board | -
@d Callum Baird-Rennie | Health Minister
Nurses at Strathmoy Royal Infirmary walked out for 24 hours on Tuesday in the first strike at the hospital in its 90-year history.
Around 300 staff joined picket lines at the main entrance from 7am, with emergency and intensive care cover maintained under a deal agreed with managers.
Morag Drummond, convener for the Royal Infirmary branch of the Nursing Union, said members had been "⟦p:a|pushed to this point⟧" by years of understaffing.
"⟦d:a|Not one person on this line wants to be here. We want to be in there, looking after patients,⟧" she said. "⟦d:a|But we can't keep doing it on goodwill alone.⟧"
Kirsty, a nurse on the renal ward who asked that her surname not be used, said she regularly worked through her breaks. "⟦d:b|Last week I did a 13-hour shift and I ate one biscuit. That's it,⟧" she said.
Strathmoy Health Board said it respected the right to strike and had "⟦p:c|worked hard to minimise disruption⟧". About 140 outpatient appointments were postponed.
Health Minister Callum Baird-Rennie said the Government had made a "⟦p:d|fair and final⟧" offer. "⟦d:d|I want nurses back at the table. I don't want them on picket lines,⟧" the minister said.

### 023
@a Nursing Union | -
@b - | One health board source
EDINBURGH, Nov 14 (MPA) - Hundreds of nurses at a hospital in the Scottish town of Strathmoy staged a 24-hour strike on Tuesday over staffing levels, the first walkout at the hospital in its 90-year history.
"⟦d:a|Our members have been left with no choice,⟧" the Nursing Union said in a statement, adding that further strikes would follow in December unless a new offer was made.
About 140 outpatient appointments were postponed, according to the local health board. One health board source said managers had been "⟦p:b|caught off guard⟧" by the turnout. "⟦d:b|We expected 100. We got three times that,⟧" the source said.

### 024
@a Harriet Ogunleye-Fisk | the legally qualified chair of the panel
@b Craig Dunmore | PC
@c Lamar Fenwick | the delivery driver he stopped
@d Jonathan Sayle | -
A Hallam police officer who told a delivery driver he would "⟦p:b|make his life hell⟧" during a traffic stop has been dismissed for gross misconduct.
PC Craig Dunmore, 38, was found to have breached professional standards on honesty, courtesy and respect at a hearing at Hallam Police headquarters.
The panel was shown body-worn camera footage of the stop on the Ring Road in February last year. In it, PC Dunmore can be heard telling the driver: "⟦d:b|You lot think you can park wherever you like. Keep talking and I'll find something to nick you for.⟧"
Lamar Fenwick, the delivery driver he stopped, told the hearing he had been "⟦p:c|humiliated⟧" in front of customers.
"⟦d:c|I've been stopped before. I've never been spoken to like that,⟧" Mr Fenwick said.
Jonathan Sayle, presenting the case for the force, said the officer had later written a statement that "⟦p:d|bore little resemblance⟧" to the footage.
Harriet Ogunleye-Fisk, the legally qualified chair of the panel, said the officer's account could not be reconciled with the video.
"⟦d:a:m|The public must be able to trust what police officers write down. PC Dunmore's statement was not a mistake of memory. It was a deliberate attempt to mislead.⟧
"⟦d:a|In those circumstances, dismissal without notice is the only appropriate outcome.⟧"
PC Dunmore, who did not attend the final day, has the right to appeal.

### 025
@a Miriam Osterhout | Justice
@b Raymond Akintola-Byrd | Justice
@c Pauline Gerritsen | City Attorney
@d Devon Mackey | a lawyer for the tenants' association that intervened in the case
SALEM FALLS — The state Supreme Court ruled 4-3 on Friday that the city of Harlan Bay overstepped its authority when it capped annual rent increases at 3 percent, striking down an ordinance that covered about 18,000 apartments.
Writing for the majority, Justice Miriam Osterhout said state law reserved the regulation of rents to the Legislature.
"⟦d:a|The question before us is not whether rent control is wise. It is who gets to decide,⟧" she wrote. "⟦d:a|On that question, the statute could hardly be clearer.⟧"
In a dissent joined by two colleagues, Justice Raymond Akintola-Byrd accused the majority of reading the law "⟦p:b|so narrowly as to make it meaningless⟧".
"⟦d:b|Cities have regulated housing in this state for a century. Nothing in the statute suggests the Legislature meant to stop them,⟧" he wrote.
City Attorney Pauline Gerritsen said the city was reviewing the decision. Devon Mackey, a lawyer for the tenants' association that intervened in the case, said his clients were "⟦p:d|devastated⟧".
"⟦d:d|People are going to open letters next month with 15 and 20 percent increases. Some of them will have to move,⟧" Mackey said.
Gerritsen was more measured: "⟦d:c|We respect the court's ruling. We will work with the Legislature on what comes next.⟧"

### 026
@a Corran Components | the car parts maker
@b Dafydd ap Rhys | a toolmaker at the plant since 1986
@c Elin Prys-Owen | the MP
@d Sian Maddox | GMTU regional secretary
Three hundred and twenty jobs are to go in Llanferin after Corran Components, the car parts maker, confirmed it would close its factory on the Cwm Isaf industrial estate next summer.
The company, which makes brake assemblies for European car manufacturers, said production would move to its plant in Slovakia.
"⟦d:a|This has been an extremely difficult decision, and it is no reflection on the commitment or skill of our Llanferin workforce,⟧" Corran Components said in a statement.
Dafydd ap Rhys, 58, a toolmaker at the plant since 1986, heard the news at a staff meeting on Wednesday morning.
"⟦d:b|Mae'n ddiwedd cyfnod,⟧" he said quietly. "⟦d:b|It's the end of an era. My father worked here. Half the street worked here.⟧"
GMTU regional secretary Sian Maddox said the union would fight the closure and demanded to see the company's figures.
"⟦d:d|We were told 18 months ago this site had a future. Either they misled us then or they're misleading us now,⟧" she said.
Elin Prys-Owen MP, who represents the area, said she had written to the chief executive asking for an urgent meeting. "⟦d:c|Llanferin has been here before, when the pit closed. We cannot let this town be written off a second time,⟧" the MP said.

### 027
@a Kavita Rao | chairman of the bench
@b Terence Mulvaney | the 44-year-old
A man who drove a ride-on lawnmower along the Pellworth bypass after drinking six pints has been banned from driving for 18 months.
Terence Mulvaney, 44, of Orchard Close, Bexley Green, admitted drink-driving when he appeared before Pellworth magistrates on Monday. He was stopped by police at 11pm on a Saturday in July.
"⟦d:b|I know it sounds daft. I only had to go half a mile and I didn't think a mower counted,⟧" the 44-year-old told magistrates.
Kavita Rao, chairman of the bench, said: "⟦d:a|It counts. It is a motor vehicle, it was on a road, and you were well over the limit.⟧"
He was also fined £420 and ordered to pay £85 costs.

### 028
@a R.K. Venkataraman | chief executive
@b Ana Lúcia Ferraz | finance director
@c Tom Gilchrist | -
@d Harbour & Western Bank | -
LONDON, Feb 20 (MPA) - Harbour & Western Bank reported a 22 per cent jump in annual profit on Tuesday, helped by higher interest rates, and announced a £400 million share buyback, but warned that margins had peaked.
The bank, which has 6.2 million customers, made a pre-tax profit of £1.94 billion last year.
"⟦d:d|We expect net interest margin to ease gradually through the year as rates come down,⟧" Harbour & Western Bank said in its results statement.
R.K. Venkataraman, chief executive, told reporters the bank was "⟦p:a|in very good shape⟧" and played down fears of a rise in bad debts.
"⟦d:a|We are not seeing stress in the mortgage book. Arrears are up a little from very low levels, and that's all,⟧" he said.
On a call with analysts, Tom Gilchrist of Dunmore Stockbrokers asked whether the buyback would be repeated. "⟦d:c|Is this a one-off or should we think of it as the new normal?⟧" he asked.
"⟦d:b|I'd love to say the new normal,⟧" Ana Lúcia Ferraz, finance director, replied. "⟦d:b|But we'll look at it each year. Ask me again in twelve months.⟧"
Venkataraman joked that he had "⟦p:a|stopped making predictions about interest rates around 2008⟧".

### 029
@a Nuala Brannigan | -
@b Stelios Karamanlis | owner of Kara's Bakehouse in Dunmore
@c Fiona Leckie | -
@d Rupert Haines | Judge
A baker who says a food blogger's review wrecked his business told the High Court he had to lay off six staff after the post was shared more than 40,000 times.
Stelios Karamanlis, 49, owner of Kara's Bakehouse in Dunmore, is suing Nuala Brannigan, who writes the food blog "⟦s:-|Crumbs & Comment⟧", for libel.
The post, published in March last year, claimed the bakery's sourdough was made from a supermarket mix. In it, Ms Brannigan wrote: "⟦d:a|I'd bet my house this 'artisan' loaf started life in a plastic sack from a cash-and-carry.⟧"
Giving evidence, Mr Karamanlis said he started each batch at 4am from a starter he had kept alive for 17 years.
"⟦d:b|My grandmother brought that starter from Thessaloniki. It is older than my children,⟧" he told the court.
"⟦d:b|After that review, people came into the shop and asked me to show them the sacks. I had no sacks to show them.⟧"
Fiona Leckie, representing Mr Karamanlis, said the claim had been "⟦p:c|presented as fact, not opinion⟧".
Under cross-examination, Ms Brannigan accepted she had never visited the bakery's kitchen. "⟦d:a|I formed a view based on taste and price. That's what reviewers do,⟧" she said.
Judge Rupert Haines interrupted to ask: "⟦d:d|Is betting your house a matter of taste?⟧"
The hearing continues.

### 030
@a Beryl Cartwright-Hayes | chairman of Little Ousby Parish Council
@b Neville Scrope | a parish councillor for 26 years
@c - | One villager
A row over the Little Ousby village green has ended with the resignation of the parish council's longest-serving member.
Neville Scrope, a parish councillor for 26 years, announced he was stepping down in a letter pinned to the noticeboard outside the village hall.
"⟦d:b|I can no longer sit on a council that treats residents' concerns as an inconvenience,⟧" he wrote. "⟦d:b|The green belongs to the village, not to the council.⟧"
The dispute began in the spring when the council agreed to allow a mobile coffee van to trade on the green three mornings a week.
Beryl Cartwright-Hayes, chairman of Little Ousby Parish Council, responded on the council's Facebook page. "⟦d:a|We thank Neville for his many years of service. The decision on the coffee van was taken democratically and will be reviewed in the autumn,⟧" she posted.
One villager, who described the row as "⟦p:c|Ousby's very own civil war⟧", said: "⟦d:c|It's a coffee van. Everyone needs to calm down.⟧"

### 031
@a Helen Marr | Judge
@b Aled Brunswick | Council chief executive
@c Matthew Okri | Her solicitor
@d Doreen Felgate | the great-grandmother
Former council finance officer Lorna Pethick has been found guilty of stealing £342,000 from a Carrick fund meant to pay for home repairs for elderly residents.
A jury at Carrick Crown Court took just under five hours to convict the 52-year-old of all 14 counts of fraud and one of false accounting.
Pethick, who had worked for Carrick Borough Council for 23 years, showed no emotion as the verdicts were read out. She was remanded in custody.
Judge Helen Marr told her: "⟦d:a|You will go to prison. The only question is for how long.⟧" Sentencing was adjourned until next month for reports.
Council chief executive Aled Brunswick said the authority had overhauled its financial controls since the fraud came to light.
"⟦d:b|Lorna Pethick abused the trust of her colleagues and, far worse, of some of the most vulnerable people in this borough,⟧" he said.
"⟦d:b|Every resident who was affected has now had their repairs carried out, and we are pursuing every penny through the courts.⟧"
Her solicitor, Matthew Okri, said she would "⟦p:c|reflect carefully⟧" on the verdicts with her legal team.
Doreen Felgate, 88, whose leaking roof went unrepaired for 14 months while the money was missing, said she felt "⟦p:d|sad more than angry⟧". "⟦d:d|I used to put buckets out when it rained. I'm just glad it's over,⟧" the great-grandmother said.

### 032
@a Sunita Varghese | Employment Judge
@b Kwabena Asante-Mensah | the father of two
@c Swiftline Parcels | the company
@d Ewan Galbraith | his manager
A parcel company unfairly dismissed a warehouse team leader after he complained about broken heating in the loading bay, an employment tribunal has ruled.
Kwabena Asante-Mensah, who worked at Swiftline Parcels' distribution centre in Thrapley for six years, was sacked in January last year for what the company said was "⟦p:c|gross insubordination⟧".
In a written judgment, Employment Judge Sunita Varghese said the real reason for the dismissal was his complaints.
"⟦d:a|The tribunal has no hesitation in finding that the claimant was dismissed because he raised a health and safety concern, and for no other reason,⟧" she wrote.
The tribunal heard that days before the dismissal, his manager, Ewan Galbraith, wrote in an email to the human resources department: "⟦d:d|He's a good worker but he won't stop going on about the heaters. We need to sort this.⟧"
The judge described that email as "⟦p:a|telling⟧".
Speaking after the hearing, Mr Asante-Mensah said he felt vindicated. "⟦d:b|I wasn't asking for anything special. It was minus two in there and people were working in gloves,⟧" the father of two said.
Swiftline Parcels said it was "⟦p:c|disappointed⟧" by the decision and was considering an appeal. "⟦d:c|We take the welfare of our colleagues extremely seriously,⟧" the company said.

### 033
@a Nikhil Chaudhary-Lowe | Detective Superintendent
@b - | one reporter
@c - | another reporter
@d Paula Strand | The missing woman's sister
Police searching for a missing Dunmore woman say they are "⟦p:a|increasingly concerned⟧" for her safety after her car was found abandoned near Hollin Reservoir.
Jenna Strand, 36, was last seen leaving her home on Tanners Row at about 7.30am on Friday. Her silver hatchback was found in a lay-by on the reservoir road on Saturday afternoon.
At a press conference on Monday, Detective Superintendent Nikhil Chaudhary-Lowe said specialist search teams and police divers had been deployed.
"⟦d:a|We are keeping an open mind. Jenna's disappearance is completely out of character, and her family are desperate for news,⟧" he said.
"⟦d:b|Are you treating it as suspicious?⟧" one reporter asked.
"⟦d:a|At this stage, no. But we are not ruling anything out,⟧" the superintendent replied.
"⟦d:c|Has her phone been used since Friday?⟧" another reporter asked.
"⟦d:a|I'm not going to go into the detail of the phone inquiries, for obvious reasons.⟧"
The missing woman's sister, Paula Strand, sat beside him and read a short appeal. "⟦d:d|Jenna, if you see this, please just let us know you're OK. Nobody is angry. We just want you home,⟧" she said, her voice breaking.

### 034
@a Yannick Le Goff | secretary of the dockers' union at Port-Sablon
@b Sablon Ports | the operator
@c Hélène Vasseur-Kerbrat | managing director of a seafood exporter in the town
@d Aurélien Delacroix-Mbaye | Transport Minister
PORT-SABLON, France, April 3 (EWS) - Dockers at the Atlantic port of Port-Sablon began a 72-hour strike on Wednesday over plans to automate container handling, leaving more than 20 ships waiting at anchor.
The stoppage, the third this year, was called by the dockers' union after talks with the terminal operator collapsed late on Tuesday.
«⟦d:a|On ne laissera pas des robots prendre nos emplois,⟧» Yannick Le Goff, secretary of the dockers' union at Port-Sablon, told reporters at the gates. «⟦d:a|We will not let robots take our jobs.⟧»
He said the union was not opposed to modernisation but wanted guarantees that no docker would be made redundant. «⟦d:a|Give us that in writing and we go back to work tomorrow,⟧» he said.
Sablon Ports, which runs the container terminal, said the automation plan would create «⟦p:b|new, skilled, better-paid roles⟧». «⟦d:b|No one will be forced out. We have said this many times,⟧» the operator said.
Hélène Vasseur-Kerbrat, managing director of a seafood exporter in the town, said she had already lost two shipments. «⟦d:c|Our products do not wait. After three days, they go in the bin,⟧» she said.
Transport Minister Aurélien Delacroix-Mbaye urged both sides to «⟦p:d|return to dialogue without delay⟧».

### 035
@a Jürgen Hölzl-Brandt | VLP chairman
@b Luftstern | the airline
@c Sabine Köhler | a teacher from Oberwald travelling to Lisbon with her two children
FRANKFURT, July 11 (MPA) - Cabin crew at German carrier Luftstern walked out on Thursday at the start of the summer holidays, forcing the cancellation of about 600 flights and disrupting travel for around 90,000 passengers.
"⟦d:a|Wir haben lange genug verhandelt,⟧" VLP chairman Jürgen Hölzl-Brandt said at a rally at Frankfurt airport. "⟦d:a|We have negotiated long enough.⟧"
The union is seeking a 15 percent pay rise and limits on the number of consecutive days crew can be rostered.
Luftstern called the strike "⟦p:b|completely disproportionate⟧" and said it had offered 8 percent over two years. "⟦d:b|The union is holding our passengers hostage at the worst possible time,⟧" the airline said.
In the departures hall, Sabine Köhler, a teacher from Oberwald travelling to Lisbon with her two children, said she had learned of the cancellation by text message at 5 a.m. "⟦d:c|The kids have been counting down the days. What do I tell them?⟧" she said.

### 036
@a Hiroshi Takemura | Kaneda Motor president
@b Kaneda Motor | -
@c Dolores Whitcombe-Reyes | administrator of the National Vehicle Safety Office
@d - | A Kaneda spokeswoman
TOKYO, Sept. 26 (MPA) - Kaneda Motor will recall about 1.4 million vehicles worldwide to replace fuel pumps that can fail and cause engines to stall, its president said on Tuesday, bowing deeply at a news conference in Tokyo.
"⟦d:a|We have caused great worry to our customers, and I apologise from my heart,⟧" Kaneda Motor president Hiroshi Takemura said through an interpreter.
Takemura said the company had identified 212 cases of engines stalling, including 19 crashes, but no deaths. Asked whether he would resign, he said: "⟦d:a|My responsibility now is to fix this problem. After that, I will consider my position.⟧"
The recall covers the Kaneda Breeze and Kaneda Solano models built between 2019 and 2022. About 610,000 of the vehicles were sold in the United States.
Dolores Whitcombe-Reyes, administrator of the National Vehicle Safety Office, said in Washington that owners should "⟦p:c|not wait for a letter⟧" before contacting a dealer. "⟦d:c|A car that stalls on a freeway is a car that can kill you,⟧" she said.
"⟦d:b|Customers will be contacted directly, and repairs will be carried out free of charge,⟧" Kaneda Motor said in a statement. A Kaneda spokeswoman said replacement parts would be available from November. "⟦d:d|We are producing pumps around the clock,⟧" she said.

### 037
@a Bernadette | a retired midwife who has run the Tuesday session since 2016
@b Kofi | a bus mechanic who has been on strike for five weeks
@c Ruth | Bernadette's daughter
@d - | a woman in a hospital cleaner's uniform
The queue outside St Bride's church hall starts forming at half past nine, half an hour before the doors open. By ten it reaches the bus stop — where, for five weeks now, no bus has stopped.
Bernadette, a retired midwife who has run the Tuesday session since 2016, says she has never seen it this busy. “⟦d:a|We used to do 40 families. Last week it was 112,⟧” she says, stacking tins of chickpeas. “⟦d:a|A lot of them are drivers. Some of them used to bring donations in.⟧”
Kofi, a bus mechanic who has been on strike for five weeks, is one of them. He brings his own bags and apologises for taking up space.
“⟦d:b|I've worked since I was sixteen. I never thought I'd be here,⟧” he says. “⟦d:b|But the strike pay is $300 a week and the rent is $1,400 a month. You do the math.⟧”
He is careful to say he does not blame anyone at the church, or even the transit agency's negotiators. Marcus, his union steward, has told him the end is close. He is not sure he believes it.
Bernadette's daughter Ruth, who took a week off work to help, is in charge of the bread table. “⟦d:c|Mom won't ask for help, so I just turn up,⟧” she says. “⟦d:c|Someone has to make sure she sits down.⟧”
At the back of the hall, a woman in a hospital cleaner's uniform fills a bag with pasta and rice. She doesn't want to give her name. “⟦d:d|My husband drives the 12. We've got three kids. That's all you need to know,⟧” she says.

### 038
@a Gordon Pettibone | Board president
@b Leticia Ortega-Marsh | a librarian at Crestwood High
@c Daniel Osgood | -
@d Priya Nandakumar | a junior at Crestwood High
@e Karen Lyle-Beaumont | Superintendent
CRESTWOOD — The Crestwood Unified School Board voted 4-1 Tuesday night to keep the novel "⟦s:-|The Salt Year⟧" on high school library shelves, rejecting a parent's request to remove it.
The book, a coming-of-age story about a teenager in a fishing town, had been challenged over two scenes that the complaint described as "⟦p:c|sexually explicit⟧".
Daniel Osgood, who filed the complaint, told the board he was not trying to ban books.
"⟦d:c|I'm not asking anyone to burn anything. I'm asking whether a 14-year-old should find this in a school library without a parent knowing,⟧" he said.
Leticia Ortega-Marsh, a librarian at Crestwood High, said the book had been checked out 31 times in two years and had won a state young adult fiction prize.
"⟦d:b|Parents already have the right to restrict what their own child borrows. What they don't have is the right to decide for everyone else's child,⟧" she said.
Priya Nandakumar, a junior at Crestwood High, told board members the book had helped her through a difficult year. "⟦d:d|It was the first time I read something and thought, 'That's me,'⟧" she said.
Board president Gordon Pettibone cast the only vote to remove the book. "⟦d:a|I read it twice. I just don't think it belongs in a school,⟧" he said.
Superintendent Karen Lyle-Beaumont said the district would review its challenge process, which currently takes up to 90 days. "⟦d:e|Nobody is well served by a process that drags on for a whole semester,⟧" she said.

### 039
@a Hollin Water | the company
@b Adaeze Chukwu-Lambert | District Judge
@c Tobias Wren | area manager for the Rivers Agency
@d Graham Elphick | founder of the Save the Dunnet campaign
Hollin Water has been fined £2.4 million after raw sewage poured into the River Dunnet for more than 30 hours, killing an estimated 4,000 fish.
The company admitted two offences under environmental permitting rules at Hallam Magistrates' Court. The spill, in June two summers ago, happened after a pump failed at its Lower Dunnet treatment works and an alarm went unanswered.
District Judge Adaeze Chukwu-Lambert said the failure had been "⟦p:b|entirely foreseeable⟧".
"⟦d:b|This was not an act of God. An alarm sounded, and nobody came,⟧" she said. "⟦d:b|A company of this size has no excuse.⟧"
The prosecution was brought by the Rivers Agency. Tobias Wren, area manager for the Rivers Agency, said the stretch of river had still not fully recovered.
"⟦d:c|Anglers tell us the trout are only just coming back. That's two years of damage from one night,⟧" he said.
In a statement, Hollin Water said it was "⟦p:a|deeply sorry⟧" and had spent £6 million upgrading the pumping station. "⟦d:a|We have fallen short of the standards our customers expect and we accept the court's decision,⟧" the company said.
Graham Elphick, founder of the Save the Dunnet campaign, said the fine was "⟦p:d|a drop in the ocean⟧" for a firm that made £190 million in profit last year. "⟦d:d|Until a director goes to prison, nothing will change,⟧" he said.

### 040
@a Simon Achterberg | joint administrator
@b Lauren Pike | -
@c Edward Harcastle | great-grandson of the founder and chairman until 2019
Harcastle's, the department store chain that has traded in the North of England since 1889, has collapsed into administration, putting 1,300 jobs at risk.
All 17 stores will continue to trade while buyers are sought, administrators from Kendal Rowe Partners said on Tuesday.
"⟦d:a|Harcastle's is a much-loved name, and we are hopeful of finding a buyer for all or part of the business,⟧" said Simon Achterberg, joint administrator. "⟦d:a|In the meantime, gift cards will be honoured for the next four weeks.⟧"
Staff were told of the decision on a video call at 8am, an hour before the stores opened.
"⟦d:b|They read from a script for ten minutes and then the screen went black,⟧" said Lauren Pike, who has worked at the Carrick store for 11 years. "⟦d:b|Then we had to go downstairs, open the doors and smile at customers.⟧"
Edward Harcastle, great-grandson of the founder and chairman until 2019, said he was "⟦p:c|heartbroken⟧".
"⟦d:c|My great-grandfather opened the first shop with a loan from his brother-in-law. It survived two world wars. It could not survive the internet and the rent,⟧" he said.

### 041
@a Wyn Hughes-Pennant | -
@b Rhian Bevan-Jones | president of the Farmers' Alliance
@c Matt Jarrold | Superintendent
@d Harriet Voss | Agriculture Minister
More than 400 tractors brought Carrick to a standstill on Saturday as farmers protested against changes to inheritance tax and cuts to environmental payments.
The convoy, which stretched for almost four miles, crawled along the ring road before gathering in Market Square, where farmers held placards reading "⟦s:-|No Farmers, No Food⟧" and "⟦s:-|Voss Must Go⟧".
Rhian Bevan-Jones, president of the Farmers' Alliance, told the crowd that family farms were "⟦p:b|being taxed out of existence⟧".
"⟦d:b|We are not millionaires. We are asset-rich and cash-poor, and this policy will force families to sell land that has been farmed by the same name for 200 years,⟧" she said, to cheers and chants of "⟦s:-|Save our farms⟧".
Wyn Hughes-Pennant, who farms 300 acres near Llanferin with his son, drove for two hours to attend.
"⟦d:a|I've never protested in my life. I'm 62. But if I die next year, my boy loses the farm,⟧" he said.
"⟦d:a|That's the long and short of it.⟧"
Superintendent Matt Jarrold said the protest had been "⟦p:c|peaceful and good-natured⟧" and there had been no arrests.
Agriculture Minister Harriet Voss said in a statement: "⟦d:d|I understand farmers' concerns. But the changes affect only the largest estates, and most family farms will pay nothing.⟧"

### 042
@a Dale Perrin | Mayor
@b Lucinda Marchetti-Owusu | city Finance Director
@c Ray Tkachuk | Alderman
@d Brian Kowalczyk | president of the Lakeport Police Officers Association
LAKEPORT — Mayor Dale Perrin unveiled a $412 million budget on Monday that would hire 30 police officers and close two branch libraries, setting up a fight with aldermen who have vowed to keep the libraries open.
"⟦d:a|Nobody runs for mayor dreaming of closing libraries,⟧" Perrin told reporters at City Hall. "⟦d:a|I certainly didn't. But I'm not going to balance this budget with smoke and mirrors.⟧"
The plan closes a $27 million gap without raising property taxes, according to city Finance Director Lucinda Marchetti-Owusu, who said the city's pension bill had risen by $11 million in a single year.
"⟦d:b|We have been warning about this cliff for five years. We're now at the edge of it,⟧" she said.
Alderman Ray Tkachuk, whose ward includes the Eastgate branch library, said he would propose an amendment to keep both libraries open by cutting the mayor's office budget instead.
"⟦d:c|The mayor has a press office of nine people. The Eastgate library has four staff and serves 30,000 residents,⟧" Tkachuk said. "⟦d:c|You tell me which one is essential.⟧"
Officer Brian Kowalczyk, president of the Lakeport Police Officers Association, welcomed the extra officers but said 30 was "⟦p:d|a start, not a solution⟧".
Perrin joked that he expected to be "⟦p:a|the most popular man in Lakeport for about a week⟧".

### 043
@a Nguyễn Thị Hoa | -
@b Gregory Abelard-Stone | Assistant U.S. Attorney
@c Caitlin Moreau | defense attorney
SPRINGVALE, Ind. (MPA) — A former manicurist told a federal jury Wednesday that she worked 70-hour weeks for less than $3 an hour at a chain of nail salons whose owner is accused of forced labor and wage theft.
Testifying through a Vietnamese interpreter, Nguyễn Thị Hoa, 51, said she had been told she owed the owner $18,000 for bringing her to the United States and could not leave until it was repaid.
"⟦d:a|Every month the number got bigger, not smaller. I did not understand how,⟧" Hoa said.
Under questioning by Assistant U.S. Attorney Gregory Abelard-Stone, she described sleeping on a mattress in the back room of a salon in Springvale with four other women.
"⟦d:b|Were you free to leave?⟧" Abelard-Stone asked.
"⟦d:a|Where would I go? I had no passport. She kept it in her office,⟧" Hoa replied.
The owner, Jessica Trinh, 47, has pleaded not guilty to forced labor, conspiracy and tax charges.
On cross-examination, defense attorney Caitlin Moreau showed the jury photographs of Hoa at a beach and at a birthday party. "⟦d:c|You were free to go to the beach, weren't you?⟧" she asked.
"⟦d:a|Once. On the only day off I had that year,⟧" Hoa said.
U.S. District Judge Leonard Ashby told jurors the trial was expected to last three more weeks.

### 044
@a Rosa Kettleborough | -
@b Northline Trains | -
@c Alastair Quigley | The transport secretary
Rosa Kettleborough has led the Rail Workers' Federation since March. Ahead of next week's two-day strike on Northline Trains, she spoke to the Northern Ledger's industrial correspondent. She opened with a warning: "⟦d:a|If this goes ahead, it won't be the last one.⟧" The interview has been condensed.
Q: Why strike now?
A: Because we've had 14 meetings and no offer. At some point you have to show you mean it.
Q: The transport secretary, Alastair Quigley, called the strike "⟦p:c|a political stunt⟧". How do you respond?
A: He's never met a guard in his life. Let him come and do a Friday night on the last train out of Carrick.
Q: Northline says guards' jobs are not at risk.
A: Last year Northline told staff their jobs were "⟦p:b|safe for the foreseeable future⟧". Six months later they announced driver-only operation on three routes. So forgive me if I don't take their word for it.
Q: What would end the dispute?
A: A written guarantee. That's it. It's not complicated.

### 045
@a Deborah Aske | regional director of the Police Standards Commission
@b Sandeep Gill | -
@c Lorraine Nkemelu | Chief Inspector
@d - | one neighbour
@e - | Another neighbour
Two teenagers have died after a car being followed by police crashed into a wall in Ketterby in the early hours of Sunday.
The boys, aged 16 and 17, were passengers in a grey hatchback driven by an 18-year-old man, who was seriously injured. Officers had tried to stop the car on Rectory Lane minutes earlier, according to Ketterby Police.
Chief Inspector Lorraine Nkemelu said the force had referred itself to the Police Standards Commission, as is standard.
"⟦d:c|This is a devastating loss for two families and for the whole community, and our thoughts are with them,⟧" she said.
Deborah Aske, regional director of the Police Standards Commission, said investigators would examine dashcam and body-worn footage. "⟦d:a|We will establish exactly what happened, including the decisions officers made in the minutes before the crash,⟧" she said.
Sandeep Gill, who was walking his dog nearby, said he heard the crash from two streets away. "⟦d:b|It was like a bomb going off. Then there was just silence,⟧" Mr Gill said.
According to one neighbour, the police car "⟦p:d|wasn't chasing, it was just following⟧". Another neighbour said the car had been "⟦p:e|doing at least 70⟧".
Flowers and football shirts have been left at the scene.

### 046
@a Helen Marr | Judge
@b Tomasz Wierzbicki | -
@c Aled Brunswick | the council's chief executive
Lorna Pethick, the former Carrick council finance officer who stole £342,000 meant for elderly people's home repairs, has been jailed for five years and three months.
Sentencing her at Carrick Crown Court on Friday, Judge Helen Marr said Pethick had ``⟦p:a|looked those residents in the eye⟧'' at council events while taking their money.
``⟦d:a:m|You were trusted absolutely. You were the person your colleagues turned to, and you used that trust as cover.⟧
``⟦d:a|Some of the people you stole from have since died without seeing their homes repaired. That is something you will have to live with.⟧''
Tomasz Wierzbicki, mitigating, said Pethick had run up gambling debts and had ``⟦p:b|lost everything⟧'', including her marriage. ``⟦d:b|She does not ask for sympathy. She knows she will not get it,⟧'' he said.
As Pethick was led down to the cells, a shout of ``⟦d:-|Good riddance!⟧'' came from the public gallery.
Aled Brunswick, the council's chief executive, said outside court that the authority would seek a confiscation order. ``⟦d:c|We want the money back for the people it was meant for,⟧'' he said.

### 047
@a Fenella Ashcroft-Daly | Ashgrove's chief executive
@b Willem de Boer | Norland boss
@c Grant Ferrier | a fund manager at the firm
Ashgrove Logistics has agreed to open its books to Norland Freight after the Dutch group raised its takeover offer to 298p a share, valuing the warehouse operator at £1.24 billion.
Ashgrove's chief executive, Fenella Ashcroft-Daly, said the board would be "⟦p:a|minded to recommend⟧" a firm offer at that level. Last month she described Norland's first approach as "⟦p:a|opportunistic⟧".
"⟦d:a|Our job is to get the right price for shareholders. I think we have done that,⟧" she said in an interview. "⟦d:a|Nobody should mistake this for a change of heart about the business. It's a better offer, that's all.⟧"
Norland boss Willem de Boer said he was "⟦p:b|pleased⟧" with the progress. "⟦d:b|We said from the start this was a compelling combination. We have put our money where our mouth is,⟧" he said.
Pelham Asset Management, which owns 6 per cent of Ashgrove, had pushed the board to engage, according to Grant Ferrier, a fund manager at the firm. "⟦d:c|We told them: you can't just say no and hope it goes away,⟧" Ferrier said.
Under takeover rules, Norland has until 5pm on March 19 to make a firm offer or walk away.

### 048
@a Rodney Baptiste | a hospice nurse from Elm Heights whose 2020 Kaneda Solano stalled on the interstate in May
@b Vera Lindahl-Moss | general manager of Lakeside Kaneda in Marlow Springs
@c Kenji Ostrowski | Attorney General
@d - | the dealer
Marlow Springs drivers with certain Kaneda models should call their dealer now rather than wait for a recall letter, local dealers and state officials said Wednesday, a day after the automaker recalled 1.4 million vehicles worldwide over faulty fuel pumps.
Rodney Baptiste, a hospice nurse from Elm Heights whose 2020 Kaneda Solano stalled on the interstate in May, said he was relieved — and angry.
“⟦d:a|I was doing 65 in the middle lane and everything just died. No power steering, nothing,⟧” he said. “⟦d:a|I coasted onto the shoulder with a semi behind me. I still don't like thinking about it.⟧”
He said the dealer told him at the time that the stall was a “⟦p:d|one-off⟧” and sent him home with a new air filter.
Vera Lindahl-Moss, general manager of Lakeside Kaneda in Marlow Springs, said the phones had not stopped ringing. “⟦d:b|We've had 300 calls since yesterday morning. We're adding Saturday service hours just for this,⟧” she said.
Attorney General Kenji Ostrowski said his office would monitor how quickly repairs were carried out. “⟦d:c|Kaneda knew about stalling complaints for at least two years. Owners deserve fast repairs and straight answers,⟧” Ostrowski said in a statement.

### 049
@a Farah al-Khatib | The prosecutor
@b Pieter van der Westhuizen | a lorry driver who was parked on the opposite side of the road
@c Grace Adeyemi-Holt | the student
@d Benedict Fane | -
A teenager was stabbed to death at a bus stop in front of commuters after a row over a stolen bicycle, a jury at Hallam Crown Court heard on Monday.
Kieran Doyle, 19, denies murdering 18-year-old Ethan Brightwell on Granby Road in November.
The prosecutor, Farah al-Khatib KC, told jurors that Doyle had gone to the bus stop "⟦p:a|armed and looking for trouble⟧".
"⟦d:a|He did not go there to talk about a bicycle. He went there with a knife in his waistband,⟧" she said.
Pieter van der Westhuizen, a lorry driver who was parked on the opposite side of the road, recalled seeing two young men "⟦p:b|squaring up⟧" before one of them fell.
"⟦d:b|I thought it was a punch. Then I saw the blood on the pavement,⟧" Mr van der Westhuizen said. "⟦d:b|I got out of the cab and ran over, but there was nothing I could do.⟧"
Grace Adeyemi-Holt, 23, who was waiting for a bus, told the court she had filmed part of the incident on her phone.
Cross-examined by Benedict Fane KC, for Mr Doyle, the student admitted she had not seen how the fight began.
"⟦d:d|So you cannot say who produced the knife first?⟧" Mr Fane asked.
"⟦d:c|No. I can only say what I filmed,⟧" she said.
"⟦d:c|By the time I started recording, they were already fighting.⟧"
The trial continues.

### 050
@a Kieran Doyle | the 19-year-old
@b Farah al-Khatib | -
@c Sanjay Raval | Detective Constable
Accused murderer Kieran Doyle told a jury he only took a knife to a Hallam bus stop because he was “⟦p:a|scared of getting jumped⟧”.
Giving evidence on the sixth day of his trial, Doyle, of Wicken Street, said Ethan Brightwell had threatened him on social media in the days before the fatal confrontation.
“⟦d:a|I carried it to protect myself. I never meant for anyone to get hurt,⟧” the 19-year-old insisted.
Earlier, Detective Constable Sanjay Raval read out messages recovered from Doyle's phone. In one, sent two hours before the stabbing, Doyle wrote: “⟦d:a|if he shows up at granby he's getting it⟧”.
Cross-examining, Farah al-Khatib KC asked Doyle what he had meant.
“⟦d:b|‘He's getting it.’ What was he getting, Mr Doyle?⟧” she asked.
“⟦d:a|I don't know. It's just something you say,⟧” he replied.
DC Raval told the court the phone had been wiped of other messages before police seized it. “⟦d:c|About 2,000 messages were deleted in the 48 hours after the incident,⟧” he said.
The trial continues.

### 051
@a Pádraig Ó Catháin | Cathaoirleach
@b Máiréad Nic Giolla Phádraig | Independent councillor
@c T.J. Moloney | director of housing at Ballinroe County Council
@d Síle Breathnach | Local TD
Ballinroe County Council has approved plans for 96 social homes on the former mart site at Knockanree, despite objections from residents who said the scheme was too dense for the village.
Councillors voted 21 to 9 in favour at Monday's monthly meeting, after a debate that lasted more than two hours.
T.J. Moloney, director of housing at Ballinroe County Council, told the meeting that 2,140 households were on the county's social housing list.
"⟦d:c|Some of those families have been waiting eleven years. Every site we turn down adds to that wait,⟧" he said.
Independent councillor Máiréad Nic Giolla Phádraig, who lives in Knockanree, said she supported social housing but not "⟦p:b|a scheme dropped on a village of 400 people without a school place or a bus to go with it⟧".
"⟦d:b|Nobody in Knockanree is against housing. We're against being ignored,⟧" she said.
Cathaoirleach Pádraig Ó Catháin had to call for order twice as residents in the public gallery heckled. "⟦d:a|I will clear the gallery if I have to. I would much rather not,⟧" he warned.
Local TD Síle Breathnach wrote on X after the vote: "⟦d:d|96 families will have a home in Knockanree. That's a good day for Ballinroe.⟧"

### 052
@a Eamon Kerrigan | chairman of the Knockanree Residents' Association
@b Máiréad Nic Giolla Phádraig | the village's only councillor
@c Noreen Fahy | -
@d - | A spokesperson for Ballinroe County Council
Knockanree residents say they will take their fight against a 96-home social housing scheme to the planning appeals board after councillors gave it the green light on Monday.
Eamon Kerrigan, chairman of the Knockanree Residents' Association, said the group had already raised €8,000 towards legal costs.
``⟦d:a|We were told this was a done deal before we ever saw a drawing. Well, it's not done yet,⟧'' he said.
Máiréad Nic Giolla Phádraig, the village's only councillor, voted against the plan. She said she had been ``⟦p:b|shouted down⟧'' by colleagues from larger towns during the debate.
``⟦d:b|They'll go home to Ballinroe tonight. We're the ones who have to make it work,⟧'' she said.
Noreen Fahy, 74, who has lived beside the mart for 50 years, was more philosophical. ``⟦d:c|When the mart closed, we said the village was dying. Now we're giving out about 96 families coming in,⟧'' she said, laughing.
``⟦d:c|I'll bake them a tart. The young ones will need a welcome.⟧''
A spokesperson for Ballinroe County Council said construction was expected to begin in the second half of next year, subject to any appeal. ``⟦d:d|The council will engage fully with residents throughout,⟧'' the spokesperson added.

### 053
@a Judith Orme-Kincaid | the chair
@b Marco Bellandi | Trevelyan Pharma's chief executive
@c Trevelyan Pharma | -
@d Ahmad Faisal bin Yusof | head of European healthcare research at Lindqvist & Bauer
Trevelyan Pharma said on Thursday it would cut 900 jobs and close its research site in Ashby Parva after a late-stage trial of its experimental Alzheimer's drug failed, wiping a quarter off its market value.
The drug, known as TRV-410, did not slow cognitive decline compared with a placebo in an 18-month study of 2,300 patients, the company said.
"⟦d:c|We are disappointed by these results, and above all for the patients and families who hoped this medicine would help them,⟧" Trevelyan Pharma said.
Trevelyan Pharma's chief executive, Marco Bellandi, told analysts the company had "⟦p:b|bet big and lost⟧" on the drug. "⟦d:b|I won't dress it up. This is a very bad day for Trevelyan,⟧" he said. "⟦d:b|But the rest of the pipeline is intact and the balance sheet is strong.⟧"
In a letter to shareholders, Dame Judith Orme-Kincaid, the chair, wrote that the board retained "⟦p:a|full confidence⟧" in Bellandi. "⟦d:a|Science carries risk. A company that never fails a trial is a company that isn't trying,⟧" she wrote.
Ahmad Faisal bin Yusof, head of European healthcare research at Lindqvist & Bauer, said the job cuts were "⟦p:d|inevitable⟧". "⟦d:d|They had built the whole equity story around TRV-410. Without it, they're a mid-sized generics business with a nice lab,⟧" he said.

### 054
@a Dunmore Constabulary | the force
@b Alun Prosser | Detective Inspector
@c - | A police source
@d Martina Kovačević | -
Police seized cannabis plants worth an estimated £1.2 million from a disused nightclub in Dunmore town centre on Wednesday in one of the largest drugs raids in the area's history.
Three men, aged 24, 31 and 45, were arrested on suspicion of producing a controlled drug. Officers found more than 1,500 plants across three floors of the former Zodiac club on Mill Street, according to Dunmore Constabulary.
"⟦d:a|This was a sophisticated, industrial-scale operation, and the electricity had been illegally diverted from the mains,⟧" the force said in a statement.
Detective Inspector Alun Prosser said the building had been under surveillance for several weeks. "⟦d:b|Residents told us about the smell. They were right, and I'd like to thank them,⟧" he said.
A police source said two of the men were believed to have been living in the building. "⟦d:c|They were sleeping on mattresses between the grow tents,⟧" the source said.
Martina Kovačević, who lives two doors away, said she had complained about the smell for months. "⟦d:d|Everybody knew. You could smell it from the bus stop,⟧" she said.

### 055
@a Denise Okonkwo-Hart | the union leader
@b Marcus Feld | the agency's general manager
@c Ruth Abernathy-Cole | Mayor
@d - | one reporter
PORT CALDER, Ore. (MPA) — Port Calder's 37-day bus strike ended Saturday after the transit agency and the drivers' union reached a tentative agreement that caps split shifts at 10 hours and raises pay by 17 percent over three years.
Buses will return to all 43 routes on Monday morning, the two sides said in a joint statement.
"⟦d:a|Our members stood together for 37 days, in the rain, with no paycheck. That is why we won,⟧" the union leader, Denise Okonkwo-Hart, told reporters.
Marcus Feld, the agency's general manager, declined to say whether the deal had been worth the cost of the strike. "⟦d:b|What matters now is getting people back to work and getting riders back on the buses,⟧" Feld said.
"⟦d:d|Will fares go up to pay for it?⟧" one reporter asked.
"⟦d:b|Not this year,⟧" he said.
Mayor Ruth Abernathy-Cole, who mediated the final round of talks at City Hall, said the negotiators had not slept since Thursday. "⟦d:c|I've brokered a lot of things in my life. Never at four in the morning over cold pizza,⟧" she joked.

### 056
@a Gary Lusk | Councillor
@b A.J. Summerbee | independent person on the standards committee
@c Hannah Greatorex | Monitoring officer
@d Rajiv Menon | his solicitor
A Ketterby councillor has been suspended for six months after messages in which he called residents "⟦p:a|moaning pensioners⟧" and a fellow councillor "⟦p:a|a waste of oxygen⟧" were leaked to the press.
Councillor Gary Lusk, who represents Abbey ward, was found to have breached the code of conduct by the borough council's standards committee on Thursday.
In one message, sent to a group chat of fellow Ketterby First councillors, he wrote: "⟦d:a|If I have to sit through one more consultation with the same five moaning pensioners I'll walk into the river.⟧"
Dr A.J. Summerbee, independent person on the standards committee, said the messages were "⟦p:b|deeply disrespectful⟧" to the people Mr Lusk was elected to serve.
"⟦d:b|Private or not, these are the words of an elected member about his own residents,⟧" Dr Summerbee said.
Monitoring officer Hannah Greatorex told the committee that councillors could not be removed from office for breaches of the code. "⟦d:c|Suspension is the most serious sanction available to this committee,⟧" she said.
In a statement issued through his solicitor, Rajiv Menon, Mr Lusk apologised. "⟦d:a|I said things in a private chat that I should never have said anywhere. I'm sorry,⟧" he said.
Mr Menon said his client would "⟦p:d|reflect on the committee's findings⟧" and would not appeal.

### 057
@a Katarzyna Zielińska | -
@b Piotr Zieliński | her husband
@c Jonathan Adeleke-Shaw | Assistant coroner
@d Frances Mulholland | chief nurse of Carrick and District Hospitals Trust
A newborn baby died after midwives at Carrick General Hospital failed to act on warning signs on her heart monitor for more than an hour, a coroner has ruled.
Zofia Zielińska died two days after she was born in the hospital's maternity unit in February last year.
Assistant coroner Jonathan Adeleke-Shaw said there had been "⟦p:c|a missed opportunity⟧" to deliver her sooner. "⟦d:c|Had Zofia been delivered within 30 minutes of the first abnormal trace, it is more likely than not that she would have survived,⟧" he said.
Her parents, Katarzyna Zielińska and her husband Piotr Zieliński, who moved to Carrick from Poland in 2016, sat through five days of evidence.
Outside court, Mrs Zielińska spoke first in Polish. "⟦d:a|Nie chcemy zemsty. Chcemy prawdy,⟧" she said, before repeating it in English: "⟦d:a|We don't want revenge. We want the truth.⟧"
"⟦d:b|Today we have some of it,⟧" her husband added.
Frances Mulholland, chief nurse of Carrick and District Hospitals Trust, said the trust had "⟦p:d|apologised unreservedly⟧" to the family. "⟦d:d|We have changed how we train staff to read monitoring traces, and every shift now has a named senior midwife to escalate concerns to,⟧" she said.

### 058
@a Northcrest Minerals | the Vancouver-based miner
@b Lars-Erik Haugland | Chief executive
@c Marlene Sinclair-Whitehorse | Chief of the Red Willow First Nation
@d Owen Tsai | an analyst at Lakehead Capital
TORONTO, May 2 (MPA) - Northcrest Minerals, the Vancouver-based miner, posted a first-quarter loss on Thursday after a blockade by a First Nation halted production at its Kessick Lake copper mine for six weeks.
The company lost C$48 million in the quarter, compared with a profit of C$31 million a year earlier.
"⟦d:a|The quarter was significantly affected by the suspension of operations at Kessick Lake, which has now resumed,⟧" Northcrest Minerals said.
Chief executive Lars-Erik Haugland told analysts the company had signed a new benefits agreement with the Red Willow First Nation and admitted it had "⟦p:b|not listened well enough⟧" in the past.
"⟦d:b|We learned an expensive lesson. I'd rather have learned it cheaply,⟧" he said.
Marlene Sinclair-Whitehorse, Chief of the Red Willow First Nation, said the agreement gave the community a share of royalties and a say over water use. "⟦d:c|We didn't block that road for money. We blocked it because nobody would answer our letters about the river,⟧" she said in a phone interview. "⟦d:c|Now they answer.⟧"
Owen Tsai, an analyst at Lakehead Capital, said the deal removed "⟦p:d|the biggest single risk⟧" to the stock. Northcrest shares rose 6 percent.

### 059
@a Rupert Haines | Judge
@b Stelios Karamanlis | the baker
@c Nuala Brannigan | -
@d Eleni Karamanli | His wife
A Dunmore baker has won £65,000 in libel damages from a food blogger who falsely claimed his "⟦s:-|artisan⟧" sourdough came from a supermarket mix.
In a written ruling, Judge Rupert Haines found that Nuala Brannigan's review of Kara's Bakehouse had presented a false factual claim as opinion.
"⟦d:a|A reviewer is entitled to dislike a loaf. She is not entitled to tell 40,000 people how it was made when she does not know,⟧" the judge wrote.
Stelios Karamanlis, the baker, spoke briefly outside court. "⟦d:b|I never wanted her money. I wanted people to know the truth about my bread,⟧" he said.
His wife, Eleni Karamanli, who runs the shop counter, added: "⟦d:d|We lost two years. Our customers are coming back now, slowly.⟧"
Ms Brannigan said on her blog that she accepted the ruling. "⟦d:c|I got this one wrong, and I apologise to the Karamanlis family,⟧" she wrote. She said she would carry on reviewing, but would "⟦p:c|stick to what I can taste⟧".

### 060
@a Sylvain Thériault-Bouchard | Mayor
@b Nadia Benali | Deputy mayor
@c Martin Gagné-Roy | a retired bus driver who attended the meeting
SAINT-ALBÉRIC, Que. (CNW) - The mayor of Saint-Albéric resigned abruptly at a council meeting on Tuesday night, weeks after a provincial audit criticised how the town awarded snow-clearing contracts.
Mayor Sylvain Thériault-Bouchard read a short statement before leaving the chamber without taking questions.
«⟦d:a|J'ai toujours agi de bonne foi,⟧» he said. «⟦d:a|I have always acted in good faith. But the town needs to move on, and it cannot do that with me in this chair.⟧»
The audit found that three contracts worth a combined $2.6 million had been awarded without a tender to a company owned by a relative of a town employee. It did not accuse the mayor of personal wrongdoing.
Deputy mayor Nadia Benali, who will serve as interim mayor until a by-election, said she respected his decision. «⟦d:b|This is a sad evening for Saint-Albéric,⟧» she said. «⟦d:b|Our priority now is to restore confidence.⟧»
Martin Gagné-Roy, a retired bus driver who attended the meeting, was less forgiving. «⟦d:c|He should have gone in March, when the audit came out,⟧» he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh20.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh20",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
