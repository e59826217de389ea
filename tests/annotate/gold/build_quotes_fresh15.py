# ruff: noqa: E501
"""Build ``quotes_fresh15.jsonl``: a fifteenth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh15-NNN``.

Conventions (the same as ``build_quotes_fresh8.py``, copied from there):

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

Decisions taken for this set where the conventions leave room:

* One description per speaker and passage (the markup declares it once): the
  introduction's appositive or role title if there is one, else the definite
  description used at a cue (``the 61-year-old``, ``the retired joiner``), else null.
  A bare age (``Omar, 17,``) is not a description.
* An organisation introduced without an appositive and cued later by a definite
  description (``the trust said``, ``the company said``) gets that description.
* A translation supplied by the writer inside quotation marks, and a translation
  given by an interpreter or volunteer, belong to the original speaker; a translation
  given without quotation marks is not annotated.
* A partial quote in a lead paragraph belongs to the person the passage later shows
  saying it. Untagged lines in an alternating exchange belong to whoever's turn it is.
* An organisation's quoted wording and its unnamed spokesperson's words are two
  different speakers.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh15.py``
"""

from __future__ import annotations

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh15.jsonl")

PASSAGES = """
### 001
@a Delphine Arkwright | Council leader
@b Tomasz Wieczorek | owner of the Ferry Tap pub on the east bank
@c Brackenford Civic Society | -
Brackenford town council has voted to spend £1.2 million repairing the Lantern Footbridge, which has been closed since a section of its handrail collapsed in February.
Council leader Delphine Arkwright said the decision had been "⟦p:a|overdue by about a decade⟧". "⟦d:a|People have been walking an extra mile to get to the station for eight months. That ends this autumn,⟧" she said.
Tomasz Wieczorek, owner of the Ferry Tap pub on the east bank, said trade had fallen by a third since the closure. "⟦d:b|We're glad, obviously. I just wish it hadn't taken a petition and a newspaper campaign,⟧" he said.
The Brackenford Civic Society, which organised the petition, said in a statement that it would "⟦p:c|keep a close eye⟧" on the timetable. "⟦d:c|Promises about bridges have been made in this town before,⟧" it said.
Work is expected to begin in September.

### 002
@a Ines Carvalho-Reyes | the 61-year-old
@b Maud Ferrier | Her apprentice
The shed at the end of Quay Lane smells of larch and linseed oil, and on most mornings Ines Carvalho-Reyes is in it before the gulls are up.
She has built 41 boats here in 30 years, most of them clinker-built dinghies for families who, as she puts it, “⟦p:a|want something their grandchildren will argue over⟧”.
“⟦d:a|A fibreglass boat is a product. A wooden boat is a relationship,⟧” the 61-year-old said, running a thumb along a plank she had steamed that morning. “⟦d:a|It moves, it complains, it needs you. Some people can’t stand that.⟧”
Ines came to the trade late. She trained as a pharmacist in Porto and moved to the coast when her sister, Lucía, married a local fisherman. The marriage did not last; Ines stayed.
“⟦d:a:m|I was supposed to be here for a summer. I helped an old man called Fenwick fix his boat because I was bored, and he said I had good hands and bad patience, which was true.⟧
“⟦d:a|He left me the shed when he died. I think it was a joke, partly. He wanted to see whether I’d give up.⟧”
Her apprentice Maud Ferrier, 23, arrived two years ago after dropping out of an engineering degree. She says the work is harder than anything she did at university.
“⟦d:b|At uni everything had a tolerance written next to it. Here Ines just looks at a joint and says ‘no’, and she’s always right, which is infuriating,⟧” she said.
Ines laughed when this was put to her. “⟦d:a|She’ll be better than me in five years. I tell her that too, but only on Fridays.⟧”
The boats take between four and nine months to build, and the waiting list is closed until 2027. In the evenings Maud has started building her own, a small pram dinghy.
“⟦d:b|It’s for me,⟧” she said. “⟦d:b|Nobody else gets to complain about it.⟧”

### 003
@a Gideon Marsh | the witness
@b Helen Achterberg | the prosecutor
@c Simon Okafor | Pritchard's barrister
@d Marion Teale | Judge
A former colleague of an accountant accused of diverting £3.4 million from a haulage firm told a jury on Tuesday that he had raised concerns about "⟦p:a|phantom invoices⟧" a year before the money went missing.
Rowan Pritchard, 47, the former finance director of Calderwood Logistics, denies eleven counts of fraud by abuse of position. The trial at Lenbury Crown Court is expected to last four weeks.
Gideon Marsh, who worked under Mr Pritchard as a senior accounts clerk from 2016 to 2021, said he first noticed payments to a supplier he did not recognise in the spring of 2019.
"⟦d:a|The invoices were for pallet repairs. We didn't repair pallets. We bought new ones,⟧" Mr Marsh said.
Asked by the prosecutor, Helen Achterberg, what he did next, he said he had emailed Mr Pritchard. The jury was shown the email, in which Mr Marsh wrote: "⟦d:a|Can you have a look at Brindle Services? I can't find a delivery note for any of these.⟧"
"⟦d:b|And what was the reply?⟧" Ms Achterberg asked.
"⟦d:a|He said he'd deal with it. He said, 'Leave Brindle with me,'⟧" Mr Marsh replied.
Under cross-examination, Pritchard's barrister, Simon Okafor, suggested that Mr Marsh had been disciplined for poor timekeeping weeks before sending the email and bore a grudge against his manager.
"⟦d:c|You didn't like Mr Pritchard, did you?⟧" Mr Okafor asked.
"⟦d:a|I didn't like what I was seeing,⟧" the witness said.
At one point Judge Marion Teale intervened to remind jurors that they must not research the case online. "⟦d:d|You will hear all the evidence you need in this room,⟧" she told them.
The trial continues.

### 004
@a Ruairí Mac Giolla Phádraig | Detective Inspector
@u - | A neighbour who did not want to be named
Gardaí in Carrowmore have appealed for witnesses after a 19-year-old man was seriously injured in an assault outside a takeaway on Friday night.
The man was taken to University Hospital Carrowmore with head injuries. His condition was described on Sunday as stable.
Detective Inspector Ruairí Mac Giolla Phádraig, who is leading the investigation, said officers believed several people had seen the attack. "⟦d:a|There were people on that street, there were cars passing. Somebody saw something, and I'd ask them to pick up the phone,⟧" he said.
He added: "⟦d:a|We are keeping an open mind as to motive.⟧"
A neighbour who did not want to be named said the street had become "⟦p:u|a different place after midnight⟧" since two late bars opened nearby last year.
Anyone with information is asked to contact Carrowmore Garda Station.

### 005
@a Ngozi Adeyemi-Clarke | Mayor
@b Frank Lindgren | the city's director of public utilities
@c - | one reporter
@d - | another reporter
@e Harlow Water Authority | -
Harlow's mayor on Thursday defended the city's handling of a boil-water notice that left 40,000 households without safe tap water for six days, telling reporters that officials had acted "⟦p:a|as fast as the science allowed⟧".
At a tense press conference at City Hall, Mayor Ngozi Adeyemi-Clarke said the notice would be lifted at noon on Friday after three consecutive days of clean test results.
"⟦d:a|I know people are angry. I'd be angry. But I'm not going to lift a notice on a hunch and have a child end up in hospital,⟧" she said.
She was flanked by Frank Lindgren, the city's director of public utilities, who said the contamination had been traced to a cracked main near the Eastbrook pumping station. "⟦d:b|Groundwater got into the system during the storm. We found the crack on Tuesday night and had it sealed by Wednesday morning,⟧" Lindgren said.
"⟦d:c|Why did it take until Tuesday to find it?⟧" one reporter asked.
"⟦d:b|Because it was under four metres of clay and a bus lane,⟧" he replied, to some laughter. "⟦d:b|We were testing valves across a third of the city. It's not a quick process.⟧"
Petra Novak, a reporter for the Harlow Courier, asked why residents in the Eastbrook district had received text alerts almost a day after those elsewhere.
"⟦d:a|That's a fair question and I don't have a good answer yet,⟧" the mayor said. "⟦d:a|We're going to find out.⟧"
"⟦d:d|Will anyone lose their job over this?⟧" another reporter asked.
"⟦d:a|I'm not going to stand here and hand you a name,⟧" Adeyemi-Clarke said.
In a statement issued after the press conference, the Harlow Water Authority said it would compensate households "⟦p:e|in line with our service guarantee⟧" and would publish a full incident report within 60 days.

### 006
@a Yewande Oyelaran | His daughter
@b Colm Durkan | a former pupil who now teaches music in Galway
@c Harriet Lowe | -
@d Bartholomew Oyelaran | the pianist and music teacher who taught three generations of children in Eastmoor to read music
Bartholomew Oyelaran, the pianist and music teacher who taught three generations of children in Eastmoor to read music, has died aged 88.
Known to everyone, including his pupils, as “⟦s:-|Bart⟧”, he led the house trio at the Corner Lamp club for more than 30 years while teaching full time at St Anselm’s Secondary School.
His daughter, Yewande Oyelaran, said he died peacefully at home on Sunday evening with a recording of Mary Lou Williams playing in the next room. “⟦d:a|He’d have wanted it louder,⟧” she said. “⟦d:a|He always said the neighbours could put up with anything as long as it was in tune.⟧”
Born in Lagos in 1937, Oyelaran came to England at 19 to study engineering, a plan that lasted, by his own account, “⟦p:d|about a term and a half⟧”.
“⟦d:d|I found a piano in the students’ union and that was the end of engineering,⟧” he told this newspaper in 2009. “⟦d:d|My father did not speak to me for a year. Then he came to hear me play, and he spoke to me for the rest of his life.⟧”
Colm Durkan, a former pupil who now teaches music in Galway, remembered a teacher who refused to let anyone call themselves unmusical.
“⟦d:b:m|There were kids at that school who’d been told all their lives they were no good at anything. Bart would sit them at the piano and find the one thing they could do — a rhythm, a single note held at the right time — and build from it.⟧
“⟦d:b|I was one of those kids. I wouldn’t be doing what I do without him.⟧”
Harriet Lowe, who played drums in the trio for 22 years, said he was the least flashy brilliant musician she had known.
“⟦d:c|He never showed off. He’d play something that made your hair stand up and then look at the floor like he was embarrassed about it,⟧” she said.
He is survived by Yewande, his son Tunde, and five grandchildren. His wife, Margaret, died in 2015.

### 007
@a Halvorsen & Brandt | the Bergen-based shipping group
@b Kari Sætre | chief executive
@c - | A union representative at the Stavanger terminal
@d Jonas Eide | an analyst at Nordvik Securities
Halvorsen & Brandt, the Bergen-based shipping group, said on Wednesday it would cut 340 jobs and close its container terminal in Stavanger by the end of next year.
The company said the closure reflected "⟦p:a|a structural decline in feeder traffic⟧" on the west coast. "⟦d:a|This was not a decision taken lightly,⟧" it said in a statement.
In a call with analysts, chief executive Kari Sætre said the group had lost money at the terminal for four consecutive years. "⟦d:b|We looked at every alternative. We could not find one that works,⟧" she said.
A union representative at the Stavanger terminal said staff had learned of the closure from a news alert. "⟦d:c|Nobody told us first. That's what hurts,⟧" he said.
Jonas Eide, an analyst at Nordvik Securities, said the cuts had been expected. "⟦d:d|The market has been waiting for this for two years,⟧" he said.
Shares in Halvorsen & Brandt rose 4 percent in Oslo.

### 008
@a - | One consultant at the hospital
@b Priya Raghunathan | the trust's director of operations
@c - | A senior manager who asked not to be named because they were not authorised to speak to the press
@f - | A nurse on the orthopaedic ward
@d Westmere Hospitals NHS Trust | the trust
@e Owain Pryce-Jones | the Labour MP for Westmere South
Managers at Westmere General Hospital told staff to move patients between waiting lists so that they would not appear in official figures as having waited more than a year for surgery, according to internal emails and interviews with seven current and former employees.
The practice, which staff referred to as "⟦s:-|resetting the clock⟧", involved removing patients from a waiting list when they missed a single appointment and adding them back weeks later with a new referral date, the employees said.
One consultant at the hospital, who spoke on condition of anonymity because staff have been warned not to talk to journalists, said he had seen it happen to at least a dozen of his own patients. "⟦d:a|A woman with a hip that had collapsed was taken off the list because she was in hospital with pneumonia on the day of her appointment. She started again at week zero,⟧" he said.
In an email dated 14 March last year and seen by this newspaper, Priya Raghunathan, the trust's director of operations, wrote to service managers: "⟦d:b|Can we please make sure any DNAs are validated off before the month-end return. We cannot afford another red on the 52-week line.⟧"
DNA is the hospital's abbreviation for "⟦s:-|did not attend⟧".
A senior manager who asked not to be named because they were not authorised to speak to the press said the email was "⟦p:c|understood by everyone as an instruction⟧". "⟦d:c|Nobody wrote down 'take people off the list'. They didn't have to,⟧" the manager said.
A nurse on the orthopaedic ward described patients arriving for surgery who had been told they were "⟦p:f|starting over⟧". "⟦d:f|You'd have someone in tears at the desk because they'd waited fourteen months and been told it was four,⟧" she said.
Westmere Hospitals NHS Trust said it "⟦p:d|does not recognise⟧" the account. "⟦d:d|All waiting list validation is carried out in line with national guidance, and no patient has been removed from a list for the purpose of improving reported performance,⟧" the trust said.
Ms Raghunathan did not respond to requests for comment.
Owain Pryce-Jones, the Labour MP for Westmere South, said he would write to the health secretary. "⟦d:e|If this is true, it is not a paperwork scandal. It is people left in pain while the numbers looked fine,⟧" he said.

### 009
@a Tevita Fonua | Harbour Hawks coach
@b Sione Havili-Marsh | the club captain
@c Gareth Bowyer | the Millbrook director of rugby
The Harbour Hawks came from 17 points down to beat Millbrook 27-24 on Saturday, with replacement fly-half Kaito Brennan kicking a penalty with the last play of the match.
``⟦d:a|We were poor for 50 minutes and brilliant for 30,⟧'' said Harbour Hawks coach Tevita Fonua. ``⟦d:a|I'll take it, but we can't keep doing this to ourselves.⟧''
Brennan, 20, was making only his second appearance. Fonua said he had told the youngster at half-time to ``⟦p:a|enjoy it or go home⟧''.
Sione Havili-Marsh, the club captain, said the comeback had started with the forwards. ``⟦d:b|Our scrum turned it. Once we got a couple of penalties there, you could feel the crowd come back into it,⟧'' he said.
Gareth Bowyer, the Millbrook director of rugby, was less expansive. ``⟦d:c|We lost a game we should have won. That's all there is to say,⟧'' he said.

### 010
@a Aurélie Fontaine-Baptiste | -
@b Sam Whitlow | My editor
Aurélie Fontaine-Baptiste's fourth novel, "⟦s:-|The Salt Ledger⟧", follows three generations of women who run a fish-smoking business on a Breton island. It took her nine years to write. "⟦d:a|I think every book I write is an argument with my family,⟧" she says. We spoke in her kitchen in Lorient.
Q: Nine years is a long time. What took so long?
A: I threw it away twice. The first version was 600 pages and nothing happened in it. My editor, Sam Whitlow, read it and wrote one line on the title page: "⟦d:b|Who is this for?⟧" He was right, and I hated him for about a month.
Q: The island in the book isn't named. Is it a real place?
A: It's three real places glued together. If I named it, people from each of them would write to tell me I'd got the ferry timetable wrong.
Q: Your grandmother ran a smokehouse. How much of her is in the book?
A: Less than people think. She was much funnier than any of my characters. She used to call the tourists "⟦s:-|the seagulls⟧", because they arrived in summer, made a lot of noise and took things.
Q: What are you writing now?
A: Nothing. I'm letting the field lie fallow, as my grandfather would say. Ask me again in a year.

### 011
@a Gwendolyn Marsh-Tiller | The chair of Little Ashby parish council
@b Declan Forde | project manager for Ridgeline Renewables
@c Susan Abernethy | a sheep farmer whose land borders the proposed site
@d Linh Tran | -
@e - | a man at the back of the hall
@g Harold Peck | a retired electrical engineer
@f Ridgeline Renewables | -
More than 200 people crammed into Little Ashby village hall on Tuesday evening for the first public meeting on plans for an eight-turbine wind farm on Crane Hill, with dozens more listening from the car park through an open window.
Placards reading "⟦s:-|Not On Our Hill⟧" and "⟦s:-|Clean Power, Yes Please⟧" were propped against opposite walls.
The chair of Little Ashby parish council, Gwendolyn Marsh-Tiller, opened by asking for "⟦p:a|a bit of patience with each other⟧". "⟦d:a|We are all going to be living in this village when this is decided, whichever way it goes,⟧" she said.
Declan Forde, project manager for Ridgeline Renewables, said the turbines would generate enough electricity for 31,000 homes and that the company would pay £5,000 per megawatt a year into a community fund. "⟦d:b|That's roughly £200,000 a year for Little Ashby and the two neighbouring parishes, for the lifetime of the project,⟧" he said.
"⟦d:e|And how much do you make?⟧" a man at the back of the hall shouted.
Forde said he could not give a figure. "⟦d:b|It depends on the power price, which nobody in this room can predict, me included,⟧" he said.
Susan Abernethy, a sheep farmer whose land borders the proposed site, said she was worried about the access road. "⟦d:c|You're talking about 40-tonne lorries on a lane where two tractors can't pass. Where do they go when they meet my trailer?⟧"
Linh Tran, who moved to the village with her family in 2020, said she supported the plans. "⟦d:d|My kids are going to inherit whatever we decide now. I'd rather they inherited a turbine than a flood,⟧" she said, to applause from part of the hall and groans from another.
Harold Peck, 79, a retired electrical engineer, asked whether the grid connection had been secured. Forde admitted it had not. "⟦d:b|We have an offer in for 2031. We're hoping to bring that forward,⟧" he said.
"⟦d:g|So it might be 2031 before a single one of these turns on,⟧" Peck said. "⟦d:g|You can see why some of us think this is a long way off.⟧"
Mrs Marsh-Tiller closed the meeting shortly after 9.30pm, saying the parish council would submit a formal response by the end of next month.
In a statement on Wednesday, Ridgeline Renewables said it had been "⟦p:f|grateful for the frank discussion⟧" and would publish answers to all the questions raised.

### 012
@a Jean-Baptiste Lemaire | The mayor of Saint-Aubin-sur-Loire
@b Claudine Roux | president of the local gardeners' association
The mayor of Saint-Aubin-sur-Loire has banned the use of leaf blowers before 9am at weekends after what he called "⟦p:a|a summer of complaints⟧".
Jean-Baptiste Lemaire, who has led the town of 4,200 since 2014, told local radio: «⟦d:a|Le silence du dimanche matin est un bien commun.⟧» ("⟦d:a|Sunday-morning silence is a common good.⟧")
Claudine Roux, president of the local gardeners' association, said the ban was reasonable but would be hard to enforce. «⟦d:b|On ne va pas mettre un gendarme derrière chaque haie,⟧» she said — "⟦d:b|We're not going to put a gendarme behind every hedge.⟧"
Fines of up to €68 will apply from 1 October.

### 013
@a Malcolm Ferreira-Dunn | the committee's chairman
@b Anders Holmqvist | Northline Rail's chief executive
@c Bernadette O'Sullivan | a Liberal Democrat member of the committee
@d Kwame Asante | the Conservative MP for Haddon Vale
@e - | A Northline spokesperson
The head of Northline Rail was accused on Wednesday of presiding over "⟦p:c|a timetable of fiction⟧" as MPs questioned him about a winter in which nearly one in five of the company's trains was cancelled.
Appearing before the transport select committee, Northline Rail's chief executive, Anders Holmqvist, apologised to passengers but said the company had been let down by late deliveries of new trains and a shortage of qualified drivers.
"⟦d:b|I am not going to sit here and tell you the service has been acceptable. It has not,⟧" Holmqvist said. "⟦d:b|But the causes are not all within our control.⟧"
Bernadette O'Sullivan, a Liberal Democrat member of the committee, read out a message from a constituent who had missed her father's funeral after three consecutive cancellations. "⟦d:c|What do you say to her, Mr Holmqvist?⟧" she asked.
"⟦d:b|I say sorry, and I mean it,⟧" he replied.
"⟦d:c|She doesn't want sorry. She wants a train,⟧" O'Sullivan said.
Kwame Asante, the Conservative MP for Haddon Vale, pressed Holmqvist on driver training. The chief executive said 140 trainee drivers were in the system and the first 60 would qualify by June.
"⟦d:d|You told this committee the same number last year,⟧" Asante said.
Holmqvist said the figure had been "⟦p:b|broadly correct⟧" but that exam pass rates had been lower than expected.
Closing the session, Malcolm Ferreira-Dunn, the committee's chairman, said MPs would be "⟦p:a|watching the numbers every month⟧". "⟦d:a|If they don't improve, you will be back here, and I suspect the conversation will be shorter,⟧" he told Holmqvist.
A Northline spokesperson said afterwards that the company "⟦p:e|welcomed the opportunity⟧" to explain its recovery plan.

### 014
@a Northern Meteorological Service | -
@b Ailsa Gunn | a duty forecaster at the service
@c - | One ferry passenger
Ferry services to the Skerrin Isles were cancelled for a second day on Monday as gales gusting to 85mph battered the north coast.
The Northern Meteorological Service issued an amber warning for wind until 6pm on Tuesday. "⟦d:a|Conditions will remain dangerous on exposed coasts, and large waves are likely,⟧" it said.
Ailsa Gunn, a duty forecaster at the service, said the storm was moving more slowly than forecast. "⟦d:b|It's basically parked on top of us. We'd expect it to start easing tomorrow afternoon, but I wouldn't plan a crossing before Wednesday,⟧" she said.
One ferry passenger, stranded in Thurlow with a van full of building materials, said he had slept in the cab. "⟦d:c|It's not the worst night I've had, but it's in the top ten,⟧" he said.

### 015
@a Karim | the elder
@b Samir | -
@c Odile Fournier | a regular who has eaten lunch there every Thursday since 1998
For 31 years the Haddad brothers have argued about the hummus at Beit Zaytoun, the restaurant they opened on Ropewalk Street with a loan from an uncle and four second-hand tables.
Karim, 64, the elder, thinks it should be smooth. Samir, 59, likes it with texture. Regulars claim to be able to tell which brother was in the kitchen.
“⟦d:a|He puts too much tahini and then blames the chickpeas,⟧” Karim said, not quite out of his brother’s hearing.
“⟦d:b|I heard that,⟧” Samir said from behind the counter. “⟦d:b|He has been saying the same thing since the Berlin Wall was up.⟧”
The brothers came to the city from Tripoli, in Lebanon, in 1987. Karim worked nights in a bakery; Samir drove a taxi. Their mother, Nadia, who died in 2011, wrote out the recipes they still use in a school exercise book now held together with tape.
“⟦d:a:m|That book is the most valuable thing in this building. If there was a fire I would save the book, then Samir, maybe.⟧
“⟦d:a|No, Samir first. Write that I said Samir first.⟧”
Last month the brothers announced they would close at Christmas. The lease is up, and neither of their children wants to take the restaurant on.
“⟦d:b|My son is an actuary. My daughter is a dentist. What do they want with chickpeas?⟧” Samir said. He shrugged, but he did not smile.
Odile Fournier, a regular who has eaten lunch there every Thursday since 1998, said the street would be poorer without it. “⟦d:c|It’s not just food. You come in and one of them shouts your name. Where else does that happen any more?⟧”
On the last Thursday in December, the brothers say, they will make the hummus together. Half smooth, half not.

### 016
@a Fenella Quaye | head librarian
@b Oakridge District Council | -
Oakridge Central Library will open on Sundays for the first time in its 112-year history from next month, after a local charity agreed to cover the cost of extra staff.
``⟦d:a|Sunday is when families have time. It's always been a bit absurd that the library was shut,⟧'' said head librarian Fenella Quaye. ``⟦d:a|We'd love this to become permanent, and we think the numbers will make the case.⟧''
The Pennington Trust has pledged £48,000 a year for three years. Oakridge District Council said the pilot would be ``⟦p:b|closely evaluated⟧'' before any decision on permanent funding.

### 017
@a Eleanor Waithaka | Judge
@b Lorraine Bexley | the victim's mother
@c Ifeanyi Obi | The defence barrister
A driver who killed a cyclist while watching a video on his phone has been jailed for seven years and four months.
Dominic Hale, 29, of Barrowfield Road, Ashgate, admitted causing death by dangerous driving. He struck Callum Bexley, 34, on the A614 near Kelby in April last year.
In a statement read to the court, the victim's mother, Lorraine Bexley, said: "⟦d:b|Callum was the kind of man who stopped to help people change tyres in the rain. He was killed by someone who couldn't put a phone down for ten minutes.⟧"
The defence barrister, Ifeanyi Obi, said his client was "⟦p:c|consumed by remorse⟧" and had not driven since. "⟦d:c|He knows there is nothing he can say that would be adequate,⟧" Mr Obi said.
Sentencing him, Judge Eleanor Waithaka told Hale: "⟦d:a:m|You made a choice, and you made it again and again over several miles. The footage recovered from your phone shows that you were watching a football highlights video for almost the entire journey.⟧
"⟦d:a:m|Mr Bexley was wearing bright clothing and had lights front and rear. He did everything a cyclist can do to be seen. You did not look.⟧
"⟦d:a|No sentence I pass can reflect the value of the life that was lost.⟧"
Hale was also banned from driving for ten years. Outside court, Mrs Bexley said only: "⟦d:b|Put your phones away.⟧"

### 018
@a Mikkel Østergaard | the Rovers manager
@b Tom Barlow | the Evening Echo’s chief football writer
@c - | one reporter
@d Dunmore Rovers | -
Mikkel Østergaard insisted he would not resign after Dunmore Rovers were relegated from the Premier Division on Saturday, their 2-0 defeat at Kilbride ending an eleven-year stay in the top flight.
“⟦d:a|I am not a man who walks away when it gets dark,⟧” the Rovers manager told a packed press room. “⟦d:a|I will be here on Monday morning, and I will be here in August, unless someone tells me otherwise.⟧”
Asked by Tom Barlow, the Evening Echo’s chief football writer, whether he had spoken to the club’s owners, the Dane said he had not.
“⟦d:b|Do you expect to?⟧” Barlow asked.
“⟦d:a|I expect my phone to ring, yes. I expect it to ring a lot this week,⟧” Østergaard said.
“⟦d:c|Was the team good enough?⟧” one reporter asked.
He paused for several seconds. “⟦d:a|Over 38 games, no. That is what the table says, and the table does not lie. Over some games, yes, and that is what hurts.⟧”
He was asked about the January sale of the captain, Ruben Akinola, to a Scottish club, which many supporters regard as the moment the season turned. Østergaard chose his words carefully.
“⟦d:a|Ruben was an important player. The decision to sell him was made above me, and I accepted it. I will not say more than that,⟧” he said.
Late on Saturday evening, Dunmore Rovers issued a short statement thanking supporters and saying the board would “⟦p:d|reflect carefully⟧” over the coming weeks. It did not mention the manager.

### 019
@a Hiroshi Tanabe-Lloyd | a marine ecologist at the University of Pembrook who led the study
@b Grace Mbatha | a coral specialist at the Institute for Ocean Science who was not involved in the research
Seagrass meadows off the coast of Pembrook have grown by almost 40 percent in a decade, according to a new study, in what researchers say is a rare piece of good news for the region's marine life.
Hiroshi Tanabe-Lloyd, a marine ecologist at the University of Pembrook who led the study, said the recovery followed a ban on bottom trawling in the bay in 2013. "⟦d:a|We suspected things were improving, but we didn't expect it to be this fast. Take away the disturbance and seagrass will do the rest, given the chance,⟧" he said.
The meadows store carbon and provide nurseries for fish including cod and pollack.
Dr Grace Mbatha, a coral specialist at the Institute for Ocean Science who was not involved in the research, called the findings "⟦p:b|genuinely encouraging⟧" but warned against reading too much into them. "⟦d:b|One bay is one bay. The question is whether this can be repeated somewhere with more pressure on it,⟧" she said.

### 020
@a - | a former care assistant
@b - | A second former employee
@e Care Standards Commission | -
@d Marjorie Quill | -
@c Thistledown Care Group | the company
Residents at a care home in Wexley were regularly left in soiled bedding for hours because night shifts were staffed by two workers looking after 46 people, according to former employees and an inspection report obtained by this newspaper.
Four former staff members at Brookhaven House, which is run by Thistledown Care Group, described a culture in which concerns were ignored and the rota was routinely below the minimum the company had agreed with the local authority.
“⟦d:a|You’d get to a room at 4am and know that person had been waiting since midnight. You’d say sorry, and they’d say, ‘It’s not your fault, love.’ That was the worst bit,⟧” said a former care assistant, who left last year.
A second former employee, who worked night shifts, said she had raised staffing levels with a manager at least six times. “⟦d:b|I was told the agency couldn’t send anyone and to ‘prioritise’,⟧” she said. “⟦d:b|Prioritise what? Who gets to be clean?⟧”
An unannounced inspection in February, the results of which have not been published, rated the home “⟦p:e|inadequate⟧” for safety. In its draft report, the Care Standards Commission said: “⟦d:e|Inspectors observed call bells ringing for extended periods with no response. On one occasion, a resident was heard calling for help for 25 minutes.⟧”
Marjorie Quill, whose mother, Edna, lived at the home until her death in 2022, said she had complained in writing twice. “⟦d:d:m|The reply both times said they took my concerns very seriously. I’ve got the letters. They’re identical, word for word, apart from the date.⟧
“⟦d:d|I don’t want anyone sacked. I want somebody to count the staff on a Tuesday night and do something about it.⟧”
Thistledown Care Group said staffing at Brookhaven House “⟦p:c|meets and frequently exceeds⟧” the required levels and that it had recruited eight new night staff since February. “⟦d:c|We are sorry that any resident’s experience has fallen short of the standards we expect,⟧” the company said.

### 021
@a Rosalind Achebe | the Green candidate
@b Piers Whitcombe | the Conservative candidate and a former council leader
@c Shona Baird | The presenter
The two leading candidates in the Hollinsfield by-election clashed over bus services during a live debate on Radio Hollin on Thursday morning.
Rosalind Achebe, the Green candidate, accused the council of letting routes "⟦p:a|wither on the vine⟧". Piers Whitcombe, the Conservative candidate and a former council leader, said the cuts had been forced by falling passenger numbers.
The exchange that followed was the liveliest of the campaign so far.
"⟦d:b|You can't run a bus that nobody gets on,⟧" Whitcombe said.
"⟦d:a|Nobody gets on because it comes once every two hours,⟧" Achebe replied.
"⟦d:b|It came every 40 minutes in 2015, and nobody got on then either.⟧"
"⟦d:a|That's not true, and you know it isn't.⟧"
The presenter, Shona Baird, eventually moved the discussion on. "⟦d:c|I think listeners have got the gist,⟧" she said.
Whitcombe later told reporters outside the studio that he had "⟦p:b|enjoyed it enormously⟧". Achebe said the exchange had shown "⟦p:a|exactly what's at stake⟧".
Voting takes place on 14 November.

### 022
@a Marisol Etxeberria | -
@e - | the man on the front desk
@c Itziar | Her mother
@b Jo Pennock | -
@d Colin Sadler | Chief fire officer
Marisol Etxeberria was 19 when she walked into Cranston fire station to ask for an application form and was told, by the man on the front desk, that the station "⟦p:e|didn't do work experience⟧".
Twenty-two years later she runs the place. Last month she became the first woman to be appointed station manager in the history of the Eastvale Fire and Rescue Service.
"⟦d:a|I did go back and fill in the form, for the record,⟧" Marisol said, sitting in the mess room under a framed photograph of the station's 1962 crew, all of them men with moustaches. "⟦d:a|He was quite surprised to see me again.⟧"
She grew up in Cranston, the daughter of a Basque father who worked on the docks and a mother who cleaned offices at night. Her mother, Itziar, still lives in the terraced house where Marisol was born.
"⟦d:c|She was always climbing things. Walls, trees, the garage roof. I used to say she'd either join the circus or the fire brigade,⟧" Itziar said. "⟦d:c|I'm glad it wasn't the circus. The circus doesn't have a pension.⟧"
Marisol's first years in the service were not easy. She was issued boots two sizes too big because nobody had ordered smaller ones, and she recalls being left out of the station's five-a-side team "⟦p:a|for about three years, until they needed a goalkeeper⟧".
Jo Pennock, who has served on Marisol's watch for nine years, said the new station manager had a reputation for staying calm. "⟦d:b|I've seen her at a warehouse fire with the roof coming in, talking on the radio like she's ordering a takeaway,⟧" she said. "⟦d:b|That rubs off on you. You stop panicking because she isn't.⟧"
Chief fire officer Colin Sadler said Marisol had been appointed "⟦p:d|because she was the best candidate, full stop⟧".
Asked whether she felt like a pioneer, Marisol laughed. "⟦d:a|I feel like someone who's going to be doing a lot of paperwork,⟧" she said. "⟦d:a|But if one girl walks past the station and thinks, 'I could do that,' that's not nothing.⟧"

### 023
@a Quillfeather | the accounting software company
@b Deepak Varma | -
@c - | A Quillfeather engineer who asked not to be named
Thousands of small businesses were unable to send invoices for most of Monday after an outage at Quillfeather, the accounting software company.
The company blamed ``⟦p:a|a faulty configuration change⟧''. In a post on its status page, Quillfeather wrote: ``⟦d:a|We know how disruptive this has been, and we're sorry. Service has now been fully restored.⟧''
Deepak Varma, who runs a plumbing business in Sandford, said he had spent the morning writing invoices by hand. ``⟦d:b|I haven't done that since 2009. My handwriting hasn't improved,⟧'' he said.
A Quillfeather engineer who asked not to be named said the change had been pushed out ``⟦p:c|on a Monday morning, which everybody knows you don't do⟧''.

### 024
@b Louise Tranter | her former line manager
@c Harriet Oduya | Employment Judge
@a Chiamaka Eze | a former sales manager at Vellacott Homes
@d Vellacott Homes | -
A sales manager who was dismissed two weeks after telling her employer she was pregnant was unfairly sacked and discriminated against, an employment tribunal has ruled.
Chiamaka Eze, 31, a former sales manager at Vellacott Homes, was told in March 2023 that her role was being made redundant. The company advertised a near-identical job, under a different title, the following month.
In evidence last autumn, her former line manager, Louise Tranter, said the redundancy had been planned before she knew of the pregnancy. Asked by Ms Eze's barrister why there was no written record of that plan, she said: "⟦d:b|We're a small team. A lot of things were discussed informally.⟧"
In her judgment, Employment Judge Harriet Oduya said she did not accept that account. "⟦d:c|The tribunal found Mrs Tranter to be an unreliable witness on this point. Her evidence shifted under questioning, and it is contradicted by the contemporaneous emails,⟧" she wrote.
The judge added that the new job advertisement was "⟦p:c|in substance the claimant's old role with a new heading⟧".
Ms Eze said she felt "⟦p:a|vindicated, but tired⟧". "⟦d:a|I spent the last months of my pregnancy preparing for a tribunal instead of preparing for a baby. No one should have to do that,⟧" she said.
Vellacott Homes said it was "⟦p:d|disappointed⟧" by the decision and was considering an appeal.

### 025
@a Ruth Ann Dowling | a former state senator who spent 24 years representing the rural north of the state and was known for reading every page of every budget bill
@c Earl Vandermeer | a Republican who served alongside her on the appropriations committee for 16 years
@b Marcus Tillery | the state’s governor
@d Beth Dowling-Amos | Her daughter
Ruth Ann Dowling, a former state senator who spent 24 years representing the rural north of the state and was known for reading every page of every budget bill, died on Friday at her home in Callow Springs. She was 91.
Her daughter, Beth Dowling-Amos, said the cause was heart failure.
Dowling, a Democrat, was first elected in 1978 after a campaign run largely from her kitchen table. She liked to say she had entered politics “⟦p:a|by accident and out of spite⟧”, after the county closed the only library within 30 miles of her farm.
“⟦d:a|I wrote them a letter, and they didn’t answer it. So I ran against the man who didn’t answer it,⟧” she recalled in a 2004 interview with the Callow County Register.
Earl Vandermeer, a Republican who served alongside her on the appropriations committee for 16 years, said she was the toughest negotiator he had faced. “⟦d:c|She’d come into a meeting with a budget that had more sticky notes than pages. You could not bluff her about a number. Nobody ever tried twice,⟧” he said.
He added, with a laugh: “⟦d:c|We disagreed on almost everything, and I’d have trusted her with my wallet.⟧”
Marcus Tillery, the state’s governor, ordered flags lowered to half-staff on Monday. “⟦d:b|Ruth Ann believed government should be boring, honest and on time. She was never boring,⟧” he said in a statement.
Her daughter said she had kept working well into her eighties, answering letters from constituents who had long since stopped being her constituents.
“⟦d:d|People would write to her about potholes in 2019. She’d call the county. They’d fix it. I don’t know how,⟧” Dowling-Amos said.
Besides her daughter, she is survived by a son, Wade, and six grandchildren. Her husband, Lyle, died in 2008.

### 026
@a Kestrel Valley Police | the force
@b - | A witness who was in a café opposite
@c Marek Dąbrowski | the shop's owner
Two men armed with a hammer robbed a jewellery shop in Fenmouth town centre on Saturday afternoon, smashing display cases and escaping on a moped.
No one was hurt. Kestrel Valley Police said the men were wearing dark helmets and had made off along Quay Street towards the ring road. "⟦d:a|We're keen to hear from anyone who has dashcam or doorbell footage from the area between 3pm and 3.30pm,⟧" the force said.
A witness who was in a café opposite said the raid was over "⟦p:b|in about forty seconds⟧". "⟦d:b|We heard glass going and then they were gone. People just stood there with their coffee,⟧" she said.
Marek Dąbrowski, the shop's owner, said he was "⟦p:c|shaken but grateful⟧" that his staff had not been hurt. "⟦d:c|Watches can be replaced,⟧" he said.

### 027
@a Anne-Sophie Mercier-Dubois | director general of the alliance
@b - | a Swiss reporter
@c Tomás Ugarte | the alliance's field coordinator in the region
@d - | a reporter from a German news agency
The head of the Humanitarian Demining Alliance warned on Monday that clearance work in the border districts of Veyra could stall within months unless donors made up a funding shortfall of 38 million Swiss francs.
Speaking at a press conference in Geneva, Anne-Sophie Mercier-Dubois, director general of the alliance, said teams had cleared 14 square kilometres of farmland last year but that at least 90 square kilometres remained contaminated.
«⟦d:a|Chaque mois de retard, ce sont des champs qui restent vides et des enfants qui jouent là où ils ne devraient pas,⟧» she said. "⟦d:a|Every month of delay means fields left empty and children playing where they shouldn't.⟧"
Asked by a Swiss reporter whether the alliance had approached new donors, she said talks were under way with two Gulf states but would not name them.
«⟦d:b|Et si ces discussions échouent ?⟧» the reporter pressed.
«⟦d:a|Alors nous réduirons les équipes. Il n'y a pas de magie,⟧» Mercier-Dubois replied. "⟦d:a|Then we will reduce the teams. There is no magic.⟧"
Tomás Ugarte, the alliance's field coordinator in the region, joined by video link from the town of Dravsk and spoke in English. "⟦d:c|We have 220 deminers, most of them local men and women who used to farm this land themselves. If we stand them down, we lose years of training,⟧" he said.
"⟦d:d|How many casualties were there last year?⟧" asked a reporter from a German news agency.
"⟦d:c|Thirty-one that we know of. Nine of them children,⟧" Ugarte said. "⟦d:c|Those are the ones that reached a hospital.⟧"

### 028
@a Niamh Brophy | the school's principal
@b - | a department spokesman
@c Aoife Kinsella | -
Glenarden Community School will close for three days next week after asbestos was found in ceiling tiles during routine maintenance.
Niamh Brophy, the school's principal, said in a letter to parents that the material was "⟦p:a|low risk and undisturbed⟧" but that the school was taking no chances. "⟦d:a|I would rather lose three days of teaching than spend three years wondering,⟧" she wrote.
The Department of Education said specialist contractors would remove the tiles over the weekend. "⟦d:b|Pupils and staff were not at any time exposed to airborne fibres,⟧" a department spokesman said.
"⟦d:c|Honestly, I'm impressed they told us straight away,⟧" said Aoife Kinsella, who has two children at the school.

### 029
@d Joachim Brenner | the team doctor at Velo Aurelia
@a - | A former rider on the team
@b - | A second rider
@c Viktor Halloran | the team’s manager since 2017
@f - | His lawyer
@e National Anti-Doping Agency | the agency
A professional cycling team instructed riders to use a prescription painkiller during races and to keep the practice out of official medical records, according to text messages seen by this newspaper and interviews with five former team members.
The messages, sent between 2021 and 2023 by Joachim Brenner, the team doctor at Velo Aurelia, refer repeatedly to “⟦s:-|the blue ones⟧”, which three riders said was their name for tablets of tramadol.
In one message, sent the night before a mountain stage in May 2022, Brenner wrote: “⟦d:d|Two blue ones before the start, one in the feed bag. Don’t write anything in the app.⟧”
Tramadol has been banned in competition since 2019.
A former rider on the team, who left in 2023, said the pills were handed out “⟦p:a|like sweets⟧” on hard days. “⟦d:a|You’d be on a climb, totally in the box, and you’d feel it kick in and think, I can do this. Then on the descent you’d feel like you were watching TV,⟧” he said. “⟦d:a|That’s how people crash.⟧”
A second rider, who still races for another team and asked not to be named for fear of losing his contract, said he had refused the tablets twice and was left out of the squad for the next race both times. “⟦d:b|Nobody said it was because of that. Nobody had to,⟧” he said.
Viktor Halloran, the team’s manager since 2017, said in a written response that he had “⟦p:c|no knowledge whatsoever⟧” of any use of tramadol. “⟦d:c|Velo Aurelia has always complied fully with anti-doping rules. Any suggestion otherwise is false,⟧” he wrote.
Brenner did not respond to repeated requests for comment. His lawyer said he “⟦p:f|rejects the allegations⟧”.
The National Anti-Doping Agency said it could not comment on individual cases. “⟦d:e|We take all information seriously and will review anything that is shared with us,⟧” the agency said.

### 030
@a Bronwen Pugh-Ellis | -
@b Gwenllian Jenkins | The choir's oldest member
@c Delyth Morgan | -
On Tuesday nights the back room of the Red Lion in Cwm Aran fills up with 38 women, a piano that is never quite in tune and, by 8pm, a great deal of tea.
Bronwen Pugh-Ellis started the Cwm Aran Ladies' Choir in 1994 with five friends and a photocopied sheet of hymns. Thirty years later they have sung at the Royal Albert Hall, at a rugby international and, memorably, at a wedding in Cardiff where the groom fainted.
"⟦d:a|He said it was the heat. We like to think it was us,⟧" Bronwen said.
The choir's oldest member, Gwenllian Jenkins, 94, has been there since the second rehearsal. She sings alto, and has strong opinions about sopranos.
"⟦d:b|Mae'r sopranos yn meddwl mai nhw yw'r côr i gyd,⟧" she said, then translated, with relish: "⟦d:b|The sopranos think they're the whole choir.⟧"
Delyth Morgan, who took over as conductor in 2018, is 41 and the youngest woman in the room by some distance. She said she had been warned about Gwenllian before her first rehearsal.
"⟦d:c:m|Bronwen took me aside and said, 'She'll test you. Don't let her win the first argument.' So of course the first thing Gwen did was tell me I'd taken Gwahoddiad too fast.⟧
"⟦d:c|And I had. I still haven't told Bronwen that.⟧"
The choir is preparing for its 30th anniversary concert in November, at the chapel where it first sang in public. Bronwen says it will be her last as chair.
"⟦d:a|I've said that before,⟧" she admitted. "⟦d:a|Ask me in December.⟧"

### 031
@a Farhan Qureshi | a spokesman for Metrolink
@b TramWatch | Passenger group
Trams between Ashbury and the city centre will be replaced by buses for nine days from 2 August while engineers replace 600 metres of track.
``⟦d:a|We know this is a busy time of year, but it's also the quietest time for commuters, which is why we've chosen it,⟧'' said Farhan Qureshi, a spokesman for Metrolink.
Passenger group TramWatch called the timing ``⟦p:b|the least bad option⟧''. ``⟦d:b|Replacement buses are never popular, but at least this is being done properly rather than in a rush,⟧'' the group said.

### 032
@a Lewis Ambrose-Kerr | the defendant
@b Neil Farquharson | The prosecutor
@c Haverford | the trial judge
A man accused of murdering his business partner told a jury on Thursday that he had "⟦p:a|panicked⟧" after finding the body and had not killed him.
Lewis Ambrose-Kerr, 38, is charged with the murder of Adrian Pole, 44, whose body was found in the office of their vintage car restoration business in Tewkbridge in November 2023. He denies the charge.
Giving evidence for the first time, he said he had arrived at the workshop at about 7.15am and found Mr Pole lying beside a hydraulic lift.
"⟦d:a|I thought he'd fallen. I tried to wake him up. There was a lot of blood, and I just — I didn't know what I was doing,⟧" the defendant said.
He admitted that he had then driven home, changed his clothes and waited nearly two hours before calling an ambulance. The prosecutor, Neil Farquharson KC, asked him why.
"⟦d:a|I can't explain it. I've tried to explain it to myself for a year,⟧" Ambrose-Kerr said.
"⟦d:b|Isn't the explanation, Mr Ambrose-Kerr, that you needed those two hours to get rid of the clothes you were wearing when you hit him?⟧" Mr Farquharson asked.
"⟦d:a|No.⟧"
"⟦d:b|Where are those clothes now?⟧"
"⟦d:a|In the washing machine. I told the police that.⟧"
Mr Farquharson reminded the jury that a forensic scientist had found no trace of Mr Pole's blood in the machine. "⟦d:b|Not a drop,⟧" he said. At the end of the day, the trial judge, Mr Justice Haverford, told jurors not to discuss the evidence with anyone. "⟦d:c|That includes your families, however curious they may be,⟧" he said.

### 033
@a Oona Kivelä-Burke | the gallery’s director
@b Teodor Marinescu | Romanian-born artist
A painting that hung unnoticed in a corridor of Wrexford Town Hall for 60 years has been identified as an early work by the landscape painter Edith Vaux, and could be worth £400,000.
The canvas, titled “⟦s:-|Low Tide at Marren⟧”, was spotted by a visiting curator in January. It will go on display at Wrexford Museum and Art Gallery in the spring.
“⟦d:a|It was above a radiator next to the photocopier. It’s a miracle the paint is still on it,⟧” said the gallery’s director, Oona Kivelä-Burke, whose team has spent four months cleaning it.
Romanian-born artist Teodor Marinescu, who lives in Wrexford and has campaigned for the town’s collection to be properly catalogued, said he was “⟦p:b|delighted and slightly furious⟧”. “⟦d:b|How many other things are hanging next to photocopiers?⟧” he asked.

### 034
@a Yousef Al-Masri | -
@b Omar | His eldest son
@c Graham Tulloch | the retired postman
When Yousef Al-Masri arrived in Kirkhallow in the winter of 2016, he had never seen snow, and his first act in his new home was to phone the council to report that the heating had broken.
"⟦d:a|It had not broken. It was just Scotland,⟧" he said, laughing, eight years later, in the kitchen of the bakery he now owns on the town's main street.
Al-Masri, 52, was a pastry chef in Aleppo for two decades before the war. He, his wife Rania and their three children were among 19 Syrian families resettled in the district under a government scheme.
The bakery, which opened in 2019, sells ma'amoul and baklava alongside, by popular demand, a cardamom version of the Scottish morning roll. "⟦d:a|People here were suspicious of the baklava at first. Too sweet, they said. Now they come in and complain if it's not sweet enough,⟧" he said.
His eldest son, Omar, 17, works on the counter on Saturdays and is applying to study engineering at Glasgow. He has a Kirkhallow accent that his father describes as "⟦p:a|a disaster⟧".
"⟦d:b|He says I sound like a fisherman. I say good, fishermen are nice people,⟧" Omar said.
Graham Tulloch, 72, who lives next door, was one of the first people in Kirkhallow to knock on the family's door. He brought a bag of coal and a map of the bus routes.
"⟦d:c|I didn't know what else to bring. I thought, they'll need to get about, and they'll be cold,⟧" the retired postman said. "⟦d:c|Now I get free pastries for life. Best bag of coal I ever bought.⟧"
Asked what he missed most about Syria, Al-Masri was quiet for a moment, then answered in Arabic: "⟦d:a|البيت. كل شيء آخر أستطيع أن أصنعه هنا.⟧"
"⟦d:a|Home,⟧" he translated. "⟦d:a|Everything else I can make here.⟧"

### 035
@a Federation of Community Midwives | the federation
@b Sunniva Berg | Health minister
The number of babies born at home in Norrland rose by 22 percent last year, according to figures from the regional health authority.
The Federation of Community Midwives said the rise reflected "⟦p:a|growing confidence⟧" in home births but warned that staffing had not kept pace. "⟦d:a|We cannot have a midwife driving 90 kilometres at three in the morning because there is no one closer,⟧" the federation said.
Health minister Sunniva Berg said the government would fund 40 additional rural midwife posts. "⟦d:b|Families should be able to choose, wherever they live,⟧" she said.

### 036
@a Carla Mendoza-Reyes | Police Chief
@b Darnell Whitaker | pastor of Greater Hope Baptist Church
@c Marisela Ortiz | -
@d - | A woman who identified herself only as a nurse from the east side
@f - | several people in the audience
@e Jerome Pate | City Councilman
More than 300 people packed the gymnasium of Eastside Community Center on Wednesday night for the first public forum since a police officer shot and wounded a 16-year-old boy during a traffic stop last month.
Police Chief Carla Mendoza-Reyes opened by saying she could not discuss details of the shooting while it was under investigation by the state attorney general’s office. That drew groans.
“⟦d:a|I know that’s not what you came to hear. I wouldn’t want to hear it either,⟧” she said. “⟦d:a|But if I say something tonight that turns out to be wrong, I damage the investigation, and I damage your trust even more.⟧”
The Rev. Darnell Whitaker, pastor of Greater Hope Baptist Church, said residents had heard similar promises before. “⟦d:b|Chief, with respect, the last three investigations took eleven months, fourteen months and two years. Our children grow up faster than your investigations,⟧” he said, to sustained applause.
Marisela Ortiz, whose son was stopped and searched twice in the same week last spring, spoke in Spanish. “⟦d:c|Tengo miedo cada vez que sale de la casa,⟧” she said. A volunteer translated: “⟦d:c|I am afraid every time he leaves the house.⟧”
A woman who identified herself only as a nurse from the east side asked the chief how many officers had body cameras switched on during the stop.
“⟦d:a|All of them were equipped. Whether they were activated is part of what the attorney general is looking at,⟧” Mendoza-Reyes said.
“⟦d:f|Answer the question!⟧” several people in the audience shouted.
“⟦d:d|That’s a yes or no,⟧” the nurse said. “⟦d:d|Were they on or weren’t they?⟧”
The chief did not answer directly. City Councilman Jerome Pate, who moderated the forum, moved on to the next speaker. Afterwards he said the evening had been “⟦p:e|painful but necessary⟧”.
“⟦d:e|People needed to be heard, and they were. Now the department needs to actually listen,⟧” Pate said.

### 037
@b Dougie Rennie | -
@a Pauline Esterhuizen | an inspector with the Animal Welfare League
A swan that became stuck on the roof of a supermarket in Kelso Bridge was rescued on Tuesday after a three-hour operation involving a cherry picker and a packet of frozen peas.
Dougie Rennie, who works in the store's bakery, spotted the bird on his break. "⟦d:b|It was just standing there looking at me like I'd put it up there,⟧" he said.
Pauline Esterhuizen, an inspector with the Animal Welfare League, said swans sometimes mistook wet flat roofs for water. "⟦d:a|They come in to land, realise it isn't a river, and then they can't get the run-up to take off again,⟧" she said. The peas, she explained, were "⟦p:a|bribery⟧".
The swan was released on the River Tane unharmed.

### 038
@e Central Bank of Vestmark | the bank
@a Henrietta Lindahl-Bose | the governor of the Central Bank of Vestmark
@c Aiko Matsuda | a correspondent for the Financial Herald
@b Felix Grünewald | the deputy governor responsible for financial stability
@d - | one reporter
The Central Bank of Vestmark held interest rates at 4.25 percent on Thursday but signalled that cuts could begin as early as the summer if inflation continued to fall.
In its policy statement, the bank said price pressures were "⟦p:e|easing more quickly than anticipated⟧". "⟦d:e|The Committee judges that the risks to the inflation outlook are now broadly balanced,⟧" the bank said.
At the press conference that followed, the governor of the Central Bank of Vestmark, Henrietta Lindahl-Bose, was careful not to promise anything.
"⟦d:a|We are not pre-committing,⟧" she said. "⟦d:a|If the data keep moving in the right direction, the case for a lower rate will get stronger. If they don't, it won't. I'm afraid that is as exciting as I am going to be today.⟧"
Aiko Matsuda, a correspondent for the Financial Herald, asked whether the bank was worried about the housing market, where prices have fallen for nine consecutive months.
"⟦d:a|Worried is a strong word,⟧" Lindahl-Bose said, and handed the question to Felix Grünewald, the deputy governor responsible for financial stability.
"⟦d:b|Mortgage arrears have risen, but from a very low level. Banks are well capitalised. We are watching it closely, but we do not see a systemic problem,⟧" Grünewald said.
"⟦d:c|So the answer is no?⟧" Matsuda asked.
"⟦d:b|The answer is that we are watching it closely,⟧" he said, to laughter.
"⟦d:d|Governor, you said in January that cuts were 'some way off'. Is the summer some way off?⟧" one reporter asked.
"⟦d:a|It was in January,⟧" she replied.

### 039
@a Seamus Ó Catháin | -
@b Niall Ó Catháin | His nephew
@c Bríd Moynihan | -
Seamus Ó Catháin, who served as coxswain of the Ballyrane lifeboat for 27 years and took part in more than 300 rescues, has died at the age of 84.
He was awarded a bronze medal for gallantry in 1987 after leading the rescue of six crew from a Spanish trawler in a force 10 gale. Asked about it years later, he said: ``⟦d:a|The medal was for the crew. I only steered.⟧''
His nephew, Niall Ó Catháin, said his uncle had been ``⟦p:b|the calmest man in any room, and on any sea⟧''. ``⟦d:b|He had a saying, whenever a shout came in at night. He'd pull on his boots and say, 'Ar aghaidh linn' — off we go. Never more than that,⟧'' he said.
Bríd Moynihan, whose husband was among four fishermen rescued from the Marie Claire in 1994, said the whole village owed him. ``⟦d:c|My children have a father because of Seamus. You don't forget that,⟧'' she said.
He is survived by his wife, Máire, and their two daughters.

### 040
@b Ewan Dalgleish | team leader of Keld Mountain Rescue
@d Ruth Ng | a ranger with the national park authority
@c Catrin Hughes | Her sister
@a Frances Lomax-Hardy | the senior coroner
An experienced hiker who died after falling on Sca Crag was not to blame for her death and had been misled by an out-of-date route description online, a coroner has concluded.
Alys Hughes, 36, a physiotherapist from Chester, fell about 40 metres from a scree path on 9 September last year. She was walking alone.
Ewan Dalgleish, team leader of Keld Mountain Rescue, told the inquest in Kendleton that a popular walking website still described a path that had been swept away by a landslip in 2021. “⟦d:b|The description was accurate once. It hadn’t been for three years,⟧” he said.
Ruth Ng, a ranger with the national park authority, said the authority had asked the website to change the description in 2022. “⟦d:d|We emailed twice. We didn’t get a reply,⟧” she told the court.
Her sister, Catrin Hughes, said Alys had “⟦p:c|planned every walk like a military operation⟧”. “⟦d:c|She printed the route, she checked the weather, she told us where she was going. She did everything right,⟧” she said.
Recording a conclusion of accidental death, the senior coroner, Frances Lomax-Hardy, said she would issue a report to prevent future deaths. “⟦d:a:m|I am concerned that route information published online can remain in circulation long after it has ceased to be safe, with no mechanism for correcting it.⟧
“⟦d:a|Ms Hughes relied on that information in good faith. She was not reckless. She was let down.⟧”
Speaking outside, Catrin Hughes said the family wanted “⟦p:c|one thing changed, so that this doesn’t happen again⟧”.

### 041
@a Brightwater Dairies | -
@b Mo Ashworth | -
Brightwater Dairies will cut the price it pays farmers for milk by 1.5p a litre from 1 March, the second cut this year, according to a letter sent to suppliers on Friday.
In the letter, the company said global dairy prices had "⟦p:a|fallen sharply⟧" since the autumn. "⟦d:a|We recognise that this will be difficult news, and we will keep prices under constant review,⟧" it wrote.
Mo Ashworth, who milks 180 cows near Dunholm, said the cut would cost her about £25,000 a year. "⟦d:b|We're already producing at a loss. I don't know how much longer some of us can do this,⟧" she said.

### 042
@b Callum Reith | -
@a Tenzing Dorje | -
@c Anna | Callum’s wife
Tenzing Dorje and Callum Reith have climbed together for 19 years. They have stood on the summits of nine of the world’s fourteen 8,000-metre peaks, and they have turned back, they estimate, at least as many times as they have succeeded.
“⟦d:b|People only ask about the summits. The turning back is the bit I’m proud of,⟧” Callum said.
They met in 2005 when Callum, then a junior doctor on a climbing holiday, developed altitude sickness at 5,200 metres on Ama Dablam and Tenzing, then a 24-year-old guide, carried his pack down the mountain.
“⟦d:a|He was very grey and very polite. He kept saying sorry,⟧” Tenzing recalled. “⟦d:a|I thought, this man will not last. I was wrong about that.⟧”
Now 43, Tenzing runs his own expedition company in Kathmandu. Callum, 46, is an emergency medicine consultant in Inverness and takes unpaid leave every spring.
Their closest call came in 2016 on Makalu, when an avalanche swept the route 200 metres above their tent.
“⟦d:b:m|We heard it before we saw it. There was this noise like a train, and Tenzing just grabbed my jacket and held on. I don’t think either of us said a word for an hour afterwards.⟧
“⟦d:b|Then he made tea. That’s what he does in a crisis. He makes tea.⟧”
Tenzing insisted this was sound mountaineering practice. “⟦d:a|Tea is very important,⟧” he said, entirely serious. “⟦d:a|Cold people make bad decisions.⟧”
Callum’s wife, Anna, said she had made peace with the expeditions long ago, though she admitted she did not sleep well in April and May. “⟦d:c|I married him knowing. And I trust Tenzing more than I trust Callum, to be honest,⟧” she joked.
This spring they will attempt Kangchenjunga, their tenth. Asked whether it would be the last, both men laughed. “⟦d:a|He says that every year,⟧” Tenzing said.
“⟦d:b|I mean it every year,⟧” Callum replied.

### 043
@a Hamid Rezaei-Lund | the independent councillor for Marsh Ward
@b - | A spokesperson for Thornbury Labour
An independent councillor in Thornbury has apologised after posting a video of himself singing outside the home of the council's leader at midnight.
Hamid Rezaei-Lund, the independent councillor for Marsh Ward, deleted the video on Sunday morning. In a post on social media, he wrote: "⟦d:a|Last night's video was a misjudgement. It was meant as a joke about the leader's refusal to meet residents, but I accept it crossed a line, and I apologise to her and her family.⟧"
The council's leader, Jennifer Abbot, was not at home at the time. A spokesperson for Thornbury Labour said the video had been "⟦p:b|intimidating, whatever the intention⟧".

### 044
@c Bethan Lloyd-Price | the authority's former area manager for the Lune valley
@b Sasha Kovalenko | counsel to the inquiry
@d Ted Haworth | the retired joiner
@a Imelda Rourke | the inquiry's chair
A senior official at the Rivers Authority admitted on Monday that warnings about the condition of the Millgate flood wall had been "⟦p:c|deprioritised⟧" for three years before it collapsed, flooding 212 homes.
Giving evidence to the Millgate Flood Inquiry, Bethan Lloyd-Price, the authority's former area manager for the Lune valley, said an engineer's inspection in 2020 had given the wall the second-worst condition grade.
Sasha Kovalenko, counsel to the inquiry, asked why repairs had not been carried out.
"⟦d:c|There were competing priorities across the area. The wall was on a list, and other things were higher on the list,⟧" Lloyd-Price said.
"⟦d:b|What was higher?⟧" Ms Kovalenko asked.
"⟦d:c|Schemes protecting larger numbers of properties. That was the methodology.⟧"
"⟦d:b|So 212 homes were not enough?⟧"
"⟦d:c|With hindsight, the methodology did not capture the risk properly. I accept that.⟧"
Earlier in the day, the inquiry heard from Ted Haworth, 81, whose home on Weir Street was flooded to a depth of 1.4 metres. He described waking at 3am to the sound of water coming under the door.
"⟦d:d|I went downstairs and it was up to my knees, and the next minute it was up to my waist. My wife's photographs, our wedding album, all of it gone,⟧" the retired joiner said. "⟦d:d|We'd lived there 50 years. We never had so much as a damp patch.⟧"
At the end of the session, Dame Imelda Rourke, the inquiry's chair, thanked him. "⟦d:a|It cannot have been easy to relive that night, and the inquiry is grateful,⟧" she said.

### 045
@b Kyle Brennan | -
@a Anwen Price | District Judge
A man who stole a bronze statue of a cat from a churchyard in Llanfair Dyffryn and tried to sell it online for £40 has been given a community order.
Kyle Brennan, 24, admitted theft at Aberwen Magistrates' Court. The statue, a memorial to a much-loved church cat called Mostyn, was returned undamaged.
"⟦d:b|I didn't know it was a memorial. I thought it was just a cat,⟧" Brennan told the court.
District Judge Anwen Price said that was "⟦p:a|hardly the point⟧". "⟦d:a|It was not yours to take, whatever it was,⟧" she told him.
He was ordered to carry out 80 hours of unpaid work.

### 046
@a Stuart Kimber | head of highways at Harrowfield Borough Council since 2018
@b - | A procurement officer at the council
@c - | A rival contractor who bid for work on the same scheme
@e Harrowfield Borough Council | -
@d Lee Kimber | the director of Greystone Surfacing
@f Nadia Siddiqui | -
A council highways chief approved more than £2.6 million of road repair contracts for a company run by his brother without declaring the relationship, according to emails and procurement records obtained under freedom of information laws.
Stuart Kimber, head of highways at Harrowfield Borough Council since 2018, signed off 31 contracts with Greystone Surfacing Ltd between 2019 and 2023. Companies House records show that the firm’s sole director is Lee Kimber, his younger brother.
In an email to a colleague in June 2021, Stuart Kimber described Greystone as “⟦p:a|our most reliable people⟧” and asked for a resurfacing job on Canal Road to be awarded to the company “⟦p:a|without the faff of a full tender⟧”. “⟦d:a|Just get it done. I’ll sign whatever needs signing,⟧” he wrote.
A procurement officer at the council, who spoke on condition of anonymity, said staff had queried the pattern of contracts more than once. “⟦d:b|Everyone knew the name. People made jokes about it. But he was the head of department, and nobody was going to put that in writing,⟧” she said.
A rival contractor who bid for work on the same scheme said he had stopped tendering for Harrowfield contracts in 2022. “⟦d:c|You spend two weeks pricing a job properly and then it goes to the same firm at a number you can’t see. After a while you stop bothering,⟧” he said.
In a statement, Harrowfield Borough Council said it had “⟦p:e|commissioned an independent review⟧” and that Stuart Kimber had been placed on leave. “⟦d:e|The council takes its obligations on conflicts of interest extremely seriously,⟧” it said.
Lee Kimber, the director of Greystone Surfacing, said every contract had been “⟦p:d|delivered on time and on budget⟧”. “⟦d:d|My brother and I don’t discuss work. We never have,⟧” he said.
Stuart Kimber did not respond to requests for comment.
Nadia Siddiqui, who leads the Liberal Democrat group on the council, said she would table an urgent motion at next week’s full council meeting. “⟦d:f|Residents have a right to know whether they’ve been getting value for money or a family discount in reverse,⟧” she said.

### 047
@a Comfort Asamoah-Boateng | -
@c Lorna Fitch | The headteacher
@e Kelvin Otieno | a former pupil who is now a research chemist in Cambridge
@b Zainab Hussain | head girl
For 38 years, the first thing pupils at Hazelmere Academy heard in a chemistry lesson was the same sentence: "⟦d:a|Goggles on, phones away, brains in.⟧"
On Friday Comfort Asamoah-Boateng said it for the last time. She retires at the end of term, aged 66, having taught an estimated 5,000 teenagers, several of whom now teach at the school themselves.
"⟦d:a|I've blown up a lot of things in this room. Deliberately, mostly,⟧" she said, standing at the bench where she has demonstrated the reaction of sodium and water roughly 600 times. "⟦d:a|The day a class stops going 'ooh' at that, I'll know it's time. It hasn't happened yet, so I'm leaving on a high.⟧"
The headteacher, Lorna Fitch, who was once one of her pupils, said Ms Asamoah-Boateng had been "⟦p:c|the reason half of this town's doctors became doctors⟧". "⟦d:c|She terrified me at 14. By 16 I'd have followed her into a burning building, as long as I had my goggles on,⟧" she said.
At a farewell assembly, Kelvin Otieno, a former pupil who is now a research chemist in Cambridge, appeared in a video message. "⟦d:e|You told me I'd never pass A-level chemistry if I kept doing my homework on the bus. I did my PhD thesis on the bus, Miss. Just so you know,⟧" he said.
Then head girl Zainab Hussain presented her with a framed periodic table signed by every pupil in the school. "⟦d:b|We wanted to give her something that would last longer than flowers,⟧" Zainab said.

### 048
@a Lucía Fernández-Ortega | the 22-year-old Spaniard
@b Mirela Popescu | Her opponent
Lucía Fernández-Ortega saved three match points before beating Mirela Popescu 4-6, 7-6, 6-3 in the final of the Valdoro Open on Sunday.
“⟦d:a|At 5-3 in the second set I was already thinking about my flight home,⟧” the 22-year-old Spaniard said. “⟦d:a|Then I thought, just one more point. And then one more.⟧”
Her opponent, Mirela Popescu, said she had “⟦p:b|stopped being brave⟧” at the crucial moment. “⟦d:b|I played not to lose instead of playing to win. That’s on me,⟧” she said.

### 049
@a Kenji Morimoto | Takahara's mayor
@b - | A reporter from a local television station
@c Yuki Sasaki | -
@d Kaminoyama Prefectural Government | -
The mayor of the Japanese mountain town of Takahara said on Tuesday that it could take weeks to restore road access to three villages cut off by landslides after record rainfall over the weekend.
Speaking through an interpreter at a press conference in the town hall, Takahara's mayor, Kenji Morimoto, said 412 residents remained isolated and were being supplied by helicopter.
"⟦d:a|We have food and water for them for at least ten days. What we do not have is a road,⟧" he said. "⟦d:a|The mountain moved. We cannot move it back quickly.⟧"
A reporter from a local television station asked whether the town had ignored warnings about the slope above Ōhira village, which had been designated a landslide risk zone in 2018.
"⟦d:a|The designation was known. Work to reinforce the slope was scheduled for next year. I will not pretend that is a satisfactory answer,⟧" Morimoto said.
"⟦d:b|Will you resign?⟧" the reporter asked.
"⟦d:a|When the road is open and the people are home, I will answer that question,⟧" the mayor said. He ended the press conference with a deep bow and the words "⟦d:a|本当に申し訳ありません⟧" — "⟦d:a|I am truly sorry⟧".
At an evacuation centre in a school gymnasium, Yuki Sasaki, 70, who has lived in Ōhira all her life, said she was worried about her chickens. "⟦d:c|Twelve hens. My neighbour's son said he would feed them, but he is also here,⟧" she said, laughing despite herself.
The Kaminoyama Prefectural Government said in a statement that it had asked the Self-Defense Forces for help in clearing the main route. "⟦d:d|Restoration of access is our highest priority,⟧" it said.

### 050
@a Rhodri Evans | a meteorologist at the Cardigan Weather Centre
@b Gwyneth Bevan | -
Residents of Llanddewi Fach woke on Thursday to find their cars and gardens dusted with orange sand carried from the Sahara.
"⟦d:a|It happens a few times a year when the winds line up. This is one of the heavier falls we've seen,⟧" said Rhodri Evans, a meteorologist at the Cardigan Weather Centre.
Gwyneth Bevan, who runs the village shop, said sales of window cleaner had "⟦p:b|gone through the roof⟧".

### 051
@b Raymond Castellano | chief executive of Vantix Pharmaceuticals
@a Dana Whitfield | a Democrat from Oregon
@c Glen Haugland | a Republican from North Dakota
@d Tamara Bright | -
The chief executive of a drugmaker that raised the price of a decades-old epilepsy medication by 1,100 percent was grilled by senators of both parties on Tuesday.
Raymond Castellano, chief executive of Vantix Pharmaceuticals, told the Senate health committee that the price of Keltrazine, which rose from $38 to $455 a month in 2023, reflected investment in a new manufacturing plant.
"⟦d:b|We are the only company still making this medicine in the United States. Without that investment, there would be no supply at all,⟧" he said.
Sen. Dana Whitfield, a Democrat from Oregon, held up a bottle of the tablets. "⟦d:a|This pill costs pennies to make. You know that, I know that, and the families watching this hearing know it,⟧" she said. "⟦d:a|What exactly did you build for $400 a month per patient?⟧"
"⟦d:b|Senator, the facility cost $210 million—⟧"
"⟦d:a|And you've made that back in what, eight months?⟧"
Castellano said he did not have the figure in front of him.
Sen. Glen Haugland, a Republican from North Dakota, said he was "⟦p:c|not in the business of bashing business⟧" but had heard from constituents who were rationing their medication. "⟦d:c|A fella in Minot told me he's cutting his pills in half. That's not a market working,⟧" he said.
The committee also heard from Tamara Bright, whose son, Caleb, had a fatal seizure in 2024 after skipping doses. In written testimony, she said: "⟦d:d|I found the pill bottle in his bag. It had four tablets left, and he was trying to make them last until payday.⟧"
Castellano said he was "⟦p:b|deeply sorry⟧" for her loss.

### 052
@d Marcel Dutronc-Aubry | the chef whose restaurant on the Quai Saint-Vincent in Lyon held two stars for 23 years
@b Sandrine Aubry | His widow
@c Paul Ferrand | -
Marcel Dutronc-Aubry, the chef whose restaurant on the Quai Saint-Vincent in Lyon held two stars for 23 years, has died at 79.
His widow, Sandrine Aubry, said he had died in his sleep on Wednesday. «⟦d:b|Il est parti comme il vivait, sans faire d'histoires,⟧» she told a local newspaper. «⟦d:b|He left as he lived, without making a fuss.⟧»
Known for a menu that barely changed in two decades, he once described fashionable cooking as «⟦p:d|food for photographs⟧».
«⟦d:d|A dish is finished when you cannot take anything away, not when you cannot add anything more,⟧» he told an interviewer in 2006. «⟦d:d|Young cooks always want to add.⟧»
Paul Ferrand, who trained under him in the 1990s and now runs a restaurant in Annecy, said the kitchen had been «⟦p:c|silent as a church⟧». «⟦d:c|He never shouted. He would just look at your plate, and then at you, and you would go and start again,⟧» he said.

### 053
@a - | A spokesperson for the coastguard
@b Eoin Tierney | Harbourmaster
Two teenagers were rescued from a sandbank in Carrig Bay on Sunday evening after being cut off by the incoming tide.
The pair, both aged 15, had walked out at low tide to look at a shipwreck, according to the coastguard. A spokesperson for the coastguard said they had done "⟦p:a|exactly the right thing⟧" by calling 999 as soon as they realised they were stranded.
Harbourmaster Eoin Tierney said the bay's tides were "⟦p:b|deceptively fast⟧". "⟦d:b|The water comes in across that flat like someone's filling a bath. It catches people every summer,⟧" he said.

### 054
@a Rosa Bellucci | -
@b Giulia | Her daughter
@c Chiara | Giulia’s daughter
The ice-cream parlour on Marine Parade has had the same name above the door since 1952, and for most of that time a Bellucci woman has been behind the counter.
Rosa Bellucci, 88, came to Seabourne from a village near Lucca as a bride. Her husband, Enzo, had opened the shop two years earlier with an uncle. When he died in 1979, Rosa ran it alone.
“⟦d:a|Everybody said, a widow with two children, she’ll sell up by Christmas,⟧” she said, in an accent that 70 years on the south coast has not dented. “⟦d:a|I did not sell. I made more ice cream.⟧”
Her daughter, Giulia, took over in 1995. She modernised the freezers, introduced a vegan sorbet and, after a campaign lasting some years, persuaded her mother to accept card payments.
“⟦d:b|That was the hardest thing I ever did. Harder than having children,⟧” Giulia said. Her mother, sitting beside her, rolled her eyes. “⟦d:a|She exaggerates. It was only five years of arguing.⟧”
Now Giulia’s daughter, Chiara, 34, is learning the recipes. She left a job in marketing in London two years ago and says she has never worked harder.
“⟦d:c|Nonna checks everything. She tastes the pistachio every morning and tells me what’s wrong with it. Usually it’s me,⟧” she said.
The recipes are not written down. Rosa says they never will be. “⟦d:a|Se lo scrivi, lo perdi,⟧” she said — if you write it down, you lose it.
Asked whether she planned to retire, Rosa looked at her granddaughter for a long moment.
“⟦d:a|When the pistachio is right,⟧” she said.
“⟦d:c|So never,⟧” Chiara said.

### 055
@a Themba Nkosi | president of the Eastgate branch of the University Lecturers' Union
@b University of Eastgate | -
@c - | a university spokeswoman
Lecturers at the University of Eastgate will strike for ten days next month in a dispute over pay and workloads, after 78 percent of union members who voted backed industrial action.
``⟦d:a|Nobody goes into teaching to strike. But our members are marking at midnight and being told there's no money while the vice-chancellor gets a new car,⟧'' said Dr Themba Nkosi, president of the Eastgate branch of the University Lecturers' Union.
The University of Eastgate said it was ``⟦p:b|disappointed⟧'' by the result. ``⟦d:c|We remain open to talks and will do everything we can to minimise disruption to students,⟧'' a university spokeswoman said.

### 056
@c Melissa Draper-Quinn | the city's lawyer
@a Patricia Venkataraman | Chief Judge
@b Howard Lisle | Judge
@d Aaron Feld | a lawyer for the tenants
A federal appeals panel on Monday appeared skeptical of the city of Port Carver's attempt to revive an ordinance that would allow landlords to evict tenants for "⟦s:-|nuisance⟧" calls to police.
The ordinance, passed in 2022, allows a landlord to begin eviction proceedings against any tenant whose address generates more than three police calls in 30 days. A district court struck it down last year.
Melissa Draper-Quinn, the city's lawyer, told the three-judge panel that the measure targeted drug houses and illegal parties, not victims of crime.
"⟦d:a|Counsel, my clerk read me the call logs last night,⟧" said Chief Judge Patricia Venkataraman. "⟦d:a|A third of the calls that counted toward eviction were domestic violence reports. How is that not punishing victims?⟧"
"⟦d:c|The city has since issued guidance excluding domestic violence calls, Your Honor,⟧" Draper-Quinn said.
"⟦d:a|Guidance isn't the ordinance,⟧" the chief judge replied.
Judge Howard Lisle asked whether a woman who called police on an abusive partner four times in a month could still be evicted under the text as written.
"⟦d:c|Under the text, technically, yes,⟧" Draper-Quinn conceded.
"⟦d:b|Then I'm not sure what we're arguing about,⟧" Lisle said.
Aaron Feld, a lawyer for the tenants, said the ordinance had a "⟦p:d|chilling effect⟧" far beyond the cases that reached court. "⟦d:d|People stop calling. That's the whole problem. They'd rather be hit than homeless,⟧" he said.
The panel is expected to rule within three months.

### 057
@a Bernard Ngata | festival director
@b - | One ticket holder
The Kōwhai Bay Arts Festival has cancelled its production of the play “⟦s:-|The Long Paddock⟧” after the lead actor withdrew with a throat infection two days before opening night.
“⟦d:a|We looked at every option, including me learning the part, which nobody wanted,⟧” festival director Bernard Ngata said.
Ticket holders will be offered refunds or seats at a rescheduled run in March. One ticket holder posted online that the festival had handled it “⟦p:b|with real grace⟧”.

### 058
@b Patrick Oyelowo-Greene | The council's director of education
@c Kirsty Malone | a parent of three pupils at the school
@f Megan Lowry | -
@e - | A grandfather who did not give his name
@a Sunita Ramaswamy | chair of governors at Brook Lane Primary
@d Bilal Chaudhry | a Year 5 pupil
Parents, pupils and teachers filled the hall of Brook Lane Primary School on Monday evening to oppose a council proposal to close the school and merge it with St Jude's, a mile away across the ring road.
The council's director of education, Patrick Oyelowo-Greene, said falling birth rates meant Brook Lane would have 40 empty places in every year group by 2028. "⟦d:b|I understand how attached people are to this school. But we cannot run two half-empty buildings and do right by the children in either of them,⟧" he said.
Kirsty Malone, a parent of three pupils at the school, said the route to St Jude's would take children across four lanes of traffic. "⟦d:c|Have you walked it? At half eight in the morning? With a four-year-old?⟧" she asked.
"⟦d:b|I have, yes,⟧" Oyelowo-Greene said.
"⟦d:c|Then you'll know,⟧" she said, to applause.
Megan Lowry, who teaches Year 2, said staff had found out about the proposal from a parents' WhatsApp group. "⟦d:f|We're the people who are meant to explain this to the children, and we heard about it after they did,⟧" she said.
A grandfather who did not give his name shouted from the back that the council "⟦p:e|had already made up its mind⟧". Oyelowo-Greene said that was not the case and that no decision would be taken before a consultation closing in January.
Sunita Ramaswamy, chair of governors at Brook Lane Primary, said the governing body would submit "⟦p:a|a detailed alternative⟧", including sharing a head teacher with St Jude's while keeping both sites open.
The final speaker was Bilal Chaudhry, 10, a Year 5 pupil, who had written a speech on the back of a maths worksheet. "⟦d:d|This school is where I learned to read and where I learned to swim and where I met all my friends,⟧" he read. "⟦d:d|Please don't close it. That's all.⟧"

### 059
@a J.R. Okonjo-Patel | the company's founder
@b Summit & Pine | -
Fernway, the Sheffield-based maker of camping stoves, has been bought by the American outdoor goods group Summit & Pine for an undisclosed sum.
J.R. Okonjo-Patel, the company's founder, who started Fernway in a garage in 2011, will stay on as managing director. "⟦d:a|Nothing changes for our customers or our staff. We just get a bigger warehouse,⟧" he said.
Summit & Pine said the deal would give it "⟦p:b|a foothold in the European market⟧".

### 060
@a Helga Sørensen-Baptiste | a former environmental compliance officer at Tamar Valley Water
@c - | A current employee at the company
@b Tamar Valley Water | -
@f - | a company spokesperson
@d Water Services Regulation Office | -
@e Gareth Penhaligon | a retired fisheries officer who has fished the Tamar since childhood
A former manager at Tamar Valley Water says she was told to reclassify dozens of sewage spills as “⟦s:-|emergency overflows⟧” so that they would not count towards the company’s annual pollution figures.
Helga Sørensen-Baptiste, a former environmental compliance officer at Tamar Valley Water, worked at the company from 2017 until she resigned in 2023. She has given evidence to the regulator and has agreed to speak publicly for the first time.
“⟦d:a:m|The first time it happened, I thought it was a mistake. The second time, I asked my manager about it, and he said, ‘That’s how we report it here.’ By the tenth time I was keeping a spreadsheet at home.⟧
“⟦d:a:m|I’m not a campaigner. I’m an environmental scientist. I took the job because I thought I could make things better from the inside.⟧
“⟦d:a|I was wrong about that.⟧”
The spreadsheet, which Ms Sørensen-Baptiste has shared with this newspaper, lists 64 spills between 2019 and 2022. In 41 of them, she says, there was no storm or power failure that would justify an emergency classification.
A current employee at the company, who asked not to be named, said the practice was “⟦p:c|an open secret⟧” in the operations team. “⟦d:c|Everyone knew what an emergency overflow was. It was a spill that happened in the wrong month,⟧” the employee said.
Tamar Valley Water said it “⟦p:b|strongly disputes⟧” the allegations. “⟦d:f|All discharges are classified in accordance with regulatory guidance and are subject to independent audit,⟧” a company spokesperson said.
The Water Services Regulation Office confirmed it had opened an investigation. “⟦d:d|We will not hesitate to take enforcement action if we find that a company has misreported its performance,⟧” it said.
Gareth Penhaligon, a retired fisheries officer who has fished the Tamar since childhood, said he was not surprised. “⟦d:e|I’ve watched the river go brown on a dry day in July. There’s no storm that explains that,⟧” he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh15.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh15",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
