# ruff: noqa: E501
"""Build ``quotes_fresh174.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is a weekend paper's
mix: business and markets, science and health, technology, sport match reports and
press conferences, travel, culture reviews with artists' quotes, consumer stories,
local news, obituaries, and international wire copy with translated quotes, in the
registers of wire, broadsheet, tabloid, local paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh174-NNN``.

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
  it (``his partner, Ezekiel Boateng, a retired drummer``): the appositive is the
  description. A title or relational phrase before the name alone (``Head coach …``,
  ``Her caddie, …``, ``The club's new signing, …``) is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 34-year-old``,
  ``the actor``), that description is taken. Where the first appositive comes at a
  later cue (``said Haddad, 31, a physiotherapist``), that appositive is taken.
* A non-restrictive relative clause after an appositive (``Another member, who did
  not want to be named``) is not part of the description; a restrictive one is.
* When the cue that introduces a speaker is an indefinite noun phrase followed by the
  name later (``A Hatherley pensioner says …``; ``Fieldline, a farming charity,
  says …``), that phrase is the description.
* A courtesy form (``Mrs Ellery``) refers to the fullest form of the name in the
  passage (``Joan Ellery``).
* Fragments quoted from unidentified reviews or critics are ``partial`` with a null
  speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a reporter's question introduced as ``one reporter asked`` has a
  null speaker and that phrase as the description.
* Team-radio exchanges, and any printed dialogue of alternating quote-only
  paragraphs, give each turn to the person whose turn it is.
* A proverb or trading-floor saying quoted as such, and cries from a crowd with no
  identified speaker, are ``direct`` with speaker and description null.
* In a ``Q:`` / ``A:`` transcript, words the interviewee quotes from someone else in
  quotation marks belong to that someone else (there is no outer quote to absorb
  them); a label the interviewer puts in quotation marks is ``scare``.
* A translation printed in quotation marks after a slogan on a banner is ``scare``
  like the slogan.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh174.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh174.jsonl")

PASSAGES = """
### 001
@a Idris Calloway | chief executive of Harrowgate Mutual
@b Fenella Quayle | an analyst at Brightwater Securities
@c Harrowgate Mutual | the lender
Harrowgate Mutual, the building society that has spent three years trying to convince investors it can survive without closing branches, reported a 14 per cent rise in annual profit on Thursday and said it would open two new offices in the northern valleys next spring.
"⟦d:a|We were told the high street was finished. Our members didn't get the memo,⟧" said Idris Calloway, chief executive of Harrowgate Mutual. "⟦d:a|People still want to sit across a desk from someone when they're borrowing the biggest sum of their lives.⟧"
Calloway, 52, said mortgage arrears had "⟦p:a|stabilised at a level we are comfortable with⟧" but warned savers not to expect rates to stay where they are. "⟦d:a|If the base rate moves, we move. I'm not going to pretend otherwise.⟧"
Not everyone was persuaded. Fenella Quayle, an analyst at Brightwater Securities, said the results had been flattered by a one-off gain from the sale of the society's insurance arm. "⟦d:b|Strip that out and you have a business growing at roughly the pace of inflation,⟧" she said. "⟦d:b|That is respectable. It is not a turnaround.⟧"
The lender said in its results statement that it remained "⟦p:c|firmly committed to mutuality⟧" and had "⟦p:c|no plans, now or in the foreseeable future⟧" to convert into a bank.
Asked about that on a call with journalists, Calloway was blunter. "⟦d:a|Over my dead body.⟧"

### 002
@a Anjali Deshpande | chief market strategist at Corvane Partners
@b - | One trader on the floor of the Meridian exchange
@c Tobias Ferreira-Lund | a fund manager at Oakhollow Capital
PORT MERIDIAN, Nov 14 (Wirepoint) - European shares fell for a third straight session on Friday after fresh data showed factory orders contracting faster than expected, sending investors back into the safety of government bonds.
The pan-regional Stellar 600 index closed down 1.3 percent, its lowest finish since August, with carmakers and chemicals groups leading the declines.
“⟦d:a|The market had priced in a soft landing, and now it's being asked to price in something a lot less comfortable,⟧” said Anjali Deshpande, chief market strategist at Corvane Partners. “⟦d:a|That kind of repricing is rarely orderly.⟧”
Deshpande said she expected volatility to persist into the year-end. “⟦d:a|The bar for a rally is much higher than it was a month ago.⟧”
One trader on the floor of the Meridian exchange put it more simply. “⟦d:b|Nobody wants to be the first one back in,⟧” he said, declining to be named because he was not authorised to speak to the media.
Bond yields fell sharply, with the yield on 10-year Valdorian government debt dropping 9 basis points to 2.61 percent, its biggest one-day fall since March.
Tobias Ferreira-Lund, a fund manager at Oakhollow Capital, said he had been adding to his bond holdings since September. “⟦d:c|We were early, and for a while we looked foolish,⟧” he said. “⟦d:c|This week we look slightly less foolish.⟧”
(Reporting by Kwame Osei-Darko; Editing by Lucy Haverstock)

### 003
@a Oluwaseun Adebayo-Reid | a marine biologist at the University of Tarrow who led the study
@b Mireille Castaing | a deep-sea ecologist at the Loubière Institute
A glass sponge hauled up from 1,200 metres off the Skerrin Ridge may be more than 9,000 years old, according to researchers who say the find could make it one of the longest-lived animals ever recorded.
The specimen, a vase-shaped creature about the size of a dustbin, was dated by counting layers of silica in its skeleton, which the team compares to the rings of a tree.
“⟦d:a|When we counted the first few hundred layers, we assumed we'd made a mistake,⟧” said Oluwaseun Adebayo-Reid, a marine biologist at the University of Tarrow who led the study. “⟦d:a|Then we counted them again. And again. The number didn't go down.⟧”
She said the sponge's slow growth, perhaps a millimetre every few decades, reflected the near-freezing, food-poor water in which it lived.
Other scientists urged caution. Mireille Castaing, a deep-sea ecologist at the Loubière Institute, said the dating method showed “⟦p:b|real promise⟧” but had not yet been checked against independent techniques such as radiocarbon dating.
“⟦d:b|I'd love it to be true. I'd just like to see a second clock before I believe the first one,⟧” Castaing said.
Adebayo-Reid said radiocarbon tests were under way. Asked what she would do if they came back with a lower figure, she laughed. “⟦d:a|Publish that too. That's the job.⟧”
The findings were published on Wednesday in the journal “⟦s:-|Benthic Letters⟧”.

### 004
@a Morag Fairbairn | a retired postwoman from Inchcorran
@b Kestrel Valley Health Board | -
@c - | A spokesman for the health board
@d Tariq Hussain-Bell | regional organiser for the nursing union Unicare
Waiting times for hip and knee operations at Kestrel Valley's two hospitals have reached their longest since records began, new figures show, with almost 1,900 patients waiting more than a year.
Morag Fairbairn, a retired postwoman from Inchcorran, has been on the list for a new hip for 19 months. "⟦d:a|Some days I can't get to the end of the garden,⟧" the 71-year-old said. "⟦d:a|I was told a year, tops. Then it was 'the spring'. Then nobody would give me a date at all.⟧"
"⟦d:a|I'm not angry with the nurses. They're run ragged. I'm angry with whoever decided this was acceptable.⟧"
Kestrel Valley Health Board said it was "⟦p:b|acutely aware⟧" of the distress caused and had commissioned extra theatre sessions at a private clinic in Dunmore.
A spokesman for the health board added: "⟦d:c|We expect to see the longest waits begin to fall from February. We would ask patients to bear with us.⟧"
Tariq Hussain-Bell, regional organiser for the nursing union Unicare, said staff were "⟦p:d|exhausted and demoralised⟧". "⟦d:d|You can't fix a staffing crisis by renting somebody else's operating theatre,⟧" he said.

### 005
@a Leilani Kahananui | the company's co-founder and chief executive
@b Ruben Adeyemi | Her co-founder
@c Siobhán Ní Bhriain | director of the campaign group Open Ledger
Haply wants to put a camera on every front door in the country. The Ardwick-based start-up, which raised £14m this week, makes a “⟦s:-|smart⟧” doorbell that its founders say can tell a courier from a burglar.
“⟦d:a|Most people don't want a security system. They want to know whether the parcel has arrived,⟧” said Leilani Kahananui, the company's co-founder and chief executive.
Her co-founder, Ruben Adeyemi, who wrote the first version of the software at his kitchen table, is equally unbothered by comparisons with far larger rivals. “⟦d:b|They built a fortress. We built a doorbell that's polite,⟧” he said.
Privacy campaigners are less charmed. Siobhán Ní Bhriain, director of the campaign group Open Ledger, said the device's face-matching feature amounted to “⟦p:c|a neighbourhood surveillance network with a subscription fee⟧”.
“⟦d:c|Every street where these go up becomes a street you can't walk down without being logged,⟧” she said. “⟦d:c|Nobody asked the people walking past.⟧”
Kahananui said images were stored on the device rather than in the cloud and were deleted after 72 hours unless the owner chose to keep them. “⟦d:a|We've tried very hard to be the company that doesn't know things,⟧” she said.
Asked whether police could request footage, Adeyemi replied: “⟦d:b|They can ask the homeowner. They can't ask us, because we don't have it.⟧”

### 006
@a Rhodri Penhallow | Caer Dinas head coach
@b Sione Havili | the captain
@c Kenji Okafor-Whitley | Porthmawr's director of rugby
CAER DINAS 24 PORTHMAWR 19
Caer Dinas kept their unbeaten home record alive in the rain at Heol Fawr on Saturday, but only after Porthmawr's replacement hooker was held up over the line with the clock in the red.
"⟦d:a|My heart was somewhere near my boots,⟧" admitted Caer Dinas head coach Rhodri Penhallow. "⟦d:a|I've watched it back twice and I still don't know how we kept him out.⟧"
Penhallow's side led 17-6 at the break thanks to tries from wing Deio Rowlands and No 8 Sione Havili, but were pinned back for most of the second half as the Porthmawr pack took control of the scrum.
"⟦d:b|They bullied us up front for 30 minutes. There's no point dressing it up,⟧" said Havili, the captain. "⟦d:b|We defended like mad men, but we can't rely on that every week.⟧"
Porthmawr's director of rugby, Kenji Okafor-Whitley, was gracious in defeat but questioned the decision to rule out a try by flanker Cai Lewis for a forward pass on 58 minutes.
"⟦d:c|From where I was sitting it went backwards out of his hands,⟧" he said. "⟦d:c|But I was sitting a long way away, and the referee wasn't. We move on.⟧"

### 007
@a Lucía Barrantes | the 22-year-old
@b - | a reporter
@c Hana Kovářová | the top seed
Lucía Barrantes said she had “⟦p:a|nothing left in the legs⟧” after her three-set defeat by the top seed, Hana Kovářová, in the quarter-finals of the Port Aurelle Open on Thursday.
Speaking through an interpreter, the 22-year-old said the heat on Court Central had been “⟦p:a|like playing inside an oven⟧” and that she had felt dizzy during the final set.
“⟦d:a|At 4-4 I looked at the ball and I saw two balls. That is not a good moment to see two balls,⟧” she said, drawing laughter from the room.
“⟦d:b|Did you think about stopping?⟧” a reporter asked.
“⟦d:a|No. Never. My coach would kill me, and then my mother would kill him,⟧” Barrantes replied.
Kovářová, who will face Emilie Strand in Saturday's semi-final, was full of praise for her opponent. “⟦d:c|She hits the ball harder than anyone I've played this year. I was lucky she got tired before I did,⟧” the world No 1 said.

### 008
@a Nada Vuković | -
@b Ante | her husband
@c Zoran | its skipper
The ferry to Velika Sestra leaves Port Mirna twice a day in summer and once a day the rest of the year, “⟦p:c|if the sea agrees⟧”, as its skipper, Zoran, puts it. On the morning I crossed, the sea agreed, just.
Nada Vuković runs the island's only guesthouse, six rooms above a bakery that her grandfather built. “⟦d:a|People come for two nights and stay for ten. Then they come back every year and complain that we have changed something,⟧” she said, laughing. “⟦d:a|We have not changed anything since 1987.⟧”
She has a point. There is no cash machine, no car, and one bar, which closes when its owner gets tired.
“⟦d:-|What do people actually do here all day?⟧” I asked her husband, Ante, who was mending a net on the quay.
He thought about it for a long time. “⟦d:b|They sit. They swim. They eat. Then they sit again,⟧” he said. “⟦d:b|On Tuesdays there is a fish market. That is the excitement.⟧”
Zoran was less romantic on the crossing back. “⟦d:c|Everybody loves the island in August. In February, they forget it exists. I don't forget. I bring the bread.⟧”

### 009
@a Ingrid Solheim | the director
@b Nkechi Obiora | the actor
"⟦s:-|The Salt Wife⟧", Ingrid Solheim's staging of the 1930s fishing-village drama, arrives at the Lyceum in Ardwick trailing a reputation. Reviews of its premiere in Bergmoor called it "⟦p:-|the bleakest three hours in British theatre⟧" and "⟦p:-|a tidal wave you're glad to drown in⟧".
Both are right, more or less. The production is long, grey and frequently very still, and it is also the most gripping thing I have seen on a stage this year.
The story is simple. A woman waits for a husband who has gone out with the herring fleet and not come back. Her neighbours wait with her, and then, one by one, they stop waiting.
Solheim, 58, told me before the opening that she had no interest in making the play "⟦p:a|comfortable⟧".
"⟦d:a:m|People keep telling me to cut the second act. I keep telling them the second act is the play. If you cut the part where nothing happens, you have lied about what grief is like.⟧
"⟦d:a|Grief is mostly waiting. It's boring and it's unbearable at the same time, and I wanted the audience to feel a little of both,⟧" the director said.
Nkechi Obiora, who plays the title role, is extraordinary: she barely raises her voice all evening, and when she finally does, the silence afterwards is deafening.
"⟦d:b|I spent a week on a trawler out of Skelby to prepare, and I was sick every single day,⟧" the actor said. "⟦d:b|I don't recommend it as a method. But I understood something about waiting that I couldn't have got from a book.⟧"

### 010
@a Skyvane | the airline
@b Gurpreet Sandhu | a dental nurse from Lowbridge
@c Helena Marsh-Okoro | head of travel at consumer group FairPay
Passengers stranded by Skyvane's cancellation of 140 flights over the half-term break say they are still waiting for refunds more than two months later, despite the airline promising to pay up "⟦p:a|within seven working days⟧".
Gurpreet Sandhu, a dental nurse from Lowbridge, paid £1,340 for a family trip to Calvera that never left the ground. "⟦d:b|I've emailed, I've phoned, I've sat on hold for three hours with a crying toddler on my knee,⟧" she said. "⟦d:b|Every time I'm told it's 'in the system'. Which system? Where?⟧"
"⟦d:b|The kids still ask when we're going on holiday. What am I supposed to tell them?⟧"
Helena Marsh-Okoro, head of travel at consumer group FairPay, said the delays were "⟦p:c|frankly unlawful⟧". "⟦d:c|The rules are clear. Cancel the flight, refund the fare within a week. Not when it suits you,⟧" she said.
In a statement, Skyvane said: "⟦d:a|We sincerely apologise to customers who have experienced delays. A dedicated team is working through all outstanding claims and we expect to clear the backlog by the end of the month.⟧"

### 011
@a Agnieszka Wilde | the cabinet member for environment
@b Desmond Achterberg | leader of the opposition Independent group
@c Bernadette Olowe | the mayor
@d Lorna Pike | a resident of Mill Street
Plans to move Fordham to three-weekly black bin collections were approved on Tuesday night after a heated meeting in which one councillor was told to “⟦p:c|sit down and stop shouting⟧” by the mayor, Bernadette Olowe.
Cllr Agnieszka Wilde, the cabinet member for environment, said the change would save £1.2m a year and encourage residents to recycle more. “⟦d:a|Every council that has done this has seen recycling go up. I'm not asking people to do anything their neighbours in Castlebury haven't managed,⟧” she said.
But Cllr Desmond Achterberg, leader of the opposition Independent group, said the plan was “⟦p:b|a recipe for rats⟧”. “⟦d:b|Come to Mill Street in August and tell me three weeks is fine,⟧” he told the chamber. “⟦d:b|Bring a peg for your nose.⟧”
When supporters in the public gallery began to applaud, Cllr Achterberg carried on speaking over the mayor until she ordered him to sit down. As the vote was announced, there were cries of “⟦d:-|Shame!⟧” from the gallery.
Lorna Pike, a resident of Mill Street, said she had come to the meeting “⟦p:d|because nobody ever asks us⟧”. “⟦d:d|I've got four kids and a dog. Three weeks of nappies in a bin? They've lost their minds,⟧” she said.
Cllr Wilde said households with children under two would be able to apply for an extra bin. “⟦d:a|We have listened. There is help for the families who need it.⟧”

### 012
@a Kwabena Asante-Mensah | the potter
@b Efua Asante-Mensah | His daughter
@c Rosalind Teague | a former student who now runs the Gullhaven pottery
Kwabena Asante-Mensah, who has died aged 84, spent six decades making bowls that were meant to be used rather than admired, and was mildly irritated whenever they ended up in museums.
“⟦d:a|A bowl in a glass case is a bowl that has died,⟧” the potter told an interviewer in 1994. “⟦d:a|I make them to be dropped eventually. That is the whole point of a bowl.⟧”
Born in the market town of Adumase, he arrived in Brackenport in 1961 to study engineering and, by his own account, “⟦p:a|wandered into the wrong building⟧” in his first week, finding himself in a ceramics studio. “⟦d:a|I never wandered out again,⟧” he said.
Rosalind Teague, a former student who now runs the Gullhaven pottery, remembered him as a demanding teacher. “⟦d:c|He'd pick up something you were proud of, weigh it in his hand and say, ‘Too heavy. Again.’ He was nearly always right,⟧” she said.
His daughter Efua Asante-Mensah said he had worked at the wheel until a fortnight before his death. “⟦d:b|He said his hands knew what to do even when his memory didn't. I think that was true,⟧” she said. “⟦d:b|The last thing he made was a cereal bowl for his great-grandson. It's a bit wonky. We will be using it.⟧”
He is survived by Efua, his son Kofi and five grandchildren.

### 013
@a Geneviève Arnoult | the town's mayor
@b Yannick Le Goff | a fisherman whose boat was carried 300 metres inland
@c Vallonne prefecture | -
SAINT-AUBIN-DES-MARAIS, March 3 (Wirepoint) - Residents of this Atlantic fishing town began shovelling mud out of their homes on Monday after a storm surge flooded more than half of its streets overnight, in what officials called the worst flooding in living memory.
«⟦d:a|Nous avons tout perdu en une nuit⟧» («⟦d:a|We lost everything in one night⟧»), said Geneviève Arnoult, the town's mayor, standing in the doorway of a town hall still ankle-deep in water.
«⟦d:a|The water came up through the floors, not through the doors. Nobody had ever seen that,⟧» she said.
Yannick Le Goff, a fisherman whose boat was carried 300 metres inland, found it the next morning in a supermarket car park. «⟦d:b|Upright. Not a scratch on it. The supermarket is destroyed,⟧» he said.
The Vallonne prefecture said in a statement that about 1,400 homes had been damaged and that the scale of the destruction was «⟦p:c|without precedent in this department⟧».
Arnoult was scathing about the pace of the official response. «⟦d:a|Ils nous disent d'être patients⟧» («⟦d:a|They tell us to be patient⟧»), she said. «⟦d:a|Patience does not dry a house.⟧»

### 014
@a Gary Pennock | Bus driver
@b Bev | his wife
@c - | A pal
@d - | A spokeswoman for Lucky Lane Lotto
BUS driver Gary Pennock thought it was a wind-up when his wife screamed down the phone that they'd scooped £4.2MILLION on the lottery.
"⟦d:a|I said, 'Pull the other one, Bev, I'm on the number 12,'⟧" said Gary, 58, from Cradley Moor.
But his wife Bev, 56, had already checked the ticket five times. "⟦d:b|I was shaking like a leaf. I had to sit down on the kitchen floor!⟧" she said.
The couple, married for 34 years, plan to treat their three grandkids, and Gary is finally getting the campervan he has dreamed of since he was a lad.
"⟦d:a|Don't worry, I'm still doing my shift on Monday,⟧" he laughed. "⟦d:a|Somebody's got to drive the number 12!⟧"
A pal said: "⟦d:c|They're the nicest people you could ever meet. Nobody deserves it more.⟧"
A spokeswoman for Lucky Lane Lotto said the pair had chosen to go public "⟦p:d|because they want everyone on their estate to know it can happen to anyone⟧".

### 015
@a Sanjeev Varma | Calder Weather Centre meteorologist
@b Ellen Rourke | café owner
@c Lynmere Coastguard | the coastguard
@d Westpower | the network operator
Storm Imogen: thousands without power as 90mph gusts hit coast
More than 40,000 homes were left without power on Saturday as Storm Imogen brought gusts of up to 90mph to the west coast, bringing down trees across roads and railway lines.
Calder Weather Centre meteorologist Sanjeev Varma said the worst was over for most areas, but that “⟦p:a|a sting in the tail⟧” was expected overnight in the north.
“⟦d:a|We're looking at another spell of very strong winds between midnight and 6am, so please don't be tempted to go down to the seafront to look at the waves,⟧” he said.
In Lynmere, café owner Ellen Rourke watched as waves poured over the sea wall. “⟦d:b|It was like someone emptying a bath into the road. I've been here 30 years and I've never seen it come that far,⟧” she told Westcoast News.
Lynmere Coastguard said its teams had been called to 11 incidents, including two people knocked off their feet on the promenade. “⟦d:c|Stay back, stay safe. The sea is not a spectator sport,⟧” the coastguard said in a post on social media.
Westpower, the network operator, said it hoped to reconnect most homes “⟦p:d|by Sunday evening⟧”, but warned that some rural customers could be without electricity until Monday.

### 016
@a Hamish Dunnachie | chair of the Glenbrae Dairy Co-operative
@b Patrick Ó Duibhir | Southfold's chief executive
@c Ineke van der Berg | a dairy farmer near Kilvane
@d - | Another member
Members of two of the region's biggest dairy co-operatives voted overwhelmingly on Friday to merge, creating a business that will handle almost a third of the milk produced north of the Brae.
The tie-up between the Glenbrae Dairy Co-operative and Southfold Milk was backed by 81 per cent of Glenbrae members and 77 per cent of Southfold's.
"⟦d:a|This is about scale, and scale is about survival,⟧" said Hamish Dunnachie, chair of the Glenbrae Dairy Co-operative. "⟦d:a|The supermarkets negotiate with us as if we were a corner shop. After today they'll have to pick up the phone.⟧"
Southfold's chief executive, Patrick Ó Duibhir, said the combined business would keep both processing plants open "⟦p:b|for at least five years⟧", though he declined to rule out job losses in administration.
"⟦d:b|I'm not going to stand here and promise that nobody's desk will move. That would be dishonest,⟧" he said.
Ineke van der Berg, a dairy farmer near Kilvane, voted against. "⟦d:c|Bigger has never once meant a better milk price for the person doing the milking,⟧" she said. "⟦d:c|I hope they prove me wrong. I'd love to be wrong.⟧"
Another member, who did not want to be named, was more scathing: "⟦d:d|They had the result before we voted. This was theatre.⟧"

### 017
@a Thabo Molefe | the former physics teacher
@b Yuki Hasegawa | director of the Kellmere Observatory
@c Nomsa | His wife
A retired teacher who hunts for comets from his back garden in Ashby Fell has become the first amateur in two decades to have one named after him.
Comet Molefe, officially designated C/2025 K3, was spotted by Thabo Molefe, 67, on images taken with a 20cm telescope he built himself in his garage.
“⟦d:a|I thought it was a smudge on the lens. I very nearly cleaned it off,⟧” the former physics teacher said. “⟦d:a|Then I looked at the next night's picture and the smudge had moved.⟧”
Dr Yuki Hasegawa, director of the Kellmere Observatory, which confirmed the discovery, said amateurs still had a real part to play. “⟦d:b|The big surveys are extraordinary, but they have blind spots, literally. Thabo was looking at a patch of sky low on the horizon at dusk, which the automated telescopes tend to skip,⟧” she said.
The comet should be visible through binoculars in early spring, though Hasegawa warned against “⟦p:b|getting too excited⟧”. “⟦d:b|Comets are like cats. They do what they want.⟧”
His wife, Nomsa, said she had long ago lost count of the nights he had spent in the garden. “⟦d:c|Forty years of cold tea and complaining about clouds,⟧” she said. “⟦d:c|I'm glad it finally paid off. Now maybe he'll come to bed.⟧”

### 018
@a Corrivan Therapeutics | -
@b Amara Nwachukwu | a neurologist at St Wenna's Hospital who led the trial
@c Rashid Al-Mansouri | a pharmacologist at Dunmore University who was not involved in the research
@d Gideon Fairweather | The former firefighter
@e Motor Neurone Voices | The charity
An experimental drug slowed the progression of motor neurone disease by roughly a third in a mid-stage trial, its developer said on Tuesday, raising hopes for a condition that has seen almost no effective new treatments in 30 years.
Corrivan Therapeutics said the drug, CT-214, had met its main goal in a study of 312 patients and that it would start a larger trial "⟦p:a|as soon as regulators allow⟧".
"⟦d:b|I've been doing this for 25 years, and I've lost count of the trials that failed. This one didn't,⟧" said Prof Amara Nwachukwu, a neurologist at St Wenna's Hospital who led the trial. "⟦d:b|I'm trying very hard not to use the word 'breakthrough'. But I'm smiling.⟧"
Dr Rashid Al-Mansouri, a pharmacologist at Dunmore University who was not involved in the research, called the results "⟦p:c|genuinely encouraging⟧" but noted that the full data had not been published. "⟦d:c|A press release is not a paper. I want to see the side-effect tables before I get excited,⟧" he said.
Gideon Fairweather, 49, took part in the trial. The former firefighter was diagnosed in 2022. "⟦d:d|I don't know whether I was on the drug or the dummy. I'll find out next year,⟧" he said. "⟦d:d|Either way, I was glad to be useful.⟧"
The charity Motor Neurone Voices said the results were "⟦p:e|a rare day of good news⟧" for patients and their families.

### 019
@a Brindle & Oak | Home furnishings chain
@b Marcus Oyelowo-Finch | a security researcher at Quarrel Labs
@c Jun-seo Park | a graphic designer in Hallam
@d - | A person familiar with the investigation
Home furnishings chain Brindle & Oak said on Wednesday that hackers had stolen the names, addresses and partial card details of up to 2.3 million customers, in one of the largest retail data breaches this year.
The company said it had “⟦p:a|no evidence⟧” that full card numbers had been taken and had reported the incident to the Information Regulator.
“⟦d:a|We are deeply sorry. Protecting our customers' information is our highest priority, and we are working around the clock with external experts,⟧” Brindle & Oak said in an email to customers.
A person familiar with the investigation said the attackers appeared to have got in through a third-party delivery-booking system in August, weeks before the breach was detected. “⟦d:d|They were in there for a while. That's the uncomfortable part,⟧” the person said.
Marcus Oyelowo-Finch, a security researcher at Quarrel Labs, said the phrase “⟦s:-|partial card details⟧” could give customers false comfort. “⟦d:b|If they have the last four digits, your name, your address and your email, that's plenty to run a very convincing phishing scam,⟧” he said.
Jun-seo Park, a graphic designer in Hallam, received the email on Wednesday morning. “⟦d:c|I bought one lamp from them, three years ago. One lamp,⟧” he said. “⟦d:c|And now I'm changing all my passwords on a Wednesday.⟧”

### 020
@a Arjun Kaveri | The 24-year-old
@b Ben Thistlewood | Pellingham captain
@c Farida Hosseini | Eastmoor coach
Arjun Kaveri's unbeaten 143 carried Eastmoor to a four-wicket win over Pellingham at Chantry Road, chasing 301 with three balls to spare in a match that had looked lost at 92 for five.
The 24-year-old, in only his ninth first-class match, hit 17 fours and three sixes, the last of which cleared the pavilion roof and landed, by one account, in the groundsman's vegetable patch.
"⟦d:a|I didn't see where it went. I just heard a lot of people shouting,⟧" Kaveri said. "⟦d:a|At 92 for five the coach told me to bat until tea, then bat until stumps. I sort of forgot to stop.⟧"
Pellingham captain Ben Thistlewood was generous in defeat. "⟦d:b|We bowled some good balls to him and he hit them for four anyway. Sometimes you just have to clap,⟧" he said.
But Thistlewood admitted his side's fielding had cost them. "⟦d:b|Three drops. You can't give a player like that three lives,⟧" he said. "⟦d:b|That's not a lesson I should still be learning at 33.⟧"
Eastmoor coach Farida Hosseini singled out the sixth-wicket stand of 158 between Kaveri and wicketkeeper Tom Ashdown. "⟦d:c|Tom's 61 will get forgotten, and it shouldn't,⟧" she said. "⟦d:c|He soaked up the pressure while Arjun was finding his feet.⟧"

### 021
@a Dragan Petković | Ravensworth manager
@r - | One reporter
@b Matías Orellana | The club's new signing
Ravensworth manager Dragan Petković insisted on Friday that he had “⟦p:a|no interest⟧” in the transfer rumours linking his captain with a move abroad, and that the club had received no offers.
“⟦d:a|I read the same newspapers you do. If someone wants to buy him, they have to call the chairman, and the chairman has not called me,⟧” Petković told his pre-match press conference ahead of Sunday's derby against Hollins Park.
Asked whether the captain, Liam Okonkwo, would be in the squad, he said: “⟦d:a|Of course. Why wouldn't he be?⟧”
One reporter pressed him: “⟦d:r|Can you guarantee he'll still be here in February?⟧”
“⟦d:a|I can't guarantee I'll still be here in February,⟧” Petković replied, to laughter.
The club's new signing, Matías Orellana, sat beside him and answered questions in Spanish. “⟦d:b|Vine aquí para ganar, no para mirar⟧” (“⟦d:b|I came here to win, not to watch⟧”), the 26-year-old striker said.
Through an interpreter, he described the weather as “⟦p:b|a shock⟧”. “⟦d:b|In my city it is 30 degrees today. Here I have three jackets. My mother is sending me a fourth,⟧” he said.

### 022
@a Olwen Prydderch | the guard
@b - | A woman in the seat opposite
@c Hamza | Her son
The 06.12 from Pennock Junction to Carreg Haf is, the timetable insists, a "⟦s:-|scenic service⟧". At 6.12am in November, the scenery consists of my own reflection and a vending machine.
By Llanfryn the sun is up, and the line starts doing what it was built for: clinging to a cliff above the estuary, ducking through tunnels hacked out by men with picks in the 1860s.
"⟦d:a|Best seats are on the left,⟧" says the guard, Olwen Prydderch, who has worked the route for 22 years. "⟦d:a|Tourists always sit on the right because that's where the sea is. Then the sea disappears, the mountains come out on the left, and they all stand up at once.⟧"
"⟦d:-|Does it ever get boring?⟧" I ask.
"⟦d:a|Not once,⟧" she says. "⟦d:a|Some days I see an otter. Some days I see a man who's lost his ticket. Both are interesting in their way.⟧"
A woman in the seat opposite, travelling with her son to a hospital appointment in Aberwyn, has taken this train every month for two years. "⟦d:b|It's the only part of the day I like,⟧" she tells me. "⟦d:b|He sleeps, I look out of the window, and nobody wants anything from me.⟧"
Her son, Hamza, who is nine, wakes up as we pull into Carreg Haf. "⟦d:c|Are we there? Can we go again?⟧" he asks.

### 023
@a Maud Kessler-Ng | singer
@b Ravi Thakkar | Drummer
The Hollow Orchard's third album, ``⟦s:-|Glasshouse Weather⟧'', was recorded in eleven days in a converted chapel on the edge of Tormouth, and it sounds like it: close, cold and full of echoes that the band decided not to fix.
``⟦d:a|We kept the mistakes because the mistakes were the only honest bit,⟧'' says singer Maud Kessler-Ng, 29, on the phone from a tour van somewhere on the motorway outside Vellmar. ``⟦d:a|There's a song where you can hear the heating come on. We left it in. It's in tune, weirdly.⟧''
Drummer Ravi Thakkar describes the sessions as ``⟦p:b|fairly miserable, in a productive way⟧''. ``⟦d:b|It was minus two in there some mornings. Maud wrote half the lyrics in gloves,⟧'' he says.
That shivering quality is the record's great strength. The opener, ``⟦s:-|Lantern⟧'', is little more than a voice and a harmonium, and it is devastating; ``⟦s:-|Coldwater Hymn⟧'', built on Thakkar's brushed snare, is the closest they have come to a single.
Kessler-Ng bristles slightly at the ``⟦s:-|folk⟧'' label that has followed the band since its debut. ``⟦d:a|We own one banjo, and none of us can play it,⟧'' she says.

### 024
@a Ayaan Chaudhry | the artist
@b Beatriz Monteiro | the gallery's senior curator
For ten years, Ayaan Chaudhry has been collecting the lost gloves of Harbour City. He picks them off railings, out of gutters, from the roofs of bus shelters. There are 4,112 of them now, and from Saturday they fill the main hall of the Quayside Gallery in an installation called “⟦s:-|Somebody's Hand⟧”.
“⟦d:a|Every one of these was on a person, keeping them warm, and then it wasn't,⟧” the artist said, walking between the rows. “⟦d:a|It's the smallest kind of loss. Nobody writes a poem about it. So I thought I'd make a room about it instead.⟧”
Beatriz Monteiro, the gallery's senior curator, admitted the work had divided the acquisitions committee. “⟦d:b|Someone asked me, ‘Is it art or is it lost property?’ I said, ‘Can't it be both?’⟧” she said.
Visitors will be allowed to reclaim any glove they recognise. “⟦d:b|Three people have done it already. One woman cried,⟧” Monteiro said.
Chaudhry, who trained as a civil engineer, shrugs off the “⟦s:-|bin-bag art⟧” jibe that has followed him since his first show. “⟦d:a|I've been called worse by better,⟧” he said.

### 025
@a Joan Ellery | A Hatherley pensioner
@b Norman | her husband
@c Vantage Energy | -
@e - | a spokesperson
@d Powerwatch | The energy regulator
A Hatherley pensioner says she was left "⟦p:a|too frightened to turn the heating on⟧" after her energy supplier more than doubled her monthly direct debit without explanation.
Joan Ellery, 78, and her husband Norman, 81, saw their payments to Vantage Energy jump from £96 to £214 a month in October.
"⟦d:a|I rang them and they said it was 'the algorithm'. I said, well, can I speak to the algorithm, then?⟧" Mrs Ellery said.
Her husband, who worked as a gas fitter for 40 years, said: "⟦d:b|I know what a boiler uses. We are not using £214 worth of anything. We're sitting here in our coats.⟧"
Vantage Energy said the increase had been based on "⟦p:c|an estimated annual consumption figure⟧" and that the couple's payments had now been cut to £118. "⟦d:e|We're sorry for the worry this caused Mr and Mrs Ellery,⟧" a spokesperson said.
The energy regulator, Powerwatch, said suppliers must set direct debits "⟦p:d|based on accurate, up-to-date information⟧" and that customers who could not resolve a dispute could go to the Energy Ombudsman.
Mrs Ellery said she would be watching the next bill closely. "⟦d:a|I've got my reading glasses and a calculator. They'll not catch me out twice.⟧"

### 026
@a Halima Yusuf | chair of the Friends of Brookside Primary
@b Anne-Marie Kowalczyk | The headteacher
@c - | One grandfather
@d Thornby Borough Council | The council
More than 200 parents, pupils and grandparents marched through Thornby town centre on Saturday against plans to close Brookside Primary School, chanting “⟦s:-|Save our school⟧” and carrying placards that read “⟦s:-|Small school, big hearts⟧”.
Thornby Borough Council says falling pupil numbers mean the 112-year-old school is no longer viable and that its 94 children should move to the larger Castle Road Academy from September.
Halima Yusuf, chair of the Friends of Brookside Primary, told the crowd outside the town hall: “⟦d:a|They call it viable. We call it our children's school. Those are not the same conversation.⟧”
The headteacher, Anne-Marie Kowalczyk, who is not permitted to campaign against the council's proposal, watched from the edge of the crowd. “⟦d:b|I'm here as a resident. That's all I'll say,⟧” she said, before adding: “⟦d:b|Look at them, though.⟧”
One grandfather, who walked the route with a stick, said his father and his grandchildren had all gone to Brookside. “⟦d:c|Four generations. You don't just shut that like a shop,⟧” he said.
The council said in a statement that no final decision had been made and that it would “⟦p:d|listen carefully⟧” to every response to the consultation.

### 027
@a Eddie Marwood | Ashbourne United goalkeeping legend
@b Stan Cullimore | Former Ashbourne United captain
@c Ashbourne United | -
@d Lynne | His widow
Ashbourne United goalkeeping legend Eddie Marwood, who kept a club-record 23 clean sheets in the 1974-75 promotion season, has died aged 79.
Marwood, known to a generation of fans as "⟦s:-|The Cat⟧", made 412 appearances for the club between 1968 and 1981. In a 2009 interview with the club programme, he said the secret of his game was "⟦p:a|being too daft to be scared⟧".
Former Ashbourne United captain Stan Cullimore, who played in front of him for eight seasons, said: "⟦d:b|Eddie was the bravest man I ever played with. He'd dive at a centre-forward's feet like the boots weren't there.⟧"
"⟦d:b|Off the pitch he was the quietest man in the dressing room. On it you could hear him in the car park.⟧"
Ashbourne United said in a statement: "⟦d:c|Everyone at the club is deeply saddened. Eddie was a magnificent goalkeeper and an even better man.⟧" Players will wear black armbands for Saturday's home game against Dunsford.
His widow, Lynne, said he had kept his season ticket until last year. "⟦d:d|He sat in the same seat for 30 years and shouted at every keeper we ever had,⟧" she said. "⟦d:d|He always said, 'I'd have got that.' Usually he would have.⟧"

### 028
@a Rosario Llanes | an almond grower near Valdeorca
@b Esteban Carvajal-Ruiz | Agriculture Minister
@c - | A spokesman for the provincial police
VALDEORCA, Aug 9 (Wirepoint) - Thousands of farmers drove tractors into the centre of Valdeorca on Friday to demand emergency aid after a third consecutive year of drought left reservoirs on the southern plains at 11 percent of capacity.
“⟦d:a|No es un problema del campo, es un problema del país⟧” (“⟦d:a|This is not a problem for the countryside, it is a problem for the country⟧”), said Rosario Llanes, an almond grower near Valdeorca, who said half her trees had died since 2023.
“⟦d:a|My grandfather planted these trees. I am watching them die one by one, and nobody in the capital cares,⟧” she said.
Many protesters carried banners reading “⟦s:-|Sin agua no hay pan⟧” (“⟦s:-|No water, no bread⟧”).
Agriculture Minister Esteban Carvajal-Ruiz said the government would announce a package of measures next week, but warned that “⟦p:b|money cannot make it rain⟧”.
“⟦d:b|We will help. But we also have to be honest that some crops, in some places, may not have a future,⟧” he told reporters in the capital, Mirasol.
A spokesman for the provincial police said the protest had been peaceful. “⟦d:c|Apart from the noise, there were no incidents,⟧” he said.

### 029
@a Renate Hollweg | Presiding Judge
@b Konrad Albrecht-Sauer | lawyer for the tenants
@c Wohnbau Lindental | The company
STEINAU, June 12 (Wirepoint) - A regional court in Steinau ruled on Thursday that a property company acted unlawfully when it raised rents on 430 flats by up to 40 percent after fitting new balconies, in a case closely watched by tenants' groups across the country.
«⟦d:a|Ein Balkon ist kein Luxus, der jede Erhöhung rechtfertigt⟧» («⟦d:a|A balcony is not a luxury that justifies any increase⟧»), Presiding Judge Renate Hollweg said as she delivered the verdict.
The company, Wohnbau Lindental, had argued that the balconies amounted to «⟦p:c|a substantial modernisation⟧» that entitled it to pass on the full cost to tenants.
Konrad Albrecht-Sauer, lawyer for the tenants, called the ruling «⟦p:b|a signal to the whole industry⟧». «⟦d:b|For two years my clients have been paying for balconies they did not ask for, and some of them cannot even use, because they face north,⟧» he told reporters outside the court.
Wohnbau Lindental said it would study the written judgment and was considering an appeal. «⟦d:c|We respect the court's decision, but we believe it sends the wrong message to landlords who invest in their buildings,⟧» the company said in a statement.

### 030
@a Margit Szabó | the founder's granddaughter
@b László Szabó | Her father
The workshop behind Szabó Cycles smells of oil, coffee and, faintly, the bakery next door. Frames have been brazed by hand here on Tanner's Row since 1958, when a refugee named Ferenc Szabó rented the back room with money borrowed from his landlady.
Margit Szabó, the founder's granddaughter, took over in 2016. She is 44, wears a leather apron over a cashmere jumper and does not believe in romance.
"⟦d:a|People assume we survive on nostalgia. We don't. Nostalgia doesn't pay the electricity,⟧" she says. "⟦d:a:m|We survive because a frame made for your body is a different machine from one made for an average body that doesn't exist.⟧
"⟦d:a|The hard years were the 2000s. Everyone wanted carbon, and everyone wanted it out of a catalogue. We went down to four people. My father sold his car to pay the wages one winter. He never told me; I found out from the accountant.⟧"
Her father, László Szabó, now 79, still comes in most mornings. "⟦d:b|I sweep. I make the coffee. I tell her she is doing it wrong. Then I go home,⟧" he says.
Asked about the car, he waves a hand. "⟦d:b|It was an ugly car.⟧"
The firm now employs 14 people and has an 18-month waiting list. Szabó says she has turned down two offers for the business, one of them from a sportswear group.
"⟦d:a|They wanted the name. But the name is just my grandfather's surname. What they would actually be buying is Dénes and Priti and the others, and they're not for sale.⟧"

### 031
@a Sigrún Hallvarðsdóttir | Glaciologist
@b Pasang Tamang | a mountain guide who has led tours on the glacier for 15 years
@c Ministry of Environment | -
The Hvítafell glacier has lost a fifth of its volume in the past decade and could disappear entirely before the end of the century, according to a survey published on Monday.
Glaciologist Sigrún Hallvarðsdóttir of the University of Nordvik, who led the survey, said the rate of loss had “⟦p:a|roughly doubled⟧” since the early 2000s.
“⟦d:a|When I first walked on it as a student, you stepped out of the car park onto the ice. Now it is a forty-minute walk,⟧” she said. “⟦d:a|You can measure climate change in the shoes you wear out.⟧”
Pasang Tamang, a mountain guide who has led tours on the glacier for 15 years, said the business had changed. “⟦d:b|We used to sell ‘glacier walks’. Now we sell ‘last chance’ walks. People want to see it before it goes,⟧” he said.
Hallvarðsdóttir said she had mixed feelings about that kind of tourism. “⟦d:a|I understand it. I also know how those people got here. Mostly by plane.⟧”
The Ministry of Environment said in a statement that it would “⟦p:c|consider the findings carefully⟧”.

### 032
@a Fieldline | a farming charity
@b Delyth Ambrose | the charity's chief executive
@c Rhiannon Beddoe | a sheep farmer from Cwm Tawel
@d Owain Pryce-Jenkins | Minister for Rural Affairs
Fieldline, a farming charity, says calls to its helpline have risen by 40 per cent in a year, driven by rising costs, bad weather and what it describes as "⟦p:a|a feeling of being forgotten⟧".
The charity, which runs a 24-hour phone line staffed by volunteers from farming backgrounds, took more than 9,000 calls in the year to September.
"⟦d:b|Farmers are brilliant at fixing a broken gate at midnight. They are terrible at saying they're not all right,⟧" said Delyth Ambrose, the charity's chief executive. "⟦d:b|The person who answers our phone has usually been there themselves. That matters.⟧"
Rhiannon Beddoe, a sheep farmer from Cwm Tawel, rang the line two winters ago after losing a third of her flock in the snow. "⟦d:c|I'd sat in the truck for an hour with the engine off. I didn't want to go back in the house,⟧" she said.
"⟦d:c|A woman called Mair answered and talked to me about ewes for 40 minutes. She never once told me what to do. I'm still here.⟧"
Minister for Rural Affairs Owain Pryce-Jenkins said the government would double Fieldline's grant next year. "⟦d:d|No one should feel that the only one they can talk to is the dog,⟧" he said.

### 033
@a Caspar Wintle | Education Secretary
@b Josephine Abara | an English teacher at Millbrook Academy in Dunmore
@c Obinna Eze | general secretary of the Schools Union
@d - | One pupil in Abara's class
Chatbots will be allowed in classrooms from September under new guidance published on Thursday, but schools will be told to ban their use in coursework that counts towards exam grades.
Education Secretary Caspar Wintle said the guidance struck “⟦p:a|the right balance between opportunity and caution⟧”. “⟦d:a|Pretending this technology doesn't exist would fail our children. Letting it do their homework would fail them too,⟧” he said.
Josephine Abara, an English teacher at Millbrook Academy in Dunmore, has been trialling an AI tutor with her Year 10 class since January. “⟦d:b|It's brilliant for the kid who's stuck at nine o'clock at night and has nobody to ask. It's less brilliant when it confidently tells them a poem was written by the wrong person,⟧” she said.
Researchers have warned that chatbots can “⟦s:-|hallucinate⟧”, inventing facts and sources with complete confidence.
Obinna Eze, general secretary of the Schools Union, said teachers had been handed “⟦p:c|a forty-page document and no training⟧”. “⟦d:c|Guidance is not a plan. Who is paying for the laptops? Who is checking the homework?⟧” he asked.
One pupil in Abara's class was unimpressed by the fuss. “⟦d:d|It's good for explaining stuff. But it's kind of boring. It never gets things wrong in an interesting way.⟧”

### 034
@a Kalinda Marsh | the 34-year-old
@b Piet Venter | Her coach
@c Selam Haile | the 23-year-old world silver medallist
Kalinda Marsh broke the national 10,000 metres record by almost nine seconds at the Harrowfield Classic on Saturday, then admitted she had planned to drop out with four laps to go.
"⟦d:a|I felt terrible from about the fifth kilometre. I said to myself, 'Four more laps and you can stop,'⟧" said the 34-year-old, who clocked 29 minutes 41.02 seconds. "⟦d:a|Then I got to four laps and thought, well, I may as well see.⟧"
Her coach, Piet Venter, said he had noticed nothing unusual from the stands. "⟦d:b|She always looks like she's dying. It's her face. You learn to ignore it,⟧" he said.
Marsh finished second behind Selam Haile, the 23-year-old world silver medallist, who won in 29:38.55.
"⟦d:c|It is a pleasure to race her. She is old, but very strong,⟧" Haile said through an interpreter, to laughter from the room.
Marsh, told of the remark, grinned. "⟦d:a|She's right on both counts.⟧"

### 035
@a Fergal Cushnahan | trainer
@b Aoife Brannigan | Jockey
@c Deven Chaudhary | racing manager of the Tuesday Club syndicate
Outsider Pennyroyal Lane landed a 40-1 shock in the Callowmore Gold Cup yesterday, handing trainer Fergal Cushnahan the biggest win of his career and sending a 28-strong syndicate of pub regulars into orbit.
“⟦d:a|I've been doing this 31 years and I've never been as frightened watching a race,⟧” said Cushnahan. “⟦d:a|When she jumped the last I couldn't look. I heard the roar and had to ask the fella beside me who'd won.⟧”
Jockey Aoife Brannigan, 22, was riding in the race for the first time. “⟦d:b|The plan was to sit in and hope. Then everyone in front of me went off too fast, and I thought, hang on, we could win this,⟧” she said.
Deven Chaudhary, racing manager of the Tuesday Club syndicate, was still hoarse an hour later. “⟦d:c|We bought her for four grand because she was the cheapest one in the sale. Best four grand anyone ever spent,⟧” he said. “⟦d:c|Drinks are on the horse.⟧”

### 036
@a Bronwen Tait | the mother of three
@b Ike Oduwole | a vet at the practice
@c Finlay | Her eight-year-old son
A spaniel that vanished during a fireworks display in Hallerton has been reunited with her family, 14 months later and 90 miles away.
Biscuit bolted in terror from a bonfire night display at Hallerton Rugby Club in November last year. Bronwen Tait, 41, of Pelham Road, had all but given up hope. "⟦d:a|We put up posters, we drove round every night for weeks. In the end you have to stop, or it takes over your life,⟧" the mother of three said.
The dog was handed in to the Lanterne Veterinary Practice in Coldharbour last week by a walker who found her sheltering under a caravan. A routine microchip scan did the rest.
"⟦d:b|She was thin and very muddy, but she wagged her whole back end when I said her name,⟧" said Ike Oduwole, a vet at the practice.
"⟦d:b|Honestly, it was the best phone call I've made all year. I might have cried a bit. Don't put that in.⟧"
Her eight-year-old son Finlay had one question when Biscuit came through the door. "⟦d:c|Where have you BEEN?⟧" he asked.

### 037
@a Harriet Okwuosa | Judge
@b Nadia Farouk | The prosecutor
@c Simon Treadgold | His barrister
@d Crispin Latymer | -
A former treasurer of the Wexcombe Amateur Operatic Society who stole £212,000 from its accounts over nine years to pay for holidays and a gambling habit was jailed for four years on Friday.
Crispin Latymer, 63, of Elm Close, Wexcombe, had admitted fraud by abuse of position at Sallowby Crown Court.
Judge Harriet Okwuosa told him he had “⟦p:a|bled dry⟧” a society run entirely by volunteers. “⟦d:a|These were people who sold raffle tickets and painted scenery in their spare time. You treated their money as your own private account, and you lied to them, every year, at every annual meeting,⟧” she said.
The prosecutor, Nadia Farouk, said the society had been forced to cancel two productions and sell its costume store. “⟦d:b|The damage here is not only financial. A community institution has been brought to the edge of collapse,⟧” she told the court.
His barrister, Simon Treadgold KC, said Latymer was “⟦p:c|deeply ashamed⟧” and had already repaid £40,000 by selling his house.
In a letter read to the court, Latymer wrote: “⟦d:d|I have no excuse. I let down people who trusted me and who were my friends. I think about it every day.⟧”

### 038
@a Aziz Rahmonov | opposition leader
@b Dilnoza Karimova | chair of the Central Electoral Commission
@c Northern Democratic Institute | -
@d - | A retired engineer in Tashkel
TASHKEL, Oct 20 (Wirepoint) - Qaraband's opposition refused on Monday to accept the results of Sunday's parliamentary election, saying ballot boxes had been stuffed in at least four provinces, as the ruling party claimed a two-thirds majority.
“⟦d:a|This was not an election. It was a ceremony,⟧” opposition leader Aziz Rahmonov told reporters through an interpreter at his party's headquarters in the capital. “⟦d:a|We will go to the courts, and if the courts do not listen, we will go to the streets, peacefully.⟧”
Dilnoza Karimova, chair of the Central Electoral Commission, dismissed the allegations as “⟦p:b|the fantasies of people who lost⟧”.
“⟦d:b|Every polling station had observers. Every complaint will be examined. But you cannot win a complaint by shouting,⟧” she said at a televised briefing.
The Northern Democratic Institute, which sent 140 observers, said in a preliminary statement that the vote had been “⟦p:c|efficiently administered but not genuinely competitive⟧”, citing pressure on state employees to vote.
A retired engineer in Tashkel, who did not want to give his name, was resigned. “⟦d:d|I voted. I don't know for what. The result was on the television before I got home,⟧” he said.

### 039
@a Pilar Echeverría | -
@b Tobias Renn | Her editor at Lantern House
Pilar Echeverría wrote her fifth novel in the back of a launderette. ``⟦d:a|It was warm, it was loud, and nobody could find me there,⟧'' she says. ``⟦d:a|I'd put on a wash I didn't need, just to pay rent on the chair.⟧''
The book, ``⟦s:-|The Quiet Floor⟧'', published next week, follows three generations of women running a hotel in a seaside town that is slowly being swallowed by the sea.
Echeverría, 46, was born in Almerada and moved to Britain at 12. She is wary of the phrase ``⟦s:-|between two cultures⟧'', which has followed her since her debut. ``⟦d:a|I'm not between anything. I'm in both. It's crowded, but there's room,⟧'' she says.
Her editor at Lantern House, Tobias Renn, remembers reading the manuscript in one sitting. ``⟦d:b|I missed my stop and ended up in Fellbridge,⟧'' he says. ``⟦d:b|I'd never been to Fellbridge. It's nice. I'd go back.⟧''
Asked whether the flooding hotel is a metaphor, Echeverría laughs. ``⟦d:a|Everyone asks that. It's a hotel. It floods. Sometimes a hotel is just wet.⟧''

### 040
@a Suresh Balakrishnan | Halloran's chief executive
@b Clémence Duvivier | a retail analyst at Harbourline Research
@c FreshWay | the market leader
@d Kezia Morgan | a nursery worker
Halloran's, the country's third-largest supermarket chain, will cut the price of more than 1,000 everyday products by an average of 9 per cent from Monday, the latest salvo in a price war that analysts say could squeeze margins across the sector.
“⟦d:a|Our customers have told us, loudly and clearly, that the weekly shop is hurting,⟧” said Suresh Balakrishnan, Halloran's chief executive. “⟦d:a|This is us listening.⟧”
Clémence Duvivier, a retail analyst at Harbourline Research, said the cuts were “⟦p:b|real but carefully chosen⟧”. “⟦d:b|They've gone big on bread, milk and nappies, which people notice. They haven't touched wine or ready meals, which is where the money is,⟧” she said.
FreshWay, the market leader, said it would “⟦p:c|match or beat⟧” Halloran's on any product within 48 hours.
Outside a Halloran's store in Cressley, Kezia Morgan, a nursery worker, was unimpressed. “⟦d:d|Nine per cent off something that went up 30 per cent is still a lot more than it was. I can do maths,⟧” the 29-year-old said.

### 041
@a Amira Haddad | a physiotherapist
@b Jess Kovac | her partner
@c Rupert Vane-Tempest | director of estate agents Vane & Co
@d Chinedu Obi | Mortgage broker
After six years of renting and three failed offers, Amira Haddad and her partner, Jess Kovac, finally got the keys to a two-bedroom terrace in Elbury last month.
"⟦d:a|We'd stopped telling our families when we made an offer, because it was too embarrassing to ring them back,⟧" said Haddad, 31, a physiotherapist.
Kovac, 33, laughed. "⟦d:b|My mum had started a spreadsheet. An actual spreadsheet, of houses we didn't get.⟧"
"⟦d:a|This one we didn't tell anybody about until we'd exchanged,⟧" Haddad added.
Average prices in Elbury rose 4.1 per cent in the year to October, according to the Land Registry, but the number of first-time buyers rose faster still.
Rupert Vane-Tempest, director of estate agents Vane & Co, said first-time buyers were coming back "⟦p:c|in numbers we haven't seen since before the pandemic⟧". "⟦d:c|Rates have come off a bit and people have got fed up waiting for a crash that hasn't come,⟧" he said.
Mortgage broker Chinedu Obi warned that many were stretching themselves to do it. "⟦d:d|I'm seeing 35- and 40-year terms as standard now. That's fine, until it isn't,⟧" he said.

### 042
@a Ilse Vandermeer | a Dutch-born epidemiologist
@b Kwame Boateng-Hill | Her colleague
@c University of Castlereagh | -
@d Pieter | Her son
Ilse Vandermeer, a Dutch-born epidemiologist whose work on contaminated wells changed how rural water supplies are tested, has died aged 88.
She liked to tell students that “⟦p:a|the map is always wrong⟧”. “⟦d:a|Every map of a village shows where the wells are supposed to be. Go and look at where people actually get their water,⟧” she said in a lecture in 2003. “⟦d:a|It is never the same place.⟧”
Her colleague Kwame Boateng-Hill, who worked alongside her for 20 years at the University of Castlereagh, said she had “⟦p:b|no patience for people who did their fieldwork from the car⟧”.
“⟦d:b|She once made a visiting minister walk two miles in the rain to look at a pump. He never forgot it, and neither did his department,⟧” he said.
The University of Castlereagh said in a statement that she had been “⟦p:c|a fearless scientist and a generous teacher⟧”.
Her son Pieter said she had been working on a paper until the week she went into hospital. “⟦d:d|She asked me to bring her laptop in. The nurses confiscated it. She was furious,⟧” he said.

### 043
@a Haruto Ishikawa | the hotel's general manager
@b Greta Lindqvist | a tourist from Solberg who stayed at the hotel last week
@c Yoko Matsuda | one of the new receptionists
KANAZONO - The Hotel Shirakaba made headlines in 2019 as one of the first hotels in the region staffed almost entirely by robots. This year, quietly, it hired back 11 humans.
“⟦d:a|The robots were very good at smiling. They were not good at finding a guest's lost passport,⟧” said Haruto Ishikawa, the hotel's general manager, speaking through an interpreter.
At its peak the hotel used 86 machines, including a dinosaur-shaped receptionist. Several broke down within months; one repeatedly woke guests after mistaking their snoring for a request.
“⟦d:a|We had a guest complain three nights in a row that the machine in her room kept asking, ‘How can I help you?’ at 3am,⟧” Ishikawa said.
Greta Lindqvist, a tourist from Solberg who stayed at the hotel last week, said she preferred the new arrangement. “⟦d:b|The dinosaur is still there, which is good, because my kids love it. But it was nice to ask a person where to eat,⟧” she said.
Yoko Matsuda, 24, one of the new receptionists, said she did not feel in competition with the machines. “⟦d:c|I think of them as colleagues. Quiet ones,⟧” she said, laughing.

### 044
@a Tomás Figueira | the 27-year-old
@b Henrike Baumgartner | Aurora team principal
@c Callum Reid | Figueira's race engineer
Tomás Figueira won the Valcorta Grand Prix on Sunday after a late gamble on slick tyres paid off in the closing laps, ending a 19-race winless run for the Aurora team.
With nine laps remaining and the track drying, Figueira's race engineer, Callum Reid, came on the radio: "⟦d:c|Box this lap, box this lap. Slicks are ready.⟧"
"⟦d:a|Are you sure? It's still wet in sector two,⟧" Figueira replied.
"⟦d:c|Trust us.⟧"
Two laps later he was in the lead. "⟦d:a|Yes! Yes! Thank you, guys, that was a brave call!⟧" the 27-year-old shouted as he crossed the line.
"⟦d:a|Honestly, I didn't trust them,⟧" Figueira admitted afterwards. "⟦d:a|I thought they were crazy. I'm happy they were crazy.⟧"
Aurora team principal Henrike Baumgartner said the decision had been made by "⟦p:b|three people looking at one weather radar, with a lot of gut feeling⟧". "⟦d:b|If it had gone wrong, you'd all be writing about how stupid we are,⟧" she said. "⟦d:b|So I'm going to enjoy this.⟧"

### 045
@a Rei Nakamura | the 29-year-old
@b Bongani Dlamini | Her caddie
@c Cassidy Marr | the overnight leader
Rei Nakamura holed a 40-foot putt on the final green to win the Sandhaven Women's Open by a single shot on Sunday, her first major title at the 11th attempt.
“⟦d:a|I was trying to two-putt. Actually, I was trying not to three-putt,⟧” the 29-year-old said, smiling. “⟦d:a|It went in. I don't know why. Golf is strange.⟧”
Nakamura began the day three shots behind the overnight leader Cassidy Marr, who double-bogeyed the 18th.
Her caddie, Bongani Dlamini, said he had told her to “⟦p:b|forget the leaderboard⟧” at the turn. “⟦d:b|She asked me what the score was on the 10th tee, and I lied. I said I didn't know,⟧” he said. “⟦d:b|She knew I was lying. But it made her laugh.⟧”
Marr was philosophical. “⟦d:c|Rei played the better golf on the back nine. I'll think about the 18th tonight, and tomorrow I'll stop,⟧” she said.
Asked what she planned to do with the trophy, Nakamura replied: “⟦d:a|Put it in my mother's house. My house is too small.⟧”

### 046
@a Jean-Baptiste Morel-Vidal | director of the Les Arolles ski area
@b Harriet Lowe | -
@c Élodie Fauchon | a ski instructor
LES AROLLES - The lifts are running at Les Arolles this February, but only just. A thin ribbon of artificial snow winds down a mountainside that is otherwise brown, and on the lower slopes the crocuses are out.
«⟦d:a|On fait avec ce qu'on a⟧» («⟦d:a|We make do with what we have⟧»), said Jean-Baptiste Morel-Vidal, director of the Les Arolles ski area, gesturing at a snow cannon. «⟦d:a|Ten years ago we opened on December 1. This year it was January 9.⟧»
Harriet Lowe, from Kettleby, is on her 14th trip to the resort with her family. «⟦d:b|The kids don't care. They've got a sledge and a patch of white. I'm the one who's sad,⟧» she said.
Élodie Fauchon, a ski instructor, has started offering mountain-bike tours in winter. «⟦d:c|My grandfather laughed at me. Then he asked if he could come,⟧» she said. «⟦d:c|Il a 81 ans⟧» («⟦d:c|He is 81⟧»), she added.
Morel-Vidal said the resort was putting its money into everything else: «⟦p:a|hiking, cycling, anything that does not need winter⟧».

### 047
@a Fiona Abernethy | general secretary of the pilots' union Baltra
@b Northwind Air | the airline
@c - | A senior Northwind manager
@d Oleksandr Hnatyuk | a software engineer
Pilots at Northwind Air will strike for 48 hours from next Friday after talks over pay and rosters collapsed late on Wednesday, threatening the travel plans of an estimated 120,000 passengers.
"⟦d:a|Our members have not taken this decision lightly. They've been flying tired for two years and they have had enough,⟧" said Fiona Abernethy, general secretary of the pilots' union Baltra.
"⟦d:a:m|The company knows exactly where the door is. It just won't walk through it. We have offered arbitration twice and been turned down twice.⟧
"⟦d:a|To the passengers whose holidays are affected, I am genuinely sorry. But I'd ask them who they would rather have at the controls: someone rested, or someone on their fifth early start in a row.⟧"
Northwind Air said the strike was "⟦p:b|unnecessary and disproportionate⟧" and accused the union of "⟦p:b|moving the goalposts⟧" on the final day of talks. "⟦d:b|We have made a fair and generous offer, and we urge Baltra to put it to its members,⟧" the airline said.
A senior Northwind manager, speaking on condition of anonymity, said the real sticking point was rosters rather than pay. "⟦d:c|Money we can find. Giving everyone weekends off in August, we can't.⟧"
Oleksandr Hnatyuk, a software engineer, is due to fly to Pradova for his sister's wedding on the first day of the strike. "⟦d:d|I'm the best man. I have the rings,⟧" he said. "⟦d:d|If I have to, I'll drive. It's 19 hours. I've checked.⟧"

### 048
@a Barry Coker | metal detectorist
@b Mei-Lin Zhou | the dig's director
@c Owain Ffoulkes | keeper of archaeology at the Kelsall Museum
A hoard of more than 600 silver coins buried in a cooking pot some 1,100 years ago has been found in a field near Ashworth Magna, in what archaeologists are calling one of the most significant finds of its kind in the county.
The discovery was made in March by metal detectorist Barry Coker, 66, who has been searching the same fields with his brother for 30 years.
“⟦d:a|The machine gave a signal like I'd never heard. I thought it was a car door or a bit of tractor. Then I saw the rim of the pot,⟧” he said. “⟦d:a|I rang my brother and said, ‘You'd better sit down.’⟧”
Coker stopped digging and called the county finds officer, a decision Mei-Lin Zhou, the dig's director, described as “⟦p:b|exactly right⟧”.
“⟦d:b|Because he left it in the ground, we could lift the whole pot in a block of soil and excavate it in the lab. We know the order the coins went in. That tells us a story,⟧” she said.
Owain Ffoulkes, keeper of archaeology at the Kelsall Museum, said the museum hoped to acquire the hoard. “⟦d:c|We'll need to raise the money, and it won't be a small sum,⟧” he said. “⟦d:c|But this belongs here, in the county where someone buried it and never came back for it.⟧”

### 049
@a Product Safety Authority | the authority
@b Tinkerbox Toys | -
@c - | a spokesperson for Tinkerbox
@d Precious Ndlovu | a mother of two from Wexley
A popular stacking toy sold in supermarkets across the country is being recalled after reports that its wooden pieces can split into small fragments that pose a choking risk.
The Product Safety Authority said 38,000 "⟦s:-|Rainbow Tower⟧" sets made by Tinkerbox Toys between March and September were affected. "⟦d:a|Parents should stop using the product immediately and keep it out of the reach of children,⟧" the authority said.
Tinkerbox Toys said it had traced the problem to "⟦p:b|a batch of timber from a single supplier⟧" and would offer full refunds.
"⟦d:c|We are devastated that any child could have been put at risk. Nothing matters more to us than safety,⟧" a spokesperson for Tinkerbox said.
Precious Ndlovu, a mother of two from Wexley, found a sharp fragment in her son's mouth in October. "⟦d:d|He was chewing it like a teething ring. I only noticed because he went quiet,⟧" she said. "⟦d:d|I reported it that night. I'm glad somebody listened.⟧"

### 050
@a Rahul Menon | Council leader
@b Gwen Abiodun | Project engineer
@c Stavros Papadakis | owner of the Olympia Grill on Bridge Street
The Ferry Lane bridge in Caldermouth reopened to traffic on Friday, 22 months late and £3.4m over budget, ending what locals had taken to calling “⟦s:-|the longest roadworks in the world⟧”.
Council leader Rahul Menon cut the ribbon in front of a small and slightly ironic crowd. “⟦d:a|I'm not going to pretend this has gone to plan. It hasn't. But it's done, it's safe, and it's here for the next hundred years,⟧” he said.
Project engineer Gwen Abiodun said the delays had been caused largely by “⟦p:b|surprises in the riverbed⟧”, including an unexploded wartime shell. “⟦d:b|Nobody budgets for a bomb,⟧” she said.
Stavros Papadakis, owner of the Olympia Grill on Bridge Street, said his takings had halved while the bridge was shut. “⟦d:c|People forgot we existed. They thought we'd closed too,⟧” he said. “⟦d:c|Tonight, free chips for anyone who drives over. One portion. Don't push it.⟧”
Asked whether the council would compensate businesses, Menon said: “⟦d:a|We're looking at it.⟧”

### 051
@a Joaquim Serrão | Director
@b Anneliese Holmqvist | Jury president
@c Marta Dias Lobo | -
“⟦s:-|Dry Season⟧”, a slow, almost wordless film about a family of cork harvesters, won the Golden Heron at the Vellmar Film Festival on Saturday.
Director Joaquim Serrão, accepting the prize, spoke in Portuguese. “⟦d:a|Este filme é dos meus avós⟧” (“⟦d:a|This film belongs to my grandparents⟧”), he said, holding the statuette above his head.
Later, speaking through an interpreter, the 38-year-old said he had spent two summers living with cork workers. “⟦d:a|They taught me that you cannot hurry a tree. I tried to make a film that does not hurry either,⟧” he said.
Jury president Anneliese Holmqvist called the film “⟦p:b|a quiet earthquake⟧”. “⟦d:b|We argued for six hours about the other prizes. About this one we argued for six minutes,⟧” she told reporters.
Marta Dias Lobo, who plays the family's matriarch, learned to strip cork for the role. “⟦d:c|I have the scars to prove it. My agent was not happy,⟧” she said.

### 052
@a Kaito Morimoto | its new principal conductor
@b Yevgenia Sorokina | the soloist in Brandt's Violin Concerto
@c Dafydd Pugh | The orchestra's leader
The Marlow Philharmonic has not sounded this alive in years. Under its new principal conductor, Kaito Morimoto, the strings have found a bite they had mislaid, and the brass no longer sound as if they are waiting for the interval.
Morimoto, 36, told me after the concert that he rehearses "⟦p:a|as little as I can get away with⟧". "⟦d:a|If an orchestra knows exactly what will happen, it plays like it knows. I want them a little bit worried,⟧" he said. "⟦d:a|Only a little.⟧"
Yevgenia Sorokina, the soloist in Brandt's Violin Concerto, took the slow movement so quietly that a man in row F could be heard unwrapping a sweet. "⟦d:b|I heard it too,⟧" she laughed afterwards. "⟦d:b|It was a good sweet, I think. He took a long time choosing.⟧"
The orchestra's leader, Dafydd Pugh, said the players had taken to Morimoto's methods "⟦p:c|eventually⟧". "⟦d:c|The first week we thought he was mad. The second week we thought he was right,⟧" he said.

### 053
@a Zainab Oyelowo | transport lead at Brackley City Council
@e Kerry-Ann Blythe | a campaigner with Access Brackley
@b Rideo | the operator
@c Tom Hallett | a student at Brackley University
@d - | One pensioner
Brackley's e-scooter hire scheme will be extended for another two years despite complaints about scooters being “⟦s:-|dumped⟧” across pavements, the city council has decided.
Zainab Oyelowo, transport lead at Brackley City Council, said the scheme had replaced “⟦p:a|more than 400,000 car journeys⟧” since its launch. “⟦d:a|It's not perfect. No transport scheme is. But the numbers speak for themselves,⟧” she said.
Kerry-Ann Blythe, a campaigner with Access Brackley, who uses a wheelchair, said she regularly had to turn back because scooters were blocking dropped kerbs. “⟦d:e|The numbers don't speak for me. I'd like them to try getting to the chemist's my way for a week,⟧” she said.
Rideo, the operator, said it would introduce compulsory parking bays in the city centre from April. “⟦d:b|Riders who park badly will be fined, and repeat offenders will be banned,⟧” the company said.
Tom Hallett, a student at Brackley University, rides a scooter every day. “⟦d:c|It's eight minutes instead of a 40-minute bus. I'm not giving that up,⟧” he said.
One pensioner, who did not give her name, was less keen. “⟦d:d|They come up behind you silent as anything. I nearly jumped out of my skin on Tuesday.⟧”

### 054
@b Rashid Qureshi | her father
@c - | My accountant
Samira Qureshi was 34 when she took over Qureshi Chemists, the 46-branch pharmacy chain her father, Rashid Qureshi, founded in a single shop in 1979. This interview has been edited for length and clarity.
Q: Did you always want to run the business?
A: No. I wanted to be a vet. Then I spent a summer at a vet's and discovered I'm frightened of horses.
Q: What did your father teach you?
A: He used to say, "⟦d:b|Never open a shop you wouldn't queue in.⟧" He'd go and stand in our queues in a hat, so the staff wouldn't recognise him. They always did.
Q: People call you a "⟦s:-|disruptor⟧". Do you like that?
A: I hate it. Disruptors break things. I'm trying to make sure a 90-year-old can get her prescription on a Sunday.
Q: Biggest mistake?
A: Opening in Harlow Quays. My accountant told me, "⟦d:c|Nobody there needs another chemist.⟧" He was right. We closed after eighteen months.
Q: And the best decision?
A: Keeping the Sunday opening when everyone said it would never pay. It pays.

### 055
@a Jodie Maclaren | TV chef
@b Dan Okoye | rugby ace
@c - | A source close to the couple
@d - | One fan
TV chef Jodie Maclaren is engaged to rugby ace Dan Okoye, after he popped the question in the middle of her live cookery demo!
The 38-year-old burst into tears as Dan, 31, dropped to one knee in front of 300 stunned fans at the Brackendale Food Festival on Saturday.
"⟦d:a|I'd just burnt a batch of churros and I was mortified, and then he was on the floor. I thought he'd fainted!⟧" Jodie told us. "⟦d:a|Of course I said yes. Eventually. Once I'd turned the hob off.⟧"
Dan said: "⟦d:b|I'd been carrying the ring around for three weeks waiting for the right moment. I figured if she's on a stage, she can't run away.⟧"
A source close to the couple said: "⟦d:c|They're absolutely smitten. Everyone's thrilled for them. Her mum knew, and she was in the front row crying her eyes out.⟧"
One fan wrote on social media: "⟦d:d|Best thing I've ever seen at a food festival, and I once saw a man eat 40 oysters.⟧"

### 056
@a Faisal Al-Qassimi | Water Minister
@b Noura Al-Hashemi | the plant's chief engineer
@d Coastal Reef Alliance | -
@c Salem Al-Nuaimi | a fisherman in the nearby village of Dhayah
RAS MARZOUQ, April 2 (Wirepoint) - Officials on Tuesday opened the region's largest solar-powered desalination plant, saying it would supply drinking water to 1.2 million people and cut the country's reliance on gas-fired plants.
“⟦d:a|الماء هو الحياة⟧” (“⟦d:a|Water is life⟧”), Water Minister Faisal Al-Qassimi told guests at the inauguration. “⟦d:a|Every drop this plant makes with sunlight is a drop we do not make by burning fuel,⟧” he said, speaking in Arabic.
Noura Al-Hashemi, the plant's chief engineer, said it could run at full capacity for nine hours a day on solar power alone. “⟦d:b|We designed it for sunshine. This is a country with a great deal of sunshine,⟧” she said.
Environmental groups have raised concerns about the concentrated brine the plant pumps back into the sea. The Coastal Reef Alliance said it welcomed the switch to solar power but described the outflow as “⟦p:d|a slow poison for the reef⟧” unless it was properly diluted.
Salem Al-Nuaimi, a fisherman in the nearby village of Dhayah, said through an interpreter that he had seen fewer fish near the outlet of the older plant. “⟦d:c|My father fished here, and his father. I want to know what this new one will do before it is too late to ask,⟧” he said.

### 057
@a Dejan Marić | The 34-year-old
@r - | one reporter
@b Tamsin Reilly | Head coach
Dejan Marić scored 31 points, including the go-ahead three with 2.4 seconds left, as the Harbour City Herons beat the Pellston Kings 88-86 on Friday night to level their semi-final series at 1-1.
The 34-year-old, playing with his left hand heavily strapped, brushed off questions about the injury. "⟦d:a|It's a finger. I have nine more,⟧" he said.
Asked what had been going through his mind before the last shot, Marić paused. "⟦d:a|Honestly? Don't miss. That's it. That's the whole thought.⟧"
"⟦d:r|Is this your last season?⟧" one reporter asked.
"⟦d:a|Who told you that?⟧" Marić replied, smiling. "⟦d:a|My wife? Don't listen to my wife.⟧"
Head coach Tamsin Reilly said she had drawn up the final play for someone else. "⟦d:b|It was supposed to go to Jaylen in the corner. Dejan waved him away. In 20 years of coaching I've learned you don't argue with that,⟧" she said.
"⟦d:b|He's the oldest guy on the floor and he plays like the youngest. I've stopped trying to understand it.⟧"

### 058
@a Nilufar Rahimova | director of public health for Ashdown
@b Martin Oduya | Headteacher
@c Charlotte Greaves | a mother of three
@d Regional Health Protection Agency | the agency
Health officials in Ashdown have confirmed 27 cases of measles linked to an outbreak that began at a primary school last month, and are urging parents to check their children's vaccination records.
Dr Nilufar Rahimova, director of public health for Ashdown, said nine children had needed hospital treatment. “⟦d:a|Measles is not a mild illness. It is one of the most contagious diseases we know of, and it can be very serious,⟧” she said. “⟦d:a|The single best thing a parent can do this week is book the jab.⟧”
St Anselm's Primary, where the first cases were identified, has asked unvaccinated pupils to stay at home for 21 days. Headteacher Martin Oduya said the decision had been “⟦p:b|incredibly difficult⟧”. “⟦d:b|Nobody wants a child missing school. But we have a child in Year 2 having chemotherapy, and we have to think about her too,⟧” he said.
Charlotte Greaves, a mother of three, said she had not vaccinated her youngest because of things she had read online. “⟦d:c|I got scared by the wrong things. Then I watched my neighbour's little boy in hospital with a drip in his arm, and I got scared by the right thing,⟧” she said. “⟦d:c|He's booked in for Monday.⟧”
The Regional Health Protection Agency said uptake of the first MMR dose in Ashdown had fallen to 84 per cent, well below the 95 per cent needed for “⟦s:-|herd immunity⟧”. “⟦d:d|We are working closely with schools and GP practices to make catch-up vaccination as easy as possible,⟧” the agency said.

### 059
@a Horace Dumont | the pianist whose trio held a Sunday-night residency at the Blue Lantern for 41 years
@b Vera Kallstrom | his bassist for the last 30 years of the residency
@c Ruth Feldman | -
@d Ezekiel Boateng | a retired drummer
Horace Dumont, the pianist whose trio held a Sunday-night residency at the Blue Lantern for 41 years, has died at 91.
Dumont played with a touch so light that critics compared it to ``⟦p:-|rain on a tin roof⟧'', a description he disliked. ``⟦d:a|I've never been on a tin roof in the rain. Why would I be?⟧'' he told this magazine in 1988. ``⟦d:a|I play the way I play because my hands are small. That's all. Nobody wants to hear that.⟧''
Vera Kallstrom, his bassist for the last 30 years of the residency, said he never used a set list. ``⟦d:b|He'd look at the room and decide. If there was a couple on a first date, we'd play ballads. If there was a drunk at the bar, we'd play fast so he couldn't sing along,⟧'' she said.
Ruth Feldman, who owns the Blue Lantern, said his piano would stay on the stage, unplayed, for a month. ``⟦d:c|After that I think he'd want someone to play it. Badly, probably, so he could complain,⟧'' she said.
Dumont is survived by his partner, Ezekiel Boateng, a retired drummer. ``⟦d:d|He still practised scales every morning. I asked him once why, at 90. He said, ‘In case.’⟧'' Boateng said.

### 060
@a Adaeze Nwosu | Reserve Bank governor
@b Hugo Lindgren | head of rates at Pell & Marsh
@c - | One veteran bond trader
It was the week the market stopped believing the central bank. On Tuesday, Reserve Bank governor Adaeze Nwosu told a parliamentary committee that rates would stay "⟦p:a|higher for as long as it takes⟧" and that markets were "⟦p:a|getting ahead of themselves⟧". By Thursday, traders had priced in two cuts before the summer anyway.
"⟦d:b|She's saying one thing and the data are saying another, and the market always believes the data,⟧" said Hugo Lindgren, head of rates at Pell & Marsh. "⟦d:b|Her job is to sound tough. Ours is to ignore her politely.⟧"
One veteran bond trader put it more bluntly: "⟦d:c|Nobody's listening. They've heard 'higher for longer' so many times it's become wallpaper.⟧"
Nwosu, for her part, insisted on Thursday that she was "⟦p:a|not in the business of pleasing traders⟧". "⟦d:a|My job is the price of bread, not the price of bonds,⟧" she said at an event in Castlereagh.
As the old trading-floor saying goes: "⟦d:-|Don't fight the central bank.⟧" This week the market fought it. For now, the market is winning.

### 061
@a Sunita Rao | a retired pharmacist who has held plot 14 for 11 years
@b Pauline Hebden | secretary of the Greenhill Allotment Society
@c Derek Flint | The neighbouring plot-holder
A row over a 2.4-metre sunflower has split the Greenhill Allotment Society and led to the suspension of one of its longest-standing members.
Sunita Rao, a retired pharmacist who has held plot 14 for 11 years, was given a formal warning in August after her sunflowers were found to breach the society's rule on tall plants. She refused to cut them down and was suspended last month.
"⟦d:a|They're sunflowers. They grow towards the sun. I can't tell them not to,⟧" Rao said. "⟦d:a|I've been accused of a lot of things in my life, but never of aggressive gardening.⟧"
Pauline Hebden, secretary of the Greenhill Allotment Society, said the rules had been agreed by members "⟦p:b|for very good reasons⟧". "⟦d:b|It isn't about one sunflower. It's about whether the rules apply to everybody or only to the people who like them,⟧" she said.
The neighbouring plot-holder, Derek Flint, 74, said he had never complained. "⟦d:c|I quite like them. They're cheerful. Nobody asked me,⟧" he said.
Rao has named the tallest of the flowers "⟦s:-|Big Dave⟧". "⟦d:a|He's still standing,⟧" she said. "⟦d:a|So am I.⟧"

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh174.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh174",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
