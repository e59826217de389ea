# ruff: noqa: E501
"""Build ``quotes_fresh16.jsonl``: a sixteenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. They imitate the
everyday output of a regional and national newsroom: council and planning rows,
courts, health, schools, transport, business, weather, sport, arts, science,
consumer stories, international wire copy, live blogs and news-in-brief round-ups.
The set is meant to be evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh16-NNN``.

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

Decisions taken in this set on cases the conventions leave open:

* Office titles written before a name (``Cllr``, ``Sen.``, ``Chief Superintendent``,
  ``Detective Inspector``, ``Employment Judge``, ``Mayor``) are role titles, so they are the description when the passage gives
  no appositive; ``Dr``, ``Professor`` used as a courtesy, ``Mr``/``Ms``, ``Sir`` and
  post-nominals (``KC``, ``CBE``) are not. A lower-case role noun before a name
  (``prosecutor Oliver Strand``, ``farmer Joël Ancelin``, ``Commuter Jo Haverford``)
  counts as a role title too.
* Order of preference for the description: an appositive at the introduction, then a
  role title before the name at the introduction, then the first definite description
  used at a speech cue (``the father of two said``). A speaker has one description for
  the whole passage.
* An appositive is taken as written, with its determiner (``the vice-chancellor``,
  ``Its team leader``). When an appositive is followed by a role title before the name
  (``The landowner, sheep farmer Eleri Watkin``; ``Our pundit, former Port Carrow
  defender Steve Bullock``) the leading appositive is the description. An appositive
  attached to a later mention of the speaker (before any of the speaker's quotes)
  counts when the first mention has none. An age (``Mellor, 61,``), an age written
  before the name (``78-year-old Ron Pickavance``), a place of residence, a party
  affiliation (``the Civic Alliance's Moira Dunleavy``) or ``X of <organisation>`` is
  not an appositive.
* Organisations: an appositive or a role phrase before the name (``Her bank,
  Northway``; ``Ferry operator Westlink``; ``The streaming service Loomis+``) is the
  description; a merely anaphoric definite description at the cue (``the company
  said``, ``the operator said``, ``the station said``) is not, so such organisations
  have a null description. The organisation's name is its fullest form in the passage
  (``Harlow Vale Developments`` even when the cue says ``Harlow Vale``).
* Collective or relational unnamed speakers get a null speaker and the phrase as
  description: ``his family`` (a family statement), ``neighbours``, ``researchers at
  the University of Carnmouth``. In a transcript passage, words a person quotes from
  someone else in quotation marks (``My mother used to say, "…"``) are ``direct`` by
  that someone (here null speaker, description ``my mother``), since there is no outer
  quotation to absorb them. ``Twins Lily and Grace Fenwick`` gives both the relational
  description ``Twins``; their speaker names are the first names, the only contiguous
  name forms in the passage.
* A quoted name of a criminal charge (``for "spreading false news"``) is a label:
  ``scare``. A label a school gives to a day of the week (``"enrichment days"``) is ``scare``.
  A name of a work followed by a translation in brackets has only the original
  quoted.
* A quote-only paragraph is attributed to the speaker a careful reader would take it
  from (normally the person introduced or quoted in the paragraph before); it is a
  separate span, not a continuation, when the previous paragraph's quote was closed.
* In a live blog, a quote on a reporter's own entry (``Our reporter X is in …: "…"``)
  is direct speech by that reporter.
* A question put by a named lawyer or interviewer inside quotation marks belongs to
  that person; a quoted phrase that the writer explicitly calls someone's words
  (``what Swiftline described as "persistent lateness"``) is ``partial`` by that speaker,
  not ``scare``.
* A translated rendering given by the writer in quotation marks right after the
  original is a second ``direct`` span by the original speaker; a paraphrased
  translation without quotation marks is not a span.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh16.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh16.jsonl")

PASSAGES = """
### 001
@a Ellen Prothero | -
@b Gareth Pyne | the committee chairman
@c Harlow Vale Developments | -
@d Rhiannon Day | Cllr
Plans for 140 homes on the edge of Little Brantham have been approved despite more than 600 objections, after a four-hour meeting of Wexcombe District Council's planning committee on Tuesday night.
The scheme, put forward by Harlow Vale Developments, includes a new access road off the B2171 and a children's play area. Residents had argued that the village school and GP surgery could not cope.
"⟦d:a|We are not against housing. We are against housing dropped on us with no doctors, no school places and one road in and out,⟧" said Ellen Prothero, who chairs the Little Brantham Action Group.
Cllr Gareth Pyne, the committee chairman, said members had to judge the application on planning grounds alone. "⟦d:b|Whatever our personal feelings, we cannot refuse something that complies with the local plan,⟧" he said. "⟦d:b|If we did, the developer would win on appeal and the council would pay the costs.⟧"
Harlow Vale said the development would include 35 affordable homes and a £1.2m contribution towards local services. "⟦d:c|This is a well-designed scheme that meets a real need,⟧" the company said in a statement.
Cllr Rhiannon Day, who voted against, called the decision "⟦p:d|a betrayal of the people who elected us⟧". She said she would ask the housing secretary to call it in.
Ms Prothero said the group had not given up. "⟦d:a|This isn't over,⟧" she said.

### 002
@a Naomi Fairweather | Prosecutor
@b Aileen Brook | -
@c Imogen Carr-Lewis | Judge
A man who set fire to his neighbours’ shed during a row over a leylandii hedge has been jailed for 20 months.
Derek Ambrose Mellor, 61, of Foxley Lane, Castlebridge, admitted arson being reckless as to whether life was endangered at Halsworth Crown Court.
The court heard that Mellor poured petrol over the timber shed belonging to Kenneth Brook and his wife in the early hours of 3 March, after years of complaints about the height of the hedge between their gardens.
Prosecutor Naomi Fairweather said the fire had spread to a fence and come within a few feet of the couple’s kitchen. “⟦d:a|Mr and Mrs Brook were asleep upstairs. It was only because a passing taxi driver raised the alarm that this did not end far more seriously,⟧” she told the court.
In a victim impact statement, Aileen Brook, 58, said she no longer slept through the night. “⟦d:b|Every time I smell smoke I am back at that window watching the flames,⟧” she wrote.
Rupert Klein, mitigating, said his client was deeply ashamed and had been drinking heavily since the death of his wife.
Sentencing, Judge Imogen Carr-Lewis told Mellor: “⟦d:c|Whatever the frustrations of a neighbour dispute, nothing could justify what you did. You put two people’s lives at risk.⟧”
Mellor was also made subject to a 10-year restraining order.

### 003
@a Lewis Obi | Paramedic
@b Fiona Castellane | chief executive of the Northmoor Hospitals NHS Trust
Ambulance handover delays at Northmoor General Hospital reached a record high last month, with crews waiting an average of 94 minutes to hand patients over to A&E staff.
Figures published by the Eastern Shires Ambulance Service show that on one day in January, 31 ambulances were queued outside the hospital at the same time.
Paramedic Lewis Obi, who has worked for the service for 14 years, said crews were spending whole shifts in the car park. "⟦d:a|You sit there with a patient on a trolley in the back of the vehicle, and meanwhile the radio is going with calls you can't get to,⟧" he said.
"⟦d:a|Last week a woman in her eighties lay on a kitchen floor for seven hours after a fall because there was nobody free. That is not a service. That is a lottery.⟧"
Dr Fiona Castellane, chief executive of the Northmoor Hospitals NHS Trust, apologised to patients. "⟦d:b|We are seeing more people, and sicker people, than at any time I can remember,⟧" she said.
"⟦d:b|Our biggest problem is that around 120 of our beds are taken up by patients who are well enough to leave but have nowhere safe to go. Until that changes, the front door stays blocked.⟧"
The trust said it was opening a 24-bed discharge lounge in March. The local Healthwatch group said it had received more than 200 complaints about waits since October.

### 004
@a Tomasz Wójcik | Substitute
@b Pete Garland | Corbridge manager
@c Mick Ransome | Halden boss
Corbridge Athletic 2 Halden Rovers 1
Substitute Tomasz Wójcik scored a stoppage-time winner as Corbridge Athletic came from behind to climb out of the relegation zone.
Halden led through Jamal Ferris’s header just before half-time, and looked on course for a first away win since October until Corbridge captain Sam Oduya levelled with a deflected shot on 71 minutes.
Wójcik, on loan from Polish side Warta Sieradz, then met Ellis Crane’s cross at the far post in the fourth minute of added time.
“⟦d:a|I just closed my eyes and hit it,⟧” the 22-year-old said. “⟦d:a|My English is not so good yet but I understand the fans singing my name. It’s a special feeling.⟧”
Corbridge manager Pete Garland admitted his side had been poor in the first half. “⟦d:b|I told them at half-time that if they wanted to play like that they could go and sit in the stand with the supporters,⟧” he said. “⟦d:b|To be fair to them, they responded.⟧”
Halden boss Mick Ransome was furious about the five minutes of added time. “⟦d:c|Where did five come from? There were two substitutions and no injuries,⟧” he said. “⟦d:c|We’ve been robbed, simple as that.⟧”

### 005
@a Hélène Marchetti-Duval | Prime Minister
@b Yannick Bessoud | Interior Minister
@u - | A spokeswoman for the Verlaine Red Cross
@c Joël Ancelin | farmer
@d Bastien Roux | Opposition leader
PORT-SAINT-AUBIN, Verlaine (Meridian Press) — The government of Verlaine on Thursday declared a state of emergency in three northern provinces after a week of floods that has killed at least 23 people and forced more than 40,000 from their homes.
Prime Minister Hélène Marchetti-Duval, speaking after an emergency cabinet meeting, said the army would be deployed to evacuate villages cut off by the rising Sorne river.
«⟦d:a|Nous ne laisserons personne seul face à l’eau⟧», she told reporters. "⟦d:a|We will leave no one alone in the face of the water.⟧"
Interior Minister Yannick Bessoud said rescue teams had lifted 312 people from rooftops and cars since Sunday. «⟦d:b|Les prochaines quarante-huit heures seront décisives⟧», he said, warning that more rain was forecast for the weekend.
A spokeswoman for the Verlaine Red Cross said its 60 shelters were "⟦p:u|at capacity⟧" and appealed for blankets and bottled water.
In the town of Hautrive, where the water reached first-floor windows, farmer Joël Ancelin, 58, said he had lost his entire herd. «⟦d:c|J’ai tout perdu. Quarante ans de travail⟧», he said. "⟦d:c|I have lost everything. Forty years of work.⟧"
Opposition leader Bastien Roux accused the government of ignoring warnings about the state of the river defences. «⟦d:d|Ces digues, on savait qu’elles ne tiendraient pas⟧», he told Radio Sorne. "⟦d:d|We knew these dikes would not hold.⟧"

### 006
@a Amrit Sandhu | headteacher
@b Kirsty Vaughan | Parent
@u1 - | Another parent who did not want to be named
@u2 - | a council spokesman
@c Joe Mallinder | regional secretary of the Association of Classroom Teachers
A primary school in Gorsey Bank has told parents it will move to a four-day week for pupils from September because it can no longer afford to staff a fifth day.
In a letter sent home on Friday, headteacher Amrit Sandhu wrote: "⟦d:a|This is not a decision we have taken lightly, and it is not one we ever expected to have to make. We have cut everything we can cut.⟧"
St Aldhelm's Church of England Primary, which has 210 pupils, says it faces a deficit of £186,000 next year. Fridays will become "⟦s:-|enrichment days⟧" run by volunteers and a local sports charity, with attendance optional.
Parent Kirsty Vaughan, whose two children attend the school, said working families would struggle. "⟦d:b|I work Fridays. My partner works Fridays. Who is supposed to have them?⟧" she said.
Another parent who did not want to be named said: "⟦d:u1|I don't blame the school. I blame whoever set the budget.⟧"
Lowmoor County Council, the local education authority, said it had not approved the change. "⟦d:u2|Schools are required to provide a full week of education and we will be discussing this with the governors urgently,⟧" a council spokesman said.
Joe Mallinder, regional secretary of the Association of Classroom Teachers, said the school was "⟦p:c|the canary in the coal mine⟧" for school funding. "⟦d:c|If a school like St Aldhelm's is going to four days, others will follow,⟧" he said.

### 007
@a Westlink | Ferry operator
@b Alan Whitlaw | Chief Superintendent
@c Keisha Morgan | Our reporter
@u - | A parent at Kilbrannan Primary
@d Douglas Reid | Transport minister
Storm Imelda: live updates
09:12 — The Met Service has upgraded its wind warning for the west coast to red, meaning a danger to life. Gusts of up to 95mph are expected at exposed headlands this afternoon.
09:40 — Ferry operator Westlink has cancelled all sailings from Port Carrow until at least 6pm. “⟦d:a|Safety has to come first. We’d ask passengers not to travel to the terminal,⟧” Westlink said on social media.
10:05 — We’re hearing reports of a roof partially blown off a supermarket in Drumaird. No injuries have been reported so far.
10:31 — Chief Superintendent Alan Whitlaw of Western Police has urged people to stay at home. “⟦d:b|Please do not go down to the seafront to film the waves. Every year someone does, and every year we are pulling people out of the water,⟧” he said.
11:15 — Our reporter Keisha Morgan is in Port Carrow: “⟦d:c|The harbour wall is taking a pounding and the spray is coming right over the top onto the road. The police have closed the esplanade.⟧”
11:48 — Around 14,000 homes are without power, according to Grid North, which says engineers will not be able to start repairs until the wind drops.
12:20 — Schools in Drumaird and Kilbrannan have closed early. A parent at Kilbrannan Primary told us: “⟦d:u|They phoned at half eleven and said come now. I’ve had to leave work in the middle of a shift.⟧”
12:52 — Transport minister Douglas Reid says rail services north of Ardlow will be suspended from 2pm. “⟦d:d|I know this is disruptive, but the overhead lines simply cannot cope with these wind speeds,⟧” he told reporters.

### 008
@a Priya Venkataraman-Hale | the chief executive
@u - | Analysts at Brigham Shaw
@b Richard Ngata | an analyst at Fenwick Securities
Shares in the housebuilder Carrick Homes fell 11% on Wednesday after it warned that profits for the year would be at the lower end of expectations.
The company, which builds about 6,000 homes a year, said reservations had slowed sharply since the summer as mortgage rates rose. Priya Venkataraman-Hale, the chief executive, said buyers had become "⟦p:a|cautious, not absent⟧".
"⟦d:a|We are seeing plenty of interest at our sales centres, but people are taking longer to commit,⟧" she said in a call with analysts. "⟦d:a|When they do commit, they are asking for more incentives.⟧"
Carrick reported pre-tax profits of £312m for the six months to the end of June, down from £401m a year earlier. It said it would reduce the number of new sites it opens next year.
Analysts at Brigham Shaw said the warning was "⟦p:u|disappointing but not a surprise⟧".
Richard Ngata, an analyst at Fenwick Securities, said the sector was "⟦p:b|bracing for a long winter⟧". "⟦d:b|The builders that have kept their land banks lean will come through this best. Carrick isn't one of them,⟧" he said.

### 009
@a Martha Quayle | cabinet member for culture at Tenbury Council
@b Coastline Buses | -
@c Bernard Tuohy | -
@d Lisa Thorne | crew manager
In brief
Library reprieve: Oldgate library will stay open for at least another year after a campaign by residents raised £48,000. "⟦d:a|The community has spoken loudly and clearly, and we have listened,⟧" said Cllr Martha Quayle, cabinet member for culture at Tenbury Council.
Bus route axed: Coastline Buses is to withdraw the 47 service between Fennick and Sallow Green from 1 April, saying it carries fewer than eight passengers a journey. "⟦d:b|We appreciate this will be disappointing for the people who use it,⟧" the operator said.
Lottery win: A retired postman from Hollins Cross has won £1m on a scratchcard. Bernard Tuohy, 71, said he would spend it on "⟦p:c|a new hip and a caravan, in that order⟧". "⟦d:c|I checked it nine times,⟧" he added.
Cat rescue: Firefighters freed a cat that had been stuck up a 40ft tree in Ashby Row for two days. "⟦d:d|She came down, looked at us, and walked off. Not a word of thanks,⟧" joked crew manager Lisa Thorne.

### 010
@a Sandra Okonedo | Railpath’s route director
@b Jo Haverford | Commuter
@c Clare Ashdown | Wendham’s MP
Rail passengers between Wendham and Oxley face another six weeks of replacement buses after engineers found further damage to a Victorian viaduct.
The line has been closed since a landslip in November. Network operator Railpath had hoped to reopen it at Easter.
“⟦d:a|We know how frustrating this is,⟧” said Railpath’s route director, Sandra Okonedo. “⟦d:a|But when our engineers got inside the structure they found cracking that simply wasn’t visible from the outside. We are not going to run trains over a bridge we’re not sure of.⟧”
Commuter Jo Haverford, who travels to Oxley for work each day, said her journey had gone from 25 minutes to more than an hour and a half. “⟦d:b|The buses are fine, the drivers are lovely, but I’m leaving the house at six,⟧” she said.
Wendham’s MP, Clare Ashdown, said she had written to the rail minister. “⟦d:c|My constituents were promised Easter. Now it’s the end of May, and I’ve no confidence it won’t slip again,⟧” she said.
Ms Okonedo said compensation for season ticket holders would be extended.

### 011
@a Ifeoma Chukwu | -
@b Mateus Albuquerque | Co-author
@c Hanna Lindqvist | -
A team led by Dr Ifeoma Chukwu of the University of Dunmore has found that a small, cool planet orbiting a nearby red dwarf star appears to have a thin atmosphere, the first such detection around a planet of its size.
The planet, catalogued as LHS 4471 c, is about 1.3 times the size of Earth and orbits its star every nine days. The findings are published in the journal Stellar Physics Letters.
"⟦d:a|For years the assumption has been that planets this close to red dwarfs get their atmospheres stripped away by flares,⟧" Dr Chukwu said. "⟦d:a|This one seems to have hung on to something.⟧"
The team detected the faint signature of carbon dioxide as the planet passed in front of its star. Co-author Mateus Albuquerque of the Instituto de Astrofísica do Sul said the signal was "⟦p:b|small but very stubborn⟧", having appeared in four separate observations.
Dr Hanna Lindqvist, who was not involved in the study, urged caution. "⟦d:c|It's an exciting result, but this is right at the edge of what the instruments can do,⟧" she said. "⟦d:c|I'd want to see it confirmed by an independent team before anyone starts talking about habitability.⟧"

### 012
@a Beverley Tranter | -
@b Oliver Strand | prosecutor
A former care home manager told a jury she had "⟦p:a|never once⟧" seen a resident being mistreated, despite a whistleblower's video that appears to show a carer slapping an 86-year-old woman.
Beverley Tranter, 54, is one of four former staff at the Larchfield Lodge care home in Pensworth on trial at Kingsmere Crown Court. She denies wilful neglect.
Cross-examined by prosecutor Oliver Strand KC, Ms Tranter was shown footage recorded on a mobile phone in March 2022.
"⟦d:b|Do you accept that this is one of your staff striking a resident?⟧" Mr Strand asked.
"⟦d:a|I accept that's what it looks like,⟧" she replied.
"⟦d:b|It's not what it looks like, Ms Tranter. It's what it is.⟧"
"⟦d:a|I wasn't there. I can only tell you what I saw when I was on shift, and I never saw anything like that.⟧"
Asked why three members of staff had told the court they had raised concerns with her, Ms Tranter said: "⟦d:a|They may think they did. I don't remember those conversations.⟧"
The trial continues.

### 013
@a Rosalind Achterberg | The actor
@b Kwame Asante-Boateng | director
The actor Rosalind Achterberg is to return to the stage for the first time in 15 years, playing the lead in a new production of “⟦s:-|The Glass Orchard⟧” at the Palace Theatre, Brindle.
Achterberg, 67, best known as the ruthless matriarch Dame Cordelia in the television drama “⟦s:-|Hightower⟧”, said she had been “⟦p:a|terrified and thrilled in equal measure⟧” when the director Kwame Asante-Boateng approached her.
“⟦d:a|I said no three times. Kwame kept ringing,⟧” she told the Brindle Herald. “⟦d:a|In the end I said yes mostly to make the phone stop.⟧”
Asante-Boateng said he had written the part with her in mind. “⟦d:b|Nobody else does stillness like Rosalind. She can hold a room of 900 people with her eyes,⟧” he said.
The production opens in September and runs for 10 weeks. Tickets go on sale on Friday.

### 014
@u - | A source close to the club
@a Lorenzo Ricci | Brackley manager
@b Henrik Lund | Vestborg sporting director
Brackley Town are closing in on a club-record deal for the Danish midfielder Mikkel Østergaard, with a fee of around £14m agreed with FC Vestborg.
The 24-year-old is expected to undergo a medical on Thursday. A source close to the club said: "⟦d:u|It's all but done. The player wants to come and the clubs have agreed terms.⟧"
Østergaard scored nine goals in the Danish league last season and has been capped four times.
Brackley manager Lorenzo Ricci refused to be drawn on the move at his pre-match press conference. "⟦d:a|I don't talk about players who are not my players,⟧" the Italian said. "⟦d:a|When he is here, if he is here, I will tell you everything.⟧"
Asked whether the club needed another midfielder, Ricci smiled. "⟦d:a|We always need good players. Which club says no to a good player?⟧"
Vestborg sporting director Henrik Lund told the Danish broadcaster TV Nord that Østergaard had "⟦p:b|earned his chance in England⟧".

### 015
@a Dana Whitcombe | ShopWise’s head of campaigns
@b Maureen Ellis | Retired teacher
@c Northway | Her bank
Shoppers are being warned about a surge in fake parcel delivery texts, after a consumer group found that one in four adults had received at least one in the past month.
The messages, which claim a parcel could not be delivered and ask recipients to pay a small “⟦s:-|redelivery fee⟧”, link to websites designed to harvest bank details.
“⟦d:a|Scammers are playing a numbers game. If you send a million texts, someone is always expecting a parcel,⟧” according to Dana Whitcombe, ShopWise’s head of campaigns.
Retired teacher Maureen Ellis, 72, from Dunsby, lost £1,900 after entering her card details. “⟦d:b|It asked for £1.45. I thought, that’s nothing, I’ll just pay it,⟧” she said. “⟦d:b|Two days later the account was empty.⟧”
Her bank, Northway, refunded the money. “⟦d:c|We would always encourage customers to contact us straight away if they think they have been targeted,⟧” Northway said.
The National Fraud Desk said it had received 11,000 reports in January alone.

### 016
@f - | his family
@a Trevor Pascoe | -
@b Polwenna Lifeboat Station | -
@c Merryn | His granddaughter
Tributes have been paid to Alfie Trengrouse, who ran Polwenna harbour for 38 years, after his death at the age of 84.
Known to generations of fishermen as “⟦s:-|Mr Harbour⟧”, he was appointed harbourmaster in 1968 and retired only in 2006, when he was made an MBE for services to the fishing community.
In a statement, his family said:
“⟦d:f:m|Dad lived for that harbour. He knew every boat, every tide and most of the gossip. He was out on the quay in all weathers until his knees gave up, and even then he would sit in the window of the harbour office with his binoculars.⟧
“⟦d:f|He was stubborn, funny and kind, usually in that order. We will miss him terribly.⟧”
Trevor Pascoe, who fished out of Polwenna for half a century, said Mr Trengrouse had saved lives. “⟦d:a|If you were in trouble out there, Alfie was the first on the radio and the last to leave it,⟧” he said. “⟦d:a|There are men walking round this village today because of him.⟧”
Polwenna Lifeboat Station, where Mr Trengrouse was a volunteer for 20 years, said its flag would fly at half mast. “⟦d:b|Alfie was a founding member of our shore crew and a friend to every volunteer who came after him,⟧” the station said.
His granddaughter Merryn, 19, wrote on social media: “⟦d:c|Grandad taught me to row before I could ride a bike. Fair winds, old man.⟧”

### 017
@a Hannah Wragg | Detective Inspector
@b Carol Dunmore | The victim's mother
Detectives have renewed their appeal for witnesses a month after a 19-year-old man was stabbed outside a takeaway in Eastfield.
Callum Dunmore suffered serious injuries to his chest and back in the attack on Station Road shortly after 11pm on 14 September. He spent nine days in intensive care and is now recovering at home.
Detective Inspector Hannah Wragg, of Midvale Police, said officers had spoken to more than 60 people but believed others had seen what happened. "⟦d:a|There were a number of people in and around the takeaway at the time, and some of them left before officers arrived,⟧" she said. "⟦d:a|I would urge them to do the right thing.⟧"
Two men, aged 20 and 22, were arrested on suspicion of attempted murder and have been released on bail.
The victim's mother, Carol Dunmore, said the family had been "⟦p:b|living in limbo⟧". She said she had sat by her son's bed not knowing if he would wake up.
"⟦d:b|I wouldn't wish those nine days on anyone. Callum is a gentle lad. He was buying chips,⟧" she said.
"⟦d:b|Somebody knows who did this. If it was your son, you'd want them to come forward.⟧"
Det Insp Wragg said anyone with information could contact police anonymously.

### 018
@a Oriane Castel-Whitby | The novelist
@m - | my mother
The novelist Oriane Castel-Whitby, whose fourth book, “⟦s:-|The Salt Ledger⟧”, has been shortlisted for the Harcourt Prize, talks to Sunday Review about archives, ghosts and writing at the kitchen table. She describes the book as “⟦p:a|a ghost story with footnotes⟧”.
Q: Where did the idea come from?
A: I found a shipping ledger in a junk shop in Hull. Eighteen-forties, water-damaged, half the pages stuck together. One of the entries had been crossed out so hard the pen went through the paper. I spent three years trying to find out why.
Q: The book is very funny for a ghost story.
A: It has to be. My mother used to say, “⟦d:m|If you can’t laugh at the dead, they’ll laugh at you.⟧” I’ve never known exactly what it means, but I think about it every day.
Q: Was the shortlisting a surprise?
A: A total surprise. I was in the bath when my agent rang. I let it go to voicemail.
Q: What next?
A: A book about bees. Don’t ask.

### 019
@a Ana María de la Cruz Ibarra | Corvalia's foreign minister
@b Osvaldo Quispe Mamani | her Tarranese counterpart
@c Corvalian Federation of Road Hauliers | -
@d Ramón Villalba | A driver stuck at the crossing at El Paso Alto
PUERTO VALDÉS, Corvalia (Meridian Press) — Corvalia and neighbouring Tarraná agreed on Monday to reopen their shared border to freight traffic after a six-month closure that left thousands of lorries stranded and pushed up food prices on both sides.
The agreement was announced at a joint news conference by Corvalia's foreign minister, Ana María de la Cruz Ibarra, and her Tarranese counterpart, Osvaldo Quispe Mamani, after two days of talks in the coastal city.
“⟦d:a|Hoy ganamos todos,⟧” de la Cruz said. “⟦d:a|Today, everybody wins.⟧”
Quispe, speaking through an interpreter, said the deal covered only goods vehicles for now, but that passenger crossings could resume “⟦p:b|within weeks, not months⟧” if the first phase went smoothly.
“⟦d:b|We have had our differences, and we will have them again,⟧” he said. “⟦d:b|But nobody in Tarraná wants to see a farmer pour his milk into a ditch because the border is shut.⟧”
The border was closed in March after a dispute over customs fees that escalated into the expulsion of diplomats from both capitals.
The Corvalian Federation of Road Hauliers, which represents about 9,000 drivers, welcomed the deal but said its members had lost “⟦p:c|millions⟧” during the closure.
A driver stuck at the crossing at El Paso Alto, Ramón Villalba, told Meridian Press by phone: “⟦d:d|I have been sleeping in my cab for eleven days. I will believe it when I see the barrier go up.⟧”

### 020
@a Warren Tait | Kingsholme Vale head coach
@b Iestyn Pryce | -
Kingsholme Vale head coach Warren Tait has backed Iestyn Pryce to handle the pressure of his first start since knee surgery when the side travel to Ashworth Saracens on Saturday.
Pryce, 26, has not played a full match since tearing a ligament in March. He returns at fly-half in place of Dan Meachem, who drops to the bench.
“⟦d:a|Iestyn has done everything we’ve asked of him and more,⟧” Tait said. “⟦d:a|He was the first in and the last out every day of his rehab. I don’t have any worries about his head, and his knee is stronger than it was before.⟧”
Asked whether Meachem had been unlucky, he said: “⟦d:a|Dan’s been excellent. He’ll get minutes on Saturday and he’ll start games this season. That’s what a squad is.⟧”
Pryce admitted he had had doubts during his recovery. “⟦d:b|There were days in the summer when I wondered whether I’d get back to this level,⟧” he said. “⟦d:b|You don’t say it out loud, but it’s there.⟧”
“⟦d:b|It helps having a coach who trusts you. He told me in June that I’d be starting this one, and I held him to it.⟧”
Ashworth, who are unbeaten at home this season, will be without their captain, Rhys Bellamy, who is suspended.

### 021
@a Nigel Ormerod | Council leader
@u - | a man in the gallery
@b Sunita Rao | a nurse who organised the protest
@c Imran Qureshi | The opposition group leader
Protesters packed the public gallery at Fallowfield town hall on Wednesday as councillors voted to close two of the borough's three public swimming pools.
Dozens of people holding placards reading "⟦s:-|Save Our Pools⟧" and "⟦s:-|Kids Need to Swim⟧" lined the steps outside before the meeting, chanting "⟦s:-|Not our baths!⟧"
Council leader Nigel Ormerod told the meeting that the authority had no choice. "⟦d:a|We have a gap of £14 million next year. Every pound we spend keeping Ribble Street and Moss Lane open is a pound we cannot spend on social care for vulnerable adults,⟧" he said.
As he spoke, a man in the gallery shouted: "⟦d:u|Then cut your own allowances!⟧" The chair, Cllr Deborah Finch, warned that she would clear the gallery if there were further interruptions.
Sunita Rao, a nurse who organised the protest, said the closures would hit the poorest families hardest. "⟦d:b|The only pool left will be the leisure centre out at Kirkby Park, and that's two buses from Moss Lane,⟧" she said. "⟦d:b|Kids round here won't learn to swim. Some of them will drown. That's not me being dramatic, that's what happens.⟧"
The opposition group leader, Cllr Imran Qureshi, said the administration had "⟦p:c|run down the pools for a decade and now says they're too expensive to fix⟧".
The council said the pools would close at the end of March, and that it would offer free lessons at Kirkby Park to primary school children.

### 022
@c Clinical Appraisal Board | -
@b Marcus Feld | a consultant neurologist at St Bride’s Hospital
@g Gwen Llewellyn | -
@p Paxwell Pharma | Trevanolide’s manufacturer
@d Jonathan Eke-Sowande | chief executive of the charity MND Together
A drug that slows the progression of a rare form of motor neurone disease will be made available on the health service after the Clinical Appraisal Board reversed an earlier decision to reject it.
Trevanolide, which costs about £86,000 per patient a year, is expected to benefit around 400 people in England and Wales with the SOD1 form of the disease.
The board had said in draft guidance in May that the drug was not cost-effective. In its final guidance, published on Tuesday, it said a revised price agreed with the manufacturer meant it now represented “⟦p:c|an acceptable use of NHS resources⟧”.
Dr Marcus Feld, a consultant neurologist at St Bride’s Hospital, said the decision was “⟦p:b|wonderful news⟧”. “⟦d:b|For the first time we have something that actually changes the course of this illness rather than just managing the symptoms,⟧” he said.
Gwen Llewellyn, 43, from Aberfawr, was diagnosed two years ago after her father and her aunt both died of the disease. “⟦d:g|When they rejected it in May I cried for a whole day. Today I cried again, but for the opposite reason,⟧” she said.
Trevanolide’s manufacturer, Paxwell Pharma, said it was “⟦p:p|delighted⟧” and would begin supplying hospitals within 30 days.
Jonathan Eke-Sowande, chief executive of the charity MND Together, said: “⟦d:d|This shows that patient voices matter. Hundreds of families wrote to the board, and it listened.⟧”

### 023
@a Penhallow Foods | -
@b Kieran Walsh | regional officer for the Bakers and Food Workers Union
@c Danielle | Line worker
@d Gareth Lowndes | The town's MP
More than 400 jobs are at risk after Penhallow Foods announced it would close its biscuit factory in Crewdon, which has been making custard creams and bourbons since 1931.
The company said production would move to its larger site in the Netherlands by the end of next year. In a statement, it said:
"⟦d:a:m|This has been an extremely difficult decision, and we recognise the impact it will have on our colleagues in Crewdon and their families. The site has a proud history and a skilled, loyal workforce.⟧
"⟦d:a|However, the building is old, expensive to maintain and no longer suited to modern food production. We will do everything we can to support affected colleagues, including redeployment where possible.⟧"
Kieran Walsh, regional officer for the Bakers and Food Workers Union, said staff had been told at a mass meeting on Monday morning. "⟦d:b|People walked out of that canteen in tears. Some of them have worked there 30, 35 years. Their mums and dads worked there,⟧" he said.
He said the union would fight the closure and was seeking an urgent meeting with management.
Line worker Danielle, who asked that her surname not be used, said she had started at the factory straight from school. "⟦d:c|It's all I know. I'm 47. Where am I going to go?⟧"
The town's MP, Gareth Lowndes, called it "⟦p:d|a hammer blow for Crewdon⟧".

### 024
@a Vasiliki Anagnostou | Civil Protection Minister
@b Yiorgos Katsaros | Fire brigade spokesman
@c Emma Sowerby | a holidaymaker from Wrexley
NEA KARYA, Aegelia (Meridian Press) — Hundreds of holidaymakers were evacuated by boat from beaches on the island of Skiros Minor on Saturday as a wildfire fanned by strong winds swept down the hillsides towards the coast.
The fire broke out in pine forest near the village of Agios Ilias on Friday afternoon and had burned more than 4,000 hectares by Saturday evening, the civil protection ministry said.
“⟦d:a|Η κατάσταση είναι εξαιρετικά δύσκολη,⟧” Civil Protection Minister Vasiliki Anagnostou told the state broadcaster ANT. “⟦d:a|The situation is extremely difficult.⟧” She said winds of up to 70km/h were hampering water-bombing aircraft.
Fire brigade spokesman Yiorgos Katsaros said 280 firefighters, 11 aircraft and 90 vehicles were tackling the blaze. “⟦d:b|We are fighting on three fronts. The wind changes every hour,⟧” he said.
Emma Sowerby, a holidaymaker from Wrexley, said she and her two children had been taken off the beach at Lefki by a coastguard boat. “⟦d:c|We could see the flames coming over the ridge behind the hotel. Everyone just grabbed their kids and ran into the sea,⟧” she said.
“⟦d:c|The coastguard and the local fishermen were incredible. Nobody panicked, or if they did, they hid it well.⟧”
Her husband, Mark, stayed behind to collect their passports and was later evacuated by road.

### 025
@a Halcyon Static | The indie band
@b Owen Maddox | Festival director
@u - | One fan
The indie band Halcyon Static have pulled out of next month's Brockwell Fields festival, days after being announced as Saturday headliners, citing the ``⟦p:a|ongoing health⟧'' of their singer.
In a post on Instagram, the four-piece wrote: ``⟦d:a|It breaks our hearts to do this. Jess needs rest and we need to put her first. We will be back, louder than ever.⟧''
Festival director Owen Maddox said organisers were ``⟦p:b|gutted⟧'' but fully supported the decision. ``⟦d:b|Their health comes before any show,⟧'' he said. ``⟦d:b|We will be announcing a replacement in the next few days, and I think people will be pleased.⟧''
The singer, Jess Arkwright, 29, has not commented publicly.
Fans reacted with sympathy online. One fan wrote: ``⟦d:u|Get well soon Jess, we will see you at the next one.⟧''
Halcyon Static's 2021 album, ``⟦s:-|Low Tide Radio⟧'', reached number three in the charts.

### 026
@a Tobi Adekunle | -
@l Lily | Twins
@g Grace | Twins
@s Samuel Okwuosa | Principal
Students at Harefield Academy were celebrating on Thursday after the school recorded its best ever A-level results, with 38% of grades at A* or A.
Among them was Tobi Adekunle, 18, who achieved four A*s and will study medicine at Carnmouth University. "⟦d:a|I opened the email in the car park because I couldn't wait. Then I had to sit down on the kerb,⟧" he said.
Twins Lily and Grace Fenwick both got three As and are heading to different universities, the first time they will have been apart.
"⟦d:l|It's going to be weird,⟧" said Lily. "⟦d:l|We've never even been in different classes.⟧"
Grace said: "⟦d:g|She'll be fine. I'm the one who'll be lost.⟧"
Principal Dr Samuel Okwuosa said this year's group had had their GCSE year disrupted by the fire that closed the school's science block. "⟦d:s|To come back from that and produce these results says everything about them,⟧" he said. "⟦d:s|I could not be prouder.⟧"
Nationally, the proportion of top grades fell slightly, according to figures from the Joint Qualifications Office.

### 027
@a Nguyễn Thị Lan | Governor
@b Trần Quốc Bảo | Finance Minister
@c Phạm Minh Châu | chief economist at Lotus Capital Securities in Hai Long
@d Đỗ Thị Hoa | fruit seller
HAI LONG, Vanh (Meridian Press) — The central bank of Vanh raised its main interest rate by half a percentage point on Wednesday, its third increase this year, as it tried to halt a slide in the national currency.
Governor Nguyễn Thị Lan told a news conference that inflation, which reached 9.4% in September, was “⟦p:a|unacceptably high⟧”. “⟦d:a|We will do what is necessary. The bank has the tools and the will to use them,⟧” Lan said.
Finance Minister Trần Quốc Bảo said the government supported the decision but was “⟦p:b|closely watching⟧” its effect on small businesses.
“⟦d:c|This won’t be the last hike,⟧” said Phạm Minh Châu, chief economist at Lotus Capital Securities in Hai Long. “⟦d:c|The market wanted a full point. Half a point buys time, but it won’t stop the currency falling if the trade deficit keeps widening.⟧”
In the city’s Ben Xanh market, fruit seller Đỗ Thị Hoa, 52, said the prices of imported goods had almost doubled since the spring. “⟦d:d|Every week the customers buy less,⟧” she said.

### 028
@a Anselm Frayne | the Recorder of Carnmouth
@b Priyanka Doshi | -
@c Graham Rowan | Dr Rowan’s husband
A driver who killed a cyclist while looking at his phone has been jailed for six years.
Connor Pelham, 27, of Marsh Road, Tilbury Cross, was travelling at 52mph in a 40mph zone on the A617 near Ormston when his van struck Dr Elspeth Rowan, 61, from behind in June last year.
Phone records showed he had been scrolling through a video app for 38 seconds before the collision. Pelham admitted causing death by dangerous driving at Carnmouth Crown Court.
Sentencing him, the Recorder of Carnmouth, Judge Anselm Frayne, said:
“⟦d:a:m|Elspeth Rowan was doing nothing more than riding her bicycle home from work on a summer evening. She was wearing a high-visibility jacket, her lights were on and she was exactly where she was entitled to be.⟧
“⟦d:a|You did not see her because you were not looking. You chose to watch videos on your phone rather than the road, and a much-loved doctor, wife and mother is dead as a result.⟧”
Priyanka Doshi, defending, said Pelham was “⟦p:b|genuinely and deeply remorseful⟧” and had not driven since the crash.
Outside court, Dr Rowan’s husband, Graham Rowan, read a statement on behalf of the family. “⟦d:c|Elspeth spent 30 years caring for other people. She deserved to come home that night,⟧” he said. “⟦d:c|We hope every driver who hears about this case puts their phone in the glovebox.⟧”

### 029
@a Moira Dunleavy | -
@u - | One party worker
@b Felix Amankwah-Reid | New councillor
@c Brian Heseltine-Ward | Civic Alliance group leader
@d Sophie Lam | Political editor
Harlstone council election: live
23:05 — Turnout in Harlstone is 31%, down four points on last time, according to the returning officer.
23:40 — The first declaration is in: Abbey ward is held by the Civic Alliance's Moira Dunleavy with a majority of 412. "⟦d:a|It's a cold night but a warm result,⟧" she told us on the count floor.
00:15 — Rumours on the floor that the People's Party are worried about Castle ward. One party worker told us: "⟦d:u|We've lost it. Don't quote me.⟧"
00:32 — Castle ward goes to the Greens, their first seat on the council. New councillor Felix Amankwah-Reid, 24, said: "⟦d:b|Nobody thought we could win here. We knocked on every door in this ward, some of them four times.⟧"
01:10 — Civic Alliance group leader Brian Heseltine-Ward is putting a brave face on it. "⟦d:c|We're still the biggest party. The night's not over,⟧" he said.
01:55 — With 30 of 42 seats declared, the council is heading for no overall control. Political editor Sophie Lam: "⟦d:d|The Greens are the story of the night. Three gains so far, and they're in contention in at least two more wards.⟧"
02:30 — That's it from us for tonight. Full results from 9am.

### 030
@a Arjun Mehta-Collins | Wexcombe captain
@b Chidinma Ezeh | Hurdler
@c Dwayne Pollard | Heavyweight
@d Siobhán Ní Bhriain | -
@e Marek Novák | His coach
Sport in brief
Cricket: Wexcombe captain Arjun Mehta-Collins hit an unbeaten 143 as his side beat Thornbury by six wickets at Castle Meadow. “⟦d:a|The pitch was flat and I got lucky early,⟧” he said.
Athletics: Hurdler Chidinma Ezeh broke the national indoor record over 60m hurdles at the Garnet Arena in 7.81sec. “⟦d:b|I didn’t even know until I looked up at the board,⟧” the 21-year-old said.
Boxing: Heavyweight Dwayne Pollard, known as “⟦s:-|Big Country⟧”, will fight for the vacant regional title in Halden on 12 May. “⟦d:c|I’m going to knock him out inside four,⟧” Pollard promised.
Golf: Siobhán Ní Bhriain won the Carrowmore Classic by three shots. “⟦d:d|My putter was hot all week,⟧” said Ní Bhriain, who had not won on tour for four years.
Tennis: Teenager Luca Ferrand-Okoro has withdrawn from the Halden Open with a wrist injury. His coach, Marek Novák, said the injury was “⟦p:e|not serious⟧” but that the player would rest for two weeks.

### 031
@a Bev Okonjo | TLU regional organiser
@b AeroServ | -
@u - | a spokeswoman for the company
@c Stuart Penrice | Carnmouth Airport's managing director
@d Farah Siddiqui | Holidaymaker
Baggage handlers at Carnmouth Airport will strike for ten days over the Easter holidays after talks over pay broke down, their union has announced.
About 300 members of the Transport and Logistics Union (TLU) employed by the ground-handling firm AeroServ voted by 89% to walk out from 29 March.
TLU regional organiser Bev Okonjo warned passengers to expect "⟦p:a|severe disruption⟧". "⟦d:a|Our members load your suitcases in the rain and the snow for barely above minimum wage. AeroServ made £40m last year. The money is there,⟧" she said.
AeroServ said it was "⟦p:b|disappointed⟧" that the union had rejected an offer worth 6%. "⟦d:u|We remain open to talks and will be putting contingency plans in place to keep passengers moving,⟧" a spokeswoman for the company said.
Carnmouth Airport's managing director, Stuart Penrice, told the Carnmouth Courier: "⟦d:c|We are not a party to this dispute, but obviously we are urging both sides to get back around the table.⟧"
Holidaymaker Farah Siddiqui, who is due to fly to Lanzavera with her family on 31 March, said: "⟦d:d|We've saved for two years for this. I just want to know whether we should be packing hand luggage only.⟧"

### 032
@a Rhodri Prys-Owen | ecologist
@b Eleri Watkin | The landowner
@c Cyfoeth Cymru | the environmental regulator
Conservationists say a population of rare freshwater pearl mussels has been found in a river in mid Wales, decades after the species was thought to have disappeared from the catchment.
Surveyors from the charity Afonydd Byw found 140 of the mussels, some of them thought to be more than 80 years old, in a stretch of the Afon Crychan near Llanfair Caerwen.
“⟦d:a|This is the kind of discovery you dream about,⟧” said ecologist Dr Rhodri Prys-Owen, who led the survey. “⟦d:a|Pearl mussels can live for a century, but they need clean, cold, well-oxygenated water to breed, and they have been in steep decline for decades.⟧”
The landowner, sheep farmer Eleri Watkin, said her grandfather had talked about pearls in the river when she was a child. “⟦d:b|Roedd Taid yn dweud bod perlau yn yr afon,⟧” she said. “⟦d:b|Grandad always said there were pearls in the river. We thought it was just a story.⟧”
Cyfoeth Cymru, the environmental regulator, said the exact location would not be made public to protect the mussels from poachers. “⟦d:c|Sadly, illegal pearl fishing is still a threat to this species,⟧” it said.

### 033
@a Nadia Pereira | Her friend
@b Tariq Bello | a consultant in emergency medicine
@c Simon Akers | Its operations director
@d Joanne Pettigrew | area coroner
An inquest has heard that a 16-year-old girl who died after taking an ecstasy tablet at a music festival might have survived if medical staff on site had been able to reach her sooner.
Jade Kettle, from Pensworth, collapsed at the Riverbank Weekender in Halsworth on 30 July last year and died in hospital the next morning.
Her friend Nadia Pereira, who was with her, recalled that Jade had bought the tablet from a man near the main stage. "⟦d:a|She said she'd only take half. Then she took the other half about an hour later because she said she couldn't feel anything,⟧" she told the inquest.
Dr Tariq Bello, a consultant in emergency medicine, said Jade's body temperature was 41.6C when she arrived at hospital. Asked by the coroner whether earlier treatment could have made a difference, he said: "⟦d:b|It is possible. With hyperthermia of this kind, every minute counts.⟧"
The festival's medical provider, EventCare Medical, admitted that its team had taken 19 minutes to reach Jade after the first call. Its operations director, Simon Akers, told the hearing: "⟦d:c|The crowd density in that area was much higher than the plan anticipated. That is something we have reflected on very seriously.⟧"
Recording a conclusion of misadventure, area coroner Joanne Pettigrew said she would write to the festival organisers to prevent future deaths. "⟦d:d|Jade was a bright, kind young woman with her whole life in front of her,⟧" she said.

### 034
@a Aurélien Desrosiers | the French director
@b Camille N'Diaye | His star
@c Ingrid Solberg | the Norwegian actor
MIRANTE, Lusara — The Mirante Film Festival opened on Tuesday with the premiere of «⟦s:-|Les Heures Blanches⟧», the first film in a decade from the French director Aurélien Desrosiers.
Desrosiers, 71, who spoke through an interpreter at the opening press conference, said he had almost given up on cinema. «⟦d:a|J'ai cru que c'était fini pour moi⟧», he said. «⟦d:a|I thought it was over for me. Then I met Camille, and I had a reason to make one more film.⟧»
His star, Camille N'Diaye, 26, plays a night nurse in a hospital in Port-Valéran. «⟦d:b|He is very demanding. He made me do one scene 41 times⟧», she said, laughing. «⟦d:b|On the 42nd he said, 'That one. No, the first one.'⟧»
The jury president, Ingrid Solberg, the Norwegian actor, said this year's competition was «⟦p:c|the strongest I can remember⟧».

### 035
@a Heather Dunn | the council's cabinet member for highways
@b Steve Mottram | Lorry driver
@c Gavin Shaw | Its team leader
@d Kirsty Lomax | Met Service meteorologist
Heavy snow has closed more than 200 schools across the Pennine Dales and left hundreds of drivers stranded overnight on the A689.
Up to 30cm fell on higher ground on Tuesday night, and the Met Service has issued an amber warning for further snow and ice until Thursday.
Dales County Council said its 42 gritters had been out around the clock. "⟦d:a|Our crews are doing an incredible job in really difficult conditions, but we can't be everywhere at once,⟧" said Cllr Heather Dunn, the council's cabinet member for highways. "⟦d:a|Please only travel if you absolutely have to.⟧"
Lorry driver Steve Mottram spent 11 hours in his cab near Killhope Cross. "⟦d:b|I had a flask of tea and half a packet of biscuits. The mountain rescue lads came along at about four in the morning with soup. Heroes, every one of them,⟧" he said.
The Upper Dale Mountain Rescue Team said its volunteers had checked on 160 vehicles. Its team leader, Gavin Shaw, said: "⟦d:c|Most people were sensible and stayed in their vehicles. A couple tried to walk out, which is the last thing you want to do in a blizzard.⟧"
Met Service meteorologist Kirsty Lomax said: "⟦d:d|Temperatures are likely to fall as low as minus 12C in sheltered glens on Wednesday night, so anything that melts during the day will refreeze.⟧"

### 036
@a Jenna Coutts | Ashworth manager
@b Leonie Baptiste | the Canadian forward signed in the summer
@c Rob Dineen | Halden manager
Halden Rovers Women 0 Ashworth City Women 3
Ashworth City moved three points clear at the top of the Women's Championship with a comfortable win at Brookfield Park, Leonie Baptiste scoring twice.
Ashworth manager Jenna Coutts, whose side have won 11 of their 12 league games, refused to talk about promotion. "⟦d:a|I'm not going to be the one who says it. You can say it, and I'll say we're three points clear,⟧" she said.
She was full of praise for Baptiste, the Canadian forward signed in the summer. "⟦d:a|Leonie's finishing is ridiculous. She had two chances and scored two,⟧" the Scot said.
Baptiste, 23, said she was settling in well. "⟦d:b|The weather's taking some getting used to, but the girls have been unbelievable,⟧" she said. "⟦d:b|I feel at home.⟧"
Halden manager Rob Dineen said his side had "⟦p:c|given them a two-goal start⟧". "⟦d:c|You can't do that against the best team in the league. We were too passive for the first 25 minutes and they punished us,⟧" he said.

### 037
@a Fresco Market | -
@u - | A Levant Kitchen spokesperson
@c Gail Ferris | Shopper
Fresco Market is recalling three of its own-brand houmous products because they may contain small pieces of plastic.
The affected products are the 200g Classic Houmous, the 200g Red Pepper Houmous and the 4x60g Houmous Snack Pots, all with use-by dates up to and including 14 June.
"⟦d:a|We are sorry for any inconvenience. Customers should not eat the products and should return them to any store for a full refund,⟧" Fresco Market said in a statement.
The Food Safety Agency said the plastic was thought to have come from a broken part on a production line at the supplier, Levant Kitchen Ltd.
A Levant Kitchen spokesperson said: "⟦d:u|We identified the issue during routine checks and immediately alerted our customers. We are confident it was an isolated incident.⟧"
Shopper Gail Ferris, of Thornbury, said she had found a "⟦p:c|sharp blue sliver⟧" in a pot last week. "⟦d:c|I nearly gave it to my three-year-old. I sent a photo to customer services and heard nothing,⟧" she said.

### 038
@a Dietlinde Graf-Hausmann | Chancellor
@c Ulrich von Stetten | Its parliamentary leader
@d Lena Osterkamp | a member of the Obermark Youth Council
VELDHAUSEN, Obermark (Meridian Press) — Obermark's parliament voted on Friday to lower the voting age to 16 for national elections, making it the first country in the region to do so.
The bill passed by 112 votes to 87 after a heated eight-hour debate. Chancellor Dietlinde Graf-Hausmann, whose Social Union party championed the change, called it "⟦p:a|a vote of confidence in young people⟧".
"⟦d:a|Wer mit 16 Steuern zahlen kann, kann auch wählen,⟧" she told parliament, to applause from her benches. "⟦d:a|If you can pay taxes at 16, you can vote.⟧"
The opposition Heimatbund party said it would challenge the law in the constitutional court. Its parliamentary leader, Ulrich von Stetten, accused the government of "⟦p:c|playing games with the constitution to win votes⟧". "⟦d:c|This is not about young people. This is about arithmetic,⟧" he said.
Outside the parliament building, several hundred students gathered with banners reading "⟦s:-|Our future, our vote⟧". Lena Osterkamp, 17, a member of the Obermark Youth Council, said: "⟦d:d|We were told we were too young to understand politics. We've just shown we understand it better than some of them.⟧"

### 039
@n - | neighbours
@a Philippa Kersey | retired architect
@b Dev Raman | Another neighbour
@o - | Kingsbridge City Council’s planning officer
@s - | A spokesman for Mr Delahaye-Brown
@m Marcus Delahaye-Brown | the television chef
A plan by the television chef Marcus Delahaye-Brown to dig a two-storey basement under his Georgian townhouse in Kingsbridge Square has been rejected after neighbours complained it would cause “⟦p:n|months of misery⟧”.
The application, which included a swimming pool, gym and cinema room, drew 83 objections.
In a letter to the council, retired architect Philippa Kersey, who lives next door, wrote: “⟦d:a|The foundations of these houses are two hundred years old and were never designed to have a great hole dug beside them. I fear for my walls, and frankly for my sanity.⟧”
Another neighbour, Dev Raman, said: “⟦d:b|I’ve got nothing against him personally. I’ve eaten in his restaurant. But eighteen months of lorries and drilling in a residential square is a lot to ask.⟧”
Kingsbridge City Council’s planning officer said in a report that the scheme would cause “⟦p:o|less than substantial harm⟧” to the conservation area, but that this was not outweighed by “⟦p:o|any public benefit⟧”.
A spokesman for Mr Delahaye-Brown said he was “⟦p:s|disappointed⟧” and was considering an appeal. On Instagram, the chef wrote: “⟦d:m|Cooking is about patience. So is planning, apparently.⟧”

### 040
@a Lorraine Tuck | the practice manager
@b Ayesha Qadri | -
@c Ron Pickavance | -
@d Brindle and District Integrated Care Board | -
At 8am on a Monday, the phone lines at Castlegate Medical Practice in Brindle open, and within four minutes there are 61 people in the queue.
"⟦d:a|Monday mornings are carnage,⟧" says Lorraine Tuck, the practice manager, watching the numbers climb on a screen behind reception. "⟦d:a|We have 14 appointments left for today and we'll have given them all out by quarter past.⟧"
The practice has 11,400 patients and, since two partners retired last year, just four GPs. The national average is one GP for every 2,300 patients; at Castlegate it is closer to one for every 2,850.
Dr Ayesha Qadri joined the practice as a partner in 2016. She now works 12-hour days, three of them in the surgery, and spends her evenings on paperwork. "⟦d:b|People think we're hiding behind the receptionists. I promise you, we are not hiding,⟧" she says. "⟦d:b|We are drowning.⟧"
Ayesha insists she still loves the job. "⟦d:b|When you get it right for someone, there is nothing like it. I just want to be able to get it right for more of them.⟧"
Outside, 78-year-old Ron Pickavance is waiting for his wife. He has been trying to get a review of his blood pressure medication since February. "⟦d:c|I'm not complaining about the doctors. They're lovely when you get in,⟧" Ron says. "⟦d:c|It's the getting in.⟧"
The Brindle and District Integrated Care Board said it was "⟦p:d|actively recruiting⟧" and had funded two extra pharmacists for the practice.

### 041
@a Łukasz Zawadzki | rescue coordinator
@b interior ministry | -
@c Rodrigo Alcántara | police chief
@d Anneli Saar | volunteer
World in brief
KORVENA — Two miners were rescued alive on Sunday after being trapped for four days in a flooded coal mine in the east of the country. “⟦d:a|They were cold and hungry but in good spirits,⟧” said rescue coordinator Łukasz Zawadzki.
MANDARA — President Joseph Oyelaran-Kamara pardoned 1,200 prisoners to mark the 60th anniversary of independence. The interior ministry said those freed had been convicted of “⟦p:b|minor, non-violent offences⟧”.
SAN ESTEBAN — Police said they had seized 2.3 tonnes of cocaine hidden in a shipment of bananas at the city’s container port. “⟦d:c|It is the largest seizure in the history of the port,⟧” police chief Rodrigo Alcántara told reporters.
VARNA BAY — A humpback whale that had been stranded on a beach for two days was refloated by volunteers on Saturday. “⟦d:d|We cheered like we had won the World Cup,⟧” volunteer Anneli Saar said.

### 042
@a Kwabena Asamoah | the father of two
@b Swiftline Logistics | -
@c Caroline Mabey | Employment Judge
A warehouse worker who was sacked after complaining about the temperature in a distribution centre was unfairly dismissed, an employment tribunal has ruled.
Kwabena Asamoah, 38, worked as a picker at the Swiftline Logistics depot in Ormston for six years. He told the tribunal that temperatures inside the building regularly topped 32C in the summer of 2022 and that two colleagues had fainted.
After he raised the issue with a manager and then with the company's head office, he was dismissed for what Swiftline described as "⟦p:b|persistent lateness⟧".
In her written judgment, Employment Judge Caroline Mabey said the lateness allegations were "⟦p:c|thin to the point of transparency⟧". "⟦d:c|The tribunal is satisfied that the real reason for the claimant's dismissal was that he had raised a health and safety concern, and had been perceived as a nuisance for doing so,⟧" she wrote.
Speaking outside the tribunal, the father of two said: "⟦d:a|I wasn't trying to cause trouble. I was trying to stop someone getting hurt. I'm glad the judge saw that.⟧"
Swiftline Logistics said it was "⟦p:b|reviewing the judgment carefully⟧" and had since installed additional cooling at the Ormston site.

### 043
@a Alan Furness | Cllr
@b Rosa Mancini | Baker
@c Jan-Willem van der Berg | chair of the campaign group Cycle Brindle
A cycle lane on Brindle's busiest shopping street is to be ripped out just 14 months after it was installed, after traders said it had driven away customers.
Brindle City Council's transport committee voted 5-4 on Monday to remove the segregated lane on Market Street and restore 22 parking spaces at a cost of £380,000.
“⟦d:a|We got this wrong,⟧” admitted Cllr Alan Furness, who chairs the committee. “⟦d:a|We did not consult properly with the businesses on Market Street, and they have paid the price.⟧”
Baker Rosa Mancini, whose family has run Mancini’s on Market Street since 1962, said takings had fallen by a fifth since the parking disappeared. “⟦d:b|My customers are old. They are not going to cycle here for a loaf of bread,⟧” she said.
Jan-Willem van der Berg, chair of the campaign group Cycle Brindle, called the decision “⟦p:c|utterly short-sighted⟧”. “⟦d:c|The council spent £1.2m putting the lane in and will now spend another £380,000 taking it out. That is £1.6m to end up exactly where we started,⟧” he said.
Mr van der Berg said the number of cyclists using Market Street had doubled since the lane opened. “⟦d:c|Give it time,⟧” he said. “⟦d:c|The Dutch did not build their cycle network in 14 months.⟧”

### 044
@a Morag Kinnaird | Superintendent
@u - | one reporter
@b Fiona Imrie-Blake | Mr Imrie’s sister
@c Calum Strachan | Glen Torran Mountain Rescue Team leader
Police have scaled back the search for a hillwalker who has been missing in the Carnbeg hills for nine days, but say they have not given up hope of finding him.
Gregor Imrie, 34, an experienced climber from Dunallan, set off from the Glen Torran car park on the morning of 2 October. His car was found there two days later.
At a press conference on Friday, Superintendent Morag Kinnaird of Highland Region Police said more than 300 volunteers, two helicopters and 14 search dogs had covered an area of 40 square miles.
“⟦d:a|We have searched every area that our specialists believe he could realistically have reached,⟧” she said. “⟦d:a|That does not mean the search is over. It means we are changing how we search.⟧”
Asked by one reporter, “⟦d:u|Are you now looking for a body?⟧”, Supt Kinnaird paused before answering. “⟦d:a|We are looking for Gregor,⟧” she said.
Mr Imrie’s sister, Fiona Imrie-Blake, read a short statement on behalf of the family. “⟦d:b|Gregor knows these hills better than anyone. We are asking everyone who walks in the Carnbeg to keep their eyes open. Somebody may find something that brings him home.⟧”
Glen Torran Mountain Rescue Team leader Calum Strachan said the weather over the first 48 hours had been “⟦p:c|about as bad as it gets⟧”.

### 045
@a Derek Aspinall | Owner
@b Nathan | His son
@c Shirin Taheri | a 31-year-old teacher
@d Cheapside Estates | The landlord
After 46 years, Spindle Records on Cheapside in Halden will close its doors for the last time on Saturday.
Owner Derek Aspinall, 72, opened the shop in 1978 with £600 borrowed from his father and a van full of second-hand soul singles. "⟦d:a|I thought I'd give it two years. Then I'd get a proper job,⟧" he said, laughing.
His son, Nathan, who has worked alongside him since 2005, said rising rent and business rates had made the shop unviable. "⟦d:b|The rent has nearly doubled in five years. Vinyl's come back, which is brilliant, but people buy it online now,⟧" he said.
"⟦d:b|Dad won't say it, but it's breaking his heart.⟧"
Derek disagrees, a little. "⟦d:a|It's not breaking my heart. It's bending it,⟧" he said.
Regulars have been queuing down Cheapside all week. Shirin Taheri, a 31-year-old teacher, bought her first record at Spindle aged 14. "⟦d:c|This place taught me about music. Derek would put something on and say, 'You'll like this,' and he was never wrong,⟧" she said.
The landlord, Cheapside Estates, said it had "⟦p:d|tried to reach an agreement⟧" with the Aspinalls and that the unit would be re-let.

### 046
@r - | researchers at the University of Carnmouth
@a Helen Achebe-Strauss | -
@b Sam Kerridge | a postgraduate student
@c Ravi Chandrasekhar | a virologist at the Pelham Institute who was not involved in the research
A nasal spray vaccine against the common cold has shown ``⟦p:r|promising⟧'' results in its first human trial, according to researchers at the University of Carnmouth.
The trial, which involved 240 healthy volunteers, found that those given the spray were 41% less likely to develop cold symptoms after being exposed to a rhinovirus in a controlled setting.
Professor Helen Achebe-Strauss CBE, who led the study, said the team was ``⟦p:a|cautiously delighted⟧''. ``⟦d:a|The common cold is caused by more than 160 different viruses, which is why nobody has managed to make a vaccine before,⟧'' she said. ``⟦d:a|We have not solved that. But we have shown that this approach can work.⟧''
Volunteer Sam Kerridge, 29, a postgraduate student, spent two weeks in quarantine at the trial unit. ``⟦d:b|They paid me, fed me and gave me a cold on purpose. Honestly, not the worst fortnight I have had,⟧'' he joked.
Dr Ravi Chandrasekhar, a virologist at the Pelham Institute who was not involved in the research, said: ``⟦d:c|This is a well-designed trial. The caveat is that a controlled exposure in a clinic is not the same as the real world, where you are bombarded by different strains all winter.⟧''

### 047
@h Samir Haddad | a correspondent for the Qadiri broadcaster Al-Sharq TV
@m Qadira's foreign ministry | -
@a Khalid bin Rashid al-Tamimi | Sarhan’s government spokesman
@b Rania | Haddad’s wife
@c Committee for Free Reporting | a press-freedom group based in Valmont
AL-MANARA, Qadira (Meridian Press) — Qadira has recalled its ambassador from neighbouring Sarhan after a Sarhani court sentenced a Qadiri journalist to five years in prison for “⟦s:-|spreading false news⟧”.
Samir Haddad, 41, a correspondent for the Qadiri broadcaster Al-Sharq TV, was arrested in Sarhan’s capital in April while reporting on protests over fuel prices. At his final hearing he told the judge: “⟦d:h|I am a journalist. I will remain a journalist.⟧”
In a statement, Qadira's foreign ministry said the verdict was “⟦p:m|a grave violation of press freedom and of the fraternal relations between our two countries⟧”. It said the ambassador would remain in Al-Manara “⟦p:m|until further notice⟧”.
Sarhan’s government spokesman, Khalid bin Rashid al-Tamimi, told reporters that the courts were independent. “⟦d:a|We do not interfere in judicial matters, and we expect others not to interfere either,⟧” he said, speaking in Arabic.
Haddad’s wife, Rania, speaking by telephone from Al-Manara, said she had not been allowed to visit him. “⟦d:b|He has done nothing except his job. My children ask me every night when their father is coming home, and I don’t know what to tell them,⟧” she said.
The Committee for Free Reporting, a press-freedom group based in Valmont, called the sentence “⟦p:c|outrageous⟧” and urged Sarhan to release Haddad immediately.

### 048
@a Kofi Mensah-Bright | Striker
@b Ashworth City | -
@c Vittorio Campanella | Mensah-Bright's agent
@d Gary Holbrook | Ashworth manager
Striker Kofi Mensah-Bright has handed in a transfer request at Ashworth City, saying he wants to "⟦p:a|play Champions League football⟧" before he turns 30.
In a post on social media on Tuesday night, the 28-year-old wrote: "⟦d:a|I have given everything for this club for five years and I will always love the fans. But I feel it is the right time for a new challenge.⟧"
Ashworth City responded within the hour. "⟦d:b|Kofi is under contract until 2027 and is not for sale. The club will not be commenting further,⟧" it said in a statement.
Mensah-Bright's agent, Vittorio Campanella, said there had been "⟦p:c|concrete interest⟧" from three clubs abroad. According to a source at one of those clubs, an opening offer of around €40m was rejected last week.
Ashworth manager Gary Holbrook was asked about the post on Wednesday. "⟦d:d|I found out the same way you did, on my phone,⟧" he said. "⟦d:d|I'll speak to him tomorrow, behind closed doors.⟧"

### 049
@a Ottilie Brandt-Morrow | the museum’s director
@b Valentina Echeverría Soto | the Corvalia-born artist
The Halden Museum of Modern Art has acquired a monumental tapestry by the Corvalia-born artist Valentina Echeverría Soto, in what it describes as the most significant purchase in its 70-year history.
The 14-metre work, “⟦s:-|Río sin nombre⟧” (River Without a Name), took five years to weave and uses wool dyed with plants gathered along the length of a single river.
“⟦d:a|This is a work that will define the collection for generations,⟧” said the museum’s director, Dr Ottilie Brandt-Morrow. “⟦d:a|We have been in conversation with Valentina for almost a decade.⟧”
Echeverría Soto, 64, who lives between Puerto Valdés and Halden, said she wanted the tapestry to be seen “⟦p:b|by people who would never buy a ticket to an art fair⟧”.
“⟦d:b|El río no tiene nombre porque es de todos,⟧” she said at the unveiling. “⟦d:b|The river has no name because it belongs to everyone.⟧”
The museum said the acquisition had been funded by a £1.8m grant from the Collections Trust and by public donations.

### 050
@a Martin Hulse | The Independent group leader
@b Dennis Akroyd | the cabinet member for finance
@c Harold Venn | Mayor
@d Iris Meadows | Pensioner
Residents of Thornbury will pay 4.99% more in council tax from April after the town's budget was approved amid angry exchanges in the council chamber.
The Independent group leader, Cllr Martin Hulse, accused the ruling group of "⟦p:a|sleepwalking into bankruptcy⟧".
"⟦d:a|You have had four years to fix this and you have done nothing but blame the government,⟧" Cllr Hulse said.
"⟦d:b|That's rich, coming from a man whose group voted for every penny of the spending he is now complaining about,⟧" replied Cllr Dennis Akroyd, the cabinet member for finance.
Mayor Harold Venn, who chaired the meeting, called for order. "⟦d:c|Gentlemen, we are not in a playground,⟧" he said.
After the vote, Cllr Akroyd said: "⟦d:b|Nobody comes into local government to put up council tax. But the alternative was closing children's centres, and I wasn't prepared to do that.⟧"
Pensioner Iris Meadows, 81, who watched from the gallery, said she would have to choose between heating and eating. "⟦d:d|They all talk about difficult decisions. Try my difficult decisions,⟧" she said.

### 051
@a Dawn Mallory | Chief Inspector
@b Maureen Sillitoe | His daughter
@c Rupert Aylmer-Hicks | Judge
Four men who carried out a series of burglaries targeting elderly people across Halsworth have been jailed for a total of 31 years.
The gang, from the Stenhouse area of the city, posed as water board workers to get inside homes, stealing cash, jewellery and medals worth more than £120,000 from 22 victims aged between 74 and 96.
Chief Inspector Dawn Mallory said the men had "⟦p:a|preyed on the kindness and trust of people who grew up in a different age⟧". "⟦d:a|These victims opened their doors to men in hi-vis jackets because that was how they were brought up,⟧" she said. "⟦d:a|Some of them have not been the same since.⟧"
One victim, a 91-year-old former RAF navigator, had his Distinguished Flying Cross stolen. His daughter, Maureen Sillitoe, said: "⟦d:b|Dad kept that medal in a biscuit tin by his bed. He's never asked for anything in his life, and they took the one thing he was proud of.⟧"
The medal was recovered from a pawnbroker in Lindfield and returned to him last month.
Sentencing at Halsworth Crown Court, Judge Rupert Aylmer-Hicks told the men: "⟦d:c|You are cowards, and your crimes were calculated and cruel.⟧"

### 052
@a Steve Bullock | Our pundit
@b Amara Diallo | Kingsbridge captain
@c Ian Fairclough | Port Carrow manager
@d Paula Grice | A Kingsbridge fan at the stadium
Northern Cup final: Kingsbridge Harriers v Port Carrow – as it happened
15:02 — We’re under way at the National Stadium. Port Carrow kick off, attacking the end where their fans are packed in.
15:31 — GOAL! Kingsbridge 1-0 Port Carrow. Amara Diallo rises highest to meet a corner and powers a header in off the underside of the bar.
15:50 — Half-time. Our pundit, former Port Carrow defender Steve Bullock: “⟦d:a|Port Carrow haven’t laid a glove on them. They need to change something, because at the moment they’re just chasing shadows.⟧”
16:38 — GOAL! Kingsbridge 2-0. A breakaway, and substitute Rory Pennant rolls it into the empty net after the keeper came out to the halfway line.
16:55 — Full-time. Kingsbridge Harriers win the Northern Cup for the first time in their history.
17:05 — Kingsbridge captain Amara Diallo, speaking to Sports Radio North: “⟦d:b|I’ve dreamed of this since I was seven. I’m going to cry, sorry.⟧”
17:12 — Port Carrow manager Ian Fairclough: “⟦d:c|The better team won. No excuses from me. We were second best all over the pitch and we’ve got to hold our hands up.⟧”
17:20 — A Kingsbridge fan at the stadium, Paula Grice, 58, has been following the club for 50 years. “⟦d:d|My dad brought me to my first final here in 1979 and we lost. He’d have loved today,⟧” she told us.

### 053
@a Neil Farrant | the vice-chancellor
@b Olusegun Adebayo | Academic Staff Union branch president
@c Hattie Boswell | Students' union president
The University of Lindfield is to cut 240 jobs, about 8% of its workforce, as it attempts to close a £35m budget gap.
In an email to staff on Monday, the vice-chancellor, Professor Neil Farrant, wrote: "⟦d:a|I recognise how unsettling this news will be. The university is not in crisis, but without decisive action now, it would be within two years.⟧"
Academic Staff Union branch president Dr Olusegun Adebayo said members would be balloted for strike action. "⟦d:b|Management has spent £90m on new buildings in the last five years. Now they want staff to pay for it with their jobs,⟧" he said.
Students' union president Hattie Boswell said students were "⟦p:c|angry and anxious⟧". "⟦d:c|People are asking whether their course will still exist by the time they graduate. The university needs to give them an answer,⟧" she said.
A university spokesperson said no decisions had yet been made about which courses would be affected.

### 054
@a Gwilym Roberts-Tate | Amateur astronomer
@b Mei-Ling Ashcroft | lead author of the study
@c Ruaridh MacAskill | palaeontologist
Science in brief
Garden comet: Amateur astronomer Gwilym Roberts-Tate, 66, has had a comet named after him after spotting it from his back garden in Pentraeth with a telescope he built himself. ``⟦d:a|My wife thought I was mad, standing out there at three in the morning in my dressing gown. She's coming round to it now,⟧'' he said.
Counting bees: Bumblebees can tell the difference between groups of up to four objects, researchers at the University of Dunmore have found. ``⟦d:b|Their brains are smaller than a sesame seed, and yet they are doing something we used to think needed a primate,⟧'' said Dr Mei-Ling Ashcroft, lead author of the study.
Dinosaur tracks: Storms have uncovered more than 50 dinosaur footprints on a beach on the Isle of Corran. ``⟦d:c|It's like walking into a room a dinosaur has just left,⟧'' said palaeontologist Dr Ruaridh MacAskill of the Corran Natural History Society.

### 055
@a Adeline Osei-Tutu | Health Secretary
@b Martin Crabbe | presenter
@c Jean Haskett | listener
@d Department of Health | -
Health Secretary Adeline Osei-Tutu struggled on Thursday morning to say when a promised new hospital in Fennick would be built, in a testy radio interview.
Speaking on Coastal Radio’s breakfast programme, she was asked by presenter Martin Crabbe whether the hospital would open by 2030, as promised at the last election.
“⟦d:a|We remain fully committed to the new hospital in Fennick,⟧” she said.
“⟦d:b|That’s not what I asked. Will it open by 2030?⟧”
“⟦d:a|What I can tell you is that the business case is being finalised and —⟧”
“⟦d:b|So that’s a no.⟧”
“⟦d:a|It is not a no. It is a statement that we are doing this properly.⟧”
Later in the programme, listener Jean Haskett, 67, rang in. “⟦d:c|I was told five years ago I’d have a new hospital on my doorstep. I’m still driving 40 miles for my scans,⟧” she said.
The Department of Health said in a statement afterwards that the scheme was “⟦p:d|on track⟧” and that construction would start “⟦p:d|as soon as possible⟧”.

### 056
@a Jonathan Ferreira-Lowe | Powerwatch's chief executive
@b Sarah Dempsey | -
@c ShopWise | Consumer group
Energy bills to fall by £112 from July
The typical household energy bill will fall by £112 a year from 1 July, the regulator Powerwatch has announced.
The new price cap, which limits the amount suppliers can charge per unit of gas and electricity, will be £1,586 a year for a typical dual-fuel household paying by direct debit.
Powerwatch's chief executive, Jonathan Ferreira-Lowe, said: "⟦d:a|This is welcome news, but I know that for many families bills remain painfully high.⟧"
What does it mean for me?
Q: Will my bill definitely go down?
A: Not necessarily. The cap limits unit rates and standing charges, not the total you pay. If you use more energy, you will pay more. "⟦d:b|People should still read their meters and check their bills,⟧" said Sarah Dempsey of the charity Fuel Poverty Action.
Q: Should I fix?
A: Some suppliers are offering fixed deals below the new cap. Consumer group ShopWise said households should "⟦p:c|look carefully at exit fees⟧" before signing up.

### 057
@a Mirela Kovačević | Drinovia’s president
@b Tomislav Jurić | Political analyst
@c Dragan Perić | Opposition leader
KRAVAN, Drinovia (Meridian Press) — Drinovia’s president, Mirela Kovačević, announced on Sunday that she would not seek a third term, ending months of speculation and opening the way for a contested succession in the ruling Progress Party.
In a televised address, Kovačević, 68, said:
“⟦d:a:m|I have given this country 10 years of my life, and I do not regret a single day. But a democracy is healthiest when power changes hands, and I want to leave while people still wish I would stay.⟧
“⟦d:a|I will not be endorsing any candidate. That is for the members of our party, and then for the people.⟧”
Political analyst Tomislav Jurić of the University of Kravan said the announcement had caught even senior party figures off guard. “⟦d:b|Two of her ministers told me last week she would run. I believe they believed it,⟧” he said.
Opposition leader Dragan Perić welcomed the decision. “⟦d:c|Ten years is enough for anyone,⟧” he told supporters at a rally in the northern city of Vrelo. “⟦d:c|We are ready.⟧”

### 058
@a Loomis+ | The streaming service
@b Bex Hollander | The show's creator
@c Tunde Olabiyi-Marsh | Its star
@d Chloe Ventress | Petition organiser
The streaming service Loomis+ has cancelled the fantasy drama "⟦s:-|The Ninth Crown⟧" after two series, despite a fan petition that gathered more than 400,000 signatures.
In a statement, Loomis+ said: "⟦d:a|We are enormously proud of the show and grateful to everyone who worked on it. Unfortunately, viewing figures for the second series did not support a third.⟧"
The show's creator, Bex Hollander, posted on social media that she was "⟦p:b|heartbroken⟧". "⟦d:b|We had the whole third series mapped out. Maybe one day,⟧" she wrote.
Its star, Tunde Olabiyi-Marsh, who played the exiled king Aldric, joked on a podcast that he would be keeping the crown. "⟦d:c|I've got it on my mantelpiece. If they want it back, they can come and get it,⟧" he said.
Petition organiser Chloe Ventress, 22, said fans would not give up. "⟦d:d|Shows have been saved before. We're going to make as much noise as we can,⟧" she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh16.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh16",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
