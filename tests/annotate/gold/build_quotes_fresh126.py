# ruff: noqa: E501
"""Build ``quotes_fresh126.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
house styles of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh126-NNN``.

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
  it (``His wife, Nilda, who …``; ``Her colleague Saoirse Ní Bhriain, a specialist in
  ancient textiles``): the appositive is the description. A title or descriptor before
  the name alone (``Trainer Seamus Fahy``, ``the Ethiopian Tesfaye Wondimu``, ``the
  former fisherman Idris Mahmoud``, ``a retired engineer from Graz named Wolfgang``) is
  the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 24-year-old``,
  ``the world number six``), that description is taken. The same holds for an
  organisation named without an appositive and then cued as ``the agency``, ``the
  trust``, ``the bank`` or ``the club``.
* A non-restrictive relative clause after an appositive (``an astronomer …, who
  took part in the survey``) is not part of the description; a restrictive one
  (``a former primary school head who was diagnosed at 58``) is.
* Fragments quoted from unidentified reviews are ``partial`` with a null speaker and a
  null description, unless the passage describes their author (``one critic wrote``),
  in which case that phrase is the description.
* In obituaries, words the deceased said in earlier interviews are that person's
  speech. The predicate of the opening sentence (``X, who has died aged 88, was a
  jazz pianist``) is not an appositive, so it is not the description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a reporter's question or a word put to a speaker by a reporter
  (``asked whether the players were still "playing for him"``) is that reporter's.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* A shout from an unseen person (``came a shout from the back of the hall``, ``a
  voice called out``) is ``direct`` with speaker and description null; a chant taken
  up by a crowd is ``scare``.
* An unnamed group (``Kasora's delegation``, ``the authors``) speaking collectively
  has a null speaker and that phrase as the description; a named criminal group
  posting a statement is an organisation speaking, and the noun phrase that names it
  (``A criminal group calling itself Grey Tide``) gives the description without the
  name (``A criminal group``).
* Organisation names are given without a leading article (``National Road Safety
  Agency``, ``Haute-Lère prefecture``).
* A phrase a victim or reporter uses as the label of a scam or scheme (``safe
  account``) is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh126.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh126.jsonl")

PASSAGES = """
### 001
@a Annika Strand | chief executive of Halvorsen & Pike
@b Deepak Venkataraman | an analyst at Corbel Securities
@c Maureen Gallagher | regional organiser for the Retail and Distributive Union
@d Halvorsen & Pike | the 140-year-old department store chain
Halvorsen & Pike, the 140-year-old department store chain, said on Thursday it would close nine of its 31 shops after annual losses widened to £48m, but insisted the worst of its troubles were behind it.
Annika Strand, chief executive of Halvorsen & Pike, said the group had “⟦p:a|stopped the bleeding⟧” in its online business and would use the savings to refurbish its flagship stores in Carrow and Bexmouth.
“⟦d:a|Nobody enjoys closing shops, and I won't pretend this is anything other than a painful day for the colleagues affected,⟧” she said. “⟦d:a|But we have been running too many stores for too few customers for a decade. The maths was never going to fix itself.⟧”
The company said about 620 jobs were at risk, and that it would “⟦p:d|seek to redeploy as many colleagues as possible⟧” elsewhere in the business.
Shares rose 6 per cent in early trading. Deepak Venkataraman, an analyst at Corbel Securities, called the plan “⟦p:b|overdue but credible⟧”.
“⟦d:b|The question was never whether they would cut the estate, it was whether there'd be anything left worth saving when they did,⟧” he said. “⟦d:b|On these numbers, there is — just.⟧”
Maureen Gallagher, regional organiser for the Retail and Distributive Union, said staff had learnt of the closures from a news alert. “⟦d:c|People who have given thirty years to that company found out on their phones on the bus to work,⟧” she said. “⟦d:c|That tells you everything about how much they are valued.⟧”
Asked about the complaint, Strand said: “⟦d:a|We briefed colleagues as early as the market rules allowed. I accept it wasn't early enough for some, and I'm sorry for that.⟧”

### 002
@a Tobias Lindqvist | chief market strategist at Nordhavn Bank
@b Radu Petrescu-Marin | Finance Minister
@c - | One currency trader in Singapore
@d Ayesha Chaudhry | a portfolio manager at Kestrel Point Asset Management
LONDON, March 14 (Meridian Wire) - Global shares slipped on Friday and the dollar firmed as investors trimmed bets on early interest rate cuts after stronger-than-expected U.S. wage data, while Valdavia's crown sank to a five-month low.
The Beacon All-World equity index fell 0.6%, on course for its worst week since January. Benchmark 10-year Treasury yields rose 9 basis points to 4.41%.
``⟦d:a|The market had priced a very smooth glide path, and the data just isn't cooperating,⟧'' said Tobias Lindqvist, chief market strategist at Nordhavn Bank. ``⟦d:a|Nobody wants to be the last one holding duration into a hot print.⟧''
In emerging markets, the Valdavian crown weakened past 14.2 per dollar after Finance Minister Radu Petrescu-Marin told parliament the government had ``⟦p:b|no intention⟧'' of intervening to support the currency.
``⟦d:b|We are watching the market closely, but we are not going to chase it,⟧'' Petrescu-Marin said, according to a transcript of the session.
One currency trader in Singapore said the remarks had been read as a green light for sellers. ``⟦d:c|He basically told everyone the door is open. So they walked through it,⟧'' the trader said.
Ayesha Chaudhry, a portfolio manager at Kestrel Point Asset Management, said she was adding to positions in Valdavian government bonds on the weakness. ``⟦d:d|Valuations are the cheapest they've been since 2022. You get paid to be patient here,⟧'' she said.

### 003
@a Oluwaseun Adeyemi | a sleep researcher at the University of Carrowmore who led the study
@b Helga Brandt | a paediatric neurologist at the Linden Institute who was not involved in the research
@c - | the authors
Teenagers who are allowed to start school an hour later sleep longer, do better in maths and are less likely to report symptoms of depression, according to a three-year study of more than 9,000 pupils published on Wednesday.
The trial, run across 38 secondary schools in the Carrow valley, found that pupils whose first lesson moved from 8.30am to 9.30am gained an average of 41 minutes of sleep a night — rather than, as critics had predicted, simply going to bed later.
“⟦d:a|That was the big fear, that they'd just stay up on their phones for another hour,⟧” said Dr Oluwaseun Adeyemi, a sleep researcher at the University of Carrowmore who led the study. “⟦d:a|Some did. Most didn't. Their body clocks are shifted later at that age; we're just stopping fighting biology.⟧”
In the paper, published in the journal Developmental Sleep, the authors describe the effect on mood as “⟦p:c|modest but consistent⟧” and warn that it “⟦p:c|should not be overstated⟧”.
Helga Brandt, a paediatric neurologist at the Linden Institute who was not involved in the research, said the findings were robust. “⟦d:b|It's a big, well-run trial and the sleep data are measured with wrist monitors, not just questionnaires, which is what you want,⟧” she said. “⟦d:b|The harder question is cost. Buses, parents' working hours, after-school clubs — all of that moves too.⟧”
Adeyemi acknowledged the point. “⟦d:a|We're not saying every school can do this tomorrow,⟧” she said. “⟦d:a|We're saying that if you can, you probably should.⟧”

### 004
@a Kayleigh Dunmore | Mum-of-three
@b Rhys Pemberton | Consultant paediatric surgeon
@c Connor Blythe | Her partner
@d - | A spokesman for Brightwick Toys
A MUM has told of her terror after her toddler swallowed a button battery from a £2 light-up toy — and is now urging parents to check every gadget in the house.
Mum-of-three Kayleigh Dunmore, 29, rushed two-year-old Alfie to hospital after finding him coughing and drooling on the living room floor.
"⟦d:a|I just knew something was wrong. He wasn't crying, he was just sort of staring at me,⟧" she said. "⟦d:a|I'll never forget that look as long as I live.⟧"
Doctors at St Aldwyn's Children's Hospital found the coin-sized cell lodged in his throat, where it had already begun to burn the tissue.
Consultant paediatric surgeon Rhys Pemberton said Alfie had been "⟦p:b|very, very lucky⟧".
"⟦d:b|Two more hours and we'd be having a completely different conversation,⟧" he said. "⟦d:b|These batteries react with saliva and start causing damage within minutes. Parents genuinely have no idea.⟧"
Her partner, Connor Blythe, 31, said the family had bought the toy from a market stall in Pennock. "⟦d:c|It looked like any other toy. There was no warning on it, nothing,⟧" he said.
A spokesman for Brightwick Toys, which imports the product, said: "⟦d:d|We are urgently investigating how this item came to be sold without a secured battery compartment and have withdrawn the line from sale.⟧"
Kayleigh added: "⟦d:a|If this stops one other family going through what we did, it's worth it.⟧"

### 005
@a Ines Carvalho | Chirrup's head of infrastructure
@b - | one user
@c Marek Dvořák | a network engineer at the consultancy Lantern Systems
@d Chirrup | the messaging app used by some 300 million people
Chirrup, the messaging app used by some 300 million people, spent most of Tuesday offline in what the company later called “⟦p:d|a cascading failure in our routing layer⟧”, triggered by a routine configuration change.
Users across Europe, Africa and South America were unable to send messages for up to seven hours. Outage-tracking sites logged more than two million reports at the peak.
“⟦d:b|My whole family group chat is on this thing. My grandmother thinks I've blocked her,⟧” wrote one user on a rival platform, in a post shared tens of thousands of times.
In a blog post published late on Tuesday, Ines Carvalho, Chirrup's head of infrastructure, said the change had been tested but had “⟦p:a|behaved differently at full production scale⟧”.
“⟦d:a|We got this wrong, and we are sorry. A change that should have taken down nothing took down everything,⟧” she wrote. “⟦d:a|We are adding safeguards so that no single change can ever again be rolled out to every region at once.⟧”
Marek Dvořák, a network engineer at the consultancy Lantern Systems, said staged rollouts were standard practice. “⟦d:c|The surprising thing isn't that a config change broke something. That happens every day,⟧” he said. “⟦d:c|It's that it was allowed to go everywhere at once. That's a process failure, not a technical one.⟧”
Asked whether users would be compensated, the company said: “⟦d:d|Chirrup is free to use, but we know that doesn't make an outage any less disruptive.⟧”

### 006
@a Lotte Vandermeer | the 18-year-old signed from Dutch side VV Oosterwijk in the summer
@b Gwen Tallis | Harrowgate manager
@c Niamh Corrigan | Captain
@d Darren Ashworth | Selby Vale boss
Harrowgate Athletic Women 3 Selby Vale Ladies 1
Lotte Vandermeer, the 18-year-old signed from Dutch side VV Oosterwijk in the summer, scored twice on her first league start as Harrowgate moved level on points with the leaders.
"⟦d:a|I didn't really think, I just hit it,⟧" said Vandermeer, who admitted she had been "⟦p:a|shaking⟧" in the tunnel before kick-off.
"⟦d:a|The girls told me to enjoy it, so I tried. The second one I was lucky, the keeper should have saved it maybe.⟧"
Harrowgate manager Gwen Tallis was less modest on her behalf. "⟦d:b|She's been doing that in training for three months. I'm just glad everyone else has finally seen it,⟧" Tallis said.
Captain Niamh Corrigan, who scored the third from the penalty spot, said the result "⟦p:c|means nothing if we don't back it up at Kirkby next week⟧".
"⟦d:c|We've been here before and thrown it away,⟧" she added. "⟦d:c|Not this time.⟧"
Selby Vale boss Darren Ashworth felt his side had been "⟦p:d|nowhere near it⟧" in the first half.
"⟦d:d|I told them at half-time that if they wanted to stand and watch, they could buy a ticket,⟧" he said.

### 007
@a Mirela Kostadinova | The world number six
@b - | one reporter
@c Hana Sato | the 21-year-old qualifier who was playing her first tour-level final
Mirela Kostadinova said she had “⟦p:a|nothing left in the legs⟧” after saving three match points to win the Vellmore Open in a final-set tie-break that lasted 27 minutes.
The world number six, who beat Hana Sato 4-6 7-5 7-6 (14-12), needed treatment on her left thigh in the second set and considered retiring, she admitted afterwards.
“⟦d:a|Honestly, at 5-3 down I was thinking about how to shake her hand,⟧” Kostadinova told reporters. “⟦d:a|Then she missed an easy forehand and I thought, OK, maybe not today.⟧”
“⟦d:b|Did you think about retiring when you called the trainer?⟧” one reporter asked.
“⟦d:a|For one second. My coach was looking at me like, don't you dare. So, no.⟧”
Hana Sato, the 21-year-old qualifier who was playing her first tour-level final, was in tears during the trophy ceremony but composed by the time she reached the press room.
“⟦d:c|I'm sad now, but tomorrow I will be happy, I think,⟧” she said, speaking through an interpreter. “⟦d:c|Three weeks ago I was playing in front of 40 people. Today it was full. I want to come back to this court.⟧”
Kostadinova, asked what she had said to Sato at the net, smiled. “⟦d:a|That she will win many of these. And that I'm getting old, so please wait a few years.⟧”

### 008
@a Hélène Marchetti | mayor of Saint-Aubrac-sur-Lère
@b Odile | a retired schoolteacher who has lived on the Rue des Tanneurs all her life
@c Haute-Lère prefecture | -
SAINT-AUBRAC-SUR-LÈRE, France, Oct 9 (Continental Press) — Residents of this riverside town began shovelling mud out of their homes on Wednesday after the worst flooding in half a century, as forecasters warned that more rain was on the way.
«⟦d:a|Nous avons perdu le pont, l'école et la moitié des commerces⟧», said Hélène Marchetti, mayor of Saint-Aubrac-sur-Lère. «⟦d:a|We have lost the bridge, the school and half the shops.⟧»
Marchetti said the water had risen almost two metres in under three hours overnight on Monday. «⟦d:a|Nobody had time to move anything. People got out with their children and their dogs, and that is all⟧», she said.
Odile, 74, a retired schoolteacher who has lived on the Rue des Tanneurs all her life, was sweeping silt out of her kitchen with a broom. «⟦d:b|My mother told me about the flood of 1958. I thought she was exaggerating⟧», she said. «⟦d:b|She wasn't.⟧»
The Haute-Lère prefecture said in a statement that 212 people had been evacuated and that two were still missing. It described the situation as «⟦p:c|stabilised but fragile⟧».

### 009
@a Tavita Faleolo | our guide
@b Rosa Inés Quintero | the owner
The path up to the crater rim on Isla Corvina starts, improbably, behind a petrol station. Tavita Faleolo, our guide, points at a gap in the hedge between a diesel pump and a stack of tyres. “⟦d:a|People walk past it for years,⟧” he says. “⟦d:a|That's how we like it.⟧”
Faleolo, who grew up in the fishing village of Punta Arrecife below, has been taking walkers up the mountain for two decades. He walks in sandals, carries nothing but a machete and a bottle of water, and stops every few hundred metres to name a plant.
“⟦d:-|Is it always this steep?⟧” I ask, about an hour in, trying to make the question sound casual.
“⟦d:a|No,⟧” he says. “⟦d:a|Further up it is steeper.⟧”
It is. But the reward, when the cloud tears open at the rim, is a lake the colour of a swimming pool sitting in the old crater, ringed by tree ferns, without a single other person in sight.
That night at Casa Lunares, a six-room guesthouse in the village, the owner, Rosa Inés Quintero, serves grilled parrotfish and a rum she describes as “⟦p:b|mostly legal⟧”.
“⟦d:b|Everyone who comes here says the same thing: why doesn't anybody know about this place?⟧” she says, laughing. “⟦d:b|And then they go home and tell nobody. Good.⟧”

### 010
@a Idris Mahmoud | the former fisherman
@b Funmilayo Bankole | the production's only professional actor
“⟦s:-|Salt Lines⟧”, the first play by the former fisherman Idris Mahmoud, arrives at the Lanterne Theatre in Fallowmouth after a sold-out run in a converted net loft, trailing reviews that called it “⟦p:-|ferociously tender⟧” and “⟦p:-|the best new play of the year⟧”.
It follows three generations of a trawling family over a single storm-bound night, and most of its dialogue, Mahmoud says, was overheard rather than invented.
“⟦d:a|I didn't set out to write a play. I set out to write down what my uncle used to say on the boat before he forgot it,⟧” Mahmoud told me before the opening. “⟦d:a|Then I had sixty pages of swearing and weather, and a friend said, that's a play.⟧”
Funmilayo Bankole, the production's only professional actor, plays the grandmother, Mags, with a stillness that anchors everything around her.
“⟦d:b|Most of the cast had never been on a stage. Some of them had never been in a theatre,⟧” Bankole said. “⟦d:b|On the first night one of them asked me where the audience goes to the toilet. I loved them instantly.⟧”
The staging is rough at the edges — scene changes are clumsy, and the second act sags for a good twenty minutes — but the final scene, played almost in darkness, is as powerful as anything on a stage this year.
Mahmoud is unapologetic about the rough edges. “⟦d:a|If you want it polished, there are forty other shows in town,⟧” he said.

### 011
@a Graham Oduya | a retired bus driver from Wexcombe
@b Solace Energy | -
@c Lorna Beckwith | director of the campaign group Fair Bills Now
@d - | A spokeswoman for the Energy Markets Authority
When Graham Oduya, a retired bus driver from Wexcombe, opened his gas bill in January he assumed it was a misprint. Solace Energy wanted £4,312 for a single quarter - more than he had paid in the previous three years combined.
"⟦d:a|I rang them and a very nice young man told me the meter reading was correct and I should set up a payment plan,⟧" Mr Oduya said. "⟦d:a|I said, son, I live on my own in a two-bed terrace. I'd have to be heating the whole street.⟧"
It took five months, 23 phone calls and a complaint to the ombudsman before the company admitted it had been billing him against his neighbour's meter.
Solace Energy said: "⟦d:b|We apologise unreservedly to Mr Oduya for the distress caused. His account has been corrected, the overcharge refunded and a goodwill payment of £250 applied.⟧"
Lorna Beckwith, director of the campaign group Fair Bills Now, said crossed meters were "⟦p:c|far more common than suppliers like to admit⟧".
"⟦d:c|We see cases like Graham's every week. The difference is most people give up after the fourth or fifth call,⟧" she said.
A spokeswoman for the Energy Markets Authority said suppliers were required to "⟦p:d|investigate promptly and fairly⟧" when a customer disputed a bill, and that it was "⟦p:d|reviewing⟧" complaint handling across the sector.
As for the £250, Mr Oduya has plans. "⟦d:a|I'm spending it on a very good dinner somewhere warm,⟧" he said. "⟦d:a|They can pay for that too.⟧"

### 012
@a Bernadette Kowalczyk | Cabinet member for communities
@b Arjun Malhotra | leader of the opposition Independent group
@c Sian Pugh | Mother of two
@d - | One protester
Campaigners fighting to save Thornbury Road Library have vowed to take their fight to the courts after councillors voted 27-19 to close it and two other branches to save £410,000 a year.
Around 150 people packed the public gallery at Kelsall Town Hall on Tuesday night, many holding placards reading "⟦s:-|Books not budgets⟧" and "⟦s:-|Hands off Thornbury⟧".
Cabinet member for communities Cllr Bernadette Kowalczyk told the meeting the decision was "⟦p:a|the hardest I have made in eleven years in this chamber⟧".
"⟦d:a|I grew up in a library. I understand exactly what these buildings mean,⟧" she said. "⟦d:a|But our grant has been cut by a third since 2015 and the law says we must set a balanced budget. I cannot magic money out of thin air.⟧"
Arjun Malhotra, leader of the opposition Independent group, said the administration had "⟦p:b|given up without a fight⟧".
"⟦d:b|They found £2 million for a new roundabout on the bypass. Don't tell me they couldn't find £400,000 for the children of this town,⟧" he said, to applause.
Mother of two Sian Pugh, who takes her children to rhyme time every week, said she felt "⟦p:c|betrayed⟧".
"⟦d:c|My youngest said her first proper word in that building,⟧" she said afterwards. "⟦d:c|It was 'duck', off a picture book. Where is she going to go now?⟧"
One protester, leaving the building, said: "⟦d:d|They'll sell it to a developer within two years. Mark my words.⟧"

### 013
@a Celestine Obiora-Marsh | -
@b Hubert Kallenberg | the bassist
@c Ifeoma Marsh | Her daughter
@e - | one critic
Celestine Obiora-Marsh, who has died aged 88, was a jazz pianist whose left hand, one critic wrote, “⟦p:e|could hold up a building⟧”.
Born in Port Harcourt in 1936 to a schoolteacher and a church organist, she was playing for weddings by the age of 10. She arrived in London in 1959 with, as she liked to say, “⟦p:a|one coat, one suitcase and no plan whatsoever⟧”.
For years she was better known in Paris and Copenhagen than at home, where club owners preferred their pianists male and their jazz American. She later said of that period: “⟦d:a|I wasn't bitter. I was busy. Bitterness is for people with time on their hands.⟧”
In 1968 she formed a trio with the bassist Hubert Kallenberg and the drummer Wes Adomako, a partnership that lasted three decades. Kallenberg recalled in 2019 that her rehearsals were “⟦p:b|more like exams⟧”.
“⟦d:b|She'd stop you after four bars and say, ‘Again, and this time mean it,’⟧” he said. “⟦d:b|I was 40 years old and I was scared of her. I loved every minute.⟧”
Her album “⟦s:-|Harmattan Suite⟧” (1974), recorded in a single afternoon, is now regarded as one of the finest jazz records made in Britain.
In a 2011 interview she was asked whether she had ever thought of retiring. “⟦d:a|From what? You don't retire from breathing,⟧” she replied.
Her daughter, Ifeoma Marsh, said her mother had played the piano in her flat until a fortnight before her death. “⟦d:c|She couldn't remember what day it was, but she could remember every chord change of every tune she ever played,⟧” she said.
She is survived by Ifeoma, two grandsons and a great-granddaughter.

### 014
@a Karim Benslimane | Opposition candidate
@b Youssef Taleb | Interior Minister
@c Independent Electoral Commission | -
@d - | A Western diplomat in Al-Qasr
AL-QASR, Meranthe, June 3 (Continental Press) — Opposition candidate Karim Benslimane claimed victory in Meranthe's presidential run-off on Monday, hours before official results were due, drawing a furious response from the government.
«⟦d:a|Le peuple a parlé, et il a parlé clairement⟧», Benslimane told thousands of supporters in Martyrs' Square in the capital, switching between Arabic and French. «⟦d:a|The people have spoken, and they have spoken clearly.⟧»
«⟦d:a|Tonight we begin to build a country where nobody is afraid of the police⟧», he said, as the crowd chanted «⟦s:-|Karim, président⟧».
Interior Minister Youssef Taleb, whose ministry oversees the count, called the announcement «⟦p:b|illegal and irresponsible⟧».
«⟦d:b|Nobody has won anything until the commission says so. Anyone who says otherwise is playing with fire⟧», Taleb said in a televised address.
The Independent Electoral Commission said preliminary results would be published «⟦p:c|no later than Tuesday evening⟧».
A Western diplomat in Al-Qasr, who spoke on condition of anonymity, said turnout appeared to be the highest since independence. «⟦d:d|Whatever the result, this is the first election here where nobody knew the outcome in advance. That in itself is remarkable⟧», the diplomat said.

### 015
@a College of Emergency Medicine | -
@b Tomasina Greaves-Oyelaran | the shadow health secretary
@c Rowena Achterberg | The Health Secretary
The Health Secretary, Rowena Achterberg, faced a testing twenty minutes on “⟦s:-|Morning Call⟧” on Friday after new figures showed hospital waiting lists had risen for a fourth consecutive month. An edited transcript of her exchange with the presenter, Dev Sandhu, follows.
Q: Your own figures show 7.2 million people waiting. In March you said that number would be falling by the summer. It's July. What happened?
A: It is falling in the specialties we prioritised — hips, knees, cataracts. Overall, no, it hasn't fallen yet, and I'm not going to pretend otherwise.
Q: The College of Emergency Medicine says patients being treated on trolleys in corridors is now “⟦p:a|a routine part of hospital life⟧”. Is that acceptable?
A: No. And I'd gently say I don't like the phrase “⟦s:-|corridor care⟧”, because it makes it sound like a type of care. It isn't. It's a failure of care, and we are fixing it.
Q: When?
A: I'm not going to give you a date I can't keep. I've done that before and you've just played it back to me.
Responding to the interview, Tomasina Greaves-Oyelaran, the shadow health secretary, said the minister had “⟦p:b|finally admitted what every patient already knows⟧”.
“⟦d:b|Seven point two million people don't need a radio interview. They need an operation,⟧” she said.
Achterberg later wrote on social media that she had been “⟦p:c|straight with listeners⟧” and would “⟦p:c|keep being straight with them⟧”.

### 016
@a Lukas Engström | co-founder and chief executive of Hearthly
@b Zainab Olayinka-Reed | a privacy researcher at the Open Rights Collective
@c Min-jun Park | Hearthly's head of hardware
@d Hearthly | -
Hearthly's new thermostat does not have a screen, a dial or, according to its makers, any need for you to touch it ever again.
"⟦d:a|The best interface is no interface,⟧" Lukas Engström, co-founder and chief executive of Hearthly, told a packed launch event in a converted tram depot in Malmstad on Tuesday. "⟦d:a|You shouldn't have to think about your heating any more than you think about your own pulse.⟧"
The Ember, which goes on sale next month for 249 euros, uses a microphone array and a small radar sensor to work out how many people are in a room and where they are sitting.
That has alarmed some privacy advocates. "⟦d:b|A radar in your living room that knows when you're on the sofa is not a thermostat. It's a surveillance device that happens to control your boiler,⟧" said Zainab Olayinka-Reed, a privacy researcher at the Open Rights Collective.
Min-jun Park, Hearthly's head of hardware, said all the processing took place on the device itself. "⟦d:c|Nothing leaves the box. Not the audio, not the radar data, nothing,⟧" he said. "⟦d:c|We designed it that way precisely because we knew people would ask.⟧"
Pressed on whether that could change with a future software update, Engström said: "⟦d:a|Not without you saying yes. And we'd be out of business the day we did it.⟧"
In a follow-up statement, Hearthly said it would publish an independent security audit "⟦p:d|before the first unit ships⟧".

### 017
@a Rashid Anwar | The 36-year-old
@b Ben Harcourt | Wendover captain
@c Jacques du Toit | Castlebridge's head coach
Rashid Anwar took six for 41 as Wendover wrapped up an innings-and-37-run victory over Castlebridge inside three days at Mill Lane.
“⟦d:a|It was swinging from the first over, and when it does that you just try not to get too excited,⟧” Anwar said. “⟦d:a|I got too excited in the first spell. The second was better.⟧”
The 36-year-old, who has hinted that this will be his final season, said he was “⟦p:a|not thinking about the end⟧”.
Wendover captain Ben Harcourt described the spell as “⟦p:b|the best I've seen from anyone on this ground⟧”.
“⟦d:b|He's been doing it for 18 years and he still runs in like it's his debut. The young lads should be watching him, not their phones,⟧” Harcourt said.
Castlebridge's head coach, Jacques du Toit, did not hide his displeasure at the batting. “⟦d:c|Three of our top six got out leaving the ball. Leaving it. You can't coach that, you can only drop people,⟧” the South African said.
Asked if he planned to, du Toit replied: “⟦d:c|Watch this space.⟧”

### 018
@a Tane Ngata | Harbourside head coach
@b - | a reporter
@c Sefo Leota | Captain
@d Harbourside | the club
Harbourside head coach Tane Ngata stormed out of his post-match press conference after just four minutes on Saturday following a 41-10 hammering by Rivington.
Ngata, whose side have now lost five in a row, was asked whether he feared for his job.
"⟦d:a|No. Next question,⟧" he snapped.
When a reporter asked whether the players were still "⟦p:b|playing for him⟧", Ngata's patience ran out.
"⟦d:a|You want to write that, write it. I'm not going to sit here and do your job for you,⟧" he said, before pushing back his chair and walking out.
Captain Sefo Leota, left to face the music alone, was more conciliatory.
"⟦d:c|That's emotion, that's all that is. Tane cares more than anyone in that building,⟧" the 29-year-old lock said. "⟦d:c|Today was embarrassing. We were soft, we were slow, and that's on the players, not the coaches.⟧"
Asked if the squad still backed Ngata, Leota said: "⟦d:c|A hundred per cent. Every one of us.⟧"
The club later released a statement saying Ngata "⟦p:d|remains fully focused on turning results around⟧".

### 019
@a Beat Zimmerli | chief executive
@b - | a person familiar with the matter
@c Chiara Benedetti-Vogt | luxury goods analyst at Hallam Rhodes
ZURICH, Feb 2 (Continental Press) — Orlanne Horlogerie, the Swiss watchmaker, said on Tuesday it would cut production by a fifth this year as demand from China slumps, sending its shares to their lowest level since 2020.
«⟦d:a|We would rather have empty shelves than full warehouses⟧», chief executive Beat Zimmerli told journalists at the company's headquarters in Le Sentier-Bas. «⟦d:a|Discounting a watch like ours is a decision you only make once.⟧»
Zimmerli, who took over in 2021, said the company had «⟦p:a|no plans whatsoever⟧» to cut jobs, but a person familiar with the matter said management had discussed reducing hours at its two assembly sites. «⟦d:b|Everything is on the table except the brand⟧», the person said.
Chiara Benedetti-Vogt, luxury goods analyst at Hallam Rhodes, said Orlanne was «⟦p:c|doing the right thing, painfully⟧». «⟦d:c|The ones who flood the grey market now will pay for it for a decade⟧», she said.

### 020
@a Dilnoza Yusupova | a retired geography teacher from Pellworth
@b Rustam | Her husband
@c Marcus Ferreira-Lang | an astronomer at the Kessel Observatory who confirmed the discovery
An amateur astronomer who spent 14 years scanning the sky from her back garden has become the first amateur in a decade to discover a comet that should be visible to the naked eye.
Dilnoza Yusupova, a retired geography teacher from Pellworth, spotted the faint smudge near the constellation of Perseus on 3 November using a telescope she built from a kit. The comet has been given the official designation C/2025 V2 (Yusupova).
"⟦d:a|At first I thought it was a smear on the lens. I cleaned it three times,⟧" she said. "⟦d:a|Then I checked the star charts and it wasn't there, and I went very quiet. My husband thought I'd had a funny turn.⟧"
Her husband, Rustam, said she had woken him at 3am. "⟦d:b|She said, 'Come outside, I've found something.' I said, 'Can it wait?' She said, 'It's been waiting four billion years, it can't wait any longer,'⟧" he recalled.
Dr Marcus Ferreira-Lang, an astronomer at the Kessel Observatory who confirmed the discovery, said professional sky surveys had missed it. "⟦d:c|Those surveys are extraordinary, but they have blind spots, particularly close to the Sun at dawn. That's exactly where she was looking,⟧" he said.
"⟦d:c|It should be visible without binoculars for about a week from mid-December, if the skies are clear. Go outside, look north-east before sunrise, and you'll see a little fuzzy star with a tail.⟧"

### 021
@a Precious Mahlangu | Nurse
@b - | A SkyBridge spokesperson
@c Holly Treadwell | editor of consumer magazine Best Buy Weekly
FURIOUS holidaymakers were left stranded for 30 hours at Corlington Airport after budget airline SkyBridge cancelled three flights to Tenerife — then told them to book their own hotels.
Nurse Precious Mahlangu, 44, who had saved for two years for a family trip to mark her mother's 70th birthday, said passengers had been “⟦p:a|treated like cattle⟧”.
“⟦d:a|There were babies sleeping on the floor. Old people sitting on suitcases. Nobody from the airline came to speak to us for nine hours,⟧” she fumed.
“⟦d:a|My mum cried. She's 70, she's never been abroad, and this is what she gets.⟧”
A SkyBridge spokesperson said: “⟦d:b|We sincerely apologise to customers affected by these cancellations, which were caused by air traffic control restrictions outside our control.⟧”
But Holly Treadwell, editor of consumer magazine Best Buy Weekly, said passengers were still entitled to meals and accommodation. “⟦d:c|Whatever the cause, the airline has a legal duty of care. If they didn't provide a hotel, keep every receipt and claim it back,⟧” she said.
“⟦d:c|And don't accept vouchers if you want cash. You are entitled to a refund.⟧”

### 022
@a Edna Falconbridge | Great-grandmother
@b Peter Falconbridge | Her son
@c Shabnam Akhtar | manager of Larkhill House
Great-grandmother Edna Falconbridge celebrated her 100th birthday at Larkhill House care home in Mossbridge on Sunday with a cake shaped like a double-decker bus.
The bus was a nod to her 31 years as a conductor on the number 14 route between Mossbridge and Dunley, a job she started in 1946.
"⟦d:a|I knew every passenger by name and half of them by their business,⟧" she said. "⟦d:a|You'd know who was courting, who was in trouble and who hadn't paid.⟧"
Asked the secret of a long life, she said: "⟦d:a|Never take the last bus. You meet the wrong sort.⟧"
Her son Peter Falconbridge, 74, said his mother was "⟦p:b|sharper than the lot of us⟧".
"⟦d:b|She still does the crossword every day. In pen,⟧" he said.
Shabnam Akhtar, manager of Larkhill House, said staff had been planning the party for months. "⟦d:c|Edna is an absolute character. She runs this place really, we just work here,⟧" she said.
Edna had the last word. "⟦d:a|Tell them I'll see them at 101,⟧" she said.

### 023
@a Amihan Dela Cruz | the first woman from the Philippines to climb all 14 of the world's 8,000-metre peaks
@b Pemba Norbu Sherpa | Her longtime climbing partner
@c National Mountaineering Federation | -
MANILA, Aug 19 (Meridian Wire) - Amihan Dela Cruz, the first woman from the Philippines to climb all 14 of the world's 8,000-metre peaks, has died at 71, her family said on Monday.
Dela Cruz, who completed the feat in 2004 after a 19-year campaign, once said she climbed ``⟦p:a|not to conquer mountains but to be allowed to visit them⟧''.
``⟦d:a|People think the summit is the point. The summit is the halfway mark. Most people who die up there die on the way down,⟧'' she told Meridian Wire in a 2010 interview.
On her return from her final summit in 2004 she told reporters at the airport: ``⟦d:a|I am tired. I would like to eat my mother's adobo and sleep for a month.⟧''
Her longtime climbing partner, Pemba Norbu Sherpa, said she had once turned back 200 metres below the top of K2. ``⟦d:b|She didn't like the clouds. Three other teams kept going. She was right,⟧'' he said by telephone from Kathmandu.
``⟦d:b|She never once made me feel like the hired help. On the mountain we were the same.⟧''
The National Mountaineering Federation said in a statement that Dela Cruz had ``⟦p:c|opened the door for a whole generation of Filipino climbers, especially women⟧''.

### 024
@a Yara Haddad | the singer
@b Mette Solberg | the producer
Three years ago, Yara Haddad, the singer, and Mette Solberg, the producer, the two halves of Glasshouse Orchard, were not speaking to each other. Now they finish each other's sentences over mint tea in a café in Østervik.
“⟦d:a|We were touring for two years straight and by the end we were —⟧” Haddad begins.
“⟦d:b|Roommates who hate each other,⟧” Solberg says.
“⟦d:a|Worse. Roommates who are polite to each other.⟧”
Their third album, “⟦s:-|Low Tide Hymns⟧”, out on Friday, is the sound of that reconciliation. It was recorded in Solberg's grandmother's boathouse on the Norwegian coast, and the tide is audible on several tracks.
“⟦d:b|You can hear the water on ‘Kelp’ if you listen with headphones. We tried to get rid of it, then we realised it was the best thing on the record,⟧” Solberg says.
Haddad, who wrote most of the lyrics, describes the album as “⟦p:a|an apology with a drum machine⟧”.
“⟦d:a|I wrote a lot of it about her, and she knew, and she let me,⟧” she says. “⟦d:a|That's friendship, I think.⟧”
The songs are warmer and stranger than anything on their first two records, and the closing track, a ten-minute drone built from a broken harmonium, is the best thing either of them has done.

### 025
@a Tomasz Nowicki | -
@b Agata Nowicka | his wife
@c Colin Ashdown | Head judge
A Polish bakery that opened in a former betting shop in Denholme four years ago has been named the best independent bakery in the North West.
Tomasz Nowicki, who runs Złoty Kłos on Mill Street with his wife, Agata Nowicka, said he had "⟦p:a|nearly fallen off the chair⟧" when the result was announced at a ceremony in Harrowfield.
"⟦d:a|We came here with two suitcases and a sourdough starter in a jam jar,⟧" he said. "⟦d:a|My mother's starter. It's older than my children.⟧"
Agata Nowicka said the award came at a difficult time. "⟦d:b|Flour is up 40 per cent in two years, butter nearly double. We've not put the price of a loaf up since January because people round here are struggling too,⟧" she said.
Head judge Colin Ashdown said the rye loaf was "⟦p:c|the best I have tasted outside Kraków⟧".
"⟦d:c|You can't fake a bread like that. It takes years,⟧" he said.
Asked how they would celebrate, Nowicki shrugged. "⟦d:a|Tomorrow we open at six, same as always,⟧" he said.

### 026
@a Kalani Akana | a marine biologist at the Pacific Reef Institute
@b Sofía Aguirre Montalvo | lead author
@c Pacific Reef Institute | the institute
PORT ELIANA, Solano Islands, May 12 (Meridian Wire) - Nearly half of the coral on the Solano Islands' outer reef has bleached in the past six weeks, scientists said on Monday, in what they described as the worst event ever recorded in the archipelago.
"⟦d:a|We went back to sites I have dived for 20 years and they were white. Just white, as far as you could see,⟧" said Kalani Akana, a marine biologist at the Pacific Reef Institute, who took part in the survey.
Data released by the institute showed surface water temperatures 2.1C above the long-term average for most of April.
"⟦d:b|Bleaching is not death, not yet. If the water cools in the next month, a lot of this can recover,⟧" said lead author Sofía Aguirre Montalvo. "⟦d:b|If it doesn't, we will be counting skeletons by August.⟧"
In its report the institute called for "⟦p:c|immediate restrictions⟧" on anchoring and fishing in the worst-hit areas.
Akana said local fishing families were already feeling the effects. "⟦d:a|These are people who have fished this reef for eight generations. They noticed before we did,⟧" he said.

### 027
@a Elias Kimutai | The 24-year-old
@b Tesfaye Wondimu | the Ethiopian
@c Rosa Pennington | the home favourite
@d Bernard Otieno | Kimutai's coach
Elias Kimutai won the Harbourgate Marathon in 2:04:51 on Sunday, breaking the course record by 38 seconds in only his second race over the distance.
The 24-year-old pulled away from the Ethiopian Tesfaye Wondimu at 38km and ran the final four kilometres alone along the seafront.
“⟦d:a|At 30km my coach shouted that I was too fast, and I thought, maybe he is right,⟧” Kimutai said. “⟦d:a|But my legs didn't agree with him.⟧”
Wondimu, who finished 22 seconds back, spoke through an interpreter. “⟦d:b|I tried to go with him. I could not. Today he was stronger, and I say congratulations,⟧” he said.
The women's race was won by Rosa Pennington, the home favourite, in 2:21:07.
“⟦d:c|I've never heard noise like it on the final mile. I couldn't hear myself breathe,⟧” said Pennington, 31, who became the first home winner since 1997. “⟦d:c|I'm going to cry now, sorry.⟧”
Kimutai's coach, Bernard Otieno, admitted he had got it wrong. “⟦d:d|I shouted at him because I was scared. He was right and I was wrong. That doesn't happen very often,⟧” Otieno said, laughing.

### 028
@a Lucía Ferrándiz | the deputy mayor for tourism
@b Joan Puigdollers | president of the Vallmar Hoteliers' Association
@c Bill Hofstetter | -
@d Gretchen | his wife
Visitors to Vallmar will pay up to €7 a night in tourist tax from April, after the city council approved the highest rate in southern Europe in an effort to curb what the deputy mayor for tourism called "⟦p:a|an invasion we can no longer manage⟧".
Lucía Ferrándiz said the money would be spent on housing and street cleaning in the old town. "⟦d:a|Tourism pays our bills, nobody denies it. But the people who live here are being pushed out of their own neighbourhoods,⟧" she said. "⟦d:a|A city is not a theme park.⟧"
Joan Puigdollers, president of the Vallmar Hoteliers' Association, warned the tax would "⟦p:b|send visitors straight to our competitors along the coast⟧".
"⟦d:b|Seven euros a night for a family of four for a week is almost €200. That's not a small amount for a working family from Lyon or Birmingham,⟧" he said.
Tourists in the Plaça Major seemed unbothered. "⟦d:c|We paid more than that for a coffee in Venice,⟧" said Bill Hofstetter, 67, visiting from Ohio with his wife, Gretchen.
"⟦d:d|Speak for yourself,⟧" she said.

### 029
@a Sunil Ranganathan | Chief Financial Officer
@b Cordelia Vance | Chief executive
@c - | one analyst on the call
@d Jakub Wiśniewski | an analyst at Brightwater Capital
NEW HARBOR, Calif., May 8 (Meridian Wire) - Pellucid Inc forecast second-quarter revenue below Wall Street estimates on Thursday, sending its shares down 9% in extended trading, as corporate customers delayed spending on its data-storage software.
``⟦d:a|We saw deals that were ready to sign get pushed into next quarter, and in a few cases the quarter after,⟧'' Chief Financial Officer Sunil Ranganathan said on a call with analysts. ``⟦d:a|Nobody cancelled. But nobody was in a hurry either.⟧''
Chief executive Cordelia Vance said the company remained ``⟦p:b|very confident⟧'' in its full-year outlook. ``⟦d:b|The pipeline has never been bigger. Conversion is the issue, and conversion is cyclical,⟧'' she said.
``⟦d:c|Is this a macro problem or a Pellucid problem?⟧'' one analyst on the call asked.
``⟦d:b|We're not seeing it in the win rates,⟧'' Vance replied. ``⟦d:b|If anything, our win rate against the low-cost players went up.⟧''
Jakub Wiśniewski, an analyst at Brightwater Capital, called the guidance ``⟦p:d|a reset, not a collapse⟧'', and kept his buy rating on the stock.

### 030
@a Hamid Rahimi | a physiotherapist at Aberwen General Hospital
@b Glenys Powell | a former primary school head who was diagnosed at 58
@c Alun | Her husband
Every Saturday at 9am, on a damp cinder track behind a leisure centre in Aberwen, about twenty people with Parkinson's disease gather to run, walk or, in some cases, shuffle five kilometres.
The group was founded three years ago by Hamid Rahimi, a physiotherapist at Aberwen General Hospital, after he read research suggesting that intensive exercise could slow the progression of some symptoms.
“⟦d:a:m|The evidence isn't conclusive yet, and I'm always careful to say that to people. Nobody here thinks running is a cure.⟧
“⟦d:a:m|But what I see every week is people who arrive stiff and frightened and leave laughing. Whatever it's doing to their brains, it's doing something to their lives.⟧
“⟦d:a|And honestly, it's the best part of my week.⟧”
Glenys Powell, a former primary school head who was diagnosed at 58, was one of the first to join. She now runs the whole distance, though she says she is “⟦p:b|the slowest by a mile⟧”.
“⟦d:b|When I was diagnosed I sat in the car park and cried for an hour. I thought, that's it, that's my life over,⟧” she said. “⟦d:b|Now I've got a medal on my wall. A medal! I never won anything at school.⟧”
Her husband, Alun, walks the course with a flask of tea. “⟦d:c|She's better on a Saturday afternoon than she is all week. Calmer, steadier. I can't explain it but I can see it,⟧” he said.

### 031
@a Adaeze Okonjo-Pryce | the judge
@b Mei Lin Tsang | director of the civil liberties group Open Street
@c Corran Constabulary | -
@d - | A force spokesperson
The use of live facial recognition cameras by Corran Constabulary was unlawful because the force failed to assess whether the technology discriminated against women and ethnic minorities, the High Court ruled on Friday.
In her judgment, the judge, Mrs Justice Adaeze Okonjo-Pryce, wrote that the force had treated its equality duties as "⟦p:a|a box to be ticked after the event rather than a question to be answered before it⟧".
"⟦d:a|It is not for this court to decide whether facial recognition is a good or a bad thing. It is for this court to decide whether the police followed the law in deploying it. They did not,⟧" she wrote.
Mei Lin Tsang, director of the civil liberties group Open Street, which brought the case, called the ruling "⟦p:b|a landmark⟧".
"⟦d:b|For four years the police have been scanning the face of everyone who walks down the high street on a Saturday, and for four years they've told us not to worry about it,⟧" she said. "⟦d:b|Today a judge said: actually, you should have worried.⟧"
Corran Constabulary said it would "⟦p:c|study the judgment carefully⟧" and had paused all deployments.
A force spokesperson added: "⟦d:d|Public safety remains our priority and we believe this technology has a role to play in keeping people safe.⟧"

### 032
@a Kwame Boateng | Challenger
@b Liam Costigan | champion
@c Saul Brennan | Promoter
Challenger Kwame Boateng and champion Liam Costigan had to be separated by security at a fiery press conference in Dunmore on Thursday, three weeks before their heavyweight title fight.
Boateng, known to fans as "⟦s:-|The Hammer⟧", started it. "⟦d:a|He's been hiding behind that belt for two years. On the 14th I'm taking it off him and I'm taking it home to Tema,⟧" he said.
Costigan was having none of it. "⟦d:b|Hiding? I've defended it three times. Who's he fought? His sparring partners and his barber,⟧" he said.
The pair went head to head on the stage and had to be pulled apart when Costigan shoved his rival in the chest.
Promoter Saul Brennan laughed it off. "⟦d:c|That's the first time either of them's thrown a punch for free,⟧" he said. "⟦d:c|Save it for the night, lads.⟧"
Boateng had the last word as he left the room: "⟦d:a|Tell him to bring his passport. He'll be needing a holiday after.⟧"

### 033
@a Seo Yeon-hee | -
@b Aurelio Santangelo | The gallery's chief curator
The first thing you see in “⟦s:-|Weightless Rooms⟧”, Seo Yeon-hee's first major exhibition outside Korea, is nothing at all: a white room, apparently empty, at the top of the stairs of the Halden Gallery.
Stay a minute, though, and the floor begins, almost imperceptibly, to tilt. By the time you notice, you have already shifted your weight, and the room has made its point.
“⟦d:a|I wanted people to feel uncertain with their bodies before their minds,⟧” Seo told me at the preview, through a translator. “⟦d:a|In Seoul people walked in and immediately sat down on the floor. Here they keep looking for a sign to tell them what to do.⟧”
The gallery's chief curator, Aurelio Santangelo, said the installation had taken eighteen months and “⟦p:b|a small army of engineers⟧”. “⟦d:b|The insurers asked us to put a warning on the door. Seo said no. We compromised on a very small warning,⟧” he said.
Asked whether anyone had fallen over yet, Santangelo said: “⟦d:b|Two people. Both critics.⟧”
Not everything works. The later rooms, full of humming speakers and fog, feel like a funfair after the quiet menace of the first. But the first room alone is worth the ticket.
Seo herself is relaxed about the mixed reaction. “⟦d:a|If someone leaves angry, that is also a feeling,⟧” she said.

### 034
@a Ramiro Quispe Mamani | one of the rescued miners
@b Nilda | His wife
@c Ximena Choque | the national mining agency's rescue coordinator
@d Hernán Valdivieso | President
CERRO ROJO, Andalia, Sept 4 (Continental Press) — All eleven miners trapped for six days in a collapsed tin mine in southern Andalia were brought to the surface alive early on Thursday, to cheers from hundreds of relatives who had kept vigil at the entrance.
«⟦d:a|Pensé que no volvería a ver el sol⟧», said Ramiro Quispe Mamani, one of the rescued miners, as he was carried on a stretcher to a waiting ambulance. «⟦d:a|I thought I would never see the sun again.⟧»
His wife, Nilda, who had slept in a tent near the mine entrance for six nights, said she had «⟦p:b|never stopped believing⟧». «⟦d:b|The others told me to go home and rest. How could I rest?⟧» she said.
Ximena Choque, the national mining agency's rescue coordinator, said the men had survived by rationing the food and water in a refuge chamber. «⟦d:c|They were disciplined. They shared everything, even the last biscuit. That is why they are alive⟧», she said.
President Hernán Valdivieso, who flew to the site by helicopter, promised an investigation into the mine, which he said had been operating «⟦p:d|in the shadows, without permits⟧».
«⟦d:d|Those responsible will answer for this⟧», he told reporters.

### 035
@a Ivana Marković | an archaeologist at the University of Drava
@b Saoirse Ní Bhriain | a specialist in ancient textiles
@c Piet Janssens | the farmer who found the first fragments while ploughing
The first clue was a scrap of green glass that Piet Janssens, the farmer who found the first fragments while ploughing, assumed had come from a beer bottle.
“⟦d:c|I nearly threw it in the hedge,⟧” he said. “⟦d:c|My wife said, keep it, it's pretty. So it sat on the windowsill for a year.⟧”
The glass turned out to be part of a Roman drinking vessel, and the field near the village of Oudeveld has since yielded the remains of a fourth-century villa, a bath house and, most unusually, a near-complete wool cloak.
“⟦d:a|Textiles almost never survive in this soil. It's too acidic. We had to check three times that we weren't hallucinating,⟧” said Ivana Marković, an archaeologist at the University of Drava, who leads the excavation.
Her colleague Saoirse Ní Bhriain, a specialist in ancient textiles, called the cloak “⟦p:b|the find of a career⟧”.
“⟦d:b|You can see where it's been mended. Twice, by two different hands — one neat, one not. Someone loved this cloak enough to keep fixing it,⟧” she said.
Marković said it was “⟦p:a|far too early⟧” to say who had owned it. “⟦d:a|Everyone wants it to be a general. It was probably a farmer, like Piet,⟧” she said.

### 036
@a National Road Safety Agency | the agency
@b Haruto Ishikawa | Velora spokesman
@c Danielle Okoro | a nurse in Lakeport who owns one of the affected vehicles
LAKEPORT, Mich., Jan 22 (Meridian Wire) - Velora Motors is recalling about 412,000 sport-utility vehicles in North America because a software fault can cause rear-view cameras to go blank while reversing, the National Road Safety Agency said on Wednesday.
The agency said in a notice that the fault ``⟦p:a|may reduce the driver's rear visibility, increasing the risk of a crash⟧''.
Velora said it was not aware of any crashes or injuries related to the issue. ``⟦d:b|Customer safety is our highest priority, and dealers will update the software free of charge,⟧'' Velora spokesman Haruto Ishikawa said in an emailed statement.
``⟦d:b|Owners do not need to wait for a letter. They can book the update now,⟧'' Ishikawa added.
Danielle Okoro, a nurse in Lakeport who owns one of the affected vehicles, said the camera had failed on her twice last month. ``⟦d:c|The screen just went black while I was backing out of the hospital parking lot. I nearly hit a kid on a scooter,⟧'' she said. ``⟦d:c|I thought it was my phone interfering with it.⟧''

### 037
@a Farida Begum | shop owner
@b Owain Pritchard | His solicitor
@c Rhiannon Ellery | Judge
@d Jordan Kettle | -
A man who rammed a stolen car through the front of a village shop and fled with £3,000 worth of cigarettes has been jailed for two years and eight months.
Jordan Kettle, 23, of Alder Crescent, Pennock, admitted aggravated vehicle taking and burglary at Kelsall Crown Court.
In a victim impact statement read to the court, shop owner Farida Begum said she had not slept properly since the raid in March. "⟦d:a|I have run this shop for 19 years. I used to love opening up in the morning. Now I check the door five times before I go to bed, and I still lie awake listening for engines,⟧" she said.
His solicitor, Owain Pritchard, said Kettle had been "⟦p:b|in the grip of a serious cocaine habit⟧" at the time and was "⟦p:b|genuinely ashamed⟧".
"⟦d:b|He has written a letter to Mrs Begum, which he understands she may not wish to read,⟧" Mr Pritchard said.
Judge Rhiannon Ellery told him: "⟦d:c|You terrified a woman who had done nothing but serve her community. The shop was her livelihood and you treated it as a cash machine.⟧"
As he was led from the dock, Kettle turned towards the public gallery and said: "⟦d:d|Sorry, Mum.⟧"

### 038
@b Fiona Drummond | chief economist at the Hartwell Building Society
@c Rohan Mistry | a 29-year-old software tester
@d Chloe Adebayo-Smith | a primary school teacher
@e Gavin Leckie | -
House prices fell for the third month in a row in September, according to the Hartwell Building Society, as higher mortgage rates continued to squeeze buyers.
The average home cost £268,410, down 0.4 per cent on August and 2.1 per cent lower than a year earlier, the lender said.
“⟦d:b|We are seeing a gentle correction rather than a crash, and that's broadly the best outcome anyone could have hoped for,⟧” said Fiona Drummond, chief economist at the Hartwell Building Society. “⟦d:b|Buyers have more bargaining power than at any point in the last decade.⟧”
For Rohan Mistry, a 29-year-old software tester, and his partner, Chloe Adebayo-Smith, a primary school teacher, that bargaining power has arrived just in time. The couple had an offer accepted on a two-bedroom flat in Tarrowby last week, £17,000 below the asking price.
“⟦d:c|Two years ago we lost out on four places in a row to people paying over the odds,⟧” he said. “⟦d:c|This time the agent rang us back.⟧”
“⟦d:d|We're still paying a lot more every month than we would have in 2021,⟧” she added. “⟦d:d|It's not exactly cheap. It's just less impossible.⟧”
Gavin Leckie, who has sold homes in Tarrowby for 25 years, said sellers were “⟦p:e|finally getting the message⟧”. “⟦d:e|The ones who priced sensibly in the spring have sold. The ones who didn't are still sitting there,⟧” he said.

### 039
@a Mateo Ferreyra | the world number 48
@b Pete Morrow | his caddie
@c Callum Strachan | the defending champion
KINLOCH BAY, Scotland, July 18 (Meridian Wire) - Mateo Ferreyra, the world number 48, fired an eight-under-par 63 to take a two-shot lead after the first round of the Coastal Open on Thursday, holing a 40-foot eagle putt on the 18th to cap a bogey-free round.
``⟦d:a|I was just trying to two-putt, to be honest,⟧'' Ferreyra said. ``⟦d:a|When it dropped I didn't know what to do with my hands.⟧''
He gave much of the credit to his caddie, Pete Morrow. ``⟦d:a|He told me on the 12th tee to stop looking at the leaderboard. I didn't listen, but it was good advice,⟧'' he said.
``⟦d:b|Told him three times,⟧'' Morrow said with a grin. ``⟦d:b|He listens about once a year.⟧''
Callum Strachan, the defending champion, was four shots back after a 67 that included a double bogey at the seventh. ``⟦d:c|One bad swing. Apart from that I'm really happy with where the game is,⟧'' Strachan said. ``⟦d:c|It's a long week. The wind's going to come.⟧''

### 040
@a Farhad Rezaei | The Iranian director
@b Leyla Abbasi | the film's 19-year-old lead
@c Margot Villeneuve | The festival's artistic director
The Iranian director Farhad Rezaei, whose film “⟦s:-|The Orchard Keeper's Daughter⟧” opened the Lisière Film Festival on Wednesday, said he did not know whether he would be allowed to return home after the screening.
“⟦d:a|I made a film about a family, about a girl who wants to study. If that is dangerous, the problem is not with the film,⟧” he told a packed press conference, speaking through an interpreter.
Rezaei's passport was confiscated in 2022 and returned only last month, a fortnight before the festival. Asked whether he feared arrest, he paused for a long time.
“⟦d:a|I have a mother in Tehran. I have a son in Tehran. So, yes, I am afraid. But I am more afraid of not making films.⟧”
Leyla Abbasi, the film's 19-year-old lead, who was making her screen debut, said she had not told her school friends about the role until filming ended. “⟦d:b|They thought I was sick for two months,⟧” she said, to laughter.
The festival's artistic director, Margot Villeneuve, said the selection was “⟦p:c|not a political gesture⟧”. “⟦d:c|We chose it because it is the best film we saw this year. Full stop,⟧” she said.

### 041
@a Medicines Safety Authority | -
@b Stacey Mbatha-Hill | Hairdresser
@c Anil Bhattacharya | a GP in Pennock
@d - | A pharmacist who asked not to be named
FAKE weight-loss jabs sold on social media have put at least 30 people in hospital in the past three months, the medicines watchdog has warned.
The Medicines Safety Authority said the counterfeit pens, sold for as little as £60, contained "⟦p:a|unknown substances in unknown doses⟧" and urged the public to "⟦p:a|avoid them at all costs⟧".
Hairdresser Stacey Mbatha-Hill, 38, ended up in A&E after injecting a pen she bought from a seller on a messaging app.
"⟦d:b|I was sick for two days straight. I couldn't keep water down. My kids thought I was dying,⟧" she said. "⟦d:b|I was so desperate to lose the weight I didn't stop to think.⟧"
Dr Anil Bhattacharya, a GP in Pennock, said demand was "⟦p:c|through the roof⟧". "⟦d:c|Patients ask me for it every single day. When I say no, some of them go online and get it anyway, and I'm seeing the results,⟧" he said.
A pharmacist who asked not to be named said: "⟦d:d|We get people coming in asking us to check pens they've bought elsewhere. Some of them don't even have a batch number on them.⟧"

### 042
@a Priyanka Bose | headteacher of Fernhill Academy
@b Amara | -
@c Josh | -
@d Gareth Lloyd-Evans | general secretary of the National Teachers' Union
At Fernhill Academy in Brackwater, Year 10 pupils no longer hand in homework essays. They write them in class, by hand, in silence, while their phones sit in a plastic box at the front of the room.
"⟦d:a|It felt like going back to the dark ages at first,⟧" said Priyanka Bose, headteacher of Fernhill Academy, who introduced the policy in September after teachers noticed that homework had become suddenly, suspiciously flawless. "⟦d:a|But we had to know what the children could actually do.⟧"
"⟦d:b|Half the class was using chatbots. Everyone knew. The teachers knew,⟧" said Amara, 15. "⟦d:b|Now at least it's fair.⟧"
Josh, 14, was less convinced. "⟦d:c|My handwriting is terrible. My teacher says she can't read half of it, so I'm getting marked down for something that's not even English,⟧" he said.
Bose said the school was not "⟦p:a|anti-technology⟧". "⟦d:a|We teach them how to use these tools properly in computing lessons. What we won't do is pretend a piece of work is theirs when it isn't,⟧" she said.
Gareth Lloyd-Evans, general secretary of the National Teachers' Union, said schools were being left to "⟦p:d|make it up as they go along⟧". "⟦d:d|Every school is doing something different because nobody in government will give a straight answer,⟧" he said.

### 043
@a Kouassi Yao N'Guessan | -
@b Adjoua Konan | head of a 600-member growers' cooperative near Koffikro
@c - | a trader at a European commodity house
KOFFIKRO, Ivory Coast, Nov 6 (Continental Press) — Cocoa farmers in the world's biggest producing country say they are seeing little benefit from record prices on international markets, as a fixed farmgate price and rising costs eat into their earnings.
«⟦d:a|Le prix a triplé à Londres, mais pas ici⟧», said Kouassi Yao N'Guessan, 52, who farms six hectares outside Koffikro. «⟦d:a|The price tripled in London, but not here.⟧»
«⟦d:a|I still sell my beans for the price the government sets. My fertiliser costs double. Tell me how that is good news⟧», he said.
Adjoua Konan, head of a 600-member growers' cooperative near Koffikro, said some members were smuggling beans across the border to sell at higher prices. «⟦d:b|I cannot blame them. Their children need to eat. But it is dangerous, and some of them have been robbed on the road⟧», she said.
Cocoa futures in London hit a record on Tuesday. «⟦d:c|The market is pricing a third bad harvest in a row. Any sign of a decent crop and this unwinds very quickly⟧», said a trader at a European commodity house, who declined to be named because he was not authorised to speak to the media.

### 044
@a Bogdan Ionescu | the conductor
@b - | a woman in the next compartment
@c Wolfgang | a retired engineer from Graz
The sleeper to Varna-Sud leaves at 7.42pm from platform 11, and the conductor, Bogdan Ionescu, has been working it for 27 years. He checks my ticket, looks at my suitcase and then at the compartment, and shakes his head.
“⟦d:a|Too big. Always too big. Every tourist brings a suitcase for a cruise ship,⟧” he says. “⟦d:a|Under the bed. Push harder.⟧”
The train is not fast. It stops at stations that seem to consist of a single lamp and a dog, and sometimes it stops where there is no station at all.
“⟦d:-|Why does it stop here so long?⟧” I ask Ionescu, somewhere after midnight, at a platform whose name I cannot read.
“⟦d:a|Because the driver's mother lives here,⟧” he says, with a completely straight face. Then, after a pause: “⟦d:a|Also the locomotive changes.⟧”
In the corridor, a woman in the next compartment is eating sunflower seeds and looking out at the dark. She is going to her sister's wedding and has taken this train, she says, “⟦p:b|every summer since I was a baby⟧”. “⟦d:b|The plane is two hours. But then you arrive and you are still in the city in your head. The train, you arrive already on holiday,⟧” she says.
At breakfast — coffee from a flask and a pastry from a platform kiosk — a retired engineer from Graz named Wolfgang tells me he takes a night train somewhere every month. “⟦d:c|My wife says I am having an affair with the railway,⟧” he says. “⟦d:c|She is not wrong.⟧”

### 045
@a Marcus Delacroix-Hale | head coach
@b Ade Ogunleye | -
@c Ville Kettunen | the Finnish centre
@d - | a reporter
The Riverton Foxes are one win from the national championship after Ade Ogunleye scored 34 points, including the go-ahead three with 4.1 seconds left, in a 98-96 win over the Calder City Kings on Friday night.
"⟦d:b|I've taken that shot ten thousand times in an empty gym. This one had eighteen thousand people in it, that's the only difference,⟧" Ogunleye said.
"⟦d:d|Was it the play you called?⟧" a reporter asked head coach Marcus Delacroix-Hale.
"⟦d:a|No,⟧" he said, to laughter. "⟦d:a|The play I called was for Ville. Ade decided he had a better idea. When you're that good, you're allowed to.⟧"
Ville Kettunen, the Finnish centre, who finished with 21 points and 14 rebounds, didn't mind. "⟦d:c|He looked at me, I looked at him, and I knew I wasn't getting the ball. It's fine. He owes me dinner,⟧" Kettunen said.
Delacroix-Hale said the team would "⟦p:a|enjoy it tonight and forget it tomorrow⟧".
"⟦d:a|Game five is Sunday. Nobody gets a trophy for winning four,⟧" he said.

### 046
@a Leonor Figueiredo | health minister
@b - | A doctor at the main hospital in the provincial capital
@c Global Health Agency | -
@d Emeka Nwosu | agency spokesman
PORTO NOVO DO SUL, Meridana, April 2 (Continental Press) — Health authorities in Meridana confirmed 48 new cases of cholera on Tuesday, bringing the total since February to more than 1,200, as the rainy season threatened to overwhelm clinics in the north.
«⟦d:a|A situação está sob controlo, mas não está resolvida⟧», health minister Leonor Figueiredo told state radio. «⟦d:a|The situation is under control, but it is not resolved.⟧»
Figueiredo said the government had distributed water purification tablets to 90,000 households in the three worst-affected provinces.
A doctor at the main hospital in the provincial capital, who asked not to be named for fear of reprisals, painted a bleaker picture. «⟦d:b|We have patients on the floor of the corridor. We ran out of rehydration salts on Saturday and we are still waiting⟧», the doctor said.
The Global Health Agency said it was sending 200,000 doses of oral vaccine and described the outbreak as «⟦p:c|of serious concern⟧».
«⟦d:d|Cholera is preventable and treatable. Nobody should be dying of it in 2025⟧», agency spokesman Emeka Nwosu said.

### 047
@a Wildlife Rescue Trust | the trust
@b Dawn Hollings | a community support officer
@c Kemal Arslan | barista
@d - | One shopper
A swan brought traffic to a standstill in Wickford Lane for almost two hours on Wednesday after it decided to sit down in the middle of the road outside Pennyworth's bakery.
The bird, nicknamed “⟦s:-|Sid⟧” by staff at a nearby coffee shop, waddled up from the river at about 8am and settled on the warm tarmac.
“⟦d:c|He just sat there like he owned the place. The buses were queuing back to the roundabout,⟧” said barista Kemal Arslan, 26.
Dawn Hollings, a community support officer, was first on the scene. “⟦d:b|I've done a lot of training over the years. None of it covered swans,⟧” she said. “⟦d:b|We tried a bit of bread. He wasn't interested. He'd clearly had breakfast.⟧”
Volunteers from the Wildlife Rescue Trust eventually coaxed the bird onto the verge with a towel and a great deal of patience. The trust said in a statement that Sid was “⟦p:a|in good health and back on the river where he belongs⟧”, and reminded drivers that swans were “⟦p:a|bigger, stronger and more stubborn than they look⟧”.
One shopper, watching from the pavement with her dog, said: “⟦d:d|Best thing that's happened round here in years.⟧”

### 048
@a Giuseppina Lombardo | -
@b Salvatore Lombardo | Her son
@c Annabel Crewe | the food writer
@d Harry Okwu | a taxi driver who ate there every Friday for 40 years
Giuseppina Lombardo, known to everyone as "⟦s:-|Pina⟧", who has died aged 93, ran Trattoria Lombardo on Cable Street in Wexcombe for 61 years, serving the same eight dishes from the same handwritten menu.
She arrived from Calabria in 1956 with her husband, Enzo, and opened the restaurant six years later in a former ironmonger's. In 1989 the food writer Annabel Crewe wrote that her lasagne was "⟦p:c|an argument for never eating anywhere else⟧", and Lombardo had the review framed above the till, next to a parking ticket.
"⟦d:a|The review is for the customers. The ticket is for me, so I don't get big-headed,⟧" she told this magazine in 2008.
In the same interview she explained her refusal to change the menu. "⟦d:a|People say, Pina, why don't you do something new? I say, why? My customers' grandparents ate this food. Their grandchildren will eat it. New is for people who are not sure,⟧" she said.
Her son Salvatore Lombardo, who now runs the restaurant, said she had worked in the kitchen until she was 90. "⟦d:b|We tried to make her stop. She would hide in the cold store so we couldn't send her home,⟧" he said.
"⟦d:b|She was tough. She was the toughest person I ever met. But every waiter who ever worked for her, she went to their wedding.⟧"
Harry Okwu, a taxi driver who ate there every Friday for 40 years, said the restaurant had been "⟦p:d|like a second living room⟧". "⟦d:d|She never once wrote down an order. Never got one wrong,⟧" he said.

### 049
@a Yusuf Demir | general secretary of Transit Workers United
@b - | A Northlink spokesperson
@c Bethan Morgan | a solicitor who commutes from Caerhallt to Cardenby
@d Oliver Tan | a second-year student
Train drivers at Northlink Rail will strike for five days next month after talks over pay and rosters broke down, their union has announced.
Yusuf Demir, general secretary of Transit Workers United, said members had been “⟦p:a|left with no choice⟧” after the company refused to improve a 3 per cent pay offer.
“⟦d:a|Nobody wants to strike. Our members lose money every day they're out,⟧” he said. “⟦d:a|But this company has made £90 million in profit and it's offering drivers a real-terms pay cut. What are we supposed to do, say thank you?⟧”
A Northlink spokesperson said: “⟦d:b|We are disappointed that the union has chosen to walk away from talks. Our offer is fair and affordable, and our door remains open.⟧”
Passengers at Caerhallt station on Tuesday morning were weary. “⟦d:c|I've lost count of the strikes. I'll work from home. Again,⟧” said Bethan Morgan, 34, a solicitor who commutes from Caerhallt to Cardenby.
Oliver Tan, a second-year student, said he supported the drivers. “⟦d:d|Everything's gone up. Why shouldn't they get paid more? I'd rather the trains were late than the drivers were skint,⟧” he said.

### 050
@a Ingrid Solheim-Bakke | Vestria's foreign minister
@b Thandeka Mthembu | the foreign minister of Kasora
@c - | A senior official involved in the negotiations
@d - | Kasora's delegation
VELDEN, Sept 27 (Meridian Wire) - Foreign ministers from 14 countries failed on Friday to agree on a joint declaration on water-sharing along the Serran river, as talks ran more than ten hours over schedule and ended without a final communique.
"⟦d:a|We came very close. Close is not enough, but it is not nothing either,⟧" said Ingrid Solheim-Bakke, Vestria's foreign minister, who chaired the talks.
Thandeka Mthembu, the foreign minister of Kasora, the furthest downstream of the riverside states, was blunter. "⟦d:b|Upstream countries talk about sharing. Downstream countries talk about surviving. Those are not the same conversation,⟧" she told reporters.
A senior official involved in the negotiations said the dispute had come down to a single paragraph on dam construction. "⟦d:c|Everyone could live with the rest. That paragraph was the whole war,⟧" the official said.
Solheim-Bakke said ministers would meet again in January. Asked whether she was confident of a deal then, she said: "⟦d:a|Confident, no. Determined, yes.⟧"
Kasora's delegation later issued a statement saying it would "⟦p:d|not sign any text that legitimises the theft of our water⟧".

### 051
@a Nguyen Thu Ha | Vietnamese-born novelist
@b Rosalind Fairweather | chair of the judges
@c Hollybank Press | Nguyen's publisher
(Meridian Wire) - Vietnamese-born novelist Nguyen Thu Ha won the 50,000-pound Aldgate Prize for fiction on Tuesday for ``⟦s:-|The Rice Widow⟧'', a novel about three generations of women running a noodle stall in Hanoi.
``⟦d:a|I wrote most of this book at my kitchen table between five and seven in the morning, before my children woke up,⟧'' Nguyen said in her acceptance speech. ``⟦d:a|So I want to thank coffee, and I want to thank my children for sleeping late.⟧''
Rosalind Fairweather, chair of the judges, said the panel's decision had been unanimous. ``⟦d:b|It is a book about food, money and grief, and it manages to be funny about all three,⟧'' she said.
Hollybank Press, Nguyen's publisher, said the novel had sold ``⟦p:c|more in one night than in the previous year⟧'' and that it was reprinting 60,000 copies.
Asked what she would spend the prize money on, Nguyen laughed. ``⟦d:a|A dishwasher,⟧'' she said. ``⟦d:a|A very good one.⟧''

### 052
@a Brackwater District Council | -
@b Nadia Kaczmarek | The council's chief executive
@c Grey Tide | A criminal group
@d Siddharth Menon | a security researcher at Ravenwood Labs
@e Margaret Huxley | -
Brackwater District Council has been unable to process benefit claims, planning applications or changes to bin collections for nine days after a ransomware attack that it admits it was “⟦p:a|not adequately prepared for⟧”.
The council's chief executive, Nadia Kaczmarek, apologised to residents in a video posted on Thursday. “⟦d:b|I am truly sorry. People are waiting for money they are entitled to and that is not acceptable,⟧” she said. “⟦d:b|Our staff are working around the clock, on paper where they have to.⟧”
A criminal group calling itself Grey Tide has claimed responsibility. In a post on its leak site, it wrote: “⟦d:c|Brackwater had weeks to talk. They chose silence. Their residents will now read their data instead.⟧”
Siddharth Menon, a security researcher at Ravenwood Labs, said local authorities were “⟦p:d|low-hanging fruit⟧”. “⟦d:d|They run old systems on tiny budgets and they hold exactly the kind of data criminals can monetise. It's a perfect storm,⟧” he said.
Margaret Huxley, 81, who relies on council-funded home care visits, has received a letter warning her that her details may have been accessed. “⟦d:e|I don't even know what ransomware is. I just want to know if someone has my bank details,⟧” she said.

### 053
@a Ciara Breslin | The 23-year-old
@b Seamus Fahy | Trainer
@c Dessie Hanlon | retired postman
Ciara Breslin became only the second woman to ride the winner of the Kilcarrig Gold Cup yesterday as 40-1 outsider Parish Priest stormed home by six lengths.
The 23-year-old, riding in the race for the first time, burst into tears as she passed the post.
"⟦d:a|I can't believe it. I genuinely can't believe it. I was just hoping to get round,⟧" she said. "⟦d:a|He jumped like a stag. I was a passenger for the last mile.⟧"
Trainer Seamus Fahy, 71, who has only seven horses in his yard, said: "⟦d:b|I've been doing this fifty years and I've never had a day like it. Never. I'm going to need a lie down.⟧"
Parish Priest is owned by a syndicate of 14 regulars at the Anchor bar in Castlederry, who paid £4,000 for him as a yearling. As chants of "⟦s:-|Priest! Priest!⟧" rang round the winner's enclosure, one of the syndicate, retired postman Dessie Hanlon, could barely speak.
"⟦d:c|We bought him after a few pints and a bet on the back of a beer mat,⟧" he said eventually. "⟦d:c|We'll be buying a lot more pints tonight, I can tell you.⟧"

### 054
@a Henrik Dahlgren | a psychologist at Ashgrove University
@b Tomás Ó Ceallaigh | an epidemiologist at the Western Institute of Public Health
A study of 40,000 teenagers has found no meaningful link between the amount of time they spend on social media and their wellbeing — a finding that has reignited one of the most bitter arguments in modern psychology.
"⟦d:a|Screen time, measured as hours a day, explains less than half of one per cent of the variation in wellbeing,⟧" said Professor Henrik Dahlgren, a psychologist at Ashgrove University, who led the research. "⟦d:a|Eating breakfast explains more than that.⟧"
But Tomás Ó Ceallaigh, an epidemiologist at the Western Institute of Public Health, said the study was asking "⟦p:b|the wrong question⟧".
"⟦d:b|Nobody serious thinks the problem is the number of hours. It's what they're doing in those hours, and who's on the other end,⟧" he said. "⟦d:b|Averaging everything together is a very efficient way of finding nothing.⟧"
Dahlgren rejected that. "⟦d:a|If there were a large effect hiding in there, we would see it. We looked for it in every way we could think of,⟧" he said.
Ó Ceallaigh, asked whether he thought the paper should have been published at all, said: "⟦d:b|Of course it should. Then it should be argued about. That's how this works.⟧"

### 055
@a Harpreet Kaur Gill | a dental receptionist from Corrow
@b Fennick Bank | the bank
@c Owen Rees | Detective Sergeant
The caller knew her name, her address, the last four digits of her card and the fact that she had bought a pair of shoes online the previous Tuesday.
“⟦d:a|That's what got me. He knew about the shoes,⟧” said Harpreet Kaur Gill, 58, a dental receptionist from Corrow. “⟦d:a|I thought, only my bank could know that.⟧”
The man, who said he was calling from Fennick Bank's fraud team, told her that her account had been compromised and that she needed to move her savings into a “⟦s:-|safe account⟧” while it was investigated. Over the next 90 minutes she transferred £23,400.
“⟦d:a:m|He was so calm and so kind. He kept saying, ‘You're doing brilliantly, Harpreet, nearly done.’ I'd have made him a cup of tea if he'd been in the room, that's how much I trusted him.⟧
“⟦d:a|When I rang the real bank the next morning and they said they had no record of any call, I sat on the kitchen floor and couldn't get up.⟧”
Fennick Bank initially refused to refund her, saying she had “⟦p:b|authorised the payments⟧”. After this newspaper contacted it, it reversed that decision. “⟦d:b|Having reviewed Mrs Gill's case, we have refunded her in full and apologise for the distress caused,⟧” the bank said.
Detective Sergeant Owen Rees, of Kelsall Police's economic crime unit, said: “⟦d:c|No genuine bank will ever ask you to move money to keep it safe. If someone does, put the phone down. It doesn't matter how much they seem to know about you.⟧”

### 056
@a Roger Pilbeam | Parish council chairman
@b Aoife Kinsella | project manager for Brightmoor Renewables
@c Neville Thursby | -
@d - | One woman near the front
More than 200 people crammed into Ashby Parva village hall on Monday night for a public meeting on plans for six wind turbines on farmland above the village.
Aoife Kinsella, project manager for Brightmoor Renewables, told the meeting the turbines would power 14,000 homes and that the parish would receive £60,000 a year from a community fund. "⟦d:b|We want to be good neighbours. That's not a slogan, that's money in the parish every year for thirty years,⟧" she said.
"⟦d:-|Thirty years of looking at them!⟧" came a shout from the back of the hall.
Parish council chairman Roger Pilbeam appealed for calm. "⟦d:a|Everyone will get a chance to speak. Everyone. But we'll do it one at a time, please,⟧" he said.
Neville Thursby, whose land the turbines would stand on, said he had farmed at Highfold for 42 years and needed the income. "⟦d:c|People are happy enough to drive past my cows and say how lovely it all looks. They don't see the books,⟧" he said.
One woman near the front, who said she had moved to the village for the views, asked Kinsella: "⟦d:d|Would you put one at the bottom of your garden?⟧"
"⟦d:b|I'd be delighted to,⟧" Kinsella replied. "⟦d:b|I've already got a small one on my barn roof.⟧"

### 057
@a Rui Almeida Costa | The Cressington City manager
@b - | one journalist
@c - | another journalist
Rui Almeida Costa insisted he was “⟦p:a|not worried, not even a little⟧” after Cressington City's winless run stretched to seven matches with a 1-0 defeat at Holmfirth Park.
The Cressington City manager, who signed a new three-year contract in August, faced a sustained line of questioning about his future.
“⟦d:b|Do you still have the dressing room?⟧” one journalist asked.
“⟦d:a|Ask them. They are there, you are there, go and ask them,⟧” Almeida Costa replied. “⟦d:a|I know what I see every day in training. I see players who want to fight.⟧”
“⟦d:c|Has the owner been in touch?⟧” asked another journalist.
“⟦d:a|Every week. We talk about football, we talk about the weather in Lisbon. He is happy with the weather in Lisbon,⟧” he said, drawing laughter.
Asked about his decision to start 17-year-old Kai Brennan ahead of the club captain, he was unrepentant. “⟦d:a|If he is good enough, he is old enough. I did not invent this, but I believe it,⟧” the 58-year-old said.

### 058
@a Agnès Uwase | the head nurse at the Gikombe health post
@b Amani Nduwimana | a former air-force engineer
@c Jens Kallström | a partner at Halden Ventures
At the health post in Gikombe, a village three hours by dirt road from the nearest hospital, the blood arrives by air. A white drone circles twice, drops a cardboard box on a paper parachute, and is gone before the box lands.
"⟦d:a|Before, if a mother was bleeding after delivery, we called the hospital and waited. Sometimes three hours, sometimes the road was washed out,⟧" said Agnès Uwase, the head nurse at the Gikombe health post. "⟦d:a|Now it is twenty-five minutes. I have stopped counting the women who are alive because of that.⟧"
The drones belong to Nyota Aero, a start-up founded in 2019 by Amani Nduwimana, a former air-force engineer, and two friends from university.
"⟦d:b|Everyone told us it would never work. The weather, the regulation, the cost,⟧" Nduwimana said. "⟦d:b|I said, fine, but the road doesn't work either. Let's compare.⟧"
"⟦d:b:m|The first year we crashed nine aircraft. Nine. Every time, I went to the village where it came down and apologised to the chief personally.⟧
"⟦d:b|By the end, the children were bringing the pieces back to us.⟧"
Jens Kallström, a partner at Halden Ventures, which led the company's $18m funding round last year, said investors had initially been sceptical. "⟦d:c|Most drone companies are looking for a problem. This one started with the problem,⟧" he said.

### 059
@a Elif Yıldırım | The girl's mother
@b Burak Öztürk | a volunteer rescuer from Izmir
@c Disaster and Emergency Directorate | -
KARAÇAM, Turkey, Feb 9 (Meridian Wire) - Rescuers pulled a 12-year-old girl alive from the rubble of a five-storey apartment block in this mountain town on Sunday, 54 hours after a magnitude 6.8 earthquake struck eastern Turkey, killing at least 310 people.
The girl's mother, Elif Yıldırım, wept as her daughter was carried out on a stretcher wrapped in a gold foil blanket. ``⟦d:a|Allah'a şükür, Allah'a şükür,⟧'' she said. ``⟦d:a|Thank God, thank God.⟧''
Burak Öztürk, a volunteer rescuer from Izmir, said the team had heard the girl tapping on a pipe. ``⟦d:b|We told everyone to be silent. Then we heard it again, tap, tap, tap. Everybody started crying,⟧'' he said.
``⟦d:b|She asked for water, and then she asked if her cat was alive.⟧''
The Disaster and Emergency Directorate said more than 4,000 search and rescue personnel were working in the region, but warned that ``⟦p:c|the window for finding survivors is closing⟧''.

### 060
@a Anneliese Vormwald | the 79-year-old
@b Jae-won Lim | The orchestra's leader
@c Rosemary Quayle | -
When Anneliese Vormwald lowered her baton after the final chord of Bruckner's Eighth on Saturday night, there was a silence in Carrowmore's Victoria Hall that lasted, by one estimate, eleven seconds. Then the audience stood, and stayed standing for nine minutes.
It was the 79-year-old's last concert as chief conductor of the Carrowmore Philharmonic, after 34 years in the post.
“⟦d:a|I told them at the last rehearsal: don't play it like a farewell. Play it like a Tuesday,⟧” she said in the green room afterwards, still in her concert black. “⟦d:a|They didn't listen. They played it like a farewell. It was wonderful.⟧”
The orchestra's leader, Jae-won Lim, who joined as a 24-year-old violinist in 1998, said Vormwald had “⟦p:b|made us braver than we were⟧”.
“⟦d:b|She never shouted. She would just look at you over her glasses and you would find another ten per cent from somewhere,⟧” he said.
The performance itself was not flawless — the brass were ragged in the scherzo — but the slow movement had a breadth and patience that few orchestras anywhere could match.
Rosemary Quayle, who has held a season ticket since 1971, was in tears in the foyer. “⟦d:c|I was 19 when she came. I've grown old with her,⟧” she said. “⟦d:c|I don't know what Saturdays are for now.⟧”
Asked what she would do next, Vormwald was brief. “⟦d:a|Sleep. Then Bruckner again, with a different orchestra. They never let you go, these pieces.⟧”

### 061
@a Len Abbott | fishmonger
@b - | A customer buying mackerel
@c Sunita Rao | -
@d Jemima Cole | a student
Saturday at Pennock market starts before dawn, with vans reversing between the stalls and the smell of coffee from the van by the gates. The mood among traders this winter is grim.
"⟦d:a|Three years ago I'd sell out by one o'clock. Now I'm packing fish back in ice at four,⟧" said fishmonger Len Abbott, 63, who has worked the same pitch since 1979. "⟦d:a|People still come. They just buy one fillet instead of two.⟧"
A customer buying mackerel interrupted: "⟦d:b|That's because it's gone up a pound!⟧"
"⟦d:a|Not my fault, love. Talk to the diesel,⟧" Abbott said.
Sunita Rao, who sells spices and chutneys from a stall by the clock tower, said footfall was down but loyalty was up. "⟦d:c|The regulars keep me going. They bring their friends, they tell me off if I'm not here,⟧" she said.
Jemima Cole, a student, was filling a canvas bag with reduced vegetables. "⟦d:d|It's a pound a bowl after three. That's why I come at three,⟧" she said.
Somewhere behind the flower stall a radio was playing, and someone was singing along badly. "⟦d:-|It'll be summer soon enough!⟧" a voice called out, to nobody in particular.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh126.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh126",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
