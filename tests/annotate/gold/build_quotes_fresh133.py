# ruff: noqa: E501
"""Build ``quotes_fresh133.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch, Q&A transcripts (questions in bold, or
turns marked with the interviewer's and interviewee's initials, or ``Q:``/``A:``),
podcast and radio interviews and phone-ins, sports and arts interviews, and
human-interest stories about families in which several relatives of the same gender
speak and are called by their first names; several are written by a reporter who
asks questions in the first person.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh133-NNN``.

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
  it (``Her mother, Lakshmi, a software engineer``): the appositive is the
  description. A title or relational phrase before the name alone (``presenter Kwame
  Asante``, ``His son, Gareth``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 84-year-old``,
  ``the potter``, ``Their mother``), that description is taken.
* A non-restrictive relative clause after an appositive (``A coastguard official, who
  spoke on condition of anonymity …``) is not part of the description; a restrictive
  one is (``a former tech founder who now teaches Year 4 in Leicester``).
* In family stories where relatives share a surname but are called by first names,
  each speaker is the fullest form the passage writes for that person: a first name
  alone when the surname is never attached to it (``Pádraig``, ``Chinwe``).
* A caller or member of the public introduced by a noun phrase and a first name
  (``One caller, who gave her name only as Pauline``) has the first name as speaker
  and the noun phrase as description.
* Transcripts with bold questions or with initials (``RT:``, ``KM:``), and press
  conference transcripts (``Q.`` / ``NAME:``), are treated like ``Q:``/``A:``
  transcripts: the turns are not annotated. Quotation marks inside a turn are, with
  the speaker whose words they are (an interviewee quoting a parent, a coach or a
  critic gives that person's speech; an interviewee quoting themselves gives their
  own). A proverb quoted as a parent's favourite saying is that parent's speech.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker and the phrase that introduces them (``one critic``, ``Critics``) as the
  description.
* Questions by a first-person writer (``I ask``, ``I press``) are ``direct`` with
  speaker and description null; a named host's or interviewer's questions are that
  person's speech.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is, even without a cue.
* An interpreter's rendering of the interviewee's words (``she translates``) is the
  interviewee's speech; the interpreter's own remarks (``she adds``) are the
  interpreter's.
* An organisation named only by a common noun phrase (``the regional government
  said``) has that phrase, as written, as its speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh133.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh133.jsonl")

PASSAGES = """
### 001
@a Odalys Ferreira-Quist | the novelist
Odalys Ferreira-Quist is already seated when I arrive at Casa Lume, a tiled room above the harbour in Vellmouth, and she has already ordered the octopus. “⟦d:a|I hope you don't mind. I get nervous if there's nothing on the table,⟧” the novelist says, pushing a basket of bread towards me.
Her sixth book, “⟦s:-|The Salt Ledger⟧”, has been on the bestseller list for eleven weeks, which she finds faintly ridiculous. “⟦d:a|It's a novel about a tax inspector in 1911. I thought it would sell four hundred copies, mostly to my cousins.⟧”
I ask whether success has changed the way she writes. She thinks about it for so long that the waiter comes and goes twice.
“⟦d:a|It has made me slower,⟧” she says eventually. “⟦d:a|Before, nobody was waiting. Now I can hear them breathing.⟧”
Ferreira-Quist was born in Porto to a Portuguese father and a Swedish mother, and grew up between the two countries, “⟦p:a|never quite fluent in being either⟧”. Her father, Duarte, was a merchant seaman who, she says, “⟦p:a|told the truth only about the weather⟧”.
“⟦d:a:m|He would come home after four months and tell us stories about Valparaíso, about a parrot that spoke Finnish. None of it was true. I loved him for it.⟧
“⟦d:a|When he died, I found his logbooks. Completely boring. Wind, cargo, wind. I think that is when I became a novelist: I realised the stories were the important part.⟧”
The octopus arrives, glistening. “⟦d:-|So what is the book really about?⟧” I ask.
“⟦d:a|Money,⟧” she says, without hesitation. “⟦d:a|Everything is about money. People just find it embarrassing to say so at lunch.⟧”
She tries to pay. I refuse, in accordance with the paper's rules. “⟦d:a|Then you'll have to come to Porto and I'll pay there,⟧” she says. “⟦d:a|Rules are different abroad.⟧”

### 002
@a Adaeze Okonkwo | -
@b Chinwe | the middle sister
@c Ifeoma | the youngest
@d Bisi Okonkwo | their mother
For three sisters from Harrow Road, the secret to running a business together is simple: never all be in the kitchen at the same time.
Adaeze Okonkwo, 41, opened Mama Bisi's Kitchen in 2016 in a former launderette, naming it after their mother. Her sisters joined within two years.
"⟦d:a|We tried it the other way. Three of us, one stove. Somebody always ended up crying, usually me,⟧" Adaeze said, laughing.
Chinwe, the middle sister, handles the catering orders, which now make up more than half of the takings. "⟦d:b|Adaeze is the cook. I'm the one who answers the phone at midnight when somebody's wedding caterer has let them down,⟧" she said.
"⟦d:a|She's also the one who says yes to everything,⟧" Adaeze added.
Ifeoma, the youngest, left a job in accountancy to do the books. She admits she was the reluctant one.
"⟦d:c|I thought they were mad. I still think they're a bit mad,⟧" she said. "⟦d:c|But I looked at the numbers, and the numbers were good. So here I am.⟧"
Bisi Okonkwo, their mother, 68, still comes in most mornings to check the jollof. "⟦d:d|They don't need me. I come to tell them it needs more pepper,⟧" she said.
"⟦d:b|It never needs more pepper,⟧" said Chinwe.
The sisters are now looking at a second site in Wembley Park. Asked who would run it, all three pointed at each other.

### 003
@a Tsegaye Alemu | the two-time Harlow Marathon winner
@b Haile Desta | -
@c - | an old runner
Tsegaye Alemu, the two-time Harlow Marathon winner, will run his last race on Sunday at the age of 38. "⟦d:a|I am not sad. My knees are very happy,⟧" he said when he announced his retirement last month. He spoke to Runner's Week about blisters, his coach and the race he still thinks about. The interview has been edited for length and clarity.
**You've said Sunday is your last race. Is that definite?**
Yes. I told my wife, I told my coach, I told my knees. If I change my mind now, three people will be angry.
**What did your coach say?**
Haile Desta has coached me since I was 16. He said, "⟦d:b|Good. Now you can finally learn to cook.⟧" That was all. He is not a sentimental man.
**Which race do you still think about?**
Rotterdam, 2019. I was in front at 40 kilometres and I looked back. You never look back. Haile shouted from the car, "⟦d:b|Eyes forward!⟧" But it was too late. I lost by four seconds.
**What comes next?**
I have a small farm near Bekoji, and I want to help young runners. When I was young, an old runner told me, "⟦d:c|Run the first half with your head and the second half with your heart.⟧" I did not understand. Now I do.

### 004
@a Nadia Cherkaoui | host
@b Rafael Quintanilla | a former tech founder who now teaches Year 4 in Leicester
Rafael Quintanilla, a former tech founder who now teaches Year 4 in Leicester, says the hardest part of leaving his company was not the money.
“⟦d:b|It was the silence. For nine years my phone never stopped. Then one day it just did,⟧” he told host Nadia Cherkaoui on the latest episode of Second Act, the podcast about people who change careers after 40.
Cherkaoui asked whether he missed being in charge. “⟦d:a|Be honest. Do you miss being the boss?⟧”
“⟦d:b|I'm still the boss. There are thirty-one eight-year-olds who would disagree, but I'm the boss,⟧” Quintanilla replied.
He sold his stake in Rapido, the delivery app he co-founded, in 2021, reportedly for an eight-figure sum. He described his final year there as “⟦p:b|a long, expensive argument about dashboards⟧”.
“⟦d:b:m|I'd sit in meetings where we spent two hours on the colour of a graph. And I'd think: I have one life.⟧
“⟦d:b|My daughter was in Year 4 then. I went to her parents' evening and her teacher talked for ten minutes about her, really about her, and I thought, that's a job where you know whether you did it well.⟧”
Cherkaoui, who left a career in banking to start the podcast, said she recognised the feeling. “⟦d:a|Nobody tells you that the thing you're good at can also be the thing that empties you out.⟧”
Asked what he would tell founders thinking of doing the same, Quintanilla laughed. “⟦d:b|Do it before the kids in your class are the children of your former employees. That happened. It was awkward.⟧”

### 005
@a Sione Tupou | Harbour City captain
@b Liam Carrick | fly-half
@c Grant Eldershaw | Head coach
Harbour City captain Sione Tupou said his side had "⟦p:a|earned the right to be in a final⟧" after a 24-19 win over the Westmere Falcons on Saturday night, but admitted the last ten minutes had taken years off him.
"⟦d:a|I've got grey hairs I didn't have at six o'clock. That's what they do to you, the Falcons. They never stop coming,⟧" Tupou said.
"⟦d:a|We talked all week about discipline. We gave away three penalties in the second half, which is three too many, but the boys defended like their lives depended on it.⟧"
The match turned on a 72nd-minute drop goal from fly-half Liam Carrick, his first of the season.
"⟦d:b|Honestly? I shanked it,⟧" Carrick said. "⟦d:b|It went over, so I'm calling it a good kick. Ask me on Monday and I'll tell you I meant it.⟧"
Tupou was having none of it. "⟦d:a|He practises those every Thursday. He meant it,⟧" the captain said.
Head coach Grant Eldershaw was more measured. "⟦d:c|We'll enjoy tonight. Tomorrow we look at the tape, and there's plenty in there I didn't like,⟧" he said.
Asked about lock Matiu Rangi, who left the field in the first half with a shoulder problem, Eldershaw said it was "⟦p:c|too early to tell⟧" but did not sound optimistic.
"⟦d:c|It didn't look great. He's a tough man and he was asking to go back on, which usually means it's bad.⟧"

### 006
@a Margit Halvorsen-Reich | the Norwegian conductor
@b Lukas Brenninger | the orchestra's principal oboist
@c Walter Imhof | -
The Norwegian conductor Margit Halvorsen-Reich has a rule about rehearsals: nobody speaks for the first ten minutes, including her.
«⟦d:a|We just play. Badly, usually. It doesn't matter. The orchestra has to remember it is an orchestra before I start telling it what to do,⟧» she said in an interview at the Tonhalle Riedbach, where she begins her tenure as music director this month.
Halvorsen-Reich, 52, succeeds Walter Imhof, who led the orchestra for 23 years and whose recordings of Bruckner are, in her words, «⟦p:a|a mountain I have no intention of climbing⟧».
«⟦d:a|Why would I? He did it. It's done. I'll find a different mountain,⟧» she said.
Imhof, reached at his home in Ticino, said he was «⟦p:c|delighted and slightly jealous⟧».
Musicians describe her as demanding but funny. Lukas Brenninger, the orchestra's principal oboist, recalled her first guest appearance in 2019. «⟦d:b|She stopped us after four bars of Sibelius and said, ‘That was lovely. Now play it like you're cold.’ And we did, and it was completely different,⟧» he said.
Asked whether she was worried about shrinking audiences, she shrugged. «⟦d:a|People have been telling me classical music is dying since I was a student. It is a very slow death. I think it will outlive all of us.⟧»

### 007
@a Kwame Asante | presenter
@b Ilse Vandermeer | the mayor of Castlereagh Bay
@c Pauline | One caller
The mayor of Castlereagh Bay has said she "⟦p:b|will not apologise⟧" for closing the town's seafront car park, despite a petition signed by more than 4,000 people.
Speaking to presenter Kwame Asante on Radio Dunmore's Breakfast, Ilse Vandermeer said the decision had been "⟦p:b|the right one, even if it's the unpopular one⟧".
"⟦d:b|I understand people are angry. I'd be angry if I'd parked there for thirty years. But the sea wall is failing, and I'm not going to wait until a car goes into the harbour,⟧" she said.
Asante put it to her that traders had not been consulted. "⟦d:a|The fish shop, the arcade, the ice-cream people, they all say they found out from the local paper. Is that fair?⟧" he asked.
"⟦d:b|That's not fair, no, and that's on us. The letters went out late. I've said that to them directly,⟧" Ms Vandermeer replied.
One caller, who gave her name only as Pauline, said her husband used the car park because he could not walk far. "⟦d:c|Where's he supposed to go? Up the hill?⟧" she said.
The mayor said a temporary blue-badge bay would open next month. "⟦d:b|Pauline, tell your husband it'll be right by the steps. I'll show him myself,⟧" she said.

### 008
@a Seosamh Ó Catháin | the old man
@b Pádraig | the older by eleven minutes
@c Colm | the skipper since their father's stroke in 2020
The trawler Róisín Bheag has left Rossmore harbour at 4am six days a week for thirty years. For most of that time, the same three men have been on board: Seosamh Ó Catháin, 71, and his twin sons.
“⟦d:b|People think twins finish each other's sentences. We don't. We just don't bother starting them,⟧” said Pádraig, the older by eleven minutes, coiling rope on the quay.
“⟦d:c|That's the longest thing he's said all week,⟧” said Colm.
Colm, the skipper since their father's stroke in 2020, said the hardest part had been persuading Seosamh to stay ashore. “⟦d:c|He'd be down here at half three in his slippers, asking if we'd checked the nets. We had. We always had.⟧”
Seosamh still walks to the harbour every morning to see them off. “⟦d:a|I don't trust the weather forecast. I trust my knee,⟧” the old man said. “⟦d:a|If my knee says stay in, I ring them.⟧”
“⟦d:b|And we go out anyway,⟧” said Pádraig.
“⟦d:a|And they come back wet,⟧” said their father.
The brothers worry about what comes next. Quotas have been cut three years in a row, and neither of Colm's daughters wants the boat. Pádraig has no children.
“⟦d:c|Maybe we're the last of it. I try not to think about it at sea. At sea you think about the sea,⟧” Colm said.

### 009
@a Kenji Moriyama | the chef
@b - | the Bellamy inspector
@c - | my mother
Kenji Moriyama opened Kōji, a twelve-seat counter in the old market hall in Dunmere, in 2018. Last month it became the first restaurant in the county to win a Bellamy star. “⟦d:a|I found out from my dishwasher, who saw it on his phone. I thought he was joking,⟧” the chef says. He spoke to Rhian Tudor (RT) for Table & Tide; the conversation has been edited.
RT: Were you surprised?
KM: Completely. We don't have tablecloths. We have a radio in the kitchen that only gets one station.
RT: The Bellamy inspector called your broth “⟦p:b|the best thing I have eaten this year⟧”. Where does it come from?
KM: My mother's kitchen in Sendai. She made it every Sunday. When I left for London she wrote the recipe on a napkin and said, “⟦d:c|Don't change it until you understand it.⟧” It took me ten years to understand it.
RT: And then you changed it?
KM: A little. She came to eat last year and said, “⟦d:c|Too much ginger.⟧” So I changed it back.
RT: What's next?
KM: Sleep, hopefully. And maybe a thirteenth seat.

### 010
@a Kayleigh Brannigan | Love Lagoon star
@b - | A source close to the show
@c Darren Foxley | hunky fireman
LOVE Lagoon star Kayleigh Brannigan has opened up about her "⟦p:a|nightmare⟧" split from hunky fireman Darren Foxley — and insists she's "⟦p:a|never been happier⟧".
The 27-year-old, who found fame on the dating show last summer, told us: "⟦d:a|Honestly, babe, it was the worst three weeks of my life. I cried in a chicken shop. In public. Twice.⟧"
"⟦d:a|But you know what? I woke up one morning and thought, 'Kayleigh, you're a catch.' And that was it. Done.⟧"
The brunette bombshell, who has 1.2 million followers, said the pair had "⟦p:a|grown apart⟧" after Darren moved back to Stockport.
A source close to the show said: "⟦d:b|Everyone on the production team was gutted. They were the golden couple. Nobody saw it coming.⟧"
Darren, 30, posted a cryptic message on Instagram on Tuesday reading: "⟦d:c|Onwards and upwards. Grateful for the lessons.⟧"
Kayleigh laughed off the post. "⟦d:a|Lessons? The only lesson he learned was how to use a washing machine, and I taught him that.⟧"
She is now fronting a new tanning range, "⟦s:-|Lagoon Glow⟧", out next month.

### 011
@a Rosalba Quiñones | a mother of three
@b Yeferson | Her eldest son
@c Agnieszka Wolan | coordinator of the San Rafael shelter
@d the regional government | -
PUERTO ALMENA, March 14 (Meridian Wire) - Rosalba Quiñones, a mother of three, keeps the family's documents in a plastic bag taped to the inside of her jacket. She has not taken the jacket off, she says, in eleven days.
"⟦d:a|Aquí está todo lo que somos,⟧" she said through an interpreter, patting the bag. "⟦d:a|Everything we are is in here.⟧"
Quiñones, 36, and her three children arrived in Puerto Almena on Monday after a four-day journey by bus and on foot. They are among roughly 600 people sleeping at the San Rafael shelter, which was built for 200.
"⟦d:a|We were told there would be beds. There are mats. It's fine. The children are sleeping, that's what matters,⟧" she said.
Her eldest son, Yeferson, 15, has become an informal translator for other families, having learned English from video games. "⟦d:b|I know a lot of words for weapons and not many for doctors,⟧" he said, grinning. "⟦d:b|I'm learning.⟧"
Agnieszka Wolan, coordinator of the San Rafael shelter, said supplies of clean water would run out by the weekend without fresh deliveries. "⟦d:c|We have asked, we have asked again, and now we are asking loudly,⟧" she said.
The regional government said in a statement that additional water tankers had been "⟦p:d|dispatched and are en route⟧".
Asked what she hoped for, Quiñones paused for a long time. "⟦d:a|Una puerta que se cierre,⟧" she said. "⟦d:a|A door that closes.⟧"

### 012
@a Clement Adjei-Boateng | the 63-year-old
@b Lorna Pettigrew | a retired piano teacher
@c Mosi | His son
Clement Adjei-Boateng has played drums in the basement of the Ferrier Street Club every Friday night since 1987. He has missed, by his own account, four Fridays: two for funerals, one for the birth of his son, and one for a snowstorm that closed the city.
``⟦d:a|The snow was not my fault,⟧'' the 63-year-old says, stirring sugar into his tea. ``⟦d:a|The baby, I accept responsibility.⟧''
He came to the city from Kumasi at 22 with a pair of sticks and no drum kit. For the first year he practised on telephone directories.
``⟦d:a|You learn touch that way. A drum forgives you. A phone book does not. If you hit it wrong, the pages fly everywhere and your landlady shouts,⟧'' he says.
His wife, Lorna Pettigrew, a retired piano teacher, met him at the club in 1989. ``⟦d:b|He was the loudest man in the room and he never said a word,⟧'' she recalls. ``⟦d:b|It took him six weeks to ask me for a drink. No, that's not true. I had to ask him in the end.⟧''
``⟦d:a|That is a lie,⟧'' says Adjei-Boateng, from the kitchen.
``⟦d:b|It is completely true,⟧'' says Pettigrew.
His son Mosi, who plays bass in the trio, says his father taught him by refusing to teach him. ``⟦d:c|He'd say, listen to the record. I'd say, what am I listening for? He'd say, listen again. I hated it. It worked.⟧''
Adjei-Boateng is unmoved by talk of retirement. ``⟦d:a|When I cannot carry the snare down the stairs, I will stop. Then Mosi can carry it, and I will continue.⟧''

### 013
@a Winifred Ashdown | -
@b Margaret | Her eldest daughter
@c Ruth | the youngest of her four children
@d Carol Nwosu | the home's activities coordinator
Winifred Ashdown celebrated her 100th birthday at Larchwood House care home in Ferncombe on Saturday with a cake, a card from the King and, at her own request, a small sherry.
“⟦d:a|Only the one. I'm driving,⟧” she told staff as the glass was handed round.
Born in Ferncombe in 1925, Mrs Ashdown worked as a telephonist at the town exchange for 38 years and, her family say, still remembers most of its numbers.
Her eldest daughter, Margaret, 78, said her mother had “⟦p:b|never once been late for anything, including this⟧”.
“⟦d:b|She always said she'd get to a hundred out of stubbornness, and here we are,⟧” Margaret said. “⟦d:b|She's outlived two doctors who told her to give up butter.⟧”
Ruth, the youngest of her four children, flew in from Perth for the party. “⟦d:c|Mum told me not to come, it's too far, it's too expensive. Then she rang me three times to check I'd booked the flight,⟧” she said.
Asked the secret of a long life, Mrs Ashdown thought for a moment. “⟦d:a|Good neighbours. And don't argue with anyone after six o'clock at night. Nothing good was ever decided after six o'clock.⟧”
Carol Nwosu, the home's activities coordinator, said residents had been rehearsing “⟦s:-|Happy Birthday⟧” for a week. “⟦d:d|We were still flat. She told us so,⟧” she said.

### 014
@a Rashid Qureshi | Eastvale captain
@b - | One reporter
@c Dilhan Perera | Bowling coach
@d Eastvale | The club
Eastvale captain Rashid Qureshi insisted there was "⟦p:a|no crisis⟧" at the club after a third successive defeat left them bottom of the first division.
"⟦d:a|We've lost three games. We lost three games in a row in 2022 and won the title. I'm not saying that'll happen, but I'm not going to sit here and pretend the sky's falling,⟧" Qureshi said.
One reporter asked: "⟦d:b|Was batting first on that pitch a mistake, Rashid?⟧"
"⟦d:a|In hindsight?⟧" Qureshi replied. "⟦d:a|In hindsight everything's a mistake. At the toss it looked like a good idea.⟧"
Pressed on the form of opener Ben Haldane, who has scored 34 runs in six innings, the captain was blunter. "⟦d:a|Ben's a good player having a bad month. He'll be fine. Stop asking me about Ben.⟧"
Bowling coach Dilhan Perera said the attack had "⟦p:c|bowled too short, too often⟧". "⟦d:c|It's not rocket science. We talked about fuller lengths, and then we went out and bowled at their chins,⟧" the Sri Lankan said.
The club said in a statement that Haldane would "⟦p:d|remain part of the squad for the trip to Harfield⟧".

### 015
@a Ngaio Te Whare | The painter
@b Ruben Oyelaran | her tutor at art school in Whanganui
@c - | one critic
The first thing Ngaio Te Whare does when I arrive at her studio, a converted boat shed on the Tainui estuary, is hand me a pair of overalls. “⟦d:a|Everything in here is wet. Including the dog,⟧” she says.
The painter, 44, has just been shortlisted for the Harcourt Prize for a series of enormous canvases of tidal mud, which one critic called “⟦p:c|the most beautiful brown paintings in a generation⟧”.
“⟦d:a|Brown is underrated. Brown is where everything lives,⟧” Te Whare says, when I read her the line.
“⟦d:-|Is it a landscape, though?⟧” I ask, standing in front of a canvas three metres wide.
“⟦d:a|It's a portrait. Of the mud. It just happens to be lying down,⟧” she says.
She grew up in Ōpōtiki, the daughter of a shearer and a school cook, and did not set foot in a gallery until she was 17. Ruben Oyelaran, her tutor at art school in Whanganui, remembers her first critique.
“⟦d:b|She stood there with her arms folded while we tore her work apart, and then she said, ‘Are you finished?’ and walked out. She came back the next day with something better. She was always going to be fine,⟧” he said by phone.
Te Whare laughs at this. “⟦d:a|I wasn't fine. I went home and cried in the car. But I wasn't going to do it in front of them.⟧”
Before I leave, she asks me what I think of the new work. I tell her I don't really understand it. “⟦d:a|Good,⟧” she says. “⟦d:a|Neither do I. That's how you know it's working.⟧”

### 016
@a Mireille Achterberg | a former mortgage broker
@b Tamsin Oduya | a comedian
@c Yusuf Demirci | a debt adviser from Bradford
Kitchen Table Money, the personal finance podcast that became an unlikely hit during the cost-of-living crisis, returned this week for its fourth series with an episode about the first time each of its hosts got into debt.
Mireille Achterberg, a former mortgage broker, and Tamsin Oduya, a comedian, have presented the show since 2021 from Achterberg's actual kitchen table.
"⟦d:b|I was nineteen and I bought a sofa on credit. A white sofa. In a flat with four students,⟧" Oduya confessed in the opening minutes.
"⟦d:a|Why white?⟧" asked Achterberg.
"⟦d:b|Because I'd seen it in a magazine and I thought I was the sort of person who had a white sofa. I was not that sort of person. I was the sort of person who ate chips on it.⟧"
Achterberg's story involved a store card and a pair of boots she still owns. "⟦d:a|I paid for those boots for three years. I'll be buried in them. They're the most expensive thing I've ever worn.⟧"
Their guest, Yusuf Demirci, a debt adviser from Bradford, said both stories were "⟦p:c|depressingly typical⟧".
"⟦d:c|The amounts are small, that's the thing. Nobody comes to me with one big disaster. It's forty small decisions that each seemed fine on a Tuesday,⟧" he said.
"⟦d:b|So it's Tuesday's fault,⟧" said Oduya.
"⟦d:c|Mostly, yes,⟧" Demirci said.

### 017
@a Lorraine | her mother
@b Jess Kowalczyk | -
@c Anil Varadarajan | Consultant transplant surgeon
When doctors told Jess Kowalczyk, 31, that she would need a kidney transplant, her mother, Lorraine, did not wait to be asked.
“⟦d:b|I hadn't even finished the sentence. I said, ‘The consultant says I need a—’ and Mum said, ‘Mine. Take mine,’⟧” Jess said.
Lorraine, 59, who works as a school dinner lady in Coldbrook, said there had never been any question. “⟦d:a|You'd do it for your child. Anyone would. I've got two kidneys and one daughter, the maths is easy,⟧” she said.
The pair underwent surgery at St Aldric's Hospital in February. Consultant transplant surgeon Anil Varadarajan said both were recovering “⟦p:c|better than we could have hoped⟧”.
“⟦d:c|Living donation between a parent and an adult child is common, but it's never routine for the family. Lorraine asked me more questions than most medical students,⟧” he said.
Jess, who has been a paramedic for eight years, hopes to be back at work by the summer. “⟦d:b|The first thing I did when I woke up was ask where she was. The nurse said, ‘She's next door, asking where you are.’⟧”
“⟦d:a|We've always been close,⟧” said her mother. “⟦d:a|Now we're a bit closer.⟧”

### 018
@a Sigrún Haraldsdóttir | a glaciologist at the Nordvík Institute
@b - | my grandfather
@c - | A student
Sigrún Haraldsdóttir, a glaciologist at the Nordvík Institute, has spent twenty summers measuring the Breiðjökull glacier. She spoke to Coastline Radio's Evening Edition. “⟦d:a|I have watched a glacier become a rumour,⟧” she said at the start of the interview. This transcript has been lightly edited.
Q: How much has it shrunk?
A: About two kilometres since I started. When my grandfather farmed below it, the ice was close enough that the farmhouse was cold in August. He used to say, “⟦d:b|The glacier is our neighbour, and it is a bad neighbour.⟧” Now it is not a neighbour any more. It is somebody who lives in the next valley.
Q: Is there anything that can be done?
A: For Breiðjökull? Honestly, no. For the ones after it, yes. That is what I tell my students. A student once asked me, “⟦d:c|Why do you measure something that is dying?⟧” I said, “⟦d:a|Because someone should write down what it was.⟧”
Q: Do you still go every summer?
A: Every summer. It is like visiting an old relative in hospital. You don't go because it is cheerful.

### 019
@a Bogdan Ilić | the Carrow Vale manager
@b Jamie Rourke | the club captain
@c Zlata Ilić | His wife
Bogdan Ilić orders porridge, black coffee and, after some thought, a single boiled egg. "⟦d:a|My wife is watching my cholesterol. She is not here, but she is watching,⟧" the Carrow Vale manager says.
It is 7.15am at a roadside café outside the club's training ground, and Ilić has already been at work for an hour. In 18 months he has taken Carrow Vale from the bottom of League Two to the edge of the play-offs, on a budget he describes as "⟦p:a|smaller than some players' cars⟧".
"⟦d:a|People ask me about tactics. Tactics are the easy part. You can learn tactics from a book. The hard part is making twenty-five young men believe the same thing on a Saturday at three o'clock,⟧" he says.
"⟦d:a|Some of them believe in God, some believe in their agent, some believe in nothing. I need them all to believe in the plan for ninety minutes. After that, they can believe what they like.⟧"
He grew up in Kraljevo and played 200 games as a defender, "⟦p:a|none of them beautiful⟧", before moving into coaching.
Jamie Rourke, the club captain, says the squad were initially baffled by him. "⟦d:b|First week, he made us train in silence. No shouting, no talking. Just pointing. We thought he'd lost it,⟧" the 29-year-old says. "⟦d:b|By the third week we were the best-organised team in the division. Nobody knew why.⟧"
His wife, Zlata Ilić, reached later by phone, confirms the cholesterol regime. "⟦d:c|He tells everyone I'm strict. I'm not strict. The doctor is strict. I'm just the messenger,⟧" she says.
Back at the café, Ilić finishes his egg and looks at his watch. "⟦d:a|Now I go and shout at them,⟧" he says. "⟦d:a|Politely.⟧"

### 020
@a Dafydd Pritchard | the 84-year-old
@b Gareth | His son
@c Ioan | Gareth's son
Three generations of the Pritchard family were at Llanfair Show on Saturday, and between them they took home four rosettes, a silver cup and, in Dafydd Pritchard's case, a mild sunburn.
“⟦d:a|Sixty-one years I've been coming. First time I've burned. It's the global warming,⟧” said the 84-year-old, who showed his first ram here in 1964.
His son, Gareth, now runs Tŷ Gwyn farm above the village, but said his father was still “⟦p:b|the boss on show day⟧”.
“⟦d:b|The rest of the year, I'm in charge. Show day, I carry the buckets. That's how it works,⟧” Gareth said.
The silver cup, for the best pair of Welsh Mountain ewes, went to Gareth's son, Ioan, 19, who is studying agriculture at Aberystwyth.
“⟦d:c|Taid trained me. He'll tell you he didn't, but he did,⟧” Ioan said. “⟦d:c|Every weekend since I was eight: stand her up square, don't rush, look the judge in the eye.⟧”
Asked about this, his grandfather shrugged. “⟦d:a|I just shouted a lot. Maybe some of it went in.⟧”
Gareth said the family had no plans to stop. “⟦d:b|As long as Dad can get in the Land Rover, we'll be here. And he'll be complaining about the judging.⟧”
“⟦d:a|The judging was fine this year,⟧” Dafydd said. “⟦d:a|Because we won.⟧”

### 021
@a Farhana Siddiqui | the opposition's housing spokeswoman
@b - | her press officer
Farhana Siddiqui has chosen Gallo Rosso, an Italian place near the parliament building that she says has not changed its menu “⟦p:a|since the last time we were in government⟧”. The opposition's housing spokeswoman orders the minestrone and a glass of tap water, then changes her mind about the water.
“⟦d:a|Sparkling. It's a Thursday. We should live a little,⟧” she tells the waiter.
Siddiqui, 47, grew up in a council flat in Eastmoor with five siblings and a father who drove a night bus. It is, she admits, a biography she deploys often.
“⟦d:a|I know, I know. Every politician has a dad with a bus. But mine actually had one. Well, he didn't own it. He'd have loved to own it.⟧”
I ask whether her party's housing pledge — 300,000 homes a year — is realistic. She puts down her spoon but says nothing. “⟦d:-|Has any government ever managed it?⟧” I press.
“⟦d:a|Not recently. That's rather the point,⟧” she says. “⟦d:a|If the target is something we've already done, it's not a target, it's a memory.⟧”
At this point her press officer, who has been sitting at the next table pretending to read, leans over. “⟦d:b|Ten minutes,⟧” he says.
“⟦d:a|He does this,⟧” Siddiqui says. “⟦d:a|He thinks I'll say something interesting.⟧”
Does she? Over tiramisu she concedes that her own party has been “⟦p:a|too comfortable with homeowners⟧” and that she expects to be told off for saying so. “⟦d:a|Print it. I'll deal with the phone calls.⟧”

### 022
@a Tobias Ekwueme-Lind | the actor
@b Henrietta Vosk | the production's director
@c Owain Pryce | His co-star
@d - | Critics
Tobias Ekwueme-Lind has been dying eight times a week for three months, and he says it is starting to affect his sleep.
"⟦d:a|I die at about ten past ten every night. By eleven I'm on the bus home, and I'm absolutely wired. You can't just go from being stabbed in a castle to buying a kebab,⟧" the actor says.
He is playing the title role in a new production of "⟦s:-|Macbeth⟧" at the Cressington Playhouse, which has been sold out since it opened. Critics have called his performance "⟦p:d|feral⟧" and "⟦p:d|unbearably tender⟧", sometimes in the same review.
Henrietta Vosk, the production's director, said she cast him after seeing him in a pub theatre in Deptford. "⟦d:b|He was playing a man who sells carpets. He was so sad and so funny. I thought, that's a Macbeth,⟧" she said.
Ekwueme-Lind, 33, grew up in Malmö and east London, the son of a Nigerian doctor and a Swedish pharmacist. "⟦d:a|Two very sensible people. They're still waiting for me to get a proper job. My mum came to see it and said, 'Very good, darling. Lots of shouting.'⟧"
His co-star, Owain Pryce, who plays Banquo, says the nightly murder has become a running joke backstage. "⟦d:c|He apologises every time. Every night, after the scene, he finds me in the wings and says sorry. I've told him I'm fine. I'm a ghost, I'm having a great time.⟧"
"⟦d:a|Owain's very forgiving,⟧" said Ekwueme-Lind. "⟦d:a|I'm not sure I would be.⟧"

### 023
@a Kofi Mensah-Bright | The 26-year-old
@b Emmanuel Mensah-Bright | his father
@c - | A spokesman for Zhakupov
Kofi Mensah-Bright will walk to the ring at the Harbourside Arena on Saturday with the same man in his corner who first put gloves on him at the age of nine: his father, Emmanuel.
The 26-year-old challenges Ruslan Zhakupov for the Commonwealth super-middleweight title, the biggest fight of a career that has been, until now, largely ignored by television.
“⟦d:a|I've been the support act for four years. I've fought in front of empty seats while people were still queuing for chips. Saturday, they'll be in their seats,⟧” Kofi told Coastline Sport.
Emmanuel Mensah-Bright, 61, boxed as an amateur in Accra before moving to Britain in 1989. He still trains his son in a converted garage behind the family home.
“⟦d:b|People say, you should get him a proper gym, a famous coach. I say, the garage has made him 18 and 0. Why would I change the garage?⟧” Emmanuel said.
Asked whether it was hard to be both father and trainer, Kofi laughed. “⟦d:a|In the gym he's Coach. At dinner he's Dad. The problem is when he brings the gym to dinner.⟧”
“⟦d:b|I only did that once,⟧” said his father.
“⟦d:a|Once a week,⟧” said Kofi.
A spokesman for Zhakupov said the champion was “⟦p:c|respectful of the challenger but fully expects to keep his belt⟧”.

### 024
@a Precious Dlamini | a ward sister at Kingsmead General
@b Alastair Cheung | presenter
@c - | colleagues
@d Kingsmead Hospitals Trust | -
A nurse who has worked every Christmas Day for 22 years says she will finally spend this one at home — and she is already nervous about cooking.
Precious Dlamini, a ward sister at Kingsmead General, told presenter Alastair Cheung that her family had "⟦p:a|no idea what they're in for⟧".
"⟦d:a|I have never cooked a Christmas dinner. Not once. I've eaten about twenty of them off a paper plate at the nurses' station at three in the morning,⟧" she said.
Cheung asked what had changed. "⟦d:b|So why this year? What made you finally say no?⟧"
"⟦d:a|My granddaughter. She's four. She asked me if Father Christmas came to the hospital instead of our house, because that's where I always was. That did it,⟧" she said.
Dlamini came to Britain from Durban in 2001. She said colleagues had joked that she would be "⟦p:c|back by lunchtime⟧".
"⟦d:a|They're probably right. I'll burn the turkey and drive in to see them,⟧" she laughed.
The Kingsmead Hospitals Trust said in a statement: "⟦d:d|Precious is one of the most dedicated nurses we have ever employed. She has more than earned a Christmas at home.⟧"

### 025
@a Paz Echeverría | The Chilean director
@b - | A critic in Cannes
@c Inés | My grandmother
The Chilean director Paz Echeverría's third feature, “⟦s:-|Los Cuartos Fríos⟧” (“⟦s:-|The Cold Rooms⟧”), follows three women who run a fish-freezing plant in Punta Arenas. It opens in cinemas on Friday. She spoke to us from Santiago.
**Why a fish-freezing plant?**
My grandmother Inés worked in one for thirty years. She used to come home smelling of ice — ice has a smell, people don't believe me. When I told her I wanted to make a film about it, she said, “⟦d:c|Who would watch that? It's cold and nobody talks.⟧” I said, “⟦d:a|Exactly.⟧”
**The film has almost no music. Was that a fight?**
A big fight. The producers wanted strings. I told them, “⟦d:a|The machines are the music. Listen to them.⟧” We recorded the compressors for two weeks.
**A critic in Cannes called it “⟦p:b|austere to the point of cruelty⟧”. Do you agree?**
I think that's a compliment. Life in Punta Arenas is austere. It's not my job to put a blanket on it.
**Did your grandmother see it?**
She died before it was finished. But she would have said it was too warm.

### 026
@a Ananya Krishnamurthy | the 11-year-old
@b Lakshmi | a software engineer
@c Saraswati | Her grandmother
@d Viktor Hallgren | the tournament director
Ananya Krishnamurthy was four when she beat her grandmother at chess for the first time. Her grandmother, Saraswati, has never quite forgiven her.
“⟦d:c|I let her win the first time. The second time I did not let her. She still won,⟧” Saraswati said in the family's flat in Lindenborough, where there is a chessboard on every flat surface.
Last month Ananya became the youngest player ever to win the Northern Open, beating three adult masters along the way. “⟦d:a|I wasn't nervous until the end. Then I was a bit nervous because the man I was playing started sighing a lot,⟧” the 11-year-old said.
Her mother, Lakshmi, a software engineer, drives her to tournaments across the country most weekends.
“⟦d:b|We've seen a lot of motorway services. I could write a guide,⟧” Lakshmi said. “⟦d:b|People ask if we push her. Honestly, I'd be happy if she took up the piano. She won't.⟧”
“⟦d:a|Piano is boring. Nobody loses,⟧” said Ananya.
Viktor Hallgren, the tournament director, said he had “⟦p:d|never seen anything like it⟧” in 30 years. “⟦d:d|She plays like someone who has read every book and then decided to ignore them,⟧” he said.
Saraswati had the last word. “⟦d:c|She gets it from me. Write that down. From me, not from her mother.⟧”
“⟦d:b|Amma, I don't even play,⟧” said Lakshmi.
“⟦d:c|Exactly,⟧” said her grandmother.

### 027
@a Mele Fifita | the two-time Olympic silver medallist
@b Craig Donnachie | her coach of 14 years
@c Aquatics Pacifica | the regional federation
NUKU'ALOFA, Jan 9 (Meridian Wire) - Mele Fifita, the two-time Olympic silver medallist, announced her retirement from swimming on Thursday, saying she wanted to "⟦p:a|find out who I am when I'm dry⟧".
"⟦d:a|I've spent more of my life with my face in a pool than out of it. I'm ready to see what's up here,⟧" the 29-year-old told reporters.
Fifita, the first Tongan swimmer to reach an Olympic final, said the decision had been made "⟦p:a|over a lot of cups of tea⟧" with her family and her coach of 14 years, Craig Donnachie.
"⟦d:a|There's no injury, there's no drama. I just woke up one morning in March and didn't want to go training, and that had never happened before. So I listened to it.⟧"
Donnachie said he had "⟦p:b|seen it coming for a while⟧". "⟦d:b|She's been carrying a country on her back since she was 17. That's heavy, even for someone with shoulders like hers,⟧" he said.
Aquatics Pacifica, the regional federation, said in a statement that Fifita had "⟦p:c|changed what young swimmers in the islands think is possible⟧".
Asked what she would do next, Fifita said she planned to start a learn-to-swim programme in her home village. "⟦d:a|Every kid on an island should be able to swim. That's not a medal, but it's better than one.⟧"

### 028
@a Rahim Chowdhury | -
@b Sohel | his younger brother
@c Iris Mayhew | -
The Regal on Fenwick Street closed its doors in 1998 with a screening of “⟦s:-|The Long Summer⟧” to an audience of eleven. On Friday it reopens, restored by two brothers whose grandfather ran it for 30 years.
Rahim Chowdhury, 38, and his younger brother, Sohel, 34, spent four years and, in Rahim's words, “⟦p:a|every penny we had and several we didn't⟧” bringing the 300-seat cinema back to life.
“⟦d:a|Our grandfather used to bring us here on Saturday mornings when it was already half empty. He'd sit in the projection box and let us press the buttons,⟧” Rahim said.
“⟦d:b|I pressed the wrong button once and the film stopped in the middle of a car chase. A hundred people booed me. I was seven,⟧” Sohel added. “⟦d:b|Still the worst review I've ever had.⟧”
The brothers tracked down the original seats in a warehouse in Leicester and had them reupholstered in the same red velvet. The Art Deco ceiling was restored by hand over 14 months.
Iris Mayhew, 82, saw her first film at the Regal in 1951 and has bought tickets for opening night. “⟦d:c|I had my first kiss in row F. I've asked for row F. I shan't say who with, he's still alive,⟧” she said.
Rahim said their grandfather would have been “⟦p:a|quietly furious at how much we spent and secretly very proud⟧”.
“⟦d:b|Mostly furious,⟧” said Sohel.

### 029
@a Desmond Achebe-Ross | the retired detective
@b Carys Llewellyn-Hart | the journalist who presents Cold Water
@c Saltmarsh Police | -
@d - | Lena's mother
For twenty-six years, Desmond Achebe-Ross kept a photograph of Lena Morcombe in his desk drawer. He took it with him when he retired.
"⟦d:a|You don't get to put them down. Not the ones you didn't solve,⟧" the retired detective says in the fourth episode of Cold Water, the podcast that has revived interest in the 1998 disappearance of the 17-year-old from Saltmarsh.
Carys Llewellyn-Hart, the journalist who presents Cold Water, asks him directly whether police made mistakes. "⟦d:b|Did you get it wrong? In those first 48 hours?⟧"
"⟦d:a|Yes. We assumed she'd run away. She'd done it twice before. We lost two days assuming, and in a case like this two days is a lifetime,⟧" Achebe-Ross replies.
There is a long silence on the recording. Then Llewellyn-Hart asks whether he has ever told Lena's mother that.
"⟦d:a|I told her in 1999.⟧" Another pause. "⟦d:a|I think about what she said more than anything else.⟧"
What Lena's mother said, he tells her, was simple: "⟦d:d|I know.⟧" Nothing more.
The episode, released on Tuesday, has been downloaded more than 400,000 times. Saltmarsh Police said in a statement that the case "⟦p:c|remains open⟧" and urged anyone with information to come forward.
At the end of the interview, Llewellyn-Hart asks what he would say to whoever knows what happened. Achebe-Ross takes his time. "⟦d:a|It's not too late. It's never too late. You're older now. So are we. Pick up the phone.⟧"

### 030
@a Declan Furey | the singer
@b Marcus Oyelowo-Grant | the guitarist
@c Pete Sandoval | Drummer
@d Niamh Corr | the bassist
The last time the four members of Paper Lanterns were in a room together, in a hotel in Rotterdam in 2009, someone threw a kettle. Nobody will say who.
“⟦d:a|It was an accident. The kettle was going in a general direction,⟧” says Declan Furey, the singer, now 51 and living in a converted chapel in County Clare.
“⟦d:b|It was going in my direction,⟧” says the guitarist, Marcus Oyelowo-Grant.
Fifteen years later, the band that sold four million copies of “⟦s:-|Harbour Lights⟧” are back, with a new album and a tour that sold out in nine minutes. We meet in a rehearsal studio in Camden, where they are, so far, getting on.
“⟦d:d|We're older. We're tired. We don't have the energy to fall out,⟧” says Niamh Corr, the bassist, who spent the intervening years teaching music in Belfast.
Drummer Pete Sandoval, who is the only one of them to have stayed in the music business full time, says it was Corr who made the first call. “⟦d:c|She rang me on my birthday. I thought someone had died. She said, ‘Nobody's died. That's the point. Let's do it before someone does.’⟧”
“⟦d:d|Cheerful, I know,⟧” says Corr.
Furey says the new songs are “⟦p:a|about being middle-aged and surprised by it⟧”. Oyelowo-Grant puts it differently. “⟦d:b|They're about back pain. Lovely, melodic back pain.⟧”
Has the kettle been discussed? There is a pause. “⟦d:a|We've agreed not to talk about the kettle,⟧” Furey says.
“⟦d:b|We've agreed he's not to talk about the kettle,⟧” says Oyelowo-Grant.

### 031
@a Hélène Marchetti-Rossi | The former judge
@b Paolo | Her husband
Hélène Marchetti-Rossi, who sat on the Court of Appeal for sixteen years, arrives at the Brasserie du Lac precisely on time and apologises for being late. The former judge is, it turns out, always ten minutes early, and regards being merely punctual as a form of lateness.
«⟦d:a|My husband says it is a disease. I say it is a courtesy,⟧» she says, ordering the perch.
She retired in the spring and has just published a memoir, «⟦s:-|Reasons Given⟧», which has irritated several former colleagues. One of them, she says, wrote her a letter of complaint «⟦p:a|in green ink, which tells you everything⟧».
I ask whether she regrets any of her judgments. She looks at me over her glasses and says nothing.
«⟦d:-|Any at all?⟧» I try again.
«⟦d:a|Regret is the wrong word. There are three or four I would write differently. The result would be the same. The sentences would be shorter,⟧» she says.
«⟦d:a:m|Judges write too much. We are frightened of the appeal, so we put everything in. Twenty pages where four would do.⟧
«⟦d:a|When I started, an old judge told me: say what you decided and why, then stop. It is the best advice I ever ignored.⟧»
Her husband, Paolo, who joins us for coffee, says she has not stopped writing since she retired. «⟦d:b|Shopping lists with footnotes. I am not joking,⟧» he says.
«⟦d:a|One footnote,⟧» she says. «⟦d:a|It was about the cheese.⟧»

### 032
@a Elin Bergström | -
@b Kim Ji-yeon | Her older sister
@c Ruth Adebayo-Klein | a genetic genealogist who volunteers for the charity Roots Found
The first thing Elin Bergström noticed about her sister was her hands.
"⟦d:a|They're my hands. Exactly my hands. I held them at the airport and I thought, oh, that's where they went,⟧" said Bergström, 46, who was adopted from an orphanage in Busan by a Swedish couple in 1979.
Her older sister, Kim Ji-yeon, 49, stayed in South Korea and was raised by an aunt. The sisters were reunited last month in Gothenburg after a DNA test matched them as full siblings.
Ji-yeon, speaking through her daughter, who translated, said she had searched for her sister for more than 20 years. "⟦d:b|I wrote to the orphanage every year. Every year they wrote back: no records. I kept writing,⟧" she said.
"⟦d:a|She never stopped,⟧" Elin said. "⟦d:a|I didn't even know she existed. She was looking for me my whole life and I was in Sweden learning to ski.⟧"
Ruth Adebayo-Klein, a genetic genealogist who volunteers for the charity Roots Found, identified the match. "⟦d:c|I've done more than 300 reunions. I still cry at every single one. This one, I cried before they'd even met,⟧" she said.
The sisters have spent the past month "⟦p:a|making up for lost time⟧", in Elin's words, mostly by eating.
"⟦d:b|She cooks, I eat. It's a very good arrangement,⟧" said Ji-yeon.
"⟦d:a|She's trying to fatten me up. She says I look too Swedish,⟧" Elin said, laughing.

### 033
@a Valentina Ruiz-Amaya | the fourth seed
@b Elsa Marek | qualifier
@c Gustavo Benítez | her coach
Valentina Ruiz-Amaya, the fourth seed, lost 6-4 3-6 7-6 to qualifier Elsa Marek in the second round of the Corvallo Open on Tuesday after holding a match point in the final set. “⟦d:a|I'm going to be sad for a while and then I'm going to eat a pizza,⟧” she said. Marek, ranked 212th, could barely speak afterwards. “⟦d:b|I don't know what happened. I closed my eyes for the last point,⟧” she said.
Ruiz-Amaya, who has worked with her coach, Gustavo Benítez, since she was 14, took questions for ten minutes. An edited transcript follows.
Q. How do you feel?
VALENTINA RUIZ-AMAYA: Not great. I had match point. You have match point, you should win. That's the rule.
Q. What did your coach say after?
VALENTINA RUIZ-AMAYA: Gustavo said, “⟦d:c|You played well.⟧” I said, “⟦d:a|Don't lie to me.⟧” He said, “⟦d:c|Okay. You played well for two sets.⟧” That's more honest.
Q. Did Marek surprise you?
VALENTINA RUIZ-AMAYA: No. She plays like she has nothing to lose, because she doesn't. That's dangerous. There's a saying on the tour: “⟦d:-|Never play a qualifier on a Tuesday.⟧” Now I know why.
Q. What's next?
VALENTINA RUIZ-AMAYA: The pizza. Then the grass season.

### 034
@a Oluwaseun Adeyemi-Clarke | the city's poet laureate
@b Fenella Kerr | presenter
@c Janet Olowe | Councillor
Oluwaseun Adeyemi-Clarke, the city's poet laureate, has said poetry should be “⟦p:a|as ordinary as bread⟧” and announced plans to put poems on the side of every bus in Harcastle.
Speaking to presenter Fenella Kerr on Harcastle Radio's Afternoon Show, he said: “⟦d:a|People think poetry is something that happens in libraries to other people. I want it to happen to you on the number 14 while you're late for work.⟧”
Kerr asked whether commuters really wanted to read poems. “⟦d:b|Won't people just look at their phones?⟧”
“⟦d:a|Of course they will. But once a week the phone will die, and there'll be a poem, waiting,⟧” he replied. “⟦d:a|Poems are patient. They've got nothing else on.⟧”
Adeyemi-Clarke, 36, a former bus driver, wrote his first collection, “⟦s:-|Fare Stage⟧”, on the backs of used tickets during his breaks.
“⟦d:a|An inspector caught me once and thought I was forging them. I had to read him a poem to prove it. He said it was all right. Best review I've ever had,⟧” he said.
The council's transport committee will consider the proposal next month. Councillor Janet Olowe, who chairs the committee, said she was “⟦p:c|broadly supportive, subject to the budget⟧”.

### 035
@a Nguyen Thi Hoa | Their mother
@b Minh | her elder son
@c Tuan | His brother
@d Derek Holloway | Regular customer
Every Saturday for 19 years, Nguyen Thi Hoa has set up her banh mi stall at Crossgate Market at 6am sharp. This week, for the first time, she was not there. Her sons were.
"⟦d:b|She's finally having a lie-in. We had to hide her car keys,⟧" said her elder son, Minh, 31, slicing baguettes at speed.
His brother, Tuan, 27, was on the grill. "⟦d:c|We've been helping since we were kids. Now we're in charge and suddenly it's very hard. Nobody told us it was hard,⟧" he said.
Their mother, reached by phone at home, was not convinced. "⟦d:a|Are they using enough pâté? Tell them more pâté. They're always too careful with the pâté,⟧" she said.
Regular customer Derek Holloway, 64, said he could taste the difference. "⟦d:d|It's good. It's very good. But it's not Mrs Nguyen's. Don't tell them I said that.⟧"
"⟦d:b|We heard him,⟧" said Minh.
Tuan said their mother would be back next week "⟦p:c|whatever we say⟧". "⟦d:c|She'll last one more Saturday. Maybe,⟧" he said.

### 036
@a Gus Penhaligon | TV chef
@b Bettina Okoro | rival cook
@c - | A pal of the chef
@d - | Okoro's spokesperson
TV chef Gus Penhaligon has fired back at rival cook Bettina Okoro after she branded his new cookbook "⟦p:b|a crime against vegetables⟧".
The bearded Cornish cook, 52, blasted: "⟦d:a|I've been cooking since she was in nappies. If Bettina wants to come round and tell me how to roast a parsnip, the door's open. I'll even lend her an apron.⟧"
Okoro, who hosts the daytime hit "⟦s:-|Supper Sorted⟧", had slammed the book, "⟦s:-|Gus's Big Green Kitchen⟧", in a podcast interview last week.
"⟦d:b|There's a recipe in there for cauliflower cheese with three kinds of cheese and a pot of cream. That's not a vegetable dish, that's a dairy emergency,⟧" she said.
A pal of the chef told us: "⟦d:c|Gus is laughing it off in public, but he's fuming. He's been ringing everyone he knows.⟧"
Okoro's spokesperson said last night: "⟦d:d|Bettina stands by every word. She'd be delighted to cook with Gus. Any time, any place.⟧"
The book has sold 40,000 copies since its release. "⟦d:a|Clearly people disagree with her,⟧" Penhaligon added.

### 037
@a Ingrid Solheim-Baptiste | Nordic Space Authority astronaut
@b Kai | nine-year-old
@c Fatima | -
@d Brenda Okafor-Lowe | Headteacher
Pupils at Millbrook Primary got the chance to quiz a real astronaut on Thursday — and they did not hold back.
Nordic Space Authority astronaut Ingrid Solheim-Baptiste spent an hour answering questions by video link from a training centre in Tromsø, six weeks before she is due to launch to the orbiting Aurora station.
The first question, from nine-year-old Kai, was the one everybody wanted to ask. “⟦d:b|How do you go to the toilet in space?⟧”
“⟦d:a|Very carefully,⟧” she replied, to screams of laughter. “⟦d:a|There's a sort of vacuum cleaner. I'll spare you the details. It's less exciting than you think.⟧”
Fatima, 10, wanted to know if she would be scared. “⟦d:c|Aren't you frightened you won't come back?⟧”
“⟦d:a:m|That's a really good question, and the honest answer is: a little bit. Being a little bit frightened is useful. It makes you check things twice.⟧
“⟦d:a|But I have hundreds of people on the ground whose whole job is to bring me home. I trust them. And my mum has told me I have to be back for her birthday, so I have no choice.⟧”
Headteacher Brenda Okafor-Lowe said the session had been “⟦p:d|the most excited I've seen them, including the day it snowed⟧”.
“⟦d:d|We've got thirty budding astronauts now. And about six budding toilet engineers,⟧” she said.

### 038
@a Ayşe Karaman | an Istanbul-born architect based in Bristol
@b - | The judges
@c - | an old boatbuilder
@d - | One councillor
@e - | A boy of about seven
Ayşe Karaman, an Istanbul-born architect based in Bristol, designed the new library in Lower Dunmore, a timber building shaped like an upturned boat, which last week won the Civic Design Medal. The judges called it “⟦p:b|a building that makes you want to whisper and then laugh out loud⟧”. We asked her about timber, budgets and boats.
**Why a boat?**
Because it's a fishing town, and because the budget was tiny, and boats are the cheapest beautiful thing humans have ever built. I went down to the harbour and asked an old boatbuilder how he'd do it. He said, “⟦d:c|Upside down, love. Everything's easier upside down.⟧”
**Was the council nervous?**
Terrified. One councillor asked me, “⟦d:d|What happens when it rains?⟧” I said, “⟦d:a|It gets wet. Like every building.⟧” He didn't laugh.
**What's the best thing anyone has said about it?**
A boy of about seven walked in on opening day, looked up at the ceiling and said, “⟦d:e|It's a whale.⟧” That was better than the medal.

### 039
@a Hamish MacLeod | leader of the Glen Carran Mountain Rescue Team
@b Calum | His son
@c Priya Nair | The walker
When the call came in at 2am on Sunday, Hamish MacLeod, leader of the Glen Carran Mountain Rescue Team, pulled on his boots and shouted up the stairs. His son, Calum, was already dressed.
"⟦d:a|He's faster than me now. I hate it,⟧" MacLeod said. "⟦d:a|Twenty-five years I've been doing this and my own son beats me to the Land Rover.⟧"
The team spent seven hours searching for a walker who had become separated from her group on Ben Carran in thick fog. She was found by Calum, 23, in a gully below the summit ridge, cold but uninjured.
"⟦d:b|I heard a whistle. Three blasts, then nothing, then three again. Textbook,⟧" said Calum, who joined the team at 18. "⟦d:b|She'd done everything right. She'd just had bad luck with the weather.⟧"
The walker, Priya Nair, 34, from Leeds, said she was "⟦p:c|embarrassed and very, very grateful⟧".
"⟦d:c|I thought I'd be in trouble. The first thing he said was, 'Do you want a chocolate bar?' I nearly cried,⟧" she said.
Asked whether he worried about his son on call-outs, MacLeod was quiet for a moment. "⟦d:a|Every time. Every single time. I just don't tell him,⟧" he said.
"⟦d:b|He does tell me. He tells me every time,⟧" said Calum.

### 040
@a Tomasz Grabowski | the comedian
@b Lucinda Marsh | His agent
Tomasz Grabowski wants to talk about soup. Specifically, the żurek at Stary Młyn, a Polish café in Hackley where his mother used to bring him after Sunday Mass and where, at 43, he still orders the same thing.
“⟦d:a|Sour soup with a boiled egg in it. It sounds like a punishment. It is the best thing in the world,⟧” the comedian says.
Grabowski's new stand-up tour, “⟦s:-|Immigrant Song (Not That One)⟧”, sold out 60 dates in an afternoon. It is, like most of his material, about his parents, who came to Britain in 1981 and, he says, “⟦p:a|have never once laughed at anything I've written⟧”.
“⟦d:a|My dad came to the first show. He sat in the front row with his arms folded. Afterwards I said, ‘Well?’ He said, ‘You should have been a dentist.’ That's the review. That's the whole review.⟧”
His parents, I suggest, must have mixed feelings about being his material. “⟦d:-|Do they ever ask for a cut?⟧”
“⟦d:a|My mother asked for a cut. I pay for her holidays now. She calls it royalties,⟧” he says.
His agent, Lucinda Marsh, who has joined us for dessert uninvited, adds: “⟦d:b|She negotiates harder than I do.⟧”
“⟦d:a|She's terrifying,⟧” Grabowski agrees. “⟦d:a|Both of them are terrifying.⟧”

### 041
@a Jacobus van der Walt | a sheep farmer near Rietfontein
@b Thandiwe Mokoena | host
@c the provincial agriculture department | -
A sheep farmer who has lost more than half his flock to drought says he has "⟦p:a|run out of ways to be hopeful⟧".
Jacobus van der Walt, a sheep farmer near Rietfontein, told host Thandiwe Mokoena on Radio Karoo Sunrise that he had sold 800 animals since January, "⟦p:a|mostly at a loss, some for nothing⟧".
"⟦d:a|My grandfather farmed this land through the drought of 1933. He used to tell us about it like it was a war story. Now I think, he was lucky. At least it ended,⟧" van der Walt said.
Mokoena asked him what would help. "⟦d:b|If the minister were listening right now, what would you say?⟧"
"⟦d:a|I'd say come and stand in my dam. It's a field now. Come and stand in it and then tell me about the relief package,⟧" he said.
"⟦d:b|Is there anything that keeps you going?⟧" she asked.
"⟦d:a|My son. He's 14 and he wants to farm. I tell him to be a lawyer. He says, 'Pa, lawyers don't have sheep.' What can you say to that?⟧"
The provincial agriculture department said in a statement that drought relief payments "⟦p:c|will begin flowing to affected farmers this month⟧".

### 042
@a Joris Vanhaecke | directeur sportif of the Brabantia-Velox team
@b Matteo Lunardi | Team leader
@c Aurélien Duchesne | the 21-year-old riding his first grand tour
Joris Vanhaecke, directeur sportif of the Brabantia-Velox team, did not hide his anger after his riders missed the decisive break on the road to Valmorel.
«⟦d:a|We were asleep. Eight riders, and not one of them was awake when it mattered,⟧» he said beside the team bus. «⟦d:a|I have nothing else to say about it. Well, I have a lot to say, but not to you.⟧»
Team leader Matteo Lunardi, who lost four minutes on the stage and with them any realistic chance of the podium in Valmorel, accepted the blame. «⟦d:b|It's on me. I saw them go and I thought someone else would chase. Everybody thought that. That's how you lose a race,⟧» the Italian said.
There was one bright spot. Aurélien Duchesne, the 21-year-old riding his first grand tour, finished fourth after jumping across to the break alone on the final climb.
«⟦d:c|C'était dur. Très dur,⟧» he said, still gasping, before switching to English. «⟦d:c|It was hard. Very hard. I didn't ask anybody. I just went.⟧»
Asked whether Duchesne had ignored team orders, Vanhaecke allowed himself a smile. «⟦d:a|He did not ask. Tonight he will get a lecture. Tomorrow, maybe, a contract extension.⟧»

### 043
@a Tunde | the eldest
@b Femi | -
@c Segun | -
@d Dayo | the youngest at 21
@e Marguerite Lavoie | a former Canadian international
There are four Adeyemo brothers in the Thamesmead Rowing Club's coxless four, and they disagree about almost everything except the boat.
“⟦d:a|On land, we argue. In the boat, we don't talk. That's the rule,⟧” said Tunde, 28, the eldest, who rows at stroke.
“⟦d:b|It's not a rule. It's because we can't breathe,⟧” said Femi, 26.
The brothers, from Woolwich, took up rowing after a taster session at school and on Sunday became the first crew of siblings to reach the final of the Ravensholm Regatta in its 140-year history.
Segun, 24, said growing up in a house with three brothers had been “⟦p:c|ideal preparation for a sport that's basically organised suffering⟧”.
“⟦d:c|We've been fighting over the last potato since we were toddlers. Rowing is just that, but on water,⟧” he said.
Dayo, the youngest at 21, admitted he had only been allowed into the boat after a cousin dropped out. “⟦d:d|I'm the substitute. They remind me every day,⟧” he said.
“⟦d:a|He's the best of us,⟧” Tunde said quietly. “⟦d:a|Don't print that.⟧”
Their coach, Marguerite Lavoie, a former Canadian international, said their timing was “⟦p:e|uncanny, which I suppose is genetic⟧”.
“⟦d:e|I tell them to think about each other. They say they think about each other all the time, and mostly what they think is unprintable,⟧” she said.

### 044
@a Yuki Tanabe-Lowry | the 31-year-old
@b Dev Raghunathan | Her physiotherapist
@c Simone Achterhof | The company's artistic director
Eighteen months ago, Yuki Tanabe-Lowry lay on a hospital bed in Calder and was told she might never walk without a limp again. On Saturday, she returns to the stage as Giselle.
"⟦d:a|The surgeon was very kind. He said, 'You should prepare yourself.' I said, 'For what?' He said, 'For a different life.' I went home and cried for a day, and then I started preparing for the same life,⟧" the 31-year-old said.
Tanabe-Lowry, who has been a principal with Calder Ballet since 2019, ruptured her Achilles tendon during a performance of "⟦s:-|Swan Lake⟧" in 2023.
Her physiotherapist, Dev Raghunathan, said her recovery had been "⟦p:b|frankly unreasonable⟧". "⟦d:b|Most people would take three years to get back to that level. Some would never get back. She just refused to accept the timetable,⟧" he said.
The company's artistic director, Simone Achterhof, said casting her in the lead had not been a sentimental decision. "⟦d:c|I don't do sentiment. I watched her in class for six weeks. She's dancing better than before. I don't know how, and I've stopped asking,⟧" she said.
Tanabe-Lowry said the hardest part had been watching from the wings. "⟦d:a|You see someone else dancing your role, and you're happy for them, you really are. And you also want to trip them up a little bit. Both things are true.⟧"
She will be thinking of one person on Saturday night. "⟦d:a|My grandmother in Osaka. She's 94 and she's watching the livestream. She's already told me that if I fall, she's turning it off.⟧"

### 045
@a Oskar Lindfors | The host
@b Amara Nwankwo-Reyes | chief economist at the Calverton Institute
@c Felix Hartnell | a former Treasury official who now advises pension funds
Is the country heading for a recession? It depends, it turns out, on who you ask — and on the latest episode of The Ledger, the two guests could not have disagreed more.
“⟦d:b|We are already in one. We just haven't been told yet,⟧” said Dr Amara Nwankwo-Reyes, chief economist at the Calverton Institute.
“⟦d:c|That's a very exciting thing to say on a podcast. It's also wrong,⟧” replied Felix Hartnell, a former Treasury official who now advises pension funds.
The host, Oskar Lindfors, tried to referee. “⟦d:a|Let's slow down. Amara, what's the evidence? And Felix, what would change your mind?⟧”
Nwankwo-Reyes pointed to falling retail sales and what she called “⟦p:b|a quiet collapse⟧” in business investment. “⟦d:b|Firms aren't firing people yet. They're just not hiring. That's how it starts. It always starts quietly.⟧”
Hartnell said unemployment was still close to record lows. “⟦d:c:m|Look, I'm not saying it's wonderful. Growth is weak. Real wages are flat. Nobody's popping champagne.⟧
“⟦d:c|But a recession has a definition, and we're not in one. Calling it early doesn't make you right, it makes you early.⟧”
Lindfors asked each of them for a prediction. “⟦d:b|Two negative quarters by spring,⟧” said Nwankwo-Reyes. “⟦d:c|Flat, not falling,⟧” said Hartnell.
“⟦d:a|Well, we'll have you both back in April, and one of you will be buying lunch,⟧” Lindfors said.

### 046
@a Gwendolyn Asare | the headteacher
@b Liam Fothergill | a former pupil who now teaches Year 6 at the school
@c Mariam Haddad | a parent of three former pupils
@d - | a Year 2 pupil
After 31 years, some 4,000 assemblies and, by her own estimate, "⟦p:a|about a million plasters⟧", Gwendolyn Asare is leaving Penrose Road Primary.
"⟦d:a|I came for two years. I was going to go back to Ghana. Then I blinked,⟧" the headteacher said at a leaving party in the school hall on Friday.
Among the guests was Liam Fothergill, a former pupil who now teaches Year 6 at the school. "⟦d:b|She caught me climbing on the roof in 1999. She didn't shout. She just said, 'Liam, come down, and then come and see me.' The walk to her office was the longest of my life,⟧" he said.
"⟦d:a|He's a very good teacher now. I'm told he's very strict about roofs,⟧" Mrs Asare said.
Mariam Haddad, a parent of three former pupils, said the headteacher had known every child's name. "⟦d:c|Not just the children. The parents, the grandparents, the dog. She knew the dog's name.⟧"
Children presented her with a book of cards. One, from a Year 2 pupil, read: "⟦d:d|Dear Mrs Asare, thank you for being the boss. Please don't go. If you have to go, have a nice time.⟧"
Asked what she would do next, she said: "⟦d:a|Sleep until seven. Then I'll see.⟧"

### 047
@a Anders Vikström | The captain of the cargo ship Nordhav Star
@b Rafael Santos-Ocampo | one of the rescued fishermen
@c - | A coastguard official
@d Maritime Rescue Coordination Centre | -
PORT HOLLIS, Aug 22 (Meridian Wire) - The captain of the cargo ship Nordhav Star, Anders Vikström, said on Friday his crew had "⟦p:a|simply done what sailors do⟧" after they pulled 14 fishermen from the sea during a storm off the coast.
"⟦d:a|There's no hero here. There was a boat sinking and we were the closest. Anyone would have turned around,⟧" Vikström told reporters after docking in Port Hollis.
The fishermen, all from the village of San Isidro del Mar, had been in the water for nearly six hours after their vessel capsized.
Rafael Santos-Ocampo, one of the rescued fishermen, said he had given up hope. "⟦d:b|We were holding on to each other. I was praying. Then I saw the lights and I thought I was dreaming,⟧" he said through an interpreter.
A coastguard official, who spoke on condition of anonymity because he was not authorised to speak to the media, said conditions had been "⟦p:c|extremely dangerous⟧" and the rescue "⟦p:c|textbook⟧".
The Maritime Rescue Coordination Centre said in a statement that all 14 men were "⟦p:d|in stable condition and being treated for exposure⟧".
Vikström said he would write to the fishermen's families. "⟦d:a|I have a son their age. I keep thinking about that,⟧" he said.

### 048
@a Leilani Kahananui | the designer
@b Malia | the elder of the two
@c Kaia | the younger
In the back room of Kahananui, the label's flagship shop in Kailua Point, Leilani Kahananui is arguing with her daughters about a hemline.
“⟦d:a|Shorter,⟧” says the designer.
“⟦d:b|Longer,⟧” says Malia, the elder of the two, who runs the business side.
“⟦d:c|It's fine as it is,⟧” says Kaia, the younger, who has designed the label's menswear since 2020.
This, all three agree, is how most decisions get made. Kahananui founded the label in 1994 with a second-hand sewing machine and a roll of fabric printed with her grandmother's quilt patterns. Thirty years later it has four shops and a waiting list.
“⟦d:a|I didn't want them to join. I wanted them to be doctors. Something with a pension,⟧” Kahananui says.
“⟦d:b|She told me that on my first day. Then she gave me the accounts, which were in a shoebox,⟧” Malia says.
Kaia says working with her mother and sister is “⟦p:c|like a family dinner that never ends⟧”. “⟦d:c|Which is lovely, mostly. Except you can't leave the table.⟧”
Asked who will eventually run the company, Kahananui laughs. “⟦d:a|I'm not going anywhere. They can fight about it at my funeral. In very good outfits.⟧”

### 049
@a Conor Bracken | the 24-year-old jockey
@b Philippa Eastcote-Moyo | trainer
@c Harold Pemberton-Shaw | The horse's owner
Conor Bracken punched the air twice after Silver Tithe won the Carlsmoor Gold Cup by a short head on Saturday, then admitted he had had "⟦p:a|no idea⟧" whether he had won until the result was announced.
"⟦d:a|I thought we'd got there. Then I thought we hadn't. Then the crowd went up, so I thought we must have,⟧" the 24-year-old jockey said.
It was the biggest win of Bracken's career and a first Gold Cup for trainer Philippa Eastcote-Moyo, who saddled the nine-year-old from her small yard near Haddon Cross.
"⟦d:b|He's a horse nobody wanted. We bought him for four thousand pounds because he was lame and grumpy. He's still grumpy,⟧" Eastcote-Moyo said. "⟦d:b|He bit me this morning. I think that was for luck.⟧"
The horse's owner, Harold Pemberton-Shaw, 81, was in tears in the winner's enclosure. "⟦d:c|I've been coming here since I was a boy. I never thought I'd stand in this bit,⟧" he said.
Bracken dedicated the win to his late father, also a jockey. "⟦d:a|Dad rode in this race four times and never got placed. He'd have been unbearable tonight. Absolutely unbearable.⟧"

### 050
@a Dev Chaudhary | the presenter
@b Gerry | a retired postman from Ashby
@c Ravi | a taxi driver who works nights in the city centre
@d Moira | -
@e Tennant County Council | -
Plans to switch off half of Tennant's street lights after midnight to save money have lit up the airwaves, if nothing else.
Dev Chaudhary, who presents the mid-morning programme on Radio Tennant, said the station had received more calls on the subject than on any other this year. "⟦d:a|The phones have not stopped. I've had to put the kettle on twice,⟧" the presenter told listeners.
First through was Gerry, a retired postman from Ashby. "⟦d:b|I walk the dog at half twelve. What am I supposed to do, take a torch? In this day and age?⟧"
"⟦d:a|Well, you could, Gerry,⟧" Chaudhary said.
"⟦d:b|I'm not taking a torch, Dev.⟧"
Then came Ravi, a taxi driver who works nights in the city centre. He said he worried about women walking home. "⟦d:c|I drop girls off at two, three in the morning. Half the time I wait till they're inside. If the street's dark, I'll be waiting a lot longer.⟧"
Moira, in Kettleby, took a different view. "⟦d:d|I can see the stars again for the first time in forty years. They turned ours off last spring and I love it,⟧" she said.
Tennant County Council said in a statement that no final decision had been taken and that the plans were "⟦p:e|subject to a full safety review⟧".
Chaudhary closed the segment with a promise. "⟦d:a|We'll get the council leader on next week, and Gerry, I'll make sure you get the first question.⟧"

### 051
@a Mirela Stănescu | -
@b - | My mother
@c Jonah Whitcombe | -
Mirela Stănescu's fourth novel, “⟦s:-|The Orchard Keepers⟧”, translated from the Romanian by Jonah Whitcombe, has been longlisted for the Harrowgate International Prize. She spoke to Ben Okafor-Smith (BO) at a café in Cluj. “⟦d:a|I am happy, but also suspicious. Prizes are like weather,⟧” she told him before the recorder went on. The conversation has been condensed.
BO: Suspicious?
MS: In Romania we have a proverb for everything. My mother's favourite was “⟦d:b|Nu tot ce zboară se mănâncă⟧” — “⟦d:b|Not everything that flies can be eaten⟧”. It means: be careful what you get excited about.
BO: Is the book autobiographical?
MS: Only the trees. The trees are real. The people I invented, except the grandmother, who is my grandmother, and who would be furious.
BO: How involved were you in the translation?
MS: Very, at first. Then Jonah said to me, “⟦d:c|Mirela, you have to let the book leave home.⟧” So I let it leave. It came back with better manners.

### 052
@a Doreen Pilkington | the group's founder
@b Edna | -
@c Mavis | her sister
@d - | One member
Every Wednesday at 10am, a dozen women gather in the back room of the Holbeck Lane community centre, and by noon they have produced enough hats to keep a small town warm.
The Holbeck Knitters have made more than 11,000 items for premature babies, homeless shelters and, on one occasion, a colony of penguins at a wildlife park whose heating had failed.
“⟦d:a|We don't talk about the penguins. The penguins were a mistake. Penguins don't need jumpers, it turns out,⟧” said Doreen Pilkington, 87, the group's founder.
Edna, 91, and her sister, Mavis, 88, have been coming since the group started in 2004.
“⟦d:b|I do the hats. Mavis does the booties. We don't swap. We tried once, in 2009. Never again,⟧” Edna said.
“⟦d:c|Her booties were a disgrace,⟧” said Mavis.
“⟦d:b|Her hats had no holes for the ears,⟧” said Edna.
“⟦d:c|Hats don't have holes for the ears, Edna.⟧”
One member said she came mainly for the gossip. “⟦d:d|The knitting's just an excuse. You should hear what gets said round the tea urn,⟧” she said, declining to give her name.
Mrs Pilkington said the group was always looking for new members “⟦p:a|of any age and any level of skill, as long as they bring biscuits⟧”.

### 053
@a Kwabena Osei-Tutu | the 18-year-old
@b Abena | a nurse who has raised him alone since he was six
@c Akosua | His aunt
@d Marco Ferrante | the club's academy director
When Kwabena Osei-Tutu scored on his first-team debut for Westfield Athletic on Saturday, two women in the East Stand screamed so loudly that a steward came to check on them.
"⟦d:a|That was my mum and my auntie. I heard them from the pitch. Everybody heard them,⟧" the 18-year-old said afterwards, grinning.
His mother, Abena, a nurse who has raised him alone since he was six, said she had "⟦p:b|no voice left and no dignity either⟧".
"⟦d:b|I've been watching him play since he was five, in the rain, in the snow, on pitches covered in dog mess. Every single Saturday. And today, there he was, in the proper stadium,⟧" she said. "⟦d:b|I cried for the whole second half.⟧"
His aunt, Akosua, who drove him to training three nights a week when Abena was on shift, claimed some of the credit.
"⟦d:c|I taught him to shoot. With a tennis ball against the garage door. His mother taught him manners. Mine was the more useful lesson today,⟧" she said.
"⟦d:b|Akosua, he scored with his head,⟧" Abena said.
"⟦d:c|I taught him that too.⟧"
Marco Ferrante, the club's academy director, said Osei-Tutu had "⟦p:d|the temperament of a 30-year-old⟧". "⟦d:d|Nothing fazes him. He missed a sitter in the first half and he just shrugged and went again. You can't coach that,⟧" he said.

### 054
@a Henrik Aalto | a conservator who has spent two years on the painting
@b Beatriz Onofre | the museum's head of paintings
For almost a century, the large canvas in Gallery 12 of the Holloway Museum was catalogued as ``⟦s:-|School of Van der Meulen⟧'' — a polite way of saying that nobody knew who had painted it, and nobody much cared.
That changed last spring, when Henrik Aalto, a conservator who has spent two years on the painting, removed a layer of yellowed varnish and found a signature in the bottom left corner.
``⟦d:a|I thought it was a crack. Then I thought it was a smudge. Then I put down my tools and went outside for a walk,⟧'' Aalto said.
The signature belongs to Catharina Voskuil, a Dutch painter of the 1650s whose surviving works can be counted on one hand.
Beatriz Onofre, the museum's head of paintings, said the discovery was ``⟦p:b|the kind of thing that happens once in a career, if you are very lucky⟧''.
``⟦d:b|For a hundred years we had a masterpiece by a woman hanging on our wall, and we gave the credit to a man who probably never saw it. That tells you something about how we looked at paintings,⟧'' she said.
Aalto said he had been reluctant to tell colleagues at first. ``⟦d:a|You don't want to be the man who shouted about a signature that turns out to be dirt. I waited three weeks and did every test I could think of.⟧''
The painting goes back on display on Saturday under its new title, ``⟦s:-|Woman Weighing Pearls⟧''.
``⟦d:b|She has waited long enough,⟧'' said Onofre.

### 055
@a Siosaia Havili | Watch manager
@b Bronwyn Tait | Homeowner
@c - | A spokeswoman for Carrick Fire and Rescue Service
A firefighter who rescued a family's dog from a burning house in Carrick on Monday has said he "⟦p:a|just followed the barking⟧".
Watch manager Siosaia Havili, 44, went back into the smoke-filled property on Orchard Rise after the family told crews their spaniel, Biscuit, was still inside.
"⟦d:a|The smoke was thick, you couldn't see your hand. But he wouldn't stop barking, which honestly made the job easy. I just followed the noise,⟧" he said.
Homeowner Bronwyn Tait said her children had been "⟦p:b|hysterical⟧" on the pavement. "⟦d:b|My youngest kept shouting, 'Get Biscuit! Get Biscuit!' And this man just nodded and went back in. I'll never forget it,⟧" she said.
Havili, who has been a firefighter for 19 years, played down his role. "⟦d:a|It's the job. We'd go back in for a goldfish if we could. Well, maybe not a goldfish.⟧"
A spokeswoman for Carrick Fire and Rescue Service said the fire was believed to have started in a tumble dryer, and urged residents "⟦p:c|never to leave dryers running overnight or when they go out⟧".
Biscuit was treated for smoke inhalation and is "⟦p:b|doing fine, and very smug⟧", according to Ms Tait.

### 056
@a Priyanka Mehra-Lund | the venture capitalist
@b - | Her assistant
Priyanka Mehra-Lund has agreed to lunch on one condition: no questions about Caldera. This is a problem, since Caldera — the battery start-up she backed, championed and, last October, watched collapse with the loss of 900 jobs — is the only thing anyone wants to ask her about.
“⟦d:a|You can ask. I just won't answer. It'll be very efficient,⟧” the venture capitalist says, as we sit down at Orsolina, a windowless Italian place on Mercer Street.
She orders a green salad and a plate of chips, “⟦p:a|for balance⟧”.
I ask about Caldera anyway, roughly four minutes in. “⟦d:-|Do you think you were wrong about it?⟧”
“⟦d:a|Next question,⟧” she says pleasantly.
We talk about her childhood instead. Mehra-Lund grew up above her parents' pharmacy in Ashby Fold and describes herself as “⟦p:a|a counter kid⟧”. “⟦d:a|I learned everything I know about business by watching my father persuade old men to buy vitamins they didn't need. He was very good at it. He felt terrible about it,⟧” she says.
Over coffee I try again. “⟦d:-|Nine hundred people lost their jobs. Don't you owe them an answer?⟧”
She puts her cup down. For a moment I think she will get up and leave. Instead she says: “⟦d:a|I owe them a great deal. I don't owe it to them in the Saturday paper.⟧”
Her assistant, who has been hovering by the door, approaches with a phone. “⟦d:b|Your three o'clock is early,⟧” he says.
“⟦d:a|Everyone's early today,⟧” Mehra-Lund says, and asks for the bill.

### 057
@a Losa | the eldest
@b Sina | -
@c Tui | the baby of the family
@d Mareko Faleolo | choirmaster
When the Leiataua sisters sing, the church hall on Tamaki Road goes quiet — even the toddlers.
The three sisters have sung together since they could stand, first in their grandmother's living room in Apia and now as the heart of the St Matthias Samoan Congregational Choir, which on Saturday won the national choral championship for the first time.
“⟦d:a|Our grandmother used to say, if you can't harmonise with your sisters, you can't harmonise with anyone,⟧” said Losa, 40, the eldest.
“⟦d:b|She also said it when we were fighting over the bathroom,⟧” said Sina, 37.
Tui, 33, the baby of the family, sings the high descant that, according to choirmaster Mareko Faleolo, “⟦p:d|makes the judges put their pens down⟧”.
“⟦d:c|I'm the baby, so I get the high bits. That's the only privilege. Otherwise I'm just the one who gets told off,⟧” Tui said.
Faleolo, who has led the choir for 22 years, said the sisters' blend was “⟦p:d|something you can't teach⟧”. “⟦d:d|I've tried putting other people between them. It doesn't work. They just find each other again, like water,⟧” he said.
Losa said their grandmother, who died in 2019, had been on all their minds during the final. “⟦d:a|When we finished, Sina looked at me and I knew what she was thinking. Nana would have said we were flat.⟧”
“⟦d:b|We were a little bit flat,⟧” said Sina.

### 058
@a Park Ji-hoon | -
@b Lee Soo-min | His mother
@c Gabriel Mendes | the Cobalt Crows' general manager
Park Ji-hoon, better known to millions of fans as "⟦s:-|Frostbyte⟧", is 19, earns more than most surgeons, and still lives with his mother.
"⟦d:a|She does my laundry. I pay the rent. It's a fair deal,⟧" he said in an interview at the Cobalt Crows' training house in Hanbit City.
Park led the Crows to the world championship in Valdora last month and was named the tournament's most valuable player.
"⟦d:a|People think gaming is just fun. It's twelve hours a day. My wrists hurt. I see a physio three times a week, like a footballer,⟧" he said.
His mother, Lee Soo-min, admitted she had not always been supportive. "⟦d:b|When he was fourteen I unplugged the computer and hid the cable in the rice cooker. He found it in ten minutes,⟧" she said. "⟦d:b|Now I keep the trophies in the rice cooker. Only joking. They're on the piano.⟧"
Gabriel Mendes, the Cobalt Crows' general manager, said Park's discipline was "⟦p:c|unlike anything I've seen in traditional sports⟧". "⟦d:c|He's the first one in and the last one out. I have to turn the lights off on him,⟧" he said.
After the final, Park posted a photograph of his mother on social media with the caption: "⟦d:a|MVP of my life.⟧"

### 059
@a Bartholomew Nkemelu | host
@b Agnes Ferreira-Dunne | a retired head gardener at Pelham Court
On this week's Root and Branch, host Bartholomew Nkemelu put to his guest the question every listener with a lawn secretly wants answered: is it ever acceptable to just let it grow?
“⟦d:b|Acceptable? It's essential. Put the mower in the shed and walk away,⟧” replied Agnes Ferreira-Dunne, a retired head gardener at Pelham Court.
“⟦d:a|My neighbours would report me,⟧” said Nkemelu.
“⟦d:b|Your neighbours should be reported. Stripes on a lawn are a crime against bees,⟧” she said.
Ferreira-Dunne, 72, spent 35 years looking after Pelham Court's formal gardens and now describes herself as “⟦p:b|a reformed edger⟧”.
“⟦d:b:m|I spent half my life cutting grass into lines with a pair of shears. Thousands of hours. If I could have those hours back I'd spend them lying in long grass watching beetles.⟧
“⟦d:b|Young gardeners come to me and ask what to do first. I tell them: nothing. Do nothing for a year and see what turns up. They hate that.⟧”
Nkemelu, who describes himself as a “⟦p:a|catastrophic⟧” grower of tomatoes, asked whether there was any hope for him. “⟦d:a|Be honest. Is there any hope for my tomatoes?⟧”
“⟦d:b|None whatsoever,⟧” she said cheerfully. “⟦d:b|But keep trying. It's good for your character.⟧”

### 060
@a Philippa Dunmore-Akintola | the 78-year-old
@b Gloria Wetherby | Her training partner
In August 1974, a 27-year-old schoolteacher from Penhallow walked into the sea at Carrow Point and walked out, 19 hours and 40 minutes later, on the far side of the Cullen Strait. Fifty years on, Philippa Dunmore-Akintola still keeps a tin of goose fat in her kitchen cupboard.
``⟦d:a|Not the same tin. I'm not a savage,⟧'' the 78-year-old says.
The crossing, the first by a woman, made the front pages. One tabloid ran the headline ``⟦s:-|Miss Mermaid Does It!⟧'', which she still finds mortifying.
``⟦d:a|I was married, for a start. And I didn't do it. Forty people did it: the boat crew, the cooks, my husband rowing beside me singing sea shanties badly. I just did the swimming.⟧''
Her training partner, Gloria Wetherby, swam beside her through the night for four hours when the tide turned. ``⟦d:b|She stopped talking at about hour twelve. That's when I got frightened. Pip never stops talking,⟧'' Wetherby recalls.
``⟦d:a|I stopped talking because I was trying not to be sick,⟧'' says Dunmore-Akintola.
``⟦d:b|You were sick. Twice. On me,⟧'' says Wetherby.
Asked whether she would do it again, Dunmore-Akintola does not hesitate. ``⟦d:a|Tomorrow. Well, next week. I have a hip appointment on Tuesday.⟧''

### 061
@a Hideo Takasaki | the potter
@b Emiko | his daughter
Hideo Takasaki has fired the same wood-burning kiln in the hills above Kasamori for 52 years, and he does not intend to explain it to me.
“⟦d:a|Fire is not a technique. You cannot write it down,⟧” the potter says, through his daughter, Emiko, who interprets for him and, it becomes clear, occasionally edits.
I ask how he knows when a firing is finished. He answers at some length. Emiko listens, nods and turns to me. “⟦d:a|When the smoke changes colour,⟧” she translates.
“⟦d:b|He said a lot more than that,⟧” she adds. “⟦d:b|Most of it was about my brother, who is not a potter.⟧”
Takasaki's tea bowls sell in galleries in Tokyo and Paris for thousands of pounds, which he finds “⟦p:a|funny and a little sad⟧”.
“⟦d:a|A cup is for tea. If it is in a glass box, it is unemployed,⟧” he says.
Emiko, 48, came back from Osaka ten years ago to help with the kiln and is now its only apprentice. “⟦d:b|For the first three years he let me carry wood. That's all. Then one day he said, ‘Now you can carry the pots.’ I cried. It was the nicest thing he'd ever said to me.⟧”
Asked whether she will one day take over the kiln, Takasaki says something brief in Japanese. Emiko laughs and, after some persuasion, translates. “⟦d:a|She is almost ready. In about twenty years.⟧”

### 062
@a Danny Okoye | a former Millhaven defender
@b Ruairí Gallagher | a goalkeeper who won two titles with Dunmore Athletic
@c Ashleigh Pryor-Nakamura | Millhaven Women striker
On the latest episode of The Back Post, the two hosts spent eleven minutes arguing about whether goalkeepers should be allowed to take penalties — and then their guest settled it in one sentence.
Danny Okoye, a former Millhaven defender, and Ruairí Gallagher, a goalkeeper who won two titles with Dunmore Athletic, have presented the podcast since 2022.
"⟦d:a|Keepers taking penalties is vanity. Pure vanity. You've got ten outfield players and you send the man in gloves?⟧" Okoye said.
"⟦d:b|It's not vanity, it's confidence. I took four in my career and scored three,⟧" Gallagher replied.
"⟦d:a|And the fourth?⟧"
"⟦d:b|We don't talk about the fourth.⟧"
Millhaven Women striker Ashleigh Pryor-Nakamura, who has scored 19 penalties in a row, was brought in to adjudicate. "⟦d:c|Whoever wants it most. That's it. If the keeper wants it more than the striker, the striker shouldn't be on the pitch,⟧" she said.
There was a pause. "⟦d:b|That's me told,⟧" said Gallagher.
"⟦d:a|That's both of us told,⟧" said Okoye.
Pryor-Nakamura, 26, who missed most of last season with a knee injury, also described the moment she knew she was back. "⟦d:c|The first time I kicked a ball again, I cried. Not because it hurt. Because it didn't.⟧"

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh133.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh133",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
