# ruff: noqa: E501
"""Build ``quotes_fresh73.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts (questions in bold, speakers
marked by initials or by name, ``Q:``/``A:``), podcast and radio interviews, sports and
arts interviews and press conferences, and human-interest stories about families in
which several relatives of the same gender speak and are called by their first names,
often with a reporter who asks questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh73-NNN``.

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
  it (``His wife, Femke, a primary school teacher``): the appositive is the
  description. A title or relational phrase before the name alone (``Presenter Ilse
  Bachmann``, ``Her sister Orla``, ``Proud dad …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 22-year-old``,
  ``the novelist``), that description is taken. A bare age after the name
  (``Marjorie Appleby, 87,``) is not a description.
* A non-restrictive relative clause after an appositive (``One violinist, who asked
  not to be named …``) is not part of the description; a restrictive one
  (``a neighbour who helped move their sheep``) is.
* In family stories a relative who is only ever called by a first name has that first
  name as speaker, even where the family's surname appears elsewhere in the passage;
  where first name and surname stand together somewhere in the passage, that fuller
  form is the speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* All transcript formats (questions in bold, speakers marked by initials or by name in
  capitals, ``Q:``/``A:``) are treated like ``Q:``/``A:`` transcripts. Inside them,
  words of a third person quoted in double marks are ``direct`` (or ``partial``) with
  that person as speaker, named where the transcript names them, else with the
  description the speaker uses (``my manager``); titles and labels are ``scare``.
* An interviewee's own earlier written words quoted back to them (a manifesto, an
  email) are that interviewee's ``partial``.
* Speech relayed by a sign-language interpreter belongs to the signer; the
  interpreter's own remarks are the interpreter's.
* A voice that the passage leaves unidentified (``came a voice from inside the harbour
  office``) is ``direct`` with speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh73.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh73.jsonl")

PASSAGES = """
### 001
@a Ingrid Solvang | the novelist
@b Laleh Moradi | her editor at Fenner & Grey
Ingrid Solvang arrives at Caffè Morosi ten minutes early, which she says is a habit left over from twenty years of night shifts on a cardiac ward, and orders the cheapest thing on the menu before I have taken my coat off.
“⟦d:a|I always do that. Then nobody can accuse me of anything,⟧” she says, and laughs at her own joke.
The novelist, whose fourth book, “⟦s:-|The Salt Year⟧”, was shortlisted for the Harrowgate Prize last week, is 58 and has been publishing for barely a decade. She began writing, she tells me, “⟦p:a|because the nights were long and the patients, thank God, were mostly asleep⟧”.
“⟦d:a:m|I'd sit at the nurses' station with a biro and the back of an old fluid chart. I'm not proud of that. Nobody came to any harm.⟧
“⟦d:a|The first novel was written almost entirely between two and five in the morning. You can tell, I think. Everyone in it is exhausted.⟧”
The risotto arrives. I ask the obvious question: “⟦d:-|Do you ever think about going back?⟧”
She puts her fork down. “⟦d:a|Every winter. Then I remember my knees.⟧”
Her editor at Fenner & Grey, Laleh Moradi, who pulled the first manuscript out of an unsolicited pile in 2014, told me later that she had almost rejected it on the first page. “⟦d:b|The opening was terrible. The second chapter made me miss my stop on the Tube,⟧” Moradi said. “⟦d:b|Ingrid writes about tiredness the way other people write about war.⟧”
Solvang, when I pass this on, is delighted. “⟦d:a|She's never told me the opening was terrible. She's right, of course.⟧”

### 002
@a Valentina Osei-Brandt | the world No. 14
@b Marguerite Lacasse | her coach
@c - | one reporter
GLENMORRAN, June 14 (Meridian Wire) - Valentina Osei-Brandt, the world No. 14, said on Friday she had considered retiring during the winter before a run to the Glenmorran Open final that she described as "⟦p:a|the most fun I've had on a court since I was twelve⟧".
The 29-year-old beat qualifier Hana Ishikawa 6-3 7-6(4) and will face top seed Renske Vogelaar on Sunday.
"⟦d:a|In December I sat in my car outside the practice courts for forty minutes and couldn't get out,⟧" Osei-Brandt told reporters. "⟦d:a|I rang my mum. I said, 'I think I'm done.' She said, 'Then go home.' And somehow that made me want to stay.⟧"
Asked whether she was surprised to be in the final, she shook her head. "⟦d:a|Surprised? No. Relieved, a bit.⟧"
Her coach, Marguerite Lacasse, who began working with Osei-Brandt in January, said the change had been mostly mental. "⟦d:b|We changed nothing in her forehand. Nothing,⟧" Lacasse said. "⟦d:b|We changed what she says to herself between points.⟧"
"⟦d:c|So what does she say to herself now?⟧" one reporter asked.
"⟦d:b|That's between her and me,⟧" the Frenchwoman replied, smiling.

### 003
@a Marites | the eldest
@b Joy | the middle sister
@c Analyn | the youngest
@d Corazon Dimaculangan | their mother
For 31 years the ovens at Dimaculangan's Bakery on Foundry Street were lit at 4am by the same woman. Since March they have been lit by her three daughters and, by their own admission, not always on time.
“⟦d:a|We have a rota. The rota is a lie,⟧” said Marites, the eldest, who left a job in hospital administration to come home. “⟦d:a|Whoever wakes up first does it, and that's usually me.⟧”
“⟦d:b|That's not true,⟧” said Joy, the middle sister, from behind a tray of pandesal. “⟦d:b|She writes the rota so that it's usually her. There's a difference.⟧”
Analyn, the youngest, is the one who talked the others into it. She had been running the bakery's social media account from Manchester and noticed how many orders were coming from outside the town. “⟦d:c|People were driving forty minutes for ensaymada. I thought, if we close, that's just gone,⟧” she said.
Their mother, Corazon Dimaculangan, handed over the keys after a hip operation in the winter. She still comes in most mornings, sits by the till and, her daughters say, criticises the dough.
“⟦d:d|I don't criticise. I observe,⟧” she said. “⟦d:d|Joy's dough is good. Marites works it too much. Analyn is on the phone.⟧”
All three sisters protested at once. Marites had the last word. “⟦d:a|She's been saying that since we were six.⟧”

### 004
@b Irena Vashchuk | my first ballet teacher
@c - | one boy
Noor el-Hadidi, 44, has made work for the Royal Lindholm Ballet, for a car advert and, most recently, for 300 schoolchildren on a football pitch in Cardenmouth. Her new piece, “⟦s:-|Weight of Water⟧”, opens at the Corran Theatre next month. She spoke to Stage & Score between rehearsals. This interview has been edited for length.
**You trained as a classical dancer. When did you stop wanting to be one?**
About a week after I started. I was nine. My first ballet teacher, Irena Vashchuk, looked at my feet and said, “⟦d:b|These are not feet, these are opinions.⟧” I think she meant it as an insult. I took it as a career plan.
**Is there a difference between making work for professionals and for children?**
The children are more honest. If it's boring, a professional will still do it beautifully. A ten-year-old will sit down on the grass. On the first day in Cardenmouth one boy put his hand up and asked, “⟦d:c|Miss, when does the dancing start?⟧” We had been dancing for an hour.
**The new piece is about your grandmother.**
It's about the flood that took her house in 1988, and about how she refused to leave the village afterwards. My mother still calls that winter “⟦s:-|the stubborn year⟧”.
**Did your grandmother know you were making a dance about her?**
She died in 2019. But she would have hated it, and she would have come every night.

### 005
@a Tevita Fonoti | former Harbour City Sharks prop
@b Callum Reddish | a former teammate
@c Harbour City Sharks | the club
Former Harbour City Sharks prop Tevita Fonoti has said he spent most of his final season "⟦p:a|playing through a fog⟧" after a string of concussions that the club's medical staff did not record.
Speaking on the "⟦s:-|Front Row Confidential⟧" podcast, the 36-year-old described forgetting the names of his own children's teachers and getting lost driving to training.
"⟦d:a|I'd been driving that road for eight years. One morning I ended up at the airport and I didn't know why I was there,⟧" Fonoti said.
"⟦d:a|I sat in the car park and rang my wife. She came and got me. We didn't tell anyone.⟧"
The podcast's host, Callum Reddish, a former teammate, asked him directly: "⟦d:b|Be honest, mate. Do you blame them?⟧"
"⟦d:a|I blame the culture, and I was part of the culture,⟧" Fonoti replied. "⟦d:a|If a young fella had come to me and said he had a headache, I'd have told him to harden up. I did tell young fellas that.⟧"
The Sharks said in a statement they were "⟦p:c|deeply concerned⟧" by the comments and had contacted Fonoti privately. "⟦d:c|Player welfare is our first priority and we have made significant changes to our protocols since 2019,⟧" the club said.

### 006
@e - | one resident
@f Severnmoor Water | -
The following is an edited transcript of Kamala Mistry's interview with the mayor of Tamsby, Jude Okonkwo-Hale, on Valley FM Breakfast on Tuesday.
KM: Mayor, people in Lower Tamsby have been without drinking water for six days. What do you say to them?
JO: I say sorry, first. And then I say the tankers are coming twice a day now, not once, and that we have bottled water at the leisure centre for anyone who can't get out.
KM: One resident texted us this morning: “⟦d:e|Where is the council? We've seen nobody.⟧” What's your answer?
JO: My answer is that I was on Mill Road myself on Sunday. But I understand why it doesn't feel like that. Severnmoor Water told us on Friday, and I'm quoting their email, that supply would be “⟦p:f|restored within 48 hours⟧”. That was four days ago.
KM: Severnmoor Water says it warned the council about that main in 2021.
JO: It warned us that the main was old. Everything in Tamsby is old. Including me.
After the programme, Severnmoor Water said in a statement: “⟦d:f|We have never given a firm timescale for full restoration and we continue to work around the clock with the council.⟧”

### 007
@a Gary Pickersgill | hero dad
@b Liam | his eldest
@c Connor | younger brother
@d Brenda | wife
@e - | a coastguard spokeswoman
HERO dad Gary Pickersgill and his two lads dragged a drowning pensioner from a freezing harbour - then went back for his dog.
The trio were crabbing off Saltby pier when they heard screams from the water on Sunday afternoon.
"⟦d:a|I didn't think, I just went in. It was that cold it knocked the breath out of me,⟧" said Gary, 52.
His eldest, Liam, 24, followed him down the ladder. "⟦d:b|Dad had hold of him but he was going under himself. I grabbed Dad's collar and just pulled,⟧" he said.
Younger brother Connor, 19, stayed on the pier and rang 999 - then spotted the pensioner's terrier paddling in circles.
"⟦d:c|Everyone was shouting about the old boy and I'm looking at this little dog thinking, nobody's getting you,⟧" Connor said. "⟦d:c|So I went in for the dog. Mum's not happy.⟧"
Wife Brenda, 50, confirmed: "⟦d:d|I'm not happy. Three of them in the harbour in January. I've told them, I'm getting them a medal and then I'm killing them.⟧"
A coastguard spokeswoman said the pensioner, 81, was recovering in hospital. "⟦d:e|The family's actions almost certainly saved his life, but we would always urge people to call 999 rather than enter the water,⟧" she said.

### 008
@a Kelechi Anozie | the heavyweight
@b Ifeanyi Anozie | his uncle and trainer
@c Stavros Kallergis | his promoter
Kelechi Anozie trains in a gym above a tyre-fitting shop in Wedmore Vale, and when the lorries pull in below, the floor shakes. He says he likes it. “⟦d:a|It keeps you humble. You're about to fight for a European title and there's a man downstairs swearing at a Transit van,⟧” the heavyweight says.
His uncle and trainer, Ifeanyi Anozie, has run the gym for 22 years and has never had a champion. He is careful not to say that he has one now.
“⟦d:b|He is a good boy and a good fighter. Champion is a word for after,⟧” he says, wrapping his nephew's hands. “⟦d:b|Before, it is just a word.⟧”
Anozie — the younger one — came to boxing late, at 23, after dropping out of an engineering degree. He is frank about why.
“⟦d:a:m|I was failing. Properly failing, not just a bad term. I was ashamed, and I didn't tell my mum for months. I'd leave the house with my bag like I was going to lectures and come here instead.⟧
“⟦d:a|Uncle Ify knew. He never said anything to her. He just said, ‘If you're going to waste your time, waste it properly,’ and gave me a skipping rope.⟧”
The older man laughs when this is put to him. “⟦d:b|I didn't say properly. I said, ‘Waste it here, where I can see you.’⟧”
His promoter, Stavros Kallergis, has called Saturday's fight against the Dane Mikkel Thorsen “⟦p:c|a genuine coin toss⟧”. The fighter disagrees. “⟦d:a|It's not a coin toss. I've seen him. I've seen me,⟧” he says.

### 009
@a Solène Diallo | the singer
@b Théo Diallo | her brother and guitarist
@c Disques Hivernal | her label
MONTRÉAL-NORD — Solène Diallo has sold out the Salle Bernier four nights running, and she still takes the bus there. «⟦d:a|People think it's a statement. It's not a statement, it's the 55,⟧» the singer said, laughing, in an interview this week. «⟦d:a|It stops outside the stage door.⟧»
Her third album, «⟦s:-|Chambre froide⟧», written after the death of her father, has been her most successful by far. She does not find that easy to talk about.
«⟦d:a|Je ne voulais pas vendre mon chagrin,⟧» she said, then translated herself: «⟦d:a|I didn't want to sell my grief. And then I did, and it paid the rent, and I'm still working out how I feel about that.⟧»
Her brother and guitarist, Théo Diallo, who has played on all three records, said the songs were written in a fortnight at their mother's kitchen table. «⟦d:b|She didn't write them so much as empty herself out,⟧» he said. «⟦d:b|I just tried to keep up.⟧»
Asked whether there would be a fourth album, Solène Diallo hesitated. «⟦d:a|Maybe. Something happier. My label would like happier.⟧»
Her label, Disques Hivernal, said in a statement that it would «⟦p:c|support whatever Solène chooses to make next⟧».

### 010
@c - | a councillor
@d Yusuf | my partner
@e - | one girl
Hiroshi Takamura's Eastgate Library, a timber building on the site of a former bus depot, won the Carrow Medal this year. He talked to Ruth Abernathy for Built Environment Quarterly.
RA: The building was nearly cancelled twice. What happened?
HT: The first time, the council ran out of money. The second time, a councillor stood up in a meeting and called it “⟦p:c|a shed for books⟧”. I've since had that printed on a T-shirt.
RA: Do you mind the nickname?
HT: Not at all. A shed for books is exactly what a library should be. When I complained about it at home, my partner Yusuf said, “⟦d:d|Take the win.⟧” So I took the win.
RA: What did the children who use it tell you?
HT: One girl, maybe eight, wrote a note and left it on the returns desk: “⟦d:e|It smells like a tree and I like that.⟧” It's pinned above my desk.
RA: What's next?
HT: A swimming pool. It will not smell like a tree.

### 011
@a Caoimhe Rafferty | the 22-year-old
@b Deirdre Rafferty | her mother
@c Orla | her sister
Caoimhe Rafferty said she "⟦p:a|couldn't feel my legs⟧" as she pulled up after winning the Ballintore Gold Cup on Tuesday, becoming the first woman to ride the winner of the race in its 94-year history.
The 22-year-old, who only turned professional last spring, guided 20-1 outsider Hollow Moss home by a length and a half.
"⟦d:a|I kept waiting for something to come past me. Nothing came,⟧" she told Radio Corrib Sport. "⟦d:a|At the last I thought, don't look round, don't look round. I looked round.⟧"
Hollow Moss is trained by her mother, Deirdre Rafferty, from a 12-horse yard outside Kilfenna.
"⟦d:b|We've had him since he was a foal. He's a pet, really. He follows you round the yard like a dog,⟧" Deirdre said. "⟦d:b|I don't think either of them knew they weren't supposed to win.⟧"
Her sister Orla, who leads the horse up, was in tears in the winner's enclosure. "⟦d:c|I've been crying since the second-last. I'll stop tomorrow, maybe,⟧" she said.
Asked what she would do with the prize money, the jockey laughed. "⟦d:a|Mam will tell me.⟧"

### 012
@a Mehmet Yıldız | -
@b Murat Yıldız | his twin
@c Alfie Dunmore | one customer
There are two chairs in Yıldız Brothers on Calder Road, and there have been two brothers behind them since 1979. Mehmet Yıldız is the elder, by eleven minutes. Murat Yıldız, his twin, says those eleven minutes are the only thing Mehmet has ever done first.
We asked them how the shop began. They answered, as they do most things, together.
“⟦d:a|Our uncle had a shop in Izmir. We swept the floor from the age of seven,⟧” said Mehmet.
“⟦d:b|He swept. I watched,⟧” said Murat.
“⟦d:a|He watched. That's true. He still watches.⟧”
“⟦d:b|Somebody has to check the work.⟧”
Regulars tell the twins apart by the moustache; Murat shaved his off in 2003 and has, he says, “⟦p:b|regretted it every single day⟧”. One customer, Alfie Dunmore, 88, has been coming since the first week. “⟦d:c|I've never once had the same twin two visits running. I think they do it on purpose,⟧” he said.
“⟦d:a|We do,⟧” said Mehmet.

### 013
@a Dervla Okafor | the housing minister
@b Siân Pryce-Morgan | her predecessor
@c - | Two officials who have worked for both women
The housing minister, Dervla Okafor, has a habit of answering a question with a number. Ask her how she is and she will tell you how many homes were started last quarter. (31,400.)
"⟦d:a|People find it cold. I find it honest,⟧" she said when I put this to her in her office overlooking the river. "⟦d:a|A number can't be spun. Well, it can. But less.⟧"
She has been in the job fourteen months, long enough to be blamed for things. I asked her directly: "⟦d:-|Will you hit 300,000 homes a year?⟧"
"⟦d:a|Not this year. I'd be lying if I said otherwise, and I've stopped lying about targets, which makes me unusual in this building,⟧" she said.
Her predecessor, Siân Pryce-Morgan, now on the back benches, is less impressed. "⟦d:b|Dervla is very good at explaining why things haven't happened,⟧" she told me. "⟦d:b|I'd like to hear a bit more about things that have.⟧"
Okafor smiled tightly when I read her the quote. "⟦d:a|Siân had four years. I'll let people compare.⟧"
She insisted the relationship was "⟦p:a|perfectly civil⟧". Two officials who have worked for both women described it, separately, as "⟦p:c|glacial⟧".

### 014
@a Anjali Venkataraman | the 11-year-old
@b Lakshmi | her grandmother
@c Priya | her mother
@d Goran Mihajlović | a grandmaster from Novi Sad
Anjali Venkataraman is eleven, plays chess for six hours a day and would quite like to talk about horses instead.
“⟦d:a|Everyone asks about chess. Nobody asks about Biscuit,⟧” the 11-year-old says. Biscuit is a pony she rides on Saturdays, when she is not at a tournament, which is rarely.
Last month she became the youngest player ever to win the Northern Counties Open, beating three adults rated above 2200. Her grandmother, Lakshmi, taught her the moves at four, on a board with two missing pawns replaced by buttons.
“⟦d:b|I was not a strong player. I just wanted someone to play with,⟧” Lakshmi says. “⟦d:b|After six months she was beating me. After a year she was beating me and telling me why.⟧”
Her mother, Priya, is a dentist and is open about her doubts. “⟦d:c|I worry about the hours. I worry that she'll wake up at sixteen and hate it,⟧” she says. “⟦d:c|So we have a rule: the day she says she wants to stop, she stops. No discussion.⟧”
Has she ever said it? Anjali considers the question with a seriousness that is slightly unnerving.
“⟦d:a|Once. I lost to a boy who was eating crisps the whole game. But I didn't mean it.⟧”
Her coach, Goran Mihajlović, a grandmaster from Novi Sad, teaches her online twice a week and calls her “⟦p:d|the most stubborn defender I have ever worked with⟧”. “⟦d:d|She will not resign. Even when she should, she will not. It drives me crazy and it wins her games,⟧” he says.

### 015
@a Marcus Ellery | Pioneers head coach
@b Rui Takeda | guard
@c - | a reporter
PORT ADELAINE, March 3 (Meridian Wire) - Pioneers head coach Marcus Ellery said his team had "⟦p:a|no excuses left⟧" after a 104-88 home defeat by the Coldwater Stags extended their losing run to seven games.
"⟦d:a|We're not a bad team. We're playing like one,⟧" Ellery said. "⟦d:a|That's a choice, and it's a choice I'm responsible for.⟧"
Asked whether he feared for his job, Ellery said: "⟦d:a|That's not my call. My call is who starts on Thursday.⟧"
Guard Rui Takeda, who scored 31 points, said the locker room had been "⟦p:b|quiet, really quiet⟧" after the final buzzer.
"⟦d:c|Have the players lost faith in the coach?⟧" a reporter asked.
"⟦d:b|No,⟧" Takeda said, then paused. "⟦d:b|No. We've lost faith in ourselves a bit. That's different. That's on us.⟧"
The Pioneers host the Stags again on Thursday.

### 016
@a Benedikt Strand | the company's founder and artistic director
@b - | A former board member who asked not to be named
@c Wessmere Arts Board | -
@d Kwame Asante-Lowe | an actor who appeared in 11 of its productions
Benedikt Strand, the company's founder and artistic director, has given his first interview since Low Tide Theatre Company went into administration in September, leaving 34 staff unpaid and a tour of “⟦s:-|The Lighthouse Keepers⟧” cancelled two days before it was due to open.
“⟦d:a|I'm not going to pretend I'm the victim here. The people who weren't paid are the victims,⟧” he said, in the café of the building Low Tide used to occupy. “⟦d:a|I ran out of money and I didn't tell them quickly enough. That's the whole story, more or less.⟧”
It is not quite the whole story. A former board member who asked not to be named said Strand had been warned about the company's finances “⟦p:b|at least three times⟧” in the preceding year. “⟦d:b|Benedikt believed the next show would fix it. It always had before,⟧” the former board member said.
Strand does not dispute that. “⟦d:a|It had always worked before. Until it didn't.⟧”
The Wessmere Arts Board, which cut Low Tide's grant by 40 per cent in 2022, said in a statement that it had “⟦p:c|followed its published criteria⟧” and that it “⟦p:c|deeply regrets the impact on the workforce⟧”.
Kwame Asante-Lowe, an actor who appeared in 11 of its productions, said he was still owed £2,300. “⟦d:d|I loved that company. I still love it. But love doesn't pay my council tax,⟧” he said. “⟦d:d|I'd like Benedikt to stop giving interviews and start giving back money.⟧”

### 017
@a Winifred Achterberg | the 90-year-old
@b Tamsin | her granddaughter
@c Delroy Baptiste | presenter
Winifred Achterberg, who finished the Harrowford Marathon in just under seven hours at the age of 90, has told Radio Harrowford she "⟦p:a|only did it to shut my granddaughter up⟧".
She crossed the line on Sunday evening holding hands with her granddaughter, Tamsin, who ran the whole course beside her.
"⟦d:c|Winifred, how are the legs this morning?⟧" presenter Delroy Baptiste asked on Monday's breakfast programme.
"⟦d:a|Which legs? I haven't got legs any more, I've got two planks,⟧" the 90-year-old replied.
"⟦d:a|Tamsin kept saying, 'You'd never do it, Gran.' Well. I did it. Now she can stop saying it.⟧"
Tamsin, speaking from the same sofa, said she had meant it as encouragement. "⟦d:b|It was reverse psychology. It worked a bit too well,⟧" she said. "⟦d:b|Around mile 19 I wanted to stop and she wouldn't let me.⟧"
"⟦d:c|Will you do it again next year?⟧" Baptiste asked.
There was a long pause. "⟦d:a|Ask me in a fortnight.⟧"

### 018
@a Lionel Abara | -
@b Hortense | his wife of 51 years
@c Milo Ferrante | a bassist who toured with him in the 1970s
At 83, Lionel ``⟦s:-|Sticks⟧'' Abara still practises every morning, on a rubber pad balanced on the kitchen table, while the kettle boils.
``⟦d:a|The day I stop is the day I can't hold them,⟧'' he said, tapping out a shuffle with two worn hickory sticks. ``⟦d:a|And even then I'll find a way to tape them on.⟧''
Lionel Abara was born in Port Harcourt, came to Lindenport at 17 and played his first paid engagement, at a dance hall on Marrow Street, three weeks later. He was paid, he recalls, ``⟦p:a|ten shillings and a plate of chips⟧''.
His wife of 51 years, Hortense, who sat in on the interview, rolled her eyes. ``⟦d:b|Every year the plate of chips gets bigger,⟧'' she said.
Milo Ferrante, a bassist who toured with him in the 1970s, described Abara as ``⟦p:c|the only drummer who ever made me feel like I was on time⟧''.
``⟦d:c|Most drummers push you or drag you. Lionel carries you,⟧'' Ferrante said by telephone from Lisbon. ``⟦d:c|You don't even notice he's doing it.⟧''
Abara was told of the compliment and was quiet for a moment. ``⟦d:a|Milo always did talk too much,⟧'' he said finally. ``⟦d:a|Tell him thank you.⟧''

### 019
@a Jade Okonjo-Birch | soap star
@b - | A source close to the show
@c - | A Pennine Television spokesperson
@d Kerry Birch | mum
SOAP star Jade Okonjo-Birch has opened up about being axed from "⟦s:-|Dockside⟧" after nine years - and revealed she found out from a taxi driver.
"⟦d:a|He turned round at the lights and said, 'Sorry to hear about the show, love.' I didn't know what he was on about,⟧" the 31-year-old said.
"⟦d:a|I rang my agent from the back of the cab. She'd had the email an hour before. Nobody had told me.⟧"
Jade, who played barmaid Shona Pike, said she cried "⟦p:a|for about three days solid⟧" before pulling herself together.
Mum Kerry Birch, 56, said: "⟦d:d|She's my daughter, she's allowed to be gutted. But she's been working since she was fourteen. She'll be fine.⟧"
A source close to the show claimed bosses had wanted "⟦p:b|a fresh start⟧" for the Pike family storyline. "⟦d:b|It's nothing personal. Jade's brilliant. The story just had nowhere to go,⟧" the source said.
A Pennine Television spokesperson said: "⟦d:c|We are hugely grateful to Jade for nine wonderful years and wish her every success.⟧"

### 020
@a Mirela Constantinescu | the director
@b Aoife Ní Bhriain | the film's lead
Mirela Constantinescu does not watch her own films. Not at premieres, not at festivals, not on the plane.
“⟦d:a|I've seen them four hundred times in the edit. By the time they're finished I know every frame. Watching them with an audience is like listening to someone read your diary aloud,⟧” the director says.
Her new film, “⟦s:-|Small Hours⟧”, follows a Romanian care worker through a single night shift in an English nursing home. Constantinescu's own mother did that job for eleven years.
“⟦d:-|Has she seen the film?⟧” I ask.
“⟦d:a|She saw a rough cut. She said the tea trolley was wrong. That was her only note.⟧”
“⟦d:-|Was it wrong?⟧”
“⟦d:a|Completely. We reshot it.⟧”
Aoife Ní Bhriain, the film's lead, spent three weeks working unpaid shifts at a care home in Dunleary before filming began. “⟦d:b|I thought I'd be researching a character. I ended up just doing the job, badly, and being shouted at by a 93-year-old called Maureen,⟧” she says. “⟦d:b|Maureen is in the film, by the way. Not literally. But she's in it.⟧”
When I mention this to Constantinescu she nods. “⟦d:a|Every film has a Maureen. You just don't always get to meet her.⟧”

### 021
@a Joseph Kariuki | a retired station officer
@b Peter | the eldest
@c Samuel | the middle brother
@d Kamau | the youngest
@e Eastmarsh Fire and Rescue Service | -
When the bells went down at Eastmarsh fire station on the night of the Granary Wharf blaze, three of the firefighters who climbed aboard the first engine had the same surname. A fourth, their father, was listening on a scanner at home.
“⟦d:a|I didn't sleep. You don't, when it's your boys,⟧” said Joseph Kariuki, a retired station officer who served 30 years at the same station. “⟦d:a|I heard the call for a second appliance and I put the kettle on and I didn't drink it.⟧”
His three sons all joined the service within six years of one another. Peter, the eldest, was crew commander that night.
“⟦d:b|You can't think of them as your brothers in there. You think of them as two good firefighters. Then afterwards, in the yard, you can be sick if you want,⟧” he said.
“⟦d:c|He wasn't sick. I was sick,⟧” said Samuel, the middle brother.
Kamau, the youngest, in only his second year in the job, carried a woman down the external stairs of the warehouse flats. He is reluctant to talk about it. “⟦d:d|Anyone on the watch would have done the same. I was just the one nearest the door,⟧” he said.
Eastmarsh Fire and Rescue Service said all 41 residents of the flats had been accounted for and praised crews for their “⟦p:e|exceptional professionalism in very dangerous conditions⟧”.
Joseph had the last word. “⟦d:a|Their mother says they're not allowed on the same shift again. Good luck to anyone telling her no.⟧”

### 022
@b Hilde Brekke | manager
@c Corran City | -
@d - | my dad
Zainab Olatunji-Reeve, 27, captained Corran City to their first league title this season, two years after she was dropped from the side altogether. The club called her “⟦p:c|the heartbeat of this squad⟧” when she signed a new contract last month. She spoke to us at the training ground.
**When did you know you'd made it?**
When my dad stopped calling it “⟦s:-|your little football⟧”. That was about 2021. Before that I was a girl with a hobby. After that I was his daughter the footballer. He told everyone on his bus route.
**What did manager Hilde Brekke say when she dropped you?**
She sat me down and said, “⟦d:b|You're better than this and you know it.⟧” And I went home and cried, and then I went to the gym, and then I cried in the gym.
**The younger players call you “⟦s:-|Mum⟧”. Do you mind?**
I mind a bit. I'm 27. But I do bring the plasters.
**What did your dad say when you lifted the trophy?**
He rang me from the stands. I could see him. He was maybe forty metres away. He said, “⟦d:d|Well, I suppose that's a proper job, then.⟧”

### 023
@a Cornelia Zurbriggen | Altwiesen's mayor
@b Ilse Bachmann | presenter
@c - | One hotelier who did not want to be named
Altwiesen's mayor, Cornelia Zurbriggen, has defended plans to charge day visitors 12 francs to enter the village, calling the fee «⟦p:a|the only way to stay a village and not become a theme park⟧».
Speaking on Radio Alpenhall on Sunday, she said the number of day-trippers had tripled in five years. «⟦d:a|On a Saturday in August we have 9,000 visitors and 640 residents. The residents cannot get to the bakery,⟧» she said.
Presenter Ilse Bachmann put it to her that the charge would hurt local shops. «⟦d:b|Aren't you punishing exactly the businesses that keep the village alive?⟧»
«⟦d:a|The businesses asked for it. Not all of them. Most,⟧» Zurbriggen replied. «⟦d:a|The ones who didn't ask for it are the ones selling fridge magnets.⟧»
One hotelier who did not want to be named told the station the mayor was «⟦p:c|fighting the last war⟧». «⟦d:c|The visitors who come for one day and spend nothing will pay twelve francs and still spend nothing,⟧» he said.
The fee is due to come into force in May, subject to a vote of residents.

### 024
@a Gwenllian Prydderch | -
@b Mair | her sister
@e Iolo Pugh | a farm manager
The Prydderch sisters have farmed Cwm Eithin for 54 years, and in that time, they say, they have had one holiday. It rained.
“⟦d:a|Aberystwyth. 1977. We came home a day early,⟧” said Gwenllian Prydderch, 79, stirring a pan on the range. Her sister Mair, 76, was already shaking her head.
“⟦d:b|Two days early. You always say one.⟧”
“⟦d:a|It was one.⟧”
“⟦d:b|It was two. The ewe was lambing.⟧”
They have 300 ewes, a quad bike each and, since last spring, a farm manager, a young man from Llanfyllin named Iolo Pugh, whom they refer to only as “⟦s:-|the boy⟧”.
“⟦d:e|They test me every day,⟧” Pugh said. “⟦d:e|Yesterday Mair asked me to count a field. Gwenllian had counted it an hour before. They wanted to see if I'd get the same number.⟧”
“⟦d:-|Did he?⟧” I asked.
“⟦d:b|He was out by two,⟧” said Mair.
“⟦d:a|He was out by one,⟧” said Gwenllian.

### 025
@a Yeison Cárdenas | the 24-year-old Colombian
@b Equipo Altavía | -
@c Bart Verhulst | the team's sports director
LA MOLINA, Spain, July 9 (Meridian Wire) - Yeison Cárdenas said on Wednesday he had "⟦p:a|nothing left in the legs⟧" after losing the leader's jersey on the final climb of the Vuelta Catalana's queen stage, but insisted the race was not over.
"⟦d:a|Tomorrow is another mountain. I am not finished. My legs are finished, today, but I am not,⟧" the 24-year-old Colombian said through a team interpreter.
Cárdenas, riding for Equipo Altavía, dropped to third overall, 41 seconds behind Dutchman Joost Brinkman.
"⟦d:a|I made a mistake at the bottom. I followed a move I should not have followed. It is my fault, not the team's,⟧" he said.
The team's sports director, Bart Verhulst, was less willing to apportion blame. "⟦d:c|He's 24. At 24 you follow moves. That's how you learn which ones not to follow,⟧" Verhulst said.
Equipo Altavía said in a statement that Cárdenas had been "⟦p:b|suffering with a stomach problem since Monday⟧", something the rider himself did not mention.
Asked about it later, he smiled. "⟦d:a|I don't like excuses. My mother doesn't like excuses.⟧"

### 026
@b Lucía | my daughter
@c - | the counsellor
This week on “⟦s:-|The Empty Chair⟧”, Hannah Lusk talks to Rafael Ortiz, who closed his restaurant, Cuatro, for a year after his wife died in 2021. This is an edited extract.
HANNAH LUSK: You said before we started recording that the first thing you noticed was the shopping.
RAFAEL ORTIZ: Yes. I was still cooking for four. For weeks. My daughter, Lucía, she was nine, she came into the kitchen one night and said, “⟦d:b|Papa, you're making too much again.⟧” And I looked at the pan and I had to sit on the floor.
HANNAH LUSK: Did you talk to anyone?
RAFAEL ORTIZ: Not for a long time. Then my sister made the appointment and drove me there. The counsellor said something I wrote on the back of my hand. She said, “⟦d:c|Grief is just love with nowhere to go.⟧” I thought, that's a greeting card. Then in the car I thought, no, that's right. That's exactly right.
HANNAH LUSK: And the restaurant?
RAFAEL ORTIZ: The restaurant is open on Thursdays now. Only Thursdays. Lucía does the desserts. She's eleven. They are too sweet and nobody complains.

### 027
@a Sun-hee Carlisle | a school librarian in Ashby Falls
@b Park Mi-ok | her birth mother
@c Park Ji-yeon | her half-sister
Sun-hee Carlisle was eight months old when she was put on a plane from Seoul to Minnesota in 1974. Last month, at 50, she sat at a kitchen table in Daejeon across from the woman who gave birth to her.
"⟦d:a|She held my hand for about three hours. She didn't let go to drink her tea,⟧" said Carlisle, a school librarian in Ashby Falls. "⟦d:a|I kept thinking I should say something profound. I think I said, 'Your house is very warm.'⟧"
Her birth mother, Park Mi-ok, 74, spoke through an interpreter. The first thing she said, Carlisle recalled, was "⟦d:b|Mianhae⟧" - "⟦d:b|I'm sorry⟧".
"⟦d:b|I was nineteen and alone. I thought she would have a better life. I hope she did,⟧" Park Mi-ok said in a message relayed by her younger daughter.
Her half-sister, Park Ji-yeon, 41, found Carlisle through a DNA testing site after years of searching. "⟦d:c|My mother talked about her every birthday. Every single one. We didn't know if she was alive,⟧" she said.
Carlisle is already planning a second visit. "⟦d:a|I've got a sister. I'm fifty and I've got a little sister,⟧" she said. "⟦d:a|Well, younger. She's taller than me.⟧"

### 028
@a Lotte Brandsma | the former Netherlands goalkeeper
@b Femke | a primary school teacher
Lotte Brandsma, the former Netherlands goalkeeper, saved 11 penalties in international football and cannot remember any of them.
“⟦d:a|People send me videos. I watch and I think, who is that? It's like watching a cousin,⟧” she says. We are in the garden of the farmhouse outside Zwolle where she now keeps goats.
I ask her about the 2015 semi-final, the one everyone asks about, and she sighs.
“⟦d:a:m|Okay. The penalty. I knew where she was going because she always went there. Her whole career, low to the left. I'd watched her for ten years.⟧
“⟦d:a:m|So I went low to the left, and she went high to the right, and I lay on the grass and I thought, well, that's that.⟧
“⟦d:a|I didn't cry until the hotel. Then I didn't stop for two days.⟧”
Her wife, Femke, a primary school teacher, brings out coffee and corrects her. “⟦d:b|Three days. It was three.⟧”
“⟦d:a|She counts everything,⟧” Brandsma says.
“⟦d:b|Somebody in this house has to.⟧”
The goats, she insists, are not a metaphor. “⟦d:-|Are they a metaphor?⟧” I ask anyway.
“⟦d:a|For what? They're goats. They eat my washing.⟧”

### 029
@a Farid Benali | the photographer
@b Orrin Castellane | the gallery's director
@c - | a retired nurse from Cresswick
Farid Benali has photographed eleven wars and says he has never once taken a picture he was proud of.
"⟦d:a|Proud is the wrong word for this work. Useful, maybe. Sometimes useful,⟧" the photographer said as workmen hung the last of 140 prints at the Castellane Gallery in Midhurst on Thursday.
The retrospective, titled "⟦s:-|Still Here⟧", covers four decades, from Beirut in 1983 to the floods in Sindh last year. Benali dislikes the label "⟦s:-|war photographer⟧", which he says makes it sound "⟦p:a|like a hobby, like stamp collecting⟧".
"⟦d:a|I photograph people who are having the worst day of their lives. Then I go home. That's the part that never gets easier, the going home,⟧" he said.
The gallery's director, Orrin Castellane, said he had spent six years persuading Benali to agree to the show. "⟦d:b|He kept saying no. Then one day he rang me and said yes and put the phone down,⟧" Castellane said. "⟦d:b|I still don't know what changed.⟧"
Asked the same question, Benali shrugged. "⟦d:a|I got old.⟧"
At a preview on Thursday evening, one visitor, a retired nurse from Cresswick, stood for several minutes in front of a photograph of a boy carrying his younger sister across a river. "⟦d:c|You want to look away and you can't,⟧" she said.

### 030
@a Jaylen Osei-Carr | teen sensation
@b Kwabena | a bus driver
@c Tyrese | big brother
@d Rob Denholm | Albion boss
TEEN sensation Jaylen Osei-Carr scored twice on his Albion debut - then rang his dad from the dressing room to ask if he'd done all right.
"⟦d:a|I didn't know what to say to him. I just said, 'Was that OK?' and he went quiet,⟧" the 17-year-old said.
Proud dad Kwabena, 49, a bus driver, admitted he'd been lost for words. "⟦d:b|I was crying on the phone. I couldn't speak. He thought I was cross,⟧" he said. "⟦d:b|I've been driving the 41 past that ground for twenty years. Now my son plays there.⟧"
Big brother Tyrese, 20, who plays for non-league Hatchford, said he had always known Jaylen was the better player. "⟦d:c|Since he was nine he's been nutmegging me in the garden. I stopped playing him at eleven. Too embarrassing,⟧" he said.
Albion boss Rob Denholm urged fans not to get carried away. "⟦d:d|He's a lovely lad with a lot of talent and a lot still to learn. Let's give him some room,⟧" he said.
Then he added with a grin: "⟦d:d|But yeah. Two goals. Not bad.⟧"

### 031
@a Perpetua Osei | the former judge
@b - | the waiter
Dame Perpetua Osei has chosen a fish restaurant in the covered market at Leybourne because, she says, "⟦p:a|nobody from the legal profession would be seen dead here⟧". She is wrong about that: within five minutes, a barrister she once sent to the cells for contempt has stopped by the table to say hello.
"⟦d:a|He was very rude to a witness. It was a long time ago. He's been charming ever since,⟧" the former judge says when he has gone.
Osei retired last year as president of the Court of Appeal of Castlemere after 31 years on the bench, and has just published a memoir, "⟦s:-|Sentences⟧", which is funnier than its title suggests.
"⟦d:a|I wanted to call it 'Reasons'. The publisher said nobody would buy a book called 'Reasons'. They may be right,⟧" she says.
The waiter arrives. "⟦d:b|The hake is finished, I'm afraid.⟧" Osei takes this well. "⟦d:a|Then I'll have whatever you would have.⟧"
She is blunt about the state of the courts. "⟦d:a:m|We have people waiting four years for a trial. Four years. Witnesses forget, victims give up, defendants who may be innocent sit in prison. Nobody in government is going to lose a by-election over it, so nothing happens.⟧
"⟦d:a|I said that in a speech in 2019 and I was told it was 'unhelpful'. I intend to go on being unhelpful.⟧"

### 032
@b Pasang Dorje | my climbing partner
@c - | The doctor at base camp
Thandiwe Sithole this spring became the first South African woman to climb Kharsang Ri without supplementary oxygen. She spoke to Dominic Kealey on the “⟦s:-|Thin Air⟧” podcast.
DK: Take me to summit day. What time did you leave the top camp?
TS: Half past midnight. It was minus thirty-something and the wind had dropped, which was the only reason we went. My climbing partner, Pasang Dorje, looked at the sky and then at me and said, “⟦d:b|Today or never, didi.⟧” So it was today.
DK: Did you ever think about turning round?
TS: Every ten steps. At about 8,200 metres I sat down in the snow and cried, and the tears froze on my face, which is a strange thing to feel. Pasang didn't say anything. He just waited.
DK: And afterwards?
TS: Afterwards I couldn't feel three fingers for a week. The doctor at base camp told me, “⟦d:c|Your fingers were ten minutes from being somebody else's problem.⟧” I still have all ten. I count them most mornings.

### 033
@a Magdalena Horváth | the centenarian
@b Ilona | the elder of her two daughters
@c Zsófia | the younger sister
@d Kessler Hall | the hall
KOSTRAVA, Oct 2 (Meridian Wire) - Magdalena Horváth marked her 100th birthday on Thursday the way she has marked most of the others: by playing a recital.
The centenarian performed Schubert and Bartók for 45 minutes at the Kessler Hall in Kostrava, to a standing ovation from a sold-out audience of 800.
"⟦d:a|My fingers are a hundred years old. They don't care. They still know where to go,⟧" Horváth told reporters afterwards, seated in the green room with a glass of sparkling wine.
Ilona, the elder of her two daughters, said her mother had practised three hours a day for the concert. "⟦d:b|We told her one hour. She said one hour is for amateurs,⟧" she said.
Zsófia, 68, laughed. "⟦d:c|She has been calling us amateurs for sixty years. We are not even pianists. She still says it,⟧" the younger sister said.
The Kessler Hall said it would name its rehearsal room after Horváth. "⟦d:d|Magdalena has played on this stage in eight different decades. That will not happen again,⟧" the hall said in a statement.
Asked about her plans, Horváth was brisk. "⟦d:a|Dinner. Then sleep. Then practise.⟧"

### 034
@a Harbhajan Singh Dhillon | the firm's founder
@b Gurpreet | his son
@c Arjan | Gurpreet's son
@d - | One driver who has worked for the firm since 1994
Harbhajan Singh Dhillon, 84, the firm's founder, still takes the first booking of the day. It comes in at ten past five most mornings, usually a nurse going to the hospital, and he answers the way he has since 1982.
“⟦d:a|Dhillon Cars, good morning, where are you going?⟧” he says, demonstrating, into a switched-off handset. “⟦d:a|Always ‘where are you going’. Never ‘how can I help’. They know how I can help. I'm a taxi.⟧”
His son, Gurpreet, runs the office now, and has spent ten years trying to get his father to retire. “⟦d:b|I've tried everything. I bought him a caravan. He sold it,⟧” Gurpreet says. “⟦d:b|To a customer. And then drove him to pick it up.⟧”
The booking app was the idea of Arjan, Gurpreet's son, who is 23 and came home from a computer science degree in Leicester with plans. His grandfather was not, at first, a fan.
“⟦d:c|He said, ‘Phones are for talking.’ Now he checks the app more than I do,⟧” Arjan says. “⟦d:c|He rings me at midnight to say a driver is showing in the wrong place.⟧”
“⟦d:a|It's true. The boy built a good thing,⟧” the old man concedes. Then, to his grandson: “⟦d:a|But the phone still rings first.⟧”
One driver who has worked for the firm since 1994 said the family argued “⟦p:d|like a radio left on in another room — all the time, and after a while you stop hearing it⟧”.

### 035
@a Ngaio Rewiti | glaciologist
@b Sunniva Eklund | the station doctor
@c Marcus Tiller | presenter
Speaking by video link from Halvorsen Station, where the temperature on Tuesday was minus 41C, glaciologist Dr Ngaio Rewiti said the ice shelf she has studied for 14 years was "⟦p:a|behaving in ways none of our models predicted⟧".
"⟦d:a|We drilled a borehole in November and found water where there shouldn't be water. Warm water, by Antarctic standards. That's not a good sign,⟧" she told Morning Edition.
Presenter Marcus Tiller asked her how it felt to watch it happen. "⟦d:c|Is it hard, emotionally, to be the one measuring this?⟧"
"⟦d:a|Yes. Some nights, yes,⟧" Rewiti said. "⟦d:a|But somebody has to write it down properly, so that nobody can say later that they didn't know.⟧"
The station doctor, Sunniva Eklund, who joined the call briefly, said the team of 22 was in good spirits despite three weeks of near-constant storms. "⟦d:b|We have a lot of board games and one very bad guitar,⟧" she said. "⟦d:b|Ngaio is the worst at Monopoly, for the record.⟧"
"⟦d:a|That's defamatory,⟧" Rewiti replied.

### 036
@a Yusuf Demir | the council's leisure lead
@b Marjorie Appleby | the 87-year-old
@c Precious Ndlovu | the lido's manager
About 400 people, some in dressing gowns, gathered outside Cold Lane Lido on Saturday morning to protest against its planned closure, holding banners reading "⟦s:-|Hands Off Our Lido⟧" and chanting "⟦s:-|Save our pool⟧" as councillors arrived for a site visit.
"⟦d:-|Shame on you!⟧" someone shouted as the council's minibus pulled in.
Cllr Yusuf Demir, the council's leisure lead, said the authority faced "⟦p:a|impossible choices⟧". "⟦d:a|I swam here as a boy. I don't want to close it. But the repair bill is £3.8m and we have to find £11m in savings this year,⟧" he told the crowd, to boos.
Marjorie Appleby, 87, has swum at the lido every morning since 1961, including, she said, "⟦p:b|the winter it froze and we broke the ice with a spade⟧". "⟦d:b|They can close it when I'm dead. I'll be very annoyed if they do it before,⟧" the 87-year-old said.
The lido's manager, Precious Ndlovu, said a campaign group had raised £410,000 in six weeks. "⟦d:c|People keep telling me this place is finished. Then they keep turning up with cheques,⟧" she said.
A decision is expected in March.

### 037
@a Dev Raghunathan | the comedian
@b Krishnan Raghunathan | a retired accountant
@c Sophie Marr | co-host
Dev Raghunathan has built a stand-up career on impressions of his father. This week, for the first time, his father answered back.
His father, Krishnan Raghunathan, a retired accountant, joined the comedian on his podcast, “⟦s:-|Sorry, Dad⟧”, and spent 50 minutes correcting him.
“⟦d:b|I have never once said ‘Beta, the electricity is not free.’ I have said the electricity is not cheap. There is a difference,⟧” the elder Raghunathan said.
“⟦d:a|There isn't a difference, Dad.⟧”
“⟦d:b|There is a difference of principle.⟧”
“⟦d:c|Honestly, Mr Raghunathan, do the impressions hurt?⟧” asked co-host Sophie Marr.
He considered this for some time. “⟦d:b|At first, a little. Then people at the temple started asking me to do the voice. My own voice. So now I am also doing the impression,⟧” he said.
Dev Raghunathan admitted afterwards that the episode had been his mother's idea. “⟦d:a|She said it was time he got the last word. He's been getting the last word for 41 years, I just hadn't noticed,⟧” he said.

### 038
@a Joaquim Tavares | a third-generation skipper
@b Nuno | his son
@c Vila Sardo Port Authority | -
Joaquim Tavares, a third-generation skipper, has fished out of Vila Sardo for 49 years. This winter, for the first time, his boat has spent longer tied up than at sea.
«⟦d:a|O mar está vazio,⟧» he says, and then, in the careful English he learned from tourists: «⟦d:a|The sea is empty. Not empty. But emptier than my father would believe.⟧»
His son, Nuno, 38, crews for him three days a week and drives a delivery van the other four. «⟦d:b|My father thinks I will take the boat. I love him, but I think the boat will be sold,⟧» he says, out of his father's hearing.
Back within earshot, Joaquim is less resigned. «⟦d:a|Nuno says that. He said it at twenty too. He is still here.⟧»
The Vila Sardo Port Authority says the number of registered vessels has fallen from 61 to 23 since 2000, and describes the decline as «⟦p:c|structural and, sadly, probably irreversible⟧».

### 039
@a Dario Vukovic | the Croatian-born fighter
@b Jermaine Acheampong | -
@c Len Prothero | promoter
@d - | one fan
DARIO Vukovic and Jermaine Acheampong had to be pulled apart at yesterday's weigh-in after a furious face-off ahead of Saturday's grudge match at the Tamworth Dome.
Vukovic, 30, tipped the scales at 15st 9lb and immediately goaded his rival. "⟦d:a|Look at him. He's been eating pies for six weeks. He's soft,⟧" the Croatian-born fighter said.
Acheampong, 28, hit back: "⟦d:b|Soft? Ask his jaw on Saturday how soft I am.⟧"
"⟦d:d|Knock him out, Jermaine!⟧" one fan yelled from the balcony.
Promoter Len Prothero, who stepped between the pair, said he had "⟦p:c|never seen two blokes hate each other this much⟧". "⟦d:c|It's real, this. It's not for the cameras. I had to put them in separate lifts,⟧" he said.
Vukovic had the final word as he was led away. "⟦d:a|Saturday. Ten o'clock. Bring a stretcher.⟧"

### 040
@a Margaret Oduya | the crew's skipper
@b Helen Ferris | a retired midwife
@c Bríd Clancy | the youngest at 61
@d Janet Kowalczyk | The fourth member of the crew
Four women with a combined age of 281 have become the oldest crew to row across the Atlantic, arriving in Antigua on Thursday after 58 days at sea.
“⟦d:a|We were told we were mad. We were mad. But we were mad and organised,⟧” said the crew's skipper, Margaret Oduya, 68, as she stepped onto the quay, unsteadily, to cheers.
Helen Ferris, a retired midwife, said the worst moment came in week five, when a wave rolled the boat and snapped an oar. “⟦d:b|I came up under the boat and I thought, well, Helen, this is a silly way to go,⟧” she said. “⟦d:b|Then Bríd grabbed my ankle.⟧”
Bríd Clancy, the youngest at 61, shrugged off the rescue. “⟦d:c|It was the nearest bit of her. I'd have grabbed her ear if that was nearer,⟧” she said.
The fourth member of the crew, Janet Kowalczyk, 73, lost her voice on day three and, her crewmates say, has not stopped whispering since. “⟦d:d|I have things to say,⟧” she whispered. “⟦d:d|I'm saving them for the book.⟧”
Asked whether they would do it again, Oduya looked at the others. “⟦d:a|Ask us in a month. Actually, don't.⟧”

### 041
@a Kenta Ōshiro | Japanese director
@b Lucía Ferrer-Dahl | Spanish actress
@c - | A journalist from a Danish newspaper
VELLARENO, Italy, Sept 5 (Meridian Wire) - Japanese director Kenta Ōshiro said on Friday his new film, "⟦s:-|The Quiet Tenant⟧", which premiered in competition at the Vellareno Film Festival, was "⟦p:a|a ghost story without a ghost⟧".
"⟦d:a|Everybody in the film is haunted. Nobody is dead. That's the joke, if there is one,⟧" Ōshiro told a news conference through an interpreter.
Spanish actress Lucía Ferrer-Dahl, who plays a landlady in Osaka despite speaking no Japanese, said she had learned her lines phonetically. "⟦d:b|I had no idea what I was saying for about half the film. Kenta said that was perfect,⟧" she said, to laughter.
A journalist from a Danish newspaper asked whether the casting had been a risk. "⟦d:c|Weren't you worried audiences wouldn't believe her?⟧"
"⟦d:a|Audiences believe anything if you show it to them with confidence,⟧" Ōshiro replied. "⟦d:a|That is the whole history of cinema.⟧"
The festival runs until Sept 14.

### 042
@b - | One critic
@c Akosua | my grandmother
@d - | my manager
Efua Mensah-Lindqvist, who records as Efua M, grew up between Kumasi and Malmö and raps in English, Twi and Swedish, sometimes within a single line. Her second album, “⟦s:-|Three Kitchens⟧”, is out on Friday.
**The title — whose kitchens?**
My grandmother's in Kumasi, my mother's in Malmö, and mine, which is mostly a kettle. My grandmother, Akosua, heard the first single on a phone and said, “⟦d:c|Why are you shouting?⟧” That's her review. That's the only review I care about.
**Not the only one. One critic called your first album “⟦p:b|too clever for its own good⟧”.**
Ha. Yes. I have that on a mug.
**Do you think about who your audience is?**
Not really. My manager thinks about it. Every time I put Swedish in a chorus he sends me an email that just says “⟦d:d|Why.⟧” No question mark.
**And do you take it out?**
Never. That's the whole point. My grandmother doesn't understand the Swedish, and the kids in Malmö don't understand the Twi, and everyone understands the shouting.

### 043
@a Emmanuel Adjei-Baffour | a charge nurse at Bellhaven General
@b Graham Spurrier | a lorry driver from Knotley
Emmanuel Adjei-Baffour, a charge nurse at Bellhaven General, has worked nights in the intensive care unit for 30 years. He retires on Friday. He has, by his own rough count, held the hands of more than 600 people as they died.
"⟦d:a|You don't get used to it. People say you must get used to it. You don't, and if you did, you should leave,⟧" he said.
"⟦d:a|What you get better at,⟧" he said, "⟦d:a|is the families. Knowing when to talk and when to just bring a chair.⟧"
He came to Bellhaven from Kumasi in 1993 on a two-year contract and never went back, except on holiday.
"⟦d:a:m|I remember my first night. A young man, a motorbike crash, nineteen. His mother sat by him until six in the morning and then she turned to me and asked if I had children. I said no. She said, 'Then you don't understand.' And she was right, I didn't.⟧
"⟦d:a|Now I have three. Now I understand.⟧"
Not all his patients died. Graham Spurrier, a lorry driver from Knotley, spent 41 days on the unit in 2020 and came to the retirement party. "⟦d:b|I don't remember him. I was unconscious for most of it,⟧" Spurrier said. "⟦d:b|But my wife remembers him. She says he sang to me. He says he didn't.⟧"
"⟦d:a|I hummed,⟧" Adjei-Baffour said. "⟦d:a|Humming is allowed.⟧"

### 044
@a Temitope Adebanjo-Reid | an entomologist at the Northgate Museum of Natural History
@b Kezia | her daughter
@c Rhiannon Gale | presenter
A beetle found under a rotting log in a Lagos suburb has been named after a six-year-old girl who, her mother says, “⟦p:a|found it first and has not let me forget it⟧”.
Dr Temitope Adebanjo-Reid, an entomologist at the Northgate Museum of Natural History, told Radio Northgate's Afternoon Show that her daughter, Kezia, spotted the insect while the family was visiting relatives at Easter.
“⟦d:c|So how does a six-year-old find a species unknown to science?⟧” asked presenter Rhiannon Gale.
“⟦d:a|She was bored. I was talking to my aunties. She went outside and turned over every log in the garden, which is exactly what I did at her age,⟧” Adebanjo-Reid said.
The beetle, a 4mm ground beetle with an iridescent green shell, has been formally named after her.
Kezia was put on the line briefly. “⟦d:b|It was shiny. I put it in a yoghurt pot,⟧” she said. Asked how it felt to have a beetle named after her, she considered. “⟦d:b|Good. But I wanted a bigger one.⟧”

### 045
@a Wilfred Amankwah | the postman
@b Derek Stannard | The village shopkeeper
@c - | one resident
After 38 years, 11 months and, by his own reckoning, ``⟦p:a|about nine thousand dogs⟧'', Wilfred Amankwah delivered his last post in Lower Bassett on Saturday.
``⟦d:a|Only four of them ever bit me, and one of those was a misunderstanding,⟧'' the postman said, standing outside the sorting office with a cake iced in pillar-box red.
Villagers had lined the High Street with bunting. ``⟦d:c|He knows everyone's business and he's never told a soul,⟧'' said one resident.
The village shopkeeper, Derek Stannard, organised the collection, which raised more than £2,000. ``⟦d:b|Wilf has walked past my shop twice a day since before I owned it,⟧'' Stannard said. ``⟦d:b|When my mother was ill he used to knock on her door every morning, post or no post.⟧''
Amankwah said he planned to take up bowls. ``⟦d:a|I've done enough walking,⟧'' he said. ``⟦d:a|Now I want a sport where you stand still and throw things.⟧''

### 046
@b - | Our mother
@c Pavel Horák | the artistic director
Amara and Adaeze Okafor-Lind, 24, are the first twins to be promoted to principal dancer at Castlemere Ballet in the same season. We spoke to them in a rehearsal studio, where they finished each other's sentences and, occasionally, corrected them.
Interviewer: Who found out first?
Adaeze: Me. By four minutes.
Amara: She always says it like that. By four minutes. Like it's a race.
Adaeze: Everything is a race. Our mother says, “⟦d:b|One of you is the left hand and one of you is the right hand.⟧” She never says which.
Interviewer: How did the company tell you?
Amara: The artistic director, Pavel Horák, called us into his office together and said, “⟦d:c|Congratulations. Don't get comfortable.⟧” That's very him.
Interviewer: What's the first role?
Adaeze: We're sharing Giselle across the run. Alternate nights.
Amara: Which means every other night one of us is in the wings watching the other one get it wrong.
Adaeze: Or right.
Amara: Or right. Occasionally.

### 047
@a Ana Paula Ribeiro | the three-time Olympic medallist
@b Sérgio Ribeiro | her father and coach
@c Natação Brasil | The national federation
SÃO PAULO, Aug 20 (Meridian Wire) - Ana Paula Ribeiro, the three-time Olympic medallist, announced her retirement on Tuesday at 29, saying she wanted to "⟦p:a|find out who I am when I'm dry⟧".
"⟦d:a:m|I have been in the water since I was four. My whole life is measured in lengths. Fifty metres, a hundred, two hundred. I know exactly how long my life is in metres and I don't know what I like for breakfast.⟧
"⟦d:a|That sounds like a joke. It's not really a joke,⟧" Ribeiro told Meridian Wire in an interview at her family's home.
Her father and coach, Sérgio Ribeiro, who first took her to the pool at the Clube Atlético Paraíso, said he had known for a year. "⟦d:b|She told me in the car after Budapest. She didn't look at me. She looked out of the window and said, 'Pai, I think I'm finished,'⟧" he said.
"⟦d:b|I said, 'Okay.' That's all. What else do you say?⟧"
The national federation, Natação Brasil, thanked her for "⟦p:c|a decade of extraordinary performances⟧" and said it hoped she would stay involved in the sport.
Ribeiro laughed at that. "⟦d:a|Maybe. In two years. Ask me when my hair is dry.⟧"

### 048
@a Skye Montague | pop star
@c - | An insider
@d - | A rep for Okoye
@e Jodie | her sister and host
POP star Skye Montague has finally broken her silence on her bust-up with former Glitterbomb bandmate Neve Okoye - insisting: "⟦d:a|I've got nothing but love for her. Mostly.⟧"
In a candid chat on the podcast "⟦s:-|Sister Act Two⟧", Skye, 33, admitted the pair hadn't spoken in four years.
"⟦d:a|We were kids when the band started. We were basically married at nineteen and then we got divorced at twenty-six, in public, in the papers,⟧" she said.
Her sister and host Jodie asked: "⟦d:e|Would you ever do a reunion?⟧"
"⟦d:a|For the right money, I'd reunite with anyone,⟧" Skye laughed. "⟦d:a|Would I have a coffee with her? Yeah. Would I be the one to text first? Absolutely not.⟧"
An insider claimed the row had been about "⟦p:c|money, full stop⟧". "⟦d:c|Everybody knows who wrote the songs and everybody knows who got paid for them,⟧" the source said.
A rep for Okoye said: "⟦d:d|Neve wishes Skye well and has no further comment.⟧"

### 049
@a Idris Kamau | the novelist
@b Ruth Calloway | his interpreter
Idris Kamau signs quickly and with great precision, and his interpreter, Ruth Calloway, has worked with him long enough to know when to slow him down. “⟦d:b|He's making a joke. I'll give you the joke and then I'll give you the rude version,⟧” she tells me at the start.
Kamau, 52, has been deaf since birth. His fifth novel, “⟦s:-|The Listening House⟧”, is about a hearing family who stop speaking to one another after a death.
“⟦d:-|Why write about hearing people?⟧” I ask.
“⟦d:a|Because I've been watching them my whole life. They talk all the time and they say nothing. I find it fascinating, like watching birds,⟧” the novelist signs.
“⟦d:-|Does it annoy you when people call the book brave?⟧”
He laughs before Calloway has finished. “⟦d:a|Brave is what they say when they mean they're surprised I can write. I've been writing for thirty years. The surprise should have worn off.⟧”
The rude version, Calloway says afterwards, was shorter.

### 050
@a Warrick Jansen | -
@b Leonie Jansen | his wife
@c - | A neighbour who helped move their sheep
@d Mallee Fire Authority | -
Warrick and Leonie Jansen watched from a paddock as the fire took their house, two sheds and 40 years of paperwork in less than ten minutes on Tuesday afternoon.
"⟦d:a|You hear it before you see it. It sounds like a train. Then the wind swung round and it was on us,⟧" Warrick Jansen, 61, said on Wednesday, standing in what used to be his kitchen.
His wife had packed the car that morning "⟦p:b|just in case, like we do every summer⟧". "⟦d:b|Every year he laughs at me for packing the car. He didn't laugh this year,⟧" she said.
"⟦d:a|I'm not laughing now either,⟧" he said.
A neighbour who helped move their sheep said the couple had saved three other properties by cutting a break with their grader before leaving. "⟦d:c|They lost their own place doing it. That's the Jansens,⟧" he said.
The Mallee Fire Authority said 14 homes had been destroyed and described conditions as "⟦p:d|catastrophic and unpredictable⟧".

### 051
@a Anatol Gruszka | its principal conductor
@b - | Two members of the Kingsmere Philharmonic
@c - | one violinist
@e - | A cellist
@d Kingsmere Philharmonic | The orchestra
Two members of the Kingsmere Philharmonic have described a "⟦p:b|culture of fear⟧" under its principal conductor, Anatol Gruszka, who in an interview this week rejected their claims as "⟦p:a|a misunderstanding of what rehearsals are for⟧".
"⟦d:c|He would stop the orchestra and make one person play a passage alone, again and again, in front of eighty colleagues. I saw people leave the stage in tears,⟧" said one violinist, who asked not to be named because she still works with the orchestra.
A cellist, also speaking anonymously, said: "⟦d:e|Nobody says anything because he decides who gets the solos. It's that simple.⟧"
Gruszka, 64, said he was "⟦p:a|saddened⟧" by the accounts. "⟦d:a|I am demanding. I have never been cruel. If I have made someone feel humiliated, I'm sorry for it, truly,⟧" he said. "⟦d:a|But an orchestra is not a democracy. It can't be.⟧"
The orchestra said in a statement it had appointed an independent reviewer and took "⟦p:d|all concerns about workplace behaviour extremely seriously⟧".

### 052
@b - | my mother
@c - | One of the judges
@d - | my daughter
Bashir Nouri opened Zaytoun in a former betting shop in Eastcliff in 2017, two years after arriving in Britain. Last month it was named the county's best independent restaurant. He spoke to the Eastcliff Gazette.
Q: The sign above the door says “⟦s:-|Come hungry, leave family⟧”. Where is that from?
A: From my mother. To every guest in her house in Aleppo she said, “⟦d:b|You came hungry, you leave family.⟧” My English made it shorter.
Q: What did the award judges say?
A: One of the judges wrote that the lamb was “⟦p:c|the best thing I have eaten this year, and I have eaten a great deal⟧”. I believe him. He was not a small man.
Q: Do you miss Aleppo?
A: Every day. But my daughter was born here. When people ask her, she says, “⟦d:d|We're from Eastcliff.⟧” And I let her.

### 053
@a Haris Mahmood | the Marlshire captain
@b Jono Whitlock | his vice-captain
@c Deon Pillay | Head coach
Haris Mahmood, the Marlshire captain, has a rule about the dressing room after a defeat: nobody speaks for ten minutes.
“⟦d:a|Not a word. You sit with it. Then we talk, and by then nobody says anything stupid,⟧” he said. “⟦d:a|Well. Fewer people say anything stupid.⟧”
It was a rule tested on Sunday, when Marlshire lost by one wicket to Cawdor with two balls left, surrendering the championship lead.
His vice-captain, Jono Whitlock, admitted he broke it. “⟦d:b|I lasted about six minutes. I said something about the umpire. Haris just looked at me,⟧” he said. “⟦d:b|He didn't have to say anything. I went and sat in the shower with my pads on.⟧”
Mahmood, told of this, laughed. “⟦d:a|Six minutes is a personal best for Jono.⟧”
Head coach Deon Pillay said the side's reaction to the defeat would define their season. “⟦d:c|We've been the best team for three months. One bad afternoon doesn't change that, unless we let it,⟧” Pillay said.
Asked whether he still backed his captain's silence rule, Pillay paused. “⟦d:c|I'm not allowed to say anything for ten minutes. Ask me after.⟧”

### 054
@a Matteo Sarti | the luthier
@b Kofi Agyemang | his apprentice
Matteo Sarti has made 212 violins in 40 years, and he can tell you where every one of them is. ``⟦d:a|Number 57 is in a bank vault in Geneva. That one makes me sad. A violin in a vault is a bird in a shoebox,⟧'' the luthier says.
His workshop, above a shoe-repair shop in Cremoncello, smells of varnish and burnt coffee. His apprentice, Kofi Agyemang, 26, came from Accra four years ago on a scholarship with, he says, ``⟦p:b|no idea what I was getting into⟧''.
``⟦d:b|The first year he let me touch nothing. I swept. I made coffee. I watched,⟧'' Agyemang says. ``⟦d:b|In the second year he let me make the coffee better.⟧''
Sarti denies this. ``⟦d:a|In the second year he was carving scrolls. Very good scrolls. Better than mine at that age,⟧'' he says, then, after a pause: ``⟦d:a|Don't print that.⟧''

### 055
@a Irene Kowalska | the centenarian
@b Zoe | her great-granddaughter
@c - | A spokesperson for the Veterans' Association
Irene Kowalska, who spent the war years decoding naval signals in a hut she is still not allowed to describe in full, turned 104 on Monday and celebrated with what she called "⟦p:a|a small sherry and a large cake⟧".
"⟦d:a|They told us in 1943 not to talk about it, and I didn't, for fifty years. Now everyone wants me to talk about it and I've forgotten half of it,⟧" she said.
Her great-granddaughter, Zoe, 15, did a school project on her last year. "⟦d:b|I got an A. She said she should get half of it,⟧" Zoe said.
"⟦d:a|I should have had all of it,⟧" the centenarian replied.
A spokesperson for the Veterans' Association said Kowalska was one of fewer than 20 surviving members of the signals unit. "⟦d:c|Her generation did extraordinary things and then went home and never mentioned them,⟧" the spokesperson said.

### 056
@a Tomás Quispe | the 29-year-old
@b Rosa | a hospital cleaner
@c - | one man
On stage, Tomás Quispe is “⟦s:-|Doña Tormenta⟧”: eight-inch heels, a wig the size of a satellite dish and a voice that can fill the Pelican Club without a microphone. Off stage he is quiet, a little shy, and drinks mint tea.
“⟦d:a|She's the loud one. I just drive her to work,⟧” the 29-year-old says of his alter ego.
He grew up in Cusco and moved to Bramford at 17 to study nursing. He still works two days a week on a dialysis ward. His patients, he says, “⟦p:a|have no idea, or they're too polite to say⟧”.
His mother, Rosa, a hospital cleaner, saw the show for the first time last spring. She sat in the front row.
“⟦d:b|I was very nervous. I thought, what if I don't like it? Then he came out and I thought, that is my dress,⟧” she says. “⟦d:b|It was my dress. From my wedding. He asked, I said yes, I forgot.⟧”
There have been harder audiences. Quispe remembers one man who shouted “⟦d:c|Get off!⟧” during his first open-mic night in 2017.
“⟦d:a|I said, ‘Darling, I just got on.’ Everyone laughed. He bought me a drink after. That's how it works, usually,⟧” he says.

### 057
@a Ruslan Abdrakhmanov | -
@b Timur | his younger brother
@c Bakhyt Abdrakhmanov | their grandfather
For three years, Ruslan Abdrakhmanov and his younger brother, Timur, have hosted "⟦s:-|Steppe Stories⟧", a podcast about Kazakh history that has built a surprising following in Britain. This month they finally got the guest they had been chasing: their grandfather, Bakhyt Abdrakhmanov, 91.
"⟦d:a|We'd been asking him since episode one. He kept saying he was busy. He's retired. He's been retired since 1998,⟧" Ruslan said.
"⟦d:b|He was busy watching snooker,⟧" Timur added.
In the episode, recorded at his flat in Luton, the old man talks about driving a lorry across the steppe in the 1950s and about meeting their grandmother at a dance in Karaganda.
"⟦d:c|She said I danced like a camel. I said, 'Then why are you dancing with me?' She said, 'Because the camel asked,'⟧" he tells his grandsons.
"⟦d:a|Did you ever think you'd end up in Luton, Grandad?⟧" Ruslan asks on the recording.
"⟦d:c|Nobody thinks they'll end up in Luton,⟧" Bakhyt replies.
Timur said the episode had been downloaded more than 80,000 times. "⟦d:b|He's more popular than us now. He wants a percentage,⟧" he said.

### 058
@a Marisa Kovač | a former quality engineer at Haldane Aerostructures
@b Haldane Aerostructures | the company
@c - | A second former employee
@d Claire Rowntree | her former line manager
Marisa Kovač, a former quality engineer at Haldane Aerostructures, says she raised concerns about cracked wing brackets eleven times before she was signed off sick, and then made redundant.
“⟦d:a|I kept a notebook. Eleven times, eleven dates, eleven people. I'm an engineer. I write things down,⟧” she said at her kitchen table in Wrenfield, the notebook open in front of her.
“⟦d:a|Every time, the answer was the same: ‘We're looking into it.’ I believe they were looking. I don't think they ever saw.⟧”
Haldane Aerostructures said in a statement that it “⟦p:b|strongly rejects⟧” the suggestion that safety concerns were ignored. “⟦d:b|All reports were investigated in line with our procedures and no component that left our facility posed a risk to flight safety,⟧” the company said.
A second former employee, who asked not to be named, said Kovač had been “⟦p:c|treated as a nuisance⟧” by senior managers. “⟦d:c|She was right, and she was annoying about being right, and in that building the second thing mattered more,⟧” the former employee said.
Her former line manager, Claire Rowntree, who now works for a rival firm, said in an email that she had “⟦p:d|escalated every concern Marisa brought to me⟧”. “⟦d:d|I'm sorry for how things ended for her. I did what I could,⟧” she wrote.

### 059
@a Amani Wanjiru | Twelve-year-old
@b Esther Wanjiru | her mother
@c Grace | her grandmother
@d Callum Frayne | our reporter
Twelve-year-old Amani Wanjiru became the youngest winner of the Pemberton Screen Award for best actress on Saturday night - and then asked if she could go home because she had school on Monday.
"⟦d:a|I have a maths test. Mum says I still have to do it. Even with a trophy,⟧" she told our reporter Callum Frayne on the red carpet.
"⟦d:d|Is that true? No day off for a best actress?⟧" Frayne asked.
"⟦d:b|No day off,⟧" said her mother, Esther Wanjiru, standing beside her. "⟦d:b|The trophy doesn't know any long division.⟧"
Amani won for her role as a refugee girl in the drama "⟦s:-|Borrowed Sky⟧", her first film. She was cast after her grandmother, Grace, spotted an open audition notice in a church newsletter.
"⟦d:c|I said, go, what's the worst that happens? They say no. Nobody dies of no,⟧" Grace said. "⟦d:c|I didn't expect all this. Look at all these cameras.⟧"
Asked what she would do with the trophy, Amani thought for a moment. "⟦d:a|Put it next to my swimming medal. That's fair.⟧"

### 060
@a Magnus Isbister | -
@b Lowrie Tait | -
@c Jamsie Halcrow | -
Every morning at ten, weather permitting and often when it does not, three men sit on the bench outside the harbour office at Skalvoe and tell each other things they have told each other before.
“⟦d:a|Sixty years we've been sitting here. Well, not here. The old bench was over there till the council moved it,⟧” said Magnus Isbister, 88, pointing at a patch of concrete about four feet away.
“⟦d:b|They moved it for the ferry queue,⟧” said Lowrie Tait, 84.
“⟦d:c|They moved it because you complained about the wind,⟧” said Jamsie Halcrow, 86.
“⟦d:b|I never complained about the wind.⟧”
“⟦d:c|You've complained about the wind since 1958.⟧”
I asked them what they talked about. There was a long pause. “⟦d:a|Boats,⟧” Isbister said eventually. “⟦d:a|And the folk that had them. And which of them were fools.⟧”
“⟦d:-|All of them,⟧” came a voice from inside the harbour office. Nobody on the bench would say whose it was.

### 061
@a Anand Kulkarni | the retired teacher
@b Farah Siddiqui | a barrister in Leeds
@c Kerry-Ann Bright | -
More than 200 former pupils packed Millbrook High's assembly hall on Friday evening to say goodbye to Anand Kulkarni, who taught English at the school for 37 years and never once, by his own account, set homework on a Friday.
"⟦d:a|It was a principle. Nobody learns anything on a Saturday,⟧" the retired teacher said. "⟦d:a|Also I didn't want to mark on a Sunday.⟧"
One of them, Farah Siddiqui, a barrister in Leeds, gave a speech in which she said he had been "⟦p:b|the first adult who ever told me I was clever⟧".
"⟦d:b|I was a very angry fourteen-year-old. He gave me 'Jane Eyre' and said, 'She's angry too. Read it and tell me if she's right,'⟧" Siddiqui said.
Kerry-Ann Bright, who was in his very first form class in 1986, travelled from Belfast for the evening. "⟦d:c|He's got greyer. He's not got any less sarcastic,⟧" she said. "⟦d:c|He told me I looked exactly the same, which is a lie, and I loved it.⟧"
Kulkarni said he would spend his retirement "⟦p:a|reading books nobody will make me teach⟧".

### 062
@b Pieter-Jan Bogaert | alderman
@c - | One baker
@f Marktstraat traders' association | -
The following exchange, between presenter Liesbeth Maes (LM) and alderman Pieter-Jan Bogaert (PJB) of Ostverde, was broadcast on Radio Kust on Monday morning and has been lightly edited.
LM: Alderman, shopkeepers on the Marktstraat say the new car ban is killing them. One baker told us it was «⟦p:c|a slow funeral with bicycles⟧».
PJB: I've heard that. I've also heard, from the same street, «⟦d:-|Finally I can hear my own radio.⟧» People say different things.
LM: You promised in your manifesto to «⟦p:b|consult every household⟧». Did you?
PJB: Every household got a letter. Eleven per cent replied. I can't make people answer their post.
LM: Will you review the ban?
PJB: In September, as we always said. Not because of one bad month.
After the broadcast, the Marktstraat traders' association said in a statement that the alderman was «⟦p:f|living in a city that exists only on his spreadsheets⟧».

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh73.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh73",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
