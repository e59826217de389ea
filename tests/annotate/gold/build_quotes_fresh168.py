# ruff: noqa: E501
"""Build ``quotes_fresh168.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary question times and debates with interruptions and points of order,
select committee hearings, broadcast and radio interviews in which presenters press
ministers, the campaign trail and hustings, lobby briefings by spokespeople, council
meetings, leadership contests, leaks and unnamed sources, summits and foreign
ministers' press conferences, written in the styles of wire, broadsheet, tabloid,
local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh168-NNN``.

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
  it (``the summit's host, Mireille Antoine, the president of Gallice``): the
  appositive is the description. A title before the name alone (``Prime Minister
  Halvard Ness``, ``Council leader …``) is the description; so is a title set off by
  commas before the name (``the Speaker, Margit Solheim``, ``The housing minister,
  Owen Tregarthen``).
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the former health secretary``, ``the
  opposition leader``), that description is taken.
* A non-restrictive relative clause after an appositive (``One resident in the public
  gallery, who has lived …``) is not part of the description; a restrictive one is.
* Interruptions in a chamber: a shout whose author the passage does not identify
  (``came a shout from the opposition benches``, ``cries of … from the government
  benches``) is ``direct`` with speaker and description null; a shout by someone the
  passage picks out (``called out one councillor``) has that description. A quote
  broken off by an interruption and resumed after it is two spans of the same speaker.
* Words quoted from a document whose author the passage does not name (a leaked
  memo, a report, a communique) have a null speaker and the document as written
  (``the leaked memo``) as the description; full sentences are ``direct``, fragments
  ``partial``. A document's printed marking (``Official - Sensitive``) is ``scare``.
* In a printed dialogue (alternating quote-only paragraphs: question times, committee
  exchanges, interviews) each turn belongs to the person whose turn it is.
* A parliamentary sketch's own coinages and mocking labels are ``scare``; words it
  attributes to a member are that member's.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh168.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh168.jsonl")

PASSAGES = """
### 001
@a Halvard Ness | Prime Minister
@b Corinne Adebayo-Laing | the Leader of the Opposition
@c Margit Solheim | the Speaker
Prime Minister Halvard Ness clashed with the opposition over hospital waiting lists on Wednesday in a bad-tempered session of questions that the Speaker twice had to halt.
Corinne Adebayo-Laing, the Leader of the Opposition, used all six of her questions on the health service. “⟦d:b|Eighty-one thousand people waited more than a year for an operation last month. Eighty-one thousand,⟧” she said. “⟦d:b|Can the Prime Minister tell the House how many of them he has met?⟧”
Ness replied that waiting lists had “⟦p:a|turned the corner⟧” and accused her of “⟦p:a|talking down the people who work in our hospitals⟧”.
“⟦d:a|The honourable lady knows perfectly well that the figures she is quoting—⟧”
“⟦d:-|Answer the question!⟧” came a shout from the opposition benches.
“⟦d:c|Order. Order. The Prime Minister will be heard, and so will the Leader of the Opposition, but not at the same time,⟧” said the Speaker, Margit Solheim.
Ness resumed: “⟦d:a|The figures she is quoting are from before our recovery plan took effect. They are out of date. Rather like her party.⟧”
Adebayo-Laing was on her feet before the laughter from the government benches had died away. “⟦d:b|Out of date? He should tell that to Mrs Okoro in Harlow Vale, who has been waiting nineteen months for a new hip and wrote to me last week because she had given up writing to him.⟧”
His office later said Ness would reply to Mrs Okoro personally.

### 002
@a Rosalind Achterberg | the committee's chair
@b Dominic Farrow-Hale | the permanent secretary at the Department for Infrastructure
@c Beatriz Quintela | the Reform member for Cawdor South
@d National Audit Office | -
The most senior civil servant at the Department for Infrastructure admitted on Tuesday that he did not read a warning about the spiralling cost of the Northern Link rail scheme until six months after it was sent.
Dominic Farrow-Hale, the permanent secretary at the Department for Infrastructure, told the Public Finance Committee that the memo had been "⟦p:b|caught in a backlog⟧" during a period of staff shortages.
"⟦d:a|A backlog?⟧" said Rosalind Achterberg, the committee's chair. "⟦d:a|This was a memo warning that a flagship project was about to go four billion pounds over budget. Who decides what goes into the backlog?⟧"
"⟦d:b|With respect, chair, I have accepted that it should have reached me sooner,⟧" Farrow-Hale replied. "⟦d:b|I am not here to defend the process. I am here to explain what we have changed.⟧"
Achterberg, who has chaired the committee since 2021, was unimpressed. "⟦d:a|What you have changed is the name on the door of the unit that lost it,⟧" she said.
Beatriz Quintela, the Reform member for Cawdor South, then pressed him on the National Audit Office's finding that the programme had been "⟦p:d|poorly governed from the outset⟧".
"⟦d:c|Were ministers told? Yes or no.⟧"
"⟦d:b|Ministers were told in March.⟧"
"⟦d:c|March. So they knew before the spending review.⟧"
"⟦d:b|They knew there was a risk. They did not know its size.⟧"
Quintela later told reporters the exchange had been "⟦p:c|the most revealing twenty minutes⟧" of the inquiry so far. "⟦d:c|He has just confirmed that the Treasury signed off a number it knew was wrong,⟧" she said.

### 003
@a Nadia Karimova | the programme's presenter
@b Owen Tregarthen | the housing minister
@c - | a listener in Pellow
@d Ellen Mbeki | the Social Democrats' housing spokesperson
The housing minister, Owen Tregarthen, refused six times to say whether the government would meet its target of 300,000 new homes a year during a combative interview on BRN Radio's Morning Report.
Pressed by the programme's presenter, Nadia Karimova, Tregarthen said the figure remained “⟦p:b|a stretching ambition⟧”.
“⟦d:a|Is it a target or an ambition, minister? They're not the same thing,⟧” Karimova said.
“⟦d:b|It's both. It's a target that we are ambitious about meeting.⟧”
“⟦d:a|Will you meet it?⟧”
“⟦d:b|We are building more homes than at any point in the last decade—⟧”
“⟦d:a|That wasn't the question.⟧”
“⟦d:b|—and I'm not going to sit in a studio and make predictions about a number that depends on interest rates I don't set.⟧”
Later in the interview Karimova read out a message from a listener in Pellow, who wrote that her 31-year-old son was “⟦p:c|still sleeping in his childhood bedroom with a degree and a full-time job⟧”.
The minister said he sympathised. “⟦d:b|I hear that. I've got children in their twenties myself. This is exactly why we're reforming the planning system.⟧”
The Social Democrats' housing spokesperson, Ellen Mbeki, said afterwards that the interview had been “⟦p:d|painful to listen to⟧”. “⟦d:d|Six times he was asked, and six times he ducked. If the minister doesn't believe in his own target, why should anyone else?⟧” she said.

### 004
@s - | the Prime Minister's official spokesman
@r - | one reporter
@q - | a reporter from the Daily Courier
@h Home Office | -
The Prime Minister retains "⟦p:s|full confidence⟧" in the Home Secretary, his official spokesman said on Monday, despite reports that she overruled legal advice on the deportation flights.
"⟦d:s|The Prime Minister has full confidence in the Home Secretary. She has his full support and that has not changed,⟧" the Prime Minister's official spokesman told reporters at the regular morning lobby briefing.
Asked whether the Prime Minister had read the leaked advice, the spokesman said: "⟦d:s|I'm not going to get into the details of advice to ministers, which, as you know, we never comment on.⟧"
One reporter asked: "⟦d:r|So has he read it or not?⟧"
"⟦d:s|It means I'm not going to comment on it,⟧" the spokesman replied.
Pressed on whether the Home Secretary had broken the ministerial code, he said that was "⟦p:s|a matter for the independent adviser⟧", adding: "⟦d:s|No referral has been made, and I'm not aware of any plans to make one.⟧"
A reporter from the Daily Courier pointed out that the same form of words had been used about the transport secretary two days before his resignation last month. "⟦d:q|Should she be worried?⟧" he asked.
"⟦d:s|I'd point you to what I've just said,⟧" the spokesman said, to laughter.
The Home Office said the Home Secretary had "⟦p:h|acted properly at all times⟧" and would set out the legal basis for the flights in a written statement to Parliament.

### 005
@a Gwenllian Pryce | the Alliance candidate for Dunmere
@b Stan | a forklift driver who gave only his first name
@c Faisal Qureshi | site manager
@d Robert Haig | the sitting MP
Gwenllian Pryce, the Alliance candidate for Dunmere, got a frosty reception when she visited the Harlaw packaging plant on Thursday morning.
She had barely finished introducing herself in the staff canteen when a forklift driver who gave only his first name, Stan, cut in.
“⟦d:b|You lot come round every five years and then we never see you again,⟧” he said. “⟦d:b|Where were you when they shut the Kelso line?⟧”
Ms Pryce, 44, said she had not been a candidate at the time but understood the anger. “⟦d:a|You're right to be angry. I would be too. All I can say is: judge me on whether I'm back in this canteen a year from now.⟧”
“⟦d:b|I will,⟧” Stan replied, to applause from his colleagues.
“⟦d:c|We get a lot of visits around election time. The lads are entitled to say what they think. That's what it's for, isn't it?⟧” said site manager Faisal Qureshi.
Robert Haig, the sitting MP, who is defending a majority of 1,204, said Ms Pryce’s party had “⟦p:d|no plan whatsoever for places like Dunmere⟧”.
“⟦d:d|I've been in that canteen more times than I can count, and not just when there's an election on,⟧” he told the Gazette.

### 006
@m Tobias Ansah | the chair
@q - | a woman in the third row
@c Harriet Dove | the sitting MP
@a Lucy Amara | the Green candidate
@b Piotr Zieliński | -
@d Mohammed Al-Sayegh | an independent and a retired paramedic
About 150 people packed into St Aldhelm's church hall in Wickmoor on Friday night for the only hustings of the campaign to feature all four candidates.
The chair, the Rev Tobias Ansah, opened by asking the audience to "⟦p:m|disagree well⟧". "⟦d:m|You can boo the policies. You can't boo the people,⟧" he said.
The first question, from a woman in the third row, was about the closure of the Wickmoor minor injuries unit. "⟦d:q|My husband had a stroke in March and the ambulance took fifty minutes. Which of you is going to reopen it?⟧" she asked.
Harriet Dove, the sitting MP, said the closure had been "⟦p:c|a decision for the health board, not for Parliament⟧", which drew groans.
"⟦d:c|I know that isn't what you want to hear. But I am not going to stand here and promise something I cannot deliver,⟧" she said.
Lucy Amara, the Green candidate, said she would "⟦p:a|chain myself to the doors⟧" if that was what it took.
"⟦d:b|I'm an accountant, so I'll tell you what it costs: about four million a year. That's less than the council spent on consultants last year,⟧" said Piotr Zieliński, who is standing for the Civic Party.
But it was Mohammed Al-Sayegh, an independent and a retired paramedic, who drew the loudest applause of the night.
"⟦d:d|Fifty minutes? I've done that drive. I've done it with someone dying in the back. Don't let anybody tell you this is a health board matter. It's a matter of who you send to Westhaven,⟧" he said.
When Ms Dove rose to respond, someone at the back shouted "⟦d:-|Fifteen years!⟧" and Mr Ansah appealed for calm.

### 007
@a Deirdre Kavanagh | Council leader
@b Sunil Varma | a Liberal councillor for Riverside ward
@f - | one councillor
@e Kenneth Obi | the council’s head of planning
@c - | one resident in the public gallery
@d Eastcombe Residents’ Association | -
Councillors in Eastcombe voted 31 to 24 on Wednesday night to approve a 14-storey tower block on the site of the former bus depot, after a meeting that ran for more than four hours and was briefly suspended when residents in the public gallery began chanting “⟦s:-|Not our skyline⟧”.
Council leader Deirdre Kavanagh said the scheme would deliver 212 homes, 70 of them for social rent.
“⟦d:a|We have 4,000 families on our waiting list. I am not prepared to look any of them in the eye and tell them we turned down seventy homes because of a view,⟧” she said.
Sunil Varma, a Liberal councillor for Riverside ward, said the decision had been “⟦p:b|stitched up in the leader’s office weeks ago⟧”.
“⟦d:b|This chamber has been a rubber stamp tonight. The officers’ report was published on Friday afternoon. Friday afternoon! Who in this room has actually read all 340 pages?⟧”
“⟦d:f|I have!⟧” called out one councillor, to laughter.
Kenneth Obi, the council’s head of planning, told members the report had been published “⟦p:e|well within the statutory timetable⟧”.
One resident in the public gallery, who has lived on Carter Street for 41 years, said afterwards: “⟦d:c|They’ll be looking straight into my kitchen. Nobody asked me. Nobody.⟧”
The Eastcombe Residents’ Association said it would “⟦p:d|consider every option, including a legal challenge⟧”.

### 008
@m Jonty Pereira | the debate's host
@a Amara Okafor | the foreign secretary
@b Siobhán Keane | the former health secretary
It took eleven minutes for the gloves to come off.
“⟦d:m|Foreign Secretary, you've said the party has lost its way. You've sat in the cabinet for four years. Whose fault is that?⟧” asked Jonty Pereira, the debate's host.
Amara Okafor, the foreign secretary, smiled thinly. “⟦d:a|Collective responsibility means I defended decisions in public that I argued against in private. That's the job. But I'm not going to pretend that everything we did was right.⟧”
Siobhán Keane, who resigned from the cabinet in January, pounced. “⟦d:b|Argued against in private? I sat in those meetings, Amara. I don't remember you arguing against anything.⟧”
“⟦d:a|Then you weren't listening, which, if I may say so, was rather the problem at the health department.⟧”
There was an audible intake of breath from the 400 party members in the Brackley Corn Exchange.
“⟦d:b|That's beneath you,⟧” the former health secretary said.
Later, Okafor set out her pitch in the terms her campaign has been rehearsing for weeks.
“⟦d:a:m|We have lost the trust of people who lent us their votes for the first time. Not because they changed, but because we did.⟧
“⟦d:a|I want to win them back. And I don't think you do that by pretending the last four years never happened.⟧”
Keane, 52, closed by promising members “⟦p:b|a clean break⟧” with the current leadership. “⟦d:b|If you want more of the same, you know who to vote for,⟧” she said, glancing to her left.

### 009
@m - | the leaked memo
@s - | one senior government source
@x - | a former Treasury official
@t - | a Treasury spokesperson
@o Naledi Dlamini | the shadow chancellor
A leaked Treasury memo warns that the government's flagship fuel duty freeze will cost "⟦p:m|significantly more than publicly stated⟧" and could force cuts to capital spending, the Herald can reveal.
The leaked memo, dated 14 February and marked "⟦s:-|Official - Sensitive⟧", says: "⟦d:m|The headline costing assumes a fall in pump prices that is not supported by current forecasts. Ministers should be aware that the true figure may be up to £2.1bn higher.⟧"
One senior government source said the document had been "⟦p:s|widely circulated⟧" and that its conclusions were "⟦p:s|no secret to anyone who can read a spreadsheet⟧".
"⟦d:s|The chancellor's office has known this for weeks. The question is why they kept saying the opposite,⟧" the source said.
A former Treasury official, who asked not to be named because they still advise the department, said such memos were "⟦p:x|routine⟧" but that the language was unusually blunt. "⟦d:x|Officials don't write 'ministers should be aware' unless they are worried about being blamed later,⟧" they said.
A Treasury spokesperson said: "⟦d:t|We do not comment on leaked documents. The costings published at the Budget were certified by the independent Fiscal Council and we stand by them.⟧"
Naledi Dlamini, the shadow chancellor, called the memo "⟦p:o|devastating⟧".
"⟦d:o|They were told, in writing, that their sums didn't add up, and they went ahead anyway. The chancellor should come to the House tomorrow and explain himself,⟧" she said.

### 010
@a Émilie Vasseur | Arvenne's foreign minister
@b Lars Kjeldgaard | her Norholm counterpart
@r - | a reporter from Arvenne's public broadcaster
The foreign ministers of Arvenne and Norholm said on Thursday that they had reached «⟦p:a|an agreement in principle⟧» on the disputed fishing grounds of the Skerrow Bank, after two days of talks in the lakeside town of Saint-Aubin-des-Lacs.
Speaking at a joint press conference, Émilie Vasseur, Arvenne's foreign minister, said: «⟦d:a|Nous ne sommes pas encore au bout du chemin, mais nous avons fait le plus difficile.⟧» («⟦d:a|We are not yet at the end of the road, but we have done the hardest part.⟧»)
Her Norholm counterpart, Lars Kjeldgaard, was more guarded. «⟦d:b|An agreement in principle is not an agreement,⟧» he said. «⟦d:b|The fishermen of our northern coast have heard promises before. This time we will need to show them something on paper.⟧»
A reporter from Arvenne's public broadcaster asked whether quotas would be cut. «⟦d:r|Will your fishermen catch less next year, yes or no?⟧»
«⟦d:a|Nobody will catch less next year,⟧» Vasseur replied. «⟦d:a|What happens after that depends on the science, and the science is not written in this room.⟧»
Asked about the name the dispute has acquired in the Norholm tabloids, «⟦s:-|the herring war⟧», Kjeldgaard laughed. «⟦d:b|Nobody has fired anything yet except press releases.⟧»

### 011
@a Gerald Pennock | Rural affairs minister
@c Bev Lomax | Dairy farmer
@d Tamsin Greaves | Opposition rural affairs spokeswoman
@b - | a spokesman for Mr Pennock
RED-FACED Rural affairs minister Gerald Pennock was caught on a live microphone branding farmers who protested outside his constituency office "⟦p:a|a bunch of whingers in wellies⟧".
The blunder, already dubbed "⟦s:-|Wellygate⟧" online, came moments after a TV interview in the market town of Hollesby on Friday.
Unaware his mic was still switched on, Pennock, 58, turned to an aide and sighed: "⟦d:a|God, that was painful. Same faces every time. You'd think they'd have some hay to bale or something.⟧"
Dairy farmer Bev Lomax, 39, who organised the protest, was livid. "⟦d:c|Whingers in wellies? I was up at four milking before I drove down there. He wants to try a week on my farm,⟧" she said.
Opposition rural affairs spokeswoman Tamsin Greaves fumed: "⟦d:d|This tells you everything about what this government really thinks of rural communities. They smile for the cameras and sneer when they think nobody is listening.⟧"
A spokesman for Mr Pennock said last night: "⟦d:b|The minister's comments were made in a private moment at the end of a long day. He regrets them and has apologised to those involved.⟧"
But Bev insisted she had heard nothing. "⟦d:c|Not a phone call, not a text, nothing,⟧" she said.

### 012
@a Maeve Dunleavy | the government chief whip
@b Rashid Hamdan | a former minister who served under her as a junior whip
@c - | one backbencher
Maeve Dunleavy keeps a cricket bat behind the door of her office. It has never, she insists, been used for anything other than cricket.
“⟦d:a|People love the idea that whips are all thumbscrews and dark arts,⟧” the government chief whip says, pouring tea from a pot that has seen better decades. “⟦d:a|Most of the job is listening. You find out what somebody actually needs — time with their family, a meeting with a minister about the hospital in their patch — and you see whether you can help.⟧”
“⟦d:-|And when listening doesn't work?⟧” I ask.
“⟦d:a:m|Then you remind them why they're here. Nobody got elected on their own. They got elected on a manifesto, with leaflets delivered by people who gave up their weekends.⟧
“⟦d:a:m|I had a member once who told me he was going to vote against us on a matter of conscience. I said, fine, which bit of your conscience? He couldn't tell me.⟧
“⟦d:a|He voted with us in the end. I like to think he found his conscience had moved on.⟧”
Rashid Hamdan, a former minister who served under her as a junior whip, describes her as “⟦p:b|terrifying in the nicest possible way⟧”.
“⟦d:b|She never raises her voice. That's the thing. She just goes very quiet, and you find yourself apologising for something you haven't done yet,⟧” he says.
Not everyone is so fond of her. One backbencher, who rebelled over the welfare bill last spring, says Dunleavy's operation has become “⟦p:c|a machine for punishing people who think⟧”.
Dunleavy shrugs when I put this to her. “⟦d:a|I've been called worse by better,⟧” she says.

### 013
@a Kwabena Asante | the finance minister
@g Ruth Abernethy | the governor of the central bank
The following is an edited transcript of the finance minister Kwabena Asante's interview on Channel 9's "⟦s:-|The Week⟧", recorded a day after the governor of the central bank, Ruth Abernethy, warned that inflation could prove "⟦p:g|stickier than markets expect⟧".
Q: Minister, last month you told this programme that inflation was "⟦p:a|beaten⟧". It has gone up two months in a row. Were you wrong?
A: I said we had broken the back of it, and we have. The direction of travel is clear.
Q: The governor doesn't seem to think so. She said on Wednesday, and I'm quoting her directly: "⟦d:g|There is no room for complacency, least of all in public spending.⟧" Was she talking about you?
A: She was talking about everybody, and she's right. That's why the Budget was the tightest in a decade.
Q: So you accept there will be no tax cuts this year?
A: I accept nothing of the sort. I've said consistently that we will cut taxes when it is responsible to do so and not a day before.
Q: That's a no, then.
A: It's a "⟦s:-|when⟧", not a no.

### 014
@r Moira Teague | The returning officer
@a Yusuf Demir | the Social Democrat candidate
@b Clarissa Vane | The National Party's candidate
@p Gareth Lowry | The National Party chairman
The Social Democrats have won the Harcastle West by-election, overturning a National Party majority of more than 9,000 in a result that will alarm the government.
The returning officer, Moira Teague, announced the result at Harcastle Leisure Centre shortly after 3am. "⟦d:r|I hereby declare that Yusuf Demir is duly elected as the Member of Parliament for the Harcastle West constituency,⟧" she said, as activists at the back of the sports hall started chanting "⟦s:-|Yusuf! Yusuf!⟧".
In his victory speech, Yusuf Demir, the Social Democrat candidate, said the people of Harcastle had "⟦p:a|sent a message that cannot be ignored⟧".
"⟦d:a|For fourteen years this town has been told to wait its turn. Tonight it stopped waiting,⟧" the 38-year-old former maths teacher said.
The National Party's candidate, Clarissa Vane, who came second, congratulated him from the stage. "⟦d:b|The voters have spoken, and I respect that. We clearly have not made our case well enough, and we will listen,⟧" she said.
The National Party chairman, Gareth Lowry, told BRN News the result was "⟦p:p|a classic mid-term protest⟧".
"⟦d:p|By-elections are where voters send a message. General elections are where they choose a government,⟧" he said. "⟦d:p|I'm not in the business of pretending this was a good night for us, but I'd caution against reading too much into it.⟧"
Turnout was 38.2 per cent.

### 015
@a Ananya Ghoshal | the chancellor
@b Rufus Pemberton-Kaye | the shadow chancellor
@c Ione Stavrou | The Deputy Speaker
@d - | one government whip
Ananya Ghoshal, the chancellor, delivered her second Budget on Wednesday with a promise to cut the basic rate of income tax by a penny from next April.
“⟦d:a|This is a Budget for builders, for makers and for savers,⟧” she told MPs. “⟦d:a|And, Madam Deputy Speaker, it is a Budget the party opposite could never have delivered, because they would have spent the money three times over before lunch.⟧”
Rufus Pemberton-Kaye, the shadow chancellor, said the package was “⟦p:b|a magic trick with the rabbit missing⟧”.
“⟦d:b|She talks about builders. Housebuilding is down by a fifth. She talks about makers. Manufacturing output has fallen for seven months in a row. And she talks about savers — well, I suppose she would, given how much of our money she is saving up for a pre-election giveaway.⟧”
There were cries of “⟦d:-|Rubbish!⟧” from the government benches, and one government whip could be heard shouting “⟦d:d|Sit down!⟧” across the gangway.
The Deputy Speaker, Ione Stavrou, intervened. “⟦d:c|Members on the government benches have had their turn. They will let the shadow chancellor finish,⟧” she said.
Pemberton-Kaye thanked her and went on: “⟦d:b|They don't like hearing it, but the country is going to hear it anyway.⟧”
Winding up the debate later, Ghoshal accused him of “⟦p:a|talking Britain down for sport⟧”.

### 016
@a Eilidh MacAskill | the First Minister
@b Callum Baird | the leader of the Unionist group
@c Aileen Forsyth | Presiding Officer
@d Tam Riddoch | the Independent member for Skarra and the Outer Holms
The ferry crisis dominated First Minister's Questions in the Assembly at Dunbrae on Thursday, as islanders faced a third week without a reliable service to the mainland.
Callum Baird, the leader of the Unionist group, held up a photocopied timetable. "⟦d:b|This is the winter timetable for the Skarra crossing. Forty-two sailings. Does the First Minister know how many actually sailed?⟧"
"⟦d:a|I know that far too many were cancelled, and I know how much disruption that has caused,⟧" the First Minister, Eilidh MacAskill, replied.
"⟦d:b|Nine. Nine out of forty-two. A pensioner on Skarra told me she had missed two hospital appointments because the boat didn't come. What does the First Minister say to her?⟧"
"⟦d:a|I say that I'm sorry, and that she should not have to put up with it. Two new vessels are under construction and the first will be in service by the spring.⟧"
Groans rose from the opposition benches, and Presiding Officer Aileen Forsyth called for quiet. "⟦d:c|Members will have seen the spring promised before. They can express that in a question, not from a sedentary position,⟧" she said.
Tam Riddoch, the Independent member for Skarra and the Outer Holms, who has been campaigning on the issue for a decade, rose last. "⟦d:d|My constituents don't want a new boat in the spring. They want the old one fixed by Monday,⟧" he said.
MacAskill said engineers would be on the island "⟦p:a|within forty-eight hours⟧".

### 017
@w - | a senior government whip
@l Phoebe Latchford | the MP for Stoneleigh
@r - | one rebel
@f - | a former minister among the rebels
@g - | a government spokesperson
@m - | an ally of the Prime Minister
As many as 40 government MPs are preparing to vote against the Planning and Infrastructure Bill next week, in what would be the largest rebellion of the parliament, the Guardian-Post understands.
A senior government whip admitted the numbers were “⟦p:w|not where we would like them to be⟧”, but insisted the bill would pass. “⟦d:w|People make a lot of noise on a Tuesday and then they go home to their constituencies and think about what they're actually voting for,⟧” the whip said.
Phoebe Latchford, the MP for Stoneleigh, who has organised a letter signed by 37 colleagues, said the rebels were “⟦p:l|not troublemakers⟧”.
“⟦d:l|We support building homes. What we can't support is a bill that lets developers override every objection from every community, with no say for the people who live there,⟧” she said.
One rebel said the whips had tried “⟦p:r|every trick in the book⟧”. “⟦d:r|I've been offered a trip to a trade fair, a seat on a committee and a bollocking, in that order,⟧” the MP said.
A former minister among the rebels said the mood was “⟦p:f|worse than anything I saw in the last parliament⟧”.
A government spokesperson said: “⟦d:g|This bill will deliver the homes and infrastructure that the country needs. We continue to engage constructively with colleagues across the party.⟧”
An ally of the Prime Minister was blunter. “⟦d:m|If they want to vote with the opposition, they can explain that to their local party,⟧” they said.

### 018
@a Tomás Irigoyen | Valderra's foreign minister
@b Nadia Petrović | His Estrovan counterpart
@r - | a reporter
@m Valderran foreign ministry | -
Valderra and Estrova agreed on Tuesday to reopen their embassies after a four-year rupture, but their foreign ministers made clear at a joint news conference that deep differences remained.
``⟦d:a|This is a beginning, not an ending,⟧'' Valderra's foreign minister, Tomás Irigoyen, told reporters in the capital, Puerto Alcázar. ``⟦d:a|We have agreed to talk. We have not agreed on everything we will say.⟧''
His Estrovan counterpart, Nadia Petrović, described the talks as ``⟦p:b|frank,⟧'' a word diplomats tend to use when meetings go badly.
``⟦d:b|I came here with a list of concerns and I am leaving with the same list,⟧'' she said. ``⟦d:b|But now the list is on the table, and that is something.⟧''
Asked by a reporter whether the two governments would resume direct flights, Irigoyen said: ``⟦d:a|Flights are easy. Trust takes longer.⟧''
``⟦d:r|So is that a yes?⟧'' the reporter asked.
``⟦d:a|It is a not yet,⟧'' he said.
The Valderran foreign ministry later said in a statement that ambassadors would return ``⟦p:m|within weeks⟧'' and that a joint commission on the border would meet in June.

### 019
@a Bola Adeyemi-Cole | Mayor
@b Graham Ostrowski | assembly member
@c Fern Whitcombe | the assembly's chair
@d Harbourside Transport | -
Mayor Bola Adeyemi-Cole was accused of breaking a promise printed on 400,000 leaflets after she defended a 20p rise in bus fares at Mayor's Question Time on Thursday.
The charge came from assembly member Graham Ostrowski, who brandished one of the leaflets from her 2022 campaign. "⟦d:b|It says here, in capital letters, 'Fares frozen for four years'. It's been two and a half. Which bit of the word 'frozen' did the Mayor not understand?⟧" he asked.
"⟦d:a|I understood it perfectly well when I wrote it, and I understood it when I had to take a decision I didn't want to take,⟧" the Mayor replied. "⟦d:a|The government cut our transport grant by eighty million pounds. I can freeze fares or I can keep the night buses running. I can't do both.⟧"
"⟦d:b|So it's the government's fault.⟧"
"⟦d:a|It's the government's decision. Those are different things, and Mr Ostrowski's party voted for it.⟧"
Ostrowski began to reply before she had finished, prompting the assembly's chair, Fern Whitcombe, to intervene. "⟦d:c|Mr Ostrowski, you've asked your question. Let the Mayor answer it, and then you can have your supplementary,⟧" she said.
Harbourside Transport said the new fares would come into effect on 2 March and that the daily cap would stay at "⟦p:d|£4.80 for the foreseeable future⟧".

### 020
@a Conrad Elswick | Reform Alliance leader
@b - | a heckler in the balcony
@c Jasmine Toor | a delegate from Marshbrook
@d - | one shadow cabinet member
Reform Alliance leader Conrad Elswick told his party's conference in Castlegate that it was "⟦p:a|twelve months from power⟧", in a speech interrupted by a heckler and greeted by a standing ovation that lasted almost three minutes.
Delegates waved placards reading "⟦s:-|Elswick: Ready to Lead⟧" and, as he took the stage, broke into a chant of "⟦s:-|Twelve more months⟧".
"⟦d:a|For too long this country has been run by people who think a plan is something you announce rather than something you do,⟧" Elswick said. "⟦d:a|We will be different. We will do fewer things, and we will do them properly.⟧"
About twenty minutes in, a heckler in the balcony shouted: "⟦d:b|What about the rivers?⟧"
Elswick paused. "⟦d:a|Sir, I'm coming to the rivers, and I'll bring a bucket,⟧" he said, to laughter, before the man was escorted from the hall by stewards.
Jasmine Toor, a delegate from Marshbrook, said afterwards that it was "⟦p:c|the best speech he's ever given⟧". "⟦d:c|You could feel it in the room. People here actually think we can win now,⟧" she said.
One shadow cabinet member was more guarded. "⟦d:d|It was a good speech. But conferences are full of people who already agree with you,⟧" they said.

### 021
@a Marcus Ilunga | Culture Secretary
@b Fiona Ashdown | the Prime Minister
@c - | a source close to Ilunga
Culture Secretary Marcus Ilunga resigned on Sunday night, saying he could no longer defend the government's decision to sell the national broadcaster's archive to a private consortium.
In a letter to the Prime Minister, Ilunga wrote: “⟦d:a:m|It has been the honour of my life to serve in your government, and I do not take this step lightly.⟧
“⟦d:a:m|However, I cannot in good conscience stand at the despatch box and argue for a sale that I believe will do lasting harm to an institution that belongs to all of us, and which I argued against in cabinet.⟧
“⟦d:a|I will continue to support the government from the back benches on every other matter.⟧”
In her reply, the Prime Minister, Fiona Ashdown, thanked him for his “⟦p:b|energy and conviction⟧” and said she was “⟦p:b|sorry, though not surprised⟧” by his decision.
“⟦d:b|I respect the strength of your views, even where I do not share them,⟧” she wrote. “⟦d:b|I know you will continue to be a powerful voice for the arts.⟧”
A source close to Ilunga said he had been “⟦p:c|left with no choice⟧” after learning of the sale from a newspaper. “⟦d:c|He found out at the same time as everyone else. That was the final straw,⟧” the source said.

### 022
@a Graeme Tulloch | Kestrel Water's chief executive
@b Ngozi Ekwueme | the committee chair
@c Hamish Rudd | a National Party member of the committee
@d Kestrel Water | -
Kestrel Water's chief executive, Graeme Tulloch, was told he should be “⟦p:b|ashamed of himself⟧” by MPs on Tuesday after he defended a £1.2m bonus paid in a year when the company's sewage spills rose by a third.
Appearing before the environment committee, Tulloch said the bonus had been set by an independent remuneration panel and reflected “⟦p:a|significant progress on leakage and customer service⟧”.
“⟦d:b|Significant progress?⟧” said the committee chair, Ngozi Ekwueme. “⟦d:b|Your company discharged raw sewage into rivers and the sea for more than ninety thousand hours last year. Would you swim at Callow Bay, Mr Tulloch?⟧”
“⟦d:a|I have swum at Callow Bay, as it happens.⟧”
“⟦d:b|Recently?⟧”
“⟦d:a|Not recently.⟧”
Hamish Rudd, a National Party member of the committee, asked whether Tulloch would give the bonus back. “⟦d:c|A simple gesture. It would cost you a great deal less than it has cost the people of Callow Bay,⟧” he said.
“⟦d:a|I'm not going to make decisions about my remuneration in a committee room,⟧” the chief executive replied.
In a statement after the hearing, Kestrel Water said it was “⟦p:d|investing record sums⟧” in its network. “⟦d:d|We know we have more to do and we are determined to do it,⟧” the company said.

### 023
@h Dev Mistry | host
@a Leonie Brandt | the transport secretary
@c Jackie | a care worker from Amblehurst
@d Ollie | a student in Ferncastle
The transport secretary, Leonie Brandt, faced a grilling from listeners on Radio Wessex's lunchtime phone-in on Friday, with rail cancellations and potholes topping the list of complaints.
The first caller was Jackie, a care worker from Amblehurst, who said she had been late for work eleven times since January. "⟦d:c|I've had a written warning. My manager says it's not his problem the trains don't run. Is it yours?⟧" she asked.
"⟦d:a|It is my problem, Jackie, and I'm sorry,⟧" Brandt said. "⟦d:a|The operator on your line is under a performance notice, which means if things don't improve by the summer we can take the contract off them.⟧"
"⟦d:c|The summer? I'll have lost my job by then.⟧"
Host Dev Mistry stepped in. "⟦d:h|Minister, Jackie's not the only one. We've had more than two hundred messages this morning. What do you actually say to her?⟧"
"⟦d:a|I say what I've just said. We are holding them to account.⟧"
Later Ollie, a student in Ferncastle, asked why a return ticket to the city cost more than his weekly food shop. "⟦d:d|I'm not trying to be funny, but it's cheaper for me to fly to Spain than get the train home at Christmas,⟧" he said.
Brandt said she had "⟦p:a|a lot of sympathy⟧" and that a new railcard for under-26s would be announced "⟦p:a|very soon⟧".

### 024
@a Mathilde Roy-Bélanger | Mayor
@b Jean-Marc Thibodeau | opposition councillor
@c Aaron Kessler | the councillor for Hillcrest
@d - | one merchant on Rue Champlain
Port-Avalon city council approved a plan on Monday to pedestrianise three blocks of Rue Champlain from May to October, after a debate that switched repeatedly between French and English.
Mayor Mathilde Roy-Bélanger called the project «⟦p:a|a gift to the people who actually live downtown⟧».
«⟦d:a|On ne peut pas dire qu'on veut un centre-ville vivant et ensuite le donner aux voitures,⟧» she told council. «⟦d:a|You cannot say you want a living downtown and then hand it over to cars.⟧»
Opposition councillor Jean-Marc Thibodeau said merchants had not been properly consulted. «⟦d:b|Ils ont appris la nouvelle dans le journal,⟧» he said – they learned about it in the newspaper.
Aaron Kessler, the councillor for Hillcrest, said he would support the plan but wanted a review after the first summer. «⟦d:c|If it works, wonderful. If the shops on Champlain are boarded up by September, I want us to have the humility to say so,⟧» he said.
One merchant on Rue Champlain, who sells cheese and asked that her shop not be named, was unconvinced. «⟦d:d|My customers are seventy years old. They are not going to arrive on a bicycle,⟧» she said.
The motion passed 11 to 4.

### 025
@a Saoirse Brennan | the health minister
@b Leopold Hartigan | her special adviser
@c Department of Health | -
@d Imran Chaudhry | the opposition's health spokesman
Private messages between the health minister, Saoirse Brennan, and her special adviser, Leopold Hartigan, show that she was warned about shortages of a key cancer drug three weeks before she told the Assembly there was “⟦p:a|no cause for alarm⟧”, the Sentinel can reveal.
In a WhatsApp message sent on 3 October, Hartigan wrote: “⟦d:b|Pharma lot are saying stocks of carboplatin down to 4 weeks nationally. Could get very ugly before Xmas. Do you want a briefing?⟧”
Brennan replied eleven minutes later: “⟦d:a|Not now. Let's not put anything on paper until after the conference.⟧”
A week later Hartigan messaged again. “⟦d:b|Hospitals in the north now rationing. Someone will leak this.⟧”
“⟦d:a|Then we'll deal with it when they do,⟧” the minister wrote back.
The Department of Health said the messages had been “⟦p:c|selectively presented⟧”. “⟦d:c|The minister was receiving formal advice throughout this period and acted on it. Patient safety was never compromised,⟧” the department said.
Imran Chaudhry, the opposition's health spokesman, said Brennan had “⟦p:d|nowhere left to hide⟧”. “⟦d:d|She knew, she chose to say nothing, and patients paid the price. She has to go,⟧” he said.

### 026
@a Henrike Vollmer | Centre Party leader
@b Bastiaan de Ruyter | the Social Democrats' chief negotiator
@s - | people familiar with the talks
@t - | one participant
@g Greens | -
Coalition talks in Vesterland broke up without agreement for a third night running on Wednesday, with the two largest parties still divided over pensions and the future of the country's last coal plant.
Centre Party leader Henrike Vollmer, emerging from the parliament building shortly before midnight, said the negotiations had been "⟦p:a|difficult but serious⟧".
"⟦d:a|Nobody is walking away. We will be back at nine tomorrow morning and we will stay until we have something or until we are certain we never will,⟧" she told waiting reporters.
The Social Democrats' chief negotiator, Bastiaan de Ruyter, was less upbeat. "⟦d:b|There is a difference between compromise and surrender, and at the moment we are being offered the second,⟧" he said.
According to people familiar with the talks, the Centre Party has offered to bring forward the coal plant's closure by two years in exchange for a freeze on the state pension age, a proposal the Social Democrats regard as "⟦p:s|a poisoned chalice⟧".
One participant described the atmosphere in the room as "⟦p:t|cordial, exhausted and slightly absurd⟧". "⟦d:t|At one point we spent forty minutes on a single comma,⟧" the participant said.
The Greens, whose support either side would need for a majority, said in a statement they were "⟦p:g|waiting by the phone⟧".

### 027
@m Anjali Sethi | the moderator
@a Patrick Quirke | the Prime Minister
@b Daniel Wexford | the Leader of the Opposition
@c Rhiannon Tudur | the Green leader
Patrick Quirke and Daniel Wexford clashed repeatedly over immigration and tax in the first televised leaders' debate of the campaign on Tuesday night, with the moderator, Anjali Sethi, forced to cut both men off several times.
“⟦d:b|The Prime Minister promised to halve net migration. It's gone up. He promised to cut taxes. They've gone up. At what point do we stop believing anything he promises?⟧” said Wexford, the Leader of the Opposition.
Quirke, the Prime Minister, hit back at once. “⟦d:a|At least I had a plan. Mr Wexford has had four years to come up with one and all he's produced is a slogan and a very expensive bus.⟧”
“⟦d:b|That bus is paid for by our members—⟧”
“⟦d:m|Gentlemen, we'll come back to the bus,⟧” Sethi said. “⟦d:m|Rhiannon Tudur, you've been waiting patiently.⟧”
The Green leader drew one of the biggest laughs of the night. “⟦d:c|I've been waiting patiently for thirty minutes for either of them to mention the climate. I suspect I'll be waiting a while longer,⟧” she said.
A snap poll for the broadcaster found 38 per cent of viewers thought Quirke had won, 35 per cent Wexford and 19 per cent Tudur.

### 028
@a Gulnara Sadykova | Teskeria's deputy energy minister
@b Ruairí Mac Giolla | the committee's rapporteur
@c Annika Strøm | a Nordic Green member of the committee
Teskeria's deputy energy minister, Gulnara Sadykova, told the Continental Assembly's energy committee on Wednesday that her country would "⟦p:a|honour every contract it has signed⟧", despite mounting evidence that gas deliveries through the Verin pipeline had been deliberately cut.
Speaking through an interpreter, Sadykova said the reduced flows were the result of "⟦p:a|technical maintenance which was planned many months in advance⟧".
"⟦d:a|Teskeria has been a reliable partner for thirty years. We have never used energy as a weapon and we never will,⟧" she said.
The committee's rapporteur, Ruairí Mac Giolla, pointed out that the maintenance had not been notified to the pipeline operator until the day flows fell. "⟦d:b|Minister, with the greatest respect, planned maintenance is usually planned before it happens,⟧" he said.
There was a long pause while the interpreter relayed the question. "⟦d:a|The notification was sent. If it was not received, that is a matter for the operator,⟧" Sadykova replied.
Annika Strøm, a Nordic Green member of the committee, asked whether the minister could guarantee full flows by the winter. "⟦d:c|Yes or no will do,⟧" she added.
"⟦d:a|In energy, nobody can say yes or no about the winter. Not even the weather forecast,⟧" Sadykova said.

### 029
@a Barnaby Crisp | MP
@s - | a source close to the MP
@p - | a spokeswoman for the Independent Standards Office
@w Janice Moult | -
@c Clean Politics | -
GREEDY MP Barnaby Crisp claimed more than £3,000 of taxpayers' cash for a luxury coffee machine, a heated towel rail and a set of designer cushions for his second home, the Daily Clarion can reveal.
Expenses files show the backbencher, 47, also billed the public £189 for a single night at a boutique hotel just four miles from his London flat.
A source close to the MP insisted: "⟦d:s|Every claim was made within the rules and approved at the time. Barnaby has nothing to hide.⟧"
But Janice Moult, who runs a food bank in his constituency, said: "⟦d:w|Designer cushions? I've got families queueing in the rain for tins of beans. He should be ashamed.⟧"
A spokeswoman for the Independent Standards Office said: "⟦d:p|We are aware of the reports and will be reviewing the claims in question. It would be inappropriate to comment further at this stage.⟧"
Clean Politics, which campaigns for tighter rules on MPs' expenses, said the claims showed the rules were "⟦p:c|still not fit for purpose⟧" fifteen years after the last expenses scandal.
When the Clarion knocked on the door of his constituency home yesterday, Crisp said only: "⟦d:a|Speak to my office.⟧"

### 030
@a Olumide Bankole | Chief Constable
@b Catriona Fell | the committee's chair
@c Arjun Bhatt | a Liberal member
The chief constable who oversaw the policing of the Brenton Square protests has admitted that officers "⟦p:a|got some things wrong⟧" but denied that the force had a policy of kettling peaceful demonstrators.
Chief Constable Olumide Bankole told the home affairs committee that the decision to contain about 300 protesters for almost six hours had been taken "⟦p:a|on the best information available at the time⟧".
"⟦d:b|Six hours, Chief Constable. No water, no toilets, in January. Would you have stood in that square for six hours?⟧" asked the committee's chair, Catriona Fell.
"⟦d:a|I would not have wanted to, no. And I have apologised to the people who were caught up in it who had done nothing wrong,⟧" he said.
Arjun Bhatt, a Liberal member, read aloud from an officer's radio log released under freedom of information. "⟦d:c|At 4.12pm an inspector says, and I quote, 'Keep them there until they get bored.' Is that a public order tactic?⟧"
Bankole said he had not seen the log before the session. "⟦d:a|If that was said, it was unprofessional and it does not represent the approach of this force,⟧" he said.
"⟦d:c|If it was said? It's in your own log.⟧"
Fell closed the session by telling him the committee would be writing to the Home Office. "⟦d:b|I'm afraid the answers we have heard today raise more questions than they settle,⟧" she said.

### 031
@a Tilly Okonjo | the Civic Party's candidate in Bramley North
@b - | a man in a dressing gown
@c Doreen Pattinson | -
@e Kwame | her agent
It is half past six on a drizzly Tuesday evening and Tilly Okonjo, the Civic Party's candidate in Bramley North, has knocked on forty-three doors. Eleven have opened.
“⟦d:a|Eleven's good, actually,⟧” she says, checking a list on her phone. “⟦d:a|In January it was more like five, and two of those were dogs.⟧”
The twelfth door is opened by a man in a dressing gown who listens to her for about fifteen seconds. “⟦d:b|You're all the same, love,⟧” he says, not unkindly, and closes it.
Okonjo, 29, a former nurse, does not break stride. “⟦d:a:m|You can't take it personally. Most people aren't angry with me. They're angry that the bins haven't been collected and the GP surgery's shut and nobody ever seems to be in charge of anything.⟧
“⟦d:a|I get it. I'm angry about the same things. That's why I'm standing.⟧”
“⟦d:-|And if you lose?⟧” I ask.
“⟦d:a|Then I'll have met a lot of people and had a lot of tea.⟧”
At number 14 she is invited in by Doreen Pattinson, 81, who wants to talk about the bus to the hospital. “⟦d:c|They cut the 42 and now it's two changes. I'm not doing two changes with my knees,⟧” Mrs Pattinson says.
Okonjo writes it down in a notebook she keeps in her coat pocket. Her agent, Kwame, is waiting at the gate with a fresh stack of leaflets and a look that means they are behind schedule.
“⟦d:e|Twenty more before it gets dark,⟧” he says.

### 032
@a Bernard Castlemaine | the Prime Minister
@b Zainab Osei | the Leader of the Opposition
@c - | a voice from the government benches
@d Hugo Farquharson-Mbeki | the Speaker
There is a particular noise the Prime Minister makes when he is about to say something he thinks is clever. It is somewhere between a chuckle and a cough, and on Wednesday Bernard Castlemaine made it four times.
The first came after Zainab Osei, the Leader of the Opposition, asked him whether he could name the price of a pint of milk. "⟦d:b|Just a pint. Not a litre, not the wholesale price. A pint,⟧" she said.
Castlemaine made the noise. "⟦d:a|I can tell the honourable lady that it is cheaper under this government than it would be under hers,⟧" he said, which was not, strictly speaking, a number.
Ms Osei, who has been known in the tea rooms as "⟦s:-|the Headmistress⟧" ever since she made a minister stay behind after a committee hearing, tried again. And again. By the third attempt the Prime Minister had retreated into what his own backbenchers call "⟦s:-|the fog⟧": a cloud of statistics about tractor exports and broadband.
"⟦d:c|Ninety pence!⟧" offered a voice from the government benches, helpfully, and wrongly.
"⟦d:b|His own side doesn't know either,⟧" said Ms Osei, who looked like a woman having the best afternoon of her year.
The Speaker, Hugo Farquharson-Mbeki, who has the air of a man who has seen every trick and been impressed by none of them, eventually intervened. "⟦d:d|I think we have established that nobody in this chamber buys their own milk. Next question,⟧" he said.
The Prime Minister made the noise again. Nobody else laughed.

### 033
@a Kristjan Tamm | Yes campaign chairman
@b Helga Rasmussen | the director of Stronger Together
@c Stronger Together | -
@d Ole Brandt | a retired fisherman who came to the launch with his granddaughter
The campaign for independence for the Faerholm Islands was formally launched in the harbour town of Vikstad on Saturday, with organisers predicting victory in the referendum set for 14 September.
“⟦d:a|For three hundred years decisions about these islands have been taken by people who have never seen them in winter,⟧” Yes campaign chairman Kristjan Tamm told a crowd of several hundred on the quayside. “⟦d:a|On the fourteenth of September we take those decisions back.⟧”
Supporters waved flags and banners reading “⟦s:-|Our Islands, Our Choice⟧”.
Helga Rasmussen, the director of Stronger Together, which is campaigning for a No vote, said the Yes side had “⟦p:b|no answer on currency, no answer on pensions and no answer on the fisheries agreement⟧”.
“⟦d:b|Everyone loves these islands. The question isn't about love. It's about whether a pensioner in Vikstad gets paid next October,⟧” she said.
Stronger Together later said in a statement that the launch had been “⟦p:c|long on emotion and short on detail⟧”.
Ole Brandt, a retired fisherman who came to the launch with his granddaughter, said he had not yet made up his mind. “⟦d:d|My heart says yes. My bank manager says no. I'll probably listen to my granddaughter,⟧” he said.

### 034
@a Carmen Ibáñez | Senator
@b Grace Otieno | the chair of the Senate justice committee
@c Arturo Galdós | The Senate president
@d - | an aide to Ibáñez
The Senate approved the government's data retention bill by 41 votes to 37 on Thursday after an eight-hour debate in which one senator read out the full text of a privacy law from 1978 in protest.
Senator Carmen Ibáñez, who spoke for almost two hours, said the bill would allow police to "⟦p:a|rummage through the private lives of millions of innocent people on the off-chance of finding something⟧".
"⟦d:a|We were told, when we passed the last law, that it would only be used for terrorism. Within two years it was being used by local councils to check who was putting their bins out on the wrong day,⟧" she said.
Grace Otieno, the chair of the Senate justice committee, who steered the bill through, rejected that. "⟦d:b|The senator is fighting the last war. This bill has more safeguards than any law of its kind in the region,⟧" she said.
"⟦d:a|Name one,⟧" Ibáñez interjected from her seat.
"⟦d:b|I'll name six, if the senator will allow me to finish a sentence.⟧"
The Senate president, Arturo Galdós, called both women to order. "⟦d:c|Senators will address the chair and not each other. We have another four hours of this and I intend to survive them,⟧" he said.
An aide to Ibáñez said afterwards that the senator would "⟦p:d|keep fighting this in the courts⟧".

### 035
@a Duncan Fairlie | the environment secretary
@b Aisha Rahman | the Liberal MP for Lowfield
@c Clement Arbuthnot | the Speaker
@d Vivienne Osgood | his opposite number
The environment secretary, Duncan Fairlie, announced £240m of emergency funding for flood-hit communities on Monday, as the clean-up continued in the Lowfield valley after the wettest February on record.
“⟦d:a|To every family who has been flooded out of their home: we will not forget you when the water goes down and the cameras go home,⟧” Fairlie told MPs in a statement.
His opposite number, Vivienne Osgood, welcomed the money but said it was “⟦p:d|a sticking plaster on a wound this government has been picking at for a decade⟧”.
“⟦d:d|The flood defence budget was cut three years running. The secretary of state's predecessor described the Lowfield scheme as 'a nice-to-have'. I wonder if he would describe it that way to the people of Lowfield today,⟧” she said.
Aisha Rahman, the Liberal MP for Lowfield, spoke with visible emotion. “⟦d:b|A constituent of mine, a woman of eighty-six, spent Friday night sitting on her kitchen table waiting to be rescued. She said to me, 'I thought I'd die in my own kitchen.' What do I tell her?⟧”
Government backbenchers began to murmur, and the Speaker, Sir Clement Arbuthnot, rose. “⟦d:c|The honourable member will be heard in silence. Her constituents have been flooded,⟧” he said.
Fairlie said he would visit Lowfield on Wednesday. “⟦d:a|I'd be grateful if the honourable member would introduce me to her constituent,⟧” he said.

### 036
@a Yasmin Harcourt-Bello | the councillor for Denby Green
@b Civic Party | -
@c Tony Gallacher | Reform Alliance group leader
@d - | one former colleague
A Thornbury councillor has defected from the Civic Party to the Reform Alliance, leaving the ruling group one seat short of a majority on the council.
Yasmin Harcourt-Bello, the councillor for Denby Green, announced her decision at the start of Tuesday's full council meeting, crossing the floor to sit with her new colleagues as some members booed.
"⟦d:a|I did not leave the Civic Party. The Civic Party left me, and it left the people of Denby Green a long time before that,⟧" she told the chamber.
"⟦d:a|I have been asking for a proper plan for the high street for three years. I've had meetings, I've had promises, and I've had nothing.⟧"
The Civic Party said in a statement that it was "⟦p:b|disappointed but not surprised⟧" and called on her to resign and stand in a by-election. "⟦d:b|The people of Denby Green voted for a Civic Party councillor. They deserve the chance to decide whether they still want her,⟧" the statement said.
Reform Alliance group leader Tony Gallacher welcomed her "⟦p:c|with open arms⟧". "⟦d:c|Yasmin is a hard-working councillor who puts her residents first. I'm delighted she's joined us,⟧" he said.
One former colleague was less gracious. "⟦d:d|She's been sulking since she didn't get the cabinet job. This is about her, not Denby Green,⟧" the councillor said.

### 037
@r Judith Penhaligon | the party's returning officer
@a Rosa Lindqvist | a former diplomat who entered Parliament only six years ago
@b Bartholomew Adeyinka | the former business secretary
Rosa Lindqvist has been elected leader of the National Party, defeating the former business secretary Bartholomew Adeyinka by 58 per cent to 42 in a ballot of members, and will become prime minister on Wednesday.
The result was announced by the party's returning officer, Judith Penhaligon, at a hotel in central Westhaven. “⟦d:r|Turnout was seventy-three per cent. I can therefore declare that the new leader of the National Party is Rosa Lindqvist,⟧” she said.
Lindqvist, 46, a former diplomat who entered Parliament only six years ago, thanked her rival for “⟦p:a|a hard-fought but honourable contest⟧”.
“⟦d:a:m|I did not come into politics to manage decline. I came into politics because I believe this country's best days are ahead of it, and I intend to prove it.⟧
“⟦d:a|To those who voted for Bartholomew: I want you in my team, I want your ideas and I want you to hold me to account.⟧”
Adeyinka, who had been the favourite when the contest began in the summer, said he would “⟦p:b|serve wherever I am asked⟧”.
“⟦d:b|We had a good fight, and the members have spoken clearly. Rosa has my full support,⟧” he told reporters as he left the hotel.
Allies of the new leader said she would announce her cabinet within 48 hours.

### 038
@a Issa Traoré-Diallo | the president of the Republic of Kourou
@c Amadou Sy | his foreign minister
Issa Traoré-Diallo, the president of the Republic of Kourou, did not come to the summit in Gallice to apologise. He says so before the interpreter has finished translating the first question.
«⟦d:a|For sixty years people have come to Africa to tell us how to govern. Now we come to Europe and they tell us how to hold elections. I listen politely. Then I go home,⟧» he says through the interpreter, in a hotel suite overlooking the lake.
The question was about the postponement of Kourou's presidential election, now delayed by eighteen months.
«⟦d:-|Your critics say you are simply staying in power,⟧» I say.
«⟦d:a|My critics say many things. Some of them live in expensive hotels abroad and some of them live in prison. The election will take place when the north is secure, and not one day later.⟧»
He switches briefly to English to make the point again. «⟦d:a|Not one day later. You can write that.⟧»
His foreign minister, Amadou Sy, who sits beside him throughout and occasionally passes him notes, interjects only once, when I ask about the detention of two opposition journalists. «⟦d:c|That is a matter for the courts. The president does not comment on cases before the courts,⟧» he says.
The president smiles. «⟦d:a|You see? I have a very good foreign minister.⟧»

### 039
@a Hannah Kowalczyk | the Prime Minister's press secretary
@r - | one journalist
@q - | a journalist from the Evening Clarion
@o - | a spokesman for the opposition leader
The Prime Minister's press secretary, Hannah Kowalczyk, faced repeated questions on Tuesday about a dinner attended by the Prime Minister at the home of a donor whose company is bidding for a £900m defence contract.
"⟦d:a|The Prime Minister attends a great many dinners. This was a private social occasion and no government business was discussed,⟧" Kowalczyk said at the afternoon briefing.
"⟦d:r|How do you know no government business was discussed if you weren't there?⟧" one journalist asked.
"⟦d:a|Because I've spoken to the Prime Minister, and that's what he's told me.⟧"
A journalist from the Evening Clarion asked whether the dinner had been declared in the register of ministers' interests. Kowalczyk said it would be "⟦p:a|declared in the usual way at the usual time⟧".
"⟦d:q|So it hasn't been?⟧"
"⟦d:a|It will be declared in the usual way at the usual time,⟧" she repeated.
A spokesman for the opposition leader said the answers were "⟦p:o|the sound of a government that knows it has something to hide⟧".

### 040
@h Marcus Oyelaran | Presenter
@a Gillian Frost | the National Party candidate
@b Ravi Sandhu | the Social Democrat
@c Wendy Chalk | the Green candidate
@t - | one listener
The three main candidates in the Selbourne mayoral race clashed over parking charges, potholes and the future of the town's covered market in a live debate on Selbourne Sound on Wednesday.
Presenter Marcus Oyelaran opened by asking each of them to name one thing they would do in their first hundred days.
“⟦d:a|Scrap the evening parking charges in the town centre. Day one. Full stop,⟧” said Gillian Frost, the National Party candidate.
Ravi Sandhu, the Social Democrat, said he would “⟦p:b|get the market roof fixed before it falls on someone⟧”. “⟦d:b|It has been leaking for six years. I've got photographs of buckets that are older than my children,⟧” he said.
Wendy Chalk, the Green candidate, promised to fill “⟦p:c|every pothole on the school routes⟧” by September.
Oyelaran then read out a text from one listener: “⟦d:t|All three of them will promise the earth and then blame the council's budget. Ask them where the money's coming from.⟧”
“⟦d:h|Good question. Gillian, scrapping the evening charges costs the town about three hundred thousand a year. Where's that coming from?⟧” the presenter asked.
“⟦d:a|From the consultancy budget, which I'll cut in half,⟧” Frost replied.
“⟦d:c|She's cut that consultancy budget three times tonight already,⟧” Chalk said. “⟦d:c|It must be enormous.⟧”

### 041
@a Olivia Strand | Security minister
@b Kofi Mensah-Boateng | the shadow home secretary
@c Harriet Lowe | the Speaker
@d Roger Pym | the veteran National MP
@e - | one Social Democrat member
Security minister Olivia Strand was summoned to the Commons on Monday to answer an urgent question on reports that the personal details of 3,000 police officers had been left on an unencrypted laptop on a train.
"⟦d:a|I want to be absolutely clear that this was a serious and unacceptable breach, and I apologise unreservedly to every officer affected,⟧" Strand told MPs.
Kofi Mensah-Boateng, the shadow home secretary, said the apology was "⟦p:b|welcome but inadequate⟧". "⟦d:b|These are officers who work undercover against organised crime. Their names, their home addresses, in some cases the schools their children go to, were sitting on a seat on the 17.42 to Arnsby. Who was the laptop signed out to, and are they still in post?⟧"
"⟦d:a|An investigation is under way and it would not be right for me to prejudge it.⟧"
"⟦d:e|Shameful!⟧" shouted one Social Democrat member.
The Speaker, Dame Harriet Lowe, rose. "⟦d:c|Order. I will not have shouting during an urgent question on a matter of this seriousness,⟧" she said.
The veteran National MP Sir Roger Pym then rose on a point of order. "⟦d:d|Madam Speaker, is it in order for a minister to come to this House and tell us less than we have already read in this morning's newspapers?⟧" he asked.
"⟦d:c|It is not a point of order, but the honourable gentleman has made his point, and I suspect the minister has heard it,⟧" the Speaker replied.

### 042
@a Leo Sandoval | the former justice secretary
@b Mira Patel-Hughes | the backbencher
@q Brenda Cole | a party member from Whitstow
@c Declan Moriarty | the party's general secretary
The two candidates to lead the Social Democrats faced their toughest audience yet on Saturday, when more than 600 members crammed into the Whitstow Assembly Rooms for the last regional hustings of the contest.
Leo Sandoval, the former justice secretary, was asked by Brenda Cole, a party member from Whitstow, why members should trust him after he voted for the tuition fee rise in 2019.
“⟦d:q|You told us at the time it was the right thing to do. Was it?⟧” she asked.
“⟦d:a|No. It wasn't. I got that wrong and I've said so many times,⟧” Sandoval replied. “⟦d:a|If you want a leader who has never made a mistake, I'm not your man. But I'm the only one on this stage who has actually run a department.⟧”
Mira Patel-Hughes, who was elected only three years ago, seized on the line. “⟦d:b|Leo keeps telling us he's run a department. He ran it into a prison crisis,⟧” the backbencher said, to a mixture of cheers and boos.
Sandoval shook his head. “⟦d:a|That's cheap, Mira, and you know it.⟧”
The party's general secretary, Declan Moriarty, who was chairing the event, appealed for calm as the heckling grew. “⟦d:c|Friends, we are all in the same party, and we will all still be in it on Monday,⟧” he said.
Ballots close on 30 September.

### 043
@a Wei Jianguo | Trade Minister
@b Annelie Brauer | his Ostmark counterpart
@r - | a reporter from an Ostmark business daily
Trade Minister Wei Jianguo and his Ostmark counterpart, Annelie Brauer, signed a framework agreement on Friday that will cut tariffs on machinery, wine and rare-earth magnets, but left the thorniest issue, state subsidies for steel, to future talks.
``⟦d:a|Today we open a door. Walking through it will take some time,⟧'' Wei said at a news conference in the port city of Haimen, speaking in Mandarin through an interpreter.
Brauer said the deal would be worth ``⟦p:b|several billion euros a year⟧'' to Ostmark exporters. ``⟦d:b|Our winemakers have been waiting for this for fifteen years. Some of them have retired waiting,⟧'' she said.
A reporter from an Ostmark business daily asked whether steel had been left out because the two sides could not agree. ``⟦d:r|Is this a trade deal with the trade taken out?⟧'' he asked.
``⟦d:b|It is a trade deal with the hardest chapter still to be written,⟧'' Brauer said. ``⟦d:b|I would rather sign ninety per cent now than zero per cent next year.⟧''
Wei, asked the same question, replied: ``⟦d:a|Steel is a big subject. We will have a big conversation.⟧''

### 044
@m Karvian foreign ministry | -
@b Dragan Vukotić | Karvia's foreign minister
@c Levan Beridze | the foreign minister of neighbouring Talassia
@d - | a Western diplomat in Vostra
@e - | a spokesman for the Regional Security Council
Karvia accused neighbouring Talassia on Sunday of moving troops to within two kilometres of the disputed Orlen valley, in the sharpest escalation of the border dispute in more than a decade.
The Karvian foreign ministry said in a statement that the deployment was "⟦p:m|a deliberate provocation⟧" and a breach of the 2009 ceasefire. "⟦d:m|Karvia will not be intimidated, and reserves the right to take all necessary measures to protect its territory,⟧" the statement said.
Speaking to reporters in the capital, Vostra, Karvia's foreign minister, Dragan Vukotić, went further. "⟦d:b|They are testing us. They want to see whether anyone is watching. I am telling them: everybody is watching,⟧" he said.
Levan Beridze, the foreign minister of neighbouring Talassia, dismissed the claims as "⟦p:c|hysteria⟧". "⟦d:c|Our soldiers are on our side of the line, conducting exercises that were announced in January. If Mr Vukotić had read his post, he would know this,⟧" he told state television.
A Western diplomat in Vostra said both sides were "⟦p:d|playing to domestic audiences⟧" ahead of elections. "⟦d:d|Nobody wants a war over a valley with eleven farms in it. But nobody wants to be the one who blinks first, either,⟧" the diplomat said.
A spokesman for the Regional Security Council urged "⟦p:e|maximum restraint⟧" and said monitors would visit the area this week.

### 045
@a Priyanka Raman | head of public policy at Heliograph
@b Simon Ferreira-Lang | the committee chair
@c Rachel Nwosu | a Liberal member of the committee
@d Heliograph | -
Executives from the artificial intelligence company Heliograph were accused by MPs on Wednesday of “⟦p:c|marking their own homework⟧” on safety, as the science committee opened its inquiry into AI regulation.
Priyanka Raman, head of public policy at Heliograph, told the committee the company had “⟦p:a|some of the most rigorous testing in the industry⟧”.
“⟦d:b|Rigorous according to whom?⟧” asked the committee chair, Dr Simon Ferreira-Lang.
“⟦d:a|According to our internal safety team and to independent researchers we work with.⟧”
“⟦d:b|Who you pay.⟧”
“⟦d:a|Who we fund, yes, as is normal in research.⟧”
Rachel Nwosu, a Liberal member of the committee, said that was exactly the problem. “⟦d:c|You design the tests, you run the tests and you publish the results you want to publish. In any other industry we'd call that marking your own homework,⟧” she said.
Raman said the company would “⟦p:a|welcome⟧” a statutory regulator. “⟦d:a|We are not asking to be left alone. We are asking for rules that are clear and that apply to everyone,⟧” she said.
In written evidence published after the hearing, Heliograph said it had “⟦p:d|paused the release of two models⟧” in the past year on safety grounds.

### 046
@g Godfrey Ellingham | the former Speaker of the House
@b Rosalind Kerr | The Prime Minister
@c Tariq Hussain | the Leader of the Opposition
@d Clare | His daughter
Godfrey Ellingham, the former Speaker of the House, who presided over the chamber for eleven turbulent years, has died at the age of 88.
Ellingham was famous for his dry put-downs, and for a voice that could silence 600 MPs without apparently being raised. "⟦d:g|The honourable gentleman has asked the same question three times. I can only assume he is hoping the answer will improve with age,⟧" he once told a backbencher, in an exchange still replayed at parliamentary leaving dos.
He was known to colleagues as "⟦s:-|the Headwaiter⟧", a nickname he claimed to enjoy.
The Prime Minister, Rosalind Kerr, said he had been "⟦p:b|a giant of our parliamentary life⟧". "⟦d:b|He was scrupulously fair to all sides, which meant that at one time or another all sides were furious with him. That is the highest compliment a Speaker can be paid,⟧" she said.
Tariq Hussain, the Leader of the Opposition, recalled being thrown out of the chamber by Ellingham in his first year as an MP. "⟦d:c|He called me into his office the next morning, gave me a cup of tea and told me I'd been quite right but quite wrong to say so. I never forgot it,⟧" he said.
His daughter, Clare, said the family had been "⟦p:d|overwhelmed⟧" by the messages they had received. "⟦d:d|Dad would have pretended to hate all the fuss. He would secretly have loved it,⟧" she said.

### 047
@a Bernard Moss | chairman of Little Wexcombe Parish Council
@b Penelope Hurst | the council's vice-chair
@c - | one parishioner
@d Gail Prentice | the parish clerk
A meeting of Little Wexcombe Parish Council was abandoned on Monday night after a row over the village's new speed bumps descended into shouting.
About sixty residents attended the meeting in the village hall, more than four times the usual number, after a petition against the bumps on Mill Lane gathered 212 signatures.
Bernard Moss, chairman of Little Wexcombe Parish Council, had barely opened the item when one parishioner stood up. “⟦d:c|Who actually asked for these things? Because nobody asked me, and I've lived on Mill Lane since 1974,⟧” he said.
“⟦d:b|The speed survey was very clear. We had cars doing fifty past the primary school,⟧” replied Penelope Hurst, the council's vice-chair.
“⟦d:c|Not my car.⟧”
“⟦d:b|Nobody said it was your car.⟧”
Several people then began speaking at once, and Mr Moss banged his gavel. “⟦d:a|If we cannot conduct this meeting in a civilised manner, we will not conduct it at all,⟧” he said. When the noise continued, he declared the meeting closed.
The parish clerk, Gail Prentice, said the item would be heard again in April. “⟦d:d|Perhaps with more chairs, and fewer opinions,⟧” she added.

### 048
@a Josh Tremayne | the Alliance candidate for Ebbwater
@c Alliance Party | -
@d Lorna Achebe | the Civic Party's campaign chief
Josh Tremayne, the Alliance candidate for Ebbwater, withdrew from the general election on Wednesday after a series of offensive social media posts he wrote as a student resurfaced.
In one post from 2016, Tremayne wrote: "⟦d:a|Anyone who takes the bus after the age of 30 has failed at life.⟧" In another, he described the people of a neighbouring town as "⟦p:a|inbred and proud of it⟧".
In a statement posted on his campaign page, the 28-year-old said: "⟦d:a|I wrote things as a teenager that I am deeply ashamed of. They do not reflect who I am today, but I understand why people find them hurtful, and I do not want them to become a distraction from the campaign.⟧"
The Alliance Party said it had accepted his withdrawal "⟦p:c|with regret⟧" and that it was too late to replace him on the ballot paper. "⟦d:c|We will be writing to every voter in Ebbwater to explain the position,⟧" a statement said.
Lorna Achebe, who is running the Civic Party's campaign in the seat, said the episode raised questions about the Alliance's vetting. "⟦d:d|These posts took me about four minutes to find. Either they didn't look, or they looked and didn't care,⟧" the Civic Party's campaign chief said.

### 049
@h Fenella Crowther | the presenter
@a Obinna Eze | Defence Secretary
Defence Secretary Obinna Eze refused on Sunday to rule out cuts to the army's headcount, telling the BRN's Sunday Politics that “⟦p:a|everything is on the table⟧” in the forthcoming defence review.
“⟦d:h|Everything? Including troop numbers?⟧” asked the presenter, Fenella Crowther.
“⟦d:a|I'm not going to prejudge a review that hasn't concluded,⟧” Eze said. “⟦d:a|What I will say is that the threats we face today are not the threats we faced twenty years ago, and our forces need to reflect that.⟧”
“⟦d:h|So that's a yes.⟧”
“⟦d:a|It's a—⟧”
“⟦d:h|Because your party promised at the last election, in black and white, that the army would not fall below 76,000.⟧”
“⟦d:a|It's a recognition,⟧” Eze continued, “⟦d:a|that modern warfare is fought with drones and satellites and cyber capabilities as much as with boots on the ground.⟧”
Crowther read out a line from the manifesto. Eze said he was “⟦p:a|very proud⟧” of it.
“⟦d:h|Proud enough to keep it?⟧”
“⟦d:a|Proud enough to make sure our armed forces are the most capable in Europe. That's the promise that matters.⟧”

### 050
@a Juhani Laaksonen | Prime Minister
@b Aino Virtanen | the opposition leader
@c Matti Koskinen | Speaker
@d - | one Centre Party MP who abstained
Prime Minister Juhani Laaksonen survived a vote of no confidence in the national assembly of Suomira on Friday by 101 votes to 94, with four MPs abstaining.
Aino Virtanen, who tabled the motion, said the government had "⟦p:b|run out of ideas, out of money and out of excuses⟧".
"⟦d:b|Unemployment is the highest it has been in twelve years. Waiting times for mental health care are measured in months. And the Prime Minister's answer to all of it is another working group,⟧" the opposition leader said.
Laaksonen told the chamber the motion was "⟦p:a|political theatre⟧". "⟦d:a|The opposition has every right to test the confidence of this assembly. They have tested it, and they will find that it holds,⟧" he said.
When Virtanen tried to intervene during his reply, Speaker Matti Koskinen cut her off. "⟦d:c|The member has had her opportunity. The Prime Minister has the floor,⟧" he said.
One Centre Party MP who abstained said the government had been "⟦p:d|saved by the clock, not by its record⟧". "⟦d:d|Nobody wants an election in January. Ask me again in the spring,⟧" the MP said.

### 051
@m Nkechi Obi-Adams | editor of the Carmouth Echo
@a Darnell Price | the independent candidate
@b Sebastian Holloway | the incumbent mayor
Carmouth's two mayoral candidates traded blows over the town's finances and its crumbling seafront at a packed debate organised by the Echo at the Pavilion Theatre on Thursday.
Nkechi Obi-Adams, editor of the Carmouth Echo, who chaired the evening, began with the question readers had sent in most often: the future of the pier.
“⟦d:b|The pier will be saved. We have a structural survey, a funding bid in with the heritage fund and a timetable,⟧” said Sebastian Holloway, the incumbent mayor.
Darnell Price, the independent candidate, was on his feet before Holloway had sat down. “⟦d:a|He had a timetable four years ago as well. The pier has lost another eight metres since then. At this rate the timetable will outlast the pier.⟧”
“⟦d:b|That's a good line, Darnell, but it isn't a plan.⟧”
“⟦d:a|And four years of surveys is?⟧”
Obi-Adams asked both men to let each other finish. “⟦d:m|We have ninety minutes and a lot of questions. Let's not spend all of them on the pier,⟧” she said.
On council tax, Price said he would freeze it for two years, a pledge Holloway described as “⟦p:b|a fairy tale with a budget hole in it⟧”. Price, 41, shot back that the mayor had “⟦p:a|spent more on consultants than on lifeguards⟧”.

### 052
@l Lucas Ferro | presenter
@a Marguerite Lindsay | the professor of politics who led the exit poll team
@b Owen Pryce-Jones | Social Democrat deputy leader
@c Caroline Dunmore | Energy Secretary
@d - | one National Party official
10.01pm: The exit poll is in, and it suggests the Social Democrats are on course to be the largest party, though short of a majority, on 308 seats.
"⟦d:l|If that's right, it is an extraordinary night,⟧" presenter Lucas Ferro says in the studio. "⟦d:l|Marguerite, how confident are you?⟧"
"⟦d:a|Confident about the direction, less confident about the exact number. The margin of error on a hung parliament is always bigger than people think,⟧" says Marguerite Lindsay, the professor of politics who led the exit poll team.
10.14pm: Social Democrat deputy leader Owen Pryce-Jones is being cautious. "⟦d:b|It's an exit poll. I've seen exit polls before. I'll believe it when the votes are counted,⟧" he tells us.
10.22pm: Energy Secretary Caroline Dunmore, for the National Party, says her party "⟦p:c|will wait for the real results⟧". Pressed on whether the poll was a disaster, she says: "⟦d:c|It's clearly not the night we hoped for. But there are a lot of very close seats and I wouldn't write anyone off.⟧"
10.30pm: One National Party official texted our correspondent a single word: "⟦d:d|Carnage.⟧"

### 053
@a Hamid Rahimi | Transport Secretary
@b Mick Doherty | general secretary of the Rail Workers' Union
@c Association of Independent Traders | -
@d - | a spokeswoman for the Passenger Alliance
Transport Secretary Hamid Rahimi announced on Tuesday that ticket offices at 600 railway stations would close over the next two years, in a move he said would “⟦p:a|put staff where passengers actually are⟧”.
“⟦d:a|Fewer than one in eight tickets is now sold at a ticket office. We are going to move those staff onto the concourse and the platforms, where they can help people,⟧” Rahimi said.
Mick Doherty, general secretary of the Rail Workers' Union, said his members would ballot for strike action. “⟦d:b|This is not modernisation. It is the biggest cut to station staffing in a generation dressed up in a hi-vis jacket,⟧” he said. “⟦d:b|Ask a blind passenger or a pensioner without a smartphone how modern it feels.⟧”
The Association of Independent Traders, which represents small businesses near stations, warned of “⟦p:c|a knock-on effect on footfall⟧” and called for a consultation.
A spokeswoman for the Passenger Alliance said: “⟦d:d|Passengers will judge this on one thing: whether there is someone there to help when things go wrong.⟧”

### 054
@a Ayesha Bukhari | the MP for Sheldon Cross
@b Ron Tilsley | -
@c Maria Costa | a care worker
@d Jude | her caseworker
On the first Saturday of every month Ayesha Bukhari, the MP for Sheldon Cross, sets up two trestle tables in the back room of the Sheldon Cross library and waits to see who comes through the door.
This month the first through it was Ron Tilsley, 72, who has been trying for eight months to get his late wife's pension paid into the right account. "⟦d:b|I've rung them forty-one times. I've counted. Forty-one,⟧" he said, laying a stack of letters on the table.
Bukhari read through them and passed them to her caseworker, Jude, who has sat at her side at every surgery since 2019. "⟦d:d|We'll have an answer for you by Friday, Ron, and if we don't, I'll ring them myself,⟧" Jude said.
Next was Maria Costa, a care worker, who wanted to know why her visa renewal had been pending for fourteen months. "⟦d:c|I can't leave the country. My mother is ill back home and I can't go to see her,⟧" she said, and began to cry.
Bukhari said afterwards that the surgeries were "⟦p:a|the most important thing I do, and the least glamorous⟧".
"⟦d:a|Westhaven is all speeches and votes. This is where you find out whether any of it works,⟧" she said. "⟦d:a|Usually it doesn't, and then you try to fix it one person at a time.⟧"

### 055
@a Inês Carvalho | a former procurement official at the Ministry of Defence
@b Peter Blaxland | committee chair
@c Ministry of Defence | -
@d Nathaniel Oduya | her lawyer
A former procurement official at the Ministry of Defence told MPs on Tuesday that she was ordered to "⟦p:a|lose⟧" documents showing that a £400m contract for armoured vehicles had been awarded without proper competition.
Inês Carvalho, a former procurement official at the Ministry of Defence, who resigned last year and is now a protected whistleblower, gave evidence to the defence committee in public for the first time.
"⟦d:a:m|I was called into an office on a Friday afternoon and told that the evaluation scores were going to be revised. I asked why. I was told that the minister's office had a preference.⟧
"⟦d:a|When I said I would not sign the revised scores, I was told that the original file should be lost. That was the word used. Lost.⟧"
Committee chair Sir Peter Blaxland asked who had given the instruction. "⟦d:b|Can you tell the committee the name of that person?⟧"
"⟦d:a|I have given the name to the committee in writing, and I have been advised not to say it in public,⟧" she said.
Her lawyer, Nathaniel Oduya, said outside the committee room that his client had shown "⟦p:d|extraordinary courage⟧". "⟦d:d|She has lost her career for telling the truth. The least Parliament can do is listen to her,⟧" he said.
The Ministry of Defence said the contract had been "⟦p:c|subject to rigorous scrutiny⟧" and that it would "⟦p:c|cooperate fully with the committee⟧".

### 056
@a Gemma Rowntree | the former education secretary
@b - | allies of Ms Rowntree
@c - | a senior government figure
@d Kieran Ashby | -
Gemma Rowntree was sacked as education secretary on Thursday in a reshuffle that her allies described as a "⟦p:b|purge⟧" of the Prime Minister's critics.
Minutes after leaving the Prime Minister's office, she posted on social media: "⟦d:a|It has been a privilege to serve as Education Secretary. I am proud of what we achieved for children and I will continue to speak up for them from the back benches.⟧"
Allies of Ms Rowntree said she had been punished for her opposition to the schools funding formula. "⟦d:b|She was the only one in cabinet prepared to say the funding formula was a disaster, and everyone knows it,⟧" one said.
A senior government figure rejected that. "⟦d:c|Nobody is sacked for having opinions. People are moved when the Prime Minister wants fresh energy in a department. That's what reshuffles are for,⟧" they said.
Kieran Ashby, who replaces her after two years as schools minister, said he was "⟦p:d|humbled⟧" by the appointment. "⟦d:d|I've spent my whole career in education. I know how much is riding on getting this right,⟧" he told reporters outside the department.
Asked whether she would be a thorn in the government's side, the former education secretary smiled. "⟦d:a|I'll be a critical friend. The emphasis depends on them,⟧" she said.

### 057
@c - | the final communique
@b Mireille Antoine | the president of Gallice
@a Hungerwatch | the anti-poverty charity
@d - | a senior official from one of the northern delegations
Leaders of the twelve Lakeshore Forum nations ended their summit in Belrive on Saturday with a pledge to “⟦p:c|work towards⟧” a common minimum corporate tax rate, but set no date and no figure.
The final communique said the leaders were “⟦p:c|united in their determination⟧” to tackle tax avoidance and would “⟦p:c|continue discussions at ministerial level with a view to reaching agreement in due course⟧”.
The summit's host, Mireille Antoine, the president of Gallice, insisted the language represented real progress. “⟦d:b|Two years ago, half the people around this table would not even discuss a minimum rate. Today they have all signed a document that says we will have one,⟧” she told reporters.
Asked when, she said: “⟦d:b|When it is ready. I am a president, not a fortune teller.⟧”
The anti-poverty charity Hungerwatch called the outcome “⟦p:a|a masterclass in saying nothing at great length⟧”. “⟦d:a|Every year these leaders fly in, promise to act, and fly out again. Meanwhile the money keeps flowing to the same places,⟧” it said.
A senior official from one of the northern delegations admitted privately that “⟦p:d|in due course⟧” had been chosen precisely because it meant nothing. “⟦d:d|It was that or no communique at all,⟧” the official said.
Campaigners outside the conference centre held up a banner reading “⟦s:-|Tax Them Now⟧”.

### 058
@c Fiona Gault | local MP
@a Amelie Hartmann | a pupil at Brookfield Academy
@b Tyrese Campbell | the member for Northgate
@d Ellis Wong | -
Forty teenagers took over the council chamber in Redbridge Vale on Friday for the annual sitting of the district's youth parliament, debating whether the voting age should be lowered to 16.
Local MP Fiona Gault, who chaired the session, told the young members she had "⟦p:c|seen worse behaviour in the real thing⟧". "⟦d:c|Nobody has shouted at anybody yet, which already puts you ahead of Westhaven,⟧" she said.
Opening the debate, Amelie Hartmann, 16, a pupil at Brookfield Academy, said it made no sense that she could work, pay tax and join the army but not vote. "⟦d:a|We're told we're the future. I'd quite like a say in what that future looks like before I get there,⟧" she said.
Tyrese Campbell, 17, the member for Northgate, argued against the motion. "⟦d:b|Most people my age don't know who their MP is. I didn't until last month. Let's sort out political education first and then talk about votes,⟧" he said.
"⟦d:d|You didn't know who your MP was and you still got elected to this,⟧" called out Ellis Wong, 15, to laughter from around the chamber.
The motion was carried by 27 votes to 11.

### 059
@a Sipho Ndlovu | Prime Minister
@b Dorothea Kuhn | Chancellor
@r - | a reporter from the Daily Sentinel
Prime Minister Sipho Ndlovu said on Wednesday that relations with Ostmark were ``⟦p:a|the strongest they have ever been,⟧'' as he held talks in Kronstadt with Chancellor Dorothea Kuhn on energy and migration.
``⟦d:a|We are neighbours, we are partners and, I hope, we are friends,⟧'' Ndlovu said at a news conference in the chancellery. ``⟦d:a|Friends do not always agree. But they always pick up the phone.⟧''
Kuhn praised what she called his ``⟦p:b|pragmatic and refreshing⟧'' approach. ``⟦d:b|We have had some difficult years. I think those years are now behind us,⟧'' she said.
A reporter from the Daily Sentinel asked Ndlovu about a newspaper report at home that he had privately described Ostmark's migration policy as ``⟦p:a|naive.⟧''
``⟦d:r|Prime Minister, did you say it, and do you stand by it?⟧'' the reporter asked.
``⟦d:a|I don't comment on what newspapers say I said in private,⟧'' Ndlovu replied, to laughter. ``⟦d:a|What I say in public is that we have different approaches and a shared problem.⟧''
Kuhn, standing beside him, said only: ``⟦d:b|Naive is not a word I would use about anybody in this room.⟧''

### 060
@h Georgia Hale | presenter
@a Stanislav Novak | Culture minister
@c Radio Meridian | -
@d - | a spokesman for the Department for Culture
Culture minister Stanislav Novak walked out of a live radio interview on Thursday morning after being asked repeatedly about his department's decision to cut funding to regional theatres.
The exchange on Radio Meridian's breakfast programme began politely. But when presenter Georgia Hale asked him whether he had ever been to the Corran Playhouse, which faces closure, the mood changed.
“⟦d:a|I've been to a great many theatres, Georgia,⟧” Novak said.
“⟦d:h|But that one?⟧”
“⟦d:a|I'm not going to do a quiz on my theatre-going habits.⟧”
“⟦d:h|It's not a quiz. It's a theatre you're about to close.⟧”
“⟦d:a|We are not closing anything. Funding decisions are made at arm's length by the Arts Council, as you well know—⟧”
“⟦d:h|Made with the budget you gave them.⟧”
“⟦d:a|I think we're done here,⟧” Novak said. The sound of a chair scraping back could be heard on air, followed by a long silence.
“⟦d:h|Well. The minister appears to have left the studio,⟧” Hale told listeners.
Radio Meridian said in a statement that the interview had been “⟦p:c|robust but fair⟧”. A spokesman for the Department for Culture said the minister had “⟦p:d|another engagement⟧” and had “⟦p:d|given the interview the time that was agreed⟧”.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh168.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh168",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
