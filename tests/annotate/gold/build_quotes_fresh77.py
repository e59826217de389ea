# ruff: noqa: E501
"""Build ``quotes_fresh77.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch (often with a first-person reporter who asks
the questions), Q&A transcripts with the interviewer's questions in bold or marked by
initials, podcast and radio interviews, sports and arts interviews, and human-interest
stories about families in which several relatives of the same gender speak and are
called by their first names.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh77-NNN``.

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
  it (``Hubby Dennis, 51, a bus driver``): the appositive is the description. A title
  or relational phrase before the name alone (``Presenter Jess Tamblyn``, ``Her son,
  Luca``) is the description. A plural phrase that introduces several people at once
  (``with former strikers A and B``, ``His daughters, Zofia and Kasia``) is nobody's
  description.
* Where a speaker is introduced without an appositive, a definite description in the
  very next sentence (``The 29-year-old soprano, who …``) or at a later cue (``the
  conductor said``, ``said Sandeep, the eldest``) is the description; an appositive
  given at a later cue counts the same way. Ages (``Pat, 76``) are never descriptions.
* An indefinite phrase in a news lede that stands in for a name given later (``A nurse
  who has worked at the same hospital for 50 years has said …``, ``A 16-year-old from
  Cwm Ddu``) is not a description; a definite role description at a cue (``The
  president of the Upland Farmers' Union has accused …``) is.
* A non-restrictive relative clause after an appositive (``a volunteer with …, who
  has helped the family``) is not part of the description.
* A first-person reporter's own questions (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's
  speech. Transcript turns marked by initials or printed in bold carry no quotation
  marks and are not annotated.
* Inside a transcript answer, words the interviewee quotes in double marks from
  someone else have no enclosing span, so they belong to that someone (named,
  described, or null); words the interviewee quotes from themselves are theirs.
* In a printed dialogue (alternating quote-only paragraphs, or a quote with no cue
  right after another speaker's turn) each turn belongs to the person whose turn it is.
* A document identified only by description (``the review says``, ``a petition
  signed by …``) has a null speaker and that phrase as the description. Text
  messages, log entries, social-media posts and notes by an identified person are
  that person's speech.
* A shout or remark whose source the passage leaves open (``came a shout from the
  back``) is ``direct`` with speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh77.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh77.jsonl")

PASSAGES = """
### 001
@a Ingrid Solvang | the Norwegian-born novelist
@b Henrik | a retired harbour pilot
Ingrid Solvang, the Norwegian-born novelist, is ten minutes early for lunch at Merrow, a fish restaurant on the harbour wall at Kilbrannan, and has already ordered for both of us. “⟦d:a|You’ll have the mackerel,⟧” she says. “⟦d:a|Everyone who argues with me about the mackerel regrets it.⟧”
Her fourth novel, “⟦s:-|The Salt Year⟧”, was shortlisted last week for the Calloway Prize, an honour she describes, with a small grimace, as “⟦p:a|lovely and slightly embarrassing⟧”.
“⟦d:-|Do you read your reviews?⟧” I ask.
“⟦d:a|Only the bad ones, and only once,⟧” she says. “⟦d:a|The good ones make me lazy.⟧”
She wrote the book in eleven months in a rented room above a chandlery, after two years in which, she says, she produced “⟦p:a|nothing at all that deserved to live⟧”.
“⟦d:a:m|I had a whole novel, three hundred pages, about a lighthouse keeper. It was dead on the page. I knew it around page forty and kept going for another two hundred and sixty, because I am stubborn.⟧
“⟦d:a|Henrik read it and said nothing for a whole evening. That was how I knew.⟧”
Her husband, Henrik, a retired harbour pilot, joins us for coffee and is told what he is supposed to have done.
“⟦d:b|I said nothing because I was asleep,⟧” he says mildly. “⟦d:b|She has improved the story over the years.⟧”
Solvang rolls her eyes. “⟦d:a|He was awake. He was pretending.⟧”

### 002
@a Tobias Mensah | the drummer
@c Abena | My wife
@d Quartey | My first teacher
For forty years Tobias Mensah, known to everyone on the circuit as “⟦s:-|Sticks⟧”, has been the engine room of the Harwell Street Orchestra. At 68 he has finally made a record under his own name, “⟦s:-|Low Tide Hymns⟧”, out this month. “⟦d:a|I’m a late bloomer. Very late,⟧” the drummer says, laughing. He spoke to us in a rehearsal room in Deptmoor. The interview has been edited for length and clarity.
**You waited a long time to make a solo album. Why now?**
Honestly? My wife, Abena. She said, “⟦d:c|Toby, you have been saying ‘next year’ since 1991. Either do it or stop talking about it.⟧” So I did it.
**The album opens with a solo drum piece. That’s brave.**
It’s not brave, it’s cheap! No, listen: drums are a melodic instrument if you tune them properly. My first teacher, Mr Quartey, used to rap me on the knuckles with a pencil and say, “⟦d:d|Sing it first, then play it.⟧” I still hear that every time I sit down.
**Do you still practise every day?**
Two hours, every morning, before anyone else is up. The neighbours call it “⟦s:-|the dawn chorus⟧”. They are being polite.
**What would the 20-year-old you make of this record?**
He would say it’s too slow. He’d be wrong, but he would say it.

### 003
@a Rosario | the eldest
@b Lourdes | -
@c Imelda | the youngest
@d Ted Farraday | Regular customer
The Bautista sisters have been getting up at 3.30am for 26 years. Rosario, 61, Lourdes, 58, and Imelda, 55, run Tres Hermanas bakery on Quarry Road in Ellesby, which closes its doors for the last time on Saturday.
"⟦d:a|We always said we'd stop when one of us couldn't lift a sack of flour,⟧" said Rosario, the eldest. "⟦d:a|Well, that was me, in March. So here we are.⟧"
Lourdes, who does the bread while her sisters handle the cakes and the till, said the decision had been "⟦p:b|the hardest conversation we've had since Mum died⟧".
"⟦d:b|We cried for a week and then we made a list,⟧" she said. "⟦d:b|That's how we do everything.⟧"
Imelda, the youngest, is the one customers know best. "⟦d:c|I know who takes their pandesal toasted and who's cutting down on sugar and pretending they aren't,⟧" she said. "⟦d:c|I'll miss the gossip more than the baking, honestly.⟧"
Regular customer Ted Farraday, 84, has bought a cottage loaf there every morning since the shop opened. "⟦d:d|I don't know what I'll do with my mornings,⟧" he said. "⟦d:d|Probably bother my daughter.⟧"
A handwritten notice in the window reads: "⟦s:-|Thank you Ellesby, it's been sweet⟧".
Asked who would inherit the recipe for the shop's famous ube rolls, the sisters looked at each other. "⟦d:a|Nobody,⟧" Rosario said. "⟦d:c|Somebody,⟧" said Imelda, at exactly the same moment.

### 004
@a Anouk Verhaegen | the former road race world champion
@b Callum Reddy | host
@c Velomar | Verhaegen's former team
Anouk Verhaegen, the former road race world champion, has said she was offered banned substances “⟦p:a|at least three times⟧” before she turned 21, in a candid interview on the “⟦s:-|Off the Front⟧” podcast.
“⟦d:b|Did you ever take anything?⟧” host Callum Reddy asked her directly.
“⟦d:a|No. And I'm not saying that to sound like a saint,⟧” Verhaegen replied. “⟦d:a|I said no because I was scared, not because I was good. There's a difference and I think it matters.⟧”
The 38-year-old, who retired in 2019 and now coaches juniors, said the culture in some teams had been “⟦p:a|rotten from the bus driver up⟧”.
Reddy asked whether things were different now. She paused for a long time. “⟦d:a|Different, yes. Clean? I would love to say yes. I can't.⟧”
Verhaegen's former team, Velomar, said in a statement on Tuesday that it “⟦p:c|categorically rejects⟧” her account and had “⟦p:c|operated a zero-tolerance policy throughout its existence⟧”.
“⟦d:b|Last question. Would you let your daughter race?⟧” Reddy said at the end of the episode.
“⟦d:a|She already does. I drive the car behind her,⟧” Verhaegen said, laughing.

### 005
@a Matías Ferreyra | the Argentine midfielder
@b Gareth Pryce-Owen | Holmbury City manager
HOLMBURY — Matías Ferreyra, the Argentine midfielder, said on Thursday that he had "⟦p:a|no fear⟧" of the English winter after completing a club-record move from Club Atlético San Telmo.
Speaking through an interpreter at his unveiling, the 24-year-old said: "⟦d:a|I have played in Bahía Blanca in July. It is cold there too. Maybe not this cold.⟧"
Asked what his grandmother had told him when he signed, he smiled and answered in Spanish. "⟦d:a|Que coma bien y que me abrigue,⟧" he said — "⟦d:a|That I should eat well and wrap up warm.⟧"
Holmbury City manager Gareth Pryce-Owen said Ferreyra would "⟦p:b|need time⟧" to adapt. "⟦d:b|He's a wonderful footballer, but we're not going to throw him in at Brackley away on a Tuesday night in the rain,⟧" he said. "⟦d:b|That would be cruel.⟧"
When that was translated for him, Ferreyra shook his head. "⟦d:a|I want to play. Tuesday, rain, no problem,⟧" he said.

### 006
@a Yusuf Adeyemi-Clarke | The schools minister
@c - | One mother
@d - | the review
@e Tallow Cross Parents' Group | -
The schools minister, Yusuf Adeyemi-Clarke, has said the closure of four rural secondary schools was "⟦p:a|not a decision anyone takes lightly⟧", but refused to rule out further closures in an interview on Radio Merrin's "⟦s:-|First Light⟧" programme. Presenter Kerry-Ann Dube pressed him repeatedly. An edited transcript follows.
KD: Minister, parents in Tallow Cross say they found out about this on Facebook. Is that acceptable?
YA: No, it isn't, and I've apologised for that. The letters should have gone out first.
KD: One mother told us, "⟦d:c|I found out my son's school was closing from a post shared by my hairdresser.⟧" What do you say to her?
YA: I'd say she's right to be angry. I would be.
KD: Will there be more closures?
YA: I'm not going to make promises I can't keep. What I will say is that the review says "⟦p:d|every school must be viable on its own terms⟧", and I agree with that.
KD: That sounds like a yes.
YA: It's a "⟦s:-|we'll see⟧".
After the interview, the Tallow Cross Parents' Group said in a statement: "⟦d:e|The minister has apologised for the Facebook post. He has not apologised for closing our school.⟧"

### 007
@a Élodie Marchetti | -
@b Luca | Her son
@c Fédération horlogère du Jura | -
In a workshop above a pharmacy in Carouge-sur-Lac, Élodie Marchetti assembles perhaps six watches a year. Each one takes her around 1,400 hours. «⟦d:a|People think that is slow,⟧» she said. «⟦d:a|For me it is fast. My teacher took two thousand.⟧»
Her teacher was Armand Rieder, who died in 2016 and whose tools still hang on the wall above the bench. Her son, Luca, 19, never met him. He is now an apprentice at the bench beside hers.
«⟦d:b|I know him only from her stories, and from the screwdrivers,⟧» Luca said. «⟦d:b|They are better than mine.⟧»
The Fédération horlogère du Jura, which certifies independent makers, has called her work «⟦p:c|among the most demanding being done anywhere in the country⟧».
Marchetti speaks French at the bench. «⟦d:a|Doucement, doucement,⟧» she told Luca as he lifted a balance wheel with tweezers — «⟦d:a|gently, gently⟧».
Asked whether she would ever sell to one of the large brands, she laughed. «⟦d:a|They have asked. I told them they could have a watch in 2031, like everybody else.⟧»

### 008
@a Sharon Pettigrew | JACKPOT mum
@b Kayleigh | Daughter
@c Gemma | her sister
@d Dennis | a bus driver
@e Stavros Kyriacou | Her boss at the Golden Haddock
JACKPOT mum Sharon Pettigrew says she is keeping her job at the chippy — despite scooping £4.2million on the lottery.
The 49-year-old, from Corbridge Vale, checked her ticket on her phone during a break between fish suppers on Friday night.
"⟦d:a|I screamed so loud the fryer man dropped a whole basket of chips,⟧" she told us. "⟦d:a|I thought I'd read it wrong. I made Dennis check it four times.⟧"
Hubby Dennis, 51, a bus driver, admitted: "⟦d:d|I checked it five times actually. She lost count.⟧"
Daughter Kayleigh, 22, is already planning a family holiday. "⟦d:b|Mum's never been on a plane. We're going to Florida and she's not allowed to say no,⟧" she said.
But her sister Gemma, 19, had other ideas. "⟦d:c|Florida's boring. I want a horse,⟧" she said. "⟦d:c|I've wanted a horse since I was six and everybody knows it.⟧"
Sharon just laughed: "⟦d:a|Nobody is getting a horse. We live in a terrace.⟧"
The family have already nicknamed the winning ticket "⟦s:-|Lucky Lenny⟧" and had it framed.
Her boss at the Golden Haddock, Stavros Kyriacou, said: "⟦d:e|She's the best batter-maker in the North East. If she leaves, I'm finished.⟧"

### 009
@a Kwabena Asante-Lyle | the two-time world indoor 60-meter champion
@b Marguerite Fell | his coach of 14 years
@c Atlantic Athletics Union | -
PORT ADELINA — Kwabena Asante-Lyle, the two-time world indoor 60-meter champion, said Wednesday he will retire at the end of the season, ending a career that has been interrupted by four operations in six years.
"⟦d:a|My hamstrings made the decision. I just signed the paperwork,⟧" Asante-Lyle, 34, said in an interview.
He said the hardest moment had been the 2022 world final, when he pulled up injured after 30 meters. "⟦d:a|I was in the best shape of my life. I sat on the track and I knew. I didn't want to know, but I knew.⟧"
Marguerite Fell, his coach of 14 years, said she was "⟦p:b|relieved, honestly⟧".
"⟦d:b|I've watched him come back from four surgeries,⟧" Fell said. "⟦d:b|I don't want to watch a fifth.⟧"
Asked what came next, Asante-Lyle said he planned to finish a degree in physiotherapy. "⟦d:a|The irony is not lost on me,⟧" he said.
The Atlantic Athletics Union said in a statement that he had "⟦p:c|lit up indoor arenas for more than a decade⟧".

### 010
@a Hamish Munro | -
@b Alasdair | his twin brother
@c Catriona Bell | Their niece
Hamish Munro and his twin brother, Alasdair, were born twelve minutes apart in the farmhouse at Drumlassie, 73 years ago this week. They have never lived anywhere else, and they have never, they say, had a proper argument.
“⟦d:b|That’s a lie,⟧” Alasdair said immediately. “⟦d:b|We had one in 1974 about a tractor. It lasted until 1979.⟧”
Hamish does the sheep; he is older by twelve minutes, a fact he mentions often. Alasdair does the cattle and the paperwork. “⟦d:a|He does the paperwork because he’s the only one who can read his own writing,⟧” Hamish said.
Neither brother married. Their niece, Catriona Bell, who will take over the farm next spring, spent her childhood summers there. “⟦d:c|They finish each other’s sentences, but they finish them differently,⟧” she said. “⟦d:c|So you get two endings and you have to pick one.⟧”
Asked what they would do when they retired, the brothers looked at one another.
“⟦d:a|Retire from what?⟧” said Hamish.
“⟦d:b|He means the sheep,⟧” said Alasdair. “⟦d:b|I’ll keep a few cows. For company.⟧”
“⟦d:a|He talks to them,⟧” his brother said.

### 011
@a Gloria Nwachukwu | -
@b Jess Tamblyn | Presenter
@c Bridget | One listener
@d Pellowmouth Hospitals Trust | -
A nurse who has worked at the same hospital for 50 years has said she "⟦p:a|never once⟧" thought about leaving.
Gloria Nwachukwu started at St Aldhelm's Hospital in Pellowmouth in 1975 as a 19-year-old trainee. She retires on Friday.
Speaking to Radio Pellow's breakfast show, she said: "⟦d:a|People ask me what's changed. Everything. The uniforms, the machines, the car park charges. What hasn't changed is people being frightened at three in the morning and wanting someone to hold their hand.⟧"
Presenter Jess Tamblyn asked her what she would miss most. "⟦d:a|The night shifts, strangely,⟧" she said. "⟦d:a|There's a quiet on a ward at night that you don't get anywhere else.⟧"
"⟦d:b|And what won't you miss?⟧" Tamblyn asked.
"⟦d:a|The car park charges,⟧" Mrs Nwachukwu replied.
One listener, Bridget from Carrow, texted the programme to say Mrs Nwachukwu had looked after her mother in 1988. "⟦d:c|She sang to her on the night before her operation. Mum talked about it for the rest of her life,⟧" she wrote.
The Pellowmouth Hospitals Trust said Mrs Nwachukwu was "⟦p:d|a living part of St Aldhelm's history⟧".

### 012
@a Seo Min-jun | the chef
@b Thandiwe Khumalo | his sous chef of eight years
The first thing Seo Min-jun does every morning is taste the kimchi. Not the new batch: the old ones, the jars at the back of the walk-in fridge that date back, in one case, to 2019.
“⟦d:a|It tells me what kind of day it will be,⟧” the chef said. “⟦d:a|If the old one is good, I relax. If it has gone strange, I am in a bad mood until lunch.⟧”
Seo opened Onggi, on a corner of Tanner's Row, in 2017 with money borrowed from an uncle and a second-hand range he describes as “⟦p:a|older than me and in worse condition⟧”.
“⟦d:a:m|The first year, I slept in the dry store twice a week. I am not saying this to be romantic. It was stupid. I had a flat fifteen minutes away. But I was afraid that if I left, something would break and I would not be there.⟧
“⟦d:a:m|Something always broke anyway. The range, the dishwasher, the extractor. Once the front door. You learn that you cannot be there for everything.⟧
“⟦d:a|That was the most useful thing I learned. More useful than any recipe.⟧”
Thandiwe Khumalo, his sous chef of eight years, says he has mellowed. “⟦d:b|When I started he would taste every plate before it went out. Every single one,⟧” she said. “⟦d:b|Now it is only every second plate.⟧”
Is she joking? “⟦d:b|A little,⟧” she said.

### 013
@a Aurelio Benedetti | -
@b Dario | His son
@c - | A spokesperson for the fisheries agency
Aurelio Benedetti has fished out of Saltcombe Quay for 52 years. His son, Dario, has fished alongside him for 24. On Monday they will take the Stella Maris out for the last time before she is broken up for scrap.
"⟦d:a|It's a boat. It's only a boat,⟧" Aurelio Benedetti said, and then, for a while, said nothing more.
Dario, 41, is less stoical. "⟦d:b|I learned to walk on that deck. I mean that literally, Dad's got photos,⟧" he said. "⟦d:b|She's been in the family longer than I have.⟧"
The pair are among dozens of small-boat crews to accept a decommissioning payment this year after successive quota cuts. A spokesperson for the fisheries agency said the scheme was "⟦p:c|voluntary and fairly priced⟧".
"⟦d:b|Voluntary,⟧" Dario repeated when this was read to him. "⟦d:b|Voluntary like jumping off a sinking ship is voluntary.⟧"
His father put a hand on his arm. "⟦d:a|Enough. They're not the ones who emptied the sea,⟧" he said.
Asked what he would do next, Aurelio shrugged. "⟦d:a|Mend nets for the ones who are left. Drink coffee. Annoy his mother.⟧"

### 014
@a Rasmus Viljanen | -
@b Saara | My wife
@c Oyelaran | The flight engineer
Rasmus Viljanen spent 211 days aboard the Arktika research station. Four months after landing, he is still, he says, “⟦p:a|learning to drop things⟧”. “⟦d:a|Gravity is rude,⟧” he told Nadia Karimi when they met at his home outside Lahtisalo. Their conversation has been condensed.
NK: What was the first thing you did when you got home?
RV: I stood in the shower for forty minutes. My wife, Saara, knocked on the door and said, “⟦d:b|Are you alive in there?⟧” and I said, “⟦d:a|More than ever.⟧”
NK: You’ve talked about dropping things.
RV: Yes! In orbit you let go of a pen and it waits for you. Down here I have broken three glasses. My daughter calls me “⟦s:-|Captain Butterfingers⟧”.
NK: Was there a moment up there that changed you?
RV: Over the Pacific at night there was a thunderstorm the size of a country. The flight engineer, Oyelaran, just said, “⟦d:c|Look,⟧” and nobody talked for ten minutes.
NK: Would you go back?
RV: Tomorrow. Don’t tell Saara.

### 015
@a Cerys Ames | -
@b Mervyn Idris | Her editor of twenty years
Cerys Ames dropped the Llewellyn from her name, she says, ``⟦p:a|when it stopped fitting on book spines⟧'', and has lived in the same cottage above Pont-y-Gwaith for thirty years.
``⟦d:a|I came for a summer,⟧'' she says, pouring tea from a pot with a chipped spout. ``⟦d:a|I've been meaning to leave ever since.⟧''
Her new collection, ``⟦s:-|Slate and Other Weathers⟧'', is her eleventh, and it is the first written entirely since the death of her partner, the printer Gwilym Ashe.
``⟦d:-|Do you still write by hand?⟧'' I ask.
``⟦d:a|In pencil. Ink is too sure of itself,⟧'' she says.
Her editor of twenty years, Mervyn Idris, describes her as ``⟦p:b|the least precious great poet I have ever met⟧''. ``⟦d:b|She'll cut a line she has spent a month on because a farmer in the pub didn't understand it,⟧'' he told me. ``⟦d:b|Most poets would cut the farmer.⟧''
Does Ames agree? ``⟦d:a|Mervyn is very kind and quite wrong,⟧'' she says. ``⟦d:a|I'm extremely precious. I just hide it better than most.⟧''

### 016
@a Oksana Hrytsenko | Wrexford City Women head coach
@b - | One journalist
@c Lotte Brenninkmeijer | her captain
Wrexford City Women head coach Oksana Hrytsenko insisted on Friday that her side "⟦p:a|fear nobody⟧" ahead of Sunday's cup semi-final against the holders, Castlebridge.
"⟦d:a|Respect, yes. Fear, no,⟧" she said. "⟦d:a|We beat them in October. We can beat them again.⟧"
One journalist reminded her that Castlebridge had won the last two meetings 4-0 and 5-1. "⟦d:b|Doesn't that suggest October was a fluke?⟧" he asked.
"⟦d:a|Then we need another fluke,⟧" Hrytsenko replied, to laughter. "⟦d:a|I'm serious, though. Football is not a spreadsheet.⟧"
She confirmed that her captain, Lotte Brenninkmeijer, had recovered from a calf strain. Brenninkmeijer, sitting beside her, was asked how she felt. "⟦d:c|Ready. Bit nervous. Mostly ready,⟧" the 29-year-old said.
"⟦d:a|She's always nervous. She plays better nervous,⟧" Hrytsenko added.
"⟦d:c|Thanks, coach,⟧" said Brenninkmeijer.

### 017
@a Nadia Haddad | -
@b Leila | Her daughter
@c Samira | Leila’s daughter
On the first Sunday of every month, three generations of the Haddad family make kibbeh in the kitchen of a semi-detached house in Ashby Moor. Nadia Haddad, 88, gives the instructions. Her daughter, Leila, 61, ignores about half of them. Leila’s daughter, Samira, 27, films the whole thing for an Instagram account that now has 140,000 followers.
“⟦d:a|Too much onion,⟧” Nadia said, without getting up from her chair.
“⟦d:b|It’s the same amount as always, Mama,⟧” said Leila.
“⟦d:a|Then it has always been too much.⟧”
Samira started filming in 2020, when the family could not meet in person and her grandmother gave instructions over video call. “⟦d:c|I wanted it written down somewhere. Teta never measures anything. If I didn’t film it, it would be gone,⟧” she said.
The account, called “⟦s:-|Teta’s Hands⟧”, has since been featured on breakfast television.
Asked whether she minded being famous, Nadia waved a hand. “⟦d:a|I am not famous. The kibbeh is famous,⟧” she said.
Leila says her mother has become “⟦p:b|impossible⟧” since the account took off. “⟦d:b|She gets fan mail now. From Brazil. She reads it out at dinner,⟧” she said.
“⟦d:c|Only the nice ones,⟧” Samira added.

### 018
@a Beth Carrow | -
@b Yewande Adeyemi | -
@c Ffion Harker | Former Ravensholt goalkeeper
@d - | a youth coach
Former Ravensholt goalkeeper Ffion Harker has revealed she almost quit the game at 17 after a youth coach told her she was “⟦p:d|too short to ever be a keeper⟧”.
Speaking on “⟦s:-|The Dressing Room⟧”, the podcast hosted by Beth Carrow and Yewande Adeyemi, the 33-year-old said: “⟦d:c|I went home and measured myself against the door frame every night for a year, like a kid. I hadn't grown. I just got better at jumping.⟧”
“⟦d:a|Did you ever see that coach again?⟧” Carrow asked.
“⟦d:c|I did. I saved a penalty from his daughter,⟧” Harker said, as both hosts erupted.
“⟦d:b|That's the best revenge story we've ever had on this show,⟧” Adeyemi said. “⟦d:b|Genuinely. Top of the list.⟧”
“⟦d:a|Above your parking ticket story?⟧” Carrow asked.
“⟦d:b|Nothing is above the parking ticket story,⟧” said Adeyemi.

### 019
@a Philippa Oduya | the judge
@b Raymond Tse | her clerk for fifteen years
@c Sentencing Standards Board | -
Dame Philippa Oduya, who retires this month after 23 years on the bench, has sentenced more than four thousand people. She remembers, she says, "⟦p:a|perhaps a few hundred⟧" of them.
"⟦d:a|That sounds callous. It isn't meant to,⟧" the judge said in her chambers at Corvedale Crown Court, surrounded by packing boxes. "⟦d:a|The ones you remember are the ones you got wrong, or the ones you're still not sure about.⟧"
Which ones is she still not sure about? "⟦d:a|I'm not going to tell you that,⟧" she said. "⟦d:a|Some of them have appeals I might be asked about one day.⟧"
Raymond Tse, her clerk for fifteen years, said she was the most thorough judge he had worked for. "⟦d:b|She reads everything. Every report, every letter from every mother. Some judges skim. She doesn't,⟧" he said.
In 2011 she attracted criticism when she described a sentencing guideline from the bench as "⟦p:a|an exercise in arithmetic masquerading as justice⟧". The Sentencing Standards Board responded at the time that its guidelines were "⟦p:c|carefully consulted upon⟧".
Does she regret it? "⟦d:a|The phrasing, a little. The point, not at all.⟧"

### 020
@a Gwen | One caller
@b Marian | Another caller
@c Idris Prothero | Presenter
@d Teifion Valley Council | -
@e - | A council spokesman
Residents cut off by the closure of the Afon Lliw bridge have told a Radio Teifion phone-in that they feel abandoned, six months after the crossing was shut for emergency repairs.
One caller, Gwen, from Llanfair Isaf, said her 20-minute drive to work now takes more than an hour. "⟦d:a|I leave in the dark and I get home in the dark. My children think I've moved out,⟧" she said.
Presenter Idris Prothero asked whether the council had been in touch. "⟦d:a|One letter. In October. It said 'spring'. Spring of what year, it didn't say.⟧"
Another caller, Marian, from Pentre Hir, said her mother's carers had stopped coming. "⟦d:b|They can't justify the mileage. I understand it. But Mam can't get herself to bed,⟧" she said.
"⟦d:c|Has anyone from the council been to see your mother?⟧" Prothero asked.
"⟦d:b|No. Nobody.⟧"
Teifion Valley Council said in a statement that the repairs were "⟦p:d|complex and weather-dependent⟧". A council spokesman added: "⟦d:e|We understand the frustration and we are doing everything we can to reopen the bridge this year.⟧"

### 021
@a Wanjiru Chebet | the 26-year-old
@b Joseph Kiprono | Her coach
@c Meseret Alemu | The runner-up
SELBORNE — Wanjiru Chebet won the Selborne Marathon on Sunday in 2 hours 18 minutes 40 seconds, a course record, in only her second race over the distance.
“⟦d:a|Nimefurahi sana,⟧” the 26-year-old said at the finish, wrapped in a flag — “⟦d:a|I am very happy.⟧” Then, in English: “⟦d:a|My legs are not happy. But I am.⟧”
Chebet broke away from a lead group of five at 32 kilometres and was never caught.
Her coach, Joseph Kiprono, said they had planned for her to wait until 35 kilometres. “⟦d:b|She did not listen. She never listens,⟧” he said, smiling. “⟦d:b|This is why she is a champion and I am a coach.⟧”
Chebet said she had not known about the record until she crossed the line. “⟦d:a|Nobody told me. I saw the clock and I thought it was broken.⟧”
The runner-up, Meseret Alemu, described the last ten kilometres as “⟦p:c|painful to watch from behind⟧”.

### 022
@a Paloma Arráez | -
@b Tomasz | Her assistant
@c - | One critic
Paloma Arráez has been painting the same field for forty years. It lies behind her house at Ferrol Cross, a rough rectangle of grass and thistle with a single hawthorn in one corner.
"⟦d:a|It's never the same field,⟧" she said. "⟦d:a|That's the whole point. If it were the same field I'd have stopped in 1985.⟧"
Her retrospective at the Harrow Bank Gallery, "⟦s:-|Forty Summers⟧", opens next week. One critic, reviewing her last show, called the series "⟦p:c|the most patient body of work in British painting⟧". Arráez laughs at this. "⟦d:a|Patient! Ask Tomasz how patient I am.⟧"
Her assistant, Tomasz, who has stretched her canvases for twelve years, at first declined to comment, and then commented. "⟦d:b|She threw a palette knife at a radiator last Tuesday,⟧" he said. "⟦d:b|The radiator was fine.⟧"
"⟦d:a|It was a very small knife,⟧" she said.
She is 71 and says she has "⟦p:a|perhaps twenty more fields⟧" in her.
"⟦d:a:m|I don't count years any more. I count summers. You get one go at each summer, and if it rains, that's your summer.⟧
"⟦d:a|This one was a good one. Lots of yellow.⟧"

### 023
@a Niamh Keogh | singer
@b Rafael Soto | Drummer
@c Dev Chaudhry | Bassist
@d Aidan | Niamh's brother
Pale Harbour have been a band for eleven years, and for ten of them, according to singer Niamh Keogh, they were "⟦p:a|quite bad, actually⟧".
"⟦d:a|We were loud and we were earnest and we had no songs,⟧" she says. "⟦d:a|Rafa will tell you otherwise. Rafa is wrong.⟧"
Drummer Rafael Soto, stirring a coffee, does tell us otherwise. "⟦d:b|We had two songs. Two good ones. We just played them very slowly so they lasted a whole set,⟧" he says.
Their third album, "⟦s:-|Undertow Choir⟧", went top five in March, and the band are about to start their first arena tour.
Bassist Dev Chaudhry joined in 2018, replacing Niamh's brother, Aidan, who left to become a primary school teacher but still plays guitar on the records.
"⟦d:c|I was a fan first. Which is embarrassing to admit in front of them,⟧" Chaudhry says. "⟦d:c|I had the T-shirt. I still have the T-shirt,⟧" they add.
"⟦d:b|They still wear it on stage,⟧" Soto says.
"⟦d:c|Only when it's clean,⟧" says Chaudhry.
Aidan, reached by phone between lessons, is unsentimental about leaving. "⟦d:d|I liked the playing. I didn't like the vans,⟧" he said. "⟦d:d|Year 4 is less chaotic than a tour. Slightly.⟧"

### 024
@a Doreen Ashcroft | -
@b Phil | Her grandson
@c Anita Raman | a community support officer
A tortoise that went missing from a Hallam Green back garden in 1998 has turned up three streets away, and still, according to his owner, "⟦p:a|in a foul mood⟧".
Doreen Ashcroft, 79, had given up hope of ever seeing Sir Humphrey again. "⟦d:a|I put an advert in this paper every year for ten years. Then I stopped, because people were starting to think I'd gone soft,⟧" she said.
The tortoise was found last week by Anita Raman, a community support officer, in an overgrown allotment on Pike Lane. "⟦d:c|He was sitting under a rhubarb leaf looking very pleased with himself,⟧" she said. "⟦d:c|I'd seen the old posters. I knew who he was straight away from the chip in his shell.⟧"
Her grandson Phil, 15, who has grown up hearing about "⟦s:-|the great tortoise escape⟧", went with her to collect him. "⟦d:b|Nan cried. Then she told him off. Then she cried again,⟧" he said.
Tortoises can live for more than 100 years. "⟦d:a|He'll outlive me. He's doing it out of spite,⟧" Mrs Ashcroft said.

### 025
@a Benedikt Anand | the leader of the Rural Alliance
@b Hana Novak | His press officer
@c - | one rival
Benedikt Anand, the leader of the Rural Alliance, orders the soup of the day without asking what it is. “⟦d:a|It's always leek,⟧” he explains. “⟦d:a|It has been leek here since 2009. In a politician's life, I find that reassuring.⟧”
We are in the Hare and Lantern in Kettleby, in the middle of his constituency, and he has been stopped twice on the way to the table. His party has gone from two seats to eleven in four years, a rise one rival dismissed as “⟦p:c|a protest vote in a tweed jacket⟧”.
“⟦d:-|Is that what it is?⟧” I ask.
“⟦d:a|The jacket is corduroy, so they can't even get that right,⟧” he says.
“⟦d:-|What do you actually want?⟧” I ask, as the soup arrives. He thinks about it for longer than I expect.
“⟦d:a:m|Bus routes. I know that sounds small. It isn't small if you are 80 and the bus to the hospital has been cut to twice a week.⟧
“⟦d:a|Everybody in the capital wants to talk about the big picture. The big picture is made of bus routes.⟧”
His press officer, Hana Novak, who has been silently eating a sandwich, looks up. “⟦d:b|That's going on a leaflet,⟧” she says.
“⟦d:a|It was on a leaflet in 2019,⟧” he says. “⟦d:a|Nobody read it then either.⟧”

### 026
@a Kaito Mizushima | The Japanese-born sculptor
@b Orla Brennan | the park's director
@c - | a petition signed by more than 3,000 residents
The Japanese-born sculptor Kaito Mizushima, who rarely gives interviews, answered questions by email this week about his installation for the Quayside Sculpture Park, a 14-metre steel wave that has divided opinion in Harbourton.
"⟦d:a|I read the letters in the newspaper. Some are angry. That is fine. A wave is supposed to make you a little afraid,⟧" he wrote.
Asked about a petition signed by more than 3,000 residents that calls the work "⟦p:c|an eyesore that blocks the view of the actual sea⟧", he replied: "⟦d:a|3,000 people looked at it closely enough to sign something. Most art does not get this.⟧"
Orla Brennan, the park's director, said the commission had been "⟦p:b|the most talked-about thing we have ever done⟧". "⟦d:b|People stand under it and argue. I'd call that a success,⟧" she said.
Mizushima's final email ended with a line that Brennan has since printed out and pinned above her desk: "⟦d:a|Please tell them it will rust beautifully.⟧"

### 027
@a Emeka Nwosu | the elder of his two sons
@b Chidi | His younger brother
@c Cyprian Nwosu | -
Dr Cyprian Nwosu, who founded the Eastgate Community Clinic in 1968 and ran it for almost half a century, has died aged 91. His sons say he worked until three weeks before his death.
“⟦d:a|He would ring the clinic from his hospital bed to ask about patients,⟧” said Emeka Nwosu, the elder of his two sons. “⟦d:a|The nurses stopped putting his calls through in the end. He was furious.⟧”
His younger brother, Chidi, remembers a man who “⟦p:b|could not walk down Eastgate Road without being stopped every ten yards⟧”.
“⟦d:b|A five-minute walk to the shops took an hour. As children we hated it,⟧” Chidi said. “⟦d:b|Later I understood. Those people were alive because of him.⟧”
Nwosu arrived from Enugu in 1961 to train as a surgeon and found, he later said, that nobody in Eastgate had seen a doctor in years. In a letter to the local health board in 1967, which the family has kept, he wrote: “⟦d:c|The people of Eastgate are not asking for charity. They are asking for a doctor who will open the door.⟧”
“⟦d:a|That was him in two sentences,⟧” Emeka said.

### 028
@a Rohan Wijesekera | The Southern Isles captain
@b Jahid Mahmud | Fast bowler
@c - | One reporter
The Southern Isles captain, Rohan Wijesekera, admitted his side had been "⟦p:a|outplayed in every department⟧" after a 3-0 series defeat was completed in Port Belleau on Monday.
"⟦d:a|We didn't bat long enough, we didn't bowl tight enough and we dropped too many,⟧" he said. "⟦d:a|Apart from that, it was a great tour.⟧"
One reporter asked: "⟦d:c|Is this the worst tour in the country's history?⟧"
"⟦d:a|It's not the best,⟧" Wijesekera said. Asked whether his own position was under threat, he smiled thinly. "⟦d:a|You'll have to ask the selectors. I'd pick me, but I'm biased.⟧"
Fast bowler Jahid Mahmud took 19 wickets in the series, the one bright spot of the tour. "⟦d:b|I'm proud of my numbers, but numbers don't win Test matches. I'd give every wicket back for one win,⟧" the 23-year-old said.

### 029
@a Mariana Quispe | a glaciologist at the University of Tarrant
@b Hartmut Kessler | my supervisor
@c - | An old farmer in the valley
Mariana Quispe, a glaciologist at the University of Tarrant, has spent twenty summers measuring the Yanaraju glacier. Her new book, “⟦s:-|What the Ice Remembers⟧”, is published this week. “⟦d:a|The ice is the best historian we have. It doesn't lie and it doesn't take sides,⟧” she says. She spoke to us from her field station; the interview has been edited.
**How much has the glacier shrunk since you started?**
About 40 per cent by area. When I first went up, my supervisor, Professor Hartmut Kessler, pointed at a rock and said, “⟦d:b|By the time you have students, the ice will have reached that.⟧” It passed that rock in 2014. I don't have students yet.
**Do you ever feel like giving up?**
Every February, when the grant applications are due.
**What do people in the valley say about your work?**
An old farmer in the valley told me once, “⟦d:c|You measure it. We drink it.⟧” I think about that a lot.
**What's next?**
Another twenty summers, if my knees allow it.

### 030
@a Yusuf Demir | the former postman
@b Delphine Rousseau-Hart | Judge
@c Ayesha | His granddaughter
A grandfather of five from Wexbury has been crowned the winner of "⟦s:-|The Great Village Bake⟧" after a final in which his three-tier baklava cake reduced one of the judges to tears.
Yusuf Demir, 68, beat two other finalists to the title. "⟦d:a|I've been delivering other people's birthday cards for 40 years. This is the first time I've felt like it was my birthday,⟧" the former postman said after the final was broadcast on Sunday night.
Judge Delphine Rousseau-Hart, who was seen wiping her eyes during the judging, said: "⟦d:b|It tasted like somebody's grandmother's kitchen. I don't give that compliment lightly.⟧"
Mr Demir learned to bake from his mother in Gaziantep. "⟦d:a|She used to say, 'If the pastry isn't thin enough to read a newspaper through, start again.' I have read a lot of newspapers through pastry,⟧" he said.
His granddaughter, Ayesha, 11, applied for the show on his behalf without telling him. "⟦d:c|He said no three times. So I didn't ask a fourth time, I just filled in the form,⟧" she said.
"⟦d:a|She forged my signature,⟧" Mr Demir said. "⟦d:a|We are still discussing this.⟧"

### 031
@a Wiremu Tane | Harlow Vale head coach
@b Sione Fifita | the No 8
@c Callum Drysdale | His captain
@d Ashcombe | -
Harlow Vale head coach Wiremu Tane said his side had “⟦p:a|found something⟧” in a bruising 24-21 win over Ashcombe that lifts them off the bottom of the table.
“⟦d:a|We've been playing nice rugby and losing. Today we played ugly rugby and won. I'll take ugly,⟧” Tane said.
Sione Fifita, who scored two tries, was named player of the match. “⟦d:b|The boys did the hard work. I just fell over the line,⟧” the No 8 said.
His captain, Callum Drysdale, was having none of it. “⟦d:c|He carried three men over the line for the second one. That's not falling over,⟧” he said.
“⟦d:c|Sione is the most modest man I've ever played with. It drives us mad.⟧”
Asked about the referee's late decision to disallow an Ashcombe try, Tane was diplomatic. “⟦d:a|I thought it was a knock-on. Their coach probably didn't. That's rugby.⟧”
Ashcombe said on its website that it would “⟦p:d|review the footage⟧” before deciding whether to comment further.

### 032
@a Farzana Rahimi | -
@b Mahsa | -
@c Parwana | the younger
@d Gillian Shore | a volunteer with the Brantwood Welcome Network
Farzana Rahimi keeps the keys to her old house in Herat in a biscuit tin on top of the fridge. "⟦d:a|The house is gone. The keys I keep,⟧" she said, speaking through an interpreter in the kitchen of a two-bedroom flat in Brantwood.
She arrived in 2022 with her daughters, Mahsa, now 17, and Parwana, 14.
Mahsa, who speaks fluent English with a faint local accent, said the first winter had been the hardest. "⟦d:b|We didn't know anyone. Mum cried at night when she thought we were asleep. We weren't asleep,⟧" she said.
Parwana, the younger, interrupted. "⟦d:c|I was asleep. I'm a very good sleeper,⟧" she said, and her sister rolled her eyes.
Asked how she feels now, Mrs Rahimi said something in Dari and laughed. "⟦d:a|Khoda ra shukr,⟧" she repeated for the interpreter: "⟦d:a|Thank God.⟧"
Gillian Shore, a volunteer with the Brantwood Welcome Network, who has helped the family since they arrived, said the roles had since reversed. "⟦d:d|Farzana is the one who helps us now. She's cooked for every new family that's arrived this year,⟧" she said.
"⟦d:a|Cooking is easy,⟧" Mrs Rahimi said. "⟦d:a|Waiting is hard.⟧"

### 033
@a Anders Thorkildsen | -
@b Priyanka Sethi | His former student
At 80, Anders Thorkildsen still cycles to his office every morning, over a footbridge he designed in 1974 and which he now, he says, “⟦p:a|cannot look at without wincing⟧”.
“⟦d:a:m|The railings are wrong. Too heavy. I was young and I wanted everyone to see that it was a serious bridge, so I made it look like a bank.⟧
“⟦d:a:m|If I did it now, it would be almost nothing. Two lines over the water. But you have to be old to be brave enough to do almost nothing.⟧
“⟦d:a|Don't write that down. It sounds like a fridge magnet.⟧”
I had, of course, already written it down.
His practice has built 41 schools, three hospitals and a crematorium he refuses to discuss. His former student, Priyanka Sethi, now runs her own studio across the river. “⟦d:b|He would stand behind you in the studio and rub out half your drawing without saying anything. Then he would leave. You had to work out why,⟧” she said. “⟦d:b|Usually he was right. Not always. About 80 per cent.⟧”
Told this, Thorkildsen looked delighted. “⟦d:a|Eighty! She is generous. Write seventy.⟧”

### 034
@a Darnell Okoro | -
@b Viktor Lindahl | the defending champion
@c Manny Adebisi | Promoter
Darnell Okoro and Viktor Lindahl had to be pulled apart by security at Thursday's final press conference before Saturday's WBF cruiserweight title fight at the Granton Arena.
Okoro, 27, known as "⟦s:-|The Hammer⟧", went first. "⟦d:a|He's been champion for three years and nobody can name one person he's beaten. Saturday, everyone will know my name,⟧" he said.
Lindahl, the defending champion, barely looked up from his phone. "⟦d:b|Everyone already knows his name. He says it forty times a day,⟧" the 31-year-old Swede said.
Okoro's supporters at the back of the hall began chanting "⟦s:-|Ham-mer! Ham-mer!⟧" and a shout of "⟦d:-|Get on with it!⟧" went up from somewhere near the bar.
"⟦d:a|You hear that? That's Saturday,⟧" Okoro shouted.
"⟦d:b|That's twelve people and a drum,⟧" said Lindahl.
When the two fighters came face to face for the photographs, Okoro shoved the champion in the chest. Promoter Manny Adebisi stepped between them. "⟦d:c|Save it for Saturday, boys. I'm not paying for the dentist,⟧" he said.

### 035
@a Rosalind Achterberg | the host
@b Abimbola Carter | the retired detective inspector
@c - | His solicitor at the time
@d Gerald Pickering | The brother
In the fourth episode of «⟦s:-|The Pickering Street Tapes⟧», released on Tuesday, the retired detective inspector Abimbola Carter describes the night in 1996 when she first walked into the flat where Lionel Pickering had been found dead.
«⟦d:b|It was very tidy. That was the first thing. Too tidy for a man who lived alone and worked nights,⟧» Carter tells the host, Rosalind Achterberg.
«⟦d:a|Did you suspect the brother from the start?⟧» Achterberg asks.
«⟦d:b|I suspected everybody from the start. That's the job. But yes, the brother more than most.⟧»
The brother, Gerald Pickering, was charged in 1997 and acquitted the following year. His solicitor at the time described the case as «⟦p:c|built on tidiness and very little else⟧».
Achterberg plays Carter a recording of that remark. There is a long pause. «⟦d:b|He wasn't wrong,⟧» Carter says eventually. «⟦d:b|We didn't have enough. I knew we didn't have enough. I just believed it.⟧»
Gerald Pickering, now 71, declined to take part in the series. In a short statement read out at the end of the episode, he said: «⟦d:d|I was found not guilty by a jury. I have nothing further to add, and I would ask to be left alone.⟧»

### 036
@a Tendai Moyo | the conductor
@b Rita Blackwood | the choir's oldest member
@c - | One soprano
@d Joan Whitfield | -
When Tendai Moyo took over the Fellgate Colliery Choir in 2015, it had nine members, an average age of 74 and, in his words, "⟦p:a|a repertoire that stopped in about 1962⟧".
It now has 48 members, a waiting list and a YouTube channel. "⟦d:a|I didn't change much. I just asked people what they'd sing in the shower, and then we sang that,⟧" the conductor said.
Rita Blackwood, the choir's oldest member, has sung with it since 1958. "⟦d:b|We used to do hymns and pit songs. Now we do Abba. I've no complaints. Abba's got better tunes,⟧" she said.
One soprano, who joined last year after retiring from nursing, said the choir had "⟦p:c|saved her winter⟧". "⟦d:c|I'd have gone mad without Thursday nights,⟧" she said.
Joan Whitfield, who sits next to Mrs Blackwood in the altos, said she was grateful for the company, mostly. "⟦d:d|Rita tells me when I'm flat. Loudly. During concerts,⟧" she said.
"⟦d:b|Only when you're flat,⟧" said Mrs Blackwood.
The choir's spring concert, to be held under the banner "⟦s:-|Fellgate Sings Again⟧", is already sold out.

### 037
@a Ananya Krishnan | -
@b Lakshmi | Her mother
@c Saraswati | her grandmother
@d Pieter van Lennep | the 44-year-old Dutch grandmaster
Ananya Krishnan is ten, and last month she beat a grandmaster. She would prefer to talk about her hamster.
“⟦d:a|His name is Bishop. Not because of chess. Because he moves diagonally,⟧” she said, which is not true of hamsters but seemed to satisfy her.
The win, against the 44-year-old Dutch grandmaster Pieter van Lennep at the Castlemead Open, made her the youngest player to beat a grandmaster in a rated game in the country. Van Lennep later described her play as “⟦p:d|frighteningly calm⟧”.
Her mother, Lakshmi, drives her to tournaments in a car full of colouring books. “⟦d:b|People think we push her. We do the opposite. We hide the board at bedtime,⟧” she said. “⟦d:b|She sets it up again under the duvet with a torch.⟧”
It was her grandmother, Saraswati, who taught her the moves, on a set with a missing knight replaced by a salt cellar. “⟦d:c|I taught her in one afternoon. By the next week she was beating me. By the next month she was being rude about it,⟧” Saraswati said.
“⟦d:a|I wasn’t rude. I said ‘checkmate’,⟧” Ananya protested.
“⟦d:c|She said it like a queen,⟧” her grandmother said.
“⟦d:b|She is a queen. That’s the problem,⟧” said Lakshmi.

### 038
@a Tavita Leiataua | Samoan-born director
@b - | One audience member
@c Losaline Faleafa | the 24-year-old
@d Henrietta Crane | Festival director
Samoan-born director Tavita Leiataua was given a five-minute standing ovation at the Marwick Film Festival on Saturday after the premiere of "⟦s:-|Salt Water Wedding⟧", a comedy shot entirely in his grandmother's village.
"⟦d:a|Half the cast are my relatives. The other half are people who owe my relatives money,⟧" he told the audience during the Q&A that followed.
One audience member wanted to know how he had persuaded non-actors to perform. "⟦d:b|Did you pay them?⟧" they asked.
"⟦d:a|In food. So much food. The catering was the biggest line in the budget,⟧" Leiataua replied.
Losaline Faleafa, who plays the bride and is the director's cousin, had never acted before. "⟦d:c|He called me and said, 'You're getting married.' I said, 'To who?' He said, 'Doesn't matter, it's a film,'⟧" the 24-year-old said.
Festival director Henrietta Crane called the film "⟦p:d|the funniest thing we have shown in a decade⟧".

### 039
@a Hélène Vautrin | -
@b Mathis | Her son
@c Jean-Baptiste Vautrin | Her late husband
Hélène Vautrin has made wine on the same eleven hectares above the village of Saint-Orbel for 38 years, and she still prunes every vine herself.
«⟦d:a|Le vin, c'est la patience,⟧» she said, and then translated herself: «⟦d:a|Wine is patience. And bad knees.⟧»
Her late husband, Jean-Baptiste Vautrin, kept a notebook of every harvest from 1986 until his death in 2011. The entry for the heatwave summer of 2003 reads, in full: «⟦d:c|Too hot. Grapes like raisins. Hélène furious with the sky.⟧»
Her son, Mathis, who took over the cellar in 2019, reads it aloud to visitors. «⟦d:b|It's the best tasting note anyone ever wrote,⟧» he said. «⟦d:b|Four lines. Everything you need.⟧»
Hélène is less sentimental about it. «⟦d:a|He wrote it down because he was afraid to say it to my face,⟧» she said, laughing.

### 040
@a Adaora Nnamdi | The 36-year-old founder of Tallypay
@b Marcus Lehane | Her head of communications
Adaora Nnamdi arrives at Ostra, a small Portuguese place in Fenwick Yard, with two phones and an apology. “⟦d:a|I'm so sorry. Our Lagos office is having a fire drill and they've decided I need to be on it,⟧” she says.
The 36-year-old founder of Tallypay, which processes payments for market traders in six countries, orders grilled sardines and a glass of vinho verde, and puts both phones face down.
I ask her about the valuation, reportedly $1.2bn after last month's funding round. Her head of communications, Marcus Lehane, who has joined us, puts down his fork. “⟦d:b|We don't comment on valuation,⟧” he says.
“⟦d:a|We don't comment on valuation,⟧” Nnamdi repeats, grinning. “⟦d:a|But it's a nice number. My mother has it framed.⟧”
“⟦d:b|She does not have it framed,⟧” Lehane says.
“⟦d:a|She has it on the fridge. It's the same thing.⟧”
She grew up in Onitsha, where her mother ran a fabric stall. “⟦d:a:m|Every evening she would count the cash twice and write it in an exercise book. If it didn't match, nobody ate until it matched.⟧
“⟦d:a|Tallypay is that exercise book. That's all it is. It's my mother's exercise book with better security.⟧”
“⟦d:-|Does she use it?⟧” I ask.
“⟦d:a|She refuses. She says she trusts the book,⟧” Nnamdi says.

### 041
@a Esteban Hollis | a retired engineer from Aldborne
@b Rodrigo Alvear | His older brother
@c Daniela Fuentes | an amateur genealogist from Valparaíso
The first thing Esteban Hollis noticed about his brother was his hands. "⟦d:a|They're my hands. Exactly my hands. I held mine up next to his at the airport and we both started laughing,⟧" said Hollis, 61, a retired engineer from Aldborne.
The two men were separated in 1967, when Esteban, then three, was adopted by a British couple working in Santiago. His older brother, Rodrigo Alvear, stayed in Chile and spent four decades looking for him.
"⟦d:b|Every birthday, my mother lit a candle for him. She died in 2009 without knowing. That is the only sad part,⟧" Rodrigo Alvear said, speaking in Spanish through his daughter, who translated.
They were traced last year by Daniela Fuentes, an amateur genealogist from Valparaíso, through a DNA test Hollis had taken as a retirement present to himself. "⟦d:c|I've done maybe 300 of these. This is the one I cried at,⟧" she said.
Asked what they had talked about first, the brothers exchanged a look.
"⟦d:a|Football,⟧" said Esteban.
"⟦d:b|He supports the wrong team,⟧" said Rodrigo, in careful English.

### 042
@a Hanna Virtanen | the 19-year-old
@b Bogdan Petrescu | Her coach
KELSTON — Hanna Virtanen swam the fastest 200 metres butterfly in the world this year on Friday night, and then apologised for it.
“⟦d:a|Sorry, Bogdan,⟧” the 19-year-old said, turning towards the stands in the mixed zone. “⟦d:a|I know I was supposed to go out slower.⟧”
Her coach, Bogdan Petrescu, who has trained her since she was 11, shook his head. “⟦d:b|She was supposed to go out slower, yes. She was also supposed to come back slower, and she didn't, so I forgive her,⟧” he said.
Virtanen said she had been “⟦p:a|a bit scared⟧” before the race. “⟦d:a|Not of the others. Of the clock. The clock doesn't care how you feel,⟧” she said.
Asked about next summer's Olympic final, she insisted she was “⟦p:a|not thinking about it at all⟧”. Petrescu laughed. “⟦d:b|She thinks about nothing else. She has the date on her phone screen.⟧”

### 043
@a Ifor Bevan-Rees | The president of the Upland Farmers' Union
@b Sadia Rahman | presenter
@c Department for Rural Affairs | -
The president of the Upland Farmers' Union has accused ministers of "⟦p:a|farming by spreadsheet⟧" in a combative interview on Radio Caerwen.
Ifor Bevan-Rees, who farms 400 acres near Llanbedr Fawr, told presenter Sadia Rahman that the new subsidy rules would "⟦p:a|finish off⟧" hill farms within five years.
"⟦d:b|Isn't that what farmers always say?⟧" Rahman asked. "⟦d:b|Every reform is the end of farming.⟧"
"⟦d:a|And every time we say it, a few hundred more farms go,⟧" he replied. "⟦d:a|So maybe we're right more often than you'd think.⟧"
When Rahman tried to move on to the minister's response, Bevan-Rees cut in: "⟦d:a|Let me finish. Let me just finish this one point.⟧"
"⟦d:b|Very quickly, then,⟧" said Rahman.
The Department for Rural Affairs said in a statement that the scheme would "⟦p:c|reward farmers for the public goods they provide⟧" and that upland farms would receive "⟦p:c|additional transitional support⟧".

### 044
@a Dilnoza Yusupova | the comedian
@b Rustam | a dentist
Dilnoza Yusupova's new show is called “⟦s:-|Visa Run⟧”, and her mother has asked her to change it. “⟦d:a|She thinks the immigration people will come to the gig,⟧” the comedian says. “⟦d:a|I've told her, if the immigration people want to pay £18 to see me, they're welcome. I need the numbers.⟧”
Yusupova, 31, came to Britain at nine, and her act is built largely out of her family. The bit that went viral last year concerns her father's attempts to “⟦s:-|negotiate⟧” with a self-service checkout.
Her brother, Rustam, a dentist, features in roughly a third of the material. Is he all right with that? “⟦d:b|I get a cut,⟧” he says. “⟦d:b|Not a big cut. A dental cut. Very small, very precise.⟧”
“⟦d:a|He doesn't get a cut,⟧” his sister says. “⟦d:a|He gets free tickets and he brings his whole practice.⟧”
She describes her early years on the circuit as “⟦p:a|eight years of being the only woman and the only Uzbek on the bill, usually in Dunsford⟧”.

### 045
@c - | A boy of about 16
@d Konrad | My father
Ottilie Brandauer, 58, has run Brandauer & Daughter, a secondhand bookshop on Weir Street in Marchbury, since her father retired in 1994. We asked her about three decades in the trade.
Q: Is there really a daughter?
A: There is now. When Dad opened it, it was "⟦s:-|Brandauer & Son⟧". He was an optimist. I changed the sign. My daughter Greta is 26 and does the website.
Q: What's the strangest thing you've found in a book?
A: A marriage proposal, unanswered, dated 1962. It said, "⟦d:-|If you find this, the answer is in the garden.⟧" I went to the address on the envelope. It's a garden centre now.
Q: Do people still buy books in shops?
A: More than five years ago. Young people especially. A boy of about 16 came in last week and said, "⟦d:c|This is like the internet but it smells better.⟧" I nearly hugged him.
Q: What did your father teach you?
A: My father, Konrad, used to say, "⟦d:d|Never argue about price with a man holding a first edition.⟧" I still don't know exactly what it meant, but I've never done it.

### 046
@a Lilian Mahoney | -
@b Pat | Her elder daughter
@c Maureen | her sister
@d Callum | Great-grandson
Lilian Mahoney celebrated her 100th birthday at the Bridge Inn in Tarnside on Sunday with four generations of her family and, in her words, "⟦p:a|far too much trifle⟧".
Asked the secret of a long life, Mrs Mahoney did not hesitate. "⟦d:a|Don't marry a man who sulks. I married one who didn't, and he lasted 61 years, so there you are.⟧"
Her elder daughter, Pat, 76, organised the party with her sister Maureen, 73. "⟦d:b|Mum's sharper than both of us put together. She still does the crossword in pen,⟧" said Pat.
Maureen said her mother had laid down only two rules for the day. "⟦d:c|No fuss and no photographs. We've broken both, so we'll be in trouble later,⟧" she said.
Great-grandson Callum, 8, played "⟦s:-|Happy Birthday⟧" on the trumpet. "⟦d:d|I practised for three weeks. I only got one note wrong,⟧" he said.
"⟦d:a|Two,⟧" said Mrs Mahoney.

### 047
@a Tahu Rangihuna | -
@b Aroha | His wife
For 312 days Tahu Rangihuna spoke to almost nobody. He wrote instead. His logbook, a water-stained ledger now lying on his kitchen table in Whakatōrea, holds entries like this one, from day 147, somewhere south of the Cape of Good Hope: “⟦d:a|Wind 45 knots. Lost the good kettle. Morale fine. Kettle not.⟧”
“⟦d:a|I wrote a lot about the kettle,⟧” he admits. “⟦d:a|You can't write ‘I am frightened’ every day. So you write about the kettle.⟧”
His wife, Aroha, spoke to him by satellite phone once a week, for no more than three minutes at a time. “⟦d:b|He would ask about the dog, the grandchildren and the rugby. In that order,⟧” she said. “⟦d:b|Never about himself. I had to read the log when he got home to find out how bad it had been.⟧”
The worst day, day 201, gets a single line: “⟦d:a|Knocked down twice. Still here.⟧”
Asked about it now, Rangihuna is quiet for a while. “⟦d:a|I thought that was it. I said goodbye to her, out loud, to the cabin,⟧” he says. “⟦d:a|Then the boat stood up again and I felt quite silly.⟧”

### 048
@a Bashir Qureshi | the 82-year-old
@b Maggie O'Rourke | Allotment secretary
Bashir Qureshi grows 23 varieties of chilli on a half-plot at the Sowden Bridge allotments, in two polytunnels he built himself from salvaged window frames.
"⟦d:a|My wife said 22 was too many. So I grew 23,⟧" the 82-year-old said.
He came from Mirpur in 1964 and has had the plot since 1979. "⟦d:a|The English neighbours thought I was mad. Chillies in Yorkshire! Now they queue up for my seeds,⟧" he said.
Allotment secretary Maggie O'Rourke said Mr Qureshi's plot was "⟦p:b|the most visited on the site, by a mile⟧". "⟦d:b|He gives everything away. I've told him he should charge. He looked at me like I'd insulted his mother,⟧" she said.
Asked which plant was his favourite, Mr Qureshi pointed to a small bush with dark purple fruit. "⟦d:a|That one. It doesn't have a name. I grew it from a seed my brother sent from Pakistan in 1990. It's the only one left,⟧" he said. "⟦d:a|When I go, Maggie has the seeds. It's in writing.⟧"
"⟦d:b|It is. He made me sign something,⟧" she said.

### 049
@a Aoife Gallagher | the 22-year-old
@b Cormac Dunleavy | Trainer
@c Seánie | her father
Aoife Gallagher was a 50-1 shot to ride a winner at the Lissadell Festival this week. She rode three.
"⟦d:a|I'd have had a few quid on myself if I'd known,⟧" the 22-year-old said after Ballyduff Lad won the Glenasmole Handicap Chase on Thursday.
Trainer Cormac Dunleavy, who gave her the ride after his stable jockey broke a collarbone, was candid. "⟦d:b|I didn't pick her because I'm a genius. I picked her because everyone else was booked,⟧" he said. "⟦d:b|Now everyone's ringing me. Funny how that works.⟧"
Gallagher said her father, Seánie, who rode point-to-pointers for 20 years, had texted her "⟦d:c|Don't let it go to your head⟧" after her first winner on Tuesday.
"⟦d:a|After the third he sent six crying faces,⟧" she said.

### 050
@a Yusuf Çelik | The translator
@b Ngaire Paki | presenter
@c Zeynep Aksoy | the novelist
The translator Yusuf Çelik has said that bringing Zeynep Aksoy's novel “⟦s:-|The Ferryman's Daughters⟧” into English took him “⟦p:a|four years and, nearly, one friendship⟧”.
Speaking to presenter Ngaire Paki on Radio Aotea's “⟦s:-|Bookmarks⟧”, Çelik said the two had argued for months over a single word.
“⟦d:a|The word is ‘hüzün’. Everyone says it can't be translated. I said, fine, then I won't translate it. Zeynep said, no, you will,⟧” he said.
“⟦d:b|So what did you do in the end?⟧” Paki asked.
“⟦d:a|I left it in Turkish the first time, and then I spent the rest of the book translating it. Every page is a translation of that one word.⟧”
Aksoy, the novelist, joined the programme by phone from Izmir. “⟦d:c|He is being dramatic. It was three and a half years,⟧” she said. “⟦d:c|And we are still friends. Mostly.⟧”

### 051
@a Rhys Achebe-Morgan | -
@b Denise | His mum
@c Tunde | his dad
@d Amara | His sister
@e Harriet Lowe | Pennington Town boss
A 16-year-old from Cwm Ddu became the youngest player ever to appear for Pennington Town on Saturday, and his family had to find out from the stadium announcer.
Rhys Achebe-Morgan came on in the 87th minute of the 2-0 win over Hartsgrove. "⟦d:a|I didn't know I was on the bench till Friday. I didn't know I was coming on till the gaffer shouted my name. I think I touched the ball twice,⟧" he said.
His mum, Denise, was in the stand with a flask of tea. "⟦d:b|I heard 'number 34, Rhys Achebe-Morgan' and I dropped the flask. Tea everywhere. The man next to me was very nice about it,⟧" she said.
She was there with his dad, Tunde, who coached him at under-nines. "⟦d:c|I told him: enjoy it, don't do anything daft, and pass it to someone in a better position. He did two out of three,⟧" Tunde said.
His sister Amara, 13, was less impressed. "⟦d:d|He's still got to empty the dishwasher tomorrow,⟧" she said.
Pennington Town boss Harriet Lowe said the teenager had "⟦p:e|earned it on the training ground⟧" and would "⟦p:e|be given more minutes when the time is right⟧".

### 052
@a Grace Adjei | a senior staff nurse
@b Marta Kowalska | a healthcare assistant who started on the ward in 2021
@c - | One patient in bay 3
At 3.40am, the acute medical unit at Harrowfield General is as quiet as it gets, which is not very. A monitor bleeps. Somebody calls for water. Grace Adjei, a senior staff nurse, is on her eleventh cup of tea.
“⟦d:a|I don’t count them. Marta counts them,⟧” she said.
Marta Kowalska, a healthcare assistant who started on the ward in 2021, confirmed the figure. “⟦d:b|Eleven. Twelve if you count the one she forgot on the windowsill,⟧” she said.
The two women have worked nights together for three years. Adjei, 52, has been a nurse for 29 of them. Kowalska, 34, trained as a teacher in Poznań before she moved here.
“⟦d:b|Grace taught me everything. Where to find a vein, how to talk to a family at four in the morning. Which doctors you can wake up,⟧” Kowalska said.
“⟦d:a|And which ones you can’t,⟧” said Adjei. “⟦d:a|That’s the most important one.⟧”
One patient in bay 3 called out as we passed. “⟦d:c|Are you the press? Write down that these two are angels,⟧” he said.
“⟦d:a|Angels don’t do twelve-hour shifts,⟧” Adjei said, tucking in his blanket. “⟦d:a|Go back to sleep, Mr Holloway.⟧”

### 053
@a Gabrielle Tremblay-Ouellet | the fiddler
@b Réjean Ouellet | her grandfather
@c - | One dancer
Gabrielle Tremblay-Ouellet learned the fiddle from her grandfather, Réjean Ouellet, in the back room of his garage in Saint-Aimé-des-Lacs, between oil changes.
«⟦d:a|He would put down the wrench, wipe his hands on his trousers and pick up the violin. I thought everybody's grandfather did that,⟧» the fiddler said.
Ouellet, now 89, still plays most Saturday nights at the legion hall. «⟦d:b|Elle joue mieux que moi,⟧» he said — «⟦d:b|she plays better than me⟧» — and then added, in English: «⟦d:b|Don't tell her I said that.⟧»
Her first album, «⟦s:-|Garage Reels⟧», was recorded in that same back room, with the compressor switched off.
At the hall last weekend the floor was full by nine o'clock. One dancer, flushed and grinning, stopped long enough to say: «⟦d:c|When those two play together, you can't sit down. It's not allowed.⟧»
«⟦d:a|It's true,⟧» Tremblay-Ouellet said. «⟦d:a|We checked. It's in the bylaws.⟧»

### 054
@a Lee Seo-yeon | the 21-year-old
@b Mateo Ruiz | Her teammate
@c Eirik Haugland | the veteran Norwegian player
Lee Seo-yeon, better known to 1.4 million followers as "⟦s:-|Vesper⟧", became the first woman to win the Meridian Masters on Sunday, taking the final 3-1 in front of a sold-out crowd in Castleport.
"⟦d:a|People keep asking how it feels to be the first woman. I'd like to be asked how it feels to be the best player,⟧" the 21-year-old told reporters afterwards. "⟦d:a|It feels great, by the way.⟧"
Her teammate Mateo Ruiz said she had been "⟦p:b|on another planet⟧" all weekend. "⟦d:b|In the final round she called every rotation before it happened. I just followed her and shot things,⟧" he said.
In a post on her channel later that night, Lee wrote: "⟦d:a|Thank you mum for the kimchi stew at 4am. That was the real strategy.⟧"
Her opponent in the final, the veteran Norwegian player Eirik Haugland, was gracious in defeat. "⟦d:c|I've been doing this for ten years and I've never been read like that. I felt like she had my screen,⟧" he said.

### 055
@a Thandeka Mahlangu | The 29-year-old soprano
@b Ilse Brandstetter | Her vocal coach
Thandeka Mahlangu orders a bowl of chips and a glass of hot water with lemon. ``⟦d:a|The chips are for me. The water is for the voice. The voice is very boring,⟧'' she says.
The 29-year-old soprano, who grew up in Soshanguve and sang in a church choir there until she was 18, makes her debut as Violetta at the Northgate Opera House next month.
Her vocal coach, Ilse Brandstetter, has joined us, and eats nothing. ``⟦d:b|I don't eat before she sings. Superstition,⟧'' she says.
``⟦d:-|But she isn't singing today,⟧'' I point out.
``⟦d:b|She might. One never knows.⟧''
Mahlangu laughs. ``⟦d:a|Ilse thinks I will burst into song in a restaurant. I did it once. In Vienna. It was an accident.⟧''
``⟦d:-|How does that happen by accident?⟧'' I ask.
``⟦d:a|The waiter was humming Puccini wrong,⟧'' she says. ``⟦d:a|I corrected him. Loudly. Then the whole table joined in.⟧''
Brandstetter, who has taught her for six years, calls her ``⟦p:b|the most stubborn student I have ever had, and the best⟧''.

### 056
@a Hamza Iqbal | Glen Corran Mountain Rescue Team leader
@b Dominic Ashby | an accountant from Brindle
@c Glen Corran Mountain Rescue Team | -
A walker who spent two nights on Beinn Airidh after breaking his ankle has thanked the rescuers who found him “⟦p:b|by the light of a Mars bar wrapper⟧”.
Dominic Ashby, 44, an accountant from Brindle, had set out alone on Friday morning without telling anyone his route. “⟦d:b|I had a head torch but the battery died the first night. On the second night I heard voices and I waved the only shiny thing I had,⟧” he said from his hospital bed.
Glen Corran Mountain Rescue Team leader Hamza Iqbal said the team had been searching for 19 hours. “⟦d:a|One of our younger members saw a glint on the slope and said, ‘That's either a bloke or a crisp packet.’ Fortunately it was a bloke,⟧” Iqbal said.
“⟦d:a|He did everything right once he was down. He stayed put, he kept warm, he rationed his food. The only thing he didn't do was tell anyone where he was going.⟧”
Ashby accepted the point. “⟦d:b|My wife has made that point. Several times. At volume,⟧” he said.
The team said in a Facebook post on Sunday: “⟦d:c|Please, please, leave a route card with someone.⟧”

### 057
@a Tyler Brannigan | SOAP hunk
@b - | A source close to the couple
@c Kerry-Lee Voss | -
SOAP hunk Tyler Brannigan has split from his wife of six years — and says he is "⟦p:a|gutted but hopeful⟧".
The 35-year-old, who plays bin man Gaz Malone in "⟦s:-|The Lanes⟧", told us: "⟦d:a|We've been living separate lives for a while. There's no villain here. We still love each other, we just can't live together.⟧"
A source close to the couple said: "⟦d:b|Kerry-Lee has been spending more and more time in Marbella. Tyler's been filming six days a week. Something had to give.⟧"
Kerry-Lee Voss, 32, posted on Instagram last night: "⟦d:c|Grateful for every day. Moving forward with love.⟧"
Brannigan said their two children were "⟦p:a|the priority, full stop⟧". "⟦d:a|Whatever anyone reads, the kids come first,⟧" he said.

### 058
@a Marlon Wright-Baptiste | -
@b Stevie Calloway | -
@c Pietro Santangelo | Former referee
Former referee Pietro Santangelo has admitted he got "⟦p:c|about one big decision a season⟧" badly wrong, and that he still loses sleep over one from 2008.
Appearing on “⟦s:-|The Back Post⟧” with former strikers Marlon Wright-Baptiste and Stevie Calloway, Santangelo said: “⟦d:c|The penalty at Ashgate. I gave it, I knew within a second it was wrong, and I could not take it back. I still see it when I close my eyes.⟧”
“⟦d:a|I was the one who dived,⟧” Wright-Baptiste said. “⟦d:a|So, sorry about that. Sixteen years late.⟧”
Calloway nearly fell off his chair. “⟦d:b|You never told me that! We roomed together for three years and you never told me that!⟧”
“⟦d:a|You never asked,⟧” said Wright-Baptiste.
Santangelo took the confession in good humour. “⟦d:c|I knew it was you. Everybody knew it was you. You went down like a wardrobe,⟧” he said.

### 059
@a Henryk Zawadzki | the ringmaster of Cyrk Zawadzki
@b Zofia | -
@c Kasia | -
@d Irena | Their mother
The Zawadzki family has been flying through the air for five generations. Henryk Zawadzki, 63, the ringmaster of Cyrk Zawadzki, caught his first trapeze partner at 14. His wife, his daughters and, since last summer, his granddaughter have all followed him up the ladder.
“⟦d:a|In our family you walk, then you talk, then you fly,⟧” he said in the circus's winter quarters outside Kępno Wielkie.
His daughters, Zofia, 34, and Kasia, 31, perform a double act called “⟦s:-|The Swallows⟧”. Zofia catches; Kasia flies.
“⟦d:b|I have dropped her exactly once. In 2009, in Hamburg. She reminds me every Christmas,⟧” Zofia said.
“⟦d:c|Every Christmas and every birthday,⟧” said Kasia. “⟦d:c|I have a scar. It is my right.⟧”
Their mother, Irena, who retired from the trapeze at 50, says she still cannot watch them. “⟦d:d|I go to the caravan and I listen. If the audience goes ‘ooh’, I breathe. If it goes quiet, I pray,⟧” she said.
Asked whether the next generation, Zofia's five-year-old daughter Marysia, will fly, the sisters answered at once.
“⟦d:b|Yes,⟧” said Zofia.
“⟦d:c|If she wants,⟧” said Kasia.
“⟦d:a|She will want,⟧” said their father.

### 060
@a Bernadette Kahananui | -
@b Keoni Akana | a point guard on her first championship team
@c Malia Fonoti | Senior captain
Bernadette Kahananui has coached basketball at Kaimalu High School for 34 years, first the boys and then the girls. She has won 612 games, nine state titles and, by her own count, "⟦p:a|about four arguments with referees⟧".
"⟦d:a|Four I lost. I won a lot more than four,⟧" she said, straight-faced, at practice on Tuesday.
She retires in June. Keoni Akana, a point guard on her first championship team, still remembers the conditioning drills. "⟦d:b|She made us run suicides until somebody threw up, then she'd say, 'Good, now we start.' We hated her. We'd have died for her,⟧" said Akana, now 48.
Senior captain Malia Fonoti said the team wanted to send her off with a tenth title. "⟦d:c|Nobody's said it out loud, but everybody's thinking it,⟧" the 17-year-old said.
Kahananui waved that away. "⟦d:a|Ten is just a number. Nine is a number too. I like nine,⟧" she said. Then, after a pause: "⟦d:a|Ten would be nice.⟧"

### 061
@a Adaeze Obiora-Lund | Its director
@b - | someone
@c Ramon Iturbe | Our chief curator
The Marlstone Museum reopens on Saturday after a three-year, £40m refurbishment. Its director, Adaeze Obiora-Lund, told this newspaper last year that she would "⟦p:a|rather eat the dinosaur than open late⟧". It is opening four months late. Tom Kerrigan met her among the packing crates.
TK: So. The dinosaur.
AO: I've ordered a very large knife and fork. No, we found asbestos in the east wing. You don't argue with asbestos.
TK: What are you proudest of?
AO: The toilets. I'm serious. The old ones were a scandal. In the visitor book from 2019 someone wrote, "⟦d:b|Lovely fossils. Toilets older than the fossils.⟧" I've had that page framed for my office.
TK: And the collection?
AO: The collection is the same, it's just finally visible. Half of it was in a basement. Our chief curator, Ramon Iturbe, told me on my first day, "⟦d:c|We have 90,000 objects and we show 3,000. That's not a museum, it's a cupboard.⟧" He was right.
TK: What happens if nobody comes?
AO: Then I'll eat the dinosaur.

### 062
@a Sandeep Gill | the eldest
@b Harjit | -
@c Manjit | -
Sandeep Gill, 58, and his brothers Harjit, 55, Manjit, 52, and Kuldip, 49, have run Gill Brothers Motors on Fenner Road in Hadley Cross for 31 years. This week the garage was named the best independent in the county.
"⟦d:a|Dad would have said it was about time,⟧" said Sandeep, the eldest.
Harjit, who does the bodywork, disagreed. "⟦d:b|He'd have said it was about time and then asked why it wasn't 1995,⟧" he said.
"⟦d:-|Tell them about the Jag!⟧" came a shout from somewhere in the back of the workshop.
The brothers exchanged a look. "⟦d:c|We don't talk about the Jag,⟧" said Manjit. "⟦d:c|The Jag is a family matter.⟧"
Sandeep relented. In 1996, he explained, a customer left a 1971 E-Type for a service and never came back for it. "⟦d:a|We rang him for two years. Then he rang us from Spain and said, 'Keep it.' So we kept it,⟧" he said.
It is still there, under a dust sheet behind the paint booth. "⟦d:b|Mint condition,⟧" Harjit said. "⟦d:c|Flat battery,⟧" said Manjit.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh77.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh77",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
