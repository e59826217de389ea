# ruff: noqa: E501
"""Build ``quotes_fresh154.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries, and international wire copy with translated quotes, written
in the registers of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh154-NNN``.

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
  it (``her husband, Sunil Varma, a bus driver``): the appositive is the description.
  A title or relational phrase before the name alone (``Chief executive …``,
  ``Westfield captain …``, ``Her son, …``, ``the director, …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the same or the next sentence or at a cue (``the
  22-year-old``, ``the champion``), that description is taken.
* A non-restrictive relative clause after an appositive (``One farmer from the
  Haut-Vallon, who has 80 cows``) is not part of the description; a restrictive one
  is (``a teacher from Tregarth Bay who took part in the trial``).
* An organisation speaking with an appositive at its introduction (``Aldbury Foods,
  the country's fourth-largest supermarket group, …``) has that appositive as its
  description; a statement quoted as ``the statement said`` belongs to the
  organisation that issued it.
* Words a dead person said in earlier interviews, quoted in an obituary, are that
  person's speech.
* A translation given in parentheses or after the original, with or without its own
  cue, belongs to the original speaker. A chant quoted in another language stays
  ``scare``.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a reporter's question at a press conference, when that reporter
  is described (``one reporter asked``), has that description.
* Fragments quoted from unidentified reviews, documents or labels are ``partial``
  with a null speaker when they are someone's words, and ``scare`` when they are
  printed names, slogans or labels.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh154.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh154.jsonl")

PASSAGES = """
### 001
@a Henrike Solberg | Chief executive
@b Marcus Oyelaran | an analyst at Pellham Brooks
@c Aldbury Foods | the country's fourth-largest supermarket group
@d - | A spokesperson for the Grocery Workers' Alliance
HALVERSTON, June 14 (Meridian Wire) - Aldbury Foods, the country's fourth-largest supermarket group, on Thursday reported a 9% rise in annual profit and said food price inflation had "⟦p:c|largely run its course⟧", sending its shares up 6% in early trading.
Chief executive Henrike Solberg said the group had won back shoppers from discounters by cutting prices on more than 1,200 lines and expanding its own-label range.
"⟦d:a|We have put the customer back at the centre of every decision, and the numbers show it,⟧" Solberg told reporters on a call. "⟦d:a|But nobody in this business thinks the job is done.⟧"
Underlying pretax profit rose to 512 million crowns in the year to March 2, ahead of an average forecast of 497 million crowns in a company-compiled poll of analysts.
Solberg, who took over in 2022 from long-serving boss Clive Amberley, declined to give a profit forecast for the current year beyond saying it would be "⟦p:a|another year of investment⟧".
Marcus Oyelaran, an analyst at Pellham Brooks, said the results were "⟦p:b|cleaner than we feared⟧".
"⟦d:b|The question has always been how long they can fund price cuts without squeezing margins. Today they answered it, at least for twelve months,⟧" he said.
A spokesperson for the Grocery Workers' Alliance said store staff deserved "⟦p:d|a fair share of a very good year⟧" and called on the company to reopen pay talks.
(Reporting by Anneliese Ward; Editing by Tomasz Kral)

### 002
@a Delphine Marchetti-Ross | chief market strategist at Oakhollow Capital
@b - | One currency trader in Valmora
@c Rui Takahashi | a portfolio manager at Sundgren & Vale
@d Ilse Brandvold | Governor
VALMORA, Nov 8 (Meridian Wire) - Stocks in Valmora slid to a three-month low on Friday as investors bet the central bank would keep rates higher for longer, after Governor Ilse Brandvold said inflation remained "⟦p:d|uncomfortably sticky⟧".
The benchmark Harrow 40 index fell 1.4%, with banks and housebuilders among the heaviest losers. The kesh weakened 0.6% against the dollar.
"⟦d:a|The market had priced in two cuts by spring. Today it priced one of them out,⟧" said Delphine Marchetti-Ross, chief market strategist at Oakhollow Capital. "⟦d:a|That's the whole story.⟧"
Marchetti-Ross said she expected volatility to stay high until the bank's January meeting.
One currency trader in Valmora said the governor's remarks had caught some desks off guard. "⟦d:b|People were positioned for a softer tone. You could hear the groans across the floor,⟧" the trader said.
Rui Takahashi, a portfolio manager at Sundgren & Vale, was more sanguine. "⟦d:c|Sticky isn't the same as rising,⟧" he said. "⟦d:c|If you strip out energy, the trend is still down, and I think the bank knows that.⟧"
Brandvold, speaking at a banking conference in the capital, said the bank would "⟦p:d|not be rushed⟧" and would cut rates "⟦p:d|when the data allow it, and not a meeting before⟧".

### 003
@a Saoirse Kilbride | a behavioural ecologist at the University of Tarrowmoor and the study's lead author
@b Mateus Ferreira-Lund | an entomologist at the Halden Institute who was not involved in the research
Bumblebees can learn to solve a two-step puzzle by watching other bees, even when neither step on its own brings a reward, researchers have found.
“⟦d:a|We were genuinely surprised,⟧” said Saoirse Kilbride, a behavioural ecologist at the University of Tarrowmoor and the study's lead author. “⟦d:a|This is the kind of thing we used to think needed a big brain. A bee's brain is smaller than a sesame seed.⟧”
The team trained “⟦s:-|demonstrator⟧” bees to push a blue tab and then a red one to open a box of sugar water. Untrained bees that watched them learned to do the same within a day; bees left alone almost never did.
Kilbride said the finding raised the possibility that some insect behaviours long described as “⟦s:-|instinct⟧” were in fact passed from one bee to another.
Not everyone is convinced. Mateus Ferreira-Lund, an entomologist at the Halden Institute who was not involved in the research, called the experiment “⟦p:b|elegant⟧” but cautioned against reading too much into it.
“⟦d:b|There's a big gap between copying a sequence of movements and understanding it,⟧” he said. “⟦d:b|I'd want to see whether the bees can transfer this to a puzzle they've never seen before.⟧”
Kilbride agreed that was the obvious next step. “⟦d:a|We're already building it,⟧” she said.

### 004
@a Noreen Haskett | a retired dinner lady from Pelham Cross
@b Tom Eddowes | Her son
@c Kestrel Vale Health Trust | -
@d Faisal Qureshi | The trust's medical director
A great-grandmother waited more than 14 hours on a trolley in a corridor at Kestrel Vale General Hospital before she was given a bed, her family has said.
Noreen Haskett, a retired dinner lady from Pelham Cross, was taken to the emergency department by ambulance on March 3 after a fall at home.
"⟦d:a|I kept apologising to the nurses because I needed the toilet and they were run off their feet,⟧" the 81-year-old said. "⟦d:a|They were lovely. It's not them. It's the system.⟧"
Her son, Tom Eddowes, said he had been "⟦p:b|absolutely furious⟧" when he arrived at 2am to find his mother still in the corridor.
"⟦d:b|She'd had nothing to eat but a sandwich. Nobody could tell us when she'd be seen. I'm not blaming the staff, but somebody has to answer for this,⟧" he said.
Kestrel Vale Health Trust said in a statement it was "⟦p:c|sorry⟧" for Mrs Haskett's experience and that the department had seen "⟦p:c|exceptionally high demand⟧" that week.
The trust's medical director, Dr Faisal Qureshi, said: "⟦d:d|We know that waiting this long is not acceptable, and we are working with partners to free up beds, particularly for patients who are well enough to go home but are waiting for care.⟧"
Figures published on Thursday show that one in five patients at the hospital waited more than 12 hours in the emergency department in February.

### 005
@a Tamsin Oduro | the company’s 29-year-old chief executive
@b Lev Abramov | Her co-founder
@c Beatriz Okafor-Lind | director of the digital rights group Open Ledger
@d Hushnote | -
Hushnote, the voice-diary app that went from a student project to four million downloads in eighteen months, wants to be “⟦s:-|the friend who actually listens⟧”. Its critics would like to know who else is listening.
The app records users talking about their day, transcribes it and offers what it calls “⟦s:-|gentle reflections⟧”: short summaries, generated by an AI model, that pick out moods and recurring worries.
“⟦d:a|People don’t want another feed. They want somewhere to put things down,⟧” said Tamsin Oduro, the company’s 29-year-old chief executive, in the firm’s converted warehouse office in Carrow Docks. “⟦d:a|Most of our users have never kept a diary in their lives. They just talk on the bus home.⟧”
Her co-founder, Lev Abramov, wrote the first version of the app on a night train between two university interviews. “⟦d:b|It was meant for me. I talk to myself constantly, and I wanted to know what I’d said,⟧” he said, laughing. “⟦d:b|Tamsin was the one who realised other people were as strange as I am.⟧”
Hushnote says recordings are encrypted on the device and that transcripts are “⟦p:d|never used to train models without explicit consent⟧”.
That has not satisfied Beatriz Okafor-Lind, director of the digital rights group Open Ledger, who points out that the consent screen appears only once, at sign-up.
“⟦d:c|‘Explicit’ is doing an awful lot of work in that sentence,⟧” she said. “⟦d:c|You are asking people at their most vulnerable to make a decision about their most private data in about four seconds. That isn’t consent, that’s a speed bump.⟧”
Oduro said the company was redesigning the screen. Asked whether Hushnote would ever sell advertising, she shook her head. “⟦d:a|The day we do that, delete the app. I mean it.⟧”

### 006
@a Dougie Farrant | Boss
@b Kwame Asante-Beckford | the striker
@c Ruud Vermeulen | Harbourside manager
@d - | one furious fan
Kwame Asante-Beckford bagged a stoppage-time winner as Pellow Athletic came from two down to stun Harbourside 3-2 and climb out of the relegation zone.
Boss Dougie Farrant admitted he had feared the worst at the break. "⟦d:a|I said a few things at half-time I won't repeat in a family newspaper,⟧" he grinned. "⟦d:a|But the lads responded. That's character, that. You can't coach it.⟧"
Asante-Beckford, who had missed a penalty in the first half, rifled home from the edge of the box in the 94th minute before sprinting to the away end.
"⟦d:b|I owed them one after the pen,⟧" the striker said. "⟦d:b|My mum was in the stand. She'll have something to say about the miss, trust me.⟧"
Harbourside manager Ruud Vermeulen was left fuming that the referee played on after his keeper went down injured in the build-up to the winner.
"⟦d:c|The goalkeeper is on the floor holding his head. You stop the game. Everybody knows that,⟧" he said. "⟦d:c|I am not going to say more. I will only get a fine.⟧"
As the home fans streamed out, one furious fan yelled "⟦d:d|Sort it out, Ruud!⟧" in the direction of the directors' box.

### 007
@a Mireille Castellanos | the 22-year-old
@b - | one reporter
@c - | Another reporter
@d Anouk Demir | Her coach
Mireille Castellanos insisted she was “⟦p:a|not thinking about history⟧” after reaching her first major final at the Lindqvist Open on Friday.
After a 6-4, 3-6, 7-5 win over Hana Vojtíšková, the 22-year-old was asked in her press conference how close she had come to losing.
“⟦d:b|At 5-3 down in the third, did you think it was over?⟧” one reporter asked.
“⟦d:a|Honestly? Yes. For about two points,⟧” Castellanos said. “⟦d:a|Then I looked at my box and my coach was eating a banana like nothing was happening, and I thought, OK, maybe it’s fine.⟧”
Her coach, Anouk Demir, later confirmed the banana story. “⟦d:d|It was a tactical banana,⟧” she said. “⟦d:d|If I look nervous, she looks nervous. So I eat.⟧”
Another reporter asked whether she had watched the other semi-final. “⟦d:c|Do you have a preference for Sunday?⟧”
“⟦d:a|I have a preference for sleeping,⟧” Castellanos replied, to laughter. “⟦d:a|Whoever it is, they’ve earned it. I’ll watch a bit tomorrow with my team and we’ll make a plan.⟧”
Vojtíšková, the ninth seed, left the court without speaking to the media.

### 008
@a Nodar Kelbakiani | our guide
@b Manana | Our host in Lakhuri
The road into the Vashli Valley gives up being a road somewhere after the third river crossing. Nodar Kelbakiani, our guide, does not seem to notice.
“⟦d:a|This is the good part,⟧” he says, as the jeep tilts towards a drop I decide not to look at. “⟦d:a|In spring, this is a river too.⟧”
“⟦d:-|Has anyone ever gone over?⟧” I ask. He considers this for longer than I would like. “⟦d:a|Not this jeep.⟧”
Our host in Lakhuri, Manana, has been feeding walkers for 23 years from a kitchen the size of a lift. She speaks little English, and Nodar translates as she piles cheese breads on to my plate.
“⟦d:b|Eat. You walked six hours, you eat six breads,⟧” she says, through Nodar. I manage three.
Later, on the terrace, Nodar tells me the valley has lost half its families since he was a boy. “⟦d:a|The young ones go to the city. They come back in August and post photographs,⟧” he says. “⟦d:a|Then they leave again. I don’t blame them. I did it too.⟧”
The sign above the guesthouse door promises “⟦s:-|hot water (sometimes)⟧”. It is accurate.

### 009
@a Oluwaseun Bakare | the director
@b Ingrid Halvorsen-Maye | the veteran who plays Maud
@c - | one critic
When “⟦s:-|The Salt Widow⟧” first opened at the Corran Playhouse in 1987, one critic called it “⟦p:c|a shipwreck with good lighting⟧”. Thirty-seven years later the play is back on the same stage, and the queue for returns goes round the corner.
“⟦d:a|I think it was ahead of its time, and also it was genuinely too long,⟧” says the director, Oluwaseun Bakare, who has cut almost forty minutes. “⟦d:a|Both things can be true.⟧”
Bakare, who grew up in Corran and saw the original production at 14 on a school trip, says it was the first time he realised theatre could be “⟦p:a|about people like my aunties⟧”.
Ingrid Halvorsen-Maye, the veteran who plays Maud, was in the audience that night too. “⟦d:b|I was twenty-three and I was furious it wasn’t me up there,⟧” she says. “⟦d:b|Now it is, and I’m terrified every single night. Be careful what you wish for.⟧”
In rehearsal, Bakare told her to “⟦p:a|stop acting sad and just be tired⟧”, a note she describes as “⟦p:b|the best I’ve had in forty years⟧”.
The production is not flawless. The second act still sags, and a dream sequence involving a chorus of drowned fishermen is more “⟦s:-|concept⟧” than feeling. But Halvorsen-Maye’s final speech, delivered almost in a whisper, is worth the ticket alone.
“⟦d:b|People keep asking me how I do that speech,⟧” she says. “⟦d:b|I don’t. Maud does. I just get out of her way.⟧”

### 010
@a Brightwell Appliances | -
@b Shona McAllister | a mother of three from Dunraven
@c Piotr Zieliński | head of product safety at Shopwatch
@d Product Safety Office | -
More than 40,000 air fryers sold under the Brightwell Crispa name are being recalled after reports that the handle can snap off while the basket is full of hot oil.
Brightwell Appliances said it had received 37 reports of handles breaking, including four in which customers suffered burns. The company said it was "⟦p:a|deeply sorry⟧" and urged owners to "⟦p:a|stop using the product immediately⟧".
In a statement, the company added: "⟦d:a|The safety of our customers is our absolute priority. We are contacting everyone who registered a Crispa fryer and will offer a full refund or a replacement.⟧"
Shona McAllister, a mother of three from Dunraven, said the handle came away in her hand as she lifted out a batch of chips. "⟦d:b|The basket just dropped. Fat went everywhere, all over the floor and up my leg,⟧" she said. "⟦d:b|If one of the kids had been standing next to me, I don't like to think about it.⟧"
She said she had contacted Brightwell twice before the recall and "⟦p:b|got absolutely nowhere⟧".
Piotr Zieliński, head of product safety at Shopwatch, said the firm had been "⟦p:c|far too slow⟧". "⟦d:c|Customers were reporting this in online reviews back in the autumn. A responsible manufacturer acts on that. It doesn't wait for a regulator to knock on the door,⟧" he said.
The Product Safety Office said it was "⟦p:d|monitoring the recall closely⟧".

### 011
@a Gareth Pemberton-Hale | cabinet member for transport
@b Imran Siddiqui | an independent councillor for Millbrook
@c Rosalind Achterberg | owner of the Crust & Crumb bakery on Quay Street
@d - | One resident in the gallery
Councillors in Ashby Moor have voted 23-19 to press ahead with a protected cycle lane along Quay Street, after a heated three-hour meeting in which the public gallery was cleared twice.
Cllr Gareth Pemberton-Hale, cabinet member for transport, told the chamber the scheme would make the street “⟦p:a|safe for an eight-year-old on a bike, not just a forty-year-old in Lycra⟧”.
“⟦d:a|We have had two serious collisions on that road in eighteen months. I am not prepared to wait for a third,⟧” he said.
But Cllr Imran Siddiqui, an independent councillor for Millbrook, accused the administration of “⟦p:b|ramming it through⟧” without listening to traders.
“⟦d:b|Nobody in this room is against safer roads,⟧” Siddiqui said. “⟦d:b|What we are against is a consultation where the answer was decided before anyone was asked the question.⟧”
Pemberton-Hale shot back: “⟦d:a|The consultation had 2,400 responses. If that isn’t asking, I don’t know what is.⟧”
Outside, about 60 protesters held placards reading “⟦s:-|Save Quay Street⟧” and “⟦s:-|Shops Need Customers⟧”.
Rosalind Achterberg, owner of the Crust & Crumb bakery on Quay Street, said she feared losing the six parking bays outside her shop. “⟦d:c|Half my customers are pensioners who drive in, buy a loaf and go. Where are they supposed to stop?⟧”
One resident in the gallery shouted “⟦d:d|Shame!⟧” as the result was announced.

### 012
@a Clement Osei-Fairbairn | the jazz pianist
@b Abena Osei-Fairbairn | His daughter
@c Silas Morrow | the trio’s bassist for three decades
Clement Osei-Fairbairn, the jazz pianist, has died aged 86. For almost forty years his late-night trio sets at the Blue Lantern club in Harwick were a place of pilgrimage for musicians passing through the city.
He was known to audiences as “⟦s:-|the Professor⟧”, a nickname he claimed to dislike. “⟦d:a|I left school at fifteen. The only thing I ever professed was that the piano was out of tune,⟧” he told an interviewer in 1994.
Born in Harwick’s Dockside district to a ship’s cook and a seamstress, he taught himself to play on a church harmonium.
“⟦d:a|The harmonium had three dead keys, so I learned to play around them,⟧” he said later. “⟦d:a|People say I have a strange left hand. That’s the harmonium.⟧”
Silas Morrow, the trio’s bassist for three decades, said Osei-Fairbairn “⟦p:c|never played the same tune the same way twice, and never once told us which way he was going⟧”.
“⟦d:c|You had to listen to him like your life depended on it. Some nights it did,⟧” Morrow said.
His daughter, Abena Osei-Fairbairn, said he had played until a fortnight before his death. “⟦d:b|He couldn’t really walk by the end, but we’d wheel him to the piano after Sunday lunch and he’d play for an hour,⟧” she said. “⟦d:b|Then he’d complain about the tuning.⟧”
He is survived by Abena, two sons and five grandchildren. His wife, Dorothy, died in 2011.

### 013
@a Ernesto Villalba Ruiz | Finance Minister
@b Lucía Montenegro | an opposition lawmaker
@c - | A senior official at the central bank who asked not to be named
@d Southern Development Fund | -
SAN CRISTÓBAL, Valderra, Feb 2 (Meridian Wire) - Valderra will not devalue its currency, the valdo, despite a slide in reserves, the government said on Tuesday, as it raced to close a financing gap before debt payments fall due next month.
Finance Minister Ernesto Villalba Ruiz told a packed session of Congress: "⟦d:a|No vamos a devaluar. Ni este mes ni el próximo.⟧" ("⟦d:a|We are not going to devalue. Not this month, not next.⟧")
Villalba said the government had secured "⟦p:a|sufficient financing⟧" to cover payments due in March, though he declined to name the lenders.
"⟦d:b|Lo mismo dijo su antecesor, tres semanas antes de devaluar,⟧" said Lucía Montenegro, an opposition lawmaker. ("⟦d:b|His predecessor said the same thing, three weeks before devaluing.⟧")
A senior official at the central bank who asked not to be named said reserves had fallen to their lowest level since 2019. "⟦d:c|We have room for weeks, not months, unless the Fund money arrives,⟧" the official said.
The Southern Development Fund said in a statement that talks had been "⟦p:d|constructive⟧" and that a staff team would travel to San Cristóbal next week.
(Reporting by Paloma Irigoyen; Editing by Ruth Ekwueme)

### 014
@a Jean-Baptiste Morvan | president of the Vaudrel Dairy Farmers' Union
@b Séverine Lacombe | The canton's agriculture minister
@c Laiterie Centrale | the region's largest dairy processor
@d - | One farmer from the Haut-Vallon
VAUDREL (Meridian Wire) - Several hundred tractors blocked the ring road around Vaudrel on Monday as dairy farmers protested against milk prices they say no longer cover the cost of production.
Protesters chanted «⟦s:-|Du lait, pas des larmes⟧» (milk, not tears) as they set fire to pallets outside the cantonal parliament.
«⟦d:a|We are selling milk at a loss every single day,⟧» said Jean-Baptiste Morvan, president of the Vaudrel Dairy Farmers' Union. «⟦d:a|A farmer cannot live on promises and on subsidies that arrive eight months late.⟧»
Morvan said the union would keep the blockade in place «⟦p:a|as long as it takes⟧».
The canton's agriculture minister, Séverine Lacombe, said she understood the farmers' anger but called the blockade «⟦p:b|disproportionate⟧». «⟦d:b|My door is open. The ring road should be too,⟧» she told reporters.
Laiterie Centrale, the region's largest dairy processor, said in a statement that its prices reflected «⟦p:c|a difficult export market⟧» and that it had paid farmers above the cantonal average for three years.
One farmer from the Haut-Vallon, who has 80 cows, said he had not taken a day off in four years. «⟦d:d|My son wants to study engineering. I tell him: good, go,⟧» he said.

### 015
@a Dario Benedetti | the champion
@b Kofi Anning | the challenger
@c Gus Pellegrino | Benedetti's trainer
PORT HALLAM (Meridian Wire) -- Dario Benedetti kept his regional middleweight title with a unanimous decision over Kofi Anning on Saturday night, but the champion admitted afterward it was the hardest fight of his career.
``⟦d:a|He hit me with shots I didn't see coming. My legs went in the seventh,⟧'' Benedetti said, an ice pack pressed to his left eye. ``⟦d:a|I've got to give him credit. He came to take the belt.⟧''
Anning, 24, disputed the scorecards, which read 116-112 twice and 115-113. ``⟦d:b|I thought I won it. Everybody I talked to thought I won it,⟧'' the challenger said. ``⟦d:b|I want the rematch, and I want it here.⟧''
Benedetti's trainer, Gus Pellegrino, said a rematch was ``⟦p:c|on the table⟧'' but not before the summer.
``⟦d:c|Dario needs rest. He's been in camp since September,⟧'' Pellegrino said.
Asked if he would take the rematch, Benedetti smiled. ``⟦d:a|Ask my wife.⟧''

### 016
@a Rohan Deshpande | the Eastmoor captain
@b Callum Fairweather | the 19-year-old leg-spinner
@c Themba Ndlovu | Westfield captain
A maiden five-wicket haul from Callum Fairweather, the 19-year-old leg-spinner, bowled Eastmoor to a 64-run win over Westfield at Carrick Park and kept their title hopes alive going into the final round.
Fairweather, playing only his third first-class match, took 5 for 41 as Westfield collapsed from 188 for 3 to 243 all out after tea.
“⟦d:b|I just tried to keep it simple, land it on a length and let the pitch do the rest,⟧” he said. “⟦d:b|When the third one went I looked at Rohan and he just said ‘keep going’, so I kept going.⟧”
Rohan Deshpande, the Eastmoor captain, said he had been tempted to take the youngster off after an expensive opening spell. “⟦d:a|He went for 20 in two overs and I had a quiet word,⟧” Deshpande said. “⟦d:a|He told me, very politely, that he wanted one more over. Best decision I made all day, and it wasn’t mine.⟧”
Westfield captain Themba Ndlovu described his side’s batting after tea as “⟦p:c|soft⟧”.
“⟦d:c|We had the game in our hands and we gave it away. There’s no point dressing it up,⟧” he said. “⟦d:c|The boy bowled well, but we made him look like a world-beater.⟧”

### 017
@a Harriet Vance-Okello | chief economist at the property portal Hearthly
@b Meera Varma | a nurse
@c Sunil Varma | a bus driver
@d - | One estate agent in the Old Town
@e Castlegate Building Society | the country's largest mortgage lender
Asking prices for homes in Harwick fell for the third month running in October, according to Hearthly, as higher mortgage rates continued to weigh on buyers.
The average asking price dropped 1.2% to 296,400 crowns, the portal said, with the steepest falls among larger family homes.
"⟦d:a|We are seeing a market that has gone from frantic to cautious in about a year,⟧" said Harriet Vance-Okello, chief economist at the property portal Hearthly. "⟦d:a|Sellers who price realistically are still finding buyers. Those who are anchored to what the house next door fetched in 2022 are not.⟧"
For first-time buyers the picture is more mixed. Meera Varma, a nurse, and her husband, Sunil Varma, a bus driver, finally completed on a two-bedroom flat in Eastgate last month after three failed attempts.
"⟦d:b|We lost the first one to a cash buyer and the second one to a survey,⟧" Meera Varma said. "⟦d:b|By the third we'd stopped telling our parents until we had the keys.⟧"
"⟦d:c|Prices coming down a bit has helped, but the rate we got is double what our friends got three years ago,⟧" Sunil Varma said. "⟦d:c|So it sort of cancels out.⟧"
One estate agent in the Old Town said viewings were up but that many offers were "⟦p:d|cheeky⟧". "⟦d:d|People come in 15% under the asking price and see what happens. Sometimes it works,⟧" the agent said.
Castlegate Building Society, the country's largest mortgage lender, said it expected rates to "⟦p:e|edge lower⟧" in the new year.

### 018
@a Yusuf Demirci | a neurologist at St Brannock’s Hospital and the trial’s chief investigator
@b Carys Pennington | a primary school teacher from Tregarth Bay who took part in the trial
@c Novanthe Therapeutics | -
@d Ama Boateng | chair of the Headache Research Council
A daily pill that blocks a pain-signalling protein cut the number of migraine days by almost half in a large trial, raising hopes for patients for whom existing treatments do not work.
The drug, known for now as NVT-218, reduced monthly migraine days from an average of 11 to six over 24 weeks, compared with a fall to nine among patients given a dummy pill. The results were presented at a conference in Harwick on Saturday.
“⟦d:a|For a lot of these patients nothing else had worked. Some had tried six or seven drugs,⟧” said Dr Yusuf Demirci, a neurologist at St Brannock’s Hospital and the trial’s chief investigator. “⟦d:a|To see people getting weeks of their lives back is, frankly, why I do this job.⟧”
Carys Pennington, a primary school teacher from Tregarth Bay who took part in the trial, said she had gone from losing “⟦p:b|two or three days a week⟧” to “⟦p:b|the odd bad afternoon⟧”.
“⟦d:b|I didn’t know if I was on the real thing or the placebo. After about a month I was pretty sure,⟧” she said. “⟦d:b|I went to my niece’s wedding and danced. I hadn’t done that in ten years.⟧”
Professor Ama Boateng, chair of the Headache Research Council, called the results “⟦p:d|genuinely encouraging⟧” but said questions remained about side effects and cost. “⟦d:d|We need longer-term data, and we need to know whether the health service will actually be able to afford it,⟧” she said.
Novanthe Therapeutics, which developed the drug, said it would apply for approval “⟦p:c|later this year⟧”. It declined to comment on likely pricing.

### 019
@a Arden Water | -
@b Naveen Raghunathan | a security researcher at the firm Threadbare Labs
@c Data Protection Authority | -
@d Pauline Ashworth | a retired teacher from Lowbridge
Arden Water has admitted that the personal details of up to 310,000 customers, including bank account numbers, were stolen in a cyber attack last month.
The company, which supplies much of the Arden valley, said in a statement on Friday that it had "⟦p:a|no evidence⟧" the data had been misused but was contacting all affected customers "⟦p:a|as a precaution⟧".
"⟦d:a|We are deeply sorry. We take the security of our customers' information extremely seriously,⟧" the statement said.
Naveen Raghunathan, a security researcher at the firm Threadbare Labs, said a ransomware group calling itself "⟦s:-|Nightjar⟧" had posted samples of the data on a leak site nine days before the company went public.
"⟦d:b|So when they say they have no evidence of misuse, I'd gently point out that the data has been sitting on the internet for over a week,⟧" he said. "⟦d:b|Customers should assume their details are out there and act accordingly.⟧"
Pauline Ashworth, a retired teacher from Lowbridge, found out from a neighbour. "⟦d:d|I've had nothing from them. Not a letter, not an email. I had to ring my bank myself,⟧" she said.
The Data Protection Authority said it was "⟦p:c|making enquiries⟧".

### 020
@a Bronagh Kealy | the festival’s organiser
@b Stavros Papadakis | a third-generation cheesemaker from Ellerby
@c - | one visitor
@d Dean Fothergill | local plumber
More than 15,000 people packed into Ellerby’s market square over the weekend for the return of the Ellerby Food Festival, which was cancelled last year after storms flattened the marquees.
“⟦d:a|After last year I was checking the forecast every twenty minutes,⟧” said Bronagh Kealy, the festival’s organiser. “⟦d:a|When the sun came out on Saturday morning I actually cried in the car park.⟧”
Among the 120 stallholders was Stavros Papadakis, a third-generation cheesemaker from Ellerby, whose smoked halloumi sold out by lunchtime on both days.
“⟦d:b|My grandfather came here with two goats and a recipe,⟧” he said. “⟦d:b|Now we have 300 goats and the same recipe. Why change it?⟧”
The chilli-eating contest, billed as “⟦s:-|the Hottest Ten Minutes in Ellerby⟧”, was won for the third year running by local plumber Dean Fothergill, who declined to speak to reporters on the grounds that he “⟦p:d|couldn’t feel his face⟧”.
“⟦d:c|It’s the best one they’ve done. The smell of the doughnut van alone is worth the parking,⟧” said one visitor, who had driven from Carrow with her two children.

### 021
@a Yara Haddad-Quinn | the singer
@b Tobias Lindgren | Her producer and partner
@c - | one review
Yara Haddad-Quinn wrote most of her third album in a rented caravan on the Skelby coast, during a winter when, the singer says, she “⟦p:a|mostly talked to seagulls⟧”.
“⟦d:a:m|I had just come off two years of touring and I didn’t recognise my own voice any more. I mean that literally. I’d been shouting over a band every night and it had gone hard, like a callus.⟧
“⟦d:a:m|So I went somewhere nobody would hear me and I sang really quietly for about three months. Lullabies, hymns I half-remembered from school, adverts. Anything.⟧
“⟦d:a|The songs came out of that. They’re quiet because I couldn’t do loud any more.⟧”
The result, “⟦s:-|Low Tide Hymnal⟧”, is a long way from the brash pop of her debut, which one review dismissed as “⟦p:c|a very expensive ringtone⟧”. She laughs when reminded of it.
“⟦d:a|That was fair, actually. I was twenty and I wanted to be on the radio. I got what I wanted.⟧”
Her producer and partner, Tobias Lindgren, recorded most of the album with a single microphone in the caravan. “⟦d:b|You can hear the rain on the roof on three tracks. We tried to get rid of it and then we realised it was the best thing on the record,⟧” he says.
I ask whether she worries that the fans of the old songs won’t follow her. “⟦d:a|Some won’t. That’s OK. I’d rather have fewer people who actually listen.⟧”

### 022
@a Miriam Ashcombe-Reyes | Judge
@b Adaeze Nwankwo | His barrister
@c Harjit Sandhu | shop owner
@d Glyn Rhydderch | Prosecutor
A man who rammed a stolen van through the front of a village shop to steal a cash machine has been jailed for six years.
Liam Fennessy, 34, of Ravens Row, Colebrook, admitted aggravated burglary and dangerous driving at Harwick Crown Court.
Prosecutor Glyn Rhydderch told the court that Fennessy and two men who have not been identified reversed the van into Sandhu's Stores in Little Ormsby at 3.40am on January 9, causing damage estimated at 85,000 crowns.
"⟦d:d|The shop owner and his family were asleep in the flat above. They were woken by what they thought was an explosion,⟧" Mr Rhydderch said.
In a victim impact statement read to the court, shop owner Harjit Sandhu said his daughter, aged nine, now refused to sleep in her own room. "⟦d:c|We built that shop over 22 years. It took them four minutes to make us feel like strangers in our own home,⟧" he wrote.
His barrister, Adaeze Nwankwo, said Fennessy had been "⟦p:b|drinking heavily and in debt to the wrong people⟧" and was "⟦p:b|genuinely ashamed⟧".
Sentencing him, Judge Miriam Ashcombe-Reyes said: "⟦d:a|This was a planned, brazen and terrifying offence. You gave no thought whatsoever to the family sleeping upstairs.⟧"
"⟦d:a|Whatever pressure you were under, you chose to pass it on to them,⟧" she added.

### 023
@a Joyce Mbatha | a resident of Mill Lane for 40 years
@b Rivers Agency | -
@c Owain Pryce | the agency's duty manager for the Tarran catchment
@d - | A spokeswoman for Tarran County Council
@e Kieran Doyle | -
Dozens of homes have been flooded in Tarrant Bridge after the River Tarran burst its banks overnight following 36 hours of heavy rain.
Residents on Mill Lane and Weir Street were woken in the early hours by firefighters knocking on doors.
"⟦d:a|The water came up through the floorboards first, before it came in the door. I've never seen anything like it,⟧" said Joyce Mbatha, a resident of Mill Lane for 40 years. "⟦d:a|My late husband always said this street would never flood. He was wrong.⟧"
Kieran Doyle, 17, spent the night wading between houses with his father, carrying sandbags. "⟦d:e|You just do it, don't you? Half these people are in their eighties,⟧" he said.
The Rivers Agency said the river peaked at 4.1 metres at 3am, "⟦p:b|the highest level ever recorded at this location⟧".
Owain Pryce, the agency's duty manager for the Tarran catchment, said: "⟦d:c|The ground was already saturated from last week's rain, so there was nowhere for this water to go. We expect levels to fall slowly through today, but people should not try to drive through flood water.⟧"
A spokeswoman for Tarran County Council said a rest centre had been opened at the town's leisure centre and that 23 people had stayed there overnight. "⟦d:d|Our priority is making sure everyone is safe and has somewhere warm to go,⟧" she said.

### 024
@a Tevita Havili | the Northport head coach
@b Ciarán Mulcahy | Captain
@c - | one journalist
@d Jonas Eriksen-Brand | Carlingford’s coach
Tevita Havili, the Northport head coach, refused to single out his young fly-half after a missed conversion in the final minute cost his side a draw against Carlingford on Saturday.
“⟦d:a|Nobody loses a game with one kick. We lost it in the first twenty minutes when we couldn’t hold on to the ball,⟧” Havili said.
Pressed on whether Rhys Talbot, 20, would keep his place for next week’s trip to Dunmore, he was unequivocal. “⟦d:a|Of course he will. He kicked five from six last week and everyone was carrying him round the dressing room.⟧”
“⟦d:c|Is he ready for this level?⟧” one journalist asked.
“⟦d:a|He’s more ready than I was at his age, mate,⟧” Havili said. “⟦d:a|Ask me that question in two years.⟧”
Captain Ciarán Mulcahy said the squad had gathered around Talbot at full-time. “⟦d:b|I told him he’ll win us more games than he loses. He’s a bit quiet now, but he’ll be grand,⟧” Mulcahy said.
Carlingford’s coach, Jonas Eriksen-Brand, described the win as “⟦p:d|ugly, but we’ll take ugly⟧”.

### 025
@a Ayumi Tanabe | the artist
@b Rafael Orsini | The gallery's director
@c Bert Anstruther | a retired welder who worked at the yard for 30 years
Ayumi Tanabe's new exhibition at the Kessel Kunsthalle fills the old boiler hall with 4,000 hand-cut copper leaves, hung on fishing line so that they turn in the draught from the doors.
The installation, titled «⟦s:-|What the Shipyard Kept⟧», was made from offcuts salvaged when the Kessel shipyard closed in 2016.
«⟦d:a|Every leaf is a piece of somebody's working day,⟧» the artist said at the opening on Thursday. «⟦d:a|I wanted the noise of the place to come back, but quietly.⟧»
The gallery's director, Rafael Orsini, said the piece had taken two years to install. «⟦d:b|We had to reinforce the roof. Ayumi said it would be fine. The engineers did not agree,⟧» he said, smiling.
Among the first visitors was Bert Anstruther, a retired welder who worked at the yard for 30 years. He stood under the leaves for a long time before speaking. «⟦d:c|It sounds like the yard at the end of a shift, when the machines are cooling down,⟧» he said. «⟦d:c|I didn't expect to be upset. I am, a bit.⟧»
Tanabe, told of his reaction, said that was «⟦p:a|the best review I will ever get⟧».

### 026
@a Jimmy Hardcastle | Colebrook Town's record appearance-maker
@b Colebrook Town | -
@c Des Okonjo | His former team-mate
@d Ellie Hardcastle | His granddaughter
Jimmy Hardcastle, Colebrook Town's record appearance-maker, has died aged 79 after a short illness.
The goalkeeper, known on the terraces as "⟦s:-|the Cat⟧" for his reflexes, played 612 games for the club between 1963 and 1981.
Colebrook Town said in a statement: "⟦d:b|Jimmy was more than a player. He was the heartbeat of this club for two decades, and he never stopped coming to games. His seat in the East Stand will stay empty this season.⟧"
His former team-mate Des Okonjo said Hardcastle had been "⟦p:c|the bravest man I ever played with, and the worst singer⟧".
"⟦d:c|He broke his nose three times against Harbourside and played on every time. Then in the bath afterwards he'd sing show tunes, badly,⟧" Okonjo recalled.
Hardcastle himself always played down his heroics. "⟦d:a|I was a goalie. You get hit in the face. That's the job,⟧" he told this paper in 2011.
His granddaughter, Ellie Hardcastle, said the family had been overwhelmed by messages. "⟦d:d|Grandad would have hated the fuss, and secretly loved it,⟧" she said.

### 027
@a Haruto Minagawa | Aokawan Trade Minister
@b Daniela Okonkwo-Vries | Valmora’s chief negotiator
@c - | A diplomat familiar with the talks
PORT ELSWYTH (Meridian Wire) - Aokawa and Valmora failed to reach agreement on fishing quotas on Wednesday after two days of talks, with each side accusing the other of moving the goalposts.
Speaking through an interpreter, Aokawan Trade Minister Haruto Minagawa said his government had offered “⟦p:a|very significant concessions⟧” on the northern grounds.
“⟦d:a|We came here with an open hand. We are leaving with the same hand, still open,⟧” Minagawa said. “⟦d:a|But our fishermen also need to eat.⟧”
Daniela Okonkwo-Vries, Valmora’s chief negotiator, said the offer had “⟦p:b|arrived at eleven o’clock at night and expired at midnight⟧”.
“⟦d:b|We don’t negotiate on a stopwatch. If Aokawa is serious, we will be back at this table in March,⟧” she told reporters.
A diplomat familiar with the talks said the two delegations had not eaten together on the second evening, “⟦p:c|which tells you everything⟧”.
Asked as he left whether he would attend the March round, Minagawa replied in Aokawan: “⟦d:a|Mochiron desu.⟧” (“⟦d:a|Of course.⟧”)

### 028
@a Kerry-Ann Whitlow | Mum-of-two
@b - | A Fennick Air spokesman
@c Gail Pettigrew | Our consumer expert
A MUM has been left 1,800 crowns out of pocket after budget airline Fennick Air cancelled her family's holiday flights - then failed to refund her for SIX MONTHS.
Mum-of-two Kerry-Ann Whitlow, 38, from Colebrook, had booked flights to the island of Sant'Orra for the children's half-term break.
"⟦d:a|The kids had been counting down for weeks. Then two days before, we got a text saying 'flight cancelled, sorry'. That was it,⟧" she fumed.
"⟦d:a|I've been on hold for a combined total of eleven hours. Eleven! I've sent 14 emails. I've had two replies, both from a robot.⟧"
When the Beacon contacted Fennick Air, a refund was processed within 48 hours.
A Fennick Air spokesman said: "⟦d:b|We apologise to Ms Whitlow for the delay in processing her refund, which has now been paid in full. The cancellation was due to circumstances beyond our control.⟧"
Our consumer expert, Gail Pettigrew, said passengers were legally entitled to a refund within seven days of a cancellation. "⟦d:c|Airlines know most people give up. Don't. Put it in writing, keep every email, and if they drag their feet, go to the aviation regulator,⟧" she said.
Kerry-Ann said she would "⟦p:a|never, ever⟧" fly with the airline again.

### 029
@a Ngozi Eze-Lindqvist | deputy project scientist
@b Aurelian Space Agency | -
@c Tomas Rezende | a planetary geologist at Calder University who is not part of the mission
@d Mariko Hanssen | flight director
A small lander built by the Aurelian Space Agency has touched down on the asteroid Meridia-4 after a six-year journey, becoming the first spacecraft to land on a metal-rich asteroid.
Cheers erupted in the control room in Westhaven shortly after 22:14 local time on Saturday when the lander's signal was confirmed.
“⟦d:d|We have contact. We have a lander on the surface,⟧” flight director Mariko Hanssen announced, before taking off her headset and hugging the engineer beside her.
The agency said the lander, named “⟦s:-|Wren⟧”, was “⟦p:b|healthy and returning data⟧”, although one of its three legs appeared to have come to rest on a boulder.
“⟦d:a|It's sitting at a slight angle, a bit like a table with a folded beer mat under one leg. That's fine. We designed for worse,⟧” said Dr Ngozi Eze-Lindqvist, deputy project scientist. “⟦d:a|The first pictures should come down overnight.⟧”
Tomas Rezende, a planetary geologist at Calder University who is not part of the mission, said Meridia-4 could be the exposed core of a planet that never finished forming.
“⟦d:c|If that's right, we are looking at the inside of a world. You can't do that anywhere else,⟧” he said.

### 030
@a Ruth Mwangi | general secretary of the Harbour and Transport Union
@b Halverston Port Authority | -
@c - | one lorry driver
@d Anders Kvist | head of the Freight Forwarders' Council
Dockworkers at Halverston, the country's busiest container port, will strike for 72 hours from Monday after talks over pay and automation broke down on Friday night.
"⟦d:a|Our members have been told for three years that robots are coming for their jobs and that they should be grateful for a 2% rise. They're not grateful,⟧" said Ruth Mwangi, general secretary of the Harbour and Transport Union.
Mwangi said the union had offered to accept the pay deal if the port guaranteed "⟦p:a|no compulsory redundancies for five years⟧". "⟦d:a|We don't want to strike. Nobody wants to lose three days' pay,⟧" she added.
Halverston Port Authority said the demand was "⟦p:b|unaffordable⟧" and that the strike would cause "⟦p:b|real damage to the national economy⟧". It said contingency plans were in place.
Anders Kvist, head of the Freight Forwarders' Council, warned of empty shelves within a week. "⟦d:d|Ninety percent of our members' containers come through that port. There isn't a plan B. There's a plan A, and then there's panic,⟧" he said.
Queues of lorries stretched back six kilometres on the coast road on Friday as hauliers rushed to collect containers before the walkout.
"⟦d:c|I've been sat here since five this morning. I'll be lucky if I get in by dark,⟧" said one lorry driver, eating a sandwich in his cab.

### 031
@a Helen Adeyemi-Marsh | the headteacher
@b Walter Pinchbeck | the school’s oldest living former pupil
@c Aaliyah Chowdhury | Year 6 pupil
@e Josiah Crabtree | its first headmaster
St Aldhelm’s Primary School in Brackwater has celebrated its 150th birthday with a street party, a time capsule and a visit from its oldest former pupil.
The Reverend Josiah Crabtree, its first headmaster, wrote in the school logbook in 1874 that the children were “⟦p:e|dirty, cheerful and entirely ignorant of arithmetic⟧”.
“⟦d:a|I like to think we’ve kept the cheerful part,⟧” said the headteacher, Helen Adeyemi-Marsh. “⟦d:a|The arithmetic has improved, mostly.⟧”
Walter Pinchbeck, the school’s oldest living former pupil, started there in 1936. Now 94, he cut the anniversary cake.
“⟦d:b|We had slates and chalk, and the teacher had a cane she called Mr Whippy,⟧” he said.
“⟦d:b|She never used it. She just had to look at it.⟧”
Year 6 pupil Aaliyah Chowdhury, 11, helped choose the contents of the time capsule, which will be opened in 2074. “⟦d:c|We put in a phone charger, because by then nobody will know what it is,⟧” she said. “⟦d:c|And a drawing of Mrs Adeyemi-Marsh.⟧”

### 032
@a Ferenc Halmos | its train manager
@b - | a woman in the seat opposite
@c Lotte | Her sister
The overnight train from Harwick to Saint-Arnoult leaves at 21:07, and Ferenc Halmos, its train manager, has made the journey more than 3,000 times.
“⟦d:a|People think it’s romantic. It is, for the first hour,⟧” he says, checking my ticket with a pencil stub. “⟦d:a|After that it’s a moving hotel with very small beds.⟧”
“⟦d:-|Do you ever sleep?⟧” I ask.
“⟦d:a|Between Dornach and the border. Forty minutes. Never more.⟧”
In the dining car, a woman in the seat opposite is doing a crossword in fountain pen. She has taken this train every October for 30 years, she tells me, to visit her sister. “⟦d:b|Flying is quicker. But what would I do with the time I saved?⟧”
Her sister, Lotte, boards at Dornach in a green coat, and the two of them argue happily over the crossword until midnight. “⟦d:c|She always cheats on the anagrams,⟧” Lotte tells me.
In the morning the mountains are pink, the coffee is terrible, and the little enamel sign by the window still says “⟦s:-|Please do not lean out⟧” in four languages.

### 033
@a Ngaio Whitcombe | the novelist
@b Priya Nair-Holt | Her editor at Tallis & Crane
Ngaio Whitcombe has written six novels and burned, by her own account, two more. “⟦d:a|One in a fireplace and one in a barbecue, which was a mistake, because the neighbours came round,⟧” the novelist says.
Her new book, “⟦s:-|The Cartographer’s Daughters⟧”, took nine years. She began it after her mother’s death and abandoned it twice.
“⟦d:a:m|I couldn’t find the voice. I had the sisters, I had the map, I had the house on the estuary, and none of it moved. It was like a doll’s house.⟧
“⟦d:a:m|Then one morning I wrote a sentence from the point of view of the map itself, as a joke, and I laughed out loud in the kitchen. And then I thought, oh. Oh, that’s the book.⟧
“⟦d:a|So the map narrates it. Yes, I know. I know how it sounds.⟧”
Her editor at Tallis & Crane, Priya Nair-Holt, admits she was sceptical when the first chapters arrived. “⟦d:b|I read the first page and thought, she’s finally lost it,⟧” she says. “⟦d:b|By page thirty I’d cancelled my afternoon.⟧”
Whitcombe, who still writes longhand in school exercise books, says she has no plans to stop. “⟦d:a|My mother wrote letters until she was ninety-three. I’m not going anywhere.⟧”

### 034
@a Joaquim Serrador | The 27-year-old
@b Yannick Obeng-Moreau | His team-mate
@c Hugo Lammers | Sporting director
CRESTA ALTA (Meridian Wire) -- Joaquim Serrador soloed to victory on the final mountain stage of the Tour of the Serras on Saturday to all but seal the overall title.
The 27-year-old attacked on the lower slopes of the Col de Vaillon, 11 kilometres from the finish, and nobody could follow.
``⟦d:a|I didn't plan it. I just looked around and everybody was suffering, so I went,⟧'' Serrador said at the finish, still gasping. ``⟦d:a|The last three kilometres were the longest of my life.⟧''
His team-mate Yannick Obeng-Moreau, who had paced him on the early climbs, crossed the line nearly four minutes later and slumped against a barrier. ``⟦d:b|My job was done at the bottom. After that I was a tourist,⟧'' he said with a grin.
Sporting director Hugo Lammers said the team would ``⟦p:c|ride to protect⟧'' on Sunday's flat final stage. ``⟦d:c|Now we count to a hundred and try not to crash,⟧'' he said.

### 035
@a Anjali Bose | a GP at the practice for 19 years
@b Wyvern Health Board | -
@c Bill Akintola | chairman of the Friends of Orchard Lane Surgery
@d - | One woman, who did not want to be named
More than 400 people marched through Orchard Green on Saturday in protest at plans to close the village's only GP surgery.
Marchers chanted "⟦s:-|Save our surgery!⟧" as they walked from the war memorial to the surgery on Orchard Lane, where a petition with 6,200 signatures was handed over.
The Wyvern Health Board wants to merge the practice with a larger health centre in Castleford, eight miles away, saying it is "⟦p:b|no longer clinically or financially sustainable⟧".
Bill Akintola, chairman of the Friends of Orchard Lane Surgery, said the nearest bus to Castleford ran twice a day. "⟦d:c|If you're 85 and you don't drive, that's not a merger, that's a closure with extra steps,⟧" he said.
Dr Anjali Bose, a GP at the practice for 19 years, told the crowd she had not been consulted. "⟦d:a|I found out from a letter on a Friday afternoon. I've delivered babies in this village who now bring their own babies to me,⟧" she said, to applause.
One woman, who did not want to be named, said she had waited three weeks for an appointment in Castleford last year. "⟦d:d|And that's with the surgery still open,⟧" she said.
The health board said in a statement that no final decision had been made. "⟦d:b|We understand the strength of feeling in Orchard Green and we will consider every response to the consultation carefully,⟧" it said.

### 036
@a Greensward | -
@b Derek | My neighbour
@c - | A Greensward spokeswoman
The Greensward Mowbot S3 promises a “⟦s:-|set-and-forget lawn⟧”. For the first three days of my test, I mostly set it and then went looking for it.
The S3 uses satellite positioning rather than a boundary wire, which Greensward says makes installation “⟦p:a|as easy as drawing on a map⟧”. On my lumpy suburban lawn it was as easy as drawing on a map while someone jogs your elbow.
By day four, though, after a software update, it was mowing in neat stripes and taking itself back to its dock at dusk. My neighbour, Derek, watched it over the fence with the wariness of a man who has mowed his own lawn for forty years.
“⟦d:b|What happens when it rains?⟧” he asked.
It goes home, I told him. “⟦d:b|Wish I could,⟧” he said.
The S3 costs 1,299 crowns, which is a lot of money for a lawnmower. A Greensward spokeswoman said the price reflected “⟦p:c|three years of development and a five-year battery warranty⟧”. “⟦d:c|We think people will find it pays for itself in weekends,⟧” she said.
Verdict: clever, quiet, occasionally baffled by a hosepipe. Derek has asked to borrow it.

### 037
@a Cornelius Vantongeren | Its founder
@b Sandra Kowalczyk | a 41-year-old nurse from Halverston who invested her savings
@c Securities Commission | -
@d Rashid Al-Mansouri | a lecturer in digital finance at Corran University
HALVERSTON, March 3 (Meridian Wire) - A cryptocurrency token promoted by several well-known sports stars lost 97% of its value in under an hour on Sunday, wiping out an estimated 240 million crowns of investors' money.
The token, called Lumo, had been marketed as a "⟦s:-|community currency⟧" for football supporters.
Its founder, Cornelius Vantongeren, wrote on social media late on Sunday that the project had been hit by a "⟦p:a|coordinated sell-off by large holders⟧". "⟦d:a|We are investigating and will share more soon. Lumo is not going anywhere,⟧" he wrote.
Blockchain data showed that wallets linked to the project's developers had sold large holdings minutes before the crash.
Sandra Kowalczyk, a 41-year-old nurse from Halverston who invested her savings, said she had bought in after seeing an advert featuring a footballer she admired. "⟦d:b|I put in 8,000 crowns. It's gone. I feel stupid, and I'm angry, and mostly I feel stupid,⟧" she said.
Rashid Al-Mansouri, a lecturer in digital finance at Corran University, said the pattern was "⟦p:d|textbook⟧". "⟦d:d|Insiders hold most of the supply, the price gets pumped with celebrity marketing, and then the insiders leave by the back door,⟧" he said.
The Securities Commission said it was "⟦p:c|aware of the situation⟧" and urged investors to treat unregulated tokens with "⟦p:c|extreme caution⟧".

### 038
@a Marcelino Tavares da Cunha | Opposition candidate
@b Adelaide Fontoura | President
@c Ingeborg Salvesen | the head of the observer mission
SÃO BRÁS (Meridian Wire) - Opposition candidate Marcelino Tavares da Cunha claimed victory in the presidential run-off on Sunday before official results had been announced, raising fears of a disputed outcome.
«⟦d:a|O povo falou,⟧» Tavares da Cunha told cheering supporters in the capital. «⟦d:a|The people have spoken,⟧» he repeated in English for foreign television crews. «⟦d:a|We will not let anybody steal this.⟧»
President Adelaide Fontoura, who is seeking a third term, said in a televised address that the claim was «⟦p:b|irresponsible and premature⟧». «⟦d:b|Nobody has won anything until the electoral commission says so,⟧» she said. «⟦d:b|I ask everyone to stay calm and go home.⟧»
The electoral commission said it expected to publish results on Tuesday.
Ingeborg Salvesen, the head of the observer mission, said voting had been «⟦p:c|largely orderly⟧» but that observers had seen «⟦p:c|isolated irregularities⟧» in two northern provinces. «⟦d:c|I would urge both candidates to respect the process. It is not a long wait,⟧» she said.
Supporters of both sides gathered in separate squares late into the night, chanting «⟦s:-|Cunha! Cunha!⟧» and «⟦s:-|Mais quatro anos!⟧».

### 039
@a Anwar Qadri | -
@b Lise Dufresne | -
Anwar Qadri’s third feature, “⟦s:-|The Night Ferry⟧”, is a thriller that spends most of its running time refusing to thrill, and is all the better for it.
Lise Dufresne plays Agathe, the purser on an overnight crossing who notices that one passenger has boarded twice. Nothing explodes. Almost nobody raises their voice.
In an interview before the film’s premiere at the Calder Film Festival, Qadri said he had wanted to make “⟦p:a|a thriller where the tension is mostly people being polite⟧”.
“⟦d:a|Everybody on that boat is hiding something, and they’re all far too well brought up to say so,⟧” he said. “⟦d:a|That’s much scarier to me than a gun.⟧”
Dufresne, whose performance is the film’s quiet engine, said she had spent a week working shifts on a real ferry to prepare. “⟦d:b|I learned how to fold towels into swans and how to ignore a drunk man in four languages,⟧” she said. “⟦d:b|Both are in the film.⟧”
“⟦s:-|The Night Ferry⟧” is in cinemas from Friday.

### 040
@a Gemma Okoro | Owner
@b Nigel Baptiste | Dog walker
@c Colebrook Animal Rescue | -
A SAUSAGE dog that vanished during a fireworks display has been found safe and well - 11 miles away and THREE WEEKS later.
Biscuit bolted from his garden in Lower Fenby on Bonfire Night when a rocket went off next door.
Owner Gemma Okoro, 29, plastered the area with posters reading "⟦s:-|Have you seen Biscuit?⟧" and rang rescue centres every day.
"⟦d:a|I'd honestly started to give up. My mum kept saying 'he'll turn up', and I kept saying 'Mum, he's got legs four inches long',⟧" she laughed.
Dog walker Nigel Baptiste spotted him sheltering under a bench in Harrow Park, Castleford, last Saturday.
"⟦d:b|He was filthy and very pleased with himself. I recognised him from the posters straight away,⟧" he said.
Colebrook Animal Rescue, which scanned Biscuit's microchip, said he was "⟦p:c|a bit thinner but otherwise in great shape⟧".
Gemma said: "⟦d:a|He's had a bath, a sausage and about nine hours' sleep. He's acting like nothing happened.⟧"

### 041
@a Faith Chepkoech | The 31-year-old
@b Annika Sörensen | defending champion
@c Colm Ferriter | Race director
Faith Chepkoech broke the course record at the Harwick Marathon on Sunday, pulling away from defending champion Annika Sörensen over the final three kilometres to win in 2 hours 19 minutes 48 seconds.
The 31-year-old, running only her second marathon, said she had not looked at her watch once. “⟦d:a|My coach told me, ‘Don’t look at the time, look at the road.’ So I looked at the road,⟧” she said, smiling.
Sörensen, who finished 26 seconds behind, described Chepkoech’s surge as “⟦p:b|like someone slowly closing a door⟧”.
“⟦d:b|At 38K I thought I still had a chance. At 39K I knew I didn’t. She was just stronger today,⟧” Sörensen said. “⟦d:b|I’ll be back. This city owes me one.⟧”
Chepkoech said the record bonus would go towards building a house for her parents in the village where she grew up. “⟦d:a|They sold goats so I could buy my first proper shoes. Now I can buy them a roof,⟧” she said.
Race director Colm Ferriter said a record 31,000 runners had finished. “⟦d:c|The weather was kind, the crowds were loud and we ran out of bananas at the 30K station, which I’m told is a sign of success,⟧” he said.

### 042
@a Rosamund Tenterden | the company’s chairwoman
@b Imogen Tenterden-Yeo | her daughter
@c Kofi Boakye-Mensah | a rope-maker who has worked at the mill since 1979
For 212 years, Tenterden Cordage has been run by a Tenterden. From April it will be run by a Tenterden-Yeo, which the family insists counts.
Rosamund Tenterden, the company’s chairwoman, will hand the chief executive’s job to her daughter, Imogen Tenterden-Yeo, after 28 years in charge of the rope works on the banks of the Wend.
“⟦d:a|I’ve been trying to retire since I was sixty. Imogen finally ran out of excuses for me,⟧” Rosamund Tenterden said in the firm’s panelled boardroom, beneath portraits of six bearded predecessors.
“⟦d:b|That’s not quite how I remember it,⟧” her daughter said.
The younger Tenterden, who spent a decade in shipping finance before coming home, wants to push the firm’s climbing and sailing ropes into new markets. “⟦d:b|We make the best rope in the world and we’ve been far too polite about saying so,⟧” she said. “⟦d:b|My mother’s generation thought marketing was slightly vulgar.⟧”
“⟦d:a|It is slightly vulgar,⟧” said her mother. “⟦d:a|But she’s right.⟧”
Kofi Boakye-Mensah, a rope-maker who has worked at the mill since 1979, has seen three chief executives come and go. “⟦d:c|Every one of them has told me the machines are about to be replaced. The machines are still here. So am I,⟧” he said.

### 043
@a Orla Fitzmaurice | a lecturer in archaeology at Calder University who led the excavation
@b Bryn Thewlis | a metal detectorist from Carrow
@d - | One volunteer on the dig, a retired bus driver
A hoard of more than 300 silver coins and a gold arm-ring has been found in a field near Wexley, in what experts say could transform understanding of the area in the tenth century.
The first coins were spotted last spring by Bryn Thewlis, a metal detectorist from Carrow.
"⟦d:b|I got a signal, dug down about a foot and there was this little grey disc. I thought it was a ring pull,⟧" he said. "⟦d:b|Then I turned it over and there was a king looking at me.⟧"
Dr Orla Fitzmaurice, a lecturer in archaeology at Calder University who led the excavation, called it "⟦p:a|the most significant find in the region for a century⟧". The coins appear to have been buried in a leather bag around the year 940.
"⟦d:a|Somebody put this in the ground meaning to come back for it, and never did. That's the bit that gets me,⟧" she said. "⟦d:a|Whatever happened to them, it probably wasn't good.⟧"
"⟦d:a|It's tempting to imagine a raid, and maybe it was. It could just as easily have been a family row,⟧" she added.
One volunteer on the dig, a retired bus driver, said the team had worked through "⟦p:d|hail, sleet and one very curious bull⟧".
The Calder Museum has said it hopes to acquire the hoard once it has been valued.

### 044
@a Halvard Ystgaard | the marine chemist
@b Mei-Ling Cheung | His former research partner
@d Erlend Ystgaard | His son
Halvard Ystgaard, the marine chemist, has died aged 91. His measurements of the water in the Skarvik fjord, taken over almost six decades, became one of the longest unbroken records of ocean acidity anywhere in the world.
He began sampling in 1961 as a graduate student, rowing out every Tuesday with a crate of glass bottles. He kept doing it, by boat or by deputy, until 2019.
“⟦d:a|People ask why I kept going. The honest answer is that nobody told me to stop,⟧” he said in a lecture in 2010. “⟦d:a|Also, Tuesday mornings on the fjord are very beautiful, and nobody can telephone you.⟧”
A newspaper profile in 1988 described him as “⟦p:-|stubborn in the way that only good scientists and bad mules are⟧”.
His former research partner, Dr Mei-Ling Cheung, said his data had been ignored for years before it became indispensable. “⟦d:b|In the eighties people thought he was collecting water for the sake of it. By the 2000s every climate model needed his numbers,⟧” she said. “⟦d:b|He never once said ‘I told you so’. He just sent them the spreadsheet.⟧”
His son, Erlend Ystgaard, said his father had continued to check the readings by email well into his nineties. “⟦d:d|He would ring me if the pH was off by a hundredth. At two in the morning, sometimes,⟧” he said.
He is survived by Erlend and by a daughter, Sigrun.

### 045
@a Ravi Chandrasekaran | a mortgage broker at Keystone Finance
@b Louise Abernethy | an independent financial adviser in Dunraven
@c Tomasz Wilk | Reader
Reader Tomasz Wilk, from Castleford, writes: "⟦d:c|My fixed rate ends in May and my bank is offering me 5.4% for two years. Should I take it, or wait and see if rates fall?⟧"
It is a question many homeowners are asking as hundreds of thousands of fixed-rate deals come to an end this year.
Ravi Chandrasekaran, a mortgage broker at Keystone Finance, said there was no need to decide immediately. "⟦d:a|Most lenders let you lock in a rate up to six months before your deal ends. If rates fall before you complete, a good broker can usually switch you to the cheaper deal,⟧" he said.
"⟦d:a|What you don't want is to roll on to the standard variable rate. That's where people really get stung.⟧"
Louise Abernethy, an independent financial adviser in Dunraven, said borrowers should also look at whether they could overpay. "⟦d:b|If you've got savings earning 3% and a mortgage costing 5%, the maths is fairly simple,⟧" she said. "⟦d:b|Just keep an emergency fund. Don't pay off the mortgage and then put the new boiler on a credit card.⟧"

### 046
@a Friederike Hollenbach | Osterland’s economy minister
@b Veltmann Motoren | the country’s second-biggest carmaker
@c Jürgen Altenkirch | The works council chairman at the plant
RABENFELD (Meridian Wire) – Osterland’s economy minister, Friederike Hollenbach, on Thursday called the planned closure of Veltmann Motoren’s Rabenfeld plant “⟦p:a|a bitter day for the whole region⟧” and promised to fight for its 4,200 jobs.
Speaking through an interpreter at a news conference in the town, Hollenbach said the government would examine “⟦p:a|every instrument at our disposal⟧”.
“⟦d:a|Rabenfeld has built cars for seventy years. It can build the cars of the next seventy. Nobody should be giving up on these workers,⟧” she said.
Veltmann Motoren, the country’s second-biggest carmaker, said in a statement that the decision was “⟦p:b|painful but unavoidable⟧” given falling demand for the petrol models built at the site.
The works council chairman at the plant, Jürgen Altenkirch, addressed some 3,000 workers at the factory gates. “⟦d:c|Wir lassen uns nicht abwickeln!⟧” he shouted. (“⟦d:c|We will not let ourselves be wound up!⟧”)
“⟦d:c|They made record profits two years ago. Where did that money go? Not here,⟧” he told reporters afterwards.

### 047
@a Amadou Kouyaté-Brenner | the new chief conductor of the Vaudrel Philharmonic
@b Hélène Rossier | The orchestra's principal cellist
@c - | One subscriber in the front row
Amadou Kouyaté-Brenner, the new chief conductor of the Vaudrel Philharmonic, opened his first season on Friday with a programme that began with a piece written last year and ended with a symphony written in 1888.
«⟦d:a|I wanted to say on the first night: we live now, but we are not rootless,⟧» he said in the foyer afterwards, still in his tails. «⟦d:a|Also, I wanted to see if anyone would leave during the new piece. Nobody did. Two people slept, but nobody left.⟧»
The new work, «⟦s:-|Glacier Hours⟧» by the young composer Inès Morand, drew a long ovation.
The orchestra's principal cellist, Hélène Rossier, said rehearsals under Kouyaté-Brenner were «⟦p:b|quicker, funnier and much more demanding⟧» than under his predecessor.
«⟦d:b|He knows exactly what he wants and he tells you in about six words. Then he makes a joke,⟧» she said. «⟦d:b|We are a little in love with him, which is dangerous for an orchestra.⟧»
One subscriber in the front row, who said she had attended every opening night since 1979, was more guarded. «⟦d:c|Very good. Very loud. Let's see what he does with the quiet pieces,⟧» she said.

### 048
@a Park Ji-hoon | The 23-year-old
@b Lachlan McKinnon-Reid | overnight leader
@d Sione Tupou | His caddie
Park Ji-hoon holed a 40-foot birdie putt on the 18th green to win the Calder Links Championship by a single stroke on Sunday, snatching the title from overnight leader Lachlan McKinnon-Reid.
The 23-year-old, who turned professional only last year, closed with a six-under-par 66 to finish on 14 under.
"⟦d:a|I was just trying to two-putt. Honestly, I was trying to get it close and go home,⟧" Park said, laughing. "⟦d:a|When it went in, I didn't know what to do with my hands.⟧"
His caddie, Sione Tupou, said they had argued about the line. "⟦d:d|I said left edge. He said right edge. He was right, so I'll never hear the end of it,⟧" Tupou said.
McKinnon-Reid, who led by three shots with six holes to play, found water at the 15th and made a double bogey. "⟦d:b|One bad swing. That's golf. It'll hurt tonight and tomorrow I'll be fine. Maybe Tuesday,⟧" he said.

### 049
@a Morag Sutherland-Bain | a sheep farmer on whose land eight of the turbines would stand
@b Alasdair Gunn | chairman of the Keep Strath Ardle Wild campaign
@c Northwind Renewables | the developer
@e Eilidh Macrae | The inquiry reporter
A public inquiry into plans for 14 wind turbines on the hills above Strath Ardle opened on Tuesday, with campaigners on both sides packing the village hall.
Outside, placards read “⟦s:-|Wild Land Not Wind Land⟧” on one side of the door and “⟦s:-|Jobs for Ardle⟧” on the other. The inquiry reporter, Eilidh Macrae, reminded the hall that she would “⟦p:e|not be counting placards⟧”.
Morag Sutherland-Bain, a sheep farmer on whose land eight of the turbines would stand, told the inquiry the rent would keep her farm going. “⟦d:a|My family has farmed this hill for five generations. Sheep alone don’t pay any more. This would let my son stay,⟧” she said.
Alasdair Gunn, chairman of the Keep Strath Ardle Wild campaign, said the turbines, each 200 metres tall, would be “⟦p:b|visible from every summit in the glen⟧”.
“⟦d:b|We are not against renewable energy. We are against putting it in the one place people come to get away from industry,⟧” he said.
Gunn later put a question to Sutherland-Bain directly. “⟦d:b|Will you be able to see them from your kitchen?⟧” he asked.
“⟦d:a|I’ll be able to see them from my kitchen, my bedroom and my bath,⟧” she replied. “⟦d:a|I’ll also be able to pay my vet.⟧”
Northwind Renewables, the developer, said the scheme would power 60,000 homes and fund a community trust worth “⟦p:c|up to 400,000 crowns a year⟧”.

### 050
@a Leonie Strand | chief executive
@b - | one reporter
@c Femi Adebayo-Clarke | a reviewer at the technology site Pixelbench
Orbis unveiled its latest flagship phone on Tuesday, with a foldable screen, a 5,000-crown price tag and a feature the company's chief executive called "⟦p:a|the end of the charger cable⟧".
The Orbis Fold 3 can charge wirelessly from a pad up to two metres away, a technology the company has been developing since 2019.
"⟦d:a|You walk into the room, your phone starts charging. You walk out, it stops. That's it. That's the whole idea,⟧" chief executive Leonie Strand told an audience of about 2,000 at the Calder Arena.
At a question-and-answer session afterwards, one reporter asked about safety. "⟦d:b|Is there any health risk from beaming power around a living room?⟧"
"⟦d:a|None. It's been tested to every standard there is, and then some. It's less energy than your wifi router puts out,⟧" Strand said.
Femi Adebayo-Clarke, a reviewer at the technology site Pixelbench, tried the phone after the launch and called the charging "⟦p:c|genuinely impressive but painfully slow⟧". "⟦d:c|Two metres away, I got about 10% in half an hour. It's a party trick for now. Ask me again in two years,⟧" he said.

### 051
@a Jamal Whitfield | a former bricklayer
@b Shay Doherty | a 24-year-old apprentice electrician
@c - | A spokesperson for Brackwater County Council
A charity that runs free drop-in sessions for young men in converted shipping containers has opened its tenth site, in the car park of Brackwater Rugby Club.
The Talk Shed was set up in 2019 by Jamal Whitfield, a former bricklayer, after his best friend took his own life.
“⟦d:a|Dean didn’t say a word to any of us. Not one. And we saw him every day,⟧” Whitfield said. “⟦d:a|I thought, if men won’t go to a clinic, let’s put something where they already are. Car parks, building sites, football grounds.⟧”
Each shed has a kettle, a dartboard and a trained volunteer. There are no appointments and no forms. The charity’s motto, painted on every door, is “⟦s:-|Kettle’s always on⟧”.
Shay Doherty, a 24-year-old apprentice electrician, started visiting the Castleford shed two years ago. “⟦d:b|I went in for a brew because it was raining. I came out an hour later having said stuff I’d never told anyone,⟧” he said. “⟦d:b|I’m not saying it fixed everything. But it was the first time I didn’t feel like a problem.⟧”
A spokesperson for Brackwater County Council, which funds four of the sites, said the sheds reached “⟦p:c|people our services have never been able to reach⟧”.

### 052
@a Reto Imhasly | director of the Val Serein lift company
@b - | one skier from Harwick
@c Nadia Ferrante | a climatologist at the Alpine Research Institute in Montevecchio
Only four of Val Serein's 38 pistes were open on Saturday, the busiest weekend of the winter season, after the warmest January since records began left the lower slopes green.
"⟦d:a|We are making snow every night it is cold enough, which is not many nights,⟧" said Reto Imhasly, director of the Val Serein lift company. "⟦d:a|We have guests who booked a year ago. We are doing everything we can, but we cannot make winter.⟧"
The resort has cut lift pass prices by 40% and is offering free guided walks and e-bike tours.
"⟦d:b|We've paid for a ski holiday and we're doing a lot of hiking. The kids are enjoying the fondue, at least,⟧" said one skier from Harwick, queuing for the only open chairlift.
Dr Nadia Ferrante, a climatologist at the Alpine Research Institute in Montevecchio, said resorts below 1,500 metres faced "⟦p:c|a very difficult future⟧". "⟦d:c|This winter is not an anomaly. It's a preview,⟧" she said.
Imhasly said the company was considering building a summer mountain-bike park. "⟦d:a|My grandfather built the first lift here in 1954. I never thought I would be the one selling bicycles,⟧" he said.

### 053
@a Bojan Stepanović | Interior Minister
@b Luka Perić | a rescue worker
@c Jelena Marković | a schoolteacher whose house in the old town collapsed
@d Karsovian Relief Service | -
VRANIK, Karsovia (Meridian Wire) -- A magnitude 6.4 earthquake struck central Karsovia before dawn on Tuesday, killing at least 37 people and trapping dozens under collapsed buildings in the old town of Vranik, officials said.
Interior Minister Bojan Stepanović said the toll was ``⟦p:a|certain to rise⟧'' as rescuers searched the rubble of at least 14 buildings.
``⟦d:a|We are working with every resource the state has. Nobody will be left under the stones,⟧'' Stepanović told state television.
In Vranik, rescue workers used their bare hands to dig through the remains of a three-storey apartment block. ``⟦d:b|We heard a child an hour ago. We have stopped the machines. Everybody is quiet, listening,⟧'' said a rescue worker, Luka Perić, his face grey with dust.
Jelena Marković, a schoolteacher whose house in the old town collapsed, spent the night on a mattress in a school gym with her two daughters. ``⟦d:c|The whole house was dancing. I took the girls and ran. I didn't even take shoes,⟧'' she said.
``⟦d:c|My mother is still in the village. I can't reach her,⟧'' she added.
The Karsovian Relief Service said it had set up shelters for 3,000 people and appealed for blankets and ``⟦p:d|above all, blood donors⟧''.

### 054
@a Kaveh Rostami | the chef
@b Shirin | his sister
@c - | My companion
Anar occupies a former launderette on Bellweather Road, and you can still see the outlines of the machines on the tiled floor. Kaveh Rostami, the chef, cooks at a single open grill at the back.
“⟦d:a|My mother would be horrified by the size of this kitchen. She fed thirty people from a smaller one, but she would be horrified anyway,⟧” he tells me, turning skewers with his fingers.
The menu is short and changes daily. The lamb shoulder, slow-cooked with dried limes, is the dish everyone will come back for. My companion, who does not usually volunteer opinions on food, put her fork down after two mouthfuls. “⟦d:c|Right. We’re coming back on Thursday,⟧” she said.
Front of house is run by his sister, Shirin, who corrects my pronunciation of the dessert with great kindness. “⟦d:b|Everybody says it wrong. It’s fine. Kaveh says it wrong too, and he’s the one who makes it,⟧” she says.
“⟦d:a|I say it the village way,⟧” her brother shouts from the grill.
“⟦d:b|He says it the wrong way,⟧” she whispers.
Dinner for two with wine, about 140 crowns.

### 055
@a Tadhg Brennan-Oakes | an apprentice who only had his first ride in public 18 months ago
@b Aoife Delahunt | the trainer
@c Rajesh Kumar-Whitby | Owner
Rainmaker's Daughter, a 33-1 outsider, landed the Calder Gold Cup on Saturday under Tadhg Brennan-Oakes, an apprentice who only had his first ride in public 18 months ago.
"⟦d:a|I'm shaking. I'm still shaking. I thought we were going to finish fourth,⟧" said Brennan-Oakes, who wept as he was led back in. "⟦d:a|She just kept finding more. I didn't ask her, she just did it.⟧"
The mare is trained by Aoife Delahunt at a small yard near Kilbrack with 14 horses. "⟦d:b|We don't have the big names, we don't have the money, but we've got a mare with a heart the size of the grandstand,⟧" the trainer said.
Owner Rajesh Kumar-Whitby, who bought Rainmaker's Daughter for 6,000 crowns as a yearling, said he had backed her "⟦p:c|each way, like a coward⟧". "⟦d:c|My wife backed her to win. She's buying dinner,⟧" he said.

### 056
@a Signe Aurdal | chief executive of Nordavia
@b Chiamaka Nwosu | Skyreach’s chief executive
@c Competition Authority | -
@d - | One analyst who covers both airlines
Nordavia and Skyreach, two of the region’s biggest airlines, have agreed to merge in a deal that would create the largest carrier in the northern market, with 240 aircraft and 31 million passengers a year.
The all-share deal values Skyreach at about 2.1 billion crowns. The combined group will keep both brands for at least three years.
“⟦d:a|Together we can compete with the giants. Separately, we were going to be eaten by them,⟧” said Signe Aurdal, chief executive of Nordavia, who will lead the merged company.
Chiamaka Nwosu, Skyreach’s chief executive, will become chair. “⟦d:b|This isn’t a takeover, whatever you read tomorrow. It’s two families moving into a bigger house,⟧” she said at a joint news conference in Halverston.
Asked who would get the bigger bedroom, Nwosu glanced at Aurdal. “⟦d:b|Signe gets the bigger bedroom. I get the garden.⟧”
The Competition Authority said it would examine the deal “⟦p:c|with great care⟧”, given that the two airlines compete on 19 routes.
One analyst who covers both airlines said fares on those routes were “⟦p:d|almost certain⟧” to rise. “⟦d:d|They will promise the regulator the opposite, of course,⟧” the analyst said.

### 057
@a Rustam | my grandfather
@b Erik Volden | -
Dilnoza Yusupova, 19, became the youngest world rapid chess champion in the history of the event last weekend. She spoke to the Sunday Courier from her hotel in Port Elswyth. The interview has been edited for length.
Q: You were a pawn down in the final game. What were you thinking?
A: Honestly, about lunch. No, I'm joking. I was thinking about my grandfather, Rustam, who taught me. He always said: "⟦d:a|When you are losing, make the position complicated. Let the other person be clever, and tired.⟧"
Q: Before the tournament Erik Volden said you were "⟦p:b|only a blitz player⟧". Did you read that?
A: Of course. Everybody sent it to me. I printed it out and put it on the wall of my hotel room.
Q: Commentators have started calling you "⟦s:-|the Quiet Storm⟧". Do you like it?
A: It's better than the last one, "⟦s:-|the Schoolgirl⟧". I am not a schoolgirl. I have finished school.
Q: What's next?
A: University. I'm studying mathematics. My mother says chess is a hobby and mathematics is a job, and my mother is usually right.

### 058
@a Dennis Pruitt | Retired postman
@b Sheila | His wife of 44 years
@c - | A spokesperson for National Draw
A RETIRED postie who has played the same numbers every week for 31 years has scooped 4.2 MILLION crowns - and says he'll still be at the pub quiz on Thursday.
Retired postman Dennis Pruitt, 67, from Fenby Marsh, checked his ticket on his phone while waiting for a bus.
"⟦d:a|I thought the screen was broken. I showed it to a lad at the bus stop and he said, 'Mate, you need to sit down',⟧" he said.
"⟦d:a|So I sat down. Then I missed the bus. Best bus I ever missed.⟧"
His wife of 44 years, Sheila, didn't believe him. "⟦d:b|He's a terrible liar, so I knew something was up, but I thought he'd crashed the car,⟧" she said.
The numbers are the birthdays of the couple's four grandchildren. A spokesperson for National Draw said it was "⟦p:c|a lovely reminder that it only takes one ticket⟧".
Asked what he would spend the money on, Dennis said: "⟦d:a|A new hip for me, a conservatory for her, and a holiday for the lot of us. Then we'll see.⟧"
And the quiz? "⟦d:a|Wouldn't miss it. We're second in the league.⟧"

### 059
@a Emeka Chukwu-Laurent | the choreographer
@b Ana Sofía Bermúdez | the company’s senior principal
@c Mina Kobayashi-Hart | a member of the corps de ballet who joined the company last year
Emeka Chukwu-Laurent’s new ballet for Harwick Ballet, “⟦s:-|The Ice Garden⟧”, lasts barely forty minutes and leaves you feeling you have watched something much longer, in the best sense.
Set to a commissioned score for string quartet and electronics, it follows a gardener who tends a frozen garden through one endless night.
“⟦d:a|I wanted to make a ballet about patience, which is a terrible idea for a ballet,⟧” the choreographer told me before the premiere. “⟦d:a|Dancers are the least patient people alive. They want to move.⟧”
Ana Sofía Bermúdez, the company’s senior principal, dances the gardener with extraordinary stillness; for one passage near the end she barely moves for three minutes.
“⟦d:b|Those three minutes are the hardest thing I have ever done on a stage,⟧” she said. “⟦d:b|Every muscle is working to do nothing.⟧”
The corps, as frost spirits, are sharp and unsettling. Mina Kobayashi-Hart, a member of the corps de ballet who joined the company last year, said Chukwu-Laurent had asked them to dance “⟦p:a|like breath on a window⟧”.
“⟦d:c|Nobody knew what that meant. Then we did it and he said ‘yes, that’,⟧” she said, laughing.

### 060
@a Nabil al-Sharif | Foreign Minister
@b Yasmin Mansour | a shopkeeper
@c - | A Western diplomat in the capital
@d Qadiran Foreign Ministry | -
MADINAT SAHIL (Meridian Wire) - Sahilia will reopen its border crossing with neighbouring Qadira on Monday for the first time in four years, Foreign Minister Nabil al-Sharif said on Thursday, in a step towards ending a long-running dispute.
"⟦d:a|Families have been separated by a line on a map for four years. That ends on Monday,⟧" al-Sharif told a news conference in the capital, speaking in Arabic.
He said the two governments had agreed to "⟦p:a|put the past in the past⟧" but gave few details of the agreement.
The Qadiran Foreign Ministry confirmed the reopening in a brief statement, calling it "⟦p:d|a first step⟧".
In Ras Tamar, the port city closest to the crossing, Yasmin Mansour, a shopkeeper, said she had not seen her sister since the border closed. "⟦d:b|We talk on the phone every day. But her children are growing up and I only see them on a screen,⟧" she said. "⟦d:b|On Monday I will be the first one in the queue.⟧"
A Western diplomat in the capital said the deal had been "⟦p:c|months in the making⟧" but cautioned that similar agreements had collapsed before. "⟦d:c|Both sides have domestic audiences who don't love this. It's fragile,⟧" the diplomat said.

### 061
@a Darnell Whitaker-Boone | Herons coach
@b Andrius Kazlauskas | The 7-foot centre
@c - | A reporter
HARWICK (Meridian Wire) -- Andrius Kazlauskas scored 31 points and grabbed 14 rebounds as the Harwick Herons beat the Port Hallam Pilots 98-91 on Friday to take a 3-2 lead in the league finals.
The 7-foot centre played the final quarter on a heavily strapped right ankle. ``⟦d:b|It hurt. It still hurts. I'll worry about it tomorrow,⟧'' Kazlauskas said.
Herons coach Darnell Whitaker-Boone said he had considered resting him. ``⟦d:a|I asked him at the timeout if he was OK and he looked at me like I'd insulted his mother,⟧'' Whitaker-Boone said. ``⟦d:a|So I took that as a yes.⟧''
A reporter asked whether Kazlauskas would be fit for Game 6. ``⟦d:c|Will he play Sunday?⟧''
``⟦d:a|If he can walk, he's playing. If he can't walk, he's probably still playing,⟧'' the coach said.

### 062
@a Gethin Powell | chairman of the Red Lion Community Society
@b Dafydd Rees | the pub’s oldest regular
@c Castell Brewery | -
@d - | One shareholder
Villagers in Llanwern Fach have bought their only pub after raising 380,000 crowns in nine weeks, selling shares to more than 600 people in 14 countries.
The Red Lion closed last spring when Castell Brewery put it up for sale. It will reopen on Saturday, with volunteers behind the bar until a manager is appointed.
“⟦d:a|When we started,⟧” said Gethin Powell, chairman of the Red Lion Community Society, “⟦d:a|we honestly thought we’d raise about half. Then people who grew up here and moved away started ringing from the other side of the world.⟧”
Dafydd Rees, the pub’s oldest regular, has been drinking in the Red Lion since 1954, when, he says, a pint cost “⟦p:b|less than a bus ticket and tasted better⟧”.
“⟦d:b|I met my wife in that bar. I had my wedding do in that bar. I’ve told them they can have my wake in it too, but not yet,⟧” he said.
Castell Brewery said it was “⟦p:c|delighted⟧” the pub would stay open.
One shareholder, who lives in the next valley, said she had bought ten shares “⟦p:d|for the crisps alone⟧”. “⟦d:d|They do the best crisps in the county. Don’t ask me why. It’s the same crisps as everywhere else,⟧” she said.
Powell said the society would also open a small shop in the old function room. “⟦d:a|A village without a pub,⟧” he said, “⟦d:a|is just houses.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh154.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh154",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
