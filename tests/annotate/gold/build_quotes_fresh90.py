# ruff: noqa: E501
"""Build ``quotes_fresh90.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets wire copy, science and health, technology, sport match
reports and press conferences, travel, culture reviews with artists' quotes, consumer
stories, local news, obituaries and international wire copy with translated quotes,
in the styles of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh90-NNN``.

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

* A role title or relational phrase before the name combined with an appositive after
  it (``Her co-founder, Sofia Lindahl, a former hospital dietitian``): the appositive
  is the description. A title or relational phrase before the name alone
  (``Transport minister …``, ``His son, Eamon``, ``the defending champion Esi
  Boateng``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 34-year-old``,
  ``the great-grandmother``, ``the actor``), that description is taken. The same holds
  for organisations (``the airline said``, ``the club said``); an organisation's
  appositive at its introduction (``Greenline Power, the electricity network
  operator``) wins over a later cue such as ``the company said``.
* A non-restrictive relative clause after an appositive or after an unnamed source
  (``One mother, who did not want to give her name``) is not part of the description;
  a relative clause attached without a comma (``a driver on the route who did not want
  to be named``) is.
* A speaker given only by a first name (``Her hubby Len``, ``one commuter, who gave
  his name only as Dafydd``) has that first name as the speaker.
* Fragments quoted from unidentified reviews or documents (``one early review``, a
  programme note) are ``partial`` with speaker and description null; an unnamed
  reviewer who is a person (``one reviewer``) is the description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; in a printed dialogue (alternating quote-only paragraphs) each
  turn belongs to the person whose turn it is.
* A translation given in brackets after the original is a second span by the same
  speaker. A traditional saying quoted as such is ``direct`` with speaker and
  description null. A label that staff were told to use (``a "data event"``) is
  ``scare``.
* Inside a ``Q:`` / ``A:`` transcript, words the interviewee quotes from someone else
  belong to that person (``My agent rang and said, "…"``); her own words quoted back
  are hers.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh90.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh90.jsonl")

PASSAGES = """

### 001
@a Ingrid Solvang | Chief executive
@b Marcus Adeyemi-Hart | Finance director
@c Rekha Menon | an analyst at Porter Lind Securities
@d - | one fund manager who holds the shares
HALSTEAD, Sept 6 (Wire) - Hollins & Brace, the department store chain, reported a 14 percent fall in first-half profit on Thursday and warned that the rest of the year would be "⟦p:a|no easier⟧", sending its shares down 9 percent in early trading.
Chief executive Ingrid Solvang said shoppers were still spending on beauty and homeware but had "⟦p:a|all but stopped⟧" buying coats and shoes during an unusually warm spring.
"⟦d:a|We got the weather wrong and we got the stock wrong,⟧" Solvang told reporters on a conference call, "⟦d:a|and those two things are connected. I'm not going to pretend otherwise.⟧"
Finance director Marcus Adeyemi-Hart said the company had cut its inventory by a fifth since March. "⟦d:b|We have less stuff in the warehouses than at any point in the last six years, and that is deliberate,⟧" he said.
Analysts were unconvinced. "⟦d:c|The guidance implies a second half that looks a lot like the first, and the first was poor,⟧" said Rekha Menon, an analyst at Porter Lind Securities. "⟦d:c|I'd want to see the autumn numbers before calling a bottom.⟧"
One fund manager who holds the shares, speaking on condition of anonymity, was blunter: "⟦d:d|They've been saying 'next season' for three seasons.⟧"
The shares have lost almost half their value since January.

### 002
@a Tobias Ferreira-Lund | chief market strategist at Kessel Brothers
@b Aiko Nakashima | head of rates at Brightwater Asset Management
@c - | a trader in Port Amsel
@d Aldmark Reserve Bank | the central bank
HALVIK (Wire) - World shares slid on Friday and government bond yields climbed to their highest in 11 months as investors bet that interest rates would stay higher for longer.
"⟦d:a|There's a growing sense that the easy part of the inflation fight is over,⟧" said Tobias Ferreira-Lund, chief market strategist at Kessel Brothers. "⟦d:a|What's left is sticky, and markets are only now pricing that in.⟧"
The Aldmark Reserve Bank added to the gloom. The central bank said in minutes of its July meeting that policymakers saw "⟦p:d|limited scope⟧" for cuts this year and were "⟦p:d|prepared to act further if required⟧".
Aiko Nakashima, head of rates at Brightwater Asset Management, said the selling in longer-dated bonds had been "⟦p:b|orderly, but relentless⟧".
"⟦d:b|Nobody is panicking. People are just quietly getting out of the way,⟧" she said. "⟦d:b|When the central bank tells you it's prepared to act further, you believe it.⟧"
In Asian trading the mood was similar. "⟦d:c|Screens were red from the open and it never really turned,⟧" said a trader in Port Amsel, who declined to be named because he was not authorised to speak to the media.
The benchmark ten-year yield rose 11 basis points to 4.62 percent.

### 003
@a Helena Okonkwo-Baird | an evolutionary biologist at the University of Farleigh who led the work
@b Sunil Dasgupta | a behavioural ecologist at the Rosmont Institute who was not involved in the work
@c Clara Benítez | a co-author of the study
Magpies in at least three cities appear to have learned to time their foraging on busy roads to the changing of traffic lights, according to a study published on Wednesday in the journal Behavioural Ecology Letters.
Researchers filmed more than 2,000 birds at 41 junctions over four years. They found that birds at junctions with pedestrian crossings were far more likely to drop on to the road in the seconds after the lights turned red.
“⟦d:a|It was one of those things you don't believe until you've watched it fifty times,⟧” said Helena Okonkwo-Baird, an evolutionary biologist at the University of Farleigh who led the work.
“⟦d:a|The birds are not reading the lights, obviously,⟧” she added. “⟦d:a|They're reading the cars, and the cars are reading the lights.⟧”
Okonkwo-Baird said the behaviour appeared to spread between birds rather than being worked out independently at each junction, something her team has taken to calling “⟦s:-|junction culture⟧”.
Clara Benítez, a co-author of the study, said juveniles that hung around older birds picked up the timing within a season. “⟦d:c|Young birds that forage alone take much longer. Some of them never get it,⟧” she said.
Sunil Dasgupta, a behavioural ecologist at the Rosmont Institute who was not involved in the work, called the findings “⟦p:b|genuinely exciting⟧” but cautioned against reading too much into them.
“⟦d:b|Corvids are clever, we know that. The question is whether this is learning in the sense we usually mean, or just birds following other birds to where the food is. The paper doesn't fully separate those,⟧” he said.

### 004
@a Rhiannon Pryce | a retired teaching assistant
@b Glanmor University Health Board | the health board
@c Owain Tudor-Jenkins | the ward councillor
@d - | a spokesperson for the health board
A grandmother from Pontardeg says she has been left "⟦p:a|in agony⟧" after waiting almost three years for a hip replacement.
Rhiannon Pryce, a retired teaching assistant, was placed on the waiting list at Glanmor General Hospital in October 2021. Since then her operation has been cancelled twice, once on the morning it was due to take place.
"⟦d:a|I'd had my bag packed by the door since six o'clock. They rang at half seven and said there wasn't a bed,⟧" she said. "⟦d:a|I sat on the stairs and cried.⟧"
Mrs Pryce, 67, now uses two sticks to get around her house and has not been able to pick up her youngest grandchild for a year.
"⟦d:a|People say, 'Go private.' With what? I worked in a school for 31 years.⟧"
Glanmor University Health Board said it was "⟦p:b|truly sorry⟧" for the delays. "⟦d:b|Orthopaedic waits remain one of our greatest challenges, and we know that behind every number is a person in pain,⟧" the health board said in a statement.
A spokesperson for the health board added that a new surgical hub due to open in the spring would "⟦p:d|significantly increase⟧" capacity.
Owain Tudor-Jenkins, the ward councillor, who has raised Mrs Pryce's case with health officials, said it was "⟦p:c|far from unique⟧". "⟦d:c|My inbox is full of Rhiannons,⟧" he said.

### 005
@a Dev Khurana | the company's co-founder
@b Lorna Haugen | a privacy researcher at the Open Streets Foundation
@c Vigil | a two-year-old start-up based in a converted biscuit factory in Harwick
@d Felix Oduya | His fellow co-founder
The pitch is simple: a doorbell that knows who your neighbours are. Vigil, a two-year-old start-up based in a converted biscuit factory in Harwick, says its “⟦s:-|community-aware⟧” camera can tell the difference between the postman, a regular visitor and a stranger, and only bothers you about the last.
“⟦d:a|Most people switch the alerts off within a month because their phone buzzes every time a cat walks past,⟧” said Dev Khurana, the company's co-founder. “⟦d:a|We wanted to build something you'd actually leave on.⟧”
His fellow co-founder, Felix Oduya, who wrote most of the software, puts it more bluntly. “⟦d:d|Doorbells are stupid,⟧” he said. “⟦d:d|Ours is slightly less stupid.⟧”
Not everyone is charmed. Lorna Haugen, a privacy researcher at the Open Streets Foundation, said the device effectively built “⟦p:b|a face database of your entire street⟧” without anyone on it having agreed.
“⟦d:b|The people being recognised aren't the customers. They never clicked ‘I agree’. That's the whole problem with this category of product,⟧” she said.
Vigil said in a blog post that all recognition happened on the device itself and that “⟦p:c|no images of passers-by ever leave the doorbell⟧”. Khurana said the company would publish an independent audit before Christmas.
“⟦d:a|If we're wrong about this, we want to find out before our customers do,⟧” he said.

### 006
@a Gary Moncrieff | Dunmore Athletic manager
@b Sean Okafor | the 34-year-old
@c Ruairi Breslin | Kilbride Celtic boss
Dunmore Athletic 3 Kilbride Celtic 1
Sean Okafor rolled back the years with two goals as Dunmore moved up to fourth with a deserved win at Glebe Park.
Okafor, who was released by Kilbride in the summer, opened the scoring after 12 minutes with a header from Declan Rooney's corner and added a second just before the hour, rounding the goalkeeper after a long ball from the back.
"⟦d:b|I'm not going to lie and say it didn't mean a bit more,⟧" the 34-year-old said afterwards. "⟦d:b|But I've got a lot of mates over there. I didn't celebrate the first one, and then I forgot and celebrated the second.⟧"
Dunmore Athletic manager Gary Moncrieff said Okafor had been "⟦p:a|magnificent⟧" and "⟦p:a|a nightmare to play against⟧".
"⟦d:a|People were writing him off in August. I wasn't. He's the first in at training and the last out,⟧" Moncrieff said.
Kilbride Celtic boss Ruairi Breslin had no complaints. "⟦d:c|We were second to everything. Second to every header, second to every loose ball,⟧" he said.
"⟦d:c|I said to the lads at half-time that if we didn't wake up, we'd get beat, and we didn't wake up.⟧"
Asked about Okafor, Breslin smiled. "⟦d:c|Aye, well. He always did like scoring against us in training too.⟧"

### 007
@a Mirela Vasilescu | the world No 6
@b - | another reporter
@c Anouk Declercq | a qualifier ranked 211th
Mirela Vasilescu, the world No 6, was gracious but visibly shaken after her first-round exit at the Lakeshore Open on Monday, beaten 6-4, 3-6, 7-6 by Anouk Declercq, a qualifier ranked 211th.
“⟦d:a|She played better on the big points. That's the whole story,⟧” Vasilescu said. “⟦d:a|I had my chances in the third set. I didn't take them.⟧”
One reporter asked whether the foot injury that kept her out of the spring clay season had flared up again.
“⟦d:a|No. I'm not going to use that. My foot is fine. My head, maybe less so today.⟧”
“⟦d:b|Do you think you came back too soon?⟧” another reporter asked.
“⟦d:a|Maybe. I don't know. Ask me in a month.⟧”
Declercq, 19, who had never won a main-draw match on the tour before this week, said she had “⟦p:c|no idea⟧” how she had held her nerve in the final tie-break.
“⟦d:c|At 5-5 I looked at my coach and he was looking at the floor,⟧” she said, laughing, “⟦d:c|so I thought, OK, I'm on my own. I just hit it as hard as I could and closed my eyes.⟧”

### 008
@a Élodie Marchetti | a mountain guide who has worked these slopes for 22 years
@b Bernard Rouvière | its owner
The path out of Saint-Aubrac-les-Pins climbs steeply through beech woods before the trees give up and the limestone takes over. By the time we reach the first ridge I am wheezing; Élodie Marchetti, a mountain guide who has worked these slopes for 22 years, has not broken sweat.
«⟦d:a|Everyone is slow on the first day. On the third day you will be slow and happy,⟧» she says.
The village was, until recently, known mostly to cross-country skiers and to the few hundred walkers a year who follow the old salt road over the col. Now it has a hashtag. I ask Marchetti whether it worries her.
«⟦d:-|Is it going to be ruined?⟧» I ask.
She thinks for a long time. «⟦d:a|Ruined, no. Changed, yes. There were four hotels when I was a girl. Now there are four hotels and eleven people renting their grandmother's flat on the internet.⟧»
That evening, at the inn at the top of the village, its owner, Bernard Rouvière, serves a fondue that could anchor a ship. He is less philosophical about the newcomers. «⟦d:b|They come, they photograph the lake, they buy one coffee and they leave,⟧» he says, then shrugs. «⟦d:b|But they buy the coffee. So.⟧»
His menu promises «⟦s:-|cuisine de grand-mère⟧», and for once the claim is not an exaggeration: his mother, now 91, still makes the tarts.

### 009
@a Yasmin Farouk | its director
@b Caspar Illingworth | the actor
There is a moment near the end of “⟦s:-|The Lamp Room⟧”, Niamh Cogley's new play at the Harcastle Playhouse, when the lighthouse keeper simply stops talking. The silence goes on so long that on the night I attended someone in the stalls coughed nervously and then, embarrassed, coughed again.
It is the bravest thing in a production that its director, Yasmin Farouk, describes as “⟦p:a|a play about the things fathers can't say⟧”.
“⟦d:a|Niamh wrote forty pages of stage directions for that silence, and I cut thirty-nine of them,⟧” Farouk told me before the opening. “⟦d:a|All it needed was for Caspar to be brave enough to stand there.⟧”
Caspar Illingworth, 71, who plays the keeper, admits that the pause still frightens him. “⟦d:b|Every night I think, this is the night they'll start throwing things,⟧” the actor said. “⟦d:b|They haven't yet.⟧”
Elsewhere the production is less sure-footed. The second act's storm sequence, which one early review called “⟦p:-|a triumph of the sound department over the script⟧”, goes on too long, and the daughter's return from the city is signalled so heavily that the audience is ahead of her by a good ten minutes.
But Illingworth is superb throughout, a great bear of a man slowly discovering that he has nothing left to guard. Until 14 October.

### 010
@a Paolo Greco | a father of three from Wexbury
@b Skylark Air | the airline
@c Harriet Oyelaran | consumer rights editor at FairDeal
A FAMILY who were stranded abroad for three days when their flight home was cancelled say they are still waiting for a £2,340 refund - eight months on.
Paolo Greco, a father of three from Wexbury, says Skylark Air has ignored eleven emails, two letters and "⟦p:a|more phone calls than I can count⟧".
"⟦d:a|Every time I ring, I'm told it's been escalated. Escalated to where? The moon?⟧" he said.
"⟦d:a|We had to pay for a hotel, food, new flights with another airline. My kids missed school. And we've had nothing. Not even a sorry.⟧"
Skylark Air blamed the cancellation on "⟦p:b|operational issues⟧". After being contacted by this newspaper, the airline said: "⟦d:b|We apologise to Mr Greco for the delay in processing his claim, which has now been approved. Payment will be made within 14 days.⟧"
Harriet Oyelaran, consumer rights editor at FairDeal, said passengers were often entitled to compensation as well as a refund. "⟦d:c|Airlines are counting on people giving up. Don't,⟧" she said. "⟦d:c|Keep every receipt, put everything in writing, and if they don't pay within eight weeks, go to the ombudsman.⟧"

### 011
@a Margaret Lindqvist | the chair of the planning committee
@b Deborah Achterberg | the Green councillor for Eastgate
@c Tom Faraday | a spokesman for Ridgeback Homes
@d - | one woman in the public gallery
Plans for 240 homes on Dunnock Meadow, on the edge of Eastgate, were approved on Tuesday night after a three-hour meeting that was twice halted by heckling from the public gallery.
Protesters outside Braybrook Town Hall held placards reading “⟦s:-|Meadows not mansions⟧” and “⟦s:-|Where will the curlews go?⟧”
The committee voted six to four in favour. Margaret Lindqvist, the chair of the planning committee, said the council's hands were “⟦p:a|largely tied⟧” by government housing targets.
“⟦d:a|I understand the strength of feeling. I live two streets from the meadow myself,⟧” she said. “⟦d:a|But if we refuse this, the developer will appeal and an inspector will approve it, and we will have lost any say over what gets built.⟧”
Deborah Achterberg, the Green councillor for Eastgate, who voted against, said that argument was “⟦p:b|a counsel of despair⟧”.
“⟦d:b|Every time, we are told we have no choice. Then what are we for?⟧” she asked.
At that point one woman in the public gallery shouted “⟦d:d|Shame on you!⟧” and the meeting was adjourned for ten minutes.
Tom Faraday, a spokesman for Ridgeback Homes, said the scheme included 30 per cent affordable housing and a “⟦p:c|significant⟧” new wildlife area. “⟦d:c|We've listened, and we've changed the plans three times,⟧” he said.

### 012
@a Agnes Thorbjørnsen | -
@b Kirsten Thorbjørnsen-Reilly | Her daughter
@c Hamish Dow | a former pupil who now runs a pottery on Ardsay
Agnes Thorbjørnsen, who has died aged 88, was one of the quiet revolutionaries of studio pottery, a maker whose plain, ash-glazed bowls sat in the collections of half the museums in Europe and in the kitchens of thousands of people who had no idea who she was.
She liked it that way. "⟦d:a|I make things to be used, not looked at,⟧" she told this newspaper in 1994. "⟦d:a|If a bowl ends up in a glass case, I have failed a little bit.⟧"
Born in the fishing town of Hordvik in 1936, she came to Britain at 20 to study at the Kelburn School of Art and never left. She set up her first workshop in a former smithy at Lochanbrae in 1961, and worked there for the rest of her life.
Her teaching was legendary and occasionally terrifying. Hamish Dow, a former pupil who now runs a pottery on Ardsay, remembered her smashing an entire kiln-load of his work with a hammer. "⟦d:c|She said, 'That's not bad. Now make them good.' I was furious for about a week,⟧" he recalled. "⟦d:c|Then I realised she was right. She usually was.⟧"
She was appointed OBE in 2003, an honour she described at the time as "⟦p:a|very kind and slightly ridiculous⟧".
Her daughter, Kirsten Thorbjørnsen-Reilly, said her mother had worked at the wheel until three weeks before her death. "⟦d:b|She couldn't lift the big pots any more, so she made tiny ones. Egg cups, mostly. The whole family has egg cups,⟧" she said.
She is survived by Kirsten, her son, Lars, and five grandchildren. Her husband, the painter Iain Reilly, died in 2011.

### 013
@a Rosário Mbanze | Finance Minister
@b Joaquim Teles | Opposition leader
@c Southern Development Fund | the fund
@d - | a fishmonger
@e Armando Cossa | a taxi driver
PORTO NOVO, Santavera, March 3 (Wire) - Santavera's government on Monday announced sharp cuts to fuel subsidies as part of a $1.2 billion rescue deal, a move that Finance Minister Rosário Mbanze said was "⟦p:a|painful but unavoidable⟧".
"⟦d:a|Não há dinheiro. Não há outra maneira,⟧" Mbanze told reporters in the capital. ("⟦d:a|There is no money. There is no other way.⟧")
Petrol prices will rise by around 40 percent from April 1. The minister said the savings would be used to fund school meals and rural clinics.
Opposition leader Joaquim Teles called the decision "⟦p:b|a betrayal of the poor⟧" and said his party would organise protests.
"⟦d:b|The minister flies abroad, signs a paper, and the fisherman pays for it,⟧" Teles said in a speech broadcast on local radio.
The Southern Development Fund, which is providing the loan, welcomed the announcement. "⟦d:c|These are difficult measures, and the authorities have shown real courage in taking them,⟧" the fund said in a statement.
In the capital's central market, reaction was mixed. "⟦d:d|Everything already costs double. Now it will cost triple,⟧" said a fishmonger, who declined to give her name.
"⟦d:e|If the money really goes to the schools, fine. But I'll believe it when I see it,⟧" said Armando Cossa, 52, a taxi driver.

### 014
@a Harun Valiyaveettil | The left-arm spinner
@b Ollie Prendergast | Wessex Vale captain
@c Colm Ferriter | Northmoor's coach
Harun Valiyaveettil took seven for 41 as Wessex Vale bowled Northmoor out for 162 on the final afternoon at Castlegate to win by 118 runs and move within touching distance of the Division Two title.
The left-arm spinner, playing only his fourth first-class match, removed the top three in the space of 14 balls after lunch and finished the job with two wickets in two balls shortly before five o'clock.
“⟦d:a|I just kept putting it in the same place and waiting for somebody to get bored,⟧” he said. “⟦d:a|The pitch did most of the work. I just had to be patient.⟧”
Wessex Vale captain Ollie Prendergast was less modest on his behalf. “⟦d:b|That's as good a spell as I've seen from a young spinner. He's got a big future, and he's got no idea how good he is, which is the best way to be,⟧” he said.
Northmoor's coach, Colm Ferriter, admitted his batsmen had “⟦p:c|lost their heads⟧”.
“⟦d:c|Two of those dismissals were just daft. Sweeping, on a fifth-day pitch, against a man who's turning it a foot,⟧” he said. “⟦d:c|We'll be talking about that.⟧”

### 015
@a Wiremu Hohaia | Head coach
@b Lachlan Strachan | Captain
@c - | a reporter
@d Eben Vosloo | flanker
Head coach Wiremu Hohaia refused to criticise the referee after the Harbour Knights' 24-22 defeat to the Coastal Reds on Saturday, despite two contentious decisions in the final ten minutes.
"⟦d:a|I'm not going to talk about the ref. We had enough ball to win that game three times over,⟧" Hohaia said at the post-match press conference.
Asked about the yellow card shown to flanker Eben Vosloo in the 71st minute, Hohaia said only that he would "⟦p:a|look at it on Monday⟧".
Vosloo himself was less restrained. "⟦d:d|I went for the ball. I got the ball. I don't know what else I'm supposed to do,⟧" he said.
"⟦d:c|Do you think the decision cost you the game?⟧" a reporter asked.
"⟦d:d|You'd have to ask him,⟧" Vosloo replied, nodding towards the door through which the match officials had left.
Captain Lachlan Strachan tried to lighten the mood. "⟦d:b|We lost by two points, not twenty. Nobody's died. We'll be better next week,⟧" he said. "⟦d:b|Ebs will be fine. He's just grumpy because he's hungry.⟧"

### 016
@a Ngozi Adebayo-Clarke | a former hospital pharmacist
@b Ruth Abernathy | Her editor at Linden Press
@c - | one reviewer
For a writer whose new novel is about a woman who stops speaking for a year, Ngozi Adebayo-Clarke, a former hospital pharmacist, is remarkably talkative. Over two hours in a café near her home in Southmere she discusses her late father, her allotment, the novel she abandoned in 2019 and her fear of audiobooks.
“⟦d:a|I can't listen to my own sentences read aloud. They sound like someone else's shopping list,⟧” she says.
“⟦s:-|The Quiet Year⟧”, her third novel, is narrated by Adaeze, a translator who, after her mother's funeral, simply decides not to speak again until the next rainy season.
“⟦d:a:m|People assume it's about grief, and it is, partly. But it's more about what happens to everyone else when one person withdraws. Her sister becomes furious. Her husband becomes, frankly, rather happier.⟧
“⟦d:a|I wanted to write about the way silence is a kind of power, especially for women, who are so rarely allowed it.⟧”
Her editor at Linden Press, Ruth Abernathy, said she had read the manuscript “⟦p:b|in one sitting, on a train⟧” and missed her stop.
“⟦d:b|It's funny in a way people don't expect. Ngozi doesn't do misery for its own sake,⟧” Abernathy said.
The book has already been described by one reviewer as “⟦p:c|a small miracle of restraint⟧”. Adebayo-Clarke laughs at that. “⟦d:a|I'll take it. My mother would have said I've never restrained myself in my life.⟧”

### 017
@a Tomás Ó Faoláin | the band's singer
@b Kasia Zielińska | drummer
The Saltings have never been in a hurry. Their third album, ``⟦s:-|Low Tide Hymnal⟧'', arrives five years after their second, and it sounds like a record made by people who spent most of that time staring at the sea.
``⟦d:a|We did actually spend most of that time staring at the sea,⟧'' says the band's singer, Tomás Ó Faoláin, when we meet in a pub in Kilrossan, the fishing town the four-piece still call home. ``⟦d:a|It's cheaper than therapy and the view is better.⟧''
Recorded in a disused lifeboat station, the album is built around drones, field recordings and Ó Faoláin's cracked tenor. The opener, ``⟦s:-|Ebb⟧'', runs to eleven minutes and features the sound of a winch for most of them.
``⟦d:b|Tomás wanted the winch on every track. We negotiated him down to three,⟧'' says drummer Kasia Zielińska, who joined the band in 2017.
Is it commercial suicide? Ó Faoláin shrugs. ``⟦d:a|We've never been commercially alive, so it's hard to kill us.⟧''
Zielińska is more pragmatic. ``⟦d:b|We sold out the Dunlavin show in a day. People want something slow,⟧'' she says. ``⟦d:b|Everything else is so fast.⟧''

### 018
@a Bev Tolliver | a dinner lady from Grimsworth
@b Len | a retired bus driver
@c - | a spokeswoman for Lucky Lines
Bev Tolliver, 61, a dinner lady from Grimsworth, has scooped £4.2 MILLION on the lottery - and she's going straight back to work on Monday.
The gran-of-five checked her numbers on the bus home on Wednesday and thought she had misread them.
"⟦d:a|I said to the driver, 'Stop the bus!' He thought I was having a funny turn,⟧" Bev told us from her semi on the Larches estate.
"⟦d:a|I'm not giving up the school. Them kids would starve. Well, not starve, but they'd get chips every day.⟧"
Her hubby Len, 64, a retired bus driver, was more relaxed about it. "⟦d:b|She can do what she likes. I'm getting a shed. A proper one, with a telly in it,⟧" he said.
Bev says the couple will help their children on to the property ladder and take a "⟦p:a|proper holiday⟧" - their first abroad since 1998.
A spokeswoman for Lucky Lines, which runs the draw, said: "⟦d:c|We always love a winner who keeps their feet on the ground, and Bev definitely does.⟧"

### 019
@a Siobhán Keogh | a forecaster at the Atlantic Weather Service
@b Dermot Hanratty | the county's chief fire officer
@c Greenline Power | the electricity network operator
@d Fionnuala Gill | a café owner
Storm Oriel is expected to bring gusts of up to 130km/h to western coastal counties on Sunday, with an orange wind warning in place from 6am.
Siobhán Keogh, a forecaster at the Atlantic Weather Service, said the strongest winds would arrive “⟦p:a|very quickly⟧” in the early hours.
“⟦d:a|This is not a storm to go and look at. Please stay away from exposed coasts, piers and promenades,⟧” she said.
Dermot Hanratty, the county's chief fire officer, urged people to secure bins, trampolines and garden furniture. “⟦d:b|Every storm, we get called out to trampolines on railway lines,⟧” he said. “⟦d:b|Every single storm.⟧”
Greenline Power, the electricity network operator, said it had crews on standby and warned that outages were “⟦p:c|likely⟧” in exposed areas. “⟦d:c|Customers should never approach fallen lines and should report them immediately,⟧” the company said.
In Ballyrane, Fionnuala Gill, a café owner, was stacking sandbags outside her door on Saturday afternoon. “⟦d:d|We've been flooded twice in four years. I'm not taking any chances,⟧” she said.

### 020
@a Calum Ritchie | -
@b Eilidh Munro | Sheriff
@c Neil Bhattacharya | Defence solicitor
@d Laura Kincaid | Fiscal depute
A man who stole more than £6,000 worth of garden gnomes, statues and bird baths from homes across Angusmuir has been jailed for ten months.
Calum Ritchie, 29, of Mill Wynd, Arbrie, admitted 14 charges of theft at Arbrie Sheriff Court.
Fiscal depute Laura Kincaid told the court that Ritchie had sold many of the items at car boot sales, and that one victim had recognised her own stone heron on a stall. "⟦d:d|She asked him where he had got it, and he told her it had been in his family for generations,⟧" Ms Kincaid said.
Defence solicitor Neil Bhattacharya said his client had been "⟦p:c|in a very dark place⟧" after losing his job and had since stopped drinking.
"⟦d:c|He is deeply ashamed. He has written letters of apology to every one of the complainers,⟧" Mr Bhattacharya said.
Sentencing, Sheriff Eilidh Munro told Ritchie: "⟦d:b|These were not valuable items to anyone but their owners, and that is what makes this so mean. One of them was a memorial to a child.⟧"
As he was led from the dock, Ritchie turned to the public gallery and said "⟦d:a|Sorry, everybody⟧" before being taken down.

### 021
@a Medicines Standards Authority | the regulator
@b Priti Venkataraman | Halvorsen Bio's chief medical officer
@c Jonas Aaltonen | a neurologist at St Brendan's Hospital in Carrow
@d Maureen Fitch | chair of the Carrow Alzheimer's Carers Group
The Medicines Standards Authority on Tuesday approved Lumetra, the first drug shown to slow memory loss in early-stage Alzheimer's disease without the need for regular brain scans.
The regulator said the drug's benefits "⟦p:a|outweigh its risks⟧" for patients who meet strict criteria, but that it should be prescribed only by specialists. "⟦d:a|Lumetra is not a cure, and patients and clinicians should have realistic expectations,⟧" the regulator said.
Halvorsen Bio's chief medical officer, Priti Venkataraman, called the decision "⟦p:b|a turning point⟧". "⟦d:b|For the first time, we can offer something to families that doesn't involve a monthly trip to a scanner two hours away,⟧" she said.
Dr Jonas Aaltonen, a neurologist at St Brendan's Hospital in Carrow, was cautiously welcoming. "⟦d:c|The effect is real, but it is modest. We're talking about slowing decline by a few months, not stopping it,⟧" he said. "⟦d:c|Patients need to go in with their eyes open.⟧"
The drug will cost about £18,000 per patient per year. Asked whether that was affordable for the health service, Venkataraman said: "⟦d:b|We are in discussions and I'm confident we'll reach an agreement.⟧"
Maureen Fitch, chair of the Carrow Alzheimer's Carers Group, said any delay would be "⟦p:d|cruel⟧". "⟦d:d|My husband doesn't have time for committees to argue about money,⟧" she said.

### 022
@a Kestrel Pay | the payments app
@b Ilse van der Berg | a security researcher who first spotted the data for sale on a criminal forum
@c - | An employee who asked not to be named
@d Rafael Quintero | the company's chief executive
Kestrel Pay, the payments app, has confirmed that names, email addresses and partial card numbers belonging to about 1.3 million customers were stolen in a cyber attack last month.
The company said in a statement on Thursday that passwords and full card details had not been affected and that there was “⟦p:a|no evidence⟧” the stolen data had been used for fraud.
Ilse van der Berg, a security researcher who first spotted the data for sale on a criminal forum, disputed the timeline. “⟦d:b|I flagged this to them on the 3rd. They told me on the 5th that there was nothing to see. On the 19th they admitted there was,⟧” she said.
“⟦d:b|Customers had two weeks in which they could have been warned and weren't.⟧”
In a video posted on its website, the company's chief executive, Rafael Quintero, apologised. “⟦d:d|We let you down, and I'm sorry,⟧” he said. “⟦d:d|We are going to earn your trust back, and that starts with being honest about what happened.⟧”
An employee who asked not to be named said staff had been told internally to describe the incident as a “⟦s:-|data event⟧” rather than a breach. “⟦d:c|Everyone knew what it was,⟧” the employee said.

### 023
@a Gregor Haldane | the chairman of Haldane & Sons
@b Marta Kowalczyk | regional organiser for the Food and Drink Workers' Union
@c Annika Strand | Copperfell's chief executive
@d - | one brewer with 30 years at the site
Haldane & Sons, the 180-year-old family brewery in Kirkbrae, is to be sold to Copperfell Brewing Group for £145m, ending six generations of family ownership.
Gregor Haldane, the chairman of Haldane & Sons, said the decision had been "⟦p:a|the hardest of my life⟧".
"⟦d:a|My father would have hated it. My grandfather would have hated it more. But neither of them had to compete with companies the size of Copperfell,⟧" he said.
Copperfell's chief executive, Annika Strand, said the Kirkbrae site would remain open and that the Haldane name would be kept. "⟦d:c|We are not buying this brewery to close it. We're buying it because people love the beer,⟧" she said.
Unions were sceptical. Marta Kowalczyk, regional organiser for the Food and Drink Workers' Union, said her members had heard "⟦p:b|warm words⟧" before. "⟦d:b|Copperfell said the same thing when it bought Ashby's in 2019, and Ashby's closed eighteen months later,⟧" she said.
"⟦d:b|We want guarantees in writing, not in a press release.⟧"
At the brewery gates, one brewer with 30 years at the site shrugged. "⟦d:d|We'll find out soon enough,⟧" he said.

### 024
@a Hélène Dumarais-Koné | governor of the Banque centrale de Marsanne
@b - | One economist at a European bank
@c Ousmane Diabaté | a currency trader
PORT-LAMARQUE, Marsanne, June 12 (Wire) — Marsanne's central bank unexpectedly raised its main interest rate by a full percentage point to 9.5 percent on Wednesday in an effort to halt a slide in the franc marsannais that has pushed up food prices.
Hélène Dumarais-Koné, governor of the Banque centrale de Marsanne, told a news conference the bank would do «⟦p:a|tout ce qui est nécessaire⟧» — whatever is necessary — to stabilise the currency.
«⟦d:a|Nous ne laisserons pas l'inflation s'installer,⟧» she said. (“⟦d:a|We will not allow inflation to take hold.⟧”)
Asked whether further increases were possible, she replied: «⟦d:a|Nous n'excluons rien.⟧» (“⟦d:a|We rule nothing out.⟧”)
The franc rose 2.1 percent against the euro after the announcement, its biggest one-day gain in three years.
Economists were divided. One economist at a European bank, who asked not to be named, called the move «⟦p:b|courageux mais tardif⟧» — brave but late.
In the market district, Ousmane Diabaté, a currency trader, said customers had been queuing since early morning to change their savings into euros. «⟦d:c|Les gens ont peur. Quand les gens ont peur, ils achètent des euros,⟧» he said. (“⟦d:c|People are afraid. When people are afraid, they buy euros.⟧”)

### 025
@a Morwenna Treloar | the site director
@b Piet Hendriks | a specialist in Roman coinage at the University of Graveney
@c Alfie Sandercock | a retired postman who has volunteered on the dig since 2015
Archaeologists excavating a field near St Elwyn have uncovered what they believe is the largest Roman coin hoard ever found in the far south-west, buried in a pottery jar at the foot of a field wall.
The hoard contains at least 3,400 coins, most dating from the late third century.
“⟦d:a|When the jar first showed up in the trench we thought it was a drainpipe. Then someone put a trowel through the lid and it started raining pennies,⟧” said the site director, Morwenna Treloar.
She said the hoard had been found by Alfie Sandercock, a retired postman who has volunteered on the dig since 2015.
“⟦d:c|I've been finding bits of roof tile for nine years. I'd just about given up,⟧” Sandercock said. “⟦d:c|My wife said, ‘Did you find anything today?’ I said, ‘Yes, actually.’⟧”
Dr Piet Hendriks, a specialist in Roman coinage at the University of Graveney, said hoards of this period were often buried during times of political upheaval. “⟦d:b|We'll never know for sure why someone put this in the ground and never came back for it,⟧” he said. “⟦d:b|But it tells us there was a great deal more money in this part of Britain than we used to think.⟧”
Treloar said the coins had been reported to the coroner under treasure law. Asked what they might be worth, she laughed. “⟦d:a|More than my car. Less than a house. That's as far as I'll go.⟧”

### 026
@a Gwen Parry-Okoro | the great-grandmother
@b Huw Bellamy | Transport minister
@c Dafydd | one commuter
@d Valley Lines | the company
Passenger trains have returned to the Cefnfa valley for the first time in almost 60 years, with the first service leaving Llanddwyn Road at 06:12 on Monday.
Hundreds of people lined the platforms, some holding a banner reading "⟦s:-|Welcome back, old friend⟧".
Among them was Gwen Parry-Okoro, who last caught a train from the station in 1965. "⟦d:a|I went into the city to buy my wedding dress. Then they shut the line and I never went anywhere again,⟧" the great-grandmother said, laughing.
Transport minister Huw Bellamy, who travelled on the first train, said the reopening showed "⟦p:b|what can be done when communities refuse to give up⟧".
"⟦d:b|This line was closed by people who had never seen it. It has been reopened by people who never forgot it,⟧" he said.
The journey to the city will take 48 minutes. "⟦d:c|It used to take me an hour and a half on two buses,⟧" said one commuter, who gave his name only as Dafydd. "⟦d:c|I'll get an extra hour in bed. That's life-changing, honestly.⟧"
Valley Lines, which runs the service, said trains would run every half hour from May. "⟦d:d|Demand has already exceeded our expectations,⟧" the company said.

### 027
@a Brightline Appliances | -
@b Consumer Safety Office | -
@c Sunita Lal | a nurse from Dunmere
@d - | A spokesman for Brightline
More than 200,000 cordless kettles sold by supermarkets across the country are being recalled after reports that the handles can come loose when the kettle is full.
The Brightline KT-400, sold between March 2022 and August 2023 for about £24, is the subject of an urgent safety notice. The Consumer Safety Office told customers to “⟦p:b|stop using the product immediately⟧” and unplug it.
Sunita Lal, a nurse from Dunmere, said the handle of her kettle had snapped off as she poured water for a hot-water bottle. “⟦d:c|The whole thing went over my hand and down my leg. I was in A&E for four hours,⟧” she said. “⟦d:c|I'd bought it because it had good reviews.⟧”
Brightline Appliances said in a statement that it had received 37 reports of handles failing, including eight injuries. “⟦d:a|We are deeply sorry to anyone who has been hurt. Customer safety is our highest priority,⟧” it said.
A spokesman for Brightline said customers would receive a full refund or a replacement kettle of a different design “⟦p:d|whether or not they have a receipt⟧”.
The model number is printed on the base of the kettle, next to the power connector.

### 028
@a Rachel Obi-Nwosu | Headteacher
@b Ceri Walsh | a parent governor
@c Daniel Yusuf | the county council's cabinet member for education
@d - | One father at the school gates
Parents at Brynhafod Primary School have vowed to fight plans to close the 112-year-old village school, which has 41 pupils.
Headteacher Rachel Obi-Nwosu told parents at a packed meeting on Wednesday that she was "⟦p:a|heartbroken⟧" but that she understood the council's reasons.
"⟦d:a|We are a small school doing big things. I'd ask the council to come and see that before they make a final decision,⟧" she said.
Ceri Walsh, a parent governor, said closing the school would "⟦p:b|rip the heart out⟧" of the village. "⟦d:b|If the school goes, young families won't move here. Then the shop goes, then the pub goes. We've seen it happen in every village around us,⟧" she said.
Daniel Yusuf, the county council's cabinet member for education, said falling rolls meant some schools were "⟦p:c|no longer sustainable⟧".
"⟦d:c|Nobody goes into local government wanting to close schools,⟧" he said. "⟦d:c|But we have 1,800 empty places across the county, and that money is coming out of every child's education.⟧"
One father at the school gates was less diplomatic. "⟦d:d|They've already made their minds up. This consultation is a box-ticking exercise,⟧" he said.
A public consultation closes on 30 November.

### 029
@a Jimmy Rourke | -
@b Cloverhill Rovers | the club
@c Stevie Mahon | His former teammate
@d Eamon | His son
Jimmy Rourke, the goalkeeper known to a generation of supporters as “⟦s:-|the Cat of Cloverhill⟧”, has died at the age of 79.
Rourke made 512 appearances for Cloverhill Rovers between 1963 and 1979 and was in goal for both of the club's cup final wins.
The club said in a statement that it was “⟦p:b|devastated⟧” by the news. “⟦d:b|Jimmy was more than a player. He was Cloverhill. Our thoughts are with Maureen and the family,⟧” the statement said.
His former teammate Stevie Mahon said Rourke had been “⟦p:c|the bravest man I ever shared a dressing room with⟧”.
“⟦d:c|He'd throw himself at the feet of a centre-forward like there was no tomorrow. Broke his nose four times. Never once complained,⟧” Mahon said.
Rourke himself was famously modest about his talents. “⟦d:a|I was never the best goalkeeper. I was just the one who didn't mind getting hurt,⟧” he said in a 1988 interview with this paper.
His son, Eamon, said the family had been overwhelmed by messages. “⟦d:d|Dad would have said it was a lot of fuss over nothing. But he'd have read every single one,⟧” he said.

### 030
@a Bogdan Velichkov | a former chess champion who entered politics only two years ago
@b Teodora Ilieva | Outgoing prime minister
@c - | A Western diplomat in Sorvan
@d Nikola | a 23-year-old student
SORVAN, Dravonia, Oct 14 (Wire) - Bogdan Velichkov, a former chess champion who entered politics only two years ago, has won Dravonia's presidential election with 54 percent of the vote, according to preliminary results released on Monday.
Speaking through an interpreter at his campaign headquarters, Velichkov said his victory was "⟦p:a|a message to those who thought this country could be bought⟧".
"⟦d:a|In chess, you learn that the position matters more than the pieces. Tonight the position has changed,⟧" he told supporters, who chanted "⟦s:-|Bog-dan! Bog-dan!⟧"
Outgoing prime minister Teodora Ilieva, whose party backed his rival, conceded defeat in a brief televised statement. "⟦d:b|The people have spoken, and we accept their decision,⟧" she said. "⟦d:b|We will be a responsible opposition. But we will be an opposition.⟧"
A Western diplomat in Sorvan said Velichkov's foreign policy remained "⟦p:c|a blank page⟧". "⟦d:c|He has said a great deal about corruption and almost nothing about anything else,⟧" the diplomat said.
Outside the headquarters, Nikola, a 23-year-old student who did not want his surname published, said he had voted for the first time. "⟦d:d|My parents have voted against the same people for thirty years. I wanted to vote for somebody,⟧" he said.

### 031
@a Lorenzo Bellandi | the Squadra Montefeltro rider
@b Iñaki Urrutia | The race leader
@c Gianluca Ferri | Bellandi's directeur sportif
Lorenzo Bellandi, the Squadra Montefeltro rider, won the ninth stage of the Vuelta a Castellar on Sunday with a solo attack on the final climb to Puerto de Alarcón, ending a two-year wait for a victory.
The 26-year-old crossed the line 38 seconds clear of the chasing group and collapsed over his handlebars.
“⟦d:a|Non ci credo ancora,⟧” he said in Italian at the finish. “⟦d:a|I still don't believe it.⟧”
“⟦d:a|Two years of being second, third, fourth. People started saying I didn't know how to win. Today I showed them I know.⟧”
Bellandi's directeur sportif, Gianluca Ferri, said the team had planned the attack “⟦p:c|for three weeks⟧”. “⟦d:c|We told him: wait, wait, wait, then go once and don't look back. He did exactly that,⟧” Ferri said.
The race leader, Iñaki Urrutia, kept the red jersey after finishing in the chasing group. Speaking in Spanish, he said he had been happy to let the Italian go.
“⟦d:b|He was not a danger for the general classification. Today was a day to save the legs,⟧” Urrutia said through a team translator.

### 032
@a Folasade Akindele | the Ondowa-born artist
@b Henrik Moberg | The gallery's senior curator
@c - | one visitor
The first thing you see on entering ``⟦s:-|Salt and Ceiling⟧'', Folasade Akindele's exhibition at the Wexley Gallery, is a ship's hull hanging upside down from the roof, its keel almost brushing the skylights.
``⟦d:a|I wanted people to feel like they were underneath something enormous that could fall on them at any moment,⟧'' says Folasade Akindele, the Ondowa-born artist, who has spent most of the past decade working in the Low Countries. ``⟦d:a|Which is how I felt for my first year in Europe.⟧''
The hull came from a breaker's yard and took eleven days to install. The gallery's senior curator, Henrik Moberg, admits there were moments when he doubted it would work. ``⟦d:b|At one point the engineers told us the roof might not take it. Fola said, 'Then we'll get a new roof.' We didn't, luckily,⟧'' he says.
Downstairs, a series of smaller works made from salt crystallised on to old fishing net is quieter and, to my mind, more affecting. Akindele calls them her ``⟦s:-|sea letters⟧''.
``⟦d:a:m|Every one of them is addressed to someone who crossed the water and didn't arrive. I don't say who. That's not for me to say.⟧
``⟦d:a|People ask me if it's political. Of course it's political. Salt is political. The sea is political. But first it is a letter.⟧''
On the afternoon I visited, one visitor stood under the hull for several minutes without moving. ``⟦d:c|It's like being in church,⟧'' she said eventually, to nobody in particular.

### 033
@a Yoon Hae-sol | the director
@b Camille Verhoeven | The festival's artistic director
@c - | one audience member
@d Bae Soo-ah | Its star
Yoon Hae-sol's “⟦s:-|The Tide Clock⟧”, a two-and-a-half-hour drama about a family of oyster farmers on a shrinking island, received an eight-minute standing ovation at its premiere on Thursday night, the longest of the festival so far.
Speaking through an interpreter at a press conference the next morning, the director said the film had taken nine years to make. “⟦d:a|Four years to write, two years to find money, one year to shoot and two years to recover,⟧” Yoon said.
“⟦d:c|Why is there no music?⟧” one audience member asked at a public screening later that day.
Yoon smiled. “⟦d:a|The sea is loud enough.⟧”
Its star, Bae Soo-ah, who learned to shuck oysters for the role, said she had cut her hands “⟦p:d|more times than I can count⟧”. “⟦d:d|The real oyster farmers laughed at me every day. By the end, they laughed less,⟧” she said.
The festival's artistic director, Camille Verhoeven, called it “⟦p:b|the film everyone will be talking about this year⟧” and said she had programmed it after a single viewing. “⟦d:b|I watched it at two in the morning and rang my team at five,⟧” Verhoeven said.

### 034
@a Beryl | My neighbour
@b Kwame Asante-Douglas | head gardener at Tollerton Manor
Every year I swear I will not grow too many courgettes, and every year, by the second week of August, I am leaving them on neighbours' doorsteps like an apologetic burglar.
My neighbour Beryl, who has gardened the plot next to mine for 40 years, has a rule. "⟦d:a|One plant per person in the house, and then one less,⟧" she told me, not for the first time, over the fence last week. "⟦d:a|You never listen.⟧"
She is right. I never listen.
For advice I trust more than my own, I rang Kwame Asante-Douglas, head gardener at Tollerton Manor, whose kitchen garden feeds the estate's café. He says the problem is not the number of plants but the way we pick.
"⟦d:b|People let them get to the size of a baby seal and then wonder why the plant gives up. Pick them small, pick them every day, and the plant keeps going,⟧" he said.
And the ones that get away? "⟦d:-|What do you do with the monsters?⟧" I asked.
"⟦d:b|Soup. Chutney. Compost. And friends with big families,⟧" he said. "⟦d:b|Mostly compost, if I'm honest.⟧"

### 035
@a Ravi Chaudhary | managing director of Hearth & Key estate agents
@b Homeowners' Building Society | the society
@c Lotte Verbeek | The building society's chief economist
@d Jade Morrison | a first-time buyer who has been saving for six years
House prices fell for the fourth month in a row in September, according to the Homeowners' Building Society, which said the average home now costs £271,400, down 3.1 per cent on a year ago.
The society said higher mortgage rates were “⟦p:b|continuing to weigh⟧” on demand, particularly in the south-east.
The building society's chief economist, Lotte Verbeek, said the figures should be kept in perspective. “⟦d:c|Prices are still about 20 per cent above where they were before the pandemic,⟧” she said. “⟦d:c|This is a correction, not a crash.⟧”
Ravi Chaudhary, managing director of Hearth & Key estate agents, said buyers had become “⟦p:a|far more choosy⟧”. “⟦d:a|Two years ago people were buying houses off a ten-second video. Now they want three viewings and a survey and a discount,⟧” he said.
For some, the fall cannot come fast enough. Jade Morrison, a first-time buyer who has been saving for six years, said: “⟦d:d|Every time I get close, the deposit I need goes up again. A three per cent fall doesn't touch the sides.⟧”

### 036
@a Niamh Brennan-Osei | Pensions adviser
@b Retirement Savings Regulator | -
Pensions adviser Niamh Brennan-Osei answers your questions about money in later life. "⟦d:a|There's no such thing as a silly question about pensions,⟧" she says. "⟦d:a|There are only expensive silences.⟧"
Q: I'm 58 and have three small pensions from old jobs. Should I combine them?
A: Possibly, but check first whether any of them carries what's called a "⟦s:-|guaranteed annuity rate⟧". Older policies sometimes do, and they can be worth far more than they look. Moving the money would mean losing it.
Q: My provider keeps sending me letters headed "⟦s:-|Important: action required⟧", but when I ring, nobody can tell me what action. What should I do?
A: Write to them and ask them to set out, in plain English, what they need from you. The Retirement Savings Regulator expects firms to give customers information that is "⟦p:b|clear, fair and not misleading⟧", and a letter that frightens you without telling you anything is none of those things.
Q: Is it ever too late to start?
A: No. It is only ever later than it might have been.

### 037
@a Kayleigh Brooks | a hairdresser from Dunsford
@b Marcus Tan | the delivery driver who found him
@c - | A spokesperson for PetTrace
A HEARTBROKEN owner has been reunited with her runaway spaniel - SIX months after he vanished from her back garden.
Biscuit, a four-year-old cocker spaniel dubbed the "⟦s:-|Houdini hound⟧" by neighbours, dug under a fence in March and was not seen again until a delivery driver found him wandering near a motorway services 40 miles away.
Kayleigh Brooks, a hairdresser from Dunsford, said she "⟦p:a|screamed the house down⟧" when the call came.
"⟦d:a|I'd put posters up in every shop, on every lamppost. I'd driven round every night for weeks. I'd honestly started to think he was gone,⟧" she said. "⟦d:a|When he saw me he went absolutely mental. Then he went to sleep on my feet for about nine hours.⟧"
Marcus Tan, the delivery driver who found him, said Biscuit had jumped straight into his van. "⟦d:b|He sat in the passenger seat like he'd been doing the route for years,⟧" he said. "⟦d:b|I think he'd been living off sausage rolls from the services. He was a bit chunky.⟧"
A spokesperson for PetTrace, which runs the microchip database that identified Biscuit, said: "⟦d:c|This is exactly why we tell people to keep their details up to date. It's the best news we've had all year.⟧"

### 038
@a Tyrone Bassey | -
@b Mikko Laaksonen | The Finnish champion
@c Delroy Weekes | Promoter
@d - | one journalist
The insults flew and the tables very nearly did at Thursday's final press conference before Saturday's heavyweight title fight at the Northgate Arena.
Tyrone Bassey, known to his fans as "⟦s:-|The Tornado⟧", arrived forty minutes late wearing sunglasses and a dressing gown.
"⟦d:a|I was asleep. That's how worried I am,⟧" Bassey said. "⟦d:a|He's a nice man. He's a nice, slow man. I'm going to put him to sleep too, and he won't be late for anything for a while.⟧"
The Finnish champion, Mikko Laaksonen, who speaks little English, sat in silence for most of the exchange. When he finally spoke, it was briefly. "⟦d:b|He talks. I box. Saturday we see,⟧" he said.
"⟦d:d|Were you out clubbing ten days before a world title fight?⟧" one journalist asked Bassey, after pictures emerged of him at a nightclub last week.
"⟦d:a|Next question,⟧" Bassey replied. From the back of the room came a shout of "⟦d:-|Answer it!⟧" He did not.
Promoter Delroy Weekes was forced to step between the two men during the face-off. "⟦d:c|That's what you pay for. That's the sport,⟧" he said afterwards, grinning. "⟦d:c|Twenty-two thousand tickets sold. I'm not complaining.⟧"

### 039
@a Orbital Research Agency | the agency
@b Mariam Haddad | the mission's principal investigator
@c Tomasz Bielecki | Flight director
@d - | One engineer in the control room
A small spacecraft the size of a washing machine has sent back its first pictures from orbit around the asteroid Teodora, ending an anxious three-day silence that had led some engineers to fear the mission was lost.
The Orbital Research Agency said on Saturday that contact with the probe, named “⟦s:-|Wren⟧”, had been restored at 03:40 GMT after it rebooted itself following a software fault.
“⟦d:a|Wren is healthy and in the orbit we planned. We are extremely relieved,⟧” the agency said in a statement.
Flight director Tomasz Bielecki said the team had spent the silence “⟦p:c|running every possible scenario, and some impossible ones⟧”.
“⟦d:c|When the signal came back, the room was absolutely silent for about two seconds,⟧” he said, “⟦d:c|and then it wasn't.⟧”
One engineer in the control room, filmed as the first images appeared on screen, could be heard saying: “⟦d:d|Look at that. Look at that.⟧”
Mariam Haddad, the mission's principal investigator, said the pictures already showed boulders larger than expected on the asteroid's surface. “⟦d:b|It's rougher, stranger and more interesting than any of our models. Which is the best possible outcome for a scientist,⟧” she said.

### 040
@a Mindspring | the young people's mental health charity
@b Tamsin Ruddock | The charity's chief executive
@c Kofi Mensah-Bright | an 18-year-old from Lowther who contributed to the report
@d - | A Department for Schools spokesperson
Almost half of secondary school pupils say they have felt "⟦p:a|too anxious to go to school⟧" at least once in the past term, according to a survey by Mindspring, the young people's mental health charity.
The report, titled "⟦s:-|Not Just a Phase⟧", is based on responses from 6,200 pupils aged 11 to 18.
The charity's chief executive, Tamsin Ruddock, said talk of a "⟦s:-|snowflake generation⟧" had done real damage. "⟦d:b|Young people hear adults describe their distress as a fashion, and they stop telling anyone. Then we're surprised when it ends up in A&E,⟧" she said.
Kofi Mensah-Bright, an 18-year-old from Lowther who contributed to the report, said waiting lists for help were "⟦p:c|insane⟧". "⟦d:c|I was told eleven months. Eleven months is a whole school year,⟧" he said. "⟦d:c|By the time they called me, I'd left.⟧"
A Department for Schools spokesperson said: "⟦d:d|We are investing record sums in mental health support teams, which will cover half of all pupils by next year.⟧"

### 041
@a Linnea Bergqvist | Aurel's head of design
@b Kenji Moriyama | Aurel's chief executive
Aurel's adverts promise “⟦s:-|a phone for the next decade⟧”, which is a bold claim for a company that did not exist five years ago.
The Aurel Two is chunky, plain and deliberately unfashionable. The battery can be replaced with a coin and a thumbnail. The screen unclips. There is, astonishingly, a headphone socket.
“⟦d:a|We asked people what annoyed them about phones, and nobody said ‘it isn't thin enough’,⟧” says Aurel's head of design, Linnea Bergqvist. “⟦d:a|They said the battery dies and the screen breaks. So we fixed those.⟧”
Kenji Moriyama, Aurel's chief executive, is candid about the trade-offs. The camera is merely good, not great, and the processor is a generation behind its rivals.
“⟦d:b|We will never win a benchmark. We don't want to. We want you to still be using this phone in 2032,⟧” he told me at the company's offices in Malmgård.
I asked whether that was a business model at all. “⟦d:-|If nobody needs a new phone, how do you make money?⟧”
“⟦d:b|Repairs, parts, and the fact that people who like us tell their friends,⟧” Moriyama said. “⟦d:b|Also, honestly, we're hoping they buy a second one for their kids.⟧”
Verdict: not for the camera obsessive, but the most sensible phone I have used in years.

### 042
@a Nasser Al-Khatib | a former hotel chef
@b Layla | His wife
@c - | one diner
@d Graham Pettigrew | -
A Syrian chef who arrived in Harrowgate Bridge as a refugee seven years ago has opened his own restaurant in the former post office on Market Street.
Nasser Al-Khatib, 41, a former hotel chef, says Jasmine House is "⟦p:a|a dream I stopped allowing myself to have⟧".
"⟦d:a|When I came here I washed pots in a pizza place. I didn't speak English. I didn't know anyone,⟧" he said. "⟦d:a|Now I have eleven staff and my name above a door.⟧"
His wife, Layla, runs front of house. "⟦d:b|He cooks, I talk. It's the only way the marriage works,⟧" she said, laughing.
On opening night every one of the 40 covers was taken. "⟦d:c|I've had the lamb three times this week already,⟧" said one diner. "⟦d:c|My wife says it's getting embarrassing.⟧"
Graham Pettigrew, who runs the bookshop next door, said the restaurant had brought "⟦p:d|life back to this end of the street⟧". "⟦d:d|The post office had been empty for four years. Now there's a queue outside at seven o'clock,⟧" he said.

### 043
@a - | A spokesperson for the Global Relief Alliance
@b Marisela Quispe | a farmer
@c Ernesto Villalba | Governor
SAN LÁZARO, Valderra, Feb 21 (Wire) — At least 34 people have died and thousands have been forced from their homes after days of torrential rain caused rivers to burst their banks across the southern province of San Lázaro, officials said on Wednesday.
Governor Ernesto Villalba declared a state of emergency and appealed for national help. «⟦d:c|Hemos perdido carreteras, puentes, cosechas. No podemos hacer esto solos,⟧» he said in a televised address. («⟦d:c|We have lost roads, bridges, harvests. We cannot do this alone.⟧»)
In the village of Achamayo, Marisela Quispe, a farmer, stood beside what was left of her potato field. «⟦d:b|Todo se lo llevó el río,⟧» she said. «⟦d:b|The river took everything.⟧»
A spokesperson for the Global Relief Alliance said teams had reached some areas only by boat. «⟦d:a|The scale of the damage is still not clear. There are communities we have not been able to contact for three days,⟧» the spokesperson said.
The national weather service warned that more rain was expected over the weekend.

### 044
@a Amara Okoli | co-founder and chief executive of Fennel
@b Sofia Lindahl | a former hospital dietitian
@c Jared Whitcombe | a partner at Cobalt Ridge Ventures
@d - | one rival founder
Fennel, a start-up that uses software to cut food waste in hospital kitchens, has raised £22m in a funding round led by Cobalt Ridge Ventures.
Amara Okoli, co-founder and chief executive of Fennel, said the money would be used to expand into continental Europe. "⟦d:a|Hospitals throw away about a third of the food they cook. That's money, and it's carbon, and it's frankly a bit obscene,⟧" she said.
Her co-founder, Sofia Lindahl, a former hospital dietitian, said the idea came from years of watching full trays come back from the wards. "⟦d:b|I spent ten years watching trolleys of untouched shepherd's pie go in the bin. At some point you either get used to it or you do something,⟧" Lindahl said.
Jared Whitcombe, a partner at Cobalt Ridge Ventures, which led the round, said Fennel was "⟦p:c|that rare thing, a climate company with paying customers⟧". "⟦d:c|We looked at forty companies in this space. This was the only one where the customers rang us to say how good it was,⟧" he said.
Not everyone is convinced the model will travel. "⟦d:d|Every hospital kitchen is different. Software that works in one can be useless in the next,⟧" said one rival founder, who asked not to be named.
Okoli said she welcomed the scepticism. "⟦d:a|Good. Doubt us. We'll show you the numbers.⟧"

### 045
@a Northfield Transport Authority | the authority
@b Doreen Pilkington | the 76-year-old
@c Shabana Rafiq | the councillor for Hollin Vale ward
@d - | A driver on the route who did not want to be named
Five bus routes serving villages north of Castleford Moor will be axed from January, leaving some communities with no public transport at all.
Northfield Transport Authority said the routes carried “⟦p:a|fewer than four passengers per journey⟧” on average and could no longer be subsidised.
“⟦d:a|We appreciate that this will be very difficult news for some residents, and we have not taken this decision lightly,⟧” the authority said.
Doreen Pilkington, who uses the 42 to get to her hospital appointments in town, said she did not know what she would do. “⟦d:b|I don't drive. My son lives abroad. What am I supposed to do, walk eleven miles?⟧” the 76-year-old said.
Shabana Rafiq, the councillor for Hollin Vale ward, said the cuts were “⟦p:c|a disgrace⟧” and would leave elderly people “⟦p:c|prisoners in their own homes⟧”.
“⟦d:c|The authority talks about four passengers a journey. For those four people, that bus is everything,⟧” she said.
A driver on the route who did not want to be named said regular passengers had been “⟦p:d|in tears⟧” since the announcement. “⟦d:d|I've been driving the 42 for nineteen years. I know most of them by name,⟧” he said.

### 046
@a Esi Boateng | the defending champion
@b Hanna Virtanen | the teenager
@c Desmond Fairweather | Boateng's coach
Hanna Virtanen, 19, stunned the defending champion Esi Boateng to win the women's 800m at the Northern Games on Saturday night, coming from fifth place on the final bend.
"⟦d:b|I honestly didn't think I could win until about ten metres from the line. Then I thought, oh no, I have to do interviews now,⟧" the teenager said.
"⟦d:b|Esi is my hero. I had her poster on my wall. I still do, actually.⟧"
Boateng, who had been unbeaten over the distance for two years, was gracious. "⟦d:a|She ran a brilliant race and I ran a stupid one. I went too early and I paid for it,⟧" she said.
"⟦d:a|She's going to be winning these for a long time. I'd rather lose to someone like that than to someone I don't rate.⟧"
Boateng's coach, Desmond Fairweather, said the defeat would "⟦p:c|do her good⟧". "⟦d:c|When you win everything, you stop asking questions,⟧" he said. "⟦d:c|Now she'll ask questions.⟧"

### 047
@a Friederike Albrecht-Nowak | the Halsworth Philharmonic's new chief conductor
@b Matteo Ruggiero | The orchestra's leader
It is not every debut that begins with the conductor turning to the audience and asking them, in two languages, to switch off their phones. But then the Halsworth Philharmonic's new chief conductor, Friederike Albrecht-Nowak, is not every conductor.
«⟦d:a|Bitte, die Telefone aus. Please, the phones off,⟧» she said, to laughter, before launching into a Bruckner Seventh of quite extraordinary patience.
The programme note promised «⟦p:-|a Bruckner of stillness rather than thunder⟧», and for once a programme note told the truth. The great Adagio was taken so slowly that it seemed at times to have stopped altogether, and the hall held its breath with it.
Afterwards, she told me she had asked the strings to play «⟦p:a|as if nobody were listening⟧». «⟦d:a|Bruckner is always played like a cathedral. I wanted a small church,⟧» she said. «⟦d:a|A village church, with the door open.⟧»
The orchestra's leader, Matteo Ruggiero, said rehearsals had been «⟦p:b|exhausting and wonderful⟧». «⟦d:b|She stops us every four bars. Every four bars! But by the end of the week you understand why,⟧» he said.
On this evidence, Halsworth has found someone worth stopping for.

### 048
@a Halvard Eikeland | the glaciologist who first measured the retreat of the Skarvbreen ice field
@b Ruth Ndlovu-Grant | a former doctoral student of his who now directs the Polar Observatory at Tromsvik
@c Fridtjof Academy | -
@d Ingeborg | His wife
Halvard Eikeland, the glaciologist who first measured the retreat of the Skarvbreen ice field, has died aged 84.
For four decades, Eikeland walked the same line of stakes across the glacier every August, measuring by hand how far the ice had fallen back. When he began, in 1964, colleagues thought the project eccentric.
"⟦d:a|I was told I was measuring a fridge defrosting,⟧" he recalled in 2009. "⟦d:a|Well. The fridge defrosted.⟧"
His long record became one of the most cited data sets in climate science. In awarding him its gold medal in 2002, the Fridtjof Academy praised his "⟦p:c|stubborn attention to the obvious⟧".
Ruth Ndlovu-Grant, a former doctoral student of his who now directs the Polar Observatory at Tromsvik, said he had been "⟦p:b|a terrible driver, a wonderful teacher and the most patient man I ever met⟧".
"⟦d:b|He used to say that the glacier doesn't care about your hypothesis. You go, you measure, you come back next year. That was the whole philosophy,⟧" she said.
His wife, Ingeborg, said he had asked for his ashes to be scattered "⟦p:d|somewhere near the stakes⟧". "⟦d:d|He said he wanted to keep an eye on things,⟧" she said.

### 049
@a Valumart | the discount chain
@b Greenbasket | its rival
@c Pauline Hesketh | a cleaner from Burnside
@d Zara Iqbal | a student at Burnside College
@e Simon Threlfall | a retail analyst at Marrick Research
Shoppers are being promised cheaper bread, milk and eggs after two of the country's biggest supermarkets announced fresh price cuts within hours of each other.
Valumart, the discount chain, said it was cutting the price of 300 everyday items "⟦p:a|permanently, not for a fortnight⟧". "⟦d:a|Families are still struggling, and we think they deserve a straight deal,⟧" the company said.
Less than three hours later its rival Greenbasket announced cuts to 250 products and said it would "⟦p:b|match or beat⟧" Valumart on milk.
Simon Threlfall, a retail analyst at Marrick Research, said shoppers should read the small print. "⟦d:e|Some of these cuts are genuine. Some of them are on products whose prices went up by a quarter last year. It's a price war, but it's a very carefully managed one,⟧" he said.
At the Valumart store in Burnside, shoppers were unimpressed. "⟦d:c|Ten pence off a loaf. Whoop-de-doo,⟧" said Pauline Hesketh, a cleaner from Burnside. "⟦d:c|Bread was 80p two years ago.⟧"
Zara Iqbal, a student at Burnside College, was more positive. "⟦d:d|Every little bit helps when you're on a loan. I'll take it,⟧" she said.

### 050
@a Arvid Solheim | Norvenian Foreign Minister
@b Nadia Karimova | His Talgarian counterpart
@c - | A senior official familiar with the negotiations
@d Talgar's foreign ministry | -
VESTBORG, May 9 (Wire) - Talks between Norvenia and Talgar on a disputed fishing zone in the Grey Sea ended without agreement on Thursday, though both sides said they would meet again next month.
Norvenian Foreign Minister Arvid Solheim told reporters the two days of negotiations had been "⟦p:a|frank and at times difficult⟧".
"⟦d:a|We have not solved this today. I did not expect to solve it today,⟧" Solheim said. "⟦d:a|But we understand each other's red lines better than we did on Tuesday.⟧"
His Talgarian counterpart, Nadia Karimova, speaking through an interpreter, said her country would "⟦p:b|never accept⟧" restrictions on fishing grounds used by its fleets "⟦p:b|for six hundred years⟧".
"⟦d:b|Our fishermen were in these waters before there were maps,⟧" she said.
A senior official familiar with the negotiations said the two sides had come "⟦p:c|closer than the public statements suggest⟧". "⟦d:c|There is a deal to be done on quotas. The problem is the lines on the map,⟧" the official said, speaking on condition of anonymity.
Talgar's foreign ministry later said in a statement that the talks had been "⟦p:d|constructive⟧".

### 051
@a Fiona Castellan | Committee chair
@b Elias Brandt | chief executive of Cogniscale
@c Priyanka Nair | the member for Westhaven
The chief executive of one of the country's fastest-growing artificial intelligence companies struggled on Tuesday to tell MPs how many of his staff worked on safety, during a bruising session of the Science and Technology Committee.
Elias Brandt, chief executive of Cogniscale, told the committee that his company's chatbot was “⟦p:b|the safest on the market⟧” and that fears about its use in schools were “⟦p:b|overblown⟧”.
Priyanka Nair, the member for Westhaven, asked him how many of the company's 900 staff worked on safety.
“⟦d:b|I don't have the exact figure to hand,⟧” Brandt replied.
“⟦d:c|Roughly?⟧”
“⟦d:b|It's a significant team.⟧”
“⟦d:c|Is it more than ten?⟧”
“⟦d:b|It's more than ten.⟧”
“⟦d:c|Is it more than fifty?⟧”
There was a long pause. “⟦d:b|I'd have to come back to you on that.⟧”
Nair later accused him of “⟦p:c|treating a select committee like a product launch⟧”.
Committee chair Fiona Castellan asked Brandt to write to the committee with the figure within seven days. “⟦d:a|And I would gently suggest, Mr Brandt, that next time you come here, you bring it with you,⟧” she said.

### 052
@a Anders Holmqvist | The 41-year-old Swede
@b Jamie McCartan | an old schoolfriend from Gävleby
@c Takumi Hayashida | The overnight leader
Anders Holmqvist holed a 40-foot putt on the final green to win the Dunmara Classic by a single stroke on Sunday, ending a seven-year wait for a title on the tour.
The 41-year-old Swede, who had come through qualifying school in December, closed with a 66 at Dunmara Links to finish 12 under par.
"⟦d:a|I didn't read it. I just hit it and hoped. Sometimes golf is very simple,⟧" Holmqvist said. "⟦d:a|Most of the time it is very complicated, but sometimes, simple.⟧"
His caddie, Jamie McCartan, an old schoolfriend from Gävleby, was in tears on the 18th green. "⟦d:b|Seven years of sleeping in cars and cheap hotels. That's for every one of them,⟧" McCartan said.
The overnight leader, Takumi Hayashida, had been three shots clear at the turn but dropped four shots in three holes from the 13th. "⟦d:c|The wind changed and I didn't,⟧" he said through an interpreter. "⟦d:c|That's golf. I will come back.⟧"
Holmqvist's winnings of £540,000 are more than he had earned in his previous four seasons combined. Asked what he would spend them on, he laughed. "⟦d:a|A new car. One I don't have to sleep in.⟧"

### 053
@a Jean-Baptiste Morel-Ferrand | director of the lift company
@b Giulia Sartori | a ski instructor who has worked in Val-Sorel for 15 winters
@c - | One British holidaymaker
@d Val-Sorel tourist office | -
For the third winter running, the snow has failed to arrive in Val-Sorel. On the lower slopes the pistes are thin ribbons of artificial white laid across brown grass; above 2,000 metres conditions are passable, but hardly the «⟦s:-|paradis blanc⟧» promised on the posters at the bottom of the gondola.
«⟦d:a|We have had good years and bad years before. But three bad years together, this we have not seen,⟧» said Jean-Baptiste Morel-Ferrand, director of the lift company, standing beside a snow cannon that had been running all night.
He said the resort would spend €4m this year on artificial snow. «⟦d:a|Without it, we close. It is as simple as that.⟧»
An old saying in the valley holds that «⟦d:-|a green Christmas makes a white Easter⟧». Nobody here is counting on it.
Giulia Sartori, a ski instructor who has worked in Val-Sorel for 15 winters, says bookings for lessons are down by a third. «⟦d:b|The families still come, but they ski for two hours and then they go for a walk. Which is nice for them, but I am paid by the hour,⟧» she said.
One British holidaymaker, queueing for the only open chairlift, was philosophical. «⟦d:c|We paid for skiing, we're getting a bit of skiing and a lot of cheese. There are worse holidays,⟧» he said.
The Val-Sorel tourist office said it was developing «⟦p:d|four-season tourism⟧», including mountain biking and hiking, so that the resort would «⟦p:d|depend less on the sky⟧».

### 054
@a Perpetua Adjei | a retired midwife who lives on Riverside Terrace
@b Lewis Carmody | The festival's organiser
@c Brackenmoor District Council | -
@d - | One festival-goer
Residents living near Brackenmoor's Summerfield Park say they were kept awake until after midnight for three nights running by the Ridgeline music festival, and want its licence reviewed.
Perpetua Adjei, a retired midwife who lives on Riverside Terrace, said her windows ``⟦p:a|were literally rattling⟧''.
``⟦d:a|I'm not against young people having fun. I was young once, believe it or not. But the bass was coming up through the floor of my bedroom at half past twelve on a Sunday night,⟧'' she said.
The festival's organiser, Lewis Carmody, said the event had finished ``⟦p:b|well within⟧'' the hours set by its licence and that noise levels had been monitored throughout.
``⟦d:b|We had people with meters at six points around the park all weekend. We never went over the limit,⟧'' he said. ``⟦d:b|I'm genuinely sorry if people were disturbed, and we'll look at the speaker positions for next year.⟧''
Brackenmoor District Council said it had received 47 complaints and would ``⟦p:c|consider them carefully⟧'' before the festival's licence came up for renewal.
One festival-goer, asked about the complaints as she left the park on Sunday, was unsympathetic. ``⟦d:d|It's three days a year. Buy some earplugs,⟧'' she said.

### 055
@a Grace Mwangi-Thorne | the nurse who leads the clinic
@b Tomás Aguirre | -
@c Public Health Lowland | -
@d - | One mother
A pop-up vaccination clinic in a Westmoor shopping centre has given more than 1,200 measles jabs in its first fortnight, as health officials race to contain an outbreak that has put 19 children in hospital.
Public Health Lowland said the number of confirmed cases in the region had risen to 141, and warned that the outbreak was “⟦p:c|not yet under control⟧”.
Grace Mwangi-Thorne, the nurse who leads the clinic, said many of the families coming through the door had simply missed appointments during the pandemic. “⟦d:a|Most people aren't against vaccines. They're busy, or they moved house, or the letter went to the wrong address,⟧” she said.
“⟦d:a|We're next to the shoe shop. You can get your child vaccinated and buy their school shoes in the same trip.⟧”
Tomás Aguirre, who brought his two daughters on Saturday morning, said he had not realised they were behind with their jabs until a friend's child fell ill. “⟦d:b|That frightened me. I came the next day,⟧” he said.
One mother, who did not want to give her name, said she had been “⟦p:d|nervous⟧” about vaccines after reading posts online. “⟦d:d|The nurse didn't lecture me. She just answered my questions, all twenty of them,⟧” she said.

### 056
@a Delphine Okoro-Lang | -
@b Ruaidhrí Kenny | The director
@c Sven | our fight coordinator
@e - | My agent
Delphine Okoro-Lang, 52, has spent three decades playing barristers, doctors and, once, a very memorable ghost. In "⟦s:-|Ashfall⟧", out next month, she plays a tenth-century warlord. She spoke to us from her home in Kelsall.
Q: You turned the part down at first.
A: Twice! My agent rang and said, "⟦d:e|They want you for a Viking.⟧" I said, "⟦d:a|Have they seen me? I get winded on stairs.⟧" Then I read the script and rang back the same afternoon.
Q: What changed your mind?
A: She's not really a warrior. She's a mother who's run out of options. The director, Ruaidhrí Kenny, described her to me as "⟦p:b|a woman doing sums with her children's lives⟧", and I thought, oh, I know her.
Q: The training was famously brutal.
A: Four months of sword work with our fight coordinator, Sven, who, I swear, has never smiled. On the last day he looked at me and said, "⟦d:c|You are adequate.⟧" I've had awards that meant less.
Q: What's next?
A: A long bath.

### 057
@a Nordvik Air | the airline
@b Petra Lindgren | general secretary of the Cabin Crew Union
@c Oskar Brenner | a software engineer travelling to his sister's wedding
@d - | An airline executive
About 40,000 passengers had their travel plans thrown into chaos on Friday as cabin crew at Nordvik Air staged the first of four planned 24-hour strikes in a dispute over pay and rosters.
The airline cancelled 312 of its 390 scheduled flights. "⟦d:a|We are extremely disappointed that the union has chosen to disrupt our customers' plans at the start of the holiday season,⟧" the airline said. "⟦d:a|Our offer remains on the table.⟧"
Petra Lindgren, general secretary of the Cabin Crew Union, said the offer amounted to a real-terms pay cut. "⟦d:b|Our members are not striking for fun. Some of them are working fourteen-hour days and sleeping in their cars between shifts,⟧" she said. "⟦d:b|If management wants this to stop, they know where to find us.⟧"
At Halsby airport, departure boards showed a wall of red. Oskar Brenner, a software engineer travelling to his sister's wedding, had been told his flight would not leave until Sunday. "⟦d:c|The wedding is tomorrow. I'm supposed to be giving a speech,⟧" he said. "⟦d:c|I'm going to try the train. It'll take nineteen hours.⟧"
An airline executive, who spoke on condition of anonymity, said the company was prepared to "⟦p:d|sit it out⟧". "⟦d:d|They can do four days. They can't do forty,⟧" the executive said.

### 058
@a Yuki Tanabe-Ross | a chemist at the Marlow Institute for Environmental Science and the study's lead author
@b Hilde Aamodt | a toxicologist at Sørvik University who was not involved in the research
@c Ernie Bagshaw | -
@d Honey Producers' Guild | -
Microscopic plastic fibres have been found in honey from every one of 60 hives sampled across the country, according to research published on Monday, though scientists stressed there was no evidence of a risk to people eating it.
Yuki Tanabe-Ross, a chemist at the Marlow Institute for Environmental Science and the study's lead author, said the fibres most likely came from clothing and were carried on the wind.
“⟦d:a|Bees are essentially flying air filters. Whatever is in the air ends up on them, and some of it ends up in the honey,⟧” she said.
“⟦d:a|I want to be very clear: the quantities are tiny. I still have honey on my toast.⟧”
Hilde Aamodt, a toxicologist at Sørvik University who was not involved in the research, said the study was “⟦p:b|careful and well done⟧” but that the health effects of eating microplastics remained “⟦p:b|a genuinely open question⟧”. “⟦d:b|We are finding these particles everywhere we look. Honey is not special. It's just a good thing to measure,⟧” she said.
Ernie Bagshaw, who has kept bees in Cotterdale for 50 years, said the findings were “⟦p:c|depressing but not surprising⟧”. “⟦d:c|There's plastic in the sea, plastic in the fish, plastic in the rain,⟧” he said. “⟦d:c|Why wouldn't it be in the honey?⟧”
The Honey Producers' Guild said consumers should “⟦p:d|keep calm and keep buying local⟧”.

### 059
@a Aoife Ní Dhubhghaill | a primary school teacher from Inishcarra
@b Marcus Aldringham | The chair of the judges
Aoife Ní Dhubhghaill, a primary school teacher from Inishcarra, has won the £25,000 Carrowmore Prize for poetry with her debut collection, "⟦s:-|Small Hours at the Ferry Inn⟧".
The chair of the judges, Marcus Aldringham, called the book "⟦p:b|a quiet earthquake⟧". "⟦d:b|We read 212 collections. This was the one none of us could stop talking about, even when we were supposed to be talking about the others,⟧" he said.
Accepting the prize at a ceremony in Dunlavin on Thursday night, Ní Dhubhghaill thanked her pupils, "⟦p:a|who think poetry is what you do when you've finished your real work⟧".
"⟦d:a|I wrote most of this book at the kitchen table between eleven at night and one in the morning, which is why it's called what it's called,⟧" she said.
"⟦d:a:m|I want to say something to anyone who's writing at a kitchen table at one in the morning. Keep going. Nobody is going to ask you to do it, and nobody is going to give you permission.⟧
"⟦d:a|I certainly didn't have any. I just had a lot of tea.⟧"
She said she would use some of the prize money to fix the roof of her cottage, which had leaked, she said, "⟦p:a|through at least half the poems in the book⟧".

### 060
@a Fergal Dunphy | Trainer
@b Saoirse Kenneally | the 24-year-old
@c Sheila Mulcahy | a retired pharmacist from Thurlow
Bog Cotton, a 40-1 outsider, stormed up the hill to win the Kilcarra Gold Cup on Saturday, giving Saoirse Kenneally the biggest win of her career.
“⟦d:b|I thought we'd be lucky to finish in the first six. He had other ideas,⟧” the 24-year-old said. “⟦d:b|Jumping the last, I could hear them all coming and I just thought, don't look round, don't look round.⟧”
Trainer Fergal Dunphy, who has only eleven horses in his yard, admitted he had not expected to win. “⟦d:a|I had a tenner each way on him, and I was embarrassed to do that,⟧” he said.
“⟦d:a|He's a lovely horse, but he's never done anything like that at home. Maybe he likes a crowd.⟧”
The horse's owner, Sheila Mulcahy, a retired pharmacist from Thurlow, bought him as a yearling for €3,000. “⟦d:c|Everyone told me I'd wasted my money. I'd like them all to ring me now,⟧” she said.

### 061
@a Maureen Batty | lollipop lady
@b Oakfield Primary School | -
@c Hassan Mirza | Former pupil
@d - | one parent
After 38 years, 11,000 school days and an estimated 600,000 children shepherded across Beck Lane, lollipop lady Maureen Batty is hanging up her stick.
Mrs Batty, 78, who started the job when her own children were at Oakfield Primary School, said she was "⟦p:a|only stopping because my knees have retired before me⟧".
"⟦d:a|I've seen them grow up, and then I've seen their children grow up. I've had three generations of one family,⟧" she said. "⟦d:a|Some of the dads I cross now, I used to tell off for running.⟧"
In a post on social media, Oakfield Primary School wrote: "⟦d:b|Maureen has kept our children safe through snow, rain, heatwaves and at least one escaped cow. We cannot thank her enough.⟧"
The post drew more than 2,000 comments. "⟦d:d|She knew every child's name, and every dog's name as well,⟧" one parent wrote.
Former pupil Hassan Mirza, now 41, said she had been "⟦p:c|like a second gran to half the estate⟧". "⟦d:c|I'm 41 and I still look both ways twice because of her,⟧" he said.

### 062
@a Ottavio Ranieri-Conti | Mayor
@b Benedetta Lusardi | The soprano
@c - | An elderly man in the front row
CASTELBRUNO, Nov 3 (Wire) - The Teatro Almirante opened its doors on Saturday for the first time since a fire gutted it 31 years ago, with a gala performance attended by 1,100 people and broadcast live on national television.
Mayor Ottavio Ranieri-Conti, who made the theatre's restoration the central promise of his campaign, wept openly as the curtain rose. «⟦d:a|Questa sera Castelbruno ha di nuovo la sua voce,⟧» he told the audience. («⟦d:a|Tonight Castelbruno has its voice again.⟧»)
The restoration took nine years and cost €68 million, much of it raised through a public subscription in which more than 40,000 residents took part.
The soprano Benedetta Lusardi, who was born in the city, sang the opening aria. «⟦d:b|My grandmother saw her first opera here in 1951. She made me promise to sing here one day. I thought it was a promise I could never keep,⟧» she said afterwards.
An elderly man in the front row, who said he had attended the last performance before the fire, told reporters: «⟦d:c|It smells different. Everything else is the same.⟧»
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh90.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh90",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
