# ruff: noqa: E501
"""Build ``quotes_fresh134.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
styles of wire, broadsheet, tabloid, local paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh134-NNN``.

Conventions (the same as ``build_quotes_fresh8.py`` and ``build_quotes_fresh58.py``):

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

* A role title standing alone before the name (``Chief Executive``, ``Harbour boss``,
  ``Prosecutor``, ``Promoter``, ``Schools minister``, ``Principal``, ``head gardener``)
  is the description; so is a relational or role phrase set off before the name
  (``Her son, Murat``; ``the foreign minister, Hélène Kerbrat-Diallo``; ``His caddie,
  Dougie Ferns``). Where an appositive follows the name as well, the appositive wins.
* Where a speaker is introduced without an appositive (an age such as ``Gwen
  Pritchard, 67,`` is not one) and the passage refers to them by a definite description
  in the next sentence or at a cue (``the 19-year-old``, ``The world No 6``, ``the
  great-grandmother``, ``the retired postman``), that description is taken.
* A non-restrictive relative clause after an appositive (``one currency trader in
  London, who asked not to be named …``; ``Rohan Desai, professor …, who was not
  involved …``) is not part of the description; a restrictive one (``a sleep researcher
  at the University of Kestrel who led the study``) is.
* Questions by a first-person writer (``I asked him: “…”``, or a bare question in an
  exchange the writer is plainly part of) are ``direct`` with speaker and description
  null.
* A shout or chant in another language followed by the reporter's translation: both
  spans go to the original speaker (``direct``), or are both ``scare`` for a chant.
* A fragment in the reporter's sentence that relays someone else's words (``she claims,
  a call handler told her to “…”``) belongs to whoever first said them when the passage
  identifies or describes them; inside a speaker's own quote such words stay part of the
  outer span.
* Fragments from unidentified reviews are ``partial`` with speaker and description
  null (``one critic`` where the passage says so).
* Unnamed groups (``patient groups``, ``inspectors``, ``the authors``, ``two people
  familiar with the matter``) are a null speaker with that description; ``one of the
  people`` quoted singly gets its own description.
* An organisation speaker is named by its fullest form in the passage (``SkyCrest
  Airways`` when the cue says ``SkyCrest`` or ``the airline``).
* Printed labels (a cupboard marked “Lost Property”, an envelope labelled by hand),
  placards and product-range names are ``scare``.
* Quotes from a deceased person's earlier interviews or lectures in an obituary belong
  to that person; a headline quote belongs to the person the story identifies as its
  speaker.
* In the one transcript passage (``Q:`` / ``A:``), the answers are unmarked speech; a
  saying the expert attributes to ``my old professor`` is ``direct`` with that
  description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh134.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh134.jsonl")

PASSAGES = """
### 001
@a Ingrid Halvorsen | Chief Executive
@b Marcus Oyelaran | an analyst at Tremont Securities
@c Larkfield Stores | -
LONDON, March 14 (Wirefeed) - Larkfield Stores, Britain's fourth-largest grocer, reported a 6 percent rise in annual profit on Thursday and said food price inflation was easing, sending its shares to their highest level in two years.
Underlying pre-tax profit rose to 412 million pounds in the year to Feb. 28, ahead of an average forecast of 396 million pounds in a company-compiled poll, as shoppers who had defected to discount chains during the cost-of-living squeeze began to return.
"⟦d:a|We have won back customers we lost, and we have kept them by holding prices down rather than by chasing margin,⟧" Chief Executive Ingrid Halvorsen told reporters on a call.
Halvorsen said the group would cut prices on a further 300 everyday lines from next week and expected grocery inflation to settle at "⟦p:a|around 2 percent, maybe a touch below⟧" by the summer.
Asked whether the cuts would eat into margins, she said: "⟦d:a|We think there is room. We have taken a lot of cost out of the back of the business, and we would rather hand it to customers than sit on it.⟧"
Larkfield Stores said its outlook for the current year was "⟦p:c|appropriately cautious⟧", citing higher wage costs and a planned increase in packaging levies.
Marcus Oyelaran, an analyst at Tremont Securities, called the results "⟦p:b|cleaner than we expected⟧" but warned that competition remained fierce.
"⟦d:b|The discounters are not going away. Larkfield has bought itself some breathing space, that's all,⟧" he said. "⟦d:b|The next twelve months will tell us whether the customers who came back are staying.⟧"
Shares in the company closed up 4.8 percent at 318 pence.
(Reporting by Farah Siddiqui; Editing by Tom Ashworth)

### 002
@a Delphine Okonkwo-Reyes | chief investment strategist at Harrowgate Capital
@b Tadeusz Mazur | a fund manager at Pell & Stroud
@c - | one currency trader in London
Stock markets ended a jittery week lower on Friday as investors began to doubt that interest rates would fall as quickly, or as far, as they had been betting in January.
The Allshare index slipped 1.7 per cent over the five days, its worst week since October, while the yield on ten-year government bonds climbed back above 4.3 per cent after stronger-than-expected wage figures on Tuesday.
“⟦d:a|The market has priced in three cuts this year and the central bank has offered, at best, one and a half,⟧” said Delphine Okonkwo-Reyes, chief investment strategist at Harrowgate Capital. “⟦d:a|Something has to give, and historically it is not the central bank.⟧”
The week’s losses were led by housebuilders and retailers, the sectors most exposed to borrowing costs. The talk on trading floors of a “⟦s:-|soft landing⟧”, so fashionable a month ago, has gone quiet.
Tadeusz Mazur, a fund manager at Pell & Stroud, said he had been trimming his holdings of large technology stocks for several weeks.
“⟦d:b|I’m not calling the top. I’ve called the top four times in the last two years and been wrong four times,⟧” he said, laughing. “⟦d:b|But valuations are stretched, and I would rather be early than sorry.⟧”
Sterling fell for a fourth day against the dollar ahead of the budget on Wednesday. “⟦d:c|Nobody wants to be caught long of the pound going into a fiscal event,⟧” said one currency trader in London, who asked not to be named because he was not authorised to speak publicly.
Okonkwo-Reyes expects a “⟦p:a|bumpy spring⟧” but does not think a sell-off is imminent. “⟦d:a|Earnings are still holding up. As long as that is true, dips get bought.⟧”

### 003
@a Anneliese Varga | a sleep researcher at the University of Kestrel who led the study
@b Rohan Desai | professor of adolescent health at Marlowe College
@c - | the authors
@d Ellen Rourke | -
Teenagers who use their phones in bed after 10pm sleep on average 41 minutes less a night than those who put them away, according to the largest study of its kind, published on Thursday.
Researchers followed 6,200 pupils aged 13 to 17 at 48 schools for two academic years, using wrist-worn trackers rather than relying on the pupils’ own accounts of how much they slept.
“⟦d:a|Self-reported sleep is notoriously unreliable, particularly in teenagers, who tend to overestimate it,⟧” said Dr Anneliese Varga, a sleep researcher at the University of Kestrel who led the study. “⟦d:a|We wanted numbers we could trust.⟧”
The effect was strongest among the youngest pupils and was not explained by screen time earlier in the evening, the team found. In the paper, the authors write that late-night use appeared to delay sleep “⟦p:c|through arousal rather than light exposure alone⟧”, meaning that night-mode settings which dim blue light offer limited protection.
Varga was blunt about what that means for families. “⟦d:a|The phone needs to be out of the bedroom. Not face down, not on silent. Out.⟧”
Rohan Desai, professor of adolescent health at Marlowe College, who was not involved in the research, said the study was “⟦p:b|a serious piece of work⟧” but cautioned against blaming phones for everything.
“⟦d:b|Teenagers have always gone to bed late. Their body clocks shift in puberty,⟧” he said. “⟦d:b|What this tells us is that phones make an existing problem worse, which is useful, but it isn’t the whole story.⟧”
Ellen Rourke, whose 15-year-old son took part, said the family had started leaving all devices on the kitchen table at 9.30pm. “⟦d:d|There was a week of sulking,⟧” she said. “⟦d:d|Now he’s asleep by eleven and he’s a nicer person at breakfast. I’ll take it.⟧”

### 004
@a Gwen Pritchard | the grandmother of five
@b - | a spokesperson for Bryn Tawel University Health Board
@c Aled Morgan-Jones | the Plaid councillor for Cwmderw
A Cwmderw pensioner who has waited almost three years for a hip replacement says she has been "⟦p:a|left to rot⟧" after her operation was cancelled for a fourth time.
Gwen Pritchard, 67, of Heol y Bont, was told on Monday, the day before she was due to be admitted to Ysbyty Glan Tawel, that there were no beds available.
"⟦d:a|I'd packed my bag. I'd arranged for my neighbour to feed the cat. And then the phone goes and it's the same girl who rang last time, apologising again,⟧" the grandmother of five said.
"⟦d:a|I don't blame her, she's lovely. But I can't walk to the end of the garden any more. I used to do the Cwmderw fun run.⟧"
Mrs Pritchard first saw a consultant in April 2022. Official figures show more than 4,100 people in the health board area have waited over two years for orthopaedic treatment.
A spokesperson for Bryn Tawel University Health Board said: "⟦d:b|We are very sorry for the distress caused to Mrs Pritchard. Unfortunately, a high number of emergency admissions this week meant some planned procedures had to be postponed.⟧"
The spokesperson added that the board was "⟦p:b|working hard to reduce the longest waits⟧" and that a new surgical hub at Ysbyty Bro Aran would open in the autumn.
Aled Morgan-Jones, the Plaid councillor for Cwmderw, said he had raised the case with the health board's chief executive. "⟦d:c|Gwen's story is not unusual, and that's the scandal,⟧" he said. "⟦d:c|Every week I hear from someone in the same position.⟧"

### 005
@a Kwabena Sefa-Boateng | co-founder and chief executive of Hushbox
@b Mira Castellanos | a researcher at the digital rights group Open Ledger
@c Hushbox | -
@d - | One early tester
Kwabena Sefa-Boateng does not like the word “⟦s:-|smart⟧”. It is, he says, the reason most people’s homes are full of gadgets that listen to them.
“⟦d:a|Every device in your house wants to be smart. We wanted to build one that is deliberately a bit thick,⟧” said Sefa-Boateng, co-founder and chief executive of Hushbox, the Leeds start-up whose first product, a voice-controlled speaker that processes everything on the device itself, goes on sale next month.
The pitch is simple: nothing you say to a Hushbox leaves your living room. There is no cloud account, no app that wants your contacts, no “⟦s:-|personalised experience⟧”.
“⟦d:a|People assume privacy has to be a premium feature. It doesn’t. It’s actually cheaper not to collect data, you just make less money from it afterwards,⟧” he said.
Not everyone is convinced the claims will survive contact with reality. Mira Castellanos, a researcher at the digital rights group Open Ledger, said she welcomed the approach but wanted to see the code.
“⟦d:b|We’ve heard ‘nothing leaves the device’ before, from much bigger companies, and then a firmware update arrives and suddenly it does,⟧” she said. “⟦d:b|If they’re serious, they should let independent people look under the bonnet.⟧”
Hushbox said in a statement that it would publish a full security audit “⟦p:c|before the first unit ships⟧”.
The speaker has been tested in 300 homes. One early tester described it as “⟦p:d|like owning a very polite, slightly deaf butler⟧”. Told of the comparison, Sefa-Boateng grinned. “⟦d:a|From us? That’s the best review we’ve had.⟧”

### 006
@a Declan Furlong | Harbour boss
@b Ezra Lindqvist | The 19-year-old
@c Bram Oosterhuis | the Wexcombe manager
HARBOUR ATHLETIC 3 WEXCOMBE CITY 1
Ezra Lindqvist fired Harbour Athletic into the cup quarter-finals with a stunning double - and then admitted he "⟦p:b|couldn't feel my legs⟧" at the final whistle.
The 19-year-old, handed only his second start, curled home a 25-yard free-kick before the break and added a second from close range on the hour as the home fans chanted "⟦s:-|Ezra, Ezra⟧" from the Quayside End.
"⟦d:b|I've dreamed about this since I was six. My dad used to bring me to this ground and I'd sit right over there,⟧" said Lindqvist, pointing to the corner of the main stand. "⟦d:b|I'm going to ring him now and he's going to cry. He always cries.⟧"
Harbour boss Declan Furlong was quick to dampen the hype. "⟦d:a|He's a good kid and he's worked hard for this, but let's not put him on the front of a cereal box yet,⟧" he said.
"⟦d:a|He missed two sitters in the first half as well. I'll be mentioning those on Monday.⟧"
Wexcombe had pulled one back through Kofi Ansah's header, and Bram Oosterhuis, the Wexcombe manager, felt his side deserved more.
"⟦d:c|For sixty minutes we were in control. Then one moment of quality and one moment of stupidity, and it's gone,⟧" the Dutchman said. Asked which moment of stupidity he meant, he replied: "⟦d:c|You saw it. Everybody saw it. I don't need to say a name.⟧"
Substitute Rhys Tandy wrapped it up in stoppage time with a tap-in after the Wexcombe keeper spilled a cross.

### 007
@a Valentina Szabó | The world No 6
@b - | one reporter
@c Hana Koizumi | the 2021 champion
@d Mateo Ferrante | Szabó’s coach
Valentina Szabó said she had been “⟦p:a|playing against the wind, the crowd and my own head⟧” after she came through a gruelling three-set semi-final against Hana Koizumi at the Castellmar Open on Saturday.
The world No 6 won 6-4 3-6 7-5 in two hours and 51 minutes, saving three break points at 5-5 in the decider.
“⟦d:a|Honestly, at 4-2 down in the third I was already thinking about my flight home,⟧” Szabó told reporters. “⟦d:a|Then she missed an easy forehand and something changed. I started to believe again.⟧”
Asked by one reporter, “⟦d:b|Was there a moment when you thought about retiring with the shoulder?⟧”, the Hungarian shook her head. “⟦d:a|No. It hurts, but it hurts every week. If I retired every time something hurt, I would never finish a match.⟧”
Koizumi, the 2021 champion, was gracious in defeat but admitted the conditions had frustrated her.
“⟦d:c|The wind was crazy. You throw the ball up to serve and it comes back down in a different postcode,⟧” the Japanese player said. “⟦d:c|But it was the same for both of us. She handled it better. That’s tennis.⟧”
Szabó’s coach, Mateo Ferrante, said the shoulder would be assessed overnight. “⟦d:d|She’ll play tomorrow. I’d need to tie her to the hotel bed to stop her,⟧” he said.

### 008
@a Iain Dunbar | the ferry’s skipper
@b Morag Baillie | owner of the four-room Tigh na Mara guesthouse
@c Calum Rennie | -
The ferry to Inchmarra leaves Portnacroish twice a day in summer and, if the weather allows, twice a week in winter. “⟦d:a|If the weather allows,⟧” repeats Iain Dunbar, the ferry’s skipper, with the air of a man who has said it to a great many disappointed tourists. “⟦d:a|Write that down. Underline it.⟧”
I had come for three days and stayed five, not entirely by choice. It is that kind of island: 140 residents, one shop, one road, and a sky that changes its mind every twenty minutes.
Morag Baillie, owner of the four-room Tigh na Mara guesthouse, has seen visitors arrive anxious and leave transformed. “⟦d:b|The first day they’re checking their phones for signal. By the third day they’ve stopped asking,⟧” she says. “⟦d:b|By the fourth they’re asking me if the croft up the hill is for sale. It isn’t.⟧”
The croft up the hill belongs to Calum Rennie, who keeps sheep, a few cows and a boat he describes as “⟦p:c|older than my marriage and in better condition⟧”. I asked him: “⟦d:-|Does the island need more visitors, or fewer?⟧”
He thought about it for a long time. “⟦d:c|More who stay a week. Fewer who come for an hour to photograph the standing stones and then complain there’s no café.⟧”
There is, in fact, no café. There is the shop, which sells coffee from a flask on the counter, and there is Morag’s kitchen table, where guests are fed until they cannot move.
“⟦d:b|Bring a good coat,⟧” was Morag’s parting advice. “⟦d:b|And never book a flight for the day after you’re meant to leave.⟧”

### 009
@a Oluwaseun Bakare | the director
@b Imelda Crane | a veteran of the Royal Ashdown company
@c Ruth Fennimore | the playwright
Three hours is a long time to sit on a wooden bench, even at the Corran, where the seats were last replaced when the theatre still had a smoking balcony. That Oluwaseun Bakare's revival of "⟦s:-|The Salt Merchants⟧" never feels its length is the first of its many achievements.
Ruth Fennimore's 1974 play, about three generations of a Cornish trading family, was dismissed at its premiere as "⟦p:-|a soap opera with pretensions⟧" and has barely been staged since.
Bakare, the director, told me before the opening that he had found the script in a box of donated books. "⟦d:a|I read it on a train and missed my stop. That had never happened to me with a play,⟧" he said. "⟦d:a|I thought: either I'm wrong, or everyone else was.⟧"
At its centre is Imelda Crane, a veteran of the Royal Ashdown company, as the matriarch Hester Pengelly, a woman who runs the family firm like a small and vindictive navy. Crane describes the part as "⟦p:b|King Lear in an apron⟧".
"⟦d:b|She's monstrous and she's right about almost everything, which is the worst combination,⟧" Crane said. "⟦d:b|Ruth told me at the first read-through that Hester was based on her own mother. After that I couldn't have played her for laughs even if I'd wanted to.⟧"
The second act sags a little under the weight of a subplot about a shipping insurance fraud, but the final scene, played almost in darkness, is as quietly devastating as anything I have seen this year.
Fennimore, now 86, was in the audience on press night. "⟦d:c|I've waited fifty years for someone to do it properly, and I'm glad I didn't die first,⟧" the playwright said afterwards, to laughter from the cast.

### 010
@a Priti Malhotra | -
@b SkyCrest Airways | -
@c Aviation Complaints Service | -
YOUR MONEY: “⟦d:a|I’ve been chasing a £640 refund for seven months⟧”
Priti Malhotra from Dunmore wrote to us in despair. “⟦d:a|Our flights to Lisbon were cancelled two days before we were due to go, and SkyCrest promised a full refund within 14 days. That was in September,⟧” she said. “⟦d:a|I have since spent more than nine hours on hold, and I have a folder of emails each telling me my case is ‘a priority’.⟧”
Her experience is far from unique. Complaints about delayed refunds have almost doubled in a year, and we hear from readers in a similar position every week.
When we contacted SkyCrest Airways, the airline said it had “⟦p:b|identified a processing error⟧” and that the refund would be paid within five working days. It arrived the following morning.
“⟦d:b|We apologise to Ms Malhotra for the delay and for the inconvenience caused,⟧” SkyCrest said in a statement. “⟦d:b|We are reviewing our refund processes to ensure this does not happen again.⟧”
Ms Malhotra was relieved, if not entirely satisfied. “⟦d:a|It’s lovely that it took one email from a newspaper. What about everyone who doesn’t write to a newspaper?⟧”
A fair question. The Aviation Complaints Service says passengers who have waited more than eight weeks can escalate a complaint free of charge, and that airlines must cover “⟦p:c|reasonable out-of-pocket expenses⟧” caused by late refunds.

### 011
@a Bernadette Quigley | the council leader
@b Sunita Rao | leader of the Independent group
@c Harold Finch | a retired engineer who lives on Mill Lane
Councillors clashed at a stormy meeting of Ashbourne Vale District Council on Thursday over the decision to close the Tollgate footbridge for at least eighteen months.
The 1890s iron bridge, used by an estimated 2,000 people a day to reach the railway station, was shut last month after inspectors found corrosion in two of its main girders.
Bernadette Quigley, the council leader, told the chamber there had been "⟦p:a|no responsible alternative⟧". "⟦d:a|I would rather stand here and be shouted at than stand at an inquest,⟧" she said. "⟦d:a|The engineers were clear. The bridge was not safe.⟧"
Sunita Rao, leader of the Independent group, accused the administration of "⟦p:b|sitting on a report for two years⟧" that had warned of the problem.
"⟦d:b|The leader says the engineers were clear. They were clear in 2022. What happened between then and now?⟧" Cllr Rao asked. "⟦d:b|Nothing happened. That is the answer. Nothing.⟧"
Ms Quigley said the 2022 report had recommended monitoring, not closure, and that monitoring had taken place. "⟦d:a|Councillor Rao knows that perfectly well,⟧" she replied.
"⟦d:-|Rubbish!⟧" came a shout from the public gallery, where about forty residents had gathered, some holding placards reading "⟦s:-|Fix Our Bridge⟧".
Harold Finch, a retired engineer who lives on Mill Lane, used public question time to ask why a temporary crossing could not be installed. "⟦d:c|The Army put a bridge over the Rhine in a weekend. I'm not asking for the Rhine, I'm asking for the Ashburn, which you can jump over in July,⟧" he said.
The council has promised to report back on temporary options in March.

### 012
@a Lionel Adebayo-Marsh | -
@b Teddy Okafor | the saxophonist who played alongside him for 22 years
@c Corinne | His daughter
Lionel Adebayo-Marsh, who has died aged 84, was for three decades the house pianist at the Calloway Rooms in Brixcombe, and for most of that time the best jazz musician in the country whom almost nobody outside the building had heard of.
He was known to other musicians as “⟦s:-|the Professor⟧”, partly because of his tweed jackets and partly because young players who sat in with him tended to leave having been taught something, whether they wanted to be or not.
“⟦d:a|I never wanted to be famous. I wanted to be good, and I wanted to be home by two,⟧” he told this newspaper in 1998, in one of the few interviews he gave. “⟦d:a|Famous people don’t get home by two.⟧”
Born in Lagos to a Nigerian father and an English mother, he moved to Brixcombe at the age of nine and taught himself to play on an upright piano in the back room of a Methodist hall.
Teddy Okafor, the saxophonist who played alongside him for 22 years, said: “⟦d:b|He’d play a chord behind you and you’d suddenly realise what you’d been trying to say for the last sixteen bars.⟧”
“⟦d:b|He made everybody sound cleverer than they were. Including me. Especially me.⟧”
He married Hazel Pryce, a nurse, in 1967; she died in 2011. His daughter, Corinne, said he had played every day until the week before his death.
“⟦d:c:m|Even when his hands were bad, he’d sit down after breakfast and play for half an hour. Mostly hymns, at the end, which surprised us all.⟧
“⟦d:c|I asked him once why hymns, and he said, ‘Because they’re the only tunes I don’t have to think about.’ Then he played something by Monk straight afterwards, just to prove he still could.⟧”
He is survived by Corinne and by two grandchildren.

### 013
@a Hélène Kerbrat-Diallo | the foreign minister
@b Anders Vik-Solberg | a spokesman for the Kessland government
@c - | A Western diplomat in Port-Sévran
PORT-SÉVRAN, June 8 (Wirefeed) - Morvalia recalled its ambassador from Kessland on Saturday and suspended talks on a shared hydropower dam, escalating a months-long dispute over water rights on the Aure river.
«⟦d:a|Nous ne reculerons pas⟧», the foreign minister, Hélène Kerbrat-Diallo, told a news conference in the capital, before repeating the phrase in English: «⟦d:a|We will not back down.⟧»
She said Kessland had cut the river's flow at the border by almost a third since January, «⟦p:a|in violation of every agreement our two countries have signed since 1962⟧».
«⟦d:a|This is not a technical disagreement about cubic metres. It is about whether our farmers in the south can plant a harvest this year,⟧» she said.
Kessland rejected the accusation. «⟦d:b|The reduction in flow is the result of drought, not policy,⟧» Anders Vik-Solberg, a spokesman for the Kessland government, said in a statement. «⟦d:b|Kessland remains ready to resume talks at any time, without preconditions.⟧»
A Western diplomat in Port-Sévran, speaking on condition of anonymity, said both sides were «⟦p:c|playing to domestic audiences⟧» ahead of elections in the autumn.
«⟦d:c|Nobody wants a real crisis. But nobody wants to be seen to blink first, either,⟧» the diplomat said.

### 014
@a Tomasi Ravuvu | The Fijian centre
@b Gareth Llewellyn-Price | Kingsmoor director of rugby
@c Seamus Doherty | Ravenstone head coach
Kingsmoor 27 Ravenstone 24
Tomasi Ravuvu’s try four minutes from time completed a remarkable comeback at Abbey Fields, where Kingsmoor had trailed 24-6 shortly after half-time.
The Fijian centre, playing his 100th game for the club, took an inside pass from Ollie Saunders and handed off two defenders on a 40-metre run to the posts.
“⟦d:a|I just saw green grass and thought, don’t fall over,⟧” Ravuvu said with a grin. “⟦d:a|A hundred games, a win like that, my family in the stand. I’ll remember this one when I’m an old man.⟧”
Kingsmoor director of rugby Gareth Llewellyn-Price admitted his side had been “⟦p:b|nowhere near it⟧” in the first 45 minutes.
“⟦d:b|I said some things at half-time that I won’t repeat in front of your microphones,⟧” he said. “⟦d:b|The boys responded. But we can’t keep giving teams a three-score start and hoping.⟧”
Ravenstone head coach Seamus Doherty was left to rue a yellow card for lock Piet van Rensburg early in the second half, during which Kingsmoor scored twice.
“⟦d:c|That’s the game, right there. Ten minutes with fourteen men and we lose our shape, we lose our heads,⟧” Doherty said. “⟦d:c|Was it a yellow? Probably. Was it a stupid one? Definitely.⟧”

### 015
@a Jack Tremlett | The 41-year-old
@b Haseeb Qureshi | the Westmarch captain
@c Westmarch County Cricket Club | -
Jack Tremlett rolled back the years with seven for 38 at Fairholme Park on Saturday as Westmarch bowled Northmoor out for 164 on the opening day of their County Championship match.
The 41-year-old, who announced in March that this would be his last season, found prodigious swing under heavy cloud and took four wickets in his first five overs.
"⟦d:a|I've been telling the lads all week the ball wasn't swinging because the bowler was too old,⟧" Tremlett said. "⟦d:a|Turns out it was just the ball.⟧"
Haseeb Qureshi, the Westmarch captain, paid tribute to a bowler who has taken more than 700 first-class wickets for the county. "⟦d:b|He's been carrying our attack for fifteen years,⟧" Qureshi said. "⟦d:b|If he wants to change his mind about retiring, he knows where I am.⟧"
Asked whether he might reconsider, Tremlett laughed. "⟦d:a|My knees have made that decision for me. They've had a meeting. It was unanimous.⟧"
Westmarch County Cricket Club said it would mark his final home appearance in September with a "⟦p:c|proper send-off⟧".
By the close Westmarch had reached 88 for two in reply, with opener Callum Reddy unbeaten on 47.

### 016
@a Julián Cárdenas Ospina | the 24-year-old Colombian
@b Koen Vanderhaegen | sports director of the Altura-Brevik team
@c Arno Bekkering | the Dutch rider
Julián Cárdenas Ospina won the queen stage of the Tour des Alpes Vertes on Thursday with a solo attack on the final climb to the Col de la Cerisaie, finishing 52 seconds clear of a group of favourites.
Speaking through an interpreter, the 24-year-old Colombian dedicated the win to his grandmother, who died in January.
“⟦d:a|Ella siempre me decía: sube sin mirar atrás,⟧” he said, his voice breaking. “⟦d:a|She always told me: climb without looking back.⟧”
“⟦d:a|Today I didn’t look back once. I didn’t even listen to the radio.⟧”
Koen Vanderhaegen, sports director of the Altura-Brevik team, said the attack had not been part of the plan. “⟦d:b|We told him to wait for the last two kilometres. He went with six to go. What can you do? He’s a climber. Climbers don’t listen,⟧” the Belgian said, shrugging.
Arno Bekkering kept the leader’s jersey by 31 seconds after limiting his losses on the upper slopes.
“⟦d:c|I knew I couldn’t follow him, so I rode my own pace. I’m happy,⟧” the Dutch rider said. “⟦d:c|Two more days. Anything can happen, but tonight I sleep well.⟧”

### 017
@a Inès Abou-Khalil | -
@b Simon Greatorex | Her editor at Halberd Press
Inès Abou-Khalil wrote most of her new novel in a borrowed caravan on the edge of a cabbage field, with a hot-water bottle on her lap and no internet connection.
"⟦d:a|Partly it was discipline, and partly it was that I couldn't afford the rent on my flat any more,⟧" she says, laughing, when we meet in a café near her home in Tarrow. "⟦d:a|People think writers choose these romantic hardships. Mostly they're just hardships.⟧"
"⟦s:-|The Orchard Year⟧", her third novel, follows a Lebanese family running an apple farm in the north of England through twelve months of weather, debt and marriage. It has already been called "⟦p:-|a quiet masterpiece⟧" and "⟦p:-|the best novel about farming since the war⟧".
"⟦d:a|I don't read reviews,⟧" she says. "⟦d:a|My mother reads them and then tells me about them, which is worse.⟧"
I ask: "⟦d:-|Is the family in the book yours?⟧"
"⟦d:a|Yes and no. The farm is invented. The arguments are real,⟧" she says. "⟦d:a|My father will recognise himself, and I have told him it's a different man.⟧"
Her editor at Halberd Press, Simon Greatorex, remembers the manuscript arriving in a padded envelope with no covering letter. "⟦d:b|I read it in one sitting and then rang her at eleven at night, which I have never done before,⟧" Greatorex says. "⟦d:b|She didn't answer. She was in the caravan.⟧"

### 018
@a Rowan Achterberg | a textile artist based in Glasgow
@b Felicity Ng | director of the Harbourside Gallery
@c - | a retired trawlerman from Castlebay
Rowan Achterberg spent four years collecting fishing nets washed up on the beaches of the Outer Isles. The result fills the whole ground floor of the Harbourside Gallery in Dunmerrick: twelve vast hangings, knotted, dyed and rewoven by hand, titled collectively “⟦s:-|What the Tide Keeps⟧”.
“⟦d:a|I started picking them up because they were killing seabirds, not because I thought they were art,⟧” said Achterberg, a textile artist based in Glasgow. “⟦d:a|Then I had a shed full of them and a choice: landfill, or do something.⟧”
The artist, who uses they/them pronouns, is wary of the word “⟦s:-|activist⟧”. “⟦d:a|I’m not telling anyone what to think. I’m showing them what I found. If they feel angry, that’s their business,⟧” they said.
Felicity Ng, director of the Harbourside Gallery, said the show had drawn more visitors in its first week than any exhibition in the gallery’s 30-year history.
“⟦d:b|We’ve had fishermen in here, which we’ve never had before. They stand in front of the pieces and tell each other which boat a net came off,⟧” she said.
One visitor, a retired trawlerman from Castlebay, was overheard telling his grandson: “⟦d:c|That green one’s a Spanish net. You can tell by the knots.⟧”
The exhibition runs until 14 September. Admission is free.

### 019
@a Delia Marchetti | the singer
@b Yusuf Demirci | Her producer since 2009
It has been eleven years since Delia Marchetti last released an album, and she is the first to admit she nearly did not release this one. ``⟦d:a|I had the songs in a drawer for six years,⟧'' the singer says. ``⟦d:a|Every time I played them to someone I'd apologise first. That's not a good sign.⟧''
Her producer since 2009, Yusuf Demirci, persuaded her otherwise. ``⟦d:b|I told her the apologising was the best thing about them,⟧'' Demirci said. ``⟦d:b|These are songs by someone who isn't sure, and that's rare. Most records are very sure of themselves.⟧''
The result, ``⟦s:-|Low Country⟧'', is a spare, unhurried record of ten songs, most of them built on little more than an acoustic guitar, a harmonium and Marchetti's voice, which has deepened and roughened with the years in ways that suit the material.
The standout is the title track, a six-minute meditation on her late mother that Marchetti calls ``⟦p:a|the closest I've come to writing down a prayer⟧''.
``⟦d:a|My mother was very religious and I wasn't, and we fought about it for forty years. The song is me finally letting her win one,⟧'' she said.
Not everything lands. A cover of an old sea shanty feels like a B-side that wandered in by mistake. But this is a brave, generous record, and it was worth the wait.

### 020
@a Sidonie Garnier-Mbaye | the 47-year-old French director
@b Lukas Brandtner | the Austrian actor who chaired the jury
@c Paulo Menezes | the Brazilian actor who plays the grieving ferryman at the film's centre
@d - | one critic
The Lumière d'Or at the Festival of Saint-Aubrac went on Saturday night to «⟦s:-|Les Heures Blanches⟧», Sidonie Garnier-Mbaye's four-hour portrait of a ferry crossing in winter.
«⟦d:a|I made this film with eleven people and a van,⟧» Garnier-Mbaye said through an interpreter as she accepted the prize. «⟦d:a|Tonight I would like to give this to the van.⟧»
Lukas Brandtner, the Austrian actor who chaired the jury, said the decision had been unanimous. «⟦d:b|We argued about everything else for three days. About this one we argued for four minutes,⟧» he said.
Paulo Menezes, the Brazilian actor who plays the grieving ferryman at the film's centre, described the experience of working with her as «⟦p:c|like being slowly hypnotised⟧».
«⟦d:c|Sidonie doesn't direct you, she waits for you. She will wait for an hour. It's terrifying,⟧» he said.
Critics have been less unanimous: one critic called the film «⟦p:d|beautiful and very, very slow⟧». Asked about the running time, the 47-year-old French director shrugged. «⟦d:a|Life is long too. Nobody complains.⟧»

### 021
@a Gareth Mwangi | a director at the estate agents Mwangi & Lowe
@b Sophie Aldana | chief economist at the Farrow Building Society
@c Dominik Nowak | a software tester
@d Farrow Building Society | -
House prices in Stanbridge have risen faster than anywhere else in the country over the past year, according to figures published on Friday, as buyers priced out of the big cities look further afield.
The Farrow Building Society said the average price of a home in the town rose 9.4 per cent in the twelve months to March, to £238,000, against 2.1 per cent nationally. The increase, it said, was “⟦p:d|driven overwhelmingly by people moving in, not people moving up⟧”.
Sophie Aldana, chief economist at the Farrow Building Society, said the new rail link, which cut the journey to the city to 48 minutes, had “⟦p:b|changed the maths⟧” for a generation of renters.
“⟦d:b|If you can work from home three days a week, Stanbridge is suddenly a commute rather than an exile,⟧” she said. “⟦d:b|What we don’t know yet is whether local wages will follow, or whether local people get priced out.⟧”
Gareth Mwangi, a director at the estate agents Mwangi & Lowe, said three-bedroom terraces near the station were selling within days, often to buyers who had never visited the town before the viewing.
“⟦d:a|I had a couple last month who bought a house off a video call. They came up the day they got the keys and asked me where the nearest supermarket was,⟧” he said. “⟦d:a|Nice people. But that tells you something.⟧”
Dominik Nowak, 29, a software tester, moved to Stanbridge in January with his partner. “⟦d:c|We were paying £1,600 a month for a one-bed flat above a chicken shop. Here we’ve got a garden and a spare room, and the mortgage is less than the rent was,⟧” he said.
Asked whether he felt guilty about pushing up prices for people who grew up in the town, he paused. “⟦d:c|A bit, yes. I don’t know what the answer is. I don’t think it’s me staying in the flat above the chicken shop.⟧”

### 022
@a Lorraine Achebe | a chartered financial planner at Ouseley Wealth
@b Brian Hollings | a retired bus driver from Whitcombe
@c - | A spokesperson for the Pensions Service
Thousands of people could be missing out on hundreds of pounds a year of state pension because they do not realise they can fill gaps in their contribution record, advisers have warned, with the deadline to do so less than two months away.
Lorraine Achebe, a chartered financial planner at Ouseley Wealth, said she was seeing "⟦p:a|a flood of last-minute inquiries⟧" from clients.
"⟦d:a|For some people, paying a few hundred pounds now will bring them thousands over their retirement. It's one of the best deals going, and most people have never heard of it,⟧" she said.
"⟦d:a|But it isn't right for everyone. If you're already on course for the full amount, you'd just be giving money away. Check before you pay.⟧"
Brian Hollings, a retired bus driver from Whitcombe, discovered he had six missing years after working abroad in his twenties. "⟦d:b|I rang the helpline thinking it would take five minutes. It took three phone calls and a letter, but I'll get about £900 a year more for the rest of my life,⟧" the 67-year-old said.
"⟦d:b|My wife says I should have done it years ago. She says that about most things.⟧"
A spokesperson for the Pensions Service said: "⟦d:c|We encourage everyone approaching state pension age to check their forecast online. Our helpline has been expanded to cope with demand ahead of the April deadline.⟧"

### 023
@a Kerry-Ann Doyle | a mum-of-three from Gatesby
@e - | a call handler
@b Brightwell Energy | -
@d - | one Brightwell call-centre worker
@c Tom Ferrier | Gatesby North MP
A mum-of-three was left stunned after being sent a gas bill for £4,870 – for a two-bedroom flat she says has not had a working boiler since November.
Kerry-Ann Doyle, 34, a mum-of-three from Gatesby, said she “⟦p:a|burst into tears⟧” when she opened the letter from Brightwell Energy on Tuesday.
“⟦d:a|I thought it was a joke. I read it three times. We’ve been boiling kettles to wash the kids since before Christmas,⟧” she said. “⟦d:a|How can I owe them five grand for gas I can’t even use?⟧”
When she rang to complain, she claims, a call handler told her to “⟦p:e|pay what you can and we’ll sort it out later⟧”.
Brightwell Energy said the bill had been generated by “⟦p:b|an estimated reading error⟧” and had now been cancelled. “⟦d:b|We’re sorry for the worry this has caused Ms Doyle and have applied a goodwill credit to her account,⟧” the firm said.
But one Brightwell call-centre worker, who did not want to be named, told us such errors were “⟦p:d|happening every single day⟧”.
“⟦d:d|We’re told to apologise and move on. Nobody upstairs wants to fix the system because fixing the system costs money,⟧” the worker said.
Gatesby North MP Tom Ferrier said he would raise the case in Parliament. “⟦d:c|Kerry-Ann’s case is outrageous, but it’s the tip of the iceberg,⟧” he said.

### 024
@a Tumblebee Toys | -
@b Product Safety Bureau | -
@c Amara Okeke | a mother from Selbridge whose daughter swallowed the magnet in March
@d - | A company spokesperson
A toy company has recalled more than 40,000 bath-time toys after a two-year-old girl swallowed a small magnet that came loose from one of them.
Tumblebee Toys said it was withdrawing its "⟦s:-|Splash Squad⟧" range of floating animals from sale "⟦p:a|as a precaution⟧" and urged parents to stop using them immediately.
"⟦d:a|The safety of children is our absolute priority. We are deeply sorry to the family concerned,⟧" the company said in a statement.
Amara Okeke, a mother from Selbridge whose daughter swallowed the magnet in March, said she had spent "⟦p:c|the worst 48 hours of my life⟧" at the children's hospital.
"⟦d:c|The doctors told us that if she'd swallowed two, they could have pulled together through her intestine. She needed surgery anyway,⟧" she said. "⟦d:c|She's fine now. She's running round the kitchen as I'm talking to you. But I want every parent to know.⟧"
The Product Safety Bureau said it was "⟦p:b|aware of at least three other incidents⟧" and was investigating. "⟦d:b|Magnets in children's products continue to be a serious concern,⟧" the bureau added.
A company spokesperson later told the Selbridge Courier that refunds would be available in all stores, with or without a receipt. "⟦d:d|Just bring them back. No questions asked,⟧" she said.

### 025
@a Kenji Morioka | the car’s chief engineer
@b Valeron | -
The Valeron Aster is, according to Valeron, which unveiled it last month, a “⟦p:b|segment-defining urban crossover⟧”. I have driven it for a week and I still could not tell you which segment it defines, but I can tell you it is very good at getting into small parking spaces.
Kenji Morioka, the car’s chief engineer, is refreshingly candid about its origins. “⟦d:a|Marketing asked for something that looks like an SUV and parks like a hatchback. Engineering said that was impossible. Then we did it anyway, mostly to prove them wrong,⟧” he told me at the launch.
The electric motor is smooth and quick off the mark, the steering light but accurate, and the ride firm without being punishing. The rear seats are another matter.
I asked Morioka: “⟦d:-|Who is actually supposed to sit in the back?⟧” He laughed. “⟦d:a|Children. Small adults. People you don’t like very much.⟧”
Valeron claims a range of 410km. In cold weather, with the heater on, I managed 340. “⟦d:a|Nobody drives the test cycle. I know this. We all know this,⟧” Morioka said when I told him.
Still, it is hard to dislike. It is nimble, cheerful and well made, and it does not pretend to be a rally car. “⟦d:a|Write that it is fun,⟧” Morioka said as I left. “⟦d:a|That is the only word I care about.⟧”
It is fun. There, I wrote it.

### 026
@a Tariq El-Amin | the 38-year-old
@b Bronagh Feeney | his business partner
Tariq El-Amin used to cook at two of the capital's most expensive restaurants. Now he makes flatbreads in a former tyre-fitting garage on the Garnett industrial estate, and he has never been happier.
"⟦d:a|Fine dining nearly killed me. Eighteen-hour days, tweezers, a chef shouting at me about the angle of a chive,⟧" the 38-year-old said. "⟦d:a|Here, if the bread is good and the lamb is good, people are happy. I'm happy.⟧"
The bread is very good indeed: blistered from a wood-fired oven he built himself, slicked with za'atar and oil, and big enough to use as a tablecloth. The lamb shoulder, cooked overnight and pulled apart at the table, is better still.
Bronagh Feeney, his business partner, runs front of house with a warmth that makes a corrugated-iron shed feel like somebody's kitchen. She describes the menu as "⟦p:b|whatever Tariq feels like, within reason⟧".
"⟦d:b|He wanted to change it every day. I said twice a week, maximum, or the staff would mutiny,⟧" she said. "⟦d:b|We had a queue round the block on the second Saturday. I went out with tea for them in paper cups. You don't get that in the fancy places.⟧"
Asked whether he missed the accolades, El-Amin did not hesitate. "⟦d:a|I miss the money. I don't miss the stars.⟧"
Food 9, atmosphere 8, value 9. About £30 a head with drinks.

### 027
@a Maureen Tait | the retired teacher
@b Dylan Pryce | an animal warden with Corran Council
@c Aileen Cruickshank | Mrs Tait’s neighbour
A Corran pensioner has been reunited with her border terrier, Biscuit, after he spent eleven days living wild on Ben Garrow.
Maureen Tait, 71, had all but given up hope of seeing the dog again after he slipped his lead chasing a hare on 3 October.
“⟦d:a|I walked those hills every day. I shouted myself hoarse. People were very kind, they put posters up all over the village, but after a week I thought, he’s gone, he’s a fox’s dinner,⟧” the retired teacher said.
Biscuit was found on Sunday morning by two hillwalkers, who carried him down the hill in a rucksack.
Dylan Pryce, an animal warden with Corran Council, said he was thin but otherwise unharmed. “⟦d:b|He’d lost about a third of his body weight and he was full of burrs, but he wagged his tail the second he saw me, which is more than most dogs do,⟧” he said.
“⟦d:b|The microchip did its job. I can’t say this enough: chip your dog and keep the details up to date.⟧”
Mrs Tait’s neighbour, Aileen Cruickshank, who organised the search on social media, said the village had been “⟦p:c|on tenterhooks⟧”. “⟦d:c|When Maureen phoned me, I could hardly hear her for the crying. Then I started crying. Then my husband started,⟧” she said.
And Biscuit? “⟦d:a|He’s sleeping on my bed now. The rules are out the window,⟧” said Mrs Tait.

### 028
@a Folasade Adeyemi | Head teacher
@b Ellie-Mae Crawford | Year 6 pupil
@c - | inspectors
@d Jordan Wallace | Parent volunteer
Pupils at Fernlea Primary School are celebrating after the school won a national award for its outdoor classroom, built almost entirely by parents and pupils from recycled materials.
The Greenwood Prize, worth £5,000, was presented at a ceremony in the city on Wednesday.
Head teacher Folasade Adeyemi said she was ``⟦p:a|beyond proud⟧'' of the children. ``⟦d:a|Three years ago this was a patch of mud and a broken bench. Now it's where we teach maths, science, reading, everything,⟧'' she said. ``⟦d:a|The children designed it. I just signed the forms.⟧''
Year 6 pupil Ellie-Mae Crawford, 11, helped to build the bug hotel. ``⟦d:b|We used old pallets and pine cones and bamboo. There's about a million woodlice living in it now,⟧'' she said. ``⟦d:b|I'm going to miss it when I go to big school.⟧''
In their report last year, inspectors described the outdoor provision as ``⟦p:c|exceptional⟧'' and said pupils showed ``⟦p:c|remarkable confidence⟧'' when explaining their learning.
Parent volunteer Jordan Wallace built the roof with two other fathers over a bank holiday weekend. ``⟦d:d|Only one of us fell off, and he was fine, mostly,⟧'' he said.

### 029
@a Miriam Stanhope | Judge
@b Adrian Kell | Prosecutor
@c Dean Marsden | -
@d Noor Rahman | Marsden's barrister
@e Gemma Holt | The cyclist
A scaffolder who knocked a cyclist off her bike while looking at his phone has been jailed for 14 months.
Dean Marsden, 27, of Holloway Crescent, Ridgeford, admitted causing serious injury by dangerous driving at Ridgeford Crown Court.
Prosecutor Adrian Kell told the court Marsden had been "⟦p:b|scrolling through social media⟧" when his van drifted across the Elmsford Road last July.
"⟦d:b|The dashcam footage shows the defendant looking down for at least four seconds before the collision. At 40 miles an hour that is more than 70 metres travelled, effectively blind,⟧" Mr Kell said.
The cyclist, Gemma Holt, 34, suffered a fractured pelvis and spent five weeks in hospital. In a victim impact statement read to the court, she said: "⟦d:e|I used to cycle to work every day. I can't ride a bike now without shaking. I have lost something I loved, and I have lost it because someone couldn't wait to look at a video.⟧"
Marsden's barrister, Noor Rahman, said her client was "⟦p:d|genuinely and deeply remorseful⟧" and had written to the court.
In the letter, Marsden wrote: "⟦d:c|There is not a day that goes by when I don't think about what I did. I am so sorry. I know sorry doesn't fix anything.⟧"
Passing sentence, Judge Miriam Stanhope said the letter was "⟦p:a|no doubt sincere⟧" but could not outweigh the seriousness of the offence.
"⟦d:a|Every driver in this country knows the dangers of using a mobile phone at the wheel. You knew them. You did it anyway,⟧" she told him. "⟦d:a|Ms Holt will live with the consequences of your choice for the rest of her life.⟧"
Marsden was also banned from driving for four years.

### 030
@a Paul Ekwueme | flood duty manager for the Rivers Agency
@b Terry Walsh | landlord of the Ferry Inn
@c Wyn Roberts | His neighbour
@d Rivers Agency | -
Residents of Lower Ferrybridge spent Saturday bailing out their homes for the second time in five years after the River Wend burst its banks overnight.
Around 60 properties were flooded when the river rose more than two metres in six hours following a day and a half of persistent rain.
Terry Walsh, landlord of the Ferry Inn, said the water had reached the top of the bar. “⟦d:b|We had the sandbags out by ten o’clock. By two in the morning the river was coming through the back door and the sandbags were floating,⟧” he said.
“⟦d:b|We only reopened in 2020 after the last one. I don’t know if I’ve got another one of these in me.⟧”
His neighbour Wyn Roberts, 58, had moved his furniture upstairs but lost a car. “⟦d:c|Insurance will sort the car out, if they’ll still insure any of us after this,⟧” he said. “⟦d:c|What I want to know is where the flood wall is. We were promised a flood wall.⟧”
Paul Ekwueme, flood duty manager for the Rivers Agency, said a £12 million defence scheme for the village was “⟦p:a|fully designed and awaiting funding approval⟧”.
“⟦d:a|I completely understand people’s frustration. I’d feel exactly the same,⟧” he said. “⟦d:a|Our teams were on the ground all night and will be here for as long as we’re needed.⟧”
Three flood warnings remained in force on the Wend on Saturday evening. “⟦d:d|Just 30cm of flowing water is enough to float a car. Please do not drive through flood water,⟧” the Rivers Agency said.

### 031
@a Marisa Quintanar | Opposition candidate
@b Aurelio Bastidas | President
@c National Electoral Council | -
@d Birgitta Sandell | head of the observer mission from the Hemispheric Electoral Institute
SANTA ISABEL, Nov 3 (Wirefeed) - Opposition candidate Marisa Quintanar claimed victory in Costa Verena's presidential election on Sunday night, even as the electoral authority said results from a third of polling stations had yet to be counted.
"⟦d:a|¡Hemos ganado!⟧" Quintanar told tens of thousands of supporters packed into the Plaza del Puerto. "⟦d:a|We have won! The people of Costa Verena have spoken, and they have spoken clearly.⟧"
"⟦d:a|To the president I say: count quickly, and count honestly.⟧"
President Aurelio Bastidas, who is seeking a third term, said it was "⟦p:b|irresponsible⟧" to declare a winner. "⟦d:b|Nobody has won anything until every vote is counted. I ask all Verenans to stay calm and stay at home,⟧" he said in a televised address.
The National Electoral Council said in a statement that it expected to publish final results "⟦p:c|within 48 hours⟧" and that it would "⟦p:c|not tolerate pressure from any party⟧".
Birgitta Sandell, head of the observer mission from the Hemispheric Electoral Institute, told reporters that voting had been "⟦p:d|largely orderly⟧", although observers had noted "⟦p:d|isolated incidents of intimidation⟧" in two northern provinces.
"⟦d:d|We urge both candidates to respect the process and to wait for the official count,⟧" Sandell said.
Quintanar's supporters chanted "⟦s:-|¡Ya se va!⟧" ("⟦s:-|He's leaving!⟧") outside the presidential palace late into the night.
(Reporting by Lucía Ferraro; Editing by Pieter Maas)

### 032
@a Murat | Her son
@b Serkan Aydemir | a volunteer miner from the northern coalfields
@c Kemal Ertürk | The regional governor
@d - | A spokesperson for the Crescent Relief Society
ARDAKLI, Feb 10 (Wirefeed) - Rescuers pulled a 62-year-old woman alive from the rubble of a collapsed apartment block in Ardaklı on Thursday, almost four days after a magnitude 7.1 earthquake struck the region, killing at least 1,900 people.
Emine Yıldırak was carried out on a stretcher to applause from a crowd that had watched the rescue for more than eight hours. Her son, Murat, who had kept vigil at the site since Monday, fell to his knees.
“⟦d:a|Annem yaşıyor!⟧” he shouted – “⟦d:a|My mother is alive!⟧”
Serkan Aydemir, a volunteer miner from the northern coalfields, led the team that reached her. He said they had heard her tapping on a water pipe.
“⟦d:b|We stopped all the machines, everybody was silent, and then we heard it again, three taps,⟧” Aydemir said through an interpreter. “⟦d:b|After that nobody wanted to rest. Nobody.⟧”
The regional governor, Kemal Ertürk, said search operations would continue “⟦p:c|as long as there is any hope⟧”, although officials acknowledged that the chances of finding more survivors were diminishing by the hour.
A spokesperson for the Crescent Relief Society said: “⟦d:d|The priority now is shelter. Night temperatures are falling below zero and tens of thousands of people are sleeping in their cars.⟧”

### 033
@a Oyinkansola Bello | principal investigator for the probe’s camera
@b Continental Space Agency | -
@c Henrik Lau | a planetary scientist at the University of Tromvik who is not part of the mission
The Continental Space Agency’s Halcyon probe has sent back the first close-up images of Comet Ortega-Lind, revealing a jagged landscape of ridges, pits and what appear to be cliffs several hundred metres high.
“⟦d:a|We’ve been staring at a blurry dot for eleven years, and now we have mountains,⟧” said Dr Oyinkansola Bello, principal investigator for the probe’s camera, at a briefing in Darmstein on Friday. “⟦d:a|I may have cried. I’m not going to confirm that.⟧”
The Continental Space Agency said in a statement that the probe was “⟦p:b|healthy and performing beyond expectations⟧” and would now begin a two-year survey of the comet’s surface.
Henrik Lau, a planetary scientist at the University of Tromvik who is not part of the mission, said the images were “⟦p:c|genuinely surprising⟧”.
“⟦d:c|We expected a dirty snowball. This looks more like a rubble pile with a snowball inside it. That tells us something about how these objects formed, and I suspect several textbooks are now slightly wrong,⟧” he said. “⟦d:c|I’m very jealous of the team. In a friendly way.⟧”
Asked what she would be looking for next, Bello did not hesitate. “⟦d:a|Water. Always water. And anything that doesn’t fit, because that’s where the fun is.⟧”

### 034
@a Catrin Wynne-Jones | the dig director
@b Geraint Pugh | the farmer
@c Lee Stanway | a metal detectorist from Pontgarreg
A field near Llanfeddau has yielded what archaeologists believe is a Bronze Age burial site, complete with a rare gold collar.
The first find was made in September by Lee Stanway, a metal detectorist from Pontgarreg, who had permission to search the land.
"⟦d:c|I got a signal I'd never had before, really strong and clean. I dug down about a foot and saw yellow, and I had to sit down,⟧" Mr Stanway said. "⟦d:c|I rang the finds officer with my hands shaking.⟧"
Dr Catrin Wynne-Jones, the dig director, said the collar, a crescent-shaped sheet of beaten gold known as a lunula, was one of only a handful ever found in Wales.
"⟦d:a|It's a spectacular object, but what excites me more is the context. We have a burial, we have pottery, we have the collar where it was placed. That almost never happens,⟧" she said.
Geraint Pugh, whose family has farmed the land since 1880, said the discovery explained a family mystery. "⟦d:b|My grandfather always said there was something odd about that corner of the field. The plough used to catch on it. We thought it was a big stone,⟧" the farmer said.
The collar will now go through the treasure process, which Dr Wynne-Jones warned could involve "⟦p:a|a very long conversation⟧" about where it is eventually displayed.
Mr Pugh knows what he would like. "⟦d:b|I'd like it to stay local. It's been in this field for four thousand years. It shouldn't have to go far.⟧"

### 035
@e - | patient groups
@a Medicines Standards Agency | -
@b Farida Osei-Bonsu | a consultant neurologist at St Columba’s Hospital who ran one of the trial sites
@d Zofia Kamińska | a primary school teacher who took part in the trial
@c Hollis Vance | chief executive of the charity Migraine Voice
A new injection that halves the number of migraine attacks in people with the most severe form of the condition has been approved for use, in what patient groups called “⟦p:e|a genuine turning point⟧”.
The Medicines Standards Agency said the drug, zelmirant, had shown “⟦p:a|a clear and clinically meaningful benefit⟧” in two large trials involving more than 3,000 patients.
Dr Farida Osei-Bonsu, a consultant neurologist at St Columba’s Hospital who ran one of the trial sites, said the results were the best she had seen.
“⟦d:b|For some of my patients this is the difference between losing fifteen days a month and losing seven. That’s a job kept. That’s a child picked up from school,⟧” she said.
“⟦d:b|It isn’t a cure and we shouldn’t call it one. But it’s the biggest step I’ve seen in twenty years.⟧”
Zofia Kamińska, a primary school teacher who took part in the trial, said her attacks had fallen from around twelve a month to four. “⟦d:d|I had stopped making plans. Birthdays, weddings, I would say yes and then cancel on the day,⟧” the 41-year-old said. “⟦d:d|Last month I went to my sister’s wedding and stayed until the end. I danced.⟧”
Hollis Vance, chief executive of the charity Migraine Voice, welcomed the decision but warned about access. “⟦d:c|Approval is one thing. Getting it prescribed in every part of the country is another, and we will be watching very closely,⟧” he said.

### 036
@a Ridgeway Home & Garden | -
@b - | a person familiar with the investigation
@e Anand Iyer | a security researcher at the firm Blackfen
@d Chloe Barraclough | a customer from Hexley
@c Data Protection Office | -
Ridgeway Home & Garden has admitted that hackers stole the personal details of up to 1.2 million customers, including names, addresses and partial card numbers, in an attack last month.
The retailer said in an email to customers on Friday that it had "⟦p:a|recently become aware of unauthorised access⟧" to one of its systems, and that full card details and passwords had not been taken.
"⟦d:a|We take the security of our customers' data extremely seriously and we apologise unreservedly,⟧" Ridgeway Home & Garden said in a statement.
But a person familiar with the investigation said the company had been warned about weaknesses in the affected system more than a year ago. "⟦d:b|This was not a sophisticated attack. It was a door that everyone knew was unlocked,⟧" the person said.
Ridgeway did not respond to questions about the warning.
Anand Iyer, a security researcher at the firm Blackfen, said customers should be alert to phishing. "⟦d:e|The danger now isn't that someone empties your account tomorrow. It's that in three months you get a very convincing email that knows your name, your address and what you bought last spring,⟧" he said. "⟦d:e|If an email asks you to confirm anything, don't click. Go to the website yourself.⟧"
Chloe Barraclough, a customer from Hexley, said she found out about the breach from a news website before the company's email arrived. "⟦d:d|I've spent thousands in there doing up the garden. The least they could do is tell me first,⟧" she said.
The Data Protection Office said it was "⟦p:c|making enquiries⟧".

### 037
@a Lena Forsberg | the company’s head of product
@b Orrin | -
The Orrin 7 is the most sensible phone I have used all year, which is both its greatest strength and the reason nobody will ever talk about it at a party.
Orrin calls the design “⟦p:b|quietly confident⟧”, which is marketing language for “⟦s:-|grey⟧”. The battery, though, lasted two full days of heavy use, and the phone survived being dropped on a tiled floor, twice, with only a scuff.
That is the whole point, according to Lena Forsberg, the company’s head of product. “⟦d:a|We asked people what annoyed them about their phones, and nobody said ‘not enough cameras’. They said the battery dies and it breaks when you drop it,⟧” she told me. “⟦d:a|So we fixed those two things and stopped.⟧”
I asked her: “⟦d:-|Is sensible going to sell?⟧” She shrugged. “⟦d:a|It sold cars for fifty years.⟧”
The camera is fine in daylight and mediocre at night. The screen is bright but not the sharpest. And repairs are refreshingly easy. “⟦d:a|You can replace the screen with one screwdriver. We tested it on my dad. He is not a technical person,⟧” Forsberg said.
Verdict: four stars. Not exciting. Not meant to be.

### 038
@a Padraig Coyne | The 23-year-old
@b Venetia Harcourt-Smythe | trainer
@c Lorcan Fahy | The horse's owner
Padraig Coyne produced a masterclass from the front to land the Harrowfield Gold Cup on Silver Tamarisk, giving trainer Venetia Harcourt-Smythe the biggest win of her career.
The 23-year-old, riding in the race for the first time, set a steady gallop and kicked clear after the second-last to win by four lengths from the favourite, Marrick Rambler.
"⟦d:a|The plan was to let him enjoy himself, and he did. He was pulling my arms out the whole way,⟧" Coyne said. "⟦d:a|When I looked round at the last I couldn't believe how far clear we were. I nearly waved. I didn't, my mother would have killed me.⟧"
Harcourt-Smythe, who has just 22 horses in her yard, was in tears in the winner's enclosure. "⟦d:b|We're a tiny yard. We don't win these. People like us don't win these,⟧" she said.
"⟦d:b|I'm going to go home and tell every horse in the place.⟧"
The horse's owner, Lorcan Fahy, who bought Silver Tamarisk for 6,000 guineas as a yearling, was more succinct. "⟦d:c|Best money I've ever spent,⟧" he said. "⟦d:c|Worst money was everything else.⟧"

### 039
@a Marcus Delgado | the defending champion
@b Bohdan Levchuk | the challenger
@d - | a reporter
@c Frankie Lomax | Promoter
There was no shortage of needle at Thursday’s final press conference before Saturday’s heavyweight title fight at the Harbour Arena, where Marcus Delgado and Bohdan Levchuk had to be separated by security after a face-off.
Delgado, the defending champion, who is known as “⟦s:-|The Hammer⟧”, arrived 40 minutes late and wearing sunglasses.
“⟦d:a|I’m late because I’ve been busy. Some of us have a title to defend,⟧” he said. “⟦d:a|He’s been here on time every day. That’s what challengers do. They show up early and they go home early.⟧”
Levchuk, who speaks limited English, answered through an interpreter. “⟦d:b|He talks a lot. In the ring there is no microphone,⟧” the challenger said.
Asked by a reporter, “⟦d:d|Bohdan, what happens if it goes the distance?⟧”, Levchuk smiled for the first time all week. “⟦d:b|It will not go the distance. Next question.⟧”
Promoter Frankie Lomax could barely hide his delight. “⟦d:c|This is what the fans want. Two big men who genuinely don’t like each other. You can’t fake this,⟧” he said.
Asked whether the shoving had been staged, Lomax held up his collar. “⟦d:c|Staged? Did that look staged? My shirt’s ripped.⟧”

### 040
@a Meseret Worku | The 26-year-old Ethiopian
@b Faith Jeptanui | -
@c Oscar Lindgren-Hale | Race director
Meseret Worku broke the course record at the Vellmark Marathon on Sunday, finishing in 2:17:42 despite losing a shoe at the 30-kilometre mark.
The 26-year-old Ethiopian ran the last 12 kilometres with one bare foot, and crossed the line with it bleeding.
«⟦d:a|I felt it come off and I thought, if I stop to put it back, I lose the race,⟧» Worku said through an interpreter. «⟦d:a|So I kept going. My foot is not happy with me now.⟧»
Faith Jeptanui of Kenya, who finished second, 41 seconds behind, said she had not noticed until after the finish. «⟦d:b|I was watching her back, not her feet,⟧» she said, laughing. «⟦d:b|When I saw it afterwards I thought, this woman is crazy. Crazy and very strong.⟧»
Race director Oscar Lindgren-Hale said the record would stand. «⟦d:c|There is no rule that says you must finish with two shoes,⟧» he said. «⟦d:c|We checked.⟧»
Worku said her prize money would go towards a well in her home village. «⟦d:a|My mother walks two hours for water. Now she will walk five minutes.⟧»

### 041
@a Rafa Montiel | The Spaniard
@b Dougie Ferns | His caddie
@c Ji-ho Park | the South Korean
Rafa Montiel holed a 40-foot putt for eagle on the 18th to snatch a one-shot lead after the third round of the Kestrel Bay Classic on Saturday.
The Spaniard, who started the day five shots off the pace, carded an eight-under-par 64, the lowest round of the week.
"⟦d:a|I was just trying to two-putt and go and have dinner,⟧" Montiel said. "⟦d:a|When it dropped I think I jumped higher than I have since I was a boy.⟧"
His caddie, Dougie Ferns, had a different recollection of the read. "⟦d:b|He asked me, and I said left edge. He hit it right edge. So I'll take no credit,⟧" the Scot said.
Ji-ho Park, who had led since Thursday, dropped three shots in his last four holes. "⟦d:c|It's fine. It's golf. Tomorrow is a new day, and I've been in this position before,⟧" the South Korean said. "⟦d:c|I'll be watching the weather more than I'll be watching Rafa.⟧"
Asked whether the lead changed his approach for the final round, Montiel shrugged. "⟦d:a|Nothing changes. Fairways, greens, dinner.⟧"

### 042
@a Siân Parry-Evans | the Dragons captain
@b Lisa-Marie Tetteh | head coach
@c Aroha Ngata | the Kingfishers goal shooter
Dragons 58 Kingfishers 55
Siân Parry-Evans, the Dragons captain, said her side had “⟦p:a|found something in the last quarter we didn’t know we had⟧” after they came from seven goals down to beat the league leaders at the Cardew Arena.
“⟦d:a|At three-quarter time we were looking at each other and nobody said anything, which is never a good sign with us,⟧” she said. “⟦d:a|Then Lisa-Marie said one sentence and we went out and played like a different team.⟧”
Asked what the sentence was, head coach Lisa-Marie Tetteh smiled. “⟦d:b|That stays in the changing room. It wasn’t rude, if that’s what you’re thinking,⟧” she said.
“⟦d:b|I’m proud of them. We’ve been close against the top sides all season and not got over the line. Today we did.⟧”
Aroha Ngata, the Kingfishers goal shooter, who scored 41 from 44 attempts, was philosophical. “⟦d:c|We stopped moving the ball. They earned it,⟧” she said. “⟦d:c|We’ll see them again in the play-offs, I’d imagine. I’m looking forward to it.⟧”

### 043
@a Halima Yusuf-Okeke | the chemist whose work on soil bacteria made cheap antibiotics possible across much of West Africa
@b Tobias Wren | her former doctoral student
@c Ibrahim | Her son
Halima Yusuf-Okeke, the chemist whose work on soil bacteria made cheap antibiotics possible across much of West Africa, has died aged 88.
Born in Zaria in 1936, the daughter of a schoolteacher, she was the first woman to earn a doctorate in chemistry from the University of Calder, where she later spent almost four decades.
In her inaugural lecture in 1979 she said: "⟦d:a|A medicine that a mother cannot afford is not a medicine. It is a rumour.⟧" The line was painted on the wall of her laboratory, where it remains.
Her great discovery, made with a small team and very little money, was a strain of soil bacterium that produced a useful antibiotic in large quantities using cassava waste as food. She refused to patent it.
"⟦d:a|People ask me how much money I lost. I tell them I did not lose any money. I never had it,⟧" she told an interviewer in 2004. "⟦d:a|What I have is a great many letters from doctors, which is better.⟧"
Tobias Wren, her former doctoral student, described her as "⟦p:b|terrifying, generous and always right⟧". "⟦d:b|She would read your thesis chapter and hand it back with one word on it. The word was usually 'again',⟧" he said. "⟦d:b|She was the best teacher I ever had and I never once heard her raise her voice.⟧"
Her son, Ibrahim, said she had continued to read scientific journals until the last months of her life. "⟦d:c|She would read them in bed and argue with them out loud,⟧" he said.
She is survived by Ibrahim, her daughter Amina and five grandchildren.

### 044
@a Ranjit Singh Bhamra | -
@b Joan Hethersett | Regular customer
@c Simran Bhamra | His granddaughter
@d - | One customer
Tributes have been paid to Ranjit Singh Bhamra, who ran the newsagent’s on Castle Street in Hollinbrook for 46 years, and who has died aged 79.
Mr Bhamra opened the shop in 1977 and, according to family, took only four days off in all that time, three of them for his own wedding.
Speaking to the Chronicle on the shop’s 40th anniversary in 2017, he said: “⟦d:a|People think a paper shop is about papers. It isn’t. It’s about who comes in, who doesn’t come in, and noticing the difference.⟧”
Regular customer Joan Hethersett, 84, said he had once walked round to her house when she failed to collect her paper for two days. “⟦d:b|I’d had a fall and I was on the kitchen floor. He knocked, nobody answered, and he called an ambulance,⟧” she said. “⟦d:b|I wouldn’t be here without him. That’s not a figure of speech.⟧”
His granddaughter, Simran Bhamra, said the family had been overwhelmed by the response. “⟦d:c|We knew he was loved. We didn’t know it was this many people,⟧” she said.
One customer wrote on the Hollinbrook Community Facebook page: “⟦d:d|Forty years of sweets, comics, lottery tickets and kindness. The street won’t be the same.⟧”
The shop will remain closed until after the funeral on Friday.

### 045
@a Bartolomeo Ricci | the 61-year-old guide
@b Giulia Ferro | -
Bartolomeo Ricci has led walking tours of Porto Venerio's old town for twenty years and has one rule: no photographs in the first hour. ``⟦d:a|First you look with your eyes. Then, later, with the telephone,⟧'' he tells our group of eleven as we gather beneath the clock tower.
Half of us look mutinous. By the end of the hour none of us has noticed the rule. The streets of the upper town are too narrow for cars and barely wide enough for two people to pass, and every corner seems to open on to another staircase, another washing line, another view of the harbour.
``⟦d:a|The tourists come for the harbour. The people who live here come for the staircases,⟧'' the 61-year-old guide says. ``⟦d:a|My grandmother climbed four hundred steps every day of her life and she lived to ninety-seven. Draw your own conclusion.⟧''
We stop at Forno Ferro, a bakery that has occupied the same vaulted room since 1911. Giulia Ferro, who runs it with her two sisters, hands out squares of focaccia still hot from the oven.
I ask her: ``⟦d:-|What is the secret?⟧''
``⟦d:b|Salt, oil, patience. And my sisters, who shout at the dough,⟧'' she says, deadpan. ``⟦d:b|It works. Don't ask me why.⟧''
Porto Venerio is a 40-minute train ride from the airport at Capo Brenna, and best visited outside July and August, when the cruise ships come in. Ricci's tours run daily from March to November.

### 046
@a Deborah Mensah-Otu | the train manager
@b Walt | a retired dentist from Ohio
@c Ingeborg | -
The sleeper from Hallstad to Vennor leaves at 21.14, and by 21.20 Deborah Mensah-Otu, the train manager, has already confiscated a bottle of wine from a stag party. “⟦d:a|They can have it back in Vennor,⟧” she says, locking it in a cupboard marked “⟦s:-|Lost Property⟧”. “⟦d:a|It’s twelve hours. They’ll thank me in the morning.⟧”
The cabins are narrow and spotless, with a fold-down sink, two bunks and a window blind that has a mind of its own. Breakfast is a paper bag containing a roll, a yoghurt and a small, fierce coffee.
In the restaurant car I share a table with Walt, a retired dentist from Ohio, who is riding every sleeper train left in Europe “⟦p:b|before they all get cancelled, or I do⟧”.
“⟦d:b|This is number fourteen. My wife did six with me and then said she’d rather fly and meet me at the other end,⟧” he says. “⟦d:b|She’s in Vennor now, in a nice hotel, laughing at me.⟧”
Across the aisle, Ingeborg, who is travelling north for her granddaughter’s wedding, has taken this train every summer since 1971. “⟦d:c|It used to have a piano in the bar,⟧” she says. “⟦d:c|Somebody always played it badly. I miss that.⟧”
At a little after two in the morning the train stops at a station with no name that I can see, and I find Mensah-Otu on the platform in a high-visibility jacket, checking the couplings with a torch.
“⟦d:-|Do you ever sleep?⟧”
“⟦d:a|In Vennor. For about six hours. Then I take this train back,⟧” she says.

### 047
@a Mireille Okonjo | the orchestra's new chief conductor
@b Teodor Wiśniewski | the Polish cellist
@c Alan Brierley | the orchestra's chief executive
It is not every night that a conductor turns to the audience before the interval and asks them to stop clapping between movements, and rarer still that the audience laughs and agrees.
"⟦d:a|I know, I know. It's lovely. But Brahms is trying to tell you a story and you keep interrupting him,⟧" said Mireille Okonjo, the orchestra's new chief conductor, at the Westmarch Philharmonic's season opener at the Corn Exchange Hall on Friday.
She had earned the right. Her Brahms Second was broad, warm and unhurried, with a finale that seemed to grow out of the floor. In a pre-concert talk she had promised "⟦p:a|fewer masterpieces and more surprises⟧" in the seasons to come. "⟦d:a|If I wanted a quiet life I would have been an accountant, like my mother wanted,⟧" she said.
Before the interval, Teodor Wiśniewski, the Polish cellist, gave a Dvořák concerto of rare tenderness, his slow movement barely above a whisper.
"⟦d:b|She breathes with you. You can't teach that. Most conductors breathe at you,⟧" Wiśniewski told me afterwards. "⟦d:b|Also, the hall is freezing. Please tell them to fix the heating.⟧"
The season goes ahead despite a 20 per cent cut in the orchestra's public grant. Alan Brierley, the orchestra's chief executive, said in a statement that the cut was "⟦p:c|painful but survivable⟧". "⟦d:c|We will not cut the number of concerts. We will cut almost everything else,⟧" he said.

### 048
@a Jomo Kariuki-Hart | Actor
@b Fiona Garside | Presenter
@c Northwave | -
Actor Jomo Kariuki-Hart has said he almost turned down the role that made him famous because he “⟦p:a|couldn’t do the accent⟧”.
Speaking on Northwave’s “⟦s:-|Weekend Kitchen⟧” on Saturday morning, the 36-year-old said he had spent his first audition for the fishing drama “⟦s:-|Tidewater⟧” apologising.
“⟦d:a|They wanted a man from the Marrick coast who’d been on boats since he was ten. I’m a city boy. I’d been on a pedalo once,⟧” he told the programme.
Presenter Fiona Garside asked: “⟦d:b|So how on earth did you get it?⟧”
“⟦d:a|Honestly? I think they felt sorry for me. And the casting director’s dad was a trawlerman, and I made her laugh about the pedalo,⟧” he said.
Garside pressed him on rumours of a third series. “⟦d:b|Come on, Jomo. Are you going back to sea or not?⟧” she asked.
“⟦d:a|I’m not allowed to say. I will say I’ve been going to the gym, and I hate the gym,⟧” he replied, to laughter from the studio.
Northwave later said in a statement that a third series was “⟦p:c|in development⟧” and that further details would be announced “⟦p:c|in due course⟧”.

### 049
@a - | two people familiar with the matter
@e - | one of the people
@b Halden Group | -
@d - | A spokesperson for Crestline Foods
@c Yuki Tanabe | an analyst at Morrow & Finch
AMSTELBURG, Sept 19 (Wirefeed) - Halden Group is in talks to buy rival snack maker Crestline Foods in a deal that could value the combined company at more than 9 billion euros, two people familiar with the matter said on Thursday.
The talks were "⟦p:a|well advanced⟧" and a deal could be announced within weeks, the people said, speaking on condition of anonymity because the discussions are private.
"⟦d:e|Both boards want this. The sticking point is who runs it,⟧" one of the people said.
Halden Group said in a brief statement that it was "⟦p:b|in early-stage discussions with a number of parties⟧" and that there was "⟦p:b|no certainty⟧" any transaction would result.
A spokesperson for Crestline Foods said: "⟦d:d|We do not comment on market rumour or speculation.⟧"
Yuki Tanabe, an analyst at Morrow & Finch, said a combination made sense on paper. "⟦d:c|They sell into the same supermarkets and they overlap in almost every region where they have factories. The cost savings write themselves,⟧" she said. "⟦d:c|The question is whether the competition authorities will let them.⟧"
Crestline shares jumped 14 percent on the report, while Halden's fell 2 percent.
(Reporting by Jonas Verhoeven; Editing by Amira Saleh)

### 050
@a Maeve Corrigan | regional organiser for the Transport and Dockers Union
@b Portlane Holdings | -
@c Femi Adeleke | a crane operator with 19 years’ service
@d Stevie McAllister | His colleague
Dockers at the Port of Caskey walked out on Monday at the start of a ten-day strike over pay, halting container traffic at the country’s third-busiest port.
About 600 workers gathered at the main gate at 6am, chanting “⟦s:-|No deal, no ships⟧” as lorries were turned away.
Maeve Corrigan, regional organiser for the Transport and Dockers Union, said members had been offered a 3 per cent rise while the port’s owner reported record profits.
“⟦d:a|Our members kept this port running through the pandemic, through the storms, through everything. They’ve been thanked with a pay cut in real terms,⟧” she said. “⟦d:a|Nobody wants to be standing here in the rain. But we will stand here as long as it takes.⟧”
Portlane Holdings said the offer was “⟦p:b|fair and affordable⟧” and accused the union of “⟦p:b|holding the regional economy to ransom⟧”. “⟦d:b|Our door remains open,⟧” the company said.
Femi Adeleke, a crane operator with 19 years’ service, said it was the first time he had been on strike. “⟦d:c|I’ve got two kids and a mortgage. I’m not doing this for fun,⟧” he said.
His colleague Stevie McAllister cut in: “⟦d:d|Tell them about the toilets.⟧”
“⟦d:c|Aye, the toilets,⟧” Adeleke said, laughing. “⟦d:c|There’s one toilet for the whole north quay. Two hundred men. Put that in your paper.⟧”
McAllister, 52, has worked at the port since he left school. “⟦d:d|My father worked here. My grandfather worked here. I’d like my son to be able to work here and pay his rent,⟧” he said.

### 051
@a Kieran Oduya | a detective sergeant with Westmarch Police's economic crime unit
@b Elsie Brannagh | the great-grandmother
@c Claymore Bank | -
An 82-year-old woman who was tricked into handing £23,000 to fraudsters posing as police officers has urged others not to be "⟦p:b|as polite as I was⟧".
Elsie Brannagh, of Ashgrove, received a call in January from a man claiming to be a detective investigating fraud at her bank.
"⟦d:b|He was so nice. He said, 'Mrs Brannagh, we think someone at your branch is stealing from elderly customers, and we need your help to catch them,'⟧" the great-grandmother said. "⟦d:b|I thought I was helping the police. I felt quite important, if I'm honest.⟧"
Over three days she withdrew cash in instalments and handed it to a courier who came to her door and gave a password.
Kieran Oduya, a detective sergeant with Westmarch Police's economic crime unit, said the scam was "⟦p:a|depressingly common⟧". "⟦d:a|The police will never ask you to withdraw money, move money or hand money to anyone. Never. If someone does, it isn't the police,⟧" he said.
"⟦d:a|These people are professionals. They are very good at what they do, and there is no shame in being taken in by them.⟧"
Claymore Bank said it had refunded Mrs Brannagh in full. "⟦d:c|We would urge customers to hang up and call us on the number on the back of their card if they are ever unsure,⟧" the bank said.
Mrs Brannagh now lets the answering machine pick up every call. "⟦d:b|If it's my family, they know to talk. If it's anyone else, they can talk to the machine.⟧"

### 052
@a Gordon Pyke | the retired postman
@b Beverley Shanks | secretary of the Fernhill Allotment Society
@c - | one plotholder who did not want to be named
A pensioner has been kicked off his allotment after 31 years in a row over a giant marrow that fellow growers have dubbed “⟦s:-|Marrow-gate⟧”.
Gordon Pyke, 74, was told last week that his tenancy at the Fernhill site would not be renewed after the committee ruled that his prize-winning marrows had spread across a shared path.
“⟦d:a|Thirty-one years I’ve had that plot. I’ve won Best in Show eleven times. And they’re throwing me out over a vegetable,⟧” the retired postman fumed. “⟦d:a|It’s jealousy, pure and simple. Nobody else can grow a marrow like mine and they know it.⟧”
Beverley Shanks, secretary of the Fernhill Allotment Society, denied the decision had anything to do with his success on the show bench.
“⟦d:b|This is not about marrows. Mr Pyke has received four written warnings about obstructing a shared path, and a fellow member tripped and broke her wrist in August,⟧” she said. “⟦d:b|The rules apply to everyone, whatever size their vegetables are.⟧”
But one plotholder who did not want to be named claimed the committee had “⟦p:c|had it in for Gordon for years⟧”. “⟦d:c|He’s a bit grumpy and he doesn’t do the tea rota, but he’d give you his last bag of manure,⟧” the plotholder said.
Mr Pyke plans to appeal. Asked what would happen to this year’s crop, he said: “⟦d:a|I’ll take it home in a wheelbarrow. It’ll need two trips.⟧”

### 053
@a Carol Whitby | a school cook from Hensham
@b Dennis | Her husband
@c Andy Kerr | a senior winners' adviser at Brightstar Lotto
A school cook who scooped £2.4 million on the lottery says she will be back at work on Monday - "⟦p:a|because somebody has to do the custard⟧".
Carol Whitby, 58, a school cook from Hensham, matched five numbers and the bonus ball in Saturday's draw with a ticket bought at her local petrol station.
"⟦d:a|I checked it on the app in the bath. I dropped the phone in the water, so I had to wait for it to dry out before I could check again,⟧" she said. "⟦d:a|Longest two hours of my life.⟧"
Her husband Dennis, 61, was asleep when she found out. "⟦d:b|She came in dripping wet, shouting, and I thought the house was on fire,⟧" he said. "⟦d:b|Then she showed me the phone and I thought she'd gone mad. Then I saw the numbers and I had to sit down, and I was already lying down.⟧"
The couple plan to pay off their mortgage, help their three children onto the property ladder and take a cruise. Mrs Whitby insists little else will change.
"⟦d:a|The kids at school would never forgive me. Some of them only eat their greens because I'm there to nag them,⟧" she said.
Andy Kerr, a senior winners' adviser at Brightstar Lotto, said plenty of winners kept working. "⟦d:c|People imagine everyone buys a yacht. Mostly they pay off the mortgage, buy a new kitchen and carry on. Carol's very normal, in the best way,⟧" he said.

### 054
@a Beatrix Onwuachi | head gardener
@b Arjun Mehta | a volunteer who comes in every Tuesday
The walled garden at Pellow House has been open to the public for only six years, but head gardener Beatrix Onwuachi has been working on it for twenty.
``⟦d:a|When I arrived it was brambles up to here and a greenhouse with no glass in it,⟧'' she says, holding a hand level with her shoulder. ``⟦d:a|The owners wanted a car park. I talked them out of it, slowly, over about three years.⟧''
Today the garden holds more than 300 varieties of heritage vegetable, including a purple-podded pea that Onwuachi grew from seeds found in an envelope in the potting shed, labelled in faded ink ``⟦s:-|Grandad's peas, do not lose⟧''.
``⟦d:a|I have no idea whose grandad. But we haven't lost them,⟧'' she says.
Her advice for home growers in May is blunt. ``⟦d:a|Don't plant out your tomatoes yet. Everyone does, every year, and every year there's a frost. Wait.⟧''
Arjun Mehta, a volunteer who comes in every Tuesday, has been in charge of the peas since last spring. ``⟦d:b|It's a big responsibility. If they die, that's it, a hundred years of someone's family, gone,⟧'' he says, only half joking. ``⟦d:b|I talk to them. Beatrix says that doesn't help. I think it does.⟧''

### 055
@a Ilse Brannvik | Valmorian Trade Minister
@b Dmitri Orlovsky-Kane | Her Tersk counterpart
@d summit secretariat | -
@c - | One official involved in the negotiations
HALMSTRAND, Oct 12 (Wirefeed) - Valmoria and Tersk agreed on Friday to cut tariffs on farm goods and machinery over five years, ending a trade dispute that had dragged on since 2019 and left orchards on both sides of the border with unsold fruit.
«⟦d:a|This is not a perfect agreement. Nobody gets everything. But our apple growers can sleep tonight,⟧» Valmorian Trade Minister Ilse Brannvik told reporters after 14 hours of talks.
Her Tersk counterpart, Dmitri Orlovsky-Kane, speaking through an interpreter, called the deal «⟦p:b|a victory for common sense over pride⟧». «⟦d:b|For five years we have been punishing our own farmers to make a point. The point has been made,⟧» he said.
The summit secretariat said in a communiqué that both sides had committed to «⟦p:d|full implementation by 1 January⟧» and to a joint review after two years.
One official involved in the negotiations said the breakthrough came at about 3am, when both delegations had run out of coffee. «⟦d:c|At some point someone said, 'We are all tired, let us be reasonable,' and for once everyone was,⟧» the official said.
Brannvik was asked whether the deal would survive a change of government in Tersk next spring. «⟦d:a|Agreements survive if people feel them in their pockets. In a year, they will feel this one,⟧» she said.

### 056
@a Ingvild Sæther-Haugen | a glaciologist at the Nordfjell Institute
@c Nordfjell Institute | -
@b Ole Brekkestø | the 70-year-old
The Storbrekka glacier retreated 84 metres in a single year, the largest annual loss since measurements began in 1901, according to figures published on Tuesday by the Nordfjell Institute.
Ingvild Sæther-Haugen, a glaciologist at the Nordfjell Institute, has measured the glacier every autumn for 22 years. “⟦d:a|I used to walk from the car park to the ice in twenty minutes. Now it takes an hour and a half,⟧” she said.
“⟦d:a|You stop thinking of it as data after a while. It’s like watching a friend get sick.⟧”
The institute said in its annual report that the retreat had been “⟦p:c|driven by a combination of record summer temperatures and unusually low winter snowfall⟧”, and warned that the glacier could split into two separate bodies of ice within a decade.
Ole Brekkestø, whose family has grazed sheep in the valley below for six generations, remembers when the ice reached the old stone bridge. “⟦d:b|Det er ikke den samme dalen,⟧” the 70-year-old said, looking up at the bare grey rock where the ice used to be. “⟦d:b|It is not the same valley.⟧”
“⟦d:b|My grandfather used to say the glacier was a blanket on the mountain. Now the mountain is cold.⟧”

### 057
@a Aisling Dunne | the 26-year-old
@b Bridget | Her mother
@c Nasser Al-Rashidi | clinical director of the Larchfield Road Centre
@d - | A Department of Health spokesperson
Aisling Dunne, 26, waited fourteen months for specialist help with an eating disorder. By the time her first appointment came, she had been admitted to hospital twice.
"⟦d:a|The letter said I was on the waiting list and that if things got worse I should go to A&E. Things got worse. I went to A&E,⟧" the 26-year-old said. "⟦d:a|I don't think anyone meant any harm. There just wasn't anyone there.⟧"
Her mother, Bridget, gave up her job to look after her. "⟦d:b|You do everything you can think of, and then you sit in the car outside the house and cry so she doesn't see,⟧" she said. "⟦d:b|I rang the clinic every Monday for a year. They knew my voice.⟧"
Dr Nasser Al-Rashidi, clinical director of the Larchfield Road Centre, where Ms Dunne is now being treated, said the service was seeing "⟦p:c|double the referrals on the same budget⟧".
"⟦d:c|We are having to make choices that no clinician should have to make. The people who wait longest are often the ones who look well on paper,⟧" he said.
A Department of Health spokesperson said: "⟦d:d|We are investing an additional £40 million in community eating disorder services this year and expect waiting times to fall.⟧"
Ms Dunne is now in recovery and hopes to return to university in the autumn. "⟦d:a|I want to be a nurse. I've seen what a good one can do,⟧" she said.

### 058
@a Gillian Marsh-Odhiambo | general secretary of the National Union of Classroom Teachers
@b Ravi Chandrasekhar | Schools minister
@c Ben Ashdown | a history teacher at Fellgate Academy
@d LearnLoop | -
The leader of the country’s largest teaching union has called for a pause in the rollout of artificial intelligence marking tools, warning that they risk turning teachers into “⟦p:a|proofreaders for a machine⟧”.
Gillian Marsh-Odhiambo, general secretary of the National Union of Classroom Teachers, told the union’s conference in Sandport on Saturday that members had been given “⟦p:a|no training, no choice and no say⟧”.
“⟦d:a|Nobody is against technology. We used to be told the overhead projector would replace us,⟧” she said, to laughter. “⟦d:a|But marking is how a teacher knows a child. If we hand that to software, we hand away the relationship.⟧”
Schools minister Ravi Chandrasekhar said the tools were “⟦p:b|optional, not compulsory⟧”. “⟦d:b|If a school doesn’t want to use them, it doesn’t have to. But where they’re working well, teachers are getting back five or six hours a week, and I’m not going to apologise for that,⟧” he said.
Ben Ashdown, a history teacher at Fellgate Academy, has used one such tool, made by the company LearnLoop, since September.
“⟦d:c|It’s good at spelling and structure. It’s hopeless at noticing that a kid who normally writes two pages has written four lines and something’s wrong at home,⟧” he said. “⟦d:c|One of my Year 9s said it was like being told off by a fridge.⟧”
LearnLoop said its software was designed to “⟦p:d|support, not replace, professional judgement⟧”.

### 059
@a Hendrik Vos | the Arrowline team principal
@b Santiago Ferreyra | The 26-year-old Argentine
@c Oskar Halme | his teammate
@d - | One reporter
Santiago Ferreyra accused his own team of "⟦p:b|throwing away a win⟧" after a botched pit stop dropped him from first to fourth at the Grand Prix of Sorvane on Sunday.
The 26-year-old Argentine was leading by six seconds when he pitted on lap 38, only for the right-rear wheel to jam. He lost nine seconds and rejoined behind his teammate, Oskar Halme, and two other cars.
"⟦d:b|What are you doing? What are you doing?⟧" Ferreyra was heard shouting over team radio as the car sat on its jacks.
After the race he was only slightly calmer. "⟦d:b|I drove a perfect race. Perfect. And we lose it in the garage,⟧" he said. "⟦d:b|I'm not going to say any more because I will say something I regret.⟧"
Hendrik Vos, the Arrowline team principal, took the blame. "⟦d:a|That's on us, not on Santi. The wheel gun failed and the backup was too slow. We'll find out why,⟧" Vos said.
One reporter asked: "⟦d:d|Was there any instruction to hold Santiago in the pits?⟧" Vos laughed. "⟦d:a|You think we'd deliberately lose a race win? No. Absolutely not.⟧"
Halme, who finished second, was diplomatic. "⟦d:c|It's a horrible way to get a podium. Santi deserved to win today, everybody knows that,⟧" the Finn said.

### 060
@a Noor Al-Khatib | the choreographer
@b Adaeze Nwosu-Hale | the company’s principal dancer
@c Piers Lamont | artistic director of Caledon Ballet
A ballet about a care home sounds, on paper, like a hard sell. Yet “⟦s:-|Visiting Hours⟧”, which had its premiere at the Lyceum in Aberwen on Thursday, is one of the most joyful things Caledon Ballet has staged in a decade.
“⟦d:a|Everyone said, a ballet about old people? Who will come?⟧” said Noor Al-Khatib, the choreographer, after the curtain call. “⟦d:a|Well. Eleven hundred people came. And they stood up at the end, which some of them found quite difficult.⟧”
Al-Khatib spent three months in a care home in her home town, watching how the residents moved, sat, reached and turned, and built the choreography from what she saw.
Adaeze Nwosu-Hale, the company’s principal dancer, plays Edna, a former dance-hall champion with dementia who remembers every step of a quickstep but not her daughter’s name.
“⟦d:b|Noor made us spend whole days moving like we were eighty-five. My back has never hurt so much,⟧” she said. “⟦d:b|But then you realise they’re not moving slowly because they’re weak. They’re moving carefully because everything matters.⟧”
Asked whether she found the role upsetting, she paused. “⟦d:b|Every night. That’s the job.⟧”
Piers Lamont, artistic director of Caledon Ballet, admitted he had “⟦p:c|nearly said no⟧” when Al-Khatib first pitched the idea. “⟦d:c|I’d like to say I saw it all coming. I didn’t. She did,⟧” he said.

### 061
@a Riko Mizushima | -
@b Tetsuo Hanabusa | Principal
@c Keiko Amanuma | the village mayor
KAMINOURA, March 22 (Wirefeed) - The elementary school in the mountain village of Kaminoura held its last graduation ceremony on Saturday, for its only sixth-grade pupil, before closing its doors after 146 years.
Riko Mizushima, 12, walked alone to the front of a gymnasium decorated with paper flowers to receive her certificate, watched by about 80 villagers, most of them over 70.
“⟦d:a|Arigatō gozaimashita,⟧” she said, bowing deeply – “⟦d:a|Thank you very much⟧” – before bursting into tears.
Principal Tetsuo Hanabusa, who has taught at the school for 11 years, said he had prepared a long speech and abandoned it. “⟦d:b|I looked at her and at all these grandmothers and grandfathers and I could not read it,⟧” he told reporters through an interpreter. “⟦d:b|I just said: ‘Riko, you were our whole school. Thank you.’⟧”
The village’s population has fallen from 2,400 in 1970 to 310 today. Keiko Amanuma, the village mayor, said the building would become a community centre and a guesthouse for hikers.
“⟦d:c|A school without children is very sad. A building without people is sadder. We will not let it be empty,⟧” she said.
From April, Riko will take a bus 40 minutes each way to a junior high school in the town of Satogawa. Asked if she was nervous, she nodded. “⟦d:a|A little. There are thirty children in one class. I don’t know what I will do with so many friends.⟧”

### 062
@a - | my old professor
ASK THE EXPERT
Every week a specialist answers readers' questions. This week, consultant dermatologist Ruth Nakamura-Price on summer skin.
Q: I tan easily and never burn. Do I really need sunscreen every day?
A: Yes, I'm afraid so. Not burning doesn't mean your skin isn't being damaged. As my old professor used to say, "⟦d:a|A tan is your skin's way of asking for help.⟧"
Q: My daughter swears by getting a "⟦s:-|base tan⟧" before a holiday. Is that a good idea?
A: No. A tan gives you protection roughly equivalent to factor 3. It's a myth, and a risky one.
Q: Are the sprays as good as creams?
A: They can be, but most people use far too little. And don't rely on the words "⟦s:-|water resistant⟧" on a bottle: reapply after every swim, whatever it says.
Q: What about moles? When should I worry?
A: If one changes shape, colour or size, or if it bleeds or itches, see your GP. Most are harmless, but it's always worth a look.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh134.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh134",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
