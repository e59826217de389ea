# ruff: noqa: E501
"""Build ``quotes_fresh157.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch or breakfast, Q&A transcripts (questions marked
``Q:``, by initials, by capitalised names or set in bold), podcast and radio interviews,
sports and arts interviews, and human-interest stories about families in which several
relatives of the same gender speak and are called by their first names, often with a
reporter who asks questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh157-NNN``.

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
  it (``His father, Suresh Pillai, an accountant``): the appositive is the description.
  A title or relational phrase before the name alone (``Presenter …``, ``Her sister,
  …``, ``Proud dad …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 58-year-old``,
  ``the choreographer``), that description is taken.
* A non-restrictive relative clause (set off by commas) is not part of the
  description; a restrictive one is.
* Relatives who share a surname and are named by first name only (the surname is
  never written together with that first name) have the first name as the speaker;
  where the full name is written once in the passage, the full name is the speaker
  throughout.
* Fragments quoted from unidentified reviews, critics or documents are ``partial`` with
  a null speaker; where the passage describes but does not name their author (``a
  critic``, ``the judges``, ``one analyst``), that phrase is the description; where it
  later names the author, that person is the speaker.
* Questions by a first-person writer (``I ask``, ``we asked``) are ``direct`` with
  speaker and description null; a named host's or interviewer's questions are that
  person's speech.
* In transcript passages (``Q:``/``A:``, initials, capitalised names, or questions set
  as their own paragraphs in bold ``**…**``) the turns are unmarked; a remark in double
  quotation marks inside an answer belongs to whoever the answer says uttered it (a
  relative or teacher who is not named: null speaker and the phrase used, such as ``my
  mother``; the interviewee quoting themselves: the interviewee).
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* A speaker referred to as ``they`` is resolved like ``he`` or ``she``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh157.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh157.jsonl")

PASSAGES = """
### 001
@a Ingrid Solvang | the 58-year-old
@b Beatriz | the waiter
Ingrid Solvang has chosen a fish restaurant on the quay at Harwick on the grounds that nobody she knows would be seen dead in it. “⟦d:a|It’s perfect. The food is honest and the lighting is terrible,⟧” she says, sliding into a booth by the steamed-up window. “⟦d:a|Nobody photographs you under fluorescent tubes.⟧”
The 58-year-old has just published her ninth novel, “⟦s:-|The Salt Clerk⟧”, which she describes as “⟦p:a|a ghost story with an accountant in it⟧”. It is already being called her best, a verdict she treats with open suspicion.
“⟦d:a|People said that about the last one, and the one before. At some point they have to be wrong,⟧” she says.
“⟦d:-|Do you read your reviews?⟧” I ask. She puts down her fork.
“⟦d:a:m|I read the first line of every one, and then I give it to my husband. He tells me whether I need to be upset. Usually I don’t.⟧
“⟦d:a|The bad ones are useful, actually. The good ones are dangerous. You start writing for the person who liked you.⟧”
The waiter, Beatriz, arrives with two plates of hake and a warning. “⟦d:b|The potatoes are very hot. I’m serious,⟧” she says. Solvang, who does not strike me as someone who obeys many people, obeys her and waits.
She grew up on an island in the north with a father who ran the ferry and a mother who, she says, “⟦p:a|read everything and approved of nothing⟧”.
“⟦d:a|I became a writer to annoy her, and then she died before she could be properly annoyed,⟧” she says, and laughs, and then stops laughing.

### 002
@a Mateus Carvalho-Reis | the fifth seed
@b Yevhen Dorosh | his coach
@c - | one reporter
KELLERTON, March 14 (Newswire) - Mateus Carvalho-Reis, the fifth seed, said he had "⟦p:a|nothing left in the legs⟧" after a four-set defeat by qualifier Anders Pihl in the third round of the Kellerton Open on Thursday.
"⟦d:a|I'm not going to make excuses. He played better on the big points, and I was a step slow all day,⟧" the 26-year-old told reporters.
"⟦d:a|Two weeks ago I couldn't walk properly. So in one way I'm happy to be here. In another way I'm very angry.⟧"
Asked whether the ankle injury that kept him out of the Marrowby Cup had flared up again, Carvalho-Reis shook his head. "⟦d:a|The ankle is fine. The head, maybe not,⟧" he said.
His coach, Yevhen Dorosh, said the pair would sit down next week before deciding on the clay-court season. "⟦d:b|He wants to play everything. My job is to tell him no,⟧" Dorosh said. "⟦d:b|He doesn't like the word, but he listens. Eventually.⟧"
Pihl, ranked 187th in the world, will play either the second seed or the home favourite Ruben Ostrander in the quarter-finals.
One reporter asked Carvalho-Reis whether he would consider skipping next month's team event. "⟦d:c|Is that on the table?⟧" "⟦d:a|Everything is on the table. Except food. I'm not hungry tonight,⟧" he said.

### 003
@a Thandiwe Mokoena | the drummer
@b - | My mother
@c - | A critic
Thandiwe Mokoena has played drums behind half the singers you have heard of and a good many you haven't. Her first album under her own name, "⟦s:-|Low Weather⟧", comes out next month. She spoke to Jonah Reyes-Whitfield between soundchecks at the Corn Exchange in Bellhaven.
JR: Why wait twenty years to make your own record?
TM: Because nobody asked, and I'm not the asking type. My mother used to say, "⟦d:b|Wait to be invited and you'll wait at the door.⟧" I waited at the door for a very long time.
JR: The record is almost entirely instrumental. Was that a decision?
TM: Yes. I've spent my whole life behind voices. I wanted to hear what a band sounds like when nobody is telling a story over the top. A critic once called my playing "⟦p:c|polite⟧". I wanted to make something impolite.
JR: And is it?
TM: Play it loud and tell me.
Asked afterwards what she would do if the album flopped, the drummer laughed. "⟦d:a|Go back to work. Somebody always needs a drummer.⟧"

### 004
@a Rosalind Pike | host
@b Eun-ji Park | a former tax inspector who now builds boats
On the latest episode of “⟦s:-|Second Shift⟧”, a podcast about people who changed careers after 50, host Rosalind Pike talks to Eun-ji Park, a former tax inspector who now builds boats.
“⟦d:a|So you’re fifty-three, you’ve got a pension, you’ve got a nice desk by a window. What happened?⟧” Pike asks early on.
“⟦d:b|Nothing happened. That was the problem,⟧” Park says. “⟦d:b|I audited a boatyard. I spent three weeks looking at their books and I kept walking out to the yard at lunch to watch them steam oak. On the last day I asked the owner if he needed an apprentice. He thought I was joking.⟧”
“⟦d:a|Were you?⟧”
“⟦d:b|A bit. Then he said yes, and I wasn’t any more.⟧”
Park describes her first year as “⟦p:b|humiliating, in a healthy way⟧”: she was the oldest person in the workshop by three decades and, for several months, the worst at everything.
Pike, who left a law firm at 49 to start the podcast, admits to a certain envy. “⟦d:a|I talk to people about doing things. You actually did the thing,⟧” she tells her guest.
“⟦d:b|You’re doing a thing now,⟧” Park replies. “⟦d:b|It just doesn’t float.⟧”

### 005
@a Margaret | the eldest
@b Jean | -
@c Elspeth | the youngest
@d Callum Reid | the auctioneer
@e - | the neighbours
For more than forty years the Tulloch sisters - Margaret, Jean and Elspeth - have run Hillhead, a 300-acre hill farm above Glenmarrow, "⟦p:e|without a man about the place⟧", as the neighbours used to put it.
"⟦d:a|They said it to our faces, too,⟧" said Margaret, the eldest, who is 71. "⟦d:a|We'd be at the mart and somebody would ask when our brother was coming back. We didn't have a brother.⟧"
Jean, 68, does the sheep. Elspeth, the youngest, does the accounts and, her sisters say, most of the talking at the bank.
"⟦d:b|She's the diplomat,⟧" Jean said. "⟦d:b|Margaret and I would just shout.⟧"
"⟦d:c|They still shout,⟧" said Elspeth. "⟦d:c|They shout at the sheep now instead, which is progress.⟧"
Jean remembers the winter of 1979 best.
"⟦d:b:m|We lost two hundred ewes in the snow. Dad had been dead eighteen months. Margaret dug for three days and didn't sleep.⟧
"⟦d:b|I remember thinking, if we get through this, nobody can tell us anything. And nobody could.⟧"
This spring the sisters sold the last of their breeding ewes at Strathmore Mart. The auctioneer, Callum Reid, said the ring had "⟦p:d|gone very quiet⟧" when the Hillhead lot came in. "⟦d:d|Folk knew what it meant. There were men there who'd been buying Tulloch lambs since they were boys,⟧" he said.
Asked what comes next, Margaret was quiet for a moment. "⟦d:a|Tea,⟧" she said eventually. "⟦d:a|And then we'll see.⟧"

### 006
@a Rafael Quintero | the housing minister
@b Gareth Mallory | presenter
@c Nkechi Adeyemi | the opposition housing spokeswoman
The housing minister, Rafael Quintero, has admitted the government will miss its target of 40,000 new social homes by the end of the parliament.
Speaking to presenter Gareth Mallory on Radio Northmoor’s breakfast programme, Mr Quintero said the target had been “⟦p:a|stretching from the start⟧” and that building costs had risen faster than anyone had expected.
“⟦d:b|Stretching, or impossible?⟧” Mallory asked.
“⟦d:a|I don’t accept impossible. We will get there. It will take longer than we said, and I’m sorry about that,⟧” the minister replied.
“⟦d:b|How much longer?⟧”
“⟦d:a|I’m not going to give you a date this morning that I then have to come back and apologise for.⟧”
“⟦d:b|You’re apologising now.⟧”
“⟦d:a|I am, and I’ve just told you why.⟧”
The opposition housing spokeswoman, Nkechi Adeyemi, said the admission was “⟦p:c|two years too late⟧”. “⟦d:c|Every family on a waiting list in this country knew this target was dead. The only person who didn’t was the minister,⟧” she said.

### 007
@a Kayleigh Brooks | Dunsley hairdresser
@b Sharon | Proud mum
@c Pat | gran
@d - | An Island Hearts spokesperson
DUNSLEY hairdresser Kayleigh Brooks was crowned queen of the villa last night - and her family went wild back home.
Proud mum Sharon, 49, and gran Pat, 78, watched the Island Hearts final with forty neighbours crammed into the back room of the Crown and Anchor.
"⟦d:b|I haven't stopped crying since nine o'clock. Honestly, look at the state of me,⟧" Sharon told us. "⟦d:b|She went in there as herself and she came out as herself. That's all I ever asked.⟧"
Gran Pat was less emotional. "⟦d:c|I said from day one she'd win. Nobody listened to me. Nobody ever does,⟧" she said.
Kayleigh, 24, who scooped the £50,000 prize with boyfriend-turned-fiance Deon, said: "⟦d:a|I just want to see my mum and my nan. And have a proper cup of tea.⟧"
Asked if wedding bells were on the cards, Sharon laughed: "⟦d:b|Let her get home first!⟧"
An Island Hearts spokesperson said the final had pulled in "⟦p:d|the biggest audience in the show's history⟧".

### 008
@a Lucía Ibarrola | the choreographer
@b Freya Halvorsen | the dancer
In a church hall in Tollbridge, Lucía Ibarrola is on her knees, showing a 23-year-old how to fall over. The young woman drops, catches herself on her palms and looks up hopefully.
“⟦d:a|Not like that. You’re protecting your face. Stop protecting your face,⟧” the choreographer says.
The dancer, Freya Halvorsen, tries again, and again, and on the seventh attempt goes down sideways like a felled tree. Ibarrola claps once. Nobody else moves.
“⟦d:b|She’s been saying that for six weeks,⟧” Halvorsen tells me later, rubbing a bruise on her hip. “⟦d:b|I think I’m nearly there. My mum thinks I’ve joined a cult.⟧”
Ibarrola’s new work, “⟦s:-|Undertow⟧”, opens at the Quayside Theatre next month. It contains, by my count, forty-one falls. I ask where the obsession comes from.
“⟦d:a:m|When I was a girl I watched my grandmother slip on the ice outside the market. She didn’t put her hands out. She just went down, straight, like a tree, and then she got up and carried on with her shopping.⟧
“⟦d:a:m|I’ve been trying to make that fall for twenty years. It’s the most honest thing I ever saw a body do.⟧
“⟦d:a|So no, I don’t want anyone protecting their face.⟧”
“⟦d:-|Do you worry about injuries?⟧” I ask.
“⟦d:a|Every single day,⟧” she says. “⟦d:a|That’s why we have the mats. The mats are not in the show.⟧”

### 009
@a Delroy Ashcombe | the former champion
@b Marcus Ashcombe | his son
The gym on Carver Street smells the way it did in 1989, according to Delroy Ashcombe, which is to say of sweat, liniment and the paraffin heater nobody has been able to switch off since the thermostat broke.
"⟦d:a|Nothing's changed in here except the faces,⟧" he says. "⟦d:a|And the prices. Subs were a pound.⟧"
Delroy, 62, was national light-heavyweight champion for three years. His son Marcus, 29, fights for the same title at the Halden Arena on Saturday. Marcus Ashcombe has won all 17 of his professional fights, 12 of them inside the distance.
"⟦d:b|People think he pushed me into it. He did the opposite,⟧" Marcus says. "⟦d:b|He hid my gloves. Twice.⟧"
"⟦d:a|Three times,⟧" Delroy corrects him from across the ring.
"⟦d:b|Three times. And I found them three times.⟧"
Delroy lost his title in 1991 in a fight he still will not watch. "⟦d:a|I've got the tape. It's in a drawer. It's staying in the drawer,⟧" the former champion says.
Does he worry?
"⟦d:a:m|Every fight. You never stop. I'll be ringside and I'll look calm on the outside, and inside I'll be nineteen years old and getting hit.⟧
"⟦d:a|But he's better than I was. He thinks more. I just walked forward.⟧"
Marcus, told this later, shrugs. "⟦d:b|He walked forward pretty well,⟧" he says.

### 010
@a Noor Hashemi | a glaciologist at the University of Vantmark
@b - | My supervisor
Noor Hashemi, a glaciologist at the University of Vantmark, has spent eleven summers on the Kessel ice cap. In a paper published this week, she describes the retreat of its southern margin as "⟦p:a|faster than any of our models predicted⟧". We asked her about it.
Q: How fast is fast?
A: The margin moved back 900 metres last summer. When I started, it was moving sixty or seventy metres a year.
Q: Your paper uses the phrase "⟦s:-|tipping point⟧" only once. Why so cautious?
A: Because it's become a phrase people stop listening to. My supervisor used to say, "⟦d:b|If you shout every day, nobody comes when there's a fire.⟧" I try not to shout.
Q: Do you ever feel like shouting?
A: On the ice, on my own? Constantly.

### 011
@a Aziz Rahmanov | the leader of Ellsworth County Council
@b Hamish Ogilvie | His deputy
@c - | A council spokesman
Aziz Rahmanov orders porridge, black coffee and, after a moment’s hesitation, a croissant. «⟦d:a|Don’t write about the croissant,⟧» he says. I tell him I will have to.
The leader of Ellsworth County Council, 47, has had a difficult year: a five-week bin strike, a budget that had to be rewritten twice and a by-election that his party lost by eleven votes.
«⟦d:-|Was the bin strike your fault?⟧» I ask.
«⟦d:a|Partly. I’ve said that publicly. We should have settled in the first week and we didn’t, because I thought we were right about the money,⟧» he says. «⟦d:a|We were right about the money. It didn’t matter.⟧»
His deputy, Hamish Ogilvie, who joins us for coffee, is blunter. «⟦d:b|Aziz is stubborn. It’s why people vote for him and it’s why we had rubbish on the streets for five weeks,⟧» he says. Rahmanov nods, chewing.
I ask whether he will stand again next year. «⟦d:a|Ask me in May,⟧» he says, which I take to be a yes.
A council spokesman later said the leader’s diary was «⟦p:c|fully committed⟧» until the spring.

### 012
@a Nguyen Van Thanh | a retired bus mechanic
@b Nguyen Van Binh | -
@c Lien Nguyen | his daughter
Nguyen Van Thanh, a retired bus mechanic, was nine when he last saw his younger brother. On Tuesday, in the arrivals hall at Corvall airport, he stood at the barrier holding a sheet of card that read “⟦s:-|BINH - WELCOME HOME⟧”.
“⟦d:a|I was afraid I would not know his face,⟧” Thanh said afterwards. “⟦d:a|Then he came through the door and he walked exactly like our father.⟧”
Nguyen Van Binh, 58, had been told as a child that his brother had died during the family’s escape by boat in 1975. “⟦d:b|For almost fifty years I lit incense for him,⟧” he said through his daughter, Lien Nguyen, who translated. “⟦d:b|Now I have to stop. I don’t mind.⟧”
Lien, 31, said the family had found Thanh through a DNA website. “⟦d:c|I did the test for fun, because my friends were doing it. I never thought it would find my uncle,⟧” she said.
The two men spent their first hour together, she said, “⟦p:c|just holding hands and not talking⟧”.
Asked what they would do first, Thanh laughed. “⟦d:a|Eat. Our mother’s recipe. He will say I make it wrong.⟧”
“⟦d:b|He does make it wrong,⟧” Binh said.

### 013
@a Renzo Baldacci | the former Halden City striker
@b Kwame Asante | presenter
@c Liam Devlin | his co-host
Renzo Baldacci, the former Halden City striker, has revealed he almost quit football at 22 after being booed by his own fans.
Speaking on the “⟦s:-|Near Post⟧” podcast, the 38-year-old told presenter Kwame Asante and his co-host, Liam Devlin, that the abuse had left him “⟦p:a|scared of the ball⟧” for most of a season.
“⟦d:a|I’d get it on the halfway line and I’d hear this noise start, this groan, before I’d even done anything. So I stopped wanting it,⟧” he said.
“⟦d:b|That’s the worst thing for a striker, isn’t it?⟧” Asante said. “⟦d:b|Not wanting it.⟧”
“⟦d:a|It’s the only thing. If you don’t want it you’re just a man in shorts.⟧”
Devlin, who played alongside Baldacci for two seasons, said he had not known how bad things were. “⟦d:c|You hid it brilliantly. I thought you were just moody,⟧” he said.
“⟦d:a|I was moody. I was also terrified. You can be both.⟧”

### 014
@a Magda Rusk | -
@b Gwilym Prys | -
Sandor Kertész has played kings, tramps and, memorably, a talking horse. At 71 he is about to play Lear for the first time, at the Corrick Playhouse. He talked to us about fear, forgetting his lines and the director who once called him "⟦p:a|unemployable⟧".
**Why Lear, and why now?**
Because I'm finally old enough not to have to act old. And because Magda asked me. She rang me at midnight and said, "⟦d:a|You're running out of time, darling, and so am I.⟧" You can't say no to that.
**Magda Rusk? The same director who called you unemployable?**
The very same. She was right, in 1979. I was drunk most afternoons. She fired me from a production of "⟦s:-|The Seagull⟧" and it was the best thing that ever happened to me.
**Are you frightened of the part?**
Terrified. Every actor I've asked says the storm is the easy bit. It's the end that kills you. Gwilym Prys, who played it here in 1994, told me, "⟦d:b|Don't try to make them cry. Just be tired.⟧" I'm practising being tired. It comes naturally.

### 015
@a Ingeborg Lunde | the captain
@b Sabrina Okafor | Head coach
@c Vestmark Football Association | -
Ingeborg Lunde scored twice as Vestmark came from behind to beat Corrano 3-1 in front of a full house at the Nordvik Stadium on Sunday.
"⟦d:a|We talked at half-time about being braver on the ball, and we were,⟧" the captain said. "⟦d:a|The first goal was a bit lucky. The second one I'll take all the credit for.⟧"
Head coach Sabrina Okafor said her team talk had been short. "⟦d:b|Inge is the kind of player who gets angry in a useful way,⟧" Okafor said. "⟦d:b|At half-time she was very angry. I didn't need to say much.⟧"
Lunde, 29, laughed when this was put to her. "⟦d:a|I wasn't angry. I was disappointed. There's a difference, and she knows it.⟧"
The Vestmark Football Association said the game had drawn a "⟦p:c|record crowd for a women's international⟧" of 21,400.

### 016
@a Morag Finlayson | the first woman coxswain of the Dunhallow lifeboat
@b Kirsty | her daughter
@c Dougie Main | presenter
Morag Finlayson, the first woman coxswain of the Dunhallow lifeboat, says the hardest part of the job is not going out. It is staying in while her daughter Kirsty, who joined the crew last year, goes out without her.
“⟦d:c|Morag, is it harder watching her go than going yourself?⟧” presenter Dougie Main asked her on Harbour FM’s “⟦s:-|Saturday Brew⟧”.
“⟦d:a|A hundred times harder. When I’m on the boat I’ve got a job to do. When she’s on it and I’m not, I’ve got nothing to do but worry,⟧” she said.
Kirsty, on the line from the station, laughed. “⟦d:b|She rings me before every shout. Not after. Before. As if I can answer the phone when the pager’s going off,⟧” she said.
“⟦d:a|I don’t ring you.⟧”
“⟦d:b|Mum. You rang me on Tuesday.⟧”
“⟦d:a|That was about the dog.⟧”
Main asked Kirsty whether she had ever thought of doing anything else. “⟦d:b|No. I grew up in that boathouse. Mum used to bring me to training in a carry-cot,⟧” she said.

### 017
@a Yasmin Al-Karim | the 22-year-old from Marrowfield
@b Noor Al-Karim | Her sister
Yasmin Al-Karim is driving, badly, and apologising for it. "⟦d:a|I passed my test in March. Third go. Don't put that in,⟧" she says, having told me herself.
Known to her four million followers simply as "⟦s:-|Yaz⟧", the 22-year-old from Marrowfield has had the kind of year that pop managers draw on whiteboards. Her debut single, "⟦s:-|Paper Crown⟧", spent nine weeks at number one.
"⟦d:-|Does any of it feel real yet?⟧" I ask, as we stop at a red light.
"⟦d:a|No. It feels like something happening to a girl I went to school with,⟧" she says. "⟦d:a|My sister sends me screenshots and I'm like, who's that?⟧"
Her sister, Noor Al-Karim, 25, who manages her diary, is in the back seat. "⟦d:b|I send them so she stays humble,⟧" Noor says. "⟦d:b|It is not working.⟧"
"⟦d:a|It's working a bit,⟧" Yasmin says. "⟦d:a|Green light. Everybody hold on.⟧"

### 018
@a Henrietta Moss | the former senior family judge
@b Clement Moss | a retired vet
@c - | one newspaper
@d - | A barrister who appeared before her many times
Henrietta Moss has been retired for five weeks and has already, she admits, rearranged the kitchen cupboards twice. “⟦d:a|My husband says I need a case,⟧” she says. “⟦d:a|He means it kindly. I think.⟧”
The former senior family judge, 69, spent 22 years deciding where children should live, and with whom, and for how long. She says she remembers most of them.
“⟦d:a:m|People imagine you go home and forget. You don’t. I can tell you the names of children from cases in 1998. Not because they were dramatic. Usually they weren’t. Because they looked at me in a particular way, as if I was going to fix it.⟧
“⟦d:a:m|And I couldn’t fix it. Nobody can. The best you can do is make it less bad, and then you go home.⟧
“⟦d:a|I used to sit in the car for ten minutes before I went into the house. My husband thought I was listening to the radio.⟧”
Her husband, Clement Moss, a retired vet, confirms this over the tea he brings in halfway through. “⟦d:b|Ten minutes exactly. I used to time it,⟧” he says. “⟦d:b|If it was twenty, I knew to make dinner.⟧”
Her tenure was not without controversy. In 2017, after she refused to return two children to a father with a famous surname, she was described by one newspaper as “⟦p:c|the most dangerous woman in family law⟧”.
“⟦d:a|I framed it,⟧” she says. “⟦d:a|It’s in the downstairs loo.⟧”
A barrister who appeared before her many times called her “⟦p:d|frightening, fair and always on time⟧”.

### 019
@a Siobhán Carrick | the 27-year-old
@b Oisín Delahunt | Trainer
Siobhán Carrick became the first woman to win the Ardnagh Gold Cup on Saturday, steering 14-1 shot Copper Kettle home by a length in heavy ground.
``⟦d:a|I've dreamed about this since I was four years old on a pony that hated me,⟧'' the 27-year-old said. ``⟦d:a|I don't think it's sunk in. Ask me on Tuesday.⟧''
Trainer Oisín Delahunt said he had never doubted his choice of rider. ``⟦d:b|People asked me was I sure about putting her up. I said I've never been surer of anything,⟧'' Delahunt said. ``⟦d:b|She rides him like she owns him, and he runs for her.⟧''
Carrick, who grew up on a farm outside Kilbraddan, dedicated the win to her late father. ``⟦d:a|He'd have been in the middle of the track by now, roaring,⟧'' she said.
Asked what she would do next, she grinned. ``⟦d:a|Ride in the next race. It's only the second.⟧''

### 020
@a Tadeusz Kowalczyk | His grandfather
@b - | My grandmother
Piotr Kowalczyk has written a memoir about bread. His grandfather, Tadeusz Kowalczyk, ran a bakery in Lower Fenmoor for forty-one years, and the book, "⟦s:-|Rye⟧", is built around the recipes he left behind. Kowalczyk spoke with host Ailsa Brennan.
AILSA BRENNAN, HOST: Why bread?
PIOTR KOWALCZYK: Because it's the only thing he ever talked about. He wouldn't talk about the war, he wouldn't talk about the camp. But ask him about a sourdough starter and he'd go for an hour.
BRENNAN: There's a line you come back to again and again. He tells you, "⟦d:a|Bread is patience you can eat.⟧"
KOWALCZYK: He said that all the time. My grandmother used to roll her eyes. She'd say, "⟦d:b|Patience you can eat, and dishes I have to wash.⟧"
BRENNAN: Do you still bake?
KOWALCZYK: Every Saturday. Badly. He'd be appalled.
This interview has been edited for length and clarity.

### 021
@a Tunde Adebayo | the elder by eleven minutes
@b Femi | his twin brother
@c Grace Adebayo | Their mother
@d Carol Tennant | Watch Manager
Tunde Adebayo and his twin brother, Femi, joined Brackwell Fire Station on the same day in 1991. On Friday they handed in their helmets together, too.
"⟦d:a|We came in together, we go out together. That was always the deal,⟧" said Tunde, the elder by eleven minutes.
"⟦d:b|Eleven minutes he's never let me forget,⟧" Femi added.
In 34 years the pair attended more than 6,000 incidents, including the Northgate mill fire of 2003, for which both were commended for bravery.
"⟦d:b|People used to mix us up on jobs all the time. I'd get thanked for things he did,⟧" Femi said. "⟦d:b|I always said you're welcome.⟧"
"⟦d:a|That's true. He did,⟧" Tunde said.
Their mother, Grace Adebayo, 81, was in the front row for the ceremony. "⟦d:c|I worried every single night for 34 years. Now I can sleep,⟧" she said. "⟦d:c|And now they can come and fix my gutters.⟧"
Watch Manager Carol Tennant said the station would feel "⟦p:d|very quiet⟧" without them. "⟦d:d|You don't replace those two. You hire some new people and hope,⟧" she said.

### 022
@a Haruka Ishida | the architect
@b Beatrix Oduya | Her business partner of twenty years
@c Ambrose Kettle | the critic
Haruka Ishida does not want to talk about the museum. “⟦d:a|Everybody wants to talk about the museum,⟧” she says, walking me round a half-finished primary school on the edge of Lowen. “⟦d:a|Nobody asks about the schools. The schools are harder.⟧”
“⟦d:-|Why harder?⟧” I ask.
“⟦d:a|Because children are honest. If a museum is bad, critics write about it and nothing happens. If a classroom is bad, a seven-year-old tells you on the first morning,⟧” the architect says.
Her business partner of twenty years, Beatrix Oduya, puts it differently. “⟦d:b|Haruka hates the museum because it made her famous,⟧” Oduya says. “⟦d:b|She’d rather be respected than famous. I’d rather be paid.⟧”
The Lowen Art Museum, finished in 2019, was called “⟦p:c|a cathedral of light⟧” by the critic Ambrose Kettle and “⟦p:-|a very expensive greenhouse⟧” by almost everybody else.
“⟦d:a|Both are correct,⟧” Ishida says. “⟦d:a|It is a greenhouse. That was the point. Things grow in it.⟧”

### 023
@a Alan Pryce | Retired detective
@b Dominic Ferreira | host
@c Joanne Wetherall | Leanne's sister
@d Holdmoor Police | -
Retired detective Alan Pryce has told a podcast that he still keeps a photograph of a missing teenager on his fridge, 28 years after she vanished.
"⟦d:a|I look at her every morning when I get the milk out,⟧" Pryce told "⟦s:-|Cold Files⟧" host Dominic Ferreira.
"⟦d:b|Does your wife mind?⟧" Ferreira asked.
"⟦d:a|She put it there.⟧"
Ferreira, who has spent two years investigating the disappearance of Leanne Wetherall, 17, from Salt Row in 1996, said the series had already produced "⟦p:b|dozens⟧" of new calls.
Leanne's sister, Joanne Wetherall, said she had mixed feelings about the attention. "⟦d:c|Every time it's in the news, my mum's phone goes. Some of it is kind. Some of it isn't,⟧" she said. "⟦d:c|But if one person remembers one thing, it's worth it.⟧"
Holdmoor Police said in a statement that the case "⟦p:d|remains open⟧" and urged anyone with information to come forward.

### 024
@a Declan Rooney | singer
@b Tariq Osei | the bassist
@c Mikko Järvinen | drummer
Pale Harbour are arguing about a sandwich. Specifically, about whose sandwich it was.
"⟦d:a|It was mine. I'd written my name on it,⟧" says singer Declan Rooney.
"⟦d:b|You wrote 'Dec'. That could be anyone,⟧" says Tariq Osei, the bassist.
"⟦d:c|Name one other Dec,⟧" says drummer Mikko Järvinen, without looking up from his phone.
The three of them have been in a van together, on and off, for nine years, and their third album, "⟦s:-|Salt Lungs⟧", is the first that anyone outside Keswold seems to have noticed. Rooney, 31, writes the words.
"⟦d:a:m|I used to write about girls. Then I wrote about my dad dying. Now I'm writing about the town, because the town is dying too, slowly, and nobody's writing about it.⟧
"⟦d:a|That sounds grim. It's not a grim record. There's a song about a swan.⟧"
"⟦d:b|It's a great song about a swan,⟧" Osei says.
Järvinen, who moved to Keswold from Finland at 14, finally puts down his phone. "⟦d:c|The swan song is the single. We have to say it's a great song,⟧" he says.

### 025
@a Yusuf Abdalla | Imam
@b Helen Marchbank | Presenter
@c Derek | One caller
Imam Yusuf Abdalla of the Eastgate mosque told Radio Thornley on Wednesday that the mosque’s open day had been its busiest ever. «⟦d:a|We open the doors every Friday. Anybody can come in. Most people just never have,⟧» he said.
Presenter Helen Marchbank put a listener’s question to him. «⟦d:b|What would you say to someone who has never been inside a mosque and feels a bit nervous about it?⟧»
«⟦d:a|I would say, I feel nervous going into a church. So we are even,⟧» Abdalla said, laughing.
One caller, Derek, from Saltby, said he had gone along last year «⟦p:c|out of pure nosiness⟧» and stayed for lunch. «⟦d:c|Best curry I’ve had in my life, and I was in the Navy,⟧» he told the programme.
«⟦d:a|That is Mrs Hussain’s curry. I will tell her,⟧» the imam said.

### 026
@a Ravi Subramaniam | the 41-year-old co-founder of Fenwick Pay
@b Kwabena Asare | His co-founder
@c - | one analyst
Ravi Subramaniam eats like a man who has been told there is a limit on time. He finishes his dosa before I have unfolded my napkin. "⟦d:a|Sorry. Bad habit. Twelve years of eating at my desk,⟧" he says.
The 41-year-old co-founder of Fenwick Pay sold the company last month for a sum that one analyst called "⟦p:c|a bargain for the buyer and a fortune for everyone else⟧".
"⟦d:-|Do you feel rich?⟧" I ask.
"⟦d:a|I feel tired. I'm told the rich part comes later,⟧" he says.
His co-founder, Kwabena Asare, joins us for dessert, having been stuck in a meeting. He looks at the empty plate in front of Subramaniam. "⟦d:b|Ravi said he'd wait for me. He didn't, did he?⟧"
"⟦d:a|I waited for the dessert,⟧" Subramaniam says.
"⟦d:b|The thing about Ravi,⟧" Asare says, "⟦d:b|is that he thinks out loud and eats out loud and never stops doing either.⟧"
Subramaniam shrugs. "⟦d:a|Everyone's a bargain in hindsight.⟧"

### 027
@a Achieng Otieno | the 24-year-old
@b Rose Otieno | Her mother
@c Samuel Kiprono | Her coach
At 5.40am the red road out of Kiptere is already busy with runners. Achieng Otieno passes me without a glance and then, thirty metres on, turns and jogs back. “⟦d:a|You’re the journalist? You’re late. Come, today we go slowly,⟧” she says. Slowly turns out to be a pace I can hold for about four minutes.
The 24-year-old will run her first major marathon in Vellmar in October. Later, over tea, she tells me something she says she has never told anyone.
“⟦d:a:m|My mother ran. Nobody knows this. She was very fast at school, and then she married, and that was that.⟧
“⟦d:a|So when I run I think some of it is for her. Don’t tell her I said that. She will cry.⟧”
Her mother, Rose Otieno, does cry, a little, when I tell her that evening. “⟦d:b|She said that? She never says anything to me,⟧” she says. “⟦d:b|She just runs out of the door in the morning and comes back hungry.⟧”
Rose, 51, ran the 400 metres at district level and was, she says, “⟦p:b|not bad, not bad at all⟧”.
Her coach, Samuel Kiprono, is more precise. “⟦d:c|Rose was the fastest girl in the district for three years. I know because I lost to her at a school meeting,⟧” he says. “⟦d:c|The daughter is faster. Please don’t write that I lost to a girl. Actually, write it.⟧”

### 028
@a Amara Diallo | governor of the Central Bank of Vostria
@b - | my predecessor
VOSTRIA CITY, June 3 (Globe Wire) - Amara Diallo, governor of the Central Bank of Vostria, said on Tuesday that interest rates would stay "⟦p:a|higher for a while yet⟧" and that she saw "⟦p:a|no case at all⟧" for a cut before the autumn.
"⟦d:a|Inflation is coming down, but it is coming down by the stairs, not in the lift,⟧" Diallo told Globe Wire in an interview at the bank's headquarters.
Excerpts from the interview, edited for length:
Q: The finance minister has said he would like to see cuts this year. Is he wrong?
A: The minister is entitled to his wishes. I am not entitled to mine. I have a mandate.
Q: Markets are pricing in two cuts by December.
A: Markets have priced in a great many things. I remember a year when they were very sure inflation was "⟦s:-|transitory⟧", too.
Q: What would change your mind?
A: Wages. If wage growth falls below four percent and stays there for two quarters, we will talk. Until then, as my predecessor liked to say, "⟦d:b|the bank is closed for discussion.⟧"

### 029
@a Dorothy Pemberton | -
@b Ellie | Her great-granddaughter
@c Aleksandra Nowak | Their teacher at Millbeck Leisure Centre
@d - | The centre's manager
Dorothy Pemberton was 84 when she decided she had waited long enough to learn to swim. Her great-granddaughter Ellie, nine, was learning at the same time, so they signed up together.
"⟦d:a|I was always frightened of the water. My mother was frightened, so I was frightened. That's how it goes,⟧" Dorothy said.
"⟦d:b|Nana Dot is better than me at floating,⟧" said Ellie. "⟦d:b|I'm better at going fast.⟧"
Their teacher at Millbeck Leisure Centre, Aleksandra Nowak, said the pair had become the highlight of her week. "⟦d:c|Dorothy turns up early every Thursday with her cap already on. Ellie turns up late with one sock,⟧" she said. "⟦d:c|Between them they're my favourite class.⟧"
Last week Dorothy swam her first width without a float. "⟦d:a|Everybody clapped. I didn't know where to look,⟧" she said. "⟦d:a|Ellie told me to look at the end of the pool. So I did.⟧"
"⟦d:b|That's what you do,⟧" Ellie said.
The centre's manager said the pair had become "⟦p:d|local celebrities⟧" and that the Thursday class now had a waiting list.

### 030
@a Margit Szabó | the photographer whose pictures of the siege of Calvar won two international awards
@b Colm Whelan | presenter
Margit Szabó, the photographer whose pictures of the siege of Calvar won two international awards, has said she gave up photographing war because ``⟦p:a|I stopped believing the pictures changed anything⟧''.
Speaking to presenter Colm Whelan on ``⟦s:-|Sunday Profile⟧'', the 66-year-old said she had not picked up a camera in a conflict zone for eight years.
``⟦d:b|Do you regret any of it?⟧'' Whelan asked.
``⟦d:a:m|No. I regret some of the pictures. There are people I photographed on the worst day of their lives, and I used that day to pay my rent.⟧
``⟦d:a|I've made my peace with it. Mostly. At three in the morning, less so.⟧''
Szabó now photographs birds on the marshes near her home. ``⟦d:a|They don't know I'm there, and if they do, they leave. It's a fairer arrangement,⟧'' she said.

### 031
@a Arjun Pillai | the 13-year-old
@b Suresh Pillai | an accountant
@c Venkat Pillai | Arjun's grandfather
Arjun Pillai was six when his grandfather taught him chess on a board with two missing pawns, replaced by a salt cellar and a thimble. Seven years later he is the youngest player ever to win the Marlow County Open.
"⟦d:a|I still think the thimble brings me luck,⟧" said the 13-year-old, who beat three adult masters on his way to the title.
His father, Suresh Pillai, an accountant, said the family had no idea what they were starting. "⟦d:b|We thought it was a way to keep him off the tablet. Now he's on the tablet all day, playing chess,⟧" he said.
Arjun's grandfather, Venkat Pillai, 79, still plays him every Sunday after lunch. "⟦d:c|I haven't won since he was eight,⟧" he said. "⟦d:c|I keep playing because one day he'll make a mistake, and I want to be there.⟧"
"⟦d:a|I do make mistakes. He just doesn't see them,⟧" Arjun said.
Venkat describes his grandson's style as "⟦p:c|rude⟧". "⟦d:c|He attacks everything. No respect for his elders,⟧" he said, laughing.

### 032
@a Ezekiel Mahlangu | the baritone
@b Cornelia van Wyk | his first teacher
@c Fenella Osgood | a conductor
Ezekiel Mahlangu orders the soup and then, remembering something, changes it to the salad. “⟦d:a|Soup before a show, fine. Soup the day before, no. Don’t ask me why. Singers are insane,⟧” he says.
The baritone, 36, opens as Rigoletto at the Marlstone Opera House on Thursday, his first time in the role. He has, he admits, more superstitions than he can count.
“⟦d:-|Which is the worst?⟧” I ask.
“⟦d:a|The socks,⟧” he says immediately. “⟦d:a|I have one pair of socks I wear for every opening night. They are eleven years old. They have been darned by three different women in three different countries.⟧”
He grew up in a township outside Kwelane, and his first teacher, Cornelia van Wyk, wrote to the conservatory that he had “⟦p:b|a voice like a cathedral and the discipline of a puppy⟧”.
“⟦d:a|She was right about the puppy,⟧” Mahlangu says. “⟦d:a|I’m still working on the cathedral.⟧”
His partner, Fenella Osgood, a conductor, joins us for coffee. “⟦d:c|He is the least diva-ish singer I know, apart from the socks,⟧” she says. “⟦d:c|The socks are pure diva.⟧”

### 033
@a Sione Fifita | -
@b - | my old coach
Halbury Hawks coach Tane Ngata faced the media on Thursday ahead of Saturday's grand final. Here is an edited transcript.
Reporter: Tane, is Fifita fit?
Ngata: He trained today. He's got a sore shoulder. Everyone's got a sore shoulder. It's the end of the season.
Reporter: Sione Fifita said on Monday that the team was "⟦p:a|sick of being called chokers⟧". Are they?
Ngata: I'm sick of it too. We've lost two finals. That's not choking, that's losing. The word "⟦s:-|chokers⟧" is for people who need a headline.
Reporter: What did you say to the players this morning?
Ngata: I told them what my old coach told me before my first final: "⟦d:b|Nobody remembers the team that nearly won.⟧" Then I told them not to quote me, so don't.

### 034
@a Hind Khoury | -
@b Rania | Her daughter
@c Maya | Rania’s daughter
Every morning at seven, Hind Khoury rolls vine leaves at the back table of Beit Hind, the restaurant on Calloway Road that bears her name and that she insists is not hers. “⟦d:a|It’s Rania’s. I just sit here and criticise,⟧” she says.
Her daughter Rania, 56, runs the kitchen. Rania’s daughter, Maya, 27, runs the accounts, the Instagram and, according to both older women, everything else.
“⟦d:b|Maya is the boss. We pretend it’s me,⟧” Rania says. “⟦d:b|My mother pretends it’s her.⟧”
“⟦d:a|I don’t pretend,⟧” Hind says.
“⟦d:c|Teta, you pretend every day,⟧” says Maya, not looking up from her laptop.
Hind arrived in Calloway in 1976 with her husband and very little else.
“⟦d:a:m|We came with two suitcases and the address of my husband’s cousin. The cousin had moved. So we had two suitcases.⟧
“⟦d:a|I cooked in a church basement for the first year. The priest ate more than anybody.⟧”
Maya wants to open a second branch. Rania calls the idea “⟦p:b|ambitious⟧”; Hind calls it something in Arabic that her granddaughter declines to translate.
“⟦d:c|It’s not rude, exactly,⟧” Maya says. “⟦d:c|It’s more like, who do you think you are.⟧”

### 035
@a Gary Pocock | DARTS ace
@b Tracey Pocock | His wife
@c Jordan Kaye | the 23-year-old who whitewashed him
DARTS ace Gary Pocock has opened up about the night he nearly quit the sport for good - in a toilet cubicle at the Alder Palace.
"⟦d:a|I sat in there for twenty minutes with my head in my hands. I'd just lost 6-0 on telly to a kid who was born the year I turned pro,⟧" Pocock, 46, told us.
"⟦d:a|I rang the missus and said, 'That's it, I'm done.' She said, 'You're not done till you've paid for the kitchen.'⟧"
His wife, Tracey Pocock, 44, confirmed the story. "⟦d:b|The kitchen was eleven grand. He wasn't going anywhere,⟧" she laughed.
Known on the circuit as "⟦s:-|The Hammer⟧", Pocock went on to win two major titles the following season.
"⟦d:a|That kid did me a favour. I sent him a bottle of something after,⟧" he said.
Rival Jordan Kaye, the 23-year-old who whitewashed him, said: "⟦d:c|I never got a bottle. Tell him I'm still waiting.⟧"

### 036
@a Efua Sarpong | -
@b Adwoa | My own grandmother
@c - | a man in a newspaper
Efua Sarpong's picture books have sold more than two million copies. Her latest, "⟦s:-|Grandma Goes Up⟧", is about a grandmother who takes up skydiving at 80. Interview by Saanvi Rao.
**Is Grandma based on anyone?**
My own grandmother, Adwoa, who never went skydiving but absolutely would have. She used to tell me, "⟦d:b|The sky is only high if you look at it from the ground.⟧" I didn't understand that until I was forty.
**Your books have been called "⟦p:c|relentlessly cheerful⟧". Is that fair?**
It was a man in a newspaper, yes. I wrote to him. I said, "⟦d:a|Children have enough people being gloomy at them.⟧" He didn't reply.
**What's next?**
Grandma goes underwater. I'm learning to dive, for research. My daughter says I'm only doing it for the book. I'm doing it because I want to.

### 037
@a DeShawn Ellery | -
@b Luka Petrović | the 7-foot center
@c Ray Castellanos | coach
DeShawn Ellery scored 38 points, including the go-ahead three with 4.2 seconds left, as the Port Arlen Gulls beat the Kesterville Miners 104-101 on Friday night.
"⟦d:a|I wanted the ball. I always want the ball. Coach knows that,⟧" Ellery said.
"⟦d:c|He's not wrong. He does always want the ball,⟧" coach Ray Castellanos said. "⟦d:c|Sometimes that's a problem. Tonight it wasn't.⟧"
Luka Petrović, who had 22 rebounds, joked that he had set "⟦p:b|the best screen of my life⟧" on the final play and would be asking for a share of the credit.
"⟦d:b|Nobody ever talks about the screen. Write about the screen,⟧" the 7-foot center insisted.
"⟦d:a|It was a good screen,⟧" Ellery admitted. "⟦d:a|Top five.⟧"
The Gulls have won six straight. Castellanos refused to get carried away. "⟦d:c|Six is nice. Ask me about it at sixteen,⟧" he said.

### 038
@a Inês Valadares | the translator
@b - | Her grandmother
@c Teodoro Brandão | the novelist
Inês Valadares has translated forty-one books into English and says she has never been satisfied with a single sentence. «⟦d:a|Not one. Satisfied is the wrong word for this job. Resigned, maybe,⟧» the translator says.
Her grandmother, who sold fish in the market at Vila Serra, had a saying for people who exaggerated: «⟦d:b|Quem conta um conto acrescenta um ponto⟧» - «⟦d:b|whoever tells a tale adds a stitch⟧».
«⟦d:-|So every translator is a liar?⟧» I ask.
«⟦d:a|Every translator is a tailor. The suit has to fit a different body. You let it out here, you take it in there, and you hope the author doesn’t notice,⟧» she says.
Teodoro Brandão, whose six novels she has translated, does notice. «⟦d:c|She makes me sound better than I am, which is unforgivable,⟧» the novelist wrote in an email. «⟦d:c|I have asked her to stop. She refuses.⟧»

### 039
@a Chidi Okonkwo | a taxi driver who studied law at night for six years
@b Ebuka Okonkwo | -
@c Ngozi Okonkwo | His wife
@d - | A university spokeswoman
Chidi Okonkwo, a taxi driver who studied law at night for six years, will collect his degree from Ravensholt University on Friday. His son will be three places behind him in the queue.
Ebuka Okonkwo, 22, graduates in mechanical engineering the same afternoon.
“⟦d:b|He kept asking to borrow my library card. I thought he was joking,⟧” Ebuka said.
“⟦d:a|I was not joking. His card had more books on it,⟧” his father said.
“⟦d:a:m|I drove at night and read in the day. Or I read at night and drove in the day. I don’t remember sleeping.⟧
“⟦d:a|My wife remembers. She says I was a zombie for six years. She is right.⟧”
His wife, Ngozi Okonkwo, said she was “⟦p:c|proud and very, very tired⟧”. “⟦d:c|I have two graduates and one of them still can’t find his socks. I won’t say which,⟧” she said.
A university spokeswoman said it was the first time the university had known of a parent and child graduating on the same day. “⟦d:d|We’ve had mothers and daughters in the same year before. As far as we know, this is our first father and son on the same stage,⟧” she said.

### 040
@a Paz Olmedo | Director
@b Grace Kimathi | -
Director Paz Olmedo has said she almost cast herself in the lead role of her new film before her producer "⟦p:a|staged an intervention⟧".
"⟦d:a|I thought, I know this woman, I am this woman, why am I paying someone else?⟧" Olmedo told "⟦s:-|Screen Sunday⟧".
"⟦d:a|Then I did a screen test. It was very bad. My producer watched it and left the room without speaking.⟧"
Grace Kimathi, who eventually got the part, was sitting beside her. "⟦d:b|Everybody has heard about the test. Paz tells everyone about the test,⟧" she said.
"⟦d:a|Because it's a good story.⟧"
"⟦d:b|It's a great story. I'm just glad it ended with me.⟧"
Kimathi, 34, plays a ferry captain who loses her licence after a collision. The film, "⟦s:-|Low Tide at Marren⟧", opens on Friday.
Asked whether they would work together again, the pair looked at each other. "⟦d:b|If she doesn't cast herself,⟧" Kimathi said.

### 041
@a Ada Lindqvist | -
@b Solveig | Her daughter
@c - | A care worker who visits twice a week
Ada Lindqvist turned 100 on Sunday and celebrated, at her own request, with a plate of pickled herring and a small glass of aquavit.
“⟦d:a|The doctor says I shouldn’t. The doctor is forty. What does he know,⟧” she said.
Her daughter Solveig, 74, who lives next door, said her mother had outlived three family doctors. “⟦d:b|She likes to remind the current one,⟧” she said.
Asked the secret of a long life, Ada was firm. “⟦d:a|Walk every day, mind your own business and never marry a man who whistles.⟧”
“⟦d:b|Dad whistled,⟧” Solveig pointed out.
“⟦d:a|Exactly,⟧” said Ada.
A care worker who visits twice a week said Ada was “⟦p:c|the sharpest person on my round, including me⟧”.

### 042
@a Nima Tenzing | the 44-year-old
@b Hugo Verhaegen | a dentist whom Nima guided to the summit in 2019
@c Dawa | His wife
Nima Tenzing has stood on the summit of Kalthar, the second-highest peak in the Varan range, eleven times, and he does not think much of it. "⟦d:a|The top is the smallest part. You are there ten minutes. The rest is walking and waiting and looking after people,⟧" the 44-year-old says.
Hugo Verhaegen, a dentist whom Nima guided to the summit in 2019, puts it more starkly. "⟦d:b|I wouldn't be alive without him. That's not a figure of speech,⟧" Verhaegen says. "⟦d:b|I sat down at 8,200 metres and decided I was going to stay there. He decided otherwise.⟧"
"⟦d:-|What did you say to him?⟧" I ask Nima.
"⟦d:a:m|I said, 'Hugo, your wife will be very angry with me.' It's the only thing that works. Nobody wants to die in front of a guide. Everybody is afraid of their wife.⟧
"⟦d:a|He got up. Slowly. It took six hours to get down to the tent.⟧"
His wife, Dawa, is less impressed by the story than the dentist is. "⟦d:c|Every season he says it's the last one. I've stopped listening,⟧" she says.

### 043
@a Bronagh Keane | the comedian
@b Sunita Rawal | Her co-host
@c - | one listener
On the 200th episode of “⟦s:-|Ladies Who Lurch⟧”, the comedian Bronagh Keane finally admitted what listeners had suspected for years: she has never actually been to the gym she talks about every week.
“⟦d:a|I pay for it. I think that counts,⟧” Keane said. “⟦d:a|I’m a patron. Like a patron of the arts, but for rowing machines.⟧”
Her co-host, Sunita Rawal, was having none of it. “⟦d:b|You told me you did a spin class on Tuesday,⟧” she said.
“⟦d:a|I walked past a spin class.⟧”
“⟦d:b|Slowly?⟧”
“⟦d:a|Quite slowly, yes.⟧”
The pair read out an email from one listener, who said an earlier episode about Keane’s mother’s caravan had made her “⟦p:c|cry laughing on a bus in front of a vicar⟧”.
“⟦d:b|We’re sorry to the vicar,⟧” Rawal said.
“⟦d:a|We’re not sorry to the vicar,⟧” said Keane.

### 044
@a Ilse de Graaf | a four-time world champion over 200 metres backstroke
@b Femke de Graaf | Her twin sister
@c Lowland Swimming Federation | -
ROTTERVELD, Aug 9 (Continental Press) - Ilse de Graaf, a four-time world champion over 200 metres backstroke, announced her retirement on Friday, a day after finishing fifth in what she called ``⟦p:a|the slowest fast race of my life⟧''.
``⟦d:a|My body has been sending me letters for two years. This week I finally opened them,⟧'' the 31-year-old told a news conference.
Her twin sister, Femke de Graaf, who retired in 2022 and now coaches at the national training centre, sat beside her. ``⟦d:b|I told her last summer. She doesn't listen to me. She never has,⟧'' Femke said.
``⟦d:a|I listen. I just don't agree,⟧'' Ilse replied.
Asked what she would miss most, Ilse de Graaf paused for a long time. ``⟦d:a|The quiet. Under the water there's no phone, no journalists, no sister,⟧'' she said, to laughter.
The Lowland Swimming Federation said in a statement that she had been ``⟦p:c|the standard by which a generation measured itself⟧''.

### 045
@a Abdul Wahid Karimi | a former schoolteacher
@b Farhad | the elder
@c Jawad | the younger
@d - | Their caseworker at the Cardell Refugee Welcome Centre
Abdul Wahid Karimi, a former schoolteacher, keeps the keys to a house he will probably never see again in a biscuit tin on top of the wardrobe. “⟦d:a|My sons laugh at me. What are you going to unlock, they ask. I tell them: one day, maybe,⟧” he said, speaking through an interpreter.
Karimi, 58, arrived in Cardell two years ago with his two sons, Farhad and Jawad.
Farhad, the elder, works nights in a warehouse and is studying for a nursing qualification. “⟦d:b|At home I was a second-year medical student. Here I am a first-year nursing student. It’s fine. It’s still going forward, just from further back,⟧” the 24-year-old said.
Jawad, the younger, picked up English faster than anyone in the family and now translates for his father at the doctor’s, the bank and the job centre. “⟦d:c|Sometimes I change what he says a little bit. To be polite,⟧” he admitted, grinning.
His father, when this was translated for him, laughed. “⟦d:a|I know. I always knew,⟧” he said.
Their caseworker at the Cardell Refugee Welcome Centre described the family as “⟦p:d|the most organised people I have ever met⟧”.

### 046
@a Lorenz Achterfeld | the economist
@b Stavros Manolakis | the owner
@c - | His critics at the time
Lorenz Achterfeld has been coming to the Taverna Kallisti for thirty years and has never once looked at the menu. "⟦d:a|Stavros decides. It is the only place in my life where nobody asks for my opinion,⟧" he says.
Stavros Manolakis, the owner, arrives with grilled octopus and an opinion of his own. "⟦d:b|He is a clever man who cannot choose a fish. Thirty years,⟧" he says, and leaves.
The economist, 67, is best known for a book published in 2006 that predicted, in considerable detail, the banking collapse that followed two years later. His critics at the time called it "⟦p:c|doom-mongering with footnotes⟧".
"⟦d:-|Were you right?⟧" I ask.
"⟦d:a|About the direction, yes. About the timing, spectacularly wrong. In economics that counts as being right,⟧" he says.
"⟦d:a|The footnotes,⟧" he adds, "⟦d:a|were excellent.⟧"
Stavros reappears. "⟦d:b|You want dessert? You don't want dessert. I bring dessert,⟧" he says.

### 047
@a Mercy Boateng | a senior nurse at Northvale General Hospital
@b Tom Ashby | interviewer
@c Northvale Health Trust | -
@d - | A source at the hospital
Mercy Boateng, a senior nurse at Northvale General Hospital, has told how she was “⟦p:a|frozen out⟧” by managers after raising concerns about staffing on the night shift.
Ms Boateng, 48, told “⟦s:-|Inside Story⟧” that colleagues stopped speaking to her in the canteen. “⟦d:a|People I’d worked with for fifteen years would get up and move tables,⟧” she said.
“⟦d:b|Why do you think that was?⟧” asked interviewer Tom Ashby.
“⟦d:a|Fear. I don’t blame them. They’ve got mortgages. So have I, mind,⟧” she said.
Northvale Health Trust said it “⟦p:c|takes all concerns seriously⟧” and had commissioned an independent review. “⟦d:c|We are sorry that Ms Boateng feels she was not supported,⟧” the trust said in a statement.
A source at the hospital, who asked not to be named, said the response on the wards had been mixed. “⟦d:d|Everyone knew she was right. That was the problem,⟧” the source said.

### 048
@a Oskar Lindahl | the stroke
@b Tevita Mahe | the bowman
@c Anneliese Brandt | Their coach
Oskar Lindahl and Tevita Mahe have rowed together for nine years and been brothers-in-law for four, and they still cannot agree on who proposed the partnership.
«⟦d:a|I asked him,⟧» Lindahl says.
«⟦d:b|He asked my sister,⟧» Mahe corrects him. «⟦d:b|He asked me a year before that, in a bar, and I said no.⟧»
«⟦d:a|You said maybe.⟧»
«⟦d:b|Maybe in my family means no.⟧»
The pair won silver in the double sculls at the world championships last year. Lindahl, 30, the stroke, is the talker; Mahe, 32, the bowman, sits behind him and, by his own account, does the thinking.
«⟦d:b|People say the stroke sets the rhythm,⟧» Mahe says, «⟦d:b|but the bow seat decides whether the rhythm is any good. I am quality control.⟧»
Their coach, Anneliese Brandt, has heard all of this before. «⟦d:c|They fight like brothers. They row like one person. I prefer the rowing,⟧» she says.

### 049
@a Gwenllian Morgan | the 76-year-old postmistress
@b Iestyn Morgan | Her nephew
@c - | One customer
@d Countrywide Post | -
For fifty years, if you wanted a stamp, a pension, a pint of milk or the latest news in Cwm Eithin, you went to Gwenllian Morgan.
On Saturday the 76-year-old postmistress shut the door of the village post office for the last time, to a round of applause from a queue that stretched past the chapel.
"⟦d:a|I've sold stamps to three generations of some families. I've watched children grow up on the other side of that counter,⟧" she said. "⟦d:a|I'll miss the gossip most. I won't lie to you.⟧"
Her nephew, Iestyn Morgan, 45, who is turning the building into a cafe, said the bench outside was "⟦p:b|not going anywhere, on pain of death⟧". "⟦d:b|She's told me exactly where it's got to be. To the inch,⟧" he said.
One customer, who has shopped there since 1974, said: "⟦d:c|It's the end of something. Gwen knew everything about everyone and never told a soul. Well. Hardly ever.⟧"
Countrywide Post said in a statement that it was "⟦p:d|grateful for half a century of service⟧" and would run a mobile counter in the village twice a week.
And her own plans? "⟦d:a|A lie-in. Then I'll see,⟧" she said.

### 050
@a Dorota Wiśniewska | Team principal
@b - | my dad
Kenji Morimoto, 23, finished on the podium in only his fourth race for Varga Racing. Team principal Dorota Wiśniewska called him "⟦p:a|the calmest rookie I have ever worked with⟧". "⟦d:a|His heart rate on the grid is lower than mine in the garage,⟧" she said. He spoke to Lewis Amankwah.
LA: Is she right? Are you calm?
KM: On the outside. Inside I'm singing. Usually the same song, "⟦s:-|Blue Harbour⟧", by my dad's old band. Don't ask me why.
LA: Your father was a musician?
KM: A drummer. Before my first kart race he said to me, "⟦d:b|Keep time, and the rest will come.⟧" I think about that a lot.
LA: Does he come to races?
KM: Every one. He sits in the grandstand with earplugs and says the engines are too loud. This from a drummer.

### 051
@a Augustin Ferrand | The restaurant critic
@b Jomo Wachira | the chef
@c Saoirse Dunne | Presenter
It was billed as a reconciliation. It lasted about four minutes.
The restaurant critic Augustin Ferrand, who gave Jomo Wachira's Harbour Street restaurant one star out of five last spring and called its tasting menu “⟦p:a|a hostage situation with foam⟧”, met the chef for the first time on Radio Calder’s “⟦s:-|Table Talk⟧” on Sunday.
“⟦d:b|I’ve been waiting a year to ask you this. Did you even finish the menu?⟧” Wachira asked.
“⟦d:a|I finished eleven of the fourteen courses. The other three I sent back, and I stand by that,⟧” Ferrand said.
“⟦d:b|The three you sent back were the best ones.⟧”
“⟦d:a|Then you should have served them first.⟧”
Presenter Saoirse Dunne attempted to intervene. “⟦d:c|Gentlemen, we’re supposed to be finding common ground,⟧” she said.
“⟦d:b|We have common ground. We both think he’s wrong,⟧” the chef said.

### 052
@a Lindiwe Ndlovu | the elder of the two
@b Nomsa Khumalo | Her sister
@c Three Counties Air Ambulance | -
Sipho Ndlovu’s sisters have a rule when they talk about him: nobody is allowed to use the past tense before lunch.
“⟦d:a|It’s silly. It helps,⟧” said Lindiwe Ndlovu, 49, the elder of the two, at the kitchen table of the house in Amberley where the three of them grew up.
Her sister, Nomsa Khumalo, 45, nodded. “⟦d:b|Sipho would have thought it was ridiculous. So we do it to annoy him,⟧” she said.
Sipho, a paramedic, died in March at 52. Since then his sisters have raised more than £80,000 for the air ambulance service he worked alongside for two decades.
“⟦d:a:m|He used to say that the worst day of someone else’s life was a Tuesday for him. Not because he didn’t care. Because he had to be the one person in the room who was calm.⟧
“⟦d:a|We’re trying to be calm for him now. We’re not very good at it,⟧” Lindiwe said.
Nomsa laughed. “⟦d:b|Speak for yourself. I’m very calm,⟧” she said, and then cried a little, and then laughed again.
Three Counties Air Ambulance said Sipho had been “⟦p:c|a friend to every crew in the county⟧”.

### 053
@a Hasan Qureshi | the Kestrel Bay captain
@b Callum Sutherland | His counterpart
@c - | A selector
Hasan Qureshi hit an unbeaten 143 to lead Kestrel Bay to a five-wicket win over Marrowdale on the final day at Penhallow Park, and then admitted he had had "⟦p:a|no idea⟧" what the target was.
"⟦d:a|I never look at the scoreboard. My brother does it for me from the balcony. He waves a towel,⟧" the Kestrel Bay captain said. "⟦d:a|Today he waved it a lot, so I knew I should hurry up.⟧"
His counterpart, Callum Sutherland, conceded the declaration had been "⟦p:b|too generous by about thirty runs⟧". "⟦d:b|I backed our bowlers. They were knackered. That's on me,⟧" he said.
A selector, speaking on condition of anonymity, said Qureshi was "⟦p:c|a certainty⟧" for the winter tour. "⟦d:c|If he's not on the plane, I'm not on the plane,⟧" the selector said.

### 054
@a Folasade Oyelaran | the poet
@b Kirsten Holm | a carpenter
@c - | The judges
Folasade Oyelaran writes in the mornings, before the house wakes up, in a shed at the bottom of the garden that her wife built from a kit and two online videos.
«⟦d:a|It leaks,⟧» the poet says. «⟦d:a|I write better when something is dripping. It gives me a deadline.⟧»
Her wife, Kirsten Holm, a carpenter, is unapologetic. «⟦d:b|It leaks in one corner. She puts a bucket there. It’s a feature,⟧» Holm says.
Oyelaran’s fourth collection, «⟦s:-|Small Weathers⟧», was shortlisted last week for the Colvin Prize. The judges called it «⟦p:c|quietly devastating⟧».
«⟦d:-|Did you expect it?⟧» I ask.
«⟦d:a|No. I expected the other one to be shortlisted. The one I think is better,⟧» she says.
«⟦d:b|They’re all better, according to her, except whichever one is getting attention,⟧» Holm says from the doorway.

### 055
@a Cathal Ó Dónaill | the 63-year-old
@b Seamus Tierney | His neighbour
@c Bríd | His wife
@d Galmore County Council | -
Cathal Ó Dónaill watched the Abhainn Rua take the bottom three fields of his farm on Tuesday night, along with most of his fencing and a shed he had built with his father.
"⟦d:a|I've farmed here forty years, and my father before me, and I've never seen water like it,⟧" the 63-year-old told Radio Corrib Valley.
His neighbour, Seamus Tierney, arrived with a tractor at two in the morning to help move the cattle to higher ground. "⟦d:b|You don't wait to be asked. Not round here,⟧" Tierney said.
"⟦d:a|He didn't wait. He didn't even knock. I found him in the yard,⟧" Ó Dónaill said.
"⟦d:-|Are you insured?⟧" we asked.
"⟦d:a|Ask me that in a fortnight, when I've read the small print,⟧" he said.
His wife, Bríd, said the family had lost fences, the shed and about forty bales of silage. "⟦d:c|The animals are all safe. That's what matters,⟧" she said.
Galmore County Council said its engineers were "⟦p:d|assessing the damage⟧" along the river and would report to councillors next week.

### 056
@a Rahel Tesfaye | the 35-year-old
@b Morten Aasen | host
@c Meron Tesfaye | Tesfaye's sister
Rahel Tesfaye rode 4,200 kilometres across the Tarrant Plateau in 19 days, sleeping an average of three hours a night, and says the hardest part was the sandwiches.
``⟦d:a|Petrol-station sandwiches for nineteen days. By the end I was dreaming about vegetables,⟧'' the 35-year-old told host Morten Aasen on ``⟦s:-|Long Way Round⟧''.
``⟦d:b|Not about sleep?⟧'' Aasen asked.
``⟦d:a|Sleep, I could get for twenty minutes in a ditch. A carrot, I could not get anywhere.⟧''
She describes the final night as ``⟦p:a|a long argument with a headwind that I won on points⟧''.
Tesfaye's sister, Meron Tesfaye, followed the race on a tracking app from her flat. ``⟦d:c|I didn't sleep either. Nobody's giving me a medal,⟧'' she said.

### 057
@a Ayaan Warsame | the painter
@b Clementine Roux | the sculptor
We sat the painter Ayaan Warsame and the sculptor Clementine Roux down in Roux’s studio on Tanner’s Row, put a recorder on the table, and left them to it. Warsame walked in, looked round and stopped.
“⟦d:a|You’ve moved the kiln.⟧”
“⟦d:b|I moved it in January. You haven’t been here since Christmas.⟧”
“⟦d:a|I’ve been busy.⟧”
“⟦d:b|You’ve been sulking about the review.⟧”
“⟦d:a|Both. Busy and sulking. I can do both.⟧”
The review in question called Warsame’s new show “⟦p:-|beautiful and airless⟧”.
“⟦d:b|Airless is a compliment from that man. He doesn’t like breathing,⟧” Roux said.
“⟦d:a|You would say that. He liked your show.⟧”

### 058
@a Joel Mbemba | TEEN sensation
@b Patrice Mbemba | Proud dad
@c Christian | Big brother
@d Mick Farraday | Wexley boss
TEEN sensation Joel Mbemba's dad wept in the stands as his boy scored on his Wexley United debut - and then rang every relative he has.
Proud dad Patrice Mbemba, 49, said: "⟦d:b|I was crying before he even scored. I cried when he came out of the tunnel.⟧"
"⟦d:b|When the ball went in I don't remember anything. My neighbour says I hugged a steward.⟧"
Big brother Christian, 21, who plays for non-league Hadley Town, joked: "⟦d:c|He's still not the best footballer in the family. He's just the best-paid one.⟧"
Joel, 18, said after the game: "⟦d:a|I saw my dad in the crowd and he was already crying in the warm-up, so I knew I had to score or he'd be in a state all night.⟧"
"⟦d:a|He's in a state anyway,⟧" he added.
Wexley boss Mick Farraday hailed the youngster as "⟦p:d|the real deal⟧". "⟦d:d|He's got no fear. I'll have to find some for him,⟧" Farraday said.

### 059
@a Josephine Mwale | the midwife
@b Tamsin Gould | -
Josephine Mwale has delivered, by her own careful count, 3,114 babies. One of them now works on the same ward.
“⟦d:a|I told her mother she had strong lungs. I was right,⟧” said Mwale, 66, who retires this week from the Ferrington Maternity Unit after 41 years.
Tamsin Gould, 29, was born on the unit in 1995, qualified in 2021 and asked to be placed on Mwale’s team. “⟦d:b|I had a photo of her holding me. I brought it in on my first day. She pretended not to remember,⟧” Gould said.
“⟦d:a|I did not pretend. I do not remember every face. I remember every name,⟧” the midwife said.
“⟦d:a:m|People think the hard days are the dramatic ones. The emergencies. They’re not. In an emergency everyone knows what to do.⟧
“⟦d:a|The hard days are the quiet ones, when something is wrong and nobody can say what yet. You learn to sit with a mother in that.⟧”
Gould said she had learned more from watching Mwale than from her degree. “⟦d:b|She never hurries. Even when she’s running, she doesn’t hurry. I don’t know how she does it,⟧” she said.
Asked what she would do with her time, Mwale said: “⟦d:a|Sleep through the night. For the first time since 1983.⟧”

### 060
@a Bogdan Rusu | the depot's night manager
@b Dee | a cleaner
@c - | One driver
At 2.15am the bus depot on Fallow Lane is the busiest place in Castleford Vale. "⟦d:a|People think nights are quiet. Nights are when everything breaks,⟧" says Bogdan Rusu, the depot's night manager, handing me a hi-vis vest two sizes too big.
"⟦d:-|What breaks?⟧" I ask.
"⟦d:a|Buses. People. Vending machines. Mostly the vending machines,⟧" he says.
In the canteen, Dee, a cleaner, is on her 22nd year of nights. "⟦d:b|I tried days once. Too many managers,⟧" she says, and Rusu, passing with a clipboard, pretends not to hear.
One driver, finishing a double shift, describes the night bus as "⟦p:c|a moving confessional⟧". "⟦d:c|People tell you everything at three in the morning. Divorces. Lottery numbers. I had a man propose to me once. Not to his girlfriend. To me,⟧" he says.
"⟦d:-|What did you say?⟧" I ask.
"⟦d:c|I said, 'Fares, please.'⟧"

### 061
@a Robin Castellane | the 33-year-old designer
@b Teodora Ilić | a composer from the same town
@c - | Players
Robin Castellane did not set out to make the most talked-about video game of the year. “⟦d:a|I set out to make a game about my grandmother’s allotment. The talking-about was an accident,⟧” they say.
The 33-year-old designer’s “⟦s:-|Marrow⟧”, in which players tend a vegetable plot through four seasons and nothing explodes, has sold more than a million copies.
“⟦d:-|Why does nothing explode?⟧” I ask.
“⟦d:a|Because things exploding is easy. Things growing is hard. I wanted to make something hard,⟧” they say. “⟦d:a|Also, my grandmother would have hated explosions.⟧”
The score is by Teodora Ilić, a composer from the same town, who wrote most of it on an out-of-tune piano in her mother’s front room. “⟦d:b|Robin wanted the music to sound like weather. I said, what kind of weather? They said, the boring kind,⟧” Ilić says. “⟦d:b|It’s the hardest brief I’ve ever had. Boring weather. I loved it.⟧”
Players have called the game “⟦p:c|the most relaxing thing on my phone⟧” and, less kindly, “⟦p:c|a spreadsheet with carrots⟧”.
Castellane laughs at the second one. “⟦d:a|That’s fair. I love a spreadsheet,⟧” they say.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh157.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh157",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
