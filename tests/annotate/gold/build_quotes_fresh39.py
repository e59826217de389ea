# ruff: noqa: E501
"""Build ``quotes_fresh39.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is the mix of a
weekend newspaper: long features and profiles, sport match reports with post-match
quotes, business and technology, health and science, arts reviews with interviews,
travel and local news.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh39-NNN``.

Conventions (the same as those documented in ``build_quotes_fresh8.py``):

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

Decisions taken for this set where the conventions leave room (see also the report):

* A role title shared by two people standing before both names (``co-founders Jamie
  Fenwick and Chidi Obi``) is the description of each of them.
* A copular introduction (``The violin maker is Stefan Adler``) counts like an
  appositive: its noun phrase is the description.
* When the only description of a speaker is the definite description at the cue
  (``the teenager said``, ``the centre said``, ``the Scot said``), that is the
  description, even if an age or nationality modifier stood before the name earlier.
* An appositive standing before the name and separated by commas (``One of his
  current players, eight-year-old Kai``) is the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh39.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh39.jsonl")

PASSAGES = """
### 001
@a Tomasz Wiśniewski | Rovers manager
@b Callum Reddy | teenage substitute
@c Ines Carvalho | Kelbridge head coach
@d Declan Morrow | Their captain
Harbourside Rovers came from behind to beat Kelbridge Athletic 2-1 at Quayside Park on Saturday, with teenage substitute Callum Reddy scoring the winner four minutes from time.
Kelbridge had led through Femi Adeyemo's header on the half-hour, and for long spells the visitors looked the more composed side.
Rovers manager Tomasz Wiśniewski admitted his side had been "⟦p:a|second to everything⟧" in the first half. "⟦d:a|I told them at half-time that the shirt was heavier than they were making it look,⟧" he said. "⟦d:a|Credit to them, they answered.⟧"
Reddy, who only signed his first professional contract in March, had been on the pitch for eleven minutes when he curled a shot inside the far post. A cry of "⟦d:-|Go on, Callum!⟧" went up from the family stand as it hit the net.
"⟦d:b|I didn't really think about it, to be honest,⟧" the 19-year-old said. "⟦d:b|The ball sat up and I just hit it. My mum's going to be crying somewhere in the stand.⟧"
Kelbridge head coach Ines Carvalho was less forgiving of her defence. "⟦d:c|We gave away two goals that you would not give away in a training match,⟧" she said. "⟦d:c|That's on all of us, me first.⟧"
Asked whether the penalty appeal in the 70th minute should have been given, Carvalho smiled. "⟦d:c|You have eyes. I have eyes. Write what you saw.⟧"
The result lifts Rovers to fifth. Their captain, Declan Morrow, said the dressing room had "⟦p:d|believed all week⟧". "⟦d:d|Nobody panicked at 1-0. That's new for us,⟧" he added.

### 002
@a Marguerite Oyelaran | -
@b Tunde | her brother
@c Funmi | Her daughter
@d Brian Ashworth | -
At four o'clock on a Tuesday morning the only light on Mill Lane comes from the back of number 14, where Marguerite Oyelaran, known to nearly everyone in Hollin Bridge as “⟦s:-|Daisy⟧”, is already elbow-deep in rye dough.
“⟦d:a|People think the hard part is the early start,⟧” she says, tipping the dough onto a floured bench. “⟦d:a|It isn’t. You get used to the dark. The hard part is the arithmetic — flour went up forty per cent in two years and nobody wants to pay four pounds for a loaf.⟧”
Daisy, 58, opened Oyelaran’s Bakery in 1997 with a second-hand oven and a loan from her brother, Tunde, who still drops in on Saturdays to “⟦p:b|supervise⟧”, as he puts it.
The shop has survived two recessions, a flood and, she says, “⟦p:a|one very bad review in 2004 that I can still recite⟧”.
Her daughter Funmi, 31, has worked alongside her since leaving university. “⟦d:c|Mum won’t let anyone else shape the sourdough,⟧” Funmi said. “⟦d:c|I’m allowed to do the croissants. That took eight years.⟧”
Last spring, when a chain bakery opened in the retail park outside town, regulars worried. Brian Ashworth, who has bought a bloomer from Daisy every Friday for twenty years, started a petition. “⟦d:d|It wasn’t against anyone. It was for her,⟧” he said.
Daisy shrugs at the fuss. “⟦d:a:m|I was never worried about the chain. They make bread for people who are in a hurry. I make bread for people who want to sit down. There are enough of both.⟧
“⟦d:a:m|What worries me is who comes after. Funmi says she’ll take it on, and I believe her, but I’d rather she did it because she wanted to, not because she felt she owed me.⟧
“⟦d:a|My father used to say, ‘Bread doesn’t care how tired you are.’ He was right. It just asks you to turn up.⟧”
By half past six the first trays are out, and the queue has begun to form under the awning.

### 003
@a Orvane Systems | the Castlemere-based maker of logistics software
@b Rhiannon Pryce-Whitley | Chief executive
@c Kwame Boateng-Ellis | regional organiser
@d Hannelore Vos | an analyst at Stirling Marsh
@e - | One engineer who asked not to be named
Orvane Systems, the Castlemere-based maker of logistics software, will cut 340 jobs, about a tenth of its workforce, the company said on Thursday.
In a statement, Orvane said the reductions were "⟦p:a|a difficult but necessary step⟧" after two large customers moved their contracts in-house. "⟦d:a|We are committed to treating every affected colleague with fairness and respect,⟧" the company said.
Chief executive Rhiannon Pryce-Whitley told staff in an email, seen by this newspaper, that she took "⟦p:b|full responsibility⟧" for hiring too quickly during the pandemic. "⟦d:b|We grew faster than the business could support, and that was my call,⟧" she wrote.
The Technical and Professional Staff Union, which represents around 900 Orvane employees, said it had not been consulted. "⟦d:c|Our members found out from a press release. That is not how you treat people who built this company,⟧" said regional organiser Kwame Boateng-Ellis.
Shares in Orvane rose 6 per cent in early trading.
Hannelore Vos, an analyst at Stirling Marsh, said investors had been waiting for cost cuts. "⟦d:d|The market has been telling them for a year that the headcount didn't match the revenue,⟧" she said. "⟦d:d|Today they listened.⟧"
One engineer who asked not to be named, because she had not yet been told whether her role was affected, said the mood at the company's Riverside campus was "⟦p:e|grim⟧". "⟦d:e|People are just refreshing their inboxes,⟧" she said.

### 004
@a Priyanka Raghunathan | a sleep scientist at the University of Lenholm who led the study
@b Stellan Aaberg | Her co-author
@c Gillian Forsythe-Kerr | -
@d Owain Pritchard | a paediatrician not involved in the research
@e Lenholm Education Authority | -
Teenagers who start school an hour later sleep on average 34 minutes more each night and report fewer symptoms of low mood, according to a two-year study of 4,200 pupils in the Lenholm region.
The research, published in the Northern Journal of Paediatric Medicine, followed pupils at 18 secondary schools, nine of which moved their start time from 8.30am to 9.30am.
“⟦d:a|The effect was bigger than we expected, and it held up across every group we looked at,⟧” said Dr Priyanka Raghunathan, a sleep scientist at the University of Lenholm who led the study.
“⟦d:a|Adolescents aren’t lazy. Their body clocks genuinely shift later during puberty. Asking them to be alert at 8.30 is like asking an adult to do algebra at 6.30.⟧”
Her co-author, Prof. Stellan Aaberg, said the team had checked whether the schools that changed their hours were different in other ways. “⟦d:b|We were very careful about that,⟧” he said. “⟦d:b|The schools that changed weren’t richer or smaller than the ones that didn’t.⟧”
Not everyone is convinced the change is practical. Gillian Forsythe-Kerr, who chairs the Lenholm Headteachers’ Association, said later starts caused problems with bus timetables and after-school clubs. “⟦d:c|Nobody disputes the science. The question is who pays for the buses,⟧” she said.
Dr Owain Pritchard, a paediatrician not involved in the research, described the findings as “⟦p:d|genuinely encouraging⟧” but warned that self-reported mood was “⟦p:d|a soft measure⟧”.
The Lenholm Education Authority said it would “⟦p:e|study the report carefully⟧” before making any decision.

### 005
@a Oluwaseun Adebayo-Hart | the cabinet member for communities
@b Graham Tilling | Opposition leader
@c Eunice Mbeki-Lowe | -
@d - | A council spokesperson
Plans to close Ashcombe Road library were rejected on Wednesday night after a four-hour meeting of Westhaven Borough Council, to cheers from a public gallery packed with residents holding placards reading "⟦s:-|Books Not Bulldozers⟧".
The cabinet had proposed merging the branch with the central library two miles away, saving an estimated £180,000 a year.
Cllr Oluwaseun Adebayo-Hart, the cabinet member for communities, said the council faced "⟦p:a|impossible choices⟧". "⟦d:a|I love that library as much as anyone in this room. But every pound we spend there is a pound we don't spend on social care,⟧" she said.
Opposition leader Cllr Graham Tilling said the vote showed the plan had "⟦p:b|never had the support of this chamber, let alone this borough⟧".
"⟦d:b|We were told there was no alternative. Tonight we found one,⟧" he said, referring to an amendment that will use reserves to keep the branch open for at least two more years.
Among those in the gallery was Eunice Mbeki-Lowe, 81, who has used the library since it opened in 1968. "⟦d:c|I learned to read English in that building. My grandchildren did their homework there. Where else would we go?⟧" she said.
A council spokesperson said officers would now "⟦p:d|work up the detail⟧" of the amendment. "⟦d:d|The library will remain open under its current hours while that work is done,⟧" the spokesperson said.

### 006
@a Siobhán Ní Bhriain | -
@b Amélie Durand-Leclerc | a Lyon-born director making her Irish debut
@c Cormac Tully | The writer
There is a moment, about forty minutes into “⟦s:-|The Salt Orchard⟧” at the Corran Playhouse, when the whole audience seems to stop breathing. A mother, played with ferocious restraint by Siobhán Ní Bhriain, realises that her son has lied to her for eleven years.
It is the best thing Ní Bhriain has done on stage, and the production around her, directed by Amélie Durand-Leclerc, a Lyon-born director making her Irish debut, very nearly matches it.
Speaking before opening night, Durand-Leclerc said she had been drawn to the play’s “⟦p:b|silences more than its speeches⟧”.
“⟦d:b|C’est une pièce qui respire,⟧” she said, then translated for herself: “⟦d:b|It is a play that breathes. My job is mostly not to get in its way.⟧”
Ní Bhriain, who grew up in Connemara and spoke only Irish until she was six, said the role had frightened her. “⟦d:a|I read it on a train and I had to get off two stops early to walk it off,⟧” she told me. “⟦d:a|Máire is a woman who has built her whole life on one idea, and the play takes it away from her in a single scene.⟧”
The writer, Cormac Tully, whose first play this is, was in the audience on Thursday and looked, by the interval, faintly stunned. “⟦d:c|I wrote it in a shed,⟧” he said afterwards. “⟦d:c|I didn’t expect to hear anyone say the lines, never mind say them like that.⟧”
Not everything works. A subplot involving a neighbour’s land dispute feels imported from another, lesser play, and the final image, lit in a slightly sentimental amber, tips toward the obvious.
But these are small complaints. Go for Ní Bhriain, and for those silences.

### 007
@a Yuki Tanabe-Rossi | -
@b Valentina Ostrowska | top seed
@c Marek Zieliński | Ostrowska's coach
@d Hollis Abernethy | Tournament director
Yuki Tanabe-Rossi won her first title in three years on Sunday, beating top seed Valentina Ostrowska 6-4 3-6 7-5 in the final of the Marlow Coast Open.
The 27-year-old saved two match points at 4-5 in the deciding set before breaking Ostrowska's serve with a backhand pass down the line.
"⟦d:a|At 4-5 I wasn't thinking about winning. I was thinking about not losing the next point,⟧" Tanabe-Rossi said. "⟦d:a|That's the only thing you can control.⟧"
She had dropped out of the top 100 last year after surgery on her right wrist. "⟦d:a|There were days I couldn't hold a toothbrush,⟧" she recalled. "⟦d:a|So, yes, this one means a lot.⟧"
Ostrowska, speaking through an interpreter, said she had been troubled by the wind. "⟦d:b|I made too many mistakes on the big points. She played braver than me,⟧" the Pole said.
Ostrowska's coach, Marek Zieliński, was more blunt. "⟦d:c|Today we lost to the wind and to ourselves,⟧" he said.
Tournament director Hollis Abernethy said Sunday's crowd of 6,800 was a record for the event. "⟦d:d|We had people queuing at the gates at seven in the morning,⟧" she said.

### 008
@a Peadar Ó Conghaile | the island's only tour guide
@b Aoife Breathnach | -
@c Nuala Hession | -
The ferry to Inishcarra runs twice a day in summer and not at all when the wind is from the north-west, which, according to Peadar Ó Conghaile, the island's only tour guide, is ``⟦p:a|about half the time, and the better half⟧''.
Peadar, 64, fished these waters for thirty years before his knees gave out. Now he walks visitors around the nine-mile coastal path, stopping every few hundred yards to point at something most of them would have missed.
``⟦d:a|That's a chough,⟧'' he says, as a black bird with a red beak tumbles off the cliff edge. ``⟦d:a|There were four pairs when I was a boy. There are eleven now. Nobody can tell me why, and I like it that way.⟧''
The path is rough in places and unmarked in most, and the island council has resisted calls to put up signposts. ``⟦d:b|People come here because it isn't like everywhere else,⟧'' said Aoife Breathnach, who chairs the council. ``⟦d:b|The minute we put up a brown sign with a little walking man on it, we become everywhere else.⟧''
Accommodation is limited to a guesthouse, three holiday cottages and a campsite behind the pier. Nuala Hession, who runs the guesthouse with her sister, recommends booking by phone. ``⟦d:c|The internet comes and goes. The phone mostly stays,⟧'' she said.
Near the end of the walk, at the ruined signal tower on the western headland, Peadar sits down on a rock and looks out at the Atlantic for a long time before he speaks again.
``⟦d:a:m|My father used to bring me up here when the weather was turning. He said you could see a storm coming from twenty miles off if you knew what to look for.⟧
``⟦d:a|I never did learn, to be honest. I just liked being up here with him.⟧''
Getting there: ferries leave Carrickmore pier at 10am and 4pm, May to September. The return fare is €28.

### 009
@a Jamie Fenwick | co-founders
@b Chidi Obi | co-founders
@c Halstead Partners | the drinks group
@d - | several customers
Brackwater Brewing, the Tynemouth craft brewer founded in a garage in 2012, has been sold to the drinks group Halstead Partners for an undisclosed sum.
The deal was announced on Friday by co-founders Jamie Fenwick and Chidi Obi, who will both stay on for at least three years.
"⟦d:a|We've had offers before, and we always said no,⟧" said Fenwick, who handles the brewing side. "⟦d:a|This time the people across the table actually drank the beer.⟧"
Obi, who runs the commercial side, said the sale would let the company build a second brewhouse. "⟦d:b|We've been turning down supermarket orders for two years because we physically can't make enough,⟧" he said.
Halstead said in a statement that it would keep Brackwater's recipes and its 46 staff. "⟦d:c|Brackwater is a brilliant brand with a loyal following, and we have no intention of changing what makes it special,⟧" the group said.
Not all of the brewery's fans are convinced. On the company's social media pages, several customers accused the founders of "⟦p:d|selling out⟧".
Fenwick said he understood the reaction. "⟦d:a|If I'd read this news five years ago I'd have been furious too,⟧" he said. "⟦d:a|All I can say is, judge us in a year.⟧"

### 010
@a Gareth Pendle | a metal detectorist
@b Ifeanyi Okonkwo | Site director
@c Lars Vinterberg | a specialist in Roman ceramics
@d Roger Tibbs | The landowner
@e Ellsworth Archaeological Trust | -
Archaeologists excavating a field outside the village of Thornby Magna have uncovered what they believe is the largest Roman villa yet found in the county, complete with a mosaic floor depicting sea creatures.
The dig, led by the Ellsworth Archaeological Trust, began in April after a metal detectorist, Gareth Pendle, found a cluster of coins in the plough soil.
“⟦d:a|I thought I’d found a few buttons,⟧” Pendle said. “⟦d:a|Then I turned one over and there was an emperor looking back at me.⟧”
Site director Dr Ifeanyi Okonkwo said the mosaic was “⟦p:b|of a quality you would expect in a town house, not a farm⟧”. “⟦d:b|Whoever lived here had money, and wanted people to know it,⟧” he said.
His colleague Dr Lars Vinterberg, a specialist in Roman ceramics, said pottery from the site suggested it was occupied for at least 250 years. “⟦d:c|We have sherds from the late first century right through to the fourth,⟧” he said. “⟦d:c|That is a long time for one family, or several, to keep a place going.⟧”
The landowner, farmer Roger Tibbs, has agreed to leave the field fallow for two seasons. “⟦d:d|My grandfather ploughed over this for fifty years and never knew,⟧” he said. “⟦d:d|Makes you wonder what else is under there.⟧”
The mosaic will be lifted and conserved before going on display at the county museum in Rennick. The trust said in a statement that it was “⟦p:e|enormously grateful⟧” to Mr Tibbs and to the 40 volunteers who have worked on the dig.

### 011
@a Fenella Achterberg | -
@b Judith | My editor
@r - | Reviewers
Fenella Achterberg's third novel, "⟦s:-|The Weight of Small Boats⟧", follows a harbour master's widow through one winter on a Frisian island. She spoke to us from her home in Groningen.
Q: The book began as a short story. What changed?
A: I kept writing past the ending. My editor, Judith, read the first draft and said, "⟦d:b|This isn't a story, Fenella, it's a hostage situation.⟧" She was right.
Q: Your heroine, Wietske, barely speaks in the first hundred pages.
A: That's how the women I grew up around were. My grandmother would say maybe forty words a day, and thirty of them were about the weather. But you always knew exactly what she thought.
Q: Reviewers have called the book "⟦p:r|bleak⟧". Do you agree?
A: I think people confuse quiet with bleak. Nobody dies in the book who wasn't going to die anyway. Someone falls in love. Someone learns to sail. That's not bleak, that's February.
Q: What are you working on now?
A: A book about my father's hardware shop. Every time I tell people that, they look disappointed, and then I say, "⟦d:a|There's a fire in chapter three,⟧" and they cheer up.
"⟦s:-|The Weight of Small Boats⟧" is published by Harrow & Finch at £16.99.

### 012
@a Rosa Elena Quispe | -
@b Dawit Haile Mekonnen | -
@c Samuel Gebre | his training partner
@d Colm Fairweather | Race director
Rosa Elena Quispe of Peru won the women's race at the Harbour City Marathon on Sunday in 2 hours 21 minutes 40 seconds, a course record, while Dawit Haile Mekonnen took the men's title in a sprint finish.
Quispe, 24, broke away from a leading group of five at the 35km mark and was never caught.
"⟦d:a|Hoy corrí por mi madre,⟧" she said at the finish, wrapped in a flag. "⟦d:a|Today I ran for my mother,⟧" she repeated in English, explaining that her mother had run the race herself in 2009 but failed to finish.
"⟦d:a|She told me, 'Finish it for both of us.' So I did,⟧" Quispe said.
In the men's race, Mekonnen outkicked his training partner Samuel Gebre over the final 200 metres to win by a second. "⟦d:b|We train together every day, so he knows all my tricks and I know his,⟧" Mekonnen said. "⟦d:b|Today I had one more trick.⟧"
Gebre, who finished second for the second year running, took the defeat with a grin. "⟦d:c|Next year I will hide my tricks better,⟧" he said.
Race director Colm Fairweather said more than 18,000 runners had started the race, a record. He praised volunteers who had staffed water stations "⟦p:d|in conditions that were, frankly, miserable⟧".

### 013
@a Deborah Okwuosa | Chief Inspector
@b Lorraine Adeyinka | The motorist who found the cyclist
@c - | the cyclist's family
Police in Dunmore are appealing for witnesses after a cyclist was seriously injured in a hit-and-run on the B4117 on Tuesday evening.
The 43-year-old man was found by a passing motorist near the Crane's Lane junction at about 9.15pm and taken to Dunmore General Hospital, where he remains in a stable condition.
Chief Inspector Deborah Okwuosa said officers were looking for a dark-coloured hatchback with damage to its front nearside. "⟦d:a|Somebody knows who was driving that car. Somebody has seen it parked on a drive this week with a dent in it,⟧" she said. "⟦d:a|I would urge that person to do the right thing.⟧"
The motorist who found the cyclist, Lorraine Adeyinka, said she had almost missed him in the dark. "⟦d:b|His bike was in the hedge. I only saw the reflector because my headlights caught it,⟧" she said.
In a statement released through police, the cyclist's family said they were "⟦p:c|shocked and heartbroken⟧". "⟦d:c|He was riding home from work, as he does every day. We just want whoever did this to come forward,⟧" the family said.
Anyone with information is asked to call 101, quoting incident 447.

### 014
@a Mireille Kanashiro-Bell | an independent researcher based in Aldmouth
@b Stridewell | -
@s - | a Stridewell spokesperson
@c Information Standards Office | the data regulator
@d Tobias Renner-Haugh | Privacy campaigner
A popular fitness app exposed the home addresses of up to 1.2 million users for at least six weeks, according to a security researcher who discovered the flaw.
Mireille Kanashiro-Bell, an independent researcher based in Aldmouth, said she found the problem while testing the Stridewell app’s route-sharing feature in February.
“⟦d:a|Every run that started or finished at someone’s front door was effectively public, with the exact coordinates,⟧” she said. “⟦d:a|You didn’t need to hack anything. You just needed to ask the server nicely.⟧”
Kanashiro-Bell said she reported the flaw to Stridewell on 3 March but received only an automated reply. The company fixed the issue on 14 April, a day after she contacted this newspaper.
Stridewell said it had “⟦p:b|no evidence⟧” that the data had been misused. “⟦d:s|We take the privacy of our community extremely seriously and have apologised to Ms Kanashiro-Bell for our slow initial response,⟧” a Stridewell spokesperson said.
The Information Standards Office, the data regulator, said it was “⟦p:c|making enquiries⟧”.
Privacy campaigner Tobias Renner-Haugh of the group Open Ledger said the case showed why companies needed proper channels for reporting bugs. “⟦d:d|When a researcher knocks on your door and tells you the roof is leaking, you don’t send them a form letter,⟧” he said.
Kanashiro-Bell said she had not been offered a reward and did not want one. “⟦d:a|I just wanted it fixed. A million people’s front doors — that’s not a bug bounty, that’s a duty,⟧” she said.

### 015
@a Beatrice Nakamura-Flynn | -
@b Rosalind Achebe | Her deputy for the past 14 years
@c Hana Sedláčková | Former pupil
When Beatrice Nakamura-Flynn walked into Carrow Hill Primary as its new headteacher in 1999, the school had been in special measures for two years and a third of its windows were boarded up.
This month, after 26 years, she retires. The school is rated outstanding, the windows are glass, and there is a waiting list.
"⟦d:a|I'd love to tell you there was a plan,⟧" she said, sitting in an office lined with children's paintings. "⟦d:a|There wasn't. There was a kettle, and a lot of very tired teachers, and we just started with the things we could fix on a Monday.⟧"
Her deputy for the past 14 years, Rosalind Achebe, said Beatrice's great skill was "⟦p:b|making people feel that the impossible thing was actually quite small⟧".
"⟦d:b|She'd say, 'What's the first step? Just the first one.' And you'd do it, and then she'd ask you again the next day,⟧" Rosalind said. "⟦d:b|Before you knew it you'd climbed a mountain.⟧"
Not every decision was popular. In 2006 Nakamura-Flynn scrapped the school's end-of-year prize-giving, replacing it with a day on which every child performed something. Some parents were furious.
"⟦d:a|I had a father stand in my doorway and tell me I was raising a generation of cowards,⟧" she recalled. "⟦d:a|His son played the trumpet that year. Badly. The father cried.⟧"
Former pupil Hana Sedláčková, who is now 31 and teaches at a school across town, said she still thought about that day. "⟦d:c|I was the kid who didn't speak in class. She put me on stage reading a poem I'd written about my cat,⟧" she said. "⟦d:c|I'm fairly sure that's the reason I do this job.⟧"
Asked what she will do now, Nakamura-Flynn laughed. "⟦d:a:m|Sleep, first. Then I'm going to learn Portuguese, because I've been saying I would for thirty years.⟧
"⟦d:a|And I'll come back for the nativity. I've told Rosalind that I expect a good seat.⟧"
### 016
@a Tavita Leiataua | Openside flanker
@b Alasdair Munro-Kerr | Kilbrannan head coach
@c Josh Penhaligon | Ravensworth captain
@d Gerald Ashdown | His coach
Kilbrannan held on for a 24-22 win over Ravensworth at Stanmore Road on Saturday, surviving a frantic final ten minutes in which they were reduced to 13 men.
Openside flanker Tavita Leiataua scored two tries in the first half and was named player of the match. “⟦d:a|I just follow the ball. Sometimes it bounces my way,⟧” the flanker said.
Kilbrannan head coach Alasdair Munro-Kerr was less relaxed. “⟦d:b|Two yellow cards in the last quarter is unacceptable. We nearly threw away a game we’d won three times over,⟧” he said. “⟦d:b|I’ll be having words. Quiet ones, but words.⟧”
Ravensworth captain Josh Penhaligon said his side had been undone by “⟦p:c|a slow start and a couple of soft moments⟧”.
“⟦d:c|When you give a team like that a 17-point head start you can’t complain about the result,⟧” he said. “⟦d:c|We’ll look at the tape and we’ll be better.⟧”
Penhaligon’s half-back partner, Rhys Tallow, missed a conversion with the final kick of the match that would have earned a draw. His coach, Gerald Ashdown, defended him. “⟦d:d|Rhys has won us more games than anyone in this squad. He’ll kick that next time,⟧” Ashdown said.
Tallow did not speak to reporters.

### 017
@a Ingrid Solheim-Baptiste | Governor
@b Ravi Chandrasekaran | chief economist at Meridian Trust Bank
@c Małgorzata Lis | a senior fellow at the Institute for Fiscal Research
@d Ministry of Finance | -
@e Thomas Ekwueme | director of the Calvorian Federation of Small Enterprises
The Central Bank of Calvoria held its main interest rate at 4.25 per cent on Thursday, but signalled that cuts could come before the end of the year if inflation continued to ease.
Governor Ingrid Solheim-Baptiste told a press conference that the bank's policy committee had voted 6-3 to keep rates on hold, with three members favouring a quarter-point cut.
"⟦d:a|We are not there yet. But we can see the road from here,⟧" she said. "⟦d:a|The committee will want to see two more months of data before we take that step.⟧"
Annual inflation fell to 3.1 per cent in July, its lowest level in almost three years, the national statistics office said last week.
Economists had been split on the decision. "⟦d:b|This was about as dovish a hold as you can get,⟧" said Ravi Chandrasekaran, chief economist at Meridian Trust Bank. "⟦d:b|I'd now put the odds of a September cut at better than even.⟧"
Others were more cautious. Dr Małgorzata Lis, a senior fellow at the Institute for Fiscal Research, warned that wage growth remained "⟦p:c|uncomfortably strong⟧". "⟦d:c|The bank is right to wait. Cutting too early and having to reverse would be far more damaging than a month's delay,⟧" she said.
The Ministry of Finance said in a statement that it "⟦p:d|welcomed the continued progress on inflation⟧".
Business groups were less patient. "⟦d:e|Every month of high rates is another month of small firms putting off investment,⟧" said Thomas Ekwueme, director of the Calvorian Federation of Small Enterprises.

### 018
@a Margaret Hollingsworth | -
@b Carol Hollingsworth-Reid | Her daughter
@c Nkechi Amadi-Forde | the trust’s medical director
@d Easterby Hospitals Trust | -
@e Paul Okafor-Grant | Health minister
Margaret Hollingsworth waited 14 hours on a trolley in the corridor of Easterby General Hospital’s emergency department last month. She is 87 and had broken her hip.
“⟦d:a|They were very kind, the nurses. Run off their feet, but kind,⟧” she said from her daughter’s home in Pellworth, where she is recovering. “⟦d:a|I just kept thinking, I hope nobody I know walks past and sees me like this.⟧”
Her daughter, Carol Hollingsworth-Reid, complained to Easterby Hospitals Trust. “⟦d:b|I’m not blaming the staff. I watched them. They didn’t sit down once in fourteen hours,⟧” she said. “⟦d:b|The problem is there’s nowhere to put people.⟧”
Figures published on Thursday show that 1,940 patients waited more than 12 hours in Easterby’s emergency department in the past three months, up from 1,210 a year earlier.
Dr Nkechi Amadi-Forde, the trust’s medical director, said about a fifth of the hospital’s beds were occupied by patients who were medically fit to leave but had no care package in place. “⟦d:c|Until we fix the back door, the front door will stay jammed,⟧” she said.
In a statement, the trust apologised to Mrs Hollingsworth. “⟦d:d|This is not the standard of care we want for any of our patients,⟧” it said.
Health minister Paul Okafor-Grant said the government was investing in social care. Asked about the Hollingsworth case on local radio, he said: “⟦d:e|Nobody should wait that long, let alone an 87-year-old woman with a broken hip. I’m sorry that happened.⟧”

### 019
@a Orla Devane | -
@b Kezia Mworia | Her bandmate
@c Tess Abernathy-Cole | -
The four women of Glasshouse Choir have spent most of the last decade playing to a few hundred people at a time in converted chapels and the upstairs rooms of pubs. Their fourth album, "⟦s:-|Tidewater⟧", may change that.
Recorded in nine days in a former boathouse on the Clyne estuary, it is a strange, luminous record, full of close harmony and the creak of old timber.
"⟦d:a|We left the windows open,⟧" said Orla Devane, who writes most of the band's songs. "⟦d:a|You can hear gulls on three tracks. We argued about it, and the gulls won.⟧"
Her bandmate Kezia Mworia, who plays cello and sings the low parts, said the sessions had nearly ended on the second day. "⟦d:b|Orla wanted to scrap everything and start again. I said, 'Give it until Thursday.' By Thursday we had 'Low Water' and nobody wanted to leave,⟧" she said.
The third voice belongs to Tess Abernathy-Cole, who joined in 2019 and at 29 is the youngest. Asked what had changed since then, she paused. "⟦d:c|We stopped trying to sound like a band we liked and started sounding like ourselves. That took longer than it should have,⟧" Tess said.
The fourth member, percussionist Ruth Okereke, was not available for interview, but she appears on the album's closing track, reading a letter her grandmother wrote in 1961.
Orla is wary of talk of a breakthrough. "⟦d:a|We've been told we're about to break through since 2016,⟧" she said. "⟦d:a|If it happens, lovely. If it doesn't, we'll still be in a chapel somewhere in February, singing to forty people and a dog.⟧"

### 020
@a Sunita Varghese | -
@b Dennis Oakes | Her neighbour
@c Rivers Agency | -
@d Harriet Osei-Lindqvist | Mayor
@e Joy | One resident
For the third time in five years, the River Leddon burst its banks at Castleford Mills on Friday night, flooding 62 homes and forcing the closure of the town's only bridge.
``⟦d:a|We'd only just got the new kitchen in,⟧'' said Sunita Varghese, standing in six inches of brown water in what used to be her living room. ``⟦d:a|The insurers told us last time they wouldn't cover us again. So that's that.⟧''
Her neighbour, retired postman Dennis Oakes, said he had moved his furniture upstairs as soon as the flood warning came through at 8pm. ``⟦d:b|You learn. First time, you lose everything. Second time, you lose the carpets. This time I lost a rug,⟧'' he said.
The Rivers Agency said the water level at the Castleford gauge peaked at 4.2 metres, the highest since records began in 1974. ``⟦d:c|Rainfall in the upper catchment was exceptional, with a month's rain falling in 36 hours,⟧'' the agency said.
Mayor Harriet Osei-Lindqvist, who visited the flooded streets on Saturday morning, said the town had been ``⟦p:d|promised flood defences for a decade⟧''. ``⟦d:d|I'm done asking politely,⟧'' she said.
One resident, who gave only her first name, Joy, said she had spent the night in the leisure centre with her two children. ``⟦d:e|The staff were amazing. They brought the kids hot chocolate at two in the morning,⟧'' she said.

### 021
@a Hywel Prosser | -
@b Anjali Mehrotra | a former climate scientist
@c Fergus Lyle | her business partner
@d Meinir | His wife
On a cold morning in late March, Hywel Prosser walks the length of a field above Llanfrew with a tablet in one hand and a spade in the other. The tablet is new. The spade belonged to his grandfather.
“⟦d:a|The tablet tells me where to dig,⟧” he says. “⟦d:a|The spade still does the digging.⟧”
Hywel, 52, is one of about 300 farmers in the region trialling software from Terrawise, a start-up that uses satellite images and soil sensors to predict where crops will struggle before the farmer can see it with the naked eye.
Terrawise was founded in 2021 by Anjali Mehrotra, a former climate scientist, and her business partner, Fergus Lyle. Its software is free for the first two seasons.
“⟦d:b|Farmers have been reading their land for thousands of years. We’re not replacing that. We’re giving them better glasses,⟧” Mehrotra said at the company’s offices in Porth Iddon.
Lyle, who grew up on a dairy farm in Ayrshire, said the hardest part had been earning trust. “⟦d:c|The first twenty farmers we spoke to basically told us to get off their land,⟧” he said. “⟦d:c|Fair enough. We hadn’t earned it.⟧”
Hywel was sceptical too. “⟦d:a:m|My wife signed us up. I was against it. I said, ‘I don’t need a computer to tell me the bottom field is wet.’⟧
“⟦d:a|But it found a drainage problem in the top field I’d never have spotted. Saved me maybe four thousand pounds in seed. So now I don’t say much at dinner.⟧”
His wife, Meinir, laughs when this is repeated to her. “⟦d:d|He says that, but he checks it every morning before he checks the weather,⟧” she said.

### 022
@a Miriam Oyelowo-Strand | Judge
@b Jonathan Beddoes | Prosecutor
@c Helena Marsh | -
@d Sarah Ndlovu | the hospice's chief executive
A former accountant who stole £1.4 million from a children's hospice charity over nine years has been jailed for six years.
Desmond Arkwright-Fell, 61, of Hollowmere, pleaded guilty at Kelsey Crown Court to fraud by abuse of position. He had been treasurer of the Little Lanterns Hospice Trust since 2011.
Sentencing him on Friday, Judge Miriam Oyelowo-Strand said he had "⟦p:a|betrayed the trust of people who gave what they could to care for dying children⟧".
"⟦d:a|You lived well on money that was meant for families in the worst days of their lives. You took holidays. You bought a boat,⟧" the judge told him. "⟦d:a|You have shown some remorse, but it came late, and only after you were caught.⟧"
Prosecutor Jonathan Beddoes said the thefts came to light when a new chair of trustees asked to see the original bank statements. "⟦d:b|The defendant had been supplying the board with doctored copies for years,⟧" he told the court.
Helena Marsh KC, for Arkwright-Fell, said her client was "⟦p:c|deeply ashamed⟧" and had sold his home to repay part of the money. "⟦d:c|He will carry this for the rest of his life, and he knows that nothing he says today will change what he did,⟧" she told the court.
In a victim statement read to the court, the hospice's chief executive, Sarah Ndlovu, said staff had felt "⟦p:d|sick⟧" when they learned of the fraud. "⟦d:d|Every pound he took was a pound we raised with cake sales and sponsored walks,⟧" she wrote.
The hospice said it had since tightened its financial controls.

### 023
@a Priya Venkataraman | the 34-year-old
@b Laila Haddad-Price | Eastmoor captain
@c Georgina Steele | Carnforth’s captain
Priya Venkataraman hit an unbeaten 112 as Eastmoor chased down 268 with four balls to spare against Carnforth at Holbeck Lane on Saturday.
The 34-year-old, who had been dropped for the previous two matches, came in with her side 41 for 3 and batted through to the end.
“⟦d:a|Being left out hurt. I’m not going to pretend it didn’t,⟧” Venkataraman said. “⟦d:a|But I went away, worked on my footwork against spin, and today it paid off.⟧”
Asked whether she had a message for the selectors, she laughed. “⟦d:a|I think the scoreboard has the message,⟧” the 34-year-old added.
Eastmoor captain Laila Haddad-Price said it was “⟦p:b|one of the great one-day innings⟧” she had seen. “⟦d:b|She took the game away from them on her own. I just had to stand at the other end and not get out,⟧” Haddad-Price said.
Carnforth’s captain, Georgina Steele, felt her bowlers had been “⟦p:c|too short, too often⟧”. “⟦d:c|Priya punished everything. When someone bats like that you tip your hat,⟧” she said.

### 024
@a Tomás Echeverría Luna | a 22-year-old physics student
@b Frances Obuya | the observatory's director
@c D. M. Harte | Echeverría Luna's supervisor
A team of astronomers in Aldmouth has identified a comet that they say will pass close enough to Earth next spring to be visible with the naked eye from dark-sky sites.
The comet, designated C/2025 K4, was first spotted in images taken by a 22-year-old physics student, Tomás Echeverría Luna, during a routine observing session at the Brackenfell Observatory.
"⟦d:a|At first I thought it was a smudge on the sensor,⟧" Echeverría Luna said. "⟦d:a|I nearly deleted it. I'm very glad I didn't.⟧"
Dr Frances Obuya, the observatory's director, said follow-up observations had confirmed the object's orbit. "⟦d:b|It's on a long, looping path that brings it round the Sun roughly once every 6,000 years,⟧" she said. "⟦d:b|So nobody alive has seen it before, and nobody will see it again for a very long time.⟧"
She cautioned that comets were notoriously hard to forecast. "⟦d:b|Comets are like cats. They have tails and they do exactly what they want,⟧" she said, quoting a line often attributed to an earlier astronomer.
The International Minor Bodies Bureau confirmed the discovery in a circular on Tuesday.
Echeverría Luna's supervisor, Prof. D. M. Harte, said the student had "⟦p:c|done everything right⟧". "⟦d:c|There's a decent chance it'll carry his name. I've told him not to let it go to his head,⟧" Harte joked.

### 025
@a Ottoline Fairbairn-Mensah | The chef
@b Luca Bernardini | Head chef
@c Imogen Thwaite | The food critic
The chef Ottoline Fairbairn-Mensah is to close Harbour & Hearth, her restaurant in Saltcombe Quay, after eleven years, she announced on Sunday.
In a post on Instagram, Fairbairn-Mensah wrote: “⟦d:a|Running a restaurant in 2025 is like running up a down escalator. For a long time we ran faster. We can’t any more.⟧”
She thanked her staff, some of whom had been with her since opening night. “⟦d:a|You are the best thing I ever made,⟧” she wrote.
The restaurant, which held a Michelin star from 2016 to 2022, will serve its last dinner on 28 September.
Head chef Luca Bernardini, who has worked in the kitchen for nine years, said the news had not come as a shock. “⟦d:b|We all saw the bills. We saw the price of butter. Ottoline protected us for as long as she could,⟧” he said.
The food critic Imogen Thwaite, who gave the restaurant its first national review, called the closure “⟦p:c|a genuine loss⟧”. “⟦d:c|It was never the fanciest room in the country, but it was one of the most generous. You left feeling looked after,⟧” she said.
Fairbairn-Mensah said she planned to take a year off before deciding what to do next. “⟦d:a|I’m going to cook for my kids and nobody else for a while,⟧” she told the Saltcombe Gazette.

### 026
@a Gwen Hartigan | team leader
@b Stefan Adler | The violin maker
@c Marcus Oyelaran | deputy leader
@d David Kemble | The father
The call comes in at 11.42pm: two walkers overdue on Scarth Pike, last heard from near the summit cairn, phone battery at 4 per cent.
Within twenty minutes, eleven volunteers from the Borrowmere Mountain Rescue Team are in the car park below the pike, pulling on waterproofs under head torches. None of them is paid.
"⟦d:a|People think we're all ex-army or ex-police. We've got a vet, two teachers, a plumber, a man who makes violins,⟧" says team leader Gwen Hartigan, 49, who has been with the team for 23 years. "⟦d:a|What we have in common is we don't like the thought of someone being cold on a hill.⟧"
The violin maker is Stefan Adler, 58. He joined the team in 2010 after he was himself rescued with a broken ankle on the same mountain. "⟦d:b|I owed them. I'm still paying it back,⟧" he says.
Tonight, the search is short. At 1.15am, a team led by deputy leader Marcus Oyelaran finds the two walkers, a father and his teenage son, huddled behind a wall 300 metres below the summit, cold but unhurt.
"⟦d:c|Are you Dave?⟧" Marcus calls out. "⟦d:d|I'm so sorry,⟧" comes the reply. "⟦d:d|I'm so, so sorry.⟧"
The father, David Kemble, 44, had taken a wrong turn in mist and then lost the path entirely. Back at the base, wrapped in a foil blanket and holding a mug of tea, he was still apologising. "⟦d:d|I thought I knew what I was doing. I didn't,⟧" he said. "⟦d:d|These people came out in the middle of the night for us. I don't know how you thank someone for that.⟧"
Marcus, who is 36 and teaches chemistry at a secondary school in Keswold, would be in front of a class of 15-year-olds in seven hours. He shrugged. "⟦d:c|You don't need to thank us. Just buy a map,⟧" he said.
The team carried out 112 rescues last year, a record. Hartigan worries about what that number says. "⟦d:a:m|A lot of it is people who've seen a photo online and think a mountain is a backdrop. It isn't. It's weather and rock and it doesn't care about you.⟧
"⟦d:a|But I'd still rather they came. I'd just rather they came with a torch.⟧"

### 027
@a Nadia Petrossian | Joint administrator
@b - | A person familiar with the company's finances
@c - | One sales assistant
@d Owen Bashir | its general secretary
The department store chain Pemberton & Lyle has collapsed into administration, putting 2,100 jobs at risk across its 19 stores.
Administrators from the firm Greaves Holloway were appointed on Monday. Joint administrator Nadia Petrossian said all stores would continue to trade "⟦p:a|while we explore all options, including a sale of the business⟧".
"⟦d:a|Pemberton & Lyle is a well-loved name with a loyal customer base, and we're hopeful of finding a buyer for some or all of the business,⟧" she said.
The 142-year-old chain has struggled since the pandemic. A person familiar with the company's finances said the board had tried and failed to raise £30 million from investors over the summer. "⟦d:b|They ran out of road. Everyone could see it coming except, apparently, the board,⟧" the person said.
At the flagship store on Ellery Street, staff were told the news at a meeting before opening. One sales assistant, who has worked in the menswear department for 17 years, said she was "⟦p:c|numb⟧". "⟦d:c|We knew it was bad. We didn't know it was this bad,⟧" she said.
The retail workers' union Unify said it would seek urgent talks with the administrators. "⟦d:d|These workers have kept the shop floors running through some very tough years. They deserve clarity, and they deserve it now,⟧" said its general secretary, Owen Bashir.

### 028
@a Kirsty | His mother
@b Anil Sethuraman | a consultant paediatric neurologist at Greybridge Children’s Hospital who led the UK arm of the trial
@c National Medicines Board | -
@d Mette Lindqvist-Haas | Holmgaard’s chief executive
@e Julian Frost | a health economist at the University of Wexley
Children with a rare muscle-wasting condition will be able to receive a new gene therapy after the National Medicines Board approved it on Wednesday, ending a two-year campaign by families.
The therapy, made by the Copenhagen-based Holmgaard Therapeutics, costs around £1.8 million per patient. About 40 children a year are expected to be eligible.
Ten-year-old Alfie Brennan-Hughes has been receiving the treatment as part of a clinical trial since 2023. His mother, Kirsty, said the change had been “⟦p:a|remarkable⟧”.
“⟦d:a|Two years ago he couldn’t climb the stairs. Last week he ran — badly, but he ran — across the playground to me,⟧” she said. “⟦d:a|I had to sit down in the car afterwards.⟧”
Prof. Anil Sethuraman, a consultant paediatric neurologist at Greybridge Children’s Hospital who led the UK arm of the trial, said the results were “⟦p:b|the most significant advance in this condition in my career⟧”.
The medicines board said in a statement that it had reached a “⟦p:c|confidential commercial agreement⟧” with the manufacturer. “⟦d:c|We are pleased that eligible children will now have access to this important treatment,⟧” the board said.
Holmgaard’s chief executive, Mette Lindqvist-Haas, said: “⟦d:d|This is a day for the families who never stopped pushing.⟧”
But Dr Julian Frost, a health economist at the University of Wexley, warned that the price set a worrying precedent. “⟦d:e|Nobody wants to put a price on a child’s mobility. But the money has to come from somewhere, and it will come from somewhere else in the health service,⟧” he said.

### 029
@a Élodie Marchetti-Brault | -
@b Benoît Lachance | The curator
@c Camille Brault | Her daughter
The retrospective of Élodie Marchetti-Brault at the Musée des Rives in Saint-Aurèle is the first in thirty years to bring together the painter's work from all four decades of her career.
Marchetti-Brault, now 81, walked through the rooms with the curator on the morning before the opening. She stopped in front of an enormous blue canvas from 1979 and said nothing for almost a minute.
«⟦d:a|I had forgotten how angry I was,⟧» she said finally. «⟦d:a|You don't see it now. Now it looks calm. But I painted it in a week when I could not sleep.⟧»
The curator, Benoît Lachance, spent four years tracking down works held in private collections. «⟦d:b|Some of these paintings have not been seen in public since the 1980s. One was hanging in a dentist's waiting room in Trois-Ponts,⟧» he said.
The exhibition is arranged not chronologically but by colour, a decision Lachance said the artist had insisted on. «⟦d:b|She told me, 'Dates are for historians. People see colour first.' I could not argue,⟧» he said.
Marchetti-Brault confirmed it. «⟦d:a|Chronology makes an artist look like a staircase. I was never a staircase. I was more like weather,⟧» she said.
Her daughter, the architect Camille Brault, who lent two paintings to the show, said she had grown up among the canvases. «⟦d:c|My childhood smelled of turpentine. I thought every house did,⟧» she said.
The show runs until 12 January.

### 030
@a Amira Saleh-Jones | Organiser
@b Trevor Blythe | His owner
@c Elaine Forsythe | Parish council chair
More than 400 people turned out on Sunday for the first Pellow Green village fete in six years, after a group of residents revived the event that folded during the pandemic.
Organiser Amira Saleh-Jones, who moved to the village in 2021, said she had been "⟦p:a|shocked that nobody had brought it back⟧". "⟦d:a|I asked around and everyone said, 'Oh, someone should do that.' So I thought, well, I'm someone,⟧" she said.
The highlight was the dog show, won by a three-legged greyhound called Biscuit. His owner, Trevor Blythe, 72, joked: "⟦d:b|He's faster on three than most of them are on four.⟧"
Parish council chair Elaine Forsythe said the fete had raised about £3,200 for the village hall roof. "⟦d:c|That's two hundred roof tiles and a lot of cake,⟧" she said.

### 031
@a Niamh Ó Súilleabháin | jockey
@b Bertie Fanshawe | trainer
@c Frank Ollerenshaw | One of those syndicate members
@d Harry Delacourt | Moonlit Quarry's jockey
Silver Almanac, a 33-1 outsider, won the Caldermoor Gold Cup on Saturday, giving jockey Niamh Ó Súilleabháin the biggest win of her career and trainer Bertie Fanshawe his first at the course in 28 years of trying.
The eight-year-old gelding came from last of 14 at the final fence to win by a length and a quarter from the favourite, Moonlit Quarry.
"⟦d:a|I just let him find his feet and he kept finding more,⟧" said Ó Súilleabháin, 23. "⟦d:a|Jumping the last I thought we might get third. Then he just went.⟧"
Fanshawe, 71, was close to tears in the winner's enclosure. "⟦d:b|Twenty-eight years. I'd started to think the place had something against me,⟧" he said. "⟦d:b|This lad's owned by a syndicate of retired postmen from Rotherford. You couldn't write it.⟧"
One of those syndicate members, Frank Ollerenshaw, 76, said the group had bought the horse for £4,000 as a yearling. "⟦d:c|We each put in three hundred quid and a bottle of whisky for the vet,⟧" he said.
Moonlit Quarry's jockey, Harry Delacourt, said his mount had "⟦p:d|run his race⟧". "⟦d:d|We just bumped into one with wings today,⟧" Delacourt said.

### 032
@a Deepak Raman | chief executive
@b Catriona Mulhern | Fairdrive’s head of policy
@c Angharad Wyn-Jones | Retired teacher
@d Voltline | the electric vehicle charging company
Voltline, the electric vehicle charging company, will install 5,000 new rapid chargers along motorways and major roads over the next three years, it said on Tuesday.
The £640 million plan will more than double the size of the network. “⟦d:a|Range anxiety is really charger anxiety. People don’t worry about the battery, they worry about whether the charger will work when they get there,⟧” said chief executive Deepak Raman.
Raman admitted that the company’s existing chargers had a “⟦p:a|reliability problem⟧”. About one in eight is out of service at any given time, according to the consumer group Fairdrive.
“⟦d:b|Announcing new chargers is all very well, but drivers would settle for the old ones working,⟧” said Fairdrive’s head of policy, Catriona Mulhern.
Retired teacher Angharad Wyn-Jones, who has driven an electric car for four years, said the experience had improved but remained “⟦p:c|a lottery⟧” on long trips. “⟦d:c|Last month I visited three broken chargers in a row on the way to my sister’s. I arrived with two per cent and a headache,⟧” she said.
Voltline said the new chargers would be monitored remotely and repaired within 24 hours. “⟦d:d|We have heard the criticism and we accept it,⟧” the company said.

### 033
@a Morag Sinclair-Ahmed | -
@b Ewan Sinclair | Her nephew
Morag Sinclair-Ahmed has been mending nets on the harbour wall at Skarvoe for 41 years. She started when she was 19, the summer her father's boat went down with him aboard.
She doesn't talk about that summer much, she says, and then talks about it for twenty minutes.
``⟦d:a:m|They found the boat but they didn't find him. My mother never went down to the harbour again. Not once, in thirty years. She'd send me for the fish.⟧
``⟦d:a:m|I was angry at the sea for a long time. Then I was angry at him, for going out when the forecast was bad. Then I just got tired of being angry, and I started mending the nets, because somebody had to, and my hands needed something to do.⟧
``⟦d:a|You can't hate a thing and work with it every day. One of you has to give in. It was me.⟧''
Skarvoe had 23 working boats when Morag started. It has four now. The fish processing plant closed in 2008; the school went down to a single class in 2016.
Her nephew, Ewan Sinclair, skippers one of the remaining boats. ``⟦d:b|Morag's the reason half of us are still going. She'll fix a net at midnight if you need it for the morning,⟧'' he said. ``⟦d:b|She won't take money for it either. You have to leave it in her letterbox and run.⟧''
Asked whether she ever thinks of stopping, Morag looks genuinely puzzled. ``⟦d:a|And do what? Sit in the house? I'd be dead in a month,⟧'' she says. ``⟦d:a|No. When they take the last boat out of this harbour, I'll stop. Not before.⟧''

### 034
@a Ruth Calloway-Diaz | a Democrat from Harlan Falls
@b Luis F. Ortega-Ruiz | spokesman
@c Dale Whitcombe | a Republican who sits on the transportation committee
@d Loretta Banks | -
Sen. Ruth Calloway-Diaz, a Democrat from Harlan Falls, on Monday introduced a bill that would require the state's transit authority to restore weekend bus service on 14 rural routes cut during the pandemic.
"⟦d:a|If you live in Harlan Falls and you don't drive, you cannot get to a grocery store on a Sunday. That is not a transit system. That is a weekday commuter service with a logo,⟧" the senator said at a news conference in the Capitol rotunda.
The Northern Valley Transit Authority said the cuts had been forced by a shortage of drivers. "⟦d:b|We share the senator's goal, and we are recruiting aggressively,⟧" spokesman Luis F. Ortega-Ruiz said. "⟦d:b|But a bus without a driver doesn't help anybody.⟧"
Sen. Dale Whitcombe, a Republican who sits on the transportation committee, said he was "⟦p:c|open to the idea⟧" but wanted to see costs. "⟦d:c|I've got constituents on those routes too. I just want to know how we pay for it before we vote on it,⟧" he said.
Among those at the news conference was Loretta Banks, 68, who uses a wheelchair and relies on the bus to reach dialysis three times a week. "⟦d:d|On Saturdays my son has to take off work to drive me. He's lost two jobs over it,⟧" she said.

### 035
@a Isla Ferreira-McBride | the trust’s head of seabird science
@b Peter Haugland | Volunteer counter
@c - | A spokesman for the Northern Fishermen’s Association
Numbers of breeding kittiwakes on the Farnholm Islands have fallen by 40 per cent in a decade, according to the annual count published this week by the Coastal Bird Trust.
“⟦d:a|These birds are telling us something about the state of the sea, and it isn’t good news,⟧” said Dr Isla Ferreira-McBride, the trust’s head of seabird science. “⟦d:a|They’re running out of sand eels, and the sand eels are running out of cold water.⟧”
The count, carried out by a team of 16 volunteers and four staff, found 3,110 nesting pairs, down from 5,230 in 2015.
Volunteer counter Peter Haugland, who has taken part in every survey since 1998, said the change was visible from the boat. “⟦d:b|You used to hear them before you could see them. Now there are whole stretches of cliff that are just quiet,⟧” he said.
Fishing industry groups have disputed suggestions that commercial sand eel fishing is to blame. A spokesman for the Northern Fishermen’s Association said the decline was “⟦p:c|overwhelmingly about temperature, not trawlers⟧”.
Ferreira-McBride said both factors mattered. “⟦d:a|We can’t turn down the temperature of the North Sea next year. We can choose how many sand eels we take out of it,⟧” she said.

### 036
@a Dario Fontanesi | -
@b Martin Kask | The coach in question
@c Kwame Asante-Boateng | the centre
@d Tyrell Ambrose-Hicks | Foxes guard
Dario Fontanesi scored 31 points and Kwame Asante-Boateng added 18 rebounds as the Harbour City Herons beat the Ridgeway Foxes 98-91 on Friday to level their playoff series at 2-2.
The Herons trailed by 14 at half-time. "⟦d:a|Coach didn't shout. That's what scared us,⟧" Fontanesi said of the half-time team talk. "⟦d:a|He just sat down and said, 'Are you done?' And we were.⟧"
The coach in question, Martin Kask, confirmed the account. "⟦d:b|Sometimes the loudest thing you can do is be quiet,⟧" he said, before adding with a smile: "⟦d:b|Don't tell my wife I said that.⟧"
Asante-Boateng, who played through a sprained ankle, was asked how he felt. "⟦d:c|Ask me tomorrow,⟧" the centre said. "⟦d:c|Tonight I feel great. Tomorrow I'll feel 60.⟧"
Foxes guard Tyrell Ambrose-Hicks, who had 24 points, said his team had "⟦p:d|stopped moving the ball⟧" in the second half. "⟦d:d|We got comfortable. You can't get comfortable in a playoff series,⟧" the guard said.
Game five is in Ridgeway on Monday.

### 037
@a George Hartley | -
@b Michael | the managing director
@c Sam | Michael's son
In the cutting room of Hartley & Sons in Northfield, three men called Hartley are arguing about leather.
"⟦d:a|That's too thin for a heel counter,⟧" says George Hartley, who is 84 and officially retired.
"⟦d:b|It's the same leather we've used for ten years, Dad,⟧" says his son Michael, the managing director.
"⟦d:c|It's actually slightly thicker,⟧" offers Sam, Michael's son, who is 29 and runs the company's website. He has the measurements on his phone.
George looks at the phone, then at the leather, then at his grandson. "⟦d:a|Phones don't wear shoes,⟧" he says.
The company, founded by George's father in 1931, makes about 9,000 pairs of handmade shoes a year. Last year, for the first time, more than half were sold online, a shift Sam pushed for.
"⟦d:c|Grandad thought the internet was a fad until about 2019,⟧" Sam said. "⟦d:c|Now he asks me every morning how many orders came in overnight.⟧"
Michael said the business had come close to closing in 2009, when two big department store customers went bust within a month. "⟦d:b|We had a family meeting around the kitchen table. My father said, 'We make good shoes. People will always need good shoes.' I wasn't sure he was right. He was,⟧" he said.
Asked who will run the company when Michael retires, all three men answer at once, and none of them says the same name.

### 038
@a Rhona MacAskill | -
@b - | a dairy farmer in his forties who asked not to be named
@c Ewan Tait | a GP in the village of Strathlorne
A helpline set up by a farmer’s widow to support rural workers in crisis answered more than 6,000 calls last year, double the number in 2022.
Rhona MacAskill founded FieldLine in 2018, two years after her husband, Iain, took his own life.
“⟦d:a|Iain would never have rung a helpline with a city number and someone on the end who didn’t know what a ewe was,⟧” she said. “⟦d:a|So we made one where everyone who answers has worked on the land.⟧”
One caller, a dairy farmer in his forties who asked not to be named, said he had rung the line in the middle of the night during the 2023 milk price collapse. “⟦d:b|I didn’t want to talk to my wife because she’d worry. I didn’t want to talk to my neighbour because he’d tell the whole valley. The woman on the phone just listened. For an hour,⟧” he said.
Dr Ewan Tait, a GP in the village of Strathlorne, said rural patients were often reluctant to see a doctor about their mental health. “⟦d:c|By the time they come to me, it’s usually been going on for years,⟧” he said.
FieldLine receives no government funding. MacAskill said she hoped that would change. “⟦d:a|We run on bake sales and one very generous tractor dealer. That isn’t a sustainable model for something that saves lives,⟧” she said.

### 039
@a Seo Ji-won | The Korean director
@b Park Min-seo | The film's star
@c Annelise Kroeger | the German actor
@d Matías Urrutia Peña | -
The Korean director Seo Ji-won won the Golden Heron, the top prize at the Marlhaven Film Festival, on Saturday for "⟦s:-|The Quiet Floor⟧", a drama about a night-shift cleaner in an office tower.
Accepting the award, Seo spoke first in Korean. "⟦d:a|감사합니다. 정말 감사합니다.⟧" Then, in English: "⟦d:a|Thank you. Really, thank you. This film is for every person who cleans a building after everyone else has gone home.⟧"
The film's star, Park Min-seo, who plays the cleaner, spoke through an interpreter at a news conference afterwards. "⟦d:b|I worked for two months as a cleaner before filming. My back still remembers,⟧" she said.
Jury president Annelise Kroeger, the German actor, called the film "⟦p:c|a work of enormous tenderness and precision⟧". "⟦d:c|We argued about many films. We did not argue about this one,⟧" she said.
The runner-up prize went to "⟦s:-|Salt Lines⟧", a Chilean documentary by Matías Urrutia Peña, who was unable to attend. In a video message, he said: "⟦d:d|I wish I were there with you. The fishermen in the film are watching from Valparaíso tonight, and they are very proud.⟧"

### 040
@a Kemal Yıldırım | -
@b Freya Lindgren | -
@c Bernard Quaye | The association's chair
@d Rosa Hindmarsh | the council's cabinet member for transport
A new protected cycle lane on Brindle Street has divided shopkeepers, with some blaming it for a fall in trade and others saying it has brought new customers.
The lane, which opened in June, replaced 38 parking spaces. Kemal Yıldırım, who has run a hardware shop on the street for 22 years, says takings are down a fifth. ``⟦d:a|My customers buy paint and ladders. They don't carry a ladder home on a bicycle,⟧'' he said.
Two doors down, Freya Lindgren, who opened a café in 2023, says the opposite. ``⟦d:b|Saturdays are the busiest we've ever had. People cycle in, lock up, have a coffee. They'd never have stopped before, because you couldn't hear yourself think for traffic,⟧'' she said.
The Brindle Street Traders' Association surveyed its 41 members last month; 23 said trade had fallen. The association's chair, Bernard Quaye, said the council had ``⟦p:c|simply not listened⟧''.
Cllr Rosa Hindmarsh, the council's cabinet member for transport, said it was too early to judge. ``⟦d:d|Every new scheme has a bedding-in period. We'll look at the footfall data in the new year, and if changes are needed, we'll make them,⟧'' she said.
Asked whether the parking spaces might return, she said: ``⟦d:d|I'm not ruling anything in or out.⟧''
Yıldırım is not convinced. ``⟦d:a|In the new year I may not be here,⟧'' he said.

### 041
@a Glenys Appiah-Morgan | the federation’s secretary
@b Sebastián Ruiz-Albornoz | an entomologist at Kenworth University
@c T.J. Ferncliffe | Hobby beekeeper
Honeybee colonies in the Vale of Arden lost an average of 31 per cent of their hives over the winter, according to a survey by the Arden Beekeepers’ Federation, the worst figure since the survey began in 2007.
“⟦d:a|It’s been a brutal year,⟧” said the federation’s secretary, Glenys Appiah-Morgan, who keeps 14 hives near Wootton Lacey. “⟦d:a|A wet spring, a wet summer, and then the mites had a field day.⟧”
The federation blamed the varroa mite, a parasite that spreads viruses between bees, and unusually poor weather. Dr Sebastián Ruiz-Albornoz, an entomologist at Kenworth University, agreed. “⟦d:b|When bees can’t forage, colonies go into winter weak and small, and a weak colony is a gift to varroa,⟧” he said.
Asked whether pesticides played a role, Ruiz-Albornoz was careful. “⟦d:b|They may well be part of the picture in some areas. But this year, the weather is the headline,⟧” he said.
Hobby beekeeper T.J. Ferncliffe lost all three of his hives. “⟦d:c|I opened them up in March and it was just silence. You know something’s wrong before you even look,⟧” he said. “⟦d:c|I’ll start again. Everyone does.⟧”
The federation will run free workshops on mite control this spring.

### 042
@a Katharina Vogelsang | -
@b Ashleigh Munroe | the Scot
@c Alistair Drummond-Lyle | Tournament host
Katharina Vogelsang won the Dunvegan Links Championship on Sunday after a three-hole playoff with Ashleigh Munroe, holing a 25-foot putt for birdie on the 18th.
The 29-year-old German, who had never won on the tour before, dropped to her knees as the ball fell. "⟦d:a|Ich kann es nicht glauben,⟧" she told German television moments later: "⟦d:a|I can't believe it.⟧"
Speaking in English afterwards, Vogelsang said she had nearly given up the game two years ago. "⟦d:a|I had no money, no sponsor, and my swing was a disaster. My father told me to give it one more season,⟧" she said. "⟦d:a|This is his trophy as much as mine.⟧"
Munroe, who had led by three shots with four holes to play, was gracious. "⟦d:b|I'll be thinking about the 15th for a while,⟧" the Scot said. "⟦d:b|But she holed the putts when it mattered. I didn't.⟧"
Tournament host Sir Alistair Drummond-Lyle presented the trophy. "⟦d:c|That putt will be talked about in the clubhouse for fifty years,⟧" he said.

### 043
@a Yetunde Bakare | the chief executive
@b Louisa Hemmings | the chief technology officer
@c Viktor Salonen | Ardent Ridge partner
Tessellate, a Brennock-based start-up that makes design software for architects, has raised £18 million from investors led by the venture capital firm Ardent Ridge.
The company was founded in 2020 by Dr Yetunde Bakare and Louisa Hemmings, who met as PhD students at the University of Brennock.
“⟦d:a|Architects spend about a third of their time redrawing things that have already been drawn,⟧” said Bakare, the chief executive. “⟦d:a|We want to give them that time back.⟧”
Hemmings, the chief technology officer, said the money would be used to hire 60 engineers. “⟦d:b|We’ve been turning customers away because we couldn’t build fast enough. That’s a nice problem, but it’s still a problem,⟧” she said.
Ardent Ridge partner Viktor Salonen, who will join Tessellate’s board, said he had been impressed by how quickly the company had grown. “⟦d:c|They have customers who love them. That’s rarer than you’d think,⟧” he said.
Bakare said she had been turned down by 31 investors before raising the company’s first funding round in 2021. “⟦d:a|One of them told me to come back when I had a co-founder who looked more like a CTO. I said, ‘She is the CTO.’ He didn’t call back,⟧” she said.

### 044
@a Inês Figueiredo Alves | its owner
@b Joaquim Baptista | The town's unofficial historian
@c Maria do Céu Pinto | -
@d Turismo do Alto Vale | the regional tourism office
The old town of Vila do Amparo sits on a ridge above the River Alvaro, a tangle of whitewashed lanes that most visitors to the region drive straight past on the way to the coast.
That is starting to change. Visitor numbers have tripled since 2019, according to Turismo do Alto Vale, the regional tourism office, and the town's first boutique hotel opened last spring in a former convent.
«⟦d:a|Quando comprámos o edifício, havia cabras no claustro,⟧» says its owner, Inês Figueiredo Alves, laughing. «⟦d:a|When we bought the building, there were goats in the cloister.⟧»
Figueiredo Alves, who grew up in the town and spent 15 years working in hotels in Lisbon and Geneva, came home in 2020 to care for her mother. «⟦d:a|I thought I would stay six months. My mother is still here, and so am I,⟧» she said.
The town's unofficial historian, retired schoolteacher Joaquim Baptista, leads free walking tours on Saturday mornings. «⟦d:b|Every stone here has a story, and most of the stories are about somebody's grandmother,⟧» he said.
Not everyone welcomes the attention. Maria do Céu Pinto, who has sold cheese from the same doorway for 40 years, worries about rising rents. «⟦d:c|The tourists are lovely. They buy cheese. But my grandson cannot afford a flat here any more,⟧» she said.
Turismo do Alto Vale said it was working with the municipality on «⟦p:d|a sustainable model that benefits residents as well as visitors⟧».

### 045
@a Castlebrook United | -
@b Stuart Kinnear | manager
@c Lee Okonedo | Former Castlebrook captain
@d - | one season-ticket holder
Castlebrook United sacked manager Stuart Kinnear on Monday, two days after a 4-0 home defeat by Millbridge left the club second from bottom of the second division.
In a statement, the club said: "⟦d:a|The board would like to thank Stuart for his hard work and commitment. However, results have fallen well short of expectations, and we believe a change is needed.⟧"
Kinnear, 52, had been in charge for 14 months. During Saturday's defeat, sections of the home crowd chanted "⟦s:-|You don't know what you're doing⟧" as Millbridge scored their fourth.
Speaking on Saturday evening, before his dismissal, Kinnear had insisted he could turn things round. "⟦d:b|I've been in worse holes than this and climbed out,⟧" he said. "⟦d:b|I'm not a quitter.⟧"
Former Castlebrook captain Lee Okonedo, who now works as a pundit on Radio Castlebrook, said the decision was "⟦p:c|harsh but not surprising⟧". "⟦d:c|Stuart's a good man. But the players stopped running for him about a month ago, and once that happens there's only one way it ends,⟧" he said.
First-team coach Danny Whitlow will take charge for Saturday's trip to Ashbury.
Outside the ground on Monday afternoon, one season-ticket holder, who has supported the club for 50 years, said the problems went deeper than the manager. "⟦d:d|They've had five managers in four years. At some point you have to look at who's picking them,⟧" he said.

### 046
@a Haruka Nishimura-Osei | -
@b Jonas Eberhardt | The orchestra’s principal cellist
@c Philippa Langstone | The orchestra’s chief executive
Haruka Nishimura-Osei conducts with her whole body. In rehearsal with the Brennock Philharmonic on a grey Thursday morning, she crouches, she leaps, and at one point, during the slow movement of Dvořák’s Eighth, she stands entirely still for eight bars with her eyes closed.
“⟦d:a|The orchestra knows the notes. My job is to remind them why the notes are there,⟧” she said afterwards, drinking green tea from a flask in a cramped dressing room.
Nishimura-Osei, 38, was born in Osaka to a Japanese mother and a Ghanaian father, and grew up between the two countries. She takes over as the orchestra’s music director in September, the first woman to hold the post in its 112-year history.
She is impatient with the question of what that means. “⟦d:a|People want me to say it is a big moment for women. Of course it is. But I would like to be the first woman who is judged only on the Brahms,⟧” she said.
Her first teacher was her grandmother, a piano teacher in Osaka. “⟦d:a|She used to say, ‘音楽は嘘をつかない’ — music doesn’t lie. I thought this was a nice saying. Now I think it is a warning,⟧” she said.
The orchestra’s principal cellist, Jonas Eberhardt, has played under 40 conductors in 25 years. “⟦d:b|Some conductors tell you what to do. Haruka asks you what you think, and then she tells you what to do,⟧” he said, laughing. “⟦d:b|But you feel asked. That matters.⟧”
The orchestra’s chief executive, Philippa Langstone, said the appointment had been unanimous. “⟦d:c|We saw her conduct once, as a last-minute replacement, and the board had made up its mind by the interval,⟧” Langstone said.
Nishimura-Osei is planning a first season that mixes the core repertoire with new works by composers from Ghana and Japan. Asked whether she worries about ticket sales, she smiled.
“⟦d:a:m|I worry about everything. I worry when I wake up. But I have noticed that audiences are braver than the people who sell tickets to them.⟧
“⟦d:a|Give them something real and they will come back. Give them something safe and they will stay home and listen to a recording.⟧”

### 047
@a Shona Reddington | the union's regional officer
@b Hatherley District Council | -
@s - | a council spokeswoman
@c Gordon Maalouf | Resident
@d - | A council source
Bin collections in Hatherley have been suspended for a second week after refuse workers walked out in a dispute over pay.
About 120 members of the Municipal Workers' Union began an indefinite strike on 2 October after rejecting a 3 per cent offer.
"⟦d:a|Our members do a hard, dirty, dangerous job, and they've had a real-terms pay cut every year for a decade,⟧" said Shona Reddington, the union's regional officer. "⟦d:a|They're not asking for the moon. They're asking to keep up with the price of bread.⟧"
Hatherley District Council said the offer was "⟦p:b|fair and affordable⟧". "⟦d:s|We understand the frustration of residents, and we urge the union to return to talks,⟧" a council spokeswoman said.
On Melton Avenue, black bags were piled waist-high against lamp posts on Friday. Resident Gordon Maalouf said foxes had torn several open overnight. "⟦d:c|I've got some sympathy for the binmen, I really have. But my sympathy's wearing thin by the smell,⟧" he said.
A council source said contingency plans to hire private contractors had been discussed but not yet approved. "⟦d:d|Nobody wants to be seen as strike-breaking. But if this goes on another week, there'll be rats,⟧" the source said.

### 048
@a Einar Þórðarson | glaciologist
@b Benedikt Aschauer | His co-author
@c Sigrún Halldórsdóttir | -
Glaciers in the Skardal mountain range have lost a quarter of their volume since 2000, faster than previously estimated, according to a study published on Wednesday.
The research, led by glaciologist Dr Einar Þórðarson of the University of Reykholt, combined satellite measurements with 20 years of field surveys.
“⟦d:a|We knew it was bad. We didn’t expect the acceleration in the last five years to be so sharp,⟧” Þórðarson said. “⟦d:a|Some of the smaller glaciers we studied as students are simply gone.⟧”
His co-author, Dr Benedikt Aschauer of the Alpine Research Institute in Innsbruck, said the findings had implications beyond the region. “⟦d:b|These are relatively small glaciers, but they behave like canaries. What happens here tends to happen to the bigger ice masses a decade later,⟧” he said.
Þórðarson, who has visited the range every summer since 1998, said one glacier he first measured as a doctoral student had retreated by 1.4 kilometres. “⟦d:a|I used to pitch my tent at the snout. That spot is now a lake with a small café beside it,⟧” he said.
Sigrún Halldórsdóttir, who farms sheep in the valley below the range, said meltwater floods had become more frequent. “⟦d:c|Twice in three years the bridge has gone. My grandfather saw that happen once in his whole life,⟧” she said.

### 049
@a Amara Nwachukwu-Clarke | the teenager
@b Bronwen Ellery | Her coach at Kestrel Swimming Club
@c Chioma | Amara's mother
@d Lucy Pemberton-Shaw | Its holder
Fifteen-year-old Amara Nwachukwu-Clarke broke the national junior record in the 200 metres butterfly at the Eastland Championships on Saturday, touching in 2 minutes 8.91 seconds.
``⟦d:a|I didn't look at the board at first because I was scared it would be slow,⟧'' the teenager said. ``⟦d:a|Then everyone started screaming and I thought, OK, maybe not slow.⟧''
Her coach at Kestrel Swimming Club, Bronwen Ellery, said the record had been ``⟦p:b|coming for months⟧''. ``⟦d:b|She trains at half five every morning before school and she's never once complained. Well, once,⟧'' Ellery said.
Amara's mother, Chioma, who drives her to the pool each morning, said the family had ``⟦p:c|given up on lie-ins⟧'' years ago. ``⟦d:c|People ask if I'm proud. I'm mostly tired,⟧'' she joked. ``⟦d:c|But yes. Very proud.⟧''
The previous record of 2:09.40 had stood since 2011. Its holder, Lucy Pemberton-Shaw, who now works as a physiotherapist, posted on social media: ``⟦d:d|Records are made to be broken. Congratulations, Amara, and enjoy every minute.⟧''

### 050
@a Hamid Rostami | the guild's general secretary
@b SkyKestrel | the budget airline
@c Dominika Wróbel | -
@d Adaeze Okoro | Consumer rights lawyer
Thousands of holidaymakers face disruption after pilots at the budget airline SkyKestrel voted to strike for six days during the half-term break.
The Airline Pilots' Guild said 91 per cent of members who voted backed action in a dispute over rostering. "⟦d:a|Our pilots are exhausted. Fatigue is a safety issue, not a bargaining chip,⟧" said the guild's general secretary, Captain Hamid Rostami.
SkyKestrel warned that the strikes would cause "⟦p:b|unnecessary misery⟧" for families. "⟦d:b|We have made a generous offer and we remain available for talks at any time,⟧" the airline said in a statement.
At Harlow Green airport on Friday, Dominika Wróbel, travelling to Kraków with her two children, said she had booked the trip a year ago. "⟦d:c|If it's cancelled, I don't know what we'll do. The kids have been counting the days,⟧" she said.
Consumer rights lawyer Adaeze Okoro said passengers whose flights were cancelled would be entitled to a refund or rebooking. "⟦d:d|Keep every receipt,⟧" she advised. "⟦d:d|Hotels, meals, taxis: the airline may well have to pay for them.⟧"

### 051
@a Cressida Ombaka | -
@b Raymond Achterberg-Finch | -
The biggest queue at this year’s Hallamshire Book Festival was not for a celebrity memoir but for two novelists in their seventies talking about friendship.
Dame Cressida Ombaka and Raymond Achterberg-Finch have known each other since 1971, when they shared a flat above a chip shop in Leeds. Both went on to win the Harrow Prize, eleven years apart.
“⟦d:a|He was the worst flatmate I’ve ever had,⟧” Ombaka told the audience. “⟦d:b|That’s a lie,⟧” Achterberg-Finch replied. “⟦d:b|I was the second worst. You had that boyfriend with the snake.⟧”
The session, chaired by the broadcaster Nadia Ferrante, ranged across fifty years of writing, rejection and reconciliation. The pair did not speak for most of the 1990s after Achterberg-Finch wrote a bad review of one of Ombaka’s novels.
“⟦d:b|I called it ‘ambitious’. Everyone knows what that means,⟧” he admitted. “⟦d:a|Everyone does,⟧” she said drily.
Ferrante asked what had brought them back together. “⟦d:a|His wife rang me,⟧” Ombaka said. “⟦d:a|She said, ‘He’s being an idiot, and he misses you.’ Both of those things were true.⟧”
During questions, a woman in the front row asked whether either of them still wrote by hand. “⟦d:b|Always,⟧” said Achterberg-Finch. “⟦d:a|Never,⟧” said Ombaka, at exactly the same moment, and the room dissolved.

### 052
@a Obiageli Nwosu | the clinical director for cancer services at Ravensmoor Hospitals Trust
@b - | a reporter
@c Gareth Llewellyn-Price | health secretary
@d Brenda Aspinall | Patient
Construction of a £95 million cancer treatment centre at Ravensmoor Hospital will begin in January after the government approved funding, health officials confirmed on Thursday.
The centre will house four radiotherapy machines and means patients in the west of the county will no longer have to travel up to 90 miles for treatment.
"⟦d:a|For too long, where you live has decided how tired you are when you walk into your radiotherapy appointment,⟧" said Dr Obiageli Nwosu, the clinical director for cancer services at Ravensmoor Hospitals Trust.
At a press conference at the hospital, health secretary Gareth Llewellyn-Price was asked by a reporter: "⟦d:b|Why has this taken eleven years, when it was first promised in 2014?⟧"
"⟦d:c|That's a fair question, and I'm not going to defend every decision made before I had this job,⟧" Llewellyn-Price replied. "⟦d:c|What I can say is that the money is now signed off and the diggers arrive in January.⟧"
Patient Brenda Aspinall, 66, who completed six weeks of radiotherapy last year, said the daily round trip of three hours had been "⟦p:d|the worst part of the whole thing⟧". "⟦d:d|The treatment itself takes ten minutes. Then you sit in a car for three hours feeling sick,⟧" she said.

### 053
@a Delroy Campbell | -
@b Janice Obi-Harrington | The club’s secretary
@c Kai | One of his current players
Every Sunday at 9am, whatever the weather, Delroy Campbell unlocks the gate at Millfield Rec and starts putting out cones for the under-nines of Millfield Juniors.
He has done it for 19 years. “⟦d:a|Some of my first lot have kids in the team now,⟧” Delroy said. “⟦d:a|That makes me feel very old and very happy at the same time.⟧”
The club’s secretary, Janice Obi-Harrington, nominated him for this year’s county volunteer award, which he won last week. “⟦d:b|He’d never have put himself forward. He’d rather be blowing up footballs,⟧” she said.
One of his current players, eight-year-old Kai, was asked what makes Delroy a good coach. He thought hard. “⟦d:c|He knows everyone’s name. And he has the best snacks,⟧” he said.

### 054
@a Ilse van der Berg | -
@b Northlight Interactive | The studio's publisher
@c Hamza Sheikh | Games critic
Lanternfish Games, the tiny studio behind last year's surprise hit "⟦s:-|Dead Reckoning⟧", has cancelled its follow-up after two years in development, its founder announced on Tuesday.
In a blog post, Ilse van der Berg, who started the company in her spare bedroom in Hoorndam in 2017, wrote that the game "⟦p:a|wasn't fun, and we couldn't make it fun⟧".
"⟦d:a|We tried for eighteen months. We rebuilt the combat three times. At some point you have to be honest with yourself and with the people who are paying for it,⟧" she wrote.
Van der Berg told this newspaper the decision had been the hardest of her career. "⟦d:a:m|The easy thing would have been to ship it. We had a publisher, we had a date, we had fans waiting. But I've played a lot of games that were shipped because the easy thing was to ship them.⟧
"⟦d:a|I didn't want to make one of those. I'd rather make nothing for a year.⟧"
The studio's publisher, Northlight Interactive, said it "⟦p:b|fully supported⟧" the decision and would fund a new project. "⟦d:b|Lanternfish has earned the right to take its time,⟧" the company said.
Games critic Hamza Sheikh said cancellations of this kind were more common than players realised. "⟦d:c|Most studios would never say it out loud. They'd just let the game quietly die. What Ilse did was unusually honest,⟧" he said.

### 055
@a Jory Trevithick | Coxswain
@b Anton Kowalczyk | The sailor
@c Western Coastguard | -
A yachtsman was rescued from the sea off Penmorvah Point on Wednesday after his boat capsized in a sudden squall, the Penmorvah lifeboat crew said.
The man, in his sixties, had been in the water for about 40 minutes when the crew reached him. Coxswain Jory Trevithick said he had been “⟦p:a|very lucky indeed⟧”.
“⟦d:a|He had a lifejacket on, and that’s the only reason we’re talking about a rescue and not a recovery,⟧” Trevithick said. “⟦d:a|The water’s still only eleven degrees. Forty minutes in that is a long time.⟧”
The sailor, Anton Kowalczyk, 64, from Treloe, spoke to reporters from his hospital bed on Thursday. “⟦d:b|One minute I was having a cup of tea in the cockpit, the next I was underwater,⟧” he said. “⟦d:b|I’m going to buy every one of those lads a pint. Several pints.⟧”
The squall had not been forecast. “⟦d:c|Conditions can change very quickly at this time of year. Always wear a lifejacket, always carry a means of calling for help,⟧” the Western Coastguard said in a statement.

### 056
@a Ottilie Delacroix-Webb | -
@b Margot | her twin sister
@c Harold Pykett | a retired dairy farmer
Ottilie Delacroix-Webb and her twin sister, Margot, were 24 when they inherited eleven acres of neglected vines on a south-facing slope above the village of Lower Ashwell. Neither of them had ever made wine.
"⟦d:a|We had one book and a lot of optimism,⟧" Ottilie said. "⟦d:b|Mostly optimism,⟧" Margot added.
Eight years on, Ashwell Slope sparkling wine is on the list at three restaurants in the capital and won a gold medal at the Westmarch Wine Awards in June.
The twins divide the work: Ottilie runs the vineyard, Margot the winery. "⟦d:b|She grows it, I ruin it,⟧" Margot said. "⟦d:b|That's the official line.⟧"
Their neighbour, Harold Pykett, a retired dairy farmer, was sceptical when they started. "⟦d:c|I gave them two years. I was wrong, and I've said so in the pub, which is as public as it gets round here,⟧" he said.
The sisters now employ six people and are planting another four acres. Asked whether they ever argue, Ottilie laughed. "⟦d:a|Every day. About everything. But never about the wine,⟧" she said.
"⟦d:b|That's not true,⟧" said Margot.

### 057
@a Priyanka Dasgupta-Moore | chief executive
@b Oscar Lindahl | a retail analyst at Corvin Securities
@c Doreen Maddox | Shopper
@d Alun Prydderch | its president
The supermarket chain Fenwicks will cut the price of 400 everyday products by an average of 12 per cent from Monday, in the latest salvo of a price war among the country's big grocers.
``⟦d:a|Families are still feeling the squeeze, and we want to be on their side,⟧'' said chief executive Priyanka Dasgupta-Moore. ``⟦d:a|These are permanent cuts, not a promotion.⟧''
The move follows similar announcements by rivals Brightmart and Callander's in the past month. ``⟦d:b|Nobody wants to be the one who blinks first on price,⟧'' according to Oscar Lindahl, a retail analyst at Corvin Securities, who said the cuts would squeeze margins across the sector.
Shopper Doreen Maddox, 71, said she had noticed prices falling on some items. ``⟦d:c|Butter's come down. Coffee hasn't. I'll believe it when my receipt says so,⟧'' she said.
Fenwicks said the cuts would be funded by savings in its supply chain and would not affect suppliers. The National Farmers' Council was sceptical. ``⟦d:d|Whenever a supermarket says a price cut won't hit suppliers, farmers check their wallets,⟧'' said its president, Alun Prydderch.

### 058
@a Leopold Mbatha-Sorensen | the saxophonist who played every Friday night at the Blue Lantern in Harwick for 37 years
@b Cassandra Whitlock | The Blue Lantern’s owner
@c Teodor Halvorsen | The pianist
@d - | the family
Leopold Mbatha-Sorensen, the saxophonist who played every Friday night at the Blue Lantern in Harwick for 37 years, has died at the age of 83.
Known to everyone as “⟦s:-|Leo⟧”, he arrived in Harwick in 1968 with a borrowed saxophone and, by his own account, “⟦p:a|eleven pounds and a cold⟧”.
In a 2015 interview with this newspaper, he said: “⟦d:a|I never wanted to be famous. I wanted to be good, and I wanted to be on the same stage every Friday. Famous people don’t get that.⟧”
The Blue Lantern’s owner, Cassandra Whitlock, said the club would close for one night in his honour. “⟦d:b|Friday without Leo isn’t Friday,⟧” she said. “⟦d:b|We’ll open the doors and leave his chair on stage, and anyone who wants to come and play for him can.⟧”
The pianist Teodor Halvorsen played alongside him for almost three decades. “⟦d:c|He never played the same solo twice. Not once. I used to try to catch him out,⟧” Halvorsen said.
He is survived by his wife, Grace, and their three children. In a statement, the family said: “⟦d:d|Dad’s music was his way of saying the things he found hard to say. We were lucky to hear them every day.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh39.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh39",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
