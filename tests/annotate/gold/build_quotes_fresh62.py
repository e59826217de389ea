# ruff: noqa: E501
"""Build ``quotes_fresh62.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a day's general
news as it appears across many kinds of outlet (wire copy, broadsheets, tabloids,
local papers, magazines and broadcasters' websites): crime, weather and disasters,
health, business results, sport reports, science, local news, transport strikes,
obituaries, courts in brief and international wire stories.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh62-NNN``.

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
  it (``Volunteer Harold Dunstan, 81, a retired bus driver …``): the appositive is the
  description. A title before the name alone (``Trainer Rosemary Kettle``, ``Head brewer …``,
  ``Network operator TrackLink``) is the description. Judicial and police ranks count
  as such titles (``Recorder``, ``Judge``, ``Lady Justice``, ``Detective Chief
  Inspector``, ``Battalion Chief``); a judge written only with title and surname
  (``Lady Justice Okonjo``) has the surname as the speaker.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 19-year-old``,
  ``the Fijian wing``, ``the dad-of-two``), that description is taken. A definite
  description used elsewhere in the passage but not at a cue (``her point guard``) is
  not.
* An organisation introduced without an appositive and cued by a definite description
  (``the board said``, ``the company said``, ``the brewery wrote``) takes that
  description; an organisation introduced with a title-like phrase before its name
  (``the Swiss-based company Helvion Therapeutics``) takes that phrase. An indefinite
  phrase at the cue of a quote whose speaker the passage then names (``what a leading
  charity described as …``, followed by the charity's name) is the description.
* A non-restrictive relative clause after an appositive or an unnamed source
  (``One senior council officer, who spoke on condition of anonymity …``) is not part
  of the description; a restrictive one is (``a fisherman who joined the rescue``).
  Participles used adverbially (``Sarah Kwan, mitigating``; ``Defending, …``) and ages
  are not descriptions.
* An unnamed collective author (``her family``, ``Jordan’s family``) has a null speaker
  with that phrase as the description.
* A statement read out or passed on by someone else (a victim statement read to the
  court, a widow's statement read by the family's solicitor, a message sent through a
  grandson) belongs to its author.
* Words of an obituary's subject quoted from an earlier interview or speech belong to
  that person.
* A quote embedded in a transcript answer (``A: … I said to Mick …, “Name the day.”``)
  belongs to whoever the answer says uttered it; a quoted phrase in a transcript
  question that the question attributes to someone is a partial quote by that person.
* Datelines, bylines and section headings (``COURTS IN BRIEF``, ``EVENING BULLETIN``)
  are plain text.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh62.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh62.jsonl")

PASSAGES = """
### 001
@a Gareth Pryce-Morgan | the area manager for Wenlow Fire and Rescue
@b Nadia Qureshi | -
@c Meteorological Bureau | The national forecaster
@d Fiona Aldous | Kellerby’s MP
Flash floods swept through the river town of Kellerby on Tuesday after almost a month's rain fell in six hours, forcing more than 400 people from their homes and cutting the main road to the coast, officials said.
Water reached the first floors of houses along Mill Street within forty minutes of the River Brayle bursting its banks, residents said. Two people were taken to hospital with hypothermia and a man in his seventies is missing.
“⟦d:a|We have crews in boats going door to door, and we will keep going through the night,⟧” said Gareth Pryce-Morgan, the area manager for Wenlow Fire and Rescue. “⟦d:a|If you are told to leave, leave. Please do not try to drive through floodwater. It takes less than a foot of it to float a car.⟧”
The national forecaster, the Meteorological Bureau, had issued an amber warning on Monday but upgraded it to red only at 11am on Tuesday, by which time the river was already rising.
Some residents questioned the timing. “⟦d:b|By the time the text came through, the water was at my front step,⟧” said Nadia Qureshi, 41, who runs a launderette on Mill Street. “⟦d:b|Red warning? We could see it was red. We were standing in it.⟧”
The Bureau said in a statement that the storm had “⟦p:c|intensified far faster than any of our models suggested⟧” and that it would review its procedures. “⟦d:c|Our thoughts are with everyone in Kellerby tonight,⟧” the statement added.
Kellerby’s MP, Fiona Aldous, who spent the afternoon at a rest centre in the town’s leisure centre, said residents were angry as well as frightened.
“⟦d:d|This is the third time in five years,⟧” she said. “⟦d:d|People here are not asking for sympathy. They are asking for the flood wall they were promised in 2019.⟧”
Wenlow Police said the search for the missing man would resume at first light.

### 002
@a Liam Doherty | Prosecutor
@b - | one victim
@c Sarah Kwan | -
@d Philippa Strand | Recorder
A serial burglar who targeted elderly homeowners across Dunmore while they slept has been jailed for six years and eight months.
Carl Ashdown, 29, of Fenn Crescent, admitted eleven burglaries committed between March and September last year, Lanford Crown Court heard on Thursday.
Prosecutor Liam Doherty told the court Ashdown had got into homes through unlocked back doors and taken jewellery, cash and, on one occasion, a war medal belonging to a victim's late husband.
"⟦d:a|He chose his victims with care. Every one of them was over seventy-five,⟧" Mr Doherty said.
In a statement read to the court, one victim said: "⟦d:b|I used to leave the back door open for the cat. Now I check it four times before bed and I still don't sleep. He took more than my rings.⟧"
Sarah Kwan, mitigating, said Ashdown had been addicted to heroin at the time and had since completed a drug rehabilitation course in prison. "⟦d:c|He is genuinely ashamed, and he wants the victims to know that,⟧" she said.
Sentencing, Recorder Philippa Strand told Ashdown his offending had been "⟦p:d|cruel and calculated⟧".
"⟦d:d|You went into the bedrooms of people who had every right to feel safe in their own homes,⟧" she said. "⟦d:d|Whatever your difficulties, that is something that will stay with them for the rest of their lives.⟧"
The medal has since been returned to its owner.

### 003
@a Duncan Mabry | Chief executive
@b Oliver Stanhope | Finance director
@c Ritu Bansal | an analyst at Greyfield Securities
@d Harlow & Pike | the country's fourth-largest supermarket chain
Harlow & Pike, the country's fourth-largest supermarket chain, reported a 14 per cent rise in annual pre-tax profit on Wednesday, helped by what its boss called “⟦p:a|a quiet return to the big weekly shop⟧”.
Profit rose to £612m in the year to February, on sales up 4.1 per cent at £18.3bn, ahead of analysts' forecasts. The shares closed 6 per cent higher.
Chief executive Duncan Mabry said shoppers who had switched to discounters during the cost-of-living squeeze were coming back. “⟦d:a|We cut prices on 2,000 lines and held them there. Customers noticed, and they have stayed,⟧” he said on a call with reporters.
Finance director Oliver Stanhope said the group would spend £900m on new stores and refits over the coming year. “⟦d:b|We're not going to hand that money back to the City in a special dividend. We think it is worth more in the stores,⟧” Stanhope said.
Asked whether the chain would follow rivals in cutting jobs at head office, Mabry was blunter. “⟦d:a|No. Not this year.⟧”
Not everyone was convinced. Ritu Bansal, an analyst at Greyfield Securities, said the price cuts had been “⟦p:c|bought, not earned⟧”, funded by squeezing suppliers.
“⟦d:c|The suppliers I speak to are furious. At some point that bill comes due,⟧” she said.
Harlow & Pike said in a statement that it paid “⟦p:d|all of our suppliers fairly and on time⟧”.

### 004
@a Kofi Mensah-Reid | the 19-year-old
@b Stuart Kilbride | Carrick manager
@c Emeka Obi | Bellhaven manager
Kofi Mensah-Reid scored twice on his first league start as Carrick Athletic came from behind to beat Bellhaven United 3-1 and climb out of the relegation zone.
Bellhaven led through a Dario Conti header after 12 minutes, but the 19-year-old levelled before the break with a low shot from the edge of the area and added a second from the penalty spot on the hour. Substitute Lewis Garvie sealed it in stoppage time.
"⟦d:a|I've been waiting for this since I was seven,⟧" Mensah-Reid said. "⟦d:a|My mum was in the stand. I couldn't see her but I knew where she was sitting, so I ran that way.⟧"
Carrick manager Stuart Kilbride said the teenager had earned his chance. "⟦d:b|He's been the best player in training for a month. It would have been daft to leave him out,⟧" he said.
"⟦d:b|We were poor for twenty minutes. After that I thought we were excellent.⟧"
A banner reading "⟦s:-|KILBRIDE OUT⟧" that had hung behind the home dugout for a fortnight was nowhere to be seen.
Bellhaven manager Emeka Obi was left to rue a penalty decision he described as "⟦p:c|soft, very soft⟧".
"⟦d:c|I've looked at it again and there's minimal contact. If that's a penalty we'll have twenty a game,⟧" he said. "⟦d:c|But I'm not going to hide behind it. We didn't deserve anything today.⟧"

### 005
@a Morwenna Treloar | the Cornish folk singer whose recording of “The Drowned Bells” became an unlikely hit in 1971
@b Jago Treloar | Her son
@c Bryn Ellis | Fellow musician
Morwenna Treloar, the Cornish folk singer whose recording of “⟦s:-|The Drowned Bells⟧” became an unlikely hit in 1971, has died aged 84.
Her son, Jago, said she died peacefully at her home in Porthkennack on Sunday, “⟦p:b|with the window open so she could hear the sea⟧”.
Born in 1940 to a tin miner and a schoolteacher, Treloar learned most of her repertoire from her grandmother and was singing in chapel and at harvest suppers by the age of nine. A BBC producer heard her at a festival in Penzance in 1969; two years later her unaccompanied ballad reached number 14 in the singles chart, between a glam-rock anthem and a novelty record about a dancing chicken.
She never much cared for fame, and in later years described the music industry as “⟦p:a|a circus with worse animals⟧”. “⟦d:a|I sang the songs my granny sang me, and some people bought them. I don’t think that makes me anything,⟧” she told an interviewer in 1987.
“⟦d:b|She had no time for being called a legend. She’d say legends were for dead people, and then laugh, because she was getting on a bit herself,⟧” Jago Treloar said.
Fellow musician Bryn Ellis, who toured with her through the 1970s, remembered her power over a room. “⟦d:c|Morwenna could silence a pub in Bradford on a Saturday night. I’ve never seen anyone else do it,⟧” he said.
“⟦d:c|She’d close her eyes and start, and by the second verse the bar staff had stopped pouring.⟧”
Her husband, the fiddler Tomas Rowe, died in 2009. She is survived by Jago and two grandchildren.

### 006
@a Dolores Mackie | Its general secretary
@b Aled Rhys | Northline’s managing director
@c Priyanka Sethi | a nurse on her way to a 12-hour shift
@d Callum | Another passenger
@e - | A Department for Transport spokesperson
Commuters across the north faced a second day of disruption on Monday as a 48-hour strike by train drivers and guards shut down almost all Northline services.
Only 40 of the operator’s usual 1,100 daily trains ran, most of them between Hallam and Castleford, and queues for replacement buses stretched around Hallam Interchange before 7am.
The Transport and Rail Workers’ Union says its members have taken a real-terms pay cut of 9 per cent over three years. Its general secretary, Dolores Mackie, told a rally outside the station that the company had “⟦p:a|walked away from the table⟧” last week.
“⟦d:a|Nobody on that picket line wants to be there. They want to be driving trains,⟧” she said. “⟦d:a|But they are not going to be told that a 2 per cent offer, tied to taking guards off half the network, is the best they’ll ever get.⟧”
Northline’s managing director, Aled Rhys, said the offer was “⟦p:b|fair and affordable⟧” and urged the union to put it to a vote of its members.
“⟦d:b|Let the members decide. If they reject it, fine, we’ll go back and talk. But put it to them,⟧” he said.
At Hallam Interchange, Priyanka Sethi, a nurse on her way to a 12-hour shift, had been waiting for a bus for 50 minutes. “⟦d:c|I support them, honestly. I’m a nurse, I know what it’s like,⟧” she said. “⟦d:c|But I’m going to be late, and someone on my ward is going to be short-staffed because of it.⟧”
Another passenger, who gave only his first name, Callum, was less sympathetic. “⟦d:d|They should try working in a warehouse,⟧” he said.
A Department for Transport spokesperson said: “⟦d:e|This dispute is a matter for Northline and the union, and we urge both sides to get back round the table.⟧”

### 007
@a Aminata Diallo-Konaté | Commission chair
@b Séraphin Nkounkou | Opposition leader
@c Fidèle Okemba | Government spokesman
@d Atlantic Coast Electoral Network | -
@e Didier | a taxi driver in the Ngoubou quarter who declined to give his surname
PORT LAMINE, Kessamba, March 14 (Continental Press) — Kessamba's electoral commission on Friday declared President Hervé Mabiala the winner of last week's presidential election with 58.3 percent of the vote, a result the main opposition candidate immediately rejected as fraudulent.
Commission chair Aminata Diallo-Konaté read out the provisional results on state television shortly after midnight. «⟦d:a|The vote took place in calm and transparency across the whole national territory,⟧» she said, adding that turnout had reached 61 percent.
Opposition leader Séraphin Nkounkou, who was credited with 36.9 percent, told supporters at his party headquarters that the figures had been «⟦p:b|cooked in a back room⟧».
«⟦d:b|Nous ne reconnaîtrons pas ces résultats⟧» («⟦d:b|We will not recognise these results⟧»), Nkounkou told the crowd, which chanted «⟦s:-|Mabiala, dégage⟧» — get out — as he left the stage.
Government spokesman Fidèle Okemba dismissed the allegations. «⟦d:c|The opposition lost, and they lost clearly. The Kessambese people have spoken and the opposition should respect them,⟧» he told reporters.
The Atlantic Coast Electoral Network, which deployed 300 observers, said in a preliminary report that voting had been «⟦p:d|largely peaceful⟧» but noted «⟦p:d|serious irregularities⟧» in the tallying of votes in three northern provinces.
In the capital, the mood was subdued. «⟦d:e|Every five years it is the same film,⟧» said Didier, a taxi driver in the Ngoubou quarter who declined to give his surname. «⟦d:e|We know the ending before it starts.⟧»

### 008
@a Halima Yusuf | president of the College of Emergency Medicine
@b Gwen Harker | -
@c Wessmere Health Board | the board
@d Tobias Wren | Health minister
@e Ravi Menon | his opposition counterpart
Nearly one in five patients arriving at emergency departments run by Wessmere Health Board last month waited more than 12 hours to be admitted, transferred or sent home, figures published on Thursday show.
The board's monthly performance report recorded 4,812 such waits in October, the highest figure since records began in 2011 and more than double the total for the same month last year.
Dr Halima Yusuf, president of the College of Emergency Medicine, said the numbers "⟦p:a|should shame anyone who sees them⟧".
"⟦d:a|Behind every one of those figures is a person, very often an older person, lying on a trolley in a corridor, sometimes for two days,⟧" she said. "⟦d:a|We know that long waits kill. This is not a winter crisis any more. It is every month.⟧"
Gwen Harker, 52, said her father, who is 86, spent 31 hours on a trolley at Ashcombe General after a fall in September. "⟦d:b|The staff were wonderful. They kept apologising to him. But there were no beds, and he was there in his pyjamas in a corridor with people walking past all night,⟧" she said.
The board said in a statement that demand had risen "⟦p:c|sharply and persistently⟧" and that 140 extra beds would open before Christmas. "⟦d:c|We are sorry that some patients are waiting far longer than they should,⟧" it said.
Health minister Tobias Wren told the regional assembly that the government had "⟦p:d|put record funding into the system⟧". Ravi Menon, his opposition counterpart, replied: "⟦d:e|Record funding, record waits. At some point the minister has to ask himself why.⟧"

### 009
@a Lucía Ferreyra | the study’s lead author
@b Anjali Rao-Whitcombe | Her co-author
@c Martin Oduya | a herpetologist at the University of Calder who was not involved in the research
A frog no bigger than a fingernail, which spends its entire life inside the water-filled leaves of a single species of bromeliad, has been described for the first time by scientists working in the cloud forests of the Serranía de Tavaro.
The species, named Pristimantis susurrans — “⟦s:-|the whispering frog⟧” — for its unusually quiet, high-pitched call, is described in a paper published on Wednesday in the Journal of Neotropical Herpetology.
“⟦d:a|We heard it for two seasons before we ever saw it,⟧” said Dr Lucía Ferreyra of the Universidad de Alto Tavaro, the study’s lead author. “⟦d:a|You’d be standing right next to the plant and the sound seemed to come from everywhere.⟧”
Her co-author, Dr Anjali Rao-Whitcombe of the Hollings Institute, said the team eventually found the frogs by shining torches through the leaves at night. “⟦d:b|They’re translucent when they’re young. You can see their hearts beating,⟧” she said.
The frog lays up to four eggs at a time, which hatch directly into tiny froglets without a tadpole stage. Its entire known range covers less than 12 square kilometres, much of it outside any protected area.
“⟦d:b|It would be a terrible irony to describe a species and lose it in the same decade,⟧” Rao-Whitcombe said.
Prof Martin Oduya, a herpetologist at the University of Calder who was not involved in the research, called the paper “⟦p:c|meticulous⟧”. “⟦d:c|There are almost certainly dozens more of these out there, in places nobody has had the money to look,⟧” he said.
Ferreyra said the team had applied to have the forest declared a reserve. “⟦d:a|We have done our part,⟧” she said. “⟦d:a|Now it’s up to the regional government.⟧”

### 010
@a Derek Olowe | Presiding magistrate
@b Imran Shah | Her solicitor
@c Graham Petch | -
@d Sally Ngata | The chairman of the bench
@e Bethan Lowry | the council's cabinet member for the environment
COURTS IN BRIEF
A van driver who was caught doing 94mph on the A614 with his two-year-old son in the back has been banned from driving for a year. Marcus Tilney, 36, of Brook Lane, Havering St Giles, pleaded guilty at Northwold Magistrates' Court. Presiding magistrate Derek Olowe told him: "⟦d:a|You are lucky you are not here for something far worse.⟧" Tilney was also fined £850.
A woman who stole £1,200 of perfume from a Northwold department store over three visits was given a 12-month community order. Chantelle Briggs, 24, of Orchard Way, had no previous convictions. Her solicitor, Imran Shah, said she had been "⟦p:b|in a very bad place⟧" after losing her job and her flat in the same month.
A 71-year-old man who grew cannabis in his greenhouse to ease his arthritis was given a conditional discharge. Graham Petch, of Mill Row, Fensby, told magistrates: "⟦d:c|I'm not a drug dealer. I'm a pensioner with bad knees.⟧"
The chairman of the bench, Sally Ngata, said: "⟦d:d|We accept that, Mr Petch, but the law is the law, and you had eleven plants.⟧"
A man who dumped 40 bags of builders' rubble in a country lane at Fensby has been ordered to pay £2,340 in fines and costs after being prosecuted by Northwold District Council. Councillor Bethan Lowry, the council's cabinet member for the environment, said: "⟦d:e|Fly-tipping is not a victimless crime. Our council tax payers foot the bill for every bag that ends up in a hedge.⟧"

### 011
@a Oisín Carragher | a senior forecaster at the centre
@b Femi Adeyemi | a consultant in emergency medicine at St Aldric's Hospital in Marlow Cross
@c Hettie Bramall | -
@d Marco Bellini | ice-cream seller
Temperatures are expected to reach 38C in parts of the south-east on Saturday, which would make it the hottest day ever recorded in the country, forecasters said on Thursday.
The National Weather Centre has issued its first ever ``⟦s:-|extreme heat⟧'' warning, covering an area from the coast to the Midlands, and said the hot spell could last until at least Tuesday.
``⟦d:a|We are in genuinely uncharted territory,⟧'' said Oisín Carragher, a senior forecaster at the centre. ``⟦d:a|The air mass sitting over the continent right now is something we would once have expected to see perhaps once in several hundred years.⟧''
Hospitals have been told to prepare for a rise in admissions. Dr Femi Adeyemi, a consultant in emergency medicine at St Aldric's Hospital in Marlow Cross, said older people and those with heart conditions were most at risk.
``⟦d:b|Keep the curtains closed, drink water before you feel thirsty, and check on your neighbours. That last one saves more lives than anything we do in A&E,⟧'' he said.
For farmers, the heat comes on top of the driest spring in 60 years. Hettie Bramall, who grows wheat and barley on 400 acres near Stotfield, said some of her crops were already ``⟦p:c|past saving⟧''.
``⟦d:c|You walk out into the field and it crackles,⟧'' she said. ``⟦d:c|My father farmed this land for fifty years and he never saw anything like it. Neither have I.⟧''
Not everyone is unhappy. At Ashby Sands, ice-cream seller Marco Bellini said he had sold out by noon on Wednesday. ``⟦d:d|Best week since 1995,⟧'' he said. ``⟦d:d|Ask me again when the generator breaks.⟧''

### 012
@a Rachel Munroe | Detective Chief Inspector
@b - | Jordan’s family
@c - | A woman who works in a nearby shop and asked not to be named
Detectives investigating the fatal stabbing of a 17-year-old boy outside a fast-food restaurant in Eastfield have appealed for witnesses who may have filmed the attack on their phones.
Jordan Afolabi was found with stab wounds on Harrow Parade shortly before 10.30pm on Friday. He was treated by paramedics at the scene but died in hospital in the early hours of Saturday.
Two boys, aged 15 and 16, have been arrested on suspicion of murder and remain in custody.
Detective Chief Inspector Rachel Munroe, who is leading the investigation, said a large group of young people had been in the area at the time. “⟦d:a|Somebody knows what happened to Jordan. Several people, I think, filmed at least part of it,⟧” she said.
“⟦d:a|I would say to them: that footage is not content. It is evidence, and a family has lost their son. Please bring it to us.⟧”
In a statement released through police, Jordan’s family described him as “⟦p:b|a funny, gentle boy who wanted to be a physiotherapist⟧”.
“⟦d:b|He was the youngest of four and the whole family revolved around him. We cannot understand how a night out for chips ends like this,⟧” the statement said.
A woman who works in a nearby shop and asked not to be named said she heard shouting and then screaming. “⟦d:c|It was over in seconds. By the time I got to the door there were kids running in every direction,⟧” she said.

### 013
@a Dave Pike | the dad-of-two
@b Sharon | wife
@c Pauline Ebbs | Neighbour
@d - | A spokeswoman for Lotto operator Fortuna Games
A BINMAN who has emptied the same bins for 22 years is vowing to carry on — despite scooping £7.4MILLION on the lottery.
Dave Pike, 54, and wife Sharon, 51, matched all six numbers in Saturday's draw using the birthdays of their three grandkids.
But the dad-of-two insists he will be back on his round in Cobley Heath on Monday morning.
"⟦d:a|The lads would never let me hear the end of it if I packed it in,⟧" Dave told us last night. "⟦d:a|Anyway, what am I going to do, sit in the garden all day? I'd go mad.⟧"
Sharon had other ideas. "⟦d:b|He can do what he likes. I'm going to Lanzarote and I'm not coming back till March,⟧" she laughed.
The couple only realised they had won when Sharon checked the ticket on her phone at 2am on Sunday.
"⟦d:b|I screamed that loud the dog hid under the bed,⟧" she said. "⟦d:b|Dave slept through the whole thing. I had to hit him with a pillow.⟧"
Neighbour Pauline Ebbs, 68, said the pair were "⟦p:c|the salt of the earth⟧". "⟦d:c|If anyone deserves it, they do. Dave still puts my bin back for me every week,⟧" she said.
A spokeswoman for Lotto operator Fortuna Games said: "⟦d:d|We're delighted for Dave and Sharon and we'll help them get advice on the next steps. We can't help with the bin round, though!⟧"

### 014
@a Shirin Moradpour | -
@b - | One rescuer
@c Dariush Kamali | Provincial governor
@d Ingrid Solheim | The UN’s humanitarian coordinator for the region
A powerful earthquake struck the mountainous north of Tarsania early on Monday, killing at least 212 people and leaving thousands without shelter as overnight temperatures fell below freezing.
The magnitude 6.8 quake hit at 04:12 local time, about 30km south-west of the provincial capital, Varzeh, according to the national seismological institute. Dozens of aftershocks followed throughout the day.
In the village of Kalehdar, which was almost entirely destroyed, Shirin Moradpour, 63, sat beside the rubble of the house where she had lived for forty years. Speaking through an interpreter, she described being woken by the noise.
“⟦d:a|I heard the walls before I felt anything. A sound like a train,⟧” she said. “⟦d:a|My son pulled me out through the window. My neighbours, the whole family, are still under there.⟧”
Asked what she needed most, she answered with one word: “⟦d:a|Blankets.⟧”
Rescue teams have struggled to reach remote villages after landslides blocked the main mountain road. One rescuer, speaking by phone from the road, said teams were digging with their hands. “⟦d:b|We need heavy machines. We have shovels and we have our hands,⟧” he said.
Provincial governor Dariush Kamali said the death toll was likely to rise. “⟦d:c|Many villages we have not yet reached. I will not pretend the number will stop here,⟧” he told state television.
The UN’s humanitarian coordinator for the region, Ingrid Solheim, said the agency was flying in tents and blankets from a depot in the capital. “⟦d:d|The next 72 hours are critical, and the cold is now as dangerous as the earthquake itself,⟧” she said.

### 015
@a Nathaniel Osei | the cabinet member for transport
@b Peter Hanlon | leader of the opposition group
@c Asha Varsani | -
Plans for a segregated cycle lane along Hollin Road were approved by Brackley Borough Council on Tuesday night after a three-hour meeting in which councillors were repeatedly heckled from the public gallery.
Around 80 people packed into the council chamber, some holding placards reading "⟦s:-|Save Our Parking⟧" and others "⟦s:-|Safe Streets Now⟧".
The scheme, which will remove 112 parking spaces and cost £3.1m, was passed by 23 votes to 17.
Cllr Nathaniel Osei, the cabinet member for transport, told the meeting the lane would make the road safe for children cycling to the three schools along its length. "⟦d:a|Two children have been hit on this road in the last eighteen months. I'm not waiting for a third,⟧" he said.
"⟦d:-|What about the shops?⟧" someone shouted from the gallery.
"⟦d:a|I'll come to the shops,⟧" Cllr Osei replied.
Cllr Peter Hanlon, leader of the opposition group, said traders on Hollin Road had not been properly consulted. "⟦d:b|These are small family businesses. Some of them have been there forty years. The council has treated them as an afterthought,⟧" he said.
Outside, Asha Varsani, who runs Varsani Hardware, said she feared for her business. "⟦d:c|Half my customers are builders. They are not going to carry bags of cement from a car park half a mile away,⟧" she said.
The council said work would begin in the spring.

### 016
@a Mireille Santos-Aubert | The 22-year-old Portuguese-French player
@b Katarina Vuković | the second seed
@c - | One reporter
Mireille Santos-Aubert said she had “⟦p:a|no idea⟧” how she had won after saving four match points to beat the second seed, Katarina Vuković, 3-6 7-6 (9-7) 7-5 in the third round at Harwood Park.
The 22-year-old Portuguese-French player, ranked 47th in the world, was two points from defeat at 5-4 down in the third set but won twelve of the last fourteen points.
“⟦d:a|Honestly, at 5-4 I was already thinking about my flight home,⟧” she said. “⟦d:a|Then she missed an easy forehand and I thought, OK, maybe she is nervous too.⟧”
Asked whether it was the best win of her career, she laughed. “⟦d:a|Yes! By a lot. Ask me tomorrow if I can walk.⟧”
Vuković, who had treatment on her right shoulder late in the second set, refused to blame the injury.
“⟦d:b|It was sore, but I was able to play. She was better in the important moments, that's all,⟧” the Croatian said.
One reporter asked: “⟦d:c|Will you be fit for the grass season?⟧”
“⟦d:b|I hope so. I will have a scan tomorrow and then we see,⟧” she replied.

### 017
@a Friederike Hallgarten | Alpenluft chief executive
@b Joost van der Berghe | Her NordAir counterpart
@c Henrike Olsson | a partner at the law firm Strandberg & Wilde
@d Pilotenbund Nord | The pilots' union
BRENSTADT, 3 June — Alpenluft and the Dutch-based carrier NordAir agreed on Tuesday to combine in a €4.2bn deal that would create Europe's fourth-largest airline group, subject to approval by competition authorities.
Under the terms of the deal, Alpenluft shareholders will own 54 percent of the combined company, which will keep both brands and be headquartered in Brenstadt.
«⟦d:a|This is a merger of two strong, profitable airlines, not a rescue,⟧» Alpenluft chief executive Friederike Hallgarten told a press conference. «⟦d:a|Together we can compete with the big three on long-haul routes, which neither of us could do alone.⟧»
Asked whether fares would rise, she said: «⟦d:a|No. Competition in Europe is fierce, and it will stay fierce.⟧»
Her NordAir counterpart, Joost van der Berghe, said there would be «⟦p:b|no forced redundancies⟧» among the 31,000 staff of the two airlines for at least three years.
Competition lawyers said approval was far from guaranteed. «⟦d:c|They overlap heavily on routes between the Benelux and the Alps. Brussels will want slots given up, possibly a lot of them,⟧» said Henrike Olsson, a partner at the law firm Strandberg & Wilde.
The pilots' union Pilotenbund Nord said it would «⟦p:d|study the details carefully⟧» but warned it would oppose «⟦p:d|any attempt to move flying to cheaper subsidiaries⟧».

### 018
@a Kwame Asante | director of public health for Tamworth Vale
@b Lorna Beattie | -
@c Olufunke Adeyinka | Its headteacher
Health officials have urged parents to check their children’s vaccination records after 38 cases of measles were confirmed in the Tamworth Vale area in three weeks, most of them in children under ten.
Eleven children have been admitted to hospital, two of them to intensive care, according to the regional public health agency.
“⟦d:a|Measles is not a mild illness. It is one of the most infectious diseases we know of, and it can cause pneumonia, swelling of the brain and, rarely, death,⟧” said Dr Kwame Asante, director of public health for Tamworth Vale.
“⟦d:a|The single most important thing any parent can do this week is to check that their child has had two doses of the MMR vaccine. If they haven’t, it is not too late.⟧”
Uptake of the second dose in the area has fallen to 79 per cent, well below the 95 per cent needed to stop the disease spreading.
Lorna Beattie’s six-year-old daughter, Isla, spent four days in Tamworth General last week. “⟦d:b|I thought it was a cold. Then the rash came and she stopped eating and drinking,⟧” Ms Beattie said. “⟦d:b|I’d put off her second jab because of work, honestly. I’ll never forgive myself for that.⟧”
Extra vaccination clinics will be held at Brindley Primary School, where six of the cases have been identified. Its headteacher, Olufunke Adeyinka, wrote to parents on Monday: “⟦d:c|Please, please take up this offer. It takes ten minutes and it will protect your child and their classmates.⟧”

### 019
@a Aeronav | the company
@b Tomasz Nowicki | -
@c Owen Prichard | a retired engineer travelling to Malaga
@d - | A spokesman
@e Helena Marsh | Transport Secretary
Hundreds of flights were cancelled or delayed on Saturday after a technical fault at the national air traffic control centre forced controllers to process flight plans by hand for more than five hours.
Aeronav, which runs air traffic services, said the problem had been caused by "⟦p:a|a fault in the system that automatically processes flight plan data⟧" and that there was no evidence of a cyber-attack.
"⟦d:a|Our engineers identified and fixed the issue, and systems are now running normally. We apologise to everyone whose journey has been affected,⟧" the company said.
At Kingsmere Airport, the departures hall was packed by mid-morning. Tomasz Nowicki, 38, was due to fly to Gdansk with his wife and two children for his mother's 70th birthday. "⟦d:b|We have been here since six. Nobody tells us anything. The screen just says 'delayed', 'delayed', 'delayed',⟧" he said.
Nearby, Owen Prichard, a retired engineer travelling to Malaga, was more philosophical. "⟦d:c|It's a computer. They break. I'd rather they stopped everything than guessed,⟧" he said.
Kingsmere Airport told passengers to contact their airlines before travelling. A spokesman added: "⟦d:d|We expect disruption to continue into Sunday, as aircraft and crews are out of position.⟧"
Transport Secretary Helena Marsh said she had asked for "⟦p:e|a full explanation⟧" of what had gone wrong "⟦p:e|as a matter of urgency⟧".

### 020
@a Adaeze Nwankwo-Hart | the chemist whose work on low-cost water filters is thought to have prevented millions of cases of cholera
@b Samuel Achterberg | Her former student
@c Chioma Hart | Her daughter
Professor Adaeze Nwankwo-Hart, the chemist whose work on low-cost water filters is thought to have prevented millions of cases of cholera, has died at the age of 91.
Born in the river town of Ezeala in 1933, she won a scholarship to study chemistry at the University of Calder in 1954, one of only three women in her year. She returned home after her doctorate and spent two decades teaching in secondary schools before the work that made her name.
Her best-known invention, a ceramic pot filter made from local clay and sawdust, was nicknamed ``⟦s:-|the Nwankwo pot⟧'' by the aid workers who distributed it in more than forty countries.
``⟦d:a|I am not a clever woman. I am a stubborn one,⟧'' she said when she was awarded the Ostberg Prize in 1998. ``⟦d:a|Clever people give up when the answer is obvious and nobody will pay for it.⟧''
Her former student, Professor Samuel Achterberg, said she had been ``⟦p:b|terrifying and wonderful in roughly equal measure⟧''.
``⟦d:b|She would take your thesis home and bring it back covered in red ink. Then she would cook you dinner,⟧'' he said.
Her daughter, Chioma Hart, said her mother had worked ``⟦p:c|until the week before she died⟧'', answering emails from engineers in six countries.
``⟦d:c|She never retired. She just stopped going into the office,⟧'' she said.
She is survived by her daughter and three grandsons. Her husband, the historian Gerald Hart, died in 2011.

### 021
@a Anita Basu | Judge
@b Marcus Oyelaran | -
@c Maeve Dunleavy | the hospice’s chief executive
A former finance director who stole £2.3m from a children’s hospice charity to fund a lifestyle of racehorses and holidays in the Maldives has been jailed for seven years.
Graham Cresswell, 58, siphoned money from Brightwater Hospice over nine years by creating invoices from suppliers that did not exist, Merrowby Crown Court heard.
Passing sentence, Judge Anita Basu said Cresswell had committed “⟦p:a|a gross breach of trust⟧” against an organisation that depended on the generosity of ordinary people.
“⟦d:a:m|Every pound you took was given by someone who believed it would help a dying child or that child’s family. People ran marathons. Children emptied their piggy banks.⟧
“⟦d:a:m|You spent it on horses that did not win and on holidays your colleagues could only dream of, while the hospice cut back its night nursing service.⟧
“⟦d:a|I have read the references from your friends at the golf club. They do not help you.⟧”
Cresswell, of The Paddocks, Lower Wendham, showed no emotion as he was led to the cells.
Defending, Marcus Oyelaran KC had told the court his client was “⟦p:b|a broken man⟧” who had lost his marriage and his home.
Outside court, the hospice’s chief executive, Maeve Dunleavy, said staff felt “⟦p:c|sick and betrayed⟧”. “⟦d:c|We trusted him completely. The best thing we can do now is get on with the job, which is caring for families,⟧” she said.

### 022
@a Yusuf Karaca | mission manager
@b Sofia Lindqvist-Amar | Lead engineer
@c Rahel Tesfaye | a planetary scientist at the Calder Observatory who is not involved in the mission
A probe built largely by students has sent back its first pictures from orbit around the Moon, nine days after launching from the Korvall Space Centre.
The 40kg spacecraft, called Lodestar, is the first lunar mission of the European University Space Consortium, a group of 14 universities. It cost about €19m, a fraction of the price of a conventional lunar mission.
"⟦d:a|When the first image came down there was silence for maybe five seconds, and then everybody screamed,⟧" said mission manager Dr Yusuf Karaca, of the Technical University of Haldenberg. "⟦d:a|Half the team weren't born when I started working on this.⟧"
Lead engineer Sofia Lindqvist-Amar, 27, said the team had lost contact with the probe for 14 hours on its fourth day in space. "⟦d:b|That was the worst night of my life. We didn't know if it was dead or just sulking,⟧" she said. "⟦d:b|It turned out to be a software reset. We'd actually planned for it, we just hadn't expected it to happen so early.⟧"
Dr Rahel Tesfaye, a planetary scientist at the Calder Observatory who is not involved in the mission, said it showed "⟦p:c|what can be done on a shoestring⟧".
"⟦d:c|Ten years ago you needed a national space agency to get to the Moon. Now you need a good university and a lot of very patient students,⟧" she said.

### 023
@a Yasir Chaudhry | -
@b Danny Sewell | the wicketkeeper
@c Ollie Featherstone | Harnshire captain
@d Graeme Lusk | Harnshire’s director of cricket
Yasir Chaudhry’s unbeaten 142 carried Wexcombe to a four-wicket victory over Harnshire with eleven balls to spare at Brookfield Road, their first win of the championship season.
Set 311 to win on a wearing fourth-day pitch, Wexcombe were in trouble at 97 for four when Chaudhry was joined by the wicketkeeper, Danny Sewell. The pair added 163 for the fifth wicket, and although Sewell fell with 51 still needed, the tail held firm.
“⟦d:a|The ball was doing a bit in the morning and I just told myself to get through to lunch,⟧” Chaudhry said. “⟦d:a|After that it got easier. Danny kept telling me jokes between overs. Terrible jokes.⟧”
Sewell, who made 71, denied it. “⟦d:b|They were good jokes. He just didn’t get them,⟧” the wicketkeeper said.
Harnshire captain Ollie Featherstone admitted his side had missed chances, including dropping Chaudhry on 38 at second slip. “⟦d:c|You can’t give a player of his class a second life. We did, and he made us pay,⟧” he said.
Harnshire’s director of cricket, Graeme Lusk, was less diplomatic. Asked about the pitch, which both sides had criticised on the first day, he said: “⟦d:d|It was a road for two days and a minefield for two. I’ll leave it at that.⟧”

### 024
@a Hendra Wibisono | head of search and rescue operations at the agency
@b Nurul Hidayah | Survivor
@c Bambang Suryoputro | Provincial governor
@d - | one fisherman who joined the rescue
At least 47 people died and dozens more were missing after an overloaded passenger ferry capsized in heavy seas off the island of Palu Serang late on Sunday, the Maritime Safety Agency said.
The MV Sri Kemala was carrying about 230 people, nearly twice its licensed capacity, when it overturned roughly 4km from the port of Tanjung Raya, officials said. Rescuers had pulled 131 survivors from the water by Monday afternoon.
«⟦d:a|The waves were three to four metres high. The ship should never have left port,⟧» said Captain Hendra Wibisono, head of search and rescue operations at the agency. «⟦d:a|We are continuing to search through the night, but I have to be honest, the chances are getting smaller.⟧»
Survivor Nurul Hidayah, 34, said she had held on to a floating cooler box for almost three hours. «⟦d:b|People were shouting for their children in the dark. I could hear them but I couldn't see anyone,⟧» she told reporters at the hospital in Tanjung Raya.
Fishing boats from nearby villages joined the search at first light. «⟦d:d|We took fourteen people in my boat. It is a small boat,⟧» said one fisherman who joined the rescue.
Provincial governor Bambang Suryoputro said the ferry's operator would be investigated. «⟦d:c|If there was negligence, there will be consequences. The families deserve that,⟧» he said.
The ship's owner, PT Kemala Bahari Lines, could not be reached for comment.

### 025
@a Ruth Callaghan | Headteacher
@b Joanne Whitby | Parent
@c Alfie | Her son
@d - | a spokesperson
Parents have launched a campaign to save a village primary school that could close next summer because it has only 31 pupils.
Fernleigh Church of England Primary, which has served the village of Fernleigh since 1874, is one of four small rural schools that Eastmoor County Council has proposed merging into a new school in Ashby Magna, six miles away.
Headteacher Ruth Callaghan said she understood the financial pressures but believed the school was "⟦p:a|the heart of this village⟧".
"⟦d:a|If it goes, the shop will go next, and then families with young children will stop moving here. I've seen it happen in other villages,⟧" she said.
Parent Joanne Whitby, whose two sons attend the school, has collected more than 1,400 signatures on a petition. "⟦d:b|Six miles doesn't sound a lot until you're doing it twice a day on a single-track road in January,⟧" she said.
Her son Alfie, nine, put it more simply. "⟦d:c|It's the best school in the world and it's got a pond,⟧" he said.
The county council said no decision had been made. "⟦d:d|We are listening carefully to all views, and we will publish a full response to the consultation in the new year,⟧" a spokesperson said.

### 026
@a Bronwen Lloyd-Pearce | the council’s chief executive
@b - | One senior council officer
@c Cheng Wei-Lin | a lecturer in cyber security at Marsden University
@d Doreen Maguire | -
A cyber-attack has knocked out most of Harbury City Council’s computer systems for a fifth day, leaving residents unable to pay council tax, report missed bin collections or apply for housing benefit online.
The council confirmed on Friday that it had been hit by ransomware and that criminals had demanded payment in cryptocurrency to unlock its files. It said it would not pay.
“⟦d:a|We are working around the clock with national cyber security specialists to restore services safely,⟧” the council’s chief executive, Bronwen Lloyd-Pearce, said in a statement. “⟦d:a|I know how frustrating this is for residents, and I am sorry.⟧”
One senior council officer, who spoke on condition of anonymity because they were not authorised to speak publicly, said it could be “⟦p:b|weeks, not days⟧” before all systems were working again.
“⟦d:b|The backups were there, but some of them were reachable from the main network. That was a mistake, and we knew it was a risk,⟧” the officer said.
Dr Cheng Wei-Lin, a lecturer in cyber security at Marsden University, said local authorities were attractive targets. “⟦d:c|They hold a huge amount of personal data, their IT budgets have been cut to the bone, and they can’t simply stop operating. For a criminal gang, that’s a very appealing combination,⟧” he said.
Residents have been told to phone or visit the council’s offices about urgent matters. At the Civic Centre on Friday, Doreen Maguire, 79, had queued for an hour to report a broken stairlift in her council flat. “⟦d:d|They’ve got one man with a notepad. Bless him, he’s doing his best,⟧” she said.

### 027
@a Dev Malhotra | chief executive
@b - | One engineer who was laid off and asked not to be named
@c Lauren Baptiste | an analyst at Kettering Partners
Quillion, the Marisco Bay-based software company, said on Wednesday it would cut about 1,800 jobs, or 12 percent of its workforce, as it shifts spending toward artificial intelligence.
In a memo to staff that was later posted on the company's blog, chief executive Dev Malhotra called the decision "⟦p:a|the hardest I have made in eleven years of running this company⟧".
"⟦d:a|I want to be clear that this is not a reflection on the work of the people who are leaving. It is a reflection of where I believe the industry is going, and of mistakes I made in hiring too fast in 2021,⟧" he wrote.
Affected employees in the United States will receive 16 weeks of severance pay, according to the memo.
One engineer who was laid off and asked not to be named said she learned she had lost her job when her laptop stopped working. She is still negotiating her severance.
"⟦d:b|I was halfway through a code review. The screen just went black, and then there was a calendar invite for fifteen minutes later,⟧" she said. "⟦d:b|Eleven years, fifteen minutes.⟧"
Quillion shares rose 4 percent in afternoon trading. "⟦d:c|Investors like cost cuts, and they like the letters AI even more,⟧" said Lauren Baptiste, an analyst at Kettering Partners. "⟦d:c|Whether this actually makes Quillion a better business is a question for 2027.⟧"

### 028
@a Mehmet Yıldız | Lorry driver
@b Iwan Pritchard | The farmer
@c Catriona Bell | its operations director
@d Carnmoor Police | -
Hundreds of drivers were stranded overnight on the A58 across Carnmoor after heavy snow brought the road to a standstill, with some vehicles stuck for more than 14 hours.
Up to 30cm of snow fell on higher ground on Wednesday evening, and the National Weather Centre has extended its amber warning for snow and ice until midday on Friday.
Lorry driver Mehmet Yıldız said he had been stuck near the summit since 7pm. “⟦d:a|I had half a sandwich and a flask of tea. A farmer came along the queue at about midnight with a tractor and a big pot of soup. That man is a hero,⟧” he said.
The farmer, Iwan Pritchard, said he had only done what anyone would have done. “⟦d:b|They were sat there with their engines off to save fuel, kids in the back in their coats. What was I going to do, watch telly?⟧”
Roads authority Highways North said it had had 18 gritters on the route but that they had become stuck behind jackknifed lorries.
“⟦d:c|Once a couple of HGVs lose traction on the incline, there is very little anyone can do until we can get recovery vehicles to them,⟧” said its operations director, Catriona Bell.
Police have told people not to travel in the area unless it is essential. “⟦d:d|If you don’t need to be on the roads tonight, please don’t,⟧” Carnmoor Police posted on social media.

### 029
@a Almaz Wolde | The 26-year-old Ethiopian
@b Hiwot Desta | her training partner
@c Joseph Kiprono | -
@d Siobhán Keogh | race director
Almaz Wolde broke the course record by more than a minute to win the Castlebridge Marathon on Sunday, finishing in 2hr 18min 41sec on a cool, still morning that the race director called "⟦p:d|as close to perfect as we ever get⟧".
The 26-year-old Ethiopian pulled away from her training partner, Hiwot Desta, after 35km and crossed the line on Riverside Avenue alone.
Speaking through an interpreter, Wolde said she had not expected the record. "⟦d:a|At 30 kilometres my legs were very tired. I was thinking only of the finish, not the clock,⟧" she said. "⟦d:a|When I saw the time, I thought the clock was broken.⟧"
Desta, who finished second in 2:19:55, said she had no regrets. "⟦d:b|She is my friend and my sister. Today she was stronger. Next time, we will see,⟧" she said, smiling.
In the men's race, Joseph Kiprono of Kenya won a sprint finish on the final straight, beating Daniel Mekonnen by two seconds. "⟦d:c|I did not see him until the last 100 metres. Then I saw him, and I ran,⟧" Kiprono said.
Race director Siobhán Keogh said a record 38,400 runners had finished. "⟦d:d|Every one of them is a winner today. Even the man dressed as a fridge, who I believe finished in a little under six hours,⟧" she said.

### 030
@a Ngozi Eze-Lambert | a neurologist at the Rosewood Institute who led the national arm of the trial
@b Colin Ferris | a former PE teacher who was diagnosed two years ago
@c Helvion Therapeutics | the Swiss-based company
@d Tariq Hussain | its chief executive
@e Motor Neurone Disease Alliance | a leading charity
A drug that slows the progression of motor neurone disease has been approved for use in the country for the first time, in what a leading charity described as “⟦p:e|a genuine turning point⟧” for patients.
The Medicines Regulatory Authority on Tuesday granted a licence for tavoneristat, made by the Swiss-based company Helvion Therapeutics, for adults with a particular inherited form of the disease.
In trials, the drug slowed the loss of muscle function by about 40 per cent over 18 months compared with a placebo.
“⟦d:a|This is not a cure, and it is important that nobody hears it as one,⟧” said Professor Ngozi Eze-Lambert, a neurologist at the Rosewood Institute who led the national arm of the trial. “⟦d:a|But for the first time I can sit in front of a family and say there is something we can do to slow this down.⟧”
Colin Ferris, 47, a former PE teacher who was diagnosed two years ago, took part in the trial. “⟦d:b|I can still hold a cup of tea. Two years ago they told me I wouldn’t be able to by now,⟧” he said.
Helvion has not disclosed the price of the drug. “⟦d:c|We are in discussions with the health service, and we are committed to making it available to every eligible patient,⟧” the company said.
The Motor Neurone Disease Alliance, which campaigned for the drug to be fast-tracked, said in a statement that it must now reach patients “⟦p:e|in weeks, not years⟧”.
“⟦d:d|Every month of delay is a month of function that patients will never get back,⟧” its chief executive, Tariq Hussain, said.

### 031
@a Helen Marchetti | Area coroner
@b Kevin Rowntree | The lorry driver
@c Farah | Mr Siddiqui's wife
@d Walsworth Council | -
A cyclist who died after being hit by a lorry at a notorious junction in Walsworth was killed because the driver could not see him in his blind spot, an inquest has concluded.
Ahmed Siddiqui, 31, a software developer and father of one, was struck at the junction of Canal Street and Tollgate Road on the morning of 12 March as the lorry turned left.
Area coroner Dr Helen Marchetti recorded a conclusion of road traffic collision. She said she would write to Walsworth Council to raise concerns about the junction, where two other cyclists have been seriously injured since 2020.
"⟦d:a|I am concerned that without action there is a risk of further deaths at this location,⟧" she said.
The lorry driver, Kevin Rowntree, told the inquest he had checked his mirrors twice. "⟦d:b|I never saw him. I will think about that young man every day for the rest of my life,⟧" he said.
In a statement read outside the court by the family's solicitor, Mr Siddiqui's wife, Farah, said: "⟦d:c|Ahmed did everything right. He wore a helmet, he had lights, he knew that junction. The junction did not do right by him.⟧"
Walsworth Council said it would "⟦p:d|carefully consider⟧" the coroner's report.

### 032
@a Gurpreet Sandhu | the union's regional organiser
@b Ridgeway Buses | -
@c Felicity Grange | Its managing director
@d Margaret Eyre | -
Bus services across Selbourne will be severely disrupted from Monday after drivers voted overwhelmingly to strike over pay and shift patterns.
Members of the Unified Transport Workers voted by 91 per cent to walk out for five days at depots run by Ridgeway Buses, which operates 60 per cent of routes in the city.
``⟦d:a|Our members drive through the night, they deal with abuse, they deal with assaults, and they have been offered a pay rise that doesn't cover their rent going up,⟧'' said the union's regional organiser, Gurpreet Sandhu. ``⟦d:a|They've had enough, and this vote shows it.⟧''
Ridgeway Buses said it was ``⟦p:b|deeply disappointed⟧'' by the result and described its offer of 5.5 per cent as ``⟦p:b|generous and affordable⟧''.
Its managing director, Felicity Grange, urged the union to return to talks. ``⟦d:c|Nobody benefits from a strike, least of all the passengers who depend on us,⟧'' she said.
For many in the city, the strike will mean more than inconvenience. Margaret Eyre, 74, who takes the number 12 bus to dialysis three times a week, said she did not know how she would manage.
``⟦d:d|I can't afford taxis. My daughter works. I suppose I'll have to ask the hospital,⟧'' she said.

### 033
@a Aleksander Roszkowski | Drovanian Foreign Minister
@b Ilkka Vartiainen | His Kestrian counterpart
@c - | A senior European diplomat involved in the mediation
The foreign ministers of Drovania and Kestria agreed on Thursday to reopen their shared border for the first time in six years, after two days of talks in the lakeside town of Velmar.
“⟦d:a|Today is not the end of our differences. But it is the end of pretending we can live without talking to each other,⟧” Drovanian Foreign Minister Aleksander Roszkowski told reporters after the signing.
His Kestrian counterpart, Ilkka Vartiainen, was more cautious. Asked whether the agreement would survive next year’s election in Drovania, he said: “⟦d:b|That is a question for the Drovanian voters, not for me.⟧”
Roszkowski, standing beside him, smiled. “⟦d:a|The voters will like open roads,⟧” he said.
The agreement provides for three crossing points to reopen by March and sets up a joint commission on the disputed waters of the Lessa river. Vartiainen said the river was “⟦p:b|the hardest part, and the part we have left for last⟧”.
A senior European diplomat involved in the mediation, speaking on condition of anonymity, said the breakthrough had come late on Wednesday, “⟦p:c|over very bad coffee⟧”.
“⟦d:c|At 11 o’clock nobody was sure. At 2 in the morning they were shaking hands,⟧” the diplomat said.

### 034
@a Rocco Fanelli | TV chef
@b Imogen Hale-Darby | critic
@c Tunde Bakare | Vegan chef
@d - | A source close to Fanelli
TV chef Rocco Fanelli has been slammed by a top restaurant critic after he branded vegan food "⟦p:a|rabbit food for people who hate themselves⟧".
The fiery Italian, 49, made the remark on a podcast last week — and has refused to say sorry.
"⟦d:a|I cook meat, I cook fish, I cook butter. If people don't like it, there are plenty of other restaurants,⟧" he told us outside his Kensworth Square eatery. "⟦d:a|I'm not going to apologise for having an opinion.⟧"
But critic Imogen Hale-Darby, who has reviewed for the Sunday Courier for 20 years, hit back: "⟦d:b|Rocco has been serving the same overcooked lamb since 2009. Perhaps he should worry less about vegans and more about his own kitchen.⟧"
Vegan chef Tunde Bakare, whose restaurant Green Door scooped a major award last month, said Fanelli's comments were "⟦p:c|tired and a bit sad⟧".
"⟦d:c|I invited him to come and eat with us. Free of charge. He hasn't replied,⟧" Bakare said.
A source close to Fanelli said: "⟦d:d|Rocco is a wind-up merchant. He loves this stuff. Bookings are through the roof.⟧"

### 035
@a Dimitri Papadakis | farmworker
@b Laura Ashcroft | -
@c Ben | her husband
A spaniel that went missing during a thunderstorm on Bonfire Night has been found safe and well — 140 miles from home — after almost three months.
Biscuit, a six-year-old springer spaniel, bolted from his owners’ garden in Lower Pelham when fireworks went off during the storm on November 5.
He turned up last week at a farm near Hexford, where farmworker Dimitri Papadakis spotted him sheltering in a barn. “⟦d:a|He was thin and very muddy, but he wagged his tail straight away. I knew someone must be missing him,⟧” Mr Papadakis said.
A vet scanned Biscuit’s microchip and contacted his owners, Laura Ashcroft and her husband, Ben.
“⟦d:b|I honestly thought it was a scam call at first,⟧” said Mrs Ashcroft, 38. “⟦d:b|Then they sent a photo and I just sat on the kitchen floor and cried.⟧”
Ben drove through the night to collect him. “⟦d:c|He jumped in the back of the car like he’d been gone ten minutes,⟧” he said. “⟦d:c|How he got to Hexford, we’ll never know. I think he hitched.⟧”
The couple’s children had put up posters reading “⟦s:-|Have you seen Biscuit?⟧” on every lamppost in the village.

### 036
@a Loïc Berthod | patroller
@b Corinne Jaquet | Presiding judge
@c Étienne Maillard | The victim's father
@d Pascal Grivel | The resort's lawyer
SAINT-ALBAN-DES-NEIGES — A regional court on Wednesday fined the operator of the Pic Rouvière ski resort 180,000 francs over the death of a 23-year-old ski instructor who was killed by an avalanche on a run that had been declared open.
The court found that the resort's safety director had ignored a written warning from patroller Loïc Berthod the previous evening that the snow on the upper slopes was «⟦p:a|highly unstable⟧».
Presiding judge Corinne Jaquet said in her ruling that the decision to open the run was «⟦p:b|incomprehensible in light of the information available⟧».
«⟦d:b|The company put the commercial interest of a busy holiday weekend before the safety of its staff and its guests,⟧» she wrote.
The victim's father, Étienne Maillard, said outside court that the fine was «⟦p:c|derisory⟧». «⟦d:c|They will make that back in a weekend. My son will not come back at all,⟧» he said.
«⟦d:c|C'est une honte⟧», he added in French — «⟦d:c|it is a disgrace⟧».
The resort's lawyer, Pascal Grivel, said his client would consider an appeal. «⟦d:d|The company has always cooperated fully with the investigation and will study the judgment carefully,⟧» he said.

### 037
@a Bilal Qadri | a glaciologist at the Institute for Mountain Research and the study’s lead author
@b Tenzin Norbu | Co-author
@c Elena Vasquez-Pardo | a hydrologist at the University of Linwood who was not involved in the study
Glaciers in the Karavan range are losing ice twice as fast as they were two decades ago, according to a study that warns millions of people downstream could face water shortages within a generation.
Researchers used satellite images and field measurements from 1,340 glaciers to calculate that the range lost an average of 0.9 metres of ice thickness a year between 2015 and 2024, compared with 0.45 metres a year between 1995 and 2004.
The study, published in Cryosphere Letters, says the region is approaching what hydrologists call “⟦s:-|peak water⟧”, the point at which the meltwater flowing into rivers begins to decline.
“⟦d:a|For a while, melting glaciers actually give you more water, so it can look as if there is no problem,⟧” said Dr Bilal Qadri, a glaciologist at the Institute for Mountain Research and the study’s lead author. “⟦d:a|Then you pass the peak, and the water starts to fall, and it keeps falling.⟧”
Co-author Dr Tenzin Norbu, who has measured glaciers in the range for 18 years, said some of the smaller ones he had studied as a student had “⟦p:b|simply gone⟧”.
“⟦d:b|I have photographs of me standing on ice that is now a pile of rocks. It is a strange feeling, to outlive a glacier,⟧” he said.
Professor Elena Vasquez-Pardo, a hydrologist at the University of Linwood who was not involved in the study, said the findings were “⟦p:c|consistent with what we are seeing across the high mountains⟧”.
“⟦d:c|Projections for individual river basins carry large uncertainties. But the direction of travel is not in doubt,⟧” she said.

### 038
@a Matthias Oyelowo-Brandt | Governor
@b Chidinma Okafor | chief economist at Sterling Hale Bank
@c Federation of Arlandian Businesses | the federation
The Bank of Arlandia held interest rates at 4.25 percent on Thursday for a fourth consecutive meeting, but signaled that cuts could come as early as the summer if inflation continues to ease.
The bank's monetary policy committee voted 6-3 to keep rates on hold, with three members favoring an immediate quarter-point cut.
"⟦d:a|We are not there yet, but we are getting closer,⟧" Governor Matthias Oyelowo-Brandt told a news conference in the capital, Castellane. "⟦d:a|Inflation has come down a long way. The last stretch is always the hardest.⟧"
Asked whether the bank had kept rates too high for too long, he replied: "⟦d:a|Hindsight is a wonderful thing. At the time, with the information we had, I believe we made the right calls.⟧"
Annual inflation fell to 3.1 percent in March from 3.6 percent in February, official data showed last week. The bank's target is 2 percent.
"⟦d:b|The message today was clear: the door to a June cut is open,⟧" said Chidinma Okafor, chief economist at Sterling Hale Bank. "⟦d:b|Markets had priced that in already, so the reaction was muted.⟧"
The Federation of Arlandian Businesses said its members were "⟦p:c|crying out⟧" for lower borrowing costs. "⟦d:c|Every month of delay means investment that doesn't happen and jobs that aren't created,⟧" the federation said in a statement.

### 039
@a Semisi Naivalu | the Fijian wing
@b Wiremu Tautahi | Port Ardent head coach
@c Josh Pendry | Rams captain
@d Rhodri Bevan | fly-half
Semisi Naivalu’s try two minutes from time gave Port Ardent a 24-22 victory over the Kingsford Rams at a rain-soaked Harbour Park on Saturday and kept their hopes of a home semi-final alive.
The Rams had led 22-17 with five minutes remaining after a penalty from fly-half Rhodri Bevan, his fifth of the afternoon, but Port Ardent kept the ball through 14 phases before the Fijian wing squeezed in at the corner.
“⟦d:a|I just saw the line and put my head down,⟧” Naivalu said. “⟦d:a|The boys did all the hard work. I only had to fall over.⟧”
Port Ardent head coach Wiremu Tautahi praised his side’s composure. “⟦d:b|Fourteen phases in that weather, with that pressure, and nobody dropped it. That tells you everything about this group,⟧” he said.
Rams captain Josh Pendry was furious about a knock-on he believed had been missed in the build-up. “⟦d:c|Everyone in the ground saw it apart from the three people who matter,⟧” he said. “⟦d:c|I’ll probably get a letter for saying that. I don’t care.⟧”
Bevan, whose boot had kept his side in front for most of the afternoon, was more measured. “⟦d:d|We had our chances. We didn’t take them. That’s rugby,⟧” the fly-half said.

### 040
@a Rosa Delgado-Whitman | Battalion Chief
@b Tom Haskins | Evacuee
@c Graciela Muñoz | His neighbor
@d Carl Jennings-Abara | Governor
@e - | a fire agency official who was not authorized to speak publicly
MORRO VALLEY, Calidora — A fast-moving wildfire driven by gusts of up to 60 mph forced the evacuation of more than 12,000 people on Tuesday and destroyed at least 140 homes in the hills east of Morro Valley, officials said.
The Ridgeback Fire had burned more than 9,000 acres by Tuesday evening and was 0 percent contained.
"⟦d:a|This fire is moving faster than we can get ahead of it,⟧" Battalion Chief Rosa Delgado-Whitman of the Calidora Fire Protection Agency said at an evening briefing. "⟦d:a|If you get an evacuation order, do not wait. Do not go back for anything.⟧"
Evacuee Tom Haskins, 67, said he had about ten minutes to leave his home in the hillside community of Sycamore Flats. "⟦d:b|I grabbed the dog, my wife's pills and a box of photos. That's it. That's what 40 years comes down to,⟧" he said at an evacuation center at Morro Valley High School.
His neighbor, Graciela Muñoz, 45, was still waiting for news of her home. "⟦d:c|Somebody posted a video of our street. I can't watch it. My husband watched it and he won't tell me,⟧" she said.
Governor Carl Jennings-Abara declared a state of emergency for the county. "⟦d:d|We will give our firefighters every resource they need. Calidora stands with Morro Valley tonight,⟧" he said in a statement.
The cause of the fire is under investigation. "⟦d:e|We're looking at power lines as one possibility. It's too early to say more than that,⟧" said a fire agency official who was not authorized to speak publicly.

### 041
@a Castlebridge Rovers | The club
@b Billy McAvoy | the Castlebridge Rovers centre-half who captained the club to their only league title in 1966
@c Davie Rennick | His former team-mate
Billy McAvoy, the Castlebridge Rovers centre-half who captained the club to their only league title in 1966, has died aged 86.
The club announced his death on Tuesday, describing him as “⟦p:a|the greatest Rover of them all⟧”.
“⟦d:a|Billy was Castlebridge Rovers. Every player who has pulled on the shirt since has played in his shadow,⟧” the club said in a statement.
Born in the shipyard district of Greyhaven in 1938, McAvoy made 512 appearances for Rovers over 15 seasons, and in his early years worked as a plasterer every summer to make ends meet.
He was famously modest about his own part in the title. “⟦d:b|I was a stopper. I stopped people. The lads up front did the clever stuff,⟧” he told the Castlebridge Evening Post in 2006, on the 40th anniversary.
His former team-mate, Davie Rennick, who scored the winner against Ellisport on the final day of that season, said McAvoy had been “⟦p:c|a gentleman off the pitch and a brute on it, in the best possible way⟧”.
“⟦d:c|Forwards were frightened of him. Then after the game he’d buy them a pint,⟧” Rennick said.
A minute’s applause will be held before Saturday’s home game against Lowther.

### 042
@a Renaud Fabre | police spokesman
@b Hélène Castagné-Roux | The museum's director
@c - | One of the museum's night guards
@d Bertrand Lemoine | The city's mayor
ROUBEVAL — Thieves broke into the Musée Vallin overnight and escaped with three 17th-century Flemish paintings worth an estimated €30 million, police said on Monday.
The raiders cut through a skylight and lowered themselves into the main gallery on ropes, disabling a motion sensor that had been reported faulty two weeks earlier, according to a police source.
«⟦d:a|They knew exactly what they wanted and exactly where it was. They were inside for less than eight minutes,⟧» police spokesman Renaud Fabre told reporters.
The museum's director, Hélène Castagné-Roux, said she was «⟦p:b|devastated⟧». «⟦d:b|These paintings have hung together in this room since 1891. They are not just objects; they belong to the people of Roubeval,⟧» she said, appealing to anyone offered the works to contact the police.
One of the museum's night guards, who asked not to be named, said staff had complained repeatedly about the sensor. «⟦d:c|We wrote emails. We were told there was no budget until January,⟧» he said.
The city's mayor, Bertrand Lemoine, promised an inquiry into security at all municipal museums. «⟦d:d|If there were failures, we will find them, and we will say so publicly,⟧» he said.

### 043
@a Siân Howells | -
@b Rhodri Vaughan | Its founder
@c Anwen Price | a GP in the market town of Llanfair Isaf
When Siân Howells's husband died in 2019, she did not tell anyone how bad things had become on the farm. Not her sister, not her GP, not the neighbours who came to help with the lambing.
"⟦d:a:m|You don't, do you? Not round here. You get up, you feed the stock, you go to bed. If you stop, you think, and if you think, you're in trouble.⟧
"⟦d:a|It was my daughter who noticed. She came home from university and found me sitting in the Land Rover in the yard at six in the morning with the engine off. I'd been there since four.⟧"
Howells, 56, who farms 300 acres of hill land above Cwm Teifion, is now one of 40 volunteers for Field Talk, a charity that trains farmers to spot the signs of depression in their neighbours.
Its founder, Rhodri Vaughan, started it after a friend took his own life in 2016. "⟦d:b|Farmers are brilliant at looking after animals and terrible at looking after themselves,⟧" he says. "⟦d:b|We're not counsellors. We're people who'll turn up with a flask and ask how you're really doing, and then wait for the answer.⟧"
According to the charity, one farmer a week in the region dies by suicide, a figure Vaughan calls "⟦p:b|a scandal nobody talks about⟧".
Dr Anwen Price, a GP in the market town of Llanfair Isaf, says she has seen a change. "⟦d:c|Five years ago, farmers came in with a bad back and we'd find out three appointments later what was really wrong. Now some of them come in and say it straight away. That's Field Talk,⟧" she says.
For Howells, the work is a kind of repayment. "⟦d:a|Someone sat in my kitchen once and waited for the answer,⟧" she says. "⟦d:a|Now I do the same.⟧"

### 044
@a Agnieszka Nowak | the town's mayor
@b Daniel Oyebanjo | Engineer
@c Jenny Thwaite | owner
@d - | One man in the crowd
The Old Toll Bridge in Ferrisford reopened to traffic on Friday, 22 months after it was closed when engineers found cracks in its main supporting arch.
Hundreds of people turned out to watch the town's mayor, Cllr Agnieszka Nowak, cut a ribbon at the eastern end of the 200-year-old stone bridge as the town band played.
“⟦d:a|It's been a long 22 months, and I know how hard it has been for businesses on both sides of the river,⟧” she said. “⟦d:a|Today is about them as much as anyone.⟧”
The closure forced drivers on to a 14-mile detour and split the town's shops and schools in two.
Engineer Daniel Oyebanjo, who led the repair project for contractor Stonewell Civils, said the team had used traditional lime mortar and stone from the original quarry. “⟦d:b|We wanted it to look as if nobody had touched it. If we've done our job, in ten years nobody will know we were here,⟧” he said.
Across the bridge at the Riverside Café, owner Jenny Thwaite said takings had fallen by half during the closure. “⟦d:c|We nearly shut. Twice. Today's the first day in two years I've had a queue out the door,⟧” she said.
One man in the crowd, asked what he thought of the repairs, shrugged. “⟦d:d|Looks exactly the same. Which I suppose is the point.⟧”

### 045
@a Lena Hoxha | a schoolteacher who had travelled from the coastal city of Pradë
@b Valdoran State Police | -
@c Arben Kola | Interior Minister
@d Drita Bajrami | Opposition MP
Thousands of people marched through the centre of Valdora on Saturday in the largest protest yet against a proposed law that would allow the government to block websites without a court order.
Demonstrators chanted "⟦s:-|Hands off our internet⟧" and carried placards reading "⟦s:-|Censorship is not security⟧" as they walked from Liberty Square to the parliament building.
"⟦d:a|My grandparents lived under a government that decided what people could read. I am not going to let it happen to my children,⟧" said Lena Hoxha, 34, a schoolteacher who had travelled from the coastal city of Pradë.
Police estimated the crowd at 15,000; organisers said more than 40,000 attended. The march was largely peaceful, but police used tear gas near the parliament after a group of masked men threw bottles at officers.
"⟦d:b|Eleven officers were injured and 23 people were arrested. The vast majority of protesters behaved responsibly, and we thank them for that,⟧" the Valdoran State Police said in a statement.
Interior Minister Arben Kola defended the bill, saying it was needed to fight "⟦p:c|terrorist propaganda and organised fraud⟧". "⟦d:c|Nobody is going to censor journalists or ordinary citizens. This is about criminals,⟧" he told a television interviewer.
Opposition MP Drita Bajrami was unconvinced. "⟦d:d|Every government that has ever censored anyone has said exactly those words,⟧" she said.

### 046
@a Priya Nandakumar | -
@b Lars Eklund | head chef
@c Roisin Gallagher | Employment Judge
@d - | a spokesperson for the group
A former sous-chef at one of Harrowgate’s best-known restaurants was sexually harassed and unfairly dismissed, an employment tribunal has ruled.
Priya Nandakumar, 29, worked at Marigold, on Quay Street, for 14 months until she was sacked in March last year, two weeks after complaining about the behaviour of head chef Lars Eklund.
The tribunal heard that Mr Eklund repeatedly referred to her in front of other staff as “⟦p:b|the girl⟧” and made comments about her appearance. He denied the allegations, telling the hearing: “⟦d:b|It is a kitchen, not a library. Everybody shouts. I shouted at the men too.⟧”
In her written judgment, Employment Judge Roisin Gallagher said Ms Nandakumar had been “⟦p:c|a credible and careful witness⟧” whose account was supported by two colleagues. She found Mr Eklund’s evidence “⟦p:c|evasive and, at times, frankly implausible⟧”.
Ms Nandakumar said in a statement after the ruling: “⟦d:a|I loved that kitchen. I just wanted to cook. Nobody should have to choose between their career and being treated with basic respect.⟧”
Marigold’s owners, Ferrand Hospitality, said Mr Eklund had left the business in the autumn. “⟦d:d|We accept the tribunal’s findings in full and apologise unreservedly to Ms Nandakumar,⟧” a spokesperson for the group said.
Compensation will be decided at a later hearing.

### 047
@a National Dockers' Federation | -
@b Rui Tavares-Monteiro | federation president
@c Lusanian Ports Authority | -
@d Marta Sequeira | head of the Lusanian Fruit Exporters' Association
@e Henrik Dahl-Jensen | an analyst at maritime consultancy Baltica Shipping Insight
LISBRA — Dockworkers at Lusania's three largest container ports began an indefinite strike on Monday, leaving more than 60 ships waiting at anchor and threatening supplies of fuel and medicine to the island territories.
The National Dockers' Federation is demanding a 12 percent pay rise and an end to what it calls "⟦p:a|the creeping automation of the quays⟧".
"⟦d:b|They want robots on the cranes and our members on the dole. We say no,⟧" federation president Rui Tavares-Monteiro told a crowd of strikers at the gates of the port of Almadena.
The Lusanian Ports Authority said the strike was "⟦p:c|illegal and disproportionate⟧" and that it would go to court on Tuesday to seek an injunction.
Exporters warned of heavy losses. "⟦d:d|Every day this goes on costs the fruit sector about 4 million euros. Our pears do not wait for lawyers,⟧" said Marta Sequeira, head of the Lusanian Fruit Exporters' Association.
"⟦d:e|Shipping lines will start diverting to ports in neighbouring countries within days,⟧" said Henrik Dahl-Jensen, an analyst at maritime consultancy Baltica Shipping Insight. "⟦d:e|Once they go, they don't always come back.⟧"

### 048
@a Ciarán Dunne | -
@b Rosemary Kettle | Trainer
@c Harry Brennan-Moss | Saint Calder's jockey
@d Terry | A bookmaker at the course
Moonlit Harbour, a 33-1 outsider trained by a former postwoman on a converted dairy farm, won the Kelsall Gold Cup by a head on Saturday in one of the biggest upsets in the race's history.
Ridden by 19-year-old Ciarán Dunne, who was having only his third ride in a Grade One race, the eight-year-old came from last at the final fence to catch the 6-4 favourite, Saint Calder, in the shadow of the post.
``⟦d:a|I didn't think we'd won. I genuinely thought he'd got up on the wrong side,⟧'' Dunne said. ``⟦d:a|Then I heard the crowd and I looked over and Mrs Kettle was crying, and I thought, well, something's happened.⟧''
Trainer Rosemary Kettle, 61, who delivered the post in the village of Wenbury for 30 years before taking out a licence, has only nine horses in her yard. ``⟦d:b|He's the yard's pet. He lives in the field with the sheep,⟧'' she said. ``⟦d:b|Nobody gave us a chance and, to be honest, neither did I.⟧''
Saint Calder's jockey, Harry Brennan-Moss, was gracious in defeat. ``⟦d:c|I thought I had it won. Fair play to the kid, he rode a brilliant race,⟧'' he said.
A bookmaker at the course, who gave his name only as Terry, said the result had been ``⟦p:d|a very good day for us⟧''. ``⟦d:d|Everyone was on the favourite. Everyone,⟧'' he said.

### 049
@a Imogen Carter-Nkemelu | site director
@b Harold Dunstan | a retired bus driver who has dug on every excavation in the town since 1971
@c Farid Benali | The county archaeologist
@d Sunita Parmar | council leader
Archaeologists excavating a council car park in the centre of Wexham have uncovered the remains of a Roman bathhouse, complete with heated floors and a mosaic showing a dolphin ridden by a boy.
“⟦d:a|When the digger pulled back the tarmac,⟧” said site director Dr Imogen Carter-Nkemelu, “⟦d:a|we could see the edge of the mosaic almost immediately. I actually had to sit down.⟧”
The bathhouse is thought to date from the late second century. Coins found in the drain suggest it was in use for at least 150 years.
Volunteer Harold Dunstan, 81, a retired bus driver who has dug on every excavation in the town since 1971, found a gold ring set with a carved red stone in the same drain last week. “⟦d:b|Fifty-three years of digging and the best thing I’d ever found was a Victorian toothbrush,⟧” he said. “⟦d:b|Then this.⟧”
The county archaeologist, Dr Farid Benali, said the discovery would “⟦p:c|rewrite the history of the town⟧”, which had been thought of as a minor roadside settlement. “⟦d:c|You don’t build baths like this in a village. Somebody wealthy lived here, or somebody important visited,⟧” he said.
Wexham Borough Council, which owns the site, said it would look at whether the remains could be put on permanent display. “⟦d:d|We’re very excited. Our parking revenue is rather less excited,⟧” joked council leader Sunita Parmar.

### 050
@a Hobb's Well Brewery | the brewery
@b Neville Ambrose | Owner
@c Kasia Wiśniewska | Head brewer
@d Gary Minto | The landlord of the Plough
One of Ashdale's oldest independent breweries will close at the end of the month after 38 years, blaming soaring energy bills and a collapse in orders from pubs.
Hobb's Well Brewery, which employs 14 people at its site on Tanner's Lane, announced the closure in a post on its Facebook page on Sunday night.
"⟦d:a|It breaks our hearts to write this. We have tried everything we can think of, and some things we probably shouldn't have,⟧" the brewery wrote. "⟦d:a|Thank you for 38 years of support. Come and help us drink the last of it.⟧"
Owner Neville Ambrose, whose father founded the business in 1987, said the brewery's gas bill had risen from £18,000 a year to more than £70,000.
"⟦d:b|You can't put that on the price of a pint,⟧" he said. "⟦d:b|Well, you can. But then nobody buys the pint.⟧"
Head brewer Kasia Wiśniewska, who has worked at Hobb's Well for 11 years, has been offered a job at a larger brewery in the city but has not decided whether to take it. "⟦d:c|I'd like to stay in Ashdale,⟧" she said, "⟦d:c|but there isn't another brewery in Ashdale now.⟧"
The landlord of the Plough, Gary Minto, said the pub had sold Hobb's Well bitter in every one of its 38 years. "⟦d:d|It's the end of an era, and I don't say that lightly. I've had regulars in tears,⟧" he said.

### 051
@a Westmoor Water | the company
@b Ffion Madoc | a spokeswoman for the campaign group River Watch
@c Bernard Okoro | secretary
@d Claudia Finch | Water minister
More than two million households in the south-west will be banned from using hosepipes from next Friday after the driest spring in 130 years left reservoirs at their lowest level for the time of year since records began.
Westmoor Water said the temporary use ban was “⟦p:a|a last resort⟧” and apologised to customers.
“⟦d:a|We know this is frustrating, especially for people who have put a lot of work into their gardens. But every litre we save now is a litre we will have in August,⟧” the company said in a statement.
The ban covers watering gardens with a hose, washing cars and filling paddling pools and private swimming pools. Anyone who breaks it could be fined up to £1,000.
Campaigners said the company had only itself to blame. “⟦d:b|Westmoor loses 180 million litres a day through leaking pipes. That is more than the whole of Exbury uses. And now they’re telling pensioners not to water their tomatoes,⟧” said Ffion Madoc, a spokeswoman for the campaign group River Watch.
At the Exbury and District Allotment Society, secretary Bernard Okoro said members had been collecting rainwater in butts since March. “⟦d:c|We’re gardeners. We’re used to the weather being against us. We’re less used to the water company being against us,⟧” he said.
Water minister Claudia Finch said the government expected companies to “⟦p:d|get a grip on leaks⟧” and would not hesitate to use its powers to fine them.

### 052
@a Declan Colquhoun | Her grandson
@b - | A paramedic who has worked for the service for 15 years and asked not to be named
@c Central Counties Ambulance Service | -
@d Andrew Mwangi | its director of operations
@e Edna Colquhoun | -
A 92-year-old woman lay on her kitchen floor for almost seven hours with a broken hip while waiting for an ambulance, her family has said.
Edna Colquhoun fell at her home in Bramsford at about 3pm on Sunday. Her grandson, Declan Colquhoun, said the family called 999 four times.
"⟦d:a|Every time, they said an ambulance was on its way. Every time, it didn't come,⟧" he said. "⟦d:a|In the end we got her a pillow and a blanket and we sat on the floor with her. She kept apologising for the fuss. She's 92 and she was apologising to us.⟧"
The ambulance arrived at 9.52pm.
A paramedic who has worked for the service for 15 years and asked not to be named said crews were regularly held outside hospitals for hours waiting to hand over patients.
"⟦d:b|We sat outside Bramsford General for five hours on Sunday with a patient in the back, and all the time there were calls stacking up on the screen. It's soul-destroying,⟧" the paramedic said.
Central Counties Ambulance Service said it was "⟦p:c|extremely sorry⟧" and had contacted the family. "⟦d:d|Our crews and call handlers are working incredibly hard under sustained pressure, but this is not the service we want to provide,⟧" said its director of operations, Andrew Mwangi.
Mrs Colquhoun, who is recovering in hospital after surgery, sent a message through her grandson: "⟦d:e|Tell them I'm sore and I'm starving, but I'm still here.⟧"

### 053
@a - | a caller
@b Mark Ashworth | Detective Sergeant
@c Margaret | an 84-year-old widow from Lowfield who did not want her surname published
@d Paul | Her son
Police have warned older people in Harrowgate to be on their guard after eleven people were conned out of a total of £186,000 in so-called “⟦s:-|courier fraud⟧” in the past month.
In the scam, a caller pretends to be a police officer or bank official and persuades the victim to withdraw cash or hand over bank cards to a courier, telling them the items are needed “⟦p:a|as evidence⟧”.
Detective Sergeant Mark Ashworth said the fraudsters were “⟦p:b|convincing, patient and utterly ruthless⟧”.
“⟦d:b|They will keep someone on the phone for hours. They will tell them not to trust the bank staff, because the bank staff are in on it. By the time a family member finds out, the money’s gone,⟧” he said.
“⟦d:b|The police will never, ever ask you to hand over your bank card or cash. If anyone does, put the phone down.⟧”
Margaret, an 84-year-old widow from Lowfield who did not want her surname published, lost £24,000 in savings.
“⟦d:c|He knew my name, my address, the name of my bank. He said, ‘Margaret, you are helping us catch a criminal.’ I felt proud, if you can believe it,⟧” she said. “⟦d:c|I’m not stupid. I did the crossword every day for sixty years. But he was very, very good.⟧”
Her son, Paul, said: “⟦d:d|She’s embarrassed, and she shouldn’t be. The only people who should be ashamed are the ones who did this.⟧”

### 054
@a Soins Sahel | the charity
@b Marie-Claude Verhaegen | Nurse
@c Ousmane Traoré | logistician
@d Abdoulaye Maïga | Communications Minister
@e - | a journalist
NIAMARO — Two aid workers kidnapped in northern Tamazgha five months ago have been released and are in good health, the government and their employer said on Sunday.
Nurse Marie-Claude Verhaegen, 58, and logistician Ousmane Traoré, 41, were seized by armed men from a clinic near the town of Agadem-Sud in March.
«⟦d:a|We are overjoyed and immensely relieved. Our thoughts are with their families, who have waited for this day for a very long time,⟧» the charity, Soins Sahel, said in a statement.
Verhaegen spoke briefly to reporters on arrival at the airport in the capital. «⟦d:b|I am tired. I would like a shower and to speak to my daughter,⟧» she said. Asked how they had been treated, she said: «⟦d:b|Correctly. We were given food and water. But five months is long.⟧»
Traoré, speaking in French, said: «⟦d:c|Je remercie tous ceux qui ont prié pour nous⟧» — «⟦d:c|I thank everyone who prayed for us⟧».
The government did not say whether a ransom had been paid. «⟦d:d|The state does not negotiate with terrorists,⟧» said Communications Minister Abdoulaye Maïga. When a journalist asked, «⟦d:e|So how were they freed?⟧», he replied: «⟦d:d|Through patience, and through the courage of our security forces.⟧»

### 055
@a Amari Watts | -
@b Dana Liebowitz | Foxes coach
@c Terrence Ogunleye | Their coach
@d Marcus Bell | the intended target of that final play
Amari Watts scored 31 points, including the go-ahead three-pointer with 4.2 seconds left, as the Riverton Foxes beat the Ellison Bay Mariners 88-86 on Friday night to reach the league final for the first time.
"⟦d:a|Coach drew it up for Marcus,⟧" Watts said of the final play. "⟦d:a|Marcus was covered, so, you know. I took it.⟧"
Foxes coach Dana Liebowitz laughed when she was told what her point guard had said. "⟦d:b|That is exactly right. He was the third option. He's my third option who never misses,⟧" she said.
The Mariners had led by 14 at halftime. Their coach, Terrence Ogunleye, said his team had "⟦p:c|stopped moving the ball⟧" after the break. "⟦d:c|We got comfortable. You can't get comfortable in a playoff game, not against a team like that,⟧" he said.
Marcus Bell, the intended target of that final play, was asked whether he minded. "⟦d:d|Minded? I'm going to the final. He can have every shot he wants,⟧" Bell said.

### 056
@a Maureen Tuckett | A retired dinner lady
@b Stanley Broadbent | Her great rival
@c Pam Liddle | Show secretary
A retired dinner lady has won the heaviest marrow class at the Pennycross Show for the 11th year running — and says the secret is “⟦p:a|talking to it every morning⟧”.
“⟦d:a|I tell it it’s doing very well. I tell it the other marrows are jealous. It’s all about confidence,⟧” Maureen Tuckett, 77, said, patting her 38lb winner.
Her great rival, Stanley Broadbent, 80, who came second for the sixth time, was not convinced. “⟦d:b|Talking to it? She’s feeding it something. I’ve said it for years,⟧” he said. “⟦d:b|I’ve asked for a drugs test. They laughed at me.⟧”
Told of the accusation, Mrs Tuckett smiled. “⟦d:a|Stanley says that every year. I feed it well-rotted manure and love. He can come and check.⟧”
Show secretary Pam Liddle said the rivalry was “⟦p:c|the best thing about the show⟧”. “⟦d:c|People come from three villages to watch them glare at each other across the produce tent,⟧” she said.
The show also featured a dog agility contest, a tug of war won by the Pennycross Young Farmers and a cake competition judged by Ruth Embury, a finalist on the television series “⟦s:-|The Great Village Bake⟧”.

### 057
@a - | her family
@b Judith Kavanagh | -
@c Gregor Lind | Prime Minister
@d Anil Chaudhary | Her former deputy
Dame Judith Kavanagh, who served as home secretary for five years and was the first woman to lead the Liberal Union, has died at the age of 88.
In a statement, her family said she had died "⟦p:a|peacefully, surrounded by books, grandchildren and at least one argument about politics⟧".
Kavanagh entered parliament in 1974 as the member for Holtby East and quickly became known for her wit, once describing a chancellor's budget as "⟦p:b|a raffle with worse prizes⟧".
Asked by a television interviewer in 1986 whether she would ever stand for the leadership of her party, she replied: "⟦d:b|Only if nobody sensible is available.⟧" She stood, and won, two years later.
Prime Minister Gregor Lind said she had been "⟦p:c|a formidable opponent and an even more formidable friend⟧". "⟦d:c|We disagreed about almost everything, and I learned something from her every time,⟧" he said.
Her former deputy, Anil Chaudhary, remembered her as a demanding boss. "⟦d:d|She could be terrifying in a meeting. Then she'd catch you in the corridor afterwards and ask about your mother's hip,⟧" he said.

### 058
@a Okonjo | Lady Justice
@b Delroy Mathurin | -
@c Nkechi Obi-Sterling | Their barrister
@d - | a spokesperson
Three men whose convictions for a 2009 armed robbery rested largely on the evidence of a discredited police informant have had their convictions quashed by the Court of Appeal.
Delroy Mathurin, Shane Pollitt and Adnan Rafiq spent a combined 31 years in prison for the raid on a security van in Eastfield, in which a guard was shot in the leg.
Giving the judgment of the court, Lady Justice Okonjo said:
“⟦d:a:m|The jury were never told that the principal witness against these men had been paid more than £40,000 by the police over four years, or that he had given evidence in two other trials that was later found to be false.⟧
“⟦d:a|Had they known, we cannot be sure they would have convicted. It follows that the convictions are unsafe.⟧”
Mr Mathurin, now 52, wept in the public gallery. Outside court, he said: “⟦d:b|Fifteen years. My daughter was four when I went in. She’s at university now. Nobody can give me that back.⟧”
Their barrister, Nkechi Obi-Sterling KC, said the case raised “⟦p:c|profound questions⟧” about how police handled informants. “⟦d:c|This was not one bad apple. Officers knew, prosecutors should have known, and nobody said anything,⟧” she said.
The Public Prosecution Service said it would not seek a retrial. “⟦d:d|We have reviewed the case carefully and concluded there is no realistic prospect of a conviction,⟧” a spokesperson said.

### 059
@a Kalani Akana | marine biologist
@b Mei-Ling Zhou | PhD student
@c Sandeep Kulkarni | an expert in bioacoustics at the Marine Conservation Institute
A computer model trained on thousands of hours of recordings can identify individual humpback whales by their songs with 94 per cent accuracy, researchers at the University of Linwood have reported.
The team, led by marine biologist Dr Kalani Akana, fed the system recordings made off the Ardent Islands between 2008 and 2023.
``⟦d:a|Humpbacks change their songs from year to year, a bit like the pop charts, so we weren't sure it would work at all,⟧'' Dr Akana said. ``⟦d:a|But it turns out each whale has something like an accent that stays the same even when the tune changes.⟧''
The team has nicknamed the model ``⟦s:-|the jukebox⟧''.
PhD student Mei-Ling Zhou said the biggest challenge had been noise from shipping. ``⟦d:b|Half our recordings have a container ship going past in the middle of them. We had to teach the model to ignore engines,⟧'' she said.
Dr Sandeep Kulkarni, an expert in bioacoustics at the Marine Conservation Institute, called the work ``⟦p:c|genuinely exciting⟧''. ``⟦d:c|But it's a tool, not a replacement for people on boats with cameras. You still need the photographs to check it,⟧'' he said.

### 060
@a Mick Delaney | chair of the Corran Hackney Drivers' Association
@b Amira Haddad | The city's transport councillor
@c Zoomer | the ride-hailing app
Hundreds of black-cab drivers brought central Corran to a standstill on Wednesday morning, parking nose to tail along Quay Street in protest at the city's decision to license the ride-hailing app Zoomer.
Horns sounded for more than an hour, and some drivers put signs in their windows reading “⟦s:-|Licensed, Insured, Ignored⟧”.
“⟦d:a|We did the Knowledge. Three years learning every street in this city. These lads get a phone and a sat-nav and they're on the road on Monday,⟧” said Mick Delaney, chair of the Corran Hackney Drivers' Association.
The city's transport councillor, Amira Haddad, was interviewed on Radio Corran's breakfast programme. This is an extract:
Q: Are you on the side of the app or the cab drivers?
A: I'm on the side of passengers. Nobody is getting rid of black cabs. What we've done is say that people who want a cheaper ride at two in the morning in Ardwick should be able to get one.
Q: Mick Delaney says you've started a “⟦p:a|race to the bottom⟧”. Is he wrong?
A: I like Mick, and I understand why he's angry. But no, I don't accept that. Zoomer drivers will have to meet exactly the same safety standards as everyone else.
Q: Will you meet the drivers?
A: I've already said I will. I said to Mick on the phone last night, “⟦d:b|Name the day.⟧”
Zoomer said in a statement that it was “⟦p:c|proud to be coming to Corran⟧” and that 600 drivers had already signed up.

### 061
@a Ewan Rafferty | team leader
@b TrackLink | Network operator
@c Aisha Begum | Librarian
@d Nadia Sorensen | forecaster
EVENING BULLETIN
A man has been airlifted to hospital after being gored by a bull on a public footpath near Haddon Fell. Mountain rescue volunteers said the man, who is in his sixties, had been walking with his dog. "⟦d:a|The bull was protecting its calves. Please keep dogs on leads and give cattle a wide berth,⟧" said team leader Ewan Rafferty.
Rail passengers between Selbourne and Kingsmere face more delays tomorrow after a landslip near Ashby Cutting. Network operator TrackLink said engineers would work through the night. "⟦d:b|We expect the line to reopen by the afternoon peak, but passengers should check before they travel,⟧" the company said.
Tomorrow will be dry and bright for most of us, but cold. "⟦d:d|Some of the valleys could see minus six by dawn, so if you're driving early, leave time to scrape the car,⟧" said forecaster Nadia Sorensen.
And finally: a tortoise that went missing from a garden in Lower Pelham in June has turned up two miles away, in the car park of the town library, still carrying the note his owner had taped to his shell: "⟦s:-|If found, please ring Jean⟧". Librarian Aisha Begum said: "⟦d:c|He was heading for the returns box. I think he was overdue.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh62.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh62",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
