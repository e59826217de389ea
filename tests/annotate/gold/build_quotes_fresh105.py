# ruff: noqa: E501
"""Build ``quotes_fresh105.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts (questions in bold, turns
under initials or names), podcast and radio interviews, sports and arts interviews,
and human-interest stories about families in which several relatives of the same
gender speak and are called by their first names, with reporters who ask their
questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh105-NNN``.

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
  it (``Her partner, Lucjan, an engineer``): the appositive is the description. A
  title or relational phrase before the name alone (``Presenter Neville Ampofo``,
  ``Her daughter, Margaret``) is the description.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description in the next sentence or at a cue (``the
  34-year-old``, ``the novelist``, ``the younger man``), the first such description is
  taken. A lead that introduces a person by an indefinite noun phrase before naming
  them (``A retired bus driver who won …``) gives that noun phrase, with its
  restrictive clause, as the description.
* A non-restrictive relative clause after an appositive (``One plot holder, who did not
  want to be named``) is not part of the description; a restrictive one is (``a
  former pupil who is now a teacher at the school``).
* Relatives who share a surname are each annotated with their own fullest form in the
  passage; a relative introduced by first name only (``her sister Marthe``) has that
  first name as the speaker, even where the family surname appears elsewhere.
* Fragments quoted from unidentified reviews are ``partial`` with a null speaker;
  ``one critic`` or ``one reviewer`` gives a null speaker with that description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or presenter's questions are that person's speech.
* Transcripts in any layout (``Q:``/``A:``, questions in bold, turns under initials or
  under names in capitals) carry the turns without quotation marks and no span. Words
  an answer quotes belong to whoever the answer says uttered them (the answerer, when
  quoting themselves); such a person's description may be written in the first person
  as it stands in the answer (``my mum``).
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Crowd chants and a name given as a nickname are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh105.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh105.jsonl")

PASSAGES = """
### 001
@a Ingrid Solvang | the novelist
@b - | the waiter
Ingrid Solvang is already seated when I arrive at Calloway's, a fish restaurant on the quay at Harstow that she chose, she says, because “⟦p:a|nobody from publishing would be seen dead here⟧”. The novelist, whose fourth book, “⟦s:-|The Salt Ledger⟧”, was longlisted for the Brennan Prize last week, has ordered a glass of white wine and is halfway down it.
“⟦d:a|I'm nervous,⟧” she says, before I have sat down. “⟦d:a|I'm always nervous before interviews. I think you're going to find out I'm quite boring.⟧”
“⟦d:-|Has the phone started ringing since the longlist?⟧” I ask.
“⟦d:a|My mother's has,⟧” she says. “⟦d:a|Mine hasn't. I think people are waiting to see if the book gets any further before they commit.⟧”
The waiter arrives and she orders the hake without opening the menu. “⟦d:b|Same as last time?⟧” he asks. She nods, slightly embarrassed.
Solvang grew up on Hvitøy, an island of 600 people, where her father ran the car ferry and her mother taught at the only school.
“⟦d:a:m|We had one bookshop, and it was also the post office and the place you bought fishing line. The woman who ran it would order anything for you, but it took three weeks, so you learned to choose carefully.⟧
“⟦d:a|I think that's why my books are so slow. I'm still choosing carefully. I'm still waiting three weeks.⟧”
The hake arrives. She calls the reception of the new novel “⟦p:a|kinder than it deserves⟧” and changes the subject to the bread, which she says is better than hers.
When I ask whether there will be a fifth book, she puts down her fork. “⟦d:a|Ask me in a year,⟧” she says. Then: “⟦d:a|Ask me when the bill comes, actually. I'll know by then.⟧”

### 002
@a Dele Akinwumi | the Harcastle United captain
@b Harcastle United | the club
@c - | my first coach
Dele Akinwumi, the Harcastle United captain, joined the club at nine and has now made 300 appearances for it. He calls Saturday's cup final "⟦p:a|the only game that matters this year⟧"; the club has described him as "⟦p:b|the heartbeat of this squad⟧". He spoke to us at the training ground in Wexley. The interview has been edited for length.
**You joined at nine. What do you remember of the first day?**
The boots. My mum bought me boots two sizes too big so they would last, and I was falling over the whole session. My first coach came over and said, "⟦d:c|Son, either grow into them or take them off.⟧" So I took them off and played in my socks.
**Is that story true? It's in the matchday programme every season.**
Mostly. The socks part is definitely true.
**The captaincy came early. Did you want it?**
No. I told the manager, "⟦d:a|Give it to someone older.⟧" He said no, and he was right. I've come round to it.
**What do you say to the players before a final?**
Not much. People think there's a big speech. There isn't. I say, "⟦d:a|Look at the people in the stand. Do it for them,⟧" and then I shut up and put my boots on.
**And after a defeat?**
Even less.

### 003
@a Rahul Mehra | the podcast's host
@b Callum Birtwhistle | Former Test bowler
@c Northern Cricket Board | -
Former Test bowler Callum Birtwhistle has revealed that he played most of his final home summer with a broken foot, in an interview on "⟦s:-|Deep Cover⟧", the sports podcast.
"⟦d:b|I was bowling with a fracture for six weeks and I didn't tell anyone,⟧" Birtwhistle told the podcast's host, Rahul Mehra.
"⟦d:a|Not even the physio?⟧" Mehra asked.
"⟦d:b|Especially not the physio. He'd have told the selectors, and I'd have been out of the side by the Friday.⟧"
Mehra pressed him on whether he regretted it. "⟦d:a|Would you do it again, knowing what you know now?⟧"
"⟦d:b|Yes and no. Yes, because I'd never have got that last wicket at Calder Park. No, because I still can't run for a bus,⟧" Birtwhistle said, laughing.
He said the culture in county dressing rooms had improved but that young players still felt "⟦p:b|that you're one injury away from being forgotten⟧".
The Northern Cricket Board said it "⟦p:c|would welcome a conversation⟧" with Birtwhistle about player welfare.

### 004
@a Nkechi | the eldest
@b Ifeoma | -
@c Adaku | the youngest
@d Bernard Oyelaran | a regular
For 23 years the smell of puff-puff and meat pies has drifted out of a narrow shopfront on Canal Row, and for 23 years the same three women have been arguing about the recipe.
The Obi sisters will close Mama Obi's Kitchen on Saturday, and they are still arguing.
Nkechi, the eldest, does the early baking. “⟦d:a|I'm at the ovens at four. I've been at the ovens at four since 2001,⟧” she said. “⟦d:a|My body is ready for a lie-in.⟧”
Ifeoma, who runs the till and, by general agreement, the customers, was less sure. “⟦d:b|I'll miss the people. I won't miss the flour in my hair, but I'll miss the people.⟧”
Adaku, the youngest, rolled her eyes. “⟦d:c|She says that now. Every Christmas she threatens to emigrate.⟧”
“⟦d:b|That's because every Christmas you forget to order the butter,⟧” Ifeoma replied.
The argument is about their late mother's pie filling, which Nkechi insists must include a pinch of nutmeg. “⟦d:a|Mum never wrote it down. So we each remember it differently, and we each think the other two are wrong.⟧”
Customers have been leaving cards. One, taped to the window, reads: “⟦s:-|Thank you for feeding Canal Row⟧”.
A regular, Bernard Oyelaran, 71, said he had eaten a pie there “⟦p:d|most Fridays since the place opened⟧”. “⟦d:d|I don't know where I'll go now. I'll probably starve,⟧” he said.

### 005
@a Farida Haddad | the housing minister
@b Gwen Pritchard | presenter
@c - | a spokesperson for the Liberal Alliance
@d Tenants First | the campaign group
The housing minister, Farida Haddad, has defended the government's record on homelessness in a combative interview on Radio Marlow.
Pressed by presenter Gwen Pritchard on figures showing a 14% rise in rough sleeping, Haddad said the numbers were "⟦p:a|a snapshot, not the whole picture⟧".
"⟦d:b|With respect, minister, that's what every minister says when the snapshot is bad,⟧" Pritchard said.
"⟦d:a|And it's what every presenter says when the snapshot is good and they don't mention it,⟧" Haddad replied. "⟦d:a|We have built more social homes in three years than the last government did in ten.⟧"
Pritchard returned to the question twice more before asking: "⟦d:b|Will you apologise to the families who are still in temporary accommodation this morning?⟧"
"⟦d:a|I'm sorry for anyone who is in that position. I am not going to apologise for a policy that is working.⟧"
A spokesperson for the Liberal Alliance said the interview showed a minister "⟦p:c|living in a different country from the rest of us⟧".
Tenants First, the campaign group, said: "⟦d:d|Families do not live in snapshots. They live in one room with a kettle and a travel cot.⟧"

### 006
@a Jermaine Osei-Bonsu | the 34-year-old
@b Paddy Corrigan | his trainer
@c Viktor Halloran | -
Jermaine Osei-Bonsu has heard all the talk about his age. He just doesn't care.
“⟦d:a|Everyone keeps telling me I'm finished. Good. Let them,⟧” the 34-year-old said at his gym in Eastholm yesterday, a week before he challenges Viktor Halloran for the European cruiserweight title.
“⟦d:a|I've been finished three times already. I keep coming back.⟧”
His trainer, Paddy Corrigan, who has been in his corner since he was 15, was holding the pads. “⟦d:b|He's sharper now than he was at 28. I'm not saying that to sell tickets,⟧” Corrigan said. “⟦d:b|At 28 he thought he knew everything. Now he listens.⟧”
“⟦d:a|Sometimes,⟧” Osei-Bonsu shouted from the ring.
“⟦d:b|Sometimes,⟧” Corrigan agreed.
Halloran has called his opponent “⟦p:c|a pensioner with a gumshield⟧”.
“⟦d:a|Viktor's funny. He should do stand-up, because after the fourteenth of May he'll need a new job,⟧” said Osei-Bonsu.

### 007
@a Mireille Vautrin | the Lindqvist Philharmonic's new principal conductor
@b Anselm Kroeger | the orchestra's leader
@c - | one reviewer
Mireille Vautrin, the Lindqvist Philharmonic's new principal conductor, does not own a baton. «⟦d:a|I lost the last one on a train in 2011 and I never replaced it,⟧» she says. «⟦d:a|My hands are enough. Sometimes my eyebrows.⟧»
Her recording of Bruckner's Seventh with her previous orchestra was called «⟦p:c|glacial in the best possible sense⟧» by one reviewer, a phrase she has since had printed on a tea towel.
Asked what she tells an orchestra on the first morning, she answers first in French. «⟦d:a|Écoutez-vous les uns les autres.⟧» A pause, then the English. «⟦d:a|Listen to each other. That is the whole job.⟧»
«⟦d:b|The first rehearsal, she stopped us after four bars and asked the second violins what they were thinking about,⟧» said the orchestra's leader, Anselm Kroeger. «⟦d:b|Nobody had ever asked us that. Half of them were thinking about lunch.⟧»
Vautrin laughs when she is told this. «⟦d:a|Lunch is a good answer. It is an honest one. I can work with honest.⟧»

### 008
@a Gwilym Pryce | a third-generation sheep farmer
@b Rhys | his elder son
@c Owain | the younger
On the hill above Cwm Ederyn, Gwilym Pryce, a third-generation sheep farmer, points to a field his grandfather cleared by hand. "⟦d:a|Three generations of stones in that wall,⟧" he said. "⟦d:a|Four, if the boys stay.⟧"
Whether they stay is the question that has dominated the family's kitchen table for two years.
His elder son, Rhys, 36, wants to turn the lower barns into holiday lets. "⟦d:b|It's not a betrayal. It's arithmetic,⟧" Rhys said. "⟦d:b|Sheep alone don't pay. They haven't paid for ten years.⟧"
Owain, 31, the younger, disagrees. "⟦d:c|If we turn into a campsite, we stop being farmers. I'd rather go broke as a farmer,⟧" he said.
"⟦d:b|He'd rather I went broke as a farmer,⟧" Rhys said.
Their father listens with the air of a man who has heard it all before. "⟦d:a:m|I had the same fight with my own father. He wanted to sell up in '84 and I said no, and I was right, and he was right too, because we nearly lost the lot.⟧
"⟦d:a|They'll sort it out. They're brothers. They sort everything out in the end, usually after a fist fight.⟧"
"⟦d:c|That was once,⟧" Owain said. "⟦d:c|And I was twelve.⟧"

### 009
@a Tiffani Brooke-Asante | LOVE Lagoon star
@b - | a source close to the couple
@c Marco Delacroix-Hunt | her ex
@d - | a pal
LOVE Lagoon star Tiffani Brooke-Asante has broken her silence on her split from her ex, Marco Delacroix-Hunt, insisting there is "⟦p:a|no bad blood⟧".
"⟦d:a|We just wanted different things. He wanted a farm in Devon and I wanted, like, a life,⟧" she told us.
"⟦d:a|I still love him as a person. Just not as a boyfriend.⟧"
But a source close to the couple said the pair's "⟦s:-|conscious uncoupling⟧" had been anything but.
"⟦d:b|It was carnage. There were plates involved,⟧" the source said.
Marco, 29, posted a cryptic message on Instagram on Sunday night: "⟦d:c|Some people show you who they are. Believe them.⟧"
A pal added: "⟦d:d|Tiff's fine. She's been out every night this week. She's more than fine.⟧"

### 010
@a Edna Thackeray | -
@b Margaret | her daughter
@c Chloe | her granddaughter
@d Sunita Varma | the manager of Bellfield House
Edna Thackeray was born in 1925, the year the tramline came to Oakridge, and on Sunday she celebrated her 100th birthday with a sherry, a cake shaped like a tram and a card from the King.
“⟦d:a|I don't know what all the fuss is about. I've only done what everyone else does, just for longer,⟧” she said.
Her daughter, Margaret, 74, said her mother had been “⟦p:b|planning the party since about March⟧”. “⟦d:b|She's had a seating plan. She's had opinions about the napkins,⟧” Margaret said.
Her granddaughter Chloe flew in from Sydney for the day. “⟦d:c|Nan asked me on the phone last week whether I was bringing a boyfriend. I said no. She said, ‘Well, there's still time before Sunday.’⟧”
Asked the secret of a long life, Mrs Thackeray did not hesitate. “⟦d:a|Walk everywhere and don't marry a man who sulks. I didn't, and he lasted 61 years.⟧”
Sunita Varma, the manager of Bellfield House, where Mrs Thackeray has lived since 2021, said: “⟦d:d|She runs the quiz on Thursdays and nobody is allowed to beat her. Nobody has.⟧”

### 011
@b Tobias Amankwah | -
@c - | my grandfather
@d - | a man walking his dog
Hana Kowalczyk talks to Tobias Amankwah about his new book of photographs, “⟦s:-|Low Water⟧”, which he describes as “⟦p:b|a love letter to mud⟧”.
HK: You spent four winters on the Ardle estuary. Why mud?
TA: Because nobody else wanted to photograph it. My grandfather was a wildfowler, and he used to say, “⟦d:c|The mud knows more than you do.⟧” I thought he was being mystical. He meant you'll drown if you don't learn to read it.
HK: Did you learn?
TA: Slowly. Twice I got it badly wrong. The second time a man walking his dog shouted “⟦d:d|Are you mad?⟧” from the sea wall, and that's when I noticed I was in up to my knees and the tide had turned.
HK: The title came late, I'm told.
TA: My editor wanted “⟦s:-|Estuary⟧”. I said that sounded like a family car. We argued for a month.
HK: Who won?
TA: The mud.

### 012
@a Sofía Barrientos | Double Olympic 800 metres champion
@b - | one reporter
@c Ramón Barrientos | her father and coach
@d Cordillan Athletics Federation | -
VALTIERRA, March 4 - Double Olympic 800 metres champion Sofía Barrientos announced her retirement on Tuesday, saying her body had "⟦p:a|finally sent the invoice⟧" for 15 years at the top of the sport.
"⟦d:a|I always said I would stop when I stopped enjoying the pain. Last season, I stopped enjoying it,⟧" Barrientos told a news conference in the capital, at times close to tears.
"⟦d:a|I'm not sad. Okay, I'm a little sad. Give me a minute.⟧"
One reporter asked: "⟦d:b|Will we see you at the next Games as a commentator?⟧"
"⟦d:a|Only if they let me shout,⟧" she said.
Her father and coach, Ramón Barrientos, sat beside her. "⟦d:c|She was nine when she told me she would win the Olympics. I told her to finish her homework first,⟧" he said. "⟦d:c|She did both.⟧"
The Cordillan Athletics Federation said in a statement that she had been "⟦p:d|the finest athlete this country has produced⟧".

### 013
@a Yoon-hee Carlsson | a nurse in Lindvik
@b Min-ji Hargreaves | a primary school teacher in Fallowby
@c Inês Albuquerque | the genealogist who matched them
For 43 years, Yoon-hee Carlsson, a nurse in Lindvik, and Min-ji Hargreaves, a primary school teacher in Fallowby, lived 900 miles apart without knowing the other existed.
Now, after a DNA test bought on a whim in a January sale, the twin sisters have met for the first time.
“⟦d:a|I opened the door and it was like looking into a mirror with a different haircut,⟧” said Ms Carlsson.
“⟦d:b|She cried. I didn't. I cried later, in the car, for about an hour,⟧” said Ms Hargreaves.
The two women were born in Daegu in 1982 and adopted by different families within a month of each other.
The genealogist who matched them, Inês Albuquerque, said cases like theirs were “⟦p:c|much rarer than people think⟧”. “⟦d:c|Most matches are second cousins. A twin is the one email you never expect to write,⟧” she said.
Ms Hargreaves said the pair had since compiled a list of coincidences. “⟦d:b|We both hate coriander. We both married men called Daniel. We both broke our left wrist falling off a bike when we were eight.⟧”
“⟦d:a|The Daniels are getting on very well, by the way,⟧” her sister added.

### 014
@a Agnieszka Wróbel | the architect behind the Harbourline library
@b - | one critic
@c Lucjan | an engineer
Agnieszka Wróbel, the architect behind the Harbourline library, eats like someone who has been told the building is on fire. By the time I have buttered my bread she has finished her soup.
``⟦d:a|Sorry. Site visits. You learn to eat in four minutes or you don't eat,⟧'' she says.
The library, a stack of concrete boxes on the old coal wharf, was called ``⟦p:b|a cathedral for people who don't go to church⟧'' by one critic when it opened last spring.
``⟦d:a|I liked that one,⟧'' she says. ``⟦d:a|The one I didn't like was ‘brutalist nostalgia’. I'm not nostalgic about anything.⟧''
I ask what she would change. ``⟦d:a|The stairs,⟧'' she says immediately. ``⟦d:a|Everybody loves the stairs in the photographs. Nobody loves them carrying a pram.⟧''
Her partner, Lucjan, an engineer, joins us for coffee. ``⟦d:c|She won't tell you she redesigned them twice for nothing,⟧'' he says.
``⟦d:a|I wasn't going to tell her,⟧'' Wróbel says. ``⟦d:a|Now she knows.⟧''

### 015
@a Ezra Goldfarb | a former science teacher
@b Dmitri Sokolov | a stand-up comedian
@c Aoife Ní Bhriain | a volcanologist at the University of Carrowmore
The hosts of "⟦s:-|Ask Us Anything (Badly)⟧", Ezra Goldfarb, a former science teacher, and Dmitri Sokolov, a stand-up comedian, spent this week's episode trying to get a straight answer out of Aoife Ní Bhriain, a volcanologist at the University of Carrowmore.
"⟦d:a|So is the volcano going to erupt or not?⟧" Goldfarb asked at the top of the show.
"⟦d:c|It's going to erupt. The question is whether it's next week or in 4,000 years,⟧" Ní Bhriain replied.
"⟦d:b|That's a very wide window,⟧" said Sokolov.
"⟦d:c|Welcome to geology.⟧"
Later, Goldfarb asked her what she most wanted listeners to take away. "⟦d:a|If there's one thing people should know, what is it?⟧"
"⟦d:c|That 'dormant' doesn't mean 'dead'. It means 'asleep'. And things that are asleep wake up.⟧"
Sokolov said he would be "⟦p:b|moving inland immediately⟧". The episode has been downloaded more than 200,000 times.

### 016
@a Karim Bensaïd | the director
@b Yusuf Demirel | the 29-year-old
Karim Bensaïd's «⟦s:-|The Tide Tables⟧» was the surprise of the festival's opening weekend, drawing a twelve-minute standing ovation at the Palais Ferrand on Saturday night.
«⟦d:a|I didn't want to make a film about the sea. I wanted to make a film about waiting,⟧» the director said the next morning, still visibly short of sleep. «⟦d:a|The sea is just where people wait.⟧»
Yusuf Demirel, who plays the fisherman at the centre of the film, had never acted before. «⟦d:b|Karim found me mending nets in Kaleköy. I thought he was from the tax office,⟧» the 29-year-old said.
«⟦d:a|He thought I was from the tax office for about three weeks,⟧» Bensaïd said.
«⟦d:b|I still think he might be.⟧»
Critics have called the film «⟦p:-|a quiet masterpiece⟧», and it is now being spoken of for the main prize. Bensaïd said he was «⟦p:a|not thinking about prizes⟧».
Demirel, asked the same question, shrugged. «⟦d:b|Prizes are nice. Fish are better. You can eat fish.⟧»

### 017
@a Peigi MacAulay | the family's matriarch
@b Catriona | her daughter
@c Isla | Catriona's daughter
On the island of Sgeir Mhòr, the MacAulay women have fished for lobster for three generations, which, Peigi MacAulay, 81, the family's matriarch, will tell you, is “⟦p:a|three generations too many⟧”.
“⟦d:a:m|My father said a boat was no place for a girl. So I waited till he was at the mart in Stornagh and took his boat out myself. I was fourteen. I came back with eleven lobsters and he never said it again.⟧
“⟦d:a:m|Well, he said it. But quieter.⟧
“⟦d:a|And then my Catriona was out with me from the time she could stand, and now it's Isla, and I suppose I'll have to stop worrying at some point. I don't know when.⟧”
Her daughter Catriona, 56, has skippered the family boat since 2004. “⟦d:b|Mum still checks the forecast for me every morning and phones me with it. I have the same forecast on my phone. She phones anyway,⟧” she said.
Catriona's daughter, Isla, 24, trained as a marine biologist in Glasgow before coming home two years ago. “⟦d:c|People think I came back because of tradition. I came back because I missed it. The tradition part is a bonus,⟧” Isla said.
“⟦d:b|She came back because she couldn't find a flat in Glasgow,⟧” her mother said.
“⟦d:c|That too.⟧”
“⟦d:a|They both talk too much on the boat,⟧” said the oldest of the three, who still goes out on calm days.

### 018
@a Haroon Siddiqui | the Westmarch captain
@b - | a team-mate who asked not to be named
@c Wendell Clarke | Westmarch's director of cricket
Haroon Siddiqui, the Westmarch captain, describes the past fortnight as "⟦p:a|the worst of my career, and I include the time I was out first ball in front of my in-laws⟧".
Two heavy defeats were followed by reports of a dressing-room argument after the second, at Oldcastle Road. Siddiqui does not deny it.
"⟦d:a|There was a row. Of course there was a row. We'd just lost by an innings,⟧" he said. "⟦d:a|If there isn't a row after that, I'd be worried about us.⟧"
A team-mate who asked not to be named said the row had been "⟦p:b|loud but fair⟧" and that the captain had "⟦p:b|said what everyone was thinking⟧".
Westmarch's director of cricket, Wendell Clarke, gave his captain his full backing. "⟦d:c|Haroon is the right man. I've told him that, and I've told the board that,⟧" Clarke said.
Siddiqui smiled when this was relayed to him. "⟦d:a|I'm not going anywhere. They'll have to carry me out,⟧" Siddiqui said.

### 019
@a Morwenna Trelease | the first woman to be coxswain at Polcarrow lifeboat station
@b - | the skipper of the trawler
@c - | my mum
Morwenna Trelease, the first woman to be coxswain at Polcarrow lifeboat station, has been awarded the Seafarers' Medal for the rescue her crew still calls "⟦s:-|the Long Night⟧". She told us about it.
Q: What do you remember first?
A: The noise. And the radio. The skipper of the trawler was shouting "⟦d:b|We're going over, we're going over,⟧" and then the radio went dead and there was nothing for about four minutes. Longest four minutes of my life.
Q: What did you say to your crew?
A: I said, "⟦d:a|Nobody goes in the water unless I say so.⟧" And then I went in the water. They haven't let me forget that.
Q: Who did you call when you got ashore?
A: My mum. She said, "⟦d:c|Well done, love. Now eat something.⟧" That's all she said. That's all I needed.

### 020
@a Tariq Qureshi | -
@b Imran | his younger brother
@c Harrowgate Estates | the landlord
@d Stanley Mbeki-Ross | -
For 35 years, the two chairs at Qureshi Brothers on Mill Lane have seldom been empty. Now the building's owner wants to double the rent.
“⟦d:a|We've cut the hair of three generations of some families here. Grandfather, father, son. Sometimes all on one Saturday,⟧” said Tariq Qureshi, 58.
His younger brother Imran, 54, was sweeping up. “⟦d:b|And all of them want the same haircut they had in 1989,⟧” he said.
The landlord, Harrowgate Estates, said in a statement that the new rent reflected “⟦p:c|current market conditions⟧”.
“⟦d:a|Market conditions. What does that mean? It means they want a coffee shop,⟧” Tariq said.
A petition to save the shop has 2,300 signatures. Stanley Mbeki-Ross, 88, who has had his hair cut there since 1987, signed it twice. “⟦d:d|Where am I supposed to go? I'm not going to one of those places with a cocktail bar. I'm 88,⟧” he said.
Imran was defiant. “⟦d:b|We'll fight it. And if we lose, we'll cut hair in my garage. Tariq can do the garden side.⟧”
“⟦d:a|I'm not cutting hair in the garden,⟧” Tariq said.

### 021
@a Cecily Arkwright | the former judge
@b Joseph Kibet | a man she sentenced to six years in 2004
Dame Cecily Arkwright, who retired from the Court of Appeal last spring, keeps one letter in a frame above her desk.
It is from Joseph Kibet, a man she sentenced to six years in 2004. "⟦d:b|You were the first person in that building who looked at me while you spoke,⟧" he wrote. "⟦d:b|I have a job now, and a daughter. I wanted you to know.⟧"
"⟦d:a|I have had a great many letters over forty years. Most of them are rude,⟧" the former judge said. "⟦d:a|That one I keep because it reminds me what the job was for.⟧"
She is blunt about the state of the courts, which she calls "⟦p:a|a building held together by goodwill and paperclips⟧".
"⟦d:a:m|I don't say that to be clever. I say it because I watched a trial collapse last year because the heating failed and the jury went home. In January. In a country that considers itself civilised.⟧
"⟦d:a|Nobody in government has ever sat in a cold courtroom for three days waiting for a prison van. They should try it.⟧"
Asked what she missed most, she answered at once: "⟦d:a|The people. Not the wigs.⟧"

### 022
@a Amal Darwish | a former pharmacist from Qasr al-Nahr
@b Yusuf | her son
@c Dina | his sister
@d - | a spokesperson for Welcome Harbour
In the front room of a terraced house in Brackenfold, Amal Darwish, a former pharmacist from Qasr al-Nahr, pours tea and apologises for the boxes. The family moved in three weeks ago, after two years in a hotel.
Speaking through an interpreter, she said: “⟦d:a|For two years we lived in one room. Now the children have a door they can close. That is everything.⟧”
Asked how she felt on the first night, she answered in Arabic: “⟦d:a|Nimt.⟧” Then she laughed and said it again in English. “⟦d:a|I slept.⟧”
Her son Yusuf, 12, has the best English in the family and has become its translator at the doctor's, the bank and the school gate. “⟦d:b|I like it. I'm the boss of the letters,⟧” he said.
His sister Dina, 9, was having none of it. “⟦d:c|He's not the boss. Mama is the boss.⟧”
A spokesperson for Welcome Harbour, the charity that found the family the house, said: “⟦d:d|Families like the Darwishes don't need pity. They need a landlord who answers the phone.⟧”

### 023
@a Neville Ampofo | presenter
@b Sharon | -
@c Jackie | -
@d Kellsmoor County Council | -
Listeners to BCR Kellsmoor's afternoon phone-in did not hold back on Wednesday when presenter Neville Ampofo asked them about the state of the county's roads.
"⟦d:a|I've had three calls already about one hole on the B4102. Three. It must be the size of a swimming pool,⟧" Ampofo told listeners.
Sharon, from Dunmere, said she had lost two tyres in a month. "⟦d:b|I've started giving the potholes names. The big one outside the school is called Derek,⟧" she said.
"⟦d:a|Why Derek?⟧" Ampofo asked.
"⟦d:b|Because he's always there and nobody does anything about him.⟧"
Jackie, from Hallam Cross, was less amused. "⟦d:c|My dad's in a wheelchair. He can't get to the post office on his own any more because of the pavements. It isn't funny, it's a disgrace,⟧" she said.
Kellsmoor County Council said it had "⟦p:d|a significant programme of resurfacing⟧" planned for the summer months.

### 024
@a Sione Taufa | Ironbridge head coach
@b - | one journalist
@c - | another reporter
@d Ruairí Fallon | Captain
Ironbridge head coach Sione Taufa refused to blame the weather after his side's 24-6 defeat by Calderbrook in driving rain at Felling Park.
“⟦d:a|Both teams played in the same rain. They played better in it,⟧” Taufa said.
“⟦d:b|Was the decision to kick for the corner in the 60th minute yours or the players'?⟧” one journalist asked.
“⟦d:a|The players'. And I back it. If it comes off, you're all writing that it was brave,⟧” Taufa replied.
Another reporter wanted to know about the captain, who limped off late on. “⟦d:c|Is Ruairí fit for next week?⟧”
“⟦d:a|Ask him. He's sitting right there.⟧”
Captain Ruairí Fallon, sitting beside him with an ice pack strapped to his thigh, grinned. “⟦d:d|I'm grand. It's a dead leg. I've had worse from my sister,⟧” Fallon said.

### 025
@a Tendai Mutasa | the poet
@b Ruth | his wife
Tendai Mutasa writes in a shed at the bottom of his garden in Ashby Wharf. His third collection, “⟦s:-|Borrowed Rain⟧”, was published this month and has already gone into a second printing.
“⟦d:a|I write in the shed because the house has a wifi signal and the shed does not,⟧” the poet said. “⟦d:a|It's not romantic. It's self-defence.⟧”
Reviews have called the book “⟦p:-|fierce and funny⟧” and “⟦p:-|the best collection about grief this decade⟧”. Mutasa disputes the second.
“⟦d:a|It isn't about grief. It's about my father, who happens to be dead. Those are not the same thing.⟧”
His wife, Ruth, is his first reader. “⟦d:b|He reads every poem to me out loud, and if I look at my phone, it gets cut,⟧” she said. “⟦d:b|The book would be twice as long if I had better manners.⟧”
“⟦d:a|She's the editor. I just type,⟧” Mutasa said.

### 026
@a Darnell Whitaker | -
@b Priya | his wife
@c Marguerite Oyelowo | their social worker
When Darnell Whitaker and his wife, Priya, went to their first adoption information evening, they were thinking of one child. Eighteen months later, they came home with three.
"⟦d:a|We'd been told brothers and sisters wait the longest. Nobody wants three at once,⟧" Mr Whitaker said. "⟦d:a|We looked at each other in the car park and said, 'Why not us?'⟧"
"⟦d:b|Darnell looked at me. I didn't say 'why not us'. I said 'are you out of your mind',⟧" Priya said, laughing.
The children, now aged three, six and nine, moved in last summer.
Their social worker, Marguerite Oyelowo, said sibling placements were among the hardest to find. "⟦d:c|Keeping brothers and sisters together is the single best thing we can do for them, and it's the placement we struggle most to make,⟧" she said.
"⟦d:b|The first week, nobody slept. The second week, nobody slept. I think in the third week somebody slept,⟧" Priya said.
"⟦d:a|It was me. In the car,⟧" Mr Whitaker said.

### 027
@a Dragan Petković | KINGSMERE boss
@b Lenny Okoro | the Portwell manager
@c - | a Kingsmere insider
KINGSMERE boss Dragan Petković last night hit back at Lenny Okoro after the Portwell manager branded him a "⟦p:b|dinosaur⟧".
"⟦d:a|Dinosaur? Dinosaurs ruled the world for 150 million years. I'll take that,⟧" Petković fumed.
"⟦d:a|Lenny has been a manager for five minutes. He should spend less time on podcasts and more time coaching his defence.⟧"
Okoro had told the "⟦s:-|Full Time Talk⟧" podcast that his rival's tactics were "⟦p:b|from the 1990s, and not the good bit⟧".
A Kingsmere insider said: "⟦d:c|Dragan was laughing about it in training. He's already ordered a dinosaur cake for Saturday.⟧"
The sides meet at the Kingsmere Road ground on Saturday.

### 028
@a Abena Kusi-Rhodes | -
@b Hollie Strachan | her manager
Abena Kusi-Rhodes meets me in a launderette in Tolworth Vale, because, she says, she had washing to do. She describes her new album as “⟦p:a|a break-up record where nobody breaks up⟧”.
I ask what that means.
“⟦d:a:m|It means I wrote twelve songs about leaving and then I didn't leave. Which is most people's life, honestly. You think about it every Tuesday and then on Wednesday you make dinner.⟧
“⟦d:a:m|My manager hated that answer, by the way. She wanted me to say it was about heartbreak. It is about heartbreak. Just a slow one.⟧
“⟦d:a|A very slow one. Like a dishwasher.⟧”
“⟦d:-|Is your partner all right with the album?⟧” I ask.
“⟦d:a|He's heard it. He said, ‘Is this about me?’ and I said, ‘Some of it.’ And he said, ‘Which bits?’ and I said, ‘The nice bits.’ That was a lie.⟧”
Her manager, Hollie Strachan, emailed the next day to say the album was “⟦p:b|absolutely about heartbreak, whatever she told you⟧”.
The dryer buzzes. “⟦d:a|That's my cue,⟧” Kusi-Rhodes says, and goes to fold her jumpers.

### 029
@a Anand Krishnamurthy | headteacher of Stonebridge Primary
@b Kelly Marsh | a former pupil who is now a teacher at the school
@c Ellie | Year 6 pupil
@d - | one parent
After 31 years, some 6,000 assemblies and "⟦p:a|roughly a million lost jumpers⟧", Anand Krishnamurthy, headteacher of Stonebridge Primary, is retiring.
"⟦d:a|People ask me what I'll miss. It's the noise. I've never worked anywhere quiet and I'm not sure I know how,⟧" he said.
Kelly Marsh, a former pupil who is now a teacher at the school, said: "⟦d:b|He knew every child's name. Every single one. And their little brother's name, and their dog's.⟧"
Year 6 pupil Ellie, 11, presented him with a book of drawings on Friday. "⟦d:c|We drew him as a superhero. His power is finding lost PE kits,⟧" she said.
One parent said: "⟦d:d|He taught my husband, he taught me and now he's taught my kids. I don't know what this school is without him.⟧"
Mr Krishnamurthy was unmoved by the fuss. "⟦d:a|It'll be fine. It was a school before me and it'll be a school after me.⟧"

### 030
@a Hina Matsuda | the 19-year-old
@b Keiko | her mother
@c Dariusz Lewandowski | Coach
Hina Matsuda broke the world record in the 200 metres butterfly at the Kestrel Cup in Marbury on Sunday, and the first thing she did was look for her mother.
“⟦d:a|I didn't look at the clock. I looked at my mum,⟧” the 19-year-old said.
Her mother, Keiko, who drove her to the pool at five in the morning for eleven years, was in the stand. “⟦d:b|I was not crying. There was chlorine in my eyes,⟧” she said.
“⟦d:a|She was crying,⟧” Matsuda said.
Coach Dariusz Lewandowski said the record was “⟦p:c|not a surprise, but a relief⟧”. “⟦d:c|She has been swimming this time in training since February. Today she stopped thinking,⟧” he said.
Asked about her plans, Matsuda was clear. “⟦d:a|Now I want to sleep for two days and eat a lot of ramen.⟧”

### 031
@a Brigid O'Sullivan | a retired midwife who delivered more than 4,000 babies in Carrowkeel
@b - | one woman
This is an edited transcript of episode 42 of "⟦s:-|Kitchen Table⟧", in which host Nadia Patel talks to Brigid O'Sullivan, a retired midwife who delivered more than 4,000 babies in Carrowkeel.
NADIA PATEL: Four thousand babies. Do you remember any of them?
BRIGID O'SULLIVAN: All of them and none of them. I remember the mothers more. One woman, right in the middle of it, grabbed my arm and said, "⟦d:b|If this baby is a boy, I'm calling him after you.⟧" And I said, "⟦d:a|I'm called Brigid, love.⟧" She called him Bríd anyway.
NADIA PATEL: That can't be true.
BRIGID O'SULLIVAN: He's thirty now. He sends me a card every Christmas signed "⟦s:-|your namesake⟧". His mother writes the envelope.
NADIA PATEL: What was the hardest part of the job?
BRIGID O'SULLIVAN: The nights, and the times it went wrong. You don't forget those either. You carry them home and you put them somewhere, and they stay there.

### 032
@a Deepa Raghunathan | the comedian
@b - | her mother
@c Fergal Byrne | the owner of the Tollgate Comedy Club
Deepa Raghunathan orders the most expensive thing on the menu and then tells me why. "⟦d:a|My mother says you should always order the lobster when someone else is paying. It's the only financial advice she's ever given me,⟧" the comedian says.
Her mother is the subject of her new show, "⟦s:-|Mum's the Word (She Has Several)⟧". Does she mind? "⟦d:a|She's seen it four times. She sits in the front row and corrects my impression of her.⟧"
Her mother, reached by phone later, confirmed this. "⟦d:b|She does my voice too high. I don't sound like a kettle,⟧" she said.
Fergal Byrne, the owner of the Tollgate Comedy Club, where Raghunathan did her first open mic in 2014, remembers the night well. "⟦d:c|She died on her backside. Absolutely died. Then she came back the next week, which is the only thing that matters,⟧" he said.
"⟦d:a|I did die. Fergal's being kind,⟧" Raghunathan says. "⟦d:a|There were eight people in and three of them were asleep.⟧"
The lobster arrives. "⟦d:-|Is it worth it?⟧" I ask.
"⟦d:a|Everything's worth it when someone else is paying,⟧" she says.

### 033
@a Ottavio Brambilla | a violin maker
@b Kwame Asante-Ferri | his apprentice
Ottavio Brambilla, a violin maker, has worked at the same bench in Serravalle Alta for 52 years. He has made 311 instruments, and he can tell you where every one of them is.
«⟦d:a|Number 114 is in Osaka. Number 200 was stolen in Lisbon in 1998, and I still look for it in every photograph of every orchestra,⟧» he said.
His apprentice, Kwame Asante-Ferri, 26, arrived four years ago after writing to the workshop from Accra. «⟦d:b|I wrote to him eleven times. He answered the twelfth letter with one line,⟧» Asante-Ferri said. «⟦d:b|It said: come on Monday, bring your own apron.⟧»
«⟦d:a|He had very good handwriting. That is why I answered,⟧» Brambilla said.
The old man runs a thumb along the belly of an unvarnished viola.
«⟦d:a:m|A violin is mostly air. People forget this. You are not making wood, you are making a box for air to move in.⟧
«⟦d:a|If you remember that, you can be a maker. If you forget it, you are a carpenter. Nothing wrong with carpenters.⟧»
«⟦d:b|He says that every day. Every day the same thing. And every day I understand it a little more,⟧» the younger man said.

### 034
@a Thiago Falcão | the 22-year-old
@b - | one reporter
@c Aleksander Novak | top seed
@d Ana Beatriz Lins | his coach
Thiago Falcão said he had "⟦p:a|no idea⟧" how he came back from two sets down to beat top seed Aleksander Novak in the fourth round of the Westwood Open on Monday.
"⟦d:a|Honestly, in the third set I was thinking about the airport. I was checking flights in my head,⟧" the 22-year-old said through an interpreter.
Asked what had changed, he answered in Portuguese: "⟦d:a|Parei de pensar.⟧" The interpreter translated: "⟦d:a|I stopped thinking.⟧"
One reporter asked whether he could now go all the way. "⟦d:b|Can you win the tournament?⟧"
"⟦d:a|Today I beat the best player in the world. Tomorrow I play a very good player. I am not thinking about Sunday,⟧" Falcão said.
Novak was gracious in defeat. "⟦d:c|He played the last two sets like a man with nothing to lose, and he was right, he had nothing to lose,⟧" Novak said.
His coach, Ana Beatriz Lins, called it "⟦p:d|the best match of his life, so far⟧".

### 035
@a Tunde | the eldest
@b Femi | -
@c Kayode | the team's top scorer
@d Bayo | the youngest
@e Gloria Adeyemi | their mother
@f Dennis Hulme | Harefield Athletic manager
When Harefield Athletic line up on Sunday morning, four of the starting eleven will share a surname, and a mother on the touchline.
The Adeyemi brothers have played together since they were in primary school.
Tunde, the eldest, 34, plays in goal. “⟦d:a|I went in goal because I was the biggest and the slowest. Nothing has changed,⟧” he said.
Femi, 31, is the captain. “⟦d:b|People think it's lovely, four brothers. It's not lovely. It's an argument with a ball,⟧” he said.
Kayode, 29, the team's top scorer, said he got the worst of it. “⟦d:c|Femi shouts at me more than anyone. If I miss a chance, I hear about it at Sunday lunch as well,⟧” Kayode said.
Bayo, the youngest, plays on the left wing. “⟦d:d|I just want one of them to pass to me. Once. Just once.⟧”
Their mother, Gloria Adeyemi, has missed two games in 12 years. “⟦d:e|Both for weddings. Other people's,⟧” she said. “⟦d:e|I shout at the referee, not at them. They get enough of it at home.⟧”
Harefield Athletic manager Dennis Hulme said: “⟦d:f|When the team sheet goes up, half of it just says 'Adeyemi'. The league thinks it's a typo.⟧”

### 036
@a Ilse Vandermeer | the founder of Burrow
@b - | a former employee who asked not to be named
@c Burrow | a cargo-bike delivery start-up
@d Hamid Rahimi | a partner at Eastgate Ventures
Ilse Vandermeer, the founder of Burrow, a cargo-bike delivery start-up, has a habit of answering questions with questions.
"⟦d:a|Why does a sofa need a van? Why does a parcel need a van? Why does anything need a van?⟧" she says, in the company's warehouse in Dockside.
Burrow raised £14m last month. Hamid Rahimi, a partner at Eastgate Ventures, which led the round, called her "⟦p:d|relentless, in the best and occasionally the worst way⟧".
Not everyone is a fan. A former employee who asked not to be named described the early culture as "⟦p:b|a start-up that thinks burnout is a personality⟧". "⟦d:b|People cried in the bike shed. That's not a metaphor,⟧" they said.
Burrow said in a statement that it had "⟦p:c|learned a great deal⟧" since 2022 and had introduced a four-day week for warehouse staff.
Asked about the criticism, Vandermeer went quiet for a while. "⟦d:a|Some of that was fair. I was a bad manager for the first two years. I'm trying to be a less bad one,⟧" she said.

### 037
@a Lorcan Devlin | the 71-year-old
@b Saoirse Devlin | his daughter
Lorcan Devlin has played King Lear three times, and says this one will be his last. “⟦d:a|The first time I was too young. The second time I was too busy. This time I'm just right, and that's the problem, because just right is also nearly dead,⟧” the 71-year-old said.
The production at the Granary Theatre has been praised as “⟦p:-|devastating⟧” and “⟦p:-|a Lear for anyone who has sat in a hospital corridor⟧”.
What makes it unusual is that Cordelia is played by his daughter, Saoirse Devlin. “⟦d:b|The first time he carried me on in the last scene, I could feel him shaking. I didn't know if it was acting,⟧” she said.
“⟦d:a|It was not acting. She's heavier than she looks,⟧” Lorcan Devlin said.
“⟦d:b|Dad.⟧”
“⟦d:a|I'm joking. It was acting. Mostly.⟧”

### 038
@a Hemi Walker | a sheep farmer near Tāwhiti
@b Graham Lockhart | a dairy farmer
@c Anahera Rēweti | Country Hour host
Two farmers from opposite ends of the Ruawhero district told listeners on Thursday that the dry spell was the worst they had known.
"⟦d:a|We've sold a third of the flock. Not because we wanted to. Because there was nothing for them to eat,⟧" said Hemi Walker, a sheep farmer near Tāwhiti.
Country Hour host Anahera Rēweti asked whether government help had arrived. "⟦d:c|Has anyone from the ministry actually been out to see you?⟧"
"⟦d:a|A man came. He was very nice. He had a clipboard. That's the support so far,⟧" Walker said.
Graham Lockhart, a dairy farmer, has been carting water since January. "⟦d:b|I'm spending more on diesel for the water tanker than on feed. I've never said that in 30 years,⟧" he said.
"⟦d:b|Hemi and I don't agree on much. We agree on this,⟧" Lockhart added.
"⟦d:a|That's true. He's wrong about everything else,⟧" Walker said.

### 039
@a Brian Haworth | a retired bus driver who won £6.2 million on the LuckyStar Lotto
@b Sue | his wife
@c - | a LuckyStar Lotto spokesperson
A retired bus driver who won £6.2 million on the LuckyStar Lotto has said the first thing he bought was “⟦p:a|a new kettle⟧”.
Brian Haworth, 62, from Ashvale, and his wife Sue, 60, matched all six numbers in Saturday's draw.
“⟦d:a|The old kettle had been making a funny noise since Easter. I said to Sue, 'When we win the lottery, I'll get a new one.' Then we did,⟧” Mr Haworth said.
“⟦d:b|I checked the numbers eleven times. Brian checked them once and went to bed,⟧” Sue said.
“⟦d:a|I was tired. It had been a long day.⟧”
“⟦d:b|He'd been to the garden centre.⟧”
A LuckyStar Lotto spokesperson said the couple had been “⟦p:c|wonderfully down to earth⟧”. Mrs Haworth said they would help their three children with house deposits and “⟦p:b|maybe go somewhere hot, once⟧”.

### 040
@a Nima Dolkar Rai | -
@b - | my uncle
@c - | her mother
Nima Dolkar Rai, who last month became the first woman from Khumjal to climb all fourteen of the world's highest peaks, talks about fear, frostbite and her mother's warnings. She calls the mountains “⟦p:a|the only office I've ever liked⟧”.
**Were you ever afraid up there?**
Every day. Fear is useful. My uncle, who guided for thirty years, told me, “⟦d:b|The day you stop being afraid, come down and stay down.⟧”
**What did your mother say when you told her what you were planning?**
She said, “⟦d:c|Which mountain?⟧” I said, “⟦d:a|All of them.⟧” She didn't speak to me for a week.
**And now?**
Now she tells the neighbours about me. She says, “⟦d:c|My daughter, the one who doesn't phone enough.⟧”
**Is that fair?**
It is completely fair.

### 041
@a Lachlan Ferreira-Boyd | TV chef
@b - | a restaurant insider
@c LFB Hospitality | his company
TV chef Lachlan Ferreira-Boyd has shut his flagship restaurant just eight months after opening it with a "⟦s:-|no menu, no rules⟧" concept.
A restaurant insider said: "⟦d:b|No menu turned out to mean no customers. People like to know what they're paying £190 for.⟧"
But Ferreira-Boyd, the star of "⟦s:-|Fire & Fork⟧", insisted the closure was "⟦p:a|a pause, not a full stop⟧".
"⟦d:a|I'm not embarrassed. I took a risk. Some risks you win, some you learn from,⟧" he told us.
His company, LFB Hospitality, said all 31 staff would be "⟦p:c|offered roles elsewhere in the group⟧".

### 042
@a Zofia Nowak | -
@b Maja | her granddaughter
@c Ewa | Maja's mother
@d Adaeze Obinna | senior sister
Two women from Wrexley who knit hats for premature babies have just finished their 1,000th.
Zofia Nowak, 88, taught her granddaughter Maja, 23, to knit during the first lockdown. “⟦d:a|She was bored. I was bored. I had wool,⟧” Mrs Nowak said.
“⟦d:b|I was terrible. My first hat was the size of a teapot,⟧” Maja said.
“⟦d:a|A small teapot,⟧” Mrs Nowak said.
The hats go to the neonatal unit at St Oda's Hospital in Wrexley. “⟦d:d|Parents take them home. Some keep them for years. One mum told me hers is on the mantelpiece next to the birth certificate,⟧” said senior sister Adaeze Obinna.
Maja's mother, Ewa, said she had been “⟦p:c|completely left out⟧”. “⟦d:c|Nobody taught me. I'm the middle generation. We get nothing,⟧” she joked.

### 043
@a Niamh Cassidy | the 23-year-old
@b Henrietta Vale-Okafor | trainer
Niamh Cassidy rode her first Grade One winner at Ashcombe on Saturday and then went back to the yard to muck out.
"⟦d:a|The horses don't know it's a big day. They still need doing,⟧" the 23-year-old said.
Cassidy steered Lantern Bay to a six-length win in the Harcourt Chase for trainer Henrietta Vale-Okafor.
"⟦d:b|She gave him a beautiful ride. She sat still when everybody else was panicking,⟧" Vale-Okafor said.
"⟦d:a|Henrietta told me to sit still. So I sat still. It's not complicated,⟧" Cassidy said.
"⟦d:b|It's very complicated. Most jockeys can't do it,⟧" the trainer said. "⟦d:b|She'll be champion one day. I'm saying it now so I can say I said it.⟧"
"⟦d:a|Don't say that. You'll jinx it,⟧" Cassidy said.

### 044
@a Horace Mbatha-Lyle | the bandleader
@b Lwazi Dube | the band's youngest member
EASTFIELD - Horace Mbatha-Lyle has conducted the Eastfield Silver Band at every Whit Friday march since 1961. This year, at 90, he says he will do it sitting down.
``⟦d:a|The doctor said I could do it sitting down or not at all. I said sitting down,⟧'' the bandleader said on Thursday.
``⟦d:a|I've never sat down in a band in my life. I don't know what to do with my legs.⟧''
Cornet player Lwazi Dube, 17, the band's youngest member, said Mbatha-Lyle was ``⟦p:b|scarier than any exam⟧''.
``⟦d:b|He can hear one wrong note in forty players. From the back of a hall. With the wrong hearing aid in,⟧'' Dube said.
Mbatha-Lyle laughed at that. ``⟦d:a|That boy is going to be better than all of us. Don't tell him,⟧'' he said.

### 045
@a Raymond Kiplagat | a retired mechanic from Welbury
@b Peter Holloway | the younger man
@c Tessa | Peter's daughter
Raymond Kiplagat, a retired mechanic from Welbury, always knew he had been adopted. He did not know he had a brother living eleven miles away.
“⟦d:a|Eleven miles. I used to get my car serviced in his town. I probably parked outside his house,⟧” he said.
Peter Holloway, 64, found out after his daughter bought him a DNA kit for his birthday. “⟦d:b|I thought it would tell me I was 20% Viking. It told me I had a brother,⟧” he said.
Peter's daughter, Tessa, remembers the day the email came. “⟦d:c|Dad read it three times and then went to the shed for two hours. That's what he does,⟧” she said.
The two men met in a pub car park in February. “⟦d:a|He looked like my dad. I had to sit down,⟧” Mr Kiplagat said.
“⟦d:b|He sat down on the kerb. I sat down next to him. We didn't go into the pub for an hour,⟧” said the younger man.
They now speak every day. “⟦d:a|We're making up for lost time. Sixty-odd years of it,⟧” Mr Kiplagat said.

### 046
@a Olumide Adebayo-Hart | the Premier Division's longest-serving referee
@b - | a captain
Olumide Adebayo-Hart, the Premier Division's longest-serving referee, took charge of his last match on Saturday after 22 seasons. He spoke to Jess Rowntree.
JR: What won't you miss?
OA: The chanting. I've had "⟦s:-|You don't know what you're doing⟧" sung at me in every ground in the country. Some weeks they had a point.
JR: What's the best thing a player ever said to you?
OA: A captain, I won't say who, came up after I'd sent two of his players off and said, "⟦d:b|Ref, you were right both times, and I'll deny I ever said this.⟧" He did deny it, too, in his book.
JR: And walking out for the last time?
OA: I said to myself, "⟦d:a|Don't cry in front of 30,000 people.⟧" I managed it until the 80th minute.

### 047
@a Maureen Pilkington | chair of the Hollybank Allotment Society
@b Derrick Osei | the 79-year-old
@c Thornbury Borough Council | -
@d - | one plot holder
A row over a purple shed has divided the Hollybank allotments, with the society's chair accusing one member of "⟦p:a|a flagrant breach of the colour code⟧".
Derrick Osei, who has had plot 14 since 1998, painted his shed last month. "⟦d:b|My granddaughter chose the colour. She's six. I'm not repainting it,⟧" the 79-year-old said.
Maureen Pilkington, chair of the Hollybank Allotment Society, said the rules were clear. "⟦d:a|Rule 7(c) says sheds shall be green, brown or natural wood. It doesn't say purple. I didn't write the rules, I just enforce them,⟧" she said.
One plot holder, who did not want to be named, said: "⟦d:d|It's a lovely shed. Half of us want to paint ours purple now.⟧"
Thornbury Borough Council, which owns the site, said the dispute was "⟦p:c|a matter for the society⟧".
Mr Osei was unmoved. "⟦d:b|It's staying purple,⟧" he said.

### 048
@a Gerrit van Dalen | the Dutchman
@b Anouk | his wife
@c Terry Blackwood | Beaten finalist
Gerrit van Dalen, known to the crowds as “⟦s:-|The Windmill⟧” for his throwing action, lifted the Harbour Masters trophy at the Rotherby Dome last night and promptly burst into tears.
“⟦d:a|I've been coming here for 19 years. I lost in the first round eleven times. Eleven!⟧” the Dutchman said, as the fans chanted “⟦s:-|There's only one Windmill⟧”.
His wife, Anouk, said: “⟦d:b|He practises in the garage every night until midnight. The neighbours will be happy he's won. Maybe now he'll stop.⟧”
“⟦d:a|I won't stop,⟧” Van Dalen said.
Beaten finalist Terry Blackwood was gracious. “⟦d:c|He threw like a man possessed. I had no answer. Fair play to him,⟧” said Blackwood, 41.

### 049
@a Inès Boukhari | the designer
@b Farouk | her father
@c - | one buyer from a department store in Seoul
Inès Boukhari learned to sew on her father's machine in the back of a dry-cleaner's in Marvaux. «⟦d:a|He fixed hems for the whole street. I sat under the counter and collected the pins,⟧» the designer says.
Her label, «⟦s:-|Sable⟧», showed for the first time on Tuesday, in a former tram depot.
Her father, Farouk, now 70, was in the front row. «⟦d:b|I told her: make clothes people can sit down in. That's all. The rest is fashion,⟧» he said.
«⟦d:a|He says this every time. He's right every time,⟧» Boukhari said.
One buyer from a department store in Seoul called the collection «⟦p:c|the first thing this week I'd actually wear⟧».
Boukhari said she was «⟦p:a|not interested in being a genius⟧». «⟦d:a|Geniuses don't answer emails. I answer all my emails.⟧»

### 050
@a Callum | the eldest by four minutes
@b Fraser | -
@c Euan | the only one who moved away
@d Lorna Mackintosh | their mother
It has taken 22 years, three universities and what their mother estimates as “⟦p:d|about 40,000 fish fingers⟧”, but the Mackintosh triplets have all graduated in the same week.
Callum, the eldest by four minutes, got a first in engineering at Dunloch. “⟦d:a|I'll be mentioning the four minutes at every family event for the rest of my life,⟧” he said.
Fraser, who studied law at Kinross, said: “⟦d:b|He already does. He mentioned it at Gran's funeral.⟧”
Euan, the only one who moved away, studied marine biology at the other end of the country. “⟦d:c|I went 500 miles to get away from them and they phoned me every day anyway,⟧” Euan said.
Their mother, Lorna Mackintosh, has sat through three graduation ceremonies in five days. “⟦d:d|My feet are in pieces. My heart is full. I've run out of tissues,⟧” she said.
“⟦d:a|She cried at all three,⟧” Callum said.
“⟦d:d|I cried more at Euan's because it was further away,⟧” she said.

### 051
@a Harriet Oduya | a former court reporter
@b Bea Lindgren | a sound designer
@c Leonard Ashdown | retired Detective Inspector
@d Kelmoor Police | -
The makers of "⟦s:-|The Quiet Field⟧", the podcast that has reopened the 1994 disappearance of 16-year-old Kirsty Boyle, say they never expected to be talking to the police.
"⟦d:a|We didn't set out to solve anything. We set out to ask the questions nobody had asked for 30 years,⟧" said Harriet Oduya, a former court reporter.
She co-hosts the show with Bea Lindgren, a sound designer. "⟦d:b|Harriet asks the questions. I make the silences sound right,⟧" Lindgren said.
In episode six, retired Detective Inspector Leonard Ashdown told the pair that the original inquiry had been "⟦p:c|closed too quickly, and I said so at the time⟧".
"⟦d:c|I was a sergeant then. Sergeants don't close inquiries, but they can be ignored,⟧" Ashdown told the podcast.
Kelmoor Police said: "⟦d:d|We are aware of the podcast and will assess any new information that comes to light.⟧"
"⟦d:b|That's the most we've ever got out of them,⟧" Lindgren said.

### 052
@a Malcolm Ferrier | the newsreader
@b Joan | his wife of 40 years
@c - | a former producer who worked with him for two decades
Malcolm Ferrier is worried about what to do with his hands. “⟦d:a|For 34 years they've had a sheet of paper in them at six o'clock. I don't know what to do with them now,⟧” the newsreader says.
He reads his last bulletin for Northline Television on Friday.
I ask him about the worst night. He doesn't hesitate.
“⟦d:a:m|Ravensholm. The pit. I read the names. I'd been to school with two of them, and I didn't know until the list came up on the autocue.⟧
“⟦d:a|I got to the end. I don't know how. Then I went out to the car park and sat in the car for an hour.⟧”
“⟦d:-|Did anyone know?⟧” I ask.
“⟦d:a|Joan knew. Joan always knows.⟧”
His wife of 40 years, Joan, is in the kitchen, pretending not to listen. “⟦d:b|He came home and didn't say a word and ate two dinners,⟧” she says. “⟦d:b|That's how I knew.⟧”
A former producer who worked with him for two decades calls him “⟦p:c|the calmest man in any building, including during the fire alarm of 1997⟧”.

### 053
@a Bernadette Coyle | the 58-year-old
@b Declan | her eldest son
@c Ciarán | his brother
@d Harbourside Health Trust | -
Bernadette Coyle, whose husband Seamus died after his sepsis went undiagnosed at Harbourside General, has handed a petition with 40,000 signatures to the health department.
"⟦d:a|They told me he had a virus and sent him home with paracetamol. He was dead in 36 hours,⟧" the 58-year-old said outside the building.
She wants hospitals to adopt what the family call "⟦s:-|Seamus's Law⟧", a right for relatives to request an urgent second review.
"⟦d:a|I knew my husband. I knew something was wrong. Nobody listened to me. I want the next wife to be listened to.⟧"
Her eldest son, Declan, 30, said: "⟦d:b|Mum has done this on her own, really. We just carry the boxes.⟧"
His brother Ciarán, 27, added: "⟦d:c|Dad would be mortified by all this attention. He'd also be very proud. Both at once, that was Dad.⟧"
The Harbourside Health Trust said it had "⟦p:d|apologised unreservedly⟧" to the family and had changed its procedures.

### 054
@a Tomasz Zieliński | the T54 world champion
@b Ayesha Farooqui | his coach
Tomasz Zieliński, the T54 world champion, was hit by a car while training on a country road outside Belwick fourteen months ago. On Sunday he won the Dunmore marathon.
“⟦d:a|I had a broken shoulder, two broken ribs and a racing chair that looked like modern art,⟧” he said. “⟦d:a|The chair was harder to replace than the ribs.⟧”
His coach, Ayesha Farooqui, said there were moments she doubted he would race again. “⟦d:b|He never doubted it. That was almost the problem. I had to stop him coming back too soon,⟧” she said.
“⟦d:a|She hid my gloves. Twice,⟧” Zieliński said.
“⟦d:b|Three times. He only found two.⟧”
Zieliński said he was now aiming for the Games, “⟦p:a|one more, maybe two, and then I'll think about a garden⟧”.

### 055
@a Cornelius Abara | the pianist
@b Simone Abara | a double bassist
When Cornelius Abara plays the Lamplight Club on Friday, the bass player will be someone he taught to walk.
"⟦d:a|I taught her to walk, and then I taught her to walk a bass line. The second one took longer,⟧" the pianist said.
His daughter, Simone Abara, a double bassist, has toured with him for six years. "⟦d:b|Onstage he's my bandleader. Offstage he's my dad. The problem is he forgets which one he is,⟧" she said.
"⟦d:a|She rushes. She's always rushed. She rushed being born,⟧" Cornelius Abara said.
"⟦d:b|I was three weeks early. That's not rushing, that's efficiency.⟧"
Their new record, "⟦s:-|Two Clocks⟧", was made in a single afternoon. "⟦d:a|We did everything in one take, because that's what you do with family. You don't get to do it again,⟧" Cornelius Abara said.

### 056
@a Arjun Venkataraman | a 12-year-old from Marrowgate
@b Srinivas Venkataraman | a software engineer
@c Kestria Chess Federation | -
@d Pavel Hrubý | grandmaster
A 12-year-old from Marrowgate has become the youngest player in the country to earn the grandmaster title.
Arjun Venkataraman secured his final norm on Sunday when he beat grandmaster Pavel Hrubý in 61 moves at the Corran Open.
“⟦d:a|I was very nervous in the opening and then I forgot to be nervous,⟧” Arjun said. “⟦d:a|Then I won and I was nervous again.⟧”
Hrubý, 46, said the boy had played “⟦p:d|like a machine with a sense of humour⟧”.
His father, Srinivas Venkataraman, a software engineer, said: “⟦d:b|He beat me for the first time when he was six. I stopped playing him when he was seven. It was too depressing.⟧”
The Kestria Chess Federation called it “⟦p:c|a historic day for Kestrian chess⟧”.
Arjun himself had other concerns. “⟦d:a|Can I go home now? I've got a maths test on Tuesday,⟧” he asked reporters.

### 057
@a Rosalind Achterberg | Historian
@b Jim Tolley | presenter
@c - | one listener
@d Keith | another listener
“⟦d:b|Seventy years ago tonight, the sea came into Saltmarsh Row. My grandmother was in one of those houses,⟧” presenter Jim Tolley told listeners at the start of Thursday's programme.
Historian Dr Rosalind Achterberg has written the first full account of the 1953 flood. “⟦d:a|People talk about the water. What survivors talk about is the silence afterwards. No birds for a week,⟧” Achterberg said.
“⟦d:b|Why has it taken seventy years for somebody to write the history?⟧” Tolley asked.
“⟦d:a|Because the people who were there didn't want to talk about it. Now they're in their eighties and nineties, and they do.⟧”
Listeners texted in throughout. One listener wrote: “⟦d:c|My dad rowed a boat down the high street. He never mentioned it until he was 80.⟧”
Another listener, Keith, wrote that his mother had kept “⟦p:d|a jar of the floodwater on the kitchen windowsill until the day she died⟧”.
“⟦d:a|That's extraordinary. I would love to see that jar,⟧” Achterberg said.

### 058
@a Lucía Paredes | the restaurant's founder
@b Mateo Paredes | her son
At Cocina Lucía, the argument about the salsa verde has been going on for eleven years.
"⟦d:a|He puts in too much lime. Every time,⟧" said Lucía Paredes, the restaurant's founder, pointing across the pass at her son, Mateo Paredes.
"⟦d:b|She puts in too little. Every time,⟧" Mateo replied, without looking up.
Mateo took over the kitchen in 2020, but his mother still comes in four nights a week "⟦p:b|to supervise, or as she calls it, to help⟧", he said.
Asked the secret of her cooking, Lucía answered in Spanish: "⟦d:a|Con cariño.⟧" Then, for the English-speaking reporter: "⟦d:a|With love. And the right chillies.⟧"
"⟦d:b|Mostly the chillies,⟧" Mateo said.
"⟦d:a|Mostly the love. You can buy chillies,⟧" said his mother.

### 059
@a Helena Voss-Adeyemi | the shadow chancellor
@b - | her press officer
@c - | a senior colleague
The shadow chancellor, Helena Voss-Adeyemi, has twenty-five minutes, her press officer tells me when I arrive, and she will not be discussing the leadership.
"⟦d:b|Twenty-five minutes, and nothing on the leadership,⟧" the press officer repeats, in case I missed it.
Voss-Adeyemi orders soup. "⟦d:a|Soup is the politician's lunch. You can't be photographed with soup on your chin, because nobody photographs anyone eating soup,⟧" she says.
I try the leadership anyway. "⟦d:-|Would you stand if there were a vacancy?⟧"
"⟦d:a|There isn't a vacancy,⟧" she says. "⟦d:a|Next question.⟧"
"⟦d:-|But if there were?⟧"
"⟦d:a|Then I'd be having a very different lunch.⟧"
A senior colleague later describes her as "⟦p:c|the most ambitious person in the party, who insists she isn't⟧".
At 24 minutes the press officer taps her watch. "⟦d:b|One minute,⟧" she says.

### 060
@a Hélène Castagnol | -
@b Marthe | her sister
@c - | a buyer for a Calder Street wine merchant that has stocked their wines since 2009
@d - | one critic
``⟦d:a|We don't make wine. The weather makes wine. We just try not to ruin it,⟧'' says Hélène Castagnol, 61, walking between the rows at Domaine des Trois Puits.
Her sister Marthe, 58, who runs the cellar, is less mystical. ``⟦d:b|The weather makes grapes. We make wine. Hélène likes to sound like a poet for journalists,⟧'' she says.
``⟦d:a|I sound like a poet for everyone,⟧'' Hélène replies.
The sisters took over from their father in 1994. Their 2022 red was described by one critic as ``⟦p:d|a wine that shouldn't work, and does⟧''.
``⟦d:b|That's the nicest thing anyone has said about us. It's also what our father said about us,⟧'' Marthe says.
A buyer for a Calder Street wine merchant that has stocked their wines since 2009 said: ``⟦d:c|They argue about everything except the wine. About the wine they agree, and then they argue about the label.⟧''

### 061
@a Kenji Morioka | the host
@b Sunniva Haldorsen | the columnist
@c - | a caller from Skelby
@d - | her first editor
On Sunday's edition of Radio Nordvik's “⟦s:-|Late Conversations⟧”, the host, Kenji Morioka, spent an hour with Sunniva Haldorsen, who has written the paper's agony-aunt column for 41 years.
“⟦d:a|You've answered something like 20,000 letters. Do you remember the first?⟧” Morioka began.
“⟦d:b|I remember it exactly. A man in Skelby whose wife had stopped speaking to him because he'd sold her piano. I told him to buy it back,⟧” the columnist said.
“⟦d:a|Did he?⟧”
“⟦d:b|He bought her a better one. They were married another thirty years. I got a Christmas card every year, signed by both of them.⟧”
She said her first editor had told her to be “⟦p:d|kind, brief and never, ever funny about money⟧”. “⟦d:b|I've managed two out of three,⟧” she said.
Listeners were invited to call in. A caller from Skelby said: “⟦d:c|My grandparents were the piano couple. The piano is in my front room. Nobody in the family can play it.⟧”
There was a long pause on air. “⟦d:b|Well,⟧” Haldorsen said eventually. “⟦d:b|That's the best thing that's happened to me all year.⟧”

### 062
@a Kalani Akana | the 27-year-old
@b Makoa Akana | his older brother
@c Leilani Akana | their mother
@d - | one surfer who had been knocked out in the semi-finals
Kalani Akana had never surfed a wave taller than a house until last winter. On Saturday he won the Pōhaku Bay big-wave invitational in front of a crowd lining the cliffs.
"⟦d:a|It's not bravery. Anyone who says it's bravery hasn't done it. It's maths and breathing,⟧" the 27-year-old said on the beach, still in his wetsuit.
His older brother, Makoa Akana, drove the jet ski that towed him in. "⟦d:b|My job is to put him on the right wave and then pick up whatever's left,⟧" Makoa said. "⟦d:b|Today there was a lot left. That's a good day.⟧"
The brothers learned in the shore break below the family's house, under the eye of their mother, Leilani Akana. She watched Saturday's final through binoculars and, she admitted, through her fingers.
"⟦d:c|I told them both when they were small, 'The ocean doesn't love you back.' They listened to everything except that,⟧" she said.
"⟦d:a|We listened. We just didn't agree,⟧" Kalani said.
One surfer who had been knocked out in the semi-finals called the winning ride "⟦p:d|the best thing I've ever seen from the water⟧".
"⟦d:b|He'll be insufferable now,⟧" Makoa said. "⟦d:b|He was insufferable before. Now it's official.⟧"

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh105.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh105",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
