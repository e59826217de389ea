# ruff: noqa: E501
"""Build ``quotes_fresh13.jsonl``: a thirteenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh13-NNN``.

Conventions (the same as ``build_quotes_fresh8.py``):

* The speaker is the name as written in the passage (its fullest form there, without
  honorifics or titles such as Dr, Judge, Sen., Cllr, KC, the Rev.); when only a first
  name is given that first name is the speaker. The description is the role or
  appositive as written in the passage (the one given where the speaker is introduced,
  or the definite description used at the cue, e.g. ``the Swede``), else null. A role
  title standing before the name (``Board president``, ``Judge``, ``Kaumātua``,
  ``Objector``) is the description when the passage gives no appositive; courtesy
  honorifics (Mr, Ms, Dr, Sir, KC) never are. An appositive noun phrase is taken whole
  with its relative clause (``one mother who declined to give her name``); a relative
  clause on its own (``who chairs the committee``) is not a description. A relational
  phrase standing before the name (``Her colleague Rafael Mendoza``) counts like a role
  title.
* An organisation that is itself the grammatical speaker (``Corvane said``, ``the
  Medicines Authority said``) is the speaker. An unnamed person speaking for an
  organisation (``a spokesman for the Kharvan Red Crescent Society said``) has a null
  speaker and that phrase as the description. Unnamed sources and individuals in a
  crowd (``one parent``) likewise have a null speaker and a description.
* Written statements by an identified author count as speech: letters, statements,
  judgments, posts, emails. They are ``direct`` (or ``partial``) with that author as
  speaker.
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
  through an interpreter or translator belongs to the original speaker.
* Passages written as a transcript (``Q:`` / ``A:``) carry speech without quotation
  marks; only the quotation marks inside them are annotated.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh13.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh13.jsonl")

PASSAGES = """
### 001
@a Maren Holtvik | the county's emergency coordinator
@b Tobias Reinhardt | -
@c Selva Valley Water Authority | -
BRENNVIK (Nordwire) — Rising water forced the evacuation of about 300 homes along the Selva river on Tuesday, officials said, after three days of almost unbroken rain.
"⟦d:a|We are asking people not to wait for the water to reach their door,⟧" said Maren Holtvik, the county's emergency coordinator. "⟦d:a|If you are told to leave, leave.⟧"
Tobias Reinhardt, 71, who has lived beside the river for four decades, said he had never seen it so high. "⟦d:b|My father used to talk about the flood of 1953. This is worse than his stories,⟧" he said.
The Selva Valley Water Authority said in a statement that two pumping stations had been shut down "⟦p:c|as a precaution⟧" and that tap water in the district remained safe to drink.
Forecasters expect the rain to ease on Thursday.

### 002
@a Priya Raghunathan | Judge
@b Owen Tierney | Prosecutor
@c Catrin Lloyd | -
@d Sheila Marr | the daughter of one victim
A former care home manager who stole more than £40,000 from elderly residents has been jailed for three years.
Deborah Ashcombe, 52, of Fenwick Road, Haltonby, admitted 14 counts of fraud by abuse of position when she appeared at Marlbury Crown Court last month.
Sentencing her on Friday, Judge Priya Raghunathan said: "⟦d:a|You were trusted by people who could not protect themselves, and by their families, and you betrayed that trust again and again.⟧"
Prosecutor Owen Tierney told the court the money had been spent on holidays, a car and home improvements. "⟦d:b|These were not moments of weakness. This was planned and it was sustained,⟧" he said.
In mitigation, Catrin Lloyd, representing Ashcombe, said her client was "⟦p:c|deeply ashamed⟧" and had already begun repaying the money.
Outside court, the daughter of one victim, Sheila Marr, said: "⟦d:d|Mum never knew what was happening. I'm glad, in a way, that she never knew.⟧"

### 003
@a Kofi Mensah-Bonsu | the Harbourside manager
@b Dylan Ashworth | Rovers boss
@c Ruben Quiles | -
Harbourside's unbeaten run came to an end at Millgate Park on Saturday as a late Ruben Quiles header handed Stanford Rovers a 2-1 win.
"⟦d:a|We switched off for one moment and at this level you get punished,⟧" said Kofi Mensah-Bonsu, the Harbourside manager. "⟦d:a|I can't fault the effort. I can fault the concentration.⟧"
Rovers boss Dylan Ashworth was more expansive. He praised Quiles, who only came on in the 78th minute, and revealed that the Spaniard had asked to start. "⟦d:b|He came to my office on Thursday and told me he was ready. I said, 'Prove it.' He proved it,⟧" Ashworth said.
Quiles himself was typically modest. "⟦d:c|The ball came in perfect, I just had to close my eyes and hope,⟧" he told the club's in-house channel.
The result lifts Rovers to fifth, two points behind Harbourside.

### 004
@a Laura Benavides | a Democrat from Port Ellery who sponsored the bill
@b Gerald Huff | the Senate minority leader
@c - | A spokesperson for Gov. Anton Velasquez
MERRITT CITY — A bill that would cap insulin copays at $35 a month cleared the state Senate on Thursday by a 27-12 vote, setting up a fight in the House.
"⟦d:a|Nobody in this state should have to choose between their medicine and their rent,⟧" said state Sen. Laura Benavides, a Democrat from Port Ellery who sponsored the bill.
Gerald Huff, the Senate minority leader, called the measure "⟦p:b|a price control dressed up as compassion⟧" and warned that it would push insurers to raise premiums for everyone else.
"⟦d:b|Somebody pays. It's always somebody,⟧" Huff said on the Senate floor. "⟦d:b|The question is whether we're honest about who.⟧"
A spokesperson for Gov. Anton Velasquez said the governor "⟦p:c|looks forward to reviewing the final bill⟧" but would not say whether he would sign it.

### 005
@a Helena Sørbø | a neuroscientist at the University of Tromsvik and the study's lead author
@b Marcus Adeyemi | a sleep researcher at Ashgrove University who was not involved in the research
People who regularly nap for less than half an hour score better on memory tests than those who nap for longer or not at all, according to a study of 4,100 adults published on Wednesday in the Nordic Journal of Sleep Research.
"⟦d:a|The sweet spot seems to be short — long enough to rest, not so long that you fall into deep sleep,⟧" said Helena Sørbø, a neuroscientist at the University of Tromsvik and the study's lead author.
She cautioned that the study showed an association, not a cause. "⟦d:a|People who nap briefly may differ in lots of other ways. We tried to account for that, but we can't rule everything out.⟧"
Marcus Adeyemi, a sleep researcher at Ashgrove University who was not involved in the research, said the findings were "⟦p:b|plausible and quite neat⟧".
"⟦d:b|I'd still want to see a proper trial before I told anyone to start napping at their desk,⟧" he added.

### 006
@a Corvane Foods | -
@b Jana Pokorná | chief executive
@c Ishaan Mehrotra | an analyst at Bellweather Securities
Corvane Foods shares fell 8% on Tuesday after the snack maker cut its full-year sales forecast, blaming weaker demand in North America and higher cocoa prices.
The company said in a statement that it now expected organic sales growth of 1% to 2%, down from an earlier range of 3% to 4%. "⟦d:a|Consumers remain under pressure and are trading down in several categories,⟧" Corvane said.
On a call with analysts, chief executive Jana Pokorná said she was "⟦p:b|not happy⟧" with the first-half results. "⟦d:b|We were too slow on price. That's on us, and we've fixed it,⟧" she said.
Ishaan Mehrotra, an analyst at Bellweather Securities, said investors had been "⟦p:c|braced for a miss, but not one this size⟧".
"⟦d:c|The cocoa story is real, but it doesn't explain everything,⟧" he wrote in a note to clients.

### 007
@a Aroha Ngata | his daughter
@b Hemi Walker | -
@c Wiremu Tane | the master carver whose meeting-house panels stand in marae from Pukehau to Te Awaroa
@w - | his whānau
Wiremu Tane, the master carver whose meeting-house panels stand in marae from Pukehau to Te Awaroa, has died at his home. He was 88.
His death was confirmed on Sunday by his daughter, Aroha Ngata, who said he had been working on a small pendant until last week. "⟦d:a|He couldn't stop. His hands wouldn't let him,⟧" she said.
Born in 1937, Tane left school at 14 and spent a decade working on the wharves before an uncle put a chisel in his hand.
In a 1998 interview with the Coastline Gazette, he described carving as "⟦p:c|a conversation with people who are not here any more⟧". "⟦d:c|The wood tells you what it wants to be. Your job is to listen and not to argue too much,⟧" he said.
Hemi Walker, who trained under him for six years, remembered a demanding teacher. "⟦d:b|If a line was wrong he'd take the chisel off you and hand you a broom. You'd sweep for a week. Then he'd give it back.⟧"
He is survived by three children, eleven grandchildren and, his whānau say, "⟦p:w|more great-grandchildren than he could name⟧" — a joke he liked to make himself.

### 008
@a Nilufar Rashidova | Lattice's head of product
@b Devon Carraway | -
@c - | A former engineer at the company who asked not to be named
Lattice, the note-taking app with 30 million users, will begin charging for its sync feature next month, the company announced on Monday, prompting an outcry from longtime users.
In a blog post, Lattice's head of product, Nilufar Rashidova, wrote that running the sync servers for free had become "⟦p:a|unsustainable on goodwill alone⟧". "⟦d:a|We know some of you will be disappointed. We'd rather be honest about the cost than quietly make the product worse,⟧" she wrote.
Devon Carraway, who runs a popular productivity channel, told his 800,000 subscribers that the decision was "⟦p:b|a bait and switch⟧". "⟦d:b|They promised this would be free forever. Forever turned out to be four years,⟧" he said in a video posted on Tuesday.
A former engineer at the company who asked not to be named said the change had been debated internally for more than a year. "⟦d:c|Everyone knew the free tier was a loss leader. The question was always when, not if.⟧"

### 009
@a Isla Fennimore | Green candidate
@b Ravi Chaudhary | -
Live: Carrow council by-election count
23:41 — Turnout in Carrow North is 41%, the returning officer says, down from 46% last time.
23:55 — Green candidate Isla Fennimore has just arrived at the count. Asked by our reporter how she was feeling, she said: "⟦d:a|Nervous. Anyone who says they're not nervous is lying.⟧"
00:12 — Labour's Ravi Chaudhary, defending a majority of 212, is less chatty. "⟦d:b|Let's wait for the numbers,⟧" was all he would say.
00:30 — A reminder of what Fennimore told us earlier this week: "⟦d:a|People here feel the council stopped listening years ago. I want to be the one who listens.⟧"
00:47 — Result: Fennimore wins Carrow North by 97 votes. Cheers from the Green table; someone at the back of the hall shouts "⟦d:-|Recount!⟧" but no recount is requested.
00:52 — Chaudhary concedes. "⟦d:b|The voters have spoken and I respect that. I congratulate Isla,⟧" he says, before leaving without taking questions.

### 010
@a Ousmane Traoré-Bello | Foreign Minister
@b Sofia Lindqvist | the UN's humanitarian coordinator in Matenga
@c Fatoumata Sangaré | a mother of four
KAROU, Matenga (Meridian Press) — Aid convoys reached the besieged northern town of Doussa on Friday for the first time in five months, the United Nations said, carrying food and medicine for an estimated 60,000 people.
"⟦d:b|This is a start, not a solution,⟧" Sofia Lindqvist, the UN's humanitarian coordinator in Matenga, told reporters in the capital. "⟦d:b|We need access every week, not once every five months.⟧"
Foreign Minister Ousmane Traoré-Bello said the government had "⟦p:a|always supported⟧" humanitarian access and blamed armed groups for the delays.
In Doussa, Fatoumata Sangaré, a mother of four, said through an interpreter that her children had been eating one meal a day since March.
"⟦d:c|When the trucks came, the little ones ran after them. I told them to come back, but I was running too,⟧" she said.

### 011
@a Joaquín Ferreyra | -
@b Mabel Oyelaran | His translator
@c Harbour Review | -
Joaquín Ferreyra wrote most of his new novel, "⟦s:-|The Salt Ledger⟧", in a rented room above a fishmonger's in Puerto Lanza.
"⟦d:a|The smell got into everything — the pages, my clothes, my dreams,⟧" he says, laughing. "⟦d:a|My editor said the manuscript smelled of mackerel. I took it as a compliment.⟧"
The book, his fourth, follows three generations of a family of smugglers on the southern coast. Critics have been kind; the Harbour Review called it "⟦p:c|a quiet masterpiece⟧".
Ferreyra is wary of the praise. "⟦d:a|Reviews are weather. You don't build a house on weather.⟧"
His translator, Mabel Oyelaran, who has worked with him since his debut, says his sentences "⟦p:b|look simple and are not⟧".
"⟦d:b|Every time I think I've caught him, there's a second meaning hiding under the first,⟧" she says.

### 012
@a Brenda Kowalczyk | -
@b Graham Pettigrew | Objector
@c Hartwell Homes | the developer
Plans for a 40-home estate on the edge of Little Dunford were approved by Westmere District Council's planning committee on Wednesday night despite objections from more than 200 residents.
Brenda Kowalczyk, who chairs the committee, said the authority had "⟦p:a|no sound planning grounds⟧" on which to refuse the application.
"⟦d:a|I understand the strength of feeling. But we have to make decisions on policy, not on how many letters we receive,⟧" she said.
Objector Graham Pettigrew, 64, told the meeting that the village school was already full. "⟦d:b|Where are these children going to go? Nobody has answered that question, not once,⟧" he said.
Hartwell Homes, the developer, said in a statement that it would contribute £380,000 towards local services. "⟦d:c|We are committed to being a good neighbour to Little Dunford,⟧" the statement said.

### 013
@a Yuki Tanabe | the fourth seed
@b Anastasia Dobrev | qualifier
Yuki Tanabe, the fourth seed, admitted her serve had deserted her after she was knocked out of the Lakemont Open by qualifier Anastasia Dobrev on Thursday.
"⟦d:a|I don't know where it went. I was looking for it the whole match,⟧" Tanabe said through an interpreter. "⟦d:a|Today she was better. Simple.⟧"
Dobrev, ranked 143rd in the world, could not stop smiling. "⟦d:b|I had to check the scoreboard twice. I thought maybe I was reading it wrong,⟧" the 19-year-old said.
Asked whether she had believed she could win, Dobrev paused. "⟦d:b|Honestly? After the first set, no. After the second set, maybe. After the third — yes, now I believe it.⟧"
She meets the unseeded Brazilian Letícia Moraes in the quarter-finals.

### 014
@a Bartholomew Ng | -
@b Lindiwe Dube | the city's transport commissioner
OPINION | Every few years somebody at City Hall rediscovers the tram.
Last week it was the turn of Lindiwe Dube, the city's transport commissioner, who told a breakfast audience that light rail would be "⟦p:b|the backbone of a modern city⟧". I have heard this speech before. I have heard it, in fact, from three of her predecessors.
The problem is not the idea. The problem is the money. "⟦d:b|We will find the funding through a mix of sources,⟧" Dube said when I asked her about it afterwards. "⟦d:b|Federal, provincial, private. Everyone will have a part to play.⟧" That is not a plan; that is a sentence.
Bartholomew Ng, who ran the last feasibility study in 2016, put it more bluntly when I called him. "⟦d:a|Every version of this gets to the costing stage and dies. Show me the costing, then we'll talk.⟧"
The city deserves better than a tram that exists only in speeches. Until then, I'll be on the bus — the number 14, "⟦s:-|the slow boat⟧", as regulars call it.

### 015
@a Carla Whitfield-Ames | District Attorney
@b Samuel Oduya | Delacroix's attorney
@c - | one mother who declined to give her name
A jury in Lorne County on Friday convicted a former youth football coach of embezzling nearly $600,000 from a nonprofit league he founded.
Travis Delacroix, 46, was found guilty on all 11 counts after about four hours of deliberation.
"⟦d:a|He used these kids as a piggy bank,⟧" District Attorney Carla Whitfield-Ames said at a news conference outside the courthouse. "⟦d:a|Today twelve people from this community said that's not OK.⟧"
Delacroix's attorney, Samuel Oduya, said his client would appeal. "⟦d:b|We respect the jury's work, but we believe critical evidence was kept from them,⟧" Oduya said in an email.
Parents of former players wept in the gallery as the verdict was read. "⟦d:c|My son still asks about him,⟧" said one mother who declined to give her name. "⟦d:c|What do I tell him?⟧"
Sentencing is scheduled for March 14.

### 016
@a Rukhsana Begum | Her GP
@b Gillian Forsyth | -
@c Eastholm Health Board | -
When Gillian Forsyth's hip finally gave way in January, she had been on the waiting list for surgery for 22 months.
"⟦d:b|You stop planning anything. You stop saying yes to things, because you don't know what state you'll be in,⟧" she said from her home in Eastholm.
Her GP, Dr Rukhsana Begum, says stories like Forsyth's have become routine. "⟦d:a|I've got patients who were fit and working two years ago and are now housebound. That's not a medical failure, it's a system one,⟧" she said.
Begum said she now spends part of most days writing letters to the hospital on patients' behalf. Forsyth, for her part, has stopped chasing. "⟦d:b|I've written. She's written. Everyone's written,⟧" she said. "⟦d:b|Nobody writes back.⟧"
The Eastholm Health Board said in a statement that waiting times for orthopaedic surgery had "⟦p:c|begun to stabilise⟧" and that extra theatre capacity would open in the spring.

### 017
@u - | a deckhand
@m Maritime Workers' Union | -
Mireille Fontaine-Abara, 44, took over as chief executive of Quayside Ferries in March. She spoke to the Ledger about strikes, fares and why she still takes the 7.15. This interview has been edited for length and clarity.
Q: You inherited a strike. How did you end it?
A: By listening, mostly. The Maritime Workers' Union said to me at our first meeting, "⟦d:m|We've been saying the same thing for three years and nobody has written it down.⟧" So I wrote it down. Then we worked through it, line by line.
Q: Fares are up 9% this year. Can you justify that?
A: Fuel is up 30%. I don't enjoy putting fares up, and I know what people call it on the crossings: "⟦s:-|the commuter tax⟧". But the alternative is fewer sailings, and nobody wants that.
Q: Do you still commute by ferry?
A: Every day, the 7.15. A deckhand said to me in my first week: "⟦d:u|You're the boss? Then you can help with the ropes.⟧" So I helped with the ropes. I still do, when they let me.

### 018
@a Orbis Aerospace | -
@b Kavya Iyer | a planetary scientist at the Delmont Institute who is not part of the mission
@c Tomasz Wierzbicki | the mission's principal investigator
A small lunar lander built by the private company Orbis Aerospace tipped onto its side while touching down near the moon's south pole on Saturday, but it is still sending data, the company said.
"⟦d:a|Hermes is alive, talking to us, and a little sideways,⟧" Orbis said in a post on social media shortly after the landing.
Tomasz Wierzbicki, the mission's principal investigator, said at a briefing that two of the lander's five instruments were now pointing at the ground. "⟦d:c|We'll get less than we hoped. We'll get a lot more than zero,⟧" he said.
Kavya Iyer, a planetary scientist at the Delmont Institute who is not part of the mission, said even a partial success would be valuable. "⟦d:b|Landing is the hard part. Landing slightly wrong is still landing,⟧" she said.
The lander's batteries are expected to last about ten days.

### 019
@a Harshad Kulkarni | the Strikers captain
@b Liam O'Rourke | Kings coach
Harshad Kulkarni's unbeaten 131 steered the Tasman Strikers to a four-wicket win over the Coastal Kings at Wellard Oval on Sunday, keeping their finals hopes alive.
Kulkarni had made 47 runs in his previous five innings, and the Strikers captain was candid afterwards:
"⟦d:a:m|I've had a rough month, no hiding from that. People were asking whether I should still be captain, and to be fair, so was I.⟧
"⟦d:a|Today I just told myself: watch the ball, nothing else. It sounds simple. It's the hardest thing in the game.⟧"
Kings coach Liam O'Rourke said his side had dropped Kulkarni twice before he reached 40. "⟦d:b|You give a player of his class two lives, he'll take them both and send you the bill,⟧" O'Rourke said.
The Strikers host the Rangers in their final regular-season match next Saturday.

### 020
@a Northvale Police | -
@b - | A neighbour
@c Aidan Fairclough | Detective Inspector
A man has been arrested on suspicion of attempted murder after a woman was stabbed at a house in Cresswell Avenue, Ingleby, on Sunday evening.
Northvale Police said officers were called at about 7.40pm and found a woman in her thirties with serious injuries. She was taken to hospital, where her condition was described by the force as "⟦p:a|stable⟧".
Detective Inspector Aidan Fairclough said: "⟦d:c|This appears to be an isolated incident between people known to each other, and there is no wider risk to the public.⟧"
"⟦d:c|I would urge anyone who was in the area and has doorbell or dashcam footage to get in touch.⟧"
A neighbour, who did not want to be named, said she had heard shouting. "⟦d:b|It went on for a good few minutes, then it went quiet, then the sirens,⟧" she said.
A 34-year-old man remains in custody. "⟦d:a|Officers will remain in the area over the coming days to offer reassurance,⟧" the force added.

### 021
@a Siobhán Ní Bhriain | -
@b Pádraig Mac Giolla | The club chairman
Ballinaclash GAA club has launched a fundraising drive to replace its flood-damaged clubhouse, with a target of €250,000 by Christmas.
The club chairman, Pádraig Mac Giolla, said the building had "⟦p:b|taken water up to the light switches⟧" during last month's storms. "⟦d:b|Forty years of photographs, medals, jerseys, the lot. Some of it we'll never get back,⟧" he said.
Siobhán Ní Bhriain, who captained the camogie team to a county title in 2019, has volunteered to organise a sponsored walk from the clubhouse to the summit of Slievenagh.
"⟦d:a|This club reared half the parish. The least we can do is walk a few miles for it,⟧" she said.
Mac Giolla added: "⟦d:b|Every euro counts, and every pair of hands counts even more.⟧"

### 022
@a Geneviève Ouellet-Tran | Natural Resources Minister
@b Robert Tallman | Chief
@c Borealis Minerals | the company behind the project
A proposed lithium mine in northern Lac-Brûlé has been put on hold after the provincial government said it would order a full environmental review.
"⟦d:a|Nous voulons bien faire les choses, pas les faire vite,⟧" Natural Resources Minister Geneviève Ouellet-Tran told reporters. "⟦d:a|We want to do this right, not fast.⟧"
Chief Robert Tallman of the Kisikaw Nation welcomed the decision but said his community had been "⟦p:b|kept in the dark for two years⟧". "⟦d:b|A review is good. A review we are actually part of would be better,⟧" he said.
Borealis Minerals, the company behind the project, said it would "⟦p:c|cooperate fully⟧" with the process.

### 023
@a Chidinma Okafor | co-founder of PayNest
@b Monetary Authority of Oruma | -
@c Emeka Balogun | a trader at Oke-Ado market
Fintech start-ups in Oruma say a new rule capping mobile transfer fees will squeeze their margins and could push smaller firms out of business.
The Monetary Authority of Oruma said in a circular on Monday that fees on transfers below 5,000 kora "⟦p:b|must not exceed 10 kora per transaction⟧", with effect from July 1.
"⟦d:a|We support protecting customers. But this rule was written without talking to a single operator,⟧" said Chidinma Okafor, co-founder of PayNest. "⟦d:a|If it stands, some of us will be gone by December.⟧"
Traders, though, welcomed the cap. Emeka Balogun, a trader at Oke-Ado market, said he pays fees on dozens of transfers a day. "⟦d:c|Small-small, it adds up. By the end of the month it is my children's school fees,⟧" he said.

### 024
@a Meenakshi Sundaram | Party spokesperson
@b Arvind Chauhan | a three-time MLA from Kesarpur
@c Dev Prakash Rawat | -
The ruling party in Varunagiri suffered a setback on Tuesday when two sitting legislators resigned to join the opposition, weeks before state elections.
Arvind Chauhan, a three-time MLA from Kesarpur, said he had been "⟦p:b|humiliated⟧" by the party leadership. "⟦d:b|I gave twenty years to this party. They could not give me twenty minutes,⟧" he told reporters in the state capital.
Dev Prakash Rawat, who represents Tilwara, was less combative. "⟦d:c|I have no bitterness. I have only a different view of how to serve my constituency,⟧" he said.
Party spokesperson Meenakshi Sundaram dismissed the defections. "⟦d:a|People who leave before an election are telling you what they think of their own chances,⟧" she said. "⟦d:a|We wish them well.⟧"
Both men are expected to be named as opposition candidates this week.

### 025
@a Eluned Prys | -
@b Gethin | her son
Eluned Prys keeps 40 hives on a hillside above Cwm Dyfnant, and she knows most of the queens by sight.
"⟦d:a|People think bees are about honey. Bees are about patience,⟧" she says, lifting a frame heavy with comb. "⟦d:a|You can't rush them and you can't bully them. They'll tell you when you've got it wrong.⟧"
She started with a single hive in 1987, a wedding present from her father-in-law. Now the honey sells in farm shops across the county, and her son Gethin handles the orders.
"⟦d:b|Mam does the bees, I do the spreadsheets,⟧" he says. "⟦d:b|It's the right way round. The bees don't like me.⟧"
"⟦d:a|They don't like his aftershave,⟧" she corrects him.

### 026
@a Tablelands Fire Service | -
@b Narelle Coombes | -
@c Josh Pattinson | the Tablelands Fire Service's deputy commissioner
Residents of Yarrabin and surrounding districts have been told it is too late to leave as a fast-moving grassfire burns towards the town from the west.
"⟦d:c|If you haven't left, shelter in place now. Do not get in your car,⟧" said Josh Pattinson, the Tablelands Fire Service's deputy commissioner, at a 3pm briefing.
The Tablelands Fire Service said on its website that the fire had burned more than 8,000 hectares and was "⟦p:a|moving erratically⟧" under strong north-westerly winds.
Narelle Coombes, who runs the general store in Yarrabin, said she had sent her children to relatives in Moorang on Tuesday. "⟦d:b|I'm staying with the shop. My husband thinks I'm mad. He's probably right,⟧" she told the Tablelands Courier by phone.
Pattinson said crews expected a wind change late in the evening. "⟦d:c|That change will bring relief eventually, but first it'll push the fire in a new direction.⟧"

### 027
@a Lorenzo Battaglia | the jazz pianist whose trio recordings of the 1970s became cult classics
@b Noor Haddad | The singer
@c Grady Kimbrough | His longtime bassist
Lorenzo Battaglia, the jazz pianist whose trio recordings of the 1970s became cult classics, has died aged 83.
His longtime bassist Grady Kimbrough wrote on Instagram: "⟦d:c|Fifty years. Not one bad night. Rest easy, maestro.⟧"
Battaglia was famously reluctant to talk about his music. "⟦d:a|If I could say it I wouldn't have to play it,⟧" he told an interviewer in 1981.
The singer Noor Haddad, who toured with him in the 1990s, said in a statement that he had "⟦p:b|taught a whole generation how to leave space⟧". "⟦d:b|He would play three notes where anyone else would play thirty, and the three were always right,⟧" she said.
He is survived by his wife, Elena, and a son.

### 028
@a Hélène Marchetti | Judge
@b Quillion | the search and advertising giant
@c Alistair Brandt-Osei | a competition lawyer at Farrow & Mead
A federal judge has ruled that Quillion, the search and advertising giant, illegally maintained a monopoly in online ad auctions, handing regulators their biggest technology victory in two decades.
In a 140-page opinion, Judge Hélène Marchetti wrote that Quillion had "⟦p:a|willfully acquired and maintained⟧" its dominance through exclusive contracts with publishers. "⟦d:a|The evidence shows a company that did not merely win the market, but arranged for there to be no one else to compete in it,⟧" she wrote.
Quillion said it would appeal. "⟦d:b|This decision ignores how competitive the advertising market really is,⟧" the company said in a statement.
Alistair Brandt-Osei, a competition lawyer at Farrow & Mead, said the remedy phase would matter more than the ruling itself. "⟦d:c|Finding a monopoly is the easy headline. Deciding what to do about it is where cases like this are really won or lost,⟧" he said.

### 029
@a Tanvir Hossain | -
@b - | A health ministry official who spoke on condition of anonymity
@c Regional Health Organization | -
Health authorities in the coastal province of Barisha have confirmed 212 cases of cholera in the past two weeks, and six deaths, after floodwaters contaminated wells in at least 30 villages.
"⟦d:a|We are seeing whole families arrive together. When one gets sick, usually all of them are sick,⟧" said Dr Tanvir Hossain, who runs the district hospital in Kalipur.
A health ministry official who spoke on condition of anonymity said the true number of cases was likely "⟦p:b|several times higher⟧". "⟦d:b|Many people are not coming to hospital at all. They are treating it at home, or not treating it,⟧" the official said.
The Regional Health Organization said it had shipped 50,000 doses of oral vaccine to the province. "⟦d:c|Speed is everything in a cholera outbreak,⟧" the organisation said.

### 030
@a Mele Tupou | -
@b Jess Harrington | The head coach
When Mele Tupou was told she had been picked to captain the Ravens for the first time, she rang her mother back home.
"⟦d:a|She didn't say congratulations. She said, 'Are you eating properly?'⟧" Tupou says, laughing.
The head coach, Jess Harrington, says the decision was not a difficult one. "⟦d:b|Mele leads without noise. The players watch what she does, not what she says,⟧" Harrington says.
Harrington, who captained the side herself for six seasons, admits she was nervous about handing the role to a 23-year-old.
"⟦d:b|I was that age once and I made every mistake going. But she's already better at this than I was.⟧"
Tupou shrugs off the comparison. "⟦d:a|Jess is a legend. I'm just trying not to drop the ball,⟧" she says.

### 031
@a Fergus McAllister | Sheriff
@b Loch Harran Seafoods | -
@c Morag Lennie | a marine biologist with the conservation group Sea Trust Caledonia
Loch Harran Seafoods has been fined £120,000 after a net failure released an estimated 48,000 farmed salmon into the sea off Ardnish last winter.
Sheriff Fergus McAllister said the company had ignored "⟦p:a|repeated warnings⟧" about the condition of its equipment. "⟦d:a|This was not bad luck. This was bad maintenance,⟧" he said.
Loch Harran Seafoods said it accepted the ruling and had since replaced the nets at all eleven of its sites. The company described the escape as "⟦p:b|a regrettable event⟧".
Morag Lennie, a marine biologist with the conservation group Sea Trust Caledonia, said that phrase was doing "⟦p:c|a lot of heavy lifting⟧".
"⟦d:c|Escaped farmed fish breed with wild salmon and weaken the stock. That's not regrettable, that's damaging,⟧" she said.

### 032
@a Darnell Hughes | Board president
@b Patrice Owusu | Board member
@c - | one parent
The Cedar Hollow school board voted 4-3 on Monday to close Linwood Elementary at the end of the school year, after a four-hour meeting that at times grew heated.
Board member Patrice Owusu, who voted against the closure, accused colleagues of "⟦p:b|balancing the budget on the backs of the kids with the least⟧".
"⟦d:a|That's not fair and you know it,⟧" Board president Darnell Hughes replied.
"⟦d:b|Then tell me which school in the east district you'd close instead,⟧" Owusu shot back. "⟦d:b|Name one.⟧"
Hughes did not. After the vote, one parent stood and shouted "⟦d:c|Shame!⟧" before being escorted from the room.
Linwood's 310 pupils will be moved to two neighbouring schools in the autumn.

### 033
@a Hollins & Pyke | -
@b Rachel Okonkwo-Grant | Chief executive
@c Tom Ferris | retail analyst at Calder Research
@d Shopworkers' Alliance | -
Department store chain Hollins & Pyke will close 14 of its 52 shops, putting about 900 jobs at risk, after a sharp fall in Christmas trading.
Chief executive Rachel Okonkwo-Grant said the decision was "⟦p:b|painful but unavoidable⟧". "⟦d:b|Our customers have told us, clearly, where they want to shop. Too many of our stores are in the wrong places,⟧" she said.
"⟦d:b|We will be doing everything we can to find roles elsewhere in the business for affected colleagues,⟧" she added.
According to Tom Ferris, retail analyst at Calder Research, the closures are "⟦p:c|probably not the last⟧". "⟦d:c|The high street isn't dead, but it's a lot smaller than the store estates that were built for it,⟧" Ferris said.
The Shopworkers' Alliance union said it would "⟦p:d|fight for every job⟧". Hollins & Pyke said the first stores would shut in April and that staff would be "⟦p:a|fully consulted⟧".

### 034
@a Tesfaye Gebremariam | -
@b Carys Blackwood | -
@c Pennant Harriers | -
Live: City Marathon — as it happened
09:14 — The elite men are through halfway in 1:02:40, well inside course-record pace. Tesfaye Gebremariam is sitting third in the lead pack.
10:05 — Gebremariam wins in 2:05:11, a course record by 38 seconds. Speaking to our reporter at the finish line, he said through a translator: "⟦d:a|The last five kilometres were very painful. But when I saw the clock, the pain went away.⟧"
10:22 — Carys Blackwood takes the women's race, the first home winner since 2009. She is in tears. "⟦d:b|I've dreamed about this since I was nine years old and watched from that corner over there,⟧" she says, pointing towards the bandstand.
10:30 — A message from Blackwood's club, Pennant Harriers, on social media: "⟦d:c|SHE DID IT!!!⟧"
10:41 — More from Blackwood: "⟦d:b|My coach told me to be patient until 35k. I was patient until 34. Don't tell him.⟧"

### 035
@a Layla Al-Mansouri | spokeswoman for the Qasiran foreign ministry
@b Farid Nazari | -
@c Riverine Dialogue Centre | the mediators
AMRAH (Gulf Wire) — Talks on a regional water-sharing agreement ended without a deal on Wednesday, with delegations from three countries blaming each other for the breakdown.
"⟦d:a|We came with proposals,⟧" said Layla Al-Mansouri, spokeswoman for the Qasiran foreign ministry, "⟦d:a|and we leave with the same proposals, because no one else brought any.⟧"
Farid Nazari, who led the Dervani delegation, said his country had offered "⟦p:b|significant concessions⟧" on the timing of dam releases. "⟦d:b|We were ready to sign. We are still ready to sign,⟧" he told reporters at the airport.
According to a statement from the mediators, the Riverine Dialogue Centre, the talks will resume "⟦p:c|at a date to be agreed⟧".

### 036
@a Ingrid Halvorsen | a glaciologist at the Norland Polar Institute
@b Rafael Mendoza | Her colleague
The Skarvbreen glacier in western Norland lost more ice last summer than in any year since measurements began in 1962, according to data released on Monday.
Ingrid Halvorsen, a glaciologist at the Norland Polar Institute, has walked the glacier every August for 25 years. "⟦d:a|The places I used to camp are now lakes,⟧" she said. "⟦d:a|I have photographs of myself standing on ice that does not exist any more.⟧"
Her colleague Rafael Mendoza, who models glacier retreat, said the melt was in line with projections — "⟦p:b|which is not the comfort it sounds like⟧".
"⟦d:b|We predicted this. Being right about this is not a nice feeling,⟧" he said.
Halvorsen said she would be back next August regardless. "⟦d:a|Somebody has to keep counting.⟧"

### 037
@a Amara Whitcombe | the senior of the three judges
@b Kieran Doherty | -
@c Nadia Siddiqui | His barrister
Three Court of Appeal judges have overturned the conviction of a man who spent nine years in prison for an arson attack he has always denied.
Kieran Doherty, 38, was released in 2023 after new forensic evidence cast doubt on the fire investigator's findings.
Giving the court's judgment, Amara Whitcombe, the senior of the three judges, said the original trial had been "⟦p:a|fatally undermined⟧" by expert evidence that was "⟦p:a|not merely mistaken but unscientific⟧". "⟦d:a|The jury was invited to treat as settled science what was, at best, an opinion,⟧" she said.
Speaking outside court, Doherty said: "⟦d:b|Nine years. I went in at 27. I'm not angry any more, I'm just tired.⟧"
His barrister, Nadia Siddiqui KC, said the case raised "⟦p:c|serious questions⟧" about fire investigation evidence. "⟦d:c|Kieran is not the only person convicted on this kind of evidence, and he will not be the last unless something changes,⟧" she said.

### 038
@a Park Ji-hoon | -
@b Saoirse Devlin | the Irish actor
Park Ji-hoon's slow-burning family drama "⟦s:-|Winter Persimmons⟧" won the Golden Gull at the Marisport Film Festival on Saturday, the first Korean film to take the top prize.
Accepting the award, Park spoke in Korean through an interpreter. "⟦d:a|I made this film for my grandmother, who never saw a film in a cinema. Tonight I think she is watching,⟧" he said.
Jury president Saoirse Devlin, the Irish actor, said the decision had been unanimous. "⟦d:b|We argued about everything else for ten days. We didn't argue about this,⟧" she said.
Park later told reporters that he had nearly abandoned the project twice. "⟦d:a|The money disappeared, then the lead actor disappeared. The persimmon tree in the garden was the only one who stayed.⟧"

### 039
@a Wanjiru Kamau | -
@b Joseph Otieno | an extension officer with the county agriculture department
On her two-acre plot outside Kiriani, Wanjiru Kamau has replaced half her maize with sorghum after three failed rains in four years.
"⟦d:a|Mvua haitabiriki tena,⟧" she says — "⟦d:a|the rain cannot be predicted any more⟧".
"⟦d:a|My mother planted maize, her mother planted maize. I thought I would plant it until I die. But the maize does not want to grow here now.⟧"
Joseph Otieno, an extension officer with the county agriculture department, says about 300 farmers in the ward have switched in the past two years.
"⟦d:b|Sorghum is not exciting. But it survives, and surviving is what farmers need right now,⟧" he says.

### 040
@a Gareth Llewellyn | chief executive
@b - | a spokeswoman
@c Data Protection Authority | -
@d Priyanka Bose | Security researcher
Harrowgate Building Society has told about 180,000 members that their names, addresses and dates of birth may have been stolen in a cyberattack on one of its suppliers.
In an email to customers, chief executive Gareth Llewellyn wrote: "⟦d:a|I am deeply sorry. You trust us with your information and, in this case, that trust has been let down.⟧"
The society said no passwords or account numbers had been taken. "⟦d:b|We have no evidence that any member has lost money as a result of this incident,⟧" a spokeswoman said.
The Data Protection Authority said it was "⟦p:c|making enquiries⟧".
Security researcher Priyanka Bose said supply-chain attacks had become "⟦p:d|the soft underbelly⟧" of financial services. "⟦d:d|You can lock your own front door as tight as you like. If your cleaner leaves the back door open, it doesn't matter,⟧" she said.

### 041
@a Luca Ferraresi | -
@b Oskar Lindahl | the Swede
@c - | His race engineer
Oskar Lindahl won the Harbour City Grand Prix on Sunday after a late safety car wiped out Luca Ferraresi's 12-second lead.
Ferraresi, who had led from pole, was furious on team radio. "⟦d:a|Why did we not pit? Why did we not pit?⟧" he shouted. His race engineer replied: "⟦d:c|Understood, Luca. We'll talk after.⟧"
Ferraresi was calmer by the time he reached the media pen. "⟦d:a|In the moment you are emotional. The team made a call, it was the wrong call, we move on,⟧" he said.
Lindahl admitted he had been lucky. "⟦d:b|I'll take it. I've lost a few like that myself, so maybe the racing gods owed me one,⟧" the Swede said.

### 042
@a Thabo Nkosi | Mayor
@b Riverside Metro municipality | -
@c - | his office
@d Nomvula Dlamini | -
COLUMN | For the third time this winter, residents of Mzamo woke up without water. For the third time, the Riverside Metro municipality said it was "⟦p:b|attending to the matter⟧".
Mayor Thabo Nkosi, when he was campaigning two years ago, stood on a crate in this very township and promised "⟦p:a|taps that work, every day, for everyone⟧". On Tuesday, asked by this newspaper when the taps would work again, his office replied: "⟦d:c|The mayor is receiving regular updates.⟧"
Nomvula Dlamini, 67, has lived in Mzamo for forty years. "⟦d:d|I carry water from the church in buckets. My knees are old. The mayor's knees are young. Let him carry it,⟧" she told me.
She has a point. "⟦d:d|We are not asking for a miracle,⟧" she added. "⟦d:d|We are asking for a tap.⟧"
Until the municipality can explain why that is too much to ask, "⟦s:-|regular updates⟧" will not be enough.

### 043
@a Dana Whitlock | The governor's press secretary
@r - | one reporter
@c Employment Department | -
The governor's press secretary, Dana Whitlock, spent much of Thursday's briefing fielding questions about the state's delayed unemployment payments.
"⟦d:r|How many people are still waiting for a check?⟧" one reporter asked.
"⟦d:a|I don't have that number in front of me, but I'll get it to you,⟧" Whitlock said.
"⟦d:r|You said that last week,⟧" the reporter replied.
"⟦d:a|And I'm saying it again,⟧" she said, before moving on. "⟦d:a|Next question.⟧"
Later on Thursday, the state Employment Department said in a written statement that about 14,000 claims were pending and that the backlog would be cleared "⟦p:c|within weeks⟧".

### 044
@a Maya | -
@b Lucinda Harwood | a clinical psychologist who works with adolescents in the area
@c Deborah | Her mother
Maya, 16, spent eight months on a waiting list for mental health support. She asked that her surname not be used.
"⟦d:a|You get a letter saying you're on the list, and then nothing. It's like shouting into a well,⟧" she said.
Her mother, Deborah, said the family eventually paid for private therapy. "⟦d:c|We were lucky we could. Most families on our street couldn't,⟧" she said.
Lucinda Harwood, a clinical psychologist who works with adolescents in the area, said demand had "⟦p:b|roughly doubled⟧" since 2019. "⟦d:b|We are seeing children who are more unwell by the time they reach us, because they've waited so long,⟧" she said.
Maya is doing better now, she says. "⟦d:a|But I think about the kids who are still on the list.⟧"

### 045
@a Rangi Te Whata | Kaumātua
@b Sarah Lim | the council's infrastructure manager
@c Ana Fifita | -
A new footbridge over the Waiora Stream was officially opened on Saturday morning, replacing a structure washed away in floods three years ago.
Kaumātua Rangi Te Whata blessed the bridge at dawn. "⟦d:a|This stream has carried our people for generations. Now our people can carry themselves over it again,⟧" he said.
Sarah Lim, the council's infrastructure manager, said the new bridge was designed "⟦p:b|to survive a one-in-100-year flood⟧". "⟦d:b|We've learned from last time. The foundations go down twice as deep,⟧" she said.
Local children were the first to cross, led by eight-year-old Ana Fifita, who declared the bridge "⟦p:c|very bouncy⟧" and then ran back over it four more times.

### 046
@a Central Bank of Arlen | -
@b Isabel Carrasco | Governor
@c Jeroen Smit | chief economist at Halvard Bank
The Central Bank of Arlen held interest rates at 4.25% on Thursday but warned that it was prepared to raise them again if inflation did not ease.
"⟦d:b|We are not declaring victory,⟧" Governor Isabel Carrasco told a news conference. "⟦d:b|Inflation has come down, but it has not come down enough, and the last mile is often the hardest.⟧"
In its statement, the bank said the risks to inflation remained "⟦p:a|tilted to the upside⟧".
Jeroen Smit, chief economist at Halvard Bank, said markets had expected a softer tone. "⟦d:c|She slammed the door on cuts this year, at least for now,⟧" he said.

### 047
@a Kwame Asante | -
@b Yusuf Demir | -
@c - | One regular
Kwame Asante and Yusuf Demir met in a hotel kitchen in 2011, when both were 19 and neither could cook rice properly.
"⟦d:b|He burned it, I burned it. The chef made us eat it,⟧" Demir says. "⟦d:b|That was the beginning of the friendship.⟧"
Twelve years later their restaurant, Ember & Clay, has a six-week waiting list and a menu that mixes Ghanaian and Turkish cooking in ways that, Asante admits, "⟦p:a|shouldn't work on paper⟧".
"⟦d:a|Jollof and pilaf are cousins. They just grew up in different houses,⟧" he says.
Demir handles the grill; Asante, the stews. They argue, they say, constantly. "⟦d:a|About salt, mostly,⟧" Asante says. "⟦d:b|About everything,⟧" Demir corrects him.
One regular put it simply: "⟦d:c|I don't know what it is. I just know I want it again.⟧"

### 048
@a - | A law enforcement official familiar with the investigation
@b Marisol Vega | a spokeswoman for the Pinecrest Police Department
@c Kenneth Albright | -
PINECREST — Police have arrested a 29-year-old man in connection with a string of arson fires that damaged six churches over the past three months.
"⟦d:b|We believe the person responsible for these fires is now in custody,⟧" Marisol Vega, a spokeswoman for the Pinecrest Police Department, said Wednesday. She declined to name the man pending formal charges.
A law enforcement official familiar with the investigation said the suspect had been identified through surveillance footage. "⟦d:a|He bought gas in a can at the same station before at least three of the fires,⟧" the official said.
The Rev. Kenneth Albright, whose church, Grace Fellowship, was the first to burn, said he felt relief "⟦p:c|and something like sadness⟧". "⟦d:c|Whoever this is, he's somebody's son. I'll be praying for him too,⟧" Albright said.

### 049
@a Jaylen Brooks | the 35-year-old guard
@b Tamika Rhodes | Harbor Kings general manager
Jaylen Brooks announced his retirement on Tuesday after 14 seasons, ending a career that included two championships and nine All-Star selections.
In a post on Instagram, the 35-year-old guard wrote:
"⟦d:a:m|To every coach who yelled at me, every teammate who carried me on the bad nights, and every kid in Eastport who wore my jersey to school: thank you.⟧
"⟦d:a|I gave this game everything I had. It gave me more back.⟧"
Harbor Kings general manager Tamika Rhodes said the franchise would retire his No. 23 jersey next season. "⟦d:b|There will never be another one like him. We'd be foolish to pretend otherwise,⟧" Rhodes said.

### 050
@a Dimitra Kostopoulou | -
@b Henrik Aas | an archaeobotanist at the University of Skellestad
Archaeologists excavating a Bronze Age settlement on the island of Velos say they have found the oldest known olive press in the Aegean, dating to about 2300 BC.
"⟦d:a|We were expecting storage jars. We found a press, and beside it the pits of about 40,000 olives,⟧" says Dimitra Kostopoulou of the University of Patrea, who leads the excavation.
Not everyone is convinced. Henrik Aas, an archaeobotanist at the University of Skellestad, says the stone could equally have been used for grapes. "⟦d:b|It's a lovely find. I'm just not sure it's the find they think it is,⟧" he says.
Kostopoulou is unmoved. "⟦d:a|He's welcome to come and count the olive pits. We'll have the kettle on.⟧"

### 051
@a Javad Mohebbi | The provincial governor
@b - | a spokesman for the Kharvan Red Crescent Society
@c Shirin Golzar | a teacher in the village of Sarab
DARVAND, Kharvan (Meridian Press) — A magnitude 6.4 earthquake struck a mountainous region of western Kharvan before dawn on Monday, killing at least 37 people and injuring hundreds, officials said.
The provincial governor, Javad Mohebbi, told state television that several villages had been "⟦p:a|almost completely destroyed⟧". "⟦d:a|Roads are blocked by landslides. Some areas we can only reach on foot,⟧" he said.
"⟦d:b|Our teams are working through the rubble by hand in many places,⟧" a spokesman for the Kharvan Red Crescent Society said, adding that 600 tents had been sent to the area.
Shirin Golzar, a teacher in the village of Sarab, said she had pulled her neighbour's children out through a window. "⟦d:c|Everything was dust. I could hear them but not see them,⟧" she said by telephone. "⟦d:c|Then I saw a hand.⟧"

### 052
@a Rowena Castle | Employment Judge
@b Harjit Sandhu | -
@c Brackwell Logistics | -
A warehouse worker who was sacked after complaining about freezing conditions was unfairly dismissed, an employment tribunal has ruled.
Harjit Sandhu, 41, worked for Brackwell Logistics at its depot in Cottingley for seven years before he was dismissed in February last year for what the company called "⟦p:c|a pattern of disruptive behaviour⟧".
In her written judgment, Employment Judge Rowena Castle said the real reason for his dismissal was "⟦p:a|his persistence in raising legitimate concerns about health and safety⟧". She wrote: "⟦d:a|Mr Sandhu was not disruptive. He was inconvenient. Those are not the same thing.⟧"
Sandhu said he felt "⟦p:b|vindicated⟧". "⟦d:b|All I asked for was heaters. I didn't think it would cost me my job,⟧" he said.
Brackwell Logistics said it was "⟦p:c|considering the judgment carefully⟧". A hearing to decide compensation will take place in June.

### 053
@a Soren Vasquez-Hale | the 31-year-old founder of Tessellate
@b Adaeze Nwosu | a professor of computer science at Halden University
Soren Vasquez-Hale does not like the word "⟦s:-|chatbot⟧".
"⟦d:a|A chatbot is something you put on a website to stop people phoning you. What we're building is a colleague,⟧" argues the 31-year-old founder of Tessellate, sitting in a glass-walled meeting room in Kingsport.
Tessellate, which has raised $180 million, sells software that drafts and checks commercial contracts. Vasquez-Hale insists lawyers will not be replaced. "⟦d:a|They'll be freed up. There's a difference.⟧"
Adaeze Nwosu, a professor of computer science at Halden University, is sceptical. "⟦d:b|Every automation company says its product frees people up. Sometimes it frees them up all the way out of the building,⟧" she said.
She added that such systems still made errors that were "⟦p:b|hard to spot precisely because they sound so confident⟧".

### 054
@a Winston Joseph | -
@b Keisha Baptiste | Runner-up
@c Dalton Prescott | Works Minister
Winston Joseph, known to calypso fans as "⟦s:-|Mighty Pelican⟧", was crowned Calypso Monarch for a record seventh time in Port Saline on Sunday night.
The 62-year-old won with "⟦s:-|Pothole Parliament⟧", a song mocking the state of the island's roads. "⟦d:a|Every year the politicians give me material. I should pay them royalties,⟧" he said backstage.
Runner-up Keisha Baptiste, 24, said losing to Joseph was "⟦p:b|no shame at all⟧". "⟦d:b|I grew up singing his songs in the shower. Next year, though, I'm coming for him,⟧" she said, laughing.
Works Minister Dalton Prescott, asked about the song on Monday, said: "⟦d:c|I heard it. It's very catchy. The roads are being fixed.⟧"

### 055
@a Amélie Fortin | The boy's mother
@b Curtis Bellamy | -
@c Prairie Ridge Search and Rescue | -
A nine-year-old boy who wandered away from a family campsite near Loon Lake was found safe on Sunday morning after spending the night in the woods — curled up beside the family's dog.
"⟦d:b|The dog kept him warm and kept him in one place. Honestly, that dog did half our job,⟧" said Curtis Bellamy, who coordinated the search for Prairie Ridge Search and Rescue.
The boy's mother, Amélie Fortin, said she had not slept. "⟦d:a|When they radioed that they had him, I just sat down on the ground. My legs stopped working,⟧" she said.
Prairie Ridge Search and Rescue said in a Facebook post that more than 60 volunteers had taken part. "⟦d:c|Thank you to every single person who showed up in the rain,⟧" the post said.
The dog, a seven-year-old Labrador named Biscuit, was "⟦p:a|getting extra sausages this week⟧", Fortin said.

### 056
@a Helena Cordwainer | Prime Minister
@b Ruaridh Blackstock | the Opposition leader
The Prime Minister and the Opposition leader clashed over hospital waiting lists at a bad-tempered session of questions in parliament on Wednesday.
Ruaridh Blackstock, the Opposition leader, said the government had "⟦p:b|run out of excuses and run out of road⟧". "⟦d:b|Can the Prime Minister tell the House how many patients have waited more than a year? Or does she not know?⟧" he asked.
Prime Minister Helena Cordwainer replied that the figure was falling. "⟦d:a|He asks about numbers. Here is a number: forty thousand fewer long waits than last spring,⟧" she said, to cheers from her own benches.
"⟦d:b|Forty thousand fewer than the worst year on record,⟧" Blackstock shot back. "⟦d:b|That's not a boast. That's a confession.⟧"

### 057
@a Earl Tackett | -
@b Wendell | His brother
Earl Tackett worked underground for 31 years. He has black lung, a pension that has been cut twice, and a porch with a view of the ridge where the Number 9 mine used to be. He talks about it slowly, between breaths.
"⟦d:a:m|People ask me do I regret it. I don't know how to answer that. It fed my family. It built that church down there. It also took my breath.⟧
"⟦d:a|So no, I don't regret it. But I wouldn't let my grandson do it, and that ought to tell you something.⟧"
His brother Wendell, who got out after six years and drove a truck instead, sits beside him. "⟦d:b|He always was the stubborn one,⟧" Wendell says. Earl laughs, then coughs for a long time.
"⟦d:a|Stubborn kept me alive,⟧" he says when he can.

### 058
@a Andrés Felipe Quintero | -
@b Hugo Lemaire | His sports director
@c Tobias Wendt | Defending champion
Andrés Felipe Quintero soloed to victory on the summit finish at Col du Marbre on Friday to take the leader's jersey at the Tour des Alpes Grises.
The 23-year-old Colombian attacked with six kilometres to go and nobody followed. "⟦d:a|Cuando miré atrás y no había nadie, no lo podía creer,⟧" he said at the finish. "⟦d:a|When I looked back and there was nobody, I couldn't believe it.⟧"
His sports director, Hugo Lemaire, said the team had planned the attack the night before. "⟦d:b|We told him: wait for the steep part, then go once, go hard, and don't look back. He looked back, but only once,⟧" Lemaire said, smiling.
Defending champion Tobias Wendt lost more than a minute. "⟦d:c|My legs said no today. Tomorrow is another day,⟧" the German said.

### 059
@a Mei-Lin Chua | an infectious diseases specialist at Harbourview Hospital who is leading the study
@b Paul Greaves | -
@c Medicines Authority | -
A trial of a new nasal spray vaccine against whooping cough will begin recruiting 2,000 infants across three states next month, researchers announced on Thursday.
"⟦d:a|Babies are the ones who die from whooping cough, and they're too young to be fully protected by the current schedule,⟧" said Dr Mei-Lin Chua, an infectious diseases specialist at Harbourview Hospital who is leading the study.
"⟦d:a|If this works, it could close that gap.⟧"
Paul Greaves, whose daughter Ivy died of whooping cough at five weeks old in 2019, has campaigned for better protection for newborns. "⟦d:b|Nothing brings Ivy back. But if one family is spared what we went through, that matters,⟧" he told Coastal Radio.
The Medicines Authority said it had approved the trial protocol and would "⟦p:c|monitor safety closely⟧". "⟦d:c|Participant safety is our highest priority,⟧" it said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh13.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh13",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
