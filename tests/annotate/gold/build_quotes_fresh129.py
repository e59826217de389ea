# ruff: noqa: E501
"""Build ``quotes_fresh129.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts (questions in bold, or turns
marked with the speakers' initials or ``Q:``/``A:``), podcast and radio interviews,
sports and arts interviews, and human-interest stories about families in which
several relatives of the same gender speak and are called by their first names, with
reporters who ask their own questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh129-NNN``.

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

* The decisions of ``build_quotes_fresh58.py`` are kept: a role title or relational
  phrase before the name combined with an appositive after it (``Her mother, Efua
  Boakye, a seamstress in Kumasi …``) gives the appositive as the description; a
  speaker introduced without an appositive takes a definite description used of them
  in the next sentence or at a cue (``the 19-year-old Chilean``, ``the translator``);
  questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null, and a named host's or presenter's questions are that person's
  speech; in a printed dialogue each turn belongs to the person whose turn it is.
* Transcripts in this set mark turns with bold questions (``**…?**``), with the
  speakers' initials (``HŻ:``, ``AB:``) or with ``Q:``/``A:``. The turns themselves
  are not quoted and carry no spans. A quote inside an answer is annotated with the
  person it is attributed to (``My aunt in Kumasi … said, “…”`` is the aunt's, with
  ``my aunt in Kumasi`` as description); an interviewee quoting their own earlier words
  (``I said, “Then go back and get him.”``) is the speaker of that span.
* A relative introduced by first name only, whose surname is only implied by the
  family's (``Her sister Rebecca``, ``Harjit, the eldest``), has the first name as
  speaker, even where another relative's full name is given in the passage.
* Two speakers who share a first name (two Davids, two Karens) or a surname (twin
  brothers, a husband and wife) are kept apart by their fullest written names.
* Someone who ``gave his first name as Lee`` or is identified by a first name on a
  phone-in (``Pat, from Eastleigh Road``) is named.
* A fragment quoted from a group (``his brothers say``) or from a headline phrase
  whose author is not singled out has a null speaker and description.
* A quoted fragment inside an indirect question (``asks the waiter whether the fish
  “had a happy life”``) is ``partial``; a full quoted question is ``direct``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh129.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh129.jsonl")

PASSAGES = """
### 001
@a Ottoline Varga-Reyes | the novelist
@b Bettina Lowe | her agent
Ottoline Varga-Reyes arrives at Ferrante's on Aldous Street eleven minutes late, apologising for the rain as if she had personally arranged it. The novelist, whose sixth book, “⟦s:-|The Salt Accountant⟧”, was shortlisted last week for the Halvard Prize, orders the soup without opening the menu.
“⟦d:a|I always have the soup here. It's the one decision I don't want to make today,⟧” she says, and then, to the waiter: “⟦d:a|And bread. A lot of bread.⟧”
I ask whether the shortlisting matters to her. “⟦d:-|Does it change anything?⟧” She considers the question for longer than I expect, tearing a roll into very small pieces.
“⟦d:a:m|It matters to my publisher. It matters to my mother, who has told the woman at the post office twice. To me? I'd be lying if I said no. But the book was finished two years ago. I'm somebody else now.⟧
“⟦d:a|The person who wrote it was angrier than I am. I miss her a bit, honestly.⟧”
Varga-Reyes grew up above her father's tailoring shop in Kessock, the youngest of five, and started writing, she says, “⟦p:a|because nobody in that flat ever let me finish a sentence⟧”. She sent her first novel to agents in longhand. Her agent, Bettina Lowe, remembers it arriving “⟦p:b|in a carrier bag, with tea stains on every page⟧”.
“⟦d:b|I assumed it was a joke. Then I read the first page standing up in the hall and didn't sit down for an hour,⟧” Lowe told me later by phone. “⟦d:b|I've never signed anyone faster.⟧”
When I repeat this over the mains, Varga-Reyes rolls her eyes. “⟦d:a|Bettina exaggerates. It was a shopping bag, not a carrier bag,⟧” she says. “⟦d:a|There's a difference, if you grew up where I did.⟧”
She bristles at being called “⟦s:-|a literary novelist⟧”, a label she thinks “⟦p:a|keeps the wrong people out of bookshops⟧”. By the time coffee arrives I ask the obvious question. “⟦d:-|What are you working on now?⟧” I ask.
“⟦d:a|Nothing,⟧” she says. “⟦d:a|Soup.⟧” And finally she laughs.

### 002
@a Kwabena Asante-Mensah | a glaciologist at the University of Tremont
@b - | my aunt in Kumasi
@c Sigrun Halvorsen | the team leader
@d - | one reviewer
Dr Kwabena Asante-Mensah, a glaciologist at the University of Tremont, has spent nineteen summers on the Vessel ice sheet. His first book for a general audience, “⟦s:-|Meltwater Hours⟧”, is published this month. He spoke to us from his office, where, he says, “⟦p:a|the air conditioning is the only ice I trust⟧”. The interview has been edited for length and clarity.
**Why write a book for non-scientists now?**
Because the papers aren't working. I've written forty-odd of them. My aunt in Kumasi read one and phoned me. She said, “⟦d:b|Kwabena, I understood the title.⟧” That was the review that mattered, and it was not a good review.
**What is it like to be out on the ice for months at a time?**
Quiet, mostly. Then very loud. The ice cracks like a rifle shot. In my first season the team leader, Sigrun Halvorsen, told me, “⟦d:c|If you hear it, you're fine. It's the one you don't hear.⟧” I still don't know whether she was joking. I have never asked her.
**You've been criticised for being too gloomy.**
Yes. One reviewer called the book “⟦p:d|a funeral with footnotes⟧”. I rather liked that, if I'm honest. I've had worse from my own students.
**Is there any hope in it at all?**
There's a chapter called “⟦s:-|Reasons⟧”. It's the shortest one. But it exists, and I fought my editor to keep it last.

### 003
@a Dev Raghunathan | host
@b Aurelio Castellanos | a former bond trader who now makes violins in a converted garage in Wexcombe
On this week's episode of "⟦s:-|Second Half⟧", the podcast about people who changed careers after forty, host Dev Raghunathan talks to Aurelio Castellanos, a former bond trader who now makes violins in a converted garage in Wexcombe.
"⟦d:a|So what actually happened? You were making, what, a frankly ridiculous amount of money?⟧" Raghunathan asks early on.
"⟦d:b|An obscene amount,⟧" Castellanos says. "⟦d:b|And I was miserable in a way I couldn't explain to anyone, because who feels sorry for a bond trader?⟧"
He describes the moment he decided to leave as "⟦p:b|deeply unglamorous⟧". "⟦d:b|I was in a meeting about a meeting. Somebody said 'synergy' for the fourth time and I thought, I could be sanding something right now.⟧"
Raghunathan, who left a law firm himself at 44, pushes back. "⟦d:a|But that's the romantic version. What did your wife say?⟧"
"⟦d:b|She said, 'Finally.' Then she said, 'How much are we going to lose?' Both fair questions,⟧" Castellanos says.
"⟦d:b|The first violin I made,⟧" he goes on, "⟦d:b|sounded like a goose with a head cold. The fortieth is being played in an orchestra in Lisbon. So there's a learning curve, is what I'm saying.⟧"
The episode ends, as every episode does, with the same question. "⟦d:a|Any regrets?⟧" Raghunathan asks.
"⟦d:b|My thumbs,⟧" says the 52-year-old. "⟦d:b|I've cut both of them more times than I can count. Other than that, not one.⟧"

### 004
@a Thandiwe Mbeki | the matriarch
@b Nomsa | the eldest
@c Lindiwe | -
@d Zanele | the youngest
For four decades the ovens at Mbeki's Bakery on Carrow Road have been lit at half past three in the morning. Now, as Thandiwe Mbeki, 71, hands the keys to her three daughters, the family is arguing, cheerfully and at volume, about who gets the early shift.
“⟦d:a|I told them, whoever wants the bakery must want half past three. Nobody wants half past three,⟧” Mrs Mbeki said, sitting at the single table by the window.
Nomsa, the eldest, gave up a job in accountancy to come back. “⟦d:b|I did the books for other people's businesses for fifteen years. One day I thought, why am I not doing Mum's?⟧” she said.
Lindiwe, 44, who makes the cakes, disagrees with her sister about almost everything, including the name above the door. “⟦d:c|Nomsa wants to call it something modern. I said over my dead body, and then Mum said over hers, so that was that,⟧” she said.
Zanele, the youngest, is the only one who actually likes the early shift. “⟦d:d|It's quiet. It's me and the radio and the dough. Nobody asks me anything,⟧” she said. “⟦d:d|My sisters talk a lot.⟧”
“⟦d:b|We do not,⟧” said Nomsa.
“⟦d:c|We do, a bit,⟧” said Lindiwe.
Regulars come for the “⟦s:-|Carrow loaf⟧”, a dark rye Mrs Mbeki developed in 1986 and whose recipe, her daughters say, is written down nowhere.
Asked what she will do with her mornings, the matriarch laughed. “⟦d:a|Sleep. For the first time since 1983, I will sleep,⟧” she said. “⟦d:a|And then I will come in at ten o'clock and tell them they are doing everything wrong.⟧”

### 005
@a Saba Tesfamariam | the two-time Varnholm Marathon champion
@b Henrik Dahlqvist | the Swede
@c Meseret Alemu | her training partner
@d - | a journalist
Saba Tesfamariam, the two-time Varnholm Marathon champion, announced her retirement on Monday at the age of 36, ending a career that brought her eleven major podium finishes.
«⟦d:a|I knew at kilometre 30 in Rotterdam. My legs said: this is the last one. My head needed six more months to listen,⟧» Tesfamariam told reporters at her training base in Iten.
Henrik Dahlqvist, who has coached her since she was 22, sat beside her and at one point had to stop speaking. «⟦d:b|She never missed a session. Not one, in fourteen years. Once she had a fever and I sent her home, and she ran home,⟧» the Swede said.
«⟦d:c|People see the medals. I see the runs at five in the morning, in the dark, in the rain, when she was crying because her mother was sick,⟧» said Meseret Alemu, her training partner. «⟦d:c|She is the strongest person I know. Also the most stubborn.⟧»
Tesfamariam plans to open a running school in Adigrat for girls who, she said, «⟦p:a|run to school anyway, so why not teach them properly⟧».
«⟦d:a|What will I miss? The mornings with Meseret,⟧» she said. «⟦d:a|Not the ice baths. Never the ice baths.⟧»
When a journalist asked, «⟦d:d|Would you ever consider a comeback?⟧», she shook her head and smiled.
«⟦d:a|Never say never,⟧» she said. «⟦d:a|But never.⟧»

### 006
@a Rhiannon Pryce-Edwards | housing minister
@b Calum Ferreira | presenter
@c Dafydd Orme | opposition housing spokesman
@d - | a source in the department
Housing minister Rhiannon Pryce-Edwards was pressed repeatedly on Tuesday over the government's missed building target in a bruising interview on Morning Edition with presenter Calum Ferreira.
"⟦d:b|You promised 40,000 homes by this spring. You've built 11,000. Is that a failure?⟧" Ferreira asked.
"⟦d:a|It's a delay, not a failure,⟧" the minister said. "⟦d:a|We've had an exceptionally difficult two years in the construction sector, as I think everybody listening knows.⟧"
"⟦d:b|Those are the words your predecessor used,⟧" Ferreira said. "⟦d:b|Word for word, in this studio, eighteen months ago.⟧"
"⟦d:a|Well, then he was right too,⟧" she replied.
Throughout the interview Pryce-Edwards referred to a "⟦p:a|pipeline⟧" of projects that would, she said, "⟦p:a|deliver in the second half of the parliament⟧". She declined to say how many homes were in it.
Opposition housing spokesman Dafydd Orme said the interview had been "⟦p:c|a masterclass in saying nothing⟧". "⟦d:c|Families on waiting lists in my constituency heard that this morning and switched the radio off,⟧" he said.
A source in the department told this programme the original target had been "⟦p:d|unrealistic from day one, and everyone in the building knew it⟧".
Asked directly whether she would resign if the revised target was also missed, Pryce-Edwards said: "⟦d:a|I'm not going to answer hypotheticals at eight o'clock on a Tuesday morning, Calum.⟧"

### 007
@a Ruaridh MacAskill | the director
@b Gideon Achterberg | -
@c Paloma Reinholt | the set designer
The director Ruaridh MacAskill has put ``⟦s:-|King Lear⟧'' in a swimming pool. Not a metaphorical one: the old Victoria Baths in Dunmore, closed since 2009, drained, with the audience on the tiered seats and the storm scene played in the deep end.
``⟦d:a|I wanted the audience to feel wet. Not literally. Well, a little bit literally,⟧'' MacAskill said during a break in rehearsals, gesturing at a row of buckets.
``⟦d:-|Is it a gimmick?⟧'' I asked him. He did not seem remotely offended.
``⟦d:a:m|Of course it is. All theatre is a gimmick. A man stands on a box and says he's a king and you believe him for three hours.⟧
``⟦d:a|The question is never whether it's a gimmick. The question is whether it's a good one, and whether the gimmick serves the play or the play serves the gimmick.⟧''
Gideon Achterberg, 74, who plays Lear, has done the part twice before. ``⟦d:b|The first time I was too young. The second time I was too busy. Now I'm just old enough and not busy at all,⟧'' he said. ``⟦d:b|And the echo in here is marvellous. You can whisper and they hear you at the back.⟧''
The set designer, Paloma Reinholt, said the building did ``⟦p:c|half my job before I walked in⟧''. ``⟦d:c|The tiles are already cracked, the clock has already stopped. You don't need to design ruin in a place like this. You just need to light it,⟧'' she said.
MacAskill insisted the production was not a comment on the closure of the baths, then, a moment later, admitted that it was. ``⟦d:a|Everything here is about what gets abandoned,⟧'' he said. ``⟦d:a|Including old men.⟧''

### 008
@a Anouk Brasseur | singer
@b - | our old manager
@c - | my mum
Velvet Ordnance, the Leith Vale trio of singer Anouk Brasseur, guitarist Tobi Adeyemi and drummer Casimir Lindqvist, release their third album, “⟦s:-|Low Tide Republic⟧”, on Friday. Brasseur has called it “⟦p:a|the record we were too scared to make in our twenties⟧”. They spoke to Hanna Żuk in a rehearsal room above a carpet warehouse.
HŻ: Why scared?
AB: Because it's quiet. The label wanted another “⟦s:-|Firecracker⟧”, and we'd run out of fireworks.
TA: Our old manager literally said to us, “⟦d:b|Nobody buys quiet.⟧” He is not our manager any more.
CL: I'd like it on record that I wanted it louder.
AB: It's on record, Cas. She's recording.
HŻ: Tobi, you wrote most of the lyrics this time. Some of them are very dark.
TA: My mum read them and rang me at midnight and said, “⟦d:c|Tobi, who hurt you?⟧” Nobody, Mum. It's called fiction. Mostly.
HŻ: And the title?
AB: It's a line from “⟦s:-|Salt Ferry⟧”, the last song. Casimir hated it.
CL: I still hate it. Print that too.

### 009
@a Darren Kilbride | a forklift driver from Cradley Moss
@b Wayne | his younger brother
@c Pauline | their mother
BROTHERS Darren Kilbride, 48, a forklift driver from Cradley Moss, and his younger brother Wayne, 45, are £4.2 million richer after scooping Saturday's jackpot — and the first thing they bought was a kettle.
"⟦d:a|We'd had the same kettle since 1998. It was time,⟧" said Darren, grinning, at a celebration in the function room of the Crown and Anchor.
Wayne was the one who noticed the numbers. "⟦d:b|I checked the ticket nine times. Then I made Darren check it. Then I rang our mam,⟧" he said.
Their mother, Pauline, 73, didn't believe a word. "⟦d:c|I said, 'Don't be daft, Wayne, it's gone eleven.' I hung up on him twice,⟧" she told the Echo. "⟦d:c|He's been winding me up since he was four.⟧"
Wayne insists he will keep his job at the chip shop on Vale Street because "⟦p:b|you can't just sit there, can you⟧".
"⟦d:b|Our Darren wants a boat,⟧" he laughed. "⟦d:b|He gets seasick on the Isle of Wight ferry.⟧"
"⟦d:a|I'll learn,⟧" said Darren.
Pauline has her own plans. "⟦d:c|A conservatory. And a week somewhere hot where nobody knows them,⟧" she said.

### 010
@a Agnieszka Kowalczyk | -
@b Krystyna Hale | her daughter
@c Joanna | her granddaughter
@d Tunde Bakare | manager of Elmhurst House
Agnieszka Kowalczyk, known to three generations of Fennick Road neighbours as “⟦s:-|Nessa⟧”, celebrated her 100th birthday on Sunday with a cake, a letter from the palace and, at her own insistence, a small glass of plum vodka.
“⟦d:a|People ask me the secret. There is no secret. I walked everywhere and I never married a man who drank more than me,⟧” she said.
Mrs Kowalczyk came to Fennick in 1947 after the war separated her from her family. Her daughter, Krystyna Hale, 74, said her mother rarely spoke about those years. “⟦d:b|She would tell you about the dances and the cinema. She would not tell you about the trains,⟧” Mrs Hale said. “⟦d:b|We learned not to ask.⟧”
Her granddaughter, Joanna, 46, flew in from Calgary for the party with her two teenage sons. “⟦d:c|Babcia taught me to play cards when I was five and took all my pocket money,⟧” Joanna said. “⟦d:c|She has never once let me win. Not even today.⟧”
“⟦d:a|Why would I let her win? She is a grown woman,⟧” said Mrs Kowalczyk.
Tunde Bakare, manager of Elmhurst House, where Mrs Kowalczyk has lived for three years, said staff had been planning the party since January. “⟦d:d|She runs this place, really. We just work here,⟧” he said. “⟦d:d|If the soup is wrong, we hear about it before the soup does.⟧”

### 011
@a Rohan Venkataraman | -
@b Suresh Venkataraman | a software tester
@c Pavel Ostrowski | Grandmaster
@d - | one opponent's mother
Rohan Venkataraman is twelve, likes dinosaurs and the colour orange, and last month became the youngest player ever to win the Marlow Open, beating three grandmasters along the way.
"⟦d:a|The third one was the hardest. He kept staring at me. I just stared at the board,⟧" Rohan said, swinging his legs under the kitchen table in the family's flat in Eastfold.
His father, Suresh Venkataraman, a software tester, taught him the moves at four and was losing to him by five. "⟦d:b|I'm not a strong player. I was never a strong player,⟧" he said. "⟦d:b|By the end of that first year I was setting up the pieces and making the tea, and that was my contribution.⟧"
Rohan is coached twice a week by Grandmaster Pavel Ostrowski, who is cautious about the word "⟦s:-|prodigy⟧". "⟦d:c|Every year somebody is the next great thing. Most of them stop at fifteen, because they discover football, or girls, or they just get tired,⟧" Ostrowski said. "⟦d:c|What I like about Rohan is that he loses well. He goes home and finds out why.⟧"
Not everyone at the Marlow Open was charmed. One opponent's mother was heard telling an arbiter that the boy "⟦p:d|should be in bed, not in a hall full of adults⟧".
Told this, Rohan shrugged. "⟦d:a|I was in bed by ten. I checked,⟧" he said.
His father laughed, then grew more serious. "⟦d:b|We don't push him. If he wants to stop tomorrow, he stops,⟧" he said. "⟦d:b|He won't, though. He's worse than me about stopping things.⟧"
"⟦d:a|That's true,⟧" said Rohan. "⟦d:a|He still hasn't stopped the diet he started at Christmas.⟧"

### 012
@a Ignacio Barrientos | a cuatro player from Barquisimeto
@b Halden Arts Council | -
@c - | a neighbour who asked not to be named
@d Solveig Ness | the festival's director
HALDEN, Norway (Meridian Press) - Ignacio Barrientos, a cuatro player from Barquisimeto, arrived in this small Norwegian town three winters ago with a backpack, one instrument and no Norwegian. On Saturday he will close its summer festival.
"⟦d:a|La música no tiene pasaporte,⟧" Barrientos, 58, said in an interview at the community centre where he now teaches. "⟦d:a|Music has no passport.⟧"
He left Venezuela in 2021 after, he said, his small music school was "⟦p:a|closed by people who did not like the songs⟧". Speaking through an interpreter, he described walking part of the way to the Colombian border with his instrument strapped to his chest "⟦p:a|like a baby⟧".
"⟦d:a|The first winter here I thought I would die of the dark. Not the cold, the dark,⟧" he said. "⟦d:a|Then the children came to the lessons, and the dark was less.⟧"
The Halden Arts Council said in a statement that Barrientos had "⟦p:b|changed the sound of the town⟧" and that his classes were now fully booked until next spring.
A neighbour who asked not to be named said he played on his balcony every evening at seven. "⟦d:c|At first we complained. Now if he is late, we complain,⟧" she said.
Solveig Ness, the festival's director, said booking him had been "⟦p:d|the easiest decision I have made in eleven years⟧". "⟦d:d|He does not play for the audience. He plays for the people he left behind, and the audience is allowed to listen,⟧" she said.

### 013
@a Gethin Moorcroft | -
@b Alys Moorcroft | his wife
@c - | a spokesperson for the Rural Resilience Fund
Gethin Moorcroft has farmed the flats below Pennard Weir for thirty-one years. On Thursday morning he stood at the top of his yard in waders and watched the river take the last of his winter feed.
“⟦d:a|You don't cry. There's no point crying, there's too much to do,⟧” he said. “⟦d:a|You cry in August, when the bills come.⟧”
The Moorcrofts lost around 40 ewes and most of a barn when the weir overtopped just after two in the morning. His wife, Alys Moorcroft, said she had woken to the sound of the dogs. “⟦d:b|They don't bark at nothing. I looked out of the bedroom window and the field was a lake, with the moon on it. It was beautiful, which was the worst part,⟧” she said.
Mr Moorcroft said the family had asked the authority to clear the channel below the weir “⟦p:a|four times in six years⟧”, and had been told each time it was “⟦p:a|on the list⟧”.
“⟦d:b|We're still on the list,⟧” Mrs Moorcroft said. “⟦d:b|We'll be on it when we're dead.⟧”
A spokesperson for the Rural Resilience Fund said emergency grants of up to £5,000 would be available from Monday and urged affected farmers to “⟦p:c|apply early and keep every receipt⟧”.
Mr Moorcroft was unimpressed. “⟦d:a|Five thousand won't buy the hay,⟧” he said, wading back towards the barn. “⟦d:a|But I'll take it. I'm not proud. Not any more.⟧”

### 014
@a Kofi Boateng | the 29-year-old
@b Manny Ocampo | his trainer
@c Gail Sutherland-Roy | promoter
@d Jorge Lisandro Paz | the champion
Kofi Boateng, known since his amateur days as "⟦s:-|The Lamplighter⟧", insists he is not thinking about the belt. He is, by his own admission, thinking about almost nothing else.
"⟦d:a|People say take it one fight at a time. This is the one fight. There isn't another one after it that matters,⟧" the 29-year-old said at the Harlan Street gym where he has trained since he was eleven.
His trainer, Manny Ocampo, was sitting on the ring apron wrapping his own wrists out of habit. "⟦d:b|When he came in here he was a skinny kid who couldn't skip,⟧" Ocampo said. "⟦d:b|Look at him now. He still can't skip. But he can do everything else.⟧"
"⟦d:a|I can skip,⟧" Boateng said.
"⟦d:b|You can not skip,⟧" said Ocampo.
Promoter Gail Sutherland-Roy expects the fight to sell out the Coldharbour Arena. "⟦d:c|We've got two men who genuinely don't like each other,⟧" she said, "⟦d:c|and in this business that's worth more than any poster I can print.⟧"
The champion, Jorge Lisandro Paz, stoked that dislike this week with a post calling Boateng "⟦p:d|a gym fighter with a nice nickname⟧". "⟦d:d|Lights go out on the 14th,⟧" Paz wrote.
Boateng smiled when it was read to him. "⟦d:a|He's been thinking about my nickname a lot,⟧" he said. "⟦d:a|That's a good sign. For me.⟧"

### 015
@a Lorcan Feeney-Adair | the founder of the payments company Quillon
@b Theo | his press officer
Lorcan Feeney-Adair, the founder of the payments company Quillon, has chosen a vegan place near his office in Dockside, where he orders three small plates and eats none of them. He is thirty-four and worth, on paper, something like £900m. On paper, he says more than once, is “⟦p:a|not where anyone actually lives⟧”.
Sitting slightly apart at the next table is his press officer, a young man named Theo, who takes notes on a phone and occasionally clears his throat.
I ask about the 2,000 people Quillon laid off in March. “⟦d:-|Do you think you got that wrong?⟧”
“⟦d:a|I think we grew faster than we should have,⟧” Feeney-Adair says. “⟦d:a|And when you grow faster than you should, somebody pays for it, and it's almost never the person who made the decision. I know that.⟧”
“⟦d:-|So it was your decision?⟧” I ask.
“⟦d:b|I think Lorcan's covered that,⟧” says Theo, without looking up.
Feeney-Adair waves him away, not unkindly. “⟦d:a|It's fine. Yes. It was my decision. It was the right decision and it was a terrible thing to do to people, and both of those are true,⟧” he says.
He is, in the language of his industry, a “⟦s:-|serial founder⟧”, and he talks fluently about fees and float and rather less fluently about his father, a bus driver in Limerick who, he says, still does not understand what Quillon does. “⟦d:a|He asked me at Christmas if I could get him a discount on his phone bill. I said, Dad, that's not what we do. He said, well, what do you do then?⟧”
“⟦d:-|And what did you tell him?⟧” I ask.
He thinks for a while. “⟦d:a|I told him I move other people's money around,⟧” he says. “⟦d:a|He said that sounded about right.⟧”

### 016
@a Maren Oyelaran | the painter
@b Clementine Ashby-Ruiz | -
@c Ilse Verhoeven | a curator at the Hartlepool Gallery
The painter Maren Oyelaran does not own a mobile phone, a television or, as far as anyone can tell, a single piece of furniture that was made after 1970. Her studio on the top floor of an old sail loft in Ostmouth smells of linseed and wet dog.
“⟦d:a|People think I'm making a point. I'm not. I just never got round to any of it,⟧” she said, pushing a lurcher off the only chair.
Oyelaran, 81, is the subject of a retrospective opening next month at the Hartlepool Gallery, her first major show in twenty years. Ilse Verhoeven, a curator at the Hartlepool Gallery, spent eighteen months persuading her. “⟦d:c|She said no four times. The fifth time she said, ‘If you must,’ and I decided that counted,⟧” Verhoeven said.
Among the lenders to the show is Clementine Ashby-Ruiz, who studied under Oyelaran at the Fallow School in the 1990s and is now far better known than her teacher. Ashby-Ruiz said Oyelaran had been “⟦p:b|the most frightening and most generous person I met in my twenties⟧”.
“⟦d:b:m|She would walk past your easel and say nothing for three weeks. Then one day she'd stop and say one sentence, and you'd think about that sentence for a year.⟧
“⟦d:b|Mine was, ‘You are painting what you think I want.’ I went home and cried, and then I painted differently for the rest of my life.⟧”
Oyelaran, when this was put to her, said she did not remember saying it. “⟦d:a|But it sounds like me. It was probably true,⟧” she said. “⟦d:a|Clementine was always very good and always very worried. The worry was the problem, not the painting.⟧”
The show is titled “⟦s:-|Weather, Mostly⟧”, which Oyelaran says was not her idea. “⟦d:a|I wanted to call it ‘Paintings’. They said that was unhelpful,⟧” she said.

### 017
@a Noor Haddad | host
@b Elspeth Gowrie | her co-host
@c Ansel Okafor-Brandt | -
On the latest episode of "⟦s:-|Two Forks⟧", host Noor Haddad and her co-host, Elspeth Gowrie, sit down with Ansel Okafor-Brandt, whose tiny restaurant in a former bus shelter in Copperfield was named last month one of the country's fifty best places to eat.
Haddad opens by asking what everyone wants to know. "⟦d:a|Ansel, how many people can you actually fit in a bus shelter?⟧"
"⟦d:c|Eight. Nine if two of them are in love,⟧" Okafor-Brandt says.
The conversation turns quickly to his childhood in a family of eleven, where, he says, dinner was "⟦p:c|a contact sport⟧". "⟦d:c|If you were slow, you didn't eat. So I learned to cook, because the cook eats first. That's the whole origin story. It's not romantic.⟧"
Gowrie isn't having it. "⟦d:b|Everyone says it's not romantic and then it's the most romantic thing I've ever heard,⟧" she says. "⟦d:b|You learned to cook so you could feed yourself in a house full of siblings. That's a novel.⟧"
"⟦d:a|Elspeth cries at most of our guests,⟧" Haddad says. "⟦d:a|It's a feature, not a bug.⟧"
"⟦d:b|I'm not crying. I have a cold,⟧" says Gowrie.
Asked about the award, Okafor-Brandt is wary. "⟦d:c|Last month I had a waiting list of three days. Now it's four months, and half the people on it have never eaten in a bus shelter and are going to hate it,⟧" he says. "⟦d:c|I'm worried about the people who came before. My regulars can't get a table.⟧"

### 018
@a Tomasz Rybak | a retired ship's electrician
@b Mikołaj Rybak | -
@c Danuta Rybak | their birth mother
For fifty-three years, Tomasz Rybak and Mikołaj Rybak did not know the other existed. Born eleven minutes apart in a hospital in Lublin in 1971, the twins were adopted by different families and grew up 900 miles apart, one in Gdańsk and one in a village outside Manchester.
They met for the first time last month at a café at Stansted Airport, after a DNA test bought as a Christmas present matched them.
"⟦d:a|I saw him come through the door and I thought, why is that man wearing my coat?⟧" said Tomasz, a retired ship's electrician. "⟦d:a|It was the same coat. Same colour. Same shop, we found out later.⟧"
Mikołaj, who runs a plumbing business in Bolton and speaks little Polish, said he had been "⟦p:b|sick with nerves⟧" on the flight down from Manchester. "⟦d:b|I kept thinking, what if he doesn't like me? And then he stood up and he had my face, and it was too late to not like each other,⟧" he said.
Both men are left-handed. Both take three sugars in their tea. Both, it emerged within the first hour, have a daughter called Ewa.
"⟦d:a|That one frightened me a little,⟧" Tomasz admitted.
"⟦d:b|It frightened my wife more,⟧" said Mikołaj.
Their birth mother, Danuta Rybak, died in 2009. A letter she left with the adoption agency, which the brothers read together for the first time last week, said she had "⟦p:c|prayed every day that they would find each other⟧".
"⟦d:b|She got her wish. Late, but she got it,⟧" Mikołaj said.

### 019
@b - | a fourth official
@c - | my father
Yusuf Demirci, who refereed his 400th top-flight match on Saturday, retires at the end of the season. He spoke to The Touchline about abuse, VAR and the one decision he would change.
**Four hundred games. Do you remember the first?**
Every second. I was so nervous I blew for kick-off before both teams were on the pitch. A fourth official, an old boy from the north, leaned over and said, “⟦d:b|Son, they do usually wait for the ball.⟧” I have never been so embarrassed in my life, and I once sent off the wrong twin.
**The wrong twin?**
I'd rather not talk about it.
**What changed most in twenty years?**
The phones. When I started, a player would call you something and it would stay on the pitch. Now it's on a million screens before you've reached the tunnel. My daughter reads it. That's what I can't forgive.
**Did you ever think about stopping earlier?**
Once, in 2017. I went home and my father, who was a referee in the amateur leagues for thirty years, said, “⟦d:c|If you stop now, they win. Stop when you choose.⟧” So I'm stopping now. I choose.
**And the decision you would change?**
The penalty at Brayfield in 2015. Everybody knows which one. I've watched it maybe two hundred times. I still think it was a penalty, about half the time.

### 020
@a Seán Ó Murchú | -
@b Cathal | the older of his two sons
@c Donncha | -
@d Bríd Ó Murchú | their mother
The Ó Murchú boat, the Bríd Óg, has gone out of Carrigaholt harbour for sixty-two years. Seán Ó Murchú, 68, skippered her for forty of them. Next week, for the last time, he will hand the wheel to his sons.
“⟦d:a|My father said to me, the boat is only borrowed. You give it back better than you got it. I don't know if I did that. I gave it back with a new engine anyway,⟧” he said, standing on the pier in a wind that made conversation a shouting match.
The older of his two sons, Cathal, 41, has fished with his father since he was fourteen. “⟦d:b|He's a terrible man to work for. He's never once said well done. Not once,⟧” Cathal said, his father standing three feet away. “⟦d:b|He'll say ‘grand’. Grand is the best you'll get.⟧”
“⟦d:a|Grand is a good word,⟧” Seán said.
Donncha, 37, left for Boston at twenty and came home eight years ago. “⟦d:c|I was working in a bank over there. I'd be sitting at the desk thinking about the weather off Loop Head. That's not normal for a bank clerk,⟧” he said.
The brothers have agreed to split the skippering week on, week off. Asked whether they would argue, Donncha laughed. “⟦d:c|We argue now. We'll argue more. Cathal thinks he's in charge because he's older.⟧”
“⟦d:b|I am in charge because I'm older,⟧” said Cathal.
Their mother, Bríd Ó Murchú, after whom the boat is named, watched from the car. She said she was “⟦p:d|glad and not glad⟧”. “⟦d:d|Forty years I waited for that man to come in the door. Now I'll be waiting for two of them,⟧” she said.

### 021
@a Hermione Achebe-Lund | the longest-serving judge in the Carrick Street courts
@b Oluwaseun Drummond | -
@c Ptolemy Grange | her clerk of twenty-two years
Dame Hermione Achebe-Lund, the longest-serving judge in the Carrick Street courts, sat for the last time in Court 4 on Friday, after twenty-six years on the bench and, by her clerk's count, some 3,100 judgments.
She is perhaps best remembered for a single sentence in the Pellow case of 2011, in which she wrote that the council had treated a disabled tenant "⟦p:a|as an inconvenience to be filed rather than a person to be housed⟧". The line was read into the record of Parliament twice.
"⟦d:a|I was cross when I wrote it. You are not supposed to be cross,⟧" she said, in her chambers, surrounded by half-packed boxes. "⟦d:a|But sometimes the law is cross on your behalf, and you just have to write it down.⟧"
Barristers who appeared before her describe a judge who was "⟦s:-|terrifying⟧" in the old sense of the word and kind in a newer one. Oluwaseun Drummond KC, who appeared before her more than forty times, said she "⟦p:b|could smell a weak argument from the robing room⟧".
"⟦d:b|She would let you go on for ten minutes and then ask one question, very politely, and your whole case would fall over like a deckchair,⟧" he said. "⟦d:b|And then she'd give you a biscuit in the break.⟧"
Ptolemy Grange, her clerk of twenty-two years, said the biscuits were real. "⟦d:c|Garibaldis. Always Garibaldis. I've bought, at a rough estimate, four thousand packets,⟧" he said.
Asked what she would do now, the judge said she intended to learn the cello "⟦p:a|badly, and in private⟧".
"⟦d:a|I have spent a quarter of a century telling other people they were wrong,⟧" she said. "⟦d:a|I would like to spend a few years being wrong myself, at something that doesn't matter.⟧"

### 022
@a Fenella Brightwater | presenter
@b Terry | a bus driver from Gorse Hill
@c Pat | -
@d Nasrin Qureshi | the council's transport lead
@e - | another caller
Tuesday's Talkback with presenter Fenella Brightwater was dominated by the new bus timetable, which came into force on Monday and which at least one caller described as “⟦p:-|written by someone who has never been on a bus⟧”.
“⟦d:b|I've driven the 47 for nineteen years. They've cut the last one at night to twenty past ten. Who's that for? Nobody finishes a shift at ten past ten,⟧” said Terry, a bus driver from Gorse Hill.
“⟦d:a|So where does that leave the night workers?⟧” Brightwater asked.
“⟦d:b|Walking. Or in a taxi they can't afford. Or not going to work, and then losing the job,⟧” he said.
Pat, from Eastleigh Road, said she had waited 55 minutes for a bus into town with her grandson. “⟦d:c|He's four. You try keeping a four-year-old happy in a bus shelter for fifty-five minutes in November,⟧” she said.
Nasrin Qureshi, the council's transport lead, came on the line shortly after nine. “⟦d:d|I want to say sorry to everybody who's been inconvenienced this week. That's genuine,⟧” she said. “⟦d:d|But we've had a 30 per cent cut in the subsidy and something had to give.⟧”
“⟦d:a|Why did it have to be the 47?⟧” Brightwater pressed.
“⟦d:d|It didn't have to be the 47 specifically. It had to be something. We looked at usage figures and made the least bad decision,⟧” Qureshi said.
Another caller rang in moments later. “⟦d:e|The least bad decision for who?⟧” he asked, before the line dropped.

### 023
@a Okonkwo Ferreira-Blythe | the head teacher
@b - | one boy
@c - | a girl of about ten
@d Halima Osei | -
When Okonkwo Ferreira-Blythe took over Saltmarsh Primary four years ago it had been judged inadequate by inspectors, had lost three head teachers in five years and had a roof that, he says, "⟦p:a|leaked in interesting places⟧". Last month it was rated outstanding.
"⟦d:a|I didn't do anything clever. We fixed the roof, we got the children breakfast, and we stopped shouting,⟧" the head teacher said, walking the corridor at morning break. "⟦d:a|People want a secret. That's the secret. It's very boring.⟧"
He stops every few yards. A boy shows him a loose tooth. A girl wants to know if the hamster has been fed. He answers each of them by name.
"⟦d:b|Mr F is strict but he's fair,⟧" one boy said, with the solemnity of a judge. "⟦d:b|And he does a good dinosaur voice.⟧"
"⟦d:c|He knows everybody's birthday. Everybody's,⟧" said a girl of about ten, who was on her way to the library and would not give her name.
Parents were once, by Ferreira-Blythe's own admission, "⟦p:a|the hardest part⟧". Halima Osei, whose twins are in Year 4, said she had nearly moved them to another school in 2021. "⟦d:d|I was at the gate and I heard him ask a child what she'd had for breakfast, and she said nothing, and he just went and got her some toast. He didn't make a thing of it,⟧" she said. "⟦d:d|I kept them here after that.⟧"
Asked what he will do with the "⟦s:-|outstanding⟧" banner the governors have ordered for the railings, he winced. "⟦d:a|Put it somewhere nobody can see it,⟧" he said. "⟦d:a|We're not outstanding. We're a school that works. That's plenty.⟧"

### 024
@a Vasilisa Ndiaye-Karlsson | the soprano
@b - | her mother
@c Bartholomew Ives | her teacher at the conservatory
Vasilisa Ndiaye-Karlsson is in the back of a taxi between a rehearsal and a fitting when she rings, and she apologises for the siren in the background. ``⟦d:a|It's not for me. I promise I'm not being arrested,⟧'' she says.
The soprano makes her debut at the Varnholt Opera next week as Tosca, a role she once swore she would never sing. ``⟦d:a:m|I was twenty-two and arrogant and I said Tosca was for old ladies with big vibratos. Now I am thirty-nine and I have a big vibrato, so.⟧
``⟦d:a:m|The thing nobody tells you is that the role finds you. You don't find it. One day you open the score and it's just your size.⟧
``⟦d:a|And it's frightening, because once it fits, you can't pretend any more that you're not ready.⟧''
She grew up in Malmö, the daughter of a Senegalese jazz bassist and a Swedish church organist. Her mother, she says, was her first and harshest critic. ``⟦d:b|You are singing the notes. Sing the words,⟧'' she would say, according to her daughter, at every recital.
Her teacher at the conservatory, Bartholomew Ives, remembers her as ``⟦p:c|loud, late and completely unteachable for about a year⟧''. ``⟦d:c|And then one day she came in and sang a Schubert song so quietly I had to lean forward. I thought, there she is,⟧'' Ives said.
I ask whether she still hears her mother in the wings. ``⟦d:-|Is she coming to the first night?⟧''
There is a long pause on the line. ``⟦d:a|She died in March,⟧'' Ndiaye-Karlsson says finally. ``⟦d:a|So yes. She'll be there. She'll be telling me to sing the words.⟧''

### 025
@a Kayleigh Brannock | the 27-year-old nail technician from Harrow Vale
@b Sharon Brannock | her mum
@c Jade | her sister
@d - | a source close to the show
THE family of Kayleigh Brannock have spoken out for the first time since her shock exit from the Love Island Lodge villa — and her mum says she's "⟦p:b|never been prouder⟧".
The 27-year-old nail technician from Harrow Vale was dumped on Sunday night after a row with fellow contestant Brandon. "⟦d:a|I'm not sorry. I'd say it all again, word for word, but maybe with a bit less swearing,⟧" Kayleigh said in her first interview after leaving.
Her mum, Sharon Brannock, 51, watched the episode with the whole street crammed into her front room. "⟦d:b|The neighbours were screaming at the telly. I had to tell them to sit down, I couldn't see,⟧" she said. "⟦d:b|She did nothing wrong. He had it coming, that lad.⟧"
Her sister, Jade, 24, was less diplomatic. "⟦d:c|Brandon's a snake and everyone on our estate knows it,⟧" Jade fumed. "⟦d:c|If he comes round Harrow Vale he'll find out.⟧"
"⟦d:b|Jade! You can't say that in the paper,⟧" said Sharon.
"⟦d:c|I just did,⟧" said Jade.
A source close to the show said producers had been "⟦p:d|gutted⟧" to lose Kayleigh. "⟦d:d|She was the best thing in it. Ratings went up every time she opened her mouth,⟧" the insider added.
Kayleigh, meanwhile, says she's off to Tenerife "⟦p:a|to get a tan that nobody is filming⟧".

### 026
@a Rajiv Coomaraswamy | the Seaforth captain
@b Hamish Elderfield | his vice-captain
@c Bongani Sithole | the Ravenhill coach
The Seaforth captain, Rajiv Coomaraswamy, sat down in the pavilion after a fourth-day collapse that cost his side the County Shield and spoke for twenty minutes without once raising his voice.
“⟦d:a|We lost six wickets for eleven runs after lunch. You can't explain that. I can't, anyway,⟧” he said. “⟦d:a|You can talk about the pitch and the light and the new ball, and all of those things are real, but we got out. We got ourselves out.⟧”
Beside him, his vice-captain, Hamish Elderfield, who top-scored with 84 before being run out, stared at the table. Asked about the run-out, he said: “⟦d:b|That was my call. My fault. I'll live with that one for a while.⟧”
Coomaraswamy put a hand on his shoulder. “⟦d:a|He's the reason we got anywhere near. Don't let him tell you otherwise,⟧” he said.
“⟦d:b|I'm going to tell them otherwise,⟧” Elderfield said. “⟦d:b|He's being kind. He's always kind. It's annoying.⟧”
Bongani Sithole, the Ravenhill coach, said he had told his bowlers at lunch to “⟦p:c|bowl straight and wait for the mistake⟧”. “⟦d:c|We didn't do anything magical. We just didn't give them anything. Cricket is a very patient game when it's going your way,⟧” he said.
Asked whether he would stay on as captain next season, Coomaraswamy smiled for the first time. “⟦d:a|Ask me in a week. Today I'd resign from everything, including my golf club.⟧”

### 027
@a Jelena Kovačević-Amari | the 66-year-old architect
@b - | one resident of the building
@c Arvid Sandström | the city's former chief planner
@d - | a critic at the time
Jelena Kovačević-Amari has designed eleven public buildings in Brennhaven, and the city has given most of them nicknames. Her library is «⟦s:-|the Toaster⟧». Her bus station is «⟦s:-|the Whale⟧». The housing block on Kanalgata that made her name is, to everyone who lives in it, simply «⟦s:-|the Comb⟧».
«⟦d:a|I used to mind. Now I think a nickname is the highest honour a building can get. It means people talk about it when I'm not in the room,⟧» the 66-year-old architect said, over coffee in the ground-floor café of the Comb.
When the block opened in 1994, a critic at the time called it «⟦p:d|a filing cabinet for the poor⟧». It is now protected, and there is a waiting list of four years.
«⟦d:b|I've lived here since the first week. My children grew up here. We call it the Comb because of the balconies, but also because it keeps everybody together,⟧» said one resident of the building, who asked not to give her name.
Arvid Sandström, the city's former chief planner, who fought to get the scheme approved, remembers the council meeting that nearly killed it. «⟦d:c|One councillor stood up and said he would rather live in a tent. I said, that can be arranged,⟧» Sandström said. «⟦d:c|I was not popular for some months.⟧»
Kovačević-Amari is working on what she says will be her last building, a crematorium on the edge of the city. «⟦d:a|Everybody asks if it's morbid. It isn't. It's the most important room some people will ever sit in. It should have good light,⟧» she said.
Has she thought about the nickname? She laughed. «⟦d:a|They'll think of one. They always do. I just hope it's not rude.⟧»

### 028
@a Morven Cattanach | a volunteer with Glen Arrach Mountain Rescue for seventeen years
@b Iain Munro | the team leader
@c - | the walker
@d Glen Arrach Mountain Rescue | -
At 11.40pm on a Saturday in February, with the wind gusting to 70mph on the summit plateau, Morven Cattanach's pager went off in the middle of her sister's birthday dinner.
“⟦d:a|I said happy birthday, put my coat on and left. My sister's used to it. She says I'll miss her funeral for a sheep in a bog,⟧” said Cattanach, a volunteer with Glen Arrach Mountain Rescue for seventeen years.
The call was for a walker from Leeds who had become separated from his group on the ridge. The team found him at half past three, in a snow hole he had dug with a dinner plate.
Cattanach recalls the radio exchange with the team leader, Iain Munro, as they closed on the signal. “⟦d:a|He said, ‘Morven, I can see a light,’ and I said, ‘Is it moving?’ and he said, ‘No,’ and my heart went right down into my boots,⟧” she said. “⟦d:a|Then it moved. I've never been so pleased to see a torch waggle.⟧”
Munro said the walker had done “⟦p:b|everything right except go up there in the first place⟧”. “⟦d:b|A dinner plate. I've been doing this twenty-five years and I've never seen a snow hole dug with a dinner plate,⟧” he said.
The walker, who has asked not to be named, later wrote to the team. His letter, which hangs in the base at Inverallt, thanks them for “⟦p:c|the best cup of tea I will ever drink, at 4am, in a blizzard⟧”.
Glen Arrach Mountain Rescue said it had responded to 94 call-outs last year, its highest number ever, and urged walkers to “⟦p:d|check the forecast and then believe it⟧”.
“⟦d:a|We'll always come. That's the deal,⟧” Cattanach said. “⟦d:a|But I'd quite like to finish a birthday dinner one of these years.⟧”

### 029
@a Ines Albuquerque | -
@b Fátima | her daughter
@c Catarina | -
For three generations the women of the Albuquerque family have mended nets on the slipway at Vila do Cabo. Ines Albuquerque, 88, still comes down every morning, though now she mostly supervises.
"⟦d:a|My hands don't do what they did. My mouth still does,⟧" she said, watching her daughter and granddaughter work a torn seine between them.
Her daughter, Fátima, 61, took over the family's stretch of the slipway when her mother's eyes began to fail. "⟦d:b|She taught me with a wooden needle and a slap. One slap for every knot that slipped,⟧" Fátima said. "⟦d:b|I've never slapped Catarina. She's lucky.⟧"
Catarina, 34, is a marine biologist at the university in Porto and comes home at weekends. She mends nets, she said, "⟦p:c|because my grandmother would haunt me if I didn't⟧". "⟦d:c|I spend the week writing papers about the sea and the weekend fixing the things that take fish out of it. I don't see a contradiction. My supervisor does,⟧" she said.
The three argue constantly and without heat, mostly about knots. "⟦d:a|Catarina ties them like a scientist. Too careful,⟧" said Ines.
"⟦d:b|Mãe, leave her alone,⟧" said Fátima. "⟦d:b|She ties them better than I did at her age.⟧"
"⟦d:c|Thank you, Mum,⟧" said Catarina.
"⟦d:a|Better than you is not a high bar,⟧" said Ines, and all three of them laughed.

### 030
@a Ngaire Whitcombe | the former deputy governor of the Reserve Bank
@b - | my first boss at the bank
@c - | a senior treasury official
Ngaire Whitcombe, the former deputy governor of the Reserve Bank, has written a memoir, “⟦s:-|Rates and Rain⟧”, about the ten years in which she was, she says, “⟦p:a|the most unpopular woman in the country at least twice a year⟧”. We met in Wellington Heights.
**You've said central bankers should be boring. Is this book boring?**
I hope so, in places. The interesting parts are the ones where I got it wrong, which is why there are more of them than I'd like.
**What did you get most wrong?**
2019. We held rates when we should have cut. I remember a senior treasury official phoning me that night and saying, “⟦d:c|Ngaire, you've just made the worst call of your career, and I hope you're right.⟧” I wasn't.
**How did you cope with the criticism?**
Badly, then better. My first boss at the bank told me on my first day, “⟦d:b|If anyone outside this building likes you, you're doing it wrong.⟧” I wrote it on a Post-it and kept it on my monitor for fourteen years.
**Would you go back?**
No. I enjoy shopping now. I look at the price of butter and I don't feel personally responsible.

### 031
@a Rosalind Achterberg | -
@b Marguerite Osei-Tutu | the woman who raised her
@c Winifred Lamb | -
@d - | a social worker
Rosalind Achterberg was forty-four when she found out she had been adopted, and forty-seven when she knocked on a door in a terraced street in Wrexley and met the woman who gave birth to her.
“⟦d:a|I'd rehearsed a speech. I had it written on a card. She opened the door and I just said, ‘Hello,’ and she said, ‘Hello,’ and we stood there like two idiots,⟧” Achterberg said.
The woman who raised her, Marguerite Osei-Tutu, now 79, drove her to Wrexley that day and waited in the car for two hours. “⟦d:b|People ask if I was jealous. I wasn't jealous. I was frightened that she'd be hurt, that's all. That's what mothers are for,⟧” she said.
Winifred Lamb was seventeen in 1976, unmarried and living with her parents, when she gave her baby up. She kept one photograph, taken by a nurse, and the name of the social worker who took the child away.
“⟦d:c|She said to me, ‘You'll forget about this, love, you're young.’ I have thought about that baby every single day for forty-seven years,⟧” Mrs Lamb said, her voice steady. “⟦d:c|I wanted to write to that woman and tell her she was wrong, but she'll be dead now.⟧”
The agency's file, which Achterberg obtained last year, contains a note by a social worker describing the birth mother as “⟦p:d|a sensible girl who understands it is for the best⟧”.
“⟦d:c|I wasn't sensible. I was seventeen,⟧” Mrs Lamb said when the note was read to her.
The three women now meet on the first Sunday of every month, at a café roughly halfway between their homes. “⟦d:a|Two mums. I used to think that was something you said to be nice. It's just true,⟧” Achterberg said.
“⟦d:b|We've agreed she gets Christmas and I get her birthday,⟧” said Mrs Osei-Tutu. “⟦d:c|And Easter's a fight,⟧” said Mrs Lamb.

### 032
@a Henrike Vossberg | the captain of the charity rescue ship Meridian Star
@b Open Water Rescue | the German charity which operates the Meridian Star
@c - | a spokesman for the Maltese armed forces
@d - | a 19-year-old from Darfur
VALLETTA (Meridian Press) - The captain of the charity rescue ship Meridian Star, which took 217 people off a sinking wooden boat in the central Mediterranean, said on Wednesday that her crew had been "⟦p:a|minutes, not hours⟧" from losing everyone on board.
"⟦d:a|When we arrived the water was already over the floor. People were standing on the engine housing holding their children up,⟧" Henrike Vossberg, 51, told reporters on the quayside. "⟦d:a|I have done this for eight years. I have never seen a boat go down so fast.⟧"
Open Water Rescue, the German charity which operates the Meridian Star, said the ship had waited more than 36 hours for a port to be assigned and called the delay "⟦p:b|unacceptable and dangerous⟧".
A spokesman for the Maltese armed forces said the rescue had taken place outside the country's search-and-rescue zone and that authorities had acted "⟦p:c|in full accordance with international obligations⟧".
Vossberg dismissed that. "⟦d:a|I do not care whose zone it is. The sea doesn't read maps,⟧" she said.
Among those brought ashore was a 19-year-old from Darfur. Speaking through an Arabic interpreter, he described the last minutes on the boat. "⟦d:d|I thought we would all die together. I said goodbye to my friend. Then we saw the lights of the big ship,⟧" he said. "⟦d:d|I want to say thank you to the captain. Please write that.⟧"

### 033
@a Olumide Hartigan | Portbury's new mayor
@b Siân Corrigan | -
@c Gareth Pennock | the defeated incumbent
Portbury's new mayor, Olumide Hartigan, says the first thing he will do in office is "⟦p:a|fix the clock⟧". The Guildhall clock has been stuck at twenty to four since 2019.
"⟦d:a|It's a small thing, but it's the thing everybody sees. If we can't fix a clock, why would anyone trust us to fix the housing?⟧" Hartigan told Siân Corrigan on BayFM's Drivetime on Friday, hours after the count.
"⟦d:b|With respect, mayor, people didn't vote for you because of a clock,⟧" Corrigan said.
"⟦d:a|No, and I'm not pretending they did,⟧" he said. "⟦d:a|They voted because the town centre's half empty and the buses are a joke. I've got four years. The clock takes one week.⟧"
Hartigan, a former primary school teacher, won by 611 votes after a recount that ran past three in the morning. He said he had slept "⟦p:a|about forty minutes, in a chair⟧".
Gareth Pennock, the defeated incumbent, was gracious in a statement but warned that "⟦p:c|promises are cheap on a Friday⟧". "⟦d:c|I wish him well. I genuinely do. He'll find the job is mostly saying no to people you like,⟧" Pennock said.
Corrigan closed by asking whether Hartigan had a message for his predecessor. "⟦d:b|Anything you want to say to Gareth?⟧"
"⟦d:a|Thank you, and can he tell me where he left the key to the clock tower?⟧" the new mayor said.

### 034
@a Ximena Ortúzar | the 19-year-old Chilean
@b - | one reporter
@c - | another
@d Lucía | her sister
Ximena Ortúzar walked into the interview room still wearing her headband and carrying a banana she never got round to eating. An hour earlier the 19-year-old Chilean had beaten the world number two in straight sets.
“⟦d:-|How do you feel?⟧” was the first question, as it always is. “⟦d:a|Hungry,⟧” she said, and held up the banana.
“⟦d:b|Did you believe before the match that you could win?⟧” one reporter asked.
“⟦d:a|Before the match, no. During the first set, also no. At 5-3 in the second, maybe a little bit,⟧” she said. “⟦d:a|I am not a very confident person. I am confident on the court for about two hours and then I go back to normal.⟧”
Another wanted to know what she had said to her coach during the changeover at 4-4. “⟦d:a|I said, ‘Why is she hitting so hard?’ And he said, ‘Because she's number two.’ It was not helpful,⟧” Ortúzar said, to laughter.
“⟦d:c|Who are you going to call first?⟧” asked another.
“⟦d:a|My sister. She told me I would lose. I want to hear her say sorry,⟧” she said.
Reached by phone in Valparaíso, her sister, Lucía, was unrepentant. “⟦d:d|I said that so she would win. It's psychology. She should be thanking me,⟧” she said.

### 035
@a Harold Pemberton-Saye | -
@b Iris Pemberton-Saye | -
Harold and Iris Pemberton-Saye met at a dance in the Assembly Rooms in 1953 and married eighteen months later. On Saturday they will celebrate seventy years of marriage with a party at the Lowfield Methodist hall and, they promise, more dancing.
"⟦d:a|She turned me down twice,⟧" said Harold Pemberton-Saye, 93.
"⟦d:b|Three times,⟧" said Iris Pemberton-Saye, 91. "⟦d:b|He's always been bad at counting.⟧"
"⟦d:a|The third time,⟧" Harold went on, ignoring this, "⟦d:a|I asked her for a cup of tea instead of a dance, and she said yes to that.⟧"
"⟦d:b|He had terrible feet. The tea was safer,⟧" said Iris.
Harold worked as a signalman on the railways for forty-one years; Iris raised four children and ran the Lowfield Sunday school. They have eleven grandchildren and, as of March, three great-great-grandchildren.
Asked for the secret of a long marriage, they answered at the same time. "⟦d:a|Separate newspapers,⟧" said Harold. "⟦d:b|A shed,⟧" said Iris.
Then she relented. "⟦d:b|You've got to like each other. Not love, everybody loves. Like. I've liked him every day for seventy years, more or less,⟧" she said.
"⟦d:a|More or less,⟧" he repeated. "⟦d:a|I'll take that.⟧"

### 036
@a Desmond Achebe-Holt | -
@b Priyanka Lall | his agent
@c - | one critic
Desmond Achebe-Holt orders fish and chips at the Bellhaven Hotel, asks the waiter whether the fish ``⟦p:a|had a happy life⟧'', and then, when the waiter looks stricken, apologises for ten minutes. This is, I will learn, the comedian's default mode: a joke, then a retreat.
``⟦d:a|I was raised by two Methodists and a Nigerian grandmother. Guilt is my first language. Jokes are my second,⟧'' he says.
His new tour, ``⟦s:-|Sorry About Earlier⟧'', opens in Carlisle next month. It's the sixth show in which he has, as one critic put it, ``⟦p:c|apologised his way to a standing ovation⟧''.
``⟦d:-|Do you ever get tired of being nice?⟧'' I ask him.
``⟦d:a|I'm not nice. I'm polite. It's different. Nice is what you are; polite is what you do so people don't find out what you are,⟧'' he says, and then: ``⟦d:a|That's going in the show, actually. Can you not print it till March?⟧''
His agent, Priyanka Lall, who has represented him since his first open spot at a pub in Salford, says he is ``⟦p:b|the only client I have who sends thank-you cards to hecklers⟧''.
``⟦d:b|He's genuinely like this. I keep waiting for the monster to come out and it never does. It's a bit disappointing professionally,⟧'' Lall says.
When the bill arrives he grabs it before I can. ``⟦d:a|Let me. Please. It's the Methodists,⟧'' he says. ``⟦d:a|If I let you pay I won't sleep.⟧''

### 037
@a Chiamaka Eze-Lindgren | a senior staff nurse on the acute medical ward at St Columba's
@b Aoife Mulqueen | a healthcare assistant on the same ward
@c Nurses United | -
@d The hospital trust | -
Chiamaka Eze-Lindgren, a senior staff nurse on the acute medical ward at St Columba's, has worked every one of the union's strike days — on the picket line in the morning and, when asked, back on the ward for emergency cover in the afternoon.
“⟦d:a|People think we're walking out on patients. We're not. I walked back in four times this month because there was nobody else,⟧” she said, her lanyard still round her neck.
“⟦d:a:m|I've been doing this nineteen years. When I started, I had six patients on a night shift. Last week I had fourteen, and two of them were dying.⟧
“⟦d:a|You can't sit with a dying man when you have thirteen other people. You just can't. And you go home and you think about it, and then you come back and do it again.⟧”
Aoife Mulqueen, a healthcare assistant on the same ward, stood beside her on the picket line. “⟦d:b|Chiamaka is the one everybody goes to. If she's out here, you know it's bad,⟧” she said.
Nurses United said in a statement that talks had “⟦p:c|broken down entirely⟧” and that further action in December was “⟦p:c|now almost inevitable⟧”.
The hospital trust said patient safety remained its “⟦p:d|absolute priority⟧” and that it had “⟦p:d|robust plans in place⟧”.
Eze-Lindgren laughed at that. “⟦d:a|Robust plans. I'm the robust plan,⟧” she said.

### 038
@a Aurélien Moreau-Diallo | the French director
@b Ines Ferrand | the actress
@c - | one American critic
@d Astrid Kjellberg | the festival's artistic director
The French director Aurélien Moreau-Diallo arrived at the press conference in Lisko thirty minutes late, unshaven and, by his own account, «⟦p:a|still drunk from the ovation⟧».
«⟦d:a|J'ai pleuré comme un enfant,⟧» he said, speaking French, before his interpreter could begin. «⟦d:a|I cried like a child.⟧»
His film «⟦s:-|Les Heures Creuses⟧», about a night-shift cleaner at a Marseille airport, received an eleven-minute standing ovation at its premiere on Tuesday. One American critic called it «⟦p:c|a quiet masterpiece about the people nobody films⟧».
Speaking through the interpreter, Moreau-Diallo said he had based the character on his mother, who cleaned offices in Lyon for thirty years. «⟦d:a|She never saw one of my films in a cinema. She was always working when they came out. Tonight I thought, she is here now,⟧» he said.
Ines Ferrand, who plays the mother, spent four months working night shifts at a real airport to prepare. «⟦d:b|I learned that you are invisible. People walk round you like a pillar. After one week I started to feel like a pillar,⟧» the actress said.
Astrid Kjellberg, the festival's artistic director, said she had chosen the film to open the competition «⟦p:d|because it looks at the world from the floor up⟧».
Asked whether the film had a political message, Moreau-Diallo shrugged. «⟦d:a|Everything is political if you are cleaning the toilet,⟧» he said.

### 039
@a Bronwyn Okafor | the podcast's host
@b Marion Teague | the retired detective sergeant who led the original inquiry
@c Callum Redfern | Lorna Redfern's younger brother
In episode six of "⟦s:-|Cold Ledger⟧", the podcast's host, Bronwyn Okafor, finally gets the interview she has been chasing for two series: Marion Teague, the retired detective sergeant who led the original inquiry into the disappearance of Lorna Redfern in 1994.
"⟦d:a|Why now? You've turned me down four times,⟧" Okafor asks at the start.
"⟦d:b|Because you kept asking. And because I'm seventy-one and I'd like someone to hear it from me before I'm gone,⟧" Teague says.
Over ninety minutes, the former detective describes the first forty-eight hours of the investigation as "⟦p:b|chaos with a canteen⟧". "⟦d:b|We had eleven officers and one working phone line. Half the town was out searching the woods, trampling everything. I'm not making excuses. I'm telling you what it was like,⟧" she says.
Okafor presses her on the boyfriend, who was never charged. "⟦d:a|Did you think he did it?⟧"
There is a long silence. "⟦d:b|I thought he knew more than he said. That's not the same thing. I've had thirty years to tell the difference,⟧" Teague says.
The episode closes with Callum Redfern, Lorna Redfern's younger brother, who was nine when she vanished. "⟦d:c|Marion was the only one who came back. Every year on the anniversary she'd knock on Mum's door, even after she retired,⟧" he says. "⟦d:c|I don't need her to have solved it. I needed her to have tried. She tried.⟧"

### 040
@a David Ashworth | the chairman of the Upper Hesketh parish council
@b David Pryce | -
@c - | one resident
@d Hesketh Wind Partners | -
There are two Davids in Upper Hesketh, and on the matter of the proposed wind farm on Crake Fell they have not spoken to each other since Easter.
David Ashworth, the chairman of the Upper Hesketh parish council, is against. “⟦d:a|I'm not against wind power. I'm against eleven turbines the height of Blackpool Tower on the skyline my grandfather farmed,⟧” he said.
David Pryce, who runs the village shop, is for. “⟦d:b|The village is dying. The school's got nineteen kids. The company's offering £80,000 a year to the community fund. What's a view worth if there's nobody left to look at it?⟧” he said.
The two men live four doors apart on Church Lane. Ashworth described his neighbour's position as “⟦p:a|a bribe dressed up as a lifeline⟧”. Pryce, told this, said Ashworth had “⟦p:b|never once bought a pint of milk in my shop, so he can keep his views on the economy⟧”.
“⟦d:a|I buy my milk where I like,⟧” Ashworth said later.
One resident, who asked not to be named because, she said, “⟦p:c|I've got to live here⟧”, said the dispute had split families. “⟦d:c|It's at the school gates, it's in the pub, it's in church. Even the vicar won't say which way he's leaning,⟧” she said.
Hesketh Wind Partners said it had held eight public consultations and remained “⟦p:d|committed to listening to the whole community⟧”.
Asked whether he and Pryce might ever make up, Ashworth paused. “⟦d:a|He's a good man. He's wrong, but he's a good man,⟧” he said. Pryce, told that, laughed for the first time in the interview. “⟦d:b|That's exactly what I say about him,⟧” he said.

### 041
@a Niamh Costigan | -
@b Declan Costigan | her father and trainer
@c - | one rival trainer
@d Seamus Tobin | the stable's head lad for thirty years
Niamh Costigan was two when her father first put her on a pony, and twenty-three when she rode his horse, Quiet Harbour, to victory in the Kildrum Gold Cup on Saturday by a length and a half.
"⟦d:a|I don't remember the last two furlongs. I remember the noise and then I remember Dad's face, and he was crying, and Dad doesn't cry,⟧" she said at the family's yard outside Ballinree on Sunday morning.
"⟦d:b|I had something in my eye,⟧" said Declan Costigan, her father and trainer.
"⟦d:a|Both eyes. For ten minutes,⟧" said Niamh.
Costigan, 58, trained for twenty years without a winner at the top level and admits there were seasons when he thought about selling up. "⟦d:b|There was a winter, 2014, when we had four horses and three of them were lame. I sat in the kitchen with the bank statements and I said to her mother, this is the last year,⟧" he said. "⟦d:b|Niamh was twelve. She heard me. She came in the next morning and mucked out every box before school without being asked.⟧"
One rival trainer, speaking on condition of anonymity, said the win was "⟦p:c|the most popular result in years, because nobody in the weighing room begrudges Declan anything⟧".
Seamus Tobin, the stable's head lad for thirty years, was more succinct. "⟦d:d|About time,⟧" he said, and went back to the horse.
Asked whether she felt pressure riding for her father, Niamh shrugged. "⟦d:a|The pressure is at home. If I ride a bad race for another trainer, they sack me. If I ride a bad race for Dad, I have to eat dinner with him.⟧"

### 042
@a Ama Rutherford-Boakye | the designer
@b Efua Boakye | a seamstress in Kumasi and later in Peckham
@c Sebastian Krall | the buyer who first stocked her at Halloran & Finch
Ama Rutherford-Boakye is cutting a pattern on her studio floor in Hackney Wick when I arrive, on her knees, pins in her mouth. She holds up a finger, finishes the line, and only then stands to shake hands. “⟦d:a|Sorry. If I stop in the middle of a curve I lose it,⟧” she says.
The designer, who is thirty-two, showed her first full collection in Paris in March. Half of it sold out in a week. The other half, she says cheerfully, “⟦p:a|was too weird for anyone but my mum⟧”.
Her mother, Efua Boakye, a seamstress in Kumasi and later in Peckham, taught her to sew at six. I call her afterwards and she laughs down the line. “⟦d:b|She ruined three of my good tablecloths making dresses for her dolls. I should have sent her a bill,⟧” Mrs Boakye says. “⟦d:b|I am very proud. Tell her to eat properly.⟧”
Rutherford-Boakye rolls her eyes when I pass this on. “⟦d:a|She says that to everyone. She said it to the Queen's dressmaker once, at a trade fair. The woman was eighty,⟧” she says.
Sebastian Krall, the buyer who first stocked her at Halloran & Finch, says he took a chance on her after seeing “⟦p:c|one coat, on one rail, in a student show in a car park⟧”. “⟦d:c|It was the worst-lit show I've ever been to and the best coat. I bought the whole run before lunch,⟧” Krall says.
I ask her what she wants the clothes to do. “⟦d:-|Is there a word for it?⟧”
“⟦d:a|Armour,⟧” she says, without hesitating. “⟦d:a|Soft armour. For women who have to walk into rooms where nobody wants them. I've walked into a lot of those rooms.⟧”

### 043
@a Obafemi Lindqvist | the volunteer coach of the Harrowgate Colts under-11s
@b Karen Whitlow | -
@c Karen Osei | -
@d - | one of the players
@e Harrowgate Colts | -
Every Sunday at half past eight, in all weathers, Obafemi Lindqvist, the volunteer coach of the Harrowgate Colts under-11s, marks out a pitch on Denby Rec with a bag of sawdust and a length of string.
"⟦d:a|The council stopped lining it in 2020. So we line it. Nobody asked us to. You just do it,⟧" he said, pacing out the penalty area.
The Colts have not won a league match this season. Lindqvist does not seem worried. "⟦d:a|I tell them at the start of every game: I don't care about the score, I care about the last ten minutes. Are you still running? Are you still talking to each other? That's winning,⟧" he said.
Two of the mothers on the touchline share a name. Karen Whitlow, whose son Alfie plays in goal, said Lindqvist had "⟦p:b|turned a boy who cried at every goal into a boy who shouts at his defenders⟧". "⟦d:b|I don't know which is better, honestly, but he's happier,⟧" she said.
Karen Osei, standing beside her with a flask, said her son had been "⟦p:c|sitting in his room with a screen⟧" before he joined. "⟦d:c|Now he's out every Sunday and he sleeps on Sunday night like a baby. That's worth more than any trophy,⟧" she said.
"⟦d:d|We're going to win one soon,⟧" one of the players shouted from the centre circle, before being told to concentrate.
Harrowgate Colts said on its website that it was looking for "⟦p:e|anyone who can run a line, make a tea or drive a minibus⟧".
"⟦d:a|Mostly the minibus,⟧" Lindqvist said. "⟦d:a|I can't do the minibus and the string.⟧"

### 044
@a Tobias Mensah-Whitaker | the saxophonist
@b Kwame Mensah-Whitaker | his father
@c Dorothy Hale-Brown | the club's owner
The saxophonist Tobias Mensah-Whitaker plays the Lantern Room on Friday, the same Dalston basement where his father played every Thursday from 1979 until the night he died in 2004. He has not been back since.
``⟦d:a|I walked past it for twenty years. I'd cross the road. It's ridiculous. It's a room,⟧'' he says, nursing a mint tea in a café round the corner.
His father, Kwame Mensah-Whitaker, was a trumpet player of some local fame and, his son says, of ``⟦p:a|enormous, unbearable opinions⟧''. A rare radio interview from 1991, which Tobias has on his phone, catches one of them. ``⟦d:b|Jazz is not music for listening. It is music for arguing with,⟧'' the older man says, over a crackle of studio noise. ``⟦d:b|If you agree with me, you are not listening.⟧''
``⟦d:a:m|That's him exactly. He argued with everything. With the drummer, with the landlord, with the weather.⟧
``⟦d:a|When I told him I wanted to play saxophone instead of trumpet he didn't speak to me for a week. Then he bought me a Selmer. Secondhand, but a Selmer.⟧''
Dorothy Hale-Brown, the club's owner, booked the gig after bumping into him at a funeral last year. ``⟦d:c|I said, you're coming home, and he said, I'm not sure I can, and I said, I'm not asking,⟧'' she says. ``⟦d:c|His dad's photo is still behind the bar. It never came down.⟧''
Will he play anything of his father's? Mensah-Whitaker smiles. ``⟦d:a|One tune. I won't say which. He'll know,⟧'' he says.

### 045
@a Farida Anwar-Holm | a consultant paediatric surgeon at Westmere Children's Hospital
@b Glenys Parry | -
@c Westmere Children's Hospital | -
@d - | one colleague
Farida Anwar-Holm, a consultant paediatric surgeon at Westmere Children's Hospital, has performed more than two hundred operations in the womb, more than anyone else in the country. She still, she says, feels sick before every one.
“⟦d:a|If you stop feeling sick, you should stop operating. The fear is information. It tells you what could go wrong,⟧” she said.
The technique she helped develop, which repairs a spinal defect before birth, was described by one colleague as “⟦p:d|the closest thing to a miracle I have seen in thirty years of medicine⟧”. Anwar-Holm dislikes the word. “⟦d:a|It's not a miracle. It's four hours of very careful sewing,⟧” she said. “⟦d:a|Miracles don't need a team of fourteen.⟧”
Glenys Parry, whose daughter Megan was one of the first babies to have the procedure at Westmere in 2012, said the surgeon had sat with her for an hour the night before. “⟦d:b|She drew it on the back of a menu from the canteen. She said, ‘This is your baby's back, and this is what I'm going to do.’ I still have the menu,⟧” Mrs Parry said.
Megan is now eleven, plays netball and, her mother said, “⟦p:b|has no idea what all the fuss is about⟧”.
Westmere Children's Hospital said in a statement that it was “⟦p:c|immensely proud⟧” of the unit and that Anwar-Holm's work had “⟦p:c|changed the outlook for hundreds of families⟧”.
Asked what she will do when she retires next year, the surgeon said: “⟦d:a|Garden. Badly. Something that can't die on me.⟧”

### 046
@a Kieron Abiodun-Lake | Castlegate striker
@b Marcus Felton | presenter
@c Castlegate FC | -
@d Joanne Abiodun-Lake | his wife
Castlegate striker Kieron Abiodun-Lake has spoken for the first time about the gambling addiction that saw him banned for eight months, telling presenter Marcus Felton on SportsTalk Live that he had lost "⟦p:a|more than my house, and nearly more than my marriage⟧".
"⟦d:b|When did you know it was a problem?⟧" Felton asked.
"⟦d:a|Honestly? Years before I did anything about it. I was betting on games in the dressing room, on my phone, twenty minutes before kick-off,⟧" Abiodun-Lake said. "⟦d:a|I'd score and I'd check my phone before I'd celebrated. That's not normal. I knew it wasn't normal.⟧"
"⟦d:b|Did you ever bet on your own matches?⟧"
"⟦d:a|No. Never. I know people won't believe that, and I understand why, but never,⟧" he said. "⟦d:a|The FA went through every account I have. They know it's true.⟧"
His wife, Joanne Abiodun-Lake, joined the programme by phone. "⟦d:d|I found the statements in the glovebox of the car. I sat there for an hour. Then I went in and said, 'We need to talk,' and he knew from my face,⟧" she said. "⟦d:d|I'm proud of him now. I wasn't then.⟧"
Castlegate FC said in a statement that the club had "⟦p:c|supported Kieron throughout his recovery⟧" and looked forward to his return to training next month.
Felton ended by asking what he would say to young players. "⟦d:a|Delete the apps,⟧" the 27-year-old said. "⟦d:a|Today. Not tomorrow. Today.⟧"

### 047
@a Gurdeep Sandhu | -
@b Harjit | the eldest
@c Balwinder | -
@d Amrik | the youngest by nine years
Sandhu & Sons has fixed cars on the corner of Ladypool Road since 1979. Gurdeep Sandhu, 81, still comes in every morning to drink tea in the office and tell his three sons what they are doing wrong.
“⟦d:a|They are good mechanics. Not as good as me. But good,⟧” he said, watching from a plastic chair by the door.
Harjit, the eldest, runs the business side. Balwinder does the engines. Amrik, the youngest by nine years, does the electrics and, his brothers say, “⟦p:-|anything with a computer in it⟧”.
“⟦d:b|Dad still thinks a car is a carburettor and four wheels. We've stopped arguing,⟧” Harjit said, wiping his hands.
“⟦d:c|We haven't stopped arguing,⟧” Balwinder said from under a Corolla. “⟦d:c|We've stopped winning.⟧”
Amrik is the only one who went to university, to study electrical engineering, and the only one who, he says, never meant to come back. “⟦d:d|I had a job offer in Coventry. Dad had a heart scare that summer and I came home to help for six weeks. That was twelve years ago,⟧” he said. “⟦d:d|I'm still on my six weeks.⟧”
The brothers disagree about who will take over when their father finally retires, which, he says, will happen “⟦p:a|when I'm dead, and maybe not then⟧”.
“⟦d:b|We'll run it together. Like now,⟧” said Harjit.
“⟦d:a|Like now is the problem,⟧” said Gurdeep Sandhu, and poured himself more tea.

### 048
@a Sunniva Oyelowo-Haugen | -
@b Marit Haugen | a retired schoolteacher
@c Feng Lijuan | selection panel chair
@d - | a classmate from her flying school
Sunniva Oyelowo-Haugen was seven when she wrote ``⟦s:-|ASTRONAUT⟧'' in felt-tip on her bedroom door. Thirty years later she is one of four candidates selected by the Nordic Space Agency for its first crewed mission.
``⟦d:a|I still have the door. My mother took it off its hinges when she sold the house and put it in the garage,⟧'' Oyelowo-Haugen said, laughing, at a press event in Tromsø.
Her mother, Marit Haugen, a retired schoolteacher, was in the front row. ``⟦d:b|The new owners wanted to paint it. I said, no, that's mine,⟧'' she said afterwards. ``⟦d:b|She was very stubborn at seven. She is very stubborn at thirty-seven. It seems to have worked.⟧''
Oyelowo-Haugen, who flies test aircraft for the air force, was chosen from more than 3,000 applicants. A classmate from her flying school remembered her as ``⟦p:d|the one who read the manual for fun⟧''.
Selection panel chair Feng Lijuan said the candidate had scored highest in the programme on what she called ``⟦p:c|calm under nonsense⟧''. ``⟦d:c|We put them in a centrifuge, we put them under water, we shout at them in three languages. Sunniva asked if she could do it again,⟧'' Feng said.
Asked what she would take to space, Oyelowo-Haugen thought for a moment. ``⟦d:a|A photo of the door. Not the whole door. They said the whole door was too heavy,⟧'' she said.

### 049
@a Chiara Benedetti-Wray | the translator
@b Ottavio Rinaldi | -
@c - | one reviewer
Chiara Benedetti-Wray spent four years translating a single Italian novel, and she is prepared to defend every one of them. “⟦d:a|People think translation is typing in a different language. It's more like moving house with someone else's furniture,⟧” the translator said.
The novel, Ottavio Rinaldi's “⟦s:-|La Pazienza dei Pesci⟧”, appears in English this month as “⟦s:-|The Patience of Fish⟧”. Its opening line has already been argued over on at least two literary podcasts.
“⟦d:a|The original says, ‘Mia madre non ha mai perdonato il mare.’ Literally, ‘My mother never forgave the sea.’ Easy. Except ‘perdonato’ in his dialect has a sense of letting go, too. I spent a month on that verb,⟧” she said.
Rinaldi, who is 84 and lives on an island off the coast of Puglia, does not give interviews in person. Replying by email, he wrote: “⟦d:b|Chiara ha capito il libro meglio di me.⟧” And then, in English: “⟦d:b|Chiara understood the book better than I did. This is very annoying.⟧”
One reviewer called her version “⟦p:c|so natural you forget it was ever in another language⟧”. Benedetti-Wray is not sure that is a compliment. “⟦d:a|I want you to forget, but I also want you to remember a little. It should be slightly foreign. Like a good guest,⟧” she said.

### 050
@a Yusuf Abdirahman | Imam
@b Derek Mulvaney | a retired postman and a churchwarden at St Oswald's
@c Ruqayyah Hassan | -
@d - | one regular
When the roof of St Oswald's church hall collapsed under snow in January, the Fenby Mosque opened its doors to the Tuesday lunch club the following week. Eight months later, the pensioners are still there.
"⟦d:a|We said a week or two. They liked the tea,⟧" said Imam Yusuf Abdirahman, laughing. "⟦d:a|I think now they are staying.⟧"
The club's organiser, Derek Mulvaney, 79, a retired postman and a churchwarden at St Oswald's, admits he was nervous the first week. "⟦d:b|I'd never been in a mosque. I didn't know if we had to take our shoes off, or if we could bring the bingo,⟧" he said. "⟦d:b|The answer was yes and yes.⟧"
The bingo is now run jointly. Ruqayyah Hassan, who runs the mosque's food bank, calls the numbers on alternate weeks and has, she said, "⟦p:c|learned a lot of very strange rhymes⟧". "⟦d:c|Two little ducks, I understand. Legs eleven, I understand. Some of the others, Derek had to explain, and I'm not sure I wanted to know,⟧" she said.
"⟦d:d|The curry's better than the church hall soup, I'll say that,⟧" said one regular, before being shushed by her neighbours.
St Oswald's hall is due to reopen in the spring. Asked whether the club would move back, Mulvaney and the imam looked at each other.
"⟦d:b|We'll split it. Alternate Tuesdays,⟧" Mulvaney said.
"⟦d:a|And the bingo stays here,⟧" said Abdirahman. "⟦d:a|That part is not negotiable.⟧"

### 051
@a Perpetua Nakamura-Evans | the chief editor of the Brindle Dictionary of Current English
@b - | one angry reader
@c Benedikt Aurich | her deputy
Every year Perpetua Nakamura-Evans, the chief editor of the Brindle Dictionary of Current English, receives about four hundred letters. Roughly half of them are about the word “⟦s:-|literally⟧”.
“⟦d:a|People want me to stop it meaning ‘figuratively’. I can't stop it. I'm not the police. I'm more like a birdwatcher,⟧” she said, in an office so full of card indexes that there is barely room for a second chair.
This year's additions include “⟦s:-|doomscroll⟧”, “⟦s:-|situationship⟧” and, after what she describes as “⟦p:a|three meetings and one raised voice⟧”, “⟦s:-|rizz⟧”.
“⟦d:a|The raised voice was mine. I was for it. Benedikt was against,⟧” she said.
Her deputy, Benedikt Aurich, stands by his objection. “⟦d:c|My view is that a word should survive one full winter before we let it in. Rizz has survived two. I've lost,⟧” he said. “⟦d:c|I'm a good loser. Put that in the dictionary.⟧”
The letters are not always friendly. One angry reader wrote last year that the dictionary had “⟦p:b|surrendered the English language to teenagers and advertising men⟧”. Nakamura-Evans has the letter pinned to her noticeboard.
“⟦d:a|Teenagers and advertising men invented half the language. Shakespeare was basically both,⟧” she said. “⟦d:a|I wrote back and told him so. He hasn't replied.⟧”

### 052
@a Lavinia Okonjo-Strand | a former ambassador to Venezuela
@b Eamon Farrelly | her deputy in Caracas
@c The foreign ministry | -
Lavinia Okonjo-Strand, a former ambassador to Venezuela, orders the lamb and a glass of something red that she chooses without looking at the list. "⟦d:a|I'm retired. I can drink at lunch now. It's the single best thing about it,⟧" she says.
For thirty-four years she wrote diplomatic cables that almost nobody outside the ministry was supposed to read. Then, in 2019, one of them leaked. In it she described a senior Venezuelan official as "⟦p:a|charming, well-read and entirely without scruple⟧", and a coalition partner at home as "⟦p:a|a weather vane with a pension⟧".
"⟦d:-|Do you regret it?⟧" I ask.
"⟦d:a|I regret that it leaked. I don't regret a word of it. It was accurate. That was the problem,⟧" she says. "⟦d:a|Nobody was ever sacked for an inaccurate cable.⟧"
The foreign ministry said at the time that the cable "⟦p:c|did not reflect government policy⟧". She was recalled within a fortnight.
Her deputy in Caracas, Eamon Farrelly, remembers the morning it broke. "⟦d:b|She came in, read the papers, put them in the bin and said, 'Well, that's me done. Who wants coffee?'⟧" he told me by phone. "⟦d:b|Then she spent the whole day making sure the local staff were protected. Not herself. Them.⟧"
"⟦d:a|Eamon's sentimental,⟧" Okonjo-Strand says when I tell her. "⟦d:a|It was a very good coffee, though. I remember that.⟧"
Over pudding I ask what advice she would give a young diplomat. She doesn't hesitate. "⟦d:a|Write everything as if it will be read out in court. And then write what you actually think anyway, because otherwise what's the point of you?⟧"

### 053
@a Tane Whaanga | the Harbourside captain
@b Gerrit van Rensburg | head coach
@c - | a team source
@d Harbourside Rugby | -
Tane Whaanga had stitches above his left eye and ice taped to one knee when he sat down after Harbourside's 24-22 win over the Coasters, but the captain could not stop grinning.
"⟦d:a|That's the best eighty minutes I've ever been part of. I don't care about the eye. I'll get a new eye,⟧" the Harbourside captain said.
The match turned on a late charge-down by the replacement prop, which Whaanga described as "⟦p:a|the ugliest, most beautiful thing I've ever seen on a rugby field⟧".
Head coach Gerrit van Rensburg was more measured. "⟦d:b|We were poor for sixty minutes. Let's not pretend otherwise,⟧" the South African said. "⟦d:b|But this group doesn't stop. You can coach a lot of things. You can't coach that.⟧"
Asked about Whaanga's future, with his contract up in June and two overseas clubs reported to be interested, van Rensburg smiled. "⟦d:b|Ask him. I've asked him. He keeps changing the subject to fishing.⟧"
A team source said the club had tabled "⟦p:c|the biggest offer in its history⟧" to keep the 31-year-old.
Harbourside Rugby said in a short statement that it did "⟦p:d|not comment on contract negotiations⟧".
Whaanga, for his part, was still talking about fishing. "⟦d:a|I caught a snapper this big on Tuesday,⟧" he said, holding his hands apart. "⟦d:a|That's my news. That's the only news.⟧"

### 054
@a Deborah Ackroyd | -
@b Shirley Napier | her neighbour
@c - | another neighbour
@d Calderbrook Council | -
A GARDEN gnome, a leylandii hedge and a Christmas light display visible, it is claimed, from the M62 are at the centre of a three-year feud between two neighbours on a quiet Calderbrook cul-de-sac.
Deborah Ackroyd, 62, says the hedge planted by her neighbour Shirley Napier now stands at 19ft and blocks all light to her kitchen. "⟦d:a|I haven't seen the sun from my sink since 2021. I've started taking vitamin D,⟧" she said.
Mrs Napier, 67, says the hedge went up only after Mrs Ackroyd installed what she calls "⟦p:b|Blackpool Illuminations on a semi-detached⟧". "⟦d:b|Sixty thousand bulbs. Every November to February. My bedroom was like an operating theatre. The hedge was self-defence,⟧" she said.
Mrs Ackroyd denies the display has sixty thousand bulbs. "⟦d:a|It's forty-two thousand. And they're on a timer,⟧" she said.
The gnome, the two women agree, is a separate matter. It disappeared from Mrs Ackroyd's front garden in July and reappeared, a week later, on Mrs Napier's roof. "⟦d:b|I have no idea how it got there,⟧" said Mrs Napier. "⟦d:a|She knows exactly how it got there,⟧" said Mrs Ackroyd.
Another neighbour, who did not want to be named, said the rest of the close was "⟦p:c|exhausted⟧". "⟦d:c|We just want a quiet Christmas. We haven't had one in three years,⟧" she said.
Calderbrook Council said it had received "⟦p:d|multiple complaints⟧" from both households and would be carrying out a high-hedge assessment in the new year.

### 055
@a Rhodri Tamblyn-Esi | the wildlife cameraman
@b Hester Langridge | presenter
@c Ngozi Tamblyn-Esi | his daughter
The wildlife cameraman Rhodri Tamblyn-Esi has spent, by his own estimate, about four years of his life lying in holes. He told presenter Hester Langridge on Radio Fenland's Afternoon Show that he had ``⟦p:a|no regrets, except maybe the knees⟧''.
``⟦d:b|Four years. In holes. Talk me through that,⟧'' Langridge said.
``⟦d:a|You dig a hide, you get in, you wait. Sometimes for a day. Once for eleven days, for a snow leopard, and on the eleventh day she walked past at dusk and looked straight at the lens and left,⟧'' he said. ``⟦d:a|Seven seconds. The best seven seconds of my working life.⟧''
``⟦d:b|And your family? What do they make of all the holes?⟧''
``⟦d:a|You'd have to ask them. Actually, don't. Ngozi's listening.⟧''
His daughter, Ngozi Tamblyn-Esi, 22, had in fact phoned in. ``⟦d:c|I'd like to say that he missed four of my birthdays for badgers,⟧'' she said, to laughter in the studio. ``⟦d:c|But I've forgiven him, because the badger footage was very good.⟧''
``⟦d:a|It was very good footage,⟧'' her father agreed.
Tamblyn-Esi's new series, ``⟦s:-|Low Country⟧'', about the wildlife of the fens, starts next month. Asked for his favourite moment, he chose, to Langridge's surprise, a heron. ``⟦d:a|Everyone wants the big cats. But a heron stood on one leg for four hours, ten feet from me, and then caught an eel the size of my arm. I nearly cried. Herons are the real thing,⟧'' he said.

### 056
@a Mariam Tahir-Lowe | -
@d - | our younger daughter
@b Jonah Lowe | -
@c - | the expedition leader
Mariam Tahir-Lowe, whose husband, the climber Jonah Lowe, died on Annapurna in 2018, has written a book about the years after. She spoke on Radio Ellesmere's “⟦s:-|In Conversation⟧”. This is an edited transcript.
Q: You open the book with his last satellite message. Why start there?
A: Because everyone asks about it. It said, “⟦d:b|Cold but happy. Summit tomorrow. Kiss the girls.⟧” That's all. I've read it more times than any book I own.
Q: Were you angry with him?
A: Of course. For a long time. He chose a mountain over us, in a way, every single time he went. And then I'd think, no, he chose it before he chose us, and I married him knowing that.
Q: What did the expedition leader tell you?
A: He rang me from base camp. He said, “⟦d:c|Mariam, I'm so sorry, we couldn't get to him.⟧” I said, “⟦d:a|Then go back and get him.⟧” I know that wasn't fair. I said it anyway.
Q: The book's title is “⟦s:-|Still Above⟧”. What does it mean?
A: It's what our younger daughter said when she was four. She asked where Daddy was and I didn't know what to say, and she pointed at the ceiling and said, “⟦d:d|Still above.⟧” So that's the title. She's twelve now and very embarrassed about it.

### 057
@a Hannah Adeyemi-Clarke | -
@b Rebecca | her sister
@c Yvonne Adeyemi-Clarke | their mother
@d Solomon Adeyemi-Clarke | their father
On Sunday afternoon, for the first time in the history of the Northern Women's League, a match will be decided by which of two identical twins makes fewer mistakes between the posts.
Hannah Adeyemi-Clarke keeps goal for Marsden Ladies. Her sister Rebecca keeps goal for Haverleigh. The two clubs are level on points at the top of the table with one game left — against each other.
“⟦d:a|We've played against each other in the garden since we were six. She's never saved one of my penalties. Not one,⟧” Hannah said.
“⟦d:b|That's a lie and she knows it's a lie,⟧” said Rebecca, 24, who is eleven minutes younger and, by her own account, “⟦p:b|the better-looking one⟧”.
Their mother, Yvonne Adeyemi-Clarke, will be in the stand wearing, she says, “⟦p:c|half of each scarf, sewn down the middle⟧”. “⟦d:c|I can't pick. I won't pick. I'll be sick in the car park at half-time probably,⟧” she said.
Their father, Solomon Adeyemi-Clarke, who coached both girls until they were fifteen, has come up with a simpler solution. “⟦d:d|I'm not going. I'll be at the allotment with the radio off. Somebody can text me,⟧” he said.
Rebecca said the two had agreed not to speak in the week before the game. “⟦d:b|We lasted about an hour. She rang me to ask if I had her phone charger. I did,⟧” she said.
“⟦d:a|It's my charger,⟧” said Hannah. “⟦d:a|That's going to be a bigger argument than the match.⟧”

### 058
@a Augusto Manhiça-Reis | the former president of the Republic of Tavora
@b - | one former aide
@c the Tavoran government | -
LISBON (Meridian Press) - Augusto Manhiça-Reis, the former president of the Republic of Tavora, said on Thursday that he had "⟦p:a|no intention whatsoever⟧" of returning to politics, a week after supporters launched a petition urging him to stand again.
"⟦d:a|I am seventy-eight years old. I have a garden, a dog and a great-grandson. The republic has other people,⟧" Manhiça-Reis said in an interview at his home outside Lisbon, where he has lived since leaving office in 2016.
He was sharply critical, however, of the current government's handling of the currency crisis. "⟦d:a|They are printing money as if printing were the same as earning. I made that mistake myself in 1998. I thought someone would have learned from me,⟧" he said.
The petition has gathered more than 200,000 signatures. One former aide, who still speaks to Manhiça-Reis regularly, said the former president had been "⟦p:b|privately flattered and publicly horrified⟧" by it.
The Tavoran government said in a statement that it "⟦p:c|respects the views of all former heads of state⟧" and that the currency measures were "⟦p:c|temporary and necessary⟧".
Asked whether there was anything that might change his mind, Manhiça-Reis laughed. "⟦d:a|My wife,⟧" he said. "⟦d:a|And she has already said no.⟧"

### 059
@a Orla Ní Bhriain | the 20-year-old
@b Dagny Sørlie | her coach
@c Fionn | Ní Bhriain's brother
Orla Ní Bhriain lost her left leg below the knee in a farm accident when she was nine. On Saturday night, eleven years later, she broke the world record in the S9 100m backstroke at the Nordic Para Swimming Championships in Bergen.
«⟦d:a|I looked at the board and I didn't believe it. I thought it was someone else's time. Then everyone was screaming,⟧» the 20-year-old said, still wrapped in a towel.
Her coach, Dagny Sørlie, has trained her since she moved to Norway on a university scholarship two years ago. «⟦d:b|Orla is the hardest worker I have coached, and I have coached a lot of Norwegians, which is saying something,⟧» Sørlie said. «⟦d:b|She asks for more sets. Nobody asks for more sets.⟧»
Ní Bhriain's brother, Fionn, who was driving the tractor on the day of the accident, flew over from Clare to watch. He has rarely spoken about that day. «⟦d:c|For a long time I couldn't look at her in a pool without thinking about it. Tonight I just looked at her and thought, that's my sister, and she's the fastest in the world,⟧» he said.
Ní Bhriain said her brother was the reason she swam at all. «⟦d:a|He drove me to the pool in Ennis every morning for six years. Five in the morning. He never once complained,⟧» she said.
«⟦d:c|I complained a lot,⟧» said Fionn. «⟦d:c|Just not to her.⟧»

### 060
@a Walter Kettleborough | -
@b Josh | his grandson
@c Arthur Kettleborough | Walter's older brother
In a lock-up garage behind the Co-op in Brindley, Walter Kettleborough, 86, and his grandson Josh, 19, have spent every Saturday for three years rebuilding a 1958 Velocette that Walter bought new with his first wage packet.
“⟦d:a|I paid 189 pounds for it. My father said I was a fool and he was right,⟧” Walter said, patting the tank. “⟦d:a|I rode it to Scarborough the week I got it and it broke down in Pickering.⟧”
Josh, an apprentice electrician, had never held a spanner when they started. “⟦d:b|Grandad gave me a screwdriver and said, ‘Don't lose that.’ I lost it the first day. He's never let me forget,⟧” he said.
The bike had spent forty years under a tarpaulin in his great-uncle's barn. Arthur Kettleborough, Walter's older brother, 90, turned up on Saturday to see it start for the first time.
“⟦d:c|I told him in 1983 it'd never run again. I'd like to say I'm glad I was wrong,⟧” said Arthur. “⟦d:c|But I'm not. I hate being wrong.⟧”
It took eleven kicks. On the twelfth, the engine caught and the garage filled with blue smoke. “⟦d:b|Grandad just stood there. He didn't say anything for ages,⟧” Josh said. “⟦d:b|Then he said, ‘Right, who's getting the fish and chips?’⟧”
“⟦d:a|I had something in my eye,⟧” said Walter, when asked about the pause. “⟦d:a|It was the smoke.⟧”

### 061
@a Philippa Mwangi-Thorne | -
@b Julian Thorne | her son
@c Adaeze Nwosu | the editor who bought it
@d - | a bookseller in Frome who read an early proof
Philippa Mwangi-Thorne wrote her first novel at the kitchen table between the ages of seventy-four and eighty, in pencil, on the backs of gas bills. It is published on Thursday, and the first print run has already been doubled.
"⟦d:a|I didn't tell anybody. I thought they'd laugh, or worse, be kind about it,⟧" she says, in the front room of her bungalow in Saltley Bay, where the manuscript still sits in a shoebox on the sideboard.
"⟦d:-|Why start at seventy-four?⟧" I ask.
"⟦d:a:m|Because my husband died, and the house was very quiet, and I found I was talking to him out loud in the evenings. My son thought I was going funny.⟧
"⟦d:a:m|So I started writing it down instead. Not to him. To a made-up woman, in a made-up town, who had a husband who didn't die.⟧
"⟦d:a|That's the book. It's not very clever. It's just what I needed to say.⟧"
Her son, Julian Thorne, found the shoebox while looking for the boiler guarantee. "⟦d:b|I read the first page sitting on the landing. Then I read the whole thing sitting on the landing. My wife came up at midnight to see if I'd fallen over,⟧" he said.
He sent it, without telling her, to a small publisher in Bristol. Adaeze Nwosu, the editor who bought it, said she had "⟦p:c|cried on the 47 bus, which I don't recommend⟧". A bookseller in Frome who read an early proof has called it "⟦p:d|the most honest book about grief I've read in years⟧".
"⟦d:a|I was furious with Julian for about a day,⟧" Mwangi-Thorne says. "⟦d:a|Then they sent the money.⟧"

### 062
@a Tendai Marufu | the choirmaster
@b Helen Ostergaard | the governor of HMP Ashcombe
@c Lee | one prisoner
@d the Ministry of Justice | -
On a Wednesday afternoon in the chapel of HMP Ashcombe, twenty-two men in grey tracksuits are singing Fauré, and the choirmaster, Tendai Marufu, is not happy with the tenors.
“⟦d:a|Again. From bar twelve. Softer. You're not shouting at a referee, gentlemen,⟧” he calls, and they go again, softer.
Marufu, a former chorister from Harare who now teaches at a music college in Exeter, has run the prison choir for six years. “⟦d:a|People expect me to say music changes lives. Sometimes it does. Mostly it just gives a man two hours a week where nobody is telling him what he did,⟧” he said afterwards.
The governor of HMP Ashcombe, Helen Ostergaard, said violent incidents on the wing where most choir members live had fallen by a third since it began. “⟦d:b|I can't prove cause and effect. I'm not going to pretend I can. But I know what I see on a Wednesday evening, and it's calmer,⟧” she said.
One prisoner, who gave his first name as Lee and is serving six years for robbery, has sung in the choir since it started. “⟦d:c|I'd never sung in my life. Not even happy birthday. The first week I just moved my mouth,⟧” he said. “⟦d:c|Now I do the solo in the Christmas concert. My mum came last year. She cried the whole way through.⟧”
The Ministry of Justice said it “⟦p:d|welcomed initiatives that support rehabilitation⟧” but could not say whether funding for the choir would continue beyond March.
Marufu said he would keep coming regardless. “⟦d:a|If the money goes, I'll come on the train and bring sandwiches. They're my choir,⟧” he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh129.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh129",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
