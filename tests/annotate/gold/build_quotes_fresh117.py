# ruff: noqa: E501
"""Build ``quotes_fresh117.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch, Q&A transcripts whose questions are printed in bold
or introduced by the speakers' initials or names, podcast and radio interviews,
sports and arts interviews, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names,
often by reporters who ask their questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh117-NNN``.

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
  it (``Her granddaughter Efua, 29, a former fashion buyer``): the appositive is the
  description. A title or relational phrase before the name alone (``Head coach …``,
  ``Her eldest daughter, Maureen``, ``Gran Pat``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 29-year-old``,
  ``the Norwegian``), that description is taken. A speaker first mentioned by a
  definite description and named only afterwards (``The mayor of Hollowell …`` then
  ``Mayor Renata Kowalski``) keeps the description of the first mention.
* A non-restrictive relative clause after an appositive (``Rana, the eldest, who …``)
  is not part of the description; a restrictive one is. An age standing after the name
  (``Dalia, 44,``) is not a description, and is left out when an appositive follows it.
* Relatives introduced together under one shared surname (``the Haddad sisters – Rana,
  Dalia and Mira``, ``Darts twins Liam and Connor Mulvaney``) and never given a full
  name of their own are named by their first name; a description belongs to one of
  them only when it is given to that person alone (``Rana, the eldest``).
* Fragments quoted from unidentified reviews, complaints or documents are ``partial``
  with a null speaker; when the passage identifies whose words they were, that person
  is the speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech,
  and a broadcaster's unnamed reporter (``our correspondent asked``) has a null speaker
  and that description.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is; an unattributed reply is the speaker's whom the context
  makes plain (the person just asked, the voice on the telephone).
* In a transcript (questions in bold, or turns introduced by names or initials) the
  turns themselves are not quotes. A quotation inside an answer that reports what
  someone said or wrote belongs to that person (the answerer when quoting themselves);
  titles inside answers are ``scare``.
* A card or note pinned up like a sign is ``scare``, even when its author is known; a
  letter, email, card or speech handed to someone is that writer's ``direct`` speech.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh117.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh117.jsonl")

PASSAGES = """
### 001
@a Ngozi Achterberg | the novelist whose fourth book has spent eleven weeks on the bestseller list
@b Lucan Fairweather | her agent
@c - | a waiter
Ngozi Achterberg, the novelist whose fourth book has spent eleven weeks on the bestseller list, arrives at Caffè Lusardi ten minutes early and apologises for it. “⟦d:a|I am never early. I want you to know that this is an aberration,⟧” she says, shrugging off a green raincoat that looks older than I am.
The restaurant, a narrow room off Calder Street with paper tablecloths, was her choice. She has eaten here, she tells me, “⟦p:a|roughly once a week since the last recession but one⟧”.
I ask whether the success of “⟦s:-|The Salt Orchard⟧” has changed anything. She considers the breadsticks for a while before answering.
“⟦d:a|It has changed my inbox. It hasn’t changed my sentences, which is the only thing I care about,⟧” she says. “⟦d:a|Fame is very loud and very thin. You can put your hand straight through it.⟧”
A waiter appears and asks if we have decided. “⟦d:c|The veal is finished, I’m afraid,⟧” he says, with what seems like genuine sorrow. Achterberg orders the risotto; I order the same, to save time.
She grew up between Enugu and Rotterdam, the daughter of a Nigerian engineer and a Dutch schoolteacher, and began writing, she says, “⟦p:a|because nobody in either house would let me finish a sentence out loud⟧”.
“⟦d:-|Do you still think of yourself as an outsider?⟧” I ask.
“⟦d:a:m|I think everyone who writes is an outsider, or pretends to be, because it’s useful. You stand at the edge of the party and take notes.⟧
“⟦d:a|But no. I have a mortgage and a dentist and a cat with kidney trouble. I am extremely inside.⟧”
Her agent, Lucan Fairweather, later tells me she turned down a seven-figure offer for a sequel. “⟦d:b|She said no in about four seconds. I timed it,⟧” he says.
When the bill comes she reaches for it before I can. “⟦d:a|Next time you pay, and I’ll order the veal,⟧” she says.

### 002
@a Haruto Sasagawa | the 24-year-old
@b Bram Oudekerk | Dutch qualifier
@c Felicity Rannoch | Tournament director
@d Dario Montalbán | seventh seed
PORT ELLERY, Jan 14 - Haruto Sasagawa said he had "⟦p:a|nothing left in the legs⟧" after a five-set defeat by Dutch qualifier Bram Oudekerk at the Coral Coast Open on Tuesday, the biggest upset of the tournament so far.
Speaking through an interpreter, the 24-year-old said he had been struggling with a hip problem since the second set. "⟦d:a|I tried to change my serve so I could still play, but after that my rhythm was gone,⟧" Sasagawa said.
Asked whether he had considered retiring from the match, he shook his head. "⟦d:a|In Japan we say you finish what you start. Maybe this time it was a mistake,⟧" he said, smiling.
Oudekerk, ranked 188th in the world, described the win as "⟦p:b|the best day of my life, by a long way⟧".
"⟦d:b|I was just trying to keep the ball in the court and hope he got tired. Then he did get tired, and I felt bad for him for maybe one point,⟧" the 22-year-old told reporters.
Tournament director Felicity Rannoch said the medical team had assessed Sasagawa during a changeover. "⟦d:c|He was cleared to continue and he chose to continue. That's his right,⟧" she said.
Oudekerk will face seventh seed Dario Montalbán in the third round. Montalbán, asked about his next opponent after his own straight-sets win, said: "⟦d:d|I saw two sets. He hits very flat and he doesn't care who you are. That's dangerous.⟧"

### 003
@a Rana | the eldest
@b Dalia | -
@c Mira | the youngest
@d Samira Haddad | their mother
For thirty-one years, the Haddad sisters – Rana, Dalia and Mira – lived within forty miles of each other without knowing it.
Separated as children after their parents’ divorce in 1993, the three women were reunited last month in the café of a garden centre outside Thornbury, after Dalia sent off a DNA kit as a birthday joke.
“⟦d:b|I did it because my husband kept going on about his Viking ancestry,⟧” Dalia, 44, said. “⟦d:b|I wanted to see if I had anything more interesting. I got two sisters.⟧”
Rana, the eldest, had spent years trying to trace her younger siblings through social services. “⟦d:a|Every door was shut. They’d tell me the records were sealed, or lost, or in a box somewhere in Swindon,⟧” she said.
When the match came through, she read the email “⟦p:a|about forty times⟧” before she could bring herself to ring the number on it.
Mira, the youngest, who was three when the family split, has no memory of her sisters at all. “⟦d:c|I had a photo of two girls in matching coats and I didn’t know who they were. I used to make up stories about them,⟧” she said. “⟦d:c|It turns out they were real and they were standing right there next to the bird feeders.⟧”
The three now speak every day on a group chat Dalia has named “⟦s:-|The Lost Coats⟧”.
Their mother, Samira Haddad, who lives in Cyprus, sent a message that Rana read aloud at the reunion: “⟦d:d|I have prayed for this day for a very long time. Forgive me that it took so long.⟧”
“⟦d:a|We all cried. Even the woman on the till cried,⟧” Rana said.

### 004
@a Gareth Lloyd-Pryce | the presenter
@b Tamsin Okereke | Housing Minister
@c Brenmoor Builders' Federation | -
@d Jo | a listener who gave her name as Jo from Ashgrove
Housing Minister Tamsin Okereke has said she will "⟦p:b|not be bullied⟧" by developers into weakening new rules on affordable homes.
Speaking to Gareth Lloyd-Pryce on Radio Brenmoor's Breakfast Briefing on Wednesday, Ms Okereke said the requirement for a quarter of new homes to be offered at social rent would stay.
"⟦d:b|I've had letters, I've had phone calls, I've had people telling me the sky will fall in. The sky has not fallen in,⟧" she said.
Mr Lloyd-Pryce put it to her that three major schemes in the city had been paused since the rules came in.
"⟦d:a|Isn't that the sky falling in, Minister?⟧" the presenter asked.
"⟦d:b|No. That is three companies deciding to sit on land they bought cheaply and wait for me to blink. I'm not going to blink,⟧" Ms Okereke replied.
The Brenmoor Builders' Federation said in a statement that the minister's comments were "⟦p:c|deeply unhelpful⟧" and that the paused schemes represented "⟦p:c|more than 1,400 homes that families are now waiting for⟧".
Later in the programme, a listener who gave her name as Jo from Ashgrove texted: "⟦d:d|I've been on the housing list for six years. Tell the developers to get on with it.⟧"

### 005
@a Fenella Osei-Whitaker | -
@b Bart Quaye | her husband
@c - | a boy
Fenella Osei-Whitaker has drawn the comic strip “⟦s:-|Mabel & Moth⟧” every day for thirty years. The final strip runs this Saturday. “⟦d:a|I’m not retiring. I’m just stopping,⟧” she says. “⟦d:a|There’s a difference, and I’ll tell you what it is when I’ve worked it out.⟧”
She lives in Fallowfield Cross with her husband, Bart Quaye, who has lettered the strip since 1997. We spoke in her studio, a converted coal shed. This interview has been edited for length and clarity.
**Why stop now?**
Because Mabel has said everything she has to say. I could keep her going – people do that, they keep characters going like those lobsters in restaurant tanks – but it would be cruel.
**Was there a moment when you knew?**
Last spring. I drew a strip and Bart read it and said, “⟦d:b|You did this one in 2004.⟧” And I had. Almost word for word.
**What will you miss?**
The deadlines, weirdly. And the letters. A boy once wrote to me, “⟦d:c|Moth is my best friend and I am sorry he is a moth.⟧” I have that on my fridge.
**Any regrets?**
The year I let the syndicate rename it “⟦s:-|Mabel & Moth & Friends⟧”. There were no friends. There were never any friends.

### 006
@a Anouk Ferreira-Lindqvist | the 29-year-old
@b Piotr Zawadzki | her first teacher
@c - | one reviewer
Anouk Ferreira-Lindqvist plays the cello as if she is arguing with it. The 29-year-old, who grew up above her father's bicycle shop in Vessby, says she has been «⟦p:a|losing that argument happily for twenty-three years⟧».
«⟦d:a|People think the instrument is gentle. It isn't. It's a big wooden box that wants to go flat the moment you stop paying attention,⟧» she says, tuning the A string backstage at the Korsholm Hall. «⟦d:a|You have to be a little bit rude to it.⟧»
Her first teacher, Piotr Zawadzki, now 81, remembers a seven-year-old who refused to play anything slow. «⟦d:b|She wanted Popper, she wanted fireworks. I made her play open strings for a month. She hated me,⟧» he says by telephone from Oliwka. «⟦d:b|Then she thanked me. Many years later, but she thanked me.⟧»
Ferreira-Lindqvist laughs when this is repeated to her. «⟦d:a:m|He's right, I hated him. I used to hide his rosin. I thought if there was no rosin there could be no lesson.⟧
«⟦d:a:m|What he taught me was that the slow notes are where you find out if you can actually play. Anyone can hide in fast notes.⟧
«⟦d:a|I still hide his rosin, actually. Metaphorically.⟧»
Her new recording of the Hollander suites, which one reviewer has already called «⟦p:c|almost indecently intimate⟧», is released next month. Asked whether she reads reviews, she pauses. «⟦d:a|Only the bad ones,⟧» she says. «⟦d:a|The good ones make me lazy.⟧»

### 007
@a Stacey Brindle | proud mum
@b Kelsie | her daughter
@c Pat | Gran
@d - | a show spokesperson
PROUD mum Stacey Brindle last night told how she "⟦p:a|screamed the house down⟧" as her daughter Kelsie was crowned queen of telly's Sun Island.
Stacey, 46, watched the final from her semi in Dunmore Vale with 30 friends and neighbours squeezed into the front room.
"⟦d:a|When they said her name I just went. I don't even remember what I did. Apparently I knocked the telly off the stand,⟧" she told us. "⟦d:a|Worth it.⟧"
Gran Pat, 71, was less impressed by some of her granddaughter's antics in the villa.
"⟦d:c|I had to leave the room for some of it. I said to Stacey, 'Did we bring her up like that?' And she said, 'No, Mum, that's the telly,'⟧" Pat said. "⟦d:c|But she's a good girl underneath. She rang me first.⟧"
Kelsie, who scooped the £50,000 prize with hunky scaffolder Jordan Ashby-Kerr, said on her way out of the studio: "⟦d:b|Mum, Gran, I love you. Jordan, I love you more. Sorry Mum.⟧"
A show spokesperson said: "⟦d:d|Kelsie and Jordan were the public's favourites from day one.⟧"

### 008
@a Declan Okafor | a former Carrowmore midfielder
@b Rhys Tanaka-Bell | a sports psychologist
@c Ifeoma Nwachukwu | the Stanmore Ladies captain
On the latest episode of “⟦s:-|Second Ball⟧”, the football podcast hosted by Declan Okafor, a former Carrowmore midfielder, and Rhys Tanaka-Bell, a sports psychologist, the pair were joined by Ifeoma Nwachukwu, the Stanmore Ladies captain, who spoke for the first time about the knee injury that kept her out of last summer’s tournament.
“⟦d:c|I heard it go. You don’t forget that noise. It’s like someone snapping a carrot,⟧” Nwachukwu told the hosts.
“⟦d:a|That’s horrible. I’ve heard that noise. Mine was the hamstring,⟧” said Okafor.
“⟦d:b|Can we not do injury noises on a Monday morning?⟧” Tanaka-Bell interjected.
Nwachukwu said the hardest part was not the surgery but watching the team from the stands. “⟦d:c:m|I went to every game. I thought I should be there, I’m the captain. But sitting in the stand with your leg up, people coming over to say ‘unlucky’, it does something to you.⟧
“⟦d:c|By the quarter-final I was watching it on my phone in the car park.⟧”
Tanaka-Bell, whose day job is working with athletes recovering from long-term injuries, asked her whether she had spoken to anyone about it.
“⟦d:c|Not at first. I thought I was fine. I was not fine,⟧” she said. “⟦d:c|My mum basically dragged me to someone.⟧”
Okafor, to laughter: “⟦d:a|Mums. Undefeated.⟧”

### 009
@a Mehmet Arslan | the gym's owner and head trainer
@b Emre Arslan | his son
@c Kerem | Emre's older brother
In the back room of the Anvil Lane gym, Mehmet Arslan, the gym's owner and head trainer, is wrapping his son's hands the way he has done since the boy was nine: slowly, and without talking.
Only when the tape is on does he look up. "⟦d:a|He's ready. He was ready a year ago. I was not ready,⟧" Mehmet says.
His son, Emre Arslan, unbeaten in eleven professional fights, meets Callum Drysdale for the Northern Counties light-welterweight title on Saturday. It is the first time an Arslan has fought for a belt.
"⟦d:b|Dad's more nervous than me. He won't admit it,⟧" Emre says, grinning. "⟦d:b|He's been cleaning the same bit of the ring apron for twenty minutes.⟧"
Emre's older brother, Kerem, who gave up boxing at 19 after a detached retina, now works the corner as cutman.
"⟦d:c|I was the one who was supposed to do this,⟧" Kerem says. "⟦d:c|I'm not bitter. Well, I'm a bit bitter. But he's better than I ever was, and I'm the one who gets to tell him that.⟧"
Mehmet came to Britain from Kayseri in 1989 and boxed as an amateur "⟦p:a|without much talent and with a lot of enthusiasm⟧", he says.
"⟦d:a:m|My father thought boxing was for criminals. When I opened the gym he didn't speak to me for a year.⟧
"⟦d:a|Then he came to watch Kerem's first fight and he shouted louder than anyone. So.⟧"
Asked what he will do if Emre loses, Mehmet shrugs. "⟦d:a|We come back here on Monday and wrap his hands.⟧"

### 010
@a Jory | the eldest
@b Piran | -
@c Denzil | the youngest
@d Harold Tregarthen | their father
@e Kenver Bligh | Harbour master
The Tregarthen brothers – Jory, Piran and Denzil – have fished out of Polcarrow harbour for a combined ninety-one years. On Friday, for the first time since 1964, there will be no Tregarthen boat on the slip.
``⟦d:a|It's the quota, the fuel, the insurance, the lot,⟧'' said Jory, the eldest, who at 63 has been going to sea for 47 years. ``⟦d:a|You can only run at a loss for so long before the bank starts calling you by your first name.⟧''
Piran, who skippered their last boat, the Morwenna, was blunter. ``⟦d:b|We didn't leave the sea. The sea left us,⟧'' he said. ``⟦d:b|There's nothing out there any more worth the diesel.⟧''
Denzil, the youngest, is 52 and the only one with another job lined up, driving a delivery van for a builders' merchant in Penwithey. ``⟦d:c|I'm looking forward to a lunch break,⟧'' he said. ``⟦d:c|Forty years and I've never had a lunch break.⟧''
Their father, Harold Tregarthen, 88, who first took the boys out when they were still at primary school, watched the Morwenna being lifted on to a lorry on Wednesday.
``⟦d:d|I told them all not to do it,⟧'' he said. ``⟦d:d|Every one of them. And every one of them did it anyway. They were good at it, too.⟧''
Harbour master Kenver Bligh called it ``⟦p:e|the end of something, and nobody's quite sure what⟧''.

### 011
@a Adebayo Ogundipe | the longest-serving stage manager at the Royal Caldmoor Theatre
@b Hilary Stanbridge | the director
@c - | an actor
Adebayo Ogundipe, the longest-serving stage manager at the Royal Caldmoor Theatre, retires this month after 41 years. Backstage he is known as "⟦s:-|the Ghost⟧", because nobody has ever seen him arrive. He spoke to Joanne Matsuda-Price.
JMP: Forty-one years. What's the first thing you remember?
AO: The smell. Size and sawdust and cigarettes, because everybody smoked then, even the fireman.
JMP: The worst night?
AO: 1994, the Scottish play – we don't say it – and the revolve jammed halfway through the banquet. The director, Hilary Stanbridge, came running down from the box and said to me, "⟦d:b|Adebayo, if that doesn't move in ninety seconds I'm going on and doing the rest as a monologue.⟧" I said, "⟦d:a|Give me a hundred.⟧" It moved in eighty-five.
JMP: Do actors thank you?
AO: The good ones. There was an actor – I won't name him – who sent me a card every opening night that just said "⟦d:c|Thank you for the dark.⟧" I've got thirty of them in a biscuit tin.
JMP: What will you do now?
AO: My wife says I have to learn to sit in the audience. I've never done it. I don't know where to put my hands.

### 012
@a Dagny Solheim | the architect behind the Harrowgate Library
@b Tobias Wen | her business partner
@c Ruairí Hanlon | the critic
@d Hartsmere Council | -
Dagny Solheim, the architect behind the Harrowgate Library, does not own a car, a television or, as far as anyone can tell, a chair she did not design herself.
"⟦d:a|People think that's a pose. It's not a pose, it's a problem. I can't sit in a badly made chair. My back writes me a letter,⟧" she says in the office she shares with her business partner, Tobias Wen, above a tyre shop in Lowgate.
The library, a long, low building of rammed earth and glass known locally as the "⟦s:-|mud library⟧", won the Carvell Prize last year and was described by the critic Ruairí Hanlon as "⟦p:c|the first public building in a generation that seems to actually like the public⟧".
Not everybody was convinced. Hartsmere Council, which paid for it, said at the time that the project had been "⟦p:d|delivered significantly over budget⟧" and ordered a review.
"⟦d:a|It was over budget. It was also finished, which is unusual,⟧" Solheim says drily.
Wen is more diplomatic. "⟦d:b|Dagny designs and I apologise. It's a good system,⟧" he says. "⟦d:b|The council were fine in the end. They have a café now that people actually go to.⟧"
I ask her what she is working on now. "⟦d:a|A bus shelter,⟧" she says, and seems delighted. "⟦d:a|Nobody has ever designed a good bus shelter. It's the last great unsolved problem.⟧"

### 013
@a Winifred Ashcombe | a former seamstress at the Castlebury glove works
@b Maureen | her eldest daughter
@c Jean | her younger daughter
@d Ravinder Sahota | Mayor of Castlebury
Winifred Ashcombe, a former seamstress at the Castlebury glove works, celebrated her 100th birthday on Sunday with a party at the Darby Road community hall – and a card from the King, which she described as “⟦p:a|very nice, but a bit late⟧”.
Her eldest daughter, Maureen, 78, said the family had been planning the day for months. “⟦d:b|Mum kept saying she didn’t want a fuss. Then she asked if there’d be a band,⟧” she said.
Her younger daughter, Jean, 74, added: “⟦d:c|She’s sharper than both of us. She still does the crossword in pen and tells us off if we try to help.⟧”
Asked for the secret of a long life, Mrs Ashcombe thought for a moment. “⟦d:a|Walk everywhere, don’t marry a drinker, and never trust a man who irons his jeans,⟧” she said.
Maureen laughed. “⟦d:b|She’s said that at every wedding in this family for sixty years.⟧”
Mayor of Castlebury, Cllr Ravinder Sahota, who attended the party, said: “⟦d:d|Winifred has seen this town change completely, and she’s still got opinions about all of it. It was a privilege.⟧”

### 014
@a Lukas Brandtner | Rivermouth City head coach
@b - | one reporter
@c - | a local radio reporter
@d Rivermouth City | the club
RIVERMOUTH, March 7 - Rivermouth City head coach Lukas Brandtner refused on Friday to discuss reports linking him with the vacant job at Sporting Valmora, saying he was "⟦p:a|not interested in gossip two days before a derby⟧".
"⟦d:a|I have a contract, I have a job, I have a game on Sunday. That's all I'm thinking about,⟧" the 47-year-old Austrian told reporters at the club's training ground.
Pressed by one reporter on whether he had spoken to Valmora's sporting director, Brandtner cut in. "⟦d:a|Next question, please.⟧"
"⟦d:b|Is that a no?⟧" the reporter asked.
"⟦d:a|It's a next question,⟧" Brandtner replied, to laughter.
Brandtner confirmed that captain Osagie Bellweather would miss the match with a calf strain.
A local radio reporter then asked him about a run of one win in seven league games. "⟦d:c|Do you feel you're fighting for your job?⟧"
"⟦d:a|Every coach is always fighting for his job. The day you don't feel it, you've already lost it,⟧" Brandtner said.
The club said in a statement on Thursday that it had "⟦p:d|full confidence⟧" in the coaching staff.

### 015
@a Thi Lan Nguyen-Holt | the chef-owner of Gió
@b Osman Diallo | her sous-chef
@c Fern Whitlow | a food writer who has followed Nguyen-Holt since her pop-up days
There is a dish on the menu at Gió called “⟦s:-|My Mother Was Right⟧”. It is a bowl of rice, a fried egg and a spoonful of fish-sauce caramel, and it costs £6.
“⟦d:a|It’s the thing she made me every time I came home crying. Which was a lot,⟧” says Thi Lan Nguyen-Holt, the chef-owner of Gió, laughing. “⟦d:a|I was a very dramatic child.⟧”
Nguyen-Holt, 38, trained in hotel kitchens in Hanoi and Leeds before opening Gió in a former launderette on Spring Bank in 2019. For the first year, she says, it was “⟦p:a|me, a wok and a lot of prayer⟧”.
Her sous-chef, Osman Diallo, joined in the second year. “⟦d:b|I came in for a trial shift and she made me peel shallots for five hours,⟧” he says. “⟦d:b|I thought, this is a test. It wasn’t a test. She just needed shallots.⟧”
The restaurant has no bookings, no website and no sign – only a hand-painted fish on the window. Fern Whitlow, a food writer who has followed Nguyen-Holt since her pop-up days, calls it “⟦p:c|the least marketed great restaurant in the north⟧”.
Nguyen-Holt is unrepentant. “⟦d:a:m|I don’t want a website. Websites are for people who want you to come once.⟧
“⟦d:a|If you find us, you find us. And then you come back, and you bring your auntie.⟧”

### 016
@a Hamish Dunleavy | presenter
@b Bernadette | a market trader from Kilcrea
@c Tomás | -
@d Aisling Furey | Fair committee chairwoman
Callers to BRK Radio's Afternoon Line jammed the phones on Tuesday after presenter Hamish Dunleavy asked listeners whether the town's 400-year-old October fair should move out of the market square.
"⟦d:a|We've had an awful lot of texts on this one, and some of them I can't read out before nine,⟧" Dunleavy told listeners.
First on the line was Bernadette, a market trader from Kilcrea. "⟦d:b|That fair has been in the square since before there was a square. You move it to a car park and it's just a car park with a Ferris wheel,⟧" she said.
Then came Tomás, who lives above the chemist on the square. "⟦d:c|With respect to Bernadette, she doesn't have to sleep through it. I've had a waltzer under my bedroom window for eleven nights every October since 2006,⟧" he said.
"⟦d:a|Do you not like a waltzer, Tomás?⟧" Dunleavy asked.
"⟦d:c|I like a waltzer fine at four in the afternoon, Hamish. Not at one in the morning.⟧"
Fair committee chairwoman Aisling Furey, who joined the programme later, said no decision had been made. "⟦d:d|We're listening to everybody. Even Tomás,⟧" she said.

### 017
@a Mirela Dragomir | the director
@b - | one audience member
@c Joost van Heerden | the festival's artistic director
@d - | a woman near the front
The director Mirela Dragomir had barely sat down after the screening of «⟦s:-|Winter Wheat⟧» at the Lindenhof Film Days on Saturday when the first hand went up.
«⟦d:b|Why does nobody in your film ever finish a meal?⟧» asked one audience member, to laughter.
Dragomir, 41, leaned towards the microphone. «⟦d:a|Because in my family nobody ever finished a meal. Somebody always stood up to shout,⟧» she said. «⟦d:a|I thought it was normal. Then I met my husband's family and they finished everything and I was terrified.⟧»
The film, shot over three winters in the village where her grandmother was born, has been called «⟦p:c|the quietest masterpiece we have shown in ten years⟧» by the festival's artistic director, Joost van Heerden.
«⟦d:d|Did she ever see it? Your grandmother?⟧» asked a woman near the front.
Dragomir paused for a long time. «⟦d:a|Nu știu,⟧» she said at last, and then, in English: «⟦d:a|I don't know. She died before we finished. I like to think she saw the rushes from somewhere.⟧»
Van Heerden closed the session soon afterwards. «⟦d:c|We could do this all night, but the projectionist has a train to catch,⟧» he said.

### 018
@a Jonah | the elder by those eleven minutes
@b Eli | -
@c Sunita Raghavan | their chief officer
@d Lucia | their mother
Jonah and Eli Marchetti were born eleven minutes apart, joined Westbrook Fire and Rescue on the same day in 2011, and on Thursday were promoted to watch manager at the same ceremony. They insist it was not planned.
"⟦d:a|People think we do it on purpose. We really don't. He just copies me,⟧" said Jonah, the elder by those eleven minutes.
"⟦d:b|I've been copying him since the womb, apparently,⟧" said Eli. "⟦d:b|He got out first and I followed. That's been the pattern ever since.⟧"
The brothers will run different watches at the Hollins Road station, an arrangement their chief officer, Sunita Raghavan, described as "⟦p:c|deliberate and frankly necessary⟧".
"⟦d:c|We did briefly consider what would happen if they were on the same shift, and we decided we'd like the station to still be standing,⟧" Raghavan said, smiling.
Their mother, Lucia, watched from the front row. "⟦d:d|When they were small I had to dress them in different colours so the teachers could tell them apart,⟧" she said. "⟦d:d|Now the fire service has to do it.⟧"
"⟦d:a|Mine's the better helmet,⟧" Jonah added.
"⟦d:b|It's the same helmet,⟧" said Eli.

### 019
@a Farhan Qureshi | the Westmoor captain
@b Aoife Kinsella | Westmoor’s head coach
@c Nasreen Qureshi | his mother
I meet Farhan Qureshi, the Westmoor captain, in the indoor nets at Pelham Road on a grey Tuesday in February. Outside, the square is under covers and a groundsman is chasing a gull off the sightscreen.
It is eight months since the final, since the last over, since the dropped catch at long-on that the whole county has watched on their phones more times than they would admit. I ask whether it still hurts.
“⟦d:a|Every day. Less than before, but every day,⟧” he says. “⟦d:a|I dream about it. In the dream I catch it. Then I wake up and I haven’t.⟧”
“⟦d:-|Have you watched it back?⟧” I ask.
He shakes his head. “⟦d:a|Once. In the dressing room, that night, because someone had it on their phone. Never again. I know what happens.⟧”
Aoife Kinsella, Westmoor’s head coach, says the 27-year-old carried the defeat “⟦p:b|like a rucksack full of bricks⟧” for most of the autumn. “⟦d:b|He’s the kind of player who takes everything on himself, which is why he’s captain, and also why he needed a break,⟧” she tells me.
His mother, Nasreen Qureshi, who still keeps the scorebook at his old club in Ashby Cross, was more direct when I rang her. “⟦d:c|I told him: it was one catch. Your father dropped more than that at our wedding.⟧”
When I repeat this to Farhan he laughs properly for the first time. “⟦d:a|She’s not wrong. He dropped the cake.⟧”

### 020
@a Marguerite Okwu | the podcast's host
@b Dennis Farrimond | a retired detective inspector who led the original investigation
@c Northmoor Police | -
For six episodes, "⟦s:-|Cold Harbour⟧" has picked apart the 1987 disappearance of Shona Gilfeather, the 16-year-old who walked out of a youth club in Keldby and was never seen again. This week, for the first time, the podcast's host, Marguerite Okwu, sat down with Dennis Farrimond, a retired detective inspector who led the original investigation.
"⟦d:a|You've turned down every request to talk about this case for thirty-five years. Why say yes to me?⟧" Okwu began.
"⟦d:b|Because I'm 79 and I've had a heart attack, and I'd rather say it myself than have someone say it for me afterwards,⟧" Farrimond replied.
Over almost two hours, he described the first 72 hours of the inquiry in detail, conceding that his team had "⟦p:b|lost the best part of a day⟧" chasing a false sighting in Scarsby.
"⟦d:b:m|We had a lorry driver who swore blind he'd seen her at a petrol station on the coast road. Swore blind. Gave us the time, what she was wearing, the lot. And we believed him, because we wanted to.⟧
"⟦d:b:m|By the time we'd established he'd seen a completely different girl, we'd lost the best part of a day. In a case like that a day is a lifetime.⟧
"⟦d:b|I've thought about that lorry driver more than I've thought about my own children, some years. That's the truth.⟧"
Okwu pressed him on whether there had ever been a suspect. "⟦d:a|Did you know who did it? Do you still think you know?⟧"
"⟦d:b|I had a feeling. A feeling's not evidence. I'm not going to say a name on your programme,⟧" he said.
Northmoor Police said in a statement to the podcast that the case "⟦p:c|remains open⟧" and that detectives would "⟦p:c|review any new information⟧" brought forward by listeners.

### 021
@a Caspian Adeyemi-Lund | the founder of the payments company Quillpay
@b - | His press officer
@c Pia Norrgård | One early investor
Caspian Adeyemi-Lund, the founder of the payments company Quillpay, has chosen a vegan café on Dock Street where the menu is written in chalk and the chairs were rescued from a primary school. He orders a green juice and, after a pause, a bacon sandwich, which is not on the menu and which the kitchen somehow produces.
"⟦d:a|I'm not a vegan. I just like the chairs,⟧" he says.
His press officer, who has come along and sits at the next table pretending to read, has asked me not to raise the company's valuation. I raise it anyway.
"⟦d:b|We did say,⟧" she says from the next table, without looking up.
"⟦d:a|It's fine, it's fine,⟧" Adeyemi-Lund says. "⟦d:a|The number is the number. It was big on paper last year and it's less big on paper this year. Paper is very flexible.⟧"
He started Quillpay at 23 in his parents' spare room in Selhurst, and describes the first two years as "⟦p:a|pizza and panic⟧". One early investor, Pia Norrgård, remembers the pitch well. "⟦d:c|He had eleven slides and nine of them had spelling mistakes. I gave him the money because he didn't seem to care,⟧" she told me when I called her.
I ask if he worries about the layoffs – Quillpay cut 140 jobs in March. For the first time, he stops eating.
"⟦d:a|Yes. That's the honest answer. I knew a lot of those people's names. I didn't know all of them, and I should have,⟧" he says.
"⟦d:-|Would you do it differently?⟧" I ask.
"⟦d:a|I'd do it earlier and smaller. We waited because I was scared, and waiting made it worse.⟧"

### 022
@a Gloria Mensah | the shop’s founder
@b Abena | Her daughter
@c Efua | a former fashion buyer
On a Saturday morning at Mensah & Daughters on Brook Parade, three generations of women are working at three sewing machines, and all three of them are talking at once.
Gloria Mensah, the shop’s founder, arrived from Kumasi in 1968 and opened the business three years later with a second-hand Singer and “⟦p:a|more confidence than money⟧”.
“⟦d:a|People said, who is going to buy kente from a shop next to a bookmaker? I said, everybody who walks past,⟧” Gloria said. “⟦d:a|And they did.⟧”
Her daughter Abena, 56, took over the day-to-day running in 2002. “⟦d:b|Mum says she retired. She didn’t retire. She just stopped doing the accounts,⟧” Abena said, without looking up from a hem.
“⟦d:a|Somebody has to check your stitching,⟧” Gloria replied.
Her granddaughter Efua, 29, a former fashion buyer, joined two years ago and has taken the shop online. Its Instagram account now has 41,000 followers.
“⟦d:c|Grandma thinks the internet is a place where people are rude to each other,⟧” Efua said. “⟦d:c|Which, fair. But it’s also where a woman in Toronto ordered six wedding outfits last month.⟧”
“⟦d:a|Six,⟧” said Gloria, holding up six fingers. “⟦d:a|From Toronto.⟧”
Asked whether there would be a fourth generation, Abena laughed. “⟦d:b|Ask Efua. I’m not allowed to ask Efua anything like that.⟧”
“⟦d:c|No comment,⟧” said Efua.

### 023
@a Kwame Asante-Byrne | Four-time Paralympic champion
@b Lorna Hepburn | presenter
@c Miriam Oyelaran | His coach since 2014
Four-time Paralympic champion Kwame Asante-Byrne says he is "⟦p:a|not done yet⟧", despite turning 36 this month and undergoing shoulder surgery in the spring.
Speaking to presenter Lorna Hepburn on KTV Sport's Inside Track, Asante-Byrne, who lost his left leg below the knee in a motorbike accident at 17, said the operation had made him "⟦p:a|fall in love with the water all over again⟧".
"⟦d:b|A lot of people thought that was the end. Did you?⟧" Hepburn asked.
"⟦d:a|For about a week. I was lying in the hospital bed feeling sorry for myself, and my daughter came in and asked if I was going to be a quitter. She's seven. She says it like a swear word,⟧" he said.
His coach since 2014, Miriam Oyelaran, said the swimmer had been "⟦p:c|unbearable⟧" during rehabilitation. "⟦d:c|He wanted to be back in the pool the day after the stitches came out. I had to hide his goggles,⟧" she said. "⟦d:c|I'm not joking. They were in my car for three weeks.⟧"
"⟦d:a|She did. I found them eventually,⟧" Asante-Byrne confirmed.

### 024
@a Philippa Rawnsley | a former Court of Appeal judge
@b Desmond Achike | Her clerk of twenty-two years
Dame Philippa Rawnsley, a former Court of Appeal judge, keeps her wig in a biscuit tin on top of the fridge. ``⟦d:a|It's the only place the cat can't get at it,⟧'' she says, lifting the lid to show me. ``⟦d:a|He has views about horsehair.⟧''
In twenty-six years on the bench she sentenced, by her own estimate, ``⟦p:a|somewhere north of four thousand people⟧''.
``⟦d:a|You never get used to it. You shouldn't. The day it feels routine is the day you ought to retire,⟧'' she says.
I ask whether there is a case she regrets.
``⟦d:a|Of course,⟧'' she says at once. ``⟦d:a|Anyone who tells you otherwise is either lying or wasn't paying attention.⟧'' She will not say which one.
Her clerk of twenty-two years, Desmond Achike, describes her as ``⟦p:b|the only judge I ever worked for who said thank you to the cleaners⟧''. ``⟦d:b|She knew all their names. She knew their children's names,⟧'' he says. ``⟦d:b|Some of the barristers she had to be reminded of.⟧''
Rawnsley laughs when I pass this on. ``⟦d:a|That's slander, Desmond,⟧'' she says. ``⟦d:a|Accurate slander.⟧''

### 025
@a Marit Eikeland | -
@b Oskar | -
@c - | My editor
Marit Eikeland's picture books have sold nine million copies in 31 languages. Her new book, “⟦s:-|The Bear Who Wouldn't Share⟧”, is out on Thursday. She spoke to Siddharth Rao from her home on the island of Hestøya.
**Siddharth Rao: Do children write to you?**
Marit Eikeland: Every day. The best letter I ever had said, “⟦d:b|Dear Marit, your bear is rude. I like him. From Oskar, age 6.⟧” I wrote back and said I agreed with him.
**Rao: Your bears are always badly behaved.**
Eikeland: Because children are told all day to behave. They need somebody on the page who doesn't. My editor once asked me, “⟦d:c|Could the bear apologise at the end?⟧” and I said, “⟦d:a|Absolutely not.⟧”
**Rao: Is there a bear in your own life?**
Eikeland: My husband. Don't print that. Actually, print it.

### 026
@a Derek | a retired bus driver
@b Sandra | a school dinner lady
@c Wayne | Elder son
@d Lee | Younger son
LUCKY couple Derek and Sandra Pilkington have scooped £4.2MILLION on the lottery – using the same numbers they've played every week since 1994.
Derek, a retired bus driver, said he "⟦p:a|nearly had a heart attack⟧" when he checked the ticket on his phone at 7am on Sunday.
"⟦d:a|I said to Sandra, 'Come and look at this, I think I've gone blind.' She said, 'You've not gone blind, you've gone rich,'⟧" the 64-year-old told the Daily Beacon.
Sandra, a school dinner lady, insisted she would be going into work as normal on Monday. "⟦d:b|I'm not letting the kids down. Who else is going to do the jam roly-poly?⟧" she said.
Elder son Wayne, 38, said his parents deserved every penny. "⟦d:c|They've worked their whole lives. Dad did the night buses for twenty years,⟧" he said.
Younger son Lee, 35, joked: "⟦d:d|I've already rung Dad about a new van. He put the phone down on me.⟧"
"⟦d:a|He'll get his van,⟧" Derek laughed. "⟦d:a|Eventually.⟧"

### 027
@a Ingrid Solvang | the Norwegian
@b Lhakpa Norbu | her climbing partner
@c - | A spokesperson for the Varhorn mountain rescue service
@d - | our correspondent
Two climbers who spent three nights trapped in a snow cave on the Varhorn have described how they survived on two energy bars and melted snow.
Ingrid Solvang, 34, and her climbing partner, Lhakpa Norbu, 41, were airlifted off the mountain's north face on Friday after a break in the weather.
“⟦d:a|The first night we were laughing. The second night we stopped laughing. The third night we were just counting,⟧” the Norwegian told KTV News from her hospital bed in Sankt Eulen.
“⟦d:d|Counting what?⟧” our correspondent asked.
“⟦d:a|Everything. Breaths, hours, how many matches we had left. Lhakpa made me count backwards from a thousand in Nepali. I got to about six hundred and started crying.⟧”
Norbu, who has guided on the mountain for 19 years, spoke from the next bed. “⟦d:b|She did very well. She only complained about the food, and there was no food,⟧” he said.
A spokesperson for the Varhorn mountain rescue service said the pair had done “⟦p:c|exactly the right thing⟧” by digging in rather than trying to descend. “⟦d:c|Nine out of ten people try to walk out. Most of those we find in the spring,⟧” he said.

### 028
@a Lucía Benavides Ortiz | the translator who has brought eleven Latin American novels into English
@b Teodoro Illescas | the Chilean novelist
Lucía Benavides Ortiz, the translator who has brought eleven Latin American novels into English, keeps a card pinned above her desk with a sentence in her own handwriting: "⟦s:-|Traducir es elegir qué perder⟧".
"⟦d:a|It means, to translate is to choose what to lose. I wrote it when I was twenty-four and very pleased with myself,⟧" she says. "⟦d:a|I'm less pleased with myself now, but I still think it's true.⟧"
Her most recent translation, of Teodoro Illescas's "⟦s:-|La casa de los relojes⟧", was shortlisted for the Harwell Prize this month. Illescas, the Chilean novelist, emailed her as soon as he heard the news.
"⟦d:b|Querida Lucía, ahora eres más famosa que yo,⟧" the message began – "⟦d:b|Dear Lucía, now you are more famous than me.⟧"
"⟦d:a|He's lying. But it was a nice lie,⟧" she says.
Benavides Ortiz grew up in Valparaíso and moved to Dunmere at 19 to study engineering, which she abandoned after a year. She describes her English at the time as "⟦p:a|strictly for ordering chips⟧".

### 029
@a Brenda Kowalczyk | lollipop lady
@b Hannah Oduya | Headteacher
@c Ollie | One pupil
@d Kerry-Ann Doyle | One mum
After 33 years and an estimated 230,000 children safely across Chapel Road, lollipop lady Brenda Kowalczyk put down her stick for the last time on Friday.
Pupils at St Aidan’s Primary lined the pavement and sang as she made her final crossing, under a banner reading “⟦s:-|WE LOVE YOU MRS K⟧” strung across the school gates.
“⟦d:a|I’ve seen three generations of some families go across this road. I’ve had mums come up to me and say, ‘You took me across,’ and I have to pretend I remember,⟧” said Mrs Kowalczyk, 70. “⟦d:a|Sometimes I do remember.⟧”
Headteacher Hannah Oduya said Mrs Kowalczyk was “⟦p:b|as much a part of this school as the building⟧”.
“⟦d:b|She knows every child’s name and every child’s dog’s name. She’s told off more parents for parking on the zigzags than I ever have,⟧” she added.
One pupil, Year 2’s Ollie, summed up the mood. “⟦d:c|She’s the best. She does a funny walk when it rains,⟧” he said.
One mum, Kerry-Ann Doyle, said: “⟦d:d|She took me across when I was five. Now she’s taking my twins. It’s the end of an era.⟧”

### 030
@a Zsófia | -
@b Réka | the younger
@c Ildikó | their mother
It was always going to happen eventually. After 200 episodes of roasting their mother on their comedy podcast, "⟦s:-|Sibling Rivalry⟧", the Varga sisters – Zsófia and Réka – finally invited her on to answer back.
"⟦d:a|We've been talking about you for four years, Mum. Is there anything you'd like to correct?⟧" Zsófia asked at the top of the episode.
"⟦d:c|Everything,⟧" replied their mother, Ildikó, 68. "⟦d:c|Where shall I start?⟧"
The episode, released on Monday, has already become the show's most downloaded. Over fifty minutes, Ildikó disputed the sisters' long-running account of the "⟦s:-|Christmas of the burnt goose⟧".
"⟦d:c|The goose was not burnt. The goose was well done. There is a difference, and Réka knows it,⟧" she said.
"⟦d:b|It was black, Mum. It was black and it was smoking,⟧" Réka, the younger, protested.
"⟦d:c|It was crispy.⟧"
Zsófia said afterwards that recording it had been "⟦p:a|the most stressful fifty minutes of our lives⟧". "⟦d:a|She was better than us. We're not having her back,⟧" she said.

### 031
@a Temitope Lawal-Hughes | the 52-year-old
@b Greta Vasquez-Moore | The production’s director
@c Annelise Borg | Her co-star
Temitope Lawal-Hughes is eating an apple the way other people smoke: nervously, at the back door of the rehearsal room, in the cold. In nine days she opens as Lear at the Saltmarket Theatre, the first Black woman to play the part on a major Scottish stage.
“⟦d:a|I said no twice,⟧” the 52-year-old says. “⟦d:a|The third time they asked, I said yes before I could say no again.⟧”
Why no? She finishes the apple before answering. “⟦d:a|Because it’s a mountain,⟧” she says, “⟦d:a|and I’m not a mountaineer. I’m a woman with a bad knee who likes a sit-down.⟧”
The production’s director, Greta Vasquez-Moore, had wanted her for the role for a decade. “⟦d:b|I saw her play the Nurse in a terrible Romeo in 2013 and she was the only person on stage who seemed to be in a real room,⟧” she says. “⟦d:b|I wrote ‘Lear’ on my programme and kept it.⟧”
Her co-star, Annelise Borg, who plays Cordelia, describes rehearsals as “⟦p:c|terrifying, in the best way⟧”. “⟦d:c|She doesn’t act at you. She just is the thing, and you have to catch up,⟧” Borg says.
Lawal-Hughes rolls her eyes at this. “⟦d:a|She’s being kind. Tell her to stop being kind, it’s bad for the storm scene.⟧”

### 032
@a Tevita Fifita | Harlow Park captain
@b Josh Adebisi-Carr | winger
@c Ciarán Doherty | Head coach
@d - | A Northern Rugby Union spokesman
Harlow Park captain Tevita Fifita said his side had "⟦p:a|earned the right to be angry⟧" after a last-minute try was disallowed in Saturday's 17-15 defeat by Corbridge.
"⟦d:a|I've seen the replay four times. He's over. Everybody in the ground knows he's over,⟧" Fifita said in the mixed zone. "⟦d:a|But we don't get to choose.⟧"
The try in question was scored by winger Josh Adebisi-Carr, who was making only his third senior appearance. "⟦d:b|I felt the ball touch the line. I thought, that's it, that's the game,⟧" the 20-year-old said. "⟦d:b|Then I looked up and the referee was shaking his head. Gutted.⟧"
Head coach Ciarán Doherty was more measured. "⟦d:c|I'm not going to criticise the officials. They've got a hard job and they got most of it right,⟧" he said. Asked whether that meant they had got the last one wrong, he smiled. "⟦d:c|You're good at this, aren't you?⟧"
A Northern Rugby Union spokesman said: "⟦d:d|The television match official reviewed all available angles and found no conclusive evidence of grounding.⟧"

### 033
@a Daniel Hwang-Mercer | a primary school teacher from Ashworth
@b Hwang Sung-ho | his birth father
@c Hwang Eun-ji | His half-sister
@d Rachel Mercer | His adoptive mother
Daniel Hwang-Mercer, a primary school teacher from Ashworth, had practised the sentence for weeks. When the door of a flat in Daegu finally opened in March, he said it in careful, textbook Korean: “⟦d:a|Annyeonghaseyo, abeoji⟧” – “⟦d:a|Hello, Father⟧”.
Hwang Sung-ho, his birth father, who is now 71, had not known whether his son was alive. Speaking through an interpreter, he said: “⟦d:b|I looked for him for a long time. Then I stopped looking, because it hurt too much. I am sorry that I stopped.⟧”
Daniel was adopted in 1987, aged four months, by a couple in Ashworth. His adoptive mother, Rachel Mercer, travelled with him to Korea. “⟦d:d|I wanted to meet the man who gave us Daniel. I wanted to thank him,⟧” she said. “⟦d:d|I didn’t expect to like him so much.⟧”
His half-sister, Hwang Eun-ji, 29, translated for most of the first meeting. “⟦d:c|My father cried, and then Daniel cried, and then I had to stop translating because I was crying too,⟧” she said, laughing.
“⟦d:a|We don’t have much language between us yet,⟧” Daniel said. “⟦d:a|But we sat and ate, and he kept putting food on my plate. I think that was the whole conversation.⟧”

### 034
@a Ezra Nakamura-Doyle | the designer whose gender-neutral tailoring closed Harbourside Fashion Week on Sunday
@b - | A buyer for the department store Wrenfield's
@c Setsuko | Their grandmother
Ezra Nakamura-Doyle, the designer whose gender-neutral tailoring closed Harbourside Fashion Week on Sunday, learned to sew at their grandmother's kitchen table in Port Tennant.
"⟦d:a|She'd give me the offcuts from whatever she was making and say, make something that fits nobody. So I did,⟧" they said backstage after the show.
Their grandmother, Setsuko, now 93, was in the front row. "⟦d:c|They were a terrible sewer at first. Very crooked,⟧" she said. "⟦d:c|Now it is straight. I am proud.⟧"
The collection, titled "⟦s:-|Nobody's Size⟧", sold out to two buyers within an hour of the show closing. A buyer for the department store Wrenfield's called it "⟦p:b|the first thing this season that felt like it was made by a person⟧".
"⟦d:a|I don't know what to do with that. I'm going to go and lie down,⟧" Nakamura-Doyle said when told.

### 035
@a Kirsty Mallon | a paramedic in East Carnmoor who has worked nights for sixteen years
@b - | An old man
@c Dev | My crewmate
The following is an edited excerpt from this week’s episode of “⟦s:-|The Night Shift⟧”, in which presenter Oluwaseun Bakare talks to Kirsty Mallon, a paramedic in East Carnmoor who has worked nights for sixteen years. Mallon told listeners at the start that she had “⟦p:a|seen everything twice⟧”.
OLUWASEUN BAKARE: What’s the call you still think about?
KIRSTY MALLON: An old man, ninety-odd, fallen in his kitchen. Nothing broken. He just wanted someone to talk to. When we left he said, “⟦d:b|Same time next week?⟧” and I nearly cried in the ambulance.
BAKARE: Did you go back?
MALLON: I’m not allowed to go back. But I rang social services and they got someone round. My crewmate, Dev, said, “⟦d:c|You’re going soft, Kirsty.⟧” I said, “⟦d:a|I was always soft. You just never noticed.⟧”
BAKARE: How do you switch off?
MALLON: I don’t. I go home and eat cereal at eight in the morning and watch cookery programmes with the sound off.

### 036
@a Ronald Pickersgill | the society's chairman
@b Raymond Etherington | a retired chemistry teacher
@c - | One plot-holder who did not want to be named
A row over a prize-winning marrow has split the Hazelmere Allotment Society, with two of its longest-standing members no longer on speaking terms.
Raymond Etherington, a retired chemistry teacher, won first prize in the heaviest marrow category at the society's summer show for the fourth year running on Saturday, with an entry weighing 38lb.
But the society's chairman, Ronald Pickersgill, has launched an inquiry after an anonymous complaint that the marrow was "⟦p:-|not grown on site⟧".
"⟦d:a|We have rules. The rules say the produce must be grown on your plot. I'm not saying anyone's broken them. I'm saying questions have been asked,⟧" Mr Pickersgill said.
Mr Etherington, 77, described the allegation as "⟦p:b|an absolute disgrace⟧". "⟦d:b|I've been growing marrows on plot 14 since 1991. Half this society has watched me water the thing. Ask them,⟧" he said. "⟦d:b|Ron's just never won anything.⟧"
Mr Pickersgill declined to respond to that remark.
One plot-holder who did not want to be named said: "⟦d:c|It's been like this since the leeks in 2019. Nobody talks about the leeks.⟧"

### 037
@a Ambrose Tshabalala | the saxophonist
@b Wendell Ashdown | his oldest friend
At 84, Ambrose Tshabalala still practises scales for two hours every morning before breakfast. ``⟦d:a|If I skip a day, I know. If I skip two days, the band knows. Three days, the audience knows,⟧'' the saxophonist says, quoting a line he attributes to half a dozen dead musicians.
He left Johannesburg in 1966 on a ship bound for Southampton with ``⟦p:a|one suit, one horn and one phone number⟧''. The number belonged to the pianist Wendell Ashdown, his oldest friend, who met him off the boat.
``⟦d:b|He walked down the gangway carrying that horn like a baby. He didn't have a coat. It was November,⟧'' Ashdown recalls. ``⟦d:b|I gave him mine. He's never given it back.⟧''
``⟦d:a|I have it,⟧'' Tshabalala confirms. ``⟦d:a|It doesn't fit. I'm keeping it out of spite.⟧''
His new album, ``⟦s:-|Southampton Water⟧'', is his first in eleven years.

### 038
@a Annika Voskuijlen | a glaciologist at the University of Lowmoor
@b Rashid Al-Amin | her field partner
@c University of Lowmoor | The university
The line from Camp Halvard crackles and drops twice before Dr Annika Voskuijlen, a glaciologist at the University of Lowmoor, can finish her first sentence.
“⟦d:a|Sorry. The wind. It’s minus thirty-one and it thinks it’s funny,⟧” she says when the satellite phone reconnects. “⟦d:a|Where was I?⟧”
She and her field partner, Rashid Al-Amin, have spent 74 days drilling ice cores on the Ferrand Shelf, part of a project to measure how quickly it is thinning from below.
“⟦d:a:m|The short version is: faster than we thought. Faster than the models. We keep checking the instruments because we don’t want it to be true.⟧
“⟦d:a|The instruments are fine.⟧”
Al-Amin takes the phone for a moment. “⟦d:b|She’s not telling you she fell into a crevasse in week three,⟧” he says. “⟦d:b|A small one. She was fine. I was not fine.⟧”
“⟦d:a|It was a dip,⟧” Voskuijlen calls out in the background.
The university said the team was “⟦p:c|safe and in good spirits⟧” and would return in early March.

### 039
@a Precious Nkemelu | a hospital porter from Cathbury
@b Marisa Delacroix-Nkemelu | Her wife
@c Eleanor Vane | head judge
Precious Nkemelu, a hospital porter from Cathbury, was crowned champion of “⟦s:-|The Great Loaf⟧” on Tuesday night, after a final in which her sourdough collapsed and her croquembouche, in the words of head judge Dame Eleanor Vane, “⟦p:c|defied the laws of physics⟧”.
“⟦d:a|I don’t know how I’m here. The sourdough looked like a flat cap,⟧” the 44-year-old said. “⟦d:a|I thought I was going home.⟧”
Her wife, Marisa Delacroix-Nkemelu, watched the final at a viewing party in their local pub. “⟦d:b|She practised that croquembouche eleven times in our kitchen. We ate profiteroles for six weeks. I can’t look at a profiterole,⟧” she said.
Dame Eleanor told viewers: “⟦d:c|Precious bakes the way she lives: generously, and slightly too fast.⟧”
Nkemelu says she will keep her job. “⟦d:a|I love my job. And the hospital canteen has already asked for the recipe, so.⟧”

### 040
@a Graham Fairbairn | a joiner from Inverallan
@b Isla | the self-appointed spokeswoman of the three
@c Skye | -
@d Morven | the quietest of the three
When Graham Fairbairn, a joiner from Inverallan, lost his wife, Lorna, to cancer in 2009, he was left to raise their triplet daughters alone. They were 14 months old.
On Friday, Isla, Skye and Morven graduated from the University of Castlemount on the same afternoon – in medicine, law and marine biology – and he was in the front row for all three ceremonies.
"⟦d:a|I had three different jackets in the car. I didn't want to be in the photos in the same jacket,⟧" he said. "⟦d:a|The girls say nobody would notice. I noticed.⟧"
Isla, the self-appointed spokeswoman of the three, said their father had "⟦p:b|done the job of two people for fifteen years without a single complaint⟧".
"⟦d:c|That's not true. He complained about our music constantly,⟧" said Skye.
"⟦d:b|Fine. Without a single complaint about anything important,⟧" Isla said.
Morven, the quietest of the three, had written a speech for him but was too nervous to read it aloud, so she handed it to him in the car park. It read, in part: "⟦d:d|Mum would have been proud of us. But we are proudest of you.⟧"
"⟦d:a|I read it in the car. I had to sit there a while,⟧" Mr Fairbairn said.

### 041
@a Léa Brunner-Aebi | the downhill world champion
@b Corinne | Her older sister
@c - | Their mother
@d Alpenland Ski Federation | -
Léa Brunner-Aebi, the downhill world champion, is sitting in the kitchen of her parents' chalet above Vellach with her knee in a brace and her phone face down on the table. «⟦d:a|If I look at it I will see the crash again. Everybody sends it to me. Why do people send you your own crash?⟧» she says.
The 26-year-old tore a cruciate ligament in January at Obertal and will miss the rest of the season.
Her older sister, Corinne, who is also her coach, sits across the table peeling a mandarin. «⟦d:b|She asked the surgeon if she could race in March. The surgeon laughed. She didn't,⟧» Corinne says.
«⟦d:a|It was a serious question,⟧» Léa says.
Their mother, who speaks only French, puts her head round the door to offer coffee and adds, unprompted: «⟦d:c|Elle est têtue comme son père⟧» – «⟦d:c|She is stubborn like her father.⟧»
The Alpenland Ski Federation said in a statement that it expected her to make a «⟦p:d|full recovery⟧» in time for next season.

### 042
@a Maribel Quiñones | a night nurse at St Columba's Hospice
@b Frank Liddell | the 80-year-old
@c - | A colleague who has worked alongside her for a decade
Maribel Quiñones, a night nurse at St Columba's Hospice, has held the hands of more than two thousand people as they died. She does not count, she says; the hospice does.
"⟦d:a|People imagine it's sad all the time. It's sad a lot of the time. But it's also funny, and ordinary, and sometimes very beautiful,⟧" she says during a rare break at 3am, in the family room with its plastic flowers.
Frank Liddell, whose wife, Joan, died at St Columba's in the spring, asked to speak for this article. "⟦d:b|Maribel sat with Joan every night for eleven nights. On the last night she sang to her. I don't even know what the song was. Something Filipino,⟧" the 80-year-old said. "⟦d:b|Joan hadn't spoken for two days, and she smiled.⟧"
Quiñones looks embarrassed when I tell her. "⟦d:a|It was a lullaby my lola used to sing. I sing it to everyone. I have a terrible voice, so it's lucky they can't complain.⟧"
A colleague who has worked alongside her for a decade said the hospice "⟦p:c|would fall apart in a week⟧" without her.

### 043
@a Vince Calloway | former snooker champion
@b Denise Hartley | his former wife
In his explosive new memoir, "⟦s:-|Off the Cushion⟧", serialised exclusively in the Weekend Courier, former snooker champion Vince Calloway lays bare the drinking that almost ended his career.
Calloway, 61, writes: "⟦d:a|By the 1989 final I was drinking a bottle of vodka before lunch. I could pot a ball. I couldn't find the venue.⟧"
He describes his marriage to Denise Hartley as "⟦p:a|the only good thing I didn't manage to wreck, until I did⟧".
In one passage he recalls being woken by his manager on the morning of a semi-final. "⟦d:a|He threw a jug of water over me and said, 'You're on in forty minutes.' I said, 'On what?'⟧"
Ms Hartley, his former wife, said in a statement through her solicitor: "⟦d:b|I wish Vince well with his book. I have not read it and I don't intend to.⟧"
Speaking to the Courier this week, Calloway said writing the book had been "⟦p:a|harder than any final⟧". "⟦d:a|I had to remember things I'd spent thirty years forgetting on purpose,⟧" he said.

### 044
@a Rhiannon Pryce-Owusu | the poet
@b Saul Edelstein | Her publisher
Rhiannon Pryce-Owusu does not like the word “⟦s:-|confessional⟧”. She particularly does not like it when it is applied to her.
“⟦d:a|It makes it sound like I’m kneeling in a little box waiting for someone to forgive me,⟧” the poet says. “⟦d:a|I’m not asking for forgiveness. I’m asking for attention. Different thing.⟧”
We are walking along the canal behind her flat in Glanymor. Her third collection, “⟦s:-|Salt Ledger⟧”, deals frankly with her father’s dementia and, in one long sequence, with the sale of the family farm.
I ask whether her father has read it.
“⟦d:a|He can’t, now. I read him bits. He likes the one about the sheepdog. He thinks I wrote it about his dog, which I did.⟧”
A pause, then: “⟦d:a|He asked me last month who I was. Then he asked me if I was the poet. I said yes. He said, ‘Good. Somebody should be.’⟧”
Her publisher, Saul Edelstein, says the collection has sold more copies in three months than her first two combined. “⟦d:b|People are hungry for poems that aren’t pretending,⟧” he says.

### 045
@a Nikola Horvat-Eze | the Ashgate United striker who has scored 19 goals this season
@b - | My dad
@c Gail Ferris | -
Nikola Horvat-Eze, the Ashgate United striker who has scored 19 goals this season, was released by three clubs before he turned 18. Some supporters now call him “⟦s:-|the Ravensworth Reject⟧”, a nickname he says he “⟦p:a|quite likes, actually⟧”. We met at the club’s training ground.
**You were let go three times as a teenager. Did you ever think of quitting?**
Every time. My dad used to say, “⟦d:b|You’re not finished until you stop turning up.⟧” So I kept turning up.
**Who was the first coach who believed in you?**
Gail Ferris, at Ravensworth Town. She told me, “⟦d:c|Your first touch is rubbish but you never hide.⟧” Best thing anyone’s ever said to me.
**What does the manager say to you before games?**
Nothing. He just winks. One time he didn’t wink and I scored a hat-trick, so now I ask him not to wink.

### 046
@a Agnes | the elder by twenty minutes
@b Dorothy | -
@c Callum | Their great-grandson
@d - | A member of staff at The Elms
Twin sisters Agnes and Dorothy Penhaligon marked their 90th birthday at The Elms care home in Morwick on Saturday – the first birthday they have spent under the same roof since 1956.
Both widowed, the sisters moved into neighbouring rooms in the spring after Dorothy returned from forty years in New Zealand.
"⟦d:a|She went to the other side of the world and I stayed in Morwick and married the milkman. I think I got the better deal,⟧" said Agnes, the elder by twenty minutes.
"⟦d:b|You always think you got the better deal,⟧" said Dorothy. "⟦d:b|She was like that when we were six. She'd take the bigger half of the biscuit and tell me mine was nicer.⟧"
"⟦d:a|It was nicer,⟧" Agnes said.
Their great-grandson Callum, 9, made them a card with two identical cakes on it. "⟦d:c|I couldn't tell which one was which, so I did them the same,⟧" he explained.
A member of staff at The Elms said the pair had "⟦p:d|turned the lounge into a debating society⟧".

### 047
@a Euan Macrae | the last keeper of the Sgeir Dhubh light
@b Ruaridh | His son
@c Northern Beacons Trust | -
For the first time in 140 years, the lamp at Sgeir Dhubh went dark on Monday night, replaced by an automated solar beacon no bigger than a dustbin.
Euan Macrae, the last keeper of the Sgeir Dhubh light, watched from the deck of a fishing boat. ``⟦d:a|I thought I'd be sad. I'm not sad. I'm angry, a wee bit,⟧'' he told Radio Caledon. ``⟦d:a|That light kept men alive. Now it's a box with a battery in it.⟧''
His son, Ruaridh, who was born on the island in 1979 during a storm that kept the relief boat away for nine days, stood beside him.
``⟦d:b|My mother delivered me herself, with my father reading the instructions out of a first-aid book,⟧'' he said. ``⟦d:b|Page forty-one. He still has the book.⟧''
``⟦d:a|Page forty-two,⟧'' Mr Macrae corrected him.
The Northern Beacons Trust said the automation would ``⟦p:c|maintain the same standard of safety at a fraction of the cost⟧''.

### 048
@a Ana Figueiredo | the estate’s winemaker for 41 years
@b Beatriz | Her daughter
@c Inês | Beatriz’s own daughter
At Quinta do Vale Escuro, in the hills above the Corga, the harvest starts when Ana Figueiredo, the estate’s winemaker for 41 years, says it starts, and not a day before.
“⟦d:a|O vinho não tem pressa,⟧” she says, tasting a grape and spitting the skin into her palm – “⟦d:a|wine is in no hurry⟧”.
Her daughter, Beatriz, who trained in Bordeaux and Adelaide, would like the wine to be in slightly more of a hurry. “⟦d:b|Every year we have the same argument. I bring the sugar readings, she tastes a grape, and she wins,⟧” Beatriz says. “⟦d:b|The annoying thing is she’s usually right.⟧”
“⟦d:a|Usually?⟧” says Ana.
Beatriz’s own daughter, Inês, 8, is in charge of the buckets. Asked whether she will make wine one day, she considers the question seriously. “⟦d:c|Maybe. Or I will be a vet. Or both, for horses that drink wine.⟧”

### 049
@a Matteo Gallardo | the 23-year-old Italian
@b Hélène Barraud | Verano team principal
@c Jun Takeda | team mate
VALDORA, June 9 - Matteo Gallardo said he was "⟦p:a|sorry, but not that sorry⟧" after a last-lap collision with team mate Jun Takeda cost Verano Racing a one-two finish in the Valdora Grand Prix on Sunday.
"⟦d:a|There was a gap, I went for it. If you don't go for gaps you should be at home watching on television,⟧" the 23-year-old Italian told reporters.
Takeda, who had led for 51 of the 58 laps, was in no mood for apologies. "⟦d:c|He didn't go for a gap. He went for me,⟧" he said. "⟦d:c|We'll talk about it inside, not here.⟧"
Verano team principal Hélène Barraud said both drivers would be "⟦p:b|spoken to⟧" before the next race.
"⟦d:b|We lost thirty-three points today with our own hands. I don't need to tell you how I feel about that,⟧" she said. "⟦d:b|Actually, I do need to tell you: I'm furious.⟧"

### 050
@a Nadia Rahimi | -
@b Coral Blythe | -
@c Hollis Ferreira | the crime writer
On this month's episode of "⟦s:-|Spine Cracked⟧", Nadia Rahimi and Coral Blythe, who have hosted the book club podcast since 2019, were joined by the crime writer Hollis Ferreira to discuss her twelfth novel.
"⟦d:a|I have to start by saying I guessed the murderer on page forty,⟧" Rahimi said.
"⟦d:b|You did not,⟧" said Blythe. "⟦d:b|You texted me on page three hundred saying 'it's the vicar', and it was not the vicar.⟧"
"⟦d:c|Nobody ever guesses the vicar. That's why I never use the vicar,⟧" Ferreira said, "⟦d:c|except in book seven, which we don't talk about.⟧"
Asked where her ideas came from, Ferreira said: "⟦d:c|Mostly from sitting on buses and listening to people who think they're whispering.⟧"

### 051
@a Sunil Chaudhry | the 62-year-old
@b Arjun Chaudhry | His son
@c - | One regular passenger
@d Fenmoor Buses | -
Sunil Chaudhry has driven the number 14 between Fenmoor bus station and the Oakfield estate for 31 years. Since January, he has shared it with his son.
His son, Arjun Chaudhry, 27, passed his test last year and asked to be put on his father's route. "⟦d:b|Everyone told me not to. They said, you'll never hear the end of it. They were right,⟧" he said.
"⟦d:a|He takes the roundabout at Cobb Lane too fast. I've told him,⟧" said the 62-year-old. "⟦d:a|The passengers tell me too. They report back.⟧"
Regulars have taken to calling the route "⟦s:-|the family business⟧".
One regular passenger said: "⟦d:c|The dad waits for you if you're running. The son waits for you if you're running and waves. They're both lovely.⟧"
Fenmoor Buses said it was "⟦p:d|delighted⟧" to have father and son on the same route.

### 052
@a Yusuf Karamanlı | the choreographer
@b - | One dancer
@c Lindiwe Dube | the company’s rehearsal director
In the studio, the choreographer Yusuf Karamanlı does not demonstrate. He talks, sometimes he hums, and once, memorably, he lies down on the floor and stays there for four minutes while twelve dancers wait.
“⟦d:a:m|I was thinking. People think choreography is steps. It isn’t. It’s weather. You make the weather and the dancers walk through it.⟧
“⟦d:a:m|If I show them the steps, they copy me, and I’m fifty-eight with a bad back. Nobody should copy me.⟧
“⟦d:a|So I lie down.⟧”
Lindiwe Dube, the company’s rehearsal director, has worked with him for eleven years. “⟦d:c|The first week, you think he’s mad. The second week, you think you’re mad. By the third week, it’s a piece,⟧” she said.
One dancer, who joined the company last year, put it more simply: “⟦d:b|He makes you feel like you invented it.⟧”
The new work, “⟦s:-|Low Pressure⟧”, opens at the Corran Hall on 14 March.

### 053
@a Renata Kowalski | The mayor of Hollowell
@b Shirin Farahani | a resident of Mill Street whose ground floor has now flooded three times in five years
@c Ravi Chandran | presenter
The mayor of Hollowell has admitted the town's flood defences are "⟦p:a|not fit for the weather we now get⟧", in a tense interview on Channel 7's evening news.
Mayor Renata Kowalski was asked by presenter Ravi Chandran why residents of Mill Street had been flooded again this week.
"⟦d:c|You promised these people a new barrier in 2021. Where is it?⟧" Chandran asked.
"⟦d:a|It's in planning, and I know that's not an answer anyone wants to hear tonight. I'm not going to pretend it is,⟧" Ms Kowalski said.
Shirin Farahani, a resident of Mill Street whose ground floor has now flooded three times in five years, watched the interview from her sister's sofa. "⟦d:b|In planning. My kitchen is in planning too. It's planning to be a swimming pool,⟧" she told us afterwards.
"⟦d:b|She's not a bad woman. But I want a wall, not an apology.⟧"

### 054
@a Gareth Okonedo | -
@b Yvonne | His wife of 35 years
Gareth Okonedo – "⟦s:-|Tank⟧" to the Castlegate End that sang his name for eleven seasons – has chosen a carvery on the ring road for lunch, and he has brought his wife.
"⟦d:a|She's here to stop me saying anything stupid,⟧" he says, loading his plate with roast potatoes. "⟦d:a|It's a full-time job.⟧"
His wife of 35 years, Yvonne, does not disagree. "⟦d:b|He said something stupid to a journalist in 1994 and we had to move house,⟧" she says.
I ask what he said.
"⟦d:b|Don't,⟧" says Yvonne.
"⟦d:a|I said the chairman couldn't run a bath. Which was true. He couldn't,⟧" says Okonedo, and Yvonne puts her head in her hands.
He retired in 2001 with two knees he describes as "⟦p:a|held together by hope and Sellotape⟧" and now coaches an under-12s side on Sunday mornings.
"⟦d:-|Do they know who you were?⟧" I ask.
"⟦d:a|No. One of them asked if I used to be a bouncer. I said, sort of.⟧"

### 055
@a Faisal Mirza | conductor
@b Alf Brierley | the choir's oldest member
@c Jamal Whitfield | a 17-year-old tenor
When the Brackenhill Colliery Male Voice Choir was founded in 1926, its members were all miners. Today there are no miners left in Brackenhill, and the choir includes a dentist, two bus drivers and a retired magistrate.
«⟦d:a|We lost the pits. We didn't lose the voices,⟧» says conductor Faisal Mirza, who took over in 2011 after thirty years as a music teacher.
Alf Brierley, the choir's oldest member, joined in 1951 and worked underground for 38 years. «⟦d:b|When I started, you sang because it got the coal dust out of your chest. That's what my father told me, anyway,⟧» he says. «⟦d:b|I think he just liked singing.⟧»
Jamal Whitfield, a 17-year-old tenor, joined last year after Mirza heard him singing in a supermarket car park. «⟦d:c|I thought he was going to tell me off. He gave me a leaflet,⟧» he says.
Mirza laughs. «⟦d:a|I recruit wherever I can. I once signed up a man at a funeral.⟧»
The choir's centenary concert, «⟦s:-|A Hundred Years of Voices⟧», is at the Miners' Institute on 6 June.

### 056
@a Bernard Ashworth-Kaye | a former detective sergeant who spent 22 years as a police negotiator
@b Nicola | His daughter
@c - | A senior officer who has worked with both
Bernard Ashworth-Kaye, a former detective sergeant who spent 22 years as a police negotiator, has talked people down from bridges, out of banks and, once, off the roof of a multi-storey car park while wearing his own dressing gown.
"⟦d:a|I was off duty. They rang me at home. There wasn't time to change,⟧" he says. "⟦d:a|The lad on the roof said, 'Why are you in your dressing gown?' and I said, 'Why are you on a roof?' And that was the start of it.⟧"
His daughter, Nicola, is now a negotiator herself with the Kessock force. She says she never intended to follow him.
"⟦d:b|I wanted to be a vet. Then I failed chemistry and Dad said, well, you're good at talking people round. He meant me talking him round about my chemistry,⟧" she says.
"⟦d:a|She's better than I was,⟧" he says. "⟦d:a|She listens. I used to talk too much.⟧"
A senior officer who has worked with both said Nicola had "⟦p:c|her father's patience and her mother's nerve⟧".

### 057
@a Liam | the elder by four minutes
@b Connor | -
@c Bernie | their mum
Darts twins Liam and Connor Mulvaney will face each other in a professional final for the first time on Sunday – and their mum says she won’t be watching.
“⟦d:c|I can’t. I’ll be in the kitchen with the radio off. Someone can text me,⟧” said their mum, Bernie, 58.
Liam, the elder by four minutes, is ranked 14th in the world; Connor is 31st. “⟦d:a|He’s never beaten me in a final because we’ve never been in a final. So technically I’m unbeaten,⟧” Liam said.
“⟦d:b|Technically he’s an idiot,⟧” Connor replied. “⟦d:b|I’ll buy him a pint after. He’ll need it.⟧”
Asked whether there was any bad blood, both men laughed. “⟦d:a|Only about who gets the top bunk,⟧” said Liam. “⟦d:b|We’re 33,⟧” Connor added. “⟦d:b|There are no bunks.⟧”

### 058
@a Aarav Venkataraman | a 12-year-old from Beckford
@b Lakshmi Venkataraman | a pharmacist
@c Yevgenia Orlova-Tait | Grandmaster
Aarav Venkataraman, a 12-year-old from Beckford, became the youngest player ever to win the Harcourt Open on Sunday, beating three grandmasters on his way to the title.
"⟦d:a|I was nervous in the last game. My hands were shaking so I sat on them,⟧" he said afterwards, still wearing his school jumper.
His mother, Lakshmi Venkataraman, a pharmacist, said the family had "⟦p:b|no idea what we're doing⟧". "⟦d:b|Neither of us plays chess. We bought him a set because it was on offer. Now we drive him all over the country,⟧" she said.
Grandmaster Yevgenia Orlova-Tait, whom he beat in the fourth round, posted on social media: "⟦d:c|Beaten fair and square by a boy who asked me afterwards if I wanted a crisp. I did want a crisp.⟧"
"⟦d:a|They were salt and vinegar,⟧" Aarav said.

### 059
@a Bogdan Ionescu | a lorry driver
@b Tyrone Blake | his brother-in-law
@c Simone | Bogdan’s wife
@d Chidinma Uzor | Consultant transplant surgeon
For fifteen years, two brothers-in-law in Penfold argued about football every Sunday lunchtime. Now one of them is walking around with the other’s kidney.
Bogdan Ionescu, a lorry driver, donated a kidney in March to his brother-in-law, Tyrone Blake, after Blake’s own children were ruled out as matches.
“⟦d:a|He supports Penfold Rovers, so I knew the kidney was going to a bad home,⟧” Ionescu said. “⟦d:a|But family is family.⟧”
Blake, 49, had been on dialysis three times a week for four years. “⟦d:b|I’ve tried to thank him properly and he won’t let me. Every time I start, he changes the subject to the league table,⟧” he said.
“⟦d:c|They cried in the recovery ward and then pretended they had something in their eyes. Both of them. Same excuse,⟧” said Bogdan’s wife, Simone, who is Tyrone’s sister.
Consultant transplant surgeon Chidinma Uzor said both men were recovering well. “⟦d:d|The kidney is doing its job. I can’t comment on the football,⟧” she said.

### 060
@a Halima Osman | the epidemiologist who led the Carrow valley water study
@b Zainab | her daughter
@c Arden Water | -
Halima Osman, the epidemiologist who led the Carrow valley water study, is halfway through explaining a graph to me when her phone rings. She looks at the screen and holds up a finger.
"⟦d:a|Sorry. It's my daughter. If I don't answer she assumes I'm dead,⟧" she says, and then, into the phone: "⟦d:a|Yes. No. In the freezer. Love you.⟧"
The study, published in March, found that children living downstream of the old Harlow tannery were nearly twice as likely to be admitted to hospital with kidney problems. It has made her, she says, "⟦p:a|the most unpopular woman in three postcodes⟧".
"⟦d:-|Unpopular with whom?⟧" I ask.
"⟦d:a|With the water company, obviously. With some councillors. With people whose house prices have dropped, which I understand. I'd be angry too,⟧" she says. "⟦d:a|But not with the parents. The parents send me cards.⟧"
Arden Water said in a statement that it "⟦p:c|disputes the study's methodology⟧" and that its water "⟦p:c|meets every legal standard⟧".
The phone rings again. It is her daughter, Zainab, 15, and this time Osman puts her on speaker so I can hear. "⟦d:b|Mum, there are two things in the freezer and they're both brown,⟧" says a voice.
"⟦d:a|The one on the left,⟧" says Osman.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh117.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh117",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
