# ruff: noqa: E501
"""Build ``quotes_fresh65.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: magazine and newspaper profiles, Q&A and radio transcripts, podcast and
radio interviews, sports and arts interviews, press conferences, and human-interest
stories about families referred to by first names, with reporters who put their own
questions in the first person and with several speakers of the same gender in one
passage.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh65-NNN``.

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
  it (``Her husband of 44 years, Patrick, a retired vet``): the appositive is the
  description. A title or relational phrase before the name alone (``Presenter
  Declan Furlong``, ``His daughter Eleni``, ``Her mother, Mereana Tipene``) is the
  description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 38-year-old``,
  ``The novelist, 52,``), that description is taken. Bare ages (``Alfie, 7,``) are
  not descriptions.
* A non-restrictive relative clause after an appositive (``A retired bus driver in
  bay four, who did not want to be named``) is not part of the description; a
  restrictive one is.
* Fragments quoted from unidentified reviews or documents (a society's rulebook, a
  review) are ``partial`` with a null speaker; when the passage later identifies whose
  words they were, that person is the speaker. A fragment placed in the lede before
  the speaker is named (``A climber … said he survived by "…"``) belongs to the
  person the passage then names.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's, presenter's or interviewer's questions are that
  person's speech, and an unnamed journalist's question at a press conference is
  speech by that journalist (with the description the passage gives).
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is, including between two speakers of the same gender.
* Inside a transcript (``Q:``/``A:`` or name labels such as ``BELLAMY:``), words the
  interviewee reports someone else saying, set in double marks, belong to the person
  who originally said them (``my uncle Samuel``, ``My grandmother``).
* A speaker's own words from the past quoted by the reporter (a commentator's famous
  call) belong to that speaker.
* Nicknames, show and podcast titles, and words printed on clothing are ``scare``.
* Where two speakers share a surname, the passage tells them apart by first name; each
  speaker is still the fullest form of their own name in the passage.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh65.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh65.jsonl")

PASSAGES = """
### 001
@a Odalys Ferreira-Kemp | the novelist
@b Ruth Abernethy | her editor at Greywell Books
Odalys Ferreira-Kemp writes in a shed at the bottom of her garden in Harlow Cross, at a desk her late father built out of a church pew. The novelist, 52, has just finished her fifth book, “⟦s:-|The Salt Ledger⟧”, and is, she says, “⟦p:a|emptied out like a bath⟧”.
“⟦d:a|I always think I’ll feel triumphant at the end, and I never do,⟧” she says, pouring tea from a pot with a chipped spout. “⟦d:a|I feel as if someone has moved out of the house.⟧”
Her editor at Greywell Books, Ruth Abernethy, has worked with her since her debut in 2004. “⟦d:b|Odalys sends me nothing for two years and then four hundred pages in a fortnight,⟧” Abernethy said. “⟦d:b|You learn not to ring her.⟧”
She remembers the first manuscript arriving by post, wrapped in a tea towel. “⟦d:b|It smelt of onions. I read it in one night and rang my boss at six in the morning.⟧”
Ferreira-Kemp grew up above a launderette in Tollgate, the daughter of a Portuguese mother and an English father who met, she says, “⟦p:a|over a broken tumble dryer⟧”.
“⟦d:a:m|My mother told stories the way other people breathe. She never finished one. She’d stop at the best bit and say, ‘Tomorrow.’ And then tomorrow she’d start a different one.⟧
“⟦d:a|I think I’ve been trying to finish her stories ever since. That sounds very neat. It isn’t neat at all.⟧”
Early reviewers have called the new book “⟦p:-|her most unguarded work⟧”. Asked whether she minds the word, she laughs. “⟦d:a|Unguarded. That’s a polite way of saying I forgot to lie.⟧”

### 002
@a Mateo Quiroga | the Argentine eighth seed
@b Jonah Pretorius | qualifier
@c - | one reporter
@d Ilie Vasilescu | His coach
BRACKENFORD, June 14 (Wire) - Mateo Quiroga, the Argentine eighth seed, said he had "⟦p:a|no excuses⟧" after a straight-sets defeat by qualifier Jonah Pretorius in the second round of the Brackenford Open on Friday.
"⟦d:a|He played better than me today. That's the whole story,⟧" Quiroga told reporters. "⟦d:a|I was late on everything. My feet were heavy, my head was heavy.⟧"
Asked whether the wrist injury that forced him out of the clay-court season was still troubling him, the 29-year-old shook his head. "⟦d:a|No. The wrist is fine. If I say the wrist, it's a lie, and then you write about the wrist for two weeks.⟧"
"⟦d:c|Are you thinking about the year-end finals now?⟧" one reporter asked.
"⟦d:a|Not tonight. Tonight I am thinking about dinner,⟧" Quiroga said.
Pretorius, ranked 211th, said he had called his mother in Durmouth from the locker room. "⟦d:b|She didn't believe me. She said, 'Stop it, Jonah, I'm watching the cricket,'⟧" the 22-year-old said. "⟦d:b|Then she saw it on her phone and screamed so loud the dog ran away.⟧"
His coach, Ilie Vasilescu, said the Argentine would take "⟦p:d|a few days to breathe⟧" before the grass season. "⟦d:d|Mateo is hard on himself. Harder than I am. He'll be fine by Monday,⟧" Vasilescu said.

### 003
@a Funmi Adeyemi-Hart | Presenter
@b Cosmo Lindqvist | the drummer
On the latest episode of “⟦s:-|Backbeat⟧”, the weekly music podcast from Northway Radio, the drummer Cosmo Lindqvist talks for the first time about the car crash that kept him off the road for most of two years.
Presenter Funmi Adeyemi-Hart opens gently. “⟦d:a|You’ve said you don’t remember the crash itself. What’s the first thing you do remember?⟧”
“⟦d:b|The ceiling,⟧” Lindqvist replies. “⟦d:b|A hospital ceiling with one tile missing. I counted the dots on those tiles for about a week. I knew there were four hundred and eighty on each one before I knew what year it was.⟧”
The crash, on a wet motorway outside Harnby, broke his pelvis, his left leg and three ribs. The other driver was never traced.
“⟦d:b:m|The hands came back first, which is funny, because everyone assumed they’d be the problem. It was the left foot. The hi-hat foot. I’d sit at the kit and tell it to move and it would think about it.⟧
“⟦d:b:m|My physio, a woman called Brigid, used to put a metronome on the floor and make me tap along with my heel. Forty beats a minute. That’s slower than a funeral.⟧
“⟦d:b|I cried the day I got to sixty.⟧”
Adeyemi-Hart asks whether he ever thought of stopping. “⟦d:a|Honestly — did you think that was it?⟧”
“⟦d:b|For about a month I thought that was it,⟧” he says. “⟦d:b|And then my daughter brought a pair of chopsticks into the ward and started drumming on my tray table, badly, on purpose, until I took them off her.⟧”
He laughs. “⟦d:b|She’s nine. She knew exactly what she was doing.⟧”

### 004
@a Grace Oduya | a retired school cook
@b Daniel Achterberg | a software tester from Leeming
@c Tia | Her daughter
@d Emeka | Grace's husband
A Wexcombe woman who gave up her first child for adoption in 1991 has been reunited with him - thanks to a DNA kit bought as a joke Christmas present.
Grace Oduya, a retired school cook, met Daniel Achterberg, a software tester from Leeming, for the first time since his birth at a cafe in Wexcombe High Street on Saturday, surrounded by a family he never knew he had.
"⟦d:a|I knew him the second he walked in. He has my father's walk,⟧" Grace said. "⟦d:a|I'd practised what I was going to say for three weeks and I didn't say any of it. I just held on to him.⟧"
Her daughter Tia, 26, who bought the kit, said: "⟦d:c|It was meant to be a laugh, to see if we were 40 per cent Viking or whatever. Then this match came up and Mum went very quiet.⟧"
"⟦d:c|She sat on the stairs with the laptop for about an hour. I thought someone had died.⟧"
Daniel, 33, said he had always known he was adopted. "⟦d:b|My mum and dad never hid it, and I've had a brilliant life,⟧" he said. "⟦d:b|But I didn't know I had a sister. I've got a sister. I keep saying it out loud.⟧"
Grace's husband, Emeka, described the reunion as "⟦p:d|the loudest hour that cafe has ever had⟧".
"⟦d:a|We've lost 33 years. I'm not losing any more,⟧" Grace said.

### 005
@g - | my grandmother in Vestvika
@r Roland Guérin | The head chef
This week's "⟦s:-|Ten Minutes With⟧" is Halvard Brekke, the Norwegian-born chef whose restaurant Fjell in Colderton has just kept its star for a sixth year. He spoke to us between lunch and dinner service. The interview has been condensed and edited.
Q: What did you eat growing up?
A: Fish, fish and more fish. My grandmother in Vestvika used to say "⟦d:g|a day without fish is a day at sea⟧", which makes no sense at all, but she said it every single day.
Q: You trained in Montbrison-sur-Lize. Was it as brutal as people say?
A: Worse. The head chef, a man called Roland Guérin, threw a copper pan at the wall beside my head on my second day. He said, "⟦d:r|Next time I won't miss.⟧" I stayed four years. I still have the pan.
Q: Which dish would you never take off the menu?
A: The "⟦s:-|burnt⟧" cabbage. It isn't burnt, it's charred, but a critic called it burnt and now the customers ask for it by that name.
Q: Last meal?
A: My grandmother's fish soup, made by someone who isn't me. I have never once got it right.

### 006
@a Nkechi Obiora | Presenter
@b Harriet Vance-Lowe | The housing minister
@c Belmarsh Housing Trust | -
The housing minister, Harriet Vance-Lowe, was repeatedly challenged on Tuesday over the government’s promise to build 40,000 social homes by 2027, in a tense exchange on Radio Belmarsh’s “⟦s:-|Morning Edition⟧”.
Presenter Nkechi Obiora opened by reading out figures from the Belmarsh Housing Trust showing that fewer than 6,000 had been started. “⟦d:a|Minister, you’re not even a sixth of the way there. Is the target dead?⟧”
“⟦d:b|No, it isn’t dead, and I’d gently say those figures don’t include homes that are in planning,⟧” Vance-Lowe replied.
“⟦d:a|Homes in planning aren’t homes, though, are they? People can’t live in planning.⟧”
“⟦d:b|I understand the frustration. I share it. But we inherited a system that was broken—⟧”
“⟦d:a|You’ve been in office for three years.⟧”
“⟦d:b|And in those three years we have reformed the system. The results take time to show.⟧”
The minister later told listeners she would publish “⟦p:b|a full delivery plan⟧” before the summer recess, but would not commit to a date.
The Belmarsh Housing Trust said in a statement after the programme that her answers had been “⟦p:c|deeply disappointing⟧” for the 11,000 households on the council’s waiting list. “⟦d:c|These families do not live in planning either,⟧” the trust said.

### 007
@a Reto Caflisch | the head coach of the national women's slalom team
@b Lina Brunner | the team's youngest racer
@c Sabine Arnold | The team physiotherapist
@d Helvetic Ski Federation | -
ENGELWALD – Reto Caflisch, the head coach of the national women's slalom team, has seen a lot of bad snow in 23 years. This winter, he says, is «⟦p:a|something else⟧».
«⟦d:a|We trained on a glacier in October that had lost thirty metres since last year. Thirty metres. You could see the old lift pylons sticking out of the rock,⟧» he said in the team hotel on Wednesday.
«⟦d:a|I am not a scientist. But I am not blind either.⟧»
Lina Brunner, the team's youngest racer, grew up two valleys away. «⟦d:b|When I was small we skied to school in January. My little brother has never done that once,⟧» the 19-year-old said.
She is not sure how long her sport has left. «⟦d:b|Maybe twenty years like this. Maybe less. So I want to win something now,⟧» she said, laughing.
The team physiotherapist, Sabine Arnold, said knee injuries had risen as the pistes got harder and icier. «⟦d:c|Artificial snow is like concrete in the morning. The girls hit it and the knees take everything,⟧» she said.
The Helvetic Ski Federation said in a statement last month that it would introduce a «⟦p:d|more sustainable calendar⟧» from 2026, with fewer early-season races on glaciers.
«⟦d:a|A calendar is nice. Snow would be nicer,⟧» Caflisch said.

### 008
@a Kacey Doyle | REALITY star
@b Shannon Doyle | her older sister
@c - | A source close to the family
REALITY star Kacey Doyle has broken her silence on the bitter family feud that has played out online for months - insisting: "⟦d:a|I'm done being the villain.⟧"
The 27-year-old, who found fame on Love Villa last summer, told us: "⟦d:a|Everyone thinks I stole her boyfriend. I didn't steal anybody. He wasn't a handbag.⟧"
"⟦d:a|We haven't spoken since Mum's 60th. I sent her a card on her birthday and it came back unopened. That hurt more than anything anyone's said about me online.⟧"
But her older sister, Shannon Doyle, 31, hit back last night. "⟦d:b|Kacey knows exactly what she did. The cameras don't make you a different person, they just make you louder,⟧" she posted on Instagram.
A source close to the family said: "⟦d:c|Their mum is heartbroken. She just wants both girls round the same table at Christmas, and right now that's looking like a miracle.⟧"
Kacey insisted the door was "⟦p:a|always open⟧". "⟦d:a|If she rings me tomorrow I'll pick up. I'll cry, probably, but I'll pick up,⟧" she said.

### 009
@a Imelda Rourke | the first woman to sit as senior judge of the Calder circuit
@b Patrick | a retired vet
Imelda Rourke, the first woman to sit as senior judge of the Calder circuit, meets me at the door of her cottage in wellington boots, holding a hen. “⟦d:a|She escaped. Don’t let her see you looking,⟧” she says.
Rourke retired in March after 31 years on the bench. The hen, it turns out, is called Portia.
“⟦d:-|Do you miss it?⟧” I ask, once Portia has been returned to the run.
“⟦d:a|The work, no. The people, terribly. Not the barristers,⟧” she adds quickly. “⟦d:a|The ushers. The clerks. The woman who ran the canteen at Hollinbeck for twenty years and knew every verdict before I did.⟧”
She presided over the Ashgrove trial in 2014, and describes her sentencing remarks in that case as “⟦p:a|the hardest thing I ever wrote⟧”.
“⟦d:a:m|People imagine a judge goes home and sleeps like a baby. I didn’t sleep for a week after that one. I kept thinking about the mother in the public gallery. She never once looked at me, and I understood why.⟧
“⟦d:a|You carry them. Every single one. Anyone who tells you otherwise was never any good at it.⟧”
Her husband of 44 years, Patrick, a retired vet, brings in tea on a tray. “⟦d:b|She’s being modest. She still reads the law reports in bed,⟧” he says.
“⟦d:a|I do not.⟧”
“⟦d:b|She does.⟧”
I ask what she will do now. “⟦d:a|Hens,⟧” she says. “⟦d:a|And a novel, probably a terrible one. Everyone on the bench writes a terrible novel. It’s traditional.⟧”

### 010
@a Darnell Obeng | the unbeaten super-middleweight from Castlemead
@b Kofi Obeng | His father and trainer
@c Reggie Tam | Promoter
Darnell Obeng, the unbeaten super-middleweight from Castlemead, still trains in the same converted bus depot where his father first wrapped his hands when he was eight.
"⟦d:a|Nothing's changed in here except the smell, and that's got worse,⟧" the 26-year-old said, nodding at a row of heavy bags patched with gaffer tape.
His father and trainer, Kofi Obeng, came to the town from Ghana in 1994 and boxed as an amateur until a detached retina ended his career. "⟦d:b|I tell him every day: your eyes are your career. Protect them,⟧" Kofi said. "⟦d:b|He listens maybe half the time.⟧"
"⟦d:a|Less than half,⟧" Darnell said.
On Saturday he fights the champion, Liam Costigan, for the British title at Castlemead Arena. Promoter Reggie Tam called it "⟦p:c|the fight this town has been waiting twenty years for⟧".
"⟦d:c|We sold out in nine minutes. Nine. I've never seen anything like it round here,⟧" Tam said.
Darnell said he had stopped reading social media in camp. "⟦d:a|People are either telling you you're the next big thing or that you're rubbish. Neither of them has ever been in a ring,⟧" he said.
Asked what he would feel at the first bell, Kofi Obeng went quiet. "⟦d:b|Proud. Terrified. Mostly terrified,⟧" he said. "⟦d:b|Don't print that. Print proud.⟧"

### 011
@a Setsuko Nakahara | The astronomer
@b Albert Pruett | director of the Mount Corrin Observatory
@c Kenji | Her grandson
MOUNT CORRIN (Cascadia Press) -- For 52 years Setsuko Nakahara has climbed the same iron staircase to the same telescope. On Monday night, at 81, she made the climb for the last time.
The astronomer, who has discovered 14 comets and one asteroid now named for her late husband, stopped twice on the way up.
``⟦d:a|I counted them once. One hundred and twelve steps. They have not got any fewer,⟧'' Nakahara said, catching her breath at the top.
``⟦d:a|People ask if I am sad. I am a little sad. But the sky does not care who is looking at it, and that is a comfort, actually.⟧''
Albert Pruett, director of the Mount Corrin Observatory, said the telescope would be renamed in her honor. ``⟦d:b|There is nobody alive who knows this instrument the way Setsuko does,⟧'' Pruett said. ``⟦d:b|She can tell you it's going to be a bad night from the sound the dome makes when it turns.⟧''
Her grandson Kenji, 17, who drove her up the mountain, said: ``⟦d:c|She made me promise I'd do the stairs with her again next year. As a visitor. She said visitors get to complain.⟧''
Nakahara said she planned to spend her retirement ``⟦p:a|looking at things that are closer,⟧'' beginning with her vegetable garden.

### 012
@a Ciarán Mulvey | the director
@b Dev Malhotra | the 38-year-old
@c Agnieszka Pol | Stage manager
In a church hall on Dunmore Street, eleven actors are lying on the floor pretending to be a storm. Ciarán Mulvey, the director, walks among them in his socks.
“⟦d:a|Louder. No — angrier. You’re not weather, you’re a grievance,⟧” he tells them.
Mulvey’s “⟦s:-|King Lear⟧”, which opens at the Harbour Playhouse next month, is set in a care home. The posters call it “⟦s:-|a Lear for our time⟧”, a phrase Mulvey says he did not write and would not have.
Dev Malhotra, who plays Lear, is about forty years too young for the part. “⟦d:b|Everyone keeps telling me that,⟧” the 38-year-old says over a flask of tea in the break. “⟦d:b|My grandfather had dementia for nine years. I watched him become the king of a very small room. I don’t need to be eighty to know what that looks like.⟧”
Mulvey says he cast Malhotra after watching him “⟦p:a|do absolutely nothing for three minutes⟧” in a fringe play above a pub.
“⟦d:a|He stood there and listened to another actor and I couldn’t look anywhere else. That’s rare. Most actors listen like they’re waiting for a bus.⟧”
Malhotra, told this, grins. “⟦d:b|He says that to everyone.⟧”
“⟦d:a|I do not,⟧” Mulvey shouts from across the hall.
Stage manager Agnieszka Pol claps twice. “⟦d:c|Back in five, please, storm,⟧” she calls.

### 013
@a Bryn Pritchard | -
@b Carys | his wife
@c Owain Lloyd | Their neighbour
@d - | A spokesperson for the Teme Valley Rivers Authority
Bryn Pritchard and his wife, Carys, have farmed at Cwm Ddu for 37 years. In that time, they say, the River Lleddfa came into the yard twice. This winter it came in four times.
"⟦d:a|The first time, you think: well, that's bad luck,⟧" Bryn said, standing in a barn still marked with a brown tidemark at waist height. "⟦d:a|The fourth time, you stop calling it luck.⟧"
Carys was alone in the farmhouse when the water rose on the night of February 3. "⟦d:b|I got the dogs upstairs and then I went back down for the photographs. Bryn says that was stupid. It was stupid,⟧" she said. "⟦d:b|But you can buy another sofa.⟧"
They lost 60 ewes, a year's supply of hay and most of the ground floor of the house.
Their neighbour Owain Lloyd, who drove his tractor through the floodwater to tow out their quad bike, said the valley had "⟦p:c|never seen anything like it⟧". "⟦d:c|My father farmed here, his father farmed here. None of them talked about water like this,⟧" Lloyd said.
A spokesperson for the Teme Valley Rivers Authority said: "⟦d:d|We recognise the distress caused to farming families and are reviewing flood defences along the Lleddfa as a priority.⟧"
Bryn was unconvinced. "⟦d:a|They've been reviewing since 2009,⟧" he said. "⟦d:a|I've got a drawer full of reviews. I'd swap the lot for one wall.⟧"

### 014
@a Aroha Tipene | a Year 11 student at Kāwhai College
@b Mereana Tipene | Her mother
@c Whenuaroa District Council | -
Aroha Tipene, a Year 11 student at Kāwhai College, has spent every Friday lunchtime for two years sitting outside the Whenuaroa District Council offices with a hand-painted sign reading “⟦s:-|Our river, our future⟧”.
On Wednesday, councillors voted to drop plans for a gravel quarry upstream of her marae.
“⟦d:a|I honestly didn’t think they were even reading the sign,⟧” the 16-year-old said. “⟦d:a|Some weeks it was just me and a thermos and a lot of people looking at their phones.⟧”
Her mother, Mereana Tipene, said she had tried at first to talk her out of it.
“⟦d:b|I said, ‘Bub, you’ll get cold and nobody will care.’ I was half right. She got cold,⟧” she said.
“⟦d:b|I’m so proud of her I can hardly talk about it. Her nan would have been down there with her every week.⟧”
The council said in a statement that the decision followed “⟦p:c|extensive community feedback, including from rangatahi⟧”.
Aroha said she would keep sitting outside “⟦p:a|until they actually sign something⟧”. “⟦d:a|A vote is a vote. Paper is paper,⟧” she said.

### 015
@a Jodie Marr | Halden City captain
@b Inés Carvajal | Halden manager
@c Nia Adebayo-Price | Striker
Halden City captain Jodie Marr says her side will treat Sunday's cup final against Porthallow "⟦p:a|like any other away day⟧" - despite a record crowd of 38,000 expected at Wembury Park.
"⟦d:a|We'll get the bus, we'll have the same playlist, someone will forget their shin pads. Probably me,⟧" Marr, 30, said at the club's training ground on Thursday.
"⟦d:a|I've played in front of 200 people on a Wednesday night in the rain in Glenbury. If you can do that, you can do this.⟧"
Halden manager Inés Carvajal, who took over in November with the club bottom of the table, was more emotional. "⟦d:b|Six months ago we were fighting relegation. Now we are in a final. I don't have the words in English or in Spanish,⟧" the Spaniard said.
She singled out her captain. "⟦d:b|Jodie is the one who talks in the dressing room when I can't. Sometimes I am too angry to speak. She is never too angry.⟧"
Marr laughed when the comments were relayed to her. "⟦d:a|That's not true. I'm angry all the time. I just hide it better,⟧" she said.
Striker Nia Adebayo-Price, who scored twice in the semi-final, is more worried about her grandmother. "⟦d:c|I've watched every final on the telly with my nan since I was four. She's bought a new hat for Sunday. If we lose, it's the hat I feel sorry for,⟧" the 19-year-old said.

### 016
@a Ollie Brandt | a former county player
@b Sunil Varma | a maths teacher from Ashbourne Vale
@c Zofia Kaczmarek | the 24-year-old grandmaster who stunned the Lindholm Invitational last month
@d - | one commentator on the live stream
Zofia Kaczmarek, the 24-year-old grandmaster who stunned the Lindholm Invitational last month, does not sound like someone who has just beaten the world number two. On this week’s “⟦s:-|Endgame⟧” podcast she mostly sounds tired.
The show is hosted by Ollie Brandt, a former county player, and Sunil Varma, a maths teacher from Ashbourne Vale, who have been friends since a junior tournament in 1998.
“⟦d:a|Zofia, congratulations. How long did it take to sink in?⟧” Brandt asks.
“⟦d:c|It hasn’t. I still think someone will email me and say there was a mistake with the results,⟧” Kaczmarek says.
Varma wants to talk about move 31, a knight sacrifice that one commentator on the live stream called “⟦p:d|either genius or a typo⟧”.
“⟦d:b|Be honest. Did you calculate it, or did you just feel it?⟧” Varma asks.
“⟦d:c:m|Both, and neither. I saw that if he took the knight, his king was in a box. I couldn’t see the end. I just knew the box was very small.⟧
“⟦d:c|My first coach used to say you don’t need to see the bottom of the pool to know it’s water. I thought that was nonsense when I was nine. Now I think it’s the only useful thing anyone ever told me.⟧”
Brandt laughs. “⟦d:a|That’s going on a T-shirt.⟧”
“⟦d:b|What did your parents say when you won?⟧” Varma asks.
“⟦d:c|My mother asked if I’d eaten. That’s all she ever asks,⟧” she says.

### 017
@a Benedita Nogueira | the 67-year-old novelist from Porto Serrano
@b Catherine Ashdown | Her translator
Benedita Nogueira, the 67-year-old novelist from Porto Serrano, speaks English perfectly well, but she prefers to give interviews in Portuguese. “⟦d:a|Em inglês eu sou educada. Em português eu sou eu,⟧” she says, and then, for my benefit: “⟦d:a|In English I am polite. In Portuguese I am me.⟧”
Her translator, Catherine Ashdown, has worked on all six of her novels and sits beside her throughout, translating my questions and her answers.
Asked why she writes about her mother so often, Nogueira talks for a long time. Ashdown renders it: “⟦d:a|My mother could not read. Every book I write, I am reading it to her in my head. She is a very difficult audience. She falls asleep.⟧”
The new novel, “⟦s:-|The Widow’s Orchard⟧”, runs to 700 pages in the original and has sentences that go on for most of one.
Speaking for herself, Ashdown says: “⟦d:b|People assume the hard part is the vocabulary. It isn’t. The hard part is that Benedita writes sentences a page long that somehow never get lost. In English they want to fall apart in your hands.⟧”
Nogueira, who has been listening, interrupts in English. “⟦d:a|She makes them better. Don’t tell anybody.⟧”
“⟦d:b|I really don’t,⟧” Ashdown says.

### 018
@a Maeve Corcoran | -
@b Lotte Hendriks | -
Maeve Corcoran and Lotte Hendriks have been making records as Pale Harbour since 2011. Corcoran plays fiddle; Hendriks plays nearly everything else. In conversation they finish each other's sentences, and correct them.
"⟦d:a|It was raining—⟧" Corcoran begins, when I ask how they met.
"⟦d:b|It was not raining. It was snowing,⟧" says Hendriks.
"⟦d:a|It was raining in Irish terms.⟧"
"⟦d:b|Sleet.⟧"
"⟦d:a|Fine. Sleet. And she was playing an accordion at a bus stop in Veendijk—⟧"
"⟦d:b|I was waiting for a bus with an accordion. That's different.⟧"
Their fifth album, "⟦s:-|Low Tide Hymns⟧", is out on Friday. It is the first they have made since Hendriks's father died.
"⟦d:a|You can hear him in it, I think. There's a lot of space in it,⟧" Corcoran says, more quietly.
Hendriks nods. "⟦d:b|He was a lighthouse keeper. Well, for the last ten years the lighthouse was automatic, so he was a man who sat next to a lighthouse. But he was very quiet. I think we made a quiet record for him.⟧"

### 019
@a Doreen Pettifer | the lollipop lady at Millbrook Primary School
@b Alfie | -
@c Priya | -
@d Sandra Hale | Headteacher
After 34 years, some 6,000 school days and, by her own estimate, “⟦p:a|about a million good mornings⟧”, Doreen Pettifer, the lollipop lady at Millbrook Primary School, hung up her hi-vis coat on Friday.
Pupils lined Chapel Road to clap her across for the last time.
“⟦d:a|I’ve seen children cross this road who now bring their own children across it. One of them’s a policeman. He still says ‘Morning, Mrs P’ like he’s six,⟧” said Mrs Pettifer, 71.
“⟦d:a|I’m not crying. It’s the wind.⟧”
Alfie, 7, said she was “⟦p:b|the best at high fives in the whole world⟧”. Priya, 10, had made her a card. “⟦d:c|I wrote that she’s like a superhero but with a stick,⟧” she said.
Headteacher Sandra Hale said: “⟦d:d|Doreen has been the first face our children see every morning for three and a half decades. We’ll find someone to hold the sign, but we won’t replace Doreen.⟧”
Mrs Pettifer plans to take up cycling. “⟦d:a|My grandson’s bought me a bike. I’ve told him I’ll be going the long way round, nowhere near a school,⟧” she said.

### 020
@s Samuel | my uncle
@n Neema | My daughter
Wanjiru Kamau won the Forthbridge Marathon three times and still holds the course record. Now 41, she coaches a running club of 60 teenagers in Dunkeld Vale. She spoke to us before Sunday's race, which she will start with a klaxon rather than her feet. This interview has been edited for length.
Q: People used to call you "⟦s:-|the Quiet Kenyan⟧". Did you mind?
A: I minded the "⟦s:-|quiet⟧" part. Ask my husband if I'm quiet.
Q: Your first coach was a relative, wasn't he?
A: Yes, my uncle Samuel. Every morning at five he knocked on the door and said, "⟦d:s|The hill is not going to climb itself.⟧" Every morning, for six years. I hated that hill. I still dream about that hill.
Q: And now you're the coach.
A: Now I am the one knocking on the door. It's much better on this side of the door.
Q: What did your family say when you retired?
A: My daughter, Neema, said, "⟦d:n|Good, now you can come to my sports day.⟧" So I went. I came third in the mothers' race. She has not forgiven me.

### 021
@a Harbour Lane Records | -
@b Ewan Gillespie | Fellow musician
@c Morag | His widow
GLASMORE, March 3 (Wire) - Tributes poured in on Monday for Tam Rafferty, the folk singer whose song "⟦s:-|Bread and Salt⟧" became an anthem of the 1984 shipyard strikes. He died at his home on Sunday, aged 78.
Harbour Lane Records, which released his first album in 1969, said in a statement that he had been "⟦p:a|a voice for people who were not often handed a microphone⟧".
"⟦d:a|Tam never sang a song he didn't believe. He wouldn't have known how,⟧" the label said.
Fellow musician Ewan Gillespie, who toured with Rafferty for a decade, said he had lost "⟦p:b|a brother in everything but blood⟧".
"⟦d:b|He'd argue with you till three in the morning about a single line, then buy you breakfast,⟧" Gillespie told Radio Glasmore. "⟦d:b|The man was impossible and I loved him.⟧"
His widow, Morag, said in a short message posted on his website that he had died "⟦p:c|listening to the sea, which is how he wanted it⟧".
"⟦d:c|We were married for 51 years. He sang to me in every one of those years, even when I asked him not to,⟧" she wrote.
A public memorial will be held at the Glasmore Miners' Hall, where he first sang "⟦s:-|Bread and Salt⟧" to a room of 40 people.

### 022
@a Bernadette Yeboah | Charge nurse
@b Hana Kobayashi | a newly qualified nurse who arrived from Japan in September
@c - | A retired bus driver in bay four
At 3am on Ward 9 of St Aldhelm’s Hospital the lights are dimmed to a brownish orange and the only sound is a drip pump beeping somewhere nobody can find.
Charge nurse Bernadette Yeboah finds it in 40 seconds. “⟦d:a|Bed 14. It’s always bed 14,⟧” she says. “⟦d:a|That pump has a personality.⟧”
Yeboah, 54, has worked nights for 22 years. Tonight she has 28 patients and five nurses. On paper she should have seven.
“⟦d:a:m|People think nights are quiet. Nights are when people die, and when they get frightened, and when they fall getting up for the loo because they don’t want to bother anyone.⟧
“⟦d:a|The day staff have the doctors and the relatives. We have the dark.⟧”
Hana Kobayashi, a newly qualified nurse who arrived from Japan in September, is on her fourth night in a row. She still writes every drug in a notebook in Japanese before she gives it. “⟦d:b|My English is good, but at four in the morning my brain goes back home,⟧” she says.
Yeboah, passing, squeezes her arm. “⟦d:a|She’s better than I was at her stage. Don’t tell her.⟧”
“⟦d:b|I heard,⟧” Kobayashi says.
A retired bus driver in bay four, who did not want to be named, calls out as we pass. “⟦d:c|Are you the one from the paper? Write that they’re angels. And that the tea’s cold.⟧”
At 6.50am, at handover, Yeboah describes the night as “⟦p:a|a good one⟧”. Nobody died. “⟦d:a|That’s the bar,⟧” she says. “⟦d:a|That shouldn’t be the bar.⟧”

### 023
@a Declan Furlong | Presenter
@b Siobhan | -
@c Gerry | -
@d - | Another caller
@e Postlink | -
Listeners jammed the phone lines of Westlands FM's "⟦s:-|Talkback⟧" on Tuesday after Postlink announced the closure of 19 rural branches across the region.
Presenter Declan Furlong opened the programme by asking: "⟦d:a|Is this the end of the village as we know it?⟧"
Siobhan, from Ardglass, said the branch in her village was "⟦p:b|the only place I talk to anyone from one end of the week to the other⟧".
"⟦d:b|I'm 83. I don't do the online banking. I don't want to do the online banking. I want to go in and see Maura,⟧" she said.
Gerry, in Castlebrack, took a different view. "⟦d:c|I'll be honest with you, Declan, I haven't been inside a post office since about 2005. Things move on,⟧" he said.
"⟦d:a|And what about the people who can't move on with them, Gerry?⟧" Furlong asked.
"⟦d:c|Well, that's a fair point, and I haven't got an answer for it,⟧" Gerry replied.
Another caller, who did not give her name, said she had queued for 40 minutes in the nearest town to post a birthday card. "⟦d:d|For a card! It cost me more in petrol than the present,⟧" she said.
Postlink said in a statement that footfall at the affected branches had "⟦p:e|declined significantly⟧" and that services would continue through a mobile van.

### 024
@a Jade Whitcombe | MUM-of-three
@b Marcus Whitcombe | the Bridgeford striker
@c - | A club insider
MUM-of-three Jade Whitcombe has lifted the lid on life as a footballer's wife - and says it's "⟦p:a|nothing like the telly⟧".
The 29-year-old, who married Marcus Whitcombe, the Bridgeford striker, in a lavish ceremony in 2021, said: "⟦d:a|People think it's all handbags and holidays. Try getting three kids under six out of the door at 7am while he's away on a training camp.⟧"
"⟦d:a|I do the school run in my pyjamas with a coat over the top. Every single day. Nobody's taking a picture of that.⟧"
Marcus, 31, posted a loved-up tribute on Instagram last night, writing: "⟦d:b|Behind every hat-trick is a woman who's had about four hours' sleep. Love you J x⟧"
Jade also opened up about online trolls. "⟦d:a|Someone messaged me after he missed that penalty saying they hoped our house burned down. With my kids in it. I reported it and nothing happened,⟧" she said.
A club insider said: "⟦d:c|Jade's the glue in that family. Marcus would be lost without her, and he knows it.⟧"

### 025
@a Ifeoma Nwachukwu | the painter
@b Gideon Strand | The gallerist
@c Philippa Rowe | art critic of the Halstead Courier
When the painter Ifeoma Nwachukwu’s first solo show opened in a gallery on Kestle Street two years ago, one review called her work “⟦p:c|loud, messy and about ten years from being good⟧”.
“⟦d:a|I cut it out and stuck it on the studio door,⟧” she says. “⟦d:a|Every morning I walk past it. Ten years. I’ve got eight left.⟧”
Her new show, “⟦s:-|Harmattan⟧”, sold out before it opened.
The gallerist Gideon Strand, who has represented her since 2021, first saw her paintings stacked against a wall in a shared studio. “⟦d:b|I went in to look at someone else’s work. I left with her phone number and no idea what I was going to do with it,⟧” he says.
The review, it turns out, was written by Philippa Rowe, art critic of the Halstead Courier, who this month gave “⟦s:-|Harmattan⟧” five stars.
“⟦d:c|I stand by what I wrote then. She was loud and messy. She still is. She just got good a great deal faster than I predicted,⟧” Rowe told me.
Nwachukwu laughs when she hears this. “⟦d:a|Eight years early. I’ll take it.⟧”

### 026
@a Hamish Ruddock | Wessington captain
@b - | one reporter
@c - | a second reporter
@d Farhan Qureshi | the 20-year-old leg-spinner
Wessington captain Hamish Ruddock refused to blame the pitch after his side were bowled out for 94 on the final day at Cheddleton, surrendering the Championship lead to Marlshire.
"⟦d:a|Ninety-four is ninety-four. You can't look at a strip and say it did that to you,⟧" Ruddock said.
"⟦d:b|Was the toss the difference?⟧" one reporter asked.
"⟦d:a|No. We'd have batted too. We just batted badly.⟧"
"⟦d:c|Are you worried about your own form?⟧" asked a second reporter.
Ruddock, who has made 112 runs in nine innings this season, smiled thinly. "⟦d:a|Worried is a strong word. Annoyed. I'm annoyed,⟧" he said. "⟦d:a|I'll go back to the nets and hit a thousand balls and it'll come back. It always does.⟧"
The one bright spot was the 20-year-old leg-spinner Farhan Qureshi, whose six for 41 on the first day had briefly put Wessington in control, and whom Ruddock called "⟦p:a|the real deal⟧".
"⟦d:d|My dad was in the stand. He doesn't normally come because he gets too nervous, so I didn't tell him I was playing,⟧" Qureshi said. "⟦d:d|He found out on the radio and drove three hours.⟧"

### 027
@a Sebastian Kraus | a dentist in Brennheim
@b Tom Whitaker | a long-distance lorry driver from Oakhurst
@c Ilse | His wife
Sebastian Kraus, a dentist in Brennheim, and Tom Whitaker, a long-distance lorry driver from Oakhurst, have the same laugh, the same crooked left thumb and, it turned out last spring, the same mother.
The 46-year-old twins were separated days after their birth in a hospital in Lübbendorf and adopted by families in two different countries. Neither knew the other existed.
“⟦d:b|I opened the door and it was like looking at myself after a better night’s sleep,⟧” Whitaker said.
“⟦d:a|He says that. I say it was like looking at myself after a lot more fish and chips,⟧” Kraus said.
They spoke to us on a video call, Whitaker from his cab in a lay-by, Kraus from his surgery between patients.
“⟦d:b:m|My mum — my adoptive mum, who brought me up — told me when I was twelve that I was adopted. She never mentioned a brother. I don’t think she knew.⟧
“⟦d:b|When the DNA site came back with ‘identical twin’ I thought it was a scam. I nearly deleted it.⟧”
Kraus had been searching for years. His wife, Ilse, who first suggested the test, said he had always felt that something was missing.
“⟦d:c|I thought it was just a thing he said. Then Tom’s message came and Sebastian sat on the kitchen floor for an hour without speaking,⟧” she said.
“⟦d:a|We have forty-six years to catch up on. So far we have done about four days,⟧” Kraus said.
“⟦d:b|He’s already told me off about my teeth,⟧” Whitaker added.

### 028
@a Amrita Raghunathan | the architect who designed the Fennick Library
@b Harold Pike | chair of the library's trustees
Amrita Raghunathan, the architect who designed the Fennick Library, is late for our interview because she has stopped to look at a drainpipe.
"⟦d:a|Sorry. Sorry. It was Victorian cast iron with a little lion's head on the hopper. You don't see that any more,⟧" she says, shaking the rain off her coat.
Her father was a plumber, she explains, and she was looking at pipes before she could read.
"⟦d:-|Is that why the library looks the way it does?⟧" I ask. The Fennick, which won the Hallam Prize last year, is known for its exposed copper gutters, which have turned a vivid green.
"⟦d:a|Partly. I wanted people to see where the rain goes. We hide everything in buildings now. I think that's a kind of lie.⟧"
Harold Pike, chair of the library's trustees, admits the gutters caused "⟦p:b|some nervous meetings⟧".
"⟦d:b|Half the board thought she was mad. The other half thought she was a genius. I was in the middle, which is where chairmen live,⟧" Pike said.
I ask what she is working on next. "⟦d:a|A public toilet,⟧" she says, entirely seriously. "⟦d:a|It is the most important building in any town, and nobody ever gets it right.⟧"

### 029
@a Odessa Maybury | The jazz singer
@b Clement Ashe | Her pianist of 30 years
NEW HAVERTON -- The jazz singer Odessa Maybury is 79 years old and has, she insists, ``⟦p:a|no intention of being sensible about it.⟧''
On Thursday she opens a six-night run at the Blue Lantern, the club where she first sang in 1963, when, she says, ``⟦p:a|the tables had tablecloths and the men had hats.⟧''
``⟦d:a|I was seventeen and I lied and said I was twenty-one. The owner knew. He gave me a glass of milk with a cherry in it so I'd look like I was drinking,⟧'' she said in her dressing room, which is a cupboard with a mirror.
``⟦d:a|I've been singing the same fourteen songs for sixty years. People ask me if I get bored. Honey, do you get bored of your own children?⟧''
Her pianist of 30 years, Clement Ashe, said she still changes the key of ``⟦s:-|Harbor Lights in June⟧'' without warning, in the middle of the song.
``⟦d:b|She'll turn round and give me a look and I know we're going up a tone. Thirty years and she has never once told me in advance,⟧'' Ashe said.
``⟦d:a|Where's the fun in telling him?⟧'' Maybury said.

### 030
@a Sylvain Thibodeau | the head coach of the Saint-Ours Harfangs
@b Élodie | the team's backup goaltender and the only girl on the roster
@c Ginette Lapointe-Roy | The town's mayor
SAINT-OURS – Sylvain Thibodeau, the head coach of the Saint-Ours Harfangs, has one rule in his dressing room: nobody speaks English before the anthem. «⟦d:a|Ici, on parle français jusqu'à l'hymne,⟧» he says, then translates for the visitor: «⟦d:a|Here, we speak French until the anthem.⟧»
The Harfangs, a junior team from a town of 4,000, reached the regional final for the first time on Sunday.
«⟦d:a|We have boys whose fathers work at the paper mill and boys whose fathers are dentists. On the ice, nobody knows the difference,⟧» Thibodeau said.
His daughter Élodie, 17, the team's backup goaltender and the only girl on the roster, says the rule is «⟦p:b|mostly for Papa⟧». «⟦d:b|His English is worse than he pretends. The rule protects him,⟧» she said, grinning.
«⟦d:a|Ce n'est pas vrai,⟧» her father protested. «⟦d:a|That is not true.⟧»
The town's mayor, Ginette Lapointe-Roy, has arranged buses for the final in Lac-Brûlé. «⟦d:c|The whole town will be there. I have asked the priest to keep Mass short,⟧» she said.

### 031
@a Femi Adebayo | Music teacher
@b Lily-Rose | -
@c Ayaan | -
@d Kerry Nash | One parent
A primary school choir from the Hollins estate in Brackwater has beaten 140 schools to win the National Schools Singing Award - five years after the school nearly scrapped music lessons altogether.
The 32-strong Hollins Park Primary choir performed a traditional folk song and a piece written by the pupils themselves, "⟦s:-|Our Street⟧", at the final in Kingsport on Saturday.
Music teacher Femi Adebayo, who started the choir in 2019 with six children in a corridor, said he "⟦p:a|couldn't speak⟧" when the result was announced.
"⟦d:a|I just held on to the piano. Then the kids were screaming and I was screaming and I think one of the judges was screaming,⟧" he said.
"⟦d:a|These are children who've been told a lot of things about where they're from. Not many of those things were nice. Today they got told they're the best in the country.⟧"
Lily-Rose, 11, said: "⟦d:b|I was so nervous I forgot the second verse of 'Our Street', but nobody noticed because everyone was singing so loud.⟧"
Ayaan, 10, said the best part had been "⟦p:c|the bus home, because we sang all the way⟧".
One parent, Kerry Nash, said: "⟦d:d|When Mr Adebayo started, some of us thought he was mad. Now we'd walk through fire for him.⟧"

### 032
@a Bex Tolliver | its host
@b Ray Huang | a retired detective inspector who led the original investigation into the disappearance of Annie Pask
@c Lorna Pask | Annie’s younger sister
The hit podcast “⟦s:-|Cold Water⟧” returned on Monday with an episode that its host, Bex Tolliver, describes as “⟦p:a|the one I’ve been scared to make⟧”.
It features the first interview in 30 years with Ray Huang, a retired detective inspector who led the original investigation into the disappearance of Annie Pask from Weldon Quay in 1994.
“⟦d:a|Ray, you’ve turned down every journalist for three decades. Why say yes to me?⟧” Tolliver asks at the start.
“⟦d:b|Because you wrote me a letter by hand. Nobody’s done that since my mother died,⟧” Huang replies.
Huang admits the first 48 hours of the search were “⟦p:b|a mess⟧”. “⟦d:b|We had two officers on the quay and one of them was looking for his own dog. I’m not proud of that,⟧” he says.
Annie’s younger sister, Lorna Pask, also speaks on the episode, the first time she has taken part in any programme about the case.
“⟦d:c|Everyone talks about Annie as a mystery. She wasn’t a mystery. She was a girl who liked Marmite and hated tomatoes and owed me a fiver,⟧” she says.
Tolliver told the Weldon Gazette that she had deliberately ended the episode with Pask’s voice. “⟦d:a|I didn’t want to make an episode about Ray, or about me. I wanted Lorna to have the last word,⟧” she said.

### 033
@a Saskia van Rensburg | the double Olympic champion
@b Anneke | her mother
@c Darius Amadi | Her coach since the age of 12
PORT ELLERY, Sept 9 (Wire) - Saskia van Rensburg, the double Olympic champion, announced her retirement from swimming on Tuesday at the age of 27, saying she had "⟦p:a|nothing left in the tank and nothing left to prove⟧".
"⟦d:a|I've been getting up at 4.45 since I was nine. I'd like to find out what seven o'clock looks like,⟧" van Rensburg told a news conference at the Port Ellery Aquatic Centre, where she learned to swim.
She thanked her mother, Anneke, who drove her to the pool every morning for a decade. "⟦d:a|Mum, I know you're crying. It's fine. I'm crying too,⟧" she said, looking at the front row.
Anneke said afterwards that she had "⟦p:b|very mixed feelings⟧". "⟦d:b|I'm sad for the sport. I'm very happy for my car,⟧" she said. "⟦d:b|It's done about 400,000 kilometres.⟧"
Her coach since the age of 12, Darius Amadi, called her "⟦p:c|the hardest worker I have ever seen, and I've seen a few⟧".
"⟦d:c|She never once asked to get out early. Not once, in fifteen years. I asked her to, sometimes,⟧" Amadi said.

### 034
@a Yusuf Demirci | Tidewell’s chief executive
@b Aaron Feld | its chief technology officer
@c - | One early investor
Tidewell started in 2017 in a lock-up garage in Sandmere with a borrowed soldering iron and a plan to make tide gauges cheap enough for a fishing village to buy. Last month it was sold for £210m.
Yusuf Demirci, Tidewell’s chief executive, and Aaron Feld, its chief technology officer, have known each other since they were eleven. They still bicker like it.
“⟦d:a|Aaron will tell you it was his idea. It was my idea,⟧” Demirci says.
“⟦d:b|It was my idea and your spreadsheet,⟧” Feld says.
“⟦d:a|Fine. That’s fair.⟧”
Feld remembers the first prototype as “⟦p:b|a Tupperware box with ambitions⟧”.
“⟦d:b:m|We put it on the harbour wall at Cresswick and it lasted eleven hours before a seagull took it. Not broke it. Took it. Flew off with it.⟧
“⟦d:b|We found it two weeks later on somebody’s roof, still transmitting. Honestly, that was when I knew it worked.⟧”
One early investor, who asked not to be named, described their first pitch as “⟦p:c|the most annoying meeting I ever took, and the best⟧”. “⟦d:c|They argued with each other for forty minutes and never once argued with me. I wrote the cheque in the lift,⟧” the investor said.
Asked what comes next, Demirci shrugs. “⟦d:a|Sleep. Then probably another garage.⟧”

### 035
@a Enzo Rinaldi | -
@b Paolo Rinaldi | His son
@c Joan Tweedie | a retired teacher
For 45 years, Trattoria Rinaldi on Quayside Road has served the same lasagne to the same families in Millhaven. On Sunday, the man who first made it will cook it for the last time.
Enzo Rinaldi, 74, opened the restaurant in 1979 with £600 and a second-hand oven. His son Paolo Rinaldi, 46, is taking over.
"⟦d:a|The oven is still here. It's older than Paolo and it works better,⟧" Enzo said.
"⟦d:b|Thanks, Dad,⟧" said Paolo.
Enzo arrived in Millhaven at 19 from a village in the hills above the coast, speaking no English. "⟦d:a|I had one suitcase. In the suitcase, half was clothes and half was my mother's recipes. The clothes are gone. The recipes are in the kitchen,⟧" he said.
Paolo has promised not to change the menu. "⟦d:b|People ask me, are you going to do small plates, are you going to do sourdough? No. If I change the lasagne, my father will haunt me. He's not even dead and he'll haunt me,⟧" he said.
Joan Tweedie, a retired teacher, has eaten there every Friday since 1982. "⟦d:c|Enzo knew my order before I sat down. When my husband died and I came in on my own, he brought me a glass of wine without asking. He never charged me for it,⟧" she said.
Asked what he would do on Monday, Enzo shrugged. "⟦d:a|Come here for lunch. Complain about everything.⟧"

### 036
@a Nomvula Dlamini | the city’s new poet laureate
@b Thandi | Her daughter
@c Martin Greaves | the council’s culture lead
Nomvula Dlamini, the city’s new poet laureate, wrote her first poem on the back of a bus ticket at the age of eight. It was called “⟦s:-|Number 41⟧”, after the bus.
“⟦d:a|It rhymed ‘forty-one’ with ‘have some fun’. I think we can agree it was not my best work,⟧” she says.
Dlamini, 44, was appointed on Monday for a two-year term. Her first commission is a poem for the reopening of the Saltmarket Baths in the autumn.
“⟦d:a:m|I used to swim there as a child, before it closed. It had a green tiled wall and a lifeguard called Mr Ferreira who blew his whistle at everybody, including people who were doing nothing wrong.⟧
“⟦d:a|So the poem is partly about water and partly about being whistled at. Which, when you’re a Black girl in a public place, is a bigger subject than it sounds.⟧”
Her daughter, Thandi, 15, is less impressed. “⟦d:b|She reads every poem out loud at dinner. Every one. Even the drafts,⟧” she said.
“⟦d:a|Especially the drafts,⟧” said her mother.
Martin Greaves, the council’s culture lead, said Dlamini had been chosen because her work was “⟦p:c|rooted in the streets people actually walk down⟧”.

### 037
@a Farid Nasser | a former civil engineer
@b Rania | His wife
@c Layla | Their daughter
@d Heather Colquhoun | a volunteer with the Drumlee Welcome Group
When Farid Nasser, a former civil engineer, arrived in Drumlee in November with his wife and three children, the first thing he noticed was the rain. The second was that strangers said hello.
"⟦d:a|In the city where we lived, nobody says hello on the street. Here, an old man with a dog said hello to me four times in one week. The same man. I started to think he was checking on me,⟧" Nasser said through an interpreter.
His wife, Rania, laughed. "⟦d:b|He was checking on you,⟧" she said.
The family spent two years in a camp before being resettled under a government scheme. Their daughter Layla, 9, already speaks English with a Drumlee accent.
"⟦d:c|I like school. I don't like the dinners. The dinners are beige,⟧" she said.
Heather Colquhoun, a volunteer with the Drumlee Welcome Group, has been teaching Rania to drive. "⟦d:d|She's a better driver than me already. She's just not very patient with roundabouts,⟧" Colquhoun said.
Rania hopes to work again as a pharmacist. "⟦d:b|I studied for six years. I don't want to forget it all in a kitchen,⟧" she said.

### 038
@a Wim Claessens | the sports director of Team Kempenaar
@b Arne Vandamme | the youngest rider in the race
@c Jens Maes | His teammate
RUISBEKE – Arne Vandamme, the youngest rider in the race, crossed the line alone on Sunday, 41 seconds ahead of a chasing group of former champions, and then lay down on the cobbles.
«⟦d:b|I could not feel my hands. I still cannot feel my hands,⟧» he said an hour later, wrapped in a foil blanket. «⟦d:b|Somebody will have to open my beer.⟧»
Wim Claessens, the sports director of Team Kempenaar, had told him over the team radio to wait for the group with 30 kilometres left. Vandamme did not wait.
«⟦d:a|I said ‘wait’ three times. He said ‘okay’ three times, and every time he went faster,⟧» Claessens said, shaking his head. «⟦d:a|I will shout at him tomorrow. Tonight I am too happy.⟧»
His teammate Jens Maes, who finished 12th, said Vandamme had been «⟦p:c|talking about this race since he was a junior⟧».
«⟦d:c|In the bus this morning he was quiet. Arne is never quiet. I knew something was coming,⟧» Maes said.

### 039
@a Marjorie Fitch | chair of the Elm Lane Allotment Society
@b Yasmin Choudhury | a primary school teacher
@c - | A spokesperson for Westbury Borough Council
A row over a polytunnel has divided the Elm Lane allotments in Westbury, with one plot-holder accusing the committee of being “⟦p:b|stuck in 1975⟧”.
Yasmin Choudhury, a primary school teacher, put up the 2.4m tunnel on plot 17 in March to grow chillies. She was told to take it down within 28 days.
“⟦d:b|I asked permission. I filled in the form. Nobody answered the form,⟧” she said. “⟦d:b|Then I got a letter telling me I’d broken the rules I’d asked about.⟧”
Marjorie Fitch, chair of the Elm Lane Allotment Society, said the rules had been in place “⟦p:a|longer than some of our members⟧” and applied to everyone.
“⟦d:a|If we let one person put up a polytunnel the size of a bus, next year we’ll have twenty, and nobody will be able to see the sky,⟧” she said.
“⟦d:a|I have nothing against Yasmin. She grows lovely chillies. She gave me some.⟧”
The society’s rules ban “⟦p:-|any structure exceeding six feet in height⟧” without committee approval. Choudhury’s tunnel is just under eight.
A spokesperson for Westbury Borough Council, which owns the land, said it was “⟦p:c|aware of the dispute⟧” and encouraged both sides to “⟦p:c|resolve matters amicably⟧”.

### 040
@a Siân Prothero | The comedian
@b Leanne Marsh | host
The comedian Siân Prothero has said she nearly gave up stand-up after a gig in Colebridge where "⟦p:a|the only person laughing was the barman, and he was laughing at something on his phone⟧".
Speaking on the podcast "⟦s:-|Funny Peculiar⟧", the 41-year-old told host Leanne Marsh that she had driven home "⟦p:a|in total silence, which for me is a medical event⟧".
"⟦d:a|I sat in a service station car park and rang my mum and said I was going to retrain as a dental hygienist,⟧" Prothero said. "⟦d:a|She said, 'You faint at the sight of blood.' I said, 'I'll work on it.'⟧"
"⟦d:b|So what stopped you?⟧" Marsh asked.
"⟦d:a|Money, mostly. I'd already paid for a week at the festival and it was non-refundable.⟧"
Marsh, also a comedian, shared her own worst gig. "⟦d:b|Mine was a hen party in Burslow where the bride threw a sausage roll at me. She had a very good arm,⟧" she said.
"⟦d:a|Did you keep the sausage roll?⟧" Prothero asked.
"⟦d:b|I ate the sausage roll, Siân. I was skint.⟧"

### 041
@a Derek Pollard | a retired bin man
@b Sheila | his wife
@c - | A spokesman for National Draw
A STANMOOR couple who scooped £7.2million on the lottery say the first thing they will buy is... a new kettle.
Derek Pollard, 62, a retired bin man, and his wife Sheila, 60, matched all six numbers in Saturday's draw.
"⟦d:a|The handle's been hanging off the old one since Easter. Sheila's been on at me for months,⟧" Derek said.
"⟦d:b|Months? Years,⟧" Sheila said.
The couple, married for 41 years, discovered the win when Sheila checked the ticket on her phone in the queue at the butcher's.
"⟦d:b|I went white. The butcher thought I was having a turn. He sat me down on a bucket,⟧" she said.
Derek insisted: "⟦d:a|We're not going to change. We'll still go to the Legion on a Friday. I might get a better car. Might.⟧"
Sheila said she would "⟦p:b|treat the grandkids and then have a lie-down⟧".
A spokesman for National Draw said: "⟦d:c|Derek and Sheila are one of the most down-to-earth couples we've ever met. They asked us if they could still do the crossword in the local paper.⟧"

### 042
@a Ludmila Grech | the principal conductor of the Orvell Philharmonic
@b Stefan | The waiter
Ludmila Grech, the principal conductor of the Orvell Philharmonic, orders the soup without looking at the menu. “⟦d:a|It’s always the soup here. The chef is a failed violist,⟧” she says. “⟦d:a|He came to an audition once. He played very badly and cooked very well. We made the right decision for both of us.⟧”
Grech is 61 and, by reputation, terrifying in rehearsal. I put this to her.
“⟦d:-|Are you terrifying?⟧” I ask.
“⟦d:a|I am precise. Men who are precise are called ‘demanding’. Women who are precise are called ‘terrifying’. I’ve been called both. I prefer neither,⟧” she says.
The waiter arrives with bread. “⟦d:b|Maestro, the usual wine?⟧” he asks.
“⟦d:a|Not at lunch, Stefan. I have a journalist.⟧”
She grew up above her father’s barber’s shop in a port town she asks me not to name.
“⟦d:a:m|My father cut hair for forty years and sang the whole time. Opera, badly. Every customer got ‘La donna è mobile’ whether they wanted it or not.⟧
“⟦d:a|I think I became a conductor so I could finally make him stop.⟧”
“⟦d:-|Did it work?⟧” I ask.
“⟦d:a|No. He came to my first concert and sang along.⟧”

### 043
@a Ruairí O'Dowd | a 33-year-old climber from Kilbride
@b Dara Quinlan | His climbing partner
@c Ingrid Halvorsen | Skarvik Mountain Rescue team leader
SKARVIK, Jan 22 (Wire) - A climber who spent two nights in a snow hole on Store Tind after breaking his leg said on Wednesday he survived by "⟦p:a|eating a chocolate bar one square at a time and singing every song I know, badly⟧".
Ruairí O'Dowd, a 33-year-old climber from Kilbride, was airlifted off the mountain on Tuesday morning.
"⟦d:a|I knew the cold was the thing that would kill me, not the leg. So I kept moving my fingers and toes and I kept talking to myself,⟧" O'Dowd told reporters from his hospital bed in Tromsvik.
His climbing partner, Dara Quinlan, had walked eight hours through a storm to raise the alarm. "⟦d:b|Leaving him was the worst thing I've ever done. Every step I thought, what if this is the wrong decision,⟧" Quinlan said.
Skarvik Mountain Rescue team leader Ingrid Halvorsen said conditions had been "⟦p:c|among the worst we have worked in⟧".
"⟦d:c|We could not fly on the first day. On the second, the pilot found a gap in the cloud of maybe ten minutes. He took it,⟧" she said. She described O'Dowd as "⟦p:c|very lucky and very stubborn, which in the mountains is the same thing⟧".

### 044
@g - | My grandmother
@h - | a man from highways
What follows is an edited transcript of Carys Bellamy's conversation with the sculptor Obafemi Adewale on Radio Tarn's "⟦s:-|Saturday Studio⟧".
BELLAMY: Your new piece is called "⟦s:-|The Weight of Bread⟧". Where does the title come from?
ADEWALE: My grandmother ran a bakery in a market town, and she used to say, "⟦d:g|Bread is heavier when you are poor.⟧" I didn't understand it until I was about 30.
BELLAMY: It's eleven tonnes of cast iron.
ADEWALE: Eleven and a half. The council wanted ten. We had a conversation.
BELLAMY: A "⟦s:-|conversation⟧"?
ADEWALE: A long conversation. There was a man from highways who said to me, "⟦d:h|Mr Adewale, this is not a sculpture, this is a bridge.⟧" I took that as a compliment.
BELLAMY: What would your grandmother have made of it?
ADEWALE: She would have said it was too big, and that I should have made bread instead. She would have been right.

### 045
@a Neville Ormerod | the voice of rugby league on Radio Wendover for 38 years
@b Alison Crewe | His long-time producer
Neville Ormerod, the voice of rugby league on Radio Wendover for 38 years, will commentate on his last match on Sunday. Most listeners over 40 can still recite his most famous call, from the 1991 Challenge Shield final: “⟦d:a|He’s in! He’s in! Oh, Mother, put the kettle on!⟧”
“⟦d:a|I have no idea why I said it. My mother wasn’t even listening. She was at bingo,⟧” Ormerod, 72, said this week.
“⟦d:a|I’ve had people shout it at me in supermarkets, at funerals, once at my own daughter’s wedding. The vicar did it.⟧”
His long-time producer, Alison Crewe, says he prepares for every match “⟦p:b|like it’s an exam he’s going to fail⟧”.
“⟦d:b|He has a notebook for every player. Every one. The names of their kids, their dogs, the school they went to. He uses about one per cent of it,⟧” she said.
Ormerod said he would spend the last five minutes of Sunday’s broadcast “⟦p:a|saying thank you, and probably crying, so turn the volume down⟧”.

### 046
@a Mariam Sy | The designer
@b Fatou Sy | a seamstress
@c - | A buyer for Maison Verlaine
The designer Mariam Sy showed her autumn collection in a disused tram depot in Lisière on Tuesday night. In the front row, in a yellow wax-print dress she made herself in 1987, sat her mother, Fatou Sy, a seamstress.
«⟦d:a|Everything I know, I learned under her table. I sat on the floor with the scraps while she worked,⟧» Mariam Sy said backstage. «⟦d:a|She still thinks my hems are lazy. She’s right.⟧»
Fatou, 68, was asked what she thought of the show. «⟦d:b|Elle a toujours été têtue,⟧» she said, and her daughter translated: «⟦d:b|She has always been stubborn.⟧»
The collection, titled «⟦s:-|Chutes⟧» – French for offcuts – was built almost entirely from fabric left over from other people’s commissions.
A buyer for Maison Verlaine, who asked not to be named, called it «⟦p:c|the most honest show of the week⟧».
«⟦d:a|Next year I’ll put her on the runway. She says no. I’ll ask again,⟧» Mariam said.

### 047
@a Sione Taufa | No 8
@b Callum Reidy | Scrum-half
@c Gareth Pryce-Jones | Head coach
No 8 Sione Taufa, who scored the winning try with two minutes left of Redmarsh's 27-24 win over Carrow Harlequins, said he had "⟦p:a|just followed the noise⟧".
"⟦d:a|Callum was screaming at me to go left. I went right. It worked out,⟧" Taufa said.
Scrum-half Callum Reidy was not letting it go. "⟦d:b|I was screaming left because there were three of them on the right. He went through all three. So, fair enough, I suppose,⟧" Reidy said. "⟦d:b|I'll still be mentioning it on Monday.⟧"
Head coach Gareth Pryce-Jones was less amused by the route his side took to victory. "⟦d:c|It wasn't pretty. We gave away 14 penalties and we should have been out of sight at half-time. But they never stopped,⟧" he said.
"⟦d:c|Sione's been carrying a shoulder injury all week. I didn't think he'd last 50 minutes, never mind 80,⟧" the head coach added.

### 048
@a Euphemia Lang | -
@b Isla | Her great-granddaughter
@c Moira Sutherland | Her daughter
Euphemia Lang, known to everyone in Kirkhaven as “⟦s:-|Effie⟧”, celebrated her 100th birthday on Saturday with a cake, a card from the Lord Lieutenant and, at her own request, a small whisky.
“⟦d:a|The doctor says one’s fine. I didn’t ask him about two,⟧” she said.
Mrs Lang worked at the Kirkhaven net factory for 46 years and still lives alone in the house she moved into as a bride in 1947.
“⟦d:a:m|People ask what the secret is. There isn’t one. I walked everywhere, because we had no car, and I ate porridge, because we had no money, and I never married a second time, because once was plenty.⟧
“⟦d:a|That last bit, you can print.⟧”
Her daughter, Moira Sutherland, 74, said her mother still did the crossword every morning “⟦p:c|in pen, which is showing off⟧”.
“⟦d:c|She corrects the minister’s grammar after church. He’s started sending her his sermons in advance,⟧” Mrs Sutherland said.
Her great-granddaughter Isla, 8, helped to ice the cake. “⟦d:b|It’s got a hundred candles on it but we only lit ten because of the smoke alarm,⟧” Isla said.

### 049
@a Kaveh Rostami | The director
@b Ana Lucía Ferrer | Its star
@c - | One journalist
@d - | A journalist from Diario del Sur
VALDORA - The director Kaveh Rostami's new film, "⟦s:-|Dust Season⟧", drew a ten-minute standing ovation at the Valdora Film Festival on Thursday night. At a press conference the next morning, he seemed unsure what to do with it.
"⟦d:a|I was in the toilet for the first three minutes. Someone had to come and get me,⟧" Rostami said. "⟦d:a|So for me it was a seven-minute ovation.⟧"
One journalist asked whether the film, about a family of olive farmers during a drought, was "⟦p:c|a political film⟧".
"⟦d:a|Every film about a family is a political film. Families are where politics happens first,⟧" he replied.
Its star, Ana Lucía Ferrer, who plays the grandmother despite being 39, said she had spent two months on an olive farm near her own grandfather's village. "⟦d:b|I learned to prune. I learned to swear in a dialect my mother doesn't understand,⟧" she said.
A journalist from Diario del Sur asked her: "⟦d:d|Was it hard to play someone forty years older than you?⟧"
"⟦d:b|Only in the mornings,⟧" Ferrer said. "⟦d:b|The make-up took four hours. By lunchtime I walked like her even without it.⟧"

### 050
@a Bridie Mulcahy | the Ballyconra trainer
@b Jimmy Ferris | Jockey
@c Noel Mulcahy | Her brother
BALLYCONRA -- Bridie Mulcahy, the Ballyconra trainer, has had horses in her yard for 31 years. She has never had one like Quiet Fergus.
``⟦d:a|He's lazy at home. He won't go up the gallop unless there's another horse in front of him to beat,⟧'' Mulcahy said on Monday. ``⟦d:a|Put him on a racecourse and he thinks he's the King of Spain.⟧''
Quiet Fergus won the Carrowmore Chase by 14 lengths on Saturday at odds of 33-1.
Jockey Jimmy Ferris said the horse had ``⟦p:b|pulled my arms out of their sockets for two miles.⟧'' ``⟦d:b|I just sat there. I was a passenger. A very happy passenger,⟧'' Ferris said.
Her brother, Noel Mulcahy, who owns the horse, bought him as a yearling for 1,800 pounds ``⟦p:c|because he looked sad in the ring and I felt sorry for him.⟧''
``⟦d:c|Best money I ever spent, and I've bought a few tractors,⟧'' he said.

### 051
@a Ottavio Ferri | the patriarch of the Ferri estate
@b Giulio Ferri | His son
@c Benedetta | an oenologist
MONTALTO – Ottavio Ferri, the patriarch of the Ferri estate, has picked grapes on the same hillside for 80 harvests. He started when he was eight.
«⟦d:a|My father put a basket on my back and said, ‘Don’t eat more than you pick.’ I ate more than I picked,⟧» he said.
His son, Giulio Ferri, 61, now runs the estate, though he says his father «⟦p:b|still runs it from the kitchen window⟧».
«⟦d:b|Every morning he watches us go up the hill with binoculars. If we are late, he phones,⟧» Giulio said.
This year’s harvest began ten days earlier than any in living memory. «⟦d:a|In my day, September was for picking. Now August is for picking. I don’t like it. The grapes don’t like it,⟧» Ottavio said.
Giulio’s daughter, Benedetta, an oenologist, has planted two rows of a heat-tolerant variety from the south. «⟦d:c|Nonno calls them my ‘foreign grapes’. He tasted the first wine and said nothing for a long time. Then he asked for another glass,⟧» she said.
«⟦d:a|It was not bad,⟧» Ottavio said. «⟦d:a|Don’t write that I said it was good.⟧»

### 052
@a Stavros Kyriacou | the 67-year-old
@b Eleni | His daughter
@c - | A spokesperson for Lowfield Fire and Rescue Service
@d - | One neighbour
A family bakery that has fed Lowfield's early-shift workers for 35 years has been gutted by fire.
Flames broke out in the early hours of Tuesday at Kyriacou's Bakery on Mill Street. Nobody was hurt.
Stavros Kyriacou, who has run the bakery since 1988, arrived at 4am to find the shop full of smoke. "⟦d:a|I had the key in the door and I could smell it. Not bread. Something wrong,⟧" the 67-year-old said.
"⟦d:a|Thirty-five years of my life. The ovens, the photographs on the wall, my father's rolling pin. All black.⟧"
His daughter Eleni, who does the cakes, has set up an online fundraiser that raised £18,000 in a day. "⟦d:b|People are leaving messages like, 'Your dad gave me free doughnuts when I was skint in 1996.' He's been crying reading them,⟧" she said.
A spokesperson for Lowfield Fire and Rescue Service said: "⟦d:c|The fire is believed to have started accidentally in an electrical unit at the rear of the premises.⟧"
One neighbour, who lives above the florist next door, said she had been woken by "⟦p:d|a bang like a car crash⟧". "⟦d:d|I grabbed the cat and ran. The whole street smelt of burnt sugar,⟧" she said.
Kyriacou has vowed to reopen. "⟦d:a|I'm not finished. My hands still work,⟧" he said.

### 053
@a Beatriz Ocampo | a school bus driver in Tallow County
@b Kayleigh Dunmore | then a high-school senior
@c Travis | the baby born that morning
Beatriz Ocampo, a school bus driver in Tallow County, has driven Route 9 for 22 years and has never missed a day. She told us about the children, the snow, and the morning the bus became a delivery room.
“⟦d:a:m|The first thing you learn is that the bus is their living room. They cry on it, they fall in love on it, they do their homework on it, they are sick on it. You see all of it in that big mirror.⟧
“⟦d:a:m|I had one boy, twelve years old, who never said a word to me for a whole year. Every day, ‘Morning,’ from me, nothing from him. Last day of school he gets off, turns round and says, ‘Thanks, Miss Bea.’ I had to pull over.⟧
“⟦d:a|So when people say it’s just driving, I say, OK, you try it.⟧”
The morning she means came fifteen years ago, in a January ice storm, when Kayleigh Dunmore, then a high-school senior, went into labour somewhere between Miller’s Ford and the county road.
“⟦d:b|I remember Bea saying ‘Nobody panic’ in a voice that made everybody panic,⟧” Dunmore, now 32, said, laughing.
“⟦d:a|I did not say it like that. I said it very calm,⟧” Ocampo said.
Travis, the baby born that morning, now rides Route 9 himself. “⟦d:c|Everybody at school knows. It’s kind of my whole thing,⟧” he said.

### 054
@a Lucas Adeyemi | a 19-year-old from Harwood Green
@b Folasade Adeyemi | his grandmother
@c - | A spokesperson for the tournament organiser
Lucas Adeyemi, a 19-year-old from Harwood Green, won £250,000 at the Nexus Arena Invitational in Lindenhoff on Sunday, playing under the name "⟦s:-|Vortex⟧".
In the crowd, wearing a T-shirt that read "⟦s:-|MY GRANDSON IS VORTEX⟧", was his grandmother, Folasade Adeyemi, 71.
"⟦d:b|I don't understand the game. There is a lot of shooting and then everybody shouts. But I understand that he is the best,⟧" she said.
Lucas said she had been "⟦p:a|the only one who never told me to get a proper job⟧".
"⟦d:a|My mum wanted me to be an accountant. My nan said, 'If you're going to sit in your room all day, at least win something.' So I did,⟧" he said.
His grandmother laughed. "⟦d:b|I said that as a joke. Nobody told me he would take it seriously.⟧"
A spokesperson for the tournament organiser said the result was "⟦p:c|the biggest upset in the event's history⟧".

### 055
@a Wayne Briggs | DARTS ace
@b Tracey | His wife
@c Pavol Hrušovský | Beaten finalist
DARTS ace Wayne Briggs - known on the circuit as "⟦s:-|The Kettle⟧" because he "⟦s:-|boils over⟧" - has won the Grand Oche Masters at 51, a decade after doctors told him he would never throw again.
The father-of-four, who has had two operations on his throwing shoulder, burst into tears on stage at the Brightsea Winter Gardens.
"⟦d:a|I've been written off more times than a stolen Cortina. Not tonight, son. Not tonight,⟧" he roared into the microphone.
His wife Tracey said: "⟦d:b|He was practising in the garage at 2am the night before. I had to go out in my dressing gown and drag him in by the ear.⟧"
Beaten finalist Pavol Hrušovský said: "⟦d:c|Wayne was like a machine tonight. I had no answer. He deserves this more than anyone.⟧"
Briggs said he would celebrate with "⟦p:a|a large kebab and a larger lager⟧".

### 056
@a Halldóra Sveinsdóttir | the translator of Einar Brekkan’s crime novels
@b Einar Brekkan | -
Halldóra Sveinsdóttir, the translator of Einar Brekkan’s crime novels, keeps a notebook of words she cannot translate. Her favourite is “⟦s:-|gluggaveður⟧”: weather that looks lovely through a window and is horrible once you are out in it.
“⟦d:a|English has no word for it, which is strange, because England has that weather about three hundred days a year,⟧” she says.
In Brekkan’s new novel the detective uses the word about a suspect. Sveinsdóttir’s solution was “⟦s:-|a window-weather man⟧”, which her editor hated.
“⟦d:a|My editor said nobody would understand it. I said, that’s the point, nobody understands him either,⟧” she says. “⟦d:a|We compromised. Which means I won.⟧”
She refuses, on principle, to use the word “⟦s:-|cosy⟧” in any translation. “⟦d:a|It’s a word for shops,⟧” she says.
Brekkan himself, reached by phone at his farm in the north, said he had not read the English version. “⟦d:b|I don’t read English well enough to be annoyed by it. This is the perfect relationship with a translator,⟧” he said.
“⟦d:b|Halldóra phones me with questions at midnight. Why is the coffee cold in chapter nine? I don’t know why. It was cold when I wrote it.⟧”

### 057
@a Martha Okoye | -
@b Poppy | her sister
@c Janet Okoye | Their mother
@d Bill Harrow | a lorry driver who found the dog at a service station 140 miles away
A spaniel that vanished from a Fernleigh garden in October has been found 140 miles away - and is back home with two very happy sisters.
Biscuit, a four-year-old cocker spaniel, slipped out through a gap in the fence on Bonfire Night. Martha Okoye, 9, and her sister Poppy, 12, put up more than 200 posters.
"⟦d:a|We put one on every lamp post in Fernleigh. Even the ones by the dump,⟧" Martha said.
Poppy said she had "⟦p:b|never stopped checking the website⟧". "⟦d:b|Every night before bed. Mum said it was making me sad. It was making me sad. I still checked,⟧" she said.
Bill Harrow, a lorry driver who found the dog at a service station 140 miles away, said: "⟦d:d|She was sat under my trailer like she was waiting for a lift. I gave her half my sausage sandwich and she's been my best friend ever since. Well, until Saturday.⟧"
Their mother, Janet Okoye, said the microchip had saved the day. "⟦d:c|Honestly, get your pets chipped. Without it she'd just be a nice dog in a lorry park,⟧" she said.
Martha said Biscuit had "⟦p:a|gone a bit fat⟧" on her travels. "⟦d:a|She's had too many sausage sandwiches,⟧" she said.

### 058
@a Ivo Marchetti | -
@b Rachel Amsel | a former adviser to the Liberal Reform party
@c Dionne Ashby | a columnist at the Northern Standard
On this week’s “⟦s:-|Westmarch Weekly⟧”, the political podcast hosted by Ivo Marchetti, the two regular panellists clashed over the government’s plan to lower the voting age to 16.
Rachel Amsel, a former adviser to the Liberal Reform party, said the change was “⟦p:b|long overdue⟧”. “⟦d:b|Sixteen-year-olds pay tax, they can join the army, they can get married in some parts of the country. The idea that they can’t be trusted with a pencil and a ballot paper is absurd,⟧” she said.
Dionne Ashby, a columnist at the Northern Standard, was having none of it. “⟦d:c|Rachel, with respect, your party wants sixteen-year-olds to vote because sixteen-year-olds vote for your party. Let’s not pretend it’s a principle,⟧” she said.
“⟦d:b|That’s cheap, Dionne.⟧”
“⟦d:c|It’s true, though.⟧”
Marchetti stepped in. “⟦d:a|Let’s bring it back to the evidence. Is there any?⟧”
“⟦d:b|There’s loads. Look at Falsterholm. Turnout among young people went up and it stayed up,⟧” Amsel said.
Ashby said she would “⟦p:c|happily eat my hat⟧” if the same thing happened here.

### 059
@a Alasdair MacInnes | Skipper
@b Tomasz Wiśniewski | a deckhand who came over from Poland in 2008
@c - | One crewman who asked not to be named
At 3am the Morven Lass slips out of Port Ardnish with five men aboard and a forecast nobody likes.
Skipper Alasdair MacInnes, 58, has fished these waters since he left school at 15. "⟦d:a|My father had this boat before me. He'd not recognise the job now. Half of it's paperwork and the other half's fuel prices,⟧" he says, one hand on the wheel.
Tomasz Wiśniewski, a deckhand who came over from Poland in 2008, is sorting langoustines into trays under a floodlight. "⟦d:b|People at home ask me why I work on a boat in Scotland in the winter. I tell them, the money is good and the sea is free therapy,⟧" he shouts over the engine.
MacInnes grins. "⟦d:a|Therapy. He was sick for his first three months,⟧" the skipper says.
"⟦d:b|Four months,⟧" Wiśniewski corrects him.
By dawn the catch is, in MacInnes's words, "⟦p:a|decent, not great, which is about the best you can say these days⟧".
One crewman who asked not to be named said the quotas were "⟦p:c|killing the small boats one at a time⟧". "⟦d:c|Nobody in the capital has ever been on a boat like this in January. If they had, they'd write the rules different,⟧" he said.

### 060
@a Teodor Vasić | a 72-year-old physicist at the University of Castellane
@b Hallström Foundation | -
@c Mira | His wife
@d - | A university spokeswoman
CASTELLANE, Oct 8 (Wire) - Teodor Vasić, a 72-year-old physicist at the University of Castellane, was asleep when the Hallström Foundation called on Wednesday to tell him he had won this year's Hallström Prize for physics.
"⟦d:a|My wife answered. She said, 'It's some Swedes, they sound very excited,' and gave me the phone,⟧" Vasić told reporters outside his home. "⟦d:a|I thought it was a prank. I asked them to call back in an hour so I could have coffee.⟧"
The foundation said in a statement that Vasić had been honoured for "⟦p:b|work that changed how we understand the behaviour of glass at very low temperatures⟧".
"⟦d:b|His patience and curiosity over five decades are an example to every young scientist,⟧" the foundation said.
His wife, Mira, said he had "⟦p:c|already gone back to his office⟧". "⟦d:c|He'll go to the ceremony, he'll be very polite, and then he'll complain about the food for a year,⟧" she said.
A university spokeswoman said the campus had been "⟦p:d|in uproar since breakfast⟧".

### 061
@a Chiamaka Obi | the newest principal dancer at Northgate Ballet
@b Valentina Morosova | her first teacher
Chiamaka Obi, the newest principal dancer at Northgate Ballet, started dancing because the church hall where her mother cleaned on Saturdays happened to host a ballet class.
“⟦d:a|I was six. I sat on a stack of chairs and watched for a month before anyone noticed me,⟧” the 22-year-old says.
The person who noticed was her first teacher, Valentina Morosova, who still runs a dance school above a launderette in Eastley.
“⟦d:b|She was copying everything from the back of the room. Badly, but with total conviction,⟧” Morosova said. “⟦d:b|I told her mother, ‘Bring her on Saturday. No charge.’ I never charged her a penny in twelve years. Don’t tell my accountant.⟧”
Obi was promoted on Friday, and is the first dancer of Nigerian heritage to reach the rank at Northgate.
“⟦d:a:m|I think about that, obviously. I think about the little girls who will see me and think they’re allowed. I was one of those girls, except I didn’t have anyone to look at.⟧
“⟦d:a:m|But mostly, honestly, I think about my feet. They hurt all the time. Nobody puts that on the posters.⟧
“⟦d:a|My mum still keeps the ribbons from my first pair of shoes in her purse.⟧”
Morosova, 74, was in the audience for Obi’s debut as Giselle last spring. “⟦d:b|I cried so much the man next to me gave me his handkerchief. Then he cried too. We are friends now,⟧” she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh65.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh65",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
