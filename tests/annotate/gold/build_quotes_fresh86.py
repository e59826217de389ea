# ruff: noqa: E501
"""Build ``quotes_fresh86.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written
in the manner of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh86-NNN``.

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
  it: the appositive is the description. A title before the name alone
  (``Governor``, ``Trevissick manager``, ``Head coach``, ``Prefectural Governor``) is
  the description; so is a descriptive label before the name (``TV chef``,
  ``budget airline``, ``operator``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 19-year-old``,
  ``the 38-year-old director``), that description is taken; an appositive given only
  at the cue (``said Flanagan, a nurse``) is taken too. An age on its own (``Ivy,
  nine``) is not a description.
* A non-restrictive relative clause (set off by a comma) after an appositive is not
  part of the description; a restrictive one is.
* Court-report role labels after a name (``Sunita Rao-Kellett, prosecuting``) are the
  description.
* A partial quote whose author is unidentified where it appears but identified later
  in the same passage (``described by a rival as …``, a critic's phrase in a tabloid
  lead) is attributed to that person. Words of a party quoted inside someone else's
  written judgment (``the company's argument that it was "merely a noticeboard"``)
  belong to the party whose words they are.
* Habitual sayings (``he liked to say``, ``greeting every customer with``) and words
  the deceased said in earlier interviews, quoted in an obituary, are ``direct`` by
  that person.
* Unidentified critics and reviewers who are described (``a critic in a music
  weekly``, ``one early reviewer``) have a null speaker and that description.
* A translation paraphrased in the reporter's own words (``meaning her campaign
  would not …``) is not a quote; a quoted fragment of a translation is ``partial`` by
  the original speaker. A foreign word's gloss given as a phrase (``which means "under
  the clock"``) is ``scare``.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.
* In a Q&A transcript, words the interviewee quotes from someone else inside an answer
  belong to that person (``My grandmother told me, "…"``), described as written.
* A single shout by an identified individual in a crowd (``One resident shouted
  "Shame!"``) is ``direct``; a chant is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh86.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh86.jsonl")

PASSAGES = """
### 001
@a Henrike Vallberg | chief economist at Osterby Sparbank
@b Daniel Okafor-Reyes | head of rates strategy at Castellane Securities
@c Ossian Lindqvist | Governor
@d - | one currency trader in Valdhaven
VALDHAVEN, June 6 (AWN) - The Vestmark krone slid to a six-month low on Friday after the Riksfond, the country's central bank, unexpectedly left its main rate at 3.25% and signalled it was in no hurry to tighten further, even with inflation running well above target.
"⟦d:c|We see the current price pressures as largely temporary, driven by energy and by a weak currency that we expect to recover,⟧" Governor Ossian Lindqvist told reporters in Valdhaven. "⟦d:c|Raising rates into a slowing economy would be the wrong medicine.⟧"
Markets had priced in roughly a 70% chance of a quarter-point increase. The krone fell as much as 1.4% against the euro within minutes of the announcement, and two-year government bond yields dropped 18 basis points, their biggest one-day fall since March.
"⟦d:b|This was a genuine surprise, and not a pleasant one for anyone who was long the krone,⟧" said Daniel Okafor-Reyes, head of rates strategy at Castellane Securities. "⟦d:b|The bank is betting that inflation will come down on its own. If it's wrong, it will have to move much harder later.⟧"
Henrike Vallberg, chief economist at Osterby Sparbank, said the decision looked "⟦p:a|politically convenient⟧" ahead of September's election but was defensible on the numbers.
"⟦d:a|Underlying inflation has been falling for four months. The headline figure is flattered by electricity prices, and those are turning,⟧" she said.
Lindqvist rejected suggestions that the bank had bowed to government pressure. "⟦d:c|Nobody in the finance ministry has called me about interest rates, and if they did I would not take the call,⟧" he said, to laughter.
One currency trader in Valdhaven was less forgiving. "⟦d:d|They've told the market they'll tolerate a weaker krone. The market heard them,⟧" the trader said, asking not to be named because he was not authorised to speak to the media.

### 002
@a Mireille Sandoval-Hart | chief executive
@b Tobias Kettering | the finance director
@c Rana El-Masri | an analyst at Pell & Drury
@d Grafton Heale | the company
Grafton Heale, the builders’ merchant, said first-half profits fell by almost a third as a slump in home improvement spending hit sales of everything from timber to bathroom suites, sending its shares down 11 per cent.
Pre-tax profit fell to £41.2m in the six months to June from £60.5m a year earlier, on revenue down 7 per cent at £812m. The company cut its interim dividend and said it would close 14 of its 390 branches.
“⟦d:a|The market is as tough as I have seen it in twenty years,⟧” said Mireille Sandoval-Hart, chief executive. “⟦d:a|People are still fixing leaking roofs. What they are not doing is knocking through the kitchen.⟧”
Sandoval-Hart said the closures would affect about 200 jobs, and that the company would try to offer staff roles at nearby branches. “⟦d:a|These are not decisions we take lightly. Some of those branches have been open since the 1970s,⟧” she said.
On a call with analysts, Rana El-Masri, an analyst at Pell & Drury, asked whether the company was “⟦p:c|cutting into muscle⟧” by reducing opening hours at its trade counters.
“⟦d:c|Your trade customers are the ones who kept you going through the last downturn. Why make it harder for them to buy from you?⟧” she asked.
The finance director, Tobias Kettering, said the changes were “⟦p:b|marginal⟧” and had been tested in a pilot. “⟦d:b|We looked at the footfall hour by hour. Nobody was buying plasterboard at 6.15 on a Saturday evening,⟧” he said.
The company said in its outlook statement that it expected conditions to remain “⟦p:d|challenging for the remainder of the year⟧”, though it kept its full-year guidance unchanged.

### 003
@a Anjali Dasgupta-Wren | a sleep researcher at the University of Carrow who led the work
@b Fergus Achterberg | professor of paediatric epidemiology at Halbrook College
@c Leonie | one of the pupils
Teenagers who have their phones taken out of the bedroom at night gain on average 38 minutes of sleep within a fortnight, according to a study of more than 1,100 secondary school pupils published on Thursday.
The researchers, who followed pupils at 14 schools over a school year, found that the effect was strongest among 13- and 14-year-olds, and that it faded if the phones were allowed back.
“⟦d:a|Thirty-eight minutes does not sound dramatic, but for an adolescent brain that is the difference between being chronically short of sleep and not,⟧” said Dr Anjali Dasgupta-Wren, a sleep researcher at the University of Carrow who led the work. “⟦d:a|What surprised us was how quickly it happened. Most of the gain came in the first four nights.⟧”
The study, in the journal Paediatric Sleep Health, asked families to keep phones in a kitchen or hallway from 9.30pm. Parents were given a script to explain the rule, which Dasgupta-Wren described as “⟦p:a|firm but not punitive⟧”.
Not everyone is convinced. Prof Fergus Achterberg, professor of paediatric epidemiology at Halbrook College, who was not involved in the study, said the families who agreed to take part were “⟦p:b|probably not typical⟧”.
“⟦d:b|If you volunteer for a sleep study, you are already the sort of household that cares about sleep,⟧” he said. “⟦d:b|I would like to see this done with families who didn’t sign up because they were keen.⟧”
Dasgupta-Wren acknowledged the limitation. “⟦d:a|He’s right that our families were motivated. But they were not all enthusiasts. Some of them fought us every step of the way,⟧” she said.
One of the pupils, Leonie, 16, said the first week had been “⟦p:c|horrible⟧”. “⟦d:c|I kept reaching for it. Then I just started reading again, which I hadn’t done since I was about eleven.⟧”

### 004
@a Gareth Penhallow | Trevissick manager
@b Jamie Oduya | the 19-year-old
@c Sandro Vitale | Polgarrow boss
Trevissick Athletic 3 Polgarrow United 1
Jamie Oduya marked his first league start with two goals as Trevissick eased past their neighbours to go top of the Western Counties League for the first time since 2009.
The 19-year-old, signed from Bodmoor Town in the summer, opened the scoring after 11 minutes, turning sharply on the edge of the box and curling into the far corner. He added a second with a header just before the break.
"⟦d:b|I've been waiting a long time for that,⟧" Oduya said afterwards. "⟦d:b|My mum was in the stand, my nan, half my street. I didn't want to let them down.⟧"
Polgarrow pulled one back through Kyle Brennock's penalty after the hour, and for ten minutes the home crowd grew nervous, but substitute Ade Fashola settled it in stoppage time. Home fans were still singing "⟦s:-|We are top of the league⟧" half an hour after the final whistle.
Trevissick manager Gareth Penhallow was keen to keep a lid on it. "⟦d:a|It's October. Nobody gets a trophy for being top in October,⟧" he said. "⟦d:a|But I'll let the lads enjoy tonight. They've earned that.⟧"
He was full of praise for his young striker. "⟦d:a|Jamie's got something you can't coach. He's not scared of anything. Sometimes that gets him into trouble, but tonight it won it for us.⟧"
Polgarrow boss Sandro Vitale felt a first-half handball appeal at the other end, waved away by referee Martin Gale, was the turning point.
"⟦d:c|If that's given, it's 1-1 and a different game,⟧" Vitale fumed. "⟦d:c|I've asked the referee to explain it to me. He said he didn't see it. Well, three thousand people did.⟧"

### 005
@a Edwina Marchbanks | the pianist and composer whose trio recordings defined the Kellaway club sound
@b Ruth Marchbanks-Lowe | her daughter
@c Solomon Adeyinka | the bassist
@d - | a critic in a music weekly
Edwina Marchbanks, the pianist and composer whose trio recordings defined the Kellaway club sound, has died aged 87.
Born in Portharrow in 1937, the daughter of a church organist and a seamstress, she was playing for silent-film revivals at the Regal by the age of 12 and leading her own trio by 23. Club-goers knew her as “⟦s:-|the Duchess⟧”, a name she claimed to hate.
“⟦d:a|A duchess sits still and gets looked at. I was working,⟧” she told this newspaper in 1994.
Her breakthrough album, “⟦s:-|Low Tide at Kellaway⟧” (1963), was recorded in a single night with the bassist Solomon Adeyinka and the drummer Percy Vane. Adeyinka, who played in her trio for 13 years, remembered the session as “⟦p:c|one long conversation that someone happened to tape⟧”.
“⟦d:c|Edwina never told you what to play. She’d look at you, and you knew,⟧” he said this week. “⟦d:c|If you got it wrong she didn’t say anything either. That was worse.⟧”
She was disdainful of critics, whom she once described as “⟦p:a|men who count the bars and miss the song⟧”, and stopped giving interviews altogether in the 1980s after a critic in a music weekly called her playing “⟦p:d|genteel⟧”.
She returned to performing in 1998 and recorded four more albums, the last at 81. Late in life she taught at the Portharrow Conservatoire, where former students still repeat her one rule: “⟦d:a|Play it like you’re telling the truth.⟧”
Her daughter, Ruth Marchbanks-Lowe, said her mother had played the piano until the week before she died. “⟦d:b|Her hands didn’t work properly any more, and she was furious about it, but she played anyway. Bach in the morning, blues in the afternoon,⟧” she said.
She is survived by Ruth, two grandchildren and a great-grandson.

### 006
@a Odile Koulibaly-Sané | Foreign Minister
@b Jean-Baptiste Mondélé | Opposition leader
@c - | a Western diplomat in Korsanga
@d West Atlantic Community | a 12-member regional bloc
KORSANGA, Feb 3 (AWN) - Tessalie's military-led government on Monday rejected a demand from the West Atlantic Community to hold elections before the end of the year, saying the security situation made a nationwide vote impossible.
«⟦d:a|Nous ne céderons à aucune pression extérieure⟧» ("⟦d:a|We will not yield to any outside pressure⟧"), Foreign Minister Odile Koulibaly-Sané told state radio.
«⟦d:a|Le calendrier électoral sera fixé par les Tessaliens, et par personne d'autre⟧», she added, saying the timetable would be set by Tessalians "⟦p:a|and by nobody else⟧".
The West Atlantic Community, a 12-member regional bloc, had given the transitional authorities until March 31 to publish an electoral calendar or face sanctions. In a statement, the bloc said it "⟦p:d|took note⟧" of the minister's remarks and remained "⟦p:d|open to dialogue⟧".
Opposition leader Jean-Baptiste Mondélé, speaking to reporters outside his home in the capital, accused the authorities of using insecurity as a pretext. «⟦d:b|Ils parlent de sécurité, mais ils pensent à leurs postes⟧» ("⟦d:b|They talk about security, but they are thinking about their jobs⟧"), he said.
"⟦d:b|Every month they stay, the country gets poorer and the young people leave,⟧" Mondélé said later in English. "⟦d:b|Ask any family in this city how many of their sons are abroad.⟧"
A Western diplomat in Korsanga, who asked not to be named, said sanctions were "⟦p:c|likely but not certain⟧". "⟦d:c|Nobody wants to punish ordinary people for what the soldiers in the palace are doing,⟧" the diplomat said.

### 007
@a Doreen Whitcombe | the 78-year-old widow from Hallowell
@b Brightwell Power | -
@c - | a spokeswoman for Brightwell
@d Utilities Complaints Service | -
@e - | a call handler
For 14 months, Doreen Whitcombe has been paying for electricity she says she never used. The 78-year-old widow from Hallowell was switched to a smart meter in 2022, and her monthly direct debit rose from £64 to £211 almost overnight.
“⟦d:a|I live on my own in a two-bedroom bungalow. I don’t have a hot tub. I don’t charge an electric car. I boil a kettle and watch the news,⟧” she told me.
She rang Brightwell Power 23 times (she kept a log) and each time a call handler told her the readings were “⟦p:e|correct⟧” and that her account was “⟦p:e|under review⟧”.
“⟦d:a|One young man told me I must have left the immersion heater on. I haven’t got an immersion heater,⟧” Mrs Whitcombe said.
When I contacted Brightwell, it took the company a week to find the problem: the meter had been registered to the wrong address, and Mrs Whitcombe had been paying for the flat above a launderette on the other side of town.
“⟦d:c|We are very sorry for the distress caused to Mrs Whitcombe,⟧” a spokeswoman for Brightwell said. “⟦d:c|This was a data error that should have been picked up much sooner.⟧”
The company has refunded £2,140 and added £250 in compensation. In a separate statement, Brightwell Power said it was “⟦p:b|reviewing its processes⟧” for meter installations.
Mrs Whitcombe is pleased but not entirely mollified. “⟦d:a|I’m glad I’ve got the money back. But I keep thinking about the people who don’t have a daughter to help them make the calls,⟧” she said.
If you have a similar problem, the Utilities Complaints Service says you can escalate any complaint that has not been resolved within eight weeks. “⟦d:d|Don’t wait for the supplier to tell you that you can come to us. You can,⟧” it said.

### 008
@a Bernadette Kiely | the ward councillor for Ashgrove
@b Marguerite Oyelowo | the cabinet member for transport
@c Terry Halloran | a bus driver for 22 years
@d - | one resident
Plans to axe the 47 bus between Ashgrove and Dunmere Hospital have been put on hold after more than 200 people packed into the council chamber on Tuesday night to protest.
The route, which carries around 900 passengers a day, was among 11 services earmarked for cuts in the council's draft transport budget. Campaigners arrived with placards reading "⟦s:-|Hands off the 47⟧" and "⟦s:-|No bus, no hospital⟧".
Bernadette Kiely, the ward councillor for Ashgrove, said many of her constituents had no other way to reach the hospital. "⟦d:a|For a lot of older people the 47 isn't a convenience. It's how they get to their chemotherapy,⟧" she said.
Marguerite Oyelowo, the cabinet member for transport, told the meeting the council faced "⟦p:b|impossible choices⟧" after a £4.3m cut to its bus subsidy grant. "⟦d:b|Nobody on this side of the chamber wants to cut a single route. But I can't spend money we haven't got,⟧" she said.
Kiely hit back that the council had found £1.2m for resurfacing the high street. "⟦d:a|So we can afford nice pavements for shoppers, but not a bus for cancer patients?⟧" she asked.
Oyelowo said she would ask officers to look again at the figures. "⟦d:b|I've heard what people have said tonight. I'm not promising anything, but I will look at it,⟧" she said.
Terry Halloran, a bus driver for 22 years, said he knew most of his regular passengers by name. "⟦d:c|There's a lady gets on at Carlow Road every Thursday with a flask of tea for me. She's 91. What's she supposed to do, walk?⟧"
As the meeting closed, one resident shouted "⟦d:d|Shame!⟧" from the public gallery.
A final decision will be made at the February budget meeting.

### 009
@a Niamh Castellanos | the director
@b Osei Fairbrother | -
@c Ruairí Benn | -
Four stars. Niamh Castellanos’s production of “⟦s:-|Salt Light⟧”, Ruairí Benn’s first play in a decade, is a slow, strange, frequently gorgeous thing, and it will not be for everyone.
Set in a lighthouse on a rock off the west coast in the winter of 1953, it follows a keeper, Harlan (Osei Fairbrother), and his teenage daughter as they wait for a supply boat that does not come. For most of the first act almost nothing happens; by the interval, you realise everything has.
Castellanos, the director, told me she had fought to keep the pace. “⟦d:a|There was pressure in previews to cut twenty minutes. I said no. The boredom is the point. You have to wait for the boat with them,⟧” she said. “⟦d:a|If people walk out at the interval, fine. The ones who stay will get something the others won’t.⟧”
Fairbrother, who trained as a carpenter before turning to acting, spent weeks learning to trim a wick and polish a lens. “⟦d:b|I wanted my hands to know the job, so I wasn’t thinking about them on stage,⟧” he said. “⟦d:b|The lamp is the other main character. If I look nervous near it, the whole thing falls apart.⟧”
Benn, 71, was in the audience on press night. Asked why it had taken him ten years to write another play, he shrugged: “⟦d:c|I had nothing to say for most of them. It seemed rude to write anyway.⟧”
There are longueurs, and a second-act monologue about herring prices that even Castellanos admits is “⟦p:a|a gamble⟧”. But the final ten minutes, lit almost entirely by the turning lamp, are as good as anything I have seen on a stage this year.

### 010
@a Hatchbury | -
@b Lindiwe Marais | an independent security researcher
@c Owen Teague-Sato | Hatchbury's chief technology officer
@d - | one customer in Wexmoor
@e Data Protection Office | -
Food delivery app Hatchbury has confirmed that the personal details of about 2.3 million customers, including names, phone numbers and partial card details, were exposed after a database was left unprotected on the internet for at least five weeks.
The database was discovered by Lindiwe Marais, an independent security researcher, who said it could be reached by anyone who knew where to look. "⟦d:b|There was no password. Not a weak password. No password at all,⟧" she said.
"⟦d:b|I reported it to them on a Friday evening. It was still open on Monday morning, which I found pretty extraordinary.⟧"
Hatchbury said in a statement that it had "⟦p:a|acted swiftly⟧" once the issue was reported and that there was "⟦p:a|no evidence⟧" the data had been misused.
Owen Teague-Sato, Hatchbury's chief technology officer, said the database was a copy made for testing a new loyalty scheme and should have been deleted. "⟦d:c|That's a process failure and it's on us. We've changed how test data is handled so it can't happen again,⟧" he said.
Asked why the database had stayed open over the weekend, he admitted: "⟦d:c|The report came into a general inbox. It should have gone straight to the security team, and it didn't.⟧"
The Data Protection Office said it was "⟦p:e|making enquiries⟧".
One customer in Wexmoor, who did not want to be named, said she had received three scam text messages in the past month claiming to be from a delivery firm. "⟦d:d|They knew my name and what I'd ordered. That's what made it convincing,⟧" she said.

### 011
@a Stavroula Makri | our guide
@b Yiorgos | the taverna’s owner
@c Gerhard Auer | a retired teacher from Lindenau
The path out of Vathýrema leaves the last whitewashed house, crosses a dry riverbed and then simply climbs, for two hours, through thyme and rock and the occasional bewildered goat.
“⟦d:a|People think islands are flat and sandy. Ithoni is a mountain that happens to be standing in the sea,⟧” says our guide, Stavroula Makri, who has walked these trails since she was a child.
She sets a pace somewhere between brisk and punitive. When I stop, ostensibly to photograph an orchid, she waits with exaggerated patience. “⟦d:a|The orchid is not going anywhere. The sun, however, is,⟧” she says.
We reach Anó Kástro, a hilltop village of 40 people and a great many cats, a little after one. Yiorgos, the taverna’s owner, brings out bread, tomatoes, a slab of feta and a jug of wine, which he sets down with a wink. “⟦d:b|Water from the mountain,⟧” he announces.
“⟦d:b|Tourists come in August and ask for the menu. There is no menu. There is what my wife cooked,⟧” he says.
At the next table, Gerhard Auer, a retired teacher from Lindenau, is on his fourth visit. “⟦d:c|We came the first time by accident, because the ferry broke down. Now we can’t stop coming,⟧” he says.
Walking back down in the long gold light, Makri asks whether I enjoyed the day. I say I did, very much. “⟦d:a|Good. You complained less than most,⟧” she says. It is, I gather, high praise.
Getting there: ferries to Ithoni run four times a week from Kalamos in summer, twice a week in winter. Makri’s guided walks cost €45 a day, lunch not included, though Yiorgos may have other ideas.

### 012
@a Catalina Ferreyra | the world number 14
@b Ilse Vandamme | the 29-year-old
@c - | one reporter
Catalina Ferreyra said she had "⟦p:a|no idea⟧" how she won the second set after saving five set points on her way to a 6-2, 7-6 (9-7) victory over Ilse Vandamme in the Marlow Open quarter-finals.
The world number 14 trailed 2-5 in the second set and looked close to tears after a disputed line call, but reeled off five of the next six games.
"⟦d:a|Honestly? I was already thinking about the third set. I told myself, just make her play one more ball,⟧" Ferreyra said.
Asked about the line call, which went to a video review, she smiled. "⟦d:a|I thought it was out. The machine thought it was in. The machine is usually right, and I am usually angry,⟧" she said.
"⟦d:c|Did you say something to the umpire at the change of ends?⟧" one reporter asked.
"⟦d:a|Why, what did I say?⟧" Ferreyra replied, laughing. "⟦d:a|No. I said nothing. I was very polite. For me.⟧"
Vandamme, who was playing her first tournament since knee surgery in March, said she was proud of her week. "⟦d:b|Two months ago I couldn't walk down stairs properly. I'll take a quarter-final,⟧" the 29-year-old said.
"⟦d:b|At 5-2 I got tight. That's the honest answer. I started thinking about the finish line instead of the ball.⟧"
Ferreyra meets second seed Adaeze Nwankwo in Saturday's semi-final. "⟦d:a|She hits the ball harder than anyone on the tour. I'll need to run a lot,⟧" she said.

### 013
@a Kwabena Asante-Roth | a consultant in emergency medicine at St Ebba's
@b Morwenna Tregear | regional secretary of the Allied Nurses' Federation
@c Westerdale Health Board | -
@d - | a spokesperson for the health board
@e Sheila Pym | -
Patients at St Ebba's Hospital waited an average of nine hours in its emergency department last month, new figures show, the longest of any hospital in the Westerdale region.
Dr Kwabena Asante-Roth, a consultant in emergency medicine at St Ebba's, said the figures reflected ``⟦p:a|a system that has run out of slack⟧''.
``⟦d:a|On a bad night we have thirty patients on trolleys in corridors. We are doing intensive care in a space designed for people to walk through,⟧'' he said. ``⟦d:a|My colleagues are exhausted, and some of them are frightened of making mistakes.⟧''
He said the main problem was not the emergency department itself but a shortage of beds elsewhere in the hospital. ``⟦d:a|We can't admit people because the wards are full, and the wards are full because there's nowhere in the community to discharge people to. Every part of it is connected.⟧''
Morwenna Tregear, regional secretary of the Allied Nurses' Federation, said staff were ``⟦p:b|at breaking point⟧''. ``⟦d:b|We have nurses crying in the car park at the end of a shift. That's not a figure of speech,⟧'' she said.
Westerdale Health Board said it had opened 24 extra beds and was recruiting 60 nurses from overseas, which it called ``⟦p:c|a first step⟧''. ``⟦d:d|We recognise that waits are far too long, and we apologise to every patient who has had a poor experience,⟧'' a spokesperson for the health board said.
Sheila Pym, 71, spent 19 hours on a trolley in February after a fall at home. ``⟦d:e|They were kind, all of them. But I lay in a corridor under a strip light for a whole night and most of the next day,⟧'' she said. ``⟦d:e|Nobody should have to beg for a commode.⟧''

### 014
@a Farid Benhaddou | senior commodities analyst at Vantor Capital
@b Camille Rasmussen-Touré | head of energy research at Beckwith & Lorne
@c - | a delegate from one member country of the Petroleum Exporters' Forum
@d Petroleum Exporters' Forum | -
PORT CALLISTER, Nov 15 (AWN) - Oil prices posted their steepest weekly fall in four months on Friday as rising inventories and signs of weaker demand outweighed worries about supply disruptions.
Benchmark Marrow crude settled at $71.84 a barrel, down 6.2% on the week, while the lighter Ostrand blend fell 5.8% to $68.10.
"⟦d:a|The market has stopped believing the supply story,⟧" said Farid Benhaddou, senior commodities analyst at Vantor Capital. "⟦d:a|Every time there's a headline about a pipeline, prices jump for an hour and then drift lower. That tells you where the real pressure is.⟧"
Commercial crude stocks rose by 5.1 million barrels last week, against expectations of a small draw. "⟦d:a|That's a big, ugly number,⟧" Benhaddou said.
Camille Rasmussen-Touré, head of energy research at Beckwith & Lorne, said producers were unlikely to cut output at their meeting next month. "⟦d:b|They've been burned before. Cut, and you hand market share to the independents. I think they sit tight and hope,⟧" she said.
"⟦d:b|If demand in the second half is as weak as the shipping data suggests, $65 is not a crazy number.⟧"
A delegate from one member country of the Petroleum Exporters' Forum told reporters on condition of anonymity that "⟦p:c|all options⟧" were on the table but that there was "⟦p:c|no consensus⟧" on a cut. The Petroleum Exporters' Forum itself said only that it was "⟦p:d|monitoring market conditions closely⟧".

### 015
@a Sunniva Hjelmstad | the glaciologist whose ice cores from the Varnak plateau gave one of the first continuous records of the planet’s climate over 400,000 years
@b Tariq Rahimi | a former doctoral student of hers who now runs the Institute for Cryosphere Studies
@c Ebbe Hjelmstad-Carr | her son
Sunniva Hjelmstad, the glaciologist whose ice cores from the Varnak plateau gave one of the first continuous records of the planet’s climate over 400,000 years, has died aged 79.
She spent 14 field seasons on the plateau, often in temperatures below minus 50C, living in a tent she shared with a drill motor to keep it warm. Asked once what kept her going back, she said: “⟦d:a|Curiosity, mostly. And the fact that nobody else was stupid enough to go.⟧”
Her 1991 paper, written with three colleagues, showed that the climate had swung between warm and cold far more abruptly than anyone had assumed. She later described the day the data came in as “⟦p:a|the only time I have ever shouted in a laboratory⟧”.
Tariq Rahimi, a former doctoral student of hers who now runs the Institute for Cryosphere Studies, said: “⟦d:b:m|She was terrifying for about a week, and then you realised she was the most generous person you would ever work for. She gave her ideas away. She didn’t care whose name went first.⟧
“⟦d:b|On the ice she was completely calm. I once watched her fix a drill motor with a hairgrip at minus 55.⟧”
She was outspoken on climate policy, and in 2009 told a parliamentary committee that politicians were “⟦p:a|negotiating with physics, which does not negotiate⟧”.
Her son, Ebbe Hjelmstad-Carr, said she had remained sharp to the end. “⟦d:c|She was reading papers on her tablet in hospital and complaining about the statistics,⟧” he said. “⟦d:c|Last week she told a nurse that her blood-pressure chart had an outlier. She was right.⟧”

### 016
@a Rodrigo Esquivel Montaño | President
@b Lucía Bermejo | a former central bank governor
@c National Electoral Council | -
@d Marta Iriarte | a 58-year-old street vendor
PUERTO ALMENDRO, Valdoria (AWN) - Valdoria’s President Rodrigo Esquivel Montaño claimed victory in Sunday’s presidential run-off, but his challenger refused to concede and demanded a recount in a dozen districts.
“⟦d:a|El pueblo ha hablado⟧” (“⟦d:a|The people have spoken⟧”), Esquivel told cheering supporters from a balcony of the presidential palace shortly before midnight.
With 96% of ballots counted, the National Electoral Council put Esquivel on 51.3% against 48.7% for Lucía Bermejo, a former central bank governor. The council said in a statement that the count had been “⟦p:c|transparent and orderly⟧”.
Bermejo refused to concede. “⟦d:b|No vamos a reconocer un resultado que no podemos verificar⟧”, she told reporters at her campaign headquarters, meaning her campaign would not accept a result it could not check.
“⟦d:b|We are asking for something very simple: open the boxes in the twelve disputed districts and count them again in front of everybody,⟧” she said later in English, speaking to foreign journalists.
In the Plaza Mayor, Esquivel’s supporters waved flags and chanted “⟦s:-|¡Cuatro años más!⟧” (four more years) until the early hours.
Marta Iriarte, a 58-year-old street vendor, said she had voted for the president. “⟦d:d|Prices are terrible, yes. But with the other one it would be worse. At least this one we know,⟧” she said.

### 017
@a Kezia Mbatha | the 31-year-old
@b Rafferty Lusk | her longtime producer
Kezia Mbatha's third album, "⟦s:-|Glasshouse Weather⟧", arrives three years after a breakdown that she says "⟦p:a|nearly ended everything, not just the music⟧".
"⟦d:a|I wasn't sure I'd ever walk into a studio again,⟧" the 31-year-old told me over coffee in Carrow Heath, the north-side neighbourhood where she grew up. "⟦d:a|I'd sit at the piano and nothing would come. Or worse, something would come and I'd hate it.⟧"
The record's 11 songs were written over eight months in a rented farmhouse with no phone signal, and it shows: this is a patient, unhurried album, built on piano and brushed drums. The lead single, "⟦s:-|Paper Boats⟧", is the most direct thing she has recorded.
"⟦d:a|It's about my sister. She knows. She's heard it. She cried and then told me the second verse was too long,⟧" Mbatha said, laughing.
It is, overall, a quieter record than 2019's "⟦s:-|Copper⟧", and fans of that album's big choruses may find it slow going. Stay with it.
Her longtime producer, Rafferty Lusk, said the sessions had been stripped back on purpose. "⟦d:b|We'd do one take, maybe two. If she got it, she got it. I wasn't going to make her sing it forty times to fix a breath,⟧" he said.
Mbatha admits she is nervous about the tour, which begins in March. "⟦d:a|Singing these songs to a room of two thousand people is a lot. But I think if I can say it out loud to you, I can sing it to them.⟧"

### 018
@a Gwilym Pryce-Jenkins | Group manager
@b Alwen Howells | -
@c Dafydd Lloyd | her neighbour
@d Gwenlli Rivers Authority | -
@e - | one man
Dozens of homes were flooded in Llanfoel overnight after the River Gwenlli burst its banks following 14 hours of continuous rain.
Firefighters rescued 17 people, including a woman in her 90s who was carried from her bedroom window into a boat, Dyfrig Valley Fire and Rescue Service said.
Group manager Gwilym Pryce-Jenkins said crews had worked through the night. “⟦d:a|The water came up incredibly quickly, around a foot in half an hour at its worst. People simply didn’t have time to move things upstairs,⟧” he said.
Alwen Howells, who has lived on Mill Street for 40 years, said it was the worst flooding she had seen. “⟦d:b|I was watching the telly and I heard this noise like a tap running. I opened the front door and the street was a river,⟧” she said.
“⟦d:b|Everything downstairs is gone. The carpets, the sofa, my husband’s photographs. You can replace a sofa.⟧”
Her neighbour, Dafydd Lloyd, helped her carry what they could upstairs before he was rescued himself. “⟦d:c|She was more worried about my dog than her own house,⟧” he said.
The Gwenlli Rivers Authority said flood defences in the village had “⟦p:d|performed as designed⟧” but had been overwhelmed by the volume of water. Not everyone accepts that. “⟦d:e|Performed as designed? Then they were designed wrong,⟧” one man shouted at an authority official during a visit to the village on Saturday morning.

### 019
@a Priyanka Naidu-Hewitt | -
@b AeroBrisa | budget airline
@c Conrad Mayhew-Oti | director of consumer rights at the Air Passenger Standards Board
@d - | a spokesman for AeroBrisa
Thousands of holidaymakers were left stranded over the bank holiday weekend after budget airline AeroBrisa cancelled more than 140 flights, blaming a shortage of air traffic controllers and "⟦p:b|operational constraints⟧".
Priyanka Naidu-Hewitt, her husband and their two children were due to fly home from Sal Verde on Monday. They were told at the gate that the flight had been cancelled and there were no seats until Friday.
"⟦d:a|Nobody from the airline came to speak to us. We got a text message,⟧" she said. "⟦d:a|I had two kids under six asleep on the floor of the terminal and a text message.⟧"
She said the family had paid £1,360 for a hotel and new flights with another carrier. "⟦d:a|I've put in a claim. I'm not holding my breath.⟧"
Conrad Mayhew-Oti, director of consumer rights at the Air Passenger Standards Board, said passengers were entitled to food, accommodation and rerouting "⟦p:c|at the airline's expense, not the passenger's⟧".
"⟦d:c|If an airline can't get you home, it has to pay for you to get home. That's not a favour, it's the law,⟧" he said.
A spokesman for AeroBrisa said: "⟦d:d|We sincerely apologise to customers affected by these cancellations, which were caused by factors outside our control. All affected customers have been offered a refund or a free transfer to another flight.⟧"

### 020
@a Haroon Latif | Marshfield captain
@b Pieter Vermaak | Harbury coach
@c Sanjay Mehrotra | the 37-year-old opener
Marshfield 287-4 (Mehrotra 141 not out) beat Harbury 284-9 by six wickets
Sanjay Mehrotra, the 37-year-old opener, who had been left out of the side for three matches in June, batted through the chase for an unbeaten 141 as Marshfield kept alive their hopes of the county title at Colebrook Road.
“⟦d:c|I had a few words with myself in July. I’d been trying to hit my way back into form, and it doesn’t work like that at my age,⟧” Mehrotra said. “⟦d:c|Today I just wanted to be there at the end.⟧”
Marshfield captain Haroon Latif called the innings “⟦p:a|as good as any I’ve seen from him⟧”. “⟦d:a|The pitch was doing a bit early on, and he left the ball beautifully. People don’t write about leaving the ball, but that’s where he won it,⟧” Latif said.
Harbury had looked in control at 198-2 with 12 overs left, but lost seven wickets for 86, three of them to the leg-spinner Theo Marangoni.
Harbury coach Pieter Vermaak did not hide his irritation. “⟦d:b|We’ve thrown it away. You can’t be 198 for two and finish on 284. That’s 30 runs short, minimum,⟧” he said.
Asked whether his batters had been too cautious, he snorted. “⟦d:b|Cautious,⟧” he said, “⟦d:b|would have been fine. We were reckless, which is the opposite problem.⟧”

### 021
@a Nadia Farouk-Lindgren | the mission's project scientist
@b Continental Space Agency | -
@c Arvind Balasubramanian | Flight director
@d - | a journalist
The Continental Space Agency's Halcyon probe has sent back the first close-up images of Tethra, an icy moon of the gas giant Oru, showing a surface criss-crossed with ridges and fractures.
"⟦d:a|When the first frame came down, the room went completely silent. Then everybody started shouting at once,⟧" said Nadia Farouk-Lindgren, the mission's project scientist.
"⟦d:a|We can see ridges that look like they've been pushed up from below. That's exactly what you'd expect if there's liquid water under the ice, though I want to be careful. It's not proof.⟧"
Flight director Arvind Balasubramanian said the spacecraft had passed within 1,200km of the surface at more than 20,000km an hour. "⟦d:c|The margins were tight. We had one chance at this and the navigation team nailed it,⟧" he said.
The agency said in a statement that the images were "⟦p:b|a milestone for the whole programme⟧" and that more detailed data would be released over the coming weeks.
"⟦d:d|So is there life on Tethra?⟧" a journalist asked at the press briefing that followed.
Farouk-Lindgren laughed. "⟦d:a|I knew someone would ask that. The honest answer is: it makes Tethra more interesting. It doesn't tell us anything about life yet.⟧"

### 022
@a Rosalind Chikwanha | its head teacher
@b Marcus Delacroix-Ng | -
@c Department for Schools | -
@d Halima Yusuf | an English teacher at the school
When Fernley Park Academy gave every pupil in Year 10 access to an AI writing assistant last September, Rosalind Chikwanha, its head teacher, expected complaints from parents. Instead, the complaints came from the pupils.
“⟦d:a|They said it was making their essays boring. I thought that was one of the most encouraging things I’d heard in twenty years of teaching,⟧” she said.
Halima Yusuf, an English teacher at the school, said the tool was good at “⟦p:d|tidying up⟧” but poor at argument. “⟦d:d|It writes the essay that a thousand other people would write. The whole point of an essay is that it’s yours,⟧” Yusuf said.
She now asks pupils to hand in their conversations with the assistant along with their work. “⟦d:d|I’m less interested in whether they used it than in what they asked it. You can tell a lot about someone’s thinking from their questions.⟧”
Marcus Delacroix-Ng, 15, admitted he had at first used it to “⟦p:b|basically do my homework for me⟧”. “⟦d:b|Then I got a C on an essay and Miss Yusuf wrote ‘Who is this?’ at the bottom. That was fair, to be honest,⟧” he said.
The Department for Schools said it would publish guidance on AI in classrooms “⟦p:c|in the coming months⟧”.
Chikwanha said she was not waiting. “⟦d:a|By the time the guidance comes out, these children will have left school. We have to make decisions now and be honest when we get them wrong.⟧”

### 023
@a Declan Ó Ceallaigh | general secretary of the Dockers' Alliance
@b Kestrel Ports | operator
@c Ulla Brandvold | chief executive of Kestrel Ports
@d - | one freight forwarder
Dockworkers at Port Ashby walked out on Monday at the start of a 10-day strike over pay, bringing container traffic at the country's second-busiest port to a near standstill.
About 1,400 members of the Dockers' Alliance are taking part after rejecting a 4.5% pay offer from operator Kestrel Ports.
"⟦d:a|Our members have had real-terms pay cuts three years running while this company has paid out record dividends. Enough is enough,⟧" said Declan Ó Ceallaigh, general secretary of the Dockers' Alliance, speaking on the picket line at Gate 4.
Kestrel Ports said the offer was "⟦p:b|fair and affordable⟧" and warned that the strike would "⟦p:b|damage the port's reputation with shipping lines at a critical time⟧".
Ulla Brandvold, chief executive of Kestrel Ports, insisted the company remained open to talks. "⟦d:c|My door is open. It has been open for six weeks. What I can't do is sign up to a deal that makes this port uncompetitive,⟧" she said.
Ó Ceallaigh was unimpressed. "⟦d:a|She says her door is open. The door's open, all right, but there's nothing behind it,⟧" he said.
One freight forwarder said some customers were already diverting cargo. "⟦d:d|I've got forty containers sitting on a ship off the breakwater. If this goes the full ten days, some of my clients will switch to Kessling and they won't come back,⟧" he said.

### 024
@a Jolanta Wiśniewska-Haar | the owner of the Pod Zegarem
@b Tomek | her son
Forty-eight hours in Sławnik
It is nine in the morning and Jolanta Wiśniewska-Haar is already telling me off for not eating enough. “⟦d:a|You will walk all day. Bread, eggs, more coffee. Sit,⟧” says the owner of the Pod Zegarem, a twelve-room guesthouse on the edge of the old town.
She bought the building, a former clockmaker’s workshop (hence the name, which means “⟦s:-|under the clock⟧”), in 2004. “⟦d:a|It was a ruin. Pigeons on the second floor, a tree growing in the courtyard. My friends said I was mad, and they were right, but it worked,⟧” she says.
The old town is small enough to cross in 15 minutes and pretty enough to take all morning about it. The covered market, a cast-iron hall from the 1890s, is the place to start; a sign at its entrance reads “⟦s:-|No photographs of the fish without buying fish⟧”.
Her son, Tomek, who runs the guesthouse’s tiny bar, has firm views on shopping. “⟦d:b|Go to the Wednesday market early, before the tour groups. Buy the smoked cheese from the man with the blue van. Don’t buy it from anyone else. He will know,⟧” he says, only half joking.
On my last evening I ask Wiśniewska-Haar what visitors miss. “⟦d:a|They look up at the churches. They should look down, at the doorsteps. Every one is worn differently. Every one has a story,⟧” she says.
Doubles at the Pod Zegarem from 320 złoty a night, breakfast (compulsory, apparently) included.

### 025
@a Ifeoma Nwosu-Hartley | the 52-year-old painter
@b Gideon Ashkenazi-Roe | the gallery’s director
@c - | one visitor
Ifeoma Nwosu-Hartley’s first major survey, “⟦s:-|Every Room I Have Slept In⟧”, fills all nine galleries of the Calder Street Gallery with three decades of paintings of interiors: bedrooms, hostels, hospital wards, a prison visiting room.
“⟦d:a|I moved eleven times before I was eighteen. A room was the only thing I could be sure of, and even that didn’t last,⟧” the 52-year-old painter said at the preview on Thursday.
The earliest works are small and dark, painted on hardboard salvaged from skips. The largest, “⟦s:-|Ward 9, Night⟧” (2017), is a four-metre canvas made after her mother’s final illness.
“⟦d:a|I sat in that ward for six weeks. I drew on the back of the menu cards because that was the paper I had. The nurses started saving them for me,⟧” she said. “⟦d:a|Painting it afterwards was the only way to get it out of my body.⟧”
Gideon Ashkenazi-Roe, the gallery’s director, called the exhibition “⟦p:b|the show we have been wanting to make for a decade⟧”. “⟦d:b|Ifeoma was not fashionable for a long time. She kept painting rooms when everyone wanted spectacle. Now the world has caught up,⟧” he said.
Not all of it works. The late “⟦s:-|Hotel⟧” series is glossier and emptier than what came before, as if the rooms had stopped belonging to anyone. But the best of the show is overwhelming.
One visitor stood in front of “⟦s:-|Ward 9, Night⟧” for several minutes before saying quietly, to nobody in particular: “⟦d:c|That’s the room my dad died in. Not that one. But that one.⟧”

### 026
@a Wiremu Paraone | Ravensmoor head coach
@b Cian Mulcahy | Captain
@c - | a reporter
@d Sione Latu | the 22-year-old wing
Ravensmoor head coach Wiremu Paraone insisted there was "⟦p:a|no crisis⟧" at the club after a third straight defeat, a 31-17 loss at home to Caldbridge, left his side ninth in the table.
"⟦d:a|We lost to a good team. We made too many errors in our own half and they punished us. That's not a crisis, that's rugby,⟧" Paraone said.
"⟦d:c|Is your job under threat?⟧" a reporter asked.
"⟦d:a|You'd have to ask the board. I've had no conversations like that. I've got a contract and I've got a plan, and I believe in both,⟧" he said.
"⟦d:a|Look, I understand the frustration. I'm frustrated. The fans pay good money and they deserve better than what they saw in the second half.⟧"
Captain Cian Mulcahy, whose yellow card early in the second half coincided with two Caldbridge tries, took the blame. "⟦d:b|That's on me. I've told the lads that. I put us down to 14 at the worst possible moment,⟧" Mulcahy said.
The one bright spot was the 22-year-old wing Sione Latu, who scored both Ravensmoor tries on his home debut. "⟦d:d|I was nervous all week. Once I got the first touch I forgot about it,⟧" Latu said. "⟦d:d|I'd swap both tries for a win, though.⟧"

### 027
@a Therapeutic Products Authority | -
@b Esperanza Villalobos | a neurologist at the Kingsmere Institute who ran one of the trial sites
@c Hamid Sarrafzadeh | a former surveyor who was diagnosed with early-onset Alzheimer’s in 2021
@d Coventine Bio | -
@e - | a spokeswoman for the charity Memory First
A drug that slows the progression of early Alzheimer’s disease has been approved for use, though patients may have to wait more than a year for it to become widely available.
The Therapeutic Products Authority said on Friday that rebazumab, made by Coventine Bio, had shown “⟦p:a|a modest but meaningful benefit⟧” in slowing cognitive decline, and that its benefits outweighed the risks of brain swelling and bleeding seen in some trial participants.
Dr Esperanza Villalobos, a neurologist at the Kingsmere Institute who ran one of the trial sites, said the approval was “⟦p:b|a genuine step⟧” but urged caution.
“⟦d:b|We’re talking about slowing decline by roughly a quarter over eighteen months. For some families that is precious time. But it is not a cure, and I worry about it being sold as one,⟧” she said.
“⟦d:b|It also needs regular brain scans and fortnightly infusions. Most memory clinics simply don’t have the capacity for that yet.⟧”
Hamid Sarrafzadeh, a former surveyor who was diagnosed with early-onset Alzheimer’s in 2021, took part in the trial. “⟦d:c|I don’t know whether I had the drug or the placebo. I know I can still do the crossword, most days, and I’m going to keep doing it,⟧” he said.
Coventine Bio said it was “⟦p:d|working closely with health services⟧” to make the drug available. A spokeswoman for the charity Memory First said: “⟦d:e|This is the first good news many families have had in a very long time. Now the system has to be ready for it.⟧”

### 028
@a Helga Brandstätter | Kaltenmark Chancellor
@b Nuno Carvalhais | Almeiran Prime Minister
@c - | a government spokesman
HOLMSTADT, May 9 (AWN) - Kaltenmark Chancellor Helga Brandstätter on Thursday rejected calls from a neighbouring government to reopen the Ostergrenz border crossing, closed since a series of attacks on customs posts in February.
«⟦d:a|Wir werden die Grenze öffnen, wenn es sicher ist, und keinen Tag früher⟧» («⟦d:a|We will open the border when it is safe, and not one day earlier⟧»), Brandstätter told a joint news conference with Almeiran Prime Minister Nuno Carvalhais.
Carvalhais, speaking through an interpreter, said his government was «⟦p:b|disappointed but not surprised⟧». «⟦d:b|Thousands of families live on both sides of that line. Every week the crossing stays closed, they pay the price,⟧» he said.
Brandstätter said the closure was «⟦p:a|temporary⟧» and would be reviewed in June. Asked whether the dispute would affect a planned energy agreement between the two countries, she said: «⟦d:a|These are separate questions. We are adults. We can disagree about one thing and agree about another.⟧»
A government spokesman later insisted there was no link between the two issues. «⟦d:c|There is no linkage, and there will be none,⟧» the spokesman said.
The energy agreement, which would see Almeira supply a fifth of Kaltenmark's winter gas needs, is due to be signed in September.

### 029
@a Chiamaka Eze-Waters | a mother of two pupils at the school
@b Peter Hoyle-Amadi | cabinet member for education
@c - | one grandparent at the march
@d Ivy | -
@e Brackenshire County Council | -
More than 300 parents, pupils and staff marched through Hollins Lane on Saturday against plans to close the village's primary school.
Brackenshire County Council says Hollins Lane Primary, which has 61 pupils and room for 140, is "⟦p:e|no longer viable⟧" and wants to merge it with a larger school four miles away.
Chiamaka Eze-Waters, a mother of two pupils at the school, said the merger would mean a 40-minute bus journey each way for children as young as four. "⟦d:a|They keep saying 'viable'. My children aren't a business plan,⟧" she said.
Marchers carried banners reading "⟦s:-|Small school, big heart⟧" and chanted "⟦s:-|Save our school⟧" as they reached the church hall.
Ivy, nine, who carried a hand-painted placard, said she did not want to leave her friends. "⟦d:d|My teacher knows my cat's name. At the big school nobody will know my cat's name,⟧" she said.
Peter Hoyle-Amadi, cabinet member for education, said no decision had been made. "⟦d:b|I absolutely understand why people feel strongly, and I went to a small village school myself. But we have to look at the numbers honestly,⟧" he said.
"⟦d:b|Falling rolls mean less money per child, and in the end it's the children who lose out.⟧"
One grandparent at the march was blunter. "⟦d:c|Once it's gone, the village is gone. Ask any village that's lost its school,⟧" he said.

### 030
@a Harold Bickerstaffe | the former scrap-metal dealer
@b Lenny Ashworth | the club's record goalscorer
@c Maureen Bickerstaffe | his widow
@d Calderwood Town | the club
Harold Bickerstaffe, who saved Calderwood Town from extinction in 1986 and remained its chairman for 31 years, has died aged 92.
The former scrap-metal dealer bought the club for a pound when it was £400,000 in debt and hours from being wound up. He later said he had done it ``⟦p:a|because nobody else was daft enough⟧''.
``⟦d:a|I went to my first match here in 1938, on my dad's shoulders. I wasn't going to be the one who let it die,⟧'' he told the Calderwood Gazette on his 90th birthday.
Under his stewardship the club climbed four divisions, built a new main stand and, for one glorious season in 1997, reached the fifth round of the cup.
Lenny Ashworth, the club's record goalscorer, said: ``⟦d:b|Mr Bickerstaffe paid my wages out of his own pocket for three months in 1991, and he never once mentioned it. I only found out years later from the club secretary.⟧''
``⟦d:b|He'd come into the dressing room after a defeat and say nothing at all, just shake everybody's hand. That was worse than any rollicking.⟧''
His widow, Maureen Bickerstaffe, said he had been ``⟦p:c|happiest on a wet Tuesday night with a pie⟧''. ``⟦d:c|Harold loved three things: me, Calderwood Town and bacon sandwiches, and I was never entirely sure of the order,⟧'' she said.
The club said the main stand, which already bears his name, would fly its flag at half mast for the rest of the season, and supporters will hold a minute's applause before Saturday's home game against Fellgate. ``⟦d:d|Without Harold there would be no Calderwood Town. It is as simple as that,⟧'' the club said.

### 031
@a Dominic Ferraro-Bates | TV chef
@b Saskia Vell | restaurant critic for the Sunday Courier
@c - | a source close to the chef
@d - | one pal of the critic
TV chef Dominic Ferraro-Bates has launched a furious attack on the critic who branded his new restaurant "⟦p:b|a car crash with napkins⟧".
Saskia Vell, restaurant critic for the Sunday Courier, gave Ferraro's in Marlow Quay zero stars, describing the £48 lobster linguine as "⟦p:b|tepid, gluey and faintly tragic⟧".
Ferraro-Bates, 46, hit back on social media last night. "⟦d:a|Ms Vell wouldn't know good pasta if it fell on her. Which it nearly did, because she spent the whole meal on her phone,⟧" he wrote.
"⟦d:a|I've got 60 staff who work their socks off. She can have a go at me all she likes, but don't you dare sneer at them.⟧"
A source close to the chef said he was "⟦p:c|absolutely livid⟧" and had considered banning Vell from all six of his restaurants. "⟦d:c|He's been up all night reading the review over and over. He takes it personally because it is personal. It's his name over the door,⟧" the source said.
But Vell was unrepentant. "⟦d:b|I ate the food. I wrote down what it tasted like. That's the job,⟧" she said.
One pal of the critic laughed off the row. "⟦d:d|Saskia's had worse than this. A chef once sent her a dead fish in the post,⟧" the friend said.

### 032
@a Ottilie Fairweather | HomeLedger’s director of research
@b Kwame Boateng | an estate agent in Westford
@c Mortgage Lenders Council | -
@d Saoirse Flanagan | a nurse
@e Arjun Mehta | her partner
Asking prices for homes rose by 1.8 per cent in March, the biggest monthly increase for two years, as falling mortgage rates tempted buyers back into the market, according to HomeLedger.
The average asking price for a newly marketed property reached £371,040, the property website said.
Ottilie Fairweather, HomeLedger’s director of research, said: “⟦d:a|Spring always brings a bounce, but this is stronger than usual. Buyers who sat on their hands last year have decided they can’t wait any longer.⟧”
She warned that affordability remained “⟦p:a|extremely stretched⟧”, particularly for first-time buyers in the south.
Saoirse Flanagan, 29, and her partner, Arjun Mehta, 31, have been looking for a two-bedroom flat in Westford since October. “⟦d:d|We’ve lost out on four. Every time, someone came in over the asking price with cash,⟧” said Flanagan, a nurse.
Mehta said they had stretched their budget twice. “⟦d:e|At some point you have to stop and ask whether you’re buying a home or just buying a mortgage,⟧” he said.
Kwame Boateng, an estate agent in Westford, said viewings were up by a third on a year ago. “⟦d:b|I had fourteen people through a terraced house on Saturday. A year ago I’d have been lucky to get four,⟧” he said.
The Mortgage Lenders Council said lending standards would “⟦p:c|remain disciplined⟧” despite the recovery.

### 033
@a Katarzyna Ostrowska | Lumio’s head of hardware design
The Lumio Arc 3 is the best phone the company has made, and also the most frustrating.
The screen is superb, bright enough to read on a beach at noon, and the new camera finally holds its own in low light. Lumio calls the system “⟦s:-|TrueLight⟧”, which is a silly name for a genuinely clever piece of engineering.
The headphone socket, however, is gone. Lumio’s head of hardware design, Katarzyna Ostrowska, told me the team had “⟦p:a|argued for months⟧” about it. “⟦d:a|Every millimetre inside a phone is a fight. The socket lost,⟧” she said.
“⟦d:-|Did it lose, or did the people selling wireless earbuds win?⟧” I asked.
Ostrowska laughed. “⟦d:a|You can write that. I won’t confirm it.⟧”
Battery life is the other sore point. Ostrowska says the company expects “⟦p:a|two full days for most people⟧”; in my testing it was closer to a day and a half. When I put this to her, she was unapologetic. “⟦d:a|We tested it with people who use their phones like normal humans, not like reviewers,⟧” she said.
Verdict: buy it for the camera, keep a charger in your bag, and make peace with your old headphones.

### 034
@a Yetunde Bakare | the 34-year-old
@b Freya Solheim | the defending champion
@c Laszlo Verebes | her coach
Yetunde Bakare won the 10,000 metres at the Harlow Park Games on Friday night, 16 years after her first senior title and two years after being told by a surgeon that she might never race again.
The 34-year-old, who had three operations on her left Achilles in 2022, ran the last lap in 61 seconds to pull clear of Freya Solheim, the defending champion.
“⟦d:a|With 200 to go I looked at the screen and saw Freya coming, and I thought, no, not today, not after everything,⟧” Bakare said.
She had to stop her trackside interview twice to compose herself. “⟦d:a|Sorry. I’m not usually a crier. I blame the surgeon. I’ll send him a picture.⟧”
Solheim was gracious in defeat. “⟦d:b|She was stronger at the end. I had nothing left. I’m happy for her, honestly. I know what it took,⟧” the 27-year-old said.
Her coach, Laszlo Verebes, said the plan had been for Bakare to sit in until the bell. “⟦d:c|She didn’t follow the plan for one second. She never does. That’s why she wins,⟧” he said.
Bakare said she had not decided whether to carry on to next summer’s world championships. “⟦d:a|Ask me in a week. Tonight I want chips,⟧” she said.

### 035
@a Morgane Le Bihan | the excavation director
@b Samir Khoury | a specialist in Iron Age metalwork at Dunhallow University
@c Wilf Trenchard | a metal detectorist who found the first fragment in 2021
@d Wessland Heritage Trust | -
A hoard of more than 2,000 Iron Age gold and silver coins found buried in a field near Ashcombe St Mary is the largest ever discovered in the region, archaeologists said on Wednesday.
The coins had been packed into a bronze cauldron and buried about 60cm below the surface, probably in the first century BC.
"⟦d:a|We knew within the first hour that this was something extraordinary. When we lifted the soil out of the cauldron, it was just gold, wall to wall,⟧" said Dr Morgane Le Bihan, the excavation director.
Wilf Trenchard, a metal detectorist who found the first fragment in 2021, said he had been searching the field for 11 years. "⟦d:c|My wife used to call it my 'other woman'. I'd come home with ring pulls and shotgun cartridges. Then one Sunday my machine went absolutely mad,⟧" he said.
Samir Khoury, a specialist in Iron Age metalwork at Dunhallow University, who was not involved in the dig, said the find could "⟦p:b|rewrite what we think we know⟧" about trade in the period. "⟦d:b|If the die-links hold up, it means these people were trading far more widely than anyone assumed,⟧" he said.
The Wessland Heritage Trust, which is raising money to buy the hoard for the county museum, called it "⟦p:d|a once-in-a-generation chance to keep this treasure where it was found⟧".
Le Bihan said people always asked her what it was worth. "⟦d:a|I tell them it's worth more than the gold. It's the only written record we have of these people, and it's written in coins.⟧"

### 036
@a Beatrix Honeyford | head of food policy at FairBasket
@b - | a spokesperson for Pennywise
@c Hartley & Grove | -
@d Lorraine Tsang | a retired dinner lady
The bags are the same size. The price is the same. But there are fewer crisps inside.
An investigation by the consumer group FairBasket found that 61 everyday products at the five biggest supermarkets had shrunk in the past year without any change in price, a practice critics call “⟦s:-|shrinkflation⟧”.
“⟦d:a|Shoppers are being quietly short-changed. Most people don’t weigh their biscuits, and manufacturers know it,⟧” said Beatrix Honeyford, head of food policy at FairBasket.
Among the examples: a family-size chocolate bar cut from 200g to 180g, a tub of spread from 500g to 450g, and Hartley & Grove’s Golden Oat biscuits, down from 300g to 265g.
Hartley & Grove said rising ingredient costs had left it with “⟦p:c|difficult choices⟧” and that it had reduced pack sizes “⟦p:c|rather than compromise on quality⟧”.
A spokesperson for Pennywise said: “⟦d:b|Pack sizes are set by the manufacturers, not by us. We always show the price per 100g on the shelf label so customers can compare.⟧”
Honeyford said those labels were “⟦p:a|often too small to read and sometimes simply wrong⟧”. “⟦d:a|The simplest fix is a sticker on the front of the pack for six months after any change. If they’re proud of the new size, they won’t mind telling people,⟧” she said.
Lorraine Tsang, 63, a retired dinner lady, said she had noticed her weekly shop “⟦p:d|getting lighter⟧”. “⟦d:d|You open a packet of biscuits and there’s a gap at the end, like a missing tooth. You feel like a mug,⟧” she said.

### 037
@a Baek Seo-yeon | the 38-year-old director
@b Emeka Okorafor | Jury president
@c Anouk Vermeulen | the festival’s artistic director
Baek Seo-yeon’s “⟦s:-|The Salt Harvest⟧” won the Golden Heron for best film at the Port Aurèle Film Festival on Saturday, the first time a debut feature has taken the top prize in the festival’s 41-year history.
Speaking through an interpreter, the 38-year-old director dedicated the award to her grandmother. “⟦d:a|She worked in the salt fields for sixty years and never once saw herself on a screen. Tonight, she is on a screen,⟧” Baek said.
Jury president Emeka Okorafor said the decision had been unanimous. “⟦d:b|We argued about everything else for three days. We did not argue about this,⟧” he said.
Anouk Vermeulen, the festival’s artistic director, called it “⟦p:c|a film that will outlive all of us⟧”.
At the winners’ press conference, Baek was asked about the film’s long takes, one of which lasts 12 minutes. “⟦d:a|Salt takes a long time to make. I wanted the audience to feel that time in their bodies. If they are bored, that is also a feeling,⟧” she said through her interpreter.
The room laughed, and Baek added, in English: “⟦d:a|Sorry. But it’s true.⟧”

### 038
@a Satoshi Iwamura | Prefectural Governor
@b Emiko Sato | a shopkeeper
@c Meteorological Office | -
@d - | a rescue official
KOSHIMA CITY, Aug 21 (AWN) - Rescue teams dug through collapsed homes on Sunday after Typhoon Mirei triggered landslides across the southern prefecture, killing at least 23 people and leaving dozens missing.
"⟦d:a|We are still in the phase of saving lives. Every hour matters,⟧" Prefectural Governor Satoshi Iwamura told reporters, speaking through an interpreter.
"⟦d:a|I ask residents in the evacuation zone not to return home yet, even to check on property. The hillsides are still moving.⟧"
A rescue official said teams were using dogs and thermal cameras in the worst-hit district of Hamanaka. "⟦d:d|The houses here are old, wooden, on a slope. When the mud came, they simply folded,⟧" he said.
Emiko Sato, 71, a shopkeeper, spent the night in a school gymnasium with about 200 neighbours. "⟦d:b|I heard the mountain roar. That is the only way I can describe it. Then the lights went out,⟧" she said through an interpreter.
"⟦d:b|My neighbour's house is not there any more. I don't know where they are.⟧"
The Meteorological Office warned of "⟦p:c|further heavy rain⟧" on Monday and said the risk of new landslides remained "⟦p:c|extremely high⟧".

### 039
@a Alison Mwale-Hurst | District Judge
@b Corey Blaketon | -
@c Sunita Rao-Kellett | prosecuting
@d Graham Oyelaran | defending
A man who drove at 112mph on the Harbury bypass while filming himself on his phone has been jailed for eight months.
Corey Blaketon, 27, of Ferris Road, Linthorpe Vale, admitted dangerous driving when he appeared before magistrates in Harbury last month.
Sunita Rao-Kellett, prosecuting, said Blaketon had posted the video to social media with the caption "⟦s:-|Late for tea⟧". "⟦d:c|The defendant was overtaking on a single carriageway, at night, with one hand on the wheel and the other holding a phone. It is frankly a miracle nobody was killed,⟧" she told the court.
Graham Oyelaran, defending, said his client was "⟦p:d|deeply ashamed⟧" and had deleted his social media accounts. "⟦d:d|He is a young man who has done a very stupid thing and he knows it. He has lost his job as a result,⟧" he said.
Sentencing him, District Judge Alison Mwale-Hurst said: "⟦d:a|You treated a public road as a film set. You were not thinking about the families in the cars coming the other way. I have no doubt that an immediate custodial sentence is the only appropriate one.⟧"
Asked whether he understood, Blaketon replied quietly: "⟦d:b|Yes, ma'am.⟧"
She also banned him from driving for three years. "⟦d:a|When you drive again, I hope you will remember this day,⟧" she told him.

### 040
@a Hyacinth Braithwaite | a retired primary school teacher
@b Fumiko Hale | a volunteer who catalogues the collection
@c Joost Meerman | a botanist at the Thornbury Botanic Garden
In a former telephone exchange on the edge of Wickham, there are 1,400 varieties of bean. Hyacinth Braithwaite knows most of them by name.
“⟦d:a|This one came from a woman in Barrowfield whose grandfather brought it home from the war in his kitbag. This one was grown by monks. This one nobody knows anything about, which is exciting in its own way,⟧” she says, holding up three jars that, to the untrained eye, contain identical brown beans.
Braithwaite, 74, a retired primary school teacher, founded the Wickham Seed Library in 2009. The idea is simple: borrow seeds, grow them, and bring back a handful of the next generation. She describes it as “⟦p:a|a library where the books have babies⟧”.
Fumiko Hale, a volunteer who catalogues the collection, says the donations are often more moving than she expected. “⟦d:b|People bring in envelopes with handwriting on them from the 1950s. Sometimes the seeds are dead. Sometimes you plant them and they come up, and it’s like shaking hands with someone long gone,⟧” she says.
Joost Meerman, a botanist at the Thornbury Botanic Garden, believes such collections matter more than they appear to. “⟦d:c|Commercial seed catalogues have shrunk enormously. These small collections are holding genetic diversity that would otherwise simply vanish,⟧” he says.
Braithwaite is less interested in genetics than in stories. “⟦d:a|Every bean in here has a person attached. When someone returns their seeds, I ask them how it went. You’d be amazed how many people cry.⟧”

### 041
@a Leanne Caddick | National Weather Bureau forecaster
@b - | a spokesperson for Northgrid
@c Kofi Boakye-Larsen | a café owner
@d Deirdre Fallon | Roads Minister
Storm Imelda: 80,000 homes without power as 90mph gusts hit coast
About 80,000 homes are without power after Storm Imelda brought gusts of up to 93mph to western coastal areas overnight.
An amber warning for wind remains in place for most of the west until 18:00 on Sunday.
National Weather Bureau forecaster Leanne Caddick said: “⟦d:a|The worst should be over by this evening, but there’s still a lot of weather to come before then. If you don’t need to travel, please don’t.⟧”
“⟦d:a|We’re expecting another band of heavy rain behind it tomorrow, so flooding is the next worry.⟧”
A spokesperson for Northgrid said engineers were working “⟦p:b|as quickly and safely as possible⟧” and that most customers should be reconnected by Monday evening.
In Port Selby, Kofi Boakye-Larsen, a café owner, said part of his roof had landed in the car park. “⟦d:c|I heard a bang around 3am, and when I came down there was sky where the ceiling should be,⟧” he told us.
Roads Minister Deirdre Fallon urged people to stay away from the seafront. “⟦d:d|Please, do not go and look at the waves. Every year someone does, and every year we lose someone,⟧” she said.

### 042
@a Baptiste Lhermitte | the 25-year-old
@b Griet Vanhoutte | his directeur sportif
@c Mikkel Aasgaard | Overall leader
Baptiste Lhermitte won stage 14 of the Tour des Hautes Combes on Saturday with a solo attack six kilometres from the summit finish at Col de la Vieille-Borne, his first professional victory.
«⟦d:a|Je n'y croyais plus⟧», Lhermitte said at the finish, slumped over his handlebars: «⟦d:a|I had stopped believing.⟧»
The 25-year-old, who crashed twice in the first week and rode the second with stitches in his elbow, finished 48 seconds clear of the chasing group. «⟦d:a|For two years I have been the guy who is always second. Today I decided: no more second,⟧» he said through a team interpreter.
His directeur sportif, Griet Vanhoutte, said the attack had not been in the plan. «⟦d:b|We told him to wait for the last two kilometres. He went with six to go. Sometimes the rider knows better than the car,⟧» she said.
Overall leader Mikkel Aasgaard finished in the chasing group and keeps the leader's jersey with a lead of 1min 12sec. «⟦d:c|I let him go because he is no danger on the overall. But I am happy for him. He deserves it,⟧» Aasgaard said.
Sunday's 15th stage is a flat 181km run to Sainte-Ombeline, expected to end in a bunch sprint.

### 043
@a Castellan Brands | -
@b Lorenzo Bassi | chief executive of Castellan Brands
@c - | one of the people
@d Anneliese Forsberg | an analyst at Haversham Capital
Castellan Brands is in advanced talks to buy rival snack maker Dunmore Foods in a deal worth about 4.2 billion crowns that would create the region's largest packaged-food company, three people familiar with the matter said.
An announcement could come "⟦p:c|as soon as next week⟧", one of the people said, though talks could still collapse over price.
Dunmore declined to comment. Castellan said in a statement that it "⟦p:a|does not comment on market speculation⟧".
"⟦d:c|Dunmore's board has been open to offers for months. The question was always price,⟧" the person said. "⟦d:c|Castellan has moved, and that changes the conversation.⟧"
Lorenzo Bassi, chief executive of Castellan Brands, told analysts last month that the company was "⟦p:b|actively looking⟧" for acquisitions. "⟦d:b|We have the balance sheet to be bold, and I intend to use it,⟧" he said at the time.
Anneliese Forsberg, an analyst at Haversham Capital, said the deal made strategic sense but was likely to attract the attention of competition authorities. "⟦d:d|Together they'd have something like 40% of the crisps aisle. I'd be surprised if the regulator waved that through without conditions,⟧" she said.
Shares in Dunmore jumped 14% in late trading.

### 044
@a Callum Strachan-Eze | a barber from Kelsworth
@b Meera Joshi-Fenwick | a clinical psychologist who helped design the training
@c - | one customer at Strachan-Eze’s shop
@d Department of Health | -
Barbers in 40 towns are being trained to spot signs of depression in their customers as part of a scheme to reach men who would never walk into a GP surgery.
The Chair Talk project was set up by Callum Strachan-Eze, a barber from Kelsworth, after one of his regular customers took his own life in 2019.
“⟦d:a|He’d been sitting in my chair every three weeks for eight years. I knew about his kids, his car, his football team. I didn’t know he was struggling. That still keeps me up,⟧” Strachan-Eze said.
“⟦d:a|Men talk to their barber. There’s something about not having to look someone in the eye. You’re both looking in the mirror.⟧”
Dr Meera Joshi-Fenwick, a clinical psychologist who helped design the training, stressed that barbers were not being asked to act as therapists. “⟦d:b|It’s about noticing, asking one more question than you normally would, and knowing where to point someone. That’s it. That alone can save a life,⟧” she said.
One customer at Strachan-Eze’s shop, who asked not to be named, said a conversation in the chair had led him to see a doctor for the first time in a decade. “⟦d:c|He just said, ‘You alright, mate? Really?’ And for some reason I told him,⟧” he said.
The scheme has received £300,000 from the Department of Health, which said it was “⟦p:d|exactly the kind of community-led approach⟧” it wanted to support.

### 045
@a Gurdev Singh Bhamra | the shopkeeper who kept Elm Row supplied with milk, newspapers and gossip for 46 years
@b Harpreet Kaur | his daughter
@c Eileen Moss | a customer since 1978
@d - | one neighbour
Gurdev Singh Bhamra, the shopkeeper who kept Elm Row supplied with milk, newspapers and gossip for 46 years, has died aged 84.
He arrived in the town in 1971 with, as he liked to put it, “⟦p:a|one suitcase and one good suit⟧”, and opened Bhamra’s General Store five years later in a former butcher’s shop.
He greeted every customer with the same question, “⟦d:a|And how is your mother?⟧”, whether or not he had ever met the mother in question.
“⟦d:c|My mother died in 1990. He still asked after her. I never had the heart to tell him, and I think he knew anyway,⟧” said Eileen Moss, a customer since 1978.
His daughter, Harpreet Kaur, who now runs the shop, said the family had been overwhelmed by cards and flowers. “⟦d:b|People we’ve never met have been coming in to tell us stories about him. A man came in yesterday to pay back fifty pence he borrowed in 1987,⟧” she said. “⟦d:b|Dad would have taken it, too.⟧”
A handwritten notice in the window this week reads: “⟦s:-|Closed Tuesday for Gurdev. Open Wednesday, as he would want⟧”.
“⟦d:d|Elm Row won’t be the same,⟧” one neighbour said, leaving a bunch of daffodils on the step.

### 046
@a Ewan Gillanders | the conductor
@b Marit Engebretsen | a fellow passenger
The overnight train from Carrow Central to Dunmair leaves at 21.47 from platform 11, and for the first two hours there is nothing to see but the orange lights of the suburbs and your own reflection.
"⟦d:a|Most people sleep through the best part,⟧" says the conductor, Ewan Gillanders, who has worked the route for 26 years. "⟦d:a|Around five in the morning, you come round the shoulder of Beinn Ruadh and the whole loch is there below you. I wake people up for it if they ask. Some of them don't thank me.⟧"
The cabins are small, the bunks narrow, the sheets starched to the consistency of cardboard. I love it immediately.
"⟦d:-|Is it true they're closing the line?⟧" I ask him, as he checks my ticket.
"⟦d:a|They've been closing it since 1963,⟧" he says. "⟦d:a|It's still here. So am I.⟧"
In the lounge car, a fellow passenger, Marit Engebretsen, is on her ninth trip. "⟦d:b|I fly for work. This is for me. Nobody can email you in the middle of the moor. There's no signal,⟧" she says, raising a small whisky to the dark.
At Dunmair, Gillanders is on the platform shaking hands with every passenger. "⟦d:a|Same time next year?⟧" he asks me. It is not really a question.

### 047
@a Loopline | the video-sharing app
@b Anthony Okereke-Baines | the judge
@c Nasrin Haddadi | -
@d - | a Loopline spokesperson
Families who say their children were harmed by content pushed to them on Loopline, the video-sharing app, can bring their case to trial, the High Court has ruled.
In a 94-page judgment, the judge, Mr Justice Anthony Okereke-Baines, wrote that the company’s argument that it was “⟦p:a|merely a noticeboard⟧” could not survive “⟦p:b|even a cursory look at how the product actually works⟧”.
“⟦d:b|A noticeboard does not decide which notice to show to which child, at what hour, and how often,⟧” he wrote.
Nasrin Haddadi KC, who represented the families, said outside court: “⟦d:c|Today is the first time a court has looked behind the curtain. These families have waited three years to be heard, and now they will be.⟧”
Loopline said it would appeal. “⟦d:d|We strongly disagree with this ruling and will be seeking permission to appeal,⟧” a Loopline spokesperson said. “⟦d:d|We have invested heavily in tools to protect younger users, and we will continue to do so.⟧”
The trial is expected to begin next spring.

### 048
@a Aurelio Quispe Mamani | the novelist
@b Hester Blackwood | his translator
@c - | one early reviewer
Aurelio Quispe Mamani's ``⟦s:-|The Weight of Rivers⟧'', translated from the Spanish by Hester Blackwood, is a novel about a mountain village in the months before it is drowned by a hydroelectric dam. It is also, unexpectedly, very funny.
``⟦d:a|I grew up in a village like that. It is under forty metres of water now. When the reservoir is low, in a dry year, you can see the top of the church tower,⟧'' the novelist told me by video call from his home in Tarapuna.
``⟦d:-|Do you ever go back?⟧'' I asked.
``⟦d:a|Every dry year. I stand on the bank and look at the tower. My mother says I'm morbid. I say I'm visiting.⟧''
His translator, Hester Blackwood, said the hardest part had been the way the villagers speak. ``⟦d:b|They use a Spanish full of Quechua words, and I didn't want to smooth that away. English readers can cope with not understanding every word. They've been doing it for centuries,⟧'' she said.
One early reviewer called the book ``⟦p:c|a flood in slow motion⟧'', which is half right: the water rises, but the people in its path go on falling in love, feuding over goats and arguing about football until the very last page.

### 049
@a Darnell Whitfield-Ruiz | Head coach
@b Tyrese Abernathy | -
@c Ji-ho Park | Rookie center
Tyrese Abernathy scored 38 points, including the go-ahead three-pointer with 4.2 seconds left, as the Millbrook Foxes beat the Harborview Kings 112-110 on Friday night to snap a five-game losing streak.
"⟦d:b|I wanted the ball. Coach drew it up for somebody else, and I kind of told him, respectfully, no,⟧" Abernathy said with a grin.
Head coach Darnell Whitfield-Ruiz confirmed the story. "⟦d:a|He looked at me in the huddle and said, 'Give it to me.' When a guy looks at you like that, you give it to him,⟧" Whitfield-Ruiz said. "⟦d:a|We've got to defend a whole lot better than this, but I'll take it.⟧"
Rookie center Ji-ho Park added 14 points and 12 rebounds in his first start. "⟦d:c|My mom stayed up till four in the morning to watch. She's going to be tired at work,⟧" Park said.
Asked about the losing streak, Abernathy shrugged. "⟦d:b|We weren't playing bad. We were playing unlucky. Tonight we got lucky. That's basketball.⟧"
The Foxes host the Denton Ridge Hawks on Sunday.

### 050
@a Marina Saldanha Coutinho | Environment Minister
@b Davi Ywará | a leader of the Ybyrá people
@c Timber Producers Association | -
PORTO ESPERANÇA, Oct 2 (AWN) - Deforestation in the Vale do Cruzeiro forest fell 31% in the 12 months to July, the lowest level since satellite monitoring began, the government said on Wednesday.
“⟦d:a|Estamos mostrando que é possível⟧” (“⟦d:a|We are showing that it is possible⟧”), Environment Minister Marina Saldanha Coutinho told a news conference in the capital. “⟦d:a|Possible to protect the forest and grow the economy at the same time.⟧”
Davi Ywará, a leader of the Ybyrá people, whose territory lies in the south of the forest, said the figures did not match what his community saw on the ground. “⟦d:b|Maybe the satellites see fewer trees falling. We still hear the chainsaws at night,⟧” he said, speaking in Portuguese. “⟦d:b|The numbers are for the newspapers. The forest is for us.⟧”
The Timber Producers Association said in a statement that its members operated “⟦p:c|within the law⟧” and that illegal logging was “⟦p:c|a police matter, not an industry matter⟧”.
Saldanha Coutinho acknowledged that the fall would have to be sustained. “⟦d:a|One good year is not a trend. Ask me again in three years,⟧” she said.

### 051
@a Nkechi Afolabi | Detective Sergeant
@b Vernon Pyle | a retired postman from Ellingford
@c Westmarch Police | -
Police are warning buyers of second-hand vehicles about a scam in which fake sellers take deposits for cars and camper vans that do not exist.
Vernon Pyle, 68, a retired postman from Ellingford, lost £3,200 after paying a deposit on a camper van he saw advertised online. "⟦d:b|The pictures were lovely. The chap on the phone was lovely. He even sent me a photo of the logbook,⟧" he said. "⟦d:b|Then the number stopped working. I felt like an absolute fool.⟧"
Detective Sergeant Nkechi Afolabi, of the force's economic crime unit, said: "⟦d:a|Mr Pyle is not a fool, and nor is anyone else this happens to. These are organised, professional criminals who do this all day.⟧"
"⟦d:a|The golden rule is simple: never pay anything until you have seen the vehicle in person, with the seller, at a proper address.⟧"
Westmarch Police said it had received 46 reports of the scam since January, with losses totalling more than £150,000, and described the fraudsters as "⟦p:c|persistent and convincing⟧".

### 052
@a Ottoline Reeve | the show’s organiser
@b Horace Pennington | the 81-year-old
@c Laila Haddad | Head judge
@d - | a rival grower
For the fourteenth time in 20 years, Horace Pennington’s marrow has been crowned the biggest in Thornwick.
The 81-year-old’s entry weighed 41.6kg, just 300g more than the runner-up, in what organisers called the closest finish in the Great Thornwick Vegetable Show’s history.
“⟦d:b|It’s all in the feeding. Manure, rainwater and conversation. I talk to it every morning,⟧” Pennington said.
Asked what he says to it, he declined to elaborate. “⟦d:b|That’s between me and the marrow.⟧”
Head judge Laila Haddad said the result had been checked and double-checked. “⟦d:c|It was very close. We weighed both twice, and then I asked for the scales to be tested, because I knew there’d be questions,⟧” she said.
There were. A rival grower, who asked not to be named, muttered that Pennington’s marrow looked “⟦p:d|suspiciously shiny⟧”.
Ottoline Reeve, the show’s organiser, said about 3,000 visitors had come through the gates. “⟦d:a|It started in 1952 with six tables in the church hall. Now we have a marquee, a brass band and a queue for the cake tent that goes round the car park,⟧” she said.

### 053
@a Ilse Marttinen | the expedition’s chief scientist
@b Kamal Anand | a field engineer who keeps the drill running
At Fenwick Station, on the edge of the Brandt Ice Shelf, the only sounds most nights are the generator and the wind. Dr Ilse Marttinen, the expedition’s chief scientist, has spent four summers here measuring how quickly the shelf is melting from below.
“⟦d:a:m|When I started, the question was whether warm water was getting under the shelf at all. Now the question is how fast, and the answer keeps getting worse.⟧
“⟦d:a:m|We drill through 400 metres of ice with hot water and lower instruments into the ocean underneath. It’s like keyhole surgery on something the size of a small country.⟧
“⟦d:a|Last season we recorded water half a degree warmer than anything we’d measured before. Half a degree doesn’t sound like much. Under an ice shelf, it’s enormous.⟧”
Kamal Anand, a field engineer who keeps the drill running, is more concerned with the machinery. “⟦d:b|The drill is older than some of the scientists. It’s held together with cable ties and goodwill,⟧” he said. “⟦d:b|When it breaks at minus 30, you fix it. There’s nobody to call.⟧”
Asked whether the work was depressing, Marttinen paused for a long time. “⟦d:a|Sometimes. But not knowing would be worse. Somebody has to take the measurements, and I would rather it was us.⟧”

### 054
@a Elias Varga-Nakamura | the company's founder
@b Rachel Osei-Tutu | a partner at Harcourt Bell
@c Deepa Raghunathan | a software tester from Castlebridge who had £14,000 in the app
@d Financial Conduct Board | -
Customers of collapsed payments app Quillpay may have to wait up to 18 months to get their money back, its administrators said on Thursday.
Rachel Osei-Tutu, a partner at Harcourt Bell, which was appointed administrator on Monday, said the firm had found "⟦p:b|significant gaps⟧" in the company's records. "⟦d:b|We are still trying to establish where customer money was held and whether it was properly separated from the company's own funds. At this stage I can't give anyone a firm answer, and I won't pretend otherwise,⟧" she said.
Quillpay, founded in 2019, had about 310,000 customers. Its adverts on buses and underground trains carried the slogan "⟦s:-|Banking, but better⟧".
Deepa Raghunathan, a software tester from Castlebridge who had £14,000 in the app, said she had been saving for a deposit on a flat. "⟦d:c|It was meant to be safer than a bank. That's what the ads said,⟧" she said. "⟦d:c|Now I'm being told to wait a year and a half and maybe I'll get some of it back.⟧"
The company's founder, Elias Varga-Nakamura, posted an apology on social media late on Wednesday. "⟦d:a|I built Quillpay to make money simpler for people, and I have failed the people who trusted us. I am cooperating fully with the administrators,⟧" he wrote.
The Financial Conduct Board said it was "⟦p:d|aware of the situation⟧" and was "⟦p:d|working closely with the administrators⟧".

### 055
@a Philippa Oakes-Mahon | Trainer
@b Rory Devane | the jockey
@c Bernard Ojukwu | the winning owner
Midnight Ledger, a 33-1 outsider, won the Harrowdown Gold Cup by a neck on Saturday, rallying after the last to deny the favourite, Crown Jurist, in a driving finish.
“⟦d:b|I had no right to win that. I was nearly brought down at the third last, and then he just picked up and kept going,⟧” said the jockey, Rory Devane, 23, who was riding in his first Gold Cup.
“⟦d:b|I looked across at the last and thought, he’s got a chance here. Then I stopped thinking. You can’t think at that speed.⟧”
Trainer Philippa Oakes-Mahon, who keeps a string of 18 horses on a converted dairy farm, described the gelding as “⟦p:a|a bit of a clown⟧”. “⟦d:a|He’s never taken racing seriously. At home he pinches the stable lads’ sandwiches,⟧” she said. “⟦d:a|I think today he finally decided he’d like to be famous.⟧”
The winning owner, Bernard Ojukwu, bought Midnight Ledger for 6,000 guineas as an unraced three-year-old. “⟦d:c|My wife said I was wasting my money. I’m going to frame the cheque and hang it in the kitchen,⟧” he said.

### 056
@a Aino Kettunen | the orchestra’s chief conductor
@b Tobiah Lenz | the 24-year-old soloist for whom the piece was written
@c Tamar Ben-Ami | the composer
Harborough Philharmonic / Kettunen, Meridian Hall. Four stars.
Aino Kettunen, the orchestra’s chief conductor, has a habit of putting the new piece first, before anyone has had a chance to get comfortable. “⟦d:a|Premieres are terrifying for everyone except the audience,⟧” she told me backstage. “⟦d:a|They have nothing to compare it with, so it can only be a surprise.⟧”
On Thursday the surprise was Tamar Ben-Ami’s cello concerto “⟦s:-|Undertow⟧”, 25 minutes of churning, restless music that never quite settles into a key.
Lenz, the 24-year-old soloist for whom the piece was written, faces a particular hazard in the second movement. “⟦d:b|There’s a passage where Tamar has me playing below the bottom string, which is technically impossible. So I tune down in the middle of the movement. If I get it wrong, everyone will know,⟧” Tobiah Lenz said before the concert.
He did not get it wrong.
Ben-Ami, the composer, took a bow to prolonged applause. “⟦d:c|I wrote it for Tobiah because he plays like he’s arguing with someone. I wanted to give him something worth arguing about,⟧” she said afterwards.
After the interval, a big-boned, unhurried account of the orchestra’s signature symphony sent the audience home happy.

### 057
@a Giuliana Ferretti Bassani | Mayor
@b Salvatore Iannuzzi | a boat-hire operator
@c Valmarina Hoteliers' Association | -
@d Ingrid Bøe | a visitor from Holstad
PORTO VALMARINA, July 12 (AWN) - The coastal village of Porto Valmarina will charge day-trippers a 5-euro entry fee from next summer, becoming the latest resort to try to ration its crowds.
«⟦d:a|Non siamo un parco a tema⟧» («⟦d:a|We are not a theme park⟧»), Mayor Giuliana Ferretti Bassani told reporters. «⟦d:a|We have 1,900 residents and, on a Sunday in August, 20,000 visitors. The water pipes, the rubbish, the streets: nothing was built for this.⟧»
Salvatore Iannuzzi, a boat-hire operator, said the fee would drive customers away. «⟦d:b|People will go to the next village. They will take their money with them,⟧» he said.
The Valmarina Hoteliers' Association backed the plan, calling it «⟦p:c|overdue⟧».
Ingrid Bøe, a visitor from Holstad, said she would happily pay. «⟦d:d|Five euros is a coffee and a half. If it keeps the place beautiful, fine,⟧» she said.

### 058
@a Ferdinand Okello-Birch | -
@b Rosalind Treharne | Prime Minister
@c Geoffrey Palliser | his longtime political opponent
@d - | his family
Ferdinand Okello-Birch, who served as foreign secretary for six turbulent years and was once described by a rival as "⟦p:c|the most dangerous man in the building⟧", has died aged 88.
He entered parliament in 1970 as the member for Ashgrove East and held the seat for 34 years, through four leaders and two changes of government. "⟦d:a|Politics is the art of the next phone call,⟧" he liked to say, and he made a great many of them.
Prime Minister Rosalind Treharne said he had been "⟦p:b|a giant of his generation⟧". "⟦d:b|Ferdinand could be infuriating, he could be magnificent, and he was very often both in the same afternoon,⟧" she said.
The rival was his longtime political opponent, Sir Geoffrey Palliser, who said this week that he stood by the remark. "⟦d:c|I meant it as a compliment, and he took it as one. He sent me a bottle of claret the next day,⟧" Palliser said.
In a statement, his family said: "⟦d:d:m|He died at home, listening to the cricket, with his grandchildren arguing in the next room. He would not have wanted it any other way.⟧
"⟦d:d|We would like to thank the staff of the Ashgrove Hospice, who looked after him, and us, with great kindness.⟧"

### 059
@a Eamon Tierney | lifeboat coxswain
@b Jess Mallinder | -
@c Abi Cole | her friend
@d - | a spokesperson for the Coastal Lifeboat Institution
Two kayakers were rescued from the sea off Penhallow Head on Saturday after being swept almost two miles from shore by a strong offshore wind.
Jess Mallinder, 26, and her friend Abi Cole, 27, had set off from Gullcombe beach shortly after lunch for what they planned as a half-hour paddle.
“⟦d:b|One minute we were laughing about something, the next the beach was tiny. We paddled as hard as we could and it just kept getting smaller,⟧” Mallinder said.
Cole said they had stayed together by holding on to each other’s kayaks. “⟦d:c|Jess kept singing to keep me calm. Badly. It worked, though,⟧” she said.
Lifeboat coxswain Eamon Tierney said the pair had done “⟦p:a|everything right once things went wrong⟧”. “⟦d:a|They stayed with their boats, they were wearing buoyancy aids, and one of them had a phone in a waterproof pouch. That’s why we found them in twenty minutes instead of two hours,⟧” he said.
A spokesperson for the Coastal Lifeboat Institution urged people to check the wind direction before going out. “⟦d:d|An offshore wind can feel gentle on the beach and be very dangerous half a mile out,⟧” the spokesperson said.

### 060
@a Thabo Mokoena | the 41-year-old
@b Dougie Fairlie | his caddie
@c Sven Åkerlund | the overnight leader
Thabo Mokoena holed a 40-foot putt on the 18th to win the Kinloch Links Championship by one shot on Sunday, his first title in nine years.
``⟦d:a|I've missed that putt in my head about ten thousand times. Today it went in. I don't really know what to tell you,⟧'' the 41-year-old said.
``⟦d:a|My kids were born after my last win. They've only ever seen me lose. Now they've seen the other thing.⟧''
His caddie, Dougie Fairlie, said he had told Mokoena on the final green to ``⟦p:b|just hit it at the hole⟧''. ``⟦d:b|He asked me for the line and I said I had no idea. Honest answer,⟧'' Fairlie said.
Sven Åkerlund, the overnight leader, dropped three shots in his last four holes and finished alone in second. ``⟦d:c|I had the tournament in my hands and I dropped it. That's golf. I'll be back next year,⟧'' he said.

### 061
@a Barnaby Cole | the editor
@b - | my husband
@c - | my grandmother
The crime writer Odalys Ferrán, 58, has sold 11 million copies of her Inspector Salcedo novels. Her 14th, "⟦s:-|The Quiet Harbour⟧", is out on Thursday.
Q: Where do you write?
A: At the kitchen table, in the morning, before anyone else is up. I tried a shed once. I spent the whole winter staring at spiders.
Q: Is it true your first book was rejected 31 times?
A: Thirty-two. The thirty-second rejection was the nicest. The editor, Barnaby Cole, wrote: "⟦d:a|This is not for us, but please send me the next one.⟧" So I did, and he bought it.
Q: Does Salcedo ever annoy you?
A: Constantly. He's rude, he drinks too much coffee and he's always right. My husband says, "⟦d:b|You've just described yourself.⟧" He's not wrong.
Q: What are you reading?
A: "⟦s:-|The Lantern Keepers⟧" by Imogen Sallis. It's about lighthouses, which sounds dull, and it isn't.
Q: What's the best advice you've ever been given?
A: My grandmother told me, "⟦d:c|Write it down, or it didn't happen.⟧" She meant shopping lists. I took it further.

### 062
@a Westlink | -
@b Hamza Qadir | a baker in Dunmere who sells cakes online
@c Fiona Ruddock-Ames | Telecoms analyst
@d - | one Westlink engineer
Westlink outage: customers angry after 36 hours without internet
Hundreds of thousands of Westlink broadband customers have been without internet for up to 36 hours after what the company called a “⟦p:a|core network fault⟧”.
In an update on Sunday morning, Westlink said services were being restored “⟦p:a|region by region⟧” and apologised for “⟦p:a|the inconvenience⟧”.
Hamza Qadir, a baker in Dunmere who sells cakes online, said he had lost two days of orders. “⟦d:b|Inconvenience is when your train is late. This is my whole income for the weekend,⟧” he said.
Telecoms analyst Fiona Ruddock-Ames said an outage of this length was “⟦p:c|highly unusual⟧” for a network of Westlink’s size. “⟦d:c|Either something very odd has happened, or the backup systems weren’t doing what they were supposed to. Customers deserve to know which,⟧” she said.
One Westlink engineer, speaking on condition of anonymity, said staff had been working in shifts through the night. “⟦d:d|Everyone’s knackered. We’re not the ones who made the decisions that got us here, but we’re the ones getting shouted at,⟧” he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh86.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh86",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
