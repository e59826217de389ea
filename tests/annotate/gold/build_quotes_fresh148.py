# ruff: noqa: E501
"""Build ``quotes_fresh148.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: question times and debates with interruptions and heckles, select committee
and confirmation hearings, broadcast and radio interviews with presenters pressing
ministers, the campaign trail and hustings, lobby briefings by spokespeople, council
meetings, leadership contests, leaks and unnamed sources, summits and foreign
ministers' press conferences, in the styles of wire, broadsheet, tabloid, local
paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh148-NNN``.

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

* Political titles standing before the name (``Prime Minister``, ``Speaker``,
  ``Council leader``, ``Opposition MP``, ``host prime minister``, ``presenter``) are
  the description when no appositive follows the name; a relational phrase before the
  name set off by commas (``the chancellor, Helena …``, ``The mayor, Pauline …``,
  ``Her chief of staff, Dev …``) counts the same way. An appositive after the name
  wins over a title or relational phrase before it.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 41-year-old``,
  ``the councillor``), that description is taken; a bare age (``Chukwu, 41,``) is not
  a description.
* A non-restrictive relative clause after an appositive (``the Unity Party
  candidate, who came second``) is not part of the description; a restrictive one
  (``a retired steelworker who had driven two hours to attend``) is.
* Heckles and interjections: a shout by one identified member is that member's
  ``direct`` speech; a shout by one unidentified person is ``direct`` with a null
  speaker and the description as written (``a man in the public gallery``), or none
  when the passage gives none (``came a shout from the opposition side``). Cries and
  chants by a group (``chanted``) are ``scare``.
* Presiding officers (Speaker, Deputy Speaker, mayor, Lord Mayor, chairs) are
  ordinary speakers; ``Mr Speaker``, ``the Member for Kinross`` and the like used as
  forms of address inside a quote attribute nothing.
* In press conferences and briefings each reporter's quoted question is ``direct``
  by that reporter (null speaker with the description as written, or the named
  journalist); a question put in the writer's own first person (``I ask``) is
  ``direct`` with speaker and description null.
* Leaked memos, cables, messages and resignation letters whose author is named are
  that author's ``direct`` speech, even where the passage first refers to the author
  only indirectly (``a senior civil servant``) and names them later.
* A party, ministry, council, firm, police force or official residence that is the
  grammatical speaker is the speaker, with the definite description used at the cue
  or in apposition (``the council``, ``the firm``) as its description when there is
  one.
* A campaign nickname or a label the passage itself applies (``Mr Spreadsheet``,
  ``Bench-gate``, ``Dorothy Dixer``) is ``scare``; a phrase a named person is reported
  as using about someone (``has taken to calling the incumbent …``) is that person's
  ``partial``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh148.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh148.jsonl")

PASSAGES = """
### 001
@a Edwina Marchbanks | Prime Minister
@b Tunde Adeyemi-Clarke | the leader of the opposition
@c Margaret Olusanya | the Speaker
@h - | one government backbencher
Prime Minister Edwina Marchbanks was forced on to the defensive at question time on Wednesday as opposition MPs pressed her over a £2.4 billion overspend on the Northern Rail Link.
Tunde Adeyemi-Clarke, the leader of the opposition, opened by asking whether she had read the auditor-general's report. “⟦d:b|Because if she has, she will know that her own officials warned of this two years ago,⟧” he said.
“⟦d:a|I have read it, and I have read it rather more carefully than he has,⟧” Marchbanks replied, to cheers from her own benches. “⟦d:a|The report makes clear that the costs rose because of decisions taken before this government came to office.⟧”
“⟦d:-|Rubbish!⟧” came a shout from the opposition side.
Adeyemi-Clarke tried again. “⟦d:b|The Prime Minister was transport secretary when that contract was signed. Was she asleep, or was she simply not told?⟧”
As the chamber erupted, the Speaker, Margaret Olusanya, rose to her feet. “⟦d:c|Order. Order! I want to hear the answer, even if some honourable members do not,⟧” she said.
Marchbanks accused her opponent of “⟦p:a|rewriting history in real time⟧” and of having “⟦p:a|no plan for the line beyond cancelling it⟧”.
One government backbencher could be heard muttering “⟦d:h|here we go again⟧” as Adeyemi-Clarke rose for a third time.

### 002
@a Anjali Rao-Whitford | Housing Minister
@b Caitlin Moynihan | presenter
@c Dmitri Vasquez-Hollis | Opposition housing spokesman
A government minister has four times refused to say whether ministers will meet their target of 300,000 new homes a year, in a combative interview on Radio Harrowfield's breakfast programme.
Housing Minister Anjali Rao-Whitford was pressed repeatedly by presenter Caitlin Moynihan, who read out the minister's own words from last year's party conference.
"⟦d:b|You said, and I'm quoting you here, 'we will hit 300,000 and we will do it by the end of this parliament'. Will you?⟧" Moynihan asked.
"⟦d:a|What I said was that we would put in place the conditions to hit it, and we have,⟧" the minister replied.
"⟦d:b|That isn't what you said, minister.⟧"
"⟦d:a|Well, I was there, Caitlin.⟧"
Later in the programme Ms Rao-Whitford conceded that the figures for the last quarter were "⟦p:a|disappointing⟧" but blamed "⟦p:a|a perfect storm of interest rates and planning delays⟧".
Opposition housing spokesman Dmitri Vasquez-Hollis said the interview had been "⟦p:c|painful to listen to⟧". "⟦d:c|If she can't tell us whether she'll hit her own target, who on earth can?⟧" he said.

### 003
@a Hamish Lockhart-Reid | the committee's chair
@b Oluwaseun Bankole | the department's permanent secretary
@c Priti Sandhu | a Reform Alliance member of the committee
The most senior civil servant at the Department for Coastal Communities admitted on Tuesday that he had not read a warning about flood defence spending until three weeks after it was sent.
Oluwaseun Bankole, the department's permanent secretary, told the public spending committee that the email had been “⟦p:b|one of several hundred⟧” he received that week.
“⟦d:a|Several hundred?⟧” asked Hamish Lockhart-Reid, the committee's chair. “⟦d:a|This was a warning that a sea wall protecting four thousand homes might not survive the winter.⟧”
“⟦d:b|I accept that. I accept that it should have been escalated to me sooner, that it wasn't, and that this is a failure of our systems,⟧” Bankole said.
“⟦d:a|Of your systems.⟧”
“⟦d:b|Of my department's systems, yes.⟧”
Priti Sandhu, a Reform Alliance member of the committee, asked whether anyone had been disciplined. Bankole said an internal review was under way and that it would be “⟦p:b|inappropriate to pre-empt it⟧”.
“⟦d:c|That's what people always say when the answer is no,⟧” Sandhu said.

### 004
@a Rory Fenwick-Hale | Transport Secretary
@b - | a source close to the minister
@c Bev Tanner | Opposition MP
@d - | a spokesman for the department
RED-FACED Transport Secretary Rory Fenwick-Hale was last night forced to say sorry after he was caught on a hot mic branding commuters "⟦p:a|moaning minnies⟧".
The gaffe came moments after a TV interview at Marlow Cross station, when the 52-year-old, still wearing his microphone, turned to an aide and said: "⟦d:a|Honestly, if the moaning minnies hate the trains that much they can get a bike.⟧"
Within hours furious passengers had flooded social media. Opposition MP Bev Tanner, whose constituents face the longest commute in the region, blasted: "⟦d:c|This tells you everything about what this lot really think of working people.⟧"
"⟦d:c|He should try getting on the 6.12 from Dunsford one morning. Standing room only, if he's lucky.⟧"
A source close to the minister insisted the remark had been "⟦p:b|a joke taken completely out of context⟧". "⟦d:b|He's been on the trains all week. He knows how bad it is,⟧" the source said.
A spokesman for the department said last night: "⟦d:d|The Secretary of State regrets his choice of words and has apologised.⟧"

### 005
@a Gwen Prothero | the sitting MP
@b Farid Haddad | the Progressive candidate
@c Sally-Anne Coker | the Independent
@d Martin Ebbs | vicar of St Aldhelm's
@e - | one woman in the audience
@f Neville Ashdown | the Reform Alliance candidate
More than 200 people packed into St Aldhelm's church hall in Brenfield on Thursday evening for the only hustings of the campaign to feature all four candidates for Brenfield and Ware.
The chair, Martin Ebbs, vicar of St Aldhelm's, began by asking the audience to be “⟦p:d|civil, if not necessarily kind⟧”.
The first question, on the closure of the town's minor injuries unit, drew the sharpest exchanges. Gwen Prothero, the sitting MP, said she had “⟦p:a|fought tooth and nail⟧” to keep it open.
“⟦d:b|She fought so hard it closed,⟧” said Farid Haddad, the Progressive candidate, drawing laughter and a few boos.
“⟦d:a|That's cheap, Farid, and you know it,⟧” Prothero shot back. “⟦d:a|The decision was taken by the health trust, not by me, and I have the letters to prove I opposed it.⟧”
Sally-Anne Coker, the Independent, said both of them had “⟦p:c|had their chance⟧”. “⟦d:c|I'm a nurse. I worked in that unit for nine years. I don't need to show anybody letters,⟧” she said.
One woman in the audience, who said she had waited five hours with a broken wrist at the county hospital, put it to the panel: “⟦d:e|Which of you will actually get it reopened? Not fight for it. Reopen it.⟧”
Neville Ashdown, the Reform Alliance candidate, said that “⟦p:f|nobody on this stage can honestly promise that⟧”, which drew the biggest laugh of the night when Ebbs replied: “⟦d:d|Well, that's the first honest answer we've had this evening.⟧”

### 006
@a - | the Prime Minister's official spokesman
@b - | one reporter
@c Yetunde Fashola | The opposition's home affairs spokeswoman
The Prime Minister retains "⟦p:a|full confidence⟧" in Interior Minister Natalia Brzezinska, the Prime Minister's official spokesman said on Monday, despite reports that she ignored legal advice before last week's deportation flights.
Asked repeatedly at the morning lobby briefing whether the Prime Minister had seen the advice, the spokesman said: "⟦d:a|I'm not going to get into the details of legal advice, which as you know is privileged.⟧"
"⟦d:b|So is that a yes or a no?⟧" one reporter asked.
"⟦d:a|It's neither. It's the answer I've given you.⟧"
The spokesman added that reports of a rift between the premier's office and the interior ministry were "⟦p:a|simply wide of the mark⟧".
The opposition's home affairs spokeswoman, Yetunde Fashola, said the answer was "⟦p:c|telling⟧". "⟦d:c|If the Prime Minister had confidence in her, he would say he'd read the advice and agreed with her. He can't, so he won't,⟧" she said.

### 007
@a Élodie Marchetti-Roux | the Vallorian foreign minister
@b Kwame Asante-Boateng | Tavassa's foreign minister
@c - | a Tavassan journalist
The foreign ministers of Valloria and Tavassa ended two days of talks in Lac-Serein on Friday with an agreement to reopen the Monteverde border crossing, but without a deal on the disputed fishing grounds of the Gulf of Sarre.
«⟦d:a|Nous avons fait un pas, pas encore un chemin⟧», said Élodie Marchetti-Roux, the Vallorian foreign minister, at a joint press conference. «⟦d:a|We have taken a step, not yet a path.⟧»
Kwame Asante-Boateng, Tavassa's foreign minister, was blunter. «⟦d:b|The border is the easy part. The fish are the hard part, and we did not solve the fish,⟧» he said, drawing laughter from the room.
A Tavassan journalist asked: «⟦d:c|Minister, can you tell your fishermen that these talks have not failed?⟧»
«⟦d:b|Failure is when you stop talking. We will be back here in March,⟧» Asante-Boateng replied.
Marchetti-Roux said the fishing dispute had been «⟦p:a|poisoned by thirty years of mistrust⟧» and could not be settled «⟦p:a|in a weekend by the lake⟧».

### 008
@a Derek Hollingsworth | Council leader
@b Imran Qureshi | the opposition group leader
@c Pauline Agnew | The mayor
@d - | a man in the public gallery
A row over the future of Hallam Lane library boiled over at Thursday's full meeting of Stainsby Borough Council, with the mayor twice threatening to clear the public gallery.
Council leader Derek Hollingsworth told members the library, which costs £180,000 a year to run, was "⟦p:a|simply not sustainable⟧" in its current form.
"⟦d:a|Nobody on this side wants to close a library. But we have a £6 million hole in our budget and I'm not going to stand here and pretend otherwise,⟧" he said.
Imran Qureshi, the opposition group leader, accused him of "⟦p:b|closing it by stealth⟧". "⟦d:b|You cut the opening hours, then you say nobody uses it, then you close it. We've all seen this film before,⟧" he said.
"⟦d:a|That is simply not true, and he knows—⟧" Hollingsworth began, before he was drowned out by jeers from the gallery.
"⟦d:d|Shame on you!⟧" shouted a man in the public gallery.
The mayor, Pauline Agnew, who was chairing the meeting, called for order. "⟦d:c|If I hear one more outburst up there, I will ask for the gallery to be cleared. I mean that,⟧" she said.
The cabinet later voted 7-2 to begin a public consultation, which Qureshi dismissed afterwards as "⟦p:b|a fig leaf⟧".

### 009
@a Ngozi Abernethy-Cole | The former justice secretary
@b Lachlan Pryde | a former trade union organiser
@c - | One MP who has declared for Strachan
@d Callum Strachan | the shadow chancellor
It is just after seven in the morning, and Ngozi Abernethy-Cole is on her third phone call of the day, pacing a car park in Northfleet Vale because the mobile signal inside her campaign office is, in her words, “⟦p:a|theoretical⟧”.
The former justice secretary is eleven days from finding out whether she will lead the Unity Party, and by most counts she is behind.
“⟦d:a:m|I don't read the polls. That's a lie — I read the polls every morning, and then I put the phone down and I go and knock on doors, because the polls don't vote.⟧
“⟦d:a:m|What I'm saying to members is very simple. We lost the last election because people didn't believe we'd change anything. If we pick another safe pair of hands, we'll lose the next one too.⟧
“⟦d:a|I'm not a safe pair of hands. I've never claimed to be.⟧”
Her campaign manager, Lachlan Pryde, a former trade union organiser, describes the operation as “⟦p:b|held together with gaffer tape and optimism⟧”.
Her rival, Callum Strachan, the shadow chancellor, has the backing of most of the parliamentary party. Asked about the safe-pair-of-hands jibe, he told me: “⟦d:d|Ngozi is a brilliant campaigner. But members want to win, and I think they know who can win.⟧”
One MP who has declared for Strachan was less diplomatic. “⟦d:c|She'd make a wonderful leader of a protest movement,⟧” they said. “⟦d:c|We're supposed to be a party of government.⟧”

### 010
@a Marcus Oyelaran | presenter
@b Helena Vásquez-Morrow | the chancellor
@c Tobias Lindqvist | Shadow chancellor
The chancellor, Helena Vásquez-Morrow, has refused to rule out raising income tax in next month's budget, telling Channel 9's Sunday Agenda that "⟦p:b|everything is on the table⟧".
Pressed by presenter Marcus Oyelaran on whether that included breaking the government's manifesto pledge, she said: "⟦d:b|What I'm not going to do is write the budget live on your programme, Marcus.⟧"
"⟦d:a|But it's a yes-or-no question, chancellor. Did you promise not to raise income tax?⟧"
"⟦d:b|We made a set of commitments in very different economic circumstances—⟧"
"⟦d:a|So the answer's yes.⟧"
"⟦d:b|—and I will set out in the budget how we meet them.⟧"
"⟦d:b|Look,⟧" Vásquez-Morrow said eventually, "⟦d:b|nobody goes into politics wanting to raise taxes. But I'd rather be honest with people than pretend the money is there when it isn't.⟧"
Shadow chancellor Tobias Lindqvist posted on social media within minutes of the interview ending: "⟦d:c|Translation: your taxes are going up.⟧"

### 011
@a Haruto Ishikawa | host prime minister
@b Amara Diallo | Kessarian President
@c - | A senior diplomat from one of the smaller delegations
Leaders of the eleven Northern Rim Forum nations wrapped up their annual summit in Sakurahama on Sunday with a pledge to cut shipping emissions, but diplomats said a row over tariffs had overshadowed the two-day meeting.
“⟦d:a|We came here with differences and we leave with differences. But we also leave with an agreement, and that is not nothing,⟧” host prime minister Haruto Ishikawa told reporters at the closing press conference.
Kessarian President Amara Diallo, who had threatened on Saturday to walk out, said the final statement was “⟦p:b|weaker than we wanted⟧” but that her country would sign it.
“⟦d:b|I did not fly eleven hours to sulk in my hotel room,⟧” she said.
A senior diplomat from one of the smaller delegations, speaking on condition of anonymity, described the tariff talks as “⟦p:c|two big countries shouting and nine small ones checking their phones⟧”.
Outside the conference centre, several hundred protesters chanted “⟦s:-|Ships not excuses⟧” and held up placards reading “⟦s:-|Your summit, our oceans⟧”.

### 012
@a Gary Whitcombe | Former Defence Secretary
@b Serena Blakely-Osei | Foreign Secretary
@c - | one Whitcombe ally
@d - | A spokeswoman for Blakely-Osei's campaign
In the race for the party leadership, former Defence Secretary Gary Whitcombe last night launched a blistering attack on Foreign Secretary Serena Blakely-Osei, claiming she would "⟦p:a|lose us the election by Christmas⟧".
In a fiery speech to activists in Kettleby, the 58-year-old said: "⟦d:a|Serena is a very nice woman. She's a very nice woman who has never won anything in her life.⟧"
He went on: "⟦d:a|We need a fighter, not a diplomat. The voters out there don't want a diplomat, they want someone who'll roll their sleeves up.⟧"
Blakely-Osei hit back within the hour. "⟦d:b|Gary's had a tough week. I'd rather talk about policy than personalities,⟧" she said on a visit to a primary school in Pelham Green.
But one Whitcombe ally told the Daily Clarion: "⟦d:c|She's toast. The members can smell it.⟧"
A spokeswoman for Blakely-Osei's campaign fired back: "⟦d:d|Anonymous briefings are what you do when you're losing.⟧"

### 013
@a - | One cabinet minister
@b - | A second minister
@e Ruaridh MacAulay | The First Minister
@f Fiona Drummond-Baird | the education minister
@g Carrick House | the First Minister's official residence
Ministers in the Strathavon Executive clashed openly at a cabinet meeting last week over plans to cap the number of international students, according to leaked minutes and accounts from three people who were present.
The minutes, seen by this newspaper, record the education minister, Fiona Drummond-Baird, warning colleagues that a cap would “⟦p:f|cause irreparable damage to our universities and to the towns that depend on them⟧”.
One cabinet minister said the meeting had been “⟦p:a|the most bad-tempered I've sat through⟧”. “⟦d:a|People were talking over each other. At one point Fiona just closed her folder and stopped taking notes,⟧” they said.
A second minister, who was present, disputed that account. “⟦d:b|It was robust. That's what cabinet is for. Nobody stormed out,⟧” the minister said.
The First Minister, Ruaridh MacAulay, is understood to favour the cap. Asked about the leak on Monday, he said: “⟦d:e|I don't comment on leaks, and I'm not about to start now.⟧”
Carrick House, the First Minister's official residence, said in a statement that cabinet discussions were “⟦p:g|confidential for very good reason⟧”.

### 014
@a Desmond Achebe-Hart | the MP for Fallowfield North
@b Ruth Kinsella | presenter
@c Jean | One caller
Desmond Achebe-Hart, the MP for Fallowfield North, used a radio phone-in on Thursday to apologise for claiming £14,000 in expenses for a second home he rarely used, but insisted he had broken no rules.
``⟦d:a|I followed the rules as they were written. I accept that the rules were wrong, and that I should have seen that,⟧'' he told presenter Ruth Kinsella on Radio Fallowfield.
``⟦d:b|With respect, Mr Achebe-Hart, people listening will say you only saw it when you got caught,⟧'' Kinsella replied.
``⟦d:a|And they're entitled to say that.⟧''
One caller, Jean from Ashby, told him: ``⟦d:c|I've voted for you three times. I won't be doing it a fourth.⟧''
Achebe-Hart said he would repay the money ``⟦p:a|in full, and this week⟧'' and would not be standing down.

### 015
@a Cressida Vane-Tempest | the opposition's environment spokeswoman
@b Olumide Harcourt | the energy minister
@c Bertrand Fosse | the veteran member for Lowther
@d - | The Deputy Speaker
There are debates that illuminate, and there are debates like Tuesday's on the Energy Security (Amendment) Bill, which generated roughly as much heat as the coal-fired power stations it is meant to replace.
Olumide Harcourt, the energy minister, opened with a speech of such length that by the forty-minute mark several of his own backbenchers were openly consulting their phones. He described the bill as “⟦p:b|the most significant reform of our energy market in a generation⟧”, a phrase he deployed four times.
Cressida Vane-Tempest, the opposition's environment spokeswoman, rose at the forty-five-minute mark. “⟦d:a|Will the minister give way?⟧”
“⟦d:b|I will in a moment.⟧”
Forty seconds later: “⟦d:a|Will the minister now give way?⟧”
“⟦d:b|I am coming to the honourable lady.⟧”
“⟦d:a|He has been coming to me since a quarter past two.⟧”
The Deputy Speaker intervened to remind members that interventions were “⟦p:d|a privilege, not a sport⟧”.
When Vane-Tempest finally got her question in, she asked why the bill's much-trailed “⟦s:-|green guarantee⟧” appeared nowhere in its text. Harcourt said it was “⟦p:b|implicit throughout⟧”, which drew a loud “⟦d:c|Ha!⟧” from Bertrand Fosse, the veteran member for Lowther, who has sat through eleven energy bills and believes in none of them.

### 016
@a Alejandro Ruiz-Tanaka | Centre Party leader
@b Kevin Dobbs | forklift driver
@c - | A campaign spokesman
Centre Party leader Alejandro Ruiz-Tanaka was confronted by an angry worker during a visit to a packaging plant in Grimsby Moor on Wednesday, as he tried to shift the campaign's focus to wages.
A man standing near the loading bay interrupted the party leader's remarks to shout: "⟦d:b|Where were you when they shut the Carrow plant?⟧"
Ruiz-Tanaka, 49, stopped and walked over to him. "⟦d:a|That's a fair question. I was in opposition, and I said at the time it was wrong,⟧" he said.
"⟦d:b|Saying isn't doing,⟧" the man replied.
The two men spoke for several minutes before aides steered the Centre Party leader away. The man, forklift driver Kevin Dobbs, 44, later told reporters he had been "⟦p:b|fobbed off⟧" by politicians of every party for years.
"⟦d:b|He was polite, I'll give him that. More than the last lot,⟧" Dobbs said.
A campaign spokesman said Ruiz-Tanaka had "⟦p:c|welcomed the chance to hear directly from working people⟧".

### 017
@a Beatrix Okafor | the committee's chair
@b Svetlana Markovic | the chief executive of Westrail
@c Westrail | -
The head of the state-owned rail operator Westrail clashed with MPs on Wednesday after she declined to say how much the company had paid consultants during last year's timetable overhaul.
Svetlana Markovic, the chief executive of Westrail, told the transport committee that the figure was “⟦p:b|commercially sensitive⟧”.
“⟦d:a|It's public money,⟧” said the committee's chair, Beatrix Okafor. “⟦d:a|There is no such thing as commercially sensitive when it comes to public money being spent by a company this committee oversees.⟧”
“⟦d:b|I understand the frustration,⟧” Markovic said, “⟦d:b|and I will write to the committee with what I can share.⟧”
“⟦d:a|What you can share, or what we asked for?⟧”
Markovic paused. “⟦d:b|What I can share.⟧”
Okafor later accused her of “⟦p:a|treating parliament with contempt⟧”. Westrail said in a statement that it “⟦p:c|remains fully committed to transparency⟧” and would provide a breakdown “⟦p:c|in due course⟧”.

### 018
@a Farida Nazarova | Dravenian Foreign Minister
@b - | A reporter from a Dravenian state broadcaster
@c Piet van der Molen | her Kelmark counterpart
Dravenian Foreign Minister Farida Nazarova on Tuesday rejected accusations that her government had interfered in neighbouring Kelmark's elections, calling them "⟦p:a|fantasies invented by people who lost⟧".
Speaking through an interpreter at a news conference in the Kelmark capital, Oststrand, alongside her Kelmark counterpart, Piet van der Molen, Nazarova said: "⟦d:a|We respect the sovereignty of our neighbours. We have always respected it.⟧"
Van der Molen, standing beside her, said the two countries had "⟦p:c|very different views⟧" on the matter. "⟦d:c|Our security services have presented evidence. I am not going to pretend today that they haven't,⟧" he said.
A reporter from a Dravenian state broadcaster then asked Nazarova: "⟦d:b|Will you ask the Kelmark side to show this evidence?⟧"
"⟦d:a|We have asked. We are still waiting,⟧" she replied.
Van der Molen did not respond.

### 019
@a Harold Pennington | chairman of Little Wexcombe Parish Council
@b Lorraine Fitzgibbon | a councillor of 22 years' standing
@c - | One resident
What has become known in the village as “⟦s:-|Bench-gate⟧” took another twist on Monday night when a parish councillor walked out of a meeting in protest at the removal of a memorial bench from Little Wexcombe's green.
Lorraine Fitzgibbon, a councillor of 22 years' standing, told the meeting the decision had been taken “⟦p:b|behind closed doors, by people who should know better⟧”.
“⟦d:b|That bench was paid for by the Ashworth family in memory of their son. It was not ours to move,⟧” she said.
Harold Pennington, chairman of Little Wexcombe Parish Council, said the bench had been moved, not removed, and was now “⟦p:a|perfectly comfortable⟧” beside the war memorial.
“⟦d:b|Perfectly comfortable for whom, Harold?⟧” Mrs Fitzgibbon asked, before gathering her papers and leaving the room.
“⟦d:a|Well,⟧” said Mr Pennington after a long pause, “⟦d:a|I suppose we'll move on to item six.⟧”
One resident, who asked not to be named, said afterwards: “⟦d:c|It's a bench. But it's also not a bench, if you see what I mean.⟧”

### 020
@a Viktor Hanssen | the former health secretary
@b Emeka Obi-Thornton | the party's deputy leader
@c Jessamy Lowe | a former political editor
@d - | A retired teacher from Dunmore
The two men vying to lead the National Democrats traded blows over tax and immigration at a members' hustings in Castlebridge on Saturday, in the most bad-tempered encounter of the contest so far.
Viktor Hanssen, the former health secretary, accused his rival of having "⟦p:a|no fixed position on anything⟧". "⟦d:a|Emeka has been for the tax cut, against the tax cut and for it again, all since June,⟧" he said.
Emeka Obi-Thornton, the party's deputy leader, said he had "⟦p:b|listened to members⟧" and changed his mind. "⟦d:b|Viktor calls it flip-flopping. I call it listening. He should try it some time,⟧" he said.
"⟦d:c|Gentlemen, I'm going to ask you something nice. Name one thing you admire about each other,⟧" said the moderator, Jessamy Lowe, a former political editor.
There was a long silence. "⟦d:a|He has very good hair,⟧" Hanssen said eventually.
"⟦d:b|And he's always very punctual,⟧" Obi-Thornton replied.
A retired teacher from Dunmore asked why either of them deserved the job. "⟦d:d|You've both been in cabinet for ten years. What was stopping you?⟧"
Supporters of Hanssen chanted "⟦s:-|Viktor! Viktor!⟧" as he left the stage.

### 021
@a Ingrid Solvang | Meridian Commission President
@b Chiara Benedetti-Lutz | Aurelian Prime Minister
@c Meridian Commission | The commission
@d - | a reporter
Leaders of the Meridian bloc failed on Thursday to agree a common position on migrant quotas after Aurelia threatened to veto any deal that included mandatory relocation.
“⟦d:a|We are not there yet. I won't pretend that we are,⟧” Meridian Commission President Ingrid Solvang told reporters at 2 a.m., after fourteen hours of talks.
Aurelian Prime Minister Chiara Benedetti-Lutz said her country had “⟦p:b|done more than its share⟧” and would not accept quotas “⟦p:b|imposed from outside⟧”.
“⟦d:d|Is this a veto, Prime Minister?⟧” a reporter asked her.
“⟦d:b|It is a position. Call it what you like,⟧” Benedetti-Lutz said.
Asked about those remarks, Solvang said she had “⟦p:a|great respect⟧” for the Aurelian leader but added: “⟦d:a|Solidarity is not a menu where you pick only the dishes you like.⟧”
The commission said in a statement that talks would resume “⟦p:c|at ministerial level, as a matter of urgency⟧” next week.

### 022
@a Darren Kilbride | Progressive MP
@b - | A pal of the researcher
@c - | A party spokesperson
@d Mandy Corrigan | party chief whip
RANDY Progressive MP Darren Kilbride sent a string of flirty late-night messages to a junior researcher while telling colleagues he was "⟦p:a|fully focused⟧" on the cost-of-living crisis, the Sunday Beacon can reveal.
In one message, sent at 1.14 a.m., the married father of three wrote: "⟦d:a|U still up? Can't stop thinking about that committee meeting lol.⟧"
In another he told the 24-year-old: "⟦d:a|Delete these btw. This place has ears.⟧"
A pal of the researcher told us: "⟦d:b|She was terrified to say anything. He's a big name and she's only just starting out.⟧"
Kilbride last night said: "⟦d:a|These messages were friendly banter and nothing more. I regret any offence caused.⟧"
But party chief whip Mandy Corrigan said she had "⟦p:d|referred the matter to the independent complaints process⟧".
A party spokesperson said: "⟦d:c|We take all such allegations extremely seriously.⟧"

### 023
@a Nikhil Bhattacharya | presenter
@b Owain Prys-Jones | The immigration minister
The immigration minister, Owain Prys-Jones, has admitted that the government does not know how many people whose asylum claims were rejected are still in the country.
In a bruising exchange on WestFM's Today at Eight, presenter Nikhil Bhattacharya asked him for a figure four times.
“⟦d:a|Roughly. Just give me a rough number, minister.⟧”
“⟦d:b|I'm not going to give you a number I can't stand behind.⟧”
“⟦d:a|So you don't know.⟧”
“⟦d:b|We know a great deal more than the previous government did—⟧”
“⟦d:a|That's not what I asked you.⟧”
Prys-Jones eventually conceded: “⟦d:b|We don't have a precise figure, no. That's exactly why we're building the system that will give us one.⟧”
Bhattacharya told listeners afterwards that the minister had been “⟦p:a|given every chance⟧” to answer.

### 024
@a Zainab Hussaini | The 29-year-old
@b Rashida Hussaini | Her mother
@c Gordon Teague | a veteran Unity MP who has sat for Harlow Fields for 27 years
Zainab Hussaini has been an MP for six weeks and has already been told off twice: once for clapping in the chamber, which is not done, and once for wearing trainers, which apparently is not done either.
“⟦d:a:m|Nobody gives you a rulebook. You find out what the rules are by breaking them and having somebody in a waistcoat tell you off.⟧
“⟦d:a|I'm not complaining. I think it's funny. My mum thinks it's less funny.⟧”
The 29-year-old, the first woman to represent Pellow Docks, grew up above her parents' grocery shop on Canal Street. Her mother, Rashida, still works the till on Saturdays.
“⟦d:b|She used to do her homework on the counter and the customers would help her with the maths,⟧” Rashida Hussaini said. “⟦d:b|Now they all want selfies.⟧”
Gordon Teague, a veteran Unity MP who has sat for Harlow Fields for 27 years, has been keeping a fatherly eye on the newcomer. “⟦d:c|She asks the questions the rest of us stopped asking twenty years ago. That's either going to make her a minister or get her into a great deal of trouble,⟧” he said.
Told this, Hussaini laughed. “⟦d:a|Both, hopefully.⟧”

### 025
@a Ramesh Chaturvedi | the Leader of the Opposition
@b Meenakshi Iyer-Rao | State Finance Minister
@c Suresh Bhandari | Speaker
Opposition members staged a walkout from the Vindhara Legislative Assembly on Monday after Speaker Suresh Bhandari refused to allow a debate on the state's mounting power cuts.
"⟦d:c|The budget discussion is listed. We will follow the listed business,⟧" Bhandari said as opposition members crowded into the well of the House.
Ramesh Chaturvedi, the Leader of the Opposition, shouted in Hindi, "⟦d:a|Yeh sarkar andhere mein hai⟧" ("⟦d:a|This government is in the dark⟧"), before leading his members out of the chamber.
State Finance Minister Meenakshi Iyer-Rao, presenting the budget after the walkout, said the opposition was "⟦p:b|running away from the numbers⟧".
"⟦d:b|They shout about power cuts, but in their five years not a single new plant was commissioned in this state,⟧" she told the House.
Chaturvedi later told reporters outside the assembly: "⟦d:a|We will not sit in a House where the people's suffering cannot even be discussed.⟧"

### 026
@a - | one former cabinet minister
@b - | A senior backbencher who has served on the party's governing committee
@c Marguerite Olawale | the party chairwoman
@d Jonas Eriksen-Moyo | the prime minister's parliamentary private secretary
Plotters seeking to oust Prime Minister Anders Holm believe they are within a dozen letters of triggering a confidence vote, according to MPs involved in the effort.
“⟦d:a|It's not a question of if any more. It's a question of whether it's before or after conference,⟧” one former cabinet minister said.
A senior backbencher who has served on the party's governing committee said letters had been “⟦p:b|arriving in twos and threes⟧” since the by-election defeat in Corley. “⟦d:b|People who would never have put their names to anything six months ago are now asking me how the process works,⟧” the backbencher said.
Marguerite Olawale, the party chairwoman, dismissed the reports as “⟦p:c|corridor tittle-tattle⟧”. “⟦d:c|The Prime Minister has a mandate, and he has the support of the overwhelming majority of colleagues,⟧” she said.
Jonas Eriksen-Moyo, the prime minister's parliamentary private secretary, was more combative. “⟦d:d|If they've got the numbers, let them put up. Otherwise they should shut up and let us govern,⟧” he told reporters outside parliament.

### 027
@a Tobias Wainwright | chairman of the Oakfield Residents' Association
@b Kwabena Mensah | the cabinet member for planning
@c - | a council officer
Plans for 450 homes on the former Oakfield brickworks were approved by Hartsmoor District Council's planning committee on Tuesday despite more than 1,200 objections.
Tobias Wainwright, chairman of the Oakfield Residents' Association, told the committee: ``⟦d:a|We are not nimbys. We want homes. We just want the school places and the GP surgery to come first, not fifth.⟧''
Cllr Kwabena Mensah, the cabinet member for planning, said the developer had agreed to fund a new primary school ``⟦p:b|before the hundredth home is occupied⟧''.
``⟦d:b|I hear Mr Wainwright, and I share a lot of his concerns,⟧'' he said. ``⟦d:b|But if we refuse this, the developer will appeal, and the inspector will approve it without any of the conditions we have secured.⟧''
Asked by a committee member whether that was certain, a council officer replied: ``⟦d:c|Nothing is certain at appeal. But it is likely.⟧''
Wainwright said afterwards that the residents would consider ``⟦p:a|all our options, including legal ones⟧''.

### 028
@a Kofi Ampofo-Reyes | Sundland's foreign minister
@b Rashid Al-Mansouri | His Qaradani counterpart
@c - | one journalist
The foreign ministers of Sundland and Qaradan said on Wednesday they had agreed to restore full diplomatic relations, four years after the expulsion of ambassadors over a spying row.
"⟦d:a|Today we close a chapter that neither of our peoples wanted to open,⟧" Sundland's foreign minister, Kofi Ampofo-Reyes, told a joint news conference in the Qaradani capital, Bayt Harun.
His Qaradani counterpart, Rashid Al-Mansouri, said the agreement had been "⟦p:b|months in the making, and years in the waiting⟧".
Asked what had changed, Al-Mansouri said: "⟦d:b|Honestly? We both got tired of it. Our businesses were tired of it. Our students were tired of it.⟧"
When one journalist raised the spying allegations, the two men exchanged a glance. "⟦d:c|Were the allegations true, minister?⟧" the journalist pressed.
"⟦d:a|We have agreed to look forward, not backward,⟧" Ampofo-Reyes said.
Al-Mansouri smiled. "⟦d:b|He means no comment.⟧"

### 029
@a Lachlan Birch | Prime Minister
@b Aroha Ngata-Wells | Opposition Leader
@c Graham Tuckey | Speaker
@d Wes Pattinson | the Member for Kinross
Question Time descended into chaos on Tuesday as Speaker Graham Tuckey ejected one Opposition MP and warned another over interjections during questions on the government's gas reservation policy.
Opposition Leader Aroha Ngata-Wells asked Prime Minister Lachlan Birch whether he had met gas company executives in the week before the policy was watered down.
"⟦d:a|I meet with all sorts of people, Mr Speaker. That's what prime ministers do,⟧" Mr Birch said. "⟦d:a|I met with nurses yesterday. I don't hear her complaining about that.⟧"
"⟦d:b|Answer the question!⟧" Ms Ngata-Wells called across the table.
Wes Pattinson, the Member for Kinross, was then heard to yell "⟦d:d|Dodgy as!⟧" from the Opposition benches.
"⟦d:c|The Member for Kinross will leave the chamber for one hour under standing order 94(a),⟧" Mr Tuckey said. "⟦d:c|And the Member for Gilmore is warned.⟧"
Later in the session Mr Birch used a friendly question from his own side, known in the building as a "⟦s:-|Dorothy Dixer⟧", to attack the Opposition's energy policy.

### 030
@a Ifeoma Chukwu | -
@b Nigel Parrish | the Unity Party candidate
@c Helen Marsh | The returning officer
Ifeoma Chukwu overturned a 14,000-vote majority to win the Ashcombe Heath by-election for Liberal Reform in the early hours of Friday, in a result quickly nicknamed the “⟦s:-|Ashcombe earthquake⟧”.
The returning officer, Helen Marsh, read out the figures shortly after 3.40 a.m.: “⟦d:c|Chukwu, Ifeoma Adaeze, Liberal Reform, nineteen thousand, two hundred and six.⟧” The rest was lost in the cheering.
“⟦d:a|Ashcombe Heath has spoken, and it has spoken loudly,⟧” Chukwu, 41, told supporters at the Ashcombe Leisure Centre. “⟦d:a|People here were told for forty years that their votes were in the bag. Tonight they took them out of the bag.⟧”
Nigel Parrish, the Unity Party candidate, who came second, said the result was “⟦p:b|a verdict on the national picture, not on anything we did locally⟧”.
Asked whether his party leader should take responsibility, he said: “⟦d:b|That's well above my pay grade. I'm going to bed.⟧”

### 031
@a Philippa Ashgrove | Culture Secretary
@b Kerry-Ann Boateng | reality TV star turned campaigner
@c - | One government insider
@d - | A spokesman for the Culture Secretary
CULTURE Secretary Philippa Ashgrove was dragged into an extraordinary online slanging match last night with reality TV star turned campaigner Kerry-Ann Boateng.
The row erupted after Boateng, 31, branded the minister's arts funding cuts "⟦p:b|cultural vandalism⟧" on breakfast telly.
Ashgrove, 47, fired back on social media: "⟦d:a|Always happy to debate arts policy with people who've read it. Link below for anyone who'd like to try.⟧"
Boateng hit back within minutes, posting: "⟦d:b|I've read it, babe. Twice. That's why I'm angry.⟧"
The exchange was shared more than 50,000 times. One government insider groaned: "⟦d:c|Philippa should have left it. You never win a fight with someone who has more followers than you.⟧"
Ashgrove later deleted her post. A spokesman for the Culture Secretary said she "⟦p:d|stands by the substance⟧" of it.

### 032
@a Desirée Fontaine | moderator
@b Marek Kowalczyk | Green leader
@c Bethany Okoro-Lane | Prime Minister
@d Ruaraidh Gillies | Alliance leader
The only televised debate of the campaign featuring all three main party leaders descended into a shouting match over climate policy on Thursday night, with moderator Desirée Fontaine repeatedly cutting off the candidates' microphones.
Prime Minister Bethany Okoro-Lane defended her government's decision to delay the ban on new petrol cars, saying it had been “⟦p:c|the responsible thing to do for families who can't afford a new car⟧”.
“⟦d:b|The responsible thing? The responsible thing would have been to keep your promise,⟧” Green leader Marek Kowalczyk interrupted.
“⟦d:a|Mr Kowalczyk, you'll have your turn.⟧”
“⟦d:b|She's had hers for five years.⟧”
Alliance leader Ruaraidh Gillies, who had been largely silent during the exchange, drew laughter when he said: “⟦d:d|While these two argue about cars, I'd like to talk about the buses, which don't exist in half the country.⟧”
Fontaine closed the segment with a plea: “⟦d:a|Can we please, for the last time tonight, let each other finish a sentence?⟧”
“⟦d:c|I'd love to,⟧” Okoro-Lane replied.

### 033
@a Gaspard Lefèvre-Aubin | Prime Minister
@b Nadia Benali | leader of the opposition Rassemblement Citoyen
@c - | A government source
The government of Prime Minister Gaspard Lefèvre-Aubin survived a no-confidence vote in the National Assembly of Belvaux on Wednesday by just seven votes, after a week of frantic negotiations with independent deputies.
«⟦d:a|Ce soir, la stabilité l'a emporté⟧», Lefèvre-Aubin told deputies after the result was announced — «⟦d:a|Tonight, stability won⟧».
Nadia Benali, leader of the opposition Rassemblement Citoyen, said the government had «⟦p:b|bought its survival one deputy at a time⟧».
«⟦d:b|They have seven votes and no majority. This is not a government, it is a waiting room,⟧» she told reporters in the corridors of the assembly.
A government source, speaking on condition of anonymity, acknowledged that concessions had been made. «⟦d:c|Of course there were discussions. That is what politics is,⟧» the source said.
Outside, a small crowd of protesters chanted «⟦s:-|Démission!⟧» as deputies left the building.

### 034
@a Sebastian Achterberg | The Governor of the Reserve Bank of Calderon
@b Ruth Okonedo | a Unity member of the committee
@c Graham Pettifer | The committee's chairman
The Governor of the Reserve Bank of Calderon, Sebastian Achterberg, admitted on Tuesday that the bank had been "⟦p:a|too slow, and too confident⟧" in its response to the surge in inflation two years ago.
Giving evidence to the finance committee, Achterberg said: "⟦d:a:m|We said the rise was temporary. We said it for longer than we should have. I said it, in this room, and I was wrong.⟧
"⟦d:a|I don't think that means the framework is broken. I think it means the people operating it, myself included, made a mistake, and we have learned from it.⟧"
Ruth Okonedo, a Unity member of the committee, asked whether the word "⟦s:-|transitory⟧" had now been banned at the bank. "⟦d:b|Would you ever use it again, Governor?⟧" she asked.
"⟦d:a|Not in front of this committee,⟧" Achterberg replied, to laughter.
The committee's chairman, Graham Pettifer, said afterwards that the admission was "⟦p:c|welcome, if overdue⟧".

### 035
@a Kemi Adebayo-Price | Civic First candidate
@b Stanley Moorcroft | the incumbent
@c Doreen Haworth | -
On a damp Saturday morning on the Kirkby Fold estate, Civic First candidate Kemi Adebayo-Price is trying to explain to a woman in a dressing gown why she should be the next mayor of Rossington.
“⟦d:a|Three things: buses, potholes and the youth centre,⟧” she says, counting them off on her fingers. “⟦d:a|That's it. That's the pitch.⟧”
Doreen Haworth, 78, is unconvinced. “⟦d:c|They all say potholes, love,⟧” she tells her. “⟦d:c|Then they get in and the potholes get bigger.⟧”
Adebayo-Price has taken to calling the incumbent, Stanley Moorcroft, “⟦p:a|the invisible mayor⟧”.
Moorcroft, reached by phone, said he was “⟦p:b|very much visible, thank you⟧”. “⟦d:b|I've been to forty-odd community events this year. She should check my diary before she writes her leaflets,⟧” he said.

### 036
@a Elspeth Garroway | the Department of Health and Wellbeing's director of strategy
@b - | A spokesperson for the Department of Health and Wellbeing
@c Mohammed Aziz | Health Secretary
A senior civil servant warned ministers that a flagship plan to cut hospital waiting lists was "⟦p:a|undeliverable on any realistic timetable⟧", according to a leaked memo seen by the Courier.
The memo, written in March by Elspeth Garroway, the Department of Health and Wellbeing's director of strategy, says: "⟦d:a|We do not have the staff, the beds or the theatre capacity to meet this target by next spring. To pretend otherwise is to set the department up for failure.⟧"
It adds: "⟦d:a|Ministers should be advised that announcing the target in its current form carries a high risk of public embarrassment.⟧"
Twelve days later, Health Secretary Mohammed Aziz announced the target at his party's conference, describing it as "⟦p:c|ambitious but achievable⟧".
A spokesperson for the Department of Health and Wellbeing said: "⟦d:b|We do not comment on leaked documents. Officials provide a range of advice, and ministers make decisions.⟧"
Aziz, asked about the memo on a visit to Hollins General Hospital, said: "⟦d:c|I have every confidence in the plan, and so do the staff I've met today.⟧"

### 037
@a Valentina Ocampo | Costa Verde's foreign minister
@b Tevita Fonua | the prime minister of Nuku'ara
@c - | A European delegate
Small island states walked out of the final session of the Ocean Nations Conference in Puerto Alba on Friday, accusing wealthy countries of backsliding on a promised loss-and-damage fund.
“⟦d:b|We were promised money. We were given a working group,⟧” said Tevita Fonua, the prime minister of Nuku'ara, as he led his delegation from the hall. “⟦d:b|My country does not have time for working groups. It has about thirty years.⟧”
Costa Verde's foreign minister, Valentina Ocampo, who chaired the conference, appealed for calm. “⟦d:a|No nos rendimos,⟧” she said in Spanish — “⟦d:a|We are not giving up⟧” — before adjourning the session until the evening.
A European delegate, speaking privately, said the walkout had been “⟦p:c|coming for days⟧”. “⟦d:c|They're right, frankly. We're not putting enough on the table, and everybody in that room knows it,⟧” the delegate said.

### 038
@a Sunita Venkataraman | The programme's presenter
@b Eleanor Fairbrother-Kaye | Opposition leader
@c Unity Party | -
Opposition leader Eleanor Fairbrother-Kaye has said she will "⟦p:b|not rule anything in or out⟧" on a wealth tax, after being challenged repeatedly on Radio Calder's Sunday Politics.
The programme's presenter, Sunita Venkataraman, put it to her that voters deserved to know before polling day. "⟦d:a|You want to be prime minister in six weeks. Surely you know whether you'd bring in a wealth tax?⟧"
"⟦d:b|I know what I'd like to do. I also know what the books will look like when we open them, which is to say I don't, and neither do you,⟧" Fairbrother-Kaye replied.
"⟦d:a|That sounds like a yes.⟧"
"⟦d:b|It sounds like an answer you don't like, Sunita.⟧"
She was later asked about her party's candidate in Moorside, who has been suspended over social media posts. "⟦d:b|I acted within an hour of seeing them. I don't think anybody could have acted faster,⟧" she said.
The Unity Party said in a statement that Fairbrother-Kaye had "⟦p:c|dodged the one question voters care about most⟧".

### 039
@a Bryn Rowlands | leader of Castlemere City Council
@b Ayesha Malik | Opposition councillor
@c - | A spokesman for campaign group Taxpayers' Watch
@d Castlemere City Council | The council
A COUNCIL leader who told residents to "⟦p:a|tighten our belts⟧" racked up nearly £9,000 on a four-day "⟦s:-|trade mission⟧" to a sunshine resort, we can reveal.
Bryn Rowlands, leader of Castlemere City Council, flew business class to Playa Serena and stayed in a five-star hotel with three officials.
Opposition councillor Ayesha Malik fumed: "⟦d:b|While he was sipping cocktails by the pool, we were closing children's centres. You couldn't make it up.⟧"
A spokesman for campaign group Taxpayers' Watch said: "⟦d:c|This is a slap in the face for every hard-working family in Castlemere.⟧"
But Rowlands insisted: "⟦d:a|This trip secured investment for the city. I'm proud of it and I'd do it again tomorrow.⟧"
The council said in a statement that the visit had been "⟦p:d|approved in line with all relevant policies⟧".

### 040
@a Mei-Lin Tang | the home secretary
@b Oksana Hrytsenko | the former business minister
@c Dev Raman | Tang's chief of staff
When the result was read out in the Great Hall of the Abelard Institute — 58 per cent to 42 — Mei-Lin Tang, the home secretary, did not flinch. She stood, applauded, and walked across the stage to shake Oksana Hrytsenko's hand.
Her concession speech, delivered without notes, was the best of her career, according to several people in the room.
“⟦d:a:m|I wanted this very much. I'm not going to pretend otherwise, because you'd all know I was lying.⟧
“⟦d:a:m|But the members have spoken, and they have chosen someone who I know will fight for this party every single day.⟧
“⟦d:a|Oksana, you have my support. You'll also have my opinions, whether you want them or not.⟧”
Hrytsenko, the former business minister, laughed. “⟦d:b|I wouldn't expect anything less,⟧” she said as she took the podium.
Backstage, Tang's chief of staff, Dev Raman, was less composed. “⟦d:c|She'd have been a great prime minister. The party has just picked the safer option,⟧” he said. “⟦d:c|Give it two years.⟧”

### 041
@a Marcus Delacroix-Whitfield | a federal appeals judge
@b Roy Etheridge | the committee's chairman
@c Dale Kowalski | a Federalist from Marston
President Alvarez's nominee for attorney general faced sharp questioning on Wednesday over his past rulings on voting rights, as senators on the Judiciary Committee opened three days of confirmation hearings.
Marcus Delacroix-Whitfield, a federal appeals judge, told the committee he would be "⟦p:a|nobody's lawyer but the people's⟧". "⟦d:a|I have ruled for and against every administration whose lawyers have appeared before me. I intend to keep doing that,⟧" he said.
Sen. Dale Kowalski, a Federalist from Marston, asked whether the judge had discussed any pending case with the president. "⟦d:c|Yes or no, judge?⟧"
"⟦d:a|No, senator.⟧"
"⟦d:c|Not even in passing?⟧"
"⟦d:a|Not even in passing.⟧"
Sen. Roy Etheridge, the committee's chairman, cut in to say the nominee "⟦p:b|has answered the question, twice⟧".
"⟦d:c|And I'm entitled to ask it a third time, Mr. Chairman,⟧" Kowalski shot back.

### 042
@a Danielle Kwan-Harper | Press secretary
@b - | one reporter
@c - | another reporter
@d Hector Ibarra | Lakeshore Tribune correspondent
Press secretary Danielle Kwan-Harper faced a barrage of questions on Thursday about the president's health, a day after he cancelled two public appearances without explanation.
“⟦d:a|The president is fine. He had a cold. He's working from the residence and he'll be back on his regular schedule next week,⟧” Kwan-Harper told reporters at the daily briefing.
“⟦d:b|Has he seen a doctor?⟧” one reporter asked.
“⟦d:a|He sees his doctor regularly, as every president does.⟧”
“⟦d:c|That's not what she asked,⟧” another reporter called out.
Lakeshore Tribune correspondent Hector Ibarra asked whether the administration would release the president's latest medical report. Kwan-Harper said it would be made public “⟦p:a|at the appropriate time⟧”.
“⟦d:d|And when is the appropriate time?⟧” Ibarra pressed.
“⟦d:a|When it's appropriate, Hector,⟧” she said, and moved on to the next question.

### 043
@a Gwenllian Morgan-Rees | The mayor of Llanfechan
@b Anthony Blewitt | independent councillor
@c - | One member of the public
Llanfechan Town Council has voted to make Welsh the default language of its meetings, after independent councillor Anthony Blewitt accused colleagues of "⟦p:b|shutting out half the town⟧".
The mayor of Llanfechan, Gwenllian Morgan-Rees, opened Tuesday's meeting in Welsh. "⟦d:a|Mae hon yn noson bwysig i'r dref⟧" — "⟦d:a|This is an important night for the town⟧" — she said, before switching to English for those without translation headsets.
Blewitt, who does not speak Welsh, said the change would "⟦p:b|turn every meeting into a language test⟧". "⟦d:b|I've lived here forty years. I shouldn't need headphones to take part in my own town council,⟧" he said.
Morgan-Rees said headsets and simultaneous translation would be available "⟦p:a|at every meeting, for everyone, for free⟧".
One member of the public shouted "⟦d:c|About time!⟧" as the motion was passed by nine votes to three.

### 044
@a Fergus Mbatha-Calder | the work and pensions secretary
@b Rupert Faulkner-Sesay | The Prime Minister
@c - | one backbench ally
Fergus Mbatha-Calder, the work and pensions secretary, resigned from the cabinet on Sunday night over the government's plans to freeze disability benefits, the first cabinet departure since the election.
In his resignation letter, he wrote: “⟦d:a|I have tried, in cabinet and in private, to persuade colleagues that this is the wrong decision. I have failed, and I cannot in good conscience defend it in public.⟧”
“⟦d:a|I will continue to support the government from the back benches on every other matter.⟧”
The Prime Minister, Rupert Faulkner-Sesay, replied that he was “⟦p:b|sorry and disappointed⟧” to receive the letter. “⟦d:b|You have been a loyal colleague and a friend, and I respect the seriousness with which you have reached this decision,⟧” he wrote.
“⟦d:c|Fergus has done the brave thing. I'd be surprised if he's the last,⟧” one backbench ally said.

### 045
@a Harriet Oduya | the Unity MP for Selwood
@b Frank Leatherby | a National MP and former army chaplain
@c Priyanka Deshmukh | Justice Minister
MPs backed the Assisted Dying (Terminally Ill Adults) Bill at its second reading on Friday by 312 votes to 288, after a five-hour debate in which members on both sides spoke of the deaths of parents and partners.
Harriet Oduya, the Unity MP for Selwood, who introduced the bill, described her father's final weeks. "⟦d:a:m|He was a proud man. He drove a bus for thirty-one years and he never missed a shift.⟧
"⟦d:a|At the end he asked me, every day, when it would be over. I didn't have an answer for him. I want the next daughter who is asked that question to have one.⟧"
Frank Leatherby, a National MP and former army chaplain, said he had "⟦p:b|sat at more deathbeds than anyone in this chamber⟧" and could not support the bill. "⟦d:b|I have seen what good palliative care can do. I fear this bill will become a substitute for it, not an addition to it,⟧" he said.
Justice Minister Priyanka Deshmukh, speaking for the government, said ministers would remain "⟦p:c|neutral on the principle⟧" but would ensure the legislation was "⟦p:c|workable⟧" if it reached the statute book.

### 046
@a Clement Osei-Bonsu | Environment Secretary
@b - | one protester
@c Westvale Police | -
A speech by Environment Secretary Clement Osei-Bonsu at a renewable energy conference in Harbridge was halted for ten minutes on Monday when climate activists stormed the stage.
Two protesters unfurled a banner reading "⟦s:-|Stop new oil now⟧" as Mr Osei-Bonsu was halfway through a passage about offshore wind.
"⟦d:b|You're lying to our faces!⟧" one protester shouted before being led away by security staff.
When he resumed, the minister said: "⟦d:a|Well, I was going to say this was a lively audience. I didn't expect it to be quite this lively.⟧"
He added that he "⟦p:a|respected the passion⟧" of the activists but not their methods. "⟦d:a|Shouting at people doesn't build a single wind turbine,⟧" he said.
Westvale Police said two women, aged 22 and 25, had been arrested on suspicion of aggravated trespass and "⟦p:c|remain in custody⟧".

### 047
@a Rohan Mehta-Clarke | The 41-year-old
@b - | one MP backing his rival
@c - | A Mehta-Clarke aide
@d Jacqueline Fournier | -
HE'S been dubbed “⟦s:-|Mr Spreadsheet⟧” by his enemies — but Rohan Mehta-Clarke last night insisted he has the personality to be PM.
The 41-year-old, who is battling Jacqueline Fournier to replace outgoing leader Simon Tregarthen, told cheering supporters in Blackwater: “⟦d:a|They say I'm boring. I say the country has had enough excitement to last a lifetime.⟧”
But one MP backing his rival sneered: “⟦d:b|Rohan has all the charisma of a tax return. Members want someone who can win a TV debate.⟧”
A Mehta-Clarke aide hit back: “⟦d:c|Funny, they said that about the last three winners too.⟧”
Fournier, 55, refused to join the mud-slinging. “⟦d:d|I'm not going to comment on what anybody else's supporters are saying. I'm talking to members about the cost of living,⟧” she told reporters.

### 048
@a Friederike Albrecht-Sommer | Nordmark's foreign minister
@b Yusuf Demirci | Karsenia's foreign minister
@c Council of Northern States | The council
@d - | A diplomat close to the talks
Foreign ministers of the Council of Northern States agreed on Monday to extend sanctions on the Varosh regime for a further six months, but failed to agree new measures targeting its energy exports.
«⟦d:a|Wir sind uns einig, dass der Druck bleiben muss⟧», Nordmark's foreign minister, Friederike Albrecht-Sommer, told reporters after the meeting in Rendsholm. «⟦d:a|We agree that the pressure must remain.⟧»
But Karsenia's foreign minister, Yusuf Demirci, whose country relies on Varosh gas for nearly half of its heating, said an energy embargo would be «⟦p:b|an act of self-harm⟧». «⟦d:b|I will not ask my citizens to freeze so that others can feel virtuous,⟧» he said.
A diplomat close to the talks said Demirci had been «⟦p:d|isolated but immovable⟧» throughout.
The council said in a statement that ministers would «⟦p:c|continue to examine further options⟧» before their next meeting in June.

### 049
@a Clarissa Beaumont-Ortiz | the two-term governor of Greystone
@b - | a heckler
@c Marvin Tolliver | a retired steelworker who had driven two hours to attend
Clarissa Beaumont-Ortiz, the two-term governor of Greystone, pitched herself on Saturday as the only candidate in a crowded presidential primary who could win back blue-collar voters, telling a rally at a union hall in East Calloway that the party had “⟦p:a|forgotten where it came from⟧”.
“⟦d:a|We used to be the party of the people who make things,⟧” she said. “⟦d:a|Somewhere along the way we became the party of the people who make slide decks.⟧”
Midway through her speech a heckler shouted from the back of the hall: “⟦d:b|What about the pensions?⟧”
“⟦d:a|I'm glad you asked, sir,⟧” Beaumont-Ortiz replied, “⟦d:a|because I've got a whole page on pensions, and I'm about to read you every word of it.⟧”
Marvin Tolliver, 67, a retired steelworker who had driven two hours to attend, said he was “⟦p:c|leaning her way⟧”. “⟦d:c|She talks like somebody who's been inside a factory. Whether she means it, I'll tell you in November,⟧” he said.

### 050
@a Colin Ashby-Grant | the Lord Mayor
@b Fatima Zahra Benjelloun | Green group leader
@c Stephen Crawley | cabinet member for finance
Councillors in Ravensholme approved a 4.99 per cent council tax rise on Wednesday night after a three-hour meeting punctuated by points of order and a brief adjournment.
Stephen Crawley, cabinet member for finance, told the chamber the rise was "⟦p:c|the least bad option available to us⟧". "⟦d:c|Our grant from central government has been cut by 40 per cent in real terms over a decade. The money has to come from somewhere,⟧" he said.
Green group leader Fatima Zahra Benjelloun was on her feet before he had finished. "⟦d:b|Point of order, Lord Mayor!⟧"
"⟦d:a|What is the point of order, councillor?⟧" asked the Lord Mayor, Colin Ashby-Grant.
"⟦d:b|The cabinet member is misleading the chamber about the reserves.⟧"
"⟦d:a|That is not a point of order. That is a point of debate, and you will have your chance,⟧" Ashby-Grant replied.
Benjelloun later posted on social media that the budget was "⟦p:b|a tax rise dressed up as a rescue⟧".

### 051
@a Tomasz Zieliński | Ostrowian President
@b Grace Mwangi-Holt | Prime Minister
@c - | an official travelling with the prime minister
@d - | a reporter from the Ostrowian daily Gazeta Poranna
Prime Minister Grace Mwangi-Holt appeared to contradict her own government's position on Ostrowia's bid to join the Meridian bloc during a joint press conference in the Ostrowian capital on Tuesday, prompting a hurried clarification from officials.
“⟦d:d|Prime Minister, will your government support a fast-track application?⟧” asked a reporter from the Ostrowian daily Gazeta Poranna.
“⟦d:b|Yes. I think the case is overwhelming, and I think the sooner the better,⟧” she said.
Her government has until now said only that it supports Ostrowian membership in principle.
Ostrowian President Tomasz Zieliński, standing beside her, beamed. “⟦d:a|I could not have said it better myself. Perhaps I will ask the Prime Minister to come and give all my speeches,⟧” he said.
Within the hour, an official travelling with the prime minister told reporters that her answer had been “⟦p:c|an expression of warm support, not a change of policy⟧”. “⟦d:c|The position hasn't moved. She was being friendly,⟧” the official said.

### 052
@a Howard Baptiste | presenter
@b Keith Ormerod | Unity Party chairman
@c Arjun Malhotra | Pollster
Unity Party chairman Keith Ormerod conceded shortly after midnight that his party was heading for "⟦p:b|a very difficult night⟧", as the exit poll pointed to the loss of more than 80 seats.
Speaking on NBS's election night programme, Ormerod told presenter Howard Baptiste: "⟦d:b|I'm not going to sit here and pretend this is anything other than bad. It's bad.⟧"
"⟦d:a|Is it the leader's fault?⟧" Baptiste asked.
"⟦d:b|It's all of our faults. We win together, we lose together.⟧"
"⟦d:a|That's a very loyal answer.⟧"
"⟦d:b|It's the only one you're getting tonight, Howard.⟧"
Pollster Arjun Malhotra, of Cortex Research, told the programme that the exit poll had "⟦p:c|a margin of error, but not a margin of miracle⟧".

### 053
@a Siobhán Ní Bhriain | one of 23 government backbenchers who voted against
@b Declan Foy | The chief whip
@c - | One whip
The government saw off a rebellion over the Harbour Treaty on Tuesday night, winning by 17 votes after 23 of its own backbenchers voted with the opposition.
Siobhán Ní Bhriain, one of 23 government backbenchers who voted against, said the treaty was “⟦p:a|a bad deal signed in a hurry⟧”.
“⟦d:a|I didn't come here to be lobby fodder. I came here to represent Carrickmore, and Carrickmore doesn't want this,⟧” she said.
The chief whip, Declan Foy, said he was “⟦p:b|disappointed but not surprised⟧”. “⟦d:b|Colleagues have made their choice. There'll be conversations in the morning,⟧” he said.
One whip, speaking privately, was blunter. “⟦d:c|They'll be lucky to get a seat on the parish council,⟧” they said.

### 054
@a Quentin Osterley | the founder of lobbying firm Osterley Partners
@b Amina Jallow | a member of the standards committee
@c Osterley Partners | The firm
A lobbyist accused of paying an MP to ask parliamentary questions told the standards committee on Thursday that the payments were ``⟦p:a|consultancy fees for genuine expertise⟧''.
Quentin Osterley, the founder of lobbying firm Osterley Partners, said: ``⟦d:a|I paid him for his advice on the aviation sector, which he knows better than anyone. What he chose to do in the chamber was a matter for him.⟧''
Amina Jallow, a member of the standards committee, read out an email in which Osterley had written: ``⟦d:a|Any chance of a PQ on the slot auction before recess? Would be very helpful to the client.⟧''
``⟦d:b|Is that a request for advice, Mr Osterley?⟧'' she asked.
``⟦d:a|It was a question. He was free to say no.⟧''
``⟦d:b|And did he say no?⟧''
Osterley did not answer directly. The firm later said it had ``⟦p:c|always acted within the rules as they stood at the time⟧''.

### 055
@a Leon Fairweather | MP for Hadley Moss
@b National Democrats | -
@c Patricia Glenn | -
@d - | One market trader
Leon Fairweather, MP for Hadley Moss, has defected from the National Democrats to Liberal Reform, saying his old party had "⟦p:a|lost its way and lost its nerve⟧".
In a video posted on social media on Sunday morning, the 38-year-old said: "⟦d:a|I didn't leave the National Democrats. The National Democrats left me, and they left the people of Hadley Moss a long time before that.⟧"
The National Democrats said in a statement that Fairweather should "⟦p:b|do the decent thing and call a by-election⟧".
In Hadley Moss market on Sunday afternoon, opinion was divided. "⟦d:c|I voted for him, not the rosette. I'll vote for him again,⟧" said Patricia Glenn, 63.
One market trader, who would not give his name, was less forgiving. "⟦d:d|He's a turncoat. Simple as that,⟧" he said.

### 056
@a Alistair Kennard-Boyle | the ambassador to Kessaria
@b Ministry of External Affairs | -
@c Leila Nourani | Kessarian government spokeswoman
Leaked diplomatic cables in which Sir Alistair Kennard-Boyle, the ambassador to Kessaria, described the country's president as “⟦p:a|vain, thin-skinned and dangerously bored⟧” have plunged relations between the two countries into crisis.
In one cable, dated last October, he wrote: “⟦d:a|The President rarely reads briefing papers and dislikes being contradicted. He is, however, a shrewd judge of a room, and should not be underestimated.⟧”
Another reads: “⟦d:a|Meetings at the palace tend to be long on ceremony and short on substance.⟧”
Kessarian government spokeswoman Leila Nourani said the remarks were “⟦p:c|deeply insulting to the Kessarian people⟧” and that the ambassador had been summoned.
“⟦d:c|We expect an apology, and we expect it quickly,⟧” she said.
The Ministry of External Affairs said it would not comment on leaked material but “⟦p:b|deeply regrets⟧” any offence caused.

### 057
@a Beatrice Ollerenshaw | the Mother of the House
Beatrice Ollerenshaw, the Mother of the House, has sat in parliament for forty-one years, under nine prime ministers. She is standing down at the election, and she is not sentimental about it.
"⟦d:a|People keep asking if I'll miss it. I'll miss the people. I won't miss the hours, or the food, or the sound of the division bell at eleven at night,⟧" she says, in her office overlooking the river.
I ask her which of the nine was the best.
"⟦d:a:m|That's a trap, and I'm too old to walk into it. I'll tell you who was the kindest. When my husband died, one of them — I won't say which — rang me at home, on a Sunday, and said, 'Bea, don't you dare come back before you're ready.'⟧
"⟦d:a|I've never forgotten that. You'd be amazed how rare it is in this place.⟧"
"⟦d:-|Does it matter, in politics, whether people are kind?⟧" I ask.
"⟦d:a|It matters more than anything. It's just not what gets you promoted.⟧"

### 058
@a Jerome Whitaker | Mayor
@b Lucía Moreno-Park | Council Member
@c Darnell Hughes | a pastor who spoke during public comment
The Fairhaven City Council voted 6-3 on Tuesday to move $12 million from the police department's overtime budget to a new mental health crisis response team, after more than four hours of public comment.
Council Member Lucía Moreno-Park, who represents the 4th District and wrote the proposal, called the vote "⟦p:b|a first step, not a finish line⟧". "⟦d:b|When somebody is having a mental health crisis, the person who shows up should be somebody trained for it,⟧" the 34-year-old said.
Mayor Jerome Whitaker, who had threatened a veto, said he would sign the measure "⟦p:a|reluctantly⟧". "⟦d:a|I think it's moving too fast. But I'm not going to veto something six members of this council voted for,⟧" he said.
Darnell Hughes, a pastor who spoke during public comment, told council members: "⟦d:c|I have buried too many young men from this neighborhood. Do something different. Please.⟧"

### 059
@a Bernard Quayle | Farouk's former chief of staff
This is an edited transcript of Sunday's interview between presenter Ingrid Hallvarsen and the defence secretary, Kamal Farouk, on TV3's The Week Ahead. It followed an article in which Bernard Quayle, Farouk's former chief of staff, called the naval procurement programme “⟦p:a|a decade-long shambles⟧”.
Hallvarsen: Your former chief of staff says the programme is a shambles. Is he wrong?
Farouk: He's entitled to his view. I'd point out that he was in charge of it for four of those ten years.
Hallvarsen: Is the word “⟦s:-|shambles⟧” unfair, then?
Farouk: It's a programme that has had problems, which we are fixing. There's a difference.
Hallvarsen: The frigates are three years late.
Farouk: Two and a half. And the first one goes into the water in March.
Hallvarsen: You said that last March.
Farouk: I said it would be ready for trials in March. I didn't say which March. [Laughs] That was a joke, Ingrid. Please don't put it on a poster.

### 060
@a Conrad Ellery-Bose | a special adviser to the chancellor
@b Ibrahim Kargbo | The chancellor
@c - | A Finance Ministry source
@d - | An ally of Ellery-Bose
Conrad Ellery-Bose, a special adviser to the chancellor, was sacked on Friday after an inquiry concluded he had leaked details of the budget to a newspaper two days before it was delivered.
The 33-year-old was escorted from the Finance Ministry by security staff shortly after 10 a.m., according to two people who witnessed it.
The chancellor, Ibrahim Kargbo, said in a statement: “⟦d:b|The integrity of the budget process is paramount. I have accepted the findings of the inquiry in full.⟧”
A Finance Ministry source said the inquiry had found “⟦p:c|clear and documented evidence⟧” linking the adviser to the leak. “⟦d:c|It wasn't a close call,⟧” the source added.
An ally of Ellery-Bose said he had been “⟦p:d|hung out to dry⟧” to protect more senior figures. “⟦d:d|Conrad didn't decide what went in the budget. He's a 33-year-old who's been made the fall guy,⟧” the ally said.
Ellery-Bose himself posted a brief message on social media: “⟦d:a|I have always acted in good faith. I'll have more to say in due course.⟧”

### 061
@a Seamus Quinlan | the council chairman
@b Bernadette Loughran | the councillor
@c - | a council official
The monthly meeting of Ballykeel District Council descended into farce on Monday when a vote on new parking charges had to be taken three times because of problems with the video link.
Bernadette Loughran, who joined the meeting remotely from Spain, could be seen on the screen speaking for almost a minute before anyone noticed there was no sound.
"⟦d:c|Councillor, you're on mute,⟧" a council official said.
"⟦d:b|Can you hear me now? Can you hear me now?⟧" the councillor asked.
"⟦d:a|We can hear you, Bernadette. We can also hear your television,⟧" said the council chairman, Seamus Quinlan.
When the vote was finally taken, Loughran's connection dropped again. Quinlan declared the motion carried by "⟦p:a|eleven votes to nine, and one somewhere in Spain⟧".
Loughran later told the Ballykeel Courier the system was "⟦p:b|a disgrace⟧" and that she had voted against.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh148.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh148",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
