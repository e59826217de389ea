# ruff: noqa: E501
"""Build ``quotes_fresh141.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A pieces printed with the interviewer's
questions in bold or behind initials, podcast and radio interviews, sports and arts
interviews, and human-interest stories about families in which several relatives of
the same gender speak and are called by their first names, often with a reporter who
asks questions in the first person. Copy styles vary (wire, broadsheet, tabloid, local
paper, magazine, broadcaster web copy) and so do the quotation marks (curly, straight,
guillemets, doubled backticks).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh141-NNN``.

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
  it (``Her campaign manager, Petr Sýkora, a former rowing coach``): the appositive is
  the description. A title or relational phrase before the name alone (``Presenter
  …``, ``His elder son, Calum``, ``Grandmaster …``) is the description.
* A speaker first mentioned without an appositive takes the first appositive or
  definite description the passage later gives them (at a cue such as ``the
  44-year-old``, ``the designer``, or in a later mention such as ``Haugland, 58, a
  former veterinary nurse``). A non-restrictive relative clause after an appositive
  (``One tenor, who asked not to be named …``) is not part of the description.
* Speakers introduced together in a plural phrase (``two staff nurses, Joanne and
  Marisa``, ``former team-mates Gaz Whitmore and Dele Ogunbiyi``) get no description
  from it.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, also when the question stands without a cue in an exchange; a
  named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Words said in unison by two people have a null speaker and description.
* Inside a transcript or a Q&A whose answers are not in quotation marks, a quotation is
  annotated as it would be in prose: words the answerer reports someone else saying or
  writing belong to that person (the answerer when quoting themselves); a question that
  quotes the interviewee's earlier words is ``partial`` by the interviewee.
* A phone call or message relayed in translation by the person who received it belongs
  to the original speaker; texts, posts and letters read out on air belong to their
  senders; a poem read out by its author is that author's ``direct`` speech.
* A foreign phrase discussed as a phrase, and its literal gloss, are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh141.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh141.jsonl")

PASSAGES = """
### 001
@a Sigrún Halldórsdóttir | the novelist
@b Dariusz | the waiter
@c - | one critic
Sigrún Halldórsdóttir arrives at Vellmore's, a fish restaurant wedged between a launderette and a bookmaker on Quarry Street, eleven minutes late and apologising in three directions at once. “⟦d:a|The bus driver decided to have a conversation with every single passenger,⟧” the novelist says, unwinding a scarf that could double as a blanket. “⟦d:a|I found it very moving and also very slow.⟧”
Her fourth book, “⟦s:-|The Salt Ledger⟧”, spent most of last year in the bestseller lists, and one critic called it “⟦p:c|a family saga with the furniture taken out⟧”. She orders the hake without looking at the menu, and a glass of something white and cold.
“⟦d:-|Do you read your reviews?⟧” I ask.
“⟦d:a|Only the bad ones. The good ones make me lazy. The bad ones I keep in a drawer, and when I am stuck I take one out and think, well, at least I am not that person.⟧”
She grew up in a village of forty people on the north coast of Iceland, the daughter of a harbourmaster and a schoolteacher who kept the village accounts in a series of green notebooks.
“⟦d:a:m|My mother wrote everything down. The price of diesel, who had borrowed the ladder, which of the Jónsson boys had been sick on the church steps. She used to say, ‘If it is not written, it did not happen.’ She meant the electricity bill. I took it much too seriously.⟧
“⟦d:a|When she died I found forty years of notebooks in the loft. That is the book, really. I just added the weather.⟧”
When the waiter, Dariusz, asks whether everything is all right, she tells him the hake is “⟦p:a|heroic⟧”. “⟦d:b|I'll tell the chef,⟧” he says, with what appears to be complete sincerity.
I ask whether the village has forgiven her. After the book came out there was a mild scandal about a character who bears some resemblance to a real fish-factory manager. She puts down her fork.
“⟦d:a|He rang me. He said, ‘Sigrún, you made me fat.’ I said, ‘You are fat, Einar.’ Then we laughed for about ten minutes, and now he signs copies at the petrol station.⟧”
She insists on paying for the wine. “⟦d:a|You can put the fish on your expenses,⟧” she says. “⟦d:a|The wine is a matter of honour.⟧”

### 002
@a Faisal Al-Nouri | -
@h Helmut Brandauer | My professor
@n Vennmouth Argus | The local paper
@m - | a retired postman
Faisal Al-Nouri, 61, has designed a library, two swimming baths and a great many bus shelters, but he is best known for a glass footbridge over the River Lenn that people in Vennmouth still call "⟦s:-|the Cheese Grater⟧". He spoke to us from his studio in Aldbury. The interview has been edited for length and clarity.
**You trained as an engineer. Why did you switch?**
Because I was a bad engineer. My professor, Helmut Brandauer, took me aside at the end of the second year and said, "⟦d:h|You are always asking why a bridge looks the way it does. An engineer asks whether it stays up.⟧" He meant it as a warning. I took it as directions.
**The footbridge was hated when it opened.**
Hated is generous. The local paper, the Vennmouth Argus, called it "⟦p:n|an insult to the river⟧". And a retired postman wrote to me every week for a year. Every letter began the same way: "⟦d:m|Dear Sir, I have walked across it again today, and it is still there.⟧"
**Did you reply?**
Eventually. I wrote, "⟦d:a|Dear Sir, so are you.⟧" After that we were friends. He came to the tenth anniversary and brought a cake shaped like the bridge. It was not a good likeness.
**What did you learn from it?**
That people don't hate buildings. They hate being surprised in their own street. If I did it again, I would surprise them more slowly.
**And the bus shelters?**
Nobody has ever written to me about a bus shelter. That is how you know it's a good one.

### 003
@a Mei-Ling Tsang | Its host
@b Harriet Osei | a former venture investor
@c Rafael Quintanilha | the founder of the collapsed bike-hire start-up Cyclo
Rafael Quintanilha, the founder of the collapsed bike-hire start-up Cyclo, has mostly stayed quiet since the company went into administration in March, leaving 40,000 riders with credit they could not spend. This week he sat down for nearly ninety minutes with the business podcast "⟦s:-|The Overtime Hour⟧".
Its host, Mei-Ling Tsang, did not waste time. "⟦d:a|Let's start with the obvious one. Where did the money go?⟧" she asked.
"⟦d:c|Into bikes, mostly. Then into fixing bikes. Then into replacing bikes that had been thrown into the canal,⟧" Quintanilha said. "⟦d:c|I'm not being funny. We pulled 1,100 bikes out of the Greywater Canal in one year.⟧"
Tsang's co-host, Harriet Osei, a former venture investor, pushed back. "⟦d:b|But you knew that by the second year. You raised again anyway.⟧"
"⟦d:c|I did. And that's the bit I'd do differently,⟧" he replied. "⟦d:c|I kept telling the board the next city would be different. It never is. A canal is a canal.⟧"
He described the final board meeting as "⟦p:c|a very polite funeral⟧".
At one point Tsang asked whether he owed his riders an apology. There is a long pause on the recording. "⟦d:c|Yes. I'm sorry. I should have said that in March,⟧" he said.
"⟦d:b|For what it's worth, that's more than most founders manage,⟧" Osei told him at the end of the episode.
The show's producers said the episode had been downloaded more than 200,000 times by Thursday.

### 004
@a Ngozi Okafor | The eldest of the three
@b Adaeze | the middle sister
@c Chioma | the youngest
@d Grace | Their mother
@j - | The judges
The eldest of the three, Ngozi Okafor, was 14 when she burned her first tray of puff-puff in the family kitchen on Alma Terrace. Thirty-seven years later she runs Sunrise Bakes on Carver Road with her two younger sisters, and she still burns the occasional tray.
“⟦d:a|Only when someone talks to me,⟧” she said. “⟦d:a|Which, in this family, is constantly.⟧”
Adaeze, the middle sister, does the ordering, the accounts and, she says, “⟦p:b|all the worrying⟧”. Chioma, the youngest, is the one customers ask for by name.
“⟦d:b|Ngozi bakes, Chioma charms, and I stop us going bankrupt,⟧” Adaeze said. “⟦d:b|That's the business plan. It's not written down anywhere.⟧”
“⟦d:c|It's written on the fridge,⟧” Chioma corrected her.
The shop opened in 2009 after the sisters' father, a bus driver, died and left them a small sum. Their mother, Grace, 78, still comes in every morning at six to cut the chin chin.
“⟦d:d|They argue all day, and then they go home and ring each other to argue some more,⟧” she said. “⟦d:d|I don't interfere. I just make the chin chin.⟧”
Ngozi laughed. “⟦d:a|She interferes with every single thing.⟧”
Last month Sunrise Bakes was named best independent bakery at the Linthorpe Vale business awards. The judges praised its “⟦p:j|unmistakable warmth⟧” — and its jollof pasties.
“⟦d:c|We put the certificate in the toilet,⟧” Chioma said. “⟦d:c|It's the only wall that wasn't full.⟧”

### 005
@a Ana-Lucía Borrero | the 19-year-old Colombian
@b Katarzyna Zielińska | fourth seed
@c Beatriz Olmedo | Borrero's coach
PORT HALLORAN, March 3 (NWS) - Ana-Lucía Borrero saved three match points before beating fourth seed Katarzyna Zielińska 6-7(5) 7-6(9) 6-3 at the Halloran Open on Friday, then admitted she had "⟦p:a|no idea⟧" how she had done it.
"⟦d:a|At 5-6 in the second I was already thinking about my flight home,⟧" the 19-year-old Colombian said. "⟦d:a|My coach was looking at her phone. I saw her. I'm going to tell everybody.⟧"
Borrero's coach, Beatriz Olmedo, laughed when told of the accusation. "⟦d:c|I was checking the weather. For the flight,⟧" she said. "⟦d:c|She has a big heart, this girl. Sometimes too big. Today it was the right size.⟧"
Zielińska, who had served for the match twice, was composed in her news conference. "⟦d:b|She played the big points better. There's not much more to say,⟧" she said.
Asked whether the wrist problem that has troubled her since January had been a factor, the Pole shook her head. "⟦d:b|No excuses. It was fine. She was better.⟧"
Borrero will play the unseeded Mirela Stanciu in the quarter-finals. "⟦d:a|I've never played her. I'll watch some videos tonight, but probably I'll just fall asleep,⟧" she said.

### 006
@a Declan Furey | The housing minister
@b Aoife Brannigan | presenter
@c Department of Housing | -
@d Siobhán Keating | a nurse who has lived with her two children in a single hotel room in Drumcarrig since October
The housing minister, Declan Furey, has said he will “⟦p:a|not be hiding behind the figures⟧” after new statistics showed the number of families in emergency accommodation rose for the ninth month in a row.
Speaking on Radio Carrow's First Light programme, Mr Furey was repeatedly pressed by presenter Aoife Brannigan on why a promised 4,000 social homes had not been delivered.
“⟦d:b|Minister, you sat in that chair a year ago and said 4,000 homes. How many have been built?⟧” Ms Brannigan asked.
“⟦d:a|Completed, around 1,100. Under construction, a great deal more than that,⟧” Mr Furey replied.
“⟦d:b|So the answer is 1,100.⟧”
“⟦d:a:m|The answer is that we are building at a pace this country hasn't seen in twenty years. I accept it isn't fast enough for the families in hotel rooms tonight. I accept that fully.⟧
“⟦d:a|But I won't pretend a crane is a house. I never have.⟧”
The programme also heard from Siobhán Keating, a nurse who has lived with her two children in a single hotel room in Drumcarrig since October.
“⟦d:d|I heard him say he accepts it. I'd love him to come and accept it in my room, with the kids doing their homework on the bed,⟧” she said.
Asked whether he would take up the invitation, Mr Furey said: “⟦d:a|If Siobhán wants me to come, I'll come.⟧”
In a statement after the broadcast, the Department of Housing said “⟦p:c|significant additional capacity⟧” would come on stream in the second half of the year.

### 007
@a Inès Dufresne | the 27-year-old
@b Karim Dufresne | Her brother
@c Ruth Abernathy | The Sinfonia's chief conductor
Inès Dufresne practises in the kitchen. Not because the acoustics are good — they are, she says, «⟦p:a|a catastrophe⟧» — but because it is the only room in the flat where the radiator works.
«⟦d:a|The cello doesn't care, and I am always cold,⟧» the 27-year-old says, tightening a bow. «⟦d:a|So we compromise.⟧»
She grew up in Lyon in a house where, as she puts it, «⟦p:a|everybody played something and nobody played it quietly⟧». Her brother, Karim, two years older, is a jazz pianist; they have recorded one album together and, she says, will never record another.
«⟦d:b|We nearly killed each other,⟧» Karim Dufresne confirms, when I reach him by phone in Montreal. «⟦d:b|She wants forty takes. I want one take and then lunch.⟧»
Before every concert she says the same thing to herself, in French, in the wings: «⟦d:a|Ce n'est pas pour toi.⟧» — «⟦d:a|It's not for you.⟧»
«⟦d:a|My mother taught me that. It means: stop worrying about yourself, the music is for the people in the seats,⟧» she says. «⟦d:a|It works about half the time.⟧»
Next month she plays the Elgar concerto with the Harwick Sinfonia. The Sinfonia's chief conductor, Ruth Abernathy, heard her at a competition in Geneva six years ago and has been trying to book her ever since.
«⟦d:c|She played like someone who had something to say and not much time to say it,⟧» Abernathy says. «⟦d:c|You don't hear that often. Most young players are still trying to be correct.⟧»
I ask Dufresne whether she still gets nervous. She considers the question for a long time.
«⟦d:a|Not nervous. Hungry. Like before a big meal you know will be good,⟧» she says. Then, after a pause: «⟦d:a|Also a little sick.⟧»

### 008
@a Alasdair MacRury | the 68-year-old
@b Calum | His elder son
@c Iain | His younger son
INVERLOCHAN, Scotland — Alasdair MacRury has fished out of this harbour for 46 years, and for the last eleven his two sons have fished with him on the Morag Ann, a 14-metre creel boat painted the blue of a school jumper.
"⟦d:a|People think it's romantic. It's mostly diesel and arguing about diesel,⟧" the 68-year-old said on a grey morning as the boat nosed out past the breakwater.
His elder son, Calum, 41, hauls the creels. His younger son, Iain, 37, steers, keeps the logbook and handles the paperwork that has, Iain says, "⟦p:c|eaten the job alive⟧".
"⟦d:c|Dad can read the sea. I can read a spreadsheet. Between us we're one decent fisherman,⟧" Iain said.
"⟦d:b|Speak for yourself,⟧" said Calum, without looking up from the hauler.
The brothers both left Inverlochan in their twenties - Calum for the oil rigs, Iain for an office job in Glasgow - and both came back.
"⟦d:b:m|I was on the rigs eight years. Good money. Terrible for your head. I came home for Mum's sixtieth and went out with Dad one morning and that was it.⟧
"⟦d:b|I never went back for my stuff. There's probably still a pair of boots in a locker in Aberdeen.⟧"
The catch has fallen by about a third in a decade, and prices have not kept up with costs. Their father worries about what happens when he stops.
"⟦d:a|I won't tell them to keep going. I won't tell them to stop either. That's their business,⟧" he said. "⟦d:a|But I'd like to see the boat go out after I'm gone. I'd like that very much.⟧"
Iain, steering back into harbour, was blunter. "⟦d:c|He'll never stop. They'll have to bury him at sea and we'll bring him home in a creel.⟧"

### 009
@a Jodie-Mae Pryce | Sunset Villa star
@b Tyler Banks | footballer
@c - | A source close to the star
@d - | One fan
SUNSET VILLA star Jodie-Mae Pryce has opened up about her heartbreak split from footballer Tyler Banks — and insists she has “⟦p:a|never been happier⟧”.
The bubbly blonde, 26, told us: “⟦d:a|Honestly, I've cried enough. I cried on the plane, I cried in the chippy, I cried at my nan's. Now I'm done. I'm back, I'm fabulous and I'm single.⟧”
The pair, who met on the show's third series, split last month after Tyler was pictured leaving a nightclub with a mystery brunette.
A source close to the star said: “⟦d:c|Jodie was devastated. She really thought he was The One. Her mates have rallied round and they've barely let her out of their sight.⟧”
But Tyler, 28, insists he did nothing wrong. In a post on social media he wrote: “⟦d:b|People need to stop believing everything they read. She was a friend of my cousin's. End of.⟧”
Jodie-Mae hit back: “⟦d:a|A friend of his cousin's? He hasn't got a cousin. I've met his whole family. Twice.⟧”
The star is now set to launch her own swimwear range, which she has named “⟦s:-|Second Series⟧” — “⟦d:a|because everyone deserves a second series, don't they?⟧” she laughed.
Fans have flooded her comments with support. One fan wrote: “⟦d:d|Queen behaviour. He'll regret it forever.⟧”

### 010
@o Olufemi Bankole-Price | the conductor
@p - | The chairman of the panel
@q - | A bus driver
Lindiwe Mthembu (LM) spoke to the conductor Olufemi Bankole-Price (OBP) for the Sunday programme Between the Lines. This is an edited transcript.
LM: You've conducted on five continents. Where is the hardest audience?
OBP: My mother. She came to every concert in Lagos and afterwards she would tell me which violinist was bored. She was always right.
LM: Is it true you nearly gave up music at 20?
OBP: Very true. I failed an audition in Vienna so badly that they stopped me after four bars. The chairman of the panel said, "⟦d:p|Thank you, that will be enough,⟧" in a voice I can still hear.
LM: What brought you back?
OBP: A bus driver. I was sitting on the bus crying, and he turned round at a red light and said, "⟦d:q|Whatever it is, son, it's not as bad as my knees.⟧" I laughed, and I went home and practised.
LM: People call you "⟦s:-|the Smiling Maestro⟧". Do you mind?
OBP: I used to. Now I think there are worse things to be called. Critics have called me worse.
LM: You said in an interview last year that "⟦p:o|the orchestra is the last democracy⟧". What did you mean?
OBP: I meant it as a joke, and now I have to defend it in every interview. An orchestra is a democracy in which one person has a stick.

### 011
@a Tāne Ruatapu | the 44-year-old
@b Mereana | His wife
@c Gordon Ashdown | a marshal at the 140km checkpoint
At kilometre 140 of the Ridgeback Ultra, somewhere in the dark above Tawhiti Gorge, Tāne Ruatapu sat down on a rock and ate a cold potato. He remembers it as the best meal of his life.
“⟦d:a|I'd been sick twice. My feet were gone. I couldn't feel my left hand. And then this potato,⟧” says the 44-year-old, who works as a school caretaker in Kāretu Flats. “⟦d:a|I still think about that potato.⟧”
Ruatapu won the 250-kilometre race in 41 hours and 12 minutes last November, a course record, having taken up running seven years ago to, as he puts it, “⟦p:a|stop being the fat uncle at the hāngī⟧”.
His wife, Mereana, runs his support crew — which is to say, she drives a borrowed van between checkpoints with a gas stove, a box of socks and, on one occasion, their youngest daughter asleep in the footwell.
“⟦d:b|He's the most stubborn man alive. That's the whole secret,⟧” she says. “⟦d:b|There's no training plan. I've looked for it. There's a notebook that says ‘run more’ on every page.⟧”
Gordon Ashdown, a marshal at the 140km checkpoint, was the man who handed over the potato.
“⟦d:c|He looked like death. I honestly thought I'd be calling the helicopter,⟧” Ashdown says. “⟦d:c|Ten minutes later he stood up, said thank you very politely, and ran off into the bush like a deer.⟧”
Ruatapu is entered in a 300km race in Patagonia in March. I ask whether he is scared.
“⟦d:a|Of the race? No,⟧” he says. “⟦d:a|Of Mereana, if I don't finish? Absolutely.⟧”

### 012
@a Marguerite Okonjo-Bell | his widow
@b Celeste | a primary-school headteacher
@c Odile | -
@l Lionel Bell | -
For 52 years, Lionel Bell kept time. He kept it in the back rooms of Harbour Street pubs, on cruise ships, in a short-lived 1970s band called "⟦s:-|The Velvet Pressure⟧", and, for the last three decades, on Thursday nights at the Anchor in Saltley Cove, where he died between sets last month at the age of 79.
"⟦d:a|He finished the song,⟧" said his widow, Marguerite Okonjo-Bell. "⟦d:a|He'd have been furious if he hadn't finished the song.⟧"
Their daughters grew up falling asleep under the bandstand. Celeste, 48, a primary-school headteacher, still can't hear a snare drum without looking round for her father. Odile, 45, who plays drums in a wedding band - a job her father called "⟦p:l|the family business, with worse tips⟧" - has his hands, everyone says.
"⟦d:b|Dad never once told us to be quiet. He told us to be quiet in time,⟧" Celeste said.
"⟦d:c|He'd tap it out on the steering wheel. One-two-three-four, and you'd better come in on the one,⟧" Odile said. "⟦d:c|I still can't sit in a car without drumming.⟧"
Marguerite met him in 1971, when she was a student nurse and he was, she says, "⟦p:a|a skinny boy with terrible shoes and beautiful hands⟧".
"⟦d:a:m|He asked me to dance and I said no. He asked me again the next week, and I said no again. The third week he didn't ask. He just played a song and pointed at me with his stick.⟧
"⟦d:a|So I danced. What else could I do?⟧"
The Anchor has hung his sticks above the stage. On Thursday, Odile will play his kit there for the first time.
"⟦d:c|I'm terrified,⟧" she said. "⟦d:c|Celeste says I'll be fine.⟧"
"⟦d:b|She'll be fine,⟧" her sister said. "⟦d:b|She'll rush the tempo. He always said she rushed.⟧"

### 013
@a Vitor Amaral | the Kingsmere City head coach
@r - | one reporter
@s - | a local radio reporter
@k Kingsmere City | -
Vitor Amaral, the Kingsmere City head coach, insisted on Tuesday that he still had the "⟦p:a|full backing⟧" of the board despite a run of one win in eleven league games.
Asked directly whether his job was safe, Amaral smiled. "⟦d:a|You would have to ask the chairman. I spoke to him this morning. We spoke about the left-back position, not about me,⟧" he said.
"⟦d:r|Is that a yes or a no?⟧" one reporter asked.
"⟦d:a|It's a conversation about the left-back,⟧" Amaral said, to laughter.
At the final whistle on Saturday, a section of the away end had sung "⟦s:-|Vitor, Vitor, time to go⟧". The Portuguese was more animated when a local radio reporter brought it up. "⟦d:s|They were singing about you at the end. Did you hear it?⟧"
"⟦d:a:m|Of course I heard. I'm not deaf. And I understand. They pay, they travel, they are cold, they see us lose. I would sing also.⟧
"⟦d:a|But I will tell you something. In this dressing room nobody is giving up. Nobody. If you come to training on Thursday, you will see.⟧"
Kingsmere City said in a statement on Monday night that the club "⟦p:k|continues to support Vitor and his staff⟧".
Amaral was also asked about his captain, Deon Fairclough, who was sent off on Saturday for a second booking. "⟦d:a|Deon knows. I don't need to say anything. He said it himself, to the players, before I could,⟧" he said.

### 014
@a Ronnie Pettigrew | -
@b Sunday Adebayo | -
@c Maurice Kell | Their first agent
They met in a queue at the Cleavesby labour exchange in 1979, argued about a football result, and have not, by their own account, stopped arguing since. This month Ronnie Pettigrew and Sunday Adebayo celebrate twenty years as a double act.
``⟦d:a|I said the referee was blind. He said the referee was his uncle,⟧'' Pettigrew recalls.
``⟦d:b|He wasn't my uncle,⟧'' Adebayo says. ``⟦d:b|He was my uncle's neighbour. But I wasn't going to let a stranger insult him.⟧''
Their first agent, Maurice Kell, remembers them as ``⟦p:c|two lads who couldn't agree what day it was⟧''.
``⟦d:c|The act was the arguing,⟧'' Kell says. ``⟦d:c|I just told them to do it louder and charge for it.⟧''
Pettigrew still throws up before every show. ``⟦d:a|Every show. Twenty years,⟧'' he says. ``⟦d:a|Sunday holds my coat.⟧''
``⟦d:b|I hold his coat because he'd lose it,⟧'' says Adebayo.
Will they ever retire? ``⟦d:-|When he does,⟧'' they say, almost in unison, and then they start arguing about who said it first.

### 015
@a Yuki Hanamura | a volcanologist at the Harrowgate Institute
@b Priscila Nascimento | a doctoral student from Recife
@c - | the old man
The ground on the eastern flank of Mount Corrieval is warm. Not warm like a beach, but warm like the bonnet of a car that has just been switched off, which is, Dr Yuki Hanamura tells me, exactly the wrong kind of warm.
"⟦d:a|That's new since spring,⟧" says Hanamura, a volcanologist at the Harrowgate Institute, crouching to push a thermometer probe into the ash. "⟦d:a|Not alarming. Interesting. I'm allowed to say interesting.⟧"
"⟦d:-|What would alarming look like?⟧" I ask.
"⟦d:a|Alarming is when I stop talking to journalists,⟧" she says, and then, seeing my face: "⟦d:a|That's a joke. Mostly.⟧"
Hanamura has spent eleven summers on Corrieval, which last erupted in 1911 and has about 6,000 people living in villages on its lower slopes. Her field assistant, Priscila Nascimento, a doctoral student from Recife, carries the heavier equipment and most of the conversation.
"⟦d:b|Yuki doesn't like to say anything that could end up in a headline,⟧" Nascimento says. "⟦d:b|So I'll say it. The mountain is doing something. We don't know what yet.⟧"
"⟦d:a|That is a headline,⟧" Hanamura says.
"⟦d:b|It's a true one.⟧"
I ask whether the people in the villages should be worried. Hanamura takes a long time to answer.
"⟦d:a:m|They should be informed. That's different. Worried people make bad decisions. Informed people know where the bus leaves from.⟧
"⟦d:a|Last year we went door to door in Escallon with leaflets. An old man gave me coffee and told me his grandfather had seen the 1911 eruption. I wrote down what he said and I keep it on my desk.⟧"
What the old man said, in full, was this: "⟦d:c|My grandfather said the sky was being sawn in half, and that the priest ran faster than anyone.⟧"

### 016
@a Daniel Kowalczyk | a postman from Wexcombe
@b Mateusz Nowicki | a plumber who lives in Hollin Green
@c Halina Nowicka | Mateusz's adoptive mother
For 38 years, Daniel Kowalczyk and Mateusz Nowicki lived eleven miles apart without knowing the other existed. Last spring, a home DNA kit bought as a joke Christmas present changed that.
“⟦d:a|I opened the app and it said ‘identical twin’. I thought it was a glitch,⟧” said Daniel, a postman from Wexcombe. “⟦d:a|I rang the helpline and asked them to check. Twice.⟧”
Mateusz, a plumber who lives in Hollin Green, had done the same test a year earlier, at his wife's insistence.
“⟦d:b|My wife said, ‘You should find out if you've got any Polish cousins.’ I said, ‘I've got loads of Polish cousins, they all sleep in our spare room at Christmas.’ Turns out I had a brother,⟧” he said.
The men were born in a hospital in Gdańsk in 1986 and adopted by separate British families through the same agency. Neither family was told about the other child.
They met for the first time in a supermarket car park in Wexcombe in May. “⟦d:b|He got out of his car and I thought, that's my walk. That's how I walk,⟧” Mateusz said.
“⟦d:a|We both had the same jacket on,⟧” Daniel added. “⟦d:a|Not a similar jacket. The same jacket.⟧”
Mateusz's adoptive mother, Halina Nowicka, 71, said she cried for a week when she learned the truth.
“⟦d:c|Nobody told us. Nobody. If I had known there were two of them, I would have taken both. I would have found the room,⟧” she said.
The brothers now speak every day and plan to travel to Gdańsk together in the autumn.
“⟦d:b|He's the older one, apparently. By nine minutes,⟧” said Mateusz. “⟦d:b|I'm never going to hear the end of it.⟧”

### 017
@a Emeka Anyanwu | the director
@b Gareth Llewellyn | Its lead
@c Tomás Ó Ceallaigh | a 23-year-old graduate in his first professional role
On the second floor of a former biscuit factory in Dunmarsh, fourteen actors are lying on the floor pretending to be the sea. Emeka Anyanwu, the director, walks between them with a mug of tea, occasionally nudging a foot.
“⟦d:a|Less weather. More tide,⟧” he tells them. “⟦d:a|The tide doesn't care about you. Weather is personal.⟧”
Anyanwu's production of “⟦s:-|The Drowned Parish⟧”, a 1920s play about a flooded Welsh village that has not been staged professionally for half a century, opens at the Corran Theatre next month. Its lead, Gareth Llewellyn, is 71, and has not been on a stage for nine years.
“⟦d:b|I'd retired. I'd bought a greenhouse. I was very happy with my tomatoes,⟧” Llewellyn says during a break. “⟦d:b|Then Emeka turned up at my door with a script and a packet of custard creams, and I was finished.⟧”
“⟦d:a|They were bourbons,⟧” Anyanwu says from across the room.
“⟦d:b|They were custard creams. I remember everything about that day, because it ruined my life.⟧”
The youngest member of the cast, Tomás Ó Ceallaigh, a 23-year-old graduate in his first professional role, plays Llewellyn's son. He admits he spent the first week “⟦p:c|too frightened to breathe⟧”.
“⟦d:c|I watched him on telly when I was a kid. Now he tells me off for standing in his light,⟧” he says. “⟦d:c|It's the best job in the world.⟧”
Anyanwu says the play is about “⟦p:a|what a community owes the people it decides to sacrifice⟧”, and refuses to be drawn on whether that is a comment on anything current.
“⟦d:a|Plays don't comment. People comment. I just put it on and stand at the back,⟧” he says.

### 018
@a Dorothy Ashcombe | the former telephonist
@b Kirsty Maddox | her granddaughter
@c Louise | Kirsty's sister
@d Alfie | Her great-grandson
Dorothy Ashcombe celebrated her 100th birthday at Elmhurst Care Home on Sunday with a cake, a card from the Lord Lieutenant and a sherry she described as "⟦p:a|long overdue⟧".
Known to everyone as "⟦s:-|Dot⟧", the former telephonist was born in Ferriby Marsh in 1925, the youngest of nine children.
"⟦d:a|People keep asking me the secret. There isn't one. I just didn't die,⟧" she said.
The party was organised by her granddaughter Kirsty Maddox, 52, who visits every Tuesday, and Kirsty's sister Louise, who came up from Portsmouth.
"⟦d:b|Nan's sharper than any of us. She beat me at Scrabble last week with 'quixotic' on a triple word score,⟧" Kirsty said.
"⟦d:c|She cheats,⟧" Louise said. "⟦d:c|She keeps a dictionary under her cardigan.⟧"
"⟦d:a|I do not,⟧" said Mrs Ashcombe. "⟦d:a|It's a very small dictionary.⟧"
Her great-grandson Alfie, 9, read out a poem he had written for the occasion, which began: "⟦d:d|Nanny Dot is one hundred, she is older than the telly.⟧"
Asked what she wanted for her 101st, Mrs Ashcombe said: "⟦d:a|Another sherry. And for Louise to stop telling people I cheat.⟧"

### 019
@a Hamid Rahimi | the 49-year-old
@b Parisa | His daughter
@c Zahra Rahimi | his wife
@d Gwen Prothero | a volunteer with the Tal-y-Cefn Welcome Group
Hamid Rahimi used to teach mathematics at a boys' school in Herat. Now he stacks shelves on night shifts at a warehouse outside Tal-y-Cefn, and in the mornings, before he sleeps, he helps his daughter with her maths homework.
“⟦d:a|It is the same numbers. Only the country is different,⟧” the 49-year-old said, speaking in Dari through an interpreter.
The family — Mr Rahimi, his wife Zahra and their three children — arrived in Wales in 2022.
His daughter, Parisa, now 16, speaks English with a faint Valleys lilt and acts as the family's unofficial translator at the doctor's, the bank and parents' evening.
“⟦d:b|Sometimes my teachers say something bad about me and I translate it as something good,⟧” she said, grinning. “⟦d:b|Dad doesn't know. Now he will know.⟧”
Her father laughed when the remark was translated for him. “⟦d:a|I knew already,⟧” he said.
The word Parisa uses most when she talks about Tal-y-Cefn is “⟦s:-|khāna⟧” — home. “⟦d:b|At first it was just the place where we slept. Now it's khāna. I don't know when it changed,⟧” she said.
Zahra Rahimi, who was a midwife in Afghanistan, is studying for English exams so that she can eventually requalify.
“⟦d:c|Here I am a student again at 44. My teacher is 25. She is very strict,⟧” she said in English, slowly and carefully. “⟦d:c|It is good. I like to be a student.⟧”
Gwen Prothero, a volunteer with the Tal-y-Cefn Welcome Group, which found the family their first house, said the town had “⟦p:d|learned far more from them than they have from us⟧”.
“⟦d:d|Hamid sorted out the group's accounts in an afternoon. We'd been trying for three years,⟧” she said.

### 020
@a Rohan Wickramasinghe | The 36-year-old
@b Dilshan Peiris | the fast bowler
@c Harbour Counties Cricket Board | -
Rohan Wickramasinghe will walk out at Fenner Park on Thursday for the 112th and final time as a Test cricketer. He says he has not slept properly for a week.
“⟦d:a|I keep dreaming I've forgotten my pads. Fifteen years and I've never once forgotten my pads, but now, in the last week, apparently I'm worried about it,⟧” he said.
The 36-year-old announced his retirement in a short statement on Sunday, saying he wanted to leave “⟦p:a|while I can still get to the other end in time⟧”.
Speaking at length for the first time since, he described the decision as the hardest of his life.
“⟦d:a:m|I spoke to my father about it first. He's 74. He said to me, ‘You're asking me because you already know.’ And he was right, as usual.⟧
“⟦d:a:m|The body is fine. It's the head. Batting at this level is about wanting it more than the bowler on every single ball, and I noticed this summer that on some balls I didn't want it more. On some balls I was thinking about lunch.⟧
“⟦d:a|You can get away with that in club cricket. Not here.⟧”
His long-time team-mate Dilshan Peiris, the fast bowler, said the dressing room would feel strange without him.
“⟦d:b|He's the only batsman I've ever been scared of in the nets. I'm not joking. He used to hit me back past my ankles on purpose,⟧” Peiris said. “⟦d:b|It'll be very quiet without him. Quieter, anyway. He never stops singing.⟧”
The Harbour Counties Cricket Board said Wickramasinghe had been “⟦p:c|a model professional and an even better man⟧” and that a stand at Fenner Park would be named after him.
Asked what he would do next, Wickramasinghe laughed. “⟦d:a|My wife has a list. It's long. It starts with the gutters.⟧”

### 021
@r Ruby | -
@g - | My gran
@p - | A producer
Sixty seconds with Dominika Szabó-Reyes, presenter of the children's science show Fizz Lab, which returns for its tenth series next week.
Q: What's the best question a child has ever asked you?
A: A six-year-old called Ruby asked me, "⟦d:r|Where does the dark go in the morning?⟧" I still don't have a good answer.
Q: Worst experiment?
A: The volcano that worked too well. On set we just call it "⟦s:-|the Incident⟧". The floor manager still won't talk about it.
Q: Best advice you've been given?
A: My gran said, "⟦d:g|Never trust anyone who doesn't like custard.⟧" It has held up remarkably well.
Q: Do you have a catchphrase?
A: Apparently it's "⟦s:-|Stand back, science is happening⟧". I didn't choose it. A producer wrote it on a card in series one, with a note that said, "⟦d:p|Say this and look surprised.⟧" I've been saying it and looking surprised ever since.
Q: What would you be if you weren't a presenter?
A: A lighthouse keeper. Or a very bad chef.

### 022
@a Zainab Chaudhry | the chief executive of Brightwater Pay
@b Tobias Renner | Her head of communications
@c Brightwater Pay | -
@d - | one former employee
Zainab Chaudhry, the chief executive of Brightwater Pay, has chosen a dim sum restaurant on Ledger Lane with fluorescent lights and laminated menus. “⟦d:a|I don't trust restaurants with tablecloths,⟧” she says, sliding into a booth. “⟦d:a|You're paying for the laundry.⟧”
Her head of communications, Tobias Renner, sits at the next table, within earshot, with a notebook and a pot of jasmine tea.
Chaudhry, 39, founded the payments company in a spare bedroom in 2015. Last month it was valued at £2.1bn. I ask whether she feels rich.
“⟦d:a|I feel like someone who is about to be told off by her accountant. Which I am, every Friday,⟧” she says.
The conversation turns to the company's decision in January to cut 300 jobs, announced on a video call that one former employee described to me as “⟦p:d|eleven minutes of slides and a sad emoji⟧”.
“⟦d:a|That wasn't our best day. I've said that internally and I'll say it to you,⟧” Chaudhry says. “⟦d:a|We should have done it in person. We didn't because we were scared, frankly.⟧”
“⟦d:-|Scared of what?⟧” I ask.
Before she can answer, Renner leans over. “⟦d:b|I think Zainab's covered that one,⟧” he says pleasantly.
She waves him away. “⟦d:a|Scared of the room. Three hundred people who trusted you, in a room. It's easier on a screen, and that's exactly why you shouldn't do it on a screen.⟧”
Brightwater Pay later said in a statement that all affected staff had received “⟦p:c|enhanced redundancy terms⟧”.
We share a plate of custard buns. She eats three. “⟦d:a|Don't write that down,⟧” she says. I have.

### 023
@a Gerry Mulcahy | Host
@b Bernadette | -
@c Des | a taxi driver from Ballinroe
@d - | One listener
@e - | A council spokeswoman
Host Gerry Mulcahy has presented the late-morning phone-in on Radio Ballinroe for 22 years, and on Monday his switchboard lit up as soon as he asked a simple question: should the town's last public toilet close?
"⟦d:a|Lines are open, and judging by the lights in front of me, so are a lot of bladders,⟧" Mulcahy told listeners.
First on air was Bernadette, from Castlerigg, who said she had used the toilet on Bridge Street "⟦p:b|every market day since 1968⟧".
"⟦d:b|Where are we supposed to go, Gerry? The bank? The bank won't even let you in without an appointment,⟧" she said.
Des, a taxi driver from Ballinroe, took the council's side. "⟦d:c|I've been in there. With respect to Bernadette, it's not a toilet, it's a crime scene,⟧" he said.
"⟦d:a|Des, that's a strong word,⟧" Mulcahy said.
"⟦d:c|It's a strong smell, Gerry.⟧"
Ballinroe District Council says the toilet costs £38,000 a year to maintain and is used by fewer than 40 people a day. A council spokeswoman said it was "⟦p:e|exploring alternatives⟧", including a scheme under which cafés would open their facilities to the public.
One listener texted: "⟦d:d|Gerry, I'm in the car and I've had to pull over. Keep the toilet open.⟧"
Mulcahy read it out twice. "⟦d:a|I think that's the most important message we've had all year,⟧" he said.

### 024
@a Kingsley Addo | The unbeaten Hackton brawler
@v Dmitri Volkov | Russian-born champion
@b Mick Donnelly | his trainer
@c Kwame | his dad
KINGSLEY “⟦s:-|The Hammer⟧” Addo has vowed to “⟦p:a|put Volkov to sleep⟧” when he finally gets his shot at the European heavyweight crown next month.
The unbeaten Hackton brawler, 27, told us: “⟦d:a|I've waited three years for this. Three years of him ducking me, making excuses, hurting his little finger. Well, his little finger's better now, isn't it?⟧”
Russian-born champion Dmitri Volkov, 31, hit back on social media: “⟦d:v|Talk is cheap. See you in the ring, little hammer.⟧”
“⟦d:b|I've had this kid since he was eleven. He walked into my gym with his laces undone and a face like thunder, and I thought, this one's trouble,⟧” said his trainer, Mick Donnelly, 64. “⟦d:b|He's still trouble. Just now he's trouble for other people.⟧”
Kingsley Addo grew up on the Bellfield estate, where his dad, Kwame, still runs a barber's.
“⟦d:c|Everyone in the shop talks about the fight. Every haircut, same conversation,⟧” Kwame told us. “⟦d:c|I tell them my son is going to win, and then I'm going to close the shop for a week.⟧”
Asked if he worried about his son getting hurt, Kwame went quiet. “⟦d:c|Every fight. Every single fight. But I don't tell him that.⟧”
When he was told, Kingsley grinned: “⟦d:a|He just did, didn't he?⟧”

### 025
@a Eilidh Strachan | the 86-year-old
@b Morven | Her daughter
@c Skye | Morven's daughter
Eilidh Strachan delivered her first baby in 1961, by torchlight, in a croft house on the island of Sgeir Mhòr during a power cut. She has lost count of the ones that came after.
"⟦d:a|Somewhere over two thousand. I used to keep a list, and then I had a baby of my own and lost the list,⟧" says the 86-year-old.
Her daughter, Morven, followed her into midwifery in 1988. Last summer Morven's daughter, Skye, qualified at 22, making three generations of Strachan women on the Highland maternity register.
"⟦d:b|I swore I wouldn't. I watched Mum get called out on Christmas Day every single year. I was going to be an accountant,⟧" Morven said. "⟦d:b|Then I did a week's work experience on the ward and that was that.⟧"
"⟦d:c|Same,⟧" said Skye. "⟦d:c|Except I wanted to be a vet.⟧"
The three women disagree about almost everything to do with the job - gas and air, birth plans, the value of a good hot bath - except the thing that matters.
"⟦d:a|You listen to the woman. That's the whole of it,⟧" Eilidh said. "⟦d:a|The rest is machinery.⟧"
"⟦d:b|Mum says that as if the machinery hasn't saved thousands of lives,⟧" Morven said.
"⟦d:a|I didn't say it hadn't. I said it's not the whole of it.⟧"
Skye, who works night shifts at Inverfarr General, said she still rings her grandmother for advice. "⟦d:c|Not my mum. Mum just tells me to go to bed. Gran tells me what she'd have done in 1974.⟧"

### 026
@a Hana Dvořáková | the former paediatrician
@b Petr Sýkora | a former rowing coach
@c - | One woman at the bus stop
@d - | A man on a passing bicycle
@e Gordon Trask | the incumbent
It is 7.15am at the Millbrook Road bus stop, and Hana Dvořáková, who wants to be the next mayor of Kestrel Point, is handing out leaflets to people who would rather be asleep.
“⟦d:a|Good morning. I'm Hana. I'm running for mayor. You don't have to vote for me, but please take a leaflet, it's cold and I've got four hundred of them,⟧” she tells each commuter.
One woman at the bus stop takes a leaflet, reads it, and hands it back. “⟦d:c|You're the one who wants to close Harbour Road to cars,⟧” she says.
“⟦d:a|Only on Sundays,⟧” says the former paediatrician.
“⟦d:c|That's when I drive.⟧”
The exchange is fairly typical of a campaign in which Dvořáková has made traffic, air pollution and a planned waste incinerator the centre of her pitch. She is running against the incumbent, Gordon Trask, who has held the post for twelve years and has described her plans as “⟦p:e|a war on people who have jobs to get to⟧”.
Her campaign manager, Petr Sýkora, a former rowing coach, walks a few paces behind with a clipboard and a flask. “⟦d:b|She talks to everybody. It makes us late for everything, but people remember her,⟧” he says.
A man on a passing bicycle shouts “⟦d:d|Good luck, doctor!⟧” and nearly hits a bin.
“⟦d:a|One of my patients. Well, his daughter was,⟧” Dvořáková says. “⟦d:a|Twenty years of patients. That's my campaign, really. I've seen the inside of half the houses in this town.⟧”

### 027
@a Obi Nwachukwu | the singer
@b Fergus Doyle | the guitarist
@c Santiago Reyes | the drummer
@d Wil Pritchard | Bassist
Interviewing the Lamplighters is like trying to take notes at a family dinner. All four of them talk at once, and none of them finishes a sentence that another can finish for him.
"⟦d:a|We're not a democracy,⟧" says Obi Nwachukwu, the singer.
"⟦d:b|We're absolutely a democracy,⟧" says Fergus Doyle, the guitarist. "⟦d:b|It's just that Obi has four votes.⟧"
"⟦d:c|I don't get a vote,⟧" says the drummer, Santiago Reyes. "⟦d:c|I get a sandwich.⟧"
The band's third album, "⟦s:-|Low Tide Anthems⟧", is out on Friday. It was recorded in eleven days in a converted chapel near Llanvarrow, and its lead single, "⟦s:-|Nobody Drives Like Your Father⟧", has already been streamed more than 30 million times.
"⟦d:a|That song is about my dad, who is a terrible driver,⟧" Nwachukwu says. "⟦d:a|He thinks it's a compliment. We've never corrected him.⟧"
Bassist Wil Pritchard has been sitting in the corner eating crisps. I ask him what the album is about.
"⟦d:d|Getting older,⟧" he says, after a long pause. "⟦d:d|And chapels are cold.⟧"
"⟦d:b|That's the best answer anyone's given all week,⟧" Doyle says.
"⟦d:-|Is it true you nearly split up last year?⟧" I ask. There is a silence of a kind I have not heard from them before.
"⟦d:c|Nearly is a big word,⟧" Reyes says eventually.
"⟦d:a|It's the right word,⟧" Nwachukwu says. "⟦d:a|We were tired and we'd stopped listening to each other. Then Wil's mum got ill and we all went up to see her, and we sat in her kitchen for two days, and it sort of reset us.⟧"
Pritchard nods. He says nothing else for the rest of the interview.

### 028
@a Leah Morcombe | a former local newspaper reporter
@b Nadia Haddad | Her co-host
@c Colin Ferrers | a retired detective inspector who worked on the original investigation
@d Holdenshire Police | -
The true-crime podcast “⟦s:-|Cold Marsh⟧” has gone to number one in the download charts with its investigation into the 1989 disappearance of 17-year-old Carys Vane from a bus shelter in Holmby Marsh.
Its host, Leah Morcombe, a former local newspaper reporter, grew up two streets from the Vane family. “⟦d:a|Everyone of my mum's generation has a theory. I wanted to know if any of them were true,⟧” she says in the first episode.
Her co-host, Nadia Haddad, plays the sceptic. In episode four, after a long segment on a reported sighting of Carys at a petrol station two days after she vanished, Haddad cuts in: “⟦d:b|Leah, that woman also said she saw Elvis in the garden centre.⟧”
“⟦d:a|That was a different woman.⟧”
“⟦d:b|Was it, though?⟧”
The series' most striking moments come from Colin Ferrers, a retired detective inspector who worked on the original investigation and has never spoken publicly about it before.
“⟦d:c:m|We got things wrong. I'll say that plainly. We spent the first week treating it as a runaway, because she'd run away before, and by the time we took it seriously the trail had gone cold.⟧
“⟦d:c|I think about that week more than anything else in my career. I've got granddaughters that age now.⟧”
Holdenshire Police said in a statement that the case remained open and that it would “⟦p:d|carefully review⟧” any new information arising from the podcast.
Morcombe says the family have given the series their blessing. “⟦d:a|Carys's sister told me, ‘Just don't turn her into a story.’ I think about that every time I press record.⟧”

### 029
@a Lior Ben-Ami | the 22-year-old
@b Kofi Mensah-Boateng | His relay team-mate
@c Anneke de Witt | National head coach
SANDRIDGE, July 18 (NWS) - Lior Ben-Ami said he "⟦p:a|couldn't see the wall⟧" on his final length after his goggles filled with water, but he still touched first in the 200 metres butterfly at the Pan-Coastal Championships on Thursday.
"⟦d:a|I was swimming by memory. I counted strokes like a child,⟧" the 22-year-old told reporters in the mixed zone, water still dripping from his cap. "⟦d:a|Fourteen, fifteen, wall. I just hoped the wall was where I left it.⟧"
Ben-Ami's time of one minute 53.40 seconds was a championship record. His relay team-mate Kofi Mensah-Boateng, who finished fifth, said he had watched the final length on the big screen "⟦p:b|with my hands over my eyes⟧".
"⟦d:b|He was going sideways. Honestly, he was heading for lane six,⟧" Mensah-Boateng said. "⟦d:b|Then he straightens up at the last second like a torpedo. Only Lior.⟧"
National head coach Anneke de Witt said the team would check all its equipment before Saturday's relays. "⟦d:c|Goggles are a very small thing until they aren't,⟧" she said.
Asked whether he would change brands, Ben-Ami shrugged. "⟦d:a|These are my lucky goggles. They just had a bad day. Like me in the heats.⟧"

### 030
@a Bill Treloar | -
@b Graham | His son
@c Josh | Graham's son
@d - | A spokesperson for the company
The pond at Trewithen Farm has been dry since June. Bill Treloar, 81, walks out to it most evenings anyway, leaning on a stick cut from the hedge.
“⟦d:a|My father dug it in 1947. I've never seen the bottom of it before this year. There's a pram down there. Nobody knows whose,⟧” he says.
The Treloars have farmed 340 acres of beef and barley on the edge of Hensbury Moor for four generations. His son, Graham, 54, now runs the farm, and Graham's son, Josh, 26, came home from agricultural college three years ago with what his father calls “⟦p:b|a laptop full of ideas⟧”.
“⟦d:b|Some of them are good. I'll admit that much,⟧” Graham says. “⟦d:b|The drone was not one of them.⟧”
“⟦d:c|The drone was fine. You flew it into the silo,⟧” Josh says.
This summer has been the driest on record in the county, and the family has sold a third of the herd because it cannot grow enough grass to feed them through the winter. Graham made the decision.
“⟦d:b:m|You don't sell cattle you've bred for twenty years because you want to. You sell them because you've done the sums at two in the morning and there's no other answer.⟧
“⟦d:b|Dad went out to the lorry and said goodbye to every one of them. I couldn't watch.⟧”
Bill says only: “⟦d:a|They were good cattle.⟧”
Josh wants to plant trees along the stream, dig a bigger reservoir and put solar panels on the barn roof. His grandfather thinks the trees are a good idea. His father is less sure.
“⟦d:c|Grandad's more modern than Dad, that's the funny thing,⟧” Josh says. “⟦d:c|He's seen more weather.⟧”
Southmoor Water said a hosepipe ban would stay in place until at least October. A spokesperson for the company said farmers were “⟦p:d|a key part of our drought planning⟧”.

### 031
@a Solveig Haugland | a former veterinary nurse
@b - | One reviewer
@c Marit | Her sister
Solveig Haugland wrote most of her memoir at the kitchen table of the farmhouse where it is set, which, she admits, was «⟦p:a|probably a mistake⟧».
«⟦d:a|Every time I looked up, there was the stove my father threw my brother against,⟧» she says. «⟦d:a|It's a very good stove. It still works. That's the kind of thing that makes you want to scream.⟧»
The book, «⟦s:-|Winter Milk⟧», has sold more than 80,000 copies in Norway and is published in English this month. One reviewer called it «⟦p:b|a brutal book written with terrible tenderness⟧».
Its first line is already among the most quoted in recent Scandinavian writing: «⟦d:a|My father loved the cows more than he loved us, and he was right to, because the cows never lied to him.⟧»
Haugland, 58, a former veterinary nurse, says she did not set out to write about her family.
«⟦d:a|I set out to write about the cows. The family kept walking into the barn.⟧»
Her sister Marit, who still lives in the valley, has read the book once.
«⟦d:c|Once was enough,⟧» Marit says when I call her. «⟦d:c|It's all true. That's the problem with it. I wanted at least one thing to be wrong so I could be angry with her.⟧»
I ask Haugland whether her brother has read it. She shakes her head. «⟦d:a|He says he's waiting for the film. He wants to see who they get to play him.⟧»
«⟦d:-|And who would you get?⟧»
«⟦d:a|Someone very handsome. He'd like that. It would be my apology.⟧»

### 032
@a Shannon Reilly | -
@b Tara | Shannon's sister
@r - | the rep
@c - | A spokesman for Coastway Holidays
A MUM-of-three has described her family's dream getaway as a “⟦p:a|holiday from hell⟧” after their hotel turned out to be a building site.
Shannon Reilly, 34, from Cadbury Fields, paid £4,200 for a week at the four-star Villa Solana on the Costa Verdara, only to find no pool, no restaurant and a cement mixer under their balcony.
“⟦d:a|The kids were in tears. My youngest asked if we were on holiday or at Grandad's allotment,⟧” said Shannon.
Shannon's sister Tara, 31, who went on the trip with her own two children, said the brochure had been “⟦p:b|a work of fiction⟧”.
“⟦d:b|There was a photo of a lovely pool with people on sunbeds. When we got there, the pool was a hole with a digger in it,⟧” she fumed.
“⟦d:b|We had builders shouting at 7am every day. One of them waved at me in the shower. Through the window! There was no glass!⟧”
The sisters say they complained to the rep on the first day but were told to “⟦p:r|enjoy the beach⟧”.
A spokesman for Coastway Holidays said: “⟦d:c|We are very sorry that Ms Reilly's stay did not meet expectations. Unforeseen construction work was taking place and we are in contact with the family regarding compensation.⟧”
Shannon said: “⟦d:a|Compensation? I want my week back. You can't give me my week back.⟧”

### 033
@a Constance Mbatha-Rowe | The former appeal court judge
@b Piet Rowe | a retired architect
The former appeal court judge Constance Mbatha-Rowe keeps her wig in a biscuit tin on top of the wardrobe. "⟦d:a|I'm told I ought to have it framed. I'd rather keep biscuits in it,⟧" she says.
We are in the garden of her house in Pellingford, where she has lived since retiring last year after 31 years on the bench, the last eight of them in the Court of Appeal.
I ask her about the judgment that made her name, in 2004, when she ruled that a council had acted unlawfully in evicting a family of Travellers in the middle of winter. One line from it is still quoted in law schools: "⟦d:a|The law does not stop at the edge of a field, and nor does the duty to be decent.⟧"
"⟦d:a|I wrote that at two in the morning. I nearly took it out,⟧" she says. "⟦d:a|My clerk told me it was too pretty. She was probably right.⟧"
"⟦d:-|Do you regret anything?⟧" I ask.
She takes a long time to answer. "⟦d:a:m|There was a young man in 1997. I sent him to prison for four years and I was correct in law. I have no doubt about that.⟧
"⟦d:a|But I've thought about him every year since. I don't know what happened to him. I sometimes think I'd like to find out, and then I think that's my vanity talking.⟧"
Her husband, Piet Rowe, a retired architect, brings out tea and a plate of rusks. "⟦d:b|She won't tell you this, but she cried at her leaving do,⟧" he says.
"⟦d:a|I had a cold.⟧"
"⟦d:b|She had a cold for two hours.⟧"

### 034
@a Bartholomew Agyeman-Stokes | weather presenter
@m - | A man
@p Lesley Carmichael | My producer
The questionnaire: Bartholomew Agyeman-Stokes, 63, weather presenter
**What is your idea of perfect happiness?**
A rainy Tuesday with nothing in the diary.
**What is your greatest fear?**
Being remembered only for the night I said “⟦p:a|a spot of light drizzle⟧” and the Holm Valley flooded.
**Which living person do you most admire?**
My mother, who is 91 and still tells me when I've got the isobars wrong.
**What is the worst thing anyone has said to you?**
A man stopped me in a supermarket and said, “⟦d:m|You ruined my daughter's wedding.⟧” He'd booked a marquee on my advice.
**What is your most treasured possession?**
A barometer my father bought in 1962. The needle has pointed at “⟦s:-|Change⟧” for about thirty years.
**What is the best advice you've been given?**
My producer, Lesley Carmichael, told me on my first day, “⟦d:p|Bart, nobody has ever been sacked for forecasting rain.⟧” She was right, and I have forecast a great deal of rain.
**How would you like to be remembered?**
As a man who was mostly right about Thursdays.

### 035
@a Dev Malhotra | presenter
@b Bronwen Pughe | the headteacher of Highcliffe Road Primary
@c - | One parent
@d Carnmoor County Council | -
The headteacher of a primary school that will close in July has said she is “⟦p:b|heartbroken but not surprised⟧” by the decision.
Speaking to presenter Dev Malhotra on Radio Carnmoor's breakfast show, Bronwen Pughe, the headteacher of Highcliffe Road Primary, said falling pupil numbers had made the school “⟦p:b|impossible to sustain⟧”.
“⟦d:a|Mrs Pughe, how did you tell the children?⟧” Malhotra asked.
“⟦d:b|Honestly? Badly. I'd written a little speech and I got about two lines into it before one of the Year Twos put her hand up and asked if the guinea pigs were coming too,⟧” she said.
“⟦d:a|And are they?⟧”
“⟦d:b|The guinea pigs are coming with me. That's non-negotiable.⟧”
Highcliffe Road has 61 pupils on roll in a building designed for 210. Carnmoor County Council said the closure would “⟦p:d|secure a better future⟧” for the children, who will transfer to Westgate Primary, two miles away.
One parent messaged the programme during the interview: “⟦d:c|My son's been there since nursery. Two miles is nothing on a map. It's a lot at 8am with three kids and no car.⟧”
Mrs Pughe said she understood that anger. “⟦d:b|I'd be angry too. I am angry, a bit. But I'm not going to stand in the playground being angry in front of them. They take their cue from us.⟧”

### 036
@a Mattias Lindqvist | the Swede
@b Rosalind Achterberg | Team principal
@c Varga Racing | -
@d Hugo Ferreira-Lamb | Lindqvist's team-mate
PORTO CELESTE, Sept 22 (NWS) - Mattias Lindqvist accused his own team of "⟦p:a|throwing away⟧" a certain podium at the Porto Celeste Grand Prix on Sunday after a botched pit stop dropped him from second to seventh.
"⟦d:a|We had the car, we had the tyres, we had everything. And then we had a wheel that didn't want to go on,⟧" the Swede said over the team radio moments after the chequered flag. "⟦d:a|Unbelievable. Un-be-lievable.⟧"
Team principal Rosalind Achterberg later said she understood his frustration. "⟦d:b|Mattias is a racer. If he wasn't angry, I'd be worried,⟧" she said. "⟦d:b|We let him down today. The crew knows it, I know it. We'll fix it.⟧"
Lindqvist's team-mate, Hugo Ferreira-Lamb, who finished fourth after being waved past, said he felt "⟦p:d|a bit awkward⟧" about the result.
"⟦d:d|It's not how you want to pick up points. I'll buy the boys in the garage a beer, but I'll buy Mattias two,⟧" he said.
Varga Racing said in a statement that a "⟦p:c|cross-threaded wheel nut⟧" had been to blame.
By the evening, Lindqvist had calmed down. "⟦d:a|I said some things on the radio. Some of them I meant,⟧" he told reporters. "⟦d:a|We win together, we lose together. Today we lost together, in about nine seconds.⟧"

### 037
@a Ama Owusu-Clarke | the painter
@b Jun Takeda | Her studio assistant
@c - | her dealer
@e Halloway Gallery | The gallery
Ama Owusu-Clarke's studio is a former tyre depot on an industrial estate on the edge of Ribbleford, and it still smells faintly of rubber. She says she stopped noticing years ago.
“⟦d:a|Visitors notice. I'll only notice when it stops,⟧” the painter says. “⟦d:a|The day it stops smelling of tyres, I'll have to move. It'll mean something's wrong.⟧”
Her paintings — huge, wet-looking canvases of swimming pools at night — sell for six figures, and the waiting list is, according to her dealer, “⟦p:c|not something we discuss⟧”.
Her studio assistant, Jun Takeda, mixes the blues. There are 43 of them, in labelled jam jars on a trestle table.
“⟦d:b|She'll say ‘the one from Tuesday, but sadder’, and I'll know exactly which one she means,⟧” Takeda says. “⟦d:b|It took me two years.⟧”
“⟦d:a|Two and a half,⟧” Owusu-Clarke says.
Her mother, a retired seamstress who came to Britain from Kumasi in 1971, taught her to draw by sketching dress patterns on the backs of envelopes.
“⟦d:a|She used to say, ‘Measure twice, cut once, and never cut on a Sunday.’ I still don't paint on Sundays. I don't know why. I'm not religious. Neither is she,⟧” Owusu-Clarke says.
A series of twelve new paintings opens at the Halloway Gallery on Friday. The gallery said it expected the show to be “⟦p:e|the most significant of her career so far⟧”.
I ask what the pools mean. She laughs. “⟦d:a|Everyone asks that. They're pools. At night. I can't swim.⟧”

### 038
@a Rajesh Patel | -
@b Sunil | his brother
@c Kamala Patel | Their mother
@d Doreen Haskins | Regular customer
For 30 years, the sign above Patel & Sons on Tannery Lane has read "⟦s:-|Repairs While U Wait⟧", and Rajesh Patel says customers have taken it literally for all of them.
"⟦d:a|People sit in the office for four hours watching us change a clutch. We had to buy a second kettle,⟧" said Rajesh, 58.
Rajesh and his brother, Sunil, 55, took over the garage from their father, Mahesh, in 1995. On Saturday they will hand the keys to a national chain and retire.
"⟦d:b|I'll miss the customers. I won't miss the cold. You can't feel your fingers in February,⟧" Sunil said. "⟦d:b|Rajesh says he'll miss the cold. He's lying.⟧"
"⟦d:a|I'm not lying. I like the cold. It keeps you awake,⟧" Rajesh said.
Their mother, Kamala Patel, 81, still does the garage's books on Thursday afternoons, with a ledger and a calculator she has refused to replace since 1988.
"⟦d:c|Their father would be very proud. Also very annoyed, because they are selling to the chain he hated,⟧" she said. "⟦d:c|But he is not here, so he doesn't get a vote.⟧"
Regular customer Doreen Haskins, 77, brought the brothers a lemon cake on Thursday. "⟦d:d|They've kept my little car going since 1999. I don't know what I'll do now. I might have to learn about engines,⟧" she said.
Asked what they planned to do in retirement, the brothers looked at each other. "⟦d:b|Fishing,⟧" said Sunil. "⟦d:a|Not fishing,⟧" said Rajesh.

### 039
@a Mairéad Ní Bhriain | -
@b Clodagh | her niece
@c Carrowmore Herald | -
@d Fergal Tierney | The councillor who negotiated the deal
In 1976, the Carrowmore Herald described Mairéad Ní Bhriain as “⟦p:c|a tiresome young woman with a megaphone⟧”. She has the clipping framed above her kettle.
“⟦d:a|I read it every morning. It's better than coffee,⟧” says Ní Bhriain, who is 84 and has spent six decades campaigning on everything from school meals to the closure of the Carrowmore psychiatric hospital.
The megaphone lives in the hall cupboard. It still works. When her niece Clodagh, 40, borrowed it for a climate march in 2019, she came back, Ní Bhriain says, “⟦p:a|a changed woman⟧”.
“⟦d:b|I'd never been listened to like that. It's a very persuasive object,⟧” Clodagh says.
Ní Bhriain's most famous campaign, a fourteen-week sit-in at the county offices in 1981, ended when the council agreed to fund a women's refuge. The councillor who negotiated the deal, Fergal Tierney, now 88, remembers her as “⟦p:d|the most exhausting person I have ever met, and I've met bishops⟧”.
“⟦d:d|She'd come in every morning with a flask of tea and a list. Every morning, a new list,⟧” he says. “⟦d:d|In the end we gave her the refuge to get some peace. Best decision I ever made.⟧”
Ní Bhriain laughs when this is put to her. “⟦d:a|He's telling it as if he had a choice.⟧”
I ask what she is campaigning for now.
“⟦d:a:m|Benches. There isn't a bench on the Main Street. An old woman can't walk from the chemist to the post office without sitting down, and there's nowhere to sit, so she stays at home.⟧
“⟦d:a|That's how you lose a town. Not all at once. One bench at a time.⟧”

### 040
@a Nguyen Lan Anh | -
@b Pham Thu Ha | an accountant who taught her the moves at five
@c Borys Tkachenko | Grandmaster
Nguyen Lan Anh is eleven, likes horses and the colour purple, and last month became the youngest player ever to win the Estuary Open chess tournament, beating three grandmasters on the way.
"⟦d:a|The last game was boring. He just wanted a draw and I didn't let him,⟧" she said, swinging her legs from a chair that was too high for her.
Her mother, Pham Thu Ha, an accountant who taught her the moves at five, sat beside her, occasionally correcting her English.
"⟦d:b|She learned faster than I could teach. After three months I had nothing left to teach her,⟧" Ms Pham said. "⟦d:b|After six months she stopped letting me win.⟧"
"⟦d:a|You never let me win,⟧" Lan Anh said.
"⟦d:b|I did, at the beginning. You just didn't notice.⟧"
Grandmaster Borys Tkachenko, who coaches her twice a week by video link from Lviv, said she was unlike any pupil he had taught.
"⟦d:c|She doesn't play like a child. She doesn't play like an adult either. She plays like someone who is curious about what happens next,⟧" he said. "⟦d:c|That you cannot teach.⟧"
I asked Lan Anh what she wanted to be when she grew up. "⟦d:a|A vet,⟧" she said at once. "⟦d:a|Chess is just for now.⟧"

### 041
@a Precious Moyo | the ward sister
@b Joanne | -
@c Marisa | -
@d - | One patient
At 3am on Ward 9 at Kellington General the lights are dimmed, the corridors smell of toast, and the ward sister, Precious Moyo, is eating a yoghurt standing up.
“⟦d:a|This is lunch. Or breakfast. I stopped knowing which a long time ago,⟧” she says.
Moyo has worked nights for fourteen years. With her tonight are two staff nurses, Joanne and Marisa, and a healthcare assistant who has been on the ward for three days.
Joanne has been on Ward 9 for nine years; Marisa, who came from Manila in 2016, for six. They finish each other's sentences and each other's tea.
“⟦d:b|Nights are different. Nights are when people tell you things,⟧” Joanne says. “⟦d:b|Someone who's been polite all day will grab your hand at four in the morning and tell you they're scared.⟧”
“⟦d:c|Or they tell you about their first wife,⟧” Marisa adds. “⟦d:c|Always the first wife. Never the second.⟧”
A buzzer goes. Marisa is gone before it has finished.
Moyo says staffing is the hardest part. “⟦d:a|Two nurses for twenty-eight patients is not safe. I've put that in writing so many times my manager has a folder,⟧” she says. “⟦d:a|I'll keep saying it.⟧”
At half past four, a man in bed 12 who has been confused all night calls Joanne by his daughter's name. She answers to it.
“⟦d:b|It doesn't cost me anything. It makes him feel better,⟧” she says afterwards.
One patient, recovering from a hip operation, says: “⟦d:d|They're angels. Tired angels. Somebody should give them a sit-down.⟧”

### 042
@x Tendai Chikwanha | the leader of the Civic Renewal Party
@y - | The Chancellor
@z Simon Lacey | Your former business partner
Below is an edited transcript of Sunday's interview between Hollis Grant (HG) and the leader of the Civic Renewal Party, Tendai Chikwanha (TC).
HG: Last week you said your opponents were "⟦p:x|asleep at the wheel⟧". That was about the economy?
TC: It was about the economy, yes, and I stand by it.
HG: The Chancellor replied that you had "⟦p:y|never driven anything bigger than a press release⟧".
TC: That's a good line. I wish I'd written it. But I'd point out that I ran a haulage company for eleven years, so I've driven quite a lot of things bigger than a press release.
HG: Let's talk about the haulage company. Your former business partner, Simon Lacey, told this programme on Tuesday: "⟦d:z|Tendai was a brilliant salesman and a terrible manager.⟧" Is he right?
TC: Simon and I fell out. He's entitled to his view. I'd say I was a decent manager and a brilliant salesman, so we agree on half of it.
HG: The half you like.
TC: That's usually how agreement works, isn't it?

### 043
@a Gaz Whitmore | -
@b Dele Ogunbiyi | -
@c Ryan Castell | their former captain
When two retired centre-halves start a podcast, you would expect the conversation to be mostly about referees. "⟦s:-|Back Four⟧", hosted by former Dockside United team-mates Gaz Whitmore and Dele Ogunbiyi, is about referees roughly a third of the time. The rest is about food, fatherhood and what happens to a footballer when the football stops.
"⟦d:a|Nobody tells you. You're 34, you've been told where to be every day since you were nine, and then one Monday nobody rings,⟧" Whitmore said on a recent episode. "⟦d:a|I sat in the car outside the training ground for an hour. I didn't even know why.⟧"
"⟦d:b|You rang me,⟧" Ogunbiyi reminded him.
"⟦d:a|I did ring you. You didn't answer.⟧"
"⟦d:b|I was sitting in my car outside a different training ground.⟧"
The show, which the pair record in Ogunbiyi's loft, has built an audience of about 150,000 listeners a week, many of them, Ogunbiyi says, "⟦p:b|blokes in their forties who never talk about anything⟧".
This week's guest was their former captain, Ryan Castell, who spoke for the first time about the gambling addiction that cost him his house.
"⟦d:c|I lost it in the bookies at the end of my road, one afternoon at a time. Nobody took it off me. I handed it over,⟧" Castell said.
"⟦d:b|Why now? Why talk about it now?⟧" Ogunbiyi asked him.
"⟦d:c|Because you two asked. Nobody else ever did.⟧"

### 044
@a Sione Taufa | the Crestmoor flanker
@b Mele | his wife
@c Hannah Brierley | The club physio
Fourteen months ago, Sione Taufa lay on the turf at Ashgrove Park with his left knee pointing in a direction knees are not meant to point. On Saturday, the Crestmoor flanker is expected to start against Penhallow for the first time since.
“⟦d:a|I heard it go. Like a stick snapping in the bush,⟧” Taufa says. “⟦d:a|I looked at it and I thought, that's my career. And then I thought, I hope nobody's filming this, because it'll be on the big screen.⟧”
There were three operations, and weeks when, his wife Mele says, he did not leave the sofa.
“⟦d:b|He's a big happy man. For about three months he was a big sad man, and the house felt very small,⟧” she says. “⟦d:b|Our little one used to bring him her teddy every morning. She thought it would help. I think it did.⟧”
The club physio, Hannah Brierley, has overseen every stage of his rehabilitation. She calls him “⟦p:c|the most annoying patient I've ever had, in the best way⟧”.
“⟦d:c|He wanted to run at four weeks. I told him if he ran I'd break his other leg,⟧” Brierley says. “⟦d:c|He did the exercises. Every single one, every single day. That's rarer than you'd think.⟧”
Taufa credits his faith, his family and “⟦p:a|a very large number of ice packs⟧”.
“⟦d:a|I'm not going to cry on Saturday,⟧” he says. “⟦d:a|Mele's going to cry. I'll just play.⟧”

### 045
@a Oksana Melnyk | the designer
@b - | her mother
@c Colette Ambrose | The owner
Oksana Melnyk's phone rings four times before the bread arrives. Each time she glances at it, turns it face down and apologises.
"⟦d:a|My mother. She wants to know if I'm eating,⟧" the designer says. "⟦d:a|I'm forty-three years old, I have a company with two hundred employees, and she wants to know if I'm eating.⟧"
We are at Colette's, a twelve-table bistro on Hesketh Mews that Melnyk has been coming to since she was "⟦p:a|a poor student with one good coat⟧". The owner, Colette Ambrose, kisses her on both cheeks and brings a plate of radishes without being asked.
"⟦d:c|She used to make one glass of wine last three hours. I gave her the bread for free. Now she pays for everything, and she still only has one glass,⟧" Ambrose says.
On the fifth call from her mother, Melnyk answers. The conversation, in Ukrainian, lasts about forty seconds. She hangs up and translates: "⟦d:b|She says I should order the fish because I look pale.⟧"
"⟦d:-|Do you?⟧" I ask.
"⟦d:a|I always look pale. I'm from Chernihiv. We're born pale.⟧" She orders the fish.
I ask about reports that a luxury group has offered to buy the label. "⟦d:a|Everybody wants to buy it. I don't want to sell it. That's the whole story,⟧" she says, then adds: "⟦d:a|Don't write 'everybody'. Write 'some people'.⟧"

### 046
@a Ravi Subramaniam | Commander
@b Amelia | -
@c Oskar | -
@d Denise Kolawole | Head teacher
Pupils at Fernhill Primary in Stonebury got the chance to quiz an astronaut on Tuesday, when Commander Ravi Subramaniam answered their questions live from the orbiting Helios research station.
The link-up lasted eleven minutes, during which the station travelled roughly from Iceland to the Indian Ocean.
Amelia, 10, asked the first question: ``⟦d:b|What do you miss most about Earth?⟧''
``⟦d:a|Rain,⟧'' Commander Subramaniam said, after a delay of a couple of seconds. ``⟦d:a|And my mum's cooking. But mostly rain. You don't realise how nice it is to be rained on until you can't be.⟧''
Oskar, 9, asked: ``⟦d:c|What happens if you sneeze?⟧''
``⟦d:a|It goes everywhere,⟧'' the astronaut said. ``⟦d:a|Everywhere. We have a lot of wipes.⟧''
The hall erupted when he did a slow somersault in front of the camera.
Head teacher Denise Kolawole said the children had been preparing questions since September. ``⟦d:d|We had over three hundred. We had to have a vote,⟧'' she said. ``⟦d:d|Some of them will remember this for the rest of their lives. I know I will.⟧''
Signing off, Commander Subramaniam told the children: ``⟦d:a|Work hard, be kind, and look up.⟧''

### 047
@a Gary Pemberton | -
@b Lorraine | His wife
@c Jackie | Lorraine's sister
A BIN man and his dinner-lady wife who scooped £6.3million on the lottery have vowed to stay put in their two-bed terrace.
Gary Pemberton, 56, checked his ticket on his phone during his tea break on Wednesday and thought he had “⟦p:a|gone doolally⟧”.
“⟦d:a|I showed the lads in the cab. Nobody said anything for about a minute. Then Terry said, ‘Does this mean you're not coming in tomorrow?’⟧” he said.
His wife Lorraine, 54, was at work at Carver Street Primary when he rang.
“⟦d:b|He said, ‘Sit down.’ I said, ‘I'm doing the custard, Gary, I can't sit down.’ So I found out standing up, holding a ladle,⟧” she said.
Lorraine's sister Jackie, who has lived next door to the couple for 25 years, heard the scream through the wall.
“⟦d:c|I thought he'd fallen off the ladder again. Then she came round in her tabard, crying, and I thought somebody had died,⟧” Jackie said.
Lorraine says they will pay off their children's mortgages, buy a caravan and “⟦p:b|finally get the boiler seen to⟧”.
But there will be no mansion. “⟦d:a|Where would we go? All our mates are here. The chippy's here,⟧” Gary said. “⟦d:a|I'll probably even go back on the bins. Lorraine says I'll be bored in a week.⟧”
“⟦d:b|A day,⟧” Lorraine said. “⟦d:b|He'll be bored in a day.⟧”

### 048
@a Bożena Wilk | a former schoolteacher from Gdynia
@b Rui Valadares | The author
Bożena Wilk has translated seventeen novels from Portuguese into Polish and, more recently, into English, and she says she has never once been satisfied with a first sentence.
«⟦d:a|The first sentence is a door. If it sticks, nobody comes in,⟧» says Wilk, a former schoolteacher from Gdynia. «⟦d:a|I rewrote the first line of ‘The Quiet Harbour’ forty times. The author thought I was mad.⟧»
The author, Rui Valadares, agrees. «⟦d:b|She sent me an email at three in the morning asking whether the seagull in the first paragraph was male or female. I had not thought about it. I still have not,⟧» he said by phone from Lisbon.
Wilk keeps a notebook of phrases she considers untranslatable. Her favourite is Polish: «⟦s:-|nie mój cyrk, nie moje małpy⟧» — literally, «⟦s:-|not my circus, not my monkeys⟧».
«⟦d:a|Now everybody in England says this, so I suppose it is translatable after all. I'm very annoyed about it,⟧» she says.
When I ask her to describe her job in one sentence, she answers first in Polish, «⟦d:a|Jestem mostem, po którym wszyscy chodzą⟧», and then in English: «⟦d:a|I am a bridge that everybody walks on.⟧»
«⟦d:-|Do you mind that?⟧»
«⟦d:a|No. Bridges are very important. Nobody notices them until they fall down.⟧»

### 049
@a Kwesi Asante | the 25-year-old
@b Marlon Fenwick | his producer and childhood friend
@t - | a geography teacher
@c Abena | His mother
Kwesi Asante, better known as "⟦s:-|K-Tide⟧", is apologising for the state of his flat. There are three keyboards on the sofa, a drum machine on the kitchen counter and, on the floor, a tub of his mum's jollof in a freezer bag she dropped off that morning.
"⟦d:a|She still thinks I don't eat. I eat. I just eat at weird times,⟧" the 25-year-old says.
His debut album, "⟦s:-|Eastside Saturdays⟧", went top five in March, the first release by an artist from the Wharfside estate to chart. He made most of it in this room with his producer and childhood friend, Marlon Fenwick.
"⟦d:b|We met in Year Seven because we both got detention for drumming on desks. Literally the same detention. Same desk, actually,⟧" Fenwick says.
"⟦d:a|His desk. I was just visiting,⟧" Asante says.
The album's standout track, "⟦s:-|Letter to Sir⟧", is about a geography teacher. At 14, Asante says, the teacher told him he would "⟦p:t|end up nowhere⟧".
"⟦d:a:m|I'm not angry with him. I was, for years. Now I kind of want to thank him. Every time I wanted to give up, I heard his voice.⟧
"⟦d:a|I sent him the track. He hasn't replied. Maybe he's at a festival.⟧"
His mother, Abena, who works as a hospital cleaner, has heard the album "⟦p:c|about nine hundred times⟧", she says by phone. "⟦d:c|I don't understand all the words. Some of them I don't want to understand,⟧" she says, laughing. "⟦d:c|But I know he's telling the truth. He was never a good liar.⟧"

### 050
@a Clive Rennard | -
@b Tariq Hussain | a secondary school teacher who took on plot 15 last spring
@c Malcolm Dwyer | chairman of the Orchard Lane Allotment Society
A row over a shed has split the Orchard Lane allotments in two, with one plot-holder accusing another of “⟦p:a|architectural aggression⟧”.
Clive Rennard, 71, who has tended plot 14 since 1989, says the new shed on neighbouring plot 15 is “⟦p:a|the size of a bungalow⟧” and blocks the afternoon sun from his runner beans.
“⟦d:a|I've grown beans on that plot for thirty-five years. This year they're pale. They look like they've seen a ghost,⟧” he said.
Tariq Hussain, 44, a secondary school teacher who took on plot 15 last spring, insists the shed is within the society's rules.
“⟦d:b|It's eight foot by six. I measured it twice. I measured it a third time with Clive watching,⟧” he said. “⟦d:b|He's put a sign up about it.⟧”
The sign, handwritten on a piece of plywood and cable-tied to the boundary fence, reads: “⟦s:-|THIS SHED IS A DISGRACE⟧”.
Malcolm Dwyer, chairman of the Orchard Lane Allotment Society, said the committee would meet next week.
“⟦d:c|In forty years I've dealt with stolen marrows, a runaway goat and a fire. Never a shed,⟧” he said. “⟦d:c|We'll sort it out. We always do. Usually with cake.⟧”
Mr Hussain said he had offered to help Mr Rennard move his bean canes. “⟦d:b|He said no. Then he said maybe. I'm counting that as progress.⟧”
Mr Rennard was unmoved. “⟦d:a|Maybe means maybe.⟧”

### 051
@a Théo Marchetti | the 23-year-old
@b Jonas Vik | his team-mate
@c Ilse Vermeulen | The team's directeur sportif
COL DE VAURENNE — Théo Marchetti crossed the line at the top of the Col de Vaurenne with his arms spread wide and his mouth open, and then, by his own account, «⟦p:a|forgot how to stop the bike⟧».
«⟦d:a|I went into the barriers. A soigneur caught me. I think I kissed him. I'm not sure,⟧» the 23-year-old said after winning the 14th stage of the Tour de Vérane, his first victory as a professional.
Marchetti attacked with four kilometres left, after his team-mate Jonas Vik had set a punishing pace on the lower slopes. Vik finished 11th, more than two minutes back.
«⟦d:b|My job was to empty myself for him, and I emptied myself,⟧» the Norwegian said, slumped against a team car. «⟦d:b|There is nothing left. Not even for talking. Sorry.⟧»
The team's directeur sportif, Ilse Vermeulen, who shouted instructions to Marchetti over the radio on the final climb, said she had «⟦p:c|lost my voice at about two kilometres⟧».
«⟦d:c|I was telling him to wait, wait, wait. He didn't wait. Sometimes it is better when they don't listen,⟧» she said.
Marchetti dedicated the win to his grandfather, who raced as an amateur in the 1960s. «⟦d:a|He always said, ‘The mountain doesn't know who you are.’ Today I introduced myself,⟧» he said.
For the local television crews he summed it up in French — «⟦d:a|C'est le plus beau jour de ma vie⟧» — the most beautiful day of his life.

### 052
@a Gwilym Prydderch | the conductor
@b Nia Rowlands | a retired postmistress
@c Eirlys | Her best friend
@d - | One tenor
Every Wednesday at 7pm, forty-one people squeeze into the vestry of Capel Seion in Pentre Glas and sing, badly at first and then, somewhere around quarter past eight, beautifully.
"⟦d:a|The first forty-five minutes is mostly gossip with notes in it,⟧" says the conductor, Gwilym Prydderch, who has led the Pentre Glas Community Choir since 1998. "⟦d:a|Then something happens. I've never worked out what. I just wait for it.⟧"
The choir, which has no auditions and what Prydderch calls "⟦p:a|a flexible attitude to sharps⟧", will compete at the national eisteddfod for the first time in August.
Nia Rowlands, 67, a retired postmistress, has sung alto in the back row for twenty-four years. Her best friend Eirlys, 68, has stood next to her for all of them.
"⟦d:b|We came for the singing and stayed for the biscuits,⟧" Nia said.
"⟦d:c|We came for the biscuits,⟧" Eirlys said. "⟦d:c|The singing was a surprise.⟧"
"⟦d:b|Eirlys can't read music. Don't tell Gwilym.⟧"
"⟦d:a|I know,⟧" Prydderch called from the piano. "⟦d:a|I've known since 2003.⟧"
One tenor, who asked not to be named because his wife thinks he is at the gym, said: "⟦d:d|It's the only two hours of the week when nobody asks me for anything. You just open your mouth and breathe.⟧"

### 053
@a Ingrid Solheim-Vance | a former quality engineer at Corvane Aerospace
@b Rupert Akinola | Her solicitor
@c Corvane Aerospace | -
Ingrid Solheim-Vance, a former quality engineer at Corvane Aerospace, joins the video call from what she describes as “⟦p:a|a friend's spare room somewhere in the Midlands⟧”.
It is the first interview she has given since she went to the aviation regulator last year with documents suggesting that inspection records for wing components had been altered.
“⟦d:a|I'm not hiding, exactly. I'm just being careful. I've had some phone calls,⟧” she says. “⟦d:a|Nothing I could take to the police. Breathing, mostly. Someone who knew my daughter's name.⟧”
Her solicitor, Rupert Akinola, who is sitting in on the call, interrupts at several points to stop her answering questions about the regulator's continuing investigation.
“⟦d:b|I'm sorry, Ingrid can't go into that,⟧” he says, when I ask how many records she believes were changed.
“⟦d:-|Can she tell me roughly?⟧”
“⟦d:b|She can't tell you roughly either.⟧”
Solheim-Vance smiles for the first time. “⟦d:a|He's very good. I'd have told you by now.⟧”
She says she raised her concerns internally six times over eighteen months.
“⟦d:a:m|The first time, my manager said thank you and nothing happened. The fourth time, I was moved to a different building. The sixth time, I was told I wasn't a team player.⟧
“⟦d:a|I've been called a lot of things in my life. That one hurt. I was the only one on the team trying to play.⟧”
Corvane Aerospace said in a statement that it “⟦p:c|takes all concerns raised by employees extremely seriously⟧” and was cooperating fully with the regulator.

### 054
@a Farida Noorzai | a consultant in sleep medicine at St Aldric's Hospital
@b Pat | -
@c Jamal | a night-shift worker in Carrickfield
@d Sue | -
Why do we wake at 4am? Can you catch up on sleep at the weekend? We put your questions to Dr Farida Noorzai, a consultant in sleep medicine at St Aldric's Hospital.
Pat, from Dunmore, asks: "⟦d:b|I wake up at 4am every night and can't get back to sleep. Is something wrong with me?⟧"
"⟦d:a|Almost certainly not. Waking in the night is completely normal - most of us do it several times and don't remember,⟧" says Dr Noorzai. "⟦d:a|The problem is what happens next. If you lie there checking the clock and worrying, your brain learns that 4am is worrying time.⟧"
Jamal, a night-shift worker in Carrickfield, writes: "⟦d:c|Can you really catch up on sleep at the weekend?⟧"
"⟦d:a|Partly. A lie-in will help you feel better, but it won't undo a week of short nights. Think of it as paying off the interest on a loan but not the loan,⟧" she says.
Several of you asked whether a "⟦s:-|nightcap⟧" helps. Sue, from Lower Emsworth, writes: "⟦d:d|My husband swears by a whisky before bed. Is he right?⟧"
"⟦d:a|He's half right. It will help him fall asleep. It will also wake him up at 3am. Tell him I said so,⟧" Dr Noorzai says.

### 055
@a Wayne Hollis | DARTS star
@b Sandra | His mum
@c Gerrit Bosman | world No 3
DARTS star Wayne “⟦s:-|The Tank⟧” Hollis has revealed he still practises in his mum's garage — eight hours a day, every day, with the telly on.
The 18-stone thrower from Grimshaw, who faces world No 3 Gerrit Bosman in the semi-finals at Harbour Hall tonight, told us: “⟦d:a|Mum won't let me put the board up in the living room. She says it ruins the wallpaper. She's right, you should see the state of my old bedroom.⟧”
His mum Sandra, 61, who has been to every one of his matches since he was 15, said: “⟦d:b|I made him a cheese and pickle sandwich before the quarter-final and he won. Now I've got to make one every time. I'm sick of pickle.⟧”
Fans at Harbour Hall have taken to chanting “⟦s:-|Tank! Tank! Tank!⟧” whenever he steps up to the oche.
Bosman, 29, fired a warning: “⟦d:c|He is a nice guy. Tonight I don't care that he is a nice guy.⟧”
Wayne Hollis, 33, just laughed. “⟦d:a|Tell him I'm a nice guy with a cheese and pickle sandwich. He should be very worried.⟧”

### 056
@a Leroy Baptiste | the 67-year-old
@b Maggie | -
@d - | a long-distance lorry driver
@c Priya Lal | The station's managing director
For 31 years, Leroy Baptiste has been the last voice thousands of people in the Tarnbridge area hear before they fall asleep. On Friday night, at 2am, he will play his final record on Riverside FM.
“⟦d:a|I've been telling people to go to bed for three decades. Now it's my turn,⟧” the 67-year-old said.
Baptiste, who used to be a bus conductor, joined the station in 1993 to cover a colleague's holiday and never left. His show, “⟦s:-|The Small Hours⟧”, is known for its one rule: every caller must tell him one good thing that happened to them that day.
“⟦d:a|Some nights the good thing was a biscuit. Some nights it was a baby. Once it was a man who'd got out of prison that morning and just wanted to tell someone he'd seen the sea,⟧” Baptiste said. “⟦d:a|I think about him a lot.⟧”
Since he announced his retirement, the station has received more than 4,000 messages. Maggie, from Tollcross, wrote: “⟦d:b|You got me through my husband's last year. I never rang in. I just listened. Thank you, Leroy.⟧”
Another listener, a long-distance lorry driver, wrote: “⟦d:d|Who's going to keep me awake on the night runs now?⟧”
The station's managing director, Priya Lal, said Baptiste was “⟦p:c|irreplaceable, which is why we're not going to try⟧”. The slot will go to a new programme.
Asked what he would do with his nights, Baptiste laughed. “⟦d:a|Sleep, apparently. I'm told people do it. I'll let you know how it goes.⟧”

### 057
@a Ffion Rees-Jenkins | leader of the Cwm Tarren Mountain Rescue Team
@b Martin Achebe | a 52-year-old accountant from Ashby Cross
@c - | a farmer who has been with the team for twenty years
The call came at 11.40pm on a Saturday in February: a walker on the ridge above Llyn Tarren, alone, cold, with a twisted ankle and 8 per cent battery.
Ffion Rees-Jenkins, leader of the Cwm Tarren Mountain Rescue Team, was in bed. Twenty minutes later she was driving up the valley road with a flask of soup on the passenger seat.
“⟦d:a|You don't really think. You get dressed in the dark and you go,⟧” she says. “⟦d:a|My husband's used to it. The dog still gets excited every time, bless her.⟧”
The walker was Martin Achebe, a 52-year-old accountant from Ashby Cross.
“⟦d:b|I'd done that ridge maybe ten times. I was cocky. I went up too late and I came down the wrong side,⟧” he says. “⟦d:b|When I saw the head torches coming up the hill, I cried. I'm not embarrassed to say it.⟧”
It took eleven volunteers four hours to carry him down on a stretcher. One volunteer, a farmer who has been with the team for twenty years, remembers that Achebe apologised “⟦p:c|about every ten metres⟧”.
“⟦d:c|Lovely man. Very polite. Very heavy,⟧” he says.
Rees-Jenkins says the team's callouts have nearly doubled in five years, driven partly by walkers following routes on phone apps. “⟦d:a|The app doesn't know it's dark. The app doesn't know the stream's in flood. You have to know that,⟧” she says.
Achebe has since donated £2,000 to the team and joined as a fundraiser. “⟦d:b|It's the least I can do. Also, Ffion told me that if she ever has to carry me again she's leaving me there,⟧” he says.
“⟦d:a|I was joking,⟧” Rees-Jenkins says. “⟦d:a|Mostly.⟧”

### 058
@a Angus Tolmie | the principal keeper
@b Donald Macaulay | The younger of them
From our archive: this interview first appeared in these pages in March 1986, shortly before the light at Rubha Dubh was automated.
Angus Tolmie has kept the light at Rubha Dubh for nineteen years, and in April a man from the Commissioners will come out on the supply boat and hand it over to a machine.
``⟦d:a|I've been told the machine doesn't need feeding, doesn't need tea and doesn't need a day off,⟧'' said Tolmie, the principal keeper. ``⟦d:a|I've been told it's better than me in every respect. They may be right.⟧''
Tolmie, 58, shares the station with two assistant keepers on a rota of four weeks on, four weeks off. The younger of them, Donald Macaulay, 31, has been here three years.
``⟦d:b|Angus taught me to bake bread,⟧'' Macaulay said. ``⟦d:b|He says a keeper who can't bake isn't a keeper. I've no idea whether that's true, but the bread is good.⟧''
I asked Tolmie what he would miss. ``⟦d:a|The quiet,⟧'' he said at once. Then: ``⟦d:a|No. Not the quiet. The noise. There's no such thing as quiet out here. It's the sea, all the time. I'll have to buy a record of it.⟧''
``⟦d:-|Will you come back to visit?⟧'' I asked.
``⟦d:a|No,⟧'' he said. ``⟦d:a|You don't visit your own house when somebody else is living in it.⟧''
Macaulay hopes to join the coastguard. ``⟦d:b|Somebody still has to watch the sea,⟧'' he said. ``⟦d:b|A machine can't wave at the boats.⟧''

### 059
@a Leilani Kahale | -
@b Kalena Kahale | Her younger sister
@c Mahina Kahale | a retired schoolteacher
At Sunday lunch in the Kahale household in Port Makani there is one rule: no politics before dessert. It is broken, by their mother's estimate, "⟦p:c|every single week, usually before the rice⟧".
Leilani Kahale, 41, is the opposition spokeswoman for transport in the Makani regional assembly. Her younger sister, Kalena Kahale, 38, is the government's deputy transport minister. They sit across from each other in the chamber and, on Sundays, across from each other at the table.
"⟦d:a|In the chamber I call her 'the honourable member'. At lunch I call her worse,⟧" Leilani said.
"⟦d:b|She calls me worse in the chamber too. Just quietly,⟧" Kalena said.
Their mother, Mahina Kahale, a retired schoolteacher, says she votes "⟦p:c|for whichever one rings me more that week⟧".
The sisters clashed publicly last month over a plan to scrap the Kaiholo ferry subsidy, in a debate in which Leilani accused the government of "⟦p:a|cutting an island off to save the price of a photocopier⟧".
"⟦d:b|That was a very good line. I told her so afterwards. I still think it was wrong,⟧" Kalena said.
"⟦d:a|She texted me a thumbs-up during the debate. While I was speaking. On camera,⟧" said her sister.
"⟦d:b|I was being supportive.⟧"
Both insist the rivalry is mostly affectionate. Both also admit that it isn't entirely. "⟦d:a|We're very competitive. We always were. When we were little she'd count my chips to make sure I didn't have more,⟧" Leilani said.
"⟦d:c|They both counted,⟧" their mother said. "⟦d:c|I started cutting the chips in half so nobody could tell.⟧"

### 060
@a Ahmet Yıldırım | The Turkish director
@b Selin Aksoy | His lead actor
@c - | One journalist
The Turkish director Ahmet Yıldırım has said his new film, “⟦s:-|The Orchard Keeper's Daughter⟧”, took eleven years to make because “⟦p:a|the trees would not cooperate⟧”.
Speaking through an interpreter at a packed press conference at the Vellacourt Film Festival on Tuesday, Yıldırım said he had waited for a single apricot orchard in central Anatolia to bloom at exactly the right moment.
“⟦d:a|Every spring we went, and every spring it was too early or too late. One year a goat ate the main tree,⟧” he said. “⟦d:a|The producers wanted me to use computers. I said no. You cannot fake an apricot.⟧”
His lead actor, Selin Aksoy, who was 19 when filming began and is now 30, said she had “⟦p:b|grown up inside the film⟧”.
“⟦d:b|I had my first love, my first heartbreak and my first grey hair during this film. Ahmet only noticed the grey hair, because it was a continuity problem,⟧” she said, to laughter.
One journalist asked whether the film, which follows a family forced off their land, was a political statement. “⟦d:c|Are you worried about how it will be received at home?⟧”
Yıldırım paused for a long time before answering. “⟦d:a|It is a film about a family and some trees. If people see politics in it, that is because they brought politics with them,⟧” he said. “⟦d:a|I am a very simple man. I just wanted the apricots.⟧”
Aksoy, sitting next to him, leaned into her microphone. “⟦d:b|He is not a simple man. Please write that down.⟧”

### 061
@a Amara Eze | the elder
@b Ifeoma | her sister
@c Chinedu Eze | a retired bus mechanic
@d Rebecca Thornbury | Harlington manager
The Eze twins were born four minutes apart and now play eleven yards apart. Amara Eze, the elder, is Harlington's centre-back; her sister Ifeoma keeps goal behind her. On the evidence of an afternoon in their company, they have not agreed on anything since birth.
"⟦d:a|I'm the elder. That's the first thing you should write down,⟧" Amara said.
"⟦d:b|By four minutes. She's been going on about four minutes for 24 years,⟧" said Ifeoma.
Last month the sisters won their first international caps on the same night, in a 2-0 friendly win in Valmonte.
"⟦d:a|I cried in the tunnel. She didn't,⟧" Amara said.
"⟦d:b|I cried in the toilet. There's a difference.⟧"
Their father, Chinedu Eze, a retired bus mechanic, drove them to training three nights a week for a decade.
"⟦d:c|Two girls, two kit bags, one old estate car. The smell in that car, I will never forget,⟧" he said. "⟦d:c|Their mother said football was for boys. Now she wears the shirt to church.⟧"
Harlington manager Rebecca Thornbury said the pair's constant arguing on the pitch was "⟦p:d|mostly useful⟧".
"⟦d:d|When Ifeoma shouts at Amara, she's usually right. When Amara shouts back, she's usually also right. It's exhausting, but we don't concede many,⟧" she said.
I asked which of them was the better player. They answered at the same moment: "⟦d:-|Me.⟧"

### 062
@c Callum Reid | host
@a Ilario Benedetti | -
@b Marco | his son
On this week's episode of the food podcast “⟦s:-|Second Helpings⟧”, host Callum Reid sits down with Ilario Benedetti, 74, and his son Marco, 45, who between them have run the Benedetti ice-cream parlour on Esplanade Road for half a century.
“⟦d:c|Let's settle this now. Whose recipe is the pistachio?⟧” Reid asks.
“⟦d:a|Mine,⟧” says Ilario. “⟦d:b|His, with my changes,⟧” says Marco, at the same moment.
The two men then bicker amiably for several minutes about salt. “⟦d:-|A pinch is not a measurement,⟧” one of them says, though on the recording it is impossible to tell which.
Ilario came to the town in 1969 from a village in the hills above Bergamo, with one suitcase and a recipe book he was not supposed to take.
“⟦d:a:m|My uncle's book. He never forgave me. Every Christmas he wrote to me, ‘Give back the book.’ Every Christmas I wrote back, ‘Come and get it.’⟧
“⟦d:a|He never came. So I still have the book.⟧”
Marco, who trained as an engineer before joining the business, says his father has “⟦p:b|never once written anything down that wasn't a threat to his uncle⟧”.
“⟦d:b|Everything's in his head. I've been trying to get it out of his head and onto a laptop for twenty years,⟧” he says.
“⟦d:c|How's that going?⟧” Reid asks.
“⟦d:b|We've done the vanilla.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh141.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh141",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
