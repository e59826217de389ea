# ruff: noqa: E501
"""Build ``quotes_fresh150.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written
in the registers of different outlets (wire, broadsheet, tabloid, local paper,
magazine, broadcaster web copy).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh150-NNN``.

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
  it: the appositive is the description. A title or relational phrase before the name
  alone, with or without a comma (``Head teacher Graham …``, ``Her son, Gareth …``,
  ``The MP for Dunmore and Vale, Owain …``), is the description. Police and military
  ranks (``Detective Inspector``, ``Group Commander``) count as role titles, not as
  honorifics.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 19-year-old``, ``the mum-of-two``), that
  description is taken.
* A non-restrictive relative clause after an appositive (``…, who was not involved in
  the research``) is not part of the description; a restrictive one (``an astrophysicist
  … who was not involved in the discovery``) is.
* An organisation speaker keeps the appositive given where it is introduced
  (``Harlow & Pike, the country's third-largest grocer``) as its description. A court's
  written judgment is the court's speech; a judge reading a summary of it speaks for
  herself.
* A speaker who switches language mid-answer (``… told reporters, before switching to
  English``) has both parts as two ``direct`` spans. A chant quoted in another language
  with its translation gives two ``scare`` spans.
* Printed notices (a sign in a shop window, a placard, a blackboard menu) are
  ``scare``; so are product and model names, titles of works and nicknames.
* Fragments quoted from an unidentified review are ``partial`` with a null speaker and
  the passage's phrase for the source (``one early review``) as the description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null. A shout from an unseen person (``came a shout from the public
  gallery``) is ``direct`` with speaker and description null.
* Court-report tags such as ``Helen Ashdown, prosecuting,`` and ``…, defending,`` are
  not noun phrases and give no description.
* A couple or a group quoted as speaking with one voice (``a couple from Utrecht``)
  has a null speaker and that phrase as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh150.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh150.jsonl")

PASSAGES = """
### 001
@a Ilse Varga-Mendez | Governor
@b Rafael Oduya | chief economist at Tessaly Capital in Korva City
@c - | A currency trader at a European bank in the capital
@d Finance Ministry | -
KORVA CITY, March 14 (Meridian) - The Central Bank of Korvania held its benchmark rate at 6.25% on Thursday but signalled that cuts could begin as early as June, pushing the korun to a two-week low against the euro.
"⟦d:a|Inflation is moving in the right direction, but it has not arrived,⟧" Governor Ilse Varga-Mendez told a news conference after the decision. "⟦d:a|We would rather be a month late than a year early.⟧"
Varga-Mendez said the board had discussed a quarter-point cut but that a majority preferred to wait for first-quarter wage data, which she called "⟦p:a|the missing piece⟧".
Asked whether June was now the base case, she smiled. "⟦d:a|June is a month. It is in the calendar. That is all I will say about June.⟧"
Two of the seven board members voted for a cut, according to minutes published alongside the decision.
"⟦d:b|The door is open, and she has walked halfway through it,⟧" said Rafael Oduya, chief economist at Tessaly Capital in Korva City. "⟦d:b|We now pencil in 50 basis points of easing by September.⟧"
A currency trader at a European bank in the capital said markets had "⟦p:c|got ahead of themselves⟧" and noted that food prices remained volatile after a dry winter.
"⟦d:c|One bad harvest and all of this talk goes away,⟧" the trader said.
The Finance Ministry welcomed the decision. "⟦d:d|Predictability is what households and businesses need now,⟧" the ministry said in a statement.
(Reporting by Dana Kristoff; Editing by Paul Amadi)

### 002
@a Bernadette Okafor-Lind | the chief executive
@b Jonas Feltham | a retail analyst at Brockway Securities
@c Hamid Qureshi | an analyst at Linwell Partners
@d Carol Demetriou | Unify’s general secretary
@e Harlow & Pike | the country’s third-largest grocer
Harlow & Pike, the country’s third-largest grocer, reported a 14 per cent rise in annual profit on Wednesday and said it would spend a further £90m cutting prices, betting that shoppers who switched during the cost-of-living squeeze will stay.
“⟦d:a|We have held prices on 2,000 lines for eighteen months, and customers have noticed,⟧” said Bernadette Okafor-Lind, the chief executive. “⟦d:a|The easy thing would have been to take the margin back this year. We didn’t.⟧”
Okafor-Lind, who joined from a discount rival in 2021, has been accused by competitors of buying market share. She does not dispute it. “⟦d:a|Of course we were buying market share. That was the point. The question is whether we keep it, and so far we have.⟧”
Shares rose 6 per cent by the close.
Jonas Feltham, a retail analyst at Brockway Securities, described the results as “⟦p:b|better than feared but nowhere near as good as the share price already assumes⟧”. “⟦d:b|The margin story is still the question,⟧” he said. “⟦d:b|They are running very hot on promotions, and that can’t last for ever.⟧”
Hamid Qureshi, an analyst at Linwell Partners, was more positive. “⟦d:c|This is a management team that said what it would do and then did it,⟧” Qureshi said. “⟦d:c|That is rarer in this industry than it should be.⟧”
Not everyone was celebrating. Carol Demetriou, Unify’s general secretary, said the shop workers’ union would seek a pay rise “⟦p:d|that reflects what staff have delivered, not what the board thinks it can get away with⟧”.
“⟦d:d|Record profits should mean record pay. Our members stacked the shelves that made these numbers,⟧” she said.
Harlow & Pike said it would “⟦p:e|engage constructively⟧” with the union.

### 003
@a Cormac Feeney | head of equity trading at Ashgrove Partners
@b Yusra Haddad | chief market strategist at Pelham Rowe
@c - | one floor trader
@d - | A fund manager who asked not to be named because of client relationships
NEW HAVERLEY, Friday - Stocks ended a bruising week on a firmer footing as a rebound in chipmakers offset another slide in regional banks, but the benchmark Haverley 300 still posted its worst weekly performance since October.
The index rose 0.8% on the day, trimming its weekly loss to 3.1%. The tech-heavy Crestline Composite gained 1.4%.
"⟦d:a|Today was about people covering shorts before the weekend, nothing more,⟧" said Cormac Feeney, head of equity trading at Ashgrove Partners. "⟦d:a|I wouldn't read a thing into it.⟧"
Regional lenders extended their losses after Tarrow Savings said deposits had fallen 9% in the quarter. Tarrow's shares sank 17%.
"⟦d:b|The market is shooting first and asking questions later with anything that has a deposit base under fifty billion,⟧" said Yusra Haddad, chief market strategist at Pelham Rowe. "⟦d:b|Some of that is fair. A lot of it isn't.⟧"
Haddad said she was telling clients to "⟦p:b|stay boring⟧" until the picture cleared. "⟦d:b|Quality, cash flow, low debt. It's not exciting, but exciting has cost people a lot of money this month.⟧"
On the floor, the mood was subdued. "⟦d:c|Nobody's a hero on a Friday,⟧" one floor trader said as the closing bell sounded.
A fund manager who asked not to be named because of client relationships said redemptions had picked up. "⟦d:d|We've had more phone calls this week than in the whole of last quarter,⟧" the fund manager said. "⟦d:d|Mostly people asking if they should be scared. I tell them no. Then I go home and worry.⟧"

### 004
@a Aiyana Redcloud | Lumenfold’s chief executive and co-founder
@b Mei-Lin Zhou | Her co-founder
@c Priyanka Sethuraman | a partner at Orchard Hill Ventures who will join Lumenfold’s board
@d Lumenfold | a Brightwater start-up that makes software to help small farms predict frost damage
Lumenfold, a Brightwater start-up that makes software to help small farms predict frost damage, has raised $42 million in a funding round led by Orchard Hill Ventures, valuing the four-year-old company at about $310 million.
“⟦d:a|Every farmer we talked to had a story about one night that wiped out a season,⟧” said Aiyana Redcloud, Lumenfold’s chief executive and co-founder. “⟦d:a|We wanted to give them six hours’ warning instead of none.⟧”
Her co-founder, Mei-Lin Zhou, said the money would go largely on hiring. “⟦d:b|We have eleven engineers. We need thirty, and we need some of them to have actually stood in a field at 4am.⟧”
Zhou said she was wary of the word “⟦s:-|unicorn⟧”, which investors have begun to use about the company. “⟦d:b|I don’t want to be a unicorn. I want to be a tractor. Boring, reliable, everywhere.⟧”
Redcloud laughed. “⟦d:a|She says that in every board meeting,⟧” she said.
Priyanka Sethuraman, a partner at Orchard Hill Ventures who will join Lumenfold’s board, said the round had been heavily oversubscribed. “⟦d:c|Climate is turning agriculture into a data problem whether farmers like it or not,⟧” Sethuraman said. “⟦d:c|This is the first team we’ve seen that speaks both languages.⟧”
The company declined to disclose its revenue but said it had “⟦p:d|more than 9,000 paying farms⟧” across four countries.

### 005
@a Gary Pennock | convenor for the Allied Workers union at the site
@b Kestrel Foods | -
@c Linda Farrant | a line supervisor
@d Owain Prys-Jenkins | The MP for Dunmore and Vale
@e - | a spokesman for the company
More than 400 jobs are at risk after Kestrel Foods confirmed it will close its biscuit factory in Dunmore next spring, ending almost a century of baking in the town.
Workers were told at a meeting in the staff canteen on Tuesday morning. Many had already seen the news on social media.
"⟦d:a|People were crying in the car park. Some of them have been here thirty years,⟧" said Gary Pennock, convenor for the Allied Workers union at the site. "⟦d:a|To find out from your phone before your manager tells you is a disgrace.⟧"
Kestrel Foods said the site was "⟦p:b|no longer viable⟧" after the loss of a major supermarket contract, and that production would move to its plant in Harrowgate.
"⟦d:b|This was an incredibly difficult decision, and we recognise the impact it will have on our colleagues and their families,⟧" the company said in a statement. "⟦d:b|We will do everything we can to support them through the consultation.⟧"
Linda Farrant, 58, a line supervisor, started at the factory straight from school. "⟦d:c|My mum worked here, my aunties worked here. You could smell the ginger nuts from the high street,⟧" she said. "⟦d:c|I don't know what this town is without it.⟧"
The MP for Dunmore and Vale, Owain Prys-Jenkins, said he had written to the company's chief executive asking for an urgent meeting. "⟦d:d|Dunmore has been let down, and I want to know what was done to save these jobs, if anything,⟧" he said.
Asked about the leak, a spokesman for the company said it "⟦p:e|sincerely regretted⟧" that some staff had heard the news before the meeting. "⟦d:e|It should not have happened,⟧" he said.

### 006
@a Édouard Kamara-Diallo | Agriculture Minister
@b Adjoa Sékou-Bamba | a grower near Ouessa
@c Tobias Renwick | head of soft commodities at Castellan Trading in London
@d Jean-Baptiste Oyelaran | A spokesman for the Massenya Cocoa Board
PORT-LÉANDRE, Sept 9 (Meridian) - Massenya, the world's fourth-largest cocoa producer, will hold back up to 120,000 tonnes of beans from the export market until international buyers accept a higher minimum price, its government said on Monday.
«⟦d:a|Nous ne vendrons pas à perte⟧», Agriculture Minister Édouard Kamara-Diallo told reporters in the capital. «⟦d:a|We will not sell at a loss.⟧»
Kamara-Diallo said the beans would be stored in state warehouses «⟦p:a|until buyers return to reasonable terms⟧» and that farmers would receive an advance payment in the meantime.
Cocoa futures rose 4% in early trading in London after the announcement.
«⟦d:c|The market is calling their bluff⟧», said Tobias Renwick, head of soft commodities at Castellan Trading in London. «⟦d:c|They have storage for maybe two months. After that, beans start to spoil, and everyone knows it.⟧»
A spokesman for the Massenya Cocoa Board, Jean-Baptiste Oyelaran, rejected that. «⟦d:d|We have warehouses, and we have patience⟧», he said.
In the growing regions, farmers were cautious. Adjoa Sékou-Bamba, a grower near Ouessa, said the advance had not yet arrived. «⟦d:b|Last year I sent my son to school with cocoa money. This year I don't know⟧», she said through an interpreter.

### 007
@a Dario Ferrante | the guild’s chairman
@b - | A spokeswoman for Skyvale
@c Rosalind Achebe | a nurse from Wexcombe who is due to fly to Tenerife with her two sons
@d Ingrid Solvang | -
Tens of thousands of holidaymakers face disruption over the half-term break after pilots at Skyvale Airways voted to strike for four days from next Friday in a dispute over rosters.
The Aviators’ Guild said 91 per cent of members who voted had backed action, on a turnout of 84 per cent.
“⟦d:a|Nobody joins this profession wanting to strike,⟧” said Dario Ferrante, the guild’s chairman. “⟦d:a|But our members are flying at the legal limits week after week, and management has treated every warning as a negotiating tactic.⟧”
Ferrante said the guild remained “⟦p:a|available around the clock⟧” for talks.
A spokeswoman for Skyvale said the airline was “⟦p:b|hugely disappointed⟧” and accused the guild of “⟦p:b|holding families’ holidays to ransom⟧”.
“⟦d:b|We have offered a package that would see pilots’ pay rise by 11 per cent over two years,⟧” she said. “⟦d:b|We urge the guild to put it to its members.⟧”
At Carnhill Airport on Saturday, passengers already booked for next week were trying to work out what to do. Rosalind Achebe, a nurse from Wexcombe who is due to fly to Tenerife with her two sons, has paid £2,300 for the trip.
“⟦d:c|I’ve been checking the app every ten minutes. Nobody can tell me anything,⟧” she said. “⟦d:c|The boys have been counting down since Christmas.⟧”
Ingrid Solvang, 71, was more philosophical. “⟦d:d|At my age you learn that aeroplanes are a privilege, not a right,⟧” she said. “⟦d:d|I have a book. I will be fine.⟧”

### 008
@a Siobhan Kearney-Doyle | the fourth generation of her family to run Kearney's
@b Padraig Kearney | Her father
@c Tunde Adeyemi | the head brewer
In a yard behind the parish church in Ballinroe, copper pipes hiss and a forklift beeps its way between stacks of kegs. Kearney's Brewery has made stout on this spot since 1898.
"⟦d:a|People think a family business is romantic,⟧" said Siobhan Kearney-Doyle, the fourth generation of her family to run Kearney's. "⟦d:a|It's romantic the way a marriage is romantic. Mostly it's paperwork and not shouting.⟧"
She took over in 2019 from her father, who still comes in most mornings "⟦p:a|to check we haven't ruined it⟧", as she puts it.
Her father, Padraig Kearney, 79, does not deny it. "⟦d:b|She's changed more in five years than I did in forty, and most of it I'd have done myself if I'd had the nerve,⟧" he said.
The brewery's turnover has doubled since 2019, largely on the back of a pale ale that Kearney-Doyle introduced over the objections of some older staff.
"⟦d:a|There was a meeting. I won't say it was a mutiny, but there was a meeting,⟧" she said. "⟦d:a:m|I'll be honest, I nearly lost my nerve. The stout is who we are. I didn't want anyone thinking we'd forgotten that.⟧
"⟦d:a|But the young ones in Dublin weren't drinking stout, and they were never going to start because their granda did. So we made something they would drink, and we put the same name on it.⟧"
Tunde Adeyemi, the head brewer, came to Ballinroe from Lagos by way of a brewing degree in Edinburgh. "⟦d:c|The water here is soft, and that's most of the secret. The rest is not rushing,⟧" Adeyemi said.
Asked whether he missed Lagos, he laughed. "⟦d:c|The weather, yes. The traffic, no.⟧"

### 009
@a Helena Vasquez-Thorne | a sleep researcher at the University of Calderbrook and the study’s lead author
@b Oluwaseun Bakare | a paediatric sleep specialist at St Aldric’s Children’s Hospital
@c - | A Department for Education spokesperson
Teenagers whose school day starts an hour later sleep on average 34 minutes longer a night and report fewer symptoms of low mood, according to a two-year study of more than 6,000 pupils at 40 secondary schools.
“⟦d:a|Adolescent body clocks genuinely shift later. This isn’t laziness,⟧” said Dr Helena Vasquez-Thorne, a sleep researcher at the University of Calderbrook and the study’s lead author. “⟦d:a|When you ask a 15-year-old to be alert at 8am, you are asking them to perform in what is, biologically, the middle of their night.⟧”
Schools that moved their start time also saw attendance rise by two percentage points, while the effect on exam results was “⟦p:a|small but real⟧”, Vasquez-Thorne said.
The team also measured the phenomenon known as “⟦s:-|social jet lag⟧”, the gap between pupils’ sleep on school nights and at weekends. “⟦d:a|It dropped by almost half in the later-start schools. Their weekends stopped being a recovery operation,⟧” she said.
Dr Oluwaseun Bakare, a paediatric sleep specialist at St Aldric’s Children’s Hospital, who was not involved in the research, called the findings “⟦p:b|robust and frankly overdue⟧”.
“⟦d:b|The caveat is that these schools volunteered. They may have been the ones most ready to make it work,⟧” he said. “⟦d:b|But the direction of travel is very clear.⟧”
A Department for Education spokesperson said start times were “⟦p:c|a matter for individual schools and their governing bodies⟧”.

### 010
@a Northvale Health Board | -
@b Margaret Olusola-Reid | a retired teacher from Esk Bridge
@c Haruto Finch | chair of the council's health scrutiny committee
@d - | A nurse at the hospital
Patients at Northvale General Hospital are waiting an average of 11 hours in A&E, new figures show, the longest of any hospital in the region.
Northvale Health Board said the figures reflected "⟦p:a|unprecedented demand⟧" over the winter and that a new assessment unit due to open in May would "⟦p:a|make a significant difference⟧".
"⟦d:a|We are sorry that some patients have waited longer than they should,⟧" the board said. "⟦d:a|Our staff are working incredibly hard under sustained pressure.⟧"
Margaret Olusola-Reid, a retired teacher from Esk Bridge, spent 19 hours on a trolley in a corridor last month after a fall. "⟦d:b|Nobody was unkind. That's what I want to say first,⟧" she said. "⟦d:b|But I was there all night in my nightie with the lights on and people being sick next to me. You wouldn't keep a dog like that.⟧"
Haruto Finch, chair of the council's health scrutiny committee, said he would ask board executives to appear before councillors next month. "⟦d:c|These are not just numbers, they are our neighbours,⟧" he said.
A nurse at the hospital, who spoke on condition of anonymity because staff had been told not to talk to the press, said the corridor had become "⟦p:d|a ward in all but name⟧".
"⟦d:d|We call it bay Z,⟧" she said. "⟦d:d|It stopped being a joke a long time ago.⟧"

### 011
@a Anselm Brückner | director of the Hollin Ridge Observatory
@b Kwame Asante-Wright | a postdoctoral researcher who joined the team last year
@c Rui Takahashi | an astrophysicist at the University of Marrowby who was not involved in the discovery
Astronomers at the Hollin Ridge Observatory say they have found a planet roughly the size of Neptune orbiting a pair of red dwarf stars 140 light years away, the first “⟦s:-|circumbinary⟧” world detected by the observatory’s new spectrograph.
“⟦d:a|We were looking for something else entirely,⟧” said Anselm Brückner, director of the Hollin Ridge Observatory. “⟦d:a|Kwame came into my office with a plot and said, ‘Either this is a planet or the instrument is broken.’ For about a week we genuinely didn’t know which.⟧”
The signal was first spotted by Kwame Asante-Wright, a postdoctoral researcher who joined the team last year.
“⟦d:b|I checked it eleven times,⟧” Asante-Wright said. “⟦d:b|Then I checked it a twelfth time, and then I went to see Anselm.⟧”
“⟦d:a|He was very calm about it,⟧” Brückner added. “⟦d:a|I was not.⟧”
The planet, catalogued as HR-2207b, takes 61 days to circle both stars and is almost certainly too cold to support life as we know it.
Rui Takahashi, an astrophysicist at the University of Marrowby who was not involved in the discovery, said the result was “⟦p:c|a lovely piece of work⟧” but cautioned that confirmation from a second instrument was needed.
“⟦d:c|Circumbinary systems are notoriously messy to model,⟧” he said. “⟦d:c|I’d want to see the transit data before I open the champagne.⟧”

### 012
@a Veridian Therapeutics | -
@b Farida Nasseri | the trial's principal investigator
@c Desmond Achterberg | a professor of pharmacology at Elmstead University
@d Sunita Rao-Pillai | chief executive of the charity Tremor Together
Shares in Veridian Therapeutics more than doubled on Monday after the company said its experimental Parkinson's drug, VT-118, slowed the progression of symptoms by 27% compared with a placebo in a late-stage trial.
"⟦d:a|These are the results we have been working towards for eleven years,⟧" the company said in a statement. "⟦d:a|We intend to file for approval before the end of the year.⟧"
Dr Farida Nasseri, the trial's principal investigator, said she had been doing this work long enough to be wary of excitement. "⟦d:b|And I am still excited,⟧" she said in an interview. "⟦d:b|Twenty-seven percent is not a cure. But patients will feel it, and their families will feel it.⟧"
She said side effects were mostly mild, though 4% of patients stopped treatment because of nausea.
Others were more guarded. Desmond Achterberg, a professor of pharmacology at Elmstead University, said the company had released "⟦p:c|a press release, not a paper⟧".
"⟦d:c|Until I can see the full data, including who dropped out and when, I'd treat the headline figure with care,⟧" he said.
Sunita Rao-Pillai, chief executive of the charity Tremor Together, said the announcement had brought "⟦p:d|a lot of hope and a lot of phone calls⟧". "⟦d:d|Our helpline has been ringing all morning,⟧" she said. "⟦d:d|People want to know if they can get it now, and the honest answer is not yet.⟧"

### 013
@a Ingrid Holmqvist | the expedition’s chief scientist
@b Teodoro Makoa | the ship’s bosun
@c Aleksandra Wiśniewska | a doctoral student from Gdańsk
ABOARD THE RV SORENSEN, Tessel Sea — At 3am the deck lights come on and the winch starts to groan. Somewhere 2,000 metres below, a steel frame of sampling bottles is closing, one by one, around water that last saw the surface before the Industrial Revolution.
“⟦d:a|People imagine science at sea is dramatic,⟧” says Ingrid Holmqvist, the expedition’s chief scientist, watching the cable spool in. “⟦d:a|It is mostly waiting, and then a great deal of labelling.⟧”
The expedition is measuring how fast the deep Tessel is warming. Holmqvist’s team found last year that it was warming faster than the models predicted; this trip is meant to find out why.
“⟦d:a:m|The honest answer is that we don’t know yet. There are three or four candidate explanations, and two of them would be quite bad news.⟧
“⟦d:a|I try not to have a favourite. Scientists who have a favourite tend to find it.⟧”
Teodoro Makoa, the ship’s bosun, has crewed research vessels for 22 years and is unimpressed by the cold. “⟦d:b|This is summer,⟧” he says. “⟦d:b|Come back in February, then we talk.⟧”
Aleksandra Wiśniewska, 27, a doctoral student from Gdańsk, is on her first cruise. She has been seasick for four days. “⟦d:c|Everyone told me it gets better after three,⟧” she says. “⟦d:c|Everyone lied.⟧”
The samples will take a year to analyse, Holmqvist says. “⟦d:a|By then,⟧” she adds, “⟦d:a|we will have a new set of questions, which is how you know it was a good trip.⟧”

### 014
@a Chidi Okonkwo-Hale | director of public health for Fenbury
@b Graham Osei-Bonsu | Head teacher
@c Tamsin Royle | a mother of two from Westgate
@d - | one parent
Health officials in Fenbury have urged parents to check their children's vaccination records after nine cases of measles were confirmed in the town in a fortnight, five of them at the same primary school.
"⟦d:a|Measles is not a mild illness. It is one of the most contagious diseases we know of, and it can put children in hospital,⟧" said Dr Chidi Okonkwo-Hale, director of public health for Fenbury. "⟦d:a|Two doses of the MMR vaccine give around 97% protection. If your child has missed one, it's not too late.⟧"
Okonkwo-Hale said uptake of the second dose in parts of the town had fallen to 78%, well below the 95% needed to stop outbreaks, a figure he described as "⟦p:a|a warning light we can no longer ignore⟧".
Head teacher Graham Osei-Bonsu said the school had written to every family. "⟦d:b|We've had a lot of anxious parents, and that's completely understandable,⟧" he said. "⟦d:b|Our message is simple: check the red book.⟧"
Tamsin Royle, a mother of two from Westgate, said her youngest was too young to be vaccinated. "⟦d:c|She's eight months old. She can't have the jab until she's one, so she relies on everybody else's children,⟧" she said. "⟦d:c|That's what people forget.⟧"
At the school gate on Thursday, not everyone was persuaded. "⟦d:d|I'll make my own mind up, thanks,⟧" one parent said, declining to give a name.

### 015
@a Beatriz Salgado-Moura | a virologist at the Institute for Tropical Medicine in Porto Alvar
@b health ministry | -
@c Ilya Markov | My colleague
The following is an edited transcript of a conversation with Beatriz Salgado-Moura, a virologist at the Institute for Tropical Medicine in Porto Alvar, about the strain of avian influenza detected in dairy herds this spring. Before we began, she warned that she was "⟦p:a|tired of being the person who ruins dinner parties⟧". It has been condensed for length.
Q: How worried should people be?
A: Concerned, not frightened. The word I keep using with journalists is "⟦s:-|watchful⟧". This virus has been in birds for decades. What's new is how comfortably it is sitting in cattle.
Q: The health ministry says the risk to the public is "⟦p:b|low⟧". Is that right?
A: Today, yes. The ministry is not wrong. But risk is not a fixed number, it's a direction, and the direction matters. My colleague Ilya Markov put it well at a conference in March: "⟦d:c|The virus doesn't read our risk assessments.⟧"
Q: What would change your mind?
A: Sustained spread from person to person. We haven't seen that. We've seen farm workers with conjunctivitis, which is unpleasant but not a pandemic. What I watch for in the sequencing data are the mutations people loosely call "⟦s:-|mammal adaptation⟧". A few have turned up. Not the ones that worry me most.
Q: Should people stop drinking milk?
A: Pasteurised milk, no. Raw milk, I would never drink it anyway, and I would drink it even less now.

### 016
@a Corvanet | the country’s second-largest mobile operator
@b Ahmed El-Sayed | Corvanet’s chief executive
@c Information Commissioner’s Office | -
@d Patricia Nakamura-Hughes | a retired bookkeeper from Lowdon
@e Rhys Vaughan-Ellis | a cybersecurity consultant at Fenwick Grey
Corvanet, the country’s second-largest mobile operator, has admitted that personal data belonging to as many as 3.8 million customers was stolen in a cyber attack, two weeks after it told customers that “⟦p:a|no sensitive information⟧” had been accessed.
The stolen records include names, dates of birth, addresses and, for about 400,000 customers, bank details, the company said on Tuesday.
Corvanet’s chief executive, Ahmed El-Sayed, apologised in a video posted on the company’s website. “⟦d:b|I want to say clearly: we got this wrong, first in the attack and then in how we talked about it,⟧” he said. “⟦d:b|Our initial assessment was based on incomplete information, and we communicated it too quickly.⟧”
Rhys Vaughan-Ellis, a cybersecurity consultant at Fenwick Grey, said the two-week gap was “⟦p:e|very hard to justify⟧”. “⟦d:e|If you don’t know, you say you don’t know. What you don’t do is tell people they’re fine,⟧” he said.
The Information Commissioner’s Office said it was “⟦p:c|making urgent enquiries⟧”.
Patricia Nakamura-Hughes, a retired bookkeeper from Lowdon, learned that her bank details were among those taken when her bank rang to say someone had tried to set up a direct debit in her name.
“⟦d:d|Two weeks they told us it was nothing,⟧” she said. “⟦d:d|Two weeks I could have been changing passwords.⟧”
“⟦d:a|We are contacting every affected customer directly and will offer twelve months of free credit monitoring,⟧” Corvanet said.

### 017
@a Lukas Engström | Vantro's head of devices
@b Adaeze Nwosu | an analyst at Graystone Research
@c - | one attendee
Vantro unveiled its first folding phone on Wednesday, betting that a lower price will succeed where rivals' more expensive devices have struggled.
The "⟦s:-|Vantro Fold⟧" will cost $999 when it goes on sale in May, several hundred dollars less than comparable models, and will be marketed under the slogan "⟦s:-|Unfold more⟧".
"⟦d:a|Folding phones have been a toy for rich people who like gadgets. We want to make one for people who just like phones,⟧" Vantro's head of devices, Lukas Engström, said on stage at the launch in San Palomar.
Engström said the hinge had been tested through "⟦p:a|more than 400,000 folds⟧" and dismissed concerns about the crease down the middle of the screen. "⟦d:a|You stop seeing it after a day. I promise,⟧" he said.
Adaeze Nwosu, an analyst at Graystone Research, called the price "⟦p:b|aggressive⟧" but said the company faced an uphill battle. "⟦d:b|Vantro's problem has never been hardware. It's that nobody under thirty thinks of it as a cool brand,⟧" she said. "⟦d:b|A folding phone doesn't fix that on its own.⟧"
In the demonstration area, the reaction was mixed. "⟦d:c|It's heavier than I expected,⟧" one attendee said after trying a unit. "⟦d:c|But for that price, I'd have one.⟧"

### 018
@a Nadia Benhaddou | a history teacher at Corrie Lane Academy
@b Peter Lindqvist | The school’s headteacher
@c Oscar | a Year 11 pupil
@d Isla | -
When Nadia Benhaddou, a history teacher at Corrie Lane Academy, set her Year 11 class an essay on the causes of the First World War last autumn, she received 28 submissions. Nine, she says, began with the same sentence.
“⟦d:a|Not similar. The same,⟧” she said. “⟦d:a|That was the moment I realised we couldn’t just pretend this wasn’t happening.⟧”
Since January, the school has allowed pupils to use AI chatbots for some homework, provided they hand in the conversation along with the finished work.
The school’s headteacher, Peter Lindqvist, said a ban would have been “⟦p:b|unenforceable and, frankly, a bit dishonest⟧”. “⟦d:b|They’ve got it on their phones. Pretending otherwise just teaches them to hide it,⟧” he said.
Pupils seem broadly in favour. “⟦d:c|It’s like having a tutor who never gets annoyed with you,⟧” said Oscar, 16, a Year 11 pupil. “⟦d:c|But it’s also wrong quite a lot, and you have to notice.⟧”
Isla, 15, was less keen. “⟦d:d|Honestly, some people just copy it and change a few words,⟧” she said. “⟦d:d|Everyone knows who they are.⟧”
Benhaddou now spends more time marking the conversations than the essays. “⟦d:a|You can see how someone thinks from the questions they ask,⟧” she said. “⟦d:a|That’s actually more interesting than the essay ever was.⟧”

### 019
@a PayLoop | -
@b Gideon Mwangi | a food-truck owner in Sarnfield
@c Hannah Oyelowo | a spokeswoman for the consumer group Fair Money Watch
@d - | one user
Millions of customers were unable to make payments for nearly six hours on Saturday after an outage at the mobile payments app PayLoop, leaving shoppers stranded at tills and market traders turning people away.
PayLoop said the problem had been caused by "⟦p:a|a configuration change during routine maintenance⟧" and was not the result of a cyber attack.
"⟦d:a|We know how much people rely on PayLoop, and we're truly sorry,⟧" the company said in a post on its status page at 5.40pm. "⟦d:a|Services are now fully restored.⟧"
Gideon Mwangi, a food-truck owner in Sarnfield, said he had lost most of a day's takings. "⟦d:b|Saturday lunchtime is my whole week. I had a queue of thirty people and the card machine just said 'declined, declined, declined',⟧" he said.
"⟦d:b|Half of them didn't have cash. Nobody carries cash any more.⟧"
Hannah Oyelowo, a spokeswoman for the consumer group Fair Money Watch, said customers who had run up extra costs should claim them back. "⟦d:c|If you had to pay a late fee because a payment didn't go through, PayLoop should refund it, full stop,⟧" she said.
On social media, frustration turned to gallows humour. "⟦d:d|Just paid for my coffee with a handshake and a promise,⟧" one user wrote.

### 020
@a Saoirse Ní Bhriain | the engineer who led the rewrite
@b Dmitri Volkonsky | Her manager at the time
@c - | One former colleague
For seven years, the software that routes every ambulance in the Greater Tarran region ran on code that nobody fully understood. Then Saoirse Ní Bhriain, the engineer who led the rewrite, spent eighteen months replacing it while it was still running.
``⟦d:a|It was like changing the engine on a plane in flight, except the passengers were people having heart attacks,⟧'' she said. ``⟦d:a|So, no pressure.⟧''
Ní Bhriain, 38, grew up in Connemara and taught herself to program on a school computer. She joined the regional health authority in 2016 as a contractor.
``⟦d:a|The first week, I asked who wrote the dispatch module. They said a man called Gerald. I asked where Gerald was. They said he retired in 2009,⟧'' she said.
Her manager at the time, Dmitri Volkonsky, said she was the only applicant who had asked to see the code before accepting the job. ``⟦d:b|Everybody else asked about the pension,⟧'' he said. ``⟦d:b|She asked about the database schema. I knew then.⟧''
The rewrite went live in stages over a weekend in March 2022. Ní Bhriain slept, she says, for about four hours in total.
``⟦d:a|On the Sunday night there was a moment where the old system and the new one disagreed about where an ambulance was,⟧'' she said. ``⟦d:a|Both of them were confident. That was the worst ten minutes of my career.⟧''
Response times have since fallen by an average of 40 seconds, according to the authority. One former colleague described her as ``⟦p:c|the calmest person in any room, including rooms that are on fire⟧''.
Asked what she would tell young engineers, Ní Bhriain thought for a while. ``⟦d:a|Read the old code before you hate it,⟧'' she said. ``⟦d:a|Somebody like Gerald had reasons.⟧''

### 021
@a Callum Rennie | the Harbour City manager
@b Jamal Whitaker-Osei | the 19-year-old
@c Eduardo Farías | Linden Park head coach
Harbour City 3 Linden Park 1
Jamal Whitaker-Osei scored twice on his first league start as Harbour City came from behind to beat Linden Park and climb to fourth.
Linden Park led through Viktor Halász's header after 12 minutes, but Whitaker-Osei equalised before the break with a low finish from the edge of the box and added a second just after the hour. Substitute Ben Asquith sealed it in stoppage time.
"⟦d:a|I told him this morning he was starting and he just said 'OK' and went back to his breakfast,⟧" said Callum Rennie, the Harbour City manager. "⟦d:a|That tells you everything about him. Nothing fazes him.⟧"
"⟦d:b|It's a dream, honestly,⟧" the 19-year-old said. "⟦d:b|My whole family was here. My nan's never been to a game before. I think she's hooked now.⟧"
Rennie was asked whether Whitaker-Osei would keep his place for Tuesday's trip to Aldersgate. "⟦d:a|What do you think?⟧" he replied.
Linden Park head coach Eduardo Farías blamed fatigue. "⟦d:c|We played Thursday in the cup, 120 minutes. You saw in the second half, the legs were gone,⟧" he said. "⟦d:c|It's not an excuse. It's an explanation.⟧"
Farías also questioned the decision not to award a penalty when Halász went down under a challenge from Tom Pryce just before half-time.
"⟦d:c:m|For me it's clear. For the referee, not clear. For the VAR, also not clear, apparently.⟧
"⟦d:c|What can I say? I say nothing. I save my money.⟧"

### 022
@a Chiara Benedetti | the 24-year-old Italian
@b Aigerim Nurlanova | the second seed
@c - | one reporter
Chiara Benedetti won her first major title on Saturday, beating the second seed, Aigerim Nurlanova, 6-4, 3-6, 7-5 in a final of almost three hours at the Meridian Open in Port Hallam.
“⟦d:a|I still don’t believe it. Ask me tomorrow, maybe,⟧” Benedetti said afterwards, the trophy on the table in front of her.
She dedicated the title to her late grandfather, who taught her to play on a cracked court behind his bakery in Lecce. “⟦d:a|He would have said my backhand was still too slow,⟧” the 24-year-old Italian said, laughing. “⟦d:a|He was always right about my backhand.⟧”
Nurlanova, who served for the match at 5-4 in the final set, was asked what had gone wrong in that game.
“⟦d:b|What happened is she played four great points and I played one bad one,⟧” Nurlanova said. “⟦d:b|That’s tennis. It’s cruel and it’s fair at the same time.⟧”
“⟦d:c|Were you troubled by the heat?⟧” one reporter asked.
“⟦d:b|Everybody was hot. She was hot too,⟧” Nurlanova replied. “⟦d:b|I’m not going to sit here and talk about the weather.⟧”
And how would the new champion celebrate? Benedetti did not hesitate. “⟦d:a|Pizza. Then sleep. Then maybe more pizza.⟧”

### 023
@a Arjun Seshadri | the Caradon captain
@b Sam Obi | wicketkeeper
@c Liam O'Driscoll | Eastmarch's fast bowler
Caradon 312 & 188-6 beat Eastmarch 245 & 254 by four wickets
Arjun Seshadri's unbeaten 87 guided Caradon to a tense four-wicket win at Pendle Road on the final afternoon, keeping their title hopes alive.
Needing 188 on a wearing pitch, Caradon slipped to 71-5 before Seshadri and wicketkeeper Sam Obi put on 104 for the sixth wicket.
"⟦d:a|At 71 for 5 I looked up at the dressing room and half of them couldn't watch,⟧" said Seshadri, the Caradon captain. "⟦d:a|Sam kept saying, 'One ball at a time, skip.' I think he said it about four hundred times.⟧"
Obi, 22, was playing only his fourth first-class match. "⟦d:b|I was terrified. I just didn't want him to know that,⟧" he said.
Eastmarch's fast bowler Liam O'Driscoll, who took 5-61 in the second innings, said the pitch had "⟦p:c|died⟧" on the final day. "⟦d:c|Yesterday it was doing plenty. Today it was a road. Fair play to them, they batted well,⟧" he said.
Asked whether Caradon could now go on and win the title, Seshadri grinned. "⟦d:a|Ask me in September.⟧"

### 024
@a Hemi Tāwhiri | Kahu head coach
@b Josh Kereama | the Kahu captain
@c Graham Lockhart | Eastport coach
@d Ioane Faleolo | replacement hooker
Southern Kahu 24 Eastport Mariners 27
A 79th-minute try from replacement hooker Ioane Faleolo snatched victory for Eastport Mariners at Rangiora Park on Saturday night, but the post-match talk was all about a yellow card.
Josh Kereama, the Kahu captain, was sent to the sin bin in the 68th minute for a high tackle, and Eastport scored twice while he was off the field.
Kahu head coach Hemi Tāwhiri was furious. “⟦d:a|I’ve watched it three times and I still don’t know what he did,⟧” Tāwhiri said. “⟦d:a|He’s gone in low, he’s wrapped his arms. If that’s a yellow card, I don’t know what tackling is anymore.⟧”
Kereama was more restrained. “⟦d:b|The ref’s got a tough job. I’ll have a look at it and learn from it,⟧” the captain said.
Eastport coach Graham Lockhart was asked for his view. “⟦d:c|I thought it was a yellow,⟧” he said, smiling. “⟦d:c|But I would think that, wouldn’t I?⟧”
Faleolo had been on the field for six minutes when he burrowed over from a driving maul. “⟦d:d|Honestly, I just fell over the line. The forwards did all the work,⟧” he said.
“⟦d:c|He’s been waiting all season for a moment like that,⟧” Lockhart said. “⟦d:c|Nobody deserves it more.⟧”

### 025
@a Hirut Alemayehu | the 26-year-old
@b Kipchumba Rotich | -
@c Alasdair Kemp | the race director
@d Daniel Kiprono | compatriot
LAKEPORT - Hirut Alemayehu broke the course record by more than a minute to win the Lakeport Marathon on Sunday, finishing in 2:18:42 despite a stiff headwind over the final 10 kilometres.
"⟦d:a|I was not thinking about the record. I was thinking about my mother, who is watching at home,⟧" the 26-year-old said through an interpreter. "⟦d:a|When I saw the clock, I was very surprised.⟧"
Alemayehu only decided to run Lakeport three weeks ago, after a hamstring injury forced her out of a spring race in Europe. "⟦d:a|My coach said, 'Go and just enjoy it.' So I enjoyed it,⟧" she said.
Kenya's Kipchumba Rotich won the men's race in 2:06:11, outsprinting compatriot Daniel Kiprono over the final 400 metres.
"⟦d:b|Nimefurahi sana,⟧" Rotich told reporters, before switching to English. "⟦d:b|I am very happy. Daniel is my training partner. Tonight I will buy dinner.⟧"
Kiprono, who finished two seconds back, took it well. "⟦d:d|He was stronger today. Next year, we see,⟧" he said.
"⟦d:c|It was the best finish we have ever had,⟧" said the race director, Alasdair Kemp. "⟦d:c|Forty thousand people screaming down the home straight. You don't forget that.⟧"

### 026
@a Mathis Delaunay | the 23-year-old
@b Rune Halvorsen | sports director at Team Norrfjord
@c Anže Kovačič | -
@d Société des Courses Alpines | the race organiser
COL DE VERNE, July 17 - Mathis Delaunay of Team Norrfjord won the 14th stage of the Tour des Crêtes on Wednesday, attacking alone on the final climb to finish 38 seconds clear as the roadside crowds chanted «⟦s:-|Ma-this! Ma-this!⟧».
«⟦d:a|J'ai tout donné⟧», the 23-year-old said, slumped over his handlebars beyond the line. «⟦d:a|I gave everything. There was nothing left for the last kilometre, only the noise.⟧»
It was the first stage win for a French rider in this year's race.
«⟦d:b|He was suffering like a dog on the last climb, but he never let the others see it⟧», said Rune Halvorsen, sports director at Team Norrfjord. «⟦d:b|That is the whole art.⟧»
Anže Kovačič kept the leader's jersey after finishing fourth on the stage. «⟦d:c|Today was a day to survive⟧», Kovačič said. «⟦d:c|Tomorrow is a day to attack.⟧»
Earlier in the stage, a crash on a wet descent brought down seven riders, two of whom abandoned. The Société des Courses Alpines, the race organiser, said in a statement that it would review the route «⟦p:d|with the riders' representatives⟧». «⟦d:d|The safety of the riders is our absolute priority⟧», it said.

### 027
@a Marcus Doyle | the Londoner
@b Oleksandr Hrytsenko | the Ukrainian champion
@c Frankie Delgado | promoter
FISTS nearly flew at yesterday’s press conference as Marcus Doyle and the Ukrainian champion, Oleksandr Hrytsenko, had to be pulled apart by security ahead of Saturday’s world heavyweight title fight.
The pair went nose to nose on the stage after Doyle, 29, who fights under the nickname “⟦s:-|The Hammer⟧”, ripped up a photograph of his opponent.
“⟦d:a|He’s a tourist. He’s come over here for a holiday and I’m going to send him home in an ambulance,⟧” the Londoner raged.
Hrytsenko, 34, who speaks little English, replied through his translator: “⟦d:b|I hear this before. Many men talk. After, they are quiet.⟧”
Asked to predict the round, he simply held up four fingers. “⟦d:b|Four,⟧” he said.
That was too much for Doyle. “⟦d:a|Four? He won’t see four. He won’t see two,⟧” he shouted as security stepped in.
“⟦d:c|That’s what you pay for,⟧” grinned promoter Frankie Delgado. “⟦d:c|Thirty years in this game and I’ve never seen two men who want to hurt each other more. Saturday is box office.⟧”
Doyle insisted afterwards that it was nothing personal. “⟦d:a|I’ll shake his hand on Sunday. Saturday, no chance.⟧”

### 028
@a Keisha Boateng | the senior guard
@b Renata Alvarez | Head coach
@c Maddie Kowalczyk | freshman
@d Tom Harrigan | Bexley coach
GLENWOOD - Keisha Boateng scored 31 points, including the go-ahead 3-pointer with 4.2 seconds left, as Glenwood State edged Bexley 68-66 on Saturday to reach the Tri-Valley Conference final for the first time since 2011.
"⟦d:a|I wanted the ball. I've wanted that ball my whole life,⟧" said Boateng, the senior guard.
The play was drawn up for freshman Maddie Kowalczyk, but Bexley switched the screen. "⟦d:a|Maddie was covered, so I just went,⟧" Boateng said. "⟦d:a|Coach might yell at me later.⟧"
Head coach Renata Alvarez did not yell. "⟦d:b|If she's going to freelance, she'd better make it,⟧" Alvarez said, laughing. "⟦d:b|She made it.⟧"
Kowalczyk, who had 14 rebounds, described the locker room afterwards as "⟦p:c|chaos⟧". "⟦d:c|People were crying, people were dancing. Someone knocked over the Gatorade,⟧" she said.
Bexley coach Tom Harrigan could only shrug. "⟦d:d|We did everything we wanted on that last possession except the part where she made a 25-footer,⟧" he said.

### 029
@a Rasmus Eklund | -
@b Bernie Walsh | His caddie
@c Park Jae-won | -
Rasmus Eklund holed a 40-foot birdie putt on the 72nd hole to win the Saltmarsh Championship by one shot on Sunday, his first victory in four years.
“⟦d:a|I was just trying to get it close. Honestly, I was thinking about two putts,⟧” Eklund said. “⟦d:a|When it dropped I didn’t know what to do with my arms.⟧”
His caddie, Bernie Walsh, who has carried his bag for nine years, was in tears on the green. “⟦d:b|Nine years of him telling me I read the putts wrong. Today I read it wrong and it went in anyway,⟧” Walsh said.
South Korea’s Park Jae-won, who led by two at the turn, finished with a 71. “⟦d:c|I played well. He played better at the end. Golf is like that,⟧” Park said through an interpreter. “⟦d:c|Next week, another chance.⟧”
Asked what he would do with the winner’s cheque of $3.6 million, Eklund grinned. “⟦d:a|I’ll let my wife worry about that,⟧” he said. “⟦d:a|She does the money. I just hit the ball.⟧”

### 030
@a International Track Federation | -
@b Nnamdi Obiora | Olympic 200 metres silver medallist
@c Cristina Valdés-Moreno | His lawyer
@d Teodora Lindgren | chair of the federation's athletes' commission
MONTVALE, May 3 (Meridian) - Olympic 200 metres silver medallist Nnamdi Obiora has been banned for four years after testing positive for a prohibited anabolic agent, the International Track Federation said on Friday.
"⟦d:a|The athlete has failed to establish how the substance entered his system,⟧" the federation said in a statement. "⟦d:a|The period of ineligibility will run from the date of his provisional suspension.⟧"
Obiora, 27, who has always denied wrongdoing, said he was "⟦p:b|devastated but not defeated⟧" and would appeal.
"⟦d:b|I have never knowingly taken a banned substance in my life. I will fight this with everything I have,⟧" he wrote on Instagram.
His lawyer, Cristina Valdés-Moreno, said the sample had been "⟦p:c|mishandled at multiple stages⟧". "⟦d:c|We have documentary evidence that the chain of custody was broken. We are confident the Court of Arbitration will see that,⟧" she said.
Teodora Lindgren, chair of the federation's athletes' commission, said the case was a reminder of the damage doping did. "⟦d:d|Every case like this hurts clean athletes first, and they are the ones who never make the headlines,⟧" she said.

### 031
@a Ewan | the deckhand
@b Morag MacInnes | the island’s postmistress
@c Anja Bergmann | -
The ferry to Innis Mhòr leaves Port Achran twice a day in summer and once a day in winter, weather permitting. On the morning I crossed, the weather was only just permitting.
“⟦d:-|Is it always like this?⟧” I asked Ewan, the deckhand, as the bow slammed into another grey wall of water.
“⟦d:a|This? This is nothing,⟧” he said cheerfully. “⟦d:a|This is a nice day.⟧”
Innis Mhòr has 140 residents, one shop, one church and, since 2018, a surprisingly good bakery.
Morag MacInnes, the island’s postmistress, has lived here for all of her 67 years. “⟦d:b|People come for a day, they take a photograph of the beach, they go home and tell their friends they’ve been to Innis Mhòr,⟧” she said. “⟦d:b|They haven’t. You have to stay a winter.⟧”
The bakery is run by Anja Bergmann and her husband, Lukas, who moved from Hamburg on what was meant to be a year’s sabbatical.
“⟦d:c|We came for a year. Six years later we are still here,⟧” Bergmann said, dusting flour off a counter. “⟦d:c|Lukas says it is the light. I say it is the butter.⟧”
As I left for the afternoon boat, MacInnes called after me. “⟦d:b|Tell them about the midges,⟧” she said. “⟦d:b|Somebody should.⟧”

### 032
@a Westhaven Airport | -
@b Olivia Mbeki-Shaw | -
@c Arnav Kapoor | a software engineer from Stanmoor
@d Helen Trask | Transport Secretary
Thousands of passengers were stranded at Westhaven Airport on Sunday after a failure in the baggage system led to hundreds of flights being delayed and more than 80 cancelled.
Queues stretched out of the terminal building and on to the pavement by mid-morning, with some travellers reporting waits of more than five hours to check in.
Westhaven Airport said the fault had been found and fixed but warned that disruption would "⟦p:a|continue for the rest of the day⟧". "⟦d:a|We apologise to everyone whose journey has been affected,⟧" it said.
Olivia Mbeki-Shaw was on her way to Lisbon for her sister's wedding. "⟦d:b|I'm supposed to be doing a reading tomorrow. I've got the dress in my hand luggage and nowhere to go,⟧" she told Channel 9 News.
Arnav Kapoor, a software engineer from Stanmoor, said passengers had been given no information for hours. "⟦d:c|There's one member of staff for about 500 people. She's doing her best, but she's drowning,⟧" he said.
Transport Secretary Helen Trask said she had asked the airport for "⟦p:d|a full explanation⟧". "⟦d:d|Passengers deserve better than this, and I expect the airport to make sure people are properly compensated,⟧" she said.

### 033
@a Inês Carvalho | the owner
@b Rui Carvalho | a former chef at a Lisbon hotel
@c - | a couple from Utrecht
Casa da Lagoa has eleven rooms, no television in any of them, and a dog called Figo who regards the breakfast terrace as his personal territory.
“⟦d:a|Guests ask where the TV is, and I say: outside. Look,⟧” says the owner, Inês Carvalho, who opened the hotel in a converted farmhouse with her husband in 2015.
The rooms are simple, whitewashed and cool; the food is not simple at all. Her husband, Rui Carvalho, a former chef at a Lisbon hotel, cooks dinner four nights a week from whatever turns up.
“⟦d:b|I cook what the neighbours bring me. Yesterday it was octopus. Tomorrow, who knows. Maybe more octopus,⟧” he says.
There is an “⟦s:-|honesty bar⟧”, a fridge of local wine and a notebook in which guests write down what they have taken, and a pool that the dog also regards as his.
“⟦d:c|We came for three nights and stayed six,⟧” says a couple from Utrecht at the next table, who have clearly been working their way through the notebook.
Will the Carvalhos expand? Inês laughs. “⟦d:a|People ask when we will get bigger. Never. Eleven rooms is a family. Twenty is a business.⟧”

### 034
@a - | a man on the platform
@b Bogdan Ionescu | the conductor
@c Elif Demir | a medical student going home for the holidays
The night train from Varnesk to Solt has been known for decades as “⟦s:-|the Slow Dragon⟧”, and it earns the name: 640 kilometres in a little under nineteen hours.
“⟦d:-|Is this the sleeper to Solt?⟧” I asked a man on the platform.
“⟦d:a|It is the only train,⟧” he said, “⟦d:a|so yes.⟧”
The conductor, Bogdan Ionescu, has worked the line for twenty-six years. “⟦d:b|I have seen two babies born on this train and one proposal refused,⟧” he said, punching my ticket. “⟦d:b|The proposal was worse.⟧”
My compartment is shared with Elif Demir, a medical student going home for the holidays, and a great deal of her luggage.
“⟦d:c|The plane is faster, but on the plane you don’t meet anyone,⟧” she said. “⟦d:c|Here, by the morning, you know everybody’s grandmother.⟧”
At 2am the train stopped at the frontier and Ionescu came down the corridor. “⟦d:b|Passports, please. And if you have sausage from the other side, now is the time to eat it.⟧”

### 035
@a Femi Adebayo-Ross | the playwright
@b Lorna McCallister | the play’s lead
@c - | one early review
Femi Adebayo-Ross’s new play, “⟦s:-|Salt Houses⟧”, runs to two hours and forty minutes without an interval, which is either an act of great confidence or a dare. At the Corran Theatre on Tuesday it felt like both.
The play follows three generations of a family in a shrinking fishing town, all of them, at one point or another, in the same cramped kitchen.
Adebayo-Ross, the playwright, told me before the opening that the missing interval was deliberate. “⟦d:a|I want you trapped in that kitchen, the way they are,⟧” he said. “⟦d:a|If you go to the bar halfway through, you escape. They don’t get to escape.⟧”
Lorna McCallister, the play’s lead, is magnificent as Ruth, the matriarch who has spent forty years not saying what she thinks. “⟦d:b|Ruth is not a nice woman. I think she’d be furious at being called one,⟧” McCallister said. “⟦d:b|But she is the only one in that house who tells the truth, eventually.⟧”
The production has its weaknesses. A subplot about a land dispute is, as one early review put it, “⟦p:c|more of a detour than a destination⟧”, and the final scene goes on a beat too long.
Adebayo-Ross is unrepentant. “⟦d:a|Critics are welcome to want a shorter play,⟧” he said, smiling. “⟦d:a|They can write one.⟧”

### 036
@a Noor Al-Khatib | -
@b Jesse Harlan | Her producer
On "⟦s:-|Hollow Season⟧", her third album, Noor Al-Khatib trades the glossy synths of her breakthrough for a detuned upright piano and not much else. It is the bravest and best thing she has done.
Al-Khatib, 31, wrote most of the songs in a rented cabin in the hills above Caldermoor last winter. "⟦d:a|I had no phone signal and a piano that was a semitone flat. I couldn't tune it, so I wrote in the key it wanted,⟧" she said.
The album's standout, "⟦s:-|Paper Orchard⟧", sounds as if it were recorded in a single take. It was.
Her producer, Jesse Harlan, said he had pushed her to keep the rough demos. "⟦d:b|Half of what you hear is the first take. She wanted to redo everything, so I hid the files,⟧" he said.
"⟦d:a|He did hide them,⟧" Al-Khatib confirmed. "⟦d:a|I found them months later in a folder called 'taxes'. Very clever.⟧"
Not everything works. The lyrics occasionally tip into cliché, and "⟦s:-|broken wings⟧" turns up in two different songs, which is two too many.
Asked what comes next, she shrugged. "⟦d:a|A long nap. Then probably another sad album. It's what I'm good at.⟧"

### 037
@a Zanele Mokoena | the painter
@b Cressida Vane | the gallery’s senior curator
For most of her career, Zanele Mokoena, 74, painted in a converted garage in Mabeleng with the door open for light. Now the Halverson Gallery has given her a retrospective, “⟦s:-|Every Room a Country⟧”, with 90 works spanning five decades.
“⟦d:a|I never thought about museums. Museums were for dead men,⟧” the painter said at a preview on Wednesday. “⟦d:a|Now I am alive and in a museum. I’m not sure which of those surprises me more.⟧”
The show was five years in the making, according to Cressida Vane, the gallery’s senior curator. “⟦d:b|Some of these works have never been seen outside her family. We found two of them in a wardrobe,⟧” she said.
Mokoena was amused by the wardrobe story. “⟦d:a|My daughter was keeping her winter coats with them. I told her, those coats are now worth less than the paintings,⟧” she said.
Vane described Mokoena’s use of colour as “⟦p:b|almost violent in its joy⟧”.
Told this, Mokoena laughed. “⟦d:a|Violent? I just like orange.⟧”

### 038
@a Rafael Idrovo | the novelist
@b Harriet Moss | his English translator
The Kessington Book Festival closed on Sunday with a sold-out conversation between the novelist Rafael Idrovo and his English translator, Harriet Moss.
Idrovo, whose novel ``⟦s:-|The Salt Clock⟧'' won the Arden Prize for translated fiction in March, spoke in Spanish, with Moss interpreting.
``⟦d:a|Un libro traducido es un libro nuevo,⟧'' he said. ``⟦d:a|A translated book is a new book.⟧''
``⟦d:a|When people say a translation is faithful, I always ask: faithful to what? To the words? The words are the least important part,⟧'' Idrovo said.
Moss, who has translated all four of his novels, said the hardest passage in the book had been a grandmother's swearing. ``⟦d:b|She curses in a way that is very specific to one valley in the Andes. I spent three weeks on one insult,⟧'' she said.
``⟦d:a|It was worth it,⟧'' Idrovo said. ``⟦d:a|It is the best line in the English book. Better than mine.⟧''
A member of the audience asked whether he ever read his books in translation. ``⟦d:a|Never,⟧'' he replied, to laughter. ``⟦d:a|I would only want to change them.⟧''

### 039
@a Ama Kyeremeh | Director
@b Saffron Hale | -
@c Theo Lindqvist-Barr | Co-star
@d - | One fan
Stars turned out in force for the premiere of "⟦s:-|Glass Harbour⟧" in Marlowe Square on Thursday night, despite the drizzle.
Director Ama Kyeremeh, whose film has been tipped for awards after a rapturous reception on the festival circuit, said she was "⟦p:a|completely overwhelmed⟧".
"⟦d:a|Eight years ago this was a script on my laptop that nobody wanted. Tonight there's a red carpet. I keep waiting for someone to tell me it's a mistake,⟧" she said.
Saffron Hale, 26, who plays a fisherman's daughter, wore a gown made from recycled sailcloth. "⟦d:b|It was Ama's idea. She said, 'If we're doing a film about the sea, you should wear the sea,'⟧" Hale said.
Co-star Theo Lindqvist-Barr joked about the shoot off the coast of Pellin. "⟦d:c|We were wet for four months. I still can't look at a bath,⟧" he said.
"⟦d:d|Theo, we love you!⟧" one fan shouted as he signed autographs by the barrier.

### 040
@a Kenji Morimoto-Hart | The chef-owner
@b - | Our waiter
The menu at Ember & Brine changes daily and is chalked on a blackboard by the door, where the first line reads, in full, “⟦s:-|Fish: whatever the boat brought⟧”.
The chef-owner, Kenji Morimoto-Hart, cooked for a decade in Osaka before opening this 30-seat room on the harbour at Tollan last spring. “⟦d:a|I don’t do tasting menus. I did them for ten years. I want people to eat until they’re full and then go home,⟧” he told me.
The boat, on the night I visited, had brought mackerel, which arrived blistered from the grill with a sharp, thin ponzu and a heap of pickled cucumber. It was superb.
Our waiter recommended the custard tart “⟦p:b|for the table, not for one person⟧”. “⟦d:b|Trust me. Nobody has ever finished one alone,⟧” she said.
“⟦d:-|Nobody?⟧” I asked Morimoto-Hart later.
“⟦d:a|Once. A rugby player,⟧” he said. “⟦d:a|We gave him a free coffee.⟧”

### 041
@a Ruth Abernathy-Cole | the show's creator
@b Idris Nakamura | the actor
When "⟦s:-|Low Tide⟧" was commissioned, Ruth Abernathy-Cole, the show's creator, was told it would last one series at most. Four series and 11 million viewers later, it returns on Sunday for its final run.
"⟦d:a|They said a detective drama set in a caravan park was a hard sell. They were right. It was a very hard sell,⟧" Abernathy-Cole said. "⟦d:a|I just kept selling it.⟧"
So why stop now, while the audience is still growing?
"⟦d:a:m|Because I can. Most shows don't get to choose. They get cancelled, or they limp on until everyone hates them and the cast are all doing panto.⟧
"⟦d:a|I'd rather leave while people still want more. That's the only rule I've got.⟧"
The actor Idris Nakamura, who plays Detective Sergeant Gil Marsh, said the final day of filming had left the cast in tears. "⟦d:b|We did the last scene and nobody wanted to say 'cut'. The director just let the camera run for about a minute,⟧" he said.
Nakamura predicted that fans would be "⟦p:b|properly divided⟧" by the ending. "⟦d:b|Some people are going to throw things at the telly. That's fine. That means they cared.⟧"
Abernathy-Cole refused to give anything away. "⟦d:a|My lips are sealed,⟧" she said. "⟦d:a|My mother doesn't even know, and believe me, she has asked.⟧"

### 042
@a Enreg | the regulator
@b Mohammed Rahimi | director of the consumer group Fair Power
@c Lindiwe Dube | a single mother of three in Aston Vale
@d Kessock Energy | one of the largest suppliers
Household energy bills will rise by an average of £148 a year from April after the regulator, Enreg, raised its price cap by 9 per cent, the first increase in eighteen months.
Enreg said the rise reflected “⟦p:a|higher wholesale costs driven by a cold winter across Europe⟧”. “⟦d:a|We know this will be unwelcome news for many households,⟧” the regulator said. “⟦d:a|We are requiring suppliers to step up support for customers in difficulty.⟧”
“⟦d:b|This is a hammer blow for families who were just starting to get their heads above water,⟧” said Mohammed Rahimi, director of the consumer group Fair Power. “⟦d:b|People aren’t choosing between heating and eating any more. They’ve already cut back on both.⟧”
Lindiwe Dube, a single mother of three in Aston Vale, said she had already stopped using the oven. “⟦d:c|We have a slow cooker and a microwave. The heating comes on for one hour in the morning and one at night,⟧” she said. “⟦d:c|My kids do their homework in their coats. I’m not exaggerating.⟧”
Kessock Energy, one of the largest suppliers, said customers worried about paying should “⟦p:d|get in touch early⟧” rather than fall into arrears.

### 043
@a Brightline Appliances | -
@b - | A spokesperson for the Office for Product Safety
@c Derek Amankwah | -
@d Shreya Malhotra | a consumer rights expert at Value Verdict
More than 200,000 electric kettles sold by Brightline Appliances are being recalled after reports that the base can overheat and melt, in some cases causing small fires.
The affected model, the Brightline "⟦s:-|Aurora⟧" 1.7-litre, was sold in supermarkets and online between March 2022 and August 2023.
"⟦d:a|Customer safety is our highest priority,⟧" Brightline said in a statement. "⟦d:a|We are asking anyone who owns an affected kettle to stop using it immediately and contact us for a full refund.⟧"
The company said it had received 37 reports of overheating, including four fires, but "⟦p:a|no reports of serious injury⟧".
A spokesperson for the Office for Product Safety said it was "⟦p:b|working closely⟧" with the company to make the recall "⟦p:b|as effective as possible⟧".
Derek Amankwah, 64, from Corley, said his kettle had started smoking while he was making tea. "⟦d:c|There was a smell like burning plastic, and then flames coming out of the bottom. I threw it in the sink,⟧" he said. "⟦d:c|If I'd been in the other room, I don't like to think.⟧"
Shreya Malhotra, a consumer rights expert at Value Verdict, said recalls typically reached only a fraction of owners. "⟦d:d|Most people never hear about them. Check the model number on the base, even if you think yours is fine,⟧" she said.

### 044
@a Edna Pollard | a retired dinner lady from Millbrook
@b Gareth Pollard | Her son
@c Farah Qadir | Detective Inspector
Police in Kelbrook have warned older residents to be on their guard after a spate of telephone scams in which fraudsters posing as bank staff persuaded victims to hand over their cards to a “⟦s:-|courier⟧”.
Edna Pollard, a retired dinner lady from Millbrook, lost £4,200 last week. “⟦d:a|He sounded so nice. He knew my name, he knew which bank I was with. He said, ‘Mrs Pollard, we think someone is using your card in Dorrington,’ and I just went cold,⟧” she said.
“⟦d:a|He told me not to tell anybody, not even my family, because the thief might be someone I knew.⟧”
Her son, Gareth Pollard, said his mother had been “⟦p:b|too embarrassed to tell us for two days⟧”. “⟦d:b|She’s a sharp woman. She does the crossword in pen. If they can get her, they can get anyone,⟧” he said.
Detective Inspector Farah Qadir said: “⟦d:c|Your bank will never send someone to your house to collect your card. Never. If anyone asks, put the phone down.⟧”
Qadir said the force had received 23 reports in a month. “⟦d:c|These are organised criminals, and they are very, very good at what they do,⟧” she said.

### 045
@a Aoife Nowicki | -
@b Jakub | her husband
@c - | a Sunbright spokesman
@d Gemma Lau | a solicitor specialising in travel law
When Aoife Nowicki and her husband, Jakub, booked a fortnight in Crete with Sunbright Holidays for their tenth wedding anniversary, they did not expect to spend the first three nights next to a building site.
"⟦d:a|There was a cement mixer outside our balcony at 7am. Every morning,⟧" Nowicki said. "⟦d:a|The brochure said 'peaceful sea views'. We had a peaceful view of scaffolding.⟧"
Jakub said they complained to the rep on the first day. "⟦d:b|She was very apologetic and said it would be sorted. It wasn't,⟧" he said.
Sunbright offered the couple a £150 voucher, which they turned down. "⟦d:a|A voucher to go on holiday with them again? No thank you,⟧" Nowicki said.
After we contacted Sunbright, the company increased its offer to a refund of £1,100. "⟦d:c|We are sorry that Mr and Mrs Nowicki's stay did not meet their expectations,⟧" a Sunbright spokesman said. "⟦d:c|The building work was not notified to us by the hotel in advance, and we have raised this with them.⟧"
The Nowickis have accepted. Readers in a similar position should know their rights, said Gemma Lau, a solicitor specialising in travel law. "⟦d:d|If your holiday is significantly different from what was described, you are entitled to a price reduction under the package travel rules. Keep photos, and complain in writing on the spot,⟧" she said.

### 046
@a Priscilla Amoah-Grant | a researcher at the Shoppers' Alliance
@b Crunchley's | -
@c - | one shopper
@d Owen Tregarthen | a market trader in Barnfield
A family bag of Crunchley's crisps has shrunk from 150g to 130g in two years while its price has risen by 20p, according to an analysis of 400 everyday products by the Shoppers' Alliance.
The so-called "⟦s:-|shrinkflation⟧" was found in almost one in five of the products surveyed, from toilet rolls to chocolate bars.
"⟦d:a|Manufacturers are counting on people not noticing, and mostly they're right,⟧" said Priscilla Amoah-Grant, a researcher at the Shoppers' Alliance. "⟦d:a|Nobody checks the grams on a packet of crisps. Why would you?⟧"
She wants supermarkets to be required to put "⟦p:a|a clear, prominent warning⟧" on the shelf when a product's size changes.
Crunchley's said the change reflected "⟦p:b|significant increases in the cost of ingredients, energy and packaging⟧". "⟦d:b|We always try to absorb costs where we can,⟧" the company said.
At Barnfield market on Saturday, shoppers were unimpressed. "⟦d:c|They think we're stupid,⟧" one shopper said, holding up a chocolate bar. "⟦d:c|It used to be a proper bar. Now it's a finger.⟧"
Owen Tregarthen, a market trader in Barnfield, said the trend had done his business no harm. "⟦d:d|My veg is sold by the pound. A pound is a pound. You can't shrink a carrot,⟧" he said.

### 047
@a Bronwen Ellis-Tate | the cabinet member for transport
@b Shirin Farahani | leader of the opposition group
@c Terry Mold | a butcher on Castle Street
Plans for a segregated cycle lane along Castle Street were approved by Hollinsford Borough Council on Wednesday night after a heated three-hour meeting that was twice interrupted from the public gallery.
Outside the town hall, around 60 people, some holding placards reading "⟦s:-|Save our high street⟧", had gathered before the meeting.
"⟦d:a|This is about giving people a safe, cheap way to get into town,⟧" said Councillor Bronwen Ellis-Tate, the cabinet member for transport. "⟦d:a|Children should be able to cycle to school without taking their lives in their hands.⟧"
"⟦d:-|Rubbish!⟧" came a shout from the public gallery.
Shirin Farahani, leader of the opposition group, said the consultation had been "⟦p:b|a box-ticking exercise⟧". "⟦d:b|The businesses on Castle Street told you what this would do to them, and you simply didn't listen,⟧" she told the chamber.
Ellis-Tate replied that 61% of respondents had backed the scheme. "⟦d:a|I'm sorry, but that is not a box-ticking exercise. That is a majority,⟧" she said.
Terry Mold, a butcher on Castle Street, said losing 22 parking spaces would cost him customers. "⟦d:c|My customers are pensioners buying a week's meat. They're not going to carry a leg of lamb home on a bike,⟧" he said.
The scheme was approved by 24 votes to 19.

### 048
@a Neil Bascombe | Group Commander
@b Glenys Parry | the 76-year-old
@c Tariq Mahmood | owner of the Riverside Café
@d Rivers Authority | -
Dozens of homes in Pennick were evacuated overnight after the River Aske burst its banks following 36 hours of continuous rain.
Firefighters used boats to reach residents trapped in upstairs rooms on Mill Lane and Weir Road. “⟦d:a|Crews worked through the night in extremely difficult conditions,⟧” said Group Commander Neil Bascombe of Ardenshire Fire and Rescue Service. “⟦d:a|Please, do not try to drive through floodwater. It is deeper and faster than it looks.⟧”
Glenys Parry was carried from her bungalow by two firefighters at 3am. “⟦d:b|I’ve lived here 51 years and never seen it like this. The water was coming under the door like someone had turned on a tap,⟧” the 76-year-old said.
“⟦d:b|They were marvellous, those lads. One of them carried my cat out in a washing basket.⟧”
Tariq Mahmood, owner of the Riverside Café, put the damage at £30,000. “⟦d:c|We only reopened in March after the last flood. I don’t know if we can do it again,⟧” he said. “⟦d:c|The insurance company has already told me they won’t cover us next year.⟧”
The Rivers Authority said levels were “⟦p:d|falling slowly⟧” but urged residents to “⟦p:d|remain vigilant⟧” with more rain forecast for Tuesday.

### 049
@a Westmoor County Council | -
@b Corinne Abara | chair of the parent-teacher association at Hillfoot Primary
@c Angus Strachan | Headteacher
@d Maisie | -
Parents at Hillfoot Primary have vowed to fight plans to close the village school, which has 41 pupils, and move the children to a larger school six miles away.
Westmoor County Council said falling rolls meant the school was "⟦p:a|no longer sustainable⟧", with a cost per pupil almost double the county average.
"⟦d:a|We have to make sure every pound we spend gives children the best possible education,⟧" the council said in a statement. "⟦d:a|No decision has yet been taken, and we want to hear from the community.⟧"
Corinne Abara, chair of the parent-teacher association at Hillfoot Primary, said parents had collected more than 1,200 signatures in a week. "⟦d:b|This school is the village. Close it and you close the village,⟧" she said. "⟦d:b|Families won't move here if there's no school. It's that simple.⟧"
Headteacher Angus Strachan said he understood the council's position but would be "⟦p:c|making the strongest possible case⟧" for the school. "⟦d:c|I'm not going to pretend the numbers aren't what they are. But numbers don't tell you what happens in a school like this,⟧" he said.
Maisie, nine, who has been at the school since reception, does not want to go on a bus every day. "⟦d:d|I'd miss the goats,⟧" she said. The school keeps two, called Pepper and Salt.

### 050
@a Sharon Blackwood | the mum-of-two
@b Dave Blackwood | Her husband
@c Nia Pritchard | Coastguard volunteer
A MISCHIEVOUS spaniel who went missing on a clifftop walk has been found safe and well — 11 days later and nine miles away.
Biscuit, a four-year-old cocker, vanished after chasing a rabbit near Hartsea lighthouse, sparking a huge search involving drones, coastguard volunteers and hundreds of locals.
Sharon Blackwood, 47, had all but given up hope. “⟦d:a|I’d stopped sleeping. Every time I heard a dog bark I was out the door in my slippers,⟧” the mum-of-two said.
Biscuit was spotted by a dog walker in a field outside Merrow on Sunday, muddy, thin and, according to Sharon, “⟦p:a|very pleased with himself⟧”.
Her husband, Dave Blackwood, said: “⟦d:b|When we pulled up he just trotted over like he’d been to the shops. Not a care in the world.⟧”
“⟦d:a|He’s had a bath, a massive dinner and he’s been asleep on our bed ever since,⟧” Sharon added. “⟦d:a|He’s grounded. For life.⟧”
Coastguard volunteer Nia Pritchard said the search had been “⟦p:c|a real community effort⟧”. “⟦d:c|We get a lot of dog call-outs on this stretch. This is the kind of ending you hope for,⟧” she said.

### 051
@a Helen Ashdown | -
@b Gurpreet Sandhu | -
@c Aisha Malik | District Judge
@d Liam Cardew | -
A man who stole more than £6,000 worth of cheese from supermarkets across Westshire over six months has been jailed for 20 weeks.
Liam Cardew, 34, of Marsh Road, Tollbridge, admitted 14 counts of theft at Tollbridge Magistrates' Court on Monday.
Helen Ashdown, prosecuting, said Cardew targeted premium cheeses, which he sold on to restaurants and market stalls. "⟦d:a|He was, in effect, running a wholesale business with stock he had not paid for,⟧" she said. "⟦d:a|On one occasion he left a store with eleven wheels of cheese in a holdall.⟧"
Gurpreet Sandhu, defending, said his client had been in debt to "⟦p:b|people you do not want to be in debt to⟧". "⟦d:b|He is not proud of this. He is, if anything, embarrassed by how absurd it sounds,⟧" Sandhu said.
Sentencing, District Judge Aisha Malik told Cardew: "⟦d:c|This was not a moment of madness. It was planned, repeated and profitable.⟧"
"⟦d:c|You took advantage of shop workers who are already under enormous pressure,⟧" she said.
Asked whether he understood the sentence, Cardew replied: "⟦d:d|Yes, ma'am.⟧"

### 052
@a Reg Thistlewood | -
@b Doreen Aspinall | The show's head judge
@c Kofi Mensah | Last year's champion
Reg Thistlewood has been growing marrows in Little Ambley for 60 years. On Saturday, at the age of 81, he finally won.
His entry, a 38-kilogram monster he calls ``⟦s:-|Big Brenda⟧'', took first prize in the giant vegetable class at the Little Ambley Summer Show.
``⟦d:a|I've come second eleven times. Eleven. I'd started to think the judges had it in for me,⟧'' Thistlewood said, resting a hand on the marrow. ``⟦d:a|Turns out you just need a wet June and a lot of manure.⟧''
The show's head judge, Doreen Aspinall, called it ``⟦p:b|a very worthy winner⟧''. ``⟦d:b|We measure, we weigh, we look for blemishes. There were none. She is a beautiful marrow,⟧'' Aspinall said.
Last year's champion, Kofi Mensah, who took second place, was gracious in defeat. ``⟦d:c|He's waited long enough. I'll let him have this one,⟧'' he said. Then, with a grin: ``⟦d:c|Next year, though.⟧''
Asked about his secret, Thistlewood tapped his nose. ``⟦d:a|If I told you, it wouldn't be a secret, would it?⟧''

### 053
@a Lionel Ambrose | the drummer whose loose, swinging style anchored a generation of recordings at Bellweather Studios
@b Celeste Okoye | The singer
@c Ruby Ambrose | His daughter
Lionel Ambrose, the drummer whose loose, swinging style anchored a generation of recordings at Bellweather Studios, has died aged 88.
Known throughout the Harbourside jazz scene as “⟦s:-|Sticks⟧”, Ambrose played on more than 300 albums between 1958 and 2004 but recorded only two under his own name.
“⟦d:a|I never wanted to be the loudest man in the room. I wanted to be the man who made everyone else sound good,⟧” he told the Harbour Gazette in 1998.
Born in Saint-Aubin, he taught himself on his mother’s pots and pans. “⟦d:a|She said I’d either be a musician or a very annoying carpenter,⟧” he once recalled.
The singer Celeste Okoye, who toured with him in the 1980s, said he was “⟦p:b|the heartbeat of every band he was in⟧”. “⟦d:b|He could tell you what you were feeling before you knew it yourself, just by how you came in on the first bar,⟧” she said.
His daughter, Ruby Ambrose, said he had played every day until the last month of his life. “⟦d:c|He had a practice pad by his bed in the hospice. The nurses used to ask him to keep it down,⟧” she said. “⟦d:c|He never did.⟧”
He is survived by Ruby, two sons and six grandchildren.

### 054
@a Hildegard Munro | the marine biologist who mapped the cold-water coral reefs of the Norrland Shelf
@b Yusuf Demirci | her former doctoral student and now director of the Kelvinbridge Ocean Institute
@c University of Kelvinbridge | -
@d Alasdair Munro | her nephew
Hildegard Munro, the marine biologist who mapped the cold-water coral reefs of the Norrland Shelf, has died at her home in Kelvinbridge. She was 91.
Munro was among the first scientists to show that corals could thrive in the dark, cold water hundreds of metres below the surface, and at a time when few women led research voyages she led eleven.
"⟦d:a|They used to ask me whether I would be bringing my husband,⟧" she recalled in a lecture in 2011. "⟦d:a|I said no, but I would be bringing a very good microscope.⟧"
Her 1974 paper, "⟦s:-|Gardens in the Dark⟧", is still among the most cited in the field.
Yusuf Demirci, her former doctoral student and now director of the Kelvinbridge Ocean Institute, said she had been "⟦p:b|ferociously demanding and endlessly kind⟧".
"⟦d:b|She would tear your draft apart in red ink and then take you for lunch to make sure you were all right,⟧" he said. "⟦d:b|I still hear her voice when I write.⟧"
The University of Kelvinbridge said in a tribute that she had "⟦p:c|changed how we see the deep sea⟧".
"⟦d:d|She never stopped being curious,⟧" her nephew, Alasdair Munro, said. "⟦d:d|Last month she was asking me about octopus intelligence. She'd read three papers on it that week.⟧"

### 055
@a Harbans Singh Gill | -
@b Manjit Gill | His son
@c Pat Hennessey | -
Harbans Singh Gill, who ran the Corner Stores on Abbey Road in Stenhope for 43 years and was known to generations of schoolchildren as “⟦s:-|Uncle Gill⟧”, has died aged 84.
Mr Gill arrived in Stenhope from Punjab in 1969 and worked at the Beldon steelworks before buying the shop in 1980.
“⟦d:a|I tell the children, you can have credit for sweets until Friday. Nobody ever didn’t pay me back. Not once,⟧” he told this newspaper in 2015, when the shop was named the town’s best small business.
His son, Manjit Gill, who took over the shop in 2018, said the family had been overwhelmed by messages. “⟦d:b|People have been coming in all week, telling us stories about him we’d never heard,⟧” he said. “⟦d:b|One man told us Dad lent him the bus fare to his first job interview in 1987.⟧”
Pat Hennessey, 79, has bought her paper there every morning since 1980. “⟦d:c|He’d have it folded and on the counter before I got through the door,⟧” she said. “⟦d:c|I’ll miss him terribly.⟧”
A handwritten notice in the window reads: “⟦s:-|Closed Friday for Dad. Thank you for everything.⟧”

### 056
@a Ximena Quispe-Arrieta | Opposition candidate
@b Raúl Benavides | President
@c Andrés Colmenares | The governing party's candidate
@d Eszter Horváth | head of the regional observer mission
VALDOMAR CITY, Oct 6 (Meridian) - Opposition candidate Ximena Quispe-Arrieta claimed victory in Valdomar's presidential election on Sunday, though official results were not expected until Tuesday and the governing party said it was too early to call.
«⟦d:a|Hoy el país ha hablado⟧», Quispe-Arrieta told thousands of supporters in the capital's Plaza Mayor. «⟦d:a|Today the country has spoken.⟧»
«⟦d:a|We will govern for those who voted for us and for those who did not⟧», she added, as the crowd chanted «⟦s:-|¡Xi-me-na! ¡Xi-me-na!⟧».
President Raúl Benavides, who is barred from seeking a third term, urged calm. «⟦d:b|Nobody should celebrate before the electoral council has finished its work⟧», he said in a televised address.
The governing party's candidate, Andrés Colmenares, said he would «⟦p:c|respect the result, whatever it is⟧» but stopped short of conceding.
«⟦d:d|The vote was generally orderly and transparent⟧», said Eszter Horváth, head of the regional observer mission. «⟦d:d|We have seen nothing so far that would change the outcome.⟧»

### 057
@a Rustam Nazarov | director of the national civil protection agency
@b Aigul Sarsenova | a volunteer with the Green Crescent Society
@c Bakhtiyor Ismoilov | -
@d - | A spokesman for the United Relief Office
JORAKENT, Feb 19 (Meridian) - Rescuers pulled a woman alive from the rubble of a five-storey apartment block in Jorakent on Wednesday, more than 60 hours after a magnitude 7.1 earthquake struck the mountainous south of Karsania.
The confirmed death toll rose to 412, with more than 2,000 people injured, authorities said.
"⟦d:a|We are still in the rescue phase. We have not given up on anyone,⟧" Rustam Nazarov, director of the national civil protection agency, told reporters through an interpreter. "⟦d:a|Every hour matters, but there have been miracles before and there will be miracles now.⟧"
Nazarov said 140 buildings had collapsed in Jorakent alone and that night-time temperatures of minus 10 Celsius were "⟦p:a|our biggest enemy⟧".
Aigul Sarsenova, a volunteer with the Green Crescent Society, said her team had been working in shifts with almost no sleep. "⟦d:b|When we heard her knocking, everybody stopped. Nobody breathed,⟧" she said. "⟦d:b|Then we dug with our hands.⟧"
Bakhtiyor Ismoilov, 52, stood outside the ruins of the building where his brother's family lived. "⟦d:c|They were on the fourth floor. I keep calling his phone. It rings,⟧" he said.
A spokesman for the United Relief Office said an emergency appeal for $90 million would be launched on Thursday. "⟦d:d|The needs are enormous: shelter, heating, clean water and medical care,⟧" he said.

### 058
@a Henrik Østergaard | Valdmark’s foreign minister
@b Farhad Karimi-Nouri | His Tashiran counterpart
@c - | A senior Valdmark official who asked not to be named because the talks were private
@e - | a reporter
ALDERBRUCK, June 2 — The foreign ministers of Valdmark and Tashira agreed on Monday to reopen their embassies after four years, the first tangible sign of a thaw between the two countries since a border clash in 2021.
“⟦d:a|Today we have chosen to talk rather than to shout,⟧” said Henrik Østergaard, Valdmark’s foreign minister, at a joint news conference. “⟦d:a|It is a small step. But you cannot walk anywhere without small steps.⟧”
His Tashiran counterpart, Farhad Karimi-Nouri, speaking through an interpreter, called the agreement “⟦p:b|a door, not yet a house⟧”. “⟦d:b|There are many difficult questions still on the table: the border, the prisoners, the water. We did not solve them today, and we did not pretend to,⟧” he said.
“⟦d:e|Do you trust each other?⟧” a reporter asked.
Østergaard glanced at Karimi-Nouri. “⟦d:a|Trust is a big word,⟧” he said. “⟦d:a|Let us say we understand each other better than we did yesterday.⟧”
Karimi-Nouri smiled. “⟦d:b|I agree with the minister. That, too, is progress.⟧”
A senior Valdmark official who asked not to be named because the talks were private said the prisoner question had nearly derailed the meeting. “⟦d:c|There was a moment, around midnight, when we thought it was over,⟧” the official said.

### 059
@a Amaru Condori | a farmer from the highland province of Qollana who helped organise the march
@b Patricia Lozano-Ruiz | Interior Minister
@c Camila Ortúzar | a biology student
@d - | a police spokesman
SANTA LUCÍA DE AYRE, Nov 12 (Meridian) - Tens of thousands of people marched through the capital of Ayre on Saturday against a proposed law to privatise water supplies, in the largest demonstration the country has seen in a decade.
Protesters chanted "⟦s:-|El agua no se vende⟧" - "⟦s:-|water is not for sale⟧" - and carried placards reading "⟦s:-|Our rivers, our rights⟧".
"⟦d:a|Water is life. You cannot put a price on life and hand it to a foreign company,⟧" said Amaru Condori, a farmer from the highland province of Qollana who helped organise the march.
"⟦d:a|No nos vamos a callar,⟧" he told the crowd from a truck outside the Congress building. "⟦d:a|We are not going to be quiet.⟧"
Interior Minister Patricia Lozano-Ruiz said the government respected the right to protest but would "⟦p:b|not be intimidated⟧". "⟦d:b|The law will be debated in Congress like any other law. That is democracy,⟧" she told a radio station.
Camila Ortúzar, 20, a biology student, marched with her grandmother. "⟦d:c|My grandmother carried water from the river for two hours a day. I don't want my children to pay a company for it,⟧" Ortúzar said.
Police said the march was largely peaceful, with 14 arrests. "⟦d:d|The vast majority of demonstrators behaved responsibly,⟧" a police spokesman said.

### 060
@a Joaquim Tavares-Nunes | head of the fishermen's cooperative in Vila Serena
@b Ministry of the Sea | -
@c Ana Sofia Brites | A coastguard spokeswoman
@d Rui | One fisherman
VILA SERENA, Aug 21 (Meridian) - Fishermen in the port of Vila Serena blockaded the harbour with more than 80 boats on Thursday in protest against new catch limits for sardines, which they say will put hundreds of families out of work.
``⟦d:a|Não somos criminosos,⟧'' said Joaquim Tavares-Nunes, head of the fishermen's cooperative in Vila Serena. ``⟦d:a|We are not criminals. We are fishermen, like our fathers and grandfathers.⟧''
The limits, announced by the Ministry of the Sea last month, cut the permitted sardine catch by 40 percent for the next two seasons.
The ministry said the cuts were ``⟦p:b|painful but necessary⟧'' to allow stocks to recover. ``⟦d:b|Without these measures, there will be no sardines left to fish in ten years,⟧'' it said in a statement.
A coastguard spokeswoman, Commander Ana Sofia Brites, said vessels could remain in the harbour ``⟦p:c|as long as the protest remains peaceful and safe⟧''.
One fisherman, who gave only his first name, Rui, said he had borrowed money to buy a new engine last year. ``⟦d:d|How do I pay the bank with 40 percent less fish? Tell me. I am asking you,⟧'' he said.

### 061
@a Supreme Court | -
@b Maarit Lahtinen | Chief Justice
@c Nils-Aslak Kemi | chairman of the Upper Vuotso Herders' Association
@d Nordmalm Resources | -
HELVARI, Jan 30 (Meridian) - Talvinen's Supreme Court on Tuesday revoked the permit for an open-pit nickel mine on traditional reindeer grazing land, handing a landmark victory to herders who had fought the project for nine years.
In a unanimous ruling, the court said the government had failed to consult herding communities "⟦p:a|in any meaningful sense⟧" before granting the permit.
"⟦d:a|The right of a people to maintain its traditional livelihood cannot be weighed as a line item against projected export revenue,⟧" the judgment said.
Reading a summary of the ruling, Chief Justice Maarit Lahtinen said: "⟦d:b|This court does not decide whether mines are good or bad. It decides whether the law was followed. It was not.⟧"
Outside the courthouse, Nils-Aslak Kemi, chairman of the Upper Vuotso Herders' Association, wept. "⟦d:c|Tämä on historiallinen päivä,⟧" he said. "⟦d:c|This is a historic day. For my grandchildren, the reindeer will still be here.⟧"
Nordmalm Resources, which had planned to invest 1.4 billion euros in the mine, said it was "⟦p:d|deeply disappointed⟧" and would "⟦p:d|study the judgment carefully before deciding on next steps⟧".

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh150.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh150",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
