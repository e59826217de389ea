# ruff: noqa: E501
"""Build ``quotes_fresh78.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written in
the house styles of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' websites.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh78-NNN``.

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

* A relative clause set off by a comma after an appositive (``a partner at Oosterkade
  Ventures, which led the funding round``) is not part of the description; one without
  a comma (``a schoolteacher from Leicester who lost £38,000``) is.
* Where a speaker (person or organisation) is introduced without an appositive and a
  cue refers to them by a definite description (``the 19-year-old``, ``the artist``,
  ``the agency said``), that description is taken. Where there is an appositive, a
  later definite description at a cue is ignored.
* Descriptive labels standing before the name in tabloid and sports copy (``Pensioner
  Bev …``, ``Mum-of-three …``, ``boss Rui …``, ``Race leader …``) count as role titles;
  a role title before the name combined with an appositive after it: the appositive
  wins. An age on its own (``Dunleavy, 27,``) is not a description.
* A paragraph of quotation with no cue of its own continues the speaker of the
  preceding quote when the passage leaves no doubt (a letter, a judge's remarks, a
  victim's account).
* Questions asked by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null.
* Words that a reporter's question or a transcript answer attributes to somebody
  (``You said last year that grass was "not my surface"``; ``He shouted "Move your
  feet!"``) belong to that somebody.
* A chanted slogan and its translation are both ``scare``. A spoken quote and its
  translation (in quotation marks) are two spans by the speaker.
* In obituaries, quotes from the deceased's past interviews, speeches and writing are
  the deceased's speech.
* A statement read out in court on someone's behalf belongs to its author.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh78.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh78.jsonl")

PASSAGES = """
### 001
@a Henrik Solvang | chief market strategist at Brenmark Securities
@b Oyelaran Adeyemi | a portfolio manager at Tallis Row Capital
@c - | a currency trader in Singapore who was not authorised to speak to the media
LONDON/NEW YORK, Oct 18 (Meridian Wire) - Global stocks slid for a third straight session on Friday as weaker-than-expected factory data from the euro zone and a surprise jump in U.S. jobless claims revived fears that the world economy is losing momentum heading into the final quarter.
The MSCI All-World index fell 1.4%, its steepest one-day drop since March, while benchmark 10-year Treasury yields dropped 11 basis points as investors piled into government bonds.
"⟦d:a|The market spent the summer pricing a soft landing. It's now asking whether the landing gear is actually down,⟧" said Henrik Solvang, chief market strategist at Brenmark Securities.
"⟦d:a|Nobody is panicking yet,⟧" Solvang added. "⟦d:a|But the margin for disappointment has gone, and Friday's numbers were a disappointment.⟧"
Oil prices also fell, with Brent crude down 2.3% at $71.80 a barrel, its lowest in seven weeks.
Oyelaran Adeyemi, a portfolio manager at Tallis Row Capital, said the sell-off had been "⟦p:b|orderly⟧" and that his firm had been adding to positions in utilities and consumer staples.
"⟦d:b|When growth gets scarce, people pay up for certainty,⟧" he said. "⟦d:b|We'd rather own the companies that sell toothpaste than the ones that sell excavators right now.⟧"
In currency markets, the yen strengthened past 141 per dollar. "⟦d:c|Everyone is on the same side of the boat. If the boat tips, it tips fast,⟧" said a currency trader in Singapore who was not authorised to speak to the media.

### 002
@a Ingrid Valcourt | chief executive
@b Mei-Lin Hargreave | the finance director
@c - | an analyst at Corvell & Pine
@d Thessaly Home | the homewares retailer with 240 stores across the country
Thessaly Home, the homewares retailer with 240 stores across the country, cut its full-year profit forecast for the second time in four months on Thursday, blaming what it called a “⟦p:d|wet and miserable⟧” summer.
Shares fell 17 per cent to 212p, their lowest level since 2020.
“⟦d:a|We are not going to pretend this has been a good half. It hasn’t,⟧” chief executive Ingrid Valcourt told analysts on a call on Thursday morning. “⟦d:a|Footfall held up better than we feared. Conversion didn’t. People came in, looked at garden furniture in the rain and went home.⟧”
Valcourt, who took over in January after the abrupt departure of her predecessor, said the group would close 18 loss-making stores and “⟦p:a|reset⟧” its pricing ahead of Christmas.
Mei-Lin Hargreave, the finance director, said stock levels were “⟦p:b|higher than we would like⟧” but insisted the balance sheet remained sound. “⟦d:b|We have no drawn debt and £140m of headroom on our facilities. There is no question mark over the business,⟧” she said.
Pressed by an analyst at Corvell & Pine on whether the dividend was “⟦p:c|genuinely safe⟧”, Hargreave was careful. “⟦d:b|The board will look at it in the round at the full year. I’m not going to pre-empt that today.⟧”
Asked whether she still had the board’s backing, Valcourt replied: “⟦d:a|Yes. Next question.⟧”

### 003
@a Adélaïde Fournier-Mbaye | the bank's governor
@b Patrice Ondoua | Finance minister
@c - | a senior official at the ministry
SAINT-AUBIN, Sarrenne — Sarrenne's central bank raised its main interest rate by 75 basis points to 9.25% on Wednesday, a bigger increase than economists had expected, as it tried to stem a slide in the Sarrenne franc that has pushed inflation to a 14-year high.
«⟦d:a|Nous ferons ce qu'il faut, aussi longtemps qu'il le faudra⟧» («⟦d:a|We will do what is needed, for as long as it is needed⟧»), the bank's governor, Adélaïde Fournier-Mbaye, told reporters after the decision.
She said the bank had been «⟦p:a|too patient⟧» in the spring and that further increases could not be ruled out. «⟦d:a|The currency is not a detail. When it falls, the price of bread rises the following week. People in Saint-Aubin know this better than any economist.⟧»
Finance minister Patrice Ondoua, speaking in parliament an hour later, called the decision «⟦p:b|courageous and necessary⟧». «⟦d:b|The government and the bank are pulling in the same direction,⟧» he said. «⟦d:b|Anyone betting against the franc should think again.⟧»
Not everyone was convinced. A senior official at the ministry, speaking on condition of anonymity, said the increase would «⟦p:c|hurt small businesses long before it helps the currency⟧».
The franc rose 1.8% against the euro after the announcement, recovering about half of its losses since the start of the month.

### 004
@a Corrigan Gate | the ports operator
@b Dalia Mansour | general secretary of the Federated Maritime Union
@c Pieter van Aalst | chief executive of Norhaven Logistics
@d - | a person familiar with the talks
Corrigan Gate, the ports operator, said on Sunday it had rejected a £3.1bn takeover approach from Dutch rival Norhaven Logistics, saying the offer "⟦p:a|significantly undervalues⟧" the company and its prospects.
"⟦d:a|The board is confident in Corrigan Gate's standalone strategy and its ability to deliver superior returns to shareholders,⟧" the company said in a statement.
Pieter van Aalst, chief executive of Norhaven Logistics, said he was "⟦p:c|disappointed but not discouraged⟧". "⟦d:c|We have made a full and fair proposal. We would encourage Corrigan Gate's shareholders to ask the board why it will not engage,⟧" he said.
The approach has alarmed unions at the group's six ports. Dalia Mansour, general secretary of the Federated Maritime Union, warned: "⟦d:b|Every time a port changes hands, the first thing that goes is the night shift. We've seen this film before.⟧"
"⟦d:b|We will want cast-iron guarantees on jobs from anyone who wants to buy this company, Dutch or otherwise,⟧" she said.
A person familiar with the talks said Norhaven was "⟦p:d|weighing its options⟧", including a higher bid.
Under takeover rules, Norhaven has until Nov 14 to make a firm offer or walk away.

### 005
@a Bernadette Quayle | the 71-year-old
@b Colm Quayle | Her son
@c Ruth Ashdown | -
After 62 years, three generations and, by one family estimate, more than four million sausage rolls, Quayle’s Bakery on Fore Street will close its doors for the last time on Saturday.
Bernadette Quayle, whose father Arthur opened the shop in 1962 with a borrowed oven and a £200 loan, said the decision had been “⟦p:a|the hardest thing I’ve ever had to do⟧”.
“⟦d:a|The electricity bill was four times what it was two years ago. Flour’s gone up, butter’s gone up, and you can only charge so much for a loaf before people go to the supermarket,⟧” the 71-year-old said.
“⟦d:a|I kept thinking, one more year. Then one more year. In the end my accountant sat me down and said, ‘Bernie, you’re paying to come to work.’⟧”
Her son, Colm Quayle, who has run the ovens since 2005, said the family had looked at every option, including moving to a smaller unit on the industrial estate.
“⟦d:b|It wouldn’t have been Quayle’s,⟧” he said. “⟦d:b|This shop is the business. People come in for the bread, but they also come in because Mum knows their grandchildren’s names.⟧”
Regulars have been queueing out of the door since the closure was announced. Ruth Ashdown, who has bought her bread there since 1979, was among them on Thursday morning.
“⟦d:c|I cried when I heard. I’m not ashamed to say it,⟧” she said. “⟦d:c|Where am I going to get a proper lardy cake now?⟧”

### 006
@a - | one shopper
@b Gemma Rourke | a nurse from Dunmore
@c Tariq Benhaddou | a retail analyst at Moorgate Insight
@d Bargain Barn | the discount chain
BARGAIN hunters camped out overnight in freezing temperatures as the doors opened on the first day of the Midwinter Mega Sale at Kelsford's Riverside Centre.
Hundreds were queueing by 5am, some wrapped in sleeping bags, for discounts of up to 70 per cent on TVs, air fryers and games consoles.
"⟦d:a|I've been here since half ten last night. My feet have gone, but I'm getting that telly,⟧" said one shopper, clutching a flask of tea.
Gemma Rourke, 29, a nurse from Dunmore, came straight from a night shift. "⟦d:b|I finished at seven, drove over and joined the queue in my scrubs,⟧" she said. "⟦d:b|Is it worth it? Ask me when I get to the front.⟧"
Scuffles briefly broke out at the Bargain Barn store when staff opened a second entrance. Bargain Barn, the discount chain, said in a statement: "⟦d:d|The safety of our customers and colleagues is our priority. The situation was quickly brought under control and nobody was hurt.⟧"
But Tariq Benhaddou, a retail analyst at Moorgate Insight, said the scenes were "⟦p:c|a bit of theatre⟧".
"⟦d:c|The real action is online,⟧" he said. "⟦d:c|Retailers love a queue for the cameras, but about four in five of these sales will happen on a phone.⟧"

### 007
@a Skyvane | the budget carrier
@b Obinna Eze | the CCA's national officer
@c - | A Skyvane spokeswoman
@d Helga Brandvold | -
Thousands of holidaymakers face disruption next month after pilots at Skyvane voted to strike over pay and rostering.
The Cockpit Crew Association (CCA) said 91% of members who took part in the ballot backed walkouts on 4, 5 and 11 August, at the peak of the summer getaway.
Obinna Eze, the CCA's national officer, said pilots had been left with “⟦p:b|no choice⟧”.
“⟦d:b|Our members have been flying more hours for less money for three years, while this company has posted record profits,⟧” he said. “⟦d:b|Nobody wants to ruin anyone's holiday. But pilots are exhausted, and exhausted pilots are not something any passenger should want.⟧”
Skyvane, the budget carrier, said it was “⟦p:a|deeply disappointed⟧” by the result and accused the union of “⟦p:a|holding families to ransom⟧”.
A Skyvane spokeswoman added: “⟦d:c|We have made a fair offer of 9% over two years. We would urge the CCA to come back to the table rather than disrupt the plans of 200,000 customers.⟧”
Helga Brandvold, who is due to fly to Tromsø with her two children on 5 August, said she had already spent hours trying to get through to the airline.
“⟦d:d|I've been on hold for 90 minutes. Nobody can tell me anything. Do I book another flight? Do I wait?⟧” she told Westway News.

### 008
@a Rosalind Achterberg | the bankruptcy judge overseeing the case
@b Marcus Oyelowo-Pratt | a lawyer for the liquidators
@c Devika Raman | a schoolteacher from Leicester who lost £38,000
@d Lucan Ferreira-Hale | the exchange's founder
The founder of collapsed cryptocurrency exchange Kestrel will not be allowed to leave the country while liquidators investigate how $412m of customer funds disappeared, a judge ruled on Tuesday.
Rosalind Achterberg, the bankruptcy judge overseeing the case, said there was "⟦p:a|a real and substantial risk⟧" that assets would be moved beyond the reach of creditors if the exchange's founder, Lucan Ferreira-Hale, was permitted to travel.
"⟦d:a|This is not a punishment. Mr Ferreira-Hale has not been charged with anything,⟧" the judge said. "⟦d:a|But the court cannot ignore the fact that, on the evidence before it, a very large sum of other people's money is unaccounted for.⟧"
Marcus Oyelowo-Pratt, a lawyer for the liquidators, told the court they had traced "⟦p:b|less than a fifth⟧" of the missing funds so far, much of it through a chain of wallets in three jurisdictions.
"⟦d:b|We are following the money, and the money has been busy,⟧" he said.
Devika Raman, a schoolteacher from Leicester who lost £38,000, sat in the public gallery throughout. Outside court she said: "⟦d:c|That was my house deposit. Ten years of saving. I just want someone to look me in the eye and tell me where it went.⟧"
Ferreira-Hale, who did not attend the hearing, wrote in a post on social media on Tuesday night: "⟦d:d|I have cooperated fully from day one and will continue to do so. I am as determined as anyone to see customers made whole.⟧"
The hearing continues.

### 009
@a Anneliese Thorvaldsen | a neuroscientist at the University of Halvard and the study’s lead author
@b Kwabena Asante-Mills | -
People who sleep fewer than six hours a night in middle age are around 30% more likely to develop dementia later in life, according to one of the largest studies of its kind.
Researchers followed 11,400 adults in Norland for 25 years, tracking their sleep with questionnaires and, for a subset, wrist-worn monitors.
“⟦d:a|What surprised us was how consistent the signal was,⟧” said Dr Anneliese Thorvaldsen, a neuroscientist at the University of Halvard and the study’s lead author. “⟦d:a|It held up whether we looked at men or women, smokers or non-smokers, people with high blood pressure or without.⟧”
She cautioned, however, that the study could not prove that short sleep caused dementia.
“⟦d:a:m|It could be that the very early changes in the brain — years before anyone notices a memory problem — are what disrupt sleep in the first place. We can’t rule that out.⟧
“⟦d:a|What we can say is that sleep in your fifties seems to matter, and that’s worth knowing.⟧”
Prof Kwabena Asante-Mills, who studies circadian rhythms at Brightwater University but was not involved in the research, called the findings “⟦p:b|robust and important⟧” but warned against what he called “⟦p:b|sleep anxiety⟧”.
“⟦d:b|The worst thing someone could take from this is to lie awake at 2am worrying that they’re not asleep,⟧” he said. “⟦d:b|One bad night is not going to give you dementia. Habits over decades are what count.⟧”

### 010
@a Fionnuala Breathnach | the health minister
@b Rajesh Kapoor-Lyle | the opposition health spokesman
@c Sandra Muirhead | -
@d - | A senior consultant at St Brendan's University Hospital
The number of people waiting more than a year for planned hospital treatment has fallen for the first time in three years, new figures show, but the health minister has admitted the improvement is "⟦p:a|fragile⟧".
Fionnuala Breathnach said the 4% fall in long waits was "⟦p:a|a step in the right direction, not a finish line⟧".
"⟦d:a|I'm not going to stand here and claim victory when there are still 86,000 people waiting more than twelve months. Every one of those,⟧" she told parliament, "⟦d:a|is a person in pain, or worried, or both.⟧"
Rajesh Kapoor-Lyle, the opposition health spokesman, said the figures were "⟦p:b|a rounding error dressed up as progress⟧".
"⟦d:b|The minister promised to halve long waits by the summer. It's October,⟧" he said. "⟦d:b|Patients can read a calendar even if the government can't.⟧"
Sandra Muirhead, 64, from Carrickmore, has waited 19 months for a hip replacement. She has been given three dates; all three were cancelled.
"⟦d:c|The last time, I was in the gown. I'd said goodbye to my husband. Then the nurse came in and said there was no bed,⟧" she said. "⟦d:c|You get your hopes up and then you're back at the start.⟧"
A senior consultant at St Brendan's University Hospital said the pressure on beds had "⟦p:d|not eased one bit⟧" despite the figures. "⟦d:d|We're doing more operations, yes. We're also seeing sicker people, because they've waited so long,⟧" the consultant said.

### 011
@a Lindiwe Mabaso | the mission director
@b Yusuf Karagöz | a propulsion engineer who helped design the lander's main engine
@c Aurelian Space Agency | the agency
KESTREL POINT, Aurelia (Meridian Wire) -- Aurelia's first lunar lander lifted off from the Kestrel Point spaceport early Sunday, carrying the hopes of a space programme that was founded only 15 years ago and had never before sent anything beyond low Earth orbit.
As the countdown reached zero and the rocket cleared the tower, a roar went up from the viewing stands and somebody shouted ``⟦d:-|Go, go, go!⟧''
``⟦d:a|I have been waiting eleven years for this minute, and it went by in about four seconds,⟧'' said Lindiwe Mabaso, the mission director, who watched from the control room with her hands pressed flat on the desk.
She said the spacecraft was ``⟦p:a|healthy and talking to us⟧'' about an hour after launch.
The lander, named ``⟦s:-|Tsama⟧'' after a desert melon, is due to attempt a touchdown near the lunar south pole in nine days.
Yusuf Karagöz, a propulsion engineer who helped design the lander's main engine, was more cautious. ``⟦d:b|The hard part is not today. The hard part is the last ninety seconds before touchdown, when we can do nothing from here but watch,⟧'' he said.
The Aurelian Space Agency has not published a budget for the mission. The agency said in a statement: ``⟦d:c|All systems are performing nominally. The next major milestone is the trans-lunar injection burn, scheduled for Tuesday.⟧''

### 012
@a Chiara Bellandi | a glaciologist at the Alpine Research Institute in Valmora
@b Ettore Sgarbi | the 68-year-old
The Vedretta Alta used to reach the hut. Now it takes forty minutes of scrambling over grey rubble to find the ice, and when you get there it is dirty, thin and audibly melting.
“⟦d:a|Listen,⟧” says Chiara Bellandi, a glaciologist at the Alpine Research Institute in Valmora, crouching beside a meltwater channel. “⟦d:a|That’s the sound of a glacier disappearing. In August it never stops.⟧”
Bellandi has measured the Vedretta every summer since 2006. In that time its tongue has retreated by 740 metres, and its thickness at the central stake has dropped by 31 metres.
“⟦d:a|People want me to say there is a point of no return. For this glacier, we passed it. Even if the climate stopped warming tomorrow, it would keep shrinking for decades,⟧” she says.
Ettore Sgarbi has guided climbers on the mountain for four decades. He speaks in dialect, and his verdict needs little translation: “⟦d:b|È morto, il ghiacciaio. Lo stiamo solo guardando morire⟧” — “⟦d:b|The glacier is dead. We are only watching it die.⟧”
“⟦d:b|When I started, we put crampons on at the door of the hut,⟧” the 68-year-old says. “⟦d:b|Now I tell clients to bring trainers for the first hour.⟧”
Bellandi is less fatalistic. “⟦d:a|Dead is a strong word. Sick, yes. But what we do now decides whether there is any ice here at all for my daughter’s children.⟧”

### 013
@a Medicines and Devices Authority | The regulator
@b Aroha Ngata | chief executive of the Rare Muscle Disease Trust
@c Adaeze Durand-Okafor | -
@e Felix | -
@d Valerian Bio | the Harrowgate-based biotech that makes the therapy
A gene therapy for a rare muscle-wasting disease has been approved for use in the health service after its manufacturer agreed to a confidential discount on the £1.9m list price.
The regulator, the Medicines and Devices Authority, said the one-off treatment, sold as "⟦s:-|Myovance⟧", had shown "⟦p:a|clinically meaningful⟧" benefits in children aged four to twelve.
"⟦d:a|This is a treatment with the potential to change the course of a devastating disease. We are satisfied that, at the agreed price, it represents value for money,⟧" the authority said in its decision.
Aroha Ngata, chief executive of the Rare Muscle Disease Trust, said families had "⟦p:b|fought for four years⟧" for the decision.
"⟦d:b|Today is about them,⟧" she said. "⟦d:b|Parents who learned pharmacoeconomics at the kitchen table because they had to. Children who've grown up in the time it took to get here.⟧"
Adaeze Durand-Okafor, whose son Felix, 11, has the condition, heard the news on the school run. "⟦d:c|I had to pull over. I just sat in a lay-by and shook,⟧" she said.
Felix, who was listening from the back seat, had one question. "⟦d:e|Does this mean I can still play football when I'm big?⟧" he asked.
Valerian Bio, the Harrowgate-based biotech that makes the therapy, said it was "⟦p:d|delighted⟧" and would begin supplying hospitals within weeks.

### 014
@a Nasrin Farahani | the archaeologist who led the excavation
@b Gwilym Pritchard | the county archaeologist
@c Harold Meeks | The field’s owner
A Bronze Age burial containing a gold-covered drinking cup, a bronze dagger and the remains of what may be a woven wool cloak has been found beneath a field of barley in west Penmorfa.
“⟦d:a|When the first bit of gold showed through the soil, everyone stopped talking. You could hear the skylarks,⟧” said Dr Nasrin Farahani, the archaeologist who led the excavation.
“⟦d:a:m|We’ve dated the cup provisionally to around 1800 BC. There are perhaps a dozen comparable vessels known from the whole of these islands, and most were dug up in the nineteenth century by people with spades and no notebooks.⟧
“⟦d:a:m|This one we have in context. We know exactly where it sat in relation to the body, what was beside it, what the soil was like. That is worth more to us than the gold.⟧
“⟦d:a|Well — almost as much as the gold.⟧”
Gwilym Pritchard, the county archaeologist, described the find as “⟦p:b|of national importance⟧” and said it would be declared treasure. “⟦d:b|It tells us that this corner of the county, which we’ve tended to think of as a backwater, was plugged into networks stretching to Brittany and beyond,⟧” he said.
The field’s owner, Harold Meeks, whose family has farmed the land for five generations, said he had ploughed over the spot “⟦p:c|probably two hundred times⟧”.
“⟦d:c|I used to find flints and the odd bit of pot. My dad always said there was something down there. I thought he was pulling my leg,⟧” he said.

### 015
@a Olumide Bankole | director of public health for Ashbury
@b Kerry-Ann Pettigrew | -
@c - | Another mother at the school gates
@d - | A spokesperson for Millfield Primary
Health chiefs have urged parents to check their children's vaccinations after a measles outbreak in Ashbury grew to 23 confirmed cases, most of them in primary school pupils.
Dr Olumide Bankole, director of public health for Ashbury, said the outbreak was "⟦p:a|entirely preventable⟧" and warned that numbers were likely to rise.
"⟦d:a|Measles is one of the most infectious diseases we know of. If one child has it, nine out of ten unvaccinated children in the same room will catch it,⟧" he said. "⟦d:a|Two doses of the MMR vaccine give about 99% protection. It's never too late to catch up.⟧"
Kerry-Ann Pettigrew, whose six-year-old daughter Maisie spent four nights in hospital, said she wanted other parents to hear her story.
"⟦d:b|She had a rash, a temperature of forty and she stopped drinking. I've never been so scared,⟧" she said. "⟦d:b|I'd put off her second jab because of work and then I just forgot. I'm not proud of that.⟧"
Another mother at the school gates, who did not want to be named, said she had "⟦p:c|read things online⟧" that worried her. "⟦d:c|I'm not anti anything. I just want to make my own mind up,⟧" she said.
A spokesperson for Millfield Primary said: "⟦d:d|We are working closely with the public health team and have written to all parents with advice.⟧"

### 016
@a Noor Al-Sayegh | chief executive
@b Dmitri Valkonen | an analyst at Hexfield Research
@c - | One developer in the audience
Lumora unveiled its long-rumoured augmented-reality glasses on Tuesday, betting that a lighter, cheaper headset can succeed where bulkier rivals have struggled.
"⟦d:a|We didn't want to build a computer you wear on your face. We wanted to build glasses that happen to be a computer,⟧" chief executive Noor Al-Sayegh told a packed auditorium at the company's developer conference in San Caletta.
The glasses, called "⟦s:-|Lumora Lens⟧", weigh 68 grams and will cost $799 when they go on sale in March. Al-Sayegh promised battery life of "⟦p:a|all day for most people⟧", a claim that drew scattered laughter.
"⟦d:a|I know, I know. Everyone says that,⟧" she said, grinning. "⟦d:a|This time it's true.⟧"
When she held a pair above her head, somebody near the front shouted "⟦d:-|Ship it!⟧"
Dmitri Valkonen, an analyst at Hexfield Research, said the price was "⟦p:b|aggressive⟧" but questioned whether consumers wanted the product at all.
"⟦d:b|The technology is impressive. The question nobody on that stage answered is: what do I actually do with these on a Tuesday afternoon?⟧" he said.
One developer in the audience was more enthusiastic. "⟦d:c|It's the first one of these I'd actually wear on the bus,⟧" she said.

### 017
@a Halberd Mutual | the insurer
@b Ines Carvalho-Reis | an independent security researcher
@c Data Protection Office | -
@d Graham Tennant | a retired postman from Ellerby
The personal details of up to 1.2 million customers of Halberd Mutual, the insurer, may have been stolen in a cyber-attack, the company has admitted, a week after a security researcher first warned it that its systems had been breached.
Halberd Mutual said names, addresses, dates of birth and policy numbers had been “⟦p:a|accessed by an unauthorised third party⟧” but that there was “⟦p:a|no evidence at this stage⟧” that bank details had been taken.
“⟦d:a|We sincerely apologise to our customers for the concern this will cause,⟧” the insurer said in a statement. “⟦d:a|We are contacting everyone affected directly.⟧”
Ines Carvalho-Reis, an independent security researcher, said she had emailed the company on 3 May after finding a database of customer records for sale on a criminal forum.
“⟦d:b|I got an automated reply and then nothing for five days,⟧” she said. “⟦d:b|When a company tells you ‘at this stage’ there is no evidence, what that usually means is that they haven’t finished looking.⟧”
The Data Protection Office said it was “⟦p:c|making enquiries⟧”.
Graham Tennant, a retired postman from Ellerby, learned of the breach from the radio. He has insured his home and car with Halberd for 30 years.
“⟦d:d|Thirty years I’ve been with them, and I had to find out from the radio,⟧” he said. “⟦d:d|That’s what gets me.⟧”

### 018
@a Marguerite Okafor-Wells | Senator
@b Callum Rhys-Davenport | chief executive of Synaptiq
@c Beatriz Lemos | Senator
The chief executive of artificial intelligence company Synaptiq was questioned for more than three hours by senators on Wednesday over claims that its chatbot gave dangerous medical advice to users.
"⟦d:a|Did your company know, before launch, that the system would tell people to stop taking prescribed medication?⟧" asked Senator Marguerite Okafor-Wells, who chairs the committee.
"⟦d:b|We knew it was possible. We did not know it was likely,⟧" replied Callum Rhys-Davenport, chief executive of Synaptiq. "⟦d:b|We have since put in place safeguards that —⟧"
"⟦d:a|That's not what I asked,⟧" Okafor-Wells interrupted. "⟦d:a|Did you know?⟧"
"⟦d:b|We had internal test results that showed it could happen in rare cases, yes,⟧" he said.
Senator Beatriz Lemos pressed him on the company's use of the slogan "⟦s:-|responsible by design⟧" in its advertising. "⟦d:c|You put those words on billboards. Which part of the design was responsible?⟧" she asked.
Rhys-Davenport said the company had "⟦p:b|learned hard lessons⟧" and would publish the results of an external safety audit by the end of the year.
After the hearing, Lemos told reporters she was "⟦p:c|not reassured⟧". "⟦d:c|He was polite, he was well prepared, and he didn't answer the question,⟧" she said.

### 019
@a Kofi Mensah-Boateng | -
@b Arjun Deshpande | the quieter of the two
@c Saskia Vermeulen | a partner at Oosterkade Ventures
Kofi Mensah-Boateng and Arjun Deshpande met in a queue. It was 2017, they were both waiting to use the only working printer in the engineering library at Calderbrook University, and Mensah-Boateng had a jammed tray and a deadline in twenty minutes.
“⟦d:a|Arjun fixed it with a paper clip. I thought, this guy is either a genius or he’s broken a lot of printers,⟧” Mensah-Boateng says. “⟦d:a|It turned out to be both.⟧”
Seven years later, the company they founded, Fernway, makes software that tells small farms exactly when to irrigate, using cheap soil sensors and satellite data. It has 40,000 customers in nine countries and last month raised $62m.
Deshpande, the quieter of the two, is wary of the word “⟦s:-|unicorn⟧”, which has started appearing in articles about them.
“⟦d:b|We’re not a unicorn. We’re a tractor. Useful, a bit boring, goes through mud,⟧” he says.
Asked who is really in charge, they answer at the same time. “⟦d:a|Him,⟧” says Mensah-Boateng. “⟦d:b|Him,⟧” says Deshpande.
Saskia Vermeulen, a partner at Oosterkade Ventures, which led the funding round, said the founders’ “⟦p:c|almost irritating humility⟧” was part of the attraction.
“⟦d:c|They’re the only founders I’ve met who opened their pitch with the things that weren’t working,⟧” she said.

### 020
@a Velocom | the company
@b - | One user
@c Jonah Abernethy-Clarke | a GP in Mossgiel
@d - | A spokesperson for the Communications Regulator
Millions of Velocom customers were left without mobile signal for most of Thursday after what the company described as a "⟦p:a|software fault⟧" in its core network.
Calls, texts and mobile data were affected from about 04:30 until early evening, and some customers reported being unable to call emergency numbers.
"⟦d:a|We know how much people rely on us, and we are truly sorry,⟧" Velocom said in a post on its website. "⟦d:a|Engineers have worked throughout the day to restore service.⟧"
Many customers were unimpressed. One user posted: "⟦d:b|Twelve hours with no signal and the only update is 'we're working on it'. Working on what?⟧"
Dr Jonah Abernethy-Clarke, a GP in Mossgiel, said his surgery had been unable to call patients back. "⟦d:c|We had people with chest pains trying to get through to us on a landline we don't normally use. It was chaotic,⟧" he said.
A spokesperson for the Communications Regulator said it would be "⟦p:d|seeking a full explanation⟧" from the company.
Velocom said affected customers would be credited automatically.

### 021
@a Halvorsen | -
@b Mette Kjærgaard | Halvorsen’s head of product
The first thing you notice about the Halvorsen Arc 2 headphones is the box, which promises “⟦s:-|the quietest room you own⟧”. The second thing is that, for once, the marketing is not far off.
I wore the Arc 2s for a fortnight: on a night bus, in an open-plan office and, for one memorable hour, next to a toddler with a xylophone. The noise cancelling dealt with all three better than anything I’ve tested at this price.
Less convincing is the so-called “⟦s:-|adaptive spatial⟧” mode, which moves the sound around as you turn your head. It is clever. It is also, after about ten minutes, slightly nauseating.
Mette Kjærgaard, Halvorsen’s head of product, told me the feature was “⟦p:b|not for everyone, and that’s fine⟧”. “⟦d:b|We made it easy to turn off. Some people love it for films. For podcasts, I leave it off myself,⟧” she said.
Battery life is rated at 40 hours; I got 36. “⟦d:b|Thirty-six is still a lot of hours,⟧” Kjærgaard pointed out, fairly.
Halvorsen says the ear cushions are replaceable and will be sold separately for “⟦p:a|the lifetime of the product⟧”, which is more than most rivals promise.
Verdict: the best-sounding headphones at £249, with one feature you’ll switch off on day two.

### 022
@a Rui Esteves-Barros | boss
@b Declan Furlong | Lowmoor manager
@c Ibrahima Sarr | the 19-year-old
CASTLEBRIDGE 3 LOWMOOR 1
Ibrahima Sarr scored twice on his full debut as Castlebridge came from behind to end a run of five games without a win and ease the pressure on boss Rui Esteves-Barros.
Lowmoor led through Kai Henshall's 12th-minute header, but Sarr levelled before the break with a low drive and added a second just after the hour. Substitute Mateo Quiroga wrapped it up in stoppage time.
The same supporters who had chanted "⟦s:-|we want our club back⟧" at the final whistle a week ago stayed behind to applaud the players off.
"⟦d:a|I told him on Friday he was starting and he just nodded. No nerves. That's the generation now,⟧" Esteves-Barros said. "⟦d:a|He's got ice in his veins, that boy.⟧"
Sarr said he had "⟦p:c|dreamed about this since I was five⟧". "⟦d:c|My mum was in the stand. I looked up after the first goal and she was crying. I nearly started crying too,⟧" the 19-year-old said.
Lowmoor manager Declan Furlong was furious about the first equaliser, claiming Sarr had been offside. "⟦d:b|It's a yard off. A yard. I don't know what the linesman is looking at,⟧" he fumed. "⟦d:b|But we didn't defend the second, so I can't hide behind that.⟧"

### 023
@a Anastasija Vuković | the world No 3
@b Lars | my coach
Anastasija Vuković, the world No 3, reached her first Kingsmere final on Thursday, beating Hye-jin Seo 6-4, 3-6, 7-5 in two hours and 51 minutes. Afterwards she spoke to reporters. This is an edited transcript.
Q: How did you turn it around from 5-3 down in the third?
A: Honestly, I don't know. I was thinking about the flight home. Then my coach, Lars, shouted something from the box and I got angry, and when I'm angry I play better.
Q: What did he shout?
A: He shouted "⟦d:b|Move your feet!⟧" Which, OK, is fair, but maybe not in front of 15,000 people.
Q: You said last year that grass was "⟦p:a|not my surface⟧". Has that changed?
A: I said a lot of stupid things last year. (laughs) Now it's my surface. I'm in the final, so it has to be.
Q: You play Mara Lindgren on Saturday. She's beaten you three times.
A: Three times, yes. Thank you for reminding me. She's a great player. But a final is different. Nobody remembers who won the fourth round.

### 024
@a Zubair Khan-Latif | the Westmarch captain
@b Dillon Ramroop | the left-arm seamer
@c Annabel Fitch-Harding | Fernleigh’s coach
Dillon Ramroop took six for 38 as Westmarch bowled Fernleigh out for 147 on a damp second morning at Ashgrove Road, putting themselves in sight of a first championship title since 1994.
Ramroop, the left-arm seamer, who joined on loan in June, found prodigious swing under heavy cloud and had three wickets in his first five overs.
“⟦d:b|When it swings like that you just have to hit the pitch and let it do the work. I didn’t do anything clever,⟧” Ramroop said.
His captain was having none of it. “⟦d:a|He’ll tell you he did nothing clever. He set up the third wicket over two overs, with four outswingers and then the one that came back. That’s clever,⟧” said Zubair Khan-Latif, the Westmarch captain.
Fernleigh’s coach, Annabel Fitch-Harding, admitted her batters had been “⟦p:c|too passive⟧”. “⟦d:c|We let him bowl at us. You can’t do that to a bowler in that kind of form,⟧” she said.
Khan-Latif refused to talk about the title. “⟦d:a|Ask me on Sunday night,⟧” he said.

### 025
@a Hemi Rangitāne | the Harbour Blues head coach
@b - | one reporter
@c Ollie Stanforth | his captain
Hemi Rangitāne has insisted he will not walk away from the Harbour Blues despite a fourth straight defeat that leaves them bottom of the table.
"⟦d:a|I'm not a quitter. I've never quit anything in my life and I'm not starting now,⟧" the Harbour Blues head coach said after Saturday's 34-10 loss at Southgate.
"⟦d:b|Have you spoken to the board about your future?⟧" one reporter asked.
"⟦d:a|I speak to the board every week. We talk about rugby,⟧" Rangitāne replied. "⟦d:a|Next question.⟧"
"⟦d:-|Do you still have the dressing room?⟧"
"⟦d:a|Ask them,⟧" he said, gesturing to his captain, Ollie Stanforth, who was sitting beside him.
Stanforth did not hesitate. "⟦d:c|Hundred per cent. The boys love him. This is on us, not him,⟧" he said. "⟦d:c|We've made the same mistakes four weeks running and that's players, not coaches.⟧"

### 026
@a Birtukan Gebreyes | -
@b Naomi Jebet Soi | defending champion
@c Kiprop Chemweno | the 31-year-old
@d Pavel Horáček | Race director
PORT ELVAN (Meridian Wire) - Birtukan Gebreyes broke the Port Elvan Marathon course record by 41 seconds on Sunday, pulling away from defending champion Naomi Jebet Soi over the final four kilometres to win in 2:17:09.
"⟦d:a|I felt strong from 30 kilometres. I looked at my watch and I thought, today is the day,⟧" Gebreyes, 26, said through an interpreter.
"⟦d:a|My coach told me to wait until 38. I didn't wait,⟧" she added with a smile.
Jebet Soi, who finished 36 seconds back, was gracious in defeat. "⟦d:b|Birtukan was just better today. I have no excuses,⟧" she said.
In the men's race, Kiprop Chemweno won a sprint finish along the harbour front by less than a second. "⟦d:c|The wind was terrible on the bridge. Everyone was hiding behind everyone,⟧" said the 31-year-old. "⟦d:c|At the end it was who wanted it most.⟧"
Race director Pavel Horáček said the day had gone smoothly despite temperatures of 24C. "⟦d:d|We had 31,000 finishers and no serious medical incidents. That's the record I care about,⟧" he said.

### 027
@a Théo Marchetti-Labbé | the 24-year-old Frenchman
@b Jorien de Wit | sports director at Équipe Solenne
@c Elías Zubizarreta | Race leader
COL DE LA VERNAZE — Théo Marchetti-Labbé won the queen stage of the Tour des Crêtes on Thursday after a solo attack 14 kilometres from the summit, moving up to second overall.
«⟦d:a|I didn't plan it. I looked back and there was nobody, so I kept going,⟧» the 24-year-old Frenchman said at the finish, still struggling for breath. «⟦d:a|The last three kilometres were the longest of my life.⟧»
Jorien de Wit, sports director at Équipe Solenne, said she had told him to «⟦p:b|wait, wait, wait⟧» over the radio. «⟦d:b|Théo does not always listen,⟧» she said. «⟦d:b|Today I am happy he did not.⟧»
Race leader Elías Zubizarreta kept the yellow jersey by 38 seconds. «⟦d:c|Hoy he sufrido, pero sigo de amarillo⟧» («⟦d:c|Today I suffered, but I am still in yellow⟧»), he told Spanish television.
He warned that the race was «⟦p:c|far from finished⟧». «⟦d:c|There are still two mountain stages. Théo is strong, but I have the time,⟧» he said through a team press officer.

### 028
@a Fraser McIlvanney | the 29-year-old Scot
@b Bongani Dlamini | His caddie
@c Aditya Raghunathan | Overnight leader
Fraser McIlvanney holed a 40-foot putt for eagle on the 72nd hole to win the Lochranza Open by a single shot on Sunday, his first title on the tour in 117 attempts.
“⟦d:a|I just wanted to get it close. I’m not joking. I was trying to two-putt,⟧” the 29-year-old Scot said, laughing, with the trophy at his feet. “⟦d:a|When it dropped, I didn’t know what to do with my arms.⟧”
His caddie, Bongani Dlamini, had talked him out of laying up on the par-five. “⟦d:b|He wanted the seven-iron. I said, ‘Fraser, you’ve been laying up for six years. Hit the three-wood,’⟧” Dlamini recalled.
McIlvanney confirmed the story. “⟦d:a|He’s the boss. I just carry the pencil,⟧” he said.
Overnight leader Aditya Raghunathan, who had led by three at the turn, bogeyed three of the last five holes. “⟦d:c|I’ll be thinking about the 15th for a while,⟧” he said. “⟦d:c|But fair play to Fraser. You can’t legislate for a putt like that.⟧”

### 029
@a Keisha Whitfield-Barnes | -
@b Sofía Araújo | the center
@c Dana Kowalczyk | Comets coach
Keisha Whitfield-Barnes scored 31 points, including the go-ahead three with 4.2 seconds left, as the Harbor City Herons beat the Lakeshore Comets 84-82 on Saturday to force a deciding Game 5 in their semifinal series.
"⟦d:a|I've missed that shot a thousand times in practice. Tonight it went in. That's basketball,⟧" Whitfield-Barnes said.
Sofía Araújo, the center, had 14 points and 15 rebounds and set the screen that freed Whitfield-Barnes for the winning shot.
"⟦d:b|She told me in the huddle, 'Just get me open, I'll do the rest,'⟧" Araújo said. "⟦d:b|So I got her open. She did the rest.⟧"
Whitfield-Barnes laughed when told what her teammate had said. "⟦d:a|She's underselling it. That screen was illegal in about four states,⟧" she joked.
Comets coach Dana Kowalczyk was left to rue two missed free throws in the final minute. "⟦d:c|We had it. We had it and we let it go,⟧" Kowalczyk said. "⟦d:c|Game 5, at home. I'll take that.⟧"

### 030
@a Reece Dunleavy | -
@b Vasyl Hrytsenko | the defending champion
@d Marvin Oduya | Promoter
FISTS nearly flew at last night's weigh-in as Reece Dunleavy and Vasyl Hrytsenko had to be pulled apart by security ahead of Saturday's world title clash at the Kelsford Arena.
Dunleavy, known to fans as "⟦s:-|The Hammer⟧", came in at 175lb, bang on the limit, and immediately squared up to his opponent, who had tipped the scales half a pound lighter.
Hundreds of fans chanted "⟦s:-|Hammer time⟧" as the pair went nose to nose.
"⟦d:a|He's been talking for six weeks. Saturday he has to fight,⟧" Dunleavy, 27, said afterwards. "⟦d:a|I'm going to put him on the canvas and then I'm going to help him up, because I'm a gentleman.⟧"
Hrytsenko, the defending champion, was unimpressed. "⟦d:b|Talking is easy. I have heard many young men talk,⟧" he said through his translator. "⟦d:b|All of them are now watching me on television.⟧"
As he left the stage, a shout of "⟦d:-|You're finished, Vasyl!⟧" went up from the back of the hall.
Promoter Marvin Oduya said the fight was "⟦p:d|the biggest night this town has ever seen⟧". "⟦d:d|We sold 11,000 tickets in four hours. I've never known anything like it,⟧" he said.

### 031
@a Ayaka Moriyama | Three-time Olympic medallist
@b Hugo Castellanos | Her long-time coach
@c Swim Aldermark | the national federation
Three-time Olympic medallist Ayaka Moriyama has announced her retirement from swimming at the age of 29, saying she wants to “⟦p:a|find out who I am out of the water⟧”.
In a post on social media on Sunday, Moriyama wrote: “⟦d:a|I have been a swimmer since I was four years old. I have loved almost every length. But my body has been telling me for a while that it is time, and this year I finally listened.⟧”
She thanked her family, her teammates and “⟦p:a|the lifeguards at Kanzaki pool who let a small girl stay in until closing⟧”.
Her long-time coach, Hugo Castellanos, said he had known for months. “⟦d:b|She told me after the trials in April. She didn’t cry. I did,⟧” he said.
“⟦d:b|What people don’t see is the 5am sessions in February when nobody is watching. She never missed one. Not one.⟧”
Swim Aldermark, the national federation, called her “⟦p:c|one of the greatest athletes this country has produced in any sport⟧”.
Moriyama is expected to take up a coaching role at her old club.

### 032
@a Rodrigo Almanza | our guide
@c Eulalia Pizarro | -
The boat from Puerto Saliente takes three hours, and for the first two there is nothing to see but water the colour of old bottles. Then Isla Verdín rises out of the haze, a green hump with a white lighthouse stuck on top like a candle.
“⟦d:a|Forty-one people live here in winter. In summer, maybe three hundred,⟧” says Rodrigo Almanza, our guide, as we tie up at the stone jetty. “⟦d:a|And the goats. Nobody has counted the goats.⟧”
“⟦d:-|Is there a road?⟧” I ask.
“⟦d:a|There is a path. We call it a road when tourists are listening.⟧”
We walk up through terraces of lemon trees to the village, where Doña Eulalia Pizarro, who runs the only café, has been making the same almond cake since 1971.
“⟦d:c|My mother’s recipe. I changed one thing, and I’m not telling you what,⟧” she says, sliding a slice across the oilcloth.
Almanza grew up here, left for the mainland at 18 and came back at 40. “⟦d:-|Why come back?⟧” I ask him on the walk to the lighthouse.
He thinks about it for a long time. “⟦d:a|On the mainland I was always waiting for something. Here, nothing happens, and I stopped waiting. That’s the only way I can explain it.⟧”
Getting there: ferries leave Puerto Saliente on Tuesdays, Fridays and Sundays; there is no service in bad weather, which, Almanza warns, “⟦p:a|is a matter of opinion⟧”.

### 033
@a Stavros Kalogeropoulos | the island’s mayor
@b Eleni Vardakis | -
@c Mediterranean Cruise Lines Association | -
@d Maren Solberg | a teacher on holiday from Ålesund
The Greek island of Thessia will limit the number of cruise passengers allowed ashore to 4,000 a day from next June, down from peaks of more than 11,000 last summer.
Stavros Kalogeropoulos, the island’s mayor, said the decision had not been taken lightly. «⟦d:a|We love visitors. We live from visitors. But an island of 9,000 people cannot receive 11,000 guests before lunch and stay an island,⟧» he told reporters in the harbour town.
Eleni Vardakis, who runs a bakery near the quay, said residents had reached «⟦p:b|breaking point⟧». «⟦d:b|In August I can’t walk to my own shop. My mother is 80 and she hasn’t been down to the harbour in two summers,⟧» she said.
The Mediterranean Cruise Lines Association said it was «⟦p:c|disappointed⟧» not to have been consulted. «⟦d:c|Cruise visitors bring significant income to small island economies, and we would welcome a dialogue with the municipality,⟧» it said.
Maren Solberg, a teacher on holiday from Ålesund, said she understood the frustration. «⟦d:d|We came on the ferry and we’re staying ten days,⟧» she said. «⟦d:d|But I can see why they’re tired of people who stay four hours and buy a fridge magnet.⟧»

### 034
@a Aurel Dumitrescu | the train's conductor for 22 years
@b - | An elderly woman in the next compartment
@c Kaveh Rostami | a software engineer travelling with a folding bicycle
The night train from Varnholm to the coast leaves at 21:47, which is the kind of precise, unglamorous time that tells you this is a service for people who need to get somewhere, not people who want to post about it.
Aurel Dumitrescu, the train's conductor for 22 years, checks my ticket, looks at my suitcase and sighs. "⟦d:a|You've packed for a week. It's one night.⟧"
The sleeper compartment is narrow, clean and smells faintly of pine disinfectant. There is a tiny sink that folds out of the wall and a bottle of water with the railway's crest on it.
"⟦d:a|Don't open the window after the tunnel. Trust me,⟧" Dumitrescu says, and doesn't elaborate. "⟦d:-|What happens after the tunnel?⟧" I ask. He just smiles.
An elderly woman in the next compartment, travelling to see her grandson, offers me a boiled sweet through the open door. "⟦d:b|Forty years I've taken this train,⟧" she says. "⟦d:b|They changed the seats three times. The coffee, never.⟧"
In the corridor, Kaveh Rostami, a software engineer travelling with a folding bicycle, is watching the moonlit lake slide past. "⟦d:c|The plane would be faster. But then I'd have to be a person who goes to airports,⟧" he says.
At 06:10 there is a knock. "⟦d:a|Coast. Twenty minutes. Coffee is bad, but it is hot,⟧" Dumitrescu announces through the door. He is right on both counts.

### 035
@a Lowfield Airport | -
@b Charmaine Okoro-Baptiste | Mum-of-three
@c Pádraig Ó Súilleabháin | a plumber from Kilrush
@d - | One airport worker
FURIOUS passengers were left sleeping on the floor of Lowfield Airport overnight after a baggage system failure sparked hours-long queues and dozens of cancellations.
Mum-of-three Charmaine Okoro-Baptiste, 38, said her family had spent the night on their suitcases. "⟦d:b|My youngest is two. She fell asleep on a luggage trolley at 3am. Nobody came round with so much as a glass of water,⟧" she said.
"⟦d:b|We've paid £4,000 for this holiday and we've spent the first day of it in a departure lounge,⟧" she added. "⟦d:b|It's a joke.⟧"
Pádraig Ó Súilleabháin, a plumber from Kilrush, was trying to get home for his daughter's christening. "⟦d:c|They keep saying 'updates every half hour'. It's been five hours and I've had one update,⟧" he said.
One airport worker, who asked not to be named, said staff had been "⟦p:d|begging for help⟧" for months. "⟦d:d|We were short before this happened. Tonight it just fell over,⟧" they said.
Lowfield Airport said in a statement: "⟦d:a|We apologise unreservedly to passengers affected. The baggage system has now been restored and we are working with airlines to rebook everyone as quickly as possible.⟧"

### 036
@a Ines Aldecoa | -
@b Gideon Ashworth-Lamb | -
There is a moment near the end of Ines Aldecoa’s new production of “⟦s:-|King Lear⟧” at the Citadel, Hartsmouth, when the storm stops. Not fades: stops. The thunder cuts out mid-roll, the rain machine shudders off, and Lear is left standing in a silence so complete you can hear the exit signs hum.
It is the boldest choice in a production full of them, and it works. I asked Aldecoa about it after the press night.
“⟦d:a|Everyone expects the storm to be the loud part. I wanted the loud part to be what happens in his head when it’s gone,⟧” she said. “⟦d:a|Silence is the most frightening sound you can put in a theatre.⟧”
Gideon Ashworth-Lamb, who plays Lear, is 74 and has wanted the part, he says, “⟦p:b|since I was a spear-carrier in 1971⟧”. He is magnificent: not a tyrant in decline but a frightened man discovering that he was never really in charge.
“⟦d:b:m|At my age you don’t have to act the body. The body does it for you. What you act is the fury that it’s happening at all.⟧
“⟦d:b|I watched my father go this way. Not the madness — the smallness. Big man, small chair. I think about that chair every night,⟧” he told me.
Not everything lands. A so-called “⟦s:-|immersive⟧” prologue in the foyer, in which the cast mingle with the audience in costume, is twenty minutes of awkward small talk, and the Fool’s songs are cut so heavily that he barely registers.
But those last ten silent seconds will stay with me for a long time. Four stars.

### 037
@a Yuki Tanabe-Hart | the band's singer
@b Oisín Kavanagh | the drummer
Four years, two lineup changes and one flooded rehearsal room after their debut, Glasshouse Moths are back with "⟦s:-|Small Weathers⟧", a record that sounds as if it was made in a lighthouse during a long winter. Which, it turns out, it partly was.
"⟦d:a|We rented this old keeper's cottage on the coast for a month. No phone signal. The only thing to do was write,⟧" says the band's singer, Yuki Tanabe-Hart. "⟦d:a|By week three we were writing songs about the kettle.⟧"
That song, "⟦s:-|Kettle Hymn⟧", is the album's unlikely centrepiece: seven minutes of drone and brushed drums that builds to something close to ecstasy.
"⟦d:b|Yuki played me the demo and I said, 'That's a joke, right?' Then I couldn't stop listening to it,⟧" recalls Oisín Kavanagh, the drummer.
Tanabe-Hart is frank about the gap between records. "⟦d:a|I wasn't well for a while. I didn't want to do the thing where you turn your breakdown into a press angle, so I'm just going to say that and move on,⟧" she says.
The flood, in the spring of 2022, took every piece of equipment the band owned. "⟦d:b|And a guitar that belonged to my grandad,⟧" Kavanagh adds. "⟦d:b|The insurance paid for the gear. Nothing pays for the guitar.⟧"

### 038
@a Hwang Min-seo | the artist
@b Philippa Crane-Osei | the exhibition’s curator
@c - | One visitor
The first room of “⟦s:-|Salt Memory⟧” at the Larkfield Gallery is empty except for a mound of white salt, three metres high, and the sound of waves played through hidden speakers. Visitors are invited to take a handful home.
“⟦d:a|By the end of the exhibition, the mountain will be gone. It will be in ten thousand kitchens,⟧” says Hwang Min-seo, speaking through an interpreter. “⟦d:a|That is the real work. Not the mountain: where it goes.⟧”
The artist, 46, grew up in a salt-farming village on the south-west coast of her country. Her grandmother raked salt pans until she was 80.
“⟦d:a|My grandmother thought art was a thing rich people hung on walls. I wanted to make something she would have understood,⟧” the artist said.
Philippa Crane-Osei, the exhibition’s curator, admitted the gallery had been nervous. “⟦d:b|We had a long meeting about what happens if someone turns up with a bucket,⟧” she said. “⟦d:b|In the end we decided that if someone wants it that much, they should have it.⟧”
One visitor, filling a paper twist on Saturday morning, said she planned to use it on her chips. “⟦d:c|Is that allowed? I think her grandmother would approve,⟧” she said.

### 039
@a Temitope Oyewole-Strand | the 41-year-old
@b Marcus Feltham | chair of the judges
Temitope Oyewole-Strand has won the £50,000 Harrow & Quill Prize for fiction for "⟦s:-|The Ferryman's Daughters⟧", a novel about three sisters running a river crossing in the last year of a civil war.
Accepting the award at a dinner in Carrow Hall on Thursday night, the 41-year-old said she had written the first draft "⟦p:a|in the back of a minicab, mostly⟧".
"⟦d:a|I was driving nights to pay the rent and writing in the gaps between fares. So if any of you have ever been driven home by a woman scribbling on a notepad at red lights,⟧" she said, to laughter, "⟦d:a|I apologise.⟧"
Marcus Feltham, chair of the judges, said the decision had been unanimous. "⟦d:b|We argued about almost everything else for four months. Not this,⟧" he said. "⟦d:b|It is a book about a war that never once tells you how to feel, and that is much harder than it looks.⟧"
Oyewole-Strand said she would use the money to "⟦p:a|stop driving for a year and see what happens⟧".
Asked what she would write next, she said: "⟦d:a|Something with no boats in it. I'm sick of boats.⟧"

### 040
@a Joaquim Vasconcelos-Lima | the 58-year-old director
@b Luana Teixeira | The film's star
@c - | one journalist
VALMORE — Joaquim Vasconcelos-Lima's «⟦s:-|Rio Seco⟧», a slow, sun-bleached drama about a family waiting for rain, drew a ten-minute standing ovation at its premiere on Friday night and is already being talked about as a contender for the Golden Heron.
At a press conference on Saturday, the 58-year-old director, speaking through an interpreter, said he had spent «⟦p:a|eleven years and three producers⟧» getting the film made.
«⟦d:a|Every producer said: make it shorter, make it faster, put a murder in it. I said no. The drought is the murder,⟧» he said.
«⟦d:c|Why does it matter so much to you that nothing happens?⟧» one journalist asked.
«⟦d:a|Because for the people in the film, nothing happens for three years, and it is the worst thing that ever happens to them,⟧» he replied.
The film's star, Luana Teixeira, spent two months living with a farming family in the region before shooting began. «⟦d:b|I learned to milk a goat and to not complain. The second was more difficult,⟧» she said, in English.

### 041
@a Eero Mäkelä-Sund | The Finnish conductor
@b Gráinne Dunphy | principal cellist
@c - | The critic of the Hartsmouth Courier
The Finnish conductor Eero Mäkelä-Sund, 34, has been named chief conductor of the Hartsmouth Philharmonic, making him the youngest person to hold the post in the orchestra’s 112-year history.
“⟦d:a|I said yes,⟧” Mäkelä-Sund told Hartsmouth Radio, “⟦d:a|before they had finished the sentence. This orchestra plays Sibelius as if they grew up in a forest. I don’t know how. I intend to find out.⟧”
He first conducted the orchestra as a last-minute stand-in in 2022, when the scheduled conductor fell ill on the morning of a concert.
“⟦d:b|He had three hours of rehearsal and he didn’t waste one minute of it. By the interval, the whole orchestra knew,⟧” said principal cellist Gráinne Dunphy, who sat on the appointment panel.
The critic of the Hartsmouth Courier wrote at the time that the concert had been “⟦p:c|the kind of night that makes you forgive the seats⟧”.
Asked about his plans, Mäkelä-Sund said he wanted to take the orchestra “⟦p:a|into schools, into car parks, anywhere people don’t expect us⟧”. “⟦d:a|A concert hall is a beautiful room. It’s also a room a lot of people have never been in,⟧” he said.

### 042
@a Kemi Adebayo-Frost | the showrunner
@b Niall Treacy | its star
@c - | one viewer
There is a particular kind of British crime drama in which a detective with a past arrives in a picturesque town and discovers that everyone has a secret. ``⟦s:-|Saltmarsh⟧'' is that kind of drama, and it knows it.
``⟦d:a|We wanted to take every cliché of the genre and play it completely straight, but make the town the mystery rather than the murder,⟧'' says Kemi Adebayo-Frost, the showrunner. ``⟦d:a|The body is found in episode one. By episode three you stop caring who did it, because you're more worried about the town.⟧''
Niall Treacy, its star, plays Detective Inspector Tom Gale with a kind of exhausted decency that is rarer on television than it should be.
``⟦d:b|Tom isn't a genius. He's just the only person in the room who's still listening,⟧'' Treacy says. ``⟦d:b|I found that very moving. Most of us aren't geniuses either.⟧''
The first episode drew 6.1 million viewers. Not everyone was won over: one viewer wrote online that it was ``⟦p:c|like being slowly drowned in a very nice duvet⟧''.
Adebayo-Frost laughs at this. ``⟦d:a|Honestly, I'd put that on the poster,⟧'' she says.

### 043
@a Brightkin | -
@b - | a spokesperson for the Office for Product Safety
@c Lorraine Adeyinka-Cole | -
Almost 300,000 electric blankets sold under the Brightkin brand are being recalled after reports of the controls overheating, in some cases causing burns.
The Office for Product Safety said it had received 47 reports of incidents, including two house fires, linked to the "⟦s:-|CosyNight⟧" range sold between 2021 and 2024.
"⟦d:b|If you own one of these blankets, unplug it now and stop using it,⟧" a spokesperson for the Office for Product Safety said. "⟦d:b|Don't wait for a letter. Check the model number on the control unit.⟧"
Brightkin said in a statement that customer safety was "⟦p:a|our absolute priority⟧" and that it was offering full refunds. "⟦d:a|We are deeply sorry to any customer who has been affected,⟧" the statement said.
Lorraine Adeyinka-Cole, from Hemsby, woke one night last February to the smell of burning plastic. "⟦d:c|The control was glowing. I threw it in the sink and called my son. If I'd been asleep ten minutes longer, I don't like to think,⟧" she said.
"⟦d:c|I'd reported it to the company and heard nothing back. Then I see this on the news,⟧" she added.

### 044
@a Priti Chandrasekar | director of policy at Fair Energy Watch
@b Marek Dąbrowski | a bus driver
@c Ana | his wife
@d Energy Suppliers Forum | -
Households will pay an average of £142 more a year for their gas and electricity from January after the regulator raised its price cap by 9%, the third increase in a row.
Priti Chandrasekar, director of policy at Fair Energy Watch, said the rise would push “⟦p:a|hundreds of thousands more families⟧” into debt with their supplier.
“⟦d:a|People have already cut back everything they can cut back. They’re not heating bedrooms. They’re going to bed at eight to save on the lights,⟧” she said. “⟦d:a|There is no more give in the system.⟧”
In Northcote, Marek Dąbrowski, a bus driver, and his wife, Ana, have started writing a meter reading on a chart on the fridge every Sunday.
“⟦d:b|We look at it like it’s the football scores,⟧” he said. “⟦d:c|It’s more stressful than the football,⟧” Ana said.
“⟦d:c|We both work full time. We don’t go out. I don’t know what else we’re supposed to do,⟧” she said.
The Energy Suppliers Forum said the cap reflected “⟦p:d|higher wholesale costs outside suppliers’ control⟧” and urged anyone struggling to contact their supplier.

### 045
@a Margaret | a 79-year-old widow who asked us not to use her surname
@b Sunil Wickramasinghe | Detective Sergeant
@c - | A spokesman for Northway Bank
A pensioner from Grangemoor lost £23,000 after fraudsters posing as police officers persuaded her to hand over cash to a "⟦s:-|courier⟧" at her front door.
Margaret, a 79-year-old widow who asked us not to use her surname, said the caller had known her name, her address and the name of her bank.
"⟦d:a|He was so polite. He said, 'Margaret, we believe someone at your bank is stealing from you and we need your help to catch them.' I thought I was doing something good,⟧" she said.
"⟦d:a|I went to the bank twice. The second time the cashier asked me if everything was all right, and I said yes, because he'd told me to say that.⟧"
Detective Sergeant Sunil Wickramasinghe, of Eastshire Police's economic crime unit, said: "⟦d:b|The police will never ask you to withdraw money or hand it to anyone. Never. If someone tells you otherwise, put the phone down.⟧"
A spokesman for Northway Bank said staff had followed procedures but that the bank would "⟦p:c|look again at what more we could have done⟧".

### 046
@a Harriet Okonjo | -
@b Sunwise Holidays | the tour operator
@c Kieran Doyle-Mwangi | the Travel Ombudsman
Harriet Okonjo, from Bramley, wrote to us in despair in May. “⟦d:a|We booked a week in Casteluzzo for our 25th anniversary. Two days before we flew, Sunwise cancelled the hotel and offered us a voucher. I asked for my £2,340 back and they told me it would take up to 90 days. That was in February,⟧” she wrote.
“⟦d:a|I have phoned 14 times. Every time I’m told it’s ‘with the finance team’. I’m starting to think the finance team doesn’t exist.⟧”
Under package travel rules, a tour operator that cancels a holiday must refund customers within 14 days. We contacted Sunwise Holidays, the tour operator, which blamed “⟦p:b|a system error⟧” and refunded Mrs Okonjo in full within a week.
“⟦d:b|We apologise to Mrs Okonjo for the inconvenience caused,⟧” it said.
Kieran Doyle-Mwangi, the Travel Ombudsman, said his office had seen a 60% rise in complaints about slow refunds this year. “⟦d:c|The law is very clear. Fourteen days is not a suggestion,⟧” he said.

### 047
@a - | A spokeswoman for Valumart
@b Bev Hollinshead | Pensioner
@c Tunde Adeleke-Price | Consumer economist
SHOPPERS are being short-changed by "⟦s:-|shrinkflation⟧" on dozens of household favourites, a Daily Beacon investigation has found.
Our price checkers found that a family bag of Crunchwell crisps has shrunk from 180g to 150g in two years - while the price has gone UP from £1.85 to £2.25.
Pensioner Bev Hollinshead, 72, said: "⟦d:b|I noticed the biscuits. There used to be 20 in a packet and now there's 16. Do they think we can't count?⟧"
Consumer economist Dr Tunde Adeleke-Price said brands were relying on shoppers "⟦p:c|not reading the small print⟧". "⟦d:c|It's legal, but it's sneaky. If the packet's smaller, say so on the front,⟧" he said.
A spokeswoman for Valumart, which stocks the crisps, said pack sizes were "⟦p:a|a matter for the manufacturer⟧".
Crunchwell did not respond to requests for comment.

### 048
@a Morwenna Trevithick | the council’s planning lead
@b Harjit Sandhu | chairman of the Eastfield Residents’ Association
@c Tollgate Homes | the developer
@d - | a man in the public gallery
Plans for 420 homes on farmland east of Kilbride Lane have been approved despite more than 1,100 objections, after a four-hour meeting that was twice halted by heckling.
Cllr Morwenna Trevithick, the council’s planning lead, said the authority had “⟦p:a|no lawful grounds⟧” to refuse the application.
“⟦d:a|I understand the strength of feeling. I live two miles from this site. But we have a legal duty to find land for housing, and if we refuse this we will lose at appeal and pay the developer’s costs,⟧” she told the meeting.
As the vote was announced, a man in the public gallery shouted “⟦d:d|Shame on the lot of you!⟧” and was asked to leave.
Harjit Sandhu, chairman of the Eastfield Residents’ Association, said the group would consider a legal challenge. “⟦d:b|The roads can’t cope now. The surgery has a three-week wait now. Nobody in that room could tell us where 420 more families are supposed to see a doctor,⟧” he said.
Tollgate Homes, the developer, said the scheme would include 126 affordable homes and a “⟦p:c|substantial⟧” contribution towards a new primary school.

### 049
@a Ade Olatunji | a group commander with Dunmore Fire and Rescue Service
@b Siobhan McTeer | -
@c Tomasz Wiśniewski | Her neighbour
@d Rivers Authority | -
More than 200 homes were flooded in Dunmore overnight after the River Leen burst its banks following the wettest 48 hours in the town since records began.
Firefighters used boats to rescue 34 people from houses on Mill Row and Tanner's Walk in the early hours of Sunday.
"⟦d:a|Crews were going door to door in water up to their chests. Some people didn't want to leave, and we understand that, but the water was still rising,⟧" said Ade Olatunji, a group commander with Dunmore Fire and Rescue Service.
Siobhan McTeer, who has lived on Mill Row for 30 years, was carried out by firefighters at 3am. "⟦d:b|I heard this noise like a bath running. I put my feet out of bed and they were in water,⟧" she said. "⟦d:b|Everything downstairs is gone. Photos, everything.⟧"
Her neighbour Tomasz Wiśniewski stayed upstairs with his dog. "⟦d:c|I wasn't leaving him, and they wouldn't take him on the boat, so we sat it out,⟧" he said. "⟦d:c|He's fine. He thinks it was an adventure.⟧"
The Rivers Authority said flood defences on the Leen had "⟦p:d|performed as designed⟧" but had been "⟦p:d|overwhelmed by an exceptional volume of water⟧".
More rain is forecast for Tuesday.

### 050
@a Nkechi Umeadi | Headteacher
@b Lewis Fairbairn | -
@c Glenarden Council | the council
@d - | One Year 6 pupil
Glenarden Council has confirmed that Braeside Primary, the smallest school in the district, will close next summer after 140 years.
The school has 31 pupils on its roll, down from 96 a decade ago, and the council said keeping it open would cost “⟦p:c|more than £4,000 extra per child per year⟧” compared with the district average.
Headteacher Nkechi Umeadi said staff were “⟦p:a|heartbroken but not surprised⟧”.
“⟦d:a|We’ve known the numbers for a long time. What I’d say to the council is: this school is the last public building in the village. When it goes, there’s nothing left but the bus shelter,⟧” she said.
Lewis Fairbairn, whose two sons attend the school, said the alternative — a 40-minute bus ride to Glenarden — was “⟦p:b|madness for a five-year-old⟧”.
“⟦d:b|My youngest gets car sick going to the shop,⟧” he said.
One Year 6 pupil, asked what she would miss most, thought about it carefully. “⟦d:d|The tree. And Mrs Umeadi. But mostly the tree,⟧” she said.

### 051
@a Alasdair Murchison-Greig | Judge
@b Ffion Rees-Jenkins | His barrister
@c Leanne Marsh | -
@d Connor Blaine | -
A delivery driver who knocked a cyclist off her bike while watching a video on his phone has been jailed for 16 months.
Connor Blaine, 24, of Harcourt Road, Stanmoor, admitted causing serious injury by careless driving at an earlier hearing.
Kelsford Crown Court heard that Blaine's van hit Leanne Marsh, 36, from behind on the A614 in March. She suffered a fractured pelvis and spent seven weeks in hospital.
In a statement read to the court by the prosecution, Ms Marsh said: "⟦d:c|I used to cycle to work every day. I loved it. I haven't been on a bike since and I don't think I ever will.⟧"
His barrister, Ffion Rees-Jenkins, said Blaine was "⟦p:b|genuinely remorseful⟧" and had been under "⟦p:b|intolerable pressure⟧" from his employer to meet delivery targets.
Sentencing him, Judge Alasdair Murchison-Greig said: "⟦d:a|You chose to watch a video rather than the road. That choice has changed Ms Marsh's life permanently.⟧"
"⟦d:a|Whatever pressure you were under, nobody made you pick up that phone.⟧"
As he was led from the dock, Blaine turned to the public gallery and said: "⟦d:d|I'm sorry.⟧"

### 052
@a Kirsty Duggan-Lowe | the delighted owner
@b Raj Sethi | a volunteer with Paws Home Rescue
@d Hamid Rahimi | Farmer
A SPANIEL who vanished during a fireworks display has been reunited with his family — 212 miles away and EIGHT months later.
Biscuit bolted from his garden in Wexcombe on Bonfire Night and was feared dead. But last week he turned up in a barn in Northmoor, thin but otherwise healthy.
Kirsty Duggan-Lowe, 41, burst into tears when she saw him. "⟦d:a|He came running across the car park and jumped straight into my arms. He hasn't changed a bit — he still smells awful!⟧" the delighted owner said.
"⟦d:a|We put up posters, we went on every lost-dog page going. My husband kept saying, 'Kirst, you've got to let him go.' I couldn't,⟧" she added.
Farmer Hamid Rahimi found Biscuit asleep in a hay store. "⟦d:d|He was curled up with my cat. I thought he was a fox at first,⟧" he said.
Raj Sethi, a volunteer with Paws Home Rescue, scanned the dog's microchip. "⟦d:b|We do this every day and most of the time the details are out of date. This time they weren't,⟧" he said. "⟦d:b|That's the whole story, really: keep your chip details up to date.⟧"
How Biscuit got 212 miles remains a mystery. "⟦d:d|If he could talk, I'd ask him,⟧" said Mr Rahimi.

### 053
@a Doreen Abercrombie | a retired district nurse
@b Transvale | the operator
@c Idris Bowen | the county’s cabinet member for transport
@d - | One sixth-former
About 150 people marched through Aberllyn town centre on Saturday in protest at plans to axe the 47 bus, the only service linking the town’s hilltop estates with the hospital.
Protesters carried placards reading “⟦s:-|Don’t Leave Us Stranded⟧” and “⟦s:-|The 47 Is Our Lifeline⟧”, and chanted “⟦s:-|Save our bus⟧” outside the council offices.
Doreen Abercrombie, 83, a retired district nurse, organised the march from her kitchen table. “⟦d:a|I don’t drive. Half the people on my road don’t drive. Without the 47, how do we get to the hospital? Crawl?⟧” she said.
One sixth-former, who uses the bus to get to college, said: “⟦d:d|It’s the only way I can get there. My mum works nights. There is no plan B.⟧”
Transvale, the operator, said the route was carrying “⟦p:b|an average of nine passengers a journey⟧” and losing £180,000 a year.
Cllr Idris Bowen, the county’s cabinet member for transport, said talks were continuing. “⟦d:c|Nobody wants to see the 47 go. We’re looking at whether a smaller vehicle or a reduced timetable can keep something running,⟧” he said.

### 054
@a Margarethe Lindqvist-Oduya | -
@r - | One reviewer
@b Joseph Agyekum | her former doctoral student
@c Ruth | her daughter
Margarethe Lindqvist-Oduya, who has died aged 91, was the marine biologist who showed that seagrass meadows store carbon faster than tropical forests, a finding that was ridiculed when she first presented it in 1978 and is now taught in schools.
Born in Sandvik in 1932, the daughter of a lighthouse keeper, she spent her childhood “⟦p:a|with my face in rock pools and my knees permanently grazed⟧”, as she later put it.
Her early papers were rejected by three journals. One reviewer, she liked to recall, dismissed her data as “⟦p:r|the enthusiasms of a gardener⟧”.
“⟦d:a|I had the gardener’s review framed and hung it in the lab. It was very motivating,⟧” she told this newspaper in 2009.
Prof Joseph Agyekum, her former doctoral student, said she had been “⟦p:b|terrifying, generous and almost always right⟧”.
“⟦d:b:m|She would read your thesis chapter overnight and hand it back covered in green ink. Green, never red — she said red was for accountants.⟧
“⟦d:b|And then she would take you to the pub and tell you it was the best thing she had read all year. Both things were true.⟧”
She is survived by her daughter, Ruth, and three grandchildren. “⟦d:c|Mum was still reading journals on her tablet last week. She was cross about a statistics error,⟧” Ruth said.

### 055
@a Delroy Whitaker | the reggae bassist
@b Marcia Greenidge | The singer
@c Leroy Whitaker | His son
Delroy Whitaker, the reggae bassist, has died aged 74. His deep, patient bass lines anchored more than 40 chart records in the 1970s and 80s, and were sampled by a generation of producers who never knew his name.
He was known to everyone in the business simply as "⟦s:-|Tuff⟧", a nickname he picked up as a teenager for refusing to stop playing when a string snapped and cut his finger.
"⟦d:a|Bass is the floor. Nobody looks at the floor, but if it isn't there, everybody falls down,⟧" he said in a rare interview in 1998.
The singer Marcia Greenidge, who recorded five albums with him, said he had been "⟦p:b|the heartbeat of every room he walked into⟧".
"⟦d:b|Delroy never rushed. Everybody else was rushing — the producers, the label, the drummers — and he would just sit there, smiling, playing a little bit behind the beat until the whole band came to him,⟧" she said.
His son, Leroy Whitaker, said his father had been playing until a month before his death. "⟦d:c|He had a bass by the hospital bed. The nurses used to ask for requests,⟧" he said.
Whitaker is survived by Leroy, two daughters and nine grandchildren.

### 056
@a Aled Prydderch | -
@b Gwenllian | His widow
@c Shabnam Qureshi | the current mayor
Aled Prydderch, who served as mayor of Llanfaes three times and once stopped a bulldozer by lying down in front of it, has died at the age of 88.
A former railway signalman, he was first elected to the town council in 1971 on what he called a ``⟦p:a|one-issue ticket: the level crossing⟧''.
He fought for eleven years to have a footbridge built over the line after two children were killed there. When it finally opened, in 1982, he refused to cut the ribbon. ``⟦d:a|It should have been built before those boys died, not after. I'll walk over it, but I won't celebrate it,⟧'' he said at the time.
His most famous moment came in 1989, when developers tried to demolish the town's Victorian market hall. Prydderch lay down in the mud in front of the machines, still wearing his mayoral chain.
``⟦d:c|Every child in this town has heard that story. Half of them think he was wearing a crown,⟧'' said the current mayor, Cllr Shabnam Qureshi. ``⟦d:c|He taught a lot of us that being on the council was about turning up, not about the title.⟧''
His widow, Gwenllian, said he had been ``⟦p:b|stubborn to the last⟧''. ``⟦d:b|The doctors told him to rest. He asked them whether there was anything wrong with the footbridge,⟧'' she said.

### 057
@a Radomir Petrak | the Yugoslav-born centre-half who captained Harbourside to their only league title
@b Dougie Rennison | his former teammate
@c Harbourside | -
@d - | one supporter
Radomir Petrak, the Yugoslav-born centre-half who captained Harbourside to their only league title, has died aged 79.
Petrak arrived from Split in 1969 speaking, by his own account, “⟦p:a|four words of English, three of them rude⟧”. Within two seasons he was captain.
He was famous for never being booked for a foul that the referee saw. “⟦d:a|The striker wants to be the story. My job is to make sure he is not even a footnote,⟧” he told the club’s matchday programme in 1980.
Tributes were led by his former teammate Dougie Rennison. “⟦d:b|Rado was the hardest man I ever played with and the kindest man I ever met, and I mean both of those,⟧” Rennison said. “⟦d:b|He’d kick you in training on a Friday and drive your wife to the maternity ward himself on the Saturday.⟧”
Harbourside said in a statement that the club was “⟦p:c|in mourning for a giant⟧”.
At the ground on Sunday, supporters left scarves and flowers at the gates. “⟦d:d|My dad took me to see him when I was six. I’ve brought my grandson today,⟧” said one supporter, 62.

### 058
@a Ioana Dragomir-Vâlcu | a 47-year-old former judge
@b Vasile Munteanu-Roș | the incumbent
@c Central Electoral Bureau | -
@d Cristina | a 34-year-old teacher who did not give her surname
TARNOVA, Carpania (Meridian Wire) — Ioana Dragomir-Vâlcu, a 47-year-old former judge, won Carpania’s presidential run-off on Sunday on a promise to “⟦p:a|clean the house from the roof down⟧”, ending the 14-year rule of the incumbent, Vasile Munteanu-Roș.
The Central Electoral Bureau said that with 98% of ballots counted, Dragomir-Vâlcu had 54.2% of the vote, a result it described as “⟦p:c|clear and final⟧”.
“⟦d:a|Astăzi, Carpania a ales să se trezească,⟧” she told cheering supporters in Tarnova’s Union Square shortly before midnight — “⟦d:a|Today, Carpania chose to wake up.⟧”
“⟦d:a|I will be the president of those who voted against me as much as those who voted for me,⟧” she said, switching to English for the foreign press.
Munteanu-Roș conceded in a brief televised address. “⟦d:b|The people have spoken, and I respect their decision,⟧” he said. But he warned that the new government would “⟦p:b|discover quickly that governing is harder than promising⟧”.
In a café near the square, Cristina, a 34-year-old teacher who did not give her surname, said she had voted for the first time in ten years. “⟦d:d|I stopped believing it changed anything. Tonight I believe it a little,⟧” she said.

### 059
@a Farhad Yusupov | head of the province's emergency service
@b Gulnara Aitbayeva | -
@c - | A spokesperson for the International Relief Federation
@e - | a rescuer
ZARAK, Kessar Province (Meridian Wire) - Rescuers dug through the night with shovels and bare hands on Tuesday, searching for survivors after a magnitude 6.8 earthquake flattened villages across the mountainous province, killing at least 412 people.
"⟦d:a|The numbers will rise. There are villages we have not been able to reach, because the roads are gone,⟧" Farhad Yusupov, head of the province's emergency service, told reporters through an interpreter.
In Zarak, where almost every house was built of mud brick, a rescuer lay flat on a heap of rubble and called into a gap between two slabs: "⟦d:e|Can anyone hear me? Knock if you can hear me!⟧"
Gulnara Aitbayeva, 58, sat wrapped in a blanket beside what was left of her home. "⟦d:b|I was making bread. The floor went like water,⟧" she said. "⟦d:b|My son pulled me out through the window. My neighbours, I don't know. I don't know.⟧"
A spokesperson for the International Relief Federation said teams were "⟦p:c|racing against time⟧" and that freezing night temperatures posed a "⟦p:c|serious threat⟧" to survivors.
Yusupov appealed for heavy lifting equipment. "⟦d:a|We have hands. We need machines,⟧" he said.

### 060
@a Soraya Haddad-Lund | Aldmark’s foreign minister
@b Ilona Várkonyi-Tass | Her Veskarian counterpart
@c - | A senior diplomat involved in the talks
@d - | The two governments
@e - | officials on both sides
The foreign ministers of Aldmark and Veskaria agreed on Friday to reopen the Halden Pass crossing for the first time in six years, in what officials on both sides called a “⟦p:e|first step⟧” towards normal relations.
“⟦d:a|Six years is a long time for a road to be closed. Families have been driving four hundred kilometres to visit someone who lives forty kilometres away,⟧” Aldmark’s foreign minister, Soraya Haddad-Lund, said at a joint press conference in the border town of Mirov.
Her Veskarian counterpart, Ilona Várkonyi-Tass, was more guarded. “⟦d:b|A road is a road. It is not a peace treaty,⟧” she said. “⟦d:b|But I would rather have the road than not.⟧”
The two governments said in a joint statement that the crossing would open to passenger traffic on 1 March and to freight “⟦p:d|when conditions allow⟧”.
A senior diplomat involved in the talks said the breakthrough had come late on Thursday, “⟦p:c|over a bad dinner and a good bottle of wine⟧”. “⟦d:c|They stopped talking about history and started talking about lorries. That’s when it moved,⟧” the diplomat said.

### 061
@a Interior Ministry | the ministry
@b Tomás Ferraz-Alvim | a 23-year-old engineering student
@c Beatriz Okamura | Opposition MP
LISVARA, Portavia (Meridian Wire) - Tens of thousands of people marched through the centre of the Portavian capital on Saturday in the largest protest yet against a proposed law that would require news websites to register with the government.
Demonstrators waved flags and chanted "⟦s:-|Liberdade não se registra⟧" - "⟦s:-|Freedom doesn't register⟧" - as they moved down the Avenida Central towards parliament.
Tomás Ferraz-Alvim, a 23-year-old engineering student, had travelled six hours by bus from the north. "⟦d:b|My grandparents lived under censorship. They told me stories. I never thought I'd have to march against it myself,⟧" he said.
"⟦d:b|Eles dizem que é para nos proteger,⟧" he added - "⟦d:b|They say it's to protect us.⟧"
Opposition MP Beatriz Okamura addressed the crowd from the back of a lorry. "⟦d:c|This law is not about fake news. It is about making journalists ask permission,⟧" she told Meridian Wire afterwards.
The Interior Ministry said the march had been "⟦p:a|largely peaceful⟧" but that 17 people had been detained after "⟦p:a|isolated acts of vandalism⟧". "⟦d:a|The law protects citizens from disinformation and foreign interference,⟧" the ministry said.

### 062
@a Amadou Tall-Sidibé | the chief mediator
@b - | A Western diplomat in Port Maren
@c Ismail Garane | A spokesman for the Free Coast Movement
@d - | A government negotiator who declined to be named
PORT MAREN, Qarasia (Meridian Wire) -- Talks aimed at ending a two-year conflict in eastern Qarasia stalled on Thursday after rebel negotiators walked out over the sequencing of a prisoner exchange, mediators said.
``⟦d:a|We are not at the end. We are at a difficult moment, which is different,⟧'' the chief mediator, Amadou Tall-Sidibé, told reporters outside the conference hotel. ``⟦d:a|Both delegations are still in Port Maren. That is the most important fact of the day.⟧''
A spokesman for the Free Coast Movement, Ismail Garane, said the rebels would not return to the table until the government released ``⟦p:c|the first 200 names on the list, as agreed⟧''.
``⟦d:c|We signed a paper in April. We are asking for that paper to be respected. That is all,⟧'' he said by telephone.
A government negotiator who declined to be named accused the rebels of ``⟦p:d|theatre for the cameras⟧''. ``⟦d:d|They walk out every time they want a headline. They will be back on Monday,⟧'' the negotiator said.
A Western diplomat in Port Maren was more cautious. ``⟦d:b|It's fragile. Nobody has burned any bridges yet, but a few people are standing on them with matches,⟧'' the diplomat said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh78.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh78",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
