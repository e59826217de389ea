# ruff: noqa: E501
"""Build ``quotes_fresh173.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles over lunch with a first-person reporter who asks questions,
Q&A transcripts with the interviewer's questions in bold or marked with initials,
podcast and radio interviews, sports and arts interviews, and human-interest stories
about families in which several relatives of the same gender speak and are called by
their first names. The copy imitates several kinds of outlet (wire, broadsheet,
tabloid, local paper, magazine, broadcaster web copy) and mixes quotation-mark
styles between passages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh173-NNN``.

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
  description. A title or relational phrase before the name alone (``Captain …``,
  ``Her sister, Catriona, …``, ``Enzo’s son, Luca, …``) is the description, taken
  with its possessive as written (``her sister``). An age alone (``Marek, 47,``) is
  not a description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 66-year-old``,
  ``the novelist``), that description is taken.
* A non-restrictive relative clause after an appositive or a description (``a former
  colleague at the agency, who asked not to be named``) is not part of the
  description.
* Relatives called by their first names: the speaker is still the fullest form written
  in the passage, including a first name coordinated before a shared surname
  (``Mairi and Catriona MacAulay`` writes ``Catriona MacAulay``); where the surname is
  never attached to the first name, the first name alone is the speaker.
* Printed transcripts (questions in bold, or turns introduced by the speakers'
  initials) carry the turns without quotation marks and are not annotated; quotation
  marks inside a turn are. There, a remark the interviewee reports having said is the
  interviewee's direct speech; a remark reported from someone else is that person's,
  and an unnamed person (``the chairman``, ``my wife``, ``a physio``) has a null
  speaker with that phrase as the description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs or sentences without a
  cue) each turn belongs to the person whose turn it is.
* Fragments quoted from unidentified reviews, letters or documents are ``partial``
  with a null speaker; a fragment attributed to an unnamed group (``Some players have
  said you are …``) is ``partial`` with a null speaker and that group as the
  description.
* A word or note written by an identified person on a page (an editor's margin note,
  a word written across a story) is that person's direct speech.
* Names of animals, programmes, podcasts, books, films and works of art in quotation
  marks are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh173.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh173.jsonl")

PASSAGES = """
### 001
@a Oyelaran Bassey | the novelist
@b - | the waiter
Oyelaran Bassey arrives at Casa Villette ten minutes early and has already rearranged the table by the time I sit down. The novelist, whose fourth book, “⟦s:-|The Salt Ledger⟧”, was shortlisted for the Harwick Prize in the spring, has moved the vase of tulips to the windowsill. “⟦d:a|I like to see who I’m talking to,⟧” she says.
She orders the sea bream without looking at the menu. I ask whether she comes here often. “⟦d:a|Every Thursday for six years. They think I’m a food critic. I’ve never corrected them.⟧”
Bassey grew up in Ibadan and came to Carrow at 17 to study chemistry, a subject she describes as “⟦p:a|the most useful thing I ever failed⟧”. Her parents, both pharmacists, wanted her to take over the family shop.
“⟦d:a:m|My mother still introduces me as ‘the one who didn’t do pharmacy’. She means it lovingly. Mostly.⟧
“⟦d:a|What chemistry gave me was patience. You wait for things to precipitate. A novel is the same. You put everything in the flask and then you have to leave it alone, which I am very bad at.⟧”
“⟦d:b|Is everything all right with the bream?⟧” the waiter asks. “⟦d:a|Perfect, as always,⟧” Bassey tells him, and then, when he has gone: “⟦d:a|It’s a little dry today.⟧”
“⟦d:-|Is it true you’ve stopped using a laptop?⟧” I ask.
“⟦d:a|It’s true. I write in pencil now. Pencil forgives you.⟧”

### 002
@a Sunniva Haldorsen | the polar explorer
@b Mattias Krog | my expedition manager
Sunniva Haldorsen, the polar explorer, became last winter the first person to cross the Vardø Ice Field alone and unsupported. Her book about the journey, “⟦s:-|Forty-One White Days⟧”, is out this month. She spoke to us from her home in Tromsvik. This interview has been edited for length and clarity.
**You were alone for 41 days. Who was the last person you spoke to before you set off?**
My expedition manager, Mattias Krog, drove me to the start. The last thing he said was, “⟦d:b|Don’t be a hero. Be a statistic that comes home.⟧” I thought that was very Norwegian of him.
**Did you ever think about turning back?**
On day 19, when the stove failed. I radioed base and said, “⟦d:a|I think this is where it ends.⟧” Mattias didn’t answer for about a minute. Then he said, “⟦d:b|Fix the stove.⟧” So I fixed the stove.
**People have called the crossing “⟦p:-|pointless⟧”. What do you say to them?**
They’re right. It is pointless. So is a symphony.
**What did you miss most?**
Oranges. And being interrupted.

### 003
@a Inês Carvalho | the eldest
@b Beatriz | a primary school teacher
@c Leonor | the youngest
For forty years, Padaria Graça on Ferry Street opened at 5am six days a week. When Graça Carvalho died in March, her three daughters decided it would keep doing so.
"⟦d:a|Nobody asked us whether we could bake. We just assumed we could,⟧" said Inês Carvalho, 44, the eldest, who left a job in insurance to run the shop. "⟦d:a|We were wrong about that for about three weeks.⟧"
Beatriz, 39, a primary school teacher, does the early shift before school. Leonor, the youngest, handles the till and what she calls "⟦p:c|the Instagram side⟧".
"⟦d:b|Mum never wrote anything down,⟧" Beatriz said. "⟦d:b|We found one recipe in her handwriting, for custard tarts, on the back of an electricity bill from 1998. Everything else we've had to work out from memory and from what customers tell us tasted wrong.⟧"
Leonor laughed. "⟦d:c|Customers are very honest. Mrs Pardew told me the rolls were 'an insult to your mother'.⟧"
"⟦d:a|She was right,⟧" Inês said.
The sisters now take turns sleeping in the flat above the shop. "⟦d:c|We fight more than we did when we were kids,⟧" Leonor said. "⟦d:c|But it's a different kind of fighting. It's about flour.⟧"
Beatriz said she thinks about closing "⟦p:b|about once a week, usually at 4.45 in the morning⟧". "⟦d:b|Then someone comes in and says, 'Your mum would be proud,' and I'm done for. I'm staying.⟧"

### 004
@a Marta Szabó | the former world number three
@b Ilona Vértes | her coach
@c Women’s Tennis Circuit | -
CASTELMORA, June 4 (Meridian) - Marta Szabó, the former world number three, said on Wednesday she would retire at the end of the season, ending a 16-year career in which she won two major titles but was repeatedly derailed by injury.
“⟦d:a|My body has been telling me for two years. This year I started listening,⟧” Szabó, 33, told reporters at the Castelmora Open, where she lost in the second round.
“⟦d:a|I don’t want to be the player who limps off court in the first round somewhere because she couldn’t say goodbye.⟧”
Szabó said the decision had been made “⟦p:a|on a bus, of all places⟧” after a training session in April. She told her coach, Ilona Vértes, the same evening.
“⟦d:b|She called me and said, ‘I think I’m done.’ I said, ‘I think you are too,’⟧” Vértes said in a telephone interview. “⟦d:b|We both cried. Then we went for pizza.⟧”
Asked what she would miss, Szabó did not hesitate. “⟦d:a|The fear. The feeling before a final. Nothing else in life gives you that.⟧”
The Women’s Tennis Circuit said in a statement that Szabó had been “⟦p:c|a champion on and off the court⟧” and that it would mark her final tournament with a ceremony.

### 005
@a Aurélien Baptiste-Moreau | the winemaker
@b Corinne Vasseur | the presenter
@c Lémanie Growers’ Association | -
The winemaker Aurélien Baptiste-Moreau has said he will not harvest his Coteau des Brumes vineyard this year after hail destroyed most of the crop in July.
«⟦d:a|There is nothing to pick. What the hail left, the rot finished,⟧» he told Radio Lémanie’s morning programme on Monday.
The presenter, Corinne Vasseur, asked whether he had insurance. «⟦d:a|Partially. Enough to pay the staff until December. After that, we will see,⟧» he replied.
«⟦d:b|Have you thought about selling?⟧» Vasseur asked.
«⟦d:a|Every night. And every morning I decide not to.⟧»
Baptiste-Moreau, whose family has farmed the slope since 1871, said the last three summers had been «⟦p:a|a lesson in humility⟧».
«⟦d:a:m|My grandfather lost a harvest in 1956, to frost. He went to work in the sawmill for a year and came back. I keep thinking about that.⟧
«⟦d:a|We have been here for a hundred and fifty years. One bad summer is not going to be the end. Two, maybe. Let us not talk about two.⟧»
The Lémanie Growers’ Association said it was «⟦p:c|in discussion with the canton⟧» about emergency support for the worst-affected estates.

### 006
@a Dev Malhotra | Comedian
@b Callum Fairweather | -
@c Rhys Penhale | -
Comedian Dev Malhotra has opened up about the night he walked off stage at the Kestrel Rooms, telling the "⟦s:-|Two Pints In⟧" podcast that it was "⟦p:a|the best worst decision I ever made⟧".
Speaking to Callum Fairweather and Rhys Penhale, who host the show, the 38-year-old said he had been heckled for "⟦p:a|about nine straight minutes⟧" before he put the microphone down.
"⟦d:a|There's a point where you stop being a comedian and start being a hostage,⟧" Malhotra said. "⟦d:a|I'd reached it.⟧"
"⟦d:b|Did you know the guy?⟧" Fairweather asked.
"⟦d:a|I did not know the guy. I know him now. He emails me,⟧" Malhotra replied, to laughter from both hosts.
Penhale pressed him on whether he had considered quitting stand-up. "⟦d:c|Be honest. Were you done?⟧"
"⟦d:a:m|For about a week, yeah. I sat in my flat and watched snooker. I don't even like snooker.⟧
"⟦d:a|Then my nan rang and said, 'Are you going to sulk or are you going to work?' And that was that.⟧"

### 007
@a Tobias Engqvist | the sculptor
@b Hanne Engqvist | a retired GP
@c Lise Rønning | the town's culture officer
Tobias Engqvist has been carving the same block of granite for eleven years. ``⟦d:a|It's nearly finished,⟧'' the sculptor said last week, standing in the open-sided barn at Ravnsholt where the stone sits on railway sleepers. ``⟦d:a|I've been saying that since 2019.⟧''
His wife, Hanne Engqvist, a retired GP, is less patient. ``⟦d:b|He talks to it,⟧'' she said. ``⟦d:b|Not in a poetic way. He swears at it.⟧''
The piece, provisionally titled ``⟦s:-|Tidewater⟧'', was commissioned by the town of Ostervik for its new harbour front. The sculptor said the council had been ``⟦p:a|extraordinarily kind⟧'' about the delays.
``⟦d:a|They ask every year. I say next year. They say fine. I think they have forgotten they ordered it,⟧'' he said.
The town's culture officer, Lise Rønning, said the council had not forgotten. ``⟦d:c|We are very much looking forward to it,⟧'' she said. ``⟦d:c|Whenever it comes.⟧''

### 008
@a Daniel Achterberg | -
@b Pieter Lessing | -
@c Kirsty | Daniel’s daughter
TWIN brothers separated at birth have been reunited after 52 years — and discovered they both became driving instructors.
Daniel Achterberg and Pieter Lessing found each other through a DNA testing kit that Daniel’s daughter bought him as a joke for Christmas.
“⟦d:a|I opened the email and there was a photo of me. Except it wasn’t me,⟧” said Daniel, from Harlow Vale. “⟦d:a|Same nose, same terrible haircut.⟧”
Pieter, who lives 40 miles away in Corrington, said: “⟦d:b|I thought it was a scam. I nearly deleted it. My wife said, ‘Just look at his face.’⟧”
The pair met for the first time at a motorway service station on the A61. “⟦d:b|He was late,⟧” Pieter said. “⟦d:a|I was not late. He was early,⟧” Daniel insisted.
Both men had spent decades teaching learners to drive — Daniel for 29 years, Pieter for 31.
“⟦d:a|When he told me, I had to sit down,⟧” Daniel said. “⟦d:a|What are the chances?⟧”
Daniel’s daughter Kirsty, 24, who bought the kit, called the reunion “⟦p:c|the best £79 I’ve ever spent⟧”.

### 009
@a Fenella Ashdown-Price | Housing Minister
@b Gareth Lloyd-Evans | Presenter
@c - | a listener in Stoneleigh
@d Idris Mbeki-Hart | the opposition housing spokesman
Housing Minister Fenella Ashdown-Price has refused to say whether the government will meet its target of 40,000 new social homes by 2028.
Pressed repeatedly on Today at Seven, she said the target remained "⟦p:a|an ambition we are working hard towards⟧".
Presenter Gareth Lloyd-Evans put it to her: "⟦d:b|That's not the same as saying you'll meet it, is it?⟧"
"⟦d:a|What I'm saying is that we've built more in the last year than in the previous three combined, and that's a record I'm proud of,⟧" the minister replied.
"⟦d:b|Yes or no, Minister?⟧"
"⟦d:a|I'm not going to play yes or no with you, Gareth. This is people's homes.⟧"
Lloyd-Evans then read out a message from a listener in Stoneleigh, who said she had been on the council waiting list for "⟦p:c|seven years and counting⟧".
Ashdown-Price said she was "⟦p:a|genuinely sorry⟧" to hear it. "⟦d:a|Nobody should wait that long. That's exactly why we're doing what we're doing.⟧"
The opposition housing spokesman, Idris Mbeki-Hart, said afterwards: "⟦d:d|Listeners heard a minister who knows the answer and won't say it.⟧"

### 010
@a Lucien Abara | -
@b Théo Marchetti | the band’s pianist
@c Samuel Osei | the bassist
At 71, Lucien Abara still practises every morning for two hours on a kit wedged into the spare bedroom of his flat in Kelloway. His neighbours, he says, have “⟦p:a|made their peace with it⟧”.
“⟦d:a:m|When I was young I thought you practised to get better. Now I know you practise so you don’t get worse. It’s maintenance, like a boat.⟧
“⟦d:a:m|The day you stop, the water gets in.⟧
“⟦d:a|I’ve seen it happen to friends. Great players. They stop for a month, and then a year, and then they are selling the kit on the internet.⟧”
Théo Marchetti, the band’s pianist, has played with Abara since 1994. “⟦d:b|He’s the least sentimental man I know about music and the most sentimental about everything else,⟧” Marchetti said. “⟦d:b|He cries at adverts. He has never once cried at a gig.⟧”
The bassist Samuel Osei, 26, joined four years ago after Abara heard him play at a wedding.
“⟦d:c|I thought he was a guest. He came up afterwards and said, ‘Rehearsal is Tuesday,’ and walked off,⟧” Osei said. “⟦d:c|I didn’t even know which band.⟧”
Abara shrugs at the story. “⟦d:a|I knew. That was enough.⟧”

### 011
@a Anwen Olszewska | -
@b Halina | my grandmother
@c Ruth Feeney | my editor
Anwen Olszewska's debut collection of stories, "⟦s:-|The Glasshouse Year⟧", has been longlisted for the Carrick Prize. She talked to Kofi Mensah about her grandmother, rejection letters and writing in the middle of the night.
KM: You wrote most of the book between midnight and 3am. Why then?
AO: I had a baby who didn't sleep, so I didn't either. I'd feed her and then sit at the kitchen table with the laptop balanced on the bread bin. It was the only quiet in the house.
KM: The title story is about a woman who refuses to leave her allotment. Where did that come from?
AO: My grandmother Halina used to say, "⟦d:b|A house without a garden is a waiting room.⟧" I didn't understand it until she moved into a flat on the ninth floor and stopped talking for a year.
KM: Did you get many rejections?
AO: Forty-one. I kept them all. One said the stories were "⟦p:-|quietly accomplished but too quiet⟧". That one's framed in the downstairs loo.
KM: And when it finally sold?
AO: My editor, Ruth Feeney, wrote "⟦d:c|Who is this for?⟧" in the margin of almost every page for a month. In the end I wrote back, "⟦d:a|It's for me, and for anyone who's ever sat in a car park crying,⟧" and she left it alone after that.

### 012
@a Kasim Dardari | his son
@b Youssef Dardari | -
@c Brodie Tamsett | the Australian champion
The gym is above a tyre shop on Ashby Road, and Youssef Dardari has run it for 30 years. His son, Kasim Dardari, 24, fights for the Commonwealth super-lightweight title on Saturday.
“⟦d:b|People say I’m hard on him. I’m harder on him than on anyone,⟧” Youssef said, taping his son’s hands. “⟦d:b|That’s the deal when your dad is your trainer.⟧”
Kasim, sitting on the ring apron, rolled his eyes. “⟦d:a|He says that to journalists. At home he’s soft. He still cuts my toast.⟧”
“⟦d:b|Once. I did that once.⟧”
“⟦d:a|Last week.⟧”
The fight, against the Australian champion Brodie Tamsett, is the biggest of Kasim’s career. Tamsett told reporters on Wednesday that he would “⟦p:c|end this fairy tale early⟧”.
Kasim was unmoved. “⟦d:a|He can say what he likes. On Saturday it’s just two people and a bell.⟧”
Asked whether he would be nervous in the corner, Youssef paused for a long time. “⟦d:b:m|Nervous? I will be dying. Every round.⟧
“⟦d:b|But he won’t see it. That’s my job too.⟧”

### 013
@a Nuala Keane | her grandmother
@b Siobhán | her daughter
@c Aoife | a veterinary student
Three generations of the Keane family were at the Ballyrath Show on Saturday, and between them they took home nine rosettes.
Nuala Keane, 81, has shown cattle at Ballyrath since 1961. "⟦d:a|I was the only girl in the ring that year. A judge asked me where my father was,⟧" she said. "⟦d:a|I told him he was in the beer tent, which was true.⟧"
Her daughter Siobhán, 54, runs the farm now. "⟦d:b|Mam still tells me how to do everything. She's usually right, which is the annoying part,⟧" she said.
Siobhán's daughter, Aoife, 19, a veterinary student, won the young handlers' class with a heifer called "⟦s:-|Duchess⟧".
"⟦d:c|Gran trained her, really. I just held the rope,⟧" Aoife said.
"⟦d:a|That's not true,⟧" her grandmother said. "⟦d:a|She's better than either of us were at her age. Don't print that, she'll be unbearable.⟧"
Siobhán said the family had considered selling the herd after the 2018 drought. "⟦d:b|We sat at the kitchen table for three nights. In the end it was Mam who said, 'We're not the family that sells.'⟧"

### 014
@a Halvard Nyquist | the artistic director of the Kingsmere Playhouse
@b Abimbola Tranter | the Playhouse’s chair
Halvard Nyquist, the artistic director of the Kingsmere Playhouse, is leaving after 19 years, and he would rather not talk about it.
“⟦d:a|Ask me about the new season. Ask me about the roof. Anything,⟧” he says, stirring a third sugar into his coffee in the theatre’s cafe.
So I ask about the roof. “⟦d:a|It leaks over row M. It has always leaked over row M. We sell those seats last,⟧” he says.
Then I ask why he is going. “⟦d:-|Was it the funding cuts?⟧”
He sighs. “⟦d:a:m|Partly. You spend the first ten years making theatre and the last nine making spreadsheets. I am good at spreadsheets now. I didn’t want to be.⟧
“⟦d:a|And somebody younger should have this office. I was 44 when I got it. I had no idea what I was doing, and that was a strength.⟧”
The Playhouse’s chair, Abimbola Tranter, described Nyquist in a statement as “⟦p:b|irreplaceable, though we will have to try⟧”.
When I read this to him he laughs for the first time. “⟦d:a|That is very Abimbola. Put that on my gravestone.⟧”

### 015
@a Rodrigo Almirall | Ferrovia coach
@b - | one club official who asked not to be named
@c Duarte Fonseca | Captain
PORTO SELVA, Oct 12 (Continental Press) - Ferrovia coach Rodrigo Almirall said on Sunday he had "⟦p:a|no intention⟧" of resigning despite a fifth straight defeat, a 3-0 loss at home to Sporting Arelia.
"⟦d:a|No me voy. Aquí se sufre, pero no me voy,⟧" Almirall told reporters in Spanish. ("⟦d:a|I'm not leaving. Here we suffer, but I'm not leaving.⟧")
The 52-year-old, who took charge in July, said his players were "⟦p:a|playing with fear⟧" in front of their own supporters.
"⟦d:a|When you lose five in a row, the ball gets heavy. It's psychological. My job is to make it light again,⟧" he said.
One club official who asked not to be named said the board would meet on Tuesday. "⟦d:b|Nobody is talking about sacking him yet. Yet,⟧" the official said.
Captain Duarte Fonseca backed his coach. "⟦d:c|The problem is not on the bench. The problem is on the pitch, and that's us,⟧" the midfielder said.

### 016
@a Yara Haddad | the 29-year-old
@b Marcus Belloway | her co-star
Yara Haddad has ordered chips, and she would like you to know that. “⟦d:a|Write it down. Every profile of an actress says she ordered a salad and then ate half a leaf,⟧” the 29-year-old says. “⟦d:a|I’m having chips.⟧”
She is the reason seven million people watched the finale of “⟦s:-|Harrow Street⟧” last month. She has been called “⟦p:-|the face of the year⟧” by at least two magazines, a label she finds “⟦p:a|mortifying⟧”.
“⟦d:a|My mum has it on a fridge magnet. Someone made her a fridge magnet,⟧” she says, covering her face with a napkin.
Haddad grew up in Wexmouth, the daughter of a Lebanese taxi driver and a Welsh school secretary.
“⟦d:a:m|Dad drove me to every audition for ten years. He’d wait outside in the cab with the meter off, reading the Arabic papers. If I came out crying he’d just say, ‘Next one.’⟧
“⟦d:a|He has never once told me I was good in anything. He tells everyone else.⟧”
I ask whether she worries about being typecast. She thinks about it through two chips. “⟦d:a|Honestly? I’d love to be typecast. Typecast means you’re working.⟧”
Her co-star, Marcus Belloway, who plays her estranged husband, says she is “⟦p:b|the least starry person on any set I’ve been on⟧”. “⟦d:b|She learns the crew’s names on day one. All of them. It’s a bit unnerving,⟧” he told me by phone.

### 017
@a Élodie Vantongeren | The cellist
@b Bastien Koller | her teacher
The cellist Élodie Vantongeren was 14 when her teacher, Bastien Koller, told her she would never be a soloist.
«⟦d:b|I said it to make her angry. It worked,⟧» Koller, now 88, said with a grin at his flat in Vernaz.
Vantongeren, 34, who returns to the Salle Cordier on Friday to play the Dvořák concerto, remembers the moment differently. «⟦d:a|He didn’t say it to make me angry. He meant it. He only decided afterwards that it had been a strategy,⟧» she said.
«⟦d:b|That is a lie,⟧» Koller said when this was put to him. «⟦d:b|A small one.⟧»
Vantongeren has played the same instrument since she was 20, an 1840 French cello she calls «⟦s:-|la vieille⟧», the old lady.
«⟦d:a:m|She is grumpy in winter. She doesn’t like planes. In a dry hall she sounds like she is complaining.⟧
«⟦d:a|But when she is happy, there is nothing like her. I am the same, I think.⟧»

### 018
@a Tadeusz Kowalczyk | the eldest
@b Marek | -
@c Piotr | -
@d Halina Kowalczyk | Their mother
When the Kowalczyk brothers fall out, they do it in the cab of a seven-and-a-half-tonne lorry.
"⟦d:a|Twenty-two years, four brothers, one lorry. Do the maths,⟧" said Tadeusz Kowalczyk, 51, the eldest, who founded Kowalczyk & Sons Removals in 2003 with a borrowed van.
Marek, 47, is in charge of the heavy lifting. Piotr, 44, does the paperwork, "⟦p:c|because I'm the only one who can spell⟧".
The youngest, Jan, was out on a job in Selsby on the day the Gazette visited, which Marek said was "⟦p:b|typical⟧".
"⟦d:b|He always finds a job when there's a photographer,⟧" Marek said.
"⟦d:c|That's not fair, he's shy,⟧" said Piotr.
"⟦d:b|He's not shy,⟧" Marek shot back. "⟦d:b|He's lazy.⟧"
Their mother, Halina Kowalczyk, 76, still answers the office phone three mornings a week. "⟦d:d|They argue like they did when they were little. Only now it's about diesel,⟧" she said.
"⟦d:d|I tell them: you are brothers first and a company second. They nod, and then they go back to arguing about diesel.⟧"

### 019
@a Kemi Adeyinka | a volcanologist at the University of Sarn
@b Lachlan Moody | presenter of NBS Evening
@c Civil Protection Agency | -
A volcanologist has warned that the Ostravik caldera is showing “⟦p:a|the clearest signs of unrest in forty years⟧”, but said residents should not panic.
Dr Kemi Adeyinka, a volcanologist at the University of Sarn, told Lachlan Moody, presenter of NBS Evening, that the ground beneath the town of Hallbjörn had risen by nine centimetres since January.
“⟦d:b|Should people be packing their bags?⟧” Moody asked.
“⟦d:a|No. They should be reading the evacuation plan, which is a different thing,⟧” she said. “⟦d:a|Most calderas that show unrest do not erupt. But most is not all.⟧”
“⟦d:b|What would an eruption look like?⟧”
“⟦d:a:m|Probably small, at first. Steam, ash, some very unhappy sheep.⟧
“⟦d:a|The honest answer is that we don’t know, and anyone who tells you they know is selling something.⟧”
The Civil Protection Agency said in a statement that it had raised the alert level to yellow as a “⟦p:c|precautionary measure⟧”.

### 020
@a Aarav Deshpande | Hollins Bay's captain
@b Rashid Karimi | the 22-year-old leg-spinner
@c - | A team spokesman
Hollins Bay's captain, Aarav Deshpande, said his side had been "⟦p:a|out-thought, not out-played⟧" after a six-wicket defeat to the Marlow Kestrels in the first Test on Monday.
"⟦d:a|They bowled to a plan and we batted without one. Simple as that,⟧" Deshpande told reporters. "⟦d:a|We've got four days to find one.⟧"
The only bright spot was Rashid Karimi, who took six for 41 on debut. The 22-year-old leg-spinner grew up playing with a taped tennis ball in the car park of his father's restaurant.
"⟦d:b|I didn't sleep last night. I won't sleep tonight either, probably,⟧" Karimi said.
"⟦d:b|My dad's watching at the restaurant with about sixty people. He texted me after every wicket. Just one word: 'More.'⟧"
Deshpande said Karimi had "⟦p:a|earned the right to be in the side for a long time⟧". Asked about his own form — he has scored 37 runs in his last five innings — the captain was blunt. "⟦d:a|It's not good enough. I know it. Everyone knows it.⟧"
A team spokesman said the squad would train on Wednesday "⟦p:c|as planned⟧".

### 021
@a Graham Whitcombe | the 66-year-old
@b Ollie | his younger son
@c Ben | His brother
Graham Whitcombe had never walked further than the pub before last March. By the end of September he and his two sons had walked 630 miles of the Ardwick coast path.
“⟦d:a|My knees have written a formal complaint,⟧” the 66-year-old said on the final morning at Penhallow Point.
The walk, which has raised more than £48,000 for the Lindenfield Hospice, was the idea of his younger son, Ollie, after their mother, Carol, died there in 2023.
“⟦d:b|Mum did the coast path in her twenties with her friends. She had the photos in a shoebox. I thought: we should finish it for her,⟧” Ollie said. “⟦d:b|I didn’t think Dad would actually say yes.⟧”
His brother, Ben, who flew back from Singapore to join them, said the three had not spent so much time together since childhood.
“⟦d:c|We argued about everything for the first fortnight. Maps, tents, how to boil an egg,⟧” he said. “⟦d:c|Then we just stopped. You run out of things to argue about after 200 miles.⟧”
Graham said the hardest day had been in June. “⟦d:a|It was her birthday. We didn’t say anything all morning, and then Ben started singing, badly, and we all joined in. Terrible. She’d have loved it.⟧”
“⟦d:b|He means Ben was terrible,⟧” Ollie said.
“⟦d:c|He means all of us,⟧” said Ben.

### 022
@a Mele Tupou | -
@b Sione Tupou | Her brother
@c Tevita Halaholo | the Fenu Islands' sports minister
Mele Tupou swam the 34 kilometres between Kaloa and the Fenu Islands in 11 hours and 52 minutes on Saturday, becoming the first woman from the archipelago to complete the crossing.
``⟦d:a|The last hour I was talking to the fish,⟧'' Tupou said after she was helped ashore at Fenu harbour. ``⟦d:a|They didn't answer. Rude.⟧''
Her brother, Sione Tupou, who piloted the support boat, said she had been stung by jellyfish ``⟦p:b|at least a dozen times⟧''.
``⟦d:b|She just kept going. I kept asking, 'Do you want to stop?' and she kept swearing at me,⟧'' he said.
Tupou, 27, trained for two years, mostly before dawn and before her shifts as a nurse at Kaloa General Hospital.
``⟦d:a|People ask why. I don't have a good reason,⟧'' she said. ``⟦d:a|My grandmother used to say the sea between the islands was a road. I wanted to walk on it.⟧''
The Fenu Islands' sports minister, Tevita Halaholo, called the swim ``⟦p:c|a moment of national pride⟧'' and said Tupou would be honoured at a reception next month.

### 023
@a Marguerite Dufresne | The retired judge
@b Nkechi Obi | the show's creator
@c Harriet Lowe | her co-host
The retired judge Marguerite Dufresne spent 23 years in the family courts. Since stepping down last year she has taken up, in her words, "⟦p:a|competitive sea swimming and arguing with my grandchildren⟧".
On the latest episode of "⟦s:-|The Second Act⟧", she told the show's creator, Nkechi Obi, and her co-host Harriet Lowe that she had found the transition "⟦p:a|brutal⟧".
"⟦d:a|For twenty-three years people stood up when I walked into a room. Now I go to the supermarket and nobody stands up. It took some getting used to,⟧" Dufresne said.
"⟦d:b|Did you miss it?⟧" Obi asked.
"⟦d:a|The standing? No. The work, terribly. The decisions. You get addicted to consequence.⟧"
Lowe asked about the case that had stayed with her most. Dufresne paused for several seconds.
"⟦d:a:m|There was a boy, eight years old, who asked to speak to me alone. He wanted to tell me which parent he wanted to live with, and he was terrified it would hurt the other one.⟧
"⟦d:a|I think about him every week. He'd be thirty now.⟧"
"⟦d:c|Did you ever find out what happened to him?⟧" Lowe asked.
"⟦d:a|No. And I mustn't. That's the rule.⟧"

### 024
@a Barry Tolland | -
@b Denise | His wife
@c Stuart Amankwah | The landlord
Barry Tolland, known on the circuit as “⟦s:-|the Badger⟧”, threw his first dart at the Crown and Anchor in Stalbury when he was 14. At 61, he has just qualified for the World Seniors Championship.
“⟦d:a|I’ve been trying for twenty years. I’d stopped telling people,⟧” he said, perched on a stool beside the board that made him. “⟦d:a|Then I hit a 130 checkout and the whole pub went mental.⟧”
His wife, Denise, has been his scorer, driver and “⟦p:b|unpaid psychologist⟧” for 38 years.
“⟦d:b|He gets in his own head. I tell him, ‘Barry, it’s a board. It’s not going anywhere. Throw the thing,’⟧” she said.
The landlord, Stuart Amankwah, has hung a banner reading “⟦s:-|GO ON THE BADGER⟧” above the bar.
“⟦d:c|He’s been drinking here longer than I’ve owned the place. Least we could do,⟧” Amankwah said.
Tolland said he would treat the championship like “⟦p:a|a night out with better lighting⟧”.

### 025
@a Catalina Roddan | the 46-year-old
@b - | A former colleague who still works at the home
@c Briarwell Care | the company
Catalina Roddan kept a notebook. For 14 months, at the end of every night shift at the Elmhurst care home, she wrote down what she had seen.
"⟦d:a|I wasn't planning anything. I just needed somewhere to put it,⟧" the 46-year-old said, turning its pages at her kitchen table in Tarnfield. "⟦d:a|You can't carry all that home in your head.⟧"
The notebook records residents left in soiled sheets for hours, a call bell that went unrepaired for six weeks, and a night in January when, according to one entry, there were "⟦p:a|two of us for forty-one people⟧".
A former colleague who still works at the home confirmed the staffing levels. "⟦d:b|Everyone knew. Nobody wanted to be the one who said it, because you'd be the one who got the sack,⟧" she said.
Roddan was dismissed in March for what the company called "⟦p:c|unrelated conduct issues⟧". She is taking Briarwell Care to an employment tribunal.
In a statement, Briarwell said: "⟦d:c|We take the wellbeing of our residents extremely seriously. We do not comment on individual employment matters.⟧"
Asked whether she regretted speaking out, Roddan closed the notebook. "⟦d:a|I regret it every morning. Then I remember Mr Ellery in room nine, and I don't.⟧"

### 026
@a Farida Nazarova | -
@b - | A physio
@c Dmitri Pashkov | Your coach
Farida Nazarova won gold in the W1 archery at the Halden Games last month, nine years after a car crash left her paralysed from the chest down. She spoke to Tessa Brightwell.
**When did you first pick up a bow?**
In rehab. A physio brought one in because she thought it would help my shoulders. I missed the target completely, the whole thing, not even the straw. She said, “⟦d:b|Well, that’s a start.⟧”
**Your coach, Dmitri Pashkov, has said you are “⟦p:c|the most stubborn athlete I have ever worked with⟧”. Is that fair?**
Completely fair. He says it like it’s a complaint. It isn’t.
**What went through your head on the final arrow?**
Nothing. That’s the point. I said to myself, “⟦d:a|Breathe out, then let go,⟧” and then I heard the crowd.
**What’s next?**
Sleep. Then the world championships in Ardenport. Dmitri has already sent me the training plan. The file is called “⟦s:-|No Rest⟧”.

### 027
@a Mairi MacAulay | -
@b Catriona MacAulay | Her sister
@c Kenneth Bain | Harbourmaster
@d - | A coastguard spokeswoman
Ten years after their father's boat vanished off Rubha Dearg, Mairi and Catriona MacAulay still go down to the pier every 14 November.
"⟦d:a|We don't do anything, really. We stand there and have a flask of tea. Dad would think it was daft,⟧" said Mairi MacAulay, 38.
Her sister, Catriona, 35, said the hardest part had been the lack of answers. "⟦d:b|No wreck, no body, nothing. Just the sea being very calm about it,⟧" she said.
The Morag Ann left Port Ness on the morning of 14 November 2015 with Donald MacAulay, 61, aboard alone. Wreckage was never found.
"⟦d:a|He'd done that trip a thousand times,⟧" Mairi said.
"⟦d:b|Two thousand,⟧" her sister corrected her.
Harbourmaster Kenneth Bain, who knew Donald for 40 years, said the anniversary was hard for the whole village. "⟦d:c|Every boat that goes out, you think of him. That's just how it is here,⟧" Mr Bain said.
A coastguard spokeswoman said the case remained open. "⟦d:d|We have never closed it and we won't.⟧"
Catriona said she had stopped hoping "⟦p:b|a long time ago⟧". "⟦d:b|But Mairi hasn't. And I'm not going to be the one to tell her to.⟧"

### 028
@a Femi Adebanjo | the poet
@b Ruth Castellanos | a critic for the Morning Ledger
Femi Adebanjo writes on buses. Specifically the number 47, which crawls from Thornbury Heath to the city centre in 55 minutes on a good day.
“⟦d:a|The 47 is my office. Nobody bothers you, because nobody wants to sit next to a man muttering,⟧” the poet said.
His second collection, “⟦s:-|Night Bus Psalms⟧”, came out in September. Ruth Castellanos, a critic for the Morning Ledger, called it “⟦p:b|furious, tender and very funny⟧”.
Adebanjo grew up the youngest of six in a two-bedroom flat on the Coldharbour estate.
“⟦d:a:m|There were eight of us and one bathroom. If you wanted to think, you had to do it in the queue for the bathroom. So I learned to think fast.⟧
“⟦d:a:m|My mum would bang on the door and shout my name, and I’d come out with a poem.⟧
“⟦d:a|She still says it’s the only reason I’m any good. She might be right.⟧”
He is less keen to talk about the £30,000 that came with the Ashcombe award. “⟦d:a|I paid off my mum’s overdraft. That’s the whole story. It’s not a very poetic story,⟧” he said.

### 029
@a Ren Takahashi | the 24-year-old
@b Greta Oberlin | Velocita Racing team principal
@c Velocita Racing | -
Ren Takahashi said on Thursday he felt "⟦p:a|lucky and stupid⟧" to have walked away from a 240km/h crash in practice at the Sandvik circuit last week.
"⟦d:a|Lucky because I'm here. Stupid because I made the mistake. It was all me,⟧" the 24-year-old told reporters at the team's factory in Alderholt.
"⟦d:a|I went into turn nine like it was a qualifying lap on a cold tyre. The car did what physics said it would do.⟧"
Velocita Racing team principal Greta Oberlin said the team had "⟦p:b|never doubted⟧" Takahashi. "⟦d:b|Drivers crash. Good drivers crash and learn. He'll be in the car on Friday,⟧" Oberlin said.
Velocita Racing said in a separate statement that the chassis had been "⟦p:c|damaged beyond repair⟧" and that a new one would be flown in.
Takahashi said his mother had watched the crash live on television. "⟦d:a|She called me forty times. I called her back once and she shouted for ten minutes. Then she asked if I'd eaten.⟧"

### 030
@a Niall Brosnan | the former Carrow United striker
@b - | the owner
Niall Brosnan, the former Carrow United striker, has chosen a Portuguese grill under a railway arch in Lanford. “⟦d:a|Nobody here has the faintest idea who I am. It’s wonderful,⟧” he says, a moment before the owner comes out of the kitchen to embrace him.
“⟦d:b|Niall! The usual?⟧” the owner calls across the room.
“⟦d:a|All right, they might have some idea,⟧” Brosnan concedes.
Brosnan, who scored 143 league goals before a knee injury ended his career at 31, is now 48 and one of the most recognisable voices in football broadcasting, a reputation built on a refusal to say what he calls “⟦p:a|the safe thing⟧”.
I ask whether he regrets anything he has said on air. He chews on a piece of chicken for a long time.
“⟦d:a:m|One thing. I called a young lad’s first touch ‘agricultural’ and his mum wrote to me. Handwritten letter. Four pages.⟧
“⟦d:a|She was right, and I wrote back and told her so. He plays in Portugal now. His first touch is still agricultural, mind.⟧”
“⟦d:-|Do you miss playing?⟧” I ask.
“⟦d:a|Every Saturday at five to three. For about a minute. Then I remember my knees.⟧”

### 031
@a Geneviève Tremblay-Roux | Their mother
@b Maude | the elder
@c Chloé | -
Geneviève Tremblay-Roux drives 600 kilometres a week between two rinks. Her daughters, Maude, 16, and Chloé, 14, play for different teams in different leagues, and both of them are goalies.
«⟦d:a|I don't know what I did wrong,⟧» she joked in the stands at the Lac-Sauvin arena on Saturday morning. «⟦d:a|Two goalies. Do you know how much the equipment costs?⟧»
Maude, the elder, was recently selected for the provincial under-18 team.
«⟦d:b|Chloé copied me. She copies everything I do,⟧» Maude said.
«⟦d:c|I was a goalie first,⟧» said Chloé. «⟦d:c|In the driveway. She just doesn't remember because she was losing.⟧»
Their mother said the rivalry was «⟦p:a|mostly friendly, mostly⟧».
«⟦d:a:m|When they play each other in the basement, I go upstairs and put the radio on loud.⟧
«⟦d:a|Someone always cries. Usually me, because of the walls.⟧»

### 032
@a Tomasi Vakacegu | -
@b Huw Pritchard | Our captain
@c - | The referee
@d - | My wife
Tomasi Vakacegu retired last month after 14 seasons with Glanmor Harlequins. He spoke to Rhian Morgan on the "⟦s:-|Front Row⟧" podcast. This transcript has been condensed.
RM: What do you remember about your first game?
TV: Being sick in the changing room. Our captain then, Huw Pritchard, came over and said, "⟦d:b|Better out than in, big man,⟧" and handed me a towel. That's all the advice he ever gave me and it was enough.
RM: Your last game ended with a red card.
TV: Yeah. Not how I planned it. The referee said, "⟦d:c|Tomasi, I'm sorry, I have to,⟧" and I said, "⟦d:a|I know, sir.⟧" He looked sadder than me.
RM: Will you coach?
TV: My wife says no. She says, "⟦d:d|You've given them fourteen years. Give me the next fourteen.⟧" So, no. Probably. Ask me in a year.

### 033
@a Barbara Quill | -
@b Ana Lúcia Pereira | -
@c Tiago Quill | a paramedic in Hastwell
For 31 years, two women thought about the same boy on the same day every year. In April, Barbara Quill and Ana Lúcia Pereira finally sat at the same table.
“⟦d:a|I’d imagined her so many times that when she walked in I almost didn’t recognise her, because she was real,⟧” said Barbara, 68, who adopted Tiago as a baby in 1994.
Pereira, 52, had been 21 and alone when she gave birth in Alvorada.
“⟦d:b|I was a child myself. I didn’t choose to give him away. I chose for him to have a life,⟧” she said, through tears.
Their son, Tiago Quill, a paramedic in Hastwell, arranged the meeting after tracing Pereira through an adoption registry.
“⟦d:c|I was terrified they wouldn’t like each other. Within five minutes they were ganging up on me,⟧” he said.
The two women now speak every Sunday. “⟦d:a|She tells me what he was like on the day he was born and I tell her what he was like at fourteen,⟧” Barbara said.
“⟦d:b|I had one day with him. She had all the others. We are both his mother. There is no competition,⟧” Pereira said.
“⟦d:a|There is a little competition,⟧” said Barbara, laughing.

### 034
@a Shirin Golzari | Director
@b Arash Nemati | The film's lead actor
@c - | One journalist
Director Shirin Golzari said on Saturday that her new film, "⟦s:-|The Orchard Keeper⟧", had been shot "⟦p:a|in secret, in eleven days, with a borrowed camera⟧".
Speaking through an interpreter at a packed press conference at the Veltmar International Film Festival, Golzari said she had not been sure until last week whether she would be allowed to travel.
"⟦d:a|I packed my suitcase three times. Twice I unpacked it,⟧" she said. "⟦d:a|The third time, my daughter sat on it so I could not open it again.⟧"
One journalist asked whether she feared the consequences on her return. "⟦d:c|Are you afraid to go back?⟧"
Golzari paused. "⟦d:a|I am afraid of many things. I am more afraid of not making films.⟧"
The film's lead actor, Arash Nemati, who plays a widowed orchard owner, said the cast had learned their lines "⟦p:b|in cars, in kitchens, anywhere⟧".
"⟦d:b|Shirin would call at midnight and say, 'Tomorrow, 5am, bring a coat.' That was the call sheet,⟧" he said, to laughter.

### 035
@a Maureen Tully | -
@b Sandeep Kohli | head teacher of St Aidan’s Primary
@c - | One Year 6 pupil
@d Lily-Mae | -
For 34 years, Maureen Tully has stood at the corner of Bramble Road and Church Lane in a fluorescent coat, holding up a sign that reads “⟦s:-|STOP — CHILDREN⟧”. On Friday she did it for the last time.
“⟦d:a|I’ve seen children cross this road who now bring their own children across it. One of them’s a grandad. That makes me feel very old,⟧” Mrs Tully, 77, said.
Sandeep Kohli, head teacher of St Aidan’s Primary, said the school had organised a guard of honour. “⟦d:b|Maureen knows every child’s name, every dog’s name and who’s been naughty. She’s better informed than I am,⟧” he said.
Pupils made a banner reading “⟦s:-|THANK YOU MRS T⟧”. One Year 6 pupil said: “⟦d:c|She always says ‘walk, don’t run’, even when you’re already walking.⟧”
Lily-Mae, 7, said she would miss her “⟦p:d|because she gives us stickers⟧”.
Mrs Tully said her plans for retirement were “⟦p:a|simple: sleep past eight⟧”. “⟦d:a|I haven’t had a lie-in since 1991.⟧”

### 036
@a Leena Virtanen | The 41-year-old
@b Paloma Iturbe | Her co-founder
Leena Virtanen does not own a smartphone, which is an odd thing for the chief executive of a company that makes smartphone apps.
The 41-year-old carries a grey flip phone that she bought, she says, "⟦p:a|from a man at a market in 2011⟧".
"⟦d:a|I make tools that people use too much. I know exactly how good they are at taking your attention. So I don't let them take mine,⟧" she says.
Isn't that a little hypocritical? "⟦d:a|Completely. I've made my peace with it.⟧"
Her co-founder, Paloma Iturbe, who has known Virtanen since university, laughs at this. "⟦d:b|She has made peace with nothing. She lies awake about it,⟧" Iturbe says.
"⟦d:b:m|When we started Kestrel, Leena made us put a line in the founding document. It says we will never build anything designed to be addictive.⟧
"⟦d:b|Every investor we've ever pitched to has asked us to take it out. We never have.⟧"
Virtanen nods. "⟦d:a|It's cost us a lot of money. It's also the best thing we've done.⟧"

### 037
@a Arturo Benedetti | -
@b Carla Benedetti | -
@c Paolo | Their son
Arturo and Carla Benedetti met at a dance hall in Bellport in 1954. He was 19; she was 18 and, by her own account, “⟦p:b|not remotely interested⟧”.
On Sunday, surrounded by four children, eleven grandchildren and six great-grandchildren, they celebrated 70 years of marriage.
“⟦d:b|He stood on my foot three times. I thought, this one is either very clumsy or very determined,⟧” said Carla Benedetti, 89.
“⟦d:a|Both,⟧” said Arturo Benedetti, 90.
Asked for the secret of a long marriage, they gave different answers. “⟦d:a|Separate newspapers,⟧” said Arturo. “⟦d:b|Never go to bed angry. Go to bed furious, and sleep it off,⟧” said Carla.
Their son, Paolo, 66, said his parents still argued “⟦p:c|every single day, about the oven temperature⟧”.
“⟦d:c|Dad likes it at 180. Mum likes it at 200. They’ve been having this argument since 1962. It’s their love language,⟧” he said.

### 038
@a Cathal Ó Briain | the 20-year-old jockey
@b Philippa Harcourt | -
@c Kelmscott Racecourse | -
Cathal Ó Briain had never ridden in the Kelmscott Chase before Saturday. He won it by eleven lengths on a 40-1 outsider.
``⟦d:a|I'm still waiting for someone to tell me there's been a mistake,⟧'' the 20-year-old jockey said in the winner's enclosure. ``⟦d:a|Nobody has yet.⟧''
Rumbleweed, trained by Philippa Harcourt in the Dunmoor hills, had fallen in two of his previous four races.
``⟦d:b|Everyone told me to retire him,⟧'' Harcourt said. ``⟦d:b|I said, give him one more go with a lad who doesn't know to be scared.⟧''
Ó Briain, whose father is a farrier in Kilcarra, said he had phoned home straight away. ``⟦d:a|Dad didn't say anything for about ten seconds. Then he said, 'Did you fall off?' I said no. He said, 'Well then,' and hung up.⟧''
Kelmscott Racecourse said the attendance of 14,200 was ``⟦p:c|the highest in a decade⟧''.

### 039
@a Adaeze Nwachukwu | The architect
@b - | One resident
@c - | the new leader of the council
Adaeze Nwachukwu's Harbourside Library in Tolland Quay opened last month to queues around the block. The architect, 45, talked to us about concrete, compromise and the building's nickname.
**Locals have already nicknamed it "⟦s:-|the Toaster⟧". How do you feel about that?**
Delighted. A building without a nickname is a building nobody cares about. One resident told me at the opening, "⟦d:b|I hated it for a year, now I'd fight anyone who touched it.⟧" That's the best review I've had.
**The project ran two years late. What happened?**
Everything. A sinkhole, a pandemic, a council election. At one point the new leader of the council called it "⟦p:c|a monument to vanity⟧" on local radio.
**Did that hurt?**
Yes. I wrote him a letter. I said, "⟦d:a|Come and see it before you decide.⟧" He came. Now he has his photograph taken in front of it at every opportunity.

### 040
@a Bridget Mahon | the manager
@b Zainab Aluko | Captain
@c - | One supporter
@d Corley Athletic Women | The club
Six years ago, Corley Athletic Women played in front of crowds of 40, most of them parents. On Sunday, 9,400 people watched them win promotion to the top flight.
“⟦d:a|I kept looking up at the stand and thinking, where have you all come from?⟧” said Bridget Mahon, the manager, who has been in charge since 2017.
Captain Zainab Aluko, 29, scored the second goal with a header in the 71st minute. “⟦d:b|I don’t score headers. I’ve never scored a header. I shut my eyes,⟧” she said.
Mahon, a former PE teacher, laughed when told this. “⟦d:a|She tells everyone she shut her eyes. She didn’t. I’ve watched it nine times.⟧”
“⟦d:b|I shut my eyes,⟧” Aluko insisted.
One supporter, who had travelled from Kelby with her two daughters, said: “⟦d:c|They’ve got a team to look up to now. That’s what matters.⟧”
The club said that season-ticket sales for next year had already “⟦p:d|exceeded all expectations⟧”.

### 041
@a Kelsey-Ann Brodie | Reality star
@b Tayla | her sister
@c - | A spokesman for Mayhew
EXCLUSIVE: Reality star Kelsey-Ann Brodie has opened up about her split from Sunset Villa winner Connor Mayhew — and says her sister Tayla "⟦p:b|saw it coming from day one⟧".
"⟦d:a|I was blindsided. One minute we're picking sofas, the next he's moving his PlayStation out,⟧" Kelsey-Ann, 26, told us. "⟦d:a|I'm not bitter. I'm just... yeah, a bit bitter.⟧"
Tayla, 23, who appeared alongside her on the show's second series, did not hold back. "⟦d:b|I said it to her face on the first night. I said, 'He looks at the camera more than he looks at you.'⟧"
"⟦d:a|She did say that,⟧" Kelsey-Ann admitted. "⟦d:a|I hate it when she's right.⟧"
A spokesman for Mayhew said: "⟦d:c|Connor wishes Kelsey-Ann nothing but happiness and asks for privacy at this time.⟧"
Kelsey-Ann said she was now focusing on "⟦p:a|me, my dog and my lashes business⟧".

### 042
@a Gwilym Pryce | A sheep farmer from Cwm Eithin
@b Sian Rowlands | Radio Tarn’s Farming Hour presenter
@c Dafydd | his son
@d Upland Farmers’ Union | -
A sheep farmer from Cwm Eithin has described losing 140 ewes in a single night of snow as “⟦p:a|like watching the farm die in front of you⟧”.
Gwilym Pryce, 62, told Radio Tarn’s Farming Hour presenter Sian Rowlands that he and his son, Dafydd, had dug through drifts for 14 hours.
“⟦d:b|What goes through your mind when you find them?⟧” Rowlands asked.
“⟦d:a|Nothing, at first. You just dig. You think about it later, at three in the morning, when you can’t sleep,⟧” Pryce said.
Dafydd, 30, joined the interview from the yard. “⟦d:c|Dad hasn’t slept properly since. He won’t tell you that, so I’m telling you,⟧” he said.
“⟦d:a|Thank you, Dafydd,⟧” his father said drily.
The Upland Farmers’ Union said it would ask ministers for “⟦p:d|urgent and meaningful⟧” help for affected farms.

### 043
@a Zeynep Aydın | -
@b Elif Aydın | her mother
Zeynep Aydın is 12, plays chess at grandmaster strength and would rather talk about her cats.
"⟦d:a|I have two. One is called Bishop, one is called Pawn. Pawn is smarter,⟧" she said, speaking through her mother, Elif, who translated from Turkish.
In January Zeynep became the youngest player to win the Marrow Open, beating three grandmasters on the way. She learned the game at five from her grandfather.
Elif Aydın said the family had been "⟦p:b|completely unprepared⟧" for the attention. "⟦d:b|We are normal people. Suddenly there are cameras in the school car park. Zeynep thinks it's funny. I don't,⟧" she said.
Asked what she thinks about during a game, Zeynep shrugged. "⟦d:a|Mostly chess. Sometimes lunch.⟧"
"⟦d:b|She's being modest. She thinks about chess in her sleep. She talks in her sleep, in moves,⟧" her mother said. "⟦d:b|Knight to f5. At three in the morning.⟧"

### 044
@a Harjit Singh Bains | -
@b Simran | his granddaughter
Harjit Singh Bains started running at 81, after his wife died. At 92 he has finished eleven marathons, and he would like to finish a twelfth before his knees, as he puts it, “⟦p:a|file for divorce⟧”.
“⟦d:a:m|When Jaswinder died I sat in the house for three months. My children were worried. They kept bringing food. I was getting fat and sad.⟧
“⟦d:a|One morning I put on my shoes and walked to the park. The next day I walked faster. Now look.⟧”
He trains with his granddaughter, Simran, 24, who runs beside him carrying water and, she says, “⟦p:b|a phone in case of emergencies, which he hates⟧”.
“⟦d:b|He’s faster than me on hills. It’s humiliating,⟧” she said.
I ask him what he thinks about when he runs. “⟦d:-|Do you think about her?⟧”
He is quiet for a moment. “⟦d:a|Every step. She would say I am a foolish old man. She would be at the finish line anyway.⟧”

### 045
@a Ibrahima Sangaré | a master kora player
@b Awa Sangaré | the 27-year-old
For five generations, the men of the Sangaré family have played the kora. Awa Sangaré is the first woman to do so.
«⟦d:b|My grandfather said a girl could not play. My father said, ‘Let her try.’ So I tried,⟧» the 27-year-old said.
Her father, Ibrahima Sangaré, 64, a master kora player, does not dispute the story. «⟦d:a|She is better than me now. I say it in public so she cannot say I never said it,⟧» he said.
The pair perform together at the Festival des Rives in Bamaré on Saturday. Awa said performing with her father was «⟦p:b|terrifying and wonderful in equal amounts⟧».
«⟦d:b:m|On stage he is not my father. He is a musician who will look at me if I make a mistake.⟧
«⟦d:b|At home he is my father, who will make tea and pretend he didn’t notice.⟧»
Ibrahima laughed. «⟦d:a|I always notice.⟧»

### 046
@a Owen Jenkins | the older by four minutes
@b Rhodri Jenkins | -
@c Laura Penry | Chief Superintendent
Identical twins Owen and Rhodri Jenkins joined Dyfed Vale Police on the same day in 1995. On Friday, they retired on the same day too.
"⟦d:a|We didn't plan it. Well, we did,⟧" said Owen Jenkins, the older by four minutes.
"⟦d:b|He's been reminding me about those four minutes for fifty-three years,⟧" Rhodri said.
Over three decades the brothers were mistaken for each other by colleagues, by suspects and, on one occasion, by a magistrate, a story Rhodri still tells at every opportunity.
"⟦d:b:m|I gave evidence in a case in 2004 and the defence barrister said, 'Officer, you told us yesterday that you were at the scene.' I said, 'That was my brother.'⟧
"⟦d:b|The whole court went quiet. The magistrate just put his head in his hands.⟧"
Chief Superintendent Laura Penry said the twins had been "⟦p:c|the heart of the station for three decades⟧". "⟦d:c|I still can't tell them apart, and I've worked with them for twelve years,⟧" she said.
Asked about their plans, Owen said they would be "⟦p:a|doing absolutely nothing, separately⟧". "⟦d:a|First time in our lives,⟧" he said.

### 047
@a Dragana Petrović | -
@b - | A former colleague at the agency
Dragana Petrović has photographed eleven wars and, she says, “⟦p:a|exactly one wedding, which was worse⟧”.
Her new exhibition, “⟦s:-|What Remains⟧”, opens at the Halloran Gallery next week: sixty black-and-white images, none of them showing combat.
“⟦d:a:m|For twenty years editors wanted the explosion. The tank. The soldier running. I gave them that, and I was good at it.⟧
“⟦d:a:m|But the pictures I kept for myself were always of the morning after. A woman sweeping glass. A child’s shoe. A kitchen with no wall, and the kettle still on the stove.⟧
“⟦d:a|That’s what war is. The explosion is only a second.⟧”
A former colleague at the agency, who asked not to be named, said Petrović had been “⟦p:b|fearless to the point of madness⟧”.
“⟦d:b|We used to joke that she’d go back in for a lens cap. It wasn’t really a joke,⟧” the colleague said.
Petrović, 58, lit a cigarette when this was read to her. “⟦d:a|I went back for a lens cap once. It was a good lens cap.⟧”

### 048
@a Mateo Quiroga | -
@b Hamish Buchanan | a former club professional from the town
@c Moira Lennox | The Kildrummie Golf Club secretary
KILDRUMMIE, Aug 3 (Continental Press) - Mateo Quiroga birdied the last three holes to win the Kildrummie Links Championship by one shot on Sunday, his first title in four years.
"⟦d:a|I stopped looking at the leaderboard on the 14th,⟧" Quiroga said. "⟦d:a|Hamish looked at it for me. He didn't tell me anything. I could see it in his face.⟧"
His caddie, Hamish Buchanan, a former club professional from the town, has carried Quiroga's bag for nine years.
"⟦d:b|I've got no poker face. He knows that,⟧" Buchanan said. "⟦d:b|On 17 he asked me what I thought of the putt and I said, 'It's a putt.' That's all I had.⟧"
Quiroga, 34, had slipped to 212th in the world rankings after wrist surgery in 2023.
"⟦d:a|There were days I thought, maybe this is finished. My wife said no. She said, 'You're not finished, you're sulking.'⟧"
The Kildrummie Golf Club secretary, Moira Lennox, said the win would be "⟦p:c|remembered in the town for years⟧", given Buchanan's local roots.

### 049
@a Salvatore Greco | -
@b Enzo | His son
@c Luca | Enzo’s son
There has been a Greco cutting hair at 14 Market Row since 1968. Salvatore Greco, 84, still comes in on Saturdays, “⟦p:a|to supervise⟧”.
“⟦d:a|I don’t cut any more. My hands are not what they were. But I watch, and I tell them when it’s wrong,⟧” he said.
His son, Enzo, 58, took over the shop in 1999. “⟦d:b|He tells us when it’s wrong about every ten minutes,⟧” Enzo said.
Enzo’s son, Luca, 27, joined three years ago after a degree in accountancy.
“⟦d:c|I did the sums. Barbering has better margins than accountancy, and nobody shouts at you about spreadsheets,⟧” Luca said.
“⟦d:b|I shout at him about fades,⟧” his father said.
Salvatore watched his grandson finish a customer’s beard with evident pride. “⟦d:a:m|He’s good. He’s faster than his father.⟧
“⟦d:a|Don’t tell his father I said that.⟧”

### 050
@a Nadia Voronova | the commander of the Aurora-7 mission
@b Jasper Tennant | Host
@c Isla | -
@d Mohammed | -
Nadia Voronova, the commander of the Aurora-7 mission, answered questions from schoolchildren live from orbit on Tuesday, in a link-up broadcast on Channel 9's "⟦s:-|Science Hour⟧".
Isla, 9, from Greywater Primary, asked: "⟦d:c|What does space smell like?⟧"
"⟦d:a|Like burnt steak and hot metal. Nobody believes me, but it's true,⟧" Voronova said.
Mohammed, 10, wanted to know whether she was ever frightened. "⟦d:d|Do you get scared up there?⟧"
"⟦d:a|Every launch. Every spacewalk. Being scared is how you know you're paying attention,⟧" she replied.
Host Jasper Tennant closed the link-up with a question of his own. "⟦d:b|And what do you miss most from home?⟧"
"⟦d:a|Rain. And my dog, who I'm told is sulking.⟧"

### 051
@a Rhiannon Cole | -
@b Adjoa Mensah-Bright | -
Rhiannon Cole and Adjoa Mensah-Bright have been singing together as Harbour Lights for fifteen years, and they finish each other’s sentences in a way that is charming for about ten minutes.
“⟦d:a|We met at a funeral,⟧” Cole says. “⟦d:b|Not a sad one,⟧” Mensah-Bright adds. “⟦d:a|It was a bit sad.⟧”
Their fourth album, “⟦s:-|Salt and Static⟧”, was recorded over a freezing February in a converted lifeboat station on the Brannock peninsula.
“⟦d:b:m|We had no heating and one working plug. Rhiannon wanted to give up on the second day.⟧
“⟦d:b|I had to remind her that we’d already spent the advance.⟧”
“⟦d:a|That’s not how I remember it,⟧” Cole says.
Do they ever argue? “⟦d:a|Constantly. About harmonies, mostly,⟧” Cole says.
“⟦d:b|And about parking. She can’t park,⟧” says Mensah-Bright.

### 052
@a Godfrey Amadi | -
@b Ray Collingwood | The manager in question
Godfrey Amadi refereed 612 professional matches and was, by his own estimate, called "⟦p:a|every name under the sun, and a few from other solar systems⟧".
Now 67 and retired to a bungalow in Selham, Amadi is about to publish a memoir, "⟦s:-|The Man in Black⟧", which he describes as "⟦p:a|mostly apologies⟧".
"⟦d:a:m|I got some decisions wrong. Big ones. The penalty at Marlow in 2006 — I saw it again on television that night and I felt sick.⟧
"⟦d:a|I wrote to the manager. He never replied. I don't blame him.⟧"
The manager in question, Ray Collingwood, now 74, said when contacted that he had "⟦p:b|long since forgiven⟧" Amadi. "⟦d:b|I got his letter. I just didn't know what to say. Tell him it's fine. Tell him it was still a penalty, though,⟧" he said.
Amadi laughed when this was relayed to him. "⟦d:a|It was not a penalty. Tell him that.⟧"

### 053
@a Kenji Morimoto | the Alderbrook Symphony’s new principal conductor
@b - | The chairman
@c - | Some players
@d Isamu | My father
Kenji Morimoto, the Alderbrook Symphony’s new principal conductor, is 31 and the youngest person ever to hold the post. We met at the orchestra’s rehearsal rooms on a wet Monday.
**How did you find out you had the job?**
A phone call in a supermarket. The chairman said, “⟦d:b|Are you sitting down?⟧” and I said, “⟦d:a|I’m in the frozen aisle,⟧” and he said, “⟦d:b|Then you’ll be fine.⟧”
**Some players have said you are “⟦p:c|too young⟧”. Are you?**
Probably. Every conductor is too young until he is too old. There is about one good week in between.
**What did your family make of it?**
My father, Isamu, is a fisherman. He asked me, “⟦d:d|Do they pay you?⟧” I said yes. He said, “⟦d:d|Then it is a real job.⟧”

### 054
@a Morwenna Trevithick | a trainee helm at Porthkennack station
@b Jory Trevithick | Her father
@c Coastal Lifeboat Service | -
When the pagers went off at 2.14am on Sunday, Morwenna Trevithick and her father were out of the door within ninety seconds. It was the first time they had launched together.
"⟦d:a|I was in the bow, Dad was on the helm. I didn't think about it till afterwards,⟧" said Morwenna, 22, a trainee helm at Porthkennack station.
Her father, Jory Trevithick, 55, has crewed the station's lifeboat for 30 years. "⟦d:b|She gave me orders. On my own boat. Well, not my boat,⟧" he said.
The crew rescued two kayakers who had been swept past the headland by an ebb tide.
"⟦d:a|One of them kept saying, 'I'm so sorry, I'm so sorry.' I told him, 'Don't be sorry, be warm,'⟧" Morwenna said.
The Coastal Lifeboat Service said the kayakers, both in their twenties, had been treated for hypothermia and were "⟦p:c|extremely fortunate⟧".
Jory said he had been "⟦p:b|proud enough to burst⟧" but had not told his daughter. "⟦d:b|Don't print that. Actually, do.⟧"

### 055
@a Oleksandr Hrytsenko | The novelist
@b Piers Atwood | his translator
Oleksandr Hrytsenko and his translator, Piers Atwood, have never met in person. For nine years and four novels they have worked entirely by email and, lately, by video call, which is how I meet them: Hrytsenko in a kitchen in Lvivka, Atwood in a garden shed in Ashwell Fen.
The novelist, 49, speaks good English but prefers to let Atwood do the talking.
“⟦d:a|He is better at English than me. He is also better at Ukrainian than me, which is annoying,⟧” Hrytsenko says.
“⟦d:b|That’s not true,⟧” says Atwood.
“⟦d:a|It is a little bit true.⟧”
Their latest collaboration, “⟦s:-|The Winter Ferry⟧”, has been longlisted for the Carrick Prize for Translated Fiction. I ask how they resolve disagreements.
“⟦d:b:m|Slowly. There’s a word in chapter three that took us six weeks. It means something like ‘the smell of a house when no one has lived in it for a winter’. There is no English word for that.⟧
“⟦d:b|In the end we used four words, and Oleksandr still isn’t happy.⟧”
“⟦d:a|I am never happy. This is why I am a writer,⟧” says Hrytsenko.

### 056
@a Jolien Verhaegen | the 30-year-old
@b Bart Claessens | Her team director
Jolien Verhaegen crossed the line alone in Mersel on Sunday, arms wide, 47 seconds ahead of the chasing group, to win the Ronde van Kempenland for the third time.
«⟦d:a|I attacked on the cobbles because my legs said yes and my head said no. I listened to my legs,⟧» the 30-year-old said.
Her team director, Bart Claessens, admitted he had told her over the radio to wait. «⟦d:b|I said, ‘Not yet, not yet.’ She switched the radio off. I think she switched it off,⟧» he said.
Verhaegen grinned when asked about it. «⟦d:a|It was raining. The radio was not working very well.⟧»
«⟦d:b|The radio was working perfectly,⟧» Claessens said.
Verhaegen, who grew up on a dairy farm outside Mersel, dedicated the win to her father, who died in February. «⟦d:a|He was at every race. Today he was at this one too. I’m sure of it.⟧»

### 057
@a Bernadette Okoro-Lynch | Crime novelist
@b Euan Strachan | the broadcaster
@c - | a woman in the front row
Crime novelist Bernadette Okoro-Lynch told a sold-out audience at the Caradon Book Festival on Saturday that she had "⟦p:a|killed off more people than the plague⟧" in her 22 novels.
In conversation with the broadcaster Euan Strachan, she said her detective, Inspector Moss Ferrier, had been "⟦p:a|a mistake that paid my mortgage⟧".
"⟦d:a|I meant to kill him in book one. My editor said, 'You can't, he's the only one anybody likes.' Twenty-one books later, here we are,⟧" she said.
"⟦d:b|Will you ever kill him?⟧" Strachan asked.
"⟦d:a|Every book, I try. He keeps surviving. He's like a cockroach in a good coat.⟧"
During questions from the floor, a woman in the front row wanted to know whether Okoro-Lynch based her murderers on real people. "⟦d:c|Are any of your killers people you know?⟧"
"⟦d:a|Only my ex-husband. And he's fine with it, because he doesn't read,⟧" she replied, to loud laughter.

### 058
@a Nomvula Dlamini | -
@b Sipho | her elder son
@c Thabo | his brother
@d - | One regular
At Hands On, a café on Wellbrook Street, nobody speaks, and the coffee is excellent.
The café is run by Nomvula Dlamini, 56, her elder son, Sipho, 31, and his brother Thabo, 27, all of whom are deaf. Customers order by pointing at the menu or by trying the signs printed on the tables.
“⟦d:a|People come in nervous. They leave signing ‘thank you’. That is the whole point,⟧” Dlamini said through a sign language interpreter.
“⟦d:b|Some come back every day to practise. One man has learned two hundred signs,⟧” said Sipho, who trained as a barista in Kestwick.
“⟦d:c|Two hundred and twelve. He told me,⟧” Thabo added.
One regular, who comes in every morning before work, said: “⟦d:d|I came for the coffee. I stayed because I was embarrassed I couldn’t say hello.⟧”
Dlamini said the café had been her late husband’s idea. “⟦d:a|He was hearing. He said, ‘The world doesn’t make space for you, so make your own.’ So we did.⟧”

### 059
@a Yuki Arakawa-Dunn | -
@b Setsuko Arakawa | Her grandmother
@c National Skateboarding Federation | -
Yuki Arakawa-Dunn is 14, weighs 41 kilograms and has just landed a trick that no woman in the country had landed in competition before.
"⟦d:a|I fell on it about four hundred times. My grandma counted,⟧" she said at the Tidemill skatepark on Sunday.
Her grandmother, Setsuko Arakawa, 77, has driven her to the park every day after school for three years. "⟦d:b|Four hundred and six,⟧" she said. "⟦d:b|I have a notebook.⟧"
The National Skateboarding Federation said in a statement that the trick was "⟦p:c|a first for a female competitor at national level⟧".
Yuki said she was "⟦p:a|more scared of Grandma than of the ramp⟧". "⟦d:a|If I don't try properly she makes a noise. Like, 'Hm.' That's worse than falling.⟧"
Setsuko Arakawa shrugged. "⟦d:b|I don't understand skateboarding. I understand trying.⟧"

### 060
@a Constance Abernethy | -
@b Reena Bhattacharya | Her deputy
@c Tom Hollis | -
On her last day as editor of the Dunmore Clarion, Constance Abernethy did what she had done every day for 26 years: she read every page of the paper, including the crossword, with a red pen.
“⟦d:a|Somebody has to. The crossword compiler is 83 and he makes mistakes,⟧” she says.
Abernethy took over the paper in 1999, when it had a staff of 40. It now has eleven. She calls the decline “⟦p:a|a slow car crash that nobody wanted to watch⟧”.
“⟦d:a:m|We used to have a reporter at every council meeting, every court, every inquest. Now there are whole towns we never set foot in.⟧
“⟦d:a|Do you know what happens in a town nobody writes about? Nothing good.⟧”
Her deputy, Reena Bhattacharya, who takes over on Monday, has worked alongside her for 17 years. “⟦d:b|She terrified me for the first five. Then I realised she terrified everyone, and it became quite comforting,⟧” Bhattacharya says.
Tom Hollis, who joined the Clarion as a trainee in 2002 and is now a political editor in the capital, remembers his first story coming back from her desk with a single word written across the top: “⟦d:a|Why?⟧”
“⟦d:c|I rewrote it six times. She was right every time. I’ve never forgiven her,⟧” Hollis said by phone.
I ask Abernethy what she will do now. “⟦d:a|Read other people’s newspapers and shout at them,⟧” she says.

### 061
@a Winifred Ashby | -
@b Margaret | Her elder daughter
@c Joan | the younger
Winifred Ashby turned 100 on Tuesday and celebrated, at her own insistence, with half a pint of bitter at the Red Lion in Hollowford.
``⟦d:a|I've had one on every birthday since I was eighteen. I'm not stopping now,⟧'' she said, to applause from the saloon bar.
Her elder daughter, Margaret, 76, organised the party. ``⟦d:b|Mum's been telling us she'll make a hundred since she was about sixty,⟧'' Margaret said. ``⟦d:b|We stopped arguing with her years ago.⟧''
Joan, the younger, said her mother still did the crossword every morning. ``⟦d:c|In pen. Every day. If she gets one wrong she blames the setter,⟧'' she said.
Asked for the secret of a long life, Mrs Ashby considered the question for some time. ``⟦d:a|Don't take advice from people who are a hundred,⟧'' she said.
She also received a card from the Lord Lieutenant of the county, which she described as ``⟦p:a|very nice, very small⟧''.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh173.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh173",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
