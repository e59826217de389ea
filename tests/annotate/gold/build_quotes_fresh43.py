# ruff: noqa: E501
"""Build ``quotes_fresh43.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a mix of one day's
news pages of a general daily paper: national politics, crime and courts, health,
education, the economy, transport, weather, celebrity and entertainment news and
sport results, written in wire-service and regional-paper style.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh43-NNN``.

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

Decisions taken for this set where the conventions leave room:

* A speaker has one description for all of their spans: the introduction's
  appositive or role title if there is one, otherwise the first definite description
  used at one of their cues (``the 66-year-old``, ``the operator``, ``the company``),
  even for spans whose own cue is only a pronoun.
* A statement read out by someone else on a named person's behalf belongs to the
  person whose statement it is.
* A text message or caption quoted in court or online is written speech by its
  author (``direct``).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh43.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh43.jsonl")

PASSAGES = """
### 001
@a Margaret Oyelaran | the finance minister
@b Deborah Quist | leader of the opposition Civic Alliance
@u - | a senior backbencher who asked not to be named
The government's spending plan survived its first parliamentary test on Tuesday night, passing by 14 votes after a day of bruising exchanges over cuts to regional transport grants.
Margaret Oyelaran, the finance minister, told MPs the package was "⟦p:a|tough but fair⟧" and would bring the deficit below 3 per cent of national output within two years.
"⟦d:a|Nobody enjoys telling a town its bus subsidy is shrinking,⟧" she said. "⟦d:a|But the alternative is telling their children the debt is theirs.⟧"
Deborah Quist, leader of the opposition Civic Alliance, accused her of balancing the books "⟦p:b|on the backs of people who cannot drive⟧".
"⟦d:b|The minister talks about fairness. Let her explain fairness to a pensioner in Drumlaw who now has one bus a day,⟧" Quist said.
Oyelaran hit back moments later, reminding the chamber of the Alliance's own record in government.
"⟦d:a|The honourable member voted for deeper cuts than these in 2019. She has a short memory and a very long list of promises.⟧"
Several government MPs abstained. A senior backbencher who asked not to be named said the whips had "⟦p:u|badly misread the mood⟧" in rural seats. "⟦d:u|We'll be back here in the spring, and it will be harder,⟧" the MP said.
The bill now goes to its committee stage.

### 002
@a Craig Petrie | Detective Inspector
@b Sandra Keogh | a retired teacher who lives opposite the shop
@c Moira Bain | Her neighbour
A 19-year-old man is in a critical condition after being stabbed outside a takeaway in Carnbrae late on Saturday.
Police were called to Mill Street shortly after 11.40pm. Detective Inspector Craig Petrie said officers were treating the attack as attempted murder and had arrested two men, aged 20 and 23.
"⟦d:a|This was a targeted attack and we do not believe there is a wider risk to the public,⟧" he said. "⟦d:a|However, I know people in Carnbrae will be shaken, and there will be extra patrols over the coming days.⟧"
Sandra Keogh, 61, a retired teacher who lives opposite the shop, said she heard shouting and then "⟦p:b|a scream I won't forget⟧".
"⟦d:b|I ran down in my slippers. There was a lad on the pavement and a girl holding his hand, telling him to stay awake,⟧" she said.
Her neighbour Moira Bain said the street had changed. "⟦d:c|We used to leave doors open. Now I don't walk past there after dark.⟧"
Keogh disagreed. "⟦d:b|It's one awful night. It isn't who we are,⟧" she insisted.
A police source said the injured man was known to officers but had no convictions. Petrie appealed for dashcam footage from anyone who was driving on Mill Street or Station Road between 11pm and midnight.

### 003
@a - | A spokesperson for Northvale Health Board
@b Ruth Adebayo-Finch | regional secretary of the Nurses’ Federation
@c Gerald Pym | the grandfather of six
@e Tomasz Wiśniewski | Health Secretary
Nearly one in four patients waiting for hip or knee surgery in Northvale has been on the list for more than a year, figures published on Thursday show.
The board’s quarterly report records 3,412 people waiting for orthopaedic operations, up from 2,980 in the spring.
A spokesperson for Northvale Health Board said: “⟦d:a|We recognise these waits are far too long. We have opened two additional theatre sessions each week at Hollins General and expect that to make a difference by the new year.⟧”
Ruth Adebayo-Finch, regional secretary of the Nurses’ Federation, said extra theatre time meant little without the staff to run it.
“⟦d:b|You can open a theatre on a Saturday. You cannot conjure up a scrub nurse who isn’t there,⟧” she said.
Gerald Pym, 74, from Hollins, has been waiting 16 months for a knee replacement. “⟦d:c|I was a postman for forty years. Now I can’t get to the end of the garden,⟧” he said.
“⟦d:c|I don’t blame the nurses. I blame whoever decided this was acceptable,⟧” the grandfather of six added.
Health Secretary Tomasz Wiśniewski said the government had given boards “⟦p:e|record funding⟧” and expected waits to fall. “⟦d:e|Every board now has a clear target, and I will be holding them to it,⟧” he said.

### 004
@a Fiona Lachlan | headteacher at St Bride's Academy
@b Amira Haddad | -
@c Ellie | -
@d Gráinne | Her mother
@e Examinations Council | -
There were tears, hugs and at least one cartwheel in the car park at St Bride's Academy yesterday as pupils opened their exam results.
The pass rate for higher-level papers across the country rose slightly to 77.4 per cent, according to the Examinations Council, which said the figures showed "⟦p:e|a return to stability⟧" after several disrupted years.
Fiona Lachlan, headteacher at St Bride's Academy, said this year's group had been "⟦p:a|extraordinary⟧". "⟦d:a|These are young people who started secondary school on a laptop in their bedrooms. To see them here today, doing this well, is the best part of the job,⟧" she said.
Amira Haddad, 17, got five A grades and hopes to study medicine at Carrowmore. "⟦d:b|I opened it in the car because I couldn't face doing it in front of everyone,⟧" she said. "⟦d:b|My mum screamed before I did.⟧"
Ellie, 18, who asked that her surname not be used, missed her offer for veterinary science by one grade.
"⟦d:c|I'm gutted, honestly. But Mrs Lachlan has already been on the phone to the clearing people, so it's not over,⟧" she said.
Her mother, Gráinne, stood beside her. "⟦d:d|She's worked harder than anyone I know. One letter doesn't change that,⟧" she said.
The Examinations Council said in a statement: "⟦d:e|Students who are disappointed should remember there are many routes into further study, and advisers are available on our helpline all week.⟧"

### 005
@a Henrik Solvang | the bank's governor
@b Priya Ramanathan | chief economist at Ostmark Securities
@c Lotte Brenner | an analyst at Halden & Voss
@d Central Bank | the bank
The Central Bank left its main interest rate unchanged at 4.25 per cent on Wednesday, but signalled for the first time that cuts could come early next year.
In a statement, the bank said inflation was "⟦p:d|moving in the right direction⟧" but remained above its 2 per cent target.
Henrik Solvang, the bank's governor, told reporters the decision had been unanimous.
"⟦d:a|We are not declaring victory. But the data in the last three months has been encouraging, and it would be wrong to ignore it,⟧" he said.
Asked whether a cut in February was likely, he replied: "⟦d:a|I'm not going to give you a date. You'll have to be patient with me.⟧"
Markets had expected the hold. "⟦d:b|The surprise is the tone, not the decision,⟧" according to Priya Ramanathan, chief economist at Ostmark Securities. "⟦d:b|He is preparing the ground.⟧"
Lotte Brenner, an analyst at Halden & Voss, was more cautious. She said wage growth of 5.8 per cent would make the bank "⟦p:c|nervous about moving too soon⟧".
"⟦d:c|Henrik has been burned before. He'll want one more set of numbers,⟧" she said.
The currency fell 0.4 per cent against the euro after the announcement.

### 006
@a Declan Furey | general secretary of the Federation of Rail Workers
@b Caledon Rail | the operator
@c Louise Grant | a nurse who commutes from Strathmoy to Carrick Bay
@d Hamish Cairney | Transport Minister
Train drivers will walk out for 48 hours from next Monday after talks over pay collapsed, leaving most of the country's rail network without services.
The Federation of Rail Workers said its members had rejected a 3.5 per cent offer by a margin of nine to one.
Declan Furey, general secretary of the Federation of Rail Workers, said drivers had "⟦p:a|run out of patience⟧".
"⟦d:a|Nobody goes on strike lightly. Our members lose money every day they're out. But the company has treated these talks as a box-ticking exercise,⟧" he said.
Caledon Rail, which runs most services in the region, said it was "⟦p:b|deeply disappointed⟧".
"⟦d:b|We have made a fair offer, the highest in the industry this year, and our door remains open,⟧" the operator said in a statement. "⟦d:b|We urge passengers to check before they travel.⟧"
Louise Grant, a nurse who commutes from Strathmoy to Carrick Bay, said she would have to take annual leave. "⟦d:c|I support the drivers, I do. I just can't afford to keep supporting them,⟧" she said.
Transport Minister Hamish Cairney urged both sides to return to the table. "⟦d:d|This is not a dispute that will be solved by megaphone,⟧" he said.
Furey said he would meet Cairney "⟦p:a|any time, anywhere⟧".

### 007
@a Meteoria | the national weather agency
@b Bridget Cowan | a sheep farmer near Glenarro
@c Peter Lusk | leader of Ardmoor Council
@d - | A spokeswoman for the energy network Lineway
@e Ahmed Rahimi | a forecaster at Meteoria
An amber warning for wind has been issued for the whole west coast ahead of Storm Isolde, which is expected to bring gusts of up to 85mph on Friday.
Meteoria, the national weather agency, said the storm was "⟦p:a|potentially dangerous⟧" and warned of flying debris, power cuts and large waves.
"⟦d:e|This is not your average autumn blow,⟧" said Ahmed Rahimi, a forecaster at Meteoria. "⟦d:e|The timing is the problem. The strongest winds arrive right at the evening rush hour.⟧"
Ardmoor Council said schools would close at lunchtime. Cllr Peter Lusk, leader of Ardmoor Council, said: "⟦d:c|I would rather be criticised for being cautious than explain to a parent why a bus went over on the Glenarro road.⟧"
Bridget Cowan, a sheep farmer near Glenarro, spent Thursday moving her flock to lower ground. "⟦d:b|You learn to read the sky up here. This one I don't like the look of,⟧" she said.
A spokeswoman for the energy network Lineway said engineers had been put on standby across the region. "⟦d:d|We would ask people to charge their phones and have torches ready,⟧" she added.

### 008
@a Dana Kroll | her publicist
@b Clio Varga | Actress
@c Marco Deluca | manager of the Hotel Miramare
@u - | One guest who did not want to be named
Actress Clio Varga, star of the hit drama “⟦s:-|Harbour Lights⟧”, has married the musician Teddy Achterberg in a small ceremony on the island of Senna, her publicist confirmed on Sunday.
“⟦d:a|Clio and Teddy are overjoyed and thank everyone for respecting their privacy on such a special day,⟧” her publicist, Dana Kroll, said in a statement.
Varga, 36, later shared a black-and-white photograph on Instagram with the caption: “⟦d:b|Mr and Mrs, apparently. Still can’t believe he said yes.⟧”
The couple met in 2021 when Achterberg, 41, wrote the theme song for “⟦s:-|Harbour Lights⟧”. He has since released two albums, the most recent of which, “⟦s:-|Salt and Static⟧”, reached No. 3 in the charts.
One guest who did not want to be named said the ceremony lasted “⟦p:u|about eleven minutes⟧”. “⟦d:u|Teddy cried through his vows. Clio laughed through hers. It was perfect,⟧” the guest said.
The reception was held at the Hotel Miramare in the island’s only town. Marco Deluca, manager of the Hotel Miramare, said staff had been sworn to secrecy for months. “⟦d:c|My own wife didn’t know. She’s still not talking to me,⟧” he joked.

### 009
@a Gavin Moffat | Rosslyn Athletic manager
@b Kyle Brannigan | the 29-year-old
@c Stuart Lennox | Dunmore boss
Rosslyn Athletic 3 Dunmore United 1
Kyle Brannigan scored twice as Rosslyn Athletic climbed to third in the Championship with a comfortable win over ten-man Dunmore United at Brae Park.
Brannigan opened the scoring with a header in the 12th minute and added a second from the penalty spot after Dunmore defender Ross Imrie was sent off for handball.
"⟦d:b|I've been waiting for a day like that since August,⟧" said the 29-year-old, who had gone nine games without a goal. "⟦d:b|The gaffer kept telling me to stop thinking. Today I stopped thinking.⟧"
Rosslyn Athletic manager Gavin Moffat was full of praise for his striker. "⟦d:a|Kyle's a proper centre forward. He doesn't hide when it's not going for him, and that's why he gets days like this,⟧" he said.
Moffat added: "⟦d:a|We should have had five, to be honest.⟧"
Dunmore boss Stuart Lennox was furious about the red card. "⟦d:c|It hits Ross on the shoulder. I've watched it four times. Shoulder,⟧" he said. "⟦d:c|We'll be writing to the league.⟧"
Substitute Andy Carr pulled one back for Dunmore in the 70th minute before Jamie Osei sealed the points late on.

### 010
@a Eleanor Whitcombe | Judge
@b Marcus Trell | Cole's barrister
@c Janice Moore | Liam's mother
A driver who killed a cyclist while looking at his phone has been jailed for six years and eight months.
Darren Cole, 34, of Tarvit Road, Ennisford, admitted causing death by dangerous driving. Liam Moore, 22, died at the scene on the Kelloch road in March last year.
Judge Eleanor Whitcombe told Ennisford Crown Court that Cole had been scrolling through a betting app for almost a minute before the collision.
"⟦d:a|Liam Moore was wearing bright clothing, had lights front and rear, and was exactly where he was entitled to be. You did not see him because you were not looking,⟧" she said.
In a victim impact statement read to the court, Janice Moore, Liam's mother, wrote: "⟦d:c:m|Liam was saving for a trip to Japan. He had the guidebook on his bedside table. It is still there.⟧
"⟦d:c|I do not want anyone else to find out what I know now: that a whole person can be gone because someone could not wait to see a score.⟧"
Cole's barrister, Marcus Trell KC, said his client was "⟦p:b|genuinely and profoundly remorseful⟧" and had written to the family.
The judge said she accepted that the remorse was real. "⟦d:a|But remorse does not bring him back,⟧" she said.
Cole was also banned from driving for ten years.

### 011
@a Naledi Fourie | the Progressive Party candidate
@b Ian McBratney | the National Reform candidate
@c Connor Hale | a local publican who stood as an independent
The Progressive Party has taken Ashgrove West from National Reform on a swing of 11 per cent, in a by-election result that will alarm government strategists.
Naledi Fourie, the Progressive Party candidate, won 18,204 votes to 13,977 for National Reform's Ian McBratney.
In her victory speech at the Ashgrove leisure centre shortly after 3am, Fourie thanked her volunteers and turned her fire on the government.
"⟦d:a:m|People here were told for years that the factory closures were the price of progress. They were told to wait. They have waited.⟧
"⟦d:a:m|Tonight they have stopped waiting.⟧
"⟦d:a|I will go to parliament on Monday with one job, and that job is Ashgrove.⟧"
McBratney was gracious in defeat. "⟦d:b|Naledi ran a good campaign and I wish her well. The voters have sent a message and my party would be foolish not to hear it,⟧" the National Reform candidate said.
Connor Hale, a local publican who stood as an independent, came third with 2,115 votes. "⟦d:c|Not bad for a man with a leaflet and a bicycle,⟧" he said.
Turnout was 41 per cent.

### 012
@a Imogen Tate | director of public health for Eastbrook
@b Katarzyna Nowicka | -
@c Femi Alade | a pharmacist on Station Parade
Health officials in Eastbrook have urged parents to check their children's vaccination records after 23 confirmed cases of measles in six weeks.
Dr Imogen Tate, director of public health for Eastbrook, said most of the cases were in children under five who had not received both doses of the MMR vaccine.
"⟦d:a|Measles is not a mild illness. One in five children who catch it will need hospital care,⟧" she said. "⟦d:a|The vaccine is safe, it is free, and it is never too late to have it.⟧"
Katarzyna Nowicka's son Filip, 4, spent five days in hospital last week with pneumonia caused by the virus.
"⟦d:b|To był koszmar,⟧" she said in Polish, before switching to English. "⟦d:b|It was a nightmare. I thought he had a cold.⟧"
She said she had delayed his second dose because of "⟦p:b|things I read online⟧". "⟦d:b|I feel stupid now. I want other mothers to hear it from me,⟧" she said.
Femi Alade, a pharmacist on Station Parade, said his team had seen a rise in questions. "⟦d:c|Parents aren't anti-vaccine. Mostly they're busy, or they've moved house and lost track,⟧" he said.
The Health Protection Agency said outreach clinics would run at three community centres this month.

### 013
@a Alistair Penhaligon | the university's vice-chancellor
@b Rhiannon Pryce | president of the students' union
@c Yusuf Karimi | a chemistry lecturer and branch secretary of the Academic Staff Union
@d - | One first-year student
Lecturers at the University of Carrowmore began a five-day strike on Monday over pensions, with picket lines at all four entrances to the main campus.
Placards reading "⟦s:-|Fair Pay, Fair Pensions⟧" and "⟦s:-|No Cuts to Our Future⟧" lined the road as students arrived for the first week of term. Around 200 people chanted "⟦s:-|Whose university? Our university!⟧" outside the library.
Dr Yusuf Karimi, a chemistry lecturer and branch secretary of the Academic Staff Union, said members had been left with no choice.
"⟦d:c|I have taught here for 19 years. Under these proposals I would lose about a third of my retirement income,⟧" he said. "⟦d:c|That is not a tweak. That is a pay cut you find out about when you're 67.⟧"
Sir Alistair Penhaligon, the university's vice-chancellor, said the pension scheme faced "⟦p:a|a very real deficit⟧" and the changes were needed to keep it open.
"⟦d:a|I understand the anger. I do not accept that the university is acting in bad faith,⟧" he said.
Rhiannon Pryce, president of the students' union, said students were "⟦p:b|caught in the middle⟧" but largely backed the strike.
One first-year student, crossing the picket line to reach a lab induction, was less sure. "⟦d:d|I'm paying nine grand a year for this. I just want someone to teach me,⟧" she said.

### 014
@a Kessler Components | the German-owned maker of car seat frames
@b Terry Dolan | the father of three
@c Wayne Hislop | His colleague
@d Angela Rourke | Mayor
@e - | A union official
Almost 400 jobs are to go at a car parts factory in Burnside after its owner announced plans to move production to Slovakia.
Kessler Components, the German-owned maker of car seat frames, said the Burnside plant would close by the end of next year.
"⟦d:a|This has been an extremely difficult decision. The plant's workforce is skilled and committed, but the site's costs are no longer competitive,⟧" the company said.
Workers learned of the decision at a meeting at 7am. Terry Dolan, who has worked at the plant for 27 years, said the mood was "⟦p:b|like a funeral⟧".
"⟦d:b|They read it off a sheet of paper and then left. Twenty minutes. That's what 27 years gets you,⟧" the father of three said.
His colleague Wayne Hislop said many younger workers had only just taken out mortgages. "⟦d:c|There's lads in there who bought houses last year because they thought this place was safe,⟧" he said.
Mayor Angela Rourke called the announcement "⟦p:d|a hammer blow⟧" and said she would seek an urgent meeting with the company.
A union official said a formal consultation would begin next week. "⟦d:e|We will fight for every job, and if we can't save them we'll fight for every penny,⟧" he said.

### 015
@a - | A spokeswoman for SkyLark Air
@c Oliver Danforth | a dentist from Merrow
@d Beatrix Lowe | -
@e Halvington Airport | the airport
Thousands of passengers were stranded at Halvington Airport on Saturday after a computer fault at the budget carrier SkyLark Air grounded more than 60 flights.
Queues stretched out of the terminal doors by mid-morning. Oliver Danforth, 52, a dentist from Merrow, had been due to fly to Valdora with his wife for their 25th wedding anniversary.
“⟦d:c|We’ve had one announcement in five hours and it was to tell us the café was closing,⟧” he said.
Beatrix Lowe, travelling with her two daughters, said she had been given a voucher for £4.50. “⟦d:d|That buys you half a sandwich in here,⟧” she said. “⟦d:d|The girls have been sleeping on the floor by gate 12.⟧”
A spokeswoman for SkyLark Air said the fault, in its check-in and crew scheduling system, had been fixed by 3pm but that disruption would continue into Sunday.
“⟦d:a|We are truly sorry. Customers whose flights were cancelled will be offered a full refund or a free rebooking, and we will meet reasonable expenses,⟧” she said.
Halvington Airport said it had brought in extra staff and handed out water. “⟦d:e|The failure was not in airport systems, but we are doing everything we can to help,⟧” the airport said.

### 016
@a Carys Llewellyn | a consultant in emergency medicine at St Anselm's Hospital
@b Joanna Reid | chief meteorologist at the National Weather Centre
@c Bernard Okello | the retired bus driver
@d Helen Gaskell | director of the older people's charity Evergreen
Temperatures are forecast to reach 34C in parts of the south on Wednesday, prompting the first red heat-health alert of the year.
Joanna Reid, chief meteorologist at the National Weather Centre, put it bluntly: "⟦d:b|This is the kind of heat our houses and our bodies are not built for.⟧"
She warned that overnight temperatures would stay above 20C in cities, "⟦p:b|which is when the real damage is done⟧".
Dr Carys Llewellyn, a consultant in emergency medicine at St Anselm's Hospital, said her department saw a surge in elderly patients during the last heatwave.
"⟦d:a|People think of heat as a beach problem. For us it's a kidney problem, a heart problem and a falls problem,⟧" she said.
Bernard Okello, 81, lives alone in a top-floor flat in Calder Vale. "⟦d:c|I keep the curtains shut and a wet towel on my neck. My daughter phones twice a day to check I'm still here,⟧" the retired bus driver said, laughing.
Helen Gaskell, director of the older people's charity Evergreen, urged people to knock on their neighbours' doors. "⟦d:d|A five-minute visit can be the difference,⟧" she said.

### 017
@a Saoirse Ní Bhriain | the band's lead singer
@b Dev Malhotra | Drummer
@c Rosa Ungaro | Festival director
Tidewrack, the Kilmara four-piece whose single ``⟦s:-|Low Tide Lovers⟧'' has been streamed 40 million times, will headline the Saturday night of the Brackenfield Festival, organisers announced yesterday.
It is a remarkable rise for a band that was playing the back rooms of pubs three years ago.
``⟦d:a|We did a gig in Kilmara once where the audience was the barman and his dog,⟧'' recalled Saoirse Ní Bhriain, the band's lead singer. ``⟦d:a|The dog left halfway through.⟧''
Drummer Dev Malhotra said the band had not quite taken in the news. ``⟦d:b|Saoirse rang me at two in the morning and just screamed,⟧'' he said. ``⟦d:b|I thought someone had died.⟧''
Festival director Rosa Ungaro said Tidewrack had been ``⟦p:c|the obvious choice⟧''. ``⟦d:c|When you see twenty thousand people singing a chorus back at a band, you book that band,⟧'' she said.
Ní Bhriain said the new album, ``⟦s:-|Harbour of Bones⟧'', would be released two weeks before the festival. ``⟦d:a|It's darker than the first one. We've all had a strange couple of years,⟧'' she said.
Asked whether fame had changed them, she shrugged. ``⟦d:a|Dev still can't park a van. So no.⟧''

### 018
@a Élodie Marchand-Duval | the world No. 9
@b Mirela Vasić | the Serbian
@c Laurent Bessière | Marchand-Duval's coach
Élodie Marchand-Duval, the world No. 9, reached the final of the Corvino Open on Friday with a 6-4, 3-6, 7-5 win over Mirela Vasić in just under three hours.
The Frenchwoman saved two match points at 4-5 in the deciding set before breaking serve with a forehand winner down the line.
«⟦d:a|At 4-5 I was already thinking about my flight home,⟧» she admitted afterwards. «⟦d:a|Then I told myself: just one more point, just one more.⟧»
Vasić, who had beaten the top seed in the quarter-finals, said she had no regrets. «⟦d:b|I played the right shots. She just played better ones,⟧» the Serbian said.
Marchand-Duval's coach, Laurent Bessière, spoke to reporters in French. «⟦d:c|Elle a un cœur énorme,⟧» he said. «⟦d:c|She has an enormous heart.⟧»
In Sunday's final she will face either the defending champion, Haruka Tanabe, or the American qualifier Jess Ridley, who meet later today.

### 019
@a Gareth Wynne-Jones | prosecutor
@b Neil Strachan | a former finance director at Caldmoor Housing Association
@c Amanda Rowe | Judge
A former finance director accused of stealing £1.2m from a housing charity told a jury yesterday that he had "⟦p:b|borrowed⟧" the money and always meant to pay it back.
Neil Strachan, 47, a former finance director at Caldmoor Housing Association, denies 14 counts of fraud by abuse of position.
Under cross-examination at Westgate Crown Court, he was asked by prosecutor Gareth Wynne-Jones why he had set up a company in his wife's maiden name.
"⟦d:a|Was that to make it easier to hide what you were doing?⟧" Wynne-Jones asked.
"⟦d:b|No. It was for tax reasons,⟧" Strachan replied.
"⟦d:a|Whose tax, Mr Strachan?⟧"
"⟦d:b|I'd have to check with my accountant.⟧"
"⟦d:a|You were the accountant.⟧"
There was laughter in the public gallery, and Judge Amanda Rowe warned that she would clear it if it happened again. "⟦d:c|This is a criminal trial, not a television programme,⟧" she said.
Strachan told the jury he had run up gambling debts and had intended to return the money "⟦p:b|once things turned around⟧". The trial continues.

### 020
@a Julian Ashworth-Pryce | The housing minister
@b Catherine Holloway | Prime Minister
@c - | A government source
The housing minister, Julian Ashworth-Pryce, resigned last night after it emerged that he had failed to declare a stake in a development company bidding for public land.
In his resignation letter to the prime minister, he wrote: “⟦d:a:m|I have always believed that those in public office must hold themselves to the highest standards. On this occasion I fell short of them, and I take full responsibility.⟧
“⟦d:a|I do not wish to be a distraction from the government’s work on housing, which I believe in passionately, and so I am stepping down with immediate effect.⟧”
Prime Minister Catherine Holloway replied that she was “⟦p:b|sorry to lose a talented colleague⟧” but that his decision was “⟦p:b|the right one⟧”.
“⟦d:b|You have done the honourable thing, and I know you will continue to serve your constituents with energy,⟧” she wrote.
Opposition parties said the resignation raised questions about who had known about the shareholding and when. A government source insisted: “⟦d:c|Nobody in Hartley House knew until yesterday afternoon. Full stop.⟧”

### 021
@a Morag Dewar | chair of the planning committee
@b Lorraine Tulloch | the campaigner
@c Greenhollow Homes | the developer
@d Alison Venn | -
Plans for 240 homes on the edge of Cullross have been approved despite fierce opposition from residents who say the town's roads and schools cannot cope.
Councillors on Fernshire Council's planning committee voted seven to four in favour after a meeting lasting more than four hours.
Cllr Morag Dewar, chair of the planning committee, said the council had "⟦p:a|no lawful grounds⟧" to refuse. "⟦d:a|I understand people's concerns. But we are bound by the planning rules, and the officers were clear,⟧" she said.
Cllr Alison Venn, who voted against, disagreed. "⟦d:d|We are always told our hands are tied. At some point somebody has to ask who tied them,⟧" she said.
Lorraine Tulloch, who organised a 2,000-signature petition against the scheme, wept as the result was read out.
"⟦d:b|The primary school already has children in portable classrooms. Where are another hundred kids going to go?⟧"
She said residents would consider a legal challenge. "⟦d:b|This isn't over,⟧" the campaigner said.
Greenhollow Homes, the developer, said the scheme included 72 affordable homes and £1.4m towards local schools. "⟦d:c|We will continue to listen to the community as the detailed plans are drawn up,⟧" it added.

### 022
@a Medicines Regulatory Agency | the regulator
@b Anneke de Vries | a neurologist at Hallbridge University who led the trial
@c Martin Fairlie | chief executive of the charity Memory Matters
@d Orvane Therapeutics | -
@e Gwen Harkness | -
A drug that slows the progress of early Alzheimer's disease has been approved for use, but is unlikely to be widely available on the health service because of its cost.
The Medicines Regulatory Agency said lecanabrine had shown "⟦p:a|a modest but meaningful benefit⟧" in clinical trials. "⟦d:a|The decision to approve was finely balanced, taking into account the risk of brain swelling in some patients,⟧" the regulator said.
Professor Anneke de Vries, a neurologist at Hallbridge University who led the trial, described the approval as "⟦p:b|a first step, not a cure⟧".
"⟦d:b|What we can offer is time. Perhaps six months, perhaps more, of being yourself for longer,⟧" she said. "⟦d:b|For many families that is worth a great deal.⟧"
Orvane Therapeutics, which makes the drug, said in a statement that it was "⟦p:d|committed to working with health systems on access⟧". It did not disclose a price.
Martin Fairlie, chief executive of the charity Memory Matters, said: "⟦d:c|Approval means nothing to a family if the drug sits on a shelf they can't reach.⟧"
Gwen Harkness, 68, who took part in the trial, said she had noticed "⟦p:e|no miracle⟧" but felt steadier. "⟦d:e|I still do the crossword. I still know my grandchildren's names. I'll take that,⟧" she said.

### 023
@b Nell Farraday | Actress
@c Channel Seven | the channel
@d Tommy Reilly-Burke | Fellow comedian
@e Kit Quayle | His son
Barney Quayle, the comedian best known for the sitcom "⟦s:-|Upstairs at the Crown⟧", has died at the age of 79.
His son, Kit Quayle, said in a statement on behalf of the family that his father had died peacefully at home in Wexcombe on Tuesday evening "⟦p:e|with a terrible joke on his lips⟧".
"⟦d:e|Dad made the whole country laugh for fifty years, but he saved the best material for us. We will miss him more than we can say,⟧" the statement said.
Actress Nell Farraday, who starred alongside him for eight series, wrote on Instagram: "⟦d:b|Barney taught me that the funniest line in any script is usually the one you cut. Goodbye, darling man.⟧"
Fellow comedian Tommy Reilly-Burke posted a photograph of the pair at an awards ceremony. "⟦d:d|He once told me, 'Never follow a dog act or a ventriloquist.' I never did,⟧" he wrote.
Channel Seven, which aired the show from 1984 to 1992, said it would broadcast a tribute evening on Saturday. "⟦d:c|Barney was part of the family here, and part of the family of everyone who watched him,⟧" the channel said.
Quayle was appointed OBE in 2008 for services to entertainment. He is survived by his wife, Patricia, and three children.

### 024
@b Marguerite Llosa | My coach
@c - | Your mother
Tobi Adewale-Hughes won 800m gold at the European Indoor Championships on Sunday, running 1:58.41 to become the first athlete from her club, Fernvale Harriers, to win a senior international title. She spoke to us the next morning.
Q: How did you sleep?
A: I didn't. I kept checking my phone to see if it was real.
Q: You were fifth at the bell. What was going through your head?
A: Honestly? My coach, Marguerite Llosa, always says "⟦d:b|the race starts at 600 metres, not before⟧", so I just kept telling myself that. I wasn't panicking. Well, a little bit.
Q: Your mother was in the stands.
A: She was the loudest person in the arena. She's been shouting "⟦d:c|Go on, Tobi!⟧" at me since I was nine, so it was nice for her to finally get a gold for it.
Q: What next?
A: Rest, then the outdoor season. Marguerite has already texted me the training plan. The message said "⟦d:b|Congratulations. Monday, 9am.⟧" That's her.

### 025
@a Rebecca Lisle | chief economist at Harbourside Building Society
@b Graham Tennant | the agent
@c Sophie Meikle | -
House prices rose by 0.8 per cent in October, the fastest monthly increase for nearly two years, according to Harbourside Building Society.
The average home now costs £271,400, the lender said. Prices in the north-east rose fastest, up 4.1 per cent on a year earlier.
"⟦d:a|Buyers are returning as mortgage rates ease, but we should be careful about reading too much into a single month,⟧" said Rebecca Lisle, chief economist at Harbourside Building Society.
Graham Tennant, who runs an estate agency in Lowther, said he had seen "⟦p:b|more viewings in the last six weeks than in the previous six months⟧".
"⟦d:b|Sellers who pulled their homes last year are putting them back on. Some of them are getting silly with their asking prices again,⟧" the agent said.
For first-time buyers the picture is less cheerful. Sophie Meikle, 29, has been saving for a deposit with her partner for four years.
"⟦d:c|Every time we get close, the goalposts move. We've now got enough for a flat we could have bought in 2019 with half the money,⟧" she said.
"⟦d:c|I'm not giving up. But I've stopped looking at property websites on my phone at night. It's bad for my health.⟧"

### 026
@a Lucy Abernethy | Sergeant
@b Westmarch Fire and Rescue Service | the service
@c Paul Grieve | a delivery driver who stopped to help
@d - | Another motorist who was stuck in the tailback for four hours
Three people have been taken to hospital, one with life-threatening injuries, after a crash involving a lorry and two cars on the Balmorran bypass.
The collision happened at about 6.15am on Tuesday in heavy rain. The road was closed in both directions for nine hours.
Westmarch Fire and Rescue Service said crews had used cutting equipment to free a woman from one of the cars. "⟦d:b|Crews worked in very difficult conditions for over an hour,⟧" the service said.
Paul Grieve, a delivery driver who stopped to help, said the scene was "⟦p:c|chaos⟧". "⟦d:c|There was glass everywhere and the lorry was across both lanes. I just held an umbrella over the lady until the fire brigade got there,⟧" he said. "⟦d:c|She kept asking about her dog.⟧"
Sergeant Lucy Abernethy said: "⟦d:a|Our thoughts are with those involved. We would ask anyone who saw a silver estate car on the bypass before the collision to contact us.⟧"
Another motorist who was stuck in the tailback for four hours said the road was "⟦p:d|a death trap in the wet⟧". "⟦d:d|Everyone round here knows it. Something has to be done about that bend,⟧" he told the Westmarch Courier.

### 027
@a Ravinder Sandhu | Chief Inspector
@b Maureen Tait | the 66-year-old
@c Siobhan Kerr | owner of the Elmfield Bakehouse
@d - | One resident
Police have arrested three teenagers in connection with a string of break-ins at shops in Elmfield, the latest of which saw thieves drive a stolen van through the front of a post office.
Chief Inspector Ravinder Sandhu said 11 businesses had been targeted since September. "⟦d:a|These are not victimless crimes. Small shops are the heart of a place like Elmfield,⟧" he said.
Maureen Tait, who has run the Corner Post Office in Elmfield for 31 years, arrived at 5am to find the van in her shop.
"⟦d:b|The van was sitting where the birthday cards used to be,⟧" the 66-year-old said. "⟦d:b|They took the cigarettes and the scratchcards and left a mess I'll be clearing for a month.⟧"
Siobhan Kerr, owner of the Elmfield Bakehouse, has been broken into twice. She said she had spent £3,000 on shutters.
"⟦d:c|I make bread. I didn't open a bakery to become a security expert,⟧" she said. Asked whether she had considered closing, she said: "⟦d:c|Every single day. And then I come in and somebody's nana wants a sponge.⟧"
One resident said she was relieved about the arrests but worried about what came next. "⟦d:d|Lock them up, they come out worse. Leave them, they do it again. I don't know the answer,⟧" she said.
Sandhu said the arrested boys, aged 15, 16 and 17, had been released on bail.

### 028
@a Rowan Feltham | Education Secretary
@b Deirdre Mulholland | general secretary of the National Teachers’ Union
@c Caroline Ekwueme | headteacher of Ferris Hill Primary in Southmead
@d Fiscal Policy Institute | the institute
Every primary school pupil in the country will get a free hot lunch from next September under plans announced by the government yesterday.
Education Secretary Rowan Feltham said the policy, which will cost an estimated £1.1bn a year, would “⟦p:a|change lives⟧”.
“⟦d:a|A hungry child cannot learn. It really is as simple as that,⟧” he told an audience of teachers in Southmead. “⟦d:a|This is not a handout. It is an investment in the next generation of workers.⟧”
Deirdre Mulholland, general secretary of the National Teachers’ Union, welcomed the announcement but warned that many schools lacked kitchens. “⟦d:b|Some of our schools are heating up food in a corridor. You cannot serve 400 hot meals from a microwave,⟧” she said.
Caroline Ekwueme, headteacher of Ferris Hill Primary in Southmead, said about a third of her pupils already qualified for free meals. “⟦d:c|The ones I worry about are the kids just above the line. Their parents are working and they still go without,⟧” she said.
The cost would be “⟦p:d|substantial but manageable⟧”, according to the Fiscal Policy Institute. “⟦d:d|The real question is what the government stops spending money on to pay for it,⟧” the institute said.

### 029
@a Janet | -
@b Mick | Her husband
@c Rivers Agency | the agency
@d Aaron Kilbride | -
The water came into Janet's kitchen at about two in the morning. By four it was at the top of the sofa.
"⟦d:a|You hear it before you see it. A sort of gurgle under the floorboards, and then it's just there,⟧" said Janet, 58, who did not want her surname published. She has lived on Riverside Terrace in Haddow for 30 years and has been flooded three times.
Her husband, Mick, stood in the doorway in waders, holding a bin bag of ruined photographs. "⟦d:b|Our wedding album's in there. You can't claim for that on the insurance,⟧" he said.
More than 80 homes in Haddow were flooded when the River Ashby burst its banks after 60mm of rain fell in 24 hours.
Across the street, Aaron Kilbride, 23, had spent the night carrying sandbags. "⟦d:d|Everyone just turned up. Nobody asked anyone,⟧" he said.
"⟦d:d|There was a woman of about ninety making tea for the firemen in her dressing gown. That's Haddow.⟧"
The Rivers Agency, which manages flood defences on the Ashby, said the new barrier at Haddow Bridge had "⟦p:c|performed as designed⟧" but had been overtopped by the sheer volume of water.
"⟦d:c|We know this will be of little comfort to those who have been flooded, and we will review what happened,⟧" the agency said.
Janet was not persuaded. "⟦d:a|They said that last time. And the time before,⟧" she said.

### 030
@a Northlight TV | the streaming service
@b Inês Carvalho | The show's creator
@c Raf Solano | the actor
@d - | One fan who signed it
Fans have launched a petition to save the fantasy series "⟦s:-|The Kestrel Crown⟧" after it was cancelled by Northlight TV, the streaming service, just two weeks after its second season ended on a cliffhanger.
Northlight said in a statement: "⟦d:a|We are incredibly proud of the show and grateful to its creative team. Unfortunately, viewing figures did not support a third season.⟧"
The show's creator, Inês Carvalho, responded on social media within the hour. "⟦d:b|To everyone who watched: thank you. To everyone who is asking how season two ends: so am I,⟧" she wrote.
In a second post, she added that she had "⟦p:b|four more seasons planned, in some detail⟧".
Raf Solano, who played the exiled prince Aldric, posted a video of himself packing his costume into a cardboard box. "⟦d:c|Aldric deserved better. So did you lot,⟧" the actor wrote.
The petition, titled "⟦s:-|Give Us the Crown⟧", had gathered more than 180,000 signatures by last night. One fan who signed it said: "⟦d:d|They spent two years building a world and then switched the lights off. I'm not paying for a service that does that.⟧"

### 031
@a Dafydd Rhys-Evans | Ospreyfield head coach
@b Brendan Kiely | the Carrickmore coach
@c Tom Ashdown | Ospreyfield captain
Carrickmore 19 Ospreyfield 22
A penalty from replacement fly-half Sione Tupou with two minutes left gave Ospreyfield their first win at Carrickmore in eleven years.
Ospreyfield head coach Dafydd Rhys-Evans admitted his side had ridden their luck. "⟦d:a|We were second best for an hour. But the lads kept turning up, and sometimes that's enough,⟧" he said.
Brendan Kiely, the Carrickmore coach, was left to rue two disallowed tries. "⟦d:b|I'm not going to moan about the referee. I'll moan about us,⟧" he said. "⟦d:b|We had them on the floor and we let them up.⟧"
He said Rhys-Evans's side deserved credit for their defence. Rhys-Evans returned the compliment.
"⟦d:a|Brendan's built something special there. They'll beat plenty of teams this season.⟧"
Ospreyfield captain Tom Ashdown said Tupou, 20, had asked to take the kick. "⟦d:c|He walked up and said, 'Give it to me.' Twenty years old. Ice in his veins,⟧" he said.

### 032
@a Patricia Vance | Committee chair
@b Richard Stallard | chief executive of Tessmoor Water
@c Kwame Asante-Boateng | Progressive MP
@d Tessmoor Water | The company
The head of Tessmoor Water was told he was "⟦p:a|living on another planet⟧" by the chair of a parliamentary committee yesterday after defending a £1.3m bonus paid in a year when the company discharged raw sewage into rivers more than 9,000 times.
Richard Stallard, chief executive of Tessmoor Water, told the environment committee the bonus reflected "⟦p:b|performance across a range of measures⟧".
"⟦d:a|Which of those measures involved keeping sewage out of the River Tess?⟧" asked Committee chair Dame Patricia Vance.
"⟦d:b|We have invested record amounts in our network—⟧"
"⟦d:a|That isn't what I asked.⟧"
"⟦d:b|With respect, it is part of the answer.⟧"
"⟦d:a|With respect, Mr Stallard, it isn't.⟧"
Progressive MP Kwame Asante-Boateng asked whether Stallard would swim in the river. He replied: "⟦d:b|I have, actually. Last summer, with my children.⟧"
"⟦d:c|Did any of you need a doctor afterwards?⟧" Asante-Boateng asked, to laughter.
The company later said in a statement that Stallard had been "⟦p:d|answering in good faith⟧" and that its investment plan was "⟦p:d|the largest in its history⟧".

### 033
@a Kezia | -
@b Omar Farouk | a consultant psychiatrist who works with young adults in Brennock
@c Lorna | Her mother
@d Nadia Sayeed | -
Kezia was 17 when she first asked for help. She was 19 by the time she saw a specialist.
“⟦d:a|In between, I was just on a list. You ring up and they tell you you’re on the list. I used to imagine the list as an actual piece of paper in someone’s drawer,⟧” she said.
Kezia, who lives in Brennock, is one of more than 12,000 young people waiting for community mental health treatment in the region, according to figures obtained by this newspaper.
Her mother, Lorna, said she had taken her daughter to A&E twice. “⟦d:c|Both times they were kind. Both times we were sent home with a leaflet,⟧” she said.
Dr Omar Farouk, a consultant psychiatrist who works with young adults in Brennock, said services had not kept pace with demand.
“⟦d:b|We’re seeing young people who are much more unwell by the time they reach us, because the wait itself makes things worse,⟧” he said. “⟦d:b|Early help is cheaper and kinder. We know this.⟧”
Nadia Sayeed, who founded the charity Open Door Youth after her brother’s death in 2016, said: “⟦d:d|Every young person on that list has a family that is frightened. We have to stop treating it as a queue and start treating it as an emergency.⟧”
Kezia is now doing better, she said, and has started a college course in graphic design. “⟦d:a|I’m still here. I want people on the list to know that’s possible.⟧”

### 034
@a Alejandro Ruiz Castaño | leader of the dockers' union Estibadores Unidos
@b Port of Vallemar Authority | the authority
@c Ingrid Salvesen | head of European operations at the shipping line Nordvik
@d Lucía Ferrer Olmedo | Economy Minister
Dockworkers at the port of Vallemar walked out for 24 hours on Thursday, leaving more than 30 container ships waiting offshore.
Alejandro Ruiz Castaño, leader of the dockers' union Estibadores Unidos, addressed strikers at the port gates. "⟦d:a|No vamos a aceptar que una máquina nos quite el pan,⟧" he said. "⟦d:a|We will not accept a machine taking the bread from our mouths.⟧"
The dispute centres on plans to automate two of the port's five terminals, which the union says would cost 1,200 jobs.
The Port of Vallemar Authority said automation was "⟦p:b|essential to remain competitive⟧" and that no worker would be made compulsorily redundant. "⟦d:b|We have offered guarantees in writing,⟧" the authority said.
Ingrid Salvesen, head of European operations at the shipping line Nordvik, said some vessels would be diverted. "⟦d:c|Every day of delay costs us about half a million euros. We have customers waiting for goods for Christmas,⟧" she said.
Economy Minister Lucía Ferrer Olmedo called for mediation. "⟦d:d|Nobody wins a war at the docks,⟧" she told reporters in the capital.

### 035
@a Brightwell Energy | one of the country's largest gas and electricity suppliers
@b A.J. Menon | a cybersecurity researcher at Castlegate University
@c Stephen Orr | a Brightwell customer from Ardvane
@d Data Protection Office | the regulator
The personal details of about 2.3 million customers of Brightwell Energy may have been stolen in a cyber attack, the company has admitted.
Brightwell Energy, one of the country's largest gas and electricity suppliers, said names, addresses and email addresses had been accessed, but not bank details or passwords.
"⟦d:a|We sincerely apologise. We are contacting every affected customer directly and have brought in specialist investigators,⟧" the company said.
Dr A.J. Menon, a cybersecurity researcher at Castlegate University, warned customers to be wary of emails that appeared to come from the firm.
"⟦d:b|The stolen data itself is not the main danger. The danger is what criminals do with it next: convincing phishing messages that quote your real address and account,⟧" he said.
Stephen Orr, a Brightwell customer from Ardvane, received an email about the breach on Monday night. "⟦d:c|First I thought the email was the scam. That tells you something,⟧" he said.
The Data Protection Office said it had been notified and was making enquiries. "⟦d:d|Organisations that hold personal data have a duty to protect it,⟧" the regulator said.

### 036
@a Hamid Zarei | a sleep specialist at the Royal Kingsbridge Hospital who led the study
@b Mei-Ling Chow | a co-author of the study
@c Richard du Plessis | -
Adults who sleep fewer than six hours a night are 30 per cent more likely to develop type 2 diabetes, according to a study of more than 40,000 people published in the journal "⟦s:-|Metabolic Health⟧".
The researchers tracked participants for 11 years. Dr Hamid Zarei FRCP, a sleep specialist at the Royal Kingsbridge Hospital who led the study, said the link held even after accounting for diet and weight.
"⟦d:a|Sleep is not a luxury. It's as important to your metabolism as what's on your plate,⟧" he said.
Dr Mei-Ling Chow, a co-author of the study, said shift workers were particularly at risk. "⟦d:b|People working nights are doing something our bodies were simply not designed for,⟧" she said. "⟦d:b|Employers need to take that seriously.⟧"
Professor Richard du Plessis, of the University of Tamsworth, who was not involved in the research, said the study was "⟦p:c|large and well designed⟧" but could not prove cause and effect.
"⟦d:c|It may be that people who are already unwell sleep badly, rather than the other way round,⟧" he said.

### 037
@a Tobias Lindqvist | Mayor
@b Enid Proudfoot | the great-grandmother
@c Shona Baird | director of the Westbridge Tram project
@d Priya Chaudhry | -
The first passenger tram in Westbridge for 67 years left Central Square at 6.02am yesterday, eight months late and £46m over budget.
Mayor Tobias Lindqvist, who rode in the driver's cab, said the delays would be forgotten ``⟦p:a|within a fortnight⟧''.
``⟦d:a|Cities that build things get grumbled at. Cities that don't build things get forgotten,⟧'' he said.
Enid Proudfoot, 84, was among the first on board. She remembers the old trams being taken off the streets in 1958.
``⟦d:b|My father drove the number 7. I used to sit on his knee at the depot,⟧'' the great-grandmother said. ``⟦d:b|He'd have loved this. He'd have complained about the seats, mind.⟧''
Shona Baird, director of the Westbridge Tram project, admitted the roadworks had been ``⟦p:c|a nightmare for businesses⟧''. ``⟦d:c|We owe a lot of people an apology and a thank-you,⟧'' she said.
One of them is Priya Chaudhry, who owns a café on Marlow Street. For two years the road outside was closed. ``⟦d:d|I lost about a third of my trade. I'm still here, but only just,⟧'' she said. Then she smiled: ``⟦d:d|Now I've got a tram stop outside the door. Ask me again in a year.⟧''

### 038
@a Ciarán Mac Lochlainn | jockey
@b Harriet Soames-Whitby | Trainer
@c Bernadette Quill | a retired schoolteacher who bought him at a sale in 2017
Paddy’s Folly, a 33-1 outsider bought for £4,000 as a yearling, won the Eastmoor Gold Cup by a neck on Saturday.
Ridden by jockey Ciarán Mac Lochlainn, the eight-year-old came from last place at the final fence to overhaul the favourite, Silver Tempest.
“⟦d:a|I was only hoping to get round, to be honest. Then at the last he just picked up and flew,⟧” said Mac Lochlainn, who was riding in his first Gold Cup.
Trainer Harriet Soames-Whitby, who has only 14 horses in her yard, wept in the winner’s enclosure. “⟦d:b|Small yards aren’t supposed to win races like this. Today we did,⟧” she said.
Bernadette Quill, a retired schoolteacher who bought him at a sale in 2017, said she had put £20 on him each way. “⟦d:c|My sister told me I was mad. My sister is buying dinner tonight,⟧” she said.
Asked about his plans, Mac Lochlainn said he had no intention of slowing down. “⟦d:a|I’ll ride anything, anywhere. I always have,⟧” the 24-year-old said.

### 039
@a Adaeze Okafor | the judge
@b Marisol Quenby | Singer
@c Daily Courant | the paper
@d Anton Gröning | her solicitor
Singer Marisol Quenby has won her privacy case against the Daily Courant over articles that revealed details of her treatment for an eating disorder.
In a judgment handed down at the High Court yesterday, the judge, Mrs Justice Adaeze Okafor, said the articles had been "⟦p:a|a grave and entirely unjustified intrusion⟧".
"⟦d:a|The fact that the claimant is famous does not make her medical history public property. There was no public interest in its publication, and the newspaper's claims to the contrary do not withstand scrutiny,⟧" she wrote.
Quenby, whose album "⟦s:-|Glasshouse⟧" won two national music awards last year, was awarded £85,000 in damages.
Outside court, her solicitor, Anton Gröning, read a statement on her behalf. "⟦d:b|I have spoken openly about my illness on my own terms. What I will not accept is having it sold by others,⟧" it said.
"⟦d:d|Today's judgment sends a clear message to the press,⟧" Gröning added.
The Daily Courant said it was "⟦p:c|disappointed⟧" and would consider an appeal. "⟦d:c|We stand by our journalism,⟧" the paper said.

### 040
@a Amélie Rousseau-Brandt | The foreign minister of Aurelle
@b Gideon Mallory | Foreign Secretary
@c - | A diplomat from Aurelle
@r - | one reporter
The foreign minister of Aurelle, Amélie Rousseau-Brandt, arrived in the capital yesterday for two days of talks expected to focus on fishing rights and a long-delayed trade agreement.
Speaking through an interpreter at a joint press conference, she said the two countries were «⟦p:a|neighbours who have argued like family and must now work like partners⟧».
«⟦d:a|We did not come here to sign a piece of paper for the cameras. We came to solve problems for fishermen on both sides of the water,⟧» she said.
Foreign Secretary Gideon Mallory said he was «⟦p:b|optimistic but realistic⟧». «⟦d:b|There are still difficult questions on quotas. I would be lying if I told you otherwise,⟧» he said.
«⟦d:r|Will you sign before Christmas?⟧» one reporter asked.
Rousseau-Brandt smiled and answered in French: «⟦d:a|Je l'espère. Mais je ne promets rien.⟧» Then, in English: «⟦d:a|I hope so. But I promise nothing.⟧»
A diplomat from Aurelle, speaking on condition of anonymity, said the talks had been «⟦p:c|friendlier than expected⟧» behind closed doors.

### 041
@a Ewan Drysdale | the headteacher
@b Highmoor Council | the council
@c Fraser Mowat | -
@d Claire Lindsay | a mother of two from Glenmuir
More than 120 schools were closed across the north yesterday after up to 30cm of snow fell overnight, with more forecast for the weekend.
Highmoor Council said it had 40 gritters out on the roads from 3am. "⟦d:b|Our crews are working around the clock, but we would ask drivers to travel only if absolutely necessary,⟧" the council said.
At Glenmuir High School the headteacher, Ewan Drysdale, announced the closure in a post on the school's Facebook page just after 6am.
"⟦d:a|Good morning all. The school is closed today. The buses can't get up the brae and neither can I. Please stay safe, and no, this is not an excuse to skip your maths homework,⟧" he wrote.
Claire Lindsay, a mother of two from Glenmuir, said the closure had left her scrambling for childcare. "⟦d:d|I work in a care home. The residents still need their breakfast, snow or no snow,⟧" she said.
Fraser Mowat has been driving a gritter for the council for 22 years. He said this was the heaviest fall he could remember since 2010.
"⟦d:c|You get the main roads done and by the time you come back round they're white again. It's like bailing out a boat with a teaspoon,⟧" he said.

### 042
@a Education Inspectorate | the inspectorate
@b Mariam Qureshi | Chief Inspector of Schools
@c Paul Devereux | Schools minister
@d Lettie Armitage | founder of the reading charity Open Book
One in five children leaves primary school unable to read well enough to cope with secondary lessons, according to a report published by the Education Inspectorate today.
The inspectorate visited 310 primary schools over 18 months. In its report, it wrote that too many pupils were “⟦p:a|falling through the cracks in the early years⟧” and that the teaching of phonics was “⟦p:a|inconsistent and in some schools simply absent⟧”.
“⟦d:a|The difference between the best and the weakest schools is not explained by the children they serve. It is explained by what they do,⟧” the inspectorate wrote.
Chief Inspector of Schools Dr Mariam Qureshi said: “⟦d:b|Reading is the key that opens every other door. If a child can’t read at eleven, we have failed that child, not the other way round.⟧”
Schools minister Paul Devereux said the government would “⟦p:c|study the report carefully⟧”. “⟦d:c|We have already put £30m into reading programmes and I expect to see results,⟧” he said.
Lettie Armitage, founder of the reading charity Open Book, said she was not surprised. “⟦d:d|Our volunteers go into schools every week. They see twelve-year-olds sounding out words like ‘because’,⟧” she said.

### 043
@a Bilal Rashid | -
@b Gillian | -
@c Neville Ampofo | president of the Kirkhaven Chamber of Commerce
On Kirk Street in Kirkhaven, every third shop is empty. Bilal Rashid can see four of them from his barber's chair.
Bilal, 38, opened the Fade Room in 2020, "⟦p:a|in the middle of a pandemic, like an idiot⟧", as he puts it.
"⟦d:a|Everyone said I was mad. But people still need haircuts. You can't get a skin fade off the internet,⟧" he said.
Next door, Gillian has run the wool shop for 25 years. She asked that her surname not be used.
"⟦d:b|When I started there was a butcher, two bakers, a shoe shop and a bank. Now there's me, Bilal and the bookies,⟧" she said.
Her rent has gone up, her business rates have gone up, and her customers, she said, "⟦p:b|are dying off, God love them⟧".
Neville Ampofo, president of the Kirkhaven Chamber of Commerce, said the council needed to cut parking charges. "⟦d:c|If it costs four pounds to park for an hour, people will drive to the retail park where it's free. It's not complicated,⟧" he said.
Bilal is more hopeful than most. "⟦d:a|Young people want something real. They want a place where somebody knows their name. That's what a high street is,⟧" he said.
Gillian laughed when she heard that. "⟦d:b|He's young. Give him time,⟧" she said.

### 044
@a Sarah Bellingham | -
@b Kieran Fell | -
@d Howard Lim | Judge
A man stabbed his former business partner 14 times after a row over money and then went to a pub to watch football, a jury heard yesterday.
Kieran Fell, 31, denies murdering Anthony Sowerby, 44, at a unit on the Hollybank industrial estate in Marrick on 3 May.
Opening the prosecution case at Marrick Crown Court, Sarah Bellingham KC told jurors:
"⟦d:a:m|This was not a fight that got out of hand. Mr Sowerby was unarmed. He had defensive wounds on both hands.⟧
"⟦d:a:m|You will hear that, in the weeks before his death, the two men had fallen out badly over £60,000 that Mr Sowerby believed he was owed.⟧
"⟦d:a|And you will hear that, an hour after Mr Sowerby died, the defendant was in the Red Lion ordering a pint of lager.⟧"
She told the jury that Fell had sent Mr Sowerby a text message two days before the killing which read: "⟦d:b|You'll regret this. Count on it.⟧"
Ms Bellingham said Fell's DNA had been found on a knife recovered from a drain near the unit.
Judge Howard Lim reminded jurors to avoid any reporting of the case online. "⟦d:d|You must decide this case on the evidence you hear in this room, and nothing else,⟧" he said.
The trial, expected to last three weeks, continues.

### 045
@a Maisie Dunwoody | the 17-year-old
@b Chloe Bannerman | the defending champion
@c Stephen Ogilvie | Her coach
@d Colin | her father
Maisie Dunwoody broke the national 200m butterfly record on the final night of the national swimming championships at Larchfield, touching in 2min 07.14sec.
The time beat the record set by Chloe Bannerman, the defending champion, by 0.31sec, and secures Dunwoody a place at next summer's world championships.
"⟦d:a|I looked up at the board and thought it was someone else's time,⟧" said the 17-year-old, who trains at Larchfield Dolphins. "⟦d:a|I've been dreaming about that number since I was twelve.⟧"
Bannerman, who finished second, was generous in defeat. "⟦d:b|She's the real deal. I said to her in the warm-down, 'Enjoy this, you've earned it,'⟧" she said.
Her coach, Stephen Ogilvie, said Dunwoody had been training at 5am six days a week "⟦p:c|without a single complaint⟧". "⟦d:c|Well, maybe one complaint. About the water temperature,⟧" he added.
In the stands, her father, Colin, was in tears. "⟦d:d|I've driven that girl to the pool about four thousand times. Worth every mile,⟧" he said.

### 046
@a Gemma Stroud | a paramedic with 15 years' service
@b Olumide Bankole | Its chief executive
@c - | A senior manager who spoke on condition of anonymity
@d Irene Watt | -
Patients with suspected heart attacks and strokes in the southern counties waited an average of 58 minutes for an ambulance last month, more than three times the 18-minute target.
Irene Watt's husband, Donald, 87, lay on their kitchen floor for nine hours after a fall in January.
"⟦d:d|I rang four times. Each time they were lovely, and each time they said they were doing their best. I believe them. But he was on that floor all night,⟧" she said.
Gemma Stroud, a paramedic with 15 years' service, said crews were spending whole shifts queuing outside hospitals.
"⟦d:a|Last Tuesday I did one job in twelve hours. One. The rest of the time I was in a car park looking after a patient who should have been on a ward,⟧" she said.
The Southern Counties Ambulance Service said demand had risen 9 per cent on last year. Its chief executive, Olumide Bankole, said: "⟦d:b|Our staff are doing extraordinary work in impossible circumstances. The delays are a symptom of pressure right across the health system.⟧"
A senior manager who spoke on condition of anonymity was blunter. "⟦d:c|We are running a waiting room on wheels,⟧" he said.

### 047
@a Westsound Ferries | the operator
@b Catriona MacInnes | -
@c Donald John MacLeod | -
@d Ruairidh Beaton | Islands Minister
Islanders on Eilean Mòr have been without a ferry for 11 days after the only vessel serving the route broke down for the third time this year.
Westsound Ferries said the MV Corran had a gearbox fault and would not return to service until at least the end of next week. "⟦d:a|We understand how frustrating this is for the community and are exploring every option for a replacement vessel,⟧" the operator said.
Catriona MacInnes, who runs the island's only shop, said she had not had a fresh food delivery since the sailings stopped.
"⟦d:b|Tha sinn sgìth,⟧" she said in Gaelic. "⟦d:b|We are tired. We are tired of being told we matter and then being treated like we don't.⟧"
Cllr Donald John MacLeod, who represents the islands on the council, said a school trip and two hospital appointments had been cancelled. "⟦d:c|If this happened on a commuter line into the city there would be a government statement by lunchtime,⟧" he said.
Islands Minister Ruairidh Beaton said he had asked officials for "⟦p:d|urgent solutions⟧". "⟦d:d|I share the islanders' anger, and I will be visiting next week,⟧" he said.
MacInnes said she would believe it when she saw it. "⟦d:b|He'll need a boat to get here,⟧" she said.

### 048
@a Obiageli Nwosu-Hart | a former midwife
@b Imogen Fairweather | the broadcaster
@c Tamsin Holt | Her publisher
A debut novel about three generations of women running a roadside restaurant has won the £50,000 Marlowe Prize for Fiction.
``⟦s:-|The Salt Kitchen⟧'', by Obiageli Nwosu-Hart, a former midwife, beat five other shortlisted books including the bestseller ``⟦s:-|Winter in Arcady⟧''.
Imogen Fairweather, who chaired the judging panel, said the decision had been unanimous. ``⟦d:b|It is funny, it is furious and it is full of food. We argued about everything else, but never about this,⟧'' the broadcaster said.
Nwosu-Hart, 52, began writing the book on night shifts. ``⟦d:a|I wrote most of it on the back of maternity forms between three and five in the morning. Babies come when they want. Sentences are the same,⟧'' she said.
Asked what she would do with the prize money, she said: ``⟦d:a|Fix my roof. Then write another book under it.⟧''
Her publisher, Tamsin Holt, said the novel had sold just 2,000 copies before it was shortlisted. ``⟦d:c|By Monday that number will look very different,⟧'' she predicted.

### 049
@a Rhona Keir | research director at Meridian Research
@b Callum Dey | A spokesman for National Reform
@c Yasmin Abboud | Progressive Party chair
@d - | One minister
The governing National Reform party has fallen to its lowest level of support in more than a decade, according to a poll published today.
The Meridian Research survey of 2,041 adults puts National Reform on 24 per cent, nine points behind the Progressive Party on 33.
"⟦d:a|This is no longer a blip. The government has been behind for eighteen consecutive polls and the gap is widening among older voters, which should worry them most,⟧" said Rhona Keir, research director at Meridian Research.
A spokesman for National Reform, Callum Dey, said: "⟦d:b|The only poll that matters is the one on election day. We are focused on delivering for people, not on headlines.⟧"
Progressive Party chair Yasmin Abboud said the party was "⟦p:c|taking nothing for granted⟧". "⟦d:c|We've been ahead before and lost. Nobody in this party has forgotten that,⟧" she said.
One minister was more candid. "⟦d:d|People have stopped listening to us. That's the honest truth,⟧" the minister said privately.

### 050
@a Aldervale Water | the company
@b Ewan Prosser | an arable farmer near Stowbury
@c Felicity Oakes | a hydrologist at the River Trust
A hosepipe ban will come into force for 1.8 million customers across the Aldervale region from Friday after the driest spring in 60 years.
Aldervale Water said reservoir levels had fallen to 54 per cent, compared with 79 per cent at this time last year. "⟦d:a|We do not take this decision lightly, but it is necessary to protect supplies for essential use through the summer,⟧" the company said.
Anyone caught breaking the ban faces a fine of up to £1,000.
Ewan Prosser, an arable farmer near Stowbury, said his wheat was "⟦p:b|two weeks from disaster⟧". "⟦d:b|I've farmed here for thirty years and I've never seen the ground like it. You could lose a set of keys in the cracks,⟧" he said.
Dr Felicity Oakes, a hydrologist at the River Trust, said the company should do more about leaks before restricting customers. "⟦d:c|Aldervale loses nearly a fifth of its water through leaking pipes every day. Asking people not to fill a paddling pool while that is happening is hard to defend,⟧" she said.
The company said it had cut leakage by 12 per cent in five years and was "⟦p:a|on track⟧" to meet its targets.

### 051
@a Darren Halvorsen | -
@b Luke Pennington | the youngster
Darren Halvorsen, known to darts fans as "⟦s:-|The Viking⟧", won the Grand Slam of Darts in Brackley on Sunday night, beating Luke Pennington 16-13 in a tense final.
Halvorsen, 44, hit a nine-dart finish in the 11th leg, the first in a final of the tournament for six years.
"⟦d:a|When the second treble twenty went in I thought, don't look at the crowd, don't look at the crowd. Then I looked at the crowd,⟧" he said.
Pennington, who is 21, had led 11-9. "⟦d:b|I had my chances. He just didn't miss when it mattered,⟧" the youngster said. "⟦d:b|I'll be back next year and I'll be better.⟧"
Halvorsen said he would spend some of the £150,000 prize on "⟦p:a|a very big party and a very small boat⟧".
Asked about his opponent, he said: "⟦d:a|The lad's going to win this one day. Just not yet.⟧"

### 052
@a Joanne Akintola | Detective Superintendent
@b Anita Bhardwaj | his sister
@c Bryn Howells | team leader of the Craigmoor Mountain Rescue Team
A 71-year-old walker missing for three days in the Craigmoor hills has been found alive, police said.
Vikram Bhardwaj, from Ellerby, was found by a search dog in a gully below Carn Dubh at about 11am on Wednesday. He was cold and dehydrated but conscious.
"⟦d:b|We had started to prepare ourselves for the worst. When the phone rang I couldn't speak,⟧" his sister, Anita Bhardwaj, said. "⟦d:b|He's already asking when he can go back up.⟧"
Bryn Howells, team leader of the Craigmoor Mountain Rescue Team, said the dog, a four-year-old collie called Moss, had picked up a scent "⟦p:c|in an area we had already searched twice⟧".
"⟦d:c|Moss is the hero here. She's getting an extra sausage tonight,⟧" he said.
Detective Superintendent Joanne Akintola thanked more than 80 volunteers. "⟦d:a|This is the outcome everyone hoped for, and it is down to extraordinary effort in very hard conditions,⟧" she said.

### 053
@a Tendai | -
@b Rutendo | Her daughter
@c Alan Pritchard | her personal tutor
Tendai left school at 15 to look after her younger brothers. Yesterday, at 47, she walked across the stage at Harrowgate Hall in a black gown to collect a first-class degree in nursing.
“⟦d:a|I kept thinking somebody was going to tap me on the shoulder and say there had been a mistake,⟧” she said afterwards, still holding the scroll.
She studied part-time for six years while working as a healthcare assistant at Pennhallow Infirmary, often writing essays on the bus.
Her daughter, Rutendo, 22, graduated from the same university two years ago. “⟦d:b|She used to help me with my revision. Then I started helping her with hers. It’s been funny watching it go the other way round,⟧” she said.
Dr Alan Pritchard, her personal tutor, said Tendai had been “⟦p:c|the kind of student you remember for the rest of your career⟧”.
“⟦d:c|She handed in an essay on palliative care that made me cry on a train,⟧” he said.
Tendai starts as a staff nurse on the infirmary’s cancer ward next month. “⟦d:a|My mother always said, ‘Learning is the one thing nobody can take from you.’ She was right,⟧” she said.

### 054
@a Fergus Delaney | The city's mayor
@b Aoife Brannock | the festival's director
@c - | A police spokesman
@d Ruby | -
More than 60,000 people lined the streets of Dunmallow yesterday for the city's first spring parade in five years.
Floats ranged from a giant papier-mâché salmon to a brass band on the back of a milk lorry. Children waved flags reading "⟦s:-|Dunmallow Abú⟧" and the crowd chanted "⟦s:-|Salmon! Salmon!⟧" as the biggest float passed the town hall.
Aoife Brannock, the festival's director, said the event had taken eight months to organise. "⟦d:b|We had three hundred volunteers and one very patient insurance broker,⟧" she said.
The city's mayor, Fergus Delaney, said: "⟦d:a|This is what Dunmallow looks like when it's happy. We should do it more often.⟧"
Ruby, 8, watched from her father's shoulders. "⟦d:d|The salmon was the best. I want to live in it,⟧" she said.
A police spokesman said the day had passed off "⟦p:c|without any significant incidents⟧", with two arrests for minor public order offences.

### 055
@a Rashid Qadri | Thornbury captain
@b Josh Pemberton-Clark | the left-hander
@c Nigel Ashby | Fenwick coach
Fenwick 287 (49.2 overs) lost to Thornbury 291-4 (47.1 overs) by six wickets
Josh Pemberton-Clark hit an unbeaten 134 as Thornbury chased down 288 with nearly three overs to spare to reach the final of the One-Day Cup.
The 26-year-old, who was dropped twice before reaching 30, hit six sixes and shared a stand of 173 with his captain.
"⟦d:b|I rode my luck early on. After that it was one of those days where the ball looks like a football,⟧" the left-hander said.
Thornbury captain Rashid Qadri, who made 71, said Pemberton-Clark had been "⟦p:a|unplayable⟧". "⟦d:a|I just ran when he told me to run. Best seat in the house,⟧" he said.
Fenwick coach Nigel Ashby blamed his side's fielding. "⟦d:c|You can't drop a player like Josh twice and expect to win. We were sloppy and we paid for it,⟧" he said.

### 056
@a Rocco Santangelo | the television chef
@b Delphine Arnaud-Koh | His business partner
@c - | one journalist
@d Jemima Fawkes | Restaurant critic
Rocco Santangelo, the television chef, has opened his first restaurant outside the capital, a 40-seat trattoria in a former fire station in Wexcombe.
"⟦d:a|In cucina non si mente,⟧" he told guests on the opening night, tapping the pass. "⟦d:a|In the kitchen, you cannot lie. Either the pasta is right or it isn't.⟧"
Santangelo, whose series "⟦s:-|Rocco's Sunday Table⟧" drew four million viewers at its peak, said he had chosen Wexcombe because his grandmother ran a café there in the 1960s.
His business partner, Delphine Arnaud-Koh, said the restaurant was fully booked for the next three months. "⟦d:b|We thought we'd be nervous about filling the tables. Now we're nervous about the waiting list,⟧" she said.
"⟦d:c|Is it true the menu has no prices?⟧" one journalist asked.
"⟦d:a|It has prices. They are just very small, so people don't faint,⟧" Santangelo replied.
Restaurant critic Jemima Fawkes, who attended the opening, was impressed. "⟦d:d|The tagliatelle alone is worth the train fare,⟧" she wrote in her column the next day.

### 057
@a Zainab Hollis | one of the organisers
@b Keith Morrow | Superintendent
@d Eastmarch Health Board | the board
@e - | One marcher
Several thousand people marched through Ferrisburgh on Saturday to protest against plans to close the maternity unit at the town's hospital.
Banners reading "⟦s:-|Born in Ferrisburgh⟧" and "⟦s:-|Don't Make Mums Travel⟧" were carried from the bus station to the steps of the health board's headquarters, where marchers chanted "⟦s:-|Save our unit!⟧".
Zainab Hollis, one of the organisers, told the crowd: "⟦d:a|They say it's about safety. Ask the woman in labour on a single-track road in February how safe she feels.⟧"
Under the plans, expectant mothers would travel 38 miles to Kingsmere General to give birth.
One marcher, pushing a pram with her three-week-old son, said she had been born in the unit herself. "⟦d:e|So was my mum. So was he. It's not just a building,⟧" she said.
Eastmarch Health Board said the unit had struggled to recruit midwives and had been forced to close temporarily 19 times last year. "⟦d:d|No decision has been made and we will listen carefully to the public consultation,⟧" the board said.
Superintendent Keith Morrow said the march had been "⟦p:b|entirely peaceful and good-humoured⟧".
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh43.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh43",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
