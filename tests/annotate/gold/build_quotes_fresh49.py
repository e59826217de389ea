# ruff: noqa: E501
"""Build ``quotes_fresh49.jsonl``: a forty-ninth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set imitates the
mix of a weekend newspaper: long features and profiles, sport reports with
post-match quotes, business and technology, health and science, arts reviews with
interviews, travel and local news. It is meant to be evaluated once, as an honest
measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh49-NNN``.

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

* ``Cllr``, ``Sen.``, ranks such as ``Chief Inspector`` and job labels standing before
  the name (``Resident``, ``Arable farmer``) are role titles, so they are the
  description when there is no appositive; ``Dr`` and ``Prof`` are courtesy
  honorifics and never are.
* An organisation introduced without an appositive and cued by a definite description
  (``the bureau said``) takes that definite description as its description.
* A person always has one description in a passage: the introduction's appositive or
  role title if there is one, otherwise the definite description at a cue, otherwise
  null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh49.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh49.jsonl")

PASSAGES = """
### 001
@a Dana Whitlock | Harrowgate manager
@b Kwame Asante-Boateng | substitute
@c Gareth Sowerby | Millbeck manager
@d Jordan Pryce | -
Harrowgate Rovers came from two goals down to draw 2-2 with Millbeck Town at the Stonefield Ground on Saturday, with substitute Kwame Asante-Boateng heading in a stoppage-time equaliser.
Millbeck had looked comfortable after Jordan Pryce struck twice before half-time, the second a low drive that skidded under the Rovers goalkeeper, Ollie Marsh.
Harrowgate manager Dana Whitlock admitted her side had been "⟦p:a|second to everything⟧" for 45 minutes. "⟦d:a|I told them at half-time that if they played like that again I'd make five changes, and I meant it,⟧" she said. "⟦d:a|To their credit, they responded. That's the least I expect.⟧"
Asante-Boateng, 19, who came on in the 63rd minute, pulled one back with his first touch before rising above two defenders to meet Liam Cordery's cross in the 93rd.
"⟦d:b|I just closed my eyes and hoped,⟧" the teenager said. "⟦d:b|My mum's going to be screaming at home. She's never seen me score for the first team.⟧"
Millbeck manager Gareth Sowerby was less forgiving of his defence. "⟦d:c|We switched off. Twice. At this level you get punished for that, and we did,⟧" he said, adding that Pryce had "⟦p:c|deserved to be the match-winner⟧".
Pryce himself was philosophical. "⟦d:d|A point away from home isn't the end of the world. It just feels like it right now.⟧"

### 002
@a Ingrid Aasheim | Chief executive
@b Halvorsen & Pike | the frozen-food maker based in Carrow
@c Rupert Lindqvist | an analyst at Calloway Securities
@d Sandra Okafor | FWU regional officer
@e - | A Halvorsen & Pike spokesperson
Halvorsen & Pike, the frozen-food maker based in Carrow, reported a 14% fall in half-year profit on Thursday, blaming higher energy costs and a price war among supermarket own-label brands.
Chief executive Ingrid Aasheim said the company had “⟦p:a|taken the pain early⟧” by closing its oldest plant, at Dunmere, in March. “⟦d:a|It was the hardest decision I’ve made here. But the alternative was to let the whole business drift,⟧” she told analysts on a call.
The company said in a statement that it expected “⟦p:b|a gradual recovery in margins⟧” in the second half and would hold its interim dividend at 4.2p.
Shares fell 6% in morning trading. Rupert Lindqvist, an analyst at Calloway Securities, said the guidance was “⟦p:c|brave at best⟧”. “⟦d:c|They are assuming energy prices stay where they are and that the supermarkets stop squeezing them. I wouldn’t bet on either,⟧” he said.
FWU regional officer Sandra Okafor said about 240 people had lost their jobs at Dunmere. “⟦d:d|These are families who gave this company thirty years. The least they deserve is honesty about what comes next,⟧” she said.
A Halvorsen & Pike spokesperson said most of the affected staff had been offered roles at the firm’s Carrow site. “⟦d:e|We have offered every colleague at Dunmere a job at Carrow, with help towards travel,⟧” the spokesperson said.

### 003
@a Nkechi Adeyemi-Rowe | -
@b Declan Foy | Her business partner
@c Funmi | her mother
At six in the morning the kitchen at Ember, on Calder Street, is silent except for the tick of the ovens warming up. Nkechi Adeyemi-Rowe is already there, sleeves rolled, tasting a stock she started the night before.
“⟦d:a|People imagine chefs shouting. I don’t shout. I taste,⟧” she says, handing over a spoon. “⟦d:a|Go on. Tell me what’s missing.⟧”
It is a test she sets everyone, from new commis chefs to restaurant critics. Most fail. Nkechi, 38, grew up above her parents’ shop in Larkfield, where her mother, Funmi, cooked for whoever happened to be in the back room.
“⟦d:a:m|My mother never measured anything. She would put her hand in the pot, literally, to feel the heat. I thought that was how everybody cooked.⟧
“⟦d:a:m|When I went to catering college I was horrified. Grams! Timers! I nearly left in the first week.⟧
“⟦d:a|What kept me there was a lecturer who said, ‘Learn the rules properly, then you can decide which ones to break.’ I’ve been breaking them ever since.⟧”
Ember opened in 2019 with 24 covers and, within a year, had a waiting list of four months. Her business partner, Declan Foy, who runs front of house, remembers the first night vividly. “⟦d:b|We had eleven people in and the extractor fan died,⟧” he says. “⟦d:b|Nkechi cooked the whole service with the back door open in November. Nobody noticed.⟧”
Not everything has gone smoothly. A second site, in the city’s old corn exchange, closed after 14 months. She is frank about why. “⟦d:a|I tried to be in two places at once, and I was good in neither. That’s on me.⟧”
Funmi, now 71, still comes in on Sundays. “⟦d:c|She lets me peel things,⟧” she says, laughing. “⟦d:c|That is my promotion.⟧”

### 004
@a Amara Osei | a consultant cardiologist who spent two years lobbying the hospital's board for funding
@b Lucy Penhaligon | Her colleague
@c Miriam Acheson | -
@d St Brennan's Hospital | the hospital
@e Paul Kinsella | Its director
A new clinic at St Brennan's Hospital in Wexmoor will offer same-day scans to people with suspected heart failure, in a pilot that doctors hope will cut emergency admissions by a fifth.
The clinic, which opens on Monday, is the idea of Dr Amara Osei, a consultant cardiologist who spent two years lobbying the hospital's board for funding.
"⟦d:a|At the moment a GP refers someone and they wait eight, ten, sometimes twelve weeks for an echocardiogram,⟧" Dr Osei said. "⟦d:a|Some of those patients end up in A&E before they ever see us. That's the gap we're trying to close.⟧"
Her colleague Dr Lucy Penhaligon, who will run the clinic day to day, said staff had already trained two extra sonographers. "⟦d:b|We're not pretending this is cheap,⟧" she said. "⟦d:b|But an admission costs far more than a scan.⟧"
Prof Miriam Acheson, who chairs the regional heart network and was not involved in the pilot, said the results would be watched closely. "⟦d:c|If the numbers hold up, I'd expect other trusts to copy it within a couple of years,⟧" she said.
She cautioned, however, that staffing remained "⟦p:c|the elephant in every room⟧".
The hospital said in a statement that the pilot would run for 18 months, was "⟦p:d|fully funded⟧" and would be independently evaluated by the University of Wexmoor.
Patients' group HeartVoice welcomed the scheme. Its director, Paul Kinsella, said: "⟦d:e|Anything that gets people a diagnosis faster is good news. The proof will be whether it survives the next budget round.⟧"

### 005
@a Élodie Marchetti-Favre | -
@b Tomás Ybarra | Co-author
@c Crop Protection Association | -
@d Gwen Aldous | an ecologist at Hartfield University who was not involved
Researchers at the University of Valmont have found that bumblebees exposed to low doses of a common fungicide forget the location of flowers within hours, a result they say could help explain falling numbers of wild pollinators.
The study, published in the journal Apidology Letters, tracked 600 bees fitted with tiny radio tags.
"⟦d:a|We expected some effect, but not this size,⟧" said Dr Élodie Marchetti-Favre, who led the work. "⟦d:a|Bees that had been exposed were visiting the same empty flowers again and again. It was like watching someone check an empty fridge.⟧"
Speaking to a French radio station later, she was blunter: «⟦d:a|On ne peut plus faire comme si de rien n'était.⟧» ("⟦d:a|We can no longer pretend nothing is happening.⟧")
Co-author Dr Tomás Ybarra said the team had deliberately used doses lower than those permitted on crops. "⟦d:b|That is what worries me,⟧" he said. "⟦d:b|We are not talking about accidents or misuse.⟧"
The Crop Protection Association, which represents manufacturers, said the findings came from laboratory conditions and "⟦p:c|do not reflect real-world exposure⟧". It added: "⟦d:c|Our products undergo some of the most rigorous testing of any chemicals in the world.⟧"
Prof Gwen Aldous, an ecologist at Hartfield University who was not involved, called the study "⟦p:d|careful and worrying⟧". "⟦d:d|It's one piece of the puzzle, but it's a piece that fits,⟧" she said.

### 006
@a Fionnuala Breen | the director
@b Meera Castellanos | -
@c Osman Darwish | The playwright
There is a moment, about forty minutes into ``⟦s:-|The Salt Road⟧'', when the whole of the Corran Playhouse seems to stop breathing. Meera Castellanos, playing a widow who refuses to leave her flooded farm, simply sits down in the mud and begins to sing.
It is an astonishing piece of stagecraft, and it was nearly cut. ``⟦d:a|We argued about that scene for a week,⟧'' said the director, Fionnuala Breen, when we met before the opening. ``⟦d:a|I thought it was too much. Meera said, 'Trust me.' She was right, which she will enjoy reading.⟧''
Castellanos, 29, trained as a folk singer before she ever acted. ``⟦d:b|I still think of myself as a singer who got lost,⟧'' she said. ``⟦d:b|Theatre found me. I didn't go looking.⟧''
The playwright, Osman Darwish, wrote the play after his family's village in the lowlands was evacuated in 2014. He describes it as ``⟦p:c|not about water, but about staying⟧''. ``⟦d:c|Everyone asks why the characters don't just leave,⟧'' he said. ``⟦d:c|Because leaving is also a kind of drowning. That's the whole play.⟧''
The production is not flawless. The second act sags, and a subplot involving a land surveyor feels bolted on. But Castellanos's performance alone is worth the ticket.
``⟦s:-|The Salt Road⟧'' runs until 14 June.

### 007
@a Adaeze Nwosu | Judge
@b Amelia Strand | -
@c Ros Tanaka | the hospice's chief executive
@d Mark Hollis | Detective Sergeant
A former finance director who took £1.3m from a children's hospice charity to fund a gambling habit has been jailed for five years and four months.
Graham Tolley, 56, of Aldercombe, pleaded guilty to fraud by abuse of position at Kingsreach Crown Court.
Over seven years he diverted money from the Little Lanterns Hospice Trust into accounts he controlled, disguising the transfers as payments to suppliers.
Sentencing him, Judge Adaeze Nwosu said: "⟦d:a|You were trusted completely by people who had every reason to trust you. You repaid that trust by stealing from dying children and their families. It is difficult to think of a meaner crime.⟧"
Amelia Strand KC, defending, said Tolley had been "⟦p:b|consumed by addiction⟧" and had since sought treatment. "⟦d:b|He does not ask for sympathy. He knows he deserves none,⟧" she told the court.
In a victim statement read to the court, the hospice's chief executive, Ros Tanaka, said staff had been "⟦p:c|devastated⟧" to learn of the theft. "⟦d:c|We had to pause our bereavement service for six months. Families who needed us were turned away,⟧" she wrote.
Detective Sergeant Mark Hollis of Kingsreach Police said outside court: "⟦d:d|Tolley hid behind a respectable job title. He is now where he belongs.⟧"

### 008
@a Barry Whitmore | Cllr
@b Joseph Nyambura | Cllr
@c Alan Crick | Resident
@d - | a spokesman
Plans to turn the disused Fenwick Street library into 30 flats have been approved despite objections from more than 400 residents.
Members of Oakhurst District Council’s planning committee voted six to three in favour on Tuesday evening, after a meeting that ran for almost four hours.
Cllr Barry Whitmore, who chairs the committee, said the building had been empty for six years and was “⟦p:a|falling apart in front of our eyes⟧”. “⟦d:a|Nobody has come forward with a better plan, and believe me, we looked,⟧” he said.
But Cllr Joseph Nyambura, who represents the Fenwick ward, said the decision was “⟦p:b|a betrayal⟧”. He told the meeting: “⟦d:b|My residents were promised a community space. They are getting luxury flats and a bin store.⟧”
Resident Alan Crick, 74, who used the library for more than 40 years, said he had “⟦p:c|cried like a baby⟧” when it closed. “⟦d:c|I learned to read there. My children learned to read there,⟧” he said after the vote. “⟦d:c|Now my grandchildren will learn to park there.⟧”
Developer Calder Homes said the scheme would include six affordable homes and that the building’s Victorian facade would be kept. “⟦d:d|We have listened carefully to the community throughout,⟧” a spokesman said.
Campaigners outside the town hall held placards reading “⟦s:-|Books not bricks⟧”.

### 009
@a Joaquim Pestana | a former shepherd who has walked every path in the valley
@b Inês | his granddaughter
@c Lieke de Vries | -
The road to Vale do Corvo ends, quite literally, at a café. Beyond it there is only a footpath, a river and the kind of silence you forget exists.
The café belongs to Joaquim Pestana, a former shepherd who has walked every path in the valley. When I set off too fast on our first morning, he calls after me: "⟦d:a|Devagar se vai ao longe.⟧"
"⟦d:a|Slowly, you go far,⟧" translates his granddaughter, Inês, who spends her summers helping at the café and her winters studying engineering in the city.
"⟦d:b|He says that to everyone,⟧" she adds. "⟦d:b|Tourists, the postman, the dog.⟧"
The longest route, a 19km loop to the abandoned hamlet of Pedralva, takes most of a day. Joaquim's brother used to farm there; now the houses are roofless and fig trees grow through the floors.
"⟦d:a|When I was a boy there were forty people here,⟧" Joaquim says, standing in what was once the school. "⟦d:a|Now there are lizards. The lizards are happy, at least.⟧"
Back at the café, Lieke de Vries and her husband, Maarten, are on their fourth visit from the Netherlands. "⟦d:c|We came once by accident and now we can't stop,⟧" Lieke says. "⟦d:c|It's the only place where my phone has no signal and I don't mind.⟧"
Getting there: the nearest station is at Santa Clara do Monte, 40 minutes away by taxi. Rooms above the café cost from €45 a night, breakfast included.

### 010
@a Tallyo | the budgeting app
@b Ravi Chandrasekhar | The company’s co-founder
@c - | one person familiar with the investigation
@d Hannah Vogt | a security researcher at Pellham University
Personal details of about 1.8 million customers of the budgeting app Tallyo may have been exposed in a cyber-attack, the company has said.
In an email to users on Friday, Tallyo said names, email addresses and “⟦p:a|partial transaction histories⟧” had been accessed, but that passwords and full card numbers were encrypted and “⟦p:a|not believed to be at risk⟧”.
“⟦d:a|We are deeply sorry. We know you trust us with sensitive information, and we have let you down,⟧” the email said.
The company’s co-founder, Ravi Chandrasekhar, posted on LinkedIn that he was “⟦p:b|personally ashamed⟧”. “⟦d:b|No excuses. We will publish a full account of what happened once the investigation allows,⟧” he wrote.
According to one person familiar with the investigation, the attackers gained access through a contractor’s account that lacked two-factor authentication. “⟦d:c|It was an old door nobody had locked,⟧” the person said.
The Information Rights Office confirmed it had been notified. Dr Hannah Vogt, a security researcher at Pellham University, said the case was “⟦p:d|depressingly familiar⟧”. “⟦d:d|Companies spend millions on the front door and leave a window open round the back. Contractor accounts are the window,⟧” she said.

### 011
@a Rhys Penhallow | fly-half
@b Ben Aitkenhead | Castlemore head coach
@c Tevita Fifita | Brightwater captain
@d Owen Prydderch | his coach
Castlemore 27 Brightwater 24
A late penalty from fly-half Rhys Penhallow settled a bruising derby at Kilnfield Park, where Brightwater had led for most of the second half.
Penhallow, who had missed two kicks earlier in the match, struck the winner from 40 metres with the last play of the game.
"⟦d:a|I'd had a shocker up to then, so I wasn't going to let that one go,⟧" the 23-year-old said. "⟦d:a|The boys had put in too much work for me to mess it up.⟧"
Castlemore head coach Ben Aitkenhead praised his side's resilience but admitted they had "⟦p:b|got away with one⟧". "⟦d:b|Brightwater were the better team for an hour. I'm not going to pretend otherwise,⟧" he said. "⟦d:b|But games aren't an hour long.⟧"
Brightwater captain Tevita Fifita was in no mood to be consoled. "⟦d:c|We had it. We had it and we gave it back,⟧" he said. "⟦d:c|That's on us, not the referee, not anyone else.⟧"
Asked whether the penalty decision was correct, his coach, Owen Prydderch, said: "⟦d:d|I've seen it once on a phone. Ask me on Monday.⟧"
Aitkenhead added that flanker Sione Vake would have a scan on his shoulder.

### 012
@a Margaret Lanyon | -
@b Carol Brixham | Her daughter
@c Jess | Her granddaughter
@d Dennis Polglaze | The coxswain that night
Margaret Lanyon, known to everyone as “⟦s:-|Peggy⟧”, who has died aged 94, ran the post office in the fishing village of Porthcarrow for 51 years, and for much of that time was the nearest thing it had to a newspaper, a bank and a marriage guidance service.
She took over the counter from her father in 1953 and handed it over only when her knees, as she put it, “⟦p:a|went on strike⟧”.
Her daughter, Carol Brixham, said her mother had known every family’s business but never repeated any of it. “⟦d:b|People told her things they wouldn’t tell the vicar. She took all of it to the grave, and I mean all of it. We’ve no idea,⟧” she said.
Her granddaughter Jess recalled summer afternoons sorting parcels. “⟦d:c|Gran paid me in Mint Imperials. I thought I was rich,⟧” she said. “⟦d:c|She used to say, ‘Never trust a man who licks his stamps.’ I still don’t know what that meant.⟧”
Peggy was made an honorary member of the lifeboat crew in 1988 after she kept the phone line open through a storm while a trawler went down off Gull Rock. The coxswain that night, Dennis Polglaze, now 80, said: “⟦d:d|She was our eyes. Every boat that came home that night came home partly because of her.⟧”
In 2004, when the postal service announced plans to close the branch, she wrote to its chief executive. Her letter, which the family still has, ended: “⟦d:a|I have been here longer than you have been alive, young man. I intend to stay.⟧” The branch stayed open for another decade.
She is survived by Carol, two grandchildren and three great-grandchildren. Her husband, Walter, died in 1999.

### 013
@a Sunniva Brekke | Novelist
@b Jonas | My editor
Novelist Sunniva Brekke's fourth book, "⟦s:-|The Glass Orchard⟧", is out this week. She spoke to us about ferries, failure and why she still writes longhand.
Q: Where did the book start?
A: With a ferry timetable, honestly. I found one from 1971 in a second-hand shop in Tromsvik, and someone had circled a single departure in red ink. I wanted to know why.
Q: You've said the first draft was "⟦p:a|a disaster⟧". How bad was it?
A: Four hundred pages and nothing happened in any of them. My editor, Jonas, read it and said, "⟦d:b|Lovely sentences. Where's the story?⟧" He was right.
Q: Why longhand?
A: Because I'm slow on paper, and slow is good for me. My daughter calls my notebooks "⟦s:-|the archive⟧". She's not being kind.
Q: What are you reading?
A: "⟦s:-|The Weight of Rivers⟧", by Akosua Mensah-Bright. I've given it to everyone I know.

### 014
@a National Weather Bureau | the bureau
@b Kofi Asamoah-Mills | Its chief meteorologist
@c Judith Haworth | Arable farmer
@d Neil Roper | Its president
@e Department for Rural Affairs | -
The wettest March since records began has left farmers across the Lessing Valley unable to plant spring crops, with some fields still under water three weeks after the last storm.
The National Weather Bureau said 212mm of rain had fallen at its Harnell station, more than three times the monthly average. "⟦d:a|This was not one extreme event but a relentless sequence of them,⟧" the bureau said.
Its chief meteorologist, Dr Kofi Asamoah-Mills, said the pattern was consistent with a warming climate. "⟦d:b|Warmer air holds more moisture. When it rains now, it really rains,⟧" he said.
Arable farmer Judith Haworth, who grows wheat and barley on 400 acres near Ellsby, said she had never seen anything like it. "⟦d:c|My father farmed here for fifty years and he's never seen it either. I asked him,⟧" she said. "⟦d:c|We're looking at the whole spring crop, basically. Gone.⟧"
The Farmers' Alliance said it had asked the government for emergency support. Its president, Neil Roper, said: "⟦d:d|Farmers can cope with a bad year. What they can't cope with is three in a row and a bank manager who's run out of patience.⟧"
The Department for Rural Affairs said it was "⟦p:e|monitoring the situation closely⟧" and that existing hardship schemes remained open.

### 015
@a Lotte van der Berg | -
@b Chiara Benedetti | the top seed
@c Pieter Wolters | Her coach
Lotte van der Berg saved three match points before beating the top seed, Chiara Benedetti, 4-6 7-6 (9) 6-3 to reach the final of the Rosemont Open.
The 21-year-old Dutch qualifier, ranked 142nd in the world, had never beaten a top-20 player before this week.
“⟦d:a|At 5-3 down in the second I was already thinking about my flight home,⟧” van der Berg said. “⟦d:a|Then she missed an easy forehand and I thought, OK, maybe not yet.⟧”
Benedetti, who had won their only previous meeting in straight sets, blamed herself. “⟦d:b|I played not to lose instead of playing to win. She punished me for it, and she deserved to,⟧” the Italian said.
She added in Italian: “⟦d:b|Non è la fine del mondo.⟧” (“⟦d:b|It is not the end of the world.⟧”)
Van der Berg will face either Hana Kovářová or the 2019 champion, Meseret Alemu, in Sunday’s final. Her coach, Pieter Wolters, said she would “⟦p:c|sleep, eat pasta and not look at her phone⟧”.
“⟦d:c|She has nothing to lose. That makes her dangerous,⟧” he said.

### 016
@a Elias Mordaunt | -
@b Rosalind | a retired headteacher
@c Tunde Bakare | the band’s bassist for almost twenty years
Elias Mordaunt plays the piano the way other people breathe: without appearing to think about it, and without stopping for long. At 78, he still practises four hours a day in the front room of a terraced house on Southwold Road, the windows open so the neighbours can, as he puts it, “⟦p:a|get their money’s worth⟧”.
He has released 31 albums, won nothing he considers important, and has no plans to retire. “⟦d:a|Retire to what?⟧” he asks. “⟦d:a|This is the thing I do. If I stopped, I’d just be an old man sitting in a chair. I’m already that, but at least the chair is next to a piano.⟧”
Mordaunt grew up in Kesterby, the son of a bus driver and a church organist. It was his mother who taught him, sternly, and his father who took him to hear the big bands that came through the town’s dance hall on Saturday nights.
“⟦d:a:m|My mother wanted me to play Bach and nothing else. My father would sneak me out to hear these American records, and I would come home and try to play them, badly, and she would shout from the kitchen, ‘That is not music!’⟧
“⟦d:a:m|So I learned to play very quietly. That’s my whole style, really. It comes from not wanting to be caught.⟧
“⟦d:a|She came round eventually. The first time she heard me play in a club, she sat at the front with her handbag on her knees and didn’t clap once. Afterwards she said I’d rushed the second chorus. She was right.⟧”
His wife of 41 years, Rosalind, a retired headteacher, is both his fiercest critic and his manager. “⟦d:b|He is hopeless with money, hopeless with diaries and hopeless with the telephone,⟧” she says. “⟦d:b|He is very good at the piano. It’s a fair trade, most days.⟧”
Tunde Bakare, the band’s bassist for almost twenty years, says playing with Mordaunt is “⟦p:c|like walking a large dog that knows the way better than you⟧”. “⟦d:c|You don’t lead Elias. You follow, and you try not to trip,⟧” he says.
The new album, “⟦s:-|Late Light⟧”, recorded in a single afternoon, is out on Friday. Asked what he hopes listeners will take from it, Mordaunt shrugs. “⟦d:a|Twelve tunes and a cough. You can hear the cough on track six. I left it in.⟧”

### 017
@a Merrow Building Society | -
@b - | one person briefed on the talks
@c Bethan Llewelyn-Hughes | Glasfryn chief executive
@d Stuart Abernethy | Merrow's chief executive
@e Ffion Rees | a senior analyst at the ratings agency Corbel
@f Gwyn Probert | -
Merrow Building Society has confirmed it is in talks to merge with its smaller rival Glasfryn, in a deal that would create the fourth-largest mutual lender in the country.
In a brief statement on Wednesday, Merrow said the discussions were at "⟦p:a|an early stage⟧" and that "⟦p:a|there can be no certainty that any transaction will take place⟧".
A combined society would keep both brands for at least three years, according to people briefed on the talks. "⟦d:b|Nobody wants to be the one who closes the branches in the valleys,⟧" one person briefed on the talks said.
Glasfryn chief executive Bethan Llewelyn-Hughes said: "⟦d:c|Our members have always come first and they will come first in this process too. We will not recommend anything to them that we don't believe is in their interest.⟧"
Merrow's chief executive, Stuart Abernethy, was more expansive. "⟦d:d|Scale matters in this industry now in a way it didn't ten years ago,⟧" he said. "⟦d:d|The cost of technology, the cost of regulation, the cost of keeping people safe from fraud: all of it falls harder on smaller societies.⟧"
Ffion Rees, a senior analyst at the ratings agency Corbel, said the logic was "⟦p:e|obvious⟧". "⟦d:e|Glasfryn has deposits and no appetite for spending. Merrow has the systems. It's a marriage of convenience, but then most good marriages are,⟧" she said.
Members of both societies would have to approve any deal in a vote. Gwyn Probert, 81, who has saved with Glasfryn since 1962, said he would be "⟦p:f|reading the small print with a magnifying glass⟧".

### 018
@a Joe Fairweather | the 34-year-old
@b Priya Ramanathan | The Tarn Valley captain
@c Hamish Dunleavy | Ashcombe's director of cricket
Joe Fairweather's unbeaten 97 saved Tarn Valley on the final day at Riverside Park, where Ashcombe had scented a first championship win of the season.
Fairweather came in at 41 for three with more than two sessions to survive and batted for almost five hours.
``⟦d:a|I've never been so bored in my life, and I mean that as a compliment to myself,⟧'' the 34-year-old said. ``⟦d:a|The plan was to leave everything I could and block the rest. Not very pretty. Job done.⟧''
Asked whether he had been tempted to go for his hundred in the final over, he laughed. ``⟦d:a|Tempted? Yes. Allowed? No. The captain would have killed me.⟧''
The Tarn Valley captain, Priya Ramanathan, said the innings was ``⟦p:b|the best I've seen from him⟧''. ``⟦d:b|People will look at the scorecard and think it was a dull draw. They won't have seen what it took,⟧'' she said.
Ashcombe's director of cricket, Hamish Dunleavy, rued two dropped catches on the third evening. ``⟦d:c|We had our chances, and you can't drop a player like Joe twice,⟧'' he said. ``⟦d:c|Well, you can. We did. But you shouldn't.⟧''

### 019
@a Harbour Medical Practice | -
@b Moira Galbraith | -
@c Sheena Baird | Her neighbour
@d Callum Reid | The remaining GP
@e - | A spokeswoman for Westfirth Health Board
Patients in Ardcullen have been told they face waits of up to five weeks for a routine appointment after two of the village’s three GPs left within a month.
The Harbour Medical Practice, which serves about 7,400 people, wrote to patients last week warning of “⟦p:a|significant disruption⟧” until replacements could be found.
“⟦d:a|We know this is not the service you expect or deserve, and we are sorry,⟧” the letter said. “⟦d:a|Our remaining team is working extremely hard.⟧”
Outside the surgery on Thursday, the queue for the pharmacy stretched round the corner. Moira Galbraith, 68, who has a heart condition, said she had rung 43 times one morning before getting through.
“⟦d:b|Forty-three. I counted,⟧” she said. “⟦d:b|And then they told me there was nothing for three weeks and to phone 111 if I got worse. I said, ‘How much worse?’⟧”
Her neighbour, Sheena Baird, said younger families were thinking of registering in the town, 20 miles away. “⟦d:c|If you haven’t got a car, you’re stuck,⟧” she said.
The remaining GP, Dr Callum Reid, declined to be interviewed but said in a short statement that he was “⟦p:d|grateful for patients’ patience and kindness⟧”.
A spokeswoman for Westfirth Health Board said it was “⟦p:e|actively supporting⟧” the practice and had advertised both posts. “⟦d:e|Rural recruitment is a challenge across the country, not just in Ardcullen,⟧” she said.

### 020
@a Zainab Haddad | a former maintenance engineer at a tyre plant
@b Ollie Kestrel | her university friend
@c Camille Oduya | Harbour Ventures partner
Loomwise, a start-up that uses machine learning to predict when factory machines will break down, has raised £22m from investors led by Harbour Ventures.
The company was founded in 2020 by Zainab Haddad, a former maintenance engineer at a tyre plant, and her university friend Ollie Kestrel. It says its software already monitors more than 9,000 machines in 14 countries.
Haddad, 33, describes the idea as “⟦p:a|embarrassingly simple⟧”.
“⟦d:a:m|I spent four years being woken up at 3am because a machine had died. Every single time, when we looked back at the data, it had been telling us for days. Vibration, temperature, a little change in the sound. Nobody was listening.⟧
“⟦d:a|So that’s all we do. We listen. The clever part is knowing which noises matter and which ones are just a machine being a machine.⟧”
Kestrel, who runs the technical side, said the new money would go on hiring. “⟦d:b|We are forty people now. By the end of next year we want to be a hundred and twenty, and most of them engineers,⟧” he said.
Harbour Ventures partner Camille Oduya said she had been “⟦p:c|sceptical⟧” when she first met the pair. “⟦d:c|Everybody says they do predictive maintenance. Then Zainab opened a laptop and showed us a real plant, in real time, and a pump that was going to fail on Tuesday. It failed on Tuesday,⟧” she said.
Loomwise is not yet profitable. Haddad said that was “⟦p:a|a choice, not a problem⟧”.

### 021
@a Kathryn Mallory | headteacher
@b Dominic Hale | the council's cabinet member for education
@c Lauren Pike | -
@d Sam Oyelaran | Another parent
Parents have launched a campaign to save Whinmoor Edge Primary School after the county council proposed closing it at the end of next year.
In a letter sent home on Monday, headteacher Kathryn Mallory wrote that the proposal was "⟦p:a|not one the school has sought⟧". "⟦d:a|I want to reassure every family that your children's education will not suffer, whatever happens,⟧" she wrote.
The council says falling birth rates mean the school, which has 61 pupils in a building designed for 210, costs almost twice as much per child as the county average.
"⟦d:b|We cannot keep paying to heat empty classrooms when schools elsewhere are short of teachers,⟧" said Cllr Dominic Hale, the council's cabinet member for education. "⟦d:b|This is about fairness to every child in the county.⟧"
About 80 parents and children gathered outside the school gates on Wednesday, chanting "⟦s:-|Save our school⟧".
Lauren Pike, whose two sons attend the school, said the nearest alternative was a seven-mile bus ride away. "⟦d:c|My youngest is four. Four! He's going to spend an hour a day on a bus on country lanes in the winter,⟧" she said.
Another parent, Sam Oyelaran, said the campaign would fight "⟦p:d|every step of the way⟧". "⟦d:d|They think small villages don't vote. We do,⟧" he said.
A public consultation runs until 30 November.

### 022
@a Inmaculada Rojas Beltrán | -
@b Harriet Osgood | The gallery’s senior curator
The first thing you notice in “⟦s:-|Tierra Prestada⟧”, Inmaculada Rojas Beltrán’s exhibition at the Vennick Gallery, is the smell: damp clay, straw and something faintly sweet, like apples left too long in a bowl.
Rojas Beltrán, 52, builds enormous vessels from soil dug on the sites of abandoned farms in the hills where she grew up. Each one is left unfired, so that over the three months of the show they will slowly crack.
“⟦d:a|Quiero que se rompan,⟧” she told me through an interpreter, running a finger along a hairline fracture. “⟦d:a|I want them to break. That is the work. If you come back in June, you will see a different exhibition.⟧”
She is unbothered by the prospect of visitors touching them. “⟦d:a|Touch, of course. The earth was touched for centuries by the people who worked it. Why should it stop now?⟧”
The gallery’s senior curator, Harriet Osgood, admits the conversations with the insurers were “⟦p:b|interesting⟧”. “⟦d:b|Our insurers are used to objects that we promise will never change. Here we had to explain that the whole point is that they will,⟧” she said.
Not every piece works. A room of smaller bowls feels like a sketchbook that wandered into the wrong building. But the central installation, nine vessels arranged in a loose circle like people at a wake, is unforgettable.
“⟦s:-|Tierra Prestada⟧” is at the Vennick Gallery until 2 June.

### 023
@a Anneke ter Horst | -
@b Len Parfitt | a retired postman
@c Felicity Garside | The landowner
Archaeologists excavating a field near Callow Brook have uncovered what they believe is the largest Bronze Age timber hall yet found in the region.
The building, about 30 metres long, was traced through the dark stains left by more than 200 decayed oak posts.
Dr Anneke ter Horst, who is leading the dig for the Ridings Archaeological Trust, said the find was "⟦p:a|completely unexpected⟧". "⟦d:a|We came here looking for a ditch. We found a village hall from 3,000 years ago,⟧" she said. "⟦d:a|I had to sit down.⟧"
Ter Horst said radiocarbon dates from charred grain in one of the post holes suggested the hall was built around 1400 BC and burned down within a generation.
"⟦d:a|Whether the fire was an accident or something more deliberate, we honestly don't know yet,⟧" she added.
Volunteer digger Len Parfitt, a retired postman, found the first post hole on his second day. "⟦d:b|I thought it was a rabbit burrow. Anneke told me it was the most important rabbit burrow in the county,⟧" he said.
The landowner, Felicity Garside, has agreed to delay ploughing until the excavation is complete. "⟦d:c|Three thousand years it's been sitting under my barley. It can have one more summer,⟧" she said.

### 024
@a Harriet Voss | a Democrat from Pine Hollow
@b Curtis Hanley | The bill's sponsor
@c Lupe Carrasco | The irrigation district's general manager
@d - | A spokesman for Gov. Raymond Teague
State Sen. Harriet Voss said Tuesday she would block a bill that would let the Coldwater Irrigation District sell water rights to out-of-state buyers, calling it "⟦p:a|a giveaway dressed up as reform⟧".
"⟦d:a|Every drop that leaves this valley is a drop our farmers and our kids don't get back,⟧" Voss, a Democrat from Pine Hollow, told reporters at the Capitol. "⟦d:a|I'm not going to let it through my committee. Period.⟧"
The bill's sponsor, Republican Sen. Curtis Hanley, said the measure would bring "⟦p:b|badly needed investment⟧" to rural districts. "⟦d:b|Senator Voss wants to protect a system that's been failing farmers for thirty years,⟧" he said in a statement.
The irrigation district's general manager, Lupe Carrasco, said the district had "⟦p:c|no intention⟧" of selling to outside buyers. "⟦d:c|This gives us flexibility. That's all,⟧" she said.
A spokesman for Gov. Raymond Teague said the governor had not taken a position on the bill. "⟦d:d|We're watching it closely,⟧" the spokesman said.

### 025
@a Almaz Tesfaye | the 26-year-old
@b Tigist Bekele | her training partner
@c Gareth Pugh | local runner
@d Siân Powell | Race director
Almaz Tesfaye won the Harbourside Marathon in a course record of 2:19:41 on Sunday, more than two minutes ahead of her training partner, Tigist Bekele.
Speaking through an interpreter, the 26-year-old said she had decided to go alone at 30km. “⟦d:a|My coach told me to wait until 35. I did not wait. I am sorry to him,⟧” she said, laughing.
Bekele, who finished second, said the pace had been “⟦p:b|crazy⟧” from the start. “⟦d:b|After halfway I was only thinking of finishing. Almaz was thinking of winning. That is the difference today,⟧” she said.
In the men’s race, local runner Gareth Pugh finished ninth, the best result by a home athlete in a decade. “⟦d:c|My legs went at 38k and my brain went at 40k. The crowd carried me the last bit,⟧” the 31-year-old teacher said.
Race director Siân Powell said a record 14,200 runners had finished. “⟦d:d|The weather was kind, the runners were brilliant, and we only ran out of bananas once,⟧” she said.

### 026
@a Angus Macrae | the harbourmaster
@b Kirsty Bell | landlady
@c Fraser | Her brother
The ferry to Inchmurran leaves twice a day in summer and, as the harbourmaster cheerfully admits, ``⟦p:a|more or less whenever it feels like it⟧'' in winter.
Angus Macrae has run the tiny harbour for 22 years. ``⟦d:a|People come off the boat and they look at their phones and they look at me, and I say, you'll get used to it,⟧'' he says. ``⟦d:a|By the third day they've stopped looking at their phones. By the fifth they don't want to leave.⟧''
The island has 140 residents, one shop, one pub and a beach of white shell sand that would be famous if it were anywhere easier to reach.
At the pub, the Anchor, landlady Kirsty Bell serves crab sandwiches the size of a paperback. ``⟦d:b|The crab was in the sea this morning. I'm not being poetic, I watched my brother pull it out,⟧'' she says.
Her brother, Fraser, is less romantic about island life. ``⟦d:c|It's a great place to visit. Try it in February with the power off for three days,⟧'' he says, before adding with a grin: ``⟦d:c|I'd not live anywhere else, mind.⟧''
Getting there: the ferry leaves Portnahaven pier at 9am and 4pm from April to October. Booking is essential for cars.

### 027
@a Dele Hartley | Chief Inspector
@b Peter Langley | Her son
@c - | A neighbour who did not want to be named
Police have arrested two men after a series of burglaries targeting elderly people in the Hartside area of Brackenford.
Chief Inspector Dele Hartley said officers had linked 17 break-ins over six weeks, most of them at night and most at homes where the occupant lived alone.
"⟦d:a|These were calculated, cowardly crimes. The people responsible chose their victims because they thought they would be easy,⟧" he said. "⟦d:a|They were wrong.⟧"
The men, aged 24 and 31, were arrested at an address in Mill Lane on Friday and remain in custody.
One victim, an 88-year-old widow, woke to find a man standing at the foot of her bed. Her son, Peter Langley, said she had not slept in the house since. "⟦d:b|She's staying with us now. She keeps saying she's fine. She isn't,⟧" he said.
A neighbour who did not want to be named said residents had been "⟦p:c|living on their nerves⟧". "⟦d:c|People have been checking each other's doors at night. It's not what you expect round here,⟧" she said.
Brackenford Police said anyone with information should call 101.

### 028
@a Hannah Okonjo-Tait | -
@b Ruth | her younger sister
@c Grace | Their mother
Every morning at four, Hannah Okonjo-Tait and her younger sister, Ruth, unlock the back door of a bakery on Quayside Lane and begin, almost immediately, to argue.
“⟦d:a|You’ve put the oven on too early again,⟧” says Hannah.
“⟦d:b|I’ve put it on at exactly the right time,⟧” says Ruth, not looking up from the dough. “⟦d:b|You just like saying that.⟧”
“⟦d:a|I like being right.⟧”
“⟦d:b|Then you’ll have to find another hobby.⟧”
This has been going on, by their own account, for 36 years, the last nine of them at Rise, the bakery they opened with their redundancy money after the biscuit factory on Corbridge Road shut down.
“⟦d:a|We both worked on the line there, different shifts,⟧” Hannah says. “⟦d:a:m|When it closed we had a choice: go and sit in another factory or do something daft.⟧
“⟦d:a|We did something daft.⟧”
Rise now sells about 1,500 loaves a week and supplies three restaurants. Ruth handles the bread; Hannah, who trained as an accountant at night school, handles the money and the customers.
“⟦d:b|She’s better with people,⟧” Ruth admits. “⟦d:b|I’d rather talk to yeast. Yeast doesn’t want a receipt.⟧”
Their mother, Grace, 79, still helps on Saturdays. Asked which of her daughters is the better baker, she thinks for a long time. “⟦d:c|They are both very good at arguing,⟧” she says finally.

### 029
@a Booksellers' Guild | the guild
@b Noor Siddiqui | -
@c Marcus Bell-Aird | Its chief executive
@d Toby Lennart | -
The Booksellers' Guild has written to the country's largest publishers urging them to end discounts that it says favour online retailers over high-street shops.
In the letter, signed by more than 300 independent booksellers, the guild says smaller shops are "⟦p:a|subsidising the convenience of others⟧". "⟦d:a|We are not asking for special treatment. We are asking for the same terms,⟧" it says.
Noor Siddiqui, who runs Chapter & Verse in Eastleigh Market, said she paid more for some titles from a wholesaler than customers paid online. "⟦d:b|I had a man come in last week, take a photo of a book and order it on his phone while standing at my till,⟧" she said. "⟦d:b|He said, 'No offence.' I said, 'Some taken.'⟧"
The Publishers' Council said terms were a matter for individual publishers. Its chief executive, Marcus Bell-Aird, said: "⟦d:c|Every publisher I speak to values independent bookshops enormously. They are where readers discover new authors.⟧"
But Toby Lennart, who has run Lennart's Books in Fallowfield for 31 years, said warm words were not enough. "⟦d:d|Everyone loves us. Nobody pays for us. That's the problem in one sentence,⟧" he said.

### 030
@a Ngozi Ibekwe | -
@b - | The researchers
@c Mia | One participant
@d Sanjay Mehrotra | a paediatrician who was not involved
Teenagers who put their phones in another room at night slept on average 41 minutes longer within a month, according to a trial involving 1,100 pupils at 19 schools.
The study, led by Prof Ngozi Ibekwe of Thamesmouth University, is published in the journal Sleep and Youth.
“⟦d:a|We were surprised how quickly it worked. Within a week most of them were falling asleep earlier, and they told us they could feel the difference,⟧” Prof Ibekwe said.
The researchers wrote that the effect was “⟦p:b|comparable to that of many sleep medications⟧”, without the side effects.
One participant, 15-year-old Mia, said the first few nights had been “⟦p:c|horrible⟧”. “⟦d:c|I kept thinking I was missing something. Then I realised I was just missing sleep,⟧” she said.
Dr Sanjay Mehrotra, a paediatrician who was not involved, said the study was “⟦p:d|well designed⟧” but warned that pupils who volunteered might be more motivated than most. “⟦d:d|The hard part is not the first month. It’s the second year,⟧” he said.

### 031
@a Shauna Kilbride | -
@b Aoife Brennan-Walsh | a nurse at the county hospital
@c Deborah Mwangi | Her strike partner
On a wet Tuesday night in Dunmore Park, twenty-two women are running shuttle sprints under floodlights that flicker every time a bus goes past. Most of them have done a full day's work. Some have put children to bed first.
This is Dunmore Ladies FC, founded eleven years ago by Shauna Kilbride with a notice in a launderette window and, as she remembers it, "⟦p:a|four women, one ball and a lot of swearing⟧".
"⟦d:a|Nobody thought it would last a season,⟧" Kilbride says, arms folded against the cold. "⟦d:a|The men's club wouldn't let us use the changing rooms for the first two years. We got changed in a minibus.⟧"
Now the club has three teams, a waiting list and, since last month, a place in the regional premier division for the first time.
Captain Aoife Brennan-Walsh, 27, a nurse at the county hospital, scored the goal that won promotion. She still can't watch it back. "⟦d:b|I know it goes in. I don't need to see my face,⟧" she says.
Her strike partner, Deborah Mwangi, known to everyone as "⟦s:-|Debs⟧", is less shy. "⟦d:c|I've watched it about four hundred times. I've watched my celebration more than the goal,⟧" she says, grinning. "⟦d:c|Aoife hates that.⟧"
Kilbride says the biggest change is who turns up on the touchline. "⟦d:a:m|When we started, it was boyfriends, maybe, if they'd lost a bet.⟧
"⟦d:a|Now it's little girls in our shirts. Dozens of them. That's the bit that gets me, honestly. I was never allowed to play when I was their age.⟧"

### 032
@a Dervla Quinn | Its general secretary
@b SkyMerra | the low-cost airline
@c - | one senior manager
@d Kemal Aydın | -
@e Lindsay Harker | Travel consumer expert
Cabin crew at SkyMerra, the low-cost airline, will strike for four days over the Easter holidays after talks over pay broke down, their union has said.
The Aviation Staff Union said 86% of members who voted backed the walkout, on a turnout of 71%. Its general secretary, Dervla Quinn, said crew had been “⟦p:a|pushed to the limit⟧”. “⟦d:a|Our members are not greedy. They are exhausted, and they are paid less than they were five years ago once you account for prices,⟧” she said.
SkyMerra said it was “⟦p:b|extremely disappointed⟧” and accused the union of “⟦p:b|holding families’ holidays to ransom⟧”. “⟦d:b|We have made a fair offer of 7% over two years, and we urge the union to put it to members,⟧” the airline said in a statement.
According to one senior manager, the company is preparing to hire crew from an agency to cover some flights. “⟦d:c|We will fly as much of the schedule as we can,⟧” the manager said.
Passengers at Harnell airport on Friday were anxious. Kemal Aydın, who has booked a trip to see his parents with his wife and three children, said he had been told nothing. “⟦d:d|I’ve paid £1,400. If it’s cancelled, who pays for the hotel we’ve booked? Nobody will answer,⟧” he said.
Travel consumer expert Lindsay Harker said passengers whose flights were cancelled were entitled to a refund or rebooking. “⟦d:e|Don’t accept a voucher unless you actually want one,⟧” she advised.

### 033
@a Voltaro | one of the country's best-selling electric bike brands
@b Colm Devereux | a cycling instructor in Kilcreevy
@c Office for Product Safety | -
@d Aled Morgan-Thomas | Station Manager
Voltaro, one of the country's best-selling electric bike brands, has recalled 38,000 batteries after reports of three fires.
The company said the affected batteries, sold between March 2022 and August 2023, could "⟦p:a|in rare circumstances overheat while charging⟧".
"⟦d:a|Safety comes before everything else. We are asking every owner to stop charging the affected battery immediately and contact us for a free replacement,⟧" Voltaro said.
One of the fires destroyed the garage of Colm Devereux, a cycling instructor in Kilcreevy. "⟦d:b|I heard a bang like a firework and then the smell. By the time I got the door open the whole back wall was gone,⟧" he said. "⟦d:b|If it had been charging in the hall, I don't like to think about it.⟧"
The Office for Product Safety said it had been "⟦p:c|working closely⟧" with Voltaro on the recall.
Station Manager Aled Morgan-Thomas of Kilcreevy Fire and Rescue said: "⟦d:d|Never charge an e-bike battery overnight or while you're out, and never in the only route out of your home.⟧"

### 034
@a Maeve Corrigan | a retired music teacher
@b Stanley Ferris | -
@c Joan | his wife
@d Ilse Brandt | a music therapist at Ravensworth University who has studied the choir
On Thursday afternoons the function room of the Crown and Anchor fills with the sound of forty people singing “⟦s:-|Daydream Believer⟧”, slightly out of time and entirely out of tune, and nobody minds in the least.
The Forget-Me-Notes, a choir for people living with dementia and those who care for them, was set up four years ago by Maeve Corrigan, a retired music teacher.
“⟦d:a|I’d read that music is one of the last things to go. I wanted to see if it was true,⟧” she says. “⟦d:a|It is. I’ve watched people who can’t tell you what day it is sing every word of a song from 1968.⟧”
Stanley Ferris, 84, was diagnosed with Alzheimer’s disease three years ago. He sits in the front row, next to his wife, Joan, and conducts with a biscuit.
“⟦d:b|I don’t remember what I had for breakfast,⟧” he says cheerfully. “⟦d:b|But I know all the words to this one. Don’t I, love?⟧”
“⟦d:c|You do,⟧” says Joan. Later, while Stanley is busy at the tea urn, she is more candid. “⟦d:c|Some weeks this is the only two hours when I get my husband back. I’d walk here over broken glass.⟧”
Dr Ilse Brandt, a music therapist at Ravensworth University who has studied the choir, said singing appeared to reduce agitation for several hours afterwards. “⟦d:d|We don’t fully understand why. Rhythm, memory, being with other people, probably all of those,⟧” she said.
Corrigan puts the choir’s needs simply: “⟦d:a|We need a bigger room and a better piano. The singing we have covered.⟧”

### 035
@a Tom Ellery | -
@b R. J. Okonkwo-Hale | curator of meteorites at the National Museum of Natural Science
@c National Museum of Natural Science | The museum
A farmer in the Merrin Hills has found what scientists say is a 4.5-billion-year-old meteorite in a sheep field, weeks after a fireball was seen across three counties.
Tom Ellery, 59, spotted the blackened stone, about the size of a cricket ball, while checking his lambs. "⟦d:a|It was sitting on the grass looking like it didn't belong. Everything else in that field I know,⟧" he said. "⟦d:a|I nearly kicked it.⟧"
Dr R. J. Okonkwo-Hale, curator of meteorites at the National Museum of Natural Science, confirmed the find on Friday.
"⟦d:b|This is a carbonaceous chondrite, which is among the rarest and most scientifically valuable types. It's essentially a time capsule from the birth of the solar system,⟧" Dr Okonkwo-Hale said.
The museum said it hoped to put the stone on public display "⟦p:c|as soon as the science allows⟧".
Ellery said he had been offered "⟦p:a|silly money⟧" by private collectors but intended to let the museum have it. "⟦d:a|It fell on my farm. It belongs to everybody, really. Besides, my wife says it's not going on the mantelpiece,⟧" he said.

### 036
@a Capucine Delaunay-Roux | -
@b Yannick Brochet | The drummer
@c - | One fan who had travelled from the coast
Capucine Delaunay-Roux does not so much walk on stage as drift on, barefoot, holding a cup of tea. For the next ninety minutes at the Albany Rooms she barely raises her voice, and 1,200 people barely breathe.
Her band, Les Cerfs-Volants, have become an unlikely word-of-mouth success with songs sung almost entirely in French. Their second album, «⟦s:-|Marée Basse⟧», entered the charts at number seven.
«⟦d:a|People tell me they don't understand a single word and they cry anyway,⟧» she said backstage afterwards. «⟦d:a|I think that is the best review I can have.⟧»
Between songs she chats to the crowd in a mix of both languages. «⟦d:a|Celle-ci parle de mon grand-père,⟧» she said before the encore, then, smiling: «⟦d:a|This one is about my grandfather. He was a fisherman and a very bad singer.⟧»
The drummer, Yannick Brochet, said the band were still «⟦p:b|a bit shocked⟧» by the reception outside France. «⟦d:b|At home we play to two hundred people in bars. Here it is theatres. Nobody can explain it, so we just say thank you,⟧» he said.
One fan who had travelled from the coast summed it up: «⟦d:c|I've got no idea what she's singing about and I've listened to it every day for a year.⟧»

### 037
@a Moorline Buses | the company
@b Dorothy Hamill | Pensioner
@c Keith Abara | The driver on the route for the past 12 years
@d Harwick County Council | -
@e - | a council spokesperson
The only bus serving Ashwick Green and four neighbouring villages will stop running at the end of the month, after the operator said it could no longer make the route pay.
Moorline Buses said passenger numbers on the 47 had fallen by more than half since 2019. "⟦d:a|We have kept this service going at a loss for three years. We cannot do so indefinitely,⟧" the company said.
Pensioner Dorothy Hamill, 81, who uses the bus to get to her hospital appointments, said she would have to rely on neighbours. "⟦d:b|I don't drive, I never have. Taxis to the hospital are thirty pounds each way. On my pension, that's not a choice, that's a fantasy,⟧" she said.
The driver on the route for the past 12 years, Keith Abara, wrote on Facebook that he was "⟦p:c|gutted⟧" for his regular passengers. "⟦d:c|Some of these people I see more than my own family. Mrs H on a Tuesday, the twins on a Friday. I'll miss them all,⟧" he posted.
Harwick County Council, which stopped subsidising the route last year, said it was looking at a "⟦p:d|demand-responsive⟧" minibus service as an alternative. "⟦d:e|We know how important this route is to people,⟧" a council spokesperson said.

### 038
@a Jaden Okoro-Smith | -
@b Dennis Oyewole | His trainer
@c Luca Ferraro | the champion
@d Sadie Lomax | Promoter
Jaden Okoro-Smith won the national lightweight title with a ninth-round stoppage of the champion, Luca Ferraro, at the Brennick Arena on Saturday night.
The 24-year-old from Castlegate put Ferraro down twice before referee Mick Dunne waved it off.
“⟦d:a|I dreamed about this since I was eight years old, in my nan’s front room, with cushions for gloves,⟧” Okoro-Smith said in the ring, still breathing hard. “⟦d:a|Nan, this is yours.⟧”
His trainer, Dennis Oyewole, said the plan had been to “⟦p:b|break him down to the body and wait⟧”. “⟦d:b|Luca’s a proper champion, hard as nails. You don’t knock him out early. You take his legs and then you take his belt,⟧” he said.
Ferraro, 33, was gracious in defeat. “⟦d:c|The better man won tonight. No excuses,⟧” he said, before hinting at retirement: “⟦d:c|I’ve got two kids and a bad hand. I’ll have a think.⟧”
Promoter Sadie Lomax said a rematch was “⟦p:d|not off the table⟧”.

### 039
@a Rachel Amankwah | Employment Judge
@b Dariusz Kowalczyk | -
@c Owain Vaughan | His representative
@d Brindle Logistics | -
A warehouse worker who was sacked after complaining about temperatures of 34C on the shop floor was unfairly dismissed, an employment tribunal has ruled.
Dariusz Kowalczyk, 41, worked for Brindle Logistics at its distribution centre in Netherby for six years before he was dismissed in August 2023, days after he emailed managers about conditions during a heatwave.
Employment Judge Rachel Amankwah said in her judgment that the company's explanation for the dismissal was "⟦p:a|not credible⟧". "⟦d:a|The timing speaks for itself. I find that the reason, or principal reason, for the claimant's dismissal was that he had raised concerns about health and safety,⟧" she wrote.
Kowalczyk, speaking through his union, said he felt "⟦p:b|vindicated⟧". "⟦d:b|I only asked for fans and water. For that I lost my job. I hope now other workers will not be afraid to speak,⟧" he said.
His representative, Owain Vaughan of the Warehouse and Distribution Union, said: "⟦d:c|This judgment sends a clear message that workers cannot be punished for asking to be kept safe.⟧"
Brindle Logistics said it was "⟦p:d|disappointed⟧" with the decision and was considering an appeal.
Compensation will be decided at a later hearing.

### 040
@a Friederike Haas | -
@b Klaus Obermeyer | a retired dentist
@c Yusuf Demirtaş | chef
The city of Oberwald has a reputation as the sensible sibling among the river towns: tidy, prosperous, a little dull. Spend a weekend there and you start to suspect the reputation is a disguise.
"⟦d:a|Everybody thinks we go to bed at nine,⟧" says Friederike Haas, who runs walking tours of the old town. "⟦d:a|We do. But we get up at five to swim in the river, which is much more interesting.⟧"
She is not joking. At dawn on a Saturday in July, the Kaiserufer is crowded with swimmers of every age, floating downstream a kilometre or so before clambering out and walking back in their dressing gowns.
"⟦d:b|Das ist unsere Therapie,⟧" says a retired dentist, Klaus Obermeyer, wringing out his hair. "⟦d:b|That is our therapy. Cheaper than the other kind.⟧"
The food is better than its reputation, too. At Zum Goldenen Hahn, chef Yusuf Demirtaş serves river fish with a sour-cherry sauce that would not look out of place in a far grander city. "⟦d:c|My father came here from Turkey in 1971 and opened a kebab shop. I'm doing the same thing with a tablecloth,⟧" he says, laughing.
Haas's final advice, delivered with a perfectly straight face: "⟦d:a|Bring a towel. Always bring a towel.⟧"

### 041
@a Gerald Pennick | -
@b Rob | his son
For 112 years, the rope works at Tavenor Quay has been run by a man called Pennick. On Monday, Gerald Pennick, 71, will hand the keys to his son, Rob, and go, as he puts it, “⟦p:a|fishing, mostly⟧”.
Gerald joined the business at 16, sweeping floors for his own father. “⟦d:a|He paid me less than the other lads, so nobody could say I was favoured,⟧” he recalls. “⟦d:a|I thought that was very unfair at the time. I did the same to Rob.⟧”
“⟦d:b|He did,⟧” says Rob, 44. “⟦d:b|I worked it out once. I was on about two pounds an hour less than the apprentice.⟧”
The firm now employs 38 people and sells rigging rope to tall ships and theatre companies across Europe. It nearly went under in 2009, when a big order from a shipbuilder was cancelled.
“⟦d:a:m|That was the worst year of my life. I remember sitting in the office at two in the morning with the bank letters in front of me, thinking, I’m going to be the one who loses it.⟧
“⟦d:a|Rob came in and sat down and said, ‘Right, what do we sell that nobody else does?’ And that’s how we ended up doing the theatres.⟧”
Rob, who studied engineering before coming home, says his father is being modest. “⟦d:b|He never once thought about selling up, even when it would have been the sensible thing,⟧” he says. “⟦d:b|I’m not sure I’d have been that brave.⟧”
Asked whether he will be able to keep away, Gerald laughs. “⟦d:a|I’ve promised. Whether I keep the promise is a different question.⟧”

### 042
@a Jenna Marr | -
@b Lowmoor Water | -
@c - | a spokesperson
@d Priya Venkataraman | Ecologist
A stretch of the River Skell that was designated an official bathing water two years ago has been rated "⟦s:-|poor⟧" for the second summer running, after tests found high levels of E. coli.
The Environment Protection Agency said samples taken at Fosse Bridge between May and September failed the standard on 11 of 20 occasions.
Jenna Marr, who founded the Skell Swimmers group that campaigned for the designation, said she was "⟦p:a|furious but not surprised⟧". "⟦d:a|We did everything right. We got the designation, we did the sampling, we did the paperwork. The water company just kept pouring,⟧" she said. "⟦d:a|My kids learned to swim here. I won't let them in now.⟧"
Data published by Lowmoor Water shows its treatment works upstream at Kettleby discharged untreated sewage into the river for more than 1,900 hours last year.
Lowmoor Water said it was investing £48m in the Kettleby works, which would "⟦p:b|dramatically reduce⟧" spills by 2027. "⟦d:c|We share our customers' frustration and we are determined to improve the river,⟧" a spokesperson said.
Ecologist Dr Priya Venkataraman, of the Skell Rivers Trust, said the river could recover if the discharges stopped. "⟦d:d|Rivers can recover remarkably quickly once you stop poisoning them. That's the hopeful bit,⟧" she said.

### 043
@a Femi Adebanjo-Clarke | -
@b Tess Holloway | His coach
@c Kemi | His sister
Femi Adebanjo-Clarke was 17 when a motorbike accident took his left leg below the knee. Six years later he holds the world record in the T64 long jump, and he is tired of being called inspirational.
“⟦d:a:m|I get it. People mean well. But I didn’t jump seven metres to inspire anyone. I jumped seven metres because I’m very competitive and I wanted to beat a guy from Canada who was annoying me.⟧
“⟦d:a:m|The accident is part of my story, sure. It’s not the whole book. Some days I don’t think about it at all, apart from when the leg’s rubbing.⟧
“⟦d:a|What I want people to see is the work. Six days a week, two sessions a day, for six years. That’s the story.⟧”
His coach, Tess Holloway, first saw him at a come-and-try day in a leisure centre in Hallam Cross. “⟦d:b|He was terrible,⟧” she says fondly. “⟦d:b|Absolutely terrible. Fell over every time. But he kept getting up and asking to go again, and I thought, that’s the one.⟧”
Holloway, a former heptathlete, still times every jump by hand as well as electronically. “⟦d:b|I don’t trust machines,⟧” she says.
His sister Kemi, who drove him to training for two years before he could drive himself, remembers the early days differently. “⟦d:c|He cried in the car on the way home more than once,⟧” she says. “⟦d:c|He’ll kill me for telling you that.⟧”
Adebanjo-Clarke, told of this, shakes his head. “⟦d:a|Once. I cried once. It was hay fever.⟧”

### 044
@a Carnhill Athletic | The club
@b Danny Ruddock | Former striker
@c Sophie Antwi | Current manager
@d Craig | Dunwoody's son
Tributes have been paid to Archie Dunwoody, the former Carnhill Athletic manager who led the club to two promotions in the 1990s, who has died aged 79.
The club said in a statement it was "⟦p:a|heartbroken⟧". "⟦d:a|Archie was more than a manager. He was the heart of this club for two decades, and his door was always open,⟧" it said.
Former striker Danny Ruddock, who scored 112 goals under Dunwoody, wrote on social media: "⟦d:b|Gaffer, you made me a player and a better man. Rest easy.⟧"
Current manager Sophie Antwi said: "⟦d:c|I only met Archie a handful of times, but every time he told me the same thing: 'Enjoy it. It goes quicker than you think.' I'll remember that.⟧"
Dunwoody's son, Craig, said his father had been "⟦p:d|ill for some time⟧" and died peacefully at home. "⟦d:d|He'd want people to remember the 1994 team, not the last few years. He talked about those lads every day,⟧" he said.
A minute's applause will be held before Saturday's home game.

### 045
@a Hamid Rahimi | -
@b - | The owner
Dr Hamid Rahimi has been a vet in Corrieford for 30 years. His new book, ``⟦s:-|Paws for Thought⟧'', collects the strangest cases to have come through his surgery door.
``⟦d:a|I nearly called it Things Dogs Have Eaten,⟧'' he says. ``⟦d:a|My publisher said no.⟧''
Q: What's the strangest thing a dog has eaten on your watch?
A: A set of car keys, including the fob. The owner only realised when the car unlocked every time the dog walked past it.
Q: Is that true?
A: Completely. The dog was called Biscuit. The owner said, ``⟦d:b|He's never been any trouble before.⟧'' They always say that.
Q: What do you wish owners knew?
A: That ``⟦s:-|natural⟧'' doesn't mean safe. Grapes are natural. Lilies are natural. Both can kill a pet.
Q: Any regrets?
A: I once told a woman her cat was ``⟦p:a|just fat⟧''. It was pregnant. She named one of the kittens after me.

### 046
@a Bríd Ní Cheallaigh | -
@b Siobhan Carty | Her manager
@c Aoibheann Kerr | -
In 41 years as a midwife, Bríd Ní Cheallaigh has delivered, by her own rough count, somewhere between 4,000 and 5,000 babies. She has delivered them in hospital rooms, in ambulances, in a lift and once, memorably, in the back of a florist’s van.
On Friday she works her last shift at Carrickmore General. She is, she says, “⟦p:a|not remotely ready⟧”.
“⟦d:a:m|People ask me if it gets boring. It never once got boring. Every single birth is the first time for somebody. It might be my four thousandth, but it’s their first, and you never forget that.⟧
“⟦d:a:m|The technology’s changed out of all recognition. When I started we had a Pinard horn, a wooden trumpet, basically, to listen to the heartbeat. Now there are monitors for everything. But the job is the same. You sit with a woman and you help her be brave.⟧
“⟦d:a|The hard days stay with you, too. I won’t pretend they don’t. There are names I still think about.⟧”
The florist’s van is a story her colleagues ask her to tell at every leaving do. She obliges, briefly. “⟦d:a|Tulips everywhere. The baby was fine. The tulips were not.⟧”
Her manager, Siobhan Carty, who trained under her in the 1990s, said the unit would not be the same. “⟦d:b|Bríd taught half the midwives in this building. When we’re stuck, the first thing we still ask is, ‘What would Bríd do?’⟧” she said.
One of the babies Ní Cheallaigh delivered, in 1986, now works alongside her as an obstetrician. Dr Aoibheann Kerr laughs about it. “⟦d:c|She reminds me about once a week. She says I was very loud,⟧” she says.
And after Friday? Ní Cheallaigh is vague. “⟦d:a|The garden. My grandchildren. Sleep,⟧” she says. “⟦d:a|I’ve not slept a full night since 1983.⟧”

### 047
@a Grace Adeyinka | the 29-year-old
@b Rhian Tudor | Kelverton coach
@c Ellie Marchbank | St Anselm's captain
@d Hollie Fenwick-Brice | -
Kelverton 3 St Anselm's 2
Kelverton moved to the top of the Women's National League with a dramatic win over St Anselm's, Grace Adeyinka scoring the decider from a penalty corner with 40 seconds left.
St Anselm's had fought back from two goals down through Hollie Fenwick-Brice and Yasmin Qureshi.
"⟦d:a|We let them back in and we didn't deserve to win it after that,⟧" Adeyinka admitted. "⟦d:a|But the corner routine is one we've practised a thousand times, and it came off.⟧"
"⟦d:a|I'm not complaining,⟧" the 29-year-old added.
Kelverton coach Rhian Tudor said her side had "⟦p:b|stopped playing⟧" after going 2-0 up. "⟦d:b|That's twice in three weeks. We'll be having words on Monday,⟧" she said.
St Anselm's captain Ellie Marchbank was distraught. "⟦d:c|To come back from two down and lose it like that is brutal,⟧" she said. "⟦d:c|We'll take the positives eventually. Not tonight.⟧"
Fenwick-Brice, who also hit the post in the first half, said: "⟦d:d|I'll be thinking about that post for a week.⟧"

### 048
@a Oliver Achterberg | Castellan’s chief economist
@b Priyanka Dowd | -
@c Callum Reeve | her partner
@d Gemma Loxley | Estate agent
@e Institute of Property Surveyors | -
@f Nikolai Brandão | Its president
House prices in the Eastmoor region rose by 2.1% in the three months to March, the fastest quarterly increase in two years, according to figures from the lender Castellan Mortgages.
Castellan’s chief economist, Dr Oliver Achterberg, said demand had been boosted by falling mortgage rates. “⟦d:a|Buyers who were sitting on their hands last year have come back. The question is whether wages can keep up,⟧” he said.
Priyanka Dowd and her partner, Callum Reeve, both 29, have been outbid on four flats since January. “⟦d:b|Every time we find somewhere, there are eight other couples at the viewing,⟧” she said. “⟦d:b|The last one went for twenty grand over the asking price.⟧”
“⟦d:c|We’ve stopped telling our parents when we make an offer,⟧” he added. “⟦d:c|It’s easier than explaining why it didn’t work out again.⟧”
Estate agent Gemma Loxley, who runs an agency in Tarrant Hill, said the spring market was “⟦p:d|the busiest I’ve seen since the pandemic⟧”.
“⟦d:d|Anything under three hundred thousand is going in days,⟧” she said.
But the Institute of Property Surveyors warned that the recovery was “⟦p:e|fragile⟧”. Its president, Nikolai Brandão, said: “⟦d:f|One bad inflation figure and this all goes into reverse.⟧”

### 049
@a Zipcast | the video app popular with teenagers
@b Online Safety Commission | -
@c Adaora Nnamdi | Its chief executive
@d Idris Haq | -
@e Hayley Brennan | Parent
@f Ruby | Her daughter
Zipcast, the video app popular with teenagers, will require users in the country to verify their age with a face scan or an ID document from next month, after pressure from the online safety regulator.
The company said in a blog post that the change was "⟦p:a|a significant step⟧" and that images used for age checks would be deleted "⟦p:a|immediately after verification⟧".
The Online Safety Commission welcomed the move but said it was "⟦p:b|overdue⟧". Its chief executive, Adaora Nnamdi, said: "⟦d:c|For years these companies told us age checks were impossible. It turns out they were possible all along. They just weren't a priority.⟧"
Privacy campaigners were less enthusiastic. Idris Haq of the Digital Liberty Forum said millions of people would be "⟦p:d|handing their faces to a company most of them know nothing about⟧". "⟦d:d|We're not against protecting children. We're against building a surveillance system to do it,⟧" he said.
Parent Hayley Brennan, whose 13-year-old daughter uses the app, said she was relieved. "⟦d:e|She lied about her age to sign up. It took her about four seconds,⟧" she said.
Her daughter, Ruby, was less impressed. "⟦d:f|Everyone will just use their older sister's face,⟧" she said.

### 050
@a Gethin ap Rhys | Project lead
@b Carys Wynne-Jones | Student engineer
@c National Space Agency | -
A satellite the size of a shoebox, built by students at Penmaen University, has sent back its first pictures from orbit.
The tiny spacecraft, named "⟦s:-|Dryw⟧", Welsh for "⟦s:-|wren⟧", was launched last week from a spaceport in Norway alongside 40 other small satellites.
Project lead Dr Gethin ap Rhys said the team had celebrated at 3am when the first image, a grainy view of the coast, came through. "⟦d:a|There was a lot of shouting. Some crying. I'm not saying who,⟧" he said.
"⟦d:a|Seven years ago this was a drawing on a whiteboard. Now it's going over our heads sixteen times a day.⟧"
Student engineer Carys Wynne-Jones, 22, wrote much of the software. "⟦d:b|Dwi dal ddim yn credu'r peth,⟧" she said, then, in English: "⟦d:b|I still don't believe it. I keep checking the data to make sure it's real.⟧"
The National Space Agency said the project showed that "⟦p:c|space is no longer just for superpowers⟧".

### 051
@a Tobiah Ekwueme-Lindgren | The prizewinning novelist
@b - | a member of the audience
@c - | a reporter
@d Harriet Nkemelu | Festival director
The prizewinning novelist Tobiah Ekwueme-Lindgren drew the largest crowd of the Farnmouth Literary Festival on Saturday, filling a marquee built for 600 with about 800 people.
His new novel, “⟦s:-|A Country of Small Rooms⟧”, follows three generations of a family in a single flat.
“⟦d:a|I lived in eleven flats before I was twenty. I think I’ve been writing about rooms my whole life without noticing,⟧” he told the audience.
When a member of the audience asked, “⟦d:b|Do you ever put real people in your books?⟧”, he paused before answering. “⟦d:a|Only the ones who’ll never read them,⟧” he said, to laughter.
Afterwards, asked by a reporter, “⟦d:c|Is the book about your own family?⟧”, he was more serious. “⟦d:a|Every book is about your own family. That’s not the same as saying it’s true.⟧”
Festival director Harriet Nkemelu said ticket sales were up by a third. “⟦d:d|People keep telling us reading is dying. Come and stand in that tent and tell me that,⟧” she said.

### 052
@a Ayesha Rahman | Cllr
@b Rivers Authority | -
@c Darren Hollins | Project manager
@d Ifeoma Clarke | -
@e Marcus Teel | -
Work has finally begun on a £14m flood wall along the River Calder in Sedgefield Cross, seven years after the town centre was submerged by Storm Imogen.
The scheme is "⟦p:a|two years late and four million over budget⟧", according to Cllr Ayesha Rahman, who represents the riverside ward. "⟦d:a|I'm glad the diggers are here. I'd be gladder if they'd come in 2020,⟧" she said.
The Rivers Authority, which is building the wall, said the delays were caused by "⟦p:b|unexpected ground conditions⟧" and rising costs. Project manager Darren Hollins said: "⟦d:c|Once it's finished, this wall will protect 420 homes and businesses from a one-in-a-hundred-year flood. That's what matters.⟧"
Ifeoma Clarke, who owns a flooring shop on Bridge Street, was flooded twice in three years. "⟦d:d|The first time the insurance paid out. The second time they didn't want to know. I've still got the tidemark on the wall at about hip height,⟧" she said.
Marcus Teel, who runs the barber's next door, was sceptical. "⟦d:e|I'll believe it when it's built. We've had men in hard hats looking at that river for seven years,⟧" he said.

### 053
@a Rafael Echeverría-Soto | -
@b Iñaki Mendizabal | His caddie and brother-in-law
@c Scott Baillie | Overnight leader
Rafael Echeverría-Soto holed a 30-foot birdie putt on the final green to win the Lochanbrae Open by a single shot, his first title in four years.
The 36-year-old Spaniard, who had slipped outside the world’s top 200 after a back injury, dropped to his knees and kissed the green.
“⟦d:a|Por fin,⟧” he said when he got up. “⟦d:a|At last. I was starting to think I would never feel this again.⟧”
His caddie and brother-in-law, Iñaki Mendizabal, said the pair had almost given up last year. “⟦d:b|We sat in a hotel in Portugal and talked about stopping. Rafa said, ‘One more season.’ So, one more season,⟧” he said.
Overnight leader Scott Baillie, who finished second after a closing 72, was gracious. “⟦d:c|I didn’t play well enough today, simple as that. Rafa deserves it more than anyone,⟧” he said.

### 054
@a Nadia Ferreira-Lund | a nephrologist at the Royal Albury Infirmary who ran part of the trial
@b Medicines Review Board | The board
@c Skjold Therapeutics | its maker
@d Mark Davenport | -
@e Kidney Action | The charity
Patients with a rare inherited kidney disease are to be offered the first drug that targets its underlying cause, after the Medicines Review Board approved it on Thursday.
The drug, velaprozin, slowed the decline in kidney function by about 40% in a two-year trial of 900 patients, according to its maker, Skjold Therapeutics.
"⟦d:a|This is a genuinely new kind of medicine for these families,⟧" said Dr Nadia Ferreira-Lund, a nephrologist at the Royal Albury Infirmary who ran part of the trial. "⟦d:a|For the first time we're not just managing decline, we're slowing it.⟧"
The board said the drug was "⟦p:b|cost-effective at the agreed price⟧", which has not been disclosed.
Skjold Therapeutics said in a statement: "⟦d:c|We are proud that patients will be able to benefit so quickly.⟧"
Mark Davenport, 47, who took part in the trial, has watched his mother and grandmother both go on dialysis. "⟦d:d|I grew up thinking it was just what happened to people in our family. Now my daughter might not have to think that,⟧" he said.
The charity Kidney Action called the approval "⟦p:e|a landmark⟧".

### 055
@a Elizabeth Mwale | Senior Coroner
@b Joanne Lowe | Kieran’s mother
@c Chris Tennant | water safety manager at Hallbeck Fire and Rescue
A 16-year-old boy who drowned in a disused quarry near Hallbeck had been swimming with friends on the hottest day of the year, an inquest heard.
Kieran Lowe, a pupil at Hallbeck Academy, got into difficulty about 20 metres from the shore on 19 July last year. His friends tried to reach him but were unable to.
Senior Coroner Elizabeth Mwale recorded a conclusion of accidental death. “⟦d:a|Kieran was a strong swimmer, by all accounts, and a popular young man. But water in quarries is deceptively cold, even on a very hot day, and cold water shock can overwhelm anyone,⟧” she said.
She said she would write to the landowner and the council to ask whether fencing and signage at the site were “⟦p:a|adequate⟧”.
Signs at the quarry read “⟦s:-|Danger: Deep Water⟧”, the inquest heard, but several had been pulled down.
In a statement read by the family’s solicitor, Kieran’s mother, Joanne Lowe, said her son had been “⟦p:b|the light of our lives⟧”. “⟦d:b|If one family reads about Kieran and talks to their children about the quarries, something good will have come from this,⟧” she said.
Chris Tennant, water safety manager at Hallbeck Fire and Rescue, said: “⟦d:c|Cold water shock can make you gasp and inhale water within seconds. If you get into trouble, float on your back until the shock passes.⟧”

### 056
@a Elen Gwenallt | their owner
@b Dafydd | Her husband
@c Rosie Tremaine | -
The sheep know the way better than I do. On a grey morning above Cwm Eidion, I follow them and their owner, Elen Gwenallt, up a track that seems to go straight into the cloud.
"⟦d:a|Paid â phoeni,⟧" she says, seeing my face. "⟦d:a|Don't worry. They've never lost anyone yet. Well, one hiker. We found him.⟧"
Elen's family have farmed here for nine generations; she now also runs two shepherd's huts for visitors, and guided walks that end with tea and bara brith in the farmhouse kitchen.
"⟦d:a|The farm on its own doesn't pay any more. That's the honest truth,⟧" she says. "⟦d:a|The visitors keep the sheep on the hill. Funny old world.⟧"
Her husband, Dafydd, is less sure about the tourists. He once found a couple from the city trying to feed a ram a croissant. "⟦d:b|I said to them, very politely, please don't. He's already grumpy enough,⟧" he says.
At the summit cairn we meet Rosie Tremaine and a friend, who have walked up from the valley. "⟦d:c|I've been coming for ten years and I've seen the view twice,⟧" Rosie says cheerfully.

### 057
@a Glenda Ostrowski | Mayor
@b Tom Kearsley | presenter
@c Pauline | One caller
@d - | the mayor's office
Mayor Glenda Ostrowski faced a tough half-hour on Radio Westbrook's breakfast show on Friday, as callers and presenter Tom Kearsley pressed her on the city's pothole problem.
"⟦d:b|Mayor, you promised to fix every pothole in your first hundred days. It's now day four hundred. What happened?⟧" Kearsley asked.
"⟦d:a|What happened is that we inherited a backlog of 11,000 of them, Tom, and we've fixed 8,000,⟧" Ostrowski replied. "⟦d:a|I'd call that progress.⟧"
"⟦d:b|Would the people on Dray Street call it progress?⟧"
"⟦d:a|The people on Dray Street will have a new road surface by the end of March. I've said that before and I'll say it again.⟧"
One caller, who gave her name as Pauline from Hillside, said she had burst two tyres in a month. "⟦d:c|I'm not asking for miracles. I'm asking for tarmac,⟧" she said.
Afterwards, the mayor's office said she had "⟦p:d|enjoyed the robust exchange⟧".

### 058
@a Ben Oakes | -
@b Matteo Russo | his husband
@c Roberta Killick | Head judge
A microbrewery run from a converted cowshed outside the village of Little Harrow has been named best small brewery in the country at the National Ale Awards.
Tide & Furrow was set up in 2018 by Ben Oakes and his husband, Matteo Russo, who met while working in a city-centre bar.
``⟦d:a|We had no business plan, no money and one secondhand fermenter,⟧'' Oakes said. ``⟦d:a|Matteo had the recipes. I had the van. That was it.⟧''
Russo, who grew up in a family of winemakers in northern Italy, said his father had been ``⟦p:b|horrified⟧'' when he announced he was making beer. ``⟦d:b|He said, 'Beer is for people who can't wait for wine.' He's come round. He drinks our porter now, but he won't tell his friends,⟧'' he said.
The winning beer, a smoked stout called ``⟦s:-|Night Shift⟧'', beat more than 900 entries. Head judge Roberta Killick said it had ``⟦p:c|the kind of depth you usually only get from the big boys⟧''.
Oakes said the prize money, £5,000, would go towards a second fermenter. ``⟦d:a|And a better roof for the cowshed. It leaks on the fermenters when it rains, which, round here, is always,⟧'' he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh49.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh49",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
