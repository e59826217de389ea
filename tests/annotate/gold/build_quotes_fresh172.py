# ruff: noqa: E501
"""Build ``quotes_fresh172.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is political
copy: parliamentary question times and debates with interruptions from the benches,
select committee hearings and inquiries, broadcast and radio interviews in which
presenters press ministers (some printed as exchanges or transcripts), campaign trails,
hustings and election counts, lobby briefings by spokespeople, council meetings,
leadership contests, leaks and unnamed sources, and summits and foreign ministers'
press conferences, in the styles of wire copy, broadsheets, tabloids, local papers,
magazines and broadcasters' web pages.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh172-NNN``.

Conventions (the same as ``build_quotes_fresh8.py`` and ``build_quotes_fresh58.py``):

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

* A title or role phrase standing before the name, with or without a comma
  (``Transport minister Jasper Quennell``, ``the Prime Minister, Ruth Okonkwo-Hale``,
  ``The first caller, Gary in Felstead``), is the description when no appositive
  follows the name; when one does (``Her campaign manager, Benedict Sorell, a former
  party treasurer``), the appositive after the name is the description.
* Where a speaker is introduced without an appositive and the passage refers to them
  by a definite description in the next sentence or at a cue (``the 34-year-old``,
  ``the mother-of-two``, ``the National Reform Party leader``), that description is
  taken. A predicate (``won the mayoralty``, ``has voted in every election since
  1959``) or an age on its own is not a description.
* A non-restrictive relative clause after an appositive (``a second official, who
  asked not to be named …``) is not part of the description; a restrictive clause or
  a participle phrase is (``a crofter who farms sheep at the north end of the island``,
  ``a retired nurse waiting for a hip operation``).
* Interjections from the benches or the floor by an identified or described
  individual (``one government backbencher shouted``, ``the member for Carrington``)
  are ``direct`` with that speaker or description. Collective cries from a body of
  members (``cries of “Shame!” from the opposition benches``) are treated like chants:
  ``scare``.
* Questions from unnamed journalists at briefings, press conferences and doorsteps
  are ``direct`` with the description as written (``one journalist``, ``a reporter``,
  ``our reporter``); a shouted question with no cue whose asker cannot be told is
  ``direct`` with speaker and description null.
* What a spokesperson says at a lobby briefing on behalf of a head of government is
  the spokesperson's speech (null speaker, ``the Prime Minister's official
  spokesman``), not the head of government's. Plural unnamed sources (``Allies of the
  chancellor``) are treated like single ones: null speaker, the phrase as description.
* Text quoted from a leaked or published document with no identified author (a
  memo, a draft manifesto) is ``partial`` or ``direct`` with speaker and description
  null; where the passage attributes the document to a named person or organisation,
  that author is the speaker. Document titles, programme and podcast titles and
  security markings are ``scare``, as are policy labels discussed as words.
* Words that one speaker relays as another named person's (a minister in a
  transcript answer quoting the First Sea Lord) belong to the person whose words they
  are. A viewer's message or a constituent's email read out by someone else belongs
  to its writer.
* Radio callers introduced by first name and place (``Gary in Felstead``): the first
  name is the speaker; the place is not a description.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; a named host's, presenter's, moderator's or interviewer's
  questions are that person's speech. In a printed dialogue (alternating quote-only
  paragraphs) each turn belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh172.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh172.jsonl")

PASSAGES = """
### 001
@a Ruth Okonkwo-Hale | Prime Minister
@b Desmond Farrier | the leader of the opposition
@c Maeve Gallagher | the Speaker
@d - | one government backbencher
KESTON, May 14 (Albray Press Association) - Prime Minister Ruth Okonkwo-Hale was accused on Wednesday of "⟦p:b|hiding behind a spreadsheet⟧" over hospital waiting lists, in one of the most ill-tempered question sessions of the parliamentary year.
Opening the exchanges, the leader of the opposition, Desmond Farrier, asked: "⟦d:b|Can the Prime Minister tell the House how many patients in the Harrowfield region have now waited more than two years for an operation?⟧"
"⟦d:a|The number he is looking for is falling, and it is falling faster than it ever did when his party was in charge,⟧" Okonkwo-Hale replied, to cheers from the government benches.
Farrier rose again. "⟦d:b|That wasn't the question, Madam Speaker. The answer is 4,112. Four thousand one hundred and twelve people, and she can't bring herself to say the number.⟧"
"⟦d:d|Rubbish!⟧" shouted one government backbencher.
"⟦d:c|Order. The right honourable gentleman will be heard,⟧" said the Speaker, Maeve Gallagher.
Okonkwo-Hale said the government had "⟦p:a|inherited a broken system⟧" and would publish a recovery plan "⟦p:a|within weeks, not months⟧". Farrier told reporters afterwards that he had heard that promise "⟦p:b|at least six times⟧".

### 002
@a Gareth Pryce-Evans | The committee's chair
@b Anjali Varma | the department's permanent secretary
@c Tobias Lind | a Free Democrat member of the committee
@d Department of Ports and Transport | -
The most senior civil servant at the Department of Ports and Transport was accused of giving MPs “⟦p:a|a masterclass in saying nothing⟧” during a bruising two-hour hearing on the spiralling cost of the Northline rail upgrade.
Anjali Varma, the department's permanent secretary, had been summoned to explain why the project's budget had risen by almost two-thirds in eight months.
The committee's chair, Gareth Pryce-Evans, wasted no time. “⟦d:a|Ms Varma, in March you told this committee the budget was £4.2bn. It is now £6.9bn. When did you first know?⟧”
“⟦d:b|We became aware of significant pressures on the budget in the late spring—⟧”
“⟦d:a|Pressures? It has gone up by two-thirds.⟧”
“⟦d:b|If I may finish, chair. We became aware in the late spring, and ministers were informed in June, as I set out in my letter.⟧”
Tobias Lind, a Free Democrat member of the committee, asked whether ministers had been told “⟦p:c|the whole truth⟧” in June. “⟦d:b|Ministers were given the best information we had at the time,⟧” Varma said.
“⟦d:c|With respect, that's not what I asked,⟧” Lind replied. “⟦d:c|Did anyone in your department tell the minister the true figure before the spending review? Yes or no?⟧”
After a long pause, Varma said: “⟦d:b|I would need to check the precise sequence of submissions, and I will write to the committee.⟧”
Pryce-Evans closed the session by saying the committee would “⟦p:a|not let this go⟧”. In a note published later, the Department of Ports and Transport said it “⟦p:d|remains fully committed to delivering Northline⟧” and that cost estimates were “⟦p:d|subject to ongoing review⟧”.

### 003
@a Siobhan Kearney | Presenter
@b Lorna Achterberg | The housing minister
The housing minister, Lorna Achterberg, refused five times to say whether the government would meet its target of 300,000 new homes a year during a tense interview on City Radio's breakfast programme on Tuesday.
Presenter Siobhan Kearney put the question to her directly: "⟦d:a|Will you hit the target this year, yes or no?⟧"
"⟦d:b|What I will say is that we are building more homes than at any point in the last—⟧"
"⟦d:a|That's not a yes.⟧"
"⟦d:b|Siobhan, you have to let me answer.⟧"
"⟦d:a|I've asked you four times, minister.⟧"
"⟦d:b|And I've answered four times. We are on track for the biggest year of housebuilding in a generation.⟧"
Achterberg said the target remained "⟦p:b|the right ambition⟧" but acknowledged that planning delays were "⟦p:b|a real drag⟧" on builders. She also declined to say whether she had discussed the figures with the Prime Minister.
Speaking to reporters outside the studio afterwards, she said: "⟦d:b|I'm not going to be bounced into a headline by a breakfast show. I've got a job to do.⟧"

### 004
@a Clive Barraclough | The National Reform Party leader
@b - | A party aide
@c Sharon Pitt | pensioner
HAPLESS Clive Barraclough was left red-faced yesterday after a furious pensioner told him to “⟦p:c|get back on your battle bus and keep driving⟧”.
The National Reform Party leader was glad-handing shoppers at Dunmoor market when pensioner Sharon Pitt, 71, collared him beside the veg stall.
“⟦d:c|You lot promised us a new bus station ten years ago. Where is it?⟧” she fumed.
Barraclough, 58, spluttered: “⟦d:a|Well, madam, I think you'll find that was the other lot, actually.⟧”
“⟦d:c|It was YOU. I remember your face off the leaflets,⟧” she shot back, jabbing a finger at his rosette.
A party aide was heard muttering “⟦d:b|get him out of here⟧” as the flustered leader was bundled into a waiting car.
Later Barraclough insisted: “⟦d:a|I love a bit of robust debate. That's what campaigning is all about.⟧”
But gran-of-six Sharon told the Daily Courier: “⟦d:c|Robust? He legged it.⟧”

### 005
@a - | the Prime Minister's official spokesman
@b - | One journalist
@c Harriet Dunmore | the chancellor
The Prime Minister has "⟦p:a|full confidence⟧" in the chancellor, Harriet Dunmore, despite weekend reports that she threatened to resign over spending limits, the Prime Minister's official spokesman said on Monday.
At the regular morning briefing for political journalists, the spokesman said: "⟦d:a|The chancellor is doing an excellent job and the Prime Minister looks forward to working closely with her on the budget.⟧"
Asked whether the two had spoken over the weekend, he said: "⟦d:a|They speak regularly. I'm not going to get into the content of private conversations.⟧"
One journalist asked: "⟦d:b|Is it true she shouted at him in the Cabinet Room?⟧"
"⟦d:a|I wouldn't recognise that characterisation,⟧" the spokesman replied.
Dunmore herself, leaving the Finance Ministry on Sunday evening, had been asked by a waiting camera crew whether she was about to quit. "⟦d:c|Nice try,⟧" she said.

### 006
@a Bernadette Quayle | Council leader
@b Yusuf Adebayo | leader of the Independent group
@c Glenys Mortimer | the mayor
@d - | A resident in the public gallery
Tempers flared at Hallam Vale District Council on Thursday night as councillors debated plans to close two of the town's three public toilets.
Council leader Bernadette Quayle said the closures would save £84,000 a year. "⟦d:a|Nobody became a councillor to shut toilets. But our grant has been cut by a third and something has to give,⟧" she said.
Cllr Yusuf Adebayo, leader of the Independent group, called the plan "⟦p:b|penny-pinching of the meanest kind⟧".
"⟦d:b|Has the leader ever tried to find a loo on Market Street with a three-year-old in tow?⟧" he asked. "⟦d:b|Because I have, and it is not a fun afternoon.⟧"
A resident in the public gallery shouted "⟦d:d|Shame on you!⟧", prompting the mayor, Glenys Mortimer, to threaten to clear the gallery.
"⟦d:c|I will not have this meeting disrupted. One more outburst and I will adjourn,⟧" Cllr Mortimer said.
Cllr Quayle responded: "⟦d:a|I understand people are upset. We will look at a community toilet scheme with local businesses.⟧"
The proposal was passed by 23 votes to 17. Outside the town hall, campaigners held placards reading "⟦s:-|Relief Not Cuts⟧" and "⟦s:-|Spend A Penny Hallam⟧".

### 007
@a Tamsin Oyelaran-Reid | the former health secretary
@b Benedict Sorell | a former party treasurer
@c - | One MP who has backed her rival
Tamsin Oyelaran-Reid does not do small talk. Ten minutes into our conversation on a stopping train to Kessington, the former health secretary has already dismissed the leadership contest's first hustings as “⟦p:a|a beauty parade⟧” and her rival's tax plan as “⟦p:a|a fairy story with a spreadsheet stapled to it⟧”.
“⟦d:a:m|I'm not running to be liked. I've been in this party for twenty-two years and I've been liked and disliked in roughly equal measure, usually by the same people.⟧
“⟦d:a:m|What I'm running for is to win the next election, and I don't think we do that by spending six months telling people everything is fine. It isn't fine. They know it isn't fine.⟧
“⟦d:a|So let's start there.⟧”
Her campaign manager, Benedict Sorell, a former party treasurer, is more emollient. “⟦d:b|Tamsin says what she thinks. Our job is to make sure she's thought it before she says it,⟧” he says, only half joking.
Not everyone is charmed. One MP who has backed her rival told me the campaign had “⟦p:c|the energy of a revival tent and the discipline of a school trip⟧”.
I put that to her as the train pulls into Kessington. She laughs. “⟦d:a|Have they been on a school trip recently? They're terrifyingly disciplined. Ask any teacher.⟧”
“⟦d:-|Do you ever worry that you're too blunt for the job?⟧” I ask.
“⟦d:a|Blunt is what the job needs. The country has had a decade of polish.⟧”

### 008
@a Henri Vasseur-Lamarque | the Vestrian foreign minister
@b Ingrid Solheim | His Norrland counterpart
@c - | A reporter from a Vestrian broadcaster
@d Aubrac Fishermen's Cooperative | -
LISLE - The foreign ministers of Vestria and Norrland said on Friday they had made «⟦p:a|real progress⟧» towards settling a fisheries dispute that has soured relations between the neighbours for almost a decade, but stopped short of announcing a deal.
Speaking through an interpreter at a joint press conference, the Vestrian foreign minister, Henri Vasseur-Lamarque, said: «⟦d:a|We are not there yet. But for the first time in many years I can say that we are speaking the same language, even if we still need the interpreters.⟧»
His Norrland counterpart, Ingrid Solheim, was more cautious. «⟦d:b|There is a text on the table. There is not yet a signature under it,⟧» she said.
A reporter from a Vestrian broadcaster asked: «⟦d:c|Minister, will the fishermen of Port Aubrac lose their catch on the Gorran Bank or not?⟧»
«⟦d:a|Nobody is going to lose anything,⟧» Vasseur-Lamarque replied. «⟦d:a|Everybody is going to gain stability, and stability is worth more than a few tonnes of cod.⟧»
Asked when a deal might be signed, Solheim answered in Norrlandic - «⟦d:b|Det er ikke over før det er over⟧» - before translating herself with a smile: «⟦d:b|It is not over until it is over.⟧»
Fishing organisations on both sides reacted warily. The Aubrac Fishermen's Cooperative said it would «⟦p:d|judge the agreement by its quotas, not by its adjectives⟧».

### 009
@a - | a senior government source
@b - | A second official
@c Marcus Oduya | the opposition's home affairs spokesman
@d Interior Ministry | -
A leaked memo seen by Meridian News warns ministers that the country's prisons could be "⟦p:-|completely full by Easter⟧", months earlier than officials have publicly admitted.
The four-page document, marked "⟦s:-|Official - Sensitive⟧", was sent to the interior minister's private office in January. It says emergency measures are "⟦p:-|now unavoidable⟧" and sets out options including the early release of some prisoners.
"⟦d:a|Everyone has known this was coming for eighteen months. The memo just puts it in writing,⟧" a senior government source said.
A second official, who asked not to be named because they were not authorised to speak to the media, said ministers had been "⟦p:b|warned again and again⟧" and had "⟦p:b|chosen to look the other way⟧".
The Interior Ministry said in a statement: "⟦d:d|We do not comment on leaked documents. We are taking decisive action to increase prison capacity, including 4,000 new places by next year.⟧"
Marcus Oduya, the opposition's home affairs spokesman, said: "⟦d:c|If this memo is accurate, the minister has some serious explaining to do. Did he know, and when did he know it?⟧"
"⟦d:c|The public are entitled to an answer by the end of the week,⟧" he added.

### 010
@a Priyanka Deshmukh | the Progressive Union candidate
@b Alun Rhys-Jenkins | the sitting MP
@c Fern Castellano | The Green candidate
@d - | a retired nurse waiting for a hip operation
@e Lyle Fairweather | The chair
More than 200 people packed St Bride's church hall in Wenlock Cross on Tuesday evening for the only hustings of the campaign in the Wenlock and Dray constituency.
The first question, from a retired nurse waiting for a hip operation, set the tone. “⟦d:d|Which of you is actually going to fix it? And please don't tell me it's complicated.⟧”
Alun Rhys-Jenkins, the sitting MP, went first. “⟦d:b|It is complicated, I'm afraid, and I'm not going to insult you by pretending otherwise,⟧” he said, to audible groans.
Priyanka Deshmukh, the Progressive Union candidate, seized on the answer. “⟦d:a|Fourteen years he's been our MP, and it's still complicated,⟧” she said. “⟦d:a|I'll tell you what isn't complicated: paying nurses enough that they stay.⟧”
The Green candidate, Fern Castellano, said both the main parties had “⟦p:c|treated the health service like a cash machine⟧” and promised to “⟦p:c|stop the raids⟧”.
The chair, the Rev Lyle Fairweather, had to intervene more than once. “⟦d:e|Please, let the candidates finish. You'll all get your turn,⟧” he said as shouting broke out at the back of the hall.
“⟦d:e|Mr Rhys-Jenkins, thirty seconds to respond.⟧”
“⟦d:b|I'll need rather more than thirty seconds to undo that much nonsense,⟧” the MP replied, drawing laughter even from his opponents.

### 011
@a Eleanor Mbatha | the Civic Party MP for Greyford
@b Rosalind Tiernan | -
@c Kwame Asante-Boateng | The deputy speaker
@d - | one member
In a debate that left several MPs in tears, Eleanor Mbatha, the Civic Party MP for Greyford, described sitting with her father in the final weeks of his life.
“⟦d:a:m|He asked me, near the end, whether it would always be like this. I said no, because I didn't know what else to say. I lied to my father.⟧
“⟦d:a:m|I do not want any other daughter in this country to have to tell that lie.⟧
“⟦d:a|That is why I will be voting for this bill tonight.⟧”
Speaking against, Rosalind Tiernan, who has represented Otterbridge for the Progressive Union since 2009, said she admired Mbatha's courage “⟦p:b|more than I can say⟧” but feared that vulnerable people would come to feel “⟦p:b|a quiet pressure to step aside⟧”.
“⟦d:b|The right to die can very quickly become a duty to die,⟧” she said. “⟦d:b|I have seen it happen in families, not through cruelty, but through love and exhaustion.⟧”
When one member rose to intervene, she declined. “⟦d:b|I won't give way, if he'll forgive me. I have very little time.⟧”
“⟦d:d|She gave way to the minister!⟧” the member protested from a sedentary position.
The deputy speaker, Kwame Asante-Boateng, reminded the House that the debate was “⟦p:c|on a matter of conscience⟧” and asked members to “⟦p:c|extend one another the courtesy of listening⟧”.

### 012
@a Dominic Ferreira | The Defence Secretary
@b Neve Castellane | The First Sea Lord
@c Bronwen Ashby | the shadow defence secretary
The Defence Secretary, Dominic Ferreira, appeared on Sunday Politics Live with Nadia Rahimi to defend the strategic defence review, which he has called "⟦p:a|the most serious in a generation⟧". An edited transcript of the interview follows.
NADIA RAHIMI: Defence Secretary, Bronwen Ashby, the shadow defence secretary, says this review is "⟦p:c|a cut dressed up as a reform⟧". Is she wrong?
DOMINIC FERREIRA: She's wrong, and she knows she's wrong. We are spending more on defence this year than last year, and we will spend more next year than this year.
NADIA RAHIMI: But you're losing two frigates.
DOMINIC FERREIRA: We are retiring two frigates that are older than some of the sailors on them. The First Sea Lord, Admiral Neve Castellane, put it to me very simply: "⟦d:b|We need hulls in the water that can fight, not hulls in the water that can be photographed.⟧" And I agree with her.
NADIA RAHIMI: Isn't that what every defence secretary says before a cut?
DOMINIC FERREIRA: Look, I've heard all the talk about a so-called "⟦s:-|peace dividend⟧". There is no peace dividend. There's a bill, and we're paying it.

### 013
@a Darlene Whitcomb-Ruiz | the state's governor
@b Travis Oakhurst | the Senate minority leader
@c - | a reporter
MERRIMAC CITY (Capitol Wire) - Darlene Whitcomb-Ruiz, the state's governor, on Tuesday defended her $48 billion budget proposal against accusations from the opposition Commonwealth Party that it raids the state's rainy-day fund.
"⟦d:a|This is exactly the rainy day that fund was built for,⟧" Whitcomb-Ruiz told reporters at the Capitol. "⟦d:a|If not now, when?⟧"
Asked whether she would veto a budget that did not include her child care expansion, the governor said: "⟦d:a|I'm not going to negotiate through the press. But I'm not going to sign a budget that leaves 30,000 kids on a waiting list, either.⟧"
"⟦d:c|So that's a yes?⟧" a reporter pressed.
"⟦d:a|That's a 'you heard me,'⟧" she said, to laughter.
Travis Oakhurst, the Senate minority leader, said in a statement that the proposal was "⟦p:b|a spending spree dressed up as prudence⟧" and that his caucus would "⟦p:b|not rubber-stamp it⟧".
"⟦d:b|The governor wants to spend the savings account on new furniture,⟧" Oakhurst said later in an interview on WMRC's Capitol Talk.
The budget must be passed by June 30.

### 014
@a Jasper Quennell | Transport minister
@b - | A friend of the minister
@c Nkechi Obi-Wallace | Opposition chief whip
A MINISTER was last night fighting for his job after leaked messages showed him branding his own constituents “⟦p:a|moaning minnies⟧”.
Transport minister Jasper Quennell wrote in a private WhatsApp group of Civic Party MPs: “⟦d:a|Had another 40 emails about the bypass. Honestly, this lot would moan if you gave them a free Ferrari.⟧”
In another message, sent at 11.42pm, he added: “⟦d:a|Nobody in my patch has been on a bus since 1987 so no idea why they're crying about the number 14.⟧”
Opposition chief whip Nkechi Obi-Wallace blasted: “⟦d:c|This is what they really think of you. Contempt, pure and simple.⟧”
“⟦d:c|If he had any shame he'd be gone by breakfast.⟧”
A friend of the minister insisted the messages were “⟦p:b|banter between colleagues⟧” that had been “⟦p:b|ripped out of context⟧”.
“⟦d:b|Jasper's mortified. He's spent all day ringing people up to apologise,⟧” the pal said.
Quennell posted last night: “⟦d:a|I used language I deeply regret in a private chat. My constituents deserve better and I apologise unreservedly.⟧”

### 015
@a Dimitra Kallergi | Ambeli's foreign minister
@b Rustam Nazarov | Her Tarsovan counterpart
@c Amara Sow | the Concord's special envoy
@d - | One Western diplomat in Port Arven
PORT ARVEN, March 4 (Meridian) - The foreign ministers of Ambeli and Tarsova agreed on Thursday to reopen their shared border crossing at Kessaly for humanitarian convoys, in what the Concord's special envoy, Amara Sow, called ``⟦p:c|the first crack of daylight⟧'' in a year-long standoff.
``⟦d:a|We have agreed on the corridor. We have not agreed on anything else,⟧'' Ambeli's foreign minister, Dimitra Kallergi, told reporters after more than four hours of talks at the Concord's regional headquarters.
Her Tarsovan counterpart, Rustam Nazarov, speaking separately, said his government had made ``⟦p:b|a gesture of good faith⟧'' and now expected ``⟦p:b|reciprocity, not speeches⟧''.
Asked whether the two ministers would meet again, Nazarov said: ``⟦d:b|If there is something to meet about.⟧''
Kallergi was asked the same question an hour later. ``⟦d:a|Mr Nazarov knows my phone number,⟧'' she said. ``⟦d:a|He has never had any trouble finding it when he wants something.⟧''
Sow, who brokered the talks, said the agreement remained fragile. ``⟦d:c|I would not call it a breakthrough. I would call it a door that is no longer locked,⟧'' she said.
One Western diplomat in Port Arven was more sceptical: ``⟦d:d|Convoys have been promised before. Let's see a lorry cross.⟧''

### 016
@a - | a source close to Farrier
@b Callum Drysdale | a former minister
@c - | one backbench MP
@d Isobel Fairlie-Mensah | The party chair
@e Desmond Farrier | the opposition leader
Allies of Desmond Farrier, the opposition leader, moved to shore up his position last night amid growing talk of a leadership challenge, with a source close to Farrier dismissing the would-be plotters as "⟦p:a|a handful of malcontents with a WhatsApp group and no candidate⟧".
"⟦d:a|If Callum wants the job, he knows where the nomination papers are kept,⟧" the source said. "⟦d:a|He won't, because he can count.⟧"
Callum Drysdale, a former minister, had earlier used an interview with the Westcountry Gazette to call for "⟦p:b|a serious conversation⟧" about the party's direction after its poor showing in the May local elections.
"⟦d:b|I'm not calling for anyone to go. I'm calling for us to wake up,⟧" he told the paper. "⟦d:b|We lost councils we have held since before I was born.⟧"
Not all of his colleagues were persuaded by the distinction. "⟦d:c|Everybody knows exactly what Callum is doing. He's just not brave enough to say it out loud,⟧" one backbench MP said.
The party chair, Isobel Fairlie-Mensah, said: "⟦d:d|Desmond has the full support of the party. Anyone who has a problem knows my door is open.⟧"
Farrier, visiting a steelworks in Brantford, was asked whether he would fight any challenge. "⟦d:e|I'm not going anywhere. I've got a government to beat,⟧" he said.

### 017
@a Marisol Ybarra | Council member
@b Reginald Tolliver | one of the two dissenting votes
@c Hana Kobayashi-Reyes | City manager
@d Donna | One speaker during public comment
Brookhaven's city council voted 5-2 early Wednesday to approve a contentious rezoning of the old Lakeside rail yard, after more than four hours of public comment that stretched past 1 a.m.
Council member Marisol Ybarra, whose district includes the site, said she had listened to every speaker. "⟦d:a|I've heard every single one of you. I've also heard from the 1,200 families on our housing waitlist, and they couldn't be here tonight because they're at work,⟧" she said.
Reginald Tolliver, one of the two dissenting votes, said the council was "⟦p:b|rushing a 50-year decision into a single night⟧". Tolliver, known around City Hall as "⟦s:-|Reggie⟧", has represented the east side since 2011.
"⟦d:b|Why the hurry? What has the developer told you that you're not telling us?⟧" he asked.
Ybarra shot back: "⟦d:a|Nothing, Reggie. It's all in the staff report. Page 41.⟧"
City manager Hana Kobayashi-Reyes said: "⟦d:c|Every communication with the applicant is in the public record, and has been since March.⟧"
One speaker during public comment, who gave her name only as Donna, told the council: "⟦d:d|You're about to pave over the last place in this city where my kids can see a heron.⟧" She received a standing ovation from about half the room.
The project, known as Lakeside Commons, would include 640 homes, 20 percent of them designated "⟦s:-|affordable⟧" under city rules.

### 018
@a Tavita Faleolo | The 34-year-old
@b Mereana Tāwhiri | Her deputy
@c - | One long-serving councillor
Tavita Faleolo won the Port Karewa mayoralty last October on a promise to “⟦p:a|fix the pipes before the flags⟧”. A year on, the pipes are still leaking, and the flags have caused more trouble than anyone expected.
“⟦d:a:m|I underestimated how much of this job is about things nobody will ever thank you for. Nobody has ever stopped me in the supermarket to say, 'Great stormwater consent, Mayor.'⟧
“⟦d:a|But that's the job. I knew it was the job. I just didn't know how much of it there'd be.⟧”
The 34-year-old has clashed repeatedly with older members of the council, most publicly over her decision to fly the Samoan flag outside the civic building during Samoan Language Week.
One long-serving councillor, who asked not to be named, described the flag row as “⟦p:c|the most fuss over a piece of cloth since the Bayeux Tapestry⟧”.
Faleolo is unrepentant. “⟦d:a|My grandmother came here on a boat in 1962 and cleaned this building at night for twenty years. She'd have loved to see that flag. That's the end of the conversation for me.⟧”
Her deputy, Mereana Tāwhiri, says the mayor's style takes some getting used to. “⟦d:b|She moves fast. Some of us are used to a council that moves at the speed of a glacier, and a glacier with a bad knee,⟧” she says.
“⟦d:b|I tell her: kia tūpato, be careful. She tells me she is being careful. We're both right.⟧”

### 019
@a Femi Akinwande | The moderator
@b Deepa Chaudhry | the foreign secretary
@c Rupert Vaughan-Lisle | the former chancellor
@d Yardley Insight | -
The two candidates vying to lead the Civic Party, and with it the country, clashed repeatedly over tax in a bad-tempered televised debate on Tuesday night.
Deepa Chaudhry, the foreign secretary, accused Rupert Vaughan-Lisle, the former chancellor, of "⟦p:b|magical thinking⟧" over his pledge to cut the basic rate of income tax by three pence.
"⟦d:b|Where is the money coming from, Rupert? Where is the money?⟧" she asked.
"⟦d:c|From growth, Deepa, which you'd know something about if you'd ever run a business—⟧"
"⟦d:b|Oh, here we go.⟧"
"⟦d:c|—rather than a press office.⟧"
The moderator, Femi Akinwande, struggled to regain control. "⟦d:a|Can I - can I stop you both there? Nobody watching can hear either of you,⟧" he said.
Vaughan-Lisle later told reporters in the spin room that the clash had been "⟦p:c|a bit of healthy theatre⟧". "⟦d:c|Members want to see a fight. They saw one,⟧" he said.
A snap poll of party members by Yardley Insight found 52 percent thought Chaudhry had won. The polling firm said the result was "⟦p:d|within the margin of error⟧" and the contest remained "⟦p:d|too close to call⟧".

### 020
@a Katarzyna Wiśniewska | the Lorvanian prime minister
@b Pieter van Aalst | Estmark's prime minister
@c Gül Demirtaş | the president of the Union Council
@d - | A diplomat from one southern member state
VELDHOVEN, June 12 (Continental Press) - Leaders of the Union's 22 member states arrived for a two-day summit on Thursday deeply divided over a proposed common defence fund, with Lorvania threatening to veto any deal.
“⟦d:a|We will not sign a blank cheque. Not this week, not next week,⟧” the Lorvanian prime minister, Katarzyna Wiśniewska, told reporters as she stepped out of her car.
“⟦d:a|Our farmers are not a bargaining chip,⟧” she added, ignoring shouted questions about the bloc's agricultural budget.
Pieter van Aalst, Estmark's prime minister, was more relaxed. “⟦d:b|Everyone says no on Thursday. We'll see what everyone says at three o'clock on Saturday morning,⟧” he said.
Gül Demirtaş, the president of the Union Council, who is chairing the summit, said she was “⟦p:c|quietly confident⟧” of an agreement but conceded that it might require “⟦p:c|a long night, or two⟧”.
A diplomat from one southern member state was blunter. “⟦d:d|Lorvania is playing to its voters at home. They'll fold the moment the farm money is on the table,⟧” the diplomat said.

### 021
@a Hester Okafor-Lyle | The committee's chair
@b Sunniva Dahlberg | the ministry's director for the Eastern Maritime region
@c Kieran O'Sullivan-Bright | a Civic Party member of the committee
@d Foreign Ministry | -
@e - | a constituent who spent three nights sleeping at Port Dastan airport
A senior diplomat admitted on Wednesday that the Foreign Ministry had "⟦p:b|not moved quickly enough⟧" to evacuate citizens from Port Dastan last month, as MPs on the foreign affairs committee accused officials of leaving families to fend for themselves.
Sunniva Dahlberg, the ministry's director for the Eastern Maritime region, told the committee: "⟦d:b|With hindsight, we should have chartered the first flight forty-eight hours earlier. That is on us, and I am sorry for it.⟧"
The committee's chair, Hester Okafor-Lyle, said the apology was welcome but "⟦p:a|rather late⟧".
"⟦d:a|Ms Dahlberg, the crisis line went unanswered for nine hours on the Saturday. Nine hours. Who decided to divert it?⟧"
"⟦d:b|It was not a decision as such. The call centre contractor had a staffing shortfall—⟧"
"⟦d:a|So nobody decided. It just happened.⟧"
Kieran O'Sullivan-Bright, a Civic Party member of the committee, read out an email from a constituent who spent three nights sleeping at Port Dastan airport. She had written that the ministry's advice amounted to "⟦p:e|a voicemail and a prayer⟧".
"⟦d:c|That is what this looked like from the ground. What do you say to her?⟧" he asked.
"⟦d:b|I would say that she is right to be angry,⟧" Dahlberg replied.
In a statement after the session, the Foreign Ministry said it had "⟦p:d|commissioned an independent lessons-learned review⟧".

### 022
@a Ruth Okonkwo-Hale | the Prime Minister
@b Desmond Farrier | the leader of the opposition
@c Percy Galbraith | the member for North Tolland
@d Maeve Gallagher | the Speaker
There are weeks when Prime Minister's Questions feels like a debate, and weeks when it feels like two people shouting at each other across a car park. This was a car park week.
Desmond Farrier, the leader of the opposition, arrived armed with what his aides had been briefing all morning as a “⟦s:-|killer fact⟧”. It turned out to be the price of a loaf of bread.
“⟦d:b|Does the Prime Minister know how much a loaf of bread costs?⟧” he asked, with the air of a man laying down four aces.
Ruth Okonkwo-Hale, the Prime Minister, did know. “⟦d:a|It depends on the loaf, Madam Speaker. I buy the seeded one. It's £1.65 in my local shop, and about £3.20 in the bakery he was photographed outside last week.⟧”
Government backbenchers fell about. Farrier went a shade of beetroot that clashed badly with his tie.
“⟦d:b|She can joke,⟧” he said, “⟦d:b|but families in this country are not laughing.⟧”
Then came the traditional interlude in which Percy Galbraith, the member for North Tolland, who has been asking about the Tolland bypass since roughly the Bronze Age, rose to ask about the Tolland bypass.
“⟦d:c|Will the Prime Minister finally give my constituents a date?⟧”
“⟦d:a|I can give him a date. It's the same date I gave him last year.⟧”
“⟦d:d|Order! Order. I want to hear the answer even if the honourable gentleman already knows it,⟧” said the Speaker, Maeve Gallagher, who has heard this exchange more often than anyone alive.
By the end, both leaders' teams were claiming victory. Both were, in the technical sense, “⟦s:-|winning⟧”.

### 023
@a Cynthia Harrowgate | the chair of Little Amblecote Parish Council
@b Graham Pybus | the parish clerk
@c Jackie Ferris-Bell | the council's newest member
@d - | One member of the public
What was meant to be a routine discussion of the Little Amblecote allotment waiting list descended into chaos on Monday evening, with one councillor removed from the online meeting after declaring that the chair had "⟦p:c|no authority whatsoever⟧".
The meeting, which has since been viewed more than 40,000 times online, began calmly enough. Then Cynthia Harrowgate, the chair of Little Amblecote Parish Council, tried to move on to item four.
"⟦d:c|Point of order, Madam Chair. We haven't approved the minutes,⟧" said Jackie Ferris-Bell, the council's newest member.
"⟦d:a|The minutes were approved last month, Jackie.⟧"
"⟦d:c|They were not approved, they were noted. There's a difference, and you'd know it if you'd read the standing orders.⟧"
"⟦d:a|I have read the standing orders. I wrote half of them.⟧"
At this point the parish clerk, Graham Pybus, could be heard saying quietly: "⟦d:b|Can we all just take a breath?⟧"
Nobody took a breath. Cllr Harrowgate asked the clerk to remove Cllr Ferris-Bell from the call, and he did.
One member of the public, who had joined to ask about a hedge, then unmuted to say: "⟦d:d|I only came about the hedge.⟧"
Speaking to the Amblecote Advertiser on Tuesday, Ms Harrowgate said: "⟦d:a|It was not our finest hour. But I stand by every word, and the allotments list is still 63 names long.⟧"
Ms Ferris-Bell said she would be "⟦p:c|taking advice⟧" about her removal.

### 024
@a Fiona Mackintosh-Lee | The health secretary
@b Gary | The first caller
@c Anwen | -
@d Jonty Blessing | The show's host
The health secretary, Fiona Mackintosh-Lee, faced a grilling from listeners on Wednesday when she took calls on Radio Marchmont's lunchtime phone-in.
The first caller, Gary in Felstead, said he had waited eleven hours in an emergency department with a suspected broken hip. “⟦d:b|I'm 78. I sat on a plastic chair all night. Is that the country you want?⟧” he asked.
“⟦d:a|No, Gary, it isn't, and I'm genuinely sorry that happened to you,⟧” Mackintosh-Lee replied. “⟦d:a|What I'd say is that we are opening 5,000 more beds this winter—⟧”
“⟦d:b|I don't want a bed this winter, I wanted one in March.⟧”
The show's host, Jonty Blessing, moved on. “⟦d:d|Let's go to Anwen in Caerlyn. Anwen, you're a nurse?⟧”
“⟦d:c|Twenty-six years. And I'm leaving in June, because I can earn more stacking shelves,⟧” said Anwen, who did not give her surname.
The health secretary said she “⟦p:a|absolutely respected⟧” the caller's decision but hoped she would “⟦p:a|give us one more chance⟧”.
“⟦d:c|You've had a lot of chances,⟧” Anwen said.

### 025
@a Luis Arredondo | the former mayor of Calder Springs
@b - | a protester near the front
@c Renee Okafor | the campaign's spokeswoman
@d Dolores Whitfield | a retired school bus driver
CALDER SPRINGS - Luis Arredondo, the former mayor of Calder Springs, drew a crowd of several thousand to the county fairgrounds on Saturday for the final rally of his campaign for governor.
Supporters waving signs reading "⟦s:-|Luis for Lakeland⟧" chanted "⟦s:-|Four more weeks!⟧" as he took the stage, twenty minutes late.
"⟦d:a:m|You know, they told me nobody would come out on a Saturday in October. They said, 'Luis, it's football season.' Well, look around.⟧
"⟦d:a|This is the biggest crowd this fairground has seen since the tractor pull, and the tractor pull had free hot dogs.⟧"
About fifteen minutes into his speech, a protester near the front shouted "⟦d:b|What about the water plant?⟧", a reference to a contamination scandal during Arredondo's time as mayor.
"⟦d:a|Sir, I'm glad you asked, and I'll tell you what about the water plant,⟧" Arredondo said, as security guards moved towards the man. "⟦d:a|Let him stay. Let him stay. He's got a right to be here.⟧"
Renee Okafor, the campaign's spokeswoman, said afterwards that the candidate had "⟦p:c|never ducked that question and never will⟧".
Dolores Whitfield, a retired school bus driver, had driven two hours to be there. "⟦d:d|He's the first one in years who actually shows up. That's all I want. Show up,⟧" she said.

### 026
@a Owain Pritchard-Lowe | The justice secretary
@b Ruth Okonkwo-Hale | the Prime Minister
The justice secretary, Owain Pritchard-Lowe, resigned on Friday night over the government's handling of the prisons crisis, becoming the third cabinet minister to quit this year.
In his resignation letter, Pritchard-Lowe told the Prime Minister that he could “⟦p:a|no longer defend in public a policy I have argued against in private⟧”.
“⟦d:a:m|I have raised my concerns about early release repeatedly, in cabinet and in writing. I do not believe the safeguards are adequate, and I am not prepared to stand at the despatch box and tell the House that they are.⟧
“⟦d:a|It has been the privilege of my life to serve in your government. I will continue to support it from the back benches.⟧”
In her reply, the Prime Minister, Ruth Okonkwo-Hale, thanked him for his “⟦p:b|dedication and candour⟧” but said she “⟦p:b|fundamentally disagreed⟧” with his assessment.
“⟦d:b|The measures we have taken are temporary, targeted and subject to the strictest checks. The alternative would be to let our prisons fail,⟧” she wrote.
Pritchard-Lowe, 49, is expected to make a personal statement in the Chamber on Monday. Asked by reporters outside his home on Saturday morning whether he had any regrets, he said: “⟦d:a|Only that it came to this.⟧”

### 027
@a Harish Chandra Bhatnagar | Chief minister
@b Kavita Raghuwanshi | Leader of the opposition
@c Shivnath Tripathi | The Speaker
@d - | one Lok Jan Morcha legislator
BHAVANPUR: Opposition members staged a walkout from the Suryanagar Legislative Assembly on Tuesday after the Speaker refused to allow a debate on the alleged leak of the state's police recruitment examination paper.
Leader of the opposition Kavita Raghuwanshi said: "⟦d:b|Seven lakh young people sat that exam. Their futures were sold for cash, and this government will not even allow us to discuss it.⟧"
The Speaker, Shivnath Tripathi, said the matter was "⟦p:c|sub judice⟧" as a case was pending before the high court. "⟦d:c|I cannot allow a discussion that may prejudice the court. Please take your seats,⟧" he said.
As opposition members gathered in the well of the House, one Lok Jan Morcha legislator shouted "⟦d:d|Sarkar chor hai⟧" ("⟦d:d|The government is a thief⟧").
Chief minister Harish Chandra Bhatnagar later accused the opposition of "⟦p:a|doing politics over the future of our children⟧". "⟦d:a|A special investigation team has already arrested eleven people. We have nothing to hide,⟧" he told reporters outside the Assembly.
Speaking in Hindi, he added: "⟦d:a|Doshi koi bhi ho, bakhsha nahin jayega⟧" - "⟦d:a|Whoever is guilty will not be spared⟧".

### 028
@a Mathieu Després | the Bloc Laurentien leader
@b Catherine Ashworth-Noël | Prime Minister
@c - | one opposition MP
@d Anil Mahadevan | The Speaker
BEAULAC - Prime Minister Catherine Ashworth-Noël was forced to defend her government's language bill in both official languages during a rowdy question period on Thursday.
Mathieu Després, the Bloc Laurentien leader, opened in French. «⟦d:a|Est-ce que la première ministre va enfin protéger le français, oui ou non?⟧» he asked - "⟦d:a|Will the prime minister finally protect French, yes or no?⟧"
Ashworth-Noël answered him first in French, then in English. «⟦d:b|Nous protégeons le français chaque jour,⟧» she said. "⟦d:b|We protect French every single day, and this bill is the proof.⟧"
"⟦d:c|Shame!⟧" shouted one opposition MP from the back benches.
Després rose again. "⟦d:a|The proof, Mr. Speaker, is that French is in retreat in every city in this country except mine.⟧"
The Speaker, Anil Mahadevan, twice had to call for order. "⟦d:d|Order. The honourable member for Rivière-aux-Pins has the floor, and I would like to hear him,⟧" he said.

### 029
@a Viktor Holm | The energy minister
@b Adaeze Nwankwo | The presenter
@c - | a viewer
@d - | A spokesperson for the Department of Energy
The energy minister, Viktor Holm, walked out of a live television interview on Thursday evening after being repeatedly asked about his shares in a wind farm developer.
The presenter, Adaeze Nwankwo, had asked Holm on Channel 6's Tonight whether he had declared the holding before approving the company's planning appeal.
“⟦d:b|Minister, did you or did you not declare those shares before you signed off the appeal?⟧”
“⟦d:a|I've answered that question in writing to the standards commissioner, and I'm not going to go over it again on live television.⟧”
“⟦d:b|With respect, you haven't answered it to our viewers.⟧”
Nwankwo then read out a message from a viewer: “⟦d:c|If he's got nothing to hide, why won't he just say yes?⟧”
“⟦d:a|This is a stitch-up. I came on to talk about energy bills,⟧” Holm said, unclipping his microphone. “⟦d:a|Thank you, Adaeze. We're done.⟧”
After he left the studio, Nwankwo turned to camera. “⟦d:b|The minister has left. We did invite him to talk about energy bills, and we did tell him we would ask about this,⟧” she said.
A spokesperson for the Department of Energy later said Holm had “⟦p:d|complied fully with the ministerial code⟧”.

### 030
@a Barry Pocklington | the leader of Crossmoor Borough Council
@b Tasha Kaur-Bennett | a mum of three who lives on the Eastgate estate
@c - | A council spokesman
A COUNCIL boss has been caught on a hot mic calling residents of a struggling estate "⟦p:a|scroungers with satellite dishes⟧".
Barry Pocklington, the leader of Crossmoor Borough Council, thought the livestream of Tuesday's cabinet meeting had ended when he turned to a colleague and said: "⟦d:a|Half of Eastgate hasn't done a day's work since the pit shut. Scroungers with satellite dishes, the lot of them.⟧"
He then added: "⟦d:a|Is this thing off?⟧"
It wasn't.
Tasha Kaur-Bennett, a mum of three who lives on the Eastgate estate, said: "⟦d:b|I work two jobs. My husband works nights at the hospital. Scroungers? He can come and say that to my face.⟧"
"⟦d:b|Satellite dishes! Nobody round here has had a dish for years,⟧" she added.
A council spokesman said Cllr Pocklington "⟦p:c|deeply regrets⟧" the remarks, which were "⟦p:c|made in what he believed was a private moment⟧".
But Pocklington was defiant when the Daily Post caught up with him at his home last night. "⟦d:a|I said what a lot of people think. I'm not resigning over a microphone,⟧" he said.

### 031
@a Gwendolyn Ashcombe | a former chief whip
@b - | One serving whip
@c - | A junior minister who was whipped on the welfare bill last spring
@d Kofi Mensah-Darko | the current chief whip
The whips' office occupies a corridor of the parliament building that most visitors never see, and that most MPs would rather not. Gwendolyn Ashcombe, a former chief whip, ran it for four years and still keeps, she says, “⟦p:a|a small black book I will take to the grave⟧”.
“⟦d:a:m|People imagine it's all threats. It isn't. Ninety percent of the job is listening. You find out that someone's marriage is falling apart, or their constituency chairman is a nightmare, or they're frightened about money, and you help.⟧
“⟦d:a:m|The other ten percent, well. The other ten percent is why people are frightened of you, and that's useful too.⟧
“⟦d:a|I never threatened anyone in my life. I never needed to.⟧”
One serving whip, who agreed to speak on condition of anonymity, described the job in less genteel terms. “⟦d:b|It's part social worker, part bouncer. Some days you're holding someone's hand, some days you're standing in a doorway so they can't leave.⟧”
A junior minister who was whipped on the welfare bill last spring recalled being told that a vote against would be “⟦p:c|remembered for a very long time⟧”. “⟦d:c|Nobody said the word 'career'. Nobody had to,⟧” the minister said.
Kofi Mensah-Darko, the current chief whip, declined to be interviewed for this article. In a brief statement, he said: “⟦d:d|The whips' office exists to help colleagues deliver the programme they were elected on. That is all I have to say, which is more than my predecessors usually said.⟧”

### 032
@a Rosemary Ekwueme | The returning officer
@b Jamal Haddad | the Progressive Union candidate
@c Philippa Crane | the outgoing MP
@d Ikram Siddiqui | -
The returning officer, Rosemary Ekwueme, took the stage at Dunford Leisure Centre just after 3.40am. "⟦d:a|I, Rosemary Ekwueme, being the acting returning officer for the Dunford South constituency, hereby give notice that the total number of votes cast for each candidate was as follows,⟧" she began.
When she reached the name of Jamal Haddad, the Progressive Union candidate, and the figure of 21,406, the far end of the hall erupted.
Haddad, a 39-year-old former paramedic, overturned a majority of more than 9,000 to take the seat from the Civic Party for the first time since 1983.
"⟦d:b|Dunford South, you have made history tonight,⟧" he told the crowd in his victory speech. "⟦d:b|I spent eleven years driving an ambulance round these streets. I know every pothole. Now I'm going to fix some of them.⟧"
Philippa Crane, the outgoing MP, who had held the seat since 2010, was gracious in defeat. "⟦d:c|The people of Dunford South have spoken, and they have spoken clearly. I congratulate Jamal and I wish him well,⟧" she said.
Outside, she was less guarded. "⟦d:c|We were hammered on the doorstep about the hospital. We deserved to be,⟧" she told reporters.
Among the volunteers celebrating was Ikram Siddiqui, 19, who had knocked on doors for Haddad every weekend since March. "⟦d:d|I cried at the exit poll and I cried again just now. I'm going to cry at his first speech as well,⟧" she said.

### 033
@a Marguerite Solís-Abara | Presidential press secretary
@b Daniel Okoro | a correspondent for TNB
@c Hye-jin Park | the Republic Times' palace correspondent
@d - | Another reporter
Presidential press secretary Marguerite Solís-Abara on Monday repeatedly declined to say whether President Tomás Ibarrola would sign the border security bill, telling reporters at the Palacio Verde that he would "⟦p:a|review the final text⟧" first.
"⟦d:a|The president will review the final text when it reaches his desk. I'm not going to get ahead of that,⟧" Solís-Abara said at the daily briefing.
Daniel Okoro, a correspondent for TNB, pressed her. "⟦d:b|Marguerite, he said on Friday he'd veto it. Has that changed?⟧"
"⟦d:a|What the president said on Friday was that he would veto a bill that separates families. We'll see whether this is that bill.⟧"
Hye-jin Park, the Republic Times' palace correspondent, asked about reports that the president's chief of staff had threatened to resign. "⟦d:c|Is the chief of staff still in his job at the end of this briefing?⟧" she asked, prompting laughter in the room.
"⟦d:a|He was when I walked in,⟧" Solís-Abara said. "⟦d:a|I'll let you know if anything changes in the next twenty minutes.⟧"
Another reporter shouted "⟦d:d|Did he offer to resign?⟧" as the press secretary left the podium. She did not answer.

### 034
@a Derek Hollinshead | chairman of the Fernhill Residents' Association
@b Sanjana Iyer | the planning agent for Brackenridge Homes
@c Lyndon Ashe | The chair of the planning committee
@d Brackenridge Homes | -
@e Moira Talbot | the ward councillor for Fernhill
Plans for 180 homes on farmland at Fernhill were approved by Thornbury Council's planning committee on Wednesday despite more than 600 objections.
Speaking for three minutes against the scheme, Derek Hollinshead, chairman of the Fernhill Residents' Association, told councillors: “⟦d:a|Our school is full. Our surgery is full. The lane floods every February. Where exactly are these people going to go?⟧”
Sanjana Iyer, the planning agent for Brackenridge Homes, said the site had been “⟦p:b|allocated for housing in the local plan for six years⟧” and that the developer would contribute £1.4m towards school places.
“⟦d:b|This is not a speculative application. It is exactly what the council asked for,⟧” she said.
Moira Talbot, the ward councillor for Fernhill, said she had “⟦p:e|never seen a village so united⟧” against a development. “⟦d:e|If we approve this tonight, we are telling six hundred people that their views count for nothing,⟧” she said.
The chair of the planning committee, Lyndon Ashe, reminded members that they could refuse only on “⟦p:c|sound planning grounds⟧”. “⟦d:c|I know feelings are strong,⟧” he said, “⟦d:c|but if we refuse this without a reason, we will lose at appeal and pay the costs.⟧”
The committee voted seven to four in favour. Brackenridge Homes said it was “⟦p:d|delighted⟧” and would “⟦p:d|continue to work closely with the community⟧”.

### 035
@a Ayşe Korkmaz | Kalvaria's foreign minister
@b Jonas Lindqvist | her Tesmanian counterpart
@c Olumide Bakare | a correspondent for the Tesmanian News Agency
Kalvaria's foreign minister, Ayşe Korkmaz, and her Tesmanian counterpart, Jonas Lindqvist, signed a visa agreement in Orsova on Monday, hailing it as «⟦p:a|a new chapter⟧» after years of frosty relations.
«⟦d:a|Our grandparents traded across this river freely. For thirty years our citizens needed four documents and a great deal of patience to cross it. From today, they need a passport,⟧» Korkmaz said at a joint news conference.
«⟦d:b|This is a small step on paper and a very large step for families,⟧» Lindqvist said.
Olumide Bakare, a correspondent for the Tesmanian News Agency, asked whether the deal meant Tesmania had dropped its objections to Kalvaria's dam project upstream. «⟦d:c|Minister, has the dam been traded for the visas?⟧»
«⟦d:b|Nothing has been traded. The dam is a separate conversation,⟧» Lindqvist said.
«⟦d:a|A conversation we are happy to have,⟧» Korkmaz interjected.
Asked by a Kalvarian journalist whether she would visit the Tesmanian capital before the end of the year, Korkmaz glanced at her counterpart. «⟦d:a|If I am invited.⟧»
«⟦d:b|You are invited,⟧» Lindqvist said.

### 036
@a Ffion Parry-Williams | the party's environment spokeswoman
@b Marcus Adeleke | the former deputy leader
@c Shona McAllister | The party's president
@d - | One member from Rothbury
@e - | Another member
Around 400 Free Democrat members crammed into a conference hotel in Lindenbridge on Saturday for the first hustings of the party's leadership contest, where the two candidates clashed over whether the party should ever again enter a coalition.
Ffion Parry-Williams, the party's environment spokeswoman, said the party should "⟦p:a|never again⟧" prop up a larger party without a guarantee of electoral reform. "⟦d:a|We did it once and we were nearly wiped out. I'm not going to apologise for having a memory,⟧" she said.
Marcus Adeleke, the former deputy leader, said that position would condemn the party to "⟦p:b|permanent, principled irrelevance⟧".
"⟦d:b|You can't change anything from the sidelines. Ask anyone who's tried,⟧" he said.
The party's president, Shona McAllister, who chaired the event, then invited questions from the floor. One member from Rothbury asked: "⟦d:d|Marcus, if the Civic Party offered you a cabinet seat tomorrow, would you take it?⟧"
"⟦d:b|They won't, so it's academic,⟧" Adeleke said.
"⟦d:d|That's not an answer.⟧"
"⟦d:c|Let's let him finish,⟧" McAllister said.
"⟦d:b|I'd take it if the price was right, and the price would be very high. That's called negotiating,⟧" Adeleke said.
Another member called out "⟦d:e|And what's the price?⟧" but McAllister moved on to the next question.

### 037
@a Harriet Dunmore | The chancellor
@b Rajiv Menon-Clarke | the shadow chancellor
@c Maeve Gallagher | the Speaker
@d - | one opposition backbencher
The chancellor, Harriet Dunmore, delivered her first budget on Wednesday with a promise to “⟦p:a|fix the roof while the sun is, occasionally, shining⟧”, raising duty on tobacco and alcohol and freezing income tax thresholds for a further two years.
“⟦d:a|This is a budget for the long term. It will not win me any friends this week. I hope it will win the country something better over the next ten years,⟧” she told the House.
When she announced the threshold freeze, there were cries of “⟦s:-|Shame!⟧” from the opposition benches.
“⟦d:a|They say shame. I say arithmetic,⟧” Dunmore responded.
“⟦d:d|Your arithmetic!⟧” one opposition backbencher shouted, prompting a rebuke from the Speaker, Maeve Gallagher. “⟦d:c|Order. The chancellor will be heard in silence, as the shadow chancellor will be,⟧” she said.
Replying for the opposition, the shadow chancellor, Rajiv Menon-Clarke, said the budget was “⟦p:b|a stealth tax raid wearing a hi-vis jacket⟧”.
“⟦d:b:m|She talks about the long term. For families in my constituency, the long term is the end of the month.⟧
“⟦d:b|They are paying more tax than at any time since the war, and they are getting less for it. That is the legacy of this government, and no amount of arithmetic will hide it.⟧”

### 038
@a Anton Vukovic | the presenter
@b Oluchi Eze-Hartley | the Civic Party's candidate for mayor of Kessock
@c Mick Dunphy | The incumbent mayor
@d - | A spokesman for Eze-Hartley's campaign
Oluchi Eze-Hartley, the Civic Party's candidate for mayor of Kessock, struggled on Monday to explain how she would pay for her flagship pledge of free bus travel for under-25s.
Speaking on Radio Kessock's Drivetime, the presenter, Anton Vukovic, asked her how much the scheme would cost.
"⟦d:b|We've costed it carefully and it is fully funded from the transport budget.⟧"
"⟦d:a|What's the figure?⟧"
"⟦d:b|The figure is in our manifesto.⟧"
"⟦d:a|I've got your manifesto in front of me. It isn't in there.⟧"
"⟦d:b|It's in the costings document, which is published alongside it.⟧"
"⟦d:a|So what does the costings document say?⟧"
After a pause, Eze-Hartley said the scheme would cost "⟦p:b|in the region of eleven million⟧" a year. The costings document, published on her campaign's website, puts the figure at £17.4m.
The incumbent mayor, Mick Dunphy, who is seeking a third term, said: "⟦d:c|If she doesn't know what her own promises cost, how is she going to run a city with a billion-pound budget?⟧"
A spokesman for Eze-Hartley's campaign later said she had "⟦p:d|misspoken⟧".

### 039
@a Imelda Strachan-Kaye | counsel to the inquiry
@b Laurence Whitby | The former health minister
@c Patience Obuya | The inquiry's chair
@d Karen | one mother
The former health minister, Laurence Whitby, told the Ventnor Hospital inquiry on Tuesday that he had “⟦p:b|no recollection⟧” of being warned about infection rates at the hospital's neonatal unit.
Under questioning from counsel to the inquiry, Imelda Strachan-Kaye KC, Whitby was shown a briefing note dated 14 March bearing his initials.
“⟦d:a|Are those your initials, Mr Whitby?⟧”
“⟦d:b|They appear to be.⟧”
“⟦d:a|The note says, and I quote, ‘infection rates in the neonatal unit are three times the regional average and rising’. You initialled it. Did you read it?⟧”
“⟦d:b|I initialled a great many documents. I would have read the summary. I can't tell you now, eleven years later, what I took from it.⟧”
The inquiry's chair, Judge Patience Obuya, intervened to ask whether he accepted that the note should have prompted action. “⟦d:c|I am not asking what you remember, Mr Whitby. I am asking what you accept,⟧” she said.
After a long pause, Whitby said: “⟦d:b|I accept that, with hindsight, it should have.⟧”
Families of babies who died at the unit, some of whom were in the hearing room, wept. Outside, one mother, who asked to be identified only as Karen, said: “⟦d:d|Eleven years to hear him say that. Eleven years.⟧”

### 040
@a Lotte Vermeulen | leader of the centrist Forward party
@b Henk Roosendaal | the Christian Union leader
@c - | One person familiar with the talks
@d Mariam El Idrissi | the royal mediator overseeing the negotiations
HAGENDAL, Oct 2 (Meridian) - Coalition talks in Velmark stalled on Wednesday after the two largest parties failed to agree on pension reform, raising the prospect of the country going without a government into next year.
Lotte Vermeulen, leader of the centrist Forward party, said after a six-hour session that there was "⟦p:a|no point pretending⟧" the gap had narrowed. "⟦d:a|We are further apart tonight than we were this morning,⟧" she told reporters.
Henk Roosendaal, the Christian Union leader, disagreed. "⟦d:b|I think Lotte is tired,⟧" he said. "⟦d:b|We all are. Tomorrow is another day, and in this country there is always another day.⟧"
One person familiar with the talks said the sticking point was the retirement age, which Forward wants to raise to 68 by 2035. "⟦d:c|It's the only issue left, and it's the one nobody can move on without losing their voters,⟧" the person said.
Mariam El Idrissi, the royal mediator overseeing the negotiations, said she would report to the king on Friday. "⟦d:d|I have not given up, and I would ask the parties not to give up either,⟧" she said.

### 041
@a - | A Progressive Union spokeswoman
@b Conrad Ellery-Voss | the Civic Party chairman
@c - | one shadow cabinet member
A draft of the Progressive Union's election manifesto has been leaked to the Sentinel, revealing plans for a new levy on second homes and a pledge to “⟦p:-|end the scandal of unaffordable childcare within a single parliament⟧”.
The 84-page document, titled “⟦s:-|A Fair Start for Everyone⟧”, is marked as the fourth draft and dated last Tuesday. It describes the party's housing plans as “⟦p:-|the most ambitious since the war⟧”.
A Progressive Union spokeswoman said: “⟦d:a|We don't comment on leaks, and we certainly don't comment on drafts. The manifesto will be published in full when the election is called.⟧”
But one shadow cabinet member, speaking privately, was furious. “⟦d:c|Somebody in the leader's office has done this to bounce us into the second-homes levy. It's not been agreed. It's nowhere near agreed,⟧” they said.
Conrad Ellery-Voss, the Civic Party chairman, said the leak showed the opposition's “⟦p:b|true colours⟧”. “⟦d:b|Here it is in black and white: they will tax your holiday caravan. Families who have saved all their lives should be very worried,⟧” he said.
The word “⟦s:-|caravan⟧” appears nowhere in the draft.

### 042
@a Gordon Lusk | MP for Pelham Ridge
@b - | One neighbour
@c - | our reporter
@d Members' Expenses Office | -
EXCLUSIVE: An MP who claimed £2,300 of taxpayers' cash for a "⟦s:-|home office⟧" in his garden shed was last night accused by a neighbour of "⟦p:b|taking the mick⟧".
Gordon Lusk, MP for Pelham Ridge, submitted receipts for a desk, a heater, a leather swivel chair and a £640 acoustic panel.
When our reporter knocked on his door yesterday, the 62-year-old answered in his dressing gown.
"⟦d:c|Mr Lusk, do you think taxpayers should be paying for your shed?⟧" our reporter asked.
"⟦d:a|It's not a shed. It's a garden office. And I'm not discussing it on my doorstep,⟧" he snapped, before closing the door.
One neighbour, who did not want to be named, said: "⟦d:b|He's taking the mick. He sits in there doing the crossword. I can see him from my kitchen.⟧"
The Members' Expenses Office said the claims had been "⟦p:d|made within the rules in force at the time⟧". Lusk later released a statement saying: "⟦d:a|All my claims have been approved. I have done nothing wrong and I will be making no further comment.⟧"

### 043
@a Bronte Kavanagh | Premier
@b Tyrone Wetherall | Opposition Leader
@c Priscilla Ngata | the Speaker
@d Darcy Hollow | The member for Carrington
The Speaker ejected an opposition MP from the chamber on Thursday during a fiery question time dominated by the state's ambulance ramping crisis.
Opposition Leader Tyrone Wetherall accused Premier Bronte Kavanagh of presiding over “⟦p:b|the worst ramping figures in the country⟧”. “⟦d:b|Will the Premier apologise to the family of Marjorie Pellow, who waited seven hours in the back of an ambulance at Lowood Hospital?⟧” he asked.
“⟦d:a|My heart goes out to that family, as it goes out to every family who has been let down. But I won't take lectures from a party that cut 200 paramedics when it was last in office,⟧” Ms Kavanagh said.
The member for Carrington, Darcy Hollow, interjected repeatedly. “⟦d:d|You've had eight years!⟧” he called out.
“⟦d:c|The member for Carrington will cease interjecting,⟧” said the Speaker, Priscilla Ngata.
Mr Hollow did not cease interjecting.
“⟦d:c|The member for Carrington will leave the chamber for one hour under standing order 250.⟧”
Mr Hollow left to jeers from the government benches. Outside, he told reporters he was “⟦p:d|proud⟧” to have been thrown out. “⟦d:d|If standing up for Marjorie Pellow gets me kicked out, kick me out every day,⟧” he said.

### 044
@a Crispin Ogunleye-Hart | The business secretary
@b Hattie Vance | Host
@c Jo Pemberton | Her co-host
The business secretary, Crispin Ogunleye-Hart, has admitted that he did not know the level of the minimum wage, in an interview on the political podcast "⟦s:-|The Lounge⟧".
Host Hattie Vance asked him: "⟦d:b|Quick one, Secretary of State. What's the minimum wage right now, per hour?⟧"
"⟦d:a|It's, er - it's a little over ten pounds, I think. Ten-something.⟧"
"⟦d:b|It's £11.90.⟧"
Her co-host, Jo Pemberton, then asked whether he had ever been paid the minimum wage himself. "⟦d:c|Have you ever actually worked a job on the minimum wage?⟧"
"⟦d:a:m|I worked in a bar when I was a student. I don't remember what they paid me. It was cash, I think.⟧
"⟦d:a|Look, I'm not going to pretend I grew up in hardship. But you don't need to have been a patient to run a hospital.⟧"
The clip has been shared more than two million times. Ogunleye-Hart later posted: "⟦d:a|I got a number wrong on a podcast. The minimum wage is £11.90 and this government raised it. Now, back to work.⟧"

### 045
@a Beryl Hutchings | -
@b Tomasz Kowalczyk | a delivery driver
@c - | One woman pushing a pram past the war memorial
@d Lewis Dabiri-Grant | the Civic Party candidate
@e Jamie | A student at Ashvale College
With a week to go until the Ashvale by-election, the Gazette took to the town's market square to find out what voters are thinking. The short answer: not much that the candidates would like to hear.
Beryl Hutchings, 83, has voted in every election since 1959. “⟦d:a|Always the same party, and I'm not telling you which. But I might not bother this time. They only come round when they want something,⟧” she said.
Tomasz Kowalczyk, a delivery driver, said his main concern was the state of the roads. “⟦d:b|I do 140 miles a day round here. I've lost two tyres this year to potholes. Whoever fixes that gets my vote,⟧” he said.
One woman pushing a pram past the war memorial was blunter. “⟦d:c|Honestly? I don't know who any of them are.⟧”
A student at Ashvale College, who gave his name only as Jamie, will be voting for the first time. “⟦d:e|I'll probably go Green. Or not. Depends what my mates do,⟧” he said.
Lewis Dabiri-Grant, the Civic Party candidate, who was canvassing on the other side of the square, said he was “⟦p:d|not remotely complacent⟧”. Told that one voter did not know who any of the candidates were, he laughed. “⟦d:d|Then I'd better go and find her.⟧”

### 046
@a Yusra Haidari | The deputy prime minister
@b Tom Bellingham | our political editor
The deputy prime minister, Yusra Haidari, sat down with our political editor, Tom Bellingham, in her constituency office in Millbay on Friday. The conversation has been edited for length.
“⟦d:b|You've been deputy prime minister for eighteen months. What can you point to?⟧”
“⟦d:a|The bus franchising law. The apprenticeship reforms. And two bad ideas I've stopped that you'll never hear about, which is half the job.⟧”
“⟦d:b|Do you want to be prime minister?⟧”
“⟦d:a|I want Ruth to be prime minister for a very long time.⟧”
“⟦d:b|That's not what I asked.⟧”
“⟦d:a|It's what I answered.⟧”
“⟦d:b|Your critics say you're a fixer with no vision: the person who runs the machine while other people decide where it goes.⟧”
“⟦d:a|My critics have never run a machine. I ran a care home for nine years before I came here. Vision is lovely. Vision without somebody on the night shift is a poster.⟧”

### 047
@a Southern Ocean Forum | -
@b Iosefa Tauaefa | Vaitele's president
@c Losa Fa'amoe | One protester
@d Eleni Papadakis-Wren | The Forum's secretary-general
MATAVAI, Aug 22 (Pacific Wire) - The 14-nation Southern Ocean Forum said in its final communique on Friday that climate change remained "⟦p:a|the single greatest threat to the livelihoods, security and wellbeing of the peoples of the region⟧", and called on major emitters to halve their emissions by 2035.
Vaitele's president, Iosefa Tauaefa, who hosted the summit, said through an interpreter: "⟦d:b|We have told the big polluters what we need. Now we will see whether they were listening, or only nodding.⟧"
Outside the conference centre, around 300 young protesters chanted "⟦s:-|One point five to stay alive⟧" and held banners reading "⟦s:-|Our islands are not for sale⟧".
One protester, 17-year-old Losa Fa'amoe, said: "⟦d:c|Every year they come, they sign, they fly home. We are the ones who stay.⟧"
The Forum's secretary-general, Eleni Papadakis-Wren, said the communique contained "⟦p:d|the strongest language this Forum has ever agreed⟧". "⟦d:d|It is not everything we wanted. It is more than anyone expected a week ago,⟧" she said.

### 048
@a Gustav Brandt | Prime Minister
@b Ilse Marquardt | Opposition leader
@c Otto Feldmann | One of the abstaining rebels
@d - | One of Brandt's aides
OSTHAVEN, Nov 9 (Meridian) - Prime Minister Gustav Brandt narrowly survived a vote of no confidence in the national assembly on Tuesday, after three rebels from his own Centre Party abstained rather than vote against him.
The motion fell by 151 votes to 148. ``⟦d:a|The assembly has spoken, and the government will get on with its work,⟧'' Brandt told reporters afterwards, looking visibly relieved.
Opposition leader Ilse Marquardt, who tabled the motion, said the result showed the government was ``⟦p:b|clinging on by its fingernails⟧''.
``⟦d:b|Three abstentions is not a mandate. It is a stay of execution,⟧'' she said.
One of the abstaining rebels, Otto Feldmann, said he had held back only because ``⟦p:c|the country cannot afford an election in winter⟧''. ``⟦d:c|The prime minister should not mistake my abstention for support. He has until the spring,⟧'' he said.
One of Brandt's aides, speaking as the prime minister left the chamber, summed up the mood: ``⟦d:d|We'll take it.⟧''

### 049
@a Augustina Mwale | the chair of the Senate's constitutional affairs committee
@b Horace Pemberton-Ngcobo | a senator from Kaleni province
@c Joseph Kiprono | The Senate president
MBALENI - A bid to extend presidential term limits ran into fierce resistance in the Senate on Wednesday, as senators from both sides of the chamber lined up to oppose it.
Augustina Mwale, the chair of the Senate's constitutional affairs committee, warned colleagues that they were “⟦p:a|sharpening the knife that will one day be used on them⟧”.
“⟦d:a|Today it is this president. Tomorrow it will be a president you did not vote for, and you will have handed him the tools,⟧” she said.
Horace Pemberton-Ngcobo, a senator from Kaleni province, rose on a point of order. “⟦d:b|Is the senator suggesting that this House is acting in bad faith?⟧”
“⟦d:a|I am suggesting this House is acting in haste, which is worse,⟧” Mwale replied.
“⟦d:b|Withdraw!⟧” Pemberton-Ngcobo shouted.
The Senate president, Joseph Kiprono, ruled that Mwale's remarks were in order. “⟦d:c|The senator has not imputed improper motives. Sit down, Senator Pemberton-Ngcobo,⟧” he said.
The amendment needs a two-thirds majority in both houses. A vote is expected next month.

### 050
@a Helen Abernethy | the council's cabinet member for children and education
@b Danielle Oyedepo | the mother-of-two
@c Rhodri Vaughan | The school's headteacher
@d - | One grandfather at the back of the hall
More than 300 parents packed the hall at Kettlewell Primary School on Monday evening for a public meeting on council plans to close the school next summer.
Helen Abernethy, the council's cabinet member for children and education, told the meeting that falling pupil numbers had left the school with 94 empty places. "⟦d:a|I know how much this school means to this village. I went to a village school myself. But we cannot keep a building running for a third of the children it was built for,⟧" she said.
Danielle Oyedepo, whose two children attend the school, asked where the village's children would go. "⟦d:b|You want my five-year-old on a bus for forty minutes each way, on that road, in January?⟧" the mother-of-two said. "⟦d:b|Would you put your own children on that bus?⟧"
"⟦d:a|That is a fair question, and transport would be provided free of charge,⟧" Cllr Abernethy replied.
The school's headteacher, Rhodri Vaughan, said staff had been "⟦p:c|blindsided⟧" by the proposal. "⟦d:c|We found out from the local paper. That is not how you treat people who have given this school thirty years,⟧" he said.
One grandfather at the back of the hall called out "⟦d:d|You closed the library, and now this!⟧" and the room broke into applause.
A consultation closes on 12 December.

### 051
@a Prakash Venkataraman | the party's general secretary
@b Deepa Chaudhry | the foreign secretary
@c Rupert Vaughan-Lisle | Her defeated rival
@d - | one cabinet minister
Deepa Chaudhry will become prime minister on Thursday after winning the Civic Party leadership contest with 54 percent of the members' vote.
The result was read out at a hotel in central Keston by the party's general secretary, Prakash Venkataraman. “⟦d:a|Deepa Chaudhry, 61,203 votes. Rupert Vaughan-Lisle, 52,118 votes. I therefore declare Deepa Chaudhry elected as leader of the Civic Party,⟧” he said.
Chaudhry, the foreign secretary, embraced her husband before taking the lectern. “⟦d:b|To those who voted for Rupert, and there were a lot of you, I say this: I heard you. This party is bigger than any one of us,⟧” she said.
“⟦d:b|Rupert, thank you for a hard-fought contest. I mean that. Most of the time.⟧”
Her defeated rival, Rupert Vaughan-Lisle, said in a statement that he would “⟦p:c|give Deepa my full support⟧” and would not seek a cabinet post.
Not everyone was in a celebratory mood. “⟦d:d|We've just elected a leader that half the party voted against. Good luck holding that together,⟧” one cabinet minister said as the room emptied.

### 052
@a Aminata Diallo-Kouyaté | the government spokeswoman
@b Paul-Émile Ngando | the opposition leader
@c - | A journalist from the state broadcaster
BAKORO - The government of Kassonde on Tuesday rejected calls to postpone next month's presidential election, despite floods that have displaced more than 200,000 people in the north.
«⟦d:a|Le calendrier électoral sera respecté,⟧» the government spokeswoman, Aminata Diallo-Kouyaté, told reporters in French. «⟦d:a|The electoral calendar will be respected.⟧»
She said democracy could not be «⟦p:a|suspended every time it rains⟧», adding that mobile polling stations would be sent to camps for the displaced.
Paul-Émile Ngando, the opposition leader, called the decision «⟦p:b|une insulte aux sinistrés⟧», an insult to the flood victims. «⟦d:b|Half of my region is under water and they want us to queue to vote in a tent. This is not an election. It is a formality,⟧» he said at a rally in Nkolo.
A journalist from the state broadcaster asked the spokeswoman whether the president had considered a delay. «⟦d:c|Was a postponement ever discussed in the council of ministers?⟧»
«⟦d:a|Everything is discussed. Not everything is decided,⟧» Diallo-Kouyaté replied.

### 053
@a Chantelle Okoye | Civic Party MP
@b Moira Fitzwilliam-Hayes | Progressive Union frontbencher
@c Dev Mistry | Good Day host
@d - | one viewer
IT was handbags at dawn on breakfast telly yesterday as two MPs went for each other's throats over school dinners.
Civic Party MP Chantelle Okoye and Progressive Union frontbencher Moira Fitzwilliam-Hayes had to be all but separated by Good Day host Dev Mistry after the row boiled over.
"⟦d:b|You voted to cut free meals for 80,000 kids. Look into the camera and tell their mums why,⟧" Fitzwilliam-Hayes blasted.
"⟦d:a|I did no such thing, and you know it. You're reading from a leaflet,⟧" Okoye fired back.
"⟦d:b|I'm reading from the official record, love.⟧"
"⟦d:a|Don't 'love' me.⟧"
Mistry desperately tried to restore order. "⟦d:c|Ladies - MPs - can we just - we've got the weather coming up,⟧" he pleaded.
Viewers flooded social media, with one viewer writing: "⟦d:d|Best telly I've seen in years. Give them their own show.⟧"

### 054
@a - | One cabinet minister
@b - | Another cabinet minister
@c - | A Treasury source
@d - | Allies of the chancellor
@e Harriet Dunmore | the chancellor
@f - | A spokeswoman for the Prime Minister
The government's budget truce collapsed within 48 hours this weekend as ministers took to briefing against one another over plans to cut the defence budget.
One cabinet minister told the Sunday Record: “⟦d:a|The Treasury wants to balance the books on the backs of soldiers. It's not happening, not on my watch, and the PM knows that.⟧”
Another cabinet minister said the chancellor was “⟦p:b|behaving like a finance director, not a politician⟧”.
A Treasury source hit back: “⟦d:c|Every department thinks it's special. The numbers don't care.⟧”
Allies of the chancellor, Harriet Dunmore, described the briefing as “⟦p:d|cowardly and corrosive⟧”.
Dunmore herself was asked about the row on a visit to a bakery in Lyford. “⟦d:e|I'm here to talk about bread. I'm told it's very good bread,⟧” she said.
“⟦d:e|And no, I'm not going to tell you who I think is briefing. I have a fair idea.⟧”
A spokeswoman for the Prime Minister said the cabinet was “⟦p:f|united behind the budget⟧”.

### 055
@a Cedric Amankwah | the home affairs committee's chair
@b Alistair McCrae | The chief constable of Eastmarch Police
@c Faisal Rahman | a Progressive Union member of the committee
The chief constable of Eastmarch Police, Alistair McCrae, defended his officers' handling of the Rivergate protests on Tuesday, telling MPs they had faced "⟦p:b|an impossible set of competing demands⟧".
Cedric Amankwah, the home affairs committee's chair, asked why officers had arrested a 71-year-old woman for holding up a blank sheet of paper.
"⟦d:b|I have looked at that arrest personally. I think it was a mistake, and she has received an apology,⟧" McCrae said.
"⟦d:a|A mistake by whom?⟧" Amankwah asked.
"⟦d:b|By the arresting officer, who misunderstood the conditions that had been imposed.⟧"
Faisal Rahman, a Progressive Union member of the committee, then read out the guidance issued to officers that morning. "⟦d:c|What does 'robustly' mean, chief constable? Because it reads to me like an instruction to arrest first and think later.⟧"
"⟦d:b|That was not the intent.⟧"
Amankwah closed the session by saying the committee would "⟦p:a|return to this⟧" in its report.

### 056
@a Bethan Rowlands | the presenter
@b Errol Manning | the former Civic Party chairman
@c Nadia Qureshi | the Progressive Union's campaign coordinator
@d Ivo Rasmussen | Pollster
As the exit poll landed at 10pm, the mood in the studio changed in an instant.
“⟦d:a|That is a Progressive Union majority of, on these numbers, around 70 seats. Errol, your reaction?⟧” asked the presenter, Bethan Rowlands.
Errol Manning, the former Civic Party chairman, took a long breath. “⟦d:b|It's an exit poll. We've all seen exit polls be wrong—⟧”
“⟦d:c|Not by seventy seats, Errol.⟧”
“⟦d:b|—and I'll wait for the actual votes, if Nadia doesn't mind.⟧”
Nadia Qureshi, the Progressive Union's campaign coordinator, was careful not to celebrate too early. “⟦d:c|We're not counting any chickens. But if that's right, it's a huge vote for change, and we'll treat it with humility,⟧” she said.
Pollster Ivo Rasmussen cautioned that “⟦p:d|a dozen seats could go either way⟧” on small swings, but added that the exit poll had a strong record. “⟦d:d|I wouldn't bet against it tonight,⟧” he said.

### 057
@a Catriona MacLeòid | The convener
@b Murdo Campbell-Reid | a crofter who farms sheep at the north end of the island
@c Isle Link Ferries | -
@d Innes Drummond | The islands minister
Islanders on Ardnish have given the regional government a month to fix their ferry service or face a boycott of the May elections, after a packed meeting of the community council on Friday.
The convener, Catriona MacLeòid, opened the meeting in Gaelic: "⟦d:a|Tha sinn sgìth⟧" - "⟦d:a|We are tired⟧".
"⟦d:a|We have had 41 cancelled sailings since January. People have missed hospital appointments, funerals, exams. We are not asking for a miracle. We are asking for a boat,⟧" she said.
Murdo Campbell-Reid, a crofter who farms sheep at the north end of the island, said he had lost £6,000 of stock this spring. "⟦d:b|I had lambs sitting on the pier for three days,⟧" he said, "⟦d:b|and you can't explain that to a lamb.⟧"
Isle Link Ferries said in a statement that the cancellations had been caused by "⟦p:c|an ageing fleet and exceptional weather⟧".
The islands minister, Innes Drummond, who joined by video link, promised a replacement vessel "⟦p:d|by the end of next year⟧". "⟦d:d|I hear your anger. You're right to be angry,⟧" he told the meeting.
"⟦d:b|We've heard that before, minister,⟧" Mr Campbell-Reid replied, to loud applause.

### 058
@a Aoife Brennan-Daly | the Social Alliance candidate
@b - | a woman in a dressing gown
@c Pat Hegarty | a retired postman
@d Ciarán | her brother
Aoife Brennan-Daly has knocked on 311 doors today, and it is only half past four.
“⟦d:a|You learn to read a door,⟧” the Social Alliance candidate says, striding up a terrace in Ballycarrig. “⟦d:a|Dog barking, they're in. Curtains twitching, they're in but they don't want you. Bins out, good sign, they're organised, they'll vote.⟧”
At number 14, a woman in a dressing gown opens the door a crack. “⟦d:b|Are you the water charges crowd?⟧”
“⟦d:a|No, that was the other crowd,⟧” Brennan-Daly says cheerfully. “⟦d:a|We're the crowd that wants to fix the water.⟧”
Pat Hegarty, a retired postman, is more welcoming, and keeps her on his step for twenty minutes about the bus to the regional hospital. “⟦d:c|I'll vote for you if you get me that bus. I voted for your father too, and he never got me anything,⟧” he says.
Back in the car, her brother, Ciarán, who is doing the driving, laughs. “⟦d:d|That's the fourth person today who voted for Dad. If they all had, he'd have been running the country.⟧”

### 059
@a Ngozi Abara-Whitlock | the People's Front candidate
@b Harlan Dekker | the Heritage Party nominee
@c Lisa Chen-Moreau | The moderator
COLDWATER, Oct 17 - The candidates for governor of Tamarack sparred over property taxes, water rights and each other's records in their only televised debate on Thursday night.
Harlan Dekker, the Heritage Party nominee, accused his opponent of wanting to ``⟦p:b|tax grandma out of her own house⟧''.
``⟦d:a|That's a lie, Harlan, and three newspapers have told you it's a lie,⟧'' replied Ngozi Abara-Whitlock, the People's Front candidate.
``⟦d:b|Three newspapers that endorsed you,⟧'' Dekker shot back.
The moderator, Lisa Chen-Moreau, asked both candidates whether they would accept the result of the election. ``⟦d:c|A simple yes or no, please, starting with you, Mr. Dekker.⟧''
``⟦d:b|If it's a fair election, of course.⟧''
``⟦d:c|That's not a yes or no.⟧''
Abara-Whitlock said simply: ``⟦d:a|Yes. Win or lose, yes.⟧''

### 060
@a Rosa Pellegrini | The education secretary
@b - | one reporter
@c - | A neighbour
@d Kwabena Asare | the opposition's education spokesman
The education secretary, Rosa Pellegrini, resigned on Sunday morning after a newspaper revealed that she had used a private email account to discuss the award of a £90m school-building contract.
Reading a short statement outside her home in Eldham, Pellegrini said: "⟦d:a:m|I have always acted in what I believed were the best interests of children in this country. I accept that I made an error of judgment in using a personal account, and I take full responsibility for it.⟧
"⟦d:a|I have today written to the Prime Minister to tender my resignation. I will not be taking questions.⟧"
As she turned to go back inside, one reporter shouted: "⟦d:b|Did you know the company's chairman personally?⟧" She did not respond.
"⟦d:-|Will you stand down as an MP?⟧"
The door closed.
A neighbour, who has lived opposite the Pellegrinis for twenty years, said she was "⟦p:c|shocked and sad⟧". "⟦d:c|She's a lovely woman. Always brings a card round at Christmas. Whatever she did, I can't believe it was for money,⟧" the neighbour said.
"⟦d:d|This resignation answers one question and raises twenty more. Who else knew, and what was in those emails?⟧" said Kwabena Asare, the opposition's education spokesman.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh172.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh172",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
