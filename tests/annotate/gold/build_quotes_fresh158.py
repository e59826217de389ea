# ruff: noqa: E501
"""Build ``quotes_fresh158.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets wire copy, science and health, technology, sport match
reports and press conferences, travel, culture reviews with artists' quotes, consumer
stories and advice columns, local news and court reports, obituaries, tabloid pieces
and international wire copy with translated quotes (original and translation both
quoted).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh158-NNN``.

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
  it: the appositive is the description. A title before the name alone (``Chief
  executive …``, ``Trainer …``, ``Local MP …``, ``Patient …``) is the description,
  and so is a relational phrase alone (``His wife, Brenda``, ``Her colleague …``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the same or the next sentence or at a cue (``the
  24-year-old``, ``the guard``, ``the dinner lady``), that description is taken. A
  headline-style indefinite lede (``A Whakaroa pensioner has …``) before the name is
  not.
* A non-restrictive relative clause after an appositive (``head of computing at the
  school, who helped …``) is not part of the description; a restrictive one is.
* Court reports' ``X, prosecuting`` and ``Y, defending``: that word is the
  description.
* An organisation speaker takes as description the definite noun phrase the passage
  uses for it (``the supplier``, ``the trust``, ``the society``), else null.
* Fragments quoted from unidentified reviews, survey respondents or documents are
  ``partial`` with a null speaker; an unidentified critic described as such (``One
  critic``) gets that description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a described reporter's questions (``one journalist``) are that
  reporter's speech, and in an alternating exchange of quote-only paragraphs each turn
  belongs to the person whose turn it is.
* A translation given in a different kind of quotation marks from the original (for
  instance ``«…»`` for the original and ``"…"`` for the English) is still a second
  span by the same speaker.
* Product and brand names, error messages and nicknames in quotation marks are
  ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh158.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh158.jsonl")

PASSAGES = """
### 001
@a Callowford Foods | the baker and sandwich supplier
@b Niamh Corrigan | Chief executive
@c Rafael Quintanilha | finance director
@d Imogen Vance | an analyst at Baskerville Securities
LONDON, March 14 (Meridian Wire) - Shares in Callowford Foods, the baker and sandwich supplier, jumped 9% on Thursday after it reported a smaller-than-expected fall in annual profit and said cost pressures had "⟦p:a|largely run their course⟧".
Chief executive Niamh Corrigan told analysts on a call that volumes had recovered in the second half of the year. "⟦d:b|We took some difficult decisions on price last spring, and customers have stayed with us,⟧" she said. "⟦d:b|The worst of the wheat and energy shock is behind us.⟧"
Pre-tax profit fell 6% to 84.2 million pounds in the year to January 28, against analysts' forecasts of a 15% drop.
The company will resume its dividend, suspended two years ago, with a final payment of 3.1 pence a share. "⟦d:c|We said we would pay when we were confident in the cash, and we are,⟧" finance director Rafael Quintanilha told reporters.
Not everyone was convinced. "⟦d:d|It's a good set of numbers, but the second-half recovery flatters them,⟧" said Imogen Vance, an analyst at Baskerville Securities. "⟦d:d|A lot of it came from one supermarket contract that is up for renewal in the autumn.⟧"
Corrigan declined to comment on individual contracts. Asked about the renewal, she said only: "⟦d:b|We expect to be supplying all our major customers next year.⟧"
(Reporting by Tunde Bakare; editing by Marta Kowal)

### 002
@a Dmitri Abashidze | chief investment strategist at Halvard Capital in Boston
@b Lucía Ferrández | a portfolio manager at Orrin & Bell
@c - | a trader who was not authorised to speak publicly
NEW YORK, June 6 (Meridian Wire) — Stocks fell for a third straight session on Friday after a stronger-than-expected jobs report pushed bond yields higher and cooled hopes of a rate cut before the autumn.
The benchmark index closed down 1.4%, its worst week since February, while the tech-heavy index lost 2.1%. Traders described the mood as “⟦s:-|risk-off⟧”, with money moving into utilities and short-dated bonds.
“⟦d:a|The market had priced in a perfect landing, and this morning’s numbers were a reminder that perfection is expensive,⟧” said Dmitri Abashidze, chief investment strategist at Halvard Capital in Boston.
Employers added 312,000 jobs last month, well above the 190,000 that economists polled by Meridian had expected.
Lucía Ferrández, a portfolio manager at Orrin & Bell, said she had been trimming her holdings in chipmakers since April. “⟦d:b|Valuations got ahead of earnings. That doesn’t mean the story is over,⟧” she said. “⟦d:b|It means you should be paid to wait, and right now you aren’t.⟧”
On the trading floor the reaction was blunter. “⟦d:c|Everybody was positioned for a soft number. Nobody got one,⟧” said a trader who was not authorised to speak publicly.
Abashidze said he expected volatility to persist until the central bank’s July meeting. “⟦d:a|Until then, every data point is a referendum,⟧” he said.
(Reporting by Kwame Asante-Drummond; editing by Elif Şahin)

### 003
@a Saoirse Flanagan | an ornithologist at the University of Dunmere and the study’s lead author
@b Amara Nwosu-Lindqvist | A co-author
@c Kenji Yamashiro | a behavioural ecologist at Portmoor University who was not involved in the research
Songbirds that migrate at night use the smell of the sea to correct their course when clouds hide the stars, according to research published on Wednesday that could change how wind farms are sited along the coast.
Researchers fitted 214 robins with tags weighing less than a paperclip and tracked them across the Dunmere Strait over three autumns. On overcast nights, birds whose sense of smell had been temporarily blocked were far more likely to drift off course.
“⟦d:a|We expected the magnetic compass to do all the work when the sky was covered. It didn’t,⟧” said Dr Saoirse Flanagan, an ornithologist at the University of Dunmere and the study’s lead author. “⟦d:a|These birds are, in a sense, sniffing their way home.⟧”
The effect was strongest within 40 kilometres of the shore, where, Flanagan said, the “⟦p:a|chemical signature⟧” of seaweed and plankton was most intense.
A co-author, Amara Nwosu-Lindqvist, said the team had been sceptical of its own results at first. “⟦d:b|We reran the analysis three times, with three different people, because we didn’t believe it,⟧” she said. “⟦d:b|Then we repeated the whole field season.⟧”
Professor Kenji Yamashiro, a behavioural ecologist at Portmoor University who was not involved in the research, called the study “⟦p:c|elegant and slightly unsettling⟧”.
“⟦d:c|If smell matters this much, then anything that changes the air over the coast — pollution, large structures, even shipping lanes — could matter too,⟧” he said. “⟦d:c|That is a question regulators have never asked.⟧”
Flanagan agreed. “⟦d:a|We’re not saying stop building turbines,⟧” she said. “⟦d:a|We’re saying look at where the birds actually fly before you decide.⟧”

### 004
@a Gordon Tweddle | a retired bus driver from Hallam Cross
@d Brenda | His wife
@b - | A spokeswoman for the Eastvale Health Board
@c Alun Pryce-Morgan | Health Minister
A Hallam Cross pensioner who has waited 22 months for a hip replacement says he has been told he faces "⟦p:a|at least another year⟧" on the list.
Gordon Tweddle, a retired bus driver from Hallam Cross, can no longer manage the stairs of the terraced house on Pilling Street where he has lived since 1979, and now sleeps on a sofa bed in the front room.
"⟦d:a|I worked 41 years and never had a day off sick. I'm not asking for special treatment, I'm asking for what I was promised,⟧" the 74-year-old said.
"⟦d:a:m|They rang me in January and said it would be spring. Then it was summer. Last week a lad on the phone said he couldn't give me a date at all.⟧
"⟦d:a|Some days I can't get to the shop. That's not living, is it?⟧"
His wife, Brenda, said the couple had looked into paying for the operation privately but had been quoted more than £14,000. "⟦d:d|We haven't got that. Who has?⟧" she said.
A spokeswoman for the Eastvale Health Board said orthopaedic waiting times were "⟦p:b|unacceptably long⟧" and that an extra theatre would open at Hallam General in the autumn. "⟦d:b|We are sorry for the distress Mr Tweddle and his family are experiencing, and we would encourage him to contact our patient liaison service,⟧" she said.
Health Minister Alun Pryce-Morgan said in a statement: "⟦d:c|Bringing down the longest waits is my top priority, and we are investing £60 million this year to do exactly that.⟧"
Mr Tweddle was unimpressed. "⟦d:a|I've heard that before,⟧" he said.

### 005
@a Pennyleaf | the app-only bank
@b Lorna Achterberg | a freelance photographer in Castlebridge
@e - | One customer
@c - | One engineer who asked not to be identified
@d Farid Haddadi | Chief technology officer
Customers of Pennyleaf, the app-only bank, were unable to log in, make payments or see their balances for most of Tuesday after a software update went wrong, the company has admitted.
In a statement on Wednesday morning, Pennyleaf said the outage had been caused by "⟦p:a|a faulty configuration change⟧" and not by a cyberattack. "⟦d:a|We know how stressful it is not to be able to reach your money, and we are truly sorry,⟧" the company said. "⟦d:a|Anyone who has been left out of pocket will be reimbursed.⟧"
Lorna Achterberg, a freelance photographer in Castlebridge, said she had been stuck at a petrol station with a full tank and no way to pay. "⟦d:b|I had to leave my driving licence with the cashier and walk home to get cash,⟧" she said. "⟦d:b|For a bank whose whole pitch is convenience, that's quite something.⟧"
Social media filled with complaints. One customer posted a screenshot of the app's error message, "⟦s:-|Something went wrong. Try again later⟧", with the caption: "⟦d:e|Tried again later. Still wrong.⟧"
One engineer who asked not to be identified said the change had been pushed to every user at once rather than to a small test group first. "⟦d:c|That's the thing you're told never to do on your first day,⟧" he said.
Chief technology officer Farid Haddadi told Radio Castlebridge that the release process was under review. "⟦d:d|We will be changing how we ship updates, full stop,⟧" he said.

### 006
@a Ruaridh McAllister | Harbour Saints head coach
@b Tevita Fifita | Saints captain
@c Rhodri Penhaligon | Kestrels coach
@d Josh Akande-Price | The 20-year-old wing
Harbour Saints 27 Carnmoor Kestrels 24
A penalty from 45 metres by replacement fly-half Declan Roe with the last kick of the game kept Harbour Saints’ play-off hopes alive at a rain-lashed Quayside Park on Saturday.
The Kestrels had led 24-17 with ten minutes remaining and looked to have done enough after a second try for their hooker, Matti Korhonen. But a driven lineout finished by Saints captain Tevita Fifita levelled the scores before Roe held his nerve.
“⟦d:a|I couldn’t watch. I genuinely turned round and looked at the stand,⟧” admitted Harbour Saints head coach Ruaridh McAllister. “⟦d:a|Declan’s been kicking them all week in training, but training isn’t 6,000 people and a crosswind.⟧”
Fifita, who was playing his 150th game for the club, described the win as “⟦p:b|ugly but ours⟧”. “⟦d:b|We’ll take it. Nobody remembers how you got into the play-offs,⟧” the captain said.
Kestrels coach Rhodri Penhaligon was left to rue a yellow card for his lock, Ivo Brandt, early in the second half. “⟦d:c|We gave them ten minutes with a man extra and they punished us. That’s the game,⟧” he said. “⟦d:c|I’m proud of the lads, but proud doesn’t get you points.⟧”
The 20-year-old wing Josh Akande-Price, who scored the opening try on his debut, was still grinning long after the final whistle. “⟦d:d|My mum was in the stand, so that’s the one she’s going to frame,⟧” he said.

### 007
@a Valentina Orsolić | The world No 4
@b - | one reporter
@c - | another reporter
@d Marguerite Delacroix-Abara | Her coach
@e Hina Takeda | the qualifier
Valentina Orsolić says she will be fit for next month’s grass-court season despite retiring from her quarter-final at the Alcántara Open on Thursday with a thigh injury.
The world No 4 had dropped the first set 6-2 against the qualifier Hina Takeda when she called for the trainer, and left the court two games later with her right leg strapped.
“⟦d:a|It’s not a tear. I’ve had a tear, I know what a tear feels like,⟧” Orsolić told reporters afterwards. “⟦d:a|It’s tight, it’s sore, and I’m not stupid enough to play on it a month before grass.⟧”
“⟦d:b|Did you think about finishing the match?⟧” one reporter asked.
“⟦d:a|For about ten seconds. Then I tried to serve.⟧”
“⟦d:c|Is the clay season too long?⟧” another reporter asked.
The 26-year-old smiled. “⟦d:a|You want me to criticise the calendar? Everybody criticises the calendar. Nothing changes.⟧”
Her coach, Marguerite Delacroix-Abara, said scans on Friday would decide whether Orsolić plays next week in Lindenau. “⟦d:d|We will be careful. She has a long career in front of her and one tournament doesn’t change that,⟧” Delacroix-Abara said.
Takeda, 19, who came through three rounds of qualifying, was apologetic about the manner of her victory. “⟦d:e|I’m sorry for Valentina. I didn’t want to win like this,⟧” she said. “⟦d:e|But I’m also very happy, so it’s a strange feeling.⟧”

### 008
@b Calum Ferguson | the ferry’s skipper
@a Eilidh MacRury | the owner of Tigh na Mara
The crossing to Eilean Dubh takes 55 minutes on a good day, and there are not many good days. The MV Sulaire, a squat blue ferry with room for fourteen cars, rolls in a way that makes first-timers grip the rail and regulars reach for another bacon roll.
“⟦d:b|She’s never let me down,⟧” says the ferry’s skipper, Calum Ferguson, who has made the crossing more than 9,000 times. “⟦d:b|The weather has, plenty. The boat, never.⟧”
“⟦d:-|Ever been frightened?⟧” I ask him, as a grey wall of spray breaks over the bow.
“⟦d:b|Once. 1998. I don’t talk about it.⟧”
Eilean Dubh has 162 permanent residents, one shop, one church, a primary school with nine pupils and, since 2019, a gin distillery that has done more for the island’s profile than a century of tourist board brochures.
Eilidh MacRury, the owner of Tigh na Mara, the island’s only guesthouse, has watched visitor numbers triple. She is pleased, mostly. “⟦d:a|People come for the gin and stay for the quiet. That’s the deal,⟧” she says, pouring tea in a kitchen that smells of peat smoke. “⟦d:a|What we can’t have is people coming for a photo and leaving before the ferry’s even turned round.⟧”
Her advice to visitors is simple: “⟦d:a|Book ahead, bring waterproofs, and don’t ask when the shop shuts. It shuts when Morag goes home.⟧”

### 009
@a Folasade Adeyemi-Hart | the director
@b Benedikt Strand | The actor
@c Corran Playhouse | -
@d Evening Courier | -
@e Corran Argus | -
There is a moment, about forty minutes into “⟦s:-|The Salt Year⟧”, when the whole cast stops talking and simply listens to the rain on the corrugated roof of a fish-packing shed. It lasts almost two minutes. On opening night at the Corran Playhouse, nobody coughed.
“⟦d:a|I wanted the audience to feel how long two minutes is when you’re waiting for a boat that isn’t coming back,⟧” the director, Folasade Adeyemi-Hart, told me before the run began. “⟦d:a|Theatre is one of the few places left where you can make people sit in silence. I think that’s a responsibility, not a trick.⟧”
Adeyemi-Hart’s adaptation of Orla Kinsella’s 1950s novel has already divided the critics: the Evening Courier called it “⟦p:d|a masterclass in stillness⟧”, while the Corran Argus found it “⟦p:e|handsome, earnest and about twenty minutes too long⟧”.
The actor Benedikt Strand, who plays the widowed harbourmaster, shrugs at the second verdict. “⟦d:b|Twenty minutes too long for whom?⟧” he said. “⟦d:b|The people in the play waited years.⟧”
Strand gives the performance of the evening, all hunched shoulders and sudden, startling tenderness. He has a way of saying the word “⟦s:-|tomorrow⟧” that makes it sound like a threat.
The run is sold out until the end of May; returns are, according to the Corran Playhouse, “⟦p:c|like hen’s teeth⟧”.

### 010
@a Rukhsana Begum | the care worker from Dalby
@b Halcyon Energy | the supplier
@d - | A spokesman
@c Martin Oyelowo-Grant | Energy ombudsman
When Rukhsana Begum opened her gas bill in February, she thought there had been a misprint. The care worker from Dalby, who lives alone in a two-bedroom flat, was being asked for £2,870 for a single quarter.
"⟦d:a|I rang them straight away. I thought, someone's put a decimal point in the wrong place,⟧" she said. "⟦d:a|They told me the bill was correct and I should set up a payment plan.⟧"
It took Ms Begum four months, 23 phone calls and a complaint to the ombudsman to discover that Halcyon Energy had been billing her for the flat downstairs, which has been empty since last summer, as well as her own.
"⟦d:a|Every time I called I had to start from the beginning. Nobody read the notes,⟧" she said. "⟦d:a|At one point a man told me to 'take it up with your neighbour'. I don't have a neighbour. That's the whole point.⟧"
After Money Matters contacted the supplier, Halcyon cancelled the bill, refunded the £410 she had already paid and added £150 in compensation. "⟦d:b|We got this badly wrong and we have apologised to Ms Begum,⟧" the supplier said. A spokesman added that the company was "⟦p:d|reviewing how meter references are assigned⟧" in converted properties.
Energy ombudsman Martin Oyelowo-Grant said cases of "⟦s:-|crossed meters⟧" were more common than most people realised. "⟦d:c|If your bill suddenly jumps and nothing in your life has changed, don't assume you're wrong and the computer is right,⟧" he said.

### 011
@e Brackley Borough Council | the council
@a Padraig Whelan | the planning committee chairman
@d - | one woman in the public gallery
@b Sunita Raghunathan | leader of the opposition group
@c Colin Ashworth | owner of Ashworth's Hardware on Market Street
Plans to turn Brackley's Market Square car park into what Brackley Borough Council calls a "⟦p:e|21st-century civic space⟧" were approved on Wednesday night amid heckling from the public gallery.
The planning committee voted 7-4 in favour of the £3.8 million scheme, which will remove 140 parking spaces and replace them with a paved square, trees, a performance stage and a water feature.
Padraig Whelan, the planning committee chairman, said the town centre "⟦p:a|cannot keep doing the same thing and expecting a different result⟧". "⟦d:a|Footfall has fallen every year for a decade. Cars are not bringing people into Brackley, they are bringing people through it,⟧" he told the meeting.
"⟦d:d|Rubbish!⟧" shouted one woman in the public gallery, before being warned by the chairman that she would be asked to leave.
Sunita Raghunathan, leader of the opposition group, said traders had not been properly consulted. "⟦d:b|We have had one drop-in session, on a weekday afternoon, when every shopkeeper in this town was behind a counter,⟧" she said. "⟦d:b|That is not consultation. That is a box being ticked.⟧"
Outside the chamber, Colin Ashworth, owner of Ashworth's Hardware on Market Street, said he feared for his business. "⟦d:c|My customers buy bags of compost and lengths of timber. They're not carrying those to the bus station,⟧" said the 58-year-old, whose father opened the shop in 1961.
Work is due to begin in January. The council said it would provide "⟦p:e|additional short-stay parking⟧" at the leisure centre during construction.

### 012
@c Ida Fairweather | headteacher of Tollcross Primary for 27 years
@b Marcus Deverell | a former pupil who became a headteacher himself
@a Aoife Lennon-Barros | Her daughter
Ida Fairweather, headteacher of Tollcross Primary for 27 years, who has died aged 91, believed that no child should leave school unable to swim, cook an egg or write a letter of complaint.
The last of these she regarded as the most important. “⟦d:c|A polite, well-argued letter is the most powerful thing an ordinary person owns,⟧” she told this newspaper in 1994, on her retirement. “⟦d:c|I have watched eight-year-olds get a bus route restored with one.⟧”
Born in 1933 in the harbour district of Kelston, the daughter of a dock labourer and a seamstress, she trained as a teacher after a year in a biscuit factory. She arrived at Tollcross in 1967 and within a term had introduced a weekly “⟦s:-|complaints hour⟧”, in which pupils drafted letters to the council, the bus company and, on one occasion, the Prime Minister.
Marcus Deverell, a former pupil who became a headteacher himself, remembered her as “⟦p:b|terrifying for about a week, and then the person you wanted to impress more than anyone⟧”.
“⟦d:b|She wrote back to every child who ever wrote to her after leaving, and I mean every one,⟧” he said. “⟦d:b|I got a letter from her when I was 40 telling me my handwriting had deteriorated.⟧”
Her daughter, Aoife Lennon-Barros, said her mother had remained fiercely independent to the end. “⟦d:a|She was writing to the housing association about a broken lift three weeks ago,⟧” she said. “⟦d:a|They fixed it. Of course they did.⟧”
She is survived by Aoife, two grandsons and a great-granddaughter. Her husband, the painter Tomás Barros, died in 2009.

### 013
@a Hélène Marchetti-Diallo | Interior Minister
@b Yannick Ferrand | general secretary of the dockers' union
@c - | A police spokesman
@d Mamadou | one docker
PORT-SAINT-ANSELME, Oct 3 (Meridian Wire) - Police used tear gas to clear striking dockworkers from the entrance to Port-Saint-Anselme's container terminal on Tuesday, as the government vowed not to back down on a pension reform that has paralysed the country's largest port for nine days.
Interior Minister Hélène Marchetti-Diallo told parliament: «⟦d:a|Nous ne céderons pas aux blocages.⟧» - "⟦d:a|We will not give in to blockades.⟧" The right to strike was "⟦p:a|sacred⟧", she said, but the right to block "⟦p:a|the economy of an entire nation⟧" was not.
Yannick Ferrand, general secretary of the dockers' union, said the strike would continue. "⟦d:b|The minister can send all the police she likes. The ships are still not moving,⟧" Ferrand told Meridian Wire by telephone. "⟦d:b|Tomorrow there will be more of us, not fewer.⟧"
A police spokesman said 14 people had been detained and two officers "⟦p:c|lightly injured⟧".
At the gate, one docker, Mamadou, 52, who declined to give his surname, said he had worked at the port for 30 years. «⟦d:d|On nous demande de travailler jusqu'à 67 ans sur les quais. Venez essayer⟧», he said. "⟦d:d|They want us to work on the docks until we are 67. Come and try it.⟧"
(Reporting by Claire Mbappé-Rousseau; writing by Sven Ahlgren)

### 014
@a Joanne Brierley | regional organiser for the General Workers’ Federation
@c Dariusz Kowalczyk | a forklift driver who has worked at the site for eight years
@d Kayode Balogun | a picker
@b Norrland Logistics | the company
Workers at Norrland Logistics’ distribution centre in Felling Moor walked out on Monday morning in the first of six planned 48-hour strikes over pay and so-called “⟦s:-|robot-speed⟧” targets.
About 300 people gathered at the gates before dawn, many holding placards reading “⟦s:-|Humans, not scanners⟧”.
“⟦d:a|These are people who kept this country fed during the pandemic, and they are being timed going to the toilet,⟧” said Joanne Brierley, regional organiser for the General Workers’ Federation. “⟦d:a|They are not asking for the moon. They are asking for a pay rise that matches the rent.⟧”
Dariusz Kowalczyk, a forklift driver who has worked at the site for eight years, said his productivity score was displayed on a screen at the end of every shift. “⟦d:c|If you’re in the red three times, you get a meeting. Nobody wants the meeting,⟧” he said.
Standing next to him, Kayode Balogun, a picker, said he had gone into the red after stopping to help a colleague who had fainted. “⟦d:d|I stopped to help her, and the system doesn’t know about that. The system just knows I was slow,⟧” Balogun said.
Norrland said in a statement that its offer of 5.5% was “⟦p:b|fair and affordable⟧” and that productivity targets were “⟦p:b|set with safety as the first priority⟧”. “⟦d:b|We are disappointed that the GWF has chosen to strike rather than continue talks, and our door remains open,⟧” the company said.

### 015
@a Rangi Te Aho | a retired surveyor
@c Mere | His wife
@b Petra Hausmann | an astronomer at the Kessler Observatory who confirmed the discovery
A Whakaroa pensioner has become the first amateur astronomer in more than forty years to have a comet named after him.
Rangi Te Aho, a retired surveyor, spotted the faint smudge near the constellation of the Southern Cross on a clear night in March, using a second-hand telescope set up on the lawn behind his house.
"⟦d:a|I thought it was a smear on the lens. I cleaned it twice,⟧" he said. "⟦d:a|Then I looked the next night and it had moved. That's when I woke up Mere.⟧"
His wife, Mere, was less excited at the time. "⟦d:c|It was two in the morning. I told him it would still be there at breakfast,⟧" she laughed.
Petra Hausmann, an astronomer at the Kessler Observatory who confirmed the discovery, said amateurs still had a part to play. "⟦d:b|Professional surveys cover a lot of sky, but not all of it, all the time. Patient amateurs still find things we miss,⟧" she said. She described Te Aho's observing notes as "⟦p:b|meticulous, frankly better than some of my students'⟧".
The comet should be visible through binoculars in late September.
Asked what he would do next, Te Aho did not hesitate. "⟦d:a|Find another one.⟧"

### 016
@b Ngozi Afolabi-Ward | chief executive of the charity Motor Neurone Action
@a Medicines Standards Agency | the agency
@d Graziella Fontana | a neurologist at St Brendan's Hospital in Kellsbridge who led the trial's local arm
@c Stellan Brink | a former PE teacher who was diagnosed in 2021
A drug that slows the progression of an inherited form of motor neurone disease has been approved for use, in what Ngozi Afolabi-Ward, chief executive of the charity Motor Neurone Action, called "⟦p:b|the first real good news in a generation⟧".
The Medicines Standards Agency said on Friday that the benefits of the drug, vorelsiran, "⟦p:a|outweighed the risks⟧" for patients with a mutation in the so-called FALS-2 gene, who make up about 2% of cases.
"⟦d:a|This is not a cure, and we want to be clear about that,⟧" the agency said in a statement. "⟦d:a|But for a small group of patients, it offers time, and time matters.⟧"
Dr Graziella Fontana, a neurologist at St Brendan's Hospital in Kellsbridge who led the trial's local arm, said some patients had seen their decline "⟦p:d|almost level off⟧". "⟦d:d|I've been doing this job for 22 years, and I had never before been able to tell a family that a treatment might change the course of this disease,⟧" she said.
Stellan Brink, 48, a former PE teacher who was diagnosed in 2021, has been receiving the drug through an early-access scheme. "⟦d:c|I can still hold a cup of coffee. Two years ago I didn't think I'd be able to say that,⟧" he said. "⟦d:c|People think small things don't matter. They're all that matters.⟧"
Afolabi-Ward warned that health services must now move quickly. "⟦d:b|Approval means nothing if patients are still waiting for it a year from now,⟧" she said.

### 017
@a Beatriz Okafor-Silva | head of computing at the school
@c Zainab | a Year 10 pupil
@d Ewan | Her classmate
@b Geoffrey Lamptey | The school’s headteacher
At Ravenshaw Academy, the chatbot has a name. Pupils call it “⟦s:-|Soc⟧”, short for “⟦s:-|Socrates⟧”, and it has been reading their first drafts since September.
“⟦d:a|It doesn’t write the essay for them. It asks them questions about the essay they’ve written,⟧” said Beatriz Okafor-Silva, head of computing at the school, who helped set up the trial. “⟦d:a|‘Why do you think that?’ ‘What’s your evidence?’ That’s all it does, really. Which is annoying, if you’re 14.⟧”
Zainab, 15, a Year 10 pupil, agreed that it was annoying. “⟦d:c|It never tells you you’re right,⟧” she said. “⟦d:c|My mum says that’s good for me.⟧”
Her classmate Ewan was more enthusiastic. “⟦d:d|It’s better than waiting two weeks for a teacher to mark it. No offence to teachers,⟧” he said, glancing at Okafor-Silva.
The school’s headteacher, Geoffrey Lamptey, said he had been “⟦p:b|deeply sceptical⟧” when the academy trust first proposed the trial. “⟦d:b|I’ve seen a lot of technology come into schools promising a revolution and leaving behind a cupboard full of tablets,⟧” he said. “⟦d:b|This one, I’ll admit, has surprised me.⟧”

### 018
@a Stefan Dragović | Harbourne boss
@b Lewis Mbeki-Hart | The 23-year-old
@c Gary Thewlis | Crossley Athletic manager
Harbourne United 3 Crossley Athletic 1
LEWIS MBEKI-HART fired Harbourne to the top of the table with a double that his manager called "⟦p:a|the best 20 minutes I've seen from a striker at this club⟧".
The 23-year-old, who joined from Kelso Rovers in the summer for £1.2m, struck twice in the first 20 minutes of the second half, first with a header and then with a curling shot from the edge of the box.
Harbourne boss Stefan Dragović said: "⟦d:a|He's been knocking on the door for weeks. Today he kicked it down.⟧"
"⟦d:a|People forget he's only 23. He'll miss chances. But he never hides, and at this level that's half the battle.⟧"
Mbeki-Hart dedicated his goals to his grandmother, who died last month. "⟦d:b|She used to ring me after every game, win or lose. I kept thinking about that phone call today,⟧" he said.
Crossley Athletic manager Gary Thewlis was furious about the penalty that made it 3-1. "⟦d:c|It's never a penalty. Never. He's gone down like he's been shot,⟧" fumed Thewlis. "⟦d:c|I'll get a letter from the league for saying that and I don't care.⟧"

### 019
@a Anjali Mehra-Collins | The Westmarch captain
@b Duncan Fairlie | Westmarch’s head coach
@c Thandiwe Mokoena | Southdown captain
Anjali Mehra-Collins guided Westmarch to a four-wicket win over Southdown with an unbeaten 88 at Cressfield on Sunday, then admitted she had had “⟦p:a|no idea⟧” how close the chase had become.
The Westmarch captain came in at 41 for three and batted through to the final over.
“⟦d:a|I stopped looking at the scoreboard after about the 30th over. Duncan kept sending messages out and I kept ignoring them,⟧” she said.
Westmarch’s head coach, Duncan Fairlie, confirmed this. “⟦d:b|I sent out four drinks and four messages. She drank the drinks,⟧” he said.
Southdown captain Thandiwe Mokoena, whose five for 31 had briefly turned the match, was gracious. “⟦d:c|Anjali played the innings of the season. We bowled well and she was better,⟧” she said. “⟦d:c|That happens in cricket. You shake hands and go again on Tuesday.⟧”
Mehra-Collins was asked about her omission from the national squad last month. She paused. “⟦d:a|I’m not going to talk about selection. I’ll let the bat do that.⟧”

### 020
@a Teodor Vasilescu | a guard on the Aurelian Line
For 31 years Teodor Vasilescu, a guard on the Aurelian Line, has ridden the narrow-gauge railway that climbs 40 kilometres from the valley town of Colțea to the forestry settlement of Vârful Mic. “⟦d:a|I’ve never been bored, not for a single day,⟧” he says. We met him on the platform at Colțea, where he was oiling a door hinge with a feather.
Q: What do visitors get wrong about the line?
A: They think it’s a museum. It isn’t. It carries timber, schoolchildren and the post. The tourists are the extra.
Q: The locomotive has a nickname.
A: “⟦s:-|Bunica⟧”. Grandmother. Because she is slow, she complains, and she always gets there.
Q: Best time to come?
A: October, when the beeches turn. Sit on the left going up. On the right you see only rock.
Q: And the worst?
A: August weekends. Everyone wants a photo with Bunica. She doesn’t like it.

### 021
@a Marisa Quiñones-Abbott | a 33-year-old singer-songwriter from Port Elgin
@b Theo Lindgren | Her producer
Marisa Quiñones-Abbott, a 33-year-old singer-songwriter from Port Elgin, recorded most of her third album in a caravan parked behind her parents' house. You can hear it: the rain on the roof, a dog barking under the bridge of ``⟦s:-|Kettle Song⟧''.
``⟦d:a|I kept trying to get rid of the dog and then I realised the dog was the best thing on it,⟧'' she said, laughing, over the phone from a tour stop in Harwick.
``⟦s:-|Low Tide Radio⟧'' is a quieter record than its predecessor, and a braver one. The drums are mostly brushes; several songs are a voice, a nylon-string guitar and a room.
``⟦d:a:m|The last record was me trying to sound like I belonged on the radio. I was 29 and I thought that was the point.⟧
``⟦d:a|This time I just wanted it to sound like the room. If the room was cold, fine.⟧''
Her producer, Theo Lindgren, who also plays most of the bass, called the sessions ``⟦p:b|the cheapest and happiest I've ever done⟧''. ``⟦d:b|We had a budget for a studio and we spent it on a better microphone and a heater,⟧'' he said.
The standout is the closing track, ``⟦s:-|Harbour Lights, 4am⟧'', six minutes of a single melody turned over and over like a stone in a pocket. Four stars.

### 022
@a Brightwell Home | the retailer
@b - | A spokesperson for the Consumer Safety Office
@c Delyth Morgan-Ames | a mother of two from Penrhos
@d - | a company spokesman
Brightwell Home has recalled more than 80,000 electric kettles after reports that the base can overheat and melt, the retailer said on Thursday.
The 1.7-litre "⟦s:-|Arlo⟧" kettle, sold in white and sage green between March 2023 and May this year, should be unplugged and returned to any store for a full refund, Brightwell said. "⟦d:a|Customer safety is our absolute priority, and we apologise for any inconvenience,⟧" it said in a statement.
A spokesperson for the Consumer Safety Office said it had received 37 reports of overheating, including two minor burns. "⟦d:b|If you have one of these kettles, stop using it now. Don't wait to see whether yours is affected,⟧" the spokesperson said.
Delyth Morgan-Ames, a mother of two from Penrhos, said her kettle had started "⟦p:c|smoking and hissing⟧" on the worktop in April. "⟦d:c|I reported it to the shop and they gave me a voucher for £10,⟧" she said. "⟦d:c|Ten pounds. My kids were in the kitchen.⟧"
Brightwell said it would contact customers who bought the kettle online. Asked about Ms Morgan-Ames's complaint, a company spokesman said: "⟦d:d|We will be in touch with her directly.⟧"

### 023
@a Margaret Oduya | -
@b Sian Pritchard | Her neighbour
@c Rivers Authority | -
@d Callum Reid | Local MP
Residents of Mill Row in Lower Ashby were mopping out their homes for the second time in four years on Monday after the River Tarrant burst its banks overnight.
Margaret Oduya, 66, woke at 3am to find water pouring under her front door. “⟦d:a|I heard it before I saw it. It sounds like someone running a bath in the hall,⟧” she said. “⟦d:a|By the time I got downstairs it was up to my knees.⟧”
Her neighbour, Sian Pritchard, had only just finished redecorating after the floods of 2021. “⟦d:b|New carpets, new kitchen, new everything. Eighteen months of waiting for the insurance,⟧” she said, gesturing at a skip already half full. “⟦d:b|And here we are again.⟧”
The two women, who have lived next door to each other for twenty years, said promised flood defences had never been built. “⟦d:a|They came with their maps and their consultations and then we never saw them again,⟧” Mrs Oduya said.
The Rivers Authority said the defence scheme had been “⟦p:c|paused⟧” in 2022 after costs rose sharply, but remained “⟦p:c|a priority⟧”.
Local MP Callum Reid said he would raise the matter in Parliament this week. “⟦d:d|These families have been let down twice. There cannot be a third time,⟧” he said.

### 024
@a Cornelius Baptiste | the jazz drummer
@b Yusuf Adebayo-Klein | The pianist
@c Lorraine | His widow
@d - | one critic
Cornelius Baptiste, the jazz drummer, who has died aged 84, was known to three generations of musicians simply as "⟦s:-|Neely⟧". Nobody could remember why, and he refused to say.
Born in Cedros Bay in 1940, he taught himself to play on biscuit tins and arrived in Brixcombe in 1961 with a snare drum and a cardboard suitcase. Within five years he was the first-call drummer for every touring American who passed through the city's clubs. His playing was, as one critic put it, "⟦p:d|all ankles and no elbows⟧": light, fast and never louder than it needed to be.
"⟦d:a|The drum is the only instrument where you can hear whether someone is listening to the others,⟧" he said in a 2008 interview. "⟦d:a|A selfish drummer, you hear it in one bar.⟧"
The pianist Yusuf Adebayo-Klein, who played in Baptiste's quartet for 19 years, said he had "⟦p:b|never once⟧" seen him rehearse. "⟦d:b|He said rehearsing was for people who were frightened of the gig. He wasn't frightened of anything except aeroplanes,⟧" Adebayo-Klein said.
His widow, Lorraine, whom he married in 1967, said he had drummed on the kitchen table until the week before he died. "⟦d:c|Spoons, knives, the salt cellar. He tapped all day. I stopped hearing it in about 1970,⟧" she said. "⟦d:c|Now the house is very quiet.⟧"
He is survived by Lorraine, their two sons and five grandchildren.

### 025
@a Ursula Zimmerli-Nakamura | the canton's finance director
@b Hohwalder Kantonalbank | -
@d - | an analyst at a brokerage in the capital who asked not to be named
@c Reto Baumgartner | a dairy farmer in Ennetberg
HOHWALD, Feb 9 (Meridian Wire) - The canton of Hohwald will inject 1.2 billion francs into its struggling state-owned bank, officials said on Friday, ending weeks of speculation about the lender's future.
Ursula Zimmerli-Nakamura, the canton's finance director, told a news conference the rescue was "⟦p:a|painful but unavoidable⟧". «⟦d:a|Wir sind keine Bank für alle Abenteuer⟧», she said - "⟦d:a|We are not a bank for every adventure⟧" - in a reference to the lender's expansion into foreign property loans.
Hohwalder Kantonalbank said in a statement that it "⟦p:b|welcomed the support⟧" and would cut 400 jobs over three years. Its chief executive resigned last month.
"⟦d:d|The canton had no real choice. Letting it fail would have meant farmers and small firms losing their credit lines overnight,⟧" said an analyst at a brokerage in the capital who asked not to be named.
Reto Baumgartner, a dairy farmer in Ennetberg, said his family had banked with the lender for four generations. "⟦d:c|My grandfather opened an account there in 1931. I'd like to think it will still be there for my daughter,⟧" he said. "⟦d:c|But I will be watching.⟧"

### 026
@b Halewood Building Society | the society
@a Priyanka Desai-Morrow | chief economist at the Halewood Building Society
@d Rory Whitcombe | estate agent
@c Tom Stavrou | -
@e Eleni Haddad | his partner
House prices rose for a fourth consecutive month in May, according to the Halewood Building Society, as falling mortgage rates tempted buyers back into the market.
The average price of a home rose 0.6% to £281,400, the society said, leaving prices 3.2% higher than a year earlier.
“⟦d:a|Buyers who sat on their hands last year are coming back, and they are bringing their parents’ savings with them,⟧” said Priyanka Desai-Morrow, chief economist at the Halewood Building Society. “⟦d:a|Affordability is still stretched. This is a recovery built on the bank of mum and dad.⟧”
In Kingsmere, estate agent Rory Whitcombe said competition for family homes had returned. “⟦d:d|We’re seeing sealed bids again on the three-bed semis. Six months ago I couldn’t give them away,⟧” he said.
For first-time buyers, the rebound is a mixed blessing. Tom Stavrou, 31, and his partner, Eleni Haddad, 29, have been outbid on three flats since Easter. “⟦d:c|Every time rates come down, prices go up. It’s like running up a down escalator,⟧” Stavrou said.
Haddad was blunter. “⟦d:e|We both work full time, we don’t smoke, we don’t go on holiday. I don’t know what else we’re meant to give up,⟧” she said.
Halewood said it expected price growth to “⟦p:b|moderate⟧” in the second half of the year.

### 027
@a Chidera Okonkwo-Baines | -
@b Felix Aranda | an engineer she met at a hackathon in 2018
@c - | One early investor
Chidera Okonkwo-Baines does not look like someone who has just raised £40 million. She is wearing a fleece with a hole in the elbow and eating cold noodles out of one of her own company’s containers in a converted bus depot in Ashworth Vale.
“⟦d:a|People expect a glass office. We spent the money on washing machines,⟧” she says. “⟦d:a|Very big washing machines.⟧”
Her company, Returnly, collects reusable takeaway boxes from 1,400 restaurants, washes them and sends them back. The idea, she says, came from a summer job in a pizza kitchen at 17, when she had to carry eleven bin bags of packaging to the skip every night.
“⟦d:a:m|I remember thinking: this is insane. Nobody eats the box. The box is in your life for twelve minutes and then it’s in the ground for five hundred years.⟧
“⟦d:a:m|I didn’t do anything about it for ten years, obviously. I went to university, I worked in a bank, I was very boring.⟧
“⟦d:a|But the bin bags stayed with me.⟧”
Her co-founder, Felix Aranda, an engineer she met at a hackathon in 2018, describes her as “⟦p:b|completely unreasonable, in the useful way⟧”. “⟦d:b|She’ll say, we need to wash 100,000 boxes a day by March. You say that’s impossible, and she says, fine, by April then,⟧” he says.
Not everyone is convinced the model scales. One early investor, who asked not to be named, said the company’s margins were “⟦p:c|thinner than a takeaway lid⟧”.
Okonkwo-Baines has heard that before. “⟦d:a|Every business is a bad business until it isn’t,⟧” she says.

### 028
@a Tesfaye Gebremariam | the 24-year-old
@b Almaz Bekele | -
@c Hamid Rostami | Race director
KESSLER BAY, April 21 (Meridian Wire) - Tesfaye Gebremariam won the Kessler Bay Marathon in a course record of 2:04:51 on Sunday, then said through an interpreter that he had almost not started because of a stomach bug.
"⟦d:a|At five o'clock this morning I was in the bathroom thinking, I will watch on television,⟧" the 24-year-old said. "⟦d:a|My coach said, just start, and if it is bad, stop. It was not bad.⟧"
Gebremariam broke away from a group of five at 35 kilometres and won by 41 seconds.
In the women's race, Almaz Bekele, 29, defended her title despite falling at a drinks station. "⟦d:b|I fell, I got up. That is marathon,⟧" she told reporters, showing a grazed knee. "⟦d:b|Also it is life, I think.⟧"
Race director Hamid Rostami said record crowds of about 600,000 had lined the route. "⟦d:c|The weather was kind to us and the runners were kinder,⟧" he said. "⟦d:c|One course record, one champion who fell over and still won. I don't know what we do next year.⟧"

### 029
@b Hana Kobayashi-Reid | the sculptor
@a Ines Valdivia-Koenig | The curator
@c - | One visitor
For her first solo exhibition in twenty years, the sculptor Hana Kobayashi-Reid has filled the main hall of the Tollbridge Gallery with 3,000 teacups, each one broken and mended with gold.
“⟦d:b|My mother broke a cup every time she was angry with my father, which was often,⟧” the 68-year-old said at the preview on Thursday. “⟦d:b|She never threw them away. She glued them. I grew up in a house of glued cups.⟧”
The exhibition, titled “⟦s:-|Mend⟧”, took four years to assemble. Many of the cups were donated by members of the public after an appeal in 2021.
The curator, Ines Valdivia-Koenig, said the gallery had received more than 11,000. “⟦d:a|We had cups arriving with letters, photographs, whole family histories,⟧” she said. “⟦d:a|One woman sent the cup her husband was holding when he proposed. She’d broken it on purpose after the divorce.⟧”
Kobayashi-Reid said she had read every letter. “⟦d:b|Some of them I couldn’t finish,⟧” she said. “⟦d:b|I had to go for a walk.⟧”
One visitor, standing in front of a cabinet of blue-and-white cups, was in tears. “⟦d:c|That’s my nan’s,⟧” she said, pointing. “⟦d:c|I didn’t know they’d used it.⟧”

### 030
@a Haruto Ishikawa | -
@c - | a spokeswoman for Voltspring
Haruto Ishikawa of Fenham writes: "⟦d:a|I cancelled my broadband contract with Voltspring in January when I moved in with my partner. They confirmed it in writing. Since then they have taken £38.99 from my account every month, and every time I call I'm told the cancellation 'didn't go through'. I have now paid £194 for a service at an address I don't live at. Can you help?⟧"
I asked Voltspring why it had ignored its own written confirmation. At first, it couldn't say. After a week of chasing, a spokeswoman for Voltspring told me the cancellation had been "⟦p:c|logged against an incorrect account number⟧" because of a "⟦p:c|manual processing error⟧".
"⟦d:c|We're sorry for the frustration this caused Mr Ishikawa,⟧" she said. "⟦d:c|We have closed the account, refunded all payments taken since January and added £75 as a goodwill gesture.⟧"
Mr Ishikawa is pleased, if weary. "⟦d:a|It shouldn't take a newspaper,⟧" he says. He's right.
If you cancel any contract, keep the confirmation, and if a firm keeps taking money after the end date, ask your bank about a chargeback.

### 031
@a Glenys Harcourt | the county's director of education
@c - | one grandmother
@b Mohammed Al-Rashid | a father of two pupils at the school
@d Kezia Mbatha | Chair of governors
Angry parents shouted down education officials at a packed meeting in Pen-y-Graig last night over plans to close the village's only primary school.
More than 200 people crammed into the community hall, with dozens more listening from the car park, as chants of "⟦s:-|Save our school⟧" drowned out the opening presentation.
Glenys Harcourt, the county's director of education, told the meeting that Ysgol Pen-y-Graig had 41 pupils in a building designed for 140, and that keeping it open would cost "⟦p:a|money we simply do not have⟧". "⟦d:a|Nobody in this room wants to close a school. But I have to think about every child in the county, not only the ones here tonight,⟧" she said.
"⟦d:c|Then think about them!⟧" shouted one grandmother from the back.
Mohammed Al-Rashid, a father of two pupils at the school, said the alternative - a 35-minute bus ride on a single-track mountain road - was "⟦p:b|not a plan, it's a gamble⟧". "⟦d:b|Have any of you driven that road in January? In fog? With a bus full of five-year-olds?⟧" he asked, to loud applause.
Chair of governors Kezia Mbatha said the school would fight the proposal "⟦p:d|to the very end⟧". "⟦d:d|We have a consultation to respond to and we will respond to it, line by line,⟧" she said.
A final decision is expected in March.

### 032
@a Bartholomew Nkemelu | an archaeologist at Corrie University who is leading the excavation
@b Gwen Tallis | a retired nurse who has volunteered on the dig for six summers
@c Historic Landmarks Trust | the trust
A Bronze Age log boat, almost perfectly preserved in peat, has been uncovered by archaeologists at Strathmore Moss.
The nine-metre vessel, carved from a single oak trunk, is thought to be about 3,500 years old and is one of the most complete ever found in the region.
“⟦d:a|When the first bit of timber came up we assumed it was a fence post. Then it just kept going,⟧” said Dr Bartholomew Nkemelu, an archaeologist at Corrie University who is leading the excavation.
“⟦d:a|You can still see the tool marks. Somebody sat here with a bronze axe and made this, and you can see where they got tired.⟧”
The boat was found by Gwen Tallis, a retired nurse who has volunteered on the dig for six summers. “⟦d:b|I was trowelling away and I hit something that didn’t feel like stone. I didn’t say anything for a minute because I thought I’d get told off for digging too deep,⟧” she said.
The Historic Landmarks Trust said the boat would be lifted in sections and kept in a water tank for up to two years before it could go on display. “⟦d:c|This is a fragile and very special object, and it will be treated as such,⟧” the trust said.

### 033
@a Oluwaseun Adeyinka | the 44-year-old GP partner
@b Fiona Dalgleish | Its practice manager
@d Nadim Qureshi | Patient
@c - | A senior health official
Dr Oluwaseun Adeyinka begins his day at the Brookfield Surgery at 7.15am, an hour before the phones open. By 8.01am, all 64 of the day's appointments have gone.
"⟦d:a|The phrase I hate most in this job is 'ring back tomorrow at eight',⟧" the 44-year-old GP partner said. "⟦d:a|We say it a hundred times a day, and we know exactly what it means for the people on the other end.⟧"
Brookfield, which serves 11,200 patients on the edge of Carrow, has lost three of its seven doctors in two years, two to retirement and one to a hospital post overseas. Its practice manager, Fiona Dalgleish, said adverts for replacements had drawn "⟦p:b|one applicant, who withdrew⟧".
"⟦d:b|We've tried everything - locums, online consultations, pharmacists. It isn't enough. You can't run a surgery on goodwill,⟧" she said.
Patient Nadim Qureshi, 58, who has type 2 diabetes, said he had given up trying to book a routine review. "⟦d:d|I go to the chemist now. The chemist is brilliant, but he's not a doctor,⟧" he said.
A senior health official, speaking on condition of anonymity, acknowledged that recruitment targets would be missed. "⟦d:c|The numbers were always optimistic. Everyone in the building knew that,⟧" the official said.

### 034
@a Kestrel Vale District Council | -
@b Anneliese Varga | Its chief executive
@c Raj Bhattacharya | a security researcher at Northlight Labs
@d - | One resident
Kestrel Vale District Council says it may take weeks to restore its systems after a ransomware attack that has left residents unable to pay council tax, report missed bin collections or apply for housing support online.
The council said on Tuesday that it had “⟦p:a|no evidence at this stage⟧” that personal data had been stolen, but could not rule it out.
Its chief executive, Anneliese Varga, said staff had gone back to “⟦p:b|pen, paper and the telephone⟧”. “⟦d:b|I want to be clear: we will not be paying a ransom. That is not how we will spend public money,⟧” she said in a video message posted on the council’s website.
Raj Bhattacharya, a security researcher at Northlight Labs, said the attack bore the hallmarks of a group known as “⟦s:-|Grey Heron⟧”. “⟦d:c|They tend to go after organisations that are stretched thin and running older systems. Local councils tick both boxes,⟧” he said.
One resident said she had been trying for a week to report a broken streetlight. “⟦d:d|I rang the number on the website and the recording told me to use the website,⟧” she said.

### 035
@a Dominic Kettering | the 27-year-old champion
@b Aleksandr Volkonsky | the Latvian-born challenger
@d - | a fan
@c Terry Boland | Kettering's trainer
The pantomime came early. Dominic Kettering and Aleksandr Volkonsky had to be separated by security at yesterday's weigh-in at the Corn Exchange after the Latvian-born challenger knocked the champion's cap off.
Kettering, nicknamed "⟦s:-|The Hammer⟧", came in a pound under the middleweight limit and promised to end Saturday's fight "⟦p:a|inside four rounds, maybe three if he annoys me⟧".
"⟦d:a|He's been talking for six weeks. On Saturday he'll find out talking doesn't count,⟧" the 27-year-old champion said.
Volkonsky, 30, was unmoved. "⟦d:b|He's a nice boy. Nice boys don't win world titles,⟧" he said, to boos from the crowd. "⟦d:b|Ask him who he has beaten. Nobody. Ask me. Everybody.⟧"
"⟦d:d|Knock him out, Dom!⟧" shouted a fan from the balcony.
Kettering's trainer, Terry Boland, insisted the scuffle was "⟦p:c|nothing⟧". "⟦d:c|It's theatre. Dom's done his work. He's calm as you like,⟧" he said. "⟦d:c|The only thing he's lost this week is his hat.⟧"

### 036
@a Seán Ó Flaithearta | the fisherman who led the campaign to save Carrickmore’s lifeboat station
@b Nóirín | His daughter
@c Declan Moriarty | The parish priest
Seán Ó Flaithearta, the fisherman who led the campaign to save Carrickmore’s lifeboat station, has died at his home on the quay. He was 88.
He went to sea at 14 on his father’s half-decker and was still setting lobster pots at 80. In 1986, when the station was earmarked for closure, he organised a flotilla of 63 boats that sailed up the estuary to the regional council offices and stayed there, horns sounding, until the decision was reversed.
“⟦d:a|They told us the helicopter would come. I said, the helicopter doesn’t know these rocks,⟧” he told the Western Courier in 2016, on the station’s 150th anniversary. “⟦d:a|A crew from here knows every one of them by its first name.⟧”
His daughter, Nóirín, said he had been “⟦p:b|mending nets in his head⟧” in his final days. “⟦d:b|His hands kept moving, even in his sleep. Knots, knots, knots,⟧” she said. “⟦d:b|I suppose that’s how he wanted to go.⟧”
The parish priest, Fr Declan Moriarty, said the funeral on Saturday would be followed by a procession of boats. “⟦d:c|There isn’t a family in this parish he didn’t help at some point,⟧” he said. “⟦d:c|He’d hate a fuss. He’s getting one anyway.⟧”

### 037
@a Rosario Villalba Quispe | a 46-year-old former mayor of Tierra Alta
@b Ernesto Calderón Saavedra | The incumbent
@c Continental Electoral Mission | -
@d Lucía Mamani | a market trader
SAN ISIDRO DE LAS PEÑAS, May 12 (Meridian Wire) — Rosario Villalba Quispe, a 46-year-old former mayor of Tierra Alta, won Sunday’s presidential run-off with 54% of the vote, becoming the first Indigenous woman to lead the country.
«⟦d:a|Hoy no ganó una mujer, ganó un pueblo entero⟧», Villalba told tens of thousands of supporters in the capital’s main square. “⟦d:a|Today it was not a woman who won, it was an entire people.⟧”
The incumbent, Ernesto Calderón Saavedra, conceded shortly before midnight. “⟦d:b|The people have spoken and I respect their voice,⟧” he said in a televised address, adding that his party would be “⟦p:b|a firm but loyal opposition⟧”.
The Continental Electoral Mission, which deployed 240 observers, said voting had been “⟦p:c|orderly and transparent⟧”, though it noted “⟦p:c|isolated irregularities⟧” in two northern provinces.
In the square, Lucía Mamani, 63, a market trader, wept as the result was announced. «⟦d:d|Mi madre no sabía leer. Mi nieta va a ver a una presidenta como nosotras⟧», she said. “⟦d:d|My mother couldn’t read. My granddaughter is going to see a president like us.⟧”
(Reporting by Andrés Poma; editing by Hannah Grieve)

### 038
@a Bank of Aldermoor | The bank
@b Femi Adewale-Russo | Governor
@c Clara Nyström | chief economist at Kestwick Partners
@d Hamza Qadri | senior economist at Fielding Research
ALDERMOOR, Sept 18 (Meridian Wire) - The Bank of Aldermoor left its main interest rate unchanged at 4.75% on Thursday but signalled that cuts could begin before the end of the year, sending the currency to a three-month low.
The bank said in a statement that inflation was "⟦p:a|moving decisively in the right direction⟧" but that services prices remained "⟦p:a|uncomfortably sticky⟧".
Governor Femi Adewale-Russo told a news conference that the committee was "⟦p:b|not in a hurry, but not asleep either⟧". "⟦d:b|We want to see two more months of data. If it confirms what we are seeing, we will act,⟧" he said.
Asked whether a cut in November was likely, he replied: "⟦d:b|I don't do dates. I do data.⟧"
"⟦d:c|That is about as clear a signal as this governor ever gives,⟧" said Clara Nyström, chief economist at Kestwick Partners. "⟦d:c|We now expect a 25 basis point cut in November and another in February.⟧"
Hamza Qadri, senior economist at Fielding Research, was more cautious. "⟦d:d|Wage growth is still running at 5%. The bank may find that two more months turns into four,⟧" he said.

### 039
@a Park Ji-won | The director
@b Lior Ben-Haim | The festival’s artistic director
@c Mina Seo | The film’s star
@d - | One critic
The director Park Ji-won’s “⟦s:-|The Quiet Floor⟧” won the Golden Heron at the Marlowe Film Festival on Saturday, a decade after his debut was rejected by the same festival’s selection committee.
Speaking through an interpreter, Park said he had kept the rejection letter. “⟦d:a|It is on my desk. I read it when I think I am very clever,⟧” he said, to laughter from the audience.
“⟦d:a|I want to thank the committee. Not this one, the old one. You made me angry, and anger is very good for writing.⟧”
The film follows a night cleaner in an office tower who begins reading the notes employees throw away, and slowly falls in love with one of them. One critic had called it “⟦p:d|the most tender thing about loneliness since the invention of the telephone⟧”.
The festival’s artistic director, Lior Ben-Haim, said the jury’s decision had been unanimous. “⟦d:b|It took them eleven minutes. I have never seen that,⟧” he said.
The film’s star, Mina Seo, who won the prize for best performance, said she had spent three months working night shifts as a cleaner to prepare. “⟦d:c|My hands still smell of the chemicals. I think it was worth it,⟧” she said.

### 040
@a Stacey Barraclough | -
@b Imran Chaudhry | a software engineer flying to a family wedding
@e - | one passenger
@c Sunvale Airways | the airline
@d - | An airport spokesman
Thousands of holidaymakers were stranded at Harnsworth Airport last night after a computer glitch grounded every Sunvale Airways flight for nine hours.
Families slept on the floor of the departure lounge as queues snaked out of the terminal and on to the pavement. Some said they had been given "⟦p:-|no information whatsoever⟧" by staff.
Stacey Barraclough, 39, from Wakeley, who was travelling to Porto Calvo with her three children, said: "⟦d:a|The kids have been in their swimming costumes under their clothes since six o'clock this morning.⟧"
"⟦d:a|We've had one bottle of water between us and a voucher for £5. What do you get for £5 in here? Half a sandwich.⟧"
Imran Chaudhry, a software engineer flying to a family wedding, said: "⟦d:b|I write software for a living. I know things break. What I don't understand is why nobody will tell us anything.⟧"
"⟦d:e|We're missing our own honeymoon!⟧" one passenger shouted as a Sunvale manager walked past.
Sunvale Airways said in a statement that it was "⟦p:c|deeply sorry⟧" and that the fault had been fixed. "⟦d:c|Passengers will be offered refreshments, hotel accommodation where necessary and the option of a full refund,⟧" the airline said.
"⟦d:d|Our teams are doing everything they can to look after people,⟧" an airport spokesman said.

### 041
@d Owen Gathercole | prosecuting
@c Priti Sandhu | defending
@a Helena Okoro | District Judge
@b Craig Mottram | -
A man who stole more than 300 garden gnomes from homes across Bramwick and sold them online has been spared jail.
Craig Mottram, 34, of Elm Terrace, Bramwick, admitted 27 counts of theft at Bramwick Magistrates' Court on Tuesday.
Owen Gathercole, prosecuting, told the court the thefts took place over eight months last year and that some of the ornaments had "⟦p:d|considerable sentimental value⟧". "⟦d:d|One victim, an 81-year-old widow, lost a gnome her late husband had painted by hand,⟧" he said.
Priti Sandhu, defending, said her client had been "⟦p:c|in the grip of a gambling addiction⟧" and was "⟦p:c|genuinely ashamed⟧". "⟦d:c|He has attended every counselling session offered to him. He wishes to apologise to every one of his victims,⟧" she said.
Sentencing him to a 12-month community order with 150 hours of unpaid work, District Judge Helena Okoro told Mottram: "⟦d:a|You have caused a great deal of upset over what you may think were trivial objects. They were not trivial to the people who owned them.⟧"
As he left the dock, Mottram said quietly: "⟦d:b|I'm sorry.⟧"

### 042
@a Cillian Dunphy | the jockey
@b Harriet Bellingham-Osei | Trainer
@c - | One bookmaker
Cillian Dunphy, 19, claimed the biggest win of his career when Starling Road landed the Ashcombe Gold Cup at 33-1 on Saturday, with the jockey admitting he had “⟦p:a|no business⟧” being on the horse at all.
Dunphy was called up on Friday evening after the intended rider broke a collarbone in a fall at Wexcombe.
“⟦d:a|I got the phone call when I was in the chip shop. I nearly dropped the chips,⟧” he said. “⟦d:a|I rode him in work once, three weeks ago. That was the sum total of our relationship.⟧”
Trainer Harriet Bellingham-Osei, who was saddling her first Gold Cup runner, said her instructions had been simple. “⟦d:b|I told Cillian: don’t overthink it, he knows the way round better than you do,⟧” she said. “⟦d:b|And he listened, which is more than most jockeys do.⟧”
One bookmaker said the result had been “⟦p:c|a very good day for the satchel⟧”.

### 043
@a Mindway | The charity
@b Elspeth Carmody | Its chief executive
@c Jordan Amadi | a student in Halvergate
Nearly half of young adults say they have delayed seeking help for their mental health because they did not think they were "⟦p:-|ill enough⟧", according to a survey by the charity Mindway.
The charity, which polled 2,000 people aged 18 to 25, said the findings pointed to "⟦p:a|a culture of waiting until crisis⟧".
Its chief executive, Elspeth Carmody, said: "⟦d:b|Young people are telling us they feel they have to earn support by getting worse. That should shame all of us.⟧"
Jordan Amadi, 22, a student in Halvergate, waited two years before speaking to a GP about their anxiety. "⟦d:c|I kept thinking other people had it worse, so I didn't deserve a slot,⟧" they said. "⟦d:c|By the time I went, I couldn't get on a bus.⟧"
Mindway is calling for drop-in support hubs in every further education college. "⟦d:a|Nobody should need a crisis to qualify for care,⟧" the charity said.

### 044
@a Kwabena Mensah | Fairmart boss
@c Doreen Pilkington | pensioner
@d Lukas Nowicki | Dad-of-three
@b - | one industry source
SHOPPERS are set to save up to £200 a year after Fairmart slashed the price of 400 everyday items, firing the opening shot in a new supermarket price war.
Fairmart boss Kwabena Mensah said: “⟦d:a|Families have had a horrible few years. We’re not a charity, but we can do our bit.⟧”
Milk, bread, bananas and baked beans are among the products cut, with some prices falling by as much as 20%.
At Fairmart’s store in Dunsford, pensioner Doreen Pilkington, 77, was unimpressed. “⟦d:c|They put everything up by a pound and now they want a medal for taking off 20p,⟧” she said.
Dad-of-three Lukas Nowicki, 41, was more upbeat. “⟦d:d|Every little bit helps when you’ve got three teenagers. They eat like horses,⟧” he said. “⟦d:d|I’ll believe it when I see the receipt, mind.⟧”
Rival chains declined to comment, but one industry source said the others would “⟦p:b|have no choice but to follow within weeks⟧”.

### 045
@a Ingrid Solheim-Baptista | a glaciologist at the Nordvik Polar Institute
@c Anders Holm | Her colleague
@b Pasang Lhamu Tamang | a mountain guide who has led groups on the glacier for 20 years
The Skarvbreen glacier has lost a third of its volume since 1990, and Ingrid Solheim-Baptista, a glaciologist at the Nordvik Polar Institute, has measured almost every metre of the loss.
``⟦d:a|When I started, we walked onto the ice from the car park. Now it's a ninety-minute hike,⟧'' she said, pointing at a line of painted stakes that mark the glacier's retreat decade by decade.
``⟦d:a:m|People want a number, a year when it will be gone. I can give them one, roughly. But the number is not the story.⟧
``⟦d:a|The story is the river downstream, the farms that depend on it, the hydropower. The glacier is a water tower. We are emptying it.⟧''
Her colleague Anders Holm, who installed the institute's first time-lapse camera in 2004, said watching the footage was ``⟦p:c|like watching someone breathe out and never breathe in⟧''.
Pasang Lhamu Tamang, a mountain guide who has led groups on the glacier for 20 years, now spends part of each season steering clients away from its crumbling snout. ``⟦d:b|The ice used to be the dangerous part. Now it's the rocks that the ice used to hold,⟧'' she said.

### 046
@a Adaeze Nwachukwu | the novelist
@b Jonah Feldmann | Her editor
Adaeze Nwachukwu's fourth novel, ``⟦s:-|The Lending Library of Lost Things⟧'', began with a library fine.
``⟦d:a|I found a book I'd borrowed in 1998 in a box in my mother's attic. The fine would have been four hundred pounds,⟧'' the novelist said. ``⟦d:a|I took it back anyway. The librarian laughed so much she had to sit down.⟧''
The novel follows Ekene, a retired librarian in a coastal town who begins quietly returning objects that her neighbours lost decades ago: a wedding ring, a school cap, a letter never posted.
Nwachukwu, who worked as a hospital pharmacist for fifteen years before her first book was published, writes about grief with a dispenser's precision. ``⟦d:a|Pharmacy teaches you that the difference between a medicine and a poison is the dose,⟧'' she said. ``⟦d:a|Grief is like that too.⟧''
Her editor, Jonah Feldmann, called it ``⟦p:b|the book she was always going to write, once she stopped being polite⟧''.
``⟦d:b|Her first three novels were very good and very careful. This one takes risks,⟧'' he said.

### 047
@a Bronwen Pugh | the group's founder
@b Ahmed Farouk | -
@c Lily | -
@d Wrexford City Council | -
A patch of waste ground that was once a magnet for fly-tippers has been named the best community garden in the county.
The Alder Street Growers took over the derelict plot behind the old bus garage in 2019, clearing 40 tonnes of rubbish, including three fridges and what the group's founder, Bronwen Pugh, describes as "⟦p:a|a very unhappy sofa⟧".
"⟦d:a|We had no money, no tools and no idea. What we did have was about fifteen neighbours who were sick of looking at it,⟧" she said.
Today the garden grows vegetables for a weekly lunch for older residents, and has a pond, two beehives and a waiting list for its 30 raised beds.
Ahmed Farouk, 72, grows okra and mint in the bed nearest the gate. "⟦d:b|My wife said I would never grow okra in this weather. Look,⟧" he said, holding up a pod. "⟦d:b|It's small. But it is okra.⟧"
Lily, nine, who comes every Saturday with her grandfather, has her own patch of strawberries. "⟦d:c|The slugs get most of them but I get the rest,⟧" she said.
Wrexford City Council said the garden was "⟦p:d|a shining example⟧" of what communities could achieve.

### 048
@a Gideon Ashcroft | TELLY chef
@b Paloma Reyes-Whitfield | his former business partner
@c - | A source close to Ashcroft
@d - | A spokesperson for Reyes-Whitfield
TELLY chef Gideon Ashcroft has branded his former business partner Paloma Reyes-Whitfield a "⟦p:a|fraud in an apron⟧" as their bitter legal battle over the collapse of their restaurant empire heads to court.
The pair opened five Fuego & Salt restaurants before the chain went bust last year owing £6million.
Ashcroft, 52, told a podcast: "⟦d:a|I trusted her with the books and she treated them like a colouring book. I'll be saying exactly that to the judge.⟧"
But Reyes-Whitfield hit back last night. "⟦d:b|Gideon has never read a spreadsheet in his life. He signed every single document he is now complaining about,⟧" she said in a statement. "⟦d:b|I look forward to the court hearing the facts rather than the soundbites.⟧"
A source close to Ashcroft said the chef was "⟦p:c|devastated⟧" by the collapse. "⟦d:c|He's lost friends over this. He's lost sleep. He just wants people to know the truth,⟧" the source added.
A spokesperson for Reyes-Whitfield said: "⟦d:d|We will not be commenting further before the trial.⟧"

### 049
@a Haruki Tanabe | the town’s mayor
@b Fumiko Okada | -
@c - | A prefectural official who asked not to be named
In the mountain town of Kamisawa, three hours by train from the nearest city, there are more empty houses than children. The town now plans to give some of them away.
Under a scheme launched this month, families who agree to live in Kamisawa for at least five years can take over one of 40 abandoned homes for a symbolic ¥1. Haruki Tanabe, the town’s mayor, says he has already had more than 900 inquiries.
“⟦d:a|We are not selling houses. We are trying to buy time,⟧” Tanabe said, speaking through an interpreter in his office, where a map on the wall marks each empty property with a red pin.
“⟦d:a|If we do nothing, the school closes in six years. After the school, the clinic. After the clinic, the town.⟧”
Fumiko Okada, 84, lives next door to one of the houses on offer. She remembers when it was home to a family of nine. “⟦d:b|There was always noise. I used to complain,⟧” she said with a smile. “⟦d:b|Now I would give anything to complain again.⟧”
A prefectural official who asked not to be named said similar schemes elsewhere had had “⟦p:c|mixed results⟧”. “⟦d:c|People come for the cheap house. Whether they stay for the winter is another question,⟧” the official said.

### 050
@a Fair Trading Commission | the commission
@b Aurelio Benedetti | chief executive of Skylark Air
@c Ruth Akinyemi | general secretary of the Airline Pilots’ Guild
@d Sebastian Wu | an aviation analyst at Teller & Grange
The proposed £2.1 billion merger of Skylark Air and Blue Meridian will be referred for an in-depth investigation, the Fair Trading Commission said on Friday, warning that the deal could lead to “⟦p:a|higher fares and fewer choices⟧” on 38 routes.
The combined airline would control more than 60% of take-off and landing slots at Carnford Airport.
Aurelio Benedetti, chief executive of Skylark Air, said he was “⟦p:b|disappointed but not surprised⟧”. “⟦d:b|We will engage constructively with the commission. We are confident that, once it looks at the detail, it will see that this deal is good for passengers,⟧” he said.
Ruth Akinyemi, general secretary of the Airline Pilots’ Guild, welcomed the referral. “⟦d:c|Every merger in this industry has been sold as good for passengers. Ask the passengers,⟧” she said.
Sebastian Wu, an aviation analyst at Teller & Grange, said the commission’s concerns were “⟦p:d|entirely predictable⟧”. “⟦d:d|The question is whether Skylark will offer to give up enough slots to get it through. My guess is yes, but it will hurt,⟧” he said.
The commission said it would publish its findings by March.

### 051
@a Julián Cárdenas Ortiz | The 23-year-old climber
@b Marco Bellandi | His team director
@c Pieter Verhoeven | Race leader
VALCROIX, July 10 (Meridian Wire) - Julián Cárdenas Ortiz won the queen stage of the Tour des Alpilles on Thursday, riding alone to the summit of the Col de Marmaron.
The 23-year-old climber attacked with six kilometres to go and crossed the line 40 seconds clear of the race leader.
"⟦d:a|Es el día más lindo de mi vida,⟧" Cárdenas said in Spanish. "⟦d:a|It is the most beautiful day of my life.⟧"
His team director, Marco Bellandi, said the plan had been to wait until the final kilometre. "⟦d:b|He doesn't listen to the radio when he feels good. Today I'm happy he didn't,⟧" Bellandi said.
Race leader Pieter Verhoeven kept the yellow jersey by 1 minute 12 seconds. "⟦d:c|He was too strong today. I rode my own pace and limited the damage. Forty seconds is fine,⟧" the Dutchman said. "⟦d:c|Saturday's time trial will decide everything.⟧"

### 052
@a Amrita Venkataraman | the virologist whose work on bat coronaviruses was ignored for a decade and then suddenly urgent
@b Gareth Llewellyn-Shaw | -
@c Meera | Her niece
Amrita Venkataraman, the virologist whose work on bat coronaviruses was ignored for a decade and then suddenly urgent, has died aged 79.
Born in 1946 in Kuttalam Nagar, a railway town in the south of India, she trained in medicine before a summer spent catching bats in limestone caves changed her mind about what she wanted to do. She spent most of her career at the Halden Institute, publishing papers that, for years, few people read.
“⟦d:a|I spent ten years being told my bats were a curiosity,⟧” she told an interviewer in 2021. “⟦d:a|I would rather have stayed a curiosity.⟧”
Professor Gareth Llewellyn-Shaw, who shared a laboratory with her for 14 years, said she had been “⟦p:b|the least self-important genius I ever met⟧”. “⟦d:b|She would clean the centrifuge herself because she didn’t trust anyone else to do it properly. She was usually right,⟧” he said.
Her niece, Meera, said her aunt had never lost her enthusiasm for fieldwork. “⟦d:c|She used to take me caving when I was eight. My mother was furious,⟧” she said. “⟦d:c|I became a vet. I think that was her fault.⟧”

### 053
@b Yasmin Haddad-Clarke | Lumen's head of product
@a Lumen Devices | The company
@c Oskar Lindahl | a repair technician who runs a phone shop in Harlow Bridge
Lumen Devices unveiled the Lumen 7 on Tuesday, a phone it says will receive software updates for ten years and can be opened with an ordinary screwdriver.
"⟦d:b|We think a phone should last as long as a decent pair of boots,⟧" Lumen's head of product, Yasmin Haddad-Clarke, told the launch event. "⟦d:b|If you drop it, you should be able to fix it on your kitchen table, not send it away for three weeks.⟧"
The company said the battery could be replaced "⟦p:a|in under five minutes⟧" and that spare parts would be sold on its website at cost.
I spent two days with a pre-production unit. The camera is good rather than great; the screen is bright; the thing is noticeably thicker than its rivals.
"⟦d:-|Isn't it a bit chunky?⟧" I asked Haddad-Clarke. "⟦d:b|It's chunky because it has screws in it. The screws are the point,⟧" she said.
Oskar Lindahl, a repair technician who runs a phone shop in Harlow Bridge, welcomed the launch but urged caution. "⟦d:c|Every company says repairable. Then you ring them for a part and it's out of stock for six months,⟧" he said. "⟦d:c|Show me the parts in a year's time and I'll be impressed.⟧"

### 054
@d Northern Weather Service | -
@a Dafydd Rhys-Evans | Lead forecaster
@b - | A spokesperson for Castlebridge Ambulance Service
@c Siobhan Kearney | -
An amber heat warning has been issued for much of the region, with temperatures expected to reach 34C in some inland areas by Thursday.
The Northern Weather Service said the hot spell was likely to last “⟦p:d|at least until the weekend⟧”, with little relief overnight.
Lead forecaster Dafydd Rhys-Evans said: “⟦d:a|The nights are the real concern. If it doesn’t drop below 20 degrees, people’s bodies don’t get a chance to recover, especially older people.⟧”
A spokesperson for Castlebridge Ambulance Service urged people to check on elderly neighbours and to stay out of the sun between 11am and 3pm. “⟦d:b|Please only call us in a genuine emergency. We are expecting a very busy few days,⟧” they said.
Siobhan Kearney, who has run an ice-cream van on Castlebridge seafront for 23 years, was one of the few people who seemed pleased. “⟦d:c|I’ve been praying for this since April,⟧” she said. “⟦d:c|I’ve ordered double the flakes. My husband thinks I’ve lost it.⟧”

### 055
@a Chantelle Moyo | Hawks head coach
@b Danielle Okereke | the guard
@d - | a reporter
@c Sofia Lindqvist-Arce | Ravens coach
Harbour City Hawks 81 Grantham Ravens 79
Danielle Okereke's three-pointer with 1.4 seconds left sent the Hawks into the league final and left her coach struggling for words.
"⟦d:a|I don't... I mean... what a kid,⟧" Hawks head coach Chantelle Moyo said, shaking her head. "⟦d:a|We drew up a play for someone else. Dani decided that was a suggestion.⟧"
Okereke, 21, had missed her previous five attempts from long range. "⟦d:b|Coach said pass it. I heard shoot it,⟧" the guard said with a grin.
"⟦d:d|Did you see it go in?⟧" a reporter asked her.
"⟦d:b|No. I closed my eyes. I heard it.⟧"
Ravens coach Sofia Lindqvist-Arce refused to blame her players for leaving Okereke unmarked. "⟦d:c|That's on me. We switched the wrong way and a good player made us pay,⟧" she said. "⟦d:c|It hurts tonight. It'll hurt tomorrow. Then we go to work.⟧"

### 056
@a Élodie Ravanel | The 38-year-old conductor
@b Kwame Boateng-Ellis | The orchestra’s principal cellist
When Élodie Ravanel raised her baton at Cressfield Hall on Friday, it was the first time in the Northern Symphony Orchestra’s 120-year history that a woman had conducted it as music director.
The 38-year-old conductor, who grew up in a mining town in central France and learnt to read music in a brass band, was asked afterwards whether the evening felt historic. «⟦d:a|Ce n’est pas une révolution, c’est un retard⟧», she said in French: “⟦d:a|It is not a revolution, it is a delay.⟧”
“⟦d:a|The orchestra played like they had something to prove,⟧” she added in English. “⟦d:a|So did I.⟧”
The programme opened with the premiere of Signe Aasland’s “⟦s:-|Tidewater⟧”, which Ravanel described as “⟦p:a|terrifying, in the good way⟧”, a dense, glittering twelve minutes that the orchestra played as if it had known the piece for years.
The orchestra’s principal cellist, Kwame Boateng-Ellis, said the players had noticed a difference within minutes of her first rehearsal. “⟦d:b|She knows exactly what she wants, and she asks for it once,⟧” he said. “⟦d:b|Some conductors ask for it twelve times, in twelve different ways, and you end up with none of them.⟧”

### 057
@b Corvid Air | -
@c Aviation Consumer Board | -
Q: My flight from Dunmere to Palmaria was delayed by six hours in August. Corvid Air has refused compensation, saying the delay was caused by "⟦p:b|extraordinary circumstances⟧". It won't tell me what they were. What can I do? Eleanor, Kessock
A: Airlines reach for that phrase far too readily. Under the rules, "⟦s:-|extraordinary circumstances⟧" means events outside the airline's control, such as severe weather or air traffic control strikes. A technical fault with the aircraft usually does not count.
You are entitled to know the specific reason. The Aviation Consumer Board told me: "⟦d:c|Passengers are entitled to ask for the specific cause of a delay, and airlines should provide it.⟧"
Write to Corvid Air again, quoting that, and ask for the cause in writing within 14 days. Head the letter "⟦s:-|Letter before action⟧". If the airline still refuses, take the claim to the board's free dispute service.

### 058
@a Thiago Albuquerque Ramos | Environment Minister
@b Raimunda Tenório | a leader of the Karaíba people
@c Federal Police | -
VILA NOVA DO ARAGUARI, Aug 27 (Meridian Wire) - Government agents destroyed 31 illegal gold-mining dredges on the Rio Claro this week in the largest operation of its kind this year, officials said on Wednesday.
«⟦d:a|Quem destrói a floresta vai encontrar o Estado⟧», Environment Minister Thiago Albuquerque Ramos wrote on social media - "⟦d:a|Whoever destroys the forest will find the State waiting.⟧"
Raimunda Tenório, a leader of the Karaíba people, said mercury from the dredges had poisoned the fish that riverside villages depend on. «⟦d:b|Nossas crianças comem esse peixe⟧», she told Meridian Wire. "⟦d:b|Our children eat this fish.⟧"
"⟦d:b|We have been asking for this for eight years. Today is good. Tomorrow they will come back,⟧" she added.
The Federal Police said in a statement that 19 people had been arrested and that the operation would continue "⟦p:c|for as long as necessary⟧".

### 059
@a Bernadette Kowalski | the dinner lady
@b Stan | her husband
@c Luckstar | -
A DINNER lady from Thornley who has played the same numbers every week for 31 years has scooped £4.2million - and says she's going back to work on Monday.
Bernadette Kowalski, 61, checked her ticket at the kitchen table on Saturday night while her husband Stan watched the snooker.
"⟦d:a|I said, Stan, I think we've won something. He said, turn the telly up, then,⟧" the dinner lady laughed.
"⟦d:a:m|Then I read the numbers out again and he went white as a sheet.⟧
"⟦d:a|I've told the head I'll be in on Monday. Who else is going to do the custard?⟧"
Stan, 64, said: "⟦d:b|I thought she'd won a tenner. I've never seen her sit down that fast.⟧"
The couple plan to buy a caravan and help their four grandchildren on to the property ladder.
Luckstar, which runs the draw, said the win was "⟦p:c|a wonderful reward for loyalty⟧".

### 060
@a Nomvula Dlamini | a sleep scientist at the University of Kestwick
We spoke to Nomvula Dlamini, a sleep scientist at the University of Kestwick, about her new book, “⟦s:-|The Night Shift⟧”. “⟦d:a|Most of us are not bad sleepers. We are bad at going to bed,⟧” she says.
Q: Is eight hours a myth?
A: It’s an average, not a rule. Some people do well on seven, a few need nine. The mistake is treating it as an exam you can fail.
Q: You’re sceptical of sleep trackers.
A: I’m sceptical of the scores. People wake up feeling fine, look at their phone, see a “⟦s:-|poor⟧” and then feel tired all day.
Q: And the people who call themselves night owls?
A: Some genuinely are. But the label “⟦s:-|night owl⟧” gets worn as if it were a personality. Often it’s a phone.

### 061
@a Xabier Goikoetxea | the Dunmere City manager
@b - | one journalist
@c - | A reporter from the Dunmere Echo
Xabier Goikoetxea has never been one for small talk, and the Dunmere City manager was in characteristically brisk form ahead of Sunday's derby.
"⟦d:b|How is the squad?⟧" one journalist began.
"⟦d:a|Good.⟧"
"⟦d:b|Any injury news?⟧"
"⟦d:a|Yes. You will see it on Sunday.⟧"
A reporter from the Dunmere Echo tried a different approach. "⟦d:c|Does this derby mean more to you than other games?⟧"
"⟦d:a:m|Every game is three points. That is what I tell the players, and in the table it is true.⟧
"⟦d:a|But I am not stupid. I walk my dog in this city. The man at the bakery tells me every morning what I must do on Sunday. So yes, I know.⟧"
He smiled for the first time. "⟦d:a|He is usually right about the bread.⟧"

### 062
@a Graziano Pellegrini | the hotel’s third-generation owner
@b Concetta | his mother
@c - | One guest
The Albergo Stella has eleven rooms, no lift and a dining room that opens when the food is ready and not a minute before. Guests who come down at seven-thirty sharp tend to find the tables bare and Graziano Pellegrini, the hotel’s third-generation owner, polishing glasses behind the bar.
“⟦d:a|People ask me what time is dinner. I tell them: ask my mother,⟧” he says.
His mother, Concetta, 86, has cooked here since 1961 and has no plans to stop. Her rule is the same as it was then: «⟦d:b|Qui si mangia quando è pronto⟧». “⟦d:b|Here you eat when it is ready.⟧”
What arrives, usually around eight, is worth the wait: a thin broth with tiny pasta stars, rabbit cooked slowly with olives, a wedge of cake that tastes of lemon and almonds.
One guest, who has stayed every September for twenty years, summed it up. “⟦d:c|You don’t come here for the view, although the view is wonderful. You come to be told what to eat,⟧” she said.
Pellegrini shrugs at the suggestion that he might modernise. “⟦d:a|My grandfather put in the bathrooms. That was the modernisation,⟧” he says. “⟦d:a|We are fine.⟧”
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh158.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh158",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
