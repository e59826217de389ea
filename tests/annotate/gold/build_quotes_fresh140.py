# ruff: noqa: E501
"""Build ``quotes_fresh140.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is
meant to be evaluated once, as an honest measure on unseen text. Its focus is
political copy: question times and chamber debates with interruptions and points of
order, select committee and legislative hearings, broadcast and radio interviews in
which presenters press ministers, campaign trail and hustings reports, lobby
briefings by spokespeople, council meetings, leadership contests, leaks and unnamed
sources, summits and foreign ministers' press conferences, written in the styles of
wire copy, broadsheets, tabloids, local papers, magazines, live blogs and
broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh140-NNN``.

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

* An office or role title standing before the name with no appositive (``Presenter
  Caitríona Delahunt``, ``Home Secretary Declan Fitzmaurice``, ``Mining Minister …``,
  ``Councillor Morag Sutherland``, ``Shadow chancellor …``) is the description, also
  when written as ``The Speaker, Hendrika Vos,`` or ``Kessaria's foreign minister,
  Zeynep Aydın,``. When an appositive follows the name, the appositive wins (``State
  Sen. Josefina Altamirano, the committee's chairwoman`` → ``the committee's
  chairwoman``).
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description in the next sentence or at the cue (``the former
  home secretary``, ``the 41-year-old``, ``the chief whip``), that description is taken.
* An organisation as speaker is named without a leading article (``Castle Row``,
  ``Norland Electoral Commission``); its description is the definite description used
  at a cue (``the department``, ``the commission``, ``the party``), else null.
* A group speaking through its members without a name (``allies of the chancellor``,
  ``her allies``) has a null speaker and that phrase as the description; so do single
  hecklers and shouters who are described (``one government backbencher``, ``a man
  near the front``).
* A question put by a reporter, a questioner in an audience or a caller is ``direct``
  speech by that person; a presenter's or chair's interjections are theirs.
* An answer interrupted by another speaker is split into its fragments, each its own
  span by the same speaker; the fragments keep the dashes that mark the interruption.
* The wording of a communiqué issued by a named body is that body's; the wording of a
  text agreed by many countries with no issuing body named is ``partial`` with a null
  speaker.
* Earlier written words of a speaker read back to them (a blog post, a manifesto
  line) are that speaker's, ``partial`` when they are a fragment.
* Text messages sent by a described person are ``direct`` speech by that person.
* A non-restrictive relative clause after a description (``One worker, who did not
  want to be named``) is not part of it; a restrictive one is (``a nurse from East
  Tilden whose home flooded in April``).
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null.
* A word quoted in a question as the interviewee's own label for something (``You've
  described it as a "reset"``) is ``partial`` by the interviewee; a label marked with
  ``so-called`` is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh140.py``
``markup.py``).
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh140.jsonl")

PASSAGES = """
### 001
@a Miriam Achterberg | the prime minister
@b Tobias Rennick | the leader of the opposition
@c Hendrika Vos | the Speaker
@d - | one government backbencher
Prime minister's questions descended into uproar on Wednesday as Miriam Achterberg, the prime minister, accused the opposition of “⟦p:a|rewriting history with a crayon⟧” over the collapse of the Kessel rail contract.
Tobias Rennick, the leader of the opposition, opened by asking how much the cancelled line had cost taxpayers. “⟦d:b|Four hundred million crowns, and not a single metre of track. Will she tell the House who signed it off?⟧”
Achterberg replied that the contract had been “⟦p:a|signed off by his own party in 2019⟧”, drawing jeers from the opposition benches. “⟦d:a|He was a junior minister at the time. Perhaps he was out of the room,⟧” she said.
“⟦d:b|I was in the room, and I voted against it,⟧” Rennick shot back. “⟦d:b|The prime minister knows that, because she was sitting two seats along from me.⟧”
The Speaker, Hendrika Vos, was forced to intervene twice. “⟦d:c|Order! Order. The public can hear every word of this and I doubt they are impressed,⟧” she said. “⟦d:c|The right honourable gentleman will be heard.⟧”
Rennick returned to the attack with his final question. “⟦d:b|Four hundred million crowns. Why won't she just answer the question?⟧”
“⟦d:a|I have answered it. He just doesn't like the answer,⟧” Achterberg said.
As Rennick sat down, one government backbencher could be heard shouting “⟦d:d|Sit down!⟧” at nobody in particular, prompting a further rebuke from the chair.

### 002
@a Gwendolyn Osei-Barker | the committee's chair
@b Laurence Pettifer | the permanent secretary at the Department for Housing
@c Aled Morgan | a Liberal Reform member of the committee
@d Department for Housing | the department
The most senior civil servant at the Department for Housing was accused on Tuesday of "⟦p:a|treating Parliament like a nuisance caller⟧" after he told MPs he could not say how many of the 12,000 promised homes had been built.
Laurence Pettifer, the permanent secretary at the Department for Housing, told the public accounts committee that the figures were "⟦p:b|being validated⟧" and would be published "⟦p:b|in due course⟧".
"⟦d:a|In due course. We have heard that phrase from your department four times this year,⟧" said Gwendolyn Osei-Barker, the committee's chair. "⟦d:a|Is it one home? Is it a thousand? Give us a range.⟧"
"⟦d:b|I'm not going to give the committee a number I might have to correct,⟧" Mr Pettifer replied. "⟦d:b|That would be worse.⟧"
"⟦d:a|Worse for whom?⟧" she asked.
Aled Morgan, a Liberal Reform member of the committee, said afterwards that the exchange had been "⟦p:c|excruciating⟧". "⟦d:c|He is a decent man defending an indefensible brief,⟧" Mr Morgan said. "⟦d:c|Somebody above him has decided the number is embarrassing.⟧"
In a statement issued after the session, the department said it remained "⟦p:d|fully committed⟧" to the target and would write to the committee "⟦p:d|within four weeks⟧".

### 003
@a Caitríona Delahunt | Presenter
@b Samuel Adeyemi-Clarke | the schools minister
@c - | the county's own finance officers
The schools minister, Samuel Adeyemi-Clarke, was repeatedly pressed on Radio Dunmore this morning over whether any school in the county would close as a result of the new funding formula.
Presenter Caitríona Delahunt put it to him directly: “⟦d:a|Yes or no, minister — will any school in this county close because of your formula?⟧”
“⟦d:b|What I can tell you is that every school will receive more money per pupil next year than it did this year —⟧”
“⟦d:a|That's not what I asked.⟧”
“⟦d:b|— in cash terms, and I think that's the important point for parents listening.⟧”
Delahunt pointed out that the county's own finance officers had warned of a “⟦p:c|cliff edge⟧” for small rural schools by 2027.
“⟦d:b|I've seen that report. I don't accept the language of cliff edges,⟧” the minister said. “⟦d:b|Some schools will need to work together, share a head teacher, share a business manager. That isn't closure.⟧”
“⟦d:a|It is if you're the parent driving twelve miles instead of two.⟧”
Adeyemi-Clarke later told reporters outside the studio that the interview had been “⟦p:b|robust but fair⟧”.

### 004
@a Bernadette Kowalczyk | leader of Harrowgate Borough Council
@b Desmond Achebe | Independent councillor
@c - | a resident in the public gallery
@d Marjorie Pendle | the council's director of environment
Fortnightly bin collections will go ahead in Harrowgate from April after a stormy full council meeting on Thursday night that had to be briefly adjourned.
Bernadette Kowalczyk, leader of Harrowgate Borough Council, told members the change would save £1.4m a year. "⟦d:a|Nobody came into local government to cut bin rounds,⟧" she said. "⟦d:a|But I will not close a children's centre to keep a lorry on the road every week.⟧"
Independent councillor Desmond Achebe called the decision "⟦p:b|a stitch-up⟧" and accused the ruling group of burying the consultation results. "⟦d:b|Seventy-one per cent of residents said no. Seventy-one per cent. Where is that in this report?⟧"
A resident in the public gallery shouted "⟦d:c|Shame on you!⟧" and the mayor, Cllr Ron Tibbets, suspended the meeting for ten minutes.
When the meeting resumed, Marjorie Pendle, the council's director of environment, said the consultation figures had been published as an appendix. "⟦d:d|They are on page 43. They have been published in full,⟧" she said.
"⟦d:b|Page 43 of 60,⟧" Cllr Achebe replied. "⟦d:b|I rest my case.⟧"
The vote was carried by 29 votes to 17.

### 005
@a Nadia Farouk-Hale | the Progressive candidate for Easterby North
@b - | a retired postman who declined to give his name
@c Wendell Brisco | a bus driver
@d - | one campaign aide
@e - | a young mother
Nadia Farouk-Hale knocks on her 140th door of the day at a quarter to five. A young mother answers with a baby on one hip and a phone in her hand, and does not want a leaflet.
“⟦d:a|That's fine, I'll be quick — is there anything you want me to take back to Parliament?⟧” asks Farouk-Hale, the Progressive candidate for Easterby North.
“⟦d:e|Potholes,⟧” she says, and closes the door.
Farouk-Hale writes it down. She writes everything down. “⟦d:a|People think canvassing is about persuading. It's mostly listening to people tell you about potholes,⟧” she says later, in the car. “⟦d:a|And they're right about the potholes.⟧”
The seat has been held by the National Party for 31 years, and the majority last time was 9,000. One campaign aide, asked privately whether it could fall, said: “⟦d:d|If it rains on polling day, no. If it doesn't, maybe.⟧”
Not everyone is persuadable. A retired postman who declined to give his name told me he would vote National “⟦p:b|as I always have, and as my father did⟧”.
Wendell Brisco, 58, a bus driver, was more open. “⟦d:c|I voted for the other lot last time. They did nothing for the buses. She says she'll do something. They all say that,⟧” he said. “⟦d:c|But she came round. Nobody's ever come round.⟧”

### 006
@a Eleanor Thwaite | the Social Democrat candidate
@b Priyanka Solanki | the Green candidate
@c Jasper Hollingworth | the National candidate
@d Alison Marr | vicar of St Cuthbert's
@e - | one audience member
More than 300 people packed into St Cuthbert's church hall in Lowmoor on Monday for the only hustings of the Lowmoor and Dene by-election campaign, with the future of the town's hospital dominating the evening.
The hustings was chaired by Alison Marr, vicar of St Cuthbert's, who asked candidates to keep their answers "⟦p:d|to two minutes, and civil⟧".
Eleanor Thwaite, the Social Democrat candidate, said she would "⟦p:a|chain myself to the railings⟧" of the maternity unit if necessary. "⟦d:a|I was born in that hospital. My children were born in that hospital. I am not going to be the MP who lets it close,⟧" she said.
Priyanka Solanki, the Green candidate, said both larger parties had "⟦p:b|run down the hospital trust between them⟧". "⟦d:b|Eleanor says she'll chain herself to the railings. Her party was running the trust board when the cuts were drawn up,⟧" Ms Solanki said. "⟦d:b|I'd rather she had chained herself to the board table.⟧"
Ms Thwaite shook her head. "⟦d:a|That's simply not true, and Priyanka knows it.⟧"
Jasper Hollingworth, the National candidate, was heckled when he said the hospital's future was "⟦p:c|a matter for clinicians, not politicians⟧". One audience member called out: "⟦d:e|Then what are you for?⟧"
"⟦d:c|I'm for getting the new wing funded, which is more than either of my opponents has managed,⟧" Mr Hollingworth replied, to scattered applause.

### 007
@a - | the prime minister's official spokesman
@b - | one journalist
@c - | a government source
@d Castle Row | -
The prime minister retains "⟦p:d|full confidence⟧" in her deputy despite reports of a bitter row over defence spending, Castle Row said on Monday.
At the regular morning lobby briefing, the prime minister's official spokesman said the two had spoken on Sunday evening. "⟦d:a|They speak most days. They spoke last night. They will speak again today,⟧" he said.
Asked whether the deputy prime minister had threatened to resign, the spokesman said: "⟦d:a|I'm not going to get into private conversations. I've seen the reports. I don't recognise them.⟧"
One journalist asked: "⟦d:b|Is that a denial?⟧"
"⟦d:a|It's what I've said,⟧" the spokesman replied.
Pressed on whether the prime minister had read the leaked letter reportedly sent by her deputy last week, he said she was "⟦p:a|aware of the coverage⟧".
Separately, a government source said the row had been "⟦p:c|wildly overblown⟧". "⟦d:c|There's a disagreement about numbers. There's always a disagreement about numbers at this point in the year,⟧" the source said.

### 008
@a Oluwaseun Adebanjo-Reid | the former home secretary
@b - | a source close to the foreign secretary's campaign
@c Ingrid Halvorsen | the foreign secretary
@d - | one MP backing Adebanjo-Reid
Oluwaseun Adebanjo-Reid launched her bid to lead the National Party on Thursday with a promise to “⟦p:a|stop apologising for being in government⟧”, and a barely veiled swipe at the front-runner.
Speaking at a converted tram depot in Corbridge, the former home secretary said the party had “⟦p:a|spent two years managing decline⟧”. “⟦d:a|I didn't come into politics to manage anything. I came to change things, and I think most of our members did too,⟧” she told around 400 supporters.
Asked whether that was a reference to Ingrid Halvorsen, the foreign secretary, who is the bookmakers' favourite, Adebanjo-Reid smiled. “⟦d:a|It's a reference to all of us. Including me.⟧”
Halvorsen, who launched her own campaign on Monday, declined to respond directly. “⟦d:c|I wish Seun well. It's going to be a good, comradely contest,⟧” she said during a visit to a shipyard in Tarrow.
But a source close to the foreign secretary's campaign was less charitable. “⟦d:b|Seun has been in cabinet for six years. If there's been decline, she's been managing it,⟧” the source said.
One MP backing Adebanjo-Reid said the remark showed the Halvorsen camp was “⟦p:d|rattled⟧”.

### 009
@a Rupert Castellane | the energy secretary's chief of staff
@b - | one official who has seen the full document
@c - | a Department for Energy spokeswoman
@d Helen Mbeki-Ross | the shadow energy secretary
Ministers were privately warned that the government's flagship home insulation scheme, branded “⟦s:-|Warm Homes for All⟧”, would miss its target by “⟦p:a|a country mile⟧”, according to a leaked memo seen by the Courier.
The memo, written in March by Rupert Castellane, the energy secretary's chief of staff, describes the scheme as “⟦p:a|badly designed, badly marketed and, frankly, badly run⟧”.
“⟦d:a:m|We are currently on course to insulate fewer than one in five of the homes we promised. I do not think we can say this in public, but we need to stop saying the opposite.⟧
“⟦d:a|I recommend that the Secretary of State is briefed before the select committee session, not after.⟧”
One official who has seen the full document said it had caused “⟦p:b|consternation⟧” in the department. “⟦d:b|Rupert wrote down what everyone was saying in the corridors. That's not a crime,⟧” the official said.
A Department for Energy spokeswoman said: “⟦d:c|We do not comment on leaks. The scheme has already helped more than 80,000 households cut their bills.⟧”
Helen Mbeki-Ross, the shadow energy secretary, said the memo was “⟦p:d|devastating⟧”. “⟦d:d|The government knew. It knew in March, and it carried on telling the public everything was fine,⟧” she said.

### 010
@a Émile Duranceau | Aldovia's foreign minister
@b Zeynep Aydın | Kessaria's foreign minister
@c - | a Kessarian journalist
LUSENNE, June 4 (Meridian Press) — The foreign ministers of Aldovia and Kessaria pledged on Tuesday to reopen all six crossings on their shared border by the end of the summer, ending a two-year dispute over customs checks.
«⟦d:a|We have had two difficult years. I think both our peoples are tired of them,⟧» Aldovia's foreign minister Émile Duranceau told a joint news conference in Lusenne.
«⟦d:a|Nous avons tourné la page,⟧» he added in French, before repeating in English: «⟦d:a|We have turned the page.⟧»
Kessaria's foreign minister, Zeynep Aydın, speaking through an interpreter, said the agreement was «⟦p:b|a beginning, not an end⟧». «⟦d:b|There are still questions about the inspection of agricultural goods, and we have asked our experts to resolve them before the autumn,⟧» she said.
A Kessarian journalist asked Duranceau whether the deal amounted to a climbdown. «⟦d:c|Is this not simply a retreat by Lusenne?⟧»
«⟦d:a|If it is a retreat, it is a retreat towards common sense,⟧» he replied, drawing laughter from both delegations.
The two ministers did not take further questions. Officials said a joint border commission would hold its first meeting in September.

### 011
@a Clive Danvers | Transport Minister
@b - | a pal of the minister
@c Rosa Lindqvist | the Opposition's transport spokeswoman
RED-FACED Transport Minister Clive Danvers was last night forced to say sorry after he was caught on a live microphone branding rail commuters "⟦p:a|moaning minnies⟧".
The gaffe came moments after a TV interview at Pelham Cross station, when Danvers — unaware his mic was still on — turned to an aide and said: "⟦d:a|Honestly, they should try driving a train. Bunch of moaning minnies, the lot of them.⟧"
The clip, dubbed "⟦s:-|Minniegate⟧" on social media, had been viewed more than two million times by last night.
Rosa Lindqvist, the Opposition's transport spokeswoman, fumed: "⟦d:c|Millions of people stand on freezing platforms every morning because of this government's failures. They are not moaning. They are furious, and they're right to be.⟧"
In a statement, Danvers said: "⟦d:a|I made a flippant remark that I regret. Passengers have every right to be frustrated and I apologise.⟧"
But a pal of the minister insisted he had been "⟦p:b|stitched up⟧". "⟦d:b|He's been up since five, he's been shouted at all morning, and he let off steam. Who hasn't?⟧" the pal said.

### 012
@a Ffion Rees-Adjei | the chief whip
@b - | one former minister
@c Barnaby Stockdale | -
Ffion Rees-Adjei keeps a jar of boiled sweets on her desk, and a list. The sweets are for anyone. The list is not.
“⟦d:a|People imagine the whips' office is all threats and dark arts,⟧” says the chief whip, unwrapping a lemon drop. “⟦d:a|Most of it is counting. The rest is listening to people who are unhappy and working out whether they're unhappy enough to do something about it.⟧”
“⟦d:-|Have you ever threatened anyone?⟧” I asked.
She considered the question for a long time. “⟦d:a:m|Threatened? No. I've explained consequences. There's a difference, and the people I've explained them to know the difference.⟧
“⟦d:a:m|The job is to make sure the government can govern. If a colleague wants to vote against us on something that matters to their constituents, I'll usually say fine, let me know in advance. What I can't have is surprises.⟧
“⟦d:a|Surprises are what bring governments down.⟧”
One former minister, who has been on the receiving end, describes her as “⟦p:b|the nicest person ever to ruin my week⟧”.
Barnaby Stockdale, who rebelled over the welfare bill last spring, is less fond. “⟦d:c|She told me I'd never see the inside of a ministry while she was in that office,⟧” he says. “⟦d:c|She's been as good as her word.⟧”
Rees-Adjei laughs when this is put to her. “⟦d:a|Barnaby has a vivid memory.⟧”

### 013
@a Jonah Whitcombe | National Party leader
@b Thandiwe Mokoena-Grey | the Progressive leader
@c Saoirse Fennelly | the moderator
The two main party leaders clashed over tax, immigration and the cost of childcare in a bad-tempered televised debate on Tuesday night, the only head-to-head of the campaign.
National Party leader Jonah Whitcombe accused his rival of planning a "⟦p:a|tax raid on working families⟧", telling viewers: "⟦d:a|Every costing in her manifesto has a hole in it, and you will be the ones filling it.⟧"
Thandiwe Mokoena-Grey hit back: "⟦d:b|Jonah, you've been in government for nine years. If there's a hole anywhere, it's the one you dug.⟧"
The Progressive leader, who trails by around four points in most polls, repeatedly turned to the camera. "⟦d:b|I'm not asking you to trust me. I'm asking you to look at the last nine years and ask whether you're better off,⟧" she said.
The moderator, Saoirse Fennelly, struggled at times to keep order. "⟦d:c|Mr Whitcombe, you've had your time — Mr Whitcombe — please let her finish,⟧" Fennelly said at one point.
"⟦d:a|She's making things up about my record,⟧" Whitcombe protested.
"⟦d:c|And you'll have a chance to respond,⟧" Fennelly replied.
A snap poll for Channel 6 afterwards found 48 per cent of viewers thought Mokoena-Grey had won, against 44 per cent for Whitcombe.

### 014
@a Rashid Chaudhry | the environment secretary
@b Morwenna Tregear | the Liberal MP for Penhallow
@c Gideon Fairweather | a National backbencher
@d Joan Ackroyd | the Deputy Speaker
The environment secretary, Rashid Chaudhry, opening the second reading of the Water (Public Ownership) Bill, said the industry had been “⟦p:a|run for the benefit of shareholders on three continents and customers on none⟧”.
He had barely got going when Morwenna Tregear, the Liberal MP for Penhallow, rose to intervene. “⟦d:b|Will the Secretary of State give way?⟧”
“⟦d:a|I will, briefly.⟧”
“⟦d:b|He talks about shareholders. Can he tell the House what the compensation bill will be, and who will pay it?⟧”
Chaudhry said the figure would be set by “⟦p:a|an independent valuer, not by me and not by the companies⟧”, prompting laughter from the National benches.
Gideon Fairweather, a National backbencher, shouted: “⟦d:c|So he doesn't know!⟧”
The Deputy Speaker, Joan Ackroyd, called for order. “⟦d:d|The honourable member for Wendle Vale will have his chance. The Secretary of State has the floor.⟧”
Chaudhry continued: “⟦d:a|I know exactly what it will not be. It will not be the twelve billion the industry has been briefing, and it will not be paid by bill payers.⟧”

### 015
@a Marcus Delacroix-Bell | Corrections Commissioner
@b Josefina Altamirano | the committee's chairwoman
@c Dale Prewitt | the ranking minority member
@d - | a spokesperson for the state corrections officers' union
CASSELTON, N.A. (Meridian) — The head of New Albion's prison system acknowledged Tuesday that staffing at the Granite Falls correctional facility had fallen to "⟦p:a|dangerous levels⟧" in the months before a riot that left two guards injured.
Testifying before the state Senate's public safety committee, Corrections Commissioner Marcus Delacroix-Bell said: "⟦d:a|We had nights where one officer was responsible for three housing units. That should never happen, and it happened.⟧"
State Sen. Josefina Altamirano, the committee's chairwoman, asked why the department had not requested emergency funding. "⟦d:b|You came before this committee in January and told us everything was under control. Was that true?⟧"
"⟦d:a|It was what I believed at the time, senator,⟧" Delacroix-Bell said.
"⟦d:b|Then you were badly informed, commissioner.⟧"
Sen. Dale Prewitt, the ranking minority member, defended the commissioner, saying the Legislature had "⟦p:c|cut his budget three years running⟧". "⟦d:c|We can't starve an agency and then act surprised when it's hungry,⟧" Prewitt said.
A spokesperson for the state corrections officers' union said the testimony "⟦p:d|confirms what our members have been saying for two years⟧".

### 016
@a Henrik Sølvberg | Finance Minister
@b Amara Nwachukwu | the opposition's finance spokeswoman
@c Lise Aaltonen | chief economist at Nordhavn Bank
@d Estmark Business Federation | -
OSTHAVEN (Meridian) — Finance Minister Henrik Sølvberg unveiled a budget on Thursday that raises spending on defence and pensions while cutting the corporate tax rate by two points, a package he called “⟦p:a|responsible, not reckless⟧”.
“⟦d:a|We are a small country in a dangerous neighbourhood. We cannot defend ourselves with good intentions,⟧” Sølvberg told parliament in a 70-minute speech.
He insisted the tax cut was affordable. “⟦d:a|Every krone of this,⟧” he said, holding up a copy of the fiscal council's report, “⟦d:a|is paid for.⟧”
Amara Nwachukwu, the opposition's finance spokeswoman, said the budget was “⟦p:b|a gift to shareholders wrapped in a flag⟧”. “⟦d:b|If we can afford a tax cut for banks, we can afford to fix the roof on a primary school,⟧” she said.
Lise Aaltonen, chief economist at Nordhavn Bank, said markets would welcome the extra defence spending but question the sums. “⟦d:c|The arithmetic only works if growth comes in at the top of the range. That's a bet, not a plan,⟧” she said.
The Estmark Business Federation said it welcomed “⟦p:d|a clear signal that Estmark is open for investment⟧”.

### 017
@a Kwame Asante-Boateng | the 36-year-old former maths teacher
@b Doreen Fairclough | the National candidate
@c Patricia Olufemi | Returning officer
Kwame Asante-Boateng was elected as the new MP for Hexley in the early hours of Friday, overturning a National majority of more than 11,000 in the constituency's first by-election for 40 years.
Returning officer Patricia Olufemi announced the result at 3.12am at Hexley Leisure Centre: "⟦d:c|I hereby declare that Kwame Asante-Boateng is duly elected as the Member of Parliament for the Hexley constituency.⟧"
Cheers erupted. Supporters chanted "⟦s:-|Kwa-me! Kwa-me!⟧" as the 36-year-old former maths teacher took the microphone.
"⟦d:a|Hexley has sent a message tonight, and it's a simple one: this is not a safe seat for anyone, ever again,⟧" he said.
"⟦d:a|To the people who lent me their vote for the first time — I know it's a loan. I intend to pay it back.⟧"
Doreen Fairclough, the National candidate, congratulated her opponent but blamed "⟦p:b|a difficult national picture⟧" for the defeat. "⟦d:b|I've lived in this town my whole life and I'll still be here on Monday, knocking on doors,⟧" she said.

### 018
@a Colm Ó Faoláin | the justice minister
@b Anjali Mehta-Sterling | the first minister
@c - | one cabinet colleague
The justice minister, Colm Ó Faoláin, resigned on Sunday night, saying he could no longer defend the government's handling of the prison-building programme.
In a letter to the first minister, Anjali Mehta-Sterling, he wrote: “⟦d:a:m|It has been the privilege of my life to serve in your government. But I have come to the view that I cannot stand at the despatch box and defend decisions I argued against in private.⟧
“⟦d:a|I will continue to support the government from the back benches, and I will not be making any further comment.⟧”
In her reply, Mehta-Sterling thanked him for his “⟦p:b|years of loyal and distinguished service⟧” but made clear she did not share his view. “⟦d:b|I am sorry that you have reached this conclusion. The programme is the right one, and it will be delivered,⟧” she wrote.
One cabinet colleague said the resignation had been “⟦p:c|coming since Easter⟧”. “⟦d:c|Colm lost the argument and he's not a man who loses well,⟧” the colleague said. “⟦d:c|Nobody's surprised. Some people are relieved.⟧”

### 019
@a Ruud Verhaeghe | Liberal leader
@b Sanne de Wit | a spokeswoman for the Civic Union
@c - | a negotiator from the Green side who asked not to be identified
@d Farmers' Party | -
BRAALEN, Oct 12 (Meridian) — Talks to form a new coalition government in Flanmark stalled on Saturday after the Farmers' Party walked out of negotiations over nitrogen emission targets, leaving the country facing a fourth month without a government.
"⟦d:a|We are not there yet. We are not close,⟧" Liberal leader Ruud Verhaeghe told reporters outside the parliament building. "⟦d:a|But I have been in worse rooms than this one.⟧"
The Farmers' Party said in a statement that it could not accept "⟦p:d|targets written by people who have never milked a cow⟧" and would return to the talks only if the proposed 2030 deadline was dropped.
Sanne de Wit, a spokeswoman for the Civic Union, said her party remained "⟦p:b|at the table and ready to work⟧". "⟦d:b|Walking out is easy. Governing is hard,⟧" she said.
A negotiator from the Green side who asked not to be identified said the talks had been "⟦p:c|going nowhere for weeks⟧". "⟦d:c|Everybody is waiting for somebody else to blink. Nobody is blinking,⟧" the negotiator said.

### 020
@a Lucía Barrantes | the incumbent mayor
@b Harriet Onwuemene | a former police superintendent
@c Dermot Cahill | Independent candidate
@d - | one questioner in the audience
Crime, cycle lanes and a half-built bus station dominated Thursday's mayoral debate at the Grand Theatre in Ashbury, with the incumbent mayor, Lucía Barrantes, facing sustained attack from both her rivals.
Harriet Onwuemene, a former police superintendent, who is standing for the Civic Alliance, said the city centre had become “⟦p:b|a no-go zone after 9pm⟧”. “⟦d:b|I policed this city for 26 years. I know what it looks like when it's working, and it isn't working,⟧” Onwuemene said.
Barrantes said recorded crime had fallen for three consecutive years. “⟦d:a|Harriet, I respect your service, but the figures are the figures. You used to publish them,⟧” the mayor said.
Independent candidate Dermot Cahill drew the biggest laugh of the night when asked about the bus station. “⟦d:c|I've been to see it. It's lovely. It'll be lovelier when it has buses in it,⟧” he said.
One questioner in the audience asked all three: “⟦d:d|Will any of you actually scrap the Westgate cycle lane, yes or no?⟧”
Onwuemene and Cahill said yes. Barrantes said no. “⟦d:a|I'm not going to pretend to be against something I believe in to win a vote,⟧” she said, to applause and some boos.

### 021
@a Bongani Dlamini | general secretary of the Health Workers' Union
@b - | one nurse
@c - | a government spokesperson
@d Tamsin Oyelaran | a student nurse
Thousands of health workers marched on the National Assembly on Saturday to demand a pay rise in line with inflation, in the largest demonstration in the capital for more than a decade.
Protesters carried placards reading "⟦s:-|Clap for us? Pay us⟧" and "⟦s:-|Nurses not heroes⟧", and chanted "⟦s:-|What do we want? Fair pay!⟧" as they passed the finance ministry.
Bongani Dlamini, general secretary of the Health Workers' Union, told the crowd: "⟦d:a|They called you heroes in the pandemic. Heroes don't use food banks. Heroes don't work three jobs.⟧"
"⟦d:a|We are not going away. If we have to come back next month, we will come back next month, and the month after that.⟧"
One nurse, who travelled from Coldharbour overnight, said she had not had a real-terms pay rise "⟦p:b|in my entire career⟧".
Tamsin Oyelaran, 22, a student nurse, said she was considering leaving the profession before she had even qualified. "⟦d:d|I love the job. I can't afford the job. Those are both true,⟧" she said.
A government spokesperson said: "⟦d:c|We value the work of health workers enormously. This year's award was the highest in a decade and was recommended by the independent pay review body.⟧"

### 022
@a Eluned Prydderch | the first minister
@b Ioan Maddox | the opposition leader
@c Tegwen Harries | Presiding Officer
The first minister, Eluned Prydderch, was accused by the opposition leader of “⟦p:b|hiding behind a pandemic that ended three years ago⟧” during a fractious question session in the Assembly on Tuesday, as hospital waiting lists reached a record high.
The opposition leader, Ioan Maddox, told the chamber that one in four people in the region was waiting for treatment. “⟦d:b|Every week the first minister comes here and tells us the corner has been turned. How many corners are there?⟧”
Prydderch said the figures were “⟦p:a|unacceptable⟧” but improving. “⟦d:a|The longest waits have fallen for six months in a row. He knows that. He simply chooses not to say it,⟧” she said.
“⟦d:b|Tell that to the 80-year-old in Llanfair waiting two years for a hip.⟧”
The exchange grew heated when Maddox accused the first minister of misleading the chamber, prompting a rebuke from Presiding Officer Tegwen Harries. “⟦d:c|I'll ask the leader of the opposition to withdraw that word,⟧” she said.
“⟦d:b|I withdraw it, Llywydd. I'll say instead that she has been economical with the facts.⟧”

### 023
@a Katarzyna Wiśniewska-Holt | the alliance's secretary general
@b - | one senior diplomat involved in the drafting
@c Northern Alliance | -
@d Ahmed Benali | Calvara's foreign minister
VALDERSUND — Leaders of the 19-member Northern Alliance ended a two-day summit on Wednesday with a pledge to raise defence spending, but only after an all-night argument over a single phrase in their final communiqué.
The communiqué commits members to reaching 2.5 per cent of GDP “⟦p:c|as soon as practicable⟧” — a formulation that one senior diplomat involved in the drafting called “⟦p:b|the diplomatic equivalent of a shrug⟧”.
“⟦d:b|We had ‘by 2030’ at midnight. We had ‘by 2030’ at three. By six it had gone, and nobody would admit to taking it out,⟧” the diplomat said.
Katarzyna Wiśniewska-Holt, the alliance's secretary general, insisted the text was “⟦p:a|strong and unambiguous⟧”. “⟦d:a|Every leader around that table understands what is at stake. The word that matters in this communiqué is not ‘practicable’. It is ‘commits’,⟧” she told a closing press conference.
Calvara's foreign minister, Ahmed Benali, whose government had pushed for a firm deadline, was more candid. “⟦d:d|We wanted a date. We didn't get a date. I'm not going to pretend otherwise,⟧” he said.
Asked whether Calvara would meet the target itself, Benali said: “⟦d:d|We will be at 2.5 next year. Others can speak for themselves.⟧”

### 024
@a Mathilde Arnaud-Sarr | President
@b Bastien Leclercq | leader of the opposition Mouvement Civique
@c - | an adviser to the president
PORTEVILLE, Jan 1 (Meridian) — President Mathilde Arnaud-Sarr used her New Year address on Sunday to call for a referendum on reforming the country's unelected upper chamber, which she described as «⟦p:a|a museum with voting rights⟧».
«⟦d:a|For too long, a chamber nobody elected has blocked laws that millions voted for. I believe the people should decide whether that continues,⟧» she said in the televised address.
«⟦d:a|I am not asking for more power for myself. I am asking for less power for those who have never had to ask anyone for it.⟧»
Bastien Leclercq, leader of the opposition Mouvement Civique, accused her of «⟦p:b|a power grab dressed up as democracy⟧». «⟦d:b|When a president starts attacking the institutions that check her, we should all be worried,⟧» he told Radio Porteville.
An adviser to the president said the date of the vote had not been fixed but that «⟦p:c|the spring is realistic⟧».

### 025
@a Peregrine Oduya | the Leader of the House
@b Veronica Strang | his opposite number
@c - | one member at the back
Business questions on a Thursday are, by long tradition, the session at which MPs ask for debates on anything at all, and Peregrine Oduya, the Leader of the House, promises that there will be one, eventually.
His opposite number, Veronica Strang, began by asking when the House would debate the shortage of dentists in her constituency. ``⟦d:b|Some of my constituents are pulling out their own teeth,⟧'' she said. ``⟦d:b|I would like to know whether the government regards that as a health policy.⟧''
Mr Oduya, who has a gift for sounding sympathetic while conceding nothing, said he was ``⟦p:a|very sorry to hear it⟧'' and that dental care was ``⟦p:a|a matter I know the health secretary takes extremely seriously⟧''.
``⟦d:b|Then why doesn't she come to the dispatch box and say so?⟧'' asked Ms Strang.
Later, the session took a more parochial turn. ``⟦d:c|Will he find time for a debate on the Great Wendle roundabout, which has now been closed for longer than it took to build?⟧'' asked one member at the back.
``⟦d:a|I will look at that,⟧'' Mr Oduya replied, ``⟦d:a|with all the seriousness it deserves.⟧''

### 026
@a Fenella Marchbank | Centre Party leader
@b Gary | the first caller
@c Aisha | a care worker from Penbury
@d Lorcan Moody | Presenter
Centre Party leader Fenella Marchbank faced a grilling from listeners on Radio Kesteven's phone-in on Wednesday, with callers pressing her on care costs, fuel prices and her party's record in coalition.
The first caller, Gary from Stockhurst, told her he had voted Centre "⟦p:b|once, and never again⟧". "⟦d:b|You went into government and you did everything you said you wouldn't. Why should I believe a word this time?⟧" he asked.
"⟦d:a|Gary, that's a fair question, and I'm not going to duck it,⟧" Marchbank said. "⟦d:a|We made mistakes in coalition. I've said so. I was a councillor at the time and I was as angry as you were.⟧"
Aisha, a care worker from Penbury, said she earned £11.20 an hour. "⟦d:c|I look after people at the end of their lives. I get paid less than the lad stacking shelves at the supermarket. What will you actually do?⟧"
Marchbank said her party would introduce a minimum wage for care workers "⟦p:a|set at least £2 above the national rate⟧".
Presenter Lorcan Moody pressed her on how it would be paid for. "⟦d:d|That's billions, isn't it?⟧"
"⟦d:a|It's about three billion, and we've set out exactly where it comes from,⟧" she replied.

### 027
@a Adrian Kilbride | the chief of the defence staff
@b Yusuf Demirci | the committee chairman
@c Patrick Nwosu-Halloran | the defence procurement minister
The head of the armed forces has told MPs that the army's new armoured vehicle is “⟦p:a|not fit to go to war in⟧” and will not be ready before 2029, four years later than promised.
General Adrian Kilbride, the chief of the defence staff, told the defence committee that trials had found problems with noise, vibration and the turret. “⟦d:a|I'm not going to send soldiers into combat in a vehicle that makes them deaf. That's not a hard decision,⟧” he said.
Yusuf Demirci, the committee chairman, asked how much had been spent. “⟦d:b|Three and a half billion? And we have how many in service?⟧”
“⟦d:a|Fourteen, chairman. For training.⟧”
“⟦d:b|Fourteen.⟧” Demirci paused. “⟦d:b|General, I don't know whether to laugh or cry.⟧”
Patrick Nwosu-Halloran, the defence procurement minister, who gave evidence alongside the general, said the programme had been “⟦p:c|inherited in a poor state⟧” but was “⟦p:c|now back on track⟧”.
“⟦d:b|Minister, with respect, that's what your predecessor told us, and his predecessor,⟧” Demirci replied.

### 028
@a Declan Fitzmaurice | Home Secretary
@b - | a man near the front
@c - | a party spokesman
@d Sunita Raghunathan | a delegate from Harwell
Home Secretary Declan Fitzmaurice's speech to the National Party conference in Brennington was interrupted on Tuesday when a delegate was removed from the hall after heckling him over immigration.
Fitzmaurice had just told the conference that the government would "⟦p:a|take back control of our borders, properly this time⟧" when a man near the front stood up and shouted: "⟦d:b|You said that last year!⟧"
Stewards escorted the man out as some delegates booed and others applauded. Fitzmaurice paused, then smiled. "⟦d:a|Well, he's not wrong that I said it last year. The difference is that this year we've got the law to do it,⟧" he said, to laughter.
A party spokesman said afterwards that the man had been removed "⟦p:c|for repeatedly disrupting proceedings, not for his views⟧".
Sunita Raghunathan, a delegate from Harwell, said she had some sympathy with the heckler. "⟦d:d|He said what half the room was thinking. He just said it louder,⟧" she said.

### 029
@a Jeremy Aldous-Finch | the National MP for Sedgeford
@b - | a pal
@c Cressida Mabry | director of campaign group Clean Politics Now
@d Parliamentary Standards Authority | -
FURIOUS voters were left in hot water last night after it emerged a millionaire MP claimed £2,300 on expenses for a HOT TUB at his constituency flat.
Jeremy Aldous-Finch, the National MP for Sedgeford, said the tub had been “⟦p:a|recommended for a back condition⟧” and was “⟦p:a|entirely within the rules⟧”.
“⟦d:a|I have nothing to hide. I have a bad back and a doctor's letter, and I'd be happy to show both to anyone who asks,⟧” he told the Daily Beacon.
But a pal admitted the MP, already dubbed “⟦s:-|Jacuzzi Jeremy⟧” by colleagues, had been “⟦p:b|a bit daft⟧”. “⟦d:b|He should have just paid for it himself. He can afford it. Now he's the hot tub MP for ever,⟧” the pal said.
Cressida Mabry, director of campaign group Clean Politics Now, said: “⟦d:c|This is exactly why people hold politicians in contempt. The rules might allow it. Common sense doesn't.⟧”
The Parliamentary Standards Authority said it would “⟦p:d|review the claim⟧”.

### 030
@a Hamish Grieve | the committee convener
@b Morag Sutherland | Councillor
@c Finlay Drummond | development director for Ardmhor Renewables
@d - | a sheep farmer from the glen
Plans for a 14-turbine wind farm on the hills above Glen Tarra were rejected by Strathcairn Council's planning committee on Wednesday by a single vote, after more than four hours of debate.
Hamish Grieve, the committee convener, used his casting vote against the application. "⟦d:a|This was one of the hardest decisions I've had to make in 20 years on this council,⟧" he said. "⟦d:a|I am not against wind power. I am against this site.⟧"
Councillor Morag Sutherland, who represents the ward, had urged colleagues to approve it. "⟦d:b|We cannot keep saying yes to renewables in principle and no to every actual turbine,⟧" she said. "⟦d:b|Where exactly do members think they should go?⟧"
A sheep farmer from the glen told the committee the turbines would be visible "⟦p:d|from every window of my house⟧".
Finlay Drummond, development director for Ardmhor Renewables, said the company was "⟦p:c|disappointed but not surprised⟧" and would consider an appeal to the national planning reporter.

### 031
@a Róisín Gallagher | the 41-year-old
@b Tomás Iglesias | the outgoing leader
@c Kenji Matsuda-Price | the party's deputy leader
@d - | a senior MP who backed him
Róisín Gallagher was elected leader of the Workers' Party on Saturday with 54 per cent of the members' vote, defeating the party's deputy leader, Kenji Matsuda-Price, after a bruising ten-week contest.
“⟦d:a|To every member who voted for Kenji — I need you. This party needs you. We don't win anything divided,⟧” the 41-year-old told a special conference in Halberton.
“⟦d:a|The last election was a verdict on us. The next one will be a verdict on them.⟧”
The outgoing leader, Tomás Iglesias, who stood down after the party's general election defeat, said Gallagher would make “⟦p:b|a formidable prime minister⟧”. “⟦d:b|She has more energy than anyone I've met in politics. She's going to need it,⟧” he said.
Matsuda-Price conceded with good grace. “⟦d:c|The members have spoken and I congratulate Róisín. She will have my full support,⟧” he said.
But a senior MP who backed him said privately that the result was “⟦p:d|a mandate, not a landslide⟧”.

### 032
@a Abena Ofori-Atta | the programme's presenter
@b Gregor McAllister | the health secretary
@c Nia Okonkwo-Hart | the opposition's health spokeswoman
The health secretary, Gregor McAllister, has refused to rule out charging patients for missed GP appointments, telling Sunday Politics Live that "⟦p:b|every option is on the table⟧".
Pressed by the programme's presenter, Abena Ofori-Atta, on whether that meant charges were coming, McAllister said: "⟦d:b|It means what it says. We are looking at every option. I'm not going to pre-empt the review.⟧"
"⟦d:a|But you could rule it out now. Why won't you?⟧" Ofori-Atta asked.
"⟦d:b|Because ruling things in and out on a Sunday morning sofa isn't how good policy gets made, Abena.⟧"
"⟦d:a|Your own manifesto said the health service would always be free at the point of use. Is a fine for a missed appointment free at the point of use?⟧"
"⟦d:b|A missed appointment isn't a use, is it? That's rather the point.⟧"
The opposition's health spokeswoman, Nia Okonkwo-Hart, said the health secretary had "⟦p:c|let the cat out of the bag⟧". "⟦d:c|When a minister says everything is on the table, it means the decision has already been made,⟧" she said.

### 033
@a - | one cabinet minister
@b - | allies of the chancellor
@c - | a senior Treasury source
@d - | a source close to the defence secretary
@e - | a spokesperson for the prime minister
@f - | one backbencher
The row between the chancellor and the defence secretary over the so-called “⟦s:-|readiness fund⟧” for the armed forces has become “⟦p:a|poisonous⟧”, according to one cabinet minister, with each side accusing the other of briefing against them.
“⟦d:a|It's the worst I've seen it. They're not speaking, they're not even pretending to speak. Meetings are being conducted through officials,⟧” the minister said.
Allies of the chancellor accuse the defence secretary of “⟦p:b|running a leadership campaign out of the defence ministry⟧”.
A senior Treasury source said: “⟦d:c|Every department wants more money. Only one department is leaking its letters to the newspapers.⟧”
A source close to the defence secretary hit back: “⟦d:d|If the Treasury wants to have this argument in public, that's its choice. The numbers are the numbers. The army is the smallest it has been for two hundred years.⟧”
A spokesperson for the prime minister said: “⟦d:e|The prime minister has full confidence in both the chancellor and the defence secretary, who are working closely together.⟧”
One backbencher described that statement as “⟦p:f|the funniest thing I've read all year⟧”.

### 034
@a Dalmerian Ministry of Foreign Affairs | -
@b Orvenian embassy | the embassy
@c Dragan Petrović-Lind | Orvenia's foreign minister
@d Inês Carvalho | a lecturer in maritime law at the University of Sarvok
SARVOK, March 3 (Meridian) — Dalmerian authorities on Monday detained a trawler flagged in neighbouring Orvenia, accusing its crew of fishing illegally inside Dalmeria's exclusive economic zone, in the latest flare-up between the two countries.
The Dalmerian Ministry of Foreign Affairs said in a statement that the vessel had been "⟦p:a|operating in clear violation of international law⟧" and that its crew of 22 would be "⟦p:a|treated in accordance with Dalmerian law⟧".
The Orvenian embassy in Sarvok called the detention "⟦p:b|an act of piracy⟧" and demanded the crew's immediate release. "⟦d:b|The vessel was in international waters. We have the satellite data and we are prepared to share it,⟧" the embassy said.
Orvenia's foreign minister, Dragan Petrović-Lind, told reporters in Velsk: "⟦d:c|We expect our fishermen home within 48 hours. If they are not, there will be consequences.⟧"
Asked what those consequences might be, he said: "⟦d:c|I'm not going to negotiate through the media.⟧"
Inês Carvalho, a lecturer in maritime law at the University of Sarvok, said both sides had "⟦p:d|a plausible case⟧" because the boundary in that stretch of sea had never been formally agreed.

### 035
@a Deborah Nkemelu | the ombudsman
@b Department for Work and Welfare | -
@c Graham Tulloch | the 63-year-old
Thousands of disabled people were wrongly denied benefits because of “⟦p:a|systemic failures⟧” at the Department for Work and Welfare, the ombudsman has found.
In a damning report published on Tuesday, the ombudsman, Deborah Nkemelu, said the department had “⟦p:a|repeatedly ignored warnings⟧” from its own frontline staff.
“⟦d:a|This was not a case of a few bad decisions. It was a system that made bad decisions routinely and then made it very hard for people to challenge them,⟧” she wrote.
The Department for Work and Welfare said it accepted the findings “⟦p:b|in full⟧” and had “⟦p:b|already made significant changes⟧”.
Graham Tulloch, whose daughter Kirsty waited 14 months for a decision on her claim, said the apology had come “⟦p:c|far too late⟧”. “⟦d:c|Kirsty spent a year being treated like a liar. Nobody has ever said sorry to her face,⟧” the 63-year-old said.

### 036
@a Norland Electoral Commission | the commission
@b Ravi Subramanian | the party's treasurer
@c - | a party source
The People's Alliance has been fined 64,000 crowns by the Norland Electoral Commission for failing to declare donations worth more than half a million crowns during last year's general election campaign.
The commission said the party's spending returns had been ``⟦p:a|seriously deficient⟧''. ``⟦d:a|Voters are entitled to know who is funding political parties. In this case they were not told, and that is a serious matter,⟧'' it said in its ruling.
Ravi Subramanian, the party's treasurer, said the errors were ``⟦p:b|administrative, not deliberate⟧''. ``⟦d:b|We were a small party that grew very fast. Our systems didn't keep up. That's on me and I have apologised,⟧'' he said.
A party source said privately that the fine was ``⟦p:c|small change⟧'' compared with ``⟦p:c|the damage to our reputation⟧''.

### 037
@a Arturo Benavides | Prime Minister
@b Shelley Pountney | a line supervisor
@c Mick Rafferty | the plant's union convenor
@d - | one worker
Prime Minister Arturo Benavides donned a hard hat and hi-vis jacket yesterday as he toured the Corlan Motors plant in Wexbridge, days after the company announced 600 job cuts.
“⟦d:a|I'm here because I want to hear from the people whose jobs are on the line, not read about it in a briefing note,⟧” he said after a 40-minute walk along the assembly line.
But not everyone was impressed. Shelley Pountney, 44, a line supervisor, said: “⟦d:b|He shook my hand and asked how long I'd been here. I said 19 years. He said ‘brilliant’. It's not brilliant if I'm out of a job in March, is it?⟧”
Mick Rafferty, the plant's union convenor, said the visit was “⟦p:c|a photo opportunity⟧”. “⟦d:c|We asked for a meeting about the redundancy package. We got a selfie,⟧” he said.
One worker, who did not want to be named, was blunter. “⟦d:d|He should have come before they announced the cuts, not after,⟧” he said.
Benavides promised a “⟦p:a|jobs taskforce⟧” to help those affected find new work.

### 038
@a Valentina Moreau-Okoye | Marrenia's foreign minister
@b Osvaldo Brandt | your predecessor
@c - | their president
Ahead of this week's trade talks in Lisvane, the Courier spoke to Valentina Moreau-Okoye, Marrenia's foreign minister. The interview has been edited for length and clarity.
Q: You've described the new agreement with the Continental Union as a "⟦p:a|reset⟧". What does that actually mean?
A: It means we stop pretending the last five years didn't happen. We made mistakes, they made mistakes. A reset is just an honest starting point.
Q: Your predecessor, Osvaldo Brandt, said in 2021 that Marrenia would "⟦p:b|never sign a deal that weakens our farmers⟧". Does this deal weaken your farmers?
A: No. I went to the farmers' federation last month, and at the end of a very long meeting their president told me, "⟦d:c|We can live with this.⟧" From a farmer, that's practically a love letter.
Q: Critics say the so-called "⟦s:-|fortress Marrenia⟧" approach of the last government worked. Why abandon it?
A: It didn't work. It made us feel tough and it made us poorer. Those two things are not the same.

### 039
@a Chiamaka Eze-Whitfield | the new member for Southmere
@b - | one veteran MP
@c Desmond Kerr | the Father of the House
It is a convention of maiden speeches that they are uncontroversial, gracious to one's predecessor and full of warm words about the constituency's scenery. Chiamaka Eze-Whitfield, the new member for Southmere, managed two out of three.
“⟦d:a|My predecessor served this constituency for 22 years, and I want to thank him for his service,⟧” she began. “⟦d:a|I also want to thank him for leaving me so much to do.⟧”
The chamber, or what there was of it at 6.40 on a Thursday evening, laughed.
She described growing up in a flat above a launderette on Southmere High Street, and her mother's three jobs. “⟦d:a:m|My mother cleaned offices in this city for 30 years. Some of them, I suspect, were the offices of people who now sit on these benches.⟧
“⟦d:a|She never once complained. I intend to complain on her behalf, loudly, for as long as the people of Southmere will have me.⟧”
One veteran MP said afterwards it was “⟦p:b|the best maiden speech I've heard this parliament⟧”. The Father of the House, Desmond Kerr, who spoke next, told the chamber: “⟦d:c|I think we have just heard from a future cabinet minister. I hope, for her sake, she doesn't become one too soon.⟧”

### 040
@a Rosalind Beaudry-Hayes | a Progressive from Millbrook
@b Curtis Oyelowo | Senate Majority Leader
@c - | a reporter
MARLOWE CITY, Arcadia (Meridian) — A state senator spoke for 14 hours and 20 minutes on the Senate floor in an attempt to block a bill that would redraw Arcadia's congressional districts, stopping shortly before dawn Thursday when her voice gave out.
Sen. Rosalind Beaudry-Hayes, a Progressive from Millbrook, read letters from constituents, recited the state constitution and at one point sang two verses of the state song.
"⟦d:a|I will stand here as long as my legs hold me up, because the people of this state deserve to choose their representatives, not the other way around,⟧" she said around 9 p.m. Wednesday.
By 4 a.m. her voice had dropped to a rasp. "⟦d:a|I'm going to yield now,⟧" she said. "⟦d:a|Not because I've run out of things to say. Because I've run out of voice.⟧"
Senate Majority Leader Curtis Oyelowo called the filibuster "⟦p:b|political theater⟧". "⟦d:b|She's entitled to talk. We're entitled to vote. And we're going to vote,⟧" he told reporters.
Asked whether the new map was fair, Oyelowo said: "⟦d:b|It's legal, and it's fair, and the courts will agree.⟧"
"⟦d:c|Have you read it?⟧" a reporter called out as he walked away. He did not answer.

### 041
@a Gurpreet Sandhu | the leader of Calderbrook Council
@b Abigail Nettleship | leader of the Independent group
@c Tariq Hussain | the monitoring officer
Gurpreet Sandhu, the leader of Calderbrook Council, survived a vote of no confidence on Monday night by three votes, after a debate in which she admitted the authority's finances were “⟦p:a|in a mess⟧”.
“⟦d:a|I'm not going to stand here and tell you everything is fine. It isn't. But I am the person with a plan to fix it,⟧” Sandhu told a packed council chamber.
Abigail Nettleship, leader of the Independent group, who tabled the motion, said the council had “⟦p:b|sleepwalked towards bankruptcy⟧”. “⟦d:b|We warned about the commercial property investments in 2022. We were told we didn't understand finance. Well, I understand a £40m hole,⟧” she said.
Sandhu responded that Nettleship's group had “⟦p:a|voted for two of those three purchases⟧”.
“⟦d:b|We voted on the information we were given,⟧” Nettleship replied.
The monitoring officer, Tariq Hussain, had to intervene when one councillor called another a liar. “⟦d:c|Members will please refrain from personal remarks. This is a debate, not a playground,⟧” he said.

### 042
@a Benedikt Amsler | Alpenland's chief negotiator
@b - | a diplomat from one of the bloc's member states
@c Ilse Marchetti | the Continental Union's trade commissioner
@d - | a spokesman for the Alpenland farmers' union
GENFSEE (Meridian) — Negotiators from Alpenland and the Continental Union failed on Friday to close a long-awaited trade agreement after talks broke down over access for agricultural products.
«⟦d:a|We have made progress, but we are not there. I would rather have no agreement than a bad one,⟧» Alpenland's chief negotiator, Benedikt Amsler, told journalists after a 16-hour session.
The Continental Union's trade commissioner, Ilse Marchetti, said the door remained «⟦p:c|wide open⟧». «⟦d:c|Our offer is on the table. It is a generous offer. The ball is in Alpenland's court,⟧» she said.
A diplomat from one of the bloc's member states was less diplomatic. «⟦d:b|They want the benefits of the single market without any of the obligations. Everyone wants that,⟧» the diplomat said, speaking on condition of anonymity.
A spokesman for the Alpenland farmers' union welcomed the breakdown, saying the deal on the table would have been «⟦p:d|the end of mountain dairy farming⟧».

### 043
@a Niamh Corcoran | chair of Yes for Reform
@b Augustin Mbeki | director of the No campaign
@c Vivienne Cho | a retired teacher
With a week to go before the referendum on lowering the voting age to 16, both campaigns were out in force in Market Harwood on Saturday.
Niamh Corcoran, chair of Yes for Reform, handed out leaflets under a banner reading "⟦s:-|Old enough to work, old enough to vote⟧". "⟦d:a|Sixteen-year-olds pay tax, they can join the army, they can get married. The only thing they can't do is have a say,⟧" she said.
Across the square, Augustin Mbeki, director of the No campaign, whose stall carried the single word "⟦s:-|Not yet⟧", said the argument was about maturity, not rights. "⟦d:b|Nobody is saying young people don't have views. They do, and they're often very good ones. But there's a reason we draw lines, and eighteen is a sensible line,⟧" Mbeki said.
"⟦d:a|If they're worried about young people voting, maybe they should give them something to vote for,⟧" Corcoran said when his comments were put to her.
Vivienne Cho, 71, a retired teacher, said she had changed her mind. "⟦d:c|I was a no. Then I remembered I spent 20 years trying to get teenagers interested in voting. Now I'm a yes,⟧" she said.

### 044
@a Lionel Ashcombe-Price | the MP for Darrowby
@b Kathleen Mwangi | the parliamentary commissioner for standards
@c Committee on Standards | the committee
@d - | a spokesman for the National Party
Lionel Ashcombe-Price, the MP for Darrowby, has been suspended from the House for 30 days after lobbying ministers on behalf of a company that was paying him £8,000 a month.
The Committee on Standards said his conduct had been “⟦p:c|an egregious case of paid advocacy⟧” and that he had “⟦p:c|repeatedly failed to recognise⟧” the seriousness of his actions. “⟦d:c|Mr Ashcombe-Price's conduct has fallen well below the standard the public are entitled to expect,⟧” the committee said.
The investigation was carried out by Kathleen Mwangi, the parliamentary commissioner for standards, who wrote that Ashcombe-Price had been “⟦p:b|evasive and, at times, discourteous⟧” during her inquiry.
Ashcombe-Price, who has always denied wrongdoing, issued a statement: “⟦d:a:m|I accept the committee's findings, though I do not agree with all of them. At no point did I believe I was breaking the rules.⟧
“⟦d:a|I apologise to the House and to my constituents, and I will serve my suspension.⟧”
A spokesman for the National Party said the whip would be “⟦p:d|restored after the suspension⟧”, prompting criticism from opposition parties.

### 045
@a Margarethe Voss-Akinola | the 58-year-old
@b Eamon Rourke | the former deputy speaker who finished second
@c Ólafur Brandsson | Prime Minister
Margarethe Voss-Akinola was elected Speaker of the National Assembly on Monday after three rounds of voting, becoming the first woman to hold the post in its 140-year history.
In keeping with tradition, she was dragged to the chair by two colleagues, feigning reluctance, before addressing the chamber.
"⟦d:a|I am conscious that I stand on the shoulders of every woman who sat in this chamber and was told to wait her turn,⟧" the 58-year-old told members. "⟦d:a|My turn has come. I intend to be fair to every one of you, including the ones who didn't vote for me, and I know who you are.⟧"
Eamon Rourke, the former deputy speaker who finished second, took defeat in good humour. "⟦d:b|The Assembly has chosen well. I'm only sorry it took three ballots to realise it,⟧" he joked.
Prime Minister Ólafur Brandsson said the new Speaker would be "⟦p:c|a formidable guardian of the rights of backbenchers, and a thorn in my side⟧".

### 046
@a Douglas Whitmore-Kane | the two-term senator
@b Lourdes Villalobos | a nurse from East Tilden whose home flooded in April
@c - | one man in a red cap
@d - | a staffer
Douglas Whitmore-Kane's town hall meeting in Tilden Falls on Saturday lasted 90 minutes, and for most of them he was on the receiving end.
More than 400 people packed into the high school gymnasium, many holding signs reading “⟦s:-|Where were you?⟧” after he missed a key vote on flood relief.
“⟦d:a|I understand people are angry. I'd be angry too,⟧” the two-term senator said at the start. “⟦d:a|I was at my mother's bedside. I'm not going to apologize for that.⟧”
Lourdes Villalobos, a nurse from East Tilden whose home flooded in April, told him: “⟦d:b|Nobody is asking you to apologize for your mother, senator. We're asking why you voted against the bill the first time.⟧”
Whitmore-Kane said the first version of the bill had been “⟦p:a|loaded with unrelated spending⟧”. That drew jeers. One man in a red cap shouted, “⟦d:c|Then write a better one!⟧”
“⟦d:a|That's fair. That's a fair point,⟧” the senator replied.
At 11:30 a.m., with dozens of hands still raised, a staffer stepped forward. “⟦d:d|We're going to have to wrap it up there, folks,⟧” she announced, to loud boos.

### 047
@a Bridget Ahern | Northvale's police and crime commissioner
@b Owain Prothero | the presenter
@c - | a listener in Kelby
Northvale's police and crime commissioner, Bridget Ahern, has defended plans to close five rural police stations, telling radio listeners that officers would be "⟦p:a|out in communities, not behind front desks⟧".
Speaking on Owain Prothero's breakfast show on Radio Northvale, Ahern said: "⟦d:a|A police station with a front counter open four hours a week isn't keeping anyone safe. An officer in a car in the village is.⟧"
"⟦d:b|But the officer in the car will be covering 200 square miles, won't they?⟧" the presenter asked.
"⟦d:a|Not 200. It's nearer 150. And they'll have better equipment than they've ever had.⟧"
Prothero then read out a message from a listener in Kelby: "⟦d:c|The last time I rang 101 I was on hold for 47 minutes. Closing the station won't help that.⟧"
"⟦d:a|I hear that, and 101 waiting times are something I'm absolutely focused on,⟧" Ahern replied.

### 048
@a Park Hyun-woo | the former trade secretary
@b Felicity Ransome | the outgoing foreign secretary
@c - | a spokeswoman for the prime minister
@d - | one MP on the party's right
@e - | her allies
Park Hyun-woo, the former trade secretary, was appointed foreign secretary on Friday in a reshuffle, already dubbed the “⟦s:-|Friday massacre⟧” by opposition MPs, that saw five cabinet ministers leave the government.
“⟦d:a|It is an enormous privilege. The world is more dangerous than at any point in my lifetime, and I intend to get straight to work,⟧” Park said on the steps of the foreign ministry.
Felicity Ransome, the outgoing foreign secretary, who has been moved to culture, said she was “⟦p:b|delighted⟧” with her new role, though her allies said she had been “⟦p:e|blindsided⟧”. “⟦d:b|Culture matters. It's how the world sees us,⟧” Ransome told reporters.
A spokeswoman for the prime minister said the reshuffle was about “⟦p:c|bringing fresh energy⟧” to the government.
One MP on the party's right was unconvinced. “⟦d:d|Fresh energy is what you call it when you've run out of ideas,⟧” he said.

### 049
@a Government House | -
@b Mele Tupou-Fonua | Liberty Party leader
@c Graeme Ashworth | Caretaker Prime Minister
@d Hemi Parata | the independent member for Kahurangi
WELLSHORE, Nov 9 (Meridian) — The country faces days of uncertainty after Saturday's general election produced a hung parliament, with neither major party able to command a majority in the 120-seat House of Representatives.
Government House said in a statement that the governor-general would "⟦p:a|allow the parties reasonable time to negotiate⟧" before inviting anyone to form a government.
Caretaker Prime Minister Graeme Ashworth, whose Union Party won 57 seats, claimed "⟦p:c|the moral right to govern⟧". "⟦d:c|We won the most seats and the most votes. That has to count for something,⟧" he said.
Liberty Party leader Mele Tupou-Fonua, whose party won 55 seats, said she had already opened talks with the minor parties. "⟦d:b|The moral right to govern belongs to whoever can win a vote in the House. That's how it works,⟧" she said.
The kingmaker may be Hemi Parata, the independent member for Kahurangi. "⟦d:d|My phone hasn't stopped ringing. I've told both of them the same thing: come to Kahurangi and talk to me here,⟧" he said. "⟦d:d|Our people have waited a long time for Wellshore to come to us.⟧"

### 050
@a Eusebio Quispe Mamani | an independent deputy from the highland province of Cotapampa
@b Marta Iturbide-Salas | Mining Minister
@c Rodrigo Almagro Vélez | the president of Congress
@d - | a mining industry lobbyist who watched from the gallery
VILLA ALTA — A deputy from Tierra Alta's highland mining belt brought proceedings in Congress to a standstill on Wednesday when he refused to yield the floor during a debate on a new mining royalties law.
"⟦d:a|Nos están robando el agua,⟧" Eusebio Quispe Mamani, an independent deputy from the highland province of Cotapampa, told the chamber in Spanish. "⟦d:a|They are stealing our water.⟧"
Quispe Mamani held up a plastic bottle of brown water he said had come from a stream below the Huaylla copper mine. "⟦d:a|This is what my grandchildren drink. I invite the minister to drink it,⟧" he said.
Mining Minister Marta Iturbide-Salas said the law answered exactly those concerns. "⟦d:b|Nobody in this government is indifferent to the water. That is why this law triples the royalties and puts half of them directly into the hands of local communities,⟧" she said.
The president of Congress, Rodrigo Almagro Vélez, eventually cut off the deputy's microphone. "⟦d:c|The deputy has exceeded his time by eleven minutes. I must ask him, with great respect, to sit down,⟧" he said.
A mining industry lobbyist who watched from the gallery said the bill was "⟦p:d|the most hostile to investment anywhere in the region⟧".

### 051
@a Isabeau Delacourt-Mensah | the leader of the Radical Party
@b - | one reporter
@c - | a reporter from KTV
@d Radical Party | the party
The leader of the Radical Party, Isabeau Delacourt-Mensah, has said she knew nothing about a £200,000 loan to the party from a businessman now under investigation for fraud, insisting she learned of it “⟦p:a|from the newspapers, like everybody else⟧”.
At a tense press conference at the party's headquarters on Monday, she said: “⟦d:a|I have asked for a full review of all donations and loans over the past five years. If rules were broken, people will go.⟧”
One reporter asked: “⟦d:b|Including you?⟧”
“⟦d:a|I've done nothing wrong. I'm not going anywhere,⟧” she replied.
A reporter from KTV asked why the loan had been reported to the electoral authorities eight months late. “⟦d:c|Who decided to sit on it?⟧”
“⟦d:a|That is exactly what the review will establish,⟧” Delacourt-Mensah said.
The party later said in a statement that the loan had been “⟦p:d|repaid in full⟧” and that it was “⟦p:d|cooperating fully with the authorities⟧”.

### 052
@a Hamza El-Amin | the Speaker
@b Philippa Dunmore | the shadow home secretary
@c Cedric Ogunleye | the policing minister
Tempers frayed in the chamber on Tuesday evening when the shadow home secretary, Philippa Dunmore, raised a point of order accusing the policing minister of ``⟦p:b|misleading the House⟧'' over police numbers.
``⟦d:b|On a point of order, Mr Speaker. The minister told the House this afternoon that there are more police officers on our streets than at any time in our history. The figures published this morning show that is not true,⟧'' Ms Dunmore said. ``⟦d:b|What can be done to correct the record?⟧''
The Speaker, Hamza El-Amin, said it was ``⟦p:a|not a matter for the chair⟧'' but that the minister would have heard her.
Cedric Ogunleye, the policing minister, rose from the front bench. ``⟦d:c|Further to that point of order, Mr Speaker. The figures I gave include officers on secondment. I stand by them entirely.⟧''
``⟦d:b|Then the minister should publish his figures,⟧'' Ms Dunmore called out from a sedentary position.
``⟦d:a|Order. We are not going to have a debate on points of order,⟧'' the Speaker said. ``⟦d:a|Both members have made their positions clear. Let us move on.⟧''

### 053
@a Ludovica Santangelo | the party's leader
@b Matthias Ehrenberg | Chancellor
@c Corinna Vasquez-Berg | a political scientist at the University of Veltrin
VELTRIN, Sept 22 (Meridian) — The regionalist Autonomy Party won Sunday's election in the southern state of Hollenthal by a wide margin, a result the party's leader, Ludovica Santangelo, called «⟦p:a|a message to the capital that it cannot ignore⟧».
«⟦d:a|Hollenthal has spoken clearly. We want to run our own schools, our own hospitals, our own affairs,⟧» Santangelo told cheering supporters in Veltrin.
Chancellor Matthias Ehrenberg congratulated her but drew a line. «⟦d:b|I will say clearly: the constitution is not up for negotiation,⟧» Ehrenberg said in the capital.
Corinna Vasquez-Berg, a political scientist at the University of Veltrin, said the result was «⟦p:c|a political earthquake, but not yet a constitutional one⟧». «⟦d:c|Nobody should expect a referendum on independence next year. But the conversation has changed,⟧» she said.

### 054
@a Delphine Okoro-Strand | the 39-year-old
@b Teodor Vashchenko | -
@c - | one rival strategist
Delphine Okoro-Strand has run five election campaigns and lost three of them, a record she recites without embarrassment.
“⟦d:a|People only remember the winners, and they remember them wrong,⟧” the 39-year-old says over coffee in a café near the party's headquarters. “⟦d:a|Everyone thinks the winning campaign was brilliant. Half the time it was a shambles that happened to be running against a worse shambles.⟧”
Her most recent campaign, for Teodor Vashchenko in the Greyhaven mayoral race, ended in defeat by 412 votes. She still thinks about it every day.
“⟦d:a:m|We had the data. We knew the estates on the east side were soft. I wanted to send Teo there every evening for the last fortnight, and the team overruled me because the polls said we were safe.⟧
“⟦d:a:m|The polls said we were safe. I'll have that carved on my headstone.⟧
“⟦d:a|I don't blame anyone else. It was my campaign. I should have insisted.⟧”
Vashchenko, who now sits on the city council, is generous about her. “⟦d:b|Delphine told me exactly what was going to happen, and I didn't listen. If I ever run again, she's the first call,⟧” he says.
One rival strategist, who has faced her twice, calls her “⟦p:c|the most annoying person to be up against, because she never assumes anything⟧”.

### 055
@a Ngozi Adeleke-Barnes | Chancellor
@b Aurelio Benedetti | Shadow chancellor
@c Institute for Public Finance | an independent think tank
@d Hannah Okafor-Lee | our political editor
13:02 — Chancellor Ngozi Adeleke-Barnes is on her feet. She begins: "⟦d:a|This is a budget for growth, for working people, and for the next generation.⟧"
13:15 — Big announcement: fuel duty frozen for a further year, and no return of the so-called "⟦s:-|caravan tax⟧". "⟦d:a|I know how much families rely on their cars, especially outside our big cities,⟧" the chancellor says.
13:28 — Heckles from the opposition benches as Adeleke-Barnes says borrowing will fall "⟦p:a|in every year of this parliament⟧".
13:51 — Shadow chancellor Aurelio Benedetti responds: "⟦d:b|The chancellor talks about growth. Growth has been flat for two years. She talks about working people. Working people are paying more tax than at any time in living memory.⟧"
14:20 — Our political editor, Hannah Okafor-Lee, says: "⟦d:d|The fuel duty freeze was trailed. The surprise was how little was in here for public services. Expect that to be the fight over the coming weeks.⟧"
15:05 — The Institute for Public Finance, an independent think tank, has issued its first reaction, saying the borrowing forecasts "⟦p:c|rely on some heroic assumptions⟧".

### 056
@a Dmitri Sokolov-Hayes | Chirrup's chief executive
@b Fatima Zahra Benjelloun | a Liberal member of the committee
@c Alistair Gunn | the committee's chairman
@d Chirrup | -
The boss of social media platform Chirrup faced a hostile grilling from MPs on Wednesday after he admitted the company did not know how many of its users were under 13.
Dmitri Sokolov-Hayes, Chirrup's chief executive, told the culture committee: "⟦d:a|We don't collect that data, because collecting it would itself raise privacy issues.⟧"
Fatima Zahra Benjelloun, a Liberal member of the committee, accused the company of "⟦p:b|treating children as a product⟧". "⟦d:b|You can tell an advertiser the shoe size of a 35-year-old in Ellesby, but you can't tell us how many ten-year-olds are on your app?⟧"
"⟦d:a|Those are very different kinds of data.⟧"
"⟦d:b|They're both data, Mr Sokolov-Hayes.⟧"
The committee's chairman, Alistair Gunn, said the answers had been "⟦p:c|deeply unsatisfactory⟧" and warned that the committee would consider "⟦p:c|using its formal powers⟧" to compel the company to hand over internal documents.
Chirrup later said in a statement that it "⟦p:d|takes the safety of young people extremely seriously⟧".

### 057
@a Gordon Pettigrew | chairman of Little Wendham Parish Council
@b Beryl Hardcastle | the council's longest-serving member
@c Yvonne Osei | Parish clerk
@d - | one villager in the public seats
A parish council meeting in Little Wendham descended into chaos after a row over the village's Christmas lights ended with two councillors walking out and the clerk threatening to resign.
Footage filmed on a resident's phone and shared online shows Gordon Pettigrew, chairman of Little Wendham Parish Council, telling colleagues: “⟦d:a|I have chaired this council for 14 years and I have never seen behaviour like it.⟧”
The dispute began when Beryl Hardcastle, the council's longest-serving member, asked why £340 had been spent on new LED lights without a vote. “⟦d:b|It's not about the money. It's about the principle. We are supposed to vote on things,⟧” she said.
Parish clerk Yvonne Osei replied that the purchase had been approved “⟦p:c|by email, as members well know⟧”. “⟦d:c|I have the emails. Would Mrs Hardcastle like me to read them out?⟧” she asked.
“⟦d:b|Yes, I would,⟧” Mrs Hardcastle shot back.
At that point one villager in the public seats can be heard muttering: “⟦d:d|Oh, here we go.⟧”
The clip, which has been viewed more than 400,000 times, has been nicknamed “⟦s:-|Wendham Lights Out⟧” online.

### 058
@a Yasmin Al-Rashidi | the summit president
@b - | a negotiator from one small island state
@c Tevita Fakatava | the Maraki Islands' environment minister
@d Hendrik Moll | the Continental Union's climate commissioner
ZARAFSHAN (Meridian) — Nearly 200 countries agreed on Sunday to “⟦p:-|transition away⟧” from unabated coal power over the coming decades, in a deal that disappointed the countries most exposed to rising seas.
The summit president, Yasmin Al-Rashidi, brought down the gavel shortly after 4am, to applause and a few boos. “⟦d:a|This is not a perfect text. There is no such thing as a perfect text. But it is a text that all of us can live with,⟧” she said.
The Maraki Islands' environment minister, Tevita Fakatava, said it was “⟦p:c|a death sentence delivered politely⟧”. “⟦d:c|We came here to save our islands. We are leaving with a promise to talk again next year,⟧” he said, his voice breaking.
A negotiator from one small island state said the wording had been weakened in the final hours. “⟦d:b|The word ‘phase-out’ was in every draft until Saturday night. Then it disappeared. We know who took it out,⟧” she said, declining to name the countries responsible.
Hendrik Moll, the Continental Union's climate commissioner, called the deal “⟦p:d|the floor, not the ceiling⟧”. “⟦d:d|Those of us who want to go further will go further,⟧” he said.

### 059
@a Ciarán Lynch-Obi | a junior housing minister
@b Kofi Mensah-Bright | the presenter
@c Sabine Hollister | Prime Minister
Ciarán Lynch-Obi, a junior housing minister, resigned live on air on Thursday morning after being confronted with his own past comments about the government's planning reforms.
Lynch-Obi had been sent out to defend the reforms on Radio Meridian's Morning Report. The presenter, Kofi Mensah-Bright, read him a passage from a blog post he had written in 2019, describing the plans as "⟦p:a|a developers' charter dressed up as a housing policy⟧".
"⟦d:b|Those are your words, minister. Do you still believe them?⟧" Mensah-Bright asked.
There was a long pause. "⟦d:a|Honestly? Yes, I do,⟧" Lynch-Obi said. "⟦d:a|And I don't think I can sit here and tell your listeners something I don't believe. So I think this is probably my last interview as a minister.⟧"
"⟦d:b|Are you resigning?⟧"
"⟦d:a|I think I just have.⟧"
Prime Minister Sabine Hollister said in a brief statement that she was "⟦p:c|sorry to lose a talented colleague⟧" and that the reforms would "⟦p:c|go ahead as planned⟧".

### 060
@a Bartholomew Quaye | National Party chairman
@b Sigrid Haugland | Progressive deputy leader
@c - | one National candidate in a marginal seat
@d Elspeth Kinnear | our polling analyst
The exit poll, published as polls closed at 10pm, suggests the Progressives will be the largest party but fall 12 seats short of a majority.
Professor Elspeth Kinnear, our polling analyst, cautioned against reading too much into it. “⟦d:d|The exit poll has a good record, but there are at least 40 seats that are too close to call. A hung parliament is the most likely outcome, not a certain one,⟧” she said.
National Party chairman Bartholomew Quaye was quick to pour cold water on the numbers. “⟦d:a|It's an exit poll. Let's wait for real votes in real boxes before anyone starts measuring the curtains,⟧” he said.
Progressive deputy leader Sigrid Haugland said she was “⟦p:b|cautiously optimistic⟧”. “⟦d:b|If this is right, the country has voted for change. We'll wait and see, but it feels like a good night,⟧” she said.
One National candidate in a marginal seat was less sanguine. “⟦d:c|If that poll's right, I'm toast, and so are about 60 of my colleagues,⟧” he said in a text message to this website.

### 061
@a Samira Haddad | Mayor
@b Kevin Doherty | branch secretary of the Municipal and General Union
@c Oksana Hrytsenko | a library assistant at Eastgate
@d - | a city hall spokesperson
Mayor Samira Haddad unveiled a budget on Tuesday that would close four of Brackwater's eleven public libraries and cut 120 jobs, warning that the city faced "⟦p:a|the hardest financial year in living memory⟧".
"⟦d:a|I didn't run for mayor to close libraries. I ran to keep this city solvent, and right now those two things are in conflict,⟧" Haddad said at a news conference at City Hall.
Kevin Doherty, branch secretary of the Municipal and General Union, said members would be balloted for strike action. "⟦d:b|She says she has no choice. She had a choice when she gave the stadium developers a £9m tax break,⟧" he said.
Oksana Hrytsenko, a library assistant at Eastgate, said closures would hit the most vulnerable. "⟦d:c|People think libraries are about books. Half the people who come in every day come in because it's warm and nobody asks them to buy anything,⟧" she said.
A city hall spokesperson said the stadium deal was "⟦p:d|a completely separate matter⟧", funded from a different budget.
Asked whether she would reconsider, Haddad said: "⟦d:a|If somebody shows me four million I haven't found, I'll reconsider tomorrow.⟧"

### 062
@a Ilham Rustamov | President
@b Greta Lindholm | Nordmark's chancellor
@c - | a Suvarian reporter
@d - | a Nordmark journalist
TASHKALA — “⟦d:a|Our gas will flow to Nordmark for the next 20 years. This is a guarantee, not a promise,⟧” President Ilham Rustamov said through an interpreter at a joint news conference in the Suvarian capital on Thursday.
Nordmark's chancellor, Greta Lindholm, said the pipeline deal would “⟦p:b|end our dependence on a single supplier⟧”. “⟦d:b|Energy security is national security. Today we have made Nordmark more secure,⟧” she said.
A Nordmark journalist asked Lindholm whether she had raised the case of the jailed opposition politician Timur Aliyev. “⟦d:d|Chancellor, did you mention Timur Aliyev in your talks, yes or no?⟧”
“⟦d:b|I raise human rights in every conversation I have with every leader, and I did so today,⟧” she said.
Rustamov interjected. “⟦d:a|Mr Aliyev is a criminal convicted by an independent court. He is not a subject for a gas agreement,⟧” he said.
A Suvarian reporter then asked Rustamov whether he would visit Nordmark. “⟦d:c|Mr President, will you accept the chancellor's invitation?⟧”
“⟦d:a|With pleasure, in the spring,⟧” he said, smiling.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh140.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh140",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
