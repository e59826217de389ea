# ruff: noqa: E501
"""Build ``quotes_fresh110.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
registers of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh110-NNN``.

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
  it (``His caddie, Dougie McAllister, a 58-year-old Scot …``): the appositive is the
  description. A title or relational phrase before the name alone (``Trainer …``,
  ``Her son Keith``, ``The landowner, Graham Stokesley``) is the description; so are
  the tabloid labels that stand in the same place (``Mum-of-three …``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 19-year-old``, ``the designer``), that
  description is taken. A bare age (``Tony Harrington, 61,``) is not a description.
* A non-restrictive relative clause (after a comma) is not part of the description; a
  restrictive one, or one that follows an unnamed source's description without a comma
  (``a head teacher in Tyneford who asked not to be named``), is.
* An organisation speaking with a definite description at the cue or as an appositive
  (``the company said``, ``Powerwatch, the regulator``) has that description. A group
  that is not an organisation (``his family said``) has a null speaker and the phrase
  as the description.
* A translation printed after an original quotation is the same kind as the original:
  the translation of a chant is ``scare``, the translation of a partial quote is
  ``partial``.
* Questions by a first-person writer (``I ask her``) are ``direct`` with speaker and
  description null; a quoted question from a named or described reporter in a press
  conference belongs to that reporter.
* Fragments quoted from unidentified critics or documents are ``partial`` with a null
  speaker and description.
* A nickname given to a speaker is ``scare``; a title of a show, album, book,
  exhibition or product model is ``scare``; poster and banner text is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh110.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh110.jsonl")

PASSAGES = """
### 001
@a Ilse Marechal | the bank's governor
@b Tobias Engqvist | chief economist at Harbourline Securities
@c - | a senior finance ministry official
@d Central Bank of Ostravia | the bank
VALDMARK, June 14 (Meridian Wire) - The Central Bank of Ostravia raised its main lending rate by 25 basis points to 4.75% on Friday, its third increase this year, and signalled that more tightening could follow if inflation did not ease over the summer.
"⟦d:d|Price growth remains too high and too broad,⟧" the bank said in a statement. "⟦d:d|The board stands ready to act further should the outlook require it.⟧"
Ilse Marechal, the bank's governor, told a news conference that the decision had been unanimous. "⟦d:a|We did not take this lightly. Households are already stretched,⟧" Marechal said. "⟦d:a|But the cost of letting inflation settle at 6% would be paid by exactly the same households, for longer.⟧"
Asked whether the bank would move again in July, she said: "⟦d:a|We will look at the data. I am not going to pre-commit today.⟧"
Tobias Engqvist, chief economist at Harbourline Securities in Valdmark, said the tone had been "⟦p:b|more hawkish than the market wanted⟧".
"⟦d:b|The message is that they would rather overdo it than be caught behind again,⟧" he said. "⟦d:b|I think the July meeting is now live.⟧"
A senior finance ministry official, who spoke on condition of anonymity because he was not authorised to comment on monetary policy, said the government had been "⟦p:c|informed, not consulted⟧" but would not object to the move.
The ostra rose 0.4% against the euro after the announcement.

### 002
@a Rosalind Achterberg | head of multi-asset at Penhallow Investors
@b Ngozi Eze | a strategist at Brindle & Co
It was the week the bulls lost their nerve. The Calder 100 fell 3.1 per cent in five sessions, its worst run since March, as a string of weak factory surveys on both sides of the Atlantic punctured hopes of a “⟦s:-|soft landing⟧”.
“⟦d:a|Markets had priced perfection, and they didn’t get it,⟧” said Rosalind Achterberg, head of multi-asset at Penhallow Investors. “⟦d:a|I wouldn’t call this panic. It’s a repricing. Panic looks very different.⟧”
Not everyone is so sanguine. Ngozi Eze, a strategist at Brindle & Co, points to the bond market, where the gap between two-year and ten-year yields has widened again.
“⟦d:b|The bond market has been telling us the same story for eighteen months,⟧” she said. “⟦d:b|Equity investors just decided this was the week to listen.⟧”
Achterberg has been adding to holdings in utilities and healthcare, which she describes as “⟦p:a|boring in the best possible way⟧”. Eze, by contrast, is sitting on more cash than at any point since 2020.
“⟦d:b|Cash pays you 5 per cent to wait. That’s not nothing,⟧” she said.
The two agree on one thing. “⟦d:a|Watch the jobs numbers on Friday,⟧” Achterberg said. “⟦d:a|If they crack, everything else follows.⟧”

### 003
@a Declan Fairbrother | Chief executive
@b Hollis & Pryde | the company
@c Amina Siddiqui | national officer at the Retail Workers' Union
@d - | one analyst who asked not to be named because his firm advises the company
Hollis & Pryde, the country's fourth-largest grocer, said on Thursday it would close 23 stores and cut about 1,400 jobs after annual profits fell by more than a third.
The company said the closures were "⟦p:b|necessary to secure the long-term future of the business⟧" and that affected staff would be offered roles in other branches "⟦p:b|wherever possible⟧".
Chief executive Declan Fairbrother said the decision was the hardest of his career. "⟦d:a|These are good stores with good people in them,⟧" he said. "⟦d:a|But they are in the wrong places, and they have been losing money for years.⟧"
Pressed on Radio Ashcombe about whether he would take a pay cut, Fairbrother replied: "⟦d:a|My bonus for this year is zero. I think that's right.⟧"
Amina Siddiqui, national officer at the Retail Workers' Union, said the news had come "⟦p:c|out of the blue⟧" for staff.
"⟦d:c|People found out from a leaked memo on a group chat before anyone from head office spoke to them,⟧" she said. "⟦d:c|That is no way to treat people who kept this company open through a pandemic.⟧"
Shares in Hollis & Pryde rose 6% as investors welcomed the cost cuts. "⟦d:d|The market likes the surgery. Whether the patient recovers is another question,⟧" said one analyst who asked not to be named because his firm advises the company.

### 004
@a Farida Haddad | a neuroscientist at the University of Carrow who led the study
@b Oskar Lindqvist | a sleep researcher at the Hestia Institute in Malmberg
A short afternoon nap may help older adults hold on to new memories – but only if it lasts less than half an hour, according to a study published on Wednesday.
Researchers followed 412 people aged 65 to 80 for two years and found that those who napped for 10 to 25 minutes did better on recall tests than both non-nappers and long nappers.
“⟦d:a|The sweet spot was surprisingly narrow,⟧” said Dr Farida Haddad, a neuroscientist at the University of Carrow who led the study. “⟦d:a|Once people went past about 30 minutes, the benefit disappeared, and for those sleeping over an hour in the day, recall was actually a little worse.⟧”
The team thinks longer naps push people into deep sleep, leaving them groggy – a state known as “⟦s:-|sleep inertia⟧” – and may disturb sleep the following night.
Haddad cautioned against reading too much into a single study. “⟦d:a|This is observational. We can’t say the naps caused the better memory. It may be that people who are already healthier take shorter naps.⟧”
Oskar Lindqvist, a sleep researcher at the Hestia Institute in Malmberg, who was not involved in the research, called the findings “⟦p:b|plausible and useful⟧” but said the effect was small.
“⟦d:b|We’re talking about a couple of extra words remembered out of a list of thirty,⟧” he said. “⟦d:b|Nice if you’re a retiree who likes a nap. Not a reason to start prescribing them.⟧”
Asked whether she naps herself, Haddad laughed. “⟦d:a|Twenty minutes, after lunch, with an alarm. I practise what I publish.⟧”

### 005
@a Maureen Tolland | a retired dinner lady from Pelworth
@b North Carrick Health Trust | the trust
@c Gareth Pugh-Evans | chairman of the county council's health scrutiny committee
@d - | A nurse who did not want to be named
Patients at St Brannock's Hospital waited an average of nine hours and 40 minutes in its emergency department last month - the longest of any hospital in the region, new figures show.
Maureen Tolland, a retired dinner lady from Pelworth, spent 19 hours on a trolley in a corridor after a fall in March.
"⟦d:a|I had a broken wrist and I was lying next to a man who'd been there since the night before,⟧" she said. "⟦d:a|The nurses were wonderful. There just weren't enough of them.⟧"
A nurse who did not want to be named said staff were "⟦p:d|running on empty⟧". "⟦d:d|Some nights there are 40 people waiting and six of us. You go home and you cry in the car,⟧" she said.
In a statement, North Carrick Health Trust said it was "⟦p:b|sorry that some patients have waited longer than we would want⟧".
The trust added: "⟦d:b|Our emergency department was built for 120 patients a day and regularly sees more than 200. A new assessment unit opening in the autumn will ease pressure.⟧"
Gareth Pugh-Evans, chairman of the county council's health scrutiny committee, said he would be calling trust bosses in to explain. "⟦d:c|Sorry is not good enough,⟧" he said. "⟦d:c|We've heard about this new unit for three years. I want a date.⟧"

### 006
@a Joon-ho Baek | co-founder and chief executive of Lingwave
@b Meera Pillai | a linguist at Dunmore College
@c - | A Lingwave spokesperson
Lingwave’s earbuds promise to do something science fiction has been promising for decades: let two people who share no language hold a conversation in real time.
“⟦d:a|We wanted it to feel like talking, not like using an app,⟧” said Joon-ho Baek, co-founder and chief executive of Lingwave, at the product’s launch in Namhae City.
The earbuds, which cost $249, support 38 languages and work offline in eleven of them. Baek, 39, describes the delay – about 0.8 seconds – as “⟦p:a|about the length of a polite pause⟧”.
In my own tests the system coped well with simple exchanges and struggled with jokes, idioms and anything said quickly. Asked whether it could handle sarcasm, Baek smiled. “⟦d:a|Not yet. Humans can’t always handle sarcasm either.⟧”
Meera Pillai, a linguist at Dunmore College, worries that such tools will push everyone towards “⟦p:b|a kind of flattened, airport English⟧”.
“⟦d:b|Translation is never neutral. Every system makes choices about tone, about politeness, about what to leave out,⟧” she said. “⟦d:b|When that’s a person, you can ask them. When it’s a model, the choices are invisible.⟧”
A Lingwave spokesperson said the company was “⟦p:c|working closely with linguists⟧” and that users could already choose between formal and informal registers in eight languages.

### 007
@a Strideo | the company
@b Lukas Brandauer | an independent security researcher who first flagged the problem
@c Tessa Morcombe | a physiotherapist from Halbury who uses the app
@d - | A person familiar with the investigation
Fitness app Strideo has confirmed that the personal data of about 2.3 million users, including names, email addresses and in some cases home locations, was exposed in a cyber attack last month.
"⟦d:a|We take the security of our users' data extremely seriously and deeply regret this incident,⟧" the company said in an email to customers on Tuesday. "⟦d:a|There is no evidence that payment information was accessed.⟧"
But Lukas Brandauer, an independent security researcher who first flagged the problem, said Strideo had been warned in January. "⟦d:b|I sent them three emails and got one automated reply,⟧" he said. "⟦d:b|The database was sitting there with no password. You didn't need to be a hacker, you needed a web browser.⟧"
Because the app logs running routes, which often start and finish at a user's front door, the leak is "⟦p:b|about as bad as it gets for personal safety⟧", Brandauer added.
"⟦d:b|Companies always say they take security seriously. The ones that do don't usually have to say it.⟧"
Tessa Morcombe, a physiotherapist from Halbury who uses the app, has since switched off location sharing. "⟦d:c|I run at six in the morning on my own. Knowing a stranger could have a map of where I live is horrible,⟧" she said.
A person familiar with the investigation said the data regulator was likely to open a formal inquiry "⟦p:d|within days⟧". Strideo did not respond to questions about the January emails.

### 008
@a Marco Dellaporta | Castlebridge boss
@b Kwame Asante-Boateng | the 19-year-old
@c Stuart Kilbride | Wexley manager
Kwame Asante-Boateng marked his first league start with two goals as Castlebridge came from behind to beat Wexley 3-1 and climb into the top four.
The teenager, signed from non-league Harcombe Vale for £40,000 last summer, was mobbed by team-mates after his second, a curling shot from 20 yards in the 78th minute.
“⟦d:b|I’ve dreamed about that since I was six,⟧” said the 19-year-old. “⟦d:b|I didn’t even know what to do when it went in. I just ran.⟧”
Castlebridge boss Marco Dellaporta was full of praise but urged caution. “⟦d:a|He’s a good boy, he works hard, but let’s not build him up to knock him down,⟧” the Italian said. “⟦d:a|Two goals is two goals. Next week he has to do it again.⟧”
Wexley had led through Danny Moffat’s header on 12 minutes and were furious when a penalty appeal was waved away shortly before the equaliser.
Wexley manager Stuart Kilbride said: “⟦d:c|We’ve been done again. I’m running out of ways to say it.⟧”
“⟦d:c|If that’s not a penalty, somebody needs to come and explain to me what is, because I’ve been in the game 25 years and I don’t know any more.⟧”
Home fans serenaded the match-winner with “⟦s:-|There’s only one Kwame⟧” in the closing minutes. Told about the song afterwards, Asante-Boateng grinned. “⟦d:b|My mum will love that. She’s probably crying.⟧”

### 009
@a Valentina Ostrowska | the fourth seed
@b Chloe Ferrand | qualifier
@c - | a reporter
@d - | another reporter
Valentina Ostrowska, the fourth seed, was in no mood for small talk after her 6-4, 3-6, 7-6 (10-8) escape against qualifier Chloe Ferrand in the second round of the Harbourside Open on Wednesday.
"⟦d:a|I played terrible. Let's be honest,⟧" she said. "⟦d:a|If I play like this on Friday, I go home.⟧"
"⟦d:c|Was the heat a factor?⟧" a reporter asked.
"⟦d:a|Everybody plays in the same heat. It's not an excuse,⟧" Ostrowska said.
"⟦d:d|Were you nervous at 8-8 in the tiebreak?⟧" asked another reporter.
"⟦d:a|Of course. I am human. Anyone who tells you they are not nervous at 8-8 is lying to you.⟧"
Ferrand, 22 and ranked 187th in the world, was close to tears. "⟦d:b|I had match point and I rushed it. I will think about it for a long time,⟧" the Frenchwoman said.
"⟦d:b|But today I learned that I can play with these girls. That is something.⟧"

### 010
@a Tevita Fonua | the Hawks captain
@b Eoin Kearney | the Hawks' head coach
@c Pieter van Zyl | Ferndale's coach
Tevita Fonua has been called many things in a 12-year career, most often “⟦s:-|the Fridge⟧”. On Saturday, after his try with four minutes left sent Harlow Hawks into their first final in 14 years, he was simply the hero.
“⟦d:a|I’ve been on the other side of this too many times,⟧” said Fonua, the Hawks captain, his voice cracking. “⟦d:a|Semi-final losses, all of them. You start to think it’s not meant to be.⟧”
The 33-year-old had spent ten days in a protective boot after injuring his ankle in the quarter-final.
Eoin Kearney, the Hawks' head coach, admitted he had not expected him to last the full 80 minutes. “⟦d:b|The medical team told me sixty, maybe. He told me eighty. I believed him, which tells you something about my judgement,⟧” Kearney said with a grin.
“⟦d:b:m|People talk about systems and data and all that. Fine. We use it.⟧
“⟦d:b|But at 20-19 down with four minutes to go, it’s about who wants it more. Tevita wanted it more.⟧”
Ferndale's coach Pieter van Zyl did not dispute it. “⟦d:c|They deserved it. We didn’t turn up in the second half and you get punished at this level,⟧” he said.

### 011
@a Harjit Bassi | chairman of Lower Tolley Cricket Club
@b Brian Hollick | -
@c Emily Thwaite | the club's youth coach
@d Graham Stokesley | The landowner
Lower Tolley Cricket Club has secured its ground for another 25 years after a fundraising drive raised £186,000 in just ten weeks.
The club, founded in 1887, had faced losing its pitch on Mill Lane when the landowner decided to sell up.
"⟦d:a|Honestly, in February I thought we were finished,⟧" said Harjit Bassi, chairman of Lower Tolley Cricket Club. "⟦d:a|We had more than a century of history and about £9,000 in the bank.⟧"
Donations arrived from as far away as New Zealand and Canada. Brian Hollick, who opened the batting for the club in the 1970s and now lives in Nelson, sent £5,000 with a note that read: "⟦d:b|For the tea ladies, who kept us all alive.⟧"
Emily Thwaite, the club's youth coach, said the junior section had grown to 80 children. "⟦d:c|Half of them had never held a bat before last summer. Some of them now won't put one down,⟧" she said.
The landowner, Graham Stokesley, said he was "⟦p:d|delighted⟧" that the club would stay. "⟦d:d|I played there as a boy. I didn't want to see houses on it any more than they did, but I have to think of my family too,⟧" he said.
Bassi said the club would hold a celebration match against a "⟦s:-|Rest of the World⟧" XI made up of donors on August 12. "⟦d:a|Anyone who gave a fiver gets a game. We may need a bigger field,⟧" he said.

### 012
@a Ingrid Haugland | the owner of the island’s only guesthouse
@b Arne | the ferry’s skipper
@c Visit Vestkyst | the regional tourism board
@d - | a travel influencer
The ferry to Fjellsøy leaves once a day, weather permitting, and on the morning I arrive the weather does not permit.
“⟦d:b|Tomorrow, maybe. Or Thursday,⟧” says Arne, the ferry’s skipper, shrugging at a sea the colour of wet slate. “⟦d:b|The island is not going anywhere.⟧”
When I do get across, 26 hours later, Ingrid Haugland, the owner of the island’s only guesthouse, is waiting on the quay with a thermos.
“⟦d:a|Everybody thinks they want to be cut off until they are,⟧” she tells me. “⟦d:a|Then on the second day they start asking about the wifi.⟧”
There are 41 permanent residents, one shop and no cars. Visit Vestkyst, the regional tourism board, says visitor numbers have tripled since a travel influencer called the island “⟦p:d|the last quiet place in Europe⟧”.
“⟦d:c|We want visitors, but we want them to come slowly, and to stay longer,⟧” the board said.
Haugland is ambivalent. “⟦d:a|Money is good. The school has six children now instead of two. But I don’t want the island to become a backdrop for photographs.⟧”
On my last evening I ask her: “⟦d:-|What do visitors get wrong?⟧” She thinks for a long time.
“⟦d:a|They bring the wrong shoes,⟧” she says, “⟦d:a|and they talk too loud.⟧”

### 013
@a Dragan Petrović | the conductor
@b Hélène Marchetti | a retired schoolteacher from Saint-Aurel who has taken the route every summer since 1994
@c Transvia | the state operator
The sleeper from Kostrava to the coast is not fast. It leaves at 9.40pm, stops for forty minutes at a border nobody has guarded in twenty years, and arrives, if it arrives on time, just after breakfast.
"⟦d:a|This train is older than me, and I am 58,⟧" says the conductor, Dragan Petrović, tapping a brass plaque in the corridor. "⟦d:a|But she is reliable. More reliable than me.⟧"
In the dining car I share a table with Hélène Marchetti, a retired schoolteacher from Saint-Aurel who has taken the route every summer since 1994.
"⟦d:b|I could fly in an hour,⟧" she says. "⟦d:b|But then I would arrive and not feel that I had gone anywhere.⟧"
"⟦d:b|Have you slept on a train before?⟧" she asks. I admit I have not. "⟦d:b|Then tonight you will sleep like a baby,⟧" she says, "⟦d:b|or not at all.⟧"
The line's future is uncertain. Transvia, the state operator, says it is "⟦p:c|reviewing all loss-making night services⟧", and a decision is expected next year.
Petrović has heard it before. "⟦d:a|Every year they say it is the last year. Every year I am still here, making the beds.⟧"
I slept, in the end, like a baby.

### 014
@a Oluwaseun Adeyemi | the director
@b Caitríona Nic Aodha | -
There is a moment near the end of “⟦s:-|The Salt House⟧”, Oluwaseun Adeyemi’s revival at the Lanternfield Theatre, when the whole stage seems to tilt towards the audience and the kitchen table slides, very slowly, into the dark.
Adeyemi told me before the run began that he wanted the production to feel “⟦p:a|like a house that is slowly being taken back by the sea⟧”. He has succeeded, mostly.
“⟦d:a|The play was written in 1961 and everyone does it as a kitchen-sink piece,⟧” the director said. “⟦d:a|I think it’s a ghost story. Nobody has noticed because the ghosts are all still alive.⟧”
Caitríona Nic Aodha, who plays Nora, is extraordinary. She has described the role as “⟦p:b|eleven pages of silence and then a bomb⟧”, and the bomb, when it comes, is devastating.
“⟦d:b|I spend most of the first act listening. That’s the hardest thing to do on stage, because the audience can tell when you’re only pretending,⟧” she said.
The production is not flawless. A second-act “⟦s:-|dream⟧” sequence, with billowing sheets and a recorded choir, overstays its welcome by several minutes, and the accents wander.
But for Nic Aodha alone, go.

### 015
@a Rhys Callaghan | singer
@b Tobi Okafor | the band's drummer
The Velvet Shipyard's fourth album, "⟦s:-|Low Tide Radio⟧", arrives after five years, two line-up changes and, according to singer Rhys Callaghan, "⟦p:a|one very expensive divorce⟧".
"⟦d:a|We nearly didn't make it. I mean the album, and also the band,⟧" Callaghan said, laughing, in a rehearsal room in Dunmore. "⟦d:a|There was a year where Tobi and I only spoke through our manager.⟧"
Tobi Okafor, the band's drummer, is more measured. "⟦d:b|We needed to stop being a band for a while to remember why we were one,⟧" he said.
It was worth the wait. Opener "⟦s:-|Harbour Lights⟧" is the best thing they have recorded, a slow-burning six minutes that ends in a wall of feedback and a single, unaccompanied voice.
Callaghan wrote most of the lyrics in a borrowed caravan on the Teifen hills. "⟦d:a|I had no phone signal and a lot of feelings,⟧" he said. "⟦d:a|Bad combination for the neighbours. Good one for songwriting.⟧"
Okafor leaned over. "⟦d:b|He means he played the same four chords for six months.⟧"
"⟦d:a|Five chords,⟧" said Callaghan.
### 016
@a Margaux Delaunay-Ferrier | the 81-year-old painter whose vast canvases of empty beaches made her a cult figure in the 1970s
@b Anton Kessler | the museum's chief curator
The Museum of Modern Art in Grauwald has opened the first full retrospective of Margaux Delaunay-Ferrier, the 81-year-old painter whose vast canvases of empty beaches made her a cult figure in the 1970s.
«⟦d:a|Je peins le vide parce que c'est ce qui reste⟧», she told journalists at the opening on Thursday. «⟦d:a|I paint emptiness because it is what remains.⟧»
Anton Kessler, the museum's chief curator, said it had taken four years to assemble 112 works from 30 lenders. «⟦d:b|Some of these paintings have not been seen in public since 1979. One spent twenty years in a garage in Ostend,⟧» he said.
The show, titled «⟦s:-|Marée basse⟧» (Low Tide), is arranged chronologically, ending with the small grey panels she made in the late 1990s, which Kessler described as «⟦p:b|almost unbearably quiet⟧».
Asked whether she regretted giving up painting in 1998, Delaunay-Ferrier paused for a long time. «⟦d:a|Non. J'avais tout dit.⟧» («⟦d:a|No. I had said everything.⟧»)
Kessler smiled at the answer. «⟦d:b|That is exactly what she told me the first time we met, and the second, and the third,⟧» he said.
The exhibition runs until January 14.

### 017
@a Nkechi Obiora | the novelist
@b Frank Delahunt | Her editor at Greywing Press
Nkechi Obiora wrote the first draft of her new novel in eleven weeks and then spent six years taking it apart.
``⟦d:a|I had a book that was finished and dead,⟧'' the novelist said over coffee near her home in Eastwick. ``⟦d:a|Every sentence was correct and none of it was alive.⟧''
The result, ``⟦s:-|The Weight of Small Rivers⟧'', is the story of three sisters who inherit a failing pharmacy, and it is the best thing she has written.
Her editor at Greywing Press, Frank Delahunt, remembers receiving the rewrite. ``⟦d:b|I read it on a train and missed my stop. Twice,⟧'' he said.
Obiora grew up above her father's pharmacy in a market town, counting pills after school. ``⟦d:a|My father used to say that a story is a thing you owe to the people who can't tell it themselves,⟧'' she said. ``⟦d:a|I didn't understand that until I was forty.⟧''
Asked whether she reads her reviews, she laughed. ``⟦d:a|Only the bad ones. The good ones make me lazy.⟧''
Delahunt, for his part, reads all of them. ``⟦d:b|Somebody has to,⟧'' he said.

### 018
@a Brightwell Appliances | the company
@b Nadia Farouk | head of campaigns at the consumer group Fairbuy
@c Colin Ashdown | a retired engineer from Sallowby
@d Office for Product Standards | -
More than 90,000 electric kettles sold through supermarkets and online have been recalled after reports that their bases can overheat and melt.
Brightwell Appliances said the fault affected its 1.7-litre “⟦s:-|Aurora⟧” model sold between March 2022 and August 2023.
“⟦d:a|Customer safety is our top priority. Anyone who owns one of these kettles should stop using it immediately and unplug it,⟧” the company said.
Colin Ashdown, a retired engineer from Sallowby, said his kettle had started smoking while he was making tea. “⟦d:c|There was a smell like burning plastic and then a pop. If I’d been out of the room, I dread to think,⟧” he said.
Nadia Farouk, head of campaigns at the consumer group Fairbuy, said too many recalls reached only a fraction of affected customers.
“⟦d:b|Historically, fewer than one in five recalled products are ever returned,⟧” she said. “⟦d:b|People don’t register their appliances, and retailers don’t chase them.⟧”
The Office for Product Standards said it was “⟦p:d|monitoring the recall closely⟧”. Customers can get a full refund from the retailer where they bought the kettle, with or without a receipt.

### 019
@a Priyanka Desai | a pharmacist from Wellbrook
@b Rahul | her husband
@c SkyVista | the airline
@d - | a spokesman
@e Dominic Hale | chief ombudsman at the Air Travel Adjudication Service
A couple who waited 14 months for a refund on cancelled flights to their own wedding have finally been paid - after Your Money stepped in.
Priyanka Desai and her husband Rahul booked six return tickets with SkyVista for £2,340 so that relatives could join them for the ceremony in Cape Aldous. Three weeks before the big day, the flights were cancelled.
"⟦d:a|We had to rebook with another airline at three days' notice and pay nearly double,⟧" said Priyanka, 34, a pharmacist from Wellbrook. "⟦d:a|Every time we called we were told it was being processed. Fourteen months of being processed.⟧"
Rahul, 36, added: "⟦d:b|It took the shine off the whole thing. Every photo from the honeymoon, I remember we were still chasing that money.⟧"
After we contacted SkyVista, the airline refunded the full amount plus £300 in compensation.
"⟦d:d|We apologise to Mr and Mrs Desai for the delay, which fell well below our usual standards,⟧" a spokesman said. SkyVista said it had now cleared "⟦p:c|the vast majority⟧" of its refund backlog.
Dominic Hale, chief ombudsman at the Air Travel Adjudication Service, said: "⟦d:e|Passengers are entitled to their money back within seven days when a flight is cancelled. Not seven months. Not fourteen.⟧"

### 020
@a Janet Okoro-Blythe | cabinet member for transport
@b Susan Harrower | leader of the opposition Independent group
@c Raymond Eddleston | a shopkeeper on Fore Street
@d - | One cyclist
Protesters with placards reading “⟦s:-|Save Our High Street⟧” and “⟦s:-|Bikes Not Cars⟧” packed the public gallery at Tollbridge Town Hall on Tuesday as councillors approved a £3.2 million plan for segregated cycle lanes along Fore Street.
The vote was 21 to 17. Cllr Janet Okoro-Blythe, cabinet member for transport, said the scheme would make the town centre “⟦p:a|safer, quieter and busier⟧”.
“⟦d:a|Two cyclists have been killed on this road in six years. I am not prepared to wait for a third,⟧” she told the meeting.
Cllr Susan Harrower, leader of the opposition Independent group, accused the council of having “⟦p:b|steamrollered⟧” traders.
“⟦d:b|Nobody in this chamber is against safety,⟧” she said. “⟦d:b|But removing 64 parking spaces from a high street that is already on its knees is not a safety policy. It is a closing-down sale.⟧”
Okoro-Blythe hit back, citing research from other towns. “⟦d:a|Every study we have seen says the same thing. People on bikes and on foot spend more, not less.⟧”
Raymond Eddleston, a shopkeeper on Fore Street, said he feared for his business. “⟦d:c|My customers are pensioners buying paint and compost. They are not going to carry a bag of compost home on a bicycle.⟧”
As the result was announced, some in the gallery chanted “⟦s:-|Shame on you⟧” while others applauded. One cyclist, who had ridden to the meeting with a child seat still fitted, said: “⟦d:d|This is the best thing this council has done in twenty years.⟧”

### 021
@a Bernadette Quigley | headteacher of St Columba's Primary School
@b Lena Kowalczyk | -
@c Filip | Her son
@d Carrick County Council | the council
Pupils returned to St Columba's Primary School in Harlsden Vale on Monday, seven months after flooding forced it to close.
Balloons and a banner reading "⟦s:-|Welcome Home⟧" hung over the gates as children arrived.
"⟦d:a|Some of the children cried when they walked in, and so did some of the staff. I won't say which ones,⟧" said Bernadette Quigley, headteacher of St Columba's Primary School.
"⟦d:a|We've been spread across three other schools since November. Today is the first day we've all been under one roof.⟧"
Lena Kowalczyk, whose son Filip is in Year 4, said the months of bussing had taken their toll on families. "⟦d:b|He was getting up at six to catch a coach to a school he didn't know,⟧" she said. "⟦d:b|It's been exhausting for everyone.⟧"
Her son Filip, nine, said the best thing about his new classroom was the carpet. "⟦d:c|It's blue and it's really soft. The old one was brown,⟧" he said.
Carrick County Council said repairs had cost £1.9 million and that new flood barriers had been installed. "⟦d:d|We are confident the building is now far better protected,⟧" the council said.

### 022
@a Callum MacInnes | -
@b Eilidh MacInnes | His daughter
@c Ruaraidh Beaton | a friend for six decades
Callum MacInnes, who has died aged 88, spent fifty years fishing for lobster off the island of Sgarbh and published seven collections of poetry in Gaelic and English, most of them written, he liked to say, “⟦p:a|between the creels⟧”.
His first book, “⟦s:-|Salt on the Page⟧” (1971), was written in pencil in school exercise books and typed up by his wife, Morag, on a borrowed typewriter.
“⟦d:a|The sea gives you the rhythm. You only have to count,⟧” he told an interviewer in 1986.
“⟦d:a|I never understood poets who sit in rooms. What would you write about? The wallpaper?⟧”
He turned down a lectureship at the University of Ardmhor in 1979. “⟦d:a|I would have had to give up the boat, and the boat was the only thing that kept me honest,⟧” he said later.
His daughter, Eilidh MacInnes, said he had written until the last week of his life. “⟦d:b|He had a notebook by the bed and he was still crossing things out. He was never satisfied with a line. Never,⟧” she said.
The poet Ruaraidh Beaton, a friend for six decades, called him “⟦p:c|the last of the working bards⟧”.
“⟦d:c|Callum wrote about real work in the real language of the people who did it. There is nobody left who can do that,⟧” he said.
He is survived by Eilidh, two sons and nine grandchildren. Morag died in 2015.

### 023
@a Sunita Raghavan | the virologist whose work on bat coronaviruses was largely ignored for a decade and then suddenly urgent
@b Peter Lindholm | her former deputy at the Harrow Institute
@c Harrow Institute for Virology | The institute
@d Anjali Raghavan-Stone | Her niece
Sunita Raghavan, the virologist whose work on bat coronaviruses was largely ignored for a decade and then suddenly urgent, has died aged 79.
She spent most of her career at the Harrow Institute for Virology, where she built one of the world's largest collections of animal virus samples. In a 1998 lecture she warned that "⟦p:a|the question is not whether the next pandemic will come from animals, but which animal, and when⟧".
In 2020, she was asked how it felt to be proved right. "⟦d:a|It does not feel like anything. I would much rather have been wrong,⟧" she said.
Peter Lindholm, her former deputy at the Harrow Institute, said she was "⟦p:b|ferociously precise⟧". "⟦d:b|She would send back a paper because of one comma. She was usually right about the comma,⟧" he said.
The institute said in a statement: "⟦d:c|Sunita's foresight saved lives that will never be counted. We owe her more than we can say.⟧"
Her niece, Anjali Raghavan-Stone, said: "⟦d:d|At home she was just Auntie Sunny, who cheated at cards and made terrible jokes about viruses. We will miss the jokes most.⟧"

### 024
@a Marisela Undurraga | Opposition candidate
@b Ernesto Vidal Paredes | President
@c - | An observer from the Coastal States Electoral Mission
SAN ISIDRO DEL MAR, March 3 (Pacifica Press) – Opposition candidate Marisela Undurraga claimed victory in Sunday’s presidential election in Costa Verana, telling thousands of supporters in the capital’s main square that the country had voted for «⟦p:a|un cambio sin miedo⟧» – “⟦p:a|change without fear⟧”.
«⟦d:a|Hoy no ganó un partido. Hoy ganó la gente que se cansó de esperar⟧», Undurraga said. “⟦d:a|Today a party did not win. Today the people who were tired of waiting won.⟧”
With 87 percent of ballots counted, the electoral council gave Undurraga 51.8 percent against 46.1 percent for President Ernesto Vidal Paredes, who was seeking a second term.
Vidal did not concede. In a brief televised address, he said his party would “⟦p:b|wait for every vote⟧”.
“⟦d:b|Democracy is not decided in a square. It is decided in the count,⟧” he said, according to a translation released by his office.
An observer from the Coastal States Electoral Mission, who asked not to be identified, said voting had been “⟦p:c|largely orderly⟧” but noted “⟦p:c|serious delays⟧” in two northern provinces.
As results came in, the crowd in the square chanted «⟦s:-|¡Se va, se va!⟧» (“⟦s:-|He’s going, he’s going!⟧”).

### 025
@a Haruto Ishikawa | the mediator appointed by the Council of Lakes States
@b Bakary Diallo-Koné | the commander of the rebel Northern Front
@c - | A senior member of the government delegation
@d - | A Western diplomat following the talks
KAMBURA, Nov 8 (Meridian Wire) - Talks aimed at ending 18 months of fighting in northern Lusamba resumed on Saturday, with both sides agreeing to a 72-hour truce while negotiators work on a wider deal.
"⟦d:a|Both sides are here, and both sides are still talking. A month ago I would not have believed that possible,⟧" Haruto Ishikawa, the mediator appointed by the Council of Lakes States, told reporters outside the conference hotel.
"⟦d:a|But I am not going to use the word breakthrough. Not today.⟧"
Bakary Diallo-Koné, the commander of the rebel Northern Front, speaking through an interpreter, said his fighters would observe the truce "⟦p:b|as a gesture of good faith⟧".
"⟦d:b|We have never refused peace. We have refused surrender,⟧" he said. "⟦d:b|Those are not the same thing.⟧"
A senior member of the government delegation said the rebels' demands on regional autonomy were "⟦p:c|a non-starter⟧". "⟦d:c|They want a country inside a country. No government could accept that,⟧" the official said.
A Western diplomat following the talks was cautiously optimistic. "⟦d:d|The fact that they are arguing about details is good news. Last time they argued about whether to sit in the same room.⟧"
The talks are due to continue on Monday.

### 026
@a Ayşe Demirtaş | a rescue worker with the Kızılyar Civil Defence
@b Selim Ozan | a baker in the town of Derebaşı
@c World Relief Coordination Office | -
At least 312 people have been killed and more than 2,000 injured after a magnitude 7.1 earthquake struck the mountainous Kızılyar region early on Tuesday, officials say.
Rescue teams worked through the night with floodlights and bare hands as aftershocks rattled the region.
“⟦d:a|We heard a voice under the concrete at 3am. We dug with our hands for four hours. She is alive,⟧” said Ayşe Demirtaş, a rescue worker with the Kızılyar Civil Defence, speaking through a translator.
“⟦d:a|Now we are tired, but we cannot stop. There are more voices.⟧”
Selim Ozan, a baker in the town of Derebaşı, lost both his shop and his home. “⟦d:b|Everything I built in 30 years fell down in ten seconds,⟧” he told the BNC. “⟦d:b|But my children are alive. So I have nothing to complain about.⟧”
The World Relief Coordination Office said aid convoys had been “⟦p:c|severely hampered⟧” by landslides on the main road into the region.
“⟦d:c|The first 72 hours are critical. Every hour of delay costs lives,⟧” it said in a statement.

### 027
@b Haruko | My grandmother
@c - | One critic
Aiko Brennan-Mori, 44, runs Kome, a twelve-seat rice bar in Fairhaven that has a waiting list of four months. She spoke to us between lunch and dinner service.
Q: When did you first cook for other people?
A: I was nine. My grandmother, Haruko, had broken her wrist and somebody had to make the rice. She stood behind me the whole time and said "⟦d:b|Rice remembers how you treat it⟧" about fifty times.
Q: Is that true?
A: Completely. If you rush it, it sulks.
Q: Why only rice?
A: Because everyone thinks they can cook rice and nobody can. One critic called the menu "⟦p:c|a love letter to leftovers⟧". I had it printed on the aprons.
Q: What's next?
A: Sleep. Then maybe a second restaurant. My accountant says "⟦s:-|expansion⟧" like it's a bad word.

### 028
@a Bertie Olawale | head gardener at Thornbury Hall since 2002
@b Gwen Pritchard | -
Everybody panics about slugs in May. Bertie Olawale does not.
"⟦d:a|I tell people: let the thrushes do the work,⟧" says Bertie Olawale, head gardener at Thornbury Hall since 2002. "⟦d:a|Put in a pond, leave a messy corner, and the birds and the frogs will deal with it for you.⟧"
Gwen Pritchard, whose dahlias took best in show at the Fenby allotment society last summer, is less patient. "⟦d:b|Thrushes are lovely. Thrushes are also slow,⟧" she said. "⟦d:b|By the time they've turned up I've lost half my lettuces.⟧"
Olawale is a champion of the "⟦s:-|no-dig⟧" method, which leaves the soil undisturbed under a thick layer of compost. "⟦d:a|The best thing you can do for a garden is go for a walk and look at it,⟧" he says. "⟦d:a|Most people are too busy doing things to it.⟧"
His job for this month: sweet peas. "⟦d:a|Pinch out the tips when they've got three pairs of leaves. Be brutal. They'll thank you.⟧"

### 029
@a Jamal Hassan | a nurse
@b Ollie Brandt | a software tester
@c Fiona Kettering | director at Kettering & Lowe estate agents in Hartfield
Jamal Hassan and Ollie Brandt viewed 27 flats in 18 months before they found one they could afford: a two-bedroom conversion above a launderette in Hartfield, bought last month for £238,000.
“⟦d:a|Every time, we’d be outbid by someone with cash,⟧” said Hassan, a nurse. “⟦d:a|You start to take it personally, which is stupid, because it’s just maths.⟧”
Brandt, a software tester, said the couple had cut back “⟦p:b|to the bone⟧” to save a deposit. “⟦d:b|No holidays for three years, no takeaways. My mum thought we’d joined a cult,⟧” he said.
Fiona Kettering, director at Kettering & Lowe estate agents in Hartfield, says first-time buyers are returning to the market.
“⟦d:c|Prices have come off about 4 per cent from the peak. That doesn’t sound like much, but it has taken the madness out,⟧” she said.
Higher mortgage rates still bite, though. “⟦d:c|The deposit used to be the hurdle. Now it’s the monthly payment,⟧” Kettering said.
Asked whether it had all been worth it, the two men looked at each other. “⟦d:a|Ask me when the boiler breaks,⟧” said Hassan.
Brandt was more sentimental. “⟦d:b|Yes. It’s ours. Nobody can tell us to leave.⟧”

### 030
@a Harriet Mensah | -
@b Colm Devereux | a chartered financial planner at Northgate Wealth
@c Pensions Guidance Service | -
"⟦d:a|I'm 58 and have three small workplace pensions from old jobs, totalling about £64,000. Should I combine them, and will I lose anything if I do?⟧" writes Harriet Mensah from Ebbleton.
Colm Devereux, a chartered financial planner at Northgate Wealth, says combining pots often makes sense - but not always.
"⟦d:b|The first thing to check is whether any of those old schemes has a guaranteed annuity rate or protected tax-free cash. Those can be worth a lot more than they look,⟧" he says.
"⟦d:b|Move a pot with a guarantee and you lose it for ever. There's no undo button.⟧"
He also warns about exit fees on older policies, which he calls "⟦p:b|the small print that bites⟧".
The government-backed Pensions Guidance Service offers free appointments to anyone over 50. "⟦d:c|Talk to us before you transfer anything. It costs nothing and it might save you thousands,⟧" it said.
### 031
@a Lucia Bertolini | the car’s chief engineer
@b Hendrik Maas | Garrick Motors UK managing director
Garrick has been making sensible family cars for sixty years, and the Tessera, its first electric SUV, is sensible to its core. Even the softest of its drive modes is called “⟦s:-|Relax⟧”.
“⟦d:a|We spent two years on the suspension alone,⟧” Lucia Bertolini, the car’s chief engineer, told me at the launch in the hills above Castellano. “⟦d:a|Customers don’t notice suspension when it’s right. They only notice when it’s wrong.⟧”
It shows. The Tessera rides beautifully, soaking up broken tarmac that would have other SUVs crashing and fidgeting.
Range is less impressive. Garrick claims 520km; on my test route I managed 410km. When I put the figure to Bertolini she was unapologetic. “⟦d:a|Cold weather, motorway speeds and a journalist with a heavy right foot,⟧” she said.
Garrick Motors UK managing director Hendrik Maas said the starting price of £46,995 was “⟦p:b|deliberately aggressive⟧”.
“⟦d:b|We are late to this market. We know that. So we have to be better value than the people who got here first,⟧” he said.
Verdict: comfortable, roomy and fairly priced, if not thrilling. Four stars.

### 032
@a Bridget Fennelly | trainer
@b Ciarán Dunphy | Jockey
@c - | A spokesman for bookmaker Parr & Co
Rank outsider Gallant Mischief won the Brackenfield Gold Cup at 66-1 on Saturday, and nobody was more surprised than the people who look after her.
"⟦d:a|I genuinely thought we'd be last,⟧" said trainer Bridget Fennelly, who has just 11 horses in her yard in County Tallow. "⟦d:a|I told the owners to enjoy the day out and have a nice lunch. They're having a very nice lunch now, I'd say.⟧"
Jockey Ciarán Dunphy, 22, was riding in his first Gold Cup. "⟦d:b|She just kept going. Every time I asked, she found a bit more,⟧" he said. "⟦d:b|I've never felt anything like it coming up that hill.⟧"
A spokesman for bookmaker Parr & Co called the result "⟦p:c|a good day for the bookies⟧". "⟦d:c|Barely anyone backed her. Her own trainer didn't back her,⟧" he said.
Fennelly confirmed as much. "⟦d:a|I didn't, no. I'll never hear the end of it.⟧"

### 033
@a Iñigo Larrañaga | the 24-year-old
@b Patrice Vauclair | Arbola sporting director
@c Jonas Eklund | Race leader
ALTO DE MIRAVALLE (Velo Wire) - Iñigo Larrañaga won the queen stage of the Vuelta a Serranía on Thursday with a solo attack on the final climb, finishing 38 seconds clear of the favourites.
"⟦d:a|No me lo creo. Todavía no me lo creo,⟧" Larrañaga said in Spanish at the finish. "⟦d:a|I can't believe it. I still can't believe it.⟧"
The 24-year-old, riding his first grand tour for Team Arbola, said he had ignored his own instincts. "⟦d:a|I attacked because my legs told me to. My head said wait,⟧" he said through a team interpreter.
Arbola sporting director Patrice Vauclair said the move had been planned for the last four kilometres. "⟦d:b|We told him: if you feel good at the last hairpin, go. He felt good,⟧" Vauclair said.
Race leader Jonas Eklund kept the red jersey despite losing 41 seconds. "⟦d:c|Iñigo was too strong today. I'm not disappointed. The jersey is still on my shoulders,⟧" said the Swede.
Friday's stage is a flat 190km run to the coast.

### 034
@a Shanice Okonjo-Reid | the 26-year-old
@b Marcus Thale | Her coach
@c Athletics Kestria | the governing body
Shanice Okonjo-Reid broke the national 100m record for the second time in a month at the Harbour Games in Port Elsby on Saturday night, clocking 10.81 seconds.
“⟦d:a|I didn’t look at the clock. I looked at my coach’s face, and I knew,⟧” said the 26-year-old. “⟦d:a|He doesn’t smile much. He was smiling.⟧”
Her coach, Marcus Thale, admitted as much. “⟦d:b|I smiled. Once. Don’t tell anyone,⟧” he said.
Okonjo-Reid has faced questions since missing a drugs test in February. Athletics Kestria, the governing body, said in May that she had “⟦p:c|no case to answer⟧”.
Asked about it again on Saturday, she was blunt. “⟦d:a|I’ve answered every question anyone’s asked. I’m tested more than anyone in this country. I’m not going to keep apologising for running fast.⟧”
Thale stepped in. “⟦d:b|That’s enough on that. Ask her about the race.⟧”

### 035
@a Jaylen Whitmore | a sophomore guard who averages 11 points a game
@b Lonnie Graves | Hartwell State coach
@c Ellen Marsh | Pinecrest coach
HARTWELL (Collegiate Press) -- Jaylen Whitmore scored 31 points, including the go-ahead 3-pointer with 2.4 seconds left, as Hartwell State beat No. 9 Pinecrest 71-69 on Saturday night.
``⟦d:a|I wanted the ball,⟧'' said Whitmore, a sophomore guard who averages 11 points a game. ``⟦d:a|Coach drew it up for somebody else, but I told him, give it to me.⟧''
Hartwell State coach Lonnie Graves laughed when told that. ``⟦d:b|He's right, it wasn't for him,⟧'' Graves said. ``⟦d:b|It was for the open man. Turns out he was the open man.⟧''
Asked whether he would have changed the play, Graves shrugged. ``⟦d:b|Why would I? It worked.⟧''
Pinecrest coach Ellen Marsh said her team had defended well for 39 minutes. ``⟦d:c|We had him. We just didn't have him enough,⟧'' she said.
Hartwell State (14-6) plays at Ridgemont on Tuesday.

### 036
@a Giuseppina Moretti-Sala | the winemaker at Tenuta Vallescura
@b Luca | Her son
@c Consorzio Vini di Valmora | -
The harvest at Tenuta Vallescura began three weeks early this year, on August 22, the earliest date in the estate’s records.
«⟦d:a|Mio nonno non ha mai vendemmiato ad agosto. Mai⟧», says Giuseppina Moretti-Sala, the winemaker at Tenuta Vallescura, lifting a heavy bunch of nebbiolo. “⟦d:a|My grandfather never harvested in August. Never.⟧”
At 67, she has seen the valley change. «⟦d:a|Il clima è cambiato più in vent’anni che in cento⟧» – “⟦d:a|The climate has changed more in twenty years than in a hundred⟧” – she says.
Her son, Luca, who studied oenology abroad, is planting new vines on cooler, north-facing slopes higher up. “⟦d:b|We are moving uphill, like the vines want to,⟧” he said in English. “⟦d:b|In fifty years, maybe we make wine at the top of the mountain.⟧”
The Consorzio Vini di Valmora, which regulates the appellation, said yields were down 18 per cent but the quality was “⟦p:c|exceptional⟧”.
Moretti-Sala was less sure. “⟦d:a|Exceptional, yes. Ask me again when there is no water.⟧”

### 037
@a Yusuf Adebayo-Cole | deputy project scientist for the Halcyon mission
@b Continental Space Agency | the agency
@c Linnea Sörensen | a planetary scientist at the University of Torvik who is not part of the mission team
The Halcyon probe has sent back the first close-up images of Thessaly, an icy moon of the gas giant Orun, after a nine-year journey.
"⟦d:a|We've been waiting nine years for this, and honestly the first thing I said was a word I can't repeat on the radio,⟧" said Yusuf Adebayo-Cole, deputy project scientist for the Halcyon mission, at a briefing on Thursday.
The images show long parallel cracks in the surface ice, which the team has nicknamed "⟦s:-|tiger stripes⟧".
"⟦d:a|Those fractures suggest the ice shell is being flexed, possibly by an ocean underneath,⟧" he said. "⟦d:a|That's the exciting part.⟧"
The Continental Space Agency said the probe was "⟦p:b|healthy and performing as expected⟧". "⟦d:b|This is a historic day for planetary exploration,⟧" the agency said.
Linnea Sörensen, a planetary scientist at the University of Torvik who is not part of the mission team, called the pictures "⟦p:c|stunning⟧" but urged caution. "⟦d:c|Cracks can have many causes. We'll need the radar data before anyone starts talking about life,⟧" she said.

### 038
@a Rowan Featherstone | founder of Friends of the River Wendle
@b Wendle Water | the company
@c - | A Waterways Agency spokeswoman
@d Hilary Spence | a wild swimmer who has swum in the Wendle for 30 years
Sewage was discharged into the River Wendle for more than 4,100 hours last year, figures obtained by this newspaper show – nearly double the previous year.
“⟦d:a|It’s not a river any more, it’s an open drain,⟧” said Rowan Featherstone, founder of Friends of the River Wendle, who has tested the water every week since 2019. “⟦d:a|We find E. coli levels that would close a beach. And children paddle here every summer.⟧”
Hilary Spence, a wild swimmer who has swum in the Wendle for 30 years, said she had fallen ill twice last summer.
“⟦d:d|I was sick for a week both times. I’ve stopped going in after rain now, which in this country means I’ve mostly stopped going in,⟧” she said.
Wendle Water said the discharges were “⟦p:b|permitted⟧” during heavy rainfall and that it was investing £140 million in upgrades. “⟦d:b|We know our customers expect better, and so do we,⟧” the company said.
A Waterways Agency spokeswoman said it was “⟦p:c|reviewing the data⟧” and would “⟦p:c|not hesitate to take enforcement action⟧” if needed.
Featherstone was unimpressed. “⟦d:a|They’ve been reviewing the data for five years.⟧”

### 039
@a Therapeutic Products Board | -
@b Leila Moradi | a consultant oncologist at Kingsmere University Hospital who ran one of the trial sites
@c Graham Nuttall | chief executive of the charity Myeloma Voices
@d Veridane Pharma | -
@e - | A spokesperson for the health ministry
A new drug for a rare form of blood cancer has been approved for use, offering hope to patients who have run out of other options.
The Therapeutic Products Board said the medicine, sold as Korvexa, had shown "⟦p:a|a clinically meaningful benefit⟧" in patients whose cancer had returned after at least three earlier treatments.
"⟦d:b|For patients who have run out of options, this is genuinely new,⟧" said Dr Leila Moradi, a consultant oncologist at Kingsmere University Hospital who ran one of the trial sites.
"⟦d:b|I had patients on the trial who have now been in remission for more than two years. Before this, we would have been talking about months.⟧"
But the price - about £180,000 per patient per year - may keep it out of reach. Graham Nuttall, chief executive of the charity Myeloma Voices, said: "⟦d:c|Approval is only half the battle. A drug nobody can afford is a drug nobody gets.⟧"
Veridane Pharma said it was "⟦p:d|committed to working with health systems⟧" on access. A spokesperson for the health ministry said negotiations were "⟦p:e|ongoing⟧" and declined to comment further.

### 040
@a Miriam Castellanos | Judge
@b Simon Ebberley | The prosecutor
@c Deborah Lyall | His barrister
@d Gregor Halvorsen | a former financial adviser from Ashby Lacey
@e Pauline Ward | a retired nurse who lost £86,000
A former financial adviser who stole £2.4 million from 37 clients, many of them pensioners, has been jailed for seven years.
Gregor Halvorsen, 52, a former financial adviser from Ashby Lacey, pleaded guilty to 14 counts of fraud by abuse of position.
Sentencing him at Colbridge Crown Court, Judge Miriam Castellanos said he had “⟦p:a|betrayed the trust of people who treated you as family⟧”.
“⟦d:a|You presented yourself as a friend. You went to their birthdays. You sat at their kitchen tables. And all the while you were stealing from them,⟧” she said.
The prosecutor, Simon Ebberley KC, told the court the money had funded “⟦p:b|a lifestyle of holidays, cars and gambling⟧”.
Pauline Ward, a retired nurse who lost £86,000, read a statement to the court.
“⟦d:e:m|That money was my husband’s life insurance. It was supposed to look after me when he couldn’t.⟧
“⟦d:e|I don’t sleep any more. I check my bank balance three times a day. He didn’t just take money, he took my peace of mind.⟧”
His barrister, Deborah Lyall, said Halvorsen was “⟦p:c|deeply ashamed⟧”. In a letter to the court, he wrote: “⟦d:d|I have no excuse. I hope one day my victims can believe that I am sorry, though I would not blame them if they never do.⟧”
The judge was unmoved. “⟦d:a|Remorse after being caught is worth very little,⟧” she said.

### 041
@a Kerry-Ann Blatchford | Mum-of-three
@b Ruby | Her daughter
@c Dennis Cole | Neighbour
A heartbroken family have been reunited with their beloved spaniel Biscuit - 200 miles from home and FOUR YEARS after he vanished.
Mum-of-three Kerry-Ann Blatchford, 43, burst into tears when a vet called to say Biscuit's microchip had been scanned in Penwarren.
"⟦d:a|I honestly thought it was a wind-up. I made them read the number out twice,⟧" she said. "⟦d:a|Then I just sat on the kitchen floor and sobbed.⟧"
Biscuit disappeared from the family's garden in Lowerby in 2020. Kerry-Ann is convinced he was stolen. "⟦d:a|He wouldn't have wandered off. He's a total coward, he won't even go in the garden when it's windy,⟧" she said.
Her daughter Ruby, eight, who was four when Biscuit went missing, said: "⟦d:b|He remembered me! He licked my whole face!⟧"
Neighbour Dennis Cole, who helped put up hundreds of "⟦s:-|MISSING⟧" posters at the time, said the whole street was celebrating. "⟦d:c|We all loved that daft dog. It's the best news we've had round here in years.⟧"

### 042
@a Tony Harrington | a retired bus driver from Coldharbour
@b Bev Harrington | His wife
@c - | A spokeswoman for Crown Millions
A retired bus driver who has played the same numbers every week for 29 years has scooped £7.2 million on the Crown Millions draw.
Tony Harrington, 61, a retired bus driver from Coldharbour, said he checked his ticket three times before waking his wife.
“⟦d:a|I thought I’d misread it. Then I thought Bev was playing a trick on me,⟧” he said.
His wife Bev, 59, said: “⟦d:b|I wasn’t! I couldn’t even speak. I just kept pointing at the telly.⟧”
The numbers – the birthdays of their four grandchildren – have not changed since 1995.
Asked what they would buy first, the couple answered almost in unison. “⟦d:a|A new kettle,⟧” said Tony. “⟦d:b|A caravan,⟧” said Bev Harrington.
A spokeswoman for Crown Millions said the couple would receive “⟦p:c|full financial and legal advice⟧”.
Tony insisted nothing would change. “⟦d:a|I’m still going down the Red Lion on a Friday. I’ll just be buying.⟧”

### 043
@a Kaveh Jalali | -
@b Noor Al-Hassan | the 27-year-old actor who plays the eldest daughter
"⟦s:-|The Glass Orchard⟧", Kaveh Jalali's third feature, opens on a wedding and closes on a funeral, and in between almost nothing happens, beautifully.
Speaking at the Linden Film Festival, where the film had its premiere, Jalali said he had wanted to make "⟦p:a|a family drama where nobody shouts⟧".
"⟦d:a|In my family nobody shouted. Everybody was very polite, and everything was terrible,⟧" he said. "⟦d:a|That is more frightening to me than shouting.⟧"
Noor Al-Hassan, the 27-year-old actor who plays the eldest daughter, gives the performance of the year, doing almost everything with her eyes.
"⟦d:b|Kaveh gave me one note for the whole film: less,⟧" she said. "⟦d:b|Every day, less. By the end I was hardly moving my face.⟧"
The pacing will test some viewers. But the final twenty minutes, set in a single room as rain hammers on the windows, are as good as anything in cinema this year.
Four stars.

### 044
@a Maggie Trelawney | the longest-serving presenter on breakfast radio
@b Northwave | -
@c Sunil Varma | Her co-host
@d - | One listener
Maggie Trelawney, the longest-serving presenter on breakfast radio, is to leave “⟦s:-|The Morning Table⟧” after 17 years, Northwave has announced.
Announcing the news live on air on Monday, Trelawney, 62, said: “⟦d:a:m|I’ve been getting up at 3.45am since before some of our listeners were born. My body has asked me, very politely, to stop.⟧
“⟦d:a|I’m not retiring. I’m just going to start having breakfast instead of talking about it.⟧”
Her co-host, Sunil Varma, appeared close to tears. “⟦d:c|I’ve spent more mornings with Maggie than with my own wife. My wife says that explains a lot,⟧” he said.
Northwave said Trelawney had been “⟦p:b|the heart of our breakfast schedule⟧” and that her replacement would be announced “⟦p:b|in due course⟧”.
Listeners flooded social media with tributes. One listener wrote: “⟦d:d|Maggie got me through night feeds, a redundancy and a divorce. Thank you for every single morning.⟧”

### 045
@a Alejandro Ruiz-Tagle | the orchestra's new principal conductor
@b Hannelore Brückner | the orchestra's leader for two decades
There was a standing ovation before a single note had been played. At 34, Alejandro Ruiz-Tagle, the orchestra's new principal conductor, is the youngest person to hold the post in the Carrow Philharmonic's 112-year history.
"⟦d:a|People keep mentioning my age as if it were a musical opinion,⟧" he said in an interview before the concert. "⟦d:a|I have been conducting since I was 19. The orchestra does not care how old I am. They care whether I know the score.⟧"
Hannelore Brückner, the orchestra's leader for two decades, was blunter. "⟦d:b|He knows the score,⟧" she said. "⟦d:b|He also knows all our names, which not every conductor bothers to learn.⟧"
On the night, his Mahler was lean and urgent, the great slow movement taken faster than many will like but never rushed.
"⟦d:a|Mahler is dangerous for a young conductor because you want to show everything,⟧" he had said. "⟦d:a|The trick is to hide most of it.⟧"
He hid a great deal, and the orchestra played as if it had been waiting for him.
### 046
@a Adaeze Nwankwo-Harte | the designer
@b Bettina Lorenz | head of womenswear buying at Halloran’s department store
Adaeze Nwankwo-Harte’s studio sits above a former bakery in Eastwick, and on a grey Tuesday it still smells faintly of bread.
“⟦d:a|I’m tired of clothes that only look good standing still,⟧” the designer says, pulling a jacket off a rail. “⟦d:a|People sit on buses. They carry shopping. They pick up children. I design for that.⟧”
Her autumn collection, called simply “⟦s:-|Commute⟧”, is built around deep pockets, stretch wool and coats that can be thrown over a bicycle seat.
Bettina Lorenz, head of womenswear buying at Halloran’s department store, placed an order after seeing six pieces. “⟦d:b|It sold faster than anything we’ve had in the past three seasons. We reordered twice in a month,⟧” she said.
Nwankwo-Harte is wary of the hype. “⟦d:a|Everyone wants the next big thing. I want to be the thing that’s still there in ten years.⟧”
And the critics who dismissed the collection as “⟦p:-|fashion for accountants⟧”? She laughs. “⟦d:a|Accountants have money. I’ll take it.⟧”

### 047
@a Rukhsana Begum-Ellis | Education Secretary
@b Martin Quaye | general secretary of the Association of Classroom Teachers
@c - | A head teacher in Tyneford who asked not to be named
@d Tilly Ashworth | -
The proportion of top A-level grades fell for a second year running, official figures published on Thursday show, as exam boards continued to bring results back in line with pre-pandemic levels.
Education Secretary Rukhsana Begum-Ellis said the figures showed "⟦p:a|a return to normality⟧" and congratulated students. "⟦d:a|These results are every bit as valuable as those awarded in any other year. Universities and employers know that,⟧" she said.
Martin Quaye, general secretary of the Association of Classroom Teachers, said pupils in poorer areas had been "⟦p:b|hit hardest by the lost learning of the pandemic years⟧".
"⟦d:b|The gap between private and state schools has widened again. That should worry everyone in government,⟧" he said.
A head teacher in Tyneford who asked not to be named said: "⟦d:c|We've got kids who did everything right and missed their offers by one grade. It's brutal.⟧"
Tilly Ashworth, who got three A* grades at Kingsgate Academy, said she had "⟦p:d|screamed the house down⟧" when she opened her results. "⟦d:d|My dad had to go round and apologise to the neighbours,⟧" she said.

### 048
@a Desmond Ogunleye | general secretary of the Transport Workers’ Federation
@b Capital Rail | the operator
@c - | one commuter from Ashgrove
@d - | Another passenger
@e Wiktor Zieliński | a delivery driver
Millions of commuters faced a third day of disruption on Thursday as train drivers walked out again in a long-running dispute over pay and working hours.
“⟦d:a|Nobody wants to strike. Our members lose money every day they are out,⟧” said Desmond Ogunleye, general secretary of the Transport Workers’ Federation, on a picket line at Kingsbridge station. “⟦d:a|But the company has not moved a single inch in four months.⟧”
Capital Rail said the union’s demands were “⟦p:b|unaffordable⟧”. “⟦d:b|We have made a fair offer which would see drivers’ pay rise by 9 per cent over two years,⟧” the operator said.
At Kingsbridge, tempers were fraying. “⟦d:c|I’ve spent £60 on taxis this week. Who’s paying me back?⟧” said one commuter from Ashgrove, who works as a dental nurse.
Another passenger was more sympathetic. “⟦d:d|They’ve got a point. Everything costs more. Why should drivers be any different?⟧”
Wiktor Zieliński, a delivery driver, had given up on trains altogether. “⟦d:e|I bought a bike. Best decision of my life, apart from the rain,⟧” he said.
Further strikes are planned for next Tuesday and Wednesday.

### 049
@a Geraint Bowen | -
@b Huw Llewelyn-Price | a dairy farmer near Llanfrydd
@c Farmers' Alliance | the alliance
Geraint Bowen, who farms 300 acres at Pant-y-Ddraenen, has not seen proper rain since May.
"⟦d:a|The grass is like straw. I'm feeding winter silage in July, which means in January I'll have nothing,⟧" he said, kicking at the cracked ground by his gate. "⟦d:a|I've been farming 40 years. I've never seen it like this.⟧"
His neighbour, Huw Llewelyn-Price, a dairy farmer near Llanfrydd, has already sold 30 cows. "⟦d:b|You don't sell cows you've bred for three generations unless you have to,⟧" he said. "⟦d:b|It felt like selling family.⟧"
Bowen added: "⟦d:a|People in towns think a drought is a hosepipe ban. For us it's the whole year.⟧"
The Farmers' Alliance said it had asked ministers for "⟦p:c|emergency support⟧" and warned that milk prices could rise.
"⟦d:c|Without help, some of these farms will not be here next spring,⟧" the alliance said.

### 050
@a Renata Oyelaran | Pixelform's chief product officer
@b Ibrahim Sayegh | an analyst at Corvid Research
@c - | one attendee
Pixelform unveiled its new flagship phone, the Arc 9, at a packed event in San Telmo on Tuesday, betting that buyers care more about battery life than yet another camera upgrade.
"⟦d:a|This is the first phone we've built from the ground up around the battery rather than the camera,⟧" said Renata Oyelaran, Pixelform's chief product officer. "⟦d:a|Two days, real world. Not lab conditions. Real people.⟧"
She called the phone's new folding hinge "⟦p:a|the hardest engineering problem we've ever solved⟧".
Ibrahim Sayegh, an analyst at Corvid Research, said the starting price of $1,099 was "⟦p:b|brave in this market⟧". "⟦d:b|Consumers are holding on to phones for four years now. You need a very good reason to upgrade, and a battery is a good reason,⟧" he said.
During the question session, one attendee shouted "⟦d:c|What about the headphone jack?⟧" to laughter from the room.
Oyelaran did not miss a beat. "⟦d:a|We hear you. We're not bringing it back.⟧"

### 051
@a Claudia Restrepo | chief executive of Aldmark
@b Viktor Halvard | Norsund’s chief executive
@c - | a person familiar with the talks
@d Markets Authority | -
Aldmark and Norsund Foods have agreed a £6.8 billion merger that would create Europe’s third-largest frozen food group, with 41 factories and about 28,000 staff.
“⟦d:a|These are two companies that fit together like a hand and a glove,⟧” said Claudia Restrepo, chief executive of Aldmark, who will lead the enlarged group. “⟦d:a|Together we can invest in things neither of us could afford alone.⟧”
Viktor Halvard, Norsund’s chief executive, will become chairman. “⟦d:b|I have spent 22 years building Norsund. I would not hand it to anyone I didn’t trust,⟧” he said.
But the deal nearly collapsed last month over the valuation, according to a person familiar with the talks.
“⟦d:c|There was a weekend when everyone thought it was dead. It came back on the Monday because nobody had a better option,⟧” the person said.
The Markets Authority said it would examine the deal for “⟦p:d|any impact on prices for shoppers⟧”.
Restrepo played down fears of job cuts. “⟦d:a|There will be some overlap in head office. In the factories, we need every person we have.⟧”

### 052
@a Olamide Fashola | a 29-year-old day trader
@b Teodora Vasilescu | head of digital assets research at Brightline Capital
I met Olamide Fashola, a 29-year-old day trader, the morning after he lost a third of his savings.
"⟦d:a|It went down 40% in six hours. I watched the whole thing. I couldn't look away,⟧" he said, scrolling through the chart on his phone as if it might change.
"⟦d:-|Will you sell?⟧" I asked.
"⟦d:a|Now? At the bottom? No. That's how you lock in the loss.⟧"
Teodora Vasilescu, head of digital assets research at Brightline Capital, is not surprised by the crash. "⟦d:b|This market has no floor, because nothing underneath it generates cash. It's sentiment all the way down,⟧" she said.
She described the coin as "⟦p:b|a mood with a ticker symbol⟧".
When I read that line to Fashola, he shrugged. "⟦d:a|She's not wrong. But moods change.⟧"

### 053
@a Kenta Hirose | -
@b Dougie McAllister | a 58-year-old Scot who has carried bags on the tour for three decades
@c Sam Whitfield | Runner-up
Kenta Hirose holed a 40-foot birdie putt on the 72nd hole to win the Saltmarsh Open by one shot on Sunday, his first title outside Japan.
“⟦d:a|I was trying to two-putt. Honestly. It was a lucky one,⟧” Hirose said through an interpreter. “⟦d:a|My hands were shaking on the last three holes.⟧”
His caddie, Dougie McAllister, a 58-year-old Scot who has carried bags on the tour for three decades, said he had seen it coming.
“⟦d:b|I told him on the 17th tee, forget the leaderboard, just hit the fairway. He hit it 320 yards down the middle. That’s when I knew,⟧” McAllister said.
Asked what he would do with the £1.2 million prize, Hirose smiled. “⟦d:a|First, I will pay Dougie. Then maybe a new car for my father.⟧”
Runner-up Sam Whitfield was gracious. “⟦d:c|Fair play to him. You can’t legislate for a putt like that,⟧” he said.

### 054
@a Birgitta Solheim | Kestria head coach
@b Amara Nwosu | Captain
@c - | one journalist
Kestria head coach Birgitta Solheim insisted her side were "⟦p:a|not thinking about the final⟧" despite a 4-0 win over Belvarre that leaves them one game from a first major tournament final.
"⟦d:a|We have a semi-final on Wednesday against a very good team. That's the only game that exists,⟧" she told a press conference in Carrow.
Captain Amara Nwosu, who scored twice, sat alongside her. "⟦d:b|She says that every time,⟧" Nwosu said, laughing. "⟦d:b|But she's right. We've lost semis before because we looked too far ahead.⟧"
"⟦d:c|Will you rest anyone for Wednesday?⟧" one journalist asked.
"⟦d:a|No. Everyone is fit. Everyone plays if they're good enough,⟧" Solheim replied.
Nwosu was then asked about the hamstring injury that kept her out for a month. "⟦d:b|It's fine. I'm fine. Please stop asking my physio,⟧" she said.
Solheim added: "⟦d:a|Amara has been our best player for three years. She makes everyone around her better, and she is very annoying about it.⟧"

### 055
@a Teresa Ngata-Walsh | the 52-year-old
@b Anthony Beale | chair of the judges
Teresa Ngata-Walsh has won the £30,000 Kingfisher Prize for poetry with “⟦s:-|Tide Tables for the Dead⟧”, a collection written in the year after her mother’s death.
“⟦d:a|I didn’t write it to win anything. I wrote it because I couldn’t sleep,⟧” the 52-year-old said at the ceremony in Aldermere on Wednesday night.
Sir Anthony Beale, chair of the judges, called the book “⟦p:b|a masterclass in grief held at arm’s length⟧”.
“⟦d:b|It was unanimous, which I can tell you has not happened once in my four years on this panel,⟧” he said.
Ngata-Walsh, who writes in English and te reo Māori, read a short poem in both languages before accepting the prize.
“⟦d:a|My mother would have said, ‘Don’t let it go to your head.’ So I won’t. Much,⟧” she said.

### 056
@a Abdullahi | a former teacher who asked that his surname not be used
@b Elena Costa | a volunteer at the Santa Lucia shelter
@c - | A coastguard officer
PORTO SALVO - The boat carrying Abdullahi and 61 other people was spotted by a fishing crew eleven miles off the coast, drifting, its engine dead.
"⟦d:a|We were four days at sea. On the third day the water ran out,⟧" said Abdullahi, a former teacher who asked that his surname not be used, speaking through an interpreter.
"⟦d:a:m|Some people were drinking the sea. I told them not to. Not everyone listened.⟧
"⟦d:a|There was a woman with a baby next to me. I gave her my jacket. That is all I could do.⟧"
Elena Costa, a volunteer at the Santa Lucia shelter, said arrivals had doubled this summer. "⟦d:b|We have beds for 80 and last night there were 190 people here,⟧" she said. "⟦d:b|We are not a solution. We are a plaster.⟧"
A coastguard officer, who was not authorised to speak publicly, said: "⟦d:c|The boats are getting worse. Smaller, older, more people. It is only luck that more have not died.⟧"
Abdullahi says he wants to teach again. "⟦d:a|Mathematics is the same in every language. That is what I like about it.⟧"

### 057
@a Dorothy Pemberton | a former telephonist at the Ashbury exchange
@b Keith | Her son
@c Anita Desmond | Care home manager
Dorothy Pemberton celebrated her 100th birthday at Ferndown House care home on Sunday with a cake, a card from the mayor and, at her insistence, a small sherry.
“⟦d:a|I don’t know what all the fuss is about. I just kept waking up,⟧” said Mrs Pemberton, a former telephonist at the Ashbury exchange.
Asked for the secret of a long life, she did not hesitate. “⟦d:a|Never marry a man who can’t dance. And never go to bed angry, because you won’t sleep.⟧”
Her son Keith, 74, said his mother had been “⟦p:b|the boss of the family⟧” for as long as he could remember. “⟦d:b|She still tells me off about my haircut. I’m 74,⟧” he said.
Care home manager Anita Desmond said: “⟦d:c|Dorothy runs this place, really. We just work here.⟧”

### 058
@a Lenny Marlowe | the drummer with pub-rock band the Gasworks
@b Dex Rourke | the band's singer
@c - | His family
Lenny Marlowe, the drummer with pub-rock band the Gasworks, has died aged 76. To fans he was simply "⟦s:-|Sticks⟧".
His family said in a statement that he had died "⟦p:c|peacefully, with the radio on⟧". "⟦d:c|He was loud, he was kind, and he never once arrived anywhere on time,⟧" they said.
The Gasworks had one top-ten hit, "⟦s:-|Saturday Burns⟧", in 1979, and toured almost without a break for the next decade.
In a 1987 interview, Marlowe said: "⟦d:a|Drummers don't get famous. We get blamed. If the song's too fast, it's the drummer. If it's too slow, it's the drummer.⟧"
Dex Rourke, the band's singer, said: "⟦d:b|Lenny was the engine. Every band I've been in since, I've been looking for another Lenny. There isn't one.⟧"
"⟦d:b|The last time I saw him he was arguing with a nurse about the tempo of the hospital radio jingle,⟧" Rourke added. "⟦d:b|That was Lenny, right to the end.⟧"

### 059
@a Branwen Thomas-Ikeda | the site director from Marchester University
@b Alun Price | Farmer
@c Historic Landscapes Trust | -
An Iron Age hoard of more than 400 silver coins has been found in a field near Cwmderyn, in what archaeologists are calling one of the most important discoveries in the region for decades.
Farmer Alun Price found the first coin while fixing a fence in March. “⟦d:b|I thought it was a bit of a drinks can. I nearly put it in the bin,⟧” Price said.
Dr Branwen Thomas-Ikeda, the site director from Marchester University, said the find was “⟦p:a|the most significant in the county for a generation⟧”.
“⟦d:a|Hoards like this were buried in times of trouble. Someone meant to come back for it. They never did,⟧” she said. “⟦d:a|That’s the sad story behind every hoard.⟧”
The Historic Landscapes Trust said the coins would be assessed by the coroner under treasure law. “⟦d:c|We hope the hoard can be kept together and displayed locally,⟧” it said.
Asked whether he would now take up metal detecting, Price laughed. “⟦d:b|I’ve never metal detected in my life. I was fixing a fence.⟧”

### 060
@a Aleksei Voronin | the tournament's top seed
@b Nodira Yusupova | -
@c Pablo Etcheverry | Chief arbiter
Nodira Yusupova, 17, became the youngest winner of the Kestrel Invitational on Sunday after beating Aleksei Voronin, the tournament's top seed, in a final-round game that lasted more than seven hours.
«⟦d:b|Я не думала о победе, только о следующем ходе⟧», Yusupova said in Russian. «⟦d:b|I did not think about winning, only about the next move.⟧»
Known on the circuit as «⟦s:-|the Sphinx⟧» for her expressionless face at the board, she allowed herself a small smile as she lifted the trophy.
Voronin, 44, was gracious in defeat. «⟦d:a|She played like a computer in the endgame, but with nerves, which computers do not have,⟧» he told reporters. «⟦d:a|I will not be the last one she beats.⟧»
Chief arbiter Pablo Etcheverry said the game had been the longest in the tournament's history. «⟦d:c|Seven hours and four minutes. Nobody left the hall,⟧» he said.

### 061
@a Jess | a 23-year-old student in Colbridge who asked that her surname not be used
@b Kaitlin Moore-Abara | a clinical psychologist at the Ravensworth Clinic
@c Calmly | the company
Calmly, an app that offers round-the-clock conversations with an AI "⟦s:-|wellbeing companion⟧", now has more than four million users, most of them under 30.
Jess, a 23-year-old student in Colbridge who asked that her surname not be used, started using it during her finals. "⟦d:a|At 3am there's nobody to call. The app is there. That's the whole appeal,⟧" she said.
Dr Kaitlin Moore-Abara, a clinical psychologist at the Ravensworth Clinic, said such apps could help with mild anxiety but were "⟦p:b|no substitute for a human being⟧".
"⟦d:b|My worry is the person who needs real help and gets a chatbot telling them to breathe into a paper bag,⟧" she said.
Calmly said its app was "⟦p:c|designed to complement, not replace, professional care⟧" and that users in crisis were directed to emergency services. "⟦d:c|Safety is built into every conversation,⟧" the company said.
Jess agreed it had limits. "⟦d:a|It's good at calming me down. It's not good at telling me why I'm like this.⟧"

### 062
@a Winifred Agyeman | a pensioner from Blackmoor
@b Powerwatch | the regulator
@c Rahim Chowdhury | energy analyst at Cornerstone Consulting
Household energy bills will rise by 8 per cent from October, the regulator, Powerwatch, announced on Friday, adding about £140 a year to a typical bill.
Powerwatch said the increase reflected “⟦p:b|higher wholesale costs over the summer⟧”. “⟦d:b|We know this is unwelcome news for millions of households,⟧” it said.
Winifred Agyeman, a pensioner from Blackmoor, already wears two jumpers indoors. “⟦d:a|I put the heating on for one hour in the evening and then I go to bed with a hot water bottle. I don’t know what else I can cut,⟧” she said.
Rahim Chowdhury, energy analyst at Cornerstone Consulting, expects bills to fall again next spring. “⟦d:c|This is a bump, not a new peak,⟧” he said. “⟦d:c|But a bump is cold comfort, literally, if you’re already choosing between heating and eating.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh110.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh110",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
