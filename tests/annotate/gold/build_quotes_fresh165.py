# ruff: noqa: E501
"""Build ``quotes_fresh165.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch or dinner, Q&A transcripts with the
interviewer's questions in bold or marked by initials, podcast, radio and television
interviews, sports and arts interviews, and human-interest stories about families in
which several relatives of the same gender speak and are called by their first names,
often by a reporter who asks questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh165-NNN``.

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
  it (``His wife Bev, 56, a dinner lady``): the appositive is the description. A title
  or relational phrase before the name alone (``Presenter Aoife Brannigan``, ``Her
  sister Carmen``, ``His uncle and trainer, Emmanuel Asante``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 64-year-old``,
  ``the winemaker``), that description is taken.
* A non-restrictive relative clause after an appositive (``One former clerk, who asked
  not to be named``) is not part of the description; a restrictive one is.
* Relatives who are named only by a first name (``The elder, Paweł``, ``Her eldest
  daughter, Abena``) have that first name as speaker, even where the family surname
  appears elsewhere in the passage; ordinal appositives such as ``the eldest`` or
  ``the younger of the brothers`` are descriptions.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech,
  and a question put by ``one reporter`` at a press conference is that reporter's.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Transcripts whose turns are marked by bold questions or by the participants'
  initials (``RK:`` / ``TM:``) are treated like ``Q:`` / ``A:`` transcripts: the turns
  themselves are not annotated. Quotation marks inside an answer that report what
  someone else said are that person's speech (``One fisherman told me, « … »``), with
  the description as the interviewee words it (``my agent``).
* Words put in quotation marks by the reporter that a label-giver other than an
  identified speaker used (``Critics called it "the tipping hat"``) are ``scare``;
  words that the reporter attributes to an identified person (``what he calls "the
  long note"``) are ``partial`` by that person.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh165.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh165.jsonl")

PASSAGES = """
### 001
@a Oluwaseun Adeyemi-Clarke | the novelist
@b Tamsin Okafor-Reyes | her agent
@c - | her mother
The novelist Oluwaseun Adeyemi-Clarke has chosen a Portuguese canteen under the railway arches in Kettleford, the kind of place with paper tablecloths and a television showing football with the sound off. She arrives eleven minutes late, apologises twice, and orders before she has taken off her coat.
“⟦d:a|The bacalhau, please, and whatever the soup is. I don't need to know what the soup is,⟧” she tells the waiter, who clearly knows her.
Her fourth novel, “⟦s:-|The Salt Ledger⟧”, has been on the bestseller list for nineteen weeks, a run she describes as “⟦p:a|faintly embarrassing and extremely good for the mortgage⟧”.
I ask whether success has changed the way she writes. She considers the question for so long that the soup arrives.
“⟦d:a:m|No. It's changed the way I don't write. I used to have whole days when nobody wanted anything from me, and those were the days the books came from. Now there are emails. There are festivals in towns I can't find on a map.⟧
“⟦d:a|I said yes to everything for a year because I was frightened it would stop. It hasn't stopped, so now I have to learn to say no, which is a skill I was not given.⟧”
“⟦d:-|Are you learning?⟧” I ask.
“⟦d:a|Slowly. Badly. Ask my agent.⟧”
I do, later, by phone. Her agent, Tamsin Okafor-Reyes, laughs for some time before answering. “⟦d:b|She turned down a cruise ship last month,⟧” Okafor-Reyes says. “⟦d:b|I nearly had the email framed.⟧”
Back at the table, the 46-year-old is dismantling a custard tart with great care. Her mother, she tells me, still reads every draft in pencil and still writes the same note on the last page: “⟦d:c|Too many commas. Where is the food?⟧”
“⟦d:a|She's right about the commas,⟧” Adeyemi-Clarke says. “⟦d:a|She's wrong about the food. There is always food. It's just that my characters are too busy to eat it.⟧”

### 002
@a Ingrid Solvang | a glaciologist at the Polar Institute in Tromsvik
@b - | the institute's director back then
Dr Ingrid Solvang, a glaciologist at the Polar Institute in Tromsvik, has spent 23 summers camped on the Hårbreen ice cap. Before leaving for what she insists will be her final season, she spoke to Northern Review about noise, titles and why she still packs a typewriter. "⟦d:a|I keep saying this one is the last,⟧" she warned. "⟦d:a|Nobody believes me, including me.⟧" The interview has been edited for length.
**You've called this season your "⟦p:a|last⟧". Do you really believe that?**
I have to. If I don't believe it, my knees certainly won't. My husband is taking bets.
**What has changed most in 23 years?**
The sound. When I started, the ice was quiet at night. Now it talks constantly: cracking, running water, things falling. The first year I heard meltwater under the tent I didn't sleep at all.
**Your 2019 paper was titled "⟦s:-|A Slow Emergency⟧". Would you use that title today?**
I'd drop "⟦s:-|slow⟧". The institute's director back then told me, "⟦d:b|Ingrid, nobody reads past the first three words of a title, so make them count.⟧" He was right, and I still chose the wrong three.
**Why the typewriter?**
Batteries die at minus thirty. Ribbons don't. Also, nobody can email a typewriter.

### 003
@a Dev Malhotra | -
@b Callum Fairweather | the former Kingsport Raiders captain
Callum Fairweather, the former Kingsport Raiders captain, has rarely spoken about the head injuries that ended his career at 29. On the latest episode of "⟦s:-|Second Half⟧", the podcast presented by Dev Malhotra, he talked for the first time about the months he spent unable to read.
"⟦d:b|I'd get to the bottom of a page and not know what was at the top of it,⟧" Fairweather said. "⟦d:b|I thought I was being lazy. I genuinely thought, if I try harder, it'll come back.⟧"
Malhotra, who played alongside him for four seasons, asked when he realised it was more than that.
"⟦d:b:m|When my daughter asked me to read her a bedtime story and I couldn't get through it. She was five. She took the book off me and said, 'I'll do it, Dad.'⟧
"⟦d:b|That was the moment. Not the scans, not the doctors. Her.⟧"
"⟦d:a|Did you blame the game?⟧" Malhotra asked.
"⟦d:b|For a while. Now I blame the way we played it, which isn't the same thing,⟧" the 34-year-old replied. "⟦d:b|We used to call a bang on the head a 'ding'. You'd get a ding, you'd sniff the salts, you'd go back on.⟧"
Malhotra said he remembered one match in particular. "⟦d:a|You went off twice in that game against Harrowgate. Twice. And nobody stopped you.⟧"
"⟦d:b|Nobody stopped me because I'd have told them where to go,⟧" Fairweather said, laughing. "⟦d:b|That's the honest answer. That's the whole problem, right there.⟧"

### 004
@a Siobhán Ní Bhriain | presenter
@b Fergal Costigan | the Minister of State for Housing
@c - | a spokesperson for the Tenants' Alliance of Carrigmore
The Minister of State for Housing, Fergal Costigan, has defended the government's rent-cap scheme after figures showed average rents in Carrigmore rose by 11 per cent last year.
Speaking on Radio Carrig's «⟦s:-|First Light⟧» programme, Mr Costigan said the scheme had been «⟦p:b|unfairly judged on the places where it hasn't started yet⟧».
«⟦d:b|The scheme is working where it has been applied. The problem is the places where it hasn't been applied yet,⟧» he said.
Presenter Siobhán Ní Bhriain put it to him that tenants in the city had been «⟦p:a|waiting three years for a scheme that was supposed to take six months⟧».
«⟦d:b|I accept that. I'm not going to sit here and tell you it's been fast enough,⟧» Mr Costigan replied.
«⟦d:a|So whose fault is it?⟧» Ní Bhriain asked.
«⟦d:b|There's no single fault. There are planning delays, there are legal challenges, and yes, there are things this department should have done better.⟧»
Asked whether he would resign if the target was missed again, the minister said: «⟦d:b|That's a question for another day.⟧»
A spokesperson for the Tenants' Alliance of Carrigmore said the interview had been «⟦p:c|fifteen minutes of apologies with nothing behind them⟧». «⟦d:c|We've heard 'lessons learned' so many times we could set it to music,⟧» she added.

### 005
@a Valentina Ruiz-Peralta | the 21-year-old from Rosario
@b Katya Orlova | the second seed
@c Hernán Ruiz | Ruiz-Peralta's father and coach
Valentina Ruiz-Peralta, the 21-year-old from Rosario, reached her first major semi-final on Wednesday with a 6-4, 3-6, 7-5 win over the second seed, Katya Orlova, and then admitted she had not expected to be there.
“⟦d:a|Honestly, I booked my flight home for Monday,⟧” she said, grinning. “⟦d:a|I need to call the airline. Does anybody here know how to change a flight?⟧”
The match turned on a 24-minute game at 5-5 in the third set, in which Orlova saved five break points before double-faulting.
“⟦d:b|I was thinking too much. In that game I was thinking about everything except the ball,⟧” Orlova said through an interpreter. “⟦d:b|She played brave. I played scared. That is the match.⟧”
Ruiz-Peralta's father and coach, Hernán Ruiz, watched from the players' box with his head in his hands for most of the final set.
“⟦d:c|I could not look. My heart is not young,⟧” he said afterwards. “⟦d:c|She tells me, ‘Papá, stay calm,’ and then she plays a game of twenty-four minutes.⟧”
Asked about her father's nerves, his daughter shrugged. “⟦d:a|He should try being on the court,⟧” she said.

### 006
@a Ayşe | the eldest
@b Elif | -
@c Zeynep | the youngest
@d Hatice Demir | their mother
For thirty years the smell of simit has drifted out of a narrow shopfront on Carver Street at five o'clock every morning. Next month the Demir family bakery will close for the last time, and the three sisters who run it are trying not to cry about it in front of the customers.
"⟦d:a|We made a rule. No crying before nine,⟧" said Ayşe, the eldest, who at 52 has worked behind the counter since she was tall enough to reach the till.
"⟦d:b|She broke it on Monday,⟧" said Elif, 49, without looking up from the dough. "⟦d:b|Half past seven. Mrs Pryce came in for her usual and that was it.⟧"
"⟦d:a|Mrs Pryce brought flowers. Anybody would have cried,⟧" Ayşe said.
Their mother, Hatice Demir, opened the bakery in 1994 with her late husband, Mehmet, after the family moved from İzmir. Now 78, she still comes in most mornings to "⟦p:d|check the sesame⟧".
"⟦d:d|My husband always said the bread is the easy part. The hard part is getting up,⟧" she said. "⟦d:d|Thirty years I got up. Now my knees say enough.⟧"
The youngest, Zeynep, 44, is the only one of the three who says she will not miss the hours. "⟦d:c|I'm going to sleep until eight every day for a year,⟧" she said. "⟦d:c|Then maybe I'll think about bread again.⟧"
Elif rolled her eyes. "⟦d:b|She'll be back in a week. She'll be making simit in her kitchen at four in the morning and phoning us to complain.⟧"
"⟦d:c|I will not.⟧"
"⟦d:a|You will,⟧" said Ayşe.

### 007
@a Tomasz Mazur | the sculptor
@b - | one critic
The sculptor Tomasz Mazur, 67, has lived on the same stretch of shingle at Ebbsfleet Point for four decades, making enormous figures out of driftwood, rope and the occasional fridge door. Ahead of a retrospective at the Harbour Gallery, which opens on Friday, he talked to Rhiannon Kettle in his workshop. “⟦d:a|Mind the dog,⟧” was the first thing he said. “⟦d:a|He doesn't bite, but he leans.⟧”
RK: The show is called “⟦s:-|Flotsam⟧”. Did you choose that?
TM: God, no. I wanted “⟦s:-|Things I Found⟧”. The gallery said that sounded like a lost property office.
RK: You've been called “⟦s:-|the last of the beachcombers⟧”. Does that bother you?
TM: It bothers my accountant. Beachcombers don't pay tax, apparently, and I do.
RK: One critic wrote that your work is “⟦p:b|all weather and no ideas⟧”. Do you remember that?
TM: Word for word. She wasn't wrong about the weather.
RK: What are you working on now?
TM: A horse. It's been a horse for six years. It might become a boat.

### 008
@a Arjun Mehta | -
@b Rohan | his twin brother
@c Lakshmi Sharma | their younger sister
@d Gordon Pike | a retired postman who first sat in Rohan's chair in 1965
FENBY, England (Westline) — For sixty years, Arjun Mehta and his twin brother, Rohan, have cut hair in the same two chairs in a shop barely wider than a corridor. On Saturday, the 81-year-olds will lock the door for the last time.
"⟦d:a|We've done the arithmetic. It's about four hundred thousand haircuts between us,⟧" Arjun Mehta said on Thursday, sweeping up between customers. "⟦d:a|Rohan says more. Rohan always says more.⟧"
"⟦d:b|He doesn't count the children,⟧" his brother said from the other chair. "⟦d:b|Children are still haircuts.⟧"
The brothers arrived in Fenby from Nairobi in 1963 and were found apprenticeships within a week by a local barber, Alfred Dunn.
"⟦d:c|Mr Dunn told our mother they had good hands and terrible manners,⟧" said their younger sister, Lakshmi Sharma, 74, who still does the shop's books. "⟦d:c|Only one of those things changed.⟧"
Asked which of them is the better barber, the twins answered at the same time.
"⟦d:a|Me,⟧" said Arjun.
"⟦d:b|Me,⟧" said Rohan.
Regulars have organised a farewell on Saturday afternoon. Some have been coming since childhood.
"⟦d:d|I had hair then,⟧" said Gordon Pike, a retired postman who first sat in Rohan's chair in 1965. "⟦d:d|They've been very kind about the situation since.⟧"

### 009
@a Gary Lomax | Bramley boss
@b Ade Bakare | new signing
@c - | a club insider
FURIOUS Bramley boss Gary Lomax last night launched a blistering attack on his "⟦p:a|soft⟧" stars after a humiliating 4-0 hammering at Colnebrook.
The under-fire gaffer, 53, fumed: "⟦d:a|That was soft. Soft from minute one to minute ninety. I'm embarrassed, and the fans who paid good money to come here should be embarrassed for us.⟧"
Lomax, nicknamed "⟦s:-|The Hairdryer⟧" by Bramley fans, refused to rule out wholesale changes for Saturday's clash with Oldcastle.
"⟦d:a|Nobody's shirt is safe. Nobody's. If you don't want to run, there's a bench with your name on it,⟧" he raged.
New signing Ade Bakare, who was hauled off at half-time, admitted: "⟦d:b|He's right. We let him down. I let him down.⟧"
The 24-year-old added: "⟦d:b|I've not scored yet and I know what people are saying. I'll answer it on the pitch.⟧"
But a club insider told The Sentinel: "⟦d:c|The dressing room's split. Half of them think the gaffer's lost it, half think he's the only one who hasn't.⟧"

### 010
@a Doreen Fairclough | the club's founder
@b Margaret Osei | a former nurse
@c Pat Lindqvist | her friend
@d - | a spokesperson for Wrexley Leisure
@e - | her doctor
Every Tuesday at 10am, the shallow end of Wrexley Leisure Centre is taken over by a group whose combined age is well over two thousand years.
The Silver Splashers, as they call themselves, were founded in 2016 by Doreen Fairclough, now 84, after her doctor told her to “⟦p:e|find some exercise that won't break anything⟧”.
“⟦d:a|I couldn't run, I couldn't cycle, and I wasn't going to a gym full of mirrors,⟧” said Mrs Fairclough, the club's founder. “⟦d:a|So I came here, and there were two other women in the slow lane looking as lost as I was. Now there are thirty-one of us.⟧”
Margaret Osei, 88, a former nurse, joined in 2018 after a hip replacement. “⟦d:b|My surgeon said swim. I said I can't swim. He said, well, learn,⟧” she said. “⟦d:b|So I learned. At 82. In armbands, to begin with, which I'd rather you didn't print.⟧”
Her friend Pat Lindqvist, 86, described the club as “⟦p:c|the only appointment in my diary I've never cancelled⟧”.
“⟦d:c|We come for the swimming and stay for the gossip,⟧” she said. “⟦d:c|Mostly the gossip, if I'm honest.⟧”
The group has been told its Tuesday slot may be cut from September as the centre reorganises its timetable. A spokesperson for Wrexley Leisure said no final decision had been made and that the centre “⟦p:d|values all of its community groups⟧”.
“⟦d:a|They can value us in the water on Tuesdays at ten,⟧” Mrs Fairclough said.

### 011
@a Nkechi Obi | Station Commander
@b - | one of the old hands
After 31 years with Harlow Vale Fire and Rescue, Station Commander Nkechi Obi retires this week. She was the first woman to lead Dunmere fire station. "⟦d:a|I'm not good at speeches,⟧" she warned before we began. "⟦d:a|So ask short questions.⟧"
Q: What do you remember about your first call-out?
A: A chip-pan fire in a flat above a bookmaker's. I was so nervous I put my helmet on backwards. The crew called me "⟦s:-|Backwards⟧" for two years.
Q: Were you treated differently as a woman?
A: Of course. One of the old hands said to me on my first day, "⟦d:b|Don't worry, love, you can make the tea.⟧" I made the tea. I also carried him down a ladder eleven years later, and he never mentioned tea again.
Q: What will you miss?
A: The kitchen table at three in the morning after a bad job. Nobody says much. Somebody makes toast. That's where the real work happens.
Q: Any advice for whoever replaces you?
A: Listen to the people who've been there longest. And buy a good kettle.

### 012
@a Ellison Marchbanks | the trumpeter
@b Yusuf Adler | his pianist for two decades
Ellison Marchbanks orders the oysters and then, when they arrive, doesn't eat them. He moves them around the ice, lines them up, talks. The trumpeter has a concert at the Lyceum in three hours and says he never eats before playing, which raises the question of why he ordered oysters.
“⟦d:a|I like looking at them,⟧” he says. “⟦d:a|They're like little ears. That's a terrible thing to say at dinner. Write it down anyway.⟧”
He is 71, and has been playing professionally since he was 15, when he lied about his age to get a job in the band on the night ferry out of Port Ardent. The story of that job has been told so many times, in so many versions, that I ask him which one is true.
“⟦d:-|Did you really play for eleven hours straight?⟧”
“⟦d:a|Nine,⟧” he says. “⟦d:a|It gets longer every year. By the time I die it'll have been a fortnight.⟧”
Over the evening he keeps returning to what he calls “⟦p:a|the long note⟧”, a sound he has been chasing for fifty years and has, he says, “⟦p:a|caught maybe twice⟧”.
“⟦d:a:m|Once was in Lisbon in 1988. A tiny club, maybe forty people, and the note just went out of me and didn't stop. I could feel it go to the back wall and come back.⟧
“⟦d:a|The second time was at my mother's funeral, and I'd rather not talk about that one.⟧”
Yusuf Adler, his pianist for two decades, calls Marchbanks “⟦p:b|the most stubborn man in music, and the most generous⟧”. “⟦d:b|He'll fight you for an hour about one chord,⟧” Adler told me later, “⟦d:b|and then he'll pay your rent when you're short and never mention it again.⟧”
When I repeat this, Marchbanks waves a hand. “⟦d:a|Yusuf exaggerates. About the chord.⟧”

### 013
@a Rashid Khanzada | the Wessex captain
@b Tom Ellery | the county's director of cricket
The Wessex captain, Rashid Khanzada, announced his retirement from first-class cricket yesterday, bringing to an end a 17-year career in which he scored 14,212 runs and, by his own account, ``⟦p:a|dropped more catches than anyone in the history of the county⟧''.
``⟦d:a|I've known for a while,⟧'' Khanzada, 38, said at the Parkfield ground. ``⟦d:a|My body has been telling me politely for two seasons and rudely for one. This summer it stopped being polite.⟧''
He said the decision had been ``⟦p:a|the hardest and the easiest thing I've done⟧'' and that he would stay on as a batting coach with the second XI.
``⟦d:a|I can't imagine not being here in April,⟧'' he said. ``⟦d:a|The smell of the cut grass, the covers coming off. I'll still be here. I'll just be the one with the clipboard.⟧''
Tom Ellery, the county's director of cricket, described him as ``⟦p:b|the heartbeat of this dressing room⟧''.
``⟦d:b|You don't replace someone like Rashid,⟧'' Ellery said. ``⟦d:b|You just hope some of him rubs off on the ones who come next.⟧''

### 014
@a Brendan Tierney | the 64-year-old
@b Shane | his eldest son
@c Colm | the younger of the two
@d - | a spokesperson for the Department of the Marine
Brendan Tierney has fished out of Kilbrack harbour for 46 years, and his father before him, and his father before that. Now his two sons have told him they want to sell the boat.
"⟦d:a|I knew it was coming. I'm not a fool,⟧" the 64-year-old said, mending a net on the pier in a cold wind. "⟦d:a|But knowing a thing is coming and hearing it said at your own kitchen table are two different animals.⟧"
His eldest son, Shane, 34, says the quota cuts announced in March have made the family's trawler, the Máire Rua, all but impossible to run at a profit.
"⟦d:b|We're working harder for less every year. Dad won't say it, so I will: the numbers don't add up,⟧" Shane said.
Colm, 29, the younger of the two, is less certain. "⟦d:c|Part of me wants to keep going just to be stubborn,⟧" he said. "⟦d:c|But Shane has a baby now. I've got nothing to lose except the boat. He's got everything to lose.⟧"
"⟦d:b|Don't make me the villain,⟧" Shane told his brother.
"⟦d:c|I'm not. I'm making you the sensible one, which is worse.⟧"
Their father listened without looking up. "⟦d:a|They're good lads,⟧" he said eventually. "⟦d:a|Better than I was at their age. That's the trouble.⟧"
A spokesperson for the Department of the Marine said the quota reductions were "⟦p:d|necessary to protect stocks for future generations⟧" and that a decommissioning scheme would open in the autumn.

### 015
@a Kayleigh Brandt | reality star
@b Jordan Vance | -
@c - | a spokesman for Vance
@d - | a pal of the star
Reality star Kayleigh Brandt has finally broken her silence on her shock split from "⟦s:-|Love Lodge⟧" hunk Jordan Vance — and says she's "⟦p:a|never been happier⟧".
The 27-year-old, dubbed "⟦s:-|Queen of the Lodge⟧" by fans of the hit show, told us: "⟦d:a|People think I'm sitting at home crying into a tub of ice cream. I'm not. It's a big tub of ice cream, but I'm not crying.⟧"
She insisted there were "⟦p:a|no hard feelings⟧" between her and the personal trainer, 29, who she met on the show's second series.
"⟦d:a|We just wanted different things. He wanted a quiet life in Essex. I want to go to Ibiza every summer until I'm sixty,⟧" she laughed.
Vance posted on Instagram last night: "⟦d:b|Wishing Kay nothing but love. Onwards.⟧"
But a pal of the star said: "⟦d:d|She's putting a brave face on it. She was gutted when he ended it, whatever she says now.⟧"
A spokesman for Vance said the split was "⟦p:c|amicable⟧" and asked for privacy.

### 016
@a Hamza Qureshi | presenter
@b Marguerite | one caller
@c Dennis | a bus driver from Lowfield
@e Lowfield Borough Council | -
Listeners to Radio Lowfield's afternoon phone-in were asked a simple question on Tuesday: should the town's Victorian clock tower be moved to make way for the new bus interchange?
The response, presenter Hamza Qureshi said, was “⟦p:a|the busiest hour we've had since the floods⟧”.
One caller, Marguerite, from Ashby Vale, said she had been married under the clock in 1971. “⟦d:b|My husband proposed at the bottom of it and my daughter got engaged at the top of it, and now they want to put it in a car park?⟧” she said. “⟦d:b|Over my dead body, and I'm 79, so they might not have long to wait.⟧”
“⟦d:a|Marguerite, please don't say that on air,⟧” Qureshi replied.
Dennis, a bus driver from Lowfield, took the opposite view. “⟦d:c|I love the clock. I also drive round it forty times a day, and every one of those times somebody nearly dies,⟧” he said. “⟦d:c|Move it. Gently. Put it somewhere people can actually look at it.⟧”
Lowfield Borough Council said in a statement that “⟦p:e|no decision has been taken⟧” and that a public consultation would begin in May.
“⟦d:a|So there you have it,⟧” Qureshi told listeners at the end of the hour. “⟦d:a|No decision. Keep ringing.⟧”

### 017
@a Lucien Abara | the director
@b Fionn Gallagher | its star
The director Lucien Abara and his Lear have been arguing for six weeks, and neither of them seems to mind.
"⟦d:a|He thinks Lear is a tragedy about age. I think it's a tragedy about property,⟧" Abara said during a break in rehearsals at the Corn Exchange in Welbury. "⟦d:a|We're both right, which is the problem.⟧"
The production, which opens on Thursday, is Abara's first Shakespeare. Its star, Fionn Gallagher, 74, is sitting across the room eating an apple with great deliberation. "⟦d:b|He's wrong,⟧" he called over. "⟦d:b|But I like being told I'm wrong by someone half my age. It keeps the blood moving.⟧"
Abara sets the play in a failing family-owned department store. Gallagher's Lear is a retail magnate; his daughters sit on the board.
"⟦d:a|I wanted the audience to recognise the fight. Everybody has been in that room, or one like it, when somebody old has to hand over something they built,⟧" Abara, 37, said.
Asked whether he had any doubts about the concept, Gallagher put down the apple. "⟦d:b:m|Of course. I had doubts for about a week. I thought, a department store? Where's the heath? Where's the storm?⟧
"⟦d:b|Then Lucien showed me the storm. It happens in the loading bay, with the shutters up and the rain coming in. I went home and couldn't sleep. That's how I know it's right.⟧"

### 018
@a Mai Nguyen-Thompson | the chef behind Đêm in Calderport
@b - | my mother
@c Bernadette Lisle | a chef
Mai Nguyen-Thompson, the chef behind Đêm in Calderport, grew up above her parents' noodle shop and swore she would never work in a kitchen. Her first cookbook, “⟦s:-|Late Shift⟧”, is out this week. “⟦d:a|I broke the promise at nineteen,⟧” she says. “⟦d:a|I've been breaking it ever since.⟧”
**What's the first thing you remember eating?**
My grandmother's broken-rice porridge, eaten standing up, because there was never time to sit down.
**What did your parents say when you told them you wanted to cook?**
My mother said, “⟦d:b|Good, now you can do the washing-up properly.⟧” My father didn't speak to me for a month. Then he came to the restaurant, ate everything, and said it needed more fish sauce.
**Who taught you the most?**
A chef called Bernadette Lisle, who fired me twice. She used to say that a kitchen is “⟦p:c|a clock with knives in it⟧”. I still don't know exactly what she meant, but I think about it every day.
**What would you cook for your last meal?**
Something somebody else made. That's the whole point of a last meal.

### 019
@a Grace Mwangi | -
@b Harriet Lowe | -
“⟦s:-|Nine Months In⟧”, the pregnancy podcast presented by two former midwives, Grace Mwangi and Harriet Lowe, has become an unlikely hit, with more than two million downloads since it launched last spring.
In the latest episode, the pair tackle birth plans, a subject Mwangi describes as “⟦p:a|the most beautiful fiction ever written⟧”.
“⟦d:a|I love a birth plan. I've read thousands. I've seen maybe four go the way they were written,⟧” Mwangi tells listeners.
“⟦d:b|Five,⟧” Lowe interrupts. “⟦d:b|You're forgetting the twins in Leabridge.⟧”
“⟦d:a|The twins in Leabridge do not count. The second one arrived in the car park.⟧”
The episode includes a long, frank account by Lowe of her own first labour, during which, she says, she “⟦p:b|forgot every single thing I'd ever taught anybody⟧”.
“⟦d:b:m|I was a midwife of fourteen years' standing and I was screaming at a midwife of two years' standing to tell me what to do. And she did. She was brilliant.⟧
“⟦d:b|I sent her a card every year on my son's birthday until she told me to stop because it was getting weird.⟧”
Speaking to the Chronicle this week, Mwangi said the show's success had surprised them both. “⟦d:a|We thought our mums would listen. Our mums and maybe six other people,⟧” she said.

### 020
@a Rosa Delgado | the 83-year-old
@b Lucía | a paralegal who has been preparing the case at night
@c Carmen | her sister
@d Hollins Property Group | -
Rosa Delgado has lived in flat 4B of Marlowe Court for 52 years. She raised three children there, nursed her husband through his last illness there, and taught both of her granddaughters to dance the pasodoble in its narrow hallway. On March 1, she is due to be evicted.
"⟦d:a|They sent a letter. Two pages. Fifty-two years, two pages,⟧" the 83-year-old said, tapping the envelope on her kitchen table.
Her granddaughters, Lucía and Carmen, have spent the past four months fighting the eviction, first with letters, then with a petition that now has more than 6,000 signatures, and most recently in court.
"⟦d:b|Grandma won't say she's scared, so I'll say it for her,⟧" said Lucía, 31, a paralegal who has been preparing the case at night. "⟦d:b|She's scared. She doesn't sleep.⟧"
"⟦d:a|I sleep,⟧" her grandmother said.
"⟦d:b|You don't.⟧"
Her sister Carmen, 27, organised the petition from her phone during lunch breaks at the hospital where she works as a porter. "⟦d:c|I thought we'd get a few hundred names. Neighbours, her church, people like that,⟧" she said. "⟦d:c|Then someone shared it in a group for old dancers and it just exploded. There are people signing from Argentina.⟧"
Hollins Property Group, which bought Marlowe Court last year, said in a statement that it had offered all remaining tenants "⟦p:d|generous relocation packages⟧" and that the building required "⟦p:d|extensive refurbishment that cannot be carried out with residents in place⟧".
"⟦d:a|Generous,⟧" Rosa Delgado said, and laughed for the first time that afternoon.

### 021
@a Daniela Quispe | the Peruvian race walker
@b Aurelio Mamani | her coach
Daniela Quispe, the Peruvian race walker, crossed the line in the 20km with both arms raised, then sat down on the tarmac and wept.
“⟦d:a|Lo hice por mi mamá,⟧” she said, still sitting there, when a television reporter reached her. “⟦d:a|I did it for my mum.⟧”
Quispe, 26, grew up at 3,800 metres in a village above Lake Titicaca and trained for years on dirt roads with her coach, Aurelio Mamani, following on a bicycle.
“⟦d:b|She was fourteen and she was already faster than my bicycle on the hills,⟧” Mamani said through an interpreter. “⟦d:b|I told her mother: this girl is going somewhere. Her mother said: yes, she is going to school.⟧”
Both laughed when the story was repeated back to them.
“⟦d:a|My mother was right also,⟧” Quispe said in English. “⟦d:a|I finished school. Then I walked.⟧”
Asked about the heat, which reached 34C by the end of the race, she shrugged. “⟦d:a|At home we have no heat, we have altitude. Today I had oxygen. Oxygen is a gift.⟧”

### 022
@a Hilde Brandvold | the photographer
@b Marcus Oyelaran | a former picture editor at the Gazette
@c Sunniva Brandvold | her daughter
The photographer Hilde Brandvold, whose pictures of the 1987 Sørvik mine disaster became some of the most widely reproduced images of the decade, has died at her home in Halvik. She was 81.
Her daughter, Sunniva Brandvold, said she died peacefully on Sunday "⟦p:c|with the radio on and a camera within reach⟧".
Brandvold spent three days at the pithead in Sørvik in 1987, photographing the families who waited for news of 41 trapped miners. In 2004 she told the Halvik Gazette that she had almost gone home on the first night.
"⟦d:a|I thought, this is not my grief, I have no right to be here,⟧" she said then. "⟦d:a|A woman whose husband was underground came over with a flask of coffee and said, 'Stay. Somebody has to show them what this is.' So I stayed.⟧"
Marcus Oyelaran, a former picture editor at the Gazette, said she was "⟦p:b|completely fearless and completely kind, which is a rare combination in our trade⟧".
"⟦d:b|She'd be out in a blizzard at four in the morning and then come back and make soup for the whole newsroom,⟧" he said. "⟦d:b|I never saw her take a picture that humiliated anybody. Not once.⟧"
Her daughter said the family would scatter her ashes at Sørvik. "⟦d:c|She always said that was where she learned what the job was for,⟧" she said.

### 023
@a Ollie Grant | drummer
@b Sam Hartigan | singer
@c Jas Bhogal | guitarist
@d Nico Ferrante | bassist
It is two in the afternoon and the Pylons have just woken up. The four of them — singer Sam Hartigan, guitarist Jas Bhogal, bassist Nico Ferrante and drummer Ollie Grant — are sprawled across a hotel suite in Marburgh, surrounded by room-service trays and the faint smell of last night.
I ask how the tour is going. "⟦d:d|Define going,⟧" says Nico, from under a blanket.
"⟦d:b|It's going well,⟧" Sam says firmly. "⟦d:b|Ignore him. He's been like this since Antwerp.⟧"
"⟦d:d|Something happened in Antwerp,⟧" Nico mutters.
"⟦d:c|Nothing happened in Antwerp,⟧" says Jas. "⟦d:c|He lost a shoe.⟧"
The band's second album, "⟦s:-|Low Ceilings⟧", entered the charts at No 3 last month, a result that Ollie describes as "⟦p:a|basically a clerical error⟧".
"⟦d:a|We made it in a garage in six weeks. My dad kept coming in to get the lawnmower,⟧" he says. "⟦d:a|You can hear him on track four if you listen. He's saying 'sorry, lads'.⟧"
"⟦d:-|Is that true?⟧" I ask the others.
"⟦d:b|It's true,⟧" Sam says. "⟦d:b|We kept it because it's the best vocal on the record.⟧"

### 024
@a Gwilym Pritchard | -
@b Eirlys | his wife
@c Nia | their daughter
On a hill farm above Llanfrychan, Gwilym Pritchard is counting sheep the hard way, one at a time through a gate, in sideways rain.
“⟦d:a|Three hundred and twelve,⟧” he says eventually. “⟦d:a|There should be three hundred and fifteen. There are always three missing. It's a law of nature.⟧”
Pritchard, 58, his wife, Eirlys, and their daughter, Nia, are among dozens of families in the upper Tywen valley who say new rules on tree planting will force them to give up a fifth of their grazing land.
“⟦d:b|Nobody's against trees. We've planted two thousand ourselves,⟧” Eirlys said in the farmhouse kitchen, where a lamb was asleep in a box by the stove. “⟦d:b|What we're against is being told by someone who has never been up this hill which bit of it we should plant.⟧”
Nia, 24, came home from agricultural college last year intending to take over the farm one day. She is no longer sure it will be there to take over.
“⟦d:c|Dad keeps saying it'll work out. Mam keeps saying it won't. I'm somewhere in the middle, which is the worst place to be,⟧” she said.
Her father, coming in from the yard, overheard. “⟦d:a|It'll work out,⟧” he said.
“⟦d:b|It won't,⟧” said his wife.

### 025
@a Adaeze Nwankwo | the first woman to preside over the Norland Court of Appeal
@b Pieter van Aswegen | a barrister who appeared before her more than fifty times
@c - | one former clerk
Justice Adaeze Nwankwo, the first woman to preside over the Norland Court of Appeal, will sit for the last time on Friday after 22 years on the bench.
She is best known outside legal circles for her judgment in the Hartley Mills case, in which she wrote that “⟦p:a|a law that cannot be explained to the person it is applied to is not yet a law, only a trap⟧”.
In a rare interview in her chambers this week, she said she had rewritten that sentence “⟦p:a|perhaps thirty times⟧”.
“⟦d:a|I wanted a sentence a fourteen-year-old could read out loud,⟧” she said. “⟦d:a|Judges write for other judges far too often. The person who loses deserves to understand why.⟧”
Pieter van Aswegen, a barrister who appeared before her more than fifty times, said she was “⟦p:b|terrifying in the best way⟧”.
“⟦d:b|You could not bluff her. You could try, and she would let you get about two sentences in, and then she would ask one very quiet question and you'd be finished,⟧” he said.
One former clerk, who asked not to be named, remembered her reading every submission twice, once in chambers and once at home “⟦p:c|with a pencil and a cat⟧”.
Asked what she would do next, Nwankwo laughed. “⟦d:a|Read something with no footnotes.⟧”

### 026
@a Ruth Abernethy | a former ward sister at St Colm's Hospital
@b Graeme Reid | host
@c St Colm's Hospital Trust | -
A nurse who raised concerns about staffing on a surgical ward says she was "⟦p:a|frozen out⟧" by managers and eventually forced to resign.
Ruth Abernethy, 57, a former ward sister at St Colm's Hospital, told Channel 9's Morning Desk that she had filed more than 40 written complaints in two years.
"⟦d:a|Every one of them was acknowledged. Not one of them was answered,⟧" she said. "⟦d:a|After a while you start to wonder whether you're the problem.⟧"
Host Graeme Reid asked her whether she had considered going public sooner.
"⟦d:a|Every night. But I had patients. I kept thinking, if I go, who's going to be on that ward at three in the morning?⟧"
"⟦d:b|And now?⟧" Reid asked.
"⟦d:a|Now I'm not on the ward, so I can talk.⟧"
In a statement, St Colm's Hospital Trust said it "⟦p:c|takes all concerns raised by staff extremely seriously⟧" and that an independent review of staffing on the ward was "⟦p:c|already under way⟧".
Speaking after the programme, Abernethy said she had heard from "⟦p:a|dozens⟧" of nurses since the interview was broadcast.

### 027
@a Kofi Asante-Boateng | the 26-year-old from Eastwick
@b Emmanuel Asante | his uncle and trainer
@c Dariusz Wolański | his promoter
Kofi Asante-Boateng does not like talking about Saturday night. He prefers talking about Sunday morning, when he will, he says, «⟦p:a|be back in the gym with my face hurting, either way⟧».
The 26-year-old from Eastwick faces the European champion, Radu Ionescu, at the Marsden Arena in the biggest fight of his career. He has won all 17 of his professional bouts.
«⟦d:a|People keep asking if I'm nervous. Of course I'm nervous. If you're not nervous before a fight like this, you're stupid or you're lying,⟧» he said.
His uncle and trainer, Emmanuel Asante, has been in his corner since Asante-Boateng walked into his gym at the age of nine «⟦p:b|with no gloves and a lot of opinions⟧».
«⟦d:b|He fought everybody. In the playground, in the street, with his sisters,⟧» Asante said. «⟦d:b|I said, if you want to fight, come and do it properly. He came the next day. He hasn't left.⟧»
Asked what he had told his nephew about Ionescu, the trainer smiled. «⟦d:b|I told him the man has two hands like everybody else.⟧»
His promoter, Dariusz Wolański, was less restrained. «⟦d:c|Kofi is going to win this fight and then he is going to win a world title. Write it down,⟧» he said.
«⟦d:a|Don't write it down,⟧» Asante-Boateng said. «⟦d:a|Just come on Saturday.⟧»

### 028
@a Mathilde Ferrand | the French director
@b Noor El-Sayed | the actress
The French director Mathilde Ferrand was given a nine-minute standing ovation at the Valmont festival for her new film, “⟦s:-|Les Heures Bleues⟧”, about three generations of women running a laundrette in Marseille.
“⟦d:a|C'est un film sur le linge sale,⟧” Ferrand said at a press conference the following morning. “⟦d:a|It is a film about dirty laundry.⟧”
She said she had spent two years in laundrettes, “⟦p:a|listening, mostly, and folding other people's shirts⟧”, before writing the script.
“⟦d:a|Women talk in a laundrette in a way they don't talk anywhere else. There's a machine going round, nobody can leave for forty minutes, so you talk,⟧” she said through an interpreter.
The actress Noor El-Sayed, who plays the grandmother, said Ferrand had asked her to work real shifts before filming began.
“⟦d:b|I burned a man's trousers on the first day. He was very nice about it,⟧” El-Sayed said, to laughter. “⟦d:b|Mathilde said, ‘Good, now you know what it feels like to be bad at something in front of strangers.’ That became the whole character.⟧”
Asked whether the film was autobiographical, Ferrand smiled. “⟦d:a|My mother would say yes. I would say no. We are both lying.⟧”

### 029
@a Beatrice Mwale | -
@b Anna Lindgren | -
@c Chipo | Beatrice's other daughter
The first thing Anna Lindgren noticed was the hands.
"⟦d:b|She has my hands. Or I have hers, I suppose. The same crooked little finger,⟧" said Lindgren, 49, holding up her own to show.
Beatrice Mwale was 19 and living in a hostel in Brackwater when she gave up her baby daughter for adoption in 1975. She never told anybody, not her husband, not the two children she went on to have.
"⟦d:a|I thought about her every birthday. Every single one. I used to buy a cake and not tell anyone why,⟧" Mwale, now 68, said.
Last spring, Lindgren, who grew up in Sweden and now lives in Harwood, took a DNA test as a birthday present. Within a week she had a match, listed as a half-sister.
Beatrice's other daughter, Chipo, 40, said she read the message three times before phoning her mother. "⟦d:c|I said, Mum, is there something you want to tell me? And there was a very long silence,⟧" she said.
"⟦d:a|The longest silence of my life,⟧" her mother said. "⟦d:a|Then I told her everything. For two hours. She didn't interrupt once, which has never happened before or since.⟧"
"⟦d:c|That's true,⟧" Chipo said.
The three women met for the first time in June, at a café at Brackwater station. Anna brought photographs of her childhood; Chipo brought a cake.
"⟦d:b|I didn't know about the birthday cakes then,⟧" Lindgren said. "⟦d:b|When she told me, I had to go and stand outside for a minute.⟧"

### 030
@a Soraya Haddad | a marine ecologist at the University of Port Elsmere
@b - | one fisherman
Soraya Haddad, a marine ecologist at the University of Port Elsmere, has spent a decade counting seahorses in the Elsmere estuary. Her new book, «⟦s:-|Small Horses⟧», argues that the estuary's recovery is one of the great unreported conservation stories. She spoke to Jonah Pell. «⟦d:a|I'll warn you now, I will talk about seahorses until you stop me,⟧» she said as the interview began.
JP: How many seahorses are there in the estuary?
SH: At the last count, about 1,400. In 2013 we found eleven. Eleven! I cried on the boat.
JP: What changed?
SH: The mooring rules, mostly. Boats used to drop anchor anywhere and drag it through the seagrass. Now they use fixed moorings. It sounds boring. It is boring. It worked.
JP: Was there resistance?
SH: Enormous. One fisherman told me, «⟦d:b|You care more about those little fish than you do about my family.⟧» I understood why he said it. Two years later he was the one who phoned me when he found a pregnant male in his lobster pot.
JP: A pregnant male?
SH: The males carry the eggs. People always ask that. It's my favourite question.

### 031
@a Anjali Raghunathan | chief executive of Corvane Logistics
@b Corvane Logistics | -
@c Wendell Acheampong | the general secretary of the Freight Workers' Union
Anjali Raghunathan, chief executive of Corvane Logistics, eats lunch the way she apparently runs her company: quickly, with a spreadsheet open on her phone and one eye on the clock.
"⟦d:a|I've got forty minutes. I'm sorry. I know that's rude,⟧" she says, ordering the set menu without looking at it. "⟦d:a|If it helps, I give everybody forty minutes. Including my husband.⟧"
Raghunathan, 49, took over Corvane three years ago, when it was losing money on almost every route. It now turns a profit, a recovery the financial press has called "⟦s:-|the Corvane turnaround⟧" and which she calls, with visible irritation, "⟦p:a|a lot of very unglamorous decisions about lorries⟧".
I ask about the 1,100 jobs that went in the process. She puts the phone down.
"⟦d:a|Those were the worst months of my working life, and I don't expect anyone to feel sorry for me about that, because I still have a job,⟧" she says. "⟦d:a|But I'd do it again. The alternative was that everybody lost their job.⟧"
Wendell Acheampong, the general secretary of the Freight Workers' Union, does not accept that. "⟦d:c|There is always an alternative. The alternative is usually that the people at the top take less,⟧" he said when I called him afterwards.
Corvane Logistics said in a statement that it had "⟦p:b|consulted fully with employee representatives at every stage⟧".
When the forty minutes are up, she pays, apologises again, and is gone. The dessert menu is still on the table.

### 032
@a Aoife Brannigan | presenter
@b Thandiwe Mokoena | the poet
The poet Thandiwe Mokoena, whose collection «⟦s:-|Small Weather⟧» won the Ashdown Prize on Thursday, told listeners to «⟦s:-|Evening Books⟧» that she had nearly withdrawn it from the competition.
«⟦d:b|I didn't want to sit in a room in a good dress waiting to find out if I'd lost,⟧» Mokoena said. «⟦d:b|My publisher talked me out of it. She's very persuasive. She brought wine.⟧»
Presenter Aoife Brannigan asked about the book's final sequence, a set of poems addressed to Mokoena's late brother.
«⟦d:a|Were those difficult to read aloud tonight?⟧»
«⟦d:b|Yes. I read them in the car on the way here to get the crying out of the way. It mostly worked.⟧»
«⟦d:a|Mostly?⟧» Brannigan asked.
«⟦d:b|There's one line near the end. I can't read that one yet. Maybe next year,⟧» the poet said.
Mokoena, 38, who teaches English at a secondary school in Larkhill, said she would spend the £10,000 prize «⟦p:b|on a new boiler and a very small holiday⟧».

### 033
@a Tevita Halaholo | the flanker
@b Josh Pemberton | the 22-year-old fly-half
@c Warren Kidd | Head coach
Tevita Halaholo was still bleeding from a cut above his eye when he stopped in the mixed zone, and he did not seem to care.
"⟦d:a|We won. I'll get it stitched later,⟧" the flanker said. "⟦d:a|Honestly, I didn't notice until the doc grabbed me at half-time.⟧"
Halaholo, who made 23 tackles, said the victory over Dunlow was "⟦p:a|the most physical eighty minutes of my life⟧".
Josh Pemberton, the 22-year-old fly-half, kicked the winning penalty with two minutes left. He admitted he had not looked at the posts until the ball was in the air.
"⟦d:b|I looked at the grass. I always look at the grass. If I look at the posts I start thinking,⟧" Pemberton said. "⟦d:b|Tevs came over before I kicked and said, 'Just do what you do in training.' So I pretended it was a Tuesday.⟧"
Told about that, Halaholo laughed. "⟦d:a|I say that to him every time. I don't know what he does in training. I'm never watching.⟧"
Head coach Warren Kidd praised both men but warned that the side could not "⟦p:c|live on heart every week⟧".
"⟦d:c|We were lucky today. We won't always be lucky,⟧" he said.

### 034
@a Morwenna Trevail | the village postmistress
@b - | one regular
@c Jory Penhale | chairman of the parish council
@d - | a spokeswoman for Parcelline
For 39 years, Morwenna Trevail, the village postmistress, has sold stamps, weighed parcels, cashed pensions and, by her own admission, “⟦p:a|known far too much about everybody⟧” in St Kenna.
On Saturday she will close the post office counter in the corner of the village shop for the last time. No one has been found to take it on.
“⟦d:a|I've tried. I put a notice up in January. Two people asked about it and both of them wanted to know if they could do it from home,⟧” she said. “⟦d:a|You can't run a post office from home. People need somewhere to come and complain about the weather.⟧”
One regular, buying a single first-class stamp on Tuesday morning, said the village would be “⟦p:b|lost⟧” without her.
“⟦d:b|She knows when your hip's bad, she knows when your daughter's not phoned. She'll ask. Nobody else asks,⟧” the woman said.
Jory Penhale, chairman of the parish council, said councillors were “⟦p:c|looking at every option⟧”, including a mobile service twice a week.
“⟦d:c|It won't be the same, but it might be something,⟧” he said.
A spokeswoman for Parcelline, which operates the post office network, said the company was “⟦p:d|actively seeking a new operator⟧”.
Mrs Trevail said she planned to spend her retirement “⟦p:a|doing absolutely nothing, in a deckchair, with no parcels⟧”.

### 035
@a Marcus Feld | the podcast's host
@b Glenys Harcourt | a retired detective inspector who led the original investigation
@c Leonard Pask | the bus driver
The disappearance of Elsie Tarrant from a bus stop in Ormsby in 1994 has never been solved. This month it became the subject of "⟦s:-|Cold Stop⟧", a six-part podcast that has climbed to the top of the charts.
In the third episode, released on Monday, the podcast's host, Marcus Feld, interviews Glenys Harcourt, a retired detective inspector who led the original investigation.
"⟦d:a|You've said before that you think about this case every day. Is that literally true?⟧" Feld asks.
"⟦d:b|Literally. I drive past that bus stop to get to the shops. There's no other road,⟧" Harcourt replies.
She describes the night of the disappearance in detail: the rain, the faulty streetlight, and the bus driver, Leonard Pask, who told officers he had seen "⟦p:c|a girl in a yellow coat, maybe, I couldn't swear to it⟧".
"⟦d:b:m|That 'maybe' haunted me for years. If he'd said yes, we'd have had a timeline. If he'd said no, we'd have looked elsewhere. 'Maybe' is the worst word in policing.⟧
"⟦d:b|I went back to him four times. The fourth time he said, 'Inspector, I've thought about it so much I don't know what I saw any more.' And I believed him.⟧"
Feld asks whether she thinks the case will ever be solved. There is a long pause on the recording.
"⟦d:b|I think somebody knows. I've always thought somebody knows,⟧" she says.
Ormsby Constabulary said this week that the case remained open and urged anyone with information to come forward.

### 036
@a Akosua Darko | a principal with Caldermoor Ballet
@b Ilya Sorokin | the choreographer
Akosua Darko, a principal with Caldermoor Ballet, is sitting on the floor of Studio 3 with both feet in a bucket of ice, and she wants to talk about bread.
“⟦d:a|I've started baking. Sourdough. It's the only thing I've ever done where nobody is watching me and judging whether I did it beautifully,⟧” she says. “⟦d:a|The bread doesn't care if my arms were soft.⟧”
Darko, 31, will dance the lead in “⟦s:-|Ember⟧”, a new full-length work by the choreographer Ilya Sorokin, when it opens next month. It is the first time in the company's 60-year history that a Black woman has originated a principal role in a full-length ballet.
She is aware of what that means, and tired of being asked about it.
“⟦d:a:m|I know why people ask. I'd ask too. And I want the little girls in the audience who look like me to see it, of course I do. I was one of them.⟧
“⟦d:a:m|But I also want to be allowed to just dance the part. To be bad in rehearsal. To get it wrong on a Tuesday. Nobody writes a think-piece about a white dancer having a bad Tuesday.⟧
“⟦d:a|That's all I want. The right to a bad Tuesday.⟧”
Sorokin, who made the role for her, said he had “⟦p:b|no interest in symbols⟧”. “⟦d:b|I chose Akosua because she is the most musical dancer I have worked with in twenty years,⟧” he said. “⟦d:b|Everything else is for the newspapers.⟧”

### 037
@a Dariusz Nowak | -
@b Paweł | the elder
@c Marek | the younger
Dariusz Nowak opened Nowak Motors on Gravel Lane in 1989 with one ramp, a borrowed set of spanners and, he says, "⟦p:a|more confidence than sense⟧". Thirty-five years later his sons run the garage, and they cannot agree on whether it should start repairing electric cars.
The elder, Paweł, 44, thinks it is the only way to survive. "⟦d:b|Half the cars on this road will be electric in ten years. If we can't fix them, somebody else will,⟧" he said.
Marek, 41, the younger, is not convinced. "⟦d:c|The training costs a fortune, the kit costs a fortune, and the cars hardly ever go wrong. That's the whole point of them,⟧" he said. "⟦d:c|Paweł wants to spend forty grand to fix cars that don't break.⟧"
"⟦d:b|They break,⟧" his brother said.
"⟦d:c|Not enough.⟧"
Their father, now 70, still comes in three mornings a week and says he is staying out of it. He did not stay out of it for long.
"⟦d:a|When I started, people said the same thing about fuel injection. Too complicated, too expensive, it'll never catch on,⟧" he said. "⟦d:a|I learned it. My sons are cleverer than me. They'll learn this.⟧"
"⟦d:c|So you're on his side,⟧" Marek said.
"⟦d:a|I'm on the garage's side,⟧" said his father.

### 038
@a Terry Haworth | forklift driver
@b Bev | a dinner lady
@c - | a spokesman for National Jackpot
A forklift driver who scooped £8.2million on the National Jackpot says he'll be back at work on Monday — because "⟦p:a|somebody has to finish the stock take⟧".
Forklift driver Terry Haworth, 58, from Stanbridge, checked his ticket on his phone during a tea break and thought he had misread it.
"⟦d:a|I went to the lads and said, can you read that for me, I think I've gone funny,⟧" he said. "⟦d:a|Big Stevo read it out and then sat down on a pallet and didn't say anything for ten minutes.⟧"
His wife Bev, 56, a dinner lady, said she did not believe him until he came home at lunchtime, something he had never done in 31 years of marriage.
"⟦d:b|He walked in at half twelve and I thought somebody had died,⟧" she said. "⟦d:b|Then he said, we've won, and I said, won what, and he said, everything.⟧"
The couple plan to pay off their children's mortgages and buy a static caravan in Whitsand Bay. "⟦d:b|Not a big one. We're not flash,⟧" Bev added.
Terry added: "⟦d:a|And I'll be in on Monday. I've told the gaffer. He said I'm mad.⟧"
A spokesman for National Jackpot said the couple were "⟦p:c|among the most down-to-earth winners we've ever met⟧".

### 039
@a Zara Hakimi | -
@b Parisa Hakimi | her mother
@c Viktor Lanz | a grandmaster who has coached her since she was seven
Zara Hakimi is eleven, and she has just beaten a grandmaster. She would like to talk about her cat.
“⟦d:a|His name is Bishop, but he moves like a knight. Sideways and then sideways again,⟧” she said on Sunday, an hour after her victory at the Lindenfeld Open. “⟦d:a|That's a chess joke. Sorry.⟧”
Her win over the 46-year-old Hungarian Gábor Szentesi made her the youngest player ever to beat a grandmaster in tournament play in the country.
Her mother, Parisa Hakimi, who taught her the moves on a travel set when she was four, said she had not been able to watch the final hour.
“⟦d:b|I went outside and walked around the car park eleven times. I counted,⟧” she said. “⟦d:b|When I came back in, she was shaking his hand and I didn't know who had won. She had the same face.⟧”
Viktor Lanz, a grandmaster who has coached her since she was seven, said her greatest strength was “⟦p:c|a complete absence of fear⟧”.
“⟦d:c|Adults see a grandmaster and play the title. Zara sees a man with a board in front of him,⟧” he said.
Asked what she would do next, Zara considered the question seriously. “⟦d:a|Homework,⟧” she said. “⟦d:a|I have a spelling test on Tuesday.⟧”

### 040
@a Rafael Oyarzún | the architect
@b Carmen Vidaurre | his partner in the practice for 25 years
Rafael Oyarzún has brought his own pencil to lunch. It is a carpenter's pencil, flat and stubby, and by the time the starters arrive he has drawn the restaurant's floor plan on the back of the menu and circled the table where the light is best.
"⟦d:a|We're sitting in the wrong place,⟧" he announces. "⟦d:a|It's fine. It's lunch. I'll survive.⟧"
The architect, 63, is best known for the Carrow Library in Valdemora, a concrete building whose roof lifts at one corner "⟦p:a|like somebody raising a hat⟧", as he once put it. Critics called it "⟦s:-|the tipping hat⟧" and the name stuck.
I ask whether he minds the nickname. "⟦d:a|I minded for about a week. Now I sign letters with a little drawing of a hat,⟧" he says.
We talk about the library's leaking roof, which has been the subject of a long dispute with the city. He is less cheerful about that.
"⟦d:a:m|Every building leaks somewhere. People think architects are magicians. We're not. We're people who draw lines and hope the builders read them.⟧
"⟦d:a|That roof leaked because someone changed the membrane to save eleven thousand euros. I have the letter. I'll say no more.⟧"
He says more, at some length, and then asks me not to print it.
His partner in the practice for 25 years, Carmen Vidaurre, says Oyarzún is "⟦p:b|a genius and a nightmare, in that order, most days⟧". "⟦d:b|He draws on everything. Napkins, receipts, my hand once,⟧" she told me. "⟦d:b|I've learned to hide the tablecloths.⟧"

### 041
@a Ros Kavanagh | presenter
@b Helga Brunsvik | a dairy farmer from Ostervik
@c Mairéad Coyle | a sheep farmer in the Corrabeg hills
On this week's «⟦s:-|Field and Fold⟧», presenter Ros Kavanagh asked two farmers how they were coping with the wettest spring on record.
Helga Brunsvik, a dairy farmer from Ostervik, said her cows had not been out to grass since October. «⟦d:b|They're bored, I'm bored, the vet is bored of coming out to them,⟧» she said. «⟦d:b|We're all just standing in a shed looking at the rain.⟧»
Mairéad Coyle, a sheep farmer in the Corrabeg hills, said she had lost 40 lambs to the cold in a single week. «⟦d:c|You do everything right and it still happens. That's the part that gets you,⟧» she said.
«⟦d:a|Is there any help out there? Is anybody listening?⟧» Kavanagh asked.
«⟦d:c|There's a scheme. There's always a scheme. It's forty pages long and it closes on a Friday,⟧» Coyle replied.
Brunsvik agreed. «⟦d:b|I've filled in three forms this month. I'd rather fill in a ditch.⟧»
Kavanagh ended the segment by asking both women whether they would advise a young person to go into farming. «⟦d:b|Yes,⟧» said Brunsvik. «⟦d:c|Not this year,⟧» said Coyle.

### 042
@a Lars Vindevogel | the 28-year-old Belgian
@b Team Alvera | -
@c Iñaki Berasategui | Team director
@d Tomás Quiroga | his teammate
Lars Vindevogel has abandoned the Tour of the Alps after crashing heavily on the descent of the Passo Ferrano on Wednesday, ending his hopes of a first podium in a stage race of this length.
Team Alvera said in a statement that the 28-year-old Belgian had suffered "⟦p:b|a fractured collarbone and multiple abrasions⟧" and would undergo surgery on Thursday.
Vindevogel posted a photograph of himself in a hospital bed on social media a few hours later. "⟦d:a|Not how I wanted this week to end. Thank you for all the messages. I'll be back,⟧" he wrote.
His teammate Tomás Quiroga, who stopped on the descent to wait with him, said he had not hesitated. "⟦d:d|I saw him go down and I just stopped. I didn't think about the race,⟧" Quiroga said. "⟦d:d|He was talking, he was swearing, so I knew he was OK in his head.⟧"
Team director Iñaki Berasategui said the crash happened on a section of road that riders had warned organisers about before the stage.
"⟦d:c|We said this morning that the surface was dangerous. Everybody said it. Nobody listened,⟧" Berasategui told reporters at the finish. "⟦d:c|Now we have a rider in hospital. I hope someone is listening now.⟧"
Race organisers did not respond to a request for comment.

### 043
@a Dermot Ó Faoláin | the poet
@b Una | his wife
The poet Dermot Ó Faoláin has written, by his own reckoning, ``⟦p:a|about nine hundred poems, of which maybe thirty are any good⟧''. He is 88 and has just published his fourteenth collection.
``⟦d:a|People ask me when I'll stop,⟧'' he said at the cottage outside Dunlachan where he has lived since 1961. ``⟦d:a|I tell them I'll stop when the poems stop coming. They haven't had the decency to stop yet.⟧''
He writes every morning at a kitchen table covered in oilcloth, by hand, in green ink. His wife, Una, types the poems up in the afternoon and, he says, ``⟦p:a|corrects the spelling and occasionally the sense⟧''.
``⟦d:b|He can't spell harbour. Sixty years and he still can't spell harbour,⟧'' Una said, setting down a pot of tea.
``⟦d:a|I can spell it. I choose not to,⟧'' her husband said.
Asked which of his poems he would keep if he could keep only one, Ó Faoláin did not hesitate. ``⟦d:a|The one I write tomorrow,⟧'' he said.

### 044
@a Priyanka Dasgupta | the comedian
@b Rekha | -
@c - | a man at the back
@d - | one reviewer
The comedian Priyanka Dasgupta is about to take her third solo show, "⟦s:-|Aunty Knows Best⟧", on a 40-date tour. She talked to us between two gigs in Hallbridge. "⟦d:a|I've been doing this for eleven years and I still throw up before every show,⟧" she says. "⟦d:a|It's very glamorous.⟧"
**Your mother appears in every show. Does she know?**
She knows. Mum, Rekha to her friends, comes to every opening night, sits in the front row and says "⟦d:b|that's not how it happened⟧" loudly during the bits about her.
**What's the worst gig you've ever done?**
A corporate awards night for a company that made roof tiles. I did twenty minutes to total silence and then a man at the back shouted, "⟦d:c|Do the one about the tiles!⟧" There was no one about the tiles.
**Do you read reviews?**
Only the bad ones, which is the wrong way round. One reviewer called my last show "⟦p:d|pleasant⟧". I had that word tattooed on my ankle.
**What's next?**
Sleep. Then probably a show about sleep.

### 045
@a Abdul Wahid Haidari | a former schoolteacher from Herat
@b Farid | his son
@c Omid | the younger of the brothers
@d Hazel Tranter | coordinator of the Penmore Welcome Project
Abdul Wahid Haidari, a former schoolteacher from Herat, taught English for 19 years. When he arrived in Penmore with his two sons in 2022, he discovered that nobody could understand a word of it.
“⟦d:a|I learned English from books. Very correct books, from 1970,⟧” he said, smiling. “⟦d:a|The first man I spoke to here, at the bus stop, I said, ‘Good afternoon, sir, might you direct me to the omnibus?’ He looked at me like I was from the moon.⟧”
His son Farid, 16, who now speaks with an unmistakable Penmore accent, finds this very funny.
“⟦d:b|Dad talks like a Victorian. I talk like a bus driver. Between us we're one normal person,⟧” Farid said.
Omid, 12, the younger of the brothers, was more interested in talking about football. “⟦d:c|I'm a left-back. Penmore Juniors. We lost 7-1 on Saturday but I didn't make any of the seven mistakes,⟧” he said.
“⟦d:b|He made three of them,⟧” his brother said.
“⟦d:c|Two.⟧”
Hazel Tranter, coordinator of the Penmore Welcome Project, which found the family a flat and helped Mr Haidari requalify as a teaching assistant, said the family had become “⟦p:d|part of the furniture⟧” at the project's Thursday drop-in.
“⟦d:d|Abdul Wahid brings biscuits every week. Nobody asked him to. He just does,⟧” she said.

### 046
@a Helena Marchetti-Boyle | the Civic Alliance leader
@b Tobias Renn | her campaign manager
@c - | one senior party figure
@d - | a voter in a Welmouth Town scarf
Helena Marchetti-Boyle, the Civic Alliance leader, has been on the road for nineteen days, and her voice is going.
"⟦d:a|I sound like a cement mixer. Don't worry, it's very relatable,⟧" she croaked to a crowd of about 200 in the car park of a garden centre outside Welmouth on Tuesday.
The crowd was smaller than her team had hoped for. Her campaign manager, Tobias Renn, blamed the weather. "⟦d:b|It's raining sideways and two hundred people came out to stand in a car park. I'll take that every day,⟧" he said.
Not everyone in the party is so sanguine. One senior party figure, speaking on condition of anonymity, said the campaign had "⟦p:c|peaked in the first week⟧" and that there was "⟦p:c|real anxiety⟧" about the polls.
"⟦d:c|Everybody's being very polite in public. In private, people are counting seats they thought were safe,⟧" the figure said.
After the rally, Marchetti-Boyle spent forty minutes shaking hands. A voter in a Welmouth Town scarf asked her what she would do about the closure of the local maternity unit.
"⟦d:d|My daughter had to drive fifty miles in labour. Fifty miles,⟧" the woman said.
"⟦d:a|That should never happen, and I'm sorry it happened to her,⟧" Marchetti-Boyle replied. "⟦d:a|Reopening units like yours is in the first hundred days. You can hold me to that.⟧"
"⟦d:d|I will,⟧" the woman said.

### 047
@a Winston Ferreira | the headteacher
@b Leah Castellano | -
@c Kwame Asiedu | a firefighter who was in Mr Ferreira's first class
When Winston Ferreira arrived at Ashcombe Primary in 1991, the school had 84 pupils, a leaking roof and, in his words, “⟦p:a|a staffroom that smelt of despair and instant coffee⟧”.
Thirty-three years later, as he prepares to retire, it has 410 pupils, a new roof, and a staffroom that smells, he insists, “⟦p:a|only of instant coffee⟧”.
“⟦d:a|I never meant to stay this long. I meant to stay five years and then go and do something important,⟧” the headteacher said. “⟦d:a|It took me about twenty years to work out that this was the important thing.⟧”
Leah Castellano was in Year 3 when Mr Ferreira arrived. She now teaches Year 3 at Ashcombe, in the same classroom.
“⟦d:b|He still calls me Leah Castellano, full name, like I'm about to get told off,⟧” she said. “⟦d:b|I'm forty-one. I've got a mortgage. I still stand up straight when he walks in.⟧”
Kwame Asiedu, a firefighter who was in Mr Ferreira's first class, said he remembered being sent to the head's office “⟦p:c|roughly once a week⟧”.
“⟦d:c|He never shouted. He just looked at you over his glasses and said, ‘Well?’ And you'd tell him everything,⟧” Asiedu said. “⟦d:c|I've been in burning buildings that frightened me less.⟧”

### 048
@a Giorgio Ansaldi | the winemaker
@b Lucia | his daughter
@c - | a neighbour
On a steep slope above the village of Morcione, Giorgio Ansaldi is talking to his vines. Not metaphorically: he is actually talking to them, in dialect, as he walks the rows.
«⟦d:a|They listen better than my children,⟧» the winemaker said, straightening up with a hand on his back. «⟦d:a|Also they don't answer back. Well. Sometimes they answer back with hail.⟧»
Ansaldi, 74, makes about 6,000 bottles a year from three hectares his family has farmed since 1887. For the past decade he has been arguing, amiably and constantly, with his daughter, Lucia, who trained as an oenologist in Bordeaux, about almost everything.
«⟦d:b|He thinks science is a French disease,⟧» Lucia said. «⟦d:b|I think his way of doing things is beautiful and about forty per cent superstition.⟧»
«⟦d:a|Sixty per cent,⟧» her father corrected. «⟦d:a|And the superstition works.⟧»
A neighbour, who has bought Ansaldi's wine by the demijohn for thirty years, described it as «⟦p:c|the kind of wine you drink with people you like⟧». «⟦d:c|It's not fancy. It's honest. Like him, mostly,⟧» he said.

### 049
@a Rory Dunphy | -
@b Marcus Oduya | -
@c - | one listener
“⟦s:-|The Back Four⟧”, the football podcast hosted by the former Carlow Wanderers defenders Rory Dunphy and Marcus Oduya, has spent most of this week's episode arguing about a goal that was scored in 2006.
“⟦d:a|It was offside. I was there. I was literally the man playing him onside, so I should know,⟧” Dunphy insists.
“⟦d:b|If you were playing him onside, it wasn't offside, was it?⟧” Oduya replies. “⟦d:b|That's what onside means, Rory.⟧”
There is a long pause on the recording.
“⟦d:a|I'm going to need to think about that,⟧” Dunphy says eventually.
The exchange has been clipped and shared more than 400,000 times. One listener wrote on the show's forum that it was “⟦p:c|the greatest moment in the history of sports broadcasting⟧”.
Oduya, 39, said on Thursday that he and Dunphy had been having the same argument “⟦p:b|for eighteen years, in dressing rooms, in pubs, at my wedding⟧”.
“⟦d:b|He brought it up in his best man's speech. My nan was there. She didn't know what offside was. She does now,⟧” he said.

### 050
@a Emeka Obiora | a paediatric heart surgeon at the Royal Calder Infirmary
@b Sinéad Mulvey | -
Emeka Obiora, a paediatric heart surgeon at the Royal Calder Infirmary, has operated on more than 3,000 children. He remembers, he says, "⟦p:a|every single one who didn't make it, and most of the ones who did⟧".
We meet in a hospital canteen at 7am, after he has been up for most of the night with a newborn who arrived by helicopter. He is eating porridge at great speed.
"⟦d:a|Sorry. If I don't eat now I won't eat until four,⟧" he says.
I ask him how he copes with the days that go badly. He puts the spoon down.
"⟦d:a:m|I go and tell the parents myself. I never send anyone else. That's the rule I made when I was a registrar and I watched a consultant send a junior to do it.⟧
"⟦d:a|Then I go home and I cook. Something complicated, with a lot of chopping. My wife knows. When there are seven kinds of vegetable on the table she doesn't ask.⟧"
"⟦d:-|And the good days?⟧" I ask.
"⟦d:a|On the good days I get a drawing. Children draw me with a cape. I've got forty-one capes on my office wall.⟧"
Sinéad Mulvey's son, Oisín, had surgery with Obiora when he was eleven days old. He is now nine. "⟦d:b|Oisín thinks Mr Obiora is a superhero. I think he's right,⟧" she said. "⟦d:b|We send him a photo every birthday. He always writes back.⟧"

### 051
@a Mei-Ling Zhao | an accountant from Harrowfield
@b Corrie Fell Mountain Rescue Team | -
@c Gareth Pugh | Team leader
A hillwalker who spent two nights trapped in a gully on Scar Crag after breaking her ankle says she survived by "⟦p:a|eating one jelly baby every hour and singing the whole of Les Misérables, twice⟧".
Mei-Ling Zhao, 52, an accountant from Harrowfield, was found by a search dog on Monday morning, 41 hours after she was reported missing.
"⟦d:a|I knew they'd come. I just didn't know when, and I only had fourteen jelly babies,⟧" she said from her hospital bed on Tuesday. "⟦d:a|I was down to three when I heard the dog.⟧"
Corrie Fell Mountain Rescue Team said 38 volunteers had taken part in the search, in what it described as "⟦p:b|some of the worst conditions we have seen this winter⟧".
Team leader Gareth Pugh said Ms Zhao had done "⟦p:c|everything right⟧" after the fall. "⟦d:c|She stayed put, she kept warm, she kept her head. That's what saved her,⟧" he said. "⟦d:c|And the singing helped. The dog heard her before we did.⟧"
The dog, a four-year-old collie named Moss, was rewarded with a sausage.
"⟦d:a|I'm going to send him a crate of them,⟧" Zhao said.

### 052
@a Joyce Amankwah | -
@b Abena | her eldest daughter
@c Efua | the middle daughter
@d Adjoa | the youngest
Three sisters, their mother and 47 other voices: the Holloway Gospel Singers have rehearsed every Wednesday night in the same church hall for 28 years, and on Saturday they will sing at the Westgate Concert Hall.
Joyce Amankwah founded the choir in 1996, two years after arriving from Kumasi, because she “⟦p:a|missed singing more than I missed my own mother⟧”.
“⟦d:a|I put a notice in the launderette. Six people came. Three of them were my daughters, and they didn't have a choice,⟧” she said.
Her eldest daughter, Abena, was eleven then. “⟦d:b|I wanted to go to the youth club. Mum said, you can go to the youth club when you can hold a harmony,⟧” Abena, now 39, said. “⟦d:b|I'm still waiting to go to the youth club.⟧”
Efua, the middle daughter, is now the choir's musical director, a role her mother handed over three years ago with what Efua calls “⟦p:c|a great deal of public grace and private commentary⟧”.
“⟦d:c|She sits in the front row with her arms folded. If she unfolds them, I know we're good,⟧” Efua said.
“⟦d:a|I unfolded them twice last month,⟧” her mother said.
The youngest, Adjoa, sings alto and says she has “⟦p:d|never once⟧” been allowed a solo. “⟦d:d|I'm the baby. The baby doesn't get solos. That's the law in this family,⟧” she said.
“⟦d:c|That's not the law. You're just flat,⟧” said Efua.

### 053
@a Kim Seo-yeon | the 22-year-old
@b Oskar Lindahl | the team's manager
@c - | one reporter
Kim Seo-yeon, known to her three million followers as "⟦s:-|Halcyon⟧", became the first woman to win the Kessler Cup on Sunday, beating the defending champion 3-1 in front of a sold-out crowd at the Havenhal arena in Draaswijk.
"⟦d:a|My hands were shaking the whole time. You can't see it on the stream, but they were,⟧" the 22-year-old said afterwards.
At the post-match press conference, one reporter asked whether she felt she had "⟦p:c|proved the doubters wrong⟧".
"⟦d:a|I don't think about the doubters. I think about the next round,⟧" Kim said. "⟦d:a|If I thought about the doubters I would never sleep.⟧"
"⟦d:c|But you've seen what people write about you?⟧" the reporter pressed.
"⟦d:a|I've seen it. I muted it. Muting is a skill too.⟧"
The team's manager, Oskar Lindahl, said she practised ten hours a day "⟦p:b|and then another two when everyone else has gone to bed⟧".
"⟦d:b|She is the hardest worker I've ever managed. Also the quietest. Until she wins, and then you cannot stop her talking,⟧" he said.

### 054
@a Jimmy Galbraith | a riveter for 23 years
@b Tam Docherty | -
@c Ishbel Rennie | the documentary's producer
In 1974 the Kelvinhaugh yard in Port Alder employed 6,000 men. Today the site is a retail park. “⟦s:-|The Last Launch⟧”, a new radio documentary, brings together some of those who worked there to remember the day the final ship went down the slipway.
“⟦d:a|The whole town came. Wives, weans, the priest. Everybody knew it was the last one and nobody said it,⟧” says Jimmy Galbraith, 81, a riveter for 23 years.
Tam Docherty, 79, who served his apprenticeship alongside him, remembers the silence afterwards. “⟦d:b|Usually when a ship went in, there was a roar. That day there was just the water. Then somebody started clapping, very slowly, and then everybody did,⟧” he says.
“⟦d:a|That was me,⟧” Galbraith says. “⟦d:a|I started the clapping.⟧”
“⟦d:b|It was not you. It was wee Hughie Mair.⟧”
“⟦d:a|Hughie Mair was in the pub.⟧”
The documentary's producer, Ishbel Rennie, said she had kept the argument in the final cut deliberately. “⟦d:c|They've been having that argument for fifty years. It felt wrong to settle it for them,⟧” she said.

### 055
@a Yolanda Achterberg | the actress
@b - | my agent
The actress Yolanda Achterberg, 58, has played queens, murderers and, in her breakthrough role, a lighthouse. Her new film, "⟦s:-|The Quiet Year⟧", is the first comedy she has made in two decades. She spoke to Dominic Sayers. "⟦d:a|Ask me anything except my age,⟧" she said. "⟦d:a|Which you've already printed.⟧"
DS: Is it true you played a lighthouse?
YA: In 1989, in a fringe play called "⟦s:-|Beam⟧". I had a torch on my head. It was the best reviewed thing I've ever done, which tells you everything about critics.
DS: Why a comedy, after all this time?
YA: My agent said, "⟦d:b|Yolanda, you've died in eleven films in a row. People are starting to worry.⟧" So I said yes to the first script where nobody dies.
DS: Do you watch your own films?
YA: Never. My husband watches them and tells me which bits to be embarrassed about.

### 056
@a Esther Jelagat | the 27-year-old Kenyan
@b Mercy Jelagat | her older sister
@c Hendrik Vos | Race director
Esther Jelagat won the Aldenburg Marathon on Sunday in 2:19:41, the fastest time ever run on the course, and then spent most of her victory interview talking about her sister.
"⟦d:a|Without Mercy, no record. Maybe no win,⟧" the 27-year-old Kenyan said. "⟦d:a|She pulled me for thirty kilometres and then she said, go, and I went.⟧"
Her older sister, Mercy Jelagat, who acted as a pacemaker, dropped out at 30km as planned. She watched the finish on a screen in the medical tent, wrapped in a foil blanket.
"⟦d:b|I was shouting at the television. The doctors thought something was wrong with me,⟧" she said. "⟦d:b|Something was wrong with me. I was very happy.⟧"
The sisters grew up on a tea farm in the Rift Valley and began running to school together, eight kilometres each way. Asked whether she would one day race her sister for the win, Mercy laughed. "⟦d:b|Never. She is faster. I am older. The older one carries the water,⟧" she said.
Race director Hendrik Vos said the result would "⟦p:c|put Aldenburg on the map⟧". "⟦d:c|We have been saying for years that this is a fast course. Now Esther has proved it for us,⟧" he said.

### 057
@a Ignacio Paredes | -
@b - | one customer
@c Priya | a student who would give only her first name
@d Haverford City Council | -
Ignacio Paredes has parked his orange food truck outside Haverford station every weekday for seven years. From next month, under new city rules, he will need a permit that costs £4,800 a year.
“⟦d:a|That's more than the truck is worth,⟧” he said on Wednesday, flipping empanadas. “⟦d:a|I'm not joking. I bought it for three thousand. It has a door that only opens if you kick it.⟧”
He demonstrates. The door opens.
The queue, which stretched to the taxi rank at lunchtime, was firmly on his side. “⟦d:b|He's the only person in this city who knows my name and my order,⟧” one customer said. “⟦d:b|Take the permit off the chain coffee shops, not him.⟧”
Priya, a student who would give only her first name, said she had eaten there “⟦p:c|probably four hundred times⟧”. “⟦d:c|I'm not exaggerating. I did the maths once because I was worried,⟧” she said.
Haverford City Council said the permit scheme was designed to “⟦p:d|ensure fairness and safety for all street traders⟧” and that a hardship fund was available.
“⟦d:a|Hardship fund,⟧” Paredes repeated. “⟦d:a|I'll apply. I'll tell them the door story.⟧”

### 058
@a Anselm Kettering | the clockmaker
@b Hilde Voss | his apprentice
The clockmaker Anselm Kettering has repaired the town hall clock in Wendmoor eleven times, and he says it has never once been his fault.
``⟦d:a|The clock is fine. It's the pigeons,⟧'' he said, climbing the last of 96 steps to the clock room. ``⟦d:a|They sit on the minute hand. Two pigeons is enough to make it run four minutes slow.⟧''
Kettering, 77, has been the town's clockmaker for half a century. His workshop on Mill Street contains, by his estimate, ``⟦p:a|about three hundred clocks, of which four are mine and the rest belong to people who have forgotten about them⟧''.
His apprentice, Hilde Voss, 23, joined him two years ago after finishing an engineering degree. ``⟦d:b|My friends went to work for car companies. I came to work for a man who talks to pigeons,⟧'' she said.
``⟦d:a|I don't talk to them,⟧'' Kettering said. ``⟦d:a|I reason with them.⟧''
``⟦d:b|He shouts at them,⟧'' said Voss.

### 059
@a Euan MacAulay | -
@b Iain | his son
@c Calum | Iain's son
Three generations of the MacAulay family have looked after the light on Eilean Dubh. Euan MacAulay, 86, was its last resident keeper before the light was automated in 1987. His son, Iain, 58, maintained the automated system for the Lighthouse Commission for thirty years. Now Iain's son, Calum, 27, has taken over the job.
"⟦d:a|When I started, you lived on the rock. Six weeks on, two weeks off, and the wife and weans on the mainland wondering if you were alive,⟧" Euan said, in the kitchen of the family house at Baile Mòr.
"⟦d:b|He says that like it was a hardship. He loved it,⟧" said Iain. "⟦d:b|He used to come home and sit in the garden looking at the sea. Two weeks off and he'd spend them looking at the sea.⟧"
"⟦d:a|I was checking the light.⟧"
"⟦d:b|You were checking the light from twelve miles away.⟧"
Calum now visits the lighthouse by boat once a month and monitors it from a laptop the rest of the time. His grandfather considers this "⟦p:a|not keeping, just watching⟧".
"⟦d:c|He's not wrong. I'm a technician, really,⟧" Calum said. "⟦d:c|But when I go out there and climb up to the lamp, I feel it. Whatever it is that he felt. It's still in the building.⟧"
His grandfather said nothing for a moment. "⟦d:a|That's it,⟧" he said. "⟦d:a|That's keeping.⟧"

### 060
@a Zofia Kamińska-Reyes | the translator
@b Ferran Oliu | the Catalan novelist
The translator Zofia Kamińska-Reyes spent three weeks on a single word. The word was «⟦s:-|enyorança⟧», and it appears on the first page of Ferran Oliu's novel «⟦s:-|The Orchard in Winter⟧», which she has translated from Catalan.
«⟦d:a|Everyone says it means longing. It doesn't just mean longing. It's longing with a roof on it, longing that has a home address,⟧» she said.
She tried «⟦s:-|homesickness⟧», «⟦s:-|yearning⟧» and, briefly, «⟦s:-|the ache⟧», before deciding to leave the word in the original.
«⟦d:a|I wrote to Ferran and asked him what he would do. He said, ‘You're the translator, that's your problem.’ Which is true, and also very unhelpful,⟧» she said, laughing.
The Catalan novelist Ferran Oliu, reached by phone, confirmed the exchange. «⟦d:b|I trust her more than I trust myself in English. My English is for ordering coffee,⟧» he said. «⟦d:b|If she says the word stays, the word stays.⟧»
The book was longlisted on Monday for the Haldane Translation Prize. Kamińska-Reyes said she would celebrate «⟦p:a|with one glass of wine and an argument with my editor about commas⟧».

### 061
@a Sadie Okonkwo | the Harlow Vale captain
@b Ruby Okonkwo | her twin sister
@c Denise Okonkwo | their mother
@d Lorna Whyte | the Redmarsh manager
When Harlow Vale play Redmarsh City in the Women's Cup semi-final on Sunday, the two players most likely to be marking each other will have shared a bedroom for fifteen years.
Sadie Okonkwo, the Harlow Vale captain, and her twin sister Ruby, who joined Redmarsh in the summer, have never played against each other in a competitive match.
“⟦d:a|We've played against each other every day of our lives. In the garden, in the hall, in the car once, which Mum still hasn't forgiven,⟧” Sadie said. “⟦d:a|It's just that this time there'll be a referee.⟧”
Ruby Okonkwo laughed when this was put to her. “⟦d:b|A referee would have been useful in the garden,⟧” she said. “⟦d:b|She fouled me for fifteen years and nobody did anything about it.⟧”
Their mother, Denise Okonkwo, has bought two shirts and plans to wear one on top of the other. “⟦d:c|Half-time, I'll swap them round,⟧” she said. “⟦d:c|I've done the maths. Whoever's losing at half-time gets the top shirt.⟧”
The Redmarsh manager, Lorna Whyte, said she had considered the twins' history when planning for the match, and then decided to ignore it. “⟦d:d|They know each other's game better than I know either of them. I'm not going to get in the middle of that,⟧” she said.
Asked separately who would win, the sisters gave the same one-word answer. “⟦d:a|Me,⟧” said Sadie. “⟦d:b|Me,⟧” said Ruby.

### 062
@a Benedek Szalai | the puppeteer
@b Orsolya Szalai | his wife and business partner
@c - | one mother in the front row
The puppeteer Benedek Szalai carries his entire theatre in the back of a Škoda estate: a folding proscenium, a painted sky, and 31 puppets, each in its own pillowcase.
``⟦d:a|They travel better than I do,⟧'' he said, unpacking outside the village hall in Thornbury Green. ``⟦d:a|I have a bad back. They have no backs at all. Some of them have no legs.⟧''
Szalai, 69, trained at the state puppet theatre in Budapest and has toured the villages of Wessex with his one-man show, ``⟦s:-|The Baker's Moon⟧'', for 24 years.
His wife and business partner, Orsolya Szalai, sells the tickets, runs the lights and, she says, ``⟦p:b|does all the voices he is too proud to do⟧''.
``⟦d:b|He can't do children. His children all sound like tax inspectors,⟧'' she said. ``⟦d:b|So I do the children.⟧''
I asked him the question every touring performer dreads. ``⟦d:-|Do you ever think about giving it up?⟧''
``⟦d:a|Every winter. Then it is spring and the car starts,⟧'' he said.
After the show, one mother in the front row said her daughter had not blinked for 50 minutes. ``⟦d:c|I've never seen her sit still that long. Not even for the television,⟧'' she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh165.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh165",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
