# ruff: noqa: E501
"""Build ``quotes_fresh85.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch or coffee, Q&A transcripts with bold questions or the
interviewer's initials, press-conference transcripts, podcast and radio interviews,
sports and arts interviews, and human-interest stories about families in which several
relatives of the same gender speak and are called by their first names, often with a
reporter who asks questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh85-NNN``.

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
  it (``Owner Pradeep Varma, a retired pharmacist from Kilcarra``): the appositive is
  the description. A title or relational phrase before the name alone (``Trainer Jim
  Tolland``, ``Her mum, Bev``, ``Wife Lorraine``, ``Dad-of-three``) is the description,
  also when a later cue uses a definite description (``the 49-year-old``, ``the
  Japanese ace``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 22-year-old``,
  ``the soprano``, ``His grandfather``), that description is taken; the first such one
  where there are several.
* A bare age (``Surjit Kaur Bains, 90``) is not a description. A non-restrictive
  relative clause after an appositive (``Thandiwe Khumalo, the two-time Olympic
  champion, who stepped away …``) is not part of the description; a restrictive one
  (``a charge nurse who has worked nights for fourteen years``) is.
* Relatives who share a surname that the passage gives only for the family (``the
  three McGettigan sisters``, ``two men called Breen``) or who are called by first
  names to tell them apart are the first name as written (``Róisín``, ``Cathal``);
  where the passage writes a relative's full name (``Rashid Karimov``, ``Ruairí
  Breen``), that full name.
* A speaker named only by the vocative of the next turn (``"Usual, Bernie?"`` /
  ``"Usual, Maureen."``) is that name.
* Fragments quoted from unidentified reviews are ``partial`` with a null speaker; where
  the passage describes their source (``one critic``, ``several reviewers``, ``the
  judges``) that phrase is the description. Words an identified person or organisation
  wrote (a report, a statement, a note, a post, a card read aloud by its writer) are
  that author's.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, also when the next question has no cue; a named host's or
  interviewer's questions are that person's speech; an unnamed reporter's question at
  a press conference has that reporter's description (``one reporter``).
* In a printed dialogue (alternating quote-only paragraphs, or ``Anderssen: "Yes."``)
  each turn belongs to the person whose turn it is.
* Transcripts whose turns carry no quotation marks (``Q.`` / ``ANA KOVAČ:``, initials
  such as ``ST:`` / ``AN:``, bold questions) are not annotated turn by turn. Inside an
  answer, a quote the answerer attributes to someone else is that person's, and ``I
  said, "…"`` is the answerer's; words in a question quoted from a third party (a
  review, a report, an on-court interview) are that party's ``partial``.
* Words the reporter says someone ``used to say`` or ``used to tell her``, quoted in
  the narration, are that person's ``direct`` speech; a translation the reporter adds
  after them is a second span by the same speaker.
* Words told to someone by unidentified people and echoed in the narration (``been
  told, twice, to "sort out the buses"``) are ``partial`` with speaker and description
  null.
* A nickname, a programme or work title, a sign and letters printed on stickers are
  ``scare``; a tabloid's quoted word that the speaker then says herself
  (``"nightmare" split``) is her ``partial``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python build_quotes_fresh85.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh85.jsonl")

PASSAGES = """
### 001
@a Ingrid Solhaug | The 58-year-old novelist
@w - | the waiter
Ingrid Solhaug is already seated when I arrive at Brannock's, a fish restaurant on the harbour at Carrowmere that she chose, she tells me, because “⟦p:a|nobody here has read any of my books⟧”.
The 58-year-old novelist, whose sixth book, “⟦s:-|The Salt Clerks⟧”, sold more copies in its first month than the previous five put together, orders the mussels without opening the menu and asks for bread. “⟦d:a|A great deal of bread,⟧” she adds.
“⟦d:w|And for you?⟧” the waiter asks me. I order the same, minus the bread, and immediately regret it.
“⟦d:-|Does it bother you, being recognised now?⟧” I ask.
“⟦d:a|It doesn't happen. That's the nice thing about writers. We are famous in the way that a brand of tinned tomatoes is famous. People know the label, not the face.⟧”
She grew up in a village on a fjord in western Norway. Her father ran the ferry; her mother was, in Solhaug's words, “⟦p:a|the only atheist in the parish, and loud about it⟧”.
“⟦d:a:m|My mother used to say that God was a story the village told itself so it wouldn't have to talk about money. I was about nine, and I remember thinking: that's the job. Telling the story the village tells itself.⟧
“⟦d:a|I didn't know anyone paid you for it. I'm still slightly surprised.⟧”
The mussels arrive. I mention the review of “⟦s:-|The Salt Clerks⟧” that called it “⟦p:-|a long, cold bath of a book⟧”.
“⟦d:a|I had that one framed,⟧” Solhaug says, entirely serious. “⟦d:a|It's the best thing anyone has said about it. A cold bath is good for you. Nobody enjoys it.⟧”
When the bill comes she reaches for it, and I tell her the paper is paying. “⟦d:a|Then I'll have a pudding,⟧” she says.

### 002
@b Lorna Beattie | His manager
@c Rubén | My dad
Matías Ferreyra, the Dunmore City striker, has scored 19 league goals this season, more than in his previous three seasons combined. His manager, Lorna Beattie, calls him "⟦p:b|the most annoying trainer I've ever had, in the best way⟧". We spoke to the 27-year-old at the club's training ground in Ashby Vale.
**Nineteen goals. What's changed?**
Honestly? I stopped reading about myself. Last season I'd score on a Saturday and then go home and read what people wrote, and if one person said I was lazy, that's all I remembered.
**Who told you to stop?**
My dad, Rubén. He rang me after the derby in March and said, "⟦d:c|Turn the phone off, Mati. The ball doesn't read the internet.⟧" He drives a bus back home. He has never been wrong about anything.
**The fans call you "⟦s:-|El Gato⟧". Do you like it?**
I didn't at first. A cat is a goalkeeper thing. But my daughter loves it, so now I love it.
**Lorna Beattie says you're annoying in training.**
(Laughs) She's right. I ask a lot of questions. She told me once, "⟦d:b|Matías, I'm going to start charging you per question.⟧" I think I owe her a lot of money.
**What's left to win?**
The cup. People keep telling me to concentrate on the league, but I want to hold something in my hands.

### 003
@a Róisín | the eldest
@b Orla | the middle sister
@c Gráinne | the youngest
@d Nuala McGettigan | Their mother
Every morning at half past four the lights go on at McGettigan's Bakery on Quay Street, Ballinure, and the argument starts.
"⟦d:b|It's not an argument, it's a discussion,⟧" said Orla, the middle sister. "⟦d:b|An argument would be if someone was winning.⟧"
The three McGettigan sisters have run the bakery since their father, Seamus, retired in 2019. Róisín, the eldest, does the bread. Gráinne, the youngest, does the cakes, and Orla, by her own account, does "⟦p:b|everything else, including the talking⟧".
"⟦d:a|She's the only one of us who can be nice to people before seven in the morning,⟧" Róisín said, sliding a tray of batch loaves into the oven.
Gráinne disagreed. "⟦d:c|I'm nice. I'm just quiet. There's a difference.⟧"
Their mother, Nuala McGettigan, 71, still comes in on Saturdays to "⟦p:d|supervise⟧", as she puts it.
"⟦d:d|Supervise means I sit in the corner and eat a scone,⟧" she said. "⟦d:d|I did thirty-one years of four o'clock starts. They can have them.⟧"
The sisters admit the pandemic nearly finished the business. "⟦d:a|We had a month where we took in less than the electricity bill. Gráinne cried in the walk-in fridge,⟧" Róisín said.
"⟦d:c|I did not cry in the fridge,⟧" said Gráinne. "⟦d:c|I cried next to the fridge.⟧"

### 004
@a Naledi Mokoena | Housing Minister
@b Callum Prideaux | presenter
@d Tenants First | The tenants' group
Housing Minister Naledi Mokoena has admitted the government will miss its target of 40,000 new social homes by the end of the year, in a combative interview on CRN Radio's “⟦s:-|Breakfast⟧” programme.
Pressed repeatedly by presenter Callum Prideaux, Ms Mokoena said the target had been “⟦p:a|ambitious, and rightly so⟧”.
“⟦d:b|So you'll miss it?⟧” Prideaux asked.
“⟦d:a|We will get very close, and we will be honest about where we land. I'm not going to sit here and pretend a number is a number when it isn't.⟧”
“⟦d:b|That sounds like a yes, Minister.⟧”
“⟦d:a|It's a yes, Callum. Are you happy now?⟧”
She blamed rising construction costs and what she called “⟦p:a|a planning system built for 1974⟧”, and said legislation would be brought forward “⟦p:a|before the summer recess⟧”.
The tenants' group Tenants First said the admission was “⟦p:d|long overdue⟧”. “⟦d:d|Families on the waiting list knew months ago that this target was fiction,⟧” it said in a statement.
Later in the programme, Prideaux put a listener's question to the minister: did she rent or own? “⟦d:a|I own a flat. I had a mortgage at 23 because my parents helped me, and I know that makes me lucky,⟧” she said.

### 005
@a Bastien Rolland | the 39-year-old
@b Jonny Kettering | -
@c Dev Raghunathan | a former team mechanic
Bastien Rolland, who won the Tour of Valmora in 2016 and retired two years later amid a doping investigation that never led to charges, has said he "⟦p:a|lost two years of my life to a rumour⟧".
Speaking on "⟦s:-|Wheelsuckers⟧", the cycling podcast presented by Jonny Kettering and Dev Raghunathan, the 39-year-old said he still received abuse at races.
"⟦d:a|I go to watch my son race in the under-16s and someone will shout 'syringe' from the crowd. At a children's race. That's where we are,⟧" Rolland said.
Kettering asked whether he regretted not speaking out sooner. "⟦d:a|Every day. But my lawyer said, every single day, don't. And you pay a lawyer so you listen to him.⟧"
Raghunathan, a former team mechanic, said he had worked on Rolland's bikes in 2015. "⟦d:c|I'll say this on the record: I never saw anything. Not once. And I saw everything, I was in the truck.⟧"
"⟦d:b|Dev, you were also asleep in the truck most of the time,⟧" Kettering said.
"⟦d:c|Half the time,⟧" Raghunathan replied.
Rolland laughed, then turned serious. "⟦d:a|What I want is for somebody from the federation to say, publicly, 'We got it wrong.' That's all. Four words.⟧"
The federation did not respond to a request for comment.

### 006
@a Ludmila Horáková | The 44-year-old Czech conductor
@b Anselm Gnägi | the orchestra's leader for 23 years
Ludmila Horáková does not like to be called «⟦s:-|maestra⟧». «⟦d:a|Call me Ludmila, or call me late for rehearsal,⟧» she says, in the staff canteen of the Kursaal in Brienzwil.
The 44-year-old Czech conductor takes up her post as chief conductor of the Aaresee Philharmonic in September, the first woman to hold it in the orchestra's 112-year history.
«⟦d:a|People keep telling me this is historic. I suppose it is. But the musicians don't play better or worse because of who is standing in front of them. They play better if the rehearsal is good.⟧»
She switches to German when asked about her predecessor, the late Reto Aebersold. «⟦d:a|Er war ein Mensch, der nie laut wurde,⟧» she says – «⟦d:a|he was a man who never raised his voice⟧». «⟦d:a|I raise my voice. I'm working on it.⟧»
Anselm Gnägi, the orchestra's leader for 23 years, sat on the panel that chose her. «⟦d:b|We heard her conduct Dvořák's Seventh in the trial week, and by the second movement the brass were smiling. The brass never smile,⟧» he says.
«⟦d:b|She is demanding. That's fine. We wanted demanding.⟧»
Told of this, Horáková shrugs. «⟦d:a|The brass were smiling because I let them play loud. It's not complicated.⟧»

### 007
@b Luis | My coach
@c Yui Tachibana | the defending champion
@d Zoran | Your father
Ana Kovač, the world No 14, beat the defending champion Yui Tachibana 6-4, 3-6, 7-6 (5) on Thursday to reach the semi-finals of the Porthaven Open. This is an edited transcript of her press conference.
Q. You were a break down in the third set. What was going through your head?
ANA KOVAČ: Nothing good. (Laughter.) No, honestly, I was thinking about dinner. My coach, Luis, always says, "⟦d:b|When you are losing, think about something boring.⟧" So I thought about pasta.
Q. Yui said in her on-court interview that you were "⟦p:c|the toughest opponent I've played this year⟧". How does that feel?
ANA KOVAČ: That's nice. She's a great champion. I think she was being polite, but I'll take it.
Q. Your father, Zoran, was in your box today for the first time in two years.
ANA KOVAČ: Yes. He doesn't like flying. He told me before the match, "⟦d:d|If I flew all this way, you'd better win.⟧" So, you know, no pressure.

### 008
@a Kartar Singh Bains | the 93-year-old
@b Surjit Kaur Bains | -
@c Jaswinder | Their son
When Kartar Singh Bains first saw his future wife, she was arguing with a bus conductor in Punjab about the price of a ticket. Seventy years later, at their home on Westfield Road, Pellingham, he says she has not lost an argument since.
“⟦d:b|He's exaggerating. I lost one in 1987,⟧” said Surjit Kaur Bains, 90. “⟦d:b|I don't remember what it was about, but I remember losing it.⟧”
The couple, who celebrate their platinum wedding anniversary on Saturday, married in 1955 and came to Britain in 1962, when Mr Bains found work at the Allenby foundry.
“⟦d:a|It was cold. Everybody says that, but it was. I had one jumper and I wore it for the whole of that first winter,⟧” the 93-year-old said.
Their son, Jaswinder, 64, said the family had booked the hall at the gurdwara on Coldharbour Lane for 200 guests. “⟦d:c|Mum wanted it small. This is small, for us,⟧” he said.
Asked for the secret of a long marriage, Mr Bains looked at his wife before answering. “⟦d:a|Say sorry first, even when you're right. Especially when you're right.⟧”
“⟦d:b|He has never been right,⟧” she said.

### 009
@a Tendai Mukoko | The architect
@b Fiona Greig | Her partner in the practice
@c - | one critic
Tendai Mukoko's office occupies the top floor of a former bonded warehouse on Cawdor Basin. The architect, 51, has just won the Halloran Medal for the Wester Rane library, a building one critic called "⟦p:c|a cathedral for people who don't go to church⟧".
"⟦d:a:m|I hate that line. I mean, I love it, it's very flattering, but I hate it. A library is not a cathedral. A cathedral tells you to be quiet because something more important than you is in the room.⟧
"⟦d:a:m|A library should tell you to be quiet because somebody next to you is concentrating, and that person is the most important thing in the room. That's the whole building, really. I've been trying to say that for twenty years.⟧
"⟦d:a|We nearly lost the commission three times because I wouldn't put in a cafe. In the end I put in a cafe. It's very good.⟧"
Her partner in the practice, Fiona Greig, remembers the first presentation to the council. "⟦d:b|Tendai brought a cardboard model and a flask of soup. Everybody else brought renderings,⟧" Greig said. "⟦d:b|They remembered the soup.⟧"
Mukoko grew up in Zimbabwe and came to Britain to study at 19. Her father, a surveyor, "⟦p:a|thought architecture was drawing pictures of other people's houses⟧", she says.
"⟦d:a|He came to the opening of Wester Rane. He walked round it twice, didn't say anything, then sat down in the children's section and read a book about tractors for an hour. That was his review.⟧"

### 010
@a Rafael Quispe | Astronaut
@b Yvette Larochelle | Mission commander
@c Union Space Agency | -
CORDOVA SPRINGS, March 12 (Continental Press) - Astronaut Rafael Quispe, who returned to Earth on Monday after 211 days aboard the Meridian station, said on Wednesday the hardest part of the mission had been ``⟦p:a|missing the smell of rain⟧''.
``⟦d:a|You don't think about it until you're up there. Everything smells of metal and of other people. I would have paid a month's salary to stand in a wet field,⟧'' Quispe, 46, told reporters at the Halvorsen Space Center.
He said he had spoken to his mother by video link every Sunday. ``⟦d:a|She asked every week if I was eating. Every week. I was eating. There is a lot of food up there, it's just all the same food.⟧''
Mission commander Yvette Larochelle, who flew with Quispe, described him as ``⟦p:b|the calmest person I have ever shared a tin can with⟧''.
``⟦d:b|We had a coolant alarm at three in the morning in week twelve, and Rafa floated past me with a toothbrush in his mouth, said `I'll look,' and fixed it,⟧'' Larochelle said. ``⟦d:b|Then he finished brushing his teeth.⟧''
The Union Space Agency said in a statement that both astronauts were ``⟦p:c|in good health and good spirits⟧'' and would undergo several weeks of rehabilitation.

### 011
@a Kayleigh Dunstan | Love Villa star
@b - | A source close to the star
@c Bev | Her mum
@d Jordan Okafor | footballer
LOVE Villa star Kayleigh Dunstan has opened up about her "⟦p:a|nightmare⟧" split from footballer Jordan Okafor - and insists she's "⟦p:a|never been happier⟧".
The 26-year-old, who found fame on the hit dating show last summer, told us: "⟦d:a|Honestly, it was a nightmare. I was crying every night. But I've come out the other side and I'm stronger for it.⟧"
The bubbly blonde from Thornaby Vale revealed she found out about Okafor's new romance when pictures appeared online. "⟦d:a|I found out the same way everyone else did. On my phone, in the queue at the bakery,⟧" she said.
A source close to the star said: "⟦d:b|Kayleigh's been through the wringer. Her mates have rallied round and she's finally smiling again.⟧"
Her mum, Bev, 52, added: "⟦d:c|I told her, 'He's not worth a single tear, love.' And for once she listened!⟧"
Okafor, 29, posted online on Tuesday: "⟦d:d|Wishing K nothing but the best. Some things just aren't meant to be.⟧"
But Kayleigh wasn't impressed. "⟦d:a|Nothing but the best? Mate, you could've said that to my face,⟧" she fumed.

### 012
@a Adaeze Nwachukwu | -
@b - | The judges
@c Ngozi | Your mother
Adaeze Nwachukwu's third collection, “⟦s:-|Harmattan Notebook⟧”, won the Callard Prize for poetry last week. She spoke to our books editor, Simon Threlfall.
ST: The judges called it “⟦p:b|a book that breathes⟧”. Do you know what they meant?
AN: Not really. I think it means the lines are short. (Laughs.) No, I'm grateful. I wrote most of it in my mother's kitchen, with the radio on and the generator going.
ST: Your mother, Ngozi, appears in almost every poem.
AN: She does. She has read them all and she has one complaint. She said, “⟦d:c|Why do I always sound so tired?⟧” And I said, “⟦d:a|Because you were always tired, Mummy.⟧” She didn't speak to me for a day.
ST: Has she forgiven you?
AN: She has asked for a share of the prize money. So, yes.
ST: What's next?
AN: A novel, apparently. My agent has told everyone. I have written eleven pages.

### 013
@a Marek | the older by eleven minutes
@b Tomasz | -
@c Hayley Brandreth | Station commander
@d Elżbieta | Their mother
There are two Zielińskis on Blue Watch at Farnley fire station, and even their colleagues admit they cannot always tell which is which.
The brothers, who are identical twins, joined Westmoor Fire and Rescue Service on the same day in 2014 and have worked the same shifts ever since.
"⟦d:a|People think we planned it. We didn't. We applied separately and didn't tell each other,⟧" said Marek, the older by eleven minutes.
"⟦d:b|He told me. He told me the same night,⟧" said Tomasz.
"⟦d:a|I told you after I'd posted mine.⟧"
"⟦d:b|Which is telling me.⟧"
Station commander Hayley Brandreth said the brothers were "⟦p:c|two of the best firefighters in the county⟧" but admitted the watch had resorted to putting "⟦s:-|M⟧" and "⟦s:-|T⟧" stickers on their helmets.
"⟦d:c|At a job, in full kit, with smoke everywhere, you honestly can't tell. So the stickers stay,⟧" she said.
Their mother, Elżbieta, who came to Westmoor from Poland in 1989, said she had "⟦p:d|never slept properly⟧" since they joined. "⟦d:d|Two sons, one fire. That's what I think about. Always the same fire,⟧" she said.

### 014
@a Bernadette Okwuosa | general secretary of the Transport and Allied Workers' Federation
@b Maureen | The woman behind the counter
@c Alasdair Vint | The transport secretary
Bernadette Okwuosa, general secretary of the Transport and Allied Workers' Federation, has chosen a cafe under a railway arch because, she says, "⟦p:a|if I took you somewhere with tablecloths my members would never let me hear the end of it⟧".
The woman behind the counter greets her by name. "⟦d:b|Usual, Bernie?⟧"
"⟦d:a|Usual, Maureen.⟧"
The usual turns out to be a full breakfast, at one in the afternoon, and a mug of tea "⟦p:a|the colour of a brick⟧", as she specifies.
I ask whether the strikes that shut the Calder Valley lines for eleven days last winter were worth it.
"⟦d:a|Ask the drivers who got nine per cent. Ask the guards who still have jobs. Yes, they were worth it. Were they popular? No. I'm not in the popularity business,⟧" she says.
"⟦d:-|Do you worry about the passengers?⟧"
"⟦d:a:m|All the time. My sister is a nurse and she got stranded at Hebden Cross for four hours in December, and she rang me and called me words I'm not going to repeat in your newspaper.⟧
"⟦d:a|But the answer to angry passengers is a railway that works, and a railway works when the people running it are paid enough to stay.⟧"
Her critics are less charitable. The transport secretary, Alasdair Vint, once called her "⟦p:c|the most dangerous woman in the country⟧".
"⟦d:a|Dangerous to whom, is what I'd ask him,⟧" she says, mopping up egg yolk with a slice of toast. "⟦d:a|Not to the passengers. To him.⟧"

### 015
@a Saoirse Kinsella | the 22-year-old
@b Jim Tolland | Trainer
@c Pradeep Varma | a retired pharmacist from Kilcarra
Saoirse Kinsella was still in her silks, mud up to the elbows, when she tried to explain what had just happened at Carrickbeg.
“⟦d:a|I genuinely don't know. I was last at the second-last and I thought, well, we'll just see,⟧” said the 22-year-old, who rode the 40-1 outsider Partridge Moon to victory in the Harvest Chase.
“⟦d:a|Then everything in front of me started coming back to me and he just kept going. He's a lovely horse. He doesn't know he's supposed to be slow.⟧”
Trainer Jim Tolland, who has had Partridge Moon since he was a yearling, was close to tears. “⟦d:b|Fifty years I've been doing this. Fifty years, and that's the best day. By a distance,⟧” he said.
Owner Pradeep Varma, a retired pharmacist from Kilcarra, bought the gelding for €3,000 at a sale in 2019. “⟦d:c|My wife said I was mad. She's here today, so I'll be saying nothing,⟧” he said.
Kinsella, whose father and two brothers are also jockeys, said she would ring home first. “⟦d:a|Dad will have watched it in the bookies. He'll pretend he backed it. He didn't back it.⟧”

### 016
@a Gerry Mullarkey | -
@b Bernadette | One caller
@c Kofi | Another caller
@d Lough Corr Water Services | -
Listeners to Gerry Mullarkey's phone-in on West Coast FM were in no mood for excuses on Monday, as the water outage in Cloonbrack entered its fourth week.
One caller, Bernadette from Cloonbrack, said she had been "⟦p:b|boiling kettles like it's 1952⟧". "⟦d:b|I'm 78, Gerry. I'm carrying water up the stairs in a saucepan. Is this the country we're living in?⟧"
"⟦d:a|It is, Bernadette, God help us,⟧" Mullarkey replied.
Another caller, who gave his name as Kofi and said he ran a barber's shop on Main Street, said he had lost "⟦p:c|the guts of two thousand euro⟧". "⟦d:c|I can't wash a man's hair with bottled water. Well, I can, but I'm not going to,⟧" he said.
In a statement read out on the programme, Lough Corr Water Services said a replacement pump would be installed "⟦p:d|as a matter of urgency⟧".
"⟦d:a|As a matter of urgency. They said that three weeks ago,⟧" Mullarkey said. "⟦d:a|Same words. I have the piece of paper here in front of me.⟧"

### 017
@a Ilse Vandermeulen | -
@b Kwame Asiedu | her assistant
The first thing Ilse Vandermeulen says to me, before hello, is “⟦d:a|Don't touch the blue one.⟧”
There are eleven canvases leaning against the walls of her studio, a former tram depot in Westhaven, and four of them are blue. I keep my hands in my pockets.
“⟦d:a|That one is wet. The others are just expensive,⟧” she says, and then, to her assistant, Kwame Asiedu, who is sweeping the floor: “⟦d:a|Coffee, please, and not the terrible one.⟧”
“⟦d:b|They're all the terrible one,⟧” Asiedu says.
Vandermeulen, 71, has been painting the same mile of estuary for thirty years. Her retrospective at the Harcourt Gallery, which opens next month, is called “⟦s:-|One Mile of Water⟧”.
“⟦d:-|Aren't you bored of it?⟧” I ask.
“⟦d:a:m|Are you bored of your own face? You see it every morning. It's different every morning. Some mornings it's terrible.⟧
“⟦d:a|The water is like that. Some mornings it's terrible. Those are the good paintings.⟧”
When I leave, she walks me to the door and points at my shoes. “⟦d:a|You've got blue on your heel. Now you're in the show.⟧”

### 018
@a Hyacinth Campbell | -
@b Marcia | Her daughter
@c Tanisha | Marcia's daughter
Between them, the three women around Hyacinth Campbell's kitchen table in Edgehill have given 97 years to Merrow General Hospital.
Hyacinth, 88, arrived from Jamaica in 1958 to train as a nurse. Her daughter, Marcia, followed her onto the wards in 1981, and Marcia's daughter, Tanisha, qualified as a midwife in 2016.
"⟦d:a|When I started, the sister on my ward told me I'd last a month,⟧" said Hyacinth. "⟦d:a|I lasted thirty-six years. She lasted eleven. I went to her retirement do.⟧"
"⟦d:b|Mum went to everybody's retirement do,⟧" said Marcia. "⟦d:b|It was her revenge.⟧"
Tanisha said she had never seriously considered any other job. "⟦d:c|I grew up hearing about the wards at every Sunday dinner. Bedpans over the rice and peas. I didn't stand a chance,⟧" she said.
Asked what had changed most, the three women answered at once. "⟦d:a|The paperwork,⟧" said Hyacinth. "⟦d:b|The parking,⟧" said Marcia. "⟦d:c|Nothing,⟧" said Tanisha, and her mother and grandmother both turned to look at her.
"⟦d:c|I mean it. The patients are the same. Frightened people who want someone to be kind to them. That hasn't changed.⟧"
Hyacinth nodded slowly. "⟦d:a|She's right. Don't print that I said that.⟧"

### 019
@a Femi Lawal | -
@b Russell Penhaligon | Comedian
Comedian Russell Penhaligon has revealed that he once performed a whole festival run to an audience that, on one night, consisted of “⟦p:b|a man, his dog and a woman who'd come in to get out of the rain⟧”.
Appearing on Femi Lawal's podcast “⟦s:-|Side Door⟧”, Penhaligon, 47, said his 2004 Kelburn Fringe show, “⟦s:-|Tuesday Is Not a Colour⟧”, had been “⟦p:b|the worst three weeks of my life and the best education⟧”.
“⟦d:a|Did the dog laugh?⟧” Lawal asked.
“⟦d:b|The dog was the only one who laughed. The man was asleep by the second joke. The woman left when it stopped raining,⟧” Penhaligon said.
“⟦d:b|I did the whole hour anyway. That's the thing nobody tells you. You do the whole hour.⟧”
Lawal, who started in stand-up the same year, said he remembered the posters. “⟦d:a|There was one outside the chip shop on Tanner's Wynd with a moustache drawn on you. I always assumed you'd done that yourself.⟧”
“⟦d:b|I had,⟧” Penhaligon said.

### 020
@b Chidi Okonjo | The director
@c - | One critic
@d - | My mother
Soraya Haddad has played a nun, a poisoner and a ghost. In Channelside's new drama “⟦s:-|The Lamplighters⟧” she plays a Victorian gas-company clerk who barely speaks. We met at a hotel on Harbour Row.
**Is it true you turned the part down?**
Three times, actually. The director, Chidi Okonjo, kept sending the script back with little notes. The third one said, “⟦d:b|You know you're going to do it, so stop wasting both our time.⟧” He was right, which was annoying.
**Your character spends most of the series in silence. Was that hard?**
It was the best thing about it. On the first day I asked Chidi where my lines were and he said, “⟦d:b|In your face.⟧” I went home and cried, and then I understood what he meant.
**One critic called your performance “⟦p:c|a masterclass in stillness⟧”.**
I'll take it. My mother read that and said, “⟦d:d|Stillness? She never sat still for one minute as a child.⟧”
**What's next?**
A comedy. I want to say lots of words very fast.

### 021
@a Kavinda Wickramage | The Harbourside Mariners captain
@b - | one reporter
@c - | a local radio reporter
@d Phil Easterby | Head coach
Kavinda Wickramage did not sit down for the first question. The Harbourside Mariners captain stood behind the table in the media centre at Eastcliff, arms folded, and waited.
"⟦d:b|Kavinda, was that the worst you've batted all season?⟧" one reporter asked.
"⟦d:a|Yes,⟧" Wickramage said, and sat down. "⟦d:a|Next question.⟧"
It came from a local radio reporter, and it was about the decision to bowl first. "⟦d:c|Would you do it again?⟧"
"⟦d:a|With the same information, yes. The pitch looked wet. It wasn't wet. That's cricket. You make a call at ten in the morning and you live with it until six.⟧"
He was gentler about his young opener, Zain Rasool, who was out first ball for the third match in a row. "⟦d:a|Zain is going to play for a long time. Today isn't going to matter to him in five years. It matters to him tonight, and I'll go and sit with him.⟧"
Head coach Phil Easterby, speaking separately, said the side had been "⟦p:d|outplayed in every department⟧". "⟦d:d|I'm not going to dress it up. They were better. We go away, we get better,⟧" he said.

### 022
@a Mahmoud al-Khatib | -
@b Omar | His son
@c Glenys Pritchard | a retired teacher from the Glynarth Welcome Group
Mahmoud al-Khatib still carries the key to the house in Tell Qasra that he left nine years ago. He takes it out of his jacket and puts it on the table of the flat in Glynarth where the family has lived since 2021.
Speaking through an interpreter, he said: “⟦d:a|It is not for memory. It is for the door. One day I will open it.⟧”
His son, Omar, 17, who arrived speaking no English and is now predicted top grades in all his exams, laughs when his father's words are translated. “⟦d:b|He says that every time someone visits. The door is probably not even there.⟧”
“⟦d:a|The door is there,⟧” Mr al-Khatib says, in English.
Omar wants to study medicine. “⟦d:b|Back home my dad was a pharmacist. Here he works nights in a warehouse. He doesn't complain, but I see it. I want to do the thing he couldn't finish.⟧”
Glenys Pritchard, a retired teacher from the Glynarth Welcome Group, helped the family find the flat. She said Omar had been “⟦p:c|a force of nature from the first week⟧”.
“⟦d:c|He'd come to my house every Saturday with a dictionary and a list of twenty words. I taught for thirty years and I never saw anything like it,⟧” she said.

### 023
@a Douglas Ferrante | the company's chief executive
@b Anjali Menon | presenter
@c Calloway Energy | -
@d Fair Bills | The consumer group
The boss of Calloway Energy has defended a 38 per cent rise in annual profits as household bills remain near record levels.
Douglas Ferrante, the company's chief executive, told presenter Anjali Menon on NTV's "⟦s:-|The Week Ahead⟧" that the profits were "⟦p:a|not a windfall, they are a return on a decade of investment⟧".
"⟦d:b|Your customers would say they're a return on their misery,⟧" Menon said.
"⟦d:a|I understand the anger. I do. I get the letters. But if we don't invest, the lights go out in 2030, and then they'll be writing very different letters.⟧"
Menon pressed him on his own pay package, reported to be £6.4m. "⟦d:b|Is that justified?⟧"
"⟦d:a|That's a matter for the board and the shareholders.⟧"
"⟦d:b|I'm asking you.⟧"
Ferrante paused. "⟦d:a|I think I'm paid what the market pays for this job. Whether the market is right is a bigger question than one interview.⟧"
After the broadcast, Calloway Energy said in a statement that it had "⟦p:c|always been open about executive remuneration⟧" and that Mr Ferrante had waived his bonus this year.
The consumer group Fair Bills said the interview had been "⟦p:d|a very long way of saying nothing⟧".

### 024
@a Eileen Marsh | his widow
@b Trevor Halsall | the band's principal cornet
@c Ikenna Obi | -
@d Shawcross Colliery Band | the band
For 43 years, Stanley Marsh stood in front of the Shawcross Colliery Band on Sunday mornings with a baton in one hand and a mint imperial in the other.
He died last Tuesday, aged 81. On Saturday the band will play at his funeral without a conductor, at his own request.
“⟦d:a|He said to me years ago, ‘When I go, don't get anybody to stand in front of them. Let them find their own way through it,’⟧” said his widow, Eileen Marsh. “⟦d:a|So that's what they'll do.⟧”
Trevor Halsall, the band's principal cornet, joined as a boy in 1979. “⟦d:b|Stan was the only person who could shout at you and make you feel better about yourself. I still don't know how he did it,⟧” he said.
Ikenna Obi, 19, joined at eleven after Mr Marsh visited his primary school. “⟦d:c|He gave me a tenor horn and said I could keep it if I turned up every week. I've turned up every week for eight years. I think he knew exactly what he was doing,⟧” he said.
Halsall said the band had been “⟦p:b|Stan's other family⟧” and that Mrs Marsh had been “⟦p:b|very generous in sharing him⟧”.
“⟦d:a|Generous,⟧” Mrs Marsh repeated when this was put to her, and laughed. “⟦d:a|I didn't have a lot of choice.⟧”
In a statement, the band said: “⟦d:d|Stanley gave us our sound. We will keep playing it.⟧”

### 025
@a Mere Rāwiri | the mayoral candidate
@c - | A man in a high-vis jacket
@d Josh Whitaker | Her press officer
Mere Rāwiri walks fast. By the time I catch up with her outside the fish market in Port Selwyn she has shaken eleven hands and been told, twice, to “⟦p:-|sort out the buses⟧”.
“⟦d:a|Everyone tells me to sort out the buses. I am going to sort out the buses,⟧” the mayoral candidate says, without slowing down. “⟦d:a|Write that down.⟧”
I write it down. “⟦d:-|How?⟧” I ask.
“⟦d:a|You take the money we spend on consultants telling us how to sort out the buses, and you buy buses.⟧”
A man in a high-vis jacket stops her by the crab stall. “⟦d:c|You're the one off the telly. My nan likes you,⟧” he says.
“⟦d:a|Tell your nan to vote,⟧” says Rāwiri.
“⟦d:c|She's dead.⟧”
There is a pause. “⟦d:a|Then you vote for her,⟧” Rāwiri says, and he laughs and shakes her hand.
Her press officer, Josh Whitaker, who has been trying to steer her towards a waiting car for ten minutes, finally intervenes. “⟦d:d|Mere, we've got the radio at half past.⟧” She waves him away and heads for the oyster stall.

### 026
@a Ilyas Karimov | -
@b Rashid Karimov | his father
@c Gethin Rees | the reigning champion
The gym above the carpet warehouse in Brackley Moor has no sign outside, no website and, until last month, no heating. It has produced one unbeaten welterweight, and on Saturday night Ilyas Karimov will fight for the Continental title at the Harbour Arena.
His trainer is his father, Rashid Karimov, 58, who boxed for the Uzbek national team in the 1980s and settled in Brackley Moor in 1999. To avoid confusion, this article refers to them by their first names.
"⟦d:a|People ask if it's hard being trained by your dad. It's hard being trained by anyone. At least with Dad I know where he lives,⟧" said Ilyas, 27.
Rashid, sitting on the ring apron, did not smile. "⟦d:b|He knows where I live because he still lives there,⟧" he said.
"⟦d:a|That's - okay, that's fair.⟧"
Rashid describes his son's style as "⟦p:b|too pretty⟧". "⟦d:b:m|He likes to be hit less than I liked to be hit. That's good. That's modern. But sometimes you have to stand in front of a man and show him you are not going anywhere.⟧
"⟦d:b|On Saturday, he will have to stand.⟧"
His opponent, Gethin Rees, the reigning champion, has promised to take Ilyas "⟦p:c|to places he's never been⟧".
Asked about that, Ilyas shrugged. "⟦d:a|I've been to Tashkent in August. I don't think he can make it hotter than that.⟧"

### 027
@a Jo Ferriter | the singer
@b Siân Howells | -
@c Ade Bankole | the drummer
@d Matty Kerrigan | the guitarist
It has been nineteen years since Lantern Static last played together, and within five minutes of sitting down in a pub on Sallow Street the four of them are arguing about who broke up the band.
“⟦d:a|It was Matty,⟧” says Jo Ferriter, the singer.
“⟦d:b|It was the van,⟧” says Siân Howells, who played bass. “⟦d:b|The van broke up the band. It broke down outside Dunmarrow and nobody spoke for six hours, and then we just didn't get back in it.⟧”
Ade Bankole, the drummer, sides with Howells. Matty Kerrigan does not. “⟦d:d|It was me. I left. I'm allowed to say it was me,⟧” the guitarist says. “⟦d:d|I was 24 and I thought I was Bob Dylan. I was not Bob Dylan.⟧”
“⟦d:c|He was more Bob the Builder,⟧” says Bankole.
The reunion, eight dates starting at the Corn Exchange in Harlow Fen in March, was Ferriter's idea. She says she rang the others “⟦p:a|one by one, in order of how likely they were to hang up⟧”.
“⟦d:-|And Matty was last?⟧” I ask.
“⟦d:d|I was last,⟧” says Kerrigan. “⟦d:d|And I said yes before she'd finished the sentence. Don't let them tell you any different.⟧”

### 028
@a Augustine Mensah | the headteacher
@b Chloe Dabrowski | -
@c Dilys Pugh | The chair of governors
When Augustine Mensah arrived at St Brigid's Primary in Oakenrod in 2003, the school was in special measures and, in his words, ``⟦p:a|the roof leaked in four places and the staff in five⟧''.
Twenty-two years later, the headteacher retires this week with the school rated outstanding and a waiting list for places.
``⟦d:a|I didn't do it. The teachers did it, the parents did it, the children did it. I mostly stood at the gate,⟧'' Mr Mensah said.
He has stood at that gate every school morning, rain or shine, and greeted every child by name. ``⟦d:a|That's the job. If you know their name, they know you've seen them,⟧'' he said.
Chloe Dabrowski was in Year 3 when Mr Mensah arrived. Now 30, she teaches Year 5 at St Brigid's. ``⟦d:b|He used to call me Chloe the Chatterbox. He still does, in staff meetings,⟧'' she said.
``⟦d:b|I wouldn't be a teacher if it wasn't for him. I was a nightmare. He never once made me feel like one.⟧''
The chair of governors, Dilys Pugh, said there would be a farewell assembly on Friday. ``⟦d:c|We've asked him not to stand at the gate that morning. We don't think he'll listen,⟧'' she said.

### 029
@a Hoang Thi Lan | The volcanologist
@b Piet Verhoeven | the colleague with the strap
Hoang Thi Lan has been down into the crater of Mount Serang four times, and she describes each descent the way other people describe bad flights.
"⟦d:a:m|The first time, you think you are going to die, and you're fine. The second time, you think you're fine, and you nearly die. That's the dangerous one. I slipped on a ledge and my colleague caught my pack strap.⟧
"⟦d:a:m|After that, every time, you think about the pack strap.⟧
"⟦d:a|I still have the strap. It's on my office wall.⟧"
The volcanologist, who leads the geohazards unit at the University of Marlowe, has spent twenty years trying to do something most of her field considered impossible: forecast an eruption to within a week.
Piet Verhoeven, the colleague with the strap, is now retired and lives in the Netherlands. "⟦d:b|She weighed nothing. I thought I was grabbing a rucksack and it turned out Lan was attached,⟧" he said by phone. "⟦d:b|She has never thanked me. She sends me a bottle of jenever every Christmas. I think that's the thank-you.⟧"
Last year her model forecast the eruption of Mount Kalitan, she says, "⟦p:a|six days early, which is not the same as a week, but I'll take it⟧".
"⟦d:a|People say it's a breakthrough. It's one result. Ask me again after ten,⟧" she said.

### 030
@a Ang Nuru Tamang | The mountain guide
@b Katrin Vogelsang | a 61-year-old pharmacist from northern Germany
@c Kalapani Treks | The expedition company
The mountain guide Ang Nuru Tamang reached the summit of Chomo Khang for a record fourteenth time on Tuesday, and said afterwards that he intended to stop.
"⟦d:a|Fourteen is enough. My wife says thirteen was enough,⟧" the 49-year-old told reporters by satellite phone from Camp II.
"⟦d:a|The mountain has been good to me. I don't want to ask it for too much.⟧"
Tamang was guiding Katrin Vogelsang, a 61-year-old pharmacist from northern Germany, who became the oldest woman to climb the peak. "⟦d:b|He told me at the last ice step, 'Slowly, slowly, or you go home in a bag.' I went slowly,⟧" Vogelsang said.
"⟦d:b|I'm 61. I went up a mountain. My grandchildren think I'm mad, and they're right.⟧"
The expedition company, Kalapani Treks, said all eight members of the team had returned safely to base camp. "⟦d:c|This is Ang Nuru's mountain,⟧" the company said. "⟦d:c|We just carry the tents.⟧"

### 031
@a Gary Mottershead | Dad-of-three
@b Lorraine | Wife
@c Pat Quigley | Neighbour
@d - | one regular at the Fox and Hounds
Dad-of-three Gary Mottershead has vowed he WON'T be quitting his job as a forklift driver after scooping £4.2million on the lottery - because he'd “⟦p:a|be bored stupid by Wednesday⟧”.
Gary, 47, from Lowther Green, matched all six numbers in Saturday's draw using his three kids' birthdays.
“⟦d:a|I checked it nine times. Nine. Then I woke the missus up and she thought someone had died,⟧” he said.
Wife Lorraine, 45, said: “⟦d:b|He was white as a sheet. I thought he was having a heart attack. Then he showed me the ticket and I nearly had one.⟧”
The couple plan to pay off their mortgage, buy a static caravan at Porth Eirin and take the kids to Florida. Gary said: “⟦d:a|Not the theme parks. The kids want the theme parks. I want to see an alligator.⟧”
Neighbour Pat Quigley, 70, said the whole street had been celebrating. “⟦d:c|They're the nicest family you'll meet. If anyone deserves it, it's them. Although he still owes me a fiver from the darts,⟧” she laughed.
But one regular at the Fox and Hounds said: “⟦d:d|He's been in every night buying rounds. The landlord's talking about retiring.⟧”

### 032
@a Marguerite Ollivier | the independent monitor of Castlemoor Prison
@c Correctional Service | -
@d - | One man
@e - | The governor
On Thursday's "⟦s:-|Northern Report⟧", presenter Kieran Boateng spoke to Marguerite Ollivier, the independent monitor of Castlemoor Prison, whose annual report was published this week. This is an edited transcript.
KIERAN BOATENG: Your report says parts of the prison are "⟦p:a|unfit for human habitation⟧". That's a strong phrase.
MARGUERITE OLLIVIER: It's the legal phrase. I didn't choose it for effect. I chose it because it was accurate.
KIERAN BOATENG: The Correctional Service says it has "⟦p:c|a robust plan⟧" to fix it.
MARGUERITE OLLIVIER: They've had a robust plan since 2017. I've read it. It's very robust. Almost nothing in it has happened. The governor told me, "⟦d:e|We are doing our best with what we have,⟧" and I believe him. What he has is not enough.
KIERAN BOATENG: What did the prisoners tell you?
MARGUERITE OLLIVIER: One man, who'd been there six years, said to me, "⟦d:d|I'm not asking for a hotel. I'm asking for a window that shuts.⟧" I put that in the report word for word.
KIERAN BOATENG: Marguerite Ollivier, thank you.

### 033
@a Nkechi Adebowale | The Eastbridge Athletic Women captain
@b Freya Lindqvist | Goalkeeper
@c Carla Montefiore | Manager
Nkechi Adebowale has been waiting eleven years for a day like Sunday. The Eastbridge Athletic Women captain, who joined the club when it trained on a council pitch behind a bus depot, lifted the National Cup at Ferris Park after a 3-1 win over Harrowgate Ladies.
"⟦d:a|I used to carry the nets to training in my mum's car. Today somebody else carried the nets. That's how I know we've made it,⟧" the 30-year-old said, still wearing her medal.
Goalkeeper Freya Lindqvist, who saved a penalty at 2-1, said she had studied "⟦p:b|every spot-kick she's taken since she was about twelve⟧".
"⟦d:b|I knew she'd go left. She always goes left. I went left,⟧" she said. "⟦d:b|Nkechi told me before the game, 'If you save one, I'll buy you a car.' I'm expecting a car.⟧"
Adebowale, told this, said: "⟦d:a|A toy car. I said a toy car.⟧"
Manager Carla Montefiore praised both players but said the club's real achievement was "⟦p:c|the 400 girls in our academy who watched that today⟧".
"⟦d:c|That's the trophy. This one goes in a cabinet. They go on to play,⟧" she said.

### 034
@a Brendan Kilcoyne | a retired detective sergeant who led the case from 1996 until 2004
@b Leah Marchetti | -
@c Priya Sandhu | -
@d Courtney Fenwick | Annalise's sister
The detective who led the original investigation into the disappearance of Annalise Fenwick has said he is “⟦p:a|certain, more certain than I've ever been of anything⟧” that her killer is still alive.
Speaking on “⟦s:-|The Fenwick Tapes⟧”, the podcast presented by Leah Marchetti and Priya Sandhu, Brendan Kilcoyne, a retired detective sergeant who led the case from 1996 until 2004, said he had “⟦p:a|a name in my head and a name in my notebook, and they are the same name⟧”.
“⟦d:b|Will you tell us the name?⟧” Marchetti asked.
“⟦d:a|No. I'll tell a court.⟧”
Sandhu asked whether he believed the family had been let down. He took a long time to answer.
“⟦d:a:m|Yes. By us. By me, in some ways. We had a sighting in the first week that we didn't follow up for nine days, because the officer who took the call put it in the wrong tray. Nine days.⟧
“⟦d:a|I've thought about that tray every day since.⟧”
Annalise's sister, Courtney Fenwick, who has campaigned for a new inquiry, told the podcast she had listened to the interview “⟦p:d|with my hand over my mouth⟧”.
“⟦d:d|It's the first time anyone from the police has said sorry. It's been twenty-nine years,⟧” she said.
“⟦d:c|Do you believe him?⟧” Sandhu asked her.
“⟦d:d|I believe he's sorry. I'll believe the rest when someone is standing in a dock.⟧”

### 035
@a Mathilde Ekambi | the soprano
@b Jean-Baptiste Ekambi | a schoolteacher
@c Oskar Lindahl | -
Mathilde Ekambi has sung Tosca 140 times, and she still gets nervous before the second act. «⟦d:a|Not the first. In the first act she's in love and everything is easy. The second act is where she has to kill a man. That's the one I worry about,⟧» the soprano says, laughing.
The 46-year-old, who was born in Cameroon and grew up in France, returns to the Lakeside Opera this month in a new production. She did not come from a musical family. Her father, Jean-Baptiste Ekambi, a schoolteacher, used to tell her «⟦d:b|la musique, ce n'est pas un métier⟧» – «⟦d:b|music is not a job⟧».
«⟦d:a|He came to my debut at the Opéra de Valmont in 2004, and afterwards he said, 'It's still not a job. But it's something.' From him, that was a standing ovation.⟧»
Oskar Lindahl, who is directing the production, calls her «⟦p:c|the most intelligent actress on any opera stage today⟧». «⟦d:c|She argues with me about every blocking decision, and she's right about half of them. That's a very high percentage,⟧» he says.
Ekambi shrugs at the compliment. «⟦d:a|Half? I'd say seventy per cent.⟧»

### 036
@a Andreas | the eldest
@b Nikos | -
@c Petros | the youngest
@d Kostas Christodoulou | -
The sign above the workshop on Fenner Road still says “⟦s:-|K. Christodoulou & Sons – Motor Repairs⟧”, although K. Christodoulou has not lifted a spanner since 2011.
“⟦d:d|I lift the newspaper. That's enough,⟧” said Kostas Christodoulou, 79, from a plastic chair by the tyre rack, where he spends most mornings.
His three sons, Andreas, Nikos and Petros, now run the garage, which their father opened in 1974 with a loan from his brother-in-law and “⟦p:d|one and a half tools⟧”.
“⟦d:a|He says one and a half. It was two. One was broken,⟧” said Andreas, 52, the eldest.
Nikos, 49, handles the MOTs and the customers. “⟦d:b|I'm the one who talks, Andreas is the one who fixes, and Petros is the one who eats,⟧” he said.
“⟦d:c|I'm the one who does the accounts, which nobody else can be trusted with,⟧” said Petros, 44, the youngest, through a mouthful of koulouri.
The garage was nearly sold in 2019, when a developer offered £1.1m for the site. All three brothers say it was their father who refused.
“⟦d:d|I said, where will I sit?⟧” Kostas said. “⟦d:d|They said, at home. I said, no, thank you.⟧”

### 037
@a Ruaridh MacAskill | -
@b Eilidh | his daughter
It is 5am, and Ruaridh MacAskill is apologising for the weather, as if he had arranged it.
"⟦d:a|You picked the worst week. I'd have told you, if you'd asked,⟧" he says, handing me a pair of waterproof trousers two sizes too big.
"⟦d:-|Would you have told me not to come?⟧" I ask.
"⟦d:a|No. I'd have told you to bring better trousers.⟧"
MacAskill, 66, has worked the same forty acres at Ardcaorann, on the island of Tarsa, for 45 years. His father worked them before him, and now his daughter, Eilidh, 31, has given up an accountancy job in the city to take them on.
"⟦d:b|Everyone thinks I'm mad. My pals in the city think I'm mad. Dad thinks I'm mad,⟧" Eilidh says, hauling a bale across the yard. "⟦d:b|He's the only one who's allowed to.⟧"
Later, when she is out of earshot, I ask him whether he is glad she came back. He takes a long time to answer, the way men on Tarsa do.
"⟦d:a|Glad? I'm terrified. She'll do it better than me, and I'll have to watch.⟧"
Then, after a moment: "⟦d:a|Aye. I'm glad.⟧"

### 038
@a Tigran Avetisyan | -
@b Grigor Sahakyan | His coach
@c Anahit | Your mother
Tigran Avetisyan, 19, last week became the youngest winner of the Aldermoor Invitational. His coach, Grigor Sahakyan, calls him "⟦p:b|the laziest genius I have ever met⟧".
**Is that fair?**
Completely. I don't like to work. I like to play. Grigor thinks these are different things.
**Are they?**
He would say yes. When I was twelve he told me, "⟦d:b|Tigran, talent gets you to the board. Work keeps you in the chair.⟧" I said, "⟦d:a|I like the chair,⟧" and he made me do endgames for a month.
**What do you do when you're not playing?**
Football, badly. And I watch cooking shows. There's one called "⟦s:-|Knife Edge⟧" - I've seen every episode twice.
**Your mother, Anahit, has said she still doesn't understand chess.**
She says it's "⟦p:c|boys staring at a table⟧". She's not wrong.

### 039
@a Marisa | a charge nurse who has worked nights for fourteen years
@b Joy | -
@c Ana Lucía | the ward's unofficial DJ
At 3am on Ward 9 of the Royal Carrick Infirmary the lights are dimmed, and the only sound is the beeping of a drip pump that nobody can find.
The hospital asked that the nurses be identified by their first names only.
“⟦d:a|It's always that one. It's haunted,⟧” says Marisa, a charge nurse who has worked nights for fourteen years, as she hunts along the bays.
Joy, 24, qualified in September. This is her ninth night shift. “⟦d:b|I thought I'd be scared of the emergencies. I'm not. I'm scared of the quiet bits, when you've got time to think,⟧” she says.
Marisa, overhearing, calls across the nurses' station: “⟦d:a|The quiet bits are when you eat. Eat something, Joy.⟧”
Ana Lucía, the ward's unofficial DJ, keeps a radio playing at a whisper behind the desk. “⟦d:c|Patients sleep better with a little music. So do nurses,⟧” she says.
At 4.40am a buzzer goes in bay three. A man in his eighties, confused, wants to know where his wife is. Joy sits with him for twenty minutes.
“⟦d:b|She died last year. He asks every night,⟧” she says afterwards. “⟦d:b|Every night I tell him she's at home asleep. I don't know if that's right. Marisa says it's kind.⟧”
“⟦d:a|It is kind,⟧” Marisa says. “⟦d:a|Right is for the day shift.⟧”

### 040
@a Thandiwe Khumalo | the two-time Olympic champion
@b Marcus Ellery | Her coach
KINGSMOUTH, June 4 (Continental Press) - Thandiwe Khumalo, the two-time Olympic champion, who stepped away from swimming in 2022 citing burnout, said on Thursday she was returning because she ``⟦p:a|missed the boring bits⟧''.
``⟦d:a|Not the medals. The 5am sets, the chlorine in my hair, the bus to the pool in the dark. I missed having a reason to be tired,⟧'' Khumalo, 29, told a news conference.
She said she had spent two years ``⟦p:a|mostly gardening and learning to be bad at things⟧'', including pottery and the guitar.
``⟦d:a|I was terrible at pottery. It was wonderful. Nobody was timing me,⟧'' she said.
Her coach, Marcus Ellery, who has trained her since she was 14, said there had been ``⟦p:b|no pressure, none, from me or anyone⟧'' for her to return.
``⟦d:b|She rang me in January and said, `Can I come to training tomorrow?' and I said, `Which session?' That was it,⟧'' Ellery said.
Khumalo said she had set herself no target for the next Games. ``⟦d:a|I'm not coming back to win. If I win, lovely,⟧'' she said. ``⟦d:a|I'm coming back to swim.⟧''

### 041
@a Emeka Nwosu | the author
@b Harriet Lowe | the chair
@r - | several reviewers
@c - | one woman in the front row
Emeka Nwosu had been on stage at the Glenmarra Book Festival for less than a minute when he admitted he had never read his own novel all the way through.
“⟦d:a|I wrote it. That's different. I couldn't face reading it again after the copy-edit,⟧” the author told the chair, Harriet Lowe, to laughter from a packed Corn Hall.
Nwosu's fourth novel, “⟦s:-|A Room Above the Dyeworks⟧”, follows three generations of a family of cloth traders. Lowe asked him about its final chapter, which several reviewers have called “⟦p:r|unbearably tender⟧”.
“⟦d:b|Did you cry writing it?⟧” she asked.
“⟦d:a|I cried writing the acknowledgements. The chapter I wrote in an afternoon, eating crisps. Writers will lie to you about this sort of thing. I'm telling you the truth.⟧”
During questions from the floor, one woman in the front row said she had read the book three times. “⟦d:c|My mother was a cloth trader. You got the market exactly right. The smell of it,⟧” she said.
Nwosu put his hand on his chest. “⟦d:a|Thank you. That's the only review I wanted.⟧”

### 042
@a Margit Szabó | the retired seamstress
@b Deepak Choudhary | chair of the Kelby Harriers
@c Zsófia | Her granddaughter
Margit Szabó took up running at 58, "⟦p:a|because the doctor said walk and I misheard⟧". On Sunday, at 74, she will complete her hundredth marathon, in Carrow Bay.
"⟦d:a|I'm not fast. I have never been fast. But I have never stopped, and that's a kind of fast,⟧" the retired seamstress said at her home in Kelby.
She has run in 31 countries and once, in a mountain race, arrived after the finish gantry had been taken down. "⟦d:a|There was a man with a van folding it up. I said, 'Don't you dare,' and he put it back up for me.⟧"
Deepak Choudhary, chair of the Kelby Harriers, said the club would form a guard of honour at the finish. "⟦d:b|Margit is why half of us started. You can't make excuses when she's out there in the sleet at seven in the morning,⟧" he said.
Her granddaughter, Zsófia, 22, will run the final mile with her. "⟦d:c|She's told me I'm not allowed to overtake her. I don't think that'll be a problem,⟧" Zsófia said.

### 043
@a Lin Anderssen | -
@b Rachel Moskowitz | a paediatric nurse in Fairhaven
Lin Anderssen and Rachel Moskowitz were born on the same morning in 1994, in the same hospital, eleven minutes apart. They met for the first time last March, in the arrivals hall at Harkness Airport, holding the same brand of travel pillow.
“⟦d:a|Same colour, too. Grey. We both said, at exactly the same time, ‘Oh no,’⟧” says Anderssen, who was adopted by a couple in Vardholm and now works as a marine biologist.
“⟦d:b|And then we both cried, and then we both laughed, and we've basically been doing one or the other ever since,⟧” says Moskowitz, a paediatric nurse in Fairhaven.
The twins found each other through a DNA testing site after Moskowitz's husband bought her a kit as a joke birthday present. “⟦d:b|He thought I'd find out I was ten per cent Viking. I found out I was fifty per cent Lin.⟧”
Since then they have drawn up a list of coincidences. Both hate coriander. Both play the cello, “⟦p:a|badly⟧”, in Anderssen's words. Both have a daughter called Maya.
“⟦d:-|Do you ever feel like you're talking to yourself?⟧” I ask them.
Anderssen: “⟦d:a|Yes.⟧” Moskowitz: “⟦d:b|No.⟧” They look at each other and burst out laughing.
“⟦d:a|See, that's the difference. She's the optimist,⟧” Anderssen says.

### 044
@a Wayne Dobbins | DARTS hero
@b Kenji Morioka | Beaten finalist
@c Tracey | Wife
@d - | One fan in a full wolf costume
DARTS hero Wayne Dobbins, known on the circuit as "⟦s:-|The Wolf⟧", was howling at the moon last night after a nine-darter sealed his first major title.
The 41-year-old scaffolder from Saltmarsh wept on stage at the Corsair Arena after beating Kenji Morioka 7-5 in the final of the Grand Masters.
"⟦d:a|I've been chucking arrows in the back room of the Red Lion since I was nine. Nine! And now look at me,⟧" he roared. "⟦d:a|This is for my old man. He's up there having a pint and telling everyone he taught me. He didn't. He was rubbish.⟧"
Beaten finalist Kenji Morioka, nicknamed "⟦s:-|The Samurai⟧", was gracious in defeat. "⟦d:b|Nine darts in a final. What can you do? You shake his hand,⟧" said the Japanese ace.
Wife Tracey, 39, who has been to every one of his matches since 2006, screamed: "⟦d:c|I knew it! I told him this morning, 'Today's your day, Wolfie!'⟧"
One fan in a full wolf costume told us: "⟦d:d|I've had this suit on for six hours. It's boiling. Worth it.⟧"

### 045
@a Yasmin Belhadj | the designer
@b - | The critic of Le Vêtement
@c - | the critic of Stile
@d Clémence Rivaud | Her business partner
Yasmin Belhadj's last collection was called «⟦s:-|Grand-mère⟧» and was, she says, «⟦p:a|a love letter to a woman who never owned a single thing that wasn't practical⟧».
«⟦d:a|My grandmother had three dresses. One for work, one for the market, one for funerals. She wore the funeral one to my graduation, and I thought, this is the most elegant woman in the room,⟧» the designer says, in her studio above a former bakery in Montclaire.
Critics were divided. The critic of Le Vêtement called the show «⟦p:b|a triumph of restraint⟧»; the critic of Stile, less kindly, «⟦p:c|a very expensive way to look like you're going to the post office⟧».
«⟦d:a|The post office one is my favourite. I had it printed on a T-shirt,⟧» Belhadj says.
Her business partner, Clémence Rivaud, who handles the money, is less amused. «⟦d:d|Yasmin thinks every bad review is a joke. I'm the one who has to explain it to the bank,⟧» she says.
«⟦d:a|The bank has no sense of humour,⟧» says Belhadj.
«⟦d:d|The bank has a very good sense of humour. It's called interest.⟧»

### 046
@a Nadia Farouk | -
@b Tobias Wren | co-founder of the oat-milk company Pale Field
@c Ola Adeyemi | His co-founder
Tobias Wren, co-founder of the oat-milk company Pale Field, has said the firm nearly went bankrupt in its first year because of "⟦p:b|a spreadsheet error the size of a house⟧".
Speaking to Nadia Farouk on the podcast "⟦s:-|Bootstrapped⟧", Wren said the company had ordered 40,000 cartons instead of 4,000. "⟦d:b|One extra zero. I typed it at two in the morning. We had oat milk in my garage, my mum's garage and a lock-up in Hatherley for eighteen months,⟧" he said.
His co-founder, Ola Adeyemi, said it had turned out to be "⟦p:c|the best mistake we ever made⟧". "⟦d:c|We had to sell it. So we went to every cafe in the city with a cool box. That's how we got our first hundred stockists,⟧" he said.
"⟦d:a|So you'd recommend it? Order ten times too much?⟧" Farouk asked.
"⟦d:b|I'd recommend having a co-founder who doesn't panic. Ola didn't panic. I panicked enough for both of us,⟧" Wren said.
"⟦d:c|I panicked. I just did it quietly, in the lock-up,⟧" said Adeyemi.

### 047
@a Ruairí Breen | His grandfather
@b Cathal | his grandson
In a shed on the slipway at Rossbeg, two men called Breen are building a currach, and they cannot agree on anything.
“⟦d:a|Too much tar,⟧” says Ruairí, 84.
“⟦d:b|It's the same amount of tar as last time,⟧” says his grandson, Cathal, 26.
“⟦d:a|Last time was too much tar as well.⟧”
Ruairí Breen has been building boats at Rossbeg since 1957, when he was apprenticed to his uncle. Cathal, who studied engineering, came home three years ago to learn the trade “⟦p:b|before it disappears⟧”, as he puts it.
“⟦d:b|There are no drawings. It's all in his head. If I don't get it out of his head, it's gone,⟧” Cathal says.
His grandfather, overhearing, taps his temple. “⟦d:a|It's not going anywhere. I'm going to live to 110 out of spite.⟧”

### 048
@a Pilar Ezquerra | -
@b Bruno Castellví | the lead actor
@c - | My sister
Pilar Ezquerra's second feature, “⟦s:-|The Quarry Road⟧”, opens on Friday after winning the audience award at the Lisle Harbour Film Festival. She spoke to our film editor, Jonah Feld.
JF: You shot the whole film in nineteen days.
PE: Eighteen and a half. We lost half a day because the lead actor, Bruno Castellví, was stung by a wasp on his eyelid. He came to me looking like a boxer and said, “⟦d:b|Pilar, I can still act with one eye.⟧” I said, “⟦d:a|You can. The camera can't.⟧”
JF: There's almost no music.
PE: There's one song, at the end, “⟦s:-|Canción del Pozo⟧”, which my grandmother used to sing. I recorded her singing it on a cassette when I was seventeen. That's her voice you hear.
JF: How did it feel, hearing her in a cinema?
PE: Terrible. Wonderful. My sister sat next to me at the premiere and said, “⟦d:c|Abuela would have hated this. She'd have wanted a better seat.⟧”

### 049
@a Sione Taufa | the 35-year-old
@b Mele | His wife
Sione Taufa orders a flat white and then a second flat white, "⟦p:a|one for now and one for in five minutes⟧", and folds himself into a cafe chair that was not designed for a 120kg prop forward.
"⟦d:a|Retired people are allowed two coffees. It's in the rules,⟧" the 35-year-old says.
Taufa played 212 times for Harrowfield and won 44 caps. On Saturday he plays his last game.
"⟦d:-|Are you going to cry?⟧" I ask.
"⟦d:a|Definitely. I cried at my daughter's nativity and she was a sheep. I'm going to be a disaster.⟧"
He grew up in Tonga and came to Harrowfield at 19 on a six-month contract.
"⟦d:a:m|I had one suitcase and a winter coat my uncle gave me that was, I think, from the 1970s. Purple. I wore it to my first training session and the boys called me Barney for about five years.⟧
"⟦d:a|I still have the coat. It doesn't fit. Nothing from then fits.⟧"
His wife, Mele, who has joined us, says she has been planning his retirement "⟦p:b|since about 2019⟧". "⟦d:b|He's going to be under my feet. I've told him, you can be sad for one week, then you're doing the school run,⟧" she says.
"⟦d:a|Two weeks,⟧" says Taufa.
"⟦d:b|One.⟧"

### 050
@a Jagdeep Sohal | the 65-year-old
@b Doreen Whitfield | -
@c - | A schoolboy
@d Tyneway Buses | -
For 36 years, Jagdeep Sohal has driven the number 14 from Fallowfield Cross to the General Hospital and back. On Friday, for the last time, he pulled into the depot on Marsh Lane to a round of applause.
“⟦d:a|I've done this route about forty thousand times. I could drive it asleep. Some days I probably did,⟧” the 65-year-old said, laughing.
Regulars know him as “⟦s:-|Jag⟧”, and dozens of them made a point of catching his final run.
Doreen Whitfield, 81, has caught the 8.10 every weekday since 1994. “⟦d:b|He waits for me. He's not supposed to, but he does. If I'm not at the stop he beeps twice outside my house,⟧” she said.
“⟦d:a|That's a secret, Doreen,⟧” Mr Sohal said.
“⟦d:b|Not any more it isn't.⟧”
A schoolboy had made him a card. Asked what it said, he read it out: “⟦d:c|Thank you for not telling my mum when I forgot my bus pass.⟧”
Tyneway Buses said in a statement: “⟦d:d|Jag is the kind of driver every passenger hopes to get. We'll miss him, and so will the 14.⟧”

### 051
@a Mirela Constantinescu | Romanian-born mathematician
@b Bengt Halvarsson | secretary of the prize committee
HALLBERG, Oct 7 (Continental Press) - Romanian-born mathematician Mirela Constantinescu said on Tuesday she had twice hung up on the committee calling to tell her she had won the Aldberg Prize, because she thought it was ``⟦p:a|someone selling windows⟧''.
``⟦d:a|It was six in the morning. Who calls at six in the morning? Window people,⟧'' Constantinescu, 57, told Continental Press by telephone from her home in Mossgiel Point.
Bengt Halvarsson, secretary of the prize committee, confirmed the story. ``⟦d:b|The third time, I said very quickly, `Please don't hang up, this is about the prize.' There was a long silence. Then she said, `Which prize?' and I knew we would be fine,⟧'' he said.
She said she would spend the prize money, 1.2 million crowns, ``⟦p:a|on a new roof and some very nice cheese⟧''.
``⟦d:a|My students will be disappointed. They wanted me to build a lab. I have a lab. It's a whiteboard,⟧'' she said.

### 052
@a Olumide Bakare | -
@b Imogen Haskell | Director
Olumide Bakare's mother has seen him in every play he has been in since he was nine, including, he says, "⟦p:a|a very bad panto in Wexcombe where I was the back half of a cow⟧".
"⟦d:a|She sat in the front row and said, quite loudly, 'That's my son. The back.' Everybody heard. The front half was furious,⟧" Bakare, 33, says over tea in the green room of the Rivermead Theatre, a week before he opens as Macbeth.
His mother, Folasade, will be in the front row again on opening night. "⟦d:-|Has she given you any notes yet?⟧" I ask.
"⟦d:a|She's read the play. She says Lady Macbeth is the only sensible one. She says, 'That woman knows what she wants. Your man is just confused.'⟧"
Director Imogen Haskell cast him after what she calls "⟦p:b|the worst audition I've ever seen, followed by the best⟧".
"⟦d:b|He came in, did the dagger speech, and it was dreadful. Then he asked if he could try it again and whisper it. I got goosebumps,⟧" Haskell says.
"⟦d:a|I'd been up all night with food poisoning. The whisper was all I had,⟧" says Bakare.

### 053
@a Declan | the eldest
@b Fergal | the full-back
@c Pádraig | the centre-back
@d Shane | the midfielder
@e Bríd | Their mother
When Ballyglass Gaels take the field in Sunday's county final, there will be a Keane at full-back, a Keane at centre-back, a Keane in midfield and a Keane in the dugout.
The four brothers, Declan, Fergal, Pádraig and Shane, have played more than 600 games for the club between them. Declan, 38, the eldest, is now the manager.
"⟦d:a|It makes team talks easier. I just shout at the lads I'd be shouting at anyway over Sunday dinner,⟧" Declan said.
Fergal, the full-back, said the family had been "⟦p:b|arguing about hurling since before any of us could walk⟧". "⟦d:b|Mam used to referee in the back garden. She was the worst referee in the county. Everything was a free to Shane,⟧" he said.
"⟦d:d|That's because I was the smallest and they were all fouling me,⟧" said Shane, 27, the midfielder.
Pádraig, the centre-back, is the quiet one, according to his brothers. Asked for a comment, he thought about it for a while. "⟦d:c|We'll win. That's my comment,⟧" he said.
Their mother, Bríd, 66, will be in the stand with a flask of tea, as she has been for thirty years. "⟦d:e|I'll be neutral,⟧" she said. "⟦d:e|Neutral for Ballyglass.⟧"

### 054
@a Kalani Akana | -
@b Robyn Castellano | -
@c - | A dive supervisor who has worked with her for eight years
Kalani Akana spends 28 days at a time living in a steel chamber the size of a minibus, 150 metres beneath the Farrow Sea. She is one of only a handful of women working as commercial saturation divers.
In an interview for the broadcaster's “⟦s:-|Coastline⟧” series, she told Robyn Castellano that the hardest part of the job was “⟦p:a|not the dark, not the cold, it's the other five people's feet⟧”.
“⟦d:b|Seriously? Feet?⟧” Castellano asked.
“⟦d:a|Six people, one shower, a month. You'd talk about feet too,⟧” Akana said.
She described the night in 2021 when a surface generator failed, leaving the chamber on emergency power for forty minutes.
“⟦d:a:m|We didn't panic, because you're trained not to panic, but I remember thinking very clearly about my son's football boots. I'd promised to buy him new ones and I hadn't.⟧
“⟦d:a|When we got out, first thing I did, I bought the boots. Bright orange. He hates them.⟧”
A dive supervisor who has worked with her for eight years said she was “⟦p:c|the calmest voice on the radio, every time⟧”. “⟦d:c|When something goes wrong, you want Kalani on the other end. She talks like she's ordering a sandwich,⟧” he said.

### 055
@a Haruto Kimura | -
@b - | His publicist
Haruto Kimura has agreed to lunch on condition that we do not talk about the lawsuit. His publicist, who has come along and is sitting at the next table with a salad and a laptop, reminds me of this twice before the bread arrives.
"⟦d:b|Just to flag again, no litigation questions,⟧" she says.
Kimura, 31, founded Lumenside, the photo-editing app with 90 million users, in his final year at university. He orders the tasting menu and, when it comes, photographs every course.
"⟦d:-|For the app?⟧" I ask.
"⟦d:a:m|For my mum. She likes to know I'm eating vegetables. She still thinks I should have been a dentist. Every time I'm in the news she sends me a link to a dental school. Last month she'd circled the application deadline.⟧
"⟦d:a|I'm thinking about it, honestly. Dentists don't get sued by their co-founders.⟧"
There is a small cough from the next table.
"⟦d:a|That wasn't a litigation question,⟧" he says, without turning round. "⟦d:a|That was a dentistry answer.⟧"
"⟦d:b|It was adjacent,⟧" says the publicist.

### 056
@a Mateus Coelho | The Velocette Racing driver
@b Annika Brandvold | Team principal
@c Velocette Racing | -
Mateus Coelho said he felt “⟦p:a|robbed, honestly robbed⟧” after a pit-stop error cost him victory at the Grand Prix of Valcorra on Sunday.
The Velocette Racing driver, who had led from pole, lost eleven seconds when his front-left wheel was not secured, and finished fourth.
“⟦d:a|We had the race won. Won. I'm not going to blame one mechanic, because it's never one person, but today it hurts,⟧” the 24-year-old said.
Team principal Annika Brandvold apologised to her driver over the team radio, and then again in public. “⟦d:b|That's on us. Mateus drove a perfect race and we let him down,⟧” she said.
Asked whether the mechanic concerned would be disciplined, Brandvold said: “⟦d:b|No. We win together and we lose together. He's more upset than anyone.⟧”
Velocette Racing later said in a statement that the wheel gun had “⟦p:c|suffered a hardware fault⟧” and that the issue was “⟦p:c|being investigated as a priority⟧”.
Coelho, asked if he had spoken to the mechanic, nodded. “⟦d:a|I gave him a hug. He was crying. I told him, ‘Next week you give me the fastest stop of the year, and we're even.’⟧”

### 057
@a Noémie Gauthier | the 26-year-old
@b Loïc | Her brother
@c Urs Kälin | Her coach
Noémie Gauthier has not skied since the crash in January that broke her pelvis in three places. She has, however, watched the footage «⟦p:a|about four hundred times⟧».
«⟦d:a|I know every frame. I know exactly where the left ski catches. I could draw it for you,⟧» the 26-year-old says at her family's chalet in Val-Sérac.
Her brother, Loïc, 23, who also races on the circuit, was at the bottom of the course that day. «⟦d:b|I saw it on the big screen. Then I saw the helicopter. I don't remember the rest of the day,⟧» he says.
Her coach, Urs Kälin, visited her in hospital the next morning. «⟦d:c|She asked me two things. Was anyone else hurt, and when could she start rehab. In that order. Then she went back to sleep,⟧» Kälin says.
«⟦d:a|I don't remember that at all. That was the morphine talking. The morphine is very professional,⟧» Gauthier says.
She answers in French when asked whether she will race again. «⟦d:a|Bien sûr. Sinon, à quoi bon?⟧» Then, in English: «⟦d:a|Of course. Otherwise, what's the point?⟧»

### 058
@a Lucia Ferreira | his widow
@b Beatriz | the eldest
@c Carla | -
@d Inês | the youngest
The Café Ferreira on Bellhouse Road closed for three months after Manuel Ferreira died in March. On Monday the shutters went up again, and his widow and three daughters were behind the counter.
“⟦d:a|He'd have hated the fuss. And then he'd have loved it. That was Manuel,⟧” said his widow, Lucia Ferreira, 70, wiping down a table that did not need wiping.
The daughters, Beatriz, 46, Carla, 43, and Inês, 38, took turns in the kitchen while the cafe was closed, cooking for the neighbours who kept knocking at the door.
“⟦d:b|People kept coming with flowers and we thought, well, we should feed them,⟧” said Beatriz, the eldest. “⟦d:b|So we fed them.⟧”
Carla, who has taken over her father's job making the pastéis de nata, admitted she was still “⟦p:c|about eighty per cent as good as Dad⟧”. “⟦d:c|The regulars can tell. They're very polite about it. They eat two to check,⟧” she said.
Inês, the youngest, is an accountant and has agreed to do the books. “⟦d:d|I'm the only one who can add up. That's my whole contribution. That and the washing-up,⟧” she said.
Mrs Ferreira said she would work Saturdays only. Asked for how long, she smiled. “⟦d:a|Until I'm a hundred, or until they throw me out.⟧”

### 059
@a Danny Okoro | host
@b Ray Fennimore | Former Bramhall United defender
@c Steve | The first caller
Former Bramhall United defender Ray Fennimore clashed with host Danny Okoro on Monday night's "⟦s:-|Full Time Phone-In⟧" after describing the club's new £40m signing as "⟦p:b|a luxury we can't afford and don't need⟧".
"⟦d:a|Ray, he's 22, he's scored eleven goals this season, he's a full international. What more do you want?⟧" Okoro asked.
"⟦d:b|I want a centre-half, Danny. We've conceded 41 goals. You can't score your way out of that,⟧" Fennimore said.
"⟦d:a|You can if you score 42.⟧"
"⟦d:b|That's not football, that's arithmetic.⟧"
The first caller, Steve in Wexcombe, sided with the pundit. "⟦d:c|Ray's right. I've been going since 1979 and I've never seen a defence like it. My nan could get in behind them,⟧" he said.
Okoro was unmoved. "⟦d:a|Your nan's not playing, Steve. The new lad is. Give him a chance.⟧"

### 060
@a Tesfaye Gebremariam | -
@b Dawit | His son
Tesfaye Gebremariam plays the saxophone sitting down these days, because of his knees, but he still taps his left foot so hard that the floorboards of the Blue Lantern club shake.
“⟦d:a|The foot is the band. The saxophone is just decoration,⟧” he tells me after the first set, mopping his head with a handkerchief.
He came to Marrowfield in 1979 with “⟦p:a|a horn, a coat and the address of a man who turned out to have moved⟧”.
“⟦d:a:m|I slept two nights at the bus station. The third night I walked into a club, this club, and asked if I could play. The owner said, ‘Can you play?’ I said yes. He said, ‘Then why are you asking?’⟧
“⟦d:a:m|I played until two in the morning. He gave me five pounds and a sandwich.⟧
“⟦d:a|Forty-six years. I'm still waiting for a second sandwich.⟧”
His son, Dawit, 44, plays piano in the quartet. “⟦d:b|Growing up, I thought every dad came home at three in the morning smelling of cigarettes. I was surprised at school,⟧” he says.
“⟦d:-|Does he ever tell you you're playing it wrong?⟧” I ask Dawit.
“⟦d:b|Every night. With his foot.⟧”

### 061
@a Lee Seo-yeon | the Harbor City Herons guard
@b Renée Thibodeaux | Teammate
@c - | a reporter
Lee Seo-yeon answered every question on Sunday night through an interpreter, but she did not need one for the first.
"⟦d:c|How does it feel?⟧" a reporter asked.
"⟦d:a|Very, very good,⟧" the Harbor City Herons guard said in English, grinning, after scoring 31 points in the deciding game of the Western final.
Speaking in Korean, through the team's interpreter, Lee said she had "⟦p:a|dreamed about this since I was a girl shooting at a hoop nailed to my grandfather's barn⟧".
"⟦d:a|My grandfather is watching at home. It's five in the morning there. He will not have slept. He never sleeps when I play,⟧" she said.
Teammate Renée Thibodeaux, who has played alongside Lee for three seasons, said the 24-year-old had "⟦p:b|carried us on her back⟧". "⟦d:b|I told her at half-time, 'Keep shooting.' She said, 'I know.' That was our whole conversation,⟧" Thibodeaux said.
Asked how she would celebrate, Lee thought for a moment, then answered in English again. "⟦d:a|Sleep. And then call my grandfather.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh85.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh85",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
