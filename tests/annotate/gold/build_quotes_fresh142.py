# ruff: noqa: E501
"""Build ``quotes_fresh142.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written
in the registers of different outlets (wire, broadsheet, tabloid, local paper,
magazine, broadcaster web copy).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh142-NNN``.

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
  it (``The victim, a retired nurse who asked not to be named``; ``The paper's first
  author, Dr Sunniva Haug, a postdoctoral researcher``): the appositive is the
  description. A title or relational phrase before the name alone (``Health
  Minister``, ``Coach``, ``Resident``, ``Daughter``, ``Its director``) is the
  description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue or in the next sentence (``the 19-year-old``,
  ``the great-grandmother of nine``, ``the Bolivian-born conductor``), that
  description is taken.
* A non-restrictive relative clause after an appositive (``A neighbour, who keeps a
  small flock of ducks``) is not part of the description; a restrictive one (``a sleep
  scientist at the University of Wendham who led the research``) is.
* An organisation speaking is named by its fullest name in the passage; its
  description is a role title before that name (``The retailer Hadley & Crane``) or
  the definite description at the cue (``the company said``, ``The union said``),
  else null.
* Memos, judgments, letters, programme notes, cookbooks, social media posts and a
  message written by one person and read out by another belong to their author. In
  obituaries, words the subject said or wrote in earlier interviews, lectures and
  books belong to the subject.
* A fragment from an unidentified critic (``a critic dismissed his work as …``) is
  ``partial`` with a null speaker and that phrase as the description.
* Labels used by a system or a company and flagged by the reporter (``deactivated``,
  ``unusual patterns``), nicknames, the names of groups, works and dishes, and
  chanted slogans together with their translation are ``scare``.
* A shout that nobody in the passage is said to have made (``a shout of … went up from
  the public gallery``) and a question put to a player by an unidentified questioner
  (``he was asked``) are ``direct`` with speaker and description null.
* A quote with no cue that continues a speaker's turn in the next paragraph belongs to
  that speaker.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh142.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh142.jsonl")

PASSAGES = """
### 001
@a Ingrid Solvang | Governor
@b Henrietta Baptiste | chief Nordic economist at Skarholt Bank
@c Ravi Mendonça | a portfolio manager at Fjellvik Capital
VALDREN, May 9 (Nordwire) - The Norrheim Central Bank left its benchmark rate unchanged at 3.75 percent on Thursday for a fifth straight meeting, saying inflation was cooling more slowly than it had expected and signalling that cuts were unlikely before the autumn.
"⟦d:a|We are not there yet,⟧" Governor Ingrid Solvang told a news conference in the capital. "⟦d:a|Services inflation remains sticky, and wage settlements this spring have come in higher than we assumed in February.⟧"
The decision had been expected by all 24 economists polled by Nordwire last week. The krone firmed 0.3 percent against the euro after the announcement.
Solvang said the board had discussed a cut but had found the case for one "⟦p:a|not compelling at this stage⟧". She declined to say whether the vote had been unanimous.
"⟦d:b|Markets got ahead of themselves in March,⟧" said Henrietta Baptiste, chief Nordic economist at Skarholt Bank. "⟦d:b|The governor has just taken the June cut off the table, and I think she meant to.⟧"
Others were less sure. Ravi Mendonça, a portfolio manager at Fjellvik Capital, said the bank was "⟦p:c|talking tough to buy time⟧".
"⟦d:c|If unemployment ticks up in the next two prints, they will cut in August whatever she says today,⟧" he said.
The bank's next policy meeting is on June 20.

### 002
@x Harwick & Pell | The company
@a Eleanor Pell-Tuckwell | the chief executive and great-granddaughter of the founder
@b Gary Oduya | the site convenor for the Bakers' and Allied Union
@c - | A packer who asked not to be named
@d Stefan Aurelius | Corvane's managing partner
For 96 years the smell of toasted oats has drifted across the Calder estuary from the Harwick & Pell factory in Lowmouth. From next spring, the biscuits that made the town famous will belong to a private equity firm.
Harwick & Pell confirmed on Friday that it had agreed to sell a majority stake to Corvane Partners for an undisclosed sum, ending four generations of family control. The company said the deal would “⟦p:x|secure the future of the Lowmouth site for the long term⟧” and that no job cuts were planned.
Eleanor Pell-Tuckwell, the chief executive and great-granddaughter of the founder, said the decision had been “⟦p:a|the hardest of my life⟧”.
“⟦d:a|We have been approached many times over the years, and we have always said no,⟧” she said. “⟦d:a|This time we had to ask ourselves honestly whether we could pay for the next production line and the next oven on our own. The answer was no.⟧”
Workers at the plant, which employs about 410 people, were told at a meeting on Friday morning. Gary Oduya, the site convenor for the Bakers' and Allied Union, said staff were “⟦p:b|anxious but not surprised⟧”.
“⟦d:b|Everyone knew the family were looking at options. What people want now is a guarantee in writing, not a line in a press release,⟧” he said.
A packer who asked not to be named, and who has worked on the ginger-snap line for 22 years, put it more bluntly. “⟦d:c|They always say no job cuts. Then two years later there's a consultation.⟧”
Corvane's managing partner, Stefan Aurelius, said in a statement that the firm was “⟦p:d|proud to become the custodian of a much-loved brand⟧” and planned to expand exports to the Gulf and south-east Asia.

### 003
@x Tarrawong Resources | The company
@a Dominic Farrugia | Chief executive
@b Mei-Ling Thorsby | a mining analyst at Brackenridge Securities
@c - | An analyst at a rival firm
Shares in Tarrawong Resources fell as much as 18% on Tuesday, their steepest one-day drop since 2015, after the copper miner cut its production forecast for the year and warned of higher costs at its flagship Ngarra mine.
The company blamed "⟦p:x|unseasonal rainfall and geotechnical issues⟧" for a slower-than-planned ramp-up at Ngarra, where output in the March quarter was 31% below target.
Chief executive Dominic Farrugia told analysts on a conference call that the problems were "⟦p:a|temporary and well understood⟧". "⟦d:a|We're not changing the long-term story. Ngarra will be a tier-one asset. It's just going to take two quarters longer than we said,⟧" he said.
Analysts were unconvinced. "⟦d:b|This is the third downgrade in 14 months,⟧" Mei-Ling Thorsby, a mining analyst at Brackenridge Securities, wrote in a note to clients. "⟦d:b|At some point 'temporary' stops being a credible word.⟧"
An analyst at a rival firm, who spoke on condition of anonymity because of company policy, said the market had been "⟦p:c|far too generous⟧" about the project's timetable. "⟦d:c|Everyone wanted to believe the slides,⟧" the analyst said.
Tarrawong shares closed down 14.2% at A$3.81, wiping about A$1.1 billion off the company's market value.

### 004
@a Margaret Ansah | a retired school cook
@x Brightwater Energy | her supplier
@y - | a spokesperson for the company
@z Oluwaseun Harte | its chief executive
@w Energy Markets Authority | The energy regulator
Margaret Ansah, a retired school cook, has started going to bed at seven o'clock in the evening to save on heating.
“⟦d:a|It's warmer under the duvet than anywhere else in the house,⟧” said Mrs Ansah, 78, who lives alone in a two-bedroom terrace in Hollins Cross. “⟦d:a|I had the heating on for one hour last week. One hour. And the bill still went up.⟧”
Her monthly direct debit rose from £96 to £141 in January after her supplier, Brightwater Energy, reassessed her usage. She says nobody told her why.
“⟦d:a|I rang them four times. Every time it was someone different, and every time they said they would 'look into it'.⟧”
Brightwater Energy said it was “⟦p:x|sorry to hear of Mrs Ansah's experience⟧” and would review her account. “⟦d:y|Direct debits are set to cover expected annual usage, and we always encourage customers who are worried about paying to get in touch,⟧” a spokesperson for the company said.
Warmhearth, a fuel poverty charity, said calls to its helpline had doubled since October. “⟦d:z|We're hearing from people who have never struggled before — nurses, bus drivers, people with two jobs,⟧” said its chief executive, Oluwaseun Harte.
The energy regulator, the Energy Markets Authority, said suppliers “⟦p:w|must not set direct debits at unreasonable levels⟧” and that it was examining a rise in complaints.

### 005
@a Kwabena Osei-Lindqvist | -
@b Nikolai Draganov | the Harrow Peak partner who led the round
Two years ago Kwabena Osei-Lindqvist was writing software for shipping insurers at his kitchen table in Casmere. This week his company, Tideline, raised $42 million to do the same thing for some of the biggest names in the industry.
The Series B round was led by Harrow Peak Ventures. Tideline combines satellite imagery with port records to estimate, in close to real time, where cargo ships are and how likely they are to be late.
"⟦d:a|Insurers have been pricing this risk with spreadsheets and gut feel,⟧" Osei-Lindqvist, 36, said in an interview. "⟦d:a|We're not smarter than them. We just have better plumbing.⟧"
Asked whether raising money had been difficult, he laughed. "⟦d:a|Difficult is generous. We pitched to 71 investors. Seventy said no, or said 'come back when you have revenue', which is the same thing.⟧"
Nikolai Draganov, the Harrow Peak partner who led the round, said he had been "⟦p:b|sceptical for about ten minutes⟧".
"⟦d:b|Then Kwabena showed me a ship in the Malacca Strait that every other system had in the wrong place by forty miles, and his had it right,⟧" Draganov said. "⟦d:b|That was the meeting.⟧"
He added: "⟦d:b|We think this is a billion-dollar business. He thinks it's bigger. I would rather back the person who thinks it's bigger.⟧"
Tideline, which has 58 employees, plans to open offices in two more port cities next year. Osei-Lindqvist said he had no interest in selling. "⟦d:a|People keep asking me about an exit. I've only just arrived.⟧"

### 006
@a Doreen Fairweather | owner of Fairweather Wools
@b Aisha Rahimi | -
@x Stenbury Borough Council | -
@c Tom Beddoes | the council's cabinet member for regeneration
When Fairweather Wools closes its doors on Saturday, Pilgrim Row in Stenbury will have lost its fifth shop in a year.
Doreen Fairweather, owner of Fairweather Wools, has sold knitting yarn from the same narrow unit since 1987. “⟦d:a|I've seen this street go through three recessions and a bypass,⟧” she said. “⟦d:a|This is the first time I've felt that nobody is coming back.⟧”
She blamed rising business rates and the closure of the Pilgrim Row car park, which the council sold for housing in 2022. “⟦d:a|People won't carry a bag of wool half a mile in the rain. Would you?⟧”
Aisha Rahimi, who runs the florist two doors down, said she would stay “⟦p:b|as long as the numbers work, and not a day more⟧”.
“⟦d:b|Doreen is the reason half of us opened here. She'd tell you where to find a cheap electrician and who not to rent from,⟧” Ms Rahimi said. “⟦d:b|When she goes, the street loses its memory.⟧”
Stenbury Borough Council said it was “⟦p:x|committed to a thriving town centre⟧”. Cllr Tom Beddoes, the council's cabinet member for regeneration, said a new parking scheme would be trialled from June. “⟦d:c|We've listened. We know the car park decision hurt traders, and we're trying to put that right,⟧” he said.
Mrs Fairweather was unimpressed. “⟦d:a|June,⟧” she said. “⟦d:a|I'll be in Tenerife.⟧”

### 007
@x Transport and Aviation Workers' Union | The union
@a Lucia Ferreira-Mbeki | TAWU general secretary
@b Anders Kjellberg | SkyVane chief executive
@c - | one father travelling with three children
BRASSEL, July 3 (Nordwire) - Cabin crew at low-cost carrier SkyVane will walk out for 48 hours from Friday, the Transport and Aviation Workers' Union said on Wednesday, putting the travel plans of about 90,000 passengers at risk at the start of the school holidays.
The union said talks had broken down over rostering and pay, and accused management of "⟦p:x|treating crew as disposable⟧".
"⟦d:a|Nobody wants to ruin anyone's holiday. But our members are working 13-hour days with no guaranteed break, and they have had enough,⟧" TAWU general secretary Lucia Ferreira-Mbeki said.
SkyVane chief executive Anders Kjellberg called the strike "⟦p:b|unnecessary and irresponsible⟧". "⟦d:b|We have offered 9% over two years, more than any of our competitors. The union has chosen headlines over a deal,⟧" he said in a statement.
He said the airline would operate "⟦p:b|as many flights as possible⟧" using crew from other bases and would contact affected passengers by email.
At Brassel Nord airport, passengers checking in on Wednesday were anxious. "⟦d:c|We've paid for two weeks in a villa. If we can't get there, who pays for that?⟧" said one father travelling with three children.
Asked on local radio whether the union would call off the walkout if the offer improved, Ferreira-Mbeki said: "⟦d:a|Put it in writing and we will put it to the members. That's how it works.⟧"

### 008
@a Adjoua Kouassi-Brou | president of the Entente cooperative
@b Théodore Yao-N'Guessan | Agriculture Minister
@c - | a cocoa buyer in Kouaméville who asked not to be named
KOUAMÉVILLE, Varenne, Sept 12 (Nordwire) - The farmgate price of cocoa in Varenne will rise by a third for the new season, the government announced on Thursday, but growers said the increase still left them with a small share of a world price that has more than doubled.
«⟦d:a|C'est un pas, mais ce n'est pas assez⟧», said Adjoua Kouassi-Brou, president of the Entente cooperative, which represents about 3,000 farmers around Kouaméville. "⟦d:a|It is a step, but it is not enough.⟧"
She said many members had stopped buying fertiliser last year because they could not afford it. «⟦d:a|Les arbres sont vieux, les enfants partent en ville⟧», she said. "⟦d:a|The trees are old, the children are leaving for the city.⟧"
Agriculture Minister Théodore Yao-N'Guessan said the new price of 2,800 francs a kilogram was "⟦p:b|historic⟧" and "⟦p:b|proof that the state listens to its farmers⟧".
Exporters warned that beans were already being smuggled across the border, where prices are higher. "⟦d:c|If the gap stays this big, you will see the lorries going the other way at night,⟧" said a cocoa buyer in Kouaméville who asked not to be named.

### 009
@a Nkechi Abernethy | a sleep scientist at the University of Wendham who led the research
@b Yvette Langstrom | an epidemiologist at the Carrow Institute who was not involved in the study
@x University of Wendham | The university
Teenagers who left their phones outside the bedroom at night slept an average of 42 minutes longer after six weeks, according to a trial involving nearly 1,200 pupils at 14 secondary schools.
The study, published on Wednesday in the journal Paediatric Sleep Research, randomly assigned pupils aged 13 to 16 either to keep their usual routine or to hand their phones to a parent at 9.30pm.
“⟦d:a|Forty-two minutes is a lot of sleep. It's the difference between a teenager who is functioning and one who is running on empty,⟧” said Dr Nkechi Abernethy, a sleep scientist at the University of Wendham who led the research.
She said the effect was largest among pupils who had reported the heaviest night-time phone use at the start. “⟦d:a|The children who needed it most benefited most, which is not always the case with these interventions.⟧”
Not everyone was persuaded. Professor Yvette Langstrom, an epidemiologist at the Carrow Institute who was not involved in the study, pointed out that sleep was measured partly by pupils' own diaries.
“⟦d:b|Teenagers who know they're in a phone trial may well tell you what you want to hear,⟧” she said. “⟦d:b|The wristband data are more convincing than the diaries, and the wristband effect is smaller — about 25 minutes.⟧”
Abernethy accepted the point. “⟦d:a|She's right that the diaries overestimate. But 25 minutes a night is still very meaningful,⟧” she said.
The university, in a press release, described the findings as “⟦p:x|a simple, free intervention that families can start tonight⟧”.

### 010
@a Rhodri Pennant | Health Minister
@b Glenys Adebayo-Price | The opposition's health spokesperson
@c Terence Kaminski | a former lorry driver from Pontfawr
@x Eastmoor Health Board | The health board
More than 61,000 people in the Eastmoor region have been waiting over a year for planned hospital treatment, new figures show.
The numbers, published by the Eastmoor Health Board on Thursday, are the highest since records began in 2011.
Health Minister Rhodri Pennant said the figures were "⟦p:a|disappointing but not surprising⟧" after a difficult winter.
"⟦d:a|I'm not going to pretend these numbers are acceptable. They're not. But we have opened two new surgical hubs this year and we expect to see the benefit by the summer,⟧" he told Radio Eastmoor.
Asked when the year-long waits would be eliminated, he would not give a date. "⟦d:a|I'd rather under-promise,⟧" he said.
The opposition's health spokesperson, Glenys Adebayo-Price, said the minister had been "⟦p:b|promising jam tomorrow for four years⟧". "⟦d:b|Every summer the benefit is coming in the autumn, and every autumn it's coming in the spring,⟧" she said.
One of those waiting is Terence Kaminski, a former lorry driver from Pontfawr, who has been on the list for a hip replacement for 19 months.
"⟦d:c|Some days I can't get to the end of the garden. I used to drive to the coast and back in a day,⟧" the 64-year-old said. "⟦d:c|I'm not angry with the nurses. I'm angry with whoever decided this was good enough.⟧"
The health board said it was "⟦p:x|working hard to reduce the longest waits⟧" and apologised to patients.

### 011
@a Ibrahim Al-Sayegh | the observatory's director
@b Sunniva Haug | a postdoctoral researcher
@c - | another reporter
Astronomers have detected a rocky planet roughly the size of Earth orbiting a small, cool star 31 light years away, inside what is known as the “⟦s:-|habitable zone⟧”, where temperatures could allow liquid water on the surface.
The planet, designated Kesh-418 b, was found by the Caldera Ridge Observatory in the Ardán highlands using a spectrograph installed two years ago.
“⟦d:a|We had to check it about a hundred times before we believed it,⟧” Dr Ibrahim Al-Sayegh, the observatory's director, said at a briefing on Monday. “⟦d:a|The signal is tiny. We are measuring the star wobbling at roughly the speed of someone walking slowly.⟧”
The paper's first author, Dr Sunniva Haug, a postdoctoral researcher, said the team had spent eight months ruling out other explanations, including starspots.
Asked by a reporter whether the planet could host life, she was cautious. “⟦d:b|Could it? Possibly. Does it? We have no idea, and anyone who tells you otherwise is selling something.⟧”
“⟦d:c|How long before you can look at its atmosphere?⟧” another reporter asked.
“⟦d:a|With the telescopes we have now, a decade. With the ones being built, maybe five years,⟧” Al-Sayegh replied.

### 012
@x Medicines Standards Agency | the agency
@y Calder-Moss Support | a patient charity
@b Faisal Qureshi | Its director
@c Ines Vasconcelos | Halvorsen's chief medical officer
@d Alys Brennan | the 29-year-old
A once-a-month injection for a rare inherited liver disease has been approved by the Medicines Standards Agency, in what patients described as a turning point.
The agency approved lumeravir, made by Halvorsen Therapeutics, for adults with Calder-Moss syndrome, which affects about 800 people in the country and causes fatty deposits to build up in the liver and nerves.
"⟦d:x|The benefits of this medicine outweigh its risks for the patients who need it,⟧" the agency said in a statement.
Calder-Moss Support, a patient charity, called the decision "⟦p:y|a genuine change⟧" for families. Its director, Faisal Qureshi, said many patients currently needed hospital infusions every week.
"⟦d:b|You're talking about people who have organised their whole lives around a drip stand. This gives them their Thursdays back,⟧" he said.
The price has not been disclosed. Halvorsen's chief medical officer, Dr Ines Vasconcelos, would say only that the company was "⟦p:c|in constructive discussions⟧" with health authorities. "⟦d:c|We want every eligible patient to get it. We are not going to negotiate in public,⟧" she said.
Alys Brennan, who was diagnosed at 22, took part in the trial. "⟦d:d|I got married last summer. Two years ago I wouldn't have been able to stand up for the photographs,⟧" the 29-year-old said.
"⟦d:d|I cried when I read the news. Then I rang my mum, and she cried.⟧"

### 013
@a Rosa Quispe Mamani | a farmer and community leader in the village of Chaupi
@b Mateo Arancibia | the institute's director
@x Ministry of Environment | -
SAN ROQUE DE LAS NIEVES, Andalca, Aug 4 (Nordwire) - The Tuyuqo glacier, which supplies drinking water to about 200,000 people in the valley below, has lost almost 40% of its surface since 1990, according to a survey published on Monday by Andalca's National Institute of Glaciology.
«⟦d:a|El glaciar se está muriendo delante de nosotros⟧», said Rosa Quispe Mamani, a farmer and community leader in the village of Chaupi. "⟦d:a|The glacier is dying in front of us.⟧"
She said the irrigation channels her grandfather built now ran dry by August. "⟦d:a|When I was a girl we had water all year. My daughter has never seen that,⟧" she said.
Mateo Arancibia, the institute's director, told reporters in the provincial capital that the lower tongue of the glacier could disappear "⟦p:b|within 25 years⟧" at the current rate of melting.
«⟦d:b|No hay vuelta atrás para esa parte del glaciar⟧», Arancibia said. "⟦d:b|There is no going back for that part of the glacier.⟧" He called for "⟦p:b|urgent investment in water storage⟧" in the valley.
The Ministry of Environment said in a statement that it would present a "⟦p:x|national water security plan⟧" to congress before the end of the year.

### 014
@x Animal Health Agency | The agency
@a Saoirse Ní Bhriain | the deputy chief veterinary officer
@b Jacob Oyenuga | The farm's owner
@c - | A neighbour
A 3km protection zone has been put in place around a poultry farm near Little Harnby after a case of bird flu was confirmed, the Animal Health Agency said on Tuesday.
All 32,000 birds on the farm will be culled. The agency said the risk to public health was “⟦p:x|very low⟧” and that properly cooked poultry and eggs were safe to eat.
Dr Saoirse Ní Bhriain, the deputy chief veterinary officer, said: “⟦d:a|Bird keepers must stay vigilant. Wild birds are bringing this virus in, and we are asking everyone, whether you have three hens or thirty thousand, to keep them housed and report any signs of illness.⟧”
The farm's owner, Jacob Oyenuga, said his family was “⟦p:b|devastated⟧”.
“⟦d:b|My father built these sheds. We've done everything right — the foot dips, the netting, all of it. And still,⟧” he said, before breaking off.
A neighbour, who keeps a small flock of ducks, said she had found out about the outbreak from social media. “⟦d:c|Nobody knocked on the door. I only found out when my sister sent me a screenshot,⟧” she said.
The agency said letters had been sent to every registered keeper inside the zone. “⟦d:x|We would urge anyone with birds who hasn't registered to do so now,⟧” it said.

### 015
@a Declan Mwangi-Roe | the 44-year-old joiner from Carrick Vale
@b Arjun Lakhani | his GP
“⟦d:a|I'd tell everyone I was fine. I was very good at fine,⟧” says Declan Mwangi-Roe. For six years, the 44-year-old joiner from Carrick Vale hid his depression from his wife, his three children and the men he worked alongside.
It was his GP, Dr Arjun Lakhani, who noticed. “⟦d:a|I'd gone in about my back. He asked me how I was sleeping, and I just started crying in his little room,⟧” Mwangi-Roe says.
Lakhani, who has practised in the valley for 20 years, says men in manual trades often come to him with physical complaints. “⟦d:b|The back pain is real, the headaches are real. But if you only treat the back, you miss the man,⟧” he says.
“⟦d:b|I ask everyone about sleep now. It's the side door into the conversation.⟧”
Mwangi-Roe now runs a Tuesday-night walking group for men in the valley. Its members call it the “⟦s:-|Slow Lads⟧”.
“⟦d:a|We don't sit in a circle. We walk, and if someone wants to talk, they talk,⟧” he says.
“⟦d:a|Last month a lad I've known since school told me he'd been thinking of ending it. Two years ago he'd never have said that out loud. Neither would I.⟧”

### 016
@x Kestwick District Council | The council
@a Ruth Achterberg | chief executive
@b Harold Nkemelu | Resident
@c Priyanka Desai-Holm | Cyber security consultant
@d - | A council spokesman
The personal details of up to 48,000 residents may have been stolen in a cyber attack on Kestwick District Council, the authority has admitted.
The council said names, addresses and council tax records had been accessed by "⟦p:x|an unauthorised third party⟧" between 2 and 5 March. It said bank details were not thought to have been taken.
In a letter to residents, chief executive Ruth Achterberg apologised "⟦p:a|unreservedly⟧". "⟦d:a|We take the security of your information extremely seriously, and I am sorry that on this occasion we have let you down,⟧" she wrote.
Resident Harold Nkemelu, 71, said his letter arrived on Saturday, more than a fortnight after the attack. "⟦d:b|Two weeks. Anyone could have been using my name for two weeks. And they say they take it seriously?⟧"
Cyber security consultant Priyanka Desai-Holm said councils were "⟦p:c|soft targets⟧". "⟦d:c|They hold a huge amount of data, and most of them are running systems that are fifteen or twenty years old. It's not a question of if, it's when,⟧" she said.
She urged residents to watch out for so-called "⟦s:-|phishing⟧" emails and for calls from people claiming to be from the council.
A council spokesman added: "⟦d:d|We have no evidence that any of the data has been published online, and we are working closely with the police.⟧"

### 017
@a Helena Marchetti-Obi | the chief executive of Quillbright
@x Quillbright | -
@b Tobias Engström | -
@c Jun Takahashi | an analyst at Morrow & Finch
“⟦d:a|Today, your computer stops waiting for you to tell it what to do,⟧” Helena Marchetti-Obi, the chief executive of Quillbright, told a packed hall in Ostend Bay on Tuesday as she unveiled Lumen, the AI assistant on which the company is staking its future.
Lumen can read a user's email, book meetings, fill in expense forms and, Quillbright says, “⟦p:x|learn how you work⟧” over time.
“⟦d:a|It's not a chatbot. It's a colleague,⟧” Marchetti-Obi said — a line she repeated four times during the 70-minute presentation.
“⟦d:b|'Colleague' is doing an awful lot of work in that sentence,⟧” said Tobias Engström, who researches AI safety at the Nordlys Institute.
“⟦d:b|A colleague you can't question and whose reasoning you can't see isn't a colleague. It's a liability,⟧” he said.
Asked about privacy, Marchetti-Obi said customer data would “⟦p:a|never, ever⟧” be used to train the company's models without consent.
Jun Takahashi, an analyst at Morrow & Finch, was unmoved by the showmanship. “⟦d:c|The demo was slick. Demos are always slick,⟧” he said. “⟦d:c|The question is what happens when it books the wrong flight for ten thousand people on the same day.⟧”
Lumen will cost $20 a month and launches in September.

### 018
@x Vexa | -
@y - | a spokesperson
@b Arnav Kulkarni | Vexa's head of design
There is a setting buried three menus deep in the Vexa Nine Pro called “⟦s:-|Calm Mode⟧”. Switch it on and after 9pm the screen turns grey, every app except calls and messages disappears and, in our testing, you feel about 40% less guilty. It is the best thing about a phone that otherwise tries very, very hard to impress.
The main camera is superb in daylight and very good at night. The battery, which Vexa claims will last “⟦p:x|two full days⟧”, managed a day and a half of heavy use. The “⟦s:-|AI-enhanced⟧” 10x zoom is less convincing: faces come out waxy, and the text on distant signs is occasionally invented.
Then there is the price. When we asked Vexa why the Nine Pro costs £150 more than last year's model, a spokesperson said: “⟦d:y|The Nine Pro has a new titanium frame, a larger main sensor and seven years of software updates. We believe it represents excellent value.⟧”
Vexa's head of design, Arnav Kulkarni, was more candid about why the curved screen edges of previous models have gone. “⟦d:b|People kept telling us they were pressing things by accident,⟧” he told us at a briefing. “⟦d:b|So the curves went.⟧”
“⟦d:b|We'd rather people used their phones less and loved them more,⟧” he added. Suddenly Calm Mode makes sense.
Verdict: A superb camera in a phone that is trying too hard. 4/5

### 019
@a Winifred Castellano | parish council chair
@x Northlink Fibre | -
@b Owen Prytherch | a dairy farmer
@c Sunita Wolcott-Rae | The area's MP
Residents of Hobb's Cross have been promised full-fibre broadband for the fourth time in six years — and they are not holding their breath.
"⟦d:a|We've had more launch events than we've had megabits,⟧" said parish council chair Winifred Castellano. "⟦d:a|I've got a drawer full of leaflets with smiling engineers on them.⟧"
Northlink Fibre, which won a public contract to connect the village in 2019, said work would begin "⟦p:x|within the next quarter⟧".
Owen Prytherch, a dairy farmer, has to submit his herd records online. "⟦d:b|I sit in the supermarket car park in Llanfair Isaf with a laptop on my knees. The staff must think I'm casing the place,⟧" he said.
The area's MP, Sunita Wolcott-Rae, said she had written to the company "⟦p:c|demanding a date, not a promise⟧". "⟦d:c|They have had public money for this. The village deserves better than another PowerPoint presentation,⟧" she said.
Asked whether she believed the latest promise, Mrs Castellano smiled. "⟦d:a|I believe in the tooth fairy, too. I'll believe it when I can watch the cricket without it buffering.⟧"

### 020
@a Marcus Oyelaran-Hughes | chief executive
@b - | One developer on the Emberfall team
@c - | a senior artist
@x Glasswing Interactive | the company
Glasswing Interactive, the studio behind the fantasy series “⟦s:-|Emberfall⟧”, is laying off about 230 people, roughly a fifth of its workforce, according to an internal memo seen by this site.
In the memo, chief executive Marcus Oyelaran-Hughes wrote that the company had “⟦p:a|grown faster than our games could support⟧”. “⟦d:a|This is the hardest message I have ever had to write. I take full responsibility for the decisions that brought us here,⟧” he wrote.
One developer on the Emberfall team, who spoke on condition of anonymity because they were not authorised to talk to the press, said staff learned of the cuts on a 15-minute video call.
“⟦d:b|Cameras off, chat disabled. Then your laptop locks,⟧” they said. “⟦d:b|People found out they'd been let go because their work chat stopped loading.⟧”
A second employee, a senior artist, said morale had been “⟦p:c|on the floor⟧” since “⟦s:-|Emberfall IV⟧” was delayed last year.
Glasswing said departing staff would receive four months' pay. “⟦d:x|We are grateful to every one of our departing colleagues,⟧” the company said in a statement.

### 021
@a Amara Fenwick-Oduya | The judge
@b Kofi Brandt-Asante | -
@c Lionel Achebe-Ward | Their barrister
@x Dashbite Ltd | -
@y - | a spokesperson
A food delivery company acted unlawfully when it "⟦s:-|deactivated⟧" riders' accounts without explanation or appeal, the High Court ruled on Friday, in a decision that could affect thousands of gig workers.
The judge, Mrs Justice Amara Fenwick-Oduya, found that Dashbite Ltd had relied on an automated system that flagged riders for "⟦s:-|unusual patterns⟧" without any human review.
"⟦d:a|A worker who is dismissed by an algorithm is no less dismissed,⟧" she wrote in her judgment. "⟦d:a|The law does not stop at the edge of the app.⟧"
The case was brought by three riders, including Kofi Brandt-Asante, 27, who delivered for Dashbite in Eastgate for three years.
"⟦d:b|One day I opened the app and it said my account was under review. That was it. No phone number, no name, nothing,⟧" he said outside court. "⟦d:b|Today a judge has said what we've been saying for two years: we're people.⟧"
Their barrister, Lionel Achebe-Ward KC, called the ruling "⟦p:c|a landmark for anyone who works for an app⟧".
Dashbite said it was "⟦p:x|disappointed⟧" and was considering an appeal. "⟦d:y|Our systems are designed to keep customers and riders safe,⟧" a spokesperson said.

### 022
@a Ruairí Costigan | Harbourside boss
@b Graham Otieno | Ellerby manager
@c Yusuf Demirci | the Turkish-born striker
Ellerby Athletic 1 Harbourside City 3
Harbourside City moved to within two points of the top of the table after Yusuf Demirci's second-half double sank ten-man Ellerby at Canal Street.
The hosts led through Kwame Asante's header on 23 minutes, but the game turned six minutes after the break when Ellerby defender Luka Baranović was sent off for a sliding challenge on Demirci. Demirci equalised from the resulting free kick, added a second on 67 minutes and set up the substitute Ollie Brandt for the third in stoppage time.
"⟦d:a|The first half we were sloppy, and I told them that at half-time in fairly plain language,⟧" Harbourside boss Ruairí Costigan said. "⟦d:a|The second half was the team I know.⟧"
Costigan added of his match-winner: "⟦d:a|Yusuf has been waiting for his chance for six weeks and never once knocked on my door to moan. He just trained. That's his reward.⟧"
Ellerby manager Graham Otieno was furious about the red card. "⟦d:b|It's never a red. Never. He's gone for the ball, and he's got the ball,⟧" Otieno said. "⟦d:b|I've asked the referee to explain it to me, and he couldn't.⟧"
Demirci, 22, was making only his third start. "⟦d:c|Honestly, I didn't sleep last night because I knew I was starting,⟧" the Turkish-born striker said. "⟦d:c|My dad is in the stand. The second goal was for him.⟧"

### 023
@a Ludmila Horvathova | the 19-year-old
@r - | one reporter
@b Jae-won Park | the top seed
Ludmila Horvathova insisted she had “⟦p:a|no regrets⟧” after her run at the Eastgate Open ended in a three-set quarter-final defeat by the top seed, Jae-won Park.
“⟦d:a|I played the right way. I went for my shots. Sometimes they go in — today in the third set they went in for her,⟧” the 19-year-old said.
Horvathova needed treatment on her left thigh at 3-3 in the deciding set. “⟦d:r|Was the leg bothering you in the third set?⟧” one reporter asked.
“⟦d:a|A little. I'm not going to make excuses. She was better,⟧” Horvathova replied.
Asked whether she would play the grass-court season, she shrugged. “⟦d:a|If the leg lets me. Ask me on Tuesday.⟧”
Park, speaking through an interpreter, was generous. “⟦d:b|Ludmila will be top five very soon. Today I was lucky in some important moments,⟧” she said. She described her own serve as “⟦p:b|not good enough yet for a final⟧”.

### 024
@a Ravindu Jayasekara | the 26-year-old opener
@b Hamish Odhiambo-Reid | Ashcombe captain
@c Waqar Siddiqui | -
Ravindu Jayasekara's unbeaten 147 carried Ashcombe to a four-wicket win over Norland at Fellside Road on Sunday, as they chased down 311 with an over to spare.
He came in with his side 14 for two in the fourth over and was still there when Sam Ojukwu hit the winning boundary.
``⟦d:a|I didn't think about the hundred at all,⟧'' said the 26-year-old opener. ``⟦d:a|I was thinking about the next ball, and then the next one. My coach at school used to tell us batting is just one ball, many times.⟧''
``⟦d:-|Is that the best you've batted?⟧'' he was asked.
``⟦d:a|Probably. Ask me again after the next one.⟧''
Ashcombe captain Hamish Odhiambo-Reid said: ``⟦d:b|That's the best innings I've seen from an Ashcombe player since I've been here, and I've been here eleven years.⟧''
Norland's Waqar Siddiqui, who took four for 61, rued a chance that went down at slip when Jayasekara had 12. ``⟦d:c|We had him on 12. You can't give a player like that two lives,⟧'' he said.

### 025
@a Siobhán Delacroix-Kent | Coach
@b Tane Whakamoe | skipper
@c Jordi Massana-Roig | Uncapped flanker
GRAND Slam hopes were rocked last night as skipper Tane Whakamoe was ruled out for SIX WEEKS with a knee injury.
The 31-year-old back-rower hobbled off in training on Tuesday and a scan confirmed the worst.
Coach Siobhán Delacroix-Kent admitted: "⟦d:a|It's a massive blow. Tane is the heartbeat of this team. You don't replace that, you just try to spread it around.⟧"
Whakamoe posted on social media: "⟦d:b|Gutted doesn't cover it. I'll be back stronger. Kia kaha, boys.⟧"
Uncapped flanker Jordi Massana-Roig, 23, gets the nod for Saturday's clash with Kestria. "⟦d:c|I've dreamed of this since I was a kid watching on the telly with my grandad,⟧" the Barcelona-born youngster said. "⟦d:c|It's a shame it's happened like this, because Tane's a legend.⟧"
Delacroix-Kent insisted: "⟦d:a|Jordi has earned it. He's been the best player in training for a month.⟧"
And asked if she was worried, she joked: "⟦d:a|Not at all. Well — a little bit.⟧"

### 026
@a Tsehay Alemu-Wolde | the 24-year-old
@b Hanna Lindqvist-Berg | -
@c Silas Kiprotich-Mwende | -
@d Fiona MacAulay-Greer | race director
RIVERSTOKE, Oct 6 (Nordwire) – Tsehay Alemu-Wolde broke the course record at the Riverstoke Marathon on Sunday, running 2:17:41 to win the women's race by almost two minutes in only her second race over the distance.
“⟦d:a|I wanted the record from the start. My coach told me to be patient, so I was patient until 35 kilometres,⟧” the 24-year-old said through an interpreter.
She dedicated the win to her mother, a primary school teacher in the highland town of Gondaro. “⟦d:a|She has never seen me race. Tonight, maybe, she will see it on the news in the village,⟧” she said.
“⟦d:b|I thought I could hold her. At 36k she just left, and I was looking at her back for the last six kilometres,⟧” said Hanna Lindqvist-Berg, who finished second.
The men's race was won by Silas Kiprotich-Mwende in 2:06:12. He said the headwind on the riverside section had been “⟦p:c|like running into a wall⟧”.
“⟦d:d|Two records in one day would have been greedy,⟧” joked race director Fiona MacAulay-Greer.

### 027
@a Chloe Nwachukwu | Brackley Town Women captain
@b Maddie Østergaard | Her teammate and vice-captain
@c Dev Ramlochan | manager
“⟦d:a|We've been told for years that nobody would come and watch us. Well — look,⟧” said Brackley Town Women captain Chloe Nwachukwu, gesturing at the packed main stand after a record crowd of 1,812 saw her side beat Harlow Vale 3-1.
Her teammate and vice-captain, Maddie Østergaard, scored twice. “⟦d:b|Chloe gave us the speech before kick-off, the one about the minibus at six in the morning with eleven of us and no subs. I wasn't going to let her down,⟧” Østergaard said.
Asked about her second goal, a volley from 25 yards, she shrugged. “⟦d:b|I shut my eyes. Don't tell the manager.⟧”
Nwachukwu, a paramedic, had swapped three shifts to play. “⟦d:a|My shift lead thinks I'm mad. She's coming next week, though,⟧” she said.
“⟦d:c|I've never seen the ground like this. The girls — sorry, the women, they'll tell me off — deserved every single one of those people,⟧” said manager Dev Ramlochan.

### 028
@a Baptiste Lemarchand-Ouédraogo | the 27-year-old
@b Mikkel Haugaard | Danish rider
@c Renaud Vasseur | Lemarchand-Ouédraogo's sports director
COL DE LA SORBIÈRE, July 19 (Nordwire) - Baptiste Lemarchand-Ouédraogo won the 14th stage of the Tour de Valmorel on Saturday with a solo attack on the final climb, and took the overall leader's jersey from Danish rider Mikkel Haugaard.
«⟦d:a|J'ai tout donné dans les trois derniers kilomètres⟧», the 27-year-old said at the finish, still bent over his handlebars. "⟦d:a|I gave everything in the last three kilometres.⟧"
«⟦d:a|C'est pour ma grand-mère, qui m'a acheté mon premier vélo⟧», he added. "⟦d:a|This is for my grandmother, who bought me my first bike.⟧"
Haugaard, who lost 1 minute 48 seconds on the climb, was philosophical. "⟦d:b|Today he was simply stronger. But I'm not finished. There is still a time trial,⟧" he said.
Lemarchand-Ouédraogo's sports director, Renaud Vasseur, called the attack «⟦p:c|une folie magnifique⟧» — "⟦p:c|a magnificent madness⟧".

### 029
@a Kaleb Osagie | -
@b Dmitri Volkonsky | the defending champion
@c Frankie Delgado-Moss | Promoter
KALEB Osagie and Dmitri Volkonsky had to be dragged apart by security at last night's weigh-in as their bitter feud boiled over.
Osagie, known to fans as "⟦s:-|The Hammer⟧", shoved Volkonsky in the chest after the pair came face to face on the scales.
"⟦d:a|He's been talking for six months. Tomorrow night he finds out what happens when somebody talks back with their fists,⟧" Osagie raged.
Volkonsky, the defending champion, laughed it off. "⟦d:b|Look at him. He's sweating already. I'm relaxed, I'm on weight, I slept like a baby,⟧" the 33-year-old said. "⟦d:b|Tomorrow I put him to sleep too.⟧"
Asked whether he feared going the distance, Osagie sneered: "⟦d:a|Distance? The judges can stay at home.⟧"
Promoter Frankie Delgado-Moss said: "⟦d:c|This is exactly why the fight sold out in nine minutes. These two do not like each other, and that is not for the cameras.⟧"
Volkonsky fired back on social media later: "⟦d:b|The Hammer hits the scales. I hit people.⟧"

### 030
@a Sakura Imamura-Blythe | the 33-year-old
@b Kenji Imamura | her brother and caddie for the past six seasons
@c Agnieszka Pawlak-Moore | Runner-up
Sakura Imamura-Blythe holed a 30-foot birdie putt on the 72nd hole to win the Coldharbour Championship by a stroke on Sunday, her first title in 11 years as a professional.
“⟦d:a|I've stood over that putt a thousand times on the practice green, pretending,⟧” the 33-year-old said. “⟦d:a|This time it was real, and my hands were shaking so much I nearly asked Kenji to hit it.⟧”
Kenji Imamura, her brother and caddie for the past six seasons, read the line. “⟦d:b|I told her left edge. She said, ‘Are you sure?’ I said no. She hit it anyway,⟧” he said, laughing.
Runner-up Agnieszka Pawlak-Moore, who led by two with three holes to play, bogeyed the 16th and 17th. “⟦d:c|I'll be sick about 16 for a while. But Sakura deserved that. She's been the nicest person out here for ten years, and now she's got a trophy to go with it,⟧” she said.
Imamura-Blythe said the winner's cheque of $450,000 would go “⟦p:a|mostly towards my mum's new kitchen⟧”.

### 031
@a Edna Mbatha-Cole | The great-grandmother of nine
@b Sanjay Ruparelia | lido manager
@c Zara | Her great-granddaughter
Edna Mbatha-Cole celebrated her 84th birthday on Sunday in the only way she considered appropriate: by swimming 84 lengths of Harrowgate Lido.
The great-grandmother of nine, who took up swimming at 70 after a hip operation, finished in just under two hours and has so far raised more than £6,000 for St Brigid's Hospice.
"⟦d:a|People said I was mad. I said, well, yes, but I'm also quite fit,⟧" she said, wrapped in a towel and clutching a mug of tea.
She described the water, a brisk 14C, as "⟦p:a|refreshing, which is a polite word for freezing⟧".
"⟦d:b|She's here at seven every morning, rain or shine. Half my lifeguards are scared of her,⟧" said lido manager Sanjay Ruparelia.
Her great-granddaughter Zara, nine, who swam the last length alongside her, said: "⟦d:c|Nana was faster than me, but I let her win.⟧"
The hospice cared for her husband, Walter, in his final weeks in 2019. "⟦d:a|This is my thank you. And next year I'll do 85,⟧" Mrs Mbatha-Cole said.

### 032
@a Pádraig Ó Fearghail | the skipper
@b Hana Kowalczyk | a former teacher from Kraków who runs the island's only guesthouse
The ferry to Inishcarra leaves when Pádraig Ó Fearghail says it leaves.
“⟦d:a|The timetable is more of a suggestion,⟧” says the skipper, who has made the 40-minute crossing from Ballinroe pier twice a day for 31 years. “⟦d:a|The sea writes the real one.⟧”
Inishcarra has 63 permanent residents, one pub, one shop that doubles as the post office and, since 2011, one place to stay. Hana Kowalczyk, a former teacher from Kraków who runs the island's only guesthouse, came out for a summer as a volunteer and never left.
“⟦d:b:m|People arrive on the ferry and they're still looking at their phones. There's one bar of signal, by the church, if the wind is from the west.⟧
“⟦d:b:m|By the second day they've stopped looking. By the third day they're asking me if there's a job going.⟧
“⟦d:b|There isn't, by the way. There's me and the sheep.⟧”
The island's loop walk takes about three hours and passes the lighthouse, two ring forts and a beach you will very likely have to yourself.
“⟦d:a|Mind the cliffs and mind the goats, in that order,⟧” Ó Fearghail shouts as his passengers step onto the slipway.
Getting there: The Inishcarra ferry runs from Ballinroe twice daily, weather permitting. A return costs €24. Rooms at Kowalczyk's guesthouse start at €85, including breakfast.

### 033
@a Luca Benedetti-Amari | The 52-year-old former history teacher
@b Yasmin Haddad | -
"⟦d:a|Don't eat breakfast,⟧" says Luca Benedetti-Amari, "⟦d:a|and never trust a restaurant with photographs on the menu.⟧"
The 52-year-old former history teacher has been leading food walks around Valdrosa's old port for a decade, and the rules are delivered before anyone has left the fountain in Piazza Moro.
The first stop is Forno Haddad, where Yasmin Haddad, whose grandparents came to Valdrosa in the 1950s, sells a thin, blistered chickpea flatbread known locally as "⟦s:-|fainà nera⟧".
"⟦d:b|My grandmother would be horrified. She'd say it's far too thin,⟧" Haddad says, laughing. "⟦d:b|But here they like it thin, so it's thin.⟧"
Benedetti-Amari tells most of the port's history through its recipes. "⟦d:a|Every army that came through this port left a recipe behind. The Venetians, the Ottomans, the French. We ate all of them,⟧" he says.
By the fifth stop, a tiny bar serving anchovies cured in lemon, most of the group has stopped taking notes.
Getting there: Valdrosa has direct flights from most large European cities. Tours cost €65 and run daily except Mondays.

### 034
@a Kerry-Ann Mensah-Lowe | -
@b Farid Nazari | Another passenger
@x Marlowe Airport | -
@c - | An airport worker
@d Simone Ferreira-Lund | Travel expert
Thousands of passengers faced delays of up to six hours at Marlowe Airport on Saturday after a failure in the baggage handling system.
Queues stretched out of the departures hall and into the car park for much of the morning, and at least 40 flights left without some or all of their passengers' luggage.
"⟦d:a|We've been here since four in the morning. The kids have eaten everything in the bag and now they're eating the bag,⟧" said Kerry-Ann Mensah-Lowe, who was travelling to the coast with her three children.
Another passenger, Farid Nazari, said: "⟦d:b|Nobody is telling us anything. The screens just say 'please wait'. Wait for what?⟧"
Marlowe Airport said in a statement: "⟦d:x|We apologise to passengers for the disruption. Our engineers are working to restore the system as quickly as possible.⟧"
An airport worker, who did not want to be named, said: "⟦d:c|This system has been going down every other week since March. Everyone here knew it would happen in the summer.⟧"
Travel expert Simone Ferreira-Lund said passengers delayed by more than three hours might be entitled to compensation. "⟦d:d|Keep every receipt — food, drinks, taxis, the lot,⟧" she said.

### 035
@a Morag Ellis-Nakamura | senior ranger
@b Desmond Oyewole | a retired postman from Strathcorran
@x Ardain Mountain Trust | -
The Coire Dubh path on Ben Ardain has reopened to walkers after an 18-month, £1.2 million restoration.
“⟦d:a|This path was basically a river with stones in it,⟧” said senior ranger Morag Ellis-Nakamura. “⟦d:a|Every year people walked round the boggy bits, and every year the path got wider. At one point it was 40 metres across.⟧”
Volunteers laid 2,300 stone steps by hand. Among them was Desmond Oyewole, a retired postman from Strathcorran. “⟦d:b|My knees will never forgive me. But one day I'll bring my grandchildren up here and tell them I laid that step, and that one, and that one,⟧” he said.
Ellis-Nakamura asked walkers to “⟦p:a|stick to the path, even when it's tempting not to⟧”. Asked what she would say to anyone still inclined to cut the corners, she replied: “⟦d:a|Two thousand three hundred steps. Use them.⟧”
The Ardain Mountain Trust, which paid for most of the work, said it was the “⟦p:x|largest single investment in footpaths⟧” in its 40-year history.

### 036
@a Ilse Vandermeer | the train manager on the Nordpil sleeper
@b Tomás | -
@c Rafael | -
At 21:14 precisely, Ilse Vandermeer, the train manager on the Nordpil sleeper, blows her whistle on platform 9 at Korvala Central, and 14 carriages begin to creak north.
"⟦d:a|People think night trains are romantic. They are, for the passengers,⟧" she says. "⟦d:a|For me it is 300 sheets of paperwork and a man in carriage six who wants a different pillow.⟧"
In cabin 4 of carriage 11 are Tomás and Rafael Ortega-Sayers, three days into their honeymoon. "⟦d:b|We could have flown in two hours. But where's the story in that?⟧" says Tomás. "⟦d:b|We wanted to wake up in the mountains.⟧"
Rafael is less convinced. "⟦d:c|The bed is 70 centimetres wide. Ask me in the morning whether it was romantic,⟧" he says.
The morning arrives in a haze of birch forest and frost. Vandermeer knocks on cabin 4 with two paper cups of coffee. "⟦d:a|Well?⟧" she asks Rafael.
"⟦d:c|It was romantic,⟧" he admits.
Tickets on the Nordpil sleeper start at 89 euros for a seat and 240 euros for a private cabin.

### 037
@a Adaeze Whitford-Obi | the director
@b Marguerite Delaunay-Shaw | -
@c Joaquim Ferraz | the playwright
There is a moment, about 40 minutes into “⟦s:-|The Salt House⟧” at the Lyric Norbrook, when Marguerite Delaunay-Shaw simply stops talking. For nearly a minute she stands at the kitchen sink with her back to the audience, and nobody in the theatre breathes.
It is the best thing in a production that is otherwise, for long stretches, content to be merely very good. The family at its centre — a widowed matriarch, two grown sons and a daughter-in-law nobody likes — bicker over the sale of a seaside house, and the jokes land more reliably than the revelations.
In an interview before opening night, the director, Adaeze Whitford-Obi, told me she had cut almost a third of the original script. “⟦d:a|The first draft ran three hours. Nobody needs three hours of anyone's family, not even their own,⟧” she said.
“⟦d:a|I kept asking Joaquim, what does Ruth want? And he kept saying, the house. Everything comes back to the house.⟧”
Delaunay-Shaw, who plays Ruth, described the part as “⟦p:b|the first time anyone has let me be unpleasant on stage since I turned forty⟧”.
“⟦d:b|Women of a certain age get to be wise or get to be dying. Ruth is neither. She's awful, and I love her,⟧” she said.
“⟦d:c|I wrote this play at my late father's kitchen table, which is the only honest place I know,⟧” the playwright, Joaquim Ferraz, writes in a programme note. It shows, for better and for worse.
Until 14 June.

### 038
@a Ife Adeyemi-Sørensen | the singer
@b Oskar Lindahl | drummer
The Marram Grass, ``⟦s:-|Low Tide Hymns⟧'' (Fenland Records)
``⟦d:a|I wrote most of these songs in the back of a van,⟧'' says Ife Adeyemi-Sørensen. ``⟦d:a|Which sounds romantic until you remember there's no heating in the back of a van.⟧''
You can hear the cold. The third album from the singer and her four-piece band is their sparest yet: brushed drums, a harmonium that sounds as if it was rescued from a skip, and her voice, closer to the microphone than ever.
``⟦d:b|Ife brings in a song with three chords and we spend two weeks trying to ruin it,⟧'' says drummer Oskar Lindahl. ``⟦d:b|Usually she wins.⟧''
The standout is ``⟦s:-|Salt in the Sugar⟧'', a six-minute lament for her late mother that builds to a single, devastating key change.
``⟦d:a|My mum sang in a church choir in Ibadan. She'd have thought this album was too sad,⟧'' Adeyemi-Sørensen says. ``⟦d:a|She'd probably have been right.⟧''
Not everything lands — ``⟦s:-|Harbour Lights⟧'' outstays its welcome by a good two minutes — but this is a record made by people who know exactly what they are doing. Four stars.

### 039
@a Tomasz Kwiatkowski-Bell | painter
@b Leilani Okafor-Reyes | The exhibition's curator
@c - | a critic
“⟦d:a|I don't paint the sea. I paint the light on top of the sea. The sea just happens to be underneath it,⟧” painter Tomasz Kwiatkowski-Bell said at the preview of his retrospective at the Halden Gallery on Thursday, leaning on a stick in front of a vast canvas titled “⟦s:-|Eleventh Hour, Gull Point⟧”.
The exhibition, the first full survey of the 81-year-old's work, brings together 96 paintings, some of which have not been seen in public since the 1970s.
The exhibition's curator, Leilani Okafor-Reyes, spent three years tracking them down. “⟦d:b|We found one in a dentist's waiting room in Harwood. The dentist had no idea what it was. He'd bought it at a car boot sale for forty pounds,⟧” she said.
In 1979 a critic dismissed his work as “⟦p:c|weather with ambitions⟧”. Kwiatkowski-Bell has kept the cutting on his studio wall ever since. “⟦d:a|He was right, actually. That's what they are,⟧” he said.
Asked which painting was his favourite, he shook his head. “⟦d:a|That's like asking which of your children you like best. I know the answer, but I'm not telling you.⟧”
Until 2 March.

### 040
@a Chidera Okonkwo-Hale | novelist
@m Rupert Ashdown-Mensah | the session's chair
@q - | one woman in the front row
The queue for novelist Chidera Okonkwo-Hale's event at the Fellbridge Literary Festival on Saturday stretched past the marquee and round the duck pond.
Her third novel, “⟦s:-|The Weight of Rivers⟧”, about three generations of a family in a flood-prone delta town, was shortlisted for the Halcyon Prize last month.
“⟦d:m|Do you think of yourself as a political writer?⟧” asked the session's chair, Rupert Ashdown-Mensah.
“⟦d:a|Every writer from where I'm from gets asked that. Nobody asks the man writing about a divorce in a nice part of town whether he's political,⟧” Okonkwo-Hale replied, to applause.
During questions from the audience, one woman in the front row asked whether the novel's ending was “⟦p:q|deliberately cruel⟧”.
“⟦d:a|Yes,⟧” said the novelist. “⟦d:a|Next question.⟧”
Then, as the laughter died down, she relented. “⟦d:a|No, it isn't cruel. It's honest. Those aren't the same thing, although they do tend to sit together.⟧”

### 041
@a Seo Ji-hoon | the South Korean director
@b Han Mi-rae | Its lead actress
@c - | a journalist from an Italian newspaper
@d Giulia Marchetti-Rossi | festival director
The first standing ovation of this year's Marenza Film Festival lasted nine minutes, and the South Korean director Seo Ji-hoon spent most of it looking at his shoes.
“⟦d:a|I made this film for my father, who worked in a fish market for forty years and never once went to a cinema,⟧” Seo said through an interpreter at a press conference the next morning.
The film, “⟦s:-|Low Season⟧”, follows a widowed fishmonger in a coastal town during the months after the tourists have gone.
Its lead actress, Han Mi-rae, said the director had forbidden her to cry on screen. “⟦d:b|It was the hardest thing I have ever done. In Korean dramas we cry all the time,⟧” she said, also through an interpreter, to laughter.
“⟦d:c|Is this an angry film?⟧” asked a journalist from an Italian newspaper.
“⟦d:a|Not angry. Tired. There is a difference, and my father would understand it,⟧” Seo replied.
“⟦d:d|This is why we do this,⟧” festival director Giulia Marchetti-Rossi told reporters afterwards.

### 042
@a Amaru Villca-Lindström | the Bolivian-born conductor
@b Katarzyna Wróbel-Hayes | the orchestra's leader
@c Edmund Hallworth | the orchestra's principal conductor
@d Mavis Ogundipe | one subscriber
When Amaru Villca-Lindström walked onto the stage of the Corran Hall on Friday night, he was 24 and had never conducted a professional orchestra in public. Eighty minutes later the Corran Philharmonic was on its feet, applauding him.
He was a last-minute replacement for the orchestra's principal conductor, Sir Edmund Hallworth, who was taken ill on Thursday.
"⟦d:a|I got the call at eleven in the morning. I said yes before I had finished hearing the question,⟧" the Bolivian-born conductor said afterwards. "⟦d:a|Then I went home and was sick.⟧"
Katarzyna Wróbel-Hayes, the orchestra's leader, said the players had "⟦p:b|decided at the first rehearsal to carry him⟧". "⟦d:b|He didn't need carrying. By the second movement of the Brahms he was carrying us,⟧" she said.
Hallworth sent a message from his hospital bed, which was read out by the orchestra's manager before the encore: "⟦d:c|I am told I am missing a wonderful evening. I am delighted, and slightly worried for my job.⟧"
"⟦d:d|I've been coming here since 1968 and I've never heard the Brahms like that,⟧" said one subscriber, Mavis Ogundipe.

### 043
@a Jaxon Reid-Okafor | -
@b Lottie Kwarteng | fan favourite
@c - | One viewer
@d - | Another fan
@e - | A spokesperson for the show
"⟦s:-|Sunset Shores⟧" fans were left FUMING last night after Jaxon Reid-Okafor dumped fan favourite Lottie Kwarteng in a brutal fireside chat.
"⟦d:a|I just don't see a future, babe. I'm being real with you,⟧" Jaxon told the 24-year-old dental nurse.
Lottie, fighting back tears, hit back: "⟦d:b|Real? You were planning our wedding on Tuesday.⟧"
Viewers took to social media in their thousands. One viewer posted: "⟦d:c|Lottie deserves SO much better. Jaxon is the villain of the series and it's not even close.⟧"
Another fan wrote: "⟦d:d|Justice for Lottie.⟧"
A spokesperson for the show said: "⟦d:e|Relationships in the villa are real and, like in real life, they don't always work out. Welfare support is available to every Islander at all times.⟧"

### 044
@x Hadley & Crane | The retailer
@a Bethan Ocampo-Jones | -
@y Office for Product Safety | -
@b Kwame Adjei-Brennan | head of policy at the consumer group Fairdeal
The retailer Hadley & Crane has recalled more than 60,000 electric kettles after customers reported that the handle could overheat and, in some cases, come away from the body.
Customers who bought the 1.7-litre Glass Kettle, model HC-2271, between March and October should stop using it immediately.
“⟦d:x|The safety of our customers is our highest priority. We are sorry for any inconvenience,⟧” Hadley & Crane said in a statement.
Bethan Ocampo-Jones, from Thornleigh, said the handle came off in her hand as she filled a hot water bottle. “⟦d:a|Boiling water all over my foot. I was in A&E for five hours,⟧” she said. “⟦d:a|I reported it to them in August. It took them until November to do anything.⟧”
The Office for Product Safety said: “⟦d:y|Consumers should check the model number on the base of the kettle and return it to any store for a full refund, with or without a receipt.⟧”
Kwame Adjei-Brennan, head of policy at the consumer group Fairdeal, said the delay was “⟦p:b|unacceptable⟧”. “⟦d:b|If a customer reported this in August, why were these kettles still on the shelves in October?⟧” he asked.

### 045
@a - | a retired nurse who asked not to be named
@b Amrit Gill | Detective Sergeant
@x Dunmore Police | -
@y Castlegate Building Society | Her bank
Police in Dunmore are warning older residents about fraudsters posing as bank staff after a 79-year-old woman lost £23,000 in a single afternoon.
The victim, a retired nurse who asked not to be named, said the caller "⟦p:a|knew everything⟧" about her.
"⟦d:a|He had my sort code, my last few transactions, the name of my branch. He was so polite. He said my money was in danger and I had to move it to a safe account,⟧" she said. "⟦d:a|I feel so stupid.⟧"
"⟦d:b|She isn't stupid. These are professional criminals who do this all day, every day,⟧" said Detective Sergeant Amrit Gill. "⟦d:b|Your bank will never ask you to move money to a 'safe account'. Never. If anyone does, hang up.⟧"
Dunmore Police said it had seen "⟦p:x|a significant rise⟧" in such calls since the new year.
Her bank, Castlegate Building Society, said it was "⟦p:y|reviewing the case as a priority⟧".

### 046
@a Linh Tran | shopper
@b Bogdan Petrescu | Retired engineer
@c Fraser Mbeki-Doyle | head of retail insight at Bellweather Data
@x Grocers' Federation | -
The cost of a typical weekly shop has risen by 9% in a year, with butter, coffee and chocolate among the biggest risers, according to figures from the research firm Bellweather Data.
At a supermarket in Eastfield on Saturday, shopper Linh Tran, 34, was comparing the prices of two tubs of butter. “⟦d:a|I've stopped buying the brand I like. I buy whatever's cheapest now and I don't even look at the name,⟧” she said.
Asked what else she had cut back on, she laughed. “⟦d:a|Everything. Ask me what I haven't cut back on. Coffee. I'll give up eating before I give up coffee.⟧”
Retired engineer Bogdan Petrescu said he now shopped in three different supermarkets. “⟦d:b|It takes all morning. But I have all morning. That's the one thing I do have,⟧” he said.
Fraser Mbeki-Doyle, head of retail insight at Bellweather Data, said: “⟦d:c|Shoppers are trading down, buying own-label and shopping around more than at any time since we started collecting this data.⟧” He said chocolate had gone up by almost a fifth, largely because of the “⟦p:c|extraordinary⟧” cost of cocoa.
The Grocers' Federation said supermarkets were “⟦p:x|absorbing costs wherever possible⟧”.

### 047
@a Janet Kowalski-Byrne | -
@b - | A spokesman
@c Nomvula Pereira | the Travel Ombudsman
Janet Kowalski-Byrne got in touch after a seven-month battle for a refund.
"⟦d:a|We booked a week in Corvara for our 40th wedding anniversary. Two days before we flew, Sunbright Travel cancelled our hotel and offered us a different one forty minutes from the beach,⟧" she wrote.
"⟦d:a|We said no thank you and asked for our £2,340 back. Seven months later, we're still waiting.⟧"
I contacted Sunbright. A spokesman said: "⟦d:b|We apologise to Mrs Kowalski-Byrne. Due to an administrative error her refund was not processed. It has now been paid in full, together with a £200 goodwill payment.⟧"
"⟦d:c|Customers have a legal right to a full refund within 14 days when a package holiday is significantly changed. Fourteen days, not seven months,⟧" said the Travel Ombudsman, Nomvula Pereira.
Mrs Kowalski-Byrne was pleased, up to a point. "⟦d:a|I'm thrilled. But I shouldn't have needed a newspaper to get my own money back.⟧"

### 048
@a Rebecca Oyinlola | -
@b Patricia Haverstock-Yeo | Opposition leader
@c Narinder Bassi | -
@x Hallbrook Cycle Alliance | -
Plans for a segregated cycle lane along Northgate Road were approved by Hallbrook City Council on Wednesday night by 31 votes to 27, after a three-hour debate.
Cllr Rebecca Oyinlola, who proposed the scheme, said it would “⟦p:a|save lives, full stop⟧”.
“⟦d:a|Three cyclists have been killed on Northgate Road in five years. Three. How many more before we act?⟧” she asked the chamber.
Opposition leader Cllr Patricia Haverstock-Yeo said her group supported safer roads but not this scheme. “⟦d:b|Nobody in this chamber wants anyone to die on our roads, and I resent the suggestion,⟧” she said. “⟦d:b|But you've consulted the cyclists, and you haven't consulted the shops.⟧”
As the result was announced, a shout of “⟦d:-|Shame!⟧” went up from the public gallery.
Outside, Narinder Bassi, who owns a hardware shop on Northgate Road, said: “⟦d:c|They've taken away 40 parking spaces. My customers buy bags of cement. They're not carrying them home on a bike.⟧”
The Hallbrook Cycle Alliance welcomed the vote as “⟦p:x|a long overdue first step⟧”.
Oyinlola said after the meeting: “⟦d:a|I understand people are worried. Come back in a year and tell me it's been a disaster, and I'll listen.⟧”

### 049
@a Halima Yusuf-Carter | -
@b Rhys Abankwa-Evans | Group manager
@c - | a spokesperson for the service
@d Tom Fairclough | Weir Street resident
Dozens of homes in Lower Fenton were evacuated overnight after the River Wendle burst its banks following 36 hours of heavy rain.
Fire crews used boats to rescue 14 people, including a man in his nineties, from houses on Mill Lane and Weir Street.
"⟦d:a|The water came up through the floorboards first. Then it came under the door, and then it just came,⟧" said Halima Yusuf-Carter, 41, who was carried out by firefighters with her two young sons.
"⟦d:a|I grabbed the boys' school bags. Of all the things. Their school bags.⟧"
Group manager Rhys Abankwa-Evans, of Wendle Fire and Rescue Service, said:
"⟦d:b:m|Crews have worked through the night in extremely difficult conditions, and I want to thank every one of them.⟧
"⟦d:b|Please do not drive through flood water. Two feet of moving water is enough to float a car. We rescued two drivers last night who thought they could make it.⟧"
The Flood Warning Service said more rain was expected on Monday night. "⟦d:c|Rivers will remain high through Tuesday, and people in low-lying areas should stay alert,⟧" a spokesperson for the service said.
Weir Street resident Tom Fairclough, 67, said it was the third time his house had flooded since 2015. "⟦d:d|After the last time they promised us a flood wall. We're still waiting,⟧" he said.

### 050
@x Schools Inspectorate | -
@a Folasade Ekwueme-Hart | headteacher
@b Ruby | Year 6 pupil
@c Mohammed | -
@d Gareth Llewellyn-Obi | parent
A primary school that was placed in special measures four years ago has been rated outstanding in every category.
The Schools Inspectorate said in its report that St Aldhelm's Primary in Brookfield had “⟦p:x|exceptionally calm and purposeful⟧” classrooms and pupils who were “⟦p:x|proud of their school and eager to talk about their learning⟧”.
“⟦d:a|When I arrived, we had children climbing out of windows. Literally climbing out of windows,⟧” said headteacher Folasade Ekwueme-Hart. “⟦d:a|This isn't about me. It's about the staff who stayed when it was hard and the parents who trusted us.⟧”
“⟦d:b|The inspector asked me what I liked about school and I said the library, because it has beanbags,⟧” said Year 6 pupil Ruby, 11.
“⟦d:c|I told her about the chickens,⟧” said Mohammed, 10.
“⟦d:d|My daughter used to cry at the gate. Now she cries when it's half-term,⟧” said parent Gareth Llewellyn-Obi.
Mrs Ekwueme-Hart said the school would celebrate with a non-uniform day and, at the pupils' request, “⟦p:a|a very large cake⟧”.

### 051
@a Gemma Akintola-Price | Owner
@b Isla | Daughter
@c Wojciech Nowak-Sutton | Cleaner
@d Priti Sandhu | vet
A cocker spaniel who vanished from a beach 11 months ago has been reunited with her family — after turning up 140 miles away at a motorway services.
Biscuit, five, was found sheltering under a bench at Thornby Services. A scan of her microchip led staff to her owners in Saltcombe Bay.
Owner Gemma Akintola-Price, 38, said: "⟦d:a|I screamed. I actually screamed in the middle of the supermarket. I'd given up, my husband had given up. The only one who never gave up was our daughter, who kept Biscuit's bowl by the back door the whole time.⟧"
Daughter Isla, seven, said: "⟦d:b|I knew she'd come back. She was just on holiday.⟧"
Cleaner Wojciech Nowak-Sutton, who found the dog, said: "⟦d:c|She was thin and a bit smelly but very friendly. She let me share my sandwich.⟧"
How Biscuit got there remains a mystery. "⟦d:d|Honestly, your guess is as good as mine,⟧" said vet Priti Sandhu, who checked her over. "⟦d:d|Somebody has been feeding her, that much is clear.⟧"

### 052
@a Naomi Achebe-Sutton | Prosecutor
@b Ibrahim Sesay | -
@c Rosalind Okeke | District Judge
@d Kieran Dobrowski-Lyle | -
A man who drove at 112mph while filming himself on his phone has been banned from the roads for 18 months.
Kieran Dobrowski-Lyle, 26, of Almond Close, Fordham, pleaded guilty to dangerous driving at Fordham Magistrates' Court.
Prosecutor Naomi Achebe-Sutton told the court the footage, which was later posted online, showed him "⟦p:a|laughing and waving at the camera⟧" as he overtook a lorry on the Fordham bypass.
"⟦d:a|This was not a momentary lapse. This was a performance, for an audience,⟧" she said.
Defending, Ibrahim Sesay said his client was "⟦p:b|deeply ashamed⟧" and had since deleted his social media accounts.
District Judge Rosalind Okeke told Dobrowski-Lyle: "⟦d:c|You were lucky not to kill someone, and lucky not to kill yourself. The only reason you are not going to prison today is your guilty plea and your previous good character.⟧"
She added: "⟦d:c|If I see you in this court again, the outcome will be very different.⟧"
He was also fined £1,200 and ordered to do 150 hours of unpaid work. Leaving court, Dobrowski-Lyle told reporters: "⟦d:d|I was an idiot. That's it. I was an idiot.⟧"

### 053
@a Saoirse Brannigan-Okoro | chair of the Save the Drover's campaign
@x Ashgrove Homes | the company
@b Vikram Chaudhry | Its last landlord
Campaigners fighting to save a 300-year-old village pub from being turned into houses have handed a 4,000-signature petition to Wendlecombe District Council.
The Drover's Rest in Upper Tilney closed in January, and Ashgrove Homes, which bought the building last year, has applied to convert it into four homes.
“⟦d:a|This pub was here before the canal and before the railway. It's not just a building, it's where this village got married, got drunk and said goodbye to people,⟧” said Saoirse Brannigan-Okoro, chair of the Save the Drover's campaign.
Supporters gathered outside the council offices with a banner reading “⟦s:-|Last Orders? Not On Our Watch⟧”.
Ashgrove Homes said the pub had been “⟦p:x|marketed for two years without a single viable offer⟧”. “⟦d:x|We understand the strength of feeling, but an empty pub helps nobody,⟧” the company said.
Its last landlord, Vikram Chaudhry, said he had “⟦p:b|lost money every single month⟧” for three years. “⟦d:b|Everybody loves the pub. Nobody drinks in it. That's the problem with village pubs,⟧” he said.
Told of his comments, Brannigan-Okoro said: “⟦d:a|Vikram was a lovely landlord, and he's right that the old model didn't work. That's exactly why we want to run it as a community pub.⟧”

### 054
@a Cornelius Abernathy-Sowande | the jazz pianist
@b Delphine Okoro-Laurent | The saxophonist
@c Gus Petrakis | The Blue Anchor's owner
Cornelius Abernathy-Sowande, the jazz pianist, who has died aged 87, played at the Blue Anchor in Tollmouth six nights a week for four decades. Everyone there called him “⟦s:-|Neil⟧”.
He learned, he once said, “⟦p:a|on a church piano with three dead keys, which taught me to improvise⟧”.
“⟦d:a|People ask me why I never went to New York. I went to New York. I didn't like the coffee,⟧” he told this newspaper in 1994.
The saxophonist Delphine Okoro-Laurent, who played alongside him for 22 years, said: “⟦d:b|Neil could make a bad piano sound like a good one and a good piano sound like an orchestra. I never once heard him play the same solo twice.⟧”
The Blue Anchor's owner, Gus Petrakis, said the club would close for a night in his honour. “⟦d:c|His stool stays where it is. Nobody's sitting on it, not for a long while,⟧” he said.
In his last interview, in 2021, he was asked how he would like to be remembered. “⟦d:a|That I turned up on time. Musicians never turn up on time. I always did.⟧”
He is survived by his second wife, Marguerite, two sons and five grandchildren.

### 055
@a Oluwatoyin Bankole-Frey | the marine biologist whose work on coral spawning changed how reefs are restored
@b Henrik Saarinen | her collaborator of 30 years
@x Marine Institute of Port Elwyn | -
@c Amina Ouattara-Lowe | a former student who now leads the institute's reef programme
Oluwatoyin Bankole-Frey, the marine biologist whose work on coral spawning changed how reefs are restored, has died aged 79.
She described her first dive, off the coast of Port Elwyn in 1968, as "⟦p:a|the moment the lights came on⟧".
"⟦d:a|I was 23 and terrified of water. I went under and saw a parrotfish eating the reef, crunch, crunch, and I thought, well, that's my life sorted,⟧" she recalled in a lecture in 2008.
She was never a comfortable presence for governments. "⟦d:a|Scientists are terribly polite. The reef does not need politeness. It needs shouting,⟧" she told a parliamentary committee in 2015.
"⟦d:b|Toyin was the most stubborn scientist I ever met, and she was right about almost everything she was stubborn about,⟧" said Professor Henrik Saarinen, her collaborator of 30 years.
The Marine Institute of Port Elwyn, where she worked from 1976 until her retirement, said it was "⟦p:x|heartbroken⟧".
Dr Amina Ouattara-Lowe, a former student who now leads the institute's reef programme, said: "⟦d:c|She told me once, 'Never let anyone tell you the ocean is too big to save.' I think about that every single day.⟧"

### 056
@a Bernard Ashworth | -
@b Neville Osei-Bamford | Club chairman
@d Danny Kowalczyk | Former striker
@x Crossley Celtic | The club
@c Carol Ashworth-Reyes | His daughter
Tributes have been paid to Bernard Ashworth, who tended the pitch at Crossley Park for 51 years and was known to generations of Crossley Celtic players as ``⟦s:-|Bunny⟧''. He was 83.
Club chairman Neville Osei-Bamford said: ``⟦d:b|Bunny was Crossley Celtic. Managers came and went, players came and went, chairmen came and went. Bunny stayed, and the grass was always perfect.⟧''
Former striker Danny Kowalczyk, who played for the club in the 1980s, remembered a fearsome figure. ``⟦d:d|He'd shout at you if you took a divot out of his penalty area. I was 17 and more frightened of him than I was of the manager,⟧'' he said.
Asked by this paper in 2010 for the secret of a good pitch, Ashworth said: ``⟦d:a|Love it, feed it, and keep the bloody pigeons off it.⟧''
The club said in a statement that he had been ``⟦p:x|the heartbeat of this club for half a century⟧'' and that the south stand would be renamed in his memory.
His daughter, Carol Ashworth-Reyes, said: ``⟦d:c|Dad would be embarrassed by all this fuss. Secretly, he'd love it.⟧''

### 057
@a Nadia Khoury-Mansour | -
@b Lionel Featherstone | The restaurant critic
@c Karim Mansour | Her son
Nadia Khoury-Mansour, whose restaurant Zaatar on Canal Row taught a generation of Eastbridge diners to eat with their hands, has died aged 74.
She arrived in Eastbridge in 1976 with two suitcases and, as she liked to say, “⟦p:a|a grandmother's worth of recipes in my head⟧”.
“⟦d:a|In Beirut nobody measures. You cook until it smells like your mother's kitchen, and then you stop,⟧” she wrote in her 1998 cookbook, “⟦s:-|Tables Without End⟧”.
The restaurant critic Lionel Featherstone, who reviewed Zaatar in its first year, called her hummus “⟦p:b|a rebuke to everything else sold under that name in this city⟧”. She once told this newspaper: “⟦d:a|A restaurant is just a kitchen with the door left open.⟧”
Her son, Karim Mansour, who took over the kitchen in 2009, said she had never really retired. “⟦d:c|She just moved from the stove to the table nearest the kitchen door and told everyone what they were doing wrong,⟧” he said.
“⟦d:c|Last week she sent back a plate of my fattoush. From her hospital bed. She was right.⟧”

### 058
@x Partido de la Unidad | -
@a Marisela Ordóñez Quintana | Opposition candidate
@b Aurelio Benítez Castro | a former interior minister
@c Kristina Halvorsen-Mbeki | The head of the regional observer mission
SAN ESTEBAN, Costa Vallejo, June 2 (Nordwire) - Opposition candidate Marisela Ordóñez Quintana claimed victory in Sunday's presidential run-off, but the governing Partido de la Unidad refused to concede, saying the count was "⟦p:x|far from over⟧".
«⟦d:a|Hoy ganó la gente⟧», Ordóñez Quintana told tens of thousands of supporters in the capital's Plaza del Sol. "⟦d:a|Today the people won.⟧"
As she spoke, the crowd chanted «⟦s:-|¡Se va, se va!⟧» — "⟦s:-|He's going, he's going!⟧"
With 91% of ballots counted, she led by 51.4% to 48.6%, according to the National Electoral Council.
Her rival, Aurelio Benítez Castro, a former interior minister, told a news conference that his party would wait for every vote. «⟦d:b|No vamos a aceptar resultados parciales⟧», he said. "⟦d:b|We are not going to accept partial results.⟧" He urged supporters to "⟦p:b|stay calm and stay at home⟧".
The head of the regional observer mission, Kristina Halvorsen-Mbeki, said voting had been "⟦p:c|largely peaceful and orderly⟧" despite "⟦p:c|isolated irregularities⟧". "⟦d:c|We urge all parties to respect the work of the electoral authorities and to wait for the final results,⟧" she said.

### 059
@a Emre Yıldırımoğlu | a volunteer with the Karavan mountain rescue team
@b Jens Albrektsen | a spokesman for the World Relief Coordination Office
@c Gülsüm Aksoy | -
@d Selim Karadağ | Interior Minister
KARAVAN, Feb 11 (Nordwire) – Rescuers pulled a nine-year-old girl alive from the rubble of an apartment block on Tuesday, more than 80 hours after a magnitude 7.1 earthquake struck the mountainous Doruk province, killing at least 1,400 people.
“⟦d:a|We heard her knocking. Just knocking, very quietly, on a pipe,⟧” said Emre Yıldırımoğlu, a volunteer with the Karavan mountain rescue team, speaking through an interpreter. “⟦d:a|Everyone stopped. Nobody breathed.⟧”
“⟦d:b|The window for finding survivors is closing, but it has not closed,⟧” said Jens Albrektsen, a spokesman for the World Relief Coordination Office, speaking by telephone from the provincial capital.
He said tens of thousands of people were sleeping outdoors in temperatures as low as minus 10C, and appealed for “⟦p:b|tents, blankets and heaters, in that order⟧”.
In a tented camp on the edge of the city, Gülsüm Aksoy, 63, sat beside a small fire. “⟦d:c|I have lived through two earthquakes. This one took everything — my house, my shop, my neighbour of forty years,⟧” she said.
Interior Minister Selim Karadağ promised that “⟦p:d|every resource of the state⟧” would be used. “⟦d:d|Nobody will be left in the cold,⟧” he told state television.

### 060
@a Ilona Varga-Szabó | Veldorian Foreign Minister
@b Rustam Nazarbekov | Her Astrakani counterpart
@c Sofie Brandsæter | the foreign minister of neutral Lindmark
@d - | A Western diplomat who was briefed on the talks
HALVEN, Lindmark, March 21 (Nordwire) - Veldoria and Astrakan agreed on Thursday to reopen their shared border to civilian traffic for the first time in six years, after three days of talks hosted by neutral Lindmark.
"⟦d:a|Today is not the end of our differences. But it is the end of pretending we can solve them without talking,⟧" Veldorian Foreign Minister Ilona Varga-Szabó told reporters.
Her Astrakani counterpart, Rustam Nazarbekov, speaking through an interpreter, was more guarded. "⟦d:b|We have agreed on what we could agree on. The rest is for the experts, and for time,⟧" he said.
Asked whether she trusted him, Varga-Szabó paused. "⟦d:a|Trust is a big word. I trust that he wants this to work. That is enough for today.⟧"
The talks were hosted by the foreign minister of neutral Lindmark, Sofie Brandsæter, who called the deal "⟦p:c|a small door, but a door⟧".
"⟦d:c|On the first night I told them both that nobody leaves this building until they have had dinner together. They did. It helped,⟧" Brandsæter said.
A Western diplomat who was briefed on the talks said the hardest questions, including the status of two disputed villages, had been left for later. "⟦d:d|The devil will be at the border crossings,⟧" the diplomat said.

### 061
@a Anahera Whitcombe-Tane | one of the organisers
@b Osman Farah | a bus driver and father of four
@c Gideon Rautenbach | Finance Minister
@x Kessary Police | -
Thousands of people marched through the centre of Port Kessary on Saturday against a new household water charge, chanting “⟦s:-|Water is a right⟧” and carrying placards that read “⟦s:-|Don't Tax the Rain⟧”.
“⟦d:a|We're not asking for the moon. We're asking not to pay twice for something that falls out of the sky,⟧” Anahera Whitcombe-Tane, one of the organisers, told the crowd from a stage in Harbour Square.
Among the marchers was Osman Farah, a bus driver and father of four, who said the charge would cost his family about 40 dollars a month. “⟦d:b|That's the school shoes. That's what it means for us,⟧” he said.
Finance Minister Gideon Rautenbach defended the charge in a radio interview on Saturday morning. “⟦d:c|A household that uses water responsibly will pay less than the price of a coffee a week. This is about fixing pipes that were laid before my grandfather was born,⟧” he said.
Told of the minister's remarks, Whitcombe-Tane laughed. “⟦d:a|Then he's drinking very expensive coffee.⟧”
Kessary Police said the march had been “⟦p:x|overwhelmingly peaceful⟧”, with two arrests for public order offences.

### 062
@a Leonie Brandstetter | the ship's medical coordinator
@x Sea Lantern | the German charity that operates the vessel
@b Yonas | a 17-year-old from Eritrea who gave only his first name
@y Maritime Rescue Coordination Centre | -
@c Jakob Morawetz-Lind | The ship's captain
A charity rescue ship carrying 212 people picked up from an overloaded fishing boat in the central Mediterranean was ordered on Monday to sail to a port more than 1,100 km away.
"⟦d:a|They had been at sea for three days, with no water for the last one. Some of the children could not stand,⟧" said Dr Leonie Brandstetter, the ship's medical coordinator.
Sea Lantern, the German charity that operates the vessel, called the decision "⟦p:x|cruel and absurd⟧".
One of those rescued, Yonas, a 17-year-old from Eritrea who gave only his first name, spoke through an interpreter. "⟦d:b|When the engine stopped I thought, this is where I die. Then in the morning we saw the ship,⟧" he said.
The Maritime Rescue Coordination Centre in Marsalena said the assignment followed "⟦p:y|standard procedures⟧" and that nearer ports were "⟦p:y|under severe pressure⟧".
"⟦d:a|Another three days at sea is not a procedure. It's a punishment,⟧" Brandstetter said.
The ship's captain, Jakob Morawetz-Lind, said the forecast for the coming days was poor. "⟦d:c|We will go where we are told. But I will not pretend I'm happy about it,⟧" he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh142.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh142",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
