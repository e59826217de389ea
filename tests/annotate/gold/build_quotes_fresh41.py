# ruff: noqa: E501
"""Build ``quotes_fresh41.jsonl``: a forty-first independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and were
written from scratch for this file, without reading the extractor, without running it,
and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is politics and public
affairs: parliamentary debates and questions, select-committee hearings, council and
planning meetings, press conferences, broadcast interviews, campaign reports, leaked
letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh41-NNN``.

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

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh41.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh41.jsonl")

PASSAGES = """
### 001
@a Rachel Okonjo-Hale | Housing minister
@b Imogen Strand | the opposition's housing spokeswoman
@c Derek Mallinson | the Speaker
Housing minister Rachel Okonjo-Hale was accused of "⟦p:b|hiding behind a spreadsheet⟧" on Wednesday as MPs pressed her over the stalled rebuild of the Thornfield estate.
Dr Imogen Strand, the opposition's housing spokeswoman, told the Commons that 1,400 families had now waited more than six years for homes first promised in 2019. "⟦d:b|Every year the minister stands at that despatch box and tells us the cranes are coming. Where are they?⟧" she asked.
Ms Okonjo-Hale said the government had "⟦p:a|inherited a scheme with no money behind it⟧" and that a revised funding agreement would be signed before the summer recess.
"⟦d:a|I will not take lectures from the party that left the site fenced off for four years,⟧" she said. "⟦d:a|The honourable lady knows the original contracts were unfundable. We have fixed that.⟧"
Dr Strand rose again. "⟦d:b|Then publish the agreement. Today.⟧"
The Speaker, Derek Mallinson, intervened as backbenchers on both sides shouted across the chamber. "⟦d:c|Order. The minister will be heard, and so will the shadow minister, but not at the same time,⟧" he said.
The minister later told reporters the document would be laid before Parliament "⟦p:a|in the coming weeks⟧".

### 002
@a Tobias Ferrand | the committee's chair
@b Alan Whitcombe | the permanent secretary at the Department for Regional Transport
@d Priya Vennard | a Commonwealth Party member of the committee
@e Department for Regional Transport | -
Sir Alan Whitcombe, the permanent secretary at the Department for Regional Transport, conceded on Tuesday that officials had known for eight months that the Halvergate rail link would run over budget before ministers were told.
Giving evidence to the transport select committee, he was pressed repeatedly by the committee's chair, Tobias Ferrand, on when the warning first reached his desk.
“⟦d:a|It is a simple question, Sir Alan. March or November?⟧” Mr Ferrand asked.
“⟦d:b|The risk register flagged a possible overrun in March. It was not quantified until the autumn,⟧” the permanent secretary replied.
“⟦d:a|So, March.⟧”
“⟦d:b|In a qualified sense, yes.⟧”
Priya Vennard, a Commonwealth Party member of the committee, said the answer was “⟦p:d|exactly the kind of thing that makes the public despair⟧”.
Sir Alan told the committee he had “⟦p:b|no wish to minimise⟧” the failure. “⟦d:b|Ministers should have been told sooner. That is on me, and I have said so to the secretary of state,⟧” he said.
The department said in a statement that it had since “⟦p:e|strengthened its escalation procedures⟧” and that the link remained “⟦p:e|a vital investment⟧” for the region.

### 003
@a Margaret Holloway-Price | the chair of the planning committee
@b Kevin Adeyemi | the ward councillor for Brackley East
@c Sunita Rao | -
@d Harcourt Living | -
@u - | one man
Plans for 240 homes on the former Brackley paper mill site were approved by a single vote on Thursday night after a three-hour meeting of Wexcombe District Council's planning committee.
Residents packed the public gallery, several holding placards reading “⟦s:-|No to Mill Towers⟧”.
Kevin Adeyemi, the ward councillor for Brackley East, urged colleagues to reject the scheme. “⟦d:b|We are being asked to approve five-storey blocks on a road that floods twice every winter,⟧” he said. “⟦d:b|Nobody in this room would accept that outside their own front door.⟧”
Sunita Rao, who has lived on Mill Lane for 31 years, told the committee the consultation had been “⟦p:c|a box-ticking exercise⟧”. “⟦d:c|We were given ten days over Christmas to respond to a 600-page document,⟧” she said.
The developer, Harcourt Living, said the site had been derelict for 14 years and that the scheme included 72 affordable homes. “⟦d:d|This is a brownfield site that the council's own local plan identifies for housing,⟧” the company said.
The chair of the planning committee, Cllr Margaret Holloway-Price, used her casting vote after members split six-six. “⟦d:a|I have to vote on the planning merits, not on how many people are sitting in the gallery,⟧” she said, to jeers.
“⟦d:u|Shame on you!⟧” one man shouted from the back of the room.
Cllr Holloway-Price later said she understood residents' anger. “⟦d:a|I would have liked a smaller scheme. But refusing it would have cost us an appeal we would almost certainly have lost.⟧”

### 004
@a Julian Marsh | presenter of Coastline Radio's Breakfast Hour
@b Dominic Farrow | Health secretary
@c - | opposition MPs
Health secretary Dominic Farrow refused six times on Monday to say whether the Kellmouth maternity unit would stay open, in a combative radio interview that opposition MPs later called “⟦p:c|a car crash⟧”.
Speaking to Julian Marsh, presenter of Coastline Radio's Breakfast Hour, Mr Farrow said a review of services was under way and that he would not “⟦p:b|pre-empt⟧” its findings.
“⟦d:a|Mothers in Kellmouth want to know whether they'll be giving birth 40 miles away next year. Yes or no?⟧”
“⟦d:b|What they will get is safe care. That's what the review is about.⟧”
“⟦d:a|That's not an answer, Secretary of State.⟧”
“⟦d:b|It's the honest answer, Julian. I'm not going to sit here and prejudge a clinical review.⟧”
The exchange continued for several minutes. Asked whether he had visited the unit, Mr Farrow admitted he had not. “⟦d:b|I intend to, and soon,⟧” he said.
Marsh ended the interview by telling listeners: “⟦d:a|We did ask. Six times.⟧”

### 005
@a Eleanor Voss | the Commonwealth Party candidate in next month's Lydford and Tarrow by-election
@b Gareth Pryce-Jones | the National Reform candidate
@c Annie Collard | a retired dinner lady
@d Tom Hesketh | -
On a wet Saturday outside the Co-op in Lydford Market, Eleanor Voss was handing out leaflets and trying not to think about the polls.
The Commonwealth Party candidate in next month's Lydford and Tarrow by-election is, by most estimates, eight points behind. "⟦d:a|I've been behind before,⟧" she said, shaking rain from her hood. "⟦d:a|Polls don't knock on doors. We do.⟧"
Annie Collard, 68, a retired dinner lady, stopped to talk about buses. "⟦d:c|They cut the 41 and now I can't get to the hospital without a taxi. Who's going to fix that?⟧" she asked. Ms Voss promised to "⟦p:a|fight for every route⟧".
Across town, the National Reform candidate, Gareth Pryce-Jones, was addressing about 150 supporters at the Tarrow Working Men's Club. He told them the seat had been "⟦p:b|taken for granted for decades⟧". "⟦d:b|People here aren't stupid. They know when they're being patronised,⟧" he said, to applause.
Asked whether he was worried by his rival's late surge on social media, he laughed. "⟦d:b|What surge? I'll worry when she's ahead.⟧"
Tom Hesketh, who runs the Commonwealth Party's ground operation in the seat, was unruffled. "⟦d:d|We've got 400 volunteers out this weekend. They've got a club and a microphone,⟧" he said.
Back at the Co-op, Ms Voss folded her last leaflet into a damp pocket. "⟦d:a|Same again tomorrow,⟧" she said.

### 006
@a Fiona Gallacher | the government chief whip
@b Hamish Drummond | the member for Strathalder and one of at least 11 expected rebels
@c - | a government source
@d - | the prime minister's official spokesman
@e Ruth Abara | the opposition chief whip
A leaked letter threatening rebel MPs with the loss of the party whip has intensified the row over the Fisheries Bill.
In the letter, dated 14 March and seen by this newspaper, Fiona Gallacher, the government chief whip, tells backbenchers that voting against the bill at third reading would be "⟦p:a|incompatible with continued membership of the parliamentary party⟧".
The letter continues: "⟦d:a:m|I have been patient with colleagues who have concerns, and my door remains open to any of you.⟧
"⟦d:a|But there comes a point where public dissent does real damage to the government and to the communities we were elected to serve. That point has been reached.⟧"
Hamish Drummond, the member for Strathalder and one of at least 11 expected rebels, said he had received the letter on Friday. "⟦d:b|If the chief whip thinks a threatening letter will change how I vote on an issue that matters to every harbour in my constituency, she has misjudged me,⟧" he told the Strathalder Courier.
A government source said the letter was "⟦p:c|standard practice⟧" and had been "⟦p:c|blown out of all proportion⟧". "⟦d:c|Every chief whip sends letters like this. The only difference is that somebody leaked this one,⟧" the source said.
Asked about the letter at the afternoon briefing, the prime minister's official spokesman said: "⟦d:d|Party management is a matter for the whips' office.⟧"
Ruth Abara, the opposition chief whip, said the episode showed a government "⟦p:e|at war with itself⟧".

### 007
@a Laura Mbeki-Stone | Chief Constable
@b Daniel Okafor | Chief Inspector
@c Helen Marwood | the mayor of Ravensholme
@r - | a reporter
Police in Ravensholme said on Sunday they had made 23 arrests after a night of disorder in the city's Eastgate district, and warned that more would follow.
At a press conference at police headquarters, Chief Constable Laura Mbeki-Stone said officers had been attacked with bricks and fireworks. "⟦d:a|What we saw last night was not protest. It was criminal violence, and it will be treated as such,⟧" she said.
Beside her, the mayor of Ravensholme, Helen Marwood, appealed for calm. "⟦d:c|I understand the anger in Eastgate. I share some of it,⟧" she said. "⟦d:c|But burning your neighbours' cars does not fix a single thing.⟧"
Chief Inspector Daniel Okafor, who led the operation, said 14 officers had been injured, two seriously. He described the scenes as "⟦p:b|the worst I have seen in 22 years of policing⟧".
A reporter asked whether police had ignored warnings circulated on social media in the days before. "⟦d:r|Were you caught napping?⟧"
"⟦d:a|No. We had additional officers on duty from Friday afternoon,⟧" the chief constable replied. "⟦d:a|Could we have had more? With hindsight, perhaps.⟧"
The mayor said she would meet community leaders on Monday. Asked whether she had confidence in the force's handling of the night, she paused. "⟦d:c|I have confidence in the officers who stood on that line. The questions about planning are for another day.⟧"

### 008
@a Élodie Marchetti-Roux | the canton's finance director
@b Jean-Baptiste N'Diaye | the leader of the Ecologist group in the assembly
@c - | a spokesman for the cantonal business federation
Lawmakers in the canton of Valmont narrowly rejected a tax cut for high earners on Tuesday, a setback for the canton's finance director, Élodie Marchetti-Roux, who had championed the measure for two years.
The proposal fell by 51 votes to 48 in the Grand Council after three members of the governing Liberal-Radical group abstained.
Speaking to reporters outside the chamber, Ms Marchetti-Roux said: «⟦d:a|Je respecte le vote, mais je ne le comprends pas.⟧» ("⟦d:a|I respect the vote, but I do not understand it.⟧")
She warned that businesses would leave for neighbouring cantons. «⟦d:a|Nous allons voir des entreprises partir vers Sorval et Brévine, et alors il sera trop tard pour pleurer,⟧» she said – "⟦d:a|We will watch companies leave for Sorval and Brévine, and then it will be too late to cry.⟧"
Jean-Baptiste N'Diaye, the leader of the Ecologist group in the assembly, called the result «⟦p:b|une victoire du bon sens⟧», a victory for common sense.
"⟦d:b|The canton does not need to be a tax haven to be prosperous. It needs good schools and trains that run on time,⟧" he told Radio Valmont.
A spokesman for the cantonal business federation said its members were "⟦p:c|deeply disappointed⟧" but would "⟦p:c|continue the conversation⟧".
Asked whether she would resign, Ms Marchetti-Roux smiled. «⟦d:a|Certainement pas.⟧»

### 009
@a Raymond Castellanos | a Prairie Union member whose district includes most of Calder County
@b Douglas Whitford Jr. | the committee's ranking member
@c Patricia Lunde | Insurance Commissioner
Westmarch's insurance commissioner faced a sharp grilling from state senators Thursday over soaring homeowner premiums in wildfire country.
Insurance Commissioner Patricia Lunde told the Senate Banking and Insurance Committee that three major carriers had stopped writing new policies in Calder and Pine counties. "⟦d:c|The market is not functioning in those counties. I'm not going to pretend otherwise,⟧" Lunde said.
Sen. Raymond Castellanos, a Prairie Union member whose district includes most of Calder County, said constituents were seeing premiums triple. "⟦d:a|I have a retired schoolteacher in Ashford paying $9,000 a year to insure a $240,000 house. Explain that to her,⟧" he said.
"⟦d:c|Senator, I would explain that her insurer is pricing in a risk that is real,⟧" Lunde replied.
Sen. Douglas Whitford Jr., the committee's ranking member, pressed her on a stalled proposal to let insurers use catastrophe models in setting rates. "⟦d:b|You've had that proposal on your desk for fourteen months. Fourteen months, Commissioner,⟧" he said. "⟦d:b|What are you waiting for?⟧"
"⟦d:c|For it to be right,⟧" she said.
Whitford later told reporters the hearing had been "⟦p:b|frustrating but useful⟧".

### 010
@d Bethan Lloyd-Morgan | a councillor for the Trevanion ward since 2021
@a Civic Alliance | -
@b Marcus Treloar | the party's deputy leader
@c - | a party spokeswoman
@e Firefighters' Association | -
The Civic Alliance has suspended one of its councillors in Penhallow after she described striking firefighters as "⟦p:d|overpaid parasites⟧" in a post on social media.
Bethan Lloyd-Morgan, a councillor for the Trevanion ward since 2021, wrote in the post, since deleted: "⟦d:d|While overpaid parasites strike, the rest of us go to work. Simple as that.⟧"
In a statement, the party said: "⟦d:a|The language used is wholly unacceptable and does not reflect the values of the Civic Alliance. Cllr Lloyd-Morgan has been suspended pending an investigation.⟧"
The party's deputy leader, Marcus Treloar, went further on Penhallow Sound FM. "⟦d:b|Firefighters run into burning buildings. I don't think anyone in my party should be calling them parasites, full stop,⟧" he said.
A party spokeswoman declined to say how long the investigation would take. "⟦d:c|These processes take as long as they take,⟧" she said.
Ms Lloyd-Morgan apologised in a second post on Tuesday evening. "⟦d:d|I used a word I shouldn't have, in anger. I apologise to any firefighter who was hurt by it,⟧" she wrote. But she added: "⟦d:d|The point about the strike stands.⟧"
The Firefighters' Association said the apology was "⟦p:e|too little, too late⟧".

### 011
@a Cecily Armitage | the bill's sponsor
@b Nigel Osei-Bonsu | a former GP
@d Sarah Quennell | the health minister
MPs debated the Terminal Illness (Assisted Dying) Bill for more than five hours on Friday, in what several described as the most serious discussion of their time in Parliament.
Opening the debate, Cecily Armitage, the bill's sponsor, spoke about her father's final weeks. ``⟦d:a|He asked me, again and again, to help him. I couldn't. The law said I couldn't,⟧'' she told a packed chamber.
Nigel Osei-Bonsu, a former GP, said he had ``⟦p:b|the greatest respect⟧'' for Ms Armitage but could not support her. ``⟦d:b|I have sat with hundreds of dying patients. Very few of them asked me to end their lives. Many of them worried that they were a burden,⟧'' he said. ``⟦d:b|That worry should trouble every member of this House.⟧''
The health minister, Sarah Quennell, said the government would remain neutral. ``⟦d:d|This is a matter of conscience, and members will vote according to theirs,⟧'' she said.
Closing the debate, Ms Armitage returned to her father. ``⟦d:a|He was not a burden. He was a man who wanted a say in how his life ended.⟧''
The bill passed its second reading by 291 votes to 264.

### 012
@a Maya | a 19-year-old politics student who asked that her surname not be used
@b Jonah | Her friend
@c Callum Reid | the charity's regional organiser
It is 7.30pm on a Tuesday in the students' union bar in Dunmere, and Maya, a 19-year-old politics student who asked that her surname not be used, is holding a clipboard and wearing a lanyard that says "⟦s:-|Register Today⟧".
"⟦d:a|Most people my age don't even know they're not registered. They assume it just happens,⟧" she says.
Her friend Jonah is less optimistic. "⟦d:b|Half the people we talk to say there's no point. That nobody listens to us anyway,⟧" he says. "⟦d:b|It's hard to argue with that when you look at who gets elected.⟧"
The drive is part of a national push by Vote Forward, a non-partisan charity, ahead of May's local elections. The charity's regional organiser, Callum Reid, says the numbers are encouraging.
"⟦d:c|We've registered just under 2,000 people in this city since January. That's a whole ward's worth of votes,⟧" Reid says.
Maya got involved after the council closed the youth centre near her home. "⟦d:a|I was 16 and nobody asked us. I remember thinking, ‘Who actually decides this stuff?’⟧"
Jonah laughs. "⟦d:b|And now she's going to run for council.⟧"
"⟦d:a|Maybe,⟧" Maya says. "⟦d:a|Not this year.⟧"

### 013
@a Pieter van der Berghe | Finance Minister
@m - | the ministry's budget directorate
@b Ministry of Finance | -
@c Anouk de Wit-Hofman | the opposition's finance spokeswoman
@u - | one senior official
An internal memo warning that the government's flagship childcare subsidy could cost twice its budgeted €1.8bn was circulated to senior officials weeks before Finance Minister Pieter van der Berghe told parliament the scheme was "⟦p:a|fully costed⟧", documents obtained by De Zeelmonder Courant show.
The four-page memo, written by the ministry's budget directorate and dated 2 September, describes the cost estimates as "⟦p:m|optimistic at best⟧" and recommends a "⟦p:m|fundamental reassessment⟧" before launch. "⟦d:m|The assumptions on take-up are not supported by evidence from comparable schemes,⟧" it states.
The Ministry of Finance said in a statement that the memo reflected "⟦p:b|an early stage of internal discussion⟧" and that the estimates had since been revised. "⟦d:b|The minister's statement to parliament was accurate on the basis of the figures available at the time,⟧" the ministry said.
Anouk de Wit-Hofman, the opposition's finance spokeswoman, said the minister had "⟦p:c|serious questions to answer⟧". "⟦d:c|Either Mr van der Berghe did not read this memo, or he read it and chose to say something else. I am not sure which is worse,⟧" she said.
One senior official, speaking on condition of anonymity because they were not authorised to discuss internal documents, said the memo had been "⟦p:u|widely read⟧". "⟦d:u|Nobody who saw it thought the numbers were safe,⟧" the official said.
On Wednesday evening, Mr van der Berghe told the broadcaster ZTV: "⟦d:a|I stand by every word I said in that chamber.⟧" He is due to answer questions in parliament on Thursday.

### 014
@a Graham Tulloch | the council leader
@b Faisal Qureshi | -
@c Colin Baverstock | the Lord Mayor
Councillors in Fenwick voted through a 4.99 per cent council tax rise on Wednesday night after a bad-tempered debate that twice had to be halted.
The council leader, Graham Tulloch, said the authority had no choice after its government grant was cut for a fourth year running. "⟦d:a|Nobody comes into local government to put up taxes. But I will not be the leader who closes the libraries,⟧" he said.
Faisal Qureshi, who leads the Independent group, accused him of "⟦p:b|hiding behind Westminster⟧". "⟦d:b|This administration spent £11m on a shopping centre nobody visits. Don't lecture us about tough choices,⟧" he said.
"⟦d:a|That decision was taken before I was leader, and he knows it.⟧"
"⟦d:b|You voted for it.⟧"
"⟦d:a|As a backbencher, on the advice of officers —⟧"
At that point the Lord Mayor, Cllr Colin Baverstock, who was chairing the meeting, called for order. "⟦d:c|Gentlemen, this is a budget meeting, not a boxing match,⟧" he said.
After the vote, Mr Qureshi told reporters he expected residents to "⟦p:b|remember this in May⟧".

### 015
@a Owen Prothero | Defence Secretary
@b Gillian Askew | your predecessor
@c Malcolm Hythe | The chief of the defence staff
The following is an edited transcript of an interview between Nadia Farouk, political editor of Channel 9 News, and Defence Secretary Owen Prothero, recorded on Friday at the Ministry of Defence.
Q: Secretary of State, your predecessor, Gillian Askew, said last year that the procurement system was "⟦p:b|broken beyond repair⟧". Is it still broken?
A: Gillian was being characteristically blunt. It isn't broken. It is slow, and slow costs money.
Q: The Public Accounts Office says the new frigates are three years late.
A: They are late, and I have said publicly that isn't acceptable. I told the shipyard chief executives last week, "⟦d:a|You will deliver these on the revised schedule, or we will be having a very different conversation.⟧"
Q: What does that conversation look like?
A: I'm not going to negotiate in public, Nadia.
Q: The chief of the defence staff, Sir Malcolm Hythe, told MPs in January that the army had been "⟦p:c|hollowed out⟧". Was he wrong?
A: Sir Malcolm is entitled to his view, and I value his candour. But I'd put it differently. The army is smaller than I would like. It isn't hollow.
Q: Will you still be in this job in a year?
A: That's a question for the prime minister. I'd like to be.

### 016
@a Alasdair Mackinnon-Boyd | First Minister
@b Ewan Strachan | The opposition leader
@c Morag Lennie | the member for Glenharrow and Outer Sounds
First Minister Alasdair Mackinnon-Boyd defended his government's record on ferry services on Thursday as islanders watched from the public gallery.
The opposition leader, Ewan Strachan, opened by holding up a printed timetable. “⟦d:b|This is the winter timetable for the Glenharrow crossing. Sailings have been cancelled 61 times since October. Does the First Minister think that is acceptable?⟧”
“⟦d:a|No, I do not, and I have never said that it is,⟧” Mr Mackinnon-Boyd replied. “⟦d:a|Two new vessels will enter service next spring.⟧”
“⟦d:b|He said that last spring,⟧” Mr Strachan said, to laughter from his benches. “⟦d:b|And the spring before.⟧”
Morag Lennie, the member for Glenharrow and Outer Sounds, said a constituent had missed her own mother's funeral because of a cancellation. “⟦d:c|What does the First Minister say to her?⟧”
The first minister said he was “⟦p:a|deeply sorry⟧” and offered to meet the family. “⟦d:a|I will not hide from this. The ferry service has let islanders down, and it is my job to fix it,⟧” he said.

### 017
@a Simon Achterberg | Greater Harwood's mayor
@l - | a listener
@b Denise | a caller from Eastfield
@c Raj | a taxi driver from Pelham Road
@d Lorna Whitsun | The host
Greater Harwood's mayor, Simon Achterberg, faced an hour of questions from listeners on Harwood Talk on Monday, with the city's planned clean air zone dominating the calls.
The host, Lorna Whitsun, opened by reading out a text message from a listener: “⟦d:l|Ask him why I should pay £12 a day to drive to my own job.⟧”
“⟦d:a|It's a fair question, and the honest answer is that most people won't pay anything, because most cars on the road already meet the standard,⟧” Mr Achterberg said.
Denise, a caller from Eastfield, said her 2009 van was her livelihood. “⟦d:b|I'm a cleaner. I carry all my stuff in that van. I can't afford a new one, and your scrappage grant doesn't touch the sides.⟧”
“⟦d:a|Denise, I hear you. We're going to double the grant for sole traders from April,⟧” the mayor replied.
“⟦d:b|Double nothing is still nothing, Simon.⟧”
Raj, a taxi driver from Pelham Road, was more supportive. “⟦d:c|My kids have asthma. I drive all day in the fumes. If this cleans it up, I'll pay,⟧” he said.
As the programme drew to a close, Whitsun put one last question to the mayor. “⟦d:d|One word, Mayor. Delay?⟧”
“⟦d:a|No.⟧”

### 018
@a Catriona Bell | the education secretary
@b Joanna Fairlie-Sinclair | the chief secretary to the Treasury
@c Department for Education | -
@d - | A spokeswoman for Ms Fairlie-Sinclair
@e Paul Ndlovu | the opposition's education spokesman
Messages leaked to the Sunday Ledger appear to show two cabinet ministers clashing over school funding only days before the government announced a real-terms rise.
In one message, sent late on 3 November, Catriona Bell, the education secretary, writes to Joanna Fairlie-Sinclair, the chief secretary to the Treasury: "⟦d:a|If this goes out as drafted I can't defend it. Heads will eat me alive.⟧"
Ms Fairlie-Sinclair replies 20 minutes later: "⟦d:b|Then make the case for where the money comes from. I'm all ears.⟧"
"⟦d:a|From the reserve. Like every other year.⟧"
"⟦d:b|The reserve is not a magic money tree, Cat.⟧"
The Department for Education said it did not comment on leaks. "⟦d:c|The secretary of state and the chief secretary have an excellent working relationship,⟧" it added.
A spokeswoman for Ms Fairlie-Sinclair said the exchange had been "⟦p:d|robust, as these discussions should be⟧".
Paul Ndlovu, the opposition's education spokesman, said the messages showed school budgets being decided "⟦p:e|by text message at midnight⟧". "⟦d:e|Parents deserve better than this,⟧" he said.

### 019
@a Ingrid Haugland-Berg | Lumora's head of European public policy
@b Patricia Orme | the committee chair
@c Kwame Asante-Darko | a member of the committee
@d Lumora | -
A senior executive at the social media company Lumora declined on Wednesday to tell MPs how many content moderators the company employs in the UK, prompting an angry exchange with the digital affairs committee.
Ingrid Haugland-Berg, Lumora's head of European public policy, told the committee the figure was "⟦p:a|commercially sensitive⟧".
"⟦d:b|Ms Haugland-Berg, you are not at a shareholder meeting. You are in front of a select committee of the House of Commons,⟧" said the committee chair, Dame Patricia Orme. "⟦d:b|I will ask once more.⟧"
"⟦d:a|And I will answer as fully as I am able. We have thousands of people working on safety across the region,⟧" Ms Haugland-Berg said.
Kwame Asante-Darko MP, a member of the committee, put it more bluntly. "⟦d:c|Is it two thousand or twenty thousand? Because those are very different companies.⟧"
Ms Haugland-Berg said she would "⟦p:a|write to the committee⟧" with more detail. Mr Asante-Darko later accused the company of "⟦p:c|treating Parliament with contempt⟧".
In a statement after the hearing, Lumora said: "⟦d:d|We take our responsibilities in the UK extremely seriously and will continue to engage constructively with the committee.⟧"

### 020
@a Mateo Ibarra-Quintero | the 41-year-old state treasurer
@b Theresa Calloway | the incumbent
@c Rosa Delgado | a 54-year-old hotel housekeeper
@d - | A Calloway campaign spokesman
Mateo Ibarra-Quintero switched easily between English and Spanish as he worked a crowd of about 600 in a high school gym in Las Piedras on Saturday night.
“⟦d:a|Este estado es de ustedes, no de los donantes,⟧” he told them, to roars — “⟦d:a|This state belongs to you, not to the donors.⟧”
“⟦d:a|For eight years we've been told to wait our turn. I'm done waiting,⟧” the 41-year-old state treasurer said.
He is challenging the incumbent, Gov. Theresa Calloway, who leads by six points in most polls. Speaking in Sandoval City earlier in the day, Calloway dismissed her opponent as “⟦p:b|all speeches and no spreadsheets⟧”. “⟦d:b|Ask him how he pays for any of it. I'll wait,⟧” she said.
Rosa Delgado, a 54-year-old hotel housekeeper, had brought her two grandchildren to the rally. “⟦d:c|Nunca había venido a algo así,⟧” she said. (“⟦d:c|I had never come to anything like this.⟧”) “⟦d:c|But he talks like us,⟧” she added.
A Calloway campaign spokesman said the governor's record on jobs “⟦p:d|speaks for itself⟧”.

### 021
@a Anthony Velasquez-Reid | The minister for prisons
@b Richard Elmsworth | The prime minister
@c - | A source close to the prime minister
The minister for prisons, Anthony Velasquez-Reid, resigned on Sunday night, saying he could no longer defend the government's plan to release some offenders early to ease overcrowding.
In his resignation letter, published on social media, he wrote: “⟦d:a:m|I have served in this role with pride, and I remain a loyal supporter of this government and of you personally.⟧
“⟦d:a:m|However, I cannot in good conscience stand at the despatch box and argue that releasing violent offenders weeks early is a price worth paying. The victims I have met deserve better.⟧
“⟦d:a|I will continue to support the government from the back benches.⟧”
The prime minister, Richard Elmsworth, replied in a letter of his own that he was “⟦p:b|sorry to lose⟧” a “⟦p:b|diligent and principled⟧” colleague. “⟦d:b|I respect your decision, though I do not share your assessment. The measures we are taking are temporary, targeted and necessary,⟧” he wrote.
A source close to the prime minister was less gracious. “⟦d:c|Anthony has been looking for the exit for months. This gave him one,⟧” the source said.
Mr Velasquez-Reid, 46, was first elected in 2017. He is the third minister to resign this year.

### 022
@a Jennifer Oakes | the cabinet member for highways
@b Gwen Hartley | -
@c Lisa Tamworth | the council's director of place
@d Stockbridge County Council | -
Stockbridge County Council's highways chief has admitted the authority will not clear its backlog of 38,000 potholes until at least 2028.
Jennifer Oakes, the cabinet member for highways, told the council's scrutiny committee on Monday that the budget for road repairs had been “⟦p:a|stretched past breaking point⟧”. She said: “⟦d:a|I'm not going to sit here and promise something I can't deliver. We are patching, not fixing.⟧”
Gwen Hartley, who chairs the committee, said she had received more complaints about roads than about any other issue. “⟦d:b|People are buying new tyres every six months. Some are ending up in A&E,⟧” she said.
Lisa Tamworth, the council's director of place, said a new contract would introduce “⟦s:-|right first time⟧” repairs. She told members: “⟦d:c|A third of the holes we fill reopen within a year. That's money down the drain.⟧”
Cllr Hartley asked whether the council had tallied the cost of compensation claims. “⟦d:b|How much have we paid out?⟧”
“⟦d:c|About £1.2m last year,⟧” Ms Tamworth replied.
In a statement after the meeting, Stockbridge County Council said it was “⟦p:d|lobbying hard⟧” for extra money from central government.

### 023
@a Mathilde Kerjean | The outgoing mayor
@b Sophie Ah-Tchong | her challenger
@c Luc Beaudoin-Fontaine | The moderator
The two candidates for mayor of Saint-Aubin clashed over housing and the future of the old port in a televised debate on Wednesday night, the only one scheduled before Sunday's run-off.
The outgoing mayor, Mathilde Kerjean, accused her challenger, Sophie Ah-Tchong, of wanting to «⟦p:a|sell the port to the highest bidder⟧».
«⟦d:b|That is simply false, and Madame Kerjean knows it,⟧» Ms Ah-Tchong replied. «⟦d:b|What I want to sell is the idea that this city can still build things.⟧»
The moderator, Luc Beaudoin-Fontaine, struggled at times to keep the candidates to time. «⟦d:c|Mesdames, please. One at a time,⟧» he said.
Asked about rents, which have risen by a third in five years, Ms Kerjean defended her record. «⟦d:a|We have built 900 social homes since 2020. No mayor before me built half that,⟧» she said.
«⟦d:b|And the waiting list is longer than ever,⟧» her rival shot back.
In her closing statement, Ms Ah-Tchong said: «⟦d:b|On Sunday you are choosing between more of the same and something new.⟧» Ms Kerjean, who spoke last, said simply: «⟦d:a|I am asking you to let me finish the job.⟧»

### 024
@a Ben Adeyinka-Cole | the host
@b Hilary Stott | The former chancellor
The former chancellor Dame Hilary Stott has said she would "⟦p:b|seriously consider⟧" a return to frontline politics, in her first interview since leaving the Treasury.
Speaking on The Political Hour podcast, she was asked by the host, Ben Adeyinka-Cole, whether she missed the job.
"⟦d:a|Do you miss it?⟧"
"⟦d:b|Every day. Anyone who tells you they don't miss power is lying to you.⟧"
"⟦d:a|Would you go back?⟧"
"⟦d:b|If I were asked, and if I thought I could do some good, I would seriously consider it. But nobody's asking.⟧"
Dame Hilary, who left the cabinet in last September's reshuffle, also reflected on her relationship with the prime minister, Edward Lanyon. "⟦d:b|Edward and I disagreed about a lot, and we disagreed in private, which is how it should be,⟧" she said. "⟦d:b|I'm not going to start doing it in public now.⟧"
Asked whether she had any regrets, she paused. "⟦d:b|The pension reforms. I'd have done them in the first year, not the third,⟧" the 58-year-old said.

### 025
@a - | a department spokesperson
@b Clare Odunsi | The local MP
Plans to house 300 asylum seekers at a former air base near Colwick have been dropped, the Department for Borders confirmed on Friday.
"⟦d:a|Following a review of the site, we have concluded that it is not suitable for accommodation,⟧" a department spokesperson said.
The local MP, Clare Odunsi, who had campaigned against the plan, welcomed the decision. "⟦d:b|Common sense has prevailed. This was always the wrong site,⟧" she said.

### 026
@a Zbigniew Wróblewski-Kania | the commissioner-designate for agriculture
@b Anna-Lena Grünewald | a member of the Alliance for Rural Europe group
@c Ciarán Ó Fearghail | The committee's chairman
The nominee for the agriculture portfolio in the next Union Commission survived a three-hour confirmation hearing in Aldermark on Monday, though several lawmakers said they remained unconvinced.
Speaking through an interpreter, Zbigniew Wróblewski-Kania, the commissioner-designate for agriculture, promised to ``⟦p:a|put farmers back at the centre⟧'' of policy. ``⟦d:a|I am the son of a farmer. I know what it means when the rain does not come,⟧'' he said.
Anna-Lena Grünewald, a member of the Alliance for Rural Europe group, asked her question in German. ``⟦d:b|Werden Sie die Kleinbauern schützen oder die Agrarkonzerne?⟧'' — ``⟦d:b|Will you protect the small farmers, or the agribusiness giants?⟧''
``⟦d:a|Both can be protected. But if I must choose, I choose the small farm,⟧'' he replied.
The committee's chairman, Ciarán Ó Fearghail, cut off one exchange when it overran. ``⟦d:c|Commissioner-designate, we have a lot of colleagues waiting,⟧'' he said.
Ms Grünewald told reporters afterwards she was ``⟦p:b|not yet persuaded⟧''.

### 027
@a Brenda Ashworth | the returning officer
@b Liam O'Sullivan-Kerr | The 31-year-old former paramedic
@c Harriet Moncrieff | -
It was nearly 4am when the returning officer, Brenda Ashworth, stepped up to the microphone at the Kelsey Leisure Centre.
"⟦d:a|I, Brenda Ashworth, being the acting returning officer for the Kelsey and Wyre constituency, hereby give notice that the number of votes cast for each candidate was as follows,⟧" she began.
When she reached the fourth name — Liam O'Sullivan-Kerr, Commonwealth Party, 19,482 — the room erupted.
The 31-year-old former paramedic, who overturned a majority of more than 9,000, thanked his family, his volunteers and "⟦p:b|everyone who ever told me this seat couldn't be won⟧".
"⟦d:b|I'm going to be an MP for everyone in Kelsey and Wyre, whether you voted for me or not,⟧" he said. "⟦d:b|And I'm going to start by getting some sleep.⟧"
"⟦d:-|Enjoy it while it lasts!⟧" someone shouted from the back.
Harriet Moncrieff, who had held the seat for 14 years, was gracious in defeat. "⟦d:c|The people of Kelsey and Wyre have spoken, and they have spoken clearly. I wish Liam every success,⟧" she said.
Asked by reporters outside whether she would stand again, she shook her head. "⟦d:c|I think fourteen years is enough for anyone.⟧"

### 028
@a Martin Ellory | the chief executive
@e - | One person present
@c Harrowden Borough Council | -
@d Yasmin Chaudhry-Blake | the leader of the council's largest opposition group
The most senior official at Harrowden Borough Council warned colleagues that the authority was "⟦p:a|weeks, not months⟧" from effectively declaring itself bankrupt, according to an email seen by the Harrowden Observer.
In the email, sent on 9 January, the chief executive, Martin Ellory, tells directors: "⟦d:a|I need to be absolutely clear with you all. Without urgent action we will have to issue a section 114 notice before the end of the financial year.⟧"
The council's ruling group discussed selling its stake in Harrowden airport at a private meeting the following week, according to two people familiar with the discussions. One person present said the mood was "⟦p:e|close to panic⟧".
Harrowden Borough Council said in a statement that it was "⟦p:c|taking decisive action⟧" to balance its budget. "⟦d:c|Like many councils, we face unprecedented pressures from social care and temporary accommodation costs,⟧" it said.
Yasmin Chaudhry-Blake, the leader of the council's largest opposition group, said residents had been "⟦p:d|kept in the dark⟧". "⟦d:d|If the chief executive was writing this in January, why were councillors told in February that everything was under control?⟧" she asked.
Mr Ellory did not respond to requests for comment.

### 029
@a Harlan Petrakis | a two-term Frontier Party senator
@b Glenda Morrow | a nurse from Oakhurst
@s - | several people
@c - | One man in a veterans' cap
Sen. Harlan Petrakis, a two-term Frontier Party senator, was booed repeatedly at a town hall meeting in Oakhurst on Tuesday night as constituents confronted him over cuts to rural hospitals.
About 300 people crammed into the Oakhurst Grange Hall. Some held signs reading “⟦s:-|Save Mercy County Hospital⟧”; others chanted “⟦s:-|Vote him out⟧” before he had said a word.
Glenda Morrow, a nurse from Oakhurst, was first to the microphone. “⟦d:b|I have worked at Mercy County for 23 years. When it closes, the nearest emergency room is 70 miles away. What do you say to the people who die on that road?⟧”
“⟦d:a|Ma'am, I say the same thing I've said in the capital —⟧” Petrakis began, before being drowned out.
“⟦d:s|Answer the question!⟧” several people shouted.
When the noise died down, Petrakis said the hospital's finances were “⟦p:a|a state matter⟧” and that he had secured $14 million in federal grants for rural clinics. “⟦d:a|I am fighting for this community every single day, whether you believe it or not,⟧” he said.
One man in a veterans' cap stood and turned his back. “⟦d:c|You stopped fighting for us a long time ago,⟧” he said.
After the meeting, the senator told reporters the evening had been “⟦p:a|passionate⟧”. “⟦d:a|People are scared. I understand that. I'd be scared too,⟧” he said.

### 030
@a Rowena Blythe | planning inspector
@b Kestrel Energy | the developer
@c Tamsin Trewhella | chair of the campaign group Stop Lanvean Turbines
A government-appointed planning inspector has overturned a council's refusal of six wind turbines on Lanvean Moor, ruling that the benefits of renewable energy "⟦p:a|clearly outweigh⟧" the harm to the landscape.
In her decision letter, published on Monday, planning inspector Rowena Blythe wrote: "⟦d:a|I recognise the strength of local feeling. However, the harm identified is moderate and localised, and it must be weighed against a pressing national need.⟧"
Kestrel Energy, the developer, said it was "⟦p:b|delighted⟧" and hoped to begin construction next year. "⟦d:b|This decision is good news for bill-payers and for the climate,⟧" the company said.
Tamsin Trewhella, chair of the campaign group Stop Lanvean Turbines, said residents were "⟦p:c|devastated but not defeated⟧". "⟦d:c|We will be looking very carefully at whether there are grounds for a legal challenge,⟧" she said.

### 031
@a Olumide Bankole | counsel to the inquiry
@b Victoria Spence-Harrow | the council's former head of building control
@c Eleanor Crane | The inquiry's chair
A former council official told the Marlowe Court inquiry on Tuesday that she had raised concerns about the building's cladding “⟦p:b|at least three times⟧” before the fire that killed 11 people.
Victoria Spence-Harrow, the council's former head of building control, was questioned for most of the day by Olumide Bankole KC, counsel to the inquiry.
“⟦d:a|Who did you raise those concerns with?⟧” he asked.
“⟦d:b|With my director, in writing, in 2017 and twice in 2018.⟧”
“⟦d:a|And what happened?⟧”
“⟦d:b|Nothing happened. I was told it was being looked at.⟧”
Ms Spence-Harrow, who left the council in 2020, became emotional when shown photographs of the burnt-out tower. “⟦d:b|I think about those families every day,⟧” she said. “⟦d:b|I wish I had shouted louder.⟧”
The inquiry's chair, Judge Eleanor Crane, adjourned the session briefly. “⟦d:c|We will take ten minutes. Take all the time you need, Ms Spence-Harrow,⟧” she said.
Her former director, Neil Cathcart, is due to give evidence next week.

### 032
@a Stephen Kilbride | The environment minister
@b Rhodri ap Gwyn | the member for Cwm Tarran
@c Malcolm Dee-Fraser | The veteran backbencher
@d Tariq Hollins | the shadow environment secretary
The environment minister, Stephen Kilbride, faced a barrage of questions on Monday from MPs whose constituencies were hit by last week's floods.
Rhodri ap Gwyn, the member for Cwm Tarran, said 400 homes in his constituency had flooded for the second time in three years. "⟦d:b|My constituents are not asking for sympathy. They are asking for the flood wall they were promised in 2021,⟧" he said.
Mr Kilbride said the scheme was "⟦p:a|at the top of the list⟧". "⟦d:a|I will meet the honourable gentleman this week, and I will bring the Rivers Authority with me,⟧" he said.
The veteran backbencher Malcolm Dee-Fraser, whose seat has flooded four times since 2015, asked whether the minister owned a pair of wellingtons. "⟦d:c|Because he's going to need them,⟧" he joked.
Tariq Hollins, the shadow environment secretary, accused the government of cutting maintenance budgets by a fifth. "⟦d:d|You cannot cut the money for dredging and then act surprised when the rivers burst their banks,⟧" he said.
"⟦d:a|The budget for flood defences is the highest it has ever been,⟧" the minister insisted.
"⟦d:d|The capital budget. Not maintenance.⟧"

### 033
@a Kerry Mulgrew | -
@b Dean | Her son
@c Aisha Rahman-Lowe | the Civic Alliance candidate for Hollybank and Thorne
@d Terry | a 71-year-old former steelworker who did not want to give his surname
On Thursday mornings the queue outside the Hollybank food bank starts forming at 8am, an hour before the doors open.
Kerry Mulgrew, who has run the food bank since 2016, knows most of the faces. “⟦d:a|When we started we had 30 families. Now it's 200 a week, and a lot of them are working,⟧” she said.
Her son Dean, 24, volunteers on his days off from a warehouse job. “⟦d:b|Some of the people in the queue work shifts at the same place I do,⟧” he said. “⟦d:b|That tells you everything.⟧”
This week they had a visitor: Aisha Rahman-Lowe, the Civic Alliance candidate for Hollybank and Thorne, who spent an hour packing bags. She said food banks were “⟦p:c|a national scandal⟧” and promised to campaign for a higher minimum wage.
Terry, a 71-year-old former steelworker who did not want to give his surname, was unimpressed. “⟦d:d|They all come at election time. Then we never see them again,⟧” he said.
Ms Rahman-Lowe took the criticism on the chin. “⟦d:c|He's right to be sceptical. All I can say is, judge me on what I do, not on what I say,⟧” she said.
Kerry watched the exchange with a half-smile. “⟦d:a|We'll see,⟧” she said. “⟦d:a|We've heard it before.⟧”

### 034
@a Gordon Faulkes | National Reform Party leader
@d - | One guest at the dinner
@b National Reform Party | -
@c Nicola Sheridan | The home secretary
National Reform Party leader Gordon Faulkes told wealthy donors that his party's pledge to halve immigration was "⟦p:a|a starting point for negotiation⟧", according to a recording of a private dinner obtained by the Northern Post.
In the recording, made at a country hotel in Ashby Wold last month, Mr Faulkes can be heard saying: "⟦d:a|Look, nobody thinks we'll actually get to half. But you've got to put a big number out there. That's how it works.⟧"
Later, asked by a guest about the party's tax plans, he says: "⟦d:a|We'll sort the detail out after the election. The voters don't read the detail anyway.⟧"
One guest at the dinner, who asked not to be named, said the remarks had been greeted with laughter. "⟦d:d|It was very relaxed. He clearly thought he was among friends,⟧" the guest said.
The National Reform Party said the recording had been "⟦p:b|selectively edited⟧". "⟦d:b|Gordon has always been clear that our immigration target is ambitious but achievable,⟧" the party said.
The home secretary, Nicola Sheridan, said the recording showed Mr Faulkes "⟦p:c|saying one thing in public and another behind closed doors⟧". "⟦d:c|Voters will draw their own conclusions,⟧" she said.

### 035
@a Dalia Mendoza-Whyte | The presidential press secretary
@b Karl Jenssen | -
@c - | Another reporter
@d Felipe Arrando | President
The presidential press secretary, Dalia Mendoza-Whyte, spent much of Tuesday's briefing fending off questions about reports that President Felipe Arrando had been treated in hospital over the weekend.
“⟦d:a|The president is in excellent health. He had a routine check-up, as he does every year,⟧” she said at the start of the briefing.
Karl Jenssen of the Meridian Tribune pressed her. “⟦d:b|Is it routine to go at two in the morning on a Sunday?⟧”
“⟦d:a|Karl, I'm not going to get into the president's diary.⟧”
“⟦d:b|So you're not denying it.⟧”
“⟦d:a|I'm telling you he's fine. You'll see him at the summit on Thursday.⟧”
Another reporter asked whether the president would release his medical records. “⟦d:c|Will he publish them, yes or no?⟧”
Mendoza-Whyte said the president had “⟦p:a|nothing to hide⟧” but would not commit to a date.
In a video posted on social media later that afternoon, Mr Arrando appeared in shirtsleeves at his desk. “⟦d:d|I hear there are rumours about me. As you can see, I'm still here,⟧” he said, grinning.

### 036
@b - | More than 40 MPs
@a Deborah Kingsley-Ode | the MP who organised the letter
@c - | a spokesman
@d Lewis Varga | the health minister
More than 40 MPs have signed an open letter calling on the government to scrap plans to close three community hospitals in the north-west.
The letter, addressed to the health secretary, says the closures would ``⟦p:b|leave some of the most deprived communities in the country without a hospital bed within 25 miles⟧''.
``⟦d:b|We urge you to pause these plans and to meet with us and with the clinicians who will have to make them work,⟧'' it says.
Deborah Kingsley-Ode, the MP who organised the letter, said the response from colleagues had been ``⟦p:a|overwhelming⟧''. ``⟦d:a|This is not a party-political issue. There are members from four parties on that list,⟧'' she said.
The Department for Health said no final decision had been taken. ``⟦d:c|Any changes to services will be clinically led and subject to full public consultation,⟧'' a spokesman said.
Lewis Varga, the health minister, told MPs later that he would ``⟦p:d|listen carefully⟧'' to the signatories. ``⟦d:d|My door is open to any member who wants to discuss this,⟧'' he said.

### 037
@a Seosaimhín Ní Bhraonáin | -
@b Pádraig Mac Giolla Rua | The cathaoirleach
@c Brian Costigan | the county's director of services
A councillor from Inis Rua addressed Carrowmore County Council entirely in Irish on Monday to protest against what she called the "⟦p:a|abandonment⟧" of the island's water supply.
Seosaimhín Ní Bhraonáin, who represents the island and the neighbouring Gaeltacht villages, told the meeting: "⟦d:a|Tá muintir an oileáin ag fanacht le huisce glan le trí bliana.⟧" ("⟦d:a|The people of the island have been waiting for clean water for three years.⟧")
She continued in Irish for almost ten minutes, with a simultaneous translation provided to members through headsets. "⟦d:a|We are not second-class citizens because we live on the other side of the water,⟧" she said, according to the translation.
The cathaoirleach, Pádraig Mac Giolla Rua, thanked her and asked the executive to respond. "⟦d:b|I think the councillor has made her point very clearly, in both languages,⟧" he said.
Brian Costigan, the county's director of services, said a new treatment plant had been delayed by "⟦p:c|procurement issues⟧" but would be built by the end of next year. "⟦d:c|I accept that is not good enough, and I apologise to the islanders,⟧" he said.
Ms Ní Bhraonáin said she would believe it "⟦p:a|when the tap runs clear⟧".

### 038
@a Warren Blakemore | the incumbent commissioner
@b Tunde Oyelaran | a former detective superintendent
@c Kirsty MacAulay | a magistrate and charity chief executive
The three candidates to be Westmoor's next police and crime commissioner clashed over neighbourhood policing at a hustings in Barnard Heath on Thursday.
Warren Blakemore, the incumbent commissioner, said he had put 120 extra officers on the streets since 2021. “⟦d:a|Crime is down in every district. That's not an opinion, it's in the figures,⟧” he said.
Tunde Oyelaran, a former detective superintendent, said the figures told only half the story. “⟦d:b|Ask anyone in this room when they last saw a police officer on their street,⟧” he said. “⟦d:b|Warren's extra officers are sitting in call centres.⟧”
Mr Blakemore said that was “⟦p:a|simply untrue⟧”. He told the audience: “⟦d:a|Tunde knows better than anyone that you can't fight modern crime on foot.⟧”
Kirsty MacAulay, a magistrate and charity chief executive, said both men were “⟦p:c|arguing about the past⟧”. “⟦d:c|I sit in court every week and see the same young men coming back again and again. Nobody on this stage has a plan for that except me,⟧” she said.
The hustings ended with the three shaking hands. “⟦d:b|We agree on more than you'd think,⟧” Mr Oyelaran said afterwards. “⟦d:b|Just not on the important bits.⟧”

### 039
@a Nadine Okwuosa | The pensions minister
@b National Pensions Service | -
@c Pensioners' Voice | a campaign group
@d Gerald Fane | Its director
About 85,000 pensioners were underpaid for up to nine months because of a computer error, the National Pensions Service has admitted.
The pensions minister, Nadine Okwuosa, apologised in a post on social media on Wednesday night. “⟦d:a|This should never have happened. Everyone affected will be paid in full, with interest, by the end of next month,⟧” she wrote.
The National Pensions Service said the error had been caused by a “⟦p:b|software update that was not properly tested⟧”. “⟦d:b|We are contacting every customer affected and we are sorry for the distress this has caused,⟧” it said in a statement.
Pensioners' Voice, a campaign group, said many of those affected would have been “⟦p:c|left choosing between bills⟧”. Its director, Gerald Fane, said: “⟦d:d|For someone living on a state pension, forty pounds a month is the difference between heating and eating.⟧”
“⟦d:d|An apology on social media isn't going to warm anyone's home,⟧” he added.

### 040
@a Josephine Adebayo-Thorne | Deputy mayor
@b Ruth Pennington | -
@e Carol Sealey-Hughes | Her daughter
Eastwick Town Council has voted to rename Thackery Street, which honours an 18th-century merchant who made his fortune in the slave trade, after a local nurse who died during the pandemic.
The street will become "⟦s:-|Mary Sealey Way⟧" from September, after councillors voted 14 to 6 in favour on Tuesday.
Deputy mayor Josephine Adebayo-Thorne, who proposed the change, said: "⟦d:a|Street names are not history lessons. They are honours. Josiah Thackery does not deserve one.⟧"
Ruth Pennington, who represents Old Quay ward, where the street is located, voted against. She said residents had not been properly consulted and described the process as "⟦p:b|rushed⟧". "⟦d:b|Half the people on that street found out about this from the local paper,⟧" she said.
Cllr Adebayo-Thorne rejected that. "⟦d:a|We held two public meetings and an online survey. More than 1,100 people took part,⟧" she said.
Mary Sealey, known to colleagues as "⟦s:-|Sister Mary⟧", worked at Eastwick General Hospital for 37 years. Her daughter, Carol Sealey-Hughes, said the family was "⟦p:e|overwhelmed⟧". "⟦d:e|Mum would have been embarrassed, but secretly very proud,⟧" she said.

### 041
@a Sophia Lindqvist | the presenter
@b Amara Nwachukwu | The shadow chancellor
@c Roderick Bannister | Its chairman
The shadow chancellor, Amara Nwachukwu, refused on Sunday to rule out raising income tax if her party wins the next election.
Appearing on Politics This Sunday, she was pressed repeatedly by the presenter, Sophia Lindqvist.
“⟦d:a|Can you rule out a rise in the basic rate of income tax?⟧” the presenter asked.
“⟦d:b|What I can tell you is that working people will not pay more under us,⟧” Ms Nwachukwu said.
“⟦d:a|That's not what I asked.⟧”
“⟦d:b|It's the answer that matters to your viewers.⟧”
Lindqvist tried again, reminding her guest of a speech last year in which she had promised “⟦p:b|no nasty surprises⟧” on tax.
“⟦d:a|Is a rise in income tax a nasty surprise?⟧” the interviewer asked.
“⟦d:b|Sophia, I'm not going to write a budget on live television,⟧” she replied.
The governing party seized on the exchange. Its chairman, Roderick Bannister, wrote on social media: “⟦d:c|Another week, another dodge. Voters deserve a straight answer.⟧”

### 042
@a Amalgamated Transit Guild | -
@b Carla Mendes-Oyelowo | the guild's general secretary
@c Victor Ilunga | Mayor
Bus and tram drivers in Port Marrow will strike for 48 hours from Friday after talks over pay collapsed, the Amalgamated Transit Guild said.
"⟦d:b|Our members have had one pay rise in four years. They have run out of patience, and frankly so have I,⟧" the guild's general secretary, Carla Mendes-Oyelowo, said.
Mayor Victor Ilunga said he was "⟦p:c|bitterly disappointed⟧". "⟦d:c|The offer on the table is fair and affordable. I would urge the guild to put it to its members,⟧" he said.
The guild said in response that the offer was "⟦p:a|a real-terms pay cut dressed up as a rise⟧".

### 043
@a Charlotte Brannigan | the chief inspector of prisons
@b Deirdre Halloran | the committee's chair
@d Lena Fischer-Obi | the governor of Ridgeway prison
@c Ministry of Justice | -
Conditions at Ridgeway prison are "⟦p:a|the worst I have seen in any jail in this country⟧", the chief inspector of prisons, Charlotte Brannigan, told MPs on Wednesday.
Ms Brannigan told the justice committee that inspectors had found cells with no working toilets, cockroaches in the kitchens and prisoners locked up for 23 hours a day. "⟦d:a|We found a man who had not been let out of his cell for a shower in nine days. Nine days,⟧" she said.
Deirdre Halloran, the committee's chair, asked how the prison had been allowed to deteriorate so badly. "⟦d:b|Who knew, and when?⟧" she asked.
"⟦d:a|Everybody knew, chair. We have been reporting on Ridgeway since 2019,⟧" Ms Brannigan replied.
Lena Fischer-Obi, the governor of Ridgeway prison, gave evidence later in the session. She said she had "⟦p:d|inherited a crisis⟧" when she took over last year. "⟦d:d|I will not defend the conditions the chief inspector found. They are indefensible,⟧" she said. "⟦d:d|But I have 40 per cent of the staff I need.⟧"
The Ministry of Justice said £30m had been allocated to repairs. "⟦d:c|We are taking urgent action to improve conditions at Ridgeway,⟧" it said.

### 044
@a Edna Mae Pritchard | -
@b Rashid Anwar | The current leader
@c Leah | Her granddaughter
When Edna Mae Pritchard was first elected to Tollcross Borough Council in 1974, she was the only woman in the chamber and, she recalls, “⟦p:a|the only person under fifty who didn't smoke a pipe⟧”.
Fifty years later, at 84, she is stepping down. Her final meeting is on Thursday.
“⟦d:a|I never meant to stay this long. I meant to get a zebra crossing put in outside the school, and then go home,⟧” she says, laughing, in the front room of her terraced house on Alma Street.
The crossing took three years. By then, Edna was hooked.
“⟦d:a|Once you see that you can change something, even something small, it's very hard to stop,⟧” she says.
She has served under 11 council leaders. The current leader, Rashid Anwar, calls her “⟦p:b|the conscience of the council⟧”. “⟦d:b|Every new councillor gets the same advice: if Edna is against it, think again,⟧” he said.
Her granddaughter Leah, 29, is standing for her seat. “⟦d:c|She's given me one piece of advice. Read the papers. All of them, every time,⟧” Leah said.
Edna nods. “⟦d:a|Nobody reads the papers. That's how they get you.⟧”

### 045
@a Patrick Dunleavy | The programme's presenter
@b Gideon Mbatha-Lowe | The energy minister
@c Department for Energy | -
The energy minister, Gideon Mbatha-Lowe, was forced to correct himself live on air on Tuesday after overstating how much the average household would save under the government's new price cap.
Speaking on Radio Ardmore's Morning Report, he told listeners bills would fall by "⟦p:b|around £400⟧" a year.
The programme's presenter, Patrick Dunleavy, interrupted. "⟦d:a|Minister, your own department's figure is £140. Which is it?⟧"
There was a pause. "⟦d:b|I think — forgive me — it's £140 on the central estimate,⟧" the minister said.
"⟦d:a|So not £400.⟧"
"⟦d:b|Not £400. I misspoke, and I'm grateful to you for correcting me.⟧"
The Department for Energy later said in a statement that the minister had "⟦p:c|simply misspoken⟧". "⟦d:c|The correct figure is £140, as set out in our published analysis,⟧" it said.
Mr Mbatha-Lowe joked on social media that afternoon: "⟦d:b|Note to self: bring the briefing notes into the studio.⟧"

### 046
@a Henrik Aalto-Svensen | Caretaker prime minister
@b Jonas Brekke | the Centre Party leader
@u - | A Centre Party negotiator
@c Ingeborg Rask | the Social Liberal leader
@d Social Democratic Union | -
@e J.K. Lindahl | The speaker of the Folkeforum
Talks to form a new government in Vellmark collapsed on Friday after 74 days, raising the prospect of a second general election within a year.
Caretaker prime minister Henrik Aalto-Svensen announced the breakdown at a late-night press conference in the capital, Sundby. «⟦d:a|Vi har gjort alt vi kan,⟧» he said – «⟦d:a|We have done everything we can.⟧»
He blamed Jonas Brekke, the Centre Party leader, for walking away from a deal on farm subsidies that he said had been «⟦p:a|ninety-five per cent agreed⟧».
«⟦d:a|I am not going to pretend I am not disappointed. We were very close,⟧» Mr Aalto-Svensen said.
Mr Brekke, speaking to reporters outside parliament an hour later, gave a very different account. «⟦d:b|There was no deal. There was a draft that the prime minister's people wrote and expected us to sign,⟧» he said.
«⟦d:b|The Centre Party was not elected to rubber-stamp anyone's draft,⟧» he added.
A Centre Party negotiator, who spoke on condition of anonymity, said talks had broken down over «⟦p:u|respect as much as money⟧». «⟦d:u|They treated us like a junior partner from day one,⟧» the negotiator said.
Ingeborg Rask, the Social Liberal leader, whose party would also have joined the coalition, said she was «⟦p:c|furious⟧» with both men. «⟦d:c|Two grown men have spent ten weeks arguing about who blinked first. Meanwhile, nobody is running the country,⟧» she said.
The Social Democratic Union, Mr Aalto-Svensen's party, said in a statement that it was «⟦p:d|ready to face the voters⟧» if necessary.
The speaker of the Folkeforum, J.K. Lindahl, who must now decide whether to invite another party leader to try to form a government, said he would consult all parties next week. «⟦d:e|Nobody wants a second election. But nobody should fear one either,⟧» he said.
Mr Aalto-Svensen was asked whether he would lead his party into a new campaign. «⟦d:a|Yes,⟧» he said. «⟦d:a|Why would I not?⟧»

### 047
@a Owain Prydderch | the council's cabinet member for regeneration
@b Friends of the Lyric | -
Plans to demolish the Lyric Theatre in Abermorlais and replace it with a multi-storey car park have been withdrawn after a petition signed by 22,000 people.
Owain Prydderch, the council's cabinet member for regeneration, put it simply: "⟦d:a|We got this one wrong, and we have listened.⟧"
The Friends of the Lyric, which organised the petition, said it was "⟦p:b|thrilled⟧" but warned that the building still needed £3m of repairs. "⟦d:b|Saving it was the easy part,⟧" the group said.

### 048
@a Adaeze Harcourt-Bell | the judge
@b Department for Communities | -
@c Owen Tsang | a 38-year-old wheelchair user from Pellingford who brought the case
@d Seren Aldous | His solicitor
The High Court has ruled that the government acted unlawfully when it cut disability adaptation grants last year without consulting disabled people.
In a judgment handed down on Wednesday, the judge, Mrs Justice Adaeze Harcourt-Bell, said the decision had been taken with “⟦p:a|no meaningful regard⟧” to the department's equality duties.
“⟦d:a:m|The consultation that took place was, in substance, no consultation at all. Those most affected by the change were not asked about it, and their views were not sought.⟧
“⟦d:a|I am driven to the conclusion that the decision was unlawful and must be quashed.⟧”
Owen Tsang, a 38-year-old wheelchair user from Pellingford who brought the case, said he had cried when he heard the ruling. “⟦d:c|For two years I've been told I was wasting everyone's time. I wasn't,⟧” he said.
His solicitor, Seren Aldous, said the judgment was “⟦p:d|a landmark⟧”. “⟦d:d|Ministers cannot make decisions about disabled people's lives without asking them first. The court has said so in the clearest terms,⟧” she said.
The Department for Communities said it was “⟦p:b|disappointed⟧” and was considering an appeal.

### 049
@a Moira Strathearn | The Yes campaign's director
@b Fergus Abernethy-Cole | Her counterpart on the No side
@c - | One woman
@d Isla | -
With a week to go before the referendum on an elected regional assembly, both campaigns were out in force in Dunmarrow on Saturday.
On the High Street, Yes activists handed out stickers reading ``⟦s:-|Our Region, Our Say⟧'' while across the road a No stall offered free tea under a banner that said ``⟦s:-|Not Another Layer of Politicians⟧''.
The Yes campaign's director, Moira Strathearn, said the momentum was with her side. ``⟦d:a|A month ago people were asking us what an assembly would do. Now they're asking when it starts,⟧'' she said.
Her counterpart on the No side, Fergus Abernethy-Cole, was unconvinced. ``⟦d:b|People are asking what it would cost. Fifty million a year, and nobody on the Yes side can tell you what it would actually do,⟧'' he said.
One woman stopped at the No stall to collect a leaflet and then, to laughter, took a Yes sticker too. ``⟦d:c|I'm still making my mind up,⟧'' she said.
Isla, 16, who will vote for the first time, had no such doubts. ``⟦d:d|It's about who makes decisions about our lives. I'd rather they were made here,⟧'' she said.
Ms Strathearn, asked whether the Yes side would accept a narrow defeat, laughed. ``⟦d:a|We're not planning to lose.⟧''

### 050
@b Georgina Halvorsen | the secretary of the Department of Home Services
@a Rebecca Thwaites | a crossbencher from Carrington State
@c Tom Baraclough | The committee chair
@d - | A department official
The head of the Department of Home Services has admitted her department paid $4.2 million to a consultancy for a report that was never used.
Under questioning at a Senate estimates hearing on Monday, the secretary of the Department of Home Services, Georgina Halvorsen, said the report on regional service centres had been "⟦p:b|overtaken by events⟧".
Senator Rebecca Thwaites, a crossbencher from Carrington State, was incredulous. "⟦d:a|Four point two million dollars. For a document that is sitting in a drawer,⟧" she said. "⟦d:a|Who signed off on that?⟧"
"⟦d:b|The contract was approved by my predecessor, senator,⟧" Ms Halvorsen replied.
"⟦d:a|And did anybody read it?⟧"
"⟦d:b|I have read it.⟧"
"⟦d:a|Well, that's something.⟧"
The committee chair, Senator Tom Baraclough, intervened to move questioning on. "⟦d:c|I think the point has been made,⟧" he said.
A department official later told the committee that two other reports by the same firm were also "⟦p:d|under review⟧".

### 051
@d Ellen Prosser | The governor
@a Xiomara de la Fuente | The bill's lead sponsor
@c Mercedes Ruiz | a tenant organizer in the Eastbank neighborhood
@b Grant Esterhazy | executive director of the Port Corvin Property Owners Association
The governor, Ellen Prosser, signed the state's first rent stabilization law on Tuesday, capping annual rent increases at 5 percent for most apartments.
“⟦d:d|No one who works full time in this state should be one rent hike away from losing their home,⟧” Prosser said at a signing ceremony on the Capitol steps in Port Corvin.
The bill's lead sponsor, Assemblywoman Xiomara de la Fuente, stood beside her. “⟦d:a|My mother raised three kids in a one-bedroom on Harlow Row, and the only reason we weren't pushed out was a law like this one,⟧” de la Fuente said. “⟦d:a|Today other families get that protection.⟧”
Mercedes Ruiz, 62, a tenant organizer in the Eastbank neighborhood, said she had been fighting for the law for 15 years. “⟦d:c|I didn't think I'd live to see it,⟧” she said, wiping her eyes.
Grant Esterhazy, executive director of the Port Corvin Property Owners Association, called the law “⟦p:b|a disaster dressed up as a solution⟧” and said his members would challenge it in court. “⟦d:b|Every city that has tried this has ended up with fewer apartments, not more,⟧” he said.

### 052
@a Bethany Corrigan | -
@b Lucy Corrigan | Her younger sister
@c Sheila | Their mother
In the Aldcliffe ward of Mossbank, the local election has become a family affair.
Bethany Corrigan, 34, is standing for the Civic Alliance. Her younger sister, Lucy Corrigan, 31, is the National Reform candidate. They live four streets apart.
"⟦d:a|We've always argued about politics. Now we just do it on leaflets,⟧" Bethany said, sitting beside her sister in their mother's kitchen.
"⟦d:b|She does it on leaflets. I do it on the doorstep,⟧" Lucy said. "⟦d:b|I've knocked on more doors than she has.⟧"
"⟦d:a|That's not true.⟧"
"⟦d:b|It is, and you know it.⟧"
Their mother, Sheila, refuses to say who will get her vote. "⟦d:c|It's a secret ballot. That's the whole point,⟧" she said.
Asked what would happen if one of them won, Lucy grinned. "⟦d:b|Christmas will be interesting.⟧"
Bethany was more diplomatic. "⟦d:a|Whoever wins, the other one will be the first to say well done. Probably through gritted teeth.⟧"

### 053
@a Callum Maitland-Greer | The defence secretary
@d - | A Treasury source
@c Sarah Ngata | a senior fellow at the Institute for Strategic Affairs
The defence secretary has privately warned the prime minister that planned budget cuts would leave the armed forces unable to meet their Atlantic commitments, according to a letter leaked to the Evening Despatch.
In the letter, dated 2 October, Callum Maitland-Greer writes: "⟦d:a|I must be frank with you. If these reductions proceed as proposed, I cannot guarantee that we will be able to fulfil our obligations to our allies.⟧"
He warns that the navy would have to "⟦p:a|mothball at least two frigates⟧" and that recruitment targets would be missed "⟦p:a|for the rest of the decade⟧".
A Treasury source said the letter was "⟦p:d|part of the normal spending round⟧". "⟦d:d|Every secretary of state writes a letter like this. Most of them don't get leaked,⟧" the source said.
The Ministry of Defence said it did not comment on leaked correspondence.
Dr Sarah Ngata OBE, a senior fellow at the Institute for Strategic Affairs, said the letter was "⟦p:c|extraordinary⟧". "⟦d:c|Defence secretaries don't usually put this kind of thing in writing unless they want it on the record,⟧" she said.

### 054
@a Conrad Villiers | -
@c - | one supporter
@b Naomi Szabó | the mayor-elect
Conrad Villiers conceded defeat in the Ellesmere mayoral race shortly after midnight, ending 12 years in office with a speech that was by turns defiant and emotional.
“⟦d:a:m|Twelve years ago I stood on this stage and promised you I would never stop fighting for this city. I kept that promise.⟧
“⟦d:a:m|Tonight the people have chosen someone else, and in a democracy that is the end of the argument. I have called Naomi Szabó to congratulate her, and I told her what my father told me when I first ran for office: ‘The job is bigger than you. Never forget it.’⟧
“⟦d:a|I wish her well. I mean that.⟧”
Many of the 300 supporters in the ballroom of the Grand Ellesmere Hotel were in tears. “⟦d:c|He gave everything to this city,⟧” said one supporter.
Across town, the mayor-elect, Naomi Szabó, told her own cheering crowd that she would be “⟦p:b|a mayor for every neighbourhood⟧”. “⟦d:b|Conrad Villiers served this city for twelve years, and tonight I want to thank him for that service,⟧” she said. “⟦d:b|Tomorrow, we get to work.⟧”
Szabó, 39, a former public defender, will be the city's first woman mayor.

### 055
@a Electoral Standards Board | -
@b - | A People's Coalition spokesman
The People's Coalition has been fined £48,000 for failing to declare donations worth more than £600,000 before last year's general election.
The Electoral Standards Board said the party's failures had been "⟦p:a|serious and repeated⟧". "⟦d:a|Voters are entitled to know who is funding political parties. On this occasion, they were not told,⟧" the board said.
A People's Coalition spokesman said the party accepted the findings and had "⟦p:b|overhauled⟧" its compliance procedures.

### 056
@a Julia Okereke-Marsh | Prime Minister
@b Duncan Fairweather | The leader of the opposition
@c - | The Speaker
@d Sian Morecambe | Our political editor
12.01pm — Prime Minister's Questions is under way. Prime Minister Julia Okereke-Marsh begins by paying tribute to the victims of last week's train crash at Hollins Cross. "⟦d:a|Our thoughts are with all of those who lost loved ones, and with the emergency services who worked through the night,⟧" she says.
12.03pm — The leader of the opposition, Duncan Fairweather, echoes the tribute, then goes straight to rail safety. "⟦d:b|The rail safety inspectorate warned about that signal in March. Why was nothing done?⟧"
12.04pm — The prime minister says an independent investigation is under way and she will not "⟦p:a|prejudge its findings⟧".
12.06pm — Fairweather is back on his feet. "⟦d:b|The families don't want process. They want answers, and they want them now,⟧" he says, to loud cheers from the opposition benches.
12.07pm — Noisy scenes. The Speaker calls for calm: "⟦d:c|Order! Members will want to remember that families of the victims are watching.⟧"
12.11pm — Our political editor, Sian Morecambe, writes: "⟦d:d|A sombre start, but Fairweather clearly thinks the government is vulnerable on rail. Expect this to run.⟧"

### 057
@a Peter Ashdown-Kemp | a former chairman of the planning committee
@b Farida Haque | The council's monitoring officer
@c Anne Threlfall | -
A Millbrook councillor has admitted failing to declare that he stood to profit from a housing development he voted to approve under the council's so-called “⟦s:-|garden grab⟧” policy.
Cllr Peter Ashdown-Kemp, a former chairman of the planning committee, told a standards hearing on Thursday that his failure to mention his financial interest in the land had been “⟦p:a|a genuine oversight⟧”. “⟦d:a|I accept I should have declared it. I did not, and I apologise unreservedly,⟧” he said.
The council's monitoring officer, Farida Haque, told the hearing that the councillor's company had bought an option on the land six weeks before the vote. “⟦d:b|The timing is, at the very least, unfortunate,⟧” she said.
Anne Threlfall, whose house backs onto the site, said she was “⟦p:c|not surprised in the slightest⟧”. “⟦d:c|Everybody round here knew he had his fingers in it. It just took somebody to look,⟧” she said.
The panel will publish its findings next month. Mr Ashdown-Kemp, 67, has said he will not stand again in May.

### 058
@a Hugh Pemberton-Lyle | the former minister for health procurement
@b Rory McAllister | The committee's chairman
@c Yusuf Demir | His successor
A former health minister has denied giving companies recommended by party donors a "⟦s:-|fast lane⟧" to lucrative contracts during the ventilator shortage of 2021.
Giving evidence to the public accounts committee on Tuesday, Hugh Pemberton-Lyle, the former minister for health procurement, said every contract had been awarded "⟦p:a|on the basis of need, price and speed⟧".
The committee's chairman, Rory McAllister, put it to him that 14 of the 20 largest contracts had gone to companies referred through what officials called the "⟦s:-|priority inbox⟧". "⟦d:b|Fourteen out of twenty, Mr Pemberton-Lyle. Is that a coincidence?⟧" he asked.
"⟦d:a:m|It is not a coincidence, and it is not a conspiracy either. In the spring of 2021 we were desperate. Every hospital in the country was asking for ventilators, and I wanted to hear from anybody who could supply them.⟧
"⟦d:a|If a member of parliament, or a donor, or a bishop told me about a firm that could deliver, I wanted to know. I make no apology for that.⟧"
Mr McAllister was unmoved. "⟦d:b|Some of those firms had been incorporated a matter of weeks before,⟧" he said. "⟦d:b|One of them had never made a medical device in its life.⟧"
The former minister replied: "⟦d:a|And some of those firms delivered when the established suppliers could not.⟧"
A committee member asked whether he had personally met any of the companies' directors. The 61-year-old admitted that he had met two, "⟦p:a|briefly and in the presence of officials⟧".
His successor, Yusuf Demir, who gave evidence later in the day, said the department had since recovered £38m from suppliers whose equipment was unusable. "⟦d:c|We are pursuing every penny,⟧" he said. "⟦d:c|Taxpayers deserve nothing less.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh41.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh41",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
