# ruff: noqa: E501
"""Build ``quotes_fresh152.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is
meant to be evaluated once, as an honest measure on unseen text. Its focus is
political copy: parliamentary question times and debates with interruptions, select
committee and confirmation hearings, broadcast and radio interviews with presenters
pressing ministers, phone-ins, the campaign trail and hustings, lobby briefings by
spokespeople, council meetings, leadership contests, leaks and unnamed sources,
summits and foreign ministers' press conferences, written up in the styles of wire
copy, broadsheets, tabloids, local papers, magazines and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh152-NNN``.

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

* A role phrase standing before the name and set off from it by commas (``The Prime
  Minister, Rhiannon Vaughan-Clarke, …``, ``the party's general secretary, Priscilla
  Amankwah, …``) counts like a role title before the name: it is the description when
  the name has no appositive after it. A bare title before the name (``Home Secretary
  Oswin …``, ``Speaker Milton Ruhe``, ``Mayor Sadia Rahman``, ``presenter Marjorie
  Kwan``) is likewise the description; Cllr, Dame, Sir, KC, Lt. Gov. and Professor are
  stripped from the name and are never the description.
* A relational phrase before the name combined with an appositive after it (``Her
  husband, Jory, a retired trawlerman``): the appositive is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description at a cue (``the 38-year-old``, ``the sitting MP``), that
  description is taken.
* A non-restrictive relative clause (``one cabinet minister, who asked not to be
  named``) is not part of the description; a restrictive one is (``a Western diplomat
  who was in the hall``).
* In exchanges printed as alternating quote-only paragraphs (question time, hearings,
  interviews, doorsteps), each turn belongs to the person whose turn it plainly is;
  the chair's or Speaker's call to order without a cue belongs to the chair. A shouted
  question from a reporter who cannot be told apart from other reporters has a null
  speaker and description.
* Words of a closed session, a private meeting or a recording that a source relays
  belong to the person who said them, not to the source; the source's own comments
  are the source's.
* Words from a memo, report, communique or message are their author's (the named
  official, the commissioner, the organisation, the message's sender). A word quoted
  from documents whose author the passage does not give is ``partial`` with a null
  speaker.
* A phrase quoted as a label (``It's an "ask me after the election"``, what the papers
  call someone) is ``scare``; a phrase from a named person's speech inside the
  reporter's sentence is ``partial``.
* Interrupted turns ending in a dash and resumed turns beginning with one are separate
  spans; the dashes stay inside the spans.
* In a transcript, a speaker quoting their own earlier words inside an answer is
  ``direct`` speech by that speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh152.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh152.jsonl")

PASSAGES = """
### 001
@a Rhiannon Vaughan-Clarke | the Prime Minister
@b Desmond Achterberg | the Leader of the Opposition
@c Oluwaseun Bakare | the Speaker
@d Gethin Morrow | the member for Tregaron West
The Prime Minister, Rhiannon Vaughan-Clarke, was forced onto the defensive at Prime Minister's Questions on Wednesday as the Leader of the Opposition, Desmond Achterberg, accused her of “⟦p:b|hiding behind a review⟧” while hospital waiting lists climbed for a fifth consecutive month.
“⟦d:b|Fourteen months ago the Prime Minister stood at that despatch box and promised that the waiting list would fall every single month,⟧” Achterberg told a packed chamber. “⟦d:b|It has risen in eleven of them. Which month was she talking about?⟧”
Vaughan-Clarke said the government had “⟦p:a|inherited a health service on its knees⟧” and insisted the figures were “⟦p:a|beginning to turn⟧”.
“⟦d:a|The right honourable gentleman can shout all he likes —⟧” she began, before her words were lost beneath jeers from the opposition benches.
“⟦d:c|Order! Order. The Prime Minister will be heard, and so, in due course, will the Leader of the Opposition,⟧” said the Speaker, Oluwaseun Bakare.
“⟦d:a|He can shout all he likes, Mr Speaker, but the people of this country know who built the new surgical hubs, and it was not his party.⟧”
Achterberg was back on his feet within seconds. “⟦d:b|Surgical hubs with no surgeons in them. That is her record, and she knows it.⟧”
From the government benches Gethin Morrow, the member for Tregaron West, could be heard shouting “⟦d:d|Rubbish!⟧”, drawing a sharp look from the chair.
“⟦d:c|Mr Morrow, I have warned you once already this afternoon. Do it again and you can go and enjoy a cup of tea in the tea room.⟧”

### 002
@a Fenella Oduya | chair of the transport select committee
@b Marcus Thorley-Banks | permanent secretary at the Department for Roads and Rail
@c Imran Qadir | a Progressive member of the committee
The most senior civil servant at the Department for Roads and Rail was accused on Tuesday of "⟦p:a|playing hide and seek with Parliament⟧" over the spiralling cost of the Northern Link rail scheme, which critics have taken to calling "⟦s:-|the line to nowhere⟧".
Marcus Thorley-Banks, permanent secretary at the Department for Roads and Rail, told the transport select committee that the latest estimate of £41.6bn "⟦p:b|remains under review⟧".
"⟦d:b|I don't recognise the figure of fifty billion that has been reported in some newspapers,⟧" he said.
Fenella Oduya, chair of the transport select committee, held up a document. "⟦d:a|With respect, Mr Thorley-Banks, it is your figure. It's on page 43 of your own department's annual report.⟧"
There was laughter in the committee room. Thorley-Banks, shifting in his seat, replied: "⟦d:b|That figure includes contingency and optimism bias. It is not a forecast.⟧"
"⟦d:a|So what is the forecast?⟧"
"⟦d:b|I would want to write to the committee with that.⟧"
Imran Qadir, a Progressive member of the committee, asked when ministers had first been told that the budget would be exceeded. "⟦d:c|Was it before or after the spending review? It's a simple question.⟧"
"⟦d:b|I'd need to check the exact date,⟧" the permanent secretary said.
"⟦d:c|You don't remember?⟧" Qadir asked.
"⟦d:b|I don't want to mislead the committee by giving a date from memory.⟧"
Oduya closed the session by giving him until Friday. "⟦d:a|We will expect that letter on my desk by five o'clock. Not Monday. Friday,⟧" she said.

### 003
@a Niamh Farrelly | Presenter
@b Tobias Renwick-Hale | the housing minister
@c - | a spokesperson for the Ministry of Housing
The housing minister, Tobias Renwick-Hale, has refused five times to say whether the government will meet its target of 300,000 new homes a year, in a combative interview on BNR Radio's “⟦s:-|Morning Edition⟧”.
Presenter Niamh Farrelly opened by asking: “⟦d:a|Minister, a simple one to start. Will you hit the target this year?⟧”
“⟦d:b|What I'd say, Niamh, is that we've seen the highest number of planning permissions granted in a decade —⟧”
“⟦d:a|That's not what I asked.⟧”
“⟦d:b|— and that is the pipeline that delivers homes.⟧”
Farrelly tried again. “⟦d:a|Permissions aren't homes. Will you build 300,000 this year, yes or no?⟧”
“⟦d:b|We are absolutely committed to the target.⟧”
“⟦d:a|Committed to it, or going to meet it? Because those are different things, aren't they?⟧”
After a pause, Renwick-Hale said: “⟦d:b|I'm not going to set out numbers on your programme before the statistics are published. That would be wrong.⟧”
Later, a spokesperson for the Ministry of Housing said the minister had been “⟦p:c|entirely clear⟧” and that the department “⟦p:c|does not pre-empt official statistics⟧”.

### 004
@a Dolores Whitcombe-Reyes | the Heartland Party's Senate nominee
@b - | a man in a camouflage cap
@c Brett Lindqvist | her campaign manager
@d Carl Ostrowski | a retired machinist who watched from a corner booth
WHITLOW CROSSING (Wire) — Dolores Whitcombe-Reyes, the Heartland Party's Senate nominee, had barely taken her first bite of pie at the Blue Spruce Diner on Thursday when a man in a camouflage cap stood up at the counter.
"⟦d:b|Where were you when they closed the plant?⟧" he shouted.
Whitcombe-Reyes put down her fork. "⟦d:a|I was right here, sir, in this county, same as you. My dad lost his job at that plant too,⟧" she said. "⟦d:a|So come sit down and tell me what you'd do about it.⟧"
The man did not sit down, but he did not leave either, and for the next ten minutes the two argued, at times heatedly, over trade, pensions and the price of diesel.
Carl Ostrowski, a retired machinist who watched from a corner booth, said he had not made up his mind. "⟦d:d|She's got guts, I'll give her that,⟧" the 71-year-old said. "⟦d:d|Whether she's got a plan is a different question.⟧"
Brett Lindqvist, her campaign manager, told reporters afterwards that the exchange was "⟦p:c|exactly why she does these stops⟧".
"⟦d:c|We don't do staged events. We walk in, and whoever's there is there,⟧" Lindqvist said. "⟦d:c|Sometimes you get a fan. Sometimes you get that guy.⟧"

### 005
@a Margaret Oyelowo-Finch | the sitting MP
@b Priti Sandhu | the Ecology Party candidate
@c Lewis Mbeki-Hartley | the Commonwealth Party's candidate
@d Ken Abernathy | the chairman of the Hollins Lane Residents' Association
@e - | one woman in the front row
More than 200 people squeezed into St Aldhelm's church hall in Brackenfield on Friday for the only hustings of the campaign, and for two hours they did not hold back.
The first question, on the closure of the town's maternity unit, drew the loudest applause of the night. “⟦d:e|You've all had years to save it. Why should we believe any of you now?⟧” asked one woman in the front row.
Margaret Oyelowo-Finch, who has held the seat since 2015, said she had “⟦p:a|fought for that unit in every corridor of the ministry⟧”.
“⟦d:a|I'm not going to pretend I won that fight. I lost it, and I'm angry about it, just as you are,⟧” the sitting MP said.
Priti Sandhu, the Ecology Party candidate, was unimpressed. “⟦d:b|Margaret voted for the budget that closed it. You can't vote for the cut and then turn up at the vigil.⟧”
“⟦d:a|That is not what that vote was about, and Priti knows it.⟧”
“⟦d:b|It's in the official record,⟧” Sandhu shot back.
Lewis Mbeki-Hartley, the Commonwealth Party's candidate, tried to position himself above the fray. “⟦d:c|This is exactly the kind of point-scoring people are sick of,⟧” he said, to a mixture of applause and groans. “⟦d:c|I'm a dad of three. My youngest was born in that unit.⟧”
The chairman of the Hollins Lane Residents' Association, Ken Abernathy, who chaired the evening, twice had to appeal for calm. “⟦d:d|Let's hear the answer, please, and then you can boo,⟧” he said.

### 006
@a - | the Prime Minister's official spokesman
@b Kwabena Asante-Doyle | the deputy leader of the opposition
@c - | one journalist
The Prime Minister retains "⟦p:a|full confidence⟧" in the Culture Secretary, Eleri Pugh-Morgan, the Prime Minister's official spokesman insisted on Monday, despite mounting calls for Pugh-Morgan to step aside while the ethics adviser investigates her financial interests.
At the morning lobby briefing, the spokesman was asked about the affair eleven times.
"⟦d:a|The Culture Secretary has referred herself to the independent adviser, which is the proper process, and it would not be right to comment further while that process is under way,⟧" he said.
Asked whether the Prime Minister had known about the shares before appointing her, the spokesman said: "⟦d:a|I'm not going to get into a running commentary.⟧"
"⟦d:c|Is that a yes?⟧" one journalist asked.
"⟦d:a|It's not a yes or a no. It's me saying I'm not going to get into a running commentary.⟧"
Pressed on whether Pugh-Morgan would attend Thursday's cabinet, he said she would "⟦p:a|carry on with her duties as normal⟧".
Kwabena Asante-Doyle, the deputy leader of the opposition, said the answers were "⟦p:b|frankly pathetic⟧".
"⟦d:b|If a manager in any other walk of life had this hanging over them, they'd be suspended while it was looked at. Why is the cabinet different?⟧" he said.

### 007
@a Beatrix Nwachukwu | cabinet member for finance
@b Alun Prothero | leader of the opposition Independent group
@c Sadia Rahman | Mayor
@d Peter Gallacher | -
@e Kettleby Borough Council | -
Tempers flared at Kettleby Town Hall on Wednesday night as councillors voted through a 4.99 per cent council tax rise and the closure of two of the borough's six libraries.
Cllr Beatrix Nwachukwu, cabinet member for finance, told the full council meeting that the authority had “⟦p:a|no good options left, only less bad ones⟧”.
“⟦d:a|Nobody in this administration came into politics to close libraries. But the government has cut our grant by forty per cent in real terms, and the law says we must balance the books,⟧” she said.
Cllr Alun Prothero, leader of the opposition Independent group, accused the ruling group of “⟦p:b|crocodile tears⟧”.
“⟦d:b|They found half a million for new screens in the council chamber last year. Half a million! Don't tell me there was no money.⟧”
At that point Cllr Peter Gallacher rose. “⟦d:d|Point of order, Madam Mayor. That figure is simply wrong —⟧”
“⟦d:c|That is not a point of order, Councillor Gallacher. Please sit down,⟧” said Mayor Sadia Rahman, who was chairing the meeting.
Prothero carried on regardless: “⟦d:b|It's in the minutes. Look it up.⟧”
The budget was passed by 31 votes to 22 with two abstentions. In a statement issued the following morning, Kettleby Borough Council said the library closures would be “⟦p:e|reviewed in twelve months⟧” and that a mobile service would “⟦p:e|fill the gap⟧”.

### 008
@a Harriet Oyelaran | the Foreign Secretary
@b Siobhan Kearney-Platt | the former health secretary
@c Rupert Anand | the moderator
The two women vying to become the next leader of the Unity Party clashed over tax, immigration and each other's record in a bad-tempered televised debate on Tuesday night.
Harriet Oyelaran, the Foreign Secretary, accused her rival of "⟦p:a|fantasy economics⟧" after Siobhan Kearney-Platt, the former health secretary, promised to cut the basic rate of income tax by two pence within a year.
"⟦d:a|Siobhan, I like you, but you cannot promise twenty billion of tax cuts and tell people nothing has to give. Something always gives,⟧" Oyelaran said.
Kearney-Platt hit back: "⟦d:b|That's the Treasury talking. That's the same orthodoxy that's given us ten years of flat growth.⟧"
The moderator, Rupert Anand, struggled at times to keep order. "⟦d:c|Let her answer. Ms Oyelaran, thirty seconds,⟧" he said at one point, as both candidates talked over each other.
"⟦d:a|Thirty seconds is plenty. Her plan doesn't add up. I've read it. It's four pages long.⟧"
"⟦d:b|Five,⟧" Kearney-Platt interjected, to laughter from the studio audience.
"⟦d:c|Final question, and I want a one-word answer from each of you. Would you serve in the other's cabinet?⟧" Anand asked.
There was a long pause. "⟦d:b|Of course,⟧" Kearney-Platt said eventually.
Oyelaran smiled. "⟦d:a|Let's see who's asking.⟧"

### 009
@a Colm Adeyemi-Walsh | the department's director of strategy
@b - | one senior government source
@c - | an official at the department
@d Department of Finance and Revenue | -
@e Yasmin Okafor-Byrne | the shadow finance minister
A leaked internal memo from the Department of Finance and Revenue has warned ministers that the government's flagship childcare pledge could cost almost twice as much as publicly stated, The Courier can reveal.
The six-page document, written by the department's director of strategy, Colm Adeyemi-Walsh, and circulated to senior officials last month, describes the official costing as “⟦p:a|optimistic to the point of fiction⟧” and warns of a “⟦p:a|significant risk of political embarrassment⟧” if the figures are scrutinised.
“⟦d:a|We should be candid that the central estimate relies on take-up assumptions that no comparable scheme has achieved,⟧” the memo says.
One senior government source said the memo had “⟦p:b|gone down like a cup of cold sick⟧” in the minister's private office.
“⟦d:b|Everyone knew the numbers were soft. Nobody expected it to be written down quite so bluntly,⟧” the source said.
“⟦d:c|Colm is not a troublemaker. If he's saying it, it's because he thinks someone needs to hear it,⟧” said an official at the department, who asked not to be named.
The Department of Finance and Revenue said in a statement that it did “⟦p:d|not comment on leaked documents⟧” and that the pledge was “⟦p:d|fully funded⟧”.
Yasmin Okafor-Byrne, the shadow finance minister, said: “⟦d:e|This is the government's own civil servants telling them the sums don't add up. They should publish the full costings today.⟧”

### 010
@a Valdis Kronberga | the foreign minister of Letavia
@b Étienne Marchetti-Doré | her counterpart from Aubrelle
@c - | one reporter
SORVALA, June 14 (Wire) — The foreign ministers of Letavia and Aubrelle pledged on Friday to reopen their shared border crossings by the end of the summer, ending a two-year dispute that has cost farmers on both sides millions.
«⟦d:a|We have spent too long talking about each other and not enough time talking to each other,⟧» said Valdis Kronberga, the foreign minister of Letavia, at a joint press conference in the lakeside town of Sorvala.
Étienne Marchetti-Doré, her counterpart from Aubrelle, spoke in French. «⟦d:b|Nous ne sommes pas encore au bout du chemin,⟧» he said («⟦d:b|We are not yet at the end of the road⟧»). «⟦d:b|Mais le chemin est ouvert.⟧» («⟦d:b|But the road is open.⟧»)
«⟦d:c|Is this deal worth anything if the opposition wins in Aubrelle in October?⟧» one reporter asked.
Kronberga laughed. «⟦d:a|You should ask the voters of Aubrelle, not me. But I hope they like cheaper cheese.⟧»
Marchetti-Doré, through an interpreter, said the agreement was «⟦p:b|a treaty between peoples, not between governments⟧».
### 011
@a Kestrian Foreign Ministry | -
@b Anatol Verbitsky | Dravonia's ambassador
@c Ilse Baumgartner-Oyelade | Foreign ministry spokeswoman
@d - | A Dravonian embassy official
VELLMAR, March 3 (Wire) - The Kestrian Foreign Ministry summoned Dravonia's ambassador, Anatol Verbitsky, on Monday to protest against what it called "⟦p:a|a deliberate and dangerous violation⟧" of Kestrian airspace by two Dravonian military drones over the weekend.
"⟦d:a|Such actions undermine regional stability and will not go unanswered,⟧" the ministry said in a statement, adding that Kestria reserved "⟦p:a|the right to take all necessary measures⟧".
Foreign ministry spokeswoman Ilse Baumgartner-Oyelade told a regular briefing that the ambassador had been handed a formal note of protest. "⟦d:c|The meeting lasted twenty minutes. The ambassador was left in no doubt about our position,⟧" she said.
Verbitsky, speaking to reporters as he left the ministry, denied that the drones had crossed the border. "⟦d:b|Our aircraft were on a routine training flight over our own territory. We have the flight data, and we are ready to share it,⟧" he said.
A Dravonian embassy official, speaking on condition of anonymity, called the protest "⟦p:d|theatre for a domestic audience⟧".

### 012
@a Clive Pemberton-Shaw | the Small Business Minister
@b Tina Maguire | Launderette owner
@c - | A source close to the minister
@d Duncan Ferrabee | Opposition MP
RED-FACED minister Clive Pemberton-Shaw was last night forced into a grovelling apology after being caught on a hot mic branding shopkeepers in a struggling seaside town “⟦p:a|moaning minnies⟧”.
The Small Business Minister, 48, thought his microphone had been switched off after a walkabout in Saltmarsh Bay on Friday.
But a recording obtained by the Daily Clarion reveals him telling an aide: “⟦d:a|God, that was grim. Moaning minnies, the lot of them. Half of them couldn't run a bath.⟧”
Launderette owner Tina Maguire, 52, who met the minister during the visit, fumed: “⟦d:b|He shook my hand and told me I was the backbone of the country. Two minutes later I'm a moaning minnie? Disgusting.⟧”
“⟦d:b|Let him try running this place on what I take in a week in January.⟧”
Opposition MP Duncan Ferrabee said: “⟦d:d|This tells you everything about what this government really thinks of small businesses. He should be sacked.⟧”
Last night Pemberton-Shaw said in a statement: “⟦d:a|I made a stupid and disrespectful remark in private and I apologise unreservedly to the people of Saltmarsh Bay.⟧”
A source close to the minister insisted he had been “⟦p:c|exhausted and frustrated⟧” after a long day, adding: “⟦d:c|He's mortified. He knows he's been an idiot.⟧”

### 013
@a Ayesha Mirza | the programme's presenter
@b Gregor MacAulay | The Chancellor
@c Tamsin Achebe | the opposition's finance spokeswoman
The Chancellor, Gregor MacAulay, has refused to rule out raising fuel duty in next month's budget, telling the Sunday Politics Hour that "⟦p:b|everything is on the table⟧".
Pressed repeatedly by the programme's presenter, Ayesha Mirza, MacAulay said he would not "⟦p:b|play the game of ruling things in and out⟧" weeks before the budget.
"⟦d:a|Chancellor, eighteen months ago you said a fuel duty rise would be, and I quote, 'a tax on getting to work'. Do you still believe that?⟧" Mirza asked.
"⟦d:b:m|I said a lot of things eighteen months ago, Ayesha, and the world has changed since then. We have had an energy shock, we have had interest rates at a fifteen-year high, and I have to make decisions based on the country as it is, not as I would like it to be.⟧
"⟦d:b|What I can tell your viewers is that any decision I take will be fair, and will protect those on the lowest incomes.⟧"
"⟦d:a|So that's a yes, it's coming?⟧"
"⟦d:b|It's a 'wait for the budget'.⟧"
Tamsin Achebe, the opposition's finance spokeswoman, said afterwards that drivers had been "⟦p:c|left in limbo⟧". "⟦d:c|Families are planning their budgets now. They deserve a straight answer, not a game show,⟧" she said.

### 014
@a Lorraine Castellanos | a Heartland state senator from Rio Verde
@b Whit Dunnaway | Senate Majority Leader
@c Harold Esterly | The presiding officer
@d - | One Union Party aide
By hour nine, Lorraine Castellanos, a Heartland state senator from Rio Verde, had read aloud from 212 letters from constituents, two school board resolutions and, briefly, a recipe for green chile stew.
"⟦d:a|If I have to stand here until Tuesday, I'll stand here until Tuesday,⟧" she told a half-empty chamber shortly after 2 a.m. "⟦d:a|These families deserve to have their voices heard in this building, even if it's at an hour when nobody's listening.⟧"
Castellanos is filibustering a bill that would merge 31 rural school districts and close as many as nine elementary schools.
The presiding officer, Lt. Gov. Harold Esterly, warned her twice to stay on topic. "⟦d:c|The senator will confine her remarks to the bill before the body,⟧" he said after the stew.
"⟦d:a|Mr. President, this is about the bill. This recipe came from a lunch lady at Arroyo Seco Elementary, which this bill would close.⟧"
Senate Majority Leader Whit Dunnaway, who sponsored the legislation, said outside the chamber that the filibuster was "⟦p:b|a stunt⟧" that would "⟦p:b|only delay the inevitable⟧".
"⟦d:b|She's got every right to talk. We've got the votes. Both of those things are true,⟧" Dunnaway said.
One Union Party aide, watching from the back of the chamber, was less charitable. "⟦d:d|She's auditioning for governor,⟧" the aide said.

### 015
@a Dominic Ferreira-Lowe | Mayor
@b - | one reporter
@c Kath Sweeney | president of Amalgamated Transit Guild Local 44
@d - | another reporter
Mayor Dominic Ferreira-Lowe on Thursday urged striking bus drivers to return to work, calling the week-long walkout “⟦p:a|a hammer blow to the people who can least afford it⟧”.
“⟦d:a|Every day these buses stay in the depot, a nurse can't get to her shift and a kid can't get to school,⟧” the mayor told a news conference at City Hall. “⟦d:a|I'm asking the union: come back to the table, and come back tonight.⟧”
“⟦d:b|Mr. Mayor, the union says you haven't returned their calls since Monday. Is that true?⟧” one reporter asked.
“⟦d:a|That's not true. My office has been in contact every single day.⟧”
“⟦d:d|In contact with whom?⟧” another reporter pressed.
“⟦d:a|I'm not going to negotiate through the media.⟧”
Kath Sweeney, president of Amalgamated Transit Guild Local 44, said an hour later that the mayor was “⟦p:c|living on another planet⟧”. “⟦d:c|Nobody from his office has called me. Not once. He can check my phone if he wants,⟧” she said.

### 016
@a Ifeoma Nakamura-Reid | The schools minister
@b Anselm Quarrie | the Prime Minister
The schools minister, Ifeoma Nakamura-Reid, resigned from the government on Sunday night in protest at cuts to the free school meals programme, becoming the third minister to quit in a fortnight, a run of departures that insiders have already dubbed “⟦s:-|the slow drip⟧”.
In a letter to the Prime Minister, Anselm Quarrie, posted on social media shortly after 10pm, she wrote:
“⟦d:a:m|It has been the privilege of my life to serve in your government. But I cannot in good conscience stand at the despatch box and defend a decision that I believe will leave children hungry.⟧
“⟦d:a:m|I raised my concerns in cabinet committee, in writing and in person. I was heard, but I was not listened to.⟧
“⟦d:a|I will continue to support the government from the back benches wherever I can.⟧”
In his reply, Quarrie thanked her for her “⟦p:b|tireless work⟧” and said he was “⟦p:b|sorry, though not surprised⟧” by her decision.
“⟦d:b|I know how deeply you care about this issue, and I respect your decision, although I do not agree with it,⟧” the Prime Minister wrote.

### 017
@a Tobiah Okonkwo-Lane | leader of the Citizens' Party
@b - | one delegate from Dunmere
@c Moira Faulkes | a councillor from Hexton
The banners said "⟦s:-|Ready to Govern⟧". The music was loud, the lighting was blue, and for fifty-two minutes on Wednesday afternoon Tobiah Okonkwo-Lane, leader of the Citizens' Party, did his best to look like a man who believed it.
"⟦d:a|Conference, for too long we have been the party that told people what we were against,⟧" he began. "⟦d:a|Today I want to tell you what we are for.⟧"
What followed was a list: a national housing bank, a "⟦p:a|right to repair⟧" for tenants, free bus travel for under-21s. The hall rose eleven times. At one point a section of the hall began chanting "⟦s:-|Tobi! Tobi!⟧", which he waved away with a grin. "⟦d:a|Please. My mother is watching, and she'll never let me hear the end of it.⟧"
Not everyone was convinced. "⟦d:b|Lovely speech. Where's the money coming from?⟧" said one delegate from Dunmere as the crowd filed out.
Moira Faulkes, a councillor from Hexton, said it was the best speech she had heard from a leader "⟦p:c|in thirty years of coming to these things⟧". "⟦d:c|He's grown into it. Two years ago I'd have said he wasn't ready. Now I think he is,⟧" she said.

### 018
@a Deborah Ng-Sutherland | the returning officer
@b Farhan Iqbal | a former youth worker
@c Graham Tulloch | the Unity Party candidate
It was just after 3.40am when the returning officer, Deborah Ng-Sutherland, stepped up to the microphone at the Lowmoor Leisure Centre.
“⟦d:a|I, Deborah Ng-Sutherland, being the returning officer for the Lowmoor and Cale Valley constituency, hereby give notice that the number of votes cast for each candidate was as follows,⟧” she read, and the room fell silent.
When she reached the Progressive candidate's total, the back of the hall erupted. Farhan Iqbal, 29, a former youth worker, had overturned a majority of more than 11,000.
“⟦d:b|They told us this was a safe seat. There's no such thing as a safe seat,⟧” Iqbal told supporters, who chanted “⟦s:-|Far-han! Far-han!⟧” as he spoke. “⟦d:b|There are only voters who've been taken for granted, and tonight they said: enough.⟧”
Graham Tulloch, the Unity Party candidate, was gracious in defeat. “⟦d:c|Farhan ran a terrific campaign. I've rung him to congratulate him, and I meant every word,⟧” he said.
Asked whether his party's national leadership was to blame, Tulloch paused. “⟦d:c|It would be very easy to blame other people tonight. I'm not going to do that. Not at four o'clock in the morning, anyway.⟧”

### 019
@a Clarissa Huntington-Obi | chief executive of Ashbourne Vale Water
@b Joanna Lisowski | a Unity member of the committee
@c Hugh Trevelyan-Kamara | The committee chairman
The chief executive of Ashbourne Vale Water was told she should "⟦p:b|hang her head in shame⟧" after admitting that the company had discharged raw sewage into rivers on more than 4,000 occasions last year while paying shareholders £92m in dividends.
Clarissa Huntington-Obi, chief executive of Ashbourne Vale Water, told MPs on the environment committee that the spills were "⟦p:a|unacceptable⟧" and that the company was "⟦p:a|investing at record levels⟧".
Joanna Lisowski, a Unity member of the committee, was unmoved. "⟦d:b|Record levels of what? Because from where my constituents are standing, on the banks of the Ashbourne, it looks like record levels of sewage,⟧" she said.
"⟦d:a|I understand the anger, and I share it —⟧"
"⟦d:b|Do you? Did you take your bonus this year?⟧"
Huntington-Obi confirmed that she had received a performance bonus of £410,000. "⟦d:a|That was determined by the remuneration committee against a range of measures, not just environmental ones,⟧" she said.
"⟦d:b|So the answer is yes,⟧" Lisowski said.
The committee chairman, Hugh Trevelyan-Kamara, intervened to ask whether she would consider repaying it. "⟦d:c|I'm not asking you to answer now. I'm asking you to think about how this looks to a family whose child got sick swimming in your river,⟧" he said.

### 020
@a Oswin Harcourt-Mensah | Home Secretary
@b Carys Llewellyn-Dunne | the shadow home secretary
@c Ruaridh Baxter | the member for Inverbrora
@d Alison Wardrop | The Deputy Speaker
Home Secretary Oswin Harcourt-Mensah opened the second reading debate on the Public Order (Amendment) Bill on Monday insisting the measures were “⟦p:a|proportionate, targeted and long overdue⟧”.
He had barely reached his second page when Ruaridh Baxter, the member for Inverbrora, was on his feet. “⟦d:c|Will the Home Secretary give way?⟧”
“⟦d:a|I will give way in a moment. Let me make some progress.⟧”
Baxter sat, then stood again two minutes later. “⟦d:c|I'm grateful. Can the Home Secretary tell the House how many of the 43 police forces actually asked for these powers?⟧”
“⟦d:a|The honourable gentleman knows that operational advice to ministers is not published, and he knows why.⟧”
“⟦d:c|So none, then.⟧”
The Deputy Speaker, Alison Wardrop, reminded members that “⟦p:d|interventions are to be made, not muttered⟧”.
Replying for the opposition, the shadow home secretary, Carys Llewellyn-Dunne, said the bill was “⟦p:b|a solution in search of a problem⟧”. “⟦d:b|We are being asked to hand ministers sweeping powers to ban protests that are noisy. Noisy! Since when was being noisy a crime in this country?⟧”
“⟦d:a|Will she give way?⟧” Harcourt-Mensah asked.
“⟦d:b|No, I won't. He had forty minutes.⟧”
### 021
@a Bronwyn Tallis | Prime Minister
@b Nick Papadakis | Opposition Leader
@c Milton Ruhe | Speaker
@d Shane Kowalczyk | the member for Gundaroo
Speaker Milton Ruhe ejected the member for Gundaroo, Shane Kowalczyk, from the chamber for an hour during a rowdy Question Time on Thursday, after the Country Alliance MP repeatedly called the Prime Minister a "⟦p:d|clown⟧" across the table.
Opposition Leader Nick Papadakis had asked Prime Minister Bronwyn Tallis whether she would guarantee that household electricity bills would fall this year, as promised before the election.
"⟦d:a|What I will guarantee is that this government will keep working every single day to take pressure off family budgets —⟧" Tallis began, before interjections forced her to stop.
"⟦d:c|Order! The member for Gundaroo will cease interjecting.⟧"
"⟦d:d|She's a clown!⟧"
"⟦d:c|The member for Gundaroo will leave the chamber for one hour under standing order 94.⟧"
As Kowalczyk gathered his papers, Papadakis rose on a point of order. "⟦d:b|Relevance, Mr Speaker. The question was about a guarantee. It was a yes or no question.⟧"
"⟦d:c|The Prime Minister is being relevant. The Prime Minister has the call.⟧"
Tallis, who later fielded what the press gallery calls a "⟦s:-|Dorothy Dixer⟧" from one of her own backbenchers, said the opposition had "⟦p:a|no plan, no policy and no idea⟧".

### 022
@a Ngozi Halvorsen | The shadow finance minister
@b Institute for Fiscal Clarity | an independent think tank
@c Benedikt Varga | its research director
@d Arvid Solberg-Hayes | Finance Minister
Finance Minister Arvid Solberg-Hayes on Wednesday unveiled what he called a "⟦p:d|budget for builders⟧", with 14 billion in new infrastructure spending funded partly by a rise in corporation tax.
"⟦d:d|We are going to build our way to growth. Roads, rail, homes, grid. That is the plan, and this is the budget that pays for it,⟧" Solberg-Hayes told parliament.
The shadow finance minister, Ngozi Halvorsen, said the budget was "⟦p:a|a tax raid dressed up in a hard hat⟧".
"⟦d:a|Every business in this country just got a bill in the post. And they will pass it on to their workers and their customers,⟧" she said.
The Institute for Fiscal Clarity, an independent think tank, said the plans were "⟦p:b|broadly credible⟧" but relied on "⟦p:b|heroic assumptions⟧" about productivity growth.
"⟦d:c|The minister has been more honest than most about the trade-offs. But the growth numbers are doing a lot of heavy lifting,⟧" said its research director, Benedikt Varga.

### 023
@a - | one negotiator for the Liberal Renewal party
@b - | A senior figure in the Social Union
@c Marit Eikeland | The Liberal Renewal leader
@d Social Union | -
Talks to form a coalition government were on the brink of collapse last night after the two parties failed to agree on the future of the country's last two coal-fired power stations, according to people involved in the negotiations.
“⟦d:a|We have agreed on ninety per cent of it. The ten per cent left is the bit that matters,⟧” one negotiator for the Liberal Renewal party said. “⟦d:a|If they think we'll sign off on another decade of coal, they've misread us badly.⟧”
A senior figure in the Social Union, speaking on condition of anonymity because the talks were confidential, accused Liberal Renewal of “⟦p:b|moving the goalposts at two in the morning⟧”.
“⟦d:b|Marit knows what the red lines are. She's known since the first day,⟧” the source said.
The Liberal Renewal leader, Marit Eikeland, emerged from the parliament building shortly before midnight. “⟦d:c|We are still talking. That's all I'll say tonight,⟧” she said, before getting into a waiting car.
In a brief statement, the Social Union said it remained “⟦p:d|committed to forming a stable government⟧”. A party spokeswoman declined to comment further.

### 024
@a Selwyn Adebayo-Hart | Transport Secretary
@b Brenda | a childminder from Hollowfield
@c Wojciech | a lorry driver
@d Fiona Lennie | Presenter
Transport Secretary Selwyn Adebayo-Hart faced a grilling from listeners on Radio Wyvern's phone-in on Tuesday morning, with callers queuing up to complain about potholes, cancelled trains and the price of parking at hospitals.
First on the line was Brenda, a childminder from Hollowfield. “⟦d:b|I've been through two tyres since Christmas on the Mill Road. Two! Who's paying for that? Because it isn't you,⟧” she told him.
“⟦d:a|Brenda, I'm really sorry to hear that, and you're right to be cross,⟧” Adebayo-Hart replied. “⟦d:a|We've put an extra £150 million into pothole repairs this year, and I'd urge you to report that road to the council —⟧”
“⟦d:b|I've reported it. Four times.⟧”
Presenter Fiona Lennie moved things on. “⟦d:d|Let's go to Wojciech in Castleby. Wojciech, you're on air.⟧”
Wojciech, a lorry driver, said he had been stuck for three hours in roadworks on the Castleby bypass the previous week.
“⟦d:c|Three hours, minister. No toilets, no information, nothing. Would you put up with that at your job?⟧”
“⟦d:a|No, I wouldn't, and I'll be honest with you, those roadworks have been badly managed,⟧” the minister said.
Lennie pressed him: “⟦d:d|So who's going to be held responsible?⟧”

### 025
@a Hester Quaye | the 44-year-old
@b - | one cabinet minister
@c Bryn Etheridge | the former chief whip
Hester Quaye keeps a list on her office wall of every government bill she has voted against. There are eleven names on it, written in green felt-tip, and she is not embarrassed about any of them.
"⟦d:a|People say rebels are disloyal. I think it's the opposite,⟧" says the 44-year-old, who has represented Dunholt North since 2016. "⟦d:a|I'm loyal to the people who sent me here. The party is how I got here. It's not who I work for.⟧"
Her colleagues are less sure. "⟦d:b|Hester is very principled, and very good at being on the telly about being principled,⟧" says one cabinet minister, who asked not to be named. "⟦d:b|Those are not always the same thing.⟧"
Quaye laughs when I read her the quote. "⟦d:a:m|That'll be one of about four people. I could guess which.⟧
"⟦d:a:m|Look, I know how it looks. But the welfare vote last spring — I sat in that chamber and I genuinely could not press the button. I'd been to the food bank on Carrow Street the Friday before. I'd met a woman who was skipping meals so her kids could eat. And I was supposed to go in and vote for a cut to her money?⟧
"⟦d:a|I couldn't. So I didn't.⟧"
Bryn Etheridge, the former chief whip, says she is "⟦p:c|the most stubborn person I've ever tried to persuade of anything⟧", but admits a grudging respect. "⟦d:c|She never once lied to me about how she was going to vote. You'd be amazed how rare that is,⟧" he says.

### 026
@a Gwendolyn Parr | the parish council chairman
@b Trevor Ashdown | a retired postman
@c Sunita Mehra-Jones | the parish clerk
An extraordinary meeting of Lower Aldwick Parish Council descended into farce on Monday when the chairman threatened to call the police over a row about the village bus shelter.
Gwendolyn Parr, the parish council chairman, had asked members of the public to keep their questions to three minutes. Trevor Ashdown, 67, a retired postman, had other ideas.
``⟦d:b|I've lived in this village for sixty years and I'll speak for as long as I need to,⟧'' he said, to applause from the back of the hall. ``⟦d:b|That shelter was put up by my father's generation, and you want to knock it down for a bin store.⟧''
``⟦d:a|Nobody is knocking anything down, Trevor. It's a consultation,⟧'' Mrs Parr replied.
``⟦d:b|A consultation you put on the website on a Friday night in August.⟧''
At that point the parish clerk, Sunita Mehra-Jones, reminded the meeting that public participation was ``⟦p:c|at the discretion of the chair⟧''.
Mrs Parr then said: ``⟦d:a|If you can't let me run this meeting, I will adjourn it, and if I have to, I will ask the police to attend.⟧''
The meeting was adjourned 20 minutes later. Speaking afterwards, Mr Ashdown said: ``⟦d:b|Call the police on a pensioner over a bus shelter. That's Lower Aldwick for you.⟧''

### 027
@a Reza Farahani | Qaravan's foreign minister
@b Adaeze Nwosu | Sundaria's foreign minister
@c - | A reporter from the state news agency
Qaravan and Sundaria will restore full diplomatic relations and reopen their embassies within 90 days, the two countries' foreign ministers announced on Saturday, ending a seven-year rupture.
“⟦d:a|Today we close a painful chapter,⟧” Qaravan's foreign minister, Reza Farahani, said through an interpreter at a joint news conference in the Sundarian capital, Belmora. “⟦d:a|Our peoples are neighbours. Neighbours may quarrel, but they cannot move house.⟧”
Adaeze Nwosu, Sundaria's foreign minister, described the agreement as “⟦p:b|the beginning, not the end⟧” of a reconciliation process.
A reporter from the state news agency asked about the 14 Sundarian nationals detained in Qaravan. “⟦d:c|Will they be home before the embassies reopen, minister?⟧”
“⟦d:b|That is a question we have discussed very frankly today. I won't say more than that in front of the cameras,⟧” Nwosu said.
Farahani, asked the same question, smiled and said: “⟦d:a|My colleague has answered for both of us.⟧”

### 028
@a Tomás Echeverría-Balogun | President
@b - | a Western diplomat who was in the hall
@c - | A Nortmark spokesman
UNITED ASSEMBLY, Sept 22 (Wire) - President Tomás Echeverría-Balogun of San Aurelio used his address to the Assembly of Nations on Tuesday to accuse wealthy countries of "⟦p:a|climate hypocrisy⟧", prompting a walkout by the delegation of Nortmark.
"⟦d:a|You burned the coal. You got rich. And now you send us lectures, and loans, with interest,⟧" he told delegates, departing from his prepared text. "⟦d:a|We do not want your charity. We want what is owed.⟧"
As the Nortmark delegation left the hall, he added: "⟦d:a|They can leave the room. They cannot leave the planet.⟧"
A Nortmark spokesman said the delegation had walked out in protest at "⟦p:c|offensive and inaccurate remarks⟧", including a passage in which the president compared a former colonial power to "⟦p:a|a thief asking for a receipt⟧".
"⟦d:b|It was the best speech of the week, and the one most likely to be forgotten by Friday,⟧" said a Western diplomat who was in the hall.

### 029
@a Layla Haddad-Quinn | a former senior official at the Defence Procurement Agency
@m - | a line manager
@b Oliver Stanhope | Counsel to the inquiry
@c Amara Venkataraman | The inquiry's chair
Layla Haddad-Quinn, a former senior official at the Defence Procurement Agency, told a public inquiry on Thursday that she was warned to “⟦p:-|keep her head down⟧” after raising concerns about a £600m contract for armoured vehicles that were later found to be unusable.
She said she was told by a line manager that her objections were “⟦p:m|above her pay grade⟧”.
“⟦d:a|I put it in writing three times. I have the emails. Nobody ever replied to any of them,⟧” she said.
Counsel to the inquiry, Oliver Stanhope KC, asked her why she had not gone to the police. “⟦d:b|You believed a crime may have been committed. Why not report it?⟧”
“⟦d:a:m|Because I was frightened. I had a mortgage and two children, and I had watched what happened to the last person who complained.⟧
“⟦d:a|I'm not proud of that. But I'm here now.⟧”
The inquiry's chair, Dame Amara Venkataraman, thanked her for her evidence, which she described as “⟦p:c|courageous and, in places, deeply troubling⟧”.

### 030
@a Ruth Adeyinka-Moss | Unity Party chair
@b Cormac Delahunty | The Progressives' campaign director
@c Anjali Sethuraman | a polling expert at the University of Kellsbridge
@d - | One Unity MP
10.04pm: Reaction is pouring in to the exit poll, which suggests the Progressives will be the largest party, 14 seats short of a majority.
Unity Party chair Ruth Adeyinka-Moss, speaking to our political editor, urged caution. "⟦d:a|It's an exit poll. We've all been here before. Let's wait for real votes in real boxes,⟧" she said.
10.11pm: The Progressives' campaign director, Cormac Delahunty, is rather more upbeat. "⟦d:b|If that's anywhere near right, it's a historic night. But I've got a lot of nervous candidates texting me, so I'm not opening anything yet,⟧" he told us.
10.19pm: Professor Anjali Sethuraman, a polling expert at the University of Kellsbridge, says the seat projections carry "⟦p:c|an unusually wide margin of error⟧" this time because of the number of close three-way contests. "⟦d:c|I'd put the range for the Progressives at anywhere between 290 and 330. That's the difference between a majority and a hung parliament,⟧" she said.
10.26pm: One Unity MP has messaged us, asking not to be named: "⟦d:d|If this is right, she's gone by the weekend.⟧"
### 031
@a Aled Penhaligon | the former defence secretary
@b Samir Chaudhry-Kent | the security minister
@c - | one member
@d Brian Osei | The chair
The two men left in the race to lead the Unity Party faced 600 members in a sweltering conference centre in Halbury on Saturday, and both discovered that the members had sharp elbows.
Aled Penhaligon, the former defence secretary, was challenged by one member over the tax rises he now promises to reverse. “⟦d:c|You voted for every one of them. Why should we trust you now?⟧”
“⟦d:a|Because I was wrong, and I'm big enough to say so,⟧” Penhaligon replied, to applause. “⟦d:a|Collective responsibility means you back the cabinet or you leave it. I backed it. I regret it.⟧”
Samir Chaudhry-Kent, the security minister, seized on the answer. “⟦d:b|Aled is a good man, but you cannot be wrong about everything for five years and then ask to be trusted with the top job,⟧” he said.
“⟦d:a|I wasn't wrong about everything. I was wrong about one budget.⟧”
“⟦d:b|Two budgets.⟧”
The chair, Brian Osei, struggled to move the session on. “⟦d:d|Gentlemen, please, we have twelve more questions and forty minutes.⟧”
The final question asked each candidate to name one thing he admired about the other. After a long pause, Chaudhry-Kent said: “⟦d:b|His tie.⟧” Penhaligon, laughing, replied: “⟦d:a|His stamina. He's been running for this job since he was at school.⟧”

### 032
@a Marguerite Osei-Bonsu | the nominee for attorney general
@b Dale Hockaday | the committee's ranking member
@c Yolanda Brightwater | Chairwoman
Marguerite Osei-Bonsu, the nominee for attorney general, spent more than six hours before the Senate Judiciary Committee on Wednesday, fending off questions about her independence from the president who nominated her.
``⟦d:b|If the president called you tomorrow and asked you to drop an investigation into one of his friends, what would you say?⟧'' asked Dale Hockaday, the committee's ranking member.
``⟦d:a|I would say no, Senator.⟧''
``⟦d:b|And if he fired you for it?⟧''
``⟦d:a|Then he would have to find another attorney general. I would not be the first, and I would not be the last.⟧''
Hockaday appeared unsatisfied. ``⟦d:b|With respect, ma'am, that's an easy thing to say in a hearing room and a much harder thing to do in the president's office —⟧''
Chairwoman Yolanda Brightwater cut in. ``⟦d:c|The senator's time has expired. The nominee has answered the question twice.⟧''
``⟦d:b|She's answered a question. Not the one I asked,⟧'' Hockaday said.
Osei-Bonsu, a former federal prosecutor, later told the committee that she had ``⟦p:a|never once⟧'' discussed a pending case with the president or his staff.

### 033
@a Petronella Akinwande | Health Secretary
@b - | one reporter
@c - | another reporter
@d - | an aide
Health Secretary Petronella Akinwande was doorstepped by reporters as she left her home in south Carnforth on Friday morning, hours after leaked messages appeared to show her overruling officials on a contract for testing kits.
“⟦d:b|Secretary of State, did you break the ministerial code?⟧” one reporter shouted as she walked to her car.
“⟦d:a|No. Absolutely not,⟧” she replied.
“⟦d:c|Will you publish the messages in full?⟧” shouted another reporter.
“⟦d:a|All the relevant material has been passed to the proper authorities, and I'm confident that when people see the full picture they will see that I acted properly at all times.⟧”
“⟦d:-|Have you spoken to the Prime Minister this morning?⟧”
She did not respond, and an aide stepped between her and the cameras. “⟦d:d|That's it, thank you, no more questions.⟧”

### 034
@a Geneviève Lapointe-Mbaye | The opposition House leader
@b Callum Fairweather | Prime Minister
@c Raymond Tétreault | Speaker
OTTERBURN — The opposition House leader, Geneviève Lapointe-Mbaye, accused the government on Tuesday of abandoning francophone communities outside the province of Belle-Rive, in a heated exchange during Question Period.
Speaking in French, she asked: «⟦d:a|Monsieur le Président, combien de fois le premier ministre va-t-il trahir les francophones?⟧» («⟦d:a|Mr. Speaker, how many times will the Prime Minister betray francophones?⟧»)
Prime Minister Callum Fairweather answered in English. «⟦d:b|I reject that completely. This government has increased funding for minority-language schools every year we have been in office,⟧» he said.
«⟦d:a|Des mots, des mots, des mots!⟧» Lapointe-Mbaye called across the floor.
Speaker Raymond Tétreault called for order. «⟦d:c|The honourable member will have a chance to ask a supplementary. Order, please.⟧»
In her supplementary, Lapointe-Mbaye said the government's record was «⟦p:a|une honte⟧», a disgrace.
Fairweather replied: «⟦d:b|The only disgrace, Mr. Speaker, is an opposition that would rather pick fights than fund schools.⟧»

### 035
@a Iain Guthrie-Bello | chair of the planning committee
@b Rosalind Mwangi | chair of the Friends of Tanner's Meadow
@c Declan Forsythe | the agent for Greystone Homes
@d - | A resident in the gallery
Plans for 240 homes on Tanner's Meadow were approved by Halden District Council's planning committee on Thursday night, to shouts of "⟦d:-|Shame!⟧" from the public gallery.
Rosalind Mwangi, chair of the Friends of Tanner's Meadow, told councillors the site flooded "⟦p:b|every single winter⟧". "⟦d:b|I have photographs of ducks swimming where you want to put a children's play area. Ducks!⟧" she said.
Declan Forsythe, the agent for Greystone Homes, said the scheme included "⟦p:c|state-of-the-art sustainable drainage⟧" and 35 per cent affordable housing. "⟦d:c|We have listened. The scheme has been redesigned twice. The flood authority has raised no objection,⟧" he said.
Cllr Iain Guthrie-Bello, chair of the planning committee, said members' hands were tied. "⟦d:a|If we refuse this, it goes to appeal, we lose, and we pay the developer's costs. I'm not prepared to gamble council taxpayers' money on an appeal we can't win,⟧" he said.
A resident in the gallery called out: "⟦d:d|So what's the point of you?⟧"
"⟦d:a|Please, madam, you'll have your chance,⟧" Guthrie-Bello replied.

### 036
@a Northern Maritime Council | -
@b Kalani Akana-Reyes | The council's secretary-general
@c Solveig Brandt | Skarnish Prime Minister
@d Aino Lehtovaara | her Vesterian counterpart
Leaders of the eight-member Northern Maritime Council agreed on Thursday to a joint patrol force to protect undersea cables, after a string of unexplained breaks that officials have privately blamed on sabotage.
In a communique issued at the end of the two-day summit in Haldøy, the Northern Maritime Council said it would “⟦p:a|not tolerate threats to critical infrastructure from any quarter⟧”.
“⟦d:a|Member states will pool surveillance assets and share intelligence in real time,⟧” the communique said.
The council's secretary-general, Kalani Akana-Reyes, told reporters the patrols would begin “⟦p:b|within weeks, not months⟧”.
Skarnish Prime Minister Solveig Brandt, who pushed hardest for the force, called it “⟦p:c|a historic step⟧”. “⟦d:c|For too long we have behaved as if the sea floor was someone else's problem. It is not. It is our electricity, our internet, our economy,⟧” she said.
But her Vesterian counterpart, Aino Lehtovaara, struck a more cautious note. “⟦d:d|We should be careful not to point fingers before the investigations are complete,⟧” she said. “⟦d:d|Patrols, yes. Accusations, not yet.⟧”
Asked whether she agreed, Brandt said: “⟦d:c|Aino and I agree on the patrols. On the rest, we will keep talking.⟧”

### 037
@a - | a government insider
@e - | Another source
@b Bernadette Kilbride | Shadow Chancellor
@d Nigel Prothero-Voss | Veteran backbencher
@c - | A spokesman for the Chancellor
PENSIONERS face a stealth raid on their savings in next month's Budget, the Daily Clarion can reveal.
Chancellor Imogen Faraday-Stokes is poised to slash the tax-free savings allowance by half, hitting an estimated three million older savers, according to a government insider.
"⟦d:a|It's the easiest money in the Budget. Most people won't even notice until their tax bill lands,⟧" the insider said.
Another source described the plan as "⟦p:e|a smash and grab on the thrifty⟧".
Shadow Chancellor Bernadette Kilbride fumed: "⟦d:b|These are people who did the right thing. They saved. And this government wants to punish them for it.⟧"
"⟦d:b|Hands off our pensioners' savings,⟧" she added.
Veteran backbencher Sir Nigel Prothero-Voss warned the move would be "⟦p:d|political suicide⟧". "⟦d:d|I've got a postbag full of letters from pensioners already, and that's before this. She needs to think again,⟧" he said.
A spokesman for the Chancellor said: "⟦d:c|We don't comment on speculation about the Budget.⟧"

### 038
@a Padraig Ó Súilleabháin | RNB's Breakfast presenter
@b Adaora Whitfield-Eze | Opposition leader
Opposition leader Adaora Whitfield-Eze struggled to explain how her party would pay for its promise to abolish prescription charges, in a testy interview on RNB's Breakfast programme.
RNB's Breakfast presenter, Padraig Ó Súilleabháin, put it to her that the party's own costings document left “⟦p:a|a 900 million hole⟧”.
“⟦d:b|There's no hole. It's fully funded through the levy on —⟧”
“⟦d:a|The levy you've already spent twice?⟧”
“⟦d:b|Let me finish, Padraig. Please.⟧”
“⟦d:a|Go on.⟧”
“⟦d:b|The levy on the banks raises 1.2 billion. Six hundred million goes to childcare, the rest goes to prescriptions. It's all in the document.⟧”
“⟦d:a|Then why does your own health spokesman say prescriptions alone will cost 1.1 billion?⟧”
There was a pause of several seconds. “⟦d:b|I'd have to look at exactly what he said, and in what context,⟧” Whitfield-Eze said eventually.

### 039
@a Jasper Nkemelu | the Deputy Prime Minister
@b Freya Lindqvist-Obi | His special adviser
@c - | A spokesperson for the Deputy Prime Minister
Leaked text messages between the Deputy Prime Minister, Jasper Nkemelu, and his special adviser appear to show the pair discussing how to “⟦p:-|bury⟧” a critical report on prison overcrowding.
In one exchange, dated 14 March, Nkemelu writes: “⟦d:a|Can we get this out on budget day? Nobody will read past page one.⟧”
His special adviser, Freya Lindqvist-Obi, replies eleven minutes later: “⟦d:b|Already on it. Comms are drafting a holding line. Will look like a normal publication.⟧”
A later message from Nkemelu reads simply: “⟦d:a|Good. And make sure the ‘crisis’ bit in the summary goes.⟧”
A spokesperson for the Deputy Prime Minister said the messages had been “⟦p:c|cherry-picked and stripped of context⟧”. “⟦d:c|The report was published in full, on schedule, and the Deputy Prime Minister has always been open about the pressures on the prison estate,⟧” the spokesperson said.

### 040
@a Tamati Rangihau | The Green Alliance member for Kōtuku Bay
@b Helena Vos | Speaker
@c Bartholomew Kyle | the finance minister
The Green Alliance member for Kōtuku Bay, Tamati Rangihau, was ordered to withdraw and apologise in Parliament on Wednesday after calling the finance minister a "⟦p:a|liar⟧" during a debate on the emissions trading scheme.
Rangihau had accused the finance minister, Bartholomew Kyle, of misleading the House over the cost of the scheme to farmers. "⟦d:a|The minister knows those numbers are false. He has been told they are false. To repeat them in this House is to lie, and he is a liar,⟧" he said.
Speaker Helena Vos rose immediately. "⟦d:b|The member knows that is unparliamentary. He will withdraw and apologise.⟧"
"⟦d:a|I withdraw and apologise,⟧" Rangihau said, before adding: "⟦d:a|But the numbers are still false.⟧"
"⟦d:b|The member will resume his seat.⟧"
Kyle, replying, said he would "⟦p:c|take no lessons⟧" from a party that had "⟦p:c|never balanced a budget in its life⟧". "⟦d:c|I stand by every figure I have given this House,⟧" he said.
Vos later reminded members that the word "⟦s:-|liar⟧" had been ruled out of order "⟦p:b|more times than I care to count⟧" this term.
### 041
@a Lucian Ferreira | The Prime Minister
@b Oona Mackintosh | the opposition leader
@c Kofi Ansah-Mills | a government backbencher who had been expected to abstain
@d Bernard Coutinho | the Speaker
The Prime Minister, Lucian Ferreira, survived a vote of no confidence on Tuesday night by just three votes, after a day of frantic lobbying in the corridors of Parliament.
“⟦d:b|This government has lost the confidence of the country. Tonight it should lose the confidence of this House,⟧” said the opposition leader, Oona Mackintosh, who tabled the motion, as she opened the debate.
Ferreira, closing for the government, accused her of “⟦p:a|playing games while families pay the price⟧”. “⟦d:a|If the honourable lady wants an election, she can wait for one like everybody else,⟧” he said.
The decisive moment came at 6.50pm, when Kofi Ansah-Mills, a government backbencher who had been expected to abstain, announced that he would back the government. “⟦d:c:m|I have had my differences with the Prime Minister, and I will go on having them.⟧
“⟦d:c|But I was not elected to bring down a government in the middle of a winter like this one. I will vote against the motion.⟧”
When the Speaker, Bernard Coutinho, read out the result, the government benches erupted. “⟦d:d|Order. The ayes to the right, 298. The noes to the left, 301. The noes have it, the noes have it. Unlock!⟧”
Outside the chamber, Mackintosh told reporters: “⟦d:b|Three votes. They're hanging on by their fingernails, and everyone knows it.⟧”

### 042
@a Roderick Ashby-Nwosu | The member for Felsham
@b Dervla McManus | the Parliamentary Commissioner for Standards
@c Dorothy Fincham | a constituent
@e Ray Okoro | -
@d - | A Unity Party spokesman
The member for Felsham, Roderick Ashby-Nwosu, faces a 21-day suspension from Parliament after the standards watchdog found he had claimed more than £38,000 in expenses for a flat that was let to tenants.
In a report published on Thursday, the Parliamentary Commissioner for Standards, Dervla McManus, said his conduct had been ``⟦p:b|a serious and sustained breach⟧'' of the rules and that his explanations were ``⟦p:b|at times implausible⟧''.
``⟦d:b|Mr Ashby-Nwosu was given every opportunity to provide documentation. He did not do so,⟧'' the report said.
In a statement, Ashby-Nwosu said he accepted the findings ``⟦p:a|with a heavy heart⟧''. ``⟦d:a|I made mistakes in the way I managed my affairs, and I am sorry for them. I have repaid every penny,⟧'' he said. ``⟦d:a|I will not be standing at the next election.⟧''
In Felsham, some constituents were unforgiving. ``⟦d:c|Thirty-eight grand. I get 230 a week pension. He should go, and we should get a vote,⟧'' said Dorothy Fincham, 78, a constituent, outside the post office on the high street.
Others were more forgiving. ``⟦d:e|He's been good for the town. Everyone makes mistakes,⟧'' said Ray Okoro, who runs the greengrocer's opposite.
A Unity Party spokesman said the whip had been suspended ``⟦p:d|pending the outcome of the process⟧''.

### 043
@a Ximena Roldán | the ruling party's candidate
@b Emeka Diallo-Sandoval | the former mayor of the capital
@c Hannelore Voigt | The moderator
The two candidates in Sunday's presidential runoff traded accusations of corruption and incompetence in their only televised debate, a 90-minute contest watched by an estimated 11 million people.
Ximena Roldán, the ruling party's candidate, went straight for her opponent's record at city hall. “⟦d:a|When you were mayor, the metro line took nine years and cost three times the budget. Why would anyone trust you with the country?⟧”
Emeka Diallo-Sandoval, the former mayor of the capital, hit back: “⟦d:b|At least my metro exists. Your party has been promising a new hospital in Puerto Alcázar for twelve years. Where is it?⟧”
“⟦d:a|It opens in March.⟧”
“⟦d:b|That's what you said last March.⟧”
The moderator, Hannelore Voigt, intervened repeatedly as the candidates spoke over each other. “⟦d:c|Candidates, the audience cannot hear either of you when you both talk at once,⟧” she said.
In his closing statement, Diallo-Sandoval looked directly into the camera. “⟦d:b|You know what the last twelve years have been like. If you want twelve more, vote for her. If you want change, you know where to find me.⟧”
Roldán, in hers, said the country faced “⟦p:a|a choice between experience and adventure⟧”.

### 044
@a Lionel Okeke-Larsen | Energy Minister
@b Shreya Balakrishnan | Channel 7's political editor
@c Ministry for Energy | -
Energy Minister Lionel Okeke-Larsen walked out of a live television interview on Wednesday evening after being questioned about his family's shareholding in a solar panel company that won a 40 million government contract.
Channel 7's political editor, Shreya Balakrishnan, asked him: "⟦d:b|Minister, did you declare your wife's shares in Helion Panels before that contract was signed?⟧"
"⟦d:a|All my interests have been properly declared in accordance with the rules,⟧" Okeke-Larsen said.
"⟦d:b|That's not what I asked. Did you declare those shares, specifically, before the contract was signed?⟧"
"⟦d:a|I've answered the question.⟧"
"⟦d:b|You haven't, with respect.⟧"
"⟦d:a|I'm here to talk about energy prices. If you don't want to talk about energy prices, then I think we're done.⟧"
The minister then removed his microphone and left the studio. Balakrishnan turned to the camera: "⟦d:b|Well. The minister has left us. We did invite him to stay.⟧"
The Ministry for Energy later said the interview had been arranged on the understanding that it would cover "⟦p:c|the winter energy support package⟧" and that the minister had been "⟦p:c|ambushed⟧".

### 045
@a Maureen O'Halloran-Diop | general secretary of the Civil and Public Staff Union
@b Abena Owusu | a nurse at Kellsbridge General
@c - | A Department of Health spokeswoman
Thousands of public sector workers marched through the centre of Kellsbridge on Saturday, chanting “⟦s:-|Pay up, pay up⟧” and waving placards reading “⟦s:-|Clapping doesn't pay the rent⟧”.
Maureen O'Halloran-Diop, general secretary of the Civil and Public Staff Union, told the crowd in Market Square that ministers had “⟦p:a|one month to come to the table⟧” before a national strike ballot.
“⟦d:a|We've had a decade of pay freezes and below-inflation rises. Our members have had enough, and so have I,⟧” she said, to roars. “⟦d:a|They found the money for the banks. They can find the money for the people who keep this country running.⟧”
Abena Owusu, a nurse at Kellsbridge General, said she had taken a second job stacking shelves at weekends. “⟦d:b|I'm 34. I've got a degree. I work nights on a cardiac ward, and then on a Saturday I'm putting out tins of beans,⟧” she said. “⟦d:b|Something's gone wrong.⟧”
A Department of Health spokeswoman said the government had accepted the independent pay review body's recommendations “⟦p:c|in full⟧”. “⟦d:c|We want to keep talking to the unions, but strikes are not the answer,⟧” she said.

### 046
@a Randall Voss-Kimura | the three-term congressman
@b - | A woman who said she was a hospice nurse
@c Darnell Whitaker | a 58-year-old farmer
Randall Voss-Kimura, the three-term congressman, had been speaking for less than five minutes in the Pine Hollow High School gymnasium on Monday night when the booing started.
"⟦d:a|I'm happy to take every question tonight, but I'd ask that we let each other speak,⟧" he said, raising his hands.
A woman who said she was a hospice nurse took the microphone first. "⟦d:b|You voted to gut the rural health fund. I have patients who are going to die without their medication. What do you want me to tell their families?⟧"
"⟦d:a|Ma'am, that bill protected the most vulnerable. The cuts you've read about are to administrative waste —⟧"
"⟦d:b|That's not true and you know it!⟧"
Parts of the crowd began chanting "⟦s:-|Vote him out⟧".
Darnell Whitaker, a 58-year-old farmer, said afterwards that he had voted for Voss-Kimura three times. "⟦d:c|I don't know about a fourth. He didn't answer a single question straight tonight,⟧" he said.
Voss-Kimura told reporters as he left that the evening had been "⟦p:a|democracy in action⟧". "⟦d:a|People are frustrated. I get it. That's why I showed up,⟧" he said.

### 047
@a Costin Dragomir | Valorian Foreign Minister
@b - | a protester
@c Sabine Hartmann-Osei | Elbmark's foreign minister
SELDORF, Nov 8 (Wire) — A joint news conference by the foreign ministers of Valoria and Elbmark was interrupted on Wednesday when a protester stood up at the back of the room and shouted «⟦d:b|Murderer!⟧» as Valorian Foreign Minister Costin Dragomir began to speak.
The man, who was holding up a photograph, was led out by security guards, shouting «⟦d:b|Free the Dunhaven prisoners!⟧» as he went.
Dragomir, visibly shaken, paused before continuing. «⟦d:a|Everyone has the right to express an opinion. In my country, too,⟧» he said.
Sabine Hartmann-Osei, Elbmark's foreign minister, said she had raised the case of the 27 protesters detained in the Valorian city of Dunhaven «⟦p:c|clearly and directly⟧» during the talks. «⟦d:c|We do not agree on everything. That is precisely why we talk,⟧» she said.
Asked whether Valoria would release the detainees, Dragomir said: «⟦d:a|Our courts are independent. I cannot comment on individual cases.⟧»

### 048
@a Eleanor Brightman-Oduya | The former prime minister
@b - | a politics student from Kellsbridge University
@c Maximilian Ekwueme | The centre's director
The former prime minister, Eleanor Brightman-Oduya, has warned that her old party risks “⟦p:a|sleepwalking into irrelevance⟧” unless it stops “⟦p:a|fighting the last election but one⟧”.
Speaking at the Centre for Democratic Renewal in Carnforth on Tuesday evening, in her first public remarks on domestic politics since leaving office, Brightman-Oduya said:
“⟦d:a:m|I look at my party today and I see people arguing furiously about questions the voters stopped asking five years ago.⟧
“⟦d:a:m|Meanwhile the questions they are asking — can my children afford a home, will there be a doctor when I need one, is my job safe from a machine — go unanswered.⟧
“⟦d:a|That is not a strategy. That is a hobby.⟧”
During questions, a politics student from Kellsbridge University asked what she regretted most about her time in office. “⟦d:b|Is there one decision you'd take back?⟧”
“⟦d:a|Only one? You're very generous,⟧” she replied, to laughter. “⟦d:a|I would have moved faster on housing. We had the majority and we lost our nerve.⟧”
The centre's director, Maximilian Ekwueme, closing the event, described her speech as “⟦p:c|a shot across the bows⟧”.

### 049
@a Ravi Subramanian-Holt | director-general of the National Security Bureau
@b Tristram Ogunleye | the committee's chairman
@d - | one committee member
The head of the National Security Bureau told MPs behind closed doors that the country faces "⟦p:a|the most serious espionage threat in a generation⟧", according to two people who were present.
Ravi Subramanian-Holt, director-general of the National Security Bureau, gave evidence to the intelligence oversight committee for more than two hours on Tuesday. Only the first 20 minutes were held in public.
In the public session, he said: "⟦d:a|I won't go into specifics in an open forum. But I can say that the volume of hostile activity we are tracking has roughly doubled in three years.⟧"
"⟦d:b|Doubled?⟧" asked Tristram Ogunleye, the committee's chairman.
"⟦d:a|Roughly doubled, yes.⟧"
In the closed session, according to the two people, Subramanian-Holt described the bureau as "⟦p:a|running to stand still⟧" and warned of "⟦p:a|gaps we cannot fill with current resources⟧".
"⟦d:d|He was blunter than I have ever heard him. It was sobering,⟧" one committee member said.
Ogunleye later told reporters: "⟦d:b|I'm not going to discuss what was said in closed session, and nor should anyone else.⟧"

### 050
@a Marcella Dunsany | the government chief whip
@e - | MPs who have been summoned there
@b - | one junior minister
@c - | A former whip
@d - | An MP on the party's left
The office of Marcella Dunsany, the government chief whip, is at the end of a narrow corridor behind the Speaker's chair, and MPs who have been summoned there describe the walk as “⟦p:e|the longest forty yards in politics⟧”.
“⟦d:b|She doesn't shout. That's what's frightening. She just looks at you, and tells you what you said at a dinner party in 2019,⟧” said one junior minister.
Dunsany, 57, laughs at her reputation. “⟦d:a|I'm really very nice. Ask my dog,⟧” she says. “⟦d:a:m|The job isn't about frightening people. It's about knowing people. Who's worried about their seat, whose marriage is in trouble, who wants to be a minister and who just wants to be left alone.⟧
“⟦d:a|If you know all that, you rarely need to shout.⟧”
A former whip, who served under her predecessor, said the operation had become “⟦p:c|far more professional and far less fun⟧”. “⟦d:c|We used to run it on gossip and gin. She runs it on spreadsheets,⟧” he said.
An MP on the party's left, who has rebelled four times, was less flattering: “⟦d:d|It's a surveillance state with a tea trolley.⟧”
### 051
@a Conrad Mbatha-Reilly | Unity leader
@b - | a campaign spokeswoman
@c Ruby Kowalski | a student at Carnforth College
@d Wren Adisa | the Progressives' campaign spokesperson
Unity leader Conrad Mbatha-Reilly was forced into a clean-up operation on Tuesday after telling a student on the campaign trail that young people who could not afford homes should “⟦p:a|look at moving somewhere cheaper⟧”.
The exchange, captured by broadcasters travelling with the campaign, took place outside a coffee shop in Carnforth.
Ruby Kowalski, 19, a student at Carnforth College, told him she expected to be renting for the rest of her life. “⟦d:c|My rent is more than half of what I earn. How am I ever meant to buy anything?⟧”
“⟦d:a|Well, there are lots of parts of the country where houses are much more affordable. Sometimes you have to look at moving somewhere cheaper,⟧” Mbatha-Reilly replied.
“⟦d:c|My whole family's here. My job's here.⟧”
“⟦d:a|I understand that. I'm just saying there are options.⟧”
Within an hour, a campaign spokeswoman said his words had been “⟦p:b|taken out of context⟧”. “⟦d:b|Conrad was making the point that we need to spread opportunity across the whole country, not just the big cities,⟧” she said.
Wren Adisa, the Progressives' campaign spokesperson, said the remark showed the Unity leader was “⟦p:d|from another planet⟧”. “⟦d:d|Move somewhere cheaper. That's their housing policy, in four words,⟧” Adisa said.

### 052
@a Sam Okwuosa | The government's chief spokesperson
@b - | one journalist
@c Juno Petrakis | a correspondent for the Evening Ledger
The government's chief spokesperson, Sam Okwuosa, on Monday declined to say whether the Interior Minister had offered to resign over the escape of three prisoners from Halgate jail.
"⟦d:a|The minister has the full confidence of the Prime Minister. I'm not aware of any offer of resignation,⟧" Okwuosa told the daily briefing.
"⟦d:b|Not aware, or there wasn't one?⟧" one journalist asked.
"⟦d:a|I've given you my answer.⟧"
Juno Petrakis, a correspondent for the Evening Ledger, asked whether the minister had been told of the escape before or after it was reported on social media. Okwuosa paused and looked down at their notes.
"⟦d:a|The minister was informed by officials within the hour. I'll get you the precise time,⟧" they said.
"⟦d:c|So possibly after it was on social media?⟧" Petrakis pressed.
"⟦d:a|I'm not going to speculate. I'll get you the precise time.⟧"
A timeline released by the Prime Minister's office that evening showed the minister had been told 52 minutes after the escape, and 11 minutes after the first post about it appeared online.

### 053
@a Agnes Treloar-Mensah | leader of the five-strong Coastal Alliance
@b Jory | a retired trawlerman
Agnes Treloar-Mensah, leader of the five-strong Coastal Alliance, is drinking half a bitter in the Anchor at Polwenna, and she would like everyone to know that she is not, whatever the papers say, “⟦s:-|the most powerful woman in the country⟧”.
“⟦d:a|I've got five MPs. Five. You could fit us in a taxi,⟧” she says.
Both main parties need her votes to form a government. “⟦d:-|Has the Prime Minister rung you?⟧” I ask.
“⟦d:a|Twice. Once to congratulate me and once to ask what it would take.⟧”
And what would it take?
“⟦d:a:m|A new hospital for the peninsula, which we've been promised by four governments and never got. A fair deal for the fishing fleet. And somebody in the capital to remember that the country doesn't end at the motorway.⟧
“⟦d:a|That's not a shopping list. That's a minimum.⟧”
Her husband, Jory, a retired trawlerman, is at the next table pretending not to listen. “⟦d:b|She'll get it, too. She's never not got anything she wanted,⟧” he says.
“⟦d:a|That's not true,⟧” she says. “⟦d:a|I wanted you to give up smoking.⟧”

### 054
@a Yusuf Demirci | Council leader
@b Chloe Ashworth-Mbeki | the 38-year-old
@c Gareth Pollock | leader of the opposition Civic group
Parents packed the public gallery at Marlowe Council House on Thursday as councillors debated plans to close three primary schools because of falling pupil numbers.
Chloe Ashworth-Mbeki, whose two children attend St Brannock's Primary, was given five minutes to address the full council. "⟦d:b|You've told us this is about numbers. My children aren't numbers,⟧" the 38-year-old said, her voice shaking. "⟦d:b|St Brannock's is the only place on that estate where a kid is guaranteed a hot meal and an adult who knows their name.⟧"
Council leader Yusuf Demirci said he understood "⟦p:a|the strength of feeling⟧" but that the council could not keep open schools that were "⟦p:a|more than half empty⟧".
"⟦d:a|Every empty place costs money that should be going on teaching. I wish the numbers were different. They're not,⟧" he said.
Cllr Gareth Pollock, leader of the opposition Civic group, accused the administration of "⟦p:c|closing schools by spreadsheet⟧". "⟦d:c|Have any of the cabinet actually visited these schools? Because I have, and I'd invite them to come with me,⟧" he said.
"⟦d:a|I have visited all three,⟧" Demirci replied.
As the vote was taken, parents in the gallery chanted "⟦s:-|Save our schools⟧".

### 055
@c - | one Unity backbencher
@a Ptolemy Garside-Achebe | Education Secretary
@b Marjorie Kwan | presenter
It was, one Unity backbencher said afterwards, “⟦p:c|the longest ninety seconds in radio history⟧”.
Education Secretary Ptolemy Garside-Achebe was asked on Talk Central on Thursday morning how much his flagship plan for free breakfast clubs would cost.
“⟦d:b|It's your policy, Secretary of State. How much does it cost?⟧” asked presenter Marjorie Kwan.
“⟦d:a|Well, it's — the figure is in the — it's a very significant investment, Marjorie.⟧”
“⟦d:b|How significant? A number.⟧”
“⟦d:a|It's — I don't have the exact figure in front of me.⟧”
“⟦d:b|It's in your own press release. I've got it here. Would you like me to read it to you?⟧”
“⟦d:a|I'm sure you'll tell me.⟧”
“⟦d:b|Four hundred and twelve million.⟧”
“⟦d:a|There we go. Four hundred and twelve million. A very significant investment.⟧”
The backbencher, speaking on condition of anonymity, added: “⟦d:c|You'd think he'd at least have read his own homework.⟧”

### 056
@a Fergus Ndlovu-Campbell | the 52-year-old
@b - | one reporter
@c Isadora Quinlan | his deputy
Fergus Ndlovu-Campbell resigned as leader of the Progressive Party on Friday, hours after leading it to its worst general election result in more than sixty years.
Speaking outside the party's headquarters on Tolland Street, flanked by his wife and his deputy, Isadora Quinlan, the 52-year-old said he took “⟦p:a|full and sole responsibility⟧” for the defeat.
“⟦d:a|The voters have spoken, and they have spoken clearly. It is not for me to argue with them,⟧” he said. “⟦d:a|A new leader must have the chance to rebuild, and to rebuild quickly.⟧”
“⟦d:b|Fergus, was it the manifesto or was it you?⟧” one reporter shouted.
He smiled thinly. “⟦d:a|Probably a bit of both.⟧”
Quinlan, who will serve as interim leader, told reporters the party had “⟦p:c|no choice but to listen⟧”. “⟦d:c|Fergus has been a decent, honourable leader, and history will be kinder to him than last night was,⟧” she said.
Asked whether she would stand for the leadership herself, Quinlan said: “⟦d:c|Not today. Ask me next week.⟧”

### 057
@a Lakshmi Varadarajan | the former trade minister
@b Hugo Stannard-Oyelowo | The outgoing foreign secretary
@c - | A senior party figure
@d Prime Minister's office | -
CARNFORTH, Jan 9 (Wire) - The Prime Minister named Lakshmi Varadarajan, the former trade minister, as foreign secretary on Tuesday in a wide-ranging reshuffle that saw six cabinet ministers leave the government.
"⟦d:a|It's the honour of my life. There is a great deal of work to do and I intend to start this afternoon,⟧" Varadarajan told reporters as she arrived at the Foreign Ministry.
Asked about her priorities, she said: "⟦d:a|The eastern border, the trade talks, and the crises I don't know about yet.⟧"
The outgoing foreign secretary, Hugo Stannard-Oyelowo, who is returning to the back benches, said in a post on social media that he was "⟦p:b|proud of what we achieved⟧" and wished his successor "⟦p:b|every success⟧".
"⟦d:b|Lakshmi is a brilliant choice. She will be a formidable voice for this country abroad,⟧" he wrote.
A senior party figure, speaking privately, said the reshuffle was "⟦p:c|a clear-out of anyone who might cause trouble in a leadership election⟧". "⟦d:c|He's building a bunker, not a cabinet,⟧" the figure said.
The Prime Minister's office said in a statement that the new team would "⟦p:d|deliver on the priorities of the people⟧".

### 058
@a Mahina Kealoha-Tui | foreign minister of the Tavaki Islands
@b Greta Sandvik | Nordhavn's environment minister
@c - | A delegate from one of the smaller island states
PORT ALOFA, Oct 30 — The foreign minister of the Tavaki Islands accused rich countries on Thursday of «⟦p:a|negotiating our funerals⟧», as talks on a loss-and-damage fund stalled at the Archipelago Forum.
«⟦d:a|When the water comes into our houses, we do not get to hold a second round of consultations,⟧» Mahina Kealoha-Tui told reporters. «⟦d:a|We are asking for money we are owed, on a timetable that matches the tides, not your elections.⟧»
Greta Sandvik, Nordhavn's environment minister, said her country had «⟦p:b|heard the message loud and clear⟧» but that any fund needed «⟦p:b|robust governance⟧».
«⟦d:b|I understand the frustration. I would be frustrated too. But we need to build something that lasts longer than one summit,⟧» Sandvik said.
Kealoha-Tui, told of that response, shook her head. «⟦d:a|Robust governance. We hear that phrase every year. Our islands do not have time for robust governance.⟧»
Later, Sandvik was asked whether Nordhavn would put money on the table before the forum ended. «⟦d:b|Yes,⟧» she said. «⟦d:b|The amount is still being discussed.⟧»
A delegate from one of the smaller island states, who asked not to be identified, said the mood in the room was «⟦p:c|furious but exhausted⟧».

### 059
@a Cordelia Hartigan-Oyo | Immigration Minister
@b - | One attendee
@c Tobias Mwale | The opposition's immigration spokesman
@d Interior Ministry | -
Immigration Minister Cordelia Hartigan-Oyo told wealthy donors at a private fundraiser that the government's asylum targets were "⟦p:a|basically for the cameras⟧", according to a recording obtained by the Northern Ledger.
In the recording, made at a £500-a-head dinner at the Albion Club in Carnforth last month, the minister can be heard saying: "⟦d:a|Between us, nobody in the department thinks we'll hit those numbers. But you have to have a number. The public likes a number.⟧"
Asked by a guest what the real plan was, she replied: "⟦d:a|Keep it off the front pages until the election. Then we'll see.⟧"
One attendee, who did not want to be named, said the room had laughed. "⟦d:b|It was a relaxed, boozy evening. She clearly thought she was among friends,⟧" the attendee said.
The opposition's immigration spokesman, Tobias Mwale, said: "⟦d:c|This confirms what everyone suspected. The targets are a con, and the minister knows it.⟧"
The Interior Ministry said the comments were "⟦p:d|light-hearted remarks at a private event⟧" and did not reflect government policy.

### 060
@a Obiora Castellane | the 46-year-old former barrister
@b Dermot Fairclough | his rival
@c Priscilla Amankwah | the party's general secretary
@d - | one MP who had backed Fairclough
Obiora Castellane, the 46-year-old former barrister, was elected leader of the Civic Party on Saturday with 58 per cent of the members' vote, completing a remarkable rise from the back benches in under four years.
Announcing the result in a packed hall in Kellsbridge, the party's general secretary, Priscilla Amankwah, said turnout had been “⟦p:c|the highest in our history⟧”. “⟦d:c|I am pleased to declare that Obiora Castellane is elected as leader of the Civic Party,⟧” she said.
Castellane embraced his rival, Dermot Fairclough, before taking the stage. “⟦d:a|Dermot ran a campaign full of ideas and full of decency, and I want him at the heart of our team,⟧” he said. “⟦d:a|To everyone who didn't vote for me: I'm going to spend the next four years trying to change your mind.⟧”
Fairclough, speaking to reporters afterwards, said he would “⟦p:b|serve wherever I'm asked⟧”. “⟦d:b|The members have made their choice, and it's a good one,⟧” he said.
Not everyone was so gracious. “⟦d:d|A lawyer who's never run anything. Good luck to us,⟧” muttered one MP who had backed Fairclough.

### 061
@a Ines Carvalho-Otieno | Mayor
@c Bruno Takahashi-Reid | Your challenger
The following is an edited transcript of Mayor Ines Carvalho-Otieno's interview with Metro Radio's Kwame Asamoah on Friday.
Q: Mayor, thanks for coming in. Let's start with fares. Your challenger, Bruno Takahashi-Reid, calls your transport budget "⟦p:c|a fantasy with a bus pass⟧". Is he wrong?
A: He's wrong, and he knows he's wrong. Two years ago I said "⟦d:a|we will not raise fares this term⟧" and we haven't. Not by a cent.
Q: But the Ledger's front page this morning says "⟦s:-|Transit Black Hole⟧". Forty million.
A: Headlines are written to sell papers. The forty million is a projection for a year that hasn't happened yet.
Q: Will you rule out fare rises next term?
A: I'm not going to make promises about a term I haven't won.
Q: Is that a no?
A: It's an "⟦s:-|ask me after the election⟧".
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh152.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh152",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
