# ruff: noqa: E501
"""Build ``quotes_fresh5.jsonl``: a fifth independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor, without running it, and without reading the passages of the
other gold sets. The set is meant to be evaluated once, as an honest measure on
unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh5-NNN``.

Conventions:

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, PC, Sen., Rep., Councillor, KC); when only a
  first name is given (``her son, Tobias``; ``a gondolier who gave his name only as
  Beppe``) that first name is the speaker. The description is the role or appositive
  as written in the passage (the one given where the speaker is introduced, or the
  definite description used at the cue, e.g. ``the 74-year-old``), else null. A role
  title standing before the name (``Superintendent Randall Greer``, ``Police Chief``,
  ``Coach``, ``District Judge``) is the description when the passage gives no
  appositive; courtesy honorifics (Mr, Ms, Dr, Sir, KC) never are.
* An organisation that is itself the grammatical speaker (``Nordvik Seafood said in a
  statement``, ``the department said``) is the speaker. An unnamed person speaking for
  an organisation (``a Velmar spokesperson said``) has a null speaker and that phrase as
  the description. Unnamed sources, crowds of one (``a woman in the public gallery``)
  likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, memos,
  statements, tweets and social-media posts or captions (``posted … with the
  caption``) are ``direct`` (or ``partial``) with that author as speaker.
* Signs, banners, placards, graffiti, printed mugs and shop signs are never speech:
  ``scare``. Slogans chanted by a crowd are treated the same way (``scare``), since
  they are collective slogans rather than a statement by an identifiable speaker.
  Titles of works, nicknames, catchphrases cited as such, labels and words or phrases
  discussed as words are ``scare``.
* A quoted saying or shout whose speaker is not identified at all (an old newsroom
  maxim; ``someone shouted``) is ``direct`` with speaker and description null.
* A reporter's or interviewer's question quoted as such is ``direct`` speech by the
  (unnamed) reporter.
* Quotation marks are straight ``"``, curly ``“ ”``, guillemets ``« »`` or doubled
  backticks with doubled apostrophes (````…''``). Single marks (``‘…’``) are only ever
  used for a quote *inside* a quote; such an inner quote is part of the outer span and
  is not annotated separately (even when it is someone else's words).
* Where a speaker has both an appositive at its introduction and a definite
  description at a later cue, the introduction's appositive is the description. An
  organisation gets as description the appositive it is introduced with (``its
  developer, Kestrel Biotherapeutics``) or the definite description that stands for it
  at the cue (``the company said``), else null.
* Speech given through an interpreter, or quoted in another language with a
  translation in brackets after it, belongs to the original speaker; the original and
  the translation are two spans. A letter quoted by its opening (``"Dear Mum, …," it
  begins``) is its writer's.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 60 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh5.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import build_set

OUT = Path(__file__).with_name("quotes_fresh5.jsonl")

PASSAGES = """
### 001
@a Vikram Deshpande | the PMC's water supply chief
@b Sunanda Kulkarni | a resident of Kothrud
@c Aniket Jagtap | Former corporator
PUNE: Residents of at least 14 wards in the western parts of the city will receive water only on alternate days from Monday, the Pune Municipal Corporation (PMC) announced on Saturday, as storage in the four dams supplying the city fell to 31 per cent.
"⟦d:a|We have no choice. If we continue daily supply at the present rate, the dams will run dry before the monsoon arrives,⟧" said Vikram Deshpande, the PMC's water supply chief. He said tankers would be deployed to housing societies that could not store enough water for two days.
Residents were sceptical. "⟦d:b|Every summer it is the same story. They announce alternate-day supply and then the water comes at 4 am for forty minutes,⟧" said Sunanda Kulkarni, a resident of Kothrud. "⟦d:b|Who is awake at 4 am to fill tanks? Old people like us?⟧"
Former corporator Aniket Jagtap accused the civic body of ignoring leakages. According to Jagtap, nearly 35 per cent of the water released from the dams is lost before it reaches homes. "⟦d:c|Fix the pipes first, then lecture citizens about saving water,⟧" he said.
### 002
@a Chinedu Eze-Nnaji | a commercial bus driver
@b Halima Bello | a nurse at a private hospital in Gwarinpa
@c Abuja Petroleum Dealers Forum | -
ABUJA — Long queues resurfaced at filling stations across the Federal Capital Territory on Monday, with motorists spending up to six hours to buy petrol as the pump price rose to N1,150 per litre in some outlets.
At a station along the Kubwa Expressway, Chinedu Eze-Nnaji, a commercial bus driver, said he had joined the queue at 5 am. "⟦d:a|I have not carried one passenger today. How will I feed my family? Since morning I am here,⟧" he told our correspondent.
Another motorist, Halima Bello, a nurse at a private hospital in Gwarinpa, said she had been late for work three times in one week. "⟦d:b|My matron has warned me. But what can I do? Transport fare has doubled,⟧" Bello said.
According to the Abuja Petroleum Dealers Forum, the scarcity was caused by "⟦p:c|irregular supply from depots⟧" in Lagos and Calabar. The forum, in a statement on Monday, urged residents not to engage in panic buying. "⟦d:c|Products are on the way and the situation will normalise before the weekend,⟧" the statement read.
### 003
@a Kerrie Whitfield | NSW SES incident controller
@b Tony Mavros | cafe owner
@c Brendan Lusk | Nationals MP
The SES has issued an emergency warning for low-lying parts of Mullumbah, in northern NSW, with the river forecast to peak at 11.8 metres by 2am — higher than the 2022 flood.
NSW SES incident controller Kerrie Whitfield said crews had already carried out 46 flood rescues since Thursday. "⟦d:a|If you are in the warning area, you need to leave now, while the roads are still open,⟧" she told the ABC. "⟦d:a|Please don't wait to see the water. By then it's too late for us to get to you safely.⟧"
On the main street, cafe owner Tony Mavros was stacking chairs on tables with his daughter, Elena. He said he had lost almost everything in the last flood. "⟦d:b|We reopened eleven months ago. Eleven months,⟧" he said. "⟦d:b|I don't know if I've got it in me to do it again.⟧"
Elena, who flew up from Sydney on Friday to help, said her father had refused to leave until the stock was upstairs.
Nationals MP Brendan Lusk said the government needed to "⟦p:c|stop talking about buybacks and start funding them⟧".
### 004
@a Mairéad Coughlan | Judge
@b Ronan Fahy | His barrister
@c Declan Fennessy | the taxi driver
A 24-year-old man who punched a taxi driver and left him with a fractured eye socket after a dispute over a €19 fare has been jailed for 18 months at Limerick Circuit Criminal Court.
Shane Hurley, of Ballinacurra Weston, pleaded guilty to assault causing harm at Sarsfield Street in the early hours of 3 March last year.
Garda Siobhán Kiely told the court that the taxi driver, Declan Fennessy (58), had asked for payment when Hurley got out of the car without paying. Hurley then struck him twice through the open window.
In a victim impact statement read to the court, Mr Fennessy said he had not driven a taxi at night since. "⟦d:c|I was 31 years on the road and never had a hand laid on me. Now I check the mirror every time someone gets into the back,⟧" he wrote.
His barrister, Ronan Fahy BL, said his client had been drinking heavily at the time and was "⟦p:b|genuinely ashamed⟧". "⟦d:b|He has brought €2,000 to court as a token of his remorse,⟧" counsel said.
Judge Mairéad Coughlan said the offer was "⟦p:a|noted⟧" but could not undo the harm. "⟦d:a|Taxi drivers are entitled to do their work without being assaulted. The courts must make that clear,⟧" the judge said. She suspended the final six months of the sentence.
### 005
@a Alana Thiessen | Environment Canada meteorologist
@b Rick Halvorsrud | -
@c Dani Rojas | a Winnipeg police spokesperson
A blizzard that dumped up to 40 centimetres of snow on southern Manitoba shut down the Trans-Canada Highway between Winnipeg and the Saskatchewan boundary on Wednesday, stranding hundreds of drivers.
"⟦d:a|This is a classic Colorado low. The snow itself isn't the record-breaker — it's the wind behind it,⟧" Environment Canada meteorologist Alana Thiessen said in an interview Wednesday morning. Gusts reached 90 km/h near Portage la Prairie, she said.
Rick Halvorsrud has been driving a tow truck in the city for 22 years. He said his phone had not stopped ringing since midnight.
"⟦d:b|I've pulled out twenty-six cars since last night and I've got forty more on the list,⟧" said Halvorsrud. "⟦d:b|People see a clear street downtown and think the highway's the same. It isn't.⟧"
Const. Dani Rojas, a Winnipeg police spokesperson, asked people to stay home. "⟦d:c|If your trip can wait, let it wait,⟧" Rojas said.
### 006
@a Eskom | the power utility
@b Thabo Nkosi | a spaza shop owner in Protea Glen, Soweto
@c Lindiwe Mahlangu | DA spokesperson on electricity
Eskom has escalated load-shedding to Stage 6 from 16:00 on Sunday after the failure of six generating units at three power stations overnight.
In a statement, the power utility said: "⟦d:a|Eskom regrets having to implement this higher stage of load-shedding and will provide a further update should any significant changes occur.⟧"
Thabo Nkosi, a spaza shop owner in Protea Glen, Soweto, said he had thrown away R3,000 worth of meat and dairy in the past week. "⟦d:b|The fridges can't keep cold with eight hours off a day. I'm paying for ice now just to keep the cooldrinks cold,⟧" Nkosi said.
DA spokesperson on electricity Lindiwe Mahlangu described Stage 6 as "⟦p:c|an economic emergency⟧" and called on the minister to appear before Parliament. "⟦d:c|South Africans are being asked to plan their lives around a schedule that changes twice a day,⟧" she said.
### 007
@a Tamika Reeves | a neighbor
@b Dolores Pfenning | -
@c Marcus Veltri | Battalion Chief
FLORISSANT, Mo. (KTVI) — A 79-year-old woman was pulled from her burning home Tuesday afternoon by a neighbor who saw smoke pouring from the garage.
Tamika Reeves said she was unloading groceries when she heard a smoke alarm across the street. She knew Dolores Pfenning lived alone and uses a walker.
"⟦d:a|I didn't even think about it. I just ran over there and started banging on the door,⟧" Reeves told FOX 2. "⟦d:a|When she didn't answer, I went around the back and the slider was unlocked.⟧"
Pfenning was taken to Christian Hospital for smoke inhalation and was listed in stable condition. Speaking by phone from her hospital bed, she said she owed her neighbor her life. "⟦d:b|I've lived on this street 51 years and I didn't know her last name until today. Now she's family,⟧" Pfenning said.
Battalion Chief Marcus Veltri with the Florissant Valley Fire Protection District said the fire appears to have started in a clothes dryer. "⟦d:c|Clean that lint trap. Every load,⟧" Veltri said.
### 008
@a Eileen Bramhall | a retired dinner lady from Ossett
@b - | a spokesperson for Moorhopper Buses
@c Paul Rushworth | Wakefield Council's portfolio holder for highways
A rural bus route used by hundreds of older people every week will be withdrawn at the end of next month, the operator has confirmed.
The 128, which links Ossett, Horbury and a string of smaller villages with Dewsbury, will stop running on 31 May after Moorhopper Buses said it was losing about £4,000 a week on the service.
"⟦d:b|We have kept the route going for as long as we possibly could, but without additional support it is simply not viable,⟧" a spokesperson for Moorhopper Buses said.
At the shelter on Storrs Hill Road, someone has taped a handwritten notice to the timetable: "⟦s:-|SAVE THE 128 — RING THE COUNCIL⟧".
Eileen Bramhall, 83, a retired dinner lady from Ossett, takes the bus twice a week to the market and to see her sister. "⟦d:a|I don't drive and I never have. Without that bus I'm stuck in the house,⟧" she said. "⟦d:a|They keep telling us to get out and stay active. Well, how?⟧"
Paul Rushworth, Wakefield Council's portfolio holder for highways, said officers were "⟦p:c|looking urgently⟧" at whether the route could be partly funded.
### 009
@a Bank of Uganda | -
@b Daniel Kasirye | Governor
@c Stella Nakato | an economist at Kampala-based Crested Capital
KAMPALA, Feb 6 (Reuters) - Uganda's central bank held its benchmark lending rate at 10.25% on Thursday, saying inflation remained within its target but warning that a weaker shilling and higher food prices posed risks in the coming months.
"⟦d:a|The Monetary Policy Committee judges that the current stance remains appropriate to anchor inflation expectations,⟧" the Bank of Uganda said in its statement.
Governor Daniel Kasirye told reporters the bank was "⟦p:b|watching the exchange rate very closely⟧" after the shilling lost nearly 3% against the dollar in January. "⟦d:b|We will not hesitate to act if we see second-round effects,⟧" he said.
Stella Nakato, an economist at Kampala-based Crested Capital, said the decision was in line with expectations. "⟦d:c|The bank is buying time. I would expect a hike in April if the shilling keeps sliding,⟧" she told Reuters.
(Reporting by Brian Mugisha; Editing by Ruth Pinder)
### 010
@a Martin Oberholzer | Chief executive
@b Karl Wendt | the company's finance chief
@c Priya Venkatesh | an analyst at Pellinore & Co
Shares in Corbeau Appliances fell 11% on Thursday after the kitchenware maker cut its full-year outlook for the second time in four months, blaming weak demand in Europe and the cost of a botched software migration at its largest warehouse.
Chief executive Martin Oberholzer told analysts on a conference call that the warehouse problems were "⟦p:a|entirely self-inflicted⟧". "⟦d:a|We moved too fast, we didn't test enough, and our customers felt it. I own that,⟧" he said.
Karl Wendt, the company's finance chief, said the disruption had cost about $38 million in the quarter. Asked by one analyst whether further charges were likely, Wendt said: "⟦d:b|I'd be surprised, but I said that in July as well, so I'm going to be careful.⟧"
Oberholzer interjected: "⟦d:a|Karl is being modest. The fixes are in, and the warehouse shipped a record week in September.⟧"
Priya Venkatesh, an analyst at Pellinore & Co, was unconvinced. "⟦d:c|Management has now used the word 'transitory' on three consecutive calls,⟧" she wrote in a note to clients. "⟦d:c|At some point, transitory becomes structural.⟧"
### 011
@a Lucía Paredes | a herpetologist at the National University of Cusco
@b Tom Hadfield | an amphibian ecologist at the University of Bristol
A tiny frog no bigger than a fingernail, found in the leaf litter of a cloud forest in southern Peru, has been described as a new species — and its discoverers say it may already be in trouble.
The frog is described in a paper titled "⟦s:-|A new miniaturized terrestrial frog from the montane forests of the Apurímac basin⟧", published on Wednesday in the journal Zootaxa.
"⟦d:a|We heard it for two years before we ever saw it,⟧" said Lucía Paredes, a herpetologist at the National University of Cusco and the paper's lead author. "⟦d:a|The call is like a cricket. You walk right past them.⟧"
The team found the frog at only three sites, all within 10 km of an expanding avocado plantation. Paredes said the species should be listed as "⟦p:a|critically endangered⟧" until more surveys are done.
Tom Hadfield, an amphibian ecologist at the University of Bristol who was not involved in the study, said miniature frogs were probably far more diverse than anyone knew. "⟦d:b|Every time somebody gets down on their hands and knees in the Andes, they find another one. The worry is that we are naming them just in time to lose them.⟧"
### 012
@a Gary Lomax | Rovers manager
@b Dion Tattersall | the striker
Dion Tattersall scored twice in the final ten minutes as Hartsfield Rovers came from behind to beat Stalybridge Vale 3-2 and move into the League Two play-off places.
Vale had led through Sam Okwuosa's header and a penalty from Reece Tandy, and looked comfortable until Rovers' 41-year-old goalkeeper Noel Bickerstaffe — known to supporters as "⟦s:-|the Octopus⟧" — saved a second Tandy penalty in the 74th minute.
"⟦d:a|Noel's kept us in it. Without that save we're not talking about a comeback, we're talking about a crisis,⟧" said Rovers manager Gary Lomax.
Tattersall, who had not scored since October, admitted he had been "⟦p:b|feeling the pressure⟧". "⟦d:b|The gaffer kept telling me the goals would come. I thought he was just being nice,⟧" the striker said.
Lomax laughed when this was put to him. "⟦d:a|I'm never nice. Ask the lads,⟧" he said.
### 013
@a Rhonda Pettigrew | Caleb's mother
@b Naomi Kessling | Circuit Judge
@c Phil Carrizales | Dunaway's attorney
MOBILE, Ala. — A Mobile man who drove drunk and killed a 19-year-old motorcyclist on the Dauphin Island Parkway was sentenced Friday to 15 years in prison.
Travis Lee Dunaway, 34, pleaded guilty in March to reckless murder in the death of Caleb Pettigrew, a Bishop State Community College student who was riding home from work.
Before the sentence was handed down, Caleb's mother, Rhonda Pettigrew, faced Dunaway from the witness stand. "⟦d:a|You took my only child. You took the person who called me every single night before he went to sleep,⟧" she said, her voice breaking. "⟦d:a|I hope you think about him every night, too.⟧"
Dunaway's attorney, Phil Carrizales, told the court his client had been sober for 14 months and had written to the family. "⟦d:c|He is not asking for forgiveness. He knows he hasn't earned it,⟧" Carrizales said.
Circuit Judge Naomi Kessling said she had read the letter. She told Pettigrew she was sorry for her loss, then turned to Dunaway. "⟦d:b|You had choices that night. Caleb didn't,⟧" the judge said.
### 014
@a Kelly Dunphy | the councillor for Peninsula North
@b Raymond Aucoin | Mayor
@c Jess Kinniburgh | an outreach worker
HALIFAX — Protesters chanting "⟦s:-|Homes, not evictions!⟧" filled the gallery at Halifax City Hall on Tuesday as regional council voted 11-5 to close a tent encampment in a north-end park by the end of the month.
Council had to recess twice after the chanting drowned out speakers.
Mayor Raymond Aucoin said the municipality had offered every person at the site a spot in a shelter or a modular unit. "⟦d:b|Nobody is being put on the street. I want to be really clear about that,⟧" Aucoin said. "⟦d:b|But a public park cannot be a permanent housing solution.⟧"
Kelly Dunphy, the councillor for Peninsula North, voted against the motion. She said many of the people in the park had already tried the shelters and left. "⟦d:a|We keep offering people a bed in a room with forty strangers and acting surprised when they say no,⟧" she said.
Jess Kinniburgh, an outreach worker, said she had counted 23 tents on Monday morning. Asked where those people would go, Kinniburgh paused. "⟦d:c|Honestly? Another park,⟧" she said.
### 015
@a Rachel Thornbury | Detective Inspector
@b - | A police source
@c - | One neighbour
A 17-year-old boy has died after being stabbed outside a takeaway in Coventry on Saturday night, West Midlands Police said.
Officers were called to Foleshill Road at about 10.40pm and found the teenager with serious injuries. He was pronounced dead at the scene.
Two boys, aged 16 and 17, have been arrested on suspicion of murder.
Detective Inspector Rachel Thornbury said: "⟦d:a|A family has lost their son in the most horrific circumstances, and our thoughts are with them. We know there were a number of people in and around the takeaway at the time, and I would urge anyone who saw what happened, or who has footage, to contact us.⟧"
A police source said the stabbing was believed to have followed a dispute on social media. "⟦d:b|This wasn't random. They knew each other,⟧" the source said.
One neighbour, who did not want to be named, said she heard shouting and then screaming. "⟦d:c|Then everything went quiet, and that was worse,⟧" she said.
### 016
@a Wade Tuggle | -
@b Cody Barnes | His son-in-law
@c Dana Cruz | a meteorologist with the weather service's Norman office
SHAWNEE, Okla. — Wade Tuggle rode out Monday night's tornado in a storm cellar his grandfather dug in 1958. When he climbed out, the house above it was gone.
"⟦d:a|There's the slab, there's the cellar door, and that's it. Forty years of living, gone in about fifteen seconds,⟧" said Tuggle, 61, standing in what used to be his kitchen.
His son-in-law, Cody Barnes, drove in from Tecumseh at first light with a chainsaw and a trailer. Barnes said he had been on the phone with Tuggle when the line went dead. "⟦d:b|I heard the roar, then nothing. I was in the truck before I'd even hung up,⟧" he said.
Tuggle shook his head. "⟦d:a|He drove into a tornado warning to check on an old man. I told him he's an idiot,⟧" he said, then put an arm around Barnes. "⟦d:a|Best idiot I know.⟧"
The National Weather Service said preliminary surveys indicated an EF3 tornado with winds of up to 150 mph. "⟦d:c|The track is about 11 miles long, and it went right through some of the most populated parts of the county,⟧" said Dana Cruz, a meteorologist with the weather service's Norman office.
### 017
@a Abena Owusu-Darko | the ruling party's candidate
@b Samuel Tetteh Ansong | her main rival
@c Joseph Boakye-Ntim | the returning officer
ACCRA — The ruling party retained the Adenta North parliamentary seat in Tuesday's by-election, but with a majority cut by more than half, according to provisional results announced early on Wednesday.
"⟦d:c|I hereby declare Abena Owusu-Darko duly elected as Member of Parliament for the Adenta North constituency,⟧" the returning officer, Joseph Boakye-Ntim, announced shortly after 2am to cheers from party supporters, who chanted "⟦s:-|Abena! Abena!⟧" outside the collation centre.
The ruling party's candidate, Abena Owusu-Darko, thanked voters and promised to "⟦p:a|be in Adenta every weekend, not only at election time⟧". "⟦d:a|The margin is a message, and I have received it,⟧" she told journalists.
Her main rival, Samuel Tetteh Ansong of the People's Reform Party, refused to concede, saying the results "⟦p:b|do not reflect the will of the people⟧". He said the party would go to court if necessary.
### 018
@a Rhys Trevethan | the Cardiff-born actor
@b Ingrid Solvang | The film's director
LONDON — Fans queued in the rain outside a Leicester Square cinema on Tuesday night for the premiere of "⟦s:-|The Last Light at Skarv⟧", a slow-burning thriller about a lighthouse keeper who becomes convinced his relief crew is not coming back.
Rhys Trevethan, who spent five weeks filming on a rock off the Norwegian coast, said the isolation had been real. "⟦d:a|There was no signal, no shop, nothing. You'd finish a scene and go and sit on your bunk and stare at the sea,⟧" the Cardiff-born actor said on the red carpet. "⟦d:a|By week three I was talking to the seagulls. I'm not proud of it.⟧"
The film's director, Ingrid Solvang, said she had insisted on shooting on location. "⟦d:b|You cannot fake that wind. I tried in a studio for one day and it looked like a shampoo advert,⟧" she said.
### 019
@a Clement Ransome | the trumpeter
@b Yvonne Ransome-Clarke | His daughter
@c Daniel Ezeagu | a former pupil who is now principal trumpet with the Northern Philharmonic
Clement Ransome, the Leeds trumpeter and teacher who introduced three generations of Chapeltown children to jazz, has died aged 88.
Born in Kingston, Jamaica, in 1936, he arrived in Britain in 1957, worked as a bus conductor by day and played the clubs of Leeds and Bradford by night. To his pupils he was only ever "⟦s:-|Mr R⟧".
In a 1998 interview with this newspaper, the trumpeter said he had never wanted to be famous. "⟦d:a|Famous is for other people. I wanted to be good, and I wanted the children to be better than me,⟧" he said.
His daughter, Yvonne Ransome-Clarke, said he had continued giving lessons from his front room until last spring. "⟦d:b|He couldn't hold the horn up any more, so he'd sit there and sing the phrases at them,⟧" she said. "⟦d:b|And they'd play them back. He was still correcting their breathing a month ago.⟧"
Daniel Ezeagu, a former pupil who is now principal trumpet with the Northern Philharmonic, said: "⟦d:c|He gave me my first trumpet when I was nine, out of a cupboard, and never asked for it back. Everything I have, I owe to that man.⟧"
He is survived by Yvonne, his son Michael, and seven grandchildren.
### 020
@a Graham Tilbrook | -
@b Jenny | His wife
"⟦d:a|You stop looking at the sky after a while. It just hurts your neck.⟧"
Graham Tilbrook says this without a trace of a smile. He is standing in a paddock on the family property north of Orroroo, in South Australia's mid-north, where the last decent rain fell in June of the year before last. The ground beneath his boots is the colour of brick dust.
There is an old saying in the mid-north: "⟦d:-|The rain always comes. It just doesn't always come to you.⟧"
The Tilbrooks have farmed here since 1911. Graham's great-grandfather cleared the mallee by hand; his grandfather survived the drought of the 1940s by carting water by horse and dray. The 58-year-old has sold all but 200 of his 1,400 ewes.
"⟦d:a:m|People say, well, you've been through droughts before. And we have. But this one is different because it's the second one in five years, and the bank remembers the last one even if the sky doesn't.⟧
"⟦d:a|We've got enough feed for the ewes until March. After that, I don't know. I honestly don't know.⟧"
His wife, Jenny, runs the books and drives a school bus route four mornings a week for extra money. She is more blunt. "⟦d:b|I'm tired of being resilient,⟧" she says. "⟦d:b|Everybody wants to call farmers resilient. I'd rather be paid properly for what we grow, and have a government that plans for this instead of being surprised by it every time.⟧"
Across the kitchen table, Graham nods slowly.
"⟦d:b|He won't say it,⟧" Jenny adds, "⟦d:b|but he's thought about selling. We both have.⟧"
The word "⟦s:-|resilient⟧" appears 14 times in the state government's drought assistance guide.
### 021
@a - | My editor
@b - | My grandmother
Five questions for Marguerite Lavoie-Chen, whose debut novel, "⟦s:-|The Herring Tithe⟧", was shortlisted this week for the Giller Prize. The interview has been edited and condensed.
Q: You wrote the book while working night shifts at a Moncton hospital. How?
A: Badly, at first. I'd write for an hour after a shift and it was all terrible. My editor read the first draft and said, "⟦d:a|The book starts on page 90.⟧" She was right. I cut 89 pages in one afternoon.
Q: The novel follows three generations of a fishing family. How much of it is yours?
A: The boats are real, the people are invented. My grandmother used to say, "⟦d:b|The sea keeps its own accounts,⟧" and that's where the title came from.
Q: What are you working on now?
A: A book about a ferry called the "⟦s:-|Marion Belle⟧" that sank in the Bay of Fundy in 1921. Nobody in my family will talk about it, which is usually a sign.
### 022
@a ESB Networks | the company
@b Gerry Fallon | Met Éireann forecaster
@c Clodagh Ní Bhriain | The Minister for the Environment
@d - | a spokesperson for Dublin Airport
Storm Fionnuala live: 190,000 homes without power as red warning extended to Galway and Mayo
08:05
Good morning and welcome to our live coverage of Storm Fionnuala. Met Éireann has extended its status red wind warning to Galway and Mayo until 2pm.
08:21
ESB Networks says about 190,000 homes, farms and businesses are without power, most of them in the west and south-west. "⟦d:a|Crews are mobilised but will not be dispatched until it is safe to do so. Customers should treat any fallen wire as live,⟧" the company said.
08:40
Met Éireann forecaster Gerry Fallon has been speaking to Morning Ireland. Gusts of 148km/h have been recorded at Mace Head, he said. "⟦d:b|This is the strongest storm we've seen on the west coast since Ophelia. The worst is still to come for north Connacht.⟧"
09:12
"⟦d:d|All flights to and from the UK and continental Europe are operating, but passengers should expect delays and should check with their airline before travelling,⟧" a spokesperson for Dublin Airport said.
09:30
The Minister for the Environment, Clodagh Ní Bhriain, has urged people in red-warning counties to stay indoors. "⟦d:c|Please do not go out to look at the sea, and do not go out to take photographs. It is not worth it,⟧" she said.
### 023
@a Siddharth Kale | Mumbai captain
@b Anil Fernandes | Karnataka head coach
BENGALURU: Mumbai were bowled out for 187 on the fourth day of the Ranji Trophy semi-final at the Chinnaswamy Stadium on Saturday, leaving Karnataka needing 211 to reach the final.
Mumbai captain Siddharth Kale did not hide his frustration. "⟦d:a|We had them at 140 for seven in the first innings and let them get 280. That is where the match went,⟧" Kale told reporters after stumps.
Asked about the dismissal of opener Harsh Pawar, who was given out caught behind despite appearing to miss the ball by a distance, the 29-year-old chose his words carefully. "⟦d:a|I have seen the replay. Everyone has seen the replay. I will leave it there,⟧" he said.
Karnataka head coach Anil Fernandes said his side were "⟦p:b|favourites, but only just⟧". "⟦d:b|The pitch is turning square now. Two hundred and eleven on this surface is not a chase, it's a fight,⟧" Fernandes said.
### 024
@a Ngozi Chukwuma | The trial judge
@b Bayo Adeniran | counsel to the defendant
@c Rotimi Oyedepo | The EFCC's counsel
LAGOS — A Federal High Court in Lagos on Thursday adjourned till March 14 the trial of a former director of a state-owned agency accused of diverting N4.2 billion meant for the rehabilitation of rural roads.
The defendant, Alhaji Musa Garba, is standing trial on 17 counts of conspiracy, money laundering and abuse of office filed by the Economic and Financial Crimes Commission (EFCC).
At the resumed hearing, counsel to the defendant, Bayo Adeniran (SAN), told the court he had been served with fresh documents only on Wednesday evening. "⟦d:b|My Lord, I was handed over 600 pages of exhibits at 7 pm yesterday. No counsel can be expected to cross-examine on documents he has not read,⟧" he said.
The EFCC's counsel, Rotimi Oyedepo, opposed the application, describing it as "⟦p:c|another delay tactic⟧". According to Oyedepo, the documents had been available to the defence since the arraignment in 2022.
The trial judge, Justice Ngozi Chukwuma, granted the adjournment but warned both sides. "⟦d:a|This matter has been before this court for two years. There will be no further adjournment at the instance of either party,⟧" the judge held.
### 025
@a Josh Pennell | Surf Life Saving NSW duty officer
@b Mick Farrugia | a 44-year-old plumber
@c - | A Department of Primary Industries spokesman
Beaches from Coogee to Maroubra were closed for most of Sunday after a drone operator spotted a great white shark estimated at more than four metres swimming within 50 metres of the shore.
Surf Life Saving NSW duty officer Josh Pennell said the shark had been seen "⟦p:a|cruising up and down the back of the break⟧" at about 9.15am, when dozens of people were in the water. "⟦d:a|We got everyone out within about four minutes. That's exactly what the drones are for,⟧" he said.
"⟦d:b|You hear the siren and you just paddle, you don't look back,⟧" said Mick Farrugia, a 44-year-old plumber who has surfed at Maroubra for three decades. "⟦d:b|Mate, I've never caught a wave in so fast in my life.⟧"
A Department of Primary Industries spokesman said tagged sharks had been detected by listening stations off Bondi and Bronte in the past week. "⟦d:c|It's the time of year when we'd expect them to be following the salmon run up the coast,⟧" he said.
### 026
@a Brian Dowling | Kilkenny manager
@b Cathal Rochford | the Thomastown man
@c Tadhg Hennessy | Dowling's Tipperary counterpart
Kilkenny 2-24 Tipperary 1-22
Cathal Rochford struck 1-9 as Kilkenny ended a four-game losing run against Tipperary with a convincing win in front of 31,000 at Nowlan Park.
"⟦d:a|We've been hurting since last summer and the lads played like men who'd had enough of it,⟧" said Kilkenny manager Brian Dowling. "⟦d:a|Cathal was outstanding, but honestly I could pick any one of six or seven today.⟧"
Rochford, who was booked in the first half for a late challenge, was typically low-key. "⟦d:b|It's a league game in March. We'll enjoy it tonight and go back training Tuesday,⟧" the Thomastown man said.
Dowling's Tipperary counterpart, Tadhg Hennessy, did not make excuses. "⟦d:c|They wanted it more. You can talk about tactics and match-ups all you like, but that's the bottom line,⟧" Hennessy said. Asked whether the result changed anything, he said: "⟦d:c|Not a thing. Ask me in July.⟧"
### 027
@a Sandra Beaulieu | the 52-year-old
@b Brent Kakfwi | Fire Chief
@c Department of Environment and Climate Change | -
HAY RIVER, N.W.T. — For the second time in three summers, Sandra Beaulieu packed her truck on Thursday with her two grandchildren, her late husband's ashes and a cooler full of frozen fish, and drove south.
"⟦d:a|You'd think it gets easier. It doesn't. It gets worse, because now you know what you might be coming back to,⟧" the 52-year-old said from a gas station in High Level, Alta., where hundreds of evacuees had stopped to refuel.
The town of 3,800 was ordered to evacuate Wednesday night as a wildfire that had been burning for two weeks jumped the Hay River and moved within 12 kilometres of town.
Fire Chief Brent Kakfwi said crews had spent the night building a fuel break along the south side of the airport. "⟦d:b|We're in a much better position than we were in 2023. We've got sprinklers on every structure on the west side,⟧" he said. "⟦d:b|But the wind decides. It always does.⟧"
In a news release, the Department of Environment and Climate Change said the fire covered about 41,000 hectares and was "⟦p:c|out of control⟧".
### 028
@a Johan Steenkamp | Springbok coach
@b Lwazi Mthembu | the Bok captain
The Springboks survived a late All Blacks surge to win 24-22 at Ellis Park on Saturday, their first home win over New Zealand in four attempts.
Springbok coach Johan Steenkamp admitted his side had "⟦p:a|switched off⟧" after half-time. "⟦d:a|At 21-6 you think it's done. It's never done against these guys,⟧" he said. "⟦d:a|I'll take the win, but we'll have some honest conversations on Monday.⟧"
Lwazi Mthembu, who played the full 80 minutes despite an ankle injury, told SuperSport the crowd had carried the team through the final ten minutes. "⟦d:b|When they were on our line, you could feel the stadium shaking. You can't give up with that noise behind you,⟧" the Bok captain said.
According to Mthembu, the ankle was "⟦p:b|sore but fine⟧" and he expected to be available for the Durban Test.
### 029
@a Jackie Nuttall | The Black Bull's landlady
@b Ribble Valley Inns | the company
@c Stan | a retired postman
A pub that has served drinkers in the Lancashire village of Chipping Moor for more than 300 years will close its doors on Sunday.
The Black Bull's landlady, Jackie Nuttall, has run the pub for 19 years but says rising energy bills and a rent increase from its owners, Ribble Valley Inns, have made it impossible to continue. A chalkboard by the door now reads "⟦s:-|Last orders — thank you for 19 years⟧".
"⟦d:a|My gas bill went from £900 a quarter to £3,100. You'd have to sell a lot of pints of mild to cover that,⟧" she told BBC Radio Lancashire. "⟦d:a|I've cried more this month than I have in my whole life.⟧"
Ribble Valley Inns said it was "⟦p:b|disappointed⟧" that Mrs Nuttall had chosen to leave and hoped to find a new tenant. "⟦d:b|The Black Bull remains an important part of our estate and we are committed to its future,⟧" the company said in a statement.
Propping up the bar on Tuesday afternoon, one regular, a retired postman who gave his name only as Stan, was less diplomatic. "⟦d:c|Committed to its future? They've priced her out. Simple as that,⟧" he said.
### 030
@a Hendra Gunawan | head of the volcanology agency
@b Siti Rahayu | a 38-year-old farmer
@c Agus Wibisono | national disaster agency spokesman
JAKARTA (AFP) — A volcano on Indonesia's Sulawesi island erupted again on Monday, sending a column of ash five kilometres into the sky and forcing the evacuation of more than 6,000 people, officials said.
"⟦d:a|We have raised the alert to the highest level. The exclusion zone is now seven kilometres from the crater,⟧" Hendra Gunawan, head of the volcanology agency, told AFP.
"⟦d:b|The sky turned black at noon. We could hear stones hitting the roof,⟧" said Siti Rahayu, a 38-year-old farmer who fled with her three children to a shelter in a school. "⟦d:b|We left the goats. There was no time.⟧"
No casualties had been reported, according to national disaster agency spokesman Agus Wibisono, who said ash had disrupted flights at two airports. "⟦d:c|Residents must not return to their homes to check on livestock until the alert is lowered,⟧" he added.
### 031
@a Aaron Stromberg | the company's co-founder and chief executive
@b - | one engineer who was laid off
@c - | A spokesperson for Lumora
SAN FRANCISCO — Lumora, the AI-powered bookkeeping startup that raised $140 million last year at a valuation of more than $1 billion, is laying off about 30% of its staff, according to an internal memo seen by this publication.
In the memo, sent to employees at 7:02 a.m. Pacific time on Tuesday, Aaron Stromberg, the company's co-founder and chief executive, wrote that Lumora had "⟦p:a|hired ahead of demand that did not materialize⟧". "⟦d:a|This is my mistake, not yours. The people leaving today did excellent work, and I am deeply sorry,⟧" Stromberg wrote.
Affected employees were locked out of Slack within minutes of the email arriving, two of them said. "⟦d:b|I read the first paragraph, went to reply to my manager and I was already gone,⟧" said one engineer who was laid off, who asked not to be named because she is negotiating her severance.
A spokesperson for Lumora confirmed the cuts and said departing employees would receive 12 weeks' pay. "⟦d:c|We made the decision to restrict system access quickly to protect customer data, and we recognize how that felt,⟧" the spokesperson said.
### 032
@a Hanna Sjöberg | a limnologist at Stockholm University
@b Marta Zielonka | Her co-author
Lakes in Scandinavia now freeze on average 17 days later and thaw 11 days earlier than they did a century ago, according to a study published on Monday in Nature Geoscience that combined satellite images with more than 100 years of hand-kept records.
"⟦d:a|What surprised us was not the trend but how sharp the change was after 2010,⟧" said Hanna Sjöberg, a limnologist at Stockholm University who led the work.
Her co-author Marta Zielonka, of the University of Warsaw, said the team had spent two years digitising hand-written observations from the 1920s. "⟦d:b|Some of these notebooks were kept by schoolteachers who walked down to the shore every morning in November to see whether the lake had closed,⟧" she said. "⟦d:b|Without them, we would have no baseline at all.⟧"
Sjöberg said many shallow lakes in the south of Sweden were likely to stop freezing altogether in most winters by 2100. Asked whether that was inevitable, she paused. "⟦d:a|For the shallow ones, yes. For the large, deep lakes in the north, it depends on what we do in the next twenty years.⟧"
Zielonka disagreed slightly. "⟦d:b|I would be less optimistic,⟧" she said. "⟦d:b|Even the large lakes will spend most winters with thin, unsafe ice.⟧"
### 033
@a Pablo Ortega Ruiz | the Spaniard
@b Nikolai Vesterberg | the Dane
MELBOURNE — Pablo Ortega Ruiz saved three match points before beating Nikolai Vesterberg 6-7 (4) 7-6 (9) 6-4 in a third-round thriller that finished at 2.37am on Rod Laver Arena.
"⟦d:a|I don't remember the last two games. Honestly. I think I was playing on autopilot,⟧" the Spaniard said. "⟦d:a|My legs were gone in the second set. After that it was only the head.⟧"
Vesterberg, who served for the match at 5-4 in the second set, said he had "⟦p:b|no regrets⟧" about his choice to serve and volley on the first match point. "⟦d:b|He passed me. It was a great shot. What can I do?⟧" the Dane said, shrugging.
Asked about the late finish, the 23-year-old Ortega Ruiz was blunt. "⟦d:a|It's not good for the players and it's not good for the kids who want to watch. Nobody should be playing tennis at two in the morning,⟧" he said.
### 034
@a Sarah Pennock | Area coroner
@b Gillian Ashworth | His mother
@c Farid Hussaini | a consultant in emergency medicine at the Royal Victoria Infirmary
An inquest into the death of a 22-year-old student who collapsed after a night out in Newcastle has heard he waited almost four hours for an ambulance.
Joel Ashworth, a third-year engineering student at Newcastle University, was found unresponsive in a friend's flat in Jesmond on 14 December and died in hospital two days later.
His mother, Gillian Ashworth, told the hearing at Newcastle Civic Centre that her son was "⟦p:b|the sort of lad who rang his nan every Sunday⟧". "⟦d:b|All we want to know is whether he would still be here if somebody had come sooner,⟧" she said.
Dr Farid Hussaini, a consultant in emergency medicine at the Royal Victoria Infirmary, said Joel had suffered a cardiac arrest caused by an undiagnosed heart condition. "⟦d:c|I cannot say with certainty that an earlier arrival would have changed the outcome,⟧" he said. "⟦d:c|But it would have given him a better chance.⟧"
Area coroner Sarah Pennock adjourned the hearing until March so that evidence could be heard from the North East Ambulance Service. "⟦d:a|The family deserve a full answer to their question, and they will get one,⟧" she said.
### 035
@a Lorraine Beaudry | president of the Ontario Health Workers' Union
@b Gordon Pyper | Health Minister
@c - | a nurse at Kingsway Regional Hospital
TORONTO — Emergency departments at 14 Ontario hospitals closed temporarily at least once over the long weekend because of staffing shortages, according to figures compiled by the province's largest health-care union.
"⟦d:a|These aren't rural ERs closing for a night anymore. This is happening in cities,⟧" said Lorraine Beaudry, president of the Ontario Health Workers' Union. "⟦d:a|We warned about this in January. We warned about it last year.⟧"
A nurse at Kingsway Regional Hospital, who asked that her name not be used because she was not authorized to speak publicly, said she had worked four 12-hour shifts in a row. "⟦d:c|You go home and you can't sleep because you're thinking about the people still in the hallway,⟧" she said.
Health Minister Gordon Pyper said in a statement that the province had added 3,000 nurses since 2022 and that temporary closures were "⟦p:b|rare and short⟧". "⟦d:b|Ontarians can be confident that when they need emergency care, it will be there for them,⟧" the statement said.
### 036
@a Fiona McCrae | Head teacher
@b Ross Gilmour | a sixth-year pupil
@c Ailsa | His mother
Pupils at Kilbrannan Academy in Ayrshire are celebrating the school's best Higher results in a decade, with 41 per cent of fifth-year pupils achieving five or more passes.
Head teacher Fiona McCrae said the results were a tribute to "⟦p:a|a staff team who refused to accept that a school in a poor postcode should expect poor grades⟧".
"⟦d:b|I opened the email in the car and my mum had to pull over because I was screaming,⟧" said Ross Gilmour, 17, a sixth-year pupil who got five As and is off to study medicine at Glasgow. His mother, Ailsa, laughed. "⟦d:c|He nearly gave me a heart attack. I thought something awful had happened,⟧" she said.
"⟦d:a|Ross is exactly the kind of young person we are here for,⟧" McCrae said later. "⟦d:a|Nobody in his family has been to university. Now he's going to be a doctor.⟧"
### 037
@a Medivault | the company
@b Ruth Calloway | Privacy Commissioner
@c Sanjay Menon | a cybersecurity researcher at RMIT University
Health records belonging to as many as 1.2 million Australians may have been stolen in a cyberattack on Medivault, a Melbourne-based company that stores patient files for more than 400 GP clinics.
In a statement to the ASX on Friday morning, Medivault said it had detected "⟦p:a|unauthorised access⟧" to one of its databases on Tuesday and had since engaged external investigators. "⟦d:a|We are deeply sorry. We know that our customers trusted us with some of their most sensitive information,⟧" the company said.
Privacy Commissioner Ruth Calloway said her office had opened an investigation. "⟦d:b|Companies that hold health information have the highest obligations under the law, and we will be examining whether those obligations were met,⟧" she said.
Dr Sanjay Menon, a cybersecurity researcher at RMIT University, said medical data was particularly valuable to criminals. "⟦d:c|You can cancel a credit card. You can't cancel a diagnosis,⟧" he said.
### 038
@a Neil Ferriby | chair of the Balpa company council at SkyHaven
@b SkyHaven | -
@c Linda Asamoah | a teacher from Croydon
Tens of thousands of holidaymakers face disruption after pilots at SkyHaven voted to strike over three weekends in August, the union Balpa announced on Monday.
"⟦d:a|Nobody goes into aviation wanting to strike. But our members have had a real-terms pay cut of 17% since 2020 and the company won't even put an offer in writing,⟧" said Captain Neil Ferriby, chair of the Balpa company council at SkyHaven.
SkyHaven said it was "⟦p:b|extremely disappointed⟧" by the ballot result. According to the airline, it has offered pilots a 9% rise over two years. "⟦d:b|We urge Balpa to return to talks rather than ruin the summer holidays of families who have saved all year,⟧" it said.
Linda Asamoah, a teacher from Croydon, has booked a flight to Accra with her two sons for 10 August — the first day of the planned action. "⟦d:c|I've saved for this trip for three years. My dad hasn't met my youngest,⟧" she said. "⟦d:c|If it's cancelled, I don't know what I'll do.⟧"
### 039
@a Luis Ybarra | a police spokesman
@b - | A customer who was in line at the time
@c FBI | -
TUCSON, Ariz. (KGUN) — Police are searching for a man who robbed a bank on East Speedway Boulevard on Thursday morning by handing a teller a note claiming he had a bomb in his backpack.
"⟦d:a|At no point did anyone see a device, and we have no reason to believe there was one, but the teller did exactly the right thing by complying,⟧" said Sgt. Luis Ybarra, a police spokesman.
A customer who was in line at the time said the man was calm and polite. "⟦d:b|He said 'excuse me' when he walked past me. Then he walked out with a bag of money,⟧" said the customer, who asked not to be named.
The FBI said in a statement it was assisting Tucson police. "⟦d:c|Bank robbery is a federal crime, and we will work with our local partners to identify the person responsible,⟧" the statement said.
### 040
@a Wanjiru Kamau | The Member for Kiambaa
@b Peter Otieno | Treasury Cabinet Secretary
@c Justin Mureithi | The Speaker
NAIROBI — Chaotic scenes erupted in the National Assembly on Tuesday afternoon as Treasury Cabinet Secretary Peter Otieno defended a proposed 16 per cent tax on bread and cooking oil.
"⟦d:b|No country has ever borrowed its way to prosperity. We must raise revenue at home,⟧" Otieno told MPs, reading from a prepared statement.
"⟦d:-|Then tax yourselves first!⟧" someone shouted from the opposition benches, drawing laughter and jeers.
The Member for Kiambaa, Wanjiru Kamau, said the measure would hit the poorest households hardest. "⟦d:a|A mother in Kawangware does not buy bread because it is a luxury. She buys it because it is the cheapest way to feed her children before school,⟧" she said.
The Speaker, Justin Mureithi, repeatedly called for order. "⟦d:c|Honourable members, this House will not be turned into a market,⟧" he said, before suspending the sitting for 30 minutes.
### 041
@a Tilly Ashcroft | frontwoman
@b Dominic Ferraro | Festival director
PERTH — Sunday Static closed the first night of the Swanreach festival with a 90-minute set that ended, after the crowd had chanted "⟦s:-|One more song!⟧" for almost five minutes, with an unplanned acoustic version of their 2019 breakout hit "⟦s:-|Gravel Road⟧".
"⟦d:a|We hadn't rehearsed it like that. I just looked at Dev and said, let's do it,⟧" frontwoman Tilly Ashcroft said backstage. "⟦d:a|If it had gone wrong, twenty thousand people would have seen it go wrong.⟧"
Festival director Dominic Ferraro said ticket sales were up 30 per cent on last year, the first increase since the festival moved to the foreshore in 2021. "⟦d:b|After two years of losses, this is the first time I've been able to sleep the week before the gates open,⟧" he said.
### 042
@a Paddy Cullinane | the Cork-born centre-half
@b Alan McKinlay | Former teammate
@c Thornbury City | -
Paddy Cullinane, the Cork-born centre-half who captained Thornbury City to their only league title in 1972, has died at the age of 81.
A fearsome tackler who was booked only twice in 412 appearances — "⟦d:a|I got them all cleanly, or I didn't get them at all,⟧" he once said — Cullinane won 23 caps for the Republic of Ireland.
In his 1994 autobiography, "⟦s:-|Head Over Heels⟧", the Corkman wrote that the title-winning season had been "⟦p:a|the happiest eight months of my life, and my wife will tell you I said so at the time⟧".
Former teammate Alan McKinlay, who played alongside him in that side, said: "⟦d:b|Paddy was the first name on the team sheet and the last man out of the bar. He looked after the young lads like they were his own sons.⟧"
Thornbury City said in a statement that the club was "⟦p:c|heartbroken⟧" and that players would wear black armbands on Saturday. "⟦d:c|Paddy was, and will always be, one of us,⟧" the statement said.
### 043
@a Samira Khalife | -
@b Danny Khalife | Her son
At 4.30 every morning, six days a week, Samira Khalife unlocks the back door of Khalife's Bakery on Haldon Street in Lakemba and lights the oven her late husband built from salvaged bricks.
"⟦d:a|People think man'oushe is simple because it is only bread with za'atar. But the dough rests for twelve hours, and if you rush it, every customer can taste it. I have been making it the same way since 1989, when we opened with one oven and a borrowed fridge, and in all those years,⟧" she says, wiping flour from her hands, "⟦d:a|I have never once sold a piece I wouldn't feed my own mother.⟧"
She came to Australia in 1983, after the family's village in southern Lebanon was shelled for the third time in a month. She speaks about that time only briefly.
"⟦d:a|We were lucky. Many people were not lucky. That's all I want to say about it.⟧"
Her son, Danny Khalife, 38, gave up a job as an accountant three years ago to help run the bakery. He jokes that he was "⟦p:b|promoted to dishwasher⟧". "⟦d:b|Mum still won't let me near the dough,⟧" he says. "⟦d:b|I'm allowed to do the spreadsheets and the Instagram. That's my level.⟧"
Samira rolls her eyes. "⟦d:a|He puts too much salt. He will learn,⟧" she says.
### 044
@a Balwinder Singh Sandhu | president of the Doaba Kisan Union
@b - | a senior police officer who did not wish to be named
@c Harpreet Kaur | a farmer from Sangrur
CHANDIGARH: Thousands of farmers blocked the Ambala-Delhi highway near Shambhu for the third consecutive day on Wednesday, demanding a legal guarantee of minimum support price (MSP) for all crops.
Protesters raised slogans of "⟦s:-|No MSP, no vote⟧" and "⟦s:-|Kisan ekta zindabad⟧" as tractors lined the highway for nearly four kilometres.
"⟦d:a|The government gave us a written promise in 2021. Three years later, we are still waiting. We will not move until we get it in law,⟧" said Balwinder Singh Sandhu, president of the Doaba Kisan Union, addressing the gathering from a trolley.
According to a senior police officer who did not wish to be named, additional forces had been deployed at the Haryana border. "⟦d:b|Our instructions are to keep traffic moving on alternative routes and to avoid any confrontation,⟧" the officer said.
Harpreet Kaur, a farmer from Sangrur who had come with women from her village, said she had left her wheat crop in the care of neighbours. "⟦d:c|Who will feed the country if farmers go bankrupt? We are here for our children,⟧" she said.
### 045
@a Brittany Vanderhoef | -
@b Renee Castillo | the intake manager at the Lakeshore Humane Society in Manitowoc
GREEN BAY, Wis. (WFRV) — A dog that went missing from a Green Bay backyard more than two years ago is back home, thanks to a microchip and a sharp-eyed shelter worker.
Brittany Vanderhoef said she had all but given up hope of seeing Pickle, a 6-year-old beagle mix, again. Then her phone rang on Monday afternoon.
"⟦d:a|She said, 'I think I have your dog.' I just sat down on the kitchen floor and cried,⟧" Vanderhoef said.
The caller was Renee Castillo, the intake manager at the Lakeshore Humane Society in Manitowoc, 40 miles away, where Pickle had been brought in as a stray.
"⟦d:b|We scan every animal that comes through the door. Most of the time the chip isn't registered, or the number's disconnected,⟧" Castillo said. "⟦d:b|This time it just worked.⟧"
Nobody knows where Pickle spent those two years. "⟦d:a|She came back fatter than when she left, so somebody was feeding her,⟧" Vanderhoef said, laughing.
### 046
@a ISRO | the space agency
@b V. Raghunathan | ISRO chairman
@c Meera Iyer | an astrophysicist at the Indian Institute of Astrophysics
BENGALURU: India's first solar-sail test satellite unfurled its 80-square-metre sail in orbit on Thursday, the Indian Space Research Organisation (ISRO) said, a milestone for a technology that could one day push spacecraft without fuel.
"⟦d:a|Sail deployment confirmed. All four booms extended nominally,⟧" the space agency said in a post on X shortly after 11 am.
ISRO chairman V. Raghunathan told reporters at the agency's headquarters that the team had "⟦p:b|held its breath for twelve minutes⟧". "⟦d:b|On the ground we tested this deployment 300 times. In space you get one chance,⟧" he said.
The satellite, nicknamed "⟦s:-|Chandni⟧" by the engineers who built it, will spend six months testing how sunlight pressure changes its orbit.
Meera Iyer, an astrophysicist at the Indian Institute of Astrophysics who was not part of the mission, called it "⟦p:c|a small sail but a big step⟧".
### 047
@a Ministry of Culture | -
@b Dimitris Kalogeropoulos | a meteorologist at the National Observatory of Athens
@c Megan Fairweather | a nurse from Leeds
ATHENS, July 16 (Reuters) - Greece closed the Acropolis during the hottest hours of the day for a fourth consecutive day on Tuesday as temperatures in Athens climbed to 43 degrees Celsius, and authorities warned that the heatwave could last into next week.
The Ministry of Culture said the site would close from noon until 5 p.m. "⟦d:a|The safety of visitors and of our staff comes first,⟧" it said in a statement.
"⟦d:b|What is unusual is not one very hot day, it is the duration. The nights are not cooling down, and that is what is dangerous for the elderly,⟧" said Dimitris Kalogeropoulos, a meteorologist at the National Observatory of Athens.
Outside the closed gates, Megan Fairweather, 26, a nurse from Leeds, was philosophical. "⟦d:c|We'll try again at five. We're British, we're good at queuing,⟧" she said.
### 048
@a Nomsa Dlamini | Evidence leader
@b Gerhard Visagie | the former CFO
@c Refilwe Mokoena | The commission's chairperson
JOHANNESBURG — The former chief financial officer of Lekwa Hills Local Municipality told a commission of inquiry on Monday that he had signed off on R48-million in payments to a water-tanker company because he was "⟦p:b|afraid for my life⟧".
Gerhard Visagie said he had received threatening messages after querying the invoices. "⟦d:b|I reported it to the police twice. Nothing happened. After the second time, I stopped asking questions,⟧" the former CFO testified.
Evidence leader Nomsa Dlamini put it to him that he had also received R350,000 from the company's director. "⟦d:a|Mr Visagie, were you afraid, or were you paid? Or both?⟧" she asked.
"⟦d:b|I was afraid,⟧" he replied.
The commission's chairperson, Judge Refilwe Mokoena, asked Visagie to explain the payment. He said it was a loan. "⟦d:c|A loan with no agreement, no interest and no repayments,⟧" the judge said. "⟦d:c|We will come back to this.⟧"
### 049
@a Valérie Dufresne-Côté | Mayor
@b Jean-François Lemieux | a landlord
@c Amélie Gosselin | a spokesperson for the Comité logement Rosemont
MONTREAL — Montreal will require landlords to register every rental unit in the city and disclose the rent paid by the previous tenant, under a bylaw adopted by city council on Monday.
«⟦d:a|Nous n'allons pas laisser les locataires seuls face à la hausse des loyers⟧», Mayor Valérie Dufresne-Côté told reporters in French after the vote. ("⟦d:a|We are not going to leave tenants alone in the face of rising rents.⟧")
Jean-François Lemieux, a landlord who owns three triplexes in Rosemont, called the registry "⟦p:b|more paperwork for people who are already losing money⟧".
Amélie Gosselin, a spokesperson for the Comité logement Rosemont, said the measure did not go far enough. "⟦d:c|A registry without a rent freeze is a thermometer. It tells you that you have a fever,⟧" she said. "⟦d:c|It doesn't bring it down.⟧"
### 050
@a Tigist Alemu | the 24-year-old Ethiopian
@b Hugh Cradock | Race director
@c Faith Chepkoech | -
DUBLIN — Tigist Alemu broke the course record at the Dublin Marathon on Sunday, running 2:19:48 to win the women's race by more than two minutes in cold, blustery conditions.
"⟦d:a|At 30 kilometres I felt the wind from the sea and I thought, this is my moment, the others will be tired,⟧" the 24-year-old Ethiopian said through an interpreter. "⟦d:a|I was tired also. But I did not show them.⟧"
Kenya's Faith Chepkoech, second in 2:22:05, said she had "⟦p:c|no answer⟧" when Alemu surged on Merrion Road.
Race director Hugh Cradock said a record 24,000 runners had finished. "⟦d:b|To have a course record on a day like this is something special. She was running into a headwind for half the course,⟧" he said.
### 051
@a Darren Whitty | Tasmania coach
@b Beau Hartigan | Captain
"⟦d:a|We were embarrassing. There's no other word for it.⟧"
That was the blunt verdict of Tasmania coach Darren Whitty after his side were bowled out for 71 on the opening morning of the Sheffield Shield match against Queensland at the Gabba.
The 52-year-old, who played 61 first-class matches for the state, said he had told his players to "⟦p:a|have a good hard look in the mirror⟧" before the second innings.
Captain Beau Hartigan, who top-scored with 23, defended the decision to bat first on a green pitch. "⟦d:b|We'd do it again. It was a good toss to win. We just didn't bat well enough,⟧" Hartigan said. "⟦d:b|Darren's right to be angry. We're angry too.⟧"
### 052
@a Helen Ashby-Ruiz | senior editor at Harland
@b - | my editor
Every December, the dictionaries announce a word of the year, and every December someone like me writes a column grumbling about it. This year Harland Dictionaries has chosen "⟦s:-|polycrisis⟧", which beat "⟦s:-|situationship⟧" in a public vote.
I rang Helen Ashby-Ruiz, senior editor at Harland, to ask why. "⟦d:a|Because it describes how people actually feel. Not one crisis, but everything at once, all of it connected,⟧" she said. "⟦d:a|You can dislike a word and still admit that it's useful.⟧"
I dislike it. I also notice that my editor has used it in headlines four times since March. When I pointed this out, he said only: "⟦d:b|It fits in a headline.⟧"
### 053
@a Martin Kehoe | Fianna Fáil councillor
@b Seán Furlong | the Fine Gael councillor
@c Eamon Gahan | director of services for roads
Fianna Fáil councillor Martin Kehoe told Monday's meeting of Wexford County Council that a stretch of the R741 near Ballycanew had "⟦p:a|more holes than road⟧". "⟦d:a|I had a woman on to me last week who lost two tyres in the one pothole. Two tyres, the one pothole,⟧" he said.
Cllr Seán Furlong said he agreed but that the council could only spend what it was given. "⟦d:b|We all want the roads fixed. Martin knows as well as I do that the money comes from Dublin,⟧" the Fine Gael councillor said.
"⟦d:a|Then we should be in Dublin banging the table,⟧" Cllr Kehoe replied.
Eamon Gahan, director of services for roads, said the council had received €31.4 million for regional and local roads this year, a 4 per cent increase. "⟦d:c|We have 2,800 kilometres of road. That money does about 90 kilometres properly,⟧" he told members.
### 054
@a Ptarmigan Biotherapeutics | its developer
@b Ifeoma Nwachukwu | the trial's principal investigator
@c Paul Venter | an infectious disease specialist at Vanderbilt University
An experimental vaccine against respiratory syncytial virus (RSV) cut hospitalizations among adults over 75 by 71% in a late-stage trial, according to results released Tuesday by its developer, Ptarmigan Biotherapeutics.
"⟦d:a|These data support our plan to seek approval in the United States and Europe next year,⟧" the company said in a statement. The results have not yet been peer-reviewed.
Dr. Ifeoma Nwachukwu, the trial's principal investigator and a geriatrician at Emory University, said the effect held up across the oldest participants. "⟦d:b|Among people over 85, who are the most vulnerable, we saw essentially the same protection,⟧" she said.
Dr. Paul Venter, an infectious disease specialist at Vanderbilt University who was not involved in the trial, called the results "⟦p:c|genuinely encouraging⟧" but cautioned that the trial ran for only one season. "⟦d:c|The question is what it looks like in year two and year three. Protection from these vaccines tends to wane,⟧" he said.
### 055
@a Marisol Villaseñor | City Councilor
@b Tom Brezinski | Mayor
@c - | A spokesperson for the Brezinski campaign
ALBUQUERQUE, N.M. (KOAT) — City Councilor Marisol Villaseñor finished first in Tuesday's mayoral primary, setting up a December runoff against Mayor Tom Brezinski, who is seeking a third term.
With all precincts reporting, Villaseñor had 38% of the vote to Brezinski's 31%.
"⟦d:a|Albuquerque voted for change tonight. Now let's finish the job,⟧" Villaseñor posted on X shortly before midnight.
Brezinski told supporters at a downtown hotel that the result showed "⟦p:b|a city that is still making up its mind⟧". "⟦d:b|I have been underestimated in every race I have ever run, and I have won every race I have ever run,⟧" he said.
A spokesperson for the Brezinski campaign later said the mayor would "⟦p:c|be out knocking doors tomorrow morning⟧".
### 056
@a Supreme Court | the court
@b Kavita Raghavan | Senior advocate
NEW DELHI: The Supreme Court on Friday directed all states to frame rules within six months for the regulation of private coaching centres, observing that students could not be "⟦p:a|packed into basements like goods in a godown⟧".
"⟦d:a|The right to education cannot be divorced from the right to a safe place in which to be educated,⟧" the court said in its judgment.
Senior advocate Kavita Raghavan, appearing for the parents of students injured in a fire at a coaching centre in Jaipur last year, had told the bench during the hearing in March: "⟦d:b|My clients did not send their children to a coaching centre to be buried in it.⟧"
The Centre had argued that the regulation of coaching centres was a state subject. The court agreed, but said the states had "⟦p:a|slept over the issue for a decade⟧".
### 057
@a Ram Bahadur Thapa | -
@b Suresh Karki | the army officer leading rescue efforts in the district
@c - | a spokesperson for the UN's humanitarian office
KATHMANDU (AP) — Rescuers used shovels and bare hands on Sunday to dig through the rubble of collapsed stone houses in Nepal's remote western hills, a day after a magnitude 6.1 earthquake killed at least 143 people.
Ram Bahadur Thapa, 47, said he had pulled his two daughters from the ruins of their home in the dark, guided by their voices. His wife and his elderly father did not survive.
"⟦d:a|I could hear the younger one calling me, but I could not hear my father,⟧" Thapa said through an interpreter, sitting on a tarpaulin beside the rubble. "⟦d:a|I kept digging for him until morning.⟧"
Maj. Suresh Karki, the army officer leading rescue efforts in the district, said many villages could be reached only on foot. "⟦d:b|Landslides have blocked the roads in at least eleven places. Our teams are walking four, five hours to reach some settlements,⟧" he told The Associated Press.
"⟦d:c|Shelter is the most urgent need. Nights in the hills are already close to freezing,⟧" a spokesperson for the UN's humanitarian office said in Geneva.
### 058
@a Harold Beckwith | the 99-year-old
@b Sophie | His granddaughter
The letter arrived in June 1944, three weeks after Harold Beckwith landed on Gold Beach. His mother kept it in a biscuit tin for the rest of her life.
"⟦d:a|Dear Mum, I am well and the food is worse than yours,⟧" it begins.
Eighty years later, the 99-year-old reads it aloud at his kitchen table in Bognor Regis, and stops halfway through.
"⟦d:a:m|I didn't tell her anything, of course. You didn't. We'd lost two lads from our section on the first morning, and I wrote about the food.⟧
"⟦d:a:m|I think about that a lot now. She must have known. Mothers always know.⟧
"⟦d:a|Anyway.⟧"
His granddaughter, Sophie, who has recorded more than 40 hours of his memories for a family archive, says he never spoke about the war until his wife died in 2011. "⟦d:b|Then one day he just started, and he hasn't stopped,⟧" she says. "⟦d:b|I think he's worried that when he goes, it goes with him.⟧"
Beckwith is one of fewer than a dozen surviving veterans of the landings who are expected to travel to Normandy next week. He has been asked many times what he wants people to remember.
"⟦d:a|Not me,⟧" he says. "⟦d:a|The lads who didn't come back. Write their names down. That's all.⟧"
### 059
@a Niamh Darcy | the playwright
Review: "⟦s:-|The Weir Keepers⟧", Gate Theatre, Dublin ★★★★
There is a moment near the end of Niamh Darcy's new play when the stage goes entirely dark for almost a minute, and the audience on opening night did not dare to cough.
Darcy, whose 2019 debut "⟦s:-|Low Tide at Bunowen⟧" transferred to London, writes in a programme note that she wanted to make a play "⟦p:a|about the things families agree never to say⟧". She has succeeded, perhaps too well: the first act is so full of careful silences that it sometimes drifts towards the kind of "⟦s:-|meaningful pause⟧" theatre that Dublin audiences have learned to dread.
In an interview before the opening, the playwright said the blackout was her favourite moment in the play. "⟦d:a|Everyone thinks something terrible is about to happen. It isn't. That's the point,⟧" she said.
### 060
@a Abdullahi Yusuf Ibrahim | The spokesman for the National Emergency Management Agency (NEMA)
@b Ahmed Salihu | The state governor
@c Grace Onuche | a yam farmer in Ibaji
LOKOJA — Flood waters from the River Niger and River Benue have submerged at least 62 communities in Kogi State, displacing more than 30,000 people and destroying farmland just weeks before harvest.
The spokesman for the National Emergency Management Agency (NEMA), Abdullahi Yusuf Ibrahim, told Channels Television on Tuesday that the agency had opened 14 camps. "⟦d:a|The release of water from the Lagdo Dam in Cameroon has worsened the situation. We warned communities along the river banks to relocate weeks ago,⟧" he said.
Mrs Grace Onuche, a yam farmer in Ibaji, said she had lost all three of her farms. "⟦d:c|Everything is under water. My yams, my cassava, my rice. I borrowed money to plant, and now who will I pay back with?⟧" she lamented.
The state governor, Ahmed Salihu, who visited a camp in Lokoja on Wednesday, promised relief materials and said the government would "⟦p:b|not abandon any community⟧".
### 061
@a Zoe Trevorrow | The independent candidate
@b Graeme Costigan | The sitting Liberal member
@c - | An Australian Electoral Commission spokesman
SYDNEY — The independent candidate Zoe Trevorrow has claimed victory in the Liberal stronghold of Mackellar Heights, ending 76 years of conservative representation on Sydney's northern beaches.
``⟦d:a|Tonight the people of Mackellar Heights decided they wanted a representative, not a rubber stamp,⟧'' Trevorrow told a packed surf club hall in Narrabeen.
The sitting Liberal member, Graeme Costigan, had not conceded by midnight. ``⟦d:b|There are still 14,000 postal votes to count and I'm not going to pre-empt them,⟧'' he said.
An Australian Electoral Commission spokesman said postal votes would be counted from Monday. ``⟦d:c|We would expect a clear result by the end of next week,⟧'' he said.
### 062
@a - | My father
@b - | my mum
Kelechi Nwosu, better known as "⟦s:-|Kaycee⟧", has spent the past decade writing hits for other people. This week he releases his first solo album. He spoke to us from his studio in Lekki. This conversation has been edited for length.
Q: The album is called "⟦s:-|Lagos After Dark⟧". Why?
A: Because that's when I write. The city is quiet enough that you can hear yourself think, which in Lagos is maybe two hours a night.
Q: Your family wanted you to be an engineer.
A: My father used to tell me, "⟦d:a|Music is not a job, it is a hobby that eats money.⟧" He comes to every show now. He sits in the front row with his arms folded, but he comes.
Q: Did anyone hear the record before it was finished?
A: I played it for my mum in the car. After the first song she turned to me and said, "⟦d:b|Who is this singing?⟧" She didn't recognise my voice, because on the songs I wrote for other people I never sing.
### 063
@a - | a senior EU official
@b - | A second diplomat
@c Karin Helmersson | European Commission trade spokesperson
BRUSSELS, March 3 (Reuters) - European Union governments remain split over whether to extend safeguard duties on imported steel beyond June, with no sign of a compromise ahead of a meeting of trade ministers next week, officials said on Monday.
"⟦d:a|There is no qualified majority either way at the moment. Nobody wants to be the country that blocked it, and nobody wants to be the country that paid for it,⟧" said a senior EU official, who spoke on condition of anonymity because the talks are confidential.
A second diplomat said France and Italy were pushing for an extension while the Netherlands and Sweden were opposed. "⟦d:b|It will go to leaders, as these things always do,⟧" the diplomat said.
European Commission trade spokesperson Karin Helmersson declined to comment on the talks, saying only that the Commission would "⟦p:c|present its proposal in due course⟧".
### 064
@a Teresa Valdivia | Police Chief
@b Amir Khoury | the store's owner
DAYTON, Ohio (WHIO) — Two teenagers were arrested Friday after a string of armed robberies at convenience stores across Dayton's east side, police said.
"⟦d:a|These were not kids playing a prank. They pointed a real gun at real people, and somebody was going to get hurt,⟧" Police Chief Teresa Valdivia said at a news conference Friday afternoon.
Valdivia said the suspects, ages 16 and 17, were linked to six robberies since Jan. 3 through surveillance video and a stolen car found abandoned on Smithville Road.
The third robbery was at Khoury Food Mart on Xenia Avenue. The clerk that night was the owner's son.
"⟦d:b|He called me and he was shaking. He said, 'Dad, they had a gun to my face.' I drove there in five minutes,⟧" said Amir Khoury, the store's owner. "⟦d:b|I'm glad they caught them. I'm also sad. They're the same age as my son.⟧"
"""


def main() -> None:
    build_set(PASSAGES, out=OUT, prefix="fresh5", min_passages=60)


if __name__ == "__main__":
    main()
