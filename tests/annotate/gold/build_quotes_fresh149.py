# ruff: noqa: E501
"""Build ``quotes_fresh149.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts whose questions are marked
by the interviewer's initials or printed as bare question lines, podcast and radio
interviews, sports and arts interviews, and human-interest stories about families
in which several relatives of the same gender speak and are called by their first
names, plus reporters who ask their own questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh149-NNN``.

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
  it (``Her sister, Maeve, the eldest``): the appositive is the description. A title
  or relational phrase before the name alone (``Presenter Fionnuala Garrity``,
  ``their mother, Bernadette``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue or in the next sentence (``the 41-year-old``,
  ``the architect``), that description is taken.
* A non-restrictive relative clause after an appositive is not part of the
  description; a restrictive one is.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's or interviewer's questions are that person's speech.
* Transcripts marked by initials (``RM:`` / ``KT:``) or by bare question lines are
  treated like ``Q:`` / ``A:`` transcripts: the turns carry no quotation marks and are
  not annotated. Quotation marks inside a turn are annotated by what they hold: a
  title or label is ``scare``; words the speaker of the turn attributes to another
  identified person (``my mum used to tell me, "…"``) are that person's speech;
  the interviewer repeating the guest's own earlier phrase is a ``partial`` of the
  guest.
* In family stories where relatives are introduced by first name only (``the
  Donnachie sisters — Maeve, Siobhán and Orla``), each relative's speaker is that
  first name; where a full name is written once, the full name.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is, where the exchange makes that unambiguous.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh149.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh149.jsonl")

PASSAGES = """
### 001
@a Ingrid Sæther | the shipping heiress turned documentary maker
@w - | the waiter
Ingrid Sæther, the shipping heiress turned documentary maker, is already seated when I arrive at Brasserie Lindqvist, a panelled room above the harbour in Vestvik that smells of butter and wet wool. She has ordered sparkling water and is studying the wine list “⟦p:a|like a ransom note⟧”, as she puts it.
“⟦d:a|I never know what to order in these places. My father would have known. He would have sent something back, just to show he could,⟧” she says, by way of hello.
Her father, Harald Sæther, built the Sæther Line from two second-hand tankers into one of the largest private fleets in northern Europe. His daughter's new film, “⟦s:-|Ballast⟧”, is about the men who crewed them, and about what the money, in her words, “⟦p:a|did to everyone it touched, including me⟧”.
I ask whether her family has seen it. “⟦d:a|My brother has. He walked out after forty minutes and then texted me at two in the morning to say it was good. That is the most Norwegian review I will ever get,⟧” she says.
The waiter arrives. “⟦d:w|The halibut is finished, I'm afraid, but we have the cod,⟧” he says. Sæther orders the cod without looking up.
“⟦d:-|Were you nervous about making a film that criticises your own family?⟧” I ask.
She considers this for a long time, buttering a piece of rye bread she will not eat.
“⟦d:a:m|Nervous, no. Ashamed, sometimes. There are sailors in that film who lost fingers on our ships and got a cheque and a handshake. I grew up in a house with a swimming pool paid for by that arithmetic.⟧
“⟦d:a|I'm not asking anyone to feel sorry for me. I'm asking them to look at the arithmetic.⟧”
By the time the coffee comes she has relaxed. “⟦d:a|You can put in that I paid,⟧” she says, reaching for the bill. “⟦d:a|He'd have hated that.⟧”

### 002
@a Kofi Tetteh-Asare | the Leeds-based producer and singer
@m - | my mum
Kofi Tetteh-Asare, the Leeds-based producer and singer, released his third album, “⟦s:-|Harmattan Radio⟧”, in March. He spoke to Rhian Mostyn from his studio above a tyre garage in Holbeck. The interview has been edited for length and clarity.
RM: Where did the album start?
KT: With a cassette. My uncle recorded hours of Ghanaian radio in the eighties and posted the tapes to my dad in Bradford. I found a shoebox of them in 2019, after the funeral.
RM: You've called the record “⟦p:a|a letter I never sent⟧”. Who is it addressed to?
KT: To my dad, I suppose. He died before I could play him any of it. My mum used to tell me, “⟦d:m|Your father talks to the radio more than he talks to us,⟧” and she wasn't joking. Half the samples on there are him shouting at a football commentator.
RM: Was it hard to finish?
KT: The last song took a year. I kept adding things. My engineer finally hid the session files and told me they'd been corrupted. They hadn't.
RM: What's next?
KT: Sleep. Then a tour. Then, honestly, I'd like to make something that isn't about grief. A record you can dance to at a wedding. Something my cousins would call “⟦s:-|proper music⟧”.

### 003
@h Dev Malhotra | host
@g Solveig Arnadóttir | glaciologist
On this week's episode of "⟦s:-|Thin Ice⟧", host Dev Malhotra sits down with glaciologist Solveig Arnadóttir, who has spent 22 summers measuring the retreat of the Breiðafell ice cap in western Iceland.
"⟦d:h|When did you first realise the glacier was dying?⟧" Malhotra asks early in the conversation.
"⟦d:g|I don't like 'dying'. Glaciers don't die, they just stop being glaciers,⟧" Arnadóttir says. "⟦d:g|But if you want a moment, it was 2011. We went back to a stake we had drilled the year before and it was lying on the ground, on bare rock. Twelve metres of ice, gone in one summer.⟧"
"⟦d:h|Isn't that just semantics, though?⟧" he pushes back.
"⟦d:g:m|It's not semantics to the farmers downstream. When a glacier is healthy the river is predictable. When it is shrinking the river goes mad for a few decades, floods, new channels, bridges washed out, and then one day it is a stream.⟧
"⟦d:g|People think the problem is the end. The problem is the middle.⟧"
Malhotra, who grew up in Leicester and admits he had never seen a glacier until last year, asks the question many listeners have written in with. "⟦d:h|Is there anything ordinary people can actually do?⟧"
"⟦d:g|Vote,⟧" she says, laughing. "⟦d:g|And stop flying to look at glaciers. I say that as someone who flies to look at glaciers.⟧"

### 004
@m Desmond Achterberg | Housing Minister
@p Fionnuala Garrity | presenter
@o Tenants First | the campaign group
@x - | a spokesperson for the Civic Party
Housing Minister Desmond Achterberg has said he is “⟦p:m|not embarrassed⟧” by figures showing that the number of families in emergency accommodation rose for the eleventh consecutive month.
Speaking to presenter Fionnuala Garrity on “⟦s:-|The Morning Edition⟧” on Tuesday, Mr Achterberg said the increase reflected “⟦p:m|a system that is finally counting people properly⟧” rather than a worsening crisis.
“⟦d:m|We changed the definition last spring so that people sofa-surfing with relatives are included. Of course the number went up. I'd be more worried if it hadn't,⟧” he said.
“⟦d:p|Minister, with respect, you said something very similar this time last year,⟧” Garrity interrupted. “⟦d:p|At what point does it stop being a definition and start being a failure?⟧”
“⟦d:m|When the new homes we've funded are finished and the number doesn't come down,⟧” the minister replied. “⟦d:m|Judge me on that. Judge me in eighteen months.⟧”
The campaign group Tenants First said in a statement that families “⟦p:o|cannot live in eighteen months⟧”.
“⟦d:o|Every month of delay is a month a child spends doing homework on a hotel bed,⟧” the group said.
A spokesperson for the Civic Party said the minister's comments were “⟦p:x|breathtaking⟧”. “⟦d:x|He is blaming the thermometer for the fever,⟧” she said.

### 005
@a Danny Pettifer | the 41-year-old
@k Kerry | His wife
@c Mal Ostrowski | his captain for nine seasons
DANNY Pettifer has finally admitted what every bowler in the county already knew: his knees are finished.
Pettifer, whom everyone at Castlebridge has called "⟦s:-|Dodger⟧" since a youth-team fielding mishap in 2001, will play his last match on Saturday.
"⟦d:a|I've been strapping them up like a mummy for three summers. My physio said it's either stop now or walk like a crab at fifty,⟧" the 41-year-old told us.
"⟦d:a|I went with stop.⟧"
His wife Kerry, who has watched almost every home game from the same bench behind the bowler's arm, admitted she was relieved. "⟦d:k|I'll miss it. I won't miss him limping up the stairs on a Sunday morning asking for frozen peas,⟧" she laughed.
Danny Pettifer scored 11,402 runs for the club and took 212 catches, most of them, he insists, "⟦p:a|the hard way⟧".
Mal Ostrowski, his captain for nine seasons, said there would never be another like him. "⟦d:c|Dodger was the first at nets and the last at the bar. Usually in that order, sometimes not,⟧" he said.
"⟦d:c|He once batted for two hours with a broken thumb because he didn't want to give their spinner the satisfaction. That's him in one sentence.⟧"
So what now? "⟦d:a|Umpiring, maybe,⟧" Pettifer said. "⟦d:a|At least I'll get to sit down between overs.⟧"

### 006
@b Bernadette | their mother
@m Maeve | the eldest
@s Siobhán | -
@o Orla | the youngest
The Donnachie sisters, Maeve, Siobhán and Orla, have run the bakery on Quarry Street since their mother, Bernadette, hung up her apron in 2009. On Saturday the shop turns fifty, and all four women were behind the counter when the Gazette called in.
“⟦d:b|I opened it with a loan from the credit union and one oven that only worked if you kicked it,⟧” said Bernadette, now 81, from a stool by the till. “⟦d:b|The girls were under the tables with a colouring book.⟧”
Maeve, the eldest, still does the four o'clock bake. “⟦d:m|People think it's romantic. It's dark, it's cold, and the radio only gets one station. But when the first batch comes out, there's nothing like it. I've never found anything like it,⟧” she said.
Siobhán does the books and, by general agreement, the worrying. “⟦d:s|Somebody has to,⟧” she said. “⟦d:s|These two would give the place away if I let them.⟧”
“⟦d:o|That was once,⟧” said Orla, the youngest.
“⟦d:s|It was every Christmas for ten years.⟧”
Orla, who trained as a pastry chef in Lyon before coming home, is behind the shop's recent burst of fame: her sourdough doughnuts, which sell out most mornings by half past nine. “⟦d:o|Mammy thought they were a fad,⟧” she said.
“⟦d:b|I still do. But I eat two a day, so what would I know?⟧” Bernadette said.
Asked whether a fourth generation might take over, the sisters looked at each other. “⟦d:m|Ask us at the hundredth,⟧” Maeve said.

### 007
@g Gwilym Pryce | the 74-year-old
@h Huw | the elder son
@r Rhodri | his younger brother
On a ridge above the Teifi valley, Gwilym Pryce is counting ewes through a gate with the concentration of a man who has done it for sixty years. "⟦d:g|Two hundred and twelve,⟧" he says finally. "⟦d:g|Same as yesterday. That's a good day.⟧"
The 74-year-old has farmed Tyddyn Uchaf since his father died in 1966. Next month, for the first time in four generations, the farm will not pass to a single heir. Instead Gwilym is dividing it between his two sons.
Huw, the elder son, runs the sheep. Rhodri, his younger brother, left for Cardiff at eighteen, trained as an engineer and came back in 2020 to put solar panels on the old cowshed.
"⟦d:h|For a long time Dad thought Rhodri had abandoned us,⟧" Huw says. "⟦d:h|I thought he was just clever. Turns out we were both right.⟧"
Rhodri laughs at this. "⟦d:r|I did abandon you. I also came back. You don't get to keep the first bit without the second,⟧" he says.
The brothers do not always agree. Rhodri wants to plant trees on the steepest fields; Huw calls the plan "⟦p:h|paying people to grow nothing⟧". Their father has declined to referee.
"⟦d:g|I fought with my own brother for thirty years over a wall,⟧" Gwilym says. "⟦d:g|The wall is still there. He isn't. I told them: fight about it now, while I'm alive to laugh at you.⟧"

### 008
@a Bénédicte Kanté | the Franco-Malian director
@b Jonas Albrecht | the actor who plays Lear
@c - | one critic
The rehearsal room at the Théâtre des Pâquis is freezing, and Bénédicte Kanté, the Franco-Malian director, would not have it any other way. «⟦d:a|Cold actors listen. Warm actors sleep,⟧» she says, pulling a second scarf from her bag.
Her production of «⟦s:-|Le Roi Lear⟧», which opens in Geneva on 14 November before touring to Lausanne and Brussels, has been two years in the making. It is played in French with English surtitles, and in a disused tram depot rather than a theatre.
«⟦d:a|On ne joue pas Lear, on survit à Lear,⟧» Kanté says, and then translates for me: «⟦d:a|You don't play Lear. You survive him.⟧»
Jonas Albrecht, the actor who plays Lear, is 79 and has, by his own count, appeared in the play six times, first as the Fool. «⟦d:b|Every time I think I understand the old man, and every time I am wrong,⟧» he says. «⟦d:b|This time Bénédicte told me to stop understanding him. It is a great relief.⟧»
The production has already drawn controversy: at a preview last month one critic called the storm scene «⟦p:c|an act of aggression against the audience⟧» after the company soaked the first three rows.
Kanté is unrepentant. «⟦d:a|They were given ponchos,⟧» she says. «⟦d:a|Lear was not given a poncho.⟧»

### 009
@a Tavita Faleolo | the heavyweight champion
@b Grigor Manukyan | the challenger
@d Marcus Ebdon | the promoter
@c - | a member of Manukyan's team
Tavita Faleolo, the heavyweight champion, and Grigor Manukyan, the challenger, had to be separated by security at Thursday's final press conference in Auckland, two days before their title fight at the Harbour Arena.
"⟦d:b|He's been hiding behind that belt for two years,⟧" Manukyan said, leaning into his microphone. "⟦d:b|On Saturday I take it off him and I give it to my mother. She'll look better in it.⟧"
Faleolo, who had sat through most of the event with his eyes closed, replied without opening them. "⟦d:a|Talk is free, brother. Saturday costs,⟧" he said.
The 29-year-old Samoan-New Zealander has won all 24 of his professional fights, 19 by knockout. Asked by a reporter whether he had watched tape of the Armenian's previous bouts, he shrugged. "⟦d:a|A little. He throws a lot of punches at people who are standing still. I won't be standing still.⟧"
The confrontation came when Manukyan walked across the stage during the final face-off and pushed his forehead against the champion's. As security stepped in, a member of Manukyan's team shouted, "⟦d:c|He's scared! Look at his eyes!⟧"
From the back of the hall somebody yelled back, "⟦d:-|Sit down, mate!⟧"
Marcus Ebdon, the promoter, insisted afterwards that nothing had been staged. "⟦d:d|I've been doing this twenty-six years. You can't fake that. Those two genuinely don't like each other,⟧" he said.
"⟦d:d|Which, between you and me, is very good for business.⟧"

### 010
@a Hiroko Amano | the architect
@t Teodor Wójcik | a retired marine biologist who commissioned the house in 2017
@c - | one critic
The house on Gullhaven Point has no front door, at least not one you would recognise. You enter through a slot in a concrete wall, down three steps, and find yourself looking straight out at the sea. ``⟦d:a|People are always disappointed for about four seconds,⟧'' said the architect, Hiroko Amano. ``⟦d:a|Then they stop talking.⟧''
Amano, 58, has built only eleven houses in thirty years, and turns down, she estimates, nine commissions in ten. ``⟦d:a:m|Most clients want a house that will impress their friends. I understand that. It is a normal thing to want. But I can't design for someone who isn't in the room.⟧
``⟦d:a|If you want a house for your friends, invite them to a restaurant.⟧''
Teodor Wójcik, a retired marine biologist who commissioned the house in 2017, said the first meeting lasted six hours and did not mention buildings once. ``⟦d:t|She asked me what time I woke up, where I read, which way I like to face when I eat breakfast,⟧'' he said. ``⟦d:t|I thought she was a little bit mad. Now I think everyone else is.⟧''
Not everyone has been won over. One critic dismissed the house as ``⟦p:c|a bunker with a view⟧'' when it was shortlisted for the Halvorsen Prize last year.
Amano seemed pleased by the phrase. ``⟦d:a|A bunker with a view,⟧'' she repeated slowly. ``⟦d:a|Yes. Good. That is what a house should be.⟧''

### 011
@a Edna Hollingworth | the centenarian
@d Pauline | her daughter
@j Jade Marsh | a nurse at Calderbrook General
@l Lorraine Obi | the home's manager
Edna Hollingworth was given a telegram from the King, a cake shaped like a double-decker bus and a round of applause from thirty residents of Rosedene House on Wednesday as she celebrated her 100th birthday.
"⟦d:a|I don't know what all the fuss is about,⟧" the centenarian said, as staff lit a single candle in the middle of the cake. "⟦d:a|I just kept not dying.⟧"
Mrs Hollingworth was a clippie on the number 14 route through Calderbrook for 23 years, hence the bus. Her daughter, Pauline, 74, said her mother could still recite every stop.
"⟦d:d|She does it when she can't sleep. Town Hall, Mill Lane, the Crown, Asda, although it wasn't Asda in her day. We've recorded her doing it for the grandkids,⟧" Pauline said.
Pauline's daughter, Jade Marsh, a nurse at Calderbrook General, organised the party and travelled back from a night shift to be there. "⟦d:j|Nan taught me to stand up for myself. She used to throw drunks off the bus single-handed,⟧" she said. "⟦d:j|She's five foot nothing.⟧"
"⟦d:a|Four foot eleven,⟧" her grandmother corrected her. "⟦d:a|And they were never that drunk.⟧"
Lorraine Obi, the home's manager, said Mrs Hollingworth was "⟦p:l|the boss of the lounge⟧". "⟦d:l|Nobody touches the remote control without Edna's say-so. We've stopped arguing,⟧" she said.

### 012
@t Tomás Iturbe | host
@b Ben Mensah-Ward | his co-host
@k Anselm Kowalczyk | the chef behind Brzeg
On the latest episode of the food podcast “⟦s:-|Second Helpings⟧”, host Tomás Iturbe and his co-host Ben Mensah-Ward spend an hour with Anselm Kowalczyk, the chef behind Brzeg, the twelve-seat counter in Kraków that has just received its second star.
Iturbe opens by asking the obvious question. “⟦d:t|Two stars, twelve seats. Are you making any money?⟧”
“⟦d:k|No,⟧” Kowalczyk says, to laughter from both hosts. “⟦d:k|I mean it. We lose money on every guest. We make it back on the wine, and then we lose it again on the wine glasses.⟧”
Mensah-Ward, who worked as a line cook for a decade before moving into broadcasting, wants to know about the kitchen. “⟦d:b|There's a story going round that you fire anyone who raises their voice. Is that true?⟧”
“⟦d:k:m|Not fire. But I ask them to go for a walk. Around the block, once, slowly. When they come back we talk.⟧
“⟦d:k|I worked for ten years in kitchens where people screamed. I was one of the people screaming. The food was not better. It was just louder.⟧”
The conversation drifts to his grandmother's pierogi, which Kowalczyk says he has still not managed to reproduce. “⟦d:k|I have two stars and I cannot make my grandmother's dumplings. That should tell you something about the stars.⟧”
“⟦d:t|Or about your grandmother,⟧” Iturbe offers.
“⟦d:k|Or about my grandmother,⟧” the chef agrees.
Mensah-Ward closes, as always, by asking his guest for a last meal. Kowalczyk does not hesitate: “⟦d:k|Bread, butter, a radish. And somebody else washing up.⟧”

### 013
@a Nneka Obiora-Lund | -
@c Ilse Brandt | my coach
Nneka Obiora-Lund won silver in the women's single sculls in August, two years after a back injury that doctors told her would end her career. She is 31 and lives in Ghent. “⟦d:a|I'm still not used to the medal. It lives in a sock drawer,⟧” she said when we spoke by video call. She was eating cereal.
Q: How are you feeling a month on?
A: Tired, in a nice way. I slept for most of September. My body has been asking for that for about six years.
Q: You were leading at 1,500 metres. What happened in the last 500?
A: Lactic acid happened. And Marta happened: she was just better in the last minute. I knew it with about 200 to go. My coach, Ilse Brandt, had told me before the race, “⟦d:c|If you're leading at 1,500, don't look across,⟧” and of course I looked across.
Q: Do you regret it?
A: No. I think if I hadn't looked, I would have been bronze. Looking made me angry.
Q: The injury. People talk about your comeback as a miracle.
A: I hate “⟦s:-|miracle⟧”. It was a surgeon, two physios, a lot of swimming pools and my husband carrying me to the toilet for three weeks. That's not a miracle. That's just people.
Q: Paris next?
A: Ask me after Christmas. Right now I want to go a whole day without getting up at five.

### 014
@q Marisa Quintero | Head coach
@h Astrid Haugland | the captain
@l Leah Mbatha | the teenager
Head coach Marisa Quintero said her side had “⟦p:q|earned the right to dream⟧” after Westport City came from two goals down to beat Dunhallow 3-2 and reach the women's cup final for the first time.
“⟦d:q|At half-time I didn't shout. There was nothing to shout about. I just told them to look at each other and decide if this was how they wanted it to end,⟧” Quintero said.
“⟦d:q|They decided it wasn't.⟧”
Astrid Haugland, the captain, headed in the first goal from a corner on 58 minutes and then set up the equaliser with a long diagonal pass. “⟦d:h|Honestly I thought we were gone. At 2-0 their fans were already singing about the final,⟧” she said. “⟦d:h|It's very nice to hear them be quiet.⟧”
The winner came from Leah Mbatha, who had been on the pitch for four minutes when she curled a shot into the top corner from the edge of the box.
“⟦d:l|I didn't even look. I just hit it,⟧” the teenager said. “⟦d:l|My mum is in the stand. I think she's still crying. I can see her from here.⟧”
Quintero was asked whether the 17-year-old would start the final. “⟦d:q|Ask me on Friday,⟧” she said, smiling. “⟦d:q|But she's making my job very difficult.⟧”

### 015
@c Casimir Oduya | -
@p Petra Lindgren | his manager
@f - | a teenage boy in a hoodie
Casimir Oduya drives the way he sings, which is to say slightly too fast and with a lot of feeling. We are somewhere on the A-road between his mother's house in Kettering and a rehearsal space in Northampton, and he is explaining why he still owns a 2004 Volvo estate.
"⟦d:c|It has never let me down. Everyone else has let me down at some point. Not the Volvo. I know what that sounds like. I don't care,⟧" he says.
His second album, "⟦s:-|Soft Shoulder⟧", went to number three in the spring, which made him, for a few weeks, the sort of person who gets recognised at petrol stations. We stop at one. A teenage boy in a hoodie spots him at the pump and walks over, phone out. "⟦d:f|Are you him? The 'Soft Shoulder' guy?⟧"
"⟦d:c|Depends who's asking,⟧" Oduya says, and poses for three selfies.
Back in the car I ask whether the fame has changed how he writes. "⟦d:-|Do you think about who's listening now?⟧"
"⟦d:c:m|All the time, and I hate it. The first record I made for nobody. I made it in my bedroom for about six people, and four of them were my cousins.⟧
"⟦d:c|Now there's a whole building in London that wants to know what the single is. I'm trying to forget the building exists.⟧"
His manager, Petra Lindgren, who has been following in her own car, is waiting outside the rehearsal space when we arrive. "⟦d:p|He's late,⟧" she says to me, not to him. "⟦d:p|He's always late. It's in the contract.⟧"
"⟦d:c|It's not in the contract,⟧" he says.
"⟦d:p|It should be.⟧"

### 016
@a Yusuf Adeyemi-Hart | chief executive of St Aldhelm's Hospital Trust
@p Carys Penhallow | -
@u the Union of Health Workers | -
@d The Department of Health | -
The head of one of the region's busiest hospital trusts has said corridor care has become “⟦p:a|normal in a way that should frighten all of us⟧”.
Dr Yusuf Adeyemi-Hart, chief executive of St Aldhelm's Hospital Trust, told Carys Penhallow on “⟦s:-|Wessex Tonight⟧” that on some winter evenings more than forty patients had been treated on trolleys in corridors.
“⟦d:p|Forty people in a corridor. Is that safe?⟧” Penhallow asked.
“⟦d:a|No. I'm not going to pretend it is,⟧” he replied. “⟦d:a|Our staff are doing extraordinary things to make it as safe as it can be. But a corridor is a corridor. It doesn't have oxygen on the wall.⟧”
He said the main problem was not the emergency department but the wards, where around 120 patients on any given day were medically fit to leave but had nowhere to go. “⟦d:a|Fix social care and you fix my corridor. It really is that simple, and that difficult.⟧”
The Union of Health Workers said the interview was “⟦p:u|the most honest thing a hospital boss has said in years⟧”, and called for an emergency funding settlement.
The Department of Health said in a statement: “⟦d:d|We recognise the pressure on hospitals this winter and have made an additional £250 million available to speed up discharges.⟧”

### 017
@m Seo Min-jun | the 46-year-old
@d Daniel Whitcombe | a high-school music teacher from Dayton, Ohio
@r Rachel | Whitcombe's wife
@g GenLink | the DNA company
The first thing Seo Min-jun noticed about the man walking towards him through the arrivals hall at Incheon was the way he held his coffee cup, in his left hand, with his thumb over the lid.
“⟦d:m|That's how I hold it. Exactly how. I thought, OK, this is real,⟧” the 46-year-old said.
The man was Daniel Whitcombe, a high-school music teacher from Dayton, Ohio, and the twin brother Seo had not known existed until an email arrived in March. The two were born in a Busan clinic in 1977 and separated within weeks; Whitcombe was adopted by an American couple, Seo was raised by his birth mother's sister.
“⟦d:d|I did the DNA test because my daughter bought it for my birthday as a joke,⟧” Whitcombe said. “⟦d:d|I was expecting to find out I was two per cent Viking.⟧”
Instead, GenLink, the DNA company, matched him with a man in Busan who had taken a test for medical reasons. In a statement the company said the case was “⟦p:g|among the most remarkable⟧” in its records.
Whitcombe's wife, Rachel, who flew with him to Korea, said she cried more than either of the brothers at the airport. “⟦d:r|They just stood there looking at each other, like two men looking in a shop window,⟧” she said. “⟦d:r|Then Min-jun said something in Korean and Danny laughed, even though he doesn't speak a word of it.⟧”
What had he said? Seo smiled. “⟦d:m|I said, ‘You're late.’⟧”

### 018
@a Amara Nwachukwu-Stein | the painter
@f Felix Brandauer | her gallerist
Amara Nwachukwu-Stein paints standing on a kitchen chair because she cannot afford a proper platform, and has been doing so, she says, “⟦p:a|since before anyone cared⟧”. People care now. Her first solo show in Berlin sold out before it opened, and one of its canvases, “⟦s:-|Mother, Rising⟧”, was bought by the Hessler Collection for a sum neither she nor her gallery will disclose.
“⟦d:a|I'm suspicious of it, to be honest,⟧” the painter says in her studio, a former laundry in Wedding. “⟦d:a|Two years ago nobody would answer my emails. The paintings haven't changed. Something else has.⟧”
Her gallerist, Felix Brandauer, is less suspicious. “⟦d:f|The paintings have changed. She just doesn't see it because she's standing too close to them,⟧” he says. “⟦d:f|Literally. On a chair.⟧”
The canvases are huge, mostly figures of women in kitchens and on buses, rendered in violent purples and greens. One review described the show as “⟦p:-|a riot of bruised colour⟧”; another, less kindly, called it “⟦p:-|loud for the sake of it⟧”.
Nwachukwu-Stein shrugs at both. “⟦d:a|My mother was loud. Her sisters were loud. The bus to Lagos market was extremely loud. I'm painting what I saw.⟧”

### 019
@a Marguerite Olufemi-Barr | the former Court of Appeal judge
@s Luca | The sommelier
The former Court of Appeal judge Marguerite Olufemi-Barr has chosen a fish restaurant in Whitstable for our lunch, partly, she says, because ``⟦p:a|nobody from chambers would be seen dead here on a Tuesday⟧''.
She orders oysters and a glass of Muscadet before I have taken my coat off. ``⟦d:a|Forty years of sitting in judgment on other people's choices. I'm making my own now,⟧'' she says.
Her memoir, ``⟦s:-|Reasons Given⟧'', has caused some discomfort in legal circles, chiefly for its account of a senior colleague who, she writes, ``⟦p:a|fell asleep during a murder appeal and woke up to allow it⟧''.
I ask whether she worried about naming him. ``⟦d:-|Did you think about leaving him anonymous?⟧''
``⟦d:a|For about a day. Then I thought about the appellant, who spent four more years in prison while that gentleman napped. He can survive a paragraph,⟧'' she says.
The sommelier, Luca, arrives to ask about the wine. ``⟦d:s|Is the Muscadet all right, madam?⟧''
``⟦d:a|It's perfect. Bring me another and don't tell my doctor,⟧'' she tells him.
Over the sole, she turns reflective. ``⟦d:a:m|People assume the hardest cases are the horrible ones. They aren't. The horrible ones are clear. The hard ones are when everyone in the room is telling the truth and they still can't all be right.⟧
``⟦d:a|You go home from those and you don't sleep.⟧''

### 020
@g Gerry Caulfield | Presenter
@b Bridie | a bus driver from Dunmere
@x - | Another caller
@c Dunmere County Council | -
Presenter Gerry Caulfield's phones did not stop ringing on Thursday morning after the council confirmed that the Dunmere to Ballykeel bus route would be cut to two services a day from January.
“⟦d:g|Lines are open, and by the look of the board, half the county is already on hold,⟧” Caulfield told listeners at the top of the programme.
Bridie, a bus driver from Dunmere, rang in to say she had been driving the route for nineteen years. “⟦d:b|I carry the same eleven people every morning. Two of them are going to dialysis. What are they supposed to do, Gerry, hitch?⟧” she asked.
“⟦d:g|Have you been told anything about your own job?⟧” Caulfield asked her.
“⟦d:b|Nothing. I heard it on your programme, same as everyone else.⟧”
Another caller, who did not give his name, defended the council. “⟦d:x|That bus goes past my house empty four times a day. Somebody has to pay for it, and it's us,⟧” he said.
Dunmere County Council said the route carried “⟦p:c|fewer than six passengers per journey on average⟧” and that a demand-responsive minibus service would be piloted in the spring.

### 021
@a Pemba Doma Tamang | -
@h Halvard Nes | the expedition doctor
Pemba Doma Tamang does not keep photographs of summits. The only picture on the wall of her flat in Kathmandu shows a kitchen tent at base camp, slightly out of focus, with a man in a red hat laughing at something outside the frame.
"⟦d:a|That's Ruairí,⟧" she says. "⟦d:a|He was laughing at me. I had fallen into the latrine trench. He took the picture before he helped me out, which tells you everything about him.⟧"
Ruairí Kehoe, an Irish climber and her partner of eight years, died in an avalanche on Dhaulagiri in 2019. Tamang, who was 300 metres below him on the same face, spent two days searching before the weather forced the team down.
"⟦d:a:m|People ask whether I blame the mountain. I don't. Mountains are not interested in us. That's what I love about them.⟧
"⟦d:a:m|I blamed myself for a while. I was the one who said the snow looked fine. Ruairí always said, 'If Pemba says go, we go.' I said go.⟧
"⟦d:a|It took me a long time to understand that he would have gone anyway. He was Irish. He never listened to anyone.⟧"
Halvard Nes, the expedition doctor, who was at base camp when the news came over the radio, remembers her refusing to eat for three days. "⟦d:h|She sat outside the tent and watched the face. She wouldn't come in even when it was minus twenty,⟧" he said. "⟦d:h|I have seen a lot of grief on mountains. I have not seen anything like that.⟧"
In May, Tamang returned to Dhaulagiri and reached the top. Did she leave anything there?
"⟦d:a|His hat,⟧" she says. "⟦d:a|It was disgusting. He'd have wanted it up there rather than in my washing machine.⟧"

### 022
@m Margit Vaszary | -
@g Gaspard | my editor
The Hungarian novelist Margit Vaszary and the British-Indian poet Sunita Oberoi met for the first time at the Harwick Literary Festival in October. We asked them to keep talking afterwards. Their conversation has been edited and condensed.
SO: Your new novel, “⟦s:-|The Salt Ledger⟧”, is set in a bank. I didn't expect to cry in a bank.
MV: Nobody does. That's why I put it there. Banks are full of people who are trying not to cry. My editor, Gaspard, wrote in the margin of the first draft, “⟦d:g|Why is the cashier so sad? Make her less sad,⟧” and I wrote back, “⟦d:m|No,⟧” and that was our only argument.
SO: Only one?
MV: Only one that I won. What about you? Your collection is called “⟦s:-|Minor Weathers⟧”. That is a very modest title.
SO: My mother chose it. She said the first title sounded like a shampoo.
MV: What was it?
SO: I'm not telling you. You'll put it in a novel.
MV: I will. I'll give it to the cashier.
SO: At the festival you said translation was “⟦p:m|a kind of polite theft⟧”. Do you still believe that?
MV: More than ever. I steal English words for Hungarian ideas and hope nobody calls the police.

### 023
@a Valentina Ocampo | the 22-year-old Argentine
@b Kateryna Bilyk | the 14th seed
@c Ezequiel Marchetti | her coach
Valentina Ocampo said she was "⟦p:a|completely empty⟧" after saving four match points to beat Ukraine's Kateryna Bilyk 6-7 (5) 7-6 (9) 7-5 in three hours and 41 minutes on Wednesday, the longest women's match of the tournament.
"⟦d:a|Estoy muerta,⟧" the 22-year-old Argentine told reporters in Spanish, laughing, before her interpreter translated: "⟦d:a|I am dead. I want to sleep for a week, but I play tomorrow, so I sleep for six hours.⟧"
Ocampo trailed 5-2 in the final set and faced two of the match points on her own serve. She said she had stopped thinking about the score.
"⟦d:a|At 5-2 I looked at my box and my coach was eating a banana. He looked so calm. I thought, OK, if he is calm, I am calm,⟧" she said through the interpreter.
Ezequiel Marchetti, her coach, admitted later that the banana was "⟦p:c|a performance⟧". "⟦d:c|Inside I was dying. But you cannot show her that. So I eat the banana,⟧" he said.
Bilyk, the 14th seed, was gracious in defeat. "⟦d:b|She played the big points better than me. That's tennis. I had my chances,⟧" she said. "⟦d:b|I'll watch it once, I'll be angry for one evening, and then I'll go home.⟧"

### 024
@l Losa Tuimavave | -
@m Mele | her daughter
@n Ana | granddaughter
At half past four on a Saturday morning, three women are loading crayfish pots onto a dinghy at Mangere Bridge. Losa Tuimavave, 80, directs operations from a camping chair. Her daughter Mele, 54, and granddaughter Ana, 19, do the lifting.
“⟦d:l|I did the lifting for fifty years. Now I do the shouting,⟧” Losa said.
The family have fished these waters since Losa arrived from Apia in 1968 with, she says, “⟦p:l|a suitcase, a husband and a hand line⟧”. The husband died in 2004. The hand line is still in the boat.
“⟦d:m|Mum won't let us get rid of it. It's older than me and in much better condition,⟧” Mele said, laughing, as she hauled the last pot aboard.
Ana is studying marine science at university and has started logging every catch in a spreadsheet. “⟦d:n|Nana thinks it's a waste of time. She says the fish don't read spreadsheets,⟧” she said.
“⟦d:l|They don't,⟧” Losa said.
“⟦d:n|But the council does. And one day they're going to tell us we can't fish here, and I want to be able to show them fifty years of numbers.⟧”
Her grandmother was quiet for a moment. “⟦d:l|Fifty-six years,⟧” she said finally. “⟦d:l|Put that in your computer.⟧”

### 025
@a Lionel Mokoena-Vries | the South African-born pianist whose trio recordings of the 1970s influenced a generation of European jazz players
@s Ruben Castellanos | the saxophonist
@d Naledi | His daughter
@l Blue Heron Records | -
Lionel Mokoena-Vries, the South African-born pianist whose trio recordings of the 1970s influenced a generation of European jazz players, has died in Amsterdam at the age of 86.
His death was confirmed by Blue Heron Records, which released most of his work. The label said he had died peacefully at home on Sunday, "⟦p:l|with Monk on the record player and a cigarette he was not supposed to have⟧".
Mokoena-Vries left Cape Town in 1964 and never returned to live there. In a 2009 interview he described exile as "⟦p:a|a long gig in a club where you don't know the owner⟧". "⟦d:a|You play every night. The audience is kind. But you are always waiting for somebody to tell you to pack up,⟧" he said.
Ruben Castellanos, the saxophonist, who played in his quartet for twenty years, called him "⟦p:s|the most generous musician I ever stood next to⟧". "⟦d:s|He would give you his solo. Just give it to you, in the middle of a tune, with a little nod. You learned to be ready,⟧" Castellanos said.
His daughter Naledi said the family had been overwhelmed by messages. "⟦d:d|People keep writing to say he changed their lives. He would have been embarrassed, and then he would have asked if any of them wanted to buy a record,⟧" she said.

### 026
@h Imogen Farrow-Blake | Host
@r Colm Rafferty | retired detective
@s Dolores Quigley | Her sister
Episode four of “⟦s:-|The Long Dark Road⟧” is the one listeners have been waiting for: the first on-record interview with retired detective Colm Rafferty, who led the hunt for the man the tabloids called “⟦s:-|the Lantern Man⟧” in 1987.
Host Imogen Farrow-Blake meets him in a pub outside Mullingar. He orders a pint of stout and, she notes in her narration, does not touch it for an hour.
“⟦d:h|Do you still think about the case?⟧” she asks him.
“⟦d:r|Every night. I don't say that to be dramatic. I mean it literally. Every night, around eleven, I go through it again,⟧” Rafferty says.
“⟦d:h|Why eleven?⟧”
“⟦d:r|That's when the phone rang. The night they found Catríona.⟧”
Catríona Quigley, a 19-year-old shop assistant, was the last of the three women killed on the Athlone road between March and November that year. Nobody was ever charged.
Her sister, Dolores Quigley, agreed to take part in the podcast on one condition: that she would hear the episode before anyone else. “⟦d:s|I've had thirty-seven years of people telling our story without asking us,⟧” the victim's sister says in the episode. “⟦d:s|I wasn't going to let another one do it.⟧”
Rafferty, asked whether he believes the killer is still alive, pauses so long that Farrow-Blake checks the recorder. “⟦d:r|I hope not,⟧” he says eventually. “⟦d:r|And I hope so. Both. I'd like to look at him once.⟧”

### 027
@d Oren Halabi | the director
@y Dilnoza Yusupova | its star
@j - | a journalist from a Spanish daily
@k - | another reporter
@m - | the moderator
Oren Halabi, the director, and Dilnoza Yusupova, its star, faced a packed press conference in Venice on Thursday morning after the world premiere of "⟦s:-|The Orchard Keeper's Daughter⟧", which drew a twelve-minute standing ovation the night before.
"⟦d:d|Twelve minutes is too long. After four minutes I wanted to go to the toilet. But I am very grateful. Also to my bladder,⟧" Halabi joked.
A journalist from a Spanish daily asked Yusupova, who had never acted before, how she had been cast. "⟦d:j|Is it true that he found you selling apricots?⟧"
"⟦d:y|Not apricots. Cherries,⟧" she said through an interpreter. "⟦d:y|He bought two kilos and then he asked me to read a page. I thought he wanted a discount.⟧"
Another reporter pressed Halabi on the film's ending, in which the daughter burns the orchard rather than sell it. "⟦d:k|Isn't that a very pessimistic message for young people in Central Asia?⟧"
"⟦d:d|It's not a message. It's a girl with a box of matches,⟧" the director replied. "⟦d:d|If I wanted to send a message I would use the post.⟧"
With the session running over, the moderator cut in: "⟦d:m|One last question, please, and then our guests need to eat something.⟧"

### 028
@m Mehmet Arslan | -
@e Emre | the elder
@k Kaan | -
@s Stan Whitlow | -
Mehmet Arslan has cut hair on Harcourt Road for forty years, and he has the same opinion of beards now that he did in 1984. “⟦d:m|A beard is a decision you make because you are tired,⟧” he says, trimming the neckline of a customer who has one.
His sons work the other two chairs. Emre, the elder, joined at sixteen; Kaan came back last year after a decade in finance in Canary Wharf.
“⟦d:e|Dad told everybody Kaan was a banker. He told his mates at the mosque he was practically running the Bank of England,⟧” Emre says.
“⟦d:k|I was in compliance,⟧” Kaan says. “⟦d:k|I checked spreadsheets. I was very bad at it.⟧”
“⟦d:m|He is very good at this,⟧” his father says, not looking up. “⟦d:m|Better than his brother. Don't write that.⟧”
Emre rolls his eyes. “⟦d:e|He says it to both of us. Separately. He thinks we don't talk.⟧”
Stan Whitlow, 88, has been coming in every second Friday since the shop opened, for a haircut that takes, by Mehmet's estimate, about six minutes. “⟦d:s|I come for the arguing,⟧” Mr Whitlow says. “⟦d:s|The haircut's a bonus. Not that there's much left to cut.⟧”

### 029
@a Ruth Adeyinka-Berg | -
@v Heinrich Vossberg | my old boss at the central bank
Ruth Adeyinka-Berg spent fourteen years at the Riksbank before leaving to write a book about inflation that has, to her evident surprise, sold 200,000 copies. “⟦d:a|I wrote it for my father, who runs a bakery in Uppsala and wanted to know why flour cost so much,⟧” she says. Her new one, “⟦s:-|The Price of Bread⟧”, is out this week. We met at her office at the Stockholm School of Economics.
You've been called the economist who explains inflation to taxi drivers. Is that a compliment?
The best I've ever had. Taxi drivers know more about prices than most economists. They buy diesel every day.
Your critics say you were too quick to blame companies for the price rises of 2022.
I never said companies caused inflation. I said some of them used it. There's a difference. People gave it a silly name, “⟦s:-|greedflation⟧”, and then argued about the name instead of the thing.
Do you regret anything about your time at the central bank?
We were slow. As my old boss at the central bank, Heinrich Vossberg, liked to say, “⟦d:v|A central banker is a man who sees the train coming and schedules a meeting about it,⟧” and he was right. I was in those meetings. I scheduled some of them.
What would you tell a young economist now?
Go and talk to people who are not economists. Once a week, minimum.

### 030
@a Chantelle Brookes-Ayodele | REALITY star
@f Jodie Fenwick | her best friend
@s - | a source close to the star
@r - | A spokesperson for Brookes-Ayodele
REALITY star Chantelle Brookes-Ayodele has broken her silence on THAT villa bust-up, insisting: "⟦d:a|I'm not the villain here, babe.⟧"
The 27-year-old, who stormed out of hit show "⟦s:-|Sun Trap⟧" last week after a row with fellow contestant Tyler Kearns, told us she had been "⟦p:a|edited to look like a psycho⟧".
"⟦d:a|They cut out everything he said first. Everything. You only see me screaming, you don't see why I'm screaming,⟧" she said.
"⟦d:a|My nan watched it and rang me crying. That's what I can't forgive.⟧"
Her best friend Jodie Fenwick, who was waiting at the airport when she flew home, said Chantelle was "⟦p:f|heartbroken⟧". "⟦d:f|She went in there to find love and came out with a hashtag,⟧" Jodie said.
But a source close to the star claimed the walk-out had been planned. "⟦d:s|She'd been talking about a dramatic exit since week one. She had the outfit picked,⟧" they said.
A spokesperson for Brookes-Ayodele said: "⟦d:r|Chantelle is taking some time for herself and will not be commenting further.⟧"

### 031
@r Ron Bassett | -
@i Ibrahim Sesay | his plot neighbour
@c Glenys Parr | the society's secretary
The marrow weighed 41.3 kilograms, took two men and a wheelbarrow to move, and has caused the worst row at Fernside Allotments since the great hosepipe dispute of 2018.
Ron Bassett, 79, says he grew it. So does his plot neighbour, Ibrahim Sesay, 64.
"⟦d:r|I planted that seed in April. I have a photograph,⟧" Mr Bassett said on Sunday, standing guard over the vegetable in a shed he has since padlocked. "⟦d:r|It is my marrow.⟧"
"⟦d:i|It grew on my side,⟧" Mr Sesay countered from the next plot. "⟦d:i|He planted it, yes. On the line. The plant decided to come and live with me. I fed it, I watered it, I talked to it every morning. What does that make me?⟧"
"⟦d:r|A thief,⟧" said Mr Bassett.
The men have been friends for twenty years and, until last month, shared a greenhouse.
The society's secretary, Glenys Parr, said the committee would rule on the matter before the county show on 7 September. "⟦d:c|We've had complaints about slugs, about bonfires, about a naked man on plot 22. We have never had a custody case,⟧" she said.
"⟦d:c|My personal view is they should cut it in half and make soup. Nobody has asked for my personal view.⟧"

### 032
@j Ciarán Mac Giolla Bhríde | the 23-year-old
@t Willie Doherty-Breen | the trainer
@s - | a spokesman for the Tullyvin Racing Club
Ciarán Mac Giolla Bhríde described the ride of his life as “⟦p:j|mostly hanging on⟧” after Brass Kettle, a 50-1 outsider, won the Glenmara Chase by a short head at Ballinrobe on Sunday.
“⟦d:j|He made a mess of the second last and I was halfway up his neck. I thought, that's it, we're done,⟧” the 23-year-old said. “⟦d:j|But he just put his head down and kept going. He's a horse with no sense, and thank God for that.⟧”
It was the young rider's first win in a race of that class, and he was in tears when he returned to the winner's enclosure.
Willie Doherty-Breen, the trainer, has had Brass Kettle since the gelding was a yearling and admitted he had not expected him to finish. “⟦d:t|I said to the lads this morning, if he gets round we'll have a pint. We'll be having more than a pint now,⟧” he said.
Asked about plans for the Grand National, Doherty-Breen laughed. “⟦d:t|Let me enjoy tonight. Ask me in a week when I've a sore head.⟧”
A spokesman for the Tullyvin Racing Club, the 40-member syndicate that owns the horse, said the members had paid “⟦p:s|about the price of a second-hand car⟧” for him. “⟦d:s|Most of us had never been to a racecourse before we joined. Some of them still haven't. They're in the pub in Tullyvin watching it on the telly,⟧” he said.

### 033
@a Corinne Baptiste | The St Lucian-born poet
@j - | the judges
@p Aled Humphreys | Her publisher at Fenwater Press
Corinne Baptiste keeps her poems in a biscuit tin. Not the drafts: the finished poems, printed out, folded in quarters. ``⟦d:a|If the house burns down I grab the tin and the cat,⟧'' she says. ``⟦d:a|In that order. Sorry, cat.⟧''
The St Lucian-born poet, who moved to Bristol at nine, has just won the Harrowgate Prize for her third collection, ``⟦s:-|Hurricane Lamp⟧'', which the judges called ``⟦p:j|ferocious and tender in the same breath⟧''.
I ask about the title poem, which is about her grandmother sitting out a storm in Castries. ``⟦d:-|Was she frightened?⟧''
``⟦d:a:m|She was furious. Not frightened. She thought the hurricane was being rude. She sat there with the lamp and a Bible and told the wind to mind itself.⟧
``⟦d:a|I think that's the whole of my family in one sentence.⟧''
Her publisher at Fenwater Press, Aled Humphreys, says he took the first collection out of the slush pile in 2014 because of one line. ``⟦d:p|I read it on the train and missed my stop. I don't do that. I'm a very careful man with trains,⟧'' he says.
Baptiste laughs when I repeat this. ``⟦d:a|He's lying. He misses his stop every week.⟧''

### 034
@w - | one woman
@m - | my mum
Farida Ansari coordinates the volunteer flood response in Bramley Vale. She spoke to Jonah Kerrigan on BVR Breakfast on Monday morning. This is an edited transcript.
JK: Farida, you've been up all night. What's the situation now?
FA: The water's dropping on the east side of the town, which is good news. Church Street is still under about a metre. We had forty volunteers out with boats until three.
JK: Are people leaving their homes when they're asked to?
FA: Mostly. Some people won't go. There's a sign at the end of Mill Lane that says “⟦s:-|Road Closed⟧” and people have been driving round it all night. One woman said to me, “⟦d:w|I've lived here sixty years, love, I'm not leaving for a puddle,⟧” and she was standing in water up to her knees.
JK: What do people need?
FA: Dry socks, honestly. And phone chargers. And somebody to talk to. Everyone's very tired.
JK: And you? How are you holding up?
FA: I'm fine. My mum rang at five and said, “⟦d:m|Have you eaten?⟧” and I hadn't, so I'm eating a flapjack now. Sorry. You can probably hear it.

### 035
@a Amani Idris | The 41-year-old
@s Samira | her younger sister
@r Reem | her daughter
@t Tobias Renner | -
In the reception centre at Neuhof, on the edge of Kassel, Amani Idris keeps the family's documents in a plastic folder that she does not let out of her sight, even to sleep.
"⟦d:a|In Khartoum we had a house with a garden. Here we have this folder,⟧" she said through an interpreter. "⟦d:a|Everything we are is in the folder.⟧"
The 41-year-old fled Sudan with her daughter Reem, 12, and her younger sister, Samira, in June last year. Her husband stayed behind to look after his parents. She has not heard from him since March.
Samira, who trained as a pharmacist, is impatient with the slow pace of the asylum process. "⟦d:s|I want to work. I know medicines. They have pharmacies here, and they have no pharmacists. It makes no sense,⟧" she said.
Reem, who learned German at the centre's school and now translates for most of the women on her corridor, was more cheerful. "⟦d:r|My teacher says I speak better than her nephew,⟧" she said, in German. "⟦d:r|He is from Bavaria, so maybe that's not so difficult.⟧"
Tobias Renner, who runs the school programme, said Reem had become "⟦p:t|our unofficial deputy head⟧". "⟦d:t|We have three hundred children from eleven countries. She knows all of their names. I don't,⟧" he said.
Her mother listened to this and smiled for the first time in the interview. "⟦d:a|Her father will be very proud,⟧" she said. "⟦d:a|When I can tell him.⟧"

### 036
@r Rafael Ilunga | the 24-year-old
@h Birgitta Haas | Team principal
@v Veloce Brava | -
@o Oskar Lehtinen | The Finn
Rafael Ilunga said he felt “⟦p:r|robbed⟧” after a five-second penalty for leaving the track cost him his first grand prix victory in Montreal on Sunday.
“⟦d:r|I had all four wheels on the white line. I've watched it twenty times. Four wheels,⟧” the 24-year-old said, holding up four fingers to the cameras. “⟦d:r|If that's a penalty, then half the grid should have one.⟧”
Team principal Birgitta Haas was more measured. “⟦d:h|We'll look at the data with the stewards. If we were wrong, we'll say so. I don't think we were wrong,⟧” she said.
Veloce Brava later said it had requested a review of the decision, describing the penalty as “⟦p:v|inconsistent with previous rulings at this circuit⟧”.
The win went instead to Oskar Lehtinen, who crossed the line 3.1 seconds behind Ilunga but was classified first. The Finn was sympathetic. “⟦d:o|That's not how you want to win. I'll take the points, but I'm not going to do a big celebration,⟧” he said.
“⟦d:o|Rafa drove better than me today. Everybody in the paddock knows it.⟧”

### 037
@a Aurelio Bassani | Conductor
@y Yoon Seo-yeon | the orchestra's new leader
@b - | one of the cellists
Conductor Aurelio Bassani has a rule in rehearsal: no one may say the word «⟦s:-|again⟧». «⟦d:a|Again means you did it wrong. I prefer ‘once more’. Once more means we are enjoying ourselves,⟧» the 71-year-old explains during a break at the Konzerthaus in Linz.
He is preparing the Donauphilharmonie for a Mahler cycle that begins next month, the last, he insists, of his career. «⟦d:a|I said this in 2015 also. This time it is true. My wife has told me it is true.⟧»
Beside him, Yoon Seo-yeon, the orchestra's new leader, is retuning her violin. She is 29, the youngest concertmaster in the orchestra's history, and she joined last September after six years in Seoul.
«⟦d:y|The first week, I thought he hated me. He did not look at me once,⟧» she says. «⟦d:y|Then I understood he does not look at anybody. He listens. It is much more frightening.⟧»
Bassani nods. «⟦d:a|Looking is for photographers,⟧» he says.
One of the cellists, passing with a coffee, offers a different view. «⟦d:b|He looks. He looks when you are late,⟧» she says, and keeps walking.

### 038
@k Kemi Adeleke-Shaw | -
@n Nadia Cerny | her crewmate
@p - | an 84-year-old retired signalman
At 2.14am, the fourth call of the night comes in: an elderly man has fallen in his kitchen in Sneinton. Kemi Adeleke-Shaw is driving. Her crewmate, Nadia Cerny, reads the details off the screen.
"⟦d:n|Eighty-four, conscious, on the floor since about ten,⟧" Cerny says. "⟦d:n|Neighbour heard him banging on the radiator.⟧"
"⟦d:k|Four hours on a kitchen floor,⟧" Adeleke-Shaw says, mostly to herself. "⟦d:k|He'll be cold.⟧"
He is cold, and embarrassed, and very polite. "⟦d:p|I'm so sorry to get you out. You must have proper emergencies,⟧" the patient, an 84-year-old retired signalman, tells them as they lift him onto a chair.
"⟦d:n|You are a proper emergency, my love,⟧" Cerny tells him.
Back in the ambulance, after a forty-minute wait outside the hospital, I ask Adeleke-Shaw how many nights like this she has done. "⟦d:-|Do you ever get used to it?⟧"
"⟦d:k|The blood, yes. The waiting, no,⟧" she says. "⟦d:k|We sat outside that hospital for longer than we spent with him. That's the job now. That's the bit nobody sees.⟧"
Cerny, who has been a paramedic for nineteen years, says she has stopped telling friends what she does. "⟦d:n|They either want the gory stories or they want to tell me about their knee. I just say I'm a driver,⟧" she says.

### 039
@h Nasrin Hosseini | Headteacher
@i the Schools Inspectorate | -
@p - | one parent
@y Kian | a Year 6 pupil
Headteacher Nasrin Hosseini has said she is “⟦p:h|proud but not satisfied⟧” after Coldharbour Primary was rated good by inspectors for the first time in its history.
The school, in one of the most deprived wards in the city, was placed in special measures in 2017. The Schools Inspectorate's report, published on Tuesday, praised “⟦p:i|a culture of high expectations⟧” and said pupils were “⟦p:i|articulate, curious and kind⟧”.
“⟦d:h|When I arrived, we had a hundred children on a waiting list to leave. Now we have a waiting list to get in,⟧” Ms Hosseini said. “⟦d:h|That's down to the staff, not me. I just stopped them from going home.⟧”
The inspectorate said that reading in the early years “⟦p:i|still requires improvement⟧”, and that attendance among some groups remained too low.
One parent, whose three children have all attended the school, said the change had been dramatic. “⟦d:p|Five years ago I'd have moved house to get them out. Now my youngest cries on Fridays because there's no school at the weekend,⟧” she said.
Kian, a Year 6 pupil, was asked what he would tell the inspectors if they came back. “⟦d:y|Try the cheese pie on Wednesday,⟧” he said.

### 040
@g Adaeze Okafor-Simms | Governor
@r - | one reporter
@d Piet van Rensburg | one of the two members who voted for a cut
Governor Adaeze Okafor-Simms said on Thursday that the central bank was "⟦p:g|not yet in a position to declare victory⟧" over inflation, after the Monetary Policy Committee voted 5-2 to hold the benchmark rate at 7.75 per cent.
"⟦d:g|We have made good progress. Headline inflation has halved in a year. But services prices remain sticky, and wage settlements are running ahead of productivity,⟧" she told a news conference in Pretoria.
One reporter asked whether the bank was "⟦p:r|behind the curve⟧" on cuts, given that two of its neighbours had already begun easing. "⟦d:r|Are you worried you'll be the last to move?⟧" he asked.
"⟦d:g|I'm not worried about being last. I'm worried about being wrong,⟧" Okafor-Simms replied. "⟦d:g|Cutting too early and having to reverse is much more costly than waiting one more meeting.⟧"
Deputy Governor Piet van Rensburg, one of the two members who voted for a cut, said the disagreement was "⟦p:d|healthy⟧". "⟦d:d|We agree on the destination. We disagree about how fast to drive,⟧" he said.

### 041
@p Priyanka Shah | -
@b Bushra Qadir | -
@d Dapo Fagbemi | the stand-up whose Netflix special came out last month
Priyanka Shah and Bushra Qadir have built one of the country's most downloaded comedy podcasts, “⟦s:-|Two Aunties, No Filter⟧”, on a simple premise: they interrogate a guest as if he or she were about to marry into the family.
This week it is the turn of Dapo Fagbemi, the stand-up whose Netflix special came out last month. Shah opens with the traditional first question. “⟦d:p|So. What does your father do?⟧”
“⟦d:d|He's a pharmacist in Peckham. He's also, and he'd want me to say this, a deacon,⟧” Fagbemi says.
“⟦d:b|A deacon! Bushra, we like him already,⟧” Qadir says, then corrects herself. “⟦d:b|Sorry, I'm Bushra. Priyanka, we like him already.⟧”
The running joke of the episode is Fagbemi's nickname at school, “⟦s:-|Dictionary⟧”, which he reveals he earned by correcting a supply teacher's spelling in Year 8. “⟦d:d|I thought I was helping. She gave me detention for a week. My dad was proud of both of us,⟧” he says.
By the end, the aunties have reached their verdict. “⟦d:p|Good boy. Bit thin. We'll allow it,⟧” Shah announces.

### 042
@t Thanh Tran | -
@l Lien | his wife
@b Bao | their son
@v Vy | -
When Thanh Tran opened Pho Saigon Star on Victoria Street in 1991, he had twelve tables, one pot and, in his words, "⟦p:t|no idea how to run a business⟧".
"⟦d:t|I was a mechanic in Vietnam. I could fix a motorbike with a coat hanger. Soup, I learned from my wife,⟧" he said.
His wife, Lien, was sitting beside him in the restaurant's back booth. "⟦d:l|He still can't make the broth. Thirty-three years,⟧" she said. "⟦d:l|He does the smiling. I do the cooking.⟧"
The restaurant closes for good at the end of the month. The couple are retiring, and neither of their children wants to take it on.
Their son, Bao, is an orthodontist in Box Hill. "⟦d:b|I did my homework at table six for twelve years. I love this place. But I'm forty and I've got bad knees from the mop,⟧" he said.
Vy, 36, who works in advertising, wrote a tribute on social media last week that has been shared more than 20,000 times. "⟦d:v|My parents fed half of Richmond and never took a holiday. Go and eat there before the 30th and leave a tip they'll pretend not to notice,⟧" she wrote.
Asked what they would do with their time, Thanh and Lien looked at each other. "⟦d:l|Sleep,⟧" Lien said. "⟦d:t|Go to a restaurant,⟧" said her husband. "⟦d:t|Somebody else's.⟧"

### 043
@f Faith Chebet Rono | the 26-year-old
@d Daniel Rono | Her father
@k Kevin | a pacemaker on the men's circuit
Faith Chebet Rono ran her first marathon in borrowed shoes two sizes too big. On Sunday, in Berlin, she ran her fifth in 2:16:41, the third-fastest time in history by a woman, in shoes a manufacturer flew in specially.
“⟦d:f|I still remember the borrowed ones. Blue. I gave them back with holes in them, and the girl never forgave me,⟧” the 26-year-old said afterwards, wrapped in a foil blanket.
Her father, Daniel Rono, has coached her since she was twelve. A former steeplechaser who never raced outside Kenya, he was in Berlin for the first time and watched from the 40-kilometre mark. “⟦d:d|I could not see the clock. I only saw her face. From her face I knew,⟧” he said.
Her older brother, Kevin, a pacemaker on the men's circuit, had finished his own work in Valencia the same morning and watched on his phone in the airport. “⟦d:k|I was screaming at gate B12. A security man came to check on me,⟧” he said by telephone.
“⟦d:k|Dad won't say it, so I will. He's been waiting for this since she was a small girl running to school.⟧”
Told of this, Daniel Rono shook his head. “⟦d:d|Kevin talks too much,⟧” he said. And then, after a moment: “⟦d:d|But yes.⟧”

### 044
@a Aurélien Diallo-Moreau | The designer
@s Sabine Ferreira | his business partner
Aurélien Diallo-Moreau arrives twenty minutes late to lunch at Chez Paulette, a zinc-countered bistro in the 11th arrondissement, wearing one of his own jackets inside out. “⟦d:a|It's better this way. You see the construction. I want people to see the construction,⟧” he says, sitting down.
The designer, 44, has spent fifteen years making clothes that sell in tiny numbers to a devoted following, and this season, to his apparent bewilderment, became fashionable. His autumn collection, “⟦s:-|Coutures⟧”, which put the seams on the outside, was the talk of Paris Fashion Week.
“⟦d:a|For fifteen years,⟧” he says, tearing a baguette in half, “⟦d:a|people told me I was making mistakes. Now they tell me I am making statements. The jackets are the same.⟧”
I ask whether he is enjoying it. He orders the steak tartare before answering.
“⟦d:a|Enjoying, I don't know. It's like being a cat that is suddenly very popular on the internet. The cat doesn't know. The cat just wants to sleep in the sun.⟧”
His business partner, Sabine Ferreira, joins us for coffee and says that the company's orders have tripled. “⟦d:s|He won't look at the numbers. I look at the numbers for him,⟧” she says. “⟦d:s|Somebody in this company has to be boring.⟧”
“⟦d:a|She is not boring,⟧” Diallo-Moreau says. “⟦d:a|She is the only adult.⟧”

### 045
@h Hamish Lorimer | Coxswain
@e Eilidh Grant | a volunteer crew member who works as a primary teacher in Mallaig
@g Graham Tosh | the kayaker
@l the Lifeboat Institution | -
A kayaker who spent almost two hours clinging to a rock off Ardnish Point has thanked the volunteers who plucked him from the water "⟦p:g|with about ten minutes to spare⟧".
Graham Tosh, 52, capsized in a sudden squall on Saturday afternoon and was swept onto a skerry half a mile from shore. "⟦d:g|I could see my car in the car park. That was the worst part. I could see my own car,⟧" the kayaker said on Monday.
Coxswain Hamish Lorimer said the crew found Mr Tosh "⟦p:h|blue and shaking but still cracking jokes⟧". "⟦d:h|First thing he said to us was, 'Have you got a biscuit?' We had, as it happens,⟧" he said.
Eilidh Grant, 26, a volunteer crew member who works as a primary teacher in Mallaig, was the one who reached him. "⟦d:e|The swell was lifting the boat about two metres. You time it, you grab, and you hope he grabs back. He grabbed back,⟧" she said.
"⟦d:e|I went straight from that to marking spelling tests. Weird day.⟧"
The Lifeboat Institution said the rescue was a reminder to check forecasts and to carry a means of calling for help. "⟦d:l|Mr Tosh did the right thing by staying with the rock and not trying to swim,⟧" it said.

### 046
@h Halina Wrzesińska | the novelist
@z Zofia | her older sister
@r - | Reviewers
Halina Wrzesińska's new novel is about two sisters who stop speaking for twenty years. She has an older sister. They stopped speaking for twenty years. ``⟦d:h|Yes, yes,⟧'' says the novelist, before I can ask. ``⟦d:h|Everybody wants to know if it's us. It's us. Also it isn't us. That's what a novel is.⟧''
The book, ``⟦s:-|The Winter Kitchen⟧'', has been a surprise bestseller in Poland and is published in English this month. Reviewers have called it ``⟦p:r|brutal⟧'', ``⟦p:r|unbearably funny⟧'' and, in one case, ``⟦p:r|a family crime scene⟧''.
Her older sister, Zofia, lives forty minutes away in Łódź and has read it twice. She agreed to meet me on condition that Halina was not present. ``⟦d:z|She got some things wrong. The dog was mine, not hers. The argument about the wedding was worse than she wrote it,⟧'' Zofia says. ``⟦d:z|But she got the kitchen right. That's the important part.⟧''
Back in Warsaw, I pass this on. Halina Wrzesińska is quiet for a moment. ``⟦d:h:m|The dog was mine. She'll tell you the dog was hers until she dies.⟧
``⟦d:h|But she said I got the kitchen right? She said that? Good. Then we're fine.⟧''

### 047
@o Owain Rhys-Jenkins | -
@b Beth Coulthard | a sheep farmer near Hexham
@a the Environment Agency | -
Beth Coulthard, a sheep farmer near Hexham, was still out on a quad bike moving ewes to higher ground when Owain Rhys-Jenkins reached her by mobile phone for Tuesday's edition of “⟦s:-|Land and Sea⟧”.
“⟦d:o|Beth, where are you right now?⟧” he asked.
“⟦d:b|Halfway up a hill in the dark with a torch in my teeth, Owain,⟧” she replied, over the sound of the engine and a good deal of bleating. “⟦d:b|The river's come over the bottom fields. We had about twenty minutes' warning.⟧”
She said she had lost at least thirty lambs. “⟦d:b|I found four of them in the hedge this afternoon. Drowned. You just keep going. You don't think about it till later.⟧”
“⟦d:o|Has anyone from the agencies been in touch?⟧”
“⟦d:b|A text. One text.⟧”
The Environment Agency said its teams had been “⟦p:a|working around the clock⟧” and that flood warnings had been issued for the Tyne catchment on Monday evening.

### 048
@j Jess Calloway | -
@a Amira Haddad-Calloway | -
@p Poppy | -
@s Sandra Moyo | the social worker who placed Poppy with them
There were, Jess Calloway says, two moments in the adoption process when she and her wife nearly gave up. "⟦d:j|The first was the form that asked which of us was the mother. The second was the day the panel was postponed for the fourth time,⟧" she says.
"⟦d:a|There was a third,⟧" says Amira Haddad-Calloway. "⟦d:a|You don't remember because you were asleep. I was sitting on the stairs at three in the morning thinking, what if nobody ever calls?⟧"
Someone did call, in September 2019. Poppy was two and a half, and had already lived in three foster homes.
Sandra Moyo, the social worker who placed Poppy with them, still visits. "⟦d:s|She came to them with one bag and one word, which was 'no',⟧" she said. "⟦d:s|Now she has about four thousand words and she uses them all at once.⟧"
Poppy, now seven, is mostly interested in showing visitors her snail collection. Asked what it's like having two mums, she considered the question carefully. "⟦d:p|Good, because if one is cross, the other one isn't usually,⟧" she said. "⟦d:p|Usually.⟧"
Jess and Amira exchanged a look. "⟦d:a|She's not wrong,⟧" Amira said.

### 049
@t Tevita Lolohea | the captain
@g Gareth Ellery-Price | Head coach
@r - | one reporter
@o Shane McAvoy | Their opposite number
Head coach Gareth Ellery-Price refused to blame the referee after his side lost 24-23 to Coastal Falcons with the last kick of the game, but conceded that the penalty decision had been “⟦p:g|marginal at best⟧”.
“⟦d:g|I'm not going to stand here and moan. We had twenty minutes with a man advantage and scored three points. That's on us,⟧” he said.
Tevita Lolohea, the captain, was visibly emotional. “⟦d:t|I'm proud of the boys. It just hurts. You give everything and then it's gone in one kick,⟧” he said.
One reporter asked Ellery-Price whether the result ended their play-off hopes. “⟦d:r|Is the season over?⟧”
“⟦d:g|Mathematically, no. Realistically, ask me next week,⟧” he said.
Their opposite number, Shane McAvoy, admitted the Falcons had been fortunate. “⟦d:o|Tevita's lads deserved something. We'll take it, but I've got a bit of sympathy. Only a bit,⟧” he said.

### 050
@a - | a former intelligence officer who spoke on condition of anonymity
@b - | A second former officer
@d the Security Directorate | -
She worked, she says, "⟦p:a|in the building nobody is allowed to photograph⟧" for twenty-two years, mostly listening to other people's phone calls. Now retired, she agreed to talk about it over tea in a garden centre café, on one condition: that her name not appear.
"⟦d:a|People imagine it's thrilling. It's mostly very boring conversations about car insurance, in Russian, at four in the morning,⟧" said the woman, a former intelligence officer who spoke on condition of anonymity.
"⟦d:a:m|And then one night, in the middle of the car insurance, somebody says a name and an address, and you sit up. That happened to me perhaps six times in twenty years.⟧
"⟦d:a|Six times. That's the job. You wait for the six times.⟧"
A second former officer, who served in the same section in the 1990s, described her as "⟦p:b|the best ear in the building⟧". "⟦d:b|She could hear what someone meant, not just what they said. You can't train that,⟧" he said.
The Security Directorate said: "⟦d:d|We do not comment on current or former staff.⟧"
Asked whether she missed the work, she laughed. "⟦d:a|I miss the canteen. The shepherd's pie was extraordinary. That's classified, by the way.⟧"

### 051
@d Margaret Ilves | the director
Olusegun Adebanjo-Price has played Othello, Willy Loman and, for one unhappy season in Scarborough, a singing teapot. This month he opens at the Lyceum as Prospero in “⟦s:-|The Tempest⟧”. We talked in his dressing room.
What made you say yes to Prospero?
Fear, mostly. I turned it down twice. The director, Margaret Ilves, sent me a postcard after the second time that just said, “⟦d:d|Coward,⟧” and she was right, so I rang her.
Is it true you learn your lines in the bath?
In the bath, on the bus, in the queue at the post office. My wife says she's been married to Prospero since August.
What about the teapot?
I'm very proud of the teapot. I sang eight shows a week in a costume that weighed nineteen kilos. After that, Shakespeare is a holiday.
You're 67. Does it get easier?
The acting, yes. The stairs to the dressing room, no.

### 052
@k Keith Dunmore | -
@s Sharon | his wife
@n Val Briggs | next-door neighbour
A BINMAN from Scunthorpe who scooped £4.2million on the lottery has vowed to keep doing his rounds, because "⟦p:k|the lads would never let me hear the end of it⟧".
Keith Dunmore, 58, checked his ticket on the sofa on Saturday night and thought he had misread it. "⟦d:k|I made Sharon check. Then I made her check again. Then I went and had a lie down,⟧" he said.
His wife Sharon said the first thing she bought was a new kettle. "⟦d:s|The old one's been leaking for a year. I said, we're millionaires now, Keith, we can afford a kettle,⟧" she laughed.
Next-door neighbour Val Briggs said the couple "⟦p:n|couldn't have happened to nicer people⟧". "⟦d:n|Keith still put my bins out on Monday. Millionaire or not,⟧" she said.

### 053
@a Lior Ben-Ami | -
@b Sunil Varghese | his co-founder
@h Harbour Labs | -
Lior Ben-Ami does not like to talk about Sunil Varghese. Asked about him for the third time in an afternoon, he sighs and puts down his fork. “⟦d:a|Sunil is a brilliant engineer and we disagreed about what the company was for. That's it. That's the whole story,⟧” he says.
It is not quite the whole story. Ben-Ami and Varghese founded Harbour Labs in a shared flat in Haifa in 2014. Eight years later, weeks before the sale of the company for $1.1 billion, Varghese left, and the two men have not spoken since.
Reached by phone in Bangalore, his co-founder was less guarded. “⟦d:b|Lior wanted to build something big. I wanted to build something that worked. For a long time those were the same thing,⟧” Varghese said.
“⟦d:b|Then they weren't.⟧”
Harbour Labs said in a statement that both founders had been “⟦p:h|essential to the company's success⟧” and that it wished Varghese well.
Ben-Ami, told what his former partner had said, was quiet for a moment. “⟦d:a|That's fair,⟧” he said finally. “⟦d:a|I'd still like him to call me.⟧”

### 054
@h Agnieszka Lewandowska-Dunne | host
@c Celestine Okonjo | the historian
Each week on the podcast «⟦s:-|Footnotes⟧», host Agnieszka Lewandowska-Dunne invites a historian to talk about an object. This week it is a wooden spoon.
«⟦d:h|I'll be honest, Celestine, when you suggested a spoon I thought you were joking,⟧» Lewandowska-Dunne admits at the start.
«⟦d:c|Everybody does,⟧» says Celestine Okonjo, the historian, who has spent ten years studying household objects carried by women who crossed the Atlantic in the nineteenth century. «⟦d:c|But this spoon went from Cork to Boston to Kansas in 1851. It stirred porridge for four generations. It is the most travelled thing in my office.⟧»
«⟦d:h|Who did it belong to?⟧»
«⟦d:c|A woman called Honora Deasy. We know nothing about her except that she carved her initials in the handle, very badly, and that she did not want to lose it.⟧»

### 055
@a Alasdair | His father
@c Callum Mackay | -
@f Finlay | His son
Three generations of the Mackay family were on the pier at Scalpay on Friday when the Girl Morag, the last wooden fishing boat built on the island, was lifted out of the water for the final time.
Callum Mackay, 56, has skippered her since 1998. His father, Alasdair, 84, skippered her before that. His son, Finlay, 22, has never known a summer without her.
"⟦d:c|She's done her work. Her planking is tired and so am I,⟧" Callum said. "⟦d:c|She's going to the heritage centre at Tarbert, where people can climb on her and not get seasick.⟧"
Alasdair watched the crane from a bench, a cap pulled low over his eyes. "⟦d:a|My father paid forty pounds for the timber. He argued about it for a month,⟧" he said.
Finlay now crews on a steel trawler out of Stornoway. "⟦d:f|Dad cried this morning. He'll tell you he had something in his eye,⟧" he said.
"⟦d:c|I did have something in my eye,⟧" Callum said.

### 056
@a Arjun Subramaniam | the grandmaster
@r Vera Kostić | Arbiter
Arjun Subramaniam, the grandmaster, had not slept, he said, since the game. ``⟦d:a|I see the position when I close my eyes. Knight on f5. I should have taken the pawn,⟧'' the 19-year-old said at his hotel on Monday, a day after losing the championship decider in 82 moves.
Arbiter Vera Kostić, who oversaw the match, called it ``⟦p:r|the most tense game I have watched in thirty years⟧''.
``⟦d:a|People tell me second place at nineteen is very good,⟧'' Subramaniam said. ``⟦d:a|Yes. Next year I want to be told first place at twenty is very good.⟧''

### 057
@a Inés Quiñones | the choreographer
@b Hana Dvořáková | the company's principal dancer
@c Théo Lambert | one of the corps dancers
The rehearsal has stopped for the fifth time in ten minutes. “⟦d:a|No, no. You're dancing like someone who wants to be watched,⟧” says the choreographer, Inés Quiñones, walking into the middle of the studio. “⟦d:a|I want you to dance like someone who has forgotten we're here.⟧”
Hana Dvořáková, the company's principal dancer, nods, wipes her face on a towel and goes back to her mark. Afterwards she admits the note was not new. “⟦d:b|She says that to me every day. One day I will do it,⟧” she says, laughing.
Quiñones's new work for Ballet Norte, “⟦s:-|Low Tide⟧”, premieres in Bilbao on 3 March. It is, she says, about “⟦p:a|the moment before a wave breaks, which lasts for ever if you're standing in it⟧”.
Théo Lambert, one of the corps dancers, has a more practical summary. “⟦d:c|It's about falling over beautifully for forty minutes,⟧” he says. “⟦d:c|My knees are writing a letter of complaint.⟧”

### 058
@t Gwen Ashcroft | the music teacher who founded the choir
@i Imani | -
@r Rosie | Her best friend
When Gwen Ashcroft, the music teacher who founded the choir, first asked who wanted to sing at Carrick Vale Primary, four children put their hands up. On Saturday, forty-one of them will sing at the Royal Albert Hall.
"⟦d:t|Four. And one of them was my nephew, so really three,⟧" Mrs Ashcroft said. "⟦d:t|I bribed the rest with biscuits. I'm not ashamed.⟧"
Imani, 10, is singing the solo in the first verse. "⟦d:i|I'm not nervous. Well, a bit. Mostly about the toilets, because it's a really big building,⟧" she said.
Her best friend Rosie, also 10, will be standing next to her. "⟦d:r|If Imani forgets the words I'll sing them really loud so she can hear,⟧" Rosie said. "⟦d:i|I won't forget them,⟧" said Imani.

### 059
@a Tomasz Wielgosz | the 44-year-old
@f Lena Morozova | the flight director
Tomasz Wielgosz returned to Earth in September after 187 days on the International Space Station. We spoke at the European Astronaut Centre in Cologne, where he is still relearning how to walk downstairs. “⟦d:a|Gravity is very rude. Nobody warns you,⟧” the 44-year-old said.
Q: What did you miss most up there?
A: Rain. Not the food, not the shower. The sound of rain on a window. I used to play recordings of it when I was trying to sleep.
Q: Was there a moment you were frightened?
A: Once. A pressure alarm at three in the morning. We were in our sleeping bags. Then the flight director, Lena Morozova, said over the radio, “⟦d:f|Relax, boys, it's a sensor,⟧” and we went back to sleep. She was right. Mostly she is right.
Q: Would you go back?
A: Tomorrow. My wife says no. So, maybe the day after tomorrow.

### 060
@h Desmond Orrell | its current host
@r Ray Castellano | The veteran DJ
@c - | one caller
For twenty-six years, Ray Castellano's voice was the last thing half of the North West heard before they fell asleep. On Friday night, the veteran DJ came back to the late show for one night only, to sit in with its current host, Desmond Orrell.
“⟦d:h|Ray, I grew up listening to you under my duvet on a radio I wasn't supposed to have,⟧” Orrell told him at the top of the hour. “⟦d:h|So if I get emotional, that's on you.⟧”
“⟦d:r|Everyone says that. Everyone had a radio they weren't supposed to have. Were any of you ever asleep?⟧” Castellano replied.
The phone lines were jammed within minutes. One caller, who said he was a long-distance lorry driver, told Castellano he had been listening since 1989. “⟦d:c|You got me through every night shift I ever did. Play something for the M6,⟧” he said.
Castellano obliged with a Northern soul record he described as “⟦p:r|the only song that makes Warrington sound romantic⟧”.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh149.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh149",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
