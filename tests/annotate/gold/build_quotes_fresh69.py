# ruff: noqa: E501
"""Build ``quotes_fresh69.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts with the interviewer's
questions in bold or marked with initials, podcast and radio interviews, sports and
arts interviews, and human-interest stories about families in which several relatives
of the same gender speak and are called by their first names, often written by a
reporter who asks questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh69-NNN``.

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

Decisions specific to this set (where the conventions above left room; the first six
follow ``build_quotes_fresh58.py``):

* A role title or relational phrase before the name combined with an appositive after
  it (``Their father, Yaw Asante, a bus driver``): the appositive is the description.
  A title or relational phrase before the name alone (``host Rhiannon Pryce``, ``his
  mum, Bernadette Quigley``) is the description, and takes precedence over a definite
  description used later at a cue (``the older man said``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 41-year-old``,
  ``the striker``), that description is taken.
* A non-restrictive relative clause after an appositive (``the bassist, who now
  teaches …``) is not part of the description; a restrictive one is.
* Fragments quoted from unidentified reviews or documents (``the sleeve notes call``,
  ``the citation praises``) are ``partial`` with a null speaker and description; when
  the passage names the person whose words they were, that person is the speaker, and
  when it only describes them (``One reviewer called it``), that phrase is the
  description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Transcripts whose questions are set in bold (``**…**``) or whose turns are marked
  with initials or surnames (``JT:``, ``EZE:``) are treated like ``Q:`` / ``A:``
  transcripts: the turns themselves are not spans. A quotation inside a turn belongs
  to whoever the turn says uttered those words: the interviewee when quoting
  themselves, the person quoted (named, or described as written, e.g. ``my
  grandfather``) otherwise; the interviewer's quoting of the interviewee's earlier
  words (``You've called them "dinosaurs"``) is a ``partial`` by the interviewee.
* A word or answer said in unison by a group (``both brothers said "No"``) is
  ``direct`` with a null speaker and the group as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh69.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh69.jsonl")

PASSAGES = """
### 001
@a Oluwaseun Adeyemi-Clarke | the architect behind the Calder Street library
@b - | the waiter
@c Inés Valdivia | her business partner
Oluwaseun Adeyemi-Clarke, the architect behind the Calder Street library, orders the soup before she has taken her coat off. “⟦d:a|I always know what I want. It’s the only decision I make all week without a committee,⟧” she says.
We are in Brannigan’s, a fish restaurant on the quay at Saltmere that she chose because, in her words, it is “⟦p:a|the least designed room in the county⟧”. The chairs do not match. A radiator ticks behind her.
The library, which opened in March, has been called “⟦s:-|the living room of the city⟧” so often that she has stopped hearing it. I ask whether that bothers her.
“⟦d:a|It did at first. It sounded like a slogan somebody in marketing wrote,⟧” she says. “⟦d:a|Then I watched a man fall asleep in one of the window seats with his shoes off, and I thought, fine. It’s a living room.⟧”
She was born in Ibadan, grew up between Leeds and Saltmere, and trained, unusually, as a structural engineer before switching to architecture at 29.
“⟦d:-|Do you miss the engineering?⟧” I ask.
“⟦d:a:m|Every day. Engineers are allowed to be certain. An architect spends her whole life persuading people who are certain about something else.⟧
“⟦d:a|The trick is never to fall in love with a drawing. Fall in love with the problem. Drawings die. Problems stay interesting.⟧”
The waiter arrives with bread and a question about wine. “⟦d:b|The Albariño is very good today, if madam is celebrating,⟧” he offers. She laughs and asks for tap water.
Halfway through the hake, her business partner, Inés Valdivia, slides into the spare chair uninvited. “⟦d:c|She’ll tell you she hates the attention. Don’t believe a word,⟧” Valdivia says, stealing a chip. “⟦d:c|She kept every review in a folder. Even the bad one.⟧”
“⟦d:a|Especially the bad one,⟧” Adeyemi-Clarke says.

### 002
@a Valentina Corsetti | the world No. 14
@b Anouk Verbeek | -
@c Ramiro Ferreyra | a former Davis Cup player
@d Mariam Dzhaparidze | the top seed
MELBOURNE, Jan 19 (Wireline) - Valentina Corsetti, the world No. 14, saved three match points to beat Anouk Verbeek 6-7(4) 7-6(9) 7-5 on Thursday and reach the fourth round of the Southern Cross Open for the first time.
"⟦d:a|I don't really know what happened in the second set. I stopped thinking, which is maybe the secret,⟧" the 26-year-old Italian told reporters.
"⟦d:a|At 5-6 I looked at my box and my coach was already looking at his phone, I think for flights,⟧" she added, laughing.
Verbeek, who twice served for the match, was close to tears at her news conference. "⟦d:b|I had it. I had it in my hand,⟧" she said. "⟦d:b|She played two unbelievable points and one lucky one. That's tennis, but it hurts.⟧"
Corsetti's coach, Ramiro Ferreyra, a former Davis Cup player, said the Italian had been managing a wrist problem since Brisbane.
"⟦d:c|She's been hitting her backhand at maybe 70 percent,⟧" Ferreyra said. "⟦d:c|Today she forgot about it. Tomorrow I will remind her to forget again.⟧"
Corsetti will next meet the top seed, Mariam Dzhaparidze, who needed only 58 minutes to dispatch Kaori Imamura 6-1 6-0 and described her own performance as "⟦p:d|boring, but boring is good⟧".
"⟦d:a|I've never beaten her. So there's no pressure, only an impossible job,⟧" Corsetti said.

### 003
@a Hallvard Strøm | -
@b - | one woman
@c - | my father
Hallvard Strøm has written eleven novels about Inspector Berit Haug, sold nine million copies and, he says, "⟦p:a|never once solved a crime in real life, including the theft of my own bicycle⟧". His twelfth, "⟦s:-|The Salt Ledger⟧", is the first without her. We met at his publisher's office in Bloomsbury.
**You killed off your most popular character. Why?**
Because she was tired. I could hear it in the sentences. When a character starts repeating herself, you have two choices: retire her or kill her, and retirement is boring to write.
**Your readers were not happy.**
Some were very unhappy. One woman wrote to me, "⟦d:b|I have read you for twenty years and tomorrow I start on Agatha Christie.⟧" I wrote back and said she had made an excellent decision.
**Do you plan your books?**
Never. My editor asks me every spring for a synopsis, and every spring I send her the same sentence: "⟦d:a|Somebody dies, and it is complicated.⟧" She has stopped asking.
**What comes next?**
A book about my father, who was a customs officer in Kirkenes for thirty-one years. He used to say, "⟦d:c|Every parcel is lying about something.⟧" I think that may be the title.
**Will Berit Haug ever come back?**
No. Well. Ask me in five years.

### 004
@a Marites | the eldest
@b Joy | the middle sister
@c Rowena | the youngest
@d Lourdes Dela Cruz | their mother
@e Dennis Ahern | one customer
For thirty years the smell of ube bread has drifted out of a narrow shopfront on Cable Street at five every morning. This week the Dela Cruz sisters, who took over Lola's Panaderya from their mother in 2009, announced they would close it in December.
"⟦d:a|It's not sad. Well, it is sad, but it's the right kind of sad,⟧" said Marites, 44, the eldest, who does the early bake.
Joy, the middle sister, runs the till and the orders. "⟦d:b|People keep asking if we've had a falling-out. We fall out every day. That's not why,⟧" she said.
Rowena, the youngest, is moving to Calgary with her husband in the new year. "⟦d:c|I'm the reason, if you want a reason,⟧" she said. "⟦d:c|I feel terrible. They keep telling me not to, and then they go quiet.⟧"
"⟦d:a|We don't go quiet,⟧" Marites said.
"⟦d:b|You go quiet,⟧" said Joy.
Their mother, Lourdes Dela Cruz, 77, still comes in most mornings to shape the pandesal, although her daughters insist she does it sitting down.
"⟦d:d|They think I'm old. I'm not old, I'm experienced,⟧" she said.
She opened the bakery in 1994, two years after her husband died, with money borrowed from "⟦p:d|every Filipino in Harrowgate, and a few who were only pretending⟧".
Regulars have put a petition headed "⟦s:-|Save Lola's⟧" on the counter beside the ensaymada.
"⟦d:e|I've signed it twice,⟧" admitted one customer, Dennis Ahern, 68, who has bought the same two rolls every Saturday since the shop opened. "⟦d:e|Don't tell them.⟧"

### 005
@a Ngawang Dolma Tamang | the first woman from Dolakha district to climb all fourteen of the world’s 8,000-metre peaks
@b Rhiannon Pryce | host
@c Himal Vertical | Tamang’s sponsor
Speaking on the podcast “⟦s:-|High Ground⟧”, Ngawang Dolma Tamang, the first woman from Dolakha district to climb all fourteen of the world’s 8,000-metre peaks, said she had nearly abandoned the project after a close friend died on Annapurna in 2021.
“⟦d:a|I sat in base camp for nine days and didn’t speak. I didn’t want to go up, and I didn’t want to go home, because going home meant saying he was gone,⟧” she told host Rhiannon Pryce.
Pryce asked what had changed her mind.
“⟦d:a|His mother rang me. She said, ‘If you stop now, then he stopped twice.’ So I went up.⟧”
The 38-year-old, who began carrying loads as a porter at 15, said the physical side of the sport was overrated by outsiders.
“⟦d:a|People think the mountain is the hard part. For us the hard part is the money. I carried other people’s oxygen for eleven years before anybody carried mine.⟧”
“⟦d:b|Do you still get scared up there?⟧” Pryce asked.
“⟦d:a|Always. The day I’m not scared, you can put me in a museum.⟧”
Tamang’s sponsor, Himal Vertical, said it was “⟦p:c|immensely proud⟧” of her and would fund a training scheme for women porters in the Rolwaling valley from next season.

### 006
@a Sabine Keller-Wyss | Health Minister
@b Marc-Antoine Delcourt | presenter
@c Corinne | a midwife who rang the programme
@d the ministry | -
Health Minister Sabine Keller-Wyss defended the closure of three regional maternity units on Tuesday, telling listeners of Radio Lémanique that the decision was «⟦p:a|painful but unavoidable⟧».
Pressed by presenter Marc-Antoine Delcourt on why mothers in the upper Val d'Arve would now face a ninety-minute drive to give birth, she said: «⟦d:a|Ninety minutes is the worst case, not the normal case. And a unit that delivers forty babies a year is not a safe unit, whatever we feel about it.⟧»
«⟦d:b|Tell that to a woman in labour on the col road in January,⟧» Delcourt replied.
«⟦d:a|I have told it to them. I have been to Saint-Maurice twice and I will go a third time,⟧» the minister said. «⟦d:a|What I will not do is keep a unit open so that politicians feel good while the midwives lose their skills.⟧»
Later in the programme, a midwife who rang the programme and gave only her first name, Corinne, said staff at Saint-Maurice had learned of the closure from the newspaper.
«⟦d:c|Nobody telephoned us. Not one person. We read it over breakfast like everybody else,⟧» she said.
In a statement issued after the broadcast, the ministry said it «⟦p:d|regretted any shortcomings in communication⟧» and would meet staff representatives next week.

### 007
@a Bernadette Quigley | his mum
@b Philomena | gran
@c Cian Quigley | the striker
@d Frank Mulrooney | Dunmore boss
@e - | a source at the club
CIAN "⟦s:-|Cannonball⟧" Quigley's mum has revealed how the Dunmore United hero spent his childhood smashing the windows of the family home in Ballyfern.
His mum, Bernadette Quigley, 51, sobbed as she watched the teenager's 89th-minute winner from a packed pub in the town.
"⟦d:a|I've paid for four windows and a car windscreen. Worth every penny tonight,⟧" she told the Daily Clarion.
"⟦d:a|He rang me from the dressing room. He couldn't talk, he was crying, I was crying, his gran was crying. Nobody said a word for about a minute.⟧"
Gran Philomena, 80, who hasn't missed a game on the telly in three seasons, added: "⟦d:b|I always said he'd play at Wembley. Nobody listened to me. They never do.⟧"
Cian Quigley only signed professional terms in August. The striker dedicated the goal to his home town. "⟦d:c|That's for Ballyfern. That's for my mam and my nan,⟧" he told reporters. "⟦d:c|I can't believe it. I actually can't.⟧"
Dunmore boss Frank Mulrooney hailed the 19-year-old: "⟦d:d|He's fearless. Stupid sometimes, but fearless.⟧"
And a source at the club hinted a new deal was on the way. "⟦d:e|He'll be getting a pay rise, put it that way,⟧" they said.

### 008
@a Zofia Markiewicz | -
@b Halima Farouk | -
Rehearsal room, Lambeth. Zofia Markiewicz, who is directing a new production of “⟦s:-|The Glass Orchard⟧” at the Almery Theatre, has stopped the run-through for the third time in ten minutes.
“⟦d:a|Again, from the door. And this time don’t look at him until he says your name,⟧” she tells Halima Farouk, who is playing Vera.
Farouk nods, walks back to the door and does it again. It is, to my untrained eye, identical. Markiewicz seems delighted.
“⟦d:a|See? Completely different,⟧” she says to me afterwards. “⟦d:a|She didn’t look at him. That’s the whole play, in one second. Vera has spent twenty years not looking at people.⟧”
Farouk, 33, trained in Cairo and Manchester and was last seen in London as a furious Antigone at the Crucible Yard. She says she took the part because it frightened her.
“⟦d:b:m|When I read it, I thought: I can’t do this woman. She’s so still. I’m not still. I talk with my hands, I talk with my eyebrows, my mother says I talk with my feet.⟧
“⟦d:b|Zofia said, ‘Good. Then it will cost you something.’ And it does. I go home every night exhausted from not moving.⟧”
Markiewicz, 61, is one of the few directors of her generation who still insist on six weeks of rehearsal. “⟦d:a|Producers hate me,⟧” she says cheerfully. “⟦d:a|Actors, on the whole, don’t.⟧”
I ask Farouk whether that is true. She glances across the room to check that her director is out of earshot. “⟦d:b|On the whole,⟧” she says.

### 009
@a Mele Fifita | -
@c - | my grandfather
Mele Fifita runs Moana Freight Collective, a co-operative of forty small shipping operators spread across nine island nations. She describes it as "⟦p:a|a taxi app for boats, except the captains own the company⟧". She spoke to Jonah Teitelbaum; the interview has been edited for length.
JT: Where did the idea come from?
MF: From my uncle's boat sitting empty in Neiafu for three weeks while a container ship charged a school in Vava'u four thousand dollars to deliver desks. That was the whole business plan, really. Empty boat, angry headmaster.
JT: You've called the big carriers "⟦p:a|dinosaurs with good lawyers⟧". Isn't that a little unfair?
MF: It's unfair to dinosaurs. No, look, they do what they're built to do. They're built for Auckland to Los Angeles. Nobody is built for Auckland to an island with one jetty and a pig on it.
JT: How did you raise the money?
MF: Badly, at first. I went to every bank in Nuku'alofa and they all asked for three years of accounts. In the end it was the operators themselves, ten dollars a week each. My grandfather used to say, "⟦d:c|A canoe with one paddle goes in circles.⟧" So we got forty paddles.
JT: What's the hardest part now?
MF: Weather. And WhatsApp groups. I have told the captains, "⟦d:a|If you send me one more photograph of a sunset, I am deleting the group.⟧" They still send sunsets.

### 010
@a Kofi Asante | -
@b Kwame | his twin brother
@c Yaw Asante | a bus driver
@d - | both brothers
Kofi Asante and his twin brother Kwame have spent their whole lives being mistaken for each other. From September, they will be mistaken for each other at the same medical school.
Both received offers from the University of Eastmoor this week, on the same morning, in the same email.
"⟦d:a|I opened mine first and screamed, and then Kwame opened his and screamed louder,⟧" Kofi said. "⟦d:a|Our neighbour came round because she thought someone had been hurt.⟧"
"⟦d:b|I did not scream louder,⟧" said Kwame. "⟦d:b|I screamed for longer. It's different.⟧"
Their father, Yaw Asante, a bus driver, came to Thornbury from Kumasi in 2001. He said he had to leave the room when the emails arrived.
"⟦d:c|I went into the garden and I cried next to the bins. Don't put that in,⟧" he said, laughing. "⟦d:c|Actually, put it in. I'm proud of it.⟧"
The 17-year-olds say they have no plans to specialise in the same field. "⟦d:b|He wants surgery. I want psychiatry, because somebody has to look after the surgeons,⟧" Kwame said.
Asked whether they would ever swap places in an exam, both brothers said "⟦d:d|No⟧" at exactly the same moment.
Then there was a pause. "⟦d:a|Not in an exam,⟧" Kofi said.

### 011
@a Efraín Castañeda | a former world bantamweight champion
@b Guadalupe | his wife
@c Horacio Benavides | his old trainer
The belt lives in a shoebox under the bed. Efraín Castañeda, a former world bantamweight champion, pulls it out, blows the dust off the plate and hands it to me as though it were a casserole dish.
"⟦d:a|It's heavier than you think. Everything from back then is heavier than you think,⟧" he says.
Castañeda, 58, won the title in Monterrey in 1991 and lost it eleven months later in a fight he still refuses to watch. He speaks slowly now, and has his own name for it: "⟦s:-|the slows⟧".
"⟦d:a|I don't regret it. People want me to regret it, so they can feel better about watching,⟧" he says. "⟦d:a:m|I'll tell you what I regret. I regret the second Ortega fight. Not losing it. Taking it. I had a cut over my eye that wasn't closed, and my manager said the money was too good, and I said yes because I was twenty-four and I thought I was made of wood.⟧
"⟦d:a|I wasn't made of wood.⟧"
His wife, Guadalupe, who married him the year after he retired, has heard the story many times. "⟦d:b|He tells it like it happened to somebody else,⟧" she calls from the kitchen. "⟦d:b|It happened to me too. I'm the one who drives him to the appointments.⟧"
His old trainer, Horacio Benavides, known to everyone in the gym on Calle Ocho as "⟦s:-|Chivo⟧", is 81 and still opens the place at six.
"⟦d:c|Efraín had the best left hand I ever saw and the worst manager,⟧" Benavides said by phone from Hermosillo. "⟦d:c|Only one of those things I could fix.⟧"
On the wall of the Castañedas' living room hangs a framed poster from the Monterrey fight, with the slogan "⟦s:-|El Rayo contra el Mundo⟧" in red letters.
Before I leave I ask whether he would let a grandson box. "⟦d:-|Would you?⟧" I press, when he doesn't answer.
He thinks for a long time. "⟦d:a|I'd let him,⟧" he says at last. "⟦d:a|I wouldn't watch.⟧"

### 012
@a Augustus Okwuosa | the drummer on more than 300 records
@b Lionel Featherstone | Bassist
Augustus Okwuosa, the drummer on more than 300 records, has led exactly two sessions under his own name. Everybody from Lagos to Leeds calls him ``⟦s:-|Gus⟧''.
``⟦d:a|I don't like being the boss. The boss has to talk to the accountant,⟧'' he says, stirring three sugars into a cup of tea at the Paragon Club on a wet afternoon.
Bassist Lionel Featherstone, who has played alongside him for thirty years, puts it differently. ``⟦d:b|Gus listens louder than anybody I ever played with,⟧'' he said. ``⟦d:b|You play a wrong note and he doesn't punish you. He makes it right by hitting something.⟧''
I asked Okwuosa about the 1987 session at Van Ryn Studios, the one the sleeve notes call ``⟦p:-|a controlled explosion⟧''.
``⟦d:-|Were you nervous that day?⟧''
``⟦d:a|Nervous? I was hungover,⟧'' he says. ``⟦d:a:m|The engineer had to wake me up for the second take. I was asleep under the piano. That's the take they used. Forty years later people write to me about the ride cymbal on that take, and I tell them the truth, which is that I don't remember playing it.⟧
``⟦d:a|Maybe that's the secret. Don't be there. Let your hands be there.⟧''
He is seventy-three and plays four nights a week. When I ask whether he has thought about stopping, he laughs for a long time. ``⟦d:a|Stop and do what? Gardening? I killed a cactus once,⟧'' he says.

### 013
@a Ayşe Karaoğlu | Turkish-born physicist
@b Emre Yalçın | her husband
@c The Aurelian Foundation | -
@d The University of Brenmoor | -
@e Lucía Ferrán | her former doctoral student
VELDHAVEN, Oct 4 (Continental Press) - Turkish-born physicist Ayşe Karaoğlu said on Wednesday she was "⟦p:a|still in my pyjamas and arguing with the coffee machine⟧" when she learned she had won this year's Aurelian Prize for her work on the slow flow of glass.
Her husband, Emre Yalçın, answered the call from the prize committee. "⟦d:b|I told them she was asleep and asked if they could call back later. They said no, they could not,⟧" he told Continental Press.
"⟦d:a|I thought it was my students playing a joke. They have done it before, with the Nobel,⟧" Karaoğlu, 64, said in a brief telephone interview. "⟦d:a|When the man started reading the citation in Latin, I understood my students are not so clever.⟧"
The Aurelian Foundation said in its citation that her experiments had "⟦p:c|transformed our understanding of how apparently solid things move⟧".
The University of Brenmoor, where she has worked since 1998, said: "⟦d:d|Professor Karaoğlu is the kind of scientist who makes everyone around her better, and occasionally more tired.⟧"
Her former doctoral student Lucía Ferrán, now a researcher at the Polytechnic of Ruvo, said Karaoğlu was famous in the department for insisting that every experiment be done three times.
"⟦d:e|We hated it. We called it the Karaoğlu tax,⟧" Ferrán said. "⟦d:e|Now I make my own students pay it.⟧"
The prize, worth 1.2 million euros, will be presented in December. Asked what she would do with the money, Karaoğlu said: "⟦d:a|Buy a better coffee machine. The rest, the lab.⟧"

### 014
@a Thu Hà Nguyễn | the chef and owner of Gạo
@b Mai Trần | her mother-in-law
@c - | The Evening Courant’s critic
@d Declan Rourke | her husband
At eleven in the morning, two hours before service, Thu Hà Nguyễn, the chef and owner of Gạo, is on her knees in the walk-in fridge, counting herbs.
“⟦d:a|Rau răm, Thai basil, perilla, coriander, sawtooth. If one of them is missing, the whole bowl is wrong and only I will know,⟧” she says. “⟦d:a|That’s the worst kind of wrong.⟧”
The restaurant, on a corner of Fenwick Parade that used to be a bookmaker’s, has been full most nights since The Evening Courant’s critic called its pho “⟦p:c|a bowl worth crossing the river for⟧” in the spring. Nguyễn has the review framed in the toilet.
“⟦d:a|Where else? Everyone goes there. Nobody reads it in the dining room,⟧” she says.
The stock is the job of her mother-in-law, Mai Trần, 72, who arrived from Huế four years ago to help with the baby and never left the kitchen. She starts the bones at five every morning and does not allow anyone else to touch the pot.
“⟦d:b|My son married a good cook,⟧” she says, in Vietnamese, which Nguyễn translates with a straight face. “⟦d:b|But her stock is too impatient. Like her.⟧”
“⟦d:a|She says that every day,⟧” Nguyễn says. “⟦d:a|Every day I say thank you.⟧”
Her husband, Declan Rourke, runs the front of house and mostly stays out of the kitchen. “⟦d:d|I’m Irish. I’m not going to get involved between two Vietnamese women and a pot of broth,⟧” he said. “⟦d:d|I value my life.⟧”

### 015
@a Dhananjaya Wickramasinghe | Sri Lanka captain
@b Graeme Vosloo | Head coach
@c - | one reporter
@d Yusuf Baig | the 22-year-old
GALLE, Feb 11 (Wireline) - Sri Lanka captain Dhananjaya Wickramasinghe said his side had "⟦p:a|no excuses at all⟧" after they were bowled out for 94 on the fourth day to lose the first Test by an innings and 61 runs.
"⟦d:a|We talked all week about batting time, and then we batted like we had a flight to catch,⟧" he told a news conference. "⟦d:a|That's not the pitch, that's not the toss. That's us.⟧"
"⟦d:c|Is this the worst day of your captaincy?⟧" one reporter asked.
Wickramasinghe smiled thinly. "⟦d:a|It's in the top one,⟧" he said.
Head coach Graeme Vosloo defended his top order, three of whom fell to catches in the slips inside the first hour.
"⟦d:b|I'm not going to hang anyone out to dry in public. We'll sit down tonight, we'll look at the footage, and then we'll be honest with each other in private,⟧" he said.
Yusuf Baig, who followed his first-innings century with five wickets, said he had not expected to bowl at all. "⟦d:d|The captain threw me the ball and said, 'Just land it.' So I landed it,⟧" the 22-year-old said. "⟦d:d|Maybe I should be a bowler.⟧"
The second Test starts in Kandy on Thursday.

### 016
@a Gwendolyn Pritchard | -
@b Eirlys | her eldest daughter
@c Megan | the younger
@d Siân Rowlands | the home’s manager
Gwendolyn Pritchard marked her 100th birthday at Tŷ Gwyn care home in Llanfaredd on Saturday with a cream tea, a glass of sherry and a card from the King.
“⟦d:a|When I was a girl you got a telegram. Now it’s a card. I suppose that’s progress,⟧” she said.
Born in a farmhouse above the village in 1924, she worked as a telephonist in Aberystwyth during the war and later ran the post office in Llanfaredd for 31 years.
“⟦d:b|Mam has outlived two doctors, three vicars and a Labour government,⟧” said her eldest daughter, Eirlys, 74. “⟦d:b|She’ll outlive the care home if they’re not careful.⟧”
Megan, 70, the younger, said her mother still did the Western Courier crossword every morning. “⟦d:c|In pen. She’s never used a pencil in her life. If she gets it wrong, she just writes over it harder,⟧” she said.
“⟦d:b|That’s not true,⟧” Eirlys said. “⟦d:b|She used a pencil in 1987. We don’t talk about it.⟧”
Asked the secret of a long life, Mrs Pritchard did not hesitate. “⟦d:a|Never marry a man who can’t make gravy,⟧” she said. “⟦d:a|My Huw could make gravy.⟧”
Siân Rowlands, the home’s manager, said staff had been rehearsing “⟦s:-|Calon Lân⟧” for a fortnight. “⟦d:d|She told us we were flat. She was right,⟧” she said.

### 017
@a Obinna Eze | professor of public finance at Marrow University
@b - | a minister
@c the statistics office | -
On this week's episode of "⟦s:-|Kitchen Table Economics⟧", host Dagny Solheim talks to Obinna Eze, professor of public finance at Marrow University, about why so few people believe the official inflation figures. Eze has described the consumer price index as "⟦p:a|a shopping basket nobody has ever carried⟧". This is an edited extract.
SOLHEIM: Let's start simply. Is inflation actually coming down?
EZE: On paper, yes. The rate of increase is slowing. But prices aren't falling, and people hear "⟦s:-|inflation is down⟧" and look at their receipt and think somebody is lying to them.
SOLHEIM: Is somebody lying to them?
EZE: No. But somebody is explaining it very badly. When I sat on the advisory panel, a minister said to me, "⟦d:b|Obinna, nobody votes on the index. They vote on the price of butter.⟧" He was right, and I was annoyed that he was right.
SOLHEIM: The statistics office says the index "⟦p:c|reflects the spending of a typical household⟧".
EZE: There is no typical household. I have been looking for one for twenty years. I once said on this very programme, "⟦d:a|If you find the typical household, send me their address,⟧" and a listener sent me her address. Lovely woman. Nothing typical about her.
SOLHEIM: What would you change?
EZE: Publish ten baskets instead of one. Pensioners, renters, families with small children. Let people find themselves in the numbers.

### 018
@a Rafael Ochoa-Lindqvist | the designer behind the label Nordsur
@b Teodor Brink | a former tailor's apprentice from Gävle
@c Celestine Abara | head of womenswear at Harcourt & Vane
The studio is above a tyre shop on the edge of Kvarnholmen. Rafael Ochoa-Lindqvist, the designer behind the label Nordsur, does not own a sewing machine.
"⟦d:a|I can't sew. I've never been able to sew. I draw, and I complain,⟧" he says.
The sewing, and most of the pattern cutting, is done by his husband, Teodor Brink, a former tailor's apprentice from Gävle, who is at the far end of the room pinning a coat onto a dummy.
"⟦d:b|He draws something impossible, I make it possible, and then he tells me it's not what he meant,⟧" Brink says, without looking up.
"⟦d:a|That's our marriage,⟧" says Ochoa-Lindqvist. "⟦d:a|That's every marriage, actually.⟧"
The 45-year-old was born in Valparaíso to a Chilean father and a Swedish mother and moved north at twelve. He dislikes the word "⟦s:-|minimalist⟧", which appears in almost every review of his work.
"⟦d:a|Minimalism is for people who are afraid of making a mistake. I make mistakes all the time. I just make them in grey,⟧" he says.
He picks up a half-finished sleeve. "⟦d:a|The thing about a coat,⟧" he says, turning it inside out, "⟦d:a|is that it's the only piece of clothing people see you arrive in. It's your first sentence.⟧"
"⟦d:b|He's been saying that for fifteen years,⟧" Brink says. "⟦d:b|It was my line.⟧"
Celestine Abara, head of womenswear at Harcourt & Vane, which has stocked Nordsur in London since 2019, said the label's sales had tripled in two years. "⟦d:c|Customers buy one piece and then they come back for the coat. It's always the coat,⟧" she said.

### 019
@a Parveen Qureshi | the longest-serving judge at Harlow Crown Court
@b Derek Oyelaran | her clerk for fifteen years
@c - | one barrister who has appeared before her many times
Parveen Qureshi, the longest-serving judge at Harlow Crown Court, has sent more than four thousand people to prison. She has kept, she tells me, a handwritten note of every one of their names.
“⟦d:a|Not to remember them. So that I can never pretend it was a number,⟧” she says. We are sitting in her chambers, half of which is already in boxes.
She retires on Friday, at the mandatory age of 75, after 22 years on the bench.
“⟦d:-|Did you ever get a sentence wrong?⟧” I ask.
“⟦d:a|Certainly. Anybody who tells you they haven’t is lying, or hasn’t been paying attention,⟧” she says. “⟦d:a|The law gives you a range. Inside that range you are one human being making a guess about another. Sometimes you guess badly.⟧”
She is known at the Bar for plain speaking. In 2014 she told a burglar who had fallen asleep on the sofa of the house he was robbing that he was “⟦p:a|a danger mainly to himself and to the soft furnishings⟧”.
“⟦d:a|That got into the papers. My mother cut it out and stuck it on the fridge, which I thought was a bit much,⟧” she says.
Derek Oyelaran, her clerk for fifteen years, says she has never once been late. “⟦d:b|Not once. Snow, strikes, her own hip operation. She came in on crutches and sentenced a man for arson,⟧” he says.
One barrister who has appeared before her many times, and who asked not to be named because he is still in her court until Friday, was blunter. “⟦d:c|She is terrifying and completely fair. You would rather lose in front of her than win in front of most of them,⟧” he said.
And afterwards? “⟦d:a|I shall learn Punjabi properly. My grandchildren laugh at my accent,⟧” she says.

### 020
@a Bronwyn McAllister | the 52-year-old
@b Libby Kahukura | Country Hour presenter
@c Tane Whaanga | a dairy farmer two kilometres down the road
@d The Ministry of Rural Affairs | -
Bronwyn McAllister farms 400 hectares of sheep and beef country on the Waimarie Flats. The 52-year-old has not seen meaningful rain since October.
"⟦d:a|We're feeding out in January. You don't feed out in January. My father never fed out in January in his life,⟧" she told Country Hour presenter Libby Kahukura on Monday.
"⟦d:b|How long can you keep going like this?⟧" Kahukura asked.
"⟦d:a|Honestly? Six weeks. Then I start making phone calls I don't want to make.⟧"
McAllister said she had already sold a third of her ewes at what she called "⟦p:a|giveaway prices⟧" to buyers from the south.
"⟦d:b|Do you feel the people in the capital understand what's happening out here?⟧"
"⟦d:a|The ministry rang me once. They asked me to fill in a form about how I was feeling. I wrote, 'Dry.'⟧"
Tane Whaanga, a dairy farmer two kilometres down the road, said the township was feeling it too. "⟦d:c|When the farms stop spending, the garage stops, the pub stops, the school loses a teacher. It's one long line of dominoes,⟧" he said.
"⟦d:c|We look after each other out here. But you can't look after each other out of a drought.⟧"
The Ministry of Rural Affairs said it was "⟦p:d|monitoring the situation closely⟧" and that a drought classification could be made "⟦p:d|within days if conditions do not improve⟧".

### 021
@a Meseret Hailu | the 24-year-old
@b Almaz | her elder sister
@c Girma Desta | their coach
@d Philippa Gaunt | Race director
Meseret Hailu crossed the line in 2:19:48, tore off her cap and knelt on the tarmac of Raventhorpe's Castle Street for almost a minute. The 24-year-old had just broken a course record that had stood for fourteen years.
“⟦d:a|Egziabher yimesgen,⟧” she said in Amharic when she finally stood up — “⟦d:a|Thank God.⟧”
Speaking through an interpreter at the finish, Hailu said she had not planned to go so early. “⟦d:a|At thirty kilometres my legs told me: now. I am not clever enough to argue with my legs,⟧” she said.
Her elder sister, Almaz, who finished ninth, was waiting for her behind the barriers with a flag around her shoulders.
“⟦d:b|I told her at twenty kilometres, ‘Go, don’t wait for me.’ She didn’t wait. She never waits,⟧” Almaz said, laughing. “⟦d:b|Since she was six years old, she runs to school, I walk.⟧”
The sisters grew up in a farming village outside Bekoji and are coached by Girma Desta, who has trained them since they were teenagers.
“⟦d:c|Meseret runs with her heart and Almaz runs with her head. One day they will swap, and then nobody will beat them,⟧” their coach said.
Race director Philippa Gaunt called the run “⟦p:d|one for the ages⟧”. “⟦d:d|We had the champagne on ice for a course record. We didn’t think we would need it this year,⟧” she said.

### 022
@a Kazimierz Wolny | -
@b Amira Haddad | the gallery's chief curator
@c Hedda Lindgren | the critic who wrote it
The first room of the Kestrel Gallery's retrospective is almost all brown. Kazimierz Wolny, who is 79 and walks with a stick he does not seem to need, stands in the middle of it and laughs.
"⟦d:a|Look at it. Mud. Forty canvases of mud,⟧" he says. "⟦d:a|I was poor, and brown was the cheapest paint in Kraków.⟧"
A 1978 review famously described these early works as "⟦p:c|muddy, angry and almost unbearably sad⟧". The phrase followed him for a decade.
"⟦d:a|Two of those three words were true,⟧" Wolny says. "⟦d:a|I was never angry. I was hungry. From outside they look the same.⟧"
Amira Haddad, the gallery's chief curator, spent four years tracking down the paintings, some of which had been in a garage in Gdynia since the 1980s. "⟦d:b|One of them had a bicycle leaning against it for thirty years. You can still see the mark of the pedal,⟧" she said. "⟦d:b|We decided not to restore it. It's part of the story now.⟧"
The critic who wrote it, Hedda Lindgren, is now 88 and came to the opening on Thursday night. She was unrepentant.
"⟦d:c|I stand by every word, including 'angry',⟧" she told me over a glass of warm white wine. "⟦d:c|But I would add a fourth: 'necessary'.⟧"
Wolny, told of this, raised his glass across the room. "⟦d:a|She was always the best of them,⟧" he said. "⟦d:a|She was wrong, but she was the best.⟧"

### 023
@a Rosa | the grandmother
@b Fátima | Inês's mother
@c Inês | the new skipper
@d Manuel Esteves | the harbour master
In the kitchen of a blue-tiled house above the harbour at Vila Seca, three generations of Calado women are arguing about a boat.
“⟦d:a|My mother mended nets. I sold fish on the beach. And this one wants to drive the thing,⟧” said Rosa, 81, the grandmother, pointing her walking stick at her granddaughter.
“⟦d:b|She’s been saying ‘this one’ for three weeks. She knows your name, Mãe,⟧” said Fátima, 56, Inês's mother, who ran the family’s fish stall for thirty years.
Inês, 27, last month became the first woman in Vila Seca to hold a skipper’s licence, and next week takes charge of the Estrela do Mar, the 14-metre trawler her late grandfather built.
“⟦d:c|Everybody keeps asking me if it’s hard being a woman on a boat. It’s hard being anybody on a boat. The sea doesn’t check,⟧” the new skipper said.
Her grandmother has not yet agreed to go out with her. “⟦d:a|I will go when she has brought it back a hundred times,⟧” Rosa said. “⟦d:a|Ninety-nine is not enough.⟧”
Fátima, for her part, admits she cried when the licence came through. “⟦d:b|Not because I was worried. Well, a little. Because my father would have been so angry and so proud at the same time,⟧” she said.
Manuel Esteves, the harbour master, said the port had “⟦p:d|waited too long for this⟧”. “⟦d:d|She knows the bar at the harbour mouth better than half the men here. I’ve told them that. They didn’t like it,⟧” he said.

### 024
@a Jade-Marie Okonkwo | reality star
@b - | a source close to the star
@c Chantelle Reeves | pal
@d Liam Gatward | her ex-boyfriend
@e - | a spokesperson for the show
REALITY star Jade-Marie Okonkwo has QUIT "⟦s:-|Villa Loca⟧" after just nine days, telling pals she "⟦p:a|couldn't breathe⟧" in the house.
The 27-year-old beautician from Dagenham walked out of the Tenerife villa in the early hours of Tuesday morning after a row over a stolen hair straightener.
"⟦d:b|She's absolutely gutted but she had to put herself first,⟧" a source close to the star told us. "⟦d:b|It wasn't about the straighteners. The straighteners were the last straw.⟧"
Jade-Marie later posted a video on Instagram, in which she said: "⟦d:a|Babes, I'm fine. I'm more than fine. I just wasn't going to be mugged off on national telly.⟧"
Pal Chantelle Reeves, 29, who went to school with her, said: "⟦d:c|That's Jade all over. She doesn't do drama, she ends it.⟧"
Her ex-boyfriend Liam Gatward, who she famously dumped live on the show's 2022 reunion, couldn't resist a dig. He wrote on X: "⟦d:d|Nine days is a personal best tbh.⟧"
A spokesperson for the show said contestants were "⟦p:e|free to leave at any time⟧" and that Jade-Marie had been offered "⟦p:e|full aftercare⟧".

### 025
@a Prudence Achterberg | -
@b Osmund Pike | the puzzles editor
@c - | one man
@d Gerrit | my husband
Prudence Achterberg has set the Saturday cryptic in the Northern Ledger for 31 years under the pseudonym "⟦s:-|Pangloss⟧". Her 2,000th puzzle appears this weekend. She insists: "⟦d:a|I'm not clever. I'm stubborn, which looks the same from a distance.⟧"
**How did you start setting?**
By complaining. I wrote to the paper in 1992 to say one of their clues was unfair, and the puzzles editor, a terrifying man called Osmund Pike, wrote back: "⟦d:b|If you are so clever, send me one.⟧" So I sent him one. Then I sent him fifty.
**What makes a good clue?**
The groan. If the solver groans, I've done my job. If they swear, I've overdone it.
**Is there one you regret?**
"⟦s:-|Bird, one with a kind of beak, initially silly (5)⟧". I had eleven hundred letters. One man wrote, "⟦d:c|Madam, I have done this puzzle since the Suez crisis and you have ruined my weekend.⟧" I had it framed.
**Do you solve other people's puzzles?**
Every morning. My husband, Gerrit, used to time me with an egg timer. He'd say, "⟦d:d|Four minutes, Pru. You're slowing down.⟧" He was the only person alive allowed to say that.
**Will you ever retire Pangloss?**
When I can't finish my own puzzle. Some Saturdays that's closer than you'd think.

### 026
@a Amadou Diallo-Brandt | the first-term mayor of Wexley
@b Doreen | -
@c - | his opponent
@d Rochelle Mbeki | his chief of staff
Amadou Diallo-Brandt, the first-term mayor of Wexley, eats breakfast at the Bluebird Diner on Route 9 every Thursday at 6:45. He has invited me along on one condition: that I do not order the pancakes.
"⟦d:a|They're a trap. You eat them, you need a nap by ten, and then I get blamed for the potholes,⟧" he says.
Doreen, who has worked the counter for thirty years, pours his coffee without being asked. "⟦d:b|He tips okay. Better than the last one,⟧" she says. "⟦d:b|The last one didn't tip. He said it was an ethics thing.⟧"
The 39-year-old won last November by 212 votes, the narrowest margin in the city's history, after a campaign in which his opponent dismissed him as "⟦p:c|a kid with a clipboard⟧".
"⟦d:a|I still have the clipboard. It's in my office. I use it,⟧" Diallo-Brandt says.
I ask about the budget hole, $14 million and counting. He puts his fork down.
"⟦d:a|Here's the honest answer, and Rochelle is going to kick me under the table for it,⟧" he says, nodding at his chief of staff, Rochelle Mbeki, who has joined us with a laptop. "⟦d:a|We're going to have to close something. I don't know what yet. Anybody who tells you they can find fourteen million without closing something is running for office, not running a city.⟧"
"⟦d:d|I'm not kicking him,⟧" Mbeki says. "⟦d:d|I'm writing it down.⟧"
"⟦d:-|Will you run again?⟧" I ask.
"⟦d:a|Ask me after the budget,⟧" he says, and finally orders the pancakes.

### 027
@a Ishaan Raghunathan | the 12-year-old
@b Pavel Dolgikh | Grandmaster
@c Suresh Raghunathan | a software tester
@d - | one journalist
@e The Northern Chess Federation | -
HALVERSTAD, Aug 9 (Continental Press) — Ishaan Raghunathan became the youngest player to win the Halverstad Open on Sunday, beating three grandmasters in the last four rounds. The 12-year-old finished half a point clear of a field of 240.
“⟦d:a|I was nervous for the first move and then I forgot to be nervous,⟧” he told reporters, his feet not quite reaching the floor from the tournament chair.
Grandmaster Pavel Dolgikh, who lost to him in the seventh round, was gracious in defeat. “⟦d:b|He plays like a computer with a sense of humour,⟧” Dolgikh said. “⟦d:b|I resigned because I was tired of being embarrassed.⟧”
His father, Suresh Raghunathan, a software tester, said the family had “⟦p:c|no grand plan⟧” beyond keeping his son in school. “⟦d:c|He has maths homework due on Tuesday. The grandmasters can wait. His teacher cannot,⟧” he said.
“⟦d:d|Did you celebrate last night?⟧” one journalist asked.
“⟦d:a|I had a milkshake,⟧” Ishaan said. “⟦d:a|Chocolate. Actually, two.⟧”
The Northern Chess Federation said in a statement that the result was “⟦p:e|a remarkable achievement for a player of any age⟧”.

### 028
@a Park Ji-ho | captain of the Rivermouth Ravens
@b Naledi Mokoena | caster
@c Mikkel Aagaard | the team's head coach
@d Ramón Iturbe | support player
Park Ji-ho, captain of the Rivermouth Ravens, had barely taken off his headset after Sunday's grand final when caster Naledi Mokoena pushed a microphone towards him on stage.
"⟦d:b|Ji-ho, you were two rounds from elimination on the first map. What did you say to the team?⟧" she asked.
"⟦d:a|Honestly, nothing smart. I said, 'We've lost worse,' which is true. We have lost so much worse,⟧" the 21-year-old said, to laughter from the arena.
The Ravens came back from 0-2 down to win the best-of-five series 3-2 and take the $400,000 first prize, their first international title.
"⟦d:b|Who was the player of the series for you?⟧"
"⟦d:a|Ramón. Every time. Nobody watches support players, so I want everybody to watch him now.⟧"
Support player Ramón Iturbe, who competes under the handle "⟦s:-|Tilde⟧", said he had slept four hours in three days. "⟦d:d|I'm going to sleep for a week and then I'm going to call my mum,⟧" the Mexican said. "⟦d:d|Maybe the other way round.⟧"
Mikkel Aagaard, the team's head coach, said the squad had spent the previous night "⟦p:c|watching old losses, on purpose⟧".
"⟦d:c|It sounds mad. But if you've already seen the worst version of yourself, you stop being scared of it,⟧" he said.

### 029
@a Comfort Boateng | a ward sister at St Brennan’s Hospital
@b Joanne Pike | Staff nurse
@c Harriet Osei | ward manager
@d Lorraine Tully | one former patient’s daughter
After 41 years, 9,000-odd night shifts and, by her own estimate, “⟦p:a|a swimming pool of tea⟧”, Comfort Boateng, a ward sister at St Brennan’s Hospital, hung up her tunic on Friday.
“⟦d:a|I came for one year. I was going to go back to Kumasi and marry a lawyer. The lawyer is still waiting,⟧” she said, to laughter from the forty or so colleagues squeezed into the day room on Ward 7.
Staff nurse Joanne Pike, who trained under her, said Sister Boateng had a rule for every situation. “⟦d:b|‘Hands washed, kettle on, then panic.’ That was the main one,⟧” she said. “⟦d:b|I’ve never once seen her panic, so I don’t think she ever got to step three.⟧”
The ward manager, Harriet Osei, said she had tried three times to persuade her to stay on part-time. “⟦d:c|She said no three times. She said it nicely, but she said it,⟧” she said.
One former patient’s daughter, Lorraine Tully, had travelled from Carlisle with a card. Her father spent six weeks on the ward in 2019 and died there.
“⟦d:d|She sat with him at four in the morning when none of us could get there. She held his hand and sang to him in a language he didn’t speak. He told me it was the best night of the whole six weeks,⟧” Tully said.
Boateng, 63, was lost for words for the only time that afternoon. Then she recovered. “⟦d:a|Right. Who’s putting the kettle on?⟧” she said.

### 030
@a Dejan Marković | the 6ft 9in forward
@b Tyrell Johnson-Abiola | the Harbourside Hawks coach
@c Kwesi Mensah | point guard
Dejan Marković scored 34 points and grabbed 11 rebounds as the Harbourside Hawks beat Calder City 101-94 on Saturday to level their semi-final series at 2-2. The 6ft 9in forward had scored only 19 in the previous three games combined.
"⟦d:a|I stopped passing to people who didn't want the ball,⟧" Marković said, then caught himself. "⟦d:a|That came out wrong. I stopped passing when I was open. Better?⟧"
Tyrell Johnson-Abiola, the Harbourside Hawks coach, said he had told the Serbian on Friday that he was "⟦p:b|too polite for the playoffs⟧".
"⟦d:b|He's the nicest man in the building and it was killing us. I told him, go be rude for forty minutes, then you can apologise on the bus,⟧" Johnson-Abiola said.
Point guard Kwesi Mensah, who had 12 assists, said the whole bench had been waiting for it. "⟦d:c|We've seen him do this in practice every day for a year. He just never brought it on a Saturday,⟧" Mensah said.
"⟦d:c|Did he apologise on the bus?⟧" Mensah asked, when the question was relayed. "⟦d:c|He apologised to the ball.⟧"
Game five is in Calder City on Tuesday.

### 031
@a Tomás Villalobos | -
@b Andrés | his younger brother
@c Hollie Fenwick | a volunteer genealogist who helps Chilean adoptees trace their birth families
@d - | one woman in the crowd
The last time Tomás Villalobos saw his younger brother Andrés, they were four and two, and a woman from the children's home in Osorno was carrying the smaller boy to a car.
Forty-four years later the two men stood at the arrivals gate of Santiago airport on Wednesday, both crying, neither able to speak the other's language well.
"⟦d:a|I knew him immediately. He walks like my father. He even scratches his ear like my father,⟧" said Tomás, now 48, through his daughter, who translated.
Andrés was adopted at two by a couple in Shropshire and grew up believing he had no living relatives. He began searching in 2020 after a DNA test, bought as a joke for his 40th birthday, matched him with a second cousin in Valparaíso.
"⟦d:b|I'd filled in a form saying 'Family history: unknown' my whole life. Every doctor, every insurance form. Now I've got a brother, four nieces and about sixty cousins,⟧" he said. "⟦d:b|I'm going to need a bigger Christmas card list.⟧"
The match was pieced together by Hollie Fenwick, a volunteer genealogist who helps Chilean adoptees trace their birth families.
"⟦d:c|This one took three years and a lot of very patient people in very small parish offices,⟧" she said. "⟦d:c|Most of my cases don't end at an airport. This one did, and I cried more than they did.⟧"
As the brothers embraced a second time, one woman in the crowd called out, "⟦d:d|¡Bienvenido a casa!⟧" — "⟦d:d|Welcome home!⟧"
"⟦d:b|That was the best bit,⟧" Andrés said afterwards. "⟦d:b|I didn't even need it translated.⟧"

### 032
@a Graziella Monteleone | the 67-year-old novelist
@b Owen Pritchett-Lloyd | her English translator
Graziella Monteleone orders a second espresso before the first has arrived. The 67-year-old novelist has been up since four, she says, because «⟦p:a|the book wakes up before I do⟧».
Her ninth novel, «⟦s:-|La casa dei venti⟧», published in English this month as «⟦s:-|The House of Winds⟧», has sold 400,000 copies in Italy and been adapted for television.
«⟦d:a|Scrivo per non impazzire,⟧» she says, and then, in careful English: «⟦d:a|I write so that I don't go mad. It doesn't always work.⟧»
We are in a café under the arcades of Via Po in Turin, a city she has lived in for forty years and, she claims, never once liked. «⟦d:a|Turin is a city for people who don't want to be looked at. That's why I stay,⟧» she says.
«⟦d:-|Do you read your books in translation?⟧» I ask.
«⟦d:a|Never. It's like hearing a recording of your own voice. You know it's you, and you hate it.⟧»
Her English translator, Owen Pritchett-Lloyd, who has worked on all nine novels, takes this in good part. «⟦d:b|She says that to me every time. Then she sends me forty pages of notes on the commas,⟧» he told me by phone from Swansea.
«⟦d:b:m|Graziella's sentences are like the arcades in Turin. They go on much longer than you expect, and they keep you dry.⟧
«⟦d:b|My job is not to let the rain in.⟧»
When I read this to her, Monteleone is briefly silent. «⟦d:a|Owen is too kind. He is Welsh. They are all too kind, and then they beat you at rugby,⟧» she says.

### 033
@a Gareth Nwosu | presenter
@b Sheila | the first caller put through
@c Mo | a retired lorry driver from Pellham
@d Kettlebury Borough Council | -
@e - | another caller
Listeners to BRK Radio Fenland’s “⟦s:-|Drive Time⟧” jammed the switchboard on Wednesday after Kettlebury Borough Council confirmed that black-bin collections would move to every three weeks from April.
“⟦d:b|Three weeks! Have they smelt a nappy bin after three weeks in July?⟧” asked Sheila, from Kettlebury, the first caller put through.
Presenter Gareth Nwosu asked whether she had tried the council’s new food-waste caddies.
“⟦d:b|Gareth, love, I’ve got four grandchildren living with me. I could fill the caddy before breakfast.⟧”
Mo, a retired lorry driver from Pellham, took a different view. “⟦d:c|I did bins for nine years before I did lorries. People have no idea what goes in them. Half of it should never be in there. Three weeks might teach them,⟧” he said.
“⟦d:a|So you’re on the council’s side, Mo?⟧” Nwosu asked.
“⟦d:c|I’m on the binmen’s side. Always have been.⟧”
Another caller, who did not give a name, said simply: “⟦d:e|Foxes. That’s all I’ll say. Foxes.⟧”
In a statement, Kettlebury Borough Council said the change would save £1.1m a year and was “⟦p:d|in line with neighbouring authorities⟧”. “⟦d:d|We know change can be difficult, and we will be supporting residents every step of the way,⟧” it said.

### 034
@a Tariq Al-Mansouri | the founder of Lumen Ledger
@b Noor Haddadin | his former co-founder
@c - | one early investor
@d Lumen Ledger | -
Tariq Al-Mansouri, the founder of Lumen Ledger, keeps a whiteboard in his office with a single number on it, rubbed out and rewritten every Monday: the number of weeks the company has left before it runs out of cash.
"⟦d:a|It was eleven once. Now it's 140. I still look at it every morning like it's eleven,⟧" he says.
Lumen Ledger makes accounting software for small mosques, churches and community halls, "⟦p:a|the organisations nobody in fintech thinks of as customers⟧", as Al-Mansouri puts it.
He founded the company in 2017 in a shared flat in Amman with his former co-founder, Noor Haddadin, who left in 2021 after a long disagreement about whether to take venture capital.
"⟦d:b|Tariq wanted to grow. I wanted to sleep,⟧" Haddadin said by phone from Berlin, where she now runs a design studio. "⟦d:b|We were both right, which is the worst kind of argument.⟧"
"⟦d:a|I think about that conversation every week,⟧" Al-Mansouri says, when I relay this. "⟦d:a|She was right that it would cost us. I was right that we'd die without it. Neither of us was right about how much it would hurt.⟧"
One early investor, who asked not to be named because he still holds shares, described Al-Mansouri as "⟦p:c|stubborn to the point of comedy⟧". "⟦d:c|He once turned down a term sheet because they spelled his name wrong. Twice,⟧" the investor said.
In a statement, Lumen Ledger said it had "⟦p:d|never been in a stronger position⟧" and would announce new funding in the spring.
"⟦d:a|I don't want to be a unicorn,⟧" Al-Mansouri says as I leave. "⟦d:a|I want to be a horse. Horses do actual work.⟧"

### 035
@a Saoirse Delaney | singer of the Harrowgate band Pale Estate
@b Funmi Adebayo | bassist
@c Britt Solvang | drummer
@d - | one reviewer
Saoirse Delaney, singer of the Harrowgate band Pale Estate, has a theory about second albums. “⟦d:a|Everyone says the second album is hard because you’ve used up all your songs. That’s not it. It’s hard because now people are listening,⟧” she says.
Pale Estate’s debut, “⟦s:-|Small Hours in a Big House⟧”, sold modestly and then, two years later, turned up on the soundtrack of a streaming drama and went to number four. One reviewer called it “⟦p:d|the sound of a wet bus shelter falling in love⟧”.
“⟦d:c|We put that on a T-shirt,⟧” says drummer Britt Solvang, who is Norwegian and sits cross-legged on the rehearsal-room sofa eating cereal out of a mug. “⟦d:c|It sold better than the album.⟧”
Bassist Funmi Adebayo, who writes most of the music, is the quiet one, or pretends to be. “⟦d:b|Saoirse does the words and the talking. Britt does the jokes. I do the spreadsheet,⟧” she says. “⟦d:b|Someone has to know how much the van costs.⟧”
The new record, “⟦s:-|Aftershine⟧”, was made in eleven days in a converted chapel in County Clare. Delaney calls it “⟦p:a|louder, angrier, and somehow sadder⟧”.
“⟦d:a|I wrote most of it the year my dad was ill. I didn’t mean to. I’d sit down to write about anything else and he’d walk into the song,⟧” she says.
Adebayo looks over at her. “⟦d:b|She played us the last track once and then left the room,⟧” she says quietly. “⟦d:b|We just sat there. Britt stopped eating, which never happens.⟧”
“⟦d:c|It’s true,⟧” Solvang says. “⟦d:c|I put the spoon down.⟧”

### 036
@a Juan Esteban Rojas | the Colombian
@b Luc Vanhoutte | sports director of Équipe Gravelle
@c Jonas Kristiansen | the race leader
COL DU RASSIER, France, July 14 (Wireline) - Juan Esteban Rojas attacked with four kilometres to go on the final climb and held off the favourites to win the 15th stage of the Tour on Monday. The Colombian, riding his first Tour at 23, crossed the line alone, pointing at a hand-painted "⟦s:-|ALLEZ JUANES⟧" on the tarmac.
"⟦d:a|My uncle painted that last night. He drove eleven hours from Girona with a paint pot in the car,⟧" Rojas said. "⟦d:a|I saw it and I thought, I can't lose in front of my uncle's painting.⟧"
Luc Vanhoutte, sports director of Équipe Gravelle, said the attack had not been planned. "⟦d:b|We told him to wait for the last kilometre. He waited for about ten seconds,⟧" the Belgian said. "⟦d:b|Sometimes the best instruction is the one they ignore.⟧"
Jonas Kristiansen, the race leader, kept the yellow jersey with a 1:12 lead. "⟦d:c|He was too strong today. I wasn't going to chase a kid who isn't dangerous on GC and kill my legs for tomorrow,⟧" the Dane said.
Told that Kristiansen had called him "⟦p:c|a kid who isn't dangerous⟧", Rojas grinned. "⟦d:a|That's fine. He can say that for one more year,⟧" he said.

### 037
@a Iwan Griffiths | Coxswain
@b Rhodri Evans | crew member
@c Dafydd | his brother
@d Tom Haverford | the kayaker
When the pagers went off at 2.14am on Sunday, Rhodri Evans and his brother Dafydd were both asleep in the same house in Porth Ysgo, so they drove to the lifeboat station in one car.
“⟦d:b|We argued about who was driving the whole way down the hill,⟧” said crew member Rhodri Evans, 24. “⟦d:b|It’s a two-minute drive. We argued for two minutes.⟧”
Within eleven minutes of the call, the station’s Atlantic 85 had launched into a force six to search for a kayaker reported missing off Trwyn Du.
Coxswain Iwan Griffiths, who has served on the crew for 26 years, said conditions were “⟦p:a|about as bad as you’d want to go out in at night⟧”.
“⟦d:a|We found him by his head torch. He’d had the sense to keep it on and keep waving it. That’s what saved him, not us,⟧” he said.
Dafydd, 19, who only passed out as a full crew member in May, was the one who spotted the light. “⟦d:c|I thought it was a star at first. Then the star waved,⟧” he said.
The kayaker, Tom Haverford, 34, from Shrewsbury, was treated for hypothermia at Ysbyty Gwynedd and discharged on Monday. “⟦d:d|I’m an idiot, and those lads are heroes, and I’m going to be giving the RNLI money for the rest of my life,⟧” he said. “⟦d:d|Both of those things are true.⟧”
“⟦d:b|Tell him he owes us breakfast as well,⟧” Rhodri said.

### 038
@a Ingrid Bjørnstad | Glaciologist
@b Halvor Lund | my first supervisor
@c - | the tourists
Glaciologist Ingrid Bjørnstad has spent thirty summers measuring the Kvitbreen glacier in western Norway, which has retreated 1.4 kilometres since she first walked on it in 1994. She calls it "⟦p:a|my oldest patient⟧". We spoke by video link from her field hut; the conversation has been condensed.
Q: What does a day on the ice look like?
A: Mostly walking and swearing. We have 48 stakes drilled into the glacier. I visit every one and measure how much of it is sticking out. The more stake you can see, the worse the news.
Q: Who taught you to do this?
A: My first supervisor, Halvor Lund, told me on my first day, "⟦d:b|Measure everything, believe nothing, and never trust a snow bridge after lunch.⟧" I have kept two of those three rules.
Q: How has the valley changed?
A: The tourist board put up a sign in 2005 that says "⟦s:-|Glacier viewpoint⟧". Now the tourists stand beside it and ask, "⟦d:c|Where is the glacier?⟧" We are thinking of adding an arrow, and a very long footnote.
Q: Are you hopeful?
A: I'm a scientist. Hope is not my department. But every year I tell my students, "⟦d:a|Don't measure it so you can cry over it. Measure it so that nobody can ever say they didn't know.⟧"

### 039
@a Priyanka Ramdeen | comedian
@b Fergal Doyle | her co-host
@c Lekan Bankole | a former A&E doctor turned stand-up
On the latest episode of the podcast "⟦s:-|Two Lies and a Truth⟧", comedian Priyanka Ramdeen and her co-host, Fergal Doyle, asked their guest, Lekan Bankole, a former A&E doctor turned stand-up, the question he says he gets asked "⟦p:c|at every single gig, usually by a nurse⟧".
"⟦d:a|So what actually made you quit medicine?⟧" Ramdeen asked.
"⟦d:c|A man came in at three in the morning with a teaspoon stuck somewhere I won't describe on a family podcast, and I laughed. Not a little bit. I had to leave the cubicle,⟧" Bankole said. "⟦d:c|And I thought, either I'm in the wrong job or I'm in exactly the right job and it's a different one.⟧"
"⟦d:b|That's not a reason to quit. That's a reason to write it down,⟧" said Doyle.
"⟦d:c|That's what I did. It's the first five minutes of my show.⟧"
Bankole, 36, worked as an emergency doctor in Leicester for seven years. His parents, he said, have still not fully forgiven him.
"⟦d:c|My mum tells people I'm 'on a break from medicine'. It's been six years. It's the longest break in history,⟧" he said.
"⟦d:a|Does she come to the shows?⟧"
"⟦d:c|Front row. Every time. She heckles me with medical corrections.⟧"

### 040
@a Desmond Fairweather | -
@b Ottilie | a retired stage manager
@c - | the maître d'
Sir Desmond Fairweather arrives at the Garrick Rooms twenty minutes early, which he says is the only habit from his national service he has kept. He is 84, has played Lear four times and Falstaff twice, and greets the maître d' by his first name.
“⟦d:c|Your usual table, Sir Desmond. I have hidden the bread from you, as instructed,⟧” the maître d' says.
“⟦d:a|My wife’s instructions, not mine. I want it noted that I am being persecuted,⟧” Fairweather says to me, sitting down heavily.
I ask about the first time he stood on a stage. He puts down his menu.
“⟦d:a:m|Bexhill, 1957. A church hall. I was a spear carrier in ‘Julius Caesar’, and I had one line, which was ‘My lord’, and I said it to the wrong lord.⟧
“⟦d:a:m|The man playing Brutus, who was a dentist in real life, turned round and said ‘Not me, you idiot,’ loud enough for the front three rows. It got the biggest laugh of the night.⟧
“⟦d:a|I’ve been chasing that laugh for sixty-seven years.⟧”
“⟦d:-|Do you still get stage fright?⟧” I ask.
“⟦d:a|Worse every year. Anyone who says they don’t is either lying or should be doing something else,⟧” he says.
His wife, Ottilie, a retired stage manager, joins us for coffee, and retrieves the bread basket from beside his elbow without comment.
“⟦d:b|He told you about Bexhill,⟧” she says. It is not a question. “⟦d:b|Every interviewer gets Bexhill. I was there, you know. He said it to the right lord. He’s been improving it for sixty years.⟧”
Fairweather looks wounded, then delighted. “⟦d:a|That,⟧” he says, “⟦d:a|is what acting is.⟧”

### 041
@a Yolanda Ferreira-Obi | headteacher of Marshgate Primary
@b - | one pupil
@c - | a ten-year-old with a gap in her front teeth
@d Marcus Thornley | Chair of governors
@e - | a spokesperson for the Department of Schools
Eighteen months after Marshgate Primary stopped setting homework for its 420 pupils, Yolanda Ferreira-Obi, headteacher of Marshgate Primary, says she has had exactly one complaint.
"⟦d:a|It was from a grandfather who said he'd enjoyed doing the maths homework himself. I offered him a worksheet. He took it,⟧" she said.
Reading scores at the school have risen for the second year running, although Ferreira-Obi is careful not to claim credit for the change. "⟦d:a|I'm not going to tell you no homework made them better readers. I'll tell you it didn't make them worse, and the families are a lot less cross at teatime,⟧" she said.
Pupils were less measured. "⟦d:b|It's the best thing that's ever happened in this school,⟧" said one pupil, aged nine, who is saving the evenings for football.
Another, a ten-year-old with a gap in her front teeth, disagreed. "⟦d:c|I liked homework. I was good at it,⟧" she said. "⟦d:c|Now I just do my brother's.⟧"
Chair of governors Marcus Thornley said the board had been "⟦p:d|nervous, frankly⟧" when the policy was proposed. "⟦d:d|We asked for the evidence and there wasn't much either way. So we thought, let's be the evidence,⟧" he said.
A spokesperson for the Department of Schools said homework policy was "⟦p:e|a matter for individual schools⟧".

### 042
@a Hamish MacAulay | -
@b Euan | his elder son
@c Calum | his younger son
@d Highland Breeze Renewables | the developer
Hamish MacAulay has farmed the hill ground above Loch Shiel for fifty-one years. His elder son, Euan, wants him to sign the lease for eleven wind turbines on the high pasture. His younger son, Calum, would rather lie down in front of the bulldozers.
They all agree on one thing: they have not had a quiet Sunday lunch since March.
“⟦d:b|Dad’s 71. The sheep are losing money every year. This is forty thousand pounds a year for twenty-five years, for doing nothing. I don’t see the argument,⟧” Euan, 44, said.
“⟦d:c|The argument is that it’s our hill,⟧” said Calum, 41, who runs the flock with his father. “⟦d:c|You can’t eat forty thousand pounds. Well, you can. But you can’t look at it from the kitchen window.⟧”
Their father sat between them at the kitchen table, saying nothing for a long time.
“⟦d:a|My own father put the first fences on that hill with his hands,⟧” he said eventually. “⟦d:a|He’d have called the turbines a blight. Then he’d have signed, because he was never sentimental about money. I don’t know which of my boys takes after him. Probably both.⟧”
Highland Breeze Renewables, the developer, said the scheme would power 30,000 homes and that it was “⟦p:d|committed to working with the family at their own pace⟧”.
“⟦d:c|Their pace is fast,⟧” Calum said. “⟦d:c|Ours is the speed of a sheep.⟧”
“⟦d:b|Sheep run quite fast when they want to,⟧” said Euan.

### 043
@a Leilani Kahananui | a former Olympic silver medallist
@b Noelani | her mother
@c Sinéad Ryan-Kealoha | a former Irish international who moved to Hawaii in 2009
Two years ago Leilani Kahananui, a former Olympic silver medallist, could not get out of bed, let alone into a pool. On Saturday she won the 200m butterfly at the national championships in Honolulu in a personal best.
"⟦d:a|I want to be honest about it, because nobody was honest with me. I was depressed. Properly. I didn't swim for fourteen months and some days I didn't shower,⟧" the 29-year-old said after the race.
"⟦d:a:m|What got me back wasn't a plan. It was my mum bringing me a coffee every morning and leaving it outside the door, even when I didn't drink it.⟧
"⟦d:a|After about three months I started drinking it. Then I started opening the door.⟧"
Her mother, Noelani, who used to drive her to the pool at five every morning for ten years, was in the stands. "⟦d:b|I didn't say anything about swimming. Not once. I just made the coffee,⟧" she said. "⟦d:b|When she asked me to drive her to the pool again, I had to pull over on the way because I couldn't see through the crying.⟧"
Her coach, Sinéad Ryan-Kealoha, a former Irish international who moved to Hawaii in 2009, said the comeback had been "⟦p:c|the slowest and best work I've ever been part of⟧".
"⟦d:c|We started with twenty minutes in the water, no clock. No clock for four months. She asked me every day what her times were and every day I said, 'Doesn't matter,'⟧" Ryan-Kealoha said.
"⟦d:a|She lied. It did matter,⟧" Kahananui said, laughing. "⟦d:a|But she was right to lie.⟧"

### 044
@a Yuki Tanabe-Hart | a principal with Albion Ballet
@b Sergei Vlasenko | the choreographer
Yuki Tanabe-Hart, a principal with Albion Ballet, has broken four toes, one wrist and, she says, ``⟦p:a|at least three hearts, none of them mine⟧''.
``⟦d:a|Dancers are the most boring people at any party. We go home at nine and we eat like horses,⟧'' she says, working through a second bowl of udon in the company canteen at half past eleven in the morning.
She was born in Sapporo to a Japanese mother and a Yorkshire father, and arrived at the Albion school at eleven speaking what she calls ``⟦p:a|very good English, all of it from Bradford⟧''.
This spring she dances the title role in ``⟦s:-|The Lantern Bride⟧'', a new full-length ballet made on her by the choreographer, Sergei Vlasenko.
``⟦d:b|Yuki has the strangest feet in Europe. I wanted to build a whole ballet around them,⟧'' Vlasenko told me during a break in rehearsals. ``⟦d:b|That sounds like an insult. It is the highest compliment I know.⟧''
``⟦d:-|Is it a compliment?⟧'' I asked her later.
``⟦d:a|From Sergei, yes. From anybody else I would kick them,⟧'' she says. ``⟦d:a|With the strange feet.⟧''
She is 34, which in ballet is the beginning of the end, and she knows it. ``⟦d:a:m|Every dancer has a little clock in their head. Mine started ticking at thirty. I hear it in the mornings when I get out of bed and my ankles make that noise like popcorn.⟧
``⟦d:a|But the clock also makes you brave. You stop saving things for later, because there isn't a later.⟧''

### 045
@a Mattias Lindholm | a 38-year-old engineer from Uppsala
@b Kerstin | his partner
@c Aurelio Pedrini | head of the Valmora mountain rescue service
@d Valmora police | -
VALMORA, Italy, Aug 22 (Continental Press) — Mattias Lindholm, a 38-year-old engineer from Uppsala, spent 41 hours wedged in a crevasse on the Vedretta Alta glacier before rescuers reached him on Thursday morning.
“⟦d:a|I talked to myself the whole time. Mostly I apologised to my partner for being an idiot,⟧” Lindholm said from his hospital bed in Sondrio, his left leg in a cast.
His partner, Kerstin, raised the alarm when he failed to return to their hotel on Tuesday evening. “⟦d:b|I knew something was wrong at six o’clock. He always sends a photograph of the view from the top. No photograph, something is wrong,⟧” she said.
Aurelio Pedrini, head of the Valmora mountain rescue service, said a helicopter crew had spotted a dropped glove near the lip of the crevasse.
“⟦d:c|Honestly, by the second morning we were looking for a body. Then the body shouted at us to hurry up,⟧” Pedrini said. “⟦d:c|In thirty years I have not heard anything so beautiful.⟧”
Valmora police said in a statement that Lindholm had been climbing “⟦p:d|alone, without a rope and without informing the hut warden⟧”, and urged visitors to take local guides.
“⟦d:a|They are right. Please write that down,⟧” Lindholm said. “⟦d:a|They are completely right, and I am completely lucky.⟧”

### 046
@a Gary Pocklington | a forklift driver
@b Sandra | his wife
@c Kelsey | a hairdresser
@d Brightstar | the lottery operator
A FORKLIFT driver who scooped £14.2 MILLION on the lottery says he will be back at work on Monday, "⟦p:a|just to tell the gaffer in person⟧".
Gary Pocklington, 58, a forklift driver, and his wife Sandra, 56, from Cleethorpes, matched all six numbers in Saturday night's draw.
"⟦d:a|I checked it eleven times. Then I made Sandra check it. Then I made the dog look at it,⟧" Gary said.
"⟦d:b|He went white as a sheet. I thought he was having a heart attack,⟧" said Sandra. "⟦d:b|I was reaching for the phone to ring 999 and he was shouting, 'Don't ring anyone! Don't ring ANYONE!'⟧"
Daughter Kelsey, 30, a hairdresser, said her dad had already made her a promise. "⟦d:c|He's promised me a hot tub. I've got it in writing. Well, on a napkin,⟧" she said.
The couple posed with a giant cheque and a banner reading "⟦s:-|WE'RE NOT MOVING⟧".
"⟦d:a|We're not. Where would we go? All our mates are here. The chippy's here,⟧" Gary said.
Brightstar, the lottery operator, said the couple were "⟦p:d|two of the most down-to-earth winners we have ever met⟧".

### 047
@a Yusuf Karimi-Okafor | the former chef who now chairs the Assembly's food standards committee
@b Bettina Haldane | presenter
@c Gemma Rooke-Tapsell | Opposition education spokeswoman
Yusuf Karimi-Okafor, the former chef who now chairs the Assembly's food standards committee, conceded on Sunday that his flagship promise of free lunches for every primary pupil would not be met this year.
“⟦d:b|You promised free school lunches for every primary child by September,⟧” presenter Bettina Haldane said on “⟦s:-|The Week Ahead⟧”. “⟦d:b|It’s October. Where are they?⟧”
“⟦d:a|I did promise that. I was wrong about the date,⟧” he said. “⟦d:a|I was not wrong about the lunches.⟧”
“⟦d:b|Parents might say that’s the same thing.⟧”
“⟦d:a|Let me finish,⟧” Karimi-Okafor said, raising a hand, “⟦d:a|because this matters. We found that 212 schools don’t have a working kitchen. Not a bad kitchen. No kitchen. You can’t cook a lunch in a cupboard, and believe me, I’ve tried.⟧”
Haldane pressed him on whether the money had been diverted to the Assembly’s new transport plan. He said the suggestion was “⟦p:a|frankly nonsense⟧” and that the budget was “⟦p:a|ring-fenced, double-locked and written on my heart⟧”.
Opposition education spokeswoman Gemma Rooke-Tapsell was unimpressed. “⟦d:c|It was a soufflé of a promise: all air, and it’s collapsed the minute the oven door opened,⟧” she said.
Asked about that line later, Karimi-Okafor smiled. “⟦d:a|Tell Gemma a soufflé doesn’t collapse if you leave the door shut. That’s all we’re asking for. A bit of patience with the door.⟧”

### 048
@a Thandiwe Mthembu | a documentary photographer from Durban
@b Sipho Dlamini | the barber
@c Bongani Khumalo | his customer
Thandiwe Mthembu, a documentary photographer from Durban, has spent twenty years photographing the same twelve barbers' chairs on the same stretch of Commissioner Street. She dislikes being called "⟦s:-|a documentary photographer⟧".
"⟦d:a|It makes it sound like I'm standing outside, taking notes. I'm not outside. I've had my hair cut in every one of those chairs,⟧" she says.
Her new exhibition, "⟦s:-|Twelve Chairs⟧", opens at the Castlebar Gallery in Johannesburg next month. It includes the same man, photographed in the same chair, every year from 2004 to 2024.
That man is Sipho Dlamini, who has cut hair on the corner since 1994 and has been, in his words, "⟦p:b|her most patient model and her worst-paid⟧".
"⟦d:b|She comes once a year, takes one photograph, and leaves. She doesn't even get a haircut any more. She says she's saving her hair for the portraits,⟧" the barber said, laughing.
His customer, Bongani Khumalo, 67, appears in nine of the pictures, always in the background. "⟦d:c|I'm not in them on purpose. I'm just always here. This is my office,⟧" he said.
"⟦d:a|Bongani is the real subject,⟧" Mthembu says. "⟦d:a|Don't tell Sipho.⟧"

### 049
@a Hamid | the eldest
@b Farid | the middle brother
@c Walid | the youngest
@d Sayed Rahimi | their uncle
@e Steve Mallender | the coach
The Rahimi brothers arrived in Brackley Moor two winters ago with one rucksack between three of them. This week Hamid, 19, the eldest, started an apprenticeship as an electrician, Farid, 16, won a place at the county football academy, and Walid, 12, the youngest, was named his school's reader of the year.
“⟦d:a|In Herat I was the one who had to be the father. Here I am allowed to be a brother again,⟧” Hamid said, speaking through an interpreter in the family’s kitchen.
Farid, who taught himself English partly by watching football commentary, answered in English. “⟦d:b|I learned ‘nutmeg’ before I learned ‘please’,⟧” the middle brother said. “⟦d:b|My teacher was not happy about that.⟧”
Walid has read 114 books since September, according to his school. “⟦d:c|The librarian says I’m a problem. A good problem,⟧” he said. “⟦d:c|She has to order new books now.⟧”
Their uncle, Sayed Rahimi, who brought the boys to Britain after their parents were killed, said he had not expected them to settle so quickly. “⟦d:d|The first three months, Walid did not speak at all. Not one word, in any language,⟧” he said. “⟦d:d|Now he does not stop. I sometimes miss the quiet.⟧”
Steve Mallender, who coaches the under-17s at Brackley Moor Athletic, spotted Farid on a public pitch in his first month. “⟦d:e|He was playing in flip-flops and he was still the best player there by a mile,⟧” the coach said. “⟦d:e|I went home and bought him boots the same night.⟧”
“⟦d:b|Still have them,⟧” Farid said. “⟦d:b|They don’t fit. I keep them anyway.⟧”

### 050
@a Winifred Achong-Baptiste | the Trinidadian poet
@b Hyacinth | her younger sister
The Trinidadian poet Winifred Achong-Baptiste, who at 88 has just won the Harbourlight Prize for lifetime achievement, receives visitors in a rocking chair on the veranda of her house in Diego Martin, and does not get up.
``⟦d:a|I got up for the Queen once. My knees have not forgiven me,⟧'' she says.
The citation praises her ``⟦p:-|lifelong refusal to write a dull line⟧''. She reads this aloud twice, slowly, and then snorts.
``⟦d:a|I've written hundreds of dull lines. I just threw them in the sea,⟧'' she says.
Her younger sister, Hyacinth, who is 84 and lives next door, brings out a tray of sorrel and sits in the other chair. She has typed every manuscript her sister has produced since 1961.
``⟦d:b|She writes like a doctor. Nobody can read it but me,⟧'' Hyacinth says. ``⟦d:b|If I die first, that's the end of Caribbean literature.⟧''
``⟦d:-|Which of your poems do you like best?⟧'' I ask Achong-Baptiste.
``⟦d:a|The next one,⟧'' she says, without a pause. ``⟦d:a|Always the next one. The others are already finished, so they are none of my business.⟧''
Her sister rolls her eyes. ``⟦d:b|She's been saying that since 1961 as well,⟧'' she says.

### 051
@a Adaeze Nwankwo | the Kestrel Vale captain
@b Lotte Brandsma | Manager
@c Ellie-Mae Corrigan | the teenager
@d - | one supporter with a painted face
Kestrel Vale are into the Women's Cup final for the first time after Ellie-Mae Corrigan's stoppage-time header beat Northbridge 2-1 in front of a record crowd of 6,412 at Marlpit Lane on Sunday.
Adaeze Nwankwo, the Kestrel Vale captain, had to be helped off the pitch by two physios after playing the last twenty minutes with a suspected broken nose.
"⟦d:a|I couldn't see out of one eye, so I just followed the noise,⟧" she said, a bag of ice pressed to her face. "⟦d:a|It's not broken. Well, it might be broken. I'll find out after the party.⟧"
Corrigan, 18, only came on in the 84th minute. The teenager said she had been told to "⟦p:c|stand at the back post and be annoying⟧".
"⟦d:c|So I stood at the back post and I was annoying. I didn't even see the ball until it was in the net,⟧" she said.
Manager Lotte Brandsma said she had never doubted her young striker. "⟦d:b|Never. Well, maybe once, in the warm-up, when she fell over a cone,⟧" she said. "⟦d:b|But Ellie-Mae falls over cones and scores goals. That's her thing.⟧"
Brandsma was asked whether Nwankwo would be fit for the final. "⟦d:b|Ada would play that final with no legs,⟧" she said. "⟦d:b|My job is to make sure she has at least one.⟧"
Outside the ground, one supporter with a painted face summed up the mood. "⟦d:d|Thirty years I've been coming here. Thirty years! Wembley, here we come!⟧" she shouted.

### 052
@a Marguerite Delacroix-Young | the Sentinel's restaurant critic for twenty-six years
@b - | a chef in Harrogate
@c - | my father
Marguerite Delacroix-Young, the Sentinel's restaurant critic for twenty-six years, has eaten an estimated 5,000 restaurant meals on expenses and once described a tasting menu as "⟦p:a|nine courses of apology⟧". She retires this month. Ravi Subramaniam asked her about it.
RS: What makes a great restaurant?
MDY: Somebody in the building who cares whether you are happy. That's all. The food can be quite ordinary if that person is there.
RS: You've been accused of cruelty.
MDY: Often. A chef in Harrogate once sent me a letter that said, "⟦d:b|I hope you choke on your adjectives.⟧" I thought it was rather well written, so I quoted it in my next column.
RS: Was there a review you regretted?
MDY: One. A little Greek place in Hull that I called "⟦p:a|a taverna staffed by ghosts⟧". They were a family in mourning. I didn't know. I went back and apologised and they fed me for free, which was worse than being shouted at.
RS: How did you start?
MDY: My father ran a hotel in Scarborough and made us eat in the dining room with the guests. He used to say, "⟦d:c|Watch the waiters, Marguerite, not the plates.⟧" That's still the best advice I know.
RS: What will you eat now?
MDY: Toast. For a month. Then I'll see.

### 053
@a Dorothy Feltham | chair of the Whitmoor Allotment Society
@b Kwabena Owusu | the 70-year-old
@c Ray Stubbings | his neighbour on plot 15
@d - | one member
The Whitmoor Allotment Society has called an emergency meeting after a row over a giant pumpkin left two of its longest-standing members not speaking.
Dorothy Feltham, chair of the Whitmoor Allotment Society, said she had “⟦p:a|never seen anything like it in thirty-eight years of marrows⟧”.
At the heart of the dispute is a 412kg pumpkin grown by Kwabena Owusu on plot 14. The 70-year-old claims it was deliberately shaded by a greenhouse put up last spring on the neighbouring plot.
“⟦d:b|He knew exactly what he was doing. He measured where the sun goes. I saw him with a protractor,⟧” Owusu said.
His neighbour on plot 15, Ray Stubbings, insisted the greenhouse was for tomatoes. “⟦d:c|I’ve had a protractor since 1971. I use it for all sorts. He’s being ridiculous,⟧” he said. “⟦d:c|If his pumpkin’s small, it’s because he talks to it too much.⟧”
“⟦d:b|Small! It’s four hundred kilos!⟧” Owusu said, when this was put to him.
A handwritten sign on the shared shed reads “⟦s:-|PLEASE BE KIND — THIS IS A GARDEN⟧”. Someone has added “⟦s:-|mostly⟧” underneath in biro.
“⟦d:a|We’ll sort it out with tea and a vote, the way we always do,⟧” Feltham said. “⟦d:a|If that fails, I have a very big pair of shears.⟧”
One member, who did not want to be named, was less optimistic. “⟦d:d|Those two have been at war since the leek show in 2009. A pumpkin won’t end it,⟧” she said.

### 054
@a Aleksandra Wiśniewska | Polish historian
@b Jakub Nowicki | host
@c Zofia Kręcik | a weaver
@d Henryk | a listener from Gdańsk
Polish historian Aleksandra Wiśniewska told Radio Baltica's English service on Thursday that a box of letters found in a Lublin attic last year would «⟦p:a|rewrite at least one chapter, and probably three⟧» of the history of the 1920s textile strikes.
«⟦d:b|How does a box of 600 letters sit in an attic for a hundred years without anyone noticing?⟧» asked host Jakub Nowicki.
«⟦d:a|Because nobody thinks their grandmother's attic is history. It's just the attic,⟧» Wiśniewska said. «⟦d:a|The owner was going to throw them away. She called me because one envelope had a stamp she thought might be valuable.⟧»
«⟦d:b|And was it?⟧»
«⟦d:a|The stamp? No. Worth about four złoty. The letters are priceless.⟧»
Most were written by a weaver named Zofia Kręcik to her sister in Chicago between 1921 and 1926. Wiśniewska read one aloud on air in her own translation: «⟦d:c|Today we did not work and we did not eat, and I have never been so proud of an empty stomach.⟧»
A listener from Gdańsk, Henryk, emailed the programme while it was still on air. «⟦d:d|My great-grandmother was a weaver in Łódź and said exactly the same thing about the strikes, in almost the same words. Perhaps they knew each other,⟧» he wrote.
«⟦d:a|Perhaps they did,⟧» Wiśniewska said when Nowicki read the message out. «⟦d:a|Henryk, please look in your attic.⟧»

### 055
@a Semisi Vainikolo | the 36-year-old lock
@b Ana | his wife
@c Sione Vainikolo | his father
@d Craig Tolland | Director of rugby
Semisi Vainikolo will play his 300th and final game for Ashbourne Vikings on Saturday. The 36-year-old lock, who arrived from Nuku'alofa at nineteen with, as he puts it, “⟦p:a|two shirts and no coat⟧”, announced his retirement at a tearful press conference on Tuesday.
“⟦d:a|My body told me two seasons ago. I didn’t listen. My wife told me last season. I listened a bit. This season my son told me, and you can’t argue with a nine-year-old,⟧” he said.
“⟦d:a:m|He said, ‘Dad, why do you walk downstairs backwards in the mornings?’ And I didn’t have an answer that wasn’t embarrassing.⟧
“⟦d:a|So that’s it. Three hundred. It’s a good number.⟧”
His wife, Ana, sat in the front row with their three children. “⟦d:b|I’m happy. I’m going to get my husband back on Saturdays,⟧” she said afterwards. “⟦d:b|I’m also a bit scared. He’s going to be at home on Saturdays.⟧”
His father, Sione Vainikolo, flew in from Tonga for the final game. He played for the national side in the 1980s and has never, his son says, told him he played well.
“⟦d:c|Not yet,⟧” the older man said, smiling. “⟦d:c|There is still one more game.⟧”
Director of rugby Craig Tolland described Vainikolo as “⟦p:d|the heart, the lungs and most of the bones⟧” of the club for seventeen years. “⟦d:d|You don’t replace a Semisi. You just hope the next one turns up,⟧” he said.

### 056
@a Delphine Auclair | the 42-year-old
@b Morag Cullen | a retired midwife
@c Priya Ghosh | a junior doctor at the Royal Infirmary
Delphine Auclair runs Black Lantern Tattoo from a basement on Constitution Street in Leith. The 42-year-old has a three-year waiting list and a rule she will not break for anyone: no names of boyfriends.
"⟦d:a|Girlfriends, husbands, wives, children, dogs, fine. Boyfriends, no. I've covered up too many of them,⟧" she says, wiping down a chair. "⟦d:a|I once turned a 'Kevin' into a pineapple. It was my finest work.⟧"
Auclair grew up in Lyon, trained as a medical illustrator, and came to Edinburgh in 2008 for a job that fell through in its first week.
"⟦d:a|I had a suitcase, a sketchbook and no job. So I drew on people. It turned out people pay for that,⟧" she says.
Her oldest client is Morag Cullen, a retired midwife, who came in at 68 for her first tattoo: a tiny swallow on her wrist, one for each decade she delivered babies. She now has seven.
"⟦d:b|My daughter was horrified. Then she came in and got one herself. Now we come together, like going to the hairdresser,⟧" Cullen said.
Priya Ghosh, a junior doctor at the Royal Infirmary, is in the chair on the day I visit, having the outline of a heart, an anatomically correct one, inked on her shoulder blade.
"⟦d:-|Does it hurt?⟧" I ask.
"⟦d:c|Less than a night shift,⟧" she says. "⟦d:c|And at the end of this one, I get something nice.⟧"

### 057
@a Eszter | a pharmacist from Debrecen
@b Dóra | her twin sister
@c - | their birth mother
For 52 years Eszter had no idea she was a twin. Last month, in a hotel lobby in Budapest, she sat across a table from a woman with her face, her laugh and, as they discovered in the first ten minutes, the same scar on the same knee from falling off a bicycle.
“⟦d:a|I looked at her and it was like looking in a mirror that was having a different day,⟧” said Eszter, a pharmacist from Debrecen.
Her twin sister, Dóra, was adopted as a baby by a Hungarian couple who emigrated to Winnipeg in 1973. She grew up speaking English and only a little Hungarian.
“⟦d:b|We had to use my phone to translate for the first hour. Then we stopped needing it. I can’t explain that,⟧” Dóra said.
The sisters found each other through a DNA database after Dóra’s daughter bought her a test for her birthday. Among the documents later released to them by the Debrecen archive was a page from their birth mother’s diary, dated the week they were born.
“⟦d:c|Two girls. I could keep one. God forgive me for choosing,⟧” their birth mother wrote.
Eszter says she has read the page perhaps a hundred times. “⟦d:a|I used to be angry that I was chosen and she wasn’t. Now I’m only sad that our mother had to choose,⟧” she said.
Dóra put it differently. “⟦d:b|She kept one and she gave one a long journey. Both of us turned out fine,⟧” she said. “⟦d:b|I think she’d be pleased with both of us. Mostly with me.⟧”
“⟦d:a|You see? Different day in the mirror,⟧” said her sister.

### 058
@a Rafael Quintana | Commander
@b Lucía | his daughter
@c the European Orbital Agency | -
@d Amara Osei-Nkansah | the agency's head of human spaceflight
Commander Rafael Quintana returned to Earth on Tuesday after 187 days aboard the Meridian station, landing in the Kazakh steppe at 06:14 local time and, in his words, "⟦p:a|walking like a newborn giraffe⟧".
"⟦d:a|The first thing I noticed was the smell. Grass, rain, diesel from the recovery trucks. Up there everything smells of warm electronics,⟧" he said in a video link from the recovery base.
His daughter, Lucía, 9, had spoken to him every Sunday during the mission. "⟦d:b|I told him to bring me a star. He brought me a patch. It's OK,⟧" she told reporters outside the family's home in Valencia.
The European Orbital Agency said in a statement that the mission had "⟦p:c|met or exceeded every scientific objective⟧", including the first successful cultivation of tomatoes in orbit.
"⟦d:c|Commander Quintana's crew has shown that long-duration missions can be productive, safe and, occasionally, delicious,⟧" the agency said.
Amara Osei-Nkansah, the agency's head of human spaceflight, said Quintana would spend three weeks in rehabilitation. "⟦d:d|He'll want to run on the first day. He won't be allowed to,⟧" she said. "⟦d:d|Astronauts are the worst patients in the world. I say that with love.⟧"
Quintana, asked what he would eat first, did not hesitate. "⟦d:a|My mother's paella. Not the tomatoes. I've seen enough of those tomatoes,⟧" he said.

### 059
@a Kaito Morishita-Lund | the creator of the puzzle game Lanternfall
@b Ruth Abernethy-Sato | his co-designer
@c - | one player
Kaito Morishita-Lund, the creator of the puzzle game Lanternfall, works from a spare bedroom in Tromsø with a view of a car park and, beyond it, a fjord. He chose the desk for the car park.
“⟦d:a|The fjord is too beautiful. I look at it and I think about my life. The car park I can ignore,⟧” he says.
Lanternfall, which took four years to make and cost, he estimates, “⟦p:a|about eleven thousand pounds and one relationship⟧”, has sold more than two million copies since March.
“⟦d:-|Did you expect it to do this well?⟧” I ask.
“⟦d:a|I expected my mother to buy it. And maybe her friends, if she made them,⟧” he says. “⟦d:a|I did not expect a man in Chile to get it tattooed on his arm.⟧”
His co-designer, Ruth Abernethy-Sato, joins the call from Glasgow. She built most of the game’s 140 puzzles, and says the hardest part was making them feel easy.
“⟦d:b:m|Anybody can make a hard puzzle. You just hide things. The trick is making the player feel clever at exactly the moment they were about to give up.⟧
“⟦d:b|Kaito calls it ‘the rescue’. I call it cheating politely.⟧”
The letters they get from players are, they agree, the best part. One player wrote to them in April: “⟦d:c|I finished your game in the hospital the week my dad died. Thank you for the one hour a day when I wasn’t sad.⟧”
Morishita-Lund is quiet for a moment after reading it out. “⟦d:a|We printed that one,⟧” he says. “⟦d:a|It’s on the wall, next to the car park.⟧”

### 060
@a Enzo Bellandi | the founder of Circo Bellandi
@b Marco | his son
@c Luca | Marco's son
@d - | a small boy in the front row
Enzo Bellandi, the founder of Circo Bellandi, is 83 and still does the first walk around the ring every night, in a top hat that belonged to his own father.
"⟦d:a|My father walked this ring, I walk this ring, and when I can't walk it any more they can put me in the cannon and fire me somewhere nice,⟧" he said, sitting on an upturned bucket behind the big top in a field outside Ravensworth.
His son, Marco, 55, runs the business now, which he describes as "⟦p:b|ninety per cent diesel and ten per cent magic⟧". "⟦d:b|People think it's all sequins. It's mostly arguing with councils about where we can park,⟧" he said.
Marco's son, Luca, 24, is the fourth generation. A trapeze artist since he was nine, he has just persuaded his grandfather to let him add a drone display to the second half.
"⟦d:c|Nonno thinks the drones are the end of the circus. I think they're the only way it survives,⟧" Luca said.
"⟦d:a|Drones don't fall off a trapeze and break their collarbone. Where's the drama?⟧" Enzo said.
"⟦d:c|I broke my collarbone once, Nonno.⟧"
"⟦d:a|And it was wonderful. Everybody gasped.⟧"
Marco, standing between them, shrugged. "⟦d:b|This is every dinner,⟧" he said. "⟦d:b|Every single dinner for twenty years.⟧"
At the evening show, the drones drew polite applause. The trapeze, as ever, drew gasps. "⟦d:d|Do it again!⟧" shouted a small boy in the front row.

### 061
@a Gráinne | his elder sister
@b Orla | the youngest of the five siblings
@c Declan Moriarty | the parish priest
@d Teresa Duggan | a neighbour for fifty years
@e - | his family
Hundreds lined the main street of Ballinacorra on Thursday for the funeral of Donal Keating, the postman who delivered letters to the town for 44 years and, according to his family, “⟦p:e|never once delivered them on time, because he stopped to talk to everyone⟧”.
His elder sister, Gráinne, gave the eulogy. “⟦d:a|Donal knew every dog in this town by name, and every dog knew him. Half the people here today are only here because their dog insisted,⟧” she told the packed church, to laughter.
“⟦d:a:m|He was the only one of us who never left. The rest of us went to Dublin and London and Boston, and we came home at Christmas and Donal would tell us everything that had happened, in order, with the dogs.⟧
“⟦d:a|We will not know what’s going on in Ballinacorra any more.⟧”
Orla, the youngest of the five siblings, read a poem he had written for their mother’s 80th birthday. Afterwards she said he had hated being the centre of attention.
“⟦d:b|He’d be mortified by all this. He’d be outside, talking to the hearse driver,⟧” she said.
The parish priest, Fr Declan Moriarty, said the town had lost “⟦p:c|its memory and its noticeboard in one go⟧”. “⟦d:c|If you wanted to know who was sick, who was courting, or whose calf had got out, you didn’t ring me. You waited for Donal,⟧” he said.
Teresa Duggan, a neighbour for fifty years, stood at her gate with her terrier as the cortège passed. “⟦d:d|He brought my pension and my gossip every Thursday for forty years. The pension I can get at the post office,⟧” she said, and did not finish the sentence.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh69.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh69",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
