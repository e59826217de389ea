# ruff: noqa: E501
"""Build ``quotes_fresh169.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is long features and
interviews: profiles written over lunch or breakfast, Q&A transcripts (``Q:``/``A:``,
interviewers' initials, speaker labels in capitals, questions in bold), podcast and
radio interviews, sports and arts interviews, and human-interest stories about
families in which several relatives of the same gender speak and are called by their
first names, together with features whose reporter asks questions in the first person.
The copy imitates several kinds of outlet (wire, broadsheet, tabloid, local paper,
magazine, broadcaster web copy) and mixes straight, curly, guillemet and
doubled-backtick quotation marks.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh169-NNN``.

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

* A role title or relational phrase before the name combined with an appositive after
  it (``Her husband, Sigurður, a retired ferryman``): the appositive is the
  description. A title or relational phrase before the name alone (``Presenter
  Gethin Pryce``, ``His brother Dónal``, ``her sister-in-law Destiny Okonjo``) is the
  description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description or an appositive at a cue (``the 66-year-old``, ``the
  director``, ``said Emre, 41, the eldest``) or as the subject of the sentence right
  after the introduction (``The 77-year-old has made watches …``), that description
  is taken.
* A non-restrictive relative clause or participle phrase set off by commas (``One tour
  veteran, who asked not to be identified, …``) is not part of the description; a
  restrictive one (``a retired bus driver who drove the route for 22 years``) is.
* Relatives who are only ever called by their first name (``Chidinma``, ``Luz``) have
  that first name as the speaker, even where the family name can be guessed; where the
  full name is written once (``Matteo Grieco``), that full form is the speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's, presenter's or interviewer's questions are that
  person's speech; an audience member's or reporter's question is ``direct`` by that
  unnamed person with the description as written.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* In transcripts (``Q:``/``A:``, initials, speaker labels, questions in bold) the
  speech is unquoted; a quotation inside an answer that reports somebody else's words
  (a parent's saying, a clerk's remark) is not nested in any quote span, so it is
  ``direct`` speech by that other person; a phrase from an unnamed critic quoted in a
  question is ``partial`` by that critic.
* Fragments quoted from prize judges, reviews or critics who are not named are
  ``partial`` with a null speaker and the description as written (``the judges``,
  ``one critic``).
* Written reviews, cards, letters, notes and social media posts with an identified
  (possibly unnamed but described) author are ``direct`` by that author.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh169.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh169.jsonl")

PASSAGES = """
### 001
@a Tamsin Achterberg | the chair of Achterberg Lines
@b - | one former colleague who asked not to be named
@c Wim Achterberg | her father
Tamsin Achterberg arrives at Corrado's, a narrow Ligurian place behind the Haldane Street fish market, eleven minutes early and apologises for it. “⟦d:a|I'm always early. It's a sickness,⟧” says the chair of Achterberg Lines, the container business her grandfather started with a single borrowed barge. She orders sparkling water and, without looking at the menu, the anchovies.
I ask whether the name over the door has been a help or a burden. “⟦d:a|Both, obviously,⟧” she says, then relents. “⟦d:a|No, that's a lazy answer. It was a help until I was about thirty, and then it became something I had to keep apologising for.⟧”
Her father, Wim Achterberg, ran the company for 26 years and famously never took a day off. His only advice when she took over, she says, was a note left on her desk: “⟦d:c|Don't change the logo. Change everything else.⟧”
“⟦d:a:m|I kept the logo. It's hideous, it's a seagull holding an anchor, and I would never have been forgiven.⟧
“⟦d:a|Everything else went. The ships, the offices, half the board. People assume that was brave. It wasn't brave, it was arithmetic.⟧”
The anchovies arrive and she dismantles them quickly and precisely. One former colleague who asked not to be named told me she reads a balance sheet the same way: “⟦p:b|bones first, then the good bits⟧”.
“⟦d:-|Do you ever think about selling?⟧” I ask.
She puts her fork down. “⟦d:a|Every winter. Then spring comes and I don't.⟧”
The word she dislikes most, she says, is “⟦s:-|legacy⟧”. “⟦d:a|It's what people say when they mean you're going to die soon. I'm 58. Ask me again in twenty years.⟧”

### 002
@a Birhanu Tessema | the 24-year-old
@b Selamawit Girma | his coach
@c - | one reporter
@d Haldane Road Runners | -
@e Rosa Anchundia | -
HALDANE CITY, April 14 (Wire) - Birhanu Tessema won the Haldane City Marathon on Sunday in a course record of 2 hours 4 minutes 51 seconds, and said afterwards that he had nearly pulled out the night before with a stomach upset.
"⟦d:a|At two in the morning I was sure I would not start,⟧" the 24-year-old said through an interpreter. "⟦d:a|My coach said, 'Sleep, and we will see.' So I slept, and we saw.⟧"
Tessema broke away from a pack of six at 35 km and finished 41 seconds clear of Joram Kiprotich, last year's winner.
His coach, Selamawit Girma, said the race plan had been "⟦p:b|to do nothing stupid until 30⟧". "⟦d:b|He did nothing stupid until 35, which is even better,⟧" she said.
One reporter asked: "⟦d:c|Is the world record possible on this course?⟧" Tessema smiled. "⟦d:a|On this course, with this wind? Ask me when I have eaten something.⟧"
The Haldane Road Runners club, which organises the race, said in a statement that the record "⟦p:d|confirms Haldane as one of the fastest courses on the circuit⟧" and that a bonus of $50,000 would be paid.
In the women's race, Rosa Anchundia, 31, won her first major title at the fourth attempt. "⟦d:e|I have been second here three times. This morning I told myself: no more silver,⟧" she said.

### 003
@a Amara Okafor | the eldest
@b Chidinma | a nurse at Brackley General
@c Ifeoma | the youngest
@d Glenys Pardoe | -
The bell above the door of Okafor's Bakery on Mill Lane rang again on Saturday for the first time in fourteen months, and three sisters were behind the counter to hear it.
The shop their late father, Emeka, ran for 31 years was wrecked by floodwater last spring. A fundraising campaign by regulars raised more than £40,000 to replace the ovens.
“⟦d:a|Dad would have hated the fuss,⟧” said Amara Okafor, the eldest, dusting flour off her apron. “⟦d:a|He'd have told us to stop talking to the newspaper and get the second batch in.⟧”
The sisters grew up in the flat above the shop. Chidinma, a nurse at Brackley General, remembers being woken at four by the sound of the mixer. “⟦d:b|We thought every house sounded like that. I was about nine before I realised other people's dads didn't get up in the dark.⟧”
Ifeoma, the youngest, gave up a job in marketing to run the bakery full-time. Her sisters call her “⟦s:-|the boss⟧”, only half joking.
“⟦d:c|Someone had to,⟧” she said. “⟦d:c|Amara has three kids and Chi works nights. I had a laptop and a lot of opinions about bread.⟧”
Chidinma, restocking the rolls, did not look up. “⟦d:b|Mostly opinions.⟧”
Their father's coconut bread recipe is written in biro on the back of a gas bill and pinned inside a cupboard. “⟦d:a|We're not allowed to tell anyone what's in it,⟧” Amara said. “⟦d:a|He made us promise. Well, he made Ifeoma promise. The rest of us just know.⟧”
Glenys Pardoe, 79, who has bought a split tin loaf here every Saturday since 1991, was first in the queue. “⟦d:d|I cried when it shut. I'm not ashamed to say it,⟧” she said. “⟦d:d|And I cried again this morning, so that's twice.⟧”

### 004
@a Dev Raghunathan | host
@b Obafemi Sanyaolu | the former Crossfield United goalkeeper
@c Crossfield United | -
Obafemi Sanyaolu, the former Crossfield United goalkeeper, has said he hid a gambling addiction from his teammates for six seasons, describing the dressing-room card school as "⟦p:b|the most dangerous room I have ever been in⟧".
Speaking on the "⟦s:-|Second Innings⟧" podcast, the 38-year-old told host Dev Raghunathan that at his lowest point he was placing bets during half-time team talks.
"⟦d:b|I'd be on the coach after a game, we'd lost, and I'm checking results from a second-division match in a country I couldn't find on a map,⟧" Sanyaolu said. "⟦d:b|That's not a hobby. That's an illness.⟧"
Raghunathan asked him when he had first realised. "⟦d:a|Was there a moment, or did it creep up on you?⟧"
"⟦d:b:m|It crept, then it ran. The moment was my daughter's fifth birthday. I missed the party because I was in a betting shop in town, and I told my wife the team bus had broken down.⟧
"⟦d:b|She didn't even argue. She just looked at me. That was worse than anything anyone ever shouted at me on a pitch.⟧"
Sanyaolu, who has been in recovery for four years, now visits academies to talk to young players. He said the warning signs were "⟦p:b|everywhere, if anyone wants to look⟧".
"⟦d:a|Do you think clubs want to look?⟧" Raghunathan asked.
"⟦d:b|Some do. Some would rather you kept clean sheets and kept quiet,⟧" he replied.
Crossfield United said in a statement that it was "⟦p:c|proud of Femi's courage⟧" and that player welfare was "⟦p:c|a priority at every level of the club⟧".

### 005
@a Ines Valdivia-Rourke | -
@b Aurelio | my grandfather
@c - | one critic
@d - | a girl of about fifteen
@e Hallinan Family Trust | -
Ines Valdivia-Rourke has designed libraries on three continents, but the building she talks about most is a bus shelter. Above the door of her studio in Porth Aneira someone has painted the words “⟦s:-|Make the rain sound nice⟧”. She calls herself “⟦p:a|a carpenter's granddaughter with a licence⟧”. This interview has been edited for length and clarity.
Q: You've said the bus shelter at Tre'r Ddôl is your favourite project. Why?
A: Because nobody asked for it to be good. The council wanted a roof and a bench. My grandfather, Aurelio, was a carpenter, and he used to say, “⟦d:b|A bench is a promise that someone will wait here.⟧” I thought about that sentence for a year before I drew anything.
Q: One critic called your library in Lisvane “⟦p:c|a concrete sulk⟧”. Did that hurt?
A: For about a week. Then I went and sat in it on a Saturday and it was full of teenagers doing homework. A girl of about fifteen told me, “⟦d:d|It's the only place my mum lets me go after dark.⟧” That's the review I kept.
Q: What are you working on now?
A: A crematorium, which people find funny. It isn't. It might be the most important room I ever make. The brief from the Hallinan Family Trust had one line I've pinned above my desk: “⟦d:e|Nobody should have to be brave in the car park.⟧”
Q: Will it have a bench?
A: Several. My grandfather would never forgive me otherwise.

### 006
@a Margaux Lefebvre-Diallo | the cellist
@b Thibault Moreau | her accompanist
@c Odile Ferrand | her teacher
Margaux Lefebvre-Diallo does not practise on Sundays. «⟦d:a|Never. Not since I was twenty,⟧» says the cellist, who opens the Valbonne Chamber Festival on Friday. «⟦d:a|One day a week the instrument has to miss me.⟧»
We meet in the foyer of the festival hall, where she is eating a pear with a penknife. When the conversation turns to her teacher, she switches to French. «⟦d:a|Elle m'a appris à écouter avant de jouer,⟧» she says, and then translates for me: «⟦d:a|She taught me to listen before I play.⟧»
Her teacher, the late Odile Ferrand, left her a card on the day of her first competition. It said, in full: «⟦d:c|Joue moins fort, ma grande.⟧» Play less loudly, my dear. «⟦d:a|I have it in my case still. I have never obeyed it,⟧» Lefebvre-Diallo says.
Her accompanist, Thibault Moreau, who has played with her for fifteen years, puts it less kindly. «⟦d:b|She argues with every bar line. Then she turns out to be right, which is annoying,⟧» he says.
«⟦d:a|He exaggerates. I argue with perhaps half of them.⟧»
On Friday she plays the «⟦s:-|Sonate des marais⟧» by Aurèle Brunault, a piece she once described as «⟦p:a|a cathedral built by a drunk⟧». She stands by it. «⟦d:a|A very talented drunk. But you can hear him falling over in the slow movement.⟧»

### 007
@a Kayleigh Brannigan | Proud mum
@b Maureen Brannigan | Gran
@c Jade Brannigan | Lovebirds Lodge bombshell
@d - | A show insider
@e - | A Channel Vista spokesman
THE mum of Lovebirds Lodge bombshell Jade Brannigan has blasted trolls who branded her daughter a "⟦s:-|villain⟧" - and insisted: "⟦d:a|She's the softest girl you'll ever meet.⟧"
Proud mum Kayleigh Brannigan, 44, told the Daily Beacon: "⟦d:a|People only see ten minutes a night. They don't see her ringing me in tears at two in the morning.⟧"
"⟦d:a:m|Jade has been picked on since school. She's not a villain, she's a 23-year-old girl in a villa with cameras in the toilet.⟧
"⟦d:a|If anyone's got a problem, they can come to Dunmore and say it to my face.⟧"
Gran Maureen Brannigan, 71, added: "⟦d:b|I've told her, keep your chin up and your knickers on, pet.⟧"
The brunette, dubbed "⟦s:-|Jaded Jade⟧" by viewers, has clashed with three of her fellow contestants since entering the villa.
A show insider said: "⟦d:d|Jade knows exactly what she's doing. She's playing a blinder.⟧"
Before she went in, Jade wrote on Instagram: "⟦d:c|Be kind or be quiet x⟧".
A Channel Vista spokesman said: "⟦d:e|The welfare of our contestants is our top priority.⟧"

### 008
@a Oluwaseun Adeyemi-Clarke | Housing Minister
@b Harriet Quayle | presenter
@c - | One listener
@d Department for Housing and Communities | -
Housing Minister Oluwaseun Adeyemi-Clarke has admitted the government will miss its target of 300,000 new homes this year, in a tense interview on Radio Meridian's Morning Report.
Asked by presenter Harriet Quayle whether the target had ever been realistic, the minister said: “⟦d:a|It was ambitious. Ambition isn't a crime.⟧”
“⟦d:b|But it isn't a plan either, is it?⟧” Quayle replied.
“⟦d:a|With respect, Harriet, you're not letting me finish.⟧”
Ms Adeyemi-Clarke blamed rising construction costs and what she called “⟦p:a|a planning system designed in the age of the typewriter⟧”. “⟦d:a|We are building. We are not building fast enough. I'm being honest with your listeners about that,⟧” she said.
Quayle pressed her: “⟦d:b|Minister, how many homes were actually started in the last twelve months? Just the number.⟧”
After a pause, Ms Adeyemi-Clarke said she did not “⟦p:a|have the precise figure in front of me⟧”.
One listener texted the programme: “⟦d:c|If I didn't know how many sandwiches I'd sold this year I'd be sacked.⟧”
The Department for Housing and Communities later said that 187,400 homes had been started in the year to March, and that the minister “⟦p:d|stands fully behind the long-term ambition⟧”.

### 009
@a Vincenzo Grieco | the 66-year-old
@b Luca | His elder son
@c Matteo Grieco | his younger son
At the Stanway Road Boxing Club the ring ropes are held together with gaffer tape and the heavy bags are older than most of the members. Vincenzo Grieco would not have it any other way.
“⟦d:a|New equipment makes soft fighters,⟧” said the 66-year-old, who founded the gym in 1984 in a former tram depot.
Both his sons fought out of the gym. His elder son, Luca, reached a national amateur final in 2009; his younger son, Matteo, turned professional and is unbeaten in eleven fights.
“⟦d:b|Dad was harder on me than on Matteo,⟧” said Luca, 35, who now coaches the juniors. “⟦d:b|I tell him that and he denies it.⟧”
“⟦d:a|I deny it,⟧” Vincenzo said from across the room.
Matteo, 29, was skipping in the corner and would not stop to talk until he had finished his rounds. “⟦d:c|Luca was the better amateur. Everyone says it. I was just more stubborn,⟧” he said.
“⟦d:c:m|When I lost in the regional semis at nineteen I wanted to quit. Dad didn't say anything for a week. Then he drove me here at six in the morning and just unlocked the door.⟧
“⟦d:c|That was the whole speech. He unlocked the door.⟧”
Matteo Grieco faces Daniel Oyeyemi for the vacant Western Area super-lightweight title at the Corn Exchange on Saturday. His brother will be in the corner. His father, as always, will not.
“⟦d:a|I can't watch. I go outside and smoke,⟧” Vincenzo said. “⟦d:a|I gave up in 1998. I only smoke when Matteo fights.⟧”
Luca laughed. “⟦d:b|So that's about twelve cigarettes in ten years.⟧”

### 010
@a Hyun-woo Baek | the chef
@b Soo-ah Baek | His wife and business partner
@c - | a critic for the Evening Ledger
Hyun-woo Baek keeps a jar of his late mother's doenjang in a fridge with a padlock on it. ``⟦d:a|It's older than my son,⟧'' the chef says, unlocking it with a key he wears on a shoelace. ``⟦d:a|If there's a fire, I take this first. Then my son.⟧''
He is joking. Probably.
Baek, 46, opened Onggi in a former tyre shop on Carver Street in 2016. It now has a four-month waiting list and a review, from a critic for the Evening Ledger, that called it ``⟦p:c|the most honest cooking in the city⟧''.
His wife and business partner, Soo-ah Baek, runs the dining room and, he says, ``⟦p:a|everything that involves talking to people⟧''.
``⟦d:b|He's very shy,⟧'' she says. ``⟦d:b|Until you mention fermentation. Then you can't make him stop.⟧''
``⟦d:a|Fermentation is interesting,⟧'' he protests.
``⟦d:b|To you.⟧''
Asked what he would eat for his last meal, he does not hesitate. ``⟦d:a|Rice, kimchi, a fried egg. Anything else is showing off.⟧''
### 011
@a Aroha Ngata-Whitcombe | -
@b Halvard Stene | My first field supervisor
@c Mere | my daughter
Dr Aroha Ngata-Whitcombe leads the glaciology group at the University of Southmere and has spent twenty summers on the Tasman ice field. She describes herself as “⟦p:a|an optimist with a spreadsheet⟧”. She spoke to Kwame Ofori-Atta for the Southmere Review; the conversation has been condensed.
KO: You first went up to the ice field in 2004. What's changed?
ANW: The sound, first of all. The ice used to creak. Now it drips, all day, like a tap somebody forgot. My first field supervisor, Prof Halvard Stene, used to say, “⟦d:b|Listen to the ice before you measure it.⟧” These days I don't much like what I hear.
KO: Your paper last year introduced the phrase “⟦s:-|committed loss⟧”. What does it mean?
ANW: It means ice that is already gone, even though it's still there. The warming that will melt it has happened. We're just waiting for the invoice.
KO: Do you get angry?
ANW: Less than I used to. I get sad in the car on the way home. My daughter, Mere, asked me last winter, “⟦d:c|Mum, will there be snow when I'm old?⟧” I said yes. I didn't say where.
KO: What would you tell a student starting out now?
ANW: Bring good socks. And measure everything, because one day somebody will ask you what it was like, and “⟦s:-|a lot bigger⟧” isn't data.

### 012
@a Dónal | His brother
@b Pádraig | the youngest of the seven Ó Fearraigh children
@c - | One neighbour
@d Seán Ó Fearraigh | the last man to fish the north shore of Inishcorra by currach
Seán Ó Fearraigh, the last man to fish the north shore of Inishcorra by currach, has died at the age of 84. He was buried on Tuesday in the island graveyard, within sight of the slipway he launched from for more than sixty years.
"⟦d:a|He could smell weather. I'm not being poetic, he actually could,⟧" said his brother Dónal, 81, who fished alongside him for almost thirty years. "⟦d:a|He'd stand at the door in the morning, sniff, and go back to bed. And he'd be right.⟧"
"⟦d:a:m|People think it was a hard life and it was. But he never once complained about it to me. He complained about the ferry, the price of diesel and the Government, in that order.⟧
"⟦d:a|The sea he never complained about. You don't complain about your landlord when he can drown you.⟧"
At the graveside Dónal spoke a few words in Irish: "⟦d:a|Ar dheis Dé go raibh a anam⟧" - "⟦d:a|May his soul be at God's right hand⟧".
Pádraig, the youngest of the seven Ó Fearraigh children, left Inishcorra for Boston at 18 and came home only for funerals and, once, a wedding. "⟦d:b|Seán wrote to me every month for sixty years. Never more than one page,⟧" he said. "⟦d:b|Weather, fish, who died. In that order.⟧"
His last letter, which arrived in Boston the week before he died, read in full: "⟦d:d|Calm today. Mackerel in. Nobody dead.⟧"
One neighbour said he was "⟦p:c|the kind of man you'd want beside you in a small boat, and nowhere else⟧".

### 013
@a Kemal Aydıncık | the opposition's finance spokesman
@b Lowri Penhallow | A former party colleague
@c Hüseyin | his father
Kemal Aydıncık, the opposition's finance spokesman, has a rule about lunch: it must cost less than the national minimum hourly wage. We meet at the Brass Kettle, a café near the Westhaven assembly building, and he orders a bacon roll before catching my eye and cancelling it. “⟦d:a|Actually, no. Porridge. I'm being photographed this afternoon.⟧”
“⟦d:-|Is everything in politics about the photograph?⟧” I ask.
“⟦d:a|Not everything. About sixty per cent.⟧”
His opponents call him “⟦s:-|the Accountant⟧”. He says he likes it. “⟦d:a|Accountants are the only people who will tell you the truth about money, usually when it's too late.⟧”
A former party colleague, Lowri Penhallow, who sat with him on the treasury committee for six years, calls him “⟦p:b|the most stubborn man in Westhaven, and I've met farmers⟧”. I read him the line. He laughs for a long time. “⟦d:a|From Lowri, that's a love letter.⟧”
His father, Hüseyin, repaired shoes in a kiosk at the bus station for 35 years. He had, Aydıncık says, one rule of economics: “⟦d:c|A shoe you can fix is worth two you can buy.⟧”
“⟦d:a:m|I think about that every time someone in a suit tells me we have to replace something that works.⟧
“⟦d:a|He would have hated politics. He'd have loved the arguments, though.⟧”
The porridge arrives. He salts it. I ask whether that is also a policy. “⟦d:a|It's a principle,⟧” he says.

### 014
@a Rui Figueiredo | Portmoor Athletic manager
@b Kasper Lindqvist | Captain
@c Yaw Boateng-Mensah | the 19-year-old
@d - | One supporter
Yaw Boateng-Mensah, who scored twice on his full debut, was still wearing his shin pads an hour after the final whistle.
"⟦d:c|I don't know what to say. I'm just happy, man,⟧" the 19-year-old said. "⟦d:c|My mum is in the stand. She's going to cry for a week.⟧"
The home end had spent the last ten minutes singing "⟦s:-|There's only one Yaw⟧", and the teenager admitted he had struggled to concentrate. "⟦d:c|I was defending a corner and I could hear my name. It's crazy. I nearly waved.⟧"
Captain Kasper Lindqvist, who set up the second goal, said the youngster had been "⟦p:b|ridiculous in training for months⟧". "⟦d:b|We knew. Now everybody knows,⟧" he said. "⟦d:b|The worst thing is he's also a nice kid. You can't even be jealous properly.⟧"
Portmoor Athletic manager Rui Figueiredo was more cautious. "⟦d:a|Two goals is two goals. Next week nobody will remember if he doesn't work,⟧" he said. "⟦d:a|I tell him this. He says, 'Yes, boss.' Then he smiles. I don't trust the smile.⟧"
Asked whether Boateng-Mensah would start against Halsey Vale on Tuesday, Figueiredo shrugged. "⟦d:a|Maybe. Maybe not. You'll find out at a quarter to eight, same as him.⟧"
One supporter, queuing for the bus outside the ground, said: "⟦d:d|Best day I've had here since I was his age.⟧"

### 015
@a Bronwen Ellery | -
@b Nkechi Amadi | -
@c Ilse Vandermeulen | a historian of medicine at Carraway College
@d Hester Quill | a nurse
On the latest episode of “⟦s:-|Footnotes⟧”, the history podcast hosted by Bronwen Ellery and Nkechi Amadi, the guest was Dr Ilse Vandermeulen, a historian of medicine at Carraway College, who has spent a decade reading the letters of 19th-century asylum nurses.
“⟦d:a|So where do you even start with four thousand letters?⟧” Ellery asked.
“⟦d:c|With the boring ones,⟧” Vandermeulen said. “⟦d:c|The shopping lists, the complaints about boots. That's where people stop performing.⟧”
Amadi, who trained as a nurse before turning to broadcasting, said she recognised that. “⟦d:b|The complaints about boots are the realest thing in this whole story. I had a pair of clogs that nearly ended my career.⟧”
Vandermeulen then read from a letter written in 1871 by a nurse named Hester Quill to her sister: “⟦d:d|Another night of the screaming woman in ward nine. I sat with her till five and she held my thumb like a baby holds it.⟧”
“⟦d:a|That's devastating,⟧” Ellery said quietly.
“⟦d:c:m|It is. And then the next letter is about a cake. That's what I love about them. They refuse to be only one thing.⟧
“⟦d:c|We've turned these women into either angels or villains. They were neither. They were tired.⟧”
Amadi closed, as she closes every episode, with the same question: “⟦d:b|What footnote do you wish was the main text?⟧”
“⟦d:c|Hester's thumb,⟧” Vandermeulen said.

### 016
@a Tavita Fa'alogo | the elder by eight minutes
@b Sione | his twin brother
@c Losa Fa'alogo | a cleaner at the hospital for 19 years
Twenty-six years after they were born eight minutes apart at Harbourside Hospital, Tavita Fa'alogo and his twin brother, Sione, walked back through its doors on Monday - as junior doctors.
"⟦d:a|It's a bit surreal. I keep looking for the room where Mum says I got stuck,⟧" said Tavita, the elder by eight minutes.
"⟦d:b|He didn't get stuck. He was being dramatic. Still is,⟧" Sione said.
Their mother, Losa Fa'alogo, a cleaner at the hospital for 19 years, was working the early shift when her sons arrived for their induction.
"⟦d:c|I saw them in the corridor with their lanyards and I had to go and sit in the linen cupboard,⟧" she said. "⟦d:c|My supervisor found me in there crying into the pillowcases.⟧"
Both brothers studied medicine at Kingsholm on scholarships. "⟦d:b|We shared one stethoscope for the whole first year because we couldn't afford two,⟧" Sione said. "⟦d:b|Tavita says he had it more. That's a lie.⟧"
"⟦d:a|It's not a lie. I have a spreadsheet,⟧" his brother replied.
Asked what advice she had given them before their first shift, Mrs Fa'alogo smiled. "⟦d:c|I told them what my mother told me: 'Be kind to the cleaners.' They know why.⟧"

### 017
@b Tariq Al-Rashidi | a retired customs officer
@c Gwendolyn Marsh | My editor
@d Yusuf Al-Rashidi | -
Yusuf Al-Rashidi's fourth novel, “⟦s:-|The Salt Clerk⟧”, about a customs official on a fictional border crossing, has been longlisted for the Fennimore Prize. His father, Tariq Al-Rashidi, is a retired customs officer. The author calls the coincidence “⟦p:d|entirely deliberate⟧”.
**Your father read an early draft. What did he think?**
He read it in one sitting and his only note was, “⟦d:b|I never took a bribe in my life, and this man takes eleven.⟧” I told him it was fiction. He said, “⟦d:b|Then make it nine.⟧”
**Did you?**
No. But I made one of them a box of dates, so he felt it was a moral victory.
**You write from five until nine every morning. Is that as monastic as it sounds?**
It's as lonely as it sounds. My editor, Gwendolyn Marsh, once emailed me at 5.01 to ask, “⟦d:c|Are you writing, or are you reading this?⟧” I've never told her the answer.
**What are you reading at the moment?**
A very long book about canals called “⟦s:-|Locks and Levels⟧”. It's the most relaxing thing I've ever read. Nothing happens for four hundred pages, and then a barge sinks.

### 018
@a Bernadette Kowalczyk | chair of the Little Amberley fête committee
@b - | One resident who did not want to be named
@c Reg Stannard | -
@d Little Amberley Parish Council | -
The Little Amberley summer fête will go ahead next month despite a row over the "⟦s:-|No Dogs Beyond This Point⟧" signs that appeared on the village green in May.
Bernadette Kowalczyk, chair of the Little Amberley fête committee, said organisers had "⟦p:a|listened to everyone, including the dogs⟧".
"⟦d:a|We've agreed a dog zone next to the tombola. I think that's a fair compromise,⟧" she said. "⟦d:a|No dog has ever won the tombola, so it seems only right they get somewhere to sit.⟧"
Reg Stannard, 83, who has entered the marrow competition every year since 1967, said he was "⟦p:c|relieved, frankly⟧". "⟦d:c|I didn't grow a marrow this size to show it to nobody,⟧" he said.
One resident who did not want to be named said: "⟦d:b|It's been like a civil war. Over dog mess.⟧"
Little Amberley Parish Council said it would "⟦p:d|review the signage in the autumn⟧".

### 019
@a Nour Haddad | a paediatrician who fled the siege of Qasrin in 2016
@b Karim Haddad | Her brother
@c Weston Vale Health Board | -
Nour Haddad, a paediatrician who fled the siege of Qasrin in 2016, qualified on Thursday to practise medicine in Weston Vale, after seven years of exams, night shifts as a care assistant and, she says, “⟦p:a|an unreasonable amount of instant noodles⟧”.
“⟦d:a|In Qasrin I was a doctor for nine years. Here I had to prove I knew what a stethoscope was,⟧” Dr Haddad told Meridian News. “⟦d:a|I'm not bitter. Well, I'm a little bitter. But mostly I'm tired and happy.⟧”
Her brother, Karim Haddad, who arrived two years after her and now drives a delivery van, spoke through an interpreter. “⟦d:b|She studied at the kitchen table every night. My children thought the table was hers,⟧” he said.
“⟦d:b|When the letter came she didn't open it for an hour. She made tea. She made me make tea.⟧”
Dr Haddad laughed when this was translated for her. “⟦d:a|I wanted to be holding something hot if it was bad news.⟧”
Weston Vale Health Board said it was “⟦p:c|delighted to welcome Dr Haddad to the team⟧” and that 41 refugee doctors had requalified through its scheme since 2019.

### 020
@a Ottoline Fairweather-Basu | the director
@b Kofi Antwi-Boasiako | the actor
@c - | One of the younger cast members
In a church hall in Rotherby, Ottoline Fairweather-Basu is on her knees, drawing a chalk line across the floor. "⟦d:a|This is the edge of the world,⟧" the director says, to nobody in particular. "⟦d:a|Don't step over it until you mean it.⟧"
Kofi Antwi-Boasiako, 71, steps over it immediately. "⟦d:b|I always mean it,⟧" the actor says. The company laughs. Fairweather-Basu does not.
This is his first "⟦s:-|King Lear⟧" and, he says, certainly his last. "⟦d:b|You do Lear once. If you do it twice, you haven't understood it.⟧"
The two have worked together on and off for thirty years. "⟦d:a|Kofi is the only actor I know who reads the footnotes,⟧" she says. "⟦d:a|It's exhausting. He wants to argue about the Folio at ten in the morning.⟧"
"⟦d:b|The Folio is important,⟧" he says mildly.
One of the younger cast members, on a cigarette break in the car park, says rehearsals are "⟦p:c|like watching your grandparents bicker, if your grandparents were geniuses⟧".
### 021
@a Mei-Lin Tsao | the 20-year-old
@b - | a reporter
@c Rodrigo Salgueiro | her coach
@d - | Another reporter
VALCANTO, Aug 3 (Wire) - Mei-Lin Tsao said she had "⟦p:a|no idea what happened in the last 15 metres⟧" after coming from fifth at the final turn to win the 200 metres butterfly at the Continental Games on Thursday.
"⟦d:a|I looked up and everyone was behind me. I thought I had miscounted and there was another length,⟧" the 20-year-old told reporters.
Tsao finished last in the same final at the previous Games, in tears, and at the medallists' news conference a reporter asked her: "⟦d:b|Were you thinking about four years ago?⟧"
"⟦d:a|Every day for four years. Not today. Today I forgot, which is the first time,⟧" she said.
Another reporter asked: "⟦d:d|Will you go after the world record at the championships in December?⟧" Tsao laughed and pointed at her coach, Rodrigo Salgueiro, sitting at the end of the table. "⟦d:a|Ask him. He plans. I swim.⟧"
"⟦d:c|We will plan tomorrow. Tonight she eats pizza,⟧" Salgueiro said.

### 022
@a Margit Halász | -
@b Erzsébet | Her daughter
@c Réka | Erzsébet's daughter
Three generations of women have kept the Halász orchard going on the slopes above Vészhalom, and none of them, they agree, had ever been asked for her opinion about it until a reporter turned up.
Margit Halász, 88, planted the first row of apricot trees in 1957 with her husband, who died in 1994. “⟦d:a|He dug, I chose. That's how a marriage works,⟧” she said, sitting in the shade of a walnut tree she insists is older than the village church.
Her daughter, Erzsébet, 61, took over the books in the 1980s, “⟦p:b|when the state still told us what to grow and what to sell it for⟧”. “⟦d:b|My mother planted what she liked anyway and wrote something else on the forms,⟧” she said.
“⟦d:a|Nobody ever checked,⟧” Margit said.
Erzsébet's daughter, Réka, 34, spent a decade in the capital working for an advertising agency and came back three years ago with a plan to sell dried apricots online.
“⟦d:c|My grandmother thought the internet was some kind of tax,⟧” Réka said. “⟦d:c|Now she asks me every morning how many orders came in overnight, and if it's fewer than yesterday she wants to know why.⟧”
The women do not agree on everything. Réka has been experimenting with an apricot beer. “⟦d:b|I draw the line at beer,⟧” said Erzsébet.
“⟦d:a|I like the beer,⟧” said Margit, who had already had two.

### 023
@a Anjali Venkataraman | the founder of Tessellate
@b - | One investor who backed the company early
@c Tessellate | -
Anjali Venkataraman, the founder of Tessellate, eats breakfast the way she runs her company: fast, with a plan, and with one eye on her phone. "⟦d:a|Sorry, sorry. Board thing,⟧" she says, turning it face-down on the table. "⟦d:a|OK. You have me. Properly.⟧"
Tessellate makes software that helps hospitals plan nurses' shifts, a process the industry calls "⟦s:-|rostering optimisation⟧" and she calls "⟦p:a|Tetris with people's lives⟧".
I ask why she left a well-paid job at a bank to start it. "⟦d:-|Wasn't that terrifying?⟧"
"⟦d:a:m|Of course it was. But I'd watched my mother do twelve-hour nights for thirty years on a rota made by a man with a biro who had never met her.⟧
"⟦d:a|I thought: that's a solvable problem. Most problems aren't. When you find one that is, you're sort of obliged to solve it.⟧"
One investor who backed the company early describes her as "⟦p:b|frighteningly calm in a crisis and impossible to flatter⟧".
Last month the company raised £60m. Tessellate said at the time that the money would help "⟦p:c|put a better rota in front of a million nurses by 2028⟧".
She catches my expression. "⟦d:a|Does that sound like marketing to you?⟧" she asks. I admit that it does. "⟦d:a|Good. Marketing wrote it. But the number's real.⟧"

### 024
@a Gethin Pryce | Presenter
@b Bev | -
@c Idris Morgan-Jones | a retired bus driver who drove the route for 22 years
@d - | Another caller
@e Cardew Buses | -
Listeners to Radio Cwm's breakfast show jammed the phone lines on Wednesday after Cardew Buses confirmed it would withdraw the 41 service between Pentreath and Aberhonddu from September.
Presenter Gethin Pryce opened the lines with a simple question: “⟦d:a|Who's going to be stranded?⟧”
The answer, it quickly emerged, was a lot of people.
Bev, from Pentreath, said she used the bus three times a week to visit her husband in a care home. “⟦d:b|It's not a luxury, Gethin. It's the only way I see him,⟧” she said. “⟦d:b|What am I supposed to do, walk eleven miles?⟧”
Idris Morgan-Jones, a retired bus driver who drove the route for 22 years, rang in to say he was “⟦p:c|heartbroken but not surprised⟧”.
“⟦d:c|When I started there were four buses a day and they were full. By the end I had the same six passengers and I knew all their grandchildren's names,⟧” he said.
Another caller said: “⟦d:d|They cut it because nobody uses it, and nobody uses it because they keep cutting it.⟧”
Cardew Buses said in a statement that the route was “⟦p:e|no longer commercially viable⟧” without support from the county council.
Pryce signed off just before nine: “⟦d:a|If anyone from Cardew is listening, the phone's still on.⟧”

### 025
@a Imran Qadir-Baig | the 37-year-old
@b Ayesha | His wife
@c Eastmoor County Cricket Club | -
Imran Qadir-Baig has never been one for speeches, so it was perhaps fitting that his retirement announcement on Friday took less than four minutes and ended with him walking out of the room before anyone could ask a question.
"⟦d:a|I've had nineteen years. That's more than I deserved and less than I wanted,⟧" the 37-year-old said.
"⟦d:a:m|I want to thank the groundstaff first, because nobody ever does. Those lads have been rolling that pitch since before I could bowl a leg-break.⟧
"⟦d:a:m|Then my teammates, who put up with me. Then the members, who mostly didn't.⟧
"⟦d:a|And my wife, who has spent every summer of our marriage watching rain.⟧"
His wife, Ayesha, watching from the back of the room, was less restrained afterwards. "⟦d:b|He practised that speech in the car for a week. He cut out all the jokes. I told him he was mad,⟧" she said. "⟦d:b|He's funnier than people think. He just doesn't want anyone to find out.⟧"
Eastmoor County Cricket Club said in a statement that Qadir-Baig would "⟦p:c|always have a home at Fenwick Road⟧" and confirmed that the pavilion end would be renamed in his honour.
Caught briefly by the car park, Qadir-Baig was asked how he planned to spend the summer. "⟦d:a|Watching rain,⟧" he said. "⟦d:a|From the other side of the glass, for once.⟧"

### 026
@a Ruairí Gallen | guitarist
@b Femi Oduya | the band's other guitarist
@c Sasha Dvorak | the Lantern Thieves' drummer
@d Lior Ben-Ami | the bassist
“⟦d:c|Don't let them tell you it was about the bassist,⟧” says Sasha Dvorak, the Lantern Thieves' drummer, before I have even switched on the recorder. “⟦d:c|It was about the van.⟧”
The band split in 2019, four albums in and halfway through a tour of the north, and nobody has ever quite explained why.
“⟦d:a|The van was a symptom,⟧” says guitarist Ruairí Gallen.
“⟦d:d|The van was a 1996 Transit with no heating,⟧” says the bassist, Lior Ben-Ami.
“⟦d:b|It was a metaphor with no heating,⟧” adds Femi Oduya, the band's other guitarist.
“⟦d:a|That's good,⟧” says Gallen. “⟦d:a|Write that down.⟧”
Their comeback album, “⟦s:-|Small Hours at the Ferry⟧”, is out on Friday. I ask the obvious question. “⟦d:-|So what brought you back?⟧”
There is a long silence. Then Dvorak says: “⟦d:c|Lior's mum.⟧”
Ben-Ami nods. “⟦d:d|She rang each of them separately and said exactly the same thing: 'You're all too old to be this stupid.'⟧”
“⟦d:b|She wasn't wrong,⟧” Oduya says. “⟦d:b|She's never wrong. It's her worst quality.⟧”

### 027
@a Marguerite Oyelowo-Hart | a primary school teacher in Carlow Bridge
@b Caroline Ashdown | -
@c Sisters of Saint Ide | -
For forty-one years Caroline Ashdown kept a photograph of a baby in a yellow cardigan at the back of her purse. On Saturday, in the lobby of a hotel in Dunmere, she handed it to the woman in the picture.
"⟦d:b|I'd rehearsed it a thousand times and I didn't say any of it. I just said, 'You've got my hands,'⟧" said Mrs Ashdown, now 63.
Marguerite Oyelowo-Hart, a primary school teacher in Carlow Bridge, had been searching since her own daughter was born. "⟦d:a|When I held my baby, I suddenly needed to know whose face she had,⟧" she said.
Mrs Ashdown was 22 and unmarried when she gave birth at a mother-and-baby home run by the Sisters of Saint Ide. She was told, she said, that her daughter had gone to "⟦p:b|a good family, and that is all you need to know⟧".
"⟦d:b:m|That sentence lived in me for forty years. All you need to know. I used to say it to myself in the bath.⟧
"⟦d:b|And it was a good family. That's the strange part. They were right about that and wrong about everything else.⟧"
Mrs Oyelowo-Hart said the meeting had been "⟦p:a|awkward for about four minutes and then completely, ridiculously easy⟧". "⟦d:a|We both laugh like a car alarm. My husband heard us from the car park,⟧" she said.
The Sisters of Saint Ide said in a statement that the order "⟦p:c|deeply regrets the pain caused⟧" to mothers and children in its care.

### 028
@a Dagfinn Solberg-Hauge | Norvik Salt's chief executive
@b - | One analyst at Kestrel Partners
@c Piotr Zieliński | a union convenor at the Tromvik plant
@d Norvik Salt | The company
Norvik Salt's chief executive, Dagfinn Solberg-Hauge, does not accept that he runs a boring business. “⟦d:a|We don't sell salt. We sell the certainty that there will be salt,⟧” he said in an interview at the company's headquarters on the Tromvik waterfront.
That certainty will now come with 300 fewer jobs, after the company confirmed on Monday that it would close its oldest evaporation plant.
“⟦d:a|I'm not going to pretend this is painless. It isn't. Some of those families have worked for us for four generations,⟧” Solberg-Hauge said.
Piotr Zieliński, a union convenor at the Tromvik plant, said workers had learned of the closure “⟦p:c|from a press release, like everybody else⟧”. “⟦d:c|Some of these men have been there since they were sixteen. They deserved a conversation,⟧” he said.
Asked about the criticism, Solberg-Hauge paused. “⟦d:a|He's right that we should have spoken to them first. That was a mistake, and it's mine.⟧”
One analyst at Kestrel Partners said the restructuring was “⟦p:b|overdue by about five years⟧”.
The company said it would “⟦p:d|engage fully with employee representatives⟧” at all three of its sites this week.

### 029
@a Folasade Ogunleye-Brandt | Judge
@b - | A young man I sentenced in 2006
@c Terence Mbatha | My clerk
@d - | My husband
Judge Folasade Ogunleye-Brandt retires this month after 22 years on the bench at Harwick Crown Court. She describes herself as “⟦p:a|a recovering barrister with a good pension⟧”. She spoke to the Harwick Gazette.
Q: Which case do you think about most?
A: A young man I sentenced in 2006. He stood up in the dock and said to me, “⟦d:b|You don't know me.⟧” And he was right, I didn't. I knew his file. I have tried ever since to remember the difference.
Q: The Daily Beacon once called you “⟦s:-|Judge Jelly⟧”. Did that bother you?
A: I have the front page framed in the downstairs loo. My clerk, Terence Mbatha, took one look at it and said, “⟦d:c|At least they spelled your name right, Judge.⟧” Which, given my name, was an achievement.
Q: What comes next?
A: Gardening. My husband has already told me, “⟦d:d|You are not sentencing the slugs.⟧” We'll see.

### 030
@a Chantelle Okonjo | Footballer's wife
@b Destiny Okonjo | her sister-in-law
@c - | A source close to the family
@d - | One pal of Chantelle's
IT'S all kicked off in the Okonjo family.
Footballer's wife Chantelle Okonjo has hit back at her sister-in-law Destiny Okonjo after a blazing row over a christening guest list.
Chantelle, 29, posted on Instagram: "⟦d:a|Some people need to learn that family is about showing up, not showing off.⟧"
Within an hour Destiny, 33, fired back on TikTok: "⟦d:b|Funny coming from someone who turned up to Nan's funeral in white heels.⟧"
The self-styled "⟦s:-|Queen of Redfield⟧" is married to Redfield Rovers defender Marcus Okonjo, 31, Destiny's younger brother.
A source close to the family said: "⟦d:c|Marcus is caught in the middle. He loves them both but he's sick to the back teeth of it.⟧"
One pal of Chantelle's added: "⟦d:d|She's done with being painted as the bad guy.⟧"
Destiny later told the Sunday Blaze: "⟦d:b|I've got nothing against her. I just want to be invited to my own nephew's christening.⟧"
### 031
@a Hamish MacLeod | -
@b Calum | His younger brother
@c Ardnish Council | -
@d - | A neighbour
Hamish MacLeod has farmed the flats at Inverallt for forty years and has never seen water like it.
“⟦d:a|It came over the dyke at three in the morning like somebody had pulled a plug,⟧” he told Radio Ardnish. “⟦d:a|By six we were moving ewes in the back of the pickup, four at a time.⟧”
His younger brother, Calum, who farms the neighbouring holding, lost 200 bales of winter feed. “⟦d:b|That's the winter gone. We'll be buying in hay at whatever price they like,⟧” he said.
In 2019 Hamish wrote to the council warning that the flood bank was “⟦p:a|a disaster waiting for a wet night⟧”. He still has the reply, which thanked him for his interest.
A neighbour, who did not want to be named, said: “⟦d:d|Everybody knew. Everybody's been saying it for years.⟧”
Ardnish Council said repairs to the bank were “⟦p:c|scheduled for the current financial year⟧”.
Hamish snorted when the statement was read to him. “⟦d:a|Scheduled. Aye. Well, the river didn't get the schedule.⟧”
Calum was more philosophical. “⟦d:b|You can't fight water. You can only fight the people who were supposed to keep it out,⟧” he said.

### 032
@a Thandiwe Mokoena-Reyes | the poet
@b Nomvula Mokoena | a retired seamstress
@c - | the judges
Thandiwe Mokoena-Reyes writes her poems on the backs of supermarket receipts. "⟦d:a|A blank page is intimidating. A receipt already has something on it, so it doesn't matter if I ruin it,⟧" the poet says.
Her third collection, "⟦s:-|Inventory of a Small Flat⟧", won the Cardell Prize on Tuesday night, with the judges praising its "⟦p:c|ferocious tenderness⟧".
Her mother, Nomvula Mokoena, a retired seamstress, travelled from Eastvale for the ceremony. "⟦d:b|I don't understand all of them. But I understand the ones about me, and I'm not happy about two of them,⟧" she said, laughing.
Mokoena-Reyes says the poem her mother objects to most, "⟦s:-|Needle⟧", is "⟦p:a|the most loving thing I've ever written⟧".
"⟦d:a|She thinks it's about her temper. It's about her hands. We've agreed to disagree.⟧"
"⟦d:b|We have not agreed,⟧" her mother said.

### 033
@a Nino Beridze | the 11-year-old
@b Levan Beridze | a taxi driver who taught her the moves
@c Tamar | Her mother
@d Wendelin Ott | the tournament director
Nino Beridze was seven when she first beat her father at chess. «⟦d:a|He was very angry. He said I cheated. I didn't cheat, I just saw the bishop,⟧» says the 11-year-old, who on Sunday became the youngest player ever to win the Kellmark Open.
Her father, Levan Beridze, a taxi driver who taught her the moves, does not dispute the account. «⟦d:b|I was angry for one day. Then I bought her a clock,⟧» he says.
Her mother, Tamar, who speaks little English, answered questions through an interpreter. «⟦d:c|I don't play. I make the food and I keep the trophies off the floor,⟧» she said.
The local press has taken to calling her «⟦s:-|the Little Bishop⟧». She does not like it. «⟦d:a|The bishop is not my best piece. My best piece is the knight. Nobody understands the knight.⟧»
Asked about her opponent in next month's invitational, a grandmaster ranked in the world's top fifty, Nino was serious. «⟦d:a|He is very strong. But he is also old. He is thirty-eight.⟧»
Wendelin Ott, the tournament director, said she was «⟦p:d|a phenomenon, but also a child, and we must remember both⟧». «⟦d:d|In the last round she asked me if she could go to the toilet, and then she mated him in nine moves,⟧» he said.

### 034
@a Rosalind Thorne | the former intelligence officer
@b - | A former colleague
Rosalind Thorne chooses a table with its back to the wall and then, catching me noticing, laughs. "⟦d:a|Old habits. I'm not actually worried about assassins. I just like to see the door,⟧" says the former intelligence officer, whose fifth thriller, "⟦s:-|A Quiet Embassy⟧", is published this week.
"⟦d:-|How much of it actually happened?⟧" I ask.
"⟦d:a|All of the boring parts,⟧" she says. "⟦d:a|The filing, the waiting, the terrible coffee. The shootings I made up. Nobody I knew ever shot anybody. We wrote memos.⟧"
Her former employers vetted the manuscript, she says, and asked for "⟦p:a|eleven small changes and one large one⟧", which she will not describe.
A former colleague, speaking on condition of anonymity, said Thorne had been "⟦p:b|the best reader of people in the building⟧". "⟦d:b|She could tell you who was lying in a meeting by the way they held their pen,⟧" the former colleague said.
When I put this to her, she groans. "⟦d:a|Nobody can do that. I just paid attention. People think paying attention is a superpower because almost nobody does it.⟧"

### 035
@a Krystyna Wawrzyniak | the 42-year-old
@b Paweł Wawrzyniak | Her brother
@c Altenspitz Mountain Rescue | -
@d Joachim Brandauer | Team leader
SANKT ALBAN, Feb 9 (Wire) - A climber who spent two nights in a snow hole on the Altenspitz said on Friday she had survived by "⟦p:a|singing every song I know, badly, twice⟧".
Krystyna Wawrzyniak, 42, was found on Thursday morning by a helicopter crew after a storm trapped her below the summit ridge.
Speaking by telephone from the hospital in Sankt Alban where she is being treated for frostbite, the 42-year-old said: "⟦d:a|On the second night I thought, OK, this is it. Then I thought, no, my brother will kill me if I die here.⟧"
Her brother, Paweł Wawrzyniak, who flew in from Gdańsk on Wednesday, told reporters outside the hospital: "⟦d:b|She is the most stubborn person in Poland. For once it was useful.⟧"
Altenspitz Mountain Rescue said in a statement that she had done "⟦p:c|everything right once things went wrong⟧".
Team leader Joachim Brandauer said the crew had spotted her orange jacket "⟦p:d|by pure luck, through a gap in the cloud that lasted maybe ninety seconds⟧". "⟦d:d|Ten minutes later we could not have flown,⟧" he said.

### 036
@c - | His neighbour
@d Denny Walsh | My old mentor
@e Joanne Kettleborough | the paramedic and author
The following is an edited extract from episode 112 of “⟦s:-|Night Shift⟧”, in which the broadcaster Ifeanyi Nwosu talks to the paramedic and author Joanne Kettleborough about her memoir.
NWOSU: Your book opens with a call-out to a man who had been dead for some days.
KETTLEBOROUGH: Yes. His neighbour had a key and let us in. The first thing she said to me at the door was, “⟦d:c|I only saw him Tuesday. He said he was fine.⟧” Everybody says they were fine. It's the most dangerous word in the language.
NWOSU: Does a job like that stay with you?
KETTLEBOROUGH: Some of it. My old mentor, Denny Walsh, told me in my first month, “⟦d:d|You'll remember the ones you couldn't help, so make sure you remember the ones you did.⟧” I keep a list. It's longer than the other list, which surprises people.
NWOSU: And the title, “⟦s:-|Mostly Fine⟧”, comes from that?
KETTLEBOROUGH: Partly. It's also what I say when my daughter asks me how work was. I come in at eight in the morning and she's eating cereal, and I say, “⟦d:e|Mostly fine.⟧” She's fourteen. She knows exactly what it means.

### 037
@a Maricel Dimaculangan | the designer
@b Perla | her mother
@c Luz | her aunt
Maricel Dimaculangan's first collection was sewn in her mother's living room in Pasong Buhangin, on a machine that had belonged to her grandmother.
“⟦d:a|Everything I know about a seam, I learned from the two women on that sofa,⟧” says the designer, pointing at her mother, Perla, and her aunt Luz, who have flown in for her show at Harwick Fashion Week.
“⟦d:b|She learned the seams. She did not learn to tidy up,⟧” says Perla, 67.
Luz, two years younger, disagrees. “⟦d:c|She tidied. She just tidied everything into one big pile.⟧”
The sisters ran a tailoring stall in a covered market for thirty years. “⟦d:b|School uniforms, wedding dresses, and once a costume for a man who wanted to be a chicken,⟧” Perla says.
“⟦d:c|A rooster,⟧” Luz corrects her. “⟦d:c|He was very specific.⟧”
Dimaculangan's show closes with a gown pieced together from three hundred scraps of school-uniform fabric. It is called “⟦s:-|Ate⟧”, the Tagalog word for an older sister.
“⟦d:a|It's for them. They just don't know it yet,⟧” she says quietly, while the two women argue about the rooster in the corner.

### 038
@a Zeynep Arslan | the 17-year-old
@b Murat Arslan | a former club player who gave up a job in insurance to travel with her
@c - | One tour veteran
Zeynep Arslan is the first to admit that she and her father do not always agree. "⟦d:a|We argue every day. About tennis, about my phone, about pasta,⟧" the 17-year-old said after her straight-sets win over the fourth seed at the Kellerman Open on Wednesday. "⟦d:a|Mostly about pasta.⟧"
Her father and coach, Murat Arslan, a former club player who gave up a job in insurance to travel with her, sat in the front row of her box, rarely still.
"⟦d:b|She says I'm too hard on her. I say somebody has to be, because the other girls are not going to be soft with her,⟧" he said.
At one point in the second set the courtside microphones picked up Zeynep shouting towards her box: "⟦d:a|Stop talking with your hands!⟧"
"⟦d:b|I was not talking. I was breathing,⟧" her father said afterwards.
One tour veteran, who asked not to be identified, called the pair "⟦p:c|the best show on the women's circuit, and I include the tennis⟧".

### 039
@a Euphemia Adjei | -
@b Kojo | Her eldest son
@c Kwabena | His brother
Euphemia Adjei celebrated her 100th birthday at Fernhill Court care home on Sunday with a cake, a card from the county lieutenant and, at her insistence, a small glass of sherry.
"⟦d:a|A small glass. Don't let them tell you it was large,⟧" said Mrs Adjei, who came to Bramcote in 1961 to work as a midwife.
Her eldest son, Kojo, 74, said his mother had delivered "⟦p:b|half the town, at a conservative estimate⟧".
"⟦d:b|We'd be out shopping and some grown man would come up and say, 'Mrs Adjei, you caught me!' She never remembered them. She remembered their mothers,⟧" he said.
His brother Kwabena, 70, said her secret was "⟦p:c|stubbornness, church and pepper soup⟧". "⟦d:c|In that order on a Sunday. In a different order the rest of the week,⟧" he added.
Asked for her own secret, Mrs Adjei considered the question for some time. "⟦d:a|Mind your own business and keep walking,⟧" she said. "⟦d:a|That's all. Now where is the sherry?⟧"

### 040
@a Kazuki Moriyama | the director
@b - | One audience member
@c Hana Moriyama | His sister
@d - | A man in the third row
At a packed Saturday screening of “⟦s:-|The Persimmon Year⟧” at the Lowmarsh Film Festival, the director Kazuki Moriyama spent almost an hour taking questions, most of them about his mother.
“⟦d:a|Yes, it's her house. Yes, that's her actual kettle,⟧” he said, to laughter. “⟦d:a|She charged us rent for the kettle.⟧”
One audience member asked: “⟦d:b|Has your mother seen it, and is she still speaking to you?⟧”
“⟦d:a|Yes, and only about the kettle,⟧” Moriyama replied.
His sister, Hana Moriyama, who plays a version of their mother in the film, then joined him on stage. “⟦d:c|I had to learn how she folds towels. It took three weeks. She folds them like she's angry at them,⟧” she said.
A man in the third row stood up to say he had grown up in the same town. “⟦d:d|I think your mother taught me maths. She threw a board rubber at me once,⟧” he said.
“⟦d:c|That sounds right,⟧” Hana said.
Kazuki nodded. “⟦d:a|She has very good aim. It's in the film, actually, if you look closely.⟧”
### 041
@a Lorcan Fitzgibbon | the 65-year-old
@b Aisling Corr | a former pupil who is now a consultant cardiologist
@c - | One former pupil
@d Niamh | His daughter
When Lorcan Fitzgibbon started teaching maths at St Colmcille's in 1984, the school had one computer, kept in a locked cupboard in the principal's office. On Friday he taught his last lesson.
"⟦d:a|I'll miss the kids. I won't miss the photocopier,⟧" said the 65-year-old. "⟦d:a|We've had a forty-year war, that machine and me, and I'm retiring undefeated.⟧"
More than 200 former pupils signed a card presented at assembly. Aisling Corr, a former pupil who is now a consultant cardiologist, wrote: "⟦d:b|You told me I wasn't bad at maths, I was just scared of it. I've been using that line on junior doctors for twenty years.⟧"
One former pupil wrote simply: "⟦d:c|Sorry about the chair, sir.⟧"
Fitzgibbon laughed when it was read out. "⟦d:a|I know exactly who that is, and he knows I know.⟧"
His daughter, Niamh, who teaches chemistry at the same school, said his classroom had been "⟦p:d|a place where it was safe to get things wrong⟧". "⟦d:d|He'd make a mistake on the board on purpose, to see who'd catch it. Whoever did got a biscuit. I got a lot of biscuits at home too,⟧" she said.

### 042
@a Jonas Vrieling | the Dutch-born pianist who walked off stage in the middle of a concert last month
@b Mirjam Kooistra | the festival's artistic director
@c Nachtwacht Records | His label
DORNVELDE (Wire) - Jonas Vrieling, the Dutch-born pianist who walked off stage in the middle of a concert last month, said on Monday that he had suffered «⟦p:a|a complete and very boring panic attack⟧» and apologised to the audience.
«⟦d:a|It was not dramatic. It was not about the piano or the hall. My hands simply stopped belonging to me,⟧» the 33-year-old told the Dornvelde Courant in his first interview since the incident.
«⟦d:a|People have written that I was angry about a cough in the audience. There was no cough. I wish there had been a cough. A cough is a reason.⟧»
Mirjam Kooistra, the festival's artistic director, said Vrieling would return in the autumn. «⟦d:b|We have told him the door is open. We have also told him the door is not a deadline,⟧» she said.
His label, Nachtwacht Records, said it «⟦p:c|fully supports Jonas in taking whatever time he needs⟧».

### 043
@a Nguyen Van Thanh | -
@b Nguyen Van Long | His brother
@c - | A spokeswoman for Redcliffe Fire and Rescue Service
@d Mai | his daughter
Nguyen Van Thanh was asleep on the sofa when the shouting started. “⟦d:d|Dad, the kitchen is orange!⟧” his daughter, Mai, nine, had screamed from the hallway.
“⟦d:a|I thought she was dreaming. Then I smelled it,⟧” said Mr Thanh, 44, who got his wife, two daughters and his mother out of the first-floor flat on Gorse Road in under two minutes on Sunday night.
His brother, Nguyen Van Long, who lives in the flat below, had already broken down the communal door. “⟦d:b|I heard him banging and I thought it was the neighbours arguing again. Then I saw the smoke under the door,⟧” said Mr Long, 41.
“⟦d:b|I'm not a hero. My brother is the hero. I just have big shoulders.⟧”
Mr Thanh shook his head. “⟦d:a|He always says that. He's a hero and his shoulders are normal.⟧”
A spokeswoman for Redcliffe Fire and Rescue Service said the fire was believed to have started in a tumble dryer and urged residents to “⟦p:c|never leave appliances running overnight⟧”.
Mai has a new nickname in the family: “⟦s:-|the alarm⟧”. She says she prefers it to her old one, which she declined to share.

### 044
@a Cathal Brosnan | Jockey
@b Priyanka Deol | presenter
@c Edwina Lusk-Harper | Trainer
Jockey Cathal Brosnan has said he "⟦p:a|cried like a baby in the weighing room⟧" after winning the Kilbrannan Gold Cup on Dancing Ledger, his first big-race success since breaking his back two years ago.
Speaking to presenter Priyanka Deol on Sport at Six, Brosnan, 32, said: "⟦d:a|There were days in hospital I couldn't lift a cup of tea. Today I lifted that trophy. I'm still not sure which was heavier.⟧"
Deol asked whether he had ever thought about giving up. "⟦d:b|Honestly, Cathal, was there a point where you said, that's it, I'm done?⟧"
"⟦d:a|Every morning for about three months. Then every afternoon I changed my mind,⟧" he said.
Trainer Edwina Lusk-Harper, who kept the ride open for him for two seasons, said: "⟦d:c|Everybody told me to get another jockey. I told everybody to mind their own business.⟧"
"⟦d:c|He's the only one who can get that horse to settle. Dancing Ledger doesn't like anybody. He tolerates Cathal.⟧"

### 045
@a Oddný Jakobsdóttir | the mayor of Skerjey
@b Sigurður | a retired ferryman
@c - | One islander
Oddný Jakobsdóttir, the mayor of Skerjey, also drives the school bus, chairs the harbour committee and, on alternate Thursdays, runs the library. ``⟦d:a|There are 212 of us,⟧'' she says. ``⟦d:a|You can't have one person for each job. You'd run out of people by lunchtime.⟧''
She was elected unopposed in 2018 and again in 2022. ``⟦d:a|Nobody else wanted it,⟧'' she says cheerfully. ``⟦d:a|That's not modesty. I asked them.⟧''
Her husband, Sigurður, a retired ferryman, says the job has made her ``⟦p:b|impossible to have dinner with⟧''. ``⟦d:b|Every time the phone rings it's a sheep on the road or a burst pipe,⟧'' he says. ``⟦d:b|Once it was a sheep in a pipe.⟧''
The islanders call the monthly harbour committee meetings ``⟦s:-|the Thursday wars⟧''. One islander, asked what she thought of the mayor, said only: ``⟦d:c|She answers the phone. That's more than the last one did.⟧''

### 046
@a Elie Nassar | the 38-year-old
@b Georges | His older brother
@c Rami Khoury | Their cousin
At half past five on a Saturday morning the queue outside Furn Nassar on Tolbooth Street is already twenty deep, and Elie Nassar is arguing with the oven.
“⟦d:a|She's temperamental. Like a cat. You have to ask her nicely,⟧” the 38-year-old says, sliding in a tray of za'atar flatbreads.
His older brother, Georges, who makes the dough, has no patience for this. “⟦d:b|It's a gas oven. It doesn't have feelings. He talks to it because he's lonely,⟧” he says.
“⟦d:a|I'm not lonely. I'm married to the oven,⟧” Elie replies.
Their cousin Rami Khoury, who handles the money and the bakery's social media, rolls his eyes. “⟦d:c|Every morning. Every single morning, the same argument. I could set my watch by it.⟧”
The brothers learned to bake from their grandmother in the mountains above their home town. Her rule, Georges says, was “⟦p:b|no shortcuts, no sugar in the dough, no talking to the oven⟧”.
“⟦d:a|She never said that last one,⟧” Elie says.
“⟦d:b|She said it to me,⟧” says his brother, and goes back to the dough.

### 047
@a Adaeze Obi-Laurent | an emergency doctor
@b - | My father
@c - | My mother
@d - | One of the instructors
Dr Adaeze Obi-Laurent, 36, an emergency doctor, is one of four candidates chosen by the Pan-Meridian Space Agency this year from more than 11,000 applicants. She describes the selection process as “⟦p:a|eighteen months of being politely spun around⟧”.
Q: When did you first want to go to space?
A: I was six. My father took me up onto the roof of our building and pointed at Saturn, and he said, “⟦d:b|That one has rings because it's married.⟧” I believed that until I was about twelve.
Q: And your mother?
A: My mother said, “⟦d:c|Finish medical school first. Then you can go wherever you like.⟧” So I did. I think she assumed I'd forget.
Q: Are you afraid?
A: Of the launch, no. Of the toilet, yes. One of the instructors told us on the first day, “⟦d:d|Everyone is brave about the rocket. Nobody is brave about the toilet.⟧” He was right.
Q: What will you take with you?
A: A photo of my daughters and a bag of my mother's chin chin. They've said no to the chin chin. I'm appealing.

### 048
@a Gary Thwaite | A FORKLIFT driver who scooped £8.4million on the National Jackpot
@b Shirley | his wife
@c - | A National Jackpot spokesman
A FORKLIFT driver who scooped £8.4million on the National Jackpot has vowed to keep turning up for work - "⟦p:a|at least until Christmas⟧".
Gary Thwaite, 52, and his wife Shirley, 50, from Castlemoor, checked their numbers over a chippy tea on Friday night.
"⟦d:b|I thought he was having a heart attack. He went the colour of the mushy peas,⟧" said Shirley.
"⟦d:a|I checked it eleven times. Then I made her check it. Then I rang my brother and made him check it,⟧" Gary said.
The couple plan to buy a caravan. "⟦d:b|Not a big one. A nice one. With a proper shower,⟧" Shirley said.
Gary, a lifelong Castlemoor Town fan known as "⟦s:-|Big Gaz⟧" to his workmates, says he will pay for the supporters' away coach for the rest of the season. "⟦d:a|The lads have been good to me. Now I'll be good to them. Within reason.⟧"
A National Jackpot spokesman said: "⟦d:c|Gary and Shirley are a lovely, down-to-earth couple and we wish them every happiness.⟧"

### 049
@a Thiago Albuquerque | the 22-year-old
@b Meridian Wolves | -
@c Lukas Brenninkmeyer | The team's head coach
@d - | A person familiar with the negotiations
PORTO NOVO DO SUL (Wire) - Thiago Albuquerque, known in-game as "⟦s:-|Vortex⟧", said on Wednesday he was leaving Meridian Wolves after five seasons, weeks after leading the team to its first world title.
"⟦d:a|I've won everything I wanted to win here. If I stay, I'm just defending a memory,⟧" the 22-year-old said in a video posted to his channel.
Meridian Wolves said in a statement that it "⟦p:b|respects Thiago's decision⟧" and thanked him for "⟦p:b|five unforgettable years⟧".
The team's head coach, Lukas Brenninkmeyer, said: "⟦d:c|He's the best player I've ever coached and also the most annoying. I'll miss both.⟧"
A person familiar with the negotiations said Albuquerque had turned down an extension "⟦p:d|worth well over a million dollars a year⟧". "⟦d:d|It was never about money. He's bored,⟧" the person said.

### 050
@a Grace Mwangi | a ward sister on the stroke unit
@b Aoife Brennan-Salako | the 23-year-old
@c Department of Health | -
@d - | The daughter of a patient on the stroke unit
On the picket line outside Kingsholm Infirmary at seven on Tuesday morning, Grace Mwangi was handing out flasks of tea and apologising to every car that slowed down.
“⟦d:a|I hate this. I want to be inside. I've never missed a shift in 26 years,⟧” said Mwangi, a ward sister on the stroke unit.
“⟦d:a|But I've also never seen the wards like they are now. We're not striking for us. We're striking so there's someone left to replace us.⟧”
Beside her, Aoife Brennan-Salako, who qualified last year, held a placard reading “⟦s:-|Safe Staffing Saves Lives⟧”. “⟦d:b|Half my cohort have already left. Two went abroad, one works in a bank,⟧” the 23-year-old said. “⟦d:b|I love this job. I just don't know if I can afford to love it.⟧”
Mwangi put an arm round her shoulders. “⟦d:a|She's one of the good ones. That's why I'm out here.⟧”
The daughter of a patient on the stroke unit, passing with her shopping, stopped to shake hands along the line. “⟦d:d|They looked after my dad like he was their own,⟧” she said.
The Department of Health said in a statement that its pay offer was “⟦p:c|fair and affordable⟧” and urged the union to “⟦p:c|return to talks⟧”.
### 051
@a Marisa Quintanilla | host
@b Callum Reith | retired detective inspector
@c Alan Purvis | -
@d - | One listener
In the final episode of the podcast "⟦s:-|Cold Ledger⟧", host Marisa Quintanilla sits down with retired detective inspector Callum Reith, who led the original investigation into the disappearance of Fenella Dodd in 1997.
"⟦d:a|Do you still think about her?⟧" Quintanilla asks.
"⟦d:b|Every time I drive past a lay-by,⟧" Reith says. "⟦d:b|Which, in this county, is a lot.⟧"
Reith describes his first interview with Alan Purvis, who was convicted of her murder in 2019. "⟦d:b|He sat down, looked at me and said, 'I've been expecting you for twenty years.' Then he said nothing else for eleven hours.⟧"
In a letter to the programme, Purvis wrote that he had "⟦p:c|nothing to add to what the jury decided⟧".
Quintanilla pushes harder than she has all series. "⟦d:a|Why didn't you get him in 1997?⟧"
"⟦d:b:m|Because we were looking for a stranger. Everyone was. The papers wanted a stranger, the family wanted a stranger, and God forgive me, I wanted one too.⟧
"⟦d:b|It's much harder to believe it's the man who fixed your boiler.⟧"
The episode has been downloaded more than two million times. One listener wrote on the show's forum: "⟦d:d|I had to pull over on the motorway and just sit there.⟧"

### 052
@a Ilona Sarkisian | the sculptor
@b Vartan | a cellist
@c - | One critic
Ilona Sarkisian keeps her late husband's letters in a biscuit tin on the windowsill of her studio, between a blowtorch and a jar of teaspoons.
“⟦d:a|He wrote to me every day he was away, even if he was only away for one night,⟧” the sculptor says. “⟦d:a|Sometimes the letter arrived after he did. He didn't care. He said the letter was for the version of me who was waiting.⟧”
Her husband, Vartan, a cellist, died in 2020. Her new exhibition, “⟦s:-|Postmarks⟧”, is made of forty envelopes cast in bronze, each the size of a door.
She takes one letter out of the tin and reads it aloud. It was written from a hotel in 1998: “⟦d:b|Hotel terrible, audience kind, bow arm tired. Do not let the cat sleep on my side. I know you will.⟧”
“⟦d:a|I did let the cat sleep on his side. Every single time,⟧” she says.
One critic has called the show “⟦p:c|almost unbearably private⟧”. Sarkisian shrugs. “⟦d:a|Good. Grief is private. I just made it heavy enough that you have to walk around it.⟧”

### 053
@a Tevita Lolohea | the 27-year-old prop
@b Mele | His mother
@c Gareth Ashworth-Reid | Hallam Rhinos coach
Fourteen months after doctors told him he might never play again, Tevita Lolohea ran out at Cragside Stadium on Sunday to the loudest cheer of the afternoon.
"⟦d:a|I had a little cry in the tunnel. Don't put that in,⟧" the 27-year-old prop said afterwards, grinning. "⟦d:a|Actually, put it in. My mum will want it in.⟧"
He was right. His mother, Mele, who flew in from Tonga for the match, was still wiping her eyes an hour after the hooter. "⟦d:b|He was crying in the tunnel, I was crying in the stand, his aunties were crying in the car park because they couldn't get tickets,⟧" she said. "⟦d:b|It was a very wet day for our family.⟧"
Hallam Rhinos coach Gareth Ashworth-Reid said Lolohea had "⟦p:c|done every boring, miserable thing we asked of him⟧" during his rehabilitation. "⟦d:c|Nobody sees the pool sessions at six in the morning. I saw them. I was freezing,⟧" he said.
Lolohea's comeback lasted 31 minutes before he was replaced. "⟦d:a|Thirty-one minutes more than they said I'd get,⟧" he said.

### 054
@a Precious Dlamini-Oakes | the choir's founder
@b Norman Pike | the retired plasterer
@c Fatima Zahra Benali | the youngest member
Every Wednesday night the back room of the Crown and Anchor in Eastwick fills with forty people who, by their own admission, cannot sing.
“⟦d:a|That's the only rule. If you can sing, you're in the wrong place,⟧” said the choir's founder, Precious Dlamini-Oakes, who started the Can't Sing Choir in 2017 after her divorce. “⟦d:a|I wanted somewhere to be loud that wasn't my kitchen.⟧”
Norman Pike, 81, was one of the first to join. “⟦d:b|My wife said I sounded like a gate. I said, well, gates have feelings too,⟧” said the retired plasterer.
The repertoire runs from “⟦s:-|Wheels of the Morning⟧” to “⟦s:-|Hold On, Harbour Town⟧”, both performed at a volume that has drawn complaints from the bowling club next door.
Fatima Zahra Benali, 19, the youngest member, joined last year after a friend dared her. “⟦d:c|I came for a laugh and stayed because Norman brings biscuits,⟧” she said.
“⟦d:b|Custard creams. Only ever custard creams,⟧” Norman confirmed.
The choir has eleven bookings before Christmas. “⟦d:a|We're terrible, and we're booked solid,⟧” Dlamini-Oakes said. “⟦d:a|Make of that what you will.⟧”

### 055
@a Rohan Pillai-Sorensen | the comedian
@b Lalitha | his mother
Rohan Pillai-Sorensen is late, and he would like you to know it isn't his fault. "⟦d:a|A man on the train was eating a whole rotisserie chicken. I couldn't leave. I needed to see how it ended,⟧" the comedian says, collapsing into a chair.
"⟦d:-|How did it end?⟧" I ask.
"⟦d:a|Badly. For the chicken.⟧"
His new tour, "⟦s:-|Half Danish, Half Keralan, Fully Anxious⟧", opens in Harwick next month. Much of it is about his parents, so I ask whether they mind being material.
"⟦d:a:m|My dad doesn't notice. He thinks stand-up is a kind of radio.⟧
"⟦d:a:m|My mum minds enormously, and also comes to every single show, sits in the front row and tells the people next to her which bits are lies.⟧
"⟦d:a|Which is all of them, according to her. Even the chicken.⟧"
Later, on the phone, his mother, Lalitha, disputes this. "⟦d:b|I only tell them about the lies that are about me,⟧" she says. "⟦d:b|The rest is his business. He was always a very good liar. It's nice that he found a job for it.⟧"

### 056
@a Sebastián Ocampo | the 26-year-old
@b Lucy Heathcote | his British Sign Language interpreter
@c Dunmore Town | -
Sebastián Ocampo became the first deaf player to captain Dunmore Town on Saturday, and he marked the occasion with a clean sheet.
Speaking through his British Sign Language interpreter, Lucy Heathcote, the 26-year-old said: “⟦d:a|I can't hear the crowd, but I can feel it in the grass. Today the grass was shaking.⟧”
Ocampo, who moved to Dunmore from Argentina at the age of 15, is a centre-back. “⟦d:a|People ask how I organise the defence. I point. I point a lot. Defenders understand pointing,⟧” he said.
Heathcote, who has worked with him for three seasons, said she had learned “⟦p:b|a whole new vocabulary of football swearing⟧”. “⟦d:b|There are signs in our dressing room that don't exist anywhere else in the world,⟧” she said.
Dunmore Town said it was “⟦p:c|incredibly proud⟧” of its new captain.

### 057
@a Emre | the eldest
@b Serkan | the youngest
@c Hasan Yıldırım | their father
@d - | One customer
There are four Yıldırım brothers and one van, which, according to their father, Hasan Yıldırım, is exactly one van too few.
"⟦d:c|Every morning they fight about who drives. Every morning I say, the one who is awake,⟧" said Mr Yıldırım, 68, who started Yıldırım & Sons Removals in 1992 with a borrowed lorry and a bad back.
"⟦d:a|I've been carrying wardrobes since I was fourteen. My back is older than my dad's,⟧" said Emre, 41, the eldest.
Serkan, 29, the youngest, handles the bookings. "⟦d:b|They think the hard job is the lifting. The hard job is telling a woman on Hollins Road that her piano won't go up her stairs,⟧" he said.
"⟦d:a|It went up,⟧" Emre said.
"⟦d:b|It went up eventually. We took the window out,⟧" his brother said.
The two middle brothers, Burak and Can, were on a job across the county and unavailable for comment.
One customer, who has moved house with the firm three times, left an online review that read in full: "⟦d:d|Loud, honest, nothing broken. Would move again.⟧"

### 058
@a Ludmila Horáková | the 58-year-old
@b Ostrander Foundation | The foundation
@c Jiří Horák | a retired schoolteacher
VALDOV, Oct 2 (Wire) - Ludmila Horáková was hanging out washing when the Ostrander Foundation called to tell her she had won this year's Ostrander Prize for mathematics.
"⟦d:a|I thought it was my bank. I nearly hung up,⟧" the 58-year-old told reporters by telephone on Wednesday.
The foundation cited her work on random networks, "⟦p:b|which has changed how an entire field thinks about chance⟧".
Asked what she would do with the prize money of 1.2 million euros, Horáková said: "⟦d:a|First, a new washing machine. The old one is the reason I was outside.⟧"
Her husband, Jiří Horák, a retired schoolteacher, said she had "⟦p:c|not slept properly since 1991⟧" because of the problem. "⟦d:c|She used to wake me at three in the morning to explain it. I still don't understand it, but I know every word,⟧" he said.
Horáková said the prize belonged to her students as much as to her. "⟦d:a|I had the question. They had the patience. That was the better half.⟧"

### 059
@a Temitope Adesanya-Ward | the broadcaster
@b Saoirse Ní Bhraonáin | the novelist
@c - | one woman in the audience
There was standing room only in the Corn Hall on Saturday afternoon as the novelist Saoirse Ní Bhraonáin talked to the broadcaster Temitope Adesanya-Ward about her bestselling “⟦s:-|The Lamplighter's Daughters⟧”.
Adesanya-Ward began with the book's origins. “⟦d:a|Is it true it all started with a shopping list?⟧”
“⟦d:b|It's true. I found my grandmother's list, from 1952, inside a cookbook. It said 'flour, tea, rope.' I spent four years finding out what the rope was for,⟧” Ní Bhraonáin said.
“⟦d:a|And what was it for?⟧”
“⟦d:b|Buy the book,⟧” the novelist said, to laughter.
Adesanya-Ward, who has known her since they shared a flat as students, turned to the audience. “⟦d:a|I've known Saoirse for twenty years and she has never once told me how a story ends. Not even in a pub.⟧”
During questions, one woman in the audience stood to say that her own grandmother had worked in the same net factory as the women in the novel. “⟦d:c|She'd have hated being in a book. She'd also have bought ten copies.⟧”
“⟦d:b|That's the best review I'll ever get,⟧” Ní Bhraonáin replied.

### 060
@a Olusegun Bankole-Hughes | the 44-year-old
@b Patience | a midwife
@c - | One fan
Olusegun Bankole-Hughes has been called many things in 17 years as a referee, and most of them cannot be printed here.
"⟦d:a|I've been called blind by people who were ninety yards away and watching on a phone,⟧" the 44-year-old says, stirring a coffee in the café beneath his office in Kellsworth. "⟦d:a|I don't take it personally. You can't. If you did, you'd never come back.⟧"
At Corsley Park last season, home supporters spent twenty minutes singing "⟦s:-|You don't know what you're doing⟧" at him. He gave a penalty against the home side two minutes later. "⟦d:a|Coincidence,⟧" he says, straight-faced.
His wife, Patience, a midwife, says he comes home from matches "⟦p:b|either completely silent or completely unbearable⟧". "⟦d:b|If he's silent, somebody important got it wrong. If he won't stop talking, it was him,⟧" she says.
He laughs when I repeat this. "⟦d:a|That's unfair. It's about seventy-thirty.⟧"
"⟦d:-|Has the video review system made your life easier?⟧" I ask.
"⟦d:a|Easier, no. Longer, yes. Now we get shouted at in slow motion.⟧"
One fan, waiting outside the ground after a recent cup tie, offered a verdict. "⟦d:c|He's all right, him. For a ref,⟧" he said.

### 061
@a Benedikt Amstutz | the 77-year-old
@b Valentin | his son
@c Corinne | Valentin's wife
@d - | one collector
In a workshop above a bakery in the old town of Laubertal, Benedikt Amstutz is holding a watch movement the size of a fingernail up to the window. «⟦d:a|Listen,⟧» he says, although there is nothing to hear. «⟦d:a|That is the sound of forty-one years.⟧»
The 77-year-old has made watches by hand since 1982, at a rate of about four a year. His son, Valentin, joined him in 2015 after a career in software. «⟦d:b|I thought it would be calm. It is not calm. He shouts at springs,⟧» Valentin says.
«⟦d:a|Springs are very disobedient,⟧» his father replies, not looking up.
The waiting list is eleven years long. Valentin's wife, Corinne, who runs the business side, keeps it in a ledger rather than on a computer. «⟦d:c|Benedikt doesn't trust computers, and the customers like the ledger. They think it's romantic. It's only stubborn,⟧» she says.
One collector, who has waited seven years for a piece, told the Laubertal Bote that he had been promised delivery «⟦p:d|before I die, but only just⟧».
Amstutz shrugs when this is read to him. «⟦d:a|Tell him to eat vegetables.⟧»

### 062
@a Wendy Achola | -
@b Imani | Mrs Achola's daughter
@c Desmond Frayne | a postman
@d Harbourside Animal Rescue | -
A spaniel that vanished from a garden in Kettering Road two years ago has been reunited with its family after turning up, thin but cheerful, at a farm 60 miles away.
``⟦d:a|I screamed. The neighbours thought someone had died,⟧'' said Wendy Achola, 47, describing the moment she got the phone call on Tuesday. ``⟦d:a|I'd never given up, but I'd stopped saying it out loud.⟧''
Biscuit, who is eight, was identified by her microchip after Desmond Frayne, a postman, found her sheltering in a hay barn on his round.
``⟦d:c|She just walked up to me and sat on my foot. Like she'd been waiting for a postman specifically,⟧'' Mr Frayne said.
Mrs Achola's daughter, Imani, 12, had kept Biscuit's bed by the radiator for the whole two years. ``⟦d:b|Mum wanted to move it. I said no. I said she'd want her bed when she came back,⟧'' she said.
``⟦d:a|She was right. I was wrong. Put that in the paper,⟧'' Mrs Achola conceded.
Harbourside Animal Rescue, which scanned the dog, said the case showed ``⟦p:d|exactly why microchipping matters⟧''.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh169.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh169",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
