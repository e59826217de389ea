# ruff: noqa: E501
"""Build ``quotes_fresh145.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch or on a walk, Q&A pieces printed with the
interviewer's questions in bold or with the speakers' initials, podcast, radio and
television interviews, sports and arts interviews and press conferences, and
human-interest stories about families in which several relatives of the same gender
speak and are called by their first names, often with a reporter who asks questions
in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh145-NNN``.

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
  it (``His wife, Margery Penhallow, a retired magistrate``): the appositive is the
  description. A title before the name alone (``Trainer Cathal Ruane``,
  ``Velmoran Foreign Minister …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 74-year-old``,
  ``the presenter``), that description is taken.
* A non-restrictive relative clause after an appositive or after an unnamed source's
  noun phrase (``a former employee, who asked not to be named …``) is not part of the
  description; a restrictive one (``a senior diplomat who asked not to be identified
  …``) is.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's, presenter's or interviewer's questions are that
  person's speech, and an unnamed reporter's question at a press conference is speech
  by ``one reporter``, ``a reporter`` etc. In a printed dialogue (alternating
  quote-only paragraphs) each turn belongs to the person whose turn it is.
* Family members called only by a first name throughout (``Tessa, a paramedic``)
  have that first name as the speaker, even when the family name occurs elsewhere in
  the passage attached to someone else or to the family as a whole.
* Inside a transcript or a printed answer (no outer quotation marks), a saying the
  interviewee quotes from someone else (``My dad said, “…”``) is ``direct`` speech of
  that person (with a null speaker and ``My dad`` as description when they are not
  named); words the interviewee quotes of their own (``I said, “…”``) are theirs.
  Earlier words of the interviewee quoted inside the interviewer's question
  (``You once described your method as “…”``) are ``partial`` by the interviewee.
* Several people speaking at once (``the sisters answered as one``) have a null
  speaker and the group phrase as description.
* An organisation introduced with a relational phrase (``His publisher, Wren & Pike``)
  is the speaker, with that phrase as description.
* Fragments quoted from unidentified reviews or critics (``Somebody once wrote``) are
  ``partial`` with speaker and description null; a fragment from an unnamed but
  described source (``One reviewer called them``) keeps that description.
* An unnamed person referred to in several ways (``a climber``, ``the man``, ``the
  climber``) keeps one description, the definite one the passage settles on.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh145.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh145.jsonl")

PASSAGES = """
### 001
@a Ngozi Okafor-Lindqvist | the architect behind the Halvard Street baths
@w - | the waiter
@r - | One reviewer
Ngozi Okafor-Lindqvist, the architect behind the Halvard Street baths, arrives at Castellane's eight minutes early and apologises for it. “⟦d:a|I hate being late so much that I am always early, which is its own kind of rude,⟧” she says, sliding into the banquette.
Castellane's is known mostly for its ceiling, a riot of plaster grapes, and I ask whether that is why she chose it. “⟦d:a|I chose it because it's four minutes from the site and they let you sit for three hours,⟧” she says. “⟦d:a|The ceiling is fine. It's a bit pleased with itself.⟧”
The waiter recommends the turbot. “⟦d:w|It came off the boat at six,⟧” he says, with the air of a man who has said it before. She orders it; I have the lamb.
The baths, which opened in March after nine years of planning rows, have not been universally loved. One reviewer called them “⟦p:r|a concrete sulk with a diving board⟧”. Okafor-Lindqvist laughs when I read it out. “⟦d:a|That one stuck. My daughter has it printed on a mug.⟧”
“⟦d:-|Does it hurt?⟧” I ask.
“⟦d:a:m|Of course it hurts. Anyone who tells you they don't read their reviews is lying or dead. But a building isn't finished when the critic leaves. It's finished when the old men who swim at seven in the morning have decided where their towels go.⟧
“⟦d:a|Give it ten years. Then tell me it's a sulk.⟧”
She was born in Enugu, trained in Gothenburg and now lives, as she puts it, “⟦p:a|on a train between three cities⟧”. Her husband, a structural engineer, lives on the same train, usually in a different carriage.
When the bill arrives she reaches for it before I can. “⟦d:a|You can write that I paid,⟧” she says. “⟦d:a|Nobody ever believes it.⟧”

### 002
@a Tendai Mushonga | the novelist
@g - | My grandmother
@e Lisbet Andreassen | My editor
Tendai Mushonga, the novelist, has spent two decades writing about the same stretch of the Nyakasanga river. Her fourth book, “⟦s:-|The Salt Ledger⟧”, took eleven years and was, she says, “⟦p:a|nearly thrown in the river twice⟧”. She spoke to us from her kitchen in Mbaruka.
This conversation has been edited for length and clarity.
**Eleven years. What took so long?**
Mostly fear. I wrote the first chapter in a week and then I didn't trust it. I rewrote it forty times.
**You once described your method as “⟦p:a|slowly and in the wrong order⟧”. Is that still true?**
More than ever. I write the ending first, then the middle, and the beginning last, because by then I know who everyone is.
**The river is almost a character. Where does that come from?**
My grandmother's house was on the bank. When it flooded, which was most years, she would stand at the door and say, “⟦d:g|The water is only visiting.⟧” I've been trying to write that sentence properly for thirty years.
**Did you ever think of giving up?**
Twice. My editor, Lisbet Andreassen, read a draft and sent back one line: “⟦d:e|Keep the river, lose the lawyer.⟧” She was right. There used to be a lawyer.
**What are you reading now?**
Nothing new. I'm rereading “⟦s:-|Harvest of Small Birds⟧” because I'm afraid I've stolen from it.

### 003
@a Arjun Mehta | The housing minister
@b Declan Furlong | Presenter
@c Owen Pritchard | the opposition's housing spokesman
@d - | A spokesperson for the department
The housing minister, Arjun Mehta, has admitted the government will miss its target of 40,000 new social homes this year, in a bruising interview on Morning Line.
Presenter Declan Furlong put it to him that the target had been "⟦p:b|quietly abandoned⟧".
"⟦d:a|Nothing has been abandoned, quietly or otherwise,⟧" Mr Mehta replied. "⟦d:a|We will build those homes. We will build them later than I wanted.⟧"
"⟦d:b|How much later?⟧" Furlong asked.
"⟦d:a|I'm not going to give you a date on the radio that I then have to defend on the radio.⟧"
"⟦d:b|So you don't know.⟧"
"⟦d:a|I know roughly. Roughly isn't good enough for your listeners, and it isn't good enough for me.⟧"
The minister blamed rising construction costs and what he called "⟦p:a|a planning system built for 1974⟧".
Owen Pritchard, the opposition's housing spokesman, said the interview had been "⟦p:c|painful to listen to⟧". "⟦d:c|He had two years to say this and he said it at ten past eight on a Tuesday,⟧" he said.
A spokesperson for the department later said the minister "⟦p:d|stands by every word⟧".

### 004
@m Rosalind Achterberg | their mother
@h Hannah | the eldest
@t Tessa | a paramedic
@r Merel | -
@o St Brannock's | The hospice
When the Achterberg sisters — Hannah, 34, Tessa, 31, and Merel, 27 — wade into the water at Pellow Cove on Saturday morning, their mother will be watching from the harbour wall with a flask and, she admits, her eyes shut.
“⟦d:m|I can't look. I've never been able to look,⟧” said their mother, Rosalind Achterberg, who is 62. “⟦d:m|When they were little I used to watch them at the swimming baths through my fingers.⟧”
The three are attempting a relay swim across the 22-mile Carrick Sound to raise money for the hospice that cared for their father, Piet, who died last spring.
Hannah, the eldest, came up with the idea. “⟦d:h|Dad swam it in 1989. It took him fourteen hours and he was sick the whole way,⟧” she said. “⟦d:h|We thought, well, there's three of us. We can be sick in shifts.⟧”
Tessa, a paramedic, is the strongest swimmer of the three but the least keen on cold water. “⟦d:t|I do the first leg because if I do the last one I'll have talked myself out of it,⟧” she said.
Merel disagreed. “⟦d:r|She says that, but she's been training since January. She goes in at five in the morning. In the dark.⟧”
“⟦d:t|Once,⟧” Tessa said.
“⟦d:r|Every day,⟧” said Merel.
Their mother rolled her eyes. “⟦d:m|This is what it's like,⟧” she said. “⟦d:m|Thirty years of this.⟧”
The hospice, St Brannock's, said the sisters had already raised more than £14,000. “⟦d:o|We are humbled and a little bit terrified for them,⟧” it said in a statement.

### 005
@a Valentina Ruiz-Córdoba | a 19-year-old qualifier ranked 212th in the world
@c Paolo Berti | her coach since she was 12
@b Ilse Marnix | fourth seed
KELLINGTON, June 14 (Newsline) - Valentina Ruiz-Córdoba, a 19-year-old qualifier ranked 212th in the world, beat fourth seed Ilse Marnix 6-4 3-6 7-5 on Tuesday to reach the quarter-finals of the Kellington Open.
"⟦d:a|I don't really know what happened. I think I'm going to wake up in a minute,⟧" Ruiz-Córdoba told reporters, still holding her racket bag in both arms.
"⟦d:a|I was just trying to put the ball in the court and not look at who was on the other side of the net.⟧"
Paolo Berti, her coach since she was 12, said he had told her before the match to "⟦p:c|play like nobody is watching⟧". "⟦d:c|Then eight thousand people watched, and she played like that anyway. I'm very proud,⟧" he said.
Marnix, who served for the match at 5-4 in the third set, said she had "⟦p:b|tightened up like an old door⟧". "⟦d:b|She played brave. I didn't. Simple as that,⟧" the Dutchwoman said.
Ruiz-Córdoba will play either the second seed or a fellow qualifier in the last eight on Thursday. Asked how she would celebrate, she said: "⟦d:a|Sleep. And maybe a pizza. Is that allowed?⟧"

### 006
@a Coralie Dufresne | the show's creator
@b Yewande Bakare | her co-host
@c Siobhán Mac Giolla | a midwife of 31 years
On the latest episode of “⟦s:-|Night Shift⟧”, the podcast about people who work while the rest of us sleep, Coralie Dufresne, the show's creator, and her co-host, Yewande Bakare, talk to Siobhán Mac Giolla, a midwife of 31 years, about the births she still thinks about.
“⟦d:a|So you've delivered how many babies, roughly?⟧” Dufresne asks early on.
“⟦d:c|Roughly? Somewhere north of four thousand. I stopped counting when the number stopped meaning anything,⟧” Mac Giolla says.
Bakare, whose own daughter was born during a power cut, wants to know what happens when the lights go out. “⟦d:b|Because I remember lying there thinking, surely somebody has a torch,⟧” she says.
“⟦d:c|Somebody always has a torch,⟧” Mac Giolla replies. “⟦d:c|It's usually the father, and it's usually pointed at the wrong end.⟧”
The episode's best moment comes when she describes a birth in a lift at the old Granard Street hospital in 1998.
“⟦d:c:m|The lift stopped between floors two and three. The mother was a schoolteacher, very calm, very organised. She said to me, ‘I'm sorry, I think this is happening now.’ As if she was apologising for being late with her homework.⟧
“⟦d:c|That little girl wrote to me last year. She's a midwife herself now. I cried in the car park.⟧”
Dufresne is audibly moved. “⟦d:a|I wasn't going to cry on this episode,⟧” she says. “⟦d:a|I had a whole plan.⟧”

### 007
@a Aurelio Vannucci | the principal conductor of the Brennmark Philharmonic
@b Marit Solvang | the orchestra's leader
Aurelio Vannucci, the principal conductor of the Brennmark Philharmonic, has a habit of conducting the conversation as well. When a question goes on too long, his right hand begins, very slightly, to beat time.
«⟦d:a|You want to know why Bruckner. Everybody wants to know why Bruckner,⟧» he said in his dressing room after Thursday's rehearsal. «⟦d:a|Because he was never sure of anything. He rewrote everything. I find that very comforting.⟧»
The 68-year-old has led the orchestra for fourteen seasons and will step down next summer. He describes the decision as «⟦p:a|the only sensible thing I have done since 1991⟧».
Marit Solvang, the orchestra's leader, has played under him for all fourteen. «⟦d:b|He is impossible and wonderful,⟧» she said. «⟦d:b|Mostly wonderful. On Tuesdays, impossible.⟧»
Why Tuesdays? «⟦d:b|Tuesday is the first rehearsal. He has had the whole weekend alone with the score, and he comes in with a hundred ideas. Ninety of them are brilliant. He wants all hundred.⟧»
Told this, Vannucci shrugged. «⟦d:a|She is being kind. It is more like eighty.⟧»
Asked what he will miss, he thought for a long time. «⟦d:a:m|The sound before the sound. The moment when they have lifted the bows and nobody has played yet. Nobody in the audience hears it. It is the best thing in music.⟧
«⟦d:a|That, and the canteen. The soup here is very good.⟧»

### 008
@a Gary Pettigrew | a scaffolder
@b Liam | -
@c Connor | the younger of the brothers
@p - | The pensioner
@d - | A coastguard spokesman
A HERO dad and his two lads plucked a stranded dog walker from rising tides — using nothing but a rope and a borrowed paddleboard.
Gary Pettigrew, 52, was fishing off Skelby Point with Liam, 24, and Connor, 19, when they heard screams from the rocks below.
"⟦d:a|We looked over and there's this fella clinging on with his dog under one arm,⟧" said Gary, a scaffolder. "⟦d:a|The water was coming in like a train. I said to the boys, 'Right, who's the best swimmer?' and they both pointed at each other.⟧"
Liam ended up paddling out. "⟦d:b|I've never been on a paddleboard in my life,⟧" he admitted. "⟦d:b|I fell off twice just getting to him.⟧"
Connor, the younger of the brothers, stayed on the rocks with the rope. "⟦d:c|Liam's telling everyone he did all the work. He didn't. I was holding him up the whole time,⟧" he joked.
The pensioner, who did not want to be named, said: "⟦d:p|They saved my life and Pepper's too. I owe them a pint each. Maybe two.⟧"
A coastguard spokesman said the family had been "⟦p:d|incredibly lucky⟧" and urged walkers to check tide times. "⟦d:d|Please, please don't try this yourselves. Call 999 and ask for the coastguard,⟧" he added.

### 009
@a Kenji Tamura | -
@m - | A customer
@w - | My wife
Kenji Tamura closed Ume, his eight-seat counter in Aldgrave, last month after twelve years, saying in a post to followers that the restaurant had "⟦p:a|run its course, the way a good meal does⟧". He sat down with our food editor, Rhiannon Boyce, to talk about endings.
RB: Why close now, when you're fully booked until March?
KT: Because I'm fully booked until March. I wanted to stop while people still wanted to come. My father ran a noodle shop for forty years and he closed it when nobody came any more. I didn't want that.
RB: Was there a moment you knew?
KT: There was a Friday in June. A customer sent back the mackerel and wrote on the card, "⟦d:m|Tasted tired.⟧" And I thought, she's right. Not the fish. Me.
RB: Critics called Ume "⟦p:-|the most serious room in the city⟧". Did you like that?
KT: I hated it. I wanted people to laugh in there. There's a difference between serious and solemn.
RB: What's next?
KT: My wife says, "⟦d:w|Anything with weekends.⟧" So, weekends.

### 010
@s Sean Delaney | -
@f Frank Delaney | a former amateur champion who runs the Tolan Street gym
@c Ciarán | Sean's younger brother
Sean Delaney was six when his father first wrapped his hands. Twenty years on, Frank Delaney still does it before every fight, in the same order, in silence.
“⟦d:s|He won't let anyone else near them,⟧” said Sean, 26, who fights for the Northern Area super-welterweight title on Saturday at the Drumcarrow Leisure Centre. “⟦d:s|I've had cutmen with thirty years' experience offer. He just looks at them.⟧”
Frank, 61, a former amateur champion who runs the Tolan Street gym, shrugs when asked about it. “⟦d:f|It's the last thing I can do for him before he goes out there. After that it's his fight,⟧” he said.
There is a third Delaney in the gym: Sean's younger brother, Ciarán, 22, who boxed until a detached retina ended his career at 19 and now works the corner.
“⟦d:c|I'm the bucket man,⟧” Ciarán said. “⟦d:c|Dad does the hands, I do the bucket and the stool. Sean does the hard bit.⟧”
Asked whether he found it hard to watch his brother fight, Ciarán was quiet for a moment. “⟦d:c|Every time. But it'd be harder not being there.⟧”
Sean says the brothers talk “⟦p:s|about everything except boxing⟧” away from the gym. Frank has a simpler rule. “⟦d:f|No fighting talk at the dinner table. Their mother's rule, not mine. She's the real boss.⟧”

### 011
@a Esme Varga-Thorne | the 38-year-old
@g - | Her agent
Esme Varga-Thorne is explaining why she no longer does the voices. “⟦d:a|I used to do everyone's voice when I told a story — my mum, the director, the man in the shop,⟧” she says, “⟦d:a|and then I heard myself on a podcast and I sounded like a children's entertainer having a breakdown.⟧”
The 38-year-old has had, by any measure, a strange year. Eighteen months ago she was waiting tables between auditions; now she is the face on the side of every bus in the city. Critics have called her an “⟦s:-|overnight success⟧”, a phrase she finds hilarious.
I ask her what she thought when the script for “⟦s:-|The Lantern Keeper⟧” arrived. “⟦d:a|Honestly? That they'd sent it to the wrong person,⟧” she says. “⟦d:a|I rang my agent and said, ‘Is this a mistake?’ and she said, ‘Probably, but say yes before they notice.’⟧”
Her agent, reached later, confirms this. “⟦d:g|I did say that. I stand by it,⟧” she says.
“⟦d:a:m|The thing nobody tells you about being forty-ish and suddenly employable is that you don't trust it. You keep waiting for the phone call.⟧
“⟦d:a|I still keep my old waitressing apron in a drawer. Not as a joke. As insurance.⟧”
“⟦d:-|Do you think you'll ever throw it out?⟧” I ask.
She considers this. “⟦d:a|When I'm dead. Then someone else can throw it out.⟧”

### 012
@a Henrike Osterwald | Governor
@b Tobias Kallsen | Finance Minister
@c Ruth Abiodun | chief economist at Havelock Partners in Frelsburg
FRELSBURG, March 3 (Meridian Wire) - The Bank of Valdmark is prepared to keep interest rates at their current level "⟦p:a|for as long as it takes⟧" to bring inflation back to target, Governor Henrike Osterwald said in an interview on Monday.
"⟦d:a|We are not in a hurry, and we are not going to be rushed by the markets,⟧" Osterwald told Meridian Wire at the bank's headquarters. "⟦d:a|Markets have priced in three cuts. I would say to them: read what we actually say.⟧"
Inflation in Valdmark eased to 4.1 percent in January from a peak of 7.8 percent in 2023, but remains well above the bank's 2 percent target.
Asked whether a cut before the summer was possible, she said: "⟦d:a|Possible, yes. Likely, I would not say.⟧"
Finance Minister Tobias Kallsen said last week that he expected "⟦p:b|some relief⟧" for borrowers by the autumn. Asked about that comment, Osterwald said: "⟦d:a|The minister is entitled to his expectations. We are entitled to ours.⟧"
A spokesman for the finance ministry declined to comment.
"⟦d:c|She's drawing a very clear line in the sand,⟧" said Ruth Abiodun, chief economist at Havelock Partners in Frelsburg. "⟦d:c|The message is: stop asking.⟧"

### 013
@t Tomás Quintero | -
@r Rafael | his twin brother
@l Lucía | his daughter
@h Pauline Hurst | A customer
For twenty years, Tomás Quintero and his twin brother, Rafael, have started work at 3 a.m. in the back of Quintero Hermanos on Dock Road. On Friday, for the first time, only one of them will.
Rafael, who has Parkinson's disease, is retiring. "⟦d:r|My hands decided for me,⟧" he said. "⟦d:r|I argued with them for three years. They won.⟧"
Tomás will keep the bakery open with his daughter, Lucía, 23, who gave up a job in accounting to learn the trade. "⟦d:t|She's better than both of us already. Don't print that,⟧" Tomás said.
"⟦d:l|He says that every day and then he tells me I've ruined the bread,⟧" said Lucía.
The brothers came to Sallow Bay from Cádiz in 1998. Their first loaves, Rafael recalls, were "⟦p:r|like bricks, beautiful bricks⟧".
Asked what he would miss most, Rafael pointed at his brother. "⟦d:r|Him. Arguing with him about the oven temperature at four in the morning. Nobody else will argue with me like that.⟧"
"⟦d:t|I'll come round to your house and argue,⟧" Tomás said.
"⟦d:r|Good,⟧" said Rafael.
A customer, Pauline Hurst, 80, has bought a loaf every day since 2004. "⟦d:h|It won't be the same without Rafa, but at least the bread will,⟧" she said.

### 014
@a Femi Adeyinka | The presenter
@m Margaret | -
@d Doreen | -
@o - | a Radio Tolland spokeswoman
Listeners to Femi Adeyinka's mid-morning show on Radio Tolland were left in tears on Wednesday after a phone-in about first jobs turned into something else entirely.
The presenter had asked callers to share “⟦p:a|the worst job you ever loved⟧”. The first, Margaret from Coldharbour, described plucking turkeys at 14. “⟦d:m|My hands were blue from November to Christmas. Best money I ever earned,⟧” she said.
Then came Doreen, calling from Ashwick Vale.
“⟦d:d:m|I was a clippie on the buses in 1961. That's a conductress, for the young ones. I met my husband on the number 14. He never had the right change, not once in fifty-two years.⟧
“⟦d:d|He died in February. I haven't told anyone that on the radio before. I just wanted someone to know he never had the right change.⟧”
There was a long pause. “⟦d:a|Doreen, I think everyone listening just put the kettle down,⟧” Adeyinka said.
“⟦d:d|Oh, don't be daft,⟧” she replied. “⟦d:d|Put it back on.⟧”
The station said it had received more than 400 messages about the call. “⟦d:o|We'd love to send Doreen some flowers, if she'll let us,⟧” a Radio Tolland spokeswoman said.

### 015
@a Parveen Chaudhry-Walsh | -
@j - | The judges
@e Ezinne Obi-Harcourt | The chair of judges
Parveen Chaudhry-Walsh has won the Ellery Prize for "⟦s:-|Salt on the Threshold⟧", her second collection, a book-length sequence about her grandmother's corner shop in Brackwater.
"⟦d:a|I didn't write it for a prize. I wrote it because the shop was being knocked down and I needed somewhere to put it,⟧" she said on Thursday, hours after the announcement.
The judges called the collection "⟦p:j|a building made of voices⟧".
She reads me the opening lines over the phone: "⟦d:a|My grandmother weighed sugar like it owed her money. / She was never once short.⟧" Then she laughs. "⟦d:a|That's true, by the way. Ask anyone in Brackwater.⟧"
The chair of judges, Ezinne Obi-Harcourt, said the decision had been unanimous. "⟦d:e|We argued about everything else for three days. We didn't argue about this,⟧" she said.
Chaudhry-Walsh says she will spend the £20,000 prize money "⟦p:a|on a new boiler and a very good lunch⟧", in that order.

### 016
@a Alasdair Penhallow | the former appeal judge
@w Margery Penhallow | a retired magistrate
Sir Alasdair Penhallow, who retired from the Court of Appeal in June after twenty-two years on the bench, is not a man given to regret. But there is one case, he admits, that still keeps him awake.
``⟦d:a|You will want to know which one, and I shan't tell you,⟧'' the former appeal judge said at his home in Trewellan. ``⟦d:a|The family has been through quite enough without an old man's conscience in the newspapers.⟧''
He is more forthcoming about the changes he has seen. Courts, he said, had become ``⟦p:a|places where everyone is frightened of the computer⟧''.
``⟦d:a|When I started, the most advanced piece of technology in my court was the kettle. Now we have screens that freeze in the middle of a witness's evidence. I am not against progress. I am against progress that doesn't work.⟧''
His wife, Margery Penhallow, a retired magistrate, called through from the kitchen. ``⟦d:w|He's against progress,⟧'' she said.
``⟦d:a|I am against some progress,⟧'' he corrected.
Asked what advice he would give to new judges, Sir Alasdair thought for a moment. ``⟦d:a|Listen to the end of the sentence. Most people are right by the end of the sentence.⟧''

### 017
@a Farhan Siddiqui | the Westmarch captain
@b - | one reporter
@d Lachlan Beattie | the Westmarch coach
@c - | another reporter
Farhan Siddiqui, the Westmarch captain, defended his decision to bat first on a green pitch after his side were bowled out for 97 on the opening day of the final at Corran Park.
"⟦d:a|If I had my time again, I'd probably do the same. I'd just want us to bat better,⟧" he said.
"⟦d:b|Did you look at the pitch?⟧" one reporter asked.
"⟦d:a|I looked at it for twenty minutes. It looked like a pitch,⟧" Siddiqui said, to laughter.
Pressed on whether the dressing room had been consulted, he said the decision had been "⟦p:a|collective, but mine⟧".
Lachlan Beattie, the Westmarch coach, was less diplomatic. "⟦d:d|We were poor. There's no other word. Well, there are other words, but you can't print them,⟧" he said.
"⟦d:c|Is the captaincy under review?⟧" another reporter asked.
"⟦d:d|No. Next question,⟧" Beattie said.

### 018
@g Ada Nwachukwu | -
@c Chioma | Her daughter
@z Adaeze | Chioma's daughter
@o Marlowe House Residents' Association | -
Ten years ago this week, a fire tore through the top two floors of Marlowe House, a tower block in Eastcote Vale, killing four people. Three generations of the Nwachukwu family lived on the ninth floor. All three got out.
Ada Nwachukwu, now 81, still sleeps with her shoes beside the bed. “⟦d:g|I put them there the night after and I never moved them,⟧” she said. “⟦d:g|My daughter says it's morbid. I say it's practical.⟧”
Her daughter, Chioma, 55, laughed. “⟦d:c|I have never once said morbid,⟧” she said. “⟦d:c|I said it was a trip hazard.⟧”
It was Chioma's daughter, Adaeze, then 14, who smelt the smoke first.
“⟦d:z|I thought someone was burning toast. Then I opened the door to the corridor and it was black. Not grey — black,⟧” said Adaeze, now 24 and training as a firefighter.
“⟦d:z:m|I went and got Grandma first because she was closest. Mum was already shouting for us. We went down the stairs holding each other's jumpers, like a train.⟧
“⟦d:z|On the fourth floor there was a man coming up. He was a firefighter. He took Grandma's arm and said, ‘I've got her.’ That's when I decided.⟧”
Her mother and grandmother exchange a look when she says this. “⟦d:c|She told us at Christmas. We both cried into the trifle,⟧” Chioma said.
Ada was more direct. “⟦d:g|I told her: if you're going to run into fires, at least wear the right shoes.⟧”
A memorial service will be held on Saturday. The Marlowe House Residents' Association said in a statement it would be “⟦p:o|a day for the four we lost, and for everyone who carried someone down those stairs⟧”.

### 019
@a Gemma Stroud | the former Calder City goalkeeper
@m Roisin Keogh | My first manager
@h - | My husband
On this week's “⟦s:-|Back Pass⟧”, Tunde Bello sits down with Gemma Stroud, the former Calder City goalkeeper, who retired in May after 17 seasons. An edited extract:
TB: You've said you were “⟦p:a|scared every single game⟧”. Every single one?
GS: Every one. Four hundred and something games. I was sick before most of them. People think goalkeepers are mad. We're not mad, we're terrified and we've found a way to make it useful.
TB: Who taught you that?
GS: My first manager, Roisin Keogh. She used to stand behind the goal in training and say, “⟦d:m|If you're not scared, you're not paying attention.⟧” I thought she was winding me up. She wasn't.
TB: What's the save you still think about?
GS: Not a save. A mistake. The cup semi in 2016. I came for a cross I had no business coming for. I still see it when I shut my eyes. My husband says, “⟦d:h|It's been eight years,⟧” and I say, “⟦d:a|I know, I was there.⟧”

### 020
@a Jean-Baptiste Oumarou | The 58-year-old
@b Hélène Castagnet | His neighbour
@o regional agriculture office | -
Jean-Baptiste Oumarou has been growing lentils on the plateau above Saint-Aubrac-des-Combes for thirty years. This summer, for the first time, he did not bother to harvest.
«⟦d:a|There was nothing to harvest. The plants were the colour of straw in June,⟧» he said, kicking at the cracked earth. «⟦d:a|My father would not recognise this field.⟧»
The 58-year-old is one of dozens of farmers in the Combes valley who have asked for emergency aid after the driest summer on record.
His neighbour, Hélène Castagnet, who keeps goats on the next hill, has sold half her herd. «⟦d:b|I kept the ones with names,⟧» she said. «⟦d:b|Which is all of them, really, so I had to give some of them new names first.⟧»
The regional agriculture office said it had «⟦p:o|taken note⟧» of the farmers' demands and would respond «⟦p:o|in the coming weeks⟧».
Oumarou is unimpressed. «⟦d:a|They have been taking note since 2019. I have a whole drawer of their notes.⟧»
Castagnet, asked whether she would stay, did not hesitate. «⟦d:b|Where would I go? The goats don't speak anything but Occitan.⟧»

### 021
@a Kwabena Asante-Moore | the band's singer
@b Dario Fenwick | the drummer
@c Kat | a fan who gave her name only as Kat
It is 2 a.m. somewhere on the motorway between Harwick and Dunmore, and Kwabena Asante-Moore, the band's singer, is eating cereal out of a mug. "⟦d:a|This is the glamour you were promised,⟧" he says.
The Lowfield Hums are twelve dates into a thirty-date tour, and the bus smells of wet denim and instant noodles.
I ask him whether the new record, "⟦s:-|Pylon Weather⟧", was harder to make than the last. "⟦d:a|Everything's harder than the last. That's how you know you're still trying,⟧" he says. Then, after a pause: "⟦d:a|Also, Dario broke his wrist.⟧"
From the back of the bus, Dario Fenwick, the drummer, shouts: "⟦d:b|I fractured it. Fractured. There's a difference.⟧"
"⟦d:a|There isn't,⟧" Asante-Moore shouts back.
"⟦d:b|There is to my insurance.⟧"
Earlier, outside the venue in Harwick, a fan who gave her name only as Kat had been queueing since lunchtime. "⟦d:c|I've seen them eleven times. My mum thinks I'm in a cult,⟧" she said. "⟦d:c|She's not wrong.⟧"

### 022
@a Wanjiru Kamau | -
@b Njeri | her twin sister
@c Peter Otieno | their coach since 2015
@o - | Race organisers
Wanjiru Kamau crossed the line in 2:21:07 to win the Halberg Marathon on Sunday — and the first person she hugged was the woman who had paced her for the first 30 kilometres, her twin sister, Njeri.
“⟦d:a|Without her I'd have gone out too fast and died at 35K,⟧” Wanjiru said. “⟦d:a|She shouts at me the whole way. Nobody else is allowed to shout at me.⟧”
Njeri, who dropped out as planned at the 30km mark, said: “⟦d:b|I don't shout. I encourage. Loudly.⟧”
The sisters, 29, grew up on a farm in the Kiptoro Hills and ran to school together every day. Asked who was the faster runner as children, they answered at the same time.
“⟦d:a|Me,⟧” said Wanjiru.
“⟦d:b|Me,⟧” said Njeri.
“⟦d:c|Njeri could run 2:25 herself if she wanted to. She prefers to make her sister run faster. I have never seen anything like it,⟧” said Peter Otieno, their coach since 2015.
Wanjiru's time was a course record. Race organisers said the win was “⟦p:o|one of the great days in the history of this race⟧”.

### 023
@a Matthias Brandvold | the founder of the delivery app Kerbside
@e - | A former employee
Matthias Brandvold, the founder of the delivery app Kerbside, orders a green juice and then, when it arrives, looks at it with visible disappointment. "⟦d:a|I thought it would be sweeter. That's on me,⟧" he says.
We are meeting three weeks after Kerbside laid off a third of its staff, in a restaurant he chose because, he says, "⟦p:a|nobody from work can afford it⟧". He means this as a joke. I ask about the layoffs early, to get them over with.
"⟦d:-|How many of those people did you tell yourself?⟧"
"⟦d:a|Every one in the head office. Eighty-one conversations in two days. I don't recommend it.⟧"
"⟦d:-|And the others?⟧"
"⟦d:a|Their managers. Which I know sounds like cowardice. It was logistics. Possibly it was also cowardice.⟧"
He describes the company's early culture as "⟦p:a|a bit too much like a gap year⟧" and insists that has changed.
A former employee, who asked not to be named because of a settlement agreement, was less charitable. "⟦d:e|He's a nice man who read too many books about being a genius,⟧" she said.
When I read this to him over dessert, he nods slowly. "⟦d:a|That's fair. I'd add that I've stopped reading them.⟧"

### 024
@e Emre Yalçın | a retired postman from Dunmarsh
@h Hakan Demir | a driving instructor
@o Coldwater Family Services | -
@s Selin | Hakan's daughter
For 54 years, Emre Yalçın and Hakan Demir lived less than 40 miles apart without knowing the other existed. Last month a home DNA test told them they were twins.
“⟦d:e|I got an email that said ‘identical twin match’, and I thought it was spam,⟧” said Emre, a retired postman from Dunmarsh. “⟦d:e|I nearly deleted it.⟧”
Hakan, a driving instructor, had taken the test as a birthday present from his daughter. “⟦d:h|She wanted to know if we were Viking. We are not Viking,⟧” he said.
The two men met for the first time on 3 May in a café halfway between their homes. Both arrived fifteen minutes early. Both ordered tea with two sugars.
“⟦d:e|He walked in and I thought, that's my face, but with a beard,⟧” Emre said.
“⟦d:h|And a better haircut,⟧” said Hakan.
The boys were born at St Ondine's maternity home in 1970 and adopted separately within weeks. Coldwater Family Services, which absorbed the agency that handled the adoptions, said it could not comment on individual cases but that records from the period were “⟦p:o|incomplete and in places inaccurate⟧”.
Hakan's daughter, Selin, 26, says she now has “⟦p:s|two dads, basically⟧”. “⟦d:s|One of them is just slightly more punctual,⟧” she said.
Emre had the last word. “⟦d:e|We've got fifty-four birthdays to catch up on. We're starting with the cake.⟧”

### 025
@a Ingrid Halvorsen-Mbeki | commander of the Vostrand research station
@t Tevita Fifita | Our cook
Ingrid Halvorsen-Mbeki, commander of the Vostrand research station, has just come back from fourteen months on the ice. She describes the experience as “⟦p:a|like living inside a fridge with eleven people you love and occasionally want to murder⟧”.
**What was the first thing you did when you got home?**
Stood in the garden in the rain for twenty minutes. My neighbour came out and asked if I was all right. I said, “⟦d:a|I'm better than all right. It's wet.⟧”
**What's the hardest part of winter down there?**
The dark. Four months without the sun. You stop knowing what day it is. We had a rule that on Sundays everyone had to wear a shirt with a collar, so at least we'd know.
**Who kept morale up?**
Our cook, Tevita Fifita. Every night at dinner he'd bang a pan and shout, “⟦d:t|Another day closer to oranges!⟧” By July it was the funniest thing any of us had ever heard.
**Would you go back?**
Ask me in a year. My husband says I'm not allowed to answer that question until I've unpacked.

### 026
@a Claudette Ferreira-Young | The chief executive of Brimwater
@b Anjali Rao | The presenter
@d Bryony Halse | a wild swimmer from Elsford who has campaigned for two years against the discharges
@c Brimwater | -
The chief executive of Brimwater, Claudette Ferreira-Young, has apologised for sewage discharges into the River Lodden but insisted she would not resign.
"⟦d:a|I am sorry. I've said it before and I'll keep saying it,⟧" she told Anjali Rao on Kestrel Live on Friday morning. "⟦d:a|But walking away would be the easy thing to do, and it wouldn't clean a single metre of river.⟧"
The presenter put it to her that she had received a bonus of £840,000 last year. "⟦d:b|Do you understand why people listening are angry about that?⟧" Rao asked.
"⟦d:a|Completely. I'd be angry.⟧"
"⟦d:b|Will you give it back?⟧"
"⟦d:a|I've given half of it to the river restoration fund. I'm not going to stand here and pretend that's heroic.⟧"
Bryony Halse, a wild swimmer from Elsford who has campaigned for two years against the discharges, said she listened to the interview "⟦p:d|through gritted teeth⟧". "⟦d:d|Sorry doesn't make the river swimmable. Pipes do,⟧" she said.
Brimwater said in a statement after the broadcast that it was "⟦p:c|investing record sums⟧" in its network.

### 027
@a Orla Breathnach | the 23-year-old
@b Cathal Ruane | Trainer
@c Priyanka Sethi | Owner
Orla Breathnach became the first woman to win the Caldermoor Gold Cup on Saturday when Quiet Harbour held off the favourite by a neck.
“⟦d:a|I didn't breathe for the last furlong. I think I'm still not breathing,⟧” the 23-year-old said in the winner's enclosure, still in her silks.
“⟦d:a|He's the kindest horse I've ever sat on. He doesn't know he's supposed to be nervous.⟧”
Trainer Cathal Ruane, who gave Breathnach her first ride as a 16-year-old, called her “⟦p:b|the coolest head in the weighing room⟧”. “⟦d:b|Men twice her age were panicking and she was sitting there like she was waiting for a bus,⟧” he said.
Owner Priyanka Sethi, who bought Quiet Harbour for 9,000 guineas as a yearling, was in tears. “⟦d:c|My father always said this horse would win something big. He didn't live to see it. Today is his,⟧” she said.
Asked how she would celebrate, Breathnach grinned. “⟦d:a|Cathal's buying. He just doesn't know it yet.⟧”

### 028
@a Marguerite Osei | the director
@b Leona Farrow | the 74-year-old
@c Tamsin Ofori-Kay | -
In a church hall in Weyford on a grey Tuesday, Marguerite Osei, the director, is on her knees with a roll of tape, marking out a kingdom.
“⟦d:a|This is Britain, roughly. Don't step on Kent,⟧” she tells the cast.
Her production of “⟦s:-|King Lear⟧”, which opens at the Tollgate Theatre next month, casts Leona Farrow in the title role.
“⟦d:b|I've played his daughters. Two of them, anyway. I always wanted to find out what he was thinking,⟧” the 74-year-old says during a break. “⟦d:b|Turns out he wasn't thinking. That's the point.⟧”
Tamsin Ofori-Kay, 26, plays Cordelia. She had never done Shakespeare professionally before. “⟦d:c|The first week I was terrified of Leona. The second week I was terrified of the verse. Now I'm just terrified of the opening night, which feels healthier,⟧” she says.
Farrow overhears. “⟦d:b|She's brilliant. Write that down. She won't believe it from me.⟧”
“⟦d:c|I won't,⟧” says Ofori-Kay.
Osei, who has been trying to stage the play for a decade, says casting a woman was “⟦p:a|never a gimmick⟧”. “⟦d:a|Leona is the best actor I know who is the right age. That's the whole reason. Everything else is a newspaper headline,⟧” she says. “⟦d:a|Sorry. No offence.⟧”

### 029
@a Beatrix Nakamura-Hale | -
@h Hiroshi | My husband
@m - | My mother
Beatrix Nakamura-Hale, 88, has kept bees in the same orchard in Upper Thornby for sixty years. The Gazette's “⟦s:-|Five Minutes With⟧” caught up with her between hives. “⟦d:a|Just put that I'm still here,⟧” she said when we asked how she would like to be introduced.
Q: How many hives do you have now?
A: Eleven. Down from thirty. My knees voted.
Q: Have you ever been badly stung?
A: Hundreds of times. My husband, Hiroshi, used to keep count on the kitchen calendar. He'd write “⟦d:h|B. stung (again)⟧” in red pen.
Q: What's the secret?
A: Be calm and don't wear perfume. And talk to them. My mother told me, “⟦d:m|Bees know when you're lying,⟧” and I've never found out whether she was joking.
Q: Any plans to retire?
A: I retired in 1998. From the school. Not from the bees.

### 030
@c Dai | One man at the bar
@o Carreg Minerals | -
@a Gwilym Pryce-Evans | a former shift supervisor
@b Eluned | His wife
@e - | a woman pushing a pram
In the Miners' Arms in Cwm Aderyn on Friday night, the talk was of nothing else.
"⟦d:c|Three hundred jobs. Gone in an email,⟧" said one man at the bar, who gave only his first name, Dai. "⟦d:c|They didn't even have the decency to come up here and say it.⟧"
Carreg Minerals announced on Thursday that the Glanrhyd quarry would close in March, blaming "⟦p:o|unsustainable energy costs⟧".
Gwilym Pryce-Evans, a former shift supervisor, worked at the site for 31 years before retiring in 2019. His two sons still work there.
"⟦d:a|My father worked there, I worked there, my boys work there. That's it. That's the end of the line,⟧" he said.
His wife, Eluned, was more blunt. "⟦d:b|They'll knock it down and build holiday lets, you watch,⟧" she said.
Outside, a woman pushing a pram said she was "⟦p:e|frightened, to be honest⟧". "⟦d:e|My partner's on the night shift. We've just had this one. What do we do now?⟧"
Carreg Minerals said in a statement that it would offer "⟦p:o|enhanced redundancy and retraining support⟧" to all affected staff.

### 031
@b Samira Haddad | her mother
@a Layla Haddad | The 17-year-old
@c Yasmin | Her older sister
Layla Haddad was born without a left hand and, according to her mother, “⟦p:b|without a reverse gear⟧”.
“⟦d:b|She's never once asked to stop. Not at four in the morning, not when she had flu, not ever,⟧” said Samira Haddad, who drives her to the Corrington pool six mornings a week.
The 17-year-old will compete in the S8 100m butterfly at the Meridian Para Games next month. “⟦d:a|I just like going fast. People make it into a big inspirational thing and I'm like, no, I just like going fast,⟧” she said.
Her older sister, Yasmin, 21, is her self-appointed social media manager. “⟦d:c|I post the videos, she complains about the angles,⟧” Yasmin said. “⟦d:c|Standard.⟧”
“⟦d:a|She always films my bad side,⟧” Layla said.
“⟦d:c|You don't have a bad side. That's the problem. It's very annoying,⟧” said Yasmin.
Asked how she felt before races, Samira laughed. “⟦d:b|Worse than her. Much worse. I have to sit near the exit.⟧”

### 032
@a Lucien Marchetti-Dubois | chief executive of Armateurs Rivel
@b - | One analyst who follows the company
Lucien Marchetti-Dubois, chief executive of Armateurs Rivel, keeps a ship's bell on his desk. He rings it, he says, «⟦p:a|only for good news, which is why it is a little dusty⟧».
«⟦d:a|Shipping is a business of patience. You order a ship today, it arrives in four years, and by then the world has changed its mind three times,⟧» he said in an interview at the company's headquarters in Port-Vaudrel.
Rivel last month reported its first annual loss in a decade. Asked whether the company had expanded too fast, he did not argue. «⟦d:a|Yes. I signed the orders. The mistake is mine.⟧»
One analyst who follows the company said that admission was «⟦p:b|refreshing, if late⟧». «⟦d:b|Investors like a chief executive who owns his mistakes. They like it even more when he doesn't make them,⟧» the analyst said.
Marchetti-Dubois, 61, says he has no plans to step down. «⟦d:a|When I go, you will hear the bell.⟧»

### 033
@a Kayleigh Brannigan | REALITY star
@b Denise Brannigan | a dinner lady from Grimbly
@o Glasshouse TV | The show's producers
REALITY star Kayleigh Brannigan has opened up about the "⟦p:a|darkest year of my life⟧" — and how her mum saved her.
The former "⟦s:-|Villa Amore⟧" contestant, 27, told us: "⟦d:a|I was getting thousands of nasty messages a day. I stopped leaving the house. Mum basically moved in.⟧"
Her mum, Denise Brannigan, 54, a dinner lady from Grimbly, said: "⟦d:b|I just turned up with a suitcase and a lasagne. That's what mums do.⟧"
Kayleigh says she's now "⟦p:a|in a much better place⟧" and has a new boyfriend. "⟦d:a|He's not in the industry, thank God. He's a plumber. He thinks Instagram is a type of bread,⟧" she laughed.
Denise added: "⟦d:b|I like him. He fixed my boiler.⟧"
The show's producers, Glasshouse TV, said: "⟦d:o|The welfare of our cast is our top priority and we continue to offer aftercare to all former contestants.⟧"

### 034
@a Ravi Subramanian | The host
@b Conor Mulvaney | a historian at the University of Ashgrove
"⟦d:a|Let's start with the obvious question. Did the Aldermoor mutiny actually happen?⟧" Ravi Subramanian asks at the top of this week's episode of "⟦s:-|Dead Letters⟧".
"⟦d:b|It happened. It just didn't happen the way anyone tells it,⟧" replies his guest, Conor Mulvaney, a historian at the University of Ashgrove.
Over the next fifty minutes, Mulvaney takes apart the legend of the 1797 mutiny piece by piece. The famous speech by the ringleader, he says, was "⟦p:b|almost certainly written by a Victorian journalist with a deadline⟧".
"⟦d:b:m|There's no record of it before 1861. None. And the language is wrong. Nobody in 1797 said 'brotherhood of the lower deck'. That's a phrase from the trade union movement.⟧
"⟦d:b|So either the ringleader was seventy years ahead of his time, or someone made it up. I know which I'd bet on.⟧"
The host presses him: "⟦d:a|But does it matter, if the story's good?⟧"
"⟦d:b|It matters to the men who were hanged,⟧" Mulvaney says. "⟦d:b|They said something. We just don't know what.⟧"

### 035
@a Huia Tamatea-Rewi | a master weaver
@b Aroha | Her granddaughter
The first thing Huia Tamatea-Rewi, a master weaver, tells me is that I'm standing on her flax. “⟦d:a|Not that one. The one next to it. Yes. Thank you,⟧” she says.
The 79-year-old's retrospective, “⟦s:-|Whenu⟧”, opens at the Te Awaroa Gallery on Saturday, the first time her cloaks have been shown together.
I ask what the title means. “⟦d:a|The threads that run up and down. The ones that hold everything. You don't see them much when it's finished,⟧” she says. “⟦d:a|That's most people's grandmothers, eh.⟧”
Her granddaughter, Aroha, 24, has been learning from her since she was seven. “⟦d:b|She's strict. She'll unpick a whole morning's work if one row is loose,⟧” Aroha says. “⟦d:b|I used to cry. Now I just make a cup of tea and start again.⟧”
“⟦d:-|Is she as good as you?⟧” I ask Tamatea-Rewi.
She looks over at her granddaughter for a long moment. “⟦d:a|Not yet,⟧” she says. Then, more quietly: “⟦d:a|Soon.⟧”
As I leave she calls out “⟦d:a|Haere rā⟧” — “⟦d:a|go well⟧” — without looking up from the loom.

### 036
@a Zanele Mokoena-Price | the leader of the Greenward Party
@c - | one columnist
Zanele Mokoena-Price, the leader of the Greenward Party, has agreed to talk on one condition: no questions about her hair. "⟦d:a|You'd be amazed how many there are,⟧" she says. Deal.
"⟦d:-|You've said the party will win twenty seats. Do you believe that?⟧"
"⟦d:a|I believe it on Mondays, Wednesdays and Fridays.⟧"
"⟦d:-|And the rest of the week?⟧"
"⟦d:a|The rest of the week I believe fifteen and I work twice as hard.⟧"
"⟦d:-|Your critics say you're a protest party with a nice logo.⟧"
"⟦d:a|Our logo is terrible. My nephew designed it in 2011. Next question.⟧"
She is funnier in person than on television, where she can seem, as one columnist put it, "⟦p:c|permanently braced for impact⟧". She knows it. "⟦d:a|Television makes me stiff. I look like I'm waiting for the dentist,⟧" she admits.

### 037
@a Bernadette Ochieng-Reilly | a foster carer for 35 years
@b Marcus Tiernan | one of the first children she fostered
@j Jide | -
@o Brenmoor Council | -
Bernadette Ochieng-Reilly, a foster carer for 35 years, has lost count of the birthday cakes. “⟦d:a|Sixty-three children. I've probably made two hundred cakes. Some of them twice, because they were dropped,⟧” she said.
On Sunday, forty of those children — now adults, some with children of their own — packed into the Greyfriars community hall in Brenmoor to surprise her on her 70th birthday.
Marcus Tiernan, one of the first children she fostered, organised the party. “⟦d:b|She took me in when I was nine and nobody else would. I'd been to five homes in a year,⟧” said the 44-year-old, now a police sergeant. “⟦d:b|She gave me a key on the first day. A key. I'd never had a key to anything.⟧”
Another, Jide, 19, lived with her until last summer. “⟦d:j|She still texts me every Sunday to ask if I've eaten a vegetable,⟧” he said. “⟦d:j|The answer is usually no.⟧”
Ochieng-Reilly, who had been told the party was a church lunch, said she had “⟦p:a|suspected nothing, absolutely nothing⟧”. “⟦d:a|I thought it was odd that Marcus was wearing a tie. He never wears a tie.⟧”
Brenmoor Council said in a statement that she had “⟦p:o|changed more lives than any of us will ever know⟧”.

### 038
@a Ignacio Ferrante | The 52-year-old
@b Kelbrook Athletic | -
@c Dermot Coyle | His long-time assistant
Ignacio Ferrante has been a football manager for 19 years and sacked, by his own count, five times. "⟦d:a|You would think it gets easier. It doesn't. It gets quicker,⟧" he said.
The 52-year-old was dismissed by Kelbrook Athletic on Monday with the club 18th in the table. He spoke to The Courier on Wednesday at his flat overlooking the ground, the curtains, pointedly, drawn.
"⟦d:a:m|I found out from my daughter. She saw it on her phone before the chairman rang me. That is the modern game. Your daughter knows before you.⟧
"⟦d:a|I don't blame the chairman for the decision. I blame him for the timing. Ten minutes. Could he not have waited ten minutes?⟧"
Kelbrook Athletic said in a statement on Monday that it thanked Ferrante for his "⟦p:b|hard work and dedication⟧" and wished him "⟦p:b|every success in the future⟧".
His long-time assistant, Dermot Coyle, who left with him, said the players had "⟦p:c|let him down badly⟧". "⟦d:c|He protected them all season. Not one of them has picked up the phone,⟧" Coyle said.
Asked whether he would manage again, Ferrante laughed for the first time. "⟦d:a|Of course. It's a disease. There is no cure.⟧"

### 039
@c Fiona Strachan-Obi | a glaciologist at the Hallam Polar Institute
@a Naledi Dube | Sunrise presenter
@b Callum Ashby | Her co-presenter
@v - | One viewer
A scientist left Sunrise viewers stunned on Tuesday when she produced a block of 800-year-old ice live on air.
Dr Fiona Strachan-Obi, a glaciologist at the Hallam Polar Institute, brought the sample back from the Vatnfell ice cap in a cool box. “⟦d:c|This is older than most cathedrals,⟧” she said, lifting the lid. “⟦d:c|And it's melting in your studio, so I'll be quick.⟧”
Sunrise presenter Naledi Dube asked whether she could touch it. “⟦d:a|Is it cold? That's a silly question. Of course it's cold,⟧” Dube said.
“⟦d:c|Not silly at all. It's colder than it looks, actually. The air bubbles in there are from the thirteenth century,⟧” Dr Strachan-Obi replied.
Her co-presenter, Callum Ashby, leaned in and sniffed it. “⟦d:b|I was expecting it to smell of something. History, maybe,⟧” he said.
The scientist said the ice cap had lost “⟦p:c|roughly a third of its volume⟧” since 1980. “⟦d:c|This may be the last sample we can drill from that site. In twenty years there won't be anything left to drill,⟧” she said.
One viewer, posting on social media, wrote: “⟦d:v|Never thought I'd cry at a lump of ice before 8am.⟧”

### 040
@a Augustin Mbala | a trumpeter who played with most of the great bandleaders of the 1960s
@b Lorraine | His wife of 60 years
Augustin Mbala, a trumpeter who played with most of the great bandleaders of the 1960s, still practises for two hours every morning. ``⟦d:a|The lips forget faster than the brain,⟧'' he said. ``⟦d:a|If I stop for a week, it takes a month to get them back. At my age I don't have many months.⟧''
He is 91. The trumpet he plays was bought in 1958 with money borrowed from his landlady, and the dent in the bell is, he says, ``⟦p:a|from a fight I didn't start⟧''.
A 1964 review in the Hartwell Herald described his tone as ``⟦p:-|a knife wrapped in velvet⟧''. He keeps it framed in the downstairs toilet. ``⟦d:a|That's where you put the things that make you too proud,⟧'' he said.
His wife of 60 years, Lorraine, sat in on the interview and corrected him frequently. ``⟦d:b|It was 1963, not 1964,⟧'' she said at one point. ``⟦d:b|And it was the Cellar Club, not the Blue Door.⟧''
``⟦d:a|She remembers everything. I remember the music,⟧'' Mbala said. ``⟦d:a|Between us we have one good memory.⟧''

### 041
@a Grace | a staff nurse who asked that her surname not be used
@b Mei Lin | Her colleague
@c Olusegun Adebayo-Clarke | general secretary of the Nurses' Alliance
@d Health Department | -
At 7.15 on a Thursday morning, Grace, a staff nurse who asked that her surname not be used, has been on her feet for twelve hours. "⟦d:a|I had a yoghurt at two. That was lunch. Or dinner. I'm not sure which,⟧" she says.
She and thousands of colleagues will walk out next week in the first nurses' strike in Castlemere for thirty years.
"⟦d:a|Nobody wants to do this. We're nurses. We don't strike. We apologise,⟧" she says. "⟦d:a|But I've got a second job stacking shelves. I'm forty-six.⟧"
Her colleague, Mei Lin, 29, is planning to leave for a job overseas. "⟦d:b|I love this ward. I'm leaving it anyway. That's how bad it is,⟧" she says.
Olusegun Adebayo-Clarke, general secretary of the Nurses' Alliance, said the government had "⟦p:c|left us no choice⟧". "⟦d:c|We have been asking for talks since March. We have had one meeting, and it lasted eleven minutes,⟧" he said.
The Health Department said it had made "⟦p:d|a fair and generous offer⟧" and urged the union to "⟦p:d|return to the table⟧".

### 042
@a Sunny Bhattacharya | the comedian
@b Kit Morrow | the host
Sunny Bhattacharya is, by his own admission, “⟦p:a|a terrible guest⟧”. Twenty minutes into his appearance on “⟦s:-|Hold the Line⟧”, the host, Kit Morrow, has asked four questions and received no answers.
“⟦d:b|Let's try an easy one. Where did you grow up?⟧” Morrow asks.
“⟦d:a|Next question,⟧” says the comedian.
“⟦d:b|That's genuinely the easiest one I've got.⟧”
“⟦d:a:m|Fine. Fine. Blackmere. Above a launderette. My dad ran the launderette, my mum ran my dad. Everything I know about comedy I learned watching people wait for their socks.⟧
“⟦d:a|There's nothing funnier than a man watching his own pants go round. Nothing. You can't write that.⟧”
It is the most revealing he has been in years. Later, asked about the stage fright that forced him to cancel a tour in 2021, he goes quiet. “⟦d:a|I'm not going to be funny about that one,⟧” he says. “⟦d:a|I'll just say I'm better, and leave it there.⟧”
Morrow, to his credit, leaves it there. “⟦d:b|That's all anyone wants to hear, mate,⟧” he says.

### 043
@a Shinobu Kaneda | Japanese director
@b Ayane Morishita | Its star
@c - | one journalist
@d Ximena Larraín | Festival director
VELLMORE, May 19 (Newsline) - Japanese director Shinobu Kaneda said on Sunday that his new film, "⟦s:-|The Quiet Orchard⟧", was "⟦p:a|a letter to my mother that I was too late to send⟧".
Speaking through an interpreter at a packed press conference, Kaneda, 71, said he had written the script in the months after her death in 2022. "⟦d:a|She never saw any of my films. She said they were too slow. She was right,⟧" he said, to laughter.
The film, which premiered in competition on Saturday night, received a twelve-minute standing ovation.
Its star, Ayane Morishita, said working with Kaneda had been "⟦p:b|like being taught to walk again⟧". "⟦d:b|He would say, 'Less.' And then, 'Less.' And then, when I was doing nothing at all, 'Good,'⟧" she said.
"⟦d:c|Is this your last film?⟧" one journalist asked.
Kaneda paused for a long time. "⟦d:a|Every film is my last film. Then I get bored,⟧" he said.
Festival director Ximena Larraín called it "⟦p:d|the film we will be talking about in ten years⟧".

### 044
@a Winston Achampong | the caretaker at Millbrook Primary
@b Harriet Lowell-Singh | Headteacher
@c Chloe Benn | a former pupil who now teaches Year 2 at the school
@d - | one Year 4 pupil
Winston Achampong, the caretaker at Millbrook Primary, has unblocked, by his own estimate, four thousand toilets. “⟦d:a|Four thousand and twelve. I kept a book,⟧” he said.
After forty years at the school, the 66-year-old retires at the end of term.
Headteacher Harriet Lowell-Singh said Mr Achampong was “⟦p:b|the person who actually runs this school⟧”. “⟦d:b|I'm the fourth head he's seen off. He tells me I'm his favourite. I suspect he told the other three that too,⟧” she said.
Chloe Benn, a former pupil who now teaches Year 2 at the school, remembers him fixing her bike chain in 1999. “⟦d:c|He kept a box of plasters and a box of biscuits in his shed. You got one of each if you cried,⟧” she said.
Asked what she would miss about him, one Year 4 pupil said: “⟦d:d|His dog.⟧”
Mr Achampong took this well. “⟦d:a|Fair enough. Pepper is better company than me.⟧”

### 045
@a Hamish Drummond-Kerr | the team leader
@b Ahmad Rahimi | a software tester who joined the team four years ago
@c - | the climber
The call comes at 3.40 p.m., just as the light is starting to go. A climber has fallen on the north face of Sgùrr Dhonn and can't move his leg.
"⟦d:a|Right. Boots,⟧" says Hamish Drummond-Kerr, the team leader, and eleven people stand up at once.
I have been with the Glen Ardach Mountain Rescue Team for two days. Ahmad Rahimi, a software tester who joined the team four years ago, drives the Land Rover up the forestry track as if it has personally offended him.
"⟦d:b|People think we're all ex-army. I write code for a bank. Half of us are nurses and plumbers,⟧" he says, swinging round a hairpin.
"⟦d:-|Do you ever get scared?⟧" I ask.
"⟦d:b|Every time. The day I'm not scared is the day I stop coming.⟧"
They reach the climber at 6.20. Drummond-Kerr kneels beside him. "⟦d:a|What's your name, pal?⟧" he asks.
"⟦d:c|Stupid. My name's stupid,⟧" the man says, through chattering teeth.
Two days later, from his hospital bed, the climber, who asked not to be named, tells me: "⟦d:c|I'd done that route twenty times. That's the problem. You stop looking.⟧"
Drummond-Kerr, 58, has been on the team for thirty years. "⟦d:a|Everybody thinks they're the exception. The mountain doesn't do exceptions,⟧" he says.

### 046
@a Ananya Krishnamurthy | the 12-year-old
@c Mikhail Dorofeev | a 54-year-old grandmaster who has been ranked in the world's top 200
@b Venkat | a bus driver who taught her the moves when she was five
Ananya Krishnamurthy was eating a banana when she realised she had won. “⟦d:a|I was hungry. I didn't think he would resign so quickly,⟧” the 12-year-old said.
Her opponent in the final round of the Tarnwick Open on Sunday was Mikhail Dorofeev, a 54-year-old grandmaster who has been ranked in the world's top 200. He resigned on move 38.
“⟦d:c|She saw a combination I missed. I should have seen it. She saw it faster,⟧” Dorofeev said afterwards. “⟦d:c|I have been beaten by children before. Not usually this politely.⟧”
Her father, Venkat, a bus driver who taught her the moves when she was five, said he could no longer beat her. “⟦d:b|I stopped being able to beat her when she was seven. Now I just carry the board,⟧” he said.
Ananya says she wants to become a grandmaster “⟦p:a|before I'm allowed to drive⟧”. Asked what she would do with the £500 prize, she looked at her father. “⟦d:a|He says it's for university. I said it's for a dog.⟧”
“⟦d:b|It's for university,⟧” Venkat said.

### 047
@a Élodie Tremblay-Ahmadi | Mayor
@b Gord Sorensen | Morning Shift host
@c Patti Wiebe | a resident of Kingfisher Lane
Mayor Élodie Tremblay-Ahmadi says the town of Pike Rapids "⟦p:a|will not be rebuilding in the same place⟧" after last week's flood, the second in four years.
In an interview with Morning Shift host Gord Sorensen on Tuesday, she said some neighbourhoods along the Vermilion River would be bought out. "⟦d:a|We can't keep putting people back in the path of the water and calling it resilience,⟧" she said.
"⟦d:b|How many homes are we talking about?⟧" Sorensen asked.
"⟦d:a|Somewhere between 80 and 120. I don't want to give a number I'll regret.⟧"
"⟦d:b|And if people don't want to go?⟧"
"⟦d:a|Then we'll talk to them. And talk to them again. I'm not going to drag anyone out of their house.⟧"
Patti Wiebe, a resident of Kingfisher Lane, said she had been expecting the news. "⟦d:c|My basement's flooded twice. My husband says third time we'll just put fish in it,⟧" she said.

### 048
@d Sandra Mallory | Their mum
@a Tom | the eldest
@b Danny | -
@c Reece | the youngest
@e - | A Wexmoor Fire and Rescue spokesman
FOUR brothers from Ashcombe have all joined the same fire service — and their mum says she has "⟦p:d|never slept a full night since⟧".
Tom, 34, Danny, 31, Jordan, 28, and Reece, 25, followed their late dad, Keith, into Wexmoor Fire and Rescue Service.
"⟦d:a|Dad never pushed us. He just used to come home smelling of smoke and looking happy, and we all wanted that,⟧" said Tom, the eldest, who is now a watch manager.
Danny, who works on the same watch as Tom, added: "⟦d:b|It's like being at home, except he's allowed to tell me off officially now.⟧"
Reece, the youngest, joined last year. "⟦d:c|I was meant to be the one who got a normal job. Mum had high hopes. I let her down,⟧" he joked.
Their mum, Sandra Mallory, 63, said: "⟦d:d|Keith would be so proud. Me, I just pray. Every shift, I pray.⟧"
A Wexmoor Fire and Rescue spokesman said: "⟦d:e|We're very lucky to have the Mallory brothers. We're also slightly outnumbered.⟧"

### 049
@a Conceição Amaral-Fitz | a literary translator
@g - | Her grandmother
Conceição Amaral-Fitz, a literary translator, has spent the past three years inside somebody else's head. “⟦d:a|It's a very intimate way to be lonely,⟧” she says, stirring a coffee she doesn't drink.
She has just finished the English version of “⟦s:-|Os Dias de Lama⟧”, the 900-page novel by the reclusive Vasco Terreiro.
I ask whether she has met him. “⟦d:a|Once. He bought me lunch and talked about football for two hours. He didn't mention the book at all,⟧” she says. “⟦d:a|I think that was his way of saying he trusted me.⟧”
Her grandmother, she tells me, used to say “⟦d:g|Quem conta um conto acrescenta um ponto⟧” — “⟦d:g|whoever tells a tale adds a stitch⟧”.
“⟦d:a|That's the job. You add a stitch. The trick is that nobody should ever be able to find it.⟧”

### 050
@a Rhys Llewellyn-Mensah | the Carrow Wanderers flanker
@b Owain | a primary school teacher
@c Bryn Treharne | Carrow head coach
Rhys Llewellyn-Mensah, the Carrow Wanderers flanker, says the hardest tackle he ever made was the one he didn't see coming: telling his teammates he is gay.
“⟦d:a|I'd planned this big speech. In the end I just said it in the changing room after training, with one boot off,⟧” the 27-year-old says. “⟦d:a|Somebody said, ‘Is that it?’ and somebody else threw a towel at me. That was the whole thing.⟧”
He has been with his partner, Owain, a primary school teacher, for four years. They met, he says, “⟦p:a|at a pub quiz we both lost badly⟧”.
Owain is more nervous about the attention than Rhys is. “⟦d:b|I'm the one who reads the comments. He doesn't. I've asked him to stop doing interviews. He's doing this one,⟧” he says, laughing.
Carrow head coach Bryn Treharne said the squad had been “⟦p:c|completely unbothered, in the best way⟧”. “⟦d:c|The only thing this group cares about is whether Rhys makes his tackles. He makes his tackles,⟧” he said.
Llewellyn-Mensah hopes talking publicly will help “⟦p:a|one kid in one changing room somewhere⟧”. “⟦d:a|If that's all it does, that's plenty.⟧”

### 051
@a Ferdinand Kovács-Reid | The actor
@f - | My dad
**The Last Word: Ferdinand Kovács-Reid**
The actor, 45, stars as a disgraced surgeon in “⟦s:-|Incision⟧”, which returns for a third series on Sunday.
**What was your first job?**
Paper round. I was sacked for reading the papers.
**Best advice you've been given?**
My dad was a welder. When I told him I wanted to act he said, “⟦d:f|Fine, but learn to weld first.⟧” I never did. I think about it every time a job falls through.
**Worst review?**
Somebody once wrote that I had “⟦p:-|the stage presence of a coat stand⟧”. I've got it on a T-shirt.
**What do you do on your day off?**
Sleep. Then feel guilty about sleeping. Then sleep.
**What would you tell your younger self?**
“⟦d:a|Stop apologising.⟧” And, “⟦d:a|Buy the flat.⟧”

### 052
@a Alfred Nyström | -
@b Winifred | his wife
@c Karin Nyström-Hale | Their daughter
Alfred Nyström and his wife, Winifred, met at a dance in Tollesby in 1953. He trod on her foot. She has been reminding him ever since.
"⟦d:b|Seventy years and he still can't dance,⟧" said Winifred, 92, from her armchair at the Hawthorns care home in Marrowby, where the couple celebrated their platinum anniversary on Saturday.
"⟦d:a|I can dance. I just can't dance with you. You lead,⟧" said Alfred, 94.
The secret to a long marriage, according to Alfred, is "⟦p:a|separate newspapers⟧". Winifred's answer is shorter. "⟦d:b|Patience. Mine,⟧" she said.
Their daughter, Karin Nyström-Hale, 66, said her parents had "⟦p:c|never once gone to bed on an argument, because they never finish them⟧".
"⟦d:c|They just pause them. There are arguments from 1974 that are still technically ongoing,⟧" she said.
Asked whether he would do it all again, Alfred took his wife's hand. "⟦d:a|Every day. Even the foot.⟧"

### 053
@a Bogdan Zieliński | the crime novelist
@o Wren & Pike | His publisher
Bogdan Zieliński, the crime novelist, gives interviews only while walking. «⟦d:a|If I sit still I start lying. Walking, I can't be bothered,⟧» he explains as we set off along the canal towpath at Haverleigh.
His dog, a deaf greyhound called Inspector, walks ahead of us with great dignity.
His twelfth novel, «⟦s:-|The Drowned Accountant⟧», has sold more than a million copies, and its detective is more miserable than ever. I ask why. «⟦d:a|Because happy detectives are boring. Also because I was unhappy when I invented him, and now I'm stuck with him,⟧» he says.
«⟦d:-|Have you thought about killing him off?⟧» I ask.
«⟦d:a|Every book. My publisher sends me a bottle of whisky every time I don't.⟧»
His publisher, Wren & Pike, confirmed this by email. «⟦d:o|We consider it an investment,⟧» it said.
Halfway along, a cyclist rings his bell and waves. Zieliński waves back. «⟦d:a|He thinks I'm famous. I'm not famous. My detective is famous. I just do his typing.⟧»

### 054
@a Nadia Benali | Ravensby captain
@b Kirsten Holm | Manager
@c - | a reporter
Ravensby captain Nadia Benali says the club's first league title in its 41-year history is "⟦p:a|for every girl who was told to go and play netball⟧".
Benali scored twice in a 3-1 win over Queensmead on Sunday to seal the championship with two games to spare.
"⟦d:a|I was told that. At school. 'Girls don't play football, go and play netball.' I'm not saying I hold grudges, but I do remember her name,⟧" she said, grinning.
Manager Kirsten Holm, who took over in 2021 when the club was bottom of the second tier, was close to tears. "⟦d:b|Three years ago we were training on a school field with no floodlights. Today we're champions. I don't have the words. I'll find them tomorrow,⟧" she said.
"⟦d:c|What did you say to them at half-time?⟧" a reporter asked.
"⟦d:b|Nothing. I didn't need to. Nadia said it all.⟧"
"⟦d:c|What did Nadia say?⟧"
Holm looked at her captain, who shook her head. "⟦d:b|That's staying in the dressing room.⟧"

### 055
@a Ishbel Morrison | -
@c Catriona | her sister
@o Sgeir Council | -
@s - | the sisters
Ishbel Morrison and her sister, Catriona, are the last two people living on Eilean Fraoch, a mile-long island with a broken jetty, a church without a minister and, since October, no ferry.
“⟦d:a|We've got the hens and we've got each other. One of those is more reliable than the other,⟧” said Ishbel, 84.
“⟦d:c|She means the hens,⟧” said Catriona, 81. “⟦d:c|She always means the hens.⟧”
The ferry was withdrawn after Sgeir Council said the service had become “⟦p:o|impossible to justify⟧” for two passengers. Supplies now come once a fortnight on a fishing boat skippered by a cousin.
Asked whether they would move to the mainland, the sisters answered as one. “⟦d:s|No.⟧”
“⟦d:a|Our father was born here, our mother was born here, and we'll be buried here. The church has room,⟧” Ishbel said.
Catriona added, more quietly: “⟦d:c|When one of us goes, the other will have to decide. We don't talk about that.⟧”
The council said in a statement it would “⟦p:o|continue to support the Misses Morrison in whatever they choose⟧”.

### 056
@a Darren Whitcombe | DARTS ace
@b Tracey | His wife
@c - | one fan
DARTS ace Darren "⟦s:-|The Plumber⟧" Whitcombe has revealed he still fixes boilers on his days off — despite pocketing £250,000 for winning the Grand Oche.
"⟦d:a|I've got customers who've been with me twenty years. I'm not leaving Mrs Pike with no hot water just because I won a trophy,⟧" the 39-year-old said.
His wife, Tracey, 38, said: "⟦d:b|He came home from the final, put the trophy on the telly and went to bleed someone's radiators. I said, 'Darren, you're rich.' He said, 'Radiators don't know that.'⟧"
At his local, the Crown and Anchor in Dunsford, one fan said: "⟦d:c|He still buys his round. Legend.⟧"
Staying normal, says Darren Whitcombe, is the whole point. "⟦d:a|Darts is darts. Boilers are real life.⟧"

### 057
@a Babajide Okonkwo-Sáez | the sculptor
@b Pilar Esquivel | His studio assistant
Babajide Okonkwo-Sáez works in a former tram shed in Lowther Cross, surrounded by forty tonnes of granite and one very old radio tuned permanently to the shipping forecast.
``⟦d:a|It's the only thing on the radio that doesn't want anything from me,⟧'' the sculptor said. ``⟦d:a|Dogger, Fisher, German Bight. It's like a prayer for people who don't pray.⟧''
I asked whether the piece in the middle of the floor, a seven-foot figure half-emerged from the rock, was finished. ``⟦d:a|It was finished about a year ago. I haven't noticed yet,⟧'' he said.
``⟦d:a:m|The stone tells you when to stop, but very quietly. You have to listen for it. Most sculptors ruin their work in the last week because they can't hear it over their own ambition.⟧
``⟦d:a|I have ruined plenty. There's a field behind my brother's farm full of them. The cows like them.⟧''
His studio assistant, Pilar Esquivel, has worked with him for nine years. ``⟦d:b|He says the stone tells him when to stop. Mostly it's me telling him,⟧'' she said.

### 058
@a Mariam Al-Khatib | Foreign Minister
@b Dmitar Petrović | Velmoran Foreign Minister
@c - | A senior diplomat who asked not to be identified because the talks were private
ASTORIN, Oct 2 (Meridian Wire) - Foreign Minister Mariam Al-Khatib said on Wednesday that talks with neighbouring Velmora over the disputed Tessel border crossing had made "⟦p:a|real but fragile⟧" progress.
"⟦d:a|For the first time in six years, we spent more time talking about solutions than about history,⟧" Al-Khatib told Meridian Wire in an interview after the second round of talks. "⟦d:a|That is not nothing. In this region, that is almost a miracle.⟧"
Velmoran Foreign Minister Dmitar Petrović struck a more cautious tone at a separate briefing. "⟦d:b|We are not there yet. We are not close to there,⟧" he told reporters.
A senior diplomat who asked not to be identified because the talks were private said the main sticking point remained customs revenue. "⟦d:c|Everyone agrees on the road. Nobody agrees on who collects the money at the end of it,⟧" the diplomat said.
Al-Khatib said a third round would take place in November. Asked whether she trusted her counterpart, she paused. "⟦d:a|I trust that he wants a deal. That is enough to start with.⟧"

### 059
@a Arash Karimi | a plasterer
@k Kian | -
@c Shirin | Their mother
@d Eleanor Vickery-Osei | the consultant surgeon who carried out both operations
When Kian Karimi's kidneys failed in 2021, his older brother did not wait to be asked. “⟦d:a|I'd already booked the blood test before he finished telling me,⟧” said Arash Karimi, 38, a plasterer.
“⟦d:k|He didn't even tell me he'd done it. I found out from Mum,⟧” said Kian, 34.
Their mother, Shirin, said she had “⟦p:c|prayed for both of them, on two different floors of the same hospital⟧” on the day of the operations in March.
“⟦d:c|One son upstairs, one son downstairs. I walked up and down those stairs all day,⟧” she said.
Eleanor Vickery-Osei, the consultant surgeon who carried out both operations, said both brothers were recovering well. “⟦d:d|Sibling donations are often the most successful. Brothers who argue about everything else tend to agree on this,⟧” she said.
Asked whether his brother now owed him, Arash grinned. “⟦d:a|Forever. Every birthday, every Christmas. He knows.⟧”
“⟦d:k|He's mentioned it once or twice,⟧” said Kian.

### 060
@a Philomena Agyeman-Ross | The 83-year-old
@b Bríd Costelloe | Her swimming partner of 30 years
@c Ollie | a young lifeguard named Ollie
"⟦d:a|In you go. No, don't stand there thinking about it. Thinking is what makes it cold,⟧" says Philomena Agyeman-Ross, already up to her shoulders in the sea at Gullhaven.
I do not go in. I stand there thinking about it.
The 83-year-old has swum here every morning, in every season, since 1974. She has missed, she says, "⟦p:a|eleven days, and four of those were childbirth⟧".
Her swimming partner of 30 years, Bríd Costelloe, 77, floats past on her back. "⟦d:b|She's lying. It was twelve. She doesn't count the day of her husband's funeral, because she swam after,⟧" she says.
Agyeman-Ross doesn't deny it. "⟦d:a|He'd have wanted me to. He'd have said I was mad, and then he'd have wanted me to.⟧"
When I finally get in, the cold is so total I can't speak. "⟦d:-|How do you do this every day?⟧" I manage eventually.
"⟦d:b|You don't. You do it today. Then tomorrow you do it today again,⟧" says Costelloe.
On the beach, a young lifeguard named Ollie watches with undisguised admiration. "⟦d:c|They're in before I get here and they're still in when I leave for lunch. I've never had to rescue them. I think they'd rescue me,⟧" he says.

### 061
@a Lindiwe Khumalo-Barr | the anchor of NTV's Six O'Clock News for 26 years
@b Priti Desai-Morgan | Her successor
@c Hamish Oyelaran | NTV's director of news
Lindiwe Khumalo-Barr, the anchor of NTV's Six O'Clock News for 26 years, will read her final bulletin on Friday. She says she has no plans to cry on air. “⟦d:a|I have plans not to. Whether the plans survive is another matter,⟧” she said.
Khumalo-Barr, 64, joined the broadcaster as a researcher in 1983. She has read the news through three wars, four general elections and what she calls “⟦p:a|one very memorable goat⟧” — a live report from an agricultural show in 2004 that went badly wrong.
“⟦d:a|The goat ate the reporter's notes. On air. And I had to say, ‘We'll return to that story later,’ with a straight face,⟧” she recalled. “⟦d:a|We never did return to it.⟧”
Her successor, Priti Desai-Morgan, currently presents the late bulletin. “⟦d:b|You don't replace Lindiwe. You just try not to knock anything over in her chair,⟧” she said.
NTV's director of news, Hamish Oyelaran, said in a staff email that Khumalo-Barr had been “⟦p:c|the calm voice in every storm⟧”.
Asked what she would do on Saturday morning, Khumalo-Barr did not hesitate. “⟦d:a|Not set an alarm.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh145.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh145",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
