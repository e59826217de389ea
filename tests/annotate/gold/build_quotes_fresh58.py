# ruff: noqa: E501
"""Build ``quotes_fresh58.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long-form copy:
magazine profiles, interviews written up or printed as exchanges, podcast and radio
interviews, post-match press conferences, arts interviews and human-interest stories
with families, where one person talks at length over several paragraphs.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh58-NNN``.

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

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh58.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh58.jsonl")

PASSAGES = """
### 001
@a Marisol Etxeberria | the chef who runs Itsaso
@b Joaquín Etxeberria | her brother
@c Dana Whitlock | a regular since the opening
Marisol Etxeberria, the chef who runs Itsaso, a twenty-seat dining room above a ferry office in Port Callan, does not like the word "⟦s:-|destination⟧". She winces when anyone uses it about her restaurant.
"⟦d:a|A destination is somewhere you go once and photograph,⟧" she said, folding napkins at the pass on a Tuesday afternoon. "⟦d:a|I want people to come back on a wet Thursday because they are hungry.⟧"
She opened Itsaso eleven years ago with her brother, Joaquín, who still does the books and, on busy nights, the washing-up. He remembers the first winter as "⟦p:b|three months of soup and arguments⟧".
"⟦d:b|We had eleven covers on a good night,⟧" Joaquín Etxeberria said. "⟦d:b|Marisol would cook for forty anyway, and then we would eat the rest.⟧"
Etxeberria grew up in a fishing family on the Basque coast and moved to Port Callan at 19, speaking almost no English. Her cooking, she says, is "⟦p:a|just what my grandmother did, with worse weather⟧".
"⟦d:a:m|People ask me about technique. There isn't much. You buy the fish the boat brought in that morning, you don't hurt it, and you put enough salt on it.⟧
"⟦d:a|The hard part is the rest: the rent, the staff, the boiler. Nobody writes about the boiler.⟧"
Dana Whitlock, a regular since the opening, has eaten there, by her own count, more than 300 times. "⟦d:c|I've tried to stop. I can't,⟧" she said. "⟦d:c|It's the only place in town where the person cooking comes out and tells you off for leaving the potatoes.⟧"
Etxeberria laughed when told this. "⟦d:a|She always leaves the potatoes,⟧" she said.

### 002
@a Keiran Mulhollan | the Ardmore Rovers manager
@b Tomasz Wróblewski | the goalkeeper
@c - | one reporter
@d Ardmore Rovers | the club
Keiran Mulhollan, the Ardmore Rovers manager, did not try to hide his frustration after a 2-2 draw with Fenwick Town that left his side three points adrift of the play-off places.
"⟦d:a|We were the better side for eighty minutes and we've got one point. That's on us, that's on me,⟧" he said. "⟦d:a|You can't switch off at set pieces at this level. You just can't.⟧"
Asked whether the equaliser, which came from a corner in the fourth minute of stoppage time, should have been ruled out for a push on his goalkeeper, Mulhollan paused.
"⟦d:a|I've seen it once on the monitor. I'll look again. But I'm not going to stand here and blame the referee when we had three chances to kill the game.⟧"
One reporter asked whether the players had "⟦p:c|gone missing⟧" in the second half. "⟦d:a|No. Tired, maybe. Not missing,⟧" Mulhollan said.
Tomasz Wróblewski, the goalkeeper, was more forthright. "⟦d:b|He had both hands on my back. Everybody in the stadium saw it except one person,⟧" the 31-year-old said.
"⟦d:b|I'm not going to get fined for saying more than that.⟧"
The club said in a statement later on Saturday evening that it would "⟦p:d|seek clarification⟧" from the referees' body about the decision.

### 003
@a Priya Ramanathan | the host
@b Hollis Bramwell | the former deputy chief constable
@c - | an independent review
Hollis Bramwell, the former deputy chief constable, has spent two years refusing interviews about the collapse of the Marsh Lane inquiry. On Sunday he broke that silence on Radio Kelsey's “⟦s:-|The Long Table⟧”, and spoke for almost an hour.
The host, Priya Ramanathan, began by asking him why now. “⟦d:b|Because my grandson asked me about it, and I didn't have a good answer,⟧” he said.
“⟦d:a|Did you ever think you'd got it wrong?⟧” Ramanathan asked.
“⟦d:b:m|Every day. Not about the evidence. I still believe we had the right people. But about the way we handled the families. We treated them as a problem to be managed, and they weren't. They were the only people in that building who had nothing to gain.⟧
“⟦d:b|I wrote to every one of them last year. Two wrote back. I don't blame the others.⟧”
Ramanathan pressed him on the missing interview tapes, which an independent review found had been “⟦p:c|mislaid in circumstances that cannot be explained⟧”.
“⟦d:b|I can't explain it either. I've tried,⟧” Bramwell said. “⟦d:b|If you're asking me whether someone did it on purpose, I don't know. I hope not.⟧”
He became audibly emotional when asked about Sergeant Lyn Cathcart, who gave evidence against senior officers and later left the force.
“⟦d:b|Lyn was braver than the rest of us put together,⟧” he said.

### 004
@a Ines | my mother
@b - | my editor
@c Agnieszka Sowińska | -
Agnieszka Sowińska's fourth novel, “⟦s:-|The Salt Year⟧”, follows three sisters who inherit a failing herring smokery on the Baltic coast. She spoke to Calum Reddy about grief, fish and finishing a book in a borrowed caravan. This interview has been edited for length and clarity.
Q: You wrote most of this book in a caravan. Why?
A: Our flat was being rewired and I had a deadline. A friend had a caravan on a farm outside Gdańsk. There was no internet, a very loud goat and nothing to do but write. I recommend all of it except the goat.
Q: The sisters never quite forgive each other. Was that always the plan?
A: No. In the first draft they reconcile on the last page, and my editor wrote one word in the margin: “⟦d:b|Really?⟧” She was right. It was a lie, and readers can smell a lie on the last page.
Q: Your mother is thanked in the acknowledgements. How much of her is in the book?
A: More than she'd like. My mother, Ines, used to say, “⟦d:a|A house with smoke in it is a house with money in it,⟧” which is, I promise you, not true. I gave that line to Hania, the eldest sister.
Q: What are you working on now?
A: Sleeping. Then a book about a lighthouse keeper, which everyone tells me has been done before. I say: “⟦d:c|Not by me.⟧”

### 005
@a Nerys Pritchard | the Caerwen captain
@b Holly-Mae Dunstan | the 20-year-old
@c Gwen Adeyemi-Rhys | head coach
Caerwen's women are into the cup final for the first time after a 24-19 win over Harlow Vale in which they trailed by twelve points at half-time.
"⟦d:a|At half-time nobody shouted. That's the thing I'll remember,⟧" said Nerys Pritchard, the Caerwen captain. "⟦d:a|We just sat there, had some water, and Gwen said, 'Right. Same again but faster.'⟧"
Head coach Gwen Adeyemi-Rhys confirmed that had been more or less the entire team talk. "⟦d:c|I'd love to tell you it was tactical genius,⟧" she said. "⟦d:c|It wasn't. They knew what was wrong. They fixed it.⟧"
Holly-Mae Dunstan, who came off the bench to score two tries in the final quarter, said she had been told only ten minutes before kick-off that she would not start.
"⟦d:b|I was gutted, honestly. I sulked through the warm-up,⟧" the 20-year-old admitted. "⟦d:b|Then Nerys came over and said I'd be the one who finished it. I don't know how she knew.⟧"
Pritchard, asked the same question, shrugged. "⟦d:a|I didn't know. I say that to everyone on the bench.⟧"

### 006
@a Kwabena Asante-Mensah | a retired printer
@b Efua Asante-Mensah | the elder of the two daughters
@c Abena | her sister
When his house in Dorrington flooded in February, Kwabena Asante-Mensah, a retired printer, assumed the thing he had lost was the piano. It was not until the water went down that his daughters found the tin.
Inside were 400 negatives: weddings, christenings and market days he photographed in Kumasi in the 1960s, before he emigrated. Most had never been printed.
“⟦d:b|Dad had never mentioned them. Not once,⟧” said Efua Asante-Mensah, 51, the elder of the two daughters. “⟦d:b|We thought they were old bills.⟧”
Her sister Abena, a picture restorer by trade, took them to her workshop and spent the spring drying, cleaning and scanning them one by one.
“⟦d:c:m|Some of them were stuck together and I thought they were gone. But emulsion is tougher than people think. You go slowly. You talk to it a bit.⟧
“⟦d:c|By the end I was seeing faces I recognised. Aunties. My grandmother, young. That was a strange week.⟧”
The sisters have now printed 60 of the images for an exhibition at Dorrington Library, opening on Saturday. Their father, who is 82, has been to see it twice already.
“⟦d:a|I was a young man with a borrowed camera,⟧” he said, standing in front of a photograph of a bride laughing in a doorway. “⟦d:a|I don't remember her name. I remember she would not stop laughing, and I was annoyed, because I wanted a serious picture. This is better.⟧”
Efua said her father had grown quieter in recent years. “⟦d:b|This has given him something back,⟧” she said. “⟦d:b|He tells us stories now. Every picture has a story, and some of them are even true.⟧”

### 007
@a Saoirse Ní Dhubhghaill | the founder of Tally
@b Marcus Oyelaran-Webb | -
@c Benedikt Rahn | Tally's former chief technology officer
@d Tally | -
Saoirse Ní Dhubhghaill, the founder of Tally, the expenses app that laid off a third of its staff in March, has said she "⟦p:a|moved too fast and hired for a company we weren't yet⟧".
Speaking on the "⟦s:-|Burn Rate⟧" podcast, hosted by Marcus Oyelaran-Webb, she described the day of the layoffs as the worst of her working life.
"⟦d:a|I read the names off a list on a video call. Forty-one people. I'd hired most of them myself,⟧" she said. "⟦d:a|There's no good way to do that, but there are a lot of bad ones, and I think we picked one of the bad ones.⟧"
Oyelaran-Webb asked whether she had considered stepping down. "⟦d:b|A lot of your former staff think you should have,⟧" he said.
"⟦d:a|I know. I've read the posts,⟧" Ní Dhubhghaill replied. "⟦d:a|I thought about it seriously for about a month. In the end the board asked me to stay, and I decided that leaving would be the easy thing rather than the right thing. People can disagree with that.⟧"
Benedikt Rahn, Tally's former chief technology officer, wrote on LinkedIn last week that the cuts had been "⟦p:c|entirely foreseeable to anyone reading the numbers⟧". He left the company in January.
Asked about the post, Ní Dhubhghaill was brief. "⟦d:a|Ben's entitled to his view. He was in the room for a lot of those decisions.⟧"
Tally said in a statement that it was now "⟦p:d|profitable on a monthly basis⟧" and had no plans for further redundancies.

### 008
@a Léonie Brunschwig-Faure | the 27-year-old from Sion
@b Thibaut Marchetti | her directeur sportif
Léonie Brunschwig-Faure crossed the line in Crans-la-Roche with her arms in the air and then, for almost a minute, simply sat on the tarmac.
«⟦d:a|Je n'avais plus rien. Plus rien du tout,⟧» the 27-year-old from Sion told French television, before repeating it in English for the international broadcaster: «⟦d:a|I had nothing left. Nothing at all.⟧»
The stage win, her first at this level, came after a solo attack 14 kilometres from the finish that her own team had not planned.
«⟦d:b|We told her to wait. She did not wait,⟧» said Thibaut Marchetti, her directeur sportif, laughing. «⟦d:b|Sometimes the rider is right and the car is wrong. Today the car was very wrong.⟧»
Brunschwig-Faure said she had attacked because of the wind. «⟦d:a:m|On the radio they were saying tailwind, tailwind, be patient. But in my face it was not tailwind. I thought, if I go now, the group behind will hesitate, because nobody wants to pull in a crosswind.⟧
«⟦d:a|And they hesitated. That's all. It was not heroic. It was a small calculation that worked.⟧»
Marchetti was less modest on her behalf. «⟦d:b|She says small calculation. I say she rode the last ten kilometres faster than the men did last year on the same road,⟧» he said.

### 009
@a Ruth Ann Castellanos-Poole | the Democrat who has represented the 14th District since 2001
@b Earl J. Tibbets | a Republican from Harlan County
@c Lupe Castellanos | her daughter
After 24 years in the state Senate, Ruth Ann Castellanos-Poole, the Democrat who has represented the 14th District since 2001, says she is looking forward to ``⟦p:a|being bored.⟧''
``⟦d:a|I have not been bored since 1998,⟧'' she said in an interview in her Capitol office, which was half packed into boxes. ``⟦d:a|I'd like to try it for a while and see if I'm any good at it.⟧''
Castellanos-Poole, 71, grew up above her grandmother's tortilla shop in San Elido and was a public defender for 15 years before she ran for office. Her signature achievement, the 2011 water compact with the three neighboring counties, took two years of negotiation.
``⟦d:a|People remember the vote. They don't remember the two years of phone calls before the vote, and that was the actual work,⟧'' she said.
Her longtime sparring partner across the aisle, state Sen. Earl J. Tibbets, a Republican from Harlan County, called her ``⟦p:b|the most annoying person I ever served with, and I mean that as the highest compliment.⟧''
``⟦d:b|She'd call me at home on a Sunday to argue about a comma,⟧'' Tibbets said. ``⟦d:b|My wife started putting her on speaker so she could listen.⟧''
Her daughter, Lupe Castellanos, is skeptical about the retirement plan. ``⟦d:c|Mom's going to be terrible at it. She's already asked me if the homeowners association has elections,⟧'' she said.
Asked what she will miss, Castellanos-Poole didn't hesitate. ``⟦d:a|The janitors. They know everything that happens in this building, and they were always kinder to me than I deserved.⟧''

### 010
@a Ignatius Fernandes | the pianist
@b Reuben Salk | the bassist
@c Teodor Vasilescu | the drummer
The last time the Lowtide Trio played together in public was in 2004, at a wedding in Shelby Cove, where the drummer fell off the stage. On Friday they will play again, at the Harbour Rooms, for the first time in twenty years.
Ignatius Fernandes, the pianist, known to everyone as “⟦s:-|Iggy⟧”, organised the reunion after what he calls “⟦p:a|a birthday with too many candles on it⟧”.
“⟦d:a|I turned seventy and I thought, who do I actually want to play with before my hands give up?⟧” he said. “⟦d:a|The list was two names long.⟧”
The two names were Reuben Salk, the bassist, who now teaches music at a secondary school in Tarrow, and Teodor Vasilescu, the drummer, who left music altogether and ran a tyre business for fifteen years.
“⟦d:b|Iggy rang me on a Sunday night and just said, ‘Are your fingers still working?’⟧” Salk recalled. “⟦d:b|I said they were. That was a lie. I'd been playing bass guitar in a school pit band for ten years. Different animal.⟧”
Vasilescu took longer to persuade. He had not touched a kit since the wedding. “⟦d:c|I thought he was joking,⟧” he said. “⟦d:c|Then I thought he was drunk. Then I realised he was serious and I got scared.⟧”
The three have rehearsed twice a week since March in Salk's garage. Fernandes said the first session was “⟦p:a|frankly terrible⟧”.
“⟦d:a:m|We sounded like three men who'd met at a bus stop. But somewhere in the third week Teo did this little thing on the ride cymbal, a thing he used to do, and Reuben looked at me, and I looked at him, and I thought, oh. There it is.⟧
“⟦d:a|I'm not going to pretend it's what it was. It's something else. It's older and slower and I think it might be better.⟧”
Vasilescu is less sure. “⟦d:c|Ask me on Saturday,⟧” he said.

### 011
@a Imelda Creagh | the actor
@b Fenella Osei | -
@c Aoife Brennan-Kilroy | -
Imelda Creagh was 23 when she first played Nora in “⟦s:-|The Ferryman's Wife⟧” at the Calder Playhouse. Forty-five years later she is back in the same theatre, in the same play, as Nora's mother.
“⟦d:a|I kept walking to the wrong side of the stage in rehearsals,⟧” the actor said. “⟦d:a|My body still thinks it's Nora. My knees know better.⟧”
The revival is directed by Fenella Osei, who was not born when Creagh first played the part. Osei said she had cast her “⟦p:b|without telling anyone, including her, for about a week⟧”.
“⟦d:b|I had a picture of her from the 1979 programme on my wall for a month before I dared ring her agent,⟧” she said. “⟦d:b|I was terrified she'd say no. She said, ‘Who's playing Nora?’ and when I told her, she said yes before I'd finished the sentence.⟧”
The Nora this time is Aoife Brennan-Kilroy, 24, in her first professional role. Creagh said she had been careful not to give her advice.
“⟦d:a|Nobody gave me any, and I survived. Well. Somebody did, actually. The director told me to stop crying in the second act because it was making the audience comfortable.⟧” She laughed. “⟦d:a|I still don't fully understand that note, and I've been thinking about it for forty-five years.⟧”
Brennan-Kilroy said working opposite Creagh had been “⟦p:c|like being in a masterclass nobody told you was a masterclass⟧”.
“⟦d:c|She never tells me what to do,⟧” she said. “⟦d:c|She just does it, every night, slightly differently, and I have to keep up.⟧”

### 012
@a Ernesto Villalobos Quintana | the Mexican challenger
@b Dwayne Ashcombe | the champion
@c Gilberto Ruelas | his trainer
@d Northern Boxing Authority | -
Dwayne Ashcombe kept his regional welterweight title on a split decision in Carrow Park on Saturday night, but it was the man who lost who did most of the talking afterwards.
Ernesto Villalobos Quintana, the Mexican challenger, who had Ashcombe on the canvas in the seventh round, spoke through an interpreter. "⟦d:a|Yo gané esa pelea. Todo el mundo lo vio,⟧" he said. "⟦d:a|I won that fight. Everybody saw it.⟧"
"⟦d:a|Vine a su casa, a su país, y aun así gané. No sé qué más tengo que hacer.⟧" — "⟦d:a|I came to his house, his country, and still I won. I don't know what more I have to do.⟧"
His trainer, Gilberto Ruelas, said the team would appeal to the Northern Boxing Authority. "⟦d:c|We will ask for the scorecards, we will ask for the review, everything,⟧" he said in English. "⟦d:c|Ernesto deserves a rematch at minimum.⟧"
Ashcombe, 29, who needed six stitches over his left eye, admitted the knockdown had been "⟦p:b|a proper one, no excuses⟧".
"⟦d:b|He caught me clean. I didn't see it. Next thing I know I'm looking at the lights,⟧" the champion said. "⟦d:b|But I won the rounds after that, and I think I won them clearly. If he wants a rematch, he can have one. I'm not scared of him.⟧"
The Northern Boxing Authority said it would "⟦p:d|review the scoring in line with its procedures⟧" but that the result stood.

### 013
@a Brenda Pollitt | the crossing patrol officer at St Aidan's Primary in Wetherfold
@b Gareth Lomax | headteacher
@c - | one nine-year-old
@d Ruby | -
For forty years, Brenda Pollitt, the crossing patrol officer at St Aidan's Primary in Wetherfold, has stood on the corner of Mill Road and Canal Street in a white coat holding a sign that reads “⟦s:-|STOP: CHILDREN⟧”. On Friday she will do it for the last time.
“⟦d:a|I've seen three generations cross this road. I've got kids bringing their kids now, and one lad brought his grandson last week, which made me feel about a hundred,⟧” she said.
Her best day? “⟦d:a|The snow in 2010. The school stayed open, the teachers couldn't get in, and I ended up doing the register in the hall.⟧” Her worst? She is quiet for a moment. “⟦d:a|There was a near miss in 1996. A van. I don't talk about it much. Everyone was fine, that's the main thing.⟧”
Headteacher Gareth Lomax said the school would rename its front gate “⟦s:-|Brenda's Gate⟧” in her honour. “⟦d:b|She knows every child's name, and usually their dog's name as well,⟧” he said. “⟦d:b|We will not find another Brenda. We'll find someone, but not another Brenda.⟧”
Pupils have made her a card the size of a door. “⟦d:c|She always says 'mind the puddle' even when there isn't a puddle,⟧” said one nine-year-old.
Ruby, 8, was more concerned about the future. “⟦d:d|Who's going to stop the cars now?⟧” she asked.
Pollitt, told about this, laughed. “⟦d:a|Tell Ruby the cars will be fine. It's Ruby I worry about.⟧”

### 014
@a Helga Thorvaldsdóttir | a glaciologist at the University of Nordvik
@b Sam Quaye | the field technician who was on watch that night
@c Birna | her wife
Dr Helga Thorvaldsdóttir, a glaciologist at the University of Nordvik, has spent 19 summers on the Vatnaskarð ice cap, and she can tell you the exact week each of them ended.
“⟦d:a|You don't decide when the season is over. The ice decides, or the weather, or the helicopter,⟧” she said. “⟦d:a|Usually the helicopter.⟧”
This year the season ended early, in the second week of July, when a meltwater lake drained beneath the team's camp overnight. Nobody was hurt, but the instruments they had spent three weeks installing were lost.
Sam Quaye, the field technician who was on watch that night, heard it first. “⟦d:b|It sounded like a train, except there are no trains on a glacier,⟧” they said. “⟦d:b|I woke Helga up and she was already awake. She'd heard it too.⟧”
Thorvaldsdóttir says losing the instruments was “⟦p:a|heartbreaking, and also, scientifically, quite interesting⟧”.
“⟦d:a:m|We go there to measure how fast things are changing. And then something changed so fast it destroyed our measurements. There's a lesson in that, though I'd rather have learned it with the instruments intact.⟧
“⟦d:a|People ask me if I'm depressed by the work. I'm not, mostly. I'm angry sometimes. Depressed, no. Depressed people don't go back every summer.⟧”
Her wife, Birna, who runs a guesthouse in the fishing town of Höfnvík, sees it differently. “⟦d:c|She says she isn't depressed. She comes home and sleeps for three days,⟧” Birna said. “⟦d:c|I'd call that something.⟧”

### 015
@a Anouk Verhoeven | the fourth seed
@b - | a reporter
@c - | another reporter
@d Chiara Benvenuti | the qualifier
Anouk Verhoeven walked into the interview room 40 minutes after her third-round defeat, sat down, and asked for a minute before the first question.
The fourth seed had served for the match at 5-4 in the third set against the qualifier Chiara Benvenuti, and lost the next twelve points.
"⟦d:b|What happened at 5-4?⟧" a reporter asked.
"⟦d:a|I got tight. That's it. There isn't a more complicated answer,⟧" Verhoeven said. "⟦d:a|I started thinking about the next round, and the round after that, and she was thinking about the next point. She deserved it.⟧"
"⟦d:c|Is it the same problem as Melbourne?⟧" another reporter asked.
She smiled briefly. "⟦d:a|You want me to say yes so you can write it. Maybe it is. I'll talk to my team. I'm not going to fix it in this room.⟧"
Benvenuti, 19 and ranked 212th in the world, said afterwards she had not expected to win. "⟦d:d|At 5-4 I was already thinking about my flight home,⟧" she said, laughing. "⟦d:d|Then she missed one, and another, and I thought, okay, maybe I stay.⟧"
Asked about her opponent, she was generous. "⟦d:d|Anouk is one of my idols. I had her poster on my wall. I feel a bit bad, but not too bad.⟧"

### 016
@a Hamish Kilbrannan | -
@b Ewan | his elder son
@c Callum | the younger
The Kilbrannan yard at Port Ardnish has built and mended boats since 1884. At the end of this month the slipway will close, the sheds will be sold, and Hamish Kilbrannan, 79, will, he says, “⟦p:a|finally learn what a weekend is⟧”.
“⟦d:a|My grandfather built the shed. My father built the slip. I've mostly just kept them from falling down,⟧” he said, walking the length of the yard in a boiler suit he admits is older than some of his customers.
There are no more Kilbrannans to take it on. His elder son, Ewan, is an anaesthetist in Glasgow. Callum, the younger, tried for six years and left in 2012.
“⟦d:c|I loved it and I was no good at it, which is the worst combination,⟧” Callum said. “⟦d:c|Dad never said I was no good. He didn't need to. He'd just quietly redo things at night.⟧”
Hamish denied this. Then he thought about it. “⟦d:a|Once or twice,⟧” he said.
Ewan, who flew up for the final launch, a small lobster boat for a man in Tarbet, said he had felt guilty for years about leaving. “⟦d:b|I used to think I owed it to him to stay,⟧” he said. “⟦d:b|He's the one who told me I didn't. He said, ‘Boats don't need you. Go and find something that does.’⟧”
“⟦d:a:m|That's the trouble with this work, you see. You want your boys to have it, and you also want them to have an easier life, and you can't have both.⟧
“⟦d:a|Anyway,⟧” Hamish said. “⟦d:a|They turned out fine. The boats turned out fine. I'm going to sit down.⟧”

### 017
@a Brackwater Arts Festival | -
@b Odile Fairbank | the festival's director
@c - | a spokesperson for Brackwater District Council
@d Tomás Ó Laoghaire | -
The Brackwater Arts Festival has been cancelled for the first time in its 38-year history after the district council withdrew its grant, organisers said on Monday.
In a statement, the festival said it was "⟦p:a|devastated⟧" and that the decision had come "⟦p:a|with less than four months' notice, after programming was complete⟧".
"⟦d:a|We have contracts with 140 artists. We are doing everything we can to honour them,⟧" the statement said.
Odile Fairbank, the festival's director, said she had learned of the decision from a local journalist. "⟦d:b|Nobody from the council rang me. I found out from a reporter asking me for a comment,⟧" she said.
A spokesperson for Brackwater District Council said the authority faced "⟦p:c|impossible choices⟧" and had to prioritise statutory services. "⟦d:c|We recognise how much the festival means to people. This was not a decision taken lightly,⟧" the spokesperson said.
According to Tomás Ó Laoghaire, who has sold handmade instruments at the festival every year since 1991, the cancellation "⟦p:d|rips the heart out of August⟧". "⟦d:d|Half my year's takings come from those ten days. I don't know what I'll do,⟧" he said.

### 018
@a Marguerite Lindahl | -
@b Ji-yeon Park | -
@c Felix Amankwah | a genetic genealogist who helped the sisters trace their records
Marguerite Lindahl and Ji-yeon Park were born 40 minutes apart in a hospital in Daegu in 1983. They met for the first time in March, in the arrivals hall of Kelmore airport, wearing, by accident, the same green coat.
“⟦d:a|I saw the coat before I saw her face,⟧” Lindahl said. “⟦d:a|And I thought, well, either that's her, or this is going to be very embarrassing.⟧”
Lindahl was adopted at four months by a Swedish-born couple in Kelmore. Park grew up with their birth mother's sister in Busan. Neither knew the other existed until Lindahl, on a whim, sent off a DNA test kit her son had bought her for Christmas.
“⟦d:a:m|The result came back and it said ‘identical twin or self’. I thought it was a glitch. I actually emailed the company to complain.⟧
“⟦d:a|They wrote back very politely and said no, it wasn't a glitch.⟧”
Park, speaking through her daughter, who translated, said she had always felt “⟦p:b|something missing, like a tooth you keep touching with your tongue⟧”.
“⟦d:b|When I got the message, I did not sleep for two nights,⟧” she said. “⟦d:b|My aunt had died already. There was nobody left to ask why.⟧”
Dr Felix Amankwah, a genetic genealogist who helped the sisters trace their records, said cases like theirs were rare but becoming less so. “⟦d:c|Twenty years ago this almost never happened. Now I see a handful a year,⟧” he said.
The sisters have spent three weeks together so far. They have found they both hate coriander, both broke their left wrist as children and both laugh, as Lindahl puts it, “⟦p:a|like a kettle⟧”.
“⟦d:b|She laughs worse,⟧” Park said.

### 019
@a Rashid Khanzada | Halverton's captain
@b Jaco van Wyk-Olivier | the visitors' coach
Halverton's captain Rashid Khanzada defended his decision to bat first on a green pitch after his side were bowled out for 117 on the opening day of the championship decider at Brigstock.
"⟦d:a|If I had my time again, would I bowl? Probably. But I don't get my time again, and neither does anyone else in this room,⟧" Khanzada said.
"⟦d:a|The ball did a bit more than we thought. That's cricket. We've bowled teams out for less than that on this ground.⟧"
The visitors' coach, Jaco van Wyk-Olivier, said he had been "⟦p:b|surprised, pleasantly⟧" by the call at the toss.
"⟦d:b|We would have bowled. I think most people would have bowled,⟧" the South African said. "⟦d:b|But Rashid's a good captain, and good captains sometimes make brave decisions that look strange on day one and clever on day four. We'll see.⟧"
Khanzada was asked whether his own dismissal, caught at slip driving at a wide one, had set the wrong tone. He laughed. "⟦d:a|You've been waiting all day to ask me that.⟧"

### 020
@a Yevgenia Dorofeeva | -
@b Arne Sæther | a critic who has followed her work since the 1990s
@c Maud Iverson | her business partner of 22 years
@d Halden Port Authority | -
The ferry terminal that Yevgenia Dorofeeva designed for Halden opened last month to long queues, a leaking roof and reviews that ranged from “⟦p:-|masterpiece⟧” to “⟦p:b|a very expensive shed⟧”.
Dorofeeva, 58, is not bothered by either.
“⟦d:a|The roof will be fixed. The roof is a contractor's problem, and they know it,⟧” she said, sitting in the terminal café, from which, on a clear day, you can see across the fjord into Sweden. “⟦d:a|The shed I quite like. A shed is honest. It keeps the rain off and it doesn't pretend.⟧”
The shed line came from Arne Sæther, a critic who has followed her work since the 1990s. Writing in the Halden Tidende, he called the building “⟦p:b|a very expensive shed with the proportions of a cathedral⟧”.
Reached by phone, Sæther said he stood by the review. “⟦d:b|I admire her enormously. That's why I was hard on it,⟧” he said. “⟦d:b|With a lesser architect I would have been polite.⟧”
Dorofeeva was born in Murmansk and trained in Leningrad, as it then was, before coming to Norway in 1991 on what she thought would be a six-month exchange.
“⟦d:a:m|I came for six months and I stayed for thirty-three years. It was the light, first. In Murmansk you have the polar night too, but in Halden, in summer, the light goes on and on, and I thought, you could build for this. You could build something that catches all of it.⟧
“⟦d:a:m|The terminal is that idea, more or less. The whole roof is a scoop for the evening sun. When it works, it works.⟧
“⟦d:a|When it leaks, it leaks.⟧”
Maud Iverson, her business partner of 22 years, said Dorofeeva had been “⟦p:c|calmer than any of us⟧” at the opening. “⟦d:c|The rest of us were running around with buckets. Yevgenia was standing under the leak explaining the roof to a journalist,⟧” she said.
The Halden Port Authority said in a statement that repairs would be completed “⟦p:d|before the winter timetable begins⟧” at no cost to the public.

### 021
@a DeShawn Pettiford | -
@b Lyle Abernathy | Ridgeport coach
@c Tavita Faleolo | the rookie center
DeShawn Pettiford had 38 points, 11 rebounds and, by his own account, ``⟦p:a|one very bad haircut⟧'' as the Ridgeport Otters beat the Cass County Millers 112-104 on Tuesday night.
``⟦d:a|My barber's on vacation. My cousin did it. We're not going to talk about it,⟧'' Pettiford said, pulling his hood up. ``⟦d:a|Next question.⟧''
The Otters had lost four straight, and Ridgeport coach Lyle Abernathy had called a players-only meeting on Monday, then, in his words, ``⟦p:b|stood outside the door like a nervous parent.⟧''
``⟦d:b|I don't know what they said in there. I didn't ask,⟧'' Abernathy said. ``⟦d:b|Whatever it was, it worked for one night. Let's see if it works for two.⟧''
The rookie center Tavita Faleolo, who blocked four shots in the fourth quarter, said the meeting had been short. ``⟦d:c|DeShawn talked for like two minutes. He just said we were playing scared,⟧'' the 21-year-old said. ``⟦d:c|Nobody argued, 'cause he was right.⟧''
Pettiford, asked about the meeting, said only: ``⟦d:a|Family business.⟧''

### 022
@a Rosemary Quigley | -
@b Desmond Quigley | a 24-year-old naval rating
@c Ardlow Postal Service | -
A postcard sent from Malta in 1962 arrived at a house on Fenby Road, Ardlow, last Wednesday: 62 years late, and addressed to a woman who died in 1987.
Rosemary Quigley, 71, who now lives in the house, recognised the handwriting at once. It was her father's.
“⟦d:a|I sat down on the stairs. I couldn't stand up for a good ten minutes,⟧” she said.
The card, from Desmond Quigley, then a 24-year-old naval rating, to his mother, reads in full: “⟦d:b|Hot. Ship fine. Food awful. Have met a girl called Maureen who laughs at my jokes, so she must be mad. Love to Dad. D.⟧”
Maureen became Rosemary's mother. “⟦d:a|That's the first time anyone ever wrote her name down in our family, I think. Before the wedding, before anything,⟧” Quigley said. “⟦d:a|Dad would have been mortified. He hated anybody reading his post.⟧”
The Ardlow Postal Service said it was “⟦p:c|unable to explain⟧” where the card had been. “⟦d:c|Occasionally items are discovered during the renovation of older sorting offices. We are sorry it has taken so long,⟧” it said.

### 023
@a Harjit | my dad
@b - | my mum
Ravi Sandhu, 22, has scored 14 goals in his first season at Kestrel Park. He talked to Nia Barrowclough about rejection, chips and his mother's text messages.
Q: You were released by two academies as a teenager. What kept you going?
A: Honestly? My dad. My dad, Harjit, would take me for chips every time I got released and say the same thing: “⟦d:a|They've made a mistake, and mistakes cost money.⟧” I didn't know what he meant until I was about 19.
Q: The fans have a song about you now.
A: They do. I'm not singing it. You'll get me in trouble.
Q: And the nickname?
A: “⟦s:-|The Postman⟧”. Because I always deliver, apparently. My mum came up with that. She's very proud of it.
Q: What does your mum say when you score?
A: She texts me. Always the same message: “⟦d:b|Good. Now eat properly.⟧”

### 024
@a Nadia Haddad-Lund | -
@b Tor Lund | a retired ferry captain
Nadia Haddad-Lund has photographed nine wars. She has a rule about the tenth.
"⟦d:a|There won't be one,⟧" she said, in the kitchen of the farmhouse outside Vejrby where she has lived since 2019. "⟦d:a|I said that after the seventh as well, so you shouldn't print it as if it's a promise.⟧"
The retrospective of her work at the Kunsthal Vejrby, which opens on Friday, runs to 212 photographs chosen from roughly 400,000. She made the selection herself, over eight months, and describes the process as "⟦p:a|like going through the pockets of someone who died, except the someone is me⟧".
Asked which picture she would save from a fire, she does not hesitate. It is a 1999 image of a boy in Pristina holding a goldfish bowl in the rubble of his family's house.
"⟦d:a:m|Everyone expects me to pick one of the famous ones. The ones that won prizes. But I don't look at those much. They were about the war.⟧
"⟦d:a:m|This one is about the fish. He'd gone back into the house to get the fish. Not money, not papers. The fish. And the fish was fine. He was so pleased.⟧
"⟦d:a|I think about him a lot. I've tried to find him. I never have.⟧"
Did the work change her? She thinks about the question for long enough that it seems she may not answer it.
"⟦d:a|It made me less patient with small talk and more patient with everything else,⟧" she said eventually.
Her husband, Tor Lund, a retired ferry captain, says the change came after she stopped, not before. "⟦d:b|When she was working she was fine. She was focused,⟧" he said. "⟦d:b|It was the first year at home that was hard. She'd sit at that window for hours.⟧"
Haddad-Lund, listening from the other side of the table, did not disagree. "⟦d:a|He's right. He usually is. Don't print that either.⟧"

### 025
@a Federica Santangelo | the director
@b Osvaldo Pirri | an 80-year-old retired fisherman who had never acted before
Federica Santangelo's “⟦s:-|La Pazienza del Mare⟧” drew a nine-minute standing ovation at the Lisardo Film Festival on Sunday night, and its star, an 80-year-old retired fisherman who had never acted before, slept through most of it.
“⟦d:b|Ero stanco. Avevo mangiato troppo,⟧” Osvaldo Pirri said at a press conference the next morning, to laughter. “⟦d:b|I was tired. I had eaten too much.⟧”
Santangelo, the director, found Pirri in the harbour of her home town, Caldomare, while scouting locations in 2021. “⟦d:a|He was shouting at a seagull,⟧” she said. “⟦d:a|I watched him for twenty minutes. Then I asked him if he wanted to be in a film, and he asked me how much it paid, and that was the audition.⟧”
Asked by a reporter how she had directed a man who had never seen a script, Santangelo said she hadn't, really. “⟦d:a:m|I told him where the boat would be and what the other person in the scene wanted. Then I let him be Osvaldo.⟧
“⟦d:a|The professionals were terrified of him. He never said the same line twice.⟧”
Pirri was asked whether he would act again. He consulted briefly with his granddaughter, who was translating. “⟦d:b|Se pagano, sì,⟧” he said. “⟦d:b|If they pay, yes.⟧”

### 026
@a Morag Ellery | Chief Inspector
@b - | a source close to the investigation
@c Friends of Queen's Gardens | the group
Police in Tarrow have renewed their appeal for information about the fire that destroyed the town's Victorian bandstand in Queen's Gardens last month.
Chief Inspector Morag Ellery, who is leading the investigation, said officers believed the fire was started deliberately shortly after 2am on 14 September. "⟦d:a|Someone will know who did this. Someone may have come home that night smelling of smoke,⟧" she said.
"⟦d:a|I would ask that person to think about what the bandstand meant to this town, and to pick up the phone.⟧"
A source close to the investigation said detectives were examining footage from a taxi that passed the gardens at 2.07am. "⟦d:b|It's the best lead they have,⟧" the source said.
The Friends of Queen's Gardens, which has raised £41,000 towards a replacement, said it was "⟦p:c|heartened⟧" by the appeal. "⟦d:c|We will rebuild it. We just want to know why,⟧" the group said.

### 027
@a Bláthnaid Cusack | -
@b Peggy Cusack | a former school dinner lady from Ballykeel
@c Lorraine Fitch | -
Bláthnaid Cusack would like to make one thing clear before the interview starts. “⟦d:a|I'm not the funny one in my family,⟧” she said. “⟦d:a|I'm just the one who wrote it down.⟧”
The funny one, she insists, is her mother, Peggy, a former school dinner lady from Ballykeel. Peggy features heavily in “⟦s:-|Mam Says No⟧”, the show that has sold out 61 dates across Ireland and Britain.
“⟦d:a:m|Mam's never told a joke in her life. She just says what she thinks, very loudly, in places where you're not supposed to. Mass. The bank. My wedding.⟧
“⟦d:a|I used to be mortified. Now I carry a notebook.⟧”
Peggy Cusack, 74, reached by phone at home, said she had seen the show twice and was “⟦p:b|not impressed with the accent⟧”. “⟦d:b|She has me sounding like I'm from Cork. I'm not from Cork,⟧” she said. “⟦d:b|Otherwise it's very good. I laughed at the bits about her father.⟧”
Cusack's route to comedy was indirect. She spent eight years as a tax accountant in Dublin before Lorraine Fitch, then running a comedy night above a pub in Rathmines, saw her at an open mic.
“⟦d:c|She was dreadful. Really dreadful. But there was one line about her mother and a microwave that brought the room down,⟧” Fitch recalled. “⟦d:c|I told her: ‘Do twenty minutes of your mother and nothing else.’ She ignored me for two years.⟧”
Cusack admitted this was true. “⟦d:a|I thought I was above it. I wanted to do clever political stuff,⟧” she said. “⟦d:a|Turns out nobody wanted clever political stuff from me. They wanted Mam.⟧”

### 028
@a Rui Valadares Monteiro | the Vila Serrada coach
@b Adérito Bastos | the club's president
@c Zé Miguel Farinha | the club's captain
Rui Valadares Monteiro, the Vila Serrada coach, refused to discuss his future after a 3-0 home defeat to Porto Esmeralda left his side in the relegation zone with four games left.
«⟦d:a|Não vou falar de mim. Vou falar da equipa,⟧» he said. «⟦d:a|I will not talk about me. I will talk about the team.⟧»
When a journalist asked whether he had spoken to the club's president, Adérito Bastos, since the final whistle, Valadares Monteiro stood up. «⟦d:a|Next question, or no more questions,⟧» he said, and sat back down.
He went on, more calmly, to describe the performance as «⟦p:a|unacceptable for forty minutes and acceptable for fifty⟧», which some in the room took as a sign he had not lost the dressing room.
Bastos, in a statement published on the club website later on Sunday, gave the coach what amounted to a qualified endorsement. «⟦d:b|The coach has the confidence of the board. The board expects results,⟧» it read.
The club's captain, Zé Miguel Farinha, said the players were «⟦p:c|with the coach, one hundred percent⟧». «⟦d:c|We lose together. We get out of this together,⟧» the 33-year-old said.

### 029
@a Dev Chaudhary | hosts
@b Ollie Brannagh | hosts
@c Thaddeus Mboya | a former Olympic rower who in 2022 rowed alone from the Canaries to Antigua in 61 days
On the latest episode of "⟦s:-|Two Blokes, One Boat⟧", hosts Dev Chaudhary and Ollie Brannagh spoke to Thaddeus Mboya, a former Olympic rower who in 2022 rowed alone from the Canaries to Antigua in 61 days.
Chaudhary opened by asking about the worst day. "⟦d:a|Everyone asks about the sharks. I want to know about the boredom,⟧" he said.
"⟦d:c|Day 34,⟧" Mboya said immediately. "⟦d:c|No wind, flat sea, I'd finished every audiobook, and I realised I'd been talking to a flying fish for about an hour. Not at it. To it. Having a conversation.⟧"
"⟦d:b|What did the fish say?⟧" Brannagh asked.
"⟦d:c|Very little. It was a good listener.⟧"
Mboya, 38, said he had taken up ocean rowing after being left out of the eight for the 2016 Games, a decision he described as "⟦p:c|the best worst thing that ever happened to me⟧".
"⟦d:c:m|I was angry for about a year. Properly angry. I think I wanted to prove something to the selectors, and then somewhere around the Cape Verde islands I realised the selectors weren't out there. There was just me.⟧
"⟦d:c|You can't be angry at the Atlantic. It doesn't care. That was very freeing, actually.⟧"
Brannagh, who has never rowed anything larger than a pedalo, asked whether he would do it again. Mboya laughed. "⟦d:c|Ask my wife. Actually, don't.⟧"

### 030
@a Idris Lawal | -
@b Funmi Lawal | his mother
@c Beatrice Kerr | a retired librarian who lives two doors away
@d Stonebridge Parish Council | -
When the old red phone box on Stonebridge green was due to be removed, Idris Lawal, 10, wrote to the parish council with a counter-proposal.
His letter, in pencil, read: “⟦d:a|Dear Council, please do not take the phone box. I would like to make it a library. I will look after it every day except Tuesdays because I have swimming. Yours sincerely, Idris.⟧”
The council said yes. Six months on, the box holds around 300 books, a guest book and a small solar-powered light.
“⟦d:a|The most popular thing is the dinosaur books. And the cookbooks, for grown-ups,⟧” Idris said. “⟦d:a|Someone keeps taking the same one about bread and bringing it back. I think they can't decide.⟧”
His mother, Funmi Lawal, said she had expected the project to last a fortnight. “⟦d:b|He's ten. Everything lasts a fortnight,⟧” she said. “⟦d:b|But he's out there every morning with his clipboard. He's made a rota. I'm on it.⟧”
Many of the books came from Beatrice Kerr, a retired librarian who lives two doors away. “⟦d:c|I had forty years of books and nowhere to put them,⟧” she said. “⟦d:c|Idris is the most serious librarian I have ever worked with, and I worked with some very serious people.⟧”
Stonebridge Parish Council said the phone box had become “⟦p:d|a much-loved part of village life⟧”.

### 031
@a Colm Rafferty | the housing minister
@b Jess Harlan | presenter
@c - | an aide to the minister
@d Department for Housing | -
The housing minister, Colm Rafferty, was pressed repeatedly on Tuesday morning over his government's target of 40,000 new homes a year, which it has missed in each of the last three years.
"⟦d:b|You've missed it three times. Why should anyone believe you this time?⟧" presenter Jess Harlan asked on Morning Call.
"⟦d:a|Because this time we've changed the planning system, and last time we hadn't,⟧" the minister said. "⟦d:a|I'm not going to pretend the previous targets were met. They weren't. I've said that.⟧"
Harlan put it to him that the changes had been "⟦p:b|described by your own backbenchers as cosmetic⟧".
"⟦d:a|Some of my colleagues have said that, yes. I think they're wrong, and I think in eighteen months' time they'll tell you they were wrong,⟧" Rafferty said.
After the interview, an aide to the minister was overheard telling a producer: "⟦d:c|That went fine. Don't let her do the homelessness stuff next time.⟧"
The Department for Housing later said the remark was "⟦p:d|a private comment made in jest⟧".

### 032
@a Tigist Alemu | the 31-year-old
@b Hannah Kettering | -
@c Mulugeta Desta | her coach
Tigist Alemu won the Harwick Marathon in 2:21:08 on Sunday, a course record, in her first race since giving birth to her daughter last year.
Speaking through an interpreter, the 31-year-old said she had “⟦p:a|not expected to win, only to finish⟧”. “⟦d:a|In the last five kilometres I was thinking about my daughter. She is at home with my mother. I wanted to go home quickly,⟧” she said.
Her coach, Mulugeta Desta, said the pair had planned a conservative race. “⟦d:c|The plan was to stay in the group until 35 kilometres,⟧” he said. “⟦d:c|At 28 kilometres she left. I do not know why. She did not tell me.⟧”
Alemu smiled when this was translated for her. “⟦d:a|The group was too slow,⟧” she said.
Hannah Kettering, who finished second in a personal best of 2:23:40, said she had tried to go with the move. “⟦d:b|I had about four hundred metres where I thought I could hold it. Then I looked at my watch and thought, no, that's silly,⟧” she said. “⟦d:b|She was just on a different day to the rest of us.⟧”

### 033
@a Wanda Jean Cordell | -
@b Tucker Cordell | her grandson
Wanda Jean Cordell has played fiddle at the Laurel Fork Fiddlers Convention every year since 1958, except for 1971, when she was, in her words, ``⟦p:a|busy having twins.⟧''
She is 84 now, and this year, for the first time, she did not enter the competition. She judged it instead.
``⟦d:a|I told them I'd done my share of winning,⟧'' she said, sitting on a folding chair behind the bandstand. ``⟦d:a|Truth is my shoulder's gone. I can play for twenty minutes, and then it lets me know about it.⟧''
Cordell learned to play from her father, a coal miner who ordered his first fiddle from a Sears catalog. She still has it. It hangs on the wall of her house in Pike Hollow, and she will not let anyone else touch it.
``⟦d:a|Daddy played it every night after his shift. His hands were black to the wrist, and that fiddle was the cleanest thing in the house,⟧'' she said.
Her grandson, Tucker Cordell, 27, now plays banjo in the family band. ``⟦d:b|Mamaw's the boss. She'll stop a song in the middle if the tempo's off,⟧'' he said. ``⟦d:b|In front of a crowd. She doesn't care.⟧''
Asked whether that was true, she said: ``⟦d:a|If the tempo's off, the tempo's off.⟧''

### 034
@a Bernadette Okafor | the council's leader
@b Gordon Threlfall | the leader of the Independent group
@c - | a man in the public gallery
The meeting of Welbridge Borough Council on Thursday night was supposed to last an hour. It lasted four, and ended with the mayor threatening to clear the public gallery.
The flashpoint came when Cllr Gordon Threlfall, the leader of the Independent group, asked why the report on the leisure centre's closure had been published only 48 hours before the vote.
“⟦d:b|Was that deliberate, or just incompetent?⟧” he asked.
“⟦d:a|Neither,⟧” replied Cllr Bernadette Okafor, the council's leader. “⟦d:a|It was late because the figures changed on Monday, and I wasn't going to publish figures I knew were wrong.⟧”
“⟦d:b|So the figures changed three days before the vote, and we're supposed to just accept them?⟧”
“⟦d:a|You're supposed to read them, Gordon. That would be a start.⟧”
At that point a man in the public gallery shouted: “⟦d:c|Where are our kids supposed to swim?⟧” The mayor, Cllr Patricia Dunmore, called for order.
The vote to close the Welbridge Leisure Centre passed 27-19. Afterwards Okafor said she understood the anger. “⟦d:a|Nobody became a councillor to close a swimming pool,⟧” she said. “⟦d:a|But the roof is failing, and I can't ask people to swim under it.⟧”
Threlfall said his group would seek a judicial review.

### 035
@a Lettie Mbatha | the singer
@b Gareth Pym | the director of the Calder Jazz Festival
@c Marisa Vandermeer | his daughter
@d Cornelius Vandermeer | the trumpeter whose 1974 album “Low Water” became an unlikely bestseller
Cornelius Vandermeer, the trumpeter whose 1974 album “⟦s:-|Low Water⟧” became an unlikely bestseller, has died at the age of 81.
His daughter, Marisa Vandermeer, said he died peacefully at home in Calder on Sunday morning, “⟦p:c|with a record on, naturally⟧”. “⟦d:c|He'd want people to know he was grumpy right up to the end, and that he'd have hated this announcement,⟧” she said in a statement.
Tributes came from across the music world. The singer Lettie Mbatha, who toured with him in the 1980s, wrote on Instagram: “⟦d:a|Corny taught me that you don't have to fill every bar. Rest easy, old man.⟧”
Gareth Pym, the director of the Calder Jazz Festival, said the festival would dedicate this year's closing concert to him. Vandermeer headlined it eleven times. “⟦d:b|He was the sound of this town for fifty years,⟧” Pym said. “⟦d:b|Every trumpeter who came up here after him was playing in his shadow, whether they knew it or not.⟧”
Vandermeer was famous for refusing to play encores, which he once described in an interview as “⟦p:d|begging with a trumpet⟧”.

### 036
@a Grace | the charge nurse
@b Precious | -
@c Albert Horsfall | -
At 2.40am on Ward 9 of Eastmoor General, the only sound is a monitor alarm that nobody can find. Grace, the charge nurse, has been looking for it for ten minutes.
"⟦d:a|It's somewhere under a bed. It's been beeping since midnight,⟧" she said. "⟦d:a|Every night shift has a mystery. Tonight it's this.⟧"
The hospital allowed the Courier to spend a night on the ward on condition that staff were identified by first name only and patients only with their consent.
Grace has been a nurse for 23 years. She has seen, she says, "⟦p:a|every kind of night there is⟧". This one is what she calls a medium: 28 patients, four nurses, one healthcare assistant, and a junior doctor covering three wards.
"⟦d:a:m|The problem isn't the work. I love the work. The problem is that the work is built for six nurses and we have four, so everything we do, we're doing a bit faster than we'd like.⟧
"⟦d:a|You never stop feeling bad about that. If you do, you should leave.⟧"
Precious, who qualified in March, is on her fourth night shift. She admitted she had cried in the sluice room on her first. "⟦d:b|Grace found me and didn't say anything. She just handed me a cup of tea and went back out,⟧" she said. "⟦d:b|That was exactly the right thing.⟧"
In bay two, Albert Horsfall, 88, cannot sleep and would like to talk about the war, the railway and the quality of hospital custard, in roughly that order.
"⟦d:c|These girls are angels,⟧" he said, as Precious checked his blood pressure. "⟦d:c|Underpaid angels. You can put that in your paper.⟧"
At 4.15am the monitor is found, under a bed that had been moved into the corridor. Grace holds it up like a trophy. "⟦d:a|Mystery solved,⟧" she said. "⟦d:a|Now. Tea.⟧"

### 037
@a Obinna Okeke | the sculptor
@r - | -
@b Lise Marchal | the gallery's director
Obinna Okeke's studio is in a former bus depot in Marlow Cross, and it still smells faintly of diesel. He says he likes it. “⟦d:a|It reminds me the building had a job before me,⟧” he said.
The sculptor's new show at the Anselm Gallery, “⟦s:-|Ballast⟧”, is made entirely from things he found on the foreshore of the River Tarr over two years: rope, brick, tyre, bone, a shopping trolley.
“⟦d:r|Is it about pollution?⟧” I asked.
“⟦d:a|Everyone asks that. It's about keeping, I think. What the river keeps and what it gives back. The trolley was in the mud for maybe thirty years. It came out looking like a fossil. That's not pollution to me. That's time.⟧”
He pauses, then adds: “⟦d:a|Also, yes, pollution. Put that as well.⟧”
Okeke, 45, trained as a structural engineer in Enugu before moving to Britain in 2004. He credits the engineering with everything and nothing. “⟦d:a|It taught me how things fall down,⟧” he said. “⟦d:a|Art is mostly the study of how things fall down, slowly.⟧”
Lise Marchal, the gallery's director, said “⟦s:-|Ballast⟧” had already drawn more visitors in its first week than any show in the gallery's history. “⟦d:b|People come in for five minutes and stay for an hour,⟧” she said. “⟦d:b|They keep touching the trolley. We've had to put up a sign.⟧”

### 038
@a Sander van der Kolk | the Dutch driver
@b Vireo Racing | -
@c Ilse Brandauer | the team principal
Sander van der Kolk said he was "⟦p:a|lucky to be walking⟧" after a 180mph crash in qualifying for the Lakeside Grand Prix on Saturday.
The Dutch driver's car hit the barrier at the exit of turn nine and rolled twice before coming to rest upside down. He was taken to the circuit medical centre and released two hours later.
"⟦d:a|I felt the rear go and then I was a passenger. It's a strange feeling, being a passenger in your own car at that speed,⟧" Van der Kolk told reporters on Saturday evening, his left arm in a sling.
"⟦d:a|The car did its job. The halo did its job. The marshals were there in seconds. I owe a lot of people a drink.⟧"
Vireo Racing said in a statement that the chassis had been "⟦p:b|damaged beyond repair⟧" and that a spare would be built overnight. The team principal, Ilse Brandauer, said the decision on whether he would race on Sunday would rest with doctors.
"⟦d:c|If the doctors say no, it's no. I don't care if he's on pole or last,⟧" she said. "⟦d:c|Sander will want to race. Sander always wants to race. That's not his decision.⟧"
Van der Kolk, told of her comments, grinned. "⟦d:a|She's right. I'll still try to talk the doctors round.⟧"

### 039
@a Walter Beasley | -
@b Edna Beasley | his wife
@c Sheila Marr | their granddaughter
Walter and Edna Beasley met at a dance in Crewlow in 1951. He trod on her foot. She told him so. They were married eighteen months later, and on Saturday they celebrate their platinum anniversary: 70 years.
“⟦d:a|It was her shoe's fault. Very pointed shoe,⟧” said Walter Beasley, 93.
“⟦d:b|It was a perfectly normal shoe,⟧” said his wife, Edna, 91. “⟦d:b|He was a terrible dancer. He still is.⟧”
The couple, who have four children, eleven grandchildren and nine great-grandchildren, still live in the terraced house on Albion Street they bought in 1955 for £900.
Asked the secret of a long marriage, they answered at once. “⟦d:a|Separate newspapers,⟧” said Walter. “⟦d:b|Patience,⟧” said Edna, at exactly the same moment.
Then she went on. “⟦d:b:m|We've had hard years. We lost our eldest, Michael, when he was forty. There were years when we didn't have two pennies. But we never went to bed not speaking. Never once in seventy years.⟧
“⟦d:b|Some nights we went to bed very late, mind.⟧”
Their granddaughter, Sheila Marr, has organised a party at the Crewlow Miners Welfare for 120 guests. “⟦d:c|They've told everyone not to make a fuss, which in our family means make a big fuss,⟧” she said.
Walter said he was looking forward to it. “⟦d:a|As long as there's no dancing.⟧”

### 040
@a Harriet Quenby | the chief executive of Dunmere Foods
@b Shona McAlister | the union convenor at the site
@c Dunmere Foods | the company
@d - | an internal document seen by the Lydgate Echo
Dunmere Foods will close its biscuit factory in Lydgate next spring, ending 112 years of production in the town and putting 340 jobs at risk, the company said on Wednesday.
In a statement, Dunmere Foods said the site was "⟦p:c|no longer competitive⟧" and that production would move to its plant in Skelby. "⟦d:c|This has been an extremely difficult decision, and we will support affected colleagues throughout the process,⟧" the company said.
Harriet Quenby, the chief executive of Dunmere Foods, told staff at a meeting in the factory canteen that the decision was "⟦p:a|final⟧", according to three people who were present.
According to an internal document seen by the Lydgate Echo, the company had considered closing the site as early as 2021. "⟦d:d|Lydgate's cost base is unsustainable beyond 2025 without significant capital investment,⟧" the document says.
Shona McAlister, the union convenor at the site, said workers had been "⟦p:b|treated like furniture⟧". "⟦d:b|They heard it from a slide on a screen. Some of these people have given forty years to that company,⟧" she said. "⟦d:b|We will fight this, and we will be asking the council and our MP to fight it with us.⟧"
Quenby did not respond to a request for comment.

### 041
@a Mathieu Lévesque | the Trois-Rivages head coach
@b Kai Andersen | goaltender
Mathieu Lévesque did not raise his voice once in his post-game press conference. He did not need to.
«⟦d:a|That was not hockey. That was skating around in nice jerseys,⟧» the Trois-Rivages head coach said after a 6-1 loss to the Harbourton Gulls on Friday, his team's fifth defeat in six games.
Asked by a French-language reporter whether his job was under threat, he switched languages. «⟦d:a|Ce n'est pas à moi de décider,⟧» he said, and then, a moment later, in English: «⟦d:a|It is not for me to decide.⟧»
Goaltender Kai Andersen, who was pulled after conceding four goals on 15 shots, took the blame. «⟦d:b|I let in two I should have had. That changes the game,⟧» he said. «⟦d:b|The guys in front of me did their job early. I didn't do mine.⟧»
Lévesque would not have it. «⟦d:a|Kai is not why we lost. Kai is the only reason it was not ten,⟧» he said.

### 042
The following is an edited extract from Sunday's edition of Farm Hour on Radio Dunmore, in which presenter Alun Prosser spoke to Megan Rhys-Tudor, who runs a 300-acre sheep farm near Llanhowell.
PROSSER: You lost 60 ewes in the snow in March. How do you recover from something like that?
RHYS-TUDOR: Slowly. You don't, really, not in one year. You count what you've got left and you make a plan for that.
PROSSER: Your neighbours call you the “⟦s:-|Iron Lady of Llanhowell⟧”.
RHYS-TUDOR: They do not. One of them did, once, at the mart, and he was being sarcastic.
PROSSER: Will you keep farming?
RHYS-TUDOR: My grandmother farmed this land through the winter of 1947. If she could do it, I can do it. That's what I tell myself at five in the morning, anyway.

### 043
@a Nguyễn Minh Khoa | -
@b Trần Thị Hạnh | his mother
@c Nguyễn Văn Lộc | his father
@d Dmitri Orlovsky | a grandmaster who came to Westmark from Kazan in 1998
Nguyễn Minh Khoa became a chess grandmaster last month at the age of 12 years and seven months, the youngest player ever to do so in Westmark. He would prefer, if it is all the same to you, to talk about football.
"⟦d:a|Chess is fine. I like it. But I'm better at chess than football, so football is more interesting,⟧" Khoa said, in the flat above his parents' nail salon in Brindley, where he has lived since he was three.
His mother, Trần Thị Hạnh, said she had never played chess. "⟦d:b|I don't understand what he does. I understand that he is happy when he wins and very unhappy when he loses,⟧" she said. "⟦d:b|So I understand the important part.⟧"
His father, Nguyễn Văn Lộc, taught him the moves at five, with a set bought at a car boot sale. By six Khoa was beating him. By seven, he says, "⟦p:c|he was beating me without looking at the board, which was rude⟧".
His coach, Dmitri Orlovsky, a grandmaster who came to Westmark from Kazan in 1998, said Khoa's talent was "⟦p:d|obvious within one lesson⟧".
"⟦d:d:m|Talent is not rare. Many children have talent. What is rare is a child who loses a game, goes home, and spends four hours finding out why, without anyone telling him to.⟧
"⟦d:d|Khoa does that. Every time. It is a little bit frightening.⟧"
Khoa, told of this, shrugged. "⟦d:a|It's not frightening. It's just annoying when you lose.⟧"

### 044
@a Diarmuid Coyle | the headteacher of St Brendan's College in Kilcarrow
@b Department of Education | -
@c - | one parent
The headteacher of St Brendan's College in Kilcarrow has apologised to parents after a Year 9 geography trip to the Slievemore hills ended with 46 pupils spending an unplanned night in a mountain hostel when their coach broke down.
In a letter sent home on Monday, Diarmuid Coyle wrote: “⟦d:a|I want to apologise unreservedly for the worry caused on Friday evening. The children were safe and warm throughout, but communication with families was not good enough, and that is my responsibility.⟧”
He added that the school would “⟦p:a|review its procedures for all overnight contingencies⟧”.
One parent, whose daughter was on the trip, said the letter was “⟦p:c|a start⟧”. “⟦d:c|I found out from a group chat at 9pm that my child wasn't coming home. I'd like to know why I didn't get a phone call,⟧” she said.
The Department of Education said it was “⟦p:b|aware of the incident⟧” and was in contact with the school.

### 045
@a Garfield Amoako | the former Wexham City captain
@b Lorna | a former PE teacher
@c Pete Scadding | his former teammate and best man
Garfield Amoako scored 91 goals in eleven seasons for Wexham City and won two cup finals. He now spends most mornings arguing with a goat called "⟦s:-|Referee⟧".
"⟦d:a|I named him that because he never listens and he always thinks he's right,⟧" the former Wexham City captain joked, leaning on the gate of the smallholding outside Ferncombe he bought in 2017 with his wife, Lorna, a former PE teacher.
The move from football to farming was not, he insisted, a midlife crisis. "⟦d:a:m|People say that because it makes a better story. But I grew up on a farm in Ghana until I was nine. My grandfather kept goats. I was always going to end up back with goats, one way or another.⟧
"⟦d:a|Football was the detour.⟧"
Lorna is less romantic about it. "⟦d:b|He grew up with goats until he was nine. Then he had thirty years of people doing everything for him,⟧" she said. "⟦d:b|The first winter, he didn't know how to unblock a drain.⟧"
Amoako's retirement in 2015 was abrupt: a knee injury in a League Cup tie, then eighteen months of operations. He admits he was "⟦p:a|not a nice person to live with⟧" during that time.
Pete Scadding, his former teammate and best man, visits most summers. "⟦d:c|Garfield on the pitch was the calmest man I've ever seen. Garfield in rehab was a bear with a sore head,⟧" he said. "⟦d:c|The farm fixed that. I don't know how, but it did.⟧"
Asked whether he misses football, Amoako looked over at the goat. "⟦d:a|Every Saturday at three o'clock,⟧" he said. "⟦d:a|And then Referee headbutts me and I forget about it.⟧"

### 046
@a Roisin Delaney | presenter
@b Jan | -
@c Terry | a lorry driver from Maltby
@d - | one caller
@e Ffion Maddox | the council's cabinet member for highways
More than 2,000 listeners contacted Radio Harrowgate's phone-in on Wednesday after the county council announced that the Hollesby bypass would be delayed for a fourth time.
Presenter Roisin Delaney opened the lines at 9am with a simple question: “⟦d:a|How is the traffic in Hollesby affecting your life?⟧”
Jan, from Hollesby, was first through. “⟦d:b|I've timed it. I spend eleven hours a month sitting on the high street,⟧” she said. “⟦d:b|That's a part-time job. Nobody's paying me for it.⟧”
Terry, a lorry driver from Maltby, said he had stopped taking the route altogether. “⟦d:c|I go forty miles round. Forty miles, because of two miles of road they won't build,⟧” he said.
One caller, who did not give her name, said she had moved away from the village because of the congestion. “⟦d:d|I loved that house. I couldn't get my kids to school on time,⟧” she said.
Delaney put the calls to Cllr Ffion Maddox, the council's cabinet member for highways, who came on air at 10. “⟦d:e|I hear every word of that, and I'm sorry,⟧” Maddox said. “⟦d:e|The delay is about funding from central government, not about a lack of will here.⟧”
“⟦d:a|People have heard that before, though, haven't they?⟧” Delaney said.
“⟦d:e|They have. I understand why they're sceptical.⟧”

### 047
@a Loretta Vance | U.S. District Judge
@b Marisol Treviño | the chapel's pastor
@c Cody Sheffer | a former treasurer of Grace Chapel in Millbrook who embezzled $412,000 from the church over nine years
A former treasurer of Grace Chapel in Millbrook who embezzled $412,000 from the church over nine years was sentenced on Thursday to five years in federal prison.
Cody Sheffer, 54, had pleaded guilty in March to wire fraud. Before sentencing, he read a short statement. ``⟦d:c|I betrayed people who trusted me with everything. I don't expect forgiveness. I'm sorry,⟧'' he said, his voice breaking.
Marisol Treviño, the chapel's pastor, told the court the theft had forced the church to close its food pantry for two years. ``⟦d:b|Those weren't numbers. Those were meals,⟧'' she said. ``⟦d:b|Every dollar he took was a dollar somebody's kid didn't eat.⟧''
U.S. District Judge Loretta Vance said she had received more than 60 letters about the case, ``⟦p:a|some asking for mercy, most asking for something else.⟧''
``⟦d:a|Mr. Sheffer, you were not a desperate man. You had a good job and a good home,⟧'' Vance said. ``⟦d:a|You stole because it was easy, and because you thought the people you stole from were too kind to notice. You were half right.⟧''
Sheffer's attorney, Dale Morrow, said his client would not appeal.

### 048
@a Ottoline Wren | -
@b Jude Wren | her daughter
Ottoline Wren wrote her first novel at 61, after forty years as a court stenographer. Her fifth, “⟦s:-|A Quiet Verdict⟧”, is out this week, and she is, at 79, entirely unimpressed by the idea that she is a late bloomer.
“⟦d:a|I wasn't late. I was busy,⟧” she said. “⟦d:a|I was typing other people's stories for forty years. Somebody had to.⟧”
She did, she concedes, learn something in the courtroom.
“⟦d:a:m|You learn that nobody tells the story in order. A witness starts in the middle, goes back to the beginning, gets to the end, and then remembers the important bit. And the important bit is always small. The colour of a car. What someone was eating.⟧
“⟦d:a:m|That's how I write. I start in the middle and I wait for somebody to remember the colour of the car.⟧
“⟦d:a|It drives my editor mad.⟧”
Her daughter, Jude Wren, is, in her mother's words, “⟦p:a|the real writer in the family, and the tidier one⟧”. The two read each other's drafts. Jude does not hold back.
“⟦d:b|Mum's first drafts are like a handbag somebody has tipped out onto a table,⟧” she said. “⟦d:b|Everything's in there. It's just that the keys are under the lipstick.⟧”
Asked whether she had any advice for people who want to start writing late, Wren laughed.
“⟦d:a|Start. That's it. Don't buy a special notebook. I know people who've been buying special notebooks for thirty years.⟧”

### 049
@a Ciarán Ó Briain | the 41-year-old
@b Niamh | his caddie and sister
Ciarán Ó Briain holed a 40-foot putt on the final green to win the Ballymarra Open by a shot on Sunday, his first tour victory in nine years, and then had to sit down on the fringe.
"⟦d:a|My legs just went. I've never had that before,⟧" the 41-year-old said. "⟦d:a|I've hit that putt a thousand times on the practice green at home. It never goes in at home.⟧"
His caddie and sister, Niamh, read the line. She said she had told him to aim "⟦p:b|a cup and a half left, and hit it like you mean it⟧".
"⟦d:b|He looked at me like I had two heads. Then he hit it exactly where I said,⟧" she said. "⟦d:b|He'll say it was him. It was me.⟧"
Ó Briain, who lost his card in 2019 and spent two years working in his father's hardware shop in Kilrossan, said he had thought about quitting "⟦p:a|every single week⟧" during that time.
"⟦d:a:m|You stand behind the counter selling paint and hinges and people come in and say, weren't you on the telly once? And you say, yeah, I was. And they say, what happened? And you don't have an answer.⟧
"⟦d:a|Today's the answer, I suppose.⟧"

### 050
@a Mariam Yusuf | -
@b - | a former colleague who asked not to be named
@c Kessington Housing Association | -
@d Abdi Warsame | -
@e - | one internal email
@f - | a spokesperson
To her supporters, Mariam Yusuf is the reason the Parkgate estate still exists. To the Kessington Housing Association, she is, in the words of one internal email, “⟦p:e|a full-time job⟧”.
Yusuf, 52, has led the campaign against the estate's demolition since 2016. She has organised 14 marches, two legal challenges and, she estimates, “⟦p:a|about four thousand cups of tea⟧”.
“⟦d:a|People think campaigning is shouting. It's not. It's tea and spreadsheets,⟧” she said in the community room on the ground floor of Carver House. “⟦d:a|I shout about twice a year, and only when it's useful.⟧”
Not everyone is a fan. A former colleague who asked not to be named said Yusuf could be “⟦p:b|impossible to work with⟧”. “⟦d:b|She's brilliant, but she decides things on her own and then tells you,⟧” the former colleague said.
Yusuf laughed when this was put to her. “⟦d:a|That's fair. Write it down. I'm not running a democracy, I'm running a campaign.⟧”
Abdi Warsame, who has lived in Carver House for 30 years, credits her with keeping him in his home. “⟦d:d|Without Mariam I would be in a flat forty miles from here, on my own,⟧” he said.
Kessington Housing Association said it had “⟦p:c|always engaged constructively⟧” with residents. “⟦d:f|Our priority is safe, modern homes for every tenant,⟧” a spokesperson said.

### 051
@a Friederike Oppermann | the orchestra's chief conductor
@b Lukas Ebner | the principal horn
Friederike Oppermann, the orchestra's chief conductor, has a phrase she uses at every first rehearsal, and by now the players of the Kaltenbrück Philharmonic can recite it along with her.
“⟦d:a|Nicht schön. Wahr,⟧” she said, and then, for the benefit of her English visitor: “⟦d:a|Not beautiful. True.⟧”
The orchestra arrives in Harrowfield on Thursday for the first time in 31 years, with Mahler's Sixth, a symphony Oppermann has been conducting since she was 26.
“⟦d:a:m|I was much too young for it. I knew that at the time. But the orchestra in Linz had nobody else, and I said yes, because you always say yes at 26.⟧
“⟦d:a|I've done it maybe eighty times since. I think I'm starting to be old enough.⟧”
Lukas Ebner, the principal horn, has played under her for 14 years. “⟦d:b|She hears everything. Everything,⟧” he said. “⟦d:b|You can be a little bit flat in the second horn in a tutti with a hundred people playing and she will look at you. Not angry. Just looking.⟧”
He said the look was worse than shouting. “⟦d:b|Conductors who shout, you stop hearing them after a week. This you never stop hearing.⟧”

### 052
@a Declan Forsyth | -
@b Maisie | his daughter
@c Yvonne Scott | the volunteer who made the call
Declan Forsyth had stopped looking. He admits that now. After two years of posters, social media appeals and weekend drives around the lanes behind Kirkbrae, he had told his children that Biscuit, their border terrier, had probably found a new family.
"⟦d:a|I said it to make them feel better. I didn't believe it,⟧" he said.
On Tuesday, a volunteer from Harbour Paws Rescue rang to say a border terrier had been handed in 60 miles away, in Lennoch, with a microchip registered to the Forsyths' address.
Yvonne Scott, the volunteer who made the call, said she had "⟦p:c|never heard a grown man make a noise like that⟧". "⟦d:c|I thought the line had gone dead. Then he just started laughing,⟧" she said.
Biscuit, now thinner and greyer around the muzzle, was reunited with the family on Wednesday. His daughter Maisie, 7, was first out of the car.
"⟦d:b|He remembered me. He did the thing with his ears,⟧" she said. "⟦d:b|He's allowed on my bed now. Dad said.⟧"
"⟦d:a|I didn't say that,⟧" Forsyth said. "⟦d:a|I think I might have said that.⟧"
How Biscuit travelled 60 miles, and where he spent two years, remains a mystery. Scott said he had been in good condition. "⟦d:c|Someone's been feeding him. Whoever it was, thank you,⟧" she said.

### 053
@a Imogen Ashdown | the 22-year-old
@b Kerry-Ann Bissett | Ashdown's coach
@c Zhou Lanying | the world champion
Imogen Ashdown took 0.4 seconds off her own British record to win 200m butterfly silver at the World Aquatics Championships in Valdoria, and then apologised for crying on the pool deck.
“⟦d:a|Sorry. I'm a crier. Always have been,⟧” the 22-year-old said. “⟦d:a|My mum's going to see that on telly and ring me in tears and then we'll both be crying.⟧”
Gold went to Zhou Lanying, the world champion, who touched 0.31 seconds ahead. Speaking through a team interpreter, Zhou said she had felt Ashdown “⟦p:c|coming very fast at the end⟧”. “⟦d:c|In the last ten metres I could hear her. I was a little bit scared,⟧” she said.
Ashdown's coach, Kerry-Ann Bissett, said the race had gone “⟦p:b|exactly to plan, apart from the result⟧”.
“⟦d:b|We wanted her out in 57 low and home strong, and she did exactly that,⟧” she said. “⟦d:b|Zhou was just better today. Imogen knows that. She'll be angrier about it tomorrow, which is good.⟧”
Told she would be angrier tomorrow, Ashdown grinned. “⟦d:a|She's right. Tonight I'm happy. Tomorrow I'll be unbearable.⟧”

### 054
@a Tamsin Rudd | our deputy editor
@b Barnaby Osgood | -
Barnaby Osgood was the last keeper of the Skerrow Rock lighthouse before it was automated in 1989. At 86, he lives in a bungalow in Portnell with a view, he notes, of a different lighthouse. He spoke to our deputy editor, Tamsin Rudd.
"⟦d:a|What did you do all day?⟧" Rudd asked.
"⟦d:b|Painted things. Everything on a lighthouse needs painting, and by the time you've painted it all, the first bit needs painting again,⟧" Osgood said. "⟦d:b|And the weather reports, every three hours, day and night.⟧"
"⟦d:a|Were you lonely?⟧"
"⟦d:b|Never. Bored, sometimes. There's a difference. Lonely is when you want people. I didn't want people. I had three other keepers and that was plenty.⟧"
"⟦d:a|What happened when it was automated?⟧"
"⟦d:b:m|A man came out in a helicopter with a box the size of a fridge and told us the box would be doing our job from now on. I asked him who'd paint it. He didn't know.⟧
"⟦d:b|I went back five years later, on a boat trip. The paint was peeling. I was very satisfied.⟧"

### 055
@a Struan Macaulay | team leader
@b Glen Corran Mountain Rescue Team | -
@c Pradeep Venkataraman | a dentist from Harrowfield
@d Anjali Venkataraman | his wife
A walker who survived two nights on a ledge on Beinn Sgorach after falling in low cloud has thanked the volunteers who found him, saying he “⟦p:c|would not be alive⟧” without them.
Pradeep Venkataraman, 58, a dentist from Harrowfield, broke his ankle and two ribs when he slipped on wet rock on Friday afternoon. His phone had no signal.
“⟦d:c|I had a chocolate bar, a survival bag and a lot of time to think,⟧” he said from his hospital bed in Fort Aird. “⟦d:c|Mostly I thought about how angry my wife was going to be.⟧”
His wife, Anjali Venkataraman, raised the alarm when he did not come home on Friday evening. She confirmed she had been “⟦p:d|furious, and then very, very relieved⟧”. “⟦d:d|He promised me he'd take the easy route. He always promises that,⟧” she said.
The Glen Corran Mountain Rescue Team said 23 volunteers had searched for 31 hours in what it called “⟦p:b|some of the worst conditions of the year⟧”.
Team leader Struan Macaulay MBE said the walker's survival bag had saved his life. “⟦d:a|Without it, in that wind, I don't think we'd be talking about a rescue,⟧” he said. “⟦d:a|Carry one. Always. They weigh nothing.⟧”

### 056
@a Celestine Abara | -
@b Rosalind Petrescu | her co-star
Celestine Abara has been acting for 30 years and has never, until now, played someone her own age. “⟦d:a|I've been somebody's mother since I was 29,⟧” she said. “⟦d:a|Then somebody's grandmother at 45. Hollywood ages women in dog years.⟧”
In “⟦s:-|The Long Weekend⟧”, which opens on Friday, Abara, 52, plays a divorced chef who takes her three adult sisters on a disastrous holiday to Crete. It is, she says, “⟦p:a|the first part I've read where the woman is allowed to be funny and sad and fancied, all at once⟧”.
Her co-star Rosalind Petrescu, who plays the youngest sister, said Abara had been “⟦p:b|the mother of the set, whether she liked it or not⟧”.
“⟦d:b|She remembered everyone's birthday. The grips, the drivers, everyone,⟧” Petrescu said. “⟦d:b|She also cheated at cards every single night, and I want that on the record.⟧”
Abara denied the charge. “⟦d:a|I didn't cheat. I was better. It looks the same from the outside.⟧”
She was more serious about the industry. “⟦d:a:m|There are more parts for women like me than there were ten years ago. Not enough, but more. And that's because women my age started writing them and producing them, not because anyone had a change of heart.⟧
“⟦d:a|Nobody gives you the door. You build it.⟧”

### 057
@a Thaddeus Marlowe | the chairman of the appropriations committee
@b Elias Farrow | a first-term Republican from the 3rd District
@c - | a senior aide to Marlowe
@d - | one lobbyist who has worked the Capitol for two decades
For three weeks, the state budget has been stuck in a conference committee in Hallsburg, and the two men most responsible for getting it out are barely speaking.
Sen. Thaddeus Marlowe, the chairman of the appropriations committee, told reporters on Monday that the House's position on school funding was "⟦p:a|a fantasy written on a napkin⟧". "⟦d:a|I've been doing this for twenty-two years. I know what a real number looks like,⟧" he said.
Rep. Elias Farrow, a first-term Republican from the 3rd District, responded within the hour. "⟦d:b|If the senator wants to see a real number, he can look at the tax receipts, which he hasn't,⟧" he told the Hallsburg Ledger. "⟦d:b|Twenty-two years is a long time to be wrong about the same thing.⟧"
A senior aide to Marlowe, speaking on condition of anonymity because he was not authorised to discuss the negotiations, said the two men had met privately on Friday. "⟦d:c|It was short. It was not friendly,⟧" the aide said.
Marlowe, asked about the meeting, would say only that it had been "⟦p:a|productive in its own way⟧".
One lobbyist who has worked the Capitol for two decades said he had not seen a stalemate like it since 2009. "⟦d:d|Back then, at least, they went to dinner,⟧" he said. "⟦d:d|These two wouldn't share a vending machine.⟧"

### 058
@a Gideon Falk | -
@b Meera Kallat | host
@c Lantern Trust | the charity
Gideon Falk has told the story of his son's death perhaps 200 times, in schools, in church halls and once, memorably, to a room full of motorway engineers. On the latest episode of the podcast “⟦s:-|Small Hours⟧”, he told it again, and for the first time he told it without notes.
Host Meera Kallat asked him why he kept going back to it. “⟦d:b|Doesn't it cost you something, every time?⟧” she said.
“⟦d:a:m|It does. It costs me a day, usually. I'm no good the day after. My wife knows not to book anything.⟧
“⟦d:a:m|But Toby was seventeen and he'd had his licence for five weeks, and the lad who hit him had had his for three. If I can stand in front of a room of sixteen-year-olds and make one of them slow down on one bend on one wet night, then a day is cheap.⟧
“⟦d:a|A day is very cheap.⟧”
Kallat asked what he wanted listeners to know about Toby himself, rather than about the crash.
He laughed, for the first time in the episode. “⟦d:a|That he was terrible at maths and brilliant at fixing bikes. That he could not get up in the morning. That he sang in the shower, badly, every day, and I'd give anything to be woken up by it again.⟧”
Falk now volunteers with the Lantern Trust, which supports bereaved families. In a statement, the charity said his talks had reached “⟦p:c|more than 30,000 young people⟧”. “⟦d:c|Gideon's honesty does something no leaflet ever could,⟧” it said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh58.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh58",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
