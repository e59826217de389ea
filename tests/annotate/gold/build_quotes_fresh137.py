# ruff: noqa: E501
"""Build ``quotes_fresh137.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch or coffee, Q&A transcripts (questions in bold
or marked with the interviewer's initials), podcast and radio interviews, sports and
arts interviews and press conferences, and human-interest stories about families in
which several relatives of the same gender speak and are afterwards called by their
first names, with reporters who ask their own questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh137-NNN``.

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
  it (``Her mother, Gabrielle Ferreira, a former dancer …``): the appositive is the
  description. A title or relational phrase before the name alone (``Head coach …``,
  ``Her eldest granddaughter, Zara …``, ``Principal cornet …``) is the description.
  An age after the name (``Tama Paewai, 39``) is never a description.
* For an unnamed speaker the description is the phrase naming their role or place in
  the story (``the waiter``, ``His press officer``), not a further appositive that only
  describes them (``a tall young man with a pencil behind each ear``).
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description at a cue (``the 67-year-old said``, ``the
  sprinter said``) or in the sentence that introduces their first quote (``The
  artist, who is 84, …``), that description is taken; an appositive given to them
  at a later mention (``Pemberton, the Sentinel's restaurant critic, …``) is taken
  when nothing came before it.
* A non-restrictive relative clause after an appositive (``Ruth Kilbride, the
  bassist, who now runs …``) is not part of the description; a restrictive one is.
* Relatives who share a surname are each introduced with their full name in these
  passages; when they are later called by first name only (``Carla said``,
  ``Ifeoma said``), the speaker is still the full name.
* Transcripts with the questions in bold (``**…**``) or marked with initials
  (``KM:`` / ``RA:``) are treated like ``Q:`` / ``A:`` transcripts: the turns are not
  quoted and not annotated; a quote that an interviewee reports inside an answer
  (what their mother, editor or a pupil said) is ``direct`` by that original speaker,
  with the interviewee's relational phrase (``My son``, ``a boy in Year 4``) as
  description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, including unattributed questions that are plainly the writer's
  turn in a printed exchange; a named host's or presenter's questions are that
  person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker (or the unnamed source's description, ``one critic``); when the passage
  later identifies whose words they were, that person is the speaker.
* A statement's words cued by ``the statement said`` or ``the team said`` belong to
  the organisation that issued it.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh137.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh137.jsonl")

PASSAGES = """
### 001
@a Adaeze Nwankwo-Price | the novelist
@b - | the waiter
Adaeze Nwankwo-Price, the novelist, arrives at Fennimore's eleven minutes late and apologises three times before she has taken off her coat. “⟦d:a|The bus did a thing,⟧” she says, by way of explanation. “⟦d:a|It went left when I wanted it to go right. I've lived here twenty years and I still get on the wrong number.⟧”
We are here because her fourth book, “⟦s:-|The Salt Ledger⟧”, has spent nine weeks on the bestseller list, a fact she describes as “⟦p:a|faintly embarrassing and completely wonderful⟧”. It is also, she concedes, the first time she has written about her father.
She orders the hake. I order the hake. The waiter, a tall young man with a pencil behind each ear, asks whether we want the potatoes crushed or whole. “⟦d:a|Crushed, always crushed,⟧” she tells him. “⟦d:b|Good answer,⟧” the waiter says.
I ask her why it took four books to get to her father. She puts down her fork.
“⟦d:a:m|Because he was alive for the first three. That's the honest answer. My father was a man who read everything, including the acknowledgements, and he would have read this book with a red pen.⟧
“⟦d:a|He died in the March, and I started writing in the April. I don't think that's a coincidence. I think I'd been waiting for permission, and death is a very rude way of getting it.⟧”
Her brother and sister appear in the book, lightly disguised. “⟦d:-|Have they read it?⟧” I ask. She laughs. “⟦d:a|My brother has read the first chapter and texted me a thumbs-up. My sister says she'll read it when it's out in paperback, which is her way of saying never.⟧”
The hake arrives. It is very good. Nwankwo-Price eats quickly, like someone who grew up in a house of five children, which she did.
“⟦d:a|You learn to defend your plate. It's the first thing a novelist needs, actually. Not talent. Elbows,⟧” the 47-year-old says.

### 002
@a Sione Taufa | the Tonga-born number eight
@b Glen Harkins | Head coach
@c Ruairí Dolan | Captain
KILLANE, March 9 - Sione Taufa, the Tonga-born number eight, said on Saturday he had played the last 20 minutes of Corrib Wolves' 27-24 win over Bayside with a broken thumb and "⟦p:a|didn't feel a thing until the anthem⟧" at the post-match function.
"⟦d:a|I heard it go in the first scrum after half-time. I looked down and it was pointing at the sky,⟧" Taufa told reporters. "⟦d:a|The physio wanted me off. I told him we were six points down and he could have me after.⟧"
Head coach Glen Harkins said the decision to leave Taufa on had been "⟦p:b|taken by the player, not by me⟧".
"⟦d:b|I'd have hooked him if I'd known. He hid it from me. He's very good at hiding things from me, which I'll be discussing with him on Monday,⟧" Harkins said.
Captain Ruairí Dolan, who scored the winning try in the 78th minute, was asked whether the side had been lucky.
"⟦d:c|Lucky? We were awful for an hour and then we weren't. I'll take that,⟧" he said.
"⟦d:c|Sione is the reason we're standing here. Put that in your paper.⟧"
Taufa is expected to miss at least six weeks. The Wolves said the 29-year-old would undergo surgery on Tuesday.

### 003
@a Pål | My father
@b - | one critic
@c - | A client
Ingrid Solberg-Haugen, 58, designed the Kvitfjell ferry terminal, the Ostmark public library and, more recently, a series of timber housing blocks that one critic called “⟦p:b|the most humane buildings in the north⟧”. She spoke to us from her studio in Tromsvik. The interview has been edited for length.
**You grew up in a house your father built. What was it like?**
Cold. My father, Pål, was a carpenter, not an architect, and he believed insulation was for people with weak characters. He used to say, “⟦d:a|A house should remind you what month it is.⟧” I put insulation in everything, so I suppose I rebelled.
**The housing blocks in Sandvika have been called “⟦s:-|anti-spectacular⟧”. Is that a compliment?**
I'll take it. The spectacular buildings get photographed, and the other ones get lived in. I'd rather be in the second group.
**What do you say to people who find them plain?**
I say come back in thirty years. A client once told me, “⟦d:c|Nobody will notice these,⟧” and he meant it as a criticism. I wrote it on the wall of the studio.
**Are you working on anything now?**
A school. I'm not allowed to say where. The headmistress made me promise, and she is much more frightening than any planning committee.

### 004
@a Temperance Adjei | a former science teacher
@b Rosa Villanueva-Katz | a documentary producer
@c Mahina Kealoha | a marine ecologist at the University of Port Alder
On this week's episode of "⟦s:-|Deep End⟧", the podcast's two hosts - Temperance Adjei, a former science teacher, and Rosa Villanueva-Katz, a documentary producer - talk to Mahina Kealoha, a marine ecologist at the University of Port Alder, about the summer the kelp disappeared.
"⟦d:a|Mahina, when did you first realise something was wrong?⟧" Adjei asked.
"⟦d:c|Honestly? When my daughter asked me why the water smelled different. She was seven. She'd been snorkelling off the same rocks since she could walk, and she came up and said, 'Mum, where did the forest go?'⟧" Kealoha said.
Villanueva-Katz asked how quickly it had happened.
"⟦d:c:m|Weeks. That's the part people don't believe. We had surveys from June showing a healthy canopy, and by the middle of August there were urchin barrens stretching two kilometres.⟧
"⟦d:c|It's like coming home and finding your house is a car park.⟧"
"⟦d:b|And is it coming back?⟧" Villanueva-Katz pressed.
"⟦d:c|Some of it. Not where the urchins are. Urchins are very patient. They'll sit on bare rock for years waiting for a single frond.⟧"
Adjei, laughing: "⟦d:a|That is the most sinister thing anyone has said on this show.⟧"
"⟦d:b|And we had a serial killer's neighbour on in March,⟧" her co-host added.

### 005
@a Lucia Ferrante | the eldest
@b Carla Ferrante | Her sister
@c Giovanna Ferrante | the youngest
@d - | One woman
For forty-one years the bell above the door of Panificio Ferrante on Cobden Street has rung at 6am. Since their father, Salvatore, retired in 2011, the bakery has been run by his three daughters.
Lucia Ferrante, 52, the eldest, does the bread. Her sister Carla Ferrante, 49, does the cakes, and the youngest, Giovanna Ferrante, 44, does, in her words, “⟦p:c|everything else, including the shouting⟧”.
On Saturday the sisters will close the shop for good. The building has been sold, and none of their children wants to take it on.
“⟦d:a|We're not sad. Well, we're sad on Tuesdays. Tuesday was Papà's day off, so it was the day we were allowed to make mistakes,⟧” Lucia said.
Carla, who has made the bakery's ricotta tart every morning since she was 17, said she had not yet decided what she would do with her mornings.
“⟦d:b|My husband says I should sleep. I've never slept past five in my life. I'll probably just stand in the kitchen at home and knead nothing,⟧” she said.
Giovanna cut in. “⟦d:c|She'll be here. She'll be standing outside the window telling the new people their bread is wrong.⟧”
“⟦d:b|Only if it is wrong,⟧” Carla said.
Customers have been queuing round the corner all week. One woman, who said she had bought her wedding cake, her children's christening cakes and her mother's funeral biscuits at Ferrante's, was in tears at the counter.
“⟦d:d|It's the end of something. You don't get places like this any more,⟧” she said.
Lucia has kept the first loaf her father ever sold, or at least the receipt for it. It hangs in a frame behind the till, where it will stay until Saturday.
“⟦d:a|After that it comes home with me. Carla wanted it. Giovanna wanted it. I'm the eldest. That's the end of the discussion,⟧” she said.

### 006
@a Élodie Carrasco | Presenter
@b Hervé Lambrecht | The mayor of Saint-Aubrac-sur-Lise
@c Noémie | a listener
@d Haute-Lise prefecture | -
The mayor of Saint-Aubrac-sur-Lise, Hervé Lambrecht, defended his council's handling of last week's floods on Tuesday, telling «⟦s:-|Matin Direct⟧» listeners that the town had done «⟦p:b|everything humanly possible with the warnings we were given⟧».
Presenter Élodie Carrasco put it to him that residents of the lower town had been told to evacuate only forty minutes before the Lise burst its banks.
«⟦d:a|Forty minutes, Mr Lambrecht. Some of these people are in their eighties. How were they supposed to leave in forty minutes?⟧»
«⟦d:b|I understand the anger. I share the anger,⟧» the mayor replied. «⟦d:b|But the forecast we received at six o'clock said the river would peak at 3.2 metres. It peaked at 4.6. No plan in the world survives a difference like that.⟧»
Carrasco read out a message from a listener, Noémie, whose ground-floor flat was flooded to the ceiling: «⟦d:c|I did not hear a siren. I heard my neighbour banging on the door.⟧»
«⟦d:b|That should not have happened, and I apologise to her personally. The siren on the Rue des Tanneurs failed. We know that now. It will be replaced before the autumn,⟧» Lambrecht said.
Asked whether he would resign, he said: «⟦d:b|No. Resigning is easy. Fixing it is the job.⟧»
The Haute-Lise prefecture said in a statement that an independent inquiry would examine «⟦p:d|the entire chain of alerts⟧» and report by December.

### 007
@a Seo-yeon Baek | the Harrowgate Philharmonic's principal conductor
@b Marguerite Oyelaran | the orchestra's leader
@c Hilde Brauner | Baek's own teacher
@d - | one board member
Seo-yeon Baek conducts without a baton, and she would like everyone to stop asking about it.
“⟦d:a|It's not a statement. I dropped it once in Lyon, in the second movement of the Brahms, and I realised I didn't miss it. Now people write essays about my hands. They're just hands,⟧” the Harrowgate Philharmonic's principal conductor says.
She is 36, the youngest person to hold the post by two decades, and the first woman. When she was appointed, one board member was reported to have called the decision “⟦p:d|a gamble with a very expensive chip⟧”. She keeps the cutting on her fridge.
“⟦d:a:m|I think about it when I'm tired. It's very useful. Nothing gets you out of bed like someone who thinks you'll fail.⟧
“⟦d:a:m|But I also understand it. I was 33, I had conducted maybe forty professional concerts, and these are musicians who have played under the greatest conductors alive. Why should they listen to me?⟧
“⟦d:a|The answer is they shouldn't, unless I give them a reason. So every rehearsal is an audition. Mine, not theirs.⟧”
Marguerite Oyelaran, the orchestra's leader, has played in the first violins for twenty-six years. She was, she admits, a sceptic.
“⟦d:b|I'd seen young conductors come in full of ideas and leave full of excuses. Seo-yeon came in and asked us what we thought. Then she ignored half of it, which was the right half,⟧” she said.
Baek's own teacher, Hilde Brauner, who taught her at the Kessler Conservatory in her twenties, remembers a student who “⟦p:c|argued with every fermata⟧”.
“⟦d:c|She would come to lessons with the score covered in pencil, and she had always decided already. My job was mostly to make her prove it,⟧” Brauner, now 81, said by phone from her home in Wiesenthal.
Baek laughs when told this. “⟦d:a|I still do that. Ask the orchestra.⟧”

### 008
@a Darren Pocock | Forklift driver
@b Kelly Pocock | a dinner lady at St Cuthbert's Primary
@c Wayne Pocock | Darren's older brother
@d Lee Pocock | younger brother
FORKLIFT driver Darren Pocock thought his wife was winding him up when she rang to say they'd scooped £4.2 million on the Lucky Star draw.
"⟦d:a|She's always pranking me. Last April Fool's she told me the dog was pregnant, and he's a boy,⟧" said Darren, 44, from Thornaby Vale.
"⟦d:a|So I said, 'Yeah, course we have,' and hung up. She had to ring back four times.⟧"
Wife Kelly Pocock, 41, a dinner lady at St Cuthbert's Primary, said: "⟦d:b|I was shaking. I had the ticket in one hand and the phone in the other and I couldn't make him listen.⟧"
The couple plan to pay off their mortgage, take their three kids to Florida and buy what Darren calls "⟦p:a|a proper van, not a rust bucket⟧".
"⟦d:c|I've told him I want a hot tub. He's told me where to go,⟧" joked Darren's older brother Wayne Pocock, 47, who works at the same warehouse.
"⟦d:d|Our Darren's never bought a round in his life. I'll believe it when I see it,⟧" said younger brother Lee Pocock, 39.
Darren insisted the win would not change him. "⟦d:a|I'm going in on Monday. Someone's got to drive the forklift,⟧" he said.
Kelly rolled her eyes. "⟦d:b|He's not going in on Monday.⟧"

### 009
@a Hyacinth Morrison | -
@b Pauline Morrison-Greaves | Her eldest daughter
@c Sandra Morrison | Her youngest
Hyacinth Morrison celebrated her 100th birthday at the Lindenfield Community Hall on Sunday surrounded by five children, fourteen grandchildren, nine great-grandchildren and, she noted, "⟦p:a|far too many balloons⟧".
Mrs Morrison came to Lindenfield from Jamaica in 1961 to train as a nurse and worked at the old Cottage Hospital for thirty-four years.
"⟦d:a|They told me England would be cold. Nobody told me it would be cold inside the houses as well,⟧" she said, to laughter from the hall.
Asked the secret of a long life, she said: "⟦d:a|Mind your own business and eat your greens. In that order.⟧"
Her eldest daughter, Pauline Morrison-Greaves, 74, said her mother still did her own shopping and read the paper "⟦p:b|cover to cover, including the bits she disagrees with⟧".
"⟦d:b|She rings me every morning at eight to tell me what's wrong with the world. If she doesn't ring by ten past, I'm in the car,⟧" Pauline said.
Her youngest, Sandra Morrison, 61, flew in from Canada for the party.
"⟦d:c|Mum doesn't do fuss. We had to tell her it was a church social or she wouldn't have come. She walked in, saw all of us and said, 'Who's this for, then?'⟧" Sandra said.

### 010
@a Kwame Asante-Bello | the unbeaten challenger from Peckford
@b Dmytro Savchenko | the champion
@c Frank Delahunt | Promoter
The final press conference before Saturday's cruiserweight title fight at the Harbour Arena lasted forty minutes and produced, by one count, no punches and about two hundred insults.
Kwame Asante-Bello, the unbeaten challenger from Peckford, arrived in a white suit and sunglasses, which he did not remove.
“⟦d:a|I'm not here to talk. I'm here to collect. He's had the belt for three years. He's been renting it. Saturday the lease runs out,⟧” the 27-year-old said.
Dmytro Savchenko, the champion, sat with his arms folded until his turn came.
“⟦d:b|He talks a lot for a man who has never been hit properly,⟧” the Ukrainian said through a translator, before switching to English. “⟦d:b|Saturday he learns.⟧”
The two were separated by security at the face-off after Asante-Bello leaned in and said something inaudible to the microphones. Asked what it was, he grinned. “⟦d:a|A compliment. About his barber.⟧”
Savchenko was less amused. “⟦d:b|He said nothing about barber. Ask him again on Saturday night when he can't talk,⟧” he said.
Promoter Frank Delahunt, who has staged both men's last four fights, insisted the animosity was genuine.
“⟦d:c|I've been doing this thirty years. You can't fake that. Those two do not like each other, and I'm very, very happy about it,⟧” he said.

### 011
@a Tsehay | My mother
@b - | One critic
@c - | my first landlord
Rahel Abebe, 39, opened Gursha in a former launderette on Wexley Road in 2019. Last month it became the first Ethiopian restaurant in the region to win a Blue Plate award. She talked to Kit Morland between lunch and dinner service.
KM: Did you always want to cook?
RA: No. I wanted to be a pilot. My mother, Tsehay, told me, “⟦d:a|You get airsick on the bus,⟧” and that was the end of that.
KM: Is she proud now?
RA: She came to the award ceremony and told the judges the berbere was too mild. So yes, in her way.
KM: One critic wrote that your doro wat was “⟦p:b|a dish to cross a city for⟧”. Is that the kind of review you want?
RA: The review I want is the word “⟦s:-|full⟧” on the booking system. Every night.
KM: What's the hardest thing about running a small restaurant?
RA: Sleeping. And the extractor fan. Always the extractor fan.
KM: What would you tell someone opening their first place?
RA: What my first landlord told me: “⟦d:c|Don't sign anything on a Friday.⟧” I still don't know exactly what he meant, but I've never signed anything on a Friday.

### 012
@a Minh Tran | -
@b Daniel Whitcombe | -
@c Claire Whitcombe | Mr Whitcombe's adoptive sister
Twin brothers separated as babies in 1979 have met for the first time, after a DNA test bought as a Christmas present matched them within minutes.
Minh Tran, who grew up in a refugee hostel in Alderbury and now runs a nail bar in the town, and Daniel Whitcombe, who was adopted by a family in New Harlow and works as a bus driver, met at Alderbury station on Thursday.
"⟦d:a|He got off the train and I thought, that's my face. That's my face with a worse haircut,⟧" Mr Tran, 45, told Westland News.
"⟦d:b|I'd always known I was adopted, but nobody told me there was another one of me. I'm still a bit angry about that, to be honest. Forty-five years,⟧" said Mr Whitcombe.
The brothers were born in a transit camp and separated when their mother fell ill, according to records later found by Mr Whitcombe's adoptive sister, Claire Whitcombe.
"⟦d:c|There was one line in a file that said 'sibling placed elsewhere'. One line. That was all,⟧" Ms Whitcombe said.
Their mother, Lan, died in 1998. Mr Tran said he had spent the week showing his brother photographs of her.
"⟦d:a|He keeps asking what she was like. I tell him she was stubborn and funny and she cooked too much. He says, 'That's me.' And it is,⟧" he said.
Asked what they planned to do next, Mr Whitcombe answered first. "⟦d:b|Eat,⟧" he said. "⟦d:b|Minh's promised me pho.⟧"

### 013
@a Odessa Blackwood | -
@b Lionel Fairweather | Her pianist of thirty years
@c - | a drunk critic at a festival in 1979
The first thing Odessa Blackwood tells me is that she hates interviews. The second thing is that she has cleared the whole afternoon for this one.
“⟦d:a|I hate them because I always say too much. So I figured I'd better give myself time to say all of it,⟧” she says, pouring tea in the back room of the Blue Anchor, the club on Calloway Street where she has sung every Thursday since 1988.
She is 71. Her voice, on record, has been described as “⟦p:c|smoke in a velvet bag⟧”, a line she attributes to a drunk critic at a festival in 1979 and which she has never been able to shake.
“⟦d:a|I've been smoke in a velvet bag for forty-five years. I'd like to be something else before I die. A teapot, maybe,⟧” she says.
I ask whether she ever thought about leaving the Blue Anchor for bigger rooms.
“⟦d:a:m|Thought about it? I did it. 1994, I went on tour with a big band, forty cities, my name on the bus. I was miserable. You can't hear anyone breathe in those places.⟧
“⟦d:a|Here I can hear the man at table six put his glass down. That's the room I want.⟧”
Her pianist of thirty years, Lionel Fairweather, has wandered in with a sandwich. He listens for a while.
“⟦d:b|She's leaving out the part where she fired the band leader in Port Meridian,⟧” he says.
“⟦d:a|I did not fire him. I left. With the bus,⟧” she says.
“⟦d:-|With the bus?⟧” I ask.
“⟦d:a|It was my name on it.⟧”

### 014
@a Ana Clara Rezende | the 22-year-old Brazilian
@b Yuki Hasegawa | fourth seed
@c - | One reporter
MELBURY, Jan 21 - Ana Clara Rezende said she had "⟦p:a|no idea⟧" how she came back from two sets and 5-1 down to beat fourth seed Yuki Hasegawa in the Melbury Open quarter-finals on Wednesday.
"⟦d:a|Honestly, at 5-1 I was thinking about my flight home. I was thinking, do I have time to change it,⟧" the 22-year-old Brazilian told reporters.
"⟦d:a|Then she missed one easy ball and I thought, OK, maybe she is also human.⟧"
Hasegawa, who had served for the match twice, was asked whether nerves had played a part.
"⟦d:b|Maybe. I don't know. I don't want to talk about nerves,⟧" the Japanese player said, before leaving the room after three minutes.
One reporter asked Rezende: "⟦d:c|Is this the best match you have ever played?⟧"
"⟦d:a|No. The best match is the one I play on Friday,⟧" she said, to laughter.
Rezende will meet either Mirela Dragomir or Saskia Volkers for a place in the final.

### 015
@a Levon Ter-Minasyan | the grandmaster
@b Nairi Ter-Minasyan | His daughter
@c Ferdinand Kasprzak | Tournament director
Levon Ter-Minasyan has played chess professionally for forty-four years and says he has enjoyed about six of them.
``⟦d:a|The rest was work,⟧'' the grandmaster said on the eve of the Vallory Invitational, which he has won a record five times. ``⟦d:a|Good work. But work.⟧''
Ter-Minasyan, 62, is playing what he insists is his final classical tournament. His daughter, Nairi Ter-Minasyan, who is also his second, is not so sure.
``⟦d:b|He said this in 2015. He said it in 2019. He will say it again next year,⟧'' she said. ``⟦d:b|I have stopped packing his things.⟧''
Asked whether he followed the computer analysis that now dominates preparation, he shrugged. ``⟦d:a|I look at it. It is like looking at the sun. You learn nothing and it hurts your eyes.⟧''
Tournament director Ferdinand Kasprzak said the event had sold out for the first time since 2008, which he credited to ``⟦p:c|the Ter-Minasyan farewell, whether or not it is one⟧''.
``⟦d:c|If he wants to retire every year, he is welcome to do it here,⟧'' Kasprzak said.

### 016
@a Séamus Ó Conghaile | -
@b Cathal Ó Conghaile | His elder son
@c Donncha Ó Conghaile | his younger son
At half past four on a February morning the harbour at Inishcarrow is dark except for the wheelhouse of the Naomh Bríd, where Séamus Ó Conghaile is already drinking his second mug of tea.
“⟦d:a|Fifty-one years I've been doing this, and I've never once wanted to. That's not true. I wanted to the first day,⟧” he says.
He is 68. His elder son, Cathal Ó Conghaile, 41, is the skipper in all but name; his younger son, Donncha Ó Conghaile, 37, does the engines. Between them, the three men have what Cathal calls “⟦p:b|about a hundred and thirty years of shouting at each other⟧”.
“⟦d:b|Dad still thinks he's in charge. We let him think it,⟧” Cathal says, coiling rope on the deck.
“⟦d:a|I heard that.⟧”
“⟦d:b|You were meant to.⟧”
Catches of whitefish in the bay have fallen by more than half in a decade, and the boat now spends part of the year taking anglers and, in summer, tourists. Donncha handles the bookings.
“⟦d:c|I put us on a website. Dad wasn't happy. He said, ‘We're fishermen, not a bus.’ Then the first summer paid for the new winch and he stopped saying it,⟧” Donncha says.
Neither son has children who want to fish. Séamus is philosophical about it.
“⟦d:a:m|My father fished, and his father, and his father before him. It doesn't mean the boys' children have to.⟧
“⟦d:a|The sea doesn't care who's on it. It'll be here. Someone will go out on it. Maybe it'll be an Ó Conghaile, maybe it won't.⟧”
Donncha grins. “⟦d:c|He says that now. Ask him again when Cathal's girl wants to be a solicitor.⟧”

### 017
@a Ravi Chaudhary | host
@b Graham Tolland | a retired detective inspector
@c Bernadette Roe | Tamsin's sister
@d - | The podcast's producers
In the latest episode of "⟦s:-|Cold Water⟧", the podcast that has spent three series re-examining the 1996 disappearance of Tamsin Roe from a caravan park in Saltmarsh Bay, host Ravi Chaudhary finally gets the interview he has been chasing since the first episode.
Graham Tolland, a retired detective inspector, led the original investigation. He has never spoken publicly about it.
"⟦d:b|I'll tell you what I told the family. We got it wrong in the first forty-eight hours, and you don't get those back,⟧" Tolland tells Chaudhary.
"⟦d:a|Wrong how?⟧" Chaudhary asks.
"⟦d:b|We assumed she'd run off. Seventeen-year-old, row with her mum, it happened every summer. So we didn't search the dunes until the Tuesday.⟧"
The episode also features an interview with Tamsin's sister, Bernadette Roe, now 49, recorded at her kitchen table.
"⟦d:c|Every year on her birthday I buy a card. I don't know why. I've got twenty-eight of them in a drawer,⟧" she says.
Chaudhary plays her words back to Tolland. There is a long silence.
"⟦d:b|I'm sorry. That's not enough. But I'm sorry,⟧" he says eventually.
The podcast's producers said the new episode had been "⟦p:d|the hardest to make by a distance⟧".

### 018
@a Folake Adebayo-Stone | -
@b Hamish Doyle | -
@c - | another critic
@d Peter Lindqvist | Its director
Folake Adebayo-Stone is trying to explain why she nearly turned down the part that has made her, at 52, the most talked-about stage actor in the city.
“⟦d:a|I read it on a train and I cried, and then I got off the train and thought, I can't do that eight times a week. Crying is very tiring. People don't realise,⟧” she says over a flat white at a café round the corner from the Albion Theatre.
The play, “⟦s:-|Mothers of the Flood⟧”, has been running for fourteen weeks. Hamish Doyle of the Evening Clarion called her performance “⟦p:b|the kind of thing you tell your grandchildren you saw⟧”; another critic described the production as “⟦p:c|three hours of grief with an interval⟧”, which she has framed.
“⟦d:a|The bad review is funnier than the good one. And it's fair. It is three hours of grief. The interval is very important,⟧” she says.
Its director, Peter Lindqvist, says he wrote to her three times before she agreed to meet him.
“⟦d:d|The third letter was basically begging. I'm not proud of it. Folake has this quality where you can't stop looking at her even when she's doing nothing. Especially when she's doing nothing,⟧” Lindqvist told me later.
I relay this to her. She rolls her eyes. “⟦d:a|He says that to everyone. He said it about a dog in his last show.⟧”
“⟦d:-|Was the dog good?⟧”
“⟦d:a|The dog was excellent. The dog got better reviews than me.⟧”

### 019
@a Mehmet Yildirim | the Harbourside manager
@b Jussi Koskinen | a quiet Finn who has followed him from club to club for eleven years
Mehmet Yildirim does not look like a man whose team is bottom of the league. He is tanned, relaxed and, when we meet at Harbourside United's training ground on a wet Wednesday, laughing at something on his phone.
"⟦d:a|My daughter sent me a meme. Me, with a sinking ship. She thinks it's very funny. She's 14. Everything I do is very funny to her,⟧" the Harbourside manager says.
Yildirim, 49, took over in October with the club eight points from safety. They are now three points from safety, which he calls "⟦p:a|progress, if you squint⟧".
The supporters have given him a nickname, "⟦s:-|The Sultan⟧", which he tolerates.
"⟦d:a|I'm from a village near the Black Sea. My father sold tyres. If I'm a sultan, it's a sultan of tyres,⟧" he says.
Much of the credit for the improvement, he insists, belongs to his assistant, Jussi Koskinen, a quiet Finn who has followed him from club to club for eleven years.
"⟦d:a|Jussi does the work. I do the talking. It's a good system, because I'm terrible at the work and he's terrible at the talking,⟧" Yildirim says.
Koskinen, when found in the video room later, confirms this.
"⟦d:b|He is right. I don't like to talk,⟧" he says. There is a long pause. "⟦d:b|That's all.⟧"
Is the relegation fight winnable? Yildirim doesn't hesitate.
"⟦d:a:m|Yes. Of course. If I didn't think so I would go home and sell tyres.⟧
"⟦d:a|But I tell the players: don't look at the table. The table is a liar until May. Look at the next game, look at the man you are marking, look at your boots. Are they clean? Good. Go.⟧"

### 020
@a Corazon Villareal | Her grandmother
@b Marites Villareal-Byrne | Her mother
@c Jasmine Byrne | the 23-year-old
When Jasmine Byrne qualified as a nurse last month, she became the third generation of her family to work at St Aldhelm's Hospital in Westbury Cross.
Her grandmother, Corazon Villareal, arrived from the Philippines in 1972 and worked on the hospital's maternity ward for thirty years. Her mother, Marites Villareal-Byrne, is a senior sister in the emergency department.
“⟦d:a|When I started, the matron told me I would last a month. I lasted thirty years. She lasted two,⟧” said Mrs Villareal, 78.
Her daughter laughed. “⟦d:b|Mum tells that story at every christening.⟧”
Mrs Villareal-Byrne said she had tried, gently, to talk her own daughter out of nursing.
“⟦d:b|I said, ‘Do you know what the shifts are like? You've seen me come home.’ And she said, ‘Yes, that's why I want to do it,’⟧” she said. “⟦d:b|I had nothing to say to that. I just cried in the car.⟧”
Jasmine, who has started on a surgical ward, said her grandmother had given her one piece of advice.
“⟦d:c|Lola said, ‘Always know where the biscuits are, and always know where the fire exit is.’ I've found both,⟧” the 23-year-old said.
The three women were photographed together outside the hospital's main entrance on Friday. Asked whether the family tradition would continue, Mrs Villareal pointed at her great-grandson, aged four.
“⟦d:a|Him? He wants to be a dinosaur,⟧” she said.

### 021
@a Huw Pritchard | Presenter
@b Gwen | -
@c Dai | One caller
@d - | A woman from Pentre Isaf
@e Bethan Rees-Morgan | Cabinet member for transport
Listeners to Radio Bryn flooded the lines on Monday morning after the council confirmed that the 41 bus to the upper valley would be withdrawn in June.
"⟦d:b|I'm 83. I don't drive. That bus is how I get to the doctor, the chemist and my sister's grave,⟧" said Gwen, from Nantmawr. She was one of more than sixty people who rang the morning programme.
Presenter Huw Pritchard asked her what she would do. "⟦d:a|So what happens in June, Gwen?⟧"
"⟦d:b|I'll walk, I suppose. It's four miles. Ask me again in July if I'm still here.⟧"
One caller, who gave his name only as Dai, said he had been "⟦p:c|waiting for a bus since 1987⟧" and would not notice the difference.
A woman from Pentre Isaf said: "⟦d:d|They've taken the bank, the post office and the library. Now the bus. Next it'll be the road.⟧"
Cabinet member for transport Bethan Rees-Morgan, who came on the programme shortly before ten, said the council had "⟦p:e|no choice at all⟧" after losing its bus subsidy grant.
"⟦d:e|I don't want to cut this route. Nobody in this building wants to cut this route. But the money simply isn't there,⟧" she said.
Pritchard put Gwen's point to her. "⟦d:e|I'd like to speak to Gwen directly, if she's still listening, and I'll give her my number,⟧" Cllr Rees-Morgan said.

### 022
@a Karim | My son
@b Ground control | -
Farida Haddad returned to Earth in November after 211 days aboard the Meridian orbital station, the longest single flight by an astronaut of the Continental Space Agency. She spoke to the Courier at the agency's training centre in Valdoro.
Q: What was the first thing you did when you landed?
A: Threw up. Then I asked for an orange. You dream about fresh fruit up there. I'd been talking about oranges for a month, and the crew were sick of it.
Q: What did your family say?
A: My son, Karim, who is nine, asked me, “⟦d:a|Did you see any aliens?⟧” I told him no, and he said, “⟦d:a|Then what was the point?⟧” Which is fair.
Q: Was there a moment when you were frightened?
A: Once. There was a pressure alarm at about three in the morning, station time. Ground control came on and said, “⟦d:b|Farida, we see it, stay calm, we're working it.⟧” It turned out to be a faulty sensor. But for about four minutes I was very calm on the outside.
Q: Would you go back?
A: Tomorrow. Don't tell my husband.

### 023
@a Anjali Raghunathan | chief executive of Loomwell
@b Siobhán Keaveney | -
@c Marcus Adeyemi-Holt | an early investor who put £50,000 into the company when it had four customers
Anjali Raghunathan still keeps the folding table on which she and Siobhán Keaveney wrote the first version of Loomwell's software in a spare bedroom in Kestrel Park. It is in her office now, with a plant on it.
"⟦d:a|It reminds me that we didn't need anything fancy. We needed two laptops and a kettle,⟧" said Raghunathan, 38, chief executive of Loomwell, which last month raised £60 million at a valuation of more than £500 million.
Keaveney left the company in 2021 after what Raghunathan describes as "⟦p:a|a disagreement about pace⟧".
"⟦d:a|Siobhán wanted to grow slowly and carefully, and she was probably right. I wanted to grow quickly, and I was probably also right. Only one of us could be right at the same company,⟧" Raghunathan said.
Keaveney, who now runs a small software consultancy in Ballinrue, was more succinct.
"⟦d:b|We were two people who both wanted to drive. It's not a tragedy. We still have dinner,⟧" she said by phone. "⟦d:b|She pays, mind.⟧"
Marcus Adeyemi-Holt, an early investor who put £50,000 into the company when it had four customers, said he had nearly walked away after their first meeting.
"⟦d:c|Their pitch deck was eleven slides and four of them had spelling mistakes. But Anjali answered every question before I'd finished asking it. I've backed a lot of people since, and I've only seen that twice,⟧" he said.
Asked what she would do differently, Raghunathan paused for a long time.
"⟦d:a|Sleep more. Hire a finance director in year one, not year four. And call my mother back more often. She reads these, so put that in.⟧"

### 024
@a Haris Mahmood | Captain
@b Dale van Rensburg | Head coach
@c Southern Counties Cricket Board | -
PORT ELLIS, Nov 14 – Captain Haris Mahmood said his side had “⟦p:a|batted like strangers⟧” after they were bowled out for 97 on the second day of the first Test against the Eastern Islands.
“⟦d:a|We spoke about patience all week and then we went out and did the opposite. I include myself in that. I got out to a ball I should have left,⟧” Mahmood said.
Head coach Dale van Rensburg declined to blame the pitch, which had produced eleven wickets in the day.
“⟦d:b|It was a good pitch. There were runs out there. We just didn't want them enough,⟧” the South African said.
Asked whether changes would be made for the second Test, he said: “⟦d:b|Everyone's place is under review. That includes mine.⟧”
The Southern Counties Cricket Board said in a statement that it retained “⟦p:c|full confidence⟧” in the captain and coaching staff.
“⟦d:c|One bad day does not define a team,⟧” the statement said.
Mahmood himself was more blunt when asked about the board's support. “⟦d:a|Ask me again after the next Test.⟧”

### 025
@a Halina Wiśniewska-Roth | The artist
@b Tobias Roth | her husband
@c Amara Diallo | the exhibition's curator
The first room of the Halina Wiśniewska-Roth retrospective at the Mercer Gallery contains a single small painting: a kitchen chair, blue, against a yellow wall. The artist, who is 84, painted it in 1963, when she was a cleaner in a boarding house and painted at night.
“⟦d:a|The chair was the only thing in the room that belonged to me. So I painted it. Everybody asks what it means. It means I had a chair,⟧” she says.
Amara Diallo, the exhibition's curator, spent three years persuading her to lend the early work.
“⟦d:c|She kept saying they were bad. I kept saying they were the best thing she'd done. Eventually she got tired of arguing with me,⟧” Diallo said.
“⟦d:a|I did not get tired. I got old. It's different,⟧” Wiśniewska-Roth says.
The final room is given over to portraits of Tobias Roth, her husband, who died in 2009. Beside them, in a glass case, is a letter he wrote her in 1971, when she was considering giving up painting altogether.
“⟦d:b|If you stop, the chair will be very disappointed in you,⟧” Roth wrote. “⟦d:b|So will I, but the chair matters more.⟧”
She has not read the letter since she lent it. “⟦d:a|I know what it says,⟧” she says.

### 026
@a Jade Marchbank | REALITY star
@b - | a source close to the star
@c Ricky Tennant | her ex-boyfriend
@d - | A spokeswoman for Brightside TV
REALITY star Jade Marchbank has broken her silence after her shock exit from "⟦s:-|Villa Heat⟧", insisting: "⟦d:a|I walked, I wasn't pushed.⟧"
The 26-year-old, who quit the show on Sunday night's episode after a blazing row with her ex-boyfriend Ricky Tennant, posted a tearful video to her 1.2 million followers.
"⟦d:a|I've been made out to be the villain and I'm not having it. I left for my mental health and I'd do it again,⟧" she said.
But a source close to the star told the Sunday Blaze: "⟦d:b|Jade was gutted. Producers told her she was going to be voted off anyway, so she jumped before she was pushed.⟧"
Tennant, 29, hit back last night, saying: "⟦d:c|I wish her well but she knows what she did. I'm not going to say any more than that.⟧"
A spokeswoman for Brightside TV said: "⟦d:d|Jade's decision to leave the villa was entirely her own. The welfare of our contestants is always our top priority.⟧"

### 027
@a Morag Cairncross | the head teacher
@b Ewan Strachan | a former pupil who now teaches Primary 5
@c Isla Gordon | Primary 7 pupil
After thirty-three years, 2,000-odd pupils and what she estimates to be "⟦p:a|about forty thousand plasters⟧", Morag Cairncross will retire from Glenbervie Primary at the end of term.
"⟦d:a|I came for a year. I thought I'd get some experience and move to the city. The city's still there. I never got round to it,⟧" the head teacher said.
Among the staff who will line the playground for her final assembly is Ewan Strachan, a former pupil who now teaches Primary 5.
"⟦d:b|She caught me climbing on the bike shed roof when I was eight. She didn't shout. She just said, 'Ewan, come down, you're making the roof nervous.' I've used that line on my own class,⟧" Mr Strachan said.
Pupils have made her a quilt, each square designed by a different child. Primary 7 pupil Isla Gordon, 11, said hers was a picture of Mrs Cairncross's dog.
"⟦d:c|Everyone knows Biscuit. He comes in on Fridays. I hope he can still come in,⟧" Isla said.
Mrs Cairncross said she had already been asked.
"⟦d:a|Biscuit is not retiring. Biscuit has a contract,⟧" she said.
Asked what she would miss most, she thought for a moment. "⟦d:a|The noise. I'm going to go home on the first Monday of August and the house is going to be so quiet, and I'm going to hate it.⟧"

### 028
@a Marit Engebretsen | -
@b Anders Engebretsen | -
@c Ngawang Tenzing | his climbing partner of fourteen years
Marit Engebretsen has not been to the mountains since her husband died on the north ridge of Karshan Peak in May 2022. She has no plans to go.
“⟦d:a|People expect me to say that I understand why he went. I don't. I never did. I loved him. That's different from understanding him,⟧” she says, in the kitchen of the house in Vestbø that they built together.
Anders Engebretsen was 52 and one of the most experienced high-altitude climbers in Scandinavia. His last message, sent by satellite phone from 7,400 metres, was nine words long.
“⟦d:b|Weather good. Legs good. Tell the girls I'll call Thursday.⟧”
The “⟦s:-|girls⟧” were their daughters, Sunniva and Ingrid, then 15 and 12.
“⟦d:a:m|He called every Thursday. Wherever he was. Base camp, a tent on a glacier, an airport somewhere.⟧
“⟦d:a:m|That Thursday I sat by the phone from six o'clock. Sunniva said, ‘Mamma, he's just late.’ At ten o'clock I sent the girls to bed.⟧
“⟦d:a|The call came on the Saturday. It was not him.⟧”
Ngawang Tenzing, his climbing partner of fourteen years, was two hundred metres below him when a cornice collapsed. He visited Vestbø last summer for the first time.
“⟦d:c|I wanted to tell her myself what I saw. Not on a phone. Not in a report. She made me dinner. She asked me questions for four hours. She is stronger than any climber I know,⟧” he said by phone from his home in the Solu valley.
Marit smiles faintly when this is read back to her. “⟦d:a|Ngawang is very kind. He is also a terrible liar. I was not strong. I just didn't want him to leave.⟧”

### 029
@a Nabil Haddadin | -
@b Omar Haddadin | his son
@c Pauline Swift | The neighbour
Eighteen months after arriving in Ashbury with two suitcases, the Haddadin family have opened a shop.
Nabil Haddadin, 51, was a pharmacist in his home city before the war. Now he sells spices, olive oil and sweets from a narrow unit on Tanner's Row, helped after school by his son, Omar Haddadin, 16.
"⟦d:a|Al-hamdu lillah,⟧" Mr Haddadin said when asked how business was. "⟦d:a|Thanks be to God,⟧" Omar translated, and then added, "⟦d:b|He means it's OK. Not great. OK.⟧"
Speaking through his son, Mr Haddadin said the family had been "⟦p:a|welcomed like cousins⟧" by their neighbours.
"⟦d:a|When we came, a woman from the next street brought us a lasagne. Every Sunday for two months. We had never eaten lasagne. Now my wife makes it better than her,⟧" he said.
Omar, who wants to study medicine, said he switched between English and Arabic "⟦p:b|about a thousand times a day⟧".
"⟦d:b|At school I'm English. In the shop I'm Arabic. At home I'm whatever my mum needs,⟧" he said.
The neighbour, Pauline Swift, 70, said she had only done "⟦p:c|what anyone would do⟧".
"⟦d:c|I'd seen them carrying boxes in the rain. I thought, they'll be hungry. Everyone's hungry when they move house,⟧" she said.

### 030
@a Ilse Vandenberghe | the Flemish director
@b Matthias Degroote | the 44-year-old actor
@c - | One journalist
Ilse Vandenberghe, the Flemish director, says she never intended to make a film about her grandfather. Her third feature, «⟦s:-|The Orchard Keeper⟧», premiered in competition on Thursday.
«⟦d:a|I wanted to make a film about apples. Then I found his diaries, and the apples became a war,⟧» she told reporters at the festival's press conference.
«⟦d:a|He never spoke about those years. Not once. I found out more from twelve notebooks than from forty years of Sunday lunches.⟧»
The film follows an orchard keeper hiding two deserters in 1944. Matthias Degroote, who plays him, lost nine kilos for the part.
«⟦d:b|Ilse said, 'He should look hungry.' I said, 'How hungry?' She said, 'Hungrier than that.'⟧» the 44-year-old actor said, to laughter.
One journalist asked whether the film's ending, which some at the screening found ambiguous, had been a deliberate choice. «⟦d:c|Did you not want to give the audience an answer?⟧»
«⟦d:a|My grandfather didn't give me one. Why should I give you one?⟧» Vandenberghe replied.

### 031
@a Chidinma Okeke | the sprinter
@b Ifeoma Okeke | Her older sister and coach
@c Ngozi Okeke | a nurse
Chidinma Okeke was eleven when her older sister told her she would one day run 100 metres in under eleven seconds. She is 24 now, and last Saturday in Hallam she ran 10.91.
"⟦d:a|Ify said it like it was a weather forecast. Like, tomorrow it will rain and you will run 10.9. I believed her because she's never been wrong about anything. It's very annoying,⟧" the sprinter said.
Her older sister and coach, Ifeoma Okeke, 31, gave up her own athletics career after a hamstring injury at 20 and has coached her sister ever since, with no formal qualifications until three years ago.
"⟦d:b|I used to write her sessions on the back of cereal boxes. She still has some of them. I wasn't a genius. I just watched her more closely than anyone else did,⟧" Ifeoma said.
The sisters train on a council track in Drayford where, Chidinma says, "⟦p:a|the lights work about half the time⟧".
Their mother, Ngozi Okeke, a nurse, rarely misses a race. She was in the stand in Hallam.
"⟦d:c|I screamed so loud a man in front of me moved seats. I don't know anything about running. I know about my girls,⟧" she said.
Asked about the world championships in August, Chidinma looked at her sister before answering.
"⟦d:a|Ify says final.⟧"
"⟦d:b|I said medal,⟧" Ifeoma said.
"⟦d:a|She said final in front of the journalists so I don't get nervous.⟧"

### 032
@a Gideon Asamoah-Whyte | the shadow housing secretary
@b - | His press officer
Gideon Asamoah-Whyte, the shadow housing secretary, has chosen a Turkish grill in Eastfield where, he says proudly, “⟦p:a|nobody in politics has ever been seen⟧”. Within ten minutes, two people have asked for selfies.
“⟦d:a|Well. That's the end of that, then,⟧” he says, ordering the mixed grill and a lemonade.
He is 44, the son of a Ghanaian bus driver and an English dinner lady, and grew up on the Marlowe estate, which was demolished in 2006. He talks about it a lot. I ask whether he worries that it has become a routine.
“⟦d:a:m|Of course it's a routine. Everything in politics is a routine. The question is whether it's true, and it is.⟧
“⟦d:a|I grew up in a flat where the mould came back every October like a relative. I'm not making that up for a conference speech. My mum used to say, ‘The mould's back, put the kettle on.’ That was the seasons in our house.⟧”
His press officer, a young woman who has been silently eating chips, looks up when I ask whether he wants to lead the party.
“⟦d:b|He's not going to answer that,⟧” she says.
“⟦d:a|I'm not going to answer that,⟧” he agrees. “⟦d:a|But I'll say this. I'd like to be in a position where people like my mum don't have to put the kettle on for the mould. Whatever job does that.⟧”
“⟦d:-|So that's a yes?⟧” I ask.
He laughs and picks up the bill before I can. “⟦d:a|It's a no comment. And this is a bribe. Put that in.⟧”

### 033
@a Felix Amankwah | -
@b Harvey Lunt | -
Felix Amankwah and Harvey Lunt have been making "⟦s:-|Two Blokes, One Mic⟧" for nine years and 412 episodes, and they have never once, by their own admission, prepared.
"⟦d:a|Preparation is for people who have something to lose,⟧" says Amankwah, 38.
"⟦d:b|We have a lot to lose. He just doesn't know what it is,⟧" says Lunt, 41.
They met at a comedy night in a pub in Ellingham where, according to Lunt, Amankwah was "⟦p:b|the worst act I have ever seen, and I've seen a man juggle soup⟧".
"⟦d:a|That's not fair. The soup man was worse,⟧" Amankwah says.
The podcast now has more than two million listeners a week, and last month they sold out three nights at the Ellingham Corn Exchange.
I ask which of them is the funny one. There is a long silence.
"⟦d:b|Felix is funny. I'm the one who knows how to switch the microphone on,⟧" Lunt says eventually.
"⟦d:a|That's a real skill, to be fair. I can't do it,⟧" Amankwah says. "⟦d:a|There was an episode in 2017 where I talked for forty minutes into a hairbrush.⟧"
"⟦d:b|It was one of our best.⟧"
"⟦d:a|It was our best.⟧"

### 034
@a - | a boy in Year 4
@b Efua | My grandmother
@c - | One councillor
@d The council | -
Bronwen Ofori-Atta was named the city's poet laureate in January, the first to hold the post since it was revived after a twenty-year gap. She spoke to Sunil Nair.
SN: What does a city poet laureate actually do?
BO: Mostly I go to schools. Last week a boy in Year 4 asked me, “⟦d:a|Do you get paid?⟧” and when I said yes, he said, “⟦d:a|For poems?⟧” with real disgust.
SN: Your new collection is called “⟦s:-|Bus Station Psalms⟧”. Why buses?
BO: Because I don't drive, and because the bus is the only place in this city where everybody sits together. My grandmother, Efua, used to say, “⟦d:b|If you want to know a town, ride the last bus home.⟧” She was right. The last bus is where everyone tells the truth.
SN: One councillor called the laureateship “⟦p:c|a vanity post⟧”. How do you respond?
BO: I'd invite him to a Year 4 class. He'd be asked whether he gets paid, too.
SN: What's next?
BO: A poem for the new bridge. The council asked for something “⟦p:d|uplifting, but not too long⟧”. I'm working on the second part.

### 035
@a Rangi Paewai | the eldest
@b Hemi Paewai | -
@c Tama Paewai | the youngest
@d Aroha Paewai | Their mother
Up a gravel road in the Kōwhai Valley, the three Paewai brothers are arguing about a fence.
"⟦d:a|It was straight when I put it up,⟧" says Rangi Paewai, 46, the eldest.
"⟦d:b|It was straight when you put it up in 1998. It's been leaning since the earthquake. We've all been telling him,⟧" says Hemi Paewai, 43.
"⟦d:c|I haven't been telling him. I've been staying out of it,⟧" says the youngest, Tama Paewai, 39.
The brothers took over the 400-hectare sheep and beef farm from their father, Hōhepa, who died in 2019. Their mother, Aroha Paewai, 74, still lives in the homestead and still, her sons say, runs the place.
"⟦d:d|I don't run it. I just tell them when they're wrong, which is most days,⟧" she says, setting down a tray of scones.
Wool prices are at their lowest in decades, and last year the brothers planted 60 hectares in native bush under a carbon scheme. It was, Hemi says, "⟦p:b|the biggest fight we've ever had, including the fence⟧". Rangi concedes he was the holdout.
"⟦d:a:m|Dad would have hated it. That was my argument. Dad farmed sheep, so we farm sheep.⟧
"⟦d:a|Then Mum said Dad also planted the tōtara by the woolshed, so he wasn't as simple as I was making out.⟧"
"⟦d:d|He was never simple. None of my boys are, whatever they pretend,⟧" Aroha says.

### 036
@a Lukas Procházka | the 24-year-old
@b Fiorella Santangelo | Vantor Racing team principal
@c Vantor Racing | -
@d Kenji Moriyama | the Japanese driver
VALMONTE, June 2 – Lukas Procházka accused Kenji Moriyama of “⟦p:a|driving like he had no mirrors⟧” after the pair collided on the opening lap of the Valmonte Grand Prix on Sunday, ending Procházka's race and his hopes of leading the championship.
“⟦d:a|I left him a car's width. He took a car and a half. I'm not angry. I'm disappointed. OK, I'm angry,⟧” the 24-year-old told broadcasters in the pit lane.
Moriyama, who went on to finish second, said the collision was “⟦p:d|a racing incident, nothing more⟧”.
“⟦d:d|We were both going for the same piece of road. I'm sorry his race is over, but I didn't do anything I wouldn't do again,⟧” the Japanese driver said.
Stewards took no further action. Vantor Racing team principal Fiorella Santangelo said the team would “⟦p:b|respect the decision, without agreeing with it⟧”.
“⟦d:b|Lukas had the pace to win today. That's what hurts,⟧” she said.
In a statement later on Sunday, Vantor Racing said it had “⟦p:c|reviewed the onboard footage in detail⟧” and would not be appealing.
“⟦d:c|Our focus is on the next race,⟧” the team said.

### 037
@a Declan Fahy | the singer
@b Tobi Adesanya | the guitarist
@c Ruth Kilbride | the bassist
It has been nineteen years since the Paper Lanterns last played together, and the first thing they did in the rehearsal room was argue about the tempo of their biggest hit, “⟦s:-|Tidewater⟧”.
“⟦d:a|We always played it too fast live. We were nervous, so everything was too fast,⟧” says Declan Fahy, the singer, now 52 and a music teacher in Dunmore.
“⟦d:b|He was nervous. I was fine,⟧” says Tobi Adesanya, the guitarist.
Ruth Kilbride, the bassist, who now runs a recording studio, rolls her eyes. “⟦d:c|Neither of them was fine. Declan used to be sick before every gig. Tobi used to hide in the van.⟧”
The band split in 2006 after a disastrous American tour, which Fahy calls “⟦p:a|six weeks of motorway and regret⟧”. The drummer, Colm Fahy, Declan's younger brother, declined to take part in the reunion, and the band has hired a session player.
“⟦d:a:m|Colm's happy. He's got a farm, he's got kids, he doesn't want to be in a van with us again, and honestly, I don't blame him.⟧
“⟦d:a|We asked. He said no. He said it very nicely. Then he said it less nicely.⟧”
Asked whether new songs were coming, the three of them looked at each other.
“⟦d:c|There are songs,⟧” Kilbride said carefully.
“⟦d:b|There are bits of songs,⟧” Adesanya corrected her.
“⟦d:a|There's a chorus. We've got a really good chorus,⟧” said Fahy.

### 038
@a Lorraine Beckett | -
@b Tariq Siddiqui | a father of two from Brackley Heath
@c Helen Okwuosa | a transplant surgeon at Halsey General
Lorraine Beckett had one request when she met the man who received her son's heart: she asked if she could listen.
Tariq Siddiqui, 34, a father of two from Brackley Heath, lay back on the sofa in her front room while she held a stethoscope to his chest.
"⟦d:a|It was Jamie. I know everyone says that, but it was. Steady and a bit fast, like he was in a hurry,⟧" said Mrs Beckett, 56.
Her son, Jamie Beckett, died aged 19 after a motorcycle accident in 2021. His organs saved four lives.
"⟦d:b|I didn't know what to say to her. What do you say? Thank you doesn't cover it,⟧" said Mr Siddiqui, who had waited three years for a transplant after a viral infection damaged his heart.
"⟦d:b|She just said, 'Look after it.' I said I would. I've been to the gym more in the last year than in my whole life.⟧"
The families were put in touch through the Regional Transplant Service, which passes on letters between donor families and recipients if both agree.
Dr Helen Okwuosa, a transplant surgeon at Halsey General, said meetings like this were "⟦p:c|rare, and extraordinary when they happen⟧".
"⟦d:c|Most families never meet. Some exchange letters for years. When they do meet, it's often the most important day of both their lives since the operation,⟧" she said.
Mrs Beckett said she and Mr Siddiqui now speak every month.
"⟦d:a|He sends me pictures of his kids. Jamie would've liked that. He was always good with kids,⟧" she said.

### 039
@a Rukhsana Qadri | the retiring circuit judge
@b Dominic Hale | -
In twenty-two years on the bench, Rukhsana Qadri has sentenced murderers, dissolved marriages and, on one memorable afternoon in 2009, ordered a goat removed from Court 4.
``⟦d:a|It was an exhibit. It was not meant to be a live exhibit,⟧'' the retiring circuit judge says. ``⟦d:a|Counsel had misunderstood the instructions.⟧''
Judge Qadri, 70, steps down from Harbury Crown Court next month. She was the first woman of South Asian heritage appointed to the circuit bench in the region.
She agreed to talk, she says, on condition that she would not discuss individual cases. She then discusses individual cases for an hour, though none that can be named.
``⟦d:a:m|The ones you remember are never the big ones. It's the shoplifter who stole nappies. The young man who wrote me a letter from prison every Christmas for ten years to tell me he was still clean.⟧
``⟦d:a|I kept those letters. I'm not sure I was supposed to. I'm retiring, so I suppose it doesn't matter now.⟧''
Dominic Hale KC, who appeared before her more than a hundred times, describes her as ``⟦p:b|courteous, terrifying and always right on the law, which is the worst combination for a barrister⟧''.
``⟦d:b|You could not bluff her. Many of us tried. I tried once, in 2011, and I still think about it at three in the morning,⟧'' he said.
Told of this, Judge Qadri smiled. ``⟦d:a|He should. It was a very bad point.⟧''

### 040
@a Caitríona Walsh | presenter
@b Jan-Willem de Boer | a dairy farmer who moved to the Wendle valley from the Netherlands in 1999
@c Edwin Pollard | the 67-year-old
On Sunday's “⟦s:-|Land and Weather⟧”, presenter Caitríona Walsh visited two neighbouring farmers who have found themselves on opposite sides of a planning row over a proposed solar farm.
Jan-Willem de Boer, a dairy farmer who moved to the Wendle valley from the Netherlands in 1999, has leased forty acres to the developer.
“⟦d:b|Milk prices, Caitríona. That's the whole answer. I can milk cows at a loss or I can grow electricity at a profit,⟧” he told her.
“⟦d:a|And the cows?⟧”
“⟦d:b|The cows stay. The cows don't mind. The cows have never once complained about a solar panel.⟧”
Across the river, Edwin Pollard, whose family have grown barley on the same land for five generations, is leading the objections.
“⟦d:c|I've nothing against Jan-Willem. He's a good neighbour. He pulled my tractor out of a ditch in 2012. But this is the best land in the county, and we're covering it in glass. My grandfather would be spinning,⟧” the 67-year-old said.
Walsh asked whether he had told his neighbour that. “⟦d:c|Oh, I've told him. He told me my grandfather grew barley at a loss too.⟧”
“⟦d:a|Did he?⟧”
“⟦d:c|He wasn't wrong. That's what annoys me.⟧”

### 041
@a Soraya Karimi | -
@b Leila Karimi | Her sister
Soraya Karimi's studio occupies the top floor of a former hat factory in Mallory Street, and on the afternoon I visit it is full of brides.
Not real ones, she explains. Mannequins, twelve of them, in various states of undress, for a collection that goes on show in March.
"⟦d:a:m|I started making wedding dresses because my cousin couldn't find one she liked. She's very tall and very particular, and every shop she went to tried to make her look like a cake.⟧
"⟦d:a:m|So I made her one. In my bedroom, on my mother's sewing machine, which was older than both of us. It took four months and I cried twice a week.⟧
"⟦d:a|Then her friends wanted one. Then their friends. I was twenty-three and I had a waiting list and no idea how to charge anyone.⟧"
That was in 2012. Karimi, now 35, employs nineteen people and sells in four countries. Her sister Leila Karimi, who is two years younger, runs the business side.
"⟦d:b|Soraya would give the dresses away if I let her. She once made one for a bride who paid her in plants,⟧" Leila said.
"⟦d:a|They were very good plants,⟧" Soraya said.
I ask whether she ever wears her own designs. She looks genuinely shocked.
"⟦d:a|I've never been married. I'm always too busy making everyone else's dress. Leila says I'll have to marry myself one day, just to get the photos,⟧" she says.

### 042
@a Brian Hetherington | -
@b Nkechi Obi | a retired maths teacher
@c - | A council spokesman
@d - | other plot holders
A row over a "⟦s:-|rogue⟧" marrow has divided the Fernside Road allotments, after one plot holder accused another of what he called "⟦p:a|horticultural sabotage⟧".
Brian Hetherington, 71, who has tended plot 14 since 1986, says his prize-winning marrow, nicknamed "⟦s:-|Big Dennis⟧", was cut from the vine on the eve of the Fernside Show.
"⟦d:a|Somebody came in the night with secateurs. It was a clean cut. This was someone who knew what they were doing,⟧" he said.
He has not named a suspect but has, other plot holders say, been "⟦p:d|very pointed⟧" with Nkechi Obi on plot 15, who won the marrow class in his absence.
"⟦d:b|I grew my marrow. I didn't need his marrow. My marrow was bigger than his marrow before anybody touched anything,⟧" said Mrs Obi, 58, a retired maths teacher.
"⟦d:b|I've got photos. I've got receipts for the compost. I'm happy to go to the police.⟧"
A council spokesman said: "⟦d:c|We are aware of a dispute at Fernside Road and would encourage all plot holders to resolve it amicably. Marrows are not a matter for the council.⟧"

### 043
@a Park Ji-hoon | -
@b Mateus Carvalho | Northwind's coach
@c Li Wenjie | Teammate
Park Ji-hoon, better known to millions of viewers as "⟦s:-|Halcyon⟧", has spent most of his life in front of a screen. At 19, he is the youngest player ever to win the Ironclad Masters, and he would like his mother to stop worrying.
"⟦d:a|She calls every night and asks if I've eaten vegetables. I say yes. Sometimes it's true,⟧" Park said in an interview after his team, Northwind, lifted the trophy in Corvale on Sunday.
"⟦d:a|She still doesn't really understand what I do. She told her friends I work with computers. That's, OK, technically true.⟧"
Northwind's coach, Mateus Carvalho, said Park's reaction speed was "⟦p:b|the best I've measured, and I measure everyone⟧".
"⟦d:b|But that's not why he's special. Lots of kids are fast. He's calm. He's calm like an old man fishing,⟧" Carvalho said.
Teammate Li Wenjie, 22, said Park was also "⟦p:c|the worst cook in the gaming house by some distance⟧".
"⟦d:c|He made instant noodles once and the fire alarm went off. Instant noodles,⟧" Li said.
Park, told of this, shrugged. "⟦d:a|The alarm is too sensitive.⟧"

### 044
@a Gábor Szalai | -
@b Bence Szalai | the younger Szalai
Gábor Szalai kept goal for Vasvár for seventeen seasons and conceded, by his own reckoning, “⟦p:a|somewhere around nine hundred, but who's counting⟧”. On Saturday he will sit in the stand at the Kőhíd Stadium and watch his son do the same job.
Bence Szalai, 20, made his first-team debut three weeks ago and has kept two clean sheets in three games.
“⟦d:b|Everyone says I have his hands. I don't. His hands are like shovels. I have normal hands,⟧” the younger Szalai said.
His father, 54, now coaches the club's under-12s. He says he has tried very hard not to give his son advice.
“⟦d:a|I failed. I give him advice all the time. He ignores all of it, which is correct. My advice is from 1995,⟧” he said.
The pair do agree on one thing: the worst moment of Gábor's career, an own goal in a cup semi-final in 2003 that Bence, then aged one, obviously does not remember.
“⟦d:b|I've watched it online maybe two hundred times,⟧” Bence said.
“⟦d:a|He sends it to me. On my birthday. Every year,⟧” said Gábor.
“⟦d:b|It's tradition.⟧”
Asked what he would say to his son before Saturday's derby, Gábor thought for a long time.
“⟦d:a|Nothing. I'll say nothing. Maybe ‘Don't score in your own net.’ That's the only advice I'm qualified to give.⟧”

### 045
@a Anouk Ferreira-Lindahl | a principal dancer with the Calder Ballet
@b Gabrielle Ferreira | a former dancer who now teaches in Portvale
@c Viktor Stanek | the company's artistic director
Anouk Ferreira-Lindahl, a principal dancer with the Calder Ballet, has broken nine toes in her career, some of them twice.
``⟦d:a|People think ballet is soft. It is the least soft thing I know,⟧'' she said during a break in rehearsals.
The 29-year-old will dance the title role in ``⟦s:-|Giselle⟧'' when the company opens its season at the Harbour Theatre next month. It is the part she has wanted since she was six.
``⟦d:a|My mother took me to see it for my birthday and I cried so much they nearly asked us to leave,⟧'' Ferreira-Lindahl said.
Her mother, Gabrielle Ferreira, a former dancer who now teaches in Portvale, remembers it differently.
``⟦d:b|She didn't cry. She shouted. She shouted 'Again!' at the end, very loudly, in the quiet bit,⟧'' she said.
Viktor Stanek, the company's artistic director, said Ferreira-Lindahl was ``⟦p:c|the most musical dancer I have worked with in twenty years⟧''.
``⟦d:c|She hears things in the score the conductor hasn't noticed. It's quite irritating for the conductor,⟧'' he said.
Asked what she does on her days off, she laughed. ``⟦d:a|Sleep. Eat. Put my feet in ice. It's very glamorous.⟧''

### 046
@a Olumide Fashola | the show's host
@b Ingeborg Lauritzen | an economist at the Halvard Institute
Interest rates will stay "⟦p:b|higher for longer than anyone wants to hear⟧", according to Ingeborg Lauritzen, an economist at the Halvard Institute, who was this week's guest on "⟦s:-|The Ledger⟧" podcast.
Speaking to the show's host, Olumide Fashola, Professor Lauritzen said households should plan on the assumption that borrowing costs would not fall significantly before 2027.
"⟦d:a|So if I'm a first-time buyer listening to this, what do I do? Do I wait?⟧" Fashola asked.
"⟦d:b|You don't wait for the perfect moment, because there isn't one. You buy when you can afford the payments at today's rate, not tomorrow's imagined rate,⟧" she said.
Fashola pressed her on whether economists had got inflation wrong.
"⟦d:b|Yes. Let's be honest. Most of us, me included, thought it would be transitory. It was not transitory. I have apologised to my mother, who asked me about it at Christmas two years in a row,⟧" she said, laughing.
"⟦d:a|What did she say?⟧"
"⟦d:b|She said, 'So what do they pay you for?' It was a fair question.⟧"

### 047
@a Mele Fifita | -
@b Losa Fifita | her twin sister
@c Birgitta Lindholm | Their coach
@d Salote Fifita | Their grandmother
Mele Fifita and her twin sister, Losa Fifita, were born four minutes apart, and they have been arguing about those four minutes ever since.
“⟦d:a|I'm the older one. It's a fact. It's on a certificate,⟧” says Mele.
“⟦d:b|It's four minutes. That's not older. That's a queue,⟧” says Losa.
The 27-year-olds will row together in the women's double sculls at the Games this summer, the first sisters to row for their country at an Olympics.
Their coach, Birgitta Lindholm, says the closeness is their greatest strength and, occasionally, a problem.
“⟦d:c|They can read each other's stroke without speaking. That's gold dust in a double. But when they fight in the boat, they switch to Tongan, and I don't speak Tongan, so I've no idea who started it,⟧” Lindholm said.
“⟦d:a|Losa starts it,⟧” Mele says.
“⟦d:b|Mele starts it, and then she says I started it, which is starting it again.⟧”
Their grandmother, Salote Fifita, 81, will fly out to watch with a flag she sewed herself. The twins say she has given them only one instruction.
“⟦d:d|Don't fight in front of the cameras,⟧” she told them, according to Losa.
“⟦d:a|We'll fight after,⟧” Mele said.

### 048
@a Yoshiko Arakawa | the chef
@b Giles Pemberton | the Sentinel's restaurant critic
Yoshiko Arakawa takes me to lunch at a café that serves, she says, “⟦p:a|the second-best egg sandwich in the city⟧”. The best, naturally, is her own, but her restaurant is shut on Mondays.
“⟦d:a|You should never eat in your own restaurant on your day off. You start noticing things. Then you ring people,⟧” says the chef, who opened Kumo on Harrow Lane in 2017 and won her first star last autumn.
The star came eighteen months after a famously savage review by Giles Pemberton, who called her tasting menu “⟦p:b|eleven courses in search of a reason⟧”.
“⟦d:a|I read it in the kitchen at seven in the morning. I went home and slept for a day,⟧” she says. “⟦d:a|Then I got up and changed nine of the courses. He was right about seven of them.⟧”
I ask about the other two.
“⟦d:a|The other two he was wrong about, and they're still on the menu, and he's still wrong.⟧”
Pemberton, the Sentinel's restaurant critic, was gracious when reached by email. “⟦d:b|I stand by every word, and I'd also happily eat there every week. Those positions are not in conflict,⟧” he wrote.
The sandwiches arrive. She lifts the top slice of bread and examines the egg with a professional frown.
“⟦d:a|Second best,⟧” she confirms.

### 049
@a - | My wife
@b Harriet Osei-Blake | Your editor
@c - | A woman in her eighties
Kofi Mensah-Adu's debut novel, “⟦s:-|A House With No Clocks⟧”, took eleven years to write and three weeks to sell. It was published last month.
**Eleven years. Why so long?**
I had a job, two kids and no idea what I was doing. I wrote it on the train. About four hundred thousand words, of which ninety thousand survived.
**Who did you show it to first?**
My wife. She read it in one night and said, “⟦d:a|It's good, but who is Kwabena and why is he in chapter nine?⟧” He was a character I'd cut in 2016. I'd forgotten to delete him from one scene. He was just standing there, in a kitchen, for no reason.
**Your editor, Harriet Osei-Blake, says she bought it within a day. Is that true?**
She says that. It was actually thirty hours. Her email said, “⟦d:b|I need this book. Please don't send it anywhere else,⟧” which is the best sentence anyone has ever written to me, including in the book.
**Have you had any reader mail?**
One letter. A woman in her eighties who wrote, “⟦d:c|I did not like the ending, but I have thought about it every day since, so I suppose that is what you wanted.⟧” I've pinned it above my desk.
**What's next?**
Another book. Hopefully in fewer than eleven years.

### 050
@a Rasmus Kjeldsen | the master of the Nordlys Star
@b Elmer Santos | Bosun
@c Harbourmouth Coastguard | -
@d Sophie Delacroix-Hart | -
A solo sailor rescued from a capsized yacht 200 miles offshore was found "⟦p:a|standing on the upturned hull, waving a sock⟧", according to the master of the cargo ship that picked her up.
Captain Rasmus Kjeldsen, the master of the Nordlys Star, diverted his vessel after picking up a distress beacon early on Tuesday.
"⟦d:a|We were the closest ship by six hours. There was no discussion. You go,⟧" he said.
"⟦d:a|Seven-metre waves. We could see her only when we were on top of one. Then she'd disappear, and then there she was again, waving,⟧" Kjeldsen said.
Sophie Delacroix-Hart, 34, had been attempting a single-handed crossing to the Saint Brendan Islands.
"⟦d:d|I'd run out of clean socks anyway. They're heroes, all of them. I'm going to send every one of them a bottle of something,⟧" she said from hospital in Harbourmouth, where she is being treated for hypothermia.
Bosun Elmer Santos, who pulled her aboard, said: "⟦d:b|She was very cold, very polite. She said thank you about forty times. Then she asked if we had tea.⟧"
Harbourmouth Coastguard said: "⟦d:c|This was an outstanding piece of seamanship by the master and crew of the Nordlys Star in extremely difficult conditions.⟧"

### 051
@a Tamar Gelashvili | -
@b Aldo Ferrandini | Her first teacher
@c Henri Dufresne-Mallet | The theatre's director
Tamar Gelashvili was twelve, singing in a village church choir, when a visiting teacher heard her and told her mother she should «⟦p:b|never be allowed to stop⟧».
Her first teacher, Aldo Ferrandini, who died in 2015, is the reason she is now, at 38, one of the most sought-after sopranos in Europe.
«⟦d:a|He said it to my mother in Italian, and my mother doesn't speak Italian, so she thought he was complaining about the noise,⟧» Gelashvili said, laughing, in her dressing room at the Grand Théâtre de Valmy.
«⟦d:a|She took me home and told me to sing more quietly. It took a translator and a priest to sort it out.⟧»
She will sing the title role in «⟦s:-|Tosca⟧» at the theatre in April. It is, she says, «⟦p:a|the role that frightens me most, which is why I said yes⟧».
«⟦d:a:m|Tosca is not a nice woman. She's jealous, she's vain, she kills a man with a dinner knife. But she's honest. Everything she feels, she feels all the way.⟧
«⟦d:a|I was a shy child. Singing was the only place I was allowed to feel things all the way. So I understand her.⟧»
The theatre's director, Henri Dufresne-Mallet, said the production had sold out in four hours.
«⟦d:c|We could have sold it three times. When Tamar sings, people come from everywhere. We had a man drive from the coast without a ticket, just to stand outside,⟧» he said.

### 052
@a Parveen Akhtar | -
@b Zara Akhtar-Hussain | Her eldest granddaughter
@c Amina Hussain | Zara's sister
@d Colin Beattie | Instructor
For most of her life Parveen Akhtar would not go near water deeper than a bath. On Sunday, at the age of 80, she swam a full length of Stanfield Leisure Centre's main pool, to applause from her family and most of the lifeguards.
“⟦d:a|I was terrified. I'm still terrified. But I did it,⟧” Mrs Akhtar said afterwards, wrapped in a towel with a cup of tea.
Her eldest granddaughter, Zara Akhtar-Hussain, 26, signed her up for lessons as a birthday present. Zara's sister, Amina Hussain, 22, drove her to every one.
“⟦d:b|She said we were trying to kill her. For about a week she wasn't speaking to me,⟧” Zara said.
“⟦d:c|Ten days,⟧” Amina corrected her. “⟦d:c|She didn't speak to Zara for ten days. She spoke to me, though, because I was the one who had to drive her.⟧”
Instructor Colin Beattie, who has taught adults to swim for nineteen years, said Mrs Akhtar was his oldest ever beginner.
“⟦d:d|The first lesson, she held the side the whole time and told me she'd never forgive me if she drowned. By week six, she was telling me off for my technique,⟧” he said.
Mrs Akhtar, who grew up in a village far from the sea, said she had always been ashamed she could not swim.
“⟦d:a|My grandchildren go to the beach and I sit on the sand with the bags. Not any more. This summer I'm going in. Zara, you're buying me a swimming costume. A nice one,⟧” she said.

### 053
@a Tesfaye Gebremariam | the 23-year-old
@b Jordi Puigvert | Team director
Tesfaye Gebremariam became the first rider from his country to win a mountain stage of the Tour of Castellano on Thursday, attacking alone on the final climb to the Col de Serrat and finishing 48 seconds clear.
"⟦d:a|I was thinking about my father. He rode a bicycle to market every day for thirty years, and it was heavier than this one,⟧" the 23-year-old said through a team interpreter.
"⟦d:a|I called him after the finish. He asked me if I had won money. I said yes. He said, 'Good, now come home and fix the roof.'⟧"
Team director Jordi Puigvert said Gebremariam had asked permission to attack "⟦p:b|at the bottom of the climb, which is crazy, so I said no⟧".
"⟦d:b|He went anyway. I was shouting in the radio. Then I stopped shouting because it was working,⟧" Puigvert said.
Asked whether he had heard his director on the radio, Gebremariam smiled. "⟦d:a|The radio was not working very well today.⟧"
Puigvert, overhearing: "⟦d:b|The radio was working perfectly.⟧"

### 054
@a Malachy Considine | presenter
@b Sunil Ratnayake | -
@c Agnes | -
For thirty-nine years Sunil Ratnayake has driven a taxi through the city between ten at night and six in the morning. On Friday he was the guest of presenter Malachy Considine on “⟦s:-|Night Owls⟧”, Harbour FM's late show.
“⟦d:a|Sunil, what's the strangest thing anyone's ever left in your cab?⟧” Considine asked.
“⟦d:b|A wedding cake. Three tiers. Nobody ever came back for it. My wife and I ate it for a week,⟧” Ratnayake said.
He came to the city from Sri Lanka in 1983 with a degree in engineering that, he said, “⟦p:b|nobody here wanted to know about⟧”.
“⟦d:b:m|I drove because it was the only job I could get. Then I kept driving because I liked it. At night the city tells you its secrets. People sit in the back and they talk, because they'll never see you again.⟧
“⟦d:b|I've heard proposals, confessions, a man who'd just won the lottery and a man who'd just lost his house. Same night, sometimes.⟧”
Listeners rang in with their own stories. Agnes, from Kilbarra, said Ratnayake had driven her to the maternity hospital in 1997 “⟦p:c|at a speed I won't mention on the radio⟧”.
“⟦d:c|He wouldn't take the fare. He said, ‘Name her after me.’ We didn't, but she's got a middle name starting with S,⟧” she said.
Ratnayake said he remembered. “⟦d:b|Small blue car. Lots of shouting. I remember.⟧”

### 055
@a Norman Ackroyd | musical director
@b Trevor Lumb | the oldest
@c Shanice Campbell | Principal cornet
Bramwick Colliery Band has not had a colliery for thirty-one years, but on Saturday it will compete at the national finals for the first time since 1988.
"⟦d:a|The pit shut, the band didn't. That's the whole story of this town, really,⟧" said musical director Norman Ackroyd, 66.
The band has 28 players, aged between 12 and 79. The youngest is on percussion; the oldest, Trevor Lumb, has played tuba since he was nine.
"⟦d:b|I played at the pit gates the day it closed. We played a hymn and nobody could see the music, we were all crying,⟧" said Mr Lumb.
"⟦d:b|This is for them. The men who aren't here.⟧"
Principal cornet Shanice Campbell, 17, joined the band at eleven after hearing it play at a school fete.
"⟦d:c|My mates think it's hilarious. They call it my 'old man band'. But there's no buzz like it when you get the piece right,⟧" she said.
Ackroyd said the band had rehearsed three nights a week since Christmas. Asked about the competition, he was cautious.
"⟦d:a|We're not there to win. We're there to not embarrass ourselves,⟧" he said, before adding: "⟦d:a|All right, we're there to win.⟧"

### 056
@a Anand Krishnamurthy | a paediatric heart surgeon at the Royal Wexham Children's Hospital
@b Ellie Marchant | Noah's mother
@c Noah Marchant | -
Anand Krishnamurthy, a paediatric heart surgeon at the Royal Wexham Children's Hospital, has performed more than three thousand operations. He says he remembers almost every one.
“⟦d:a|Not the names always. But the hearts. Each heart is a bit different, like a face. People find that strange. My wife finds it very strange,⟧” he says.
One of the hearts he remembers best belongs to Noah Marchant, now nine, who was born with the left side of his heart underdeveloped. Krishnamurthy operated on him three times before he was four.
Noah's mother, Ellie Marchant, remembers the first operation, when Noah was five days old.
“⟦d:b|He came out to us afterwards and sat down. Surgeons don't sit down. I thought, he's sitting down because Noah's dead,⟧” she said. “⟦d:b|And then he said, ‘It went well. Better than I hoped.’ I fell on the floor.⟧”
Noah, who now plays football on Saturdays and wants to be, in his words, “⟦p:c|a surgeon or a goalkeeper, probably a goalkeeper⟧”, was less sentimental.
“⟦d:c|He's got a funny watch. It's got a calculator on it,⟧” Noah said of his surgeon.
Krishnamurthy laughed when told. “⟦d:a|It's a very good watch. I've had it since 1994. It has never let me down, unlike some of my colleagues.⟧”
I ask whether he ever gets used to it, the fear on the parents' faces.
“⟦d:a:m|No. And I hope I don't. The day you get used to it, you should stop.⟧
“⟦d:a|I tell the parents the truth, in plain words, and then I go and do my job as well as I can. The rest is not up to me.⟧”

### 057
@a DeShawn Whitfield | the 28-year-old forward
@b Renata Kowalczyk | Mariners head coach
@c - | A league source
CALLOWAY CITY, Feb 8 - DeShawn Whitfield said Thursday he learned he had been traded from the Calloway Comets to the Port Isabel Mariners "⟦p:a|from my cousin, who saw it on his phone⟧".
"⟦d:a|I'm at the grocery store. My cousin calls. He says, 'Bro, you're a Mariner.' I said, 'Since when?' He said, 'Since about four minutes ago.'⟧" the 28-year-old forward told reporters at the Mariners' practice facility.
A league source said the Comets had been "⟦p:c|shopping him for a month⟧" before the deal was agreed.
Mariners head coach Renata Kowalczyk said Whitfield would start Friday against the Highland Rangers.
"⟦d:b|He's a two-way player. He defends, he rebounds, he talks. We need a guy who talks,⟧" Kowalczyk said. "⟦d:b|Our locker room is the quietest in the league. It's like coaching a library.⟧"
Whitfield said he held no grudge against the Comets. "⟦d:a|It's a business. I get it. I just wish somebody from the business had called me before my cousin did.⟧"

### 058
@a Konstantin Alexandrou | -
@b Miroslav Hájek | emeritus professor at Brenna
@c Sabine Rautenberg | The host
Two historians who have disagreed in print for twenty years about the fall of the Free City of Varenna in 1683 met face to face for the first time this week, on the «⟦s:-|Past Imperfect⟧» podcast.
Konstantin Alexandrou, of the University of Mirtos, has long argued that the city was betrayed from within. Miroslav Hájek, emeritus professor at Brenna, insists it simply ran out of food.
«⟦d:a|There are letters. There is a man called Ortolan who opens a gate at two in the morning. I don't know what else Miroslav needs,⟧» Alexandrou said.
«⟦d:b|A gate was opened because there was nobody left with the strength to guard it. Konstantin likes a villain. I prefer bread prices,⟧» Hájek replied.
The host, Sabine Rautenberg, asked whether either had ever been tempted to change his mind. «⟦d:c|Has either of you, in twenty years, ever thought, maybe he's right?⟧»
«⟦d:a|Every Tuesday,⟧» Alexandrou said. «⟦d:a|And then on Wednesday I reread his book and the feeling passes.⟧»
«⟦d:b|I have never thought he was right. I have sometimes thought he was interesting. That's a different thing,⟧» Hájek said.
The episode ends, unusually, with the two men agreeing to visit the archive in Varenna together next spring. Rautenberg said listeners had already asked «⟦p:c|whether they can come too⟧».

### 059
@a Ignacio Barrientos | -
@b Valentina Barrientos | His daughter
In a workshop behind a row of shops in Ravensmoor, Ignacio Barrientos has built 412 guitars in forty-six years. He keeps a ledger with the name of every buyer, written in fountain pen.
“⟦d:a|Number one went to a man who never paid me. I've still got his name here. He owes me eighty pounds. With interest, a lot more,⟧” he says, tapping the page.
His daughter, Valentina Barrientos, 31, trained as an architect before joining him at the bench five years ago.
“⟦d:b|I drew buildings for three years and never saw one get built. Here, I make a thing and at the end of the month somebody plays it. That's a better deal,⟧” she says.
Father and daughter disagree about almost everything except wood. He favours traditional French polish; she has been experimenting with oil finishes, which he describes as “⟦p:a|a crime against the spruce⟧”.
“⟦d:b|He says that about everything I try. He said it about the new clamps,⟧” Valentina says.
“⟦d:a|The clamps were also a crime.⟧”
“⟦d:b|The clamps are fine, Papá.⟧”
Their guitars now have a waiting list of two years. Ignacio, who is 72, says he will retire when his hands tell him to.
“⟦d:a|Not before. And when I stop, it's hers. The ledger, too. She can chase the eighty pounds.⟧”

### 060
@a Doreen Ashby | owner
@b Craig Ashby | Her son
@c Steven Ashby | his younger brother
@d - | A spokeswoman for the Dunmarsh Veterinary Centre
A HEARTBROKEN pensioner has been reunited with her beloved Jack Russell - three years after he vanished on a seaside walk.
Tiny terrier Pickles turned up 140 miles away in Dunmarsh, where a vet scanned his microchip and rang owner Doreen Ashby, 78.
"⟦d:a|I thought it was a scam. I said, 'Is this one of those phone calls?' She said, 'No, Mrs Ashby, we've got your dog,'⟧" said Doreen, from Saltby.
"⟦d:a|I just screamed. The neighbours came round thinking I'd been burgled.⟧"
Her son Craig Ashby, 52, drove through the night with his younger brother, Steven Ashby, 49, to collect him.
"⟦d:b|He was a bit fatter and a bit greyer, but so am I. He knew us straight away,⟧" said Craig.
"⟦d:c|Mum had kept his bed by the radiator the whole three years. She wouldn't let us move it. We thought she'd lost the plot. Turns out she was right,⟧" added Steven.
How Pickles ended up in Dunmarsh remains a mystery. A spokeswoman for the Dunmarsh Veterinary Centre said he was "⟦p:d|in remarkably good condition⟧" and had clearly been "⟦p:d|well looked after by someone⟧".
Doreen added: "⟦d:a|Whoever had him, thank you. But he's mine.⟧"

### 061
@a Ruaridh MacAulay | -
@b Peigi MacAulay | His wife
The boat from Port Annag takes forty minutes to reach Sgeir Dhubh, and for the last ten of them I am sick over the side. Ruaridh MacAulay is waiting on the landing stage with a flask.
“⟦d:a|Everyone's sick the first time. The minister was sick. A man from the government was sick twice,⟧” he says, handing me a cup of tea so strong the spoon could stand up in it.
MacAulay, 74, was the last keeper of the Sgeir Dhubh light before it was automated in 1998. He still lives on the island for six months of the year, maintaining the buildings for the trust that now owns them.
“⟦d:-|Why do you stay?⟧” I ask him, as we climb the 142 steps to the lamp room.
He considers this for thirty steps.
“⟦d:a:m|Because somebody should. The light doesn't need me. It's run by a computer in an office in Inverglas. But a lighthouse without anybody in it is just a very tall ornament.⟧
“⟦d:a|And I like the quiet. You can hear yourself here. On the mainland you can't hear anything but other people.⟧”
His wife, Peigi MacAulay, spends the summers with him and the winters with their grandchildren. She is more practical about the arrangement.
“⟦d:b|He'd be miserable anywhere else and he'd make me miserable too. So I give him the summer and he gives me the winter. It's a very good marriage. Forty-nine years. Half of it on a rock,⟧” she says.
Before I leave, I ask him whether he ever gets lonely.
“⟦d:a|Lonely? No. There's the seals, and the gulls, and once a year a journalist who's sick on the steps.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh137.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh137",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
