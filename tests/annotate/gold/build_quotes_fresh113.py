# ruff: noqa: E501
"""Build ``quotes_fresh113.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch with a first-person writer who asks the questions,
Q&A transcripts (questions in bold, or turns marked with initials, ``Q:``/``A:`` or
the speaker's name), podcast and radio interviews written up as copy, sports and arts
interviews, and human-interest stories about families in which several relatives of
the same gender speak and are called by their first names.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh113-NNN``.

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
  it (``Her husband, Tor Lund, a retired ferry captain``): the appositive is the
  description. A title before the name alone (``Presenter Roisin Delaney``,
  ``Head coach …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 41-year-old``,
  ``the sculptor``), that description is taken.
* A non-restrictive relative clause after an appositive (``the bassist, who now
  teaches …``) is not part of the description; a restrictive one is.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; when the passage later identifies whose words they were, that person is
  the speaker.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Transcripts whose turns are marked by bold questions, by initials (``HS:``,
  ``**TO:**``) or by the speaker's name in capitals are treated like ``Q:``/``A:``
  transcripts: the turns themselves carry no quotation marks and are not annotated;
  only quotation marks inside them are.
* A generational suffix (``Sr.``, ``Jr.``) is part of the name.
* Words applied to someone by people who are not identified (``he has been called a
  "dreamer"``) are ``partial`` with a null speaker.
* Where several relatives share a surname and the passage gives only a first name for
  one of them (``His brother Pádraig``), that first name is the speaker; where the full
  name is written anywhere in the passage, the full name is.
* A definite description that opens the sentence after the introduction (``The
  23-year-old from Rosario, seeded ninth, …``) is taken whole, as written up to the
  first comma.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh113.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh113.jsonl")

PASSAGES = """
### 001
@a Teodora Vasilescu | the Romanian-born novelist
Teodora Vasilescu, the Romanian-born novelist, is already seated when I arrive at Calloway’s, a fish restaurant wedged between a launderette and a bookmaker on the seafront at Harwick. She has ordered a glass of white wine and is reading the menu with the intensity of someone checking a contract.
“⟦d:a|I always arrive early,⟧” she says, before I have taken off my coat. “⟦d:a|It gives me the advantage. You arrive, and I have already decided what I think of you.⟧”
And what does she think? “⟦d:a|That you are nervous and you have not finished the last book.⟧” She is half right.
Her ninth novel, “⟦s:-|The Salt Registers⟧”, came out in March to reviews that called it “⟦p:-|a furious, funny elegy⟧” and “⟦p:-|a book nobody else could have written⟧”. It follows three generations of women who keep a lighthouse on the Black Sea coast, and it has been on the bestseller list for eleven weeks.
She orders the hake without looking up. “⟦d:-|How much of the book is your family?⟧” I ask.
“⟦d:a:m|All of it and none of it. My grandmother never saw a lighthouse in her life. But she had that way of standing at a window as if she was responsible for every ship out there in the dark.⟧
“⟦d:a|My mother read the manuscript and said, ‘You made me nicer than I am.’ That is the best review I have had.⟧”
The hake arrives. She eats quickly and talks between mouthfuls about her routine: four hours every morning, nothing after lunch, “⟦p:a|not even emails, especially not emails⟧”.
Towards the end I ask whether she worries about running out of material. She puts down her fork. “⟦d:a|No. I worry about running out of time. Those are different fears,⟧” the 61-year-old says. “⟦d:a|Only one of them is vanity.⟧”
She insists on paying. “⟦d:a|You can pay next time, when you have finished the book.⟧”

### 002
@a Olumide Bankole-Price | Architect
@m - | My mother
@c - | A critic at the Herald
@k - | the client
Architect Olumide Bankole-Price has spent thirty years designing libraries, and he is tired of being asked whether libraries have a future. "⟦d:a|Ask me whether bookshops have a future. Ask me about post offices,⟧" he said when we met at his studio on Grayle Street. "⟦d:a|Libraries will outlive both.⟧"
His latest, the Carrowmere Central Library, opens to the public next month. Below is an edited version of his conversation with Hana Sørlie.
HS: You grew up above a library. Is that right?
OBP: Above the reading room in Lutterby, yes. My mother was the caretaker. She used to say, "⟦d:m|If you're bored, go downstairs,⟧" and I was bored a great deal, so I read everything.
HS: Carrowmere has already been called "⟦p:-|a cathedral for paperbacks⟧". Do you like that?
OBP: I don't mind it. A critic at the Herald called the model "⟦p:c|brutal and tender⟧", which I liked better, because it's true of most libraries. They're brutal buildings full of tender things.
HS: Was there a moment in the design process when you nearly gave up?
OBP: Twice. The first time the client asked for "⟦p:k|something iconic but cheap⟧", and I went for a very long walk. The second time was the roof. We'll not talk about the roof.
HS: What do you want people to feel when they walk in?
OBP: That they're allowed to stay. That's all. Nobody is going to ask them what they're buying.

### 003
@a Marguerite Okafor | host
@b Delphine Arceneaux | comedian
On the latest episode of the Second Shift podcast, host Marguerite Okafor finally asked comedian Delphine Arceneaux the question her fans have been sending in for two years: why did she leave nursing?
“⟦d:b|I didn’t leave nursing. Nursing left me, at about four in the morning on a Sunday, in a corridor on Ward 9,⟧” Arceneaux said.
“⟦d:a|What happened in the corridor?⟧” Okafor asked.
“⟦d:b:m|Nothing. That was the problem. Nothing happened. I just stood there holding a bag of saline and realised I hadn’t laughed in about six weeks.⟧
“⟦d:b|So I went home and wrote down every ridiculous thing a patient had said to me that year. It came to eleven pages.⟧”
Okafor, herself a former paramedic, said she recognised the feeling. “⟦d:a|You get very good at being calm and very bad at being anything else,⟧” she said.
Those eleven pages became Arceneaux’s first hour of stand-up, “⟦s:-|Nil By Mouth⟧”, which sold out two runs in Edgecombe. Some former colleagues, the comedian admitted, had found it “⟦p:b|a bit close to the bone⟧”.
“⟦d:b|One of the sisters from Ward 9 came to see it. She sat in the front row with her arms folded for an hour. Afterwards she came up to me and said, ‘You got the tea trolley wrong.’ And that was it. That was the review.⟧”
Okafor laughed. “⟦d:a|From a ward sister, that’s a rave.⟧”
“⟦d:b|That’s what I told my mum,⟧” said Arceneaux.

### 004
@a Anand Kulkarni | The transport minister
@b Gareth Pryce-Lloyd | -
@c Department for Transport and Infrastructure | -
@d Wendy Achterberg | general secretary of the Rail and Signal Workers Union
The transport minister, Anand Kulkarni, has admitted that the rollout of the new rail timetable was "⟦p:a|not good enough⟧" and apologised to passengers in the west of the region, where one in four trains was cancelled in May.
Speaking to Gareth Pryce-Lloyd on Radio Westmarch's Morning Line programme, Mr Kulkarni said: "⟦d:a|Passengers have had a miserable month and I'm sorry for that. I'm not going to sit here and pretend otherwise.⟧"
Pryce-Lloyd put it to him that ministers had been warned in February. "⟦d:b|You were told this would happen. Why did you press ahead?⟧" he asked.
"⟦d:a|I was told there were risks,⟧" the minister replied. "⟦d:a|I was also told they were manageable. Clearly they weren't.⟧"
"⟦d:b|So should you resign?⟧"
"⟦d:a|No. My job is to fix it, and that's what I'm doing.⟧"
Asked about compensation, he said passengers would receive "⟦p:a|meaningful⟧" refunds but declined to put a figure on them.
In a statement issued after the interview, the Department for Transport and Infrastructure said: "⟦d:c|Delay Repay thresholds will be reduced from 30 minutes to 15 minutes from 1 July, and season ticket holders will receive an automatic credit.⟧"
Wendy Achterberg, general secretary of the Rail and Signal Workers Union, said the apology came "⟦p:d|six weeks and four hundred cancellations late⟧".
"⟦d:d|Our members have been taking the abuse on platforms all month for decisions they had no part in,⟧" she said. "⟦d:d|An apology on the radio doesn't change a single roster.⟧"

### 005
@a Mateo Ferreyra | the 23-year-old from Rosario
@b Jules Lindqvist | the world number six
@c Ana Sofía Berrutti | Ferreyra's coach
PORT AURELIE, June 14 (Meridian) - Mateo Ferreyra won the first title of his career on Sunday, saving three match points before beating Jules Lindqvist 6-7(4) 7-6(9) 6-4 in the final of the Port Aurelie Open.
The 23-year-old from Rosario, seeded ninth, collapsed on to the clay after Lindqvist's final forehand sailed long and stayed there for almost a minute.
"⟦d:a|I was shaking in the last game. I couldn't feel the racket,⟧" Ferreyra told reporters. "⟦d:a|My coach told me to breathe. I forgot how.⟧"
Lindqvist, the world number six, had served for the match at 5-4 in the second set. "⟦d:b|He played the big points better than me. That's the whole story,⟧" the Swede said.
Asked whether the shoulder problem that forced him to withdraw from Hallstadt last month had flared up, Lindqvist said: "⟦d:b|It's fine. It's not an excuse and I'm not going to use it as one.⟧"
Ferreyra's coach, Ana Sofía Berrutti, said the win had been a long time coming. "⟦d:c|He is still learning to win ugly,⟧" she said. "⟦d:c|Today he won ugly, and that is the most important lesson of his year.⟧"
Ferreyra dedicated the title to his grandfather, who he said had "⟦p:a|taught me to hit against a garage door⟧" and who died in January.
"⟦d:a|He would say I played too safe in the first set,⟧" Ferreyra added with a smile. "⟦d:a|He was always right about that.⟧"

### 006
@a Ciarán Dunmore | the eldest
@b Pádraig | His brother
@c Eoin | The youngest
@d Bríd | Their mother
When the River Arrow burst its banks last November, the Dunmore brothers lost 140 ewes, two tractors and most of the lower field at Knockraw. Seven months on, they are lambing again.
"⟦d:a|We didn't have time to feel sorry for ourselves,⟧" said Ciarán Dunmore, 41, the eldest. "⟦d:a|The animals that survived still needed feeding the next morning, flood or no flood.⟧"
His brother Pádraig, 38, remembers it differently. "⟦d:b|Ciarán says that now. At the time he was roaring at everyone, including the sheep,⟧" Pádraig said, laughing.
The youngest, Eoin, 33, came home from a job in Leeds to help with the clean-up. "⟦d:c|I was meant to stay a fortnight. That was November,⟧" he said.
Their mother, Bríd, 72, watched the water come up to the kitchen window from an upstairs bedroom. "⟦d:d|I've seen floods here all my life and I'd never seen one like that,⟧" she said.
"⟦d:d|Their father would have been proud of the three of them, and he'd never have told them so. So I'm telling them.⟧"
Eoin said neighbours had turned up with fencing posts, feed and trailers before anyone asked. "⟦d:c|Half of it we still haven't paid for, and they won't let us,⟧" he said.
"⟦d:a|We'll be paying them back in lamb for years,⟧" Ciarán added.

### 007
@a Liesl Aebersold | the orchestra's chief conductor
@b Matthias Grünenfelder | the leader of the orchestra for 19 years
@c - | One cellist, who asked not to be named
Liesl Aebersold has a rule about rehearsals: no phones, no coffee on the stands and no apologies. «⟦d:a|If you play a wrong note, play it loudly, so we can all hear it and fix it,⟧» says the orchestra's chief conductor, who took over the Sinfonie Aarwil three seasons ago.
At 44 she is the youngest person, and the first woman, to hold the post. She does not want to talk about that. «⟦d:a|Ask me about Bruckner,⟧» she says. «⟦d:a|I am much more interesting on Bruckner.⟧»
She grew up in a village above the lake, the daughter of a postman who played the tuba in the village band. Her father, she says, had one piece of advice, which she still repeats in German: «⟦d:a|Musik ist keine Ausrede⟧» — «⟦d:a|music is not an excuse⟧». «⟦d:a|He meant: you can be a musician and still be on time, and polite, and do the washing-up.⟧»
Matthias Grünenfelder, the leader of the orchestra for 19 years, admits the players were wary at first. «⟦d:b|She came in and changed the seating in the first week. There was some grumbling, I won't lie,⟧» he says. «⟦d:b|By Christmas nobody could remember how we sat before.⟧»
One cellist, who asked not to be named, was blunter. «⟦d:c|She is exhausting. She is also the best thing that has happened to us in twenty years.⟧»
Aebersold laughs when this is read back to her. «⟦d:a|Exhausting is fine. I can live with exhausting.⟧»

### 008
@a Sharon Beddows | the dinner lady
@b Kayleigh | Her daughter
@c Terry | a delivery driver
@d - | One neighbour
@e Fortuna Lotteries | -
A MUM-of-three who bought her lottery ticket with the change from a bag of chips has scooped a whopping £4.2 MILLION.
Sharon Beddows, 49, from Pelham Vale, only checked her numbers a week later — after the ticket had spent five days in the pocket of her dressing gown.
“⟦d:a|I kept saying, ‘That can’t be right, that can’t be right,’ and checking it again,⟧” the dinner lady said. “⟦d:a|I must have looked at it forty times. Then I had to sit down on the stairs.⟧”
Her daughter Kayleigh, 24, was the first to be told. “⟦d:b|Mum rang me at work screaming. I thought someone had died,⟧” she said. “⟦d:b|Then she said ‘chips’ and ‘millions’ in the same sentence and I just hung up and drove round.⟧”
Hubby Terry, 52, a delivery driver, said he would not be giving up work — yet. “⟦d:c|Someone’s got to keep my feet on the ground,⟧” he joked. “⟦d:c|It won’t be her.⟧”
So what will she splash out on? A camper van, a new kitchen and a holiday in Lanzarote for the whole family, Sharon said — and “⟦p:a|a proper fish supper every Friday for the rest of my life⟧”.
One neighbour said the street was “⟦p:d|buzzing⟧”. “⟦d:d|Nobody deserves it more. She’d give you her last tenner, would Sharon,⟧” she said.
Fortuna Lotteries said in a statement: “⟦d:e|We’re delighted for Sharon and her family and we always remind players to check their tickets — including the ones in their dressing gowns.⟧”

### 009
@a Yusuf Demirel | a principal dancer with the Northgate Ballet
@b Galina Orlova | his first teacher
@c - | one critic
Yusuf Demirel was eleven when he walked into a church hall in Bexford because his sister had left her lunchbox there. He stayed for the class.
"⟦d:a|I was too embarrassed to leave. Everybody was looking at me, so I took my shoes off,⟧" says Demirel, now 29 and a principal dancer with the Northgate Ballet. "⟦d:a|That was the beginning. And honestly, for the first two years it was mostly embarrassment that kept me going.⟧"
His father drove a taxi. His mother cleaned offices at night. Neither had seen a ballet.
"⟦d:a:m|My dad thought ballet was for girls, and he said so, a lot. But he drove me to every class, every Saturday, for seven years, and he never once missed a performance.⟧
"⟦d:a:m|When I got into the company school he cried in the car park. He told me it was hay fever. In December.⟧
"⟦d:a|He's never said he was wrong. He doesn't need to.⟧"
Galina Orlova, his first teacher, still runs the Saturday class in Bexford. "⟦d:b|He had terrible feet and beautiful manners,⟧" she recalls. "⟦d:b|You can fix feet. Manners you cannot teach.⟧"
Last season one critic called his Albrecht in "⟦s:-|Giselle⟧" "⟦p:c|the most heartbreaking in a generation⟧". Demirel shrugs it off. "⟦d:a|Critics are kind when you're new,⟧" he says. "⟦d:a|Let's see what they say when I'm 35 and my knees have gone.⟧"

### 010
@a Darnell Okoro | the WBF cruiserweight champion
@b Ruslan Bekmurzaev | the challenger
@c Vic Saltonstall | Promoter
@d - | One reporter
Darnell Okoro and Ruslan Bekmurzaev had to be separated twice at Thursday’s final press conference in Castlebridge, and the fight is still two days away.
Okoro, the WBF cruiserweight champion, who has called himself “⟦s:-|The Hammer⟧” since his amateur days, opened proceedings by calling his opponent “⟦p:a|a gym fighter⟧” who had “⟦p:a|never been hit by a grown man⟧”.
“⟦d:a|He’s been hand-picked, he’s been protected, and on Saturday night he finds out what this sport actually is,⟧” the champion said.
Bekmurzaev, 27 and unbeaten in 19 fights, answered quietly in Russian. “⟦d:b|I listen to him talk for six weeks. Talk is free,⟧” the challenger said through a translator. “⟦d:b|Saturday is not free.⟧”
Promoter Vic Saltonstall, who has staged Okoro’s last four fights, stepped between the two men when Okoro leaned across the table. “⟦d:c|Save it for the ring, boys. Save it for the ring,⟧” he shouted.
“⟦d:d|Darnell, does it worry you that he’s seven years younger?⟧” one reporter asked.
“⟦d:a|Worried? I’m 34. I’ve been younger. It wasn’t that great,⟧” Okoro said, to laughter.
Bekmurzaev left the stage without shaking hands. Asked afterwards about the shoving, he shrugged. “⟦d:b|For him it’s a show. For me it’s work.⟧”

### 011
@a Winifred Hallam | -
@b Margaret | Her elder daughter
@c Jean | Her younger daughter
@d - | One carer
Winifred Hallam celebrated her 100th birthday at Ashcombe Lodge in Little Tarrow on Sunday with a cake in the shape of a double-decker bus, a nod to the 22 years she spent as a clippie on the Tarrow to Millbeck route.
"⟦d:a|I've had a lovely day. I don't know what all the fuss is about,⟧" said Mrs Hallam, who received a card from the Lord Lieutenant and a bouquet from the bus company.
Her elder daughter, Margaret, 76, said her mother had "⟦p:b|never sat still in her life⟧".
"⟦d:b|Even now she's organising the bingo. The staff are terrified of her,⟧" Margaret said.
Her younger daughter, Jean, 71, travelled from Aberdeen for the party. "⟦d:c|Mum's secret is she never worries about anything,⟧" she said. "⟦d:c|I do enough worrying for both of us.⟧"
Asked for her secret, Mrs Hallam gave a different answer. "⟦d:a|Gin. And never marry a man who can't dance,⟧" she said.
Margaret rolled her eyes. "⟦d:b|Dad couldn't dance.⟧"
"⟦d:a|Exactly,⟧" said her mother.
One carer said Mrs Hallam was always first down to breakfast. "⟦d:d|She wants her paper and her egg, and she wants them by half seven,⟧" she said.

### 012
@a Rangi Te Awa | -
@b Huia | My nan
@c - | A food writer from the Courier
@k - | A customer
@d - | An old kuia
Rangi Te Awa does not have a concept. “⟦d:a|I cook what my family ate. That’s it,⟧” he says of the menu at Kōrero, the forty-seat restaurant he opened in Port Hallett two years ago. “⟦d:a|If you want foam, there’s a place down the road.⟧”
He spoke to Weekend Table between lunch and dinner service. This interview has been edited for length and clarity.
Q: When did you start cooking?
A: At about seven, in my nan’s kitchen. My nan, Huia, would hand me a knife and say, “⟦d:b|Don’t lose a finger, I’m not driving you to town.⟧” That was the whole lesson.
Q: Your hāngī has been called “⟦p:c|the best thing on any menu in the country⟧”. Does that put pressure on you?
A: A bit. A food writer from the Courier wrote that, and now people turn up expecting fireworks. It’s pork and kūmara cooked in the ground. It’s not fireworks.
Q: What’s the worst thing anyone has said about your food?
A: A customer sent the fry bread back and said it was “⟦p:k|too rustic⟧”. I still think about him at night.
Q: And the best?
A: An old kuia came into the kitchen after lunch one day and said, “⟦d:d|That tasted like my mother’s.⟧” I had to go outside for a minute.

### 013
@a Maren Kjeldsen | a former international referee
@b - | a man in the front row
@c - | A captain
Maren Kjeldsen, a former international referee, told this week's Ground Truth podcast that she left the game with "⟦p:a|no regrets, only bruises⟧". The following excerpt has been lightly edited.
BOLAJI FASHOLA: You refereed the cup final in 2019. What do you remember?
MAREN KJELDSEN: The noise, mostly. And a man in the front row who shouted "⟦d:b|Get your eyes tested!⟧" every single time I blew the whistle, including for half-time.
BOLAJI FASHOLA: Did players ever apologise to you?
MAREN KJELDSEN: Once. A captain, I won't say who, knocked on the dressing-room door afterwards and said, "⟦d:c|I was out of order, ref.⟧" I nearly fainted.
BOLAJI FASHOLA: The papers called you "⟦s:-|the Iron Whistle⟧" after that final.
MAREN KJELDSEN: My mother still calls me that. Usually when I've forgotten her birthday.

### 014
@a Abena Mensah | -
@b Kofi Mensah | the teenager
@c Comfort Appiah | His grandmother
@d Harland United | -
Abena Mensah did not see her son's first professional goal. She was in the toilets at Harland Park, too nervous to stay in her seat.
``⟦d:a|I heard the roar and I knew. A mother knows,⟧'' she said on Sunday at the family's terraced house in Eastwick. ``⟦d:a|Then I cried so much a steward brought me a cup of tea.⟧''
Kofi Mensah, 19, scored with his first touch after coming on as a substitute in Saturday's 2-1 win over Pelling Athletic.
``⟦d:b|I didn't even know where the goal was, honestly. I just hit it,⟧'' the teenager said. ``⟦d:b|Then everybody was on top of me and I couldn't breathe.⟧''
His grandmother, Comfort Appiah, 81, who came to England from Kumasi in 1974, watched the whole match without moving. ``⟦d:c|Somebody has to be calm in this family,⟧'' she said.
She had, she said, told her grandson at breakfast to ``⟦p:c|stop looking at that telephone and eat something⟧''.
Abena laughed. ``⟦d:a|She says she was calm. She was shouting at the referee.⟧''
``⟦d:c|I was shouting encouragement,⟧'' Mrs Appiah replied.
Harland United said Mensah had ``⟦p:d|a very bright future⟧'' and would be offered a professional contract this summer.

### 015
@a Farida Haidari | a glaciologist at the University of Northmoor
@b Tobias Renwick | Her co-author
Farida Haidari has spent eleven summers on the Skarvik glacier, and she no longer recognises it.
“⟦d:a|The first year I came, we walked on to the ice straight from the hut. Now it’s a forty-minute hike across gravel just to reach the snout,⟧” says Haidari, a glaciologist at the University of Northmoor.
Her team’s paper, published this week, describes large areas of what glaciologists call “⟦s:-|dead ice⟧”: ice that is no longer fed by snow from above and is simply waiting to melt.
“⟦d:a:m|People hear ‘dead’ and think it’s a metaphor. It isn’t. It’s a technical term. That ice has been cut off. It will sit there for twenty or thirty years, getting dirtier and thinner, and then it will be gone.⟧
“⟦d:a|What surprised us is how much of the glacier is already in that state. We thought maybe a tenth. It’s closer to a third.⟧”
Her co-author, Tobias Renwick, describes the finding as “⟦p:b|a point of no practical recovery⟧”. “⟦d:b|We were careful. We ran the model forty different ways,⟧” he says. “⟦d:b|Every one of them came out the same.⟧”
Haidari dislikes the phrase “⟦s:-|tipping point⟧”. “⟦d:a|It makes it sound like a see-saw,⟧” she says. “⟦d:a|As if you could just lean the other way and push it back.⟧”
“⟦d:-|Is it depressing, this work?⟧” I ask, as we pick our way down the moraine.
“⟦d:a|Some days. Then a student sees it for the first time and goes completely quiet, and I remember why we measure it.⟧”

### 016
@a Hannah Bergström | -
@b Park Ji-yeon | -
@c Ulla Bergström | Hannah's adoptive mother
@d Genvia | The testing company
Two sisters separated as babies in Busan in 1983 have met for the first time, after one of them took a DNA test "⟦p:a|on a whim⟧" during lockdown.
Hannah Bergström, who was adopted by a couple in Västerhall, and Park Ji-yeon, who grew up in Daegu, embraced in the arrivals hall at Lindholm airport on Friday morning.
"⟦d:a|I saw her coming through the doors and it was like looking into a mirror that's running a bit late,⟧" Ms Bergström said. "⟦d:a|She has my walk. She has my terrible posture.⟧"
Ms Park's first words to her sister were in Korean: "⟦d:b|보고 싶었어⟧" — "⟦d:b|I missed you⟧".
Speaking through an interpreter, she said: "⟦d:b|My mother told me when I was twelve that there had been another baby, and that she didn't know where she went. I have thought about her on every birthday since.⟧"
Hannah's adoptive mother, Ulla Bergström, 76, made the trip to the airport with her. "⟦d:c|We were told she was a single baby. Nobody ever said the word twin,⟧" she said. "⟦d:c|If we had known, we would have moved heaven and earth.⟧"
The testing company, Genvia, said it was "⟦p:d|thrilled to have played a small part⟧" in the reunion.
"⟦d:a|We have forty years to catch up on,⟧" said Ms Bergström. "⟦d:a|We're starting with karaoke.⟧"

### 017
@a Desmond Farraday | the 67-year-old
@b Angharad Powys | His producer of 15 years
@c Priti | a nurse in Halesworth
@d Colin | a lorry driver
@e Radio Fenmoor | the station
After 23 years, more than 5,000 shows and what he reckons is “⟦p:a|about a million cups of tea⟧”, Desmond Farraday signed off from Radio Fenmoor’s late-night slot for the last time in the early hours of Saturday.
Known to insomniacs, shift workers and lorry drivers across three counties as “⟦s:-|Dez After Dark⟧”, the 67-year-old was close to tears by the final hour.
“⟦d:a|I’ve been talking to you in the dark for a long time, and you’ve been talking back,⟧” he told listeners just before 2am. “⟦d:a|That’s the bit nobody tells you about radio. It goes both ways.⟧”
Messages poured in throughout the four-hour programme. One listener, Priti, a nurse in Halesworth, wrote: “⟦d:c|You got me through every night shift of 2020. I never rang in. I’m sorry I didn’t. Thank you.⟧”
Colin, a lorry driver, texted from a lay-by near Grantham: “⟦d:d|The A1 won’t be the same, Dez. Nothing will.⟧”
His producer of 15 years, Angharad Powys, said he had never once been late. “⟦d:b|Not once. Snow, floods, the night his daughter was born — he did the show and drove straight to the hospital,⟧” she said. “⟦d:b|I’ve told him he’s mad. He takes it as a compliment.⟧”
“⟦d:e|Dez is irreplaceable, so we won’t try to replace him. We’ll just try to keep the kettle on,⟧” the station said in a statement.
The last record was “⟦s:-|Night Ferry⟧”, the same song he played on his first show in 2002. Then he leaned into the microphone. “⟦d:a|Goodnight, and mind how you go.⟧”

### 018
@a Santiago Ruiz-Calloway | the 38-year-old
@b Marta Kowalczyk-Hale | The play's director
Santiago Ruiz-Calloway has died 212 times this year. Eight shows a week, at the end of the second act of "⟦s:-|The Weighing House⟧", he falls backwards off a ten-foot scaffold into the dark.
"⟦d:a|People ask if it hurts. It's a crash mat. What hurts is the Wednesday matinee,⟧" the 38-year-old says, in a café across the road from the Calder Theatre.
The production, a revival of Inês Carvalho's 1970s drama about a family of wool merchants, has been called "⟦p:-|unbearably tense⟧" and "⟦p:-|the hottest ticket in the city⟧". I ask whether he reads the reviews.
"⟦d:a|My mother reads them and sends me the good bits. She cuts the bad ones out with scissors, literally, and posts them in a separate envelope so I can choose.⟧"
"⟦d:-|And do you open the second envelope?⟧"
"⟦d:a|Always. I'm an actor. Of course I do.⟧"
The play's director, Marta Kowalczyk-Hale, cast him after a single audition. "⟦d:b|He came in, did the speech, then asked if he could do it again worse, on purpose, to show me what he'd been avoiding,⟧" she says. "⟦d:b|Nobody had ever done that to me. I gave him the part in the corridor.⟧"
He laughs when I tell him this. "⟦d:a|I was bluffing. I had no idea what I was doing. I still don't, most nights.⟧"

### 019
@a Imtiaz Chaudhry | the captain
@b Grant Vosloo | Head coach
@c - | one reporter
@d Kestrel Cricket Board | -
KINGSMERE, Feb 9 — Imtiaz Chaudhry said his side had “⟦p:a|thrown away⟧” the second Test after they collapsed from 212 for two to 289 all out on the final day, handing Northland a 1-0 series lead.
“⟦d:a|There’s no hiding from it. We had the game in our hands at lunch and we let it go,⟧” the captain said.
Head coach Grant Vosloo was blunter. “⟦d:b|Three of those dismissals were soft. Just soft,⟧” the South African said. “⟦d:b|We talk about playing the situation. Today we didn’t even look at the situation.⟧”
“⟦d:c|Imtiaz, was it a mistake to bat on last night rather than declare?⟧” one reporter asked.
“⟦d:a|Hindsight says yes. At the time I’d have made the same call ten times out of ten,⟧” Chaudhry said.
Asked about the lbw decision against opener Dinesh Wickramaratne, which replays suggested was missing leg stump, Vosloo said: “⟦d:b|I’ve seen it. Everyone’s seen it. I’m not allowed to say what I think, so I won’t.⟧”
The Kestrel Cricket Board said later that it would “⟦p:d|raise the matter through the proper channels⟧”.
“⟦d:a|We’ve got five days until Port Ellis,⟧” Chaudhry said. “⟦d:a|Nobody is going to feel sorry for us, and we shouldn’t feel sorry for ourselves either.⟧”

### 020
@a Giuseppe Ferrante | -
@b Luca Ferrante | His son
@c Rosalba | Giuseppe's wife
@d Derek Holloway | -
For 41 years the menu at Ferrante's on Dunsley High Street has not changed. Now, for the first time, there is a vegan lasagne on it, and Giuseppe Ferrante is not happy.
"⟦d:a|Lasagne without meat is not lasagne. It's a pile of pasta with an opinion,⟧" said Giuseppe, 68, who opened the trattoria with his late brother in 1983.
His son, Luca Ferrante, 36, who took over the kitchen last year, is unrepentant. "⟦d:b|Half the kids who come in now don't eat meat. Dad would rather they went to the chicken shop,⟧" Luca said.
"⟦d:a|That's not true,⟧" said Giuseppe. "⟦d:a|I would rather they ate meat.⟧"
The two men have been arguing about the menu, by their own account, "⟦p:-|since Luca was about nine⟧".
Giuseppe's wife, Rosalba, who runs front of house, stays out of it. "⟦d:c|I serve the food. I don't get involved in the food,⟧" she said. "⟦d:c|Twice a week I go and sit in the car until they stop shouting.⟧"
Derek Holloway, who has eaten at Ferrante's every Friday since 1989, tried the new dish last week. "⟦d:d|It was lovely. Don't tell Giuseppe I said that,⟧" he said.
Luca shrugged. "⟦d:b:m|The recipe is his, by the way. Same sauce, same bechamel, same dish his mother made. I just took out the beef.⟧
"⟦d:b|He knows it's good. That's what annoys him.⟧"

### 021
@a Aurélie Ndiaye-Rousseau | the designer
@b Fatou Ndiaye | a seamstress from Thiès
@c Verlaque | -
@d - | One buyer from a Milan department store
Aurélie Ndiaye-Rousseau keeps her first sewing machine in the window of her studio on the Rue des Tanneurs in Valmont-sur-Saône, where passers-by stop to photograph it.
«⟦d:a|It is a terrible machine. It jams every ten minutes. I would never sell it,⟧» says the designer, 39, whose spring collection for the house of Verlaque was the talk of the autumn shows.
Her mother, Fatou Ndiaye, a seamstress from Thiès, taught her to sew at the age of six on the kitchen table of a ninth-floor flat. «⟦d:b|She was impatient. She wanted to make the dress before she had learnt to make the hem,⟧» Mrs Ndiaye says. «⟦d:b|She has not changed.⟧»
Told this, her daughter nods. «⟦d:a|Ma mère a raison, comme toujours⟧», she says, and then, for my benefit: «⟦d:a|My mother is right, as always.⟧»
One buyer from a Milan department store called the collection «⟦p:d|the first show in years that made me want to touch the clothes⟧». Verlaque itself said her appointment had been «⟦p:c|the easiest decision the house has made in a decade⟧».
She is less sure. «⟦d:a|Every season I think, this is the one where they find out,⟧» she admits. «⟦d:a|Find out what? That I am a girl from the ninth floor with a broken sewing machine.⟧»

### 022
@a Horace Delacroix-Obi | the trumpeter whose Sunday sessions at the Blue Lantern ran for almost four decades
@b Simone | His daughter
@c Walter Quayle | Bassist
@d Rhoda Finnerty | the owner of the Blue Lantern
Horace Delacroix-Obi, the trumpeter whose Sunday sessions at the Blue Lantern ran for almost four decades, has died at the age of 84.
His daughter, Simone, said he died at home in Gresham on Tuesday “⟦p:b|with a record on and his shoes off⟧”.
“⟦d:b|He hated fuss. He’d want us to play something loud and then go to the pub,⟧” she said. “⟦d:b|So that’s what we’re going to do.⟧”
Bassist Walter Quayle, who played alongside him from 1979 until his last gig in 2021, said he had never known a musician who listened so hard. “⟦d:c|Horace would stop in the middle of a solo if he heard something better coming from the piano. Just stop, and grin, and let it happen,⟧” he said.
“⟦d:c|Most trumpet players I’ve known would sooner die.⟧”
Rhoda Finnerty, the owner of the Blue Lantern, said the club would be closed on Sunday for the first time since 1986. “⟦d:d|There’s no Sunday without Horace. Not this week, anyway,⟧” she said.
Delacroix-Obi was famously reluctant to talk about himself. “⟦d:a|The horn does the talking. I just carry it about,⟧” he told this newspaper in 2009.
Asked in the same interview how he wanted to be remembered, he said: “⟦d:a|As the man who turned up on time. In jazz, that’s rarer than genius.⟧”

### 023
@a Budi Santoso | a 34-year-old deckhand from Central Java
@b Agus Wibowo | Another crew member
@c Lorna McCandless | an inspector with the Maritime Welfare Service
@d Harrowby Seafoods | the company that owns the vessel
FENWICK HARBOUR, Oct 3 (Meridian) - The eleven men slept in a space the size of a garden shed, below the waterline, for seven months.
"⟦d:a|We worked twenty hours. Sometimes twenty-two. If you fell asleep on deck, the skipper threw sea water on you,⟧" said Budi Santoso, a 34-year-old deckhand from Central Java, speaking through an interpreter at a seafarers' mission near the quay.
"⟦d:a:m|They kept our passports in the wheelhouse. When we asked for them, they said we owed money for the flights, for the food, for the boots.⟧
"⟦d:a|I have been paid for two months out of seven. My wife thinks I am lying to her.⟧"
Another crew member, Agus Wibowo, 29, held up hands covered in healed cuts. "⟦d:b|Kami bukan budak,⟧" he said. "⟦d:b|We are not slaves.⟧"
Lorna McCandless, an inspector with the Maritime Welfare Service, boarded the trawler Grace Abounding on Monday after a tip-off. "⟦d:c|I've been doing this job for fourteen years and I have rarely seen accommodation that bad,⟧" she said. "⟦d:c|There was one working toilet for eleven men.⟧"
Harrowby Seafoods, the company that owns the vessel, said it "⟦p:d|takes all allegations extremely seriously⟧" and had suspended the skipper pending an investigation. "⟦d:d|We have arranged accommodation ashore for the crew and will ensure that all outstanding wages are paid,⟧" it said in a statement.
Santoso said he wanted only to go home. "⟦d:a|With my passport and my money. That's all. Then I never see the sea again.⟧"

### 024
@a Philippa Okonjo | the headteacher of St Aidan's Primary
@b Ruth Gallagher | Her deputy
@c - | One Year 6 pupil
@d Ollie | -
@e - | One parent
Philippa Okonjo, the headteacher of St Aidan's Primary, was given a guard of honour by 340 pupils on Friday as she left the school for the last time after 26 years in charge.
"⟦d:a|I told them I didn't want any fuss, and they completely ignored me, which is exactly what I've been teaching them to do with authority,⟧" she said, laughing.
"⟦d:a|I've taught the children of children I taught. That's when you know it's time.⟧"
Her deputy, Ruth Gallagher, who takes over in September, said Mrs Okonjo had "⟦p:b|known every child's name, every parent's name and most of the dogs' names too⟧".
"⟦d:b|She leaves very big shoes. I've told the governors I'll be wearing my own,⟧" Mrs Gallagher said.
One Year 6 pupil said the head was "⟦p:c|strict but funny⟧". "⟦d:c|She does the assemblies with puppets even though she says she hates puppets,⟧" she said.
Ollie, 8, had made a card shaped like a dinosaur. "⟦d:d|Because she's old but in a good way,⟧" he explained.
One parent, whose three children have all been through St Aidan's, said: "⟦d:e|When my eldest was struggling, she came to our house on a Saturday. Who does that? Nobody does that.⟧"

### 025
@a Inés Barragán | -
@c Carmen | My sister
@d - | my grandmother
Inés Barragán’s new album, “⟦s:-|Cartas a Valparaíso⟧”, is her first in nine years. She talked to us about grief, her grandmother’s guitar and why she almost stopped making music. “⟦d:a|I thought I had said everything. It turned out I had said everything loudly, and now I wanted to say it quietly,⟧” she told us.
**Why nine years?**
Because my husband died, and for a long time I didn’t want to make any sound at all. My sister, Carmen, kept ringing me and saying, “⟦d:c|Sing in the shower, at least. The neighbours miss you.⟧”
**And did you?**
Eventually. Badly.
**The title track is a letter. Who is it to?**
To my grandmother. She gave me her guitar when I was eleven and said, “⟦d:d|Don’t play it for men. Play it for yourself.⟧” I ignored her for thirty years.
**Critics have called the record “⟦p:-|a whisper you can’t stop hearing⟧”. Does that land?**
It’s very kind. It also sounds like tinnitus.
**What would you tell the eleven-year-old with the guitar?**
Listen to your grandmother. And buy better strings.

### 026
@a Selam Haile | the 26-year-old
@b Brigid Tormey | Her coach
@c Meron | a club runner who works as a pharmacist
Selam Haile crossed the line in Aldersey Park in 2 hours 21 minutes and 47 seconds on Sunday, breaking a course record that had stood since 1998, and then went looking for her sister.
"⟦d:a|Meron ran the first thirty kilometres with me. Without her I'd have gone off far too fast, like I always do,⟧" the 26-year-old said.
Her older sister, Meron, 29, a club runner who works as a pharmacist, had been registered as an official pacemaker.
"⟦d:c|My job was to be boring. Same pace, every kilometre. She kept trying to go past me and I kept telling her to get back,⟧" Meron said.
"⟦d:c|At 25k she said something very rude to me in Amharic. I'm not going to translate it.⟧"
Her coach, Brigid Tormey, who has trained her since she was 15, said: "⟦d:b|I've been telling Selam for two years that this record was hers if she'd just be patient in the first half. Today she was patient. Mostly.⟧"
Haile laughed at that. "⟦d:a|Mostly is fair.⟧"
Asked what comes next, she said the national championships in July, and before that "⟦p:a|a very long sleep⟧".
"⟦d:b|She'll be back on the track on Wednesday,⟧" Tormey said. "⟦d:b|She doesn't know that yet.⟧"

### 027
@a Thanh Nguyen | -
@b Danny | The elder of his two sons
@c Kevin | The younger
@d Linh Nguyen | his wife
At 4:30am the Miss Linh II slips its mooring at Bayou Crane and heads out past the dead cypress stumps, Thanh Nguyen at the wheel and his two sons arguing about the radio.
“⟦d:a|Every morning. Thirty years. Same argument,⟧” says Nguyen, 63, who arrived in Louisiana in 1981 with, he says, “⟦p:a|one shirt and my uncle’s phone number⟧”.
He named the boat after his wife. “⟦d:a|The first Miss Linh sank in the hurricane. The second one is tougher. Like the real one.⟧”
The elder of his two sons, Danny, 34, left for Houston at 18 to study engineering and came back at 30. “⟦d:b|I had a good job. An office, a parking space. I used to sit in the parking space and think about this boat,⟧” he says.
The younger, Kevin, 31, never left. “⟦d:c|Danny came back and started telling us how to do everything with spreadsheets,⟧” he says. “⟦d:c|Some of it was right. Don’t tell him.⟧”
“⟦d:b|I can hear you,⟧” Danny shouts from the stern.
Prices for Gulf shrimp have fallen by a third in five years, undercut by imports, and Nguyen does not know how much longer the boat will pay for itself.
“⟦d:a:m|My father fished in Vũng Tàu. I fish here. My sons fish here.⟧
“⟦d:a|After that, I don’t know. Maybe my granddaughter becomes a lawyer and sues the imports.⟧”
Back at the dock his wife, Linh Nguyen, is waiting with iced coffee in a cool box. “⟦d:d|They fight all day on the boat, then they come home and watch the same television show and agree about everything,⟧” she says.

### 028
@a Rory Blount | Host
@b Femi Adewale | Co-host
@c Arjun Mehta-Sloane | comedian
@e - | The heckler
On the latest episode of the “⟦s:-|Cheap Seats⟧” podcast, comedian Arjun Mehta-Sloane talked about the night he was booed off stage in Carlow, and about the heckler who later became his manager.
Host Rory Blount asked him to set the scene. “⟦d:c|It was a Tuesday. Nobody gets booed on a Tuesday. If you get booed on a Tuesday you were genuinely terrible,⟧” Mehta-Sloane said.
“⟦d:a|How long did you last?⟧” Blount asked.
“⟦d:c|Four minutes. I had a twenty-minute set. I had a closer about my dentist that was going to kill.⟧”
Co-host Femi Adewale, who says he was in the audience that night, disputed the timing. “⟦d:b|It was three minutes, tops. I timed it, because I was bored,⟧” he said.
The heckler, Mehta-Sloane said, had shouted one line over and over: “⟦d:e|Get a real job!⟧”
“⟦d:c|And six months later he was my manager, so one of us did,⟧” he said.
Asked whether the man still heckles him, the comedian nodded. “⟦d:c|Every show. From the side of the stage now, though. It’s more professional.⟧”
Blount closed the episode: “⟦d:a|Arjun, thank you. And to his manager, if you’re listening: get a real job.⟧”

### 029
@a Katarzyna Lis-Ambrose | -
@b Benedikt Auer | The exhibition's curator
@c Halloran Gallery | -
@d Tomasz Lis-Ambrose | Her son
At 71, Katarzyna Lis-Ambrose is having her first solo show in a public gallery, and she is slightly annoyed about it.
"⟦d:a|Forty years I have been painting. Now they notice. Now I am old and interesting,⟧" she says, standing in front of "⟦s:-|Kitchen, Winter, 1983⟧", a canvas the size of a garage door.
The exhibition's curator, Benedikt Auer, calls her "⟦p:b|the best painter in this country nobody had heard of⟧". "⟦d:b|I saw one painting in a dentist's waiting room in Morley Cross and I had to find out who did it,⟧" he says. "⟦d:b|The receptionist gave me her phone number. It took four months to persuade her.⟧"
"⟦d:a|Five,⟧" she corrects him.
The Halloran Gallery said the show, which opens on Saturday, had already "⟦p:c|broken every advance booking record we have⟧".
Her son, Tomasz Lis-Ambrose, 44, who stored many of the works in his garage for a decade, remembers growing up with wet canvases in the hall. "⟦d:d|We weren't allowed to run in the house. Not because of the furniture. Because of the paintings,⟧" he says.
Is she pleased, in the end? She considers it. "⟦d:a|I am pleased they are out of Tomasz's garage. Ask me about the rest in ten years.⟧"

### 030
@a Ravi Subramaniam | the chief executive of Pellar Cycles
@b - | A former colleague
@c - | a Pellar spokesperson
Ravi Subramaniam arrives at Lotte’s, a Korean-German canteen behind Fennick Street station, on a bicycle, which is either a statement or a very good habit.
“⟦d:a|I don’t own a car. I’m not making a point. I just never got round to it,⟧” says the chief executive of Pellar Cycles, folding a helmet into a bag that seems too small for it.
Under Subramaniam, Pellar has grown from 40 staff to 1,900. Last spring its shares fell by a third after it recalled 30,000 electric bikes over a battery fault. I ask whether that was the worst week of his career.
“⟦d:a|The worst month. Weeks are for amateurs,⟧” he says, deadpan. Then the joke goes out of his face.
“⟦d:a:m|A child was hurt. Not badly, thank God, but a child. You don’t think about the share price after that. You think about the child, and about the engineer who signed off that battery, who is a good person and is never going to sleep properly again.⟧
“⟦d:a|We recalled everything. The board thought I was overreacting. I wasn’t.⟧”
A former colleague describes him to me as “⟦p:b|relentlessly decent and quite hard to work for⟧”. He laughs when I read it out. “⟦d:a|Both true. Print both.⟧”
“⟦d:-|Which one matters more?⟧” I ask.
“⟦d:a|Depends who you ask. Ask the engineers on a Friday night and they’ll tell you the second one.⟧”
He orders a second plate of dumplings and eats them fast. “⟦d:a|My wife says I eat like someone is going to take it away,⟧” he says. “⟦d:a|My older brothers used to take it away.⟧”
The following morning a Pellar spokesperson emailed, unprompted, to say: “⟦d:c|Ravi has no plans to step down and is fully focused on the turnaround.⟧”

### 031
@a Chantelle Oduya | Love Lagoon star
@b - | A source close to the star
@c - | a pal
LOVE Lagoon star Chantelle Oduya has broken her silence on her shock split from footballer Jamie Rourke, insisting she is “⟦p:a|happier than ever⟧”.
The 27-year-old stunner posted a tearful video to her 1.2 million followers last night. “⟦d:a|I’m not going to lie and say it’s been easy. But I’m OK, I promise. I’ve got my girls and I’ve got my mum,⟧” she told fans.
A source close to the star told us: “⟦d:b|She’s been through the wringer. She found out from a group chat, of all places.⟧”
“⟦d:c|She’s done with him. She’s deleted his number and she’s booked Ibiza,⟧” a pal added.
Rourke, 29, who plays for Fenton Albion, was spotted leaving a Mayfield nightclub at 3am on Saturday. His agent declined to comment.

### 032
@a Ibrahim Sarr | -
@b Penelope Vance | leader of the opposition group
@c - | one caller to a local radio phone-in
Ibrahim Sarr has been mayor of Colbridge for eleven months, and in that time he has been called a "⟦p:-|dreamer⟧", a "⟦p:-|bulldozer⟧" and, by one caller to a local radio phone-in, "⟦p:c|the man who stole my parking space⟧".
He likes the last one best. "⟦d:a|At least it's specific,⟧" he says.
We meet in his office on the third floor of the town hall, where a whiteboard covered in bus routes takes up most of one wall. I ask the obvious question.
"⟦d:-|Do you regret the bus lanes?⟧"
"⟦d:a|No. I regret how we explained them. We put up the signs before we'd put up the argument.⟧"
Cllr Penelope Vance, leader of the opposition group, is unconvinced. "⟦d:b|He's a nice man with a clipboard and no idea what it's like to run a shop on Tenter Street,⟧" she told me.
Told this, Sarr smiles. "⟦d:a|I ran a shop on Tenter Street for nine years. She knows that. She used to buy her newspapers there.⟧"

### 033
@a Ollie Prentice | singer
@b Kwesi Larbi | bassist
@c Danny Ruane | drummer
@d Niamh Coyle | the band’s only original member
The Tidewaiters' fourth album, “⟦s:-|Salt on the Dashboard⟧”, very nearly did not happen.
“⟦d:a|We nearly split up in a service station on the M6,⟧” says singer Ollie Prentice. “⟦d:a|Over a sausage roll.⟧”
“⟦d:c|It wasn’t about the sausage roll,⟧” says drummer Danny Ruane.
“⟦d:b|It was completely about the sausage roll,⟧” says bassist Kwesi Larbi, who had bought it.
Guitarist Niamh Coyle, the band’s only original member, rolls her eyes. “⟦d:d|It was about eight years of sausage rolls. That one was just the last,⟧” she says. “⟦d:d|Boys in vans. You could write a thesis.⟧”
They spent the following month apart. Prentice went to stay with his parents in Carrick and wrote eleven songs in a fortnight.
“⟦d:a|My mum kept knocking on the door with cups of tea, asking if I was all right. I was writing about a sausage roll, Mum. I was fine.⟧”

### 034
@a Nkechi Oyelaran-Hughes | the first Black woman appointed to the Northern Circuit bench
@b Hugo Tremlett | a barrister who appeared before her more than forty times
Dame Nkechi Oyelaran-Hughes, the first Black woman appointed to the Northern Circuit bench, sat for the last time on Friday, and used her final remarks to tell a packed courtroom that the law was "⟦p:a|too slow, too expensive and too pleased with itself⟧".
"⟦d:a|I say that with love. I've given it forty years. But love is not the same as flattery,⟧" she said.
She was known for plain-spoken judgments. In one, in 2017, she wrote that a council had treated a homeless family "⟦p:a|as an inconvenience rather than as citizens⟧".
"⟦d:b|She had no patience for waffle, and that included mine,⟧" said Hugo Tremlett KC, a barrister who appeared before her more than forty times. "⟦d:b|You learned to get to the point, or she'd get there for you.⟧"
Asked by reporters outside court what she would do next, she said: "⟦d:a|Gardening. Badly. And I'm going to read a novel that isn't evidence.⟧"

### 035
@a Derek Pilling | -
@b Malcolm Eastwood | -
@c Sunita Rao | secretary of the Hollins Lane Allotment Society
For the eleventh year running, the heaviest onion at the Hollins Lane show was grown by one of two men who plant their seedlings 30 yards apart and have not spoken civilly since 1996.
This year it was Derek Pilling's turn, with a bulb of 8lb 2oz. "⟦d:a|Justice,⟧" said Mr Pilling, 74. "⟦d:a|Somebody was at my compost heap in June. I've no proof, but I know.⟧"
Malcolm Eastwood, 71, whose onion came in four ounces lighter, denied any involvement. "⟦d:b|I wouldn't touch Derek's compost with a bargepole. Have you smelt it?⟧" he said.
Sunita Rao, secretary of the Hollins Lane Allotment Society, said the rivalry was good for the show. "⟦d:c|They've been like this since before I joined. People come from miles to watch the weigh-in,⟧" she said. "⟦d:c|We'd be lost without them, frankly. Don't print that.⟧"
Mr Eastwood said he would be back next year with a new variety he described only as "⟦p:b|Ukrainian, and enormous⟧".

### 036
@a Agnes Mwangi | -
@b Wanjiru Kamau | her daughter
@c Njeri Kamau | her granddaughter
Between them, Agnes Mwangi, her daughter Wanjiru Kamau and her granddaughter Njeri Kamau have delivered, by their own rough count, more than 11,000 babies.
Agnes, 83, trained in Nyeri in 1961 and finished her career at Holloway Road maternity unit in 1998. “⟦d:a|In my day you had a bicycle, a bag and a torch. If the torch battery died, you delivered by feel,⟧” she says.
Wanjiru, 56, is now a senior midwife at the same unit. She remembers her mother leaving the house at all hours. “⟦d:b|We used to sit at the window and count the cars. My sister and I thought she had a secret life,⟧” she says. “⟦d:b|She did, in a way. She had about four hundred other families.⟧”
Njeri, 27, qualified last year. Why follow them? “⟦d:c|I didn’t want to, for years. I was going to be an accountant,⟧” she says. “⟦d:c|Then I watched Mum with a frightened seventeen-year-old on a placement day, and that was that.⟧”
Agnes insists that nothing essential has changed. “⟦d:a|Machines, yes. Paperwork, my God. But it is still a woman who is frightened and another woman who says, ‘I’m here.’ That part nobody has improved.⟧”

### 037
@a Sione Latu-Havili | the 31-year-old
@b Mele | His wife
@c Warren Esterhuizen | Coach
GRANTHAM BAY, March 22 - Sione Latu-Havili will start for the Mariners on Saturday, 14 months after a neck injury that doctors warned might end his career.
"⟦d:a|There were nights I didn't think I'd pick my kids up again, let alone play,⟧" the 31-year-old told reporters on Thursday. "⟦d:a|So Saturday is a bonus. Everything now is a bonus.⟧"
His wife, Mele, said she had not wanted him to come back. "⟦d:b|I said no. Then I said no again. Then I watched him sit on the sofa for a year and I said, fine, go,⟧" she said.
Coach Warren Esterhuizen said the flanker had earned his place on merit. "⟦d:c|This isn't a story. This isn't charity. He's the best seven in the building,⟧" he said.

### 038
@a Eluned Parry | Presenter
@b Hywel Bowen-Jones | a sheep farmer from Cwm Tegid
@c Rural Affairs Directorate | -
Presenter Eluned Parry asked Hywel Bowen-Jones, a sheep farmer from Cwm Tegid, on Sunday’s Farm Hour how the new tree-planting rules would affect his business.
“⟦d:b|They want me to plant ten per cent of my land with trees. The ten per cent they’ve picked is the only flat bit I’ve got,⟧” he said.
“⟦d:a|Isn’t there support for that, though? Grants?⟧” Parry asked.
“⟦d:b|There’s a grant. The guidance is forty pages long. I’ve read it twice and I still don’t know whether I’m eligible or under arrest.⟧”
The Rural Affairs Directorate said in a statement that the scheme had been “⟦p:c|designed with farmers, for farmers⟧”.
Bowen-Jones laughed when Parry read that out to him. “⟦d:b|Which farmers? I’d like their phone number.⟧”

### 039
@a Arnav Krishnamurthy | the 12-year-old
@b Suresh Krishnamurthy | His father
@c Viktor Halvorsen | Grandmaster
Arnav Krishnamurthy became the youngest winner of the Eastmoor Open on Sunday, and then asked whether he could go home and play video games.
"⟦d:a|I was a bit lucky in round four. The rest was fine,⟧" the 12-year-old said when asked to sum up his tournament.
His father, Suresh Krishnamurthy, who taught him the moves when he was five, said he had long since stopped playing him. "⟦d:b|He beat me for the first time when he was six. I haven't won since. I've stopped asking for rematches,⟧" he said.
Grandmaster Viktor Halvorsen, who lost to Arnav in the final round, was gracious in defeat. "⟦d:c|He played like a forty-year-old and I played like a twelve-year-old. Wrong way round,⟧" the Norwegian said.
Asked what he would do with the £2,000 prize, Arnav glanced at his father. "⟦d:a|Savings account,⟧" he said with a sigh. "⟦d:a|Apparently.⟧"

### 040
@a Lucía Ferrando | a former air force test pilot
@b Continental Space Agency | the agency
@c Kenji Moriyama | Mission commander
VALDORA, Sept 30 (Meridian) - Lucía Ferrando, a former air force test pilot, returned to Earth on Monday after 186 days aboard the orbital laboratory, and had a very short list of priorities.
“⟦d:a|The first thing I wanted was a shower. The second thing was a shower. The third thing was bread,⟧” Ferrando told reporters at the recovery centre, still in a wheelchair while her legs readjusted to gravity.
Mission commander Kenji Moriyama, who landed with her, called her “⟦p:c|the calmest person on board, by a distance⟧”. “⟦d:c|When the cooling loop failed in March, she fixed it and went back to her experiment. I went and had a lie-down,⟧” he said.
The Continental Space Agency said the mission had “⟦p:b|exceeded every scientific objective⟧”. “⟦d:b|Both crew members are in good health and will undergo standard rehabilitation over the coming weeks,⟧” the agency said.
Asked whether she would fly again, Ferrando did not hesitate. “⟦d:a|Tomorrow, if they let me. After the bread.⟧”

### 041
@a Emeka Nwachukwu-Shaw | director of the Harlow Museum of World Cultures
@b - | The culture minister
Emeka Nwachukwu-Shaw, director of the Harlow Museum of World Cultures, told Tamsin Orr on Arts Tonight that the return of eleven bronze plaques to Benin City next month was "⟦p:a|forty years overdue, and I include myself in that⟧". This is an edited transcript.
**TO:** When did you decide they had to go back?
**ENS:** Honestly? The day I read our own catalogue from 1897. It lists them as "⟦s:-|curiosities⟧", between a stuffed pangolin and a set of false teeth. You read that and you can't unread it.
**TO:** Not everyone agreed with you.
**ENS:** No. The culture minister at the time told me, and I'm quoting, "⟦d:b|Not while I'm in this job.⟧" He's not in that job any more.
**TO:** What will the gallery look like when they've gone?
**ENS:** Empty, for a while. I think it should be. People should have to stand in front of the space and think about why.

### 042
@a Vesna Radulović | the Calder Vale manager
@b Shona McGill | Her captain
Vesna Radulović keeps a notebook in her tracksuit pocket, and she writes in it constantly: in meetings, on the training pitch, halfway through her lunch. ``⟦d:a|Ideas come and then they go. Like players,⟧'' the Calder Vale manager says, and laughs at her own joke.
Two seasons ago her side were bottom of the second tier. On Sunday they can win the league.
``⟦d:a:m|When I came here the first thing I did was ask the girls what they hated about training. They looked at me like I was crazy. Nobody had asked them before.⟧
``⟦d:a:m|They said the same thing: it's boring, it's the same every week. So we changed it. Every Tuesday is something stupid. Handball. Volleyball. Once we played in wellies.⟧
``⟦d:a|It sounds like a joke. It is a joke. But they come on Wednesday happy, and happy players run further.⟧''
``⟦d:-|And if you lose on Sunday?⟧'' I ask.
``⟦d:a|Then we play in wellies on Tuesday again.⟧''
Her captain, Shona McGill, says the squad would ``⟦p:b|run through a wall⟧'' for her. ``⟦d:b|She remembers your kids' names and your mum's operation. Then she drops you, and somehow you still like her,⟧'' McGill says.

### 043
@a Yasmin Haddad | host
@b Frank Dolan | retired detective inspector
@c - | Ruth’s younger sister
In the fourth episode of the Cold Ledger podcast, host Yasmin Haddad sits down with retired detective inspector Frank Dolan, who led the original 1994 investigation into the disappearance of Ruth Aldane.
“⟦d:b|I’ve thought about Ruth most days for thirty years. I’m not saying that for your microphone. It’s just true,⟧” Dolan tells her.
“⟦d:a|Do you think you got anything wrong?⟧” Haddad asks.
“⟦d:b|The first forty-eight hours. We treated it as a girl who’d run off. By the time we stopped thinking that, the trail was cold.⟧”
Ruth’s younger sister, who still lives in Ashby and asked not to be named, told the podcast the family had been “⟦p:c|treated like a nuisance⟧” in the early weeks. “⟦d:c|They kept asking if she had a boyfriend. She was fourteen. She had a paper round,⟧” she said.
Dolan did not dispute it. “⟦d:b|She’s right. I’d say it to her face, and I have.⟧”

### 044
@a Caroline Westbury | -
@b Donna Kyle | -
@c Jamie | -
When Caroline Westbury opened the letter in 2019, she recognised the handwriting on the envelope before she had read a word. It was the same handwriting as on the birthday cards her son had received, once a year, through the adoption agency, for two decades.
"⟦d:a|I knew it was Donna. I sat in the car for twenty minutes before I could open it,⟧" Mrs Westbury, 61, said.
Donna Kyle was 17 when she gave birth to Jamie in 1999. She had asked, she said, for one thing: that he be told he was wanted. "⟦d:b|I couldn't keep him. I wasn't fit to keep a goldfish at that age. But I wanted him to know it wasn't because of him,⟧" Ms Kyle said.
The two women met for the first time at a garden centre café halfway between their homes. "⟦d:b|I brought photos. She brought photos. We didn't drink the tea,⟧" Ms Kyle said.
"⟦d:a|We drank it cold, two hours later,⟧" Mrs Westbury corrected her.
Jamie, now 24 and training as a paramedic, said he has "⟦p:c|two mums and twice the nagging⟧". "⟦d:c|They text each other more than they text me,⟧" he said. "⟦d:c|I find out what I'm doing at Christmas from my birth mum's Facebook.⟧"

### 045
@a Ifeoma Chukwu-Ellis | -
@b Bernard Oyston | her old English teacher
Ifeoma Chukwu-Ellis has been the county’s poet laureate for three weeks, and she has already been asked to write a poem about a bypass.
“⟦d:a|I said yes. I’m going to write the best bypass poem you have ever read,⟧” she says, in the kitchen of her terraced house in Sallow Green, where the fridge is covered in drafts held on with magnets. “⟦d:a|Roads are about leaving and coming home. That’s every poem ever written.⟧”
Her first collection, “⟦s:-|Small Hours at the Launderette⟧”, was shortlisted for the Meadowcroft Prize last year. She wrote most of it on night buses, coming home from shifts at a care home.
I ask whether she still writes on buses. “⟦d:a|When I can. The 43 is best. It’s slow and nobody talks.⟧”
Bernard Oyston, her old English teacher, still has the first poem she handed in, aged twelve. “⟦d:b|It was about her grandmother’s hands. I gave her full marks and then I went and sat in the staff toilets for a bit,⟧” he says.

### 046
@a Liam O'Rourke | the elder by two years
@b Sean O'Rourke | -
@c Pauline Ashby | Station manager
@d Fenmoor Fire and Rescue Service | -
Liam and Sean O'Rourke have been on the same watch at Kilbride Road fire station for nine years. On Tuesday night they pulled the same woman out of the same flat, for the second time.
"⟦d:a|She'd left a chip pan on again. We knew the address before we got in the engine,⟧" said Liam O'Rourke, 38, the elder by two years.
Sean O'Rourke said the woman, who is in her eighties, had recognised them both. "⟦d:b|She said, 'Oh, it's you two again,' like we'd come round for our tea,⟧" he said.
Station manager Pauline Ashby said the brothers were "⟦p:c|a double act, in the best sense⟧". "⟦d:c|You can't put one on a shout without the other asking where he's going,⟧" she said.
Fenmoor Fire and Rescue Service said it would be fitting the woman's kitchen with a heat-sensing cut-off device free of charge, and added: "⟦d:d|Please, please, stop using chip pans.⟧"

### 047
@a Bernadette Mulcahy | the 64-year-old
@b Anil Deshpande | Newsreader
@c Maureen | One viewer
Bernadette Mulcahy presented her last weather forecast on Friday evening after 33 years, ending, as she began, with rain spreading from the west.
“⟦d:a|It would have been nice to go out on a heatwave. But I’ve never lied to you about the weather and I’m not starting now,⟧” the 64-year-old told viewers.
Newsreader Anil Deshpande, who has sat beside her on the evening bulletin since 2004, presented her with a framed chart of the storm of 1997. “⟦d:b|She predicted that one two days before anyone else. Nobody has let her forget it, least of all her,⟧” he said.
Mulcahy once said in an interview that she had spent her whole career trying to make people love the word “⟦s:-|isobar⟧”. She admitted on Friday that she had failed.
One viewer, Maureen, emailed the programme to say: “⟦d:c|I have planned every washing day since 1991 around that woman. What am I supposed to do now?⟧”

### 048
@a Dawa Yangzom | -
@b Karma Gyaltsen | Her husband
Dawa Yangzom has stood on top of eleven of the world’s fourteen highest mountains, and she would rather talk about the walk in.
"⟦d:a|The summit,⟧" she says, "⟦d:a|is the least interesting part. You are there for ten minutes, you cannot think, you take a photograph for the sponsor and you go down.⟧"
"⟦d:a:m|The walk in is where you see everything. The villages, the children running behind you, the old women who tell you you're too thin.⟧
"⟦d:a|Every year they tell me I'm too thin. Every year they are right.⟧"
Her husband, Karma Gyaltsen, who runs a trekking lodge below the Lhotse valley, says he no longer watches the tracking app when she climbs. "⟦d:b|I did the first time. I didn't sleep for nine days,⟧" he says. "⟦d:b|Now I wait for her to ring. She always rings. She is very rude if I don't answer.⟧"

### 049
@a Jhon Alexis Murillo | the 24-year-old from Boyacá
@b Fabrizio Tonelli | the team’s sports director
Jhon Alexis Murillo crossed the finishing line at Col de Vérane with one hand on his heart and the other pointing at the sky, 48 seconds clear of the group of favourites.
“⟦d:a|Esto es para mi mamá,⟧” the 24-year-old from Boyacá said into the first microphone he found. “⟦d:a|This is for my mum.⟧”
His mother, a flower grower, died in February. Murillo said he had thought about leaving the race after the first week. “⟦d:a|I called my brother and he said, ‘If you go home now, she will come back and shout at you.’ So I stayed,⟧” he said later, through a team interpreter.
Fabrizio Tonelli, the team’s sports director, said the attack on the final climb had not been planned. “⟦d:b|We told him to stay with the leader and protect the jersey. He did not listen. Today I am very happy that he did not listen,⟧” Tonelli said.

### 050
@a Harold Penhaligon | -
@b Joyce Trethewey | -
@c Josh | the elder of the two
@d Callum | his brother
Harold Penhaligon proposed to Joyce Trethewey at a dance in St Ives in 1964. On Saturday, sixty years, three children and seven grandchildren later, they finally got married.
"⟦d:a|We kept meaning to. Then the children came, and then the roof went, and then it seemed a bit late,⟧" said Mr Penhaligon, 86.
"⟦d:b|He kept meaning to,⟧" said Miss Trethewey, 84, as she was until about half past two. "⟦d:b|I had the dress picked out in 1965.⟧"
Their grandsons, Josh and Callum, were joint best men. Josh, the elder of the two, said the idea had come up at a Sunday lunch. "⟦d:c|Nan said she'd like to be a bride before she was a great-grandmother. My girlfriend is due in June, so we had a deadline,⟧" he said.
His brother, Callum, handled the speech. "⟦d:d|I had eleven pages. Grandad made me cut it to two. He said at his age he couldn't risk it,⟧" he said.

### 051
@a Sunniva Aas | vice-chancellor of the University of Greymouth
@b Greymouth Students' Union | -
@c - | One third-year history student
Professor Sunniva Aas, vice-chancellor of the University of Greymouth, does not think she has done anything brave by cutting her own pay by a fifth.
“⟦d:a|Brave is the cleaner on the night shift who asked me at the staff meeting why I earned eleven times what she does. I didn’t have a good answer,⟧” she says. “⟦d:a|So I changed the question.⟧”
I ask whether the gesture is not, in the end, just that: a gesture. “⟦d:-|Isn’t this just good PR?⟧”
“⟦d:a|Of course it’s good PR. Things can be good PR and also right. Most of the right things I’ve done have been terrible PR, so I’ll take it.⟧”
Greymouth Students' Union said in a statement that it welcomed the move but that it would “⟦p:b|not pay a single student’s rent⟧”. One third-year history student was less generous: “⟦d:c|She’s still on more than my whole family put together.⟧”

### 052
@a Barry Nuttall | landlord of the Crooked Billet
@b Felicity Harcourt-Lane | neighbour
@c Ribbleton District Council | the council
A PUB landlord has been ordered to silence his karaoke machine after a neighbour complained that his regulars' rendition of "⟦s:-|Hi Ho Silver Lining⟧" was "⟦p:b|a form of torture⟧".
Barry Nuttall, 58, landlord of the Crooked Billet in Ribbleton, said he was "⟦p:a|gutted⟧". "⟦d:a|Thursday karaoke is the only night we make any money. It's pensioners singing Elvis at nine o'clock, not a rave,⟧" he fumed.
But neighbour Felicity Harcourt-Lane, 47, who moved into the converted chapel next door last year, said: "⟦d:b|I have heard 'My Way' four hundred times. I have counted. Nobody does it their way. They all do it the same way, badly.⟧"
Ribbleton District Council said it had "⟦p:c|a duty to act⟧" on noise complaints. "⟦d:c|We have asked the premises to keep amplified music below the agreed level after 9pm,⟧" a statement from the council said.
Barry says he will appeal. "⟦d:a|Frank Sinatra didn't give up, and neither will I.⟧"

### 053
@a Ama Owusu | the eldest
@b Efua | -
@c Akosua | the youngest
The Owusu sisters sell 600 portions of jollof rice a week from a converted horsebox on Canal Street, and they argue about the recipe every single day.
“⟦d:a|Our mum’s recipe has seven ingredients. Efua thinks it has eight,⟧” says Ama Owusu, 34, the eldest.
“⟦d:b|It has eight. She just forgets the bay leaf because she doesn’t like it,⟧” says Efua, 31.
Akosua, 27, the youngest, handles the money and refuses to take sides. “⟦d:c|I stay out of it. I just count,⟧” she says. “⟦d:c|If we sell out, everybody was right.⟧”
They started the business after their mother’s stroke in 2021 left her unable to run her restaurant. She still inspects the horsebox every Saturday, the sisters say. Ama grins. “⟦d:a|She always finds something. Last week it was the bay leaf.⟧”

### 054
@a Oluwaseun Adetola-Berg | the 58-year-old chemist
@b - | his wife
@c Aldous Foundation | -
TRONDHAVEN, Oct 8 (Meridian) - Oluwaseun Adetola-Berg was asleep when the Aldous Foundation rang at 5.14am on Wednesday to tell him he had won this year's Aldous Prize for Chemistry.
"⟦d:a|I thought it was my sister in Lagos. She never remembers the time difference,⟧" the 58-year-old chemist said when reached by telephone an hour later. "⟦d:a|I said, 'Bisi, it's five in the morning,' and a very polite Swedish voice said, 'This is not Bisi.'⟧"
In the background, his wife could be heard calling: "⟦d:b|Tell them about the coffee!⟧"
"⟦d:a|Yes. I have not had coffee. Please write that any mistakes I make are because I have not had coffee,⟧" he said.
The Aldous Foundation cited his work on catalysts that break down plastics at room temperature, which it said could "⟦p:c|change how the world deals with its waste⟧".

### 055
@a Mai Tanaka-Brooks | -
@b - | a retired headmistress
Mai Tanaka-Brooks has tattooed a bishop, two judges and, she is fairly sure, a former cabinet minister, “⟦p:a|although he gave a different name⟧”.
At her studio above a bike shop on Wetherby Row, the walls are covered in what tattooists call “⟦s:-|flash⟧”: sheets of ready-drawn designs, anchors and swallows and roses, that customers can pick off the wall.
“⟦d:a|People think flash is old-fashioned. It’s the opposite. It’s democratic. You don’t need an idea, you just need to point,⟧” she says.
One client, a retired headmistress, came in on her 75th birthday and pointed at a swallow. “⟦d:b|I’d wanted one since 1968. My husband said it was common. He’s dead now,⟧” she tells me, rolling up her sleeve to show it off.

### 056
@a Rafael Azevedo | the 22-year-old Brazilian
@b Niklas Brandt | His teammate
@c Claudine Marchetti | Veloce team principal
Rafael Azevedo won his first grand prix at Montvallon on Sunday, and then spent ten minutes apologising to his own teammate.
``⟦d:a|I know what I did at turn one. I'll say sorry to Niklas properly, not in front of a camera,⟧'' the 22-year-old Brazilian said.
His teammate, Niklas Brandt, who was forced on to the run-off area and finished fourth, was in no mood for apologies. ``⟦d:b|He can say sorry as many times as he likes. I've still lost twelve points,⟧'' the German said.
Veloce team principal Claudine Marchetti said the pair would ``⟦p:c|sit down like adults⟧'' before the next race. ``⟦d:c|I have two drivers who want to win. Usually that is a good problem. Today it was a bad problem,⟧'' she said.

### 057
@a Ayşe Karaca | director
@b Jonah Mistry | Moderator
@d - | a young man in the second row
The question-and-answer session after the premiere of "⟦s:-|The Orchard Year⟧" at the Harbourside Film Festival ran forty minutes over, and director Ayşe Karaca seemed to enjoy every one of them.
Moderator Jonah Mistry began with the decision to cast non-professionals. "⟦d:b|Were you ever tempted to bring in a star?⟧" he asked.
"⟦d:a|Every day. The financiers were tempted every hour,⟧" Karaca said. "⟦d:a|But my neighbours can't act, and that's exactly why they're so good.⟧"
Asked from the floor whether the grandmother in the film was based on her own, she pointed into the stalls. "⟦d:a|She is my own. That's her, over there, in the green coat.⟧"
Then a young man in the second row stood up. "⟦d:d|Why does the dog have to die?⟧"
"⟦d:a|Because dogs die. I'm sorry,⟧" she said.

### 058
@a Dale Pruitt Sr. | The elder Pruitt
@b Dale Pruitt Jr. | His son
@c Marisela Ortega | a school bus driver
Biscuit, a nine-year-old beagle mix, went missing from the Pruitt family farm outside Cold Springs on Thanksgiving weekend. On Tuesday, 212 days later, she walked back up the driveway, thinner and very muddy.
“⟦d:a|I was sitting on the porch and I thought, that dog looks like Biscuit. Then she barked, and I dropped my coffee,⟧” said Dale Pruitt Sr., 71.
His son, Dale Pruitt Jr., 45, had printed 400 posters. “⟦d:b|Dad never gave up. He left her bowl out every single night. Mom said he was crazy,⟧” the younger Pruitt said.
Marisela Ortega, a school bus driver, had spotted the dog near Route 9 last month and fed her for weeks without knowing whose she was. “⟦d:c|She’d come to my stop every afternoon at 3:30 like she was waiting for the kids,⟧” Ortega said.
The elder Pruitt said Biscuit had slept on his bed every night since. “⟦d:a|Don’t tell my wife,⟧” he said.

### 059
@a Oskar Lindgren | host
@b Tunde Bakare | economist
On this week's Money Talks Back, host Oskar Lindgren asked economist Tunde Bakare the question listeners have been writing in about for months: is now a good time to buy a house?
"⟦d:b|There's never a good time. There are less bad times,⟧" Bakare said.
"⟦d:a|That's not an answer,⟧" Lindgren protested.
"⟦d:b|It's the only honest one. Anyone who gives you a straight yes or no is selling you something, and it's probably a mortgage.⟧"
Bakare went on to describe the current market as "⟦p:b|a waiting room with the heating switched off⟧": buyers and sellers sitting in silence, each waiting for the other to move.

### 060
@a Étienne Gagnon-Roy | -
@b Mathieu | His twin
@c - | One customer
@d - | a panel of judges
Étienne Gagnon-Roy gets up at 3am to make the bread. His twin, Mathieu, gets up at 3.05. The five minutes, both brothers agree, are the whole problem.
«⟦d:a|He says he is five minutes younger, so he deserves five minutes more sleep. This is not how age works,⟧» says Étienne.
«⟦d:b|It is exactly how age works,⟧» says Mathieu.
The brothers took over the Boulangerie du Pont in Saint-Aubin-des-Bois from their father in 2015. Last year a panel of judges named their croissants the best in the province, calling them «⟦p:d|shamelessly buttery⟧».
One customer, who has come in every morning for thirty years, says she still cannot tell the twins apart. «⟦d:c|I just say, ‘Bonjour, boys,’ and that covers it,⟧» she says.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh113.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh113",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
