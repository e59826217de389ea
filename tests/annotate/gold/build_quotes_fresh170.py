# ruff: noqa: E501
"""Build ``quotes_fresh170.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, in the
registers of wire services, broadsheets, tabloids, local papers, magazines and
broadcasters' web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh170-NNN``.

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
  it (``Her supervisor, Tomasz Krawczyk, an astronomer at …``): the appositive is the
  description. A title before the name alone (``Consumer campaigner …``,
  ``Head coach …``, ``Chief Justice …``) is the description.
* Where a speaker (person or organisation) is introduced without an appositive and the
  passage refers to them by a definite description at a cue (``the 23-year-old
  seamer``, ``the regulator said``, ``the operator said``), that description is taken.
* A non-restrictive relative clause after an appositive (``One of the judges, who
  declined to be named``) is not part of the description; a restrictive one is.
* A first name given with a relational phrase (``Her husband, Bernardo``) is the
  speaker, the relational phrase the description.
* Quotes of the subject of an obituary from past interviews are that person's speech.
* Text produced by a named automated assistant (a council chatbot) is that assistant's
  speech; fragments of it are ``partial``.
* A phrase attributed to an unnamed group (``residents say``, ``told by ground staff``)
  is ``partial`` with a null speaker and the group phrase as the description.
* A translation given in parentheses right after a quote is a second span by the same
  speaker.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a named interviewer's questions are that person's speech.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh170.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh170.jsonl")

PASSAGES = """
### 001
@a Harriet Okonjo-Blake | Chief executive
@b Rhys Penhaligon | a retail analyst at Colebrook Securities
@c Brackenridge Stores | the company
@d - | A spokesman for Verrell Capital
Shares in Brackenridge Stores fell 9 per cent on Friday after the home-furnishings chain warned that a cold, wet spring had hit sales of garden furniture and cut its full-year profit forecast for the second time in four months.
Chief executive Harriet Okonjo-Blake said trading since Easter had been "⟦p:a|frankly disappointing⟧" but insisted the business was in better shape than the share price suggested.
"⟦d:a|We sell barbecues. When it rains for seven weeks, people don't buy barbecues,⟧" she told analysts on a call. "⟦d:a|That isn't a strategy problem. It's a weather problem, and the weather changes.⟧"
Analysts were less sanguine. Rhys Penhaligon, a retail analyst at Colebrook Securities, said the company had "⟦p:b|run out of excuses⟧" after three profit warnings in two years.
"⟦d:b|Every warning comes with a different reason. At some point investors stop listening to the reason and start looking at the pattern,⟧" he said.
Brackenridge now expects pre-tax profit of between £41m and £45m, down from a previous range of £52m to £58m. The company said it would "⟦p:c|accelerate⟧" the closure of 14 underperforming stores, putting about 600 jobs at risk.
A spokesman for Verrell Capital, which owns 12 per cent of Brackenridge, declined to comment beyond saying the fund was "⟦p:d|in regular dialogue with the board⟧".
Asked on the call whether she still had the board's backing, Okonjo-Blake was brisk. "⟦d:a|Nobody has asked me to go,⟧" she said. "⟦d:a|And I'm not going.⟧"

### 002
@a Ingrid Solvang | chief market strategist at Halvorsen & Pike
@b Tunde Adeyemi-Clarke | a bond fund manager at Greystone Partners
@c - | one currency trader in Port Selwyn
Global stocks ended a choppy week little changed on Friday as investors weighed softer inflation figures against renewed signs that central banks are in no hurry to cut interest rates.
“⟦d:a|The market wants two things at once: cooling prices and a strong economy. It got a bit of both this week, and it still couldn't decide whether to be happy,⟧” said Ingrid Solvang, chief market strategist at Halvorsen & Pike.
The benchmark index closed 0.2 per cent higher for the week, having swung by more than 1 per cent in either direction on three separate days.
Bond markets were calmer. Tunde Adeyemi-Clarke, a bond fund manager at Greystone Partners, described the move in ten-year yields as “⟦p:b|almost boring, which is what you want⟧”.
“⟦d:b|People keep waiting for the big break. I don't think it's coming this quarter,⟧” he said. “⟦d:b|The data is too mixed for anyone at a central bank to stick their neck out.⟧”
In currency markets, the yen weakened for a fifth straight session. “⟦d:c|Everyone is watching the same line on the chart,⟧” said one currency trader in Port Selwyn, who was not authorised to speak publicly. “⟦d:c|If it breaks, it breaks fast.⟧”
Solvang cautioned against reading too much into a single week. “⟦d:a|Ask me again after the jobs numbers,⟧” she said.

### 003
@a Margarethe Lindqvist | the company's chairwoman
@b Saga Lindqvist | Her daughter
For 112 years, Lindqvist Rope has made mooring lines in the same brick shed on the harbour at Östervik. This spring, for the first time, the family firm made more money from climbing ropes than from anything sold to a ship.
“⟦d:a|My grandfather would have thought climbing was a thing you did when you had fallen off something,⟧” said Margarethe Lindqvist, the company's chairwoman, who is 74.
Her daughter, Saga Lindqvist, took over as chief executive in 2019 and pushed the firm into outdoor sports against what she politely calls “⟦p:b|some resistance at the kitchen table⟧”.
“⟦d:b|The shipping business was shrinking by about 4 per cent a year. You can run a company like that for a long time, but you can't hand it on,⟧” she said.
Her mother did not dispute the account. “⟦d:a|I resisted. She was right. Both things are true,⟧” the elder Lindqvist said.
The company now employs 61 people, up from 38 five years ago, and exports to 19 countries. Revenue last year reached 214 million kronor.
Saga Lindqvist is wary of growing too quickly. “⟦d:b|Everyone who visits tells us to build a bigger factory. Then I ask them who is going to splice the rope, and they go quiet,⟧” she said. “⟦d:b|It takes two years to train someone properly. You can't buy that.⟧”
Asked whether she would ever sell, her mother answered before she could. “⟦d:a|Not while I'm alive,⟧” she said.
“⟦d:b|Not while either of us is,⟧” her daughter added.

### 004
@a Cormac Fitzgerald-Shaw | general secretary of the Aviation Staff Union
@b Northwind Airways | the airline
@c Lucía Barrientos | a passenger booked on a Northwind flight to Cala Serena with her two children next Saturday
@d - | A government spokesperson
PORTMERE, June 14 (Wire) - Cabin crew at Northwind Airways will strike for 48 hours next weekend after talks over pay broke down late on Thursday, their union said, threatening travel plans for an estimated 60,000 passengers at the start of the school holidays.
"⟦d:a|Our members have been patient for 18 months. Patience has run out,⟧" said Cormac Fitzgerald-Shaw, general secretary of the Aviation Staff Union.
The union is seeking a 9 per cent rise; the airline has offered 4.5 per cent this year and a further 3 per cent next year.
Northwind said it was "⟦p:b|deeply disappointed⟧" by the decision. "⟦d:b|We have made a fair offer that is among the best in the industry, and we remain available for talks at any time,⟧" the airline said in a statement. It added that it would try to run "⟦p:b|as many flights as possible⟧" using staff not covered by the ballot.
Lucía Barrientos, a passenger booked on a Northwind flight to Cala Serena with her two children next Saturday, said she had not yet heard from the airline. "⟦d:c|I found out from the news. I've got no idea if I should be rebooking or just waiting,⟧" she said.
A government spokesperson said ministers were "⟦p:d|monitoring the situation closely⟧" and urged both sides to "⟦p:d|get back around the table⟧". "⟦d:d|It is not for the government to pick sides in an industrial dispute,⟧" the spokesperson added.

### 005
@a Adaeze Nwachukwu-Forde | governor of the Bank of Kestria
@b - | One reporter
@c Piet van Rensburg | chief economist at Meridian Bank
KESTRIA CITY, March 6 — The Bank of Kestria held its main interest rate at 6.25 per cent on Thursday for a fourth consecutive meeting, but signalled that cuts could begin as early as the summer if inflation continued to ease.
“⟦d:a|We are not there yet. But we can see it from here,⟧” Adaeze Nwachukwu-Forde, governor of the Bank of Kestria, told a news conference after the decision.
Inflation fell to 3.9 per cent in January from a peak of 11.2 per cent two years ago. The bank's target is 3 per cent.
Nwachukwu-Forde said the monetary policy committee had been unanimous, though two members had argued for language that would have “⟦p:a|kept the door more firmly shut⟧”.
One reporter asked: “⟦d:b|Does summer mean June?⟧” The governor smiled. “⟦d:a|It means what it says. Summer is three months long,⟧” she said. “⟦d:a|We will decide meeting by meeting, as we always do.⟧”
Piet van Rensburg, chief economist at Meridian Bank, said the message was “⟦p:c|about as dovish as she could be without actually cutting⟧”.
“⟦d:c|I'd put money on July. Not a lot of money, but some,⟧” he said.
The Kestrian rand rose 0.4 per cent against the dollar after the announcement.

### 006
@a Dilys Prothero | director of Prothero & Vaughan estate agents in Market Street
@b Gareth Vaughan | Her business partner
@c Meera Kulkarni | a first-time buyer
@d Oakhampton Building Society | the lender
House prices in Carrow Vale fell for the third month in a row in May, according to figures from the Oakhampton Building Society, but agents in the town say buyers are returning after a slow winter.
"⟦d:a|The phones have started ringing again. It's not 2021, but it's not dead either,⟧" said Dilys Prothero, director of Prothero & Vaughan estate agents in Market Street.
Her business partner, Gareth Vaughan, said asking prices had come down by around five per cent since the autumn. "⟦d:b|Sellers were slow to accept it. Now most of them have,⟧" he said. "⟦d:b|The ones who haven't are still sitting there with a board outside.⟧"
The average price in the town is now £231,400, the lender said, down 2.1 per cent on a year earlier. "⟦d:d|Affordability remains stretched, particularly for those buying their first home, but the rate of decline is slowing,⟧" it said in a commentary published on Friday.
Meera Kulkarni, a first-time buyer, completed on a two-bedroom terrace near the station last week after 14 months of searching. "⟦d:c|We lost out on three houses. By the fourth one I'd stopped getting my hopes up,⟧" the 29-year-old said. "⟦d:c|Then it just happened.⟧"

### 007
@a Farida Haddad | a microbiologist at the University of Thornbury who led the study
@b Oluwaseun Bankole | an infectious diseases specialist at St Aldric's Medical School who was not involved in the research
@c Calder Pharmaceuticals | -
A compound found in the soil of a disused lead mine at Penwartha has killed several strains of drug-resistant bacteria in laboratory tests, raising hopes of a new class of antibiotics, scientists said on Wednesday.
The molecule, which the researchers have nicknamed “⟦s:-|penwarthin⟧”, is produced by a previously unknown species of bacterium that appears to thrive in soil laced with heavy metals.
“⟦d:a|We were honestly not expecting much. We'd screened about 2,000 samples and this was one of the last,⟧” said Dr Farida Haddad, a microbiologist at the University of Thornbury who led the study.
In the experiments, published in the journal Microbial Frontiers, the compound cleared infections in mice that had not responded to any of the antibiotics currently used as a last resort.
Haddad stressed that the work was at a very early stage. “⟦d:a|This is a mouse study. Many things that work beautifully in mice do nothing in people, or worse,⟧” she said. “⟦d:a|I'd be delighted if it became a medicine in ten years. I wouldn't bet on it being five.⟧”
Professor Oluwaseun Bankole, an infectious diseases specialist at St Aldric's Medical School who was not involved in the research, called the findings “⟦p:b|genuinely exciting, with all the usual caveats⟧”.
“⟦d:b|The last truly new class of antibiotic that reached patients was discovered decades ago. Anything that works by a different mechanism deserves attention,⟧” he said.
Asked why the compound had not been found before, Haddad said: “⟦d:a|Because nobody had looked in that particular hole in the ground.⟧”
Calder Pharmaceuticals, which part-funded the study, said it was “⟦p:c|evaluating next steps⟧”.

### 008
@a Amara Osei | a PhD student at the University of Carnmore
@b Tomasz Krawczyk | an astronomer at the Halden Observatory
@c Orbital Research Council | -
A comet that could become visible to the naked eye next spring has been discovered by a student checking survey images on her laptop in the middle of the night.
Amara Osei, a PhD student at the University of Carnmore, was reviewing automated alerts from the Halden Observatory's wide-field telescope when she noticed a faint smudge that did not match any known object.
"⟦d:a|I thought it was dust on the sensor. I nearly deleted it,⟧" she told Northern Broadcasting. "⟦d:a|I'm really glad I didn't.⟧"
Her supervisor, Tomasz Krawczyk, an astronomer at the Halden Observatory, said follow-up observations over three nights had confirmed the object's orbit. "⟦d:b|It's coming in from a very long way out, probably for the first time,⟧" he said. "⟦d:b|Comets like that are unpredictable. They can brighten spectacularly or fall apart completely.⟧"
Asked how bright it might get, Dr Krawczyk laughed. "⟦d:b|If I knew that, I'd be a much more famous astronomer.⟧"
The comet has been formally designated C/2025 K3 but is already being called "⟦s:-|Comet Osei⟧" by colleagues.
"⟦d:a|It's a bit embarrassing, to be honest,⟧" Osei said. "⟦d:a|My mum has told everyone in the street.⟧"
The Orbital Research Council, which funds the telescope, said the discovery showed "⟦p:c|the value of keeping a human in the loop⟧".

### 009
@a Bernadette Coyle | a grandmother of five from Lisnamore
@e Declan | Her son
@b Kwame Asante-Ryder | the hospital's medical director
@c - | A Department of Health spokesman
A GRANDMOTHER who waited 19 hours on a trolley in a hospital corridor has told of her “⟦p:a|humiliation⟧” — and demanded answers from health bosses.
Bernadette Coyle, 81, a grandmother of five from Lisnamore, was taken to St Fintan's Hospital by ambulance after a fall at her home on Sunday night.
“⟦d:a|I was lying there in my nightie with people walking past all night. Nobody should be treated like that, never mind at my age,⟧” she said.
“⟦d:a|The nurses were lovely, I'll say that. They were run off their feet. It's not their fault.⟧”
Her son Declan, 52, said the family had been “⟦p:e|left in the dark⟧” for hours. “⟦d:e|We rang and rang. Nobody could tell us anything. She's 81, for God's sake,⟧” he fumed.
Dr Kwame Asante-Ryder, the hospital's medical director, apologised. “⟦d:b|Mrs Coyle's experience falls well short of the standard we expect and I am sorry,⟧” he said. “⟦d:b|Our emergency department saw its busiest weekend of the year and we are reviewing what happened.⟧”
A Department of Health spokesman said: “⟦d:c|Waiting times remain too long and we are investing record sums to bring them down.⟧”

### 010
@a Rosalind Achterberg | a sleep researcher at the Veldhoven Institute
@b Jun-ho Baek | a software engineer who took part in the trial
For decades, the advice has been the same: eight hours, no screens, same time every night. Rosalind Achterberg, a sleep researcher at the Veldhoven Institute, thinks the first of those rules deserves ``⟦p:a|a lot less certainty than it gets⟧''.
``⟦d:a|Eight hours is an average. Averages are useful for populations and slightly dangerous for individuals,⟧'' she said. ``⟦d:a|Some people do perfectly well on six and a half. Some need nine. The worst thing you can do is lie awake worrying that you're not getting the official number.⟧''
Her team followed 410 adults for two years, tracking their sleep with wrist monitors and asking them each morning how rested they felt.
Jun-ho Baek, a software engineer who took part in the trial, said it changed how he thought about his nights. ``⟦d:b|I used to check my sleep score every morning like it was an exam result,⟧'' the 38-year-old said. ``⟦d:b|Now I don't wear the watch to bed at all.⟧''
Is that a problem? ``⟦d:a|Not for him,⟧'' Achterberg said. ``⟦d:a|There's even a term for it now, 'orthosomnia': people whose sleep gets worse because they're trying too hard to measure it.⟧''
She does have one rule she won't bend. ``⟦d:a|Keep the bedroom cool. That one's boringly robust.⟧''

### 011
@a Hywel Pritchard | a dairy farmer at Cefn Isaf
@b Department for Rural Affairs | the department
@c Niamh Gallagher | a vet with Brookfield Veterinary Practice
@d - | one auctioneer
Livestock movements have been restricted across a 10km zone around Glanrhyd after a confirmed case of bluetongue in a herd of cattle, the Department for Rural Affairs said on Tuesday.
"⟦d:b|This is a precautionary measure to limit the spread of the disease while investigations continue,⟧" the department said in a statement. "⟦d:b|There is no risk to public health or food safety.⟧"
"⟦d:a|I've got 40 heifers that should have gone to market next week. Now they're going nowhere,⟧" said Hywel Pritchard, a dairy farmer at Cefn Isaf, just inside the zone. "⟦d:a|It's not the end of the world, but it's money we were counting on.⟧"
Niamh Gallagher, a vet with Brookfield Veterinary Practice, urged farmers to look out for symptoms including fever, swelling around the face and lameness. "⟦d:c|If you're worried, ring us. Don't wait to see if it gets better,⟧" she said.
The disease is spread by midges and is not passed directly between animals. Gallagher said the mild, damp autumn had been "⟦p:c|ideal midge weather⟧".
At Glanrhyd mart, which was due to hold its monthly store cattle sale on Thursday, one auctioneer said the mood was "⟦p:d|grim⟧". "⟦d:d|Everybody's looking at everybody else's cattle,⟧" he said.

### 012
@a Leilani Kahananui | a marine biologist with the Pacific Reef Trust
@b Mateo Ferreira | the expedition's dive master
At 40 metres below the surface off the Tavua atoll, the light turns blue-grey and the reef looks, at first, like rubble. Then Leilani Kahananui, a marine biologist with the Pacific Reef Trust, points her torch at a table coral the size of a dinner table, intact and vividly orange.
“⟦d:a|That's the one that made me cry,⟧” she says later, back on the boat. “⟦d:a|Up in the shallows, almost everything bleached in the heatwave two years ago. Down here it's as if nobody told them.⟧”
Kahananui and her colleagues have spent three seasons mapping these “⟦s:-|twilight⟧” reefs, which lie between 30 and 150 metres down and are rarely visited by scientists because they are too deep for ordinary scuba gear.
Mateo Ferreira, the expedition's dive master, is more practical. “⟦d:b|Forty metres is where the fun stops and the arithmetic begins,⟧” he says. “⟦d:b|You get maybe twelve minutes of work before you have to start thinking about coming up.⟧”
The question the team is trying to answer is whether deep reefs could reseed the shallows. “⟦d:a|It's the obvious hope. It may also be wishful thinking,⟧” Kahananui says. “⟦d:a|The larvae have to get up there, and then the water up there has to stop cooking them.⟧”
Ferreira, who grew up on the island of Porto Brava, has been diving for 30 years. Has he seen anything like the last bleaching? “⟦d:b|No. Not even close.⟧”

### 013
@a Halcyon Telecom | the company
@b Yevgenia Morozova | a cybersecurity researcher at Kestrel Labs
@c Data Protection Office | the national privacy regulator
@d Patrick Oyelaran | a customer from Harrowgate
Halcyon Telecom said on Monday that personal details of up to 3.2 million customers, including names, dates of birth and partial bank details, had been stolen in a cyberattack discovered last week.
"⟦d:a|We are deeply sorry. We know our customers trust us with their information and on this occasion we have let them down,⟧" the company said in a statement, adding that it had "⟦p:a|no evidence⟧" that passwords had been taken.
Yevgenia Morozova, a cybersecurity researcher at Kestrel Labs, said the partial bank details could still be valuable to criminals. "⟦d:b|On their own, the last four digits of an account aren't much. Combined with a date of birth and a phone number, they're exactly what a scammer needs to sound convincing,⟧" she said.
The Data Protection Office, the national privacy regulator, said it had been notified and was "⟦p:c|making enquiries⟧".
Patrick Oyelaran, a customer from Harrowgate, said he had learned of the breach from a news alert, not from Halcyon. "⟦d:d|I've had an email from them since, but it was three paragraphs of nothing,⟧" he said. "⟦d:d|What I want to know is: what exactly have they got about me?⟧"
Morozova advised customers to be suspicious of any call claiming to be from their bank. "⟦d:b|Hang up and ring the number on the back of your card. Every time,⟧" she said.

### 014
@a Oskar Lindahl | the company's head of product
@b - | -
@c Vela | -
The Vela 9 is the first phone I've used in years that made me want to leave it at home. That's meant as a compliment.
Vela, a small phone maker based in Strandvik, has built a device around a single idea: fewer interruptions. By default the Vela 9 bundles all alerts into three “⟦s:-|deliveries⟧” a day, at times you choose.
“⟦d:a|We're not anti-phone. We're anti-interruption,⟧” Oskar Lindahl, the company's head of product, told me in a video call. “⟦d:a|Most people don't need to know the second an email arrives. They think they do because their phone has trained them to.⟧”
“⟦d:b|Couldn't I just do this with a setting on any phone?⟧” I asked.
“⟦d:a|You could,⟧” he said. “⟦d:a|And you won't. That's the whole point.⟧”
The hardware is fine rather than remarkable. The camera is good in daylight and muddy after dark. The battery lasted two full days in my testing, which Vela attributes to the phone “⟦p:c|simply waking up less⟧”.
Verdict: a thoughtful phone for people who already know they want one. Lindahl's own verdict is simpler. “⟦d:a|If you love your current phone, keep it,⟧” he said.

### 015
@e Aldo | its new online assistant
@a Moira Tennant | cabinet member for digital services
@b Desmond Achebe | leader of the opposition Independent group
@c - | A resident of Priory Road
@d Aldergate Borough Council | The council
Aldergate Borough Council has switched off its new online assistant, Aldo, after it told one resident that bin collections had been "⟦p:e|permanently cancelled⟧" and advised another to "⟦p:e|write to the Queen⟧" about a parking fine.
The chatbot, launched in March at a cost of £86,000, was meant to answer routine questions about council services around the clock.
Cllr Moira Tennant, cabinet member for digital services, said: "⟦d:a|Clearly some of the answers it gave were wrong, and some were frankly bizarre. We've taken it offline while the supplier fixes it.⟧"
"⟦d:a|I'd rather we were honest about that than pretend it was working,⟧" she added.
Desmond Achebe, leader of the opposition Independent group, said the project had been "⟦p:b|rushed out to look modern⟧". "⟦d:b|Eighty-six thousand pounds would have paid for two people to answer the phone for a year. Real people, who know there isn't a Queen any more,⟧" he said.
A resident of Priory Road said she had spent 40 minutes trying to report a broken streetlight. "⟦d:c|It kept asking if I meant a street party,⟧" she said.
The council said in a statement that it expected the assistant to be back online "⟦p:d|within weeks⟧".

### 016
@a Chiamaka Eze | co-founder and chief executive of Ledgerleaf
@b Rafael Quintero-Voss | a partner at Northgate Ventures
@c Idris Balogun | the company's chief technology officer
Ledgerleaf, a start-up that makes accounting software for market traders and other cash-heavy small businesses, has raised $18 million in a funding round led by Northgate Ventures.
“⟦d:a|Most accounting software is built for someone with an office and an accountant. Our users have a van and a card reader,⟧” said Chiamaka Eze, co-founder and chief executive of Ledgerleaf.
The company says it has 41,000 paying customers across three countries, up from 9,000 a year ago.
Her co-founder, Idris Balogun, the company's chief technology officer, said much of the new money would go on hiring engineers. “⟦d:c|We've been a team of 30 doing the work of 80,⟧” he said. “⟦d:c|That was fun for about a year.⟧”
Rafael Quintero-Voss, a partner at Northgate Ventures, said the firm had been “⟦p:b|watching them for two years and kicking ourselves for one⟧”.
“⟦d:b|The growth is great, but what convinced us was the retention. People who start using it don't leave,⟧” he said.
Eze, who started the company after watching her mother do the books for a fabric stall on the kitchen table, said she had no plans to sell. “⟦d:a|People keep asking about an exit. I've only just got in,⟧” she said.

### 017
@a Brannock Interactive | The studio
@d Gus Delacroix-Mbeki | Founder
@b - | One developer who was laid off on Tuesday
@c Sunniva Holmberg | an analyst at Playmetric
Brannock Interactive is cutting about 140 jobs, roughly a third of its workforce, weeks after cancelling an unannounced sequel.
The studio, best known for the survival game "⟦s:-|Frostline⟧", said the decision had been taken "⟦p:a|after a great deal of reflection⟧". "⟦d:a|We are incredibly grateful to every person affected and will support them through this transition,⟧" it said in a statement.
Founder Gus Delacroix-Mbeki wrote in a post on Chirrup: "⟦d:d|I own this. I greenlit a project that was too big, and the people paying for it are not the people who made that call.⟧"
One developer who was laid off on Tuesday told this site that staff had been given 20 minutes' notice of an all-hands meeting. "⟦d:b|We knew. Everyone knew. But you still hope,⟧" they said. "⟦d:b|They read a script and then our laptops stopped working halfway through the afternoon.⟧"
Sunniva Holmberg, an analyst at Playmetric, said the industry was still correcting after a hiring spree. "⟦d:c|Studios staffed up as if the lockdown boom was the new normal. It wasn't,⟧" she said. "⟦d:c|Now they're paying for it, and as usual it's the juniors who pay first.⟧"

### 018
@b Elliot Nakamura-Reid | the teenager
@a Dario Mancuso | Harwick City's manager
@c Stanislav Horák | Their captain
Harwick City 3 Tolworth Athletic 1
There is a particular noise a crowd makes when a player it has watched grow up in the academy does something nobody else on the pitch would try. Hollow Lane made it twice on Saturday.
Elliot Nakamura-Reid, 19 and making only his fourth league start, scored the first with a dipping volley from 25 yards and set up the third with a backheel that left two defenders facing the wrong way.
“⟦d:b|I didn't really think about it. The ball sat up and I just hit it,⟧” said the teenager afterwards, looking faintly embarrassed by the attention. “⟦d:b|The backheel I did think about. I've been doing it in training and the lads keep telling me off.⟧”
Harwick City's manager, Dario Mancuso, was keen to keep things in proportion. “⟦d:a|He's a good boy with a lot of talent and a lot to learn. Next week he will probably give the ball away ten times and you will all write that he's finished,⟧” he said.
Tolworth had equalised just before half-time through Ademola Okafor's header, and for twenty minutes after the break looked the likelier winners. Their captain, Stanislav Horák, thought the game turned on a penalty claim that was waved away at 1-1.
“⟦d:c|Clear handball. Arm out, ball hits it, what more do you want?⟧” the defender said. “⟦d:c|But we have to be better after that. We let one moment take our heads.⟧”
Mancuso had a different view of the incident. “⟦d:a|From where I was standing, his arm was by his side,⟧” he said, before adding with a smile: “⟦d:a|I was standing a long way away.⟧”

### 019
@a Warrick Tane | Head coach
@c - | a reporter
@b Josefa Naivalu | Captain
Head coach Warrick Tane insisted his Carrick side would not panic after a third straight defeat, a 27-13 loss to the Southport Mariners, left them seventh in the table.
"⟦d:a|Three losses is three losses. It's not a crisis, it's a bad month,⟧" Tane said at his post-match press conference. "⟦d:a|If you'd told me in pre-season we'd be seventh in October, I'd have been disappointed. I wouldn't have been packing my bags.⟧"
Asked whether his job was under threat, he replied: "⟦d:a|You'd have to ask the board. Nobody's said anything to me.⟧"
"⟦d:c|Does the board still back you?⟧" a reporter asked.
"⟦d:a|As far as I know. I'd be the last to find out, wouldn't I?⟧" Tane said with a grin.
Captain Josefa Naivalu, who was sin-binned for a high tackle in the first half, accepted the blame for the period in which Southport scored twice. "⟦d:b|That's on me. I've let the boys down there,⟧" he said. "⟦d:b|Ten minutes with 14 men against a team like that, you're going to get punished.⟧"
Naivalu said the squad remained "⟦p:b|tight⟧". "⟦d:b|There's no finger-pointing in that room. There's a lot of honesty, but no finger-pointing.⟧"

### 020
@a Margaux Devereux-Lanne | The 22-year-old from Saint-Aubrac
@b Yulia Sorokina | the defending champion
@c Henri Lanne | her coach and father
Margaux Devereux-Lanne won her first major title on Saturday, beating the defending champion Yulia Sorokina 6-4, 3-6, 7-5 in a final that lasted two hours and 51 minutes.
The 22-year-old from Saint-Aubrac dropped to the clay after a backhand winner on her third match point, then climbed into the stands to embrace her coach and father, Henri Lanne.
“⟦d:a|I don't know what I'm feeling. Everything, I think,⟧” she said on court, switching between English and French. «⟦d:a|Papa, c'est pour toi.⟧» (“⟦d:a|Dad, this is for you.⟧”)
Sorokina, who had won their previous four meetings, was gracious in defeat. “⟦d:b|She played the big points better than me today. That's the whole story,⟧” she said.
“⟦d:b|I had my chances in the third set. I didn't take them. I'll be back next year and we'll do this again.⟧”
Speaking to reporters later, Lanne said he had coached his daughter since she was five. «⟦d:c|Je lui ai appris à tenir une raquette. Tout le reste, elle l'a appris toute seule,⟧» he said. “⟦d:c|I taught her to hold a racquet. Everything else she learned by herself.⟧”
Asked what she would do to celebrate, Devereux-Lanne said: “⟦d:a|Sleep. Then maybe a pizza. Then sleep again.⟧”

### 021
@b Toby Ashworth-Lyle | the 23-year-old seamer
@a Farhan Qureshi | His captain
@c Rangi Whaanga | The Westmoor coach
Toby Ashworth-Lyle had never taken more than four wickets in a first-class innings before Friday. By tea at Marlow Park he had seven, and Eastbury had been bowled out for 143.
``⟦d:b|I genuinely don't know what happened. I was just trying to hit the top of off stump and it kept nipping,⟧'' said the 23-year-old seamer, who was only in the Westmoor side because of an injury to their regular new-ball bowler.
His captain, Farhan Qureshi, said he had told Ashworth-Lyle at lunch to ``⟦p:a|keep doing exactly the same boring thing⟧''.
``⟦d:a|That's the hardest thing in bowling, doing the same thing again and again when nothing's happening,⟧'' Qureshi said. ``⟦d:a|He did it for an hour before lunch for no reward, and then it all came at once.⟧''
Westmoor reached 98 for two at the close, 45 runs behind. The Westmoor coach, Rangi Whaanga, warned against complacency. ``⟦d:c|The pitch is only going to get harder to bat on. We need 250, not 150,⟧'' he said.
Ashworth-Lyle, asked whether he had kept the ball, held it up. ``⟦d:b|Not letting go of this one,⟧'' he said.

### 022
@a Grace Wanjiru-Boateng | a 31-year-old teacher at Holm Lane Primary
@b Hamish Calloway | Race director
@c Dorothy Pask | the oldest finisher
@d - | one spectator
A primary school teacher who only took up running during lockdown won the women's race at the Fellbridge Marathon on Sunday, crossing the line in 2hr 41min to the delight of a group of her pupils waiting near the finish.
“⟦d:a|They made a banner. I saw it at 25 miles and that was it, I was crying for the last mile,⟧” said Grace Wanjiru-Boateng, a 31-year-old teacher at Holm Lane Primary.
The banner, which read “⟦s:-|GO MISS W!⟧”, is now on the wall of her classroom.
Race director Hamish Calloway said a record 4,600 runners had started. “⟦d:b|The weather was kind to us for once. Last year we were handing out foil blankets at the start line,⟧” he said.
Dorothy Pask, 78, was the oldest finisher, completing the course in just under six hours. “⟦d:c|My knees are furious with me,⟧” she said. “⟦d:c|I've told them it's the last one. I told them that last year as well.⟧”
On Castle Street, one spectator held up a sign reading “⟦s:-|Touch here for power⟧” for most of the morning. “⟦d:d|I reckon I've been slapped 2,000 times,⟧” he said. “⟦d:d|My hand's gone numb.⟧”

### 023
@a Joris Van Acker | the Belgian
@b Lukas Brenninger | the 26-year-old German
@c Ines Carvalho | Solvex sports director
Joris Van Acker won the 14th stage of the Tour of Valmont on Saturday after a 160-kilometre breakaway, holding off the chasing peloton by four seconds on the uphill finish at Castelrocca.
"⟦d:a|I was dead with 500 metres to go. Completely dead,⟧" the Belgian said. "⟦d:a|I looked back once and saw them coming, and I thought, 'If you look back again, you lose.' So I didn't.⟧"
Lukas Brenninger kept the leader's jersey with his advantage intact at 38 seconds. "⟦d:b|It was a stressful day. Too many people wanted to be in the break and it took 60 kilometres before it went,⟧" said the 26-year-old German. "⟦d:b|Tomorrow is the big one.⟧"
Solvex sports director Ines Carvalho said Van Acker had been "⟦p:c|the strongest man in the break by a distance⟧". "⟦d:c|We told him on the radio to wait. He didn't listen. Sometimes that's what a winner does,⟧" she said.

### 024
@a Dwayne Okoro | the challenger
@b Artem Vasylenko | the champion
@c Frankie Doyle | Promoter
The gloves were off before a punch had been thrown as Dwayne Okoro and Artem Vasylenko came face to face at a fiery press conference in Holborough yesterday.
Okoro, the challenger known as “⟦s:-|The Hurricane⟧”, branded his opponent a “⟦p:a|paper king⟧” and vowed to knock him out inside six rounds.
“⟦d:a|He's been hiding behind that belt for two years. He's fought nobody. On March 8 he fights somebody,⟧” the 28-year-old fumed.
Vasylenko, speaking through an interpreter, was unmoved. “⟦d:b|He talks a lot. Talking is free. In the ring, everything costs,⟧” said the champion.
Promoter Frankie Doyle had to step between the pair when Okoro leaned across the table. “⟦d:c|Save it for the night, lads. Save it for the night,⟧” he pleaded.
Asked afterwards whether the hostility was genuine, Doyle laughed. “⟦d:c|You saw it. Does that look like acting to you?⟧”
Okoro had the final word as he left the stage. “⟦d:a|Six rounds. Write it down,⟧” he shouted.

### 025
@a Shanice Morrow-Kean | Captain
@b Paula Ngata | Coach
Riverside Roses are through to the regional netball final for the first time in the club's 30-year history after a 41-39 win over Kingsmead in a tense semi on Saturday.
Captain Shanice Morrow-Kean scored the winning goal with 11 seconds left. "⟦d:a|I don't remember shooting it. I remember it going in and then I was on the floor under about six people,⟧" she said.
Coach Paula Ngata, who founded the club's junior section, said the result was "⟦p:b|for everyone who's ever stood in the rain on a Tuesday night at practice⟧".
"⟦d:b|We haven't got the money some of these clubs have. We've got people who turn up,⟧" she said. "⟦d:b|That's what won it today.⟧"
Morrow-Kean said the team had one thing in mind for the final. "⟦d:a|Win it. Then have a party. In that order,⟧" she said.
Ngata was more cautious: "⟦d:b|Let's get them all fit first.⟧"

### 026
@a Park Seo-jun | -
@b Callum Strachan | the overnight leader
@c Rob Pennock | His caddie
Park Seo-jun birdied four of the last six holes to win the Dunmore Links Classic by two shots on Sunday, overtaking the overnight leader, Callum Strachan, who dropped three shots in his final four holes.
“⟦d:a|I didn't look at the leaderboard until the 17th. My caddie told me not to, and he is always right, so I listened,⟧” said Park, 24.
Strachan, who had led since Thursday, was honest about what went wrong. “⟦d:b|I stopped swinging and started steering,⟧” the 35-year-old said. “⟦d:b|You can't do that on this course in a wind like that. It finds you out. It found me out.⟧”
His caddie, Rob Pennock, put an arm around him as they walked off the 18th green. “⟦d:c|He'll be fine. He's been here before and he'll be here again,⟧” Pennock said.
Park, asked about his plans, said he would call his mother first. “⟦d:a|She gets up at 4am to watch every round. She deserves to hear it from me before she reads it.⟧”

### 027
@a Eilidh MacAskill | the island's postmistress
@c - | -
@b Seumas | Her husband
The ferry to Inishcarra runs twice a week in winter and, according to the timetable pinned up in the harbour office, “⟦s:-|subject to weather, tides and the skipper's judgment⟧”.
I arrived on a Thursday in a sideways drizzle and was met on the slipway by Eilidh MacAskill, the island's postmistress. She also runs the café and is, unofficially, the tourist board.
“⟦d:a|You picked a lovely day for it,⟧” she said, without a trace of irony. “⟦d:a|This is what we call dry.⟧”
Inishcarra has 43 permanent residents, two roads, no hotel and a single pub that opens when the landlord feels like it.
“⟦d:c|What do people do here in the evenings?⟧” I asked. Eilidh considered the question seriously. “⟦d:a|Talk. Fix things. Go to bed early. In summer, we sit outside and watch the visitors get lost.⟧”
Her husband, Seumas, who fishes for lobster off the west side, took me out on his boat the next morning. “⟦d:b|Don't fall in. The water's nine degrees and I'm not a strong swimmer,⟧” he said as we left the harbour.

### 028
@a Bogdan Ilić | the conductor
@b Annelise Vrba | a retired teacher from Korvin
Nobody takes the Night Mountain Express to save time. The 640-kilometre journey from Varenza to the spa town of Bad Ortlingen takes 15 hours, and most of that is spent climbing.
"⟦d:a|People think we are slow. We are not slow. We are thorough,⟧" said the conductor, Bogdan Ilić, who has worked on the line for 27 years.
He walks the length of the train at every stop and knows many of the regulars by name. "⟦d:a|I know which passengers will want tea at 6am and which ones will kill me if I knock,⟧" he said.
In the dining car, Annelise Vrba, a retired teacher from Korvin, was on her 11th trip. "⟦d:b|I come for the view after Kessel Pass. You wake up and it's there, the whole valley, pink in the first light,⟧" she said. "⟦d:b|There is no other way to see it. A plane goes over it, a car goes around it.⟧"
Every few years the service's future is questioned in the capital. "⟦d:a|Every five years somebody wants to close us,⟧" Ilić said. "⟦d:a|Every five years the people who use it write letters. So far, the letters win.⟧"

### 029
@r - | residents
@a Corinne Aebischer | the mayor
@b Matthias Zurbriggen | hotelier
@c - | one visitor from Lindholm
VALBRISE — The alpine village of Valbrise will begin charging day-trippers a 7-franc entry fee from July, becoming the latest destination to try to manage crowds that residents say have turned the old town into «⟦p:r|an open-air museum⟧».
«⟦d:a|We are not trying to keep people out. We are trying to make sure there is still a village for them to visit,⟧» the mayor, Corinne Aebischer, told reporters on Monday.
About 1.4 million people visit the village each year, against a population of 2,100.
«⟦d:b|Overnight guests are not the problem. They eat here, they sleep here, they spend money here,⟧» said hotelier Matthias Zurbriggen. «⟦d:b|The problem is 200 coaches a day that stop for 90 minutes, take photos of the church and leave.⟧»
Not everyone is convinced. «⟦d:c|Seven francs is nothing. It will not stop anyone,⟧» said one visitor from Lindholm, queuing for the cable car. «⟦d:c|If they want fewer people, they should make it a hundred.⟧»
Aebischer said the fee would be reviewed after a year. «⟦d:a|If it does not work, we will try something else. What we cannot do is nothing.⟧»

### 030
@s - | ground staff
@a Kelly-Ann Brierley | a mother of three from Dunsford
@c Ravi Deshpande | Another passenger
@b Skyroute | Tour operator
@d - | a Skyroute spokeswoman
HOLIDAYMAKERS were left sleeping on airport floors for two nights after their flights home from the island of Corvana were cancelled — with some claiming they were told by ground staff to “⟦p:s|sort yourselves out⟧”.
Kelly-Ann Brierley, a mother of three from Dunsford, said: “⟦d:a:m|We had a four-year-old asleep on a luggage trolley. Nobody came to check on us. Not once.⟧
“⟦d:a|I've been going abroad for 20 years and I've never seen anything like it. It was chaos.⟧”
Another passenger, Ravi Deshpande, 44, said he had spent £900 on a hotel and new flights with a rival airline. “⟦d:c|I just want to know if I'm getting it back. I'm not holding my breath,⟧” he told us.
Tour operator Skyroute blamed a technical fault with the aircraft and said affected customers would be reimbursed for “⟦p:b|reasonable expenses⟧”.
“⟦d:d|We apologise unreservedly for the disruption and are contacting every customer individually,⟧” a Skyroute spokeswoman said.

### 031
@c Philippa Ashdown-Reyes | Its writer
@a Adaora Nnamdi | The director
@b Lorcan Hebblethwaite | The actor
``⟦s:-|The Salt House⟧'', which opened at the Corran Theatre on Thursday, is a play about three sisters who inherit a crumbling guesthouse and a great deal of unfinished business. It is funny, frequently cruel, and about twenty minutes too long.
Its writer, Philippa Ashdown-Reyes, has said she wanted to write ``⟦p:c|a comedy that leaves a bruise⟧'', and for most of the first act she does.
The director, Adaora Nnamdi, told me before the opening that she had cut almost a third of the script in rehearsal. ``⟦d:a|Philippa writes beautifully, which is the problem. You fall in love with every line and the audience is still sitting there at eleven o'clock,⟧'' she said. ``⟦d:a|The second act is still long. I know. We're working on it.⟧''
Lorcan Hebblethwaite, as the sisters' feckless uncle, steals every scene he is in. The actor told me he had based the character on ``⟦p:b|every man who has ever borrowed a tenner at a wedding⟧''. ``⟦d:b|Everyone has an uncle like him. If you don't, you might be him,⟧'' he said.
In a programme note, Ashdown-Reyes writes: ``⟦d:c|My sisters have both read it and are no longer speaking to me. I take that as a good review.⟧'' Three stars.

### 032
@a Tamsin Oduya | singer
@b Kit Rasmussen | Drummer
Four years after their last record nearly broke them up, Lowland Choir are back with “⟦s:-|Paper Weather⟧”, a quieter, stranger album than anyone expected from a band once known for playing so loud that a venue in Ballintrae banned them.
“⟦d:a|We'd spent three years being loud on stage every night. I think we all just wanted to hear ourselves think,⟧” says singer Tamsin Oduya.
The songs were recorded in a converted chapel outside the town, mostly live, with the doors open. The single “⟦s:-|Low Tide, Thursday⟧” is built around a two-note piano figure and what sounds like rain on a skylight, because it is.
Drummer Kit Rasmussen, who played on the record almost entirely with brushes, admits it was an adjustment. “⟦d:b|For the first week I kept reaching for sticks and Tamsin kept taking them off me,⟧” he laughs. “⟦d:b|By the end I didn't miss them.⟧”
Not every track lands. The closing “⟦s:-|Harrowgate⟧” drifts for nine minutes without arriving anywhere.
Oduya is unapologetic about the album's lack of obvious singles. “⟦d:a|The label asked where the hit was. I said, ‘You're listening to it, you just haven't realised yet.’⟧”
“⟦d:a|They didn't laugh. It's fine. They're coming round.⟧”

### 033
@a Nasrin Tabrizi-Holt | the 71-year-old painter
@b Elspeth Garroway | The curator
For her first major survey, at the Dunmoor Gallery, Nasrin Tabrizi-Holt has hung 40 years of work in reverse order, starting with paintings finished this spring and ending with a child's drawing of a pomegranate made in 1961.
"⟦d:a|I wanted people to walk backwards into my life. That's how memory works anyway,⟧" the 71-year-old painter said at a preview on Wednesday.
The curator, Elspeth Garroway, said the decision had caused "⟦p:b|some lively meetings⟧". "⟦d:b|Museums like a story that starts at the beginning. Nasrin said the beginning was the least interesting part,⟧" she said.
The show's centrepiece is "⟦s:-|Kitchen, Winter⟧", a vast canvas of a table laid for a meal nobody has come to eat. Tabrizi-Holt describes it as "⟦p:a|the only painting I have ever finished on purpose⟧".
"⟦d:a|Everything else I stopped because I ran out of time, or money, or patience,⟧" she said. "⟦d:a|This one I stopped because it was done.⟧"
Garroway said she hoped younger visitors would see the early work differently. "⟦d:b|There's a lot in here about leaving a place and not being able to go back. That's not a historical subject.⟧"

### 034
@c Ruth Abernathy | Jury president
@a Théo Marchetti-Blanc | the director
@b Aïssatou Diallo | Its lead actress
Jury president Ruth Abernathy on Saturday awarded the Golden Heron of the Saint-Ambroise film festival to «⟦s:-|Les Heures creuses⟧», a slow, tender drama about a night-shift cleaner in a provincial hospital.
«⟦d:a|Je ne m'y attendais pas du tout,⟧» the director, Théo Marchetti-Blanc, said as he accepted the prize — «⟦d:a|I did not expect this at all.⟧»
Its lead actress, Aïssatou Diallo, who had never acted before being cast, dedicated the award to her grandmother. «⟦d:b|She told me cinema was for other people. Tonight I'm going to call her and tell her she was wrong,⟧» she said.
Abernathy, announcing the prize, called the film «⟦p:c|small in every way except the one that matters⟧». «⟦d:c|We argued for nine hours about the other awards. On this one, we didn't argue at all,⟧» she told reporters afterwards.
Asked about his next project, Marchetti-Blanc said only: «⟦d:a|Sleep, and then we'll see.⟧»

### 035
@b Desmond Carrow | chair of the judges
@a Hana Kobayashi-Reed | -
@c Lotte Brandvold | Her editor
A debut novel about a lighthouse keeper's daughter who teaches herself astronomy has won the Harwood Prize for Fiction, the first time in the award's 38-year history that a first book has taken the £40,000 prize.
Hana Kobayashi-Reed's “⟦s:-|The Keeper's Almanac⟧” was chosen unanimously from a shortlist of six, said Desmond Carrow, chair of the judges. “⟦d:b|It is a quiet book that gets louder every time you open it,⟧” he said. “⟦d:b|Several of us read it twice. One of us read it three times and wouldn't say why.⟧”
Kobayashi-Reed, 46, wrote the novel over nine years, mostly before dawn, while working as a hospital pharmacist. In her acceptance speech, she said: “⟦d:a:m|I kept a notebook in my locker at work. Most of this book was written in ten-minute breaks between prescriptions.⟧
“⟦d:a|I want to thank my husband, who never once asked when it would be finished. That was the most useful thing anyone did.⟧”
Her editor, Lotte Brandvold, said the manuscript had arrived “⟦p:c|almost perfect, which never happens⟧”. “⟦d:c|I changed about 30 words. Hana changed back eleven of them,⟧” she said.

### 036
@a Sipho Mthembu | the company's resident choreographer
@b Yaël Ben-Haim | a principal dancer with the company
The Kestrel Dance Company's new work, "⟦s:-|Weight⟧", begins with 14 dancers lying on the floor and ends, an hour later, with all of them balanced on the shoulders of two.
"⟦d:a|I asked the dancers to carry each other for an hour. Literally. Then I asked them what it felt like, and that became the piece,⟧" said Sipho Mthembu, the company's resident choreographer, in a pre-show talk.
Yaël Ben-Haim, a principal dancer with the company, said the rehearsal process had been "⟦p:b|exhausting in the best way⟧". "⟦d:b|My shoulders have never hurt so much. I've never been so proud of a piece,⟧" she said. "⟦d:b|Sipho never tells you what it means. He says, 'You'll know when you're doing it.' Annoyingly, he's right.⟧"
The result is demanding and occasionally exasperating, but its final ten minutes are among the most moving dance seen in the city this year. Mthembu said he did not want audiences to leave "⟦p:a|feeling comfortable⟧". "⟦d:a|If they feel a little heavier walking out, good. That's the title,⟧" he said.

### 037
@a Hollins & Reeve | the manufacturer
@b Lucinda Farrant | head of product safety at Shopper's Voice
@c Adebola Ajayi | a father of two from Wexcombe
Hollins & Reeve is recalling more than 85,000 electric kettles after reports that the handle can detach when the kettle is full, posing a risk of scalding.
The recall affects the Arden 1.7-litre kettle in cream, sage and charcoal, sold between March 2023 and May this year through the company's website and several high-street retailers.
"⟦d:a|Customers should stop using the product immediately and contact us for a full refund or replacement,⟧" the manufacturer said. "⟦d:a|The safety of our customers is our highest priority.⟧"
Lucinda Farrant, head of product safety at Shopper's Voice, said: "⟦d:b|This is exactly the kind of fault that can cause serious injury, particularly to children. Please don't assume it won't happen to you because your kettle seems fine.⟧"
Adebola Ajayi, a father of two from Wexcombe, said the handle on his family's kettle came off last month as he was filling a hot-water bottle. "⟦d:c|It just went. Luckily it landed on the worktop and not on my feet, or on my daughter,⟧" he said. "⟦d:c|I reported it and heard nothing for three weeks.⟧"
Hollins & Reeve said it had received 14 reports of handles detaching, including two that resulted in minor burns.

### 038
@c Energy Market Authority | The regulator
@a Graham Ashcombe | energy analyst at Cornfield Research
@b Shirin Farahani | a 79-year-old widow who lives alone in a two-bedroom flat in Tollbridge
Household energy bills will rise by an average of £112 a year from October, after the Energy Market Authority raised its price cap by 6.4 per cent.
The regulator said the increase reflected higher wholesale gas prices over the summer. “⟦d:c|We know any increase is unwelcome, especially for households already struggling,⟧” it said.
So what should households do? Graham Ashcombe, energy analyst at Cornfield Research, said fixing might make sense for some. “⟦d:a|If you can find a fixed deal at or below the new cap, it's worth a look. If it's well above, you're paying for peace of mind, which is fine, as long as you know that's what you're buying,⟧” he said.
Is there any good news? “⟦d:a|Forecasts suggest prices should ease slightly in the new year. But I've been wrong before, and so has everyone else,⟧” Ashcombe said.
For Shirin Farahani, a 79-year-old widow who lives alone in a two-bedroom flat in Tollbridge, the numbers are not abstract. “⟦d:b|I already sit in my coat in the evening. What do they want me to do, sit in two coats?⟧” she said.
She had not heard of the “⟦s:-|warm home discount⟧” until a neighbour mentioned it last winter. “⟦d:b|Nobody tells you these things. You have to find out by accident.⟧”

### 039
@a Owain Llewellyn | head of the force's fraud team
@b Marjorie Pinnock | an 84-year-old from Hollybank
@c Karen Stott | Her daughter
Police in Wrexley are warning older residents about a telephone scam in which fraudsters pose as bank staff and persuade victims to hand over their cards to a "⟦s:-|courier⟧".
Five people in the town have lost a total of £38,000 in the past month, police said.
Detective Sergeant Owain Llewellyn, head of the force's fraud team, said: "⟦d:a:m|Your bank will never send someone to your house to collect your card. Never. If anyone tells you otherwise, it is a scam.⟧
"⟦d:a|These people are very convincing. They're polite, they know your name, sometimes they know your bank. Don't be embarrassed to put the phone down.⟧"
Marjorie Pinnock, an 84-year-old from Hollybank, handed her card and PIN to a man at her door after a 40-minute call. "⟦d:b|He said he was from the fraud department. I thought I was doing the right thing,⟧" she said. "⟦d:b|I feel such a fool.⟧"
Her daughter, Karen Stott, said the family wanted others to learn from what happened. "⟦d:c|Mum's not a fool. She was targeted by professionals who do this all day,⟧" she said.

### 040
@b Brenda Huxtable | Consumer campaigner
@c - | One shopper at a Fairmart in Colnbrook
@a Trevelyan Foods | the company
SHOPPERS have slammed a biscuit giant after the nation's favourite custard creams shrank — for the second time in a year.
A pack of Trevelyan's Golden Creams now contains 16 biscuits, down from 18 last summer and 20 before that, but the price has stayed at £1.45.
Consumer campaigner Brenda Huxtable said it was “⟦p:b|shrinkflation at its most shameless⟧”. “⟦d:b|They're banking on people not counting. Well, people are counting now,⟧” she said. “⟦d:b|If costs have gone up, put the price up and be honest about it.⟧”
One shopper at a Fairmart in Colnbrook said: “⟦d:c|Sixteen biscuits between four kids. You do the maths. Somebody's going without.⟧”
Trevelyan Foods said the change was “⟦p:a|unavoidable⟧” due to rising costs of wheat, sugar and energy. “⟦d:a|We have worked hard to absorb these costs for as long as possible,⟧” the company said in a statement.

### 041
@a Femi Adeyemo | the 34-year-old nurse
@c Harriet Quill | Consumer rights solicitor
@b Ironworks Gyms | the chain
When Femi Adeyemo moved 200 miles for a new job, she assumed cancelling her gym membership would be the easy part. Four months, nine emails and two recorded-delivery letters later, she is still paying £44 a month.
"⟦d:a|They told me I had to cancel in person, at the branch I joined. That branch is five hours away,⟧" said the 34-year-old nurse.
"⟦d:a|I asked if I could do it by email. They said no. I asked if I could do it by post. They said they'd 'look into it'. That was in February.⟧"
Consumer rights solicitor Harriet Quill said clauses requiring in-person cancellation were "⟦p:c|very likely to be unfair⟧" under consumer law. "⟦d:c|A business can't make it easy to sign up online and then impossible to leave,⟧" she said.
After this newspaper contacted Ironworks Gyms, the chain cancelled Ms Adeyemo's membership and refunded four months of fees. "⟦d:b|This should not have happened and we apologise to Ms Adeyemo,⟧" it said. "⟦d:b|We are reviewing our cancellation process.⟧"
Adeyemo said she was relieved but annoyed that it had taken a journalist to sort it out. "⟦d:a|What about everyone who doesn't write to the paper?⟧"

### 042
@a Gwendolyn Harcourt | chair of the Friends of Larkfield Meadow
@c Nikhil Raina | chair of the planning committee
@b Bellamy Homes | the developer
@d - | one objector
Plans for 240 homes on Larkfield Meadow have been approved despite more than 1,100 objections, after a five-hour planning meeting that ended shortly before midnight.
Members of the public packed the council chamber, some holding placards reading “⟦s:-|Save Our Meadow⟧” and “⟦s:-|Homes Yes, Here No⟧”.
Gwendolyn Harcourt, chair of the Friends of Larkfield Meadow, said campaigners were “⟦p:a|devastated but not finished⟧”. “⟦d:a|We will be looking very carefully at whether the council followed its own policies. If it didn't, we will see them in court,⟧” she said.
Cllr Nikhil Raina, chair of the planning committee, said the decision had been “⟦p:c|one of the hardest this committee has faced⟧”. “⟦d:c|Nobody on this committee wants to lose a green field. But we have a legal duty to find land for housing, and if we don't, the government will do it for us,⟧” he said.
Bellamy Homes said 35 per cent of the homes would be affordable and that the scheme included a new play area and “⟦p:b|extensive⟧” landscaping. “⟦d:b|We have listened to local people and made significant changes to the scheme,⟧” the developer said.
As councillors filed out, one objector shouted “⟦d:d|Shame on you!⟧” from the public gallery, and others took up a chant of “⟦s:-|Shame!⟧” that followed them down the stairs.

### 043
@e Strathmore Council | The council
@d Lachlan Drummond | -
@a Alison Crowther | Headteacher
@b - | One father
@f - | a council spokeswoman
Parents at Glenbervie Primary have vowed to fight plans to close the 140-year-old school, which has 23 pupils, after a heated public meeting in the village hall on Tuesday night.
Strathmore Council wants to move the pupils to a larger school in Kinmuir, eight miles away, from next August. The council said the move would give children "⟦p:e|access to a broader curriculum and a wider peer group⟧".
Lachlan Drummond, whose twin daughters are in P3, said: "⟦d:d|They're talking about putting five-year-olds on a bus for 40 minutes each way on a single-track road in winter. Has anyone from the council actually driven that road in January?⟧"
Headteacher Alison Crowther told the meeting she understood the strength of feeling but could not comment on the proposal while the consultation was under way. "⟦d:a|My job is to make sure the children are looked after, whatever happens,⟧" she said.
One father, who stood at the back of the hall throughout, said: "⟦d:b|Close the school and you close the village. Simple as that.⟧" He was applauded.
Drummond said parents had already begun gathering signatures. "⟦d:d|We had 300 by the end of the night. There are only 400 people in the village.⟧"
"⟦d:f|No decision has been taken and we would encourage everyone to respond to the consultation,⟧" a council spokeswoman said.

### 044
@c Olga Petrenko-Shaw | a resident of Mill Row
@a Bryn Tudor-Evans | landlord of the Ferry Inn
@b Riverlands Agency | the agency
@d - | a firefighter at the scene
More than 80 homes and businesses were flooded in Aberlyn on Saturday after the River Tarrell burst its banks following 36 hours of heavy rain.
Residents of Mill Row were evacuated by boat in the early hours as water rose to more than a metre in some streets.
“⟦d:c|The water came up through the floorboards. It didn't come in the door, it came up from underneath. I've never seen anything like it,⟧” said Olga Petrenko-Shaw, a resident of Mill Row, who was rescued with her two cats.
Bryn Tudor-Evans, landlord of the Ferry Inn, said the pub had flooded for the third time in five years. “⟦d:a|Every time, they tell us it's a one-in-a-hundred-year event. I'm starting to think I've been alive for 300 years,⟧” he said. “⟦d:a|We'll clean up and open again. What else are we going to do?⟧”
The Riverlands Agency said river levels had peaked on Saturday afternoon but warned that further rain on Monday could cause “⟦p:b|renewed flooding in some areas⟧”. “⟦d:b|People should not attempt to walk or drive through flood water, even if it looks shallow,⟧” the agency said.
“⟦d:d|We've had people refusing to leave because they didn't want to abandon their pets. We understand that, but we'd much rather carry a dog out than a person,⟧” said a firefighter at the scene.

### 045
@a Morwenna Tregarthen | The dog's owner
@b Jory Penrose | Porthkerris Coastguard volunteer
A spaniel named Biscuit has been reunited with her owner after surviving two nights on a cliff ledge at Gannet Head.
Biscuit chased a rabbit over the edge during a walk on Sunday afternoon and was spotted on Tuesday morning by a fisherman, about 30 metres below the clifftop.
The dog's owner, Morwenna Tregarthen, 62, said she had ``⟦p:a|given up hope⟧''. ``⟦d:a|I'd walked that path calling her name until it was dark both nights. When they rang to say she'd been seen, I had to sit down on the kitchen floor,⟧'' she said.
Porthkerris Coastguard volunteer Jory Penrose was lowered down the cliff on a rope to reach the dog. ``⟦d:b|She was cold and very hungry but wagging her tail, which is always a good sign,⟧'' he said.
``⟦d:b|She tried to lick my face the whole way up, which didn't make the job any easier.⟧''
Tregarthen said Biscuit had eaten ``⟦p:a|two full dinners and half a sausage roll⟧'' since getting home. ``⟦d:a|She's asleep on the sofa now. She's not allowed on the sofa. I've decided to let it go.⟧''

### 046
@c Sarah Hollings | the mother of 31-year-old Thomas Hollings
@b Connor Pyle | -
@a Helena Marchbank | Judge
A 24-year-old driver who killed a cyclist while looking at his phone has been jailed for six years and banned from driving for nine.
Dominic Reyes-Whitby, of Oakfield Close, Hartmere, admitted causing death by dangerous driving at an earlier hearing at Hartmere Crown Court.
In a statement read to the court, Sarah Hollings, the mother of 31-year-old Thomas Hollings, said: "⟦d:c:m|Tom was the kind of person who rang his mum every Sunday without being asked. There are no more Sundays now.⟧
"⟦d:c|I don't hate the man who did this. I just wish he had put his phone down.⟧"
Connor Pyle, defending, said his client was "⟦p:b|utterly ashamed⟧" and had written a letter of apology to the family. "⟦d:b|He has not driven since and says he never will,⟧" Mr Pyle said.
Sentencing, Judge Helena Marchbank told Reyes-Whitby: "⟦d:a|You chose to look at a screen rather than the road. That choice lasted a few seconds. Its consequences will last the rest of Mrs Hollings's life.⟧"
"⟦d:a|Nothing I say today can repair that.⟧"

### 047
@a Bertie Longstaff | the village's oldest exhibitor
@b Jasminder Kaur | Show secretary
@c - | One of the judges
It was, everyone agreed, a vintage year for marrows.
The Little Harbury Horticultural Show drew more than 600 visitors to the village green on Saturday, the biggest crowd since the show was revived in 2009.
Bertie Longstaff, 88, the village's oldest exhibitor, took first prize for the heaviest marrow for the fifth time, with an entry weighing 27lb 4oz.
“⟦d:a|The secret is talking to it. Not nicely. You've got to let it know who's boss,⟧” he said.
Show secretary Jasminder Kaur said entries were up by a third on last year. “⟦d:b|We had 41 entries in the children's scarecrow class alone. I had to borrow a second trestle table from the church,⟧” she said.
Not all the competition was friendly. One of the judges, who declined to be named, admitted there had been “⟦p:c|words⟧” in the onion tent. “⟦d:c|Onion people are very serious people,⟧” the judge said. “⟦d:c|I'd rather judge the dog show, and they bite.⟧”
Longstaff would not reveal his plans for next year. “⟦d:a|Bigger,⟧” was all he said.

### 048
@a Coastline Buses | the operator
@b Edna Fairweather | -
@c Tariq Mahmood | a student at Sedgeford College
@d - | A spokesman for the county council
The last bus to run on the number 37 route between Sedgeford and Upper Amble left the town centre at 6.15pm on Friday, ending a service that has operated in some form since 1952.
Coastline Buses said the route had been losing money for years. "⟦d:a|Passenger numbers have fallen by more than half since 2019 and we can no longer run it without subsidy,⟧" the operator said.
Edna Fairweather, 91, has used the 37 to get to her GP surgery, the library and the hairdresser's for 30 years. "⟦d:b|I don't drive. I never have. Now I'll have to rely on my neighbours, and I hate relying on people,⟧" she said.
"⟦d:b|The driver gave me a box of chocolates on the last trip. I cried. He cried. It was a silly old bus, but it was ours.⟧"
Tariq Mahmood, a student at Sedgeford College, said he would now have to cycle 11 miles each way. "⟦d:c|In summer, fine. In November, in the dark, on those lanes? I don't know,⟧" he said.
A spokesman for the county council said it had been unable to find the £140,000 a year needed to keep the route running. "⟦d:d|We share residents' disappointment,⟧" he said.

### 049
@a Anselm Kravec | -
@b Iolanthe Marsh | The soprano
@c Milan Kravec | His son
Anselm Kravec, who has died aged 87, wrote some of the most performed choral music of the past half-century, much of it for amateur choirs he described as “⟦p:a|the only people who sing because they want to⟧”.
Born in the border town of Zelenac, the son of a church organist and a seamstress, he arrived in Carrowmore as a refugee at 17 with, as he liked to say, “⟦p:a|one suitcase and half a symphony⟧”.
His breakthrough came with “⟦s:-|Lanterns⟧” (1971), a setting of folk lullabies for unaccompanied voices that has since been recorded more than 200 times.
He was famously dismissive of his own celebrity. “⟦d:a|People ask me what my music means. It means that forty people in a cold church hall on a Tuesday night are singing together. That is all it needs to mean,⟧” he told an interviewer in 1994.
The soprano Iolanthe Marsh, who premiered several of his later works, recalled his rehearsals as “⟦p:b|gentle, funny, and absolutely merciless⟧”. “⟦d:b|He would stop you on one note and say nothing for ten seconds. You knew. You always knew,⟧” she said this week.
In later years Kravec lost much of his hearing but continued to compose. “⟦d:a|I hear it better now. The orchestra in my head never plays out of tune,⟧” he said in 2016.
His son, Milan Kravec, said: “⟦d:c|He was working on a piece for a children's choir on the morning he died. He'd have been annoyed not to finish it.⟧”
He is survived by his wife, Danuta, and three children.

### 050
@a Lenny Whitcombe | the manager who took Dunmore United from the fourth tier to the top flight in six years
@c Dunmore United | The club
@b Chris Ogundipe | His former captain
Lenny Whitcombe, the manager who took Dunmore United from the fourth tier to the top flight in six years, has died aged 79.
The club said it was "⟦p:c|heartbroken⟧". "⟦d:c|Lenny was more than a manager. He built this club, brick by brick, and he knew the name of every tea lady and groundsman who ever worked here,⟧" it said in a statement.
Known to players as "⟦s:-|the Sarge⟧" for his 6am training sessions on the beach, Whitcombe was feared and adored in roughly equal measure.
His former captain, Chris Ogundipe, said: "⟦d:b:m|He frightened the life out of me for about a month. Then I realised he was the kindest man I'd ever met, he just didn't want anyone to know.⟧
"⟦d:b|He'd fine you a week's wages for being late and then lend you the money to pay it.⟧"
Whitcombe once said of his methods: "⟦d:a|I never had the best players. I had players who ran until they fell over. That's cheaper.⟧" Asked in 1998 about retirement, he replied: "⟦d:a|Retire to what? Golf? I've seen golf.⟧"

### 051
@a Ngozi Achike-Lund | the glaciologist whose ice cores from the Brennvik plateau changed her field
@b Haraldur Sveinsson | Her longtime collaborator
Professor Ngozi Achike-Lund, the glaciologist whose ice cores from the Brennvik plateau changed her field, has died aged 72.
She spent 31 field seasons on the ice and was fond of saying that glaciers ``⟦p:a|keep better notes than we do⟧''. ``⟦d:a|Every winter's snow is a page. All we do is learn to read the handwriting,⟧'' she told a radio interviewer in 2009.
Her longtime collaborator, Haraldur Sveinsson, said she had been ``⟦p:b|impossible to keep indoors⟧''. ``⟦d:b|She'd come back from three months in a tent and be asking about the next season before she'd had a bath,⟧'' he said.
``⟦d:b|She also made the worst coffee in the Arctic. I told her so every year. She never changed it.⟧''
In her last public lecture, in March, she told an audience of students: ``⟦d:a|I won't see the end of this experiment. Nobody in this room will. Write everything down.⟧''

### 052
@a Harbhajan Singh Sandhu | -
@b Gurpreet Sandhu | His daughter
@c Maureen Doherty | a customer for four decades
@d - | One regular
Harbhajan Singh Sandhu, who ran Sandhu's Stores on Ferry Road for 44 years, has died aged 86.
The shop, known to generations of local children simply as “⟦s:-|Mr Sandhu's⟧”, sold everything from paraffin to birthday cards and was open from 6am until 10pm, every day but Christmas.
His daughter, Gurpreet Sandhu, said her father had worked seven days a week until he was 80. “⟦d:b|He took one holiday that I can remember, in 1989, and he rang the shop every day to check the bread had arrived,⟧” she said.
Maureen Doherty, a customer for four decades, said he had quietly kept a tab for families who were struggling. “⟦d:c|He never wrote anything down. He just remembered. And he never once asked for it back in front of your kids,⟧” she said.
Mr Sandhu told this paper in 2011, on the shop's 30th anniversary, that he had no intention of retiring. “⟦d:a|What would I do at home? Watch the television? The television doesn't talk back,⟧” he said.
One regular, buying a paper at the newsagent across the road on Thursday, said: “⟦d:d|It won't be the same. It was never just a shop.⟧”

### 053
@a Rosa Valderrama-Quist | -
@b Tomás Echeverri | -
@c - | One colleague who covered the siege of Port Amaro alongside her
Rosa Valderrama-Quist, who has died aged 81, filed from 40 countries in a career of more than half a century and was, by her own account, "⟦p:a|never once on time for a deadline, and never once late for a story⟧".
She joined the Evening Courier as a typist in 1963 and talked her way onto the news desk within a year, where she became known as "⟦s:-|the girl who wouldn't leave⟧".
"⟦d:a|The men on the desk thought I'd get bored. I thought they were boring. We were both partly right,⟧" she said in a 2012 interview.
Tomás Echeverri, who edited the Courier's foreign desk from 1988 to 2004, said she was the only reporter he had never dared to cut. "⟦d:b|Her copy arrived long, late and perfect. I used to change a comma so I could feel useful,⟧" he said.
One colleague who covered the siege of Port Amaro alongside her remembered her refusing to leave a shelled hotel. "⟦d:c|She said, 'If I leave, who writes it down?' Then she went back upstairs and finished her piece by candlelight,⟧" the colleague said.
Asked once whether she was ever afraid, she replied: "⟦d:a|All the time. Fear is just information. You read it and keep walking.⟧"

### 054
@a Matei Corbescu | Opposition leader
@b Ilinca Rusu | Incumbent
@c Knut Amundsen | head of the international observer mission
@d Dorin | a 58-year-old taxi driver who gave only his first name
VALDORA CITY, Oct 5 — Opposition leader Matei Corbescu claimed victory in Valdoria's presidential run-off on Sunday, with preliminary results giving him 54.3 per cent of the vote.
«⟦d:a|Astăzi, Valdoria a ales schimbarea,⟧» Corbescu told thousands of supporters in the capital's Liberty Square. «⟦d:a|Today, Valdoria chose change.⟧»
Incumbent Ilinca Rusu conceded shortly before midnight in a brief televised address, saying she had called her rival to congratulate him. «⟦d:b|The people have spoken, and I respect their decision,⟧» she said, according to an official translation. «⟦d:b|I will remain at the service of the country.⟧»
Knut Amundsen, head of the international observer mission, said the vote had been «⟦p:c|competitive and generally well run⟧», though he noted «⟦p:c|isolated reports of pressure on public-sector workers⟧».
In Liberty Square, crowds chanted «⟦s:-|Ma-tei! Ma-tei!⟧» long after the speech had ended.
«⟦d:d|I have voted in every election since 1991. This is the first time I believed it would change something,⟧» said Dorin, a 58-year-old taxi driver who gave only his first name.

### 055
@d National Seismological Service | The seismological service
@a Raúl Anchieta | regional governor
@c Consuelo Barreda | a shopkeeper in San Telmo de Arriba
@b - | A rescue worker at a collapsed school
SAN TELMO DE ARRIBA, Feb 11 (Wire) - A magnitude 6.7 earthquake struck the mountainous north of Cordelia early on Tuesday, killing at least 34 people and leaving hundreds homeless, officials said.
The quake hit at 4.12am local time at a depth of 18 km, the National Seismological Service said.
"⟦d:a|The priority is to reach the villages we cannot yet reach. There are roads that simply no longer exist,⟧" regional governor Raúl Anchieta told local radio.
Consuelo Barreda, a shopkeeper in San Telmo de Arriba, said she had run into the street with her grandchildren in her arms. "⟦d:c|Everything was shaking, the walls, the floor, the sky. I thought, this is how it ends,⟧" she said by telephone. "⟦d:c|Then it stopped, and the shouting started.⟧"
A rescue worker at a collapsed school, who spoke on condition of anonymity because he was not authorised to talk to the media, said: "⟦d:b|We heard a voice at about nine o'clock. We are still digging.⟧"
Anchieta said at least 40 aftershocks had been recorded. "⟦d:a|People are afraid to go back inside. I understand them. Tonight many will sleep in the squares,⟧" he said.
The seismological service warned that "⟦p:d|aftershocks of significant magnitude⟧" were likely in the coming days.

### 056
@a Hamid Zarrabi | Aurovian Foreign Minister
@b Liesel Kronberg | His Kerenian counterpart
@c - | A diplomat familiar with the negotiations
LAKEHAVEN, April 17 — Aurovia and Kerenia agreed on Thursday to reopen their shared border to freight traffic for the first time in six years, in what diplomats described as a modest but significant breakthrough.
«⟦d:a|We have not solved everything. We have solved one thing, and that is one more than last year,⟧» Aurovian Foreign Minister Hamid Zarrabi told reporters, speaking through an interpreter.
His Kerenian counterpart, Liesel Kronberg, was more guarded. «⟦d:b|Trust is built by trucks crossing the border, not by signatures on paper,⟧» she said. «⟦d:b|Let us see the trucks.⟧»
The talks, hosted by the Lakehaven Centre for Dialogue, lasted 14 hours. Asked whether the two countries' leaders would now meet, Zarrabi said: «⟦d:a|Step by step. Today was a step.⟧»
A diplomat familiar with the negotiations said the final sticking point had been the wording of a single paragraph on customs inspections. «⟦d:c|At three in the morning they were arguing about a comma. Literally a comma,⟧» the diplomat said.

### 057
@c Yasmin El-Amrani | one of the organisers
@a - | One 61-year-old bricklayer
@d Ministry of the Interior | the ministry
@b Aline Moreau-Sisay | the police commander for the city centre
PORT AMARO (Wire) — Tens of thousands of people marched through the centre of Port Amaro on Saturday to protest against a proposed rise in the retirement age, in the largest demonstration the city has seen in a decade.
Marchers carried banners reading “⟦s:-|64 is too late⟧” and chanted “⟦s:-|Not one year more⟧” as they moved slowly along the seafront towards parliament.
“⟦d:c|The government thought we would get tired. Look around. Does anyone look tired?⟧” said Yasmin El-Amrani, one of the organisers.
One 61-year-old bricklayer said: “⟦d:a|My back is already 80 years old. They want it to work until 67.⟧”
Cordelia's Ministry of the Interior said the march had been largely peaceful but that 14 people had been arrested after clashes near parliament. “⟦d:d|A small minority came looking for confrontation and they found the police,⟧” the ministry said.
Aline Moreau-Sisay, the police commander for the city centre, told reporters: “⟦d:b|Ninety-nine per cent of people here today behaved impeccably. We will deal with the other one per cent.⟧”
El-Amrani said organisers would return next Saturday. “⟦d:c|And the one after that, if we have to.⟧”

### 058
@a Amara Ndoye | Chief Justice
@b Lucien Bakayoko | a lawyer for the petitioners
@c Omar Faye | Government spokesman
DAKARA, May 3 (Wire) - Sahelia's constitutional court on Friday struck down a media law that would have allowed the information minister to suspend newspapers and websites without a court order.
"⟦d:a|Freedom of expression is not a privilege granted by the government. It is a right the government must protect,⟧" Chief Justice Amara Ndoye said, reading the court's unanimous judgment. "⟦d:a|A law that allows a minister to silence a newspaper by decree, without a judge, is incompatible with the constitution.⟧"
Lucien Bakayoko, a lawyer for the petitioners, a group of journalists and bloggers, called the ruling "⟦p:b|historic⟧". "⟦d:b|Nous avons gagné. Pas seulement nous, tout le pays,⟧" he told reporters outside the court. "⟦d:b|We have won. Not only us, the whole country.⟧"
Government spokesman Omar Faye said the government would "⟦p:c|study the judgment carefully⟧" and "⟦p:c|respect the decisions of the court⟧". "⟦d:c|We have always said that we are a state of law,⟧" he said.

### 059
@a Ines Aldana | a spokeswoman for the Marevia Coast Guard
@b Niklas Haugland | a 34-year-old engineer travelling with his wife and son
@c Bluewater Lines | the company
More than 300 passengers and crew were evacuated from a ferry that caught fire off the island of Sóreya on Wednesday night, in what officials described as a textbook rescue.
“⟦d:a|Every single person is accounted for. Every one,⟧” said Ines Aldana, a spokeswoman for the Marevia Coast Guard. “⟦d:a|Nobody should underestimate how difficult it is to move that many people off a burning ship at night.⟧”
The fire broke out on the vehicle deck of the Stella Marevia shortly after 9pm, about 12 nautical miles from port.
Niklas Haugland, a 34-year-old engineer travelling with his wife and son, said the crew had been “⟦p:b|incredibly calm⟧”. “⟦d:b|We smelled smoke, then the alarm went. A crew member told us to put on life jackets and follow him, and that's what everybody did,⟧” he said. “⟦d:b|My son thought it was an adventure. I'm going to let him keep thinking that.⟧”
Bluewater Lines, which operates the ferry, said it was cooperating fully with investigators. “⟦d:c|Our thoughts are with everyone who had a frightening experience last night,⟧” the company said.

### 060
@a - | a spokesman for the Alcarra fire service
@b Marisa Quintal | the 52-year-old
@c Bernardo | Her husband
Hundreds of firefighters backed by water-bombing aircraft were battling a wildfire in the hills above Serra Alta on Sunday as temperatures hit 43C, forcing the evacuation of four villages.
"⟦d:a|The wind changed direction three times in an hour. That's what makes this one so dangerous,⟧" a spokesman for the Alcarra fire service said. "⟦d:a|We're fighting it on several fronts at once.⟧"
Marisa Quintal, who runs a guesthouse in the village of Fonte Velha, said she had left with "⟦p:b|two bags, the dog and the guest book⟧". "⟦d:b|I took the guest book because it has 20 years of people's names in it. Isn't that stupid? The house is insured. The guest book isn't,⟧" the 52-year-old said.
Her husband, Bernardo, stayed behind with neighbours to hose down roofs until police ordered them out. "⟦d:c|I'm not a hero. I just didn't want to stand on a road and watch,⟧" he said.
The spokesman said more than 2,000 hectares had burned. "⟦d:a|We ask people to follow evacuation orders. Houses can be rebuilt,⟧" he said.

### 061
@c Gunnar Holst | a presenter on Vellandic state television
@a Jarosław Wendt | foreign ministry spokesman
@b - | one reporter
@d Vellandic Foreign Ministry | -
BRENNBURG, Jan 20 — Ostmark summoned Velland's ambassador on Monday after a presenter on Vellandic state television, Gunnar Holst, described Ostmark's prime minister as “⟦p:c|a waiter in a borrowed suit⟧”, the latest flare-up in a months-long dispute between the neighbours.
“⟦d:a|This is not about hurt feelings. It is about a state broadcaster being used to insult a democratically elected leader,⟧” foreign ministry spokesman Jarosław Wendt told the daily briefing.
“⟦d:b|Is Ostmark asking for the presenter to be dismissed?⟧” one reporter asked.
“⟦d:a|We are asking for an apology. What Velland does with its presenters is its business,⟧” Wendt replied.
“⟦d:b|And if there is no apology?⟧”
“⟦d:a|Then we will consider further steps. I won't list them here.⟧”
Holst, asked about the row on his programme that evening, was unrepentant. “⟦d:c|I have been called worse by better people,⟧” he said.
The Vellandic Foreign Ministry said it did not comment on “⟦p:d|the editorial decisions of an independent broadcaster⟧”.

### 062
@a Lindiwe Dlamini-Hart | -
@b - | My mother
@c - | My editor
Lindiwe Dlamini-Hart's third cookbook, “⟦s:-|Sunday Pots⟧”, is out this week. “⟦d:a|I wanted a book you could cook from on a Sunday with a hangover and three children,⟧” she says. She spoke to us from her kitchen in Wellmouth.
Q: Why one-pot cooking?
A: Because I have three children and one sink. That's honestly most of it.
Q: Who taught you to cook?
A: My mother, mostly by shouting. She used to say, “⟦d:b|If you can smell it burning, it burned a minute ago.⟧” I still hear that every time I turn my back on a pan.
Q: What's the dish you're proudest of in the book?
A: The oxtail. My editor called it “⟦p:c|the one that will get you letters⟧”, and she was right. I've already had letters.
Q: Anything you'll never cook?
A: Anything with the word “⟦s:-|deconstructed⟧” in front of it.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh170.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh170",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
