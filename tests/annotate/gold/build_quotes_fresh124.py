# ruff: noqa: E501
"""Build ``quotes_fresh124.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with interruptions and points of
order, select committee and inquiry hearings, broadcast and radio interviews in which
presenters press ministers, campaign trails and hustings, lobby briefings by official
spokespeople, council meetings, leadership contests, leaks and unnamed sources,
summits and foreign ministers' press conferences, in the styles of wire copy,
broadsheets, tabloids, local papers, magazines and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh124-NNN``.

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

* A title standing before the name, with or without a comma (``Health Secretary Eluned
  Parry``, ``the chancellor, Rupert Vane``, ``Council leader …``, ``Presenter …``), is
  the description when no appositive follows the name; a title before the name and an
  appositive after it: the appositive. A title that is also stripped from the name
  (``Cllr``, ``Sen.``, ``Sir``, ``KC``) is never the description on its own.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description in the next sentence or at a cue (``the new
  mayor``, ``the frontrunner in the race …``), that description is taken.
* A non-restrictive relative clause after an appositive (``a person familiar with the
  talks, who was not authorised …``) is not part of the description; a restrictive one
  is (``a minister who asked not to be named``).
* Interjections and shouts from an identified group in a chamber or hall (``Opposition
  MPs shouted``, ``Members of the ruling coalition heckled …``, ``senators responded
  with …``) are ``direct`` with a null speaker and the group phrase as the description;
  a chanted slogan would be ``scare``.
* A presenter's, moderator's, chair's or counsel's questions are that person's speech; a
  quoted question from an unnamed journalist is ``direct`` with a null speaker and the
  phrase naming the journalist (``one reporter``) as the description; a first-person
  writer's questions (``I ask``) are ``direct`` with speaker and description null.
* Words relayed by a source (``told this newspaper that Renwick had warned him: "…"``)
  belong to the person who first uttered them, not to the source relaying them.
* A leaked message, letter, memo or report belongs to its identified author (a person or
  an organisation, e.g. the Schools Inspectorate for its report); a fragment quoted from
  a document with no identified author is ``partial`` with a null speaker and the phrase
  naming the document as the description.
* Classification markings, programme, podcast and scheme names, and labels such as
  ``continuity candidate`` are ``scare``.
* In a printed exchange or a rapid back-and-forth (quote-only paragraphs without cues)
  each turn belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh124.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh124.jsonl")

PASSAGES = """
### 001
@a Edwina Castlemaine | the Prime Minister
@b Oluwaseun Adebayo-Hart | the Leader of the Opposition
@c - | Opposition MPs
@d Marcus Feeney | the Speaker
@e Rupert Vane | the chancellor
Oluwaseun Adebayo-Hart, the Leader of the Opposition, accused the Prime Minister, Edwina Castlemaine, of “⟦p:b|running a government by press release⟧” during a bad-tempered session of Prime Minister’s Questions on Wednesday, the first since the resignation of the chancellor, Rupert Vane.
Castlemaine, who has led the Unity Party for eleven months, was greeted by jeers from the opposition benches as she rose to answer the first question.
“⟦d:b|Can the Prime Minister tell the House how many chancellors she intends to get through before Christmas?⟧” Adebayo-Hart asked, to loud laughter.
“⟦d:a|I will take no lessons in stability from a party that has had four leaders in six years,⟧” Castlemaine replied. “⟦d:a|The right honourable gentleman talks about press releases. His entire economic policy would fit on the back of one.⟧”
Opposition MPs shouted “⟦d:c|Answer!⟧” as she moved on to hospital waiting lists, prompting an intervention from the Speaker, Marcus Feeney.
“⟦d:d|Order! Order. The Prime Minister will be heard, and so will the Leader of the Opposition, and I would like to hear both of them without the help of the back benches,⟧” he said.
Adebayo-Hart returned to the theme with his fifth question, reading from Vane’s resignation letter, which complained of “⟦p:e|a Treasury overruled at every turn⟧”.
“⟦d:b|Those are not my words, Mr Speaker. Those are the words of her own chancellor. So who is running the Treasury?⟧”
“⟦d:a|I am running the country,⟧” Castlemaine shot back, “⟦d:a|and I will still be running it long after he has run out of questions.⟧”

### 002
@a Faisal Qureshi | The housing minister
@b Niamh Garvey | the presenter of Capital Morning
@c Bernadette Oyelaran | The opposition's housing spokeswoman
KESTLEY, March 4 (Metro Wire) - The housing minister, Faisal Qureshi, repeatedly declined on Tuesday to say whether the government would meet its target of 300,000 new homes a year, in a combative radio interview in which he was interrupted more than a dozen times.
"⟦d:a|It is a target, it is an ambition, and we are working towards it,⟧" Qureshi told Niamh Garvey, the presenter of Capital Morning.
"⟦d:b|With respect, minister, that's not what I asked,⟧" Garvey said. "⟦d:b|Will you meet it, yes or no?⟧"
"⟦d:a|I'm not going to sit here and give you a yes or no on something that depends on interest rates, on planning, on —⟧"
"⟦d:b|So that's a no.⟧"
"⟦d:a|It is not a no. It is an honest answer, which I'd have thought you'd welcome.⟧"
Garvey then read out figures from the minister's own department showing that housing completions had fallen by 11 per cent in the past year. "⟦d:b|That's your department, minister. Not me,⟧" she said.
Qureshi said the figures were "⟦p:a|a snapshot⟧" and insisted that "⟦p:a|the pipeline has never been stronger⟧".
The opposition's housing spokeswoman, Bernadette Oyelaran, said the interview had been "⟦p:c|painful to listen to⟧".
"⟦d:c|If the minister can't tell us whether he'll hit his own target, who on earth can?⟧" she said.

### 003
@a Gwendolyn Pryce | The committee’s chair
@b Anselm Kowalczyk | the permanent secretary
@c Dev Chaudhry | a Civic Democrat member of the committee
The most senior civil servant at the Ministry of Defence admitted on Thursday that the department had “⟦p:b|lost sight⟧” of the cost of its new frigate programme, as MPs on the defence select committee accused officials of keeping them in the dark.
Anselm Kowalczyk, the permanent secretary, told the committee that the overrun, now estimated at £2.3bn, had been “⟦p:b|a failure of grip, and I take my share of it⟧”.
The committee’s chair, Gwendolyn Pryce, was unimpressed. “⟦d:a|Your share, Mr Kowalczyk, appears to be rather small. Who in your department knew about this in January?⟧”
“⟦d:b|I would need to check the exact dates,⟧” he said.
“⟦d:a|You have had three weeks’ notice of this session. You have brought twelve officials with you. None of them has checked the dates?⟧”
Dev Chaudhry, a Civic Democrat member of the committee, asked whether ministers had been told. Kowalczyk paused for several seconds before replying: “⟦d:b|Ministers were informed of a risk. They were not given a figure, because we did not have one.⟧”
“⟦d:c|So you knew there was a hole, you just didn’t know how deep it was,⟧” Chaudhry said.
“⟦d:b|That is a fair characterisation.⟧”
Pryce closed the session by saying the committee would write to the defence secretary demanding “⟦p:a|a full, dated timeline, not a narrative⟧” within fourteen days.

### 004
@a - | The Prime Minister's official spokesman
@b - | One journalist
@c - | A senior government source
@d Tobias Renwick | her chief whip
The Prime Minister's official spokesman insisted on Monday that Edwina Castlemaine had "⟦p:a|full confidence⟧" in her chief whip, Tobias Renwick, despite reports that he threatened to withdraw funding from rebel MPs' constituencies.
"⟦d:a|She has full confidence in the chief whip and in the whole whips' office,⟧" the spokesman told the morning lobby briefing.
Asked whether the Prime Minister had known about the alleged threats, he said: "⟦d:a|I'm not going to get into private conversations between the chief whip and colleagues.⟧"
One journalist asked: "⟦d:b|Is it acceptable for a whip to threaten a hospital?⟧"
"⟦d:a|I don't accept the premise of that question,⟧" the spokesman replied.
One backbencher told this newspaper that Renwick had taken him aside during a vote last week and warned him: "⟦d:d|Your new A&E is not a done deal, you know.⟧"
A senior government source conceded that Renwick had been "⟦p:c|over-enthusiastic⟧". "⟦d:c|Tobias does things his own way. Sometimes that works. This time it didn't,⟧" the source said.
Renwick, leaving Halbury House shortly after 1pm, told reporters: "⟦d:d|I've done nothing wrong and I'll be getting on with my job.⟧"

### 005
@a Margaret Olaniyan | Council leader
@b Kevin Throssell | a Heartland councillor for Eastgate ward
@c Priti Lakhani | the council’s finance portfolio holder
@d - | A woman in the public gallery
Plans to close three of Brackwater’s seven libraries were approved by a single vote on Tuesday night after a four-hour meeting of the full council that was twice halted by protesters in the public gallery.
Council leader Margaret Olaniyan said the authority had been left with “⟦p:a|no good options, only less bad ones⟧” after a £14m cut to its central grant.
“⟦d:a|Nobody in this chamber became a councillor to close libraries,⟧” she told members. “⟦d:a|But I will not set an illegal budget, and I will not hand this town over to government commissioners.⟧”
A woman in the public gallery shouted “⟦d:d|Shame on you!⟧” and was escorted out by security staff.
Kevin Throssell, a Heartland councillor for Eastgate ward, accused the ruling group of “⟦p:b|picking on the places with the fewest votes⟧”.
“⟦d:b|Funny how Westmoor library survives and Eastgate goes,⟧” he said. “⟦d:b|I wonder why that might be.⟧”
Cllr Priti Lakhani, the council’s finance portfolio holder, said the decision was based on footfall, not politics. “⟦d:c|Eastgate library had eleven visitors a day last year. Westmoor had ninety. Those are the numbers, Kevin, and you have had them since September,⟧” she said.
Protesters holding banners reading “⟦s:-|Books not budgets⟧” gathered outside the civic centre after the vote.

### 006
@a Rhiannon Tegid | the party's former home affairs spokeswoman
@b Hamish Lindqvist | the party's Treasury spokesman
@c Colm Ferriter | The hustings chair
@d - | one party member
The two contenders for the Liberal Reform leadership clashed over tax and immigration on Saturday at a hustings in Dunmere, the fourth of twelve such events before members vote next month.
Rhiannon Tegid, the party's former home affairs spokeswoman, said Liberal Reform had spent too long "⟦p:a|apologising for existing⟧".
"⟦d:a|We are not a pressure group. We are not a think tank. We are a party that wants to govern, and it is time we started acting like one,⟧" she told about 600 members at the Corn Exchange.
Her rival, Hamish Lindqvist, the party's Treasury spokesman, drew the loudest applause of the afternoon when he ruled out unfunded tax cuts.
"⟦d:b|I'm not going to promise you tax cuts we can't pay for. I did that once, in 2019, and I'm still being reminded of it,⟧" he said, to laughter.
During questions, one party member asked both candidates: "⟦d:d|Which of you would be prepared to go into coalition with the Unity Party?⟧"
"⟦d:a|Not on their current terms,⟧" Tegid said.
Lindqvist hesitated. "⟦d:b|Never say never. But I'd want it in writing, and I'd want it witnessed.⟧"
The hustings chair, Colm Ferriter, had to call for quiet several times as the session overran. "⟦d:c|Let's let the candidates answer, please. You'll all get your turn,⟧" he said.

### 007
@a Hélène Durocher | Vaudrelle's foreign minister
@b Jurgis Valančius | Her Dravonian counterpart
@c - | A journalist from L'Écho du Lac
MEUZAC, 12 September (Agence Lacroix) — The foreign ministers of Vaudrelle and Dravonia promised on Friday to reopen the Meuzac border crossing, closed since a dispute over customs inspections last spring.
«⟦d:a|We have wasted eight months. Our farmers have paid for it, our lorry drivers have paid for it,⟧» Vaudrelle's foreign minister, Hélène Durocher, told a joint press conference in the border town.
Her Dravonian counterpart, Jurgis Valančius, speaking through an interpreter, said the two governments had agreed on «⟦p:b|one common list of inspections, not two lists⟧».
«⟦d:b|Nobody won this dispute. Let us be honest about that,⟧» he said.
A journalist from L'Écho du Lac asked: «⟦d:c|Is the reopening conditional on the fisheries talks?⟧»
«⟦d:a|Everything is connected to everything, as you know,⟧» Durocher replied. «⟦d:a|But no. It is not conditional.⟧»
Valančius then added, in Dravonian, «⟦d:b|Žodis yra žodis⟧» — «⟦d:b|A word is a word⟧».

### 008
@a Darren Cole-Whitby | TRANSPORT minister
@b - | A Department of Transport spokesperson
@c Lorraine Tibbets | Opposition transport spokeswoman
TRANSPORT minister Darren Cole-Whitby branded rail commuters "⟦p:a|moaning minnies⟧" in a string of leaked messages seen by the Evening Courier.
In the WhatsApp exchange with a fellow MP, the 46-year-old wrote: "⟦d:a|If they don't like the 7.14 they can cycle. I do.⟧"
Another message, sent hours after the Harlow Junction signal failure left 40,000 passengers stranded, read: "⟦d:a|Grim optics. Let's just keep our heads down til Monday.⟧"
Last night Opposition transport spokeswoman Lorraine Tibbets fumed: "⟦d:c|This is a man who thinks his job is to manage the optics, not the trains. He should be ashamed of himself.⟧"
A Department of Transport spokesperson said: "⟦d:b|These were private messages taken out of context. The minister has apologised to colleagues for the tone.⟧"
Cole-Whitby, who earns £118,000 a year, did not respond to requests for comment.

### 009
@a Bronwyn Keogh | the Treasurer
@b Tavita Faleolo | The shadow treasurer
@c Anneliese Varga | The Speaker
@d - | Government backbenchers
Question time descended into chaos on Tuesday as the Treasurer, Bronwyn Keogh, and her opposite number traded insults over the cost-of-living package.
The shadow treasurer, Tavita Faleolo, asked whether Keogh could guarantee that the $4.2 billion energy rebate would be extended beyond June.
“⟦d:a|What I can guarantee, Madam Speaker, is that we will not be taking advice on energy prices from the people who presided over a decade of —⟧”
“⟦d:b|Answer the question!⟧” Faleolo interjected.
“⟦d:a|— a decade of policy chaos,⟧” Keogh continued.
The Speaker, Anneliese Varga, warned Faleolo under standing order 94(a). “⟦d:c|The shadow treasurer has asked his question. He will now listen to the answer, or he can listen to it from his office,⟧” she said.
Government backbenchers called out “⟦d:d|Bye, Tavita!⟧” as he sat down, grinning.
Keogh later told reporters in the press gallery that the rebate would be “⟦p:a|reviewed in the budget, like everything else⟧”. Faleolo said that was “⟦p:b|Treasurer-speak for no⟧”.

### 010
@a Eluned Parry | Health Secretary
@b Marcus Achterberg | Presenter
Health Secretary Eluned Parry has said she is "⟦p:a|not going to pretend⟧" that ambulance services in the west of the region are coping, after figures showed average response times for the most serious calls had reached a record 14 minutes.
Speaking to Radio Halden's Morning Report programme, Ms Parry said: "⟦d:a|I'm not going to pretend everything is fine, because it isn't.⟧"
Presenter Marcus Achterberg put it to her that her own officials had privately described the situation as critical.
"⟦d:b|If things are improving, why did your own department describe the position last week as 'critical'?⟧" he asked.
"⟦d:a|That memo was about one trust, in one week, in the middle of a flu outbreak,⟧" Ms Parry replied.
She went on: "⟦d:a:m|We have 3,000 more nurses than we had two years ago. We have opened two new emergency departments. Handover times are coming down month on month.⟧
"⟦d:a|None of that makes any difference to someone who has waited nine hours on a trolley, and I know that.⟧"
Asked whether she would resign if the spring targets were missed, she said: "⟦d:a|No. I'd be letting people down if I walked away now.⟧"
"⟦d:b|Even if you miss them?⟧" Mr Achterberg pressed.
"⟦d:a|Even then.⟧"

### 011
@a Saoirse Ní Bhriain | The Green Left candidate for Kilcorran South
@b Donal Heffernan | a retired postman
@c Josie Cantwell | a shopkeeper
Saoirse Ní Bhriain knocks on her 140th door of the day just as the rain starts. The Green Left candidate for Kilcorran South is 34, a former primary school teacher, and by her own admission “⟦p:a|not a natural at this⟧”.
“⟦d:a|I hate asking people for things. Turns out that’s the whole job,⟧” she says, shaking water off a stack of leaflets.
At number 14, Donal Heffernan, a retired postman, tells her he has voted the same way for 50 years. “⟦d:b|My father would come back and haunt me,⟧” he says. “⟦d:b|But I’ll take one of your leaflets. For the wife.⟧”
Ní Bhriain laughs. “⟦d:a|That’s a yes in Kilcorran,⟧” she tells me afterwards.
Further down Main Street, Josie Cantwell, a shopkeeper, is less forgiving. “⟦d:c|Where were any of ye when the bank closed?⟧” she demands. “⟦d:c|Five years we’ve no bank. Five years.⟧”
The 34-year-old listens, nods, and writes something in a notebook. “⟦d:a|She’s right, and I can’t fix the bank,⟧” she says later. “⟦d:a|But I can stop pretending I can.⟧”

### 012
@a - | one cabinet minister
@b - | A source close to Ifeoma Nwachukwu
@c - | A minister who asked not to be named
@d Ministry of Finance | -
Senior ministers have begun openly discussing whether the Prime Minister can survive beyond the autumn, with some privately urging the chancellor to prepare a leadership bid.
"⟦d:a|She's got until conference. After that, all bets are off,⟧" one cabinet minister told the Sentinel.
A source close to Ifeoma Nwachukwu, the chancellor, dismissed the speculation as "⟦p:b|summer madness⟧" but pointedly did not rule out a challenge. "⟦d:b|Ifeoma is focused on the budget. Full stop,⟧" the source said.
A minister who asked not to be named was blunter. "⟦d:c|The mood in the tea room is the worst I've seen it. People are scared of losing their seats, and scared people don't make good decisions.⟧"
At least 30 MPs are understood to have joined a messaging group calling itself the "⟦s:-|Thursday Club⟧", which meets in a Westgate restaurant after the last vote of the week.
The Ministry of Finance said in a statement that the chancellor "⟦p:d|has no interest in anything other than doing her job⟧".

### 013
@a Wendell Okafor | a freshman senator from Larch County
@b Dolores Villanueva-Reyes | Senate Majority Leader
@c Russell Abernathy-Pike | the minority whip
CARROWAY, Marren (Capitol Wire) — A bill capping annual rent increases at 5% cleared the Marren state Senate 19-18 late Thursday after a six-hour debate in which one senator read aloud from his own eviction notice.
Sen. Wendell Okafor, a freshman senator from Larch County, held up a single sheet of paper as he spoke. "⟦d:a|This came under my door in 2017. Thirty days. My daughter was two,⟧" he said. "⟦d:a|I'm not asking anybody in this chamber to feel sorry for me. I'm asking you to remember that this is what it looks like.⟧"
Senate Majority Leader Dolores Villanueva-Reyes, who sponsored the bill, called the vote "⟦p:b|a long time coming⟧".
Opponents argued the cap would choke off new construction. "⟦d:c|You can pass this bill tonight and feel good, and in five years there won't be a crane in this state,⟧" said Sen. Russell Abernathy-Pike, the minority whip.
Villanueva-Reyes was unmoved. "⟦d:b|The senator has been predicting the end of construction since the day I was elected,⟧" she said. "⟦d:b|I'm still waiting.⟧"
Gov. Marisa Toft has said she will sign the measure.

### 014
@a Kwame Asante-Boateng | The education secretary
@b Schools Inspectorate | -
@c Dominic Farrow | Your predecessor
The education secretary, Kwame Asante-Boateng, spoke to Hana Kobayashi for this week's issue. The interview has been edited for length and clarity.
Q: The Schools Inspectorate's annual report, published on Monday, says your curriculum reforms were "⟦p:b|introduced too quickly and without the funding schools needed⟧". Is it wrong?
A: It's not wrong about the funding, and I've never pretended otherwise. I'd take issue with the idea that we rushed. We consulted for four years.
Q: Head teachers say they were promised there would be no cuts.
A: And there haven't been. I said at our conference last year, "⟦d:a|No school will lose a penny in cash terms,⟧" and no school has.
Q: In cash terms. Not in real terms.
A: That's a fair distinction, and I'll accept it. But we are putting in £1.2 billion this year, and that's real money in anybody's terms.
Q: Your predecessor called the exam system "⟦p:c|a machine for producing anxiety⟧". Do you agree?
A: Dominic Farrow was having a bad day when he said that. But he wasn't entirely wrong, and I've told him so.

### 015
@a Piotr Nowicki | chief executive of Island Ferries Holdings
@b Ishbel Grant | The convener
@c Island Ferries Holdings | -
``⟦d:a|I accept that we have let down the islands,⟧'' Piotr Nowicki, chief executive of Island Ferries Holdings, told the rural affairs committee on Wednesday.
The convener, Ishbel Grant, asked him how many sailings had been cancelled since January. ``⟦d:a|Around four hundred,⟧'' he replied. ``⟦d:a|I would have to confirm the exact figure.⟧''
``⟦d:b|It is 431,⟧'' Grant said. ``⟦d:b|It is in your own annual report, on page nine.⟧''
Nowicki, who took over the company in March, said two new vessels would enter service ``⟦p:a|by the end of next year at the latest⟧''.
Grant was not convinced. ``⟦d:b|We have heard `the end of next year' before, Mr Nowicki. We heard it in 2021, and we heard it in 2023,⟧'' she said.
In a statement after the session, Island Ferries Holdings said it ``⟦p:c|remains fully committed to a reliable and resilient service for island communities⟧''.

### 016
@a Yasmin Haddad | Independent councillor
@b Gordon Pettifer | the town mayor
@c Alistair Wynne | The town clerk
A meeting of Hexley Town Council ended in uproar on Monday when the mayor threatened to have a councillor removed from the chamber during a debate over the cost of a new mayoral car.
Independent councillor Yasmin Haddad had asked why the council was spending £38,000 on an electric saloon "⟦p:a|when we can't afford to empty the bins in the park⟧".
"⟦d:b|Councillor Haddad is out of order,⟧" said the town mayor, Gordon Pettifer. "⟦d:b|The vehicle was approved in the budget in March, and she voted for that budget.⟧"
"⟦d:a|I voted for a budget, not for a limousine,⟧" Ms Haddad replied.
"⟦d:b|It is not a limousine!⟧"
"⟦d:a|It's got heated seats, Gordon.⟧"
The town clerk, Alistair Wynne, eventually intervened to advise that the item be deferred. "⟦d:c|I'd suggest, Mr Mayor, that we take this to the finance committee, where there's a bit more time and perhaps a bit less heat,⟧" he said.
The car, a grey saloon, was parked outside the town hall throughout the meeting.

### 017
@a Simon Bellweather | Heartland leader
@b - | an aide
@c Maureen Lightfoot | a 71-year-old grandmother
HEARTLAND leader Simon Bellweather was last night fighting to save his campaign after he was caught on a hot mic calling a pensioner a “⟦p:a|professional complainer⟧”.
The gaffe came moments after Maureen Lightfoot, a 71-year-old grandmother, challenged him outside a bakery in Grimsworth about cuts to her bus route.
“⟦d:c|You lot took my bus away and now you want my vote. Not a chance,⟧” she told him.
Bellweather smiled for the cameras and said: “⟦d:a|I hear you, Maureen, I really do.⟧”
But as he climbed into his campaign car, still wearing a radio microphone, he was heard telling an aide: “⟦d:a|God, there’s always one. Professional complainer, that one.⟧”
The aide can be heard replying: “⟦d:b|Mic’s still on, Simon.⟧”
Last night Mrs Lightfoot said: “⟦d:c|I’ve been called worse by better. But he can forget about Grimsworth.⟧”
Bellweather later apologised, saying his remarks had been “⟦p:a|crass and wrong⟧”.

### 018
@a Augustine Mwale | The Unity MP for Carrbridge North
@b Tess Honeyford | his former parliamentary assistant
@c - | One whip
Augustine Mwale has rebelled against his own government 41 times in this parliament, more than any other backbencher. The Unity MP for Carrbridge North does not, he insists, enjoy it.
“⟦d:a:m|People think I wake up looking for a fight. I don’t. I wake up, I read the bill, and I ask myself whether I could explain it to my mother. If I can’t, I vote against it.⟧
“⟦d:a:m|My mother is 83 and very sharp, by the way. That is not a low bar.⟧
“⟦d:a|The whips hate it, obviously. But the whips are not the ones who have to go to the supermarket in Carrbridge on a Saturday morning.⟧”
One whip, speaking on condition of anonymity, called him “⟦p:c|a one-man awkward squad⟧” and added: “⟦d:c|He’s honest, which is the most annoying thing about him.⟧”
Tess Honeyford, his former parliamentary assistant, remembers the night of the welfare vote in 2021. “⟦d:b|He sat in his office with the lights off for an hour. Then he came out and said, ‘Right, I’m voting no.’ That was it. No speech, no fuss,⟧” she said.
Mwale shrugs at the story. “⟦d:a|Tess exaggerates. It was forty minutes.⟧”

### 019
@a Aminata Kouyaté | The president of Bassara
@b Ousmane Diallo-Fall | The opposition coalition's spokesman
@c - | One journalist
TAMBORO — The president of Bassara, Aminata Kouyaté, on Monday rejected opposition demands to postpone next month's presidential election, telling a press conference that the vote would go ahead «⟦p:a|on the date set by the constitution, and not one day later⟧».
«⟦d:a|Those who want to delay the election are those who are afraid of it,⟧» Kouyaté said.
One journalist asked: «⟦d:c|Madam President, will you accept the result if you lose?⟧»
«⟦d:a|I will accept the result,⟧» she replied. «⟦d:a|Will they?⟧»
The opposition coalition's spokesman, Ousmane Diallo-Fall, said the electoral roll still contained «⟦p:b|hundreds of thousands of ghosts⟧».
«⟦d:b|We are not afraid of an election. We are afraid of this election,⟧» he told reporters outside the coalition's headquarters.

### 020
@a Meenakshi Ranganathan | Leader of the Opposition
@b - | Opposition members
@c Sudhakar Iyengar | Chief Minister
@d Gurpreet Sandhu | Speaker
RATNAPURI: Opposition members walked out of the Kesaripur Legislative Assembly on Wednesday after Speaker Gurpreet Sandhu refused to admit an adjournment motion on the alleged leak of the state police recruitment examination paper.
"⟦d:a|The youth of this state are sitting on the streets and this House wants to discuss a bill on cattle fairs,⟧" Leader of the Opposition Meenakshi Ranganathan said before leading her party's members out of the chamber.
Before the walkout, Opposition members had shouted "⟦d:b|Who leaked the paper?⟧" as Chief Minister Sudhakar Iyengar rose to speak.
"⟦d:c|I will not be lectured by a party whose own government leaked three papers in five years,⟧" Mr Iyengar said. "⟦d:c|A special investigation team has been formed. It will report in 30 days. Let them wait 30 days.⟧"
Mr Sandhu later told reporters that the matter could not be taken up because it was "⟦p:d|pending before the High Court⟧" and that the Opposition had been "⟦p:d|informed of this in writing on Monday⟧".
Ms Ranganathan said her party would hold protests in all 31 districts from Friday. "⟦d:a|The Speaker is protecting the government. We will take this to the people,⟧" she said.

### 021
@a Joanna Whitcombe | Home Secretary
@b Ngozi Okereke | Presenter
Home Secretary Joanna Whitcombe has refused to rule out housing asylum seekers on decommissioned military bases, telling the Sunday Agenda programme that "⟦p:a|every option is on the table⟧".
Presenter Ngozi Okereke asked her directly: "⟦d:b|Is that a yes?⟧"
"⟦d:a|It's a 'nothing is ruled out',⟧" Ms Whitcombe replied.
"⟦d:b|With respect, home secretary, you said exactly that about the barges, and then the barges happened,⟧" Okereke said.
"⟦d:a|And the barges have worked.⟧"
"⟦d:b|Have they? Your own inspectors say they're running at under 40% occupancy.⟧"
"⟦d:a|I don't accept that figure, Ngozi.⟧"
Ms Whitcombe also said she would "⟦p:a|look very closely⟧" at proposals from a group of backbenchers to cap the number of asylum claims processed each year.

### 022
@a Bryn Lloyd-Davies | the sitting Unity MP
@b - | One man at the back of the hall
@c Callum Rafferty | the Heartland candidate
@d Aisha Begum-Thorne | the Liberal Reform candidate
@e Delia Prosser | The event’s chair
More than 300 people packed into St Barnabas church hall in Llanfair Isaf on Thursday for the only hustings of the Montgarth by-election campaign.
“⟦d:a|I have been your MP for nine years and I have never once pretended to be something I’m not,⟧” Bryn Lloyd-Davies, the sitting Unity MP, told the audience.
One man at the back of the hall shouted “⟦d:b|You’ve never once been here!⟧”, drawing cheers.
Callum Rafferty, the Heartland candidate, said the constituency had been “⟦p:c|taken for granted by every party for thirty years, mine included⟧”.
“⟦d:c|I’m not a politician. I run a garage. When something’s broken I fix it, and if I can’t fix it I tell you,⟧” the 52-year-old said.
Aisha Begum-Thorne, the Liberal Reform candidate, drew laughter when she turned to the two men. “⟦d:d|Between them they’ve got nine years of promises and one garage. I’ll let you decide which has been more useful,⟧” she said.
The event’s chair, Delia Prosser, had to step in when Lloyd-Davies and Rafferty began talking over each other. “⟦d:e|Gentlemen, one at a time, or neither of you,⟧” she said.

### 023
@a Philippa Strand | the cabinet secretary
@b - | A senior official who has seen the memo
@c Cabinet Office | -
@d Lewis Grant | the shadow Cabinet Office minister
A confidential memo written by the cabinet secretary, Philippa Strand, warned ministers in July that the government's flagship digital identity scheme was "⟦p:a|at serious risk of failure⟧" and could cost "⟦p:a|several times⟧" its published budget, the Chronicle can reveal.
The four-page document, marked "⟦s:-|Official-Sensitive⟧", was circulated to five cabinet ministers and their permanent secretaries.
"⟦d:a|Ministers should be under no illusion: the programme as currently scoped cannot be delivered by the date announced,⟧" Strand wrote.
A senior official who has seen the memo said its contents had "⟦p:b|caused real alarm⟧". "⟦d:b|It was unusually direct. Philippa doesn't write like that unless she means it,⟧" the official said.
The Cabinet Office said it did not comment on leaked documents but that the programme "⟦p:c|remains on track⟧".
Lewis Grant, the shadow Cabinet Office minister, said: "⟦d:d|Either the cabinet secretary is wrong, or ministers have been misleading Parliament. Which is it?⟧"

### 024
@a Olamide Durojaiye | the energy secretary
@b Peregrine Hatt | the Heartland MP for Dunsford
@c Catriona Baillie | the Green Left's energy spokeswoman
@d - | Members on the Green Left benches
Opening the second reading debate on the Energy Security Bill, the energy secretary, Olamide Durojaiye, told MPs the legislation would "⟦p:a|end our dependence on the whims of foreign dictators⟧".
"⟦d:a|For too long this country has been a price-taker. This bill makes us a price-maker,⟧" she said.
She had barely finished her opening paragraph when Peregrine Hatt, the Heartland MP for Dunsford, rose to intervene. "⟦d:b|Will the secretary of state give way?⟧"
"⟦d:a|I will give way, briefly.⟧"
"⟦d:b|Can she tell the House how many of the new offshore licences will actually produce gas before 2030?⟧"
"⟦d:a|The honourable gentleman knows that is a matter for the operators,⟧" Durojaiye replied, to groans.
Catriona Baillie, the Green Left's energy spokeswoman, accused the government of "⟦p:c|drilling for headlines⟧". "⟦d:c|This bill is a monument to the last century, delivered in the language of this one,⟧" she said.
Members on the Green Left benches cried "⟦d:d|Hear, hear!⟧" as she sat down.

### 025
@a Terrence Oduya | The metro mayor of Greater Halvering
@b Sinéad Clohessy | presenter
@c Ken | a bus driver from Ashby
The metro mayor of Greater Halvering, Terrence Oduya, was confronted live on air on Friday by one of his own bus drivers over the region’s plans to bring buses back into public control.
Appearing on Radio Halvering’s lunchtime phone-in, Oduya was asked by presenter Sinéad Clohessy: “⟦d:b|You promised franchising by this autumn. It’s autumn. Where are the buses?⟧”
“⟦d:a|They’re on the road, Sinéad, they’ve just got the old logos on,⟧” he said. “⟦d:a|The contracts start in April. I always said there’d be a transition.⟧”
Then Ken, a bus driver from Ashby, came on the line. “⟦d:c|I’ve driven the 42 for sixteen years. Nobody from your office has asked me a single thing about how it should run. Not one question,⟧” he said.
“⟦d:a|Ken, I’ll be honest with you, that’s a fair criticism, and I’d like to meet you,⟧” Oduya replied.
“⟦d:c|You can meet me at the depot. Six in the morning. Bring a coat.⟧”
Clohessy wrapped up the segment: “⟦d:b|I think that’s a date, mayor.⟧”

### 026
@a Jonas Halvorsen | Skarland's prime minister
@b Dimitrios Kalogeropoulos | Elarian prime minister
@c - | A diplomat involved in the talks
BRESKOW, June 14 (Wire) - Leaders of the eleven-nation Northern Compact failed to agree a joint fisheries budget early on Saturday after talks that ran through the night, with Skarland's prime minister, Jonas Halvorsen, accusing southern members of "⟦p:a|holding the whole table hostage⟧".
"⟦d:a|We came here with a compromise. We leave with a compromise. Nobody else brought one,⟧" Halvorsen told reporters as he left the Breskow conference centre at 5.40 a.m.
Elarian prime minister Dimitrios Kalogeropoulos rejected the charge. "⟦d:b|Nobody is holding anybody hostage. We are defending our fishermen, as he is defending his,⟧" he said. "⟦d:b|If he calls that hostage-taking, then we are all hostage-takers.⟧"
A diplomat involved in the talks said the two men had "⟦p:c|barely spoken⟧" since a working dinner on Friday evening. "⟦d:c|It was frosty. Then it was freezing. Then everyone went to bed,⟧" the diplomat said.
Halvorsen said he still expected an agreement "⟦p:a|within the month⟧".

### 027
@a - | one resident
@b Jatinder Gill | the applicant's agent
@c Neville Brough | Ward councillor
@d Lorna Fitzsimmons | The committee chair
Plans for 240 homes on farmland at Cutler's Edge were rejected on Wednesday by Ravensmoor District Council's planning committee, against the advice of its own officers.
``⟦d:a|We have one GP surgery, one road in and one road out. This is not nimbyism. This is arithmetic,⟧'' one resident told the committee.
Jatinder Gill, the applicant's agent, said the scheme would deliver ``⟦p:b|much-needed affordable homes for local families⟧''.
``⟦d:b|If not here, where? Every site in this district has a reason why not,⟧'' he said.
Ward councillor Neville Brough said the officers' report had ``⟦p:c|completely ignored⟧'' the flood risk on the lower field.
The committee chair, Lorna Fitzsimmons, said: ``⟦d:d|The officers have given us their professional view, and I respect it. But we are the ones who have to live with the decision.⟧''
The developer, Halberd Homes, has six months to appeal.

### 028
@a Ingrid Solberg-Ashe | The frontrunner in the race to lead the Civic Democrats
@b Marcus Teale | Her campaign manager
@c - | One MP backing her rival
Ingrid Solberg-Ashe does not like being called the “⟦s:-|continuity candidate⟧”. The frontrunner in the race to lead the Civic Democrats has spent most of the summer trying to shake off the label.
“⟦d:a:m|I understand why people say it. I served in the last government, I sat round that table, I defended its decisions. I’m not going to pretend I didn’t.⟧
“⟦d:a|But continuity of what? We lost. Nobody in this contest is running on continuing to lose.⟧”
Her campaign manager, Marcus Teale, is blunter. “⟦d:b|The ‘continuity’ thing is a line from the other camp. It’s lazy and it’s working, which annoys me,⟧” he says.
One MP backing her rival put it differently: “⟦d:c|Ingrid is brilliant in a room of twelve people. The question is whether she’s brilliant in a room of twelve million.⟧”
Solberg-Ashe laughs when I read her the quote. “⟦d:a|Twelve million is generous. I’ll take it.⟧”

### 029
@a Lin Yuhan | Foreign ministry spokeswoman
@b - | A reporter from a wire agency
@c Ministry of National Defence | -
Foreign ministry spokeswoman Lin Yuhan said on Tuesday that Hanlai “⟦p:a|firmly opposes⟧” the deployment of radar systems on the disputed Tessaly islands and would take “⟦p:a|all necessary measures⟧” to protect its sovereignty.
“⟦d:a|The other side knows very well what it is doing. We urge it to stop, immediately,⟧” Lin told the ministry’s daily briefing.
A reporter from a wire agency asked: “⟦d:b|Does ‘all necessary measures’ include military measures?⟧”
“⟦d:a|I have nothing further to add to what I have said,⟧” Lin replied.
In a statement late on Tuesday, the Ministry of National Defence in Orsay said the radars were “⟦p:c|purely defensive⟧” and had been installed “⟦p:c|on Orsay’s own territory, as is our right⟧”.

### 030
@a Giles Penhaligon | Sports minister
@b Edwina Castlemaine | Prime Minister
@c - | Friends of the minister
Sports minister Giles Penhaligon resigned last night, hours after a newspaper published photographs of him in a private box at the Cup final paid for by a betting firm.
In his resignation letter, Penhaligon wrote: "⟦d:a|I have always sought to uphold the highest standards in public life. On this occasion I fell short of them, and I am sorry.⟧"
He added that he did not want to become "⟦p:a|a distraction from the government's excellent work⟧".
In her reply, Prime Minister Edwina Castlemaine thanked him for his "⟦p:b|energy and enthusiasm⟧" and said: "⟦d:b|I know you will continue to serve your constituents in Polwenna with the same dedication.⟧"
Friends of the minister said he was "⟦p:c|gutted⟧" and had not known who paid for the box.

### 031
@a Jacinta Orr | the independent senator
@b Graham Tulloch | the secretary of the Department of Borders and Citizenship
@c Raj Prabhakar | The committee chair
Senate estimates turned testy on Monday night when Jacinta Orr, the independent senator, questioned Graham Tulloch, the secretary of the Department of Borders and Citizenship, about a $900,000 contract for what the tender documents called “⟦s:-|resilience and mindfulness workshops⟧”.
“⟦d:a|Mr Tulloch, what exactly is a mindfulness workshop, and why did it cost nine hundred thousand dollars?⟧” Senator Orr asked.
“⟦d:b|Senator, I’d have to take the detail on notice.⟧”
“⟦d:a|You’ve taken everything on notice. You’ve taken the time of day on notice.⟧”
The committee chair, Raj Prabhakar, asked the senator to “⟦p:c|let the witness finish⟧”.
Tulloch later said the workshops had been delivered to about 2,000 frontline staff and were “⟦p:b|part of a broader wellbeing strategy that I’m happy to provide to the committee⟧”.
“⟦d:a|I look forward to reading it,⟧” Orr said. “⟦d:a|Mindfully.⟧”

### 032
@a Harriet Quayle | the party’s returning officer
@b Ingrid Solberg-Ashe | the new leader
@c Benedict Kamara | Her defeated rival
@d - | a supporter waving a scarf
Ingrid Solberg-Ashe was elected leader of the Civic Democrats on Saturday, winning 58 per cent of the vote of party members after a ten-week contest.
The result was read out by the party’s returning officer, Harriet Quayle, in the Grand Hall at Marlow Cross: “⟦d:a|Ingrid Solberg-Ashe, 41,207 votes. Benedict Kamara, 29,844 votes. I therefore declare Ingrid Solberg-Ashe elected.⟧”
In her acceptance speech, the new leader said the party had been “⟦p:b|asleep at the wheel⟧” for too long. “⟦d:b|Today we wake up. Today we stop talking to ourselves and start talking to the country,⟧” she said.
Her defeated rival, Benedict Kamara, pledged his support. “⟦d:c|The contest is over. Ingrid has my backing, full stop, no asterisks,⟧” he said.
Outside, a supporter waving a scarf shouted: “⟦d:d|Prime minister-in-waiting!⟧”

### 033
@a Valentina Echeverría Soto | Valmonte's foreign minister
@b Aurelio Quintana | Puerto Salinas's defence minister
@c - | A Western diplomat in San Bernabé
SAN BERNABÉ (Wire) - Valmonte's foreign minister, Valentina Echeverría Soto, vowed on Wednesday not to resume talks with neighbouring Puerto Salinas over the disputed Río Claro dam until troops were withdrawn from the border.
"⟦d:a|No vamos a negociar con una pistola sobre la mesa,⟧" Echeverría told reporters at the foreign ministry. "⟦d:a|We will not negotiate with a pistol on the table.⟧"
Speaking at a separate press conference, Puerto Salinas's defence minister, Aurelio Quintana, said the troops were on "⟦p:b|routine winter exercises⟧". "⟦d:b|Every country exercises its army. Valmonte exercises its mouth,⟧" he said.
A Western diplomat in San Bernabé said: "⟦d:c|Both sides are playing to domestic audiences. Neither wants a war. Both want to look as if they would win one.⟧"

### 034
@a Maya Okonjo | a member of the Tennford Youth Parliament
@b Derek Mottram | the cabinet member for environment
@c Patricia Doyle | leader of the opposition group
@d - | One councillor
A 15-year-old told Tennford councillors on Thursday that they were “⟦p:a|spending our future like it’s pocket money⟧” as she presented a petition calling for the council to bring forward its net-zero target by ten years.
Maya Okonjo, a member of the Tennford Youth Parliament, said the petition had 4,200 signatures, “⟦p:a|most of them from people who can’t vote yet, which is sort of the point⟧”.
“⟦d:a|You keep telling us we’re the future. We’re also the present. We live here now,⟧” she said, to applause from the public gallery.
Derek Mottram, the cabinet member for environment, thanked her for a “⟦p:b|powerful and well-argued⟧” presentation but said the 2040 target was “⟦p:b|stretching enough⟧”.
“⟦d:b|I would love to say 2030. I’d be lying to you if I said we could do it with the money we have,⟧” he said.
One councillor could be heard muttering “⟦d:d|Here we go⟧” as Patricia Doyle, leader of the opposition group, got to her feet.
“⟦d:c|A teenager has done more homework on this than half the cabinet. Derek, you should be embarrassed,⟧” Doyle said.

### 035
@a Cornelius Abara | a former trade minister
@b Ruth Einarsdóttir | counsel to the standards committee
@c Lionel Frampton | his lawyer
@d Hugo Mallender | The committee's chairman
Cornelius Abara, a former trade minister, told a parliamentary standards hearing on Tuesday that he had "⟦p:a|never once⟧" lobbied officials on behalf of Drummond Kessler, the engineering firm that paid him £9,000 a month as an adviser.
Questioned by Ruth Einarsdóttir, counsel to the standards committee, Abara said his role had been "⟦p:a|purely strategic⟧".
"⟦d:b|What does purely strategic mean, Mr Abara?⟧" Einarsdóttir asked.
"⟦d:a|It means I gave them advice on the political landscape. I did not pick up the phone to anybody.⟧"
"⟦d:b|Then can you explain the email of 14 March, in which you tell the firm's chairman, and I quote, 'I've had a word with the people at Trade'?⟧"
Before Abara could answer, his lawyer, Lionel Frampton, interjected: "⟦d:c|My client has not seen that email in its full context, and I would ask that he be given time to read it.⟧"
The committee's chairman, Hugo Mallender, granted a ten-minute adjournment. "⟦d:d|Ten minutes, Mr Frampton. Not twenty,⟧" he said.
When the hearing resumed, Abara said the phrase had been "⟦p:a|loose language⟧". "⟦d:a|I was trying to impress a client. I'm not proud of it,⟧" he said.

### 036
@a Edwina Castlemaine | the Prime Minister
@b Oluwaseun Adebayo-Hart | the opposition leader
@c Priyanka Deshmukh | The moderator
@d - | a nurse from Whitford in the studio audience
The Prime Minister, Edwina Castlemaine, and the opposition leader, Oluwaseun Adebayo-Hart, clashed repeatedly over the health service and taxes in Tuesday night’s televised debate, the first of three before polling day.
The moderator, Priyanka Deshmukh, opened with a question from a nurse from Whitford in the studio audience.
“⟦d:d|I’ve done three twelve-hour shifts this week and I can’t afford my rent. What are either of you going to do about it?⟧” she asked.
Adebayo-Hart answered first. “⟦d:b|You deserve a pay rise, and you’ll get one from a government I lead, paid for by closing the loopholes her party has kept open for fourteen years,⟧” he said.
“⟦d:a|He says that every time, and every time he can’t tell you which loopholes,⟧” Castlemaine replied. “⟦d:a|Name one.⟧”
“⟦d:b|Carried interest. Non-dom status. Shall I go on?⟧”
Deshmukh intervened: “⟦d:c|Let’s let the Prime Minister respond, and then we really do need to move on.⟧”
Castlemaine told the nurse that nursing pay had risen by “⟦p:a|more than inflation for two years running⟧”, drawing audible scepticism from the audience.

### 037
@a - | a person familiar with the talks
@b - | Two officials with knowledge of the discussions
@c Centre Alliance | -
@d Margit Kovács-Lehner | Centre Alliance leader
@e Lukas Brenneis | the People's Union chief negotiator
VELDHAVEN, Oct 3 (Wire) - Coalition talks between the People's Union and the Centre Alliance were on the brink of collapse on Thursday after the two parties failed to agree on pension reform, according to people involved in the negotiations.
"⟦d:a|It's not over, but it's close to over,⟧" said a person familiar with the talks, who was not authorised to speak publicly.
Two officials with knowledge of the discussions said the sticking point was the retirement age, which the People's Union wants to raise to 68, and described the talks as "⟦p:b|stuck⟧".
In a statement, the Centre Alliance said it "⟦p:c|will not sign any agreement that asks nurses and bricklayers to work longer while leaving wealth untouched⟧".
Centre Alliance leader Margit Kovács-Lehner told reporters outside parliament: "⟦d:d|We are still at the table. The door is open. But it is not a revolving door.⟧"
Lukas Brenneis, the People's Union chief negotiator, accused her of "⟦p:e|negotiating through the press⟧". "⟦d:e|If the Centre Alliance wants an agreement, they know where the room is,⟧" he said.

### 038
@a Annegret Vollmer | The premier of the state of Ostheide
@b Kemal Aydın | the leader of the opposition Green Forum
@c - | Members of the ruling coalition
@d Thorsten Beil | the parliament's president
LINDENAU — The premier of the state of Ostheide, Annegret Vollmer, on Thursday defended her government's decision to close two regional hospitals, telling the state parliament that the move was «⟦p:a|painful but unavoidable⟧».
«⟦d:a|I did not come into politics to close hospitals. But I did not come into politics to keep open hospitals that cannot safely staff a night shift either,⟧» Vollmer said.
Kemal Aydın, the leader of the opposition Green Forum, accused her of «⟦p:b|hiding behind consultants⟧».
«⟦d:b|The premier says unavoidable. The consultants she paid 1.4 million euros say unavoidable. The 80,000 people of Lindenau say: where do we go when our child has a fever at two in the morning?⟧»
Members of the ruling coalition heckled him with cries of «⟦d:c|Populism!⟧», prompting the parliament's president, Thorsten Beil, to call for order.
«⟦d:d|Ladies and gentlemen, the member has the floor, and only the member,⟧» Beil said.

### 039
@a Cecily Brathwaite | The transport secretary
@b Oskar Lindahl | host of Radio Meridian's Weekend Edition
@c - | A spokesman for the Road Haulage Federation
The transport secretary, Cecily Brathwaite, on Sunday defended the government's decision to abandon a planned rise in fuel duty, insisting the reversal was ``⟦p:a|not a U-turn but a pause⟧''.
``⟦d:a|Circumstances have changed. When circumstances change, a sensible government changes with them,⟧'' she told Oskar Lindahl, host of Radio Meridian's Weekend Edition.
Lindahl asked what had changed in the eleven days since she had told the same programme that the rise was ``⟦p:a|essential⟧''.
``⟦d:a|Eleven days ago we did not have the latest inflation figures,⟧'' she replied.
``⟦d:b|You had them. They came out on the Wednesday. You were on this programme on the Sunday,⟧'' Lindahl said.
``⟦d:a|Well, we had not fully digested them, Oskar.⟧''
A spokesman for the Road Haulage Federation welcomed the decision, calling it ``⟦p:c|a victory for common sense and for every small haulier in the country⟧''.

### 040
@a Jean-Philippe Thériault | the Laurentian Party's justice critic
@b Meredith Okpara | Public Safety Minister
@c - | Several government members
Jean-Philippe Thériault, the Laurentian Party's justice critic, rose in question period on Wednesday to demand the resignation of the minister responsible for the prison service after a data breach exposed the home addresses of 1,100 corrections officers.
"⟦d:a|Monsieur le Président, la ministre a perdu le contrôle de son propre ministère,⟧" Thériault said, before repeating himself in English: "⟦d:a|The minister has lost control of her own department.⟧"
Public Safety Minister Meredith Okpara replied that the breach affected "⟦p:b|a limited number of files⟧" and had been reported to the privacy commissioner "⟦p:b|within 24 hours⟧".
"⟦d:b|The honourable member knows perfectly well that I cannot discuss an ongoing investigation on the floor of this House,⟧" she said.
"⟦d:a|Then discuss it in the hallway,⟧" Thériault shot back, to laughter from the opposition benches.
Several government members shouted "⟦d:c|Shame!⟧" before the Speaker restored order.

### 041
@a Lindiwe Khumalo | the Deputy Minister of Public Works
@b Pieter van der Merwe | a member of the opposition Freedom Alliance
@c Nomvula Sithole | House Chairperson
@d Kagiso Molefe | a member of the ruling party
The debate on the public works budget vote in the National Assembly descended into a procedural battle on Tuesday as opposition MPs repeatedly interrupted the Deputy Minister of Public Works, Lindiwe Khumalo.
“⟦d:a|Honourable Chair, this department has completed more projects this year than in the previous three years combined —⟧”
“⟦d:b|Point of order, Chair!⟧” shouted Pieter van der Merwe, a member of the opposition Freedom Alliance. “⟦d:b|The deputy minister is misleading the House. The Auditor-General’s report says the opposite.⟧”
House Chairperson Nomvula Sithole ruled that it was “⟦p:c|not a point of order but a point of debate⟧” and asked him to take his seat.
Minutes later Kagiso Molefe, a member of the ruling party, was on his feet. “⟦d:d|Chair, on a point of order, is the honourable member allowed to wave a document he has not tabled?⟧”
“⟦d:c|Honourable members, both of you, sit down. We are not going to spend the afternoon doing this,⟧” Sithole said.
Khumalo, resuming, told the House: “⟦d:a|I am used to being interrupted. My mother raised five children in a two-room house. Nothing you shout at me will be louder than that.⟧”

### 042
@a Chinedu Okonkwo-Bello | a former managing director of the Eastern Grid Company
@b Funmilayo Adekunle | the senator representing Ilaro West
@c - | senators
@d Ibrahim Danjuma | Senate President
The Senate on Tuesday confirmed Chinedu Okonkwo-Bello, a former managing director of the Eastern Grid Company, as minister of power after a three-hour screening in which lawmakers pressed him on the country's persistent electricity shortages.
"⟦d:a|I will not promise you 24-hour light in six months. Anybody who promises you that is lying to you,⟧" Okonkwo-Bello told the chamber.
Funmilayo Adekunle, the senator representing Ilaro West, said her constituents had been without grid power for almost three weeks. "⟦d:b|Nineteen days. Nineteen days! What do I tell them when I go home this weekend?⟧" she asked.
"⟦d:a|Tell them I will come with you,⟧" the nominee replied, drawing applause.
Senate President Ibrahim Danjuma then put the question, and senators responded with a loud "⟦d:c|Aye!⟧"
"⟦d:d|The ayes have it,⟧" Danjuma announced.

### 043
@a Peter Kiprono | the MCA for Mlima Ward
@b Grace Wanjiku | Governor
@c Joseph Omondi | Speaker
Members of the Mavuno County Assembly on Thursday voted 38-9 to impeach Governor Grace Wanjiku over the alleged misuse of Sh240 million meant for a new county hospital.
The motion, moved by Peter Kiprono, the MCA for Mlima Ward, accused the governor of “⟦p:a|gross violation of the Constitution⟧” and “⟦p:a|abuse of office⟧”.
“⟦d:a|The people of Mavuno were promised a hospital. Today they have a signboard and a fence,⟧” Kiprono told the assembly.
Wanjiku, who did not attend the session, dismissed the vote in a post on social media as “⟦p:b|political theatre sponsored by cartels⟧”.
Addressing supporters later in Mavuno town, she said: “⟦d:b|Hii ni vita ya kisiasa, si vita dhidi ya ufisadi⟧” — “⟦d:b|This is a political war, not a war against corruption⟧”.
Speaker Joseph Omondi said the resolution would be forwarded to the Senate “⟦p:c|within the time required by law⟧”. “⟦d:c|The assembly has done its work. The rest is for the Senate,⟧” he said.
Outside, a small group of supporters held placards reading “⟦s:-|Mama Mavuno hatoki⟧”.

### 044
@a Ros Kermode | the opposition leader
@b Niall Quilliam | The Chief Minister
@c - | One member
The Chief Minister, Niall Quilliam, was accused on Tuesday of “⟦p:a|abandoning the north of the island⟧” as members of the Moot debated the closure of the maternity unit at Ballakeigan Cottage Hospital.
Ros Kermode, the opposition leader, told the chamber: “⟦d:a|The Chief Minister has visited Ballakeigan twice in three years. Once was for a funeral.⟧”
“⟦d:b|That is beneath the honourable member,⟧” Quilliam replied.
“⟦d:a|It’s in your own diary, Chief Minister. I have the freedom of information response here.⟧”
One member could be heard to say “⟦d:c|Ouch⟧” as Kermode held up the document.
Quilliam said the decision on the unit was “⟦p:b|clinical, not political⟧” and would be “⟦p:b|revisited if the evidence changes⟧”.

### 045
@a Hēmi Tautahi | chair of the Te Awa Pōuri Trust
@b Anahera Wiremu | a member of the committee
@c Rebecca Fairbrother | The committee’s chair
Hēmi Tautahi, chair of the Te Awa Pōuri Trust, opened his submission to Parliament’s environment select committee on Wednesday in te reo Māori.
“⟦d:a|Ka mate te awa, ka mate te iwi,⟧” he said. “⟦d:a|If the river dies, the people die.⟧”
“⟦d:a|We have said this to every council and every government for forty years. I am 78. I would like to hear a different answer before I go,⟧” he told MPs.
Anahera Wiremu, a member of the committee, asked him what the trust wanted changed. “⟦d:b|If you could take out one clause, matua, which would it be?⟧”
“⟦d:a|Clause 14. The one that lets the regional council grant consents without talking to us. Take it out,⟧” he replied.
The committee’s chair, Rebecca Fairbrother, thanked him and said his submission would be “⟦p:c|given full weight⟧”. “⟦d:c|We have heard you, and I don’t say that lightly,⟧” she said.

### 046
@a Andrei Popescu-Varga | Presidential hopeful
@b - | a man in the crowd
@c Elena Munteanu | a 62-year-old retired teacher who had travelled from Brasca for the rally
@d - | A campaign spokeswoman
DRAVA CITY, May 18 (Wire) - Presidential hopeful Andrei Popescu-Varga was briefly interrupted at a rally in Orlov Square on Sunday when a man in the crowd shouted "⟦d:b|What about the pensions?⟧" and was grabbed by security staff.
"⟦d:a|Let him stay! Let him stay. He is asking a fair question,⟧" Popescu-Varga told the stewards, to applause. "⟦d:a|The answer, sir, is that pensions will rise with prices, every year, by law.⟧"
Elena Munteanu, a 62-year-old retired teacher who had travelled from Brasca for the rally, said she had been won over. "⟦d:c|I came to shout at him too, to be honest. I'm leaving with a flag,⟧" she said, laughing.
A campaign spokeswoman later said the heckler had not been removed but "⟦p:d|escorted to the front so he could hear better⟧".

### 047
@a People's Front | -
@b Dara Fennimore | the party's deputy leader
@c Ministry of Justice | -
@d - | A ministry source
The People's Front has accused the government of "⟦p:a|quietly gutting⟧" the legal aid budget after figures published on Monday showed spending had fallen by a fifth in two years.
"⟦d:a|Access to justice is being rationed by postcode and by bank balance,⟧" the party said in a statement. "⟦d:a|A right you cannot afford is not a right.⟧"
Dara Fennimore, the party's deputy leader, said they would table an urgent question in Parliament on Tuesday. "⟦d:b|The justice secretary owes this House an explanation, and he owes one to the 40,000 people who were turned away last year,⟧" they said.
The Ministry of Justice said the figures reflected "⟦p:c|fewer cases coming to court, not less support for those who need it⟧".
A ministry source was less diplomatic: "⟦d:d|The Front's numbers are junk, and they know it.⟧"

### 048
@a Sunita Mirza | the acting returning officer
@b Oksana Petrenko-Hale | the new mayor
@c - | One supporter
@d Terence Boakye | The outgoing mayor
It was just after 3am when the acting returning officer, Sunita Mirza, stepped up to the microphone at the Westhaven Leisure Centre.
“⟦d:a|I, Sunita Mirza, being the acting returning officer for the election of the Mayor of Westhaven, hereby give notice that the number of votes cast for each candidate was as follows…⟧”
Oksana Petrenko-Hale, who arrived in the city as a refugee eleven years ago, won by 2,141 votes on the second round.
“⟦d:b|Eleven years ago I arrived at Westhaven bus station with two suitcases and a phone charger that didn’t fit the sockets,⟧” the new mayor told the hall. “⟦d:b|Tonight this city has given me the keys. I will not let you down.⟧”
One supporter, her face painted in the party’s yellow, shouted: “⟦d:c|We love you, Oksana!⟧”
The outgoing mayor, Terence Boakye, who had held the post for two terms, was gracious in defeat. “⟦d:d|The people have spoken, and they have spoken quite loudly,⟧” he said. “⟦d:d|I wish Oksana well. She is going to find out very quickly that the hardest part of this job is the bins.⟧”

### 049
@a Bernard Ashcombe | the former prime minister
@b Leila Haddadi | -
@c Tom Brannigan | -
@d Marguerite Oyinlola | his former deputy
Bernard Ashcombe, the former prime minister, has said his decision to call a snap election in 2019 was “⟦p:a|the single worst judgment of my career⟧”.
Speaking on the political podcast “⟦s:-|Corridors⟧”, hosted by Leila Haddadi and Tom Brannigan, Ashcombe said he had been “⟦p:a|seduced by the polls⟧”.
“⟦d:b|Did anybody in the room tell you not to do it?⟧” Haddadi asked.
“⟦d:a:m|One person. My press secretary, Gwen. She said, ‘If you call this, you’ll lose the majority and you’ll deserve to.’ I thought she was being dramatic.⟧
“⟦d:a|She was being accurate. Gwen is always accurate. It is her least attractive quality.⟧”
Brannigan asked whether he had read the memoir of his former deputy, Marguerite Oyinlola, which describes him as “⟦p:d|charming, indecisive and allergic to paper⟧”.
“⟦d:a|I’ve read the bits about me. Allergic to paper is fair. Indecisive I’d dispute. I took several decisions. Some of them were even right,⟧” Ashcombe said.
“⟦d:c|Which ones?⟧” Brannigan asked.
“⟦d:a|I’m saving those for the second volume.⟧”

### 050
@a Ravindra Seneviratne | Health minister
@b - | one reporter
@c Karen Holloway | The hospital's chief executive
@d - | A hospital porter who asked not to be named
Health minister Ravindra Seneviratne was pressed by reporters on Friday during a visit to Dunmore General Hospital, where patients have been treated on trolleys in corridors for much of the winter.
"⟦d:b|Minister, are you embarrassed that patients are being treated in corridors here?⟧" one reporter called out as he arrived.
"⟦d:a|I'm here to listen, not to be embarrassed,⟧" Seneviratne replied. "⟦d:a|I've seen the corridors. I'm not going to pretend I haven't.⟧"
Asked whether extra funding would follow, he said the hospital would receive "⟦p:a|its fair share⟧" of the £400 million winter fund.
The hospital's chief executive, Karen Holloway, said the visit had been "⟦p:c|useful⟧". "⟦d:c|He asked the right questions. Whether he comes back with the right answers, we'll see,⟧" she said.
A hospital porter who asked not to be named was less impressed. "⟦d:d|They cleaned the corridor before he came. It'll be full again by teatime,⟧" he said.

### 051
@a - | a party spokesman
@b Roderick Penhallow | the Unity MP for Tresillian
@c Georgina Stott | the MP for Maybridge East
@d - | Another MP in the group
Messages leaked from a WhatsApp group of Unity backbenchers show MPs counting letters of no confidence in the Prime Minister, days before a party spokesman insisted she had the “⟦p:a|full support⟧” of her MPs.
In one message, sent at 11.42pm on Tuesday, Roderick Penhallow, the Unity MP for Tresillian, wrote: “⟦d:b|We are at 41. Need 13 more. Nobody panic, nobody brief.⟧”
Minutes later, Georgina Stott, the MP for Maybridge East, replied: “⟦d:c|Somebody has already briefed. It’s on the Chronicle’s website.⟧”
Penhallow responded with a single line: “⟦d:b|Of course it is.⟧”
Another MP in the group, who has since left it, told this newspaper the messages were “⟦p:d|mostly gallows humour⟧”.
Stott said on Thursday: “⟦d:c|Private messages are private. I have nothing to add.⟧”
The party spokesman said: “⟦d:a|The Prime Minister has the full support of her MPs and is getting on with the job.⟧”

### 052
@a Sofía Carvalho | the Assembly's rapporteur on migration
@b Tadeusz Wilk | a member from the Sovereignty group
@c Jens Mikkelsen | the vice-president chairing the session
STRELSBURG — The Continental Assembly on Wednesday approved a new asylum screening regulation by 341 votes to 290, after a debate in which the rapporteur was repeatedly interrupted from the benches of the Sovereignty group.
«⟦d:a|This is not a perfect text. There is no perfect text. There is only this text or no text,⟧» said Sofía Carvalho, the Assembly's rapporteur on migration.
Tadeusz Wilk, a member from the Sovereignty group, called the regulation «⟦p:b|a welcome mat with a few extra forms⟧». «⟦d:b|Our citizens asked for a wall and you are giving them a questionnaire,⟧» he said.
When Wilk ran over his speaking time, the vice-president chairing the session, Jens Mikkelsen, cut off his microphone. «⟦d:c|Mr Wilk, you have had your minute and another minute. Thank you,⟧» Mikkelsen said.
Carvalho, closing the debate, was withering: «⟦d:a|I note that those shouting loudest about control have voted against every instrument that would give us control.⟧»

### 053
@a Gethin Morgan-Price | spokesman for Yes to a Mayor
@b Cerys Llewellyn | the No campaign's organiser
@c Dilys Bevan | The presenter
Campaigners on both sides of Aberhenllan's referendum on a directly elected mayor went head to head on Radio Glanrafon on Thursday evening.
``⟦d:a|Right now nobody is in charge of this town. Everybody is a bit in charge, which means nobody is,⟧'' said Gethin Morgan-Price, spokesman for Yes to a Mayor.
Cerys Llewellyn, the No campaign's organiser, said a mayor would cost ``⟦p:b|at least £150,000 a year before they've even bought a pen⟧''.
``⟦d:b|That's a nurse and a half. That's the library open on Saturdays,⟧'' she said.
The presenter, Dilys Bevan, then asked Morgan-Price: ``⟦d:c|Can you name one thing a mayor could do that the council can't do now?⟧''
``⟦d:a|Be accountable. Be sackable. That's two,⟧'' he replied.
Polls open at 7am on Thursday 9 May.

### 054
@a Ifeoma Nwachukwu | the chancellor
@b Oluwaseun Adebayo-Hart | The Leader of the Opposition
@c - | One Unity backbencher
There is a particular noise the Commons makes when a chancellor pulls a rabbit out of a hat. It is a sort of “⟦s:-|ooh⟧”, half admiration and half suspicion.
Ifeoma Nwachukwu’s rabbit arrived at 1.14pm: a “⟦s:-|growth dividend⟧” of 2p off the basic rate, to be paid for by what the Treasury insists on calling “⟦s:-|efficiencies⟧”.
“⟦d:a|This is a budget for the builders, the makers and the doers,⟧” the chancellor declared, in the voice of someone who had been practising in the bath.
The makers and the doers on her own benches waved their order papers. The builders were unavailable for comment.
The Leader of the Opposition, Oluwaseun Adebayo-Hart, replying, described the package as “⟦p:b|a tax cut on the never-never⟧”. “⟦d:b|She has found the money down the back of the same sofa her predecessor searched. I hope she checked for coins,⟧” he said.
One Unity backbencher, asked afterwards what he made of it all, summed up the mood in the tea room: “⟦d:c|Lovely budget. Shame about the polls.⟧”

### 055
@a Martine Lefebvre-Ouedraogo | The mayor of Saint-Aurèle
@b Yannick Morel | Opposition councillor
@c - | one resident
SAINT-AURÈLE — The mayor of Saint-Aurèle, Martine Lefebvre-Ouedraogo, defended her plan to pedestrianise the old town at a stormy municipal council meeting on Monday evening.
«⟦d:a|Nous ne reculerons pas⟧», she told councillors — «⟦d:a|We will not back down⟧».
Speaking later to foreign reporters in English, she added: «⟦d:a|Every city that has done this was told it would kill the shops. Every one of them now has more shops.⟧»
Opposition councillor Yannick Morel accused her of «⟦p:b|governing for cyclists and tourists⟧». «⟦d:b|The baker on rue des Tanneurs has lost a third of his customers since the trial closure. A third! Is he just a statistic to you, madame la maire?⟧» he asked.
From the public gallery, one resident shouted «⟦d:c|Démission!⟧» («⟦d:c|Resign!⟧»), before being asked to leave.

### 056
@a Alasdair Brodie | The former health secretary
@b Sameera Choudhury | counsel to the inquiry
@c Roderick Ames | The inquiry chairman
The former health secretary Alasdair Brodie told the Procurement Inquiry on Monday that he had "⟦p:a|no recollection⟧" of approving a £212m contract for protective gowns with a company run by a donor's brother-in-law.
Sameera Choudhury KC, counsel to the inquiry, showed him a document bearing his initials. "⟦d:b|Is that your handwriting, Mr Brodie?⟧" she asked.
"⟦d:a|It appears to be.⟧"
"⟦d:b|Appears to be, or is?⟧"
"⟦d:a|It is my handwriting. I do not recall writing it. I was signing hundreds of documents a day.⟧"
The inquiry chairman, Sir Roderick Ames, asked whether Brodie had read the contract before signing it. "⟦d:a|Not in full, no,⟧" Brodie replied.
"⟦d:c|I see,⟧" the chairman said, making a note.

### 057
@a - | A delegate from Harlowmere
@b Connor Blackwood | the shadow home secretary
@c Hannah Szymańska | chair of the party’s youth wing
At a packed fringe meeting on the second night of the Civic Democrats’ conference in Brightsea, the questions kept coming back to the same thing.
A delegate from Harlowmere finally asked it outright: “⟦d:a|Connor, are you going to stand or not?⟧”
“⟦d:b|I’m not running. I’m not not running. I’m eating a sandwich,⟧” replied the shadow home secretary, Connor Blackwood, holding one up.
Hannah Szymańska, chair of the party’s youth wing, who was sharing the platform, leaned into her microphone. “⟦d:c|Every man in this party who says he’s not running is running. I’ve been here three years and I’ve learned that much,⟧” she said, to laughter.
Blackwood later told journalists the exchange had been “⟦p:b|a joke, nothing more⟧” and that he was “⟦p:b|fully behind Ingrid⟧”.

### 058
@a Tendai Mupfumi | Zambara's president
@b Yusuf Al-Rashidi | the president of Qaryan
@c - | one reporter
@d - | A Zambaran official
PORT MIREILLE, Nov 22 (Wire) - The presidents of Zambara and Qaryan signed a 20-year gas supply agreement on Friday at the close of a two-day summit, ending years of stop-start negotiations.
"⟦d:a|This is a good day for our two peoples, and frankly a good day for my electricity bill,⟧" Zambara's president, Tendai Mupfumi, joked at a joint news conference.
Yusuf Al-Rashidi, the president of Qaryan, speaking through an interpreter, called the deal "⟦p:b|a bridge across the water⟧". "⟦d:b|Our grandfathers traded salt and cloth. We trade gas. Our grandchildren, God willing, will trade things we cannot imagine,⟧" he said.
When one reporter asked, "⟦d:c|Mr President, what happens if the pipeline is not finished on time?⟧", Mupfumi smiled and gestured towards his counterpart. "⟦d:a|Then he will hear from me, and I will hear from my electricity bill.⟧"
A Zambaran official said the financial terms would be published "⟦p:d|in due course⟧".

### 059
@a - | One serving officer
@b - | A briefing paper dated 3 May
@c - | A former senior official at the ministry
@d Ministry of Defence | -
@e Wilhelmina Crouch | a member of the defence committee
Senior officers warned ministers last year that the army could not sustain a deployment of more than 3,000 troops overseas for longer than six months, according to documents leaked to the Herald and interviews with four serving and former officials.
One serving officer, who spoke on condition of anonymity because he was not authorised to talk to the press, said: “⟦d:a|Everyone in the building knew. The only people who seemed surprised were the ministers.⟧”
A briefing paper dated 3 May, marked “⟦s:-|Restricted – Ministers Only⟧”, describes the force as “⟦p:b|hollowed out to a dangerous degree⟧”.
A former senior official at the ministry said the paper had been “⟦p:c|deliberately buried⟧”. “⟦d:c|It went up to the private office and it never came down again,⟧” she said.
The Ministry of Defence said it “⟦p:d|does not comment on leaked documents⟧” but that the armed forces “⟦p:d|remain ready to meet any threat⟧”.
Wilhelmina Crouch, a member of the defence committee, said: “⟦d:e|If this is true, ministers have been telling Parliament one thing while being told another. I want to know who read this paper, and when.⟧”

### 060
@a Julian Pemberton-Ngata | The Unity MP for Hollinsvale
@b Simon Bellweather | the Heartland leader
@c Unity Party | -
@d - | One former colleague
The Unity MP for Hollinsvale, Julian Pemberton-Ngata, defected to the Heartland Party on Saturday, accusing his former party of having "⟦p:a|lost its nerve and its soul⟧".
"⟦d:a|I did not leave the Unity Party. The Unity Party left the people who voted for it,⟧" he told a press conference in Hollinsvale, standing alongside the Heartland leader, Simon Bellweather.
"⟦d:b|Julian is a man of principle, and today he has shown it,⟧" Bellweather said. "⟦d:b|He won't be the last.⟧"
The Unity Party said in a statement that Pemberton-Ngata should "⟦p:c|do the honourable thing and call a by-election⟧".
One former colleague was scathing. "⟦d:d|He's been passed over for promotion three times. This is about Julian, not principle,⟧" the MP said.

### 061
@a Ramon Dimaculangan | chairman of the Senate accountability committee
@b Lourdes Villaroman | a former procurement director at the Bureau of Food Supply
@c Teresita Buenaventura | a member of the committee
Senator Ramon Dimaculangan, chairman of the Senate accountability committee, lost his temper on Thursday during a hearing into the purchase of 90,000 tonnes of imported onions at three times the market price.
"⟦d:a|Huwag mo akong lokohin,⟧" Dimaculangan told the witness, before switching to English: "⟦d:a|Do not fool me. We have the delivery receipts.⟧"
The witness, Lourdes Villaroman, a former procurement director at the Bureau of Food Supply, insisted she had "⟦p:b|only followed instructions⟧". "⟦d:b|I signed what was put in front of me, Your Honor. I was told it had been cleared,⟧" she said.
"⟦d:a|Cleared by whom?⟧" Dimaculangan asked.
After a long pause, Villaroman replied: "⟦d:b|I would rather answer that in executive session.⟧"
"⟦d:c|That is not an answer. That is a cliffhanger,⟧" said Senator Teresita Buenaventura, a member of the committee.

### 062
@a Aurelia Nakamura-Fox | the foreign secretary
I meet the foreign secretary, Aurelia Nakamura-Fox, in a windowless room at the back of the conference centre, where she has twenty minutes between a bilateral meeting and a flight. She eats an apple throughout.
“⟦d:-|Do you ever get used to the travel?⟧” I ask.
“⟦d:a|No. Anyone who says they do is lying, or has a very good pillow.⟧”
“⟦d:-|Which is harder: talking to hostile governments, or talking to your own backbenchers?⟧”
“⟦d:a|Backbenchers, obviously. Hostile governments at least tell you what they want.⟧”
“⟦d:-|Would you ever stand for leader?⟧”
She puts the apple down. “⟦d:a|I’ve just given you two good answers. Don’t push your luck.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh124.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh124",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
