# ruff: noqa: E501
"""Build ``quotes_fresh26.jsonl``: a twenty-sixth independent, held-out gold set of quotes.

All passages are fictional (invented people, places, companies and institutions) and
were written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is business, technology,
science and investigations: earnings calls, product launches, data breaches, research
papers, regulatory rulings, court filings, leaked emails and documents, whistleblowers.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh26-NNN``.

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

Decisions taken for this set where the conventions leave room (one declared speaker
per person or organisation in a passage, so one description for all of its spans):

* A speaker introduced without an appositive or role title takes as its description the
  first definite description used at one of its cues (``the finance chief added``,
  ``the company said``, ``the 58-year-old said``); otherwise it is null.
* A reference that introduces the person before the name is given (``A former
  quality-assurance manager at … has accused …``) counts as the introduction's
  description when no appositive follows the name.
* A court filing written in the first person of its plaintiff (``the complaint
  states``) is that plaintiff's speech.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh26.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh26.jsonl")

PASSAGES = """
### 001
@a Marguerite Oduya | chief executive of Halvard Systems
@b Tomasz Brandl | the finance chief
@c Priya Venkataraman | an analyst at Corbel Partners
@h Halvard Systems | -
Halvard Systems shares fell 14 per cent in after-hours trading on Tuesday after the industrial software maker cut its full-year revenue forecast for the second time in three months, blaming delayed contracts in Europe and a slower-than-expected shift by customers to its subscription platform.
"⟦d:a|We did not execute as well as we should have this quarter, and I own that,⟧" Marguerite Oduya, chief executive of Halvard Systems, told analysts on a conference call. "⟦d:a|But the pipeline is real. These deals have slipped, they have not disappeared.⟧"
Revenue for the three months to September was $412 million, down 3 per cent from a year earlier and below the $440 million analysts had expected. The company now expects annual revenue of between $1.68 billion and $1.72 billion, compared with previous guidance of up to $1.8 billion.
Tomasz Brandl, who took over as chief financial officer in May, said the company would slow hiring and review "⟦p:b|every line of discretionary spend⟧".
"⟦d:b|We are not going to cut our way to growth, but we are going to be disciplined,⟧" he said. Asked whether further layoffs were planned, the finance chief added: "⟦d:b|Nothing is off the table, and nothing is decided.⟧"
Priya Venkataraman, an analyst at Corbel Partners, pressed executives on customer churn. "⟦d:c|You've told us for three quarters that the transition is nearly done. What's different this time?⟧" she asked.
Oduya replied that renewal rates among the company's 200 largest customers had held above 95 per cent. "⟦d:a|The big accounts are staying. It's the mid-market where we've been too slow,⟧" she said.
In a note to clients after the call, Venkataraman wrote that the guidance cut was "⟦p:c|less a blip than a pattern⟧" and lowered her price target to $38 from $51.
Halvard Systems said in a statement that it remained "⟦p:h|confident in the long-term demand for industrial automation software⟧" and would hold an investor day in February.

### 002
@a Ridgeline Health | -
@b Callum Iredale | an independent security researcher who first reported the breach on his blog
@c Denise Achterberg | the 58-year-old
@d - | a person familiar with the investigation
@e Calder Valley Data Protection Office | the office
Ridgeline Health, which runs 11 hospitals and more than 40 clinics across the Calder Valley, has confirmed that hackers accessed the records of up to 1.3 million patients, including diagnoses, prescriptions and insurance details.
In a statement posted to its website on Friday, the group said it had detected “⟦p:a|unusual activity⟧” on a scheduling server on March 3 and had “⟦p:a|immediately taken steps to contain the incident⟧”.
“⟦d:a|We deeply regret the distress this will cause our patients and their families,⟧” Ridgeline Health said. “⟦d:a|We are contacting everyone affected directly and will offer two years of free credit monitoring.⟧”
The statement did not explain why it took nearly seven weeks to notify patients. A person familiar with the investigation said the attackers had been inside the network for at least 19 days before they were detected. “⟦d:d|They had the run of the place,⟧” the person said. “⟦d:d|Nobody was watching the logs.⟧”
Callum Iredale, an independent security researcher who first reported the breach on his blog, said a copy of the data had been offered for sale on a criminal forum for $250,000.
“⟦d:b|This is exactly the kind of data that gets used for insurance fraud and for very targeted scams,⟧” he said. “⟦d:b|A stolen credit card can be cancelled. A diagnosis can’t.⟧”
Denise Achterberg, who has been treated at Ridgeline’s Marlow Road clinic for a heart condition since 2016, said she learned of the breach from a local news bulletin, not from the hospital.
“⟦d:c|I had to find out from the television,⟧” the 58-year-old said. “⟦d:c|That tells you where patients are on their list.⟧”
The Calder Valley Data Protection Office said it had opened an inquiry. “⟦d:e|Health data is among the most sensitive information an organisation can hold, and we expect it to be protected accordingly,⟧” the office said.

### 003
@a Ingrid Solheim-Varga | a soil ecologist at the University of Tarrow and the study's lead author
@b Kwabena Asante-Mensah | a co-author
@c Ruth Feldbaum | a microbiologist at the Penhallow Institute who was not involved in the research
Farmland that is ploughed every year loses more than half of the fungal networks that help crops take up water, according to a study published on Wednesday that tracked 312 fields in three countries over a decade.
The researchers, writing in the journal Soil Systems Letters, found that fields left untilled for at least five years recovered most of that fungal diversity, and that their crops were measurably more resilient during droughts.
"⟦d:a|We went in expecting a modest effect,⟧" said Dr Ingrid Solheim-Varga, a soil ecologist at the University of Tarrow and the study's lead author. "⟦d:a|What we found was that tillage is essentially clear-cutting an underground forest, every single spring.⟧"
The team sampled soil cores at four depths and used DNA sequencing to identify fungal species. In untilled fields they found an average of 41 species of arbuscular mycorrhizal fungi per site; in ploughed fields, the average was 17.
Dr Kwabena Asante-Mensah, a co-author, said the drought findings had surprised the team most.
"⟦d:b|In the dry summer of 2022, yields in the untilled plots fell by about 9 per cent. In the tilled plots they fell by 23 per cent. That's the difference between a bad year and a ruinous one for a lot of farmers,⟧" he said.
Solheim-Varga cautioned that the study was observational. "⟦d:a|We can't rule out that farmers who choose not to till also do other things differently,⟧" she said. "⟦d:a|We tried to control for that, but a field trial is the obvious next step.⟧"
Ruth Feldbaum, a microbiologist at the Penhallow Institute who was not involved in the research, called the dataset "⟦p:c|unusually large and unusually careful⟧" but said the yield figures should be treated with caution.
"⟦d:c|Ten years sounds long, but it's only a handful of droughts,⟧" she said. "⟦d:c|I'd want to see this replicated before anyone rewrites farm policy around it.⟧"

### 004
@a Competition Review Commission | -
@b Helena Marchetti-Ross | chair of the commission's merger panel
@c Brightwave Telecom | the company
@d Oskar Lindqvist | chief executive of Norrvik Mobile
@e Daniel Abernathy-Cole | a competition lawyer at Fenwick Hale
The Competition Review Commission on Thursday blocked the proposed $6.2 billion merger of Brightwave Telecom and Norrvik Mobile, ruling that the deal would leave consumers with too few national mobile networks and lead to higher prices.
In a 94-page decision, the commission found that the combined company would control 47 per cent of the retail mobile market and that the remedies offered by the two firms, including the sale of 2,000 mast sites to a smaller rival, were "⟦p:a|insufficient to preserve effective competition⟧".
"⟦d:b|Four networks competing hard is what has kept prices in this country among the lowest in the region,⟧" said Helena Marchetti-Ross, chair of the commission's merger panel. "⟦d:b|We were not persuaded that three would do the same job, and we were certainly not persuaded that two big players and a mast tenant would.⟧"
Brightwave Telecom said it was "⟦p:c|deeply disappointed⟧" and was considering an appeal. "⟦d:c|This decision ignores the investment the merged business would have made in rural coverage,⟧" the company said.
Oskar Lindqvist, chief executive of Norrvik Mobile, was more blunt. "⟦d:d|Without scale, we cannot fund 5G in the places that need it most. The commission has chosen a theory over the people who live in those places,⟧" he told reporters outside the company's headquarters.
Daniel Abernathy-Cole, a competition lawyer at Fenwick Hale, said appeals against such rulings rarely succeeded. "⟦d:e|The tribunal gives the commission a wide margin on economic judgments,⟧" he said. "⟦d:e|Brightwave would need to show an error of law, not just a different view of the market.⟧"
The decision is the third major telecoms deal blocked by the commission in two years.

### 005
@a Lionel Baptiste-Okafor | the company's head of driver operations
@b Saanvi Raghunathan | then the chief operating officer
@c Kurro | the ride-hailing company
@d - | a former member of the driver operations team who asked not to be named
@e Meredith Allcott | general secretary of the Independent Drivers' Union
Senior managers at Kurro, the ride-hailing company, discussed cutting drivers' per-mile rates in cities where they judged drivers to have few other options, according to internal emails seen by the Ledger.
In one email, dated June 2023, Lionel Baptiste-Okafor, the company's head of driver operations, told colleagues that drivers in three mid-sized cities were ``⟦p:a|structurally captive⟧''.
``⟦d:a|They have nowhere else to go in Harlow Bay, Denton or Fairmead. We can take 8 to 10 per cent out of the rate card there before we see any real churn,⟧'' he wrote.
Saanvi Raghunathan, then the chief operating officer, replied the same day: ``⟦d:b|Agree on the numbers. Let's not put 'captive' in anything that goes to the board.⟧''
Kurro said the emails had been ``⟦p:c|taken out of context⟧'' and that the cuts were never implemented in the form discussed. ``⟦d:c|Pricing decisions at Kurro are based on a wide range of factors, including local demand and the cost of living, and driver earnings in all three cities have risen since 2023,⟧'' the company said in a statement.
A former member of the driver operations team who asked not to be named said the emails reflected a wider culture. ``⟦d:d|Everyone knew which cities were the cash cows. It was discussed openly in meetings,⟧'' the former employee said.
Meredith Allcott, general secretary of the Independent Drivers' Union, said the emails confirmed what members had long suspected. ``⟦d:e|They have been treating people's livelihoods as a spreadsheet exercise,⟧'' she said. ``⟦d:e|Now we have it in their own words.⟧''
Raghunathan, who left Kurro last year, did not respond to requests for comment.

### 006
@a Elif Karataş | A former quality-assurance manager at Marwick Pharmaceuticals
@b Joel Whitcombe-Hart | Her lawyer
@c Marwick Pharmaceuticals | -
@s - | a spokeswoman
@e Harriet Yoon | a pharmacologist at Easterbrook University
A former quality-assurance manager at Marwick Pharmaceuticals has accused the company of falsifying test results for a widely used blood-pressure drug, according to a lawsuit filed in federal court in Delmont on Monday.
Elif Karataş, who worked at the company's Brookfield plant from 2017 until she was dismissed in January, alleges that supervisors ordered staff to retest batches that had failed purity checks until they produced a passing result, a practice known in the industry as "⟦s:-|testing into compliance⟧".
"⟦d:a|When I raised it, I was told that the plant could not afford another failed batch that quarter,⟧" the complaint states. "⟦d:a|Within six weeks of my written report to the head of quality, I was removed from my position.⟧"
Her lawyer, Joel Whitcombe-Hart, said Karataş had "⟦p:b|done exactly what the law asks employees to do⟧".
"⟦d:b|She reported it internally, in writing, more than once. The company's answer was to get rid of her,⟧" he said.
Marwick Pharmaceuticals said it "⟦p:c|categorically rejects⟧" the allegations. "⟦d:s|Every batch of product we release meets the standards set by regulators. We will defend ourselves vigorously against these claims,⟧" a spokeswoman said.
The company said it had not been contacted by regulators about the Brookfield plant. The Food and Drug Safety Agency declined to comment.
Dr Harriet Yoon, a pharmacologist at Easterbrook University, said that if the allegations were true, the risk to patients would depend on the impurity involved. "⟦d:e|Some impurities are harmless at low levels. Others, like nitrosamines, are a real concern even in trace amounts,⟧" she said. "⟦d:e|That's why the test results matter so much.⟧"

### 007
@a Rafael Estévez-Lunt | Lumora’s co-founder and chief executive
@b Lumora | -
@c Wen-Li Zhou | a hardware analyst at Pinecrest Research
@d - | One developer who attended the launch
Lumora on Tuesday unveiled its first consumer augmented-reality glasses, the Lumora Halo, betting that a lighter design and a lower price will succeed where bulkier headsets from bigger rivals have struggled.
“⟦d:a|This is the first pair of smart glasses you’ll forget you’re wearing,⟧” Rafael Estévez-Lunt, Lumora’s co-founder and chief executive, told an audience of about 2,000 people at the launch event in San Teodoro. “⟦d:a|And that, honestly, is the whole point.⟧”
The glasses weigh 48 grams, about the same as a pair of ordinary sunglasses, and will go on sale in November for $599. They project notifications, directions and translated captions into the wearer’s field of view, and include a feature the company calls “⟦s:-|Glance⟧”, which summarises incoming messages.
Estévez-Lunt said Lumora had spent four years on the display. “⟦d:a|We threw away three complete designs. At one point our investors were asking whether we were building glasses or a time machine,⟧” he joked.
Wen-Li Zhou, a hardware analyst at Pinecrest Research, said the price was “⟦p:c|aggressive⟧” but questioned whether the battery, which the company says lasts four hours, would satisfy users.
“⟦d:c|Four hours is a morning, not a day,⟧” she said. “⟦d:c|People will love these in the demo and then leave them in a drawer.⟧”
Lumora said in a press release that a software update early next year would extend battery life “⟦p:b|by up to 30 per cent⟧”.
One developer who attended the launch was more enthusiastic. “⟦d:d|I’ve tried every headset on the market,⟧” he said. “⟦d:d|This is the first one where I didn’t feel sick after ten minutes.⟧”

### 008
@a Noor Al-Hadithi | its chief executive
@u - | one investor
@k Dev Kulkarni | My co-founder
Saltmarsh Robotics, founded in 2019 by its chief executive, Noor Al-Hadithi, builds robots that crawl through water mains looking for leaks and cracks. The company raised $45 million last month. Al-Hadithi, who once described the firm as "⟦p:a|a plumbing company that happens to own robots⟧", spoke to the Ledger about fundraising, near-failure and what comes next. The interview has been edited for length.
Q: Why pipes?
A: Because nobody else wanted to do it. Every city has thousands of miles of pipe that nobody has looked inside for fifty years. When I was pitching, one investor told me, "⟦d:u|Come back when you've found something sexier.⟧" I'm still looking.
Q: How close did the company come to failing?
A: Very close. In 2021 we had about seven weeks of cash. My co-founder, Dev Kulkarni, would walk in every morning and say, "⟦d:k|We are fine.⟧" It was a lie, but a useful one.
Q: What do the robots actually find?
A: Roots, mostly. Tree roots, and things people flush that they shouldn't. Our engineers keep the strangest finds on a shelf they call "⟦s:-|the museum⟧".
Q: Critics say inspections don't fix anything.
A: That's fair. An inspection is only useful if somebody acts on it. But you can't fix what you can't see.
Q: What's next?
A: Gas pipes. They are harder, and more dangerous, and frankly more important.

### 009
@a Cordelia Ashworth-Pryce | Judge
@b Pavel Novák | a partner at Brennan & Lusk who represents the plaintiffs
@c Quillon Therapeutics | -
@d Sunita Obeng | a professor of corporate law at Harlan University
A judge in Delmont has allowed shareholders of Quillon Therapeutics to proceed with a lawsuit accusing the company's directors of misleading investors about the results of a failed Alzheimer's drug trial.
In a 61-page ruling issued on Monday, Judge Cordelia Ashworth-Pryce rejected the directors' argument that their public comments about the trial were protected by the statutory safe harbour for "⟦s:-|forward-looking statements⟧".
"⟦d:a|The defendants did not merely express hope,⟧" the judge wrote. "⟦d:a|They described interim data as 'strongly positive' at a time when, on the plaintiffs' account, they had already been told by the trial's own statisticians that it was nothing of the kind.⟧"
She added that the plaintiffs had pleaded facts that, if proven, "⟦p:a|would support a strong inference of scienter⟧".
Quillon shares lost 71 per cent of their value in a single day in March last year when the company disclosed that the drug, QT-118, had failed to slow cognitive decline.
Pavel Novák, a partner at Brennan & Lusk who represents the plaintiffs, said the ruling was "⟦p:b|a significant step towards accountability⟧".
"⟦d:b|Investors were told one story while the directors were reading another,⟧" he said. "⟦d:b|Now we get to see the documents.⟧"
Quillon Therapeutics said it disagreed with the ruling. "⟦d:c|We continue to believe the claims are without merit, and we will defend the company and its directors vigorously,⟧" it said.
Sunita Obeng, a professor of corporate law at Harlan University, said cases that survived a motion to dismiss often ended in settlements. "⟦d:d|Discovery is expensive and embarrassing. Most boards would rather write a cheque than have their emails read out in court,⟧" she said.

### 010
@d Stratagem Cloud | the California-based software giant
@a Hélène Dufresne-Caron | co-founder of Givrex
@b Jean-Baptiste Ouellet | the province's economy minister
@c Marc-Antoine Lévesque | -
Stratagem Cloud, the California-based software giant, has agreed to buy Givrex, a Saint-Aubert start-up whose software predicts ice build-up on power lines, for about C$340 million, the companies said on Wednesday.
Givrex, founded in 2016 by three graduates of the Université de Rivière-Claire, employs 140 people. Stratagem said all would be offered jobs and that the Saint-Aubert office would become its «⟦p:d|centre of excellence for grid resilience⟧».
«⟦d:a|On ne vend pas son bébé sans pleurer un peu⟧», Hélène Dufresne-Caron, co-founder of Givrex, told a news conference in French. «⟦d:a|You don't sell your baby without crying a little.⟧»
She said the company's customers, utilities on four continents, needed «⟦p:a|a partner that can follow them anywhere in the world⟧».
Jean-Baptiste Ouellet, the province's economy minister, welcomed the deal but said he had sought guarantees. «⟦d:b|J'ai eu l'assurance que les emplois restent ici⟧», he said. («⟦d:b|I have been assured that the jobs stay here.⟧»)
Not everyone was pleased. Marc-Antoine Lévesque, who left Givrex last year to start his own company, wrote on LinkedIn that the sale marked «⟦p:c|one more homegrown success sold to Silicon Valley⟧».
«⟦d:c|Ten years from now, we'll be asking why we have no big companies of our own,⟧» he wrote.
«⟦d:d|Givrex's technology fits naturally with our platform for utilities, and we intend to keep investing in Saint-Aubert,⟧» Stratagem Cloud said in a statement.

### 011
@a Friederike Oßwald-Brenner | chief executive of Oßwald Präzisionstechnik and the granddaughter of its founder
@b Jürgen Haller | the insolvency administrator appointed by the court
@c Tanja Krüger | a works council member who has worked at the plant for 26 years
@d - | One employee
Oßwald Präzisionstechnik, a family-owned maker of machine-tool components based in Kleinfeld, filed for insolvency on Friday, blaming a collapse in orders from carmakers and rising energy costs.
The 84-year-old company employs 620 people. Friederike Oßwald-Brenner, chief executive of Oßwald Präzisionstechnik and the granddaughter of its founder, told staff at a meeting in the factory canteen that the business had run out of options.
"⟦d:a|Wir haben alles versucht⟧", she said. "⟦d:a|We tried everything.⟧"
"⟦d:a|Our customers in the car industry have cut their orders by 40 per cent in eighteen months,⟧" she said later in an interview. "⟦d:a|No company of our size can absorb that, no matter how good its engineers are.⟧"
Jürgen Haller, the insolvency administrator appointed by the court, said production would continue while he looked for a buyer. He put it plainly: "⟦d:b|There is real value here: the know-how, the machines, the customer relationships.⟧"
"⟦d:b|I am cautiously optimistic that we can preserve a large part of the business,⟧" he added.
Wages for the next three months will be covered by the state insolvency fund.
Tanja Krüger, a works council member who has worked at the plant for 26 years, said the mood among staff was grim. "⟦d:c|People are scared. Half of them have mortgages, and there aren't many jobs like these in Kleinfeld,⟧" she said.
One employee, leaving the meeting, shouted to waiting reporters: "⟦d:d|Write that it was the energy prices!⟧"

### 012
@a Maren Teodorescu | -
@b Jonas Ilunga | her husband
@c Kit | a barista who asked that her surname not be used
@d Brewlogic | a Kestrel Bay firm that sells AI-assisted roasting controls to small cafes
On a wet Tuesday morning in Portcallow, the roaster at Ash & Ember is doing something Maren Teodorescu never expected: deciding, more or less on its own, when the beans are done.
“⟦d:a|I used to stand here with a stopwatch and a notebook, sniffing,⟧” Maren says, nodding at the drum. “⟦d:a|Now the software listens for the first crack and adjusts the flame. I still sniff. Old habits.⟧”
Maren and her husband, Jonas Ilunga, opened the shop in a former bicycle repair workshop in 2018. Last year, facing rising bean prices and a shortage of experienced staff, they spent £18,000 on a system from Brewlogic, a Kestrel Bay firm that sells AI-assisted roasting controls to small cafes.
Jonas was the sceptic. “⟦d:b|I thought it was a gimmick. Coffee people are very romantic about their craft,⟧” he says. “⟦d:b|Then I looked at how many batches we were throwing away.⟧”
The couple say waste has fallen from about one batch in twelve to one in fifty.
Not everyone is convinced. Kit, 23, a barista who asked that her surname not be used, says regulars can taste the difference, though she admits she is not sure which way. “⟦d:c|Some days it’s more consistent. Some days it’s more boring,⟧” she says, laughing.
Brewlogic says about 400 roasters across the country now use its controls. “⟦d:d|Our aim is to give small businesses the consistency that big chains take for granted,⟧” the company said in an emailed statement.
For Maren, the appeal is time. “⟦d:a|I have a seven-year-old,⟧” she says. “⟦d:a|Every hour the machine saves is an hour I get to spend with her.⟧”

### 013
@a Amaru Quispe-Laine | an astronomer at the Corvara Observatory who led the study
@b Greta Holmqvist | a planetary scientist at the University of Ellesund who was not part of the team
Astronomers say they have found the clearest evidence yet of water vapour in the atmosphere of a rocky planet orbiting another star, a result that, if confirmed, would be a milestone in the search for habitable worlds.
The planet, known as TOI-8812 b, is about 1.4 times the size of Earth and orbits a small red star 48 light years away. The findings were published on Thursday in the Astrophysical Review.
Amaru Quispe-Laine, an astronomer at the Corvara Observatory who led the study, said the team had watched the planet pass in front of its star on six occasions, measuring how starlight filtered through its atmosphere.
"⟦d:a|Every time, we saw the same dip at the wavelengths where water absorbs light. Six for six. At some point you have to stop calling it noise,⟧" he said.
"⟦d:a:m|That does not mean there are oceans. It does not mean there is life. It means there is water vapour in the air of a rocky planet, and we have never been able to say that with this level of confidence before.⟧
"⟦d:a|The next question is whether the planet can hold on to it. Red dwarfs are violent stars, and they can strip an atmosphere away.⟧"
Greta Holmqvist, a planetary scientist at the University of Ellesund who was not part of the team, said the result was "⟦p:b|very exciting, and very fragile⟧".
"⟦d:b|Water signals from small planets have been announced before and then faded away when someone reanalysed the data,⟧" she said. "⟦d:b|I'd want to see an independent team reproduce this with a different instrument.⟧"
Quispe-Laine said his team had made its data public. "⟦d:a|Please, check our work,⟧" he said. "⟦d:a|That's how this is supposed to go.⟧"

### 014
@c - | a person with direct knowledge of the investigation
@a Corvin Albrecht-Nyquist | Its founder
@b Harbourside District Attorney's Office | -
@e Ifeoma Nwachukwu | a blockchain forensics specialist at Tracelight
@d Lucía Ferrández | a 41-year-old nurse who put her savings into the platform
Investigators examining the collapse of the cryptocurrency exchange Vaultmere have found that at least $180 million in customer deposits was transferred to accounts controlled by its founder in the months before the platform froze withdrawals, according to a person with direct knowledge of the investigation.
"⟦d:c|The money didn't vanish. It went somewhere very specific,⟧" the person said, speaking on condition of anonymity because the inquiry is continuing.
Vaultmere, which at its peak claimed 900,000 users, halted withdrawals on August 14. Its founder, Corvin Albrecht-Nyquist, has not been seen in public since. In a video posted to social media two days later, he said the exchange was facing "⟦p:a|a temporary liquidity crunch⟧" and that "⟦p:a|every customer will be made whole⟧".
The Harbourside District Attorney's Office confirmed on Monday that it had opened a criminal investigation. "⟦d:b|We are working with partners in several jurisdictions to trace the assets,⟧" the office said in a statement, declining to give further details.
Ifeoma Nwachukwu, a blockchain forensics specialist at Tracelight, said her firm had traced funds moving through a series of "⟦s:-|mixers⟧", services that obscure the origin of cryptocurrency.
"⟦d:e|It's a classic pattern. Break the money into small pieces, wash it through a few services, then bring it back together somewhere else,⟧" she said. "⟦d:e|What's unusual here is how little effort went into hiding the last step.⟧"
For customers, the wait goes on. Lucía Ferrández, a 41-year-old nurse who put her savings into the platform, has $23,000 locked in her account.
"⟦d:d|I keep refreshing the page like it's going to change,⟧" she said. "⟦d:d|He told us, 'Every customer will be made whole.' I want to know when.⟧"

### 015
@a Rosalind Mbeki-Hart | Mayor
@c NightLoom | the group
@d Tobias Rennick | the city's chief information officer
@b Dana Whitlock | Chief Inspector
@e - | one resident
The city of Wrenfield has refused to pay a ransom demanded by hackers who crippled its computer systems last week, leaving residents unable to pay parking fines, register births or get building permits approved.
“⟦d:a|We will not pay criminals, full stop,⟧” Mayor Rosalind Mbeki-Hart said at a news conference on Monday. “⟦d:a|Every dollar we hand over funds the next attack on the next city.⟧”
A group calling itself NightLoom claimed responsibility in a post on its leak site, demanding 45 bitcoin, about $2.9 million. “⟦d:c|Wrenfield has seven days. After that, the data of its citizens will belong to everyone,⟧” the group wrote.
Tobias Rennick, the city's chief information officer, said staff had shut down the network within hours of detecting the intrusion, which began with a phishing email sent to an employee in the finance department.
“⟦d:d|It was a well-crafted email. It looked exactly like an invoice from a supplier we use every month,⟧” he said. “⟦d:d|Somebody clicked, and that’s all it takes.⟧”
He said backups had not been affected and that most services should be restored within two weeks. Asked whether residents’ data had been stolen, he said: “⟦d:d|We have to assume some data was taken. We are still working out what.⟧”
Chief Inspector Dana Whitlock, who leads the regional police cybercrime unit, said officers were working with federal agencies. “⟦d:b|These groups operate from countries where we cannot easily reach them, but they make mistakes, and we are patient,⟧” she said.
At the city hall counter on Monday, residents queued to fill in paper forms. “⟦d:e|It’s like 1985 in here,⟧” one resident said. “⟦d:e|At least the pens work.⟧”

### 016
@a Voltreon | the battery start-up
@d Kjell-Arne Fossum | Voltreon's chief operating officer
@c Darnell Pike | the 34-year-old
@b Siobhan Mulcahy | regional organiser for the United Manufacturing Workers
@e - | A state economic development official
Voltreon, the battery start-up, said on Thursday it would lay off 900 workers at its plant in Gresham Falls and pause construction of a second production line, the latest sign of strain in an industry that expanded rapidly on expectations of soaring electric-vehicle sales.
The company said demand from carmakers had "⟦p:a|not materialised at the pace our customers projected⟧". "⟦d:a|These are painful decisions, and they affect people who helped build this company from nothing,⟧" Voltreon said.
Kjell-Arne Fossum, Voltreon's chief operating officer, told employees on a video call that the plant would keep running one line at reduced capacity. "⟦d:d|We are not closing Gresham Falls. I want to be very clear about that,⟧" he said, according to a recording reviewed by the Courier. "⟦d:d|But we are going to be smaller for a while.⟧"
Darnell Pike moved his family from Tennant County two years ago to take a job on the cell assembly line. On Thursday he learned, by email, that the job was gone.
"⟦d:c|They flew us in, put us up in hotels for the training, told us this was the future,⟧" the 34-year-old said. "⟦d:c|The future lasted twenty-two months.⟧"
Siobhan Mulcahy, regional organiser for the United Manufacturing Workers, said the union would push for severance beyond the legal minimum. "⟦d:b|These workers took a chance on this company. The least Voltreon can do is take care of them on the way out,⟧" she said.
A state economic development official, who spoke on condition of anonymity because talks with the company are private, said Voltreon had received $140 million in tax credits tied to employment targets. "⟦d:e|There are clawback provisions, and we intend to use them,⟧" the official said.

### 017
@a Ministry of Economic Security | -
@b Yusuf Demirel-Sand | Minister for Economic Security
@e Ravelin Lithography | the country’s largest chip-equipment maker
@c Aldmark Semiconductor Association | an industry body representing 60 chipmakers and equipment suppliers
@d Marit Eggers | a professor of international trade at the Technical University of Holmgard
Aldmark will require licences for exports of advanced chipmaking equipment to 14 countries from January, the government announced on Monday, a move it said was needed to stop sensitive technology being diverted for military use.
The Ministry of Economic Security said the rules would cover lithography and etching machines capable of producing chips at the most advanced nodes. “⟦d:a|The measures are narrowly targeted and proportionate to the risks we have identified,⟧” the ministry said in a statement.
At a press conference, Minister for Economic Security Yusuf Demirel-Sand rejected suggestions that the government had acted under pressure from allies. “⟦d:b|This is Aldmark’s decision, taken in Aldmark’s interest,⟧” the minister said. “⟦d:b|Nobody wrote it for us.⟧”
Ravelin Lithography, the country’s largest chip-equipment maker, said it expected the rules to affect about 8 per cent of its annual sales. “⟦d:e|We will comply fully, and we have been preparing for some time,⟧” the company said.
The Aldmark Semiconductor Association, an industry body representing 60 chipmakers and equipment suppliers, was more critical, warning that the licensing process could take months. “⟦d:c|Every week a licence sits on a desk is a week our customers spend talking to competitors,⟧” the association said.
Marit Eggers, a professor of international trade at the Technical University of Holmgard, said the rules were “⟦p:d|largely symbolic⟧” for now.
“⟦d:d|The most advanced machines were already effectively restricted. What matters is how wide the list becomes in two or three years,⟧” she said.

### 018
@a University of Brantwick | -
@b Ansel Marchbank | a social psychologist who has taught at Brantwick since 2004
@c Leontine Verhoeven | a statistician in Harlow Bay who writes about research integrity
@d Graham Tolliver | Marchbank's lawyer
@e Journal of Applied Social Behaviour | the journal
An investigation by the University of Brantwick has concluded that a prominent researcher fabricated data in at least four published studies, including a widely cited 2015 paper on honesty.
The university's report, released on Wednesday, found that Professor Ansel Marchbank, a social psychologist who has taught at Brantwick since 2004, had "⟦p:a|engaged in research misconduct by fabricating and falsifying data⟧" and recommended that he be dismissed.
"⟦d:a|The panel found a pattern of anomalies that cannot be explained by error, and Professor Marchbank was unable to provide the original records,⟧" the university said in a statement.
In a 2017 interview with this newspaper, Marchbank said his findings showed that "⟦p:b|small nudges can make people measurably more honest⟧".
The investigation was prompted by Leontine Verhoeven, a statistician in Harlow Bay who writes about research integrity, who noticed in 2022 that several columns in the honesty paper's data appeared to have been copied and pasted.
In a post on her blog, "⟦s:-|Second Look⟧", published hours after the report, Verhoeven wrote: "⟦d:c|I take no pleasure in this. But hundreds of studies cited this paper, and some of them were designed on the assumption that it was true.⟧"
Marchbank's lawyer, Graham Tolliver, said his client "⟦p:d|has never knowingly falsified anything⟧" and would appeal. "⟦d:d|The panel has taken messy record-keeping by research assistants and turned it into a story about fraud,⟧" Tolliver said.
The Journal of Applied Social Behaviour, which published the 2015 paper, said it had retracted the article. "⟦d:e|The editors no longer have confidence in the findings,⟧" the journal said in a retraction notice.

### 019
@b Caspian Rourke | The chief executive of the messaging app Tessel
@a Petra Lindahl-Osei | the committee's chair
@c Hamid Sorkhabi | an opposition member of the committee
The chief executive of the messaging app Tessel faced a testy hearing before the Digital Affairs Committee on Tuesday over the company's handling of reports of child exploitation on its platform.
Caspian Rourke, who founded Tessel in 2017, told the committee the company had tripled its safety staff in a year. His exchange with Petra Lindahl-Osei, the committee's chair, quickly grew tense.
"⟦d:a|How many of those staff work on reports in languages other than English?⟧" she asked.
"⟦d:b|I'd have to get back to you with the exact figure,⟧" Rourke replied.
"⟦d:a|Roughly?⟧"
"⟦d:b|Roughly? A few dozen.⟧"
"⟦d:a|A few dozen. For 40 million users outside the English-speaking world.⟧"
"⟦d:b|We also use automated tools, which work across languages.⟧"
"⟦d:a|Your own transparency report says those tools miss about a third of cases,⟧" Lindahl-Osei said.
Hamid Sorkhabi, an opposition member of the committee, later asked Rourke whether he would support a legal duty to report abuse within 24 hours. "⟦d:b|In principle, yes,⟧" Rourke said. "⟦d:b|The detail matters.⟧"
"⟦d:c|The detail always matters when it's your company,⟧" Sorkhabi said.

### 020
@a Skyvale Airways | the airline
@b Imogen Castellanos-Reid | Skyvale’s chief executive
@c - | An engineer at the airline’s operations centre
@d Bartholomew Ekwueme | a retired teacher travelling to his granddaughter’s wedding in Port Elsin
@e Passenger Advocacy Council | the council
More than 600 Skyvale Airways flights were cancelled on Saturday after a failure in the airline’s crew scheduling system left thousands of passengers stranded at airports across its network, some for more than 20 hours.
Skyvale said the problem was caused by “⟦p:a|a corrupted update⟧” to software supplied by an outside vendor and was “⟦p:a|not the result of a cyberattack⟧”.
“⟦d:a|We are truly sorry. This is not the service our customers expect or deserve,⟧” the airline said in a post on its website on Saturday evening.
Skyvale’s chief executive, Imogen Castellanos-Reid, said in a video message that most flights would run normally by Monday. “⟦d:b|Our teams have been working through the night to get crews and aircraft back where they need to be,⟧” she said.
An engineer at the airline’s operations centre, who was not authorised to speak publicly, said the update had been installed at 4 a.m. without being tested on a backup system. “⟦d:c|Someone pushed it straight to production on a Saturday morning. Nobody here could quite believe it,⟧” the engineer said.
At Harbourgate Airport, Bartholomew Ekwueme, a retired teacher travelling to his granddaughter’s wedding in Port Elsin, had been sleeping on a bench since midnight. “⟦d:d|They keep saying two more hours. They’ve said two more hours five times,⟧” he said.
The Passenger Advocacy Council said travellers were entitled to compensation of up to €600. “⟦d:e|Skyvale cannot blame a supplier and walk away from its legal obligations,⟧” the council said.

### 021
@b Food Standards Directorate | the directorate
@a Greenhollow Foods | -
@c Ayesha Qadri | an epidemiologist at Marlow University
Greenhollow Foods is recalling more than 200,000 bags of frozen spinach sold under its own brand and three supermarket labels after samples tested positive for listeria, the Food Standards Directorate said on Sunday.
"⟦d:b|Anyone who has these products at home should not eat them. Throw them away or return them to the shop,⟧" the directorate said. Greenhollow Foods said it was "⟦p:a|working closely with the authorities⟧" and that no illnesses had been reported.
Dr Ayesha Qadri, an epidemiologist at Marlow University, said listeria was particularly dangerous during pregnancy. "⟦d:c|Most healthy adults will be fine. But for pregnant women and older people, this is not a bug to take lightly,⟧" she said.

### 022
@a Tamsin Achebe-Lowe | co-founder and chief executive of Parcelwise
@b Gideon Farkas | the Northgale Ventures partner who led the round
@c Felipe Okonkwo-Reyes | her co-founder
@d - | one rival founder
Parcelwise, a start-up that uses software to pool deliveries from small online shops, has raised $72 million in a funding round that values it at about $600 million, despite a sharp slowdown in venture investment in logistics.
``⟦d:a|We're not a delivery company. We're a matchmaking company that happens to deal in boxes,⟧'' said Tamsin Achebe-Lowe, co-founder and chief executive of Parcelwise. ``⟦d:a|The vans already exist. We just make sure they're full.⟧''
Gideon Farkas, the Northgale Ventures partner who led the round, said the company's numbers stood out in a difficult market. ``⟦d:b|They are growing fast and they are close to breaking even. In logistics right now, that combination is rare,⟧'' he said.
Achebe-Lowe and her co-founder, Felipe Okonkwo-Reyes, started the company in their shared flat in 2020, at first delivering parcels themselves in a borrowed van.
``⟦d:c|Tamsin drove, I navigated, and we argued about the route every single day,⟧'' Okonkwo-Reyes recalled on a podcast last year. ``⟦d:c|Honestly, the software was invented to end our arguments.⟧''
Asked on the same podcast whether the business would ever turn a profit, Achebe-Lowe joked: ``⟦d:a|Ask me after Christmas. Everything in parcels is decided at Christmas.⟧''
Not everyone is convinced the model scales. ``⟦d:d|Pooling works beautifully in dense cities. Out in the suburbs, the maths gets ugly fast,⟧'' said one rival founder, who asked not to be identified because he was discussing a competitor.

### 023
@a Bram Holtzapfel | Munchbox chief executive
@b Munchbox | the company
@d - | one courier
@c Rhiannon ap Gwilym | a labour economist at Caerwen University
Munchbox chief executive Bram Holtzapfel has apologised for a social media post in which he told couriers unhappy with their pay to "⟦p:a|find a job that suits you better⟧".
The post, published late on Sunday on the platform Lattice, was viewed more than four million times before it was deleted on Monday morning. "⟦d:a|If delivering food on your own schedule isn't working for you, that's fine. There are lots of other jobs out there. Find a job that suits you better,⟧" Holtzapfel had written.
On Monday afternoon he posted again. "⟦d:a|My post last night was thoughtless and wrong. Couriers are the heart of Munchbox, and I let them down. I'm sorry,⟧" he wrote.
The company said Holtzapfel's comments "⟦p:b|do not reflect our values⟧" and that it would meet courier representatives this week.
The apology did little to calm couriers, dozens of whom logged off the app on Monday evening in protest, some carrying signs that read "⟦s:-|Find a CEO who suits us better⟧".
"⟦d:d|He said what they all think. The apology is because people saw it,⟧" one courier said outside the company's depot on Halden Street.
Rhiannon ap Gwilym, a labour economist at Caerwen University, said the episode showed how exposed gig companies were to their leaders' online habits. "⟦d:c|Investors have spent years asking these firms to prove couriers are treated fairly. One post undid a lot of careful PR,⟧" she said.

### 024
@a Ferrand Capital | the activist investor that owns 6.2 per cent of Ostrom Chemicals
@b Lucien Ferrand-Moss | the fund’s founder
@c Ostrom Chemicals | the company
@d Eleanor Vasquez | Ostrom’s chief executive
@e - | A longtime Ostrom investor who declined to be named
Ferrand Capital, the activist investor that owns 6.2 per cent of Ostrom Chemicals, has called for the company’s chief executive to be replaced and for its coatings division to be sold, in a letter to the board made public on Tuesday.
The letter, signed by the fund’s founder, Lucien Ferrand-Moss, accuses Ostrom’s management of “⟦p:b|a decade of drift⟧” during which its shares have returned less than half as much as those of its peers.
“⟦d:b:m|Ostrom has some of the best chemists in the industry and some of the worst capital allocation. The board has approved four acquisitions in six years. Not one of them has earned its cost of capital.⟧
“⟦d:b|We do not say this lightly: the company needs new leadership, and it needs it before the next annual meeting,⟧” Ferrand-Moss wrote.
Ostrom Chemicals said its board would “⟦p:c|review the letter carefully⟧”. “⟦d:c|We welcome constructive engagement with all of our shareholders,⟧” the company said, adding that it had already begun a review of its portfolio.
Speaking at an industry conference in Lindenport on Wednesday, Ostrom’s chief executive, Eleanor Vasquez, did not address the letter directly. “⟦d:d|I’m not going to negotiate in public,⟧” she insisted when asked about it. “⟦d:d|What I will say is that our plan is working, and the numbers next quarter will show it.⟧”
Ferrand Capital has run 11 similar campaigns since 2015 and won board seats in seven of them. “⟦d:a|We are patient, but we are not passive,⟧” the fund said in a separate statement.
A longtime Ostrom investor who declined to be named said the letter would resonate with other shareholders. “⟦d:e|People have been grumbling about the coatings business for years. Ferrand just said it out loud,⟧” the investor said.

### 025
@c Superintendency of the Environment | -
@a José Luis Ibáñez-Rojas | general manager of Minera Andesur
@b Rosa Mamani Choque | a leader of the indigenous community of Pacolla
@d Catalina Riquelme | a hydrologist at the Universidad del Altovalle
Regulators in Altovalle have ordered Minera Andesur to cut the amount of brine it pumps from the Pacolla salt flat by 40 per cent, after finding that the company's lithium operations had lowered groundwater levels near two lagoons used by flamingos and local herders.
The Superintendency of the Environment said in its ruling that the company had "⟦p:c|failed to detect and report⟧" the decline for at least three years. "⟦d:c|The monitoring plan approved in 2018 was not followed,⟧" the ruling said.
José Luis Ibáñez-Rojas, general manager of Minera Andesur, said the company would comply while it appealed. "⟦d:a|Respetamos a la autoridad, pero no compartimos sus conclusiones⟧", he told a local radio station. ("⟦d:a|We respect the authority, but we do not share its conclusions.⟧")
In a later statement he said the company's own data showed the lagoons' water levels were "⟦p:a|within the range of natural variation⟧".
Rosa Mamani Choque, a leader of the indigenous community of Pacolla, said herders had been warning about the lagoons for years. "⟦d:b|Nos dijeron que estábamos exagerando,⟧" she said. "⟦d:b|They told us we were exaggerating. Now the government says we were right.⟧"
Catalina Riquelme, a hydrologist at the Universidad del Altovalle, said the ruling could set a precedent. "⟦d:d|For the first time, the regulator is treating the lagoons and the brine as one system, which is what they are,⟧" she said.

### 026
@a Oluwaseun Adebayo-Clarke | a paediatric neurologist at St Brannoc's Children's Hospital who led the trial
@b Kateryna Hrytsenko | His mother
@c Verdant Genomics | the trial's sponsor
@e Medicines Regulatory Agency | -
Children with a rare inherited muscle-wasting disease who received a one-time gene therapy could walk further and climb stairs faster two years later than children who did not, according to trial results presented on Saturday at the Congress of Paediatric Neurology in Valmora.
Of the 34 children treated, 29 were still walking unaided after two years, compared with 11 of 30 in an untreated comparison group.
"⟦d:a|These are children who, at this age, would normally be starting to lose the ability to walk,⟧" said Dr Oluwaseun Adebayo-Clarke, a paediatric neurologist at St Brannoc's Children's Hospital who led the trial. "⟦d:a|To see most of them still walking, and some of them running, is not something I expected to see in my career.⟧"
She cautioned that two years was a short time in a lifelong disease, and that three children had developed liver inflammation that required treatment with steroids.
"⟦d:a|We have to be honest about the risks, and we have to keep following these children for many years,⟧" she said.
Kateryna Hrytsenko's son, Mykola, was among the first children treated. His mother said the eight-year-old had recently started playing football at school.
"⟦d:b|Before the treatment he was falling every day. Now he falls because he is playing, like other boys,⟧" she said.
Verdant Genomics, the trial's sponsor, said it would apply for approval next year. It has not said what it would charge, but similar therapies have been priced at more than $2 million per patient.
"⟦d:c|We are committed to working with health systems to make sure that children who can benefit have access,⟧" the company said.
The Medicines Regulatory Agency said it would review any application "⟦p:e|as quickly as the evidence allows⟧".

### 027
@a Transport Safety Investigation Bureau | the bureau
@e Ingeborg Sæther | the bureau’s lead investigator
@b Drivara | the robotaxi operator
@c Consuelo Márquez | -
@d Ethan Lau | a former safety engineer at Drivara
A driverless taxi operated by Drivara failed to recognise a cyclist partly hidden by a delivery van before striking her at 27 miles an hour in Corrington last month, investigators said on Thursday in a preliminary report.
The Transport Safety Investigation Bureau said the vehicle’s software had classified the cyclist as “⟦p:a|an unknown static object⟧” for 1.4 seconds and had begun braking only 0.6 seconds before the collision. The cyclist, a 29-year-old graduate student, suffered a broken pelvis and is recovering.
“⟦d:e|The vehicle saw something. It did not understand what it was seeing, and it did not slow down while it worked it out,⟧” the bureau’s lead investigator, Ingeborg Sæther, told reporters. “⟦d:e|That is the central question for our investigation.⟧”
The report does not assign blame; a final report is expected next year.
Drivara, the robotaxi operator, said it had already updated its software. “⟦d:b|The safety of everyone on the road is our first priority, and we have cooperated fully with investigators,⟧” the company said.
Consuelo Márquez was waiting at a bus stop across the street when the crash happened. “⟦d:c|The car didn’t swerve, it didn’t honk, nothing,⟧” she said. “⟦d:c|It just kept going like she wasn’t there.⟧”
Ethan Lau, a former safety engineer at Drivara, said the report raised questions about how the company tested its systems. “⟦d:d|Partly hidden cyclists are a textbook scenario. If the software wasn’t handling that reliably, it should have been caught long before the cars were carrying passengers,⟧” he warned.
The bureau said in a statement that it was also examining “⟦p:a|the company’s safety management processes⟧”.

### 028
@a Prudential Conduct Authority | -
@c Mariana Duarte-Whyte | executive director of enforcement at the authority
@d - | One former compliance officer at Harcastle
@e Cyril Ambrose | Harcastle's chief executive
Harcastle Bank has been fined £84 million for failing to check the source of money flowing through the accounts of hundreds of high-risk customers, including a network of shell companies later found to be laundering the proceeds of fraud.
In its final notice, the Prudential Conduct Authority said the bank's controls had been "⟦p:a|inadequate at every level⟧" between 2017 and 2022, and that warnings from its own staff had been "⟦p:a|repeatedly ignored or downgraded⟧".
"⟦d:c|Banks are the gatekeepers of the financial system. Harcastle left the gate open, and criminals walked through it,⟧" said Mariana Duarte-Whyte, executive director of enforcement at the authority.
The notice describes how one account, opened for a company registered to a residential address in Fenmoor, received more than £40 million in 18 months. Automated alerts on the account were closed by staff "⟦p:a|without adequate investigation⟧" on 212 occasions, the authority said.
One former compliance officer at Harcastle, who left the bank in 2021, said staff had been under pressure to clear alerts quickly. "⟦d:d|There were targets for how many alerts you closed a day. Nobody ever asked how many you got right,⟧" the former officer said.
Harcastle's chief executive, Cyril Ambrose, said the bank accepted the findings. "⟦d:e|We fell short of the standards expected of us, and of the standards we expect of ourselves,⟧" he said in a statement. "⟦d:e|We have since invested more than £200 million in our financial crime controls.⟧"
The fine was reduced by 30 per cent because the bank agreed to settle. Harcastle said it had set aside the full amount in last year's accounts.

### 029
@b Redwatch Security | the firm that first spotted the code
@c Anand Sethuraman | Redwatch's head of research
@a Ottilie Brandvold | the volunteer who has maintained the library for nine years
@d Open Code Foundation | the foundation
A widely used open-source compression library was quietly altered to include a hidden backdoor by a contributor who had spent two years gaining the trust of its only maintainer, according to security researchers who discovered the code last week.
The library, known as "⟦s:-|tinyzip⟧", is downloaded about 30 million times a week and is built into thousands of software products. The malicious version was caught before it reached most commercial software.
Redwatch Security, the firm that first spotted the code, said it had been designed to let an attacker run commands on servers that used the library to decompress files. "⟦d:b|This was patient, professional work. Whoever did this was prepared to wait years for the payoff,⟧" the firm said in a blog post.
Redwatch's head of research, Anand Sethuraman, said the attacker's account, which used the name "⟦s:-|kestrel_dev⟧", had contributed hundreds of genuine bug fixes before slipping in the backdoor.
"⟦d:c|They built a reputation one small fix at a time. By the end, the maintainer was merging their changes with barely a glance. Honestly, most of us would have done the same,⟧" he admitted.
Ottilie Brandvold, the volunteer who has maintained the library for nine years, wrote in a post on the project's page that she felt "⟦p:a|sick and stupid⟧".
"⟦d:a:m|I maintain this in my evenings, for free. Two years ago someone turned up who was kind and helpful and seemed to care about the project as much as I did. I was grateful. I was tired.⟧
"⟦d:a|I don't know what the answer is. But it can't be that critical infrastructure depends on one tired person's evenings.⟧"
The Open Code Foundation, which hosts the project, said it would pay for a security review and a second maintainer. "⟦d:d|We owe Ottilie an apology, and a lot more than that,⟧" the foundation said.

### 030
@b Anders Halloway | A former senior executive at the search company Searchly
@a Corinne Mwangi-Fischer | a lawyer for the Competition Division
@c Bertrand Kiplagat | Judge
A former senior executive at the search company Searchly acknowledged in court on Wednesday that he had described a deal to become the default search engine on Pellucid phones as “⟦p:b|a moat we rent by the year⟧”, as the government’s antitrust case against the company entered its third week.
Anders Halloway, who ran partnerships at Searchly until 2022, was questioned for most of the day by Corinne Mwangi-Fischer, a lawyer for the Competition Division.
She showed him an email he had sent to colleagues in 2019. “⟦d:b|If we lose Pellucid, we lose a fifth of mobile queries overnight, and nobody gets those back,⟧” he had written.
“⟦d:a|Did you believe that when you wrote it?⟧” Mwangi-Fischer asked.
“⟦d:b|I believed it was a risk,⟧” Halloway said.
“⟦d:a|A risk that you paid $4 billion a year to avoid?⟧”
“⟦d:b|We paid for a partnership that was good for users.⟧”
“⟦d:a|Then why call it a moat?⟧”
There was laughter in the courtroom. Judge Bertrand Kiplagat asked the gallery for quiet. “⟦d:c|This is not a theatre,⟧” he said.
Under questioning from Searchly’s lawyers, the former executive said the phrase had been “⟦p:b|a bad joke in an internal email⟧”. “⟦d:b|People write loosely in emails. I certainly did,⟧” he said.
The trial is expected to last ten weeks.

### 031
@a Sigrún Halldórsdóttir | a glaciologist at the Polar Research Institute in Skarvik who led the drilling
@b Mateus Carvalho-Lind | Her colleague
@c Jonah Whitfield | a climate scientist at Danbury College who reviewed the paper for the journal
A 1.2-million-year-old ice core drilled from the high plateau of Eastern Varnland has given scientists their longest continuous record of Earth’s atmosphere, and suggests that a long-debated shift in the rhythm of ice ages was linked to a fall in carbon dioxide.
The results, published on Wednesday in Climate Archives, are based on 2.7 kilometres of ice recovered over five drilling seasons.
“⟦d:a|Every centimetre near the bottom holds about a thousand years. We were handling that ice like it was made of glass, because in a sense it was,⟧” said Sigrún Halldórsdóttir, a glaciologist at the Polar Research Institute in Skarvik who led the drilling.
About a million years ago, ice ages switched from arriving every 41,000 years to roughly every 100,000 years. Scientists have long argued about why.
Her colleague Mateus Carvalho-Lind, who analysed the air trapped in bubbles in the ice, said the record showed carbon dioxide levels during cold periods falling sharply around the time of the switch.
“⟦d:b:m|The cold periods got colder, in terms of carbon dioxide. That seems to have let the ice sheets survive summers that would previously have melted them, so they kept growing for longer.⟧
“⟦d:b:m|We are not saying CO₂ is the whole story. The oceans changed, the ice sheets changed. But this is the first time we can see the gas itself across the transition, rather than inferring it.⟧
“⟦d:b|For a field that has argued about this for forty years, that is a big deal.⟧”
Jonah Whitfield, a climate scientist at Danbury College who reviewed the paper for the journal, said the core was “⟦p:c|a remarkable piece of work⟧” but that the very bottom of the ice needed careful interpretation. “⟦d:c|Deep ice can be folded and mixed by the flow of the glacier. They’ve been careful, but I’d like to see a second core,⟧” he said.
Halldórsdóttir said a second core was already planned. “⟦d:a|Ask me again in six years,⟧” she said.

### 032
@a Nkechi Obi-Adeyemi | The chief technology officer of Gridspan
@b Folake Obi | Her mother
@c Ruairí Ó Dálaigh | Gridspan's co-founder
@d Samuel | an engineer on her team who joined from a power utility
At 6.45 on a Monday morning, Nkechi Obi-Adeyemi is already on her second call. The chief technology officer of Gridspan, a company whose software helps power grids absorb surges of solar and wind power, spends much of her week talking to engineers in time zones she has to look up.
"⟦d:a|I sleep on planes,⟧" she says. "⟦d:a|Not well, but I sleep.⟧"
Nkechi grew up in the port city of Abaraka, where the family lived with frequent blackouts. Her mother, Folake Obi, was an electrical engineer at the state power company.
"⟦d:a|When the lights went out, my mother would tell us exactly which substation had failed and why,⟧" Nkechi says. "⟦d:a|Other children got bedtime stories. We got fault analysis.⟧"
Her mother laughs at this. "⟦d:b|It's true. I thought they should know the grid was not magic,⟧" she says.
Gridspan's co-founder, Ruairí Ó Dálaigh, met Nkechi at a conference in 2015 where she had, in his words, "⟦p:c|politely destroyed⟧" his presentation.
"⟦d:c|She stood up at question time and explained, very kindly, why my model would fail in any real grid. She was right. I asked her to lunch,⟧" he says.
Her team describes her as demanding but fair. Samuel, an engineer on her team who joined from a power utility, says she reads every incident report herself. "⟦d:d|You write it thinking nobody will read past page two, and then she calls you about page nine,⟧" he says.
Asked what keeps her up at night, Nkechi doesn't hesitate. "⟦d:a|Heatwaves. Everyone switches on the air-conditioning at the same time, the solar drops off in the evening, and for an hour the whole system is on a knife edge,⟧" she says.

### 033
@b Radhika Bellamy-Sen | a former director of corporate development at Orvane Biosciences
@a Eastmoor County District Attorney's Office | -
@d Securities and Markets Commission | -
@e Hollis Grant | the commission's enforcement director
@c Leonard Szabo | Her lawyer
A former executive at Orvane Biosciences has been charged with making more than $3 million by trading on confidential information about her employer's takeover talks, prosecutors said on Tuesday.
Radhika Bellamy-Sen, 46, a former director of corporate development at Orvane Biosciences, bought options in the company through accounts held in the names of her brother-in-law and a college friend in the weeks before Orvane agreed to be acquired by Halberd Pharma, according to an indictment unsealed in Eastmoor.
The indictment quotes text messages in which Bellamy-Sen allegedly told her brother-in-law to "⟦p:b|buy before the 14th and don't ask me why⟧".
"⟦d:a|Corporate insiders who treat confidential deal information as a personal piggy bank will be found and prosecuted,⟧" the Eastmoor County District Attorney's Office said in a statement.
The Securities and Markets Commission filed a parallel civil complaint describing the trading as "⟦p:d|brazen and repeated⟧". Hollis Grant, the commission's enforcement director, said the trades had been flagged by the agency's data analytics unit. "⟦d:e|The timing and the size of these positions stood out immediately. Options that had barely traded for months suddenly became very popular,⟧" he said.
Her lawyer, Leonard Szabo, said Bellamy-Sen would plead not guilty. "⟦d:c|My client has had a long and honourable career. She looks forward to answering these allegations in court, not in a press release,⟧" he said.
Orvane, now part of Halberd, said it was cooperating with the authorities.

### 034
@a Tallyo | the digital bank
@b - | one user
@e Hayley Okoro | a nurse in Brackenridge
@c Graciela Montalbán-Ortiz | Tallyo’s founder
@d Leopold Arkwright | the financial ombudsman
Customers of Tallyo, the digital bank, were unable to make payments or see their balances for most of Friday after what the company called a “⟦p:a|temporary glitch⟧” in its systems.
The outage, which began at about 7 a.m. and lasted more than nine hours, affected all of Tallyo’s 2.4 million customers. Many took to social media to complain.
“⟦d:b|My rent payment bounced and now my landlord is charging me a late fee. Nine hours, no explanation, just a cartoon of a sad piggy bank,⟧” one user wrote on Lattice.
Hayley Okoro, a nurse in Brackenridge, said she had been unable to pay for groceries after a night shift. “⟦d:e|I stood at the till with a full trolley and my card just kept saying declined,⟧” she said. “⟦d:e|I had to put everything back.⟧”
In an email to customers on Friday evening, Tallyo’s founder, Graciela Montalbán-Ortiz, apologised. “⟦d:c|Today we let you down. A change to our database infrastructure did not go as planned, and our fallback systems did not work as they should have,⟧” she wrote. “⟦d:c|Nobody’s money was lost. But that is not the point.⟧”
Tallyo said customers charged fees by other companies as a result of the outage would be reimbursed. “⟦d:a|Send us the details and we’ll cover it,⟧” the bank said.
Leopold Arkwright, the financial ombudsman, said he expected Tallyo to compensate customers “⟦p:d|fairly and quickly⟧”. “⟦d:d|Banks that exist only as an app have to be held to the same standards of resilience as anyone else,⟧” he said.

### 035
@b Gerhard Vollmer-Ames | chief executive of Alvenor Pharmaceuticals
@a Marla Quint | Sen.
@d Tricia Boateng | a patient advocate from Millbrook whose daughter has type 1 diabetes
The head of one of the country's largest insulin makers defended his company's prices at a Senate hearing on Thursday, telling lawmakers that list prices "⟦p:b|no longer reflect what most patients pay⟧".
Gerhard Vollmer-Ames, chief executive of Alvenor Pharmaceuticals, said the company had capped out-of-pocket costs at $35 a month for insured patients. "⟦d:b|We have heard the criticism, and we have acted on it,⟧" he said.
Sen. Marla Quint, who chairs the health committee, was unimpressed. "⟦d:a|You've capped the price for people with good insurance. What about the people who have none?⟧" she asked.
"⟦d:b|For uninsured patients we offer a discount programme,⟧" Vollmer-Ames said.
"⟦d:a|Which requires a four-page application and proof of income,⟧" Quint said. "⟦d:a|I've read it. I have a law degree and it took me twenty minutes.⟧"
Tricia Boateng, a patient advocate from Millbrook whose daughter has type 1 diabetes, testified later in the day. She said her family had once rationed insulin while between jobs.
"⟦d:d:m|I would lie awake doing arithmetic. How many units does she need, how many do we have, how many days until payday.⟧
"⟦d:d|No parent should be doing that arithmetic in a country this rich.⟧"
After the hearing, Quint told reporters she would introduce legislation to cap insulin prices for all patients. "⟦d:a|They had their chance to fix this voluntarily,⟧" she said.

### 036
@c Arthur Pemberton-Vale | chief executive
@b Yevgenia Salminen | Northmoor's finance director
@d Kofi Mensah-Bright | an analyst at Dunmore Securities
@e - | One large shareholder
Northmoor Energy reported its highest quarterly profit in two years on Thursday as higher gas prices and a strong performance from its trading division offset a fall in output from its ageing offshore fields.
Net profit for the third quarter rose to £1.9 billion from £1.2 billion a year earlier. The company raised its dividend by 8 per cent and announced a further £500 million of share buybacks.
"⟦d:c|This is a business that is generating a lot of cash, and we think the right thing to do with much of it is to give it back to shareholders,⟧" chief executive Arthur Pemberton-Vale told analysts.
Yevgenia Salminen, Northmoor's finance director, said output would fall again next year as two fields in the Skerry Basin approached the end of their lives. "⟦d:b|We've been clear about the decline,⟧" she said. "⟦d:b|What matters is that the new projects come on stream on time, and so far they are.⟧"
Kofi Mensah-Bright, an analyst at Dunmore Securities, asked whether the company was spending enough on low-carbon projects, which accounted for 11 per cent of capital spending this year.
"⟦d:c|We'll spend more when we find projects that earn a proper return. We won't spend money just to hit a percentage,⟧" Pemberton-Vale replied.
In a note afterwards, Mensah-Bright wrote that the results were "⟦p:d|strong on the numbers, thin on the strategy⟧". "⟦d:d|Investors are being paid to wait. The question is what they're waiting for,⟧" he wrote.
One large shareholder was blunter. "⟦d:e|Buybacks are a fine way of running a company down slowly,⟧" the investor said, speaking on condition of anonymity.

### 037
@c Optivex | the maker of precision mirrors used in chipmaking machines
@a Pieter van der Meulen | chief executive of Optivex
@b Annelies de Wit-Bakker | the company's head of research
@d Maarten ter Horst | a semiconductor analyst at Havenstad Securities
Optivex, the maker of precision mirrors used in chipmaking machines, said on Wednesday it would build a €1.1 billion factory next to its headquarters in Veldenburg, its largest investment since it was founded in 1987.
"⟦d:a|Our customers are telling us they will need twice as many mirrors by 2030. We can either build now or apologise later,⟧" said Pieter van der Meulen, chief executive of Optivex.
Van der Meulen said the company had considered building abroad but chose to stay because of its workforce. "⟦d:a|You cannot hire people who polish glass to within a few atoms of perfect off a job board. They are here,⟧" he said.
The factory will employ about 700 people. Annelies de Wit-Bakker, the company's head of research, said the mirrors being developed for the next generation of machines were "⟦p:b|the hardest thing we have ever tried to make⟧".
"⟦d:b|Each one takes months. If there's a single flaw, we start again,⟧" De Wit-Bakker said.
Maarten ter Horst, a semiconductor analyst at Havenstad Securities, called the investment "⟦p:d|bold but sensible⟧". The risk, Ter Horst said, was that chip demand could fall just as the factory opened. "⟦d:d|This industry has a habit of building capacity at exactly the wrong moment. But Optivex has very few competitors, so it can afford to be early,⟧" he said.
Optivex said construction would begin in the spring. "⟦d:c|We expect the first mirrors to leave the new plant in 2028,⟧" the company said.

### 038
@a Céline Morand-Aebi | Judge
@c Privacy Watch Vaudrel | a consumer group
@b Lunaria Health | the company
@d Anouk Chappuis | a data-protection lawyer in Genvaz
A court in Genvaz has ruled that the period-tracking app Lunaria broke data-protection law by sharing users' health information with advertising companies without their clear consent, and ordered it to stop within 30 days.
In a judgment published on Tuesday, Judge Céline Morand-Aebi wrote that the app's consent screen was «⟦p:a|designed to be clicked past, not read⟧».
«⟦d:a|Information about a woman's menstrual cycle, her pregnancy or her attempts to become pregnant is among the most intimate data there is. It cannot be traded on the strength of a grey button at the bottom of a screen,⟧» she wrote.
The case was brought by Privacy Watch Vaudrel, a consumer group. «⟦d:c|This is a victory for every user who was told their data was safe,⟧» Privacy Watch Vaudrel said in a statement.
Lunaria Health, which makes the app, said it would appeal. «⟦d:b|We have always been transparent with our users and we disagree with the court's interpretation of the law,⟧» the company said.
Anouk Chappuis, a data-protection lawyer in Genvaz, said the ruling could affect many other apps. «⟦d:d|Le tribunal a dit clairement que le consentement doit être réel⟧», she said. «⟦d:d|The court has said clearly that consent has to be real.⟧»
«⟦d:d|That is a message for the whole industry, not just for Lunaria,⟧» she added.

### 039
@a Delphine Okafor-Strand | managing partner at Tidewater Climate Fund
@u - | a founder
@h Hartmut Lindqvist | My old boss
Delphine Okafor-Strand, managing partner at Tidewater Climate Fund, has backed more than 40 start-ups working on cement, fertiliser, shipping and other hard-to-clean industries. The firm's motto, painted on the wall of its office, is "⟦s:-|Boring is beautiful⟧". Last month she said climate investing was "⟦p:a|entering its grown-up phase⟧". She spoke to the Ledger; the interview has been condensed.
Q: Why boring?
A: Because the exciting stuff gets funded anyway. Nobody needs me to back another flying car. Who is fixing cement? Who is fixing fertiliser?
Q: What is the hardest part of the job?
A: Saying no. I had a founder tell me last year, "⟦d:u|You'll regret this for the rest of your life.⟧" He may be right. His company is doing well.
Q: Are investors losing interest in climate?
A: Some of the tourists have left, and I'm fine with that. My old boss, Hartmut Lindqvist, used to say, "⟦d:h|Money that arrives in a hurry leaves in a hurry.⟧"
Q: What would you tell a founder starting out?
A: Find a customer before you find an investor.

### 040
@a Cerulean Labs | the Port Ardent-based AI company
@b Yaw Boakye-Lindgren | Cerulean’s chief scientist
@c Margarethe Falk | a computer scientist at the University of Ostheim who studies AI evaluation
@d - | A researcher at a rival lab who spoke on condition of anonymity
@e Ivo Petrović | a software developer who tested an early version
Cerulean Labs, the Port Ardent-based AI company, released a new version of its language model on Monday that it says makes up facts far less often than its predecessor, a problem researchers call “⟦s:-|hallucination⟧”.
The company said the model, Meridian 3, answered questions about a set of 5,000 documents with “⟦p:a|roughly half the error rate⟧” of the previous version. “⟦d:a|Reliability is the thing our business customers ask about first, and it is the thing we have worked hardest on,⟧” Cerulean said in a blog post.
Cerulean’s chief scientist, Yaw Boakye-Lindgren, said the improvement came largely from training the model to say when it did not know an answer. “⟦d:b|The old model would rather invent a citation than admit ignorance. We spent a lot of effort teaching this one that ‘I don’t know’ is a perfectly good answer,⟧” he said.
Margarethe Falk, a computer scientist at the University of Ostheim who studies AI evaluation, said the company’s figures were hard to check because the test set had not been published. “⟦d:c|Companies grade their own homework in this field all the time,⟧” she said. “⟦d:c|Until outsiders can run the same tests, I’d treat the numbers as marketing.⟧”
A researcher at a rival lab who spoke on condition of anonymity was more generous. “⟦d:d|From what we’ve seen, it really is better. Not half as bad, maybe, but better,⟧” the researcher said.
Ivo Petrović, a software developer who tested an early version, said the model had become more cautious, sometimes to a fault. “⟦d:e|I asked it what day of the week Christmas falls on this year and it told me to check a calendar,⟧” he said. “⟦d:e|Which, fine. But come on.⟧”

### 041
@b Wilhelmina Roux | a geotechnical engineer who wrote the 2021 report
@c Hugo Castellane | then Thornbury's head of operations in the Kessel Valley
@e Mining Inspectorate | the inspectorate
@d - | A second person familiar with the company's internal discussions
@a Thornbury Mining | the company
@f Nomvula Dlamini-Hart | the 63-year-old grandmother
Thornbury Mining was warned at least three times in two years that a tailings dam at its Kessel Valley copper mine was at risk of failure, but delayed repairs to save money, according to internal documents obtained by the Ledger.
The documents, which include engineering reports, emails and minutes of management meetings, show that an engineering report in 2021 recommended that the dam be reinforced "⟦p:b|as a matter of urgency⟧".
In a memo dated March 2022, Hugo Castellane, then Thornbury's head of operations in the Kessel Valley, wrote that the repairs could be "⟦p:c|deferred to FY24 without material additional risk⟧".
"⟦d:c|Given copper prices, I'd propose we defer the buttressing works and revisit in 12 months. The monitoring data does not suggest imminent failure,⟧" the memo says.
The dam has not failed. But in August, after heavy rains, the Mining Inspectorate ordered the mine to stop depositing waste in it and to evacuate 40 households downstream.
Wilhelmina Roux, a geotechnical engineer who wrote the 2021 report, confirmed its contents to the Ledger. She said she was speaking publicly for the first time because she feared a disaster.
"⟦d:b|I wrote 'urgent' because it was urgent. I have worked on dams on four continents, and I do not use that word lightly,⟧" she said.
"⟦d:b|When I heard they had deferred it to save money, I felt sick. Every year you wait, the water finds new paths through the wall.⟧"
A second person familiar with the company's internal discussions said Castellane's memo had been approved by senior management. "⟦d:d|It wasn't one man's decision. It went up the chain and came back down with a tick on it,⟧" the person said.
Thornbury Mining said in a statement that it "⟦p:a|has never knowingly put communities at risk⟧" and that the dam had been "⟦p:a|continuously monitored⟧". "⟦d:a|Decisions on the timing of works were taken on the basis of the best engineering advice available at the time,⟧" the company said. Castellane, who now works for another mining company, did not respond to requests for comment.
Nomvula Dlamini-Hart, who has lived two kilometres below the dam for 30 years, was among those evacuated. "⟦d:f|They told us it was safe. Every meeting, they told us it was safe,⟧" the 63-year-old grandmother said from a relative's house. "⟦d:f|Now I sleep on my sister's floor and I read in the newspaper that they knew.⟧"
The Mining Inspectorate said it was reviewing the documents. "⟦d:e|If the reporting is accurate, it raises very serious questions,⟧" the inspectorate said.

### 042
@a Fair Trading Agency | -
@b Selwyn Oduro | the agency's chief executive
@c Brambles Supermarkets | the country's second-largest grocer
@e Magnus Hollingsworth | a former category manager at a rival chain
@d Fairbasket | a consumer group
The Fair Trading Agency has opened an investigation into suspected price coordination among the country's four largest supermarket chains, after finding that their prices for dozens of everyday products moved in near-lockstep over the past three years.
The agency said it had ``⟦p:a|reasonable grounds to suspect⟧'' that the chains had exchanged commercially sensitive information through a shared data supplier. Officials visited the headquarters of two of the companies on Tuesday.
``⟦d:b|Families have been paying more for bread, milk and nappies at a time when they could least afford it. If that is because of unlawful conduct, we will put a stop to it,⟧'' the agency's chief executive, Selwyn Oduro, said.
Brambles Supermarkets, the country's second-largest grocer, confirmed it had received a visit. ``⟦d:c|We are cooperating fully. We compete hard on price every single day,⟧'' the company said.
Magnus Hollingsworth, a former category manager at a rival chain, said price-tracking services were widely used in the industry. ``⟦d:e|Everyone buys the same data. You wake up, you see what the others charged yesterday, and you adjust. Whether that crosses a line depends on what else is being shared,⟧'' he said.
Fairbasket, a consumer group, welcomed the investigation. ``⟦d:d|Shoppers have suspected this for years. Now the regulator has to prove it,⟧'' it said.

### 043
@a Skylark Orbital | a launch company based in Port Merrin
@b Camille Ostrowski-Nair | Skylark's chief executive
@d Brightline Communications | the company
@c Rangi Te Kōhatu | a former Skylark propulsion engineer
@e - | one investor
A rocket built by Skylark Orbital, a launch company based in Port Merrin, broke apart about two minutes after lift-off on Friday, destroying eight communications satellites and dealing a heavy blow to the start-up's hopes of competing for government contracts.
Live video showed the Skylark 2 rocket climbing normally before a bright flash near the top of its first stage. Debris fell into the sea about 40 kilometres offshore, and there were no injuries.
"⟦d:b|This is not the day we wanted. We will find out what happened, we will fix it, and we will fly again,⟧" Skylark's chief executive, Camille Ostrowski-Nair, wrote on social media.
The company said early data pointed to "⟦p:a|an anomaly in the first-stage propulsion system⟧". It was the rocket's third flight and its first failure.
Brightline Communications, which owned the satellites, said they were insured. "⟦d:d|We remain committed to our constellation and to our partnership with Skylark,⟧" the company said.
Rangi Te Kōhatu, a former Skylark propulsion engineer, said failures were normal for young rocket companies. "⟦d:c|Every rocket company you have heard of has blown up rockets. The ones that survive are the ones that learn fast and have enough money to keep going,⟧" he said.
Whether Skylark has enough money is an open question. The company raised $210 million last year, and one investor said it had about 18 months of cash left. "⟦d:e|Another failure like this and that runway gets a lot shorter,⟧" the investor said.

### 044
@a Kenji Morimoto | The president of Hoshida Motors
@c Yuko Arakawa | the head of quality assurance
@e - | a reporter
@d Ministry of Transport | the ministry
@b Hoshida Motors | the company
The president of Hoshida Motors bowed deeply before television cameras on Wednesday and apologised after the carmaker admitted that it had falsified crash-safety test data for six models over at least nine years.
"⟦d:a|We have betrayed the trust of our customers, our dealers and society. I am deeply, deeply sorry,⟧" Kenji Morimoto said through an interpreter at a news conference in Mizuhara.
An internal investigation found that engineers had altered airbag deployment data and, in some cases, submitted results from earlier tests of different vehicles. The company said none of the affected cars was unsafe, a claim it said would now be verified by independent testers.
"⟦d:c|The pressure to meet development schedules was enormous, and the culture did not allow people to say that a test had failed,⟧" said Yuko Arakawa, the head of quality assurance, who was appointed after the problems were discovered.
When a reporter asked, "⟦d:e|Will you resign?⟧", Morimoto paused for several seconds. "⟦d:a|My first responsibility is to fix this. After that, I will accept whatever judgment is appropriate,⟧" he said.
The Ministry of Transport said it would inspect Hoshida's headquarters and two test centres. "⟦d:d|This is an extremely serious matter that undermines the certification system,⟧" the ministry said.
Hoshida Motors said it had halted shipments of the six models and would contact the owners of about 1.1 million vehicles. "⟦d:b|Customers may continue to drive their vehicles,⟧" the company said.

### 045
@a Laila Haddad-Moreau | an emergency physician at Kingsbridge General Hospital who led the study
@d Triaxis Health | the company
@b Nurses and Midwives Federation | the federation
@c Brendan Oyelaran | its general secretary
An artificial-intelligence tool used to help prioritise patients in emergency departments performed as well as experienced triage nurses in a study of more than 40,000 visits, but was more likely to underestimate the urgency of cases involving older women, researchers reported on Tuesday.
“⟦d:a|Overall, the tool was as accurate as our best nurses. But ‘overall’ hides a lot,⟧” said Dr Laila Haddad-Moreau, an emergency physician at Kingsbridge General Hospital who led the study. “⟦d:a|For women over 75 with chest pain, it got it wrong noticeably more often, and that is exactly the group where getting it wrong is most dangerous.⟧”
The researchers, whose findings appear in the Journal of Emergency Care, suggested the software had learned from historical data in which such patients were themselves under-triaged.
Triaxis Health, which makes the software, said it had already retrained the model. “⟦d:d|We welcome independent research like this. It is how these tools get better,⟧” the company said.
The Nurses and Midwives Federation said the results showed that AI should support nurses rather than replace them. Brendan Oyelaran, its general secretary, put it more bluntly: “⟦d:c|A computer that is right most of the time is not good enough in a department where being wrong can kill someone.⟧”
In a statement, the federation called for “⟦p:b|a nurse’s judgment to be final in every case⟧”.

### 046
@a Imelda Farrow-Banks | Judge
@b Darius Fenwick-Lowe | the 44-year-old founder of Brickstake
@e Owen Pritchard-Lee | The prosecutor
@c Harriet Lomax | His barrister
@d Maureen Tetteh | the 61-year-old
A property entrepreneur whose investment platform collapsed owing investors £31 million has been jailed for nine years after a judge said he had run the business as "⟦p:a|a machine for turning other people's savings into a lifestyle⟧".
Darius Fenwick-Lowe, the 44-year-old founder of Brickstake, was convicted in March of fraud and false accounting. The platform promised small investors returns of up to 12 per cent a year from stakes in rental flats. Many of the flats did not exist.
Sentencing him at Aldersey Crown Court, Judge Imelda Farrow-Banks said: "⟦d:a|You took money from nurses, retired teachers and bus drivers, and you spent it on cars, watches and a villa. You told them their money was safe in bricks and mortar. It was in your pocket.⟧"
The prosecutor, Owen Pritchard-Lee, had told the court that investors received "⟦p:e|glossy monthly statements showing growth that was entirely fictional⟧".
His barrister, Harriet Lomax KC, said her client had "⟦p:c|lost everything⟧" and that the business had begun as a genuine venture. "⟦d:c|He did not set out to defraud anyone. He made disastrous decisions and then lied to cover them, which is not the same thing,⟧" she said.
Fenwick-Lowe showed no emotion as the sentence was read. Asked by the judge whether he had anything to say, he replied: "⟦d:b|Only that I never meant for anyone to lose money.⟧"
Outside court, Maureen Tetteh, who invested £180,000 from her late husband's pension, said the sentence was "⟦p:d|not enough⟧". "⟦d:d|Nine years. I'll be dead before I see that money again, if I ever see it,⟧" the 61-year-old said.

### 047
@m Marek Wilczyński | the engineer who founded the accounting software company Ledgerline in a garage in Harbury
@b Ledgerline | -
@c Joanna Wilczyńska-Hale | His daughter
@d Ravi Chandrasekhar | Ledgerline’s chief executive
@e Beatrix Lund | A former employee
Marek Wilczyński, the engineer who founded the accounting software company Ledgerline in a garage in Harbury and built it into one of the region’s largest technology employers, has died aged 78.
His death, after a short illness, was announced on Sunday. “⟦d:b|Marek built more than software. He built a place where people wanted to work, and he never forgot that,⟧” Ledgerline said in a statement.
Wilczyński arrived in Harbury in 1972 with, as he liked to tell it, “⟦p:m|two suitcases and one very bad coat⟧”. He taught himself programming while working night shifts at a printing works.
“⟦d:m|I was not clever. I was stubborn. In software, stubborn gets you surprisingly far,⟧” he said in a 2019 interview with the Harbury Gazette.
His daughter, Joanna Wilczyńska-Hale, said her father had worked until a few weeks before his death. “⟦d:c|He was still sending emails about bugs from his hospital bed. The nurses confiscated his laptop twice,⟧” she said.
Ravi Chandrasekhar, Ledgerline’s chief executive, said the founder had remained a presence in the office long after stepping back. “⟦d:d|Every Friday he would walk the floor and ask people what was annoying them. Then on Monday it would be fixed, or he would want to know why not,⟧” he said.
A former employee, Beatrix Lund, wrote on social media that Wilczyński had hired her at 19 with no degree. “⟦d:e|He said, ‘I don’t care what you studied, I care what you built.’ I have tried to hire people the same way ever since,⟧” she wrote.
He is survived by his daughter and two grandsons. His wife, Halina, died in 2015.

### 048
@b Ama Owusu-Ansah | its chief executive
@a Coldtrace | a start-up based in Amberley that makes wireless temperature sensors for vaccine fridges
Coldtrace, a start-up based in Amberley that makes wireless temperature sensors for vaccine fridges, said on Monday it had won a contract to supply 12,000 devices to clinics across the Northern Province.
"⟦d:b|A fridge that fails overnight can wipe out thousands of doses before anyone notices. Our sensors send a text message within two minutes,⟧" said Ama Owusu-Ansah, its chief executive.
The contract is worth about $4 million. Coldtrace said it would hire 30 more staff "⟦p:a|within the next six months⟧".

### 049
@a Hexmoor Games | the company
@u - | One employee quoted in the report
Hexmoor Games on Friday denied a report that it was preparing to cancel its long-delayed fantasy game ``⟦s:-|Ashen Crown⟧'' and lay off a third of its staff.
``⟦d:a|Ashen Crown is in active development and we are as committed to it as ever. Reports to the contrary are simply wrong,⟧'' the company said in a post on its website.
The report, published by the gaming news site Pixelgrind on Thursday, cited three current employees. One employee quoted in the report said morale was ``⟦p:u|the lowest it has ever been⟧''.

### 050
@b Francis Mbatha-Kerr | the regulator's director of retail markets
@c Heatwell Energy | the country's fifth-largest household energy supplier
@d - | A Heatwell call-centre worker who asked not to be named
@e Sandra Kowalczyk-Boyd | the opposition's energy spokeswoman
The energy regulator warned Heatwell Energy two months ago that it could lose its licence unless it fixed "⟦p:b|serious and persistent failures⟧" in the way it treated customers in debt, according to a letter seen by the Ledger.
The letter, sent on September 4 by Francis Mbatha-Kerr, the regulator's director of retail markets, to Heatwell's chief executive, says the company forced prepayment meters on vulnerable customers, including a man who relied on an electric oxygen concentrator.
"⟦d:b:m|We have now raised these concerns with you on three occasions. On each occasion you have assured us that improvements were under way. The evidence we have gathered does not support those assurances.⟧
"⟦d:b|Unless we see a substantial and sustained improvement by the end of the year, we will consider all options available to us, including revocation of your supply licence,⟧" the letter says.
Heatwell Energy, the country's fifth-largest household energy supplier, said it had "⟦p:c|taken the regulator's concerns extremely seriously⟧" and had hired 200 additional staff to deal with customers in difficulty. "⟦d:c|We have made significant progress and we are confident the regulator will recognise it,⟧" the company said.
A Heatwell call-centre worker who asked not to be named said staff were still given targets for moving customers onto prepayment meters. "⟦d:d|They changed the name of the target. They didn't change the target,⟧" the worker said.
Sandra Kowalczyk-Boyd, the opposition's energy spokeswoman, said the letter was "⟦p:e|damning⟧". "⟦d:e|If a supplier can't be trusted with a man who needs electricity to breathe, it shouldn't be trusted with anyone,⟧" she said.
The regulator declined to comment on the letter.

### 051
@b University of Kilmarren | the university
@a Aoife Ní Bhriain | a materials chemist who developed the coating at the university before leaving to co-found Glasra
@c Seosamh Mac Giolla Phádraig | Her co-founder
@d Declan Ferris | a patent lawyer in Carrowmeen who is not involved in the case
@u - | a senior university official
A university in the west is suing a start-up founded by two of its former researchers, claiming that a solar-panel coating at the heart of the company’s business was invented in its laboratories and belongs to it.
The University of Kilmarren alleges in a claim filed in the High Court that Glasra Materials used “⟦p:b|confidential know-how developed at university expense⟧” to file its own patents in 2022.
Dr Aoife Ní Bhriain, a materials chemist who developed the coating at the university before leaving to co-found Glasra, said the claim was without foundation. “⟦d:a|Everything we patented was invented after we left, in a rented lab, on our own money. We kept the receipts, literally,⟧” she said.
Her co-founder, Seosamh Mac Giolla Phádraig, said the dispute had already cost the company an investor. “⟦d:c|Nobody wants to put money into a company that might not own its own technology,⟧” he said. “⟦d:c|That’s the real damage here, whatever a judge decides in the end.⟧”
The University of Kilmarren said it supported spinouts but had a duty to protect public investment in research. “⟦d:b|We tried for more than a year to reach an agreement. Legal action was a last resort,⟧” the university said.
Declan Ferris SC, a patent lawyer in Carrowmeen who is not involved in the case, said such disputes often turned on laboratory notebooks. “⟦d:d|The question is simple to ask and hard to answer: when exactly did the idea exist, and where was it written down?⟧” he said.
Ní Bhriain said she had been told by a senior university official in 2021 that the coating was “⟦p:u|not commercially interesting⟧”. “⟦d:a|Now, apparently, it is very interesting,⟧” she said.

### 052
@a Qubitron | a quantum computing start-up
@d T.J. Abernethy | a postdoctoral researcher at Easterbrook University
@b Hanne Rasmussen-Ode | Qubitron's head of research
@c Emeka Ugwu-Larsen | a theoretical physicist at the Institute for Advanced Computation in Tolland
A claim by Qubitron, a quantum computing start-up, that its machine had solved in four minutes a problem that would take the fastest supercomputer 10,000 years has been challenged by researchers who say they reproduced the result on an ordinary server in a weekend.
The company announced the result last month in a preprint, a paper posted online before peer review, describing it as "⟦p:a|the clearest demonstration yet of quantum advantage⟧".
But in a rebuttal posted on Monday, a team led by T.J. Abernethy, a postdoctoral researcher at Easterbrook University, said it had simulated the same calculation using a cleverer classical algorithm.
"⟦d:d|We're not saying their machine doesn't work. It clearly does something interesting. We're saying this particular task isn't hard for a classical computer if you're smart about it,⟧" Abernethy said. "⟦d:d|It took us 61 hours on a single server, and most of that was us being lazy.⟧"
Dr Hanne Rasmussen-Ode, Qubitron's head of research, said the company stood by its work. "⟦d:b|Classical algorithms improve every time someone claims an advantage. That's healthy. But our machine is improving faster, and that is the trend that matters,⟧" she insisted.
Professor Emeka Ugwu-Larsen, a theoretical physicist at the Institute for Advanced Computation in Tolland, said the episode fitted a familiar pattern. "⟦d:c|Every few years someone announces quantum supremacy, someone else finds a shortcut, and the goalposts move. That doesn't mean the field isn't progressing,⟧" he said. "⟦d:c|It means press releases are a terrible way to do physics.⟧"

### 053
@a Worklens | its maker
@d Gustav Ekholm | chief executive of Worklens
@c - | One employee at a Dunmore call centre that uses the software
@b Adaeze Nwosu-Grant | a labour lawyer at Pryor & Vance
@e Information Rights Office | -
Software that takes screenshots of employees' computers every few minutes and scores their "⟦s:-|productivity⟧" has been installed by more than 1,200 employers in the past year, according to figures from its maker, Worklens.
Gustav Ekholm, chief executive of Worklens, said the tool was about helping managers support remote staff, not spying on them. "⟦d:d|If someone is struggling, you want to know early. That's all this is,⟧" he said. Asked whether employees could switch the monitoring off, he said: "⟦d:d|That is up to the employer.⟧"
One employee at a Dunmore call centre that uses the software, who asked not to be named because she feared losing her job, described the effect. "⟦d:c|You're scared to go to the toilet. If you're away from the keyboard for six minutes, your score goes amber,⟧" she said. "⟦d:c|Amber three times in a week and you're called into a meeting.⟧"
Adaeze Nwosu-Grant, a labour lawyer at Pryor & Vance, said constant screenshots could breach data-protection rules. "⟦d:b|Employers have to show that monitoring is necessary and proportionate. Photographing someone's screen every three minutes is very hard to justify as proportionate,⟧" she said.
The Information Rights Office said it had received 340 complaints about workplace monitoring this year, more than double last year's figure, and would publish new guidance "⟦p:e|in the coming months⟧".
Worklens said in a statement that its product "⟦p:a|complies with all applicable laws⟧" and that employers were responsible for how it was used.

### 054
@b Ian Okereke-Walsh | Detective Superintendent
@u - | A company official familiar with the incident
@e Marlowe Freight | the logistics company
@d Yolanda Pérez-Quiroga | a fraud researcher at Nettleford University who studies voice cloning
A finance manager at the logistics company Marlowe Freight transferred £2.1 million to fraudsters after joining a video call in which the company’s chief financial officer and two other senior colleagues appeared to instruct him to make the payments, police said. All three were deepfakes.
Detective Superintendent Ian Okereke-Walsh, who leads the regional economic crime unit, said it was the largest such fraud the force had investigated. “⟦d:b|The faces were right, the voices were right, the backgrounds were right. The only thing wrong was that none of those people were on the call,⟧” he said.
A company official familiar with the incident said the manager had been suspicious of an initial email but was reassured by the call. “⟦d:u|He did exactly what we train people to do. He asked to speak to someone. He just didn’t know that the someone could be fake,⟧” the official said.
Marlowe Freight said no customer data had been compromised and that it had recovered about £400,000. “⟦d:e|We have changed our payment procedures so that no transfer of this size can be authorised on the basis of a call alone,⟧” the company said.
Yolanda Pérez-Quiroga, a fraud researcher at Nettleford University who studies voice cloning, said fraudsters needed only a few minutes of audio to clone a voice. “⟦d:d|Executives give interviews, speak at conferences, post videos. They have effectively published the training data,⟧” she said.
Her advice was blunt: “⟦d:d|Agree a code word. It sounds silly until it saves you two million pounds.⟧”

### 055
@a Geoffrey Ambler-Stokes | The chairman
@d Liesl Brandauer | Castermere's chief executive
@c Dorothy Ng-Harwood | a retired schoolteacher who owns 300 shares
@u - | one protester
Castermere Oil's annual meeting in Lindenport was interrupted repeatedly on Thursday by climate protesters, who chanted "⟦s:-|No new fields⟧" from the back of the hall until security staff escorted them out.
The chairman, Sir Geoffrey Ambler-Stokes, paused the meeting twice. "⟦d:a|Everyone in this room has a right to be heard, but not all at once,⟧" he said, to some laughter.
"⟦d:-|Tell that to the people in the flood zones!⟧" someone shouted from the back.
Shareholders voted 58 per cent in favour of the company's climate plan, down from 81 per cent last year. Liesl Brandauer, Castermere's chief executive, said the company would "⟦p:d|listen carefully⟧" to those who voted against.
"⟦d:d|We are producing the energy the world is still using. We are also investing more in low-carbon power than ever before. I don't think those things are in contradiction,⟧" she said.
Dorothy Ng-Harwood, a retired schoolteacher who owns 300 shares, stood to ask a question. "⟦d:c|I have held these shares for thirty years and I want my grandchildren to have a planet to spend the dividends on. What is your plan for 2040, not 2030?⟧" she asked.
Brandauer replied that the company's targets ran to 2050. "⟦d:c|That wasn't my question,⟧" Ng-Harwood said, before sitting down to applause.
Outside, one protester held a placard reading "⟦s:-|Castermere: profits up, seas up⟧". "⟦d:u|We'll be back next year, and the year after,⟧" she said.

### 056
@a Mathilde Roussel-Aguirre | a behavioural ecologist at the University of Montferrand who led the study
@b Koen Vanderstraeten | Her co-author
@c Montferrand Bird Society | the society
Tiny solar-powered trackers weighing less than a paperclip have shown that willow warblers crossing the desert on their autumn migration can fly non-stop for up to 72 hours, climbing to more than 5,000 metres during the day to avoid the heat.
«⟦d:a|We thought they landed in the morning and rested in whatever shade they could find. Most of them simply didn't land,⟧» said Mathilde Roussel-Aguirre, a behavioural ecologist at the University of Montferrand who led the study.
She said the team had tracked 48 birds weighing about nine grams each. «⟦d:a|The tracker is about five per cent of the bird's body weight. It is like you carrying a school bag, not a suitcase,⟧» she said. On French radio she was more lyrical: «⟦d:a|Ce sont de petits athlètes extraordinaires⟧» («⟦d:a|They are extraordinary little athletes⟧»).
Her co-author Koen Vanderstraeten joked that the hardest part had been getting the trackers back. «⟦d:b|You have to catch the same bird again the next spring, in the same bush, out of millions. We spent a lot of mornings staring at bushes,⟧» he said.
The Montferrand Bird Society said the findings showed the importance of protecting the few oases where the birds do stop. «⟦d:c|Every stopover site we lose makes that journey harder,⟧» the society said.

### 057
@a A. K. Ramaswamy | A former data scientist at Plentio
@p - | a product manager whose name was redacted
@c Helga Brynjólfsdóttir | a member of the committee
@b Plentio | the social media company
@d - | a Plentio spokesman
A former data scientist at Plentio told lawmakers on Wednesday that the company had shelved internal research showing that its recommendation system pushed teenagers towards extreme dieting content, because fixing it would have reduced the time they spent on the app.
A. K. Ramaswamy, who worked on Plentio's teen safety team from 2020 until last year, brought hundreds of pages of internal documents with her, some of which were released by the committee.
"⟦d:a|We found the problem. We measured it. We proposed a fix that would have cost about 2 per cent of teen engagement,⟧" she said in her opening statement.
"⟦d:a:m|The answer came back from leadership that 2 per cent was not acceptable in a competitive quarter. I was told to write up the research as 'exploratory' and move on.⟧
"⟦d:a|I have a thirteen-year-old niece. I think about her every time I open that app.⟧"
One document, a 2022 slide presentation, is titled "⟦s:-|Teen Engagement: Risks and Tradeoffs⟧". Another, an internal message from a product manager whose name was redacted, reads: "⟦d:p|Let's not put numbers on this in writing.⟧"
Helga Brynjólfsdóttir, a member of the committee, asked: "⟦d:c|Did anyone at the company object?⟧"
"⟦d:a|Several people did. Most of them don't work there any more,⟧" Ramaswamy replied.
Plentio, the social media company, said the documents presented "⟦p:b|a selective and misleading picture⟧" of its work. "⟦d:d|We have invested heavily in teen safety and we continue to do so,⟧" a Plentio spokesman said.

### 058
@a Gareth Penhaligon | the council’s transport lead
@d Reginald Mould | the pensioner
@c Ffion Carradine | Voltway’s regional manager
@e Alisha Dawkins | a delivery driver who owns an electric van
A plan to install 140 electric-vehicle chargers on residential streets in Tollerton ran into fierce opposition at a packed public meeting on Tuesday night, with residents complaining about lost parking spaces and cables across pavements.
Gareth Penhaligon, the council’s transport lead, opened the meeting by saying the chargers were “⟦p:a|not optional if we are serious about clean air⟧”.
Reginald Mould, 71, of Tanner Street, was first to the microphone. “⟦d:d|I’ve parked outside my house for forty years. Now you’re telling me the space belongs to a charger?⟧” the pensioner asked.
“⟦d:a|The space belongs to the public highway, Mr Mould, and it always has,⟧” Penhaligon said.
“⟦d:d|Well, it feels like mine.⟧”
“⟦d:a|I understand that.⟧”
Ffion Carradine, Voltway’s regional manager, said the company, which won the £3 million contract in the spring, would install chargers flush with the kerb. “⟦d:c|There will be no cables across pavements. None. The charger comes to the car, not the other way round,⟧” she said.
Alisha Dawkins, a delivery driver who owns an electric van, said she had to drive four miles to charge. “⟦d:e|I’m not a climate warrior. I just did the maths on fuel,⟧” she said. “⟦d:e|Give me a plug on my street and I’ll stop clogging up the supermarket car park.⟧”
The council will make a final decision in January.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh26.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh26",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
