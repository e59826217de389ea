# ruff: noqa: E501
"""Build ``quotes_fresh102.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport (match reports and
press conferences), travel, culture reviews with artists' quotes, consumer stories,
local news, court reports, obituaries and international wire copy with translated
quotes, written in the registers of different outlets (wire, broadsheet, tabloid,
local paper, magazine, broadcaster web copy).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh102-NNN``.

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
  it (``Her husband, Dwayne Pickering, a forklift driver``): the appositive is the
  description. A title before the name alone (``Chief meteorologist Dervla Haughey``,
  ``Trainer …``, a tabloid's capitalised ``GARDENER …``) is the description, even when
  an age follows the name.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 34-year-old``,
  ``the widower``), that description is taken.
* A non-restrictive relative clause after an appositive (``a spokesman …, who asked
  not to be named``) is not part of the description; a restrictive one is. Participial
  and prepositional phrases (``speaking on condition of anonymity``, ``travelling with
  her two young children``) are not descriptions.
* An organisation named as the speaker and referred to at the cue or in an appositive
  by a definite noun phrase (``the bank``, ``the operator``, ``the council``) has that
  phrase as its description; otherwise its description is null.
* When a speaker cue uses only the first name or surname of a person named in full
  earlier (``said Stacey``), the speaker is the full name. An unnamed person who is
  then given a first name only (``a mother of three …, who gave only her first name,
  Fatoumata``) has that first name as speaker and the noun phrase as description.
* Words that someone else said *to* the person being quoted (``she had been told it
  was "an isolated fault"``) belong to whoever said them, not to the person reporting.
* A chant and its quoted translation are both ``scare``. An obituary subject's words
  quoted from old interviews or speeches are that person's ``direct`` speech.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a named presenter's questions are that person's speech. In a
  printed dialogue (alternating quote-only paragraphs) each turn belongs to the person
  whose turn it is.
* Fragments quoted from unidentified reviews or documents (``the study``, ``one early
  review``) are ``partial`` with a null speaker and that phrase as description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh102.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh102.jsonl")

PASSAGES = """
### 001
@a Ilse Marnholt | governor of the Bank of Drevnia
@b Ruairí Feeney | an economist at Castlegate Securities
@c - | one board member
@d Bank of Drevnia | the bank
KORVALA, March 14 — The Bank of Drevnia held its benchmark interest rate at 4.25 percent on Thursday, but its governor signalled that cuts could come "⟦p:a|sooner than markets expect⟧" if wage growth continues to cool.
"⟦d:a|Inflation is moving in the right direction, but we are not there yet,⟧" Ilse Marnholt, governor of the Bank of Drevnia, told a news conference. "⟦d:a|We would rather be a month late than a year wrong.⟧"
The board voted 6-1 to hold, with one board member favouring an immediate quarter-point cut. "⟦d:c|The risks to growth are now at least as large as the risks to prices,⟧" that member said, according to minutes published alongside the decision.
In its statement, the bank said it would "⟦p:d|continue to assess incoming data meeting by meeting⟧" and repeated that policy was "⟦p:d|not on a preset course⟧".
"⟦d:b|It was a hawkish hold dressed up in dovish language,⟧" said Ruairí Feeney, an economist at Castlegate Securities. "⟦d:b|The market will take the dovish part and ignore the rest.⟧"
The Drevnian krona fell 0.4 percent against the euro after the announcement, while two-year government bond yields dropped nine basis points.
Asked whether the government had pressed for lower rates ahead of next year's election, Marnholt said: "⟦d:a|Nobody has called me. And if they did, the answer would be the same.⟧"

### 002
@a Benedikt Sollner | chief executive of Haverley's
@b Anjali Deshpande | retail analyst at Pennock Marsh
@c Gwen Treharne | a shop steward at the Castlebridge store
@d - | a spokesperson for Haverley's
Haverley's, the 140-year-old department store chain, has warned that profits will fall by a third this year and that it will close nine of its 38 shops, blaming what its boss called “⟦p:a|the wettest, meanest Christmas I can remember⟧”.
Benedikt Sollner, chief executive of Haverley's, said the closures were “⟦p:a|painful but unavoidable⟧”. “⟦d:a|We have shops that were built for a town centre that no longer exists,⟧” he said. “⟦d:a|We can mourn that, or we can fix it. I'd rather fix it.⟧”
Shares fell 17pc to 212p, their lowest level since 2009.
Anjali Deshpande, retail analyst at Pennock Marsh, said the warning had been “⟦p:b|coming for a while⟧”. “⟦d:b|The problem isn't the weather. The problem is that a 25-year-old in Marlow Cross has no idea what Haverley's is for,⟧” she said.
About 600 jobs are at risk. Gwen Treharne, a shop steward at the Castlebridge store, said staff had learned of the closures from the news. “⟦d:c|Not an email, not a meeting. We found out from a push notification on our phones,⟧” she said. “⟦d:c|After twenty-two years, that's what you get.⟧”
A spokesperson for Haverley's said the company “⟦p:d|deeply regretted⟧” the way the news had reached staff and that managers would meet every affected employee this week.

### 003
@a Mei-Lin Archer | head of equity strategy at Tolland Rhee
@b Oluwaseun Bakare | a portfolio manager at Greystile Partners
@c Danuta Kowalczyk | chief market strategist at Bresk & Co
The Halvard 200 index fell 2.3 per cent on Friday, capping its worst week since October, as a hotter-than-expected inflation report dashed hopes of an early rate cut and investors dumped the richly valued technology shares that had led the rally.
"⟦d:a|People came into the year priced for perfection, and this week they got reality,⟧" said Mei-Lin Archer, head of equity strategy at Tolland Rhee. "⟦d:a|I don't think it's the start of a bear market. I think it's the end of a sugar rush.⟧"
The so-called "⟦s:-|Quiet Six⟧" — the chip and software makers that accounted for more than half of last year's gains — lost a combined 480 billion in market value over the five sessions.
Danuta Kowalczyk, chief market strategist at Bresk & Co, was less sanguine. "⟦d:c|Earnings haven't caught up with prices, and now rates aren't going to bail anybody out,⟧" she said.
Asked whether she was buying the dip, Kowalczyk laughed. "⟦d:c|Not yet. Ask me in April.⟧"
Archer, by contrast, said she had been adding to positions in utilities and healthcare. "⟦d:a|Boring is back,⟧" she said.
Oluwaseun Bakare, a portfolio manager at Greystile Partners, said the selling had been "⟦p:b|orderly, almost polite⟧". "⟦d:b|No one is panicking. They're just taking money off the table after a very good run,⟧" he said.

### 004
@a Tavita Leiataua | co-founder and chief executive of Fetu
@b Hamish Crewe | a partner at the firm
@c Rosa Imbert | the company's other co-founder
@d Fetu | the company
Fetu, an app that lets small island businesses take card payments on a mobile phone, has raised $14m in a funding round that values it at more than $90m.
“⟦d:a|Every dollar that leaves the island as a bank fee is a dollar that doesn't pay a teacher,⟧” said Tavita Leiataua, co-founder and chief executive of Fetu, which is based in Port Valo.
Leiataua started the business in 2021 with Rosa Imbert, the company's other co-founder. “⟦d:c|We built the first version on a kitchen table with a generator running outside,⟧” Imbert said. “⟦d:c|When the power cut out, so did the demo.⟧”
The round was led by Northgale Ventures. Hamish Crewe, a partner at the firm, said he had been sceptical before his first meeting with the founders. “⟦d:b|We get pitched a hundred fintech apps a month. This is the first one I've seen where the founders knew the name of every shopkeeper in their beta,⟧” Crewe said.
Asked about competition from established lenders, Leiataua was blunt: “⟦d:a|The big banks had forty years to do this. They didn't. So, respectfully, they're not our competition — they're our reason.⟧”
Fetu charges merchants 1.1% per transaction, about half what card terminals cost on the islands. The company says it now has “⟦p:d|just under 9,000⟧” merchants and plans to expand to three more archipelagos next year.

### 005
@a Dafydd Pryce | chairman of Cwm Aeron Dairies
@b Siân Llewelyn | a dairy farmer from Pontrhyd
@c Gareth Bowen | -
@d - | one farmer at the back of the hall
Members of Cwm Aeron Dairies voted by 212 to 87 on Tuesday night to merge with the larger Severnvale Milk Group, ending 71 years of independence for the west Wales cooperative.
"⟦d:a|It's the hardest recommendation I've ever had to make,⟧" said Dafydd Pryce, chairman of Cwm Aeron Dairies, after the vote at Cefn Aeron Community Hall. "⟦d:a|But standing still would have meant selling the parlours one by one.⟧"
Siân Llewelyn, a dairy farmer from Pontrhyd, said she had voted in favour "⟦p:b|with a heavy heart and a calculator⟧".
"⟦d:b|The milk price we've been getting isn't sustainable. My son wants to take over. I want there to be something to take over,⟧" she said.
Gareth Bowen, whose family has supplied the co-op since 1952, voted against. "⟦d:c|We're going to be a line on somebody's spreadsheet in Hallcombe,⟧" he said. "⟦d:c|They'll be kind to us for two years and then they'll look at the haulage costs.⟧"
The meeting was heated at times. When Pryce said the merged group would keep the Cefn Aeron creamery open "⟦p:a|for the foreseeable future⟧", one farmer at the back of the hall shouted: "⟦d:d|Put it in writing!⟧"
"⟦d:a|It is in writing. Page four,⟧" Pryce replied.

### 006
@a Hana Okonkwo-Reyes | a sleep researcher at the University of Marlowe who led the study
@b Birgitta Solheim | a paediatrician at Nordvik University Hospital who was not involved in the research
@c - | the study
Teenagers who keep their phones out of the bedroom sleep on average 41 minutes longer on school nights, according to a study of nearly 3,000 pupils published on Wednesday.
“⟦d:a|Forty minutes doesn't sound like much until you remember that most of these kids are already an hour short,⟧” said Dr Hana Okonkwo-Reyes, a sleep researcher at the University of Marlowe who led the study.
The researchers asked pupils aged 13 to 17 at 22 schools to wear wrist monitors for two weeks. Those who charged their phones in another room fell asleep faster, woke less often and reported fewer “⟦s:-|foggy mornings⟧”, a category the team defined as difficulty concentrating before the first break.
Okonkwo-Reyes said she had been surprised by how willing pupils were to take part. “⟦d:a|We expected resistance. What we got was relief. A lot of them said, ‘I wanted to do this anyway, I just needed an excuse.’⟧”
Birgitta Solheim, a paediatrician at Nordvik University Hospital who was not involved in the research, called the findings “⟦p:b|robust and a bit humbling⟧”.
“⟦d:b|We spend a lot of time on medication for sleep problems in adolescents. This suggests a charger in the kitchen might do as much,⟧” she said. But she cautioned that the families who volunteered may have been unusually motivated. “⟦d:b|These are households that said yes to a sleep study. That's not every household.⟧”
The study acknowledges that limitation, noting that participating schools were “⟦p:c|disproportionately in higher-income areas⟧”.

### 007
@a Thandiwe Mokoena | Health Minister
@b Callum Rennie | the opposition's health spokesman
@c Doreen Atherley | the grandmother
@d Kessock and Lorne Health Board | the health board
Patients in the Kessock and Lorne Health Board area are waiting longer for hip and knee operations than anywhere else in the country, new figures show.
Almost 4,800 people had been waiting more than a year at the end of June, up from 3,100 twelve months earlier.
Health Minister Thandiwe Mokoena said the figures were "⟦p:a|not acceptable⟧" and announced an extra 12 million for weekend operating lists.
"⟦d:a|I'm not going to stand here and pretend this is good enough. It isn't,⟧" she told reporters at Craigmore General Hospital. "⟦d:a|But the extra sessions start next month, and I expect to see that number fall by Christmas.⟧"
Asked about surgeons leaving for private clinics, she said: "⟦d:a|People leave for all kinds of reasons. We have to give them reasons to stay.⟧"
Callum Rennie, the opposition's health spokesman, said the money was "⟦p:b|a sticking plaster on a broken leg⟧".
"⟦d:b|The minister has had three years. Three years of promises, and the queue has got longer every single quarter,⟧" he said.
Doreen Atherley, 71, from Kessock Bay, has been waiting 19 months for a knee replacement. The grandmother said she could no longer manage the stairs at home.
"⟦d:c|I sleep downstairs on the settee now. I used to walk the dog to the harbour every morning. Now I watch him from the window,⟧" she said.
In a statement, the health board said it "⟦p:d|apologised unreservedly⟧" to patients and was recruiting two additional orthopaedic surgeons.

### 008
@a Arnav Kulkarni | an astronomer at the Halden Observatory and the paper's lead author
@b Ximena Quispe | the mission's project scientist
@c - | one member of the team
Astronomers using the orbiting Kestrel telescope say they have found water vapour in the atmosphere of a planet 118 light years away, the smallest world on which it has yet been detected.
The planet, catalogued as HD 44721 c but nicknamed “⟦s:-|Teacup⟧” by the team because of its unusually low density, is about twice the size of Earth.
“⟦d:a|It's not a second Earth. Let's be very clear about that,⟧” said Arnav Kulkarni, an astronomer at the Halden Observatory and the paper's lead author.
“⟦d:a|It's hot, it's puffy and you would not want to live there. But the fact that we can see water at all on something this small tells us the method works.⟧”
Ximena Quispe, the mission's project scientist, said the result had come sooner than anyone expected. “⟦d:b|We told the funding agencies we might see something like this in year five. This is year two,⟧” she said.
Not everyone on the team was convinced at first. “⟦d:c|I spent about a month trying to make the signal go away,⟧” admitted one member of the team, who asked not to be named because the paper has not yet been formally published. “⟦d:c|It wouldn't go away. At some point you have to accept that it's real.⟧”
Kulkarni said the next step was to look for carbon dioxide and methane. “⟦d:a|That's where it gets interesting,⟧” he said.

### 009
@a Aminata Diallo-Fofana | the regional health director
@b Mamadou Keïta | a nurse at the post
@c Fatoumata | a mother of three waiting in line
@d Santé Sans Rives | the charity
BANDIAGOU, Oct 3 — Health workers in the remote Haut-Korou region began vaccinating children against measles on Monday, after an outbreak that has killed at least 37 people since July.
«⟦d:a|Nous courons contre la saison des pluies⟧» — “⟦d:a|We are racing against the rainy season⟧” — said Aminata Diallo-Fofana, the regional health director, adding that some 40 villages would be cut off once the dirt tracks flooded.
“⟦d:a|If the tracks are cut, we lose three weeks, maybe four,⟧” she said, speaking in French.
The charity Santé Sans Rives, which is supplying cold boxes and motorbikes, said in a statement that the campaign aimed to reach “⟦p:d|every child under ten, in every hamlet⟧”.
At the health post in Bandiagou, queues formed before dawn. “⟦d:c|I lost my nephew in August. I will not lose my children,⟧” said a mother of three waiting in line, who gave only her first name, Fatoumata.
Mamadou Keïta, a nurse at the post, said about 400 children had been vaccinated by midday. «⟦d:b|Les gens ont peur, alors ils viennent⟧», he said. “⟦d:b|People are afraid, so they come.⟧”

### 010
@a Oksana Havrylenko | the site director
@b Peter Lindqvist | a retired farmer who owns the field
@d Yusuf Adeyemi | a coins specialist at the Harrowdene Museum
A hoard of more than 1,900 silver coins has been found buried beneath a cattle trough on a farm near Ashby Stenning, in what experts say is the largest find of its kind in the county for a century.
"⟦d:b|When the first one came out of the soil, I thought it was a ring pull,⟧" said Peter Lindqvist, a retired farmer who owns the field. "⟦d:b|Then there were two, then twenty.⟧"
The excavation was led by the Tarn Valley Archaeological Trust. Oksana Havrylenko, the site director, said the coins appeared to have been buried in a single event around AD 870.
"⟦d:a|Someone put these in the ground in a hurry and never came back for them. That's the part that stays with you,⟧" she said. "⟦d:a|Was it a raid? A death? We'll probably never know.⟧"
Yusuf Adeyemi, a coins specialist at the Harrowdene Museum, said the find was "⟦p:d|nationally significant⟧". "⟦d:d|Hoards like this are how we rewrite the history of a region,⟧" he said.
Lindqvist, 74, said he had no plans to spend any reward yet. "⟦d:b|My wife says a new trough,⟧" he said. "⟦d:b|I think she's joking.⟧"

### 011
@a Pocketwise | the app-only bank
@b Lorna Fitzsimmons | a nurse from Dunhallow
@c Ravi Chaudhary | a delivery driver
@d - | a source at the company
@e Marcus Obi | a cybersecurity consultant
Customers of Pocketwise, the app-only bank, were left unable to pay for shopping, petrol and rent yesterday after a “⟦s:-|routine update⟧” knocked its app offline for more than nine hours.
Furious users flooded social media with screenshots of declined payments as the outage dragged on from breakfast until well after teatime.
Lorna Fitzsimmons, a nurse from Dunhallow, said her card was declined at a petrol station at 6am after a night shift. “⟦d:b|I had £3 in cash and a quarter of a tank. I had to ring my mum to come and get me,⟧” she said. “⟦d:b|I'm 44.⟧”
Ravi Chaudhary, 29, a delivery driver, said he had lost a day's earnings. “⟦d:c|No app, no payments, no work. Who pays me back for today?⟧”
In a statement last night, Pocketwise said: “⟦d:a|We are very sorry. A software update did not go as planned and we rolled it back as quickly as we safely could. No customer data was affected and nobody will be left out of pocket.⟧”
But a source at the company said engineers had warned against pushing the update on a weekday. “⟦d:d|It was flagged. Twice,⟧” the source said.
Marcus Obi, a cybersecurity consultant, said outages were becoming “⟦p:e|the new normal⟧” for digital-only banks. “⟦d:e|When your entire branch network is one piece of software, one bad Tuesday is everything,⟧” he said.

### 012
@a Corinne Vasquez-Heller | Senator
@b Tobias Lindgren-Achebe | chief executive of Quillon AI
@c Dev Raghunathan | Senator
@d - | one protester in the gallery
Tobias Lindgren-Achebe, chief executive of Quillon AI, told lawmakers on Tuesday that his company would support a federal licensing regime for the most powerful artificial intelligence systems, but warned against rules that would "⟦p:b|freeze the industry in amber⟧".
"⟦d:b|We are not asking to be left alone,⟧" he said in his opening statement. "⟦d:b|We are asking for rules that a company of fifty people can actually follow.⟧"
The hearing turned tense when Senator Corinne Vasquez-Heller pressed him on the company's use of copyrighted books to train its models.
"⟦d:a|Did you pay the authors? Yes or no,⟧" she asked.
"⟦d:b|We licensed a significant portion of—⟧"
"⟦d:a|Yes or no, Mr Lindgren-Achebe.⟧"
"⟦d:b|Not all of them, no,⟧" he said.
Senator Dev Raghunathan took a friendlier line, praising the company for keeping its research staff in the country. "⟦d:c|I'd rather this technology be built here, under our laws, than somewhere else under none,⟧" he said.
"⟦d:b|So would I,⟧" Lindgren-Achebe replied.
As the session closed, one protester in the gallery shouted, "⟦d:d|Pay the writers!⟧" before being escorted out by security staff.

### 013
@a Sigrún Eyjólfsdóttir | the company's head of design
@b Kwabena Asante-Mensah | Holm founder
The Holm One is a kettle that costs £189, connects to your phone and, its makers insist, will make you a better cup of tea. I spent a fortnight with it.
First, the good. It is beautiful: a matte ceramic body, a walnut handle and none of the blinking blue lights that make most “⟦s:-|smart⟧” appliances look as if they are plotting something.
“⟦d:a|We wanted it to look like something your grandmother would have kept on the stove,⟧” says Sigrún Eyjólfsdóttir, the company's head of design, who spent two years on the handle alone. “⟦d:a|Technology should be the last thing you notice.⟧”
“⟦d:-|Then why does a kettle need an app?⟧” I asked her.
“⟦d:a|Honestly? It doesn't need one. But green tea at 100 degrees is a crime, and most people don't own a thermometer,⟧” she said.
Holm founder Kwabena Asante-Mensah is more bullish, describing the One as “⟦p:b|the first member of a family⟧” that will eventually include a toaster and a coffee grinder. “⟦d:b|People don't buy a kettle every year. So it has to be the best kettle they will ever own,⟧” he told me.
The verdict: lovely, expensive and — whisper it — the app is mostly unnecessary. Four stars.

### 014
@a Marguerite Osei | leader of Fernhill District Council
@b Fernhill District Council | the council
@c - | one council employee who asked not to be named
@d Jonah Feldmann | a security researcher
Fernhill District Council says it has been hit by a ransomware attack that has taken down its website, phone lines and benefits payment system.
The council said on Sunday it had "⟦p:b|no evidence at this stage⟧" that residents' personal data had been stolen, but could not rule it out.
Marguerite Osei, leader of Fernhill District Council, said: "⟦d:a|This is a criminal attack on public services, and on some of the most vulnerable people in our district.⟧"
"⟦d:a|We will not be paying any ransom. I want to be absolutely clear on that.⟧"
She said emergency payments would be made in cash from the town hall from Tuesday.
One council employee who asked not to be named said staff had been told to switch off their computers at 7am on Saturday. "⟦d:c|Nobody knew anything. We were writing things on paper like it was 1985,⟧" they said.
Jonah Feldmann, a security researcher, said a group calling itself "⟦s:-|NightLedger⟧" had listed the council on its leak site. "⟦d:d|These groups usually give you about a week before they start publishing,⟧" he said.

### 015
@a Ignacio Ferreyra | Stanmoor City manager
@b Ryan McAlinden | His opposite number
@c Kofi Agyemang-Boateng | the 19-year-old
Stanmoor City 3 Rothbury Athletic 1
Kofi Agyemang-Boateng marked his first league start with two goals as Stanmoor City came from behind to beat ten-man Rothbury Athletic and climb to fourth.
The 19-year-old, who joined from non-league Elmsford in January, was serenaded with chants of “⟦s:-|Kofi, Kofi⟧” as he was substituted in the 84th minute.
Rothbury led through Sam Devlin's 12th-minute header, but the game turned when their captain, Jordi Pascual, was sent off for a second yellow card shortly before half-time.
“⟦d:a|The red card changed the game, I'm not going to lie to you,⟧” said Stanmoor City manager Ignacio Ferreyra. “⟦d:a|But we still had to break them down, and the boy did that. He's been knocking on my door for three months.⟧”
Ferreyra said he had told Agyemang-Boateng on Friday morning that he would start. “⟦d:a|He asked me, ‘Are you sure?’ I said, ‘No, but go and prove me right.’⟧”
The teenager was modest. “⟦d:c|I just tried to be in the box. The ball came to me twice,⟧” he said. “⟦d:c|My mum was in the stand. That's the first thing I'm going to do — call her.⟧”
His opposite number, Ryan McAlinden, was furious about the dismissal. “⟦d:b|First one's a foul, fine. The second one, he's won the ball. I've watched it five times,⟧” he said. “⟦d:b|You give that, you can give anything.⟧”
Rothbury have now lost four of their last five. Asked whether his job was under threat, McAlinden said: “⟦d:b|That's not a question for me.⟧”

### 016
@a Anouk Verhaegen | the world No 4
@b Sakura Hayashida | the qualifier
@r - | one reporter
Anouk Verhaegen, the world No 4, admitted she had been "⟦p:a|hanging on by my fingernails⟧" after saving three match points to beat the qualifier Sakura Hayashida 6-7, 7-6, 7-5 in the third round of the Calderon Open.
"⟦d:a|Honestly, I was already thinking about my flight home,⟧" Verhaegen said at her press conference. "⟦d:a|At 5-6, 15-40 in the third, you don't feel like a top-five player. You feel like a tourist.⟧"
One reporter asked: "⟦d:r|What did you say to yourself on the first match point?⟧"
"⟦d:a|Nothing clever. Just, 'Hit it hard and hit it in.' That was the whole plan.⟧"
Another wanted to know whether the heat had been a factor. "⟦d:a|It was 38 degrees. Of course it was a factor. For both of us,⟧" she said.
Hayashida, 18, who was playing in only her second tour-level main draw, was close to tears in her own press conference. Speaking through an interpreter, she said: "⟦d:b|I had my chances. I will remember this match for a long time, maybe not in a good way.⟧"
"⟦d:b|But now I know I can play with these players,⟧" she added.

### 017
@a Tevita Fifita | the Harbourside captain
@b Liam O'Donoghue-Park | Crannock's director of rugby
@c Eamon Tierney | Harbourside coach
Harbourside 27 Crannock 24
Harbourside kept their title hopes alive with a try in the final play from replacement hooker Mosese Vainikolo, who had been on the pitch for six minutes.
``⟦d:a|We talked at half-time about staying in the fight, and the boys did that,⟧'' said Tevita Fifita, the Harbourside captain. ``⟦d:a|It wasn't pretty. I don't care.⟧''
Harbourside coach Eamon Tierney admitted his side had been ``⟦p:c|second best for an hour⟧''. ``⟦d:c|We'll take the win and then we'll have a very honest Monday,⟧'' he said.
Liam O'Donoghue-Park, Crannock's director of rugby, cut a dejected figure. ``⟦d:b|To lose it like that, with the last play, it hurts,⟧'' he said. ``⟦d:b|We were the better side for sixty minutes and we didn't put them away. That's the lesson, again.⟧''
Asked about the yellow card shown to his lock Pieter Claassens in the 71st minute, O'Donoghue-Park chose his words carefully. ``⟦d:b|I'll be speaking to the referees' manager during the week.⟧''
Fifita paid tribute to the match-winner. ``⟦d:a|He said to me before the lineout, 'Throw it to me.' So we did,⟧'' the captain said.

### 018
@a Chaminda Weerasekera | the 34-year-old
@b Rory Pennington | Ashcombe captain
@c Nkosana Dube | Thornbury's coach
Chaminda Weerasekera took seven for 38, the best figures of his career, as Ashcombe bowled out Thornbury for 142 to win by an innings and 19 runs inside three days.
The 34-year-old, who was left out of the side for the first four matches of the season, said he had spent those weeks in the nets. “⟦d:a|When you're not picked, you can sulk or you can bowl. I bowled,⟧” he said. “⟦d:a|Every day, to anyone who would stand there.⟧”
Ashcombe captain Rory Pennington said the decision to leave Weerasekera out had been “⟦p:b|the wrong one, and mine⟧”.
“⟦d:b|I owe him a drink. Probably several,⟧” Pennington said. “⟦d:b|He's been the most professional person in our dressing room all summer, even when we weren't doing right by him.⟧”
Thornbury's coach, Nkosana Dube, described his side's batting as “⟦p:c|spineless⟧”. “⟦d:c|We were 98 for three and we lost seven for 44. That's not the pitch. That's decision-making,⟧” he said.
Weerasekera said he hoped the performance would earn him a recall to the national side. “⟦d:a|I'm not young. But the ball doesn't know how old I am.⟧”

### 019
@a Tigist Alemayehu | the 23-year-old
@b Dawit Gebremariam | Her coach
@c Ellie Brannigan | The home favourite
Tigist Alemayehu won the Vellmar Marathon at her first attempt on Sunday, breaking away from a lead group of six at 35km and finishing in 2:19:47, a course record.
The 23-year-old, speaking through an interpreter, said she had not planned to attack so early. "⟦d:a|My legs told me to go, so I went,⟧" she said. "⟦d:a|For the last five kilometres I was afraid they would change their mind.⟧"
Her coach, Dawit Gebremariam, said Alemayehu had spent three months at altitude in the hills above her home village. "⟦d:b|She runs 200 kilometres a week and she never complains. Only about the food,⟧" Gebremariam said, laughing.
The home favourite, Ellie Brannigan, finished third in a personal best of 2:22:10. "⟦d:c|I'm gutted and delighted at the same time, if that makes any sense,⟧" she said. "⟦d:c|I ran the race I wanted to. Tigist was just in a different postcode.⟧"
Alemayehu said she would send most of her prize money home. "⟦d:a|My mother has never seen me race. Maybe now she can buy a television,⟧" she said.

### 020
@a Baptiste Lemaire-Roux | the 26-year-old
@b Jens Haugland | the race leader
@c Velotek | -
Baptiste Lemaire-Roux won the summit finish at the Col de la Verrine on Thursday, his first Grand Tour stage victory, after attacking from the breakaway four kilometres from the top.
The 26-year-old collapsed on the tarmac beyond the line and lay there for several minutes before he was able to speak to reporters.
«⟦d:a|J'ai tout donné. Il ne reste rien⟧», he said. “⟦d:a|I gave everything. There is nothing left.⟧”
«⟦d:a|Mon père m'a emmené voir cette montée quand j'avais huit ans. Aujourd'hui, il était là, au dernier virage⟧», he added — “⟦d:a|My father took me to see this climb when I was eight. Today he was there, on the last bend.⟧”
Jens Haugland, the race leader, finished 41 seconds behind but extended his overall advantage to more than two minutes. “⟦d:b|Baptiste deserved it. I wasn't going to chase him for a stage when I've got the jersey to think about,⟧” the Norwegian said.
Velotek, for whom it was a first stage win in eleven attempts at the race, wrote on social media that it had been “⟦p:c|the best day in the history of this team⟧”.

### 021
@c - | the chairman
@d - | the doctor
Hendrik Maas, the Kelderveld manager, faced the media on Friday ahead of Sunday's derby against Roosendijk, with his side without a win in five matches. An edited transcript:
Q: You've lost three in a row. Is the pressure getting to you?
A: Pressure? I worked in a fish factory until I was 27. That was pressure. This is football.
Q: Supporters were singing "⟦s:-|Maas out⟧" on Saturday. Did you hear it?
A: I heard it. They pay for their tickets, they can sing what they want. I'd rather they sang "⟦s:-|Maas in⟧", but you have to earn that.
Q: Have you spoken to the board?
A: I spoke to the chairman on Monday. He said: "⟦d:c|Hendrik, you have my full support.⟧" And I believe him.
Q: Will Van der Berg be fit?
A: He trained today. The doctor says he is "⟦p:d|ninety per cent⟧". In my experience, ninety per cent means seventy.
Q: Any message for the Roosendijk fans?
A: Enjoy the trip. Bring a coat.

### 022
@a Philippa Greatorex | Trainer
@b Aoife Kinsella | The 22-year-old
@c Rashid Al-Mansoori | The horse's owner
Blackthorn Lane, a 33-1 outsider, won the Kestrel Gold Cup at Marhaven by a neck on Saturday, giving Aoife Kinsella the biggest win of her career.
The 22-year-old, who only turned professional last spring, was in tears in the winner's enclosure. “⟦d:b|I don't know what happened in the last furlong. I just kept pushing and he kept finding more,⟧” she said.
Trainer Philippa Greatorex, who has just 14 horses in her yard near Oxley Down, said she had “⟦p:a|half expected to be home by teatime⟧”.
“⟦d:a|He's a funny horse. Some days he wants it, some days he wants to look at the crowd,⟧” she said. “⟦d:a|Today, thank God, he wanted it.⟧”
The horse's owner, Rashid Al-Mansoori, bought Blackthorn Lane for 6,000 guineas as a yearling. “⟦d:c|My friends told me I was wasting my money. I will be calling every one of them tonight,⟧” he said.
Kinsella said she had phoned her father, a farrier in Kilbrack, from the weighing room. “⟦d:b|He didn't say anything for about ten seconds. Then he said, ‘Did you remember to weigh in?’⟧”

### 023
@a Shanice Abernathy | Mercer Falcons head coach
@b Ngozi Eze-Warren | the senior guard
@c Brooke Lindahl | Freshman
Ngozi Eze-Warren, the senior guard, scored 31 points, including six three-pointers, as the Mercer Falcons beat Holloway State 78-71 to reach the conference final for the first time in 19 years.
"⟦d:b|I told the girls in the locker room, this is the last time some of us play in this building. Act like it,⟧" Eze-Warren said.
Mercer Falcons head coach Shanice Abernathy said Eze-Warren had been "⟦p:a|ridiculous, just ridiculous⟧" in the fourth quarter.
"⟦d:a|When she gets going like that, my job is to get out of the way,⟧" Abernathy said. "⟦d:a|I drew up one play in the last five minutes. She ran it four times.⟧"
Freshman Brooke Lindahl added 14 points and 11 rebounds off the bench. "⟦d:c|Ngozi kept telling me to shoot. I was scared to, honestly,⟧" she said. "⟦d:c|She said if I didn't, she'd make me run suicides.⟧"
"⟦d:b|I did say that,⟧" Eze-Warren confirmed. "⟦d:b|I meant it, too.⟧"
The Falcons face top seed Carrow University in Saturday's final.

### 024
@a Connor Doyle | -
@b Vasyl Hrytsenko | the 33-year-old Ukrainian
@c Terry Mulvaney | Doyle's promoter
BRAWL! Connor Doyle and Vasyl Hrytsenko had to be dragged apart at yesterday's weigh-in as their heavyweight grudge match threatened to boil over a day early.
Doyle, 29, nicknamed “⟦s:-|The Hammer⟧”, shoved Hrytsenko after his rival mocked his weight of 17st 12lb.
“⟦d:a|He wants to play games, I'll play games. Tomorrow night he's going to sleep,⟧” fumed Doyle.
“⟦d:a|I've heard all this rubbish before. Talk's cheap. Punches aren't.⟧”
Hrytsenko, unbeaten in 24 fights, just smiled. “⟦d:b|He is very angry man. Angry men make mistakes,⟧” the 33-year-old Ukrainian said in English.
Doyle's promoter, Terry Mulvaney, insisted the scuffle was “⟦p:c|not for the cameras⟧”. “⟦d:c|You can't fake that. These two genuinely can't stand each other,⟧” he said. “⟦d:c|Bring your popcorn.⟧”

### 025
@a Esteban Huamán | Our guide
@b Margit Schallenberger | the hotel's owner
There is a moment, about three hours above the village of Quenari, when the path crests a ridge and the whole valley opens below you like a map someone has forgotten to fold. Our guide, Esteban Huamán, stopped, leaned on his stick and waited for us to catch our breath.
“⟦d:a|My grandfather walked this path every week to sell potatoes,⟧” he said. “⟦d:a|He never once stopped to look at the view. He said the view doesn't buy anything.⟧”
Quenari has been “⟦s:-|discovered⟧”, in the way remote places are these days: there is now a café that sells oat-milk lattes, and a hand-painted sign pointing to the “⟦s:-|Instagram rock⟧”.
At the Hostal Cumbre, a six-room guesthouse at the top of the village, Margit Schallenberger, the hotel's owner, has mixed feelings about the new arrivals. “⟦d:b|Ten years ago I had four guests a month. Now I turn people away in August,⟧” she says. “⟦d:b|That's good for me. Whether it's good for Quenari, ask me in ten more years.⟧”
Schallenberger arrived from Austria as a backpacker in 1998 and never left. She still makes the bread for breakfast herself, at five every morning.
“⟦d:-|Do you ever think about going back?⟧” I asked.
“⟦d:b|Every winter. Then the spring comes.⟧”
Getting there: Quenari is a nine-hour bus ride from the regional capital, Santa Inés de Ayra. Double rooms at Hostal Cumbre start at 45 dollars a night, including breakfast.

### 026
@a Saoirse Kavanagh | -
@b SkyCeltic | The airline
@c Bogdan Nowicki | general secretary of the Cabin Crew Alliance
@d - | A spokeswoman for Dunmore Airport
@e Arjun Pillai | an engineer
More than 40,000 passengers face cancelled flights this weekend after cabin crew at SkyCeltic voted to walk out for 48 hours in a dispute over rosters.
The airline said it had been forced to cancel 312 flights on Saturday and Sunday and accused the union of "⟦p:b|holding summer holidays to ransom⟧". In a statement, SkyCeltic said: "⟦d:b|We have offered a six percent pay rise and improved rest arrangements. We urge the union to return to talks.⟧"
Bogdan Nowicki, general secretary of the Cabin Crew Alliance, rejected that. "⟦d:c|Our members are working fourteen-hour days with no guaranteed break. Nobody wants to strike in July. The company gave us no choice,⟧" he said.
At Dunmore Airport on Friday evening, queues at the SkyCeltic desk stretched back to the car park entrance. Saoirse Kavanagh, travelling with her two young children to a family wedding in the Algarve, had been rebooked onto a flight on Tuesday — the day after the wedding.
"⟦d:a|I'm sympathetic to the crew, I really am. But somebody could have told us before we got to the airport,⟧" she said.
Arjun Pillai, 41, an engineer, said he had spent four hours on hold. "⟦d:e|They keep saying 'check the app'. The app says check the website. The website says call,⟧" he said.
A spokeswoman for Dunmore Airport said extra staff had been brought in, and advised passengers "⟦p:d|not to travel to the airport unless their flight is confirmed⟧".

### 027
@a Maureen Calloway | -
@b Ewan Strachan | Transport Minister
@c - | One railway enthusiast
For the first time in 58 years, a passenger train pulled into Glenmorrow station yesterday morning, to cheers from several hundred people lining the platform and a piper playing on the footbridge.
The 14-mile branch line to Kilbride Junction closed in 1965. Reopening it has cost £88 million and taken six years.
Maureen Calloway, 83, was on the last train out in 1965 and on the first train back in. ``⟦d:a|I was 25 and crying then, and I'm 83 and crying now,⟧'' she said. ``⟦d:a|The difference is, these are happy tears.⟧''
Transport Minister Ewan Strachan, who cut the ribbon, said the line was ``⟦p:b|proof that railways are not just about the past⟧''. ``⟦d:b|Young people in Glenmorrow will be able to get to college in Kilbride in 25 minutes. That's the future,⟧'' he said.
Not everyone was celebrating. A banner tied to a fence near the station read ``⟦s:-|£88m and still no Sunday bus⟧''.
One railway enthusiast, who had travelled from Pentland Bridge, said he had now ridden every reopened line in the country. ``⟦d:c|This is number eleven. Best view of the lot,⟧'' he said.

### 028
@a Ifeoma Nwachukwu | the director
@b Lars-Erik Dahlgren | The veteran actor
@e - | One early review
The Salt House — Lyric Vale, Carrowmore ★★★★
Ifeoma Nwachukwu's production of “⟦s:-|The Salt House⟧”, Aurelia Penhallow's 1961 drama about three sisters running a failing seaside boarding house, is the best thing on a Carrowmore stage this year.
The director has moved the action from a grey English resort to a fishing town on the Nigerian coast, and the play has never looked less like a museum piece. “⟦d:a|When I first read it, I thought: I know these women. They're my aunties,⟧” Nwachukwu told me before opening night. “⟦d:a|The sea is different, the food is different. The debt is exactly the same.⟧”
The veteran actor Lars-Erik Dahlgren plays the sisters' only lodger, a retired sea captain who never pays on time, with a wonderful weary slyness.
“⟦d:b|At my age you are grateful to be asked to do anything except die on stage,⟧” Dahlgren, 72, said. “⟦d:b|And here I get to do that too, every night, in the second act.⟧”
One early review called the production “⟦p:e|a rescue act⟧”, which undersells it. The second half sags a little, but the final scene, played almost entirely in silence, is devastating.
Until 14 June.

### 029
@a Noor Haddad | Singer-songwriter
@b Felix Amundsen | Her producer
Singer-songwriter Noor Haddad's third album, "⟦s:-|Low Tide Radio⟧", was written in the six months after her father died, and you can hear it in every bar.
"⟦d:a|I didn't set out to make a grief record. I set out to make anything at all, because the alternative was lying in bed,⟧" Haddad says, curled on a sofa at her label's office in Harwick.
The standout, "⟦s:-|Marrow⟧", is four minutes of voice and a detuned upright piano recorded in her father's garage. "⟦d:a|He kept that piano for thirty years and never once tuned it. It felt wrong to tune it after he was gone,⟧" she says.
Her producer, Felix Amundsen, who has worked with her since her debut, said the sessions were "⟦p:b|the quietest I've ever done⟧".
"⟦d:b|Some days we recorded nothing. We'd drink tea and she'd tell me stories about him, and I'd leave the tape running,⟧" Amundsen said. "⟦d:b|Half the album is from those tapes.⟧"
Asked whether she is ready to tour the songs, Haddad hesitates. "⟦d:a|Ask me after the first night. If I get through 'Marrow' without stopping, I'll be fine.⟧"
"⟦s:-|Low Tide Radio⟧" is out on Friday on Halyard Records.

### 030
@a Tariq Benali | the 58-year-old Moroccan-born painter
@b Clementine Asquith-Ng | the gallery's curator
@c - | one visitor
For 30 years Tariq Benali painted almost nothing but doors: blue doors, peeling doors, doors in the alleys of his childhood and the tenement stairwells of his adult life.
Now the 58-year-old Moroccan-born painter has opened them. “⟦s:-|Inside⟧”, his first retrospective, fills all five rooms of the Garnet Gallery with kitchens, bedrooms and crowded living rooms.
“⟦d:a|People always asked me what was behind the doors. For a long time I said, ‘That's not my business.’ Then I got old and nosy,⟧” he said, standing in front of a vast canvas of a kitchen table laid for a wedding.
Clementine Asquith-Ng, the gallery's curator, said the exhibition had taken four years to assemble. “⟦d:b|Some of these paintings were in private homes where they'd never been photographed. We had owners who cried handing them over,⟧” she said.
The opening weekend drew more than 6,000 people. “⟦d:c|I came for the doors. I'm staying for the kitchens,⟧” said one visitor, queueing for a second look on Saturday morning.
Benali said he had no plans to go back. “⟦d:a|The doors are finished. I closed them,⟧” he said, and then laughed at his own joke. “⟦d:a|You can write that. It's terrible, but you can write it.⟧”

### 031
@a Ingrid Thorvaldsen | The Alder Prize-winning novelist
@b Obiageli Nnamdi | The session's chair
@d - | a teenager in the front row
The Alder Prize-winning novelist Ingrid Thorvaldsen told a packed tent at the Wrexley Book Festival on Saturday that she had "⟦p:a|no idea how to write a novel⟧", despite having published eleven of them.
"⟦d:a|Every time I start, I've forgotten. It's like childbirth, apparently — though I wouldn't know,⟧" she said, to laughter.
The session's chair, Obiageli Nnamdi, asked: "⟦d:b|Did the success of 'The Ferryman's Daughters' make this one harder to write?⟧"
"⟦d:a|Much harder. Suddenly there are people waiting. I don't write well when people are waiting,⟧" Thorvaldsen replied.
During questions from the floor, she was asked whether the novel's ending would survive the forthcoming television adaptation. "⟦d:a|I have no idea. I sold the rights and then I ran away,⟧" she said.
Then a teenager in the front row put up her hand. "⟦d:d|What's your advice for young writers?⟧"
"⟦d:a|Read more than you write. And never show your first draft to your mother,⟧" Thorvaldsen said.

### 032
@a Rafael Montoya Ibarra | Director
@b Kalinda Moreau | Its star
@c Park Seo-yeon | her co-star
Director Rafael Montoya Ibarra's "⟦s:-|Tierra de Nadie⟧" received an eight-minute standing ovation at the Vellano Film Festival on Friday night.
The film, a thriller set at a border crossing that has been closed for a decade, is the first Spanish-language feature in competition at the festival since 2011.
"⟦d:a|I made this for my grandmother, who crossed a border at 16 and never talked about it,⟧" Montoya Ibarra told reporters before the screening, speaking through an interpreter. "⟦d:a|She died last year. She never saw it. Maybe that's better.⟧"
Its star, Kalinda Moreau, plays a customs officer who begins to suspect her own colleagues. "⟦d:b|I spent two weeks shadowing real border guards. What surprised me was how bored they were. The tension in this film is boredom that could turn into violence at any second,⟧" she said.
Park Seo-yeon, her co-star, said she had learned her Spanish lines phonetically. "⟦d:c|I understood maybe ten per cent of what I was saying. Rafael said that was perfect, because my character is lost too,⟧" she said, laughing.
Asked about talk of prizes, Montoya Ibarra shrugged. "⟦d:a|Prizes are for the producers. I just want people to argue about the ending.⟧"

### 033
@a Zofia Wiśniewska-Brandt | the orchestra's new chief conductor
@b Matthias Oberholzer | the orchestra's managing director
@c - | one long-serving violinist
Zofia Wiśniewska-Brandt, the orchestra's new chief conductor, made her debut with the Lindenau Philharmonic on Thursday with a programme that opened with a work finished eight weeks ago and closed with Brahms.
«⟦d:a|I wanted to say, from the first concert: this is who we are now. The old and the new, on the same night,⟧» she said after the performance.
The premiere, «⟦s:-|Night Ferry⟧» by the 29-year-old composer Aleksi Koivisto, lasted eleven minutes and drew a mixed reception, including a handful of boos from the upper circle.
«⟦d:a|Boos are fine. Boos mean somebody was listening,⟧» Wiśniewska-Brandt said. «⟦d:a|Silence is what frightens me.⟧»
Matthias Oberholzer, the orchestra's managing director, said subscriptions had risen 18 per cent since her appointment was announced. «⟦d:b|People are curious. Our job is to turn curiosity into habit,⟧» he said.
Not all the musicians are convinced. «⟦d:c|She is demanding. Extremely demanding. We will see in two years if that was a good thing,⟧» said one long-serving violinist, who asked not to be named.

### 034
@a Priti Venkataraman | director of policy at the consumer group Fairbill
@c Harold Plumstead | a retired bus driver from Ellesby
@d - | A spokesman for Powerwatch
@e Hexa Energy | the country's largest supplier
Millions of households will see their energy bills rise by an average of £143 a year from April after the regulator raised its price cap for the second quarter in a row.
Priti Venkataraman, director of policy at the consumer group Fairbill, said the rise would push “⟦p:a|hundreds of thousands more families into debt they cannot get out of⟧”.
“⟦d:a|We're hearing from people who are already choosing between heating and eating. This makes that choice harder for a lot more of them,⟧” she said.
Harold Plumstead, a retired bus driver from Ellesby, said he and his wife already heat only one room. “⟦d:c|We sit in the kitchen with the oven door open like it's 1947,⟧” he said. “⟦d:c|I never thought I'd be doing that in my eighties.⟧”
A spokesman for Powerwatch, the energy regulator, said the increase reflected “⟦p:d|higher wholesale costs that suppliers cannot absorb⟧” and urged anyone struggling to contact their supplier.
Hexa Energy, the country's largest supplier, said in a statement: “⟦d:e|We know this is unwelcome news. Customers who are worried about paying should talk to us early; we have a £20m support fund and nobody will be cut off this winter.⟧”

### 035
@a Brightnest | the company
@b Olena Marchuk | Mother of two
@c - | A Trading Standards officer
Parents are being urged to stop using a popular baby monitor immediately after reports that its charging base can overheat and melt.
Brightnest, which has sold around 86,000 of its Lullo 3 monitors since 2022, said it had received 14 reports of overheating and two of minor burns. "⟦d:a|The safety of babies and their families is our absolute priority,⟧" the company said. "⟦d:a|Please unplug the charging base and contact us for a full refund.⟧"
Mother of two Olena Marchuk, from Wexley, said the base had scorched a wooden shelf in her daughter's nursery. "⟦d:b|I smelled burning plastic at 3am. I thought it was the neighbours,⟧" she said. "⟦d:b|When I saw the shelf, I felt sick.⟧"
She said she had contacted Brightnest in January and been told it was "⟦p:a|an isolated fault⟧".
A Trading Standards officer said: "⟦d:c|If you've got one of these, don't wait. Take it out of the room tonight.⟧"

### 036
@a Kerry-Ann Blackwood | Detective Sergeant
@b Walter Finnegan | the widower
@c - | The caller
Police in Ashvale are warning elderly residents about a telephone scam after a pensioner lost £23,000 of his life savings to fraudsters posing as his bank.
Walter Finnegan, 86, was called on a Tuesday morning by a man who said he worked for the fraud team at Marlborough Mutual. The caller told him his account had been “⟦p:c|compromised by criminals⟧” and that he needed to move his money into a “⟦s:-|safe account⟧” immediately.
“⟦d:b|He knew my name, my address, the last four digits of my card. He was so polite. He kept calling me sir,⟧” said the widower, who has agreed to be named to warn others.
“⟦d:b|I feel such a fool. My wife did all the banking. If she'd been here, she'd have put the phone down.⟧”
Detective Sergeant Kerry-Ann Blackwood said the gang were “⟦p:a|professional, well rehearsed and utterly ruthless⟧”.
“⟦d:a|Your bank will never ask you to move money to keep it safe. Never. If someone does, hang up, wait five minutes, and ring the number on the back of your card,⟧” she said.
“⟦d:a|And please, talk to your parents and grandparents about this. A two-minute conversation could save them everything.⟧”

### 037
@a Desmond Achterberg | -
@b Ali Rezaei | a taxi driver
@c Harvey & Crane | -
@d Hyacinth Barrow | Consumer champion
SHOPPERS are being short-changed by "⟦s:-|shrinkflation⟧" on dozens of everyday items, a Sunday Ledger investigation has found.
A family bag of Crunchos crisps has shrunk from 200g to 170g but still costs £2.25, while a tub of Harvey & Crane own-brand vanilla ice cream now holds 900ml instead of a litre.
"⟦d:a|It's daylight robbery, but quieter,⟧" said Desmond Achterberg, 52, as he loaded his trolley at the Harvey & Crane store in Pelling. "⟦d:a|At least a robber looks you in the eye.⟧"
Ali Rezaei, a taxi driver, said he had noticed his son's cereal running out faster. "⟦d:b|I thought he was eating more. Turns out the box was eating less,⟧" he said.
Consumer champion Hyacinth Barrow called the practice "⟦p:d|a con dressed up as a cost of living crisis⟧". "⟦d:d|Companies are counting on us not reading the small print. Well, we read it,⟧" she said.
Harvey & Crane said: "⟦d:c|Like all retailers we face rising costs. We always display the price per 100g clearly so customers can compare.⟧"

### 038
@a Naveed Ashraf | chairman of the planning committee
@b Stuart Gilchrist | the ward councillor for Breck Hill
@c Rhiannon Lusted | chair of the Save Breck Meadow campaign
@d Cadwell Homes | the developer
Plans for 240 homes on Breck Meadow have been approved despite a petition signed by more than 3,000 residents.
Councillors on Halbury Council's planning committee voted seven to four in favour on Wednesday night after a three-hour meeting that was interrupted twice by protesters.
Cllr Naveed Ashraf, chairman of the planning committee, said the council had “⟦p:a|no lawful grounds⟧” to refuse. “⟦d:a|I understand the strength of feeling. I live two miles from here. But we have to decide applications on planning law, not on how many people sign a petition,⟧” he said.
Cllr Stuart Gilchrist, the ward councillor for Breck Hill, who voted against, disagreed. “⟦d:b|The roads can't cope now. The school is full. The GP surgery has a six-week wait. And we've just added 240 families to all three,⟧” he said.
“⟦d:b|This committee will regret tonight.⟧”
Rhiannon Lusted, chair of the Save Breck Meadow campaign, said residents would consider a legal challenge. “⟦d:c|We've lost a battle, not the meadow,⟧” she said.
Protesters outside the civic centre held placards reading “⟦s:-|Homes yes, meadow no⟧” and “⟦s:-|Who profits?⟧”.
Cadwell Homes, the developer, said it was “⟦p:d|delighted⟧” and promised “⟦p:d|a new play park, a bus link and a community orchard⟧”.

### 039
@a Grace Adebayo-Shaw | owner of the Riverside Café
@b Tomás Ó Riain | the town's fire station commander
@c Waterways Agency | -
@d Bill Hetherington | the retired postman
Residents of Carlow Mills are facing a long clean-up after the River Tarrant burst its banks overnight, flooding more than 150 homes and businesses.
Grace Adebayo-Shaw, owner of the Riverside Café, waded into her business at first light to find water up to the counter. "⟦d:a|Eleven years of work, and it's all floating,⟧" she said. "⟦d:a|The fridges, the chairs, the photos on the wall. All of it.⟧"
Fire crews rescued 23 people from homes and cars during the night. Tomás Ó Riain, the town's fire station commander, said conditions had been "⟦p:b|as bad as anything I've seen in twenty-six years⟧".
"⟦d:b|We had people on roofs. We had a man in a car with water up to the windows, still trying to drive through,⟧" he said. "⟦d:b|Please, I'm begging people: turn around, don't drown.⟧"
Bill Hetherington, 67, has lived on Mill Lane all his life. "⟦d:d|This is the fourth time since 2000. Every time they tell us it's a once-in-a-century flood,⟧" the retired postman said. "⟦d:d|I must be very old.⟧"
The Waterways Agency said three flood warnings remained in place and that river levels were "⟦p:c|expected to fall slowly over the next 48 hours⟧".

### 040
@a Parminder Sahota | The headteacher
@b Leanne Doherty | a mother of two
@c Chiara Benedetti | Another parent
@d Westbury County Council | The council
St Aldhelm's Primary School in Lower Cressing will close in July after falling pupil numbers left it with just 41 children on the roll, Westbury County Council has confirmed.
The school, which opened in 1874, has space for 140.
The headteacher, Parminder Sahota, told parents in a letter that she was “⟦p:a|heartbroken⟧” by the decision. “⟦d:a|This school has been at the centre of village life for 150 years. I am so sorry that it will not see another,⟧” she wrote.
Leanne Doherty, a mother of two, said she would now have to drive her sons eight miles each way. “⟦d:b|I don't drive on the main road in winter. I'm going to have to learn,⟧” she said.
Another parent, Chiara Benedetti, said the consultation had been “⟦p:c|a box-ticking exercise⟧”. “⟦d:c|They'd made up their minds before the first meeting. We all knew it,⟧” she said.
“⟦d:c|My daughter asked me if it was her fault, because she's only one child. What do you say to that?⟧”
The council said in a statement that the decision had been “⟦p:d|taken with great reluctance⟧” and that free transport would be provided for every pupil.

### 041
@a Josephine Kariuki | the library's longest-serving volunteer
@b Samir | -
@c Patrick Quigley | chairman of the Friends of Thornley Library
When Thornley Library lost its last paid member of staff in 2019, most people assumed it would close within a year. Five years on, it is open six days a week, run entirely by 34 volunteers.
``⟦d:a|People said we'd last six months. We've outlasted two council leaders,⟧'' said Josephine Kariuki, the library's longest-serving volunteer, who stamps books on Tuesday and Friday mornings.
She is 81. ``⟦d:a|I do the mornings because I'm no good after lunch. Don't print that.⟧''
Patrick Quigley, chairman of the Friends of Thornley Library, said loans had risen by a third since the volunteers took over. ``⟦d:c|We're not professional librarians and we don't pretend to be. But we're here, and the lights are on,⟧'' he said.
On Saturday morning the children's corner was full. Samir, 9, was working his way through a series about a detective hamster. ``⟦d:b|I've read fourteen. There's twenty-two,⟧'' he said gravely.

### 042
@a Rosalind Achebe | Judge
@b Kieran Platt | -
@c Sunita Raghavan | His barrister
@d Martin Ellery | the shop's owner
A man who rammed a stolen van into the front of a village shop to steal a cash machine has been jailed for four years and eight months.
Kieran Platt, 27, of Sefton Road, Halsey, admitted aggravated vehicle taking and burglary at Halsey Crown Court.
In a victim impact statement, the shop's owner, Martin Ellery, said the raid in March had "⟦p:d|ripped the heart out⟧" of the business he had run for 22 years. "⟦d:d|My wife won't go into the shop after dark any more. My daughter has nightmares. All for a machine with £900 in it,⟧" he wrote.
His barrister, Sunita Raghavan, said Platt had been "⟦p:c|in the grip of a serious cocaine addiction⟧" at the time and had been drug-free for seven months.
In a letter read to the court, Platt wrote: "⟦d:b|I am truly ashamed. I did not think about the people who live above that shop. I think about them every day now.⟧"
"⟦d:a|You planned this carefully,⟧" Judge Rosalind Achebe told him, "⟦d:a|you recruited others and you caused terror to a family who had done nothing to you. The letter is well written. It does not change what you did.⟧"
"⟦d:a|Whatever the state of your addiction, you made choices, and they were yours,⟧" she added.

### 043
@a Ferncombe Buses | the operator
@b Abena Osei-Tutu | a sixth-former at Ferncombe College
@c Ruth Pemberton | the retired midwife
@d Liam Cassidy | County councillor
The last bus linking the villages of Stoke Harrow and Nethercombe to Ferncombe town centre will run on March 31, its operator has announced.
Ferncombe Buses said the 47 route was losing £4,000 a week. “⟦d:a|We have kept this service going for as long as we possibly could, but we cannot keep subsidising it from other routes,⟧” the operator said in a statement.
Abena Osei-Tutu, a sixth-former at Ferncombe College, catches the 47 at 7.12am every weekday. “⟦d:b|Without it I can't get to college. My mum works nights and we haven't got a car. So what am I supposed to do — drop out?⟧” she said.
Ruth Pemberton, 78, said the bus was her only link to the outside world. “⟦d:c|It's not just a bus. It's where I see people. The driver knows my name,⟧” the retired midwife said.
County councillor Liam Cassidy said he would ask the council to step in “⟦p:d|before it is too late⟧”. “⟦d:d|Once a route goes, it almost never comes back,⟧” he said.

### 044
@a Norman Bellweather | GARDENER
@b Maggie | His wife
@c Derek Toomey | the show's chief judge
@d Vijay Ramaswamy | rival grower
GARDENER Norman Bellweather has finally grown the marrow of his dreams — a 54kg monster that smashed the record at the Little Dunford Show.
"⟦d:a|I've been trying for 31 years. I cried when they put it on the scales. Proper cried,⟧" said Norman, 74, who feeds his whoppers a secret mix of seaweed and — he claims — classical music.
"⟦d:a|Brahms in the mornings, bit of Elgar at night. They like Elgar,⟧" he insisted.
His wife, Maggie, was less romantic. "⟦d:b|He spends more time with that marrow than with me. I've told him, it's me or the veg,⟧" she joked.
Derek Toomey, the show's chief judge, said: "⟦d:c|It's an extraordinary specimen. I've never seen a marrow with shoulders before.⟧"
But rival grower Vijay Ramaswamy, who finished second for the third year running, smelled a rat. "⟦d:d|Classical music? I'll believe that when I see it,⟧" he grumbled. "⟦d:d|I play mine Bollywood. Next year he's going down.⟧"

### 045
@a Odell Fairweather | the trumpeter whose muted solos defined the Harbour Street sound of the 1960s
@b Lucinda Fairweather | His daughter
@c Benny Kowalski | The pianist
@d - | One critic
Odell Fairweather, the trumpeter whose muted solos defined the Harbour Street sound of the 1960s, has died aged 88.
His daughter, Lucinda Fairweather, said he died peacefully at his home in Port Alder on Tuesday, “⟦p:b|with a record playing, of course⟧”.
Born in 1936 to a dockworker and a church organist, Fairweather taught himself to play on a dented cornet bought for two shillings. “⟦d:a|It was the cheapest thing in the shop and it sounded like it,⟧” he told this newspaper in 1998. “⟦d:a|I practised in the coal shed so the neighbours wouldn't complain. They complained anyway.⟧”
By 1962 he was leading his own quintet at the Anchor Rooms. One critic wrote in 1964 that his tone was “⟦p:d|a whisper that could fill a cathedral⟧”, a phrase that followed him for the rest of his life.
He was never comfortable with it. “⟦d:a|I never filled a cathedral. I filled some very small rooms in some very bad parts of town, and I was glad to,⟧” he said in 2011.
The pianist Benny Kowalski, who played alongside him for 17 years, said: “⟦d:c|Odell never played a note he didn't mean. Most of us play a thousand notes to find one. He just found it.⟧”
He is survived by Lucinda and a son, Marcus. “⟦d:b|Dad used to say the best solos end before you want them to,⟧” Lucinda said. “⟦d:b|I suppose that's true of people too.⟧”

### 046
@a Haruko Tanabe-Ellison | the marine biologist who first mapped the kelp forests of the Skerrow Islands
@b Magnus Ferreira-Holt | a former doctoral student who now directs the Skerrow Marine Station
@c Ambrose Ellison | a poet
Professor Haruko Tanabe-Ellison, the marine biologist who first mapped the kelp forests of the Skerrow Islands, has died aged 81.
Her survey work in the 1970s, much of it carried out from a borrowed fishing boat with a crew of two students, laid the foundations for the islands' marine reserve.
"⟦d:a|I was told, more than once, that a woman could not run a boat,⟧" she recalled in a lecture in 2015. "⟦d:a|So I stopped asking permission and started running one.⟧"
Magnus Ferreira-Holt, a former doctoral student who now directs the Skerrow Marine Station, said she had been "⟦p:b|terrifying, generous and almost always right⟧".
"⟦d:b|She would send your thesis chapter back with one word on it. Usually 'No.' Occasionally 'Better.' You lived for 'Better,'⟧" he said.
Her husband, Ambrose Ellison, a poet, said she had spent her last weeks "⟦p:c|arguing with the nurses about the tides⟧".
"⟦d:c|She was still correcting the tide tables in the local paper in pencil. She said they'd been wrong since 1987,⟧" he said.

### 047
@a Margaret Oyelaran-Hughes | the first black woman to serve as Speaker of the Calder Assembly
@b Harold Penrose | the former Unity Party leader
@c Progressive Alliance | -
@d Femi Oyelaran-Hughes | Her son
Dame Margaret Oyelaran-Hughes, the first black woman to serve as Speaker of the Calder Assembly, has died at the age of 84.
Her strict but good-humoured handling of rowdy sessions earned her the nickname “⟦s:-|the Headmistress⟧”, which she claimed to dislike and privately treasured.
Her son, Femi Oyelaran-Hughes, said she died on Thursday surrounded by her family. “⟦d:d|She ran the chamber like she ran our kitchen table: everyone got a turn, and nobody got a second helping,⟧” he said.
Harold Penrose, the former Unity Party leader, who clashed with her repeatedly in the 1990s, said he had lost “⟦p:b|an adversary and a friend⟧”.
“⟦d:b|She threw me out of the chamber twice. I deserved it both times,⟧” Penrose said. “⟦d:b|I never once doubted that she was fair. That is the highest compliment you can pay a Speaker.⟧”
In her final speech to the assembly in 2009, she said: “⟦d:a|I came into this building as a cleaner's daughter who was not allowed past the front steps. I leave it having held the keys. Anyone who tells you nothing changes is not paying attention.⟧”
The Progressive Alliance, which she represented for 26 years before taking the Speaker's chair, said she had been “⟦p:c|a trailblazer in every sense of that overused word⟧”.

### 048
@a Andrius Kalvaitis | leader of the centre-right New Dawn party
@b Raminta Žukauskienė | the outgoing prime minister
@c Henrik Solvang | The head of the observer mission
@d Ona | a 67-year-old pensioner
VARNAVA, Lorvania, Sept 22 — Andrius Kalvaitis, leader of the centre-right New Dawn party, claimed victory in Lorvania's parliamentary election on Sunday, promising to "⟦p:a|clean out the stables⟧" after eight years of Social Democrat rule.
With 94 percent of votes counted, New Dawn had 34.2 percent, well ahead of the Social Democrats on 22.8 percent, according to the electoral commission.
"⟦d:a|Tonight the people of Lorvania chose change, and they chose it clearly,⟧" Kalvaitis told cheering supporters in the capital, speaking in Lorvanian. "⟦d:a|Tomorrow we start work. There will be no honeymoon.⟧"
Raminta Žukauskienė, the outgoing prime minister, conceded defeat shortly after midnight. "⟦d:b|The voters have spoken and I respect their decision,⟧" she said in a televised address. "⟦d:b|We will be a strong opposition. Not a bitter one.⟧"
The head of the observer mission, Henrik Solvang, said voting had been "⟦p:c|largely orderly⟧", though observers had noted "⟦p:c|isolated cases of pressure on voters⟧" in two rural districts.
Outside a polling station in Varnava, Ona, a 67-year-old pensioner, said she had voted for Kalvaitis's party for the first time. "⟦d:d|My pension buys less every month. I don't care about left or right. I care about bread,⟧" she said.

### 049
@a Rustam Nazarov | head of the regional emergency service
@b Gulnara Saidova | a schoolteacher
@c - | A spokesman for the Crescent Relief Society
KHORAN, Oct 9 — Rescuers dug through rubble with their bare hands on Saturday, searching for survivors of a magnitude 6.8 earthquake that struck the mountainous Zarafjon region overnight and killed at least 212 people.
“⟦d:a|Every hour counts. We are still hearing voices under some of the buildings,⟧” said Rustam Nazarov, head of the regional emergency service, speaking to reporters in Khoran. “⟦d:a|The road is blocked in three places. Our heavy machinery cannot get through.⟧”
Gulnara Saidova, a schoolteacher, spent the night in the open with her three children after the front wall of her house fell into the street. “⟦d:b|The ground roared like an animal. I grabbed the children and we ran. When I turned around, there was no house,⟧” she said, speaking through a translator.
A spokesman for the Crescent Relief Society said the organisation was sending tents, blankets and medical supplies for 10,000 people, but warned of “⟦p:c|a race against the cold⟧”, with night temperatures already falling below freezing.
“⟦d:c|These are high mountain villages. People cannot sleep outside for long in October,⟧” he said.

### 050
@a Amélie Ndongala | Kasaru's foreign minister
@b Bertrand Lefèvre-Sow | the special envoy of the Lakes Community
@c Moloto Kambale | a spokesman for the M-27 rebels
TSHOLO, May 17 — Talks between the government of Kasaru and the M-27 rebel movement ended on Friday without agreement, but both sides agreed to meet again next month, the mediator said.
«⟦d:b|We are not where we hoped to be. But we are further than we were,⟧» said Bertrand Lefèvre-Sow, the special envoy of the Lakes Community, at a news conference in the lakeside city of Tsholo.
«⟦d:b|Nobody walked out. In this process, that counts as progress,⟧» he added.
Kasaru's foreign minister, Amélie Ndongala, accused the rebels of «⟦p:a|negotiating with one hand and shelling with the other⟧», citing an attack on a market in the east of the country on Wednesday.
«⟦d:a|The government came here in good faith. We will continue to come in good faith. But our patience is not infinite,⟧» she said.
Moloto Kambale, a spokesman for the M-27 rebels, denied that the group was responsible for the market attack. «⟦d:c|These are lies designed to make us leave the table. We will not leave,⟧» he told reporters by telephone.

### 051
@a Mariela Quintanilla | general secretary of the teachers' union
@b Diego | a 24-year-old maths teacher who did not want to give his surname
@c Ministry of Education | -
SAN AURELIO, April 10 — Tens of thousands of teachers marched through the capital on Wednesday demanding higher wages, in the largest protest the country has seen in a decade.
Marchers chanted "⟦s:-|Sin maestros no hay futuro⟧" — "⟦s:-|No teachers, no future⟧" — as they filed past the finance ministry. Some carried placards reading "⟦s:-|I teach 43 children for 380 a month⟧".
"⟦d:a|We have been patient for six years. Patience has not paid a single electricity bill,⟧" said Mariela Quintanilla, general secretary of the teachers' union, addressing the crowd from a flatbed truck outside the presidential palace.
"⟦d:a|If the government will not listen to us in the street, it will listen to us in the classrooms, because the classrooms will be empty,⟧" she said, to roars.
Diego, a 24-year-old maths teacher who did not want to give his surname, said he worked evenings as a delivery rider. "⟦d:b|I mark homework on the bus between deliveries. My students don't know that. I don't want them to know,⟧" he said.
The Ministry of Education said in a statement that a 7 percent rise had already been offered, and described the march as "⟦p:c|politically motivated⟧".

### 052
@a Ingeborg Vestergaard | Norland's trade minister
@b Rajesh Malhotra | a spokesman for the Varuna commerce ministry
@c - | A senior Norland official
@d Norland Steel Association | -
BERGHOLM, May 2 — Norland will impose tariffs of up to 35 percent on steel imported from the Varuna Republic from June 1, its trade minister announced on Thursday, escalating a dispute that has simmered for more than a year.
“⟦d:a|We have been patient. We have been reasonable. We have presented the evidence of dumping three times,⟧” Ingeborg Vestergaard, Norland's trade minister, told parliament. “⟦d:a|The time for patience is over.⟧”
Varuna responded within hours. Rajesh Malhotra, a spokesman for the Varuna commerce ministry, called the tariffs “⟦p:b|unjustified, unilateral and illegal⟧” and said Varuna would “⟦p:b|respond proportionately⟧”.
“⟦d:b|We will defend our industry and our workers. Norland knows very well what that means,⟧” he told a regular briefing.
A senior Norland official, speaking on condition of anonymity, said retaliation was expected to target fish and timber exports. “⟦d:c|We've war-gamed this. It will hurt, but it will hurt them more,⟧” the official said.
The Norland Steel Association welcomed the move, saying in a statement that it was “⟦p:d|a long time coming⟧”.

### 053
@a Aurelio Benítez | an olive farmer whose family has worked this land for four generations
@b Rocío Castañeda | the regional agriculture minister
VILLANUEVA DEL CAMPO, Nov 4 — The olive trees on Aurelio Benítez's hillside should be heavy with fruit by now. Instead, many have dropped their leaves.
"⟦d:a|No ha llovido de verdad desde hace dos años,⟧" said Benítez, an olive farmer whose family has worked this land for four generations. "⟦d:a|It hasn't really rained for two years.⟧"
Reservoirs in the region are at 17 percent of capacity, the lowest level since records began, and irrigation quotas have been cut by two-thirds.
"⟦d:a|My father survived the drought of '95. He told me this one is worse,⟧" Benítez said.
Rocío Castañeda, the regional agriculture minister, announced emergency aid of 120 million euros on Tuesday but warned that "⟦p:b|money cannot make it rain⟧".
"⟦d:b|We are asking farmers to make very hard decisions about which crops to save. I do not pretend this is fair,⟧" she said.
Benítez was unimpressed. "⟦d:a|They give us money to watch the trees die slowly,⟧" he said. "⟦d:a|What we need is water.⟧"

### 054
@a Ama Boateng-Sørensen | -
@b Henrik Sørensen | a boatbuilder
Ama Boateng-Sørensen's studio is a converted net loft on the harbour at Skalvik, and on a windy afternoon in March the whole building creaks like a ship. She no longer notices.
“⟦d:a|The first winter I thought the roof was going to come off. Now if it's quiet I can't work,⟧” she says, sliding a tray of small bowls into the kiln.
Boateng-Sørensen, 44, moved here fifteen years ago after meeting her husband at a ceramics fair. Her pots — thick-walled, dark, glazed with ash from driftwood fires — now sell for thousands.
“⟦d:a:m|People want a story, so I'll tell you the story. My grandmother made cooking pots in her village. She dug the clay herself, she fired them in a pit, and they were beautiful, and nobody called them art. They called them pots. They cooked soup in them.⟧
“⟦d:a:m|When I started, I was embarrassed by that. I wanted to make something clever, something for a gallery. It took me ten years to understand that she was better than me.⟧
“⟦d:a|Now I make pots. If people want to put them on a plinth, that's their business.⟧”
Her husband, Henrik Sørensen, a boatbuilder, built the kiln. “⟦d:b|She drew it on a napkin. I said it would never work. It has worked for twelve years,⟧” he says. “⟦d:b|I no longer say things will never work.⟧”
A bowl from her last show sold to a collector abroad for a sum she declines to reveal. “⟦d:-|Is that strange, seeing a soup bowl sell for that?⟧” I ask.
“⟦d:a|Very strange. I still eat my soup out of the seconds.⟧”

### 055
@a Northern Meteorological Office | -
@b Dervla Haughey | Chief meteorologist
@c - | A spokesperson for Highways North
@d Keith Armitage | a haulier from Skelby
An amber warning for snow and ice has been issued for much of the north, with up to 25cm of snow expected on higher ground by Tuesday morning.
The Northern Meteorological Office said there was a ``⟦p:a|good chance⟧'' that some rural communities would be cut off, and that power cuts were ``⟦p:a|likely⟧''.
Chief meteorologist Dervla Haughey said: ``⟦d:b|This is a significant event. The combination of heavy snow and strong winds means drifting will be a real problem on exposed routes.⟧''
``⟦d:b|If you don't need to travel on Monday night, don't,⟧'' she said.
A spokesperson for Highways North said 120 gritters would be out overnight. ``⟦d:c|Our crews will be working round the clock, but even treated roads can be dangerous in these conditions,⟧'' they said.
Keith Armitage, a haulier from Skelby, said he had already cancelled Tuesday's deliveries. ``⟦d:d|I've got lorries in three counties. I'd rather lose a day's money than a driver,⟧'' he said.

### 056
@a Stacey Pickering | Mum-of-three
@b Dwayne Pickering | a forklift driver
@c - | A spokesman for Fortuna Games
A SUPERMARKET cashier who scanned her own winning lottery ticket at the till has scooped £4.2 MILLION.
Mum-of-three Stacey Pickering, 38, screamed so loudly that her manager thought there had been an accident.
“⟦d:a|I scanned it on my break, just out of habit. The machine went ding-ding-ding and said ‘Please contact Fortuna Games.’ I thought it was broken,⟧” said Stacey, from Hollin Bridge.
“⟦d:a|I made my supervisor check it. Then I made her check it again. Then I had to sit down on the floor.⟧”
Her husband, Dwayne Pickering, a forklift driver, was halfway through a night shift when she rang him. “⟦d:b|She was crying so much I thought someone had died. Then she said ‘four million’ and I dropped my phone in a bin,⟧” he said.
The couple plan to pay off their mortgage, buy a caravan and take the kids to Lapland at Christmas.
Asked if she will go back to work, Stacey laughed: “⟦d:a|I've got a shift on Thursday. I'm not letting the girls down.⟧”
“⟦d:b|She's going in,⟧” Dwayne confirmed. “⟦d:b|I'm not.⟧”
A spokesman for Fortuna Games said: “⟦d:c|It's a lovely story. It's the first time we've had a retailer sell a winning ticket to herself.⟧”

### 057
@a Gerald Ashworth-Kemp | Millbrook Town chairman
@b Millbrook Town Supporters' Trust | -
@c Stevie Oduya | The club's captain
@d - | one fan
Millbrook Town chairman Gerald Ashworth-Kemp has resigned after nine years, three weeks after supporters staged a sit-in at the club's final home game of the season.
In a letter to shareholders published on the club's website on Monday, Ashworth-Kemp wrote: "⟦d:a|It has become clear to me that I am no longer the right person to lead this club forward. The abuse directed at my family in recent weeks has made that decision easier than it should have been.⟧"
"⟦d:a|I leave with the club debt-free, with a new stand, and with great sadness,⟧" he added.
The Millbrook Town Supporters' Trust said in a statement that it "⟦p:b|welcomed the decision⟧" and called for "⟦p:b|genuine fan representation on the board⟧".
The club's captain, Stevie Oduya, posted on social media: "⟦d:c|Thank you, chairman. Whatever people think, you always treated the players right.⟧"
Outside the ground on Monday evening the mood was mixed. "⟦d:d|He saved us from going bust. People have short memories,⟧" said one fan, who has held a season ticket for 40 years.

### 058
@a Ishaan Mehrotra | Finance Minister
@b Carys Wynne-Jones | presenter
Finance Minister Ishaan Mehrotra has refused to rule out raising income tax in next month's budget, telling the Sunday Politics Hour he would not be "⟦p:a|writing the budget live on air⟧".
Pressed repeatedly by presenter Carys Wynne-Jones, he said all options were "⟦p:a|on the table, and most of them are unpleasant⟧".
"⟦d:b|So you could raise income tax?⟧" Wynne-Jones asked.
"⟦d:a|I could do many things. I'm not going to tell you which ones on a Sunday morning before I've told parliament.⟧"
"⟦d:b|Your party promised at the election not to. Was that promise worth anything?⟧"
"⟦d:a|We made that promise before a very large hole appeared in the public finances. Circumstances change. People understand that.⟧"
"⟦d:b|Do they?⟧"
"⟦d:a|I think they do, yes.⟧"
Mehrotra also defended his decision to delay the budget by a fortnight. "⟦d:a|I'd rather be unpopular for a year than irresponsible for a decade,⟧" he said.

### 059
@a Fenella Strathearn | project manager at the Glen Orran Trust
@b Angus Mackinnon | a sheep farmer
@d Kwame Asare | an ecologist at the University of Strathdee
Five years after eight beavers were released into Glen Orran, the animals have built 37 dams, created almost four hectares of new wetland and, according to a report published this week, trebled the number of water voles in the glen.
“⟦d:a|They've done in five years what we'd budgeted thirty years and two million pounds to do,⟧” said Fenella Strathearn, project manager at the Glen Orran Trust.
Kwame Asare, an ecologist at the University of Strathdee, who has monitored the site since the release, said the results were “⟦p:d|remarkable, but not magic⟧”. “⟦d:d|Beavers are engineers, not miracle workers. Put them in the wrong place and they'll cause you headaches,⟧” he said.
Not everyone is a fan. Angus Mackinnon, a sheep farmer, says beaver dams have flooded two of his fields. “⟦d:b|Everyone loves a beaver on the telly. Come and stand in my bottom field in February and tell me how much you love them,⟧” he says.
Strathearn said the trust had paid for drainage works on Mackinnon's land. “⟦d:a|Angus has a fair point, and we've tried to meet him halfway. Living with beavers means compromise,⟧” she said.
Mackinnon: “⟦d:b|Halfway's a generous word for it.⟧”

### 060
@a Sebastián Arriaga | chief executive of Condorair
@b Helena Bauer-Kim | Condorair's chief financial officer
@c Yusuf Demirci | an analyst at Brightwater Capital
@d Condorair | -
Condorair reported record first-half profits on Thursday as packed summer flights and higher fares offset soaring fuel costs, but warned that fares were likely to "⟦p:d|normalise⟧" next year.
Pre-tax profit rose 41 percent to 1.12 billion, on revenue of 9.8 billion.
"⟦d:a|People are still prioritising travel over almost everything else. We're seeing it in every market,⟧" Sebastián Arriaga, chief executive of Condorair, told analysts on a conference call.
"⟦d:a|But I'm not going to pretend fares can keep going up at this rate for ever. They can't.⟧"
Yusuf Demirci, an analyst at Brightwater Capital, asked whether the company would return more cash to shareholders. "⟦d:c|You're sitting on three billion in cash. Why not a bigger buyback?⟧"
"⟦d:a|Because I remember 2020,⟧" Arriaga replied. "⟦d:a|Cash is oxygen in this industry.⟧"
Condorair's chief financial officer, Helena Bauer-Kim, said the airline would "⟦p:b|revisit the question⟧" at the year-end. "⟦d:b|We're not hoarding. We're being prudent. There's a difference, and we'll show it,⟧" she said.
Shares rose 6 percent in afternoon trading.

### 061
@a Oluwakemi Adeyinka | Pharmacist
@b Simon Hartigan | -
@c Pharmavale | the manufacturer
@d Department of Health | -
Patients with type 2 diabetes are being turned away from pharmacies as a global shortage of the injectable drug glucazide deepens, driven partly by demand from people using it to lose weight.
Pharmacist Oluwakemi Adeyinka, who runs three pharmacies in Lowford, said she had not had a full delivery since January. “⟦d:a|I had a man in tears at the counter last week. He's diabetic, he's been on it for three years, and I had nothing to give him,⟧” she said.
“⟦d:a|Meanwhile I'm getting emails from people offering to pay cash, no prescription, double the price. It's grotesque.⟧”
Simon Hartigan, 52, who has type 2 diabetes, has been switched to an older medication. “⟦d:b|My blood sugar's all over the place. I feel like I've gone back five years,⟧” he said.
Pharmavale, the manufacturer, said supply would “⟦p:c|improve gradually through the second half of the year⟧” and that it was “⟦p:c|prioritising patients with diabetes⟧”.
The Department of Health said: “⟦d:d|We know how distressing this is. We are working with the manufacturer and pharmacies to make sure patients who need this medicine can get it.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh102.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh102",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
