# ruff: noqa: E501
"""Build ``quotes_fresh4.jsonl``: a fourth independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor, without running it, and without reading the passages of the
other gold sets. The set is meant to be evaluated once, as an honest measure on
unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh4-NNN``.

Conventions:

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, PC, Sen., Rep., Councillor, KC); when only a
  first name is given (``her son, Tobias``; ``a gondolier who gave his name only as
  Beppe``) that first name is the speaker. The description is the role or appositive
  as written in the passage (the one given where the speaker is introduced, or the
  definite description used at the cue, e.g. ``the 74-year-old``), else null. A role
  title standing before the name (``Superintendent Randall Greer``, ``Police Chief``,
  ``Coach``, ``District Judge``) is the description when the passage gives no
  appositive; courtesy honorifics (Mr, Ms, Dr, Sir, KC) never are.
* An organisation that is itself the grammatical speaker (``Nordvik Seafood said in a
  statement``, ``the department said``) is the speaker. An unnamed person speaking for
  an organisation (``a Velmar spokesperson said``) has a null speaker and that phrase as
  the description. Unnamed sources, crowds of one (``a woman in the public gallery``)
  likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, memos,
  statements, tweets and social-media posts or captions (``posted … with the
  caption``) are ``direct`` (or ``partial``) with that author as speaker.
* Signs, banners, placards, graffiti, printed mugs and shop signs are never speech:
  ``scare``. Slogans chanted by a crowd are treated the same way (``scare``), since
  they are collective slogans rather than a statement by an identifiable speaker.
  Titles of works, nicknames, catchphrases cited as such, labels and words or phrases
  discussed as words are ``scare``.
* A quoted saying or shout whose speaker is not identified at all (an old newsroom
  maxim; ``someone shouted``) is ``direct`` with speaker and description null.
* A reporter's or interviewer's question quoted as such is ``direct`` speech by the
  (unnamed) reporter.
* Quotation marks are straight ``"``, curly ``“ ”``, guillemets ``« »`` or doubled
  backticks with doubled apostrophes (````…''``). Single marks (``‘…’``) are only ever
  used for a quote *inside* a quote; such an inner quote is part of the outer span and
  is not annotated separately (even when it is someone else's words).
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 60 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh4.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import build_set

OUT = Path(__file__).with_name("quotes_fresh4.jsonl")

PASSAGES = """
### 001
@a Marla Quintero | chief of the Bend Fire District
@b Dale Pruitt | a retired lineman
BEND, Ore. (AP) — A wind-driven wildfire forced the evacuation of about 900 homes on the western edge of this central Oregon city on Tuesday, and officials warned that gusts expected overnight could push the flames toward a second subdivision.
"⟦d:a|We had a fire that went from ten acres to four hundred in under three hours,⟧" said Marla Quintero, chief of the Bend Fire District. "⟦d:a|Nobody should be waiting for a knock on the door tonight. If you feel unsafe, go.⟧"
At a Red Cross shelter set up in a high school gym, evacuees sat on cots and watched the smoke on their phones. "⟦d:b|I grabbed the dog, my wife's insulin and the photo albums, and that was it,⟧" said Dale Pruitt, 67, a retired lineman.
No injuries had been reported by Tuesday evening. The cause of the fire was under investigation.
### 002
@a Harriet Oyelaran | the council's cabinet member for planning
@b Geoffrey Tamplin | chairman of the Save Ashby Meadows group
@c - | a spokesperson for the developer, Corvell Homes
Plans for 340 homes on Ashby Meadows were approved by North Leicestershire District Council on Wednesday night after a three-hour meeting that was twice interrupted by shouting from the public gallery.
Harriet Oyelaran, the council's cabinet member for planning, said the authority had "⟦p:a|no lawful grounds⟧" to refuse the scheme. "⟦d:a|I understand people are angry,⟧" she told the meeting, "⟦d:a|but if we turn this down we lose at appeal, we pay the developer's costs, and we still get the houses — only without the school and the surgery we have negotiated.⟧"
Campaigners were unmoved. Geoffrey Tamplin, chairman of the Save Ashby Meadows group, said: "⟦d:b|This was decided in an office months ago. Tonight was theatre.⟧"
According to Mr Tamplin, the group has already raised £18,000 towards a judicial review. "⟦d:b|We are not finished,⟧" he added.
A spokesperson for the developer, Corvell Homes, said work would begin in the spring. "⟦d:c|We intend to be good neighbours,⟧" the spokesperson said.
### 003
@a Callum Fraine | the Dunmore manager
@b Stevie Rourke | Kilbride boss
@c Jamie Oduya | the teenager
Dunmore Athletic 3 Kilbride Rovers 1
Callum Fraine insisted his Dunmore Athletic side had "⟦p:a|earned the right to dream⟧" after a second-half turnaround lifted them into the play-off places.
Trailing to a Declan Moss header at the break, Dunmore equalised through Jamie Oduya before substitute Ross Heggie struck twice in six minutes.
"⟦d:a|I didn't have to say much at half-time,⟧" Fraine said. "⟦d:a|They knew. They looked at each other and they knew.⟧"
He was full of praise for Oduya, who has now scored in four straight games. "⟦d:a|The boy's 19 and plays like he's been doing it for ten years,⟧" the Dunmore manager added.
Oduya himself was more measured. "⟦d:c|It's nice to score, but the gaffer will be on at me about the chance I missed in the first half,⟧" the teenager said, grinning.
Kilbride boss Stevie Rourke watched Moss limp off just after the hour and conceded the injury had changed the game. "⟦d:b|When Declan went off we lost our shape,⟧" he said. "⟦d:b|That's not an excuse. Callum's lads were better.⟧"
### 004
@a Gino Barratelli | telly chef
@b - | a source close to the star
@c Tanya Welch | Barratelli's manager
TELLY chef Gino "⟦s:-|The Meatball⟧" Barratelli has stormed off the set of his own cookery show after a bust-up over a soggy tiramisu, we can reveal.
The 52-year-old, famous for his catchphrase "⟦s:-|Mamma mia, that's-a spicy!⟧", walked out of filming in Salford on Thursday and has not returned.
A source close to the star said: "⟦d:b|Gino lost it. He threw a spatula, told the producer she wouldn't know a good dessert if it bit her, and walked out. Everyone was stunned.⟧"
Barratelli's manager, Tanya Welch, played down the row. "⟦d:c|Gino is taking a few days to rest. He has been working flat out,⟧" she said. "⟦d:c|There is no feud.⟧"
But Gino Barratelli himself appeared to stoke the flames last night, posting a picture of a tiramisu on Instagram with the caption: "⟦d:a|Some of us still know how to cook.⟧"
### 005
@u - | one steward
@a Maureen Ashdown | show secretary
@b Clive Penhallow | the 74-year-old
@d Anne Ferris | judge
@c Poppy Treloar | -
Record crowds turned out for the 112th St Keverne Agricultural Show on Saturday, despite a downpour that turned the car park into what one steward called "⟦p:u|a paddy field⟧".
Show secretary Maureen Ashdown said around 6,500 people had passed through the gates, a thousand more than last year.
"⟦d:a|We were worried at eight o'clock when it was chucking it down,⟧" she said. "⟦d:a|But Cornish people don't melt.⟧"
"⟦d:a|The marquees were packed all day and the dog show had more entries than we've ever had.⟧"
"⟦d:a|I want to thank every volunteer, and the farmers who lent us tractors to pull cars out of the mud.⟧"
In the giant vegetable class, Clive Penhallow, who has entered for 31 years, finally took the top prize with a 38lb marrow. "⟦d:b|My late wife always said I'd do it one day,⟧" said the 74-year-old.
The junior baking cup went to Poppy Treloar, nine, for a lemon drizzle cake that judge Anne Ferris described as "⟦p:d|perfectly sharp⟧". Poppy said: "⟦d:c|I'm going to make another one tonight.⟧"
### 006
@a Kessler Microdevices | -
@b Priya Venkataraman | an analyst at Hollister & Crane
@c Ruud Verbeek | Kessler's chief operating officer
@d - | one purchasing manager at a German automotive supplier
Kessler Microdevices has warned customers that lead times for its automotive-grade microcontrollers will stretch to 40 weeks through the third quarter, after a fire at its Penang back-end facility took roughly a fifth of its test capacity offline.
"⟦d:a|We are allocating available supply based on safety-critical applications first,⟧" Kessler said in a customer letter dated 14 May and seen by Electronics Supply Weekly.
The shortfall could hit production of as many as 2.3 million vehicles this year, according to Priya Venkataraman, an analyst at Hollister & Crane. "⟦d:b|This isn't 2021 all over again, but the parts affected are the unglamorous ones that nobody bothered to dual-source,⟧" she wrote in a note to clients on Tuesday.
Ruud Verbeek, Kessler's chief operating officer, told Electronics Supply Weekly that repairs were ahead of schedule. "⟦d:c|We expect to be back at 80 percent of test capacity by early August,⟧" he said, adding that the company was "⟦p:c|in active discussions⟧" with two outsourced assembly and test providers.
Customers are less sanguine. "⟦d:d|They told us 40 weeks. Last time they told us 40 weeks, it was 70,⟧" said one purchasing manager at a German automotive supplier, who asked not to be named because he was not authorised to speak to the press.
### 007
@a Rosalind Grant | prosecuting
@v - | a 91-year-old widow
@c Daniel Ferrier | mitigating
@b Martin Ebbsworth | the judge
A man who posed as a gas engineer to steal £48,000 from elderly residents in Kent was jailed for seven years at Maidstone Crown Court on Friday.
Lee Scarrow, 34, of Chatham, targeted 11 victims aged between 79 and 96 over eight months, the court heard.
Rosalind Grant KC, prosecuting, said Scarrow would wear a hi-vis jacket and carry a clipboard. "⟦d:a|He relied on the courtesy of people who grew up trusting a man in uniform,⟧" she said.
One victim, a 91-year-old widow, said in a statement read to the court: "⟦d:v|I no longer open the door to anyone. I used to love having visitors.⟧"
Mitigating, Daniel Ferrier said Scarrow had a gambling addiction and had written letters of apology to each of his victims. "⟦d:c|He is ashamed, and he means it,⟧" Mr Ferrier said.
Sentencing, Judge Martin Ebbsworth told Scarrow: "⟦d:b|You chose your victims precisely because they were old, alone and kind. That is about as cowardly as offending gets.⟧"
The judge said the letters were "⟦p:b|too little, and far too late⟧".
### 008
@a Fenella Marsh-Rowley | the Transport Secretary
@b Idris Pugh | her shadow
@c Desmond Kettering | the Speaker
There are ministers who answer questions and ministers who endure them, and Fenella Marsh-Rowley, the Transport Secretary, has clearly decided which kind she is.
Asked by Idris Pugh, her shadow, why the Northern Loop rail line was now three years late, she rose, smiled and said: "⟦d:a|I am grateful to the honourable gentleman for his continued interest in the railways.⟧"
"⟦d:b|That's not an answer,⟧" Mr Pugh shouted from a sedentary position.
"⟦d:a|It is the beginning of one,⟧" she replied. It was also, as it turned out, the end of one.
Mr Pugh tried again. Would she publish the revised cost? "⟦d:a|We will publish it when it is ready to be published,⟧" said the Transport Secretary, in the tone of a woman reading out a recipe.
At this her own backbenches emitted the low, bovine hum that passes in the Commons for support, and the Speaker, Sir Desmond Kettering, was obliged to intervene. "⟦d:c|Order! The House will want to hear the answer,⟧" he said, optimistically.
The project's internal nickname, "⟦s:-|the Never Loop⟧", has by now reached the press gallery. Mr Pugh's final question was whether the line would be finished "⟦p:b|in the lifetime of anyone in this chamber⟧". Ms Marsh-Rowley said she was "⟦p:a|confident⟧" that it would. Nobody asked what exactly she was confident of.
### 009
@a Halvard Brekke | chief executive of Nordvik Seafood
@b Nordvik Seafood | -
@c Lisbeth Aune | Kristiansund mayor
Nordvik Seafood to open NOK 600m processing plant in Kristiansund, creating 180 jobs
Norwegian salmon producer Nordvik Seafood will build a new processing plant in Kristiansund, the company announced on Thursday, creating around 180 permanent jobs when it opens in 2027.
"⟦d:a|Kristiansund gives us a deep-water harbour, a skilled workforce and a short route to our farms on the Nordmøre coast,⟧" said Halvard Brekke, chief executive of Nordvik Seafood. "⟦d:a|This is the single largest investment in our 40-year history.⟧"
The plant will recover heat from its refrigeration systems to warm process water. "⟦d:b|Nordvik Seafood expects the facility to cut energy use per kilo of processed fish by 35 percent compared with its existing plants,⟧" the company said in a statement.
Kristiansund mayor Lisbeth Aune welcomed the news. "⟦d:c|This is a fantastic day for the town, and for the young people who want to build a life here,⟧" she said.
### 010
@a Vera Lindqvist-Hale | -
@c Simon Achterberg | her longtime editor at Farrow Books
@b Tobias | her son
Vera Lindqvist-Hale, who has died aged 88, was a poet whose plain-spoken verse about farm life in Minnesota found an unlikely audience among city readers in the 1970s. Her first collection, "⟦s:-|Barn Light⟧" (1968), sold more than 200,000 copies, an almost unheard-of figure for poetry.
Born in 1936 near Fergus Falls, she was the youngest of seven children of Swedish immigrants. She began writing, she later recalled, "⟦p:a|because there was nobody else in the house who would listen⟧".
Her breakthrough came with "⟦s:-|The Almanac Poems⟧", which won the National Book Award in 1974. Critics admired its refusal of sentiment; she was less impressed. "⟦d:a|I wrote down what the weather did and what the cows did. If that's art, then I suppose the cows deserve half the credit,⟧" she told an interviewer in 1975.
Simon Achterberg, her longtime editor at Farrow Books, said she was "⟦p:c|the least precious writer I ever worked with⟧". "⟦d:c|She would cut a stanza I loved without blinking and then send me a pie,⟧" he said.
In later years she taught at St Olaf College, where students called her "⟦s:-|Aunt Vera⟧".
She is survived by her son, Tobias, three grandchildren and a sister, Ingrid. Her husband, the painter Carl Hale, died in 2009. "⟦d:b|She was writing until about three weeks ago,⟧" her son said. "⟦d:b|The last thing she asked for was a pencil.⟧"
### 011
@a Della Brightwater | -
@b Russ Haldane | her partner on the night shift
@c Ken Ostrowski | the county's emergency services director
@d Marjorie Fenn | her neighbor
At 2:40 a.m. the tones drop, and Della Brightwater is out of her recliner and into her boots before the dispatcher has finished reading the address. Outside the station in Harlowton, Montana, the thermometer on the bay door reads minus 11.
“⟦d:a|Rollover, Highway 12, mile marker 40,⟧” she says, to no one in particular, already pulling on her gloves. Her partner on the night shift, Russ Haldane, is warming up the rig. Neither of them speaks again for the first ten minutes of the drive.
Brightwater, 58, has been a volunteer emergency medical technician in Wheatland County for 23 years. She is also, in a sense, the reason the county still has an ambulance at all.
In 2019, when the last paid paramedic retired and the hospital stopped staffing its ambulance, she went door to door with a clipboard. “⟦d:a:m|I asked everybody I knew if they'd take a class. Teachers, ranchers, the guy who runs the feed store. I said, ‘If you don't, then when your mother falls down, you're waiting an hour for somebody from Billings.’⟧
“⟦d:a|Eleven people signed up. Seven of them are still on the roster.⟧”
The numbers are grim across rural America. Ken Ostrowski, the county's emergency services director, said roughly a third of volunteer ambulance services in the state had either closed or cut hours since 2015. “⟦d:c|We are running these services on goodwill and coffee,⟧” he said. “⟦d:c|Goodwill is not a staffing model.⟧”
The rollover turns out to be a pickup in a ditch, its driver, a 19-year-old ranch hand, shaken but walking. Haldane checks his pupils with a penlight while Brightwater takes his blood pressure. “⟦d:b|You're a lucky man,⟧” Haldane tells him. The young man nods and says nothing.
Back at the station, as the sky turns grey, Brightwater makes a pot of coffee and counts the shifts left uncovered on the whiteboard: four this week. “⟦d:a|I'll take two,⟧” she says. “⟦d:a|Russ will take one. The other one, I'll start calling people.⟧”
Her neighbor Marjorie Fenn, whose husband Brightwater treated after a heart attack in 2021, put it simply. “⟦d:d|If Della quits, this town loses something you can't get back,⟧” she said.
Brightwater shrugs when she hears that. “⟦d:a|I'm not quitting,⟧” she says. “⟦d:a|I'm just tired. There's a difference.⟧”
### 012
@a Ama Mensah-Kuffour | -
@c Efua Mensah | her mother
@b Jonah Reisfeld | an early investor
Ama Mensah-Kuffour does not look like someone who has just raised $40 million. She is wearing a fleece with a hole in one elbow, and she has brought her own oat milk to the café.
“⟦d:a|I'm cheap,⟧” she says. “⟦d:a|That's not a pose. When you grow up watching your mother count coins at the end of the market day, you don't forget what money is.⟧”
Her mother, Efua Mensah, still sells fabric in Kumasi's Kejetia market. She has never visited the Tiller office in Shoreditch, but she follows the company closely. “⟦d:a|She calls me every Sunday and asks how many customers we have. Not revenue — customers,⟧” Mensah-Kuffour says.
Reached by phone, Efua Mensah laughed when asked about her daughter. “⟦d:c|Ama was always the one telling the other children what to do,⟧” she said. “⟦d:c|Now she tells grown men what to do. It is the same thing.⟧”
Tiller, which makes bookkeeping software for market traders and small shops, has 310,000 users across Ghana, Nigeria and Kenya. Jonah Reisfeld, an early investor, says she is “⟦p:b|relentless in a very quiet way⟧”. “⟦d:b|She'll listen to your advice for an hour, thank you, and do exactly what she'd planned,⟧” he adds.
Mensah-Kuffour laughs when she hears this. “⟦d:a|That's fair,⟧” she says.
### 013
@a Hollis Varga | -
@b Pete Varga | -
Hollis Varga, 27, this month became the youngest musher to win the 1,000-mile Yukon Crossing sled dog race. “⟦d:a|I keep waking up and checking the trophy is real,⟧” she said when we reached her at her kennel outside Fairbanks. The interview has been edited for length.
Q: When did you know you'd won?
A: Honestly, not until I saw the arch in Whitehorse. You've been wrong so many times out there. You see lights and think it's the finish and it's a gas station.
Q: Your father raced the Crossing six times and never finished higher than ninth. What did he say?
A: He cried, which I've seen maybe twice in my life. Then he said, “⟦d:b|Your leaders ran a better race than you did,⟧” which is true, and which is the most Pete Varga thing he could have said.
Q: Your lead dog is known on the trail as “⟦s:-|the Professor⟧”. Why?
A: Because she looks at you over her glasses. She doesn't have glasses, but you know what I mean. She just decides things.
Q: What's next?
A: Sleep. And then the dogs need new booties, about four hundred of them.
### 014
@a Met Office | the forecaster
@d Aileen Baird | -
@c Network Rail Scotland | -
@b Kirsty MacAulay | Highland Council's resilience officer
Storm Edda live: gusts of 90mph hit Western Isles as thousands lose power
17:42 — The Met Office has extended its amber warning until 6am tomorrow. "⟦d:a|Further damaging gusts are likely overnight, with a small chance of injuries and danger to life from flying debris,⟧" the forecaster said in its latest update.
17:30 — We've been hearing from readers. Aileen Baird, in Portree, sent us this photo of a trampoline wrapped around a lamp post. "⟦d:d|It belongs to nobody on our street, so it's come a fair distance,⟧" she writes.
17:15 — All train services north of Inverness are suspended for the rest of the day. Network Rail Scotland said in a post on X: "⟦d:c|We won't reopen lines until they have been inspected in daylight. Please don't travel.⟧"
16:58 — Highland Council's resilience officer, Kirsty MacAulay, has urged people to stay off the roads. "⟦d:b|If you don't need to be out tonight, don't be,⟧" she told BBC Radio Scotland. "⟦d:b|Our crews are stretched as it is.⟧"
16:40 — Some 31,000 homes are without power, according to the distribution network operator. The figure was 19,000 an hour ago.
### 015
@a Maya Castellanos | an atmospheric scientist at the University of Arizona
What exactly is a "⟦s:-|heat dome⟧"?
The term, which has been all over weather forecasts this week, is not an official meteorological category. It describes a stubborn area of high pressure that traps hot air beneath it, a bit like a lid on a pot.
"⟦d:a|The high pressure pushes air down towards the surface, and as air sinks it warms and dries,⟧" said Dr Maya Castellanos, an atmospheric scientist at the University of Arizona. "⟦d:a|Clouds can't form, so the sun just keeps baking the ground, and the ground keeps heating the air.⟧"
Forecasters sometimes use the phrase "⟦s:-|omega block⟧" for a related pattern in which the jet stream bends into the shape of the Greek letter, leaving a high-pressure system stranded for days.
Is it climate change? Scientists are cautious about blaming any single event, but studies of recent heatwaves have found they were made far more likely by warming. "⟦d:a|It's the same pattern we've always had. It's just starting from a hotter baseline,⟧" Castellanos explained.
The National Weather Service, for its part, sticks to "⟦s:-|extreme heat warning⟧" rather than any of the catchier labels.
### 016
@a Gordon Whitcombe | the Chancellor
@b Nadia Farouk | chief economist at the Halcyon Institute
@c - | one Treasury official
Analysis: The Chancellor's "⟦s:-|growth budget⟧" has a growth problem
Gordon Whitcombe stood at the dispatch box on Wednesday and promised a budget that would "⟦p:a|unleash the animal spirits of British enterprise⟧". By Thursday morning the Office for Budget Responsibility had cut its growth forecast for next year.
That is awkward. It is also, in fairness, not entirely the Chancellor's fault: the forecast was driven mostly by weaker global trade.
"⟦d:b|The measures are sensible, but they are small,⟧" said Nadia Farouk, chief economist at the Halcyon Institute. "⟦d:b|You can't call it a growth budget when the OBR's own numbers say growth will be lower.⟧"
Inside the Treasury, officials are privately frustrated that the "⟦s:-|growth⟧" label was attached at all. "⟦d:c|It was a No 10 word. We'd have called it a stability budget,⟧" one Treasury official said.
Whitcombe himself argued on Thursday that critics were judging too soon. "⟦d:a|Budgets are not judged in a day,⟧" he told Sky News. "⟦d:a|Ask me in two years.⟧"
### 017
@a Thierry Aubanel | secretary general of the dockers' union
@b Clémence Roux-Delage | its director
@c Jordi | a driver from Perpignan
MARSEILLE, France (AFP) — Dockers at the port of Marseille-Fos began a 72-hour strike on Monday over plans to automate container handling at its western terminals, leaving some 40 ships waiting at anchor off the Mediterranean coast.
«⟦d:a|We are not against the future. We are against a future without us,⟧» Thierry Aubanel, secretary general of the dockers' union, told AFP at a picket outside the terminal gates.
The port authority says automation will keep Marseille competitive with Genoa, Barcelona and Valencia. «⟦d:b|If we do nothing, the ships will go elsewhere, and then there will be no jobs left to defend at all,⟧» its director, Clémence Roux-Delage, told France Info radio.
Aubanel dismissed that argument as «⟦p:a|the same song we have heard for thirty years⟧».
At a truck stop near the port, lorry drivers queued for coffee. «⟦d:c|Three days waiting for a container. Who pays me for that?⟧» said Jordi, a driver from Perpignan who did not give his surname.
### 018
@a Evelyn Marchetti | a Democrat from Pawtucket
@c - | a spokesperson for the governor
@d Ocean State Health Partners | the state's largest insurer
PROVIDENCE, R.I. (AP) — Rhode Island lawmakers on Thursday passed a bill capping the price of insulin at $25 a month, sending the measure to Gov. Dan Whitford, who has not said whether he will sign it.
"⟦d:a|Nobody in this state should have to choose between insulin and groceries,⟧" said state Sen. Evelyn Marchetti, a Democrat from Pawtucket who sponsored the bill. She said the cap would help about 30,000 Rhode Islanders.
A spokesperson for the governor said he would "⟦p:c|review the bill carefully⟧". Whitford said in March that he supported the goal but worried about the cost to the state employees' health plan.
The state's largest insurer, Ocean State Health Partners, argued the cap would shift costs to other customers. "⟦d:d|Someone always pays for a price cap,⟧" the company said in written testimony.
### 019
@a Marcus Delaney | the £40million striker
@b Gary Kinsella | the former Garforth skipper
MARCUS DELANEY has hit back at his critics after being booed off by his own fans — and told them: "⟦d:a|I'm not going anywhere.⟧"
The £40million striker, nicknamed "⟦s:-|Mr Ice⟧" for his calm finishing, has now gone eight games without a goal for Wolverton United.
Supporters chanted "⟦s:-|Sell him, sell him⟧" as he was substituted in Saturday's 2-0 home defeat to Garforth.
But Delaney, 24, tweeted last night: "⟦d:a|Form is temporary. I've heard the noise. Watch this space.⟧"
Pundit Gary Kinsella, the former Garforth skipper, was not impressed. "⟦d:b|Tweeting isn't scoring,⟧" he told talkSPORT. "⟦d:b|He wants to get his head down and get in the box.⟧"
### 020
@a Helga Brandauer | chief executive of German kitchen appliance maker Korvath AG
@b Fabian Kestner | an analyst at Lindmayr Bank
FRANKFURT (Reuters) - "⟦d:a|We were too slow, and we are paying for it.⟧" That was the blunt verdict of Helga Brandauer, chief executive of German kitchen appliance maker Korvath AG, as the company reported its first annual loss in 19 years on Thursday.
Korvath's shares fell 7.2% to 31.40 euros by midday, the worst performer in the SDAX index of smaller companies.
The Stuttgart-based group blamed cheaper competition from Asian manufacturers and weak demand for new kitchens as high interest rates weighed on Germany's housing market. It swung to a net loss of 84 million euros from a profit of 112 million a year earlier.
Brandauer, who took over in January, told analysts on a conference call that Korvath would cut around 1,100 jobs, mostly in administration, and close a plant in Thuringia. "⟦d:a|These are painful decisions, but the alternative is worse,⟧" she said.
"⟦d:b|The restructuring is necessary, but it's not a strategy,⟧" said Fabian Kestner, an analyst at Lindmayr Bank. "⟦d:b|I still don't know what Korvath wants to be in five years.⟧"
### 021
@p - | prosecutors
@b Calvin Mosley | -
@a Lorraine Abernathy | the judge
@c Megan Fitzhugh | Assistant U.S. Attorney
MILWAUKEE — A former credit union manager who embezzled $2.3 million over nine years to fund what prosecutors called a "⟦p:p|hobby farm⟧" with 40 alpacas was sentenced Tuesday to five years in federal prison.
Calvin Mosley, 56, of Waukesha, apologized to the court before he was sentenced. "⟦d:b|I betrayed people who trusted me with their savings,⟧" he said, reading from a sheet of paper. "⟦d:b|There is no explanation that makes that better.⟧"
U.S. District Judge Lorraine Abernathy asked him why he had continued after the credit union began an audit in 2021.
"⟦d:b|I thought I could pay it back before anyone noticed,⟧" Mosley replied.
"⟦d:a|With alpacas?⟧" the judge asked.
"⟦d:b|No, Your Honor,⟧" he said.
Assistant U.S. Attorney Megan Fitzhugh had asked for seven years, arguing that Mosley had "⟦p:c|looked his own tellers in the eye for nine years and lied⟧". His lawyer, Paul Serrano, sought probation, noting that Mosley had already sold the farm and repaid about $400,000.
Abernathy split the difference. "⟦d:a|You are not a monster, Mr. Mosley, but you did a monstrous amount of damage,⟧" she said.
### 022
@a - | a senior police source
@b Greater Manchester Police | the force
Police are investigating after a cash machine was ripped from the wall of a convenience store in Denton in the early hours of Sunday using what appears to have been a stolen telehandler.
"⟦d:a|This was planned. They knew exactly how long they had before the alarm company would call us,⟧" a senior police source said.
Greater Manchester Police said in a statement that no one was hurt. "⟦d:b|We would urge anyone with dashcam footage from the Hyde Road area between 2am and 4am to get in touch,⟧" the force added.
### 023
@a Delphine Okoro | president of the Uptown Tenants Union
@c Teresa Villanueva | a home health aide who has lived in the building for 17 years
@b Frank Gutowski | the ward's alderman
CHICAGO — They came with pots and wooden spoons, with strollers and walkers, and with hand-painted signs. "⟦s:-|Rent is not a luxury,⟧" read one. Another, held aloft by a boy of about eight, said simply "⟦s:-|MY ROOM⟧".
About 400 people marched down Broadway on Saturday afternoon to protest a planned 38% rent increase at the Lakeview Towers, a 220-unit building whose new owners bought it in March.
"⟦s:-|Hands off our homes,⟧" the crowd chanted as it passed the building's lobby, where two security guards watched from behind the glass.
At the rally that followed, Delphine Okoro, president of the Uptown Tenants Union, climbed onto a milk crate. "⟦d:a|They think we'll just pack up and leave,⟧" she told the crowd. "⟦d:a|We're not leaving. We're organizing.⟧"
Teresa Villanueva, a home health aide who has lived in the building for 17 years, said her rent would rise from $1,150 to $1,590. "⟦d:c|I work two jobs already. What do they want, a third?⟧" she said.
The building's owner, Brightline Residential, did not respond to requests for comment. The ward's alderman, Frank Gutowski, who joined the march for its final block, said he would introduce an ordinance requiring 90 days' notice of large increases. "⟦d:b|It's the least we can do, and honestly, it's not enough,⟧" he said.
### 024
@a Joko Hartanto | Energy Minister
@b - | an official at the state utility, PLN
JAKARTA (Reuters) - Indonesia will not extend a moratorium on new coal-fired power plants beyond 2030 unless rich countries deliver on promised financing, Energy Minister Joko Hartanto said on Wednesday.
"⟦d:a|We signed up in good faith,⟧" Hartanto told reporters at his ministry, "⟦d:a|and so far we have received less than a tenth of what was pledged.⟧"
The comments, which Hartanto made in a 40-minute briefing in which he also announced, to the evident surprise of several diplomats in the room, that Jakarta would "⟦p:a|review every line⟧" of its financing agreement with Western lenders, pushed the rupiah slightly lower.
An official at the state utility, PLN, said the company was already planning for both outcomes. "⟦d:b|We have a plan A and a plan B. Plan B has more coal in it,⟧" the official said, declining to be named because he was not authorised to speak to the media.
### 025
@b Ofsted | -
@a Gwen Pettifer | Headteacher
@c Janine Holloway | who chairs the parent-teacher association
Castlebrook Primary School is celebrating after inspectors rated it outstanding for the first time in its 60-year history.
The Ofsted report, published on Tuesday, praised the school's "⟦p:b|warm, ambitious culture⟧" and said pupils "⟦p:b|read widely and often⟧".
Headteacher Gwen Pettifer, who joined the school in 2017 when it was in special measures, said she had cried when she read the report. "⟦d:a|Seven years ago we had a building with buckets catching the rain,⟧" she said. "⟦d:a|This is for every teacher who stayed.⟧"
Janine Holloway, who chairs the parent-teacher association, said Mrs Pettifer had "⟦p:c|turned the place inside out⟧". "⟦d:c|When she arrived, parents were driving their kids to schools in the next town. Now there's a waiting list,⟧" she said.
### 026
@b - | a reporter
@a Ioana Petrescu | the Romanian
@c Amelie Strauss | the 19-year-old German qualifier
MELBOURNE — Ioana Petrescu had been asked the question so many times that she answered it before it was finished.
"⟦d:b|Was it the wrist —⟧" a reporter began.
"⟦d:a|It wasn't the wrist,⟧" the Romanian said. "⟦d:a|The wrist is fine. She played better than me. You can write that.⟧"
She was Amelie Strauss, the 19-year-old German qualifier who beat the seventh seed 6-4, 3-6, 6-2 in the second round on Thursday, dictating from the baseline on a sweltering afternoon.
Strauss, ranked 142nd, had never won a tour-level match before this week. "⟦d:c|I'm a little bit in shock,⟧" she said, laughing. "⟦d:c|I watched Ioana on TV when I was a kid. Okay, when I was younger. I'm still a kid.⟧"
Petrescu, asked whether she would still play the doubles, shook her head. "⟦d:a|Now I go home and sleep for two days,⟧" she said.
### 027
@a Hannelore Vickery | who led the study
@b Miriam Osei | a PhD student who ran the Ghanaian arm of the trial
@c Safe Arrival | -
Researchers at the University of Dundee have developed a blood test that can detect early signs of pre-eclampsia up to ten weeks before symptoms appear, according to a study published in The Lancet on Monday.
The test measures the levels of three proteins in the mother's blood. In a trial of 4,200 pregnant women in Scotland and Ghana, it correctly identified 87 per cent of those who went on to develop the condition.
"⟦d:a|Pre-eclampsia remains one of the leading causes of maternal death worldwide, and the tragedy is that we usually only see it when it is already dangerous,⟧" said Professor Hannelore Vickery, who led the study. "⟦d:a|If these results hold up in larger trials, we could be giving doctors a two-month head start.⟧"
Co-author Miriam Osei, a PhD student who ran the Ghanaian arm of the trial, noted that the test had been deliberately designed to be cheap. "⟦d:b|It needed to work in a district hospital in Tamale, not just in Dundee,⟧" she said.
The charity Safe Arrival, which part-funded the research, called the results "⟦p:c|hugely encouraging⟧" but said more work was needed before the test could be offered routinely.
### 028
@b Brent Talley | the chief executive of SkyHarbor Airlines
@a Janet Okonkwo-Hill | a Democrat from Maryland
@c Gil Hargrove | a Texas Republican
WASHINGTON — The chief executive of SkyHarbor Airlines faced a grilling on Capitol Hill on Tuesday over a holiday meltdown that stranded 1.8 million passengers, with lawmakers from both parties questioning whether the carrier had ignored warnings about its crew-scheduling software.
"⟦d:a|Did anyone in your company tell you, before Christmas, that this system could fail?⟧" asked Rep. Janet Okonkwo-Hill, a Democrat from Maryland.
"⟦d:b|There were concerns raised, yes,⟧" replied Brent Talley, who has led the airline since 2019.
"⟦d:a|And what did you do about them?⟧"
"⟦d:b|We put an upgrade on the road map.⟧"
"⟦d:a|A road map,⟧" Okonkwo-Hill repeated. "⟦d:a|Passengers were sleeping on the floor in Denver, Mr. Talley.⟧"
Rep. Gil Hargrove, a Texas Republican, pressed Talley on refunds. Talley told him the airline had paid out $640 million, but Hargrove said he had heard from constituents still waiting after five months. "⟦d:c|Your check is not in the mail, sir. I've looked,⟧" he said.
### 029
@a Petra Holmquist | the woman who found a missing golden retriever
@b Leigh Dufresne | -
GRAND MARAIS, Minn. (AP) — ``⟦d:a|I thought it was a bear cub, honestly, until it started wagging,⟧'' said the woman who found a missing golden retriever 60 miles from home last weekend, nine days after it bolted from a campsite during a thunderstorm.
The woman, Petra Holmquist, 71, spotted the dog, named Biscuit, on the shoulder of Highway 61 while driving to church. ``⟦d:a|He walked right up to the car like he'd been waiting for a ride,⟧'' Holmquist said.
Biscuit's owners, Aaron and Leigh Dufresne of Duluth, had put up more than 200 posters. ``⟦d:b|We'd pretty much given up,⟧'' Leigh Dufresne said. ``⟦d:b|We owe that lady a lifetime of pie.⟧''
### 030
@a - | one of the people
@c Aisling Brannigan | finance director
@b - | a Velmar spokesperson
LONDON (Reuters) - British packaging maker Velmar Group is exploring a sale of its specialty films division, which could be valued at around 1.5 billion pounds, three people familiar with the matter said.
Velmar has hired advisers to sound out private equity firms and rival packaging groups, the people said, asking not to be identified because the discussions are private. "⟦d:a|They want it done before the half-year results,⟧" one of the people said.
A memo sent to staff on Monday by finance director Aisling Brannigan, seen by Reuters, said the company was "⟦p:c|reviewing strategic options for the films business to maximise value for shareholders⟧".
"⟦d:b|We do not comment on market speculation,⟧" a Velmar spokesperson said.
### 031
@a Imran Qadir | a GP in Bradford
@c Helen Tarrant-Moss | chief executive of the Patients First Alliance
@b Department of Health and Social Care | the department
Waiting times for GP appointments in England have risen for the fourth consecutive month, with almost one in five patients now waiting more than two weeks, according to figures published on Thursday.
Dr Imran Qadir, a GP in Bradford, said the numbers matched what he saw every morning: "⟦d:a|The phones open at eight and by ten past eight we have no appointments left. We are turning away people who should be seen.⟧"
"⟦d:a|I have colleagues who have simply stopped answering the question of when things will get better,⟧" he told BBC Breakfast.
Helen Tarrant-Moss, chief executive of the Patients First Alliance, said: "⟦d:c|Behind every one of these statistics is someone who has given up trying.⟧"
The Department of Health and Social Care said it had recruited more than 2,000 additional GPs since 2019. "⟦d:b|We recognise there is more to do,⟧" the department said.
### 032
@a Marian Eckles | -
@b Lucas Whitaker | who studies local news at Northwestern University
@c - | a reader
Analysis: Local newspapers are dying. Can a nonprofit save the Ashford Courier?
There is an old newsroom maxim: “⟦d:-|If your mother says she loves you, check it out.⟧” Marian Eckles has it framed above her desk, next to a yellowing front page from 1987.
Eckles, 63, edited the Ashford Courier for 22 years before its owner, a hedge-fund-backed chain, closed it in 2022. Now she is trying to bring it back as a nonprofit, funded by donations and a $250,000 grant from a local foundation.
“⟦d:a|People told me, you're crazy, nobody reads newspapers,⟧” she says. “⟦d:a|Then the school board tried to sell the high school football field and nobody found out until the bulldozers came. People read that story. They just read it too late.⟧”
Researchers call places like Ashford “⟦s:-|news deserts⟧”: counties with no local news outlet at all. According to Lucas Whitaker, who studies local news at Northwestern University, more than 200 US counties now fit that description. “⟦d:b|When the paper goes, the first thing you lose is the boring stuff: zoning meetings, court dockets,⟧” he said. “⟦d:b|That boring stuff is where the corruption lives.⟧”
Eckles's desk has a second framed item: a letter from a reader in 1994 calling the Courier “⟦p:c|a rag run by busybodies⟧”.
“⟦d:a|I'd like to think we earned that,⟧” she says.
### 033
@a Rory Pendleton | -
@b Hashim Qureshi | Head coach
@c Ben Athey-Ward | Durham's captain
Rory Pendleton hit an unbeaten 142 to steer Somerset to a four-wicket win over Durham at Taunton, and afterwards credited a conversation with his coach for the innings.
Pendleton, 34, had made 31 runs in his previous five innings. Head coach Hashim Qureshi took him aside after a net session on Tuesday. "⟦d:a|He told me to stop thinking about my front foot and just watch the ball,⟧" Pendleton said. "⟦d:a|Sounds simple. It was simple.⟧"
Qureshi, 45, smiled at that. "⟦d:b|He makes it sound like I'm a genius,⟧" the 45-year-old said. "⟦d:b|I said what any club coach would say. He's the one who went out and batted for five hours.⟧"
Durham's captain, Ben Athey-Ward, admitted his side had bowled "⟦p:c|too short, too often⟧".
### 034
@a Marco Zanetti | the city's councillor for tourism
@c Aurora Galli | a spokeswoman for the residents' association Venezia Viva
@b Beppe | a gondolier
VENICE, Italy (AFP) — Venice doubled its entry fee for day-trippers to 10 euros on Friday, as the lagoon city braced for another record summer.
«⟦d:a|Venice is not a theme park, and it cannot be managed like one,⟧» said Marco Zanetti, the city's councillor for tourism, who defended the measure against critics who say it has done little to thin the crowds.
Residents were unconvinced. «⟦d:c|Ten euros, twenty euros, it changes nothing. They are charging for a ticket to watch us disappear,⟧» said Aurora Galli, a spokeswoman for the residents' association Venezia Viva, noting that the historic centre's population had fallen below 49,000.
At the Rialto, a gondolier who gave his name only as Beppe shrugged at the new rules. «⟦d:b|The tourists pay, the city counts the money, and I still have to row,⟧» he said.
Zanetti insisted the fee was «⟦p:a|an experiment, not a solution⟧».
### 035
@a Renata Przybylski-Hahn | his daughter
@b Gene Kowalczyk | a retired plumber
Walter "⟦s:-|Wally⟧" Przybylski, who ran Wally's Hardware on Main Street in Stevens Point for 46 years, died on Saturday at 89.
"⟦d:a|Dad knew where every screw in that store was,⟧" said his daughter, Renata Przybylski-Hahn. "⟦d:a|You'd tell him you needed a washer for a faucet from 1962 and he'd walk straight to the right drawer.⟧"
"⟦d:b|He'd sell you a 30-cent part and talk you out of buying the $40 one you didn't need,⟧" said Gene Kowalczyk, a retired plumber who shopped there for four decades.
A funeral Mass will be held at St. Stanislaus Church on Friday.
### 036
@a Eusebio Marrero | -
@c Olga Pérez Cid | a retired music teacher
@b Dayana | Marrero's granddaughter
HAVANA — The piano in Olga Pérez Cid's living room was built in Hamburg in 1911, crossed the Atlantic in the hold of a steamship and has not been in tune, by her estimate, since the late 1990s.
Eusebio Marrero, 79, lifts the lid, peers inside and sighs. “⟦d:a|Termites,⟧” he says. “⟦d:a|And a mouse. Maybe two mice.⟧”
Marrero is one of perhaps a dozen piano tuners left in a city that once had thousands of pianos in its mansions, conservatories and cabarets. He travels by bus with a canvas bag of tools, some of which he made himself from bicycle spokes.
“⟦d:a:m|When I started, in 1963, there were pianos everywhere. Every family with a little money had one. Then people left, and the pianos stayed, and nobody knew how to take care of them.⟧
“⟦d:a|Now I spend more time fixing what other people broke than tuning.⟧”
Pérez Cid, 84, a retired music teacher, watches from a rocking chair. She bought the instrument in 1971 from a neighbour who was emigrating to Miami. “⟦d:c|He said, ‘Take care of her, she's the only thing I'm leaving behind,’ so I have tried,⟧” she recalls.
Marrero's granddaughter, Dayana, 23, sometimes comes along to carry the bag. She studies engineering and has no plans to take up the trade. “⟦d:b|He keeps asking,⟧” she says, laughing. “⟦d:b|I keep saying no. But I know the names of all the parts now.⟧”
After three hours, the piano is playable, if not perfect. Marrero plays a few bars of a danzón, stops, and adjusts one more pin.
“⟦d:a|That's it,⟧” he says. “⟦d:a|She will hold for six months, maybe. Then call me again. If I'm alive.⟧”
### 037
@a Trevor Ashe | Councillor
@b Nigel Bramwell | who chairs the finance committee
@c Sheila Ruddock | Mayor
A row over the future of Holmfirth's public toilets dominated Monday's meeting of Holmfirth Town Council.
Councillor Trevor Ashe asked why the toilets on Station Road had been closed for seven months. "⟦d:a|Are we a town council or not? We can't even keep a toilet open,⟧" he said.
Councillor Nigel Bramwell, who chairs the finance committee, countered that repairs would cost £42,000. "⟦d:b|That is more than our entire grants budget for the year,⟧" he said. "⟦d:b|Trevor knows that.⟧"
"⟦d:a|What I know is that coach parties are using the bushes,⟧" Cllr Ashe replied.
The council agreed to seek quotes for a cheaper refurbishment. Mayor Sheila Ruddock said she hoped the toilets would reopen "⟦p:c|before the summer, and not the one after⟧".
### 038
@a US Food and Drug Administration | -
@b Corinne Bastable | Chief medical officer
@c Devika Ramaswamy | an analyst at Stanwick Partners
Helixa Therapeutics said on Monday that the US Food and Drug Administration had declined to approve its experimental ALS drug, HLX-207, citing questions about the design of the company's only late-stage trial.
In a complete response letter, the agency wrote that "⟦p:a|the totality of the evidence does not establish substantial evidence of effectiveness⟧", according to a summary released by the company.
Chief medical officer Corinne Bastable said the company would request a meeting with the agency within 30 days. "⟦d:b|We are disappointed, but we are not going anywhere. Patients with ALS do not have the luxury of time, and neither do we,⟧" she said on a call with investors.
Analysts had largely expected the rejection. "⟦d:c|The trial missed its primary endpoint. Everything after that was a post-hoc story,⟧" said Devika Ramaswamy, an analyst at Stanwick Partners.
Shares of Helixa fell 38% in premarket trading.
### 039
@b Theo Okafor | -
@a Marcy Feldhaus | -
@d - | a campaign aide
Live: Theo Okafor defeats Marcy Feldhaus in Ohio's 16th District
10:52 p.m. — Okafor has just taken the stage in Toledo to chants from the crowd. "⟦d:b|You stood in the rain, you knocked on the doors, and tonight Ohio heard you,⟧" he told supporters.
10:31 p.m. — Feldhaus has conceded. In a post on X, she wrote: "⟦d:a|The voters have spoken and I respect their decision. I called Theo to congratulate him.⟧"
10:14 p.m. — A campaign aide to Feldhaus tells us the mood in her ballroom downtown is "⟦p:d|funereal⟧".
9:58 p.m. — The AP has called the race for Okafor, with 91% of the expected vote counted.
### 040
@a Nadine Osterhout | a consumer economist at the University of Leeds
@b Consumer Watch UK | -
What is "⟦s:-|shrinkflation⟧", and how can you spot it?
The word, a blend of "⟦s:-|shrink⟧" and "⟦s:-|inflation⟧", describes products that get smaller while their price stays the same or rises.
"⟦d:a|It's the quietest price rise there is. Nobody reads the grams on a packet of biscuits,⟧" said Nadine Osterhout, a consumer economist at the University of Leeds.
Consumer Watch UK, which tracks packaging sizes, said it had logged 340 examples in the past year. "⟦d:b|Manufacturers know shoppers check prices, not weights,⟧" the group said.
Osterhout's advice: check the unit price, usually shown in small print on the shelf label as a price "⟦s:-|per 100g⟧".
### 041
@a Ramon Echeverría | a cook at the restaurant next door
@b Alicia Brandt | Police Chief
TUCSON, Ariz. (AP) — "⟦d:a|It sounded like a truck hit the building.⟧" That's how Ramon Echeverría, a cook at the restaurant next door, described the moment a car crashed through the front window of a Tucson day care center on Thursday morning, injuring two adults.
No children were hurt. Police Chief Alicia Brandt said the 81-year-old driver appeared to have confused the accelerator with the brake. "⟦d:b|We are very, very fortunate,⟧" she told The Associated Press. "⟦d:b|Ten minutes later and the kids would have been in that room.⟧"
Echeverría said he ran over with a fire extinguisher. "⟦d:a|The teachers already had all the kids out the back. They were amazing,⟧" he said.
### 042
@a - | a pal
@b - | a TV insider
@c Danni Keeble | reality star
REALITY star Danni Keeble is "⟦p:a|heartbroken⟧" after being axed from the new series of "⟦s:-|Villa Heat: All Stars⟧", a pal has revealed.
The 29-year-old, who shot to fame on the dating show in 2021, was told last week she would not be returning. "⟦d:a|She found out by email. After everything she's done for that show, it's brutal,⟧" the pal said.
A TV insider said bosses wanted "⟦p:b|fresh faces⟧" for the all-star edition. "⟦d:b|It's nothing personal. The line-up was always going to be shaken up,⟧" they said.
Danni broke her silence last night, sharing a tearful video with her 1.2 million followers. "⟦d:c|I'm gutted, I won't lie. But everything happens for a reason, babes,⟧" she said.
### 043
@a Haruto Sakamoto | chief currency strategist at Minori Securities
@c Ryota Inagaki | Japan's top currency diplomat
@b Fiona Aldridge | head of FX strategy at Carrick & Lowe
TOKYO (Reuters) - The yen slid to a 34-year low against the dollar on Tuesday, piling pressure on Japanese authorities to intervene in the currency market for the first time since 2022.
"⟦d:a|The market is daring the Ministry of Finance to step in,⟧" said Haruto Sakamoto, chief currency strategist at Minori Securities in Tokyo.
Japan's top currency diplomat, Vice Finance Minister for International Affairs Ryota Inagaki, told reporters he was watching moves closely. "⟦d:c|We are watching the market with a strong sense of urgency,⟧" Inagaki said. He declined to say whether Tokyo had already intervened.
The phrase "⟦s:-|strong sense of urgency⟧" has in the past preceded actual intervention, though traders said it had lost some of its force through repetition.
Fiona Aldridge, head of FX strategy at Carrick & Lowe in London, put it bluntly in a note to clients: "⟦d:b|Words have stopped working. Either they act, or 160 is next.⟧"
### 044
@c Callum Prest | -
@a Kieran Molloy | defending
@b Anita Sorensen | District Judge
A 23-year-old man who drove at 112mph on the A14 while filming himself on his phone has been banned from driving for 18 months.
Callum Prest, of Bury St Edmunds, admitted dangerous driving at Ipswich Magistrates' Court on Wednesday. The footage, which he posted on TikTok with the caption "⟦d:c|Late for work lol⟧", was viewed more than 90,000 times before it was reported to police.
Kieran Molloy, defending, said his client was "⟦p:a|mortified⟧". "⟦d:a|He is a young man who did a very stupid thing and he knows it,⟧" Mr Molloy said.
District Judge Anita Sorensen told Prest: "⟦d:b|You were travelling at nearly twice the speed limit, looking at yourself rather than the road. It is sheer luck that nobody died.⟧"
### 045
@b Tom Whitlock | his race engineer
@a Luca Ferraz | the Brazilian
@c Margit Ekholm | Team principal
Luca Ferraz's first podium in Formula One came with a soundtrack. As he crossed the line in third in Singapore, his race engineer, Tom Whitlock, came over the radio: "⟦d:b|P3, Luca! P3! You absolute legend.⟧"
"⟦d:a|Is it real? Tell me it's real,⟧" the Brazilian replied, his voice cracking.
"⟦d:b|It's real, mate. Enjoy it.⟧"
Ferraz, 22, had started 11th. He later told reporters that he had nearly pitted too early. "⟦d:a|Tom told me to stay out two more laps and I didn't want to. I was shouting at him. He was right, and I owe him a dinner,⟧" he said.
Team principal Margit Ekholm called it "⟦p:c|the drive of his young life⟧".
### 046
@a Yusuf Demirel | -
@b Lena Haugh | His sous-chef
Yusuf Demirel arrives at his restaurant at six every morning, two hours before anyone else, to make the bread.
"⟦d:a|The bread is the first thing you eat and the last thing you forget,⟧" he says, tearing open a loaf of pide still too hot to hold. "⟦d:a|If the bread is bad, I have lost you before the kebab arrives.⟧"
Demirel, 47, grew up in Gaziantep and came to Manchester in 2004 with, he says, "⟦p:a|two suitcases and one good knife⟧". He washed dishes for three years, then cooked for eight, then opened Sofra in a former bank on Deansgate in 2019. Last month it received its first Michelin star.
"⟦d:a|I did not believe it,⟧" he goes on. "⟦d:a|I thought it was a joke from my friends. Then my phone did not stop for two days.⟧"
His sous-chef, Lena Haugh, has worked alongside him since the opening. "⟦d:b|He is the calmest person in a kitchen I have ever seen, until someone burns the bread,⟧" she says. "⟦d:b|Then, run.⟧"
Demirel laughs. "⟦d:a|She is right,⟧" he adds. "⟦d:a|Burn the meat, fine, I forgive you. The bread, never.⟧"
### 047
@a Amélia Cossa | -
@b Antoine Mabille | WFP country director
@c Celmira Nhantumbo | the provincial governor
MAPUTO, Mozambique (AFP) — Floodwaters from the swollen Limpopo River have cut off dozens of villages in southern Mozambique, aid agencies said Tuesday, as the death toll from a week of torrential rain rose to 63.
«⟦d:a|The water came at night. We lost everything: the house, the goats, the maize,⟧» said Amélia Cossa, 42, who was sheltering with her five children in a school in Chókwè.
The World Food Programme said it had begun airdropping food to communities that could not be reached by road. «⟦d:b|Access is our biggest challenge,⟧» WFP country director Antoine Mabille told AFP. «⟦d:b|Many roads have simply disappeared.⟧»
The provincial governor, Celmira Nhantumbo, called the floods «⟦p:c|the worst this generation has seen⟧» and appealed for international help.
### 048
@a Stuart Coggan | skipper
@b Ryan Mellors | the boat's deckhand
The forecast said force six. By four in the morning, forty miles east of the Humber, it is a seven gusting eight, and the Northern Dawn is climbing waves the size of semi-detached houses.
In the wheelhouse, skipper Stuart Coggan drinks tea from a mug that says "⟦s:-|World's Okayest Dad⟧".
"⟦d:a|This is nothing,⟧" he says. "⟦d:a|Ask Ryan about February.⟧"
Ryan Mellors, 26, the boat's deckhand, is wedged into the doorway, eating a sausage roll. "⟦d:b|February was bad,⟧" he agrees. "⟦d:b|I was sick for two days and he kept making me bacon sandwiches.⟧"
"⟦d:a|Cures it,⟧" Coggan says.
"⟦d:b|It does not cure it.⟧"
Coggan, 58, has fished out of Grimsby since he was 16, when the town still had more than a hundred trawlers. Today, by his count, there are five. He blames quotas, fuel prices and "⟦p:a|people in London who have never seen a cod that wasn't battered⟧".
He has been trying for a year to persuade Mellors to get his skipper's ticket. "⟦d:a|He's got the hands for it, and the stomach, eventually,⟧" the skipper says. "⟦d:a|What he hasn't got is a boat, and boats cost a million quid.⟧"
Mellors shrugs. "⟦d:b|I'll win the lottery,⟧" he says.
### 049
@a Dmitri Valasek | its chief executive
@b Jess Amankwah | a product designer who was among those laid off
SAN FRANCISCO — Cloud software company Cobaltline is cutting 12% of its workforce, about 480 jobs, its chief executive told employees on Wednesday.
"⟦d:a|I made the decision to grow faster than our business could support, and I take full responsibility for that,⟧" Dmitri Valasek wrote in a memo to staff, which the company later published on its blog.
The cuts fall mostly on recruiting and marketing teams, according to the memo. Affected employees in the US will receive 16 weeks' severance.
Jess Amankwah, a product designer who was among those laid off, posted on LinkedIn that she had learned of her dismissal when her laptop locked. "⟦d:b|Seven years. Locked out at 9.02am. Anyway, I'm open to work,⟧" she wrote.
### 050
@a Gemma Ravenscroft | the 41-year-old
@b Ilse Marais | the Dutch runner
Gemma Ravenscroft became the oldest winner of a European Championship marathon on Sunday, outsprinting the Dutch runner Ilse Marais over the last 400 metres in Munich.
Ravenscroft, 41, had been dropped at 35 kilometres and looked beaten. "⟦d:a|I honestly thought, that's it, bronze, lovely, go home,⟧" the 41-year-old said. "⟦d:a|Then I saw Ilse look back. You don't look back unless you're hurting.⟧"
Marais, 27, agreed that the glance had been a mistake. "⟦d:b|I wanted to see where she was. She was closer than I thought,⟧" she said.
Ravenscroft, a mother of two who works part-time as a physiotherapist in Leeds, took up running at 30 after her first child was born.
"⟦d:a:m|People ask me how I train around the kids and work. The answer is badly. I run at five in the morning and at nine at night and sometimes on a treadmill in the garage with a baby monitor on the shelf.⟧
"⟦d:a|I'm not a model for anything. I just really like running.⟧"
### 051
@a Philippa Crowhurst | the committee's chair
@b Graham Tessier | the company's chief executive
@d Rhodri Vaughan-Price | The Conservative MP
The chair of the Commons environment committee accused the boss of Severnside Water of "⟦p:a|treating rivers as a free sewer⟧" on Tuesday, as he defended a £1.2m bonus at a heated hearing.
Graham Tessier, the company's chief executive, told MPs that the payment was linked to targets on leakage and customer service, not pollution. "⟦d:b|I understand how it looks. But the bonus is set by an independent committee against measures it publishes,⟧" he said.
Philippa Crowhurst, the committee's chair, was unimpressed. "⟦d:a|Your company discharged raw sewage for 41,000 hours last year. Which measure rewarded that?⟧" she asked.
"⟦d:b|None of them,⟧" Mr Tessier replied.
"⟦d:a|And yet here we are.⟧"
The Conservative MP Rhodri Vaughan-Price asked whether Tessier would give the bonus back. "⟦d:d|Would you, if you were a customer in Gloucester, think you had earned it?⟧" he asked. The chief executive said he would "⟦p:b|reflect on that⟧".
### 052
@a Paddy Connolly-Reid | director of rugby
@b Semi Radrodro | the Fiji winger
Harlow Saxons have signed the Fiji winger Semi Radrodro on a two-year deal, the club announced on Friday.
"⟦d:a|Semi is one of the most exciting wide players in the world and we're thrilled he has chosen Harlow,⟧" said director of rugby Paddy Connolly-Reid.
Radrodro, 25, joins from the French club Montauban. "⟦d:b|I've watched the Premiership on TV since I was a boy in Nadi. To play in it is a dream,⟧" he said in a statement released by the club.
According to The Rugby Paper, the deal is worth around £300,000 a season.
### 053
@a Ines Halvorsen | the study's lead author
@b Mateo Grünwald | a glaciologist at ETH Zurich who was not involved in the study
Greenland's northeast ice stream has sped up by nearly a fifth in eight years, according to a study published on Wednesday in Nature Geoscience, raising fresh concern about a region long considered one of the ice sheet's most stable.
"⟦d:a|We expected to see acceleration. We did not expect to see it this clearly,⟧" said Ines Halvorsen, a glaciologist at the University of Bergen and the study's lead author.
Mateo Grünwald, a glaciologist at ETH Zurich who was not involved in the study, was more cautious. "⟦d:b|It's a careful paper, but eight years of satellite data is a short window for an ice sheet,⟧" he said. On social media he later added: "⟦d:b|To be clear: I'm not saying it's wrong. I'm saying wait.⟧"
### 054
@a Gary Pellow | the 45-year-old
@b - | a woman in the public gallery
@c Alison Trewin | Judge
@d Lynne Chegwidden | victim
FURNITURE conman Gary Pellow — dubbed the "⟦s:-|Sofa King⟧" — was yesterday found guilty of swindling 230 customers out of £610,000.
The 45-year-old took deposits for corner sofas that never arrived, Truro Crown Court heard. He had told police in interview: "⟦d:a|I'm a businessman, not a thief. Businesses go bust.⟧"
As the verdicts were read, a woman in the public gallery shouted: "⟦d:b|Where's my sofa, Gary?⟧"
Pellow, of Redruth, showed no emotion. Judge Alison Trewin warned him he faced "⟦p:c|a substantial custodial sentence⟧". Sentencing was adjourned until next month.
Outside court, victim Lynne Chegwidden, 67, said: "⟦d:d|I saved for two years for that sofa. I'm still sitting on the old one, and it's got a spring coming through.⟧"
### 055
@a Lyle Fenwick | Mayor
@b Ruth Ann Kowalski | National Weather Service meteorologist
@c Dale Sundquist | owner of a ski shop on Washington Street
MARQUETTE, Mich. (AP) — This Upper Peninsula city has measured 214 inches of snow this winter, breaking a record set in 1997, and there are still six weeks of the season to go.
``⟦d:a|We've stopped shoveling and started tunneling,⟧'' joked Mayor Lyle Fenwick, who said the city had spent its entire snow-removal budget by mid-February.
National Weather Service meteorologist Ruth Ann Kowalski said most of the snow had come from bands coming off Lake Superior. ``⟦d:b|Lake-effect snow is like a fire hose. If you're under it, you get buried, and ten miles away the sun is out,⟧'' she explained.
Not everyone is complaining. As Dale Sundquist, owner of a ski shop on Washington Street, put it: ``⟦d:c|This is the best year I've had since 1996. Keep it coming.⟧''
### 056
@a Agnes Corran | -
@b Maxine Odell | -
@c - | the Guardian's reviewer
@d Siân Prydderch | -
Agnes Corran's revival of "⟦s:-|A Lamp for Mrs Quill⟧", Harriet Voss's long-forgotten 1958 drama about a widow who runs a boarding house in Hastings, has extended its run at the Almeida until March after selling out in nine days.
Corran, 36, found the play in a box of scripts in a second-hand bookshop in Hay-on-Wye. "⟦d:a|I read it standing up in the shop and then I read it again on the train,⟧" she said in an interview. "⟦d:a|I could not understand how nobody had staged it since 1961.⟧"
Critics have been almost unanimous. Maxine Odell, writing in The Metropolitan Review, called it "⟦p:b|the theatrical rediscovery of the decade⟧", while the Guardian's reviewer described the lead performance by Siân Prydderch as "⟦p:c|ferociously funny⟧".
Prydderch herself was more modest. "⟦d:d|Harriet did all the work. I just have to stand in the right place,⟧" she said.
### 057
@a Mick Dunleavy | general secretary of the National Bus Workers' Union
@b Cork Regional Transit | -
CORK — Bus drivers in Cork will walk out for 48 hours from Thursday after talks over pay broke down late on Monday.
"⟦d:a|Our members have been more than patient. They have been taken for granted,⟧" warned Mick Dunleavy, general secretary of the National Bus Workers' Union.
Cork Regional Transit insisted its offer of 4.5 per cent over two years was "⟦p:b|fair and affordable⟧". "⟦d:b|We regret that the union has chosen to disrupt passengers rather than put our offer to a ballot,⟧" the company said.
### 058
@b DeShawn Ridley | the senior
@a Dwayne Pettaway | Coach
Harmon Valley 28, Ridgeview 21 (OT)
Harmon Valley quarterback DeShawn "⟦s:-|Slingshot⟧" Ridley threw for 312 yards and ran in the winning touchdown in overtime as the Wolverines clinched their first district title since 2009 on Friday night.
"⟦d:b|Coach called my number and I wasn't getting stopped. Not tonight,⟧" the senior said afterward, still in his pads. DeShawn Ridley has now thrown for more than 3,000 yards this season.
Coach Dwayne Pettaway, in his third season, said he told his players at halftime, with his team trailing 21-7, to "⟦p:a|play like nobody's watching⟧". "⟦d:a|They've been through a lot, these kids. Two of them lost their houses in the flood last spring,⟧" Pettaway said. "⟦d:a|They earned this one.⟧"
### 059
@b Costas Pelekanos | European Commission spokesman
@a Eirik Vassbotn | Norway's fisheries minister
@c - | one EU diplomat
BRUSSELS (Reuters) - European Commission spokesman Costas Pelekanos on Wednesday accused Norway of "⟦p:b|unilaterally rewriting the rules⟧" for snow crab fishing around Svalbard, escalating a dispute that has simmered for nearly a decade.
Norway's fisheries minister, Eirik Vassbotn, rejected the charge within hours. "⟦d:a|Svalbard's continental shelf is Norwegian. That is not an opinion, it is international law,⟧" Vassbotn told the broadcaster NRK.
Pelekanos, speaking at the Commission's daily briefing, said Brussels was "⟦p:b|considering all options⟧". He did not elaborate.
"⟦d:c|Nobody wants a crab war, but nobody wants to back down either,⟧" one EU diplomat said.
### 060
@a Hugo Marchbank | prosecuting
@b Neil Arkwright | a former director of the recycling firm
Under cross-examination, Hugo Marchbank KC, prosecuting, asked Neil Arkwright why he had deleted 4,000 messages from his phone the night before his arrest.
"⟦d:a|You knew the police were coming, didn't you?⟧"
"⟦d:b|No. I clear my phone every few months,⟧" Arkwright replied.
"⟦d:a|Every few months. And the last time before that?⟧"
"⟦d:b|I don't remember.⟧"
"⟦d:a|Because there wasn't one, was there, Mr Arkwright?⟧"
Arkwright, 39, a former director of the recycling firm at the centre of the alleged £9m VAT fraud, paused for several seconds before answering. "⟦d:b|I don't know what you want me to say,⟧" he said.
The trial continues.
### 061
@a Juliet Marwood | who coordinated one of the largest trials
@b Alan Thursby | who runs a chain of nursing homes in Lincolnshire
@c Federation of Employers | -
@d Rachel Obi | deputy general secretary of the Allied Services Union
Analysis: Why the four-day week keeps coming back
The so-called "⟦s:-|100-80-100⟧" model — full pay for 80 per cent of the time, in exchange for full output — has been trialled by more than 60 British companies since 2022.
"⟦d:a|The results surprised even us. Most firms didn't just keep it, they couldn't imagine going back,⟧" said Juliet Marwood, who coordinated one of the largest trials at the Centre for Working Futures.
Sceptics argue the gains are concentrated in office jobs. "⟦d:b|Try telling a care home that residents only need feeding four days a week,⟧" said Alan Thursby, who runs a chain of nursing homes in Lincolnshire.
Business groups have been similarly cool. The Federation of Employers said in a statement that it would "⟦p:c|resist any attempt to legislate⟧" for a shorter week.
And the unions? "⟦d:d|We want it, but we want it everywhere, not just for people with laptops,⟧" said Rachel Obi, deputy general secretary of the Allied Services Union.
### 062
@a Gemma Lathbury | of Derbyshire Constabulary's rural crime team
@b - | a woman who lives beside the bridge
A 200-year-old stone bridge in Bakewell was daubed with graffiti reading "⟦s:-|WHO PAYS?⟧" overnight on Tuesday, the latest in a string of incidents in the Peak District.
"⟦d:a|We treat heritage crime extremely seriously, and this bridge is part of what makes the town what it is,⟧" said PC Gemma Lathbury, of Derbyshire Constabulary's rural crime team.
A woman who lives beside the bridge said she had heard voices at about 2am. "⟦d:b|I heard someone shout ‘Quick, do the other side,’ and then laughing. I thought it was just lads coming back from the pub,⟧" she said.
### 063
@a Katarzyna Wolańska | Climate Minister
@b Zbigniew Kmiecik | Union leader
WARSAW (AFP) — Thousands of coal miners marched through central Warsaw on Thursday to protest against a government plan to close the country's last hard-coal mines by 2035.
«⟦d:a|No one will be left behind. Every miner will have a job or a pension,⟧» Climate Minister Katarzyna Wolańska told reporters after meeting union leaders.
«⟦d:a|But we cannot pretend that coal has a future in Europe,⟧» the minister added.
Union leader Zbigniew Kmiecik said the talks had been «⟦p:b|a waste of an afternoon⟧». «⟦d:b|She speaks about pensions. We are 40 years old. We want to work,⟧» he said.
Miners carried banners reading «⟦s:-|Silesia is not a museum⟧» and set off flares outside the ministry.
### 064
@f - | a fisherman
@a Wendell Pryor | -
@b Luis Carvajal | a regular
@c Sam | Pryor's son
ASTORIA, Ore. — The sign over the door still says “⟦s:-|Pryor's Video — Be Kind, Rewind⟧”, and inside, under fluorescent lights that hum like a refrigerator, about 9,000 DVDs and 2,000 VHS tapes wait in alphabetical order for somebody to want them.
Somebody usually does. On a wet Tuesday afternoon, a steady trickle of customers comes through: a retired teacher looking for Hitchcock, two teenagers who have never held a videocassette, a fisherman who wants “⟦p:f|anything with submarines⟧”.
Wendell Pryor, 72, has owned the shop since 1986. He has outlasted Blockbuster, mail-order discs and, he says, “⟦p:a|about four landlords and two wives⟧”.
“⟦d:a:m|People think streaming has everything. It doesn't. Half of what's on these shelves you can't get anywhere else, legally or otherwise. Studios lose the rights, the music rights expire, the companies go bust.⟧
“⟦d:a:m|A movie disappears and nobody notices, because nobody's looking for it.⟧
“⟦d:a|I'm looking for it.⟧”
Luis Carvajal, a regular, has been renting two films a week from Pryor since 1994. He is 68, a retired longshoreman, and he and Pryor argue about westerns. “⟦d:b|He thinks John Ford is overrated,⟧” Carvajal said, pointing at the counter. “⟦d:b|He's wrong, and I've told him so every week for thirty years.⟧”
“⟦d:a|I've never said overrated. I said overpraised,⟧” Pryor shot back.
The shop barely breaks even. Pryor's son, Sam, who does the books, said it had lost money in three of the last five years. “⟦d:c|Dad would keep it open if it cost him his house,⟧” he said. “⟦d:c|I've stopped arguing.⟧”
Asked what would happen when he retires, Wendell Pryor laughed. “⟦d:a|Retire to what?⟧” he asked. “⟦d:a|This is the thing I'd do if I retired.⟧”
### 065
@a Karin Dahl-Sørensen | Danish Prime Minister
@b Aino Virtanen | her Finnish counterpart
COPENHAGEN (Reuters) - The leaders of Denmark and Finland agreed on Monday to run joint naval patrols to protect undersea cables in the Baltic Sea, weeks after a data cable between the two countries was severed.
"⟦d:a|The Baltic is not a lake where anyone can do as they please,⟧" Danish Prime Minister Karin Dahl-Sørensen told a joint news conference with her Finnish counterpart, Aino Virtanen. "⟦d:a|We will patrol it together.⟧"
Virtanen said Finland would contribute two vessels and a maritime patrol aircraft. "⟦d:b|We have learned that a cable can be cut by an anchor dragged for 100 kilometres, and that nobody notices until the lights go out,⟧" she said. She continued: "⟦d:b|That will not happen again without a response.⟧"
Asked whether she believed the damage had been deliberate, Dahl-Sørensen declined to speculate. "⟦d:a|The investigation will tell us,⟧" she said.
### 066
@a Randall Greer | Superintendent
@b Bev Lindahl | a parent of two Prairie View students
@c Curtis Anaya | board member
Hill County school board votes to close Prairie View Elementary
HAVRE — In a packed gymnasium Tuesday night, the Hill County school board voted 4-1 to close Prairie View Elementary at the end of the school year, citing falling enrollment and a $1.1 million budget gap.
Superintendent Randall Greer told the crowd of about 250 that it was "⟦p:a|the hardest vote this board has taken in my time here⟧". "⟦d:a|We have 61 children in a building designed for 300. We can't heat it, we can't staff it, and we can't fix the roof,⟧" he said.
"⟦d:-|Then fix the roof!⟧" someone shouted from the bleachers, to applause.
Bev Lindahl, a parent of two Prairie View students, said her children would now face a 40-minute bus ride each way. "⟦d:b|You're asking six-year-olds to spend more than an hour a day on a bus, on those roads, in January,⟧" she told the board. "⟦d:b|Would you put your own kids on it?⟧"
The lone dissenting vote came from board member Curtis Anaya, who said the district had "⟦p:c|not tried hard enough⟧" to find other savings.
"""


def main() -> None:
    build_set(PASSAGES, out=OUT, prefix="fresh4", min_passages=60)


if __name__ == "__main__":
    main()
