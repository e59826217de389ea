# ruff: noqa: E501
"""Build ``quotes_fresh161.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch with a first-person writer, Q&A transcripts with the
interviewer's questions in bold or marked by initials, podcast and radio interviews
(with named hosts asking questions), sports and arts interviews, and human-interest
stories about families in which several relatives of the same gender speak and are
called by their first names.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh161-NNN``.

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
* A person first introduced by a descriptive noun phrase and named only in a later
  sentence (``A volcanologist who has spent a decade … says …``, then ``Dr Chiamaka
  Eze …``) is the named person, with that noun phrase as the description.
* Fragments quoted from unidentified publications or reviews (``one newspaper``,
  ``a glowing review``) are ``partial`` with speaker and description null; when the
  passage later identifies whose words they were, that person is the speaker. An
  unnamed individual (``one councillor``, ``a schools coach``) gets that phrase as the
  description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, also when they stand without a cue in the flow of the dialogue; a
  named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Relatives who share a surname and are called by their first names: the speaker is
  the name as the passage writes it for that person. A surname given only for the
  family as a whole (``the Brennan sisters``, ``The Mistry brothers``, ``The Boateng
  sisters, Ama and Efua``) is not joined to a first name.
* In transcripts whose turns are marked by bold questions or by initials (``**SK:**``,
  ``CS:``), the turns carry no spans; a quotation inside an answer belongs to the
  person the answer says said or wrote it (``my directeur sportif, Marc Peeters …
  said, "…"``).
* A quote interrupted by someone else and resumed (``His is—`` … ``—more rustic``)
  gives two spans, both by the first speaker. A message read out by someone else (a
  presenter reading a viewer's message) belongs to its author.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh161.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh161.jsonl")

PASSAGES = """
### 001
@a Ifeoma Nwachukwu | the novelist
@b Chidinma | Her sister
Ifeoma Nwachukwu arrives at Casa Berenice twelve minutes late, apologising to the waiter, to the woman at the coat check and finally to me. “⟦d:a|The bus driver decided to have a conversation with every single passenger,⟧” the novelist says, sliding into the banquette.
Her fourth novel, “⟦s:-|The Salt Ledger⟧”, has been longlisted for the Harrowgate Prize, and she is in the uncomfortable position of being asked, constantly, what she thinks her chances are. I ask anyway.
“⟦d:a|Zero. I say that every time, so that if I win I can look surprised on camera,⟧” she says. She orders the sea bream without opening the menu.
Nwachukwu grew up in Enugu and then Leeds, in that order, and her books move between the two. One review called her prose “⟦p:-|unhurried to the point of provocation⟧”, a phrase she has since had printed on a tote bag.
“⟦d:a|My mother thinks it's an insult. I think it's the best review I've ever had,⟧” she says.
When I ask whether she still writes in the mornings, she puts down her fork. “⟦d:a|Do you really want the routine?⟧” she asks, and then, before I can answer: “⟦d:a|Five till nine, then the school run, then nothing useful for the rest of the day.⟧”
“⟦d:-|Does anyone see the drafts?⟧”
“⟦d:a|My sister Chidinma. Only her. She is merciless.⟧” Her sister, Chidinma, reached later by text, confirmed this in four words: “⟦d:b|Merciless, but always right.⟧”

### 002
@c Lars Oyelaran | Your producer
@e - | your father
Saoirse Quinlan, drummer and chief songwriter of Hollow Pier, spoke to us from her kitchen in Dunmarra a week before the band's autumn tour. This interview has been edited for length and clarity.
**You called the new record “⟦s:-|Low Tide Choir⟧”. Where does that come from?**
It's what the fishermen used to call the noise our rehearsal room makes. It's an old net loft, and when the tide comes in under the floor the whole building hums. We recorded the hum and it's on every track, very low. You probably can't hear it. I can.
**Your producer, Lars Oyelaran, has said you were “⟦p:c|impossible to please⟧” during the sessions. Fair?**
Completely fair. Lars is being kind, actually. At one point he said to me, “⟦d:c|If you ask for one more take, I'm driving home and you can find your own way back,⟧” and I asked for one more take. He stayed. He always stays.
**The single “⟦s:-|Breakwater⟧” is about your father. Was it hard to write?**
The song wrote itself; singing it is the hard part. He used to stand at the end of the pier every night and shout “⟦d:e|Time!⟧” at the sea, like a barman. I never found out who he thought was listening.
**Is this the last tour?**
Ask me in March.

### 003
@a Maren Solberg | a former midwife
@b Kezia Abara | a sleep researcher
@c Tobiah Renwick | the 52-year-old
On this week's episode of "⟦s:-|The Small Hours⟧", the podcast about people who work while the rest of us sleep, hosts Maren Solberg, a former midwife, and Kezia Abara, a sleep researcher, talk to Tobiah Renwick, who has spent 19 years as a night-shift emergency doctor at St Aldric's Hospital in Corley.
Solberg opens by asking what the first hour of a night shift feels like. "⟦d:c|Like walking into a party where everyone is already drunk and some of them are bleeding,⟧" Renwick says. "⟦d:c|You're sober, you're late, and it's your job to sort it out.⟧"
"⟦d:b|Do you ever get used to sleeping in the day?⟧" Abara asks.
"⟦d:c|No. Anyone who tells you they have is lying, or they've got very good curtains,⟧" the 52-year-old replies.
Abara, who studies body clocks at Corley University, says the research backs him up. "⟦d:b|Your body knows what time it is, whatever your rota says,⟧" she tells him.
The conversation turns to a night in 2016 when a coach crash on the A44 brought 31 patients into his department in under an hour. Renwick describes it as "⟦p:c|the closest thing to a war I'll ever see⟧".
"⟦d:c:m|What I remember isn't the injuries. It's the porters. We had two porters on that night and they didn't stop moving for six hours. Nobody ever writes about the porters.⟧
"⟦d:c|One of them, Gus, brought me a cup of tea at five in the morning and I cried into it. Then I drank it.⟧"
"⟦d:a|That's the most midwife thing I've ever heard,⟧" Solberg says.

### 004
@a Rahel Haile | Housing minister
@b Callum Strachan | presenter
@c - | Your own backbenchers
Housing minister Rahel Haile admitted on Tuesday that the government's target of 40,000 new homes would "⟦p:a|not be met this year, and probably not next year either⟧". She was speaking to presenter Callum Strachan on Radio Tennant's breakfast programme. An edited transcript follows.
CS: Minister, you promised 40,000. You've built just over 22,000. What happened?
RH: Three things. Interest rates, the price of timber, and planning. I'm not going to pretend the third one isn't partly our fault.
CS: Your own backbenchers have called the target "⟦p:c|a fantasy⟧". Were they right?
RH: I'd say "⟦s:-|ambitious⟧". But look, if you're asking me whether it was set before anyone had done the arithmetic, then yes, I think it probably was.
CS: Will you resign?
RH: No. I'll build the houses.
Speaking to reporters outside her department later in the morning, Haile said the interview had been "⟦p:a|a bit bruising⟧". "⟦d:a|Callum does his homework. I'd rather that than the alternative,⟧" she said.
Strachan later wrote on social media: "⟦d:b|Credit to the minister for turning up at 7.10am. Plenty don't.⟧"

### 005
@a Valentina Cerrudo | the 22-year-old
@b Hana Obradović | top seed
@r - | One reporter
@c Ilias Papadakis | Cerrudo's coach
MELBOURNE, Jan 21 (Wirestream) - Valentina Cerrudo of Argentina said she had "⟦p:a|no idea what was happening⟧" for most of the third set of her 6-4 3-6 7-6(5) upset of top seed Hana Obradović on Tuesday, a win that takes the world No. 87 into her first grand slam quarter-final.
"⟦d:a|Honestly, I was just hitting the ball and praying,⟧" the 22-year-old told reporters. "⟦d:a|When she served for the match I thought, OK, you had a nice tournament, go home and eat something.⟧"
Asked when she had started to believe, Cerrudo laughed. "⟦d:a|At match point. Not before. Maybe not even then.⟧"
Obradović, who had her left thigh strapped at 4-4 in the deciding set, refused to use the injury as an excuse. "⟦d:b|She played better on the big points. That's the whole story,⟧" she said.
One reporter asked, "⟦d:r|Will you still play in Doha next month?⟧"
"⟦d:b|Ask me in a week,⟧" Obradović said.
Cerrudo's coach, Ilias Papadakis, said he had watched the tiebreak "⟦p:c|from behind the man with the towels⟧". "⟦d:c|I couldn't look. She can look. That's why she's the player,⟧" he said.

### 006
@a Teodora Vasilescu | the principal conductor of the Northmere Philharmonic
@b Ruth Abernethy | the orchestra's leader
@c Sándor Kertész | her old teacher at the conservatoire
Teodora Vasilescu, the principal conductor of the Northmere Philharmonic, is explaining why she never uses a baton, and she is doing it with a breadstick.
“⟦d:a|The stick makes you a traffic policeman,⟧” she says, waving it. “⟦d:a|Stop, go, faster, left lane. I don't want to direct traffic. I want to breathe with them.⟧”
She was 31 when she took the job, the youngest principal conductor in the orchestra's history and the first woman. The appointment was greeted in one newspaper as “⟦p:-|a brave experiment⟧”, a phrase that still makes her snort.
“⟦d:a|Brave for whom?⟧” she asks.
Ruth Abernethy, the orchestra's leader, remembers the first rehearsal. “⟦d:b|She stopped us after four bars,⟧” Abernethy says. “⟦d:b|Four bars. And she said, ‘That was beautiful, and it was last year's orchestra. Again, please.’ Half the violins wanted to walk out. The other half fell in love.⟧”
Vasilescu learned to conduct in Cluj under Sándor Kertész, her old teacher at the conservatoire, who is now 88 and still sends her notes after every broadcast.
“⟦d:c|She conducts like someone who is slightly late for a train,⟧” Kertész said by telephone. “⟦d:c|I have told her this for fifteen years. She has not listened once. Good.⟧”
When I read this back to her, Vasilescu puts down the breadstick.
“⟦d:a:m|He's right, of course. I'm always a little bit late for the train. That's where the energy comes from, the fear that it will leave without you.⟧
“⟦d:a|But don't tell him I said so. He's impossible enough already.⟧”

### 007
@a Aoife | the eldest
@b Mairead | -
@c Orla | -
@d Noreen Brennan | Their mother
When the Brennan sisters took over their late father's bakery on Quay Street in 2019, half of Kilbride said they would be closed within a year. Five years on, there is a queue out of the door at seven in the morning.
"⟦d:a|Dad would be raging that it's doing better than when he had it,⟧" said Aoife, the eldest, who runs the ovens.
The sisters — Aoife, 41, Mairead, 38, and Orla, 35 — split the work three ways. Mairead does the accounts and the wholesale orders; Orla, who trained as a pastry chef in Lyon, is responsible for the cakes that have made the shop's name.
"⟦d:b|We fight about everything,⟧" Mairead said. "⟦d:b|Prices, staff, the colour of the boxes. But we've a rule: no fighting in front of customers, and nothing carries over past closing.⟧"
"⟦d:c|That's her rule,⟧" Orla said.
The "⟦s:-|Quay Street slab⟧", a dense fruit loaf made to their father's recipe, sells out most days by ten. Orla admits she once tried to "⟦p:c|improve it⟧".
"⟦d:c|I added orange zest. There was nearly a riot. A man came back with half a loaf and asked for a refund on moral grounds.⟧"
Their mother, Noreen Brennan, still comes in every Saturday to work the till. "⟦d:d|They think I'm there to help,⟧" she said. "⟦d:d|I'm there to keep an eye on them.⟧"
Asked which of her daughters was most like their father, she did not hesitate. "⟦d:d|Mairead. She counts everything twice.⟧"

### 008
@a Einar Haugland | -
@b Sindre | the elder of the two
@c Pål | -
Einar Haugland, 67, has fished the waters off Skarvøy since he was fourteen. His father fished them before him, and his grandfather before that. This winter, for the first time, he is not going out.
«⟦d:a|My knees said no before my head did,⟧» he says, sitting in the kitchen of the yellow house above the harbour.
The boat, the 11-metre Solbris, now belongs to his sons, Sindre and Pål, who have run it together since January. It has not been a peaceful handover.
«⟦d:b|He rings us every morning at five to ask where we are,⟧» said Sindre, the elder of the two. «⟦d:b|Not how we are. Where.⟧»
«⟦d:c|And then he tells us we're in the wrong place,⟧» Pål added.
Einar Haugland shrugs at this. Asked what advice he had given them, he answered first in Norwegian. «⟦d:a|Havet bryr seg ikke,⟧» he said — «⟦d:a|the sea doesn't care.⟧»
«⟦d:a|It doesn't care if you're tired, or if your wife is ill, or if the price of cod is bad this year. So you have to care enough for both of you.⟧»
Pål, 34, is the one who wants to change things: a new sonar, selling direct to restaurants in Bergen. Sindre is more cautious.
«⟦d:c|Sindre thinks everything new is a trick,⟧» Pål said.
«⟦d:b|I think most new things are a trick,⟧» his brother replied. «⟦d:b|That's different.⟧»

### 009
@a Kayleigh Drummond | Love Villa star
@b Jordan Achterberg | hunky footballer
@c - | A source close to the star
@d - | one pal
LOVE Villa star Kayleigh Drummond has finally broken her silence on her shock split from hunky footballer Jordan Achterberg — and she's not holding back.
The 27-year-old, who met the Dunstall FC winger on last summer's series, told us: "⟦d:a|I found out it was over from his Instagram. His Instagram! I was literally in the queue at the chippy.⟧"
"⟦d:a|I'm not going to lie and say I'm fine, because I'm not. But I'm getting there, babe,⟧" the bubbly blonde added.
A source close to the star said she had been left "⟦p:c|absolutely gutted⟧". "⟦d:c|She genuinely thought he was the one. Her mum had bought a hat,⟧" the insider revealed.
Achterberg, 24, insisted the split was "⟦p:b|mutual⟧". In a statement released through his management, he said: "⟦d:b|Kayleigh is an amazing person and I wish her nothing but the best. We've both agreed it's time to focus on our careers.⟧"
But one pal scoffed: "⟦d:d|Mutual? He was spotted in Marbella with a dancer two days later.⟧"

### 010
@a Winston Peralta | the 78-year-old
@b Harriet Oduya | Headteacher
@c Ellie | -
@d Maisie | Her friend
After 31 years, four months and, by his own reckoning, about 600,000 children, Winston Peralta is putting down his lollipop.
The 78-year-old has been the crossing patrol at Grange Lane Primary School since 1993, in all weathers, with a flask of tea and a pocket full of mints. ``⟦d:a|I've seen them come through as kids and come back as parents. Now some of them are coming back as grandparents, which is frankly an insult,⟧'' he said.
Headteacher Harriet Oduya said the school would not be the same without him. ``⟦d:b|Winston knows every child's name, every parent's car and every dog in the village,⟧'' she said. ``⟦d:b|He is our early-warning system.⟧''
Pupils lined the pavement on Friday to present him with a card signed by all 212 children, with the words ``⟦s:-|Winston Forever⟧'' on the front.
``⟦d:c|He always says good morning, even when it's raining,⟧'' said Ellie, 10.
Her friend Maisie added: ``⟦d:d|And he does a funny walk when it's icy.⟧''
Peralta, who plans to spend his retirement on his allotment, said he would miss ``⟦p:a|every single one of them, even the cheeky ones⟧''. ``⟦d:a|Especially the cheeky ones,⟧'' he added.
### 011
@a Aurelio Mancuso | the 58-year-old
@b Femi Adeyemi | His assistant
Aurelio Mancuso has a rule about interviews: no talking about football until the coffee arrives. So for the first ten minutes in the canteen at Castleford Athletic's training ground we discuss his tomatoes.
“⟦d:a|Eleven varieties this year. The San Marzano are a disaster, the cherry ones are a triumph,⟧” the 58-year-old says. “⟦d:a|It is like a squad. Some you pick, some pick themselves, some you send on loan to your neighbour.⟧”
The coffee arrives. I ask him about the nine-match winless run that, in February, had supporters chanting “⟦s:-|Mancuso out⟧” at the final whistle.
“⟦d:a:m|I heard it. Of course I heard it. You think the manager has special ears that don't hear the bad things?⟧
“⟦d:a:m|I went home and I told my wife, maybe they are right. She said, ‘Maybe. But not yet.’ So I stayed.⟧
“⟦d:a|Then we won at Hexley and suddenly I am a genius again. Football is very stupid. I love it.⟧”
His assistant, Femi Adeyemi, has worked alongside him at three clubs. He wanders over halfway through, steals a biscuit and offers an unsolicited assessment. “⟦d:b|He is the calmest man in the building until the fourth official puts up the board. Then he is an Italian grandmother,⟧” Adeyemi says.
“⟦d:a|This is defamation,⟧” Mancuso says.
“⟦d:-|Will you still be here next season?⟧” I ask as we leave.
“⟦d:a|Ask the tomatoes,⟧” he says.

### 012
@a Samira Haddad | -
@b Lina | Her elder daughter
@c Yara | the younger
@d Welcome Hearth | the charity
ROTHERBY, England (Wirestream) - For the first three months after they arrived in Rotherby, Samira Haddad and her two daughters lived in a single hotel room with a kettle and a view of a car park.
"⟦d:a|We were safe. That was enough. For a while, that was enough,⟧" Haddad, 46, said through an interpreter, sitting in the small terraced house the family moved into last spring.
Her elder daughter, Lina, 19, now studies nursing at Rotherby College and translates for her mother at the doctor's and the bank. "⟦d:b|I'm her voice for now. One day she'll have her own,⟧" Lina said. "⟦d:b|She's better at English than she admits. She just doesn't want to make mistakes.⟧"
"⟦d:a|Because Lina laughs at me,⟧" Haddad said, this time in English.
Yara, 15, the younger, is the family's unofficial expert on Rotherby. She knows which bus driver waits for latecomers and which shop sells proper flatbread. "⟦d:c|My friends call me the tour guide,⟧" she said.
The family were resettled under a scheme run with the charity Welcome Hearth, which said in a statement that it had helped 140 families in the county since 2021. "⟦d:d|Every family is different, but what they want is almost always the same: a door that locks, a school and a job,⟧" the charity said.
Asked what she missed most, Haddad took a long time to answer. "⟦d:a|The sound of my mother's house in the afternoon,⟧" she said.

### 013
@a Anouk Verstraeten | the Belgian cyclist who won the Tour of the Ardennes Hills at 36
@b Marc Peeters | my directeur sportif
Anouk Verstraeten, the Belgian cyclist who won the Tour of the Ardennes Hills at 36, agreed to talk to our cycling correspondent, Ben Hallorann, on one condition. "⟦d:a|I'm only doing this if there are waffles,⟧" she said. There were waffles. The conversation has been edited for length.
BH: You were 36, racing against women half your age. What did they call you in the peloton?
AV: "⟦s:-|Oma⟧". Grandma. Some of them still do, to my face. I like it. Grandmas are tough.
BH: You've described the last climb as "⟦p:a|a private conversation with God⟧". Who won?
AV: Nobody. He didn't answer. But my directeur sportif, Marc Peeters, did. On the radio he said, "⟦d:b|Go now or go home,⟧" so I went.
BH: And now? Another season?
AV: Ask my knees. They're more honest than I am.

### 014
@a Kwame Asante | -
@b Rory Fitzwilliam | -
@c Imelda Greaves | The director
For three hours a night, six nights a week, Kwame Asante and Rory Fitzwilliam are trapped together in a broken lift. Offstage, it turns out, they can barely stop talking.
“⟦d:a|We met at the read-through and he told me my Yorkshire accent was terrible,⟧” says Asante, 44. “⟦d:a|I'm from Yorkshire.⟧”
“⟦d:b|It was terrible,⟧” says Fitzwilliam, 39.
The play, “⟦s:-|Going Down⟧”, by the first-time playwright Sunniva Eke, has transferred from a 90-seat room above a pub to the Lyric Adelphi, and the pair have been nominated for the same acting award, a situation Fitzwilliam describes as “⟦p:b|awkward, but in a fun way⟧”.
The director, Imelda Greaves, says she cast them because they “⟦p:c|already sounded like an old married couple⟧” at the audition.
“⟦d:c|The play only works if you believe these two men have been annoying each other for years,⟧” Greaves says. “⟦d:c|These two had been annoying each other for about forty minutes and it was already perfect.⟧”
Is there a rivalry? Asante looks at Fitzwilliam. Fitzwilliam looks at the ceiling.
“⟦d:a|No,⟧” says Asante.
“⟦d:b|A little,⟧” says Fitzwilliam.
“⟦d:a|He's going to win,⟧” Asante says, “⟦d:a|and then I'm going to be very gracious in public and ring my mother and complain for an hour.⟧”

### 015
@a Albert Pennock | -
@b Cyril | his twin brother
@c Janet Morrow | Albert's daughter
Albert Pennock and his twin brother, Cyril, turned 90 on Sunday, and celebrated the way they have celebrated every birthday since 1958: with a pint of mild at the Wheatsheaf and an argument about who was born first.
"⟦d:a|It was me, by eleven minutes. It's on the certificate,⟧" Albert said.
"⟦d:b|The certificate was filled in by a nurse who'd been up all night,⟧" Cyril said. "⟦d:b|I've never trusted it.⟧"
The brothers worked side by side at the Ashby Road tannery for 41 years, married two sisters from the same street in Marlow Green, and now live four doors apart. They still speak every day.
"⟦d:a|Twice, usually. Once to say good morning, once to say he was wrong about something,⟧" Albert said.
Albert's daughter, Janet Morrow, 61, organised the party, which drew more than 80 relatives. "⟦d:c|They've been doing this double act my whole life,⟧" she said.
Their secret to a long life? Cyril was in no doubt: "⟦d:b|Walk everywhere, never retire properly, and don't listen to your brother.⟧"

### 016
@a Chiamaka Eze | A volcanologist who has spent a decade studying Mount Seralt
@b Gethin Rhys-Morgan | -
@c Seralt Emergency Agency | -
A volcanologist who has spent a decade studying Mount Seralt says people living on its slopes should "⟦p:a|not panic, but pack a bag⟧" after a swarm of small earthquakes this week.
Dr Chiamaka Eze, of the University of Tarrow, told Gethin Rhys-Morgan on Radio Cymbrae's Morning Call that the tremors were "⟦p:a|the mountain clearing its throat⟧".
"⟦d:b|Should people be worried?⟧" Rhys-Morgan asked.
"⟦d:a|Worried, no. Alert, yes. There's a difference, and it matters,⟧" she said. "⟦d:a|Most swarms like this come to nothing. A few don't. We don't yet know which kind this is.⟧"
"⟦d:b|And if it's the second kind?⟧"
"⟦d:a|Then you'll want to have already thought about where your passport is.⟧"
The Seralt Emergency Agency said on Thursday that it had raised the alert level to yellow, but that there were "⟦p:c|no plans at present⟧" to evacuate the villages of Cwm Seralt and Pentre Ddu.

### 017
@a Céline Aubertin | the architect
@b Mathis Roux | Her husband and business partner
Céline Aubertin meets me at the foot of her most controversial building, a library in Vésenaz clad in perforated steel that locals have nicknamed «⟦s:-|the cheese grater⟧».
«⟦d:a|I like the name. A cheese grater is useful, it's honest, everybody has one,⟧» the architect says.
She has been designing public buildings around the lake for thirty years, mostly schools and libraries, and has a reputation for turning down commissions from private banks. I ask whether that's true.
«⟦d:a|Twice. Only twice. People make it sound like a crusade. The second one wanted a marble lobby with a waterfall. I have some standards.⟧»
Her husband and business partner, Mathis Roux, runs the practice's engineering side. He describes their working relationship as «⟦p:b|forty per cent love, sixty per cent structural calculations⟧».
«⟦d:b|She draws a cantilever that cannot exist and then she looks at me,⟧» he says. «⟦d:b|And then I spend six months making it exist.⟧»
«⟦d:-|Does he ever say no?⟧» I ask her.
«⟦d:a|He says ‘no’ all the time. Then he goes home and thinks about it, and in the morning he says ‘maybe’. That's our whole marriage.⟧»

### 018
@a Tigist Wolde | -
@b Ruth Cheruiyot | the two-time winner
@c Owen Pickersgill | Race director
LAKESHORE, Oct 13 (Wirestream) - Ethiopia's Tigist Wolde broke the Lakeshore Marathon course record on Sunday, finishing in 2 hours 17 minutes 40 seconds, and said afterwards she had been thinking about her daughter for the final ten kilometres.
"⟦d:a|She is three. She told me this morning, 'Mama, run fast and come home,'⟧" Wolde, 29, said through an interpreter. "⟦d:a|So I ran fast. Now I go home.⟧"
Kenya's Ruth Cheruiyot, who finished 41 seconds behind, said she had had "⟦p:b|no answer⟧" to Wolde's surge at 35 kilometres. "⟦d:b|I tried to go with her and my legs said, you are not invited,⟧" the two-time winner said with a smile.
Race director Owen Pickersgill called the record "⟦p:c|the performance of a generation on this course⟧". "⟦d:c|The weather was perfect, the field was deep, and she just took it apart,⟧" he said.

### 019
@a Dev Malhotra | comedian
@b Sunny Abiodun | the 36-year-old
@c Comfort | Abiodun's mother
On the latest episode of his podcast "⟦s:-|Green Room⟧", comedian Dev Malhotra sits down with Sunny Abiodun, whose Edinburgh show about growing up above his parents' launderette sold out in four hours.
Malhotra starts gently. "⟦d:a|So, the launderette. Were you the kid who folded the sheets?⟧"
"⟦d:b|I was the kid who hid in the big dryer,⟧" Abiodun says.
The pair first met at an open-mic night in Croydon in 2011, where, according to Malhotra, they were "⟦p:a|the two worst acts by a distance⟧".
"⟦d:b|Speak for yourself,⟧" Abiodun says. "⟦d:b|I was the second-worst. There was a man with a ventriloquist's duck.⟧"
The episode ends with a voicemail from Abiodun's mother, Comfort, who has not seen the show. "⟦d:c|Sunny, I hear you are telling people about my business. Call me,⟧" she says.
"⟦d:a|You're going to die, mate,⟧" Malhotra says.
"⟦d:b|I know,⟧" says the 36-year-old.

### 020
@a Esperanza Villalobos | -
@b Lucía | her granddaughter
@c Rosa | Lucía's mother
Esperanza Villalobos taught herself chess in 1962 from a book she found on a train. Sixty-two years later she is teaching her granddaughter, Lucía, and losing.
``⟦d:a|She beat me for the first time when she was eight. I pretended I'd let her win,⟧'' Villalobos, 84, said. ``⟦d:a|I had not let her win.⟧''
Lucía, 11, is now the top-ranked under-12 girl in the country and will play at the junior championships in Porto next month. She is matter-of-fact about her grandmother's coaching.
``⟦d:b|Abuela is good at openings and bad at endings,⟧'' she said. ``⟦d:b|She gets bored. You can't get bored in an ending.⟧''
The family's front room in Calder Heights has become what Lucía's mother, Rosa, calls ``⟦p:c|a chess bunker⟧'', with boards on every flat surface. ``⟦d:c|I've stopped trying to tidy,⟧'' Rosa said.
Asked if she would go to Porto, Villalobos shook her head. ``⟦d:a|Too far, too many stairs. I'll watch on the computer and shout.⟧''
``⟦d:b|She shouts at the screen,⟧'' Lucía confirmed.
### 021
@a Niamh Cassidy | presenter
@b Gwenllian Pryce | A sheep farmer near Aberwern
@c Upland Farmers' Union | -
@d Iolo Vaughan | Its president
A sheep farmer near Aberwern has described the summer drought as “⟦p:b|the worst I've seen in forty years on this hill⟧”, warning that some farms in the valley may not survive the winter.
Gwenllian Pryce, 63, was speaking to presenter Niamh Cassidy on Radio Dyfnant's farming programme.
“⟦d:a|What does it actually look like up there right now?⟧” Cassidy asked.
“⟦d:b|Brown. Everything's brown. The streams I drank from as a girl are just stones,⟧” Pryce said. “⟦d:b|I'm carting water up to the top fields twice a day in the old bowser, and it's still not enough.⟧”
Cassidy asked whether she had thought about selling up.
“⟦d:b:m|Every night. Then I get up in the morning and the ewes are waiting at the gate, and you think, well, who's going to do it if I don't?⟧
“⟦d:b|My daughter says I'm stubborn. My daughter is right.⟧”
The Upland Farmers' Union said it was “⟦p:c|deeply concerned⟧” and called for emergency feed support. Its president, Iolo Vaughan, said: “⟦d:d|These are people who have never asked for anything. They're asking now.⟧”

### 022
@b - | My mum
@c Pieter Claassens | Your manager
Zanele Dube, 28, captains Harbour City Women and has just been named player of the season for the second year running. We spoke at the club's training ground in Salt River.
**You've been called “⟦s:-|the Wall⟧” since you were fifteen. Do you like it?**
I used to hate it. It sounded like I was slow. Now I think walls are underrated. Nothing gets past a wall.
**What did your family make of you playing football?**
My mum was the problem at first. She came to one game when I was twelve, watched me get kicked in the shin, and said, “⟦d:b|That's it, you're doing netball.⟧” I did not do netball.
**Your manager, Pieter Claassens, said last month that you were “⟦p:c|the best defender I've worked with, male or female⟧”. How does that feel?**
He also told me I pass like I'm angry at the ball, so I take it all with a pinch of salt.

### 023
@a Anjali Raghunathan | the chief executive of Lumora Batteries
@b Beatriz Coelho | a former colleague at the national grid
Anjali Raghunathan orders the cheapest thing on the menu, a bowl of dal, and then apologises for it. "⟦d:a|It's not a statement. I just like dal,⟧" says the chief executive of Lumora Batteries.
Lumora, which makes sodium-ion cells for home storage, has gone from a garage in Fenbridge to a factory employing 900 people in six years. Raghunathan founded it with Beatriz Coelho, a former colleague at the national grid, who left the company last year.
"⟦d:-|Was that a falling-out?⟧" I ask.
"⟦d:a|Everybody wants it to be a falling-out. It wasn't. She wanted to sail around the world. I wanted to build a factory. We both did what we wanted,⟧" she says.
Coelho, reached by satellite phone somewhere off the Azores, agreed. "⟦d:b|Anjali is the most stubborn person I have ever met, and I mean that with love,⟧" she said. "⟦d:b|Tell her the boat leaks.⟧"
Raghunathan laughs when I pass on the message. "⟦d:a|Of course it leaks. She bought it from a man in a pub.⟧"

### 024
@a Tariq Hussain | the 25-year-old
@b Imran Hussain | His father and trainer
@c Dale Fenner | Promoter
Tariq Hussain says he was nine the first time his dad made him skip rope until he cried. Sixteen years later he is preparing for a world title fight, and his dad is still holding the stopwatch.
"⟦d:a|People think it's a father-son fairy tale. It's not. It's a father-son argument that's lasted sixteen years,⟧" the 25-year-old said at the family's gym in Bradwell.
His father and trainer, Imran Hussain, ran a taxi firm before opening the gym in a former carpet warehouse in 2009. "⟦d:b|I didn't know anything about boxing. I learned from videos and from getting it wrong,⟧" Imran said. "⟦d:b|Tariq learned from me getting it wrong as well.⟧"
Tariq faces the champion, Rodrigo Salcedo, in Manchester on 14 June. Asked how he would win, he shrugged. "⟦d:a|Stay off the ropes and don't listen to anyone except him.⟧"
"⟦d:b|He never listens to me,⟧" his father said.
"⟦d:a|I listen. I just don't always agree,⟧" Tariq said.
Promoter Dale Fenner has described the younger Hussain as "⟦p:c|the most marketable British fighter since the Olympic lot⟧".

### 025
@a Kenji Morimoto | -
@b - | My grandfather
Kenji Morimoto, 71, has been making pots in the same converted chapel in Lower Treslow for forty-four years. His retrospective, “⟦s:-|Fire and Patience⟧”, opens at the Hallam Gallery on Saturday. He answered our questions in his studio, between firings.
Q: You've said you still “⟦p:a|ruin about half of everything⟧”. Is that true?
A: More than half, this year. The kiln is getting old, like me. We forgive each other.
Q: Who taught you?
A: My grandfather, in Mashiko. He never praised anything. The best he ever said was “⟦d:b|This one will hold water,⟧” and I was happy for a week.
Q: What would you tell a young potter?
A: Buy a good chair. You will sit for a long time.

### 026
@a Jack Trevenna | -
@b Mark | His son
@c Kieran | his grandson
When the pager goes off in Porthcarrow, there is a fair chance that one Trevenna or another will be first through the lifeboat station door.
Jack Trevenna, 79, served on the crew for 33 years before retiring in 2008. His son Mark, 52, is now the station's coxswain, and his grandson Kieran, 23, joined as a volunteer last spring.
“⟦d:a|When I started we had oilskins and a prayer,⟧” Jack said. “⟦d:a|Now they've got helmets with radios in them. Kieran's got a better radio in his hat than we had on the whole boat.⟧”
Mark, who has been on more than 400 shouts, said he had tried to talk his son out of joining. “⟦d:b|Not very hard,⟧” he admitted.
Kieran said his first service, to a yacht dismasted off Gull Point in a force eight, had been “⟦p:c|terrifying and brilliant in about equal measure⟧”.
“⟦d:c|Dad was at the helm and I was being sick over the side, and he just shouted, ‘Eyes on the casualty, not your breakfast,’ which is the most useful advice I've ever had.⟧”
Asked whether there would be a fourth generation, Jack looked at his grandson. “⟦d:a|He'd better get on with it,⟧” he said.

### 027
@a Ibrahima Sarr | the forward
@b Bruno Castellan | Head coach
Ibrahima Sarr scored 31 points as the Rhône Pilots beat Olympia Tessaly 88-79 on Thursday, and the forward was in no mood for modesty afterwards.
«⟦d:a|Ce soir, c'était mon match,⟧» he told reporters — «⟦d:a|tonight was my game.⟧» «⟦d:a|I felt it from the warm-up. Sometimes the basket looks like a swimming pool.⟧»
Head coach Bruno Castellan was more measured. «⟦d:b|Ibrahima was excellent, but we gave up eighteen offensive rebounds, and I will be talking about that all week,⟧» he said.
Asked whether Sarr was ready for the national team, Castellan smiled. «⟦d:b|That is a question for the national coach. But if he calls me, I will answer the phone.⟧»
Sarr, 23, said he had received a message after the game from his older brother, Cheikh, who plays in Spain. «⟦d:a|He wrote, ‘Not bad, but you still can't go left.’ He's right. I'm working on it,⟧» Sarr said.

### 028
@a Ingrid Solvang | -
@b Astrid Bell | -
@c Connor Bell | her son
For 51 years, Ingrid Solvang and Astrid Bell did not know the other existed. On Saturday the sisters sat side by side on a sofa in a hotel lobby in Harwick, holding hands and finishing each other's sentences.
"⟦d:a|I walked in and I saw my mother's face,⟧" said Solvang, 74, who flew in from Bergen. "⟦d:a|Not her face exactly. Her way of tilting the head.⟧"
"⟦d:b|I do that?⟧" Bell asked.
"⟦d:a|You're doing it now.⟧"
The sisters were born in Oslo and placed with different families after their mother's death in 1953. Bell, 71, grew up in Lancashire and was told she was an only child.
It was her son, Connor Bell, 45, who sent off a DNA test as a birthday present last year. "⟦d:c|I thought we'd find out we were ten per cent Viking or something,⟧" he said. "⟦d:c|Instead there was a match that said 'full sibling' and I had to sit down.⟧"
Asked what they had talked about first, the sisters laughed. "⟦d:b|Whether we both hate coriander,⟧" Bell said.

### 029
@a Min-seo Park | the world No 2
@b Declan Furey | a Dubliner who has carried bags for twenty years
Min-seo Park spends the first half of our interview apologising for her English, which is excellent, and the second half apologising for her putting, which is currently the best on tour.
“⟦d:a|I think I got lucky for three months,⟧” the world No 2 says.
Park, 24, grew up in Daejeon and turned professional at seventeen. She lost her card two years later and spent a season, as she puts it, “⟦p:a|playing in car parks with a plastic ball⟧”.
“⟦d:-|Literally in car parks?⟧” I ask.
“⟦d:a|Literally. The car park of my father's restaurant, after closing, with the lights from the kitchen. Customers would come out and give me advice. Very bad advice.⟧”
Her caddie, Declan Furey, a Dubliner who has carried bags for twenty years, is less modest on her behalf. “⟦d:b|She's the hardest-working player I've ever been with, and I've been with some grafters,⟧” he says. “⟦d:b|She'll hit putts in the hotel corridor at midnight. The other guests love it.⟧”
Park shakes her head. “⟦d:a|They complained twice.⟧”

### 030
@a Neil Ashcombe | the 48-year-old
@b Toby | -
@c Priya Ashcombe | Neil's wife
@d - | A spokeswoman for the hospital's charity
Neil Ashcombe set off from John o' Groats on 3 March with a rucksack, a map and a promise to his son. Eighty-one days later he limped into Land's End, nine toenails down and £112,000 up.
``⟦d:a|I told Toby I'd do it, and you can't tell a twelve-year-old you'll do something and then not do it,⟧'' the 48-year-old said. ``⟦d:a|He'd never let me forget it.⟧''
Toby has a rare heart condition and has spent much of his life in and out of Kingsmead Children's Hospital, which will receive the money. He met his father at the finish line holding a banner that read ``⟦s:-|WELL DONE SLOWCOACH⟧''.
``⟦d:b|He took ages,⟧'' Toby said. ``⟦d:b|I've been waiting since lunchtime.⟧''
Neil's wife, Priya Ashcombe, said the family had been ``⟦p:c|overwhelmed⟧'' by donations, many from strangers. ``⟦d:c|People stopped him in villages and put tenners in his hand. One lady in Shropshire gave him a whole cake,⟧'' she said.
A spokeswoman for the hospital's charity said the money would pay for a new parents' room on the cardiac ward. ``⟦d:d|We're honestly lost for words, which doesn't happen often,⟧'' she said.
### 031
@a Olu Bankole | -
@b Gavin Rourke | -
@c Ravi Menon | a stay-at-home father of triplets
Olu Bankole and Gavin Rourke started their podcast, "⟦s:-|Dad Admin⟧", in a garden shed during lockdown. It now has 400,000 listeners a week and a live tour, and this week's guest is Ravi Menon, a stay-at-home father of triplets.
"⟦d:a|Ravi, mate. Triplets. What was the first thing you thought?⟧" Bankole asks.
"⟦d:c|Honestly? We're going to need a bigger car,⟧" Menon says.
Rourke, who has one daughter and describes himself on the show as "⟦p:b|barely coping⟧", wants to know about nights.
"⟦d:b|Do you sleep? Genuinely, do you sleep?⟧"
"⟦d:c|In shifts. My wife does ten till two, I do two till six. We high-five on the landing. That's our marriage now.⟧"
"⟦d:a|That's beautiful,⟧" Bankole says.
"⟦d:b|That's a cry for help,⟧" Rourke says.

### 032
@a Nkechi Amadi-Rowe | the sculptor
@b Hanne Lindqvist | Her studio assistant
@d - | one councillor
Nkechi Amadi-Rowe has brought her own chilli sauce to lunch. She produces it from her handbag in a small jam jar, with the air of a woman who has been let down by restaurant chilli before.
“⟦d:a|Everything in this country is mild. The weather, the food, the arguments,⟧” the sculptor says. “⟦d:a|I make big loud things because somebody has to.⟧”
Her latest big loud thing is “⟦s:-|Mother Tongue⟧”, a nine-metre bronze head that will be installed on the Embankment at Sallowford next month, and which one councillor has described as “⟦p:d|an eyesore in waiting⟧”.
“⟦d:a|Good. Let him wait. I hope he waits a long time and gets used to it,⟧” she says.
Her studio assistant, Hanne Lindqvist, who has worked with her for eleven years, joins us for coffee. I ask her what Amadi-Rowe is like to work for.
“⟦d:b|Loud,⟧” Lindqvist says. “⟦d:b|Generous. Never satisfied. She will change a nose at two in the morning.⟧”
“⟦d:a|Only when the nose is wrong,⟧” Amadi-Rowe says.
“⟦d:b|The nose is always wrong at two in the morning.⟧”

### 033
@a Dawa Phuti Gurung | -
@b - | Your father
@c - | One client
Dawa Phuti Gurung, 38, became the first woman to guide a commercial team up all three of the Kharsang peaks in a single season. She spoke to Sofia Kallergis for the Outside Edge podcast; the conversation has been condensed.
**SK:** What's the first thing you do when you reach a summit?
**DPG:** Count the clients. Then count them again. Then I look at the view, maybe for ten seconds.
**SK:** Your father was a guide too.
**DPG:** He was. He used to say, “⟦d:b|The mountain is not the enemy, the clock is.⟧” I think about that every day. People die because they don't turn around in time.
**SK:** Have you ever turned a team around?
**DPG:** Many times. Once 150 metres from the top. One client called me “⟦p:c|a coward in a nice jacket⟧”. He wrote to me a year later and said thank you.
Gurung said after the recording that she hoped her own daughter would “⟦p:a|do something safer, like journalism⟧”.

### 034
@a Lewis Kerrigan | the Glenmuir Thistle goalkeeper
@b Robbie | his twin
@c Andy Baird | Glenmuir Thistle manager
Lewis Kerrigan has been profoundly deaf since birth. For the last six seasons, the Glenmuir Thistle goalkeeper has had the same answer to the question of how he organises his defence: his twin, Robbie, plays centre-half.
"⟦d:a|He's my ears and I'm his eyes,⟧" Lewis said, signing while his brother interpreted. "⟦d:a|I see everything coming. He tells everyone else about it, loudly.⟧"
"⟦d:b|Very loudly,⟧" Robbie added.
The brothers, 27, have developed their own system of hand signals, which their teammates have had to learn. Glenmuir Thistle manager Andy Baird said opposing sides had "⟦p:c|no idea what's going on⟧" at set pieces.
"⟦d:c|Half the time I don't either,⟧" Baird admitted. "⟦d:c|But they've conceded eleven goals all season, so I'm not going to ask.⟧"
Lewis said the hardest part was when Robbie was suspended for two matches last year. "⟦d:a|I felt like someone had turned the lights off. We lost both.⟧"
"⟦d:b|He still brings it up,⟧" Robbie said.

### 035
@a Reto Ammann | a third-generation chocolatier
@b Ladina | His daughter
The Ammann chocolate shop on Schifflände has not changed its window display since 1974: the same bronze cow, the same pyramid of truffles, the same hand-lettered card promising «⟦s:-|Schokolade wie früher⟧».
Reto Ammann, 61, a third-generation chocolatier, would like to keep it that way. His daughter, Ladina, would not.
«⟦d:a|People come here because it's the same. If I change the cow, they'll think someone has died,⟧» he says.
«⟦d:b|Someone will die, Papa, if we don't get a website,⟧» says Ladina, 29, who trained in Lyon and Tokyo and returns to the family business next month. «⟦d:b|And it will be the shop.⟧»
They have been having this argument, both agree, for about five years. It is conducted with great affection and occasionally in three languages.
«⟦d:a|She is cleverer than me. This is the problem with sending children to school,⟧» Ammann says.
Asked what she would change first, Ladina does not hesitate. «⟦d:b|The lighting. Then the website. The cow stays. I'm not a monster.⟧»

### 036
@a Shona McAlister | the paramedic
@b Bisi Okafor | Her crewmate
@c - | the voice from control
@d - | an 87-year-old man
It is 2.40am on a Saturday in Calderbridge and Shona McAlister is eating a cold sausage roll in the front seat of an ambulance parked outside a petrol station. It is the first food she has had since eight o'clock.
"⟦d:a|Glamorous, isn't it?⟧" the paramedic says.
Her crewmate, Bisi Okafor, has been doing the job for four years, McAlister for nineteen. They have worked together since January and already communicate largely in raised eyebrows.
"⟦d:b|Shona's the calm one. I'm the one who talks to the drunks,⟧" Okafor says.
"⟦d:a|Because you talk to them like they're your nan,⟧" McAlister says.
The radio crackles. "⟦d:c|Four-one, elderly male, fall at home, query hip,⟧" says the voice from control. McAlister puts the sausage roll in the door pocket, where, she tells me, it will probably stay until morning.
At the house, an 87-year-old man is lying on his kitchen floor in his pyjamas, embarrassed and cold. "⟦d:d|I only got up for a biscuit,⟧" he tells them.
"⟦d:b|Best reason there is,⟧" Okafor says, kneeling beside him.

### 037
@a Marco Bellandi | Telly chef
@b Barnaby Stoke | rival TV cook
@c - | A TV insider
@d - | Bellandi's spokeswoman
TELLY chef Marco Bellandi has reignited his bitter feud with rival TV cook Barnaby Stoke — branding him a "⟦p:a|microwave merchant⟧".
The fiery Italian, 52, made the jibe at a charity dinner in Knightsbridge on Thursday night, telling guests: "⟦d:a|Barnaby's never cooked a risotto in his life. He reheats them and puts a leaf on top.⟧"
Stoke, 47, hit back on social media within the hour. "⟦d:b|Marco's got three restaurants and two of them are closing. I'd worry about my own kitchen, mate,⟧" he wrote.
A TV insider said the pair had "⟦p:c|hated each other for fifteen years⟧". "⟦d:c|Producers have tried to get them in a room together for years. It would be ratings gold, but nobody wants to be the one cleaning up afterwards,⟧" the source added.
Bellandi's spokeswoman declined to comment further, saying only: "⟦d:d|Marco stands by his risotto.⟧"

### 038
@a Amina Warsame | -
@b Clive Hargreaves | Her opponent
@c - | a woman waiting for a bus
Amina Warsame's office at Tollbridge town hall still has the previous mayor's carpet, a swirling brown and orange design she describes as “⟦p:a|a crime scene from 1987⟧”.
“⟦d:a|I'm not wasting public money on carpet. I'll just have to suffer,⟧” she says, and puts her feet up on the desk to prove it.
Warsame, who arrived in Tollbridge from Mogadishu at the age of six, was elected in May by 212 votes, the narrowest margin in the borough's history. Her opponent, Clive Hargreaves, has not conceded, and still refers to her in council meetings as “⟦p:b|the acting mayor⟧”.
“⟦d:-|Does that bother you?⟧” I ask.
“⟦d:a|The first time. Now I think it's sweet. He's grieving,⟧” she says.
Reached by phone, Hargreaves was unrepentant. “⟦d:b|Two hundred and twelve votes is not a mandate, it's a rounding error,⟧” he said.
Outside, a woman waiting for a bus recognises her and shouts across the road: “⟦d:c|Are you going to fix the bins or not?⟧”
“⟦d:a|Thursday!⟧” Warsame shouts back.

### 039
@a Harshad Venkatesan | Cholapur captain
@b Joel Fernandes | Vice-captain
@c Ruwan Gunasekera | Lanka Islands coach
COLOMBO, Feb 9 (Wirestream) - Cholapur captain Harshad Venkatesan said his side had "⟦p:a|batted like tourists⟧" after they were bowled out for 143 on the first day of the second Test against Lanka Islands on Friday.
"⟦d:a:m|I'm not going to dress it up. We saw a slow pitch, we saw a bit of turn, and we panicked. Six of our top seven got out to shots they wouldn't play in the nets.⟧
"⟦d:a|That includes me. I'll be first in the queue for the bowling machine tomorrow morning.⟧"
Vice-captain Joel Fernandes, who top-scored with 58, said the dressing room had been "⟦p:b|very quiet⟧" at tea. "⟦d:b|Nobody needed to say anything. We all knew,⟧" he said.
Asked whether the toss had decided the day, Venkatesan shook his head. "⟦d:a|The toss doesn't bat for you,⟧" the 31-year-old said.
Lanka Islands coach Ruwan Gunasekera praised his spinners. "⟦d:c|They bowled with patience. On this surface, patience is everything,⟧" he said.

### 040
@a Grace Okonjo | -
@b Adaeze | Her daughter
@c - | A widower who asked not to be named
The first thing Grace Okonjo tells me about her job is that she has never once mentioned it at a party without someone making a joke about dead people.
“⟦d:a|Always the same joke. ‘I bet your customers never complain.’ Every time, like they've just invented it,⟧” she says.
Okonjo, 58, opened Okonjo & Daughter Funeral Directors in Pellham in 2002. Her daughter, Adaeze, was nine at the time.
“⟦d:b|I did my homework in the arrangement room,⟧” says Adaeze, now 31 and a partner in the business.
Mother and daughter disagree about almost everything except the one thing that matters: the family comes first, and the family means the family of the person who has died.
“⟦d:a|People remember how you treated them on the worst day of their lives,⟧” Grace says. “⟦d:a|They don't remember the hearse.⟧”
“⟦d:b|They do remember the hearse a bit,⟧” Adaeze says. “⟦d:b|That's why we bought a nice one.⟧”
A widower who asked not to be named wrote to them after his wife's funeral last year. The letter is framed in the hallway. “⟦d:c|You made a terrible week bearable,⟧” it reads.
### 041
@a Ezekiel Moyo | Saxophonist
@b Alistair Gunn | -
Saxophonist Ezekiel Moyo, known to three generations of jazz fans as "⟦s:-|Zeke the Breath⟧", told Alistair Gunn on Radio Strathmore's Late Sessions that he has no plans to stop playing, despite turning 85 this month.
"⟦d:b|You've been playing for seventy years. Does it still surprise you?⟧" Gunn asked.
"⟦d:a|Every night. The day it doesn't surprise me, I'll put it in the case and sell it,⟧" Moyo said. "⟦d:a|That's the deal I made with it.⟧"
Moyo arrived in Glasgow from Bulawayo in 1962 with, in his words, "⟦p:a|one suit, one horn and no plan⟧". He played the city's clubs for two decades before a late-career recording, "⟦s:-|Kelvin Blues⟧", made him famous at 58.
"⟦d:a:m|I was an overnight success after thirty-five years. That's how it works. You keep showing up, you keep playing for twelve people on a Tuesday, and one of them turns out to be somebody.⟧
"⟦d:a|In my case it was a man from a record company who'd come in to get out of the rain.⟧"
"⟦d:b|What would you say to your younger self?⟧"
"⟦d:a|Buy a better coat. Glasgow is cold.⟧"

### 042
@a Bernadette Kavanagh | the team captain
@b Yvonne Sithole | the team's goal defence
@c Pat Dunmore | -
@d Siobhán | her daughter
Forty-five years ago, the girls of St Brigid's netball team won the county championship with a last-second goal that, depending on who you ask, was either a work of genius or a foul.
On Saturday eleven of the twelve, now in their early sixties, met again in the same sports hall in Carnmore to settle it.
“⟦d:a|It was a clean goal. I've watched it in my head ten thousand times,⟧” said Bernadette Kavanagh, the team captain, who scored it.
“⟦d:b|She pushed the girl. Everybody knows she pushed the girl,⟧” said Yvonne Sithole, the team's goal defence, laughing. “⟦d:b|I was standing right there. I've kept quiet for forty-five years out of loyalty.⟧”
“⟦d:a|Out of jealousy,⟧” Kavanagh said.
The reunion was organised by Pat Dunmore, who tracked down her old teammates through Facebook, two parish newsletters and, in one case, a private detective. “⟦d:c|Mary was living in Perth. Australia, not Scotland. That took some finding,⟧” Dunmore said.
The only missing player, Deirdre Foley, died in 2019. Her daughter brought her old bib, number 7, and hung it on the wall bars.
“⟦d:d|Mam talked about this team all the time,⟧” her daughter, Siobhán, said.

### 043
@a Clodagh Byrne | the 23-year-old
@b Tommy Byrne | Her father
@c Marguerite Delahunt | a retired schoolteacher from Thurles
Clodagh Byrne was six when her father put her up on a pony for the first time and told her not to fall off. She fell off. On Wednesday the 23-year-old rode her first Grade One winner, ``⟦s:-|Tarmon Glen⟧'', trained by the same man.
``⟦d:a|He's still telling me not to fall off,⟧'' she said in the winner's enclosure at Knockbawn.
Her father, Tommy Byrne, who has trained from a 30-box yard in south Kilkenny for 27 years, was unusually emotional. ``⟦d:b|I've had good days in this game, but nothing like that,⟧'' he said. ``⟦d:b|Nothing like watching your own child come up that hill in front.⟧''
The horse's owner, Marguerite Delahunt, a retired schoolteacher from Thurles, bought him as a yearling for €6,000. ``⟦d:c|Everyone said I'd overpaid,⟧'' she said. ``⟦d:c|I'd like them all to ring me now.⟧''
Asked whether bigger yards would now come calling, she shrugged. ``⟦d:a|I've a job. My dad would sack me otherwise, and then who would do the feeds?⟧''

### 044
@a Ingeborg Halvorsen | the station leader
@b Temperance Adjei | the station's doctor
For the next eight months, Ingeborg Halvorsen and Temperance Adjei will be two of only fourteen people on the Caird Ice Shelf. The sun set over Brennholt research station on Tuesday and will not rise again until August.
"⟦d:a|The last plane left on Monday. After that, it's just us and the penguins, and the penguins are not great conversationalists,⟧" said Halvorsen, the station leader, speaking over a crackling satellite link.
Adjei, the station's doctor, is spending her first winter in Antarctica. I asked her what she was most worried about.
"⟦d:b|Honestly? Toothache. I can take out an appendix if I have to, but I am not a dentist, and everyone on base knows that,⟧" she said.
"⟦d:-|And what are you looking forward to?⟧"
"⟦d:b|The aurora. And the midwinter dinner. Ingeborg has promised a cake.⟧"
"⟦d:a|I promised a cake-shaped object,⟧" Halvorsen said. "⟦d:a|Let's manage expectations.⟧"

### 045
@a Lateef Bakare | -
@b Naledi Khumalo | His manager
@c Folake | His mum
Lateef Bakare, who performs as “⟦s:-|Laz B⟧”, wants to make one thing clear before the starters arrive: he is not, whatever you may have read, feuding with anybody.
“⟦d:a|I'm too old for beef. I'm twenty-nine. I've got a mortgage and a bad back,⟧” he says, tucking into a plate of suya at a Peckham restaurant owned by his cousin.
His debut album, “⟦s:-|Council Estate Cathedral⟧”, went to number two last month, kept off the top spot by the reissue of a Christmas record from 1984. “⟦d:a|Beaten by Father Christmas. Tell me that's not the most south London thing that's ever happened,⟧” he says.
His manager, Naledi Khumalo, has sat in on the interview, mainly, it seems, to stop him ordering dessert. “⟦d:b|He's got a photo shoot tomorrow,⟧” she tells me. “⟦d:b|He'll thank me.⟧”
“⟦d:a|I will not thank her,⟧” says Bakare.
His mum, Folake, still lives in the flat on the Aylward estate where he grew up and, he says, has heard every one of his songs “⟦p:a|with the rude words bleeped out by me personally⟧”.
Reached by phone afterwards, she said she was “⟦p:c|very proud but also very tired of people knocking on the door⟧”. “⟦d:c|Tell him to come and visit,⟧” she said.

### 046
@a Sanjay | the eldest
@b Vikram | -
@c Anil | -
@d Dev | the youngest
@e Harilal Mistry | Their father
There are four Mistry brothers, and on any given weekday all of them can be found under a car at Mistry Motors on Fenwick Road, the garage their father opened in 1981.
"⟦d:a|People ask how we don't kill each other. The answer is we work on different cars,⟧" said Sanjay, 52, the eldest, wiping his hands on a rag.
Vikram, 49, does the bodywork. Anil, 46, handles the electrics and, increasingly, the electric cars. Dev, the youngest, runs the office and, his brothers say, the brothers.
"⟦d:d|Someone has to. Left to these three, we'd be paid in biscuits,⟧" Dev said.
"⟦d:b|He's the only one of us who went to university, and he never lets us forget it,⟧" said Vikram.
Their father, Harilal Mistry, 80, still comes in every morning to drink tea and point out mistakes. "⟦d:e|I taught them everything,⟧" he said. "⟦d:e|Not everything they learned. Everything I taught.⟧"
Anil said the switch to electric vehicles had been "⟦p:c|the biggest change since Dad bought the first hydraulic lift⟧". "⟦d:c|Half our old customers think the batteries are going to explode. The other half want to know if we can put solar panels on the roof of a Corsa,⟧" he said.

### 047
@a Assunta Ferraro | -
@b Gianluca Serra | Mayor
In Castelmarro, a hill village of 312 people in the Apennines, everyone knows Assunta Ferraro. At 92 she is the oldest resident, the keeper of the church keys and, according to the mayor, «⟦p:b|the real government⟧».
«⟦d:a|Non è vero,⟧» she says, waving a hand — «⟦d:a|it's not true.⟧» Then, after a pause: «⟦d:a|A little true.⟧»
The village has lost two-thirds of its population since 1960. The school closed in 1994, the last shop in 2011. Ferraro has outlived her husband, two of her brothers and, she notes, four parish priests.
«⟦d:a|They keep sending young ones and the young ones keep leaving. The mountain is too quiet for them,⟧» she says.
Mayor Gianluca Serra, 38, is trying to reverse the decline by selling abandoned houses to new residents for one euro. Eleven have been sold, four of them to families from abroad.
«⟦d:b|When the first Dutch family arrived, Assunta was the first one at their door with a cake,⟧» Serra says. «⟦d:b|And a list of rules.⟧»
«⟦d:a|Not rules. Advice,⟧» Ferraro corrects him.

### 048
@a Yulia Kravets | the principal dancer
@b Galina Sorokina | a former soloist
Yulia Kravets is lying on the floor of a rehearsal studio with her legs up against a radiator. “⟦d:a|Don't mind me. If I sit in a chair for this interview I'll seize up and they'll have to carry me to the stage,⟧” says the principal dancer, who is 34 and in what she calls “⟦p:a|the last chapter, the good one⟧” of her career.
I ask how long she has left. She considers the ceiling.
“⟦d:a|Two years, maybe three. The body will tell me. It's very rude, the body. It doesn't write a letter, it just sends the bill.⟧”
Kravets trained in Kharkiv under Galina Sorokina, a former soloist, who at 79 still runs a small ballet school there and refused to leave the city during the war. Speaking through an interpreter on a video call, Sorokina remembered a “⟦p:b|skinny, furious child⟧” who cried when she was not given the lead in a school production.
“⟦d:b|She cried for one day. Then she came back and danced the small part better than the girl who had the big part. I knew then,⟧” Sorokina said.
When I tell Kravets this, she covers her face. “⟦d:a|She never told me that. Not once. She told me my arms were like spaghetti.⟧”
“⟦d:-|Were they?⟧”
“⟦d:a|Yes. Completely.⟧”

### 049
@a Harold Clegg | -
@b Winifred | his wife
@c Sophie Clegg-Hart | Their granddaughter
Harold Clegg proposed to his wife, Winifred, on the top deck of the number 14 bus in 1954. On Tuesday the couple celebrated their platinum anniversary on the same route, after the council laid on a vintage double-decker for the occasion.
"⟦d:a|She said yes before I'd finished the question, which I've always thought was a bit forward,⟧" said Harold, 94.
"⟦d:b|I wanted to get off at the next stop,⟧" Winifred, 91, explained.
Their granddaughter Sophie Clegg-Hart, who organised the trip, said the couple had been "⟦p:c|totally unprepared⟧" when the bus pulled up outside their bungalow in Eccleswood. "⟦d:c|Grandad thought it was a rail replacement service,⟧" she said.
Asked for the secret of a long marriage, the couple answered at the same time.
"⟦d:a|Separate tellies,⟧" said Harold.
"⟦d:b|Never go to bed on an argument,⟧" said Winifred. "⟦d:b|Stay up and win it.⟧"

### 050
@a Kaito Mizuno | -
@b Luca Benedetti | teammate
@c Sabine Krüger | Team principal
@d Veltro Racing | -
SUZUKA, Oct 6 (Wirestream) - Veltro Racing's Kaito Mizuno said he had "⟦p:a|nothing to apologise for⟧" after colliding with teammate Luca Benedetti on the first lap of the Japanese Grand Prix, taking both cars out of the race.
"⟦d:a|I was ahead into the corner. I left a car's width. I don't know what more I could do,⟧" Mizuno, 22, told reporters.
Benedetti, who had started from second on the grid, took a different view. "⟦d:b|He left a car's width if the car is a bicycle,⟧" the Italian said. "⟦d:b|We'll talk about it inside, not here.⟧"
Team principal Sabine Krüger described the incident as "⟦p:c|unacceptable from both of them⟧". "⟦d:c|We had a podium car today and we're going home with nothing. The drivers know my feelings. They will know them in more detail tonight,⟧" she said.
Veltro Racing said in a statement that no further action would be taken "⟦p:d|at this stage⟧".
### 051
@a Ferdinand Osei | the host
@b Natsuki Amano | The novelist
@c Clara Westergaard | her English translator
The novelist Natsuki Amano does not read her books in English. “⟦d:b|I'm scared I'll like Clara's version better,⟧” she tells Ferdinand Osei, the host, on the latest episode of the “⟦s:-|Between the Lines⟧” podcast, speaking through an interpreter in the first half and in careful English in the second.
Clara Westergaard, her English translator, has worked on all five of Amano's novels. Her version of “⟦s:-|The Persimmon Year⟧” was shortlisted for the Halloran Translation Prize.
“⟦d:a|How much of the book is you, Clara, and how much is Natsuki?⟧” Osei asks.
“⟦d:c|All of it is Natsuki. All of the mistakes are me,⟧” Westergaard says.
“⟦d:b|That's not true,⟧” Amano says. “⟦d:b|There are no mistakes. There are some decisions I would not have made.⟧”
Westergaard laughs. “⟦d:c|That's the nicest way anyone has ever told me I was wrong.⟧”
Osei ends by asking each of them to recommend a book. Amano picks a collection of Korean short stories; Westergaard picks “⟦s:-|Moby-Dick⟧”, “⟦p:c|for the chapters about rope⟧”.

### 052
@a Darren Mulrooney | the 44-year-old
@b Lee Cartwright | His brother-in-law and practice partner
@c Shelley | Mulrooney's wife
Darren Mulrooney is three pints into a Tuesday afternoon at the Crown and Anchor in Stockwood and he is, he insists, "⟦p:a|in training⟧".
"⟦d:a|You can't practise the crowd, so you practise the beer,⟧" said the 44-year-old, who is known on the circuit as "⟦s:-|The Plumber⟧" because, until eighteen months ago, he was one.
Mulrooney qualified for the world championship in December at his seventh attempt. His first-round opponent is the No 3 seed, Joost van Dalen. "⟦d:a|I've watched him on telly for ten years. Now I've got to beat him. It's weird,⟧" he said.
His brother-in-law and practice partner, Lee Cartwright, reckons he has a chance. "⟦d:b|Put a pint on the line and he'll hit any double you want,⟧" Cartwright said. "⟦d:b|Take the pint away and he's useless.⟧"
Mulrooney's wife, Shelley, has told him he can keep playing "⟦p:c|as long as the boiler gets fixed⟧". "⟦d:c|He's still a plumber in this house,⟧" she said.

### 053
@a Fraser Buchanan | team leader
@b Rafael Ortiz | the team's doctor
@c - | One volunteer who asked not to be named
The call came at 11.52pm: two walkers overdue on Beinn Dorcha, last heard from near the summit ridge, phone battery at four per cent.
“⟦d:a|Four per cent is the worst number in mountain rescue,⟧” said team leader Fraser Buchanan, who has run the Glen Arroch team for nine years. “⟦d:a|It means they were alive an hour ago and we don't know about now.⟧”
Twenty-two volunteers turned out that night in sleet and 50mph gusts. At 3.20am a torch beam caught a flash of orange behind a boulder, and somebody on the line shouted, “⟦d:-|Bag! Orange bag!⟧” Inside were the pair, a father and his adult son from Leeds.
“⟦d:b|They were cold, embarrassed and absolutely fine, which is the best combination,⟧” said Rafael Ortiz, the team's doctor, a GP in Arroch village. “⟦d:b|Embarrassed is good. Embarrassed means the brain's working.⟧”
One volunteer who asked not to be named — his employer does not know how often he turns up to work on no sleep — said callouts had doubled in five years. “⟦d:c|Everyone's got an app now. The app says the path goes that way, so they go that way, even when the path's under a metre of snow,⟧” he said.
Buchanan agreed, up to a point. “⟦d:a|I'm not against the apps. I'm against people who think the app is a mountain guide.⟧”

### 054
@a Beverley Nwosu | A mother whose 16-year-old son drowned in a disused quarry
@b Hannah Kettering | -
@c Rosalind Marr | Local MP
@d Department for Land and Minerals | -
A mother whose 16-year-old son drowned in a disused quarry has said she will "⟦p:a|not stop until every one of them is fenced⟧".
Beverley Nwosu, 52, spoke to Channel 8's Hannah Kettering a year after the death of her son, Daniel, at Harrowdale quarry near Stainforth.
"⟦d:b|What do you remember about that day?⟧" Kettering asked.
"⟦d:a|It was hot. It was the hottest day of the year. He said, 'I'll be back for tea, Mum,' and he took his towel. That's all,⟧" Nwosu said.
Her campaign for compulsory fencing at disused quarries has gathered more than 180,000 signatures. Local MP Rosalind Marr, who has raised the issue in Parliament, said ministers had been "⟦p:c|far too slow⟧". "⟦d:c|Beverley has done more in twelve months than the department has done in twelve years,⟧" she said.
The Department for Land and Minerals said it was "⟦p:d|carefully considering⟧" the proposals.

### 055
@a Ama | the director
@b Efua | the cinematographer
@c Abena | Their grandmother
The Boateng sisters, Ama and Efua, have made three feature films together and have, by their own count, stopped speaking to each other during every one of them.
“⟦d:a|Usually around week three of the shoot,⟧” says Ama, the director, who is 37. “⟦d:a|We communicate through the first AD. Poor man.⟧”
“⟦d:b|It's week two,⟧” says Efua, 34, the cinematographer. “⟦d:b|She always says week three because she doesn't notice until week three.⟧”
Their new film, “⟦s:-|Harmattan⟧”, a ghost story set in their grandmother's house outside Kumasi, premiered at Venice in September and has been called “⟦p:-|the most beautiful film of the year⟧” in more than one review, a compliment both sisters claim.
“⟦d:b|Beautiful is my department,⟧” Efua says.
“⟦d:a|Beautiful is everybody's department. She's in charge of the light. I'm in charge of where it points,⟧” Ama says.
The house is real. Their grandmother, Abena, still lives in it, and appears in the film's final scene, sitting on the veranda. “⟦d:c|They told me I was acting. I was just sitting,⟧” she said by phone from Ghana.

### 056
@a Tony Ashdown | the presenter
@b Maureen | -
@c Gurpreet | Another caller
@d - | One caller who did not give his name
The proposed closure of Hetton's last bank branch dominated Tony Ashdown's phone-in on Radio Wearside on Monday, with listeners queuing for more than an hour to have their say.
"⟦d:a|The lines are jammed. I've not seen it like this since they cancelled the Christmas lights,⟧" the presenter told listeners.
Maureen, from Hetton, said she had banked at the branch for 58 years. "⟦d:b|I don't do the internet. I'm not going to start at 81. Where am I supposed to take my pension?⟧"
"⟦d:a|What did they tell you when you asked?⟧" Ashdown asked.
"⟦d:b|They gave me a leaflet with a QR code on it. I don't know what a QR code is, pet, and I've no wish to find out.⟧"
Another caller, Gurpreet, who runs a convenience store on Front Street, said the closure would cost him "⟦p:c|an afternoon a week driving to Sunderland to pay in⟧".
One caller who did not give his name was more philosophical. "⟦d:d|They closed the pits, they closed the shipyards. A bank's nothing. We'll manage,⟧" he said.

### 057
@a Rosario Dizon | -
@b Maricel | Her elder daughter
@c Joy | -
Rosario Dizon came to Whitcombe General Hospital from Manila in 1989 on a two-year contract. Thirty-five years later she is still there, and so are both of her daughters.
“⟦d:a|I told them, don't be nurses. It's hard work and the car park is expensive,⟧” Dizon, 62, says, laughing, at her kitchen table.
Her elder daughter, Maricel, 36, is a sister on the intensive care unit. Joy, 31, works in the emergency department, two floors below her mother's ward.
“⟦d:b|We grew up hearing about the hospital at dinner every night. What else were we going to do? Accountancy?⟧” Maricel says.
“⟦d:c|I did try accountancy, for one term,⟧” Joy says.
The three of them have worked the same shift only twice, most memorably on the night of the Whitcombe rail crash in 2017.
“⟦d:a:m|I saw Joy running past with a trolley and I thought, that's my baby. Then I thought, no, right now she's a nurse. So I went back to my patient.⟧
“⟦d:a|I cried in the car afterwards. Only in the car.⟧”
“⟦d:c|She never told me that,⟧” Joy says quietly.

### 058
@a Viliami Fifita | the 35-year-old
@b - | a schools coach
@c Josh Ransley | His teammate and fellow prop
@d Mele | Fifita's mother
Viliami Fifita has played 241 games for Harbourside, broken his nose six times and, by his reckoning, eaten ``⟦p:a|about four tonnes of my mum's chop suey⟧'' along the way. On Saturday, he plays his last.
``⟦d:a|My body's been sending me emails for two years. This season it started phoning,⟧'' the 35-year-old said after training on Thursday. ``⟦d:a|You've got to pick up eventually.⟧''
Fifita, who was born in Nuku'alofa and moved to Auckland at seven, was told at 17 by a schools coach that he was ``⟦p:b|too heavy to play and too slow to be useful⟧''.
``⟦d:-|Do you remember his name?⟧'' I asked.
``⟦d:a|I remember everything. I send him a Christmas card every year. Signed photo,⟧'' Fifita said.
His teammate and fellow prop Josh Ransley, 24, said he had learned ``⟦p:c|the dark arts⟧'' of the scrum from him. ``⟦d:c|He taught me things you can't write in a newspaper. Legal things. Mostly legal,⟧'' Ransley said.
Fifita's mother, Mele, will be in the stand on Saturday. ``⟦d:d|I've cried at every game since he was six, even the ones he won,⟧'' she said.

### 059
@a Rhodri Pugh | -
@b Martin Osagie | Transport Secretary
@c - | a viewer in Bradmoor
@d Gemma Lightfoot | The shadow transport secretary
Transport Secretary Martin Osagie faced a testy grilling on Sunday over delays to the Northway rail link, which is now expected to open in 2034, six years late and £9bn over budget.
"⟦d:a|Minister, when you took this job you said, and I'm quoting you, 'Northway opens in 2028 or I'll eat my hat.' Are you hungry?⟧" asked Rhodri Pugh, presenting "⟦s:-|The Sunday Desk⟧".
"⟦d:b|That's a very good line, Rhodri, and I'm sure it'll go down well on social media,⟧" Osagie said. "⟦d:b|But what people care about is—⟧"
"⟦d:a|What people care about is the train.⟧"
"⟦d:b|What people care about,⟧" the minister continued, "⟦d:b|is that when it opens, it works. I'd rather be late and right than on time and wrong.⟧"
Pugh then read out a message from a viewer in Bradmoor: "⟦d:c|I've been waiting for this train since I was at school. I'm now 41.⟧"
The shadow transport secretary, Gemma Lightfoot, said afterwards that the interview had been "⟦p:d|painful to watch⟧".

### 060
@a Bao Tran | -
@b Khoa | his brother
@c Lien | their mother
Bao Tran is trying to explain the difference between his pho and his brother's pho, and his brother is trying to stop him.
“⟦d:a|Mine is clearer. Cleaner. His is—⟧”
“⟦d:b|Don't,⟧” says Khoa.
“⟦d:a|—more rustic,⟧” Bao finishes, and ducks as a napkin sails past his head.
The brothers, who are 33 and 30, run Bếp Mẹ, a 40-seat restaurant in Fairhaven's old market hall that has been booked out every weekend since a glowing review in January called it “⟦p:-|the best bowl of noodles north of the river⟧”. There are two broths on the menu, labelled simply “⟦s:-|Bao⟧” and “⟦s:-|Khoa⟧”.
“⟦d:-|Which sells more?⟧” I ask.
They answer at once. “⟦d:a|Mine,⟧” says Bao. “⟦d:b|Mine,⟧” says Khoa.
The real authority is their mother, Lien, who taught them both and still comes in on Sunday mornings to taste the stock. “⟦d:c|Both too salty,⟧” she says, when I ask for her verdict.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh161.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh161",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
