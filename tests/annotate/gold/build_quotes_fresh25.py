# ruff: noqa: E501
"""Build ``quotes_fresh25.jsonl``: a twenty-fifth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text. Its focus is business, technology, science
and investigations: earnings calls, product launches, data breaches, research papers,
regulatory rulings, leaked emails and documents, whistleblowers and court filings.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh25-NNN``.

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

Decisions specific to this set (where the conventions above leave room):

* A court filing, complaint or submission is the speech of the party that filed it
  (the company or person suing), a judgment that of the judge who wrote it, and a
  company's own report or filing that of the company.
* When an organisation is cued once by its name and once by a definite description
  (``the company said``) and has no appositive at its introduction, the definite
  description is its description.
* A sentence fragment relayed through ``according to`` with quotation marks around it is
  attributed like any other quote, to the person or organisation named after
  ``according to``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh25.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh25.jsonl")

PASSAGES = """
### 001
@a Ingrid Solheim-Marr | the company's chief executive
@b Desmond Achterberg | Chief financial officer
@c Ravi Chaudhry | an analyst at Fenwick Lowe
@u - | A person close to the board
Corvale Semiconductor cut its full-year revenue forecast on Tuesday, blaming a slump in orders from industrial customers and a slower-than-expected ramp at its new fabrication plant in Brenning.
"⟦d:a|The second half is going to be harder than we told you in May, and I'd rather say that plainly now,⟧" Ingrid Solheim-Marr, the company's chief executive, told analysts on a conference call. "⟦d:a|We are not losing customers. We are losing volume.⟧"
Shares fell 11 per cent in after-hours trading.
Chief financial officer Desmond Achterberg said the Brenning plant was running at "⟦p:b|roughly 60 per cent⟧" of its planned yield. "⟦d:b|Yields are improving every week, but they are not improving fast enough to rescue the quarter,⟧" he said.
Pressed by Ravi Chaudhry, an analyst at Fenwick Lowe, on whether the company would delay a second production line, Solheim-Marr hesitated. "⟦d:a|We haven't made that decision,⟧" she said. "⟦d:a|Anybody who tells you it's been made is guessing.⟧"
Chaudhry was unconvinced. "⟦d:c|They've now missed twice on the same plant,⟧" he wrote in a note to clients after the call. "⟦d:c|At some point this stops being a ramp and starts being a problem.⟧"
A person close to the board, who asked not to be named because the discussions were private, said directors had discussed pausing the line "⟦p:u|as recently as last week⟧".

### 002
@a St Aldric Health Partners | the group
@b Tamsin Orue-Whitlock | an independent security researcher
@c - | a spokesman for St Aldric
@d Gerald Fenwick-Amis | -
@e Merrow Valley Information Commissioner’s office | -
St Aldric Health Partners, which runs nine hospitals across the Merrow Valley, said on Friday that hackers had copied the records of about 410,000 patients, including diagnoses and insurance numbers.
In a statement, the group said it had “⟦p:a|no evidence⟧” that the data had been published, but that it was “⟦p:a|working on the assumption that it will be⟧”. “⟦d:a|We are contacting every affected patient directly, and we are deeply sorry,⟧” the statement said.
The breach was first flagged by Tamsin Orue-Whitlock, an independent security researcher, who found a sample of the records offered for sale on a forum in late March.
“⟦d:b|The sample had names, dates of birth and free-text clinical notes — the kind of thing you can’t reset like a password,⟧” Orue-Whitlock said. She said she had alerted the hospital group on March 29 and received an automated reply.
Asked about the delay, a spokesman for St Aldric said the company had needed time to “⟦p:c|establish the scope⟧” of the intrusion.
Gerald Fenwick-Amis, 71, whose hip operation records were among those taken, said he learnt of the breach from a neighbour. “⟦d:d|Nobody from the hospital has rung me. I read about it in the paper like everyone else,⟧” he said.
The Merrow Valley Information Commissioner’s office said it was “⟦p:e|making enquiries⟧”.

### 003
@a Aurelia Mbeki-Lindqvist | a materials chemist who led the study
@b Hideo Tanabe | Her co-author
@c Marguerite van der Berghe | -
@r - | One reviewer of the paper
A team at the University of Hallstrand says it has built a sodium-ion battery cell that survives 9,000 charge cycles with less than 10 per cent loss of capacity, a result that, if it holds up, would make the chemistry a serious rival to lithium for grid storage.
The paper, published on Wednesday in the journal Electrochemical Frontiers, describes a cathode coated with a thin layer of a ceramic the authors nickname "⟦s:-|armour⟧".
"⟦d:a|The coating does two things,⟧" said Dr Aurelia Mbeki-Lindqvist, a materials chemist who led the study. "⟦d:a|It stops the cathode cracking as it swells, and it keeps the electrolyte from eating it. Neither idea is new. Doing both at once, cheaply, is.⟧"
Her co-author, Professor Hideo Tanabe, was more cautious. "⟦d:b|These are coin cells in a lab,⟧" he said. "⟦d:b|Nobody should be ordering a grid battery on the strength of this paper.⟧"
Independent researchers were impressed but noted that the cells had been tested at a steady 25C.
"⟦d:c|Nine thousand cycles is a big number, and the data look clean,⟧" said Marguerite van der Berghe, who studies battery degradation at the Institut Polytechnique de Sarre and was not involved in the work. "⟦d:c|What I want to see is what happens at 40 degrees in a shipping container in July. That's where sodium cells have tended to fall apart.⟧"
One reviewer of the paper, whose comments were published alongside it, wrote that the authors had "⟦p:r|convincingly excluded⟧" measurement artefacts but that the cost estimates were "⟦p:r|optimistic to the point of being decorative⟧".
Mbeki-Lindqvist said the team had already started testing at higher temperatures. "⟦d:a|We'll publish those results whatever they show,⟧" she said.

### 004
@t Competition and Markets Tribunal of Ostmark | -
@j Eveline Kraamer | Judge
@k Kestrel Pay | the company
@n Pieter-Jan Dewulf | Norvane's chief executive
@h Olamide Harcourt-Bassey | director of the Small Traders' Alliance
The Competition and Markets Tribunal of Ostmark on Thursday blocked the proposed €2.1bn merger of the payment processors Kestrel Pay and Norvane, ruling that the combined company would control "⟦p:t|well over half⟧" of card acceptance for small retailers.
Writing for the three-member panel, Judge Eveline Kraamer said the companies had "⟦p:j|materially understated⟧" how much their businesses overlapped. "⟦d:j|Merchants would have faced, in practice, a single gatekeeper for the most ordinary transaction in commerce,⟧" she wrote.
Kestrel Pay said it was "⟦p:k|deeply disappointed⟧" and would consider an appeal. "⟦d:k|This decision protects incumbents, not shopkeepers,⟧" the company said in a statement.
Norvane's chief executive, Pieter-Jan Dewulf, told staff in an email seen by the Courier that the deal was "⟦p:n|not dead until we say it is⟧".
Consumer groups welcomed the ruling. "⟦d:h|Every time a card terminal beeps, a small trader pays a fee. Today that fee got a little less likely to rise,⟧" said Olamide Harcourt-Bassey, director of the Small Traders' Alliance.
The companies have 60 days to lodge an appeal with the Court of Commercial Review.

### 005
@k Kasia Wróblewska | then the head of platform reliability
@h Hamish Okonkwo-Reid | One of the recipients
@b Brisko | -
@s - | a spokeswoman
@c Couriers Collective | A drivers' union
Senior managers at the delivery app Brisko were warned more than a year before last summer's outage that its dispatch software could not cope with spikes in demand, according to internal emails obtained by the Ledger.
``⟦d:k|We are one busy Friday away from a total failure,⟧'' Kasia Wróblewska, then the head of platform reliability, wrote to two vice-presidents in March last year. ``⟦d:k|I am putting this in writing so nobody can say later they didn't know.⟧''
One of the recipients, Hamish Okonkwo-Reid, replied the same evening. ``⟦d:h|Understood. Let's revisit after the funding round closes,⟧'' he wrote.
The outage, on a Friday in July, left about 30,000 orders undelivered and drivers unpaid for up to nine days.
Wróblewska, who left Brisko in October, confirmed the emails were genuine. ``⟦d:k|I didn't leak them and I don't know who did,⟧'' she told the Ledger. ``⟦d:k|But I'm not going to pretend I didn't write them.⟧''
Okonkwo-Reid did not respond to requests for comment. Brisko said the emails had been ``⟦p:b|selectively quoted⟧'' and that it had invested ``⟦p:b|tens of millions⟧'' in its systems since. ``⟦d:s|The platform today is unrecognisable from the one described in these messages,⟧'' a spokeswoman said.
A drivers' union, the Couriers Collective, said the emails showed Brisko had ``⟦p:c|gambled with people's wages⟧''.

### 006
@v Venmark Medical | the maker of the Cardiolink insulin pump
@m - | My manager
Lucía Herrera-Quintana spent six years as a quality engineer at Venmark Medical, the maker of the Cardiolink insulin pump, before she filed a complaint with regulators alleging that the company had ignored reports of faulty alarms. Venmark denies wrongdoing and has said her claims are "⟦p:v|without foundation⟧". She spoke to the Gazette; the interview has been edited for length.
Q: When did you first notice a problem?
A: In 2021. We were getting complaints from clinics that the low-battery alarm wasn't sounding. Internally we coded them as "⟦s:-|user error⟧". That label did a lot of work.
Q: What did you do?
A: I wrote a report. My manager sent it back with one note on the front page: "⟦d:m|Too alarmist. Soften.⟧" So I softened it, and then I wrote a second one that I didn't soften.
Q: Why go to the regulator rather than the press?
A: Because I wanted it fixed, not famous.
Q: Do you regret it?
A: I regret the two years I waited.
In a statement, Venmark said every complaint had been "⟦p:v|investigated in line with regulatory requirements⟧". "⟦d:v|Patient safety has always been, and remains, our first priority,⟧" the company said.

### 007
@a Céline Aubertin-Nkemelu | Chief executive
@b Thomas Greenhalgh-Osei | an analyst at the research firm Pixelwise
@c Yannick Beaulieu-Traoré | -
@l Lumière Optique | the Grenoble-based eyewear maker
Lumière Optique, the Grenoble-based eyewear maker, unveiled its first augmented-reality glasses on Monday, betting that a pair weighing 48 grams can succeed where heavier rivals have stalled.
Chief executive Céline Aubertin-Nkemelu opened the launch in French: «⟦d:a|Les gens ne veulent pas porter un ordinateur sur le nez.⟧» («⟦d:a|People don't want to wear a computer on their nose.⟧»)
The glasses, called Iris, will cost €899 and go on sale in France and Belgium in November.
«⟦d:b|It is the first pair I have tried that I would forget I was wearing,⟧» said Thomas Greenhalgh-Osei, an analyst at the research firm Pixelwise. «⟦d:b|That matters more than any specification.⟧»
But he had reservations: the battery lasts about four hours, and the display «⟦p:b|washes out badly⟧» in direct sunlight.
Aubertin-Nkemelu acknowledged the battery life. «⟦d:a|Four hours is not enough. The next version will do better, and we will say so when it does,⟧» she said.
Privacy campaigners said the glasses' camera raised concerns. «⟦d:c|A camera on someone's face in a café is a camera on everyone else in that café,⟧» said Yannick Beaulieu-Traoré of the digital rights group Clair Réseau.
Lumière said the camera would show a «⟦p:l|clearly visible⟧» light whenever it was recording.

### 008
@t Tessaro Robotics | -
@a Adaeze Whitfield-Ume | Tessaro's general counsel
@q Bernard Oyelaran-Fisk | Quillan's lawyer
@x - | A Harrow spokesperson
Tessaro Robotics has sued its former supplier, Quillan Motion Systems, accusing it of copying the design of a robotic gripper and selling it to a competitor, according to a complaint filed in the Northern District Commercial Court on Monday.
The complaint alleges that Quillan engineers "⟦p:t|systematically photographed⟧" Tessaro prototypes during supplier visits in 2022 and that the resulting product was "⟦p:t|a copy in all but colour⟧".
"⟦d:a|Quillan was trusted with our drawings because it was our partner,⟧" Tessaro's general counsel, Adaeze Whitfield-Ume, said in an interview. "⟦d:a|It used that trust to build a rival product. That is what this case is about.⟧"
Quillan's lawyer, Bernard Oyelaran-Fisk, called the suit "⟦p:q|a transparent attempt to punish a supplier for having other customers⟧". "⟦d:q|Grippers are not a new invention. Tessaro did not invent the idea of picking things up,⟧" he said.
The competitor, Harrow Automation, is not named as a defendant. A Harrow spokesperson said the company "⟦p:x|designs its own products⟧" and was not a party to the dispute.
A hearing on Tessaro's request for an injunction is scheduled for next month.

### 009
@a Rosalind Achebe-Stroud | a partner at the insolvency firm Marlowe Grant who is leading the administration
@j Julian Thackeray-Moss | The app’s founder
@b Bethany Kuruvilla | a nurse in Stockwell who had £4,200 saved for a house deposit
@f Financial Conduct Office | -
Customers of Penfold, the savings app that collapsed into administration last week, may have to wait until the spring to recover their money, its administrators said on Wednesday.
Rosalind Achebe-Stroud, a partner at the insolvency firm Marlowe Grant who is leading the administration, said roughly £38m was held in a ring-fenced account at a partner bank. “⟦d:a|That money is safe, and it is customers’ money,⟧” she said. “⟦d:a|What takes time is matching every pound to every person, because the records we inherited are not in good shape.⟧”
The app’s founder, Julian Thackeray-Moss, posted on LinkedIn that he was “⟦p:j|heartbroken⟧” and took “⟦p:j|full responsibility⟧”. “⟦d:j|We grew faster than our controls did. That is on me,⟧” he wrote.
Penfold had about 61,000 customers. Among them is Bethany Kuruvilla, 29, a nurse in Stockwell who had £4,200 saved for a house deposit.
“⟦d:b|I picked it because the interest rate was half a per cent better than my bank’s,⟧” she said. “⟦d:b|Half a per cent. I feel like an idiot, honestly.⟧”
The Financial Conduct Office said in a statement that it had placed restrictions on Penfold in January and was “⟦p:f|reviewing the firm’s conduct⟧”.

### 010
@a Sigrid Ødegård | the glaciologist who led the expedition
@b Anton Vasquez-Helle | Her colleague
@c Jonas Lindqvist | a palaeoclimatologist at Uppsala who was not on the expedition
Researchers drilling on the Vestbre ice cap in Svalbard have recovered ice they believe is at least 120,000 years old, a find that could help explain how Arctic temperatures behaved during the last warm period.
"⟦d:a|Det er som å åpne et arkiv ingen har lest,⟧" said Sigrid Ødegård, the glaciologist who led the expedition, speaking in Norwegian. "⟦d:a|It is like opening an archive no one has read.⟧"
The team, from the Nordic Polar Institute in Tromsø, spent seven weeks on the ice. Ødegård said the oldest section sat just above bedrock, about 400 metres down.
Her colleague Dr Anton Vasquez-Helle said the dating relied on trapped air bubbles and layers of volcanic ash. "⟦d:b|We have two independent clocks and they agree, which is what makes us fairly confident,⟧" he said. "⟦d:b|Fairly. Not completely. Ask me again in a year.⟧"
Jonas Lindqvist, a palaeoclimatologist at Uppsala who was not on the expedition, said the claim was plausible. "⟦d:c|Svalbard is a strange place to find ice this old, because it's relatively warm,⟧" he said. "⟦d:c|If they're right, that's interesting in itself.⟧"

### 011
@m Mateo | -
@l Luis | His brother
@c Carmen | Their mother
In a converted dairy shed outside Kellan's Cross, two brothers are trying to build a better way to compost coffee grounds. Their company, Groundswell, has four employees, a £300,000 grant and a machine that looks, in Mateo's words, "⟦p:m|like a washing machine swallowed a cement mixer⟧".
Mateo, 31, handles the engineering. His brother Luis, 27, handles everything else.
"⟦d:m|I build it, he sells it, and when it breaks we both swear at it,⟧" Mateo said.
The idea came from Luis's time working in a café in Leeds, where he watched bags of grounds go into general waste every night. "⟦d:l|Fourteen kilos a day, from one café,⟧" he said. "⟦d:l|I did the maths on the back of a receipt and it kept me up.⟧"
Their mother, Carmen, lent them the first £5,000. She is still their most demanding investor. "⟦d:c|I ask for a report every Sunday,⟧" she said, laughing. "⟦d:c|They send me photos of the machine. That is not a report.⟧"
The brothers say Groundswell will break even next year if two supermarket chains sign on. Luis is confident. Mateo is less so.
"⟦d:m|He's the optimist,⟧" Mateo said. "⟦d:m|I'm the one who reads the spreadsheet.⟧"

### 012
@n Northlight Labs | the AI company
@h Hanne Skjelbred | the researcher
Dr Yusuf Adebayo-Kline became chief scientist at the AI company Northlight Labs in January, weeks before it released Meridian, a language model the company describes as its “⟦p:n|most capable and most careful⟧” yet. Critics, including the researcher Hanne Skjelbred, have called its safety testing “⟦p:h|a press release with footnotes⟧”. We spoke to Adebayo-Kline in London. The conversation has been condensed.
Q: Is Hanne Skjelbred wrong?
A: She’s right that we should publish more. She’s wrong that we tested less. Those are different complaints.
Q: Some of your own staff have called the launch rushed.
A: Some have. I’ve read the “⟦s:-|rushed⟧” posts. I’d say ambitious.
Q: What would make you delay a release?
A: A result we couldn’t explain. We had one in December, and we delayed by five weeks.
After the interview, Skjelbred said by email that she stood by her comments. “⟦d:h|Publishing more is the whole point. Testing you can’t check is just a claim,⟧” she wrote.

### 013
@w - | one former worker
@d Dario Kostić | Another former employee
@p Pavel Rusu-Hartmann | StarLift's director
@m Miriam Osterhaus | its chair
For £2 a review, workers at an office in the industrial town of Dravnik write five-star praise for kitchen gadgets, phone cases and, occasionally, dentists they have never visited, according to three former employees and documents reviewed by the Sentinel.
The operation, run by a company called StarLift Media, posted more than 200,000 reviews on major shopping sites last year, according to an internal spreadsheet. One tab of the spreadsheet is labelled "⟦s:-|DO NOT USE REAL NAMES⟧".
"⟦d:w|We had a quota of sixty a day. If you did fewer, you didn't get paid for the day,⟧" said one former worker, who asked not to be identified because she feared legal action. "⟦d:w|The supervisors would read out the best ones like poetry.⟧"
Another former employee, Dario Kostić, 24, agreed to be named. "⟦d:d|I wrote a review for a baby car seat. I don't have a baby. I don't have a car,⟧" he said. "⟦d:d|That's when I quit.⟧"
StarLift's director, Pavel Rusu-Hartmann, said in a brief phone call that the company provided "⟦p:p|marketing services⟧" and that clients were responsible for how they used them. "⟦d:p|We don't write fake reviews. We write reviews,⟧" he said, before hanging up. He did not respond to a follow-up message asking what the difference was.
The Consumer Protection Board said it would examine the findings. "⟦d:m|Fake reviews are fraud on the public, plain and simple,⟧" said its chair, Miriam Osterhaus.

### 014
@a Lorcan Mac Giolla Phádraig | Chief executive
@b Bruno Sattler | Finance chief
@c Sunita Raghunathan | Aviation analyst
Aeroskye, the low-cost airline, reported a record summer profit on Thursday but warned that fares would fall this winter as rivals add seats.
Chief executive Lorcan Mac Giolla Phádraig said the airline had carried 14.2 million passengers in the three months to September, up 9 per cent. “⟦d:a|Demand has been extraordinary, and we’ve been able to price accordingly,⟧” he told reporters. “⟦d:a|That will not last all winter. We’re not going to pretend otherwise.⟧”
Finance chief Bruno Sattler said fuel costs had fallen but that shortages of engines had grounded six aircraft. “⟦d:b|Every plane sitting on the ground costs us money whether it flies or not,⟧” he said.
Mac Giolla Phádraig was asked whether the airline would bid for Rhônair, a smaller rival that has been put up for sale. He smiled. “⟦d:a|We look at everything. We buy almost nothing,⟧” he said.
Sattler added later that the balance sheet could support “⟦p:b|a deal of that size⟧” if the price were right.
Aviation analyst Sunita Raghunathan of Brackwell Securities said the warning was “⟦p:c|typical Aeroskye: sandbag the winter, beat it in spring⟧”.

### 015
@k Kwabena Asante-Doyle | -
@f Fiona Lachlan-Reyes | a lawyer for a group of 900 customers
@j Ottilie Brandvold | Judge
A judge in Port Halloran on Tuesday ordered the frozen cryptocurrency exchange Coinvane to hand over its full transaction ledger within 14 days, after a hearing in which the company's founder struggled to explain where 3,200 bitcoin had gone.
Kwabena Asante-Doyle, who founded Coinvane in 2017, testified for nearly three hours. Under questioning from Fiona Lachlan-Reyes, a lawyer for a group of 900 customers, he said the coins had been moved to "⟦p:k|cold storage⟧" in March.
"⟦d:f|Which wallet?⟧" Lachlan-Reyes asked.
"⟦d:k|Several,⟧" Asante-Doyle said.
"⟦d:f|Can you name one?⟧"
"⟦d:k|Not from memory.⟧"
"⟦d:f|You moved 3,200 bitcoin and you can't name the wallet?⟧" she asked.
"⟦d:k|I didn't move them personally. My team did,⟧" he replied.
Judge Ottilie Brandvold interrupted. "⟦d:j|Mr Asante-Doyle, the court is not asking for your memory. It is asking for your records,⟧" she said. "⟦d:j|You have two weeks.⟧"
Outside court, Lachlan-Reyes told reporters her clients were "⟦p:f|out of patience and, in many cases, out of savings⟧". Coinvane's lawyer, Malcolm Prideaux, declined to comment.

### 016
@a Benedikte Aalund-Sørensen | Halden’s head of research
@b Kofi Mensah-Bright | a neurologist at St Columba’s Hospital who was not involved in the study
@h Halden Therapeutics | the company
@c Rafael Ibarra-Lund | Its chief executive
@u - | a portfolio manager at a Nordic pension fund
Shares in Halden Therapeutics fell by a third on Monday after its experimental drug for early Alzheimer’s disease slowed cognitive decline in a late-stage trial by less than analysts had hoped.
The drug, HLD-204, slowed decline by 19 per cent over 18 months compared with a placebo, the company said. Analysts had expected a figure closer to 30 per cent.
“⟦d:a|This is a positive trial. The drug did what we said it would do,⟧” Dr Benedikte Aalund-Sørensen, Halden’s head of research, said on a call with investors. “⟦d:a|The market wanted a home run. Patients will take a solid single.⟧”
Not everyone agreed. Professor Kofi Mensah-Bright, a neurologist at St Columba’s Hospital who was not involved in the study, said a 19 per cent difference would be “⟦p:b|very hard for a family to notice⟧”. “⟦d:b|I’d want to see the side-effect data before I called it anything,⟧” he said.
About 12 per cent of patients who received the drug had swelling in the brain on scans, against 2 per cent on the placebo. The company said most cases were “⟦p:h|mild and resolved on their own⟧”.
Halden plans to apply for approval early next year. Its chief executive, Rafael Ibarra-Lund, said the company had enough cash to last “⟦p:c|well into 2027⟧”.
One long-term shareholder was blunter. “⟦d:u|We’ve waited eleven years for this result and it’s fine. Fine is not what we paid for,⟧” said a portfolio manager at a Nordic pension fund, who spoke on condition of anonymity because the fund does not comment on its holdings.

### 017
@j Joanne Pettifer | Plant manager
@d Deborah Nwachukwu-Hale | the union convenor at the site
@v Veldhuis & Crane | The kitchen appliance maker
@c Arun Castellano | The regional business minister
The kitchen appliance maker Veldhuis & Crane will close its factory in Ashby Marren next spring, putting 640 jobs at risk, the company told employees on Wednesday.
Plant manager Joanne Pettifer broke the news at a staff meeting in the canteen. According to two people who were there, she read from a prepared statement and took no questions.
In the statement, later released by the company, she said the decision had been "⟦p:j|the hardest of my career⟧". "⟦d:j|None of this reflects on the people in this building,⟧" she said. "⟦d:j|You have made good products here for fifty-one years.⟧"
Deborah Nwachukwu-Hale, the union convenor at the site, said members were angry that they had learned of the closure only hours before it was announced publicly. "⟦d:d|Joanne is a decent woman and I don't blame her. She was handed a script,⟧" she said. "⟦d:d|The people who wrote that script are in Rotterdam, and they've never set foot in Ashby.⟧"
Veldhuis & Crane said production would move to its plant in Poland, where costs were "⟦p:v|significantly lower⟧".
The regional business minister, Arun Castellano, said he had spoken to the company's chairman. "⟦d:c|I asked him to reconsider. He said no. I'm going to ask again,⟧" Castellano said.

### 018
@x - | Flikkr staff
@r Rhiannon Pryce-Okafor | The committee chair
@g Gideon Marchetti | Flikkr’s head of public policy for Europe
@i Ines Kovačević | Flikkr’s chief safety officer
@s Selwyn Abara | Another committee member
Executives from the social video app Flikkr faced more than two hours of questioning from the Assembly’s digital affairs committee on Thursday over how the app recommends content to teenagers.
The committee chair, Rhiannon Pryce-Okafor, opened by reading from an internal presentation, published by the committee last week, in which Flikkr staff described teenage users as “⟦p:x|the most valuable attention on the internet⟧”.
“⟦d:r|Who wrote that sentence?⟧” she asked.
“⟦d:g|I don’t know who wrote that particular slide,⟧” replied Gideon Marchetti, Flikkr’s head of public policy for Europe. “⟦d:g|I do know it doesn’t reflect how we design the product.⟧”
“⟦d:r|Then how does it come to be in a presentation about how you design the product?⟧”
Marchetti paused. “⟦d:g|It was a draft. Drafts say things,⟧” he said.
Another committee member, Selwyn Abara, asked why the app’s own research into sleep had not been published. Flikkr’s chief safety officer, Dr Ines Kovačević, said the study was “⟦p:i|not methodologically strong enough⟧” to publish. “⟦d:i|We don’t publish weak research just because it’s interesting,⟧” she said.
“⟦d:s|You published the strong research, then?⟧” Abara said. “⟦d:s|Where is it?⟧”
There was laughter in the public gallery.

### 019
@c Cell Pathways | the journal
@l Lionel Ashcombe-Varga | the prominent immunologist
@n Nadia Ferreira-Koh | then a PhD student in his laboratory at the Brennagh Institute
@b Brennagh Institute | the institute
The journal Cell Pathways has retracted a 2021 paper by the prominent immunologist Professor Lionel Ashcombe-Varga after an investigation found that images in four of its figures had been duplicated and altered.
In a retraction notice published on Friday, the journal said the alterations "⟦p:c|undermine confidence in the conclusions⟧" and that Ashcombe-Varga had not provided the original data when asked.
The problems were first raised in 2023 by Nadia Ferreira-Koh, then a PhD student in his laboratory at the Brennagh Institute. She said she had noticed that two supposedly different tissue samples showed "⟦p:n|the same scratch in the same place⟧".
"⟦d:n|I remember zooming in and thinking I'd made a mistake,⟧" she said in an interview. "⟦d:n|Then I found the same scratch in a third figure.⟧"
Ferreira-Koh, now a postdoctoral researcher in Canada, said she had reported her concerns to the institute and was moved to a different project within weeks. "⟦d:n|Nobody said it was because of the complaint,⟧" she said. "⟦d:n|Nobody had to.⟧"
Ashcombe-Varga said in a statement that the errors were "⟦p:l|inadvertent⟧" and had resulted from "⟦p:l|poor record-keeping by junior staff⟧". "⟦d:l|I have never knowingly falsified data and I never would,⟧" he said.
The Brennagh Institute said it had opened its own inquiry. "⟦d:b|We take any allegation of research misconduct extremely seriously,⟧" the institute said.

### 020
@p Priyanka Deshmukh-Ellery | Solvane's founder
@b Brightwater Launch Services | The launch provider
@c Callum Rennie | -
A rocket carrying Solvane Orbital's first weather satellite broke apart about 90 seconds after lifting off from the Kessock Point spaceport on Saturday, ending a launch the company had delayed four times.
"⟦d:p|Today did not go the way we wanted,⟧" Solvane's founder, Priyanka Deshmukh-Ellery, posted on X shortly afterwards. "⟦d:p|Everyone is safe. We will find out what happened and we will fly again.⟧"
The launch provider, Brightwater Launch Services, said in a statement that an "⟦p:b|anomaly in the second stage⟧" had occurred shortly after the rocket passed through the point of maximum aerodynamic stress. It said debris had fallen into a designated exclusion zone at sea.
Spectators who had gathered on the headland said they heard a crack before the rocket disappeared into cloud. "⟦d:c|Everyone cheered and then everyone went quiet,⟧" said Callum Rennie, who had driven from Inverbrae with his two sons.
A coastguard spokesperson said no vessels had been in the area.
The satellite was insured, according to Deshmukh-Ellery, who said the company had "⟦p:p|enough money for a second attempt and not a third⟧".

### 021
@v Verity Assurance | the consultancy
@h Haldor Athletic | the sportswear company
@i Irena Vasilescu-Boateng | -
@w - | A worker at the factory
An audit commissioned by the sportswear company Haldor Athletic found evidence of forced labour at a factory that supplies its running shoes, but the company did not disclose the findings for nine months, according to a copy of the report seen by the Examiner.
The audit, carried out in February by the consultancy Verity Assurance, found that workers at the factory had their passports held by a recruitment agent and owed fees of up to ``⟦p:v|eight months' wages⟧'' to get their jobs.
``⟦d:v|These indicators, taken together, meet the threshold for forced labour under the ILO definitions,⟧'' the report concluded.
Haldor said in a statement that it had ``⟦p:h|acted immediately⟧'' on the audit by requiring the factory to repay recruitment fees and return passports. ``⟦d:h|We chose to fix the problem before we talked about it,⟧'' the company said.
Irena Vasilescu-Boateng, who monitors supply chains for the campaign group Threadwatch, said that was not good enough. ``⟦d:i|Nine months is a long time to keep quiet when customers are buying those shoes every day,⟧'' she said.
A worker at the factory, reached by phone through an interpreter, said her passport had been returned in June. ``⟦d:w|They gave it back in an envelope and told us not to talk about it,⟧'' she said.

### 022
@b Beatrix Holloway-Nnadi | Ofgrid's director of enforcement
@t Thamesmere Power | -
@c Conrad Ellingham | Its chief executive
@g Gwendolyn Achterberg-Oyo | Consumer advocate
The energy regulator Ofgrid has fined Thamesmere Power £42m for overcharging about 190,000 customers on prepayment meters, the largest penalty it has imposed on a single supplier.
Ofgrid's director of enforcement, Beatrix Holloway-Nnadi, said the company had known about the billing error for more than a year before fixing it. "⟦d:b|This was not a glitch. It was a choice to leave a glitch in place,⟧" she said.
Thamesmere said it "⟦p:t|accepts the findings in full⟧" and had already refunded affected households. Its chief executive, Conrad Ellingham, said: "⟦d:c|We got this wrong, and customers who could least afford it paid the price. I apologise to every one of them.⟧"
Consumer advocate Gwendolyn Achterberg-Oyo said the fine should be spent on debt relief. "⟦d:g|Forty-two million is a headline,⟧" she said. "⟦d:g|What matters is whether any of it reaches the people who were overcharged.⟧"
The regulator said the fine would be paid into a voluntary redress fund.

### 023
@g Graymark Research | the short seller
@t Transfrota | the Lisbon-listed logistics group
@j João Pedro Albuquerque | Its chairman
@h Hannah Brightwell-Osei | a professor of accounting at the Lusitania Business School
Shares in the Lisbon-listed logistics group Transfrota fell 23 per cent on Tuesday after the short seller Graymark Research published a report accusing it of inflating revenue through transactions with companies controlled by its own executives.
The 68-page report alleges that about a fifth of Transfrota’s reported revenue last year came from “⟦p:g|customers that exist mainly on paper⟧”. Graymark said it had a short position in the stock.
“⟦d:g|We found warehouses that were empty, offices that were apartments, and one customer whose registered address was a petrol station,⟧” the report said.
Transfrota called the report “⟦p:t|false, defamatory and opportunistic⟧” and said it would take legal action. Its chairman, João Pedro Albuquerque, said in a televised interview: “⟦d:j|Os nossos números são auditados e estão corretos.⟧” (“⟦d:j|Our numbers are audited and they are correct.⟧”)
The company’s auditor, Meyer Lindahl & Co, declined to comment.
Hannah Brightwell-Osei, a professor of accounting at the Lusitania Business School, said the allegations were serious but unproven. “⟦d:h|Short sellers have an obvious interest, and so does management,⟧” she said. “⟦d:h|The auditor is the one party that’s supposed to have none, which is why its silence is notable.⟧”

### 024
@l Bernadette O'Shaughnessy-Lyle | the council's leader
@m Marcus Adeyemi-Holt | Detective Chief Inspector
@u - | An IT contractor who works with the council
Services at Harrowgate Vale District Council remained offline on Monday, a week after a ransomware attack that the council's leader described as "⟦p:l|the digital equivalent of a flood⟧".
Cllr Bernadette O'Shaughnessy-Lyle said residents could not apply for housing benefit, book bulky-waste collections or view planning applications online. "⟦d:l|We've gone back to paper and telephones, and our staff have been heroic,⟧" she said. "⟦d:l|But I won't pretend this is a small thing.⟧"
Detective Chief Inspector Marcus Adeyemi-Holt, of the regional cyber crime unit, said investigators believed the attack had been carried out by a criminal group known as "⟦s:-|Nightjar⟧". "⟦d:m|The group has hit at least eleven public bodies this year,⟧" he said. "⟦d:m|Paying them doesn't make them go away. It makes them come back.⟧"
The council has said it will not pay the ransom. An IT contractor who works with the council, and who asked not to be named, said backups had been "⟦p:u|patchy at best⟧". "⟦d:u|Some systems were backed up nightly. Some hadn't been backed up since 2019,⟧" he said.

### 025
@m Matthias Oberholzer | The company's chief executive
@e Esther Naidoo-Lambert | -
@c Corinne Matzinger | -
The Basel biotech company Rheintal Bio set a list price of 2.4 million Swiss francs on Wednesday for Lumavex, a one-time gene therapy for a rare inherited form of blindness, making it one of the most expensive medicines ever sold.
The company's chief executive, Matthias Oberholzer, defended the price at a press conference. "⟦d:m|Wir verkaufen keine Tablette, wir verkaufen ein Leben mit Augenlicht,⟧" he said, then repeated it in English: "⟦d:m|We are not selling a pill. We are selling a life with sight.⟧"
The therapy, which is injected into the eye once, restored useful vision in 14 of 21 children in its main trial.
Health economists were sceptical. "⟦d:e|The price isn't based on what it costs to make. It's based on what the company thinks it can get,⟧" said Dr Esther Naidoo-Lambert, who advises public insurers in three countries. "⟦d:e|Those are different numbers.⟧"
Corinne Matzinger, whose eight-year-old son Elias took part in the trial, said she understood both sides. "⟦d:c|Before the injection he couldn't see the stars. Now he names them,⟧" she said. "⟦d:c|I can't put a price on that. I'm glad it's not my job to.⟧"

### 026
@v Vireo Telecom | the company
@t Tobias Ekwueme-Strand | The communications minister
@g Greta Oyelowo | a care worker from Dunmere
@u - | A senior engineer at a rival network
Millions of mobile customers of Vireo Telecom were unable to make calls, including to emergency services, for up to seven hours on Friday after what the company called “⟦p:v|a faulty software update to our core network⟧”.
The outage began shortly after 4am and was not fully resolved until 11am.
“⟦d:v|We are truly sorry. This should never have happened, and we will publish a full account of why it did,⟧” Vireo said in a statement on Friday afternoon.
The communications minister, Tobias Ekwueme-Strand, said he had summoned Vireo’s chief executive to a meeting on Monday. “⟦d:t|A network that can’t connect a 999 call is not a network,⟧” he told the Morning Programme. “⟦d:t|I want to know who approved this update, when, and what testing it had.⟧”
Greta Oyelowo, 58, a care worker from Dunmere, said she had been unable to reach an ambulance for her neighbour, who had fallen. “⟦d:g|I tried four times. In the end I ran to the petrol station and used their landline,⟧” she said. Her neighbour was later treated in hospital.
A senior engineer at a rival network, who spoke on condition of anonymity, said such updates were normally tested on a small part of the network first. “⟦d:u|Either they skipped that step or the test didn’t catch it. Neither is great,⟧” the engineer said.

### 027
@t Simon Treharne-Addo | a former director of the biotech firm Palisade Genomics
@n Neil Carradine | his brother-in-law
@h Helena Marsh-Obi | head of markets enforcement at the Financial Conduct Office
A jury in Wexcombe on Thursday convicted Simon Treharne-Addo, a former director of the biotech firm Palisade Genomics, of insider trading, after hearing that he sold £1.3m of shares days before the company disclosed a failed trial.
Treharne-Addo, 52, showed no emotion as the verdict was read. He faces up to seven years in prison and will be sentenced next month.
The prosecution had relied heavily on text messages between Treharne-Addo and his brother-in-law, Neil Carradine, who also sold shares and was convicted on the same charge. In one message, sent the evening before the first sale, Treharne-Addo wrote: "⟦d:t|Sell. Don't ask. Delete this.⟧"
Outside court, Carradine's solicitor, Farah Qureshi-Blake, read a statement on his behalf. "⟦d:n|I trusted my family and I did something stupid. I am ashamed of it,⟧" the statement said. "⟦d:n|I will not appeal.⟧"
Helena Marsh-Obi, head of markets enforcement at the Financial Conduct Office, said in a statement: "⟦d:h:m|Today's verdict sends a clear message. Insider dealing is not a victimless crime: every ordinary investor who bought those shares paid for it.⟧
"⟦d:h|We will continue to pursue people who use privileged information, however senior they are and however small the circle they share it with.⟧"
Palisade Genomics said it had cooperated fully with the investigation.

### 028
@f Fernhill Bank | the bank
@a Ashok Pillai-Grant | Sole trader
@e - | A Fernhill software engineer
@r Rebecca Lindgren-Asare | -
Customers of Fernhill Bank were locked out of their accounts for a second day on Tuesday as the lender struggled to finish moving its systems to a new platform, a project it had promised would be ``⟦p:f|invisible to customers⟧''.
``⟦d:f|We know how frustrating this is, and we are working around the clock,⟧'' the bank said in a post on its website.
Sole trader Ashok Pillai-Grant said he had been unable to pay his two employees. ``⟦d:a|I've banked with them for twenty years. Today I couldn't see a single penny of my own money,⟧'' he said. ``⟦d:a|Twenty years, and I found out from Twitter.⟧''
A Fernhill software engineer, writing on an anonymous industry forum, said the migration had been ``⟦p:e|rushed to hit a bonus date⟧''. The claim could not be independently verified.
Rebecca Lindgren-Asare, who chairs the Assembly's Treasury committee, said she would write to the bank's chief executive, Alasdair Munro. ``⟦d:r|Customers deserve a date, not an apology,⟧'' she said.

### 029
@q Qubitra | a quantum computing start-up based in Delft
@w Wouter Everaert-Mbaye | Qubitra's co-founder
@l Li Wenjing | -
Qubitra, a quantum computing start-up based in Delft, said on Tuesday that its new 1,200-qubit processor had solved a chemistry problem "⟦p:q|beyond the reach of any classical supercomputer⟧", a claim that drew immediate scepticism from rival researchers.
"⟦d:w|This is the moment the field has been waiting for,⟧" Qubitra's co-founder Dr Wouter Everaert-Mbaye told reporters at the company's headquarters.
Within hours, a group of physicists at the Technical University of Karlsborg posted a preprint showing that a conventional computer could reproduce the result in about four hours.
"⟦d:l|It's a nice experiment. It is not what they say it is,⟧" said Professor Li Wenjing, who led the Karlsborg group. "⟦d:l|Quantum advantage claims have a habit of evaporating when someone sits down with a good classical algorithm.⟧"
Everaert-Mbaye said the preprint had used "⟦p:w|a simplified version⟧" of the problem. "⟦d:w|They solved an easier question and called it ours,⟧" he said.
Li said she would be "⟦p:l|delighted to be proven wrong⟧" and invited Qubitra to share its raw data. The company said it would do so "⟦p:q|in due course⟧".
Qubitra raised €140m from investors in the spring.

### 030
@o Osman Farah-Lindberg | the directorate's chief scientific adviser
@n Neville Stroud | Brackenridge's managing director
@p Patrick Delaney | His son
The frozen-food maker Brackenridge Foods recalled 38 products on Friday after listeria was found at its plant in Coldwater, in what health officials said was the largest food recall in the country for a decade.
The Food Standards Directorate said three people had been admitted to hospital with listeriosis, one of whom, a 79-year-old man, had died. "⟦d:o|We have linked these cases to Brackenridge products with a high degree of confidence,⟧" said Dr Osman Farah-Lindberg, the directorate's chief scientific adviser.
Brackenridge's managing director, Neville Stroud, said the company was "⟦p:n|devastated⟧". He told the Record that the contamination had been traced to a drain beneath a production line installed in March. "⟦d:n|We found it, we've shut the line, and we're deep-cleaning the whole site,⟧" he said. "⟦d:n|That does not undo what has happened, and I know that.⟧"
Stroud said he had spoken to the family of the man who died. His son, Patrick Delaney, said the call had lasted two minutes. "⟦d:p|He said sorry. I said sorry doesn't bring my dad home,⟧" Delaney said. "⟦d:p|Then he said he had another call.⟧"
Customers have been told to return affected products for a full refund.

### 031
@a Comisión de Protección de Datos | Costa Serena’s data regulator
@r Ramón Etxeberria Solís | the commission’s president
@v Valentina Ruiz-Okafor | PulsoFit’s founder
@t Tomás Aguirre | Digital rights lawyer
Costa Serena’s data regulator, the Comisión de Protección de Datos, has fined the fitness app PulsoFit €6.5m for sharing users’ heart-rate and location data with advertisers without proper consent, one of the largest penalties it has imposed on a health app.
In its ruling, the commission said the app’s consent screen had been “⟦p:a|designed to be accepted rather than understood⟧”.
“⟦d:r|Los usuarios no sabían que su corazón estaba a la venta,⟧” the commission’s president, Ramón Etxeberria Solís, told a news conference. (“⟦d:r|Users did not know their heartbeat was for sale.⟧”)
PulsoFit’s founder, Valentina Ruiz-Okafor, said the company would appeal. “⟦d:v|We have always been transparent with our users and we strongly disagree with this decision,⟧” she said in a written statement.
Digital rights lawyer Tomás Aguirre said the fine was “⟦p:t|a warning shot for the whole sector⟧”. “⟦d:t|Every fitness app in the country is reading this ruling tonight,⟧” he said.

### 032
@a Amara | The 34-year-old founder of Tallyroot
@d Devesh | Her co-founder
@g Giselle Marchbanks-Tay | a partner at Hollin Ventures who had turned Tallyroot down a year earlier
At 7.15 on a Tuesday morning, Amara is already on her third call. The 34-year-old founder of Tallyroot, a payroll software company with 220 employees and customers in nine countries, takes most of them walking laps of a car park in Brindle Cross because, she says, "⟦p:a|I think better when my legs are busy⟧".
Her company was valued at £410m in its last funding round. Two years ago it nearly ran out of money.
"⟦d:a|We had eleven weeks of cash,⟧" Amara recalled. "⟦d:a|I didn't tell the team. I told my co-founder, and I told my mum, and I'm not sure which of those was the worse idea.⟧"
Her co-founder, Devesh, remembers it differently. "⟦d:d|She told me at 2am by text message. The text said, 'Are you awake? Don't panic,'⟧" he said. "⟦d:d|Which is the most panic-inducing sentence in English.⟧"
The rescue came from Giselle Marchbanks-Tay, a partner at Hollin Ventures who had turned Tallyroot down a year earlier. "⟦d:g|I was wrong the first time. I'm happy to say that,⟧" Marchbanks-Tay said. "⟦d:g|Amara is the kind of founder who gets more careful as things get better, which is rare.⟧"
Amara laughed when this was read back to her. "⟦d:a|Careful is a polite word for paranoid,⟧" she said.

### 033
@h Harriet Osei-Lindgren | Chief executive
@m Marisol Duarte-Finch | The chain's commercial director
@k Kieran Blackwood | Retail analyst
The grocer Pennant & Vale reported a 4 per cent rise in like-for-like sales over Christmas on Thursday, beating forecasts, as shoppers traded up to its premium own-label range.
Chief executive Harriet Osei-Lindgren said the results showed the chain had ``⟦p:h|stopped apologising for being a bit more expensive⟧''. ``⟦d:h|Customers will pay for quality if you give them a reason,⟧'' she said.
The chain's commercial director, Marisol Duarte-Finch, said the premium range now accounted for nearly a quarter of sales. She said mince pies alone had sold 11 million units. ``⟦d:m|We ran out twice. That's a problem I'm happy to have,⟧'' she said.
Osei-Lindgren was less upbeat about costs. A rise in employer taxes would add ``⟦p:h|about £60m⟧'' to the wage bill this year, she said, and some of that would ``⟦p:h|inevitably⟧'' reach prices. ``⟦d:h|We'll absorb what we can,⟧'' she added. ``⟦d:h|We can't absorb all of it.⟧''
Retail analyst Kieran Blackwood of Thistle Capital said the figures were strong but that the chain was ``⟦p:k|running out of room to trade people up⟧''. ``⟦d:k|At some point the premium shopper is already in the premium aisle,⟧'' he said.

### 034
@u - | one man near the back
@k Keith Amankwah | SkyParcel's operations manager
@h Hilary Fenwick-Stone | Retired GP
@s - | a spokeswoman for the board
A trial of drone deliveries of prescription medicines to the villages around Lower Fenwick will continue until the end of the year despite complaints from residents about noise, the health board said on Monday.
About 80 people packed into the village hall on Saturday for a meeting with representatives of SkyParcel, the company running the trial.
"⟦d:u|How many flights a day are we talking about?⟧" asked one man near the back.
"⟦d:k|At the moment, about twelve,⟧" replied SkyParcel's operations manager, Keith Amankwah. "⟦d:k|At full capacity, it could be forty.⟧"
"⟦d:-|Forty!⟧" someone shouted.
Retired GP Dr Hilary Fenwick-Stone said she supported the principle. "⟦d:h|I spent thirty years watching patients drive forty minutes to collect a prescription. I'm not against this,⟧" she said. "⟦d:h|I'm against it flying over my roof at breakfast.⟧"
Amankwah said the company was considering changing the flight path. "⟦d:k|We hear you,⟧" he told the room. "⟦d:k|We're not going to pretend the drones are silent.⟧"
The health board said the trial had cut average delivery times from two days to 40 minutes. "⟦d:s|Patients who can't travel are getting medicines the same day,⟧" a spokeswoman for the board said.

### 035
@e Emeka Okonjo-Wirth | a remote-sensing scientist who led the analysis
@x - | a project manager
@f - | A former Verdaleaf employee
@v Verdaleaf | the Geneva-based developer
@a Aviana Airways | -
A forest-protection project in the highlands of Tamarisk Province that has sold more than $90m worth of carbon credits to airlines and technology companies protected far less forest than it claimed, according to satellite analysis and internal documents reviewed by the Chronicle.
The project, run by the Geneva-based developer Verdaleaf, claimed to have prevented the clearing of 41,000 hectares. An analysis of satellite imagery by researchers at the University of Moorfield found the true figure was likely below 6,000.
“⟦d:e|The baseline they used assumes a rate of deforestation the region has never seen, before or since,⟧” said Dr Emeka Okonjo-Wirth, a remote-sensing scientist who led the analysis. “⟦d:e|If you inflate the baseline, every hectare still standing becomes a credit.⟧”
An internal Verdaleaf email from 2021, reviewed by the Chronicle, shows a project manager warning colleagues that the baseline was “⟦p:x|aggressive⟧” and “⟦p:x|unlikely to survive scrutiny⟧”. The manager no longer works for the company and could not be reached.
A former Verdaleaf employee, who spoke on condition of anonymity because of a confidentiality agreement, said concerns were routinely dismissed. “⟦d:f|The answer was always that the methodology had been approved, so it was fine,⟧” the former employee said.
Verdaleaf said in a statement that its methodology had been “⟦p:v|independently verified by an accredited body⟧” and that it “⟦p:v|rejects the characterisation⟧” of its work.
Aviana Airways, which bought credits from the project, said it was “⟦p:a|urgently reviewing⟧” its offsetting programme.

### 036
@i Imogen Achterhof-Bain | the company's chief executive
@o - | one of them
@c Caldera Bio | The gene-editing company
@r Rupert Hallam-Ndiaye | Biotech investor
The gene-editing company Caldera Bio will cut about 30 per cent of its staff and halt work on two of its four drug programmes, according to an internal memo sent to employees on Monday and seen by the Tribune.
"⟦d:i|This is the hardest message I have written as CEO,⟧" the company's chief executive, Dr Imogen Achterhof-Bain, wrote in the memo. "⟦d:i:m|Over the past year the funding environment for our kind of science has changed faster than we did.⟧
"⟦d:i|We are going to focus on the two programmes closest to patients. That means saying goodbye to colleagues who have done excellent work, and I want to be clear that these decisions are about money, not merit.⟧"
Two employees who received the memo said they learned whether they were affected through a calendar invitation titled "⟦s:-|Organisational update⟧".
"⟦d:o|Twenty minutes, a video call with HR, and a box for my things,⟧" one of them said.
Caldera said in a statement that affected staff would receive "⟦p:c|enhanced severance and healthcare through the end of the year⟧".
Biotech investor Rupert Hallam-Ndiaye said the cuts were overdue. "⟦d:r|Four programmes on that balance sheet was always two too many,⟧" he said.

### 037
@r Rosa Quispe Mamani | a community leader
@l Litoral Andino | the mining company
@i Ignacio Varela-Brandt | Its environment manager
@a Ana Beltrán-Hughes | Hydrogeologist
Residents of the salt-flat community of Quebrada Alta have filed a complaint against the mining company Litoral Andino, accusing it of drawing so much groundwater for lithium extraction that the village's wells have run dry.
"⟦d:r|Antes sacábamos agua a diez metros. Ahora no hay agua a treinta,⟧" said Rosa Quispe Mamani, a community leader, speaking in Spanish. "⟦d:r|We used to find water at ten metres. Now there is no water at thirty.⟧"
The complaint, filed with the environmental tribunal in the regional capital, asks for pumping to be suspended while an independent study is carried out.
Litoral Andino said in a statement that its operations were "⟦p:l|fully compliant with our permits⟧" and that its own monitoring showed "⟦p:l|no significant effect⟧" on community wells. Its environment manager, Ignacio Varela-Brandt, told reporters: "⟦d:i|We share the same aquifer as our neighbours. We have every interest in protecting it.⟧"
Hydrogeologist Dr Ana Beltrán-Hughes, who has studied the basin for a decade, said the company's monitoring wells were "⟦p:a|in the wrong places to see the problem⟧". "⟦d:a|If you only measure where you expect no change, you will find no change,⟧" she said.

### 038
@k Kenji Moriyama | The president of Japanese electronics maker Harunobu Electric
@a Akiko Tanizaki-Ross | Committee chair
The president of Japanese electronics maker Harunobu Electric bowed deeply before television cameras in Osaka on Wednesday and apologised for a decade of falsified safety tests on industrial transformers.
“⟦d:k|I apologise from the bottom of my heart to our customers and to society,⟧” Kenji Moriyama said through an interpreter. “⟦d:k|This was not the act of a few individuals. It was a failure of our culture, and I am responsible for that culture.⟧”
An external committee of lawyers found that inspectors at two plants had copied test results from earlier units rather than testing new ones. Its report said staff had referred to the practice as “⟦s:-|borrowing⟧”.
Committee chair Akiko Tanizaki-Ross said the falsification had been “⟦p:a|known at the management level for years⟧”. “⟦d:a|Several people told us they assumed someone above them had approved it,⟧” she said. “⟦d:a|Nobody above them had. Nobody had asked.⟧”
Moriyama, 63, said he would step down once a successor was found. No transformers are known to have failed, the company said.

### 039
@g Graham Oduya-Price | the lead plaintiff
@d Deirdre Abernathy-Sloane | His lawyer
@b Brightloft Home | its maker
Owners of the Nestwell smart thermostat have filed a class action against its maker, Brightloft Home, alleging that a software update last winter left thousands of homes without heating during a cold snap.
The lawsuit, filed in the Eastern Commercial Court by the lead plaintiff, Graham Oduya-Price, says the update caused devices to "⟦p:g|freeze in an idle state⟧" for up to three days.
"⟦d:g|My pipes burst on the second night. The thermostat app said everything was fine,⟧" Oduya-Price, a retired teacher from Harlow Moss, said in an interview. "⟦d:g|That's what made me angry. It wasn't just broken. It was lying.⟧"
His lawyer, Deirdre Abernathy-Sloane, said more than 4,000 owners had contacted her firm. "⟦d:d|We think the real number affected is many times that,⟧" she said.
Brightloft said it had issued a fix within 72 hours and had offered affected customers a free year of its premium service. "⟦d:b|We regret the inconvenience caused,⟧" the company said.
"⟦d:g|Inconvenience,⟧" Oduya-Price said when the statement was read to him. "⟦d:g|That's one word for it.⟧"

### 040
@a Fatoumata Diallo-Reinholt | the study’s lead author
@g Gideon Ashdown-Yeo | an astrophysicist at the University of Carrick who was not involved in the research
Astronomers using the Meridian Space Telescope say they have detected water vapour and possible clouds in the atmosphere of a rocky planet orbiting a red dwarf 41 light years away, the smallest world on which such a measurement has been made.
The planet, known as Halcyon-7c, is about 1.4 times the size of Earth and orbits within its star’s so-called “⟦s:-|habitable zone⟧”.
“⟦d:a|We’re not saying there’s life. We’re not even saying there’s liquid water,⟧” said Dr Fatoumata Diallo-Reinholt of the Hesperus Observatory, the study’s lead author. “⟦d:a|We’re saying there is an atmosphere, and it has water in it, and that alone is something we didn’t know a rocky planet around a red dwarf could keep.⟧”
Red dwarfs are prone to violent flares, which many astronomers had thought would strip away the atmospheres of nearby planets.
Professor Gideon Ashdown-Yeo, an astrophysicist at the University of Carrick who was not involved in the research, called the detection “⟦p:g|careful and convincing⟧”, though he noted the signal was “⟦p:g|at the edge of what the instrument can do⟧”. “⟦d:g|I’d put a modest bet on it,⟧” he said. “⟦d:g|Not my house.⟧”
Diallo-Reinholt said the team had applied for more observing time next year.

### 041
@m Els Vandenbroucke | Mareval's chief information officer
@f Ruben Okafor-Declercq | -
@u - | A person familiar with the investigation
@c Mareval | Antwerp-based shipping group
Port operations at Antwerp-based shipping group Mareval were disrupted for a third day on Thursday after a cyberattack forced the company to shut down its booking and tracking systems worldwide.
«⟦d:m|We have restored email and we are restoring the systems that matter most to our customers first,⟧» Mareval's chief information officer, Els Vandenbroucke, said in a video posted on the company's website. «⟦d:m|I am not going to give a date until I am confident in it.⟧»
Freight forwarders said containers were piling up. «⟦d:f|We have forty boxes sitting in a yard and nobody can tell us when they will be released,⟧» said Ruben Okafor-Declercq, who runs a forwarding company in Ghent.
A person familiar with the investigation said the attackers had entered the network through a supplier's account. The person, who was not authorised to speak publicly, described the intrusion as «⟦p:u|patient and very quiet⟧».
Mareval said it had notified data protection authorities in Belgium and the Netherlands, and that there was «⟦p:c|no indication⟧» that customer payment data had been taken.

### 042
@j Cordelia Nakamura-Whyte | Employment Judge
@t Tariq Mensah-Lowe | One of them
@d Dashly | the food delivery platform
@s Siobhán Ní Bhriain | Employment lawyer
Riders for the food delivery platform Dashly are workers entitled to the minimum wage and holiday pay, an employment tribunal in Castlebridge ruled on Friday, in a decision that could affect more than 20,000 people.
In a 96-page judgment, Employment Judge Cordelia Nakamura-Whyte said the company's contracts, which describe riders as independent contractors, did not reflect "⟦p:j|the reality of the relationship⟧".
"⟦d:j|A rider who cannot set his own price, cannot see where he is going until he accepts the job, and is removed from the platform for declining too many jobs is not in business on his own account,⟧" she wrote.
"⟦d:j|The label the parties put on the relationship cannot change what it is.⟧"
The case was brought by three riders with the support of the Independent Workers' Union. One of them, Tariq Mensah-Lowe, 26, said outside the tribunal: "⟦d:t|I've been riding for five years. Today is the first time anyone official has said what I've always known.⟧"
Dashly said it would appeal. "⟦d:d|Riders tell us again and again that they value flexibility above everything, and this judgment puts that flexibility at risk,⟧" the company said in a statement.
Employment lawyer Siobhán Ní Bhriain said the ruling was "⟦p:s|carefully reasoned and hard to appeal⟧".

### 043
@m Mireille Fontaine-Adjei | A former trust-and-safety manager at the social network Chirrup
@x - | a vice-president of growth
@h Harlan Whitcombe | the committee's ranking member
@c Chirrup | the social network
A former trust-and-safety manager at the social network Chirrup told lawmakers on Tuesday that the company had repeatedly shelved proposals to slow the spread of election misinformation because they would reduce engagement.
Mireille Fontaine-Adjei, who spent four years at Chirrup before resigning in March, brought with her more than 2,000 pages of internal documents, which she has also provided to the Securities Commission.
"⟦d:m|Every time we found a fix that worked, the first question was never 'Does this help users?' It was 'What does it do to time spent?'⟧" she told the Senate Commerce Committee.
One document, a 2022 slide presentation, shows a proposed change labelled "⟦s:-|friction test 4⟧" that would have reduced the reach of unverified claims by an estimated 30 per cent. A note on the slide, attributed in the document to a vice-president of growth, reads: "⟦d:x|Not this quarter.⟧"
Sen. Harlan Whitcombe, the committee's ranking member, was incredulous. "⟦d:h|You are telling us that a company worth $80bn decided misinformation was a rounding error,⟧" he said.
Fontaine-Adjei paused. "⟦d:m|I'm telling you it was a line on a dashboard,⟧" she said.
Chirrup said in a statement that Fontaine-Adjei had "⟦p:c|cherry-picked⟧" documents to "⟦p:c|paint a misleading picture⟧" of its work. "⟦d:c|We have invested more in safety than any company our size,⟧" the statement said.

### 044
@n Nils-Erik Haavisto | Its chief executive
@a Adaeze Nwosu-Pirelli | a plasma physicist at Carrick Institute of Technology
@q Qaranor Future Fund | the sovereign wealth fund of Qaranor
@b Bea Lindqvist-Amar | Tokamind's chief operating officer
The fusion energy start-up Tokamind has raised $620m from a group of investors led by the Qaranor Future Fund, the sovereign wealth fund of Qaranor, the largest private funding round for a fusion company this year.
The company, based in Aberlarch, plans to build a demonstration reactor by 2031. Its chief executive, Dr Nils-Erik Haavisto, put it simply: "⟦d:n|We have the physics. Now we need the plumbing.⟧"
"⟦d:n|Fusion has been thirty years away for seventy years,⟧" he joked at a briefing. "⟦d:n|We think we've got it down to about eight.⟧"
Critics note that no fusion device has yet produced more energy than the whole plant consumes. "⟦d:a|There is a big difference between a plasma result and a power station,⟧" said Professor Adaeze Nwosu-Pirelli, a plasma physicist at Carrick Institute of Technology. "⟦d:a|Investors are paying for the second and, so far, the field has delivered the first.⟧"
The fund said in a statement that it was making "⟦p:q|a long-term bet on a transformational technology⟧".
Tokamind's chief operating officer, Bea Lindqvist-Amar, admitted the timeline was "⟦p:b|tight⟧". "⟦d:b|If you asked me whether 2031 has slack in it, I'd say no. It has none,⟧" she said.

### 045
@p Patricia Oyenuga-Hale | Auditor General
@o - | an unnamed senior official
@r - | a spokesperson
@c Ciarán Mac Lochlainn | The opposition’s finance spokesman
A new computer system at the Revenue Service of Caldmoor cost three times its original budget and still cannot process some self-employed tax returns, the Auditor General said in a report published on Thursday.
The system, known internally as “⟦s:-|Beacon⟧”, was meant to go live in 2021 at a cost of £180m. It went live in 2023 and has so far cost £560m.
Auditor General Dame Patricia Oyenuga-Hale said the project had been “⟦p:p|set up to fail⟧” by unrealistic deadlines. “⟦d:p|Ministers wanted a date, officials gave them one, and nobody stopped to ask whether the date was possible,⟧” she said. “⟦d:p|This is not a story about technology. It is a story about governance.⟧”
The report found that about 40,000 returns a year must still be processed by hand. It quotes an unnamed senior official as saying the team had been “⟦p:o|building the plane while flying it, and also while selling tickets⟧”.
The Revenue Service said it accepted the report’s recommendations. “⟦d:r|Beacon now handles more than 96 per cent of returns automatically, and that figure is rising,⟧” a spokesperson said.
The opposition’s finance spokesman, Ciarán Mac Lochlainn, said the report was “⟦p:c|damning⟧”. “⟦d:c|Five hundred and sixty million pounds, and my constituents are still posting paper forms,⟧” he wrote on X.

### 046
@j Joseph Mwangi-Oduor | Mines minister
@c Craig Hollister | Kestrel Ridge's managing director
@b - | Analysts at Brennan Metals Research
The government of Marunda has given the miner Kestrel Ridge Resources 30 days to pay $214m in disputed royalties or risk losing its licence for the Tembo copper mine, escalating a row that has rattled foreign investors.
Mines minister Joseph Mwangi-Oduor told parliament that the company had "⟦p:j|systematically under-declared⟧" the copper content of its exports since 2019. "⟦d:j|We are not anti-investment. We are anti-theft,⟧" he said, to applause from the government benches.
Kestrel Ridge's managing director, Craig Hollister, said the claim was "⟦p:c|based on a flawed audit⟧" and that the company would seek international arbitration. "⟦d:c|We have paid every dollar we owe under the mining agreement, and we can prove it,⟧" he said in a statement.
The two men met in the capital, Dumasi, in June. According to a person who attended the meeting, Mwangi-Oduor told Hollister: "⟦d:j|Your spreadsheets are very beautiful. Our samples say something else.⟧"
Hollister later described the meeting as "⟦p:c|cordial but unproductive⟧".
Analysts at Brennan Metals Research said in a note that the dispute was "⟦p:b|a test case for the whole region⟧".

### 047
@p Pádraig Ó Catháin | the archaeologist who led the study
@s Sinéad Kavanagh-Mbatha | His colleague
@d Declan Fahy | The landowner
A timber trackway preserved in a bog in County Lissane is about 1,000 years older than previously thought, according to a new study that used tree-ring dating on oak planks recovered during peat cutting.
The trackway, which local people have long called “⟦s:-|the Giant’s Road⟧”, was dated to about 2900 BC by researchers at Trinity College Carraig, making it one of the oldest known timber roads in Europe.
“⟦d:p|Is ionann é agus bóthar a thógáil as crainn trasna locha,⟧” said Dr Pádraig Ó Catháin, the archaeologist who led the study, speaking on the Irish-language station Raidió Lissane. “⟦d:p|It’s the equivalent of building a road out of trees across a lake.⟧”
His colleague Dr Sinéad Kavanagh-Mbatha said the oak had all been felled in a single season. “⟦d:s|This wasn’t built bit by bit. Someone organised a lot of people to do it in one go,⟧” she said.
The landowner, Declan Fahy, who found the first plank in 2021, said he had not expected the find to matter. “⟦d:d|I thought it was an old fence post. My wife said to ring the museum, so I rang the museum,⟧” he said.

### 048
@j Jonah Reyes-Whitlock | a senior animator
@x - | a producer
@m Maren Fjelstad | Studio head
Developers at Lantern Hollow Games, the studio behind the hit fantasy series Emberfall, have accused management of forcing months of unpaid overtime ahead of the release of its latest instalment, in a series of posts that spread widely online this weekend.
"⟦d:j|Seventy-hour weeks since January. Dinner at my desk. I love this game and I hate what making it has done to me,⟧" wrote Jonah Reyes-Whitlock, a senior animator, on Bluesky on Saturday.
Other employees followed with similar accounts. One environment artist, posting anonymously, shared a screenshot of a message from a producer that read: "⟦d:x|Weekends are optional, but so is your bonus.⟧" The Herald could not verify the screenshot.
Studio head Maren Fjelstad said in an email to staff on Sunday, which was shared with the Herald, that she was "⟦p:m|shocked and saddened⟧" by the posts. "⟦d:m|If anyone has been made to feel that overtime is mandatory, that is a failure of leadership and it is my failure,⟧" she wrote.
Reyes-Whitlock said he appreciated the email but was sceptical. "⟦d:j|She's been in every production meeting. She knew,⟧" he said in a phone interview.
The games industry union Gamewrights said it had been contacted by more than 40 Lantern Hollow employees since Saturday.

### 049
@a Anjali Ferreira-Tan | Health minister
@w - | A warehouse worker who discovered the fault
@k Kwame Boateng-Iversen | -
About 85,000 doses of childhood vaccines had to be destroyed after a refrigeration unit at a central warehouse in Port Selwyn failed over a long weekend and no one noticed for three days, the health ministry said on Tuesday.
Health minister Dr Anjali Ferreira-Tan admitted that an alarm on the unit had been "⟦p:a|switched to silent⟧" during maintenance in August and never switched back. "⟦d:a|This was a basic failure, and I'm not going to dress it up,⟧" she said.
The ministry said replacement doses would arrive within two weeks and that no child who had already been vaccinated was affected.
A warehouse worker who discovered the fault said the temperature display read 19C when he opened the unit on Tuesday morning. "⟦d:w|I knew straight away. You don't need to be a scientist,⟧" he said. He asked not to be named because he was not authorised to speak to the media.
Dr Kwame Boateng-Iversen, who chairs the country's immunisation advisory committee, said the delay was unlikely to cause outbreaks but should not be repeated. "⟦d:k|A few weeks' delay for a few thousand children is manageable,⟧" he said. "⟦d:k|A system that can lose 85,000 doses without anyone noticing is not.⟧"

### 050
@r Harbourline Members’ Association | -
@g Gordon Achterberg-Lowe | the chair of trustees
@e Eilidh Strachan-Oduya | -
@s Pensions Supervisor | -
Trustees of the Harbourline Staff Pension Scheme have written to its 31,000 members to explain how the fund lost £290m on a single property investment, in a letter that the Harbourline Members’ Association called “⟦p:r|too little, far too late⟧”.
The letter, signed by the chair of trustees, Gordon Achterberg-Lowe, acknowledges that the scheme invested in a shopping-centre redevelopment in Wexford Quay “⟦p:g|without sufficient independent advice⟧”. In it, he writes: “⟦d:g:m|We should have asked harder questions, and we did not. For that, on behalf of the board, I apologise.⟧
“⟦d:g|The scheme remains fully able to pay every pension that is due, today and in the future. That is not in doubt.⟧”
Eilidh Strachan-Oduya, who chairs the members’ association, said the apology had taken two years. “⟦d:e|Members found out about this loss from a newspaper, not from their own trustees,⟧” she said. “⟦d:e|An apology is the least they are owed.⟧”
The Pensions Supervisor said it was “⟦p:s|in contact with the trustees⟧”.

### 051
@t Transport Safety Board | the board
@w Tomasz Wieczorek-Bell | the company's head of safety
@l Leanne Oyelaran | The courier's partner
@r Rhys Carbery | Transport analyst
A self-driving taxi operated by Wayfarer Mobility failed to recognise a cyclist crossing against a red light because the bicycle was carrying a large, flat delivery box, the Transport Safety Board said in a preliminary report on Wednesday.
The cyclist, a 44-year-old courier, suffered a broken leg in the collision in the Kelby district of Ardmore in May.
According to the report, the vehicle's software classified the bicycle and box together as "⟦p:t|an unknown static object⟧" and predicted it would not move. "⟦d:t|The system had 1.8 seconds in which braking would have avoided the collision,⟧" the board wrote.
Wayfarer said it had updated the software across its fleet of 340 vehicles within a week of the crash. "⟦d:w|Safety is the foundation of everything we do, and we are learning from this incident,⟧" said Tomasz Wieczorek-Bell, the company's head of safety.
The courier's partner, Leanne Oyelaran, said he was still unable to work. "⟦d:l|He's been told it could be six months. Nobody from Wayfarer has offered to cover his wages,⟧" she said.
Transport analyst Dr Rhys Carbery said the report showed the limits of the industry's testing. "⟦d:r|Every city has a thousand odd-looking objects. You can't train on all of them,⟧" he said. "⟦d:r|That's the hard problem, and it hasn't gone away.⟧"

### 052
@y Yewande Okonkwo-Brandt | the economist
@n Nikolai Petrenko-Shaw | now chief economist at Allard Mercer
Professor Yewande Okonkwo-Brandt does not like the word "⟦s:-|recession⟧".
"⟦d:y|It's a technical term that has become a mood,⟧" the economist said over coffee at the Harlow Institute, where she has run the forecasting unit since 2019. "⟦d:y|People hear it and assume the sky is falling. Usually it's just getting a little lower.⟧"
Her latest forecast, published on Monday, puts the chance of a downturn in the next 12 months at about one in three, double what it was in the spring.
Why the change? "⟦d:y|Housing,⟧" she said. "⟦d:y|Builders have stopped starting things. When builders stop starting things, everybody else stops about six months later.⟧"
Her former colleague at the central bank, Nikolai Petrenko-Shaw, now chief economist at Allard Mercer, is more optimistic. "⟦d:n|Yewande has been right about housing before, and I'd never bet heavily against her,⟧" he said. "⟦d:n|But consumers are still spending, and that matters more than cement.⟧"
Told of his comments, she laughed. "⟦d:y|Nikolai has been saying consumers will save us since 2011,⟧" she said. "⟦d:y|One of these years he'll be right.⟧"
"⟦d:-|Is he right this year?⟧"
"⟦d:y|Ask me in March.⟧"

### 053
@c Callum Ogunleye-Hart | a former field technician
@x - | a regional operations manager
@s Severnmoor Water | the company
@r Ros Vilhjálmsdóttir | Local campaigner
@e Environment Directorate | -
A whistleblower at Severnmoor Water has alleged that managers instructed staff to alter monitoring records to hide hundreds of sewage spills into the River Adley, in a complaint submitted to the environmental regulator and seen by the Post.
The whistleblower, Callum Ogunleye-Hart, a former field technician, says in the complaint that he was told to reclassify spills lasting less than an hour as ``⟦p:c|sensor faults⟧''.
``⟦d:c|We'd get a spill alert, go out, confirm it was real, and then be told to log it as a faulty sensor,⟧'' Ogunleye-Hart told the Post. ``⟦d:c|After a while you stop asking why.⟧''
In an email included in the complaint, a regional operations manager tells technicians: ``⟦d:x|Anything under 60 mins = sensor fault unless told otherwise. Thanks all.⟧'' The manager is not named in the complaint.
Severnmoor Water said it took the allegations ``⟦p:s|extremely seriously⟧'' and had appointed an external law firm to investigate. ``⟦d:s|We do not tolerate any falsification of environmental data,⟧'' the company said.
Local campaigner Ros Vilhjálmsdóttir, who swims in the Adley most mornings, said she was not surprised. ``⟦d:r|We've been photographing spills for three years while the official figures said the river was fine,⟧'' she said. ``⟦d:r|Now we know why.⟧''
The Environment Directorate said it had received the complaint and was ``⟦p:e|assessing it as a matter of priority⟧''.

### 054
@p Park Ji-hoon | the head of Haneul Electronics’ mobile division
@v Vivian Achterberg-Kwon | -
@m Choi Min-seo | Analyst
Haneul Electronics unveiled a foldable phone on Tuesday that it says can survive 500,000 folds, more than double the figure it claimed for last year’s model.
“⟦d:p|Fold it every minute of every day for a year, and it still works,⟧” Park Ji-hoon, the head of Haneul Electronics’ mobile division, told a launch event in Seoul. “⟦d:p|Please don’t actually do that,⟧” he joked.
The phone, the Fold Arc, will cost 1,890,000 won.
Reviewers who tried the phone were broadly positive, though several noted the crease. “⟦d:v|You can still see the fold. You just stop noticing it after a day,⟧” said Vivian Achterberg-Kwon, who reviews phones for the site Handheld Weekly.
Haneul’s share price rose 3 per cent. Analyst Choi Min-seo of Namsan Securities said the phone was “⟦p:m|unlikely to move the needle⟧” on its own. “⟦d:m|Foldables are still a few per cent of the market. This is a halo product,⟧” she said.

### 055
@t Tobias Grünewald | a consultant radiologist at Ardmore General Hospital and the study's senior author
@i Ifeoma Adichie-Holm | an epidemiologist who studies overdiagnosis at the Lindqvist Centre
@r - | A radiologist at one of the participating hospitals
An artificial intelligence tool that reads mammograms picked up 17 per cent more cancers than a second human radiologist when it was used in routine screening at four hospitals in the Ardmore region, according to a study published on Thursday in the Journal of Clinical Screening.
The tool, developed by the Ardmore start-up Radient, was used as the second reader for 112,000 women over two years. It did not increase the number of women recalled unnecessarily, the authors said.
"⟦d:t|This is the first time we've seen this kind of result in real clinics rather than on a historical dataset,⟧" said Dr Tobias Grünewald FRCR, a consultant radiologist at Ardmore General Hospital and the study's senior author. "⟦d:t|That's the difference between a demo and a service.⟧"
"⟦d:i|Finding more cancers is not automatically the same as saving more lives,⟧" cautioned Professor Ifeoma Adichie-Holm, an epidemiologist who studies overdiagnosis at the Lindqvist Centre. "⟦d:i|Some of these would never have troubled the women who had them.⟧"
Radient's chief executive, Oskar Lindahl-Mensah, said the company had not paid for the study but had provided the software free of charge. The funding is declared in the paper.
A radiologist at one of the participating hospitals, who did not want to be named criticising colleagues, said some staff had begun to "⟦p:r|defer to the machine⟧" on difficult cases. "⟦d:r|That's the bit nobody has studied yet,⟧" she said.

### 056
@c Claire-Anne Favre-Diouf | the authority's president
@x Laurent Dufresne-Aebischer | its general counsel
@s Sabine Roux | Its chief executive
The competition authority of the canton of Vaudrey has fined three cement producers a combined 48 million francs for fixing prices on public construction projects over eight years.
«⟦d:c|Il s'agit d'un cartel classique, organisé et durable,⟧» the authority's president, Claire-Anne Favre-Diouf, told reporters, before repeating it in English: «⟦d:c|It is a classic cartel, organised and long-lasting.⟧»
According to the ruling, executives from the three companies met at least 40 times in a hotel near the motorway and referred to the meetings in their diaries as «⟦s:-|le club de golf⟧». None of them played golf, the authority said.
The largest of the three, Cimentis, said it would appeal. «⟦d:x|We contest both the facts and the size of the penalty,⟧» said its general counsel, Laurent Dufresne-Aebischer.
A second company, Béton Roux, co-operated with the investigation in exchange for a reduced fine. Its chief executive, Sabine Roux, said the company had «⟦p:s|turned a page⟧». «⟦d:s|My father ran this company when it happened. I run it now, and it will not happen again,⟧» she said.
Her father, Henri Roux, who retired in 2021, could not be reached for comment.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh25.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh25",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
