# ruff: noqa: E501
"""Build ``quotes_fresh7.jsonl``: a seventh independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor, without running it, and without reading the passages of the
other gold sets. The set is meant to be evaluated once, as an honest measure on
unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh7-NNN``.

Conventions:

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, PC, Sen., Rep., Councillor, KC); when only a
  first name is given (``her nephew, Pieter``; ``Mr Wrzesniak's sister,
  Halina``) that first name is the speaker. The description is the role or appositive
  as written in the passage (the one given where the speaker is introduced, or the
  definite description used at the cue, e.g. ``the 58-year-old``), else null. A role
  title standing before the name (``Area coroner Morwenna Trenowyth``, ``Police Chief``,
  ``Principal``, ``District Judge``, ``Senator``, ``Sen.``, ``Cllr``) is the description when the passage gives no
  appositive; courtesy honorifics (Mr, Ms, Dr, Sir, KC) never are.
* An organisation that is itself the grammatical speaker (``Kernow Sound said in a
  statement``, ``the department said``) is the speaker. An unnamed person speaking for
  an organisation (``a Wellington Water spokesperson said``) has a null speaker and that phrase as
  the description. Unnamed sources, crowds of one (``one spectator on Henman Hill``)
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
  organisers, Kernow Sound``) or the definite description that stands for it
  at the cue (``the company said``), else null.
* Speech given through an interpreter, or quoted in another language with a
  translation in brackets after it, belongs to the original speaker; the original and
  the translation are two spans. A letter quoted by its opening (``"Dear Mum, …," it
  begins``) is its writer's.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh7.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import build_set

OUT = Path(__file__).with_name("quotes_fresh7.jsonl")

PASSAGES = """
### 001
@a Evaristo Quispenina | the mayor of Chivay
@b INDECI | Peru's civil defence institute
@c Rosalba Huarachi | a 61-year-old alpaca herder
LIMA, March 3 (Reuters) - A magnitude 6.4 earthquake struck the southern Peruvian region of Arequipa on Monday, damaging colonial churches and cutting roads into the Colca Canyon, authorities said.
"⟦d:a|We have at least two hundred adobe homes that have partly collapsed. People are sleeping in the plaza tonight,⟧" Evaristo Quispenina, the mayor of Chivay, told local radio.
Peru's civil defence institute, INDECI, said in a statement that three people had been injured and that engineers were "⟦p:b|assessing the structural integrity⟧" of bridges along the main highway.
Rosalba Huarachi, a 61-year-old alpaca herder, said the ground moved for almost a minute. "⟦d:c|I held on to the door and prayed. My animals ran up the hill before I even felt it,⟧" she said.
Quispenina said water had been restored to most of the town by evening. "⟦d:a|The church tower is another matter. That will take years.⟧"
### 002
@a Ambrosius Ormerod-Vane | Judge
@b Annabel Crowthorne | Prosecutor
@c Hilary Sowden | the vicar
@d Bogumił Kielbasinski | Pryke's barrister
A former parish treasurer who spent £48,000 of church funds on online poker has been jailed for two years and four months.
Lucan Pryke, 63, of Lower Wrayford, admitted fraud by abuse of position at Exeter Crown Court.
Prosecutor Annabel Crowthorne told the court the money had been raised over a decade for a new roof at St Wendreda's. "⟦d:b|He was trusted absolutely. Nobody checked the accounts because nobody thought they needed to,⟧" she said.
Judge Ambrosius Ormerod-Vane said Pryke had shown "⟦p:a|a degree of remorse, but rather late in the day⟧". Addressing the defendant directly, he said: "⟦d:a|The congregation gave that money in small amounts, often people who had very little to give. You took it for yourself.⟧"
In a statement read to the court, the vicar, the Rev Hilary Sowden, said the parish had been "⟦p:c|shaken to its foundations⟧".
Pryke's barrister, Bogumił Kielbasinski, said his client had sought help for his gambling and was "⟦p:d|profoundly ashamed⟧".
### 003
@a Ghislaine Tchoungui | the club's captain
@b Chukwuemeka Anyanwu-Roche | head coach
@c - | a club spokesman
Dunmarsh Rovers Women are through to the county cup final for the first time after a 3-2 extra-time win over Hallowfield on Sunday.
Ghislaine Tchoungui, the club's captain, scored twice, including a 25-yard free-kick in the 112th minute. "⟦d:a|I just told myself: hit the target. The keeper had been cheating to her left all game,⟧" she said.
"⟦d:a|We've been the nearly team for three seasons. Not any more.⟧"
Head coach Chukwuemeka Anyanwu-Roche admitted he had considered taking her off before the free-kick. "⟦d:b|She was limping, honestly. I had the board ready. Thank goodness the fourth official was slow,⟧" he said.
A club spokesman said tickets for the final at Corriemount Park would go on sale on Friday and that demand was "⟦p:c|already unprecedented⟧".
### 004
@a Nomvula Mabaso-Khoza | the chief executive of Thekwini Freight Holdings
@b Thekwini Freight Holdings | The company
@c Sipho Ntshangase | an analyst at Umzimvubu Securities
JOHANNESBURG (Bloomberg) -- Thekwini Freight Holdings Ltd. shares fell as much as 9% in Johannesburg after the logistics group cut its full-year earnings forecast, citing congestion at Durban port and a weaker rand.
"⟦d:a|The port situation is not something we can fix from our side. We are rerouting what we can through Richards Bay, but that has its own costs,⟧" Nomvula Mabaso-Khoza, the chief executive of Thekwini Freight Holdings, said on a call with analysts.
The company said headline earnings per share would be 18% to 24% lower than a year earlier and that it would "⟦p:b|review capital allocation⟧" across its cross-border trucking unit.
Sipho Ntshangase, an analyst at Umzimvubu Securities, said the guidance cut was larger than expected. "⟦d:c|The market had priced in some pain, but not this much. The question is whether the second half is any better,⟧" he said.
Mabaso-Khoza declined to give a timetable for the review.
### 005
@a Hartmut Vennekötter | the head of the regional water authority
@b Svenja Oltmanns | -
@c - | a police spokeswoman
HANOVER, Germany (AP) — Residents of three villages in Lower Saxony were told to boil their drinking water on Thursday after heavy rain washed manure into a reservoir, officials said.
"⟦d:a|This is a precaution. We have found bacteria at levels that are above the limit, but no one has reported illness,⟧" said Hartmut Vennekötter, the head of the regional water authority.
Police set up distribution points for bottled water in the village of Wettrup. A police spokeswoman said the queues had been "⟦p:c|orderly but long.⟧"
Svenja Oltmanns, who runs a bakery in the village, said she had closed for the day. "⟦d:b|You cannot bake bread with bottled water, not for a whole village. My customers understand,⟧" she said. Her husband, she added, had driven to the next town for supplies.
Vennekötter said the advisory could last until Sunday.
### 006
@a Priyamvada Thirunavukkarasu | the study's lead author
@b Caspar Sundqvist-Ohene | a climate scientist at the University of Tromsø who was not involved in the research
Warming seas are pushing tropical fish into temperate reefs faster than previously estimated, according to a study published on Wednesday in the journal Marine Ecology Letters.
The researchers tracked more than 1,200 species over 40 years. "⟦d:a|What surprised us was not the direction but the pace. Some species moved more than a hundred kilometres per decade,⟧" said Priyamvada Thirunavukkarasu, the study's lead author.
The paper describes the shifting reefs as "⟦s:-|novel ecosystems⟧", a term ecologists use for communities with no historical equivalent.
Caspar Sundqvist-Ohene, a climate scientist at the University of Tromsø who was not involved in the research, called the work "⟦p:b|careful and rather alarming⟧". "⟦d:b|The data set is enormous. It is hard to argue with,⟧" he said.
Thirunavukkarasu said the team now plans to look at kelp forests. "⟦d:a|That's where I suspect the real losses are.⟧"
### 007
@a Beatriz Anchieta | -
@b Horacio Valladares | her business partner
@c Porto City Council | -
PORTO, Portugal — When Beatriz Anchieta opened her tile workshop in the Ribeira district in 2009, tourists were still a rarity.
"⟦d:a|People walked past and asked if we were a museum,⟧" she says, laughing. "⟦d:a|Now they ask if they can film us. Sometimes I say yes, sometimes I charge.⟧"
Her business partner, Horacio Valladares, handles the kilns. He is less amused by the change. "⟦d:b|Rents have tripled. The neighbours who taught us the trade have moved to Gaia,⟧" he said. "⟦d:b|We survive because we own the building. Most don't.⟧"
Last year Porto City Council called short-term lets in the historic centre "⟦p:c|a pressure we must contain⟧", according to the news agency Agência Lusa, which reported that new licences had been frozen.
Anchieta hopes the freeze will hold. "⟦d:a|Otherwise we will be the last workshop, and then a souvenir shop.⟧"
### 008
@a Wiremu Paraone-Whatuira | the council's infrastructure manager
@b Glenys Habberfield | Councillor
@c Raewyn Wierzbicka | -
Ratepayers in Kaiwhenua will face an average rates rise of 11.4 per cent after the district council voted 7-4 on Tuesday to approve its long-term plan.
Most of the increase will pay for replacing ageing stormwater pipes. "⟦d:a|Some of these pipes went in before the war. We are not gold-plating anything, we are catching up,⟧" the council's infrastructure manager, Wiremu Paraone-Whatuira, told the meeting.
Councillor Glenys Habberfield, who voted against, said the plan asked too much of pensioners. "⟦d:b|I have people ringing me who are choosing between their rates and their heating. That is not a choice anyone should have to make,⟧" she said.
Raewyn Wierzbicka, who chairs the Kaiwhenua Residents' Association, agreed. She said the association would ask the council to offer a deferral scheme for older homeowners. "⟦d:c|We're not against the pipes. We're against the speed,⟧" she said.
Paraone-Whatuira said a deferral scheme was already being looked at.
### 009
@a Ferdinand Olatunji-Seme | -
@t - | my teacher
Q&A: The conductor who wants orchestras to stop wearing black
Ferdinand Olatunji-Seme, 44, takes over as music director of the Saltmere Philharmonic next month. He spoke to Corinna Wegscheider.
Q: You've said concert dress is "⟦p:a|a costume from a funeral⟧". Isn't that a bit harsh?
A: Maybe. But look at a photograph of any orchestra from 1900 and one from today. Everything has changed except the clothes. When I was a student my teacher used to say, "⟦d:t|Nobody ever came to a concert for the tailoring,⟧" and I think he was right.
Q: What will your players wear?
A: Whatever they'd wear to a good dinner. We'll see.
Q: Your first programme includes a new piece, ``⟦s:-|Salt and Iron⟧'', by a 23-year-old composer. Why take the risk?
A: Because somebody took a risk on me.
### 010
@a Ashkan Farahmandpour | -
@b Leticia Ombasa | Ashkan's mother
@c - | a neighbour who asked not to be named
A 17-year-old boy who pulled two younger children from a canal in Birchley has been nominated for a Royal Humane Society award.
Ashkan Farahmandpour was walking home from college when he heard shouting near the lock gates on Saturday afternoon.
"⟦d:a|I didn't really think. I just dropped my bag and went in. The water was freezing, that's the main thing I remember,⟧" he said.
Ashkan's mother, Leticia Ombasa, said she only found out what had happened when a police officer knocked on the door. "⟦d:b|He came home soaking and said he'd fallen in. That was his story. He's like that,⟧" she said.
A neighbour who asked not to be named said the lock had "⟦p:c|needed a proper fence for years⟧".
### 011
@a Yerlan Zhaksybekov | the deputy akim of the region
@b Aigerim Tulegenova | a teacher in the village of Kokterek
@c Kazhydromet | the state weather service
ALMATY, Kazakhstan, April 9 (Reuters) - Spring floods have forced nearly 6,000 people from their homes in Kazakhstan's Aktobe region, where the Ilek river burst its banks after a rapid thaw, local officials said on Wednesday.
"⟦d:a|The water rose by a metre overnight. We evacuated the villages closest to the river first, by bus and by tractor,⟧" Yerlan Zhaksybekov, the deputy akim of the region, told reporters.
Aigerim Tulegenova, a teacher in the village of Kokterek, said the school had been turned into a shelter. "⟦d:b|We have 140 people sleeping on the gym floor. The children think it is an adventure,⟧" she said by telephone. "⟦d:b|The adults do not.⟧"
The state weather service Kazhydromet warned that river levels would keep rising for "⟦p:c|at least another five days⟧".
### 012
@a Pellegrino Santacroce | a restorer of frescoes
@b Teodora Vukašinović | his widow
@c Amedeo Brancaleoni | a former colleague
Pellegrino Santacroce, a restorer of frescoes, has died aged 81. His patient work on earthquake-damaged churches in Umbria earned him the nickname "⟦s:-|the Surgeon⟧".
Santacroce spent nearly two decades piecing together fragments of the ceiling of the basilica at Vallerotonda, some no bigger than a fingernail. He once described the task as "⟦p:a|a jigsaw with no picture on the box⟧".
"⟦d:c|He had the hands of a watchmaker and the stubbornness of a mule,⟧" said Amedeo Brancaleoni, a former colleague. "⟦d:c|When the ministry wanted to give up, he simply kept going and did not send an invoice.⟧"
His widow, Teodora Vukašinović, said he worked until last spring. "⟦d:b|The doctors told him to rest. He told them a fresco does not rest,⟧" she said.
He is survived by her and by two daughters.
### 013
@a Maximilian Amponsah-Hartwig | -
@b Birgitta Nyqvist | -
@c Drumlanrig Motors | -
A car dealership owner has been ordered to pay £14,200 to a customer who was sold a van with a clocked odometer, after a small-claims hearing in Dumfries.
Birgitta Nyqvist bought the van in 2023, believing it had covered 41,000 miles. A service history later showed it had done more than 160,000.
"⟦d:b|I trusted the man. He looked me in the eye and told me it had one careful owner,⟧" Ms Nyqvist said after the hearing.
Maximilian Amponsah-Hartwig, who owns Drumlanrig Motors, told the sheriff he had bought the van at auction and had no idea the mileage was wrong. "⟦d:a|I'm not a mechanic. I sell what I'm given,⟧" he said.
Sheriff Seonaid Druitt-Macrae rejected that account. She said Mr Amponsah-Hartwig's evidence was "⟦p:d|evasive and at times implausible⟧".
Drumlanrig Motors said in a statement: "⟦d:c|We are disappointed with the outcome and are considering our options.⟧"
@d Seonaid Druitt-Macrae | Sheriff
### 014
@a Nkemdirim Ifeyinwa-Ugwu | the Minister of State for Health
@b Ifeoluwa Adebanjo-Pratt | nurse
@c Nigeria Centre for Disease Control | -
LAGOS, Nigeria — Nigeria has recorded 312 suspected cases of Lassa fever in the first six weeks of the year, the Nigeria Centre for Disease Control said on Friday, warning that the peak season had "⟦p:c|only just begun⟧".
Speaking in Abuja, the Minister of State for Health, Nkemdirim Ifeyinwa-Ugwu, urged households to store grain in sealed containers. "⟦d:a|Rodents are the carriers. If we keep them away from our food, we cut the chain of infection,⟧" she said.
At the General Hospital in Ikorodu, nurse Ifeoluwa Adebanjo-Pratt said staff were worried about protective equipment. "⟦d:b|We have gloves this week. Next week, who knows? We have lost colleagues to this disease before,⟧" she said.
The minister said fresh supplies had been dispatched to 14 states.
### 015
@a Dagfinn Rasmussen-Holte | -
@b Kiri Papatuanuku-Briggs | -
Dagfinn Rasmussen-Holte had never sailed further than the Oslofjord when he decided to cross the Atlantic alone at 67.
"⟦d:a|My wife said I was mad. My doctor said I was mad. My grandson said, ‘Can I come?’ So that was one vote in favour,⟧" he said at the marina in Horta, in the Azores, where he arrived after 23 days at sea.
Kiri Papatuanuku-Briggs, who runs the marina office, said he was the oldest solo sailor to arrive this season. "⟦d:b|He walked in and asked for a shower and a newspaper, in that order,⟧" she said.
Rasmussen-Holte said the worst moment came on day 11, when a wave knocked out his wind-vane steering. "⟦d:a|I steered by hand for 30 hours. After that, you make friends with your boat.⟧"
### 016
@a Morenike Ogunleye-Wahlgren | the shadow transport secretary
@b Emrys Trevithick-Gwilt | The transport secretary
@c - | One Labour backbencher
@d - | One government source
MPs clashed in the Commons on Monday over plans to cut rural bus subsidies by a fifth.
"⟦d:a|This is a tax on villages. If you don't drive, you will be cut off,⟧" the shadow transport secretary, Morenike Ogunleye-Wahlgren, said.
The transport secretary, Emrys Trevithick-Gwilt, accused her of "⟦p:b|scaremongering⟧". "⟦d:b|The honourable lady knows full well that the money is being moved to demand-responsive services, not removed,⟧" he told the House.
One Labour backbencher muttered "⟦d:c|rubbish⟧" loudly enough to be admonished by the Speaker.
One government source later described the exchange as "⟦p:d|more heat than light⟧".
### 017
@a Clothilde Thibodeaux-Landry | the parish sheriff
@b Lucien Broussard-Vigé | -
LAFOURCHE PARISH, La. — A shrimp boat captain was rescued Tuesday after spending nearly 14 hours clinging to a cooler in the Gulf of Mexico, authorities said.
Lucien Broussard-Vigé, 58, went overboard when his vessel, the Miss Odalie, took on water about 20 miles south of Port Fourchon late Monday.
"⟦d:a|He did everything right. He stayed with something that floats and he stayed calm,⟧" said Clothilde Thibodeaux-Landry, the parish sheriff.
A deputy who helped pull him from the water said his first words were "⟦d:b|Y'all got any coffee?⟧"
Broussard-Vigé, speaking from a hospital bed in Thibodaux, said he had thought about his grandchildren the whole night. "⟦d:b|I told the Lord, not yet. I got a boat to fix,⟧" he said.
### 018
@a Rustam Nazarbekov | -
@b Jaroslav Hrdlička | the Czech
The two men had not spoken since the 2019 final. On Thursday, at a press conference in Brno, they sat three seats apart.
"⟦d:a|I respect him as a player. As a person, I don't know him any more,⟧" Rustam Nazarbekov said when asked about his opponent.
Jaroslav Hrdlička, to his left, did not look up. "⟦d:b|He knows where to find me,⟧" the Czech said.
Asked whether they would shake hands before Saturday's match, Nazarbekov shrugged. "⟦d:a|If he offers, I will take it.⟧"
"⟦d:b|Then we will see who offers,⟧" Hrdlička replied.
### 019
@a Tuva Økland-Berge | the head of the Norwegian Polar Institute's glacier programme
@b Thorvald Ingebrigtsen-Skaar | a retired trapper who has lived in Longyearbyen since 1971
LONGYEARBYEN, Svalbard — The Longyearbreen glacier above this Arctic town has retreated by more than 300 metres since the 1990s, according to new measurements.
"⟦d:a:m|The retreat is not linear. It has accelerated sharply in the last decade, and the summers of 2022 and 2024 stand out.⟧
"⟦d:a|We are now seeing meltwater channels in places where there was solid ice when I started working here,⟧" said Tuva Økland-Berge, the head of the Norwegian Polar Institute's glacier programme.
Thorvald Ingebrigtsen-Skaar, a retired trapper who has lived in Longyearbyen since 1971, put it more simply. "⟦d:b|When I came, the ice was right there,⟧" he said, pointing at a ridge of bare grey scree. "⟦d:b|Now you need binoculars.⟧"
### 020
@a Hanife Çelikkaya | -
@b Mevlüt Karabacakoğlu | the governor of Hatay province
ANTAKYA, Turkey — Standing in the courtyard of what was once her family's apartment block, Hanife Çelikkaya pointed to a patch of bare concrete.
"⟦d:a|Burası mutfaktı,⟧" she said — "⟦d:a|This was the kitchen.⟧"
Two years after the earthquake, reconstruction in the old city has been slow. The governor of Hatay province, Mevlüt Karabacakoğlu, told reporters through an interpreter that 40,000 new homes had been handed over. "⟦d:b|The work is going day and night. We will not leave a single family in a container,⟧" he said.
Çelikkaya, who has lived in a container camp since 2023, said she had heard that promise before. "⟦d:a|Every year they say next year,⟧" she said.
### 021
@a Skerryway Air | the airline
@b Lysander Tiwari-Blount | -
@c - | a passenger, who asked to be identified only as Deborah
Passengers on a Skerryway Air flight from Inverness to Kirkwall spent four hours on the tarmac on Friday before the flight was cancelled.
"⟦d:c|Nobody told us anything for the first two hours. Then the pilot came on and said, ‘Folks, I'm as fed up as you are,’ which was at least honest,⟧" said a passenger, who asked to be identified only as Deborah.
Skerryway Air apologised. "⟦d:a|A technical fault was identified during pre-flight checks and the safety of our passengers is always our first priority,⟧" the airline said in a statement.
An airport spokesperson said the terminal had stayed open late so that passengers could be rebooked.
Lysander Tiwari-Blount, who was travelling to a funeral, said he had missed the service. "⟦d:b|I'll watch it on a livestream from a hotel room in Inverness. That's what it's come to,⟧" he said.
### 022
@a Odalys Caraballo-Pimentel | -
@b Yunior Arencibia-Portal | her coach
@c Gaëlle Marcellin | The silver medallist
Odalys Caraballo-Pimentel had already won the 400 metres when she turned to the camera and mouthed two words: "⟦d:a|For Abuela.⟧"
Her grandmother, who raised her in Santiago de los Caballeros, died in March. "⟦d:a|She never saw me race in a stadium. She only saw me run to the shop,⟧" Caraballo-Pimentel said afterwards.
Her coach, Yunior Arencibia-Portal, said the Dominican had considered withdrawing from the championships. "⟦d:b|I told her: it's your choice, and I'm with you either way. Two days later she was back on the track at six in the morning,⟧" he said.
The silver medallist, Gaëlle Marcellin of France, was gracious in defeat. "⟦d:c|She was untouchable today. I ran my best time of the season and it was not close,⟧" she said.
### 023
@b Bronagh Keleher | his solicitor
@c An Garda Síochána | -
A Co Westmeath man has been charged in connection with the theft of 11 vintage tractors from farms in the midlands over the past year.
Peregrine Trewhella-Ganly, 39, with an address at Ballinagore, appeared before Mullingar District Court on Wednesday. Garda Padraig Tunney told the court the accused made no reply when charged.
@d Padraig Tunney | Garda
Asked by Judge Eimear Scullion-Prior whether gardaí objected to bail, Garda Tunney said: "⟦d:d|We do, Judge. There is a concern about further offences.⟧"
@e Eimear Scullion-Prior | Judge
His solicitor, Bronagh Keleher, said her client "⟦p:b|strenuously denies⟧" the charges and has no previous convictions.
Judge Scullion-Prior remanded him in custody. "⟦d:e|I'll hear a full bail application next week when the State has its papers in order,⟧" she said.
In a statement, An Garda Síochána said the investigation was "⟦p:c|ongoing and at an advanced stage⟧".
### 024
@a Takumi Hoshizaki | the stationmaster
@b JR Hokkaido | -
@c Reiko Amamiya-Fujiwara | a 74-year-old who has used the station since she was a schoolgirl
KAMI-SHIRATAKI, Japan — For years, the only regular passenger at this tiny station in Hokkaido was a single high school student. Now the station itself is about to graduate.
JR Hokkaido said on Monday that the line between Engaru and Asahikawa would lose four more stops next spring, calling them "⟦p:b|unsustainable in their current form⟧".
"⟦d:a|We sell perhaps three tickets a day. Two of them to train enthusiasts,⟧" said the stationmaster, Takumi Hoshizaki, who is 66. "⟦d:a|They come to photograph the end of something.⟧"
Reiko Amamiya-Fujiwara, a 74-year-old who has used the station since she was a schoolgirl, said she would now have to ask her son to drive her to the hospital. "⟦d:c|The bus comes twice a day. If the doctor is late, I sleep in the waiting room,⟧" she said.
### 025
@a Zainab Al-Moussawi | a paediatrician in Tyre
@b - | a United Nations official, who spoke on condition of anonymity because he was not authorised to brief the media
@c Hassan Khreich | -
BEIRUT (AP) — Hospitals in southern Lebanon are running short of fuel for generators, doctors said Sunday, as power cuts stretched to 22 hours a day in some areas.
"⟦d:a|We have incubators. We cannot turn those off to save diesel. So we turn off everything else,⟧" said Zainab Al-Moussawi, a paediatrician in Tyre.
A United Nations official, who spoke on condition of anonymity because he was not authorised to brief the media, said a fuel shipment was expected within days. "⟦d:b|It has been promised before. I will believe it when the trucks are at the gate,⟧" he said.
Hassan Khreich, who sells generator subscriptions in Nabatieh, said he had raised prices three times this year. "⟦d:c|People curse me. I understand. But I am paying for fuel in dollars,⟧" he said.
### 026
@a Wilhelmina Przybylska-Ruhnau | -
@b Oriel Valley Council | the council
Residents of Tenbury Row woke on Saturday to find that someone had painted "⟦s:-|FIX OUR ROAD⟧" in letters a metre high across the worst of its potholes.
The road has been on Oriel Valley Council's repair list since 2021. Wilhelmina Przybylska-Ruhnau, who has lived there for 30 years, said she had reported the potholes 14 times. "⟦d:a|I have a reference number for every one. I could wallpaper the kitchen with them,⟧" she said.
She denied any involvement with the paint. "⟦d:a|I'm 78. I can't even bend down to plant bulbs.⟧"
Oriel Valley Council said resurfacing was "⟦p:b|scheduled for the next financial year⟧" and warned that painting on the highway could be dangerous. "⟦d:b|We would ask residents to report defects through the usual channels,⟧" the council said.
### 027
@a Leopold Igwe-Sandström | -
@b Matilda Sarmento-Quayle | Its director
@c HM Coastguard | -
Live: Storm Ragnhild — latest updates
09:42 Leopold Igwe-Sandström, who lives on the seafront in Saltcoates, sent us this: "⟦d:a|The spray is coming over the roof of a three-storey building. I've never seen anything like it. The car's moved about a foot.⟧"
09:58 Coastguard teams are asking people to stay away from harbour walls. HM Coastguard posted this a few minutes ago: "⟦d:c|Stay back, stay safe. No photograph is worth your life.⟧"
10:15 The Ardrossan Maritime Museum has closed for the day. Its director, Matilda Sarmento-Quayle, said staff had moved the more fragile exhibits upstairs overnight. "⟦d:b|We have a lifeboat from 1889 in the ground floor gallery. She's survived worse than this,⟧" she said.
10:31 Several readers have asked whether the ferry to Brodick is running. It is not.
### 028
@a Dorotea Szántó-Mihályi | -
@b Krisztián Bodnár | organiser
BUDAPEST — Several thousand people marched to the parliament building on Saturday evening to protest against a proposed law restricting the sale of farmland to foreigners.
Demonstrators carried banners reading "⟦s:-|Földünk nem eladó⟧" — "⟦s:-|Our land is not for sale⟧" — and chanted "⟦s:-|Shame! Shame!⟧" as the crowd passed the agriculture ministry.
Dorotea Szántó-Mihályi, a vineyard owner from Tokaj, said she had driven three hours to attend. "⟦d:a|My grandfather got this land back in 1992. I will not watch it disappear again,⟧" she said.
When organiser Krisztián Bodnár took the stage, someone in the crowd shouted "⟦d:-|Louder!⟧" — and he obliged. "⟦d:b|They will hear us in the ministry,⟧" he told the crowd.
### 029
@a Ngaio Pomare-Kettle | the school's principal
@b School Property Aotearoa | the agency
@c Struan McCaig-Lennie | -
@d Tavita Leiataua | -
Pupils at Rangimarie Primary will spend at least another term in prefabricated classrooms after the discovery of asbestos in the school's main block.
"⟦d:a|It's frustrating, but the children are safe and they are learning. That's what matters,⟧" the school's principal, Ngaio Pomare-Kettle, said.
School Property Aotearoa, which manages state school buildings, said the removal work was "⟦p:b|complex⟧" and would take until at least July. "⟦d:b|We understand this is disruptive for the school community and we appreciate their patience,⟧" a statement from the agency said.
Parents at the school gate were less patient. Struan McCaig-Lennie and Tavita Leiataua both have children in year 4.
"⟦d:c|We were told Easter. Then we were told winter,⟧" McCaig-Lennie said.
"⟦d:d|And now it's ‘at least July’,⟧" Leiataua added. "⟦d:d|My daughter asks me every week when she's going back to her real classroom.⟧"
### 030
@a Isidora Radulović-Ljung | -
@b Aurelio Benvenuti | an Italian-born chef who worked with her for a decade
Isidora Radulović-Ljung, who has died aged 88, ran Stockholm's smallest restaurant — nine seats, one cook, no menu — for almost half a century.
Diners ate what she had bought that morning at Östermalm market. If they asked what was for dinner, she would answer: "⟦d:a|Whatever was beautiful.⟧"
Born in Belgrade in 1937, she arrived in Sweden in 1961 with, in her words, "⟦p:a|one suitcase and a very good knife⟧".
Aurelio Benvenuti, an Italian-born chef who worked with her for a decade, said she had no patience for fashion. "⟦d:b|Someone once asked her about foams. She put a bowl of soup in front of him and walked away,⟧" he recalled.
She is survived by a nephew.
### 031
@a Ruaraidh Strathearn-Boyce | Manager
@b Ibrahima Sow-Lachance | the striker
@c - | a supporters' group
Manager Ruaraidh Strathearn-Boyce refused to blame referee Iolo Prys-Jenkins for Abbotsmere's 2-1 defeat at Fenchurch Athletic, despite two contentious penalty decisions.
"⟦d:a|I'm not going to stand here and moan. We didn't do enough with the ball and that's on us,⟧" Strathearn-Boyce said.
Ibrahima Sow-Lachance, whose 89th-minute header was disallowed, was more forthright. "⟦d:b|I've watched it back five times. I don't touch him. Nobody in that dressing room understands it,⟧" the striker said.
Away supporters sang "⟦s:-|You don't know what you're doing⟧" throughout the second half, and a supporters' group later called the officiating "⟦p:c|a disgrace⟧" on social media.
### 032
@a Elżbieta Wróblewska-Gajda | the director of the Kraków Ghetto Memorial Foundation
@b Jakub Lichtensztajn | -
KRAKÓW — A letter written by a 12-year-old boy in the Kraków ghetto in 1942 and hidden in a wall for eight decades has gone on public display.
"⟦d:b|Dear Aunt Rózia, we are all well, please do not worry, Mama says the winter will be short,⟧" it begins. The boy, Jakub Lichtensztajn, did not survive the war.
"⟦d:a|What strikes everyone is how hard he is trying to reassure her. He is twelve, and he is protecting the adults,⟧" said Elżbieta Wróblewska-Gajda, the director of the Kraków Ghetto Memorial Foundation.
The letter was found by builders renovating an apartment on Limanowskiego Street. The foundation's director said it had been "⟦p:a|almost perfectly preserved⟧" by the brickwork.
### 033
@a Lucan Zuidervaart | the company's chief operating officer
@b Shalini Chandrashekar-Tibbs | a care worker in Bolton
@c Gwendolyn Entwhistle-Odhiambo | Her friend and colleague
A software glitch at Pilbeam & Dace, the payroll provider, left about 40,000 workers across the north-west without their wages on Friday.
"⟦d:a|We're deeply sorry. This was an error in a routine update and we've rolled it back. Payments will arrive by Monday at the latest,⟧" Lucan Zuidervaart, the company's chief operating officer, said.
Shalini Chandrashekar-Tibbs, a care worker in Bolton, said she had been charged a £35 fee by her bank for a bounced direct debit. Her friend and colleague Gwendolyn Entwhistle-Odhiambo was in the same position.
"⟦d:b|Who pays for that? Not them, I bet,⟧" said Chandrashekar-Tibbs.
"⟦d:c|I had to borrow money off my mum for the bus. I'm 44,⟧" said Entwhistle-Odhiambo.
Zuidervaart said the company would reimburse "⟦p:a|any reasonable charges⟧" incurred as a result.
### 034
@a Amaru Condori-Vela | -
@b Yolanda Mamani-Quisbert | the head of the cooperative
@c Ministry of Mining | -
EL ALTO, Bolivia — The miners came down the mountain at dawn, their helmets still on.
"⟦d:a|We are not asking for charity. We are asking for a road,⟧" said Amaru Condori-Vela, 31, as the column of about 2,000 workers from the Colquiri cooperative marched toward La Paz.
The head of the cooperative, Yolanda Mamani-Quisbert, said talks with the government had collapsed on Tuesday. «⟦d:b|Nos han mentido tres veces⟧», she said. «⟦d:b|They have lied to us three times.⟧»
The Ministry of Mining said in a statement it remained "⟦p:c|open to dialogue⟧" but would not negotiate "⟦p:c|under the threat of blockades⟧".
### 035
@a Perdita Nwankwo-Scattergood | -
@b Cyrus Mehrabadi | -
Perdita Nwankwo-Scattergood and Cyrus Mehrabadi have been neighbours for 22 years, and for 21 of them they have argued about a hedge.
"⟦d:a|It's a leylandii. It's eleven metres tall. It blocks the sun from my kitchen from October to March,⟧" she said.
"⟦d:b|It was there when she moved in,⟧" said Mr Mehrabadi, who planted it in 1999. "⟦d:b|She knew what she was buying.⟧"
On Thursday, a planning inspector ordered that the hedge be cut to three metres. Mrs Nwankwo-Scattergood said she felt "⟦p:a|vindicated⟧". Mr Mehrabadi said he would appeal.
"⟦d:b|It's the principle,⟧" he said. "⟦d:b|Today it's my hedge. Tomorrow it's your shed.⟧"
### 036
@a Benedikt Aschenbrenner-Annan | -
@b Florian Zwickelmaier | his deputy
"⟦d:a|If anyone tells you they saw this coming, they are lying.⟧"
The words belonged to Benedikt Aschenbrenner-Annan, and they were spoken at 7.15 on Tuesday morning to a room full of stunned employees at the Grafenau paper mill, which had just lost its biggest customer.
His deputy, Florian Zwickelmaier, stood beside him and said nothing during the meeting. Afterwards he was more direct with reporters. "⟦d:b|We have six months of orders. After that, I honestly don't know,⟧" Zwickelmaier said.
Aschenbrenner-Annan told staff the mill would look for new buyers in Austria and the Czech Republic. "⟦d:a|We have survived two recessions. We are not finished yet,⟧" he said.
### 037
@a Solveig Kvamme-Ekwueme | -
@b Teodor Kvamme-Ekwueme | her brother
@c - | a spokesperson for Fjellvind Kraft
Solveig Kvamme-Ekwueme was nine when the wind farm went up on the ridge above her family's reindeer pastures. Now 24, she is suing the company that built it.
"⟦d:a|They said the animals would get used to it. The animals did not get used to it,⟧" she said outside the court in Trondheim.
Her brother, Teodor Kvamme-Ekwueme, who still herds with their father, said the calving grounds had moved twice. "⟦d:b|Every year we walk further. Every year we lose more calves,⟧" he said.
A spokesperson for Fjellvind Kraft said the company had "⟦p:c|followed every step of the licensing process⟧" and would respect the court's ruling. "⟦d:c|We have offered compensation and dialogue throughout,⟧" the spokesperson said.
### 038
@a Cressida Ollerenshaw | Headteacher
@b - | One parent
@c Marlowe Academy Trust | The trust
Headteacher Cressida Ollerenshaw has apologised after pupils at Thornby Vale High were told to remove their coats during a fire drill in sub-zero temperatures.
In a letter to parents, she wrote: "⟦d:a|This was a misjudgement by a member of staff, for which I take full responsibility. It will not happen again.⟧"
One parent said her son had come home "⟦p:b|blue with cold⟧". "⟦d:b|They stood on the field for 25 minutes in their shirts. It was minus three,⟧" she said.
The Marlowe Academy Trust, which runs the school, said it was reviewing the uniform policy. The trust said: "⟦d:c|Pupil welfare must always come before uniform rules.⟧"
### 039
@a Cosimo Agyekum-Tresize | the independent
@b Veronique Adjoua-Lemaire | the incumbent
@c - | a reporter
The two candidates for mayor of Swarland Bridge met for their only televised debate on Wednesday night, and it did not take long for the gloves to come off.
"⟦d:a|My opponent has had eight years to fix the bus station. Eight years,⟧" said Cosimo Agyekum-Tresize, the independent.
"⟦d:b|And I fixed the library, the leisure centre and the high street while you were writing letters to the paper,⟧" Veronique Adjoua-Lemaire, the incumbent, shot back.
Asked by a reporter afterwards, "⟦d:c|Do you actually like each other?⟧" Agyekum-Tresize laughed. "⟦d:a|We went to the same school. We've never liked each other,⟧" he said.
Adjoua-Lemaire was not laughing. "⟦d:b|This is not a playground. People need buses,⟧" she said.
### 040
@a Farida Yusupova-Kerimli | -
@b State Oil Company of Azerbaijan | the company
BAKU, Azerbaijan — The State Oil Company of Azerbaijan said on Thursday it had sealed a leak at an offshore platform in the Caspian Sea, two days after fishermen reported an oil sheen near the Absheron peninsula.
"⟦d:b|The source of the leak was identified and eliminated. There is no threat to the coastline,⟧" the company said in a statement.
Farida Yusupova-Kerimli, a marine biologist who has studied the Caspian seal population for 20 years, said she was not reassured. "⟦d:a|We have been told ‘no threat’ before. The seals do not read press releases,⟧" she said.
### 041
@a Thandiwe Ntuli-Sauer | a bakery owner in Fremantle
@b Quinlan Aberforth | -
It started, as so many things do now, with a post. On Sunday evening, Thandiwe Ntuli-Sauer, a bakery owner in Fremantle, posted a photograph of an empty display case with the caption: "⟦d:a|Sold out by 9am. Thank you, Freo. See you tomorrow at 6.⟧"
By Monday it had been shared 40,000 times. By Tuesday the queue stretched around the block.
"⟦d:a|I don't really understand it. They're croissants. Good croissants, but croissants,⟧" she said.
Quinlan Aberforth, who was 15th in line at 5.40am on Wednesday, had driven from Mandurah. "⟦d:b|My daughter showed me the post. She said, ‘Dad, you have to,’ so here I am,⟧" he said.
### 042
@a Oyinkansola Barrington-Idowu | the chair of the inquiry
@b Piran Menzies-Ferrante | the former chief executive of Greyfriars Health Trust
@c - | a consultant
The former chief executive of Greyfriars Health Trust, Piran Menzies-Ferrante, told a public inquiry on Monday that he had not been informed of concerns about the maternity unit until 2021.
"⟦d:b|If I had known, I would have acted. I want to be absolutely clear about that,⟧" he said.
The chair of the inquiry, Oyinkansola Barrington-Idowu, put to him an email from 2019 in which a consultant had warned of "⟦p:c|a pattern of avoidable harm⟧".
"⟦d:a|This was sent to your office. Are you saying you did not read it?⟧" she asked.
"⟦d:b|I am saying I do not recall reading it,⟧" Menzies-Ferrante replied.
"⟦d:a|That is not quite the same thing,⟧" she said.
### 043
@a Ravindra Pathirana | the 19-year-old leg-spinner from Galle who took seven wickets on debut
@b Sri Lanka Cricket | -
@c Dimuth Wickramasinghe-Alwis | the team's captain
COLOMBO — Ravindra Pathirana, the 19-year-old leg-spinner from Galle who took seven wickets on debut, was still shaking when he met reporters at the R. Premadasa Stadium.
"⟦d:a|I called my mother at tea. She was crying. I think she was more nervous than me,⟧" he said.
The team's captain, Dimuth Wickramasinghe-Alwis, said the selectors had taken "⟦p:c|a calculated gamble⟧". "⟦d:c|We saw him in the nets and thought: why not? He's fearless,⟧" he said.
Sri Lanka Cricket later posted on social media: "⟦d:b|A debut to remember. Take a bow, Ravindra.⟧"
### 044
@a Amparo Urquiola-Trench | -
@b Crispin Ravenhill-Addo | -
@c - | a man who gave his name only as Rui
Amparo Urquiola-Trench and Crispin Ravenhill-Addo run rival ice-cream vans on the same stretch of Brighton seafront. On Saturday, for the first time in a decade, they worked side by side, raising money for the lifeboat station.
"⟦d:a|He does a decent mint choc chip. I'll give him that. Only that,⟧" she said.
Ravenhill-Addo grinned when this was relayed to him. "⟦d:b|She's been telling people that for ten years, and she's never once tried it,⟧" he said.
The pair raised £3,200. A man who gave his name only as Rui, queuing with two children, said he had bought from both vans "⟦p:c|to be diplomatic⟧".
### 045
@a Kwesi Ampofo-Twum | the regional minister
@b Ghana Meteorological Agency | -
@c Akosua Nyarko-Boateng | -
@d Kwadwo Adomako-Danquah | a trader
ACCRA, Ghana — Torrential rain flooded parts of Accra on Tuesday night, submerging cars on the Achimota interchange and trapping commuters for hours.
"⟦d:a|Our drains are choked with plastic. Until we deal with that, every heavy rain will bring this,⟧" the regional minister, Kwesi Ampofo-Twum, told Citi FM.
The Ghana Meteorological Agency said 112 millimetres of rain had fallen in six hours. It warned of "⟦p:b|further heavy downpours⟧" through Thursday.
Akosua Nyarko-Boateng spent the night on the roof of a trotro with eight other passengers, among them Kwadwo Adomako-Danquah, a trader. "⟦d:c|We sang hymns to keep awake,⟧" she said.
He was less sentimental. "⟦d:d|I lost my whole stock of shoes. Who will pay me?⟧" Adomako-Danquah said.
### 046
@a Henrike Dallmann-Ayodele | the prosecutor
@b Rainer Kolb-Ostermeyer | presiding judge
@c Wolfgang Tischendorf | -
MUNICH — A former bank manager was sentenced on Friday to six years in prison for defrauding elderly customers of nearly €2 million over a decade.
Wolfgang Tischendorf, 61, had confessed at the start of the trial. In his final statement, he told the court: "⟦d:c|I am ashamed. I have no excuse. I ask only that my family is left in peace.⟧"
The prosecutor, Henrike Dallmann-Ayodele, had sought seven years. She described the defendant's method as "⟦p:a|cold, patient and deliberate⟧", saying he had targeted customers with dementia.
In delivering the verdict, presiding judge Rainer Kolb-Ostermeyer said Tischendorf's confession had spared the victims from testifying. "⟦d:b|That is the only reason this sentence is not higher,⟧" he said.
### 047
@a Juniper Montclair-Sithole | -
@b Dashiell Ezeilo | -
@c - | one resident
Eight homes in Wisbridge were evacuated on Monday night after a sinkhole opened up in the middle of Cooper's Lane.
"⟦d:c|It sounded like a lorry dropping its load. Then the streetlight just went,⟧" one resident said.
Juniper Montclair-Sithole, whose garden wall now hangs over the edge of the hole, said she had seen cracks in the road months ago. She said she told her neighbour, Dashiell Ezeilo, who reported them to the council.
"⟦d:b|I rang them in May. I've got the email,⟧" Ezeilo said. "⟦d:b|Someone came out, looked at it, and said it was fine.⟧"
"⟦d:a|Well, it's not fine, is it?⟧" she said.
### 048
@a Anjali Sathaye-Morrow | -
@b Ezekiel Fontaine-Arbeloa | the novel's editor
Anjali Sathaye-Morrow's second novel, ``⟦s:-|The Kharland Daughters⟧'', arrives three years after her debut became a surprise bestseller. We asked the author how it felt to follow it up.
``⟦d:a|Terrifying, honestly. You write the first one for nobody. You write the second one for everybody who liked the first,⟧'' she said.
The book follows three generations of women in a Konkan fishing village. Its title, she explained, comes from the ``⟦s:-|kharland⟧'', the salt fields where her grandmother worked as a girl.
Ezekiel Fontaine-Arbeloa, the novel's editor, said the manuscript arrived almost finished. ``⟦d:b|She rewrote the last chapter eleven times. The other chapters, she barely touched,⟧'' he said.
### 049
@a Eivind Steinsland | the rescue leader
@b Norwegian Trekking Association | the association
Two German hikers were rescued from the Romsdalseggen ridge in western Norway on Sunday after being caught out by fog and sleet, police said.
"⟦d:a|They were wearing trainers and had one phone between them with 4 per cent battery,⟧" said the rescue leader, Eivind Steinsland. "⟦d:a|They were very lucky. They were also very polite, which helps.⟧"
The Norwegian Trekking Association urged visitors to follow what it calls the ``⟦s:-|mountain code⟧''. "⟦d:b|Turn back in time. There is no shame in turning back,⟧" the association said.
### 050
@a Soraya Bensaïd-Leclerc | a dairy farmer from Vitré
@b Mathis Gourvennec | a young pig farmer standing beside a smouldering tyre
RENNES, France — Farmers dumped manure and tyres outside the Rennes prefecture on Wednesday to protest against new rules on pesticide use.
«⟦d:a|On nous demande de produire plus avec moins, et ensuite on nous traite de pollueurs⟧», said Soraya Bensaïd-Leclerc, a dairy farmer from Vitré. «⟦d:a|They ask us to produce more with less, and then they call us polluters.⟧»
A representative of the Rennes prefecture said officials would meet union leaders on Friday.
Mathis Gourvennec, a young pig farmer standing beside a smouldering tyre, said he doubted the meeting would help. "⟦d:b|They meet, they listen, they write a report. And we go bankrupt,⟧" he said.
### 051
@a Cornelius Vandermeulen | The ship's owner
@b Ragnhild Vatnedal-Brekkestø | a spokeswoman for the port authority
@c - | a crew member reached by satellite phone
ROTTERDAM (Reuters) - A container ship that lost power in a storm off the Dutch coast was towed safely into Rotterdam on Thursday, the port authority said.
"⟦d:b|The vessel is alongside and stable. Inspections will begin tomorrow,⟧" said Ragnhild Vatnedal-Brekkestø, a spokeswoman for the port authority.
A crew member reached by satellite phone on Wednesday night had described the conditions as "⟦p:c|like being inside a washing machine⟧".
The ship's owner, Cornelius Vandermeulen, said in a statement that all 22 crew were unharmed. "⟦d:a|I want to thank the tug crews, who went out in weather that most sensible people would stay home in,⟧" he said.
### 052
@a Aoife Ní Bhraonáin | the principal
The sign over the door of Scoil Bhríde still reads "⟦s:-|Fáilte⟧", but from June there will be nobody left to welcome.
The two-teacher school on the Beara peninsula will close after 140 years, its enrolment having fallen to seven pupils.
"⟦d:a|We have tried everything. We advertised in Dublin, we advertised in Germany. People love the idea of living here until they see the broadband,⟧" said the principal, Aoife Ní Bhraonáin.
There is an old saying on the peninsula: "⟦d:-|When the school closes, the parish follows.⟧" She hopes it is wrong. "⟦d:a|The children will go to Castletownbere on the bus. It's not the end of the world. It's the end of something,⟧" she said.
### 053
@a Mehmet Emin Özdemir-Brünig | -
@b Liesel Lindenbaum | his landlady
Police in Bremen are appealing for witnesses after a 70-year-old kiosk owner was attacked with a bottle during a robbery on Tuesday night.
Mehmet Emin Özdemir-Brünig has run the kiosk on Vor dem Steintor for 31 years. Speaking from hospital, he said: "⟦d:a|He wanted the cash box. I gave him the cash box. Then he hit me anyway.⟧"
His landlady, Liesel Lindenbaum, who lives above the shop, heard him calling for help. "⟦d:b|I came down in my dressing gown with a frying pan. By then the man was gone,⟧" she said. "⟦d:b|Mehmet is part of this street. Everyone knows him.⟧"
### 054
@a Maite Arrechea-Blanco | the head of the regional health service in Navarra
@b Íñigo Zubiaurre | a nurse in the emergency department at Pamplona's main hospital
@c Spanish Health Ministry | -
PAMPLONA, Spain — Emergency departments in northern Spain are operating at 140% of capacity as a severe flu season coincides with staff holidays, health officials said on Monday.
"⟦d:a|This is the worst week we have had since the pandemic,⟧" said Maite Arrechea-Blanco, the head of the regional health service in Navarra.
Íñigo Zubiaurre, a nurse in the emergency department at Pamplona's main hospital, said patients were waiting on trolleys in corridors. "⟦d:b|We have people of 90 who have been on a trolley for two days. That is not medicine,⟧" he said.
The Spanish Health Ministry recommended that masks be worn in all health centres, describing the measure as "⟦p:c|temporary and proportionate⟧".
### 055
@a Bartholomew Nakashima-Villalba | the founder of Mothwing Games
@b - | a former employee, who asked not to be named because of a non-disclosure agreement
@c Mothwing Games | The studio
The independent studio behind the hit farming game ``⟦s:-|Bramblewick⟧'' has laid off a third of its staff, weeks after its founder told fans the company was "⟦p:a|in the best shape it has ever been⟧".
Bartholomew Nakashima-Villalba, the founder of Mothwing Games, wrote on social media on Tuesday: "⟦d:a|This is the hardest decision I have made. Every person leaving made this game what it is.⟧"
A former employee, who asked not to be named because of a non-disclosure agreement, said staff learned of the cuts in a 10-minute video call. "⟦d:b|Cameras off, no questions. Then our logins stopped working,⟧" they said.
The studio said affected staff would receive "⟦p:c|generous severance⟧" and that development of a sequel would continue.
### 056
@a Hephzibah Dalgleish-Wambugu | -
@b Obadiah | her husband
Hephzibah Dalgleish-Wambugu and her husband, Obadiah, have fostered 63 children in 30 years. On Friday they were made MBEs.
"⟦d:a|People say we're saints. We're not. We shout, we burn the dinner, we lose the car keys,⟧" she said.
Obadiah said he still remembered the first child they took in, a boy of six who arrived with a carrier bag. "⟦d:b|He asked if he could keep the bag. It was the only thing he owned. He's 36 now and he still has it,⟧" he said.
"⟦d:a|He rings every Sunday,⟧" Hephzibah added.
### 057
@a Zdzisław Dobrowolski-Yelland | -
@b Clementina Featherstonhaugh | -
@c - | a passer-by
A man who spent 41 years as a lollipop man outside Kildwick Road primary school has hung up his sign for the last time.
Zdzisław Dobrowolski-Yelland, 79, was cheered by pupils past and present on Friday afternoon. Many of the parents now dropping children off were once helped across the road by him.
"⟦d:a|I have seen three generations cross this road. Not one of them got hurt. That's the only statistic I care about,⟧" he said.
Clementina Featherstonhaugh, who crossed with him every day in the 1990s and now brings her own twins, organised the send-off. "⟦d:b|He knew every child's name. He still knows mine,⟧" she said.
As he walked away, a passer-by called out "⟦d:c|You'll be back by Monday!⟧" He waved without turning round.
### 058
@a Araminta Adetokunbo-Lisle | the director of Quayhead Food Bank
@b Fiachra Mulrooney-Shaw | one of the volunteers
Demand at Quayhead Food Bank has doubled since the summer, and the shelves are emptier than they have ever been.
"⟦d:a|We used to see the same faces. Now we see nurses, bus drivers, people in work. Last week a teaching assistant cried at the table because she had never had to ask for help before,⟧" said Araminta Adetokunbo-Lisle, the director of Quayhead Food Bank.
"⟦d:a|We are asking supermarkets to do more. We are asking everyone to do more.⟧"
Fiachra Mulrooney-Shaw, one of the volunteers, has been packing parcels since 2015. "⟦d:b|You learn not to ask questions. You hand over the bag, you say see you next week,⟧" he said. "⟦d:b|And you hope you don't.⟧"
### 059
@a Hiroshi Kuribayashi-Venn | -
@b Benedicta Adekunle-Stott | his barrister
@c - | the jury foreman
A jury at Winchester Crown Court has cleared a retired engineer of causing death by dangerous driving after a collision on the A31 that killed a cyclist.
Hiroshi Kuribayashi-Venn, 72, had told the court he was dazzled by low sun. Asked by his barrister, Benedicta Adekunle-Stott, what he remembered, he replied: "⟦d:a|Nothing but white. Then the noise.⟧"
When the verdicts were read, the jury foreman's voice could barely be heard. "⟦d:c|Not guilty,⟧" he said.
Outside court, Ms Adekunle-Stott said: "⟦d:b|There are no winners today. My client thinks of the family every single day.⟧"
### 060
@a Chidinma Ezenwa-Rydberg | Club captain
@b Jurriaan Vanderspoel | -
@c Riverbend Athletic | the club
Riverbend Athletic have sacked Jurriaan Vanderspoel after eleven games without a win, the club announced on Sunday night.
"⟦d:c|We thank Jurriaan for his hard work and wish him every success in the future,⟧" the club said in a brief statement. The statement did not name a successor.
Vanderspoel, speaking to the Riverbend Echo on Monday, said he had found out by text message. "⟦d:b|Eleven games. I've been here three years. A text,⟧" he said.
Club captain Chidinma Ezenwa-Rydberg wrote on Instagram that the players were "⟦p:a|gutted for the gaffer⟧". The side's ``⟦s:-|Great Escape⟧'' of two seasons ago now feels a very long time ago.
### 061
@a Nazanin Eskandari-Blythe | the astronomer who found the comet
@b Ptolemy Hargreaves-Sibiya | -
An amateur astronomer in rural Wales has discovered a comet, the first found from the UK by a non-professional in more than a decade.
Nazanin Eskandari-Blythe spotted the faint smudge on images taken from her back garden near Rhayader on 3 January. "⟦d:a|I thought it was a smear on the lens. I nearly deleted it,⟧" she said.
Ptolemy Hargreaves-Sibiya, who runs the Mid Wales Astronomical Society, said the discovery was "⟦p:b|a genuine achievement⟧". He said her equipment cost less than a second-hand car. "⟦d:b|She has a 20-centimetre telescope and a lot of patience. That's it,⟧" he said.
The comet has been provisionally designated C/2026 A2. Asked whether she had a preferred nickname for it, the astronomer who found the comet laughed. "⟦d:a|My son wants to call it ‘Dave’. I'm resisting.⟧"
"""


def main() -> None:
    build_set(PASSAGES, out=OUT, prefix="fresh7", min_passages=55)


if __name__ == "__main__":
    main()
