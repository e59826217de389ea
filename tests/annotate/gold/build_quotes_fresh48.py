# ruff: noqa: E501
"""Build ``quotes_fresh48.jsonl``: a forty-eighth independent, held-out gold set of quotes.

All passages are fictional and were written from scratch for this file, without
reading the extractor, without running it, and without reading the passages of the
other gold sets. The set is meant to be evaluated once, as an honest measure on
unseen text. Its focus is politics and public affairs: parliamentary debates and
questions, select-committee hearings, council and planning meetings, press
conferences and briefings, broadcast interviews reported as exchanges, campaign
trail reports, leaked letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh48-NNN``.

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

Decisions specific to this set:

* An organisation as speaker has a null description unless the passage gives it an
  appositive (``Solstice Renewables, the developer, said``).
* A role introduced on its own before the person is named (``the Chancellor`` … later
  ``Gregory Penhallow``) is that person's description when no appositive is given.
* In exchanges without speech verbs the speaker is whoever a careful reader takes to be
  talking from the turn-taking; a reply such as ``came the reply`` is the witness's.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh48.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh48.jsonl")

PASSAGES = """
### 001
@a Alana Fenwick | Prime Minister
@b Priya Castellane | the opposition leader
@c Gordon Aske | The Speaker
@d Helen Maitland-Rowe | National Alliance backbencher
Prime Minister Alana Fenwick was accused by the opposition leader, Priya Castellane, of "⟦p:b|running away from her own promises⟧" on housing during a fractious session of Prime Minister's Questions on Wednesday, as MPs seized on figures showing new-build completions had fallen for a third consecutive quarter.
Opening the exchanges, Ms Castellane held up a copy of the governing party's last manifesto. "⟦d:b|Page fourteen. Three hundred thousand homes a year. Can the Prime Minister tell the House how many were actually built last year?⟧"
Mrs Fenwick said the figure was "⟦p:a|just over 212,000⟧" and blamed the rise in borrowing costs. "⟦d:a|The Right Honourable Lady knows perfectly well that interest rates have doubled the cost of every development in this country,⟧" she said. "⟦d:a|We are not going to apologise for building more social homes than any government in forty years.⟧"
Ms Castellane, who has made housing the centrepiece of her party's pitch for the next election, was unmoved. "⟦d:b|That's not an answer. That's an excuse,⟧" she said, to cheers from the benches behind her.
The Speaker, Sir Gordon Aske, twice intervened to quieten the chamber. "⟦d:c|Order! Order. The Leader of the Opposition will be heard, and so will the Prime Minister.⟧"
Later, the National Alliance backbencher Helen Maitland-Rowe asked whether the Prime Minister would meet small builders from her Fenmouth constituency. "⟦d:d|Will she at least sit down with the people in my patch who tell me they cannot get a single plot through planning?⟧" Mrs Fenwick said she would "⟦p:a|gladly⟧" do so.

### 002
@a Fiona Lockhart | chief executive of the Westmarch Hospitals Trust
@b Rosalind Achebe-Grant | The committee’s chair
@c Denis Kowalczyk | -
@d Westmarch Hospitals Trust | -
The chief executive of one of the country’s largest hospital trusts has admitted that waiting-list figures sent to ministers last year were “⟦p:a|not as complete as they should have been⟧”, in a bruising appearance before the Health and Social Care Committee.
Fiona Lockhart, chief executive of the Westmarch Hospitals Trust, told MPs that around 4,000 patients had been left off the trust’s returns because of what she called “⟦p:a|a migration error⟧” between two computer systems.
“⟦d:a|I want to be absolutely clear that nobody set out to mislead anyone,⟧” she said. “⟦d:a|But the numbers we gave were wrong, and I take responsibility for that.⟧”
The committee’s chair, Rosalind Achebe-Grant, said the explanation raised more questions than it answered. “⟦d:b|You have told us it was a migration error. When did you first know about it?⟧”
“⟦d:a|In March,⟧” Ms Lockhart replied.
“⟦d:b|And the department was told when?⟧”
“⟦d:a|In June.⟧”
There was a pause. “⟦d:b|So for three months, Ms Lockhart, ministers were quoting figures in Parliament that you knew to be wrong,⟧” the chair said.
Denis Kowalczyk, who represents Dunmore East, pressed the chief executive on whether any patients had come to harm. She said a clinical review had identified “⟦p:a|a small number⟧” of cases that were being examined and that the families concerned had been contacted.
“⟦d:c|A small number is not a number,⟧” Mr Kowalczyk said. “⟦d:c|How many?⟧”
“⟦d:a|Eleven,⟧” she said.
In a statement after the hearing, the Westmarch Hospitals Trust said it had “⟦p:d|fully cooperated⟧” with the committee and would publish the review’s findings in full.

### 003
@a Maeve Dunleavy | The committee chair
@b Janet Pryor | -
@c Tom Brannigan | Councillor
@d Solstice Renewables | the developer
@u - | A man in the public gallery
Plans for a 120-acre solar farm on the edge of Little Hensby were approved by Kettlewick District Council's planning committee on Tuesday night, despite a petition signed by more than 1,400 residents.
The decision, passed by six votes to four, came after almost three hours of debate in a packed council chamber. The committee chair, Councillor Maeve Dunleavy, warned the public gallery twice to stop heckling.
"⟦d:a|I understand feelings are running high, but this is a meeting held in public, not a public meeting,⟧" she said. "⟦d:a|If it continues I will clear the gallery.⟧"
Janet Pryor, who chairs the Little Hensby Village Society, told councillors the panels would "⟦p:b|industrialise⟧" a landscape that had been farmed for centuries.
"⟦d:b|We are not against solar. Put it on the warehouse roofs. Put it on the car parks. Don't put it on the best farmland in the district,⟧" she said.
Councillor Tom Brannigan, who seconded the motion to approve, said the country could not meet its climate targets "⟦p:c|by saying yes to everything in principle and no to everything in practice⟧".
"⟦d:c|Every one of us in this room says we want clean energy. Well, this is what it looks like,⟧" he said.
A man in the public gallery shouted "⟦d:u|Shame on you!⟧" as the result was read out.
Solstice Renewables, the developer, said it was "⟦p:d|delighted⟧" with the outcome and would set up a community benefit fund worth £60,000 a year. "⟦d:d|We have listened to residents throughout, and we will keep listening,⟧" the company said.

### 004
@a Oliver Trethewey | The Transport Secretary
@b Callum Rafferty | Presenter
@c Bernadette Quayle | the federation's general secretary
The Transport Secretary, Oliver Trethewey, refused eleven times to say whether he would meet rail union leaders before next week's strike, in a combative interview on Radio Calder's breakfast programme on Thursday.
Presenter Callum Rafferty asked him repeatedly whether the door to talks was open.
"⟦d:b|Is the door open or isn't it, Minister?⟧"
"⟦d:a|The door has always been open. What we won't do is negotiate on the basis of threats.⟧"
"⟦d:b|So that's a no.⟧"
"⟦d:a|It's not a no. It's a recognition that the unions have walked away from a fair offer.⟧"
At one point Mr Rafferty read out a message from a listener in Halbury, a nurse who said she had been unable to get to work on the last three strike days.
"⟦d:b|What do you say to her?⟧" he asked.
"⟦d:a|I say I'm sorry, and I say that's exactly why the unions should call this off,⟧" Mr Trethewey said.
The Rail and Maritime Workers' Federation, which represents about 40,000 signallers and station staff, said it remained available for talks "⟦p:c|at any hour of the day or night⟧". The federation's general secretary, Bernadette Quayle, said afterwards that listeners had heard "⟦p:c|a minister who is frightened of a meeting⟧".
"⟦d:c|Eleven times he was asked. Eleven times he ducked it,⟧" she said.

### 005
@a Ruth Calloway | the two-term incumbent
@b Gus Harlan | a retired welder
@c Marcus Deleon-Pratt | a former county prosecutor
@d Dana | a 29-year-old nurse who asked that her surname not be used
It is a little after seven on a Saturday morning in Coldwater Falls, and Sen. Ruth Calloway, the two-term incumbent, is already on her third diner.
“⟦d:a|I don’t do breakfast anymore, I do breakfasts,⟧” she jokes, sliding into a booth opposite a retired welder named Gus Harlan.
Gus has voted for her twice. He is not sure about a third time. “⟦d:b|Prices are what they are. I’m not blaming her for all of it, but somebody’s got to own it,⟧” he says.
Calloway nods. She has heard this a lot. “⟦d:a|Fair enough,⟧” she says. “⟦d:a|So let me tell you what I’m going to do about it.⟧”
Her challenger, Marcus Deleon-Pratt, a former county prosecutor, has built his campaign around the argument that the senator has “⟦p:c|gone native⟧” in the state capital. At a rally in a high-school gym in Petersville the same evening, he told about 400 supporters that “⟦p:c|eighteen years is long enough for anybody⟧”.
“⟦d:c|She used to come home. Now she visits,⟧” Deleon-Pratt said, to laughter.
A hand-painted banner at the back of the gym read “⟦s:-|Send Ruth Home⟧”.
Among the crowd was Dana, a 29-year-old nurse who asked that her surname not be used. Her hospital discourages staff from political activity. “⟦d:d|I voted for Calloway last time,⟧” Dana said. “⟦d:d|I just want somebody who picks up the phone.⟧”
Asked about the slogan on Sunday, Calloway laughed. “⟦d:a|I’d love to go home. I’ve got a lot of work to finish first.⟧”

### 006
@a Nadia Okonkwo-Hale | the Environment Secretary
@b Gregory Penhallow | the Chancellor
@c - | A Treasury source
@d Lydia Marsh | the opposition's environment spokeswoman
A leaked letter from the Environment Secretary, Nadia Okonkwo-Hale, to the Chancellor warns that proposed cuts to flood defence spending would leave "⟦p:a|tens of thousands of homes⟧" at greater risk and could prove "⟦p:a|a false economy of the worst kind⟧".
The letter, dated 3 October and seen by this newspaper, was written days before Gregory Penhallow is due to set out departmental budgets for the next three years.
"⟦d:a|I must put on record my very serious concern about the proposed reduction in capital allocations for flood and coastal erosion risk management,⟧" Ms Okonkwo-Hale writes. "⟦d:a:m|Our own modelling shows that the number of properties at high risk would rise by around 38,000 by the end of the decade.⟧
"⟦d:a|I do not believe the government could defend that position in the event of a major flood, nor should it try to.⟧"
The Chancellor is understood to regard the letter as an opening bid in negotiations. A Treasury source said: "⟦d:c|Every department thinks its budget is the one that can't be touched. Somebody has to make the numbers add up.⟧"
Mr Penhallow, asked about the letter on a visit to a factory in Brackenford, said he did not comment on leaks. "⟦d:b|What I will say is that protecting families from flooding is a priority for this government and will remain one,⟧" he said.
Lydia Marsh, the opposition's environment spokeswoman, said the letter was "⟦p:d|damning⟧". "⟦d:d|When your own Environment Secretary is putting in writing that your plans will put homes at risk, it's time to think again,⟧" she said.

### 007
@a Imogen Threlfall | Chief Constable
@r - | another reporter
@b Kwame Adjei-Mensah | Chief Superintendent
@c Ruth Ogunleye-Baines | The police and crime commissioner for Aldermoor
@d Jo Fairclough | a spokesperson for Aldermoor Against Austerity
The head of Aldermoor Police has defended the force’s handling of Saturday’s protest in the city centre, during which 23 people were arrested and four officers were injured.
Speaking at a press conference on Monday, Chief Constable Imogen Threlfall said officers had faced “⟦p:a|a level of violence I have not seen in this city in twenty years of policing⟧”.
“⟦d:a|The overwhelming majority of people who came to Market Square came to protest peacefully, and they were able to do so,⟧” she said. “⟦d:a|A small group came for a fight.⟧”
Asked by a reporter whether the decision to contain protesters on Corn Street had inflamed the situation, she said: “⟦d:a|No. I don’t accept that.⟧”
“⟦d:r|Were your officers told to draw batons before or after the bottles were thrown?⟧” another reporter asked.
Chief Superintendent Kwame Adjei-Mensah, who led the operation on the day, leaned towards the microphone. “⟦d:b|After. Every use of force will be reviewed, and every officer’s body-worn footage has been preserved,⟧” he said.
The police and crime commissioner for Aldermoor, Ruth Ogunleye-Baines, who was not at the press conference, said in a statement that she had asked for an independent review. “⟦d:c|Public confidence depends on the police not being seen to mark their own homework,⟧” she said.
Jo Fairclough, a spokesperson for Aldermoor Against Austerity, which organised the march, described the policing as “⟦p:d|heavy-handed from the start⟧”. “⟦d:d|They were filming us from the moment we arrived. People were scared,⟧” they said.

### 008
@a Henri-Luc Dufresne | The president
@b Élodie Marchetti-Vasseur | leader of the Green group
@c Jean-Baptiste N’Diaye | a centrist member who had supported the contract when it was signed in 2021
@d Navilac SA | The operator
Members of the regional assembly of Haute-Sarrène voted on Thursday to suspend a disputed ferry contract, after a heated debate in which the region’s president was accused of having «⟦p:b|sold the lake to his friends⟧».
The accusation came from Élodie Marchetti-Vasseur, leader of the Green group, who told the chamber in French: «⟦d:b|Vous avez vendu le lac à vos amis, et maintenant vous nous demandez de payer l’addition.⟧» — «⟦d:b|You sold the lake to your friends, and now you are asking us to pay the bill.⟧»
The president, Henri-Luc Dufresne, rejected the charge. «⟦d:a|The contract was awarded after an open tender that was examined by three separate bodies,⟧» he said. «⟦d:a|Madame Marchetti-Vasseur is entitled to her opinions. She is not entitled to her own facts.⟧»
Jean-Baptiste N’Diaye, a centrist member who had supported the contract when it was signed in 2021, said he had changed his mind after reading the auditors’ report. «⟦d:c|I voted for it. I was wrong to,⟧» he said. «⟦d:c|When the auditors tell you the price tripled in two years, you do not need a lawyer to tell you something is wrong.⟧»
The operator, Navilac SA, said in a statement that it had «⟦p:d|always respected the terms of the contract⟧» and would contest any suspension in court.
The motion passed by 41 votes to 29. Mr Dufresne left the chamber without speaking to reporters.

### 009
@a Faisal Rahimi | Minister for Digital Services
@b Catriona Vell | his predecessor
@c Treasury | -
Faisal Rahimi has been Minister for Digital Services for eleven months. He spoke to us about the troubled rollout of the national ID app, his relationship with the Treasury and why he still believes "⟦p:a|the state can build good software⟧". His predecessor, Catriona Vell, left the post after the project's first delay. The interview has been edited for length and clarity.
Q: The app crashed on launch day. Two million people couldn't log in. Whose fault was that?
A: Ultimately, mine. I'm the minister. I said at the time it was "⟦p:a|a bad day⟧" and I stand by that, but a bad day is not a failed project.
Q: Your predecessor called the project "⟦p:b|undeliverable⟧" when she left. Was she wrong?
A: Catriona is a friend and I have a lot of respect for her. But no, I think she was wrong about that. We've delivered it.
Q: The Treasury has reportedly described your department as "⟦p:c|a bottomless pit⟧".
A: I've read that too. I've never heard anyone at the Treasury say it to my face, and I'm in there most weeks.
Q: Will the app be compulsory?
A: No. Never. There will always be a paper route.

### 010
@a Teresa Villanueva-Ortiz | Mayor
@b Ada Whitlock | Council member
@c Reggie Tran | Council member
@d Howard Pell | City Manager
@e Lorraine Mbeki | -
The Brandt City Council approved a $412 million budget early Wednesday after a session that stretched past 1 a.m. and featured more than 80 public speakers, many of them objecting to a proposed 6 percent increase in the police department's overtime allocation.
``⟦d:a|I've sat in this chair for nine budgets and I have never seen a room like this,⟧'' Mayor Teresa Villanueva-Ortiz said shortly after midnight. ``⟦d:a|That's a good thing. That's democracy.⟧''
Council member Ada Whitlock, who represents the city's east side, moved an amendment to shift $3 million from police overtime to a mental-health crisis team. ``⟦d:b|We keep paying officers to respond to calls that officers tell us they shouldn't be responding to,⟧'' she said.
Council member Reggie Tran opposed the amendment, saying response times in his district were already ``⟦p:c|unacceptable.⟧''
``⟦d:c|I'm not against the crisis team. I'm against paying for it by taking cops off the street in the neighborhoods that need them most,⟧'' Tran said.
City Manager Howard Pell told the council the overtime figure largely reflected contractual obligations. ``⟦d:d|Some of this is not optional. It's in the contract,⟧'' he said.
Among the public speakers was Lorraine Mbeki, 71, who said she had lived on Fairview Avenue for forty years. ``⟦d:e|I called about a break-in in March. They came the next afternoon,⟧'' she told the council. ``⟦d:e|So don't tell me more money means faster.⟧''
The amendment failed 5-4. Whitlock said afterward she would bring it back next year. ``⟦d:b|Four votes is a start,⟧'' she said.

### 011
@a Pádraig Ó Flaithbheartaigh | Independent deputy
@b Declan Furlong | The Minister for Rural Affairs
@c Seosamh Breathnach | The Ceann Comhairle
@d Martin Keaveney-Lydon | Another deputy for the constituency
A row over the future of the ferry service to Inis Fada spilled into the chamber on Tuesday, when the Independent deputy Pádraig Ó Flaithbheartaigh accused the government of "⟦p:a|abandoning the islands⟧".
Opening his contribution in Irish, Mr Ó Flaithbheartaigh said: "⟦d:a|Tá na hoileáin ag fáil bháis, agus níl an tAire ag éisteacht.⟧" He then repeated the point in English: "⟦d:a|The islands are dying, and the Minister is not listening.⟧"
The Minister for Rural Affairs, Declan Furlong, said the tender for the new service had been delayed by "⟦p:b|circumstances outside the department's control⟧", including a legal challenge from an unsuccessful bidder. "⟦d:b|Nobody in this House is more committed to the islands than I am,⟧" he said. "⟦d:b|I have been out to Inis Fada four times this year. I will be there again next month.⟧"
"⟦d:a|On a helicopter,⟧" Mr Ó Flaithbheartaigh interjected.
The Ceann Comhairle, Seosamh Breathnach, called for order. "⟦d:c|Deputies will address their remarks through the Chair.⟧"
Another deputy for the constituency, Martin Keaveney-Lydon, said islanders were "⟦p:d|sick of being told to wait⟧". He said his constituency office had received more than 200 emails about the ferry in a single month. "⟦d:d|Two hundred. That's from a population of 340,⟧" he said.

### 012
@a Bethan Llewellyn-Price | A junior health minister
@b Alana Fenwick | The Prime Minister
@c Stuart Ingleby | The opposition's chief whip
@d - | A government spokesperson
A junior health minister, Bethan Llewellyn-Price, resigned on Sunday evening, hours after a newspaper reported that she had used her ministerial car for a family holiday.
In a post on social media, she wrote: "⟦d:a:m|I have today written to the Prime Minister to offer my resignation. While I dispute parts of the reporting, I accept that I fell short of the standards people rightly expect.⟧
"⟦d:a|I am deeply sorry, above all to my constituents in Carrow Vale.⟧"
The Prime Minister, Alana Fenwick, thanked Ms Llewellyn-Price in a reply letter for her "⟦p:b|dedicated service⟧" and said she had made "⟦p:b|the right decision⟧".
The opposition's chief whip, Stuart Ingleby, said the timing raised questions about what the Prime Minister had known. "⟦d:c|This story was put to the government on Friday. Why did it take until Sunday night?⟧"
A government spokesperson said Mrs Fenwick had "⟦p:d|acted swiftly⟧" once the facts were established.
Ms Llewellyn-Price, 44, has been MP for Carrow Vale since 2017 and said she would continue to represent the seat. "⟦d:a|I'm not going anywhere,⟧" she told the Carrow Vale Gazette on Monday.

### 013
@a Lucas Hendry-Obi | Parlay’s director of public policy for Europe
@b Anthony Brearley | The committee’s chair
@c Joseph Amankwah | the MP for Wexcombe
@d Parlay | -
A senior executive at the messaging company Parlay admitted to MPs on Tuesday that the firm had removed fewer than half of the accounts flagged to it by police as linked to people-smuggling gangs.
Lucas Hendry-Obi, Parlay’s director of public policy for Europe, told the Home Affairs Committee that the company was “⟦p:a|not where we want to be⟧” on enforcement.
The committee’s chair, Sir Anthony Brearley, read aloud from a letter sent to the committee by a senior detective. “⟦d:b|They say you took, on average, nineteen days to act on a referral. Nineteen days. Is that right?⟧”
“⟦d:a|I’d need to check the exact figure,⟧” Mr Hendry-Obi said.
“⟦d:b|You don’t know?⟧”
“⟦d:a|I don’t have it in front of me.⟧”
“⟦d:b|Then perhaps someone in your team could find it during the session,⟧” Sir Anthony said.
Joseph Amankwah, the MP for Wexcombe, asked whether the company would oppose a legal duty to act on police referrals within 48 hours. “⟦d:a|We would want to see the detail,⟧” came the reply. “⟦d:c|That’s a yes, then,⟧” Mr Amankwah said.
In a statement after the session, Parlay said it took “⟦p:d|the misuse of our platform extremely seriously⟧” and had hired 300 additional moderators this year.

### 014
@a Kendra Oyelaran | Governor Arthur Lindqvist's press secretary
@r - | one reporter
@b Dale Hutchins | -
@c Polly Vance | State Senator
Kendra Oyelaran, Governor Arthur Lindqvist's press secretary, spent much of Thursday's briefing fending off questions about the governor's absence from the state during last week's wildfires.
"⟦d:a|The governor was in constant contact with emergency management throughout,⟧" she told reporters. "⟦d:a|He received briefings at least twice a day.⟧"
"⟦d:r|From a beach?⟧" one reporter called out.
Ms Oyelaran said the governor had been "⟦p:a|on a long-planned family trip⟧" and had returned "⟦p:a|as soon as it was operationally sensible to do so⟧".
Dale Hutchins of the Valley Courier asked whether the governor regretted not coming back sooner. "⟦d:b|Does he think he made the right call?⟧"
"⟦d:a|He'll speak to that himself,⟧" she said. "⟦d:a|He's holding a press conference in Redmond Falls tomorrow.⟧"
State Senator Polly Vance, who chairs the emergency management committee, said the governor's office had questions to answer. "⟦d:c|Kendra's a professional and she did her job today. But she's not the one who was missing,⟧" Vance said.

### 015
@a Yusuf Demir | Oakhurst City Council's leader
@b Municipal Workers' Union | The union representing the workers
Oakhurst City Council's leader, Cllr Yusuf Demir, said on Friday that the authority would not reopen pay talks with striking refuse collectors "⟦p:a|while rubbish is being used as a bargaining chip⟧".
"⟦d:a|Residents have been patient, and I thank them for it. But this council will not be held to ransom,⟧" he said.
The union representing the workers, the Municipal Workers' Union, said Mr Demir's comments were "⟦p:b|deeply disappointing⟧" and that its members would stay out until at least the end of the month. "⟦d:b|Nobody goes on strike for fun,⟧" it said.

### 016
@b Marianne Coulthard | The shadow chancellor
@a Harriet Osei | The presenter
@c Rupert Faraday-Lyle | the Chief Secretary to the Treasury
@s - | A spokesperson for Ms Coulthard’s party
The shadow chancellor, Marianne Coulthard, struggled on Sunday to say how her party would pay for its pledge to scrap university tuition fees, in an interview on Northern Television’s “⟦s:-|The Week Ahead⟧”.
The presenter, Harriet Osei, pressed her repeatedly on the £9 billion annual cost of the policy.
“⟦d:a|Where does the money come from?⟧”
“⟦d:b|We’ve been very clear. It comes from closing loopholes that this government has left wide open.⟧”
“⟦d:a|Which loopholes?⟧”
“⟦d:b|Non-dom status, for one. Carried interest, for another.⟧”
“⟦d:a|Those raise, on your own party’s figures, about two billion. That leaves seven.⟧”
Ms Coulthard paused. “⟦d:b|We will set out the full costings before the election,⟧” she said.
“⟦d:a|So the answer today is that you don’t know,⟧” Osei said.
“⟦d:b|The answer today is that we will set it out in full, and people can judge us on it.⟧”
Within minutes the Chief Secretary to the Treasury, Rupert Faraday-Lyle, had posted a clip of the exchange online with the words: “⟦d:c|Seven billion reasons not to trust them.⟧”
A spokesperson for Ms Coulthard’s party said she had “⟦p:s|made the case well⟧” and that full costings would be published “⟦p:s|in good time⟧”.

### 017
@b Zara Qureshi | the barrister for the developer
@c Simon Hay | -
@a Gwen Aldous | The inspector
@d Eric Tanaka-Holt | chair of Stanbridge Parish Council
A planning inquiry into 650 homes at Moor Lane, Stanbridge, opened on Tuesday with the developer's barrister accusing the district council of "⟦p:b|moving the goalposts⟧" after its planning committee overturned its own officers' recommendation to approve.
Zara Qureshi KC, the barrister for the developer, Hallam Land Partnerships, told the inquiry that councillors had rejected the scheme "⟦p:b|against the clear advice of their own professionals⟧".
"⟦d:b|The officers said yes. The highways authority said yes. The only body that said no was a committee that met for forty minutes,⟧" she said.
For the council, Simon Hay KC said members had been "⟦p:c|entitled to reach a different planning judgment⟧" on the harm to the village's character. "⟦d:c|Councillors are not rubber stamps. That is rather the point of them,⟧" he said.
The inspector, Dr Gwen Aldous, asked both sides to focus on the evidence. "⟦d:a|I have read the submissions. I would be grateful if we could spend the next two weeks on the evidence rather than on adjectives,⟧" she said, prompting laughter.
Among the first witnesses was Eric Tanaka-Holt, chair of Stanbridge Parish Council, who said the village's only primary school was already full. "⟦d:d|We have children being driven eleven miles to school. Where do the next two hundred go?⟧"
Under cross-examination, Ms Qureshi put it to him that the county's education department had raised no objection. "⟦d:b|Are you saying they got it wrong?⟧"
"⟦d:d|I'm saying they don't do the school run,⟧" Mr Tanaka-Holt replied.
The inquiry is expected to sit for two weeks, with a decision due in the spring.

### 018
@a Edward Cranleigh | the Business Secretary
@b Simon Achterberg | the Trade Minister
@c Department for Enterprise | -
@s - | a spokesperson
@d Kit Morrow | -
@e Gary Pilling | a crane operator at the plant for 31 years
Messages sent between the Business Secretary, Edward Cranleigh, and the Trade Minister, Simon Achterberg, in the days before the collapse of the Holloway Steel rescue deal show that both men privately doubted the bid they were publicly championing.
In one message, sent at 11.42pm on 14 May, Mr Cranleigh wrote: “⟦d:a|This bid is a house of cards. If it falls over on our watch we’re toast.⟧”
Mr Achterberg replied nine minutes later: “⟦d:b|Agree. But we can’t be the ones to pull it. Let the administrators do it.⟧”
The next morning, Mr Cranleigh told the Commons that the bid was “⟦p:a|credible, well funded and the best hope for Holloway’s 3,000 workers⟧”.
The Department for Enterprise said the messages had been “⟦p:c|taken out of context⟧” and reflected “⟦p:c|the robust internal discussion you would expect⟧” in any negotiation. “⟦d:s|Ministers worked tirelessly to secure a future for the plant,⟧” a spokesperson said.
Kit Morrow, who speaks for the opposition on business, said the two men should “⟦p:d|consider their positions⟧”. “⟦d:d|They told workers one thing and each other another. That is not a misunderstanding, it is a deception,⟧” she said.
At the plant gates in Holloway, the reaction was weary rather than angry. “⟦d:e|I’d like them to come and say it to our faces,⟧” said Gary Pilling, 58, a crane operator at the plant for 31 years.

### 019
@c Lyle Corrigan | the Army's deputy chief of staff for logistics
@a Walter Brightman | the subcommittee's chairman
@b Raymond Okafor | The subcommittee's ranking member
@d Veridian Systems | -
A senior Army general told senators Tuesday that a software system meant to track spare parts across the service was ``⟦p:c|at least two years⟧'' behind schedule and nearly $900 million over budget.
Gen. Lyle Corrigan, the Army's deputy chief of staff for logistics, said the problems had been ``⟦p:c|compounded by decisions made before my time,⟧'' but that he took responsibility for fixing them.
Sen. Walter Brightman, the subcommittee's chairman, was unimpressed. ``⟦d:a|General, with respect, every witness who sits in that chair says the problems started before their time,⟧'' he said. ``⟦d:a|At some point it has to be somebody's time.⟧''
The subcommittee's ranking member, Sen. Raymond Okafor, asked whether the contractor, Veridian Systems, had been paid performance bonuses while the program slipped.
``⟦d:b|Have they?⟧''
``⟦d:c|They have, Senator. In 2021 and 2022.⟧''
``⟦d:b|For performance.⟧''
``⟦d:c|That was the term used in the contract, yes.⟧''
Okafor shook his head. ``⟦d:b|Unbelievable,⟧'' he said.
Veridian Systems said in a statement that it had ``⟦p:d|delivered every milestone⟧'' set by the Army and that later changes to the requirements had caused the delays.

### 020
@a Ines Carvalho | the town's mayor
@b - | one woman
@c Pete | a bus driver who gave only his first name
About 200 people crowded into St Bride's Hall in Kellsport on Thursday evening for the first of the mayor's "⟦s:-|Ask Ines⟧" sessions, a monthly open meeting she promised during last year's election campaign.
Ines Carvalho, the town's mayor, spent nearly two hours taking questions on everything from potholes to the closure of the ferry terminal café.
"⟦d:b|When are you going to do something about Quay Street?⟧" one woman asked, to applause.
"⟦d:a|Tomorrow morning, actually,⟧" the mayor replied. "⟦d:a|The resurfacing contract was signed this week. I'll be there with a shovel if you like.⟧"
Pete, a bus driver who gave only his first name, said changes to the one-way system had added twenty minutes to his route. "⟦d:c|I'm not blaming you personally. I'm blaming whoever drew that map,⟧" he said.
"⟦d:a|That was me,⟧" Carvalho said. "⟦d:a|So you are blaming me personally, and that's fine.⟧"

### 021
@a Annelies van der Wal | Alderman
@b Mohammed el Amrani | The opposition leader
@c Joost de Boer-Hendriks | -
@d Femke Bosma | chair of the swimming club De Dolfijn, which has 300 junior members
The municipal council of Oudeveen voted 19 to 14 on Wednesday evening to close De Kolk, the town's last public swimming pool, at the end of the year.
Alderman Annelies van der Wal, who is responsible for the town's finances, said the pool needed €4.2 million of repairs that the municipality could not afford. "⟦d:a|We hebben het geld simpelweg niet⟧" ("⟦d:a|We simply do not have the money⟧"), she told the council.
The opposition leader, Mohammed el Amrani, said the coalition had "⟦p:b|found money for a new car park at the town hall but not for children learning to swim⟧". "⟦d:b|This is a choice. Let nobody tell you it is a necessity,⟧" he said.
Joost de Boer-Hendriks, whose party Gemeentebelang Oudeveen is the largest in the council, said the decision had been "⟦p:c|painful but unavoidable⟧". He promised that the council would subsidise transport to the pool in neighbouring Harlewijk. "⟦d:c|No child in Oudeveen will lose swimming lessons because of this. I give you my word,⟧" he said.
Femke Bosma, chair of the swimming club De Dolfijn, which has 300 junior members, watched the vote from the public gallery. "⟦d:d|His word. We'll see,⟧" she said afterwards. "⟦d:d|Harlewijk is twenty-five minutes by bus, and the bus runs once an hour.⟧"
Van der Wal said she understood the anger. "⟦d:a|I learned to swim in that pool. Nobody in this council voted for this happily.⟧"

### 022
@a Graham Tolley | The leader of Eastholm County Council
@b Sue | The first caller
@d Jasmine Akhtar | The presenter
@c Anwar | -
The leader of Eastholm County Council, Graham Tolley, faced a barrage of criticism over library closures during a phone-in on Radio Eastholm on Wednesday morning.
The first caller, Sue from Hadleigh Moor, said her library was the only place her 80-year-old mother went each week. “⟦d:b|It’s not a building to her. It’s her week,⟧” she said.
“⟦d:a|I hear that, Sue, I really do,⟧” Mr Tolley replied. “⟦d:a|But I have to find £38 million, and every pound I don’t find in libraries I have to find in adult social care, which is your mother’s care too.⟧”
The presenter, Jasmine Akhtar, put to him that the council had spent £2.4 million refurbishing its own headquarters. “⟦d:d|Was that a priority?⟧”
“⟦d:a|That was a decision taken by the previous administration.⟧”
“⟦d:d|You were deputy leader of the previous administration.⟧”
“⟦d:a|I was, and I argued against it at the time.⟧”
Later in the programme, listeners asked why volunteers could not run the threatened branches, and Mr Tolley said that was “⟦p:a|exactly the conversation we want to have⟧” with community groups.
“⟦d:c|I’d volunteer tomorrow. Nobody’s asked me,⟧” said Anwar, from Tollbridge.

### 023
@a Rhiannon Teague | Bryncastell Council's chief executive since 2019
@c Owain Griffiths-Bell | the council's leader
@b Bryncastell Council | -
@d - | One senior councillor, who asked not to be named
The chief executive of Bryncastell Council has quit with immediate effect, accusing the authority's ruling group of "⟦p:a|persistent interference⟧" in decisions that should have been left to officers.
In a resignation letter to all 54 councillors, Rhiannon Teague, Bryncastell Council's chief executive since 2019, wrote that her position had become "⟦p:a|untenable⟧".
"⟦d:a|I have raised my concerns on at least six occasions, in writing and in person. On each occasion I was assured things would change. They have not,⟧" she wrote.
According to the letter, the council's leader, Owain Griffiths-Bell, twice asked her to reverse planning enforcement decisions involving "⟦p:a|individuals known to members of the cabinet⟧".
Mr Griffiths-Bell denied the claims. "⟦d:c|I have never, at any point, asked an officer to do anything improper. I'm saddened Rhiannon has chosen to go in this way,⟧" he said.
Bryncastell Council said in a statement that an interim chief executive would be appointed "⟦p:b|in the coming days⟧" and that services would continue as normal.
One senior councillor, who asked not to be named, said the resignation had been "⟦p:d|a long time coming⟧". "⟦d:d|Everyone knew. The only surprise is that she lasted this long.⟧"

### 024
@c Margaret Iveson | the returning officer
@a Chloe Ashworth-Diallo | the 31-year-old
@b Sandra Pelham | -
@e Reece | a 19-year-old student who had knocked on doors every weekend since March
At 4.12am, after two recounts, the returning officer, Margaret Iveson, stepped up to the microphone in the sports hall at Blackmere Leisure Centre.
“⟦d:c|I, Margaret Iveson, being the returning officer for the Blackmere constituency, hereby give notice that the total number of votes cast for each candidate was as follows,⟧” she began.
Chloe Ashworth-Diallo won by 87 votes. Her supporters chanted “⟦s:-|Chlo-e! Chlo-e!⟧” as she took the stage.
“⟦d:a|Eighty-seven votes,⟧” Ms Ashworth-Diallo told the hall. “⟦d:a|Never let anyone tell you your vote doesn’t matter.⟧”
Sandra Pelham, who had held the seat since 2010, congratulated her rival in a short speech. “⟦d:b|Chloe ran a good campaign. I wish her well, I really do,⟧” she said. “⟦d:b|I’ll be going home to sleep for about a week.⟧”
Pelham later told reporters she had “⟦p:b|no regrets⟧” about backing the government on the Blackmere bypass, which her opponent had made the centrepiece of her campaign.
“⟦d:a|Tomorrow we start on the bypass,⟧” the 31-year-old added, before leaving to join supporters in the car park.
Outside, volunteers hugged in the drizzle. “⟦d:e|We knocked on every door in this town. Every single one,⟧” said Reece, a 19-year-old student who had knocked on doors every weekend since March.

### 025
@c Alana Fenwick | The Prime Minister
@b - | a source close to the former home secretary
@d Connor Blythe | -
@a - | One minister who survived the reshuffle
@e Civic Party | -
@f - | a Civic Party spokesman
The Prime Minister, Alana Fenwick, carried out the most sweeping reshuffle of her premiership on Monday, sacking four cabinet ministers and promoting a generation of MPs first elected at the last election.
The most high-profile casualty was the Home Secretary, Valerie Oduya, who was dismissed after months of reported tension over immigration policy. According to a source close to the former home secretary, she was told of her sacking in a call "⟦p:b|lasting less than four minutes⟧".
Mrs Fenwick said in a statement that she was "⟦p:c|building a team for the next decade⟧". "⟦d:c|I want to thank Valerie and every colleague leaving government today for their service,⟧" she said.
Connor Blythe, 38, who replaces Ms Oduya, spoke briefly to reporters on the steps of his new department. "⟦d:d|It is a huge honour. The job starts now.⟧"
One minister who survived the reshuffle said the mood in government was "⟦p:a|somewhere between relief and terror⟧". "⟦d:a|Nobody knew until their phone rang. Some people are still staring at theirs,⟧" the minister said.
The opposition Civic Party dismissed the changes as "⟦p:e|new deckchairs on the same ship⟧". "⟦d:f|Same government, same failures, new names on the doors,⟧" a Civic Party spokesman said.

### 026
@b Georgia Kostakis | the Opposition Leader
@a Lachlan Whitford | Premier
@c Tayla Nguyen-Barnes | his Minister for Water
@d Bronwyn Ellery | The independent Member for Carrabeen
Water restrictions dominated question time in the state's Legislative Assembly on Thursday, as the Opposition Leader, Georgia Kostakis, accused the government of “⟦p:b|sleepwalking into a drought⟧”.
“⟦d:b|Dam levels are at 41 per cent. The Premier’s own department warned him in February. What has he done since February?⟧” Ms Kostakis asked.
Premier Lachlan Whitford referred the question to his Minister for Water, Tayla Nguyen-Barnes.
“⟦d:c|What this government has done since February is bring forward the Kurrajong pipeline by eighteen months,⟧” Ms Nguyen-Barnes said. “⟦d:c|What those opposite did when they were in government was cancel it.⟧”
Ms Kostakis rose on a point of order. “⟦d:b|Relevance. The question was to the Premier.⟧”
The Speaker ruled the answer in order.
The independent Member for Carrabeen, Bronwyn Ellery, whose electorate includes two of the three towns already on level-four restrictions, put it more bluntly: “⟦d:d|My farmers don’t care which minister answers. They care whether there’s water in March.⟧”
Later, asked by reporters outside the chamber whether he would consider a desalination plant, the Premier said nothing was off the table. “⟦d:a|We’ll do whatever it takes. I’ve said that and I mean it,⟧” he said.

### 027
@a Wealdshire Police | -
@b Nicholas Ebbs | the MP for Harnham Vale
A man has been arrested after an MP's constituency surgery in Harnham Vale was disrupted on Saturday morning.
Wealdshire Police said a 46-year-old man from the town had been detained on suspicion of a public order offence. "⟦d:a|Nobody was injured and there is no wider threat to the public,⟧" the force said.
Nicholas Ebbs, the MP for Harnham Vale, thanked staff at the community centre and the officers who attended. "⟦d:b|It was frightening for the people waiting to see me, some of whom had brought their children,⟧" he said. "⟦d:b|But surgeries will carry on. That's the job.⟧"

### 028
@a Peggy Hollins | -
@b Tom Greatorex | a farmer whose land borders the field
@c Anjali Mistry | The clerk
Every second Tuesday of the month, Peggy Hollins unlocks the village hall in Upper Tarrant at half past six, puts the urn on and sets out nine chairs. Seven are for her fellow parish councillors. One is for the clerk. The last, she says, is “⟦p:a|for whoever turns up to shout at us⟧”.
Peggy, 84, has chaired the parish council for 31 years. Locals call her “⟦s:-|the Iron Lady of the Tarrant⟧”, a nickname she claims to hate. “⟦d:a|I’m not iron anything. I just read the papers before the meeting, which is more than most,⟧” she says.
This month the agenda runs to eleven items, including a dispute over dog bins, a request to plant a memorial oak and a letter from the district council about a proposed 40-home development on Pennycress Field.
It is the last item that has brought people out. By seven there are 23 residents in the hall, standing room only. Among them is Tom Greatorex, a farmer whose land borders the field. “⟦d:b|I’ve nothing against young families. My own kids can’t afford to live here,⟧” he says. “⟦d:b|But forty houses and one road in? Come on.⟧”
Peggy lets everyone speak. The clerk, Anjali Mistry, takes notes in longhand. When a man at the back stands up to speak for a second time, Peggy lifts her pen. “⟦d:a|You’ve had your turn, Colin.⟧”
Colin sits down.
The council votes to object. Afterwards, Anjali is stacking chairs. “⟦d:c|People think parish councils are all about hanging baskets,⟧” she says. “⟦d:c|Sometimes they are. And sometimes they’re the only place anyone listens.⟧”

### 029
@a Giulia Rinaldi-Ferro | The regional president
@b Marco Tedeschi | leader of the opposition in the regional council
@e Rosanna Pellegrini | the mayor
@c Aurelio Pace | The parish priest
The regional council of Val Sorena has approved a plan to merge eleven mountain municipalities into three, ending centuries of local self-government in some of the smallest communities in the Alps.
The regional president, Giulia Rinaldi-Ferro, called the vote «⟦p:a|a question of survival⟧» for villages that have lost half their population in fifty years.
«⟦d:a|Non possiamo più permetterci undici sindaci per settemila abitanti,⟧» she told the council, before repeating the line for the benefit of the foreign press: «⟦d:a|We can no longer afford eleven mayors for seven thousand people.⟧»
Marco Tedeschi, leader of the opposition in the regional council, said the plan had been «⟦p:b|designed in an office in the valley by people who have never spent a winter up here⟧». «⟦d:b|They are not merging municipalities. They are erasing them,⟧» he said.
In Sant’Orso, a village of 212 people that will be absorbed into the new municipality of Alta Sorena, the mayor, Rosanna Pellegrini, said she would not stand in the way. «⟦d:e|I am the last mayor of Sant’Orso. Somebody had to be,⟧» she said, smiling.
The parish priest, Don Aurelio Pace, was philosophical. «⟦d:c|The church has been here since 1340. It will be here after the merger, and after the next one,⟧» he said.

### 030
@a Denise Harrow-Kimura | a former middle-school teacher from Ashton
@b Carla Mendes | a mother of three from Lowell Springs
@c Hal Brewster | the House majority leader
@d Tobias Wren | Her spokesman
The state House voted 58-41 on Wednesday to ban cellphones in public school classrooms, after a debate that cut across party lines and at times turned personal.
The bill's sponsor, Rep. Denise Harrow-Kimura, a former middle-school teacher from Ashton, said she had watched ``⟦p:a|a generation of kids lose the ability to sit with a thought.⟧''
``⟦d:a|This is not about punishing kids. It's about giving them back six hours a day,⟧'' she said.
Rep. Carla Mendes, a mother of three from Lowell Springs, said she supported the aim but not the bill. ``⟦d:b|What happens when there's a lockdown and my daughter can't call me?⟧'' she asked.
``⟦d:a|Then she calls you from the office phone, like every one of us did,⟧'' Harrow-Kimura replied.
``⟦d:b|With respect, the gentlewoman went to school in a very different world from the one my daughter goes to school in,⟧'' Mendes shot back.
After nearly three hours, Rep. Hal Brewster, the House majority leader, rose to close the debate. ``⟦d:c|Good debate. Now let's vote.⟧''
The bill now goes to Gov. Meredith Kaye. Her spokesman, Tobias Wren, said she ``⟦p:d|strongly supports⟧'' it and expects to sign it before the start of the school year.

### 031
@a Harriet Swann | The director general of the National Broadcasting Service
@b Patricia Oyelowo | the committee's chair
@c Ben Castleford | a member of the committee
@d Broadcasting and Media Staff Union | -
The director general of the National Broadcasting Service has told MPs she "⟦p:a|will not apologise⟧" for cutting the corporation's regional evening bulletins, despite protests from more than 80 MPs.
Harriet Swann told the Culture, Media and Sport Committee that the cuts would save £36 million a year, money that would be "⟦p:a|reinvested where audiences actually are⟧".
Asked by the committee's chair, Dame Patricia Oyelowo, whether she understood the anger in regions that would lose their evening programmes, Ms Swann gave a lengthy answer.
"⟦d:a:m|I understand it completely. I grew up watching regional news. My father used to phone the newsroom to complain about the weather forecast.⟧
"⟦d:a:m|But the numbers are the numbers. The audience for the 6.30 bulletins has halved in ten years, and the people who still watch are, with great respect to them, mostly over seventy.⟧
"⟦d:a|If we do not move now, we will not have a regional service to save in five years' time.⟧"
Dame Patricia was unconvinced. "⟦d:b|Over seventy is still an audience, Ms Swann. They also pay the licence fee,⟧" she said.
Ben Castleford, a member of the committee, asked how many jobs would go. "⟦d:c|Give me a number.⟧"
"⟦d:a|Around 140 posts, though we expect most of those to be redeployment rather than redundancy.⟧"
"⟦d:c|Most?⟧"
"⟦d:a|Most.⟧"
The Broadcasting and Media Staff Union said the redeployment figure was "⟦p:d|a fiction⟧" and that it would ballot members on industrial action.

### 032
@a Sunil Varma | the 52-year-old
@u - | a man in a dressing gown
@b Oluwaseun Bakare | -
@c Deborah Flynn | the sitting councillor
Sunil Varma has been knocking on doors in Marsh Ward since half past nine, and his step counter says eleven thousand. It is not yet lunchtime.
“⟦d:a|The trick is to never look at the counter,⟧” says the 52-year-old, who is standing as an independent in next month’s council elections after twenty years as a party member.
At number 14 Pelham Road, a man in a dressing gown opens the door, listens for about four seconds and says: “⟦d:u|Not interested, mate.⟧”
“⟦d:a|That’s actually a good one,⟧” Varma says as the door closes. “⟦d:a|At least he answered.⟧”
At number 22, Oluwaseun Bakare, 34, invites him in. She has three complaints, written on the back of an envelope: the bins, the streetlights and the state of the underpass by the station. “⟦d:b|I’ve written to the council about the underpass four times. Four. Nobody has ever written back,⟧” she tells him.
Varma writes it down. “⟦d:a|I’ll write back,⟧” he says. “⟦d:a|Even if I lose.⟧”
His main rival in the ward is the sitting councillor, Deborah Flynn, who has represented Marsh for twelve years and is standing again for the ruling group. Reached by phone, she said she welcomed “⟦p:c|any candidate who wants to work for the ward⟧” but questioned whether an independent could get much done. “⟦d:c|One councillor on his own is a voice. It isn’t a vote,⟧” she said.

### 033
@a Marsh-Whitby | the judge
@b Tobias Ekwueme-Lund | Its chief executive
@c Quentin Roy | -
@d Ministry of Justice | -
@e Amara Blessing-Cole | The shadow justice secretary
The government acted unlawfully when it cut legal aid funding for housing cases without properly consulting the organisations that provide the advice, the High Court has ruled.
In a judgment handed down on Friday, the judge, Mrs Justice Marsh-Whitby, said the Ministry of Justice had reached its decision "⟦p:a|on the basis of a consultation that was, in substance, no consultation at all⟧".
"⟦d:a|A public body that asks for views and then makes its decision before the views have been received has not consulted. It has performed a ritual,⟧" she wrote.
The claim was brought by the Housing Advice Network, a charity that runs advice lines in 40 towns. Its chief executive, Tobias Ekwueme-Lund, said outside court: "⟦d:b|This is a win for the thousands of people every year who face losing their homes without anyone in their corner.⟧"
Sir Quentin Roy KC, for the ministry, had argued that ministers were entitled to act quickly in "⟦p:c|a fiscal emergency⟧".
The Ministry of Justice said it was "⟦p:d|disappointed⟧" by the ruling and was "⟦p:d|considering its options⟧", including an appeal.
The shadow justice secretary, Amara Blessing-Cole, said ministers should "⟦p:e|stop wasting public money defending the indefensible⟧". "⟦d:e|How many times do the courts have to tell this government it has broken the law?⟧" she said.

### 034
@a Marija Kovačević-Lind | The president of Teravia
@b Julian Stroud | Foreign Secretary
@r - | A Teravian journalist
The president of Teravia, Marija Kovačević-Lind, used a joint press conference with the Foreign Secretary on Tuesday to call for faster delivery of the air-defence systems promised to her country last year.
Speaking through an interpreter, Ms Kovačević-Lind said Teravia had received "⟦p:a|less than a third⟧" of what had been pledged. "⟦d:a|Promises do not stop missiles. Equipment stops missiles,⟧" she said.
Foreign Secretary Julian Stroud said the delays were "⟦p:b|a matter of production, not of political will⟧". "⟦d:b|Every factory that can make these systems is running at full capacity. We are not holding anything back,⟧" he said.
A Teravian journalist asked Mr Stroud whether he could give a date. "⟦d:r|Can you tell my readers when?⟧"
"⟦d:b|I can tell your readers that it will be this year,⟧" he replied.
The president, standing beside him, smiled. "⟦d:a|I will hold him to that,⟧" she said, this time in English.

### 035
@a Derek Ambrose | leader of the opposition Independent group
@b Kevin Shah-Morrison | the cabinet member for regeneration
@c Roy Beddoes | The mayor
@d - | A council spokeswoman
A meeting of Castlebridge Borough Council descended into acrimony on Thursday night when two senior councillors traded accusations over the stalled redevelopment of the town's bus station.
Cllr Derek Ambrose, leader of the opposition Independent group, accused the cabinet member for regeneration, Cllr Kevin Shah-Morrison, of having "⟦p:a|misled this chamber at least three times⟧" about the project's costs.
"⟦d:a|In March he told us £14 million. In July he told us £19 million. Tonight it's £26 million. Which of those was true?⟧" he said.
Cllr Shah-Morrison said the rising figures reflected construction inflation and the discovery of asbestos in the old depot. "⟦d:b|I have never misled anyone. The councillor knows that, and he knows he's playing to the gallery,⟧" he said.
"⟦d:a|There's nobody in the gallery,⟧" Cllr Ambrose replied.
"⟦d:b|There's a reporter,⟧" the cabinet member said.
The mayor, Cllr Roy Beddoes, who chairs full council meetings, asked both men to withdraw their remarks. Neither did. "⟦d:c|Then we'll move on, and I'll remind members that the public can watch these meetings online,⟧" he said.
After the meeting, a council spokeswoman said an updated business case would go to cabinet "⟦p:d|in November at the latest⟧".

### 036
@a Carys Penrose | the agency's director of programmes
@b Lionel Asante-Marsh | Defence Minister
@c Noor Haddad | The opposition defence critic
@d Defence Equipment Agency | -
An internal memo from a senior official at the country's defence equipment agency warned ministers last spring that the new frigate program was ``⟦p:a|unaffordable on current assumptions,⟧'' according to a copy obtained by this newspaper.
The memo was written by Carys Penrose, the agency's director of programmes, and addressed to the deputy minister. ``⟦d:a|The program as currently specified cannot be delivered within the approved budget. I would be failing in my duty if I did not say so plainly,⟧'' Penrose wrote.
Defence Minister Lionel Asante-Marsh told reporters on Wednesday he had ``⟦p:b|never seen⟧'' the memo. ``⟦d:b|Memos are written every day. Not all of them reach my desk,⟧'' he said.
Asked whether he should have seen it, he paused. ``⟦d:b|Probably, yes.⟧''
The opposition defence critic, Noor Haddad, said the minister's answer was ``⟦p:c|either untrue or alarming.⟧'' ``⟦d:c|Either he's not reading his briefings or his officials don't trust him with them. I'm not sure which is worse,⟧'' she said.
The Defence Equipment Agency said in a statement that it did not comment on ``⟦p:d|leaked documents, genuine or otherwise.⟧''

### 037
@a Janice Holloway-Reyes | The three-term congresswoman
@b - | one man in a red cap
@c Melvin Osterhout | a retired schoolteacher from Gilford
The crowd at the Gilford Community College auditorium was on its feet before Rep. Janice Holloway-Reyes had finished her first sentence.
“⟦s:-|Do your job! Do your job!⟧” chanted a group near the front, some holding signs that read “⟦s:-|Where Were You?⟧”.
The three-term congresswoman, who had not held an in-person town hall in her district for two years, waited for the noise to die down. “⟦d:a|I’m here now,⟧” she said. “⟦d:a|And I’m staying until every one of you who wants to ask a question has asked it.⟧”
For the next two and a half hours, she took questions on the closure of the Gilford veterans’ clinic, grocery prices and a vote she cast last spring on the farm bill.
“⟦d:b|You voted to cut the thing that keeps my farm alive. Look me in the eye and tell me why,⟧” said one man in a red cap.
“⟦d:a|I will,⟧” Holloway-Reyes said, and did, at some length.
Melvin Osterhout, a retired schoolteacher from Gilford, said afterward that he had come in angry and left “⟦p:c|about half as angry⟧”. “⟦d:c|She took it. You have to give her that. She stood there and took it,⟧” he said.

### 038
@a Commonwealth Party | -
@b Darren Okwu | The candidate
The Commonwealth Party has suspended a council candidate in Wrexley after posts came to light in which he mocked disabled benefit claimants. The party said it had "⟦p:a|zero tolerance⟧" for such language. "⟦d:a|These posts are unacceptable and he will not be representing the party in May,⟧" it said.
The candidate, Darren Okwu, apologised on his campaign page. "⟦d:b|I wrote things ten years ago that I am ashamed of. I'm not the same person, but I understand why the party has acted,⟧" he wrote.
Nominations close on Friday, and the party is not expected to field a replacement.

### 039
@a Anne-Marie Doyle | The bill's sponsor
@b Grace Ntuli | a former palliative care nurse
@c Rosemary Venn | -
@d Felicity Arkwright | A Deputy Speaker
MPs voted by 311 to 287 on Friday to give a second reading to the Assisted Dying (Terminal Illness) Bill, after a five-hour debate in which members spoke of the deaths of parents, partners and children.
The bill's sponsor, Anne-Marie Doyle, opened the debate by recalling her mother's final weeks in a hospice in Kilnsea. “⟦d:a|She asked me, every day, when it would be over. I had no answer for her. I want the next daughter to have one,⟧” she said.
Grace Ntuli, a former palliative care nurse, spoke against. “⟦d:b|I have held the hands of hundreds of dying people. Most of them did not want to die sooner. They wanted to hurt less,⟧” she said. “⟦d:b|Fund the hospices first. Then come back to us.⟧”
Rosemary Venn, who was health minister when the last such bill was defeated, said she had changed her mind. She put it simply: “⟦d:c|I was wrong then. I have watched too many people I love die badly to be wrong again.⟧”
A Deputy Speaker, Dame Felicity Arkwright, repeatedly had to enforce the four-minute limit on speeches. “⟦d:d|Order. I’m afraid the honourable member’s time is up,⟧” she told one MP who ran over while describing his late wife’s illness.
Outside Parliament, campaigners on both sides held vigils. Opponents carried a banner reading “⟦s:-|Choose Care⟧”; supporters held placards saying “⟦s:-|My Life, My Death⟧”.

### 040
@a Tomasz Wiśniewski-Hart | -
@b Harriet Byng | -
Tomasz Wiśniewski-Hart, 39, was elected mayor of Brackenford in May on a promise to "⟦p:a|fix the basics⟧". We asked him how that was going.
Q: You promised to fix the basics. What's fixed?
A: Streetlights, mostly. We had 1,100 out when I came in. We're down to about 200.
Q: Harriet Byng, who leads the Civic group on the council, called your first six months "⟦p:b|glorified caretaking⟧". Is that fair?
A: Harriet's entitled to her view. I'd say caretaking is underrated. Ask anybody whose streetlight is back on.
Q: Will you run again?
A: Ask me in three years. My daughter has a sticker on her bedroom door that says "⟦s:-|Dad Works Too Much⟧", so it may not be my decision.

### 041
@a Elin Prys-Jones | The chair of the economy committee
@b Rhodri Vaughan-Pike | chief executive of Valleys Rail
@c Gethin Morgan-Lloyd | The Cabinet Secretary for Transport
The chief executive of the Valleys rail operator was told by the chair of a Senedd committee on Wednesday that passengers had “⟦p:a|run out of patience⟧” after a winter of cancellations.
The chair of the economy committee, Elin Prys-Jones, opened the session in Welsh. “⟦d:a|Mae pobl y cymoedd wedi cael llond bol,⟧” she said — “⟦d:a|people in the valleys have had a bellyful⟧”.
Rhodri Vaughan-Pike, chief executive of Valleys Rail, said 41 of the company’s 96 trains had been out of service at the worst point in January because of wheel damage. “⟦d:b|I am not going to sit here and make excuses. The service was not good enough,⟧” he said.
Asked by Ms Prys-Jones when it would be, he replied: “⟦d:b|By the summer timetable. I’m confident of that.⟧”
“⟦d:a|You were confident last year,⟧” she said.
“⟦d:b|I was, and I was wrong.⟧”
The Cabinet Secretary for Transport, Gethin Morgan-Lloyd, said in a written statement that he expected “⟦p:c|rapid and sustained improvement⟧” and would meet the company’s board next month.

### 042
@a Ross Macintyre | The leader of the Highland Alliance
@b Callum Strachan | His deputy
@c Fiona Jardine | leader of the Rural Independents group that took control of Dunmorrow Council
The leader of the Highland Alliance, Ross Macintyre, admitted on Friday that his party had suffered "⟦p:a|a very bad night⟧" after it lost control of three councils in the local elections.
Speaking to reporters in Inverlochan, Mr Macintyre said voters had sent "⟦p:a|a clear message⟧" and that he had heard it. "⟦d:a|I'm not going to stand here and pretend this is anything other than what it is,⟧" he said.
Asked whether he would resign, he said: "⟦d:a|No. I'm going to fix it.⟧"
His deputy, Callum Strachan, who lost his own council seat in Dunmorrow, was more candid. "⟦d:b|We took people for granted. You can't do that up here, people will find you out,⟧" he told the Northern Examiner.
Mr Strachan has been tipped as a possible successor. Asked about that, he laughed. "⟦d:b|I've just been sacked by 1,400 voters. I think I'll sit this one out.⟧"
Fiona Jardine, leader of the Rural Independents group that took control of Dunmorrow Council, said the result was about trust. "⟦d:c|People want councillors who answer the phone, not councillors who answer to head office,⟧" she said.

### 043
@a Fenella Drage | The Education Secretary
@i - | the interviewer
@b Daniel Ferreira-Shaw | general secretary of the Secondary Teachers' Association
The Education Secretary, Fenella Drage, has said she would "⟦p:a|rather be unpopular than wrong⟧" over her plans to cut the number of GCSE exams, in an interview for the podcast "⟦s:-|Inside the Room⟧".
Asked by the interviewer whether teachers' unions had been consulted, she said they had been "⟦p:a|consulted to death⟧".
"⟦d:i|Do you think that's a fair way to describe people who are going to have to deliver your reforms?⟧" the interviewer asked.
"⟦d:a|Probably not. I'll apologise for the phrase. I won't apologise for the policy,⟧" Ms Drage said.
Pressed on whether pupils now in Year 9 would be affected, the minister was less sure-footed. "⟦d:a|That's something we're still working through,⟧" she said.
Daniel Ferreira-Shaw, general secretary of the Secondary Teachers' Association, said the interview showed a minister who "⟦p:b|has not thought this through⟧". "⟦d:b|Still working through? These children sit their exams in two years' time,⟧" he said.

### 044
@a Gillian Marwood | The incumbent mayor
@b Shona Fairbairn | the Civic Party candidate
@m Sandeep Kohli | The moderator
@c Tony Galea | a restaurateur standing as an independent
The three candidates to be mayor of Northgate clashed over transport, housing and the future of the city’s football stadium in a televised hustings on Tuesday night.
The incumbent mayor, Gillian Marwood, defended her record on buses. “⟦d:a|Fares are down. Journeys are up. Those are not my opinions, those are the figures,⟧” she said.
Shona Fairbairn, the Civic Party candidate, said the figures hid the collapse of routes serving the outlying estates. “⟦d:b|Fares are down on buses that don’t come,⟧” she said. “⟦d:b|Ask anyone in Holme Lea when they last saw the 47.⟧”
“⟦d:a|The 47 runs every twenty minutes.⟧”
“⟦d:b|On paper.⟧”
The moderator, Sandeep Kohli, tried to move things on. “⟦d:m|We’ll come back to buses. Mr Galea, the stadium.⟧”
Tony Galea, a restaurateur standing as an independent, said he would “⟦p:c|never, ever⟧” allow the club to leave the city. “⟦d:c|My father took me to that ground when I was five. I’m not going to be the mayor who lets them knock it down for flats,⟧” he said.
Ms Marwood said the decision was the club’s. Ms Fairbairn said it was the council’s. “⟦d:m|I think the audience would like to know whose it is,⟧” the moderator said, to laughter.

### 045
@a Asha Raman | the commissioner
@b Richard Ebdon-Clay | the MP for Lanford
The parliamentary standards commissioner has found that the MP for Lanford, Richard Ebdon-Clay, broke the code of conduct by failing to declare £28,000 in consultancy payments.
In a report published on Tuesday, the commissioner, Dr Asha Raman, said the failure had been "⟦p:a|serious and sustained⟧" rather than "⟦p:a|a simple oversight⟧".
"⟦d:a|Members are responsible for their own registrations. The rules are not complicated, and Mr Ebdon-Clay has been a member for long enough to know them,⟧" she wrote.
She recommended that he be suspended from the House for seven sitting days.
Mr Ebdon-Clay said he accepted the findings "⟦p:b|in full⟧". "⟦d:b|I made a mistake and I will take my punishment. I would only ask people to note that there was never any suggestion I did anything in return for these payments,⟧" he said in a statement.
The consultancy firm that made the payments, Beacon Strategic, declined to comment.

### 046
@a Evelyn Sturgis | the governor
@b Marcus Feld | Transportation Secretary
@r - | a reporter
@c Lorna Briggs | a Millbrook native whose district includes the bridge
Gov. Evelyn Sturgis ordered emergency inspections of 140 bridges across the state Monday, two days after a section of the Route 9 overpass in Millbrook collapsed onto an empty lane of traffic.
``⟦d:a|We got lucky on Saturday. I don't intend to rely on luck again,⟧'' the governor said at a news conference at the state Capitol.
Transportation Secretary Marcus Feld said the Millbrook bridge had been rated ``⟦p:b|fair⟧'' at its last inspection, 14 months ago. ``⟦d:b|Fair does not mean safe forever. It means we watch it, and we did watch it,⟧'' he said.
``⟦d:r|Then how did it fall down?⟧'' a reporter asked.
``⟦d:b|That's what the engineers are going to tell us.⟧''
Sturgis, standing next to him, cut in. ``⟦d:a|And when they tell us, I'll tell you. All of it.⟧''
State Sen. Lorna Briggs, a Millbrook native whose district includes the bridge, said she had asked the department about its condition twice last year. ``⟦d:c|I was told it was on a list. I'd like to see the list,⟧'' she said.

### 047
@a Alastair Finch | The governor of the Reserve Bank
@b Hamish Gowrie | The Treasury Committee's chair
@c Yvonne Latimer-Boyd | a committee member and former economist
The governor of the Reserve Bank, Sir Alastair Finch, has told MPs he does not regret the bank's decision to hold interest rates in March, despite inflation rising for a second month.
"⟦d:a:m|I have been asked many times whether we moved too slowly. It is a fair question, and I have thought about it a great deal.⟧
"⟦d:a|My answer is no. If we had raised rates in March, we would have been raising them into a slowdown that was already under way.⟧"
The Treasury Committee's chair, Hamish Gowrie, said households would find that hard to accept. "⟦d:b|People are paying more for their mortgages and more for their shopping. They are entitled to ask whether the bank was asleep,⟧" he said.
"⟦d:a|We were not asleep,⟧" the governor said. "⟦d:a|We were awake and we made a judgment. You may think it was the wrong one.⟧"
"⟦d:b|I do.⟧"
Yvonne Latimer-Boyd, a committee member and former economist, asked whether the bank's forecasting models were still fit for purpose. Sir Alastair said they were under review. "⟦d:c|Under review since when?⟧" she asked.
"⟦d:a|Since last autumn.⟧"

### 048
@a Linda Kerrigan | Councillor
@b Ngozi Adebayo-Clarke | The mayor
@c Bernard Holt-Yates | Councillor
Merrowgate Town Council has voted to drop the word “⟦s:-|spa⟧” from the town’s official branding, more than forty years after the last of its thermal baths closed.
The new slogan, “⟦s:-|Merrowgate: Open to Everyone⟧”, was approved by eight votes to five after what the mayor described as “⟦p:b|a spirited exchange of views⟧”.
Councillor Linda Kerrigan, who proposed the change, said the old branding amounted to “⟦p:a|false advertising⟧”. “⟦d:a|People drive two hours expecting a spa. They find a car park where the spa used to be. Then they leave a review,⟧” she said.
Councillor Bernard Holt-Yates opposed the change. “⟦d:c|We are a spa town. We have been for three hundred years. One empty building doesn’t change that,⟧” he said.
The mayor, Cllr Ngozi Adebayo-Clarke, said the council would keep the historic “⟦s:-|Spa Town⟧” signs at the entrances to the town. “⟦d:b|Nobody is painting over history. We are just changing the letterhead,⟧” she said.

### 049
@a Imran Qadir-Lowe | The Health Secretary
@c - | a voice from the opposition benches
@b Jessica Fairweather-Nunn | The shadow health secretary
@d - | a departmental official
@e Meridian Health Data | -
The Health Secretary, Imran Qadir-Lowe, apologised to the House of Commons on Monday for a data breach that exposed the medical records of about 90,000 patients.
"⟦d:a|This should not have happened. It is unacceptable, and on behalf of the department I apologise to every patient affected,⟧" he said.
"⟦d:c|Resign!⟧" came a voice from the opposition benches.
Mr Qadir-Lowe said the breach had been caused by a contractor, Meridian Health Data, which had stored records on a server "⟦p:a|without the protections required by its contract⟧".
The shadow health secretary, Jessica Fairweather-Nunn, said blaming a contractor was "⟦p:b|the oldest trick in the book⟧". "⟦d:b|The department chose this contractor. The department signed this contract. The department was warned,⟧" she said.
She then read from an email, sent by a departmental official in January and released under freedom of information rules, which warned of "⟦p:d|material weaknesses⟧" in Meridian's security.
"⟦d:b|Did the Secretary of State see this email?⟧"
"⟦d:a|I did not, and I have asked why I did not,⟧" he replied.
There were shouts of "⟦d:-|Why not?⟧" from the benches opposite.
Meridian Health Data said it was "⟦p:e|cooperating fully⟧" with the investigation.

### 050
@b Ernesto | an elderly man in the front row
@a Marisol Echeverría-Boone | a former public defender
@c Luis Ortega | a 26-year-old who worked for Sánchez for three years
@d Dale Whitcombe | a businessman who owns three car dealerships in the district
Marisol Echeverría-Boone has been talking for eleven minutes, standing on a milk crate outside the Mercado La Estrella on Fourth Street, when an elderly man in the front row raises his hand.
“⟦d:b|¿Y los alquileres?⟧” he asks — “⟦d:b|And the rents?⟧”
“⟦d:a|Los alquileres son la razón por la que estoy aquí,⟧” she answers — “⟦d:a|the rents are the reason I’m here⟧”.
Echeverría-Boone, 41, a former public defender, is one of five candidates in Tuesday’s special election for the District 4 seat on the Alder Bay City Council, vacant since council member Arturo Sánchez died in June. Most voters in this part of the district speak Spanish at home.
Her campaign manager, Luis Ortega, a 26-year-old who worked for Sánchez for three years, says the campaign has knocked on 14,000 doors. “⟦d:c|We’ve got maybe 6,000 people who’ll actually vote. We know where most of them live,⟧” Luis says.
Her closest rival is Dale Whitcombe, a businessman who owns three car dealerships in the district, who has spent more than $200,000 of his own money on the race. In a statement, Whitcombe said he was “⟦p:d|the only candidate with the experience to balance a budget⟧”.
Echeverría-Boone laughs when told of the remark. “⟦d:a|I balanced a budget on a public defender’s salary with two kids. He can call me,⟧” she says.
Back at the market, the elderly man, who gives his name as Ernesto, says he has made up his mind. Speaking through his granddaughter, he says: “⟦d:b|She answered the question. The others didn’t even come.⟧”

### 051
@a Halden Institute | the economic think tank
@b Federation of Small Traders | -
@c Samira Beaulieu | general secretary of the Confederation of Public Workers
@d Treasury | -
@e - | A Treasury spokesperson
Reaction to Wednesday's budget was swift and largely unflattering.
The Halden Institute, the economic think tank, said the Chancellor's plans left him with "⟦p:a|almost no room for error⟧". "⟦d:a|One bad quarter and these numbers do not add up,⟧" the institute said in its initial analysis.
The Federation of Small Traders welcomed the freeze in business rates but said the rise in employer contributions would cost the average member £3,400 a year. "⟦d:b|The Chancellor has given with one hand and taken with the other, and the other hand is bigger,⟧" the federation said.
Samira Beaulieu, general secretary of the Confederation of Public Workers, said public sector pay had been "⟦p:c|quietly frozen by the back door⟧". "⟦d:c|There is not a penny in this budget for nurses, teachers or refuse workers. Not one,⟧" she said.
The Treasury said the budget "⟦p:d|protects the public finances while investing in growth⟧". A Treasury spokesperson added: "⟦d:e|These are responsible choices in difficult times.⟧"

### 052
@a Philippa Dunmore-Teale | The Housing Minister
@b - | a guest
@d - | A source close to the minister
@c Raj Khatri-Lowe | The opposition’s housing spokesman
The Housing Minister, Philippa Dunmore-Teale, has apologised after she was recorded telling donors at a private dinner that tenants in social housing were “⟦p:a|not really our voters anyway⟧”.
In the recording, made at a fundraising dinner in Wrexley last Thursday and passed to this newspaper by someone who attended, a guest can be heard asking the minister about plans to build 30,000 social homes.
“⟦d:b|Is that really where the money should go?⟧” the guest asks.
“⟦d:a|Between us, it’s the price of getting the white paper through,⟧” Ms Dunmore-Teale replies. “⟦d:a|They’re not really our voters anyway. But the numbers look good.⟧”
On Sunday, the minister said in a statement that the remarks were “⟦p:a|flippant and wrong⟧”. “⟦d:a|I apologise unreservedly. I am proud of our social housing programme and I believe in it,⟧” she said.
A source close to the minister said she had been “⟦p:d|mortified⟧” when told of the recording.
The opposition’s housing spokesman, Raj Khatri-Lowe, called for her to be sacked. “⟦d:c|She told the truth when she thought nobody was listening. Everything since is damage control,⟧” he said.

### 053
@b Helena Voss | the secretary of the Department of Border Services
@a Kirsten Malouf | Senator
@c Mereana Tipoki | The committee chair
A senior public servant has told a Senate estimates hearing she was "⟦p:b|not aware⟧" that her department had spent $4.3 million on a visa processing system that was abandoned before it was ever used.
Dr Helena Voss, the secretary of the Department of Border Services, faced more than an hour of questioning on the project from Senator Kirsten Malouf.
"⟦d:a|Four point three million dollars. Nobody told you?⟧" Senator Malouf asked.
"⟦d:b|I was briefed on the program in general terms. I was not briefed on the expenditure to that level of detail,⟧" Dr Voss said.
"⟦d:a|What level of detail would you need? A seven-figure number?⟧"
The committee chair, Senator Mereana Tipoki, intervened. "⟦d:c|Senator, let the witness answer.⟧"
"⟦d:a|I'm waiting for her to,⟧" Senator Malouf said.
Dr Voss said an internal audit had been commissioned and that she would give the committee a written answer "⟦p:b|within 14 days⟧". She declined to name the official responsible for the contract. "⟦d:b|It would not be appropriate for me to name a junior officer in this forum,⟧" she said.
Outside the hearing room, Senator Malouf told reporters the answer was "⟦p:a|not good enough⟧". "⟦d:a|Somebody signed off on this. Somebody always signs off,⟧" she said.

### 054
@a Véronique Lambotte | The bourgmestre of Saint-Rémy-la-Forêt
@b Karim Benali-Dupont | an opposition councillor
@c - | One resident, a woman in her seventies who did not want to give her name
The bourgmestre of Saint-Rémy-la-Forêt, Véronique Lambotte, has defended her decision to close the post office counter at the town hall, saying it was used by «⟦p:a|fewer than twenty people a day⟧».
«⟦d:a|On ne ferme pas un service, on le déplace,⟧» she told the municipal council on Monday evening. «⟦d:a|We are not closing a service, we are moving it.⟧» The counter will reopen inside a supermarket on the edge of town.
Karim Benali-Dupont, an opposition councillor, said the supermarket was «⟦p:b|three kilometres and one steep hill⟧» from the old town. «⟦d:b|For someone of eighty without a car, that is not a move. That is a closure,⟧» he said.
One resident, a woman in her seventies who did not want to give her name, put it more bluntly as she left the council chamber. «⟦d:c|She has never walked up that hill in her life.⟧»

### 055
@a Rowan Okeke-Sallis | -
@b Gloria | Their mother
@c Malcolm Freer | The council leader
@d - | a senior councillor
At 22, Rowan Okeke-Sallis is the youngest person ever elected to Hatherley District Council. They still live with their mother, above the launderette she runs on Station Road, and they still have a part-time job at the leisure centre.
"⟦d:a|People assume I'm somebody's intern. At my first meeting a councillor asked me to fetch the water,⟧" Rowan says. "⟦d:a|I fetched it. Then I sat down in my seat.⟧"
Their mother, Gloria, says she was not surprised when Rowan announced they were standing. "⟦d:b|They were running the school council at eleven. They were running this house at twelve,⟧" she says, laughing.
Rowan won the Station ward by 31 votes in May, standing as an independent on a platform of cheaper bus fares for under-25s and a youth centre for the town.
The council leader, Malcolm Freer, who has been a councillor since before Rowan was born, says he has been impressed. "⟦d:c|They do the reading. You'd be amazed how many don't,⟧" he says.
Rowan is less sure the older members have adjusted. At their first full council meeting, a senior councillor referred to them as "⟦p:d|the young lady⟧" three times.
"⟦d:a|I corrected him twice. The third time I just let it go. You pick your battles,⟧" they say.

### 056
@a Owen Pritchard-Daley | The floods minister
@u - | one man
@b Bev Hanley | -
@d Andrew Cullimore | the MP for Leme Valley
@c Rivers Authority | -
The floods minister, Owen Pritchard-Daley, was heckled by residents as he toured the flooded streets of Tenbury Marsh on Tuesday, four days after the River Leme burst its banks.
“⟦d:u|Where were you on Friday?⟧” one man shouted as the minister stepped out of his car on Mill Street.
Mr Pritchard-Daley stopped to speak to him. “⟦d:a|I was in Cabinet, and then I was on the phone to your council until two in the morning,⟧” he said. “⟦d:a|I know that’s no comfort when your kitchen’s under water.⟧”
Bev Hanley, whose pub, the Crown, took in more than a metre of water, said her insurer had told her it could be six months before she reopened. She recalled watching the river rise from an upstairs window. “⟦d:b|It came in under the door like it owned the place. Twenty minutes and the bar was gone,⟧” she said.
The minister insisted that the flood defence scheme for the town, delayed since 2019, would go ahead. “⟦d:a|It will be built. I’m not going to give you a date today, because the last person who gave you a date got it wrong,⟧” he said.
Andrew Cullimore, the MP for Leme Valley, who had invited the minister, admitted the visit had been uncomfortable. “⟦d:d|I asked him to come. I didn’t ask him to come to be cheered,⟧” he said.
The Rivers Authority said its pumps had been running “⟦p:c|around the clock⟧” and that 312 properties had been flooded.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh48.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh48",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
