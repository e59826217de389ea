# ruff: noqa: E501
"""Build ``quotes_fresh97.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch, Q&A transcripts with the interviewer's questions in
bold or marked with initials, podcast and radio interviews, sports and arts
interviews, press conferences, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names, with
reporters who ask their own questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh97-NNN``.

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
  it (``Their father, Rawiri Ngata, a bus driver``): the appositive is the
  description. A title or relational phrase before the name alone (``presenter …``,
  ``Head coach …``, ``her younger sister …``, ``wife Denise``) is the description; a
  title shared by two names (``Hosts A and B``) is the description of each.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 24-year-old``,
  ``the novelist``), that description is taken. An age on its own (``Ruth, 71,``) is
  not a description.
* A non-restrictive relative clause after an appositive (``the bassist, who now
  teaches …``) is not part of the description; a restrictive one is
  (``a forensic anthropologist who has worked on more than 400 cases``).
* Where a wire or tabloid lead introduces a speaker by a description and names them
  only in a later sentence (``A climber who spent two nights …``), that lead
  description is the description.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; ``one reviewer`` / ``a critic`` is a description of a null speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's, co-host's or interviewer's questions are that
  person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* The transcript convention covers all printed exchanges: questions in bold
  (``**…**``), ``Q:``/``A:`` and turns marked with initials (``HK:``, ``OE:``). Inside
  an answer, a quotation is attributed to whoever the answer says spoke it (``My
  accountant told me, “…”`` → null speaker, description ``My accountant``); when the
  person answering quotes their own words (``I told my cast, “…”``), they are the
  speaker, under the name the passage gives them.
* A memoir or judgment quoted with ``she writes`` / a line from her judgment is the
  author's ``direct`` speech; the organisation behind a statement stays the speaker
  at a later ``the statement said``.
* In-game names, shop signs, placards and printed slogans on bags are ``scare``; a
  nickname given by fans is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python build_quotes_fresh97.py`` (from this folder).
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh97.jsonl")

PASSAGES = """
### 001
@a Odalys Ferreira-Quist | the novelist
@b Rui | the waiter
@c - | one reviewer
Odalys Ferreira-Quist is already seated when I arrive at Casa Brava, a narrow Portuguese place wedged between a launderette and a bookmaker on Harrow Quay. The novelist has ordered water, bread and, she admits, a glass of vinho verde “⟦p:a|to be going on with⟧”.
“⟦d:a|I always get here early. It's a defect. I like to watch the door,⟧” she says, which is perhaps what you would expect from a writer whose four novels all begin with somebody arriving.
Her latest, “⟦s:-|The Salt Ledger⟧”, follows a customs clerk through the last winter of the old republic. One reviewer called it “⟦p:c|a quiet detonation⟧”; another found it slow. She has read both notices and claims to agree with each.
I ask whether the clerk is her grandfather, as has been rumoured. “⟦d:a|My great-uncle. Everyone gets that wrong, and I've stopped correcting them,⟧” she says. “⟦d:a|He was a terrible clerk. He was a wonderful liar. I wanted to know which of those kept him alive.⟧”
The waiter, Rui, arrives with a chalkboard. “⟦d:b|The octopus is good today. The sardines are better,⟧” he says, and Ferreira-Quist orders both.
“⟦d:-|Do you ever worry about running out of family?⟧” I ask.
“⟦d:a:m|All the time. I have two more relatives worth writing about and one of them is still alive, so.⟧
“⟦d:a|No, honestly, I worry about running out of patience. A novel takes me five years. I'll be sixty by the next one. My agent says that's young. My agent is eighty-one.⟧”
The bill arrives; she insists on leaving the tip. “⟦d:a|Rui has put up with me for twenty years. He has earned it,⟧” she says.

### 002
@a - | My mother
@b - | my supervisor
Kalani Makoa has spent 22 years counting reef fish off the Ohāna Banks. Her new book, “⟦s:-|Counting the Blue⟧”, is out this month. She spoke to Tessa Brennan; the conversation has been edited for length and clarity.
**You started diving at what age?**
Nine. My uncle threw me off the back of his boat and told me to look down. That was the whole lesson.
**Is it true you once counted fish for 14 hours straight?**
Sixteen. The paper says 14 because my supervisor said 16 sounded “⟦p:b|a bit unprofessional⟧”. I was 23. I didn't argue.
**What has changed on the banks since then?**
Everything is smaller. The fish, the coral heads, the schools. The old men on Ohāna have a name for it, “⟦s:-|the thin years⟧”, and they were using it before any of us scientists turned up with clipboards.
**Are you hopeful?**
I'm busy. Hope is for people who have time to sit down. My mother used to tell me, “⟦d:a|Kalani, the sea doesn't care what you feel, only what you do.⟧” I think about that most mornings.
**What do you want readers to take from the book?**
That counting is a kind of love. You don't count things you don't care about.

### 003
@a Desmond Okafor-Lyle | the former Calderbrook City striker
@b Gemma Thorne | a former international goalkeeper
@c Rob Kinsella | the former midfielder
@d Calderbrook City | -
Desmond Okafor-Lyle, the former Calderbrook City striker, has opened up about the depression that ended his career at 29, telling a podcast that he spent most of his final season "⟦p:a|pretending to be injured so nobody could see me⟧".
Speaking to Gemma Thorne, a former international goalkeeper, and the former midfielder Rob Kinsella on Half-Time Oranges, Okafor-Lyle said he had never told his team-mates the truth.
"⟦d:a|I'd wake up and the first thought was, how do I get out of training today. Not how do I score. How do I hide,⟧" he said.
"⟦d:b|Did anyone at the club notice?⟧" Thorne asked.
"⟦d:a|One person. The kit man, Stan. He used to leave a cup of tea on my peg every morning and never say a word about it. I think he knew.⟧"
Kinsella, who played alongside Okafor-Lyle for two seasons, said he had "⟦p:c|no idea, none at all⟧".
"⟦d:c|That's what kills me, Des. I sat next to you on the bus for two years,⟧" he said.
"⟦d:a|You weren't supposed to know. That was the whole job,⟧" Okafor-Lyle replied.
Calderbrook City said in a statement that its player welfare provision had been "⟦p:d|completely rebuilt⟧" since 2016 and that it would "⟦p:d|always support former players who come forward⟧".

### 004
@a Funmi | the eldest
@b Bisi | -
@c Kemi | the youngest
@d Grace Obi | -
For 31 years the smell of fresh bread has drifted out of a terraced shop on Pellow Road at five every morning. This week the Adeyemi sisters, Funmi, Bisi and Kemi, pulled down the shutters for the last time.
“⟦d:a|We never planned to be bakers. Our mother was the baker. We were just the girls who got up early,⟧” said Funmi, the eldest, who is 62.
Bisi, who does the accounts and, her sisters say, most of the complaining, disagreed. “⟦d:b|Speak for yourself. I planned it from when I was eleven,⟧” she said. “⟦d:b|I just didn't tell anyone.⟧”
Kemi, the youngest, laughed. “⟦d:c|She told everyone. She told the priest.⟧”
The sisters took over the shop in 1993 after their mother suffered a stroke. Customers still ask after her.
“⟦d:d|Mrs Adeyemi's bread is the only bread my children will eat,⟧” said Grace Obi, 44, who has bought a loaf every Saturday since she was at primary school. “⟦d:d|I don't know what we'll do now. Supermarket bread? Please.⟧”
Asked what comes next, the three looked at each other. “⟦d:a|Sleep,⟧” said Funmi. “⟦d:c|Sleep until nine,⟧” said Kemi. “⟦d:b|Ten,⟧” said Bisi.
The building has been sold to a developer. A handwritten sign in the window reads “⟦s:-|Thank you Pellow Road, we will miss you⟧”.

### 005
@a Ines Kowalczyk-Ruiz | the 24-year-old
@b - | one reporter
@c Hana Sato | the ninth seed
@d Daniel Aebischer | Kowalczyk-Ruiz's coach
VALMONT, March 3 - Ines Kowalczyk-Ruiz said she had been "⟦p:a|running on fumes⟧" after saving four match points to reach the Valmont Open semi-finals on Tuesday.
"⟦d:a|Honestly, I don't know how I won that. I stopped thinking at 5-2 in the third and my arm just kept going,⟧" the 24-year-old told reporters.
Asked whether she had considered retiring with a hip problem, the world number 11 said: "⟦d:a|For one second. Then I saw my coach's face and I thought, no, he will never let me forget it.⟧"
"⟦d:b|Did the booing help you?⟧" one reporter asked.
"⟦d:a|No. I didn't like it. Hana is a friend and she played beautifully,⟧" Kowalczyk-Ruiz said.
Hana Sato, the ninth seed, was gracious in defeat. "⟦d:c|She deserved it. At 5-2 I was already thinking about the next round, and that is my mistake,⟧" she said through an interpreter.
Kowalczyk-Ruiz's coach, Daniel Aebischer, said he had "⟦p:d|aged about ten years⟧" during the final set. "⟦d:d|She does this to me every tournament. I am 46 and I look 70,⟧" he said.

### 006
@a Orla Ní Bhriain | Housing Minister
@b Callum Ferris | presenter
@c Declan Furlong | The opposition's housing spokesman
Housing Minister Orla Ní Bhriain has insisted the government will meet its target of 40,000 new homes this year, despite figures showing completions fell for a third consecutive quarter.
Speaking on Morning Edition, she told presenter Callum Ferris that the figures reflected “⟦p:a|a lag, not a trend⟧”.
“⟦d:b|Minister, you said that in March. You said it in June. When does the lag end?⟧” Ferris asked.
“⟦d:a|It ends when the sites we approved last year come on stream, and they are coming on stream, Callum. I've been to them. I've stood in the mud.⟧”
“⟦d:b|Standing in the mud doesn't house anyone.⟧”
“⟦d:a|No, but it tells me the diggers are there, which is more than your listeners were ever told under the last government,⟧” the minister replied.
The opposition's housing spokesman, Declan Furlong, said the interview showed a minister “⟦p:c|out of ideas and out of excuses⟧”.
“⟦d:c|Every quarter there's a new word. Last year it was 'pipeline'. Now it's 'lag'. Families don't live in words,⟧” he said in a statement.

### 007
@a Anneliese Varga-Holm | -
@b Mirela Constantinescu | The orchestra's leader
@c Eero Lahtinen | Her successor
Anneliese Varga-Holm has conducted the Strelna Philharmonic for 27 seasons. On Saturday she gives her last concert as its music director. We meet in her dressing room at the Kamenný Hall, a room she refers to as «⟦s:-|the cupboard⟧».
«⟦d:a|I never wanted the job. I was asked on a Friday, they wanted an answer on Monday, and on Sunday my husband said, 'If you say no you will regret it for the rest of your life, and I will have to listen to it,'⟧» she says.
Does she regret anything? «⟦d:a|The Mahler cycle. We did it too fast. Everyone said it was wonderful. It was not wonderful.⟧»
The orchestra's leader, Mirela Constantinescu, joined in 2001. «⟦d:b|She can hear one second violin play flat from the other side of the hall,⟧» Constantinescu says. «⟦d:b|We are terrified of her. We also adore her. Both things are true.⟧»
Varga-Holm, told this, shrugs. «⟦d:a|Terrified is good. Adore is a little much.⟧»
Her successor, Eero Lahtinen, 34, has described the appointment as «⟦p:c|the greatest honour and the greatest fear of my life⟧». Varga-Holm has some advice for him. «⟦d:a|Eat before the concert, not after. And never read the reviews on the day.⟧»

### 008
@a Margaret Holloway | -
@b Jean Pattison | Her elder daughter
@c Ruth | Her younger daughter
@d Tony Rafferty | Town mayor
Margaret Holloway, known to everyone in Stenbridge as Peg, celebrated her 100th birthday on Sunday with a party at the Legion hall attended by more than 80 friends and relatives.
"⟦d:a|I didn't think I'd see sixty, never mind this,⟧" she said, surrounded by four generations of her family. "⟦d:a|I've outlived three doctors and a vicar.⟧"
Her elder daughter, Jean Pattison, 74, said her mother's secret was "⟦p:b|a tot of sherry and never being in the house⟧".
"⟦d:b|She's never sat still. She was doing the church flowers until she was 96,⟧" Jean said.
Her younger daughter, Ruth, 71, added: "⟦d:c|And she fell off the ladder doing them. We took the ladder away. She found another ladder.⟧"
"⟦d:a|It was a perfectly good ladder,⟧" said Mrs Holloway.
Town mayor Tony Rafferty, who presented a bouquet on behalf of the council, described Peg as "⟦p:d|part of the furniture of this town, in the best possible way⟧".
Born in a cottage on Mill Lane in 1924, Peg worked at the Stenbridge glove factory for 41 years. She still lives independently, with help from Ruth, who visits every day. "⟦d:c|Every day she asks me why I've come, and every day I tell her it's to check she's alive. She says, 'Well, now you know,'⟧" Ruth said.

### 009
@a Obinna Eze | the playwright
@b - | My brother
@c The Tribune | -
This is an edited transcript of episode 112 of Second Draft, in which host Hana Kurosawa talks to the playwright Obinna Eze about his new play, “⟦s:-|The Weight of Small Rooms⟧”, which opens at the Lantern Theatre next week.
HK: You've said the play started as a joke.
OE: It did. My brother read the first scene and said, “⟦d:b|This is a sitcom, Obinna.⟧” And he was right, it was, for about a month.
HK: What changed?
OE: My father got ill. Suddenly every joke had a hospital in it. I kept the jokes. I just let the hospital in.
HK: The Tribune called the preview “⟦p:c|unbearably tender⟧”. Does that kind of review help you?
OE: It helps my mother. She's framed it. For me, honestly, I read it once and then I think about what they didn't say. I'm a playwright. I write down what people didn't say for a living. I told my cast on the first day, “⟦d:a|If you find yourself explaining the feeling, cut the line.⟧”
HK: Did they listen?
OE: Mostly. Actors like lines. Can't blame them.

### 010
@a Jordan Mbeki-Shaw | The 26-year-old
@b Tracey | His mum
@c - | A Villa Heat spokesperson
@d Kiera Dunne | Fellow contestant
Jordan Mbeki-Shaw, who was dumped from Villa Heat last month, has revealed he "⟦p:a|hit rock bottom⟧" after leaving the show, and says his mum saved him.
The 26-year-old, from Gatesfield, said: "⟦d:a|I was a mess. I didn't leave my bedroom for three weeks. I was reading every comment, every single one.⟧"
His mum Tracey, 51, moved into his flat the day after he got home. "⟦d:b|I just turned up with a suitcase and a lasagne. I said, 'You're not on your own, son,'⟧" she told us.
Jordan added: "⟦d:a|She took my phone off me! Like I was twelve! Best thing anyone's ever done for me.⟧"
Fans have since nicknamed him "⟦s:-|Lasagne Lad⟧", which he says he "⟦p:a|secretly loves⟧".
Fellow contestant Kiera Dunne, who shared the villa with him for five weeks, said: "⟦d:d|He's the sweetest boy in the world. People online were vile to him and he didn't deserve any of it.⟧"
A Villa Heat spokesperson said: "⟦d:c|The welfare of our islanders is our absolute priority, before, during and after the show. Jordan has had access to our aftercare team throughout.⟧"

### 011
@a Anders | -
@b Henrik | -
@c Knut Sørlie | their father
@d - | a critic
The first thing you notice at Tangen, the twelve-table restaurant at the end of the harbour road in Vardholm, is that there are two head chefs and only one pass. The second thing is that they are identical.
Anders and Henrik, 38, have cooked together since they were nine, when their father, Knut Sørlie, let them gut the morning's catch on the kitchen table. “⟦d:c|They fought over the knife. Then they fought over the fish. They still fight,⟧” says Knut, now 71, who drops by most afternoons with a bucket of something.
The brothers do not deny it. “⟦d:a|We fight about salt,⟧” Anders says. “⟦d:b|We fight about everything except salt,⟧” Henrik says, at almost the same moment.
Who decides, in the end? They look at each other for a long time.
“⟦d:b|Whoever's more tired gives up,⟧” Henrik says eventually. “⟦d:a|Which is always him,⟧” says Anders.
Tangen won its first star last spring. A critic described the cooking as “⟦p:d|two voices singing the same song slightly out of time⟧”, which the twins have printed on the back of the menu, mostly, they say, as a joke.
Knut is less sentimental about the star. “⟦d:c|It is nice. But the cod doesn't know about stars,⟧” he says, and goes back out to his boat.

### 012
@a Rafael Quintero | the 27-year-old
@b Ernesto Quintero | his father and trainer
@c Tomás | His older brother
@d - | one sparring partner
Rafael Quintero has been boxing since he was six, in a gym above a tyre shop in East Merrow that his family has run for three generations. On Saturday the 27-year-old fights for the vacant lightweight title, and the whole family will be ringside.
"⟦d:a|People ask me about pressure. I grew up with pressure. My dad used to make me skip rope at six in the morning before school,⟧" Quintero said this week, sitting on the apron of the ring where he learned to fight.
His father and trainer, Ernesto Quintero, 58, laughed from across the gym. "⟦d:b|Six-thirty. Don't make me sound like a monster,⟧" he called out.
"⟦d:a|Six-fifteen,⟧" Rafael shot back.
His older brother, Tomás, 31, boxed professionally for four years before a detached retina ended his career. He now works his brother's corner. "⟦d:c|I was the one who was supposed to do this,⟧" he said quietly. "⟦d:c|But he was always better. Even at ten he was better. I knew it before Dad did.⟧"
Ernesto disputes that. "⟦d:b|I knew. I just didn't tell Tomás. You don't tell one son the other one is better. You let the ring tell them.⟧"
One sparring partner, who asked not to be named because he is under contract with a rival promoter, said Rafael "⟦p:d|hits like somebody owes him money⟧".
Asked what he would do with the belt, Rafael did not hesitate. "⟦d:a|Give it to my father. He can hang it next to the tyres.⟧"

### 013
@a Nafula Chebet | The 29-year-old
@b Peter Lagat | her manager
@c Ulla Brandvold | the race director
ARDENHAVN, Oct 12 - Nafula Chebet broke the course record at the Ardenhavn Marathon on Sunday, finishing in two hours 18 minutes 40 seconds despite running the last ten kilometres alone into a headwind.
The 29-year-old, who was making her debut over the distance, spoke in Swahili at the finish, with her manager translating.
"⟦d:a|Nimefurahi sana. Nimechoka sana,⟧" she said, smiling. "⟦d:a|I am very happy. I am very tired.⟧"
Asked when she had decided to break away from the leading group, Chebet said, through her manager, that she had "⟦p:a|not decided anything⟧" and that her legs had "⟦p:a|decided for me at 30 kilometres⟧".
Her manager, Peter Lagat, said Chebet had trained for the race at altitude in Iten for four months. "⟦d:b|She did not miss one session. Not one. Even when she had malaria in June she wanted to run, and we had to hide her shoes,⟧" he said.
The race director, Ulla Brandvold, said the organisers had expected a fast race but "⟦p:c|nothing like this⟧".
"⟦d:c|When she went past the 35-kilometre mark we looked at the clock and somebody in the van started shouting. I think it was me,⟧" Brandvold said.

### 014
@a Tariq Haddad-Lowe | the architect
@b Siân Rowlands | his former business partner
@c Morwenna Tregear | -
Tariq Haddad-Lowe has designed libraries, a ferry terminal and, famously, a crematorium that people travel to look at. He has never designed a house for himself. He lives, in fact, in a rented flat above a dry cleaner's.
"⟦d:a|I know. It's absurd,⟧" the architect says, stirring a coffee he does not drink. "⟦d:a|But if I built my own house I would never finish it. I'd keep moving the windows.⟧"
He speaks in long, careful paragraphs, and returns again and again to the crematorium at Harrowdene, which won every prize going in 2011 and which he still visits twice a year.
"⟦d:a:m|The brief said 'dignified'. Everyone builds dignified. Dignified means marble and a clock. I went to eleven funerals that year, with permission, at the back, and nobody needed dignity. They needed somewhere to put their hands. They needed a window that wasn't looking at the car park.⟧
"⟦d:a:m|So the whole building is about where you look. You look at the trees, then at the coffin, then at the sky, and then you go out a different door from the one you came in by, so you don't walk past the next family waiting.⟧
"⟦d:a|That door was the most expensive thing in the building. The council nearly cut it. I said I'd resign.⟧"
His former business partner, Siân Rowlands, confirms the threat was real. "⟦d:b|He'd already written the letter. He carried it in his jacket for three weeks,⟧" she says. "⟦d:b|He is the most stubborn person I have ever worked with, and he was right about the door.⟧"
Morwenna Tregear, whose husband's funeral was held at Harrowdene in 2015, wrote to Haddad-Lowe afterwards. "⟦d:c|I told him it was the only place that day where I could breathe,⟧" she says. He keeps the letter in a drawer at the studio.

### 015
@a Shireen Malik | -
@b Shona MacAulay | -
@c Beatrix Oduya | a forensic anthropologist who has worked on more than 400 cases
@d - | one listener
Shireen Malik and Shona MacAulay have been making Dead Air, a true-crime podcast recorded in a spare bedroom in Kelburn, for six years. Its 200th episode, released on Monday, is an interview with Beatrix Oduya, a forensic anthropologist who has worked on more than 400 cases.
It is an unusual episode, because for most of it the hosts are arguing with their guest.
“⟦d:c|I don't love what true-crime podcasts do to families,⟧” Oduya tells them early on. “⟦d:c|You get a murder and you turn it into a cliffhanger.⟧”
“⟦d:a|That's fair,⟧” Malik says. “⟦d:a|We've made mistakes. We've had families write to us.⟧”
“⟦d:b|We had one family write to us twice,⟧” MacAulay adds. “⟦d:b|The second letter was worse than the first, and they were right.⟧”
Oduya, who has spent 25 years identifying remains in mass graves and after fires, describes her own work as “⟦p:c|mostly paperwork and teeth⟧”.
“⟦d:a|So what should we be doing?⟧” Malik asks near the end.
“⟦d:c|Say their names more than you say his,⟧” Oduya replies. “⟦d:c|That's it. That's the whole advice.⟧”
The response from listeners has been largely positive. One listener wrote on the show's forum that it was “⟦p:d|the first episode that made me feel like I was the problem⟧”.

### 016
@a Bronwen Pryce | -
@b Elin | the elder
@c Catrin | -
@d Teifion Rivers Authority | -
Three weeks after the River Teifion burst its banks, Bronwen Pryce is still pulling silt out of the milking parlour at Pen-y-Bryn with a garden spade.
"⟦d:a|You can't get a machine in there. The floor's gone soft. So it's this, or nothing,⟧" said Mrs Pryce, 58, who has farmed the 300 acres with her late husband's family for 34 years.
Her daughters have both come home to help. Elin, the elder, is a vet in Llanfair Isaf; Catrin, 26, had been working in Caerwen. "⟦d:b|Mam rang me at two in the morning and just said, 'It's in the house.' That was it. I was in the car by half past,⟧" said Elin.
Catrin said the hardest part had been losing 40 ewes that could not be moved in time. "⟦d:c|We could hear them. That's what I can't get out of my head,⟧" she said.
The family have been told that their insurance does not cover flood damage to outbuildings. "⟦d:a|Forty years we've paid that premium. Forty years,⟧" Mrs Pryce said.
The Teifion Rivers Authority said it had issued a flood warning for the area "⟦p:d|in good time⟧" and that it was reviewing its defences upstream.
"⟦d:c|In good time for who?⟧" Catrin asked.

### 017
@a Ciarán Lowry | the actor
@b Femi Adebanjo-Hart | The director
@c Aoife | a painter
Ciarán Lowry is 63, has been acting for 40 years and has never played King Lear. Next month, at the Halloran Playhouse, he finally will.
``⟦d:a|I turned it down twice,⟧'' the actor says, over tea in the theatre's freezing green room. ``⟦d:a|The first time I was too young. The second time I was too frightened. Now I'm just old enough to be frightened properly.⟧''
The director, Femi Adebanjo-Hart, is 36 and has never directed Shakespeare. She says that is the point. ``⟦d:b|He's the only actor I've ever worked with who asks for fewer lines,⟧'' Adebanjo-Hart says. ``⟦d:b|Most people come to Lear wanting to be enormous. Ciarán wants to be small.⟧''
``⟦d:-|What does Lear teach you, at 63?⟧'' I ask.
``⟦d:a:m|Oh, that you're not in charge of anything. Not your children, not your kingdom, not your bladder.⟧
``⟦d:a|I'm joking, partly. My father had dementia for the last six years of his life, and he was a very proud man, and I watched him lose his kingdom one room at a time. The kitchen went first. Then the garden. You don't need to invent anything for Lear. You just need to have been somebody's son.⟧''
His wife, Aoife, a painter, has come to every rehearsal. ``⟦d:a|She's the only person whose notes I take without arguing,⟧'' Lowry says. Aoife is less convinced. ``⟦d:c|He argues,⟧'' she says. ``⟦d:c|He just argues later, at home.⟧''

### 018
@a Daniel Ashby | -
@b Kim Dong-hyun | his older brother
@c Lim Soo-ah | a volunteer with the Roots Registry who matched the brothers
@d Haesong Children's Services | -
When Daniel Ashby walked into the arrivals hall at Haegang International Airport last Thursday, he was holding a photograph of a two-year-old boy in a red jumper. The boy was him. The man waiting behind the barrier was his older brother, Kim Dong-hyun, whom he had not seen for 47 years.
“⟦d:a|I recognised his hands before I recognised his face,⟧” Ashby, 49, said afterwards. “⟦d:a|He has my hands. I've never seen my hands on someone else.⟧”
Kim, 53, who speaks little English, held his brother for almost a minute before saying anything. “⟦d:b|Dongsaeng-a,⟧” he said eventually, which means “⟦d:b|little brother⟧”.
The brothers were separated in 1977, when their widowed mother, unable to feed four children, placed the youngest with an adoption agency. Ashby grew up on a dairy farm in Wensley Cross and was told only that he had been “⟦p:-|found⟧”.
They were matched in March through a DNA database run by volunteers. Lim Soo-ah, a volunteer with the Roots Registry who matched the brothers, said she had cried at her desk when the result came through. “⟦d:c|We get maybe five matches like this a year. Full siblings, both alive, both wanting contact. It is very rare,⟧” she said.
Kim said through an interpreter that their mother had died in 2009 but had never stopped looking. “⟦d:b|Every year, on his birthday, she made seaweed soup and put one bowl aside. We thought it was strange. Now I understand,⟧” he said.
Haesong Children's Services, the successor to the agency that arranged the adoption, said its records from the period were “⟦p:d|incomplete⟧” and that it “⟦p:d|deeply regrets⟧” the information given to adoptive families at the time.
“⟦d:a|I don't need them to regret anything. I've got a brother. I'm going to go and learn how to eat his soup,⟧” Ashby said.

### 019
@a Ayesha Qureshi-Bell | -
@b Maureen | -
@c - | a lifeguard who asked not to be named
@d Dev | Another caller
@e Graham Ifield | Council leader
@f Wexborough Borough Council | -
Listeners to Ayesha Qureshi-Bell's mid-morning programme on Radio Wexborough flooded the phone lines on Wednesday after the council confirmed that the town's only public swimming pool would close in September.
"⟦d:a|We've had more calls on this than on anything since the bypass. Let's go straight to Maureen in Hatherby,⟧" Qureshi-Bell told listeners.
Maureen, who said she had swum at the Priory Baths every morning since 1971, was close to tears. "⟦d:b|It's where I go to be a person. I'm 80. I can't drive to Castleford. What do they want me to do, swim in the canal?⟧"
"⟦d:a|I don't think anyone's suggesting the canal, Maureen.⟧"
"⟦d:b|Well, they're not suggesting anything else.⟧"
Later in the programme a lifeguard who asked not to be named told the station that staff had been warned about the closure "⟦p:c|months ago⟧" and told to keep quiet. "⟦d:c|We've been putting buckets under the roof since Christmas. Everyone knew,⟧" she said.
Another caller, Dev, said his two children had learned to swim at the baths. "⟦d:d|It's not a luxury. Kids drown. That's what happens when kids can't swim,⟧" he said.
Council leader Graham Ifield, who came on the programme at noon, said the building needed £4.2m of repairs that the authority "⟦p:e|simply does not have⟧". "⟦d:e|I've swum there myself. Nobody on this council wants to close it,⟧" he said.
"⟦d:a|But you are closing it,⟧" Qureshi-Bell said.
"⟦d:e|We are closing it, yes.⟧"
Wexborough Borough Council later said it would "⟦p:f|explore every option⟧" for a replacement facility.

### 020
@a Arjun Venkataraman | Kestrel Bay captain
@b Hendrik Marais | Head coach
@c Imran Chaudhry | the 19-year-old leg-spinner
@d - | one reporter
Kestrel Bay captain Arjun Venkataraman described his side's collapse from 212 for two to 251 all out as "⟦p:a|the worst hour of cricket I've been part of⟧" after a 96-run defeat by Harlow Point on Sunday.
"⟦d:a|I've got nothing clever to say about it,⟧" Venkataraman said. "⟦d:a|We lost eight wickets for 39 runs on a pitch that was doing nothing. That's not the pitch. That's us.⟧"
Was it, one reporter asked, a problem of technique or of nerve?
"⟦d:a|Bit of both,⟧" he said, "⟦d:a|and a bit of their bowling, which was very good, and I don't want to take anything away from them.⟧"
Head coach Hendrik Marais was blunter. "⟦d:b|We had a plan. The plan was, bat the day. We batted an hour and a half of it,⟧" he said.
"⟦d:d|Will there be changes for the second Test?⟧" one reporter asked.
"⟦d:b|There might be,⟧" Marais said, "⟦d:b|but I'm not announcing them to you before I tell the players, with respect.⟧"
The one bright spot for the home side was Imran Chaudhry, the 19-year-old leg-spinner, who took five for 61 on debut. "⟦d:c|I phoned my mum straight after. She didn't understand what a five-for was. She just said well done and asked if I'd eaten,⟧" he said.

### 021
@a Yaw Boateng-Ellis | the painter
@b Léonie Vasseur | head of collections at the Marlowe
@c Harriet Bellweather | the critic
“⟦s:-|Rooms Without Walls⟧”, the first full retrospective of Yaw Boateng-Ellis, opens at the Marlowe Gallery this weekend. It fills eleven rooms and covers sixty years, and the painter, now 80, has hung none of it.
“⟦d:a|I'm not allowed. They took the ladder away,⟧” he says, sitting on a bench in the final room in front of the huge blue canvas that ends the show. “⟦d:a|They were right. I'd have moved everything. I'd have taken half of it down.⟧”
Which half?
“⟦d:a|The early half. I was showing off. I was 25 and I wanted everyone to know I'd been to art school.⟧”
Léonie Vasseur, head of collections at the Marlowe, spent four years assembling the exhibition, tracking down works from private collections in nine countries. She disagrees about the early paintings. “⟦d:b|They're the key to everything that comes after. You can see him learning to leave things out,⟧” she says.
In 1979 the critic Harriet Bellweather dismissed his first solo show as “⟦p:c|pleasant wallpaper for the anxious⟧”. Boateng-Ellis has the review pinned above his studio sink.
“⟦d:a|She was right too, that year. I wrote to her and told her so. She wrote back and said, 'Now paint something that proves me wrong.'⟧”
Bellweather, who is 91 and still writes a monthly column, came to the preview on Thursday. “⟦d:c|He did prove me wrong. It took him twenty years, which is about average,⟧” she said.

### 022
@a Ananya Krishnan | the 11-year-old
@b Lakshmi | Her mother
@c Saraswathi | her grandmother
@d Viktor Hollan | the chess club's president
Ananya Krishnan was five when her grandmother taught her how the knight moves. Six years later she is the youngest person ever to win the Drayford Open, beating three titled players along the way.
“⟦d:a|The knight is my favourite because nobody can see where it's going,⟧” said the 11-year-old, who attends Brookmead Primary. “⟦d:a|Not even me, sometimes.⟧”
Her mother, Lakshmi, drives her to tournaments most weekends and sits in the car park doing crosswords. “⟦d:b|I don't play. I don't understand it. When she wins I know because she walks differently,⟧” she said.
The real chess player in the family is her grandmother, Saraswathi, 79, who learned the game from her own father in Madurai in the 1950s, “⟦p:c|when girls were not supposed to know the rules⟧”, as she put it.
“⟦d:c|My father said, 'If you beat me, you can keep playing.' It took me two years,⟧” Saraswathi said. “⟦d:c|Ananya beat me in two months. I was furious. Then I was proud.⟧”
Viktor Hollan, the chess club's president, said Ananya had a “⟦p:d|frightening⟧” memory for openings. “⟦d:d|She can tell you every game she's played this year, move by move. I can't remember where I parked,⟧” he said.
Asked what she wanted to be when she grew up, Ananya considered the question carefully. “⟦d:a|A grandmaster. Or a vet. Maybe both, if there's time.⟧”

### 023
@a Pemba Nuru | -
@b Dawa | his wife
For thirty years Pemba Nuru led clients up the Kharsang glacier and back down again. He has not lost one. He tells me this within about ninety seconds of our meeting, on the track above his village, before we have even started walking.
"⟦d:a|People think it's luck. It isn't luck. It's saying no,⟧" he says. "⟦d:a|You say no to the client, you say no to the weather, you say no to yourself. Most days you say no.⟧"
We climb slowly. He is 61 and moves like a man half that age; I am 44 and move like a wardrobe.
"⟦d:-|Did you ever want to stop?⟧" I ask, when I can breathe again.
"⟦d:a|Every season. Every season, at the top, I think: last time. Then in the winter I get bored and my wife sends me back out.⟧"
His wife, Dawa, is waiting at the teahouse when we come down, arms folded. "⟦d:b|I send him out because he is impossible in the house,⟧" she says. "⟦d:b|He moves the furniture. He reorganises the rice. Thirty years. Better he is on the mountain.⟧"
"⟦d:-|And now that he's retired?⟧" I ask her.
She looks at him for a long moment. "⟦d:b|Now we will find out,⟧" she says.

### 024
@a Lukas Oberholzer | A climber who spent two nights in a snow hole on the Grauhorn
@b Matthias Keller | his climbing partner
@c Val Serrin Alpine Rescue | -
@d - | A spokeswoman for the Sankt Ilgen regional hospital
SANKT ILGEN, Feb 2 - A climber who spent two nights in a snow hole on the Grauhorn said on Sunday he had survived by "⟦p:a|telling myself stupid stories⟧" to stay awake.
Lukas Oberholzer, 44, spoke to reporters from a wheelchair at the Sankt Ilgen regional hospital, where he is being treated for frostbite to both feet.
"⟦d:a|I told myself the whole plot of every film I have ever seen. Badly. I got the endings wrong. It didn't matter,⟧" he said. "⟦d:a|If you sleep up there, you don't wake up.⟧"
His climbing partner, Matthias Keller, who was uninjured, descended alone for eleven hours to raise the alarm. "⟦d:b|I didn't want to leave him. It was the worst decision I've ever made and the only one I could make,⟧" Keller said.
Val Serrin Alpine Rescue said in a statement that a helicopter crew had been unable to reach the pair for 36 hours because of high winds, and that the survival of both men was "⟦p:c|remarkable⟧".
"⟦d:c|Conditions on the north face were among the most severe our teams have encountered this season,⟧" the statement said.
A spokeswoman for the Sankt Ilgen regional hospital said Oberholzer might lose two toes but was otherwise "⟦p:d|in good spirits⟧".
"⟦d:a|Two toes for my life is a good trade. I will tell Matthias it was his fault anyway,⟧" Oberholzer said.

### 025
@a - | My accountant
@c - | my grandmother
Ama Serwaa Owusu founded the Kantamanto Shea Cooperative in 2009 with eleven women and one borrowed press. It now has 2,300 members across four districts. She spoke to our business desk.
Q: Why a cooperative and not a company?
A: Because a company has an owner, and I didn't want to be anybody's owner. My accountant told me, “⟦d:a|Ama, cooperatives are where good businesses go to die.⟧” I wrote that on a card and kept it in my purse for ten years.
Q: Is he still your accountant?
A: He is. He's very proud now. He tells people it was his idea.
Q: Your bags carry the slogan “⟦s:-|Made by forty hands⟧”. Where does that come from?
A: That's how many hands it takes to make one kilo of butter the old way, if you count properly. Customers think it's marketing. It's arithmetic.
Q: What keeps you up at night?
A: The price of diesel, and young women leaving for the city. I understand why they go. I went. I tell them what my grandmother told me, “⟦d:c|Go, but leave your name here so it can call you back.⟧”
Q: And did it call you back?
A: Obviously.

### 026
@a Graham Oyelowo | headteacher
@b Amara | Year 6 pupil
@c Sunita Rao | Deputy head
@d - | One parent
@e - | one pupil
After 22 years in charge of Elmcroft Primary, headteacher Graham Oyelowo rang the school bell for the last time on Friday, and found the playground lined with 340 children holding paper sunflowers.
"⟦d:a|I'm not going to cry. I've told everyone I'm not going to cry,⟧" he told us, moments before crying.
Year 6 pupil Amara, 11, read a poem the class had written together. "⟦d:b|We wanted to say thank you for the sunflowers in the garden and for knowing everyone's name, even the little ones,⟧" she said afterwards.
Mr Oyelowo, who started at Elmcroft as a newly qualified teacher in 1991, is known among pupils for his tie collection. One pupil told us he owned "⟦p:e|about a thousand⟧".
"⟦d:a|It's 212. And they're not all mine, some of them were presents,⟧" he said.
Deputy head Sunita Rao, who takes over in September, said she had "⟦p:c|enormous shoes to fill, and enormous ties⟧". "⟦d:c|He's given this school its heart. My job is not to lose it,⟧" she said.
One parent, who has had four children at the school, said: "⟦d:d|He taught my eldest to read when nobody else could. I'll never forget that.⟧"

### 027
@a Jonah Achebe-Ward | the singer
@b Mikko Rautio | the guitarist
@c Luis Arriaga | the bassist
@d Seb Okonjo | the drummer
There are four men in the Low Orchards and, this afternoon in a rehearsal room under a railway arch in Colbury, there are roughly six opinions about their new album, “⟦s:-|Tender Machinery⟧”.
“⟦d:a|It's our sad record,⟧” says Jonah Achebe-Ward, the singer, who wrote most of the lyrics in the year his mother died.
“⟦d:b|It's not sad. It's angry,⟧” says Mikko Rautio, the guitarist, from behind an amplifier.
“⟦d:a|It's angry-sad.⟧”
“⟦d:b|That's not a genre, Jonah.⟧”
The bassist, Luis Arriaga, who now teaches music at a secondary school on weekdays, describes it as “⟦p:c|the first one we didn't rush⟧”. The band made their first three albums in a total of nineteen days; this one took fourteen months.
“⟦d:c|We used to be scared that if we stopped, someone would notice we weren't very good,⟧” Arriaga says. “⟦d:c|Now we're old enough not to care.⟧”
Seb Okonjo, the drummer, has said nothing for forty minutes. I turn to him.
“⟦d:-|Seb, what's it about for you?⟧”
He thinks for a while. “⟦d:d|It's about the four of us still being in a room together. Which, if you'd known us in 2014, is a miracle,⟧” he says. The other three, for once, do not argue.

### 028
@a Marthe Van den Bossche | -
@b Wout | her son
@c Yasmina El Idrissi | an apprentice who joined in 2021
@d - | a competitor who did not want to be named
Marthe Van den Bossche has been tempering chocolate on the same marble slab in the back of her shop on the Vismarkt in Vennhout since 1982. At 73, she has decided it is time to hand over the spatula.
«⟦d:a|My hands are fine. It's my feet. Chocolate is a job you do standing up,⟧» she says, tapping the slab. «⟦d:a|This stone is older than I am. It came from my father's shop. It will go to Wout.⟧»
Her son, Wout, 45, trained as an engineer and worked for twenty years in ports before coming home in 2019. «⟦d:b|I used to design cranes. Now I make pralines. My friends think I had a breakdown,⟧» he says. «⟦d:b|Maybe I did. It was a good breakdown.⟧»
The shop is famous for a single item, a dark bonbon filled with a salted caramel made with beer from the abbey across the square, which locals call «⟦s:-|the little monk⟧».
«⟦d:a|I invented it by mistake. I knocked the beer into the caramel. My husband said, 'Don't throw it away, taste it first,'⟧» Van den Bossche recalls.
Yasmina El Idrissi, an apprentice who joined in 2021, has been trusted with the recipe. «⟦d:c|She made me sign nothing. She just looked at me and said, 'You know what happens if you tell anyone.' I don't know what happens. I don't want to know,⟧» she says, laughing.
A competitor who did not want to be named called Van den Bossche «⟦p:d|the last person in Vennhout who does everything by hand, and the most annoying⟧».
She is delighted by this. «⟦d:a|Write it down. Put it on my grave,⟧» she says.

### 029
@a Chiamaka Nwosu | the Harlow Point captain
@b Adaora Nwosu | her younger sister
@c Ifeoma | Their mother
@d Ruth Sandoval | Fenwick manager
Chiamaka Nwosu, the Harlow Point captain, and her younger sister Adaora Nwosu, who plays at centre-back for Fenwick Town, have shared a bedroom, a car and, for a while, a pair of boots. On Sunday they will share a pitch in the Women's Cup final.
"⟦d:a|I've been telling her since she was eight that I'm the better player. Sunday I get to prove it in front of 20,000 people,⟧" Chiamaka said.
Adaora, 23, was unimpressed. "⟦d:b|She's been telling me that since I was eight, yeah. She's also been wrong since I was eight,⟧" she said. "⟦d:b|I've marked better strikers than her in training.⟧"
Chiamaka, 26, said the pair had agreed a rule for the week of the final: no football talk at their parents' house. "⟦d:a|We lasted about four minutes,⟧" she admitted.
Their mother, Ifeoma, will be in the stand wearing, she says, "⟦p:c|half of each shirt⟧", having had the two kits cut and stitched together by a tailor in Brayford.
"⟦d:c|I can't choose. Don't ask me to choose. Whoever loses, I'm going to the other one's changing room to cry with her,⟧" Ifeoma said.
Fenwick manager Ruth Sandoval said the sisters' rivalry was "⟦p:d|the best kind⟧". "⟦d:d|They'll knock lumps off each other for ninety minutes and then go for a curry,⟧" she said.

### 030
@a Rosaria Bellini | -
@b Gianna | Her daughter
@c Paola | the younger sister
@d Arthur Penhale | -
The Regal on Quay Street has been dark since Vincenzo Bellini died in the spring of 2022. On Friday night, for the first time in two years, its lights came back on, because his widow and daughters decided they could not stand to see it empty.
“⟦d:a|Enzo would have hated it closed. He would have haunted us,⟧” said Rosaria Bellini, 68, standing in the foyer beneath a poster for “⟦s:-|A Summer in Amalfi⟧”, the film the couple saw on their first date and the first film the cinema showed on Friday.
Her daughter Gianna, who gave up a job in marketing to run the place, said the family had spent £60,000 of their own money on a new roof and seats. “⟦d:b|People told us we were mad. We are a little bit mad. It's a family tradition,⟧” she said.
Paola, the younger sister, sells the tickets on Fridays after her shift as a nurse. “⟦d:c|Dad used to say the Regal was the only place in town where strangers laugh together,⟧” she said. “⟦d:c|I think about that a lot on the ward.⟧”
The projector is run, as it has been since 1979, by Arthur Penhale, who is 84 and who came out of retirement for the reopening. “⟦d:d|I said I'd do one night,⟧” he said. “⟦d:d|Then Rosaria made me a lasagne. So now it's Fridays and Saturdays.⟧”
“⟦d:a|It was a very good lasagne,⟧” Mrs Bellini said.

### 031
@a Khaled Al-Masri | -
@b Omar | his elder son
@c Yusuf | His younger brother
@d Niamh Doherty | a caseworker with the Harbourside Welcome Project
On a Tuesday evening in a flat above a betting shop in Corran, Khaled Al-Masri is teaching his sons to make his mother's maqluba, and the boys are not listening.
“⟦d:a|Al-sabr, ya shabab,⟧” he says, and then, for my benefit, “⟦d:a|Patience, boys.⟧”
The family arrived in Corran fourteen months ago after three years in a camp. Al-Masri, 46, was a civil engineer. He now works nights stacking shelves in a supermarket warehouse.
“⟦d:a:m|I'm not ashamed of it. Work is work. But I miss bridges. I used to build bridges. I drive past the river here and I look at the bridge and I think, that joint is wrong, they should have used a different bearing.⟧
“⟦d:a|Nobody asks me. Why would they? I am the man from the warehouse.⟧”
His elder son, Omar, 17, is applying to study engineering at university. “⟦d:b|He pretends he's not pushing me. He's definitely pushing me,⟧” Omar says. His younger brother, Yusuf, 14, would rather talk about football. “⟦d:c|Omar's going to build bridges, I'm going to play for Corran Athletic, and Dad's going to complain about both,⟧” Yusuf says.
Niamh Doherty, a caseworker with the Harbourside Welcome Project, says Al-Masri is one of dozens of qualified engineers, doctors and teachers in the city working far below their training. “⟦d:d|We have a surgeon driving a taxi. It's a scandal and it's a waste,⟧” she says.
The maqluba, when it is turned out of the pot, holds its shape perfectly. Khaled Al-Masri looks at it with the satisfaction of a man inspecting a load-bearing structure. “⟦d:a|You see?⟧” he says. “⟦d:a|Engineering.⟧”

### 032
@a Tunde Bakare | presenter
@b Sigrún Hallsdóttir | a volcanologist at the University of Nordvik
@c Paulina Mrozek | -
Is the Kötlufell volcano about to erupt? On Thursday's edition of The Science Hour, presenter Tunde Bakare put the question to two volcanologists, and got two very different answers.
"⟦d:b|The signals we're seeing are the signals we saw before 1918. Ground deformation, gas, swarms of small earthquakes. I would not be surprised to see an eruption within the year,⟧" said Dr Sigrún Hallsdóttir, a volcanologist at the University of Nordvik.
Dr Paulina Mrozek, who has monitored the volcano from a field station on its eastern flank for a decade, was more cautious. "⟦d:c|We've seen unrest like this three times since 2000, and it went quiet three times,⟧" she said. "⟦d:c|Volcanoes are very good at making us look foolish.⟧"
"⟦d:a|So which of you is right?⟧" Bakare asked.
"⟦d:c|Probably both of us, at different times,⟧" Mrozek replied.
"⟦d:b|Or neither,⟧" Hallsdóttir said. "⟦d:b|That's the honest answer, and it's the one nobody wants.⟧"
One listener emailed the programme to ask whether it was safe to travel to the region this summer. Hallsdóttir said the authorities would give "⟦p:b|plenty of warning⟧" and that tourists should "⟦p:b|follow the advice, not the internet⟧".

### 033
@a - | My dad
@b - | a man at the back
@c Priya Balasubramanian | -
Priya Balasubramanian's first stand-up special, “⟦s:-|Aunties Are Watching⟧”, was the most-streamed comedy release of the year. Before her tour opens in Haverford, she answered our questions.
**Your family features heavily in the show. Have they seen it?**
They've seen it. My dad watched it with the subtitles on, which was a mistake, because now he has the exact words. He rang me and said, “⟦d:a|Page 14, that's not how it happened.⟧” There is no page 14. It's a streaming special.
**What's the worst heckle you've had?**
Edinburgh, 2016, a Tuesday. I said I was from Haverford and a man at the back shouted, “⟦d:b|Go back there then!⟧” Which I did. I live here. So, in a way, he won.
**Is there anything you won't joke about?**
My mother's cooking. Not out of respect. She reads the reviews.
**What's next?**
Sleep. Then the tour. I've told my agent, “⟦d:c|If you book me another Tuesday in Edinburgh, I'm leaving you.⟧” He said he'll see what he can do.

### 034
@a Desmond | the eldest
@b Winston | His younger brother
@c Lionel Okeke | the trumpeter
@d Cornelius Baptiste | -
When Cornelius Baptiste died in March, at 78, the obituaries were full of the forty albums and of the tour he turned down with a very famous band because it clashed with his daughter's christening. His brothers remember someone else.
“⟦d:a|He was the worst at cricket. Absolutely the worst. He used to bowl like he was apologising,⟧” said Desmond, the eldest, now 81, at his kitchen table in Fairlight.
His younger brother, Winston, 74, nodded. “⟦d:b|That's true. But he could hear a car coming from three streets away and tell you what make it was. We thought it was a trick. It wasn't a trick. He just heard everything,⟧” he said.
The three boys grew up above their father's barber shop in Marlow Vale after the family arrived from Port of Spain in 1956. Cornelius taught himself on a saxophone that Desmond bought with his wages from the docks.
“⟦d:a|Eleven pounds. Secondhand. It had a dent,⟧” Desmond said. “⟦d:a|He never fixed the dent. Said it gave the thing a voice.⟧”
The trumpeter Lionel Okeke, who played alongside Baptiste for three decades, called him “⟦p:c|the most generous musician I ever stood next to⟧”. “⟦d:c|He'd give you his solo. Just step back and point at you. Every night,⟧” Okeke said.
Baptiste himself was modest about his career. Asked by this newspaper in 1987 what he hoped to be remembered for, he said: “⟦d:d|Turning up on time and not playing too many notes.⟧”
“⟦d:b|He was never on time. Not once in his life,⟧” Winston said.

### 035
@a Miriam Castellanos-Whyte | The former Court of Appeal judge
@b - | a barrister who appeared before her many times
@c Tomasz Wierzbicki | a retired surveyor
The former Court of Appeal judge Miriam Castellanos-Whyte retired in May after 31 years on the bench. She has spent the summer, she tells me, “⟦p:a|learning to have opinions out loud again⟧”.
“⟦d:a|For three decades I wasn't allowed to say what I thought about anything except the case in front of me. It makes you strange at dinner parties,⟧” she says. We are in her garden in Ashcombe, under a fig tree she planted the year she was appointed.
Her best-known judgment, in the Halvorsen case of 2017, contains a line that is still quoted in law lectures: “⟦d:a|A court that is afraid of being unpopular has already stopped being a court.⟧”
“⟦d:-|Do you still believe that?⟧” I ask.
“⟦d:a|More than ever. I think it was the only good sentence I ever wrote. The rest was just law.⟧”
A barrister who appeared before her many times describes her as “⟦p:b|terrifying, fair and very quick⟧”. She laughs at the order. “⟦d:a|Fair should come first. But I'll take it.⟧”
Her husband, Tomasz Wierzbicki, a retired surveyor, brings out coffee and a plate of figs. “⟦d:c|She has opinions now about the bins. About the council. About my shoes,⟧” he says. “⟦d:c|I preferred her on the bench.⟧”
I ask what she makes of the current row over judicial appointments. She pauses for a long time. “⟦d:a|Ask me next year,⟧” she says. “⟦d:a|I'm still learning.⟧”

### 036
@a Gary Pickford | A BIN man who has done the same round for 31 years
@b Denise | wife
@c Kyle | son
@d - | A spokesman for Lucky Seven Lotto
A BIN man who has done the same round for 31 years says he'll be back on the lorry on Monday, despite scooping £6.4 MILLION on the lottery.
Gary Pickford, 57, and wife Denise, 55, matched all six numbers on Saturday's draw using the birthdays of their three grandchildren.
"⟦d:a|I checked it nine times. Then I made Denise check it. Then I checked it again,⟧" Gary told us at the couple's semi in Thornleigh.
"⟦d:b|He woke the whole street up. He was shouting in the garden in his pants,⟧" Denise revealed. "⟦d:b|Mrs Khan next door thought we'd been burgled.⟧"
Gary insists the win won't change him. "⟦d:a|I like my job. I like the lads. What am I going to do, sit in the house? I'd drive her mad,⟧" he said.
"⟦d:b|He already drives me mad,⟧" Denise chipped in.
The couple plan to pay off their children's mortgages, buy a caravan in Tresco Sands and take the grandchildren to see the Northern Lights.
Son Kyle, 33, said: "⟦d:c|Dad's been saying for twenty years, 'When I win the lottery.' Nobody ever thought he actually would. We're all in shock.⟧"
A spokesman for Lucky Seven Lotto said: "⟦d:d|We are thrilled for Gary and Denise, and we're glad the neighbours are all right.⟧"

### 037
@a Léa Ndiaye-Rousseau | the principal dancer
@b Kaspar Lindqvist | the choreographer
@c Oksana Hrytsenko | the company's ballet mistress
The new ballet at the Théâtre de la Grève is called «⟦s:-|Falling Slowly⟧», and for the first twelve minutes its star does nothing but stand still.
«⟦d:a|It is the hardest thing I have ever danced. It is not even dancing,⟧» says Léa Ndiaye-Rousseau, the principal dancer, 31, stretching a calf against the barre. «⟦d:a|Try standing still for twelve minutes with a thousand people watching you. Your whole body wants to apologise.⟧»
The stillness was the idea of the choreographer, Kaspar Lindqvist, who first saw her dance at 17. «⟦d:b|Léa is the only dancer I know who is interesting when she is not moving,⟧» he says. «⟦d:b|Everybody else becomes furniture.⟧»
Ndiaye-Rousseau was not convinced at first. «⟦d:a|I told him, 'Kaspar, they pay to see me jump.' He said, 'They will see you jump. At the end. And it will mean something.'⟧»
Oksana Hrytsenko, the company's ballet mistress, who has watched every rehearsal, said the cast had been «⟦p:c|sceptical, then curious, then completely obsessed⟧». «⟦d:c|By the third week the corps were standing still in the canteen queue to practise,⟧» she said.
When the jump finally comes, on opening night, there is an audible gasp. Afterwards, I ask Ndiaye-Rousseau what she was thinking during the stillness.
«⟦d:a|My grocery list. Then my mother. Then nothing. Nothing is the goal.⟧»

### 038
@a Cathal Moriarty | the jockey
@b Pádraig Moriarty | His father
@c Mick Moriarty | -
@d - | a rival trainer
There are three generations of Moriartys in the yard at Ballyconneely this morning, and only one of them is allowed near the horse.
Cathal Moriarty, 22, rides Silver Tallow in Saturday's Kilbrack Chase, the race his grandfather won in 1963 and his father finished second in, twice. “⟦d:a|No pressure, obviously,⟧” the jockey says, grinning. “⟦d:a|Nobody's mentioned it more than forty times this week.⟧”
His father, Pádraig Moriarty, trains the horse. He rode for eighteen years and broke, by his own count, “⟦p:b|every bone that has a name⟧”. “⟦d:b|I told Cathal not to be a jockey. I told him every day. He didn't listen, and I'm very glad he didn't,⟧” Pádraig says.
Mick Moriarty, 92, watches from a plastic chair by the tack room door. He rode his winner with a broken wrist, strapped up with a bandage and, he insists, “⟦p:c|a bit of string⟧”.
“⟦d:c|They don't make them like that any more. The horses or the jockeys,⟧” Mick says. Pádraig rolls his eyes. “⟦d:b|He says that about everything. He says it about bread.⟧”
“⟦d:c|Well, it's true about bread.⟧”
A rival trainer said privately that Silver Tallow was “⟦p:d|the most honest horse in the race⟧” but doubted he would stay the trip. Cathal has heard the doubts. “⟦d:a|Let them doubt. Grandad doubted me too, and look at him, he's out of his chair,⟧” he says, as the old man gets up to have a look at the horse.

### 039
@a - | the environment secretary
@b - | My neighbour
Transcript: an excerpt from Monday's edition of Countryside Hour. The presenter, Jess Tamworth (JT), spoke to Owain Griffiths (OG), who farms 600 acres of upland near Cwm Isel, about the new subsidy rules.
JT: Owain, you've been farming for how long?
OG: Forty-one years. My father before me, and his before him, on the same hill.
JT: And these changes, what do they mean for a farm like yours?
OG: Honestly? They mean I'm paid more to plant trees than to keep sheep. Now I like trees. But you can't eat a tree. And last week the environment secretary stood up and said farmers must “⟦p:a|adapt or make way⟧”. Make way for who, Jess?
JT: The department would say the scheme is voluntary.
OG: It's voluntary the way the weather's voluntary. My neighbour rang me after that speech and all he said was, “⟦d:b|Well, that's us told.⟧”
JT: Will you be applying?
OG: I'll be applying, because I've got a bank manager. But I'll be applying with a very heavy heart.

### 040
@a Huw Tregenna | Coxswain
@b Jago Penrose | Crew member
@c Coastal Lifeboat Trust | -
@d Sandra Keast | -
Coxswain Huw Tregenna has been launching the Porthkennack lifeboat for nineteen years, but he says Thursday night's rescue was "⟦p:a|the worst sea I've ever put a boat into⟧".
The crew were called out at 11.40pm after the fishing vessel Morwenna Rose lost power three miles off Gull Point in a force nine gale.
"⟦d:a|The swell was six, seven metres. Every time we got alongside she was thrown away from us,⟧" Tregenna said. "⟦d:a|It took us forty minutes to get a line across. Forty minutes is a very long time out there.⟧"
Crew member Jago Penrose, 24, was on only his third shout. He was the one who eventually leapt aboard the stricken boat to secure the tow. "⟦d:b|I didn't think about it. Huw said go, so I went,⟧" he said.
"⟦d:a|I didn't say go,⟧" Tregenna said. "⟦d:a|I said, 'Are you sure?' He was already gone.⟧"
All four fishermen were brought safely into harbour at 3.15am. Sandra Keast, whose husband was among the crew rescued, was waiting on the slipway. "⟦d:d|I've lived in this village all my life and I've always put money in the box. I'll be putting a lot more in now,⟧" she said.
The Coastal Lifeboat Trust said the crew had shown "⟦p:c|exceptional skill and courage⟧" and that all volunteers were being offered support after the shout.

### 041
@a Sven-Erik Dahlgren | the Brayford manager
@b Moira Cunningham | His assistant
Sven-Erik Dahlgren orders the fish, then changes his mind, then changes it back. “⟦d:a|I do this with substitutions as well,⟧” the Brayford manager says. “⟦d:a|The fans have noticed.⟧”
We are having lunch at a seafront café ten minutes from the training ground, three days before the derby that will decide whether his side stay up. He is 59, has managed in five countries and has been sacked, by his own reckoning, “⟦p:a|six and a half times⟧”.
“⟦d:-|What's the half?⟧” I ask.
“⟦d:a|The chairman sacked me and then the next morning he phoned and said he'd been drunk. I went back. We got relegated anyway. So maybe it was a whole one.⟧”
He is famous in the game for never raising his voice in the dressing room. His assistant, Moira Cunningham, who has worked with him at three clubs, says that is not quite accurate.
“⟦d:b|He doesn't shout. He goes very quiet and very polite, and that's worse. The players would rather be shouted at,⟧” she says.
Dahlgren considers this. “⟦d:a|She's right. Shouting is for the manager. Quiet is for the player. When I'm quiet, they have to fill the silence themselves.⟧”
I ask what happens if Brayford lose on Saturday.
“⟦d:a|Then I have lunch with you again, and you pay.⟧”

### 042
@a Kang Ji-woo | the 19-year-old
@b Mateus Carvalho | Head coach
@c Kang Mi-ran | Kang's mother
@d - | one fan
Kang Ji-woo, better known to millions of viewers by his in-game name "⟦s:-|Wisp⟧", became the youngest player to lift the Vanguard Masters trophy on Sunday after a five-map final that went to the last round.
"⟦d:a|I could not feel my hands on the last map. I was shaking so much,⟧" the 19-year-old said through an interpreter at the post-match press conference. "⟦d:a|I just tried to breathe and trust my team.⟧"
Head coach Mateus Carvalho said the team had practised the final map "⟦p:b|maybe four hundred times⟧" in the past month. "⟦d:b|People think it's talent. It's talent plus four hundred times,⟧" Carvalho said.
Kang's mother, Kang Mi-ran, had flown in from Daeseong for the final. His mother, who had never watched him play in person, said she had "⟦p:c|understood nothing and cried anyway⟧".
"⟦d:c|He used to play until 3 in the morning and I would turn off the internet. Now they give him a trophy for it. I am still a little angry,⟧" she said, laughing.
Outside the arena, one fan, holding a handmade sign reading "⟦s:-|WISP FOR PRESIDENT⟧", said she had queued since 6am. "⟦d:d|He's just so calm. Nothing gets to him. I wish I was like that,⟧" she said.

### 043
@a Viliami Tupou | -
@b Sione | his grandson
@c Mele | His mother
Every Saturday morning at six, in all weathers, Viliami Tupou, 74, and his grandson Sione, 16, take a small wooden outrigger out past the reef at Fanga Point. They have done this since Sione was five.
“⟦d:a|I tell him, the sea is the oldest teacher. She doesn't care if you're clever,⟧” Viliami says, coiling a rope on the sand with hands that look like they have done it a million times.
Sione, who is about to sit his final school exams, rolls his eyes affectionately. “⟦d:b|He says that every week. Every single week. I can say it with him,⟧” he says, and does, in perfect unison, while his grandfather laughs.
In July the pair will sail the 140 nautical miles to 'Eua Lahi in the same canoe, navigating without instruments, the way Viliami learned from his own grandfather.
“⟦d:b|I'm not scared of the sea. I'm scared of getting it wrong in front of him,⟧” Sione admits.
His mother, Mele, will follow in a support boat. “⟦d:c|I said to my father, 'If anything happens to my son, you don't come home either.' He said, 'Then we had better not get lost,'⟧” she says.
Viliami is unbothered. “⟦d:a|We will not get lost,⟧” he says. “⟦d:a|The stars are in the same place they were in 1962.⟧”

### 044
@a Tomás Ybarra | -
@b - | one aide
@c Lennart campaign | -
@d Beatrice Onwuachi | -
@e Karin Lennart | his opponent
It is 7am and Tomás Ybarra, who wants to be the next mayor of Port Halloran, is eating a banana on a campaign bus that smells of coffee and carpet cleaner. There are 19 days until polling day. He is eleven points behind.
"⟦d:a|Eleven is nothing. Eleven is a bad week for the other guy,⟧" he says, between mouthfuls. "⟦d:a|I've been further behind than this in a student election.⟧"
"⟦d:b|He lost that student election,⟧" one aide mutters from the seat behind.
"⟦d:a|I lost it by four votes. It was a moral victory.⟧"
The bus stops at a shopping centre car park, where about thirty people are waiting. Beatrice Onwuachi, 67, has brought a homemade placard reading "⟦s:-|BUSES NOT BRIDGES⟧". "⟦d:d|I don't even like him that much. But he answered my letter, and the other one didn't,⟧" she tells me.
Ybarra works the line for forty minutes. On the way back to the bus I put to him the charge, made daily by his opponent, Karin Lennart, that his transport plan is "⟦p:e|a fantasy with a price tag⟧".
"⟦d:a|Every good plan is a fantasy with a price tag until someone builds it,⟧" he says.
The Lennart campaign said in a statement that Ybarra's figures "⟦p:c|have never added up and never will⟧".

### 045
@a Selin Aydoğan | the director
@b Mathis Carrel | her lead actor
@d - | another journalist
Selin Aydoğan's third feature, «⟦s:-|The Lighthouse Keeper's Daughters⟧», received an eleven-minute standing ovation at its premiere on Tuesday night. At the press conference the next morning, the director looked as if she had not slept.
«⟦d:a|I didn't. I was too happy, and then too worried that I was too happy,⟧» she said, through an interpreter. «⟦d:a|In my family we don't trust happiness. We check it for holes.⟧»
The film, shot over 41 days on a small island in the northern Aegean, follows three sisters who refuse to leave a decommissioned lighthouse. One journalist asked whether it was about her own family.
«⟦d:a|Everything is about my family. My family would say nothing is,⟧» Aydoğan replied.
«⟦d:d|Why did you cast a French actor as the only man on the island?⟧» another journalist asked.
Her lead actor, Mathis Carrel, answered before she could. «⟦d:b|Because I was the only one stupid enough to learn Turkish in six weeks,⟧» he said, to laughter. «⟦d:b|Selin made me do my lines to her grandmother on the phone every night. Her grandmother corrected my grammar and then asked whether I was married.⟧»
«⟦d:a|She still asks,⟧» Aydoğan said.

### 046
@a Warrick Tane | Northgate coach
@b - | one reporter
@c Filipo Leiataua | Captain
Northgate coach Warrick Tane refused to criticise the referee after his side's 24-23 defeat to Castlemere on Saturday, though he admitted he had "⟦p:a|a few questions⟧" about the final penalty.
"⟦d:a|I'll send them through the proper channels, and I'll get a polite letter back, and we'll all move on,⟧" the 52-year-old said. "⟦d:a|That's the game.⟧"
"⟦d:b|Do you think it was a penalty?⟧" one reporter asked.
"⟦d:a|I think it was a decision,⟧" Tane said, to laughter.
Captain Filipo Leiataua, who played the last twenty minutes with a dislocated finger strapped to its neighbour, was less diplomatic. "⟦d:c|We were in front for 79 minutes. I'm gutted. I'm not going to pretend I'm not,⟧" he said.

### 047
@a Amaia Zubizarreta | the soprano
@b Itziar Zubizarreta | her mother
@c Gregor Halbach | The production's director
When Amaia Zubizarreta makes her debut as Tosca at the Haldane Opera House next month, her mother will be in row F, seat 12. This is significant, because her mother, Itziar Zubizarreta, sang the same role in the same building in 1991.
“⟦d:a|It's the same dressing room. Same mirror. There's a crack in the corner she told me about when I was six,⟧” the soprano says. “⟦d:a|I checked. It's still there.⟧”
Itziar, who retired from the stage in 2005 and now teaches, says she has given her daughter exactly one piece of advice about the role. “⟦d:b|Don't jump too early. The jump at the end, I mean. I jumped too early once and landed before the music did,⟧” she says.
Amaia laughs. “⟦d:a|She has told me that approximately a thousand times.⟧”
The production's director, Gregor Halbach, says he cast the younger Zubizarreta before he knew about the family connection. He calls her voice “⟦p:c|dark at the bottom and completely fearless at the top⟧”.

### 048
@a Hélène Castagnet | the mayor
@b Gérard | the owner
Hélène Castagnet has been the mayor of Saint-Aubin-des-Prés, population 812, for 26 years, and she eats lunch at the same table in the same café every day at 12.30. Today she has brought a guest, and the owner, Gérard, has put out a second glass without being asked.
«⟦d:a|He knows everything. He knows more than the council,⟧» the mayor says. «⟦d:a|If you want to know what is happening in this village, don't read the minutes, ask Gérard.⟧»
Gérard shrugs from behind the bar. «⟦d:b|People talk when they drink coffee. I just listen,⟧» he says.
Over a plate of lentils and sausage I ask her why she is standing again, at 71, when she told a regional paper four years ago that it would be «⟦p:a|absolutely the last time⟧».
«⟦d:a|Because nobody else wants to do it, and because I lied. Mostly the first one.⟧»
«⟦d:-|Is it a hard job?⟧» I ask.
«⟦d:a|It's a job where everybody has your phone number. Someone called me on Christmas Day because their neighbour's goat was on their roof. I went. What else would I do?⟧»

### 049
@a Ruairí Mac Giolla | -
@b Seosamh Mac Giolla | his brother
@c Niall Brennan | the documentary's producer
For 23 years their father kept the light on Inis Rónáin, a rock eleven miles off the coast with no trees, no electricity except what the lighthouse made and, from October to March, no way off.
Now in their seventies, Ruairí Mac Giolla and his brother Seosamh Mac Giolla have gone back to the island for a radio documentary, The Keeper's Boys, which airs on Sunday.
“⟦d:a|We were the only children for eleven miles. We had each other, and we had a lot of rocks,⟧” Ruairí says in the programme.
“⟦d:b|We invented a whole country out there. It had a king and a flag and a national anthem. I was the king,⟧” says Seosamh.
“⟦d:a|He was not the king. There was an election, and he cheated,⟧” Ruairí says.
Niall Brennan, the documentary's producer, said the brothers had kept the crew laughing through three days of rain. “⟦d:c|They finish each other's sentences and then argue about how the sentence should have ended,⟧” he said.

### 050
@a - | My teacher
@b Lindiwe Hlongwane | -
Lindiwe Hlongwane (LH) has made pots in a converted cowshed outside Emberton for thirty years. Her apprentice, Mika Kauppinen (MK), 24, has been with her for two. We asked them to interview each other.
MK: Why do you still throw everything by hand?
LH: Because the machines make everything the same, and I'm not interested in the same. My teacher used to say, “⟦d:a|A pot should look like somebody was in a good mood.⟧” That's all I'm trying to do.
MK: Were you ever in a bad mood?
LH: Constantly. I threw those ones in the river.
MK: What do you wish someone had told you at my age?
LH: That nobody is watching as closely as you think. You can fail in private for years. That's a gift. I told my daughter that when she started, I said, “⟦d:b|Fail in the shed, not on the internet.⟧” She ignored me, of course.
LH: My turn. Why pottery?
MK: Because it's the only thing I've done where I forget to look at my phone.

### 051
@a Chidera Eluwa | -
@b Magnus Heiberg | chair of the judges
@c Wexford-Lyle Foundation | -
HAVERFORD, Nov 7 - Chidera Eluwa won the Wexford-Lyle Prize for fiction on Thursday for "⟦s:-|A Year of Borrowed Rooms⟧", her debut novel about a family of Igbo traders in a northern mill town in the 1970s.
"⟦d:a|I wrote most of it on the night bus. I want to thank the night bus,⟧" Eluwa, 41, said in her acceptance speech. "⟦d:a|And my mother, who said it was too long. It was too long. I cut eighty pages.⟧"
Magnus Heiberg, chair of the judges, said the panel had reached a unanimous decision "⟦p:b|in about eleven minutes⟧", after a shortlist he described as the strongest in years.
"⟦d:b|It is a book that is funny on every page and heartbreaking on every other page. We could not get it out of our heads,⟧" Heiberg said.
The Wexford-Lyle Foundation said sales of the novel had risen "⟦p:c|fivefold⟧" since the shortlist was announced in September.

### 052
@a Aroha Ngata | the eldest by four minutes
@b Mereana Ngata | -
@c Hinemoa Ngata | -
@d Rawiri Ngata | a bus driver
Three sisters who were born on the same morning in 1999 have graduated as doctors on the same afternoon.
The Ngata triplets, Aroha Ngata, Mereana Ngata and Hinemoa Ngata, crossed the stage at the Te Awaroa medical school ceremony one after the other on Friday, to one of the loudest cheers of the day.
"⟦d:a|We didn't plan it. Honestly. We each decided separately, and then we found out at dinner,⟧" said Aroha, the eldest by four minutes.
Mereana said studying together had been "⟦p:b|a blessing and a nightmare⟧". "⟦d:b|You can never say you haven't done the reading, because she's sitting right there, and she's done the reading,⟧" she said, pointing at Hinemoa.
"⟦d:c|I always did the reading,⟧" Hinemoa said. "⟦d:c|Someone had to.⟧"
Their father, Rawiri Ngata, a bus driver, said he had taken the whole week off work. "⟦d:d|Three doctors. I'm going to be the healthiest man in the country. Or the most told off,⟧" he said.

### 053
@a Mission Control | -
@b Yuki Tanabe | Astronaut
Astronaut Yuki Tanabe (YT) returned last month from 186 days aboard the Meridian research station. She spoke to our science correspondent, Rahul Menon (RM).
RM: What was the first thing you did when you landed?
YT: Asked for a cup of tea. I couldn't hold it. My hands had forgotten that cups are heavy.
RM: You were on the spacewalk when the tether alarm went off. What went through your head?
YT: Very little, which is the training. Mission Control said, “⟦d:a|Yuki, hold position,⟧” and I held position. I remember thinking the Earth was very bright and that I had an itch on my nose.
RM: Did you ever feel lonely?
YT: Not lonely. Far. There's a difference. I used to say to my crewmates, “⟦d:b|We're the six furthest people from home, so be nice.⟧” It became a kind of motto. Somebody wrote it on the galley wall.
RM: Would you go back?
YT: Tomorrow. Don't tell my husband.

### 054
@a Bridget Otieno-Walsh | -
@b Ravensmoor Hospitals Trust | -
Bridget Otieno-Walsh spent 34 years as a nurse, most of them on night shifts on a cardiac ward at Ravensmoor General. Her memoir, “⟦s:-|The Quiet Hours⟧”, is published on Thursday, and it is not always kind to the institution she served.
“⟦d:a|At 4am a hospital belongs to the nurses. The doctors are asleep, the managers are at home, and the patients are frightened,⟧” she writes in the opening chapter. “⟦d:a|Nobody has ever written a policy for 4am.⟧”
Talking in her kitchen in Ellery Park, she is gentler than the book. “⟦d:a|I loved that ward. I'm angry because I loved it. You don't get angry about things you don't care about,⟧” she says.
The book describes staff shortages that left one nurse in charge of fourteen patients, a situation she calls “⟦p:a|not unsafe, exactly, but only because we made it safe with our own bodies⟧”.
Ravensmoor Hospitals Trust said it recognised “⟦p:b|the enormous contribution⟧” of nurses like Otieno-Walsh and that staffing on the ward had since “⟦p:b|improved significantly⟧”.
She has read the statement. “⟦d:a|Good,⟧” she says. “⟦d:a|Then someone read the book.⟧”

### 055
@a Dario Mancuso | -
@b Fen Okafor | -
@c Joy | One client who asked to be identified only by her first name
Dario Mancuso has tattooed, by his own estimate, around 9,000 people in 22 years, and he remembers, he says, ``⟦p:a|about half of them, and all of the mistakes⟧''.
``⟦d:a|You never forget a mistake. It's walking around out there with somebody's name spelled wrong on it,⟧'' he says, wiping down a chair at his studio on Lantern Row. ``⟦d:a|That's why I make people spell it out to me twice. Three times if they've been drinking.⟧''
Fen Okafor, 29, is in the chair today for the fourth session on a back piece of a heron standing in reeds. ``⟦d:b|It's for my nan. She used to feed the herons at the park, which you're not supposed to do,⟧'' Okafor says. ``⟦d:b|She did it anyway. That was her whole personality.⟧''
One client who asked to be identified only by her first name, Joy, said Mancuso had refused to tattoo an ex-boyfriend's name on her in 2014. ``⟦d:c|He told me to come back in six months if I still wanted it. I did not still want it,⟧'' she said.

### 056
@a Stavros Papadakis | -
@b Nikos | his son
Stavros Papadakis has been mending shoes in the same narrow shop on Carver Street since 1974, and he does not intend to stop just because he turned 80 last week.
"⟦d:a|What would I do at home? Watch television? The television doesn't need its heels doing,⟧" he says, tapping a nail into a boot without looking at it.
His son, Nikos, 51, gave up a job as an accountant to join him three years ago. "⟦d:b|I told him I was coming to help him retire. That was the plan. He's trained me up instead, so now there are two of us not retiring,⟧" Nikos says.
As we talk, someone leans in from the street. "⟦d:-|Stavros, are my brogues ready?⟧"
"⟦d:a|Tuesday,⟧" Stavros calls back, without looking up. "⟦d:a|They were always going to be Tuesday.⟧"
The shop's window still carries the sign his father painted: "⟦s:-|Repairs While You Wait (Within Reason)⟧".

### 057
@a Zsófia Karácsony | the 28-year-old
@b Benedikt Auer | Her former coach
@c Lena Duvall | co-host
Zsófia Karácsony, who won Olympic silver in the 200 metres backstroke before walking away from swimming in 2022, has confirmed she is training again with a view to competing next season.
Speaking on the Deep End podcast, the 28-year-old said she had stepped back because she had "⟦p:a|forgotten why I liked water⟧".
"⟦d:a|I'd get in the pool and it felt like going to the dentist. Every day. For eleven years,⟧" she said. "⟦d:a|Then last summer I swam in a lake with my niece, just messing around, and I thought, oh, there it is.⟧"
Asked by co-host Lena Duvall whether she was ready for the scrutiny of a comeback, Karácsony laughed. "⟦d:c|Are you ready to be rubbish in public for a while?⟧" Duvall had asked. "⟦d:a|I've been rubbish in private for two years. Public is just more people,⟧" Karácsony replied.
Her former coach, Benedikt Auer, who will oversee her return, said he was "⟦p:b|cautiously delighted⟧".

### 058
@a Delroy Campbell-Hughes | the choir's conductor
@b Noreen Flaherty | -
@c Patricia | her sister
@d - | One tenor
The Dunmore Community Choir has 64 members, three of whom can read music. On Saturday it won the open section of the Regional Choral Festival for the first time in its 40-year history.
“⟦d:a|I keep telling them that reading music is overrated. Listening is the whole thing,⟧” said Delroy Campbell-Hughes, the choir's conductor, who took over in 2019 when numbers had dropped to eleven.
Noreen Flaherty, 81, and her sister Patricia, 78, have sung alto since the choir began. “⟦d:b|We joined because our mother made us. We stayed because of the biscuits,⟧” said Noreen.
“⟦d:c|And the men,⟧” said Patricia.
“⟦d:b|There were no men, Patricia. There were two, and they were both called Frank.⟧”
One tenor described the rehearsals as “⟦p:d|group therapy with harmonies⟧”. “⟦d:d|I came for six weeks after my divorce. That was five years ago,⟧” he said.

### 059
@a Oluwaseun Adebayo | Hosts
@b Marcus Feldman | Hosts
@c Ravi Chandrasekhar | a sleep researcher at the Elmwood Institute
@d Tiago | a listener
Parenting podcast Up All Night marked its 300th episode this week with a guest its two hosts have been chasing for four years: Dr Ravi Chandrasekhar, a sleep researcher at the Elmwood Institute.
Hosts Oluwaseun Adebayo and Marcus Feldman, who both have toddlers, opened by admitting they had slept a combined nine hours the previous night. "⟦d:a|I'm running on a croissant and spite,⟧" Adebayo said.
"⟦d:c|You'll be fine. The human body is built to survive toddlers. Just about,⟧" Chandrasekhar told them.
Feldman pressed him on the hundreds of sleep-training methods sold to parents online. "⟦d:b|Is any of it real, or are we all just being sold stuff?⟧" he asked.
"⟦d:c|Some of it's real. Most of it is a nice story about something that was going to happen anyway,⟧" Chandrasekhar said. "⟦d:c|Babies get better at sleeping. Whatever you were doing that week gets the credit.⟧"
A listener, Tiago, wrote in to ask whether it was normal for his two-year-old to wake at 4.45 every morning. "⟦d:d|She's not upset. She just wants to talk about buses,⟧" he wrote.
"⟦d:b|Tiago, mate, we have all been there,⟧" Feldman said.

### 060
@a Anouk Verhaegen | -
@b Piet Verhaegen | her brother
@c - | an editor she no longer works for
Anouk Verhaegen has photographed eleven wars. She keeps none of the pictures on her walls. The only photograph in her flat in Grenshaven is of a dog on a beach.
“⟦d:a|That's my brother's dog. She's dead now. It's the best picture I ever took,⟧” she says, when she catches me looking at it.
I ask whether it is hard to come home.
“⟦d:a:m|Coming home is the hardest part of the job. Out there everything is clear. You know what matters: water, batteries, the driver, the light. You come back and people are arguing about parking.⟧
“⟦d:a:m|For years I was very arrogant about that. I thought, you don't know what matters. Now I think they're right and I'm wrong. Parking is what matters in a life where nobody is shooting at you. That's the point of peace.⟧
“⟦d:a|It took me twenty years and a very good therapist to understand that.⟧”
Her brother, Piet Verhaegen, who looked after her flat and her dog through most of those years, says she was “⟦p:b|impossible to reach and impossible to stop⟧”. “⟦d:b|Every time she left I'd clean the flat as if she wasn't coming back. That's a strange thing to do for your sister,⟧” he says.
An editor she no longer works for once told her a picture was “⟦p:c|too quiet to sell⟧”. It later won every major award. She laughs when I mention it. “⟦d:a|Quiet sells. It just takes longer.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh97.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh97",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
