# ruff: noqa: E501
"""Build ``quotes_fresh82.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries and international wire copy with translated quotes, written in
the registers of different outlets (wire, broadsheet, tabloid, local paper, magazine,
broadcaster web copy).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh82-NNN``.

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
  it (``Bassist Emil Varga, the last surviving member of the original trio``): the
  appositive is the description. A title or relational phrase before the name alone
  (``Governor …``, ``Head teacher …``, ``Her co-founder, …``, ``Another regular, …``)
  is the description; this applies to organisations too (``Ferry operator Blue
  Channel Lines``, ``The environmental group Instituto Mar Vivo``), and to a tabloid's
  capitalised lead-in (``FORKLIFT driver Darren Pickles``: ``FORKLIFT driver``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue or in the next sentence (``the 24-year-old``,
  ``the archaeologist``, ``the young jockey``), that description is taken.
* A non-restrictive relative clause (``One shipping agent, who asked not to be
  named,``) is not part of the description; a restrictive one (``a glaciologist … who
  joined the expedition``) is, as is a prepositional phrase inside the appositive.
* Words quoted from a document are the speech of its author: a court filing (the
  liquidator), published minutes (``one board member``), a victim impact statement,
  a written judgment, a company's statement or email. Words of a petition by unnamed
  parents, and anything else whose author is not identified, are ``partial`` (or
  ``direct``) with speaker and description null. Fragments from unidentified reviews
  take the reviewer's description where the passage gives one (``one critic``).
* Printed advertisements, taglines, titles of petitions and exhibition titles are
  ``scare``; a chant and its translation are two ``scare`` spans.
* A shout from an unidentified person (``Someone in the public gallery shouted``) is
  ``direct`` with speaker and description null. A follow-up question put by ``the
  reporter`` introduced earlier as ``one reporter`` keeps that description.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null, also when a question stands on its own line in the exchange.
* Inside a ``Q:`` / ``A:`` transcript, a saying the answerer attributes to an unnamed
  person (``as my grandmother used to say``) is that person's ``direct`` speech with
  a null speaker and that phrase as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh82.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh82.jsonl")

PASSAGES = """
### 001
@a Helena Okonkwo-Barrett | chief market strategist at Tessaly Capital
@b Stellan Voss | chief executive
@c Rafael Ibarra | a currency trader in Puerto Almagro
@d - | one fund manager who asked not to be named
LONDON, June 14 (Meridian Wire) – European shares suffered their worst day in three months on Friday after a surprise jump in factory-gate prices revived fears that borrowing costs would stay higher for longer. The Eurolink 350 index closed down 1.8 per cent.
“⟦d:a|The market had priced in three cuts by Christmas. It is now pricing in one, and it isn’t sure about that one,⟧” said Helena Okonkwo-Barrett, chief market strategist at Tessaly Capital.
“⟦d:a|What you’re seeing is not panic. It’s a repricing, and repricings are ugly while they last.⟧”
Banks led the declines. Carrow Bank fell 4.2 per cent after chief executive Stellan Voss told analysts on a call that lending margins would come under “⟦p:b|meaningful pressure⟧” in the second half of the year.
Emerging-market currencies also slid. The Almagran peso touched a record low against the dollar before recovering slightly in late trade.
“⟦d:c|Everybody is on the same side of the trade. That never ends well,⟧” said Rafael Ibarra, a currency trader in Puerto Almagro.
One fund manager who asked not to be named was blunter. “⟦d:d|Anyone telling you they saw this coming is lying or selling something,⟧” he said.
Gold rose 0.6 per cent, while the yield on ten-year government bonds climbed to its highest level since March.

### 002
@a Gwen Pritchard-Hale | managing director of Hale & Daughters
@b Osterwald Foods | -
@c Dafydd Rees | regional officer for the Bakers' and Allied Workers' Union
@d Mair | -
The family that has made biscuits in Llanfechan for 112 years has agreed to sell the business to the Dutch food group Osterwald Foods, ending four generations of family ownership.
Gwen Pritchard-Hale, managing director of Hale & Daughters, said the decision had been "⟦p:a|the hardest of my life⟧".
"⟦d:a|We looked at every option. We could have borrowed more, we could have cut more, but in the end we had to ask what gives these 240 jobs the best chance of still being here in ten years,⟧" she said.
"⟦d:a|Osterwald can give us that. I couldn't.⟧"
The price was not disclosed, but two people familiar with the deal put it at about £38 million.
Osterwald Foods said it had "⟦p:b|no plans⟧" to change production at the Llanfechan site and would keep the Hale name on its packets. "⟦d:b|Hale & Daughters is a much-loved brand with a proud history, and we intend to invest in its future,⟧" the company said.
Dafydd Rees, regional officer for the Bakers' and Allied Workers' Union, said members had heard such promises before.
"⟦d:c|No plans is not the same as a guarantee,⟧" he said. "⟦d:c|We want it in writing, and we want it for longer than eighteen months.⟧"
Mair, who has worked on the packing line for 27 years, said the mood on the factory floor was "⟦p:d|nervous but not angry⟧".
"⟦d:d|Gwen's been straight with us from the start. You can't say fairer than that,⟧" she said.

### 003
@a Ingrid Solvang | a sleep researcher at the University of Tremont who led the work
@b Kwame Asante-Morris | a paediatrician at St Columba’s Children’s Hospital
@c - | the researchers
Teenagers who start school an hour later sleep 43 minutes more a night on average and are less likely to report low mood, according to a three-year study of almost 9,000 pupils published on Thursday.
The trial, which ran across 61 secondary schools in the Tremont region, is the largest of its kind to date.
“⟦d:a|We’d been told for years that if you give teenagers an extra hour in the morning they’ll simply stay up an hour later. They don’t,⟧” said Dr Ingrid Solvang, a sleep researcher at the University of Tremont who led the work.
“⟦d:a|Their bedtimes moved by about fifteen minutes. Their wake-up times moved by more than an hour. The arithmetic is quite simple.⟧”
Writing in the journal Paediatric Sleep, the researchers said the effect on mood was “⟦p:c|modest but consistent⟧”, and strongest among pupils with the longest journeys to school.
Kwame Asante-Morris, a paediatrician at St Columba’s Children’s Hospital, called the findings “⟦p:b|genuinely important⟧” but said they would be hard to put into practice.
“⟦d:b|Later starts have a cost — for families, for bus timetables, for kids with after-school jobs,⟧” he said. “⟦d:b|Schools will need real help, not just a press release.⟧”
Asked whether ministers should legislate for later starts, Solvang was cautious.
“⟦d:a|I’m a scientist. I can tell you what happens to sleep,⟧” she said. “⟦d:a|What you do about it is a political question, and I’d quite like to stay out of those.⟧”

### 004
@a Northmoor Health Board | -
@b Tariq Hussain | a retired bus driver from Balloch Ridge
@c Fiona MacRury | Health Secretary
@d Lorna Beattie | the opposition health spokeswoman
Patients in the Northmoor area waited an average of 14 hours in accident and emergency last month, the longest in the country, according to figures published on Tuesday.
Northmoor Health Board said the figures reflected "⟦p:a|exceptional demand⟧" and that it was opening 30 extra beds at Kilbride General Hospital.
"⟦d:a|We are sorry that some patients are waiting far longer than they should,⟧" the board said in a statement. "⟦d:a|Our staff are working incredibly hard in very difficult circumstances.⟧"
Tariq Hussain, a retired bus driver from Balloch Ridge, spent 19 hours on a trolley in a corridor in March after a fall.
"⟦d:b|Nobody was rude to me. Everybody was run off their feet,⟧" he said. "⟦d:b|But nineteen hours, at my age, with a broken wrist? I wouldn't leave a dog like that.⟧"
Health Secretary Fiona MacRury told Northern Broadcasting that the numbers were "⟦p:c|not acceptable⟧".
"⟦d:c|I'm not going to pretend these figures are anything other than bad. They are bad,⟧" she said. "⟦d:c|But we saw improvements last spring and we will see them again.⟧"
Lorna Beattie, the opposition health spokeswoman, said the minister had "⟦p:d|run out of excuses⟧".
"⟦d:d|Every winter it's exceptional demand. At some point exceptional just becomes normal,⟧" Ms Beattie said.

### 005
@a Nadia Farouk | co-founder of Kestrel
@b Joel Brannigan | Her co-founder
@c Ama Boateng | a researcher at the Open Rights Forum
@d - | A spokesperson for the Data Protection Authority
Kestrel, a messaging app that deletes every message after 24 hours unless both people choose to keep it, has passed two million downloads in its first month, its founders said on Wednesday.
``⟦d:a|We built it because we were tired of our group chats following us around for a decade,⟧'' said Nadia Farouk, co-founder of Kestrel, which employs 14 people in a converted warehouse in Dunmore.
``⟦d:a|Nobody needs a searchable record of what they said at 2am in 2016. Least of all me.⟧''
Her co-founder, Joel Brannigan, said the company kept no logs of message content. ``⟦d:b|We can't hand over what we don't have,⟧'' he said. ``⟦d:b|That's the whole design.⟧''
Privacy researchers were more cautious. Ama Boateng, a researcher at the Open Rights Forum, said Kestrel's privacy policy was ``⟦p:c|vague in exactly the places where it matters⟧''.
``⟦d:c|Disappearing messages are great. But the question is always the same: what's the business model? If you're not paying, someone is,⟧'' she said.
Farouk said the company planned to charge businesses for a premium version and had ``⟦p:a|no interest whatsoever⟧'' in advertising.
A spokesperson for the Data Protection Authority said it was ``⟦p:d|aware of the app⟧'' and would ``⟦p:d|engage with the company as we would with any new service⟧''.

### 006
@a Yuki Tanabe | the 22-year-old forward
@b Siobhan Kearney-Walsh | the Harwick City head coach
@c Marta Oyelaran | the Port Ossory captain
Yuki Tanabe scored twice in four second-half minutes as Harwick City came from behind to beat Port Ossory 3-1 at Meadow Lane on Sunday and move four points clear at the top of the table.
Marta Oyelaran, the Port Ossory captain, had given the visitors a deserved lead with a header from a corner after 17 minutes, and Ossory should have been further ahead by the interval.
Instead, Harwick emerged transformed. Tanabe equalised on 58 minutes, cutting in from the left and curling a shot into the far corner, then pounced on a loose ball to put the hosts ahead.
“⟦d:a|At half-time the coach told us to stop passing sideways and start running at them. So I ran,⟧” said the 22-year-old forward, who joined from the Osaka club Kita Rovers in January.
“⟦d:a|The second one I didn’t even see go in. I just heard the noise.⟧”
The home supporters were still singing “⟦s:-|Yuki, Yuki, Yuki⟧” when substitute Hanne Birkeland added a third in stoppage time.
Siobhan Kearney-Walsh, the Harwick City head coach, described her half-time team talk as “⟦p:b|short and not very polite⟧”.
“⟦d:b|We were too nice in the first half,⟧” she said. “⟦d:b|Port Ossory are a good side, and you don’t beat good sides by being nice. The players answered the question.⟧”
Oyelaran felt her side should have had a penalty at 1-1, when the defender Lotte Maas appeared to pull her back at a free-kick.
“⟦d:c|It’s a penalty. I don’t know what else to say. It’s a penalty every day of the week,⟧” she said. “⟦d:c|But we have to be better than that. We can’t leave it to the referee.⟧”

### 007
@a Tevita Lolohea | Kingsport head coach
@b - | one reporter
@c Callum Driscoll | the captain
Kingsport head coach Tevita Lolohea insisted there was "⟦p:a|no crisis⟧" at the club after a third straight defeat, a 27-13 home loss to Carrickvale on Saturday.
"⟦d:a|Crisis is a big word. We've lost three games. We've got eleven to play,⟧" he told reporters.
"⟦d:b|Is your job under threat?⟧" one reporter asked.
"⟦d:a|You'd have to ask the board. I don't think so,⟧" Lolohea said, before adding with a smile: "⟦d:a|I've got a mortgage, so I hope not.⟧"
He was pressed on his decision to start 19-year-old fly-half Noah Penhaligon ahead of the experienced Ruairi Fahy.
"⟦d:a|Noah earned it in training. He made a couple of mistakes today - every 19-year-old does. I'd pick him again tomorrow.⟧"
"⟦d:b|Even after the charge-down?⟧" the reporter persisted.
"⟦d:a|Even after the charge-down.⟧"
The captain, Callum Driscoll, said the dressing room was "⟦p:c|hurting⟧".
"⟦d:c|We've let a lot of people down this afternoon,⟧" the flanker said. "⟦d:c|The only way out of it is work. No speeches, just work.⟧"

### 008
@a Benedetta Carli | our guide
@b Ovidiu | a shepherd who has grazed his flock on these slopes for forty summers
The road to Valea Brânzei gives out about four kilometres before the village does. After that there is a track, then a footpath, then, in April, mostly mud.
“⟦d:a|People say it is remote. It is only remote if you come from somewhere else,⟧” said our guide, Benedetta Carli, who moved here from the lowlands twelve years ago and now runs walking holidays from a converted hay barn.
We walked for five hours that first day, mostly uphill, and stopped for cheese at a wooden hut belonging to Ovidiu, a shepherd who has grazed his flock on these slopes for forty summers. He refused to take our money.
“⟦d:b|You are guests. Next year, if you come back, you pay,⟧” he said, with Carli translating.
“⟦d:-|And if we don’t come back?⟧” I asked.
“⟦d:b|Then it was a present.⟧”
Some hotels in the valley below have begun advertising “⟦s:-|authentic shepherd experiences⟧”, which Carli regards with suspicion. The village has lost half its population since 1990, she says, and tourism, done carefully, is “⟦p:a|the only thing keeping the school open⟧”.
“⟦d:a|Ten walkers a week is good. A hundred a week and we become a car park,⟧” she said.
“⟦d:a|And nobody walks all this way to look at a car park.⟧”

### 009
@a Aurelio Bassi | the director
@b Hannelore Fitch | the 71-year-old
@c - | one critic
There is a moment near the end of Aurelio Bassi's new production of "⟦s:-|King Lear⟧" at the Corn Exchange when the storm simply stops. The thunder cuts out, the lights come up to a flat grey, and for almost a minute nobody on stage says anything at all.
Bassi, the director, told me before opening night that he wanted the silence "⟦p:a|to feel like a punishment⟧".
"⟦d:a|Everyone does the storm with thunder sheets and smoke. I wanted to do the storm and then take it away, so the audience hears how loud the quiet is,⟧" he said.
It works. So does his central casting decision. Hannelore Fitch, who plays the title role as a widowed queen rather than a king, is magnificent: imperious in the first half, frighteningly small in the second.
"⟦d:b|I've waited forty years to be old enough for this part,⟧" the 71-year-old said, laughing. "⟦d:b|Now I'm finally old enough, I can't remember the lines.⟧"
She can, of course. Every one of them.
The production has already been described as "⟦p:c|a triumph of restraint⟧" by one critic, and it is hard to disagree, though the second half drags in places and the Gloucester subplot feels underpowered.
Bassi is unrepentant about the running time. "⟦d:a|Three hours and ten minutes. People sit through longer films and complain less,⟧" he said.

### 010
@a Patricia Delacroix-Moyo | a retired teacher from Hollinsworth
@b - | a spokesman for the airline
@c Declan Morrow | director of the consumer group FairFare
When Patricia Delacroix-Moyo’s flight to Porto Vell was cancelled at the gate, she was told she would get her money back “⟦p:-|within seven to ten working days⟧”. That was in February.
“⟦d:a|I’ve phoned them fourteen times. I’ve been cut off eleven times. I kept a spreadsheet,⟧” says Ms Delacroix-Moyo, a retired teacher from Hollinsworth.
“⟦d:a|It’s £412. It’s not a fortune, but it’s my fortune.⟧”
After Money Matters contacted SkyBridge Air, a spokesman for the airline said: “⟦d:b|We apologise to Ms Delacroix-Moyo for the delay in processing her refund, which was caused by a technical error. The full amount has now been paid.⟧”
Declan Morrow, director of the consumer group FairFare, said her experience was “⟦p:c|depressingly common⟧”.
“⟦d:c|Airlines are very quick to take your money and very slow to give it back,⟧” he said. “⟦d:c|If you’re owed a refund and it’s been more than a fortnight, put it in writing and mention the regulator. It’s remarkable how quickly things start to move.⟧”
Ms Delacroix-Moyo said she was relieved, but would be “⟦p:a|taking the train next time⟧”.

### 011
@a Anjali Mehta-Cross | cabinet member for transport
@b Derek Hollins | leader of the Independent group
@c Rosemary Tait | -
@d Jonah Adeyemi | a member of the Eastgate Cycle Forum
Temporary cycle lanes on Eastgate Road will become permanent after councillors voted 7-4 in favour on Wednesday night, despite objections from traders who say the scheme has cost them customers.
Cllr Anjali Mehta-Cross, cabinet member for transport, said the lanes had "⟦p:a|proved their worth⟧" during an 18-month trial.
"⟦d:a|Cycling on Eastgate Road has doubled. Collisions are down by a third. I don't know what more evidence anyone wants,⟧" she told the meeting.
Cllr Derek Hollins, leader of the Independent group, accused the administration of "⟦p:b|ignoring the people who actually pay business rates on that road⟧".
"⟦d:b|We had 1,400 signatures on a petition. We had every shopkeeper on that street in this chamber tonight. And it made no difference whatsoever,⟧" he said.
Rosemary Tait, who has run the Eastgate Bakery for 31 years, said takings were down by a fifth since the lanes went in.
"⟦d:c|People used to pull up outside, nip in for a loaf and go. Now they can't stop, so they don't come,⟧" she said after the vote. "⟦d:c|I'm not against bikes. I'm against going out of business.⟧"
Jonah Adeyemi, a member of the Eastgate Cycle Forum, said the decision would save lives.
"⟦d:d|Two years ago my daughter was knocked off her bike at that junction,⟧" he said. "⟦d:d|Tonight I can tell her it's safer. That matters more to me than a parking space.⟧"
Someone in the public gallery shouted "⟦d:-|Shame!⟧" as the result was announced.

### 012
@a Cornelius Abernathy | the pianist whose trio recordings of the 1960s became a template for a generation of club players
@b Loretta Abernathy-Shaw | His daughter
@c Emil Varga | the last surviving member of the original trio
Cornelius Abernathy, the pianist whose trio recordings of the 1960s became a template for a generation of club players, has died at his home in Fairhaven. He was 88.
His daughter, Loretta Abernathy-Shaw, said he had died peacefully on Tuesday evening “⟦p:b|with a record playing, which is how he’d have wanted it⟧”.
Born in 1936 to a church organist and a seamstress, Abernathy was playing in bars by the age of 15. Friends called him “⟦s:-|the Deacon⟧”, a nod both to his upbringing and to his habit of wearing a dark suit on even the hottest nights.
His 1963 album “⟦s:-|Blue Lantern⟧”, recorded in a single afternoon, has never been out of print.
“⟦d:a|We did it in four hours because that was all the studio would give us,⟧” he told Backbeat magazine in 1994. “⟦d:a|People talk about the spontaneity. It wasn’t spontaneity. It was the clock.⟧”
Bassist Emil Varga, the last surviving member of the original trio, said Abernathy had “⟦p:c|ears like nobody else⟧”.
“⟦d:c|He could hear you thinking about a wrong note before you played it,⟧” Varga said. “⟦d:c|Then he’d smile at you, and you’d play it anyway.⟧”
Abernathy stopped performing in 2011 after a stroke but continued to teach until last year.
“⟦d:b:m|Dad never thought of himself as famous. He thought of himself as a working musician who’d been lucky.⟧
“⟦d:b|Every Sunday he’d play for the church where his mother played. Right up until this spring. Same hymns, same piano, same out-of-tune E-flat,⟧” his daughter said.
He is survived by Loretta and by two grandchildren.

### 013
@a Clémence Aubertin | Transport Minister
@b Yannick Le Goff | secretary-general of the dockers' union
@c Saint-Aubrac Port Authority | -
@d - | One shipping agent
SAINT-AUBRAC, March 3 (Meridian Wire) – Dockworkers at the port of Saint-Aubrac extended their strike into a third week on Monday as the government said it would not be pushed into reopening talks on pensions.
«⟦d:a|Nous ne céderons pas au chantage⟧» («⟦d:a|We will not give in to blackmail⟧»), Transport Minister Clémence Aubertin told reporters after a cabinet meeting.
«⟦d:a|The reform was voted on. It is the law. A law is not something you renegotiate every time someone blocks a port,⟧» she added.
Yannick Le Goff, secretary-general of the dockers' union, answered her within the hour, speaking through a loudhailer to several hundred strikers at the gates of the container terminal.
«⟦d:b|The minister talks about blackmail. We talk about forty years of nights on the quays,⟧» he said. «⟦d:b|Let her come here and do one night. Just one.⟧»
The crowd chanted «⟦s:-|Quarante ans, ça suffit⟧» («⟦s:-|Forty years is enough⟧») as he spoke.
The Saint-Aubrac Port Authority said in a statement that 42 ships were waiting at anchor and that losses were «⟦p:c|considerable and growing by the day⟧».
One shipping agent, who asked not to be named, said customers were already diverting cargo. «⟦d:d|Every day costs us. Half my clients have gone to Valmer already, and some of them will not come back,⟧» he said.

### 014
@a Lucía Ferrández Ortiz | the Renovador candidate
@b Ernesto Villalba | the outgoing regional president
@c Marta Ibargüen | a political scientist at the University of Valdemora
VALDEMORA, May 26 (Meridian Wire) - The centre-right Renovador party won an outright majority in Sunday's regional election in Valdemora, ending 16 years of rule by the left-leaning Progresistas.
"⟦d:a|Hoy Valdemora ha elegido cambiar⟧" ("⟦d:a|Today Valdemora has chosen change⟧"), Lucía Ferrández Ortiz, the Renovador candidate, told cheering supporters in the regional capital shortly after midnight.
"⟦d:a|We will govern for everyone, including those who did not vote for us,⟧" she said, as the crowd chanted "⟦s:-|Presidenta, presidenta⟧".
With nearly all votes counted, the Renovadores had 41 of the 75 seats in the regional parliament, up from 24.
Ernesto Villalba, the outgoing regional president, conceded defeat in a brief appearance at his party's headquarters. "⟦d:b|The people have spoken, and we respect what they have said,⟧" he said. "⟦d:b|We will be a loyal opposition, and a demanding one.⟧"
He did not take questions.
"⟦d:c|It's a huge swing, the biggest in any region since the 1980s,⟧" said Marta Ibargüen, a political scientist at the University of Valdemora. "⟦d:c|Housing decided this election. Nothing else came close.⟧"
Turnout was 68 per cent, according to the regional electoral board.

### 015
@a Central Bank of Vellmar | -
@b Tomasz Grabowski-Lind | Governor
@c - | one board member
@d Priyanka Sethi | an economist at Holloway Brandt
The Central Bank of Vellmar held its main interest rate at 4.75 per cent on Thursday but signalled that a cut could come as soon as September, sending the krona to a two-month low.
In its statement, the bank said inflation was “⟦p:a|moving in the right direction⟧” but that wage growth remained “⟦p:a|too strong to be consistent with the target on a lasting basis⟧”.
At the press conference that followed, Governor Tomasz Grabowski-Lind declined to commit to a date.
“⟦d:b|I have learned never to promise anything in this room,⟧” he said, to laughter from reporters. “⟦d:b|What I can say is that the conditions for a cut are closer than they were three months ago. Considerably closer.⟧”
Asked whether the board had been unanimous, he said: “⟦d:b|No. And that is healthy. You will see the arguments in the minutes.⟧”
The minutes, published alongside the decision, showed that one board member had argued for an immediate cut, warning that holding rates risked “⟦p:c|doing unnecessary damage to the housing market and to confidence⟧”.
Priyanka Sethi, an economist at Holloway Brandt, said the message was unmistakable.
“⟦d:d|They’ve done everything except circle September in red pen,⟧” she said. “⟦d:d|Unless the August wage data is a shocker, that’s the month.⟧”

### 016
@a Adaeze Nwosu-Kerr | an astronomer at the Lindqvist Observatory who led the team
@b Mireille Dufresne | a planetary scientist at the University of Corvale who was not involved in the study
Astronomers have detected water vapour in the atmosphere of a planet orbiting a small red star 41 light years away, the first time it has been found on a world so close in size to Earth.
The planet, formally known as LQ-2207b, has already been nicknamed "⟦s:-|the Kettle⟧" by the team that found it, because its surface is thought to be hot enough to keep any oceans close to boiling.
"⟦d:a|When the signal came up, I genuinely thought the instrument was broken,⟧" said Adaeze Nwosu-Kerr, an astronomer at the Lindqvist Observatory who led the team. "⟦d:a|We spent three weeks trying to make it go away. It wouldn't.⟧"
She stressed that the discovery said nothing about whether the planet could support life. "⟦d:a|Water vapour is not life. It's not even liquid water. It's a step, and it's a small one, but it's a real one.⟧"
Mireille Dufresne, a planetary scientist at the University of Corvale who was not involved in the study, called the result "⟦p:b|careful and convincing⟧".
"⟦d:b|The temptation with a planet like this is to get carried away. They haven't,⟧" she said. "⟦d:b|I'd want to see it confirmed with a second instrument, and I'm sure they would too.⟧"
Nwosu-Kerr said follow-up observations had already been scheduled. "⟦d:a|Ask me again in a year,⟧" she said.

### 017
@a Hartwell & Pryce | the department store chain
@b Gideon Achterberg | chief executive
@c Lakshmi Raghunathan | a nurse from Felsham
@d Information Standards Office | -
@e - | One security researcher who has examined the leaked files
Hartwell & Pryce, the department store chain, has admitted that the personal details of up to 1.2 million customers, including names, addresses and partial card numbers, were stolen in a cyber attack last month.
In an email to customers on Tuesday, the company said it had “⟦p:a|no evidence⟧” that passwords or full payment details had been taken.
“⟦d:a|We take the security of our customers’ data extremely seriously and we are deeply sorry that this has happened,⟧” Hartwell & Pryce said.
In a video posted on the company’s website, chief executive Gideon Achterberg said the attack had been “⟦p:b|sophisticated and deliberate⟧”.
“⟦d:b|I want to say directly to our customers: I’m sorry. You trusted us with your information and we let you down,⟧” he said.
Lakshmi Raghunathan, a nurse from Felsham, said she had received the email three weeks after her bank first flagged a suspicious transaction.
“⟦d:c|Three weeks. They knew, and they didn’t tell us,⟧” she said. “⟦d:c|If my bank hadn’t called me, I’d still be none the wiser.⟧”
The Information Standards Office said it had opened an investigation. “⟦d:d|Organisations must report serious breaches to us within 72 hours, and must tell affected people without undue delay,⟧” it said.
One security researcher who has examined the leaked files said they appeared to include customer service notes. “⟦d:e|Some of them are quite personal. People explaining why they’re returning things. That’s not the kind of thing you want turning up on a forum,⟧” she said.

### 018
@a Valentina Rossetti | the world No 4
@b Anya Chertkova | her opponent
@c - | one reporter
Valentina Rossetti, the world No 4, won her first title on grass on Saturday, saving two match points before beating her opponent, Anya Chertkova, 6-4 3-6 7-6 (9-7) in a final that lasted just under three hours.
"⟦d:a|At 5-6 in the tie-break I was already thinking about what I'd say in the runner-up speech,⟧" Rossetti said. "⟦d:a|I had it written in my head. Now I'll never use it.⟧"
Chertkova, 20, was in tears at the net but composed by the time she reached the press room.
"⟦d:b|I had two chances. On the first one I was too careful, on the second one she hit a winner, so what can you do,⟧" she said. "⟦d:b|I'm 20. I'll have more finals. I hope.⟧"
Asked what she had said to her opponent at the net, Rossetti smiled. "⟦d:a|I told her she's going to win a lot of these. She is.⟧"
"⟦d:c|Was there a moment you thought it was over?⟧" one reporter asked Chertkova.
"⟦d:b|Honestly? When I was 4-1 up in the third set. That's the problem,⟧" she said, and the room laughed.

### 019
@a Dwayne Pilgrim | the opener
@b Imran Qadir | the Easterhill captain
@c Rohan Fitzgerald-Das | the Northgate coach
Dwayne Pilgrim's unbeaten 112 carried Easterhill to a five-wicket win over Northgate at Fenby Park on Saturday, sealing a place in the county cup final for the first time in nine years.
Chasing 268, Easterhill had slipped to 61 for four before Pilgrim and the wicketkeeper, Sam Okonedo, put on 141 for the fifth wicket.
``⟦d:a|I just told Sam to stay with me. I said the runs would come if we didn't give it away,⟧'' said the opener, who hit 11 fours and three sixes.
``⟦d:a|With about ten overs left I looked at the board and thought, we've got this. Then Sam got out and I thought, maybe we haven't.⟧''
Imran Qadir, the Easterhill captain, called the innings ``⟦p:b|the best I've seen at this ground⟧''.
``⟦d:b|Dwayne's been in decent form all season without getting the big score. Today he got it, and it couldn't have come at a better time,⟧'' he said.
Rohan Fitzgerald-Das, the Northgate coach, was gracious in defeat. ``⟦d:c|We had them at 61 for four. We should win from there, and we didn't. Credit to them,⟧'' he said.
Asked about the final, Qadir was brief. ``⟦d:b|Bring it on,⟧'' he said.

### 020
@a Saoirse Ní Bhriain | the Carrowmore-born singer
@b Oskar Lindahl | her producer
Saoirse Ní Bhriain wrote most of her third album, “⟦s:-|Low Tide Hymns⟧”, in a caravan on the edge of a beach in the west, during a winter she describes as “⟦p:a|the loneliest and most useful three months of my life⟧”.
“⟦d:a|I had no signal, no television and a two-bar heater. So I wrote,⟧” the Carrowmore-born singer says, curled into a corner of a café in the city, where she now lives.
“⟦d:a:m|Some days I’d write five songs and they’d all be terrible. Other days I’d write one line and know it was the best thing I’d ever done.⟧
“⟦d:a|The trick is you need the terrible days to get to the good ones. I didn’t know that when I was 22. I thought every day had to be good.⟧”
The result is her sparest record yet: mostly voice and guitar, with the occasional cello and, on the closing track, “⟦s:-|Saltwater Lullaby⟧”, the sound of rain on the caravan roof, recorded on her phone.
“⟦d:b|She sent me that rain and said, ‘Can we use this?’ I said, ‘We have to use this,’⟧” recalls her producer, Oskar Lindahl. “⟦d:b|Some producers would have cleaned it up. Why would you clean up rain?⟧”
The album entered the charts at number three last week, her highest position to date.
“⟦d:a|My mam rang me crying. Then she asked if I was eating properly,⟧” Ní Bhriain says.

### 021
@a Teodora Vasić | the curator
@b Kofi Ampofo-Hale | the 83-year-old painter
@c - | one visitor
The first retrospective of Kofi Ampofo-Hale's work in more than three decades opens at the Greyfriars Gallery on Saturday, bringing together 94 paintings, many of which have never been shown in public.
"⟦d:a|Most of these came out of his garage,⟧" said Teodora Vasić, the curator. "⟦d:a|Some of them still had oil stains on the back. We cleaned them very carefully.⟧"
The exhibition, "⟦s:-|Everything at Once⟧", traces Ampofo-Hale's career from the crowded market scenes of the 1960s to the almost abstract seascapes he has painted since his wife's death in 2009.
"⟦d:b|People ask why I stopped painting people. I didn't stop. I just couldn't find anyone I wanted to look at for that long any more,⟧" the 83-year-old painter said, walking slowly through the final room.
He paused in front of the largest canvas, a grey-green expanse more than four metres wide. "⟦d:b|That one took six years. I hated it for five of them.⟧"
Vasić said the gallery had been "⟦p:a|astonished⟧" by advance bookings, with more than 11,000 tickets already sold.
At a preview on Thursday evening, one visitor stood in front of an early portrait for several minutes. "⟦d:c|That's my grandmother. She used to sell yams outside his studio,⟧" she said. "⟦d:c|I never knew he'd painted her.⟧"

### 022
@a Maureen Coughlan | pensioner
@b Bernadette Coughlan | her sister
@c Gary Lennox | chief executive of the charity Warm Homes Now
@d Brightwell Energy | -
PENSIONER Maureen Coughlan has been told she owes £3,840 for gas — for a house that has had no gas supply since 2019.
The 79-year-old, who had her boiler replaced with an electric heat pump four years ago, received the bill from Brightwell Energy last week along with a warning that debt collectors could be sent round.
“⟦d:a|I nearly had a heart attack. I thought, that’s it, they’re coming for the telly,⟧” Maureen said at her terraced home in Ashgrove. “⟦d:a|I haven’t got a gas pipe. They took it out! I’ve got the paperwork!⟧”
Her sister, Bernadette Coughlan, 81, who lives two doors down, has been on the phone to the firm every day since.
“⟦d:b|They keep telling me it’s an ‘estimated reading’. Estimated from what? Thin air?⟧” fumed Bernadette. “⟦d:b|She’s 79. She shouldn’t have to deal with this rubbish.⟧”
Gary Lennox, chief executive of the charity Warm Homes Now, said: “⟦d:c|We hear about phantom bills like this far too often. It’s terrifying for older people, and the companies know it.⟧”
Brightwell Energy said last night that the bill had been “⟦p:d|issued in error⟧” and had been cancelled. “⟦d:d|We have apologised to Mrs Coughlan and will be making a goodwill payment,⟧” the company said.
Maureen was unimpressed. “⟦d:a|Goodwill? I’ll believe it when I see it,⟧” she said.

### 023
@a Ruth Okafor | Group Commander
@b Alun Protheroe | -
@c Sian | His wife
@d Rivers Authority | -
More than 60 homes in the village of Pentrefelin were evacuated overnight after the River Tarrell burst its banks following 36 hours of heavy rain.
Group Commander Ruth Okafor of Dunmere Fire and Rescue Service said crews had rescued 14 people from upstairs windows using boats.
"⟦d:a|The water came up incredibly quickly, much faster than anyone expected,⟧" she said. "⟦d:a|I'd urge people not to drive through floodwater. Two feet of moving water will float a car.⟧"
Alun Protheroe, whose cottage backs onto the river, said he had watched the water rise "⟦p:b|a brick at a time⟧" before the electricity went off.
"⟦d:b|By midnight it was over the doorstep. By two o'clock it was up to the light switches,⟧" he said. "⟦d:b|We got the dog and the photo albums upstairs. That's all.⟧"
His wife, Sian, said neighbours had been "⟦p:c|amazing⟧". "⟦d:c|People we've hardly spoken to in ten years were knocking on the door with flasks of tea at four in the morning,⟧" she said.
The Rivers Authority said a severe flood warning, meaning a danger to life, remained in place. "⟦d:d|River levels are expected to stay high throughout Sunday. People should stay away from riverbanks,⟧" it said in a statement.

### 024
@a Bronwen Tudor-Ellis | the first woman to lead Caernant council
@b Gethin Tudor-Ellis | Her son
@c Idris Vaughan | Mayor
Bronwen Tudor-Ellis, the first woman to lead Caernant council, has died aged 91.
She served three terms as mayor between 1979 and 1991 and was best known for her long campaign to save the town’s Victorian market hall, which the council had earmarked for demolition.
“⟦d:a|They wanted a car park. I said over my dead body. Luckily it didn’t come to that,⟧” she told this newspaper in 2004, on the hall’s 150th anniversary.
The campaign — she called it “⟦p:a|the only fight I ever enjoyed⟧” — went to a public inquiry, where she spoke for almost three hours without notes. In a council debate in 1987 she told opponents: “⟦d:a|You can vote me down. You can’t shut me up.⟧”
Her son, Gethin Tudor-Ellis, said she had remained “⟦p:b|sharp as a tack and twice as stubborn⟧” until the end.
“⟦d:b|She was still writing letters to the council last month about the potholes on Heol Fawr,⟧” he said. “⟦d:b|They’re still there, so I suppose she lost that one.⟧”
Mayor Idris Vaughan said flags at the town hall would fly at half-mast until the funeral. “⟦d:c|Bronwen was a giant of this town. Every Saturday, when the market hall is full, that is her legacy,⟧” he said.
The funeral will take place at Bethesda Chapel on Friday.

### 025
@a Haruto Kobayashi | president of Shinsei Rail
@b Emi Sakurai | a 34-year-old office worker
@c - | A spokeswoman for the transport ministry
HIGASHIMORI, Oct 9 (Meridian Wire) – The president of Shinsei Rail bowed deeply for almost ten seconds on Wednesday as he apologised for a signal failure that stranded 300,000 commuters for up to six hours during Tuesday’s evening rush.
“⟦d:a|Mōshiwake gozaimasen deshita⟧” (“⟦d:a|We are deeply sorry⟧”), Haruto Kobayashi, president of Shinsei Rail, told a news conference in Higashimori, before bowing again alongside four other executives.
Speaking through an interpreter, he said the fault had been traced to a software update installed on Monday night. “⟦d:a|The update was not tested properly. That is our responsibility, and mine,⟧” he said.
Emi Sakurai, a 34-year-old office worker, spent more than five hours on a stationary train between two stations.
“⟦d:b|At first everyone was very calm. After three hours, people started to sit on the floor. An old man fainted,⟧” she said. “⟦d:b|The staff kept apologising but nobody knew anything.⟧”
A spokeswoman for the transport ministry said the ministry had ordered the company to submit a report within two weeks and would “⟦p:c|consider appropriate measures⟧”.
Kobayashi was asked whether he would resign. “⟦d:a|My first duty is to make sure this does not happen again. After that, I will consider my position,⟧” he said.

### 026
@a Medicines Evaluation Board | -
@b Sunita Varghese | a consultant neurologist at Hallam Royal Infirmary
@c Peter Lindgren-Shaw | -
@d Vireo Therapeutics | the drug's manufacturer
A drug that slows the progression of motor neurone disease has been approved for use, the first new treatment for the condition in almost 30 years.
The Medicines Evaluation Board said on Friday that the drug, tavelimab, had shown "⟦p:a|a clinically meaningful benefit⟧" in patients with a particular genetic form of the disease, which accounts for about one in 50 cases.
"⟦d:a|This is an important step for a group of patients who have had very few options,⟧" the board said.
Dr Sunita Varghese, a consultant neurologist at Hallam Royal Infirmary, said the approval was "⟦p:b|genuinely exciting⟧" but warned against raising false hope.
"⟦d:b|For the small number of people who carry this mutation, it could make a real difference. For the great majority of my patients, sadly, it changes nothing yet,⟧" she said.
Peter Lindgren-Shaw, who was diagnosed in 2016 and took part in the trial, said he had noticed the difference within months.
"⟦d:c|I was losing something every few weeks - a button, a stair, a word. Then it just slowed down,⟧" he said. "⟦d:c|I'm not cured. Nobody's pretending I'm cured. But I'm still here, and I'm still walking to the shop.⟧"
Vireo Therapeutics, the drug's manufacturer, said it was in talks over the price, which campaigners have warned could exceed £200,000 a year. "⟦d:d|We are committed to working with the health service to ensure that every eligible patient can get access,⟧" the company said.

### 027
@a Olumide Fasanya | chief executive of Cirrus Atlantic
@b Joanna Kertész | an analyst at Brockhurst Securities
@c Harriet Quayle | chief financial officer
Cirrus Atlantic reported a record first-half profit of $612 million on Thursday, helped by strong demand for transatlantic leisure travel, but warned that engine shortages would force it to ground up to a dozen aircraft over the summer.
“⟦d:a|People are still travelling as if they’ve just been let out,⟧” Olumide Fasanya, chief executive of Cirrus Atlantic, told analysts on a conference call. “⟦d:a|Our problem is not demand. Our problem is engines.⟧”
Shares fell 3 per cent in early trading.
Joanna Kertész, an analyst at Brockhurst Securities, asked how long the groundings would last. “⟦d:b|Are we talking about a summer problem or a two-year problem?⟧” she asked.
“⟦d:a|Honestly, I wish I knew,⟧” Fasanya replied. “⟦d:a|The manufacturer tells us the end of next year. I’ve heard that before.⟧”
Chief financial officer Harriet Quayle said compensation payments from the engine maker would cover “⟦p:c|most but not all⟧” of the lost revenue.
“⟦d:c|We’ve been conservative in our guidance. I would rather surprise you in October than disappoint you,⟧” she said.
Kertész later described the call as “⟦p:b|reassuring on demand and unnerving on everything else⟧” in a note to clients.

### 028
@a Gus Tremayne | TV chef
@b Delphine Achour | the critic who gave his new restaurant one star out of five
@c - | A source close to the chef
@d - | One diner
TV chef Gus Tremayne has launched an extraordinary foul-mouthed attack on the critic who slammed his new restaurant - calling her "⟦p:a|a bitter little woman with a thesaurus⟧".
The row erupted after Delphine Achour, the critic who gave his new restaurant one star out of five, described a £38 lobster pie as "⟦p:b|wet cardboard in a fancy hat⟧".
Tremayne, 52, hit back on social media late on Thursday night. "⟦d:a|Some people cook. Some people write about people who cook. Guess which one of us has ever fed 400 covers on a Saturday?⟧" he posted.
"⟦d:a|She wouldn't know decent pastry if it hit her in the face. Which, to be honest, is tempting.⟧"
The post was deleted within an hour.
Achour was unrepentant last night. "⟦d:b|I stand by every word,⟧" she told the Sunday Courier. "⟦d:b|If he's upset about the review, he should be more upset about the pie.⟧"
A source close to the chef said he had been "⟦p:c|working 18-hour days⟧" since the opening. "⟦d:c|Gus is devastated. He's poured his heart and soul into that place. He regrets the post, but he doesn't regret standing up for his team,⟧" the source said.
One diner, who ate at the restaurant on Friday, was more generous. "⟦d:d|The pie was fine! I'd go back. Mind you, I wasn't paying,⟧" he laughed.

### 029
@a Getachew Mersha | the 26-year-old
@b Naomi Chebet | the women’s winner
@c Fergus Dunleavy | Race director
Getachew Mersha broke the course record at the Harbourside Marathon on Sunday, pulling away from a group of five runners at 35 kilometres and finishing in 2 hours 5 minutes 41 seconds.
“⟦d:a|The wind was behind us on the bridge and I thought, now or never,⟧” the 26-year-old said through an interpreter. “⟦d:a|My coach told me not to go until 38. I am sorry, coach.⟧”
Naomi Chebet, the women’s winner, ran most of the race alone and crossed the line more than two minutes clear.
“⟦d:b|After 20K I could not hear anyone behind me. That is a nice feeling but also a lonely one,⟧” she said. “⟦d:b|I was talking to myself. Good things, mostly.⟧”
Race director Fergus Dunleavy said 31,000 runners had started, a record. “⟦d:c|We had people running in costumes I won’t describe in a family newspaper. A man dressed as a lighthouse finished in under four hours. I’d like to shake his hand,⟧” he said.
Spectators along the harbour front held up signs reading “⟦s:-|Run like you stole it⟧” and “⟦s:-|Worst parade ever⟧”.

### 030
@a Wojciech Nowicki | the train's conductor
@b Nordline | the operator
@c Henri Balland | a retired engineer travelling with his wife
@d Marguerite | his wife
The night train from Kessenburg to the coast leaves at 9.47pm, and by 9.50 the conductor is already making his rounds with a tray of small glasses.
"⟦d:a|It is tradition. The first drink is from the railway. The second one you buy,⟧" says the train's conductor, Wojciech Nowicki, who has worked this line for 26 years.
He has seen the service almost closed twice, most recently in 2019, when Nordline, the operator, announced that sleeper carriages were "⟦p:b|no longer commercially viable⟧".
"⟦d:a|Then people started to complain. Then young people started to come. Now you cannot get a bed in August,⟧" Nowicki says.
In my compartment are Henri Balland, a retired engineer travelling with his wife, and a rucksack the size of a small child belonging to a student who has gone in search of the buffet.
"⟦d:c|We did this journey on our honeymoon in 1974. It was slower then, and the beds were worse,⟧" he says. "⟦d:c|Marguerite says the beds are still worse.⟧"
"⟦d:d|They are,⟧" says his wife, Marguerite, from the top bunk.
Later, in the corridor, I ask Nowicki what has changed most in 26 years.
"⟦d:a|The passengers. Before, they were people who were afraid of planes. Now they are people who are afraid for the planet,⟧" he says. "⟦d:a|The first ones drank more.⟧"

### 031
@b Shabnam Rahimi | a mother of two
@c Kerry-Ann Doyle | Another parent
@d Gillian Forsyth | Head teacher
Parents at Bramley Hill Academy have collected more than 800 signatures calling on the school to scrap a new uniform policy that requires pupils to buy blazers, ties and skirts from a single supplier.
The petition, titled “⟦s:-|Uniform Not Uniformly Expensive⟧”, says the full kit now costs “⟦p:-|upwards of £180 per child⟧”.
Shabnam Rahimi, a mother of two, said she had been forced to choose between new shoes and a second blazer.
“⟦d:b|My eldest is growing an inch a month. I’m not exaggerating. The blazer I bought in September doesn’t fit now,⟧” she said. “⟦d:b|The supermarket does a black blazer for twelve pounds. Why can’t they wear that?⟧”
Another parent, Kerry-Ann Doyle, said: “⟦d:c|It’s a state school. It shouldn’t feel like you’re paying fees.⟧”
Head teacher Gillian Forsyth said the policy had been introduced after consultation and was intended to “⟦p:d|remove visible differences between pupils⟧”.
“⟦d:d|I absolutely understand the pressure families are under, and nobody will be sent home for wearing the wrong blazer,⟧” she said. “⟦d:d|We have a second-hand uniform shop and a hardship fund, and I’d encourage anyone who is struggling to talk to us.⟧”
Mrs Rahimi said that was “⟦p:b|not the point⟧”. “⟦d:b|We shouldn’t have to ask for charity to send our kids to school in the clothes the school chose,⟧” she said.

### 032
@a Ragnhild Østby | Expedition leader
@b - | the team
@c Tenzin Norbu | a glaciologist from the Himalayan Cryosphere Institute who joined the expedition
The Skarvbreen glacier has retreated by almost 400 metres in five years, faster than any other glacier monitored in the Vestre range, according to measurements published by a research expedition on Monday.
Expedition leader Dr Ragnhild Østby said the team had been ``⟦p:a|shocked⟧'' by how much had changed since their last visit.
``⟦d:a|In 2019 we pitched our tents on ice. This year, at the same coordinates, we pitched them on gravel,⟧'' she said. ``⟦d:a|You can read about these numbers, but standing there is something else.⟧''
In their field report, the team wrote that the glacier's front had become ``⟦p:b|unstable and heavily crevassed⟧'' and that parts of it could collapse ``⟦p:b|within the coming seasons⟧''.
Tenzin Norbu, a glaciologist from the Himalayan Cryosphere Institute who joined the expedition, said the pattern was familiar.
``⟦d:c|We see the same thing at home. The glaciers don't retreat slowly and steadily. They hold on, and hold on, and then they let go,⟧'' he said. ``⟦d:c|The people downstream notice first. The farmers. They always know before we publish.⟧''
Asked whether anything could still be done, Østby paused. ``⟦d:a|For this glacier? Probably not. For the ones above it, there is still time. Not much.⟧''

### 033
@a Esther Calloway | Judge
@b Rupert Ainsworth-Grey | the solicitor
@c Solicitors' Standards Council | -
A judge has referred a solicitor to his regulator after he submitted a legal argument citing six cases that do not exist, which he later admitted had been produced by an artificial intelligence tool.
In a written judgment published on Wednesday, Judge Esther Calloway said the citations were "⟦p:a|entirely fictitious⟧" and had wasted "⟦p:a|a considerable amount of the court's time⟧".
"⟦d:a|The court was presented with authorities that had plausible names, plausible citations and plausible reasoning. None of them existed,⟧" she wrote.
"⟦d:a|It cannot be stressed too strongly that a lawyer who relies on such a tool remains responsible for every word that is put before the court.⟧"
The solicitor, Rupert Ainsworth-Grey, told the court at an earlier hearing that he had been working late to meet a deadline and had not checked the output.
"⟦d:b|I am mortified. I have practised for 22 years and I have never done anything like this,⟧" he said. "⟦d:b|I apologise unreservedly to the court and to my client.⟧"
The Solicitors' Standards Council said it was aware of the judgment. "⟦d:c|We have issued clear guidance on the use of AI. Solicitors must check everything,⟧" it said.

### 034
@a Nomvula Dlamini-Hart | the 41-year-old
@b - | one reviewer
Nomvula Dlamini-Hart did not intend to write a novel about her grandmother. “⟦d:a|I was trying to write a thriller. I had a detective and everything,⟧” she says, laughing. “⟦d:a|Then Gogo kept walking into the scenes.⟧”
The result, “⟦s:-|The Salt Road⟧”, is one of the year’s most talked-about debuts, a story spanning four generations and set between a coastal town and a mining city, which one reviewer called “⟦p:b|quietly devastating⟧”.
“⟦d:-|Has your family read it?⟧” I asked.
“⟦d:a:m|My mother read it in one night and didn’t speak to me for a week. Then she phoned and said, ‘You got the kitchen wrong. The stove was on the other side.’ That was her review.⟧
“⟦d:a|I think it was hard for her. It’s her mother. I made some things up, and she couldn’t always tell which things.⟧”
The 41-year-old spent 14 years as a radio producer before taking an evening writing course. She wrote most of the book between 5am and 7am, before her children woke up.
“⟦d:a|People romanticise it. It wasn’t romantic. It was cold coffee and a laptop on the ironing board,⟧” she says.

### 035
@a Paolo Ruggeri | The director
@b Chiara Sant'Elia | His lead actress
@c Ines Valdemar-Koch | Jury president
CASTELLMARE, Sept 7 (Meridian Wire) – «⟦s:-|La Stanza Bianca⟧» («⟦s:-|The White Room⟧»), a slow, almost wordless drama about a family waiting for news of a missing fisherman, won the Golden Anchor at the Castellmare Film Festival on Saturday.
The director, Paolo Ruggeri, 34, dedicated the prize to the fishing community of his home town. «⟦d:a|Questo premio è loro⟧» («⟦d:a|This prize is theirs⟧»), he said from the stage, holding the trophy above his head.
«⟦d:a|We shot the whole film with people who had never acted before. Only one professional,⟧» Ruggeri told reporters afterwards through an interpreter. «⟦d:a|And she was the most nervous of all.⟧»
His lead actress, Chiara Sant'Elia, laughed when the remark was translated for her. «⟦d:b|It's true. The fishermen had no fear of the camera. I was terrified I would look like an actress,⟧» she said.
Jury president Ines Valdemar-Koch called the film «⟦p:c|a lesson in patience⟧». «⟦d:c|It trusts the audience. That is rarer than it should be,⟧» she said.

### 036
@a Edith Marchbanks | a retired piano teacher
@b - | The caller
@c Liam Marchbanks | Her grandson
@d Owain Pryce | Detective Sergeant
Police in Aldwick have warned elderly residents about a telephone scam after a pensioner lost £9,000 to a man pretending to be from her bank.
Edith Marchbanks, a retired piano teacher, said the man on the phone had been "⟦p:a|so polite, so convincing⟧" that she never doubted him.
The caller, she said, told her: "⟦d:b|Your account has been compromised and we need to move your money to a safe account today.⟧"
"⟦d:a|He knew my name, he knew my address, he knew which bank I was with. He said, 'Mrs Marchbanks, don't tell anyone, because the fraudsters could be listening.' So I didn't,⟧" she said.
"⟦d:a|I feel such a fool. I taught children for forty years and I fell for that.⟧"
Her grandson, Liam Marchbanks, discovered the transfers when he helped her check her statement a week later. "⟦d:c|She's not a fool. These people are professionals. That's their job,⟧" he said.
Detective Sergeant Owain Pryce said: "⟦d:d|Your bank will never ask you to move money to a so-called safe account. Never. If anyone asks you to do that, put the phone down.⟧"
"⟦d:d|And please, talk to your parents and grandparents about this. They may be too embarrassed to tell you.⟧"

### 037
@a Halberd Building Society | -
@b Clara Fenwick-Mbatha | chief economist at Halberd
@c Yusuf Demir | -
@d Tamsin Ellery | a physiotherapist
House prices rose for a fourth consecutive month in April, according to the Halberd Building Society, as lower mortgage rates brought buyers back into the market.
The average price of a home rose 0.7 per cent to £284,300, the lender said, describing the market as “⟦p:a|resilient in the face of continued affordability pressures⟧”.
“⟦d:b|We’re seeing a lot of buyers who put their plans on hold last year coming back,⟧” said Clara Fenwick-Mbatha, chief economist at Halberd. “⟦d:b|Whether that lasts depends almost entirely on what happens to mortgage rates over the summer.⟧”
Yusuf Demir, who runs an estate agency in Farthing Cross, said viewings were up by half on last year. “⟦d:c|Saturday mornings are back. I had eleven viewings on one flat last weekend. Eleven,⟧” he said.
For first-time buyers, the picture remains bleak. Tamsin Ellery, a physiotherapist, and her partner have been saving for six years.
“⟦d:d|Every time we get close, the goalposts move. We’ve gone from looking at a two-bed to looking at a one-bed to looking at a one-bed an hour out of the city,⟧” the 31-year-old said.
“⟦d:d|I don’t want sympathy. I want a flat.⟧”

### 038
@a - | his race engineer
@b Mateus Brandão | the 24-year-old
@c Ingrid Halvorsen | Team principal
Mateus Brandão claimed his first victory in the Aurora Series on Sunday after a late gamble on tyres paid off in the closing laps at Coldbrook Valley.
The 24-year-old stayed out on worn slicks when rain began to fall with eight laps remaining, while the three cars ahead of him pitted.
"⟦d:a|Box this lap, box this lap,⟧" his race engineer told him over the radio.
"⟦d:b|No. Trust me. It's going to stop,⟧" Brandão replied.
It did. Brandão crossed the line 4.2 seconds ahead of championship leader Felix Ashdown-Reyes, and his radio message on the slowing-down lap was mostly screaming.
"⟦d:b|I am sorry to my engineer. He was right to call me in, and I was lucky to be right to ignore him,⟧" the 24-year-old said afterwards. "⟦d:b|Next time I will listen. Maybe.⟧"
Team principal Ingrid Halvorsen said she had "⟦p:c|aged about ten years⟧" in the final laps.
"⟦d:c|On the pit wall we were all saying, he's mad, he's mad. Then he wasn't mad any more, he was a genius,⟧" she said. "⟦d:c|That's racing.⟧"

### 039
@a Tyrese Lamontagne | the point guard
@b Dejan Marković | the Riverside Hawks coach
@c Jalen Whitfield | -
Tyrese Lamontagne scored 34 points, including the go-ahead three-pointer with 2.1 seconds left, as the Riverside Hawks edged the Cedar Falls Miners 101-99 to level their semi-final series at 2-2.
“⟦d:a|I wanted the ball. I always want the ball,⟧” said the point guard, who had missed seven of his previous nine attempts from beyond the arc. “⟦d:a|Missing doesn’t scare me. Not taking the shot scares me.⟧”
Dejan Marković, the Riverside Hawks coach, said the final play had been designed for someone else.
“⟦d:b|It was drawn up for Jalen. Tyrese just decided it was for him,⟧” Marković said. “⟦d:b|I’m not going to complain.⟧”
Jalen Whitfield, who finished with 22 points and 14 rebounds, didn’t mind either.
“⟦d:c|He looked at me during the timeout and I knew. When he gets that look, you get out of the way,⟧” Whitfield said, grinning.
Asked about Lamontagne’s shooting slump earlier in the game, Marković shrugged. “⟦d:b|Shooters shoot. He’s allowed to miss seven. It’s the eighth one I care about.⟧”
Game 5 is in Cedar Falls on Tuesday.

### 040
@a Rosângela Farias | Governor
@b Antônio Pereira dos Santos | a fisherman in Vila Maré
@c Instituto Mar Vivo | The environmental group
PORTO DAS GARÇAS, Jan 18 (Meridian Wire) – The governor of the coastal state of Ribeira Alta declared an environmental emergency on Thursday after an oil slick from an unidentified vessel washed up along more than 80 kilometres of beaches.
“⟦d:a|É um crime contra o nosso litoral⟧” (“⟦d:a|This is a crime against our coastline⟧”), Governor Rosângela Farias told reporters in the state capital, Porto das Garças.
“⟦d:a|We will find out who did this, and they will pay for every metre of sand,⟧” she said.
In the fishing village of Vila Maré, volunteers in rubber gloves were scooping tar into buckets.
“⟦d:b|Since Tuesday we cannot go out. Nobody will buy fish from here now, not even fish caught far away,⟧” said Antônio Pereira dos Santos, a fisherman in Vila Maré, speaking to Meridian Wire by telephone. “⟦d:b|My father fished here, my grandfather. I have never seen this.⟧”
The environmental group Instituto Mar Vivo said the state had been “⟦p:c|far too slow⟧” to respond. “⟦d:c|The first reports came from fishermen on Monday morning. The emergency was declared on Thursday. Those three days cost us dozens of kilometres of coast,⟧” the group said in a statement.

### 041
@a Konrad Weissenfels | chief executive of Brenner Automobil
@b Sabine Oltmanns | head of the works council
@c - | A government spokesman
HALDENBURG, Nov 12 (Meridian Wire) - Brenner Automobil will cut 6,500 jobs and close one of its three domestic plants by 2027, the carmaker said on Tuesday, blaming weak demand for electric vehicles and competition from cheaper imports.
"⟦d:a|These are painful decisions, and I do not take them lightly,⟧" said Konrad Weissenfels, chief executive of Brenner Automobil. "⟦d:a|But if we do not act now, we will be having a much worse conversation in three years.⟧"
Sabine Oltmanns, head of the works council, said employees would resist the closure of the Grevesmark plant.
"⟦d:b|Wir werden kämpfen⟧" ("⟦d:b|We will fight⟧"), she told a rally of several thousand workers outside the company's headquarters. "⟦d:b|This plant has built cars for 71 years. It is not going to close because of a spreadsheet.⟧"
Workers held up placards reading "⟦s:-|Grevesmark bleibt⟧" - "⟦s:-|Grevesmark stays⟧".
A government spokesman said the economy ministry was in contact with the company and the unions and expected Brenner to "⟦p:c|do everything possible to avoid compulsory redundancies⟧".
Weissenfels was asked whether the plant could be sold rather than closed. "⟦d:a|We are open to every serious offer. I have not seen one yet,⟧" he said.

### 042
@a Amrita Chaudhuri-Lowe | the epidemiologist whose work on contaminated wells changed water policy across three continents
@b Henrik Sæther | Her longtime collaborator
@c University of Marlow | -
@d David Lowe | Her husband
Professor Amrita Chaudhuri-Lowe, the epidemiologist whose work on contaminated wells changed water policy across three continents, has died aged 79.
Born in a railway town in 1945, she trained as a doctor before turning to public health after what she called "⟦p:a|the worst summer of my life⟧", a 1971 cholera outbreak in which she treated more than 300 children.
"⟦d:a|I was twenty-six and I could not save them. So I decided to find out why they were getting sick in the first place,⟧" she said in a lecture in 2012.
Her 1983 paper, "⟦s:-|Wells, Wealth and Water⟧", showed that supposedly safe tube wells in dozens of villages were contaminated with arsenic. It was ignored for almost a decade.
"⟦d:a|People did not want to hear it. The wells were a success story, and I was ruining the story,⟧" she recalled.
Her longtime collaborator, Henrik Sæther, said she had been "⟦p:b|impossible to discourage⟧".
"⟦d:b|She would get a rejection letter, read it, put it in a drawer and start writing to someone else,⟧" he said. "⟦d:b|The drawer was very full. The wells got tested anyway.⟧"
The University of Marlow, where she taught for 30 years, said in a statement that she had been "⟦p:c|a fearless scientist and a generous teacher⟧".
Her husband, David Lowe, said: "⟦d:d|She was the cleverest person in every room, and she never once made anyone feel it.⟧"

### 043
@a Castlegate Brewery | the owner
@b Des Finnegan | the 61-year-old
@c Brian Attwood | a regular since 1979
@d Tom Cheung | Another regular
The Ferryman, the last pub on the Wyke estate, will pour its final pint on Sunday after 130 years.
Des Finnegan, who has run the pub for 23 years, said rising energy bills and a rent increase from the owner, Castlegate Brewery, had made it “⟦p:b|impossible to keep the doors open⟧”.
“⟦d:b|The electric went from eleven hundred a quarter to nearly four grand. We’re not selling four grand more beer. Nobody is,⟧” the 61-year-old said.
Brian Attwood, a regular since 1979, has his own stool by the dartboard, with a small brass plaque. “⟦d:c|I met my wife in here. I had my wedding do in here. I had her wake in here,⟧” he said. “⟦d:c|Where am I supposed to go now? Home?⟧”
Another regular, Tom Cheung, said the estate would be poorer without it. “⟦d:d|People think a pub is about beer. It isn’t. It’s about old blokes like Brian having somewhere to be,⟧” he said.
Attwood overheard. “⟦d:c|Less of the old,⟧” he said.
Castlegate Brewery said it had offered Finnegan “⟦p:a|a substantial discount⟧” on the rent, which he said was not enough. “⟦d:a|We are disappointed that we were unable to reach an agreement and we thank Des for his years of service,⟧” the brewery said.

### 044
@a - | One nurse who asked not to be named because she was not authorised to speak to the media
@b Westerleigh Care Trust | -
@c Ifeoma Nnaji | a consultant psychiatrist
@d Tyrone Baptiste | -
Young people in crisis are being held on adult psychiatric wards for up to three weeks because there are no specialist beds available, staff at Westerleigh Care Trust have said.
One nurse who asked not to be named because she was not authorised to speak to the media described the situation as "⟦p:a|frightening for everyone⟧".
"⟦d:a|You've got a 15-year-old girl on a ward with men in their forties who are very unwell. We do our best, we put her in the room nearest the nurses' station, but it's not right,⟧" she said. "⟦d:a|I go home and I can't sleep.⟧"
Westerleigh Care Trust said it was "⟦p:b|deeply concerned⟧" by the shortage of adolescent beds across the region and was working with neighbouring trusts "⟦p:b|to find urgent solutions⟧".
"⟦d:b|Admitting a young person to an adult ward is always a last resort and is done only when it is the safest available option,⟧" the trust said.
Dr Ifeoma Nnaji, a consultant psychiatrist, said the problem was not new. "⟦d:c|We were warning about this in 2015. We've lost beds every year since,⟧" she said. "⟦d:c|The young people haven't gone anywhere. They've just ended up somewhere worse.⟧"
Tyrone Baptiste, whose son spent 12 days on an adult ward last year, said the experience had "⟦p:d|broken something⟧" in the boy. "⟦d:d|He went in ill and came out frightened. It took months to get him to trust a doctor again,⟧" he said.

### 045
@a Aleksander Wiśniewski | the 68-year-old
@b Zara Quinlan | his apprentice
Aleksander Wiśniewski’s workshop smells of linseed oil and pipe smoke, though he gave up the pipe in 1998. “⟦d:a|The smell stayed. The wood remembers everything,⟧” he says.
He has made furniture in this converted cowshed outside Harrowden for 41 years: chairs, mostly, but also tables, coffins, a pulpit and, once, a replacement leg for a grand piano belonging to a famous conductor he declines to name.
“⟦d:a|He paid me in concert tickets. I don’t like concerts. I gave them to my dentist,⟧” the 68-year-old says.
“⟦d:a:m|People think a chair is a simple thing. It is the most difficult thing. A table only has to stand. A chair has to hold a person who is moving, who leans back, who rocks, who is heavy, who is thin, who is drunk.⟧
“⟦d:a:m|I make a chair, I sit in it for a month. If I notice it, it is wrong. A good chair you don’t notice.⟧
“⟦d:a|My wife says this is also true of husbands.⟧”
In the corner, his apprentice, Zara Quinlan, is shaping a spindle on a foot-powered lathe. She is 24, has a degree in fine art, and answered an advertisement he placed in the village shop window which read, in its entirety, “⟦s:-|Wanted: patient person⟧”.
“⟦d:b|I thought it was for a care home,⟧” she says. “⟦d:b|He made me sweep the floor for three weeks before I was allowed to touch a chisel.⟧”
“⟦d:a|Two weeks,⟧” Wiśniewski says from across the room.
“⟦d:b|Three,⟧” she says.

### 046
@a National Weather Bureau | -
@b Amaru Quispe | Chief forecaster
@c Blue Channel Lines | Ferry operator
@d - | A coastguard spokesman
@e Lesley Imrie | Caravan park owner
An amber wind warning has been issued for the whole of the west coast from 6am on Saturday, with gusts of up to 90mph expected on exposed headlands as Storm Idony moves in from the Atlantic.
The National Weather Bureau said there was "⟦p:a|a good chance⟧" of power cuts and damage to buildings, and that flying debris could pose "⟦p:a|a danger to life⟧".
Chief forecaster Amaru Quispe said the storm was "⟦p:b|unusually vigorous for so early in the autumn⟧".
"⟦d:b|The strongest winds will come through between mid-morning and late afternoon on Saturday. If you don't need to travel then, don't,⟧" he said. "⟦d:b|By Sunday morning it should have cleared through, but it will still be very blustery.⟧"
Ferry operator Blue Channel Lines cancelled all Saturday sailings. "⟦d:c|The safety of our passengers and crew is our first priority. We're sorry for the disruption,⟧" the company said.
A coastguard spokesman urged people to stay away from seafronts. "⟦d:d|Every storm, we get people going down to take photographs of the waves. Please don't. The sea does not give second chances,⟧" he said.
Caravan park owner Lesley Imrie, in Port Kinnell, said staff had spent Friday lashing down awnings and moving touring vans away from the cliff edge. "⟦d:e|We've tied down everything that can be tied down. The rest is up to the weather,⟧" she said.

### 047
@a Mina Seo | head of product at Arclight
The Arclight Nova 3 is a very good phone with one very strange idea. That idea is called “⟦s:-|Focus Lens⟧”, and it is either the future of the smartphone or an expensive way of making you feel guilty, depending on whom you ask.
Focus Lens watches how you use your phone and, after a set amount of time in an app, gently blurs the screen. You can unblur it with a tap. Most people, Arclight says, don’t.
“⟦d:a|We found that the blur alone reduced scrolling time by about 20 per cent. Not because we stopped anyone. Just because we made them notice,⟧” said Mina Seo, head of product at Arclight, when I met her at the company’s offices.
I asked whether a company that makes money selling phones really wants people to use them less.
“⟦d:a|We make money when people buy the next phone. People buy the next phone when they liked the last one. Nobody likes a phone that makes them miserable,⟧” she said.
“⟦d:-|So it’s a business decision?⟧”
“⟦d:a|Everything is a business decision. This one happens to be a good one.⟧”
In a week of testing, Focus Lens blurred my screen 43 times. I unblurred it 41 times, and felt bad about it on at least 30 of them.
The camera, for the record, is excellent. The battery lasted a day and a half. The price — £899 — is not, as the industry likes to say, “⟦s:-|accessible⟧”.

### 048
@a Carmel Hegarty | regional secretary of the Transit Workers' Alliance
@b Metrolink Buses | -
@c Abdullahi Warsame | One commuter
@d Hollie Grant | Deputy mayor for transport
Bus services across Halverton were almost entirely suspended on Monday as 1,800 drivers walked out in a dispute over pay and rest breaks.
Carmel Hegarty, regional secretary of the Transit Workers' Alliance, told a rally outside the Castle Street depot that drivers were "⟦p:a|exhausted and insulted⟧" by the company's offer of a 3 per cent rise.
"⟦d:a|Our members are driving ten-hour shifts with one twenty-minute break. Some of them are sleeping in their cars between shifts because they can't afford the rent in this city,⟧" she said. "⟦d:a|Three per cent doesn't touch it.⟧"
Drivers carried placards reading "⟦s:-|Tired drivers, unsafe buses⟧" and chanted "⟦s:-|Fair pay now⟧" as they marched to the city hall.
Metrolink Buses said the offer was "⟦p:b|fair and affordable⟧" and called on the union to return to talks. "⟦d:b|We are disappointed that the union has chosen to inconvenience thousands of passengers rather than continue negotiating,⟧" the company said in a statement.
One commuter, Abdullahi Warsame, had walked for an hour and a half to get to his job at a hospital. "⟦d:c|I support the drivers, I do. But my feet don't,⟧" he said.
Deputy mayor for transport Hollie Grant said she had offered to chair talks between the two sides. "⟦d:d|Nobody wins a long strike. Not the drivers, not the company, and certainly not the people of this city,⟧" she said.

### 049
@a Cian Brosnan | the young jockey
@b Philippa Ormsby-Kaye | Her trainer
Cian Brosnan, only 23 and riding in the race for the first time, steered the 33-1 outsider Harvest Moonbeam to victory in the Coldharbour Gold Cup on Saturday, holding off the favourite by a neck in a thrilling finish.
“⟦d:a|I’m shaking. Look at my hands. I can’t stop shaking,⟧” the young jockey said in the winner’s enclosure, still in the saddle. “⟦d:a|Two furlongs out I thought we’d be fourth. Then she just found another gear. I don’t know where from.⟧”
Her trainer, Philippa Ormsby-Kaye, who has just 14 horses in a small yard near Tollbridge, was in tears.
“⟦d:b|People said we were mad to run her. Maybe we were,⟧” she said. “⟦d:b|She’s been a bit of a madam all year, to be honest. But she loves soft ground, and the rain came.⟧”
Asked how she would celebrate, Ormsby-Kaye laughed. “⟦d:b|I’ll be mucking out at six tomorrow, same as every day. Tonight, though — tonight’s a different story.⟧”
Brosnan said he had phoned his mother from the weighing room. “⟦d:a|She didn’t believe me. She thought I was winding her up,⟧” he said.

### 050
@a Jun-seo Park | the 19-year-old violinist
@b Anneliese Brückner | conductor
It was the sort of evening the Ravensgate Philharmonic has not had for a while: a full house, a standing ovation, and a queue at the stage door that stretched round the corner into Mill Lane.
The draw was Jun-seo Park, the 19-year-old violinist, making his debut with the orchestra in Teodor Vaskelund’s Violin Concerto. It was a performance of remarkable poise, the slow movement in particular played with a kind of stillness that had the hall holding its breath.
“⟦d:a|I was nervous for about the first eight bars. After that there is no time to be nervous,⟧” Park said afterwards, still clutching his bouquet. “⟦d:a|My teacher says nerves are just energy you haven’t used yet.⟧”
The second half, a blazing account of Vaskelund’s Second Symphony under conductor Anneliese Brückner, was if anything even better.
“⟦d:b|This orchestra has been through a difficult few years — the funding cuts, the empty seats,⟧” Brückner told me. “⟦d:b|Tonight I looked out and saw people standing at the back. I nearly forgot to bring them in on the downbeat.⟧”
Asked whether Park would return, she smiled. “⟦d:b|If we can afford him next year.⟧”

### 051
@a Nikos Stavrakis | Mayor
@b Aigialos Hoteliers' Association | -
@c Ellen Matthiesen | a nurse from Nørrevik on her fourth visit to the island
AIGIALOS, July 2 (Meridian Wire) – Visitors to the island of Aigialos will pay a €12 daily tourist tax from next summer, the island's council decided on Wednesday, in one of the steepest such levies in the region.
«⟦d:a|We have 9,000 residents and 400,000 visitors a year. Our water, our roads, our hospital were built for 9,000,⟧» Mayor Nikos Stavrakis told reporters outside the town hall. «⟦d:a|Someone has to pay for the other 391,000.⟧»
The Aigialos Hoteliers' Association said the tax would «⟦p:b|drive families to cheaper destinations⟧» and called on the council to phase it in more gradually.
«⟦d:b|Nobody is against protecting the island. But twelve euros a day, for a family of four for two weeks, is more than six hundred euros. That is a lot of money before you have even bought an ice cream,⟧» the association said in a statement.
On the harbour front, Ellen Matthiesen, a nurse from Nørrevik on her fourth visit to the island, shrugged. «⟦d:c|Honestly, if it keeps the island like this, I would pay it. I have seen what happens to places that become too popular,⟧» she said.
Stavrakis said the money would go to a new desalination plant. «⟦d:a|Water first. Then everything else,⟧» he said.

### 052
@a Valuway | the country's third-largest supermarket chain
@b Martin Glass | Valuway chief executive
@c Fiona Adebayo-Grant | a retail analyst at Keller Marsh
@d Louise Tanaka | an analyst at Blackfriars Research
Valuway, the country's third-largest supermarket chain, has cut the price of more than 1,000 everyday items by an average of 8 per cent, firing the opening shot in what analysts expect to be a bruising price war.
The company said the cuts were "⟦p:a|permanent, not promotional⟧" and would cost it about £90 million a year.
Valuway chief executive Martin Glass said: "⟦d:b|Families have had a horrible couple of years. This is us saying: we've heard you.⟧"
Fiona Adebayo-Grant, a retail analyst at Keller Marsh, said rivals would have no choice but to respond. "⟦d:c|Nobody can afford to be the most expensive on milk and bread for long. I'd expect matching cuts within a fortnight,⟧" she said.
Louise Tanaka, an analyst at Blackfriars Research, was more sceptical. "⟦d:d|We've seen these headline price cuts before. Some of the items on the list went up in price last month, so you have to look at what's actually happened over a year,⟧" she said.
Adebayo-Grant agreed that shoppers should "⟦p:c|look at the receipts, not the posters⟧", but said the cuts were real. "⟦d:c|Eight per cent on a thousand lines is not nothing,⟧" she said.

### 053
@a Owen Price | Prosecutor
@b Harjit Sandhu | the shop owner
@c Gemma Lightfoot | His barrister
@d Sanjay Kapoor | Recorder
@e Kyle Dawson | -
A man who threatened a shopkeeper with a hammer during a robbery in Millbeck has been jailed for six years.
Kyle Dawson, 24, of Fenwick Road, admitted robbery and possession of an offensive weapon at Hollinbury Crown Court.
Prosecutor Owen Price told the court that Dawson had walked into the Sandhu Convenience Store shortly before closing time on January 14 and demanded cash from the till.
“⟦d:a|He raised the hammer above his head and said he would use it. The shop owner, who was alone, handed over £340,⟧” Mr Price said.
In a victim impact statement read to the court, the shop owner, Harjit Sandhu, said he no longer felt safe at work.
“⟦d:b|For 19 years I have opened that shop at six in the morning and closed it at ten at night. Now every time the door opens after dark, my heart stops,⟧” he wrote.
His barrister, Gemma Lightfoot, said Dawson had been addicted to crack cocaine at the time and had been drug-free for five months in custody.
“⟦d:c|He is ashamed. He has asked me to say that he is sorry, and that he knows sorry is not enough,⟧” she said.
Sentencing, Recorder Sanjay Kapoor told Dawson: “⟦d:d|You terrified a hard-working man in his own shop. He will live with what you did long after you have served this sentence.⟧”
As he was led away, Dawson called out “⟦d:e|Sorry, mate⟧” towards the public gallery.

### 054
@a Raghav Deshpande | Chief Minister
@b Kamla Devi | a farmer in Bhimnagar
@c - | A senior official in the state water department
SUVARNAPUR, April 22 (Meridian Wire) - The government of the drought-hit state of Suvarnapur will send water tankers to 1,200 villages and suspend farm loan repayments for six months, Chief Minister Raghav Deshpande said on Monday.
"⟦d:a|No family in this state will go without drinking water this summer. That is my promise,⟧" Deshpande told the state assembly.
Opposition lawmakers walked out of the chamber, chanting "⟦s:-|Tankers are not a policy⟧".
Kamla Devi, 56, a farmer in Bhimnagar, where the only well ran dry in February, was unimpressed by the announcement.
"⟦d:b|Humein vaadon ki nahin, paani ki zaroorat hai⟧" ("⟦d:b|We need water, not promises⟧"), she said. "⟦d:b|The tanker came twice last month. Twice. We have buffaloes, we have children.⟧"
A senior official in the state water department, who spoke on condition of anonymity, said the state had enough tankers but not enough drivers. "⟦d:c|We can buy trucks in a week. Finding 3,000 drivers who know the village roads is another matter,⟧" the official said.
Deshpande rejected criticism that the measures had come too late. "⟦d:a|We acted the day the monsoon figures came in. Anyone who says otherwise should check the dates,⟧" he said.

### 055
@a Caoimhe Breathnach | the archaeologist
@b Gerald Finch | retired postman
@c Ancient Monuments Trust | -
A Bronze Age cremation urn, thought to be about 3,500 years old, has been found intact on farmland near Knockallen by a team of volunteers digging ahead of a new housing development.
“⟦d:a|Usually these things come out in forty pieces. This one came out in one,⟧” said Dr Caoimhe Breathnach, who is leading the excavation. “⟦d:a|I may have screamed. I’m told I screamed.⟧”
The urn was spotted by retired postman Gerald Finch, 71, on his third day as a volunteer.
“⟦d:b|I thought it was a flowerpot. I nearly put my trowel through it,⟧” he said. “⟦d:b|Forty-two years of delivering parcels, and the best one I ever found was in a field.⟧”
The archaeologist said the urn would be taken to a laboratory where its contents would be examined. “⟦d:a|We think there are burnt bone fragments inside, which could tell us a lot about who this person was,⟧” she said.
The Ancient Monuments Trust said the find was “⟦p:c|of regional, and possibly national, importance⟧” and that the developer had agreed to extend the excavation by a month.

### 056
@a Amara Eze-Collins | the 17-year-old
@b Ruud Verbeek | Her coach
Amara Eze-Collins became the youngest national champion in the women's 200m butterfly for 30 years on Friday night, touching the wall in 2:07.14 to beat the defending champion by more than a second.
The crowd at the Lakeside Aquatics Centre, many of them from her home club in Broadmere, chanted "⟦s:-|A-ma-ra⟧" as she climbed out of the pool, and one banner in the stands read "⟦s:-|Broadmere's Butterfly⟧".
"⟦d:a|I heard them on the last length, which was weird, because you're not supposed to be able to hear anything underwater,⟧" the 17-year-old said. "⟦d:a|Maybe I imagined it. It helped anyway.⟧"
Her coach, Ruud Verbeek, who has trained her since she was nine, said the time would have put her in the final at last year's world championships.
"⟦d:b|She has the engine. What she's learned this year is patience. Two years ago she'd have gone out too fast and died on the last 50,⟧" he said.
Asked about the world championships in August, Eze-Collins grinned. "⟦d:a|I've got exams first. My mum would kill me.⟧"
"⟦d:b|Her mother is the only person in swimming I'm afraid of,⟧" Verbeek added.

### 057
@a Darren Pickles | FORKLIFT driver
@b Joanne | His wife
@c - | A spokeswoman for the National Draw
FORKLIFT driver Darren Pickles has scooped £4.2 million on the National Draw — and says he’ll be back at work on Monday.
“⟦d:a|I’ve told the lads I’m coming in. Someone’s got to buy the bacon sarnies,⟧” grinned Darren, 46, as he popped the champagne at a hotel near his home in Wexley.
“⟦d:a|Honestly, I checked the numbers eleven times. Eleven! Then I made Jo check them. Then I made the dog check them.⟧”
His wife, Joanne, said she had thought he was joking when he rang her at work.
“⟦d:b|He does this every Saturday. ‘We’ve won, we’ve won!’ And it’s always a tenner,⟧” she said. “⟦d:b|This time he was crying. Darren doesn’t cry. He didn’t cry at our wedding.⟧”
“⟦d:a|I did a bit,⟧” Darren protested.
The couple plan to pay off their mortgage, buy a campervan and take their three children to see the Northern Lights.
A spokeswoman for the National Draw said: “⟦d:c|It’s always lovely when our winners are as down to earth as Darren and Joanne. We wish them every happiness.⟧”
Asked whether the win would change him, Darren paused. “⟦d:a|I’ll get the good sausages now,⟧” he said.

### 058
@a Ferenc Halász | the Hungarian-born manager who led Ostbury Athletic to their only league title
@b Kenny Rourke | Former captain
@c Ostbury Athletic | -
Ferenc Halász, the Hungarian-born manager who led Ostbury Athletic to their only league title, has died aged 87.
Halász arrived at Ostbury in 1979 speaking, by his own account, "⟦p:a|eleven words of English, six of them about football⟧". Four years later the club, which had never finished higher than ninth, were champions.
"⟦d:a|I did not understand the language, so I could not understand the excuses. This was very useful,⟧" he said in a television interview marking the 25th anniversary of the title.
Known to supporters as "⟦s:-|the Professor⟧" for his tweed jackets and the notebook he carried everywhere, he was a stickler for fitness at a time when many players still smoked at half-time. Asked once what his secret was, he replied: "⟦d:a|Running. And sometimes shouting. Mostly running.⟧"
Former captain Kenny Rourke said Halász had been "⟦p:b|the hardest man I ever worked for, and the fairest⟧".
"⟦d:b|He'd run us until we were sick, then sit with us on the grass and talk about poetry,⟧" Rourke said. "⟦d:b|We thought he was mad. Then we won the league and we thought he was a genius. He was probably both.⟧"
Ostbury Athletic said in a statement: "⟦d:c|Everyone at the club is deeply saddened. Ferenc gave this town the greatest day in its history, and he will never be forgotten.⟧"
Flags at the club's ground will fly at half-mast, and a minute's applause will be held before Saturday's home match.

### 059
@a Priya Kapadia | -
@b Bartholomew Ekwueme | Her co-star
Anyone who has seen Priya Kapadia's stand-up will know she has a gift for the slow, excruciating build, and her new sitcom, ``⟦s:-|Flat 4B⟧'', is built entirely around it.
Kapadia plays Dev, a 38-year-old divorcee who moves back in with her parents and then, through a series of increasingly unlikely events, ends up sharing a flat above a launderette with her ex-husband's new partner.
``⟦d:a|I wanted to write about the kind of embarrassment that lasts, not the kind that's over in a scene,⟧'' Kapadia told me last week. ``⟦d:a|The kind you remember at three in the morning ten years later.⟧''
Her co-star, Bartholomew Ekwueme, who plays the new partner with a sort of weaponised politeness, is a revelation. ``⟦d:b|Priya wrote this man as so nice that you want to scream. My job was to make him nicer,⟧'' he said.
The first two episodes are very funny. The third, a long set piece at a wedding, is one of the best half-hours of comedy this year.
Kapadia says the wedding episode was the first one she wrote. ``⟦d:a|It's based on a real wedding. I won't say whose. They know,⟧'' she said.
Audiences have been kinder to the show than the broadcaster's marketing team, which chose to promote it with the tagline ``⟦s:-|Awkward is the new black⟧''.

### 060
@a Ezra Delacourt | the founder of the collapsed exchange Bitmoor
@b Grantham Reyes | the firm appointed as liquidator
@c Nguyen Thi Lan | a software developer who lost most of her savings when the exchange froze withdrawals
@d Amos Wetherby | Judge
PORT LYNDON, Feb 27 (Meridian Wire) – Ezra Delacourt, the founder of the collapsed exchange Bitmoor, told a court on Tuesday that he had “⟦p:a|never intended to deceive anyone⟧”, as liquidators said customers were likely to recover less than a third of their money.
“⟦d:a|I made mistakes. I trusted the wrong people and I grew too fast. But I did not steal,⟧” Delacourt said, reading from a prepared statement at a hearing in Port Lyndon.
In a filing submitted to the court, Grantham Reyes, the firm appointed as liquidator, said Bitmoor’s records were “⟦p:b|incomplete, inconsistent and in some cases apparently fabricated⟧”.
“⟦d:b|We have identified transfers of approximately $140 million to accounts connected with the company’s directors for which no commercial explanation has been provided,⟧” the filing said.
Nguyen Thi Lan, a software developer who lost most of her savings when the exchange froze withdrawals, watched the hearing from the public gallery.
“⟦d:c|He says he made mistakes. A mistake is when you forget your keys. This was my house deposit,⟧” she said outside court.
Judge Amos Wetherby adjourned the hearing until next month. “⟦d:d|This is a complex matter and there is a great deal of money at stake for a great many people. It will not be rushed,⟧” he said.
Asked by reporters outside the court whether he would repay customers, Delacourt said: “⟦d:a|Every penny I can.⟧”

### 061
@a Bethany Okoro | one of the organisers
@b Severnvale Health Board | -
@c Marcus Dale | Chief Inspector
@d - | one man watching from the pavement
More than 3,000 people marched through the centre of Thornbury on Saturday in protest at plans to close the town's maternity unit and move births to a hospital 28 miles away.
Marchers carried placards reading "⟦s:-|Born in Thornbury⟧" and "⟦s:-|28 miles is too far⟧", and chanted "⟦s:-|Save our unit⟧" as they passed the hospital gates.
Bethany Okoro, one of the organisers, gave birth to her second child in the unit last year. "⟦d:a|I was in labour for four hours. If I'd had to drive 28 miles on those roads in January, I genuinely don't know what would have happened,⟧" she said.
"⟦d:a|They keep calling it a reconfiguration. It's a closure. Call it what it is.⟧"
Severnvale Health Board has described the plan as a "⟦p:b|reconfiguration⟧" of services and says it will make births safer by concentrating specialist staff in one place.
Chief Inspector Marcus Dale said the march had been "⟦p:c|good-natured and entirely peaceful⟧". "⟦d:c|We'd like to thank everyone who took part for their co-operation,⟧" he said.
Not everyone was supportive. "⟦d:d|They're right to be angry, but marching never changed anything,⟧" said one man watching from the pavement.
Someone nearby shouted back: "⟦d:-|Then why are you watching?⟧"

### 062
@a - | my grandmother
@b - | My neighbour
Gardening expert Hester Blackwood answers your questions.
Q: My lavender has gone woody and leggy after only three years. Can I save it? - Margaret, Ashbury
A: Probably not, I'm afraid. Lavender doesn't regrow from old wood, so once it's bare at the base the kindest thing is to take cuttings and start again. Next time, cut it back hard every August, straight after flowering - as my grandmother used to say, "⟦d:a|cut it like you're cross with it⟧".
Q: Which rose would you recommend for a shady north-facing wall? - Tomasz, Kelbridge
A: Try "⟦s:-|Dorothy Mallow⟧", a climber that copes with less sun than most and has a lovely soft apricot scent. Give it a good mulch in spring.
Q: My neighbour says I should never water in the middle of the day because the droplets will "⟦p:b|burn the leaves like a magnifying glass⟧". Is that true? - Jo, Thornley
A: It's a myth, and a very persistent one. The real reason to water in the morning or evening is that less is lost to evaporation. Your plants won't catch fire, I promise.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh82.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh82",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
