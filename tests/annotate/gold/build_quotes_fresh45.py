# ruff: noqa: E501
"""Build ``quotes_fresh45.jsonl``: a forty-fifth independent, held-out gold set of quotes.

All passages are fictional (invented people, places, parties and organisations) and
were written from scratch for this file, without reading the extractor, without
running it, and without reading the passages of the other gold sets. The set is meant
to be evaluated once, as an honest measure on unseen text. Its focus is politics and
public affairs: parliamentary debates and questions, select-committee hearings, council
and planning meetings, press conferences and briefings, broadcast interviews, campaign
reports, leaked letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh45-NNN``.

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

Decisions taken for this set where the conventions leave room:

* Organisations follow the same description rule as people: an appositive or a
  descriptor standing before the name (``Residents' group Stop Kestrel Three``, ``his
  lawyers, Grieve & Partners``) is the description, and so is a definite description
  at the cue when the introduction gives none (``the department said``); a plain name
  at the cue (``Vantor Rail said``) leaves the description null.
* Inside a transcript, a quotation the interviewer or interviewee reads out is
  attributed to the person whose words they are (``the energy minister told this
  programme ... "..."``), not to the one reading it out.
* Where one person is introduced with two appositives, the passage was written so that
  only one is given; a relational phrase before the name (``Her opponent``, ``Its
  chair``) counts as the description, as in the conventions.
* A word or phrase quoted from a named speaker and woven into the sentence
  (``called the speech "a wish list read by candlelight"``) is ``partial``; a name
  given to a policy or place (``what he called a "Homes First" guarantee``) is a label,
  ``scare``.
* A shouted interjection from a described but unnamed person (``a heckler shouted``)
  has a null speaker and that description; one from ``someone`` in a crowd is
  unidentified (speaker and description null). A crowd's chant is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh45.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh45.jsonl")

PASSAGES = """
### 001
@a Helen Marsh-Tully | the shadow housing secretary
@b Ruth Caddick | the housing minister
@c Oliver Brandt | The Speaker
@e - | a government whip
Helen Marsh-Tully, the shadow housing secretary, opened Wednesday's question time by asking how many of the government's promised 40,000 affordable homes had actually been completed in the first year.
"⟦d:a|The minister has had twelve months and a budget of £1.2 billion. Can she tell the House how many families have moved in? Not planned, not approved — moved in.⟧"
Ruth Caddick, the housing minister, said completions were "⟦p:b|ahead of the trajectory we set out⟧" and that the figures would be published next month.
"⟦d:b|I will not stand at this dispatch box and pre-empt statistics that are being independently verified,⟧" she said. "⟦d:b|What I will say is that the pipeline is the strongest it has been in a decade.⟧"
Marsh-Tully was unimpressed. "⟦d:a|A pipeline is not a home,⟧" she replied, to cheers from the opposition benches.
The Speaker, Oliver Brandt, twice intervened to restore order. "⟦d:c|Order. Order. The honourable lady will be heard,⟧" he said, as government backbenchers continued to heckle the minister.
Afterwards, a government whip described the exchange as "⟦p:e|a score draw at best⟧".

### 002
@a Priya Nandakumar | the committee's chair
@b Gareth Lowell | -
@d Dana Fairclough | the company's head of operations
@c Sam Okonjo | a Reform Coalition member of the committee
@e Vantor Rail | -
Gareth Lowell, who has led Vantor Rail since 2021, was accused by the committee's chair, Priya Nandakumar, of "⟦p:a|treating passengers as an afterthought⟧" during a bruising two-hour session of the transport select committee on Tuesday.
Nandakumar pressed Lowell on cancellations at Harrowgate Junction, where one in five services was cancelled in March.
"⟦d:a|How many of those cancellations were due to staff shortages?⟧"
"⟦d:b|I'd have to check the exact figure.⟧"
"⟦d:a|Roughly.⟧"
"⟦d:b|Roughly, I would say around half.⟧"
"⟦d:a|Half. And when did you first know that you didn't have enough drivers?⟧"
Lowell paused before answering. "⟦d:b|We were aware of pressures in the autumn, but we believed the training programme would close the gap.⟧"
Sam Okonjo, a Reform Coalition member of the committee, said the company's own papers told a different story. Reading from a document submitted to the committee, he quoted a November memo by the company's head of operations, Dana Fairclough, warning that the driver roster was "⟦p:d|not sustainable beyond February⟧".
"⟦d:c|So your own head of operations told you in November. Why did this committee hear nothing about it until today?⟧"
"⟦d:b|That memo was one input among many,⟧" Lowell said.
After the session, Vantor Rail said in a statement that it "⟦p:e|fully accepts the committee's concerns⟧" and would publish a recovery plan within a month.

### 003
@a Martin Hale | the committee chair
@b Dev Acharya | Ward councillor
@c Keith Rourke | -
@d Ridgecrest Homes | The developer
@e - | A spokesman for the company
Gorsemoor District Council's planning committee voted 7–4 on Monday night to approve 220 homes on the former Ashby brickworks site, despite a petition signed by more than 3,000 residents.
Martin Hale, the committee chair, told the packed chamber that refusing the application would only invite an appeal the council would lose.
"⟦d:a|I understand the strength of feeling. I live two miles from that site. But we are bound by the local plan, and an inspector would overturn a refusal in a heartbeat,⟧" he said.
Ward councillor Dev Acharya, who represents Ashby, disagreed. "⟦d:b|The local plan says 150 homes. This is 220. We are not bound to rubber-stamp a 47 per cent overshoot,⟧" he said.
Hale replied that the higher figure had been accepted by the inspector at the last review of the plan. Acharya shook his head.
"⟦d:b|Then the inspector can come and sit in the traffic on Mill Lane.⟧"
In the public gallery, Keith Rourke, 71, held a sign reading "⟦s:-|Brickworks: Not Here⟧". He has lived on Mill Lane for 40 years. "⟦d:c|They don't listen. They never have,⟧" he said.
The developer, Ridgecrest Homes, said it was "⟦p:d|delighted⟧" with the decision and would contribute £1.4m towards a new junction at the end of Mill Lane. A spokesman for the company said the scheme had been reduced from 260 homes after public consultation.
"⟦d:e|We've listened, and we'll keep listening,⟧" the spokesman added.

### 004
@a Callum Reid | presenter
@b Tobias Wrenfield | the defence minister
@c Iain Gorrie | Shadow defence spokesman
On Thursday's edition of Morning Report on Radio Kestrel, presenter Callum Reid pressed the defence minister, Tobias Wrenfield, on reports that a £2.3bn frigate contract had been awarded without competition.
"⟦d:a|Minister, was the contract put out to tender or not?⟧" Reid asked.
"⟦d:b|The contract was awarded under the national security exemption, which is entirely lawful and which previous governments have used,⟧" Wrenfield said.
"⟦d:a|That's not what I asked.⟧"
"⟦d:b|It is exactly what you asked, Callum. You asked whether it was tendered. It was awarded under an exemption.⟧"
"⟦d:a|So the answer is no.⟧"
"⟦d:b|The answer is that it was lawful.⟧"
The minister later accused the programme of "⟦p:b|running the opposition's press releases for them⟧", a charge Reid rejected on air. "⟦d:a|We run questions, minister. You're welcome to answer them,⟧" he said.
Shadow defence spokesman Iain Gorrie said the interview had been "⟦p:c|excruciating⟧". "⟦d:c|If the minister can't say the word 'no', perhaps he can manage the word 'resign',⟧" he said.

### 005
@a Lucía Ferrer-Blanco | the 44-year-old former nurse
@b Ramón Iglesias | -
@c Derek Pounds | the Civic Alliance candidate
@d Mhairi Lennox | the Green candidate
On a wet Saturday morning in Eastgate market, Lucía Ferrer-Blanco worked her way along the stalls with a clipboard and a fistful of leaflets.
She is standing as an independent for mayor of Halvern, and she knows the odds. "⟦d:a|Everyone tells me independents don't win. Everyone told me nurses couldn't run wards, either,⟧" the 44-year-old former nurse said.
At a fruit stall run by Ramón Iglesias, she switched to Spanish. "⟦d:a|¿Usted va a votar? Necesito su voto, Ramón.⟧" ("⟦d:a|Are you going to vote? I need your vote, Ramón.⟧")
Iglesias laughed. "⟦d:b|Para ti, sí,⟧" he said — "⟦d:b|For you, yes.⟧"
Her main rivals are less charmed. Derek Pounds, the Civic Alliance candidate, told a hustings last week that Halvern needed "⟦p:c|experience, not enthusiasm⟧".
Mhairi Lennox, the Green candidate, was more generous. "⟦d:d|Lucía has run a brilliant campaign. I just think she's on the wrong side of the transport question,⟧" she said.
Back at the market, Ferrer-Blanco was already at the next stall. "⟦d:a|Twenty-six days,⟧" she said. "⟦d:a|Plenty of time.⟧"

### 006
@a Naomi Achterberg | the education secretary
@b - | A Downing Street spokesperson
@c Farid Qureshi | Achterberg's opposite number
@e Department for Schools | -
A letter from the education secretary, Naomi Achterberg, to the Prime Minister, seen by this newspaper, warns that the school rebuilding programme is "⟦p:a|at serious risk of collapse⟧" without an extra £900 million.
In the letter, dated 14 February, Achterberg writes:
"⟦d:a:m|I must be frank with you. The contractors we rely on are withdrawing from bids at a rate I have not seen in my time at the department. Three of the eleven regional frameworks now have no active bidders at all.⟧
"⟦d:a|Unless the Treasury can release the contingency we discussed in January, I will have no choice but to pause the second wave, and I would rather you heard that from me than from the newspapers.⟧"
The Prime Minister, Edmund Sayle, has not responded publicly. A Downing Street spokesperson said: "⟦d:b|We do not comment on leaked correspondence. The government is committed to rebuilding every school on the programme.⟧"
Achterberg's opposite number, Farid Qureshi, said the letter proved that the programme was "⟦p:c|built on sand⟧". "⟦d:c|The secretary of state has now admitted in writing what head teachers have been telling her for two years,⟧" he said.
The Department for Schools said the letter "⟦p:e|reflected ongoing discussions⟧" and that no decision had been taken on the second wave.

### 007
@a Adaeze Nwosu | Chief Inspector
@b Jonathan Oyelaran-Price | the mayor
@c - | a reporter
@e Wes Dunleavy | Its chair
@d Calderbrook Police Federation | -
Chief Inspector Adaeze Nwosu of Calderbrook Police told a press conference on Sunday that 14 people had been arrested after disorder outside the Civic Centre on Saturday night.
"⟦d:a|What we saw last night was not protest. It was violence, and it was planned,⟧" she said. "⟦d:a|We have hours of footage and we will be going through every frame of it.⟧"
Standing beside her, the mayor, Jonathan Oyelaran-Price, said the council would meet the cost of repairs. "⟦d:b|The Civic Centre belongs to everyone in this town. It will be open again on Tuesday,⟧" he said.
Asked by a reporter whether police had been caught unprepared, Nwosu said: "⟦d:a|No. We had intelligence, we had resources in place, and those resources were deployed.⟧"
"⟦d:c|Then why did it take forty minutes to clear the square?⟧" the reporter pressed.
"⟦d:a|Because there were two hundred people in it, and some of them were throwing bricks.⟧"
The Calderbrook Police Federation said officers had been "⟦p:d|left exposed⟧". Its chair, Wes Dunleavy, said three officers had been taken to hospital.
"⟦d:e|One of them has a fractured cheekbone. He has two children. He'll be fine, but he shouldn't have to be,⟧" Dunleavy said.

### 008
@a Rosalind Achebe-Grant | chair of the Senate Finance Committee
@b Gordon Fitch | The majority leader
The following is an edited transcript of an interview with Senator Rosalind Achebe-Grant, chair of the Senate Finance Committee, recorded for The Weekly Ledger podcast.
Q: Senator, you voted against your own party's budget last week. Why?
A: Because I read it. I'd recommend it to some of my colleagues.
Q: The majority leader, Gordon Fitch, said on Sunday that you had "⟦p:b|put ego ahead of the country⟧". How do you respond?
A: Gordon's entitled to his opinion. I'd just note that he said the same thing about me in 2019 and then asked me to chair this committee.
Q: Will you vote for the amended version?
A: If the rural hospitals fund is restored, yes. If it isn't, no. I've said that publicly, I've said it to Gordon, and I've written it down: "⟦d:a|No rural hospital money, no vote from me.⟧" It's on my website.
Q: Some people call you "⟦s:-|the Senate's conscience⟧". Do you like that?
A: I'd rather be called the Senate's accountant. Conscience doesn't balance the books.

### 009
@a Sunita Bhattacharjee | Deputy Mayor
@b Gwen Tasker | leader of the opposition group
@c Ellen Prowse | A third councillor
Members of Pellworth Town Council clashed on Thursday over plans for a £6m pedestrian bridge that critics have nicknamed the ``⟦s:-|bridge to nowhere⟧''.
Deputy Mayor Sunita Bhattacharjee, who has championed the project, said the bridge would link the railway station with the regenerated quayside for the first time.
``⟦d:a|People say it goes nowhere. It goes to four hundred new homes, a school and a health centre. That's not nowhere,⟧'' she said.
Councillor Gwen Tasker, leader of the opposition group, said the money would be better spent on the town's roads. ``⟦d:b|I had a resident ring me last week because her mobility scooter got stuck in a pothole on Fore Street. Stuck. That's the priority,⟧'' Tasker said.
Bhattacharjee responded that the roads budget came from the county, not the town. ``⟦d:a|Councillor Tasker knows that perfectly well,⟧'' she said.
``⟦d:b|And Councillor Bhattacharjee knows the county has cut it by a third,⟧'' came the reply.
The motion to proceed to detailed design was carried by nine votes to six. A third councillor, Ellen Prowse, who abstained, said she wanted to see a full traffic assessment first. ``⟦d:c|I'm not against a bridge. I'm against guessing,⟧'' she said.

### 010
@a Bartholomew Ng | Junior health minister
@b Harriet Coyle | Prime Minister
@c Paul Devereux-Smith | The Health Secretary
@d CareWatch | Patients' group
@e - | A government source
Junior health minister Bartholomew Ng resigned on Friday evening, posting his letter of resignation on social media shortly after 9pm.
“⟦d:a|It has been the privilege of my life to serve in this department,⟧” he wrote. “⟦d:a|But I cannot in good conscience defend a policy on hospital parking charges that I argued against in cabinet committee and that I believe to be wrong.⟧”
Prime Minister Harriet Coyle's reply, also posted online, thanked Ng for his “⟦p:b|dedication and decency⟧” but made no mention of parking.
The Health Secretary, Paul Devereux-Smith, said he was “⟦p:c|sorry to lose a talented colleague⟧”. Asked whether the policy would be reviewed, he told reporters: “⟦d:c|No. The policy is right, it's fair, and it raises money that goes straight back into patient care.⟧”
Patients' group CareWatch said Ng's resignation was “⟦p:d|the first honest thing anyone in government has said about parking in years⟧”.
A government source said Ng had been “⟦p:e|on borrowed time⟧” since the committee meeting in the spring.
Late on Friday, Ng added a second post: “⟦d:a|No hard feelings. Back to the constituency, where I should have spent more time anyway.⟧”

### 011
@a Alasdair Kettleby | the environment secretary
@b Grace Obuya | The shadow environment secretary
@c Hugh Penhaligon | the Liberal member for Tarnmouth
MPs debated the Water Quality (Rivers) Bill at second reading on Monday, with the environment secretary, Alasdair Kettleby, insisting the bill would "⟦p:a|end the era of dumping⟧".
"⟦d:a|Every storm overflow will be monitored. Every breach will be published. And every company that breaches its permit will pay,⟧" Kettleby told the Commons.
The shadow environment secretary, Grace Obuya, said the bill had "⟦p:b|more holes than the pipes it is supposed to fix⟧". She pointed to a clause allowing companies to delay compliance until 2040.
"⟦d:b|Twenty-forty. A child born today will be in secondary school before this bill bites,⟧" she said.
Intervening, the Liberal member for Tarnmouth, Hugh Penhaligon, asked whether the secretary of state would accept an amendment bringing the deadline forward to 2032.
"⟦d:c|Will he meet me and the rivers trusts to discuss it? That is all I ask.⟧"
Kettleby said he would. "⟦d:a|I am always happy to meet the honourable gentleman, though I suspect he will find the deadline is where it is for good engineering reasons.⟧"
Penhaligon afterwards described the response as "⟦p:c|warm words and a cold shoulder⟧".
The bill passed its second reading by 312 votes to 241.

### 012
@a Bernadette Quaye | the leader of Northam City Council
@b Karen Whitlow | her deputy
@c Nadia Farooqi | The opposition leader on the council
@d - | A council spokesperson
Messages leaked to the Northam Courier appear to show the leader of Northam City Council, Bernadette Quaye, discussing how to "⟦p:a|bury⟧" a critical audit report until after May's local elections.
In one message, sent to her deputy, Karen Whitlow, in January, Quaye writes: "⟦d:a|If this lands before the 4th we are toast. Can audit committee slip to June?⟧"
Whitlow replies: "⟦d:b|Leave it with me. I'll talk to Siobhan.⟧"
Siobhan Arkwright, the council's chief executive, is not thought to have acted on the request.
In a statement on Wednesday, Quaye said the messages had been "⟦p:a|taken out of context⟧". "⟦d:a|The audit committee timetable is set by officers, not by me, and it was never changed,⟧" she said.
Whitlow did not respond to requests for comment.
The opposition leader on the council, Nadia Farooqi, called for both women to stand aside. "⟦d:c|If she has nothing to hide, she'll welcome an independent investigation. I'm waiting,⟧" she said.
A council spokesperson said: "⟦d:d|The audit report will be published on 18 March as scheduled.⟧"

### 013
@a Harriet Okonkwo-Bell | Judge
@b Reginald Otterburn | Its chair
@c Anthony Vere | Counsel for the commission
In a judgment handed down on Friday, Judge Harriet Okonkwo-Bell rejected a challenge to the new boundaries of the Ellersby and Wyke constituency, ruling that the boundary commission had acted "⟦p:a|within the generous margin the statute allows⟧".
"⟦d:a|It is not the function of this court to redraw a map because a claimant would have drawn it differently,⟧" the judge wrote. "⟦d:a|The question is whether the commission asked itself the right questions. It did.⟧"
The challenge was brought by the Wyke Villages Association. Its chair, Reginald Otterburn, said the group was "⟦p:b|disappointed but not surprised⟧".
"⟦d:b|We always knew it was an uphill fight. But 11,000 people in the villages will now be represented by an MP whose office is 30 miles away,⟧" he said.
Counsel for the commission, Anthony Vere KC, had told the court during the two-day hearing that the claim was "⟦p:c|an attempt to relitigate a policy choice⟧".
The association has 21 days to decide whether to seek permission to appeal.

### 014
@a Jamal | -
@b Freya | -
@c Lorna Pettigrew | a lecturer in local government at Halvern University
At 19, Jamal is the youngest person ever elected to Brackwater Borough Council. He still lives with his mum, still takes the bus to the town hall, and still gets asked by security whether he's lost.
"⟦d:a|Every single meeting, for the first three months. Now they just wave,⟧" he said, grinning.
He is one of a small but growing number of councillors under 25. Another is Freya, 22, who won a seat in neighbouring Linford last May after a campaign run largely on social media.
"⟦d:b|People assume it's all dancing videos. It was mostly me standing by the bins on Carr Road explaining the recycling schedule,⟧" she said.
Both asked that their surnames not be used because of the online abuse they have received since being elected.
"⟦d:a|You get used to it. You shouldn't, but you do,⟧" Jamal said.
Freya is less philosophical. "⟦d:b|I've reported eleven accounts to the police. Eleven. I got one reply,⟧" she said.
Dr Lorna Pettigrew, a lecturer in local government at Halvern University, said councils had been slow to protect younger members. "⟦d:c|The support structures were built for retired solicitors. They were not built for a 19-year-old with a phone,⟧" she said.
Jamal says he will stand again. "⟦d:a|Someone's got to sort the buses out.⟧"

### 015
@a Jean-Baptiste Lemaire-Duchesne | the outgoing deputy
@b Amélie Nkurunziza | a 31-year-old schoolteacher
@c Marc Thibodeau | The returning officer
At the count in Val-Sainte-Aurore on Sunday night, the outgoing deputy, Jean-Baptiste Lemaire-Duchesne, conceded defeat shortly after 1am.
«⟦d:a|Les électeurs ont parlé, et je les respecte,⟧» he told supporters in the community hall. «⟦d:a|The voters have spoken, and I respect them.⟧»
Amélie Nkurunziza, a 31-year-old schoolteacher, won by 412 votes. «⟦d:b|Je n'ai pas de discours,⟧» she said, laughing — «⟦d:b|I don't have a speech⟧» — before thanking her parents, who arrived in the country as refugees in 1994.
The returning officer, Marc Thibodeau, said turnout had been 58 per cent, up six points on the last election. «⟦d:c|C'est la plus forte participation depuis vingt ans,⟧» he said. (It is the highest turnout in twenty years.)
Lemaire-Duchesne, who had held the seat for 16 years, said he would not stand again. «⟦d:a|Seize ans, c'est assez,⟧» he said. "⟦d:a|Sixteen years is enough.⟧"

### 016
@a Daniel Ashworth-Lyle | the Prime Minister's official spokesman
@b - | one reporter
@c - | a second reporter
@d Treasury | -
At the regular lobby briefing on Tuesday, the Prime Minister's official spokesman, Daniel Ashworth-Lyle, was asked eleven times whether Harriet Coyle still had confidence in her chancellor.
"⟦d:a|The Prime Minister has full confidence in the chancellor. I've said that,⟧" he said.
"⟦d:b|You've said it ten times. Does she have confidence in his budget?⟧" one reporter asked.
"⟦d:a|The budget is a government budget. The Prime Minister is the head of that government.⟧"
"⟦d:c|Is that a yes?⟧" asked a second reporter.
"⟦d:a|It's a yes.⟧"
The chancellor, Gideon Marr, did not appear in public on Tuesday. In the afternoon the Treasury said the budget would go ahead "⟦p:d|exactly as planned⟧" on 11 March.

### 017
@a Ingrid Solberg | the government's former chief medical adviser
@b Meera Kaul-Hennessy | The committee's chair
@c Rachel Ambrose | Committee member
@d Linda Stroud | the former health minister
Professor Dame Ingrid Solberg FRCP, the government's former chief medical adviser, told the health and social care committee on Wednesday that ministers had ignored her warnings about the winter vaccine rollout.
“⟦d:a|I advised in writing, on three occasions, that the supply contract was insufficient. I have those letters. The committee is welcome to them,⟧” she said.
The committee's chair, Dr Meera Kaul-Hennessy, asked whether anyone had replied.
“⟦d:a|Once. The reply said my concerns had been noted.⟧”
“⟦d:b|Noted.⟧”
“⟦d:a|Noted.⟧”
Dr Kaul-Hennessy asked her to send the letters to the committee by Friday. Committee member Rachel Ambrose then asked whether the former health minister, Linda Stroud, had seen them.
“⟦d:c|Did the minister see those letters, Professor? Personally?⟧”
“⟦d:a|I was told she had. I have no way of knowing whether that was true.⟧”
Stroud, who left government in September, said in a statement that she had “⟦p:d|never seen any written warning⟧” from Solberg. “⟦d:d|Had I done so, I would have acted on it immediately,⟧” the statement said.

### 018
@a Maureen | -
@b Owen Tregarthen | The mayor of Westmarch
@c Steve | The next caller
@d Anita Desai-Moore | The presenter
@e Priya | a cyclist
The mayor of Westmarch, Owen Tregarthen, faced a rough ride on Radio Westmarch's weekly phone-in on Friday, as callers lined up to complain about the new low-traffic scheme in the city centre.
"⟦d:a|I've lived on Orchard Road for thirty years and it now takes me twenty-five minutes to get to my daughter's,⟧" said Maureen, from Ferncliffe. "⟦d:a|Twenty-five minutes. It used to be six.⟧"
Tregarthen said the scheme was in a six-month trial. "⟦d:b|I hear you, Maureen, and that's exactly the kind of feedback the consultation is for,⟧" he said.
The next caller, who gave his name as Steve, was less polite. "⟦d:c|It's not a consultation if you've already put the bollards in, is it, Owen?⟧"
The presenter, Anita Desai-Moore, moved things along. "⟦d:d|Let's take one more. Priya in Eastbrook, you're on the line.⟧"
Priya, a cyclist, said the scheme had made her route to school "⟦p:e|safe for the first time⟧". "⟦d:e|My son cycles now. He didn't before,⟧" she said.
Tregarthen ended the programme by promising to publish journey-time data every month. "⟦d:b|If the numbers are bad, I'll say so,⟧" he said.

### 019
@a Marisol Ortega-Vance | a two-term state senator running for Congress
@b R.J. Castellano | a former county sheriff
@c Doreen Pickett | -
Marisol Ortega-Vance, a two-term state senator running for Congress, toured a shuttered textile mill in Carverton on Tuesday, telling about 200 supporters that its closure had been "⟦p:a|a policy choice, not an act of God⟧".
"⟦d:a|Somebody in an office decided this building was worth more empty than full. I want to know who, and I want to know why,⟧" she said.
R.J. Castellano, a former county sheriff, said his opponent was "⟦p:b|playing politics with people's livelihoods⟧".
"⟦d:b|The senator voted for the tax package that made this place uncompetitive. She can tour all the mills she likes,⟧" Castellano said in a written statement.
Among the crowd was Doreen Pickett, 63, who worked at the mill for 27 years. "⟦d:c|I don't care about parties. I care that my pension's half what they promised,⟧" she said.
Ortega-Vance told reporters afterwards that she had "⟦p:a|never voted for a tax break for a company that then left⟧". Asked about Castellano's statement, she said: "⟦d:a|He should read the bill. It's short.⟧"

### 020
@a Aoife Ní Bhriain | the member for Cill Rónáin North
@b Seán Ó Dálaigh | The transport member
@c Máire Ní Fhlannagáin | The presiding officer
During Thursday's sitting of the Western Assembly, Aoife Ní Bhriain, the member for Cill Rónáin North, opened her contribution in Irish.
"⟦d:a|Tá ár bpobal ag fanacht ró-fhada ar an mbád farantóireachta,⟧" she said. "⟦d:a|Our community has been waiting too long for the ferry.⟧"
She said islanders had been without a reliable service for 14 months. The transport member, Seán Ó Dálaigh, said a replacement vessel had been ordered.
"⟦d:b|The vessel is in the yard. It will be in service by the autumn. I've given that commitment to the deputy privately and I give it now publicly,⟧" he said.
Ní Bhriain said islanders had been promised a new boat "⟦p:a|every autumn since the pandemic⟧". "⟦d:a|Which autumn, a Chathaoirligh? That's all the islanders want to know,⟧" she said, addressing the chair.
The presiding officer, Máire Ní Fhlannagáin, reminded members to direct their remarks through the chair. "⟦d:c|And to keep them brief,⟧" she added.

### 021
@a Kwame Asante-Boateng | The general secretary of the Public Services Union
@b Philippa Dorrington | The local government minister
@c Local Government Employers' Association | -
The general secretary of the Public Services Union, Kwame Asante-Boateng, has warned that strike ballots will go out to 180,000 council workers next month unless ministers improve a 3 per cent pay offer.
"⟦d:a|Nobody wants to strike. Bin crews don't want to strike, carers don't want to strike. But three per cent when prices went up seven is a pay cut, and our members can count,⟧" he told the Halvern Gazette.
Asante-Boateng recalled that the last national strike, in 2011, lasted nine days. "⟦d:a|I was a shop steward then. We won, but it cost people a lot,⟧" he said.
The local government minister, Philippa Dorrington, insisted the offer was "⟦p:b|fair and affordable⟧". Speaking to reporters at a conference in Birchfield, she admitted that some councils were struggling. "⟦d:b|I'm not going to pretend this is easy for anybody,⟧" she said. "⟦d:b|But the money isn't there for more, and I won't promise money that isn't there.⟧"
The Local Government Employers' Association said it would "⟦p:c|continue to negotiate in good faith⟧".
Asked whether he would meet Dorrington, Asante-Boateng joked: "⟦d:a|I'll meet her anywhere. I'll even pay for the coffee, on three per cent.⟧"

### 022
@a Pieter van der Berg-Oakes | the planning inspector
@b Camilla de Souza | The MP for Hollins and Dale
@c Gerald Moffat | the company's planning director
@d Tom Ashcroft | a retired shepherd who has farmed on the moor for 50 years
At the public inquiry into the proposed Hollins Moor wind farm, the planning inspector, Pieter van der Berg-Oakes, heard evidence on Tuesday from residents, the developer and the local MP.
The MP for Hollins and Dale, Camilla de Souza, told the inquiry that she supported renewable energy "⟦p:b|in principle and in practice⟧" but that the turbines, at 180 metres, were "⟦p:b|simply too big for this landscape⟧".
"⟦d:b|I have a wind turbine on my own barn. I'm not the enemy of wind. I'm the enemy of putting the wrong thing in the wrong place,⟧" she said.
The developer, Northwind Renewables, was represented by Gerald Moffat, the company's planning director, who argued that the site had the best wind resource in the county. "⟦d:c|If not here, where? That's the question nobody objecting has answered,⟧" he said.
Van der Berg-Oakes asked Moffat whether the company had considered smaller turbines. "⟦d:a|Did you model a scheme at, say, 125 metres?⟧"
"⟦d:c|We did, sir. It doesn't pay for itself.⟧"
Tom Ashcroft, a retired shepherd who has farmed on the moor for 50 years, spoke last. "⟦d:d|My father walked these hills. My son walks them. I don't want him walking them under a forest of blades,⟧" he said.
The inquiry continues.

### 023
@a Ruth Oyinlola | the ministry's director of capacity
@b Anthony Greatorex | The permanent secretary
@c - | A source familiar with the discussions
@d Dominic Hurrell | Its national chair
@e Ministry of Justice | -
Senior officials at the Ministry of Justice were warned a year ago that the prison at Harlow Fen would run out of space by the summer, according to an internal email seen by this newspaper.
The email, sent by the ministry's director of capacity, Ruth Oyinlola, to the permanent secretary in March last year, said: "⟦d:a|On current trajectory we will exhaust operational capacity at HMP Harlow Fen by June. I cannot overstate the seriousness of this.⟧"
The permanent secretary, Anthony Greatorex, replied the same day, according to a second email: "⟦d:b|Noted. Let's discuss at ExCo on Thursday. Please don't circulate further.⟧"
A source familiar with the discussions said no action was taken at that meeting. "⟦d:c|It went on the risk register and stayed there,⟧" the source said.
According to the Prison Officers' Federation, Harlow Fen is now operating at 112 per cent of capacity. Its national chair, Dominic Hurrell, said officers were "⟦p:d|sleeping in their cars between double shifts⟧".
The Ministry of Justice said: "⟦d:e|We have taken decisive action to increase capacity, including 1,200 new places that will open this year.⟧"

### 024
@a Fiona Gallacher | the moderator
@b Rhona Stewart-Kerr | First Minister
@c Catriona MacAulay | Her principal challenger
@d Ewan Lockhart | Third candidate
The three candidates for first minister clashed over hospital waiting lists in Sunday night's televised debate on Channel Seven, with the moderator, Fiona Gallacher, repeatedly stepping in to stop them talking over one another.
First Minister Rhona Stewart-Kerr defended her government's record. “⟦d:b|We have cut the longest waits by half. Half. Nobody else on this stage can say that,⟧” she said.
Her principal challenger, Catriona MacAulay of the Civic Alliance, said the figure was “⟦p:c|a fiddle⟧”. “⟦d:c|You cut the longest waits by moving people onto a different list. That's not cutting waits, Rhona, that's cutting lists,⟧” she said.
Third candidate Ewan Lockhart, of the Reform Coalition, tried to come in.
“⟦d:d|Can I —⟧”
“⟦d:a|Ewan, you'll get your turn,⟧” Gallacher said.
“⟦d:d|I've been waiting twelve minutes.⟧”
The moderator let him in. Lockhart said both parties had “⟦p:d|run the health service like a family business that's been in the family too long⟧”.
Stewart-Kerr hit back: “⟦d:b|That's a lovely line, Ewan. Did your focus group write it?⟧”
A snap poll by Ordinal Research for the channel found 38 per cent thought MacAulay had won, 33 per cent Stewart-Kerr and 22 per cent Lockhart.

### 025
@a Beryl Standish | the chair
@b Anthony Rudge | one of the two who resigned
@c Judith Penrose-Hall | The second councillor to resign
A row over the village's Christmas lights has led to the resignation of two members of Little Harnby Parish Council, according to minutes published on Monday.
The minutes record that the chair, Beryl Standish, told the November meeting that the lights contract had been ``⟦p:a|agreed in the proper way⟧'' and that she would ``⟦p:a|not be lectured by people who have never strung a bulb⟧''.
Councillor Anthony Rudge, one of the two who resigned, wrote in his resignation letter that the contract had been awarded without a vote to a company owned by Standish's son-in-law.
``⟦d:b|I have raised this three times. Three times I have been told it is not a matter for the council. If spending public money is not a matter for the council, I do not know what is,⟧'' he wrote.
The second councillor to resign, Judith Penrose-Hall, said in a brief statement that she agreed with ``⟦p:c|every word⟧'' of Rudge's letter.
Standish told the Harnby Herald: ``⟦d:a|There was nothing improper. My son-in-law's firm was the cheapest. I declared the interest. It's in the minutes if anyone can be bothered to read them.⟧''
The minutes, however, make no reference to a declaration of interest.

### 026
@a Martin Oduya | the presenter
@b Clive Ambler-Reece | the foreign secretary
@c Valdorian embassy | -
@d Peter Lindqvist | Opposition foreign affairs spokesman
Appearing on Sunday with Martin Oduya, the foreign secretary, Sir Clive Ambler-Reece, refused to rule out sanctions on the Republic of Valdoria.
Oduya asked whether the government would follow its allies in freezing Valdorian state assets. "⟦d:b|Nothing is off the table. I've said that to the Valdorian ambassador directly,⟧" Ambler-Reece replied.
"⟦d:a|But is it on the table?⟧" the presenter asked.
"⟦d:b|Martin, I'm not going to negotiate in a television studio.⟧"
He added that sanctions were "⟦p:b|most effective when they are coordinated⟧" and that he would be speaking to counterparts in the coming days.
The Valdorian embassy said in a statement that any asset freeze would be "⟦p:c|an unfriendly act with consequences⟧".
Opposition foreign affairs spokesman Peter Lindqvist said the foreign secretary had "⟦p:d|dodged the question six different ways⟧". "⟦d:d|If he won't say it on television, will he say it in the House? I've tabled an urgent question,⟧" he said.

### 027
@a Lewis Mbeki-Hart | its candidate in Tanfield East
@b - | A party spokeswoman
@c Sandra Tolley | The party's regional organiser
@d Dorothy Amankwah | The rival Civic Alliance candidate
The Reform Coalition has withdrawn its support from its candidate in Tanfield East, Lewis Mbeki-Hart, after a series of old social media posts resurfaced.
In one post, from 2017, Mbeki-Hart wrote that people claiming benefits were "⟦p:a|choosing the sofa over a salary⟧".
A party spokeswoman said: "⟦d:b|These posts are wholly unacceptable and do not reflect the values of the Reform Coalition. Lewis Mbeki-Hart is no longer our candidate.⟧"
Mbeki-Hart, 29, said in a video posted on Tuesday night that he was "⟦p:a|ashamed⟧" of the posts. "⟦d:a|I was 22, I was angry, and I was wrong. I've spent the last seven years learning from people I used to look down on. I hope voters will judge me on who I am now,⟧" he said.
He will remain on the ballot paper because the deadline for withdrawals has passed. The party's regional organiser, Sandra Tolley, said: "⟦d:c|Voters in Tanfield East should know that a vote for Mr Mbeki-Hart is not a vote for us.⟧"
The rival Civic Alliance candidate, Dorothy Amankwah, said: "⟦d:d|I'm not going to kick a man when he's down. I'm going to talk about the hospital.⟧"

### 028
@a Malcolm Idowu | permanent secretary at the Department of Infrastructure
@b Geoffrey Harcourt-Wynne | The committee's chair
Sir Malcolm Idowu, permanent secretary at the Department of Infrastructure, admitted to the Public Accounts Committee on Monday that the department had "⟦p:a|lost control⟧" of the costs of the Eastfield bypass, now forecast at £1.1bn, almost £400m more than budgeted.
The committee's chair, Geoffrey Harcourt-Wynne, asked when ministers had been told.
"⟦d:b|Was it before or after the general election?⟧"
"⟦d:a|After.⟧"
"⟦d:b|How long after?⟧"
"⟦d:a|Some weeks. I'd have to check the precise date.⟧"
"⟦d:b|Sir Malcolm, with respect, you know the precise date.⟧"
Idowu then gave a longer account:
"⟦d:a:m|The revised forecast came to me in the first week of July. I asked for it to be checked independently, because the number was so much higher than anything we had seen. That took five weeks.⟧
"⟦d:a|I then briefed the secretary of state in the middle of August. I accept that, with hindsight, I should have given an early warning while the check was being done.⟧"
Harcourt-Wynne said afterwards that the committee would write to the secretary of state, Naledi Cross, to ask what she knew and when. "⟦d:b|Sir Malcolm was candid, and I thank him for that. Others may need to be as candid,⟧" he said.

### 029
@a Yusuf Demir | The leader of the Civic Alliance
@h - | a heckler
@b Eleanor Pask | The party's deputy leader
@c - | Government sources
The leader of the Civic Alliance, Yusuf Demir, used his closing speech at the party's conference in Marlport to promise what he called a "⟦s:-|Homes First⟧" guarantee for every young person who has lived in a town for five years.
"⟦d:a|If you were born here, grew up here, work here, you should be able to live here. That is not radical. That is the least a country owes its young people,⟧" Demir told delegates.
He turned to the government's record. "⟦d:a:m|They promised you a ladder. They gave you a waiting list.⟧
"⟦d:a|They promised you a home. They gave you a landlord.⟧"
Halfway through, a heckler shouted "⟦d:h|What about the green belt?⟧" and was escorted from the hall.
Demir paused. "⟦d:a|The green belt will be protected. The grey belt — the car parks, the old petrol stations, the empty retail sheds — will not,⟧" he said, to applause.
The party's deputy leader, Eleanor Pask, said afterwards that it had been "⟦p:b|the best speech of his career⟧".
Government sources dismissed the guarantee as "⟦p:c|uncosted fantasy⟧".

### 030
@a T.K. Okafor-Lindgren | the senior senator for Marlow County
@b Benedict Yoon | Her chief of staff
@c Lucinda Harlow-Beck | The governor
@d Aurelio Mendes | the county executive
T.K. Okafor-Lindgren, the senior senator for Marlow County, announced on Wednesday that she would not seek a fourth term, ending a 24-year career in the chamber.
"⟦d:a|Twenty-four years is long enough for anybody. It's certainly long enough for me,⟧" Okafor-Lindgren said in a statement. "⟦d:a|I want to spend the next chapter with my grandchildren, who have been very patient with a grandmother who is always on a plane.⟧"
Her chief of staff, Benedict Yoon, told reporters the decision had been made over Christmas. "⟦d:b|She told the family first, then the staff, then you. That's the order she wanted,⟧" he said.
The governor, Lucinda Harlow-Beck, called the senator "⟦p:c|a giant of this state⟧".
Two potential successors are already being mentioned: Darnell Fisk, a state representative, and Aurelio Mendes, the county executive. Mendes said he was "⟦p:d|not ruling anything in or out⟧". Fisk's office did not respond to questions.

### 031
@a Evelyn Mwangi | The parliamentary standards commissioner
@b Clarence Hatherley | the MP for Ribbleton
@c Joanna Pemberton-Reid | The Leader of the House
The parliamentary standards commissioner, Dr Evelyn Mwangi, has found that the MP for Ribbleton, Clarence Hatherley, breached the code of conduct by failing to declare £48,000 of consultancy income.
In her report, published on Thursday, Dr Mwangi wrote that Hatherley's explanation — that he had "⟦p:b|simply forgotten⟧" — was "⟦p:a|not credible⟧".
"⟦d:a|An MP who receives six monthly payments of £8,000 from the same company does not forget them,⟧" she wrote.
Hatherley, who has apologised, said in a statement: "⟦d:b:m|I accept the commissioner's findings in full. I made a mistake, and I have paid a heavy price for it in the way my family has been treated.⟧
"⟦d:b|I will not be seeking re-election at the next general election.⟧"
The commissioner recommended a ten-day suspension, which would trigger a recall petition in his constituency. The Leader of the House, Joanna Pemberton-Reid, said MPs would vote on the recommendation next week. "⟦d:c|The House will do its duty,⟧" she said.

### 032
@a Lydia Fairweather | the chief secretary to the Treasury
@b - | the interviewer
@d - | one who was present
@c Imogen Tate | The shadow chancellor
In a combative interview on BRN Radio's drive-time programme on Monday, the chief secretary to the Treasury, Lydia Fairweather, was challenged over a leaked forecast showing a £14bn shortfall in the public finances.
"⟦d:b|Have you seen this forecast?⟧" the interviewer asked.
"⟦d:a|I've seen a number of forecasts. Forecasts are not outcomes,⟧" the chief secretary replied.
"⟦d:b|Have you seen this one?⟧"
"⟦d:a|I'm not going to comment on a leaked document.⟧"
"⟦d:b|So yes.⟧"
Fairweather later told colleagues that the interview had been "⟦p:a|a pleasure, obviously⟧", according to one who was present. "⟦d:d|She was laughing about it. Just about,⟧" the colleague said.
The shadow chancellor, Imogen Tate, said: "⟦d:c|The chief secretary has been in post eight months and she still can't answer a yes-or-no question. I'm beginning to think the answer is always yes.⟧"

### 033
@a Ingrid Sæther-Holm | the mayor
@b Øystein Bråten | Council member
@c Åsa Lindqvist-Moe | One mother
In Fjellvik, a fishing town of 6,000 people, the municipal council voted on Tuesday to close one of its two primary schools — a decision the mayor, Ingrid Sæther-Holm, called "⟦p:a|the hardest of my twelve years⟧".
"⟦d:a|Vi har ikke nok barn,⟧" she told the local newspaper, Fjellvik Tidende. "⟦d:a|We don't have enough children.⟧"
Council member Øystein Bråten, who voted against, said the closure would "⟦p:b|empty the north side of town⟧". "⟦d:b|Young families will not move to a place where their children have to sit on a bus for forty minutes,⟧" he said.
Parents protesting outside the town hall carried banners reading "⟦s:-|Skolen er hjertet⟧" — "⟦s:-|The school is the heart⟧".
One mother, Åsa Lindqvist-Moe, said her family would consider moving. "⟦d:c|My husband is a fisherman. We are not going anywhere easily. But I am thinking about it,⟧" she said.
Sæther-Holm said the council would review the decision in three years. "⟦d:a|If the children come back, the school comes back,⟧" she said.

### 034
@a Patrick Mensah | The leader of Harrowfield City Council
@b Robert Allingham | his cabinet member for finance
@c Ian Stoddart | Opposition leader
The leader of Harrowfield City Council, Patrick Mensah, announced £38m of cuts on Wednesday, warning that the authority was "⟦p:a|weeks, not months⟧" from issuing a section 114 notice — in effect declaring itself bankrupt.
Flanked by his cabinet member for finance, Robert Allingham, Mensah told a press conference at the Guildhall that libraries, youth services and street cleaning would all be affected.
"⟦d:a|I didn't come into politics to close libraries. Nobody did. But the alternative is that the government sends in commissioners and they close them anyway,⟧" he said.
Allingham said the council's reserves had fallen from £61m to £9m in four years. "⟦d:b|We have been using savings to pay the bills. You can't do that for ever, and we've run out of for ever,⟧" he said.
Asked whether the council's own decisions had contributed, Mensah said: "⟦d:a|Of course we've made mistakes. The solar farm was a mistake. But a £20m mistake doesn't explain a £60m hole.⟧"
The so-called "⟦s:-|solar farm fiasco⟧" — a £20m investment in a scheme that has never generated a watt of electricity — was the subject of a critical audit report last year.
Opposition leader Ian Stoddart said Mensah should resign. "⟦d:c|He's blaming everyone but himself. The solar farm wasn't the government's idea. It was his,⟧" Stoddart said.

### 035
@a Maggie | -
@b Tariq | Her partner for the evening
@c - | a woman in a dressing gown
@d Rebecca Onwuachi | The candidate
On a housing estate in north Tolverton, four volunteers from the Civic Alliance are knocking on doors in the drizzle.
Maggie, 67, has been canvassing for the party since 1979. "⟦d:a|I've had doors slammed, dogs set on me, and once a man came to the door in nothing but a towel. You learn not to take it personally,⟧" she said.
Her partner for the evening, Tariq, is 18 and on his first campaign. "⟦d:b|She's a legend. She knows everyone's name,⟧" he said. "⟦d:b|I'm just carrying the leaflets.⟧"
At number 42, a woman in a dressing gown listens politely and then says she won't be voting. "⟦d:c|What's the point? They're all the same,⟧" she said.
Maggie has heard it before. "⟦d:a|They're not all the same, love. Some of us turn up in the rain,⟧" she replied.
The candidate, Dr Rebecca Onwuachi, joins them later. She is a GP in the town and is standing for the first time. "⟦d:d|Maggie's better at this than I am,⟧" she admitted.

### 036
@a Arvenian Electoral Commission | -
@b Helena Markovska | the commission's chairwoman
@c - | A senior official at the interior ministry
@d Unity Bloc | -
@e Stefan Dragović | Its leader
The Arvenian Electoral Commission said on Monday that a cyberattack had briefly disrupted its results website on election night but had had "⟦p:a|no effect whatsoever⟧" on the count.
At a press conference in the capital, Talvara, the commission's chairwoman, Dr Helena Markovska, said the site had been offline for 47 minutes. "⟦d:b|Votes in Arvenia are counted on paper, by hand, in front of observers. You cannot hack a pencil,⟧" she said.
A senior official at the interior ministry, speaking on condition of anonymity, said the attack had been traced to servers abroad. "⟦d:c|We know where it came from. Whether we say so publicly is a political decision,⟧" the official said.
The opposition Unity Bloc, which lost narrowly, said it would "⟦p:d|examine every irregularity⟧". Its leader, Stefan Dragović, went further. "⟦d:e|Forty-seven minutes of darkness, and the government asks us to trust the lights,⟧" he wrote on social media.
Markovska responded on Tuesday: "⟦d:b|Mr Dragović is welcome to inspect the ballot papers. All of them. We have kept every one.⟧"

### 037
@a - | allies of Halmi
@b - | one of them
@c Anton Varga | Prime Minister
@d Zsófia Erdős | a former police general
@e Kristóf Halmi | his interior minister
Prime Minister Anton Varga sacked his interior minister, Kristóf Halmi, on Friday in a reshuffle that allies of Halmi described as “⟦p:a|an act of revenge⟧”.
Halmi, who had openly criticised the government's migration bill, learned of his dismissal by text message, according to two people close to him.
“⟦d:b|He found out on the train. Not even a phone call,⟧” one of them said.
Varga told reporters outside the parliament building that the change was “⟦p:c|about delivery, not personalities⟧”. “⟦d:c|Kristóf is a talented man. I have asked him to take a rest, and I hope he takes it,⟧” he said.
The new interior minister is Zsófia Erdős, a former police general, who said she would “⟦p:d|bring order⟧” to a ministry she described as “⟦p:d|drifting⟧”.
Halmi posted a single line on social media that evening: “⟦d:e|I have served my country. I will continue to serve it.⟧”

### 038
@a Clare Odhiambo | -
@b Children's Standards Office | -
@d - | The previous leadership
@c - | a resident
Clare Odhiambo took over as chief executive of Dunmere County Council in January, inheriting a £30m deficit and an inspection report by the Children's Standards Office that described the council's children's services as "⟦p:b|inadequate in every domain⟧".
"⟦d:a|I didn't come here to manage decline,⟧" she said when we met in her office overlooking the market square. She spoke to the Dunmere Echo about her first hundred days.
Q: What did you find when you arrived?
A: Good people in a bad system. That sounds like a cliché, but it's genuinely what I found.
Q: The previous leadership called the department "⟦p:d|a work in progress⟧". Was that fair?
A: If you are a child waiting eleven weeks for a social worker, you don't feel like a work in progress. You feel forgotten.
Q: What's your first priority?
A: Social workers. We've got 40 vacancies. I had an email last week from a resident who said, "⟦d:c|I've had four social workers in a year and I've never met one of them.⟧" That's what we're fixing.
Q: And the deficit?
A: One problem at a time.

### 039
@a Annaliese Korhonen-Baptiste | the two-term congresswoman for the 4th district
@b Walter Grubb | a retired Navy officer
@c Denise | A woman in a red coat
Annaliese Korhonen-Baptiste, the two-term congresswoman for the 4th district, held her first in-person town hall in two years on Saturday in Bexley Falls, and it did not go quietly.
About 400 people packed the high school gym. The first question came from Walter Grubb, a retired Navy officer, who asked why she had voted to cut funding for the veterans' clinic on Route 9.
"⟦d:b|You stood in this gym four years ago and promised you'd protect the clinic. What happened?⟧" he said.
"⟦d:a|What happened, Walter, is that the clinic funding was moved, not cut. It's in a different line of the budget,⟧" Korhonen-Baptiste said, to jeers.
"⟦d:-|Shame!⟧" someone shouted from the bleachers.
A woman in a red coat, who gave her name only as Denise, asked about childcare. "⟦d:c|I pay more for daycare than rent. What are you going to do about that?⟧" she asked.
The congresswoman said she had co-sponsored a bill to cap childcare costs at 7 per cent of household income. "⟦d:a|It's not passed yet. I'm not going to pretend it has,⟧" she said.
Outside, a small group of protesters chanted "⟦s:-|Vote her out⟧" as she left.
Korhonen-Baptiste told reporters afterwards that she had expected a tough crowd. "⟦d:a|That's democracy. If I wanted applause I'd have stayed home,⟧" she said.

### 040
@a Hamish Ballantyne | the immigration minister
@b Nkechi Adeyemi-Roberts | the member for Cobham Vale
@c Home Department | the department
@d Samira Haddad | director of the Open Door Refugee Network
In a written answer to a parliamentary question, published on Monday, the immigration minister, Hamish Ballantyne, confirmed that 3,412 asylum claims had been waiting more than two years for a decision.
Ballantyne wrote: "⟦d:a|The department is prioritising the oldest claims, and I expect the number waiting more than two years to fall significantly by the end of the financial year.⟧"
The question was tabled by Nkechi Adeyemi-Roberts, the member for Cobham Vale, who said the answer was "⟦p:b|an admission of failure dressed up as a promise⟧".
"⟦d:b|The minister expects. He expected last year, too, when he gave me almost exactly the same answer,⟧" she said.
The Home Department said in a statement that it had recruited 600 additional caseworkers since the spring. "⟦d:c|Productivity has increased by 40 per cent in the last six months,⟧" the department said.
Samira Haddad, director of the Open Door Refugee Network, said: "⟦d:d|Behind every one of those 3,412 is a person who cannot work, cannot plan and cannot sleep.⟧"

### 041
@a Nomvula Dlamini-Ferreira | President
@b Thabo Mokoena | The Speaker
@c Jacobus Venter | Freedom Front leader
@d Presidency | -
President Nomvula Dlamini-Ferreira delivered her annual address to the National Assembly of Korvenia on Thursday, promising to finish connecting every household to mains water by the end of her term.
"⟦d:a:m|Five years ago, one household in three had running water. Today it is two in three.⟧
"⟦d:a:m|That is not enough. I will not stand here and tell you it is enough.⟧
"⟦d:a|But it is progress, and progress is what this government was elected to deliver.⟧"
Members of the opposition Freedom Front banged their desks and chanted "⟦s:-|Lights off! Lights off!⟧", a reference to months of power cuts.
The Speaker, Thabo Mokoena, called for order. "⟦d:b|Honourable members, the President will be heard in silence,⟧" he said.
Freedom Front leader Jacobus Venter later called the speech "⟦p:c|a wish list read by candlelight⟧". "⟦d:c|She talks about water. Ask the people of Khanyisa Heights when they last had electricity for a full day,⟧" he told reporters.
The Presidency said in a statement that the address had offered "⟦p:d|an honest account of where the country stands⟧".

### 042
@a Regula von Arx-Bühler | the finance director
@b Matthias Zürcher | The leader of the liberal group
@c Noémie Favre | -
In the cantonal parliament of Obertal, the finance director, Regula von Arx-Bühler, defended on Monday a proposal to raise the cantonal tax rate by 0.4 points.
"⟦d:a|Wir haben keine andere Wahl,⟧" she told members. "⟦d:a|We have no other choice.⟧"
The leader of the liberal group, Matthias Zürcher, said the canton had a spending problem, not a revenue problem. "⟦d:b|Frau von Arx says there is no choice. There is always a choice. She just doesn't like the other ones,⟧" he said.
Von Arx-Bühler replied that Zürcher's party had voted for every spending increase of the last four years. "⟦d:a|Herr Zürcher has a short memory and a long list of demands,⟧" she said.
Members of the Green group, led by Noémie Favre, abstained. Favre, speaking in French, called the debate «⟦p:c|un dialogue de sourds⟧» — "⟦p:c|a dialogue of the deaf⟧".
The proposal passed by 52 votes to 47.

### 043
@c - | a claimant
@a Marjorie Atherton | The committee's chair
@b Hannah Pryce | The council's director of digital services
@d Tessaline Systems | The software supplier
@e Craig Benfield | Its account director
Members of Castlebridge Borough Council's scrutiny committee demanded answers on Thursday over a new housing benefits computer system that has left 2,300 claimants without payments for up to six weeks.
The committee's chair, Marjorie Atherton, opened by reading an email from a claimant: ``⟦d:c|I am 81. I have been to the food bank twice. I had never been to a food bank in my life.⟧''
The council's director of digital services, Hannah Pryce, apologised. ``⟦d:b|That email should never have had to be written, because that situation should never have arisen. I'm sorry,⟧'' she said.
Atherton asked when the backlog would be cleared. ``⟦d:a|Give me a date. Not a quarter, not a season. A date,⟧'' she said.
``⟦d:b|The fourteenth of March,⟧'' Pryce said.
``⟦d:a|I'll hold you to that.⟧''
The software supplier, Tessaline Systems, said in a statement that it was ``⟦p:d|working around the clock⟧'' with the council. Its account director, Craig Benfield, who attended the meeting, told members that migrating the old data had been ``⟦p:e|more complex than anticipated by either party⟧''.
Atherton said afterwards that she was ``⟦p:a|not reassured⟧''.

### 044
@b Gurdev Singh Sandhu | her father
@a Harpreet Kaur Sandhu | a former employment lawyer
@c Liam O'Rourke-Byrne | Her campaign manager
@d Dominic Achebe | the minister for skills
When Harpreet Kaur Sandhu was sworn in as the member for Dunholme West last month, her father, Gurdev Singh Sandhu, watched from the public gallery, a folded copy of the order paper in his hand.
"⟦d:b|I drove a bus past that building for 31 years. I never went in. Not once,⟧" he said.
Harpreet, 36, a former employment lawyer, overturned a majority of 9,000. She speaks quickly and laughs often. "⟦d:a|Everyone says I won because of the national swing. I won because I knocked on 14,000 doors. I counted,⟧" she said.
Her campaign manager, Liam O'Rourke-Byrne, recalled the moment the result was declared. "⟦d:c|She didn't cry. I cried. Her dad cried. She just said, 'Right, where's my office?'⟧" he said.
Harpreet's maiden speech, on apprenticeships, was praised by the minister for skills, Dominic Achebe, who said across the chamber that it was "⟦p:d|the best maiden speech I've heard in this Parliament⟧".
She is unmoved by the compliment. "⟦d:a|He's lovely. He's also voting against my amendment next week,⟧" she said.

### 045
@a Concord Observer Mission | -
@b F.A. Lindqvist-Oyelaran | The head of the mission
@c Idris Bakhtiari | Its spokesman
@d Leyla Rostami | Opposition leader
The Concord Observer Mission to the Marestan parliamentary elections said on Tuesday that voting had been "⟦p:a|generally orderly⟧" but that the campaign had been "⟦p:a|marred by unequal access to the media⟧".
The head of the mission, Ambassador F.A. Lindqvist-Oyelaran OBE, told a press conference in the capital that observers had visited 612 polling stations.
"⟦d:b|In the overwhelming majority, procedures were followed. Where they were not, we have documented it and we will publish it,⟧" she said.
Asked about reports of ballot-stuffing in the southern province of Karsa, she said: "⟦d:b|We have seen the videos. We have not yet verified them. We will.⟧"
The governing Marestan Renewal Party welcomed the assessment. Its spokesman, Idris Bakhtiari, said: "⟦d:c|The observers have confirmed what we have always said: this was a free election.⟧"
Opposition leader Leyla Rostami said that was "⟦p:d|a creative reading⟧" of the report. "⟦d:d|Generally orderly is what you say about a football match. It is not what you say about a democracy,⟧" she said.

### 046
@a Callum Dewar | The bill's sponsor
@b Niall Forsyth | The transport minister
@c Graham Tulloch | Presiding officer
Members of the Northern Assembly debated the Rural Bus Services Bill on Wednesday, a member's bill that would oblige the regional government to guarantee at least one bus a day to every village of more than 200 people.
The bill's sponsor, Callum Dewar, told the chamber that 140 rural routes had been withdrawn in five years.
"⟦d:a|A village without a bus is a village where the old can't get to the doctor and the young can't get to work. That is what we are legislating to stop,⟧" he said.
The transport minister, Niall Forsyth, said the government supported the bill's aims but not its funding mechanism. "⟦d:b|I want more buses too. I just don't want to pay for them by closing hospital wards,⟧" the minister said.
Dewar rose on a point of order. "⟦d:a|The bill doesn't close a single ward. Perhaps the minister could read the financial memorandum.⟧"
Presiding officer Graham Tulloch ruled that it was not a point of order. "⟦d:c|It's a point of debate, Mr Dewar, and a fair one, but it is not a point of order,⟧" he said.
Forsyth continued. "⟦d:b|I have read it. Twice. That's why I'm worried.⟧"
The bill passed stage one by 64 votes to 58.

### 047
@a Fatima Rahman-Ellis | The current leader
@b Norman Pike | Councillor
@c Wanjiru Kimathi-Shaw | Kimathi's daughter
Tributes were paid in the council chamber at Stourleigh on Monday to Doris Kimathi, who led the council from 1986 to 1998 and died last week aged 88.
The current leader, Fatima Rahman-Ellis, recalled meeting Kimathi as a teenager on a school visit. "⟦d:a|She told me, 'Young lady, if you want something done, get elected and do it yourself.' I thought she was joking. She wasn't,⟧" she said.
Councillor Norman Pike, who served alongside Kimathi for eight years, joked that he had lost "⟦p:b|every argument I ever had with her, and a few I didn't know I was having⟧".
"⟦d:b|She was terrifying and she was right, which is the worst possible combination in an opponent,⟧" he said.
Kimathi's daughter, Wanjiru Kimathi-Shaw, thanked members from the public gallery. "⟦d:c|Mum would have hated all this fuss. She'd also have counted how many of you turned up,⟧" she said, to laughter.
A minute's silence was then held.

### 048
@a - | officials
@b Olamide Fashola | the schools minister
@c Simon Hale-Mortimer | Its director
@d - | A spokesperson for the Department for Schools
@e - | A senior aide to Fashola
Ministers were told that the flagship National Tutoring Scheme was reaching fewer than half the pupils it was designed for, according to documents released under freedom of information laws.
A briefing note prepared by officials for the schools minister, Olamide Fashola, in June said take-up was "⟦p:a|significantly below target in all regions⟧".
Fashola wrote in the margin: "⟦d:b|Why are we only hearing this now?⟧"
The documents were obtained by the Education Equality Trust. Its director, Simon Hale-Mortimer, said: "⟦d:c|The minister's own handwriting tells you everything. The department knew, the minister found out, and the public was told the scheme was a success.⟧"
A spokesperson for the Department for Schools said the scheme had been "⟦p:d|redesigned⟧" since June. "⟦d:d|Take-up has since increased by 60 per cent,⟧" the spokesperson said.
Fashola, now a minister at the Cabinet Office, declined to comment. A senior aide to Fashola at the time said: "⟦d:e|She was furious. Genuinely furious. Nobody had told her.⟧"

### 049
@a Joanne Whitcombe | the former deputy leader
@b Amara Osei-Mensah | the party's justice spokeswoman
@c Ben Castellanos | a backbench MP elected in 2019
Three contenders for the leadership of the People's Alliance faced party members at a hustings in Grantley on Saturday: Joanne Whitcombe, the former deputy leader; Amara Osei-Mensah, the party's justice spokeswoman; and Ben Castellanos, a backbench MP elected in 2019.
Whitcombe said the party needed to “⟦p:a|stop apologising for being ambitious⟧”. “⟦d:a|We lost the last election because people didn't know what we were for. I'll tell them,⟧” she said. “⟦d:a|Every single day.⟧”
Osei-Mensah said she had more experience of winning difficult seats than either rival. “⟦d:b|I took Hallam Cross from fourth place. Fourth. Don't tell me it can't be done,⟧” she said.
Castellanos, who is 34, said the party should not pick a leader on the basis of who had been around longest. “⟦d:c|With respect to Joanne and Amara, experience is what you call it when you've been losing for a long time,⟧” he said.
The hall groaned. Whitcombe smiled thinly. “⟦d:a|Ben's very young,⟧” she said. “⟦d:a|He'll learn.⟧”
Asked by the chair, party president Moira Kilbride, what they would do in their first week as leader, Osei-Mensah was first to answer.
“⟦d:b|Sack the pollsters.⟧”
Ballots close on 30 June.

### 050
@a Victor Anand | the deputy mayor of Saltmarsh
@b Carl Vesey | the developer
@c Grieve & Partners | his lawyers
@d Josephine Adebayo-Clarke | The mayor
A recording obtained by Channel Nine appears to capture the deputy mayor of Saltmarsh, Victor Anand, telling a property developer that planning approval could be "⟦p:a|smoothed along⟧" in return for a donation to his re-election campaign.
In the recording, made at a restaurant in March, Anand can be heard saying: "⟦d:a|I'm not saying there's a price. I'm saying friends help friends, and I've got an election in May.⟧"
A second voice, which Channel Nine identifies as the developer, Carl Vesey, replies: "⟦d:b|How friendly are we talking?⟧"
Anand, contacted by Channel Nine, said the recording had been "⟦p:a|edited to create a false impression⟧". In a statement, his lawyers, Grieve & Partners, said: "⟦d:c|Our client has never solicited a donation in exchange for any decision. He will co-operate fully with any inquiry.⟧"
Vesey did not respond to requests for comment.
The mayor, Josephine Adebayo-Clarke, said she had referred the matter to the police. "⟦d:d|I have listened to the tape. I was sickened by it,⟧" she said.

### 051
@a Esther Mbatha | Counsel to the inquiry
@b Gordon Thwaite | the former emergency planning officer
@c Patrick Llewellyn-Jones | The chairman of the inquiry
@d Sheila Varney | -
On the ninth day of the Aldwater Flood Inquiry, Counsel to the inquiry Esther Mbatha KC questioned the former emergency planning officer, Gordon Thwaite, about the night the river burst its banks.
"⟦d:a|Mr Thwaite, at 2.14am the river gauge at Pelham Bridge passed the red threshold. Where were you?⟧"
"⟦d:b|At home. Asleep. I was not on call that night.⟧"
"⟦d:a|Who was?⟧"
"⟦d:b|My deputy. She was on leave. The rota hadn't been updated.⟧"
"⟦d:a|So nobody was on call.⟧"
There was a long pause. "⟦d:b|Nobody was on call,⟧" Thwaite said.
The chairman of the inquiry, Sir Patrick Llewellyn-Jones, intervened. "⟦d:c|Is there any system by which someone would notice that the person on call was on a beach?⟧"
"⟦d:b|There is now, sir.⟧"
Sheila Varney, whose husband drowned in his car on the Pelham road, spoke to reporters outside. "⟦d:d|Nobody was on call. We've waited two years to hear a man say those four words,⟧" she said.

### 052
@a Bernard Fontaine-Leclerc | The mayor of Saint-Hilaire-des-Prés
@b Odile Marchetti | Shopkeeper
@c Yannick Diallo | The opposition councillor
The mayor of Saint-Hilaire-des-Prés, Bernard Fontaine-Leclerc, described the council's decision to ban cars from the market square on Saturdays as «⟦p:a|une petite révolution⟧» — a small revolution.
«⟦d:a|Le samedi, la place appartient aux piétons,⟧» he said. «⟦d:a|On Saturdays, the square belongs to pedestrians.⟧»
Shopkeeper Odile Marchetti, who runs the bakery on the corner of the square, was furious. «⟦d:b|Mes clients viennent en voiture. Où vont-ils se garer? Sur le toit de l'église?⟧» Her customers came by car, she said, and she wanted to know whether they were now expected to park «⟦p:b|on the church roof⟧».
The opposition councillor Yannick Diallo said the consultation had been «⟦p:c|une farce⟧». «⟦d:c|Nobody asked the traders. Nobody asked the elderly,⟧» he said in English to a visiting reporter.
Fontaine-Leclerc said the ban would be reviewed after six months. «⟦d:a|Si ça ne marche pas, on arrête. C'est simple,⟧» he said. (If it doesn't work, we stop. It's simple.)

### 053
@b Laura Kinsella | Her interviewer
@a Vivienne Okoro | The home secretary
@c Police Leaders' Forum | -
The home secretary, Dame Vivienne Okoro, was asked on BRN's Sunday Agenda about the rise in recorded knife crime. Her interviewer, Laura Kinsella, put it simply: "⟦d:b|Home secretary, it's gone up every year you've been in office. Why should anyone believe you can fix it?⟧"
Okoro said the figures reflected better recording by police forces. "⟦d:a|When you get better at counting something, the number goes up. That's not a rise in crime, it's a rise in honesty,⟧" she said.
"⟦d:b|Tell that to the families in Wexcombe.⟧"
"⟦d:a|I have. I met three of them on Friday.⟧"
Kinsella pressed her on police numbers. "⟦d:b|You've got fewer officers on the street than in 2010.⟧"
"⟦d:a|We've got more officers in total than ever before.⟧"
"⟦d:b|In total. Not on the street.⟧"
Okoro conceded the point. "⟦d:a|Not yet on the street. They will be,⟧" she said.
The Police Leaders' Forum said in a statement on Sunday evening that recorded crime figures "⟦p:c|should be read with caution⟧".

### 054
@a Terence Bowles | its councillor for Quayside ward
@b - | A Harbour Party spokesperson
@c Rhian Pritchard | -
The Harbour Party has suspended its councillor for Quayside ward, Terence Bowles, pending an investigation into comments he made at a public meeting last week.
Bowles is alleged to have told the meeting that residents of a new social housing block on the seafront were "⟦p:a|not the sort of people we want down here⟧".
A Harbour Party spokesperson said: "⟦d:b|We have zero tolerance for remarks of this kind. Councillor Bowles has been suspended with immediate effect.⟧"
Bowles said in a post on Facebook that his remarks had been "⟦p:a|taken wildly out of context⟧". "⟦d:a|I was talking about second-home owners, not tenants. Anyone who was there knows that,⟧" he wrote.
Rhian Pritchard, who chairs the tenants' association for the block, said she had been at the meeting. "⟦d:c|He wasn't talking about second-home owners. He was looking straight at us,⟧" she said.

### 055
@a Rahul Menon-Fitzgerald | the Green group's spokesman on energy
@d Clare Beaumont | The energy minister
Below is an excerpt from this week's episode of The Division Bell, in which host Siobhan Garvey talks to Rahul Menon-Fitzgerald, the Green group's spokesman on energy.
GARVEY: You've said the government's energy strategy is "⟦p:a|a shopping list with no money⟧". Do you stand by that?
MENON-FITZGERALD: Every word. I'd add that the shopping list was written in 2015.
GARVEY: The energy minister, Clare Beaumont, sat in that chair last month and told this programme, and I'm quoting, "⟦d:d|The strategy is fully funded to 2030.⟧"
MENON-FITZGERALD: Then she should publish the costings. If she does, I'll come back on and eat my words. Live.
GARVEY: We'll hold you to that.
After the recording, Menon-Fitzgerald told us: "⟦d:a|I meant it about eating my words. I've got the ketchup ready.⟧"

### 056
@a - | One minister
@b - | Another minister
@c Robin Haldane | The transport secretary
@d Marcus Elbourne | The environment secretary
@e Stop Kestrel Three | Residents' group
The cabinet is split over the expansion of Kestrel Field airport, with at least four ministers opposing a third runway, according to three people present at Tuesday's meeting.
One minister told the meeting that the runway would be "⟦p:a|electoral suicide in every seat under the flight path⟧", according to one of those present. Another minister said the economic case was "⟦p:b|overwhelming⟧".
The transport secretary, Robin Haldane, who backs expansion, said on Wednesday that no decision had been taken. "⟦d:c|Cabinet discusses things. That's what cabinet is for. When we've decided, you'll be the first to know,⟧" he told reporters outside his department.
The environment secretary, Marcus Elbourne, who is thought to be among the opponents, declined to comment. Asked about the runway as he left his home, he said only: "⟦d:d|Lovely morning, isn't it?⟧"
Residents' group Stop Kestrel Three said in a statement: "⟦d:e|If the cabinet can't agree, perhaps it should listen to the 40,000 people who have signed our petition.⟧"

### 057
@a Howard Kessler-Obi | the president's nominee for the Supreme Court
@b Dale Whitaker | The committee's ranking member
@c Gilbert Ashdown-Price | The chairman
The Senate Legal Affairs Committee questioned Judge Howard Kessler-Obi, the president's nominee for the Supreme Court, for seven hours on Tuesday.
The committee's ranking member, Sen. Dale Whitaker, asked him about a 2016 opinion upholding a state voter-ID law.
"⟦d:b|Judge, you wrote that the law imposed 'a modest burden.' Modest for whom?⟧"
"⟦d:a|For the typical voter, Senator. I acknowledged in the opinion that for some voters it would be more than modest,⟧" the nominee said.
"⟦d:b|And for those voters?⟧"
"⟦d:a|The statute provided an alternative. I found that sufficient. Others may disagree.⟧"
"⟦d:b|I disagree.⟧"
"⟦d:a|I understood that you might.⟧"
The chairman, Sen. Gilbert Ashdown-Price, who supports the nomination, said afterwards that Kessler-Obi had been "⟦p:c|patient, precise and unflappable⟧".
Whitaker told reporters he would vote no. "⟦d:b|He's a fine lawyer. That's never been the question,⟧" he said.

### 058
@a - | 43 backbench MPs
@b Hector Villiers | the MP for Castle Tarrant
@c Anneke Brouwer | The chief whip
@d - | One signatory
A letter signed by 43 backbench MPs from the governing party has urged the chancellor to abandon plans to freeze the personal tax allowance until 2030.
The letter, organised by Hector Villiers, the MP for Castle Tarrant, says the freeze would amount to "⟦p:a|a stealth tax on the very voters who put us here⟧". It goes on:
"⟦d:a:m|We have stood on doorsteps and told people that this party does not raise their taxes. Freezing the allowance for a further five years makes liars of every one of us.⟧
"⟦d:a|We ask you, respectfully but firmly, to think again.⟧"
Villiers told the Tarrant Observer that he had not found it hard to collect signatures. "⟦d:b|I could have had sixty. I stopped because I didn't want it to look like a coup,⟧" he said.
The chief whip, Anneke Brouwer, played down the letter. "⟦d:c|Colleagues write letters. It's a healthy party,⟧" she told reporters.
One signatory, who asked not to be named, was blunter. "⟦d:d|If the chancellor doesn't blink, there will be a vote, and he'll lose it,⟧" the MP said.

### 059
@a Raymond Ellis Jr. | The chairman of the Brandt County Commission
@b Luz Marina Ochoa | a nurse who lives on Creek Road
@c Harold Pfeiffer | the county engineer
@d Carol Dunning | Commissioner
The chairman of the Brandt County Commission, Raymond Ellis Jr., opened Tuesday's meeting by warning the public that speakers would be held to three minutes each. More than 60 people had signed up to comment on plans to close the Creek Road bridge.
"⟦d:a|I want everybody heard. I also want to be home before midnight,⟧" he said.
Luz Marina Ochoa, a nurse who lives on Creek Road, said the closure would add 20 minutes to ambulance journeys. "⟦d:b|I've done that run. Twenty minutes is the difference. I've seen it,⟧" she told commissioners.
The county engineer, Harold Pfeiffer, said the bridge had failed its last two inspections. "⟦d:c|I'm not going to stand here and tell you that bridge is safe, because it isn't,⟧" he said. "⟦d:c|I'd rather close it than close it after something happens.⟧"
Commissioner Carol Dunning asked whether a weight limit could keep the bridge open to cars. Pfeiffer said that had been tried. "⟦d:c|People ignore the signs. We've had a cement truck across it twice this year,⟧" he said.
"⟦d:d|Then we enforce the signs,⟧" she replied.
Ellis called a vote on a 90-day delay to study options. It passed 3–2. "⟦d:a|Ninety days, folks. Not ninety-one,⟧" he said.

### 060
@a Mariana Costa-Ribeiro | The opposition MP
@b Luís Tavares | the minister for territorial cohesion
@c - | A ministry spokesman
The opposition MP Mariana Costa-Ribeiro accused the government on Wednesday of leaving the interior of the country “⟦p:a|to die quietly⟧” after a third rural maternity unit in two years was closed in the district of Vale Escuro.
“⟦d:a|Fecharam a maternidade e chamaram-lhe reorganização,⟧” she told the chamber. “⟦d:a|They closed the maternity unit and called it reorganisation.⟧”
Responding for the government, the minister for territorial cohesion, Luís Tavares, said mothers in the district would be served by a new unit at the regional hospital, 45 minutes away. “⟦d:b|Safety is not measured in kilometres. It is measured in outcomes,⟧” he said.
Costa-Ribeiro was on her feet before he had sat down. “⟦d:a|Tell that to a woman in labour on the mountain road in January.⟧”
Tavares did not reply directly. A ministry spokesman later said the regional unit had “⟦p:c|better staffing and better equipment than any of the units it replaced⟧”.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh45.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh45",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
