# ruff: noqa: E501
"""Build ``quotes_fresh114.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets (wire copy), science and health, technology, sport match
reports and press conferences, travel, culture reviews with artists' quotes, consumer
stories, local news, obituaries, and international wire copy with translated quotes.
Quotation marks are mostly straight and curly, with some guillemets and a few
doubled backticks.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh114-NNN``.

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
  it (``owner Darren Pocock, 45, a lorry driver from Stainby``; ``Her neighbour, a
  student who declined to be named``): the appositive is the description. A title
  before the name alone (``Hawks coach …``, ``Governor …``, ``Shopper …``) is the
  description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 34-year-old``,
  ``the playwright``, ``the grandmother-of-five``), that description is taken. The
  same holds for organisations (``the bank said``, ``the trust said``, ``the
  university said in a statement``).
* A nationality possessive before a name (``Ethiopia's Abebech Worku``, ``Kenya's
  Ruth Chepkoech``) is not a description.
* A non-restrictive relative clause (after a comma: ``One resident, who asked not to
  be named …``) is not part of the description; a restrictive one is (``a
  professor … who led the trial``).
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; a blurb by a named writer is that writer's ``partial``. Sentences quoted
  from a book under review (``she writes``) are its author's ``direct`` speech.
* A joint statement by two governments has a null speaker and ``the two
  governments`` as description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null. A shout reported without any speaker (``there was a shout of``)
  is ``direct`` with speaker and description null.
* A caller or other person quoted inside the passage (not inside another quote) is
  the speaker of their own words, described as introduced (``a man claiming to be
  from her bank's fraud team``); an unnamed relative or editor quoted by an
  interviewee in a transcript is described as the interviewee puts it (``My
  mother``).
* Product names, the words printed on packaging, legal labels (``foreign agents``) and
  a writer's own ironic or distancing words (``courier``) are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh114.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh114.jsonl")

PASSAGES = """
### 001
@d Harrowgate Stores | -
@a Renata Okonkwo-Bell | Chief Executive
@b Marguerite Dussault | an analyst at Pellworth Securities
@c Sunita Varadkar | -
LONDON, Feb 14 (Newswire) - Shares in Harrowgate Stores fell 18% on Friday, their steepest one-day drop in more than a decade, after the department store chain warned that annual profit would come in well below market expectations.
Harrowgate said in a trading update that like-for-like sales in the eight weeks to Jan. 31 were down 4.2%, hit by "⟦p:d|unseasonably mild weather and cautious consumer spending⟧".
"⟦d:a|We are not going to pretend this was a good Christmas,⟧" Chief Executive Renata Okonkwo-Bell told reporters on a call. "⟦d:a|It wasn't. But the business underneath is sound, and we have the balance sheet to ride this out.⟧"
Okonkwo-Bell said the group would cut capital expenditure by about 30 million pounds this year and delay the opening of two stores in the north of England. She declined to say whether jobs would go, saying only that the company was "⟦p:a|looking at every line of the cost base⟧".
Analysts were unconvinced. "⟦d:b|The guidance cut is bigger than anyone had pencilled in, and the explanation is thin,⟧" said Marguerite Dussault, an analyst at Pellworth Securities. "⟦d:b|Weather is a reason once. It's not a reason three years running.⟧"
Sunita Varadkar of Greyhame Capital said the market was also reacting to last month's departure of finance director Tobias Lindqvist. "⟦d:c|Investors don't like a profit warning with an empty chair in the CFO's office,⟧" she said.
The stock closed at 142.5 pence, valuing the company at around 410 million pounds.
(Reporting by Owen Mallory; Editing by Jana Krejci)

### 002
@a Ingrid Solheim-Varga | a sleep researcher at the University of Tarrow who led the study
@b Oluwaseun Adebayo-Clarke | a paediatrician at Wexcombe Children's Hospital who was not involved in the research
Teenagers who keep their phones out of the bedroom sleep on average 41 minutes longer on school nights, according to one of the largest studies of its kind, which followed more than 9,000 pupils across 60 schools for two years.
The study, published on Wednesday in the Journal of Adolescent Health Sciences, describes the effect as “⟦p:-|modest but consistent⟧” and found that it held regardless of family income or the age of the child.
“⟦d:a|Forty minutes doesn't sound like much until you add it up over a school year,⟧” said Dr Ingrid Solheim-Varga, a sleep researcher at the University of Tarrow who led the study. “⟦d:a|That's the equivalent of about twenty extra nights of sleep.⟧”
She cautioned that the research showed an association rather than proof of cause. “⟦d:a|Families who set phone rules may differ in all sorts of ways we can't fully measure. We tried to account for that, but I wouldn't want anyone to read this as a miracle cure.⟧”
Dr Oluwaseun Adebayo-Clarke, a paediatrician at Wexcombe Children's Hospital who was not involved in the research, called the findings “⟦p:b|reassuringly unsurprising⟧”.
“⟦d:b|Every parent I see already suspects this. What's useful is having a number to put in front of a fourteen-year-old,⟧” he said. “⟦d:b|Teenagers respond to evidence more than we give them credit for. They respond to nagging much less.⟧”
The researchers now plan a follow-up trial in which half of the schools will hand out lockable phone boxes to families.

### 003
@a Fergus McIlroy | Ashbridge captain
@b Dafydd Pritchard | Caerlon's head coach
@c Tevita Fifita | The 22-year-old
Caerlon 24 Ashbridge 27
Ashbridge snatched a first win at the Ffordd Stadium in nine years when replacement scrum-half Callum Reid darted over from a five-metre scrum with the clock red, silencing a crowd of 14,000 who had been celebrating a home victory moments earlier.
Caerlon led 24-20 going into the final ten minutes after two tries from Tevita Fifita, but a yellow card for lock Huw Bevan left them short in the pack and Ashbridge kicked everything to the corner.
“⟦d:a|We backed our scrum. That's all it was, really,⟧” said Ashbridge captain Fergus McIlroy. “⟦d:a|We'd been getting a bit of change out of them all half, and when Huw went off, we knew it was now or never.⟧”
Caerlon's head coach, Dafydd Pritchard, was left to rue a string of missed opportunities. “⟦d:b|We had them on toast at half-time and we let them back in,⟧” he said. “⟦d:b|I'm not going to criticise Huw. It was a marginal call. But we should have been out of sight by then.⟧”
Pritchard reserved his praise for Fifita, whose second try, a 60-metre run down the touchline, brought the crowd to its feet. “⟦d:b|He's got something you can't coach,⟧” he said.
The 22-year-old was less interested in his own performance. “⟦d:c|Two tries don't mean much when you lose,⟧” Fifita said. “⟦d:c|I'll watch that last scrum a hundred times tonight. I won't watch my tries once.⟧”

### 004
@a Ana Lucía Cárdenas | the fourth seed
@r - | A reporter
@j Julián Herrera | Cárdenas's coach
Ana Lucía Cárdenas, the fourth seed, insisted she was "⟦p:a|not even thinking about the final⟧" after reaching the last four of the Vellmont Open with a 6-3, 7-6 (5) win over Hana Kobayashi on Thursday.
The Colombian saved three set points in the second-set tie-break and admitted afterwards that her nerves had got to her.
"⟦d:a|At 5-2 down in the breaker I was already planning the third set in my head,⟧" she said. "⟦d:a|Then she missed an easy forehand and I thought, 'OK, maybe not.'⟧"
A reporter asked: "⟦d:r|Was that the best you've served all year?⟧"
"⟦d:a|Honestly? Probably. My coach will say the first set was better. He's always right, so I'll say he's right,⟧" Cárdenas replied, to laughter.
She will face either the defending champion, Mirela Dobrev, or the qualifier Sanne Vermeulen on Saturday. Asked whom she would rather play, she smiled. "⟦d:a|Whoever wins. That's the only answer you're getting.⟧"
Cárdenas's coach, Julián Herrera, said the pair had rebuilt her second serve during the off-season. "⟦d:j|We changed the toss a little, nothing dramatic,⟧" he said. "⟦d:j|She's stubborn about changes, so it took three months of arguing.⟧"

### 005
@i - | one islander
@a Stavroula Mavrakis | -
@b Nikos | her grandson
The ferry from Piraeus to Kalopsida is supposed to take six hours. On the morning I travel, it takes nine, the last two spent idling outside the harbour while a northerly wind whips the water white and a man in a fluorescent jacket shouts at the captain from the quay.
Nobody on board seems surprised. Kalopsida, a rocky island of 1,400 people in the southern Aegean, has no airport, and its timetable is, as one islander puts it, “⟦p:i|more of a hope than a promise⟧”.
Stavroula Mavrakis, who has run the Thalassa taverna on the harbour front since 1979, shrugs when I mention the delay. “⟦d:a|Ο καιρός αποφασίζει,⟧” she says — “⟦d:a|The weather decides.⟧”
She serves grilled octopus, fava with capers and a salad of wild greens that her grandson Nikos picks from the hillside each morning. The menu has not changed in decades. “⟦d:a|Why would I change it? The people who come here want this. The people who want something else can stay in Mykonos.⟧”
Nikos, 24, studied hospitality on the mainland and came home three years ago. He has persuaded his grandmother to accept card payments but not, so far, to put the taverna online. “⟦d:b|She says if people can find it on the internet, they'll come and complain it's not like the pictures,⟧” he says, laughing. “⟦d:b|She's probably right.⟧”
Getting there: ferries run from Piraeus four times a week in summer and twice a week from October to May. Rooms at the Pension Anemos start at €55 a night.

### 006
@b Ekow Mensah-Lartey | the playwright
@a Saoirse Ní Bhriain | The director
@c Rhiannon Tate | -
★★★★☆
There is a moment near the end of “⟦s:-|The Salt Ledger⟧”, the new play at the Corran Street Theatre, when the whole cast stops moving and the only sound is the drip of a tap somewhere offstage. It lasts perhaps twenty seconds. On the night I went, nobody in the audience so much as coughed.
Ekow Mensah-Lartey's play, about three generations of a family who run a failing fish-processing plant on the Humber, arrives in the capital after a sell-out run in Kingsfleet, where it was hailed as “⟦p:-|the best new play about work in a generation⟧”. That is a heavy billing, and the first act occasionally buckles under it.
Speaking before the opening, the playwright said he had grown up “⟦p:b|with the smell of the plant on my dad's coat every evening⟧”.
“⟦d:b|I didn't want to write a play about the decline of industry. I've seen too many of those, and they're all funerals,⟧” Mensah-Lartey said. “⟦d:b|I wanted to write about people who are still arguing about money at the kitchen table, because that's what my family did.⟧”
The director, Saoirse Ní Bhriain, who has worked with him on three productions, said the silence near the end was “⟦p:a|an accident we kept⟧”. “⟦d:a|In rehearsal an actor forgot a line and everyone just waited. It was the most honest thing in the room, so we built the scene around it.⟧”
Rhiannon Tate, who plays the matriarch, Dot, said the cast had learned to gut fish for the production. “⟦d:c|We had a week at a plant in Saltby. I can fillet a haddock in under a minute now. Not a skill I expected to put on my CV,⟧” she said.
Until 12 April.

### 007
@a Gwen Attridge | a retired teacher from Harlow Vale
@b - | A spokeswoman for Brightmere Energy
@c Fairbill | The consumer group
@d Marcus Oduya | Its director of campaigns
Thousands of Brightmere Energy customers have been hit with "⟦s:-|catch-up⟧" bills of up to £1,800 after the supplier discovered that smart meters installed in 2021 had been under-reporting gas use.
Gwen Attridge, a retired teacher from Harlow Vale, was billed £1,412 in a single letter last month. "⟦d:a|I nearly fell off my chair. I've paid every bill on time for forty years, and now they're telling me I owe them for gas they forgot to charge me for,⟧" the 74-year-old said.
"⟦d:a|I rang them six times. Every time I was told someone would call back. Nobody did.⟧"
A spokeswoman for Brightmere Energy said: "⟦d:b|We're sorry for the worry this has caused. Affected customers will be offered a repayment plan of up to 24 months, and nobody will be asked to pay anything they cannot afford.⟧"
The consumer group Fairbill said the firm's response was "⟦p:c|too little, too late⟧". Its director of campaigns, Marcus Oduya, added: "⟦d:d|Customers were told these meters were accurate. If the meters were wrong, that is Brightmere's problem to fix, not a pensioner's.⟧"
Under regulator rules, suppliers cannot normally back-bill domestic customers for energy used more than 12 months earlier. Fairbill says it believes some of the bills break that rule and has urged customers to "⟦p:c|challenge every line⟧".
If you've been affected, email money@dailyrecorder.example.

### 008
@a Margaret Oyelaran | the council's cabinet member for communities
@b Hazel Dunmore | leader of the Liberal group
@c Priya Chaudhary | the mother-of-three
Campaigners holding placards reading “⟦s:-|Books not bulldozers⟧” and “⟦s:-|Hands off our library⟧” packed the public gallery at Stanton Town Hall on Tuesday night as councillors voted to close three of the borough's seven libraries.
The decision, passed by 31 votes to 22, will see branches in Oakfield, Hembry Cross and Stanton Marsh shut by the end of September, saving an estimated £640,000 a year.
Councillor Margaret Oyelaran, the council's cabinet member for communities, said the authority had been left with “⟦p:a|no good options⟧”.
“⟦d:a|Nobody came into politics to close libraries. I certainly didn't,⟧” she told the meeting. “⟦d:a|But our government grant has been cut by almost half in ten years, and I will not balance the books by cutting care for elderly people.⟧”
Councillor Hazel Dunmore, leader of the Liberal group, accused the ruling group of “⟦p:b|choosing the easy target⟧”. “⟦d:b|Libraries don't have a lobbying budget. Children and pensioners don't turn up at the council's door with lawyers,⟧” she said.
Her remarks drew loud applause from the gallery, and the mayor twice threatened to clear the room. As councillors filed out, a voice from the back shouted “⟦d:-|Shame on you!⟧”
Priya Chaudhary, who set up the Friends of Stanton Library campaign last year, said the group would explore a legal challenge. “⟦d:c|We've had two thousand people sign up in a fortnight. This isn't over,⟧” the mother-of-three said outside the chamber.

### 009
@a Cornelius Adeyemi-Blake | the pianist whose late-night sets at the Blue Cellar in Harwick drew musicians from across Europe for more than three decades
@b Tomás Ferreira | the bassist who played in his trio for 22 years
@c Yewande Adeyemi-Blake | His daughter
Cornelius Adeyemi-Blake, the pianist whose late-night sets at the Blue Cellar in Harwick drew musicians from across Europe for more than three decades, has died aged 86.
His death, at home in Harwick on Monday, was announced by his family, who said he had been ill for some months.
Born in Lagos in 1938 and brought to England as a child, Adeyemi-Blake taught himself to play on an out-of-tune upright in a church hall in south London. He was, he liked to say, “⟦p:a|the only pianist in London who learned his scales from hymns⟧”.
He never recorded for a major label, and was sanguine about it. “⟦d:a|The record companies wanted me to play faster and smile more,⟧” he told this newspaper in 1998. “⟦d:a|I could do one of those things. I chose not to do either.⟧”
To a generation of younger players he was simply “⟦s:-|the Professor⟧”, a nickname he claimed to dislike and plainly enjoyed.
Tomás Ferreira, the bassist who played in his trio for 22 years, said: “⟦d:b|He never told you what to play. He would just look at you over the top of the piano until you found it yourself.⟧”
His daughter, Yewande Adeyemi-Blake, said he had played every day until the last fortnight of his life. “⟦d:c:m|Even when he couldn't get out of bed, he'd ask us to leave the door to the front room open so he could hear the piano while my son practised. He'd shout corrections down the stairs.⟧
“⟦d:c|The last thing he said to me about music was that my son was rushing the bridge. He was right.⟧”
He is survived by Yewande, his son, Femi, and four grandchildren. His wife, the singer Marjorie Blake, died in 2011.

### 010
@a Aurélien Moutou | Finance Minister
@d International Stabilisation Fund | the fund
@b Théodore Akakpo | Opposition leader
@c Awa Diop | a fish seller
PORT-LANVAL, March 3 (Agence Continentale) — The government of Sérenne on Monday announced a 40 percent rise in fuel prices, ending decades of subsidies in a move that the finance minister called «⟦p:a|painful but unavoidable⟧».
Speaking on state television, Finance Minister Aurélien Moutou said the subsidy had cost the treasury the equivalent of 1.1 billion dollars last year. «⟦d:a|We were borrowing money to burn it in our cars,⟧» he said. «⟦d:a|No country can live like that for ever.⟧»
The International Stabilisation Fund, which agreed a 900-million-dollar loan with Sérenne in January, welcomed the decision. The reform was «⟦p:d|an important step towards fiscal sustainability⟧», the fund said in a statement, adding that it encouraged the authorities to «⟦p:d|protect the most vulnerable households⟧».
Opposition leader Théodore Akakpo accused the government of «⟦p:b|putting the bill on the backs of the poor⟧» and called for protests on Friday. «⟦d:b|The minister drives an official car. He will not feel this. The moto-taxi driver will feel it tomorrow morning,⟧» Akakpo told reporters in French.
At Port-Lanval's central market, traders said the price of goods brought in by road had already begun to climb. «⟦d:c|Yesterday a basin of tomatoes was 3,000 francs. Today the seller wants 3,800, because he paid more for the truck,⟧» said Awa Diop, a fish seller. «⟦d:c|Who will pay me more for my fish?⟧»

### 011
@a Gareth Owusu | Health Secretary
@b Anjali Mehta | The Progressive Party's health spokeswoman
@c Brian Latimer | the former bus driver
@d Northvale Health Board | -
The number of patients waiting more than a year for planned hospital treatment in Northvale has risen for the sixth month in a row, new figures show.
Data published on Thursday show 18,204 people had been waiting more than 52 weeks at the end of January, up from 17,650 in December.
Health Secretary Gareth Owusu said the figures were "⟦p:a|disappointing but not surprising⟧" given the pressure that winter illnesses had put on hospitals.
"⟦d:a|We had more flu admissions in December than in any month for a decade. When beds are full of flu patients, operations get cancelled. That's the reality,⟧" he told Radio Northvale's Morning Programme.
The Progressive Party's health spokeswoman, Anjali Mehta, said winter was "⟦p:b|an excuse, not an explanation⟧". "⟦d:b|Winter comes every year. It is not a surprise to anyone except, apparently, this government,⟧" she said.
Brian Latimer, 63, from Kessock, has been waiting 14 months for a hip replacement. He says he can no longer walk to the shop at the end of his street.
"⟦d:c|I was told eighteen weeks. Then it was six months. Now nobody will give me a date at all,⟧" the former bus driver said. "⟦d:c|I'm not angry with the nurses. They're run off their feet. I'm angry with whoever's in charge.⟧"
Northvale Health Board said it was "⟦p:d|working hard to reduce waits⟧" and had opened two additional operating theatres at Kessock General in January. "⟦d:d|We apologise to every patient who is waiting longer than they should,⟧" it said.

### 012
@a Yusuf Karaca | Threadline's co-founder and chief executive
@b Mei-Ling Foster | his co-founder
@d Threadline | The company
@c Dagny Eriksen | a researcher at the Open Rights Collective
Threadline, a Bristol start-up that uses a phone's camera to identify the fibre content of second-hand clothes, has raised £12m from investors led by the venture firm Halcyon Partners.
The app, launched in beta last spring, lets users photograph a garment's weave and returns what it calls a “⟦s:-|fibre fingerprint⟧”: an estimate of its composition, likely durability and how it should be washed.
“⟦d:a|Charity shops throw away a staggering amount of perfectly good clothing because nobody has time to work out what it is,⟧” said Yusuf Karaca, Threadline's co-founder and chief executive. “⟦d:a|If a volunteer can scan a jumper and know in two seconds that it's 80 per cent merino, it gets priced properly and it gets sold.⟧”
Karaca, 29, and his co-founder, Mei-Ling Foster, met while studying textile engineering in Leeds. Foster, who built the original model on a laptop in her student flat, said it had been trained on more than four million images.
“⟦d:b|The first version thought every black jumper was acrylic,⟧” she said. “⟦d:b|It was wrong about a third of the time. It's now wrong about one time in twenty, and we're honest with users about that.⟧”
The company said in a blog post on Tuesday that images are processed on the device and “⟦p:d|never leave the user's phone unless they choose to share them⟧”.
Dagny Eriksen, a researcher at the Open Rights Collective, said that claim should be independently audited. “⟦d:c|Every start-up says the data never leaves the phone. Some of them mean it. The only way to know is to let outsiders check,⟧” she said.
Asked about an audit, Karaca said: “⟦d:a|We'd welcome it. Genuinely. Send them round.⟧”

### 013
@a Gianluca Ferretti | the 34-year-old
@b Sam Okafor | Millbrook boss
@c Danny Whitcombe | Harlow manager
GOLDEN OLDIE! Gianluca Ferretti rolled back the years with a stunning late double as Millbrook stunned Harlow City 3-1 to climb out of the relegation zone.
Ferretti, who turns 35 next month and was written off as "⟦s:-|a pensioner⟧" by Harlow fans before kick-off, came off the bench on 70 minutes with his side trailing 1-0.
He levelled with a thumping header from Lewis Grant's corner, then curled home a free-kick from 25 yards in the 88th minute before Jordan Mbeki added a third in stoppage time.
"⟦d:a|They were singing about my age all afternoon. I have a good memory,⟧" grinned the 34-year-old. "⟦d:a|I'm not finished. When I'm finished, I'll tell you. I won't need the fans of Harlow to tell me.⟧"
Millbrook boss Sam Okafor hailed his match-winner as "⟦p:b|a freak of nature⟧".
"⟦d:b|He trains like he's 21. He's first in, last out, and he moans about the coffee every single day,⟧" said Okafor. "⟦d:b|I'd take eleven of him.⟧"
Harlow manager Danny Whitcombe was furious about the free-kick. "⟦d:c|It's never a foul. Never in a million years,⟧" he fumed. "⟦d:c|Their lad went down like he'd been shot. I'll be asking questions.⟧"

### 014
@a Imran Siddiqui | Westmoor captain
@r - | one reporter
@b Ollie Penhaligon | 19-year-old spinner
Westmoor captain Imran Siddiqui said his side had ``⟦p:a|earned the right to dream⟧'' after a 74-run win over Carnford put them top of the County Championship with three matches left.
At the post-match press conference at Ashleigh Road, Siddiqui praised 19-year-old spinner Ollie Penhaligon, who took six for 41 in only his third first-class match.
``⟦d:a|He's got the temperament. You can teach a lad to bowl, you can't teach him to want the ball when the game's on the line,⟧'' Siddiqui said.
``⟦d:r|Is he ready for the Lions tour this winter?⟧'' one reporter asked.
``⟦d:a|That's not my call, is it? But if someone from the selection panel was watching today, they'll have seen what I saw.⟧''
Penhaligon, still in his whites and clutching the match ball, looked slightly overwhelmed. ``⟦d:b|I've never done a press conference before, so sorry if I'm rubbish at this,⟧'' the teenager said. ``⟦d:b|I just tried to bowl it in the same spot. Imran kept telling me, `Be boring, be boring.' So I was boring.⟧''
Asked how he would celebrate, he said: ``⟦d:b|My mum's driving me home. I think we're stopping for chips.⟧''

### 015
@a Maren Haldórsdóttir | -
@b Felix Achterberg | the gallery's director
Maren Haldórsdóttir paints the same hill. She has painted it, by her own estimate, some 600 times since 1991, from the kitchen window of a farmhouse in the north of Iceland where she has lived alone since her husband died.
Forty of those paintings now hang in a single long room at the Vessel Gallery in Rotterdam, in a show titled, with characteristic dryness, “⟦s:-|Hill⟧”.
“⟦d:a:m|People think it's an obsession. It isn't. It's the opposite. An obsession is when you want something from the thing. I don't want anything from the hill. I just look at it.⟧
“⟦d:a:m|Some mornings it's blue and some mornings it isn't there at all, because of the fog. Those are my favourite paintings, actually. The ones where the hill isn't there.⟧
“⟦d:a|My husband used to say, ‘You could paint the sea for a change.’ I told him the sea moves too much.⟧”
She was persuaded to show the work by Felix Achterberg, the gallery's director, who saw three of the paintings in a restaurant in a fishing town up the coast and, he says, “⟦p:b|didn't sleep that night⟧”.
“⟦d:b|I wrote to her four times. She answered the fourth letter with a postcard that said, ‘Come in June, the road is closed before that.’⟧” Achterberg said. “⟦d:b|So I went in June.⟧”
The paintings are hung in the order they were made. Walking the room takes perhaps five minutes. Haldórsdóttir has no intention of visiting. “⟦d:a|I've seen them,⟧” she said.

### 016
@a Carol Hennessy | a retired nurse
@b Bethany Roe | Her neighbour
@c - | A spokesman for Eastmarsh Fire and Rescue Service
@d Rivers Authority | -
Residents of Mill Lane in Ashby Fen spent Sunday bailing water out of their homes after the River Wend burst its banks for the second time in three months.
Carol Hennessy, 68, a retired nurse, woke at 4am to find water coming under her front door.
"⟦d:a|I heard the dog whining and thought she wanted to go out. Then I put my feet on the floor and it was wet,⟧" she said. "⟦d:a|By six it was up to my knees. I've lost the sofa, the carpets, the lot. Again.⟧"
Her neighbour Bethany Roe, who moved in last summer with her two young sons, said nobody had warned her that the street flooded. "⟦d:b|The estate agent said it had happened once, years ago. Once!⟧" she said. "⟦d:b|Carol's been brilliant. She came round at five with a torch and helped me carry the boys' things upstairs.⟧"
Mrs Hennessy said she had been told her insurance premium would almost treble at renewal. "⟦d:a|I can't sell, I can't afford to insure it, and I can't stop the river. What am I supposed to do?⟧"
A spokesman for Eastmarsh Fire and Rescue Service said crews had pumped out 14 properties overnight and helped two elderly residents to safety. "⟦d:c|We'd urge people not to drive through floodwater. Two cars had to be pulled out on the Fen Road this morning,⟧" he said.
The Rivers Authority said a new flood wall for the village was "⟦p:d|at the design stage⟧" and that work was expected to begin in 2026.

### 017
@d Vestmark Central Bank | the bank
@a Halvard Brekke | Governor
@b Elif Demirci | chief economist at Sandvik Bank
@c Fredrik Aas | an economist at Nordhav Markets
OSTRA, Sept 19 (Newswire) - The Vestmark Central Bank raised its key policy rate by a quarter point to 4.25% on Thursday, surprising most economists, and signalled that further increases could follow if inflation did not ease.
Seventeen of 22 economists polled by Newswire had expected the bank to hold rates steady.
"⟦d:d|Underlying inflation remains too high and is falling more slowly than we projected in June,⟧" the bank said in its policy statement. "⟦d:d|The rate path has been revised upwards.⟧"
At a news conference, Governor Halvard Brekke said the decision had not been unanimous. "⟦d:a|Two members of the board would have preferred to wait. I respect that view. But the risk of doing too little is, in our judgment, greater than the risk of doing too much,⟧" he said.
Brekke said the weak krone had added to price pressures, with imported goods making up a large share of the consumer basket. The krone strengthened 0.8% against the euro after the announcement.
"⟦d:b|This is a hawkish surprise, no two ways about it,⟧" said Elif Demirci, chief economist at Sandvik Bank. "⟦d:b|The bank is telling you it cares more about the currency than about a slowing housing market.⟧"
Fredrik Aas, an economist at Nordhav Markets, said another hike in December was now "⟦p:c|more likely than not⟧".
(Reporting by Lise Moen; Editing by Alex Raine)

### 018
@a Valentina Quispe Mamani | an astronomer at the Cerro Alto Observatory who led the team
@b Kwame Asante-Darko | the astrophysicist
Astronomers working at a mountaintop observatory in northern Chile say they have found a planet that orbits its star in just 11 hours, so close that its surface is likely to be a sea of molten rock.
The planet, formally designated TQ-4471 b but already nicknamed “⟦s:-|the Forge⟧” by the team, is about 1.4 times the size of Earth and lies roughly 190 light years away.
“⟦d:a|Cuando vimos la curva de luz por primera vez, pensamos que era un error del instrumento,⟧” said Valentina Quispe Mamani, an astronomer at the Cerro Alto Observatory who led the team. “⟦d:a|When we first saw the light curve, we thought it was an instrument error.⟧”
She said the team had spent four months ruling out other explanations before submitting the findings to the journal Planetary Letters, which published them on Monday.
“⟦d:a|We checked it with two other telescopes. We checked it again. At some point you have to believe what the sky is telling you,⟧” she said.
Dr Kwame Asante-Darko of the University of Lowmoor, who studies rocky exoplanets but was not part of the team, said the find was “⟦p:b|a genuinely lovely result⟧”.
“⟦d:b|Planets like this are laboratories. We can't build a world made of lava in the lab, but the universe has kindly done it for us,⟧” the astrophysicist said.
The team hopes to use the Horizon space telescope next year to find out whether the planet has an atmosphere.

### 019
@a Product Safety Standards Office | the office
@c Playbright | the manufacturer
@b Hannah Lindgren | a mother of two from Cresswell
@d Aditi Rao | a consultant in paediatric emergency medicine at St Columba's Hospital
A popular magnetic building set sold in supermarkets across the country is being recalled after two children swallowed loose magnets, one of whom needed emergency surgery.
The Product Safety Standards Office said the "⟦s:-|MagnaTowers 60-piece⟧" set, sold between March and November last year for £24.99, posed a "⟦p:a|serious risk of injury⟧" because the magnets could come loose from their plastic casings.
"⟦d:a|If you own one of these sets, stop using it immediately and keep it out of reach of children,⟧" the office said.
Playbright, the manufacturer, said it was "⟦p:c|deeply sorry⟧" and would offer full refunds. "⟦d:c|The safety of children is our first priority. We have identified a fault with one batch of casings and have stopped production while we investigate,⟧" the company's statement read.
Hannah Lindgren, a mother of two from Cresswell, said her four-year-old son swallowed two of the magnets in October. "⟦d:b|He was sick for two days and we thought it was a bug. It was only when he had an X-ray that we saw them, stuck together, in his bowel,⟧" she said.
"⟦d:b|The surgeon said another day and it could have been much worse. I just want every parent to check their cupboards tonight.⟧"
Dr Aditi Rao, a consultant in paediatric emergency medicine at St Columba's Hospital, said magnets were "⟦p:d|uniquely dangerous⟧" when more than one was swallowed. "⟦d:d|They find each other through the walls of the gut and pinch the tissue between them. It can cause holes within hours,⟧" she said.

### 020
@a Winifred Pask | Former mayor
@b Dilip Raval | The current mayor
@c Robert Pask | Her son
Former mayor Winifred Pask, who fought a ten-year battle to save Lydford's outdoor swimming pool and once chained herself to its gates, has died at the age of 91.
Mrs Pask served three terms as mayor between 1979 and 1994 and was the first woman to hold the office in the town's 600-year history.
She was best known for the long campaign to keep the Riverside Lido open after the then district council voted to fill it in. In her 2004 memoir, “⟦s:-|Deep End⟧”, she wrote: “⟦d:a|I was told by a man in a very good suit that the pool was a liability. I told him I had been swimming in it since 1938 and it had never once tried to sue me.⟧”
The lido reopened in 1991 after a public fundraising drive. At the ceremony she told the crowd, “⟦d:a|Last one in buys the teas,⟧” and jumped in fully clothed.
The current mayor, Councillor Dilip Raval, said flags at the town hall would fly at half-mast until the funeral. “⟦d:b|Winnie was a force of nature. Every time I swim at the lido, and I do most summer mornings, I think of her,⟧” he said.
Her son, Robert Pask, said his mother had remained “⟦p:c|sharp as a tack and twice as pointed⟧” until her final weeks.
“⟦d:c|She was still writing letters to the paper in January. Most of them were about potholes,⟧” he said. “⟦d:c|She'd want me to tell you that the one on Fore Street still hasn't been fixed.⟧”
The funeral will take place at St Michael's Church on March 14. The family has asked for donations to the Riverside Lido Trust in place of flowers.

### 021
@c Lucy Abernethy | Prosecutor
@d Graham Tull | one of the victims
@b Tariq Hollander | His barrister
@a Rosalind Egwu | Judge
A builder who took more than £90,000 from elderly homeowners for work he never finished has been jailed for four years.
Kieran Doyle, 42, of Penrith Road, Carlow Vale, admitted 11 counts of fraud at Carlow Crown Court.
Prosecutor Lucy Abernethy told the court Doyle had targeted people in their seventies and eighties, often knocking on doors after spotting "⟦p:c|loose tiles or a tired-looking roof⟧". "⟦d:c|He would take a large deposit in cash, start the job, and then simply stop turning up,⟧" she said.
In a statement read to the court, one of the victims, Graham Tull, 84, said the fraud had left him "⟦p:d|ashamed and frightened in my own home⟧". "⟦d:d|I've lived in this house for fifty years. For the first time I don't open the door when someone knocks,⟧" he wrote.
His barrister, Tariq Hollander, said Doyle had a gambling addiction and was "⟦p:b|genuinely remorseful⟧". "⟦d:b|He accepts he has done enormous harm to people who trusted him. He does not seek to minimise it,⟧" he told the court.
Judge Rosalind Egwu said Doyle had shown "⟦p:a|a calculated and callous disregard⟧" for his victims, before addressing him directly.
"⟦d:a:m|You chose these people because you thought they would not complain, or that if they did, they would not be believed. You were wrong on both counts.⟧
"⟦d:a|The remorse you now express came only when you were caught.⟧"

### 022
@b - | the carriage conductor
@a Rustam Nazarov | Our guide
The overnight sleeper from Tashvar to Bayturan leaves at 9.40pm, or thereabouts. By 10.15 the samovar at the end of our carriage is already hissing, and the carriage conductor is doing the rounds with glasses of black tea. He is a broad man with a gold tooth and a cardigan worn over his uniform.
“⟦d:b|Sugar? No sugar? Lemon?⟧” he asks, and then gives everyone sugar anyway.
Our guide, Rustam Nazarov, has made this journey, he reckons, more than 200 times. “⟦d:a|The train is the best hotel in the country,⟧” he says. “⟦d:a|Nobody can call you, the food is terrible, and you wake up somewhere new. What else do you want from a holiday?⟧”
“⟦d:-|Why not fly?⟧” I ask.
“⟦d:a|Because then you arrive and you haven't been anywhere.⟧”
Outside, the steppe is a dark nothing punctuated by the occasional lit window of a station where we do not stop. At 2am I wake to find us stationary at a town called Kumsai, where a woman on the platform is selling hot samsa from a pram. The conductor buys six and hands them round. “⟦d:b|Breakfast is early today,⟧” he says.

### 023
@a Kezia Lomax | singer
@b Tobi Adesanya | The band's drummer
Three years after their debut went unexpectedly gold, Marrowbone Choir have made the kind of second album bands usually make a decade into their careers: quiet, strange and in no hurry to be liked.
“⟦s:-|Low Ceilings⟧” was recorded in a disused Methodist chapel outside Wetherfold over a freezing February, and you can hear the building on every track: the creak of a pew on “⟦s:-|Hymn for a Landlord⟧”, the rain on the roof throughout “⟦s:-|Dry Spell⟧”.
“⟦d:a|We wanted a record that sounded like a room, not like a laptop,⟧” singer Kezia Lomax told me. “⟦d:a|The first album was made in six different studios and it sounds like it. This one was made in one cold room by five people wearing coats.⟧”
The band's drummer, Tobi Adesanya, is blunter about the change of direction. “⟦d:b|The label wanted another ‘Northern Line’. We gave them a record with a nine-minute song about a boiler,⟧” he said, grinning. “⟦d:b|They've been very polite about it.⟧”
That song, “⟦s:-|Combi⟧”, is the album's centrepiece and its most divisive moment: nine minutes of organ drone and whispered instructions for bleeding a radiator that some listeners will find hypnotic and others will skip after forty seconds.
Lomax said the lyrics of “⟦s:-|Hymn for a Landlord⟧” came from a text message her landlord sent her during the pandemic. “⟦d:a|I'm not going to tell you what it said. He'd recognise himself. But every line in the chorus is a word he used,⟧” she said.
★★★★

### 024
@a Abebech Worku | The 26-year-old
@b Ruth Chepkoech | the 2022 champion
@c Piers Wainwright | Race director
HALDEN, April 21 (Newswire) - Ethiopia's Abebech Worku won the Halden Marathon on Sunday in 2:18:44, breaking the course record by more than a minute in cool, still conditions.
The 26-year-old broke clear of Kenya's Ruth Chepkoech at the 35-kilometre mark and finished 52 seconds ahead of her.
"⟦d:a|I felt strong from the start, but my coach told me not to go before 35,⟧" Worku said through an interpreter. "⟦d:a|I was waiting and waiting. When he gave me the sign, I went.⟧"
Chepkoech, the 2022 champion, said she had no regrets. "⟦d:b|She was the better runner today. I tried to go with her and my legs said no,⟧" she said. "⟦d:b|I'll come back next year.⟧"
Race director Piers Wainwright said the record was "⟦p:c|no surprise to anyone who saw her in training this week⟧". "⟦d:c|We knew the weather would be kind. We didn't know she'd be quite this kind to our record book,⟧" he said.
In the men's race, Daniel Kiprop of Kenya won in 2:07:10.

### 025
@b Dev Malhotra | chief executive of Quillon AI
@a Olivia Hartigan-Ruiz | the committee's chair
@c Bram Okonjo | the committee's ranking member
The head of Quillon AI faced more than three hours of sometimes hostile questioning on Wednesday as lawmakers pressed him on how the company's chatbot came to give dangerous medical advice to users.
Dev Malhotra, chief executive of Quillon AI, opened by apologising. “⟦d:b|We got this wrong, and people were hurt because we got it wrong,⟧” he told the Senate commerce committee. “⟦d:b|I'm not here to make excuses.⟧”
Olivia Hartigan-Ruiz, the committee's chair, was unmoved. “⟦d:a|You had internal reports in March warning you this could happen. Did you read them?⟧” she asked.
“⟦d:b|I read a summary of them,⟧” Malhotra said.
“⟦d:a|A summary,⟧” Hartigan-Ruiz repeated. “⟦d:a|People ended up in emergency rooms, and you read a summary.⟧”
Bram Okonjo, the committee's ranking member, took a different line, warning against rules that would “⟦p:c|hand the whole industry to three companies who can afford the lawyers⟧”. But he too pressed Malhotra on the company's testing. “⟦d:c|How many doctors did you have reviewing these answers before launch?⟧”
“⟦d:b|At launch? Four,⟧” Malhotra replied. There was an audible murmur in the room.
Quillon said after the hearing that it had since hired 60 clinicians and would publish the results of an external safety review by the end of the year.

### 026
@a Juliana Ferraz | head of soft commodities at Alvorada Brokers in Sao Paulo
@c - | One London-based trader
@b Eliseo Chávez | president of the Los Robles coffee cooperative in the highlands of San Ildefonso
LONDON/SAO PAULO, Oct 8 (Newswire) - Arabica coffee futures jumped to a 14-year high on Tuesday as dry weather in key growing regions of Brazil and Central America fuelled fears of a third consecutive supply shortfall.
The benchmark December contract rose as much as 6.1% to $3.42 per lb on the Atlantic Commodities Exchange.
"⟦d:a|The market is pricing in a very poor flowering. Nobody wants to be short coffee right now,⟧" said Juliana Ferraz, head of soft commodities at Alvorada Brokers in Sao Paulo.
Ferraz said rain forecast for next week would be "⟦p:a|decisive⟧". "⟦d:a|If it doesn't come, we could see four dollars before Christmas,⟧" she said.
One London-based trader, who asked not to be named because he was not authorised to speak to the media, said speculative funds had added to the move. "⟦d:c|It's not just weather. There's a lot of money chasing the same trade,⟧" he said.
For growers, higher prices have brought little relief. Eliseo Chávez, president of the Los Robles coffee cooperative in the highlands of San Ildefonso, said fertiliser and labour costs had risen faster than the price of beans.
"⟦d:b|People in the cities think we are rich now. We are not. We sell to the middleman at last year's price and he sells at this year's,⟧" Chávez told Newswire by telephone, speaking in Spanish.
"⟦d:b|Coffee is expensive. Coffee farmers are still poor. Both things are true,⟧" he added.

### 027
@a Medicines and Devices Authority | -
@b Siobhán Kearney | -
@c Rafael Montoya-Beck | Heliant's medical director
@d Grace Adjei | a neurologist at Eastbury University Hospital
A monthly injection that can halve the number of migraine days for people with the most severe form of the condition has been approved for use, the medicines regulator said on Friday.
The Medicines and Devices Authority said the drug, sold under the brand name Calvessa, had shown “⟦p:a|a clear and clinically meaningful benefit⟧” in trials involving more than 2,000 patients.
Siobhán Kearney, 47, who took part in one of the trials, said it had given her “⟦p:b|my life back⟧”.
“⟦d:b|Before, I was losing fifteen days a month. Fifteen days in a dark room with a bucket next to the bed. Now it's three or four, and they're milder,⟧” she said. “⟦d:b|I went to my son's graduation last summer. Two years ago I'd have missed it.⟧”
Heliant's medical director, Dr Rafael Montoya-Beck, said the company was in talks with health boards over the price, which has not been disclosed. “⟦d:c|We want this drug to reach the patients who need it, and we understand that means agreeing a price the health service can afford,⟧” he said.
Professor Grace Adjei, a neurologist at Eastbury University Hospital, welcomed the approval but warned against overstating it. “⟦d:d|This isn't a cure, and it doesn't work for everyone. About a third of patients in the trials saw little or no change,⟧” she said.
“⟦d:d|But for people who have tried everything else, another option really matters.⟧”

### 028
@a Gillian Oakes | Headteacher
@b Amara Nwosu | Year 6 pupil
@c Zac Hollis | Her classmate
Little Brackley Primary School has been named winner of the Green Classroom Award for its vegetable garden, beating 340 schools from across the country.
The garden, built on a disused corner of the playground in 2021, now produces enough salad, beans and potatoes to supply the school kitchen two days a week during the summer term.
Headteacher Gillian Oakes said she was "⟦p:a|unbelievably proud⟧" of the pupils. "⟦d:a|The children do everything: planting, watering, weeding, even the compost. I just sign the cheques for the seeds,⟧" she said.
Year 6 pupil Amara Nwosu, 11, one of the school's "⟦s:-|garden monitors⟧", said her favourite job was checking the compost bins. "⟦d:b|You put your hand near it and it's warm, like it's alive. That's because it is alive. It's full of worms,⟧" she explained.
Her classmate Zac Hollis, 10, said the best thing they had grown was a pumpkin that weighed 31kg. "⟦d:c|We needed four people to carry it. We made soup for the whole school and there was still loads left,⟧" he said.
Mrs Oakes added: "⟦d:a|We'll spend the prize money on a polytunnel. The children have already drawn up the plans, and they're better than mine.⟧"

### 029
@a Luka Zoric | President
@b Ivana Bartek | Opposition candidate
@c Helmstad Observer Mission | -
@d Milena | a 58-year-old teacher who gave only her first name
@e - | a student who declined to be named
VELGRAD, May 12 (Newswire) - President Luka Zoric won a third term in Sunday's election with 54.3% of the vote, according to preliminary results, but his main challenger refused to concede and said she would contest the count in court.
Zoric, 61, told supporters at his campaign headquarters that voters had chosen "⟦p:a|stability over adventure⟧". "⟦d:a|Tonight is not a victory for one party. It is a victory for a country that wants to keep moving forward,⟧" he said, according to a translation provided by his office.
"⟦d:a|To those who voted against me: I am your president too,⟧" he added.
Opposition candidate Ivana Bartek, who won 41.2% according to the preliminary count, said her campaign had recorded "⟦p:b|hundreds of irregularities⟧", including ballot boxes arriving at counting centres with broken seals. "⟦d:b|We will not accept a result written in advance. We will go to the courts, and if the courts fail us, we will go to the streets, peacefully,⟧" Bartek told reporters in Velgrad.
The Helmstad Observer Mission said in a preliminary statement that voting had been "⟦p:c|generally orderly⟧" but that the campaign had been marked by "⟦p:c|a significant imbalance in media coverage⟧" in the president's favour.
In Velgrad's old town, voters were divided. "⟦d:d|He built roads, he built the hospital. Why would I change?⟧" said Milena, a 58-year-old teacher who gave only her first name. Her neighbour, a student who declined to be named, disagreed. "⟦d:e|Twelve years is enough. Fifteen would be a monarchy,⟧" he said.

### 030
@g Greenmarket | the country's third-largest supermarket chain
@b Alastair Crewe | the chief executive of Greenmarket
@a - | One senior supplier
@c Fiona Baptiste | a retail analyst at Corbridge Research
Greenmarket, the country's third-largest supermarket chain, will cut the price of more than 1,200 products by an average of 9% from Monday, in what analysts described as the most aggressive move yet in a price war that has squeezed the sector's margins for two years.
“⟦d:b|Families have told us very clearly that the weekly shop is where they're feeling it most,⟧” said Alastair Crewe, the chief executive of Greenmarket. “⟦d:b|We're putting our money where our mouth is.⟧”
Suppliers fear they will end up paying for the cuts. One senior supplier, who asked not to be named for fear of losing the contract, said Greenmarket's buyers had been “⟦p:a|leaning on everyone⟧” to help fund the lower prices. “⟦d:a|They call it a partnership. It's a partnership in the way a mugging is a partnership,⟧” he said.
Greenmarket said in a statement that the price cuts were “⟦p:g|funded entirely from our own efficiency savings⟧” and that suppliers had “⟦p:g|not been asked to contribute⟧”.
Fiona Baptiste, a retail analyst at Corbridge Research, said rival chains were likely to respond within days. “⟦d:c|Nobody can afford to be the most expensive name on the high street right now. Valumart will match this by Wednesday, I'd bet my lunch on it,⟧” she said.
Valumart declined to comment.

### 031
@m - | My mother
@r - | One reviewer
@e - | My editor
Chidinma Okereke-Vance's fourth novel, “⟦s:-|The Tin Orchard⟧”, follows two sisters who inherit a failing apple farm in the Welsh Marches. She spoke to us from her home in Herefordshire.
Q: The farm in the book is very specific. Is it a real place?
A: It's an amalgam. My grandparents had an orchard, but they were in Enugu, so it was mangoes, not apples. I moved the whole thing four thousand miles and changed the fruit.
Q: The sisters barely speak to each other for the first hundred pages.
A: That's deliberate. My mother used to say, “⟦d:m|The loudest families are the ones where nobody says anything.⟧” I grew up in one of those. I wanted the silence to be the main character.
Q: One reviewer called it “⟦p:r|a book about nothing happening, beautifully⟧”. Was that a compliment?
A: I've decided it was. I had it printed on a mug.
Q: What are you writing now?
A: Something with a plot, for once. Possibly a murder. My editor said, “⟦d:e|Please, God, let somebody die in this one,⟧” so I'm taking that as a commission.

### 032
@b Piet Haverkamp | his race engineer
@a Kofi Mensah-Brandt | the 24-year-old
@c Annika Strand | Veloce team principal
@d Rodrigo Salas | the Argentinian
Kofi Mensah-Brandt won the Marravela Grand Prix from ninth on the grid on Sunday after a gamble on a one-stop strategy paid off in the closing laps, when the leaders' tyres faded in 38-degree heat.
Mensah-Brandt, who drives for Veloce Racing, pitted only once, on lap 22, and was told by his race engineer, Piet Haverkamp, to “⟦p:b|look after the rears like they're your grandmother's china⟧”.
With three laps to go he passed Rodrigo Salas for the lead at the hairpin. “⟦d:a|Are you kidding me? Are you kidding me?⟧” Mensah-Brandt shouted over the radio as he took the chequered flag.
“⟦d:a|I was managing the tyres for forty laps and praying,⟧” the 24-year-old said afterwards. “⟦d:a|Piet kept telling me to be patient. I'm not a patient person, so this is a miracle.⟧”
Veloce team principal Annika Strand admitted the strategy had been “⟦p:c|fifty-fifty at best⟧”. “⟦d:c|If the safety car had come out in the second half, we'd have been dead. It didn't, and sometimes you need the dice to roll your way,⟧” she said.
Salas, who had led from pole, was diplomatic. “⟦d:d|He drove a great race. My tyres were finished with ten laps to go, and there was nothing I could do,⟧” the Argentinian said.

### 033
@b National Weather Office | the office
@a Tomasz Wilk | Meteorologist
@c Gareth Pryce-Jones | -
@d - | A spokeswoman for the water company Severnline
Temperatures are expected to reach 36C in parts of the south-west on Wednesday as the country's third heatwave of the summer reaches its peak.
The National Weather Office has issued an amber warning for extreme heat covering much of the region, saying there is ``⟦p:b|a risk to life⟧'' for vulnerable people.
Meteorologist Tomasz Wilk said the hot air was being drawn up from north Africa by a slow-moving area of low pressure to the west. ``⟦d:a|We're seeing nights that simply aren't cooling down. In some towns it won't drop below 22C overnight, and that's when people really struggle,⟧'' he said.
``⟦d:a|Things should ease from Friday, but there's no sign of meaningful rain.⟧''
People are being urged to check on elderly neighbours. ``⟦d:b|Keep curtains closed during the day, drink plenty of water and avoid the sun between 11am and 3pm,⟧'' the office advised.
Farmers are already feeling the effects. Gareth Pryce-Jones, who farms 300 acres near Llanvair, said his grass had ``⟦p:c|stopped growing in June⟧''. ``⟦d:c|I'm feeding the cattle winter hay in August. I've never done that in thirty-five years,⟧'' he said.
A spokeswoman for the water company Severnline said a hosepipe ban was ``⟦p:d|not currently planned⟧'' but urged customers to use water wisely. ``⟦d:d|Demand is up by about a fifth on a normal summer day. Every shorter shower helps,⟧'' she said.

### 034
@a Park Ji-hoon | the South Korean director
@b Han Seo-yeon | The film's star
@j Duarte Valente | the Portuguese actor who chaired the jury
@c Ottavia Bernardini | The festival's artistic director
“⟦s:-|Winter Persimmons⟧”, the South Korean director Park Ji-hoon's quiet drama about a widowed fruit farmer, won the Golden Heron for best film at the Lucerna Film Festival on Saturday night.
Speaking through an interpreter, Park said he had made the film for his mother. “⟦d:a|She died two years ago, during the editing. She never saw it finished. I think she would say it is too slow,⟧” he said, to laughter. “⟦d:a|She was always right about my films.⟧”
The film's star, Han Seo-yeon, who plays the farmer, had collected the best actress prize earlier in the evening. “⟦d:b|I spent three months on a persimmon farm before we started shooting. My hands still remember it,⟧” the 58-year-old said.
Duarte Valente, the Portuguese actor who chaired the jury, described the film as “⟦p:j|a work of enormous patience and tenderness⟧”. “⟦d:j|We argued about many films. We did not argue about this one,⟧” he told reporters.
The festival's artistic director, Ottavia Bernardini, said this year's edition had sold a record 94,000 tickets. “⟦d:c|People keep telling me cinema is dying. Come to Lucerna in September and tell me again,⟧” she said.

### 035
@a Henrik Vestergaard | Nordavia Chief Executive
@b Matteo Bellandi | His counterpart at Aeroalpina
@c FlightCrew United | The pilots' union
@d Siri Halvorsen | an aviation analyst at Bergstrom Lowe
COPENHAGEN/MILAN, June 4 (Newswire) - Nordavia and Aeroalpina agreed on Tuesday to combine in a 3.8 billion euro deal that would create Europe's fourth-largest airline group by passenger numbers, pending regulatory approval.
Nordavia shareholders will own 58% of the combined company, which will keep both brands and be based in Copenhagen.
"⟦d:a|Alone, each of us is too small to compete with the big three on long-haul. Together, we're not,⟧" Nordavia Chief Executive Henrik Vestergaard told a joint news conference.
His counterpart at Aeroalpina, Matteo Bellandi, who will become deputy chief executive of the combined group, said there would be "⟦p:b|no forced redundancies⟧" among flight crew. "⟦d:b|This is a merger to grow, not a merger to cut. Every aircraft we have today will still be flying in three years,⟧" he said.
Vestergaard said the companies expected savings of around 300 million euros a year by 2028, mainly from joint purchasing of fuel and aircraft. "⟦d:a|We will buy one fleet instead of two. That's where the money is,⟧" he said.
The pilots' union FlightCrew United said it had not been consulted and would seek "⟦p:c|legally binding guarantees⟧" on jobs and seniority.
Siri Halvorsen, an aviation analyst at Bergstrom Lowe, said competition authorities were likely to demand the sale of take-off and landing slots in Milan and Copenhagen. "⟦d:d|The logic is sound. The question is how much of the network they'll have to give away to get it through Brussels,⟧" she said.

### 036
@a Eilidh MacAskill | the archaeologist leading the excavation
@b Morag Sinclair | a local historian whose family has farmed the glen for five generations
@d Ravi Shankar-Doyle | a retired postman volunteering on the dig
@c Historic Alba | -
Archaeologists excavating a hillside in Glen Carran have uncovered what they believe is the best-preserved Iron Age roundhouse ever found in the Highlands, complete with a wooden floor, a hearth and a wicker door still in its frame.
The site was waterlogged for more than two thousand years, which starved the timber of oxygen and stopped it from rotting.
“⟦d:a|We don't usually get doors. We get post-holes and a bit of charcoal and we use our imaginations,⟧” said Dr Eilidh MacAskill, the archaeologist leading the excavation. “⟦d:a|Here someone has walked through that door and closed it behind them, and then nobody opened it again for two thousand years.⟧”
The team has also found a wooden bowl containing traces of what MacAskill described as “⟦p:a|probably porridge⟧”.
Morag Sinclair, a local historian whose family has farmed the glen for five generations, said people had long suspected the hillside hid something. “⟦d:b|My grandfather always said that field was too wet to plough and too old to argue with,⟧” she said. “⟦d:b|I thought it was one of his sayings. Turns out he knew what he was talking about.⟧”
Ravi Shankar-Doyle, a retired postman volunteering on the dig, found the bowl. “⟦d:d|I was scraping away with a trowel and there it was, upside down, like someone had just finished their breakfast,⟧” he said.
Historic Alba, which funded the dig, said the timbers would be lifted for conservation in the autumn. “⟦d:c|This is a find of international importance,⟧” it said.

### 037
@a Ted Marwood | chairman of the Keld Moor Action Group
@b Aled Morgan | project manager for Uplands Renewables
@d Joan Priestley | The planning committee's chairwoman
@c - | One resident
Plans for a 14-turbine wind farm on Keld Moor were approved by Dalesbridge District Council's planning committee on Thursday by six votes to four, despite more than 900 objections.
The turbines, each up to 150 metres tall, will be visible from much of the upper valley. Ted Marwood, chairman of the Keld Moor Action Group, called the decision ``⟦p:a|a betrayal of everyone who lives here⟧''.
``⟦d:a|Nobody in this valley is against clean energy. We're against having our home turned into an industrial estate so that somebody in the city can feel good about their electricity,⟧'' he said. ``⟦d:a|We'll be looking at a judicial review.⟧''
Aled Morgan, project manager for Uplands Renewables, said the scheme would power around 40,000 homes and pay £70,000 a year into a community fund. ``⟦d:b|We've moved three turbines and dropped two others after listening to people. I don't think anyone can say we haven't listened,⟧'' he said.
The planning committee's chairwoman, Joan Priestley, said members had been bound by national policy. ``⟦d:d|Our hands were not entirely tied, but they were tied more than people might like,⟧'' she told the meeting.
Not everyone in the village is opposed. One resident, who asked not to be named because of ``⟦p:c|the atmosphere in the pub⟧'', said: ``⟦d:c|Half the people shouting about the view haven't walked up there in years. I'll take the community fund.⟧''

### 038
@a Anneliese Kovacevic | the glaciologist whose measurements of ice loss in southern Greenland helped to change the scientific consensus on sea-level rise
@c University of Brennholm | the university
@d Sofia Lindahl | a climate scientist at the Polar Institute of Tromvik
@b Jamal Haddad | one of her former doctoral students
Anneliese Kovacevic, the glaciologist whose measurements of ice loss in southern Greenland helped to change the scientific consensus on sea-level rise, has died at 79.
The University of Brennholm, where she worked for 41 years, said she had died peacefully on Tuesday after a short illness. "⟦d:c|Anneliese was a scientist of rare courage and rigour, and a generous teacher to generations of students,⟧" the university said in a statement.
Kovacevic spent 23 summers camped on the ice, often in conditions she described as "⟦p:a|moderately unpleasant⟧". In a 2015 lecture, she recalled being told by a senior colleague that her results must be wrong. "⟦d:a|He said the ice simply could not melt that fast. I said, 'Then you had better go and tell it so, because it isn't listening to me.'⟧"
Tributes were posted online by former colleagues and students. Sofia Lindahl, a climate scientist at the Polar Institute of Tromvik, wrote: "⟦d:d|She taught me to trust the data and to wear two pairs of socks. Both have served me well.⟧"
Jamal Haddad, one of her former doctoral students, said Kovacevic had been "⟦p:b|terrifying for about a week and then the kindest person I ever worked for⟧". "⟦d:b|She read every draft of my thesis, all nine of them, and she never once wrote 'good' in the margin. When she finally wrote 'fine', I framed it,⟧" he said.
She is survived by her partner, Ruth, and a brother.

### 039
@c Interior Ministry | -
@b Gulnara Abdrakhmanova | the 44-year-old
@d - | One rescue worker
@a - | A spokesperson for the World Relief Coordination Office
KARAVAN, Nov 2 (Agence Continentale) — Rescue teams were still pulling survivors from collapsed buildings on Thursday, two days after a magnitude 6.9 earthquake struck the mountainous province of Zarkan, killing at least 412 people.
The Interior Ministry said more than 3,000 people had been injured and some 40,000 left homeless as night-time temperatures fell below freezing, describing the situation as «⟦p:c|extremely difficult⟧».
In Karavan's old quarter, where few buildings remain standing, Gulnara Abdrakhmanova sat on a plastic chair outside what had been her home, wrapped in a blanket handed out by volunteers.
«⟦d:b|We ran out with nothing. No shoes, no coats. My youngest was asleep and my husband carried him out in the bedsheet,⟧» the 44-year-old said through an interpreter. «⟦d:b|We have been sleeping in the car. Four children in one car.⟧»
One rescue worker, his face grey with dust, said his team had found two people alive that morning under a collapsed school. «⟦d:d|The second one was a teacher. She was still holding the register,⟧» he said, before walking back into the rubble.
A spokesperson for the World Relief Coordination Office said in Geneva that reaching remote villages remained «⟦p:a|the biggest challenge⟧». «⟦d:a|Roads are blocked by landslides in at least a dozen places. Some communities have not yet been reached at all, and we are very worried about them,⟧» the spokesperson said.

### 040
@b Malik Osei-Bonsu | Rookie guard
@a Lamar Whitfield | Hawks coach
@c Andrius Petrauskas | the Hawks' 36-year-old center
@d Tom Brandauer | Ridgefield coach
HARBOUR CITY — Rookie guard Malik Osei-Bonsu scored 31 points, including the go-ahead 3-pointer with 4.2 seconds left, as the Harbour City Hawks edged the Ridgefield Bison 104-102 on Saturday night.
"⟦d:a|I told him in the timeout, 'You're taking the last shot.'⟧" Hawks coach Lamar Whitfield said. "⟦d:a|He looked at me like I was crazy. Then he went out and made it.⟧"
Osei-Bonsu, who went undrafted last year and spent most of the season in the development league, said he hadn't been nervous. "⟦d:b|Honestly? No,⟧" he said. "⟦d:b|I've taken that shot a million times in my driveway. There were just more people watching tonight.⟧"
"⟦d:b|My mom was here,⟧" he added, "⟦d:b|so I had to make it. She drove six hours.⟧"
Andrius Petrauskas, the Hawks' 36-year-old center, had 18 points and 12 rebounds. "⟦d:c|The kid's got no fear. I had fear at his age. I still have fear,⟧" Petrauskas said with a laugh.
The Bison, who had led by 11 at halftime, fell to 21-30. Ridgefield coach Tom Brandauer was brief: "⟦d:d|We didn't guard anybody in the fourth. That's the story.⟧"

### 041
@a Nasreen Hussain | -
@b Imran | her husband
@c SkyBay | the low-cost carrier
@d - | a spokesman for the Aviation Consumer Board
Hundreds of holidaymakers were stranded in Tenerife for more than 30 hours after their SkyBay flight home to Kingsport was repeatedly delayed.
Nasreen Hussain and her husband, Imran, were among 186 passengers on flight SB4417, which was due to leave at 6.50pm on Sunday but did not take off until 1.30am on Tuesday.
“⟦d:a|We were told two hours, then four, then tomorrow. Nobody from SkyBay was at the airport. We got all our information from a cleaner,⟧” Mrs Hussain said.
Her husband said the couple had paid £240 for a hotel room out of their own pocket. “⟦d:b|They keep saying it was ‘operational reasons’. I'd like to know what that means, because it sounds like it means nothing,⟧” he said.
SkyBay, the low-cost carrier, said the delay had been caused by a technical fault with the aircraft and a shortage of standby crew. “⟦d:c|We sincerely apologise to customers for the disruption and for the lack of information at the airport, which fell well below our usual standards,⟧” it said.
Under current rules, passengers delayed by more than three hours for reasons within an airline's control are entitled to compensation of up to £520 each. “⟦d:d|A technical fault is not normally an extraordinary circumstance. Passengers should claim,⟧” a spokesman for the Aviation Consumer Board said.
“⟦d:a|We will. Believe me, we will,⟧” said Mrs Hussain.

### 042
@a Castlebrook Borough Council | The council
@c - | One council employee
@d Fiona Mackay | Council leader
@b Nikhil Sastry | a cybersecurity researcher at the University of Wexmoor
Castlebrook Borough Council has been hit by a ransomware attack that has taken down its website, phone lines and payment systems, leaving residents unable to pay council tax or report missed bin collections.
The council said in a statement on Monday that it had "⟦p:a|taken systems offline as a precaution⟧" after detecting "⟦p:a|unusual activity⟧" on its network on Friday evening. "⟦d:a|We are working with national cybersecurity specialists and the police, and we do not at this stage have evidence that residents' personal data has been taken,⟧" the statement said.
One council employee, who spoke on condition of anonymity because staff had been told not to talk to the media, said: "⟦d:c|We're back to pen and paper. Someone found a fax machine in a cupboard on Saturday and there was a round of applause.⟧"
Council leader Fiona Mackay would not say whether a ransom had been demanded. "⟦d:d|What I can tell people is that care services and emergency housing have not been affected, and that's where our focus has been,⟧" she said.
Dr Nikhil Sastry, a cybersecurity researcher at the University of Wexmoor, said the phrase "⟦s:-|no evidence⟧" should be treated with caution. "⟦d:b|In most of these cases, data is taken before the encryption starts. 'No evidence' often just means nobody has finished looking,⟧" he said.

### 043
@a Oyindamola Fashola | the choreographer who founded the company in a disused bus depot in 2012
@b Ines Carvalho | a dancer who has been with the company since its first season
@c Freya Lund | the youngest member of the company
At ten in the morning the studio at Kinetic Ground smells of floor polish and instant coffee. Twelve dancers are lying on their backs in a circle, breathing in unison, while a speaker in the corner plays what sounds like a washing machine.
“⟦d:a|It is a washing machine,⟧” says Oyindamola Fashola, the choreographer who founded the company in a disused bus depot in 2012. “⟦d:a|I recorded it at the launderette across the road. Everything in this piece comes from within two hundred metres of this building.⟧”
The new piece, “⟦s:-|Spin Cycle⟧”, opens at the Parkhill Playhouse next month and is the company's most ambitious to date.
Ines Carvalho, a dancer who has been with the company since its first season, says Fashola's rehearsals are “⟦p:b|half workshop, half group therapy⟧”. “⟦d:b|She'll stop everything because she doesn't like the way someone is holding a cup of tea in the break. And then the way you hold the cup ends up in the show,⟧” Carvalho says.
Freya Lund, 19, the youngest member of the company, joined last year straight from college. “⟦d:c|At college everything was counts and positions. Here, the first thing Oyin asked me was what my gran's kitchen smelled like,⟧” she says. “⟦d:c|I cried. In a good way.⟧”
Fashola laughs when told this. “⟦d:a|Everyone cries in the first month. It's in the contract,⟧” she says.

### 044
@b Walter Eames | -
@d Priyanka Desai | one of the volunteers for Open Door Friends
@a Anwen Griffiths | a GP in Penrhos
@c Open Door Friends | a charity that runs telephone befriending services for older people in rural areas
Walter Eames, 88, has lived alone since his wife, Joan, died in 2019. Some weeks, he says, the only voice he hears is the one on the radio.
"⟦d:b|You get used to the quiet, but you don't get to like it,⟧" he said, in the front room of his bungalow in Penrhos. "⟦d:b|Joan did the talking for both of us for sixty years. I never learned how.⟧"
Every Thursday at 11am, his phone rings. On the other end is Priyanka Desai, one of the volunteers for Open Door Friends, a charity that runs telephone befriending services for older people in rural areas.
"⟦d:d|We talk about the cricket, mostly. And his tomatoes. He's very competitive about his tomatoes,⟧" said Ms Desai, 34, who works in IT in Cardiff. "⟦d:d|I think I get as much out of it as he does.⟧"
Dr Anwen Griffiths, a GP in Penrhos, said loneliness was "⟦p:a|the condition I see most and can treat least⟧". "⟦d:a|I can't prescribe a friend. I'd love to be able to. Half my elderly patients would be healthier with a weekly phone call than with another tablet,⟧" she said.
Open Door Friends said demand for its service had doubled in three years and that it had a waiting list of more than 600 people. "⟦d:c|We urgently need more volunteers, particularly men, because a lot of our older male callers would prefer to talk to another man,⟧" the charity said.

### 045
@a Kostas Demetriou | -
@b Eleni Demetriou | his wife
@c Shirley Boateng | one of the shop's longest-standing customers
After 31 years, countless 4am starts and, by their own estimate, more than two million loaves, Kostas and Eleni Demetriou are hanging up their aprons.
The couple will close the Golden Crust bakery on Harrow Road, Eastwick, for the final time on Saturday. The building has been sold and will become a phone repair shop.
“⟦d:a|My knees have decided, not me,⟧” said Kostas Demetriou, 61, who came to Eastwick from Cyprus in 1988 with, he says, “⟦p:a|one suitcase and my father's recipe for koulouri⟧”.
“⟦d:b|He says it's his knees. It's also his back, his shoulders and his temper,⟧” said his wife, Eleni, laughing. “⟦d:b|We'll miss the people. Not the alarm clock.⟧”
Shirley Boateng, one of the shop's longest-standing customers, said the street would not be the same. “⟦d:c|I've bought a large white and two custard tarts every Saturday since 1994. I'll have to learn to bake, at my age,⟧” she said.
The couple say they have no plans beyond a long holiday in Limassol. Asked whether he would miss baking, Mr Demetriou paused. “⟦d:a|Ask me in a month. Right now I want to sleep until seven.⟧”

### 046
@a Róisín Dunleavy | jockey
@b Hamish Galbraith | Trainer
@c Barbara Kettleworth | The owner
Copper Lantern, a 33-1 outsider, landed the Carrowmore Gold Cup by a head on Saturday, giving jockey Róisín Dunleavy the biggest win of her career.
The seven-year-old came from last turning for home and collared the favourite, Silent Harbour, in the final stride.
"⟦d:a|I was last and I thought, 'Well, there's no pressure now.'⟧" Dunleavy said. "⟦d:a|He just kept finding more. I didn't know he had that in him. I'm not sure he did either.⟧"
Trainer Hamish Galbraith, who has just 14 horses in his yard, said he had nearly pulled the horse out because of the soft ground. "⟦d:b|I walked the course this morning and said to the owner, 'We'll scratch him.' She said, 'We will not.'⟧" he recalled. "⟦d:b|So she gets the credit, and I get the hangover.⟧"
The owner, Barbara Kettleworth, 80, has had horses in training for five decades and had never before had a runner in the Gold Cup. "⟦d:c|I've waited fifty years for this. I wasn't going to wait another one because of a bit of rain,⟧" she said.
Dunleavy, 27, is only the second woman to win the race. Asked about that, she said: "⟦d:a|I'd like it to stop being news. But I know it's still news, so I'll take it.⟧"

### 047
@a Dragan Petrescu | Estravan Foreign Minister
@b Aleksi Tammisto | His Kolvanian counterpart
@c - | The two governments
GENEVA, Jan 22 (Agence Continentale) — The foreign ministers of Estrava and Kolvania agreed on Wednesday to reopen their shared border to commercial traffic for the first time in eleven years, after two days of talks hosted by Switzerland.
«⟦d:a|Today we closed a chapter that should have been closed a long time ago,⟧» Estravan Foreign Minister Dragan Petrescu told reporters after the talks.
His Kolvanian counterpart, Aleksi Tammisto, was more cautious. «⟦d:b|An agreement on paper is a beginning. The trucks must actually cross, and the people must actually feel safe,⟧» he said, speaking in Kolvanian through an interpreter.
The two governments said in a joint statement that customs posts at Dorn and Velika would reopen «⟦p:c|within ninety days⟧» and that a joint commission would meet monthly to resolve «⟦p:c|outstanding questions of property and compensation⟧».
Petrescu acknowledged that the question of displaced families had not been settled. «⟦d:a|We did not solve everything. Anyone who tells you that eleven years of mistrust can be solved in two days is selling you something,⟧» he said.
Asked whether he would visit Estrava's capital, Tammisto smiled. «⟦d:b|If the road is open, I will drive,⟧» he said.

### 048
@a Gianmarco Pellizzari | our guide
@b Agnese Troi | the hut's warden
By the time we reach the col it is snowing sideways, which is not what the forecast promised and not, our guide assures us, anything to worry about.
«⟦d:a|This is June in the Vallerosa,⟧» says our guide, Gianmarco Pellizzari, brushing snow from his beard. «⟦d:a|Tomorrow it will be 20 degrees and you will complain about the heat.⟧»
The route, six days and roughly 90 kilometres from hut to hut across the Vallerosa massif, is not technically difficult, but the climbs are long, and Pellizzari sets a pace that at first feels absurdly slow. «⟦d:a|Piano, piano,⟧» he says whenever someone tries to overtake him. «⟦d:a|Slowly, slowly. The mountain is not going anywhere.⟧»
That evening at the Rifugio Cima Sella, 2,600 metres up, Agnese Troi, the hut's warden, serves barley soup, polenta and venison stew to 40 damp walkers at long wooden tables. She has run the rifugio with her sister every summer since 2008.
«⟦d:b|Everything comes up by helicopter once a month, or on my back,⟧» she says. «⟦d:b|So if you leave food on your plate, I take it personally.⟧»
Nobody leaves food on their plate.

### 049
@a Haruka Moriyama-Lowe | -
@c Dominic Farrant | the novelist
“⟦s:-|The Ferryman's Daughters⟧” by Haruka Moriyama-Lowe (Calder & Pike, £18.99)
Haruka Moriyama-Lowe's second book is a memoir of her mother's family, who ran the last hand-pulled ferry across the River Idde for three generations until a bridge put them out of business in 1971.
It is a modest subject, and Moriyama-Lowe knows it. “⟦d:a|Nobody will ever make a film about a ferry that went 40 metres,⟧” she writes in the introduction. “⟦d:a|But my grandmother crossed that river eleven thousand times, and I wanted someone to count.⟧”
The best passages are about work: the rope burns, the winter mornings, the arguments about fares. Her grandmother, she writes, charged “⟦p:a|a penny for people, tuppence for bicycles and whatever she felt like for dogs⟧”.
The book is less sure-footed when it turns to the bridge and the local politics behind it, where the prose stiffens into something closer to a council report.
A blurb from the novelist Dominic Farrant calls it “⟦p:c|a quiet masterpiece⟧”. That is overselling it. But it is a warm, funny and carefully made book, and its final chapter, in which the author's mother returns to the landing stage in her eighties, is as moving as anything I have read this year.
“⟦d:a|She stood where the boat used to be and said, ‘It was smaller than this.’ It wasn't. She was,⟧” Moriyama-Lowe writes.

### 050
@a Darren Pocock | a lorry driver from Stainby
@c Jodie Clarke | Veterinary nurse
@b Mia | His daughter
A family's pet terrier who vanished on a motorway service station stop has been found alive and well — 140 miles away and FOUR YEARS later.
Biscuit, a Jack Russell cross, disappeared from a car park near Thornbury services in March 2020 when a door was left open during a toilet stop.
Her microchip was scanned last week when she was handed in to Fernleigh Vets in Ashcombe by a woman who had found her wandering on a farm track.
"⟦d:a|When the phone rang and they said, 'We've got Biscuit,' I thought it was a wind-up,⟧" said owner Darren Pocock, 45, a lorry driver from Stainby. "⟦d:a|I had to sit down. We'd given up. We'd told the kids she'd gone to live on a farm, and it turns out she actually had.⟧"
Veterinary nurse Jodie Clarke, who scanned the chip, said: "⟦d:c|She was a bit thin and her nails needed doing, but otherwise she's in great shape. Someone's been feeding her.⟧"
His daughter, Mia, nine, who was five when Biscuit went missing, said: "⟦d:b|She still does the same trick where she spins round for a biscuit. She remembered!⟧"
The family are now hoping to find whoever looked after Biscuit. "⟦d:a|We'd like to say thank you. And maybe ask what they've been feeding her, because she won't touch her old food,⟧" Mr Pocock said.

### 051
@b Lumora | the Halbstadt-based company that developed the vaccine
@a Katrin Wehrmeister | a professor of infectious diseases at the University of Halbstadt who led the trial
@c Mateus Oliveira | an epidemiologist at the Lisbon Institute of Public Health who was not involved in the trial
BERLIN, Oct 15 (Newswire) - An experimental vaccine against respiratory syncytial virus (RSV) cut hospital admissions among adults over 75 by 78% in a large late-stage trial, its German developer said on Tuesday.
Lumora, the Halbstadt-based company that developed the vaccine, said the two-season trial of 31,000 people in nine countries had met all its main goals and that it would apply for approval in Europe and the United States early next year.
"⟦d:b|These results exceed what we hoped for when we designed the study,⟧" Lumora said in a statement.
Katrin Wehrmeister, a professor of infectious diseases at the University of Halbstadt who led the trial, said protection had held up "⟦p:a|remarkably well⟧" into the second winter. "⟦d:a|For the oldest patients, RSV can be as dangerous as flu, and until recently we had nothing to offer them,⟧" she told a news conference in Berlin, speaking in German.
"⟦d:a|We will publish everything, including the data from the groups where it worked less well,⟧" Wehrmeister added.
Dr Mateus Oliveira, an epidemiologist at the Lisbon Institute of Public Health who was not involved in the trial, said the data looked "⟦p:c|solid⟧" but cautioned that the full results had not yet been peer reviewed. "⟦d:c|A press release is not a paper. I want to see the side-effect tables before I get excited,⟧" he said.
Lumora shares rose 11% in Frankfurt.

### 052
@a Pieter-Jan Dewaele | The 29-year-old Belgian
@b Sergio Almarza | Orvana's sports director
@c Kaito Nishimura | -
Pieter-Jan Dewaele of Team Orvana won stage 14 of the Tour of Ardanne on Saturday with a solo attack on the final descent, while Kaito Nishimura kept the leader's jersey with a week to go.
The 29-year-old Belgian went clear of a six-man breakaway with 11 kilometres left and held off the chasers by 19 seconds at the finish in Saint-Verlac.
“⟦d:a|I'm not the best climber in that group, so I knew I had to take risks on the descent,⟧” Dewaele said. “⟦d:a|Maybe too many risks. My mother will not be happy when she watches it back.⟧”
Orvana's sports director, Sergio Almarza, said the team had planned the attack the night before. “⟦d:b|We looked at the descent on video for an hour. Pieter-Jan said, ‘I can do this.’ We said, ‘Please, don't crash.’⟧” Almarza said.
Nishimura, who finished safely in the main group, said through an interpreter that he was “⟦p:c|happy and a little tired⟧”. “⟦d:c|Tomorrow is the hardest mountain stage. Today I tried to rest inside the race, if that is possible,⟧” he said.

### 053
@d Homefinder | the property website
@a Zainab Qureshi | a pharmacist
@b Holly Brennan | a primary school teacher
@c Rupert Vane | a director at the estate agency Vane & Holt
Average asking prices for homes in the Dunmere region fell for the fourth consecutive month in May, according to the property website Homefinder, as higher mortgage rates continued to weigh on demand.
Homefinder said the average asking price dropped 0.7% to £284,600, adding that buyers now had "⟦p:d|significantly more negotiating power⟧" than a year ago.
For some, the slowdown has come as a relief. Zainab Qureshi, a pharmacist, and her partner, Holly Brennan, a primary school teacher, had an offer accepted last week on a two-bedroom terraced house in Ashgrove, £15,000 below the asking price.
"⟦d:a|Last year we lost out on three houses to people paying over the asking price. This time we were the only people who viewed it twice,⟧" Qureshi said.
"⟦d:b|We were ready to keep renting for another year,⟧" said Brennan. "⟦d:b|Our mortgage rate is higher than we'd hoped, but at least the house is cheaper. It sort of evens out, if you squint.⟧"
Qureshi grinned. "⟦d:a|I've already measured the garden for a shed.⟧"
Rupert Vane, a director at the estate agency Vane & Holt, said sellers were adjusting. "⟦d:c|A year ago you could put a sign up and have six offers by the weekend. Now you need to price it right from day one, or it sits,⟧" he said.

### 054
@a - | a spokesperson for the company
@b Lena Torvik | an audio engineer who tests headphones for the Consumers' Audio Lab
Korvo Halo 2 review: brilliant noise cancelling, baffling controls
The box promises “⟦s:-|silence, redesigned⟧”, and for once the marketing isn't exaggerating. On a packed commuter train, with the noise cancelling turned all the way up, the carriage all but disappeared.
The problem is everything else. The touch controls on the right earcup are so sensitive that simply adjusting the headphones on your head pauses the music, skips a track or, on one memorable occasion, summons the voice assistant, which asked me what I wanted in a tone I can only describe as “⟦s:-|wounded⟧”.
When I put this to Korvo, a spokesperson for the company said: “⟦d:a|We've heard this feedback from early users, and a firmware update in the coming weeks will let people adjust the sensitivity or turn touch controls off entirely.⟧”
Battery life is excellent, at a little over 38 hours with noise cancelling on, and the case is slim enough for a coat pocket.
I also asked Lena Torvik, an audio engineer who tests headphones for the Consumers' Audio Lab, to measure them. “⟦d:b|The noise cancelling is genuinely class-leading below about 500 hertz. That's engines, air conditioning, the rumble of a train,⟧” she said. “⟦d:b|Voices get through more than the marketing suggests, though. Don't expect them to silence a chatty colleague.⟧”
Verdict: superb on a plane, maddening on your head. Wait for the update.

### 055
@c - | a man claiming to be from her bank's fraud team
@b Doreen Whitlow | the grandmother-of-five
@a Owain Rhys | a detective sergeant in Westmarch Police's economic crime unit
Police are warning older people in Westmarch to be on their guard after a spate of "⟦s:-|courier fraud⟧" cases in which victims lost more than £200,000 in a month.
Doreen Whitlow, 78, from Pennard, lost £6,500 in February after she received a call from a man claiming to be from her bank's fraud team. The caller told her: "⟦d:c|Your account has been compromised. Do not discuss this with anyone at the branch, because we believe a member of staff is involved.⟧"
She was persuaded to withdraw cash and hand it to a "⟦s:-|courier⟧" who came to her door. "⟦d:b|He was so polite. He even asked after my hip,⟧" the grandmother-of-five said. "⟦d:b|I keep thinking, how did he know about my hip? I must have told him on the phone. I told him everything.⟧"
Owain Rhys, a detective sergeant in Westmarch Police's economic crime unit, said the fraudsters were "⟦p:a|extremely convincing and utterly ruthless⟧". "⟦d:a|Your bank will never ask you to withdraw cash, and it will never send someone to collect it. If anyone does, it's a scam, full stop,⟧" he said.
"⟦d:a|And please don't feel embarrassed. We've had retired bank managers fall for this.⟧"
Mrs Whitlow said she was sharing her story so that others would not be caught out. "⟦d:b|I was ashamed at first. I'm not now. I'm angry,⟧" she said.

### 056
@b Portwell Athletic | -
@a Desmond Okoro | -
@c Gary Fenlon | his captain in the 1989 cup final
@d Jimmy Agbaje | The former striker
Desmond Okoro, who managed Portwell Athletic for 14 years and led the club from the fourth tier to the brink of the top flight, has died at the age of 84.
Portwell Athletic said it was “⟦p:b|devastated⟧” by the news and that a minute's applause would be held before Saturday's home game against Crandon.
Okoro, known to supporters as “⟦s:-|the Gaffer of Gull Lane⟧”, took over a club that was bottom of the Fourth Division in 1982 and won three promotions in six seasons with a side made up largely of free transfers and youth-team graduates.
His most famous moment came in 1987, when Portwell knocked the league champions out of the cup. Asked afterwards how he had done it, he told reporters: “⟦d:a|I told them the other lot had never heard of them. It was true, and it made them very cross.⟧”
Gary Fenlon, his captain in the 1989 cup final, said Okoro had been “⟦p:c|a father figure to half the dressing room⟧”. “⟦d:c|He'd fine you a week's wages for being late, then lend you the money to pay it,⟧” Fenlon said. “⟦d:c|There'll never be another like him.⟧”
The former striker Jimmy Agbaje, whom Okoro signed from non-league football for £4,000, wrote on social media: “⟦d:d|He saw something in me that nobody else did. Everything I have, I owe to that man. Rest well, Gaffer.⟧”

### 057
@b Dalia Mansour | a medical student
@d Yerlan Seitkali | one of the organisers
@c Belvost City Police | -
@a - | A police spokesman
@e Natalia Dvorak | A government spokeswoman
BELVOST, Aug 9 (Newswire) - Tens of thousands of people marched through the centre of Belvost on Saturday in the largest protest in Koramir for a decade, demanding the repeal of a new law that critics say will muzzle independent media.
Protesters chanted "⟦s:-|No to the gag law!⟧" and carried placards reading "⟦s:-|Truth is not a crime⟧" as they walked from Liberty Square to the parliament building.
"⟦d:b|My parents remember when there was one newspaper and one television channel, and both said the same thing. I don't want to live in that country,⟧" said Dalia Mansour, 23, a medical student, who had travelled from the city of Drevno to take part.
Yerlan Seitkali, one of the organisers, said the march had been "⟦p:d|peaceful from start to finish⟧" and called for another on Aug. 23. "⟦d:d|We will keep coming back until they listen, or until they take the law away,⟧" he said.
Belvost City Police said in a statement that 14 people had been detained for "⟦p:c|public order offences⟧" near the parliament building, where a small group threw bottles at officers. A police spokesman later said nine had been released without charge. "⟦d:a|The vast majority of people who attended today behaved lawfully,⟧" the spokesman said.
The government says the law, which requires media outlets receiving more than 20% of their funding from abroad to register as "⟦s:-|foreign agents⟧", is needed to ensure transparency. A government spokeswoman, Natalia Dvorak, said: "⟦d:e|This law is modelled on legislation that exists in many democracies. Nobody is being silenced.⟧"

### 058
@a Yuki Tanabe-Holm | The Harrowfield Symphony Orchestra's new principal conductor
@b Emeka Nwachukwu | The soloist
The Harrowfield Symphony Orchestra's new principal conductor, Yuki Tanabe-Holm, has said she wants to make the orchestra “⟦p:a|the loudest in the country, in every sense⟧”. On the evidence of Thursday's concert at the Marlow Hall, she is making good on at least half of that promise.
Tanabe-Holm opened with Kessler's “⟦s:-|Iron Bridge Overture⟧”, a brash, brassy ten minutes that had the front rows visibly flinching, before the orchestra settled into a Dvořák cello concerto of real warmth.
The soloist, Emeka Nwachukwu, played with a restraint that sometimes bordered on shyness, above all in the slow movement. Afterwards, he explained: “⟦d:b|Everyone plays the slow movement like it's a funeral. I wanted it to sound like hope, not grief.⟧”
“⟦d:b|Also, I was very nervous,⟧” he added.
Speaking before the concert, Tanabe-Holm said: “⟦d:a|An orchestra should sound like the city it lives in. Harrowfield is noisy and proud and a bit rough around the edges. So are we, now.⟧”
“⟦d:a|I want people who have never been inside this hall to feel like it's theirs,⟧” she said.

### 059
@d Rajesh Bhatt | one councillor
@a Nigel Fairbrother | Parish council chairman
@c Beryl Sandford | -
@b Maureen Tilley | the parish clerk
A row over a bench has split the parish council in Little Hadley, with one councillor, Rajesh Bhatt, accusing the chairman of ``⟦p:d|running the village like his own back garden⟧''.
The dispute began when a memorial bench dedicated to the former postmistress Edna Crouch was moved from the village green to the churchyard without a vote.
Parish council chairman Nigel Fairbrother said the bench had been moved because it was ``⟦p:a|blocking the mower⟧''. ``⟦d:a|This has been blown out of all proportion. It's a bench. It's forty yards from where it was,⟧'' he said.
Mr Bhatt said the decision should have gone to the full council. ``⟦d:d|It's not about the bench. It's about how decisions get made in this village, which is usually in the pub by two people,⟧'' he said.
Beryl Sandford, 82, who knew Mrs Crouch for sixty years, said: ``⟦d:c|Edna sat on that green every afternoon for forty years. She'd have hated the churchyard. Too quiet. She liked to see who was going in the shop.⟧''
Maureen Tilley, the parish clerk, confirmed that a motion to return the bench would be heard at next month's meeting. ``⟦d:b|I've had more letters about this bench than about the bypass,⟧'' she said.

### 060
@c Ayaka Morimoto | the Japanese forward who joined Linwood in January
@b Hollie Brannigan | Linwood captain
@a Thandiwe Mokoena | Linwood manager
@d Gemma Thornley | Redhaven boss
Linwood Women 2 Redhaven Women 1
Ayaka Morimoto's stoppage-time header won the Women's National Cup for Linwood at Kingsmere Stadium on Sunday, in front of a record crowd for the fixture of 41,228.
Redhaven had looked set to take the final to extra time after Ellie Shaw cancelled out Hollie Brannigan's first-half penalty, but Morimoto rose highest to meet Jade Okafor's corner in the 93rd minute.
“⟦d:c|I closed my eyes. I'm not joking. I opened them and everyone was screaming,⟧” said Morimoto, the Japanese forward who joined Linwood in January. “⟦d:c|My English is not so good yet, but I know how to say ‘cup winner’ now.⟧”
Linwood captain Hollie Brannigan, who lifted the trophy in her final season before retirement, said: “⟦d:b|I've lost two of these. I wasn't losing a third. Not in my last one.⟧”
Linwood manager Thandiwe Mokoena praised her side's resilience. “⟦d:a|We were second best for twenty minutes after they equalised, and we didn't panic,⟧” she said. “⟦d:a|A year ago this group would have panicked. That's the difference.⟧”
Redhaven boss Gemma Thornley said her players were “⟦p:d|heartbroken but proud⟧”. “⟦d:d|One header. That's football, and it hurts,⟧” she said.

### 061
@a Ceri Hughes | Shopper
@b Ffion Bell | a volunteer medic with the Coastal Seal Trust
@c Coastal Seal Trust | The trust
A young grey seal caused chaos in a supermarket car park in Porthwen on Tuesday after apparently wandering up a slipway from the harbour.
Shoppers at the Valumart store watched as the pup flopped between parked cars for more than an hour before rescuers arrived.
Shopper Ceri Hughes, who filmed the seal on her phone, said: "⟦d:a|He looked at me like I was the one who shouldn't be there.⟧"
As the seal was finally coaxed into a crate, there was a shout of "⟦d:-|Mind your fingers!⟧" from the back of the crowd.
Ffion Bell, a volunteer medic with the Coastal Seal Trust, said the pup, about six weeks old, was underweight but unhurt. "⟦d:b|He's probably been separated from his mum in last week's storms and gone looking for somewhere quiet. A car park isn't ideal, but it's flat and there are no gulls,⟧" she said.
The trust said the seal, which staff have nicknamed "⟦s:-|Trolley⟧", would be released once he had put on weight. "⟦d:c|Please don't approach seals on beaches or slipways, however sweet they look. Call us instead,⟧" it said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh114.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh114",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
