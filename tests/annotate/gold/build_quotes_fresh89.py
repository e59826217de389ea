# ruff: noqa: E501
"""Build ``quotes_fresh89.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts (questions in bold, ``Q:`` /
``A:``, initials or names as labels), podcast and radio interviews, sports and arts
interviews, press conferences, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names, often
by reporters who ask their own questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh89-NNN``.

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
  it (``Her mother, Rose Chepkoech, a former 1,500m runner …``): the appositive is the
  description. A title or relational phrase before the name alone (``Presenter …``,
  ``His trainer, …``, ``Bernard's niece, Colette``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue or in the next sentence (``the 66-year-old``,
  ``the Paralympic champion``), that description is taken.
* A non-restrictive relative clause after an appositive (``Paul Strand, the bassist,
  who now teaches …``) is not part of the description; a restrictive one is (``a
  listener who works as a night porter``).
* A wire or tabloid lead that describes a person before naming them (``A Chilean
  climber who spent two nights …``) introduces them: that noun phrase, whole, is the
  description.
* Relatives introduced by first name only (``The youngest, Javed``; ``Dan's boy,
  Kit``) have that first name as the speaker even where the surname is obviously
  shared; a person named in full is named in full even where the cue uses only the
  first name (``Derek said`` → ``Derek Amesbury``).
* An unnamed person given a name by the passage (``One caller, who gave her name only
  as Pat``) has that name as the speaker and the unnamed phrase as the description.
* An organisation named elsewhere in the passage and cued by a definite phrase
  (``The council said``) has its name as the speaker and that phrase as the
  description; cued by its own name, it has no description.
* Questions by a first-person writer (``I ask``), quoted or not cued at all but plainly
  theirs, are ``direct`` with speaker and description null; a named host's, presenter's
  or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* In transcripts (``Q:`` / ``A:``, bold questions, initials or names as labels), the
  unquoted turns are not annotated. Quotation marks inside a turn are: words the
  turn's speaker attributes to someone else belong to that person (``My editor, Gwen
  Tallis, kept saying, "…"``), the speaker's own words quoted back are theirs, and
  headline wording or words discussed as words are ``scare``.
* Fragments quoted from an unidentified document are ``partial`` with a null speaker
  and, where the passage describes the document (``a 1952 government leaflet``), that
  phrase as the description.
* A poem or card read out by its author is that author's ``direct`` speech; a nickname
  inside a name (``Wayne "The Hammer" Doyle``) is ``scare``.
* Ecclesiastical and military styles and ranks (``the Rt Rev``, ``Lieutenant
  General``) are not part of the name; a rank standing alone before the name is the
  description, like any role title.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh89.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh89.jsonl")

PASSAGES = """
### 001
@a Ibrahim Sesay-Holt | the founder of Corvane Air
@b - | One former executive
Ibrahim Sesay-Holt, the founder of Corvane Air, arrives at Pellow's eleven minutes late, apologises twice, and orders the cheapest thing on the menu before he has taken off his coat. “⟦d:a|Habit,⟧” he says, when I raise an eyebrow. “⟦d:a|Twenty years of telling people that every penny goes on the fare. You can't switch it off at lunch.⟧”
The restaurant, a wood-panelled room in the old customs house on Brennock Quay, was his choice. He comes here, he says, “⟦p:a|about once a year, when somebody else is paying⟧”.
“⟦d:-|Do you ever fly your own airline?⟧” I ask.
“⟦d:a|Every week. Seat 23C, by the toilets. If the toilet is broken, I know before the complaints come in.⟧”
He founded Corvane in 2004 with two leased turboprops and a loan from an uncle in Freetown, and built it into the third-largest carrier in the country by refusing, as far as possible, to spend money on anything a passenger could not see. Former colleagues have been less charitable about the culture that produced. One former executive, who left in 2019, described it to me as “⟦p:b|a permanent fire drill⟧”.
Sesay-Holt does not dispute it. “⟦d:a:m|Fair. It was. When you have two aircraft and one of them is broken, everything is a fire drill. I slept in the hangar more nights than I slept at home.⟧
“⟦d:a|What I'd say is that we're forty aircraft now, and I've had to learn to stop running into every room shouting. I'm not there yet. Ask my assistant.⟧”
The soup arrives. He eats it quickly and without comment, like a man refuelling. “⟦d:-|Would you ever sell?⟧” I ask, as the plates are cleared.
He laughs for a long time. “⟦d:a|Everybody has a price,⟧” he says eventually. “⟦d:a|Mine is just very silly.⟧”

### 002
@a Folasade Adeyemi-Crane | the novelist
@b Gwen Tallis | My editor
@c - | My mother
@d The Courier | -
Folasade Adeyemi-Crane's fourth novel, “⟦s:-|The Salt Year⟧”, follows three generations of women in a coastal town that is slowly being taken by the sea. The Courier called it “⟦p:d|a furious, tender book⟧”; the novelist herself describes it as “⟦p:a|a book about weather and grief, in that order⟧”. We spoke at her kitchen table in Kelbrook.
**It took you nine years to write. Why so long?**
I threw it away twice. The first version was four hundred pages of a woman looking out of a window. My editor, Gwen Tallis, kept phoning and saying, “⟦d:b|Just send me the pages, Fola. I don't care if they're bad.⟧” Eventually I believed her.
**Your mother is in it, thinly disguised.**
Not thinly enough. My mother read a proof, rang me at midnight and said, “⟦d:c|Why have you made me so short?⟧” That was her only note. She's five foot one, by the way.
**Do you think of yourself as a political writer?**
People want me to say yes, because the book has a flood in it. But I didn't sit down to write about “⟦s:-|climate⟧”. I sat down to write about my aunt's house, which isn't there any more.
**What are you working on now?**
Something short. I promised Gwen. I also promised myself, which is less binding.

### 003
@a Chiara Benedetti | the host
@b Amaka Eze | a sleep scientist at Hollins University
@c - | a listener who works as a night porter
On the latest episode of “⟦s:-|Small Hours⟧”, the podcast about the night and the people who work through it, the host, Chiara Benedetti, was joined by Dr Amaka Eze, a sleep scientist at Hollins University who has spent a decade studying hospital night shifts.
“⟦d:a|I want to start with a confession,⟧” Benedetti said. “⟦d:a|I slept four hours last night, and I'm the one who makes a podcast about sleep.⟧”
“⟦d:b|You and most of my research participants,⟧” Eze replied. “⟦d:b|Four hours is not a personal failing. It is usually a rota.⟧”
Eze argued that hospitals still treat fatigue as something staff should manage on their own. “⟦d:b:m|We don't let pilots decide for themselves whether they're too tired to fly. We have rules, we have rest periods, we have people checking. On a ward, a nurse who has been awake for twenty hours is expected to notice that she's tired and do something about it, while also running six beds.⟧
“⟦d:b|That's not a system. That's hope.⟧”
Benedetti asked whether anything had changed since the pandemic. “⟦d:b|Some things. Rest rooms, mostly. A room is a start,⟧” Eze said, “⟦d:b|but a room you're never allowed to go to is just furniture.⟧”
The episode closed with a voice note from a listener who works as a night porter, who said she had “⟦p:c|cried in the car park⟧” after hearing an earlier episode.
“⟦d:a|That's why we do this,⟧” Benedetti said.

### 004
@a Bridget Cullinane | the eldest
@b Maeve | the middle sister
@c Róisín | the youngest
@d - | One customer
For forty-one years, the Cullinane sisters have been up before the rest of Ballykeeran. The bakery on Chapel Street opens at seven, but the ovens go on at four, and on Saturday, for the first time since their mother died, they will stay off.
"⟦d:a|We're not closing, we're resting,⟧" said Bridget Cullinane, the eldest, who at 63 still does the first shift. "⟦d:a|There's a difference, and I want the town to know it.⟧"
The sisters are taking their first holiday together since 1987, a week in Lanzarote booked, they say, by the youngest, Róisín, without asking anybody.
"⟦d:c|If I'd asked, they'd have said no,⟧" Róisín said. "⟦d:c|So I didn't ask.⟧"
Maeve, the middle sister, is the one who does the bread. She is less sure about the whole thing. "⟦d:b|I've never been on a plane. I've been on the ferry to Holyhead, and I was sick on that,⟧" she said. "⟦d:b|Bridget says I'll be grand. Bridget says that about everything.⟧"
Above the main oven there is still a card in their mother's handwriting, yellowed and held up with tape: "⟦s:-|Nobody ever went home hungry from here.⟧"
"⟦d:a|She wrote that the week we opened,⟧" Bridget said. "⟦d:a|We've never taken it down. We never will.⟧"
One customer, buying the last of the soda bread on Thursday afternoon, said the town would "⟦p:d|struggle⟧" for a week without them. "⟦d:d|Sure, we'll live,⟧" she added. "⟦d:d|They deserve it more than anyone.⟧"

### 005
@a Kwame Asante-Boateng | the new Commonwealth super-middleweight champion
@b Lenny Fairclough | His trainer
@c Gareth Mold | -
Kwame Asante-Boateng, the new Commonwealth super-middleweight champion, sat in the away dressing room at the Harcourt Arena with a bag of ice on his right hand and a grin he could not get rid of.
"⟦d:a|I told everybody. I told everybody for two years,⟧" the 27-year-old said. "⟦d:a|Nobody listened. They're listening now.⟧"
Asante-Boateng stopped Gareth Mold, who had held the belt for three years, in the ninth round with a left hook that dropped the champion face-first onto the canvas.
"⟦d:c|I didn't see it,⟧" Mold said later, his left eye almost closed. "⟦d:c|That's the honest answer. I didn't see it and I didn't feel it. I woke up looking at the lights.⟧"
His trainer, Lenny Fairclough, who has worked with Asante-Boateng since he walked into a gym in Salford at 14, said the hook had been drilled "⟦p:b|ten thousand times, easy⟧".
"⟦d:b|He used to throw it like he was opening a door,⟧" Fairclough said. "⟦d:b|Now he throws it like he's shutting one.⟧"
Asked what came next, Asante-Boateng pointed at Fairclough. "⟦d:a|Ask him. He makes the decisions. I just do the hitting.⟧"
Fairclough shrugged. "⟦d:b|A holiday,⟧" he said. "⟦d:b|Then we'll talk.⟧"

### 006
@a Ottilie Narváez | artistic director of the Larkhill Playhouse
@b Hugo Brandt | the critic
@c - | My father
Ottilie Narváez, artistic director of the Larkhill Playhouse, is about to open her final season after twelve years in charge, a job she describes, with some relish, as “⟦p:a|running a very expensive shed⟧”. Her production of “⟦s:-|The Ferryman's Daughter⟧” was once dismissed by the critic Hugo Brandt as “⟦p:b|three hours of fog and shouting⟧”; it went on to transfer to the West End. She talked to Rhiannon Kell.
RK: Twelve years. Why leave now?
ON: Because I can feel myself getting comfortable, and comfortable is where theatre goes to die. Also my knees.
RK: Do you still think about that review?
ON: Of course. I have it framed in the loo. Hugo wrote to me years later — a lovely letter, actually — and said, “⟦d:b|I was wrong about the fog. I stand by the shouting.⟧” I think that's fair.
RK: You grew up above a bar in Valladolid. Was there theatre in the house?
ON: There was drama in the house, which is different. My father used to say, “⟦d:c|Everybody on this street is an actor, they just don't get paid.⟧” He'd have hated the idea of me running a building.
RK: What do you want your successor to do?
ON: Ignore me. Completely. If she rings me for advice I'm going to pretend the line is bad.

### 007
@a Gwilym Pryce | a third-generation sheep farmer
@b Rhodri | His elder son
@c Iwan | His younger son
On the hill above Cwm Eilir, Gwilym Pryce, 68, a third-generation sheep farmer, leans on a gate and points at the fields he expects to hand on. The trouble is deciding to whom.
“⟦d:a|I've got two boys and one farm,⟧” he said. “⟦d:a|You don't need to be a mathematician.⟧”
His elder son, Rhodri, 34, has worked alongside him since leaving school and wants to keep the flock. “⟦d:b|Sheep are what this land is for. My grandfather knew that, Dad knows it,⟧” Rhodri said. “⟦d:b|You can't grow avocados up here, whatever the grant people think.⟧”
His younger son, Iwan, 29, came back from four years in Cardiff with a degree in environmental science and a plan to plant a third of the farm with native woodland.
“⟦d:c|It's not either-or. That's what I keep saying,⟧” Iwan said. “⟦d:c|Rhodri hears ‘trees’ and thinks I want to turn the place into a car park for walkers.⟧”
Rhodri, told this, laughed. “⟦d:b|Not a car park. A café. He wants a café.⟧”
“⟦d:c|I said once that a café might be nice!⟧” his brother protested.
Their father, who has heard this argument at most Sunday dinners for three years, said he had not made up his mind. “⟦d:a:m|They're both right, which is the problem. If one of them was an idiot it would be easy.⟧
“⟦d:a|I'll tell you what I told their mother: whoever gets the farm, the other one gets first go at the Sunday roast. For life.⟧”

### 008
@a Nadia Qureshi | presenter
@b Callum Everard | Housing Minister
@c - | A department spokesperson
Housing Minister Callum Everard has denied that the government is "⟦p:a|quietly abandoning⟧" its target of 40,000 new social homes a year, a charge put to him by presenter Nadia Qureshi on Radio Tarn's Breakfast programme on Tuesday.
"⟦d:a|Minister, you built 11,000 last year. That's not a target, that's a wish, isn't it?⟧" Qureshi asked.
"⟦d:b|No, it isn't, and I don't accept the premise,⟧" Mr Everard said. "⟦d:b|Eleven thousand was the highest figure for nine years.⟧"
"⟦d:a|It was also about a quarter of what you promised.⟧"
"⟦d:b|We were hit by build-cost inflation that nobody predicted, including, with respect, your programme,⟧" he replied.
Pressed on whether the target would appear in next month's housing white paper, the minister said: "⟦d:b|You'll have to wait and read it, like everybody else.⟧"
"⟦d:a|So that's a no?⟧"
"⟦d:b|That's a 'wait and read it'.⟧"
A department spokesperson later said the target "⟦p:c|remains government policy⟧".

### 009
@a Anouk Verhaegen | the 33-year-old Belgian who reached two Grand Slam semi-finals
@b Marek Doležal | Her coach of eleven years
@c The Westhaven Open | -
WESTHAVEN, June 14 (Meridian) - Anouk Verhaegen, the 33-year-old Belgian who reached two Grand Slam semi-finals, announced her retirement on Friday after losing in the second round of the Westhaven Open.
``⟦d:a|I knew walking out today that it was probably the last one,⟧'' Verhaegen told reporters, her voice breaking. ``⟦d:a|My body has been telling me for two years. Today I listened.⟧''
Verhaegen, who climbed as high as fourth in the world rankings in 2019, has had three operations on her left wrist since 2021.
``⟦d:a|People will say I should have stopped earlier. Maybe. But I wanted to leave on my feet, not on a stretcher,⟧'' she said.
Her coach of eleven years, Marek Doležal, said he had been ``⟦p:b|the last to know⟧''.
``⟦d:b|She told the physio, she told her mother, she told the dog. Then she told me,⟧'' Doležal said, laughing. ``⟦d:b|That is the correct order.⟧''
The Westhaven Open said in a statement it would name its practice centre after Verhaegen, calling her ``⟦p:c|a champion of this tournament in every sense but the trophy⟧''.

### 010
@a Tracey Hollingworth | Villa Heat mum
@b Jordan Hollingworth | a plasterer from Rotherham
@c - | A source close to the show
@d - | A Villa Heat spokesperson
VILLA Heat mum Tracey Hollingworth has blasted show bosses for the "⟦p:a|cruel⟧" edit that left her son branded a love rat.
Jordan Hollingworth, 24, a plasterer from Rotherham, was dumped from the island villa on Sunday night after viewers saw him kissing newcomer Kacey in a hot tub.
But Tracey, 52, says the clip was "⟦p:a|chopped up to make him look like a monster⟧".
"⟦d:a|My Jordan wouldn't hurt a fly,⟧" she told us from her kitchen in Rawmarsh. "⟦d:a|He rang me crying on Monday. Crying! He's not cried since he broke his arm at eight.⟧"
"⟦d:a|They showed the kiss. They didn't show him pushing her away two seconds later. Where's that footage?⟧"
Jordan, who has gained 300,000 followers since the series started, posted on Instagram last night: "⟦d:b|Mum's right. Not everything you see is what happened. Love you all x⟧"
A source close to the show said Jordan "⟦p:c|knew exactly what he was doing⟧".
A Villa Heat spokesperson said: "⟦d:d|All footage is edited for time. Our islanders receive full welfare support after leaving the villa.⟧"

### 011
@a Yusuf Demirtaş | the 39-year-old chef
@b Hatice | His mother
@c Sunniva Alm | a former sommelier
@d The Halden Guide | -
There are eleven tables at Kül, and Yusuf Demirtaş can see every one of them from the grill. That is the point, says the 39-year-old chef. «⟦d:a|If I can't see your face when you eat, I don't know if I've done my job.⟧»
Demirtaş grew up in Izmir, the son of a bus driver and a woman who fed half the street. His mother, Hatice, had one rule for the kitchen, and she repeated it to him every day of his childhood: «⟦d:b|Az olsun, öz olsun⟧» — «⟦d:b|let it be little, but let it be real⟧».
Kül opened in a former tyre workshop in Aldgate Marsh three years ago. His business partner, Sunniva Alm, a former sommelier, remembers the first night vividly. «⟦d:c|We had a power cut at half past eight. Yusuf cooked everything on the charcoal by torchlight and nobody noticed,⟧» she said. «⟦d:c|Well — one man noticed. He wrote us a very nice review.⟧»
The Halden Guide, which gave Kül its first star this spring, praised its «⟦p:d|ferocious simplicity⟧». Demirtaş says he has not read the rest of the citation.
«⟦d:a|I don't want to know what they think I'm doing. Then I'll start doing it on purpose,⟧» he said.
Alm rolls her eyes. «⟦d:c|He read it three times. I watched him.⟧»

### 012
@a Precious Mahlangu | a district nurse in Fellbridge
@b Joan Tarrant | -
@c Fellbridge Community Health Trust | -
A district nurse who waded through floodwater to reach a housebound patient has said she “⟦p:a|didn't think twice⟧”.
Precious Mahlangu, a district nurse in Fellbridge, told Northmoor Live the road to 94-year-old Alfred Tarrant's cottage had been under almost a metre of water on Wednesday evening.
“⟦d:a|The road was a river. I could see the house, I could see his light on, and I thought, well, he needs his insulin, so,⟧” she said.
“⟦d:a|I took my shoes off and walked the last bit. The water was up to here.⟧” She gestured at her thigh.
Joan Tarrant, whose father Alfred is one of Ms Mahlangu's patients, said the family had been frantic.
“⟦d:b|Dad won't leave that house for anybody. We couldn't get to him from Derby,⟧” she said. “⟦d:b|Then Precious rang at nine o'clock at night to say he was fine, he'd had his tea, and he was watching the snooker.⟧”
Fellbridge Community Health Trust said it was “⟦p:c|immensely proud⟧” of Ms Mahlangu but reminded staff not to put themselves in danger.
Ms Mahlangu said she had been “⟦p:a|told off, nicely⟧” by her manager. “⟦d:a|I'd do it again. Don't tell her.⟧”

### 013
@a Arjun Mehta | a software tester from Leicester
@b Karan | his twin brother
@c Sunita | Their mother
When Arjun Mehta, a software tester from Leicester, and his twin brother, Karan, reached the summit of Mount Kholdir last month, they became, as far as anyone can tell, the first twins to climb it together.
"⟦d:a|Technically I got there first,⟧" Arjun said. "⟦d:a|About four seconds.⟧"
"⟦d:b|He pushed me,⟧" said Karan, who is a primary school teacher. "⟦d:b|On a ridge. At 6,000 metres.⟧"
"⟦d:a|I steadied you.⟧"
"⟦d:b|You pushed me.⟧"
The brothers, both 31, began climbing at 17, when their father took them to the Peak District for a weekend and, in Karan's words, "⟦p:b|accidentally ruined our lives⟧".
Their mother, Sunita, has never been entirely comfortable with the hobby. "⟦d:c|I don't watch the tracker. I can't. I cook,⟧" she said. "⟦d:c|When they came back I had made enough food for a wedding.⟧"
Arjun said the hardest moment came on the descent, when a storm pinned them in a tent for two nights. "⟦d:a|We played twenty questions for nine hours. Karan cheated,⟧" he said.
"⟦d:b|I did not cheat. 'Yak' is an animal,⟧" his brother said.

### 014
@a Esperanza Villalobos | a retired seamstress
@b Lucía | Her granddaughter
@c Carmen | Her daughter
Every Sunday for a year, Lucía has sat at her grandmother's kitchen table in Eastfold with a phone propped against the sugar bowl, recording.
Esperanza Villalobos, 91, a retired seamstress, came to Britain from Extremadura in 1961 with one suitcase and, she says, “⟦p:a|no English at all, not even ‘hello’⟧”.
Her granddaughter Lucía, 24, started the recordings for a university project. They now run, she says, to “⟦p:b|forty hours and counting⟧”.
“⟦d:b|I thought I knew her stories. I knew about four of them,⟧” Lucía said. “⟦d:b|The rest she'd just never told anyone, because nobody asked.⟧”
Mrs Villalobos is unsentimental about the project. “⟦d:a:m|She asks me about the factory, about the hostel, about the man who sold us coal. I tell her. Some of it was sad and some of it was very funny, and most of it was just work.⟧
“⟦d:a|People think the past was all suffering. It was mostly waiting for the bus.⟧”
Her daughter Carmen, who is Lucía's mother, admits she has learned things from the recordings that she never knew. “⟦d:c|There's a whole boyfriend before my father. A whole boyfriend! Called Ramiro!⟧” she said.
“⟦d:a|He had a motorbike,⟧” her mother said, with a shrug. “⟦d:a|That's all I'm saying on the record.⟧”

### 015
@a Santiago Ferreyra | the Castleford Athletic striker
@b Moira Hennessy | the manager
Santiago Ferreyra, the Castleford Athletic striker, has scored 19 goals in 23 games since arriving from Rosario in January, a spell he describes as “⟦p:a|very wet and very happy⟧”. Supporters have already christened him “⟦s:-|El Tren⟧”. He spoke to the Post at the club's training ground.
Q: Nineteen goals. Did you expect this?
A: No. I expected to be cold. I was right about that.
Q: What did the manager, Moira Hennessy, say when you arrived?
A: She took me to a café, bought me a bacon sandwich, and said, “⟦d:b|I don't care how many you score. I care how many times you run back.⟧” So I run back.
Q: The fans call you “⟦s:-|El Tren⟧”. Do you like it?
A: My mother likes it. My brother says it's because I'm slow to start and then nobody can stop me. I think he means it as an insult.
Q: Is there interest from bigger clubs?
A: There's always talk. I have a contract, I have a house here now, my daughter goes to school here. She has a Yorkshire accent already. Sometimes I need a translator.

### 016
@a Farhan Qadir | the Wessex captain
@b Tom Abernethy | his predecessor
Farhan Qadir, the Wessex captain, is sitting on the balcony of the pavilion at Hallowmoor, watching the groundsman argue with a roller. It is raining, of course.
"⟦d:a|This is the English summer,⟧" he says. "⟦d:a|I was promised sunshine. I was lied to.⟧"
Qadir, 30, took over the captaincy in March after his predecessor, Tom Abernethy, stepped down mid-contract, citing "⟦p:b|exhaustion⟧".
I ask whether he had wanted the job. "⟦d:a|Honestly? No. I wanted to bowl fast and go home,⟧" he says. "⟦d:a|But Tom rang me and said, 'It's you or nobody,' and I didn't want it to be nobody.⟧"
Abernethy, reached by phone, confirmed the story. "⟦d:b|He said yes before I'd finished the sentence. Then he rang back an hour later to ask if it was too late to say no.⟧"
"⟦d:-|Do you still feel like a fast bowler first?⟧" I ask.
"⟦d:a|Always. A captain is a fast bowler with more paperwork.⟧"
The rain stops. Qadir stands, stretches, and looks at the sky with deep suspicion. "⟦d:a|Ten minutes,⟧" he predicts. "⟦d:a|Then it comes back.⟧"
It came back in eight.

### 017
@a Teodor Ivanescu | the saxophonist
@b Marcus Okafor | the quartet's drummer
@c - | one critic
Teodor Ivanescu, the saxophonist, has a habit of answering questions with a tune. Ask him about his childhood in Timișoara and he hums something his grandfather played on a wedding clarinet; ask about his new record, “⟦s:-|Night Ferry⟧”, and he hums that too, slightly flat.
“⟦d:a|I'm a bad singer. It's why I play the saxophone,⟧” he says. “⟦d:a|The saxophone lies for me.⟧”
The record, his first in six years, has been called by one critic “⟦p:c|the most beautiful thing to come out of a basement this decade⟧”. It was, in fact, recorded in a basement, under a dry cleaner's in Leith.
Marcus Okafor, the quartet's drummer, has played with Ivanescu for fifteen years. “⟦d:b|Teo will do forty takes of a tune and then use the first one. Every time,⟧” he says. “⟦d:b|I've stopped arguing. I just play the first one properly now.⟧”
Ivanescu does not deny it. “⟦d:a|The first take is when you don't know what you're doing yet. That's the only interesting time.⟧”
Why six years? He is quiet for a moment. “⟦d:a:m|My wife was ill. She's well now. For a while there was no music I wanted to hear, let alone make.⟧
“⟦d:a|Marcus used to come round with a snare drum and just sit in the kitchen and play brushes. He didn't say anything. That was the right thing.⟧”
Okafor shrugs when this is put to him. “⟦d:b|What else are you going to do? He's my friend.⟧”

### 018
@a Hamid Rahimi | the eldest of the three brothers who run the shop
@b Farid | the middle brother
@c Javed | The youngest
@d Northvale Fire and Rescue Service | -
@e - | A neighbour who did not want to be named
Three brothers whose corner shop in Northvale was gutted by fire on Wednesday night have vowed to reopen within months.
The blaze at Rahimi's Food and Wine on Cranley Road started in a storeroom at around 11.40pm. Nobody was hurt.
"⟦d:a|Thirty years,⟧" said Hamid Rahimi, the eldest of the three brothers who run the shop. "⟦d:a|Thirty years, and it was gone in twenty minutes. I stood on the pavement and watched the ceiling come down.⟧"
Farid, the middle brother, was the first to arrive after the alarm company called him. "⟦d:b|I could see the smoke from the roundabout. I knew it was us before I turned the corner,⟧" he said.
The youngest, Javed, set up an online fundraiser on Thursday morning. By the evening it had raised more than £18,000.
"⟦d:c|People we've never met. People who moved away ten years ago and used to buy sweets from my dad,⟧" Javed said. "⟦d:c|I read the messages out to my brothers and Hamid had to go outside.⟧"
"⟦d:a|I had something in my eye,⟧" Hamid said.
"⟦d:b|Both eyes,⟧" said Farid.
Northvale Fire and Rescue Service said the cause was "⟦p:d|not believed to be suspicious⟧" and was likely to have been electrical.
A neighbour who did not want to be named said the brothers had "⟦p:e|kept this street going⟧" through the pandemic. "⟦d:e|They delivered to my mum every week for free. Every week,⟧" she said.

### 019
@a Declan Furey | a former party press officer
@b Sipho Ndlovu | a stand-up comedian
@c Margarethe Lindqvist | the MP for Harwick South
Margarethe Lindqvist, the MP for Harwick South, has admitted she “⟦p:c|cried in a cupboard⟧” on the night she lost the party leadership contest, in a candid appearance on the “⟦s:-|Westminster Wrong'uns⟧” podcast.
Speaking to hosts Declan Furey, a former party press officer, and Sipho Ndlovu, a stand-up comedian, Lindqvist said she had found the contest “⟦p:c|brutal, but fair, mostly⟧”.
“⟦d:a|Which cupboard, though? This matters,⟧” Furey asked.
“⟦d:c|The stationery cupboard on the second floor. It's quite roomy. I'd recommend it,⟧” she replied.
Ndlovu asked whether she would stand again. “⟦d:b|Go on, Margarethe. Say it. Say you're running,⟧” he said.
“⟦d:c|I'm not saying anything, Sipho, because I know you'll put it on a T-shirt.⟧”
“⟦d:b|We would absolutely put it on a T-shirt.⟧”
Later in the episode, Lindqvist described the winner of the contest, Graham Petts, as “⟦p:c|a decent man with a terrible tie collection⟧”. Asked whether they had spoken since, she said: “⟦d:c|We've had a cup of tea. He paid. I took that as an apology.⟧”
Furey ended the interview by asking her to name her favourite biscuit. “⟦d:c|I won't answer that. It's the only truly divisive question left in British politics.⟧”

### 020
@a Ailsa Morrison | His widow
@b Fiona | Their daughter
@c Hector Morrison | the last keeper of the Sgeir Dubh light
@d The Kelpie Isles Lighthouse Trust | -
Hector Morrison, the last keeper of the Sgeir Dubh light, has died at the age of 88. For nineteen years he lived on a rock a mile off the coast of Tarbh with two other men, a paraffin stove and, by his own account, «⟦p:c|more weather than any man needs⟧».
«⟦d:c|People imagine it was lonely. It was crowded. Three men on a rock is a crowd,⟧» he told this newspaper in 1998, the year the light was automated.
His widow, Ailsa Morrison, said he had never really left the sea. «⟦d:a|He'd stand at the kitchen window every night at dusk. I asked him once what he was doing and he said, 'Checking it's lit.' Thirty years after they took him off.⟧»
Their daughter, Fiona, 49, remembers being rowed out to the rock as a child for Christmas. «⟦d:b|Dad had made a tree out of a broom handle and tinsel. I thought it was the most beautiful thing I'd ever seen,⟧» she said. «⟦d:b|I still think that.⟧»
The Kelpie Isles Lighthouse Trust said in a statement that Mr Morrison had been «⟦p:d|a living link to two centuries of keepers⟧».
His funeral will be held at Tarbh parish church on Thursday. His widow said he had asked for «⟦p:a|no fuss, and one hymn, short⟧».

### 021
@a Gethin Rowlands | presenter
@b Pat | One caller
@c - | Another caller
@d Penmaen County Council | -
Listeners to Coast FM's morning phone-in were in no mood to be reasonable on Tuesday as new parking charges in Penmaen town centre came into force.
"⟦d:a|We're going to go straight to the phones, because they've been lit up since six,⟧" said presenter Gethin Rowlands. "⟦d:a|Pat's on line two. Morning, Pat.⟧"
One caller, who gave her name only as Pat, said she had been charged £4 to park for 40 minutes outside the library. "⟦d:b|The library! I was returning a book about budgeting,⟧" she said.
"⟦d:a|You couldn't make it up,⟧" Rowlands said.
"⟦d:b|You could not make it up, Gethin.⟧"
Another caller, who drives a taxi in Penmaen, said his takings had halved since the charges were announced. "⟦d:c|The town's dead by two in the afternoon. Dead. You could fire a cannon down the high street,⟧" he said.
Penmaen County Council said the charges were needed to "⟦p:d|maintain and improve⟧" its car parks, and that the first 30 minutes remained free.
Rowlands read the statement out on air. "⟦d:a|Well. There you go. The first thirty minutes are free,⟧" he said. "⟦d:a|Pat, you should have read faster.⟧"

### 022
@a Rangi Tāwhai | the Dunmore head coach
@b - | one reporter
@c - | Another reporter
@d Joel Brannigan | his captain
Rangi Tāwhai, the Dunmore head coach, walked into the press room forty minutes after a 31-10 defeat by Kestrel Bay, sat down, and waited for the first question.
“⟦d:b|Rangi, where did it go wrong?⟧” one reporter asked.
“⟦d:a|Kick-off,⟧” Tāwhai said. There was some laughter. He did not join in.
“⟦d:a|I'm serious. We weren't at the races from the first minute. That's a coaching problem before it's a playing problem, so it's mine.⟧”
Another reporter asked about the fly-half, Petelo Sio, who was substituted after 50 minutes. “⟦d:c|Is he still your first choice?⟧”
“⟦d:a|He's still a very good player who had a bad day. Don't make it bigger than that.⟧”
Beside him, his captain, Joel Brannigan, had a cut above his eye taped shut. “⟦d:d|We owe people. The fans paid good money and we gave them that,⟧” he said. “⟦d:d|Next week we go to Harlow and we fix it. Simple as.⟧”
Asked whether the pressure was getting to the squad, Tāwhai stood up. “⟦d:a|Pressure is for tyres,⟧” he said, and left.

### 023
@a Ngozi Fairweather-Obi | The architect
@b Clement Osei | a retired bus driver who has lived on the estate since 1979
@c Lars Henningsen | -
The architect Ngozi Fairweather-Obi does not, she insists, have a style. ``⟦d:a|I have a budget, a site and some people who are going to live there,⟧'' she says. ``⟦d:a|That's three constraints. Style would be a fourth, and I can't afford it.⟧''
Her latest project, the rebuilt Gorse Hill estate in Brackenford, has been shortlisted for the Halloran Prize, the most valuable award in British housing design.
Clement Osei, a retired bus driver who has lived on the estate since 1979, moved into one of the new flats in March. ``⟦d:b|It's got a proper front door. Wood. You knock on it and it sounds like a door,⟧'' he said. ``⟦d:b|The old one sounded like a biscuit tin.⟧''
Fairweather-Obi laughs when she hears this. ``⟦d:a|That is the best review I've had. I'm going to put it on my website.⟧''
She trained at the Aarlund School in Denmark under Lars Henningsen, who remembers her as ``⟦p:c|the only student who ever asked how much things cost⟧''.
``⟦d:c|Most of them wanted to build museums. Ngozi wanted to build kitchens,⟧'' Henningsen said. ``⟦d:c|I told her she would never be famous. I was wrong, and I'm glad.⟧''
Is she famous? She looks genuinely alarmed at the idea. ``⟦d:a|God, I hope not. Famous architects build airports.⟧''

### 024
@a Deborah Kinsella | His birth mother
@b Margaret Ayodele-Shaw | The woman who raised him
@c Patrick Ayodele-Shaw | a plumber from Coventry
Patrick Ayodele-Shaw, 52, a plumber from Coventry, spent three decades looking for his birth mother. He found her, in the end, four streets away.
“⟦d:c|She'd been going to the same supermarket as me. For years. We probably queued behind each other,⟧” he said.
His birth mother, Deborah Kinsella, 71, was sent to a mother-and-baby home in Galway at 18 and told her son would go to “⟦p:a|a good family in England⟧”. She never knew which one.
“⟦d:a|I thought about him every birthday. Every single one. I'd bake a cake and not tell anyone who it was for,⟧” she said.
The pair were matched through a DNA testing website last spring. Their first meeting, in a café in Earlsdon, lasted five hours.
The woman who raised him, Margaret Ayodele-Shaw, 80, was there too. Patrick had worried about how she would feel. “⟦d:b|I told him: I'm not going anywhere, and neither is she. A boy can have two mothers,⟧” she said. “⟦d:b|Heaven knows he was enough work for two.⟧”
The two women now meet every Wednesday for coffee, without him.
“⟦d:a|We talk about him, mostly,⟧” Mrs Kinsella said. “⟦d:a|Margaret tells me the stories and I tell her what I imagined. Sometimes they match.⟧”
“⟦d:c|I'm not invited,⟧” Patrick said. “⟦d:c|I've asked. I'm not invited.⟧”

### 025
@a Hyun-woo Baek | a glaciologist at the University of Strathmore
@b Ingrid Solheim | His co-author
@c - | A government spokesman
Professor Hyun-woo Baek, a glaciologist at the University of Strathmore, has spent eleven summers on the Vardefjell ice cap. This year, he says, was the first time he was frightened.
"⟦d:a|You hear the ice, normally. Creaking, groaning. It's like sleeping in an old house,⟧" he said. "⟦d:a|This summer it was running. You could hear water everywhere, under your feet, all night.⟧"
His team's study, published on Thursday, found the ice cap had lost a fifth of its volume since 2000, a rate Baek calls "⟦p:a|not alarming, because alarm suggests surprise⟧".
"⟦d:a|We predicted this. That's the part that should worry people,⟧" he added.
His co-author, Dr Ingrid Solheim, said the public debate had focused too much on dramatic collapses. "⟦d:b|Everyone wants a glacier falling into the sea on video. What we're seeing is slower and, honestly, worse. It's a leak, not an explosion.⟧"
Asked what she would tell a minister, Solheim paused. "⟦d:b|I'd tell them to come and stand on it. Just once. Then we can have the meeting.⟧"
A government spokesman said ministers "⟦p:c|take the findings extremely seriously⟧".

### 026
@a Bilal Chaudhry | the comedian
@b Tariq | My dad
@c - | one reviewer
@d Sana | your ex-wife
Bilal Chaudhry, the comedian, is about to take his fourth stand-up show, “⟦s:-|Mild Peril⟧”, on a 60-date tour. Described by one reviewer as “⟦p:c|the politest angry man in comedy⟧”, he grew up in Bradwell above his family's pharmacy. “⟦d:a|It's a show about falling apart politely,⟧” he says.
**Is the pharmacy in the show?**
Constantly. My dad, Tariq, still works there at 74. He came to my first gig, sat at the back, and afterwards said, “⟦d:b|Good. Now when are you going to get a job?⟧” That was 2011. He still asks.
**You've called this your most personal show. Why?**
I got divorced. You can either write about it or pay a therapist, and the tour pays better.
**And your ex-wife, Sana? Is she okay with that?**
She's seen it. Her review was, “⟦d:d|You've made yourself look very reasonable.⟧” Which is fair. Comedians always play the sympathetic one.
**What's next?**
Sleep, mostly. And I'm writing a sitcom about a pharmacy, which my dad says is “⟦p:b|the worst idea you have ever had, and that includes the marriage⟧”.

### 027
@a Ignacio Valdebenito | A Chilean climber who spent two nights trapped in a crevasse on Mount Tashkar
@b Lhakpa Norbu | The expedition's lead guide
@c Aurora Peaks | -
@d - | A rescue official who asked not to be named
KATHMANDU, Oct 3 (Meridian) - A Chilean climber who spent two nights trapped in a crevasse on Mount Tashkar said on Tuesday he had survived by "⟦p:a|singing every song I know, badly⟧".
Ignacio Valdebenito, 44, was pulled from the crevasse at 6,100 metres on Monday morning by a team of four guides. He was flown to Kathmandu with frostbite to three fingers.
"⟦d:a|The first night I was sure I would die. The second night I was too cold to think about it,⟧" Valdebenito told reporters from his hospital bed. "⟦d:a|Then I heard voices, and I thought I was dreaming.⟧"
The expedition's lead guide, Lhakpa Norbu, said the team had heard Valdebenito's whistle before they saw him. "⟦d:b|Three short blasts. We followed the sound,⟧" Norbu said. "⟦d:b|He was very lucky. Also very strong.⟧"
Aurora Peaks, which organised the expedition, said in a statement that it was "⟦p:c|reviewing all safety procedures⟧".
A rescue official who asked not to be named said conditions on the mountain had been "⟦p:d|the worst in ten years⟧".

### 028
@a Stanley Pruitt | the 66-year-old
@b Helen Drummond | Headteacher
@c Alice Varga | -
@d Maisie | One pupil
When Stanley Pruitt started as caretaker at Millbrook Primary, the boiler was coal-fired and the headteacher smoked in her office. Forty years later, he is hanging up his keys — all 63 of them.
“⟦d:a|I know which ones open what. Nobody else does. That's job security, that is,⟧” the 66-year-old said on his last day.
Headteacher Helen Drummond said the school would “⟦p:b|genuinely not know how to function⟧” without him. “⟦d:b|Stan is the school. The rest of us are just passing through,⟧” she said.
Alice Varga, who joined the school as a pupil in 1989 and now teaches Year 4, remembers him rescuing her from the top of the climbing frame. “⟦d:c|I was stuck up there crying and he came out with a ladder and a chocolate biscuit,⟧” she said. “⟦d:c|He still does the biscuit thing. He's done it for three generations.⟧”
At a special assembly, pupils presented him with a card signed by all 312 children. One pupil, Maisie, 7, read out a poem she had written. It began: “⟦d:d|Mr Pruitt fixes everything / except the slide, which is still broken.⟧”
“⟦d:a|That slide,⟧” Mr Pruitt said, shaking his head, “⟦d:a|has been the bane of my life.⟧”

### 029
@a Kevin Blundell | A FORKLIFT driver who scooped £4.2million on the lottery
@b Sharon | his wife
@c Lorraine | Sharon's sister
A FORKLIFT driver who scooped £4.2million on the lottery has vowed to keep his job — because "⟦p:a|I'd go mad sat at home⟧".
Kevin Blundell, 58, and his wife Sharon, 56, from Tipton, matched all six numbers in Saturday's draw with a ticket bought at a petrol station on the way back from a caravan holiday.
"⟦d:a|I checked it four times. Then I made Sharon check it. Then I was sick in the sink,⟧" Kevin said.
Sharon said she had already picked out a new kitchen. "⟦d:b|He can keep his forklift. I'm having an island. A proper one, with stools,⟧" she said.
The couple plan to share the money with their three children and six grandchildren. Sharon's sister, Lorraine, who was with them when they checked the ticket, said she had "⟦p:c|screamed the house down⟧".
"⟦d:c|I thought someone had died. Then Sharon started dancing,⟧" she said. "⟦d:c|I've never seen her dance. Not even at her wedding.⟧"
"⟦d:b|I danced at my wedding!⟧" Sharon said.
"⟦d:a|You swayed, love,⟧" said Kevin.

### 030
@a Kateryna Holub | The documentary maker
@b Alasdair Rennie | presenter
@c Walter Gibbs | the film's central figure
The documentary maker Kateryna Holub has said her new film about a dying seaside pier was «⟦p:a|the happiest year of my working life⟧», despite its subject.
Speaking to presenter Alasdair Rennie on Channel 9's «⟦s:-|Sunday Review⟧», Holub said she had expected to make «⟦p:a|a very sad film about rust⟧».
«⟦d:a|Instead I found forty people who had decided, quite stubbornly, to have a wonderful time while the thing fell into the sea around them,⟧» she said.
«⟦d:b|You spent a year there. Did you ever feel you were intruding?⟧» Rennie asked.
«⟦d:a|Every day for the first month. Then Walter started bringing me tea, and after that I was furniture.⟧»
Walter Gibbs, 83, the film's central figure, has run the pier's amusement arcade since 1968. Interviewed for the same programme, he was unimpressed by his new fame. «⟦d:c|People stop me in the street. I tell them to come and spend some money in the arcade instead,⟧» he said.
The film, «⟦s:-|The End of the Pier⟧», opens in cinemas on Friday.

### 031
@a Ezra Halpern | The painter
@b Noah | His son
The painter Ezra Halpern works in a converted chapel outside Lowther's Cross, and the first thing he does when I arrive is apologise for the smell. “⟦d:a|Linseed and damp. And dog,⟧” he says. “⟦d:a|The dog is the worst of the three.⟧”
He is 79 and has been painting the same stretch of estuary for almost fifty years. I ask whether he ever gets bored of it.
“⟦d:a|Bored of the estuary? The estuary is never the same twice. I get bored of me.⟧”
His son, Noah, who manages the studio and, increasingly, his father, brings in coffee and stays to listen. “⟦d:b|He's being modest. He gets bored of everyone,⟧” he says.
“⟦d:a|Not you,⟧” Halpern says. “⟦d:a|Mostly.⟧”
His retrospective at the Whitcombe Gallery next month will include 140 works, some of which have not been seen in public since the 1970s. Halpern is ambivalent. “⟦d:a|A retrospective is what they give you when they think you've stopped,⟧” he says.
“⟦d:-|Have you?⟧” I ask.
He picks up a brush. “⟦d:a|Ask me next year.⟧”

### 032
@a Esther Chepkoech | the 26-year-old
@b Rose Chepkoech | a former 1,500m runner who competed for Kenya in the 1990s
@c Anglian Athletics | -
Esther Chepkoech crossed the line in Harlow Park on Sunday in 2hr 22min 41sec, the fastest marathon by a British woman this year, and immediately went looking for her coach. Her coach was in the crowd, in a rain poncho, crying.
"⟦d:a|That's my mum,⟧" the 26-year-old said. "⟦d:a|She cries at everything. She cried at the 5k in Hatfield.⟧"
Her mother, Rose Chepkoech, a former 1,500m runner who competed for Kenya in the 1990s, has coached her daughter since she was 12.
"⟦d:b|I wasn't crying. It was raining on my face,⟧" Rose said. "⟦d:b|Inside the poncho.⟧"
The pair are, by their own admission, not always an easy partnership. "⟦d:a|We argue about everything. Splits, shoes, what I eat for breakfast,⟧" Esther said. "⟦d:a|Then she's right, which is the most annoying part.⟧"
"⟦d:b|I'm not always right,⟧" her mother said. "⟦d:b|Only about breakfast.⟧"
Anglian Athletics said the run had put Chepkoech "⟦p:c|firmly in the conversation⟧" for a place at the world championships.
Asked about selection, Esther glanced at her mother. "⟦d:a|Ask the coach.⟧"

### 033
@a Hannah Lindgren | -
@b Omar Said | -
@c - | a 1952 government leaflet
@d - | My gran
This is an edited extract from “⟦s:-|Second Helpings⟧”, the food history podcast presented by Hannah Lindgren and Omar Said. Lindgren calls this week's episode, on the British sandwich, “⟦p:a|the least glamorous thing we've ever made, and my favourite⟧”. “⟦d:b|We had a sandwich-based argument that lasted four days,⟧” says Said.
HANNAH: So I've been in the archives, and there's a 1952 government leaflet — I love this — that calls the sandwich “⟦p:c|the worker's portable dinner⟧”.
OMAR: That's bleak.
HANNAH: It's not bleak, it's efficient!
OMAR: My gran used to say, “⟦d:d|A sandwich is a dinner that's given up.⟧” She'd cook you a full lunch at two in the morning rather than hand you a sandwich.
HANNAH: Your gran and the 1952 government would not have got on.
OMAR: My gran didn't get on with any government.

### 034
@a Aino Kettunen | the Finnish mezzo-soprano
@b Benedikt Raue | Her accompanist of 20 years
Aino Kettunen, the Finnish mezzo-soprano, orders soup and then, when it arrives, does not eat it. «⟦d:a|I never eat before I sing. Not even before a rehearsal. I just like to look at it,⟧» she says, stirring.
We are in a small Georgian restaurant near the Halvorsen Opera House, where tonight she sings Carmen for the 200th time. I ask whether she is sick of her.
«⟦d:a|Of Carmen? Never. Of the costume, yes. It weighs eleven kilos and someone always steps on it.⟧»
Kettunen grew up on a dairy farm near Kuopio. Her first audience, she says, was «⟦p:a|forty cows, all very critical⟧».
Her accompanist of 20 years, Benedikt Raue, joins us for coffee. «⟦d:b|She says she never eats before singing. She eats my chocolate in the wings. Every night,⟧» he says.
«⟦d:a|That's not eating. That's medicine,⟧» she says.
«⟦d:-|Will you retire?⟧» I ask, as the bill arrives.
«⟦d:a|When the cows stop listening.⟧»

### 035
@a Jacob Penhaligon | -
@b Tom | His son
@c Dan | Tom's son
@d Kit | Dan's boy
There have been Penhaligons fishing out of Porthkennack for as long as anyone has kept records, and four generations of them are sitting around a kitchen table on the harbour front arguing about the weather.
Jacob Penhaligon, 92, who first went to sea in 1946, is the final authority. “⟦d:a|It'll blow tomorrow. I don't need a telephone to tell me,⟧” he said, waving a hand at his great-grandson's phone.
His son, Tom, 68, retired from the boat three years ago. “⟦d:b|Dad says that every day. Eventually he's right,⟧” Tom said. “⟦d:b|It's a good system.⟧”
Tom's son, Dan, 41, now skippers the Morwenna, a 12-metre crabber. He is the one who has to make the money work, and it is not easy. “⟦d:c:m|Fuel's doubled. Quota's halved. The price of crab depends on what somebody in Shanghai fancies for dinner.⟧
“⟦d:c|I love it. I wouldn't do anything else. But I'm not going to pretend to you it's a sensible business.⟧”
Dan's boy, Kit, 16, wants to follow him. This is the subject of the other argument around the table.
“⟦d:d|I've been out every summer since I was ten. I'm better on the deck than he was at my age,⟧” Kit said.
“⟦d:c|That's true, actually,⟧” his father said. “⟦d:c|Doesn't mean I want it for him.⟧”
Jacob, who has been listening with his eyes closed, opened them. “⟦d:a|Every father in this family has said that. Every son has gone anyway,⟧” he said. “⟦d:a|Let the boy go to sea.⟧”

### 036
@a Viktor Salminen | Tessellate's chief executive
@b Obinna Eze-Whitfield | His co-founder
@c Tessellate | -
For seven years, two men were the double act of the Nordbridge tech scene, one selling, the other building. Now they communicate, when they communicate at all, through lawyers.
Viktor Salminen, Tessellate's chief executive, agreed to talk on the condition that we did not ask about the lawsuit. We asked about it anyway. “⟦d:a|I'm not going to discuss it. I'll say that I'm sad. That's all,⟧” he said.
His co-founder, Obinna Eze-Whitfield, who left the company in January and is suing for a share of its £300m valuation, was less restrained.
“⟦d:b|Viktor built a company on my code and then decided I was a cost,⟧” Eze-Whitfield said in a separate interview at his lawyer's office. “⟦d:b|I'm not angry. I'm precise. There's a difference.⟧”
Asked to respond, Salminen sighed. “⟦d:a|Obinna is the most talented engineer I have ever worked with. He's also the most stubborn. Both things are true.⟧”
Tessellate said in a statement that the claim was “⟦p:c|without merit⟧” and would be “⟦p:c|robustly defended⟧”.
Eze-Whitfield, for his part, said he still had the first prototype, running on a laptop in his spare room. “⟦d:b|Sometimes I turn it on, just to see if it still works. It does. That's more than I can say for the friendship.⟧”

### 037
@a Sandeep Gill | Mayor
@b Ffion Bevan | -
@c Harrowmere Council | The council
@d Kath Dobbs | One resident
Mayor Sandeep Gill has said he "⟦p:a|will not apologise⟧" for the closure of Harrowmere's last public toilets, telling listeners that the town "⟦p:a|cannot afford to flush money away⟧".
Speaking to Ffion Bevan, who presents the breakfast show on Harrowmere Sound, Gill said Harrowmere Council faced a £2.3m shortfall. "⟦d:a|Every pound I spend on toilets is a pound I don't spend on social care. I'd rather people were a little inconvenienced than an old lady went without a carer,⟧" he said.
"⟦d:b|With respect, Mayor, the old lady also needs the toilet,⟧" Bevan said.
"⟦d:a|She does. And the cafés and pubs in the town centre have signed up to our community toilet scheme.⟧"
"⟦d:b|Three of them have.⟧"
"⟦d:a|Three so far.⟧"
One resident, Kath Dobbs, who had been listening, rang in afterwards. "⟦d:d|I'm 81. I can't be walking into a pub every time I'm caught short. What will people think?⟧" she said.
The council said the community toilet scheme would be "⟦p:c|expanded over the coming months⟧".

### 038
@a Yousef Al-Khatib | a former civil engineer
@b Rana | His daughter
@c Marjorie Fenwick | a retired teacher who volunteers with the Allendale Welcome Group
Yousef Al-Khatib, 46, a former civil engineer, has rebuilt a lot of things in his life: bridges, a water treatment plant, once an entire school. Rebuilding his family's life in a terraced house in Allendale has been harder.
“⟦d:a|In Aleppo I was somebody. Here, at first, I was a number on a form,⟧” he said, speaking through an interpreter. “⟦d:a|Now I am a number on a form who has a job. This is progress.⟧”
He works nights in a bakery. His daughter, Rana, 15, who learned English in eighteen months, translates for him at the doctor's, the bank and the school.
“⟦d:b|Sometimes I translate what the teacher says a little bit nicer,⟧” Rana said, laughing. “⟦d:b|Don't print that. Actually, print it. He can't read English yet.⟧”
“⟦d:a|I can read it a little,⟧” her father said, in English. “⟦d:a|Enough.⟧”
Marjorie Fenwick, 73, a retired teacher who volunteers with the Allendale Welcome Group, has given Rana maths lessons every Saturday since the family arrived. “⟦d:c|She's going to be an engineer like her dad. Better, probably. She's already faster than he is at fractions,⟧” she said.
Rana rolled her eyes. “⟦d:b|Everyone is faster than him at fractions.⟧”

### 039
@a Ciarán Hegarty | Irish jockey
@b Philippa Moreton-Stokes | Trainer
@c Raj Bhattacharya | a Leicester businessman who bought Paper Lantern for 8,000 guineas as a yearling
CHELMSTOW, England, March 15 (Meridian) - Irish jockey Ciarán Hegarty said he "⟦p:a|nearly fell off twice⟧" on the way to winning the Chelmstow Gold Trophy on 33-1 outsider Paper Lantern on Friday.
"⟦d:a|He was hanging left the whole way. At the second-last I thought we were going into the crowd,⟧" Hegarty said. "⟦d:a|Then he saw the line and just went.⟧"
Trainer Philippa Moreton-Stokes, saddling her first runner in the race, said she had told Hegarty to "⟦p:b|sit still and pray⟧".
"⟦d:b|That was the whole plan. I'm not being modest, that genuinely was the plan,⟧" she said.
The horse's owner, Raj Bhattacharya, a Leicester businessman who bought Paper Lantern for 8,000 guineas as a yearling, said he had backed it at 50-1. He declined to say how much. "⟦d:c|Enough to buy a new kitchen. Not enough to buy a new house,⟧" he said.

### 040
@a Mirela Constantinescu | The Romanian director
@b Idris Fenton | the festival's director
@c - | One audience member
@d - | A woman in the front row
The Romanian director Mirela Constantinescu was greeted with a standing ovation at the Carrowmore Film Festival on Saturday, and then, for an hour, with some very pointed questions.
Her film, “⟦s:-|The Weight of Bread⟧”, a three-hour study of a village bakery, has divided critics. At the post-screening Q&A, the festival's director, Idris Fenton, opened by asking her about its length.
“⟦d:b|There was a moment around the two-hour mark when I thought, is she testing us?⟧” Fenton said.
“⟦d:a|Of course I was testing you. Bread takes a long time. I wanted you to feel it,⟧” she replied, to laughter.
One audience member asked why the baker never speaks. “⟦d:c|Was that a choice, or did he just refuse?⟧”
“⟦d:a|Both. He refused, and then I chose to respect the refusal.⟧”
A woman in the front row stood up and said she had grown up in a village like that one. “⟦d:d|My mother baked like that. You got every detail right. Thank you,⟧” she said, and sat down again.
Constantinescu, visibly moved, took a moment before answering. “⟦d:a|That's the only review I need.⟧”

### 041
@a Bernard Okafor-Lyle | a retired printer
@b Teddy Marchetti | a former hairdresser
@c Anjali Desai | Registrar
@d Colette | Bernard's niece
Bernard Okafor-Lyle, a retired printer, and Teddy Marchetti, a former hairdresser, met at a dance hall in Sheffield in 1962, when, as Bernard puts it, "⟦p:a|you didn't tell anyone anything⟧". On Saturday, sixty-two years later, they told everyone.
"⟦d:a|We've been engaged since about 1970, informally,⟧" said Mr Okafor-Lyle, now 84. "⟦d:a|We were waiting for the right moment. It took a while.⟧"
Mr Marchetti, 81, said the hardest part of the day had been choosing the music. "⟦d:b|Bernard wanted Shirley Bassey. I wanted Sinatra. We had both. That's marriage,⟧" he said.
Registrar Anjali Desai, who conducted the ceremony at Sheffield Register Office, said it was "⟦p:c|the happiest one I've done in twenty years⟧".
Bernard's niece, Colette, organised the reception in a function room above a pub. "⟦d:d|Uncle Bernie has been introducing Teddy as his 'friend' for my entire life. Today he said 'husband' about forty times. I counted,⟧" she said.
"⟦d:b|Forty-three,⟧" said Mr Marchetti.

### 042
@a Tomás Iriarte | the 11-year-old
@b Alejandro Iriarte | a bus mechanic
Tomás Iriarte beat me at chess in eleven moves, which he informs me is “⟦p:a|quite slow, actually⟧”. He was being polite: I suspect he could have done it in six.
“⟦d:a|You moved your queen too early. Everybody does that,⟧” the 11-year-old said, resetting the board with the briskness of a croupier. “⟦d:a|It's fine. You're a journalist.⟧”
Last month Tomás became the youngest player ever to win the Northern Counties Open, beating a field that included three international masters. His father, Alejandro Iriarte, a bus mechanic, taught him the moves at five, and lost to him for the first time at six.
“⟦d:b|I thought he was cheating. I checked under the table,⟧” Alejandro said. “⟦d:b|Now I just make the tea.⟧”
I asked Tomás what he likes about chess. He thought about it seriously for a long time.
“⟦d:a|Nobody can help you. It's just you and the other person and the pieces. If you lose, it's your fault. I like that,⟧” he said. Then: “⟦d:a|Also, I like winning.⟧”
“⟦d:-|Do you ever lose?⟧”
“⟦d:a|Yes. To my dad at football.⟧”

### 043
@a Lucía Montero | -
@b Delphine | My coach
@c - | Someone in the crowd
Lucía Montero, who won the Tour of the Fells last month at her first attempt, has spent the weeks since "⟦p:a|mostly sleeping and answering the same five questions⟧". She answered a few more for Henrik Ruud.
HR: Did you believe you could win it?
LM: Not until the last climb. My coach, Delphine, was in the car behind shouting, "⟦d:b|They're dying, Lucía, they're all dying,⟧" and I thought, well, so am I, but maybe I'm dying slower.
HR: What were you thinking on the final descent?
LM: Don't crash. That's it. Honestly, that's all. Someone in the crowd shouted "⟦d:c|Vamos, chica!⟧" and I nearly did crash, because I turned round to look.
HR: You've said you might not ride next year. Is that true?
LM: I said I "⟦p:a|might not⟧". By the next morning it was "⟦s:-|will not⟧" in every headline. I'm going to ride. I'm just going to ride less stupidly.

### 044
@a Brenda Kowalczyk | PINT-pulling gran
@b Dougie Fraser | Regular
@c Harcombe Taverns | -
PINT-pulling gran Brenda Kowalczyk has been crowned Britain's best landlady — after 45 years behind the bar of the same boozer.
Brenda, 69, who runs the Coach and Horses in Wellfield, beat 2,000 other publicans to the title at a ceremony in London last night.
"⟦d:a|I've never won anything in my life except a meat raffle,⟧" she told the Globe.
"⟦d:a|I thought they'd rung the wrong number. I said, 'Are you sure you want me? I've got a bad hip and a worse temper.'⟧"
Regular Dougie Fraser, 77, has drunk in the pub since 1981. "⟦d:b|She's barred me four times. Every time I deserved it,⟧" he said. "⟦d:b|Best landlady in the world. Don't tell her I said that.⟧"
Harcombe Taverns, which owns the pub, said Brenda was "⟦p:c|the beating heart of Wellfield⟧".
Brenda said she would celebrate "⟦p:a|with a half of mild and an early night⟧".

### 045
@a Adaeze Okoro | Lieutenant General
@b Chidi | Her husband
Lieutenant General Adaeze Okoro, who retired in May after 34 years in uniform, is not good at relaxing. She has been retired for eleven weeks and has, by her count, repainted every room in the house.
“⟦d:a|My husband says I'm trying to invade the spare bedroom,⟧” she says. “⟦d:a|He's not entirely wrong.⟧”
Okoro joined the army at 19 as a signaller, the daughter of a Nigerian nurse and a Welsh postman, and left it as the first woman to command the Northern Division. I ask whether it was hard.
“⟦d:a:m|Yes. Next question.⟧
“⟦d:a:m|No, that's unfair of me. It was hard in the way it's hard for anybody who is the only one of something in a room. You spend a lot of energy being normal. You laugh at the right jokes. You don't complain about the boots, even though the boots were designed for a man's foot and gave me blisters for fifteen years.⟧
“⟦d:a|The thing I'm proudest of isn't a rank. It's that there are now eleven women at brigadier level, and not one of them has to be the only one.⟧”
Her husband, Chidi, appears in the doorway holding a paint roller. “⟦d:b|She's doing the hallway next. I've been told. I've been briefed,⟧” he says.
“⟦d:a|Debriefed, later,⟧” she replies.

### 046
@a Tamsin Ward | the Paralympic champion
@b Joy Adeyinka | Her coach
@c - | a coach at her local club
Tamsin Ward, who was born without a left forearm, was told at nine by a coach at her local club that she would "⟦p:c|never be a swimmer⟧". Thirteen years later she has three world titles and a Paralympic gold.
"⟦d:a|I think about him every time I touch the wall first,⟧" the Paralympic champion said, grinning. "⟦d:a|Not in a nice way.⟧"
Her coach, Joy Adeyinka, has trained Ward since she was 14. "⟦d:b|The first session, she swam two lengths and then told me my programme was boring,⟧" Adeyinka said. "⟦d:b|She was right. I changed it.⟧"
"⟦d:a|She changed it to something worse,⟧" Ward said.
"⟦d:b|Harder. Not worse. Harder.⟧"
Ward is now targeting the 100m butterfly world record at next month's championships in Valdemora. "⟦d:a|It's there. I can feel it,⟧" she said. "⟦d:a|Joy thinks I should stop saying that in interviews.⟧"
"⟦d:b|I do think that,⟧" Adeyinka said.

### 047
@a Rosalind Achterberg | former detective
@b Kofi Mensah-Barry | journalist
@c Wexmoor Police | -
@d Gloria Pendry | -
The true crime podcast “⟦s:-|Cold Water⟧”, hosted by former detective Rosalind Achterberg and journalist Kofi Mensah-Barry, has prompted police to reopen the 1994 disappearance of Ann Pendry, a 23-year-old barmaid from Wexmoor.
Wexmoor Police said in a statement on Monday that it had received “⟦p:c|significant new information⟧” following the broadcast and that a review was “⟦p:c|at an early stage⟧”.
In the final episode of the series, Achterberg described the original investigation as “⟦p:a|a textbook example of how not to do it⟧”.
“⟦d:a|Nobody searched the quarry. Nobody. It's four hundred yards from where her car was found,⟧” she said.
“⟦d:b|And when we asked why, the answer was, essentially, that it was raining,⟧” Mensah-Barry added.
Gloria Pendry, whose sister Ann disappeared that November, said she had listened to every episode twice. “⟦d:d|For thirty years I've been the only person asking questions. Now there's a million people asking them,⟧” she said. “⟦d:d|I don't know if we'll find her. But I'm not on my own any more.⟧”

### 048
@a Derek Amesbury | the society's secretary
@b Colin Amesbury | his cousin
@c Hollybush Lane Allotment Society | The society
@d - | One plot-holder
A row over a prize-winning marrow has split the Hollybush Lane Allotment Society — and a family.
Derek Amesbury, 71, the society's secretary, has accused his cousin Colin Amesbury, 69, of entering a shop-bought vegetable in last month's annual show. Colin denies it.
"⟦d:a|I've been growing marrows for fifty years. I know a marrow that's been in a lorry,⟧" Derek said. "⟦d:a|That marrow had been in a lorry.⟧"
"⟦d:b|It was grown on plot 14, in my own muck, by my own hands,⟧" Colin said. "⟦d:b|Derek's been jealous since 1983.⟧"
Asked what had happened in 1983, Colin declined to elaborate. "⟦d:b|He knows,⟧" he said.
Derek said he did "⟦p:a|not have the faintest idea⟧" what his cousin meant.
The society said in a statement that it "⟦p:c|takes all allegations of produce irregularity seriously⟧" and that the marrow had been "⟦p:c|retained for inspection⟧".
One plot-holder, who asked not to be named, said the pair had been "⟦p:d|at it for years⟧". "⟦d:d|Their wives don't speak either. It's like the Montagues and Capulets, with courgettes,⟧" she said.

### 049
@a Noor Haddad | the elder by eleven minutes
@b Leila | her twin
@c Margot Vasseur | head buyer at Lanternier
The twin sisters behind the label Haddad Haddad do not finish each other's sentences. They interrupt them.
Noor Haddad, the elder by eleven minutes, runs the cutting room; her twin, Leila, handles, in her own words, «⟦p:b|everything that isn't a pair of scissors⟧».
«⟦d:a|People always ask who does what. I do the patterns, she does the—⟧» Noor begins.
«⟦d:b|The thinking,⟧» Leila says.
«⟦d:a|The talking. She does the talking.⟧»
The label, which began in 2017 in a spare room of their parents' flat in Lyon, is now stocked in forty shops. Margot Vasseur, head buyer at Lanternier, the Paris department store, took them on after a single meeting. «⟦d:c|They argued in front of me for twenty minutes about a hem. I thought: these two care more than anyone I've seen this year,⟧» she said.
The sisters' next collection, «⟦s:-|Eleven Minutes⟧», is named after the gap between their births. «⟦d:b|It was my idea,⟧» Leila said. «⟦d:a|It was my birthday first,⟧» said Noor.

### 050
@a Kwabena Asiedu-Marsh | The Bishop of Carnforth
@b Louisa Prendergast | presenter
@c - | A spokeswoman for the diocese
The Bishop of Carnforth, the Rt Rev Kwabena Asiedu-Marsh, has said the Church must stop ``⟦p:a|apologising for existing⟧'' and start ``⟦p:a|turning up⟧''.
In an interview with presenter Louisa Prendergast on Radio Carnforth's ``⟦s:-|Faith Matters⟧'' programme, the bishop said congregations had ``⟦p:a|lost their nerve⟧''.
``⟦d:a|We spend so much energy saying sorry for the things we've got wrong, which we should, that we've forgotten to do the things we get right,⟧'' he said. ``⟦d:a|Running the food bank. Sitting with the dying. That's the job.⟧''
``⟦d:b|Isn't that a bit convenient, Bishop? Focus on the food bank, don't talk about the scandals?⟧'' Prendergast asked.
``⟦d:a|No. We talk about both. But nobody ever came to faith because of a safeguarding report, however necessary the report is.⟧''
A spokeswoman for the diocese said the bishop's remarks ``⟦p:c|reflected his personal view⟧''.

### 051
@a Wayne Doyle | the 38-year-old
@b Kerry | His wife
@c - | One fan
Wayne "⟦s:-|The Hammer⟧" Doyle last night became the first left-hander to win the Northern Masters — then revealed he had nearly pulled out with a bad back.
"⟦d:a|I couldn't tie my shoelaces this morning. Kerry had to do them,⟧" the 38-year-old said. "⟦d:a|She double-knotted them. I'm still in them now.⟧"
His wife Kerry said she had "⟦p:b|never been so nervous⟧" watching him play. "⟦d:b|I couldn't look during the final leg. I was in the toilets,⟧" she said. "⟦d:b|Someone came in and told me he'd won.⟧"
Doyle hit a nine-dart finish in the semi-final, sending the crowd at the Wintergarden into a frenzy. One fan, in a Viking helmet, said: "⟦d:c|Best night of my life. And I was at my own wedding.⟧"
Asked how he would celebrate, Wayne Doyle said he would spend the £60,000 prize on "⟦p:a|a new back⟧".

### 052
@a Tendai Mupfumira | The novelist
@b Harriet Lomax | The session's chair
@c - | A teenager in the third row
The novelist Tendai Mupfumira told a packed tent at the Wenlow Book Festival on Sunday that she had written her latest book, “⟦s:-|A House Called Tuesday⟧”, “⟦p:a|entirely out of spite⟧”.
“⟦d:a|A man at a dinner party told me women couldn't write about war. So I wrote about a war. He hasn't read it. I've checked,⟧” she said.
The session's chair, Harriet Lomax, leaned forward. “⟦d:b|Forgive me, how exactly did you check?⟧”
“⟦d:a|I sent him a copy. Signed. He sent back a thank-you card. It had clearly been written by his wife,⟧” Mupfumira said.
A teenager in the third row asked how long it took to write a novel. “⟦d:c|Like, roughly. Is it years?⟧”
“⟦d:a|Seven years, this one. But six of them I spent not writing it, which is also part of writing it,⟧” Mupfumira said. “⟦d:a|Don't tell your teachers I said that.⟧”

### 053
@a Tadeusz Kamiński | a retired welder from Hull
@b Henryk | his elder brother
@c Agnieszka | Henryk's granddaughter
Tadeusz Kamiński, a retired welder from Hull, last saw his elder brother, Henryk, on a railway platform in Gdańsk in 1974. Neither of them knew it would be fifty years.
On Tuesday, at the arrivals gate at Humberside airport, the two men held each other for a long time without speaking. Then Henryk, now 81, said something in Polish that made his brother laugh.
“⟦d:b|Przytyłeś,⟧” he had said. “⟦d:b|You've got fat.⟧”
“⟦d:a|Fifty years and that is the first thing,⟧” Tadeusz said. “⟦d:a|He is right, of course.⟧”
The brothers lost touch after Tadeusz left Poland for a job in the Hull shipyards. Letters went astray; Henryk moved twice; their mother died in 1986 and, as Tadeusz puts it, “⟦p:a|the thread broke⟧”.
It was Henryk's granddaughter, Agnieszka, 27, who found him, through a genealogy website and what she describes as “⟦p:c|a frankly unreasonable number of phone calls⟧”.
“⟦d:c|My grandfather talked about his little brother in England my whole life. I thought, how hard can it be? Very hard, it turns out,⟧” she said.
Asked how it felt, Henryk spoke for some time. “⟦d:b|It is like getting back a piece of your own body that you had stopped noticing was missing,⟧” he said, through his granddaughter.

### 054
@a Danny Adebisi | singer
@b Mick Halloran | guitarist
@c Paul Strand | the bassist
It took a funeral to get the Wrens back together. The three surviving members of the Swindon band — singer Danny Adebisi, guitarist Mick Halloran and Paul Strand, the bassist, who now teaches music at a secondary school — had not been in the same room since 1998, when they split midway through a tour of Germany.
"⟦d:a|We were horrible to each other. Properly horrible,⟧" Danny said. "⟦d:a|I threw a kettle at Mick in Düsseldorf.⟧"
"⟦d:b|It was a toaster,⟧" Mick said.
"⟦d:a|It was a kettle, Mick. I remember the flex.⟧"
The occasion was the funeral last spring of their drummer, Steve Cobb. Afterwards, in the pub, Paul suggested they play one gig in Steve's memory. "⟦d:c|I thought they'd laugh at me. They didn't. They both just went quiet, which in this band means yes,⟧" he said.
The gig, at the Harbour Rooms in Swindon next month, sold out in four minutes.
"⟦d:b|Four minutes. We couldn't sell out a minibus in 1997,⟧" Mick said.
Asked whether the reunion might become permanent, Danny looked at the other two. "⟦d:a|Let's get through one night without any kitchen appliances,⟧" he said.

### 055
@a Sadia Rahman | a senior paramedic
@b Beth Colley | an emergency medical technician
@c - | The patient
At 3.12am the radio crackles and Sadia Rahman, a senior paramedic, is pulling on her jacket before the dispatcher has finished the sentence. “⟦d:a|Fall, elderly male, conscious,⟧” she says. “⟦d:a|Come on. You're riding with us, not ahead of us.⟧”
I have been with her crew for six hours. In that time we have been to a chest pain, a drunk man who wanted a lift home, and a child with a bead up her nose.
Her crewmate, Beth Colley, an emergency medical technician, is 24 and has been in the job two years. “⟦d:b|The bead was the highlight,⟧” she says from the driver's seat. “⟦d:b|I've never seen a mum so embarrassed.⟧”
The patient has fallen in his bathroom and spent two hours on the floor. He is 88, cold, cheerful and mortified. “⟦d:c|I'm so sorry to drag you out, girls. At this time of night,⟧” he keeps saying.
“⟦d:a|Don't you dare apologise,⟧” Rahman tells him. “⟦d:a|This is the best call we've had all night.⟧”
In the ambulance afterwards, I ask how they cope with nights like this, week after week.
“⟦d:b|Toast,⟧” says Colley, without hesitation.
“⟦d:a|She's not joking,⟧” Rahman says. “⟦d:a|Toast, and each other. Mostly toast.⟧”

### 056
@a Kiri Tanaka-Hughes | the 15-year-old
@b Emiko Tanaka | Her mother
@c Dev Marwaha | -
Kiri Tanaka-Hughes has broken her wrist twice, her collarbone once and, by her own count, "⟦p:a|about a million⟧" skateboards. Next month she will represent Britain at the World Skate Championships in Lisbon.
"⟦d:a|Falling is the whole sport. If you're scared of falling, take up chess,⟧" the 15-year-old said at the Tollgate skatepark in Redbrook, where she has skated almost every day since she was eight.
Her mother, Emiko Tanaka, watches from the bench with a flask and a first-aid kit. "⟦d:b|I used to watch through my fingers. Now I just watch,⟧" she said. "⟦d:b|The kit is for the boys. Kiri doesn't fall any more. The boys fall all the time.⟧"
Dev Marwaha, 34, who runs the skatepark, remembers the first time Kiri turned up. "⟦d:c|Tiny kid, massive helmet, borrowed board. She fell off about forty times and then landed a kickflip and looked at me like, 'Did you see that?'⟧" they said.
Asked about the pressure of a world championship, Kiri shrugged. "⟦d:a|It's just a bigger skatepark with more people watching. I'll fall off in front of them too, probably,⟧" she said. "⟦d:a|That's fine.⟧"

### 057
@a Ruth Akinyemi | governor of the Bank of Varnland
@b Anselm Decker | Your predecessor
@c - | Some in government
The following is an edited transcript of an interview with Ruth Akinyemi, governor of the Bank of Varnland, conducted by Meridian on Wednesday. Akinyemi, who took office in January, has described inflation as "⟦p:a|stubborn but beatable⟧".
Q: Markets expect two rate cuts this year. Are they right?
A: Markets expect a lot of things. I'd say the direction of travel is clear; the timing is not. We'll be guided by the data, which I know is what every central banker says, but it also happens to be true.
Q: Your predecessor was criticised for moving too slowly. Are you at risk of the same?
A: Anselm Decker used to say, "⟦d:b|A central bank should be the most boring institution in the country.⟧" I agree with him. Boring is not the same as slow.
Q: Some in government have called for the bank to "⟦p:c|look beyond⟧" inflation to growth. Your response?
A: I've read those comments. Our mandate is set by parliament, not by press releases.

### 058
@a Hamish Dunleavy | Tarn TV's weather presenter for 31 years
@b Priyanka Shah | Newsreader
@c Tarn TV | -
@d Elsie | One viewer
Hamish Dunleavy, Tarn TV's weather presenter for 31 years, signed off for the last time on Friday evening with a forecast of “⟦p:a|sunshine, for once, and a few tears⟧”.
“⟦d:a|I've stood in front of this map for three decades and told you it would rain. Mostly it did. Thank you for not blaming me,⟧” he told viewers.
Newsreader Priyanka Shah, who has shared the studio with him since 2009, presented him with a framed umbrella. “⟦d:b|Hamish is the only man I know who gets excited about an occluded front,⟧” she said. “⟦d:b|We'll miss him. The isobars will miss him.⟧”
Viewers' messages were read out during the programme. One viewer, Elsie from Bracklow, wrote that she had “⟦p:d|planned every washday since 1993⟧” around his forecasts.
“⟦d:a|Elsie, I'm sorry about 2007,⟧” Dunleavy replied, to laughter from the studio crew.
Tarn TV said in a statement that Mr Dunleavy had been “⟦p:c|a true friend to viewers in every kind of weather⟧”.

### 059
@a Ilse Vandermolen | the poet
@b Alastair Munro | Her publisher
@c - | The waiter
Ilse Vandermolen, the poet, has chosen a fish restaurant on Saltmarsh Row because, she says, «⟦p:a|fish don't ask what a poem means⟧». She orders sardines and a glass of white wine at noon without apology.
«⟦d:a|I've been sober for eleven years. This is water in a wine glass. I like the shape,⟧» she says, when she catches me looking.
Her new collection, «⟦s:-|Low Tide Ledger⟧», is her first in a decade. Her publisher, Alastair Munro, has called it «⟦p:b|the book she was always going to write, once she stopped being angry⟧». I read this to her. She laughs.
«⟦d:a|Alastair is wrong. I'm still angry. I've just got better at punctuation.⟧»
«⟦d:-|Angry about what?⟧» I ask.
«⟦d:a|Oh, everything. The sea. My father. The price of sardines.⟧» She gestures at her plate. «⟦d:a|Not these. These are very reasonable.⟧»
The waiter, clearing the plates, leans in. «⟦d:c|Everything all right, madam?⟧»
«⟦d:a|Perfect. Write that down,⟧» she tells me.

### 060
@a Winifred Caldicott | -
@b Geoffrey | Her eldest son
@c Martin | His brother
@d Susan | the youngest of her three children
Winifred Caldicott, who turns 100 on Sunday, has been asked the secret of a long life so many times this month that she has started giving a different answer every time.
“⟦d:a|Monday it was porridge. Tuesday it was never marrying a second time. Today I think it's spite,⟧” she said from her armchair at Elmhurst House care home in Brinsley.
Her eldest son, Geoffrey, 76, says the real answer is simpler. “⟦d:b|She's never sat still. She was still doing her own gutters at 90. We'd find her up a ladder,⟧” he said.
His brother Martin, 72, disagreed. “⟦d:c|It's the crossword. Geoff won't admit it because she beats him at it,⟧” he said.
“⟦d:b|She beats everyone at it.⟧”
“⟦d:c|She beats you fastest.⟧”
Susan, the youngest of her three children, has organised a party for 60 people at the village hall. “⟦d:d|Mum said she didn't want a fuss. Then she gave me a list of who to invite. It was three pages long,⟧” she said.
Mrs Caldicott was unrepentant. “⟦d:a|If you get to a hundred, you're allowed a list,⟧” she said. “⟦d:a|And I want a proper cake. Not one of those supermarket ones.⟧”

### 061
@a Morag Buchanan | -
@b Kirsty | her daughter-in-law
@c Iain Lockhart | presenter
@d - | One listener
Morag Buchanan, 67, and her daughter-in-law Kirsty, 38, have run Drumlea Farm outside Strathcairn together since Morag's husband, Alec, died in 2016. On Tuesday they told presenter Iain Lockhart on Radio Strath's ``⟦s:-|Farming Hour⟧'' that milk prices had left the farm ``⟦p:a|hanging on by its fingernails⟧'', as Morag put it.
``⟦d:a|We get 38p a litre. It costs us 41p to make it. You don't need to be an accountant,⟧'' Morag said.
``⟦d:c|So how are you still going?⟧'' Lockhart asked.
``⟦d:b|Stubbornness,⟧'' said Kirsty. ``⟦d:b|And Morag's pension, if I'm honest.⟧''
``⟦d:a|Don't tell them that,⟧'' Morag said.
``⟦d:b|They'll have worked it out, Morag.⟧''
Lockhart asked whether they had ever thought of selling up. There was a long pause. ``⟦d:a|Every winter,⟧'' Morag said eventually. ``⟦d:a|Then the calves come, and you forget.⟧''
One listener texted the programme to say the pair should be ``⟦p:d|running the country⟧''.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh89.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh89",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
