# ruff: noqa: E501
"""Build ``quotes_fresh60.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is political copy:
parliamentary debates and question time, committee hearings where a chair questions
officials, campaign-trail reports, broadcast interviews in which a presenter presses a
politician, press conferences and lobby briefings, party conferences and fringe
meetings, local council meetings, leaked memos and messages, and stories built on
unnamed aides and sources.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh60-NNN``.

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

* Offices. A spelled-out office or role standing before the name (``Prime Minister``,
  ``Housing Minister``, ``Council leader``, ``Councillor``, ``Senator``,
  ``Commissioner``, ``shadow chancellor``, ``presenter``) is the description when the
  passage gives no appositive. The abbreviations ``Cllr`` and ``Sen.`` are treated like
  honorifics: stripped from the name and never the description.
* A title before the name combined with an appositive after it (``Judge Eleanor
  Whitcombe, the president's nominee …``; ``Her deputy, Owain Rees, a former
  steelworker``): the appositive is the description.
* A person identified only by an office and never named (``the Speaker``, ``the
  Presiding Officer``) has a null speaker and that office as the description.
* A party-and-ward tag in parentheses (``Cllr Norman Pettigrew (Ind, Harbourside)``)
  is not a description; nor is an age (``Tullis, 42``).
* Heckles and shouts by an individual who is described but not named (``one
  government backbencher``, ``a man at the back of the room``) are ``direct`` with that
  description; words chanted in unison by a crowd are ``scare``.
* A chair's, presenter's or moderator's questions are that person's direct speech; a
  questioner described only as a reporter or journalist has a null speaker and that
  description.
* In exchanges printed as alternating quote-only paragraphs (committee hearings,
  interviews) each turn belongs to the person whose turn it is.
* A phrase first quoted in the lead without a cue and attributed to a named person
  later in the passage (the budget reply called ``a bribe with a bill attached``) is
  that person's partial.
* A speaker's words relayed by a source (``Serrão accused Nkemelu of “breaking her
  word”, one of the people said``) belong to the person who said them, not to the source.
* An organisation speaker is its name without the leading article; its description is
  the definite description used at a cue (``the ministry said``) or its appositive,
  else null.
* In a Q/A transcript, a remark that the answerer quotes in double marks (``he said,
  "You do know …"``) is annotated and belongs to whoever made the remark.
* A fragment of a formal declaration quoted as the words someone reached (``When she
  reached the words "duly elected"``) is that person's ``partial``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh60.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh60.jsonl")

PASSAGES = """
### 001
@a Edda Solvik | Prime Minister
@b Rafael Quintero-Byrne | the leader of the opposition
@c - | the Speaker
@d - | one government backbencher
Prime Minister Edda Solvik and the leader of the opposition, Rafael Quintero-Byrne, clashed over hospital waiting lists on Wednesday in one of the rowdiest sessions of question time this year.
Quintero-Byrne opened by reading from a letter sent to him by a constituent who had waited 71 weeks for a hip replacement. “⟦d:b|She asked me to put one question to the Prime Minister, so I will,⟧” he said. “⟦d:b|When will she get her operation?⟧”
Solvik said she would not discuss an individual case from the despatch box but insisted waiting lists had fallen for five consecutive months. “⟦d:a|The honourable gentleman knows the figures as well as I do. He just doesn't like them,⟧” she said, to cheers from her own benches.
“⟦d:b|The figures?⟧” Quintero-Byrne shot back. “⟦d:b|Her own health boards published the figures last week. Seven hundred thousand people waiting. Is that the number she is proud of?⟧”
As the noise rose, the Speaker intervened. “⟦d:c|Order! Order. The public cannot hear the answers, and frankly neither can I.⟧”
Solvik accused the opposition of having “⟦p:a|no plan, no costings and no shame⟧”, prompting one government backbencher to shout “⟦d:d|Hear, hear!⟧” and opposition members to jeer.
Quintero-Byrne closed by dismissing the government's recovery plan as “⟦p:b|a press release with a logo⟧”.

### 002
@a Nkechi Adeyinka | the chair of the public accounts committee
@b Harriet Pell | the permanent secretary
@c Tobias Wrenfield | a Reform Alliance member of the committee
Nkechi Adeyinka, the chair of the public accounts committee, told the most senior civil servant at the Department for Citizen Services on Tuesday that her department had "⟦p:a|lost control⟧" of a benefits computer system now running £410m over budget.
Harriet Pell, the permanent secretary, faced more than two hours of questioning over the Compass programme, which was meant to replace three ageing systems by 2022 and has yet to process a single live claim.
"⟦d:a|Can you tell us, in one sentence, where the money went?⟧" Adeyinka asked at the start of the session.
"⟦d:b|I'm not sure I can do it justice in one sentence, chair,⟧" Pell replied. "⟦d:b|The scope changed three times after the contract was signed, and each change carried a cost.⟧"
"⟦d:a|That was two sentences, and I still don't know where the money went,⟧" Adeyinka said, to laughter from the public seats.
Pell said the department had "⟦p:b|got the early estimates badly wrong⟧" and that she took responsibility for it. "⟦d:b|I'm not going to sit here and blame ministers, or the supplier, or my predecessor. It happened on the department's watch.⟧"
Tobias Wrenfield, a Reform Alliance member of the committee, asked whether anyone had lost their job over the overrun.
"⟦d:b|Not in the sense you mean,⟧" Pell said.
"⟦d:c|So, nobody,⟧" said Wrenfield.
"⟦d:b|Nobody has been dismissed, no. Two senior responsible owners have moved on to other roles.⟧"
"⟦d:c|Moved on to where?⟧" Wrenfield asked. Pell said she would write to the committee with the details.
The committee is expected to publish its report in the spring. Adeyinka said it would be "⟦p:a|unsparing⟧".

### 003
@a Gareth Lyall | presenter
@b Deepak Varma | Housing Minister
@c Olga Petrenko | The opposition's housing spokeswoman
Housing Minister Deepak Varma has admitted the government will "⟦p:b|probably not⟧" hit its target of 300,000 new homes a year before the next general election.
Speaking to presenter Gareth Lyall on "⟦s:-|Morning Edition⟧", Mr Varma said changes to the planning system would take "⟦p:b|longer than anyone would like⟧" to feed through.
Lyall put it to him: "⟦d:a|Minister, that target was on the front page of your manifesto. Isn't this just an admission of failure?⟧"
"⟦d:b|I'd call it an admission of reality,⟧" Mr Varma replied. "⟦d:b|We inherited a planning system that was taking three years to approve an estate of 200 homes—⟧"
"⟦d:a|You've been in government for four years,⟧" Lyall interrupted.
"⟦d:b|And in those four years we have built more homes than in the previous six. I'm not going to pretend that's enough, and I'm not going to pretend it's nothing.⟧"
Asked whether he would consider his position if the target were missed, the minister laughed. "⟦d:b|I don't think that's quite how it works, Gareth.⟧"
The opposition's housing spokeswoman, Olga Petrenko, said the admission was "⟦p:c|extraordinary⟧". "⟦d:c|For four years they've told us the target was sacred. Now it's 'probably not'. Families waiting on council lists deserve better than a shrug,⟧" she said.

### 004
@a Maureen Hatherley | Council leader
@b Imran Qureshi | Opposition leader
@c Sandra Pyle | cabinet member for environment
@d - | a resident in the public gallery
@e Dennis Ogundipe | The mayor
Fortnightly bin collections will be introduced across Brackwater from September after councillors backed the plan at a heated meeting at the Guildhall on Monday night.
Council leader Maureen Hatherley said the change would save £1.2 million a year and insisted residents had been "⟦p:a|properly consulted⟧".
"⟦d:a|Nobody enjoys making these decisions. But the alternative was cutting library hours again, and I was not prepared to do that,⟧" Cllr Hatherley told the chamber.
Opposition leader Cllr Imran Qureshi described the consultation as "⟦p:b|a tick-box exercise⟧".
"⟦d:b|Eight hundred responses from a borough of 90,000 people. Eight hundred! And two-thirds of them said no,⟧" he said. "⟦d:b|If that's a mandate, I'd hate to see what a rejection looks like.⟧"
Cllr Sandra Pyle, cabinet member for environment, said food waste would still be collected weekly. "⟦d:c|We will be watching very closely over the summer. If there are problems with flies or overflowing bins, we will act, and we will act quickly,⟧" she said.
At one point a resident in the public gallery shouted: "⟦d:d|You don't live on our street!⟧"
The mayor, Cllr Dennis Ogundipe, who was chairing the meeting, warned: "⟦d:e|One more interruption and I will clear the gallery. I mean it.⟧"
The motion passed by 27 votes to 19, with two abstentions.

### 005
@a Jolyon Marsh | the Chancellor's special adviser
@b - | one furious backbencher
@c Bernadette Kowalczyk | Veteran MP
@d - | A Treasury spokesman
@e - | a friend
A TOP aide to the Chancellor branded backbench MPs "⟦p:a|sheep⟧" and "⟦p:a|lobby fodder⟧" in a string of foul-mouthed messages leaked to the Daily Clarion.
Jolyon Marsh, 31, the Chancellor's special adviser, made the jibes in a group chat called "⟦s:-|Team Purple⟧" that included at least four other Treasury staff.
In one message, sent the night before a crunch vote on welfare cuts, Marsh wrote: "⟦d:a|Just tell the sheep which lobby to walk through and give them a biscuit after.⟧"
In another, he joked: "⟦d:a|If Frobisher rebels again I will personally drive him back to Wendlebury and leave him there.⟧"
Last night one furious backbencher told the Clarion: "⟦d:b|This is how they really see us. Sheep. It's disgusting and he should be gone by Monday.⟧"
Veteran MP Bernadette Kowalczyk, 63, fumed: "⟦d:c|If Mr Marsh thinks I'm a sheep, he's very welcome to come to my surgery and say it to my face.⟧"
A Treasury spokesman said: "⟦d:d|These were private messages sent in jest. Jolyon has apologised to colleagues and the matter is closed.⟧"
But a friend said the adviser was "⟦p:e|mortified⟧" and had offered to quit.

### 006
@a Lucía Ferreira-Hammond | the Progressive Union candidate for governor
@b - | One heckler
@c Dale Ostrowski | a forklift driver who has worked at the plant for 22 years
@d - | A spokeswoman for Governor Martin Eke
CORBY FALLS, Tessaly (Newsline) — Lucía Ferreira-Hammond, the Progressive Union candidate for governor, took her campaign to the gates of the Drummond steel works on Thursday, promising to fight plans to cut 1,100 jobs at the plant.
“⟦d:a|I'm not here to tell you everything is fine, because it isn't,⟧” Ferreira-Hammond, 47, told several hundred workers gathered in the car park at the shift change. “⟦d:a|What I'm telling you is that I'll fight for this plant like my own family's paycheck depends on it. Because for a lot of families in this county, it does.⟧”
A handful of protesters stood across the road with placards reading “⟦s:-|Jobs Not Promises⟧” and briefly chanted “⟦s:-|Where were you?⟧” before police moved them back.
One heckler, standing near the front, shouted: “⟦d:b|Where were you in 2019 when they shut the rolling mill?⟧”
“⟦d:a|I was in the state senate voting against the tax deal that shut it, sir,⟧” she replied. “⟦d:a|It's in the record. Look it up.⟧”
Dale Ostrowski, a forklift driver who has worked at the plant for 22 years, said he had not made up his mind. “⟦d:c|She talks a good game. They all do,⟧” he said. “⟦d:c|I want to see it in writing.⟧”
A spokeswoman for Governor Martin Eke said Ferreira-Hammond's plan for the plant was “⟦p:d|a wish list with no price tag⟧” and that the governor had “⟦p:d|already secured more federal support for Drummond than any governor in a generation⟧”.

### 007
@a Thandiwe Mokoena-Price | the Civic Democrat leader
@b Owain Rees | a former steelworker
@c - | One delegate who asked not to be named
MARLPORT — Thandiwe Mokoena-Price, the Civic Democrat leader, used her first conference speech on Tuesday to promise free childcare from the age of one, telling activists the party had to “⟦p:a|stop apologising for wanting to win⟧”.
Standing in front of a backdrop bearing the slogan “⟦s:-|A Fair Country, Built Together⟧”, she told a packed hall that the party had spent too long “⟦p:a|being right in rooms where nobody was listening⟧”.
“⟦d:a:m|Conference, for too long we have talked to ourselves. That ends today.⟧
“⟦d:a:m|I didn't grow up with much. My mother cleaned offices at night so that I could go to school in the day. When people tell me childcare is a luxury, I think of her at five in the morning, waiting for the first bus home.⟧
“⟦d:a|So here is my promise. Not a review, not a consultation. Free childcare, from the age of one, in the first term of a Civic Democrat government.⟧”
The pledge drew a standing ovation lasting almost a minute.
Her deputy, Owain Rees, a former steelworker, said afterwards that the speech had “⟦p:b|put a rocket under the campaign⟧”. “⟦d:b|People have been waiting to hear what we're for, not just what we're against. Today they heard it,⟧” he said.
Not everyone was convinced. One delegate who asked not to be named said: “⟦d:c|It was a lovely speech. I'd like to know who's paying for it.⟧”

### 008
@a Ingrid Vaszary | Finance Minister
@b - | one reporter
@c - | Another reporter
@d Piet Hendrickx | The opposition's finance spokesman
Finance Minister Ingrid Vaszary on Monday defended a planned four-cent rise in fuel duty, telling reporters the country "⟦p:a|cannot borrow its way out of a borrowing problem⟧".
"⟦d:a|I know this is unpopular. I would be worried if it weren't,⟧" Vaszary said at a news conference at the finance ministry. "⟦d:a|Nobody wants to pay more at the pump, and I include myself in that.⟧"
Asked by one reporter, "⟦d:b|Minister, did the prime minister sign off on this, or did you?⟧", Vaszary smiled. "⟦d:a|We are a government. We sign off on things together.⟧"
Another reporter asked: "⟦d:c|Have you considered resigning, given the polls?⟧"
"⟦d:a|Next question,⟧" she said. Pressed, she added: "⟦d:a|No. I haven't, and I won't be.⟧"
The opposition's finance spokesman, Piet Hendrickx, called the increase "⟦p:d|a tax on getting to work⟧". "⟦d:d|The minister talks about hard choices. The hard choice here is being made by a nurse in Oosterveld who has to drive forty minutes to her shift,⟧" he said.
The increase takes effect on July 1 and is expected to raise 1.3 billion florins a year.

### 009
@a Jessamy Oduya | the MP for Kelling South
@b Grace Oduya | a retired midwife
@c Clive Ashdown | The man she unseated
On a Friday evening in a church hall, Jessamy Oduya, the MP for Kelling South, is standing on a plastic chair, trying to get a microphone to work. It doesn't. She gives up and shouts.
“⟦d:a|Can everyone at the back hear me? Wave if you can't. Actually, don't, that makes no sense.⟧”
At 29, Oduya is the youngest member of the current parliament, and one of only three Civic Democrats to take a seat from the Reform Alliance at the last election. She won by 412 votes. She can tell you the number without being asked.
“⟦d:a:m|People say I was lucky, and I was. I had a bad opponent at a good time.⟧
“⟦d:a|But I also knocked on eleven thousand doors. I had blisters for a year. You make some of your own luck.⟧”
Her mother, Grace Oduya, a retired midwife, drove her to most of those doors. “⟦d:b|She didn't pass her driving test until after the election. I was the taxi,⟧” she says, laughing. “⟦d:b|I'd sit in the car with a flask and listen to the radio, and every twenty minutes she'd come back and tell me who'd been rude.⟧”
The man she unseated, Clive Ashdown, is gracious about it, up to a point. “⟦d:c|She worked harder than I did. That's the truth of it,⟧” he says. “⟦d:c|Whether she's got the stomach for the second term, when you have to defend things rather than promise them, we'll see.⟧”
Told this, Oduya raises an eyebrow. “⟦d:a|Clive's welcome to come and watch,⟧” she says.

### 010
@a Ravinder Gill | -
@b Alasdair Menzies-Vey | the head of the army
@c Phoebe Strand | -
The head of the army has admitted that a new fleet of armoured vehicles will not be ready for operations until 2029, four years later than promised.
General Alasdair Menzies-Vey, the head of the army, told MPs on the defence committee that the Warden vehicle had suffered "⟦p:b|problems we did not anticipate and should have⟧", including noise and vibration so severe that crews were left nauseous.
Ravinder Gill, who chairs the committee, asked him: "⟦d:a|General, we were told in 2021 that these problems had been fixed. Were we misled?⟧"
"⟦d:b|No, chairman. You were told what we believed at the time. We were wrong,⟧" the general replied.
"⟦d:a|How much has this cost the taxpayer so far?⟧"
"⟦d:b|Around £3.2bn has been spent to date. I would not want to give the committee a final figure today, because I would probably be wrong about that too.⟧"
Phoebe Strand, who sits on the committee for the Green Left, said soldiers had been "⟦p:c|let down for a decade⟧". "⟦d:c|We keep hearing the words 'lessons learned'. At what point does anyone actually learn them?⟧" she asked.
Menzies-Vey said a review of the programme would report to ministers by the summer. "⟦d:b|I am not going to sit here and defend the indefensible. But I can tell you the vehicle the soldiers eventually get will be a good one.⟧"

### 011
@a Fenella Achterberg | the ministry's director of prisons
@b Ministry of Corrections | the ministry
@c Yusuf Demirci | shadow justice secretary
The country's most senior prisons official warned ministers in a leaked memo that jails in the south-west would be “⟦p:a|full to the last bed⟧” by October unless hundreds of inmates were released early.
The memo, written by Fenella Achterberg, the ministry's director of prisons, and seen by The Sentinel, was sent to the justice secretary's private office on 14 May.
“⟦d:a|We are now managing a crisis rather than a system,⟧” Achterberg wrote. “⟦d:a|I cannot in good conscience describe the current position as safe, for staff or for prisoners.⟧”
She described early release as “⟦p:a|the least bad of several bad options⟧” and warned that further delay would leave prison governors “⟦p:a|making decisions on the landing that should be made in this building⟧”.
The Ministry of Corrections said it did not comment on leaked documents. “⟦d:b|We are building 6,000 new prison places and keeping the situation under constant review,⟧” the ministry said.
“⟦d:c|This memo blows apart everything ministers have told parliament for six months,⟧” said shadow justice secretary Yusuf Demirci. “⟦d:c|They knew. Their own officials told them in black and white, and they sat on it.⟧”

### 012
@a Colette Abara | the Civic Democrat candidate
@b Mirela Dragomir | the independent candidate
@c Stuart Penhaligon | The moderator
The two leading candidates to become mayor of Wenlow clashed over housing, policing and the future of the city's tram extension in a live television debate on Tuesday night.
Colette Abara, the Civic Democrat candidate, accused her rival of "⟦p:a|making it up as she goes along⟧" on transport, while Mirela Dragomir, the independent candidate, said Ms Abara represented "⟦p:b|more of the same⟧".
The moderator, Stuart Penhaligon, opened by asking both women whether they would complete the tram extension to Hallam Cross.
"⟦d:a|Yes. Full stop. It's funded, it's half-built, and walking away now would be the most expensive thing we could possibly do,⟧" Ms Abara said.
Ms Dragomir said she would "⟦p:b|pause and review⟧" the project. "⟦d:b|Half-built doesn't mean half-right. The costs have doubled and nobody at City Hall can tell me why,⟧" she said.
"⟦d:c|Ms Dragomir, a pause is a cost too. Who pays for that?⟧" Penhaligon asked.
"⟦d:b|A pause costs less than a mistake, Stuart.⟧"
On policing, Ms Abara said she would fund 50 extra community officers. Ms Dragomir interjected: "⟦d:b|With what money?⟧"
"⟦d:a|With the money we'll save by not pausing the tram,⟧" Ms Abara replied, to laughter from the studio audience.

### 013
@a Bernard Loxley | a retired headteacher
@b Hollinbrook Town Council | the council
@c Wendy Trask | a fellow councillor
@d - | One resident who attends most meetings
The chairman of Hollinbrook Town Council has resigned with immediate effect, accusing fellow councillors of a “⟦p:a|culture of bullying and backbiting⟧” that had made his position “⟦p:a|impossible⟧”.
Bernard Loxley, 68, a retired headteacher, announced his decision in a letter to the town clerk that was later posted on the council's website.
“⟦d:a:m|I have given this town six years of my retirement and I do not regret them. But I can no longer chair meetings in which members shout at the clerk, at the public and at each other, and in which nothing is ever decided.⟧
“⟦d:a|I wish my successor better luck than I have had.⟧”
Speaking to the Hollinbrook Herald, Mr Loxley declined to name anyone. “⟦d:a|They know who they are. Everybody in the town knows who they are,⟧” he said.
Wendy Trask, a fellow councillor, said she was “⟦p:c|saddened but not surprised⟧”. “⟦d:c|Bernard has been under enormous strain. Some of the things said to him in that chamber would not be tolerated in any workplace,⟧” she said.
In a statement, Hollinbrook Town Council thanked Mr Loxley for his service and said it would “⟦p:b|reflect carefully⟧” on the points raised. “⟦d:b|The council takes the wellbeing of members and staff extremely seriously,⟧” the council said.
One resident who attends most meetings said: “⟦d:d|It's been like a pantomime for two years. He was the only grown-up in the room.⟧”

### 014
@a Amara Diallo-Wendt | Senator
@b Konstantin Vrabec | the leader of the conservative bloc
@c National Business Council | -
The Senate narrowly approved a bill on Thursday committing the country to net-zero emissions by 2045, after a marathon debate that ran past midnight.
The measure passed by 41 votes to 38. Senator Amara Diallo-Wendt, who drafted the bill, called it «⟦p:a|the most important vote this chamber will take for a generation⟧».
«⟦d:a|Our children will not ask us whether it was convenient,⟧» she told senators before the vote. «⟦d:a|They will ask us whether we did it.⟧»
Sen. Konstantin Vrabec, the leader of the conservative bloc, said the target would «⟦p:b|export our factories and import our goods⟧». «⟦d:b|Nobody in this chamber is against clean air. We are against signing cheques that farmers and plumbers will have to cash,⟧» he said.
«⟦d:b|Let us at least be honest about who pays,⟧» he added.
Outside the building, several hundred demonstrators chanted «⟦s:-|Forty-five or bust⟧» as the result was announced.
The National Business Council said in a statement that the deadline was «⟦p:c|ambitious but achievable⟧» provided the government offered «⟦p:c|real support, not just targets⟧».

### 015
@a Adebayo Kingsley-Ross | a former paramedic
@b Margit Halvorsen | -
Adebayo Kingsley-Ross, a former paramedic, won the Harrowfield seat for the Workers' Alliance by 3,118 votes in the early hours of Friday, ending 19 years of National Renewal control.
``⟦d:a|I said at the start of this campaign that Harrowfield deserved to be listened to, and tonight Harrowfield has spoken,⟧'' Kingsley-Ross told supporters at the Corn Exchange, where the count ran late after two recounts.
Supporters chanted ``⟦s:-|Ade, Ade⟧'' as he took the stage. ``⟦d:a|Thank you. Please, sit down, some of you have work in the morning,⟧'' he said.
Margit Halvorsen, who had held the seat since 2005, conceded shortly after 4 a.m. ``⟦d:b|The voters are never wrong. They can be harsh, but they are never wrong,⟧'' she said, her voice breaking.
``⟦d:b|I want to thank my staff, who have put up with me for nineteen years, and my husband, who has put up with me for longer.⟧''
Asked whether she would stand again, Halvorsen said: ``⟦d:b|Not a chance.⟧''

### 016
@a Declan Ferris | the chief whip
@b Pamela Stroud | the backbencher who led last month's rebellion against the welfare bill
Pamela Stroud, the backbencher who led last month's rebellion against the welfare bill, spoke to Lydia Marr in her constituency office in Eastholme. The interview has been edited for length and clarity.
Q: When did you decide you would vote against the government?
A: Honestly? About a week before. I had been telling the whips for months that I couldn't support the two-child cap. They thought I was bluffing.
Q: Were you threatened?
A: Threatened is a strong word. Declan Ferris, the chief whip, took me into his office and said, "⟦d:a|You do know you'll never sit on the front bench again?⟧" And I said, "⟦d:b|Declan, I'm 61. I wasn't planning on it.⟧"
Q: The papers called you and your colleagues "⟦s:-|the Awkward Squad⟧". Did that bother you?
A: No, I rather liked it. My grandchildren have it on a T-shirt.
Q: Would you do it again?
A: Tomorrow. Though I'd probably take a cake round to the whips' office first.

### 017
@a Rosario Villaseñor | the regional president
@b Héctor Albarrán | Opposition leader
@c Ana Lucía Perdomo | a goat farmer from the village of Tamarán
SANTA ELVIRA, Isla Corvera — The head of the island's regional government on Wednesday rejected a plan to hand management of Corvera's desalination plants to a private operator, in a speech that drew applause from both sides of the regional assembly.
“⟦d:a|No vamos a vender nuestra agua,⟧” Rosario Villaseñor, the regional president, told deputies. “⟦d:a|We are not going to sell our water.⟧”
Villaseñor, who has governed the island since 2019 in coalition with two smaller parties, said water was “⟦p:a|not a product like any other⟧” on an island where rainfall has fallen by a third in two decades.
“⟦d:a|Whoever controls the water controls Corvera. I will not be the president who gave that away,⟧” she said.
Opposition leader Héctor Albarrán accused her of “⟦p:b|theatre⟧”, noting that her own finance councillor had commissioned the study that recommended privatisation. “⟦d:b|Es puro teatro,⟧” he said from his seat. “⟦d:b|It's pure theatre. Six months ago her government was studying exactly this.⟧”
Outside the assembly, Ana Lucía Perdomo, a goat farmer from the village of Tamarán, said she had driven two hours to hear the debate. “⟦d:c|Without water there are no goats, and without goats there is no village,⟧” she said.

### 018
@a - | A senior government source
@b - | One cabinet minister
@c - | A person familiar with the discussions
@d - | A spokesperson for the first minister
@e Niamh Corrigan | First Minister
First Minister Niamh Corrigan is preparing to sack at least three members of her cabinet as early as next week, according to several people with knowledge of her plans.
A senior government source said the reshuffle would be "⟦p:a|bigger than people expect⟧" and would target ministers seen as having "⟦p:a|gone quiet⟧" since the budget.
"⟦d:a|She's had enough of people who only turn up when there's a ribbon to cut,⟧" the source said. "⟦d:a|There's a list. It's not a long list, but it's a list.⟧"
One cabinet minister, speaking on condition of anonymity, said colleagues were "⟦p:b|walking on eggshells⟧". "⟦d:b|Everyone's being very nice to everyone else. It's like the last week of school,⟧" the minister said.
A person familiar with the discussions said the health portfolio was likely to change hands. "⟦d:c|Health is the one she's worried about. The numbers aren't moving, and she knows the election will be fought on it.⟧"
Corrigan told reporters on Tuesday that she had "⟦p:e|no plans⟧" for a reshuffle "⟦p:e|at this time⟧".
A spokesperson for the first minister said: "⟦d:d|The first minister does not comment on speculation. She has full confidence in her cabinet.⟧"

### 019
@a Oren Baskin | Transport Minister
@b Lorna Galbraith | the prime minister
Transport Minister Oren Baskin resigned on Sunday night, saying he could not defend the government's decision to scrap the northern leg of the Meridian high-speed line.
In a letter to the prime minister, Lorna Galbraith, Baskin wrote that he had “⟦p:a|looked communities in the eye⟧” and promised them the line would be built.
“⟦d:a:m|I have been proud to serve in your government, and I remain a loyal supporter of it. But I gave my word to people in Carrick, in Bellhaven and in Stannard Moor, and I cannot now ask them to accept that my word meant nothing.⟧
“⟦d:a|It is with real sadness that I tender my resignation.⟧”
In her reply, Galbraith thanked him for his “⟦p:b|energy and decency⟧” but stood by the decision. “⟦d:b|The costs of the northern leg have risen beyond anything that could be justified to taxpayers, and I am not prepared to ask families to pay more for a railway whose benefits have shrunk,⟧” she wrote.
“⟦d:b|I know how deeply you care about the communities you represent, and I have no doubt you will continue to speak up for them.⟧”
Speaking outside his home in Carrick on Monday morning, Baskin said he had no regrets. “⟦d:a|Sometimes you have to do the thing you'd tell your kids to do,⟧” he said.

### 020
@a Hugo Pennant | The prime minister's official spokesman
@b - | one journalist
@c - | A reporter from the Evening Post
@d Rhys Amadi | the energy secretary
The prime minister's official spokesman, Hugo Pennant, repeatedly declined on Thursday to say whether the prime minister still had confidence in the energy secretary, Rhys Amadi.
At the morning briefing for political journalists, Pennant was asked eight times, in various forms, whether Amadi's job was safe.
"⟦d:a|The prime minister has full confidence in all of his ministers,⟧" he said the first time. "⟦d:a|I don't have anything to add to that.⟧"
When one journalist asked, "⟦d:b|Does that include the energy secretary specifically?⟧", the spokesman replied: "⟦d:a|It includes all of his ministers.⟧"
"⟦d:b|Is that a yes?⟧"
"⟦d:a|It's what I said.⟧"
A reporter from the Evening Post asked: "⟦d:c|Has the prime minister read the emails in which Mr Amadi calls the regulator 'a bunch of clowns'?⟧"
"⟦d:a|I'm not going to get into commentary on leaked private correspondence,⟧" Pennant said. "⟦d:a|The energy secretary has made clear that the language was inappropriate and that he regrets it.⟧"
Amadi said in a statement on Wednesday evening that he had used "⟦p:d|language I would not use in public and should not have used in private⟧".

### 021
@a Rory Calderbank | the former home secretary
@b Benedict Osei | the party's treasury spokesman
@c Ffion Llewellyn | a former political editor
@d - | A member from Dunmore
The two men vying to lead National Renewal traded barbs over tax and immigration at a members' hustings in Dunmore on Saturday, in the most combative exchange of the contest so far.
Rory Calderbank, the former home secretary, accused his rival of having “⟦p:a|a Treasury brain and no feel for the party⟧”, while Benedict Osei, the party's treasury spokesman, said Calderbank was “⟦p:b|offering members a time machine⟧”.
The event's chair, Ffion Llewellyn, a former political editor, asked each candidate to name one policy of the last National Renewal government he would reverse.
“⟦d:a|The sugar tax. Members hated it, voters hated it, and it didn't work,⟧” Calderbank said.
Osei paused. “⟦d:b|I'm not going to play that game. We should be proud of what we did in government, even the bits that weren't popular,⟧” he said.
“⟦d:c|That's not really an answer, Benedict,⟧” Llewellyn said.
“⟦d:b|It's the only honest one.⟧”
A member from Dunmore then asked: “⟦d:d|Will you both promise to serve under whoever wins?⟧”
“⟦d:a|Yes,⟧” said Calderbank immediately. Osei laughed. “⟦d:b|Yes. If he asks nicely.⟧”

### 022
@a Sunniva Holmqvist | chief executive of Loomline
@b Marcus Oyelaran | chair of the committee
@c Gwen Hartigan | -
@d Loomline | the company
The chief executive of the social media platform Loomline has refused to tell MPs how many people the company employs to moderate political content ahead of next year's election.
Sunniva Holmqvist, chief executive of Loomline, giving evidence to the digital affairs committee by video link from the company's European headquarters, said the figure was "⟦p:a|commercially sensitive⟧".
"⟦d:b|Ms Holmqvist, you are asking the public to trust you with the integrity of an election. Surely they're entitled to know whether you have ten moderators or ten thousand,⟧" said Marcus Oyelaran, chair of the committee.
"⟦d:a|I understand the frustration, chair. What I can tell you is that our investment in trust and safety has increased in every one of the last five years.⟧"
"⟦d:b|Increased from what?⟧"
"⟦d:a|I'm not able to give that figure in a public session.⟧"
Gwen Hartigan, who represents Tarrock, showed the executive a doctored video of a candidate that had been viewed 1.4 million times on the platform before it was removed. "⟦d:c|It took you nine days. Nine days. The whole campaign is only forty,⟧" she said.
Holmqvist said the video's spread had been "⟦p:a|a failure on our part⟧" and that detection systems had since been improved.
In a statement after the hearing, Loomline said it had "⟦p:d|engaged constructively⟧" with the committee and would follow up in writing. "⟦d:d|We share the committee's goal of a safe and fair election,⟧" the company said.

### 023
@a Anjali Deshpande | chair of the planning committee
@b Terence Blackwood | a director of Orchard Rise Homes
@c Pauline Oakes | -
@d - | One councillor
Plans for 240 homes on farmland at the edge of Sutterby were approved on Thursday despite more than 600 objections, after the developer agreed to fund a new GP surgery.
Terence Blackwood, a director of Orchard Rise Homes, told the planning committee the scheme would provide “⟦p:b|homes for the young people this village keeps losing⟧”.
“⟦d:b|Sutterby's average age has gone up by nine years in two decades. The school has lost a class. If you want the village to have a future, somebody has to build somewhere,⟧” he said.
Pauline Oakes, 72, who has lived on Mill Lane for 40 years, spoke against the plan on behalf of the residents' group. “⟦d:c|Nobody here is against young people. We're against 240 houses and one road in and out,⟧” she said. “⟦d:c|When the river floods, and it does, that lane is under two feet of water.⟧”
Cllr Anjali Deshpande, chair of the planning committee, said members had “⟦p:a|weighed every objection⟧”. “⟦d:a|This was not an easy decision and I don't pretend it was. But the surgery tips the balance, and the flood concerns have been addressed by the Rivers Authority,⟧” she said.
One councillor, who voted against and asked not to be named, was less diplomatic after the meeting. “⟦d:d|It was a done deal before anyone opened their mouth,⟧” he said.
Mrs Oakes said the residents' group would consider a legal challenge. “⟦d:c|We're not finished,⟧” she said.

### 024
@a Nadia Osterhaus | presenter
@b Callum Fairweather | Shadow chancellor
@c Ashok Menon | Chief Secretary to the Treasury
Shadow chancellor Callum Fairweather has refused five times to say whether a Civic Democrat government would raise income tax, in a bruising interview on Sunday.
Appearing on "⟦s:-|The Week Ahead⟧", Fairweather told presenter Nadia Osterhaus that his party would "⟦p:b|not write a budget in a television studio⟧".
"⟦d:a|I'm not asking you to write a budget. I'm asking a yes-or-no question. Will you rule out a rise in the basic rate?⟧" Osterhaus said.
"⟦d:b|What I will rule out is the chaos we've had for the last—⟧"
"⟦d:a|That's not what I asked.⟧"
"⟦d:b|—for the last three years, which has cost every family in this country far more than any tax rise.⟧"
"⟦d:a|So that's a no, you won't rule it out?⟧"
"⟦d:b|Nadia,⟧" Fairweather said, "⟦d:b|you can ask me this fifteen times and you'll get the same answer. We will set out our plans in our manifesto.⟧"
Chief Secretary to the Treasury Ashok Menon posted shortly afterwards: "⟦d:c|Five times. Five. If they won't tell you before the election, they'll tell you after it.⟧"

### 025
@a Desmond Pryce | Eastcombe MP
@b - | One shopper on Eastcombe high street
@c Shirley Mottram | a retired dinner lady who helped raise £40,000 for the centre
@d - | A spokesman for Mr Pryce
Eastcombe MP Desmond Pryce was caught on a live microphone calling his own constituents a "⟦p:a|bloody ungrateful lot⟧" minutes after opening a new community centre.
The red-faced MP, 58, thought the mic had been switched off when he turned to an aide and said: "⟦d:a|Forty years of handouts and they still moan. Bloody ungrateful lot.⟧"
The clip, filmed by a local volunteer, has been viewed more than 200,000 times and has already been dubbed "⟦s:-|Mic-gate⟧" in the town.
Shirley Mottram, a retired dinner lady who helped raise £40,000 for the centre, said: "⟦d:c|I've voted for him four times. Never again. We raised that money ourselves, cake sale by cake sale.⟧"
One shopper on Eastcombe high street fumed: "⟦d:b|Ungrateful? He's the one who gets a pay rise every year.⟧"
A spokesman for Mr Pryce said: "⟦d:d|Desmond deeply regrets his choice of words, which were said in a moment of frustration and do not reflect his views.⟧"
Pryce later told reporters outside his constituency office: "⟦d:a|I've said sorry and I meant it. I'm not going anywhere.⟧"

### 026
@a Vilja Kettunen | leader of the Agrarian League
@b Agrarian League | -
@c Social Liberals | the party
@d - | A negotiator who asked not to be named
Coalition talks between the Agrarian League and the Social Liberals broke down on Friday over farm subsidies, raising the prospect of a second general election within a year.
Vilja Kettunen, leader of the Agrarian League, told reporters outside the parliament building that her party had been «⟦p:a|asked to give up everything and offered nothing⟧».
«⟦d:a|We came to these talks in good faith. We leave them in good faith. But we will not sign an agreement that empties the countryside,⟧» Kettunen said.
In a statement issued an hour later, the Social Liberals said they «⟦p:c|regretted⟧» the decision. «⟦d:c|Our door remains open. The country needs a government, not a stand-off,⟧» the party said.
A negotiator who asked not to be named said the gap between the two sides on subsidies had narrowed to «⟦p:d|less than the price of a tractor⟧» before the talks collapsed. «⟦d:d|It was never really about the money. It was about who blinked first,⟧» the negotiator said.
Late on Friday the Agrarian League posted on social media: «⟦d:b|We stand with farmers. Always.⟧»

### 027
@a Joseph Nwachukwu | The Prime Minister
@b Dorothy Gallacher | the Mother of the House
@c Siddharth Rao | -
@d Annette Brierley | his widow
MPs from all parties paid tribute on Monday to Alun Brierley, the independent member for Calder Moor, who died at the weekend aged 71 after a short illness.
The Prime Minister, Joseph Nwachukwu, told the chamber that Brierley had been “⟦p:a|a thorn in the side of every government, including mine, and a better parliament for it⟧”.
“⟦d:a|He asked me more awkward questions than any man alive, and he always sent a note afterwards to say there were no hard feelings. There usually were,⟧” Nwachukwu said, to laughter.
Dorothy Gallacher, the Mother of the House, who entered parliament in the same intake in 1987, recalled him arriving “⟦p:b|in a borrowed suit, on a borrowed bicycle, with very firm opinions of his own⟧”.
“⟦d:b|He never lost the bicycle. I think he lost the suit in about 1990,⟧” she said.
Siddharth Rao, who shared an office corridor with Brierley for a decade, struggled to finish his remarks. “⟦d:c|He taught me that you answer every letter. Every single one. Even the ones written in green ink,⟧” he said, before pausing. “⟦d:c|I'm sorry. I'll sit down.⟧”
In a statement, his widow, Annette Brierley, said the family had been “⟦p:d|overwhelmed⟧” by messages from across Calder Moor. “⟦d:d|Alun would have pretended to hate the fuss. He would have secretly loved it,⟧” she said.

### 028
@a Ruth Abernethy | the bill's sponsor
@b Hyacinth Okafor | a former palliative care doctor
@c Lewis Carmody | -
@d - | One woman holding a photograph of her late husband
MPs have voted in favour of legalising assisted dying for terminally ill adults, after an emotional five-hour debate in which members spoke of the deaths of their own parents, partners and children.
The bill passed its second reading by 331 votes to 287 on a free vote.
Opening the debate, the bill's sponsor, Ruth Abernethy, said: "⟦d:a|This is not a choice between life and death. For the people this bill is for, death is already coming. It is a choice about how.⟧"
She described watching her father die of motor neurone disease in 2016. "⟦d:a|He asked me, more than once, to help him. I couldn't. The law said I couldn't. I have thought about that every day since,⟧" she said.
Dr Hyacinth Okafor, a former palliative care doctor, urged colleagues to vote against. "⟦d:b|I have sat with hundreds of dying patients. Good palliative care exists, but not everywhere, and not for everyone. Fix that first,⟧" she said.
"⟦d:b|I fear that what begins as a right will, for some, quietly become a duty.⟧"
Lewis Carmody, who said he had changed his mind on the issue three times, told MPs he would vote in favour "⟦p:c|with a heavy heart and a clear head⟧".
Outside parliament, campaigners on both sides held vigils. Placards read "⟦s:-|My Life, My Death⟧" and "⟦s:-|Care Not Killing⟧". One woman holding a photograph of her late husband said: "⟦d:d|He'd have wanted to see this day.⟧"

### 029
@a Catrin Mostyn | First Minister
@b Hamish Cowie | The opposition leader
@c - | the Presiding Officer
First Minister Catrin Mostyn was accused of presiding over a “⟦p:b|lost decade⟧” for rural bus services during a fractious session of First Minister's Questions at the assembly in Caer Idris.
The opposition leader, Hamish Cowie, said 140 bus routes had been cut since 2015. “⟦d:b|In my constituency there are villages where the last bus leaves at ten past four. Ten past four! How is a teenager supposed to get to a part-time job?⟧”
Mostyn said the cuts had been made by private operators and blamed “⟦p:a|a decade of austerity imposed from elsewhere⟧”. “⟦d:a|The member knows perfectly well who cut the grant that paid for those routes. It wasn't this government,⟧” she said.
“⟦d:b|It's always someone else, isn't it?⟧” Cowie replied.
“⟦d:-|Answer the question!⟧” came a cry from somewhere behind him. When members on both sides began shouting across the chamber, the Presiding Officer intervened. “⟦d:c|I would like to hear the First Minister's answer, even if some of you would not,⟧” she said.
Mostyn went on to announce a £12m fund for community transport schemes. “⟦d:a|It won't fix everything. But it's twelve million pounds more than the opposition has ever proposed,⟧” she said.

### 030
@a Theodora Vance | the campaign manager
@b Malik Farouq | the campaign's data director
@c - | A volunteer who has knocked on doors for every mayoral campaign since 1998
@d Eleanor Brightwater | the candidate for mayor of Port Seradin
At 6.40 on a Tuesday morning, the headquarters of Eleanor Brightwater, the candidate for mayor of Port Seradin, is a converted carpet warehouse with bad heating and a very good coffee machine.
Theodora Vance, the campaign manager, known to everyone in the building as “⟦s:-|Teddy⟧”, is already at her desk.
“⟦d:a|The coffee machine was the first thing I bought. Before phones, before desks. You can run a campaign without desks,⟧” she says.
Down the corridor, Malik Farouq, the campaign's data director, is staring at a wall of screens showing canvassing returns. He describes the race as “⟦p:b|closer than the polls say, and the polls say close⟧”.
“⟦d:b|Everyone looks at the top-line number. I look at who answered the door in the second week and didn't answer it in the third,⟧” he says.
A volunteer who has knocked on doors for every mayoral campaign since 1998 puts it more simply: “⟦d:c|You can tell by the dogs. If the dogs are friendly, you're winning.⟧”
Brightwater herself arrives at 7.15, carrying a bag of pastries. Asked how she is feeling, she shrugs. “⟦d:d|Tired. Happy. Mostly tired,⟧” she says. “⟦d:d|Ask me on the fourteenth.⟧”

### 031
@a Renata Szabo | Mayor
@b Ciaran Doolan | general secretary of the Transit Workers' Union
@c - | a reporter
Mayor Renata Szabo on Wednesday called the three-day subway strike "⟦p:a|an act of economic vandalism⟧" and said the city would not return to talks until union leaders "⟦p:a|put the riders first⟧".
"⟦d:a|Two million people couldn't get to work today. Nurses, cleaners, kids going to exams. That's who this strike is hurting,⟧" Szabo told a news conference at City Hall.
When a reporter asked, "⟦d:c|Mayor, will you meet the union before the weekend?⟧", she replied: "⟦d:a|My door is open. Theirs has been shut for a week.⟧"
Ciaran Doolan, general secretary of the Transit Workers' Union, dismissed the remarks as "⟦p:b|nonsense from a woman who hasn't ridden a train since she was elected⟧".
"⟦d:b|Our members haven't had a real-terms pay rise in six years. They drive those trains through the night, in tunnels with no air conditioning. If the mayor wants the trains running, she knows where to find us,⟧" Doolan said outside the union's offices on Dock Street.
Asked about Doolan's comments, Szabo said: "⟦d:a|I was going to take the subway this morning. Oh, wait, I couldn't.⟧"

### 032
@a Adaeze Nwosu | Commissioner
@b Gerald Fitch | chair of the home affairs committee
@c Yasmin Bakr | Civic Democrat MP
The head of the Capital Police has defended officers' handling of last month's climate protests in Aldbury Square, insisting the arrests were “⟦p:a|lawful, necessary and proportionate⟧”.
Commissioner Adaeze Nwosu told MPs that officers had faced “⟦p:a|a deliberate attempt to paralyse the capital⟧”.
Gerald Fitch, chair of the home affairs committee, asked her about footage showing an officer dragging a 70-year-old woman across the road. “⟦d:b|Commissioner, is that what proportionate looks like to you?⟧”
“⟦d:a|No, it is not, and that officer is now under investigation,⟧” Nwosu replied. “⟦d:a|I won't defend every individual action. I will defend the operation as a whole.⟧”
The Civic Democrat MP Yasmin Bakr said 214 people had been arrested and only 11 charged. “⟦d:c|That's a five per cent charge rate. Doesn't that tell you the arrests were about clearing the square, not about crime?⟧” she asked.
“⟦d:a|It tells me the prosecutors have a high threshold, as they should,⟧” the commissioner said.
Fitch said the committee would write to the force asking for a breakdown of the arrests. “⟦d:b|We'll want the numbers by the end of the month, please, Commissioner.⟧”

### 033
@a Janice Webley | the returning officer
@b Emeka Obi | a primary school teacher
@c Graham Toller | -
@d - | One Toller supporter
It was just after 2.30am when Janice Webley, the returning officer, stepped up to the microphone at Castlemere Leisure Centre to declare the result nobody had predicted.
"⟦d:a|I, Janice Webley, being the returning officer for the Castlemere North ward, hereby give notice that the total number of votes cast for each candidate was as follows,⟧" she began.
When she reached the words "⟦p:a|duly elected⟧", the Civic Democrat table erupted.
Emeka Obi, 31, a primary school teacher, had overturned a majority of more than 900. "⟦d:b|I honestly didn't think we'd won until she read out my name. I thought I'd misheard,⟧" he told the Castlemere Courier.
"⟦d:b|This is for everyone on the Beaumont estate who was told their vote didn't matter.⟧"
Graham Toller, who had held the ward since 2011, congratulated his opponent but said the result was "⟦p:c|a protest about things that have nothing to do with this council⟧".
"⟦d:c|People are angry about the national picture and I've paid for it. That's politics,⟧" he said.
One Toller supporter was less gracious. "⟦d:d|Thirteen years of service, gone like that,⟧" she said, snapping her fingers.

### 034
@a Annika Brandvold | Justice Minister
@b Justice Ministry | the ministry
@c - | One guest at the dinner
@d Femi Adesanya | the opposition's justice spokesman
Justice Minister Annika Brandvold was recorded telling donors at a private dinner that judges were "⟦p:a|a law unto themselves⟧" and that the government would "⟦p:a|sort them out after the election⟧".
The recording, obtained by the Meridian Observer, was made at a fundraising dinner at a hotel in Listerby last month.
"⟦d:a|Every time we pass something sensible, some judge in a wig decides he knows better than parliament. Well, after the election, we'll have a conversation about that,⟧" Brandvold can be heard saying.
Laughter and applause follow. One guest at the dinner, who spoke to the Observer on condition of anonymity, said: "⟦d:c|The room loved it. I was a bit shocked, to be honest. You don't expect the justice minister to talk like that.⟧"
The Justice Ministry said the remarks had been "⟦p:b|taken out of context⟧". "⟦d:b|The minister has the greatest respect for the independence of the judiciary. She was referring to the need to reform sentencing guidelines,⟧" the ministry said.
Femi Adesanya, the opposition's justice spokesman, said: "⟦d:d|There is no context in which a justice minister threatening to 'sort out' judges is acceptable. She should apologise today or resign.⟧"

### 035
@a Hilary Penrose | cabinet member for children's services
@b Tariq Hussain | a father of two pupils at Fernside Primary
@c Megan Lloyd-Hughes | -
@d - | one mother
Parents packed the council chamber in Ashby Magna on Tuesday evening as councillors debated proposals to close Fernside Primary School, which has 87 pupils and room for 210.
Councillor Hilary Penrose, cabinet member for children's services, said falling birth rates meant the council could no longer justify keeping the school open. “⟦d:a|Every empty place costs us money that should be spent on children in classrooms elsewhere. I hate this. But the numbers are the numbers,⟧” she said.
Tariq Hussain, a father of two pupils at Fernside Primary, told the meeting his younger son had special educational needs and had “⟦p:b|finally found a place where he is understood⟧”.
“⟦d:b|You talk about numbers. My son is not a number. If you move him to a school with 500 children, you will undo three years of work in three weeks,⟧” he said, to applause.
Megan Lloyd-Hughes, who chairs the school's parent-teacher association, presented a petition with 2,300 signatures. “⟦d:c|This isn't just a school. It's the only place in the village where people still meet,⟧” she said.
When Penrose suggested parents would “⟦p:a|come to see the benefits⟧” of a larger school, one mother shouted from the back: “⟦d:d|You don't have kids there!⟧”
“⟦d:a|Nothing has been decided tonight,⟧” Penrose said as the meeting closed. A final decision will be made by the council's cabinet next month.

### 036
@a Dragan Mirković | Prime Minister
@b Zlata Horvat | the leader of the opposition Citizens' Platform
@c Presidential Office | -
@d - | One ruling party MP who asked not to be named
SELVARA, Valdonia — Prime Minister Dragan Mirković survived a vote of no confidence on Tuesday by just four votes, after three members of his own coalition abstained.
«⟦d:a|The opposition wanted chaos. Parliament has chosen stability,⟧» Mirković told reporters in the marble lobby of the parliament after the result was read out. «⟦d:a|Now we go back to work.⟧»
Zlata Horvat, the leader of the opposition Citizens' Platform, said the government had been «⟦p:b|saved by the people who could not bring themselves to save it⟧». «⟦d:b|Three of his own members would not vote for him. That is not a government. That is a hostage situation,⟧» she said.
As Mirković left the chamber, a shout of «⟦d:-|Traitor!⟧» rang out from the public gallery; it was not clear at whom it was aimed.
One ruling party MP who asked not to be named said pressure had been put on wavering members «⟦p:d|from the highest level⟧». «⟦d:d|Some people were promised things. Some people were reminded of things,⟧» the MP said.
The Presidential Office said in a statement that the president had «⟦p:c|taken note⟧» of the result and called on all parties to «⟦p:c|act with responsibility in a difficult period⟧».

### 037
@a Olamide Fashola | Education Secretary
@b Maureen | a dinner lady from Dunhill
@c Pete | a taxi driver in Rudstone
@d Jonty Blake | The presenter
Education Secretary Olamide Fashola faced a grilling from listeners on Radio Tyneham's lunchtime phone-in on Friday, with callers raising school meals, teacher shortages and the cost of uniforms.
Maureen, a dinner lady from Dunhill, told the minister she had been feeding children who arrived at school hungry. "⟦d:b|I'm putting toast in my own bag for them, minister. Toast. Is that what you want?⟧"
"⟦d:a|No, Maureen, it absolutely isn't, and I want to thank you for what you're doing,⟧" Fashola replied. "⟦d:a|That's exactly why we're extending free breakfast clubs to every primary school by next September.⟧"
"⟦d:b|Next September's no good to the kids I see on Monday.⟧"
Pete, a taxi driver in Rudstone, said his daughter's secondary school had been without a permanent maths teacher for two years. "⟦d:c|She's had supply teacher after supply teacher. One of them told the class he was a geography teacher. In a maths lesson,⟧" he said.
The presenter, Jonty Blake, asked the minister whether she would accept that for her own children. "⟦d:d|Would you put up with it, Secretary of State?⟧"
"⟦d:a|I wouldn't, and I don't expect Pete to either,⟧" Fashola said. "⟦d:a|We have 6,500 more teachers in training this year than last. I know that's cold comfort today.⟧"

### 038
@a Sebastian Thorne | the Minister for Growth
@b Priyanka Chaudhary-Mills | -
@c Delroy Agard | The Deputy Speaker
There are ministers who answer questions, ministers who avoid them, and then there is Sebastian Thorne, the Minister for Growth, who appears to regard them as a form of weather: unpleasant, unavoidable, and best waited out.
Asked on Thursday why growth had been flat for three quarters, Thorne told the chamber the economy was in a period of “⟦p:a|dynamic stability⟧”.
Priyanka Chaudhary-Mills, sitting opposite, asked him to explain what that meant. “⟦d:b|Is dynamic stability what the rest of us call standing still?⟧” she inquired, sweetly.
“⟦d:a|The honourable lady will know that the fundamentals are strong,⟧” Thorne replied, which is what ministers say when the fundamentals are not strong.
“⟦d:b|Which fundamentals?⟧” she asked from a sedentary position.
The Deputy Speaker, Delroy Agard, reminded her that she had already had her question. “⟦d:c|The minister is answering. Or at least, the minister is on his feet,⟧” he said, to a ripple of laughter that Thorne chose not to hear.
By the end, “⟦s:-|dynamic stability⟧” had been said four times, “⟦s:-|fundamentals⟧” six times, and “⟦s:-|growth⟧” only once, and that was in the title of his department.

### 039
@a Anneliese Brandt | the party's energy spokeswoman
@b - | a man at the back of the room
@c Ollie Sandoval | the chair of the party's youth wing
@d - | One activist
A fringe meeting on nuclear power at the Green Left conference turned rowdy on Sunday when the party's energy spokeswoman suggested the party should "⟦p:a|stop pretending⟧" it could reach net zero without new reactors.
"⟦d:a|I've looked at the numbers every way I know how. Wind and solar get us most of the way. Most of the way isn't all of the way,⟧" Anneliese Brandt, the party's energy spokeswoman, told about 150 members in a hotel function room.
"⟦d:b|Rubbish!⟧" shouted a man at the back of the room.
"⟦d:a|I'm very happy to be told I'm wrong, sir, but I'd like it with a spreadsheet,⟧" Brandt replied.
Ollie Sandoval, the chair of the party's youth wing, said younger members were "⟦p:c|more open to this than the old guard thinks⟧". "⟦d:c|My generation is going to live with the consequences of getting this wrong. We'd rather have an argument now than a crisis later,⟧" he said.
One activist, who has been a member since 1983, stood up and said: "⟦d:d|I joined this party because of the Harkmoor accident. I'll leave it over this, if it comes to it.⟧"
A motion on the issue will be debated on the conference floor on Tuesday.

### 040
@a Sam Okonkwo-Reyes | the Civic Democrat candidate
@b - | A woman in a dressing gown
@c - | a retired postman
@d Derek | her husband
@e Carol Whitby | a care worker
It is raining in Holloway Park, and Sam Okonkwo-Reyes, the Civic Democrat candidate, is on their fourteenth door of the morning.
“⟦d:a|Rain's good, actually. People feel sorry for you,⟧” they say, shaking water off a clipboard.
A woman in a dressing gown opens the door at number 41 and looks at the rosette. “⟦d:b|Not today, love,⟧” she says, and closes it again.
Okonkwo-Reyes, 38, a former housing officer, takes it in good humour. “⟦d:a|That's a maybe. A no is when they don't open the door at all,⟧” they say.
Further along the street, a retired postman says he has voted the same way all his life. “⟦d:c|My dad did, his dad did. I'll listen, but I'm not promising anything,⟧” he says.
At number 58, the candidate gets a longer hearing. Carol Whitby, a care worker, wants to talk about parking; her husband, Derek, wants to talk about potholes.
“⟦d:e|There's nowhere to park after six. I go round the block three times after a twelve-hour shift,⟧” she says.
“⟦d:d|And when you do park, you lose a tyre in a pothole,⟧” her husband adds.
Okonkwo-Reyes writes both down. “⟦d:a|Parking, potholes. I'll be back,⟧” they promise.
Walking away, they are realistic. “⟦d:a|You don't win people on the doorstep. You just stop them hating you. The winning happens later.⟧”

### 041
@a Henrike Vos | Foreign Minister
@b Takeshi Moriyama | her visiting counterpart
@c - | A reporter from the visiting press corps
Foreign Minister Henrike Vos and her visiting counterpart, Takeshi Moriyama, signed an agreement on Monday to cooperate on undersea cable security, but were unable to hide their differences over fishing rights in the Northern Reach.
"⟦d:a|Our two countries are separated by nine thousand kilometres and joined by a great many cables. Today we have agreed to protect them together,⟧" Vos said at a joint news conference at the foreign ministry.
Speaking through an interpreter, Moriyama said the agreement was "⟦p:b|an important step between friends⟧". "⟦d:b|Friends can disagree about fish and still agree about cables,⟧" he added, drawing laughter.
A reporter from the visiting press corps asked Vos: "⟦d:c|Minister, will your government lift the restrictions on our trawlers this year, yes or no?⟧"
"⟦d:a|I'm not going to negotiate fishing quotas in front of the cameras, much as I'm sure you'd enjoy it,⟧" Vos replied. "⟦d:a|Our officials will meet in March. I'm hopeful.⟧"
Moriyama, asked the same question, was more direct. "⟦d:b|We expect progress. Our fishermen expect progress. I have told the minister this very clearly,⟧" he said through the interpreter.

### 042
@a Moira Cathcart | The chair of the environment committee
@b Lydia Fenwick | chief executive of the Water Standards Authority
@c Daniel Aberle | the committee's youngest member
The chair of the environment committee, Moira Cathcart, accused the head of the water regulator on Wednesday of being "⟦p:a|asleep at the wheel⟧" while companies discharged raw sewage into rivers more than 400,000 times last year.
Dr Lydia Fenwick, chief executive of the Water Standards Authority, told the committee the regulator had issued record fines. "⟦d:b|We have fined companies £168 million in the last twelve months. That is not what a sleeping regulator looks like,⟧" she said.
"⟦d:a|And how much of that has actually been paid, Dr Fenwick?⟧" Cathcart asked.
"⟦d:b|A proportion of it is under appeal.⟧"
"⟦d:a|What proportion?⟧"
"⟦d:b|Around two-thirds.⟧"
"⟦d:a|So two-thirds of your record fines haven't been paid.⟧"
"⟦d:b|They will be, chair, once the appeals are concluded.⟧"
"⟦d:c|Have you ever swum in the Lisk, Dr Fenwick?⟧" asked the committee's youngest member, Daniel Aberle, whose constituency the river runs through.
"⟦d:b|I have, yes. Not recently,⟧" she replied, to laughter.

### 043
@a Ibrahim Sesay | -
@b Hilde Marchetti | a historian at Wenlow University
@c - | One resident of the street
@d Norman Pettigrew | -
Portsend's Rutherford Street is to be renamed after councillors voted to drop the name of an 18th-century merchant whose fortune was built on the slave trade.
Cllr Ibrahim Sesay, who proposed the motion, told Wednesday's full council meeting that the name was “⟦p:a|a daily insult to a great many people in this city⟧”.
“⟦d:a|We are not erasing history. We are choosing who we honour. Those are different things,⟧” he said.
Professor Hilde Marchetti, a historian at Wenlow University, who advised the council, said Josiah Rutherford had owned shares in at least 14 slaving voyages. “⟦d:b|The evidence is not ambiguous. It is in his own ledgers, in his own handwriting,⟧” she said.
Cllr Norman Pettigrew (Ind, Harbourside) voted against, saying the £85,000 cost of new signs and administration was “⟦p:d|money we haven't got for a problem nobody on the street raised⟧”.
“⟦d:d|Ask the people who live there. Most of them had never heard of him until this started,⟧” he said.
One resident of the street, who did not want to be named, agreed. “⟦d:c|I'm going to have to change my address on everything. The bank, the doctor, the lot. Nobody asked me,⟧” she said.
The new name, “⟦s:-|Abolition Row⟧”, was chosen after a public vote.

### 044
@a Ruairi Madden | Chancellor
@b Aditi Bellamkonda | the leader of the opposition
@c Treasury | -
@d Institute for Fiscal Prudence | an independent think tank
Chancellor Ruairi Madden cut the basic rate of income tax by a penny on Wednesday in a budget the opposition called “⟦p:b|a bribe with a bill attached⟧”.
“⟦d:a|This is a budget for people who get up early and go to work,⟧” Madden told parliament in a speech lasting 68 minutes. “⟦d:a|For too long they have paid in and been told to wait. Today they stop waiting.⟧”
He also announced a freeze on fuel duty and £4bn for road repairs, which he described as “⟦p:a|the biggest pothole programme in the history of this country⟧”.
Replying, the leader of the opposition, Aditi Bellamkonda, said the tax cut would be “⟦p:b|clawed back twice over⟧” by frozen thresholds. “⟦d:b|He gives you a penny with one hand and takes two with the other. It's a bribe with a bill attached,⟧” she said.
The Treasury said the measures would cost £7.8bn a year by 2028. “⟦d:c|The budget is fully funded and consistent with the fiscal rules,⟧” it said in a note published alongside the speech.
The Institute for Fiscal Prudence, an independent think tank, said the figures “⟦p:d|do not add up without heroic assumptions about growth⟧”.

### 045
@a Malcolm Ingleby | The veteran backbencher
@b - | A whips' office source
Sir Malcolm Ingleby has been an MP for 31 years and has never, he says, been more worried about his party.
The veteran backbencher, who is leading opposition to the government's planning bill, says he has the signatures of 40 colleagues on an amendment that would give councils a veto over large developments.
"⟦d:a:m|I'm not a rebel by temperament. I've voted with the government on things I hated, more times than I'd like to admit. But this bill takes power away from the people who know their areas and hands it to men in offices who've never been to them.⟧
"⟦d:a:m|My constituents don't object to houses. They object to being told to shut up about houses.⟧
"⟦d:a|If the whips want to have a go at me, they know where I sit. I've sat there since 1993.⟧"
Asked whether he feared losing the whip, Ingleby laughed. "⟦d:a|At my age? What are they going to do, send me to the back benches?⟧"
A whips' office source said the government was "⟦p:b|confident⟧" the bill would pass unamended. "⟦d:b|Malcolm's a much-loved colleague. Forty names on a piece of paper is not forty votes in the lobby,⟧" the source said.

### 046
@a Gemma Tullis | Saltbridge MP
@b Independent Standards Office | the parliamentary watchdog
@c - | a neighbour
@d Kenneth Blaine | director of the Public Purse Alliance
Saltbridge MP Gemma Tullis claimed £9,400 on expenses for a "⟦s:-|second home⟧" that turned out to be her parents' bungalow, the Daily Courier can reveal.
Tullis, 42, claimed for rent, council tax and a £1,100 sofa at the two-bedroom property in Marston Green, where her mother and father have lived since 1979.
Last night she insisted: "⟦d:a|Every claim I have made has been within the rules. I pay my parents a fair market rent and I have the paperwork to prove it.⟧"
But a neighbour told the Courier: "⟦d:c|I've lived here twelve years and I've seen her twice. Christmas, both times.⟧"
Kenneth Blaine, director of the Public Purse Alliance, said: "⟦d:d|If this is within the rules, the rules are a joke. Ordinary families can't charge their mum and dad's sofa to the taxpayer.⟧"
The Independent Standards Office, the parliamentary watchdog, said it had received a complaint and would "⟦p:b|consider it in the usual way⟧".

### 047
@a - | two people briefed on the call
@b Office of the Prime Minister | -
@c Joaquim Serrão | Prime Minister
@d Aurelia Nkemelu | President
A phone call on Sunday between Prime Minister Joaquim Serrão and President Aurelia Nkemelu of neighbouring Marundi was “⟦p:a|tense and at times openly hostile⟧”, according to two people briefed on the call.
Serrão accused Nkemelu of “⟦p:c|breaking her word⟧” over the closure of the Kessa river crossing, one of the people said.
“⟦d:a|There was a lot of shouting, mostly from our side. At one point the interpreter simply stopped interpreting,⟧” said the second person, who was not authorised to speak publicly.
The Office of the Prime Minister's official readout struck a very different tone. It said the two leaders had held a “⟦p:b|frank and constructive⟧” discussion and had “⟦p:b|agreed to remain in close contact⟧”.
Speaking in Marundi's capital on Monday, Nkemelu said the crossing had been closed for “⟦p:d|security reasons which are our business alone⟧”. “⟦d:d|We do not need permission from our neighbours to protect our border. We did not ask for it and we will not ask for it,⟧” she said.
Asked about the call, Serrão told reporters only: “⟦d:c|It was a conversation between two leaders. It will stay that way.⟧”

### 048
@a Philippa Granger | The housing minister
@b Jude Ikwuemesi | the Civic Democrat member for Orford
@c Fergus MacAulay | a government backbencher and landlord
The housing minister, Philippa Granger, faced repeated interventions from both sides of the House on Tuesday as she opened the second reading debate on the Renters' Security Bill.
“⟦d:a|For the first time, a tenant who pays their rent and looks after their home will know that they cannot be thrown out on a landlord's whim,⟧” Granger said.
Jude Ikwuemesi, the Civic Democrat member for Orford, rose to intervene. “⟦d:b|Will the minister give way?⟧”
“⟦d:a|I will, briefly.⟧”
“⟦d:b|She says ‘for the first time’. But the bill doesn't come into force until 2027. How many families will be evicted between now and then?⟧”
Granger said the delay was needed to give the courts time to prepare. “⟦d:a|I would rather do this properly than do it quickly and watch it fall over,⟧” she said.
Fergus MacAulay, a government backbencher and landlord, warned the bill would drive small landlords from the market. “⟦d:c|I declare my interest. I own two flats. And I can tell the minister that half the landlords I know are already selling up,⟧” he said.
“⟦d:a|I'm grateful to my honourable friend for declaring his interest, and for his candour,⟧” Granger replied, to some laughter.

### 049
@a Ilse Brouwer | the branch librarian
@b Winston Appiah | a former firefighter
@c Ruth Feldman | -
@d - | One man in the front row
About 90 people squeezed into Dunmore Library on Thursday night for the only public forum of the mayoral campaign, chaired by the branch librarian, Ilse Brouwer.
"⟦d:a|I've been asked to remind you that this is a library, so please keep the booing to a reasonable volume,⟧" Brouwer said to open the evening.
The two candidates, Winston Appiah and Ruth Feldman, were asked first about the closure of the town's swimming pool.
"⟦d:b|It should never have closed. If I'm elected, I'll reopen it within two years, and if I don't, you can vote me out,⟧" said Appiah, a former firefighter.
Feldman, who has served on the town council for 16 years, said she had "⟦p:c|fought harder than anyone⟧" to save the pool. "⟦d:c|I'd love to promise you that. But I've seen the repair bill, Winston, and you haven't,⟧" she said.
One man in the front row asked what either of them would do about parking on Castle Street. "⟦d:d|I've had three tickets this month just going to the chemist,⟧" he said.
"⟦d:c|Three? You're doing well, I've had four,⟧" Feldman said, to laughter.
Brouwer closed the forum at 9pm sharp. "⟦d:a|The library closes at nine. Even for democracy,⟧" she said.

### 050
@a Lars Enquist | National Renewal chairman
@b Oona Kilbride | deputy leader of the Civic Democrats
@c Niamh Fairley | a political scientist at Castlemere University
@d - | One senior National Renewal figure
The exit poll, released as polling stations closed at 10pm, suggested the Civic Democrats were on course for their first majority in 17 years.
``⟦d:b|We're not counting any chickens. We've seen exit polls before,⟧'' Oona Kilbride, deputy leader of the Civic Democrats, told broadcasters. ``⟦d:b|But if it's anywhere near right, it's a very good night.⟧''
National Renewal chairman Lars Enquist said it was ``⟦p:a|far too early⟧'' to draw conclusions. ``⟦d:a|Exit polls have been wrong before and they'll be wrong again. Let's wait for real votes in real boxes,⟧'' he said.
One senior National Renewal figure was blunter. ``⟦d:d|If that's right, we're finished in the north. Finished,⟧'' he said in a text message.
Professor Niamh Fairley, a political scientist at Castlemere University, said the poll's margin of error was ``⟦p:c|wide enough to drive a bus through⟧'' in close seats but that the overall picture was clear. ``⟦d:c|The direction of travel isn't in doubt. The only question is the size of it,⟧'' she said.

### 051
@a Ezekiel Mwangi | the chairman of the public accounts committee
@b Douglas Pennycook | chief executive of the National Roads Executive
The head of the National Roads Executive was told by the chairman of the public accounts committee, Ezekiel Mwangi, that a £1.9bn motorway upgrade had been "⟦p:a|a masterclass in how not to run a project⟧".
Douglas Pennycook, chief executive of the National Roads Executive, told the committee the M14 upgrade would open "⟦p:b|by the end of next year⟧".
"⟦d:a|You said that last year, Mr Pennycook.⟧"
"⟦d:b|I did, Mr Chairman, and I was wrong. The ground conditions at the Hatley cutting were worse than our surveys showed.⟧"
"⟦d:a|Who did the surveys?⟧"
"⟦d:b|A contractor.⟧"
"⟦d:a|Have you asked for your money back?⟧"
"⟦d:b|We are in discussions.⟧"
Mwangi sighed audibly. "⟦d:a|I've sat on this committee for nine years. 'We are in discussions' means no,⟧" he said.
Pennycook insisted the project would still deliver "⟦p:b|significant benefits for road users⟧" once complete.

### 052
@a Noor Al-Hashimi | Health Minister
@b Justice for Ward 9 | campaign group
@c Bethan Carrow | -
@d - | one reporter
Health Minister Noor Al-Hashimi on Thursday ordered a statutory public inquiry into the deaths of at least 23 babies at the maternity unit of St Aldric's Hospital in Kelvingate.
“⟦d:a|Families have waited too long for answers, and some of them have been lied to. That ends today,⟧” Al-Hashimi told a news conference at the health ministry.
She said the inquiry would have the power to compel witnesses and would be chaired by a retired senior judge. “⟦d:a|Nobody will be able to hide behind a press office or a non-disclosure agreement,⟧” she said.
When one reporter asked, “⟦d:d|Why has it taken four years?⟧”, the minister said: “⟦d:a|That's a fair question, and I don't have a good answer. I'm sorry that it has.⟧”
The campaign group Justice for Ward 9 said it welcomed the announcement but would be “⟦p:b|watching every step⟧”.
Bethan Carrow, whose son Callum died at the unit two days after his birth in 2021, wept as she spoke to reporters outside. “⟦d:c|I've waited four years for someone to say sorry and mean it. Today I think she did,⟧” she said.
“⟦d:c|But sorry isn't answers. We need answers.⟧”

### 053
@a Élodie Caron | Mayor
@b Rémi Lachance | Councillor
@c Sylvie Tremblay | Councillor
@d - | One resident
SAINT-AUBIN-SUR-LAC — Mayor Élodie Caron used her casting vote on Monday night to approve a 3.9 per cent property tax increase, after council split four to four on the town's budget.
«⟦d:a|Nobody wants to be the person who breaks a tie on a tax increase,⟧» Caron said after the vote. «⟦d:a|But a town that can't fix its water pipes isn't a town for long.⟧»
Councillor Rémi Lachance, who led opposition to the increase, said seniors on fixed incomes were «⟦p:b|being asked to pay for twenty years of neglect⟧». «⟦d:b|We're not against the pipes. We're against doing it all in one year, on the backs of people who can least afford it,⟧» he said.
Councillor Sylvie Tremblay, who voted in favour, said delay would only make the bill bigger. «⟦d:c|Every year we wait, it costs more. That's not politics, that's plumbing,⟧» she said.
One resident, speaking during question period, asked the mayor in French whether the council had considered selling the old town hall. «⟦d:d|Avez-vous pensé à vendre l'ancien hôtel de ville?⟧» he asked — «⟦d:d|Have you thought about selling the old town hall?⟧»
«⟦d:a|We have. Nobody wants to buy it,⟧» Caron replied, to laughter.

### 054
@a Bartholomew Ngata | the former Speaker
@b Aroha Ngata | His wife
Bartholomew Ngata, the former Speaker, keeps his gavel in a kitchen drawer, between the tea towels and the takeaway menus.
“⟦d:a|People expect it to be in a glass case. It's a lump of wood. It did its job and now it's retired, like me,⟧” he says.
Ngata presided over the chamber for nine years, through two hung parliaments and what he still calls “⟦p:a|the winter of the filibusters⟧”.
“⟦d:a:m|The worst night was the finance bill in 2014. We sat until twenty past six in the morning. At about four, a minister stood up, looked at me and said, ‘Mr Speaker, I have completely forgotten what I was going to say.’ I said, ‘That makes two of us, minister. Sit down.’⟧
“⟦d:a|The whole House was laughing. It was the only thing that saved us. Everyone was exhausted and furious, and then for two minutes nobody was.⟧”
His wife, Aroha Ngata, says retirement has been “⟦p:b|an adjustment for both of us⟧”. “⟦d:b|He still says ‘Order, order’ when the grandchildren get loud. They think it's hilarious,⟧” she says.
Ngata grins. “⟦d:a|It works on them about as well as it worked on the backbenches.⟧”

### 055
@a Hugh Ansbach | presenter
@b Zainab Kareem | chair of Young Civics
@c - | A Civic Democrat spokesperson
The chair of the Civic Democrats' youth wing has said the party leadership is "⟦p:b|terrified of young voters⟧" and called for the voting age to be lowered to 16 in time for the next election.
Zainab Kareem, 24, chair of Young Civics, made the remarks to presenter Hugh Ansbach on Radio Marlport's drivetime programme on Wednesday.
"⟦d:b|Every time we raise it, we're told it's not a priority. Sixteen-year-olds can work, pay tax and join the army. They can't vote. How is that not a priority?⟧" she said.
"⟦d:a|Your own leader said last month it wasn't going in the manifesto. Are you saying she's wrong?⟧" Ansbach asked.
"⟦d:b|I'm saying she hasn't been persuaded yet. That's my job.⟧"
"⟦d:a|And if you can't persuade her?⟧"
"⟦d:b|Then I'll keep trying. I'm 24. I've got time.⟧"
Ansbach laughed. "⟦d:a|I'm not sure the leader will enjoy hearing that.⟧"
A Civic Democrat spokesperson said the party "⟦p:c|values the energy of its youth wing⟧" and that manifesto decisions would be taken "⟦p:c|in the usual way⟧".

### 056
@a Patrick Dunleavy | the Civic Democrat candidate
@b Mei-Ling Chow | The party's chair
@c Gideon Ashworth | the National Renewal candidate
@d Stefan Lindqvist | a pollster at Northway Research
With nine days to go until the Fenmoor by-election, the Civic Democrats believe they are within touching distance of a seat they have never held.
“⟦d:a|People here have voted the same way for ninety years and got the same result. I'm just asking them to try something different, once,⟧” said Patrick Dunleavy, the Civic Democrat candidate, as he canvassed outside a supermarket in Fenmoor town centre on Saturday.
The party's chair, Mei-Ling Chow, who has visited the constituency eleven times, said the mood on the doorstep was “⟦p:b|the best I have ever seen⟧”. “⟦d:b|We're not taking anything for granted. But I've stopped being surprised when lifelong National Renewal voters tell us they're lending us their vote,⟧” she said.
Gideon Ashworth, the National Renewal candidate, dismissed the talk. “⟦d:c|They've said this before every election since I was a boy. Fenmoor knows its own mind,⟧” he said.
Stefan Lindqvist, a pollster at Northway Research, said a survey of 600 voters put the two parties level. “⟦d:d|It's genuinely too close to call, which in a seat like Fenmoor is remarkable in itself,⟧” he said.

### 057
@a Colm O'Driscoll | Fisheries Minister
@b - | One skipper
@c Coastal Fishermen's Federation | -
@d Maeve Gilroy | -
KILBRANNAN — Fisheries Minister Colm O'Driscoll defended cuts to cod quotas in the legislature on Wednesday, saying stocks in the western grounds were ``⟦p:a|at the edge of collapse⟧''.
``⟦d:a|I didn't become minister to tell fishermen they can catch less. But if we don't do it now, in ten years there'll be nothing left to catch,⟧'' O'Driscoll told deputies.
Maeve Gilroy, who represents the coastal constituency of Inishcarra, accused him of ``⟦p:d|sacrificing a way of life to balance a spreadsheet⟧''. ``⟦d:d|The minister should come to Inishcarra harbour on a Monday morning and explain these cuts to the men and women who'll be tying up their boats,⟧'' she said.
``⟦d:a|I'll come on Monday,⟧'' O'Driscoll replied. ``⟦d:a|And I'll bring the scientists with me.⟧''
The Coastal Fishermen's Federation said the cuts would cost ``⟦p:c|at least 300 jobs⟧'' along the west coast.
One skipper, reached by phone at sea, said: ``⟦d:b|The fish are there. I see them every day. The scientists should come out with us for a week.⟧''

### 058
@a - | One senior aide
@b - | A former adviser to both
@c Ayodele Brennan | Prime Minister
@d Katrin Solberg | Finance Minister
@e - | A spokeswoman for Solberg
Relations between Prime Minister Ayodele Brennan and Finance Minister Katrin Solberg have broken down to the point where the two barely speak outside cabinet, according to current and former aides.
One senior aide described the atmosphere between the two offices as "⟦p:a|poisonous⟧". "⟦d:a|They communicate through their chiefs of staff, and the chiefs of staff communicate through sighs,⟧" the aide said.
A former adviser to both said the rift dated back to the spring budget, when Solberg's team learned of a spending announcement from the radio. "⟦d:b|She found out about a two-billion commitment from the morning news. You don't forget that,⟧" the former adviser said.
Asked about the reports during a school visit on Tuesday, Brennan said: "⟦d:c|Katrin is doing an outstanding job and we talk all the time. I'd gently suggest some of these 'aides' have too much time on their hands.⟧"
Solberg, speaking separately in Listerby, was briefer. "⟦d:d|I work for the prime minister and for the country. That's all there is to say,⟧" she said.
A spokeswoman for Solberg later said the minister "⟦p:e|does not recognise⟧" the account of a rift.

### 059
@a Gwyneth Parry-Obi | the health and social care ombudsman
@b Leonard Fitzwilliam | The committee's chairman
@c Rashida Noorani | -
The ombudsman for health and social care has told MPs that complaints about care homes have doubled in three years and that many families are “⟦p:a|too frightened to complain at all⟧”.
Gwyneth Parry-Obi, the health and social care ombudsman, told the health committee that relatives feared their loved ones would be “⟦p:a|punished, quietly⟧” if they raised concerns.
“⟦d:a|We hear it again and again. A daughter complains about her mother's bed sores and the next week the visiting hours are suddenly restricted. You can't prove it, but the families know,⟧” she said.
The committee's chairman, Leonard Fitzwilliam, asked whether the ombudsman had the powers she needed. “⟦d:b|If you were designing your office from scratch, what would you change?⟧”
“⟦d:a|I would want the power to investigate without waiting for a complaint. At the moment I can only act when someone is brave enough to come forward,⟧” Parry-Obi said.
Rashida Noorani, whose mother spent her last two years in a care home, said: “⟦d:c|I recognise every word of what the ombudsman has said. I was one of those daughters. I never complained, and I regret it every day.⟧”
Fitzwilliam said the committee would recommend the extra powers in its report. “⟦d:b|I don't think anyone in this room needs persuading,⟧” he said.

### 060
@a Alan Brathwaite | the council's chief executive
@b Kerry-Ann Douglas | -
@c Harjit Sandhu | Council leader
@d Rivers Authority | -
Residents whose homes were flooded in last week's storms confronted council bosses at an emergency meeting in Lowbridge on Monday night, demanding to know why warnings came so late.
Alan Brathwaite, the council's chief executive, told about 200 people at Lowbridge Community Hall that the authority had received the Rivers Authority's red alert at 11.40pm. "⟦d:a|We had crews on the ground within the hour. I know that wasn't fast enough for many of you, and I'm sorry,⟧" he said.
Kerry-Ann Douglas, whose ground floor on Weir Street was under four feet of water, stood up to speak. "⟦d:b|Within the hour? The water was at my kitchen window by then. My kids were on the stairs. Nobody came until the morning,⟧" she said.
Council leader Harjit Sandhu promised an independent review. "⟦d:c|I won't stand here and tell you everything went right. It didn't. We will find out what went wrong and we will publish it, every word,⟧" he said.
"⟦d:b|And then what?⟧" Ms Douglas shouted back. "⟦d:b|Another report on a shelf?⟧"
The Rivers Authority said in a statement that the storm had been "⟦p:d|exceptional⟧" and that river levels had risen "⟦p:d|faster than any model predicted⟧". "⟦d:d|We issued warnings as soon as the data allowed,⟧" it said.

### 061
@a Eleanor Whitcombe | the president's nominee for the Supreme Court
@b Marcus Delacroix | the committee's ranking member
@c Ruth Ainsworth | Senator
Judge Eleanor Whitcombe, the president's nominee for the Supreme Court, declined on Tuesday to say how she would rule on the state's abortion law, telling senators it would be "⟦p:a|improper⟧" to prejudge a case that could come before her.
"⟦d:a|I have views, senator, like every citizen. But I was not nominated to share them,⟧" Whitcombe told the judiciary committee on the second day of her confirmation hearing.
Senator Marcus Delacroix, the committee's ranking member, pressed her on an article she wrote as a law student in 1998 describing one of the court's earlier rulings as "⟦p:a|poorly reasoned⟧".
"⟦d:b|Were you wrong then, or are you hiding something now?⟧" Delacroix asked.
"⟦d:a|I was twenty-three, senator. I've read a great deal since. I'd hope we've all changed our minds about something since we were twenty-three,⟧" she replied, to some laughter in the room.
Senator Ruth Ainsworth, who chairs the committee, intervened to defend the nominee. "⟦d:c|The senator knows perfectly well that no nominee in the history of this committee has answered that question. Judge Whitcombe won't be the first,⟧" Ainsworth said.
A committee vote is expected next week.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh60.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh60",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
