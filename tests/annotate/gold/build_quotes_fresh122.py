# ruff: noqa: E501
"""Build ``quotes_fresh122.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written
in the styles of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh122-NNN``.

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

* As in fresh58: a role title or relational phrase before the name combined with an
  appositive after it (``Her co-author, Adaeze Okafor, an oceanographer at …``): the
  appositive is the description; a title or relational phrase before the name alone
  (``Trainer Bertie Holcombe``, ``His widow, Grace …``) is the description.
* As in fresh58: where a speaker is introduced without an appositive and the passage
  refers to them by a definite description at a cue (``the 23-year-old``, ``the
  Kenyan``, ``the dad-of-three``), that description is taken. A bare age in commas
  (``Gwen Roberts, 74,``) is not a description.
* A non-restrictive relative clause set off by commas after an appositive (``One
  parent, who asked not to be named,``) is not part of the description; a restrictive
  one without a comma (``a nurse who commutes daily from Kreuzau``) is.
* An organisation's statement, blog post or social-media post quoted with the
  organisation as the grammatical subject (``the bank said in a statement``, ``the
  charity posted``, ``the statement said``) belongs to the organisation; where the
  passage names it with a definite description at the cue (``the company said``)
  that description is taken.
* A group quoted as a whole with no individual (``Parents at Kilbride Primary School
  say they are …``) has a null speaker and the group phrase as the description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a named moderator's or interviewer's questions are that person's
  speech; an unnamed reporter's questions have the description used for them.
* In a printed dialogue (alternating quote-only paragraphs) each turn belongs to the
  person whose turn it is.
* Words a speaker is reported as remembering someone else saying, quoted with their
  own marks inside a Q/A answer (no outer quotation marks), belong to the person who
  originally said them.
* A characterisation quoted from a person inside the reporter's sentence (``who
  regards all folding phones as "old people trying to be cool"``) is ``partial`` by
  that person.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh122.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh122.jsonl")

PASSAGES = """
### 001
@a Hedda Korsvold | chief executive
@b Marcus Obi-Thornton | Finance chief
@c Anjali Sethuraman | an analyst at Greyhaven Securities
@d - | One fund manager who holds the stock
TRONDVIK, Norway, March 14 (Wire) - Nordvik Salmon Group posted a 31% drop in fourth-quarter operating profit on Thursday, hit by the cost of sea lice treatments and lower spot prices, and said it would cut its dividend for the first time in six years.
"⟦d:a|This was a difficult quarter, and I won't pretend otherwise,⟧" chief executive Hedda Korsvold told reporters on a conference call. "⟦d:a|Biology doesn't read the budget.⟧"
Korsvold said the company had moved 40% of its fish to deeper pens further offshore and expected mortality to "⟦p:a|normalise by the summer⟧".
Finance chief Marcus Obi-Thornton defended the dividend cut as "⟦p:b|prudent, not panicked⟧". "⟦d:b|We have a strong balance sheet and we intend to keep it that way. The board would rather pay a little less now than borrow to pay it,⟧" he said.
Shares in the Oslo-listed company fell as much as 8.4% in early trade before recovering some of their losses.
"⟦d:c|The market had priced in a bad quarter, but not a dividend cut,⟧" said Anjali Sethuraman, an analyst at Greyhaven Securities. "⟦d:c|The question now is whether the 2025 guidance is credible. I'm not sure it is.⟧"
One fund manager who holds the stock, speaking on condition of anonymity, was blunter: "⟦d:d|They've promised normalisation three years running.⟧"
Nordvik said it expected harvest volumes of 410,000 tonnes this year, unchanged from its previous guidance.

### 002
@a Fenella Ashdown | chief investment strategist at Morrow & Vane
@b Rajiv Chaudhary | head of rates at Pellington Bank
@c - | one London-based currency trader
@d Kwame Asante-Boateng | a portfolio manager at Lydgate Capital
@g - | the deputy governor
It was the week the bond market blinked. Ten-year gilt yields jumped 22 basis points between Monday and Wednesday, their sharpest move since the autumn, before a softer-than-expected jobs report on Friday pulled them most of the way back.
“⟦d:a|If you were on holiday this week, congratulations: you missed nothing and everything,⟧” said Fenella Ashdown, chief investment strategist at Morrow & Vane. “⟦d:a|Yields went up, yields came down, and nobody is any the wiser about what the Bank does in May.⟧”
The trigger was a speech on Tuesday by the deputy governor, who warned that services inflation remained “⟦p:g|uncomfortably sticky⟧”.
Rajiv Chaudhary, head of rates at Pellington Bank, said traders had over-read the remarks. “⟦d:b|She said nothing she hasn’t said three times before. The market just happened to be listening this time,⟧” he said.
Sterling had a quieter week, ending little changed against the dollar at $1.2740. “⟦d:c|Honestly? Dead. Everybody’s waiting for May,⟧” said one London-based currency trader when asked to describe the mood on the desk.
Equities shrugged it all off. The Mid-Cap 250 index rose 1.9 per cent, led by housebuilders, which had been battered in February.
“⟦d:d|Housebuilders are the market’s favourite way of betting on rate cuts,⟧” said Kwame Asante-Boateng, a portfolio manager at Lydgate Capital. “⟦d:d|When cut expectations come back, so do they. It isn’t complicated.⟧”
Not everyone is convinced the rally will last. Ashdown said her firm remained “⟦p:a|underweight anything with a mortgage attached to it⟧” until it had seen two more months of data.

### 003
@a Ingrid Solheim-Vance | a neuroscientist at the University of Carrowmore
@b Tunde Bakare | a sleep researcher at Halberd College London
@c Mei Lin Castellanos | a doctoral student in the lab
A brief burst of quiet sound, played at the right moment during deep sleep, can strengthen memories of words learned the evening before, according to a study published on Wednesday in the journal Neuron Reports.
The team, led by Dr Ingrid Solheim-Vance, a neuroscientist at the University of Carrowmore, played soft clicks timed to the slow brain waves of 46 volunteers as they slept in the laboratory.
“⟦d:a|What surprised us was the size of the effect,⟧” Solheim-Vance said. “⟦d:a|People remembered about 12 per cent more word pairs the next morning. In memory research that is not small.⟧”
She cautioned, however, that the volunteers were young, healthy and sleeping under observation. “⟦d:a|Nobody should go home and buy a clicking machine. We don’t know yet whether this works in a bedroom, or in older people, who are the ones we would most like to help,⟧” she said.
Mei Lin Castellanos, a doctoral student in the lab, ran most of the overnight sessions. “⟦d:c|You watch the waves on a screen for eight hours and press a button at exactly the right moment,⟧” she recalled. “⟦d:c|I drank a lot of tea.⟧”
Dr Tunde Bakare, a sleep researcher at Halberd College London, who was not involved in the work, called the study “⟦p:b|careful and genuinely interesting⟧” but said it was too early to talk of treatments.
“⟦d:b|The effect sizes in this field have a habit of shrinking when other labs try to repeat them. I’d want to see this replicated in at least two other places before I got excited,⟧” he said.

### 004
@a Colm Ferriter | the health minister
@b Siobhán Ní Dhuibhir | general secretary of the Westmarch Nurses' Union
@c Gerald Pim | a retired postman from Ballyford
@d St Brigid's University Hospital | -
Patients waited an average of 19 hours for a bed at St Brigid's University Hospital last month, according to figures published on Friday, the longest wait recorded since the hospital began reporting the data in 2016.
Siobhán Ní Dhuibhir, general secretary of the Westmarch Nurses' Union, said the emergency department was "⟦p:b|running on goodwill and overtime⟧" and that staff had been "⟦p:b|pleading for extra beds for four winters⟧".
"⟦d:b|Our members are treating people on chairs in corridors. These are elderly people, some of them in their nineties, and they are sitting up all night under strip lights. Nobody goes into nursing to do that,⟧" she said.
Gerald Pim, a retired postman from Ballyford, spent 26 hours on a trolley in January after a fall at home. "⟦d:c|The nurses were marvellous. They were run off their feet,⟧" the 81-year-old said. "⟦d:c|But I wouldn't wish that night on anybody.⟧"
In a statement, St Brigid's University Hospital said it had "⟦p:d|experienced exceptional demand⟧" and apologised to patients "⟦p:d|who waited longer than we would want⟧". It said 24 additional beds would open in a modular unit in May.
Speaking in the assembly, the health minister, Colm Ferriter, said the figures were "⟦p:a|not acceptable⟧" but insisted progress was being made. "⟦d:a|We have more nurses working in Westmarch today than at any point in our history. The problem is demand, and demand is growing faster than any of us predicted,⟧" he said.
Asked whether he would visit the hospital, Ferriter replied: "⟦d:a|I was there three weeks ago and I'll be there again.⟧"
Ní Dhuibhir dismissed the minister's remarks. "⟦d:b|He always says he has hired more nurses. He never says how many have left,⟧" she said.

### 005
@a Oluwaseun Adeyemi-Clarke | co-founder and chief executive of Tallybird
@b Rosalind Keogh | director of the campaign group Open Ledger
@c Tallybird | the company
@d Felix Arendt | a freelance photographer in Hamburg
Tallybird, the budgeting app that reads your bank transactions and sorts them into categories, will start using a large language model to answer questions about your spending, the London-based start-up said on Tuesday. Users will be able to ask, for instance, how much they spent on takeaways in March, or whether their gym membership is still worth it.
"⟦d:a|People don't want another chart. They want to ask a question and get an answer in plain English,⟧" said Oluwaseun Adeyemi-Clarke, co-founder and chief executive of Tallybird. "⟦d:a|That's what this is.⟧"
Adeyemi-Clarke, who founded the company in 2019 with two former colleagues from a high-street bank, said the model ran on servers the company controlled and that transaction data was "⟦p:a|never used to train anything⟧".
The company said in a blog post that the feature would be "⟦p:c|off by default⟧" and that users could delete their history "⟦p:c|at any time, in one tap⟧".
Rosalind Keogh, director of the campaign group Open Ledger, said she welcomed those commitments but wanted them independently audited. "⟦d:b|Every fintech says your data is safe until the day it isn't. Promises in a blog post are not a privacy policy,⟧" she said.
Asked about the criticism, Adeyemi-Clarke said: "⟦d:a|She's right to push. We'll publish the audit. I'd rather be held to it.⟧"
Felix Arendt, a freelance photographer in Hamburg, has used the app since its German launch and said he would try the feature. "⟦d:d|Honestly, if it tells me how much I spend on coffee, I might not want to know,⟧" he said.

### 006
@a Sani Mahamadou | the club’s 22-year-old striker
@b Ruairí Devlin | the Castlereagh manager
@c Anders Holmqvist | his Pennington counterpart
Castlereagh United 3 Pennington Athletic 1
Two goals in four first-half minutes from Sani Mahamadou, the club’s 22-year-old striker, lifted Castlereagh into fourth place and left Pennington staring at a fourth straight defeat.
Mahamadou, who had not scored since Boxing Day, turned in Callum Rees’s low cross on 27 minutes and then curled a second from the edge of the area. “⟦d:a|I was starting to think the goal had moved,⟧” he said afterwards, grinning. “⟦d:a|The gaffer kept telling me: keep getting in there, it will come. He was right, as usual.⟧”
Ruairí Devlin, the Castlereagh manager, insisted he had never doubted the striker. “⟦d:b|Strikers go through spells. Sani works harder than anybody at the training ground, and you get rewarded for that eventually,⟧” Devlin said.
Pennington pulled one back through Oskar Lindahl’s header early in the second half, and for ten minutes the home crowd grew anxious. Devlin admitted as much. “⟦d:b|We got a bit nervy. We stopped passing forward. At 2-1 you’re one mistake from throwing it away,⟧” he said.
Ethan Mbeki’s stoppage-time tap-in settled it.
Anders Holmqvist, his Pennington counterpart, cut a weary figure. “⟦d:c|I’m not going to talk about bad luck. We conceded two goals in four minutes from two mistakes,⟧” the Swede said. “⟦d:c|That is not luck. That is us.⟧”
Asked whether he feared for his job, Holmqvist shrugged. “⟦d:c|That is not a question for me. I come in on Monday and I work.⟧”

### 007
@a Valentina Errázuriz | the Chilean
@b Katarzyna Zielińska | the second seed
@r - | one reporter
Valentina Errázuriz said she had "⟦p:a|no idea⟧" how she came back from a set and 5-2 down to beat the second seed Katarzyna Zielińska in the quarter-finals of the Halden Open on Friday.
"⟦d:a|Honestly, at 5-2 I was thinking about my flight home,⟧" the Chilean told reporters, laughing. "⟦d:a|Then she missed one easy forehand and I thought, OK, maybe not today.⟧"
Errázuriz, 24, won 4-6, 7-5, 6-2 in two hours and 51 minutes, saving a match point with a backhand down the line.
"⟦d:r|Was that the best shot of your career?⟧" one reporter asked.
"⟦d:a|Of my career? I don't know. Of this week, for sure,⟧" she said.
Switching to Spanish for a question from a Chilean radio station, she dedicated the win to her grandmother. "⟦d:a|Ella me enseñó a no rendirme nunca,⟧" she said - "⟦d:a|She taught me never to give up.⟧"
Zielińska, who had treatment on her left thigh midway through the second set, said the injury was "⟦p:b|not an excuse⟧". "⟦d:b|She played better at the end. I played worse. That's tennis. I'll be fine for the grass,⟧" the Pole said.
Errázuriz will face the unseeded American Dakota Rhinehart in Saturday's semi-final.

### 008
@m - | a man in a yellow oilskin
@a Elspeth Mowat | owner of the Harbour Inn
@b Tomás Ó Faoláin | The island’s only licensed boatman
@c Nadia Rahimi | a teacher from Leeds on her third visit
The ferry to Inishcarra takes fifty minutes on a calm day and considerably longer on the other kind. On mine, the other kind, a man in a yellow oilskin stood at the rail the entire way and assured anyone who would listen that this was “⟦p:m|nothing, really⟧”.
Elspeth Mowat, owner of the Harbour Inn, met me at the slipway with an umbrella and no apology for the weather. “⟦d:a|If you wanted sun you’d have gone to Spain,⟧” she said. “⟦d:a|People come here for the light. The light is better when it rains.⟧”
There are 140 people on the island in winter, and about four times that in August. Mowat has run the inn for 22 years and remembers when the numbers went the other way. “⟦d:a|When I came, they were closing the school. Now we’ve got eleven children and a waiting list for the nursery,⟧” she said.
The island’s only licensed boatman, Tomás Ó Faoláin, takes visitors out to the seal colony on the north side twice a day, tides permitting.
“⟦d:-|Do the seals mind?⟧” I asked him.
“⟦d:b|They’re used to me. It’s you they’re looking at,⟧” he said. “⟦d:b|Sit still and don’t wave. Everybody waves.⟧”
I waved. So did Nadia Rahimi, a teacher from Leeds on her third visit, who was in the boat with her two teenage sons. “⟦d:c|The boys complained about the lack of Wi-Fi for about an hour. Then they forgot about it completely. That’s why we keep coming back,⟧” she said.

### 009
@a Ifeoma Nwachukwu | The director
@b Rhodri Pennant | a former insurance clerk
@c Agnieszka Brandt | the actor
Ninety minutes, no interval, one table and a great deal of rain: “⟦s:-|The Salt Ledger⟧”, Rhodri Pennant’s new play at the Corran Street Theatre, is not an evening for anyone who likes their drama dry.
Set in a shipping office in 1911, it follows a widow’s attempt to prove that her husband’s ship was sent to sea by owners who knew it would sink. Pennant, a former insurance clerk, told me he found the story in a box of claim files “⟦p:b|that nobody had opened since the Titanic⟧”.
“⟦d:b|I wasn’t looking for a play. I was looking for a tax form,⟧” he said. “⟦d:b|Then there was this letter from a woman in Cardiff, and I read it four times, and I went home and didn’t sleep.⟧”
The director, Ifeoma Nwachukwu, has given the piece a rigour that occasionally tips into austerity. The stage is bare except for a ledger the size of a door. “⟦d:a|I wanted the audience to feel the weight of paper. Paper killed those men, in a way. Somebody signed something,⟧” she said.
At the centre is Agnieszka Brandt as the widow, a performance of furious stillness. Brandt, 38, said she had read the real widow’s letters before every rehearsal. “⟦d:c|She wrote beautifully, and she was so angry, and she was never rude once. That’s the whole part, really,⟧” the actor said.
Not everything lands. A subplot involving a junior clerk feels borrowed from a different, lighter play, and Pennant concedes the point. “⟦d:b|Ifeoma kept telling me to cut him. She may have been right,⟧” he said.
Nwachukwu smiled when I put this to her. “⟦d:a|May have been?⟧”

### 010
@a Janet Okonkwo-Reilly | a 67-year-old widow from Dunmere
@b Brightwell Energy | -
@c - | A spokeswoman for the Energy Standards Office
@d Deepak Venkataraman | policy lead at the charity Fair Meter
When Janet Okonkwo-Reilly opened her quarterly gas bill in January, she assumed there had been a misprint. Brightwell Energy was asking for £4,812.
"⟦d:a|I live on my own in a two-bedroom terrace. I don't have a swimming pool,⟧" said Okonkwo-Reilly, a 67-year-old widow from Dunmere. "⟦d:a|I rang them that afternoon and was on hold for an hour and twenty minutes.⟧"
The bill had been calculated from an estimated reading that assumed she used more gas than a small hotel. Over the next seven weeks she made nine phone calls and sent four emails. Each time, she says, she was promised a call back that never came.
Then, in March, the company took £1,200 from her account by direct debit. "⟦d:a|That was my savings for the roof. I cried in the bank,⟧" she said.
After Money Weekend contacted Brightwell Energy, it cancelled the bill, refunded the £1,200 and offered £150 in compensation. "⟦d:b|We're very sorry for the distress Mrs Okonkwo-Reilly experienced,⟧" Brightwell Energy said in a statement. "⟦d:b|This should have been resolved at her first call.⟧"
Deepak Venkataraman, policy lead at the charity Fair Meter, said cases like hers were "⟦p:d|depressingly common⟧". "⟦d:d|Estimated bills are supposed to be a fallback. Far too often they are the first resort, and it's the customer who has to prove the company wrong,⟧" he said.
A spokeswoman for the Energy Standards Office said suppliers were required to "⟦p:c|take all reasonable steps⟧" to obtain accurate readings, and that it was "⟦p:c|monitoring complaint levels closely⟧".
Okonkwo-Reilly has accepted the compensation but will be switching supplier. "⟦d:a|They've said sorry. Fine. I still don't trust them with my bank details.⟧"

### 011
@m - | One man
@a Margaret Ellery-Shaw | The committee's chair
@b Pooja Lakhani | Ferrybridge ward councillor
@c Harold Quaintance | chairman of the Ferrybridge Residents' Association
@d - | A spokesman for Lowmoor Homes
Plans for 240 homes on farmland at the edge of Ferrybridge were approved on Thursday night after a three-hour planning meeting that at times descended into shouting.
Members of the public heckled as the committee voted seven to four in favour, with one abstention. One man shouted "⟦d:m|Shame on you⟧" as councillors filed out.
The committee's chair, Cllr Margaret Ellery-Shaw, defended the decision. "⟦d:a|I understand people are upset. I live here too. But we have a legal duty to meet our housing target, and if we had refused this it would have been granted on appeal and we'd have had no say over the detail,⟧" she said.
Ferrybridge ward councillor Pooja Lakhani, who voted against, said the development would "⟦p:b|swamp⟧" a village whose GP surgery was already full.
"⟦d:b|We've been told for years that the infrastructure will come with the houses. It never does. The houses come and the infrastructure is a leaflet,⟧" Cllr Lakhani said.
Ellery-Shaw rejected that. "⟦d:a|That's not fair on officers who have negotiated £2.1 million for the surgery and the school,⟧" she said.
Harold Quaintance, chairman of the Ferrybridge Residents' Association, said the group would consider a legal challenge. "⟦d:c|We've raised £6,000 in a fortnight. People are angry, and they're not going away,⟧" he said.
A spokesman for Lowmoor Homes said the company was "⟦p:d|delighted⟧" and would begin work in the spring. "⟦d:d|We will continue to engage with the community throughout,⟧" he said.

### 012
@a Halvard Engstrøm | -
@b Ruth Engstrøm | His daughter
@c Pilar Sánchez-Iribarne | a former student
Halvard Engstrøm, who has died aged 88, spent more of his life on ice than on land, by his own estimate, and was among the first scientists to show that the great glaciers of the northern fjords were thinning from below.
Born in 1936 in Bodvika, a fishing village north of the Arctic Circle, he studied physics in Tromsvik and joined the Polar Institute there in 1961. He was famously allergic to grand claims. “⟦d:a|A glacier is a very slow river that does not care about your career,⟧” he told this newspaper in 2009. “⟦d:a|You measure it, you go back, you measure it again. After thirty years you are allowed an opinion.⟧”
His measurements from the Skarvbreen glacier, taken every spring from 1967 to 2011, became one of the longest continuous records of their kind. Colleagues called them “⟦s:-|the Engstrøm series⟧”, a name he disliked.
Pilar Sánchez-Iribarne, a former student, now leads the glaciology group at the Tromsvik Polar Institute. “⟦d:c|He taught me to check the batteries twice and the data three times. He was also the only professor I ever had who would cook for the whole field team. Very bad fish soup. Every night,⟧” she said.
He married Kari Lunde, a nurse, in 1962; she died in 2015. His daughter, Ruth Engstrøm, said he remained curious to the end. “⟦d:b|Two weeks ago he asked me to bring him the latest satellite maps. He wanted to see how his glacier was doing. It was not doing well. He was not surprised,⟧” she said.
He is survived by Ruth, his son Eirik and five grandchildren.
Halvard Engstrøm, glaciologist, born 3 April 1936; died 2 March 2025

### 013
@a Élodie Marchetti-Bah | Interior Minister
@b Youssef Benali | spokesman for the opposition Civic Union
@c - | A senior official who asked not to be named
@k Karim Haddou | a pharmacist on the main square
@s Amira | a 19-year-old student who declined to give her surname
SAINT-AUBRAC, Valdorre (Wire) — The government of Valdorre on Saturday imposed a night-time curfew on three districts of the capital after a fourth night of clashes between police and young protesters angered by a rise in public transport fares.
Interior Minister Élodie Marchetti-Bah said the measure would last «⟦p:a|as long as necessary and not one day longer⟧».
«⟦d:a|The right to protest is sacred in this country. Burning buses is not protest,⟧» she told the public broadcaster RTV, speaking in French. «⟦d:a|Those who are responsible will be found.⟧»
More than 140 people have been arrested since Wednesday, according to police figures.
Youssef Benali, spokesman for the opposition Civic Union, accused the government of «⟦p:b|pouring petrol on the fire⟧». «⟦d:b|You do not answer a question about the price of a bus ticket with a curfew,⟧» he said.
A senior official who asked not to be named said the cabinet had been divided over the curfew. «⟦d:c|Some ministers wanted to suspend the fare increase first,⟧» the official said. «⟦d:c|They lost the argument.⟧»
In the Belcourt district, where several cars were burned on Friday night, shopkeepers boarded up their windows. «⟦d:k|We are not against the police and we are not against the young people. We are against having no customers,⟧» said Karim Haddou, a pharmacist on the main square.
Amira, a 19-year-old student who declined to give her surname, said the demonstrations would continue. «⟦d:s|They raised the fare by 40 percent. My mother takes three buses to get to work,⟧» she said.

### 014
@a Darren Cuthbertson | the dad-of-three
@b Sharon | His wife
@c - | A spokesperson for the National Draw
A LORRY driver who checked his lottery ticket in a motorway services car park has scooped £3.4 MILLION - and says he'll still be at work on Monday.
Darren Cuthbertson, 52, from Kettleby, thought he'd misread the numbers. "⟦d:a|I looked at it, looked at it again, then rang the missus and said 'Sit down,'⟧" he said.
"⟦d:a|She thought I was winding her up. She made me read the numbers out three times,⟧" the dad-of-three added.
His wife Sharon, 49, said: "⟦d:b|I told him to stop messing about and put the kettle on. Then he sent me a photo of the ticket and I screamed so loud the dog ran off.⟧"
The couple plan to pay off their mortgage, help their three children onto the housing ladder and take a "⟦p:a|proper holiday somewhere with a pool and no lorries⟧", Darren joked.
But Darren insists he won't be quitting. "⟦d:a|I've been driving for 30 years. What would I do, sit in the garden? I'd go mad. The lads at the depot would never let me hear the end of it anyway,⟧" he said.
A spokesperson for the National Draw said: "⟦d:c|We're thrilled for Darren and Sharon. It's lovely to see a win go to such a down-to-earth couple.⟧"

### 015
@a Beverley Akinola | Chief Fire Officer
@b - | A spokesperson for the Western Rivers Agency
@c Hamid Karimi | a restaurant owner on Bridge Street
@d Gwen Roberts | the pensioner
Residents in parts of Llanwerin have been told to prepare to leave their homes as the River Teifan continues to rise after two days of heavy rain.
A severe flood warning – meaning danger to life – is in place for the town centre and the Maesglas estate.
A spokesperson for the Western Rivers Agency said levels were expected to peak “⟦p:b|in the early hours of Sunday morning⟧” and urged people to “⟦p:b|take the warnings seriously⟧”.
“⟦d:b|We are seeing river levels we have not seen since 1998. Please do not drive through flood water,⟧” the spokesperson added.
Chief Fire Officer Beverley Akinola said crews had rescued 19 people from vehicles and homes overnight. “⟦d:a|Two of those were people who had driven past road-closed signs. I can’t put it more plainly: a car will float in 30 centimetres of moving water,⟧” she said.
Hamid Karimi, a restaurant owner on Bridge Street, said water had come through the back door “⟦p:c|like someone had turned a tap on⟧”. “⟦d:c|We’ve only just finished paying off the refurbishment from the last flood,⟧” he told Cymru Today. “⟦d:c|I don’t know if the insurance will cover us this time.⟧”
Gwen Roberts, 74, has lived on the Maesglas estate for 50 years. She said she had moved her photographs upstairs “⟦p:d|just in case⟧”.
“⟦d:d|My late husband always said this river would get us one day,⟧” the pensioner said. “⟦d:d|I’m not going anywhere yet. My daughter’s coming to get the cat.⟧”
A rest centre has been opened at Ysgol Bro Teifan.

### 016
@a Thandiwe Mokoena-Hart | Governor
@b Reserve Bank of Kestria | the bank
@c Luis Ferreira-Gomes | chief economist at Halcyon Partners
@d Amelia Tjahjono | currency strategist at Bramhall Bank in Singapore
PORT VESTA, Kestria (Wire) -- The Reserve Bank of Kestria unexpectedly raised its benchmark interest rate by half a percentage point to 7.25 percent on Thursday, saying a slide in the crown threatened to push inflation higher for longer.
``⟦d:b|Inflation expectations have become unanchored, and we will not allow that to persist. The Monetary Policy Committee stands ready to act further if needed,⟧'' the bank said in a statement.
Governor Thandiwe Mokoena-Hart told a news conference that the decision had been unanimous. ``⟦d:a|We would rather act decisively now than be forced into something more painful later,⟧'' she said.
Asked whether the move was aimed at defending the currency, she replied: ``⟦d:a|We do not target the exchange rate. But we are not blind to it either.⟧''
The crown jumped 1.8 percent against the dollar after the announcement, its biggest one-day gain in more than a year.
``⟦d:c|This is a central bank that has decided to regain credibility the hard way,⟧'' said Luis Ferreira-Gomes, chief economist at Halcyon Partners. ``⟦d:c|I doubt it's the last hike.⟧''
Amelia Tjahjono, currency strategist at Bramhall Bank in Singapore, was more cautious, describing the rally as ``⟦p:d|a relief bounce, not a regime change⟧''.
``⟦d:d|Fundamentals haven't changed overnight,⟧'' she said.

### 017
@b Aurelian Space Agency | the agency
@d - | a flight controller
@a Kavya Iyengar-Moss | the mission's principal investigator
@c Jonah Featherstone | a planetary scientist at the University of Brackley
A small spacecraft built on a shoestring budget has sent back the first close-up images of the asteroid 2019 KV14, a dark, potato-shaped rock about 800 metres long, the Aurelian Space Agency said on Friday.
The probe, called Wren, flew within 42 kilometres of the asteroid's surface late on Thursday at a speed of nearly 11 kilometres per second.
"⟦d:b|Wren has done everything we asked of it and a little more,⟧" the agency said in a statement. "⟦d:b|The spacecraft is healthy and data downlink will continue for several weeks.⟧"
On the agency's livestream, a flight controller could be heard shouting "⟦d:d|We've got signal, we've got signal!⟧" moments after the probe emerged from behind the asteroid.
Dr Kavya Iyengar-Moss, the mission's principal investigator, said the team had been "⟦p:a|holding our breath for about nine minutes⟧". "⟦d:a|When the first picture came in, somebody started crying, and then everybody was crying. It's been eleven years,⟧" she said.
The images show a surface covered in boulders, with few craters, which, Iyengar-Moss said, suggested the asteroid was "⟦p:a|younger than we expected, or better at hiding its scars⟧".
Asked what she would do next, she said: "⟦d:a|Sleep. Then the science.⟧"
Jonah Featherstone, a planetary scientist at the University of Brackley, who is not part of the mission team, called the flyby "⟦p:c|a triumph for small missions⟧". "⟦d:c|For a fraction of the cost of a flagship, they've got a genuinely new world. That should make a lot of people in this business think,⟧" he said.

### 018
@a Grenmoor Telecom | -
@c Yasmin El-Sayed | a cyber-security researcher
@e - | One Grenmoor engineer
@b Farrukh Nazarov | The Information Commissioner
@d Brendan Molloy | a Grenmoor customer in Drumcarra
The personal details of about 1.9 million Grenmoor Telecom customers, including names, addresses and partial bank details, were stolen in a cyber-attack last month, the company has confirmed.
Grenmoor Telecom said in a statement on Friday that it had “⟦p:a|no evidence that the data has been misused⟧” but advised customers to be alert to phishing emails. “⟦d:a|We sincerely apologise. Protecting our customers’ data is our highest priority,⟧” it said.
Yasmin El-Sayed, a cyber-security researcher, first spotted the data for sale on a criminal forum nine days before the company’s announcement. “⟦d:c|The listing was very specific. It had sample records, it had the database structure. This was not someone bluffing,⟧” she said.
She said she had alerted Grenmoor the same day. “⟦d:c|I got an automated reply. Then nothing, for a week.⟧”
One Grenmoor engineer, who spoke on condition of anonymity because they were not authorised to talk to the press, said staff had raised concerns about an old customer database “⟦p:e|at least twice⟧” in the past year. “⟦d:e|Everyone knew it needed to be retired. It just never got to the top of the list,⟧” they said.
The Information Commissioner, Farrukh Nazarov, said his office had opened an investigation. “⟦d:b|Companies that hold this much personal data have a duty to protect it properly. We will be asking Grenmoor some detailed questions,⟧” he said.
Brendan Molloy, a Grenmoor customer in Drumcarra, learned of the breach from the news. “⟦d:d|Not an email, not a text, nothing. I had to read about it. If they can send me a bill every month, they can send me that,⟧” he said.

### 019
@b Jacob Ndlovu | the 20-year-old fast bowler
@a Imran Qureshi-Bell | Hallamshire captain
@c Duncan Ferrar | Wessex Downs head coach
Hallamshire 287 & 241-6 beat Wessex Downs 198 & 327 by four wickets
Hallamshire chased 238 with four wickets in hand on the final afternoon at Beckford Road, and the architect of their first championship win of the season was a bowler who was playing club cricket in Harare 18 months ago.
Jacob Ndlovu, the 20-year-old fast bowler, took 5-58 in the Wessex Downs second innings and then, sent in as nightwatchman on Friday evening, made a career-best 44.
"⟦d:b|I don't really bat. I just hold it and hope,⟧" Ndlovu said, laughing. "⟦d:b|The captain said: stay there till the morning. So I stayed there till the afternoon.⟧"
Hallamshire captain Imran Qureshi-Bell, who finished unbeaten on 71, said the youngster had "⟦p:a|changed the game twice⟧". "⟦d:a|He's got pace, he's got a brain, and apparently now he's got a forward defence,⟧" Qureshi-Bell said. "⟦d:a|We'll need to look after him. Everyone will be after him.⟧"
Ndlovu was less sure about his new reputation. "⟦d:b|My mum will be happier about the batting than the bowling. She thinks fast bowling is rude,⟧" he said.
Wessex Downs head coach Duncan Ferrar said his side had been "⟦p:c|outplayed in the key moments⟧". "⟦d:c|We had them at 130 for five and we let it drift. That's the second time this season,⟧" he said.
Asked whether the pitch had deteriorated as much as expected, he replied: "⟦d:c|Not enough for us. Credit to them.⟧"

### 020
@a Tevita Fifita | the head coach
@r - | one reporter
@b Callum Sinnott-Burke | The Ravensmoor captain
@s - | one staff member
Tevita Fifita has never been one for long press conferences, and after Ravensmoor’s 27-24 defeat to the Kestrels on Saturday the head coach was briefer than ever. His exchange with one reporter over the decisive lineout went like this:
“⟦d:r|Was the last lineout called right?⟧”
“⟦d:a|Yes.⟧”
“⟦d:r|Do you think the referee had a good game?⟧”
“⟦d:a|I think the referee had a game. Next question.⟧”
The Ravensmoor captain, Callum Sinnott-Burke, was more expansive. “⟦d:b|We had it. We had a five-metre lineout with two minutes to go and we lost it. That’s on the forwards, that’s on me,⟧” the flanker said.
“⟦d:b:m|Tevita’s frustrated and so are we. But we’ll be fine. We’ve got a good group. We’ll watch the tape on Monday, we’ll be honest with each other and then we’ll move on.⟧
“⟦d:b|We’re still top four. People forget that.⟧”
Fifita, asked later whether he had been too harsh on his players in a dressing room described by one staff member as “⟦p:s|very quiet⟧”, softened slightly.
“⟦d:a|I’m not harsh on them. I’m harsh on the result. They know I love them. They’ll know it more on Monday,⟧” he said.

### 021
@a Noor Al-Hashimi | the Manchester-born singer and oud player
@b Theo Lindqvist | Her producer
There is a moment halfway through “⟦s:-|Ghazal for the Night Bus⟧”, the fourth track on Noor Al-Hashimi’s second album, when the drum machine drops out and all you can hear is her oud and the hiss of a cheap cassette recorder. It is the best thirty seconds of music I have heard this year.
“⟦d:a|That’s my dad’s recorder. I recorded that bit on the actual night bus, the 42 from Rusholme, at about two in the morning,⟧” said Al-Hashimi, the Manchester-born singer and oud player, when we met in a café near her studio. “⟦d:a|The man behind me was asleep. He’s on the record, snoring. I’ve never told him.⟧”
The album, “⟦s:-|Paper Lanterns⟧”, is a stranger, braver record than her 2021 debut, which was shortlisted for the Marlow Prize and which she now describes as “⟦p:a|a bit polite⟧”.
“⟦d:a:m|I was trying to prove I could make a proper record. Clean vocals, nice strings, everything in tune. And it was fine. People liked it.⟧
“⟦d:a:m|But I listened to it last year and I thought: this isn’t what the inside of my head sounds like. The inside of my head is Arabic poetry and grime and my mum shouting up the stairs.⟧
“⟦d:a|So this time I let all of it in.⟧”
Her producer, Theo Lindqvist, said the sessions had been “⟦p:b|chaos, but productive chaos⟧”. “⟦d:b|She’d come in with a voice note from the bus and a poem from the 13th century and say: make these one thing. Half the time I had no idea what she was singing about. It didn’t matter,⟧” he said.
Not every experiment comes off; the closing track drifts. But “⟦s:-|Paper Lanterns⟧” is the sound of an artist refusing to be polite, and it is all the better for it.

### 022
@a Kinderhaus Toys | the company
@b Aled Pugh | The Product Safety Authority's chief inspector
@c Sunita Varghese | a mother of two from Ashworth
A toy maker has recalled more than 60,000 wooden stacking rings after reports that the small coloured pieces can split, creating a choking hazard for young children.
Kinderhaus Toys said customers who bought the Rainbow Tower set between September and February should stop using it immediately and return it for a full refund. "⟦d:a|The safety of children is our absolute priority,⟧" the company said. "⟦d:a|We are deeply sorry for any concern this has caused.⟧"
Kinderhaus said it had received 14 reports of rings cracking but none of injuries.
The Product Safety Authority's chief inspector, Aled Pugh, said the recall had been handled "⟦p:b|quickly and responsibly⟧". "⟦d:b|Parents should check their toy boxes this weekend. If you have one of these sets, put it on a high shelf and contact the retailer. We'd rather parents were over-cautious,⟧" he said.
Sunita Varghese, a mother of two from Ashworth, noticed a crack in one of the rings while her 14-month-old son was chewing it. "⟦d:c|I took it off him and there was a sliver of wood in his mouth. It was tiny, but it was sharp,⟧" she said.
"⟦d:c|I reported it straight away. I didn't think I'd hear anything back, to be honest.⟧"

### 023
@p - | Parents at Kilbride Primary School
@c - | A Dunmore County Council spokesperson
@a Ruth Calloway-Addo | Headteacher
@d Lwazi Dube | chair of governors
@b - | One parent
@e Ellie | Year 6 pupil
Parents at Kilbride Primary School say they are “⟦p:p|devastated⟧” after the county council confirmed that the 130-year-old village school will close in July.
The school has 31 pupils, down from 58 a decade ago, and the council says it costs more than twice the county average per child to run.
A Dunmore County Council spokesperson said: “⟦d:c|This has been an incredibly difficult decision. Falling rolls mean we can no longer offer pupils at Kilbride the breadth of education they deserve.⟧”
Headteacher Ruth Calloway-Addo said staff had been told on Thursday afternoon. “⟦d:a|We had an inkling, of course. But hearing it said out loud is something else. My job now is to make sure the children have the best last term they could possibly have,⟧” she said.
Lwazi Dube, chair of governors, said the board had offered to federate with a neighbouring school to cut costs. “⟦d:d|We put a serious plan on the table. I don’t think it was ever properly looked at,⟧” he said.
One parent, who asked not to be named, said her two children would now face a 40-minute bus journey each way. “⟦d:b|They’re five and seven. That’s an hour and twenty minutes a day on a bus, on those roads, in winter. Nobody at County Hall would put up with that for their kids,⟧” she said.
Year 6 pupil Ellie, who moves to secondary school in September, said the younger children were upset. “⟦d:e|My little brother asked if the school was going to be knocked down. I said I didn’t know,⟧” she said.

### 024
@k - | one critic
@a Cornelius Abernathy | the trumpeter whose late-night sets at the Blue Lantern club in Halsey Bay drew musicians from across the country for four decades
@b Marguerite Delacroix-Mbeki | The bassist
@c Louis Abernathy | His son
Cornelius Abernathy, the trumpeter whose late-night sets at the Blue Lantern club in Halsey Bay drew musicians from across the country for four decades, has died at the age of 91.
Known to everyone in the town as "⟦s:-|Neely⟧", Abernathy learned to play on a borrowed cornet in a church band and was famous for a soft, breathy tone that one critic called "⟦p:k|a trumpet that whispers⟧".
"⟦d:a|I never could play loud. So I decided loud was overrated. You make people lean in. That's the whole trick,⟧" he told the Halsey Bay Courier in 1998.
He ran the Thursday jam session at the Blue Lantern from 1971 until 2013, rarely missing a week. The bassist Marguerite Delacroix-Mbeki, who played with him for 26 years, said he treated every young musician who walked through the door "⟦p:b|like they were already famous⟧".
"⟦d:b|He'd call a tune in a key you'd never played in, just to see what you'd do,⟧" she said. "⟦d:b|If you fell over, he'd pick you up. If you didn't, he'd do it again in an even worse key.⟧"
His son, Louis Abernathy, said his father practised every morning until last autumn. "⟦d:c|He'd sit by the window with a mute in so he wouldn't wake the neighbours. The neighbours used to open their windows to hear him anyway,⟧" he said.
Delacroix-Mbeki said the club would hold a tribute night on Thursday. "⟦d:b|Of course it's a Thursday,⟧" she said. "⟦d:b|Where else would he be?⟧"

### 025
@a Hernán Quispe Mamani | leader of the Ayllu Chaqui community
@b Minera Altiplano | -
@c Daniela Ortúzar | Mining Minister
SAN AURELIO, March 15 (Wire) — Indigenous communities in the highlands of Alto Veredo have blocked the only road to the Cerro Blanco copper mine for a sixth day, demanding a share of royalties and an independent study of the mine’s water use.
“⟦d:a|Sin agua no hay vida, y sin vida no hay cobre,⟧” said Hernán Quispe Mamani, leader of the Ayllu Chaqui community, standing beside a barricade of stones and tyres. “⟦d:a|Without water there is no life, and without life there is no copper.⟧”
Quispe said the community’s wells had fallen by “⟦p:a|several metres⟧” since the mine expanded in 2019. “⟦d:a|We are not against the mine. We are against being treated as if we do not exist,⟧” he said, speaking in Spanish. Holding up a plastic bottle of cloudy water drawn from his well that morning, he asked the reporters around him: “⟦d:a|Would you drink this?⟧”
Minera Altiplano, which operates Cerro Blanco, said in a statement that its water use was “⟦p:b|fully within the limits of its permits⟧” and that it was “⟦p:b|open to dialogue at any time⟧”. The company said the blockade had halted production of about 800 tonnes of copper concentrate a day.
Mining Minister Daniela Ortúzar told reporters in the capital that the government would send a delegation to the area on Monday. “⟦d:c|The road must be reopened, but it will be reopened through dialogue, not through force,⟧” she said.
Asked whether police would be deployed, Ortúzar said: “⟦d:c|Nobody wants to see images of violence in Alto Veredo. Not the government, not the company, not the communities.⟧”

### 026
@a Declan Fairweather | regional organiser for the Transport and Dock Workers' Union
@c Viktor Janssen | Harbourline's chief executive
@b Harbourline Logistics | the operator
@d - | one crane operator
@e Nkechi Obiora | managing director of a Kellport furniture importer
Dockers at Kellport, the country's second-busiest container port, will strike for 10 days from March 28 after pay talks with the operator, Harbourline Logistics, collapsed on Friday, their union said.
Declan Fairweather, regional organiser for the Transport and Dock Workers' Union, said members had rejected a 4.5% offer by 91% on a turnout of 84%. "⟦d:a|Harbourline made £210 million in profit last year. Our members worked through the pandemic, through the storms, through everything, and they're being offered a real-terms pay cut. That's not a negotiation. That's an insult,⟧" he said.
Harbourline's chief executive, Viktor Janssen, said the offer was "⟦p:c|fair and affordable⟧" and urged the union to put it to members again. "⟦d:c|A strike will hurt everyone who depends on this port, including the dockers themselves,⟧" he warned.
Harbourline said in a later statement that contingency plans were "⟦p:b|in place⟧" but that customers should expect "⟦p:b|significant disruption⟧".
On the picket line outside Gate 4, one crane operator said he had worked at the port for 23 years. "⟦d:d|My dad worked here. My granddad worked here. None of us ever wanted to strike. But you can't pay a mortgage with thank-yous,⟧" he said.
Businesses that rely on the port are bracing for delays. "⟦d:e|We've got 40 containers due in April,⟧" said Nkechi Obiora, managing director of a Kellport furniture importer. "⟦d:e|If they sit on a ship in the bay for ten days, we don't have stock for the Easter sale.⟧"

### 027
@a Medicines Evaluation Board | The board
@b Aisling Corrigan | chief executive of the charity Tremor Trust
@c Sadiq Rahmani | a consultant neurologist at St Ebba’s Hospital
@d Patricia Nwosu-Grant | a former primary teacher
A drug that slows the progression of early Parkinson’s disease has been approved for use, the Medicines Evaluation Board announced on Friday.
The board said the treatment, velmirotide, had shown “⟦p:a|a clinically meaningful benefit⟧” in a two-year trial of 1,140 patients, with those on the drug declining about 30 per cent more slowly on standard measures of movement than those on placebo.
“⟦d:a|This is a carefully balanced decision. The benefits are modest but real, and the side-effect profile is acceptable for the patients who are eligible,⟧” the board said in a statement.
Aisling Corrigan, chief executive of the charity Tremor Trust, called it “⟦p:b|the most significant step forward in a generation⟧”. “⟦d:b|For 50 years we have been able to treat the symptoms. This is the first time we can say we are touching the disease itself,⟧” she said.
Prof Sadiq Rahmani, a consultant neurologist at St Ebba’s Hospital, was more measured. “⟦d:c|Thirty per cent slower is not a cure, and I worry about the word ‘breakthrough’,⟧” he said.
“⟦d:c|It is a monthly infusion, it is expensive, and it is only for people early in the disease. But for those people it is a real option, and we haven’t had one before.⟧”
Patricia Nwosu-Grant, a former primary teacher, took part in the trial at St Ebba’s. She did not know until it ended whether she had been given the drug. “⟦d:d|I had a feeling. My handwriting stopped getting worse. When they told me, I went home and wrote my granddaughter a birthday card. Proper joined-up writing,⟧” she said.

### 028
@c Fergus McAllister | a retired signalman
@a Morag Buchanan | chair of the campaign group Reopen the Linnie
@b Ishaan Patel-Rowe | The transport secretary
@d - | A spokeswoman for Caledon Rail
For the first time in 56 years, a passenger train pulled into Strathlinnie station on Saturday morning, to cheers, bagpipes and a brass band that had clearly been practising since dawn.
Among those on the platform was Fergus McAllister, a retired signalman, who worked on the line before it closed in 1969.
"⟦d:c|I pulled the last lever here when I was 19. I never thought I'd see another train. My wife said I was daft to come out in the cold. I'd have walked here,⟧" the 75-year-old said, wiping his eyes.
Morag Buchanan, chair of the campaign group Reopen the Linnie, has spent 17 years lobbying for the line. "⟦d:a|We were told it was a fantasy,⟧" she said. "⟦d:a|We were told it was too expensive, that nobody would use it. We've sold 4,000 tickets for the first week.⟧"
The transport secretary, Ishaan Patel-Rowe, who travelled on the first service, called the reopening "⟦p:b|a statement of faith in rural communities⟧". "⟦d:b|This line will get people to work, to college, to hospital. It isn't nostalgia. It's infrastructure,⟧" he said.
Asked about the cost - the project came in £31 million over budget - he said: "⟦d:b|Every major rail project has its challenges. I'm proud of what's been delivered.⟧"
A spokeswoman for Caledon Rail said the service would run hourly from Monday and that advance bookings had been "⟦p:d|busier than our most optimistic forecast⟧".

### 029
@a Ayaka Moriwaki | the Osaka-born artist
@b Sebastián Valderrama | The exhibition's curator
The first thing you see in "⟦s:-|Salt Houses⟧", the Osaka-born artist Ayaka Moriwaki's first major show in Britain, is a full-size wooden fishing hut, slowly dissolving. Sea water drips from the ceiling of the gallery onto its roof at a rate of one drop every eleven seconds.
"⟦d:a|By the end of the exhibition it will be mostly gone,⟧" Moriwaki said, standing beside it on the morning of the opening. "⟦d:a|People ask me if that makes me sad. It doesn't. It's the point.⟧"
Moriwaki grew up in a coastal town that was badly damaged by a tsunami when she was 14. She is careful, though, not to let the work be read as a memorial. "⟦d:a|It is not about one wave,⟧" she said. "⟦d:a|It is about the idea that a house is a permanent thing. No house is permanent.⟧"
The exhibition's curator, Sebastián Valderrama, said persuading the Harwood Gallery to let him install a dripping ceiling had taken "⟦p:b|two years and a lot of plastic sheeting⟧". "⟦d:b|The conservators were very brave. I think one of them still hasn't forgiven me,⟧" he said.
The centrepiece of the second room, "⟦s:-|Room for a Flood⟧", is a single bed filled with salt crystals grown over eight months. Valderrama described it as "⟦p:b|the quietest thing in the building, and the one that makes people cry⟧".
Asked whether she minded that, Moriwaki laughed. "⟦d:a|They can cry. Then they should go and have lunch. That is also part of it.⟧"

### 030
@a Tesfaye Gebremedhin | The 26-year-old Ethiopian
@b Chebet Jeptoo | The Kenyan
@c Lucinda Marwick | Race director
Tesfaye Gebremedhin broke the course record at the Rhinehaven Marathon on Sunday, finishing in 2:04:51 despite a headwind along the river for the final ten kilometres.
The 26-year-old Ethiopian, running only his second marathon, said through an interpreter that he had not planned to attack the record. “⟦d:a|My coach told me: wait, wait, wait, go at 35. I waited until 30. I am not good at waiting,⟧” he said.
“⟦d:a|In the last two kilometres I could not feel my legs. I could only hear the people. So I ran towards the noise.⟧”
Chebet Jeptoo won the women’s race in 2:19:30, her third victory in Rhinehaven. The Kenyan, 34, said she had considered retiring after a hamstring injury last year. “⟦d:b|My daughter said, mum, one more, for me. So this one is for her. Next year? We will see. Ask me after I sleep,⟧” she said.
Race director Lucinda Marwick said a record 41,000 runners had started. “⟦d:c|It was a tough day with the wind, and I think that makes the record even more special. We’ll be putting his name on the wall on Monday,⟧” she said.

### 031
@a Zanele Khumalo-Reyes | the founder of Crown & Root
@b Busisiwe Khumalo | Her mother
@c Graham Tillotson | a former garden-centre tycoon
Zanele Khumalo-Reyes keeps the first bottle she ever sold in a glass case in her office. It is a jam jar with a hand-written label, and it cost £4.
"⟦d:a|That was 2014. I was mixing shea butter in my mum's kitchen in Croydon at midnight and selling it out of a rucksack at Brixton Market on Saturdays,⟧" said the founder of Crown & Root, which now sells in 19 countries and last year turned over £48 million.
"⟦d:a|I didn't have a business plan. I had a problem: I couldn't find anything that worked on my hair without costing a fortune or smelling like a chemistry lab.⟧"
Her mother, Busisiwe Khumalo, remembers the kitchen differently. "⟦d:b|Everything was greasy. The cupboards, the kettle, the cat. I told her: either you get a factory or I get a new kitchen,⟧" she said.
The factory came in 2017, after a £250,000 investment from Graham Tillotson, a former garden-centre tycoon.
"⟦d:c|I didn't understand the product at all. I'm a bald man from Doncaster,⟧" Tillotson said. "⟦d:c|But I understood her. She knew every customer by name. You can't teach that.⟧"
Khumalo-Reyes says the hardest year was 2020, when a supplier collapsed and she came within weeks of losing the company.
"⟦d:a:m|I had six weeks of cash. I called every person I'd ever met. I cried in the car park of a bank in Purley, which is not a sentence I ever expected to say.⟧
"⟦d:a|And then it was fine. That's the thing nobody tells you. Most of the time, somehow, it's fine.⟧"

### 032
@b Rhys Pendry | dog walker
@c Millbrook Animal Rescue | The charity
@a Kerry-Ann Whitlow | Owner
A border collie who vanished from a motorway service station has been reunited with his family — 11 months and 140 miles later.
Biscuit bolted when a lorry backfired at Tolley Services in April last year. Despite hundreds of posters and a Facebook appeal shared 30,000 times, there was no trace of him.
Then, last Tuesday, dog walker Rhys Pendry spotted a thin, muddy collie on a footpath near Gorsedd. “⟦d:b|He just sat down in front of me and looked at me like, where have you been?⟧” Rhys, 27, said. “⟦d:b|I had some ham in my sandwich and that was it, he was mine.⟧”
Millbrook Animal Rescue scanned his microchip. The charity posted: “⟦d:c|WE HAVE SOME NEWS!!! Biscuit is going HOME ❤️⟧”
Owner Kerry-Ann Whitlow, 38, drove through the night to collect him. “⟦d:a|I just sobbed. He went mad, licking my face, crying, spinning round,⟧” the mum-of-two said.
Her children made a banner reading “⟦s:-|WELCOME HOME BISCUIT⟧”, which now hangs in the hallway.
“⟦d:a|We’ll never know where he’s been,⟧” Kerry-Ann added. “⟦d:a|But he’s eaten three dinners since Tuesday, so wherever it was, they didn’t feed him enough.⟧”

### 033
@c Priyanka Deol | Prosecutor
@d Gemma Harcourt | the owner of Harcourt's Stores in Little Brisley
@b Oliver Strand-Mensah | His barrister
@a Helena Achterberg | Judge
A man who carried out a string of ram-raids on village shops across south Kellshire, stealing cigarettes and cash machines, has been jailed for six years.
Liam Dorsey, 29, of no fixed address, admitted seven counts of burglary at Kellshire Crown Court.
Prosecutor Priyanka Deol said Dorsey and an accomplice, who has not been identified, used a stolen pick-up truck to smash through shop fronts in the early hours. "⟦d:c|These were small family businesses in small communities. The damage in several cases ran to tens of thousands of pounds,⟧" she said.
In a statement read to the court, the owner of Harcourt's Stores in Little Brisley, Gemma Harcourt, said: "⟦d:d|I still wake up at 3am and listen for engines.⟧" She added: "⟦d:d|My daughter won't sleep in her own room.⟧"
His barrister, Oliver Strand-Mensah, said Dorsey had been addicted to crack cocaine at the time and had since "⟦p:b|engaged fully⟧" with drug services in prison. "⟦d:b|He is ashamed, and he asked me to say so in terms,⟧" Mr Strand-Mensah said.
Sentencing, Judge Helena Achterberg told Dorsey: "⟦d:a|You terrified people who had done nothing to you. You did it for money to spend on drugs. That is an explanation; it is not an excuse.⟧"
She added: "⟦d:a|If you are serious about recovery, the time you spend in custody can be used well. That is up to you.⟧"

### 034
@a Margrethe Holm-Sørensen | a sea-ice physicist at the Nordhavn Institute and the study’s lead author
@b Adaeze Okafor | an oceanographer at the University of Lowther
@c Polar Monitoring Network | -
Sea ice in the Barents region is thinning from underneath far faster than satellites alone suggest, because warm Atlantic water is reaching higher into the water column, researchers reported on Thursday.
The study, based on eight years of measurements from moorings anchored to the seabed, found that heat from below was responsible for roughly half of the winter ice loss in the region.
“⟦d:a|We always thought of the ice as being melted from the top, by the air. In this part of the Arctic that is now only half the story,⟧” said Margrethe Holm-Sørensen, a sea-ice physicist at the Nordhavn Institute and the study’s lead author.
Her co-author, Adaeze Okafor, an oceanographer at the University of Lowther, said the moorings had been difficult to maintain. “⟦d:b|Twice we lost instruments to icebergs. Once a trawler dragged one up and the captain phoned us, very confused,⟧” she said.
Okafor said the findings had implications well beyond the Barents Sea. “⟦d:b|What happens there tends to happen in the rest of the Arctic ten or twenty years later. It’s a preview,⟧” she said.
Holm-Sørensen said she was often asked whether the Arctic would soon be ice-free in summer. “⟦d:a|My answer is: in some summers, yes, probably within my working life,⟧” she said. “⟦d:a|That used to sound dramatic. Now it sounds like planning.⟧”
The Polar Monitoring Network, which helped fund the moorings, said the results showed “⟦p:c|why long-term observation matters⟧” and called for its funding to be guaranteed beyond 2027.

### 035
@a Rafael Mendonça | Lumo's head of product
@k - | My 12-year-old
The Lumo Fold 3 is a phone that wants to be a tablet that wants to be a phone. For a week, I let it try.
The good news first: the hinge, which on the previous model creaked like a farmhouse door, is now silent. When I met Lumo's head of product, Rafael Mendonça, at the launch in Lisbon, he was visibly proud of it. "⟦d:a|We rebuilt it from zero. Forty-one parts instead of sixty-two,⟧" he said. "⟦d:a|You can open it 400,000 times. We tested it. A robot did, actually. A very bored robot.⟧"
The bad news is the battery. On a normal working day it was dead by 7pm. When I put this to Mendonça, he said the company had "⟦p:a|prioritised thinness⟧" and that a software update in May would "⟦p:a|improve endurance meaningfully⟧".
"⟦d:-|Meaningfully how much?⟧" I asked.
"⟦d:a|Meaningfully,⟧" he said, and smiled. "⟦d:a|Nobody complains about a thin phone in the shop. They complain at seven o'clock.⟧"
My 12-year-old, who regards all folding phones as "⟦p:k|old people trying to be cool⟧", spent an hour playing a racing game on the big screen and then handed it back. "⟦d:k|It's actually good,⟧" she said, sounding betrayed.
Verdict: a beautiful, clever, slightly tiring phone. Buy a power bank.

### 036
@a Giuseppe Abatangelo | Its owner
@b Rosa Abatangelo | His wife
@d Harrow & Finch Estates | The landlord
@c - | One customer
After 41 years, 15,000 sourdough loaves a year and one memorable fire in 1996, Abatangelo’s Bakery on Fore Street will close its doors on Saturday.
Its owner, Giuseppe Abatangelo, said a rent increase from £18,000 to £31,000 a year had made the business impossible to sustain. “⟦d:a|I’m 72. I could have carried on for another five years, maybe more. My hands are still good,⟧” he said, holding them up, floury to the wrist. “⟦d:a|But not at that rent. Nobody could.⟧”
His wife, Rosa Abatangelo, who does the accounts, said they had asked the landlord for a phased increase. “⟦d:b|We asked for three years to get there. They said no. They said the market rate is the market rate,⟧” she said.
The landlord, Harrow & Finch Estates, said in a statement that the new rent reflected “⟦p:d|an independent valuation⟧” and that it had “⟦p:d|offered a number of options⟧”.
On Friday morning the queue stretched past the chemist. One customer, who has bought her bread there since 1989, was in tears. “⟦d:c|Where am I going to get bread like this? The supermarket? It’s like eating a sponge,⟧” she said.
Abatangelo said he would keep baking at home. “⟦d:a|For the grandchildren. And for her,⟧” he said, nodding at the customer. “⟦d:a|She can come round on Sundays.⟧”

### 037
@b Jaylen Okoro | the rookie guard
@a Marcus Delahaye-Price | Harbor City coach
@c Tomas Varga | The Hungarian center
HARBOR CITY -- Jaylen Okoro scored 38 points, including the go-ahead 3-pointer with 4.2 seconds left, and the Harbor City Gulls beat the Riverton Foxes 112-109 on Saturday night to snap a five-game losing streak.
``⟦d:b|I wanted the ball. I told them in the huddle, give it to me,⟧'' the rookie guard said. ``⟦d:b|If I miss, I miss. But I wasn't going to miss.⟧''
Harbor City coach Marcus Delahaye-Price said the final play had been designed for someone else. ``⟦d:a|It was drawn up for Dre on a curl. Jaylen waved him off,⟧'' he said, shaking his head. ``⟦d:a|I'll take it. We'll talk about it later.⟧''
Tomas Varga had 24 points and 15 rebounds for Riverton. The Hungarian center said the Foxes had ``⟦p:c|let it slip⟧'' in the fourth quarter, when they were outscored 31-19.
``⟦d:c|We had them. We stopped moving the ball. That's on all of us,⟧'' Varga said.
Asked about his late-game confidence, Okoro grinned. ``⟦d:b|My mom's here. She flew in from Bellmont. I had to do something.⟧''

### 038
@c Bertie Holcombe | Trainer
@a Siobhan Keaveney | The jockey
@b Ahmed Al-Mansouri | Owner
Copper Lantern, a 33-1 outsider who was nearly withdrawn on Friday with a bruised foot, won the Kelso Cup Chase at Ardrossan Park on Saturday by a length and a half.
Trainer Bertie Holcombe admitted the horse had been "⟦p:c|touch and go⟧" until the morning. "⟦d:c|The farrier was here at six. We put a pad on, trotted him up, and he looked at me as if to say: what's the fuss?⟧" he said. "⟦d:c|I nearly didn't run him. I'm glad I'm not always right.⟧"
The jockey Siobhan Keaveney, winning the race at her ninth attempt, said she had "⟦p:a|sat and waited⟧" until the last fence. "⟦d:a|He's not a horse you can rush. He gets there in his own time, and today his own time was just about perfect,⟧" she said.
She added: "⟦d:a|I've finished second in this race three times. I was starting to take it personally.⟧"
Owner Ahmed Al-Mansouri, who bought the gelding for 9,000 guineas as a three-year-old, said he would "⟦p:b|celebrate quietly⟧". "⟦d:b|I am a quiet man. But maybe tonight I will be a little less quiet,⟧" he said.
Holcombe said the horse would now be aimed at the Marsh National in April. "⟦d:c|He'll go to the Marsh if he's sound. If he's not, he'll go to the field and eat grass,⟧" he said.

### 039
@b Nordbahn | the operator
@a Katharina Brünnerhoff | Ostwalden's mayor
@c Mehmet Yıldırım | a nurse who commutes daily from Kreuzau
OSTWALDEN, Germany (Wire) - A bridge carrying the main rail line between Ostwalden and Kreuzau will stay closed for at least 18 months after engineers found serious corrosion in its steel supports, the operator Nordbahn said on Friday.
"⟦d:b|Die Sicherheit unserer Fahrgäste hat absolute Priorität,⟧" Nordbahn said in a statement. "⟦d:b|The safety of our passengers has absolute priority.⟧"
Replacement buses will run every 20 minutes, but the journey, which took 22 minutes by train, is expected to take more than an hour at peak times.
Ostwalden's mayor, Katharina Brünnerhoff, called the closure "⟦p:a|a disaster for the region⟧" and accused Nordbahn of ignoring warnings. "⟦d:a|We have been asking about this bridge since 2019. We were told again and again that everything was under control,⟧" she told reporters, speaking in German.
"⟦d:a|Now we learn it was not. I want to know who knew what, and when.⟧"
Mehmet Yıldırım, a nurse who commutes daily from Kreuzau, said he would have to leave home at 5 a.m. to reach the hospital for his shift. "⟦d:c|I have two small children,⟧" he said. "⟦d:c|Who takes them to kindergarten? The bus?⟧"

### 040
@a Chidera Anyanwu-Blake | a former housing officer
@b Lorcan Devereux | Her editor at Harbinger Press
Chidera Anyanwu-Blake’s third novel, “⟦s:-|The Weight of Small Rooms⟧”, takes place almost entirely in a single council flat in Peckham over one hot week in August 1976. It should feel claustrophobic. Instead it feels enormous.
The book follows Grace, a Nigerian nurse, her Irish lodger and a teenage son who has stopped talking. Anyanwu-Blake, 44, a former housing officer, said the flat was modelled on her grandmother’s. “⟦d:a|It had one window that opened, and the whole family would stand at it in turns, like a queue for the sea,⟧” she said.
She wrote the first draft in eleven weeks during a residency in Orkney, “⟦p:a|which is about as far from Peckham in August as you can physically get⟧”.
“⟦d:a:m|I think distance helped. I could hear the flat better from there. I could hear the radiators, the neighbours, the ice-cream van.⟧
“⟦d:a|When I came home and read it, I was shocked at how loud it was.⟧”
Her editor at Harbinger Press, Lorcan Devereux, said he had asked for only one significant change: “⟦d:b|I asked her to let the son speak once. Just once. She said no. She was right and I was wrong, and I have told her so in writing.⟧”
Asked whether the book was autobiographical, Anyanwu-Blake laughed. “⟦d:a|Only the heat.⟧”
If the novel has a weakness, it is a slightly rushed final chapter. But the previous 300 pages are as good as anything published this year, and the book’s final image, which I won’t spoil, has stayed with me for weeks.

### 041
@a Tobias Wainwright-Oduya | a software tester from Exmere
@d Helen Achebe | consumer lawyer
@b SkyMerit | the airline
@c - | A spokeswoman
Tobias Wainwright-Oduya, a software tester from Exmere, booked four return flights to Madeira for a family wedding last June. Three weeks before departure, SkyMerit cancelled the outbound flight and offered him a voucher.
"⟦d:a|I didn't want a voucher. I wanted to get to my sister's wedding. I ended up paying £1,900 for flights with another airline, at the last minute, and then spent eight months trying to get the original £780 back,⟧" he said.
Under passenger rights rules, airlines must offer a cash refund within seven days when they cancel a flight. "⟦d:d|It's not optional, and it's not a favour,⟧" said consumer lawyer Helen Achebe. "⟦d:d|Vouchers are allowed only if the passenger actively chooses one.⟧"
Wainwright-Oduya said he had sent SkyMerit 11 emails and two letters. "⟦d:a|Each reply started with 'We understand your frustration'. I don't think they did,⟧" he said.
After we contacted SkyMerit, the airline refunded the £780 and paid £400 in compensation. "⟦d:b|We apologise to Mr Wainwright-Oduya for the delay in processing his refund,⟧" the airline said. A spokeswoman added that it was "⟦p:c|reviewing its processes⟧" to ensure refunds were handled "⟦p:c|promptly and correctly⟧".
Achebe said readers in a similar position should not give up. "⟦d:d|Write to the chief executive. Put everything in writing. And if that fails, go to the ombudsman - it's free,⟧" she said.

### 042
@a Bronwen Talfryn-Jones | Festival director
@e Marged Prys | the 86-year-old
@b Kofi Mensah-Barrow | the comedian
@c - | One resident of Church Lane
@d Aberhafod Town Council | -
The Aberhafod Puddle Festival - named, as every local will tell you, after the “⟦s:-|Great Puddle⟧” that formed in the market square in 1953 and refused to drain for a fortnight - returns this weekend with its biggest line-up yet.
Festival director Bronwen Talfryn-Jones said 12,000 tickets had been sold, twice last year’s figure. “⟦d:a|We started this with a gazebo and a tea urn. Now we have a main stage and a licensing officer who knows my mobile number by heart,⟧” she said.
Marged Prys was nine when the puddle appeared. “⟦d:e|My brother sailed a tin boat on it. The whole town came to look. That’s all it was, a very big puddle. I can’t believe people are still talking about it. I’m thrilled, mind,⟧” the 86-year-old said.
The headline act on Saturday night is the comedian Kofi Mensah-Barrow, who grew up in the town. “⟦d:b|I used to do my homework in the chip shop opposite the stage. I’m not joking. The owner let me sit there if I bought a small portion. Coming back is going to be emotional. And I’m going to be rude about everybody,⟧” he said.
Not everyone is delighted. One resident of Church Lane, who asked not to be named, described last year’s closing night as “⟦p:c|like sleeping inside a bass drum⟧”.
Aberhafod Town Council said the festival had agreed to finish amplified music at 10.30pm and that there would be “⟦p:d|no amplified sound of any kind⟧” near the care home on Heol Fawr.
Talfryn-Jones said the organisers had listened. “⟦d:a|We’re not trying to ruin anyone’s weekend. We’re trying to give the town a good one,⟧” she said.

### 043
@a Emeka Chukwuma-Hale | the first black captain of Hartside Rovers and a member of their 1971 cup-winning side
@b Ron Fairclough | his former team-mate
@c Hartside Rovers | -
@d Grace Chukwuma-Hale | His widow
Emeka Chukwuma-Hale, the first black captain of Hartside Rovers and a member of their 1971 cup-winning side, has died aged 79.
A tough, elegant centre-half, he made 412 appearances for Rovers between 1964 and 1977 and won three caps for his country.
He endured racist abuse from opposition supporters throughout his career, and wrote about it with characteristic restraint in his 1992 autobiography. "⟦d:a|I learned early that the best answer was a clean tackle and a clean sheet,⟧" he wrote. "⟦d:a|Shouting back only gave them what they came for.⟧"
Ron Fairclough, his former team-mate, said Chukwuma-Hale had been "⟦p:b|the calmest man in any dressing room⟧". "⟦d:b|We'd be 2-0 down at half-time, the manager throwing teacups, and Emeka would be sitting there retying his laces like we were waiting for a bus,⟧" he recalled. "⟦d:b|Then he'd go out and win every header.⟧"
Hartside Rovers said in a statement that the club was "⟦p:c|deeply saddened⟧" and that players would wear black armbands against Fenwick Town on Saturday. "⟦d:c|Emeka was a giant of this club, on and off the pitch,⟧" the statement said.
His widow, Grace Chukwuma-Hale, said he had followed the club "⟦p:d|to the very end⟧". "⟦d:d|He listened to Saturday's game on the radio in hospital. He was furious about the second goal. That's how I knew he was still himself,⟧" she said.

### 044
@b Ebony Clarke-Mwangi | pharmacist
@d Barry Sumner | a bus driver
@a Nadia Farouk | a GP partner at the Linden Street surgery
@c College of General Practice | -
Since January, pharmacists across Dunmore have been allowed to diagnose and prescribe for seven common conditions, from sore throats to urinary tract infections, without the patient seeing a GP. Three months in, the scheme has handled more than 40,000 consultations.
"⟦d:b|It's been busier than I expected, and I expected busy,⟧" said pharmacist Ebony Clarke-Mwangi, who runs a chemist on Portrush Road. "⟦d:b|Half my day used to be explaining to people why I couldn't help. Now I can.⟧"
Barry Sumner, a bus driver, was treated for an ear infection within twenty minutes last month. "⟦d:d|I'd have waited a week for the GP, minimum. I'd have been off work. Twenty minutes and I was back on the number 14,⟧" he said.
Dr Nadia Farouk, a GP partner at the Linden Street surgery, said the scheme had eased pressure on appointments but warned against "⟦p:a|mission creep⟧". "⟦d:a|Pharmacists are highly trained and this is sensible. But a sore throat is sometimes not a sore throat, and the patient who needs a GP mustn't fall through the gap,⟧" she said.
The College of General Practice said in a statement that it supported the scheme "⟦p:c|in principle⟧" but wanted "⟦p:c|robust data⟧" on antibiotic prescribing.
Clarke-Mwangi said she shared that concern. "⟦d:b|If anything I'm stingier with antibiotics than most,⟧" she said. "⟦d:b|Ask my regulars.⟧"

### 045
@b Lucia Ferrante | chief economist at the building society Hearthstone
@a Jonathan Osei-Bonsu | director of Osei & Webb estate agents
@c Sam Hollings | a nurse
@d Priya Raman | a paralegal
House prices rose 0.8 per cent in March, the biggest monthly increase in more than a year, according to the Hearthstone house price index, as lower mortgage rates brought buyers back into the market.
The average home now costs £287,400, up 3.9 per cent on a year earlier.
“⟦d:b|Buyers who sat on their hands through last year are coming back, and they’re finding there isn’t a great deal of stock,⟧” said Lucia Ferrante, chief economist at the building society Hearthstone. “⟦d:b|When that happens, prices go one way.⟧”
She cautioned against reading too much into a single month. “⟦d:b|One swallow. Let’s see April and May,⟧” she said.
In Marlbury, Jonathan Osei-Bonsu, director of Osei & Webb estate agents, said viewings were up by about a third. “⟦d:a|We had a three-bed semi on Tuesday with eleven viewings by Thursday and four offers over the asking price. A year ago that house would have sat for two months,⟧” he said.
For first-time buyers, it is a mixed picture. Sam Hollings, a nurse, and Priya Raman, a paralegal, both 29, have had two offers rejected since January. “⟦d:c|We keep being outbid by people with cash,⟧” Hollings said.
“⟦d:d|We’ve stopped looking at the listing price. It’s basically a starting bid,⟧” Raman added.

### 046
@a Carmela Sciortino | The town’s mayor
@b Enzo Buttitta | a ceramics seller
@c Maren Dahl | a retired teacher from Ålvik
On a Tuesday in May, three cruise ships anchored off Portofrasso before breakfast, and by ten o’clock the island’s single main street had 9,000 more people on it than it has residents.
The town’s mayor, Carmela Sciortino, has had enough. From next year, she says, no more than two ships a day will be allowed to call, and passengers will pay a €5 landing fee.
«⟦d:a|Non siamo un parco a tema,⟧» she said in her office overlooking the harbour. «⟦d:a|We are not a theme park.⟧»
«⟦d:a|People live here. They need to get to the pharmacy, to the school. On ship days they cannot move,⟧» she continued, speaking through an interpreter.
Not everyone on the harbour front agrees. Enzo Buttitta, a ceramics seller, said cruise passengers made up about half his summer takings. «⟦d:b|They come, they buy a plate, they go. It is not romantic, but it pays the rent,⟧» he said. «⟦d:b|Two ships a day? Fine. But if it becomes one, I close in October instead of November.⟧»
Maren Dahl, a retired teacher from Ålvik, was on her first cruise. «⟦d:c|It is very beautiful, and very crowded, and we are the crowd. I understand the mayor. I would not want me here either,⟧» she said.

### 047
@a Olumide Fashola-Grey | The excavation's director
@b Heather Cairncross | a retired dentist
@c Marlbury Museum | -
A hoard of 312 silver coins buried in a clay pot around AD 870 has been found by volunteers excavating a field near Thornwick, in what archaeologists say could be evidence of a previously unknown Viking-age settlement.
The excavation's director, Dr Olumide Fashola-Grey, called the find "⟦p:a|extraordinary⟧". "⟦d:a|Hoards are usually found by metal detectorists, on their own, with no context. This one we've dug out of the ground, layer by layer, with a trench around it. That is hugely valuable,⟧" she said.
The pot was uncovered on the last afternoon of the season by Heather Cairncross, a retired dentist, who has volunteered on the dig for four years.
"⟦d:b|I thought it was a root. Then I saw the rim, and then I saw a coin, and I'm afraid I said a word you can't print. Olumide came running over. I think she thought I'd hurt myself,⟧" she said.
Asked how she had celebrated, Cairncross said: "⟦d:b|Tea. Quite a lot of tea.⟧"
Fashola-Grey said the coins included pieces minted in Wessex and Mercia and dirhams struck in central Asia. "⟦d:a|Someone here had connections stretching thousands of miles. Who were they? Why did they bury it and never come back? That's what we want to find out,⟧" she said.
Marlbury Museum said it hoped to acquire the hoard once it had been valued, and that the coins would go on display "⟦p:c|as soon as conservation allows⟧".

### 048
@a Liang Wenjie | The city’s deputy mayor for transport
@b Zipp | the operator
@d Walter Brennan-Hughes | founder of the group Safe Pavements
@c Kalinda Rao | a 26-year-old courier
Rental e-scooters will disappear from the streets of Aldenport at the end of June after the city council voted on Thursday not to renew its contract with the operator Zipp.
The city’s deputy mayor for transport, Liang Wenjie, said the scheme had “⟦p:a|not delivered what was promised⟧”. “⟦d:a|We were told these would replace car journeys. Our data says they mostly replaced walking. And they ended up lying across pavements where people with pushchairs and wheelchairs have to get past,⟧” Liang said.
Zipp said in a statement that it was “⟦p:b|disappointed⟧” by the decision and that its 1,400 scooters had made more than two million trips in Aldenport since 2021.
Walter Brennan-Hughes, founder of the group Safe Pavements, welcomed the vote. “⟦d:d|My wife broke her wrist tripping over one outside the library. She’s 81. Nobody was ever held responsible,⟧” he said.
Riders were less pleased. Kalinda Rao, a 26-year-old courier, uses a scooter to get to her first job of the day. “⟦d:c|Buses don’t run at 5am from where I live. What am I supposed to do now?⟧” she asked. “⟦d:c|I park it properly. Not everyone does. That’s the problem, not the scooters.⟧”
Liang said the council would look at expanding its bike hire scheme instead. Asked whether scooters could one day return, he said: “⟦d:a|Never say never. But not in this form.⟧”

### 049
@a Matteo Scarpellini | the 23-year-old
@c Delphine Arnaud | His directeur sportif
@b Jonas Vervaeke | race leader
Matteo Scarpellini won the sixth stage of the Tour of the Southern Alps on Friday with a solo attack on the final climb to Pian del Lupo, while race leader Jonas Vervaeke finished safely in the main group.
"⟦d:a|Non ci credo ancora,⟧" said the 23-year-old, who was riding his first stage race at this level. "⟦d:a|I still don't believe it.⟧"
"⟦d:a|I attacked because my legs told me to. My head said wait. Today I listened to the legs,⟧" Scarpellini said, switching to English.
His directeur sportif, Delphine Arnaud, said the team had planned to ride for the overall classification. "⟦d:c|Matteo was supposed to protect our leader. He asked on the radio if he could go, and I said: only if you win. So he won. What can I say?⟧" she said, laughing.
Vervaeke, who leads by 48 seconds going into Saturday's time trial, said he had been happy to let the Italian go. "⟦d:b|He's no danger for the general classification, and he's a nice kid,⟧" the Belgian said. "⟦d:b|Tomorrow is the real test. If I lose the jersey, it will be there.⟧"

### 050
@a Kaveh Farahani | the Iranian-born director
@c Harriet Moss | the festival’s artistic director
@b Sophie Marchand-Eze | Its lead
@d - | One audience member
The loudest applause of the opening weekend at the Calder Film Festival went to “⟦s:-|The Ferryman’s Daughter⟧”, the first English-language feature by the Iranian-born director Kaveh Farahani.
At a question-and-answer session after Friday’s premiere, the festival’s artistic director, Harriet Moss, asked him why he had chosen to shoot in black and white. “⟦d:c|Was that an aesthetic choice or a budget one?⟧” she said.
“⟦d:a|Both. Mostly budget,⟧” Farahani replied, to laughter. “⟦d:a|But also, the coast in winter is already black and white. I just stopped pretending it wasn’t.⟧”
The film follows a young woman who takes over her late father’s ferry route. Its lead, Sophie Marchand-Eze, learned to pilot a boat for the role. “⟦d:b|I have a licence now. I’m genuinely qualified to carry twelve passengers across a river. It’s the most useful thing any film has ever given me,⟧” she said.
One audience member wanted to know about the ending, which Moss had asked critics not to reveal. “⟦d:d|Did you always know how it would end?⟧”
Farahani paused. “⟦d:a|No. We shot three endings. Sophie chose this one, and she was right,⟧” he said.
Marchand-Eze shook her head. “⟦d:b|I didn’t choose it. I just cried at it. That was apparently the vote.⟧”

### 051
@a Joaquina Tavares-Monteiro | a former central bank economist
@b Rui Almada | The incumbent
@c Ingrid Vaage | head of the Atlantic States observer mission
PORTO ÍNDIGO, São Amaro, March 16 (Wire) - Joaquina Tavares-Monteiro, a former central bank economist, won São Amaro's presidential run-off on Sunday with 54.2% of the vote, becoming the island nation's first female head of state, according to preliminary results from the electoral commission.
"⟦d:a|Hoje não ganhou uma pessoa. Ganhou uma ideia,⟧" Tavares-Monteiro told cheering supporters in the capital's main square. "⟦d:a|Today it was not a person who won. It was an idea.⟧"
She promised to "⟦p:a|clean the house from the roof down⟧", a reference to the corruption scandals that dogged the outgoing government. Asked what her first act as president would be, she said: "⟦d:a|Publish the accounts. All of them.⟧"
The incumbent, Rui Almada, conceded late on Sunday evening. "⟦d:b|The people have spoken, and in a democracy the people are always right, even when they are wrong,⟧" he said in a televised address, prompting laughter and some jeers from journalists watching in the press room. "⟦d:b|I wish her luck. She will need it.⟧"
Ingrid Vaage, head of the Atlantic States observer mission, said voting had been "⟦p:c|orderly and transparent⟧" despite "⟦p:c|isolated irregularities⟧" in two northern districts. "⟦d:c|Nothing we saw would have affected the outcome,⟧" she told a news conference.
Tavares-Monteiro takes office on April 2.

### 052
@a Fair Markets Authority | The authority
@b Gwendolyn Asare | Pennant Foods chief executive
@c Hiroshi Tanabe | Marigold Stores chief executive
@d - | One supplier
@e Oskar Blomqvist-Ade | an analyst at Larchfield Research
The proposed £3.1 billion merger of the grocery chains Pennant Foods and Marigold Stores will be referred for an in-depth investigation unless the companies offer to sell stores in areas where they overlap, the Fair Markets Authority said on Thursday.
The authority said it had found “⟦p:a|a realistic prospect of a substantial lessening of competition⟧” in 84 local areas. “⟦d:a|Shoppers in these towns could face higher prices or a worse choice if this deal goes ahead as it stands,⟧” it said.
Pennant Foods chief executive Gwendolyn Asare said the companies were “⟦p:b|ready to engage constructively⟧”. On a call with analysts, she was more combative. “⟦d:b|We compete with discounters and online players who aren’t in this analysis at all. The authority is looking at the market as it was in 2010,⟧” she said.
Marigold Stores chief executive Hiroshi Tanabe said he remained “⟦p:c|confident⟧” the deal would complete by the end of the year. “⟦d:c|Eighty-four stores out of 1,900. It is a manageable number,⟧” he said.
Suppliers have been watching nervously. One supplier, who asked not to be named for fear of losing business, said: “⟦d:d|When two big buyers become one bigger buyer, guess who pays? It isn’t the shareholders.⟧”
Oskar Blomqvist-Ade, an analyst at Larchfield Research, expects the companies to agree to sell about 60 stores. “⟦d:e|That’s the price of doing the deal. They’ll pay it. The question is who buys those stores,⟧” he said.

### 053
@d Kellshire Police | -
@b - | A police source
@a Dafydd Ellis-Morgan | The council's cabinet member for highways
@c Linh Nguyen | owner of the Lantern Cafe on the bridge
The Old Bridge in Marlow Cross will remain closed to traffic for at least three weeks after a lorry struck its parapet in the early hours of Wednesday, Kellshire County Council has said.
The driver, a 44-year-old man from Brackenby, was arrested on suspicion of driving without due care. "⟦d:d|Officers were called at 2.17am to reports of a collision,⟧" Kellshire Police said. "⟦d:d|The driver was uninjured.⟧"
A police source said the lorry's satnav had directed it over the bridge despite a 7.5-tonne weight limit. "⟦d:b|He said he was following the satnav,⟧" the source said. "⟦d:b|They always say that.⟧"
The council's cabinet member for highways, Cllr Dafydd Ellis-Morgan, said engineers needed to assess the 18th-century structure before it could reopen. "⟦d:a|This is a listed bridge. We can't just patch it up with concrete and hope for the best,⟧" he said. "⟦d:a|I know that's frustrating for people, and I'm sorry.⟧"
Linh Nguyen, owner of the Lantern Cafe on the bridge, said her takings had halved since the closure. "⟦d:c|People used to stop on the way through. Now there is no way through. Three weeks is a long time when you're paying wages,⟧" she said.

### 054
@c Shoppers’ Voice | consumer group
@a Brenda Ogunleye | a retired care worker
@b Darius Moradi | Student
@d - | A spokesperson for the Grocers’ Federation
The price of a basic weekly shop has risen by almost a fifth in two years, according to consumer group Shoppers’ Voice, which tracked 40 everyday items across five supermarket chains.
Butter, olive oil and chocolate saw the steepest rises. “⟦d:c|Some of these increases simply can’t be explained by wholesale costs alone,⟧” Shoppers’ Voice said. “⟦d:c|Supermarkets need to show their working.⟧”
Outside a discount store on Hallow Road on Friday, shoppers were counting the cost. “⟦d:a|I used to do one big shop. Now I go to three different places to save a few quid. It takes me all morning. But that’s all right, I’ve got the mornings,⟧” said Brenda Ogunleye, 63, a retired care worker.
Student Darius Moradi, 20, said he had stopped buying meat. “⟦d:b|Not for ethical reasons. For financial ones,⟧” he said, laughing. “⟦d:b|Lentils are my whole personality now.⟧”
A spokesperson for the Grocers’ Federation said retailers had “⟦p:d|absorbed a significant proportion⟧” of rising costs. “⟦d:d|Margins in food retail are among the thinnest of any sector,⟧” the spokesperson said.

### 055
@f Arne | My father
@g Signe | My partner
@s - | My sister
Ingvild Haraldsen, 46, last month became the first person to climb all five of the Skardal Range's northern faces in a single winter. She spoke to us from her home in Tromsvik.
Q: How are your hands?
A: Mostly fine. I lost the tip of one finger on Kvitind. I don't miss it very much.
Q: A newspaper called you "⟦s:-|the Ice Queen of Skardal⟧". How do you feel about that?
A: I think it's funny. I'm not very queenly. I spent most of the winter smelling of paraffin.
Q: Where did it start?
A: With my father. He took me up my first mountain when I was six. My father, Arne, used to say "⟦d:f|The mountain doesn't care how you feel, so you shouldn't either⟧". I thought it was very harsh. Now I say it to my students.
Q: Were you ever afraid?
A: Of course. On the third face a serac fell maybe two hundred metres to my left. My partner, Signe, shouted "⟦d:g|Move!⟧" and I moved. After that I didn't sleep for two nights.
Q: What next?
A: My sister keeps saying "⟦d:s|Enough now, Ingvild⟧". Maybe she is right. But I have been looking at maps again.

### 056
@a Carys Whitcombe | the Harlow Vale manager
@b Ama Owusu-Ansah | her captain
@c Elena Petrović | The Kestrel City manager
Harlow Vale are into the final of the Women’s League Cup after a penalty shoot-out win over Kestrel City, and Carys Whitcombe, the Harlow Vale manager, admitted she had not been able to watch.
“⟦d:a|I had my back to it. I was looking at the dugout roof. Somebody has to tell me what happened. I heard the noise and I turned around and everyone was running,⟧” Whitcombe said.
The decisive kick was taken by her captain, Ama Owusu-Ansah, who had missed in a semi-final shoot-out at the same stage last season.
“⟦d:b|I’ve thought about that miss every day for a year,⟧” the defender said. “⟦d:b|When the gaffer asked who wanted the fifth, I put my hand up before she’d finished the sentence. I needed that.⟧”
Whitcombe said she had not hesitated. “⟦d:a|Ama’s the bravest person in our building. If she misses, she misses. But she wasn’t going to,⟧” she said.
The Kestrel City manager, Elena Petrović, said her side had “⟦p:c|done everything except win⟧”. “⟦d:c|We had 19 shots. Nineteen. Their keeper was the best player on the pitch,⟧” she said.
Asked about the shoot-out, Petrović shrugged. “⟦d:c|Penalties are a lottery, everybody says. I don’t believe that. But today I will say it, because it is easier.⟧”

### 057
@a Tamsin Greenhalgh | an ornithologist at the Avian Survey Trust
@b Pradeep Kulkarni | a retired engineer
@v - | One volunteer on the island of Fairhame
Swallows are arriving in the country about nine days earlier than they did 30 years ago, according to an analysis of more than 400,000 sightings submitted by volunteers.
Dr Tamsin Greenhalgh, an ornithologist at the Avian Survey Trust, which ran the study, said the shift was "⟦p:a|clear and consistent⟧" across the whole country. "⟦d:a|Nine days doesn't sound like much. But for a bird that has flown from southern Africa, timing is everything. If they arrive before the insects, they starve,⟧" she said.
The data came from the trust's Spring Watchers scheme, in which members of the public log their first sightings of migrant birds each year.
Pradeep Kulkarni, 71, a retired engineer, has recorded the first swallow over his village pond every spring since 1994. "⟦d:b|My wife thinks I'm mad. I stand there with a flask from the first of April,⟧" he said. "⟦d:b|This year it was the 28th of March. I missed it. My neighbour saw it first and he has not let me forget it.⟧"
One volunteer on the island of Fairhame wrote in the survey's comments section that swallows had "⟦p:v|never been seen here before May, in living memory⟧".
Greenhalgh said the findings were a reason to keep counting. "⟦d:a|Every single sighting matters. Even the late ones,⟧" she said.

### 058
@a Wong Siu-ling | -
@b Anthony Wong | Her son
@c Bill Ashcombe | a customer since 1974
Wong Siu-ling, who ran the Golden Lotus restaurant in Kelbridge for 47 years and fed three generations of the town’s night-shift workers, has died aged 93.
She arrived in Kelbridge in 1962 with two suitcases and a cleaver, by her own account, and opened the Golden Lotus in 1968 in a former chip shop. She never changed the sign above the door, which still reads “⟦s:-|Fish Bar⟧” in faded red letters.
“⟦d:a|People said: Mrs Wong, get a new sign. I said why? Everybody knows what it is,⟧” she told the Kelbridge Evening Post in 2003. “⟦d:a|A new sign costs money. Money is for the kitchen.⟧”
She worked in that kitchen six days a week until she was 86. Her son, Anthony Wong, who took over the business in 2017, said she continued to inspect it daily. “⟦d:b|She’d come in at four o’clock, taste the sauces, tell me they were wrong and go home,⟧” he said. “⟦d:b|They were never wrong. She just wanted me to know she was checking.⟧”
Bill Ashcombe, a customer since 1974, said he had eaten the same meal - chicken chow mein and a portion of chips - every Friday for 50 years. “⟦d:c|She never once asked what I wanted. She’d just see me through the window and start cooking. I went in last Friday and Anthony did the same. I had to go and sit in the car for a minute,⟧” he said.

### 059
@a Malachy Brennan-Osei | Its creator
@b Ines Carvalho | Its star
"⟦s:-|Low Water⟧" (Sunday, 9pm, Channel 6) opens with a body in an estuary and a detective with a drinking problem, and for about ten minutes you fear you have seen it all before. Then the detective orders a lemonade, and the show quietly turns into something else.
Its creator, Malachy Brennan-Osei, said he had wanted to write "⟦p:a|a crime drama where the crime is the least interesting thing in it⟧". "⟦d:a|I was tired of bodies as plot devices. I wanted the body to be a person, and for everyone in the town to have known her,⟧" he said when we spoke before the launch.
Its star, Ines Carvalho, plays Detective Inspector Maud Penrose with a wry exhaustion that is a pleasure to watch. Carvalho spent a week shadowing officers in a coastal force. "⟦d:b|Nobody chased anyone. They did paperwork and drank tea and went to see grieving families, which is the hardest thing I've ever watched anyone do. That's the show I wanted to be in,⟧" she said.
Brennan-Osei admitted the title had been a compromise. "⟦d:a|I wanted to call it 'Slack Tide'. The channel thought nobody would know what that meant,⟧" he said. "⟦d:a|They were probably right.⟧"
The second episode sags under the weight of a subplot about a planning dispute, and the score is too fond of a solo cello. But by the end of the third hour I had cancelled my evening plans for the rest of the series.

### 060
@c - | A spokesman for the Meteorological Agency
@b Haruka Sato | Mayor
@a Kenji Morimoto | a 67-year-old oyster farmer
MINAMIKURA, Japan (Wire) -- Typhoon Kirin tore through the southern coast on Saturday with winds of up to 198 kilometers per hour, killing at least four people, cutting power to 310,000 homes and forcing the evacuation of more than 40,000 residents, officials said.
A spokesman for the Meteorological Agency warned that the storm, now moving northeast, remained ``⟦p:c|extremely dangerous⟧''. ``⟦d:c|Even areas that have not yet been affected should prepare as if the typhoon will hit them directly,⟧'' he told a televised briefing.
In Minamikura, a fishing town of 12,000, Mayor Haruka Sato said more than half the town's boats had been damaged. ``⟦d:b|The harbor walls held, but the boats inside them did not. We will need help from the national government,⟧'' she said through an interpreter.
Kenji Morimoto, a 67-year-old oyster farmer, stood among the wreckage of his rafts. ``⟦d:a|My father built the first of these in 1961. Everything is gone. I am too old to start again. My son says he will. We will see,⟧'' he said.
Asked how long it would take to restore electricity, Sato said: ``⟦d:b|Days, not weeks. That is what we have been told. I hope it is true.⟧''

### 061
@a Halvergate Airport | -
@b Amani Wanjiru | a teacher
@c Corentin Baudry | a student
@d - | An airline employee at the check-in desks
More than 200 flights were cancelled at Halvergate Airport on Saturday after freezing fog and ice grounded planes for most of the day.
"⟦d:a|Safety is our number one priority. We're working with airlines to get passengers on their way as soon as conditions allow,⟧" Halvergate Airport said on social media. "⟦d:a|Please check with your airline before travelling.⟧"
In the departures hall, hundreds of passengers sat on suitcases and slept on the floor. Amani Wanjiru, a teacher, was due to fly to her brother's wedding in Kisanga. "⟦d:b|The wedding is on Monday. If I'm not on a plane tomorrow, I miss it. My mother will never forgive the weather. Or me,⟧" she said.
Corentin Baudry, a student, had been at the airport since 5am. "⟦d:c|Nobody tells us anything. The screen just says 'delayed', then 'cancelled'. I have eaten four croissants,⟧" he said.
An airline employee at the check-in desks, who did not want to be named, said staff were doing their best. "⟦d:d|People are shouting at us like we made the fog,⟧" she said. "⟦d:d|We didn't make the fog.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh122.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh122",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
