# ruff: noqa: E501
"""Build ``quotes_fresh88.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with interruptions and heckles, select
committee and inquiry hearings, broadcast and radio interviews in which presenters
press ministers, phone-ins, campaign trail and hustings, lobby briefings by
spokespeople, council meetings, leadership contests, leaks and unnamed sources,
summits and foreign ministers' press conferences, in the styles of wire, broadsheet,
tabloid, local-paper, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh88-NNN``.

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

* A role title standing before the name alone (``Prime Minister``, ``Premier``,
  ``Opposition leader``, ``Speaker``, ``Ambassador``, ``Presenter``, ``Town mayor``,
  ``Shadow chancellor``, ``Watchdog``) is the description, written as in the passage.
  Abbreviated forms of address (``Cllr``, ``Sen.``, ``Rep.``, ``the Rev``, ``KC``,
  ``Dame``, ``Sir``, ``Professor``, ``Dr``) are dropped from the name and are never the
  description; a ``Senator``/``Sen.`` with no appositive has a null description.
* A role title or relational phrase before the name combined with an appositive after
  it (``Her challenger, Yolanda Baptiste, the Progressive candidate``; ``The next
  caller, Gary, a dad of three in Tollerton``): the appositive is the description.
* Where a speaker is first named without an appositive and a later mention carries
  one (``Achterberg, the government chief whip for the past three years``), that
  appositive is the description.
* A non-restrictive relative clause after an appositive (``one delegate from the
  south, who declined to give his name``) is not part of the description; a
  restrictive one is (``a backbencher who scraped onto the ballot …``). A relative
  clause alone (``Sen. Bill Ostrowski, who chairs the panel``) gives a null description.
* Heckles and shouts whose speaker is not identified at all (``came a cry from
  somewhere below the gangway``, ``came a voice from the public gallery``) are
  ``direct`` with speaker and description null; a shout or murmur attributed to a
  described person or group (``a man near the back``, ``several MPs on both sides``)
  has that phrase as the description. Slogans chanted by protesters are ``scare``.
* Reporters' questions at briefings and press conferences are ``direct`` with a null
  speaker and the reporter's description where one is given (``One journalist``).
* A party, ministry or company said to speak through ``a statement`` (``the party said
  in a statement``, ``the statement said``) is the speaker; an unnamed spokesperson
  for it has a null speaker and that phrase as the description. Fragments of a leaked
  document are ``partial`` with a null speaker and the document as the description
  (``a leaked memo``); a marking on it (``official-sensitive``) is ``scare``.
* Words an official's note records a minister as saying are the minister's words. A
  listener's message read out on air belongs to the listener. Leaked text messages
  belong to whoever sent them.
* A turn broken off by an interruption and resumed after it (``—and I think …``) is a
  separate span of the same speaker; the interrupting line is the interrupter's.
* Programme, podcast and campaign names, placard texts and a fact-check's verdict
  labels (``half true``) are ``scare``.
* A partial quote in a lead or an accusation whose speaker is identified only in the
  following sentences (``was accused by the opposition leader of …``) belongs to that
  person.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh88.py`` (or, from this folder,
``python build_quotes_fresh88.py``).
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh88.jsonl")

PASSAGES = """
### 001
@a Ingrid Halvorsen-Barr | Prime Minister
@b Desmond Okafor | the Leader of the Opposition
@c Beatrix Llewellyn-Moss | the Speaker
@d - | one Social Democrat backbencher
It took Desmond Okafor, the Leader of the Opposition, less than a minute to reach for the phrase he had plainly been saving all week. The housing figures published on Tuesday, he told the Commons, were “⟦p:b|a monument to complacency⟧”.
“⟦d:b|Three years ago the Prime Minister promised this House 300,000 homes a year. Last year the country built 171,000. Can she tell us which of those two numbers she is proudest of?⟧”
Prime Minister Ingrid Halvorsen-Barr rose to a wall of noise from her own benches, which she did nothing to discourage. “⟦d:a|I'll tell him what I'm proud of, Madam Speaker,⟧” she began, before the rest of the sentence disappeared under a barrage from the other side.
The Speaker, Beatrix Llewellyn-Moss, was on her feet within seconds. “⟦d:c|Order! Order! The Prime Minister will be heard, and so will the Leader of the Opposition, if it takes us until teatime.⟧”
Halvorsen-Barr tried again. “⟦d:a|I am proud that we have more first-time buyers than at any point in a decade. I am proud that we scrapped the stamp duty trap. And I am proud that we are not the party that voted against every single one of those measures.⟧”
“⟦d:-|Rubbish!⟧” came a cry from somewhere below the gangway.
Okafor, who had clearly anticipated the line, held up a copy of the government's own statistical bulletin. “⟦d:b|It's her department's document, not mine. Page four. She can borrow my copy if she's lost hers.⟧”
By the third exchange the chamber had settled into its familiar Wednesday rhythm. One Social Democrat backbencher could be heard asking, not quietly, “⟦d:d|Is she going to answer any of them?⟧”
She did, after a fashion. “⟦d:a|The right honourable gentleman can wave whatever he likes. Houses are built by builders, not by press releases.⟧”

### 002
@a Luka Brennov | Veltria's foreign minister
@b Mathias Ekdahl | His Norhaven counterpart
@c - | A reporter from state broadcaster VTV
VELSBURG, March 14 (Meridian Wire) - Veltria and Norhaven agreed on Thursday to reopen talks on their disputed river border, but their foreign ministers gave sharply different accounts of how close a deal might be.
"⟦d:a|We have taken a step, not a leap,⟧" Veltria's foreign minister, Luka Brennov, told a joint news conference in the Veltrian capital. "⟦d:a|Nobody should wake up tomorrow and expect the map to have changed.⟧"
His Norhaven counterpart, Mathias Ekdahl, was more upbeat. "⟦d:b|I think we are closer than at any time in the last fifteen years,⟧" Ekdahl said, speaking in English. "⟦d:b|The technical teams have done ninety percent of the work. What is left is political, and politics can move quickly when it wants to.⟧"
Brennov, who switched to French for part of the session, appeared to push back. "⟦d:a|Rien n'est signé,⟧" he said. "⟦d:a|Nothing is signed.⟧"
A reporter from state broadcaster VTV asked: "⟦d:c|Does the agreement cover the island of Sarn?⟧"
"⟦d:a|Sarn is not on the table. Sarn has never been on the table,⟧" Brennov replied, before Ekdahl cut in: "⟦d:b|Everything is on the table. That is what a table is for.⟧"
The two men shook hands for the cameras but took no further questions. Officials said the talks would resume in the Norhaven port of Tjelde in April.

### 003
@a Siobhán Tierney | Presenter
@b Farah Qureshi | The Health Secretary
@c Rhys Adeyemi | the opposition's health spokesman
The Health Secretary, Farah Qureshi, faced a bruising interview on Radio Caldermoor's “⟦s:-|Morning Edition⟧” on Friday as she was pressed repeatedly on whether a promised £2bn for hospital repairs was new money.
Presenter Siobhán Tierney opened by reading out a figure from the minister's own department. “⟦d:a|Your own officials say the repair backlog is eleven billion. You're offering two. Where does the other nine come from?⟧”
“⟦d:b|Well, first of all, this is the largest single investment in the hospital estate for a generation—⟧”
“⟦d:a|That wasn't my question.⟧”
“⟦d:b|—and I think your listeners deserve to hear what it will actually pay for.⟧”
Qureshi went on to list four hospitals in the region that she said would see “⟦p:b|spades in the ground⟧” before the end of the year.
Tierney returned to the point three more times. On the last occasion she asked simply: “⟦d:a|Is it new money, yes or no?⟧”
“⟦d:b|It is money that will be spent on hospitals, and I'm not going to apologise for that,⟧” the minister said.
Rhys Adeyemi, the opposition's health spokesman, wrote on social media afterwards that it had been “⟦p:c|the longest non-answer in the history of radio⟧”. “⟦d:c|If it were new money she'd have said so in the first five seconds,⟧” he added.

### 004
@a Margaret Oduya | the committee's chair
@b Julian Prothero | the permanent secretary
@c Owain Pritchard | Committee member
@d Department of Infrastructure | the department
The most senior civil servant at the Department of Infrastructure admitted on Tuesday that he had not read a consultants' report warning that the Harrowgate bypass would run at least £400m over budget until months after it reached ministers.
Julian Prothero, the permanent secretary, told MPs on the public accounts committee that the report had been "⟦p:b|handled at the appropriate level⟧".
"⟦d:a|So nobody read it,⟧" said Margaret Oduya, the committee's chair.
"⟦d:b|That isn't what I said.⟧"
"⟦d:a|Then who read it, Sir Julian? Give me a name.⟧"
Prothero said he would write to the committee with "⟦p:b|a full account of the chain of custody⟧" of the document.
Committee member Owain Pritchard was unimpressed. "⟦d:c|With respect, we have had three letters from your department this year and not one of them has told us anything we couldn't have read in the newspaper,⟧" he said. "⟦d:c|I'd rather have the answer now.⟧"
"⟦d:b|I understand the frustration. I share some of it,⟧" Prothero replied. "⟦d:b|But I am not going to guess in front of this committee.⟧"
In a statement after the hearing, the department said it "⟦p:d|takes its obligations to Parliament extremely seriously⟧" and that the bypass "⟦p:d|remains on track to open in 2027⟧".

### 005
@a - | the Prime Minister's official spokesman
@b - | One journalist
@c Tobias Grint | her Chancellor
@d - | A Treasury spokesperson
Halden House refused on Monday to say whether the Prime Minister still had confidence in her Chancellor, Tobias Grint, after he was recorded at a private dinner describing the government's flagship childcare policy as “⟦p:c|unaffordable and, frankly, unworkable⟧”.
At the morning lobby briefing, the Prime Minister's official spokesman was asked about the remarks eleven times.
“⟦d:a|The Prime Minister works closely with the Chancellor every day, and that will continue,⟧” he said.
One journalist asked: “⟦d:b|Does she have full confidence in him? It's a simple question.⟧”
“⟦d:a|I've answered that.⟧”
“⟦d:b|You haven't.⟧”
“⟦d:a|I've set out the position. I don't think I'm going to add to it.⟧”
Pressed on whether Grint had apologised to colleagues, the spokesman said that was “⟦p:a|a matter for the Chancellor⟧”.
A Treasury spokesperson said later: “⟦d:d|The Chancellor fully supports the childcare guarantee, as he has said many times, and he is getting on with the job of delivering it.⟧”

### 006
@a Brenda Hollis | cabinet member for environment
@b Nasser Khalil | leader of the opposition Independent group
@c Doreen Pascoe | a resident of Millbrook Road
@d Ray Doughty | The chairman
Tempers flared at Thursday's full meeting of Ashcombe District Council as councillors clashed over plans to move to three-weekly black bin collections.
Cllr Brenda Hollis, cabinet member for environment, told the chamber the change would save £1.2m a year and push up recycling rates. "⟦d:a|Every other council that has done this has seen recycling go up. That is not an opinion, it is in the figures,⟧" she said.
But Cllr Nasser Khalil, leader of the opposition Independent group, said residents had not been properly consulted. "⟦d:b|Three weeks is a long time when you've got a family of six and a wheelie bin the size of a shoebox,⟧" he said. "⟦d:b|Has the cabinet member ever actually lifted the lid on one of these in August?⟧"
"⟦d:a|I have, as it happens,⟧" Cllr Hollis replied, to laughter from the public gallery.
Members of the public were then given three minutes each to speak. Doreen Pascoe, a resident of Millbrook Road, said foxes were already tearing open bags left out for collection. "⟦d:c|We're not being dramatic. We've got rats. I've got photographs of rats,⟧" she said.
The chairman, Cllr Ray Doughty, had to call for quiet twice as some in the gallery applauded. "⟦d:d|This is a council meeting, not a football match,⟧" he said.
The proposal was approved by 24 votes to 19 and will come into force in October.

### 007
@a Helena Marchetti | the former home secretary
@b Abena Sarpong | the party's deputy leader
@c Conor Whelan | a backbencher who scraped onto the ballot with two nominations to spare
@d Gwen Harcourt | the broadcaster chairing the event
The three candidates to lead the Civic Party clashed over tax, immigration and each other's records at a packed hustings in Bramford on Saturday, the first of twelve before members vote in June.
Helena Marchetti, the former home secretary, set out her stall early. “⟦d:a|Members don't want another round of navel-gazing. They want a party that can win,⟧” she said. “⟦d:a|I've won three elections in a seat nobody thought we could hold. I know how it's done.⟧”
Abena Sarpong, the party's deputy leader, drew the loudest applause of the night when she turned to her rival. “⟦d:b|Helena talks a lot about winning. I'd gently point out that she sat in the cabinet that lost us forty seats,⟧” she said.
Marchetti smiled thinly. “⟦d:a|Abena sat in the same cabinet. I just sat nearer the front.⟧”
Conor Whelan, a backbencher who scraped onto the ballot with two nominations to spare, pitched himself as the candidate of “⟦p:c|the people who stuff the envelopes⟧”. “⟦d:c|I'm not the choice of the MPs, and I'm proud of that,⟧” the 38-year-old said. “⟦d:c|They've had their turn.⟧”
Gwen Harcourt, the broadcaster chairing the event, had to intervene when the two women began talking over each other on immigration. “⟦d:d|One at a time, please, or nobody at the back will hear either of you.⟧”
“⟦d:b|I was answering the question,⟧” Sarpong protested.
“⟦d:a|You were answering a different question,⟧” Marchetti shot back.

### 008
@a - | a leaked memo
@b - | One senior official
@c - | A government source
@d Ministry of Home Affairs | the ministry
@e Lorna Fitzwilliam | the opposition's home affairs spokeswoman
Officials at the Ministry of Home Affairs privately warned ministers that a new border-checks system would not be ready until 2029, two years later than the date announced in Parliament, according to a leaked memo seen by the Gazette.
The memo, dated 3 February and marked "⟦s:-|official-sensitive⟧", describes the announced timetable as "⟦p:a|not credible in any of the scenarios modelled⟧" and warns of "⟦p:a|significant reputational risk⟧" if the delay becomes public.
One senior official, who spoke on condition of anonymity because they were not authorised to discuss the document, said the warning had been "⟦p:b|ignored from the top⟧". "⟦d:b|Everyone in the building knew the date was fiction. The only people who didn't want to know were the ones who'd announced it,⟧" the official said.
A government source disputed that account. "⟦d:c|Ministers were given a range of dates and went with the one the delivery team recommended. That is how it works,⟧" the source said.
In a statement, the ministry said it "⟦p:d|does not comment on leaked documents⟧", adding: "⟦d:d|The programme remains on track and we will update Parliament in the usual way.⟧"
Lorna Fitzwilliam, the opposition's home affairs spokeswoman, said: "⟦d:e|If this is true, the minister has misled the House, and she needs to come to the despatch box today and explain herself.⟧"

### 009
@a Annelie Vos | president of the Union's executive commission
@b Giorgos Antoniadis | Prime Minister
@c - | one diplomat
Leaders of the twenty-two member states of the Meridian Union ended a two-day summit in Lusaine early on Friday without agreement on the bloc's next seven-year budget, after talks that one diplomat described as «⟦p:c|the worst-tempered in living memory⟧».
«⟦d:a|We are not there yet, but we are closer than we were on Wednesday,⟧» said Annelie Vos, president of the Union's executive commission, at a press conference that began shortly after 4 a.m. «⟦d:a|I would rather have a good deal in March than a bad one tonight.⟧»
Prime Minister Giorgos Antoniadis of Kalindria, who led a group of southern states demanding more money for farmers, said he had «⟦p:b|not come here to sign a blank cheque for the north⟧».
«⟦d:b|My farmers are not a line in a spreadsheet,⟧» he told reporters as he left the building. «⟦d:b|If the others want my signature, they know what it costs.⟧»
The diplomat, speaking on condition of anonymity, said the mood had soured after midnight. «⟦d:c|At one point two prime ministers were not speaking to each other, and they were sitting next to each other,⟧» the diplomat said.
Vos declined to say who they were. «⟦d:a|I don't do gossip at four in the morning. Ask me at nine.⟧»

### 010
@a Gareth Pembury | HOUSING minister
@b Kelly-Ann Brogan | Tenant
@c - | A spokesman for Mr Pembury
@d Dale Mostyn | Opposition MP
HOUSING minister Gareth Pembury last night refused to say sorry after it emerged he rents out a damp-riddled flat while lecturing landlords on “⟦p:a|basic decency⟧”.
Confronted by the Clarion outside his £1.4million townhouse, the minister said only: “⟦d:a|No comment. Excuse me, I'm late.⟧”
Asked whether he had ever set foot in the flat, he snapped: “⟦d:a|I'm not discussing my private affairs on the pavement.⟧”
Tenant Kelly-Ann Brogan, 29, who lives in the one-bedroom property with her toddler, told us: “⟦d:b:m|There's mould up the walls in the baby's room. I've emailed the agent eleven times. Nobody comes.⟧
“⟦d:b|He's on the telly every week talking about rogue landlords. He wants to have a look in the mirror.⟧”
A spokesman for Mr Pembury said the flat was managed by a letting agency and that the minister had been “⟦p:c|unaware of any outstanding repairs⟧”. “⟦d:c|He has now asked for the work to be carried out urgently,⟧” the spokesman added.
Opposition MP Dale Mostyn fumed: “⟦d:d|You couldn't make it up. The so-called ‘landlords’ champion’ turns out to be the worst landlord in the building.⟧”
The revelation is the latest in the Clarion's “⟦s:-|Rent Shame⟧” campaign, which has exposed eleven MPs with properties in disrepair.

### 011
@a Marcus Lindqvist | the Social Democrats' candidate in Stourley West
@b Steve | A forklift driver who gave his name only as Steve
@c Pauline Ekwueme | -
@d - | a campaign aide
STOURLEY — It was 6.15am and still dark when Marcus Lindqvist, the Social Democrats' candidate in Stourley West, took up position at the gates of the Harlow & Pike packaging plant with a flask of coffee and a stack of leaflets.
"⟦d:a|If you want to know what people think, you come when they're tired and cold and on their way to a twelve-hour shift,⟧" he said. "⟦d:a|Not to a garden party.⟧"
Most of the workers took a leaflet; a few didn't break stride. A forklift driver who gave his name only as Steve stopped long enough to tell the candidate that he had voted for "⟦p:b|the other lot⟧" last time and would probably do so again.
"⟦d:a|What would change your mind?⟧" Lindqvist asked.
"⟦d:b|Fix the bus. The 41 used to run every twenty minutes. Now it's every hour if you're lucky. I've lost two days' pay this year because of that bus.⟧"
"⟦d:a|Then I'll fix the bus,⟧" the 44-year-old said.
"⟦d:b|They all say that, mate,⟧" Steve replied, and walked in.
Pauline Ekwueme, who has held the seat for the National Party since 2015, said by phone later that she had "⟦p:c|been fighting for that bus route for years⟧". "⟦d:c|Marcus is very welcome to join the campaign. He's a bit late, that's all,⟧" she said.
As the shift change ended, a campaign aide counted what was left of the leaflets. "⟦d:d|Three hundred and twelve gone. Not bad for a Tuesday,⟧" she said.

### 012
@a Ruth Abernathy | Shadow chancellor
@b Kwame Danso | the programme's presenter
@c National Party | -
Shadow chancellor Ruth Abernathy has refused to rule out raising capital gains tax if her party wins the next election, telling Northstar One's ``⟦s:-|Sunday Review⟧'' that ``⟦p:a|nothing is off the table and nothing is on it⟧''.
Pressed by the programme's presenter, Kwame Danso, on whether that amounted to an answer, she said: ``⟦d:a|It is an honest answer. I'm not going to write a budget on a Sunday morning sofa.⟧''
Danso put it to her that voters were entitled to know. ``⟦d:b|You're asking people to hand you the keys to the Treasury. Shouldn't they know which rooms you're planning to redecorate?⟧''
``⟦d:a|They'll know before they vote,⟧'' Abernathy said. ``⟦d:a|What they won't get from me is a promise I can't keep, because they've had five years of those.⟧''
She insisted her party's plans were ``⟦p:a|fully costed⟧'' and said the National Party's claim of a ``⟦p:c|£40bn black hole⟧'' in them had been ``⟦p:a|invented in a back office by someone with a calculator and a grudge⟧''.
The National Party said in a statement: ``⟦d:c|Ruth Abernathy had ten minutes to tell the country what she would do to their taxes, and she chose not to. Voters will draw their own conclusions.⟧''

### 013
@a Tamsin Rowe | The energy minister
@b Idris Bakhtiar | the Green Alliance's only MP
@c Gerald Fenwick-Hythe | Deputy Speaker
@d Hamish Calder | a National backbencher who represents a former coalfield seat
The energy minister, Tamsin Rowe, had been on her feet for barely four minutes opening Thursday's debate on the North Sands licensing round when the first intervention came.
“⟦d:b|Will the minister give way?⟧” asked Idris Bakhtiar, the Green Alliance's only MP.
“⟦d:a|I will in a moment,⟧” she said, and didn't.
When she eventually did, Bakhtiar asked how granting twenty new licences squared with the government's pledge to reach net zero by 2045. “⟦d:b|Either the pledge is real or the licences are. They can't both be.⟧”
“⟦d:a|The honourable gentleman knows perfectly well that we will be using gas for decades yet,⟧” Rowe replied. “⟦d:a|The question is whether it comes from our own waters or is shipped halfway round the world at twice the emissions.⟧”
Hamish Calder, a National backbencher who represents a former coalfield seat, then rose in support of the minister — at some length. After several minutes Deputy Speaker Gerald Fenwick-Hythe intervened. “⟦d:c|Interventions are supposed to be brief. The honourable member is making a speech.⟧”
“⟦d:d|I'm nearly there, Mr Deputy Speaker.⟧”
“⟦d:c|Then perhaps he could arrive.⟧”
Calder sat down to laughter, having described the licences as “⟦p:d|a lifeline for every town that was told its work was finished⟧”.

### 014
@a Ewan Strachan | the minister for the regions
@b Alastair Renwick | the Prime Minister
@c - | One ally of Strachan
Ewan Strachan, the minister for the regions, resigned from the government on Wednesday night in protest at cuts to regional development funding, becoming the third minister to quit in a fortnight.
In a letter to the Prime Minister, Alastair Renwick, posted on social media shortly after 10pm, Strachan wrote: "⟦d:a:m|I came into politics to give towns like mine a fair share. I cannot stand at the despatch box and defend a settlement which does the opposite.⟧
"⟦d:a|I will continue to support the government from the backbenches, but I will not vote for these cuts.⟧"
In his reply, Renwick thanked Strachan for his "⟦p:b|tireless work⟧" and said he was "⟦p:b|sorry, though not surprised⟧" by the decision. "⟦d:b|We will have to disagree on this. The settlement is fair, it is affordable, and I believe it will come to be seen as both,⟧" the Prime Minister wrote.
One ally of Strachan said the resignation had been "⟦p:c|weeks in the making⟧". "⟦d:c|Ewan tried to change it from the inside. He ran out of road,⟧" the ally said.

### 015
@a Yolanda Baptiste | the Progressive candidate
@b Kerry-Louise Danvers | Mayor
@c Phil Okonedo | Host
@e Maureen | A caller
Harbourtown's two leading mayoral candidates traded blows over potholes, parking and a stalled tram extension in a lively hour-long debate on Harbour FM on Wednesday evening.
Mayor Kerry-Louise Danvers, who is seeking a second term, insisted the tram project was “⟦p:b|paused, not cancelled⟧”. “⟦d:b|I'm not going to pour another forty million into a hole in the ground until the government tells us what its share is,⟧” she said.
Her challenger, Yolanda Baptiste, the Progressive candidate, said that was “⟦p:a|a very long way of saying cancelled⟧”.
“⟦d:a|Four years ago the mayor stood in Eastgate and promised the tram by 2026. I've got the leaflet. I've brought it with me,⟧” Baptiste said, waving it at the microphone.
Host Phil Okonedo reminded her that listeners could not see it. “⟦d:c|This is radio, Yolanda. Describe it for us.⟧”
“⟦d:a|It's got a picture of a tram on it, Phil. That's about as close as we've got.⟧”
A caller, Maureen from Eastgate, asked both candidates what they would do about the potholes on Quarry Lane. “⟦d:e|I've lost two tyres this winter. Two. Who's paying for those?⟧”
Danvers said the road was “⟦p:b|top of the list⟧” for resurfacing in the spring. Baptiste said it had been top of the list last spring, too.

### 016
@a Delphine Achterberg | the government chief whip for the past three years
@b Niall Corrigan | a former whip who served under her
@c - | One backbencher who has been on the receiving end
Delphine Achterberg keeps a small brass bell on her desk, a gift from her predecessor. She has never rung it. “⟦d:a|The point of the bell,⟧” she says, “⟦d:a|is that everybody knows you could.⟧”
Achterberg, the government chief whip for the past three years, is perhaps the least-known powerful person in the building. She does not do breakfast television. She has given, by her own count, two interviews in a decade, and this is the second.
“⟦d:a:m|People imagine the job is shouting. It's almost entirely listening. Somebody's father is ill, somebody's marriage is in trouble, somebody has been promised something by a minister who had no business promising it. You find out, and you sort it out, and then, once in a while, you ask for something back.⟧
“⟦d:a:m|The shouting is for the cameras. Or for novels.⟧
“⟦d:a|I've raised my voice twice in this job. Both times I regretted it within the hour.⟧”
Not everyone remembers it that way. One backbencher who has been on the receiving end describes a meeting in her office as “⟦p:c|like being very politely disembowelled⟧”.
Niall Corrigan, a former whip who served under her, says that is rather the point. “⟦d:b|Delphine never threatens anybody. She just tells you, very calmly, exactly what's going to happen. And then it happens,⟧” he says.
Asked whether she enjoys the job, Achterberg considers the question for a long time. “⟦d:a|I enjoy winning votes. I don't enjoy what it sometimes takes. I suppose that's the right way round.⟧”

### 017
@a Rasmus Kjellberg | secretary-general of the compact
@b - | a Kalindrian journalist
@c Leticia Fonseca-Ruiz | Ambassador
@d - | One reporter
HALMSTRAND, Oct 2 (Meridian Wire) - The Northern Defence Compact will double the number of troops on rotation in its eastern member states from next spring, Rasmus Kjellberg, secretary-general of the compact, said on Wednesday, in what he called "⟦p:a|a message that needs no translation⟧".
"⟦d:a|We do not seek confrontation with anybody. But nobody should mistake our patience for weakness,⟧" Kjellberg told reporters after a meeting of defence ministers.
Asked by a Kalindrian journalist whether the move was a response to recent airspace violations, he said: "⟦d:a|It is a response to the situation as a whole. I will not comment on individual incidents.⟧"
"⟦d:b|But there have been eleven incidents since June. Is that not the situation?⟧" the journalist pressed.
"⟦d:a|You have counted them. So have we,⟧" Kjellberg said.
Ambassador Leticia Fonseca-Ruiz, who chairs the compact's council, said the decision had been unanimous. "⟦d:c|Every single member state signed up. I think that tells you something about how seriously this is being taken,⟧" she said.
One reporter asked: "⟦d:d|And who pays?⟧"
"⟦d:c|Everybody. Carefully,⟧" Fonseca-Ruiz replied, to laughter.

### 018
@a Sunita Ravel | the returning officer
@b Callum Byrne-Ashdown | a 31-year-old former primary school teacher
@c Veronica Stahl | The defeated National candidate
@d - | one National Party activist
It was just after 3.40am when the returning officer, Sunita Ravel, stepped up to the stage in Kelsey Leisure Centre and read out the result that turned one of the safest National seats in the country yellow.
“⟦d:a|I, Sunita Ravel, being the returning officer for the Kelsey and Marsh constituency, hereby give notice that the number of votes cast for each candidate was as follows,⟧” she began, to a hush that lasted precisely as long as it took her to reach the Liberal Forum's total.
Callum Byrne-Ashdown, a 31-year-old former primary school teacher, took the seat by 4,211 votes, overturning a majority of more than 19,000. Supporters at the back of the hall waved placards reading “⟦s:-|Kelsey Said Enough⟧”.
“⟦d:b|People in Kelsey have been taken for granted for forty years. Tonight they stopped letting it happen,⟧” he told them, his voice cracking. “⟦d:b|To everyone who lent us their vote for the first time: I know what that cost you. I won't waste it.⟧”
The defeated National candidate, Veronica Stahl, was gracious on the stage. “⟦d:c|The voters have spoken, and they have spoken very clearly. I congratulate Callum and I wish him well,⟧” she said, before adding that the result was “⟦p:c|a message the whole party needs to hear, starting at the top⟧”.
Outside, one National Party activist was blunter. “⟦d:d|Six weeks on the doorstep and the same thing came up every single time. The Prime Minister. Nobody mentioned the candidate. Nobody mentioned the bins. Just him,⟧” he said.

### 019
@a Adaeze Nwankwo | the committee's ranking member
@b Trevor Hallam | Lumen Social chief executive
@c Bill Ostrowski | -
@d Lumen Social | -
Lumen Social chief executive Trevor Hallam faced more than three hours of hostile questioning from the Senate Commerce Committee on Tuesday over internal research showing that the platform's recommendation system steered teenagers toward extreme dieting content.
"⟦d:c|Your own engineers told you this in 2021. You did nothing for two years. Why?⟧" asked Sen. Bill Ostrowski, who chairs the panel.
"⟦d:b|Senator, I don't accept that we did nothing,⟧" Hallam said. "⟦d:b|We made more than forty changes to the system in that period.⟧"
"⟦d:c|Name one that worked.⟧"
Hallam began describing a change to the way the app handled search terms before Sen. Adaeze Nwankwo, the committee's ranking member, cut him off. "⟦d:a|Mr. Hallam, I have a fifteen-year-old daughter. I don't need the engineering. I need to know whether you would let her use your app.⟧"
After a long pause, Hallam said he would. "⟦d:b|With the protections we have in place today, yes,⟧" he said.
"⟦d:a|That's the first time today you've hesitated,⟧" Nwankwo replied.
Lumen Social said in a statement after the hearing that it had "⟦p:d|cooperated fully with the committee⟧" and would "⟦p:d|continue to put the safety of young people first⟧".

### 020
@a Ahmed Rahimi | Transport minister
@b Sandra Voight | The chancellor
@c - | Council leaders along the route
Transport minister Ahmed Rahimi was interviewed by Kirsty Mahon on Drivetime on Thursday about the future of the Northern Arc rail line. This is an edited transcript.
Q: Minister, is the Northern Arc going to be built, yes or no?
A: It's going to be built. I've said that before and I'll say it again.
Q: The chancellor, Sandra Voight, told a business audience last week that the line was "⟦p:b|a luxury we may not be able to afford⟧". Was she wrong?
A: Sandra was talking about the whole capital budget, not about one line. And if you read the full speech, she also said, and I'm quoting here: "⟦d:b|The north deserves the same connections as everywhere else.⟧"
Q: So your own chancellor was misquoted?
A: I'm saying she was quoted selectively, which is a different thing. When I said in March that "⟦p:a|every mile of it will be funded⟧", I meant it, and I still mean it.
Q: Council leaders along the route say they've had "⟦p:c|warm words for a decade⟧" and not a penny.
A: I understand that frustration. My answer to them is: watch this space.
Q: People have been watching this space since 2016.
A: (laughs) Then they won't have to watch it for much longer.

### 021
@a - | One negotiator
@b - | A senior Liberal Forum figure
@c Liberal Forum | -
@d Nadia Benhamou | Forum leader
@e - | A source close to the Prime Minister
Coalition talks between the National Party and the Liberal Forum stalled on Sunday night over the Forum's demand for a referendum on electoral reform, according to three people familiar with the negotiations.
One negotiator described the mood in the room as “⟦p:a|polite but glacial⟧”. “⟦d:a|Everything else is basically agreed. Tax, housing, the fiscal rules, all of it. It's the referendum, and it's only the referendum,⟧” the negotiator said.
A senior Liberal Forum figure said the party would not “⟦p:b|trade away the one thing our members actually care about for a couple of junior ministries⟧”.
“⟦d:b|If we go into government without it, we'll be wiped out at the next election, and we know it. So do they,⟧” the figure said.
A source close to the Prime Minister was dismissive. “⟦d:e|They've got twenty-three seats. They're behaving as if they've got two hundred.⟧”
Forum leader Nadia Benhamou left the talks at the Admiralty Building shortly before midnight and told waiting reporters only: “⟦d:d|We're still talking. That's all I'm going to say tonight.⟧”
In a two-line statement, the Liberal Forum later said the discussions had been “⟦p:c|constructive⟧” and would resume on Monday.

### 022
@a Élodie Marchand-Sy | the party's new leader
@b Bruno Castellane | a former finance minister
@c - | one delegate from the south
Delegates at the Republican Movement's congress in Valmonde erupted into applause on Saturday as Élodie Marchand-Sy, the party's new leader, promised to «⟦p:a|bring the movement back to the kitchen tables it forgot⟧».
«⟦d:a|For ten years we have spoken to ourselves. We have been very clever, and very right, and very alone,⟧» the 41-year-old told the hall in her acceptance speech. «⟦d:a|That ends today.⟧»
She was elected with 58 per cent of the members' vote, ending the hopes of Bruno Castellane, a former finance minister, who had been considered the frontrunner for much of the campaign. As she left the stage her supporters chanted «⟦s:-|Élodie, présidente⟧».
Castellane, who congratulated his rival from the podium, said he would serve «⟦p:b|wherever I am useful, including in the back row⟧».
«⟦d:b|The members have chosen. I am a member. So I have chosen too,⟧» he said.
Not everyone in the hall was convinced. «⟦d:c|It was a good speech. We had good speeches last time as well,⟧» said one delegate from the south, who declined to give his name.

### 023
@a Gurpreet Sandhu | chairman of the planning committee
@b Harriet Lowe | spokeswoman for the Save Cobbler's Field campaign
@c Thornbury Homes | the developer
@d Ian Metcalfe | Planning officer
@e - | one objector
Controversial plans for 240 homes on Cobbler's Field in Upper Wyndham were approved on Monday night despite more than 1,100 objections, after councillors were warned that a refusal would almost certainly be overturned on appeal.
Planning officer Ian Metcalfe told the committee the council could not demonstrate a five-year supply of housing land. "⟦d:d|If members refuse this application, I have to be honest with you: I do not think we would win at appeal, and we would be likely to face costs,⟧" he said.
Harriet Lowe, spokeswoman for the Save Cobbler's Field campaign, said the decision was "⟦p:b|a betrayal of everyone who wrote in⟧". "⟦d:b|We were told our voices mattered. It turns out they mattered for about four minutes each,⟧" she said after the meeting.
Cllr Gurpreet Sandhu, chairman of the planning committee, said he understood the anger. "⟦d:a|Nobody on this committee enjoyed tonight. But we have to decide applications on planning grounds, not on how many letters we get,⟧" he said.
As the vote was taken, one objector shouted from the public seats: "⟦d:e|Shame on the lot of you!⟧"
Thornbury Homes, the developer, said the scheme would include 72 affordable homes and a new play area. "⟦d:c|We look forward to working with the community to deliver a development Upper Wyndham can be proud of,⟧" the company said.

### 024
@a Dolores Ybarra | a Progressive from Las Palmitas
@b Carl Jurgensen | House Majority Leader
@c Anita Rourke | House Speaker
@d - | a protester in the gallery
SANTA ELENA — A debate on a bill to cap annual rent increases at 5 percent descended into shouting on the floor of the state House on Thursday, with the gavel in near-constant use.
Rep. Dolores Ybarra, a Progressive from Las Palmitas, opened for the bill. “⟦d:a|My constituents are not asking for a handout. They're asking to be able to stay in the neighborhood they grew up in,⟧” she said.
House Majority Leader Carl Jurgensen said the measure would “⟦p:b|stop construction dead in its tracks⟧”. “⟦d:b|You want to help renters? Build more. This bill does the opposite,⟧” he said.
When Jurgensen accused the bill's supporters of “⟦p:b|economic illiteracy⟧”, several Progressive members rose to object and a protester in the gallery yelled, “⟦d:d|Come live in my apartment!⟧”
House Speaker Anita Rourke brought down her gavel. “⟦d:c|The gallery will remain silent or the gallery will be cleared. Members will address their remarks to the chair.⟧”
“⟦d:a|Madam Speaker, I'd simply ask the gentleman whether he has ever rented,⟧” Ybarra said.
“⟦d:b|I have, for eleven years, and I'd ask the gentlewoman not to make this personal,⟧” Jurgensen replied.
The bill passed 41-38 and now goes to the state Senate.

### 025
@a - | A spokesperson
@b Tariq Hussain-Walsh | Liberal Forum president
@c Jolene Ashworth | The Green Alliance's co-leader
@d Amira Khoury | Our elections analyst
@f - | a reporter
23:02 — The exit poll is out. It suggests the National Party will be the largest party but about 20 seats short of a majority. Our elections analyst, Professor Amira Khoury, says: "⟦d:d|If that's right, it's a hung parliament, and the Liberal Forum will be the most popular people in the country by breakfast.⟧"
23:15 — First reaction from the National Party. A spokesperson says: "⟦d:a|Exit polls are exit polls. We'll wait for real votes in real boxes.⟧"
23:41 — Liberal Forum president Tariq Hussain-Walsh tells us he is "⟦p:b|not measuring any curtains⟧". "⟦d:b|Ask me again when we know the numbers. Honestly, I'd quite like to go to bed,⟧" he adds.
00:20 — The Green Alliance's co-leader, Jolene Ashworth, is in buoyant mood at her count in Riverside. "⟦d:c|Three seats would be a record. Four and we're going to need a bigger office,⟧" she says.
01:07 — Prime Minister Hugo Farrant has arrived at his count in Eastmarch. Asked by a reporter, "⟦d:f|Will you resign if the exit poll is right, Prime Minister?⟧", he smiled, said nothing and went inside.
01:52 — Khoury again: "⟦d:d|The swing in the northern marginals is bigger than the exit poll had it. I'd be nervous if I were the Nationals.⟧"

### 026
@a Dilnoza Karimova | foreign ministry spokeswoman
@b - | A reporter from a Norhaven newspaper
@c - | Another reporter
Aldova's foreign ministry on Tuesday dismissed as “⟦p:a|pure fantasy⟧” reports that the country had secretly agreed to host a foreign naval base, and accused unnamed Western media of “⟦p:a|manufacturing a crisis to sell newspapers⟧”.
“⟦d:a|There is no base. There are no negotiations about a base. There has never been a base,⟧” foreign ministry spokeswoman Dilnoza Karimova told the daily briefing in Tashgor.
A reporter from a Norhaven newspaper held up satellite images published on Monday that appeared to show dredging work at the port of Kuryk. “⟦d:b|If there is no base, what are these ships doing?⟧”
“⟦d:a|Dredging. Ports are dredged. That is what ports are for,⟧” Karimova replied.
Another reporter asked whether Aldova would allow independent inspectors to visit. “⟦d:c|Will you let us see it for ourselves?⟧”
“⟦d:a|Aldova is a sovereign country. We do not invite inspectors into our harbours because a newspaper asks us to,⟧” she said, before moving on to a question about the grain harvest.

### 027
@a Morwenna Tregear | -
@b Constance Adeleke-Ward | a former palliative care nurse
@c Rupert Dunmore | the backbencher who brought the bill
@d - | several MPs on both sides
MPs voted by 312 to 284 on Friday to allow a bill legalising assisted dying for terminally ill adults to proceed to its next stage, after five hours of debate that was by turns angry, tender and, at moments, almost silent.
Rupert Dunmore, the backbencher who brought the bill, opened by reading from a letter sent to him by a constituent who died last spring. “⟦d:c|She wrote: ‘I am not asking you to let me die. I am dying. I am asking you to let me choose how.’ I have read that sentence every morning for a year,⟧” he said.
Constance Adeleke-Ward, a former palliative care nurse, spoke against. “⟦d:b|I have sat with hundreds of people in their last days. Some of them asked me to end it. Almost none of them asked twice, once their pain was properly managed,⟧” she said. “⟦d:b|This bill lets us off the hook for funding care properly. That is what frightens me.⟧”
Morwenna Tregear, whose husband died of motor neurone disease in 2019, spoke for eleven minutes without notes. Towards the end she paused for several seconds before continuing.
“⟦d:a:m|He couldn't speak by the end. He couldn't swallow. He used a board with letters on it, and the last thing he spelled out for me was ‘enough’.⟧
“⟦d:a|I'm not asking anyone in this chamber to agree with me. I'm asking them not to make that choice for other people's husbands.⟧”
When she sat down, several MPs on both sides could be heard murmuring “⟦d:d|Hear, hear⟧”.
Adeleke-Ward later said she had been “⟦p:b|deeply moved⟧” by the speech. “⟦d:b|Morwenna and I disagree profoundly. I don't think either of us doubts the other's sincerity,⟧” she said.

### 028
@a Lachlan Boyd | Trade minister
@b - | an aide
@c - | A ministry spokesman
@d Chiara Benedetti | The opposition trade spokeswoman
Trade minister Lachlan Boyd apologised on Friday after a microphone he believed to be switched off caught him describing a visiting delegation from Kalindria as "⟦p:a|a bunch of chancers⟧".
"⟦d:a|Give them the lunch, give them the photo and get them out by three. They're not buying anything,⟧" Boyd can be heard telling an aide in the recording, which was broadcast on Thursday night.
"⟦d:b|Minister, the mic—⟧" the aide replies, before the recording cuts out.
In a statement released by his office, Boyd said: "⟦d:a|I made a thoughtless and discourteous remark in what I believed was a private conversation. That is no excuse. I have called the Kalindrian ambassador to apologise personally.⟧"
The opposition trade spokeswoman, Chiara Benedetti, said: "⟦d:d|It's not the first time this minister has said the quiet part out loud, and I doubt very much it will be the last.⟧"
A ministry spokesman declined to say whether the trade deal under discussion remained on track. "⟦d:c|Talks continue,⟧" he said.

### 029
@a Sebastian Kovač | the shadow foreign secretary
@b Imogen Thackeray | co-host
@c Dominic Achebe | a former party chairman
@d - | A spokesman for Kovač's campaign
Sebastian Kovač, the shadow foreign secretary, has said he would “⟦p:a|rip up the rulebook⟧” on how the party selects parliamentary candidates if he wins the leadership, in an interview on the “⟦s:-|Westbank Tapes⟧” podcast released on Thursday.
“⟦d:a|Too many of our candidates are chosen in a back room by people who've already made up their minds. Members should pick, full stop,⟧” he told co-host Imogen Thackeray.
Thackeray asked whether that applied to the seat of his rival's closest ally, which falls vacant next year. “⟦d:b|So if the members in Harlow Vale want someone you can't stand, they get them?⟧”
“⟦d:a|That's democracy, Imogen. I can't stand lots of people,⟧” Kovač said, laughing.
The interview came hours after he picked up the backing of Dominic Achebe, a former party chairman, who wrote in the Sentinel that Kovač was “⟦p:c|the only candidate who frightens our opponents⟧”.
“⟦d:c|I have known Sebastian for twenty years. He is stubborn, he is occasionally impossible and he is almost always right,⟧” Achebe wrote.
A spokesman for Kovač's campaign said: “⟦d:d|Sebastian is delighted and grateful. Dominic knows more about winning elections than anyone else in the party.⟧”

### 030
@a Anh Nguyen-Fraser | Premier
@b Brodie McAlister | Opposition Leader
@c Joan Whitelaw | Speaker
@d Tim Esposito | The Member for Karoola
Question time in the Wandarra Legislative Assembly descended into chaos on Tuesday, with one opposition MP ejected and the Speaker on her feet more often than the ministers.
Opposition Leader Brodie McAlister asked Premier Anh Nguyen-Fraser to guarantee that no hospital emergency department in the state would close overnight this winter. "⟦d:b|A yes or a no will do, Premier. The nurses are watching,⟧" he said.
Nguyen-Fraser responded with a six-minute answer on health spending. "⟦d:a|Under this government there are 1,400 more nurses than when those opposite left office. That is the record, and I am proud of it,⟧" she said.
The Member for Karoola, Tim Esposito, repeatedly interjected "⟦d:d|Answer the question!⟧" and was warned twice by Speaker Joan Whitelaw.
"⟦d:c|The Member for Karoola will leave the chamber for one hour under standing order 94A,⟧" she said on the third occasion.
Esposito gathered his papers and left to jeers from the government benches, pausing at the door to call out: "⟦d:d|See you in an hour!⟧"
Speaking to reporters afterwards, McAlister accused the Premier of "⟦p:b|treating the house like a press conference⟧".

### 031
@a Felix Amankwah | Chancellor
@b Helga Sørensen | director of the Fiscal Studies Centre
@c Marjorie Penhaligon | the shadow chancellor
@d Federation of Small Traders | -
@e - | One National backbencher
Chancellor Felix Amankwah told MPs on Wednesday that his budget would “⟦p:a|put money back in the pockets of working people⟧” as he cut the basic rate of income tax by a penny and froze fuel duty for a fourth year.
“⟦d:a|This is a budget for the people who get up early, work hard and have been asked to carry too much for too long,⟧” he said, to cheers from his own benches. “⟦d:a|Today we start to lift that weight.⟧”
But Dr Helga Sørensen, director of the Fiscal Studies Centre, said the giveaway was “⟦p:b|paid for almost entirely by squeezing departmental budgets that are already at breaking point⟧”.
“⟦d:b|The Chancellor has given with one hand and taken with about four others. Most of the taking just doesn't happen until after the election,⟧” she said.
Marjorie Penhaligon, the shadow chancellor, called it “⟦p:c|a con dressed up as a gift⟧”. “⟦d:c|Nobody in this country will be fooled by a penny off when their council tax is going up by a hundred pounds,⟧” she told the Commons.
The Federation of Small Traders welcomed the fuel duty freeze but said it was “⟦p:d|deeply disappointed⟧” there was no action on business rates.
One National backbencher, asked by the Courier how the statement had gone down in the tea room, offered a one-word review: “⟦d:e|Fine.⟧” Asked to elaborate, he added: “⟦d:e|That was the elaboration.⟧”

### 032
@a Kezia Adjoa Mensah | an organiser with the Fair Rent Coalition
@b - | A police spokesperson
@c Ollie Brandt | a 22-year-old student from Harwick
@d Ferdinand Ashby | Housing minister
Several thousand people marched on Parliament Square in Calder City on Saturday to demand a national rent freeze, in one of the largest housing protests the capital has seen in a decade.
Protesters carried placards reading "⟦s:-|Rent Is Theft⟧" and "⟦s:-|Homes Not Hedge Funds⟧", and chanted "⟦s:-|Freeze it now!⟧" as they passed the gates of the Assembly.
"⟦d:a|Half the people here are paying more than half their wages in rent. That isn't a housing market, it's a hostage situation,⟧" said Kezia Adjoa Mensah, an organiser with the Fair Rent Coalition, addressing the crowd from the back of a flatbed lorry.
Ollie Brandt, a 22-year-old student from Harwick, said he had come with his flatmates. "⟦d:c|There are five of us in a three-bed. The landlord put it up by two hundred a month in January. We just said, right, we're going,⟧" he said.
A police spokesperson said the march had been "⟦p:b|overwhelmingly peaceful⟧", with three arrests for minor public order offences.
Housing minister Ferdinand Ashby said rent controls had "⟦p:d|failed everywhere they've been tried⟧". "⟦d:d|I understand the anger. But the answer is more homes, and that is what we are building,⟧" he said in a statement.

### 033
@a Haruka Morimoto | Ishima's foreign minister
@b Adrián Valdivieso | Her counterpart
@c - | A journalist from the Ishiman news agency
SAN AURELIO — Ishima and Costa Serrana signed a visa-waiver agreement on Monday that will allow their citizens to visit each other's countries for up to ninety days without a visa from January.
«⟦d:a|This agreement is about people, not paper,⟧» Ishima's foreign minister, Haruka Morimoto, said through an interpreter. «⟦d:a|Our students, our engineers, our grandmothers visiting their grandchildren — they will all feel it.⟧»
Her counterpart, Adrián Valdivieso, spoke in Spanish. «⟦d:b|Hoy es un día histórico,⟧» he said. «⟦d:b|Today is a historic day.⟧»
He said the agreement would «⟦p:b|open a door that has been closed for far too long⟧».
A journalist from the Ishiman news agency asked whether it might be extended to work permits. «⟦d:c|Is this the first step toward a labour agreement?⟧»
«⟦d:a|One step at a time. Today we walk. Perhaps tomorrow we run,⟧» Morimoto replied.
Valdivieso smiled. «⟦d:b|My colleague is more patient than I am.⟧»

### 034
@a Mavis Thornycroft | Town mayor
@b Lenny Papadakis | -
@c Jean Pettifer | chair of the Wrexley Traders' Association
@d - | One councillor
Wrexley Town Council has voted to scrap its £9,000 Christmas lights display this year, prompting fury among shopkeepers on the high street.
Cllr Lenny Papadakis, who proposed the cut, told Tuesday's meeting the money would be better spent on the town's food bank. ``⟦d:b|I love a bit of tinsel as much as anyone. But I can't vote for fairy lights when families in this town can't afford their dinner,⟧'' he said.
Town mayor Mavis Thornycroft, who had the casting vote, said it was ``⟦p:a|the hardest decision I've made in this chair⟧''. ``⟦d:a|I hope next year we can manage both,⟧'' she added.
Jean Pettifer, chair of the Wrexley Traders' Association, described the decision as ``⟦p:c|the work of the Grinch⟧''. ``⟦d:c|The lights bring people into town in December. People come into town, they spend money, the shops stay open. It isn't complicated,⟧'' she said.
One councillor, who voted to keep the lights, said afterwards: ``⟦d:d|We've managed to upset the shops and turn the food bank into a political football in a single evening. Well done, us.⟧''

### 035
@a Miriam Osei-Bonsu | a former procurement officer at the health ministry
@b Gethin Rhys-Morgan | Committee chair
@c Ministry of Health | The ministry
A former civil servant told a parliamentary committee on Wednesday that she had been instructed to “⟦p:a|lose⟧” emails relating to a £300m contract for protective equipment awarded without competition in 2021.
Miriam Osei-Bonsu, a former procurement officer at the health ministry, said a senior manager had come to her desk two days after the contract was signed.
“⟦d:a|He said, ‘If anything comes in about Harwell Medical, you lose it.’ I asked him what he meant by lose. He said, ‘You're a clever woman, you'll work it out,’⟧” she told the committee.
Committee chair Gethin Rhys-Morgan asked whether she had done so. “⟦d:b|Did you delete anything, Ms Osei-Bonsu?⟧”
“⟦d:a|No. I printed everything and took it home. That's why I'm sitting here.⟧”
She said she had been moved to another department within a month and left the civil service a year later. “⟦d:a|I'm not here because I'm brave. I'm here because I've got a box of paper in my garage and I can't sleep,⟧” she said.
The Ministry of Health said it could not comment on “⟦p:c|matters that are the subject of ongoing legal proceedings⟧”.

### 036
@a Jun-ho Park | Education secretary
@b Ciaran Doyle | Presenter
@c Lesley | a headteacher from Bramwell
@d Gary | a dad of three in Tollerton
Education secretary Jun-ho Park took calls from listeners on City Talk's lunchtime phone-in on Monday, and the first of them set the tone.
"⟦d:c|I've had to cut two teaching assistants this year. Two. Children who need one-to-one support aren't getting it. What do you say to their parents?⟧" asked Lesley, a headteacher from Bramwell.
"⟦d:a|First of all, Lesley, thank you for what you do. I know how hard it is,⟧" Park said. "⟦d:a|We've put an extra £1.8bn into schools this year—⟧"
"⟦d:c|It hasn't reached my school.⟧"
"⟦d:a|—and I'd be very happy to look at your school's figures personally if you leave your details.⟧"
Presenter Ciaran Doyle asked whether the secretary would visit Bramwell. "⟦d:b|Will you go? She's inviting you.⟧"
"⟦d:a|If Lesley will have me, I'll go,⟧" Park said.
The next caller, Gary, a dad of three in Tollerton, wanted to talk about school uniforms. "⟦d:d|Ninety quid for a blazer with a badge on it. A badge! Who's getting rich off that?⟧" he said.
Park said new rules capping branded items would come into force in September. "⟦d:a|Gary, you'll be pleased to hear the badge is on its way out,⟧" he said.

### 037
@a Alison Mutasa | the vicar who chaired proceedings
@b Graham Pocock | the National Party candidate
@c Imran Chaudhry | the Social Democrat
@d - | a man near the back
@e Lise Haugland | the Green candidate
About 120 people squeezed into St Barnabas church hall in Lower Fenton on Thursday for the constituency's only hustings before polling day, and by the end several of them were standing on chairs.
The evening began calmly enough. The Rev Alison Mutasa, the vicar who chaired proceedings, asked the audience to “⟦p:a|remember we'll all be neighbours again on Friday⟧”.
The first question, on the closure of the town's maternity unit, brought the first clash. Graham Pocock, the National Party candidate, said the decision had been “⟦p:b|taken by clinicians, not politicians⟧”.
“⟦d:c|That's not true, and Graham knows it isn't true,⟧” said Imran Chaudhry, the Social Democrat. “⟦d:c|The clinicians wrote a report saying it should stay open. Ministers sat on it for nine months.⟧”
“⟦d:b|I've read the report, Imran. Have you?⟧”
“⟦d:d|Have either of you ever had a baby?⟧” shouted a man near the back, to laughter and some applause.
Lise Haugland, the Green candidate, seized the moment. “⟦d:e|I have. Two. Both delivered in that unit, and I'd like my daughter to have the same chance,⟧” she said.
Mutasa restored order by ringing a small handbell. “⟦d:a|Thank you. Next question, please, and perhaps a little quieter at the back.⟧”

### 038
@a Beatriz Salgado | the MP for Hollin Bridge
@b National Party | -
@c Oren Castell | its leader
@d - | A National Party source
Beatriz Salgado, the MP for Hollin Bridge, defected from the National Party to the Liberal Forum on Monday, accusing the Prime Minister of "⟦p:a|abandoning the centre ground and everyone who lives on it⟧".
In a letter to her constituents, Salgado wrote: "⟦d:a|I did not leave the National Party. The National Party left me, one policy at a time, until I looked up and no longer recognised where I was standing.⟧"
She was welcomed on to the Forum benches by its leader, Oren Castell, who told reporters: "⟦d:c|Beatriz is a serious person who has made a serious decision. She won't be the last.⟧"
The National Party said Salgado should "⟦p:b|do the decent thing⟧" and call a by-election. "⟦d:b|The people of Hollin Bridge voted for a National Party MP. They should be allowed to decide whether they want a Liberal one,⟧" the party said in a statement.
A National Party source was less measured. "⟦d:d|She's been angling for a job she was never going to get. Good luck to them,⟧" the source said.

### 039
@a - | one cabinet minister
@b - | An ally of the Prime Minister
@c Jasper Wrenfield | the outgoing defence secretary
@d Oona McCartan | His replacement
@e - | A Castle Row spokesperson
Prime Minister Hugo Farrant carried out the most sweeping reshuffle of his premiership on Tuesday, sacking four cabinet ministers and promoting a cohort of younger MPs in what one cabinet minister called “⟦p:a|a night of the slightly-too-long knives⟧”.
The biggest casualty was Jasper Wrenfield, the outgoing defence secretary, who had clashed repeatedly with the Treasury over spending. “⟦d:c|I'm proud of what we achieved. I'll be supporting the Prime Minister from the back benches, loudly and occasionally,⟧” he told reporters outside his home.
An ally of the Prime Minister said the changes had been “⟦p:b|months in the planning⟧”. “⟦d:b|Hugo wanted a team that will still be here after the election. Some people were never going to be part of that,⟧” the ally said.
His replacement, Oona McCartan, 39, becomes the youngest defence secretary in the country's history. “⟦d:d|It is the privilege of my life. I start tomorrow at seven,⟧” she said on the steps of the Defence Ministry.
The cabinet minister, who asked not to be named, predicted that the mood around the table on Wednesday would be “⟦p:a|frosty⟧”. “⟦d:a|Half of us are relieved, half of us are furious and the other half are updating our CVs,⟧” they said.
A Castle Row spokesperson said: “⟦d:e|The Prime Minister thanks all those leaving government for their service.⟧”

### 040
@a Maren Falkenrath | Chancellor
@b Ama Boateng-Lisle | Prime Minister
@c - | One reporter
@d - | A second journalist
The leaders of Ostmark and Kessland pledged on Thursday to build a joint hydrogen pipeline by 2032, but their first joint news conference also laid bare a dispute over fishing that has dogged relations for years.
Chancellor Maren Falkenrath of Ostmark hailed the pipeline as "⟦p:a|the most important piece of energy infrastructure our two countries have ever built together⟧".
"⟦d:a|Ten years ago this would have been a dream. Today it is a signature,⟧" she said, standing alongside Prime Minister Ama Boateng-Lisle of Kessland.
Boateng-Lisle agreed, but said she was "⟦p:b|disappointed⟧" that Ostmark had not joined her call for a ban on trawling in the Kessel Deep. "⟦d:b|We agree on ninety-five percent of things. On fish, we are still talking. Loudly,⟧" she said.
One reporter put the question directly to Falkenrath. "⟦d:c|Chancellor, will Ostmark support the ban, yes or no?⟧"
"⟦d:a|Ostmark supports sustainable fishing,⟧" Falkenrath said.
"⟦d:b|Which is not a yes,⟧" Boateng-Lisle added, to laughter.
A second journalist asked: "⟦d:d|Are relations strained?⟧"
"⟦d:a|We are friends. Friends argue. That is how you know they are friends,⟧" Falkenrath replied.

### 041
@a Catriona MacLeòid | First Minister
@b Fraser Dunbar | Opposition leader
@c Morag Sinclair-Ahmed | The Presiding Officer
First Minister Catriona MacLeòid was accused by the opposition leader of “⟦p:b|treating island communities as an afterthought⟧” at a stormy session of First Minister's Questions in the Northern Assembly on Thursday, after a third consecutive week of cancelled sailings to the Isle of Harran.
“⟦d:b|There are people on Harran who have missed chemotherapy appointments because the boat didn't come. Will the First Minister apologise to them today?⟧” asked Opposition leader Fraser Dunbar.
“⟦d:a|I am deeply sorry for the disruption that islanders have faced. Nobody in this chamber should be comfortable with it, least of all me,⟧” MacLeòid replied. “⟦d:a|But the member knows that the new vessel will enter service in the spring.⟧”
“⟦d:b|She said that last spring,⟧” Dunbar called out from a sedentary position.
The Presiding Officer, Morag Sinclair-Ahmed, reminded him that he had already had his question. “⟦d:c|Mr Dunbar, you'll have your turn again next week, I've no doubt.⟧”
MacLeòid then turned on Dunbar's party, whose years in government had, she said, left the fleet “⟦p:a|held together with duct tape and prayer⟧”.

### 042
@a Yetunde Fashola | counsel to the inquiry
@b Anthony Carrow-Blythe | The former health secretary
@c Philippa Oyston | The inquiry's chair
The former health secretary Sir Anthony Carrow-Blythe told the Harwell inquiry on Monday that he could "⟦p:b|not recall⟧" a meeting at which officials warned him that a contract with Harwell Medical had bypassed normal checks.
Yetunde Fashola KC, counsel to the inquiry, showed him a page from his ministerial diary. "⟦d:a|This is your own diary, Sir Anthony. Eleven o'clock, 14 May: 'Harwell — procurement concerns.' Do you accept that the meeting took place?⟧"
"⟦d:b|I accept that it was in the diary. I had a great many meetings in those weeks.⟧"
"⟦d:a|That isn't quite what I asked.⟧"
"⟦d:b|Then yes, I accept that it probably took place. I have no memory of what was said.⟧"
Fashola then read from a note made by an official who attended, which recorded the minister as saying the contract should go ahead "⟦p:b|whatever the paperwork says⟧".
"⟦d:b|I don't recognise that phrase. It isn't the way I talk,⟧" Carrow-Blythe said.
The inquiry's chair, Dame Philippa Oyston, intervened. "⟦d:c|Are you saying the official got it wrong?⟧"
"⟦d:b|I'm saying I can't help you, my lady, and I'm sorry for that.⟧"

### 043
@a Ravinder Gill | the council leader
@b Siân Pryce-Owusu | deputy leader of the opposition group
@c - | One member of Gill's own group
@d Tom Ashdown-Reyes | The civic mayor
The leader of Brackenfield Borough Council survived a vote of no confidence by a single vote on Tuesday night, after a three-hour meeting that saw one councillor walk out and another in tears.
Cllr Ravinder Gill, the council leader, told the chamber he had “⟦p:a|nothing to apologise for⟧” over the collapse of the Brackenfield Central regeneration scheme, which has cost taxpayers an estimated £23m.
“⟦d:b|Twenty-three million pounds. That's a new primary school every year for five years. Gone,⟧” said Cllr Siân Pryce-Owusu, deputy leader of the opposition group, who tabled the motion. “⟦d:b|If he won't take responsibility, this council must take it for him.⟧”
Gill insisted the scheme had been “⟦p:a|killed by interest rates, not incompetence⟧”. “⟦d:a|Every council in the country has seen projects fall over in the last two years. Are we going to sack all of them?⟧” the 58-year-old asked.
“⟦d:-|Yes!⟧” came a voice from the public gallery.
The civic mayor, Cllr Tom Ashdown-Reyes, ordered the removal of anyone “⟦p:d|who cannot behave like an adult⟧”.
One member of Gill's own group, who abstained, said afterwards: “⟦d:c|He survived. I'm not sure that's the same thing as winning.⟧”

### 044
@a Fiona Abercrombie | party general secretary
@b Dev Malhotra | a 46-year-old former barrister
@c Harriet Quayle | his opponent
@d - | One MP who backed Quayle
Dev Malhotra was elected leader of the Social Democrats on Saturday with 61 percent of the members' vote, promising to turn the party into "⟦p:b|a government in waiting, starting on Monday morning⟧".
The result was read out at the party's special conference in Portlow by party general secretary Fiona Abercrombie. "⟦d:a|I therefore declare that Dev Malhotra is elected as leader of the Social Democratic Party,⟧" she said, to a standing ovation.
Malhotra, a 46-year-old former barrister, thanked his opponent, Harriet Quayle, "⟦p:b|for a campaign fought hard and fought clean⟧".
"⟦d:b|To the people who didn't vote for me: I'm going to spend the next four years earning it. To the people who did: I'm going to need you to do some leafleting,⟧" he said.
Quayle, who had the backing of most of the party's MPs, said she would "⟦p:c|serve loyally⟧" but warned against "⟦p:c|mistaking a good day in a conference hall for a good day at the ballot box⟧".
"⟦d:c|Dev has a mandate, and he deserves our support. He'll have mine,⟧" she told reporters.
One MP who backed Quayle was less gracious. "⟦d:d|The members have picked the candidate they like. The public will now tell us whether they agree,⟧" the MP said.

### 045
@a Ngaire Te Awa | -
Ngaire Te Awa has spent eleven years in the Speaker's chair, longer than anyone since the 1950s. Next month she hands it over. We met in her office, which is already half packed into boxes.
“⟦d:-|What will you miss?⟧” I asked.
“⟦d:a|The noise. People think I hated it. I didn't. A quiet chamber is a chamber where nobody cares.⟧”
“⟦d:-|And what won't you miss?⟧”
“⟦d:a|The noise,⟧” she said, and laughed. “⟦d:a|At about half past twelve on a Wednesday.⟧”
She was the first Māori woman to hold the office, a fact she mentions only when asked.
“⟦d:a:m|When I was elected, my grandmother rang me from Waikōura. She said, ‘Don't let them turn you into furniture.’ I think about that a lot.⟧
“⟦d:a|The chair is designed to turn you into furniture. The robe, the procession, all of it. The trick is to remember there's a person in there who can still say no.⟧”
“⟦d:-|Did you ever come close to quitting?⟧”
“⟦d:a|Once. I won't tell you when. Some of them are still in the building.⟧”

### 046
@a Freya Lindahl | Opposition leader
@b - | A reporter from the Post
@c - | Another journalist
@d Mikael Forsberg | her campaign chief
ON THE CAMPAIGN BUS, north of Tarrow — Opposition leader Freya Lindahl likes to take questions standing up, one hand braced against the luggage rack as the coach lurches between market towns.
"⟦d:a|If I sit down, I fall asleep. It's not a metaphor,⟧" she told reporters on Tuesday, day 19 of the campaign.
A reporter from the Post asked about a poll showing her party's lead narrowing to three points. "⟦d:b|Are you worried?⟧"
"⟦d:a|I'm always worried. It's my natural state. But three points is three points, and I'd rather be three ahead than three behind,⟧" Lindahl said.
Asked whether she would rule out a coalition with the Greens, she would not. "⟦d:a|I'm asking for a majority. I'm not going to spend the last two weeks of this campaign talking about what happens if I don't get one.⟧"
Another journalist tried again: "⟦d:c|So you're not ruling it out?⟧"
"⟦d:a|I'm not ruling anything in.⟧"
At that point her campaign chief, Mikael Forsberg, leaned over from the seat behind. "⟦d:d|Last question, guys, we're nearly at the school.⟧"
"⟦d:a|He says that every time,⟧" Lindahl said. "⟦d:a|There's always another school.⟧"

### 047
@a Selin Aydın | Ambassador
@b Viktor Drăgulescu | Marvonia's ambassador
@c - | One Western diplomat
@d Fatoumata Diallo-Keane | the world body's humanitarian chief
NEW HALDEN, May 9 (Meridian Wire) - A draft resolution demanding a ceasefire in the Sarvan Valley failed in the Council of Nations on Friday after Marvonia vetoed it, drawing sharp criticism from several members.
"⟦d:d|Every hour we spend in this chamber, another family in the valley loses its home,⟧" the world body's humanitarian chief, Fatoumata Diallo-Keane, told the 15-member council before the vote. "⟦d:d|I am not here to tell you how to vote. I am here to tell you what the vote means.⟧"
Marvonia's ambassador, Viktor Drăgulescu, said the text was "⟦p:b|one-sided and unworkable⟧". "⟦d:b|We cannot support a resolution that ties the hands of one side and ignores the crimes of the other,⟧" he said.
Ambassador Selin Aydın of Torvia, which holds the council presidency this month, said she was "⟦p:a|profoundly disappointed⟧". "⟦d:a|Today the council has failed the people it exists to protect,⟧" she said.
One Western diplomat, speaking on condition of anonymity, said a revised text could be circulated within days. "⟦d:c|Nobody is giving up. But nobody is pretending the veto changes nothing, either,⟧" the diplomat said.

### 048
@a Cyrus Farahani | the policing minister
@b Bella Tennant-Osei | his special adviser
@c - | A spokesperson for Farahani
@d Aoife Gallagher | the opposition's policing spokeswoman
Leaked messages show that the policing minister described a damning inspection report into the Marrowby force as “⟦p:a|a nothingburger⟧” the evening before he told Parliament he was “⟦p:a|deeply concerned⟧” by its findings.
The messages between Cyrus Farahani, the policing minister, and his special adviser, Bella Tennant-Osei, were sent on the evening of 12 March and have been seen by the Ledger.
“⟦d:b|Report's out. It's bad for Marrowby but I don't think it touches us,⟧” Tennant-Osei wrote at 7.14pm.
“⟦d:a|Agreed. Nothingburger. Will do the concerned face tomorrow,⟧” Farahani replied.
The following afternoon he told MPs: “⟦d:a|I have read this report with mounting alarm, and I want to assure the House that I am deeply concerned by what it reveals.⟧”
A spokesperson for Farahani said the messages had been “⟦p:c|taken out of context⟧” and were “⟦p:c|a private exchange between colleagues⟧”.
Aoife Gallagher, the opposition's policing spokeswoman, said: “⟦d:d|The concerned face. That tells you everything you need to know. He should resign today.⟧”

### 049
@a Nigel Cottesloe | EXPENSES-guzzling MP
@b - | A pal of the MP
@c Independent Expenses Authority | Watchdog
@d Maggie Thorburn | spokeswoman for campaign group Taxpayers First
EXPENSES-guzzling MP Nigel Cottesloe claimed £3,400 for a ``⟦s:-|home office⟧'' — in a converted shepherd's hut at the bottom of his garden, the Herald can reveal.
Claims show he billed taxpayers for a wood-burning stove, a £640 sheepskin rug and a hand-painted sign for the door.
When we asked him about the hut, he said: ``⟦d:a|It's a perfectly normal place of work. I wrote two speeches in there last month.⟧''
Asked which speeches, he replied: ``⟦d:a|I'm not going to go through my diary with the Herald.⟧''
A pal of the MP said: ``⟦d:b|Nigel works harder than anyone. The hut is where he goes to get away from the phone.⟧''
But Maggie Thorburn, spokeswoman for campaign group Taxpayers First, said: ``⟦d:d|Most people's home office is the kitchen table. Only in Parliament does it come with a log burner and a sheepskin.⟧''
Watchdog the Independent Expenses Authority said all claims were ``⟦p:c|assessed against the rules in force at the time⟧''.

### 050
@a Magnus Thorvaldsen | Yes campaign leader
@b Ingrid Sæther | the island's former finance chief
@c Bridget Mallon | The moderator
@d - | A fisherman in the audience
The two sides in Skerrin's independence referendum clashed over currency, pensions and fishing rights in the only televised debate of the campaign on Monday night, with polls showing the race too close to call.
Yes campaign leader Magnus Thorvaldsen said independence would let islanders “⟦p:a|finally set our own course⟧”. “⟦d:a|For two hundred years decisions about Skerrin have been taken by people who couldn't find it on a map. On Thursday that can end,⟧” he said.
Ingrid Sæther, the island's former finance chief, who is leading the No campaign, pressed him on currency. “⟦d:b|Magnus, it's a simple question, and the pensioners watching tonight deserve a simple answer. What currency will their pension be paid in on day one?⟧”
“⟦d:a|In the currency it's paid in now. Nothing changes on day one.⟧”
“⟦d:b|And on day two?⟧”
The moderator, Bridget Mallon, had to step in as the pair talked over each other. “⟦d:c|Let him answer, Ingrid. Magnus, you've got thirty seconds.⟧”
A fisherman in the audience asked the next question. “⟦d:d|I've heard a lot about pensions tonight. I haven't heard the word ‘quota’ once. Who's going to fight for us in the negotiations?⟧”
Both said they would. “⟦d:a|I will, personally,⟧” Thorvaldsen said. “⟦d:b|So will I, and I'll have the advantage of having done it before,⟧” Sæther replied.

### 051
@a Tunde Okonjo | Reserve Bank governor
@b Alexandra Kidd-Mwangi | Treasury committee chair
@c Patrick Doolan | a National member of the committee
Reserve Bank governor Tunde Okonjo told MPs on Wednesday that interest rates were "⟦p:a|more likely to fall than rise⟧" this year but refused to be drawn on when, saying the bank would "⟦p:a|not be bounced by the markets or by anybody else⟧".
Treasury committee chair Alexandra Kidd-Mwangi asked whether that included the government. "⟦d:b|Governor, the Chancellor said on Sunday that he expected cuts before the summer. Is he wrong?⟧"
"⟦d:a|The Chancellor is entitled to his expectations. The committee will make its own decisions on the evidence,⟧" Okonjo said.
Patrick Doolan, a National member of the committee, put it more bluntly. "⟦d:c|Has anybody from the Treasury rung you about rates in the last three months?⟧"
"⟦d:a|No.⟧"
"⟦d:c|Not once?⟧"
"⟦d:a|Not once. And if they did, it would be a very short conversation.⟧"

### 052
@a Amara Nwosu | Youth mayor
@b Duncan Fairweather | the council's cabinet member for leisure
@c - | One youth councillor
@d Jessica Li | a pupil at Kingsmead Academy
Teenagers took over the council chamber in Marlow Cross on Friday as the borough's youth council put questions to senior councillors about the closure of three youth clubs.
Youth mayor Amara Nwosu, 16, opened the session by asking why the clubs had been cut “⟦p:a|without a single young person being asked⟧”.
“⟦d:a|You consulted on the bin collections. You consulted on the parking charges. Nobody consulted us. Why?⟧” she said.
Cllr Duncan Fairweather, the council's cabinet member for leisure, admitted the process had been “⟦p:b|not good enough⟧”. “⟦d:b|You're right, and I'm not going to pretend otherwise. We should have come to you first,⟧” he said.
Jessica Li, 15, a pupil at Kingsmead Academy, said the Eastfield club had been “⟦p:d|the only warm place to go after school⟧” for many of her friends. “⟦d:d|If you close it, we'll be at the bus shelter. Then you'll put a sign up saying we can't be at the bus shelter,⟧” she said, to applause from the public seats.
Fairweather promised that a review would report by Easter. One youth councillor was unconvinced: “⟦d:c|Reviews are where things go to die.⟧”

### 053
@a Hollie Brennan | one of 27 National MPs who voted against the government
@b Sanjay Rao | a former minister
@c - | A senior whip
@d Juliet Amos | the MP for Sallowfield
Twenty-seven National Party MPs voted against the government's welfare bill on Tuesday night, the largest rebellion of the parliament, cutting its working majority to nine.
Hollie Brennan, one of 27 National MPs who voted against the government, said she had "⟦p:a|lost sleep⟧" over the decision. "⟦d:a|I didn't come into Parliament to take money off disabled people. I'm not going to start now,⟧" she said.
Sanjay Rao, a former minister, said the rebels were "⟦p:b|not troublemakers but the conscience of the party⟧". "⟦d:b|We warned them in January, we warned them in March and we warned them last week. Nobody can say they weren't told,⟧" he said.
A senior whip said there would be "⟦p:c|conversations⟧" with each of the rebels. "⟦d:c|People have made their choice. Choices have consequences,⟧" the whip said.
Juliet Amos, the MP for Sallowfield, who abstained, said that was "⟦p:d|exactly the wrong tone⟧". "⟦d:d|If the whips start making threats tonight, the number next time won't be 27. It'll be 40,⟧" she said.

### 054
@a Odile Fontaine-Njoku | Prime Minister
@b Walter Krüger | The opposition leader
@c National Statistics Bureau | the bureau
@e - | A government spokesperson
@f - | a spokesman for Krüger
FACT CHECK: Did crime really fall by a third?
At Wednesday's question time, Prime Minister Odile Fontaine-Njoku told the Assembly that “⟦p:a|crime has fallen by a third since we came into office⟧”. Is that right?
Partly. The figure comes from the National Statistics Bureau's household survey, which does show a fall of 34 percent in overall crime since 2017. But the bureau itself warns that the survey “⟦p:c|does not capture all offences⟧”, including most fraud and online crime.
Once those are included, the fall is closer to 9 percent, according to the bureau's own figures.
A government spokesperson said: “⟦d:e|The Prime Minister quoted the official statistics accurately, and we stand by them.⟧”
The opposition leader, Walter Krüger, claimed in response that crime had “⟦p:b|gone through the roof⟧”. That is not right either: no official measure shows a rise in overall crime over the period.
Asked for the basis of the claim, Krüger's office pointed to a rise in recorded shoplifting. “⟦d:f|Ask any shopkeeper in the country whether crime has gone down,⟧” a spokesman for Krüger said.
Our verdict: the Prime Minister's claim is “⟦s:-|half true⟧”; the opposition leader's is “⟦s:-|false⟧”.

### 055
@a Layla Haddad | presenter
@b Callum Stroud | Islands minister
@c - | a listener in Port Iona
Islands minister Callum Stroud clashed with presenter Layla Haddad on Thursday's "⟦s:-|Breakfast Hour⟧" as he defended the award of a £180m ferry contract to a shipyard that had never built a passenger vessel.
"⟦d:a|Minister, the yard has built fishing boats and a dredger. Why did it win?⟧" Haddad asked.
"⟦d:b|Because it was the best bid on price, on delivery and on local jobs, and if you'll let me finish—⟧"
"⟦d:a|I will let you finish, but you'll need to answer the question.⟧"
"⟦d:b|—if you'll let me finish, I'll explain that the evaluation was carried out by independent experts, not by ministers.⟧"
Haddad then read out a message from a listener in Port Iona: "⟦d:c|Tell the minister I'll believe it when I'm standing on the deck.⟧"
"⟦d:b|I look forward to meeting her on the deck,⟧" Stroud said.

### 056
@a Juliana Ortiz-Benavides | the summit's president
@b Tevita Fifita | lead negotiator for the Alliance of Ocean States
@c - | A negotiator from one of the large oil-producing states
Negotiators at the climate summit in Puerto Velada agreed a final text in the early hours of Sunday, more than thirty hours after the talks were due to end, with the lead negotiator for the Alliance of Ocean States calling it «⟦p:b|a floor, not a ceiling⟧».
«⟦d:a|No one in this room got everything they wanted. That is what an agreement looks like,⟧» the summit's president, Juliana Ortiz-Benavides, told the closing plenary. She then switched to Spanish: «⟦d:a|Hemos cumplido.⟧» — «⟦d:a|We have delivered.⟧»
Tevita Fifita, lead negotiator for the Alliance of Ocean States, said the text's language on fossil fuels was «⟦p:b|weaker than the science demands⟧». «⟦d:b|We will sign it, because the alternative is nothing. But I want to be very clear: my islands cannot survive on compromise,⟧» he said.
A negotiator from one of the large oil-producing states, who spoke on condition of anonymity, called the deal «⟦p:c|realistic⟧». «⟦d:c|You cannot switch off an economy overnight. Anyone who says otherwise has never run one,⟧» the negotiator said.

### 057
@a Bernadette Ogunleye | a former school dinner lady who became schools minister
@b Aled Moreton | Her successor as MP
@c Ruth | Her daughter
@d Social Democrats | -
Tributes have been paid to Bernadette Ogunleye, who represented Eastmoor for 26 years, after her death at the age of 84.
Ogunleye, a former school dinner lady who became schools minister, once told the Echo that she had entered politics “⟦p:a|by accident and out of temper⟧”. “⟦d:a|They closed the swimming baths. I went to a meeting to complain, and by the end of the night I was on the committee,⟧” she said in a 1998 interview.
Her successor as MP, Aled Moreton, said she had been “⟦p:b|a giant of this town⟧”. “⟦d:b|Everyone in Eastmoor has a Bernie story. Most of them can't be printed in a family newspaper,⟧” he said.
Her daughter, Ruth, said the family had been “⟦p:c|overwhelmed⟧” by messages. “⟦d:c|Mum would have pretended to hate the fuss. She'd also have read every single one,⟧” she said.
The Social Democrats said in a statement: “⟦d:d|Bernadette Ogunleye fought for the people of Eastmoor every day of her life, and she never once forgot who sent her.⟧”

### 058
@a Ruairí Ó Dálaigh | a former attorney general
@b Fiona Castellanos | the government's leader in the Senate
@c Eamon Kilbride | The chamber's chair
The government's surveillance bill suffered a heavy defeat in the Senate on Wednesday after a former attorney general warned that it would give ministers "⟦p:a|powers no minister should want and no citizen should tolerate⟧".
Senator Ruairí Ó Dálaigh, a former attorney general, tabled the amendment that stripped out the bill's most contentious clause, which would have allowed ministers to authorise the interception of journalists' communications without a judge's approval.
"⟦d:a|I have signed warrants. I know what it is to hold that pen. It should never be held by someone who will read about the result in their own morning papers,⟧" he told the chamber.
Senator Fiona Castellanos, the government's leader in the Senate, said the clause was "⟦p:b|tightly drawn⟧" and would be used "⟦p:b|rarely and only in extremis⟧".
"⟦d:a|Every power is used rarely, until it isn't,⟧" Ó Dálaigh interjected.
"⟦d:b|The senator will have his chance to speak again,⟧" Castellanos said. "⟦d:b|I'd be grateful for mine.⟧"
The chamber's chair, Eamon Kilbride, called the division shortly after 9pm. "⟦d:c|Tá: 34. Níl: 22. The amendment is carried,⟧" he announced.

### 059
@a Rafael Montenegro-Díaz | President
@b Stefan Ilievski | a former mayor of the capital
@c Hana Kobayashi-Reid | The moderator
President Rafael Montenegro-Díaz and his challenger, Stefan Ilievski, a former mayor of the capital, met on Sunday night for the first of two televised debates before Castelvia's presidential run-off. The two men stood less than three metres apart and barely looked at each other for the first half-hour.
“⟦d:a|When I took office, inflation was eleven percent. Today it is three. That is not an opinion. That is arithmetic,⟧” Montenegro-Díaz said in his opening statement.
“⟦d:b|Tell that to a family buying bread,⟧” Ilievski replied. “⟦d:b|Prices didn't go down. They just went up more slowly. That is also arithmetic.⟧”
The moderator, Hana Kobayashi-Reid, twice had to remind the candidates of the time limits. “⟦d:c|Mr President, you are forty seconds over. Mr Ilievski, you'll get the same.⟧”
On corruption, Ilievski accused the president of protecting “⟦p:b|a circle of friends who have never lost a tender⟧”. Montenegro-Díaz called that “⟦p:a|a slander he would not dare repeat outside this studio⟧”.
“⟦d:b|I'll repeat it anywhere you like. Name the place,⟧” Ilievski said.
“⟦d:a|Court,⟧” said the president.

### 060
@a Norhaven Foreign Ministry | -
@b Pavel Rusnák | Veltria's ambassador
@c - | A senior Norhaven official
@d Sigrid Aalto | Foreign Minister
TJELDE, June 3 (Meridian Wire) - Norhaven expelled Veltria's ambassador on Tuesday and gave him 72 hours to leave the country, accusing his embassy of ``⟦p:a|activities incompatible with diplomatic status⟧''.
The Norhaven Foreign Ministry said in a statement that it had evidence the embassy had ``⟦p:a|directed and financed⟧'' surveillance of exiled Veltrian journalists living in Norhaven. ``⟦d:a|This is a line no friendly state can cross,⟧'' the statement said.
Veltria's ambassador, Pavel Rusnák, spoke briefly to reporters outside the embassy as he left for the airport. ``⟦d:b|These accusations are false. I have served here for four years and I have never been anything but a friend to this country,⟧'' he said.
Foreign Minister Sigrid Aalto told parliament the decision had not been taken lightly. ``⟦d:d|We value our relationship with Veltria. We value the safety of people living on our soil more,⟧'' she said.
A senior Norhaven official said the investigation had lasted ``⟦p:c|the best part of a year⟧'' and that more expulsions could follow. ``⟦d:c|He is the first. I would not assume he is the last,⟧'' the official said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh88.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh88",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
