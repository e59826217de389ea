# ruff: noqa: E501
"""Build ``quotes_fresh74.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
styles of wire, broadsheet, tabloid, local paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh74-NNN``.

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
  it (``his wife Sian Reid, a teaching assistant``): the appositive is the
  description. A title before the name alone (``Reserve Bank governor …``,
  ``Head coach …``, ``The painter …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 19-year-old``,
  ``the former teacher``), that description is taken.
* A non-restrictive relative clause (after a comma) following an appositive is not
  part of the description; a restrictive one is.
* An unnamed person's description is the noun phrase that introduces them (``a person
  familiar with the talks``, ``one visitor``), without a non-restrictive relative
  clause.
* A company or institution speaking through ``the company said`` or ``a statement
  said`` is the speaker, with the definite description or appositive of its
  introduction (``budget carrier``) as the description where the passage gives one.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a letter quoted in a consumer column is its writer's speech.
* The words of a dead person quoted from an earlier interview in an obituary are
  ``direct`` (or ``partial``) with that person as speaker.
* A chant or a banner quoted in another language and its translation are both
  ``scare``; speech in another language and its translation are both the speaker's.
* Names written family name first (``Pham Bich Ngoc``) are taken whole as written.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh74.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh74.jsonl")

PASSAGES = """
### 001
@a Tavita Aumua | Reserve Bank governor
@b Lucinda Marrow | chief market strategist at Pelham Ridge Securities
@c Oskar Lindqvist | a currency trader in Halden
@u - | one fund manager
HALDEN, June 14 (Meridian Wire) - Shares in Halden slid to a six-week low on Friday and the Norlander crown jumped after Reserve Bank governor Tavita Aumua said interest rates could stay "⟦p:a|higher for rather longer than markets seem to think⟧".
Speaking at a banking conference in the capital, Aumua said inflation in services was "⟦p:a|stubborn, sticky and, frankly, annoying⟧", and that the bank would not cut rates "⟦p:a|simply because people would like us to⟧".
"⟦d:a|We have been clear that the last mile is the hardest,⟧" she told delegates. "⟦d:a|Nothing I have seen in the past month changes that.⟧"
The benchmark HX40 index closed down 1.8 percent, with property developers and retailers hit hardest. The crown rose 0.9 percent against the dollar, its biggest one-day gain since March.
"⟦d:b|The market had priced in two cuts by Christmas. It is now pricing in one, and that's being generous,⟧" said Lucinda Marrow, chief market strategist at Pelham Ridge Securities. "⟦d:b|The governor chose her words very deliberately.⟧"
Oskar Lindqvist, a currency trader in Halden, said the move had caught some desks off guard. "⟦d:c|It was a quiet Friday until about ten past eleven. Then it wasn't,⟧" he said.
One fund manager, who asked not to be named because he was not authorised to speak to the media, called the sell-off "⟦p:u|an overreaction to a speech that said nothing new⟧".
"⟦d:u|She repeated what she said in April with a sterner face. That's all,⟧" he said.

### 002
@o Freshway | the country's third-largest grocer
@a Gwen Abernethy | Freshway's chief executive
@b Rahul Venkataraman | an analyst at Colston Brand & Co
@c Marta Kowalczyk | its regional organiser
Freshway, the country's third-largest grocer, lifted its full-year profit forecast on Thursday after a surge in sales of own-label goods, but warned that price cuts would squeeze margins in the second half.
Pre-tax profit rose 11 per cent to £412m in the 26 weeks to August 30. The company said shoppers were “⟦p:o|trading down, but not trading out⟧”, buying cheaper ranges rather than defecting to the discounters.
Freshway's chief executive, Gwen Abernethy, said the group had cut prices on more than 2,000 lines since the spring. “⟦d:a|Customers are still under real pressure. We are not going to pretend otherwise,⟧” she said. “⟦d:a|What we can do is make sure the basket they take home costs less than it did a year ago.⟧”
Asked whether the cuts were sustainable, Abernethy said: “⟦d:a|We've paid for them with efficiency, not with our suppliers. I'd say that to any farmer who asked me.⟧”
Shares rose 4.2 per cent. Rahul Venkataraman, an analyst at Colston Brand & Co, said the results were “⟦p:b|cleaner than expected⟧” but that the outlook for the second half was “⟦p:b|doing a lot of heavy lifting⟧”.
“⟦d:b|They are guiding to flat margins while spending heavily on price. Something has to give, and I suspect it's the capital programme,⟧” he said.
The Retail Workers' Union, which is balloting 14,000 Freshway warehouse staff over pay, said the figures showed the company could afford a better offer. Marta Kowalczyk, its regional organiser, said: “⟦d:c|You can't post a profit like that and tell the people who pack the lorries that the cupboard is bare.⟧”

### 003
@k Kesselring Brewing | -
@a Amberhill Capital | private equity firm
@u - | a person familiar with the talks
@c Fergus Ó Dálaigh | Kesselring's chairman
@d Annika Strand | a portfolio manager at Lisle Asset Management
MARLPORT, Feb 3 (Meridian Wire) - Kesselring Brewing said on Monday it had rejected a 1.1 billion pound takeover approach from private equity firm Amberhill Capital, saying the offer "⟦p:k|significantly undervalues⟧" the 140-year-old brewer and its estate of 900 pubs.
"⟦d:k|The board is confident in Kesselring's standalone strategy and sees no reason to engage with a proposal at this level,⟧" Kesselring said in a statement to the stock exchange.
Amberhill, which has until March 3 to make a firm offer under takeover rules, said it was "⟦p:a|considering its options⟧" and continued to believe its proposal was "⟦p:a|compelling⟧".
A person familiar with the talks said Amberhill had already sounded out two of Kesselring's biggest shareholders. "⟦d:u|They will come back. This is the opening move, not the last one,⟧" the person said.
Kesselring's chairman Fergus Ó Dálaigh told reporters on a call that the board had "⟦p:c|a duty to listen⟧" but would not be "⟦p:c|rushed into selling a business that took five generations to build⟧".
"⟦d:c|If someone wants to pay a proper price, my door is open. This was not a proper price,⟧" he said.
Annika Strand, a portfolio manager at Lisle Asset Management, which owns about 3 percent of Kesselring, said the board was right to hold out. "⟦d:d|I'd want to see a number starting with a one and a four,⟧" she said.
Kesselring shares closed up 17 percent at 1,284 pence.

### 004
@a Noor Haddad | a former pharmacist
@b Layla Haddad | her sister
@c Derek Pullman | a retired postman who has bought a seeded loaf there every Saturday since it opened
There is a queue outside Crumb & Cardamom on Wick Street by half past seven most Saturdays, and by nine the cardamom buns are usually gone.
The bakery was opened three years ago by Noor Haddad, 31, a former pharmacist, and her sister Layla Haddad, 27, neither of whom had run a business before.
“⟦d:a|We had a recipe book from our grandmother and a loan we were terrified of,⟧” said Noor, the elder of the two.
Layla handles the front of the shop and the accounts. “⟦d:b|She does the flour, I do the numbers and the talking,⟧” she said. “⟦d:b|It works because we argue in the kitchen and never in front of customers.⟧”
Energy bills nearly trebled last winter, and the sisters considered closing. “⟦d:a|There was a week in January when I sat down with the bills and cried,⟧” Noor said. “⟦d:a|Layla came in, looked at the spreadsheet and said, ‘Right, we're putting the price of a bun up by twenty pence and we're telling people why.’⟧”
They printed a notice explaining the rise and taped it to the till. It read, in part: “⟦s:-|We would rather charge you 20p more than not be here.⟧”
Nobody complained, the sisters said. Derek Pullman, a retired postman who has bought a seeded loaf there every Saturday since it opened, said the notice had done the trick. “⟦d:c|People round here respect honesty. And the buns are worth it,⟧” he said.
Asked about a second shop, the younger sister shook her head. “⟦d:b|One shop. One oven. Two sisters. That's enough,⟧” Layla said.

### 005
@a Ifeoma Nwachukwu | a mortgage broker in Ashcombe
@b Callum Reid | a paramedic
@c Sian Reid | a teaching assistant
@d Tobias Engel | head of mortgages at Ridgefield Building Society
Homeowners coming off cheap fixed-rate deals face a "⟦s:-|payment cliff⟧" of several hundred pounds a month, brokers have warned, even as lenders trim rates for the first time this year.
About 1.4 million fixed deals end over the next 12 months, according to industry figures. Most were taken out when rates were below 2 per cent.
"⟦d:a|I'm seeing people whose monthly payment is going from £780 to £1,240 overnight. There's no gentle way to tell them that,⟧" said Ifeoma Nwachukwu, a mortgage broker in Ashcombe.
Callum Reid, a paramedic, and his wife Sian Reid, a teaching assistant, are among them. Their five-year fix ends in October.
"⟦d:b|We've cancelled the holiday, we've cancelled the gym. The next thing is the car,⟧" Callum said.
His wife was blunter. "⟦d:c|We did everything we were told to do. We saved, we fixed, we didn't overstretch. And it still feels like we're being punished,⟧" she said.
Tobias Engel, head of mortgages at Ridgefield Building Society, said lenders were "⟦p:d|doing what we can⟧" and urged borrowers to get in touch early. "⟦d:d|The worst thing you can do is wait until the month your deal ends. Talk to us six months out,⟧" he said.
Nwachukwu agreed. "⟦d:a|Early is everything. And don't assume your own bank will give you its best rate without being asked,⟧" she said.

### 006
@a Rosario Benítez | general secretary of the cabin crew union Unicab
@o Skyvale | budget carrier
@p Ahmed Farouk | -
@q Jennifer Oyelaran | -
@m Gareth Pryce-Hollis | Transport Secretary
Thousands of holidaymakers face disruption this weekend after cabin crew at budget carrier Skyvale voted to strike over rosters and pay.
The walkout, from 00:01 on Saturday to midnight on Monday, is expected to ground about a third of Skyvale's flights from Kersey and Lowmoor airports.
Rosario Benítez, general secretary of the cabin crew union Unicab, said members had been “⟦p:a|pushed to breaking point⟧” by rosters that left some working 14-hour days with no guaranteed breaks.
“⟦d:a|Nobody takes this decision lightly. Our members are the ones who have to look passengers in the eye when things go wrong,⟧” she said. “⟦d:a|But they are exhausted, and exhausted crew is a safety issue, not just an industrial one.⟧”
Skyvale said it was “⟦p:o|deeply disappointed⟧” and accused the union of “⟦p:o|holding families' holidays to ransom⟧”.
“⟦d:o|We have offered a 7% pay rise and a full review of rostering. We urge Unicab to return to talks,⟧” the airline said.
At Kersey airport on Friday, Ahmed Farouk, who was due to fly to Valmora with his two children on Saturday, said he had heard nothing from the airline. “⟦d:p|I found out from the news. No email, no text. Nothing,⟧” he said.
Jennifer Oyelaran, travelling to her sister's wedding, had already rebooked with another carrier at twice the price. “⟦d:q|I'm not risking it. I'm the maid of honour,⟧” she said.
Transport Secretary Gareth Pryce-Hollis urged both sides to “⟦p:m|get back round the table⟧” before the weekend.

### 007
@a Amara Osei | a sleep researcher at the University of Carrow who led the study
@b Henrik Aalto | a professor of adolescent psychiatry at Vellmar University
@c Maisie | a 16-year-old participant from Carrow
Pushing back the start of the school day by 50 minutes gave teenagers an extra 34 minutes of sleep a night on average and improved their mood, a year-long trial in 18 schools has found.
The study, published in the Journal of Adolescent Health Research, is the largest of its kind published so far.
"⟦d:a|We went in expecting a small effect, if any. Teenagers are very good at spending extra time on their phones,⟧" said Dr Amara Osei, a sleep researcher at the University of Carrow who led the study. "⟦d:a|What we found was that most of them actually slept.⟧"
Pupils at schools with later starts reported fewer days of feeling low, and attendance at the first lesson of the day rose by 6 per cent.
Henrik Aalto, a professor of adolescent psychiatry at Vellmar University, who was not involved in the research, called the results "⟦p:b|genuinely encouraging⟧" but cautioned that the trial could not rule out a placebo effect.
"⟦d:b|Pupils and parents knew which schools had changed their hours. You can't blind a timetable,⟧" he said.
Maisie, a 16-year-old participant from Carrow, said the difference had been obvious within weeks. "⟦d:c|I used to sleep through my first lesson with my eyes open. Now I'm actually there,⟧" she said.
Osei said the team now wanted to follow pupils through their exams. Asked whether schools should change their hours now, she was cautious. "⟦d:a|I'd say the evidence is strong enough to try it. It isn't strong enough to force it,⟧" she said.

### 008
@a Kezia Mbatha | Health Minister
@b Owain Trefor | the opposition's health spokesman
@c Patricia Lowery | a 68-year-old retired bus driver from Kilbride Vale
@d - | a senior consultant at Kilbride General
@e Kilbride Health Board | -
The number of people waiting more than a year for planned hospital treatment in the region has fallen for the first time in three years, new figures show, though it remains almost double its pre-pandemic level.
Health Minister Kezia Mbatha said the figures showed “⟦p:a|the corner has been turned⟧”.
“⟦d:a|Every one of those numbers is a person waiting in pain, and I don't forget that,⟧” she said on a visit to Kilbride General Hospital on Friday. “⟦d:a|But for the first time in a long time, the line is going the right way.⟧”
Owain Trefor, the opposition's health spokesman, accused the minister of “⟦p:b|popping champagne over a puddle⟧”. “⟦d:b|A fall of 1,100 on a list of 38,000 is not a turned corner. It's a rounding error,⟧” he said.
Patricia Lowery, a 68-year-old retired bus driver from Kilbride Vale, has been waiting 19 months for a knee replacement. “⟦d:c|I can't get up the stairs. I sleep downstairs on the settee. Nobody tells you anything, you just wait for a letter,⟧” she said.
A senior consultant at Kilbride General, who asked not to be named, said operating theatres were still closing early because of staff shortages. “⟦d:d|We have surgeons ready to operate and no anaesthetist. That's the bottleneck, and it isn't going away,⟧” the consultant said.
Kilbride Health Board said it was recruiting and had “⟦p:e|reduced the longest waits significantly⟧” since January.

### 009
@a Ruairí Breathnach | the former teacher
@b Shirin Farahani | an astronomer at the Carden Hill Observatory
@c Eileen | His wife
A retired geography teacher from Ballyconnor has become the first amateur in more than a decade to have a comet named after him.
Ruairí Breathnach, 71, spotted the faint smudge in images taken with the telescope in his back garden in the early hours of March 2. It has now been confirmed by the International Minor Bodies Centre and designated C/2031 E1 (Breathnach).
"⟦d:a|I thought it was a smudge on the lens. I nearly wiped it off,⟧" the former teacher said. "⟦d:a|Then it moved, and I didn't sleep for two nights.⟧"
Shirin Farahani, an astronomer at the Carden Hill Observatory, said the find was "⟦p:b|a lovely reminder that the sky still belongs to everybody⟧".
"⟦d:b|Professional surveys catch most of these now, but they don't catch all of them. Somebody with patience and a decent camera can still beat us,⟧" she said.
The comet is expected to be visible through binoculars in late summer, Farahani said, though she warned it could "⟦p:b|fizzle⟧" as it nears the sun.
His wife, Eileen, said she had been a telescope widow for thirty years. "⟦d:c|He's been out there every clear night since 1994. I'm glad somebody finally noticed,⟧" she said.
Breathnach said he planned to watch the comet's closest approach from the same spot. "⟦d:a|Where else would I go?⟧" he said.

### 010
@a Dariush Kamrani | the country's emergency situations minister
@b Gulnara Seitkali | a 52-year-old schoolteacher
@c - | A spokesperson for the Qarabel Red Crescent
@d Anders Thorvaldsen | head of the U.N. disaster assessment team
TASHKEL, Qarabel, Oct 3 (Meridian Wire) - Rescuers dug through collapsed apartment blocks with their bare hands on Thursday as the death toll from a magnitude 6.8 earthquake in western Qarabel rose to at least 212, officials said.
The quake struck at 3:41 a.m. local time about 20 km (12 miles) south of Vardan, a city of 400,000 people.
"⟦d:a|The next 48 hours are decisive. We are still hearing voices under the rubble,⟧" Dariush Kamrani, the country's emergency situations minister, told reporters in Vardan.
Gulnara Seitkali, a 52-year-old schoolteacher, stood outside what was left of her building on Karasu Street. Speaking through an interpreter, she said her neighbours' daughter had been pulled out alive just after dawn.
"⟦d:b|We heard her calling for her mother. The men dug for four hours. When they brought her out, everybody was crying, even the soldiers,⟧" she said.
A spokesperson for the Qarabel Red Crescent said tents and blankets were being flown in but that roads to several mountain villages were blocked. "⟦d:c|Some places we simply cannot reach yet,⟧" the spokesperson said.
Anders Thorvaldsen, head of the U.N. disaster assessment team, said the international response was "⟦p:d|ramping up fast⟧". "⟦d:d|We have teams from nine countries on the ground or on their way,⟧" he said.
Kamrani said later that aftershocks, including one of magnitude 5.1, were hampering the search. "⟦d:a|Every time the ground moves, we have to pull the rescuers back,⟧" he said.

### 011
@a Stelian Popescu | Harwick City manager
@b Graham Tolland | His Portbury counterpart
@c Kwabena Asante-Mensah | the 19-year-old
Harwick City 3 Portbury Athletic 1
Kwabena Asante-Mensah scored twice on his first league start as Harwick City came from behind to beat Portbury Athletic and climb into the top four.
Portbury led through Danny Cole's header after 12 minutes, but Asante-Mensah levelled before the break with a low shot from the edge of the area and put City ahead with a glancing header from Luka Perić's cross on the hour. Substitute Jonas Ek added a third in stoppage time.
“⟦d:c|I've dreamed about this since I was six. My mum was in the stand and I couldn't look at her or I'd have cried,⟧” said the 19-year-old, who was substituted to a standing ovation with eight minutes left.
Harwick City manager Stelian Popescu said he had told the teenager on Friday that he would start. “⟦d:a|He didn't say anything. He just nodded and went to get his boots. That tells you about him,⟧” Popescu said.
“⟦d:a|We were poor for 20 minutes. After that, I thought we were excellent,⟧” he added. “⟦d:a|We have a young squad and they are learning to suffer in games. Today they suffered and then they played.⟧”
His Portbury counterpart, Graham Tolland, was left to rue a second-half penalty appeal when Cole went down under a challenge from Perić.
“⟦d:b|It's a penalty. I'll be honest, I've seen it on the replay and it's a stonewall penalty,⟧” Tolland said. “⟦d:b|But we didn't lose the game because of one decision. We lost it because we stopped doing the basics after we scored.⟧”
Asked about Asante-Mensah, Tolland was generous. “⟦d:b|He's a handful. They've got a player there,⟧” he said.

### 012
@a Valeria Moretti | The world No. 6
@r - | One reporter
@b Dasha Korolenko | -
Valeria Moretti said she had "⟦p:a|no idea⟧" how she survived after saving four match points to beat Dasha Korolenko 4-6, 7-6 (9), 7-5 and reach the semifinals of the Larchmont Open.
The world No. 6 was a break down and serving to stay in the match twice in the second set.
"⟦d:a|Honestly? I was thinking about my flight home. I had already packed in my head,⟧" Moretti said in her post-match news conference. "⟦d:a|Then she missed one forehand, and I thought, OK, maybe not yet.⟧"
One reporter asked about the thigh problem that required treatment in the third set: "⟦d:r|Were you worried you couldn't finish?⟧"
"⟦d:a|No. It's tight, it's not torn. If it was torn, you would have seen me cry, not run,⟧" she said, laughing.
Korolenko, who was playing her first quarterfinal at this level, was composed but clearly upset. "⟦d:b|I had my chances. Four chances. I'll think about them tonight and then I'll forget them,⟧" she said.
Asked what Moretti had said to her at the net, Korolenko smiled. "⟦d:b|She said, 'You'll beat me next time.' I told her, 'I know.'⟧"
Moretti will play the top seed, Ines Bakker, on Saturday. "⟦d:a|She is the best player in the world right now. I have nothing to lose, and she has everything,⟧" Moretti said.

### 013
@a Thibault Marchetti-Roux | the Saint-Aurèle head coach
@b Jean-Baptiste Ouedraogo | His captain
@c Martin Keogh | Dunmore coach
Saint-Aurèle are through to the Champions Cup quarter-finals after a 27-24 win over Dunmore that their coach summed up in one word: «⟦p:a|irrespirable⟧» — "⟦p:a|unbreathable⟧".
Thibault Marchetti-Roux, the Saint-Aurèle head coach, spoke in French through the club's interpreter. «⟦d:a|On a souffert pendant quatre-vingts minutes, mais on a souffert ensemble⟧», he said. "⟦d:a|We suffered for 80 minutes, but we suffered together.⟧"
"⟦d:a|Dunmore are a team who never let you breathe. In the last ten minutes I did not look at the pitch, I looked at the floor,⟧" he added.
His captain, Jean-Baptiste Ouedraogo, who answered in English, was asked whether the late yellow card shown to flanker Rémi Castagnet had been harsh. "⟦d:b|I don't talk about referees. I'll talk about Rémi: he apologised in the dressing room, and we accept it,⟧" he said.
Dunmore coach Martin Keogh said his side had "⟦p:c|left it all out there⟧". "⟦d:c|We're gutted. Three points. We had a lineout on their five-metre line with a minute left and we didn't win it. That's the game,⟧" he said.

### 014
@a Eilidh MacAskill | -
@b Tormod | the ferryman
The ferry to Inchmurra takes 40 minutes and runs twice a day, weather permitting, which in practice means about nine days out of ten.
“⟦d:b|You'll be fine today,⟧” said Tormod, the ferryman, eyeing a sky the colour of wet slate. “⟦d:b|Tomorrow, I'm not so sure. Have you got a bed?⟧”
I had. The island has one guesthouse, one café and a walking route — the Murra Round, 14 miles of cliff path, machair and old peat road — that has quietly become one of the most talked-about hikes in the north.
Eilidh MacAskill, who runs the café by the pier, has noticed the change. “⟦d:a|Ten years ago we'd see a dozen walkers a summer. Last August we had forty in one day, and I ran out of scones by eleven,⟧” she said.
She is not complaining, exactly. “⟦d:a|It's kept the café open and it's kept the ferry running. But people need to understand it's a working island. Shut the gates. Don't walk through the crofts. Don't fly drones over the lambs.⟧”
“⟦d:-|Is it too late to start the Round at one o'clock?⟧” I asked.
She looked at my boots, then at the clock. “⟦d:a|For you? Yes.⟧”
I started at eight the next morning. At the northern end, where the path runs within a stride of a 300ft drop, a hand-painted board reads: “⟦s:-|Puffins nest here. Please keep to the path.⟧” I kept to the path.

### 015
@a Lior Ben-Ami | The director
@b Gráinne Costigan | the 58-year-old
@c - | one critic
“⟦s:-|The Lighthouse Keeper's Daughters⟧”, Halloran Theatre, until April 12
When this play was first staged in 1962 it was dismissed by one critic as “⟦p:c|a wet weekend in three acts⟧”. Sixty years on, it turns out to have been a storm all along.
The director Lior Ben-Ami told this paper before opening night that he wanted the play to feel “⟦p:a|like a storm you watch from inside a kitchen⟧”. He has largely succeeded: rain hammers a corrugated roof for most of the second act, and you can smell the paraffin lamps from the stalls.
“⟦d:a|Every production of this play I'd seen treated it as a period piece. I wanted the audience to feel the damp,⟧” he said.
Gráinne Costigan, as the elder sister Nell, is magnificent. In an interview last week, the 58-year-old said she had turned the part down twice. “⟦d:b|I thought I was too old, and then I thought I was too tired, and then I read it again and thought, who else is going to do it?⟧”
“⟦d:b|Nell's not likeable. I love that. I'm tired of being asked to be likeable,⟧” she said.
The final scene, in which Nell burns her father's logbooks one page at a time, is the best thing on a big-city stage this year, and it is happening in Halloran.

### 016
@a Yusuf Demirci | the band's singer
@b Kit Aldous | the drummer
Four years after their debut made them unlikely festival headliners, The Gannet Rooms are back with "⟦s:-|Low Tide Hymns⟧", a quieter, stranger record made mostly in a converted chapel in the Fenlow valley.
Yusuf Demirci, the band's singer, is candid about why they went there. "⟦d:a:m|We were burnt out. Properly. We'd done 200 shows in two years, and I'd started to hate songs I loved.⟧
"⟦d:a:m|So we went somewhere with no phone signal and no pub within walking distance, and we just played, every day, until something happened.⟧
"⟦d:a|It took about three weeks for anything to happen.⟧"
Kit Aldous, the drummer, remembers it differently. "⟦d:b|It took about three days. Yusuf just didn't notice because he was sulking,⟧" he said.
Demirci laughed. "⟦d:a|That's fair.⟧"
The title track, which one early review called "⟦p:-|a hymn for people who don't go to church⟧", was built around a harmonium the band found under a dust sheet in the vestry.
"⟦d:b|We recorded the drums in the vestry too, because the reverb in the main chapel was like being inside a bell,⟧" Aldous said. "⟦d:b|You can hear a pigeon on track six. We kept it.⟧"
Asked whether fans would miss the big choruses of the first album, Demirci shrugged. "⟦d:a|Maybe. But you can't make the same record twice and still mean it.⟧"

### 017
@a Nkechi Adeyemi | the author
@b Philippa Crane | Her editor
Nkechi Adeyemi's third novel, ``⟦s:-|The Salt Ledger⟧'', opens with a shipwreck and closes with a tax return, and it is a great deal better than that sounds.
Its heroine, a clerk in a harbour customs house, spends forty years recording other people's cargo and never once sets foot on a ship. It is a novel about money, and it is not embarrassed to be.
``⟦d:a|I wanted to write about money the way other people write about love, as the thing that actually decides how people's lives go,⟧'' the author said when we met in a café near her home in Wendham.
``⟦d:a|My grandfather kept a ledger for forty years. Every egg he sold, every debt. When he died I read it like a diary.⟧''
Her editor, Philippa Crane, said she had bought the book on the strength of its first fifty pages. ``⟦d:b|I read them on a train and missed my stop,⟧'' Crane said.
Adeyemi worked as an auditor for 15 years before publishing her first novel. Asked whether she missed it, she laughed. ``⟦d:a|I miss the certainty. In auditing, the numbers either add up or they don't. In fiction, nothing ever adds up, and that's the point.⟧''

### 018
@a Hyun-woo Baek | The painter
@b Solveig Brandt | the gallery's senior curator
@c - | One visitor
A painter who spent two years recording the same stretch of roadside verge every morning is the subject of a major new exhibition at the Marlow Quay Gallery.
The painter Hyun-woo Baek, 39, made 611 small oil studies of a single patch of grass beside the Harrowgate bypass, working from a folding stool between 6am and 7am.
“⟦d:a|Everyone drives past it. Nobody looks at it. I wanted to look at it until it looked back,⟧” Baek told this programme.
The works hang in a single long line around three rooms, titled only by date. The show is called “⟦s:-|Verge⟧”.
Solveig Brandt, the gallery's senior curator, admitted she had been sceptical at first. “⟦d:b|When Hyun-woo showed me the first forty, I thought, this is either very boring or very important. By the hundredth I knew which,⟧” she said.
Baek said his favourite was a painting from a February morning when the verge was white with frost apart from a single crisp packet. “⟦d:a|People think the crisp packet is a joke. It isn't. It was there. It was part of the place,⟧” he said.
One visitor, leaving the final room on Saturday, said she had expected to be bored. “⟦d:c|I've been here two hours. I'm going to look at my drive home differently,⟧” she said.

### 019
@a Corrado Sanfilippo | Italian director
@b Ayumi Kuroda | Japanese actress
@r - | One journalist
VALLANCE, May 19 (Meridian Wire) - Italian director Corrado Sanfilippo said on Sunday his new film, a three-hour drama about a fishing cooperative on a small southern island, was "⟦p:a|a love letter to people who never get love letters⟧", after its premiere drew a 12-minute standing ovation at the Vallance Film Festival.
«⟦d:a|Il mare non perdona, ma nemmeno dimentica⟧», Sanfilippo told a news conference, speaking in Italian. "⟦d:a|The sea does not forgive, but it does not forget either.⟧"
Asked why the film ran to 182 minutes, he shrugged. «⟦d:a|Perché la pesca è lenta⟧» — "⟦d:a|Because fishing is slow⟧" — he replied, to laughter.
Japanese actress Ayumi Kuroda, who plays a marine biologist who arrives on the island and never leaves, said she had trained for months. "⟦d:b|I learned to gut a tuna for this role. I'm not sure I will ever use that skill again, but I'm proud of it,⟧" she said.
One journalist asked the 78-year-old director directly about reports that he planned to retire: "⟦d:r|Is this your last film?⟧"
"⟦d:a|Every film is my last film. I've been saying that since 1983,⟧" Sanfilippo said.

### 020
@a Winston Alleyne | -
@b Cordelia Mensah | the pianist who played with him for 22 years
@c Ray Dunleavy | the former owner of the Blue Cellar
@d Marcia Alleyne | his daughter
Winston Alleyne, who has died aged 87, was for half a century the heartbeat of the Carmody jazz scene, a drummer so steady that younger musicians called him “⟦s:-|the Metronome⟧”, a nickname he affected to hate.
Born in Port Regis in 1937, he arrived in Carmody at 19 with a snare drum, a cardboard suitcase and, as he later put it, “⟦p:a|no plan beyond Friday⟧”.
“⟦d:a|I played every club that would have me and a few that wouldn't,⟧” he told this newspaper in 2009. “⟦d:a|The ones that wouldn't usually paid better.⟧”
He recorded only four albums under his own name, preferring, he said, to be “⟦p:a|the floor other people dance on⟧”.
Cordelia Mensah, the pianist who played with him for 22 years, said he had taught her “⟦p:b|to listen before I played⟧”. “⟦d:b|Winston never showed off. He'd go a whole set without a fill, and then he'd do one thing with a brush on the cymbal and the whole room would gasp,⟧” she said.
Ray Dunleavy, the former owner of the Blue Cellar, where Alleyne led the house band from 1968 until the club closed in 2004, remembered him as “⟦p:c|the only musician who ever turned up early⟧”.
He is survived by his daughter, Marcia Alleyne, and three grandchildren. “⟦d:d|Dad practised on the kitchen table every morning with two pencils. We all grew up thinking that was normal,⟧” she said.

### 021
@o Halden Polar Institute | the institute
@a Margarethe Voss | the glaciologist whose ice-core measurements helped establish how quickly the Skarn ice sheet was thinning
@b Sadiq Chaudhry | her former doctoral student and now director of the institute's ice-core laboratory
HALDEN, Sept 9 (Meridian Wire) - Margarethe Voss, the glaciologist whose ice-core measurements helped establish how quickly the Skarn ice sheet was thinning, has died at 81, the Halden Polar Institute said on Tuesday.
"⟦d:o|Margarethe was one of the founders of modern polar science and a fearless field scientist. We have lost a colleague and a friend,⟧" the institute said in a statement.
Voss made 17 expeditions to the Skarn plateau between 1968 and 2001, often as the only woman on the team. Asked in a 1998 interview what she remembered most about them, she said: "⟦d:a|The silence. And the cold, of course. But mostly the silence.⟧"
Sadiq Chaudhry, her former doctoral student and now director of the institute's ice-core laboratory, said she had "⟦p:b|no patience at all for sloppy data and infinite patience for sloppy students⟧".
"⟦d:b|She once made me recount 400 dust layers because I'd smudged a label. She was right, too. I'd miscounted by two,⟧" he said.
She is survived by her partner of 50 years, the botanist Ulla Brink.

### 022
@a Beverley Stannard | cabinet member for transport
@b Imran Qureshi | leader of the opposition Independent group
@d Hilary Babbage | -
@e Joss Kettering | -
Plans for a two-way cycle lane along Fordham's Mill Road will go ahead despite a petition signed by more than 3,000 people, after councillors voted 27-19 in favour on Wednesday night.
The £2.4m scheme will remove 86 parking spaces and narrow the road to one lane in each direction between the station and the Market Cross.
Cllr Beverley Stannard, cabinet member for transport, told the meeting the lane would make the route "⟦p:a|safe for a 12-year-old to cycle to school⟧". "⟦d:a|Right now, I wouldn't let my own kids ride on Mill Road. Nobody in this chamber would,⟧" she said.
Cllr Imran Qureshi, leader of the opposition Independent group, said businesses had been "⟦p:b|ignored from start to finish⟧". "⟦d:b|The florist, the butcher, the chemist, they all told us the same thing. Take away the parking and you take away their customers,⟧" he said.
Hilary Babbage, who has run the Orchard Road pharmacy for 23 years, watched from the public gallery. "⟦d:d|I'm not against bikes. I'm against going bust,⟧" she said afterwards.
As the result was announced, someone in the gallery shouted "⟦d:-|Shame!⟧" and several people walked out. Outside, placards propped against the town hall railings read "⟦s:-|Save our shops⟧".
Joss Kettering, who chairs the Pedal Fordham campaign, said the result was "⟦p:e|a long time coming⟧". "⟦d:e|We've had two children hit on that road in five years. I'll take a few angry letters over a third,⟧" he said.

### 023
@a Joanne Fairclough | the headteacher
@b Kirsty McBride | -
@c Aisha Rahman | chair of the parent-teacher association
@d Wexcombe County Council | -
Parents have vowed to fight plans to close a village primary school that has taught children in Little Hambury since 1874.
Wexcombe County Council says falling rolls mean St Aldhelm's Primary, which has 41 pupils and space for 105, is no longer viable. A consultation opens on Monday.
“⟦d:a|I understand the numbers. I've seen them. But a school is not just numbers on a spreadsheet, it's the heart of this village,⟧” said Joanne Fairclough, the headteacher, who has been at St Aldhelm's for 11 years.
Kirsty McBride, whose two sons attend the school, said the nearest alternative was a 25-minute bus ride away. “⟦d:b|My youngest is four. He gets carsick on the way to the shops.⟧”
Aisha Rahman, chair of the parent-teacher association, said parents had raised £18,000 in two years for a new library and playground. “⟦d:c|We've done everything asked of us. We've painted it, we've fundraised, we've turned up. And now they want to shut it,⟧” she said.
“⟦d:b|Ask them to come and look at it. Just once,⟧” McBride added.
Wexcombe County Council said no decision had been made. “⟦d:d|We know how much St Aldhelm's means to the community and we want to hear every view before any decision is taken,⟧” a statement said.

### 024
@a Brian Cottle | Retired plumber
@b Nigel Ashdown | his next-door neighbour
@c - | A council spokesman
A FURIOUS pensioner has been ordered to chop down his 30ft "⟦s:-|monster⟧" hedge after a six-year feud with the man next door.
Retired plumber Brian Cottle, 67, planted the leylandii in 2017 to "⟦p:a|get a bit of privacy⟧". Now it towers over the bungalows on Meadow Close, Thornbury Heath, blocking the light from his neighbour's conservatory.
"⟦d:a|It's my hedge in my garden. I've never hurt anyone,⟧" Cottle fumed. "⟦d:a|They'll have to drag me out with it.⟧"
But his next-door neighbour Nigel Ashdown, 71, said he had not seen the sun in his back room "⟦p:b|since my grandson was born⟧".
"⟦d:b|I've asked him nicely, I've asked him not so nicely, I've written letters. In the end I had no choice,⟧" he said. "⟦d:b|I just want to sit in my conservatory with a cup of tea and not need a torch.⟧"
A council spokesman said: "⟦d:c|A remedial notice has been issued requiring the hedge to be reduced to a height of 2.5 metres within 28 days.⟧"
Cottle vowed to appeal. "⟦d:a|Over my dead body,⟧" he said.

### 025
@c Samantha Ng | -
@e - | The cyclist
@b Marcus Delahunty | His barrister
@a Philippa Okoro | Judge
@d Liam Pocock | -
A delivery driver who caused a crash that left a cyclist with life-changing injuries while looking at his phone has been jailed for 16 months.
Liam Pocock, 29, of Fenner Road, Hallbridge, admitted causing serious injury by careless driving at Hallbridge Crown Court.
Samantha Ng, prosecuting, told the court that Pocock had been scrolling through a video app when his van drifted across the B4021 near Stanway in April last year. “⟦d:c|He looked at his phone 14 times in the three minutes before the collision,⟧” she said.
The cyclist, who cannot be named for legal reasons, suffered a fractured spine. In a statement read to the court, she said: “⟦d:e|I used to ride 100 miles every weekend. Now I need help to get out of bed.⟧”
His barrister, Marcus Delahunty, said Pocock was “⟦p:b|genuinely and profoundly remorseful⟧” and had sold his van. “⟦d:b|He will carry this for the rest of his life,⟧” he said.
Judge Philippa Okoro told Pocock: “⟦d:a|You chose to look at a screen rather than the road. That choice has changed another person's life for ever.⟧”
“⟦d:a|I accept your remorse is genuine. But the message must go out that this is not a momentary lapse. It is a decision,⟧” she said.
As he was led down, Pocock turned to the public gallery and said: “⟦d:d|Sorry, Mum.⟧”

### 026
@c Lumora | -
@a Priyanka Deshmukh | Lumora's head of devices
@b Gustavo Almeida | an analyst at Tessel Research
Lumora's new Arc 6 is thinner, brighter and, at $1,099, more expensive than last year's model. The company is betting that a battery it describes as "⟦p:c|all-weekend⟧" will justify the price.
"⟦d:a|People told us loud and clear: stop making the phone thinner and make it last longer. So we did both,⟧" Lumora's head of devices, Priyanka Deshmukh, said at the launch in Sorrel Bay on Tuesday.
In our testing, the Arc 6 lasted 31 hours of mixed use: impressive, if short of a full weekend.
Deshmukh said the phone's camera used on-device AI to "⟦p:a|fix the photos you didn't know were bad⟧". Asked whether users could turn the feature off, she said: "⟦d:a|Absolutely. It's a toggle. We're not going to force it on anybody.⟧"
Gustavo Almeida, an analyst at Tessel Research, said the price rise was a gamble in a slowing market. "⟦d:b|Lumora is essentially saying its customers don't care about price. Some don't. Most do,⟧" he said. "⟦d:b|I'd expect discounts by the holidays.⟧"
The Arc 6 goes on sale on Friday.

### 027
@a Aquavale Water | -
@u - | A person with knowledge of the investigation
@b Felicity Ormond | a cybersecurity researcher at Calder University
@c Gerald Inskip | a customer from Swanmoor
@d Data Protection Authority | -
Personal details of about 640,000 customers of Aquavale Water, including bank account numbers, may have been stolen in a cyber-attack, the company has admitted.
Aquavale said it discovered “⟦p:a|unusual activity⟧” on its systems on June 2 and had called in specialists. It said there was no evidence that water supplies had been affected.
“⟦d:a|We sincerely apologise to our customers. We are contacting everyone whose data may have been accessed and will provide free credit monitoring for two years,⟧” the company said.
A person with knowledge of the investigation said the attackers had demanded a ransom of $4m in cryptocurrency. “⟦d:u|They're not paying. The question is how much has already been published,⟧” the person said.
Felicity Ormond, a cybersecurity researcher at Calder University, said utilities were “⟦p:b|soft targets with hard consequences⟧”. “⟦d:b|Many are running billing systems that are twenty years old, bolted on to modern networks. That's an open window,⟧” she said.
Gerald Inskip, a customer from Swanmoor, said he had learnt about the breach from a neighbour. “⟦d:c|I've had a letter about my bill going up. I haven't had one about my bank details going walkabout,⟧” he said.
The Data Protection Authority said it was “⟦p:d|making enquiries⟧”.

### 028
@a Rania Khoury | Education Minister
@b Declan Fitzmaurice | an English teacher at Greyfield Academy
@c Hye-jin Park | general secretary of the National Teachers' Federation
@d Zara | a Year 11 pupil
Every secondary school will be given guidance on how pupils can and cannot use artificial intelligence tools for homework, under plans announced by the government on Saturday.
Education Minister Rania Khoury said AI was "⟦p:a|already in every classroom, whether we like it or not⟧" and that schools needed "⟦p:a|clear rules, not panic⟧".
"⟦d:a|I don't want children using chatbots to avoid thinking. I do want them learning how to use these tools well, because their employers will expect it,⟧" she said.
Declan Fitzmaurice, an English teacher at Greyfield Academy, said he could now spot an AI-written essay "⟦p:b|from across the room⟧". "⟦d:b|They're grammatically perfect and they say absolutely nothing. The tell is that nobody has ever disagreed with anything in them,⟧" he said.
Hye-jin Park, general secretary of the National Teachers' Federation, welcomed the guidance but said it came "⟦p:c|two years too late⟧". "⟦d:c|Teachers have been making this up as they go along. Guidance is fine. Training and time would be better,⟧" she said.
Zara, a Year 11 pupil, admitted she had used a chatbot for her history coursework. "⟦d:d|Only for the plan! Not for the writing,⟧" she said. "⟦d:d|OK, a bit of the writing.⟧"

### 029
@a Kofi Boateng | its chief executive
@b Anil Mehra | its chief technology officer
@c Lena Hartmann | a partner at Northgale Ventures
Tidewell, a start-up that uses sensors to predict when the refrigeration units on shipping containers will fail, has raised $38m in a funding round led by Northgale Ventures.
The company was founded in 2021 by Kofi Boateng, its chief executive, and Anil Mehra, its chief technology officer, who met while working at a port logistics firm in Marlport.
“⟦d:a|A single failed reefer container can mean $200,000 of spoiled salmon. There are millions of them at sea at any moment, and most of them are monitored by someone walking past with a clipboard,⟧” Boateng said.
Mehra said the company's models could now predict failures “⟦p:b|about nine days out, with better than 80% accuracy⟧”. “⟦d:b|The data was always there. Nobody was listening to it,⟧” he said.
Asked whether Tidewell would consider a sale, Boateng laughed. “⟦d:a|Ask me in five years,⟧” he said.
Lena Hartmann, a partner at Northgale Ventures, said the firm had been tracking Tidewell for a year. “⟦d:c|Shipping is one of the least digitised industries on earth. That's a problem for shipping and an opportunity for these two,⟧” she said.

### 030
@a Castlemere Bank | -
@u - | One customer
@c Tariq Mahmood | a café owner in Denholm
@d Helen Ashworth-Price | The chair of the Assembly's finance committee
Customers of Castlemere Bank were unable to make payments or log in to its app for much of Friday, the third major outage in six months.
The bank said the problem was caused by "⟦p:a|a technical issue during a planned update⟧" and was not the result of a cyber-attack.
"⟦d:a|We're really sorry for the disruption our customers have experienced today. Services are now being restored and we will make sure nobody is left out of pocket,⟧" Castlemere said in a post on its website shortly after 6pm.
One customer wrote on social media: "⟦d:u|Standing at a petrol pump with a full tank and a declined card. Thanks, Castlemere.⟧"
Tariq Mahmood, a café owner in Denholm, said he had lost most of a day's takings because customers could not pay by card. "⟦d:c|People came in, ordered, tried to pay, and it just wouldn't go through. I had to put a sign up saying cash only. Who carries cash any more?⟧" he said.
The chair of the Assembly's finance committee, Helen Ashworth-Price, said she would write to the bank's chief executive. "⟦d:d|Three outages in six months is not bad luck. It's a pattern,⟧" she said.

### 031
@a Devon Carrington | -
@b Sachin Rao | Eastholme's captain
@c Pieter van Heerden | Westmarch's head coach
Devon Carrington made an unbeaten 142 as Westmarch batted through the final day to save the match against Eastholme at Pelling Road.
Set an improbable 411 to win, Westmarch were 38 for three at lunch and looked beaten. They finished on 297 for six, with Carrington and the No 8, Ollie Fenn, surviving the last 31 overs together.
“⟦d:a|I just told myself: one ball, then the next ball. Don't look at the scoreboard. Don't look at the clock,⟧” said Carrington, 23. “⟦d:a|I looked at the clock once, at about half past four, and it had only moved ten minutes. That was the worst moment of the day.⟧”
Eastholme's captain, Sachin Rao, said his bowlers had “⟦p:b|run into a brick wall in pads⟧”. “⟦d:b|We created chances. Two went down in the slips, and against a player in that form you can't give him two lives,⟧” he said.
Asked whether he should have declared earlier on the fourth evening, Rao shook his head. “⟦d:b|No regrets. If we'd declared earlier, you'd be asking me why I gave them a chance to win.⟧”
Westmarch's head coach, Pieter van Heerden, was less restrained. “⟦d:c|That's as good a rearguard innings as I've seen from a young player. He'll remember it for the rest of his life,⟧” van Heerden said.

### 032
@a Chiamaka Eze | a 34-year-old nurse from Dunlow
@b Ngozi | Her mother
@c Fraser Muir | the race director
A nurse who took up running on her breaks between night shifts won the women's race at the Dunlow Marathon on Sunday at her first attempt at the distance.
Chiamaka Eze, a 34-year-old nurse from Dunlow, crossed the line in 2:41:09, more than four minutes clear of the field, having worked a 12-hour shift on Friday night.
"⟦d:a|I honestly thought I'd be happy with sub-three. When they told me at 20 miles I was leading, I said, 'Are you sure?'⟧" she said.
"⟦d:a|I was running for the ward. They'd all sponsored me, so I couldn't exactly walk.⟧"
Her mother, Ngozi, who had travelled from Marlport to watch, was in tears at the finish. "⟦d:b|She used to hate PE. She used to bring me notes to sign so she could skip it,⟧" she said.
Fraser Muir, the race director, said Eze's time was the fastest by a local runner in the race's 38-year history. "⟦d:c|It's a brilliant story. We've had internationals here and none of them had just come off a night shift,⟧" he said.
Eze said she would be back at work on Tuesday. "⟦d:a|The ward needs me more than the track does,⟧" she said.

### 033
@a Iñigo Arrizabalaga | the 26-year-old Basque
@b Rafael Cordero | Team director
@c Maarten Vlietstra | the Dutch rider who started the day in yellow
COL DE L'ARBRE, July 12 (Meridian Wire) - Iñigo Arrizabalaga won the first mountain stage of the Tour de l'Aubrelle on Saturday with a solo attack 9 km from the summit, taking the overall lead by 41 seconds.
«⟦d:a|He sufrido como un perro⟧», the 26-year-old Basque said after crossing the line. "⟦d:a|I suffered like a dog.⟧"
«⟦d:a|Esta victoria es para mi padre, que me llevó a mi primera carrera⟧», he added. "⟦d:a|This win is for my father, who took me to my first race.⟧"
Team director Rafael Cordero said the attack had been planned the night before. "⟦d:b|We looked at the wind, we looked at the gradient and we said: the steepest part, nine kilometres out. Iñigo did the rest,⟧" he said.
Maarten Vlietstra, the Dutch rider who started the day in yellow, finished fourth, 1 minute 12 seconds down. "⟦d:c|I had nothing in the legs. Nothing. It's a bad day, but the race is long,⟧" he said.
Tuesday's stage finishes on the Pic de Vaurelle, the hardest climb of the race.

### 034
@a Freya Lindholm | the 24-year-old
@b Odette Mballa | Head coach
@c Castlebridge | -
Castlebridge have broken their transfer record to sign Freya Lindholm from Vasterby IF for a fee understood to be around £310,000.
“⟦d:a|The moment I heard Castlebridge were interested, I didn't want to talk to anyone else,⟧” said the 24-year-old, who scored 27 goals in all competitions last season. “⟦d:a|This is a club that wants to win things, and so do I.⟧”
Head coach Odette Mballa said Lindholm had been “⟦p:b|top of our list for two years⟧”. “⟦d:b|She scores every kind of goal: left foot, right foot, head. And she presses like her life depends on it,⟧” Mballa said.
Castlebridge said in a statement that the fee was “⟦p:c|a statement of intent⟧” as the club prepares for its first season in continental competition.
Lindholm, who grew up in a fishing town north of Vasterby, said she had learned English “⟦p:a|mostly from football podcasts⟧”. “⟦d:a|So I know all the swear words and none of the polite ones,⟧” she said, laughing.

### 035
@a Jamal Okonjo | the champion
@b Viktor Haldane | the former cage fighter who switched to boxing three years ago
@c Eddie Marchbank | Promoter
Jamal Okonjo and Viktor Haldane had to be pulled apart by security at a fiery press conference ahead of their heavyweight title fight at the Castlereagh Arena next month.
Okonjo, the champion, who is unbeaten in 24 fights and nicknamed "⟦s:-|Hurricane⟧", set the tone from the start. "⟦d:a|He talks like a champion and fights like a tourist,⟧" he said, to jeers from Haldane's entourage. "⟦d:a|I'm going to send him home with a postcard.⟧"
Haldane, the former cage fighter who switched to boxing three years ago, hit back: "⟦d:b|Twenty-four fights against taxi drivers and plumbers. He's never been hit by a real man.⟧"
When Okonjo stood up and shouted "⟦d:a|Say it to my face!⟧", Haldane walked across the stage and the pair went head to head before minders stepped in. Someone at the back yelled "⟦d:-|Get on with it!⟧"
Promoter Eddie Marchbank insisted the scuffle had not been staged. "⟦d:c|You can't fake that. These two genuinely cannot stand each other,⟧" he said. "⟦d:c|It'll sell out in an hour.⟧"

### 036
@a Kenji Morimoto | The 29-year-old
@c Lorna Whyte | His caddie
@b Callum Buchanan | the left-hander
Kenji Morimoto holed a 40-foot birdie putt on the 72nd hole to win the Kingsmere Championship by one shot, his first victory in 83 starts on the tour.
The 29-year-old, who had led overnight, dropped three shots in four holes around the turn before coming home in 31.
``⟦d:a|When it went in I didn't hear anything. Then everything was very loud,⟧'' Morimoto said through a translator. ``⟦d:a|I have waited a long time. My mother has waited longer.⟧''
His caddie, Lorna Whyte, said she had told him on the final green to ``⟦p:c|just hit it firm⟧''. ``⟦d:c|He'd left every putt short all day. I said, 'If it's going to miss, miss it past the hole.' He didn't miss,⟧'' she said.
Callum Buchanan, who finished a shot back after a closing 66, was gracious. ``⟦d:b|I did what I could. You can't legislate for a 40-footer. Fair play to him,⟧'' the left-hander said.

### 037
@a Siobhán Ní Bhriain | trainer
@b Padraig Gallagher | Jockey
@c Harold Bexley | The horse's owner
Lantern Bay, the 33-1 outsider, won the Fenwick Gold Cup by a short head on Saturday, giving trainer Siobhán Ní Bhriain the biggest success of her career from a yard of just 14 horses.
“⟦d:a|We have fourteen horses and one of them has just won the Gold Cup. I don't know what to say. I genuinely don't,⟧” Ní Bhriain said in the winner's enclosure, her young son on her hip.
“⟦d:a|He's a bit of a clown at home. He jumps the water trough every morning for fun. Maybe that's what did it.⟧”
Jockey Padraig Gallagher said he had “⟦p:b|no right to win⟧” after the gelding almost came down at the second-last. “⟦d:b|He pecked, I went up his neck, and I thought, that's it. Then he picked himself up and went after them like a terrier,⟧” Gallagher said.
The horse's owner, Harold Bexley, 82, bought Lantern Bay for £4,000 as a yearling. “⟦d:c|My late wife named him. She'd have loved this. She'd have been insufferable,⟧” he said.

### 038
@a Bogdan Ciobanu | the train manager
@b Margit Halvorsen | -
@c Jens | her husband
@d Nordlys Rail | -
At 21:47 the Northern Star eases out of Vennport Central with 240 passengers, 11 carriages and, for the first time since 2003, a dining car.
The revived sleeper to Albrechtsburg, relaunched in March by Nordlys Rail, takes 13 hours, about four times as long as the flight. Nobody on board seems to mind.
"⟦d:a|People say it's slow. I say, name me a plane where you can have a glass of wine, sleep eight hours and wake up in the middle of the city,⟧" said Bogdan Ciobanu, the train manager, checking tickets by the light of a head torch.
In compartment 6, Margit Halvorsen and her husband Jens were celebrating their 40th wedding anniversary. "⟦d:b|We took this train on our honeymoon. The beds were worse then,⟧" she said.
"⟦d:c|The beds were exactly the same. We were younger,⟧" Jens said.
Nordlys Rail said occupancy had averaged 87 per cent since the relaunch. "⟦d:d|The demand is there. The challenge is rolling stock,⟧" the company said, adding that it hoped to run the service nightly from next year.
At two in the morning, somewhere past the border, the corridor was still busy with people in socks looking out at the dark. "⟦d:a|Nobody sleeps the first night. Second night, they sleep like babies,⟧" Ciobanu said.

### 039
@a Deborah Fenwick | -
@b Borealis Air | -
@s - | A Borealis Air spokesperson
Deborah Fenwick of Ostley writes: “⟦d:a:m|My suitcase went missing on a Borealis Air flight from Kell to Ostley in August. It contained my late mother's jewellery, which I know I shouldn't have checked in, and all my clothes for a two-week holiday.⟧
“⟦d:a|Borealis has offered me £250. I spent £640 replacing essentials. I've sent receipts three times and each time I'm told they've been lost. Can you help?⟧”
I contacted Borealis. Within a week your bag had been found in a warehouse at Kell airport, where it had been “⟦p:b|mislabelled during a system outage⟧”, according to the airline.
A Borealis Air spokesperson said: “⟦d:s|We're sorry for the distress caused to Ms Fenwick and are pleased her bag has been returned. We have refunded her expenses in full and added £200 as a gesture of goodwill.⟧”
Deborah is delighted. “⟦d:a|I'd given up. When I opened it and Mum's brooch was still in the lining I sat on the floor and cried,⟧” she says.

### 040
@a Brightwell Appliances | -
@s - | a Brightwell spokesperson
@c Rhiannon Pugh | Fairmark's head of product safety
@d Malik Jaffer | -
Brightwell Appliances is recalling more than 180,000 kettles after reports that the handle can come away while the kettle is full of boiling water.
The recall covers the Brightwell Classic 1.7L in white, black and cream, sold between January 2022 and May this year.
"⟦d:a|Customer safety is our top priority. Customers should stop using the product immediately and contact us for a full refund,⟧" Brightwell said in a statement.
Asked why the recall had taken until June, a Brightwell spokesperson said: "⟦d:s|We acted as soon as our investigation confirmed a pattern.⟧"
Rhiannon Pugh, Fairmark's head of product safety, said the recall was "⟦p:c|welcome but overdue⟧". "⟦d:c|We first raised concerns about this handle in February. Every week of delay was another week of risk,⟧" she said.
Malik Jaffer, from Ecclesworth, said the handle on his kettle snapped as he filled his daughter's hot water bottle. "⟦d:d|It went all over the worktop and my arm. If she'd been standing next to me, I don't like to think about it,⟧" he said.

### 041
@a Dorothy Mwale | Great-grandmother
@c Peter Mwale | Her son
@s - | A Voltara spokeswoman
A great-grandmother was sent a £4,730 electricity bill for her one-bedroom flat because a meter reader typed an extra digit.
Great-grandmother Dorothy Mwale, 84, who lives alone in sheltered housing in Cawley, said she “⟦p:a|nearly had a heart attack⟧” when she opened the letter.
“⟦d:a|I only have the telly, the kettle and one heater. I thought, what have I done? Have I left something on for a year?⟧” she said.
Her son, Peter Mwale, spent seven hours on the phone to Voltara Energy over three weeks. “⟦d:c|Every time it was a different person, and every time I had to explain from the start. One of them told me to pay it and claim it back,⟧” he said.
A Voltara spokeswoman said: “⟦d:s|We're very sorry. This was a human error which has now been corrected, and we have applied a £150 goodwill credit to Mrs Mwale's account.⟧”
Mrs Mwale said the credit would “⟦p:a|go on a new coat⟧”. “⟦d:a|And I'll be reading that meter myself from now on,⟧” she added.

### 042
@a Omari Lewis-Grant | Detective Sergeant
@b - | a 79-year-old woman from Haxby Green
@c - | Her daughter
Police in Haxby are warning residents about a scam in which fraudsters pose as bank staff and send a courier to collect victims' cards.
Detective Sergeant Omari Lewis-Grant said four people in the town had lost a total of £38,000 in the past fortnight.
"⟦d:a|These criminals are convincing. They know your name, they know your bank, and they'll even tell you to ring the number on the back of your card to check. What they don't tell you is that they've kept the line open,⟧" he said.
"⟦d:a|Your bank will never send someone to your house to collect your card. Never.⟧"
A 79-year-old woman from Haxby Green, who asked not to be named, said she handed over two cards and her PIN to a man who arrived in a taxi. "⟦d:b|He was very polite. He had a lanyard. I made him a cup of tea,⟧" she said.
Her daughter said the family had since stuck a note by the phone reading "⟦s:-|HANG UP AND RING ME⟧". "⟦d:c|Mum's sharp as a tack. If they can get her, they can get anyone,⟧" she said.

### 043
@a Kwame Osei-Bonsu | Station Manager
@b Rosemary Tull | a retired midwife
@c Gethin Rhys | landlord of the Plough
@d Rivers Authority | -
Dozens of homes in the village of Aldermoor were flooded overnight after the River Senn burst its banks following 36 hours of heavy rain.
Firefighters used boats to rescue 17 people, including a baby and an 89-year-old man, from properties on Mill Lane and Church Street.
“⟦d:a|The water came up incredibly fast, about a metre in two hours. Crews were wading chest-deep at one point,⟧” said Station Manager Kwame Osei-Bonsu of Fordshire Fire and Rescue Service.
Rosemary Tull, a retired midwife, watched from an upstairs window as water filled her kitchen. “⟦d:b|I heard the back door give. Then the fridge floated past the stairs,⟧” she said. “⟦d:b|It's the third time since 2019. I can't keep doing this.⟧”
Gethin Rhys, landlord of the Plough, opened the pub at 3am to give evacuated families somewhere warm. “⟦d:c|What else are you going to do? You put the kettle on and you find some blankets,⟧” he said.
The Rivers Authority said new flood defences for Aldermoor were “⟦p:d|at the design stage⟧”. Mrs Tull was unimpressed. “⟦d:b|They've been at the design stage since I was fifty,⟧” she said.
More rain is forecast for Monday.

### 044
@a Gloria Achterberg | Mayor
@b Tendai Moyo | the branch librarian
@c Ellie-Mae | -
Brenford library reopened on Saturday after a two-year, £3.1m refurbishment, with a queue of children stretching round the corner of Dean Street before the doors opened.
Mayor Gloria Achterberg cut the ribbon at 10am. "⟦d:a|A town without a library is a town that has given up on itself. Brenford hasn't,⟧" she told the crowd.
The building now has a makerspace with 3D printers, a café and, on the top floor, a quiet room with views over the river.
"⟦d:b|People keep asking whether we still have books. Yes! More than before, actually,⟧" said Tendai Moyo, the branch librarian. "⟦d:b|But we also have a sewing machine and a recording booth, because a library is about what you can do, not just what you can borrow.⟧"
Ellie-Mae, seven, was first through the door and first to get a library card. "⟦d:c|I'm going to read all of the dinosaur ones,⟧" she said. Asked how many there were, she considered the question carefully. "⟦d:c|Lots.⟧"

### 045
@a Shona Garvie | the mum-of-three
@b Kenneth Abara | a dog walker
@c Anouk Jansen | a vet at the practice
A spaniel that went missing on a beach walk has been reunited with her family 11 months later and 90 miles away.
Biscuit vanished in the dunes at Sandhaven last May after chasing a hare. Her owners searched for weeks.
Shona Garvie, 41, had all but given up hope. “⟦d:a|We put up posters, we did the online groups, we walked those dunes every weekend,⟧” said the mum-of-three.
“⟦d:a|When the vet rang and said, ‘We think we've got your Biscuit,’ I dropped the phone in the sink.⟧”
Biscuit was picked up by Kenneth Abara, a dog walker, in a park in Wellsby. “⟦d:b|She was thin and a bit nervous but she came straight to me. Good as gold,⟧” he said.
A microchip scan at Carrick Vets identified her. Anouk Jansen, a vet at the practice, said: “⟦d:c|We scan every stray as a matter of course. This is exactly why chipping matters.⟧”
Where Biscuit spent the missing months remains a mystery. “⟦d:a|If only she could talk,⟧” Shona said.

### 046
@a Harriet Okwuosa | the council's chief engineer
@b - | One man
@c Dev Mistry | Ward councillor
The Tollgate Bridge in Wyndham will close to all traffic for at least 18 months after inspectors found corrosion in its steel hangers, council engineers have said.
More than 200 people packed into St Bede's church hall on Thursday night to hear the news.
"⟦d:a|I'm not going to stand here and tell you this is convenient. It isn't. But the alternative was to wait until something failed, and I wasn't prepared to do that,⟧" said Harriet Okwuosa, the council's chief engineer.
One man asked: "⟦d:b|How am I meant to get to work? The diversion is eleven miles.⟧"
"⟦d:a|I know. We're looking at a temporary footbridge and a shuttle bus, and I'll be honest, neither of those helps you if you drive a van,⟧" she replied.
Ward councillor Dev Mistry said the closure would be "⟦p:c|devastating⟧" for shops on the east side of the river. "⟦d:c|We need the government to step in with money, and we need it now, not in 2028,⟧" he said.
Asked whether the corrosion should have been spotted sooner, Okwuosa paused. "⟦d:a|That's a fair question, and there will be a review. I'd rather answer it properly than quickly.⟧"

### 047
@a Ilinca Dragomir | a former judge
@b Vasile Ungureanu | the incumbent
@c Marguerite Leblanc | head of the regional observer mission
@d Doina Radu | a pensioner
BRAVA, Merovia, Nov 4 (Meridian Wire) - Ilinca Dragomir, a former judge, who campaigned on a promise to "⟦p:a|clean the house from the roof down⟧", won Merovia's presidential runoff on Sunday with 56.3 percent of the vote, the election commission said.
"⟦d:a|Tonight, Merovia chose the future over fear,⟧" Dragomir told cheering supporters in Liberty Square, speaking in Merovian. "⟦d:a|I will be the president of those who voted for me and of those who did not.⟧"
Vasile Ungureanu, the incumbent, conceded defeat in a brief televised address. "⟦d:b|The people have spoken and I respect their decision,⟧" he said, but added that his party would be "⟦p:b|a vigilant opposition⟧".
Marguerite Leblanc, head of the regional observer mission, said the vote had been "⟦p:c|competitive and generally well run⟧", though she noted "⟦p:c|concerns about the misuse of state media⟧" during the campaign.
In Brava's old town, Doina Radu, 58, a pensioner, said she had voted for change. "⟦d:d|For thirty years we have had the same faces. I wanted to see a new one before I die,⟧" she said.
Supporters of Dragomir danced in the square until the early hours, chanting "⟦s:-|Ilinca! Ilinca!⟧"

### 048
@a Solène Garnier | president of the Young Farmers' Federation
@c Lucien Brossard | a 61-year-old dairy farmer from the Haute-Lisière region
@b Thierry Abadie | Police spokesman
SAINT-VALÈRE, Vaudrelle, Feb 9 (Meridian Wire) - Hundreds of tractors blocked the ring road around Vaudrelle's capital on Friday as farmers protesting over fuel taxes and cheap imports dumped manure outside government buildings.
Protesters chanted «⟦s:-|Pas de paysans, pas de pain⟧» ("⟦s:-|No farmers, no bread⟧") and waved banners reading «⟦s:-|On crève en silence⟧» ("⟦s:-|We are dying in silence⟧").
Solène Garnier, president of the Young Farmers' Federation, said the movement would continue «⟦p:a|aussi longtemps qu'il le faudra⟧», "⟦p:a|as long as it takes⟧".
«⟦d:a|Nous ne sommes pas des casseurs, nous sommes les gens qui nourrissent ce pays⟧», she told reporters. "⟦d:a|We are not vandals. We are the people who feed this country.⟧"
Lucien Brossard, a 61-year-old dairy farmer from the Haute-Lisière region, said he was losing money on every litre of milk. "⟦d:c|My son wanted to take over the farm. I told him to become an electrician,⟧" he said.
Police spokesman Thierry Abadie said 14 people had been detained. "⟦d:b|The right to protest is respected, but blocking emergency routes is not acceptable,⟧" he said.
The agriculture ministry said it would meet union leaders on Monday.

### 049
@a Henrike Vogelsang | the captain of the Albatros
@d SeaLight | the charity
@b - | A coast guard official
@c Yonas | -
PORT SERRANO, Aug 21 (Meridian Wire) - A charity rescue ship picked up 63 people, including nine children, from an overcrowded rubber boat in international waters on Wednesday, the ship's operator said.
"⟦d:a|The boat was already taking on water when we reached it. Another hour and we would have been counting bodies,⟧" said Henrike Vogelsang, the captain of the Albatros, which is operated by the charity SeaLight.
SeaLight said in a statement that authorities had assigned the ship a port "⟦p:d|four days' sailing away⟧", a decision it called "⟦p:d|cruel and unnecessary⟧".
A coast guard official, speaking on condition of anonymity, said the assignment followed standard procedure. "⟦d:b|We have to distribute arrivals fairly. Every port in the south is full,⟧" the official said.
Yonas, 19, said through an interpreter that he had spent two days at sea without water. "⟦d:c|I thought I would die and nobody would know my name,⟧" he said.

### 050
@a Farida Nazarova | Talvaria's trade minister
@b Elif Demirtaş | Her Kestrian counterpart
@u - | A diplomat involved in the negotiations
ALTMARK, March 6 (Meridian Wire) - Talvaria and Kestria signed a trade deal on Thursday cutting tariffs on steel and grain, ending a dispute that had rumbled on for four years and cost both economies billions.
“⟦d:a|Four years ago we were not speaking. Today we are signing. That is what patience buys,⟧” Farida Nazarova, Talvaria's trade minister, said at a signing ceremony.
Her Kestrian counterpart, Elif Demirtaş, speaking through an interpreter, said the agreement was “⟦p:b|not perfect, but fair⟧”. “⟦d:b|Nobody got everything they wanted. That is how you know it is a real agreement,⟧” she said.
A diplomat involved in the negotiations said the final sticking point had been quotas for frozen poultry. “⟦d:u|We spent eleven hours on chickens. I never want to discuss chickens again,⟧” the diplomat said.
Asked whether the deal could survive a change of government in Kestria next year, Nazarova smiled. “⟦d:a|Agreements outlive governments. That is the point of them,⟧” she said.

### 051
@a Carpanian Foreign Ministry | -
@b Tomasz Halicki | Foreign Minister
@c Inês Valadares | government spokeswoman
KARVOS, Carpania, April 2 (Meridian Wire) - Carpania recalled its ambassador to Lusandria on Tuesday after Lusandrian police detained two Carpanian journalists covering a border protest, escalating a diplomatic row between the neighbours.
"⟦d:a|The detention of accredited journalists is a gross violation of international norms and cannot go unanswered,⟧" the Carpanian Foreign Ministry said in a statement.
Foreign Minister Tomasz Halicki told parliament the ambassador would remain in Karvos "⟦p:b|until our citizens are home⟧". "⟦d:b|We are not looking for a fight. We are looking for two journalists,⟧" he said.
In Lusandria, government spokeswoman Inês Valadares said the journalists had been detained for "⟦p:c|entering a restricted military zone without authorisation⟧" and would be "⟦p:c|dealt with according to the law⟧".
"⟦d:c|Press cards are not passports to go anywhere you like,⟧" she told a regular briefing.

### 052
@a Ferdinand Oyelowo | the head gardener
@b Peggy | -
There are 212 varieties of apple in the walled garden at Kellingwood Hall, and Ferdinand Oyelowo, the head gardener, can tell you the story of every one.
“⟦d:a|That one came from a cutting a monk brought back from somewhere in the 1400s, allegedly. I say allegedly because every old tree in the country has a monk in its story,⟧” he says, patting a gnarled trunk.
We are here to talk about pruning, which in January is what half the country's gardeners are doing, mostly wrong.
“⟦d:a|Everyone prunes too much. The tree doesn't need a haircut every winter. It needs you to take out what's dead, what's crossing and what's diseased, and then leave it alone,⟧” he says.
“⟦d:-|And if it still won't fruit?⟧” I ask.
“⟦d:a|Then be patient. An apple tree is a twenty-year conversation.⟧”
Peggy, who has volunteered at the hall since 1987, is up a ladder nearby. “⟦d:b|He says that to everyone,⟧” she calls down. “⟦d:b|He's right, mind.⟧”
Among the trees is a small, russeted variety known locally as “⟦s:-|Widow's Comfort⟧”, which Oyelowo believes grows nowhere else.

### 053
@a Bayo Ogunleye | The 47-year-old
@b Harriet Quill | His co-star
Bayo Ogunleye is late, and apologetic about it.
"⟦d:a|I got off the tram at the wrong stop and then walked the wrong way with total confidence. That's sort of my whole career,⟧" he says, sitting down.
The 47-year-old has spent two decades as one of the most familiar faces on television that nobody can quite name.
"⟦d:a:m|For years I was Detective Number Two. Or Worried Doctor. Or Man At Bus Stop Who Sees Something. And I loved it, honestly. You turn up, you do your day, you go home.⟧
"⟦d:a:m|But there's a point, around forty-five, where you think: is anyone going to give me the whole story? Not the bit in the middle. The whole thing.⟧
"⟦d:a|And then this came along.⟧"
This is "⟦s:-|The Cartographer⟧", a six-part drama in which he plays a mapmaker who discovers that a village on his own maps does not exist.
His co-star Harriet Quill describes him as "⟦p:b|the least vain actor I've ever met⟧". "⟦d:b|He asked the make-up team to make him look more tired. Nobody asks that,⟧" she says.
"⟦d:-|Are you nervous about it?⟧" I ask. He thinks for a long time.
"⟦d:a|Terrified. But it's the good kind.⟧"

### 054
@b National Weather Service | -
@a Anjali Raghunathan | Meteorologist
@c Stuart Kinloch | a spokesman for the motoring group Roadwatch
An amber warning for snow and ice has been issued for much of the north and the uplands from 6pm on Saturday, with up to 20cm of snow possible on higher ground.
The National Weather Service said travel disruption was "⟦p:b|likely⟧" and that some rural communities could be "⟦p:b|cut off for a time⟧". "⟦d:b|Temperatures could fall as low as minus 12C in sheltered glens,⟧" the service added.
Meteorologist Anjali Raghunathan said the worst would come overnight. "⟦d:a|It's the combination that worries us: snow falling on roads that are already frozen, and then strong winds drifting it. Conditions could change very quickly,⟧" she said.
"⟦d:a|If you don't need to travel on Saturday night, don't.⟧"
Stuart Kinloch, a spokesman for the motoring group Roadwatch, urged drivers to carry a blanket, a shovel and a charged phone. "⟦d:c|Every winter we find people stuck on a hill in trainers and a T-shirt. Please don't be one of them,⟧" he said.

### 055
@a Ngaio Tapsell | a marine biologist with the Coastal Mammal Rescue Trust
@b Hemi Walker | -
@c Jessamy Crowe | a student
Volunteers spent nine hours keeping 23 pilot whales wet and upright on Oyster Spit on Saturday before a rising tide allowed 19 of them to be refloated.
“⟦d:a|Nineteen is a very good result. Honestly, at nine this morning I'd have taken ten,⟧” said Ngaio Tapsell, a marine biologist with the Coastal Mammal Rescue Trust.
She said the four that died had been “⟦p:a|too weak to save⟧” and were probably the first to strand.
Hemi Walker, who drove two hours from Port Lister when the alert went out at dawn, spent the day with his arms round a juvenile the volunteers nicknamed “⟦s:-|Tiny⟧”. “⟦d:b|He kept looking at me. You can't describe that. When he swam off I just sat down in the water,⟧” he said.
Jessamy Crowe, a student, organised a bucket chain of about 60 people. “⟦d:c|Strangers, all of them. Nobody asked anybody's name. You just grabbed a bucket,⟧” she said.
Tapsell warned that the whales could strand again overnight. “⟦d:a|We'll be back out at first light. Fingers crossed we find an empty beach,⟧” she said.

### 056
@a Veltrix Pharma | drugmaker
@b Yolanda Esquivel | a neurologist at San Lorenzo University Hospital who led the trial
@c Megan Tolliver | a trial participant from Fairhaven
@d Rupert Stainforth | a headache specialist at Kellerman College
An experimental migraine drug cut the number of monthly migraine days by at least half in nearly 60 percent of patients in a late-stage trial, drugmaker Veltrix Pharma said on Wednesday.
"⟦d:b|These are patients who had failed at least two other preventive treatments. For that group, these are very meaningful numbers,⟧" said Dr. Yolanda Esquivel, a neurologist at San Lorenzo University Hospital who led the trial.
Megan Tolliver, a trial participant from Fairhaven, said she had gone from 16 migraine days a month to four. "⟦d:c|I got my weekends back. I went to my niece's birthday party and stayed for the whole thing,⟧" she said.
Rupert Stainforth, a headache specialist at Kellerman College, who was not involved in the study, said the results were "⟦p:d|promising but not a revolution⟧". "⟦d:d|We'll need to see the full data, especially on side effects, and we'll need to know what it costs,⟧" he said.
Veltrix said it planned to file for approval by the end of the year. "⟦d:a|We believe this could become an important option for people living with chronic migraine,⟧" the company said.

### 057
@a Tamar Hirsch | a virologist at the Kessel Institute
@b Elsa Brandt | My first supervisor
Tamar Hirsch, a virologist at the Kessel Institute, has spent 20 years studying how flu viruses jump from birds to mammals. She describes her job as "⟦p:a|detective work with pipettes⟧". We asked her five questions.
Q: What got you into virology?
A: A biology lesson that stopped too soon. We were told viruses sit on the border between living and not living, and that was the end of it. I wanted to know what was on the other side of the border.
Q: Should we be worried about bird flu?
A: Worried, no. Watchful, yes. People use the word "⟦s:-|pandemic⟧" far too loosely, and then when something serious comes along they have stopped listening.
Q: What's the best advice you were ever given?
A: My first supervisor, Elsa Brandt, used to say: "⟦d:b|Never fall in love with your hypothesis. It won't love you back.⟧" I have it on a mug.
Q: What do you do when you're not in the lab?
A: I sing alto in a community choir. We're doing "⟦s:-|Songs of the Estuary⟧" in May, and I'm more nervous about that than about any grant committee.

### 058
@a Pham Bich Ngoc | the chef
@b Pham Van Duc | Her father
At Sông, a 28-seat Vietnamese restaurant in a former launderette on Carver Street, the broth simmers for 14 hours and the menu changes when the chef's father says so.
``⟦d:a|He comes in every Tuesday, tastes everything and tells me what's wrong,⟧'' said Pham Bich Ngoc, 36, who opened Sông in 2021. ``⟦d:a|Usually he's right. I don't tell him that.⟧''
Her father, Pham Van Duc, who ran a noodle stall in the port city where he grew up before emigrating in 1989, was sitting at the corner table with a spoon.
``⟦d:b|Too much sugar in the dipping sauce,⟧'' he said. ``⟦d:b|Young people like sugar.⟧''
Ngoc rolled her eyes. ``⟦d:a|The customers like it, Dad,⟧'' she said.
The restaurant's name means ``⟦s:-|river⟧''. Asked about her signature dish, a pork belly braised in coconut water, the chef said it was ``⟦p:a|my mum's recipe with my mistakes in it⟧''.

### 059
@a Ewa Zawadzka | the orchestra's principal conductor
@b Oluwaseun Adebayo | Cellist
Meridian Philharmonic / Zawadzka, Corran Hall
Ewa Zawadzka, the orchestra's principal conductor, told the audience before the first piece that the evening's premiere, Kerem Yıldız's “⟦s:-|Harbour Lights⟧”, had been “⟦p:a|written for people who think they don't like new music⟧”.
“⟦d:a|Give it twelve minutes. If you still hate it, the bar is open for the second half,⟧” she said, to laughter.
Nobody left. The piece, all foghorn clusters and a single looping clarinet line, earned the loudest applause of the night.
Cellist Oluwaseun Adebayo followed with the Halvorsen concerto, a work he has recorded twice. “⟦d:b|I've played it maybe 200 times. Every time, I find a note I've been playing wrong,⟧” he told me afterwards.
Backstage, Zawadzka was asked how she keeps an 80-piece orchestra together. “⟦d:a|Orchestras are like families at Christmas. Most of the time we agree on the music,⟧” she said.

### 060
@a Ruud Kerkhoven | the 52-year-old Dutchman
@b Alistair Mowbray | Chairman
@r - | One reporter
Ruud Kerkhoven promised "⟦p:a|no miracles, just work⟧" as he was unveiled as Ashgrove Rovers' new head coach on Monday, two days after Sean Prendiville was sacked with the club bottom of the table.
"⟦d:a|I'm not a magician. If someone tells you they can fix this in one week, they are lying to you,⟧" the 52-year-old Dutchman said.
Chairman Alistair Mowbray, sitting beside him, said Kerkhoven had been "⟦p:b|the only name on the list⟧". "⟦d:b|We spoke to him on Saturday night and he was in the building on Sunday morning. That told me everything,⟧" Mowbray said.
Asked whether he had been promised money to spend in January, Kerkhoven looked at Mowbray. "⟦d:a|You'd better ask him,⟧" he said, to laughter.
"⟦d:b|There will be some,⟧" Mowbray said. "⟦d:b|Not a lot. Some.⟧"
One reporter asked: "⟦d:r|How many points do you need to stay up?⟧"
"⟦d:a|More than we have. Next question,⟧" Kerkhoven replied.
Another wanted to know whether he had spoken to his predecessor. "⟦d:a|I sent him a message. He is a good coach. This is football; tomorrow it could be me,⟧" he said.

### 061
@a Graça Albuquerque | the market's oldest stallholder
@b Rui Tavares | a guide who runs walking tours of the old quarter
@c Mariana Couto | The city's tourism councillor
Vila Serrana has long been the place you drove through on the way to the beaches. That is changing.
At the covered market, Graça Albuquerque, 74, the market's oldest stallholder, pressed a warm custard tart into my hand before I had asked for one. «⟦d:a|Prova, prova⟧», she said. “⟦d:a|Taste, taste.⟧”
“⟦d:a|Tourists used to come in, take photos of the fish and leave. Now they buy the fish,⟧” she said, via her grandson, who translated.
Rui Tavares, a guide who runs walking tours of the old quarter, said the change had come quickly. “⟦d:b|Ten years ago, half these buildings were empty. Now the question is whether the people who live here can still afford to stay,⟧” he said.
The city's tourism councillor, Mariana Couto, said Vila Serrana wanted “⟦p:c|visitors, not an invasion⟧”. “⟦d:c|We are not going to become a theme park. We have seen what happened to other cities,⟧” she said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh74.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh74",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
