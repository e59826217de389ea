# ruff: noqa: E501
"""Build ``quotes_fresh53.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is politics and public
affairs: parliamentary debates and questions, select-committee hearings, council and
planning meetings, press conferences and briefings, broadcast interviews, campaign
trail reports, leaked letters and statements.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh53-NNN``.

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

* ``Cllr`` and ``Sen.`` are treated like ``Judge``: stripped from the name, and taken
  as the description (as written) when the passage gives the person no appositive
  and no definite description.
* A question or remark in a quote-only paragraph of an exchange (no speech verb) is
  attributed to whoever a careful reader takes to be speaking from the alternation
  and the content.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh53.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh53.jsonl")

PASSAGES = """
### 001
@a Margaret Ellery-Vance | the housing minister
@b Priya Dhanraj | Opposition housing spokeswoman
@c Derek Lumb | the Speaker
@u - | a spokesperson for the Department for Housing
The housing minister, Margaret Ellery-Vance, faced a bruising session in the Assembly on Tuesday as members pressed her over the collapse of the Northgate modular homes scheme.
Opening questions, Opposition housing spokeswoman Priya Dhanraj accused the government of "⟦p:b|burning £40 million on empty fields⟧" and asked whether the minister would publish the consultants' report into the scheme.
"⟦d:a|I have said I will publish it, and I will publish it,⟧" Ellery-Vance replied. "⟦d:a|What I will not do is release a draft that contains commercially sensitive information about firms who are still bidding for other contracts.⟧"
Dhanraj was unmoved. "⟦d:b|The minister has had that report since March. Every week she sits on it is another week in which families in Northgate are told to wait,⟧" she said.
The exchange grew heated when Ellery-Vance suggested her opposite number had "⟦p:a|discovered an interest in modular housing about a fortnight ago⟧", prompting shouts from the opposition benches and an intervention from the Speaker, Derek Lumb.
"⟦d:c|Order. The minister will be heard, and so will the honourable member for Castlebridge,⟧" he said.
Afterwards, a spokesperson for the Department for Housing said the report would be laid before the Assembly "⟦p:u|before the summer recess⟧".

### 002
@a Helen Marr | The chair of the Public Accounts Committee
@b Joanna Pike | the permanent secretary
@c Ruth Calloway | her director of rail contracts
@d Fenwick Rail | -
The chair of the Public Accounts Committee, Helen Marr, told the transport department's most senior official on Wednesday that she had "⟦p:a|rarely seen a contract so badly drafted⟧".
Giving evidence alongside her director of rail contracts, Ruth Calloway, the permanent secretary, Joanna Pike, conceded that penalty clauses in the Fenwick Rail franchise had been "⟦p:b|weaker than they should have been⟧".
"⟦d:a|Weaker? Ms Pike, they were non-existent,⟧" Marr said. "⟦d:a|The operator could cancel one train in five and pay nothing. Who signed that off?⟧"
Pike said the contract had been agreed under her predecessor but that she took responsibility for it. "⟦d:b|I am not going to hide behind dates. It is my department, and it is my job to fix it,⟧" she told the committee.
Calloway said renegotiation talks had begun in January. "⟦d:c|We have put the operator on notice that we expect the performance regime to be rewritten before the next review point,⟧" she said.
Asked by Marr whether that meant passengers would see any difference this year, she paused. "⟦d:c|I would not want to promise that today.⟧"
Fenwick Rail said in a statement that it was "⟦p:d|working constructively with the department⟧" and that cancellations had fallen for three consecutive months.

### 003
@a Graham Tovey | The chairman of the planning committee
@b Alun Pritchard | Liberal councillor
@f Owain Bevan-Rhys | The council's principal planning officer
@d Neil Osei | -
@e - | one resident
@c Sefton Homes | -
Plans for 240 homes on the edge of Llanfeth were approved by a single vote on Thursday night after a three-hour meeting of Marwood County Council's planning committee.
The chairman of the planning committee, Cllr Graham Tovey, used his casting vote after members split six-six on the application by Sefton Homes.
"⟦d:a|Nobody on this committee takes a decision like this lightly, but the officers' advice was clear and we have no lawful grounds to refuse,⟧" he said.
Liberal councillor Alun Pritchard, who represents the Llanfeth ward, said the village's school and surgery were already full. "⟦d:b|We are told the developer will contribute to new classrooms. Contribute what, and when? Nobody in this room can answer that,⟧" he said.
The council's principal planning officer, Owain Bevan-Rhys, told members that a section 106 agreement would require Sefton Homes to pay £1.2m towards education before the 50th home was occupied.
"⟦d:f|That is a legally binding trigger. It is not a promise,⟧" he said.
Neil Osei, speaking for the Llanfeth Village Society, told the meeting that residents felt "⟦p:d|steamrollered⟧". Outside, one resident shouted "⟦d:e|Shame on you!⟧" as councillors left the chamber.
Sefton Homes said it was "⟦p:c|delighted⟧" with the decision. "⟦d:c|We will continue to work closely with the community as the scheme progresses,⟧" the company said.

### 004
@b Martin Hollis | Treasury minister
@a Colm Brady | Presenter
@l - | a listener in Harnley
@x - | a spokesman for the opposition Progressive Alliance
The Treasury minister Martin Hollis struggled on Friday morning to say how much the government's fuel duty freeze would cost, in a tense interview on Radio Westmoor's Breakfast programme.
Presenter Colm Brady began by asking whether the freeze had been fully costed.
"⟦d:b|It has been costed, and the costings will be published alongside the statement next month,⟧" Hollis said.
"⟦d:a|So what is the figure?⟧"
"⟦d:b|I'm not going to pre-empt the Chancellor.⟧"
"⟦d:a|You're not pre-empting anyone. You've just told me it's costed. Either you know the number or you don't.⟧"
"⟦d:b|Colm, I know the range of numbers we've been looking at, and it would be irresponsible to throw one out on your programme before it has been signed off.⟧"
Brady then read out a message from a listener in Harnley: "⟦d:l|If they don't know what it costs, how do they know we can afford it?⟧"
The minister laughed. "⟦d:b|That's a fair question, and it's one the Chancellor will answer,⟧" he said.
Shortly afterwards, a spokesman for the opposition Progressive Alliance described the interview as "⟦p:x|a car crash in slow motion⟧".

### 005
@a Rosalind Achterberg | the Civic Party candidate
@c Pat Keeley | a retired nurse
@b Maeve O'Dowd | the Reform candidate widely seen as the front-runner
@u - | A spokesman for Achterberg
ASHCOMBE — With five days to go before the Ashcombe North by-election, Rosalind Achterberg was knocking on doors in the rain on Saturday, umbrella tucked under one arm and a clipboard under the other.
"⟦d:a|People aren't angry with me, they're angry with the last ten years,⟧" the Civic Party candidate said between houses on Farrier Road. "⟦d:a|My job is to persuade them I'm not more of the same.⟧"
At number 14, Pat Keeley, a retired nurse, told her she had voted for the same party for forty years. "⟦d:c|I'm not sure I will this time, love. The hospital's a disgrace,⟧" she said.
Achterberg nodded and wrote something on her clipboard. "⟦d:a|Can I come back and talk to you about it on Wednesday?⟧" she asked.
"⟦d:c|You can try.⟧"
Across town, Maeve O'Dowd, the Reform candidate widely seen as the front-runner, held a rally in the car park of the Ashcombe Leisure Centre. "⟦d:b|They had their chance. They've had a dozen chances,⟧" she told about 200 supporters, who chanted "⟦s:-|Maeve for Ashcombe⟧" as she left the stage.
O'Dowd dismissed suggestions that her campaign had been bankrolled by a property developer. "⟦d:b|Every penny is declared. Rosalind knows that, and frankly she should be ashamed of herself for suggesting otherwise,⟧" she told reporters.
A spokesman for Achterberg said the candidate "⟦p:u|stands by every word⟧" of her remarks about campaign finance.

### 006
@a Dominic Farrant | the Justice Secretary
@b - | A government source
@c Department of Justice | -
@d Imogen Swales | the shadow justice secretary
A leaked letter from the Justice Secretary, Dominic Farrant, to the Prime Minister warns that prisons in the northern region will run out of space "⟦p:a|within weeks, not months⟧" unless emergency release measures are approved.
The letter, dated 3 October and seen by this newspaper, is unusually blunt. In it, Farrant writes:
"⟦d:a:m|I must be candid with you. We are now operating at 99.2 per cent of usable capacity across the estate, and in three establishments we have exceeded it. Governors are holding prisoners in police cells overnight because there is nowhere else to put them.⟧
"⟦d:a:m|I do not say this to alarm you, but because I do not believe we can wait for the spending review. If we do nothing, I expect that by the end of November courts will be unable to remand defendants into custody.⟧
"⟦d:a|I would be grateful for a decision this week.⟧"
A government source said the Prime Minister had "⟦p:b|not yet seen a workable proposal⟧" and was unwilling to be "⟦p:b|bounced⟧" into early release.
The Department of Justice said it did not comment on leaked correspondence. "⟦d:c|We are taking action to increase capacity, including 1,200 new places opening next year,⟧" it said.
Imogen Swales, the shadow justice secretary, said the letter was "⟦p:d|damning⟧". "⟦d:d|The Justice Secretary has been warning privately for months what he has denied publicly,⟧" she said. "⟦d:d|He owes Parliament an explanation.⟧"

### 007
@a Laura Brennick | Assistant Chief Constable
@b Janet Oyelaran | the mayor
@r - | One reporter
@f Police Federation | -
Police and city leaders in Haverford appealed for calm on Sunday after a second night of disorder in the Millbank area, in which 14 officers were injured and two cars were set alight.
At a press conference at the city's police headquarters, Assistant Chief Constable Laura Brennick said 23 people had been arrested. "⟦d:a|What we saw last night was not protest. It was criminal violence, and it will be met with the full force of the law,⟧" she said.
Standing beside her, the mayor, Janet Oyelaran, said she had spent the morning speaking to shopkeepers whose windows had been smashed. "⟦d:b|These are people who have served Millbank for thirty years. They deserve better than this,⟧" she said.
One reporter asked whether police had been warned in advance: "⟦d:r|Did you have intelligence that this was going to happen?⟧"
"⟦d:a|We had some information on Saturday afternoon, and we deployed additional resources as a result,⟧" Brennick said. "⟦d:a|I'm not going to go into the detail of that intelligence.⟧"
Asked whether the council had cut youth services in the area, Oyelaran said that was "⟦p:b|a fair challenge⟧". "⟦d:b|We have had to make choices none of us wanted to make. I won't pretend that hasn't had consequences,⟧" she said.
The Police Federation said officers had been "⟦p:f|left exposed⟧" without riot protection during the first hour of the disturbance.

### 008
@a Kwabena Asante-Darko | the Minister for Local Government
@b Audit Office | -
@c Fiona Gallacher | the leader of Dunmore council
Kwabena Asante-Darko, the Minister for Local Government, spoke to Evening Brief on Monday about the financial crisis at Dunmore council, which last week declared itself effectively bankrupt. He said the government would "⟦p:a|not write a blank cheque⟧". The following is an edited transcript.
Q: Minister, Dunmore has issued a section 114 notice. Whose fault is that?
A: Primarily the council's. The Audit Office described its investment strategy as "⟦p:b|reckless⟧", and I don't think anyone who has read that report would disagree.
Q: But your department approved the borrowing.
A: We didn't approve it. We were notified of it. Those are different things.
Q: Will there be a bailout?
A: There will be support, with conditions. Residents should not suffer for the mistakes of the people they elected, but nor should taxpayers in the rest of the country.
After the broadcast, the leader of Dunmore council, Fiona Gallacher, said the minister was "⟦p:c|rewriting history⟧". "⟦d:c|Every investment was reported to his officials at the time. We have the emails,⟧" she said.

### 009
@c Rhodri Vaughan | the policing minister
@a Edmund Laskey | the National Party MP for Wexcombe
@b Tobias Grünewald | The Centre Party's home affairs spokesman
@d - | A government backbencher who asked not to be named
MPs voted by 312 to 201 on Monday to give the Online Safety (Amendment) Bill a second reading, after a debate in which ministers were accused of rushing through powers they could not explain.
Opening for the government, the policing minister, Rhodri Vaughan, said the bill would close "⟦p:c|a gap that criminals have been driving lorries through⟧". "⟦d:c|Today, a platform can ignore a takedown notice for seven days with no penalty whatsoever. After this bill, it will be seven hours,⟧" he said.
Edmund Laskey, the National Party MP for Wexcombe, said he supported the aims of the bill but could not vote for clause 4. "⟦d:a|This clause lets a minister define what counts as harmful content by regulation, without a vote in this House. I did not come here to hand that power to any minister, of any party,⟧" he told the chamber.
Vaughan intervened: "⟦d:c|Will the honourable gentleman accept that the regulations will be subject to the affirmative procedure?⟧"
"⟦d:a|I will accept that they will be subject to a ninety-minute debate in a committee corridor on a Wednesday afternoon,⟧" Laskey replied, to laughter.
The Centre Party's home affairs spokesman, Tobias Grünewald, said his party would table amendments at committee stage. "⟦d:b|We are not against regulation. We are against regulation written on the back of an envelope,⟧" he said. He described the bill's impact assessment as "⟦p:b|four pages of wishful thinking⟧".
A government backbencher who asked not to be named said afterwards that the whips had been "⟦p:d|surprisingly relaxed⟧" about the size of the rebellion.

### 010
@a Geneviève Lacasse-Roy | The mayor of Saint-Aubin-des-Prés
@b Marc-Olivier Thériault | Opposition councillor
@c Louise Gagnon | One resident
SAINT-AUBIN-DES-PRÉS — The mayor of Saint-Aubin-des-Prés, Geneviève Lacasse-Roy, defended a 6 per cent rise in property taxes at a packed council meeting on Tuesday evening, telling residents the town had “⟦p:a|no other choice⟧”.
Speaking in French, she told the hall: «⟦d:a|Nous avons repoussé cette décision pendant trois ans. On ne peut plus.⟧» (“⟦d:a|We have put this decision off for three years. We can’t any longer.⟧”)
Opposition councillor Marc-Olivier Thériault said the increase would fall hardest on retirees. «⟦d:b|Les aînés de cette ville ne sont pas des guichets automatiques⟧», he said — “⟦d:b|the seniors of this town are not cash machines.⟧”
Lacasse-Roy replied that the alternative was closing the town’s only indoor pool. “⟦d:a|If Mr Thériault wants to stand outside the pool and explain that to the swimming club, I will lend him a megaphone,⟧” she said.
One resident, Louise Gagnon, asked why the council had spent $80,000 on a new logo. “⟦d:c|Eighty thousand dollars for a drawing of a duck,⟧” she said, to applause.
The mayor said the logo had been paid for from a provincial tourism grant. “⟦d:a|That money could not have been spent on the pool. I wish it could,⟧” she said.

### 011
@b Samuel Okonkwo-Reyes | a 14-year veteran of the Carrow Court of Appeals
@a Harriet Delacroix-Moss | the committee's ranking minority member
@c Lorraine Whitcombe | the committee chair
Judge Samuel Okonkwo-Reyes, a 14-year veteran of the Carrow Court of Appeals, faced four hours of questioning from the state Senate Judiciary Committee on Thursday over his nomination to the Carrow Supreme Court.
Much of it came from Sen. Harriet Delacroix-Moss, the committee's ranking minority member, who returned again and again to a 2019 ruling on bail.
"⟦d:a|In that case you wrote that the state constitution 'does not guarantee a right to counsel at a bail hearing.' Do you still believe that?⟧" Delacroix-Moss asked.
"⟦d:b|I believe that was a correct reading of the text as it stood. Whether it is good policy is a question for this body, not for me,⟧" the judge replied.
"⟦d:a|That's a very careful answer.⟧"
"⟦d:b|It's a very careful job, senator.⟧"
A protester in the public gallery held up a sign reading "⟦s:-|Bail is a right⟧" and was escorted out.
Sen. Lorraine Whitcombe, the committee chair, said she expected the nomination to pass. "⟦d:c|I've heard nothing today that gives me pause,⟧" she told reporters afterwards. Delacroix-Moss said only that she was "⟦p:a|still weighing⟧" her vote.

### 012
@a Health Ministry | -
@b Progressive Alliance | -
@c - | A spokesperson for the Liberal Greens
@e Ayesha Rahman-Clarke | -
Ambulance response times for the most serious calls rose for the sixth month in a row in September, official figures published on Thursday show, with patients in the most rural areas waiting an average of 41 minutes.
The Health Ministry said the figures reflected “⟦p:a|unprecedented demand⟧” and that 300 additional ambulances had been ordered. “⟦d:a|We know these waits are too long. Crews are working flat out and we are giving them the resources to do more,⟧” the ministry said.
The opposition Progressive Alliance said the government had “⟦p:b|lost control⟧” of emergency care. “⟦d:b|Every one of these numbers is a person lying on a kitchen floor waiting for help,⟧” the party said in a statement.
A spokesperson for the Liberal Greens said the figures were “⟦p:c|a national scandal⟧” and called for an independent inquiry.
Dr Ayesha Rahman-Clarke, who chairs the Paramedics’ Association, said crews were spending hours queuing outside emergency departments. “⟦d:e|The problem is not that we don’t have enough ambulances. It’s that the ambulances we have are parked outside hospitals with patients still in the back,⟧” she said.
“⟦d:e|Ordering another 300 vehicles without fixing the hospital end is like buying more buckets for a sinking boat.⟧”

### 013
@d Felicity Amadi | Moderator
@a Tomasz Wierzbicki | the incumbent
@b Gareth Lloyd-Jenkins | a former police superintendent standing as an independent
@c Imran Saddiq | the Civic Party candidate
The three leading candidates for mayor of Port Eldon clashed over housing, buses and each other's records in a televised debate on Wednesday night.
Moderator Felicity Amadi opened by asking each man to name one thing he would do in his first hundred days.
"⟦d:a|Freeze bus fares. Full stop,⟧" said Tomasz Wierzbicki, the incumbent.
Gareth Lloyd-Jenkins, a former police superintendent standing as an independent, promised to put "⟦p:b|fifty more officers on the streets⟧". Imran Saddiq, the Civic Party candidate, said he would declare a housing emergency on his first day.
"⟦d:c|We have 4,000 families on the waiting list. That is an emergency, and the mayor should call it one,⟧" Saddiq said.
Wierzbicki hit back. "⟦d:a|He's been a councillor for eight years. Where was the emergency in year one?⟧"
"⟦d:c|I was voting against your budgets, Tomasz.⟧"
The sharpest exchange came when Lloyd-Jenkins accused the mayor of having "⟦p:b|let the town centre rot⟧". "⟦d:b|I walk down Harbour Street and every third shop is boarded up,⟧" he said. "⟦d:b|That didn't happen by accident.⟧"
Amadi had to intervene twice. "⟦d:d|Gentlemen, the audience can't hear either of you,⟧" she said at one point.

### 014
@a Carol Huxtable | Cllr
@b Jean Morrow | The town mayor
@c Diane Fforde | Cllr
@d Hollinbridge Town Council | -
Hollinbridge Town Council voted on Monday to censure one of its own members over a social media post in which she described fellow councillors as ``⟦p:a|a bunch of dinosaurs who couldn't organise a raffle⟧''.
Cllr Carol Huxtable, who has sat on the council since 2011, did not apologise. ``⟦d:a|I said what half this town is thinking. If that's a crime, censure away,⟧'' she told the meeting.
The town mayor, Cllr Jean Morrow, said the post had caused ``⟦p:b|real distress⟧'' to staff. ``⟦d:b|This is not about a difference of opinion. Our clerk was named in that post and has been subjected to abuse ever since,⟧'' she said.
Cllr Diane Fforde, who proposed the motion, said she took no pleasure in it. ``⟦d:c|Carol and I have been friends for twenty years. But friendship doesn't come into it,⟧'' she said.
Huxtable interrupted: ``⟦d:a|Friends? You could have picked up the phone, Diane.⟧''
``⟦d:c|I did. You didn't answer.⟧''
The motion was carried by nine votes to two. In a statement afterwards, Hollinbridge Town Council said it ``⟦p:d|expects all members to uphold the code of conduct at all times⟧''.

### 015
@g Downing Street | -
@a - | the Prime Minister's official spokesman
@r - | One reporter
@b Claire Vantongeren | the Chancellor
@e - | One ally of the Chancellor
The Prime Minister retains "⟦p:g|full confidence⟧" in the Chancellor, Claire Vantongeren, Downing Street said on Monday, after a weekend of reports that she had threatened to resign over the timing of tax cuts.
At the morning lobby briefing, the Prime Minister's official spokesman was asked repeatedly whether Alastair Brenning and Vantongeren had argued. "⟦d:a|They have a very close working relationship and they speak every day,⟧" he said.
One reporter asked: "⟦d:r|Did the Chancellor threaten to resign, yes or no?⟧"
"⟦d:a|I'm not going to get into private conversations. I've told you the Prime Minister has full confidence in her.⟧"
Later, Vantongeren posted a photograph of herself and Brenning on social media with the caption: "⟦d:b|Same team, same plan.⟧"
One ally of the Chancellor was less guarded. "⟦d:e|She made it very clear she would not stand at the despatch box and announce cuts she thinks we can't afford. Whether you call that a threat is up to you,⟧" the ally told this newspaper.

### 016
@b Julian Ashworth | The director general of Meridian Broadcasting
@a Bernard Achebe-Stroud | The committee's chairman
@c Kieran Maddox | Progressive Alliance MP
@d Meridian Broadcasting | -
The director general of Meridian Broadcasting, Julian Ashworth, apologised to MPs on Tuesday for what he called "⟦p:b|a serious failure of editorial judgment⟧" over a documentary that wrongly identified a man as a suspect in the Kelsall Bridge fire.
Appearing before the Culture, Media and Sport Committee, Ashworth said the programme should never have been broadcast. "⟦d:b|We got it wrong, and a man who had done nothing at all had his face on national television. I am sorry for that, and I have said so to him personally,⟧" he said.
The committee's chairman, Bernard Achebe-Stroud, asked who had approved the final cut. Ashworth said the decision had been taken by the head of factual programmes, who has since left the corporation.
"⟦d:a|So nobody who is still at Meridian is responsible?⟧" Achebe-Stroud asked.
"⟦d:b|I am responsible. I run the organisation.⟧"
Progressive Alliance MP Kieran Maddox said the broadcaster had taken eleven days to remove the programme from its streaming service. "⟦d:c|Eleven days. If a newspaper had done this you would be the first to call for resignations,⟧" he told Ashworth. "⟦d:c|Why is it different when it's you?⟧"
The director general said the delay had been "⟦p:b|indefensible⟧" and that Meridian had since changed its complaints procedure.
Meridian Broadcasting later confirmed it had reached a settlement with the man. "⟦d:d|We have agreed damages and costs and have apologised unreservedly,⟧" it said.

### 017
@a Ngaire Whitfield | The leader of the opposition
@b Siobhan Treacy | -
@h Hemi Tautahi | her deputy
@c - | A spokeswoman for the Prime Minister
The leader of the opposition, Ngaire Whitfield, refused four times on Wednesday to say whether her party would reverse the government's cut to the top rate of income tax, in an interview with Siobhan Treacy on Morning Report.
"⟦d:b|It's a simple question. If you win, does the top rate go back up?⟧" Treacy asked.
"⟦d:a|What I'm saying is that everything is on the table, and we'll set out a fully costed programme before the election,⟧" Whitfield said.
"⟦d:b|That's not an answer.⟧"
"⟦d:a|It's the answer you're getting today, Siobhan.⟧"
Pressed on whether she personally thought the cut had been fair, Whitfield said it had been "⟦p:a|the wrong priority at the wrong time⟧", but she again declined to commit to reversing it.
Later in the interview, she was asked about reports of tension with her deputy, Hemi Tautahi, who last month said the party needed "⟦p:h|a bolder economic story⟧".
"⟦d:a|Hemi and I talk every day. He's entitled to his views, and he's a great asset to the team,⟧" she said.
A spokeswoman for the Prime Minister said the interview showed the opposition had "⟦p:c|no plan and no idea⟧".

### 018
@a Morag Baillie | Glenmurray Council's leader
@b Stuart Cowie | The environment convener
@d Lorna Pettigrew | Its regional organiser
@c Municipal Workers' Union | -
@e - | one shopkeeper
Glenmurray Council's leader has said she will not "⟦p:a|negotiate with a gun to our heads⟧" as a strike by refuse workers entered its second week, with uncollected bags piling up on the streets of the city centre.
Speaking after a meeting of the council's cabinet on Thursday, Morag Baillie said the pay offer of 4.5 per cent was "⟦p:a|fair and final⟧". "⟦d:a|We have put more on the table than any other council in the country. There is no more money in the pot, and I'm not going to pretend otherwise,⟧" she said.
The environment convener, Stuart Cowie, said contingency crews had been deployed to clear waste from outside schools and care homes. "⟦d:b|Public health comes first. We'll get to the rest as fast as we can,⟧" he said.
The Municipal Workers' Union said its members would not return without a better offer. Its regional organiser, Lorna Pettigrew, accused the council of "⟦p:d|playing chicken with the public's health⟧".
"⟦d:d|Councillor Baillie says there's no more money. There was money for the new headquarters. There was money for the consultants,⟧" she said. "⟦d:d|Our members pick up the city's rubbish for less than the consultants charge for a morning.⟧"
In a statement, the union said: "⟦d:c|We remain available for talks at any time.⟧"
On Cairnside Road, where rubbish bags were stacked against shop windows, one shopkeeper said he was "⟦p:e|losing customers every day⟧". "⟦d:e|I don't care who's right. I just want it gone,⟧" he said.

### 019
@a Ximena Aldana Ruiz | the centre-left candidate
@b Esteban Quiroga | the outgoing president’s chosen successor
@c Rosa Mamani | a 58-year-old street vendor
@d - | A campaign aide
SAN LORENZO, Valdera — Ximena Aldana Ruiz climbed onto the back of a flatbed truck on Sunday afternoon, took the microphone and waited for the crowd of several thousand in the Plaza de Armas to fall quiet.
“⟦d:a|Nos dijeron que no podíamos ganar en el norte. ¡Miren esta plaza!⟧” she shouted. (“⟦d:a|They told us we could not win in the north. Look at this square!⟧”)
The centre-left candidate, who is trailing by four points in most polls a week before the presidential run-off, has spent the final stretch of the campaign in the mining provinces that have traditionally voted for the ruling party.
Her rival, Esteban Quiroga, the outgoing president’s chosen successor, was campaigning 600 miles away in the capital. Speaking to reporters outside a factory, he dismissed her rallies as “⟦p:b|theatre for the cameras⟧”.
“⟦d:b|Crowds are not votes. On Sunday the people will choose stability,⟧” he said.
In the plaza, Rosa Mamani, a 58-year-old street vendor, said she had voted for the ruling party all her life. “⟦d:c|Mi hijo trabajó once años en la mina y nunca le pagaron lo que le debían,⟧” she said. Her son, she explained, had worked in the mine for eleven years and had never been paid what he was owed. “⟦d:c|This time, I’m voting for her,⟧” she added in English.
A campaign aide, speaking on condition of anonymity, said internal polling showed the gap “⟦p:d|closing fast⟧”.
As she climbed down from the truck, Aldana Ruiz was asked whether she believed the polls. “⟦d:a|I believe this square,⟧” the centre-left candidate said.

### 020
@a Yusuf Karimi | The schools minister
@b Eleanor Stroud | the Prime Minister
@c - | A senior party figure
The schools minister, Yusuf Karimi, resigned on Saturday night in protest at the government's decision to means-test free school meals for seven-year-olds, the first ministerial resignation since the general election.
In a letter to the Prime Minister, Eleanor Stroud, published on his social media accounts, Karimi said he could not "⟦p:a|in good conscience⟧" defend the policy in the Commons.
"⟦d:a:m|When I came into politics, I promised the parents of Holbeck that I would never vote to take food off their children's plates. I cannot stand at the despatch box next week and tell them that this is anything else.⟧
"⟦d:a|I remain a loyal member of this party and will support the government from the back benches on every other matter.⟧"
In her reply, the Prime Minister thanked Karimi for his "⟦p:b|energy and dedication⟧" and said she was "⟦p:b|sorry to lose him⟧".
"⟦d:b|I do not agree with your characterisation of the policy, which targets support at the families who need it most. But I respect the strength of your convictions,⟧" she wrote.
A senior party figure said the resignation had been "⟦p:c|expected for weeks⟧". "⟦d:c|Yusuf has been unhappy since the summer. The surprise is that he lasted this long,⟧" the figure said.

### 021
@b Rhiannon Pugh-Davies | the opposition leader
@a Eluned ap Gwilym | The First Minister
@c Siân Ellis | The Presiding Officer
@g - | a government spokesperson
First Minister's Questions in the Morlais Assembly descended into a row over hospital waiting lists on Tuesday, as the opposition leader accused the government of "⟦p:b|fiddling the figures⟧".
Rhiannon Pugh-Davies, who leads the opposition, said a leaked internal memo showed patients were being removed from lists after missing a single appointment. "⟦d:b|Will the First Minister tell this chamber how many of the 9,000 patients her government boasts of having 'cleared' were actually treated?⟧" she asked.
The First Minister, Eluned ap Gwilym, answered in Welsh. "⟦d:a|Does dim un claf wedi cael ei dynnu oddi ar restr heb reswm clinigol,⟧" she said, which the official translation rendered as: "⟦d:a|Not one patient has been removed from a list without a clinical reason.⟧"
Pugh-Davies held up a copy of the memo. "⟦d:b|Then why does your own health board's memo say, and I quote, 'remove after one DNA'?⟧"
"⟦d:a|Because 'did not attend' is a clinical category that has existed for thirty years, as she well knows,⟧" ap Gwilym replied.
The Presiding Officer, Siân Ellis, twice called members to order. "⟦d:c|I will not tell you again. Questions and answers, not a shouting match,⟧" she said.
After the session, a government spokesperson said the memo was "⟦p:g|two years old and superseded⟧".

### 022
@b Philippa Ormsby | counsel for Caldmoor Renewables
@a Hamish Strachan | The planning inspector
@c Nkechi Aboderin | a landscape architect called by the objectors
@e Save the Harrow Fells | -
A public inquiry into plans for a 22-turbine wind farm on the Harrow Fells opened on Monday at Kelderby village hall, with the developer and objectors each claiming national policy was on their side.
Opening the developer's case, Philippa Ormsby KC, counsel for Caldmoor Renewables, told the inquiry the scheme would power 90,000 homes. "⟦d:b|This is exactly the kind of project national policy says we need. The question is not whether, but where, and the answer is here,⟧" she said.
The planning inspector, Dr Hamish Strachan, reminded the room that he would decide "⟦p:a|on the evidence, not on the volume of applause⟧" after cheers broke out at the back of the hall.
Dr Nkechi Aboderin, a landscape architect called by the objectors, said the turbines would be visible from 40 miles away. "⟦d:c|These fells have been painted by every serious landscape artist of the last two centuries. You cannot mitigate a 200-metre turbine on a skyline,⟧" she said.
Under cross-examination, Ormsby put it to her that she had supported a larger wind farm in the Lammer Hills in 2018. "⟦d:b|Were you wrong then, or are you wrong now?⟧"
"⟦d:c|Neither. That site was an upland plateau with no public access. This is a national trail,⟧" Aboderin replied.
Outside, members of the campaign group Save the Harrow Fells held banners reading "⟦s:-|Not on our skyline⟧". The group said in a statement that the inquiry was "⟦p:e|the last chance to save the fells⟧".
Caldmoor Renewables said it expected the inquiry to last three weeks.

### 023
@a Amara Nwosu | -
@b Grace | a care worker
@d - | one older colleague
@c Peter Halloran | -
At 23, Amara Nwosu is the youngest councillor in Kettlewick's history, and she still has to show her pass twice at the front desk of the town hall.
"⟦d:a|The security guard thinks I'm here on work experience,⟧" she said, laughing. "⟦d:a|To be fair, some days it feels like that.⟧"
Amara won the Eastfield ward by 61 votes in May, standing as an independent after a campaign run mostly from her mother's kitchen table. Her mother, Grace, a care worker, printed the leaflets at the library on her days off.
"⟦d:b|I told her, you don't know anything about politics. She said, 'Neither do the people in charge, Mum,'⟧" Grace recalled.
Since then, Amara has pushed the council into reopening the Eastfield youth club and has become, in the words of one older colleague, "⟦p:d|a proper pain in the neck, in the best way⟧".
Not everyone is a fan. Peter Halloran, who leads the opposition group, said she was "⟦p:c|long on enthusiasm and short on detail⟧". "⟦d:c|Reopening a youth club is lovely. Paying for it for ten years is the hard part,⟧" he said.
Amara shrugged when she heard. "⟦d:a|Peter's been saying that about everything for thirty years. Meanwhile the kids have somewhere to go on a Friday night.⟧"

### 024
@a Oliver Penhaligon | -
@b Sasha Whitlow | a Downing Street aide
@c Treasury | -
@d Marcus Feld | The shadow chancellor
Leaked WhatsApp messages show a senior adviser to the Chancellor describing the government's flagship growth plan as ``⟦p:a|a PowerPoint with a logo on it⟧'' weeks before it was launched.
The messages, sent in a group chat of special advisers in June and seen by the Ledger, were written by Oliver Penhaligon, who has advised the Chancellor since 2021.
``⟦d:a|Nobody has costed any of this. We are announcing a growth plan with no growth in it,⟧'' Penhaligon wrote on 14 June.
Sasha Whitlow, a Downing Street aide, replied minutes later: ``⟦d:b|Can we not do this on here please.⟧''
``⟦d:a|Fine. But somebody needs to say it before the lobby does,⟧'' Penhaligon wrote back.
The Treasury said the messages were ``⟦p:c|private exchanges taken out of context⟧''. ``⟦d:c|The growth plan was fully costed by the time it was published, as the fiscal watchdog has confirmed,⟧'' a Treasury statement said.
The shadow chancellor, Marcus Feld, said the messages confirmed ``⟦p:d|what everyone suspected⟧''. ``⟦d:d|The people writing the plan didn't believe in it. Why should anyone else?⟧'' he said.

### 025
@a Rafael Montenegro-Sáez | Finance Minister
@b Lucien Obiang | the central bank's governor
@c - | one journalist
@d - | A senior official at the ministry
Finance Minister Rafael Montenegro-Sáez and the central bank's governor, Lucien Obiang, appeared side by side in Porto Real on Thursday to announce an emergency package to defend the currency, which has lost 18 per cent of its value against the dollar since January.
The minister said the government would cut spending by 2 per cent of GDP. "⟦d:a|These are painful measures. I will not insult anyone by pretending otherwise,⟧" he said.
Obiang announced that the bank would raise its main rate by three percentage points, to 14 per cent. "⟦d:b|We will do whatever is necessary to restore price stability,⟧" he said. "⟦d:b|Whatever is necessary. I want to be absolutely clear on that.⟧"
Then one journalist turned to the question everyone in the room had been waiting to ask. "⟦d:c|Was the minister pushing for a smaller increase?⟧"
The two men exchanged glances. "⟦d:b|The bank is independent. The decision was mine and the committee's,⟧" the governor said.
Montenegro-Sáez smiled. "⟦d:a|I have learned not to push Lucien on anything,⟧" he said.
A senior official at the ministry, speaking on condition of anonymity, later said the governor had "⟦p:d|insisted on four points and settled for three⟧".

### 026
@a Béatrice Aubert-Lindqvist | a Green deputy who tabled the motion
@b Jean-Luc Moser | The finance director
@c Urs Zimmerli | leader of the Liberal group
The Grand Council of Vaudrens on Thursday rejected a proposal to make public transport free for under-25s, after a debate that ran past midnight.
Béatrice Aubert-Lindqvist, a Green deputy who tabled the motion, said the measure would cost «⟦p:a|less than one new motorway junction⟧». «⟦d:a|We subsidise car parks for commuters without blinking. Young people are asking for a bus pass,⟧» she told the chamber.
The finance director, Jean-Luc Moser, said the canton could not afford the 48 million francs a year the scheme would cost. «⟦d:b|I share the goal. I do not share the arithmetic,⟧» he said. «⟦d:b|Show me where the 48 million comes from and I will vote for it tomorrow.⟧»
Urs Zimmerli, leader of the Liberal group, was blunter. «⟦d:c|Nothing is free. Someone pays, and it is always the same someone,⟧» he said.
The motion fell by 61 votes to 48. Aubert-Lindqvist said afterwards she would take the proposal to a popular vote. «⟦d:a|If the parliament won't decide, the people will,⟧» she said.
Outside, around 300 students chanted «⟦s:-|Free buses, free futures⟧» as deputies left the building.

### 027
@a Castellanos-Hart | the judge
@c Deborah Finnegan | a mother of three from Eastmoor
@b Brackwater Borough Council | -
@e Anwen Price | the council's cabinet member for children's services
A council acted unlawfully when it closed six children's centres without properly consulting parents, the High Court ruled on Friday.
In a judgment handed down in London, Mrs Justice Castellanos-Hart said Brackwater Borough Council's consultation had been "⟦p:a|little more than a formality⟧".
"⟦d:a|The council had, in substance, made its decision before the consultation began. Parents were invited to comment on a conclusion, not a proposal,⟧" the judge wrote.
The claim was brought by Deborah Finnegan, a mother of three from Eastmoor, whose nearest centre closed in March. "⟦d:c|We were told our views mattered. Now a judge has said what we knew all along: they didn't,⟧" she said outside court.
Brackwater Borough Council said it was "⟦p:b|disappointed⟧" and was considering an appeal. Anwen Price, the council's cabinet member for children's services, said the closures had been driven by a £14m budget gap.
"⟦d:e|None of that money has appeared because of this judgment. We will have to find it somewhere else, and I'm afraid that will mean more difficult decisions,⟧" she said.

### 028
@a Duncan McFadyen | -
@h - | a man near the back of the hall
@c Fraser Lindsay | a delegate from Carnbrae
@d Kirsty Drummond-Hay | The party's deputy leader
Duncan McFadyen used his first conference speech as leader of the Commonweal Party to promise a "⟦p:a|national rebuilding plan⟧" and to take aim at the government's record on housing.
"⟦d:a|For fourteen years we have been told there is no alternative. Well, conference, here is the alternative,⟧" he told a packed hall in Carnbrae on Tuesday.
The speech was interrupted about ten minutes in, when a man near the back of the hall shouted "⟦d:h|What about the pensioners?⟧" McFadyen paused. "⟦d:a|I'm coming to the pensioners, sir. Stick around,⟧" he said, to laughter and applause.
He pledged to build 150,000 social homes a year and to create a publicly owned energy company, which he has branded "⟦s:-|Power for the People⟧".
Fraser Lindsay, a delegate from Carnbrae, said it was the best leader's speech he had heard in twenty years. "⟦d:c|He spoke like one of us. That's not happened for a while,⟧" he said.
The party's deputy leader, Kirsty Drummond-Hay, who has been tipped as a future leader herself, said the speech had "⟦p:d|set the agenda for the next election⟧". "⟦d:d|Today we stopped apologising and started explaining,⟧" she said.

### 029
@a Gregor Maclean | The chief constable of Northmoor Police
@b Stephen Adebayo-Lowe | the force's police and crime commissioner
@c Neil Carruthers | a member of the committee
The chief constable of Northmoor Police, Gregor Maclean, and the force's police and crime commissioner, Stephen Adebayo-Lowe, gave conflicting accounts to MPs on Wednesday of who had ordered the scrapping of the force's rural crime unit.
Maclean told the Home Affairs Committee that the decision had been "⟦p:a|an operational one, taken by me⟧", but that he had been working within a budget set by the commissioner. "⟦d:a|I was given a number and told to live within it. I did,⟧" he said.
Adebayo-Lowe, giving evidence immediately afterwards, said he had never asked for the unit to be closed. "⟦d:b|I set a budget. How the chief constable spends it is a matter for him. I would never have chosen that unit,⟧" he said.
Neil Carruthers, a member of the committee, put it to him that the two men could not both be right. "⟦d:c|One of you made this decision, and neither of you seems to want it,⟧" he said.
"⟦d:b|I can only tell you what I did and didn't do.⟧"
Carruthers asked whether the commissioner had seen the chief constable's savings plan before it was approved. He said he had.
"⟦d:c|So you saw that the unit was going, and you signed it off.⟧"
"⟦d:b|I signed off a plan with sixty lines in it.⟧"
Northmoor Police said in a statement that the rural unit's work had been absorbed by neighbourhood teams.

### 030
@b Shelterline | -
@c Jess Marlowe | Shelterline's director
@a Patricia Oduya | the council's cabinet member for housing
@d - | one council officer
The number of people sleeping rough in Calderbury has almost doubled in a year, according to figures compiled by the charity Shelterline, which counted 71 people on a single night in November.
According to Shelterline, more than a third of those counted had been in council temporary accommodation within the previous six months. "⟦d:b|These are not people who have fallen through the cracks. They were in the system, and the system let them go,⟧" the charity said in its report.
Speaking on Calderbury Sound on Monday, Shelterline's director, Jess Marlowe, said the council's housing team was "⟦p:c|overwhelmed⟧". "⟦d:c|I have enormous respect for the officers. But there are four of them for a town of 130,000 people,⟧" she said.
Cllr Patricia Oduya, the council's cabinet member for housing, told the same programme that she did not recognise the figure of four. "⟦d:a|We have eleven officers working on homelessness prevention. I'm happy to sit down with Jess and go through the numbers,⟧" she said.
According to one council officer, who spoke on condition of anonymity, only four of those posts are filled. "⟦d:d|The rest are vacancies or people on long-term sick. Everyone in the building knows that,⟧" the officer said.
Asked about the claim later, Oduya said: "⟦d:a|Vacancies are being recruited to. That is not the same as not existing.⟧"

### 031
@b Ravi Chandrasekhar | the director of highways
@c Tom Pellow | an independent councillor for Sandridge
@a Kevin Doyle | The committee's chairman
@d Tarmacore | -
Councillors in Wrexley have demanded to see the full contract behind a £22m road repair deal after it emerged that the contractor, Tarmacore, was paid for filling more than 3,000 potholes that were never recorded as fixed.
At a meeting of the council's scrutiny committee on Monday, the director of highways, Ravi Chandrasekhar, said the discrepancy was "⟦p:b|largely an IT problem⟧". "⟦d:b|The repairs were done. What failed was the system that logs them,⟧" he told members.
Tom Pellow, an independent councillor for Sandridge, said he had visited 40 of the locations himself. "⟦d:c|Twenty-six of them still have a hole in them. I have photographs. Is that an IT problem too?⟧" he asked.
Chandrasekhar said he had not seen the photographs and would "⟦p:b|look at them carefully⟧".
The committee's chairman, Kevin Doyle, said he was not satisfied. "⟦d:a|We've been told for two years that this contract is delivering value for money. I want to see the contract, I want to see the invoices, and I want to see them before the next meeting,⟧" he said.
Pellow, at 34 the youngest member of the committee, went further. "⟦d:c|If the money's gone on holes that are still holes, somebody needs to call the police,⟧" the 34-year-old said.
Tarmacore said in a statement that it had "⟦p:d|completed every repair it was instructed to carry out⟧" and would welcome an audit.

### 032
@a Lydia Farquharson | The shadow home secretary
@b Naomi Kessler | the programme's presenter
@c Philip Stannard | the security minister
The shadow home secretary, Lydia Farquharson, insisted on Sunday that her party would not scrap the government's new border agency, despite having voted against the legislation that created it.
"⟦d:a|We voted against a bad bill. We are not going to rip up an agency that now exists and employs 4,000 people,⟧" she told the programme's presenter, Naomi Kessler, on The Sunday Hour.
Kessler pressed her on whether that amounted to a U-turn. "⟦d:b|In March you called it a vanity project. Is it still a vanity project?⟧"
"⟦d:a|It was a vanity project. It's now a vanity project with a payroll,⟧" Farquharson joked, before adding: "⟦d:a|Seriously, we'll reform it. We won't abolish it.⟧"
She admitted her party had not yet worked out how much the reforms would cost. "⟦d:a|I'm not going to give you a number on a Sunday morning that I'd have to defend for two years,⟧" she said.
Appearing later on the same programme, the security minister, Philip Stannard, warned that the opposition's position would "⟦p:c|send a signal to the smuggling gangs⟧". "⟦d:c|She wants it both ways. You can't vote against something and then claim credit for keeping it,⟧" he said.
Kessler put it to him that the agency had missed every one of its targets. "⟦d:b|Every one, minister.⟧"
"⟦d:c|It's a new agency. Give it a year.⟧"

### 033
@a Alison Threlfall | The chief executive of Dunholm City Council
@b - | A council spokeswoman
@c Martin Oduro | branch secretary of the Public Services Union
@d Jim Hebblethwaite | The leader of the opposition Liberal group
The chief executive of Dunholm City Council has told staff that up to 400 jobs could go over the next two years, in an internal email leaked to the Dunholm Echo.
In the message, sent on Thursday afternoon, Alison Threlfall wrote that the council faced a £38m shortfall and had “⟦p:a|no realistic prospect⟧” of closing it without redundancies.
“⟦d:a:m|I know how unsettling this will be, and I want you to hear it from me rather than read it in the paper.⟧
“⟦d:a:m|We will do everything we can to minimise compulsory redundancies, including a voluntary scheme that opens on Monday. But I would not be honest with you if I said that will be enough.⟧
“⟦d:a|My door is open. Please talk to your managers, and please look after each other.⟧”
A council spokeswoman confirmed the email was genuine and said it was “⟦p:b|only right that staff heard first⟧”.
Martin Oduro, branch secretary of the Public Services Union, said members had learned of the figure from a colleague’s phone in the canteen. “⟦d:c|So much for hearing it first. Half the building had read it on Facebook before it reached their inbox,⟧” he said.
The leader of the opposition Liberal group, Cllr Jim Hebblethwaite, said the ruling group had “⟦p:d|spent the reserves like there was no tomorrow⟧”. “⟦d:d|Well, tomorrow has arrived,⟧” he said.

### 034
@b Walt Kimbrough | Gov.
@a Carla Benavides | a two-term state senator from Pinecrest
@d Janelle Fitch | The moderator
@c Dale Rourke | Sen.
CARROW CITY — Gov. Walt Kimbrough and his challenger, Carla Benavides, a two-term state senator from Pinecrest, clashed over water rights and school funding on Tuesday night in their only televised debate.
"⟦d:b|Four years ago this state had a deficit. Today it has a surplus. That's not an accident,⟧" Kimbrough said in his opening statement.
Benavides was ready for it. "⟦d:a|The governor likes to talk about the surplus. Ask the teachers in Ocotillo County who bought their own printer paper this year how they feel about the surplus,⟧" she said.
The moderator, Janelle Fitch of KRVN, asked both candidates whether they would sign the Sandoval River water compact.
"⟦d:b|Not in its current form,⟧" Kimbrough said.
"⟦d:a|Yes, on day one,⟧" said Benavides.
Fitch followed up: "⟦d:d|Governor, farmers in the east say the compact would put them out of business. Are they wrong?⟧"
"⟦d:b|They're not wrong, and that's why I won't sign it.⟧"
After the debate, Sen. Dale Rourke, who endorsed Benavides on Monday, told reporters she had "⟦p:c|won it on substance⟧". "⟦d:c|He had the better one-liners. She had the better answers,⟧" Rourke said.

### 035
@a Ingrid Solheim-Aas | The county mayor
@b Torbjørn Hauge | -
@c State Roads Directorate | -
@e Kari Lund | -
AUSTVIK — The county council in Austvik voted on Wednesday to borrow 1.2 billion kroner to build a tunnel under the Hellefjord, ending a dispute that has divided the region for more than a decade.
The county mayor, Ingrid Solheim-Aas, called the vote «⟦p:a|historic⟧». «⟦d:a|Vi har ventet i tolv år. Nå bygger vi,⟧» she told the chamber — “⟦d:a|We have waited twelve years. Now we build.⟧”
Torbjørn Hauge of the Coastal Party, who voted against, warned that the repayments would “⟦p:b|eat the county’s budget alive⟧”. “⟦d:b|Ask the schools in ten years whether they wanted a tunnel or teachers,⟧” he said.
The State Roads Directorate said it welcomed the decision and expected construction to start in 2027. “⟦d:c|The Hellefjord crossing is one of the most challenging tunnel projects in the country,⟧” the directorate said.
Some residents of Hellevik, the village at the tunnel’s northern end, were less enthusiastic. Kari Lund, 71, who runs the café by the ferry quay, said simply: «⟦d:e|Uten ferja er det ingen som stopper her.⟧» Without the ferry, she said, nobody would stop in the village at all.

### 036
@d foreign ministry | -
@a Miriam Okonjo | spokeswoman
@b Daniel Roux | -
@c Fatima Zahra Benali | -
The foreign ministry on Tuesday declined to confirm reports that two of its diplomats had been expelled from Rastovia, saying only that it was "⟦p:d|in contact with the Rastovian authorities⟧".
At the ministry's regular briefing, spokeswoman Miriam Okonjo was asked about the reports more than a dozen times.
"⟦d:b|Have they been expelled or not?⟧" asked Daniel Roux of Agence Meridien.
"⟦d:a|I'm not going to characterise the status of individual members of staff,⟧" Okonjo said.
"⟦d:b|Are they still in the country?⟧"
"⟦d:a|Daniel, I've answered the question.⟧"
"⟦d:b|With respect, you haven't.⟧"
Fatima Zahra Benali of the Evening Post tried a different angle, asking whether the ambassador had been summoned. Okonjo said the ambassador had "⟦p:a|had a number of conversations⟧" with Rastovian officials in recent days. "⟦d:a|That is what ambassadors do,⟧" she added.
"⟦d:c|So you're confirming he was summoned?⟧" Benali asked.
"⟦d:a|I'm confirming that he talks to people. It's his job.⟧"

### 037
@a Callum Reddy | a 34-year-old former paramedic
@c Gordon Pyle | The returning officer
@b Rosemary Tindall | The defeated Civic Party candidate
@d - | one supporter
BRADWELL — Callum Reddy, a 34-year-old former paramedic, won the Bradwell West by-election in the early hours of Friday, overturning a majority of more than 9,000.
The returning officer, Gordon Pyle, read out the result shortly after 3am at Bradwell Leisure Centre. "⟦d:c|I hereby declare that Callum James Reddy is duly elected,⟧" he said, before he was drowned out by cheers.
"⟦d:a|Fourteen months ago I was driving an ambulance round these streets,⟧" Reddy told supporters in his victory speech. "⟦d:a|Tonight the people of Bradwell West have sent a message, and I'm going to make sure it's heard.⟧"
The defeated Civic Party candidate, Rosemary Tindall, who had held the seat since 2010, congratulated him from the stage. "⟦d:b|The voters are never wrong. I wish him well, and I hope he enjoys it as much as I did,⟧" she said.
Speaking to reporters afterwards, she admitted the campaign had been "⟦p:b|very difficult on the doorstep⟧". "⟦d:b|People are fed up, and I understand why,⟧" she said.
Outside, one supporter was already celebrating with a bottle of sparkling wine. "⟦d:d|He's one of us. First time we've been able to say that,⟧" she said.
The former paramedic said he would travel to the capital on Monday to take his seat. "⟦d:a|I'll probably get lost,⟧" he joked.

### 038
@a Felix Amankwah | The energy secretary
@b Caroline Dewhurst | The shadow energy secretary
@c Rory Gallagher-Tait | -
@d Department for Energy | -
@e - | a department spokesman
The energy secretary, Felix Amankwah, has deleted a social media post in which he told households struggling with bills to ``⟦p:a|shop around and turn the thermostat down a notch⟧''.
The post, published on Sunday evening, was removed within two hours but had already been viewed more than a million times. In a follow-up post on Monday, Amankwah wrote: ``⟦d:a|Yesterday's post was badly worded and I've taken it down. I know families are having a really hard time, and I'm sorry.⟧''
The shadow energy secretary, Caroline Dewhurst, said the apology was ``⟦p:b|not worth the pixels it's written in⟧''. ``⟦d:b|He didn't badly word anything. He said what he thinks,⟧'' she wrote on the same platform.
Even on the government benches, there was exasperation. Rory Gallagher-Tait, who represents the marginal seat of Kingsmere, posted a single line: ``⟦d:c|Please, just stop posting.⟧''
The Department for Energy said the secretary of state had ``⟦p:d|apologised and moved on⟧''. ``⟦d:e|His focus is on the support package, which will save the average household £180 this winter,⟧'' a department spokesman said.

### 039
@a Abena K. Mensah | -
@c Louisa Carradine | a mother of two from Stowmere
@b Susannah Prideaux | the children's minister
@e Grace Idowu-Marsh | Another member
A petition calling for a legal cap on the cost of school uniforms was debated in the Assembly's Grand Committee Room on Monday after it attracted more than 200,000 signatures.
Opening the debate, Abena K. Mensah, who sits on the Petitions Committee, said parents were spending an average of £340 per child. "⟦d:a|A blazer with a logo on it costs three times what the same blazer costs without one. That is not a uniform policy. That is a tax on families,⟧" she said.
The petition's founder, Louisa Carradine, a mother of two from Stowmere, watched from the public gallery. "⟦d:c|I started it on my phone at the kitchen table. I never thought it would get here,⟧" she said afterwards.
Responding for the government, the children's minister, Susannah Prideaux, said statutory guidance introduced two years ago already required schools to keep costs down. "⟦d:b|The guidance is working in the great majority of schools. Where it isn't, parents can and should complain,⟧" she said.
Mensah intervened. "⟦d:a|Will the minister tell the House how many of those complaints have been upheld?⟧"
"⟦d:b|I don't have that figure to hand, but I will write to her,⟧" the minister replied.
Another member, Grace Idowu-Marsh, said she had "⟦p:e|never heard a less convincing answer from a despatch box⟧".

### 040
@a Beatrix Holloway | the longest-serving woman in the Assembly
@b Harold | Her husband
@c Tobias Venn | a former chief whip who spent years trying to keep her in line
Dame Beatrix Holloway, the longest-serving woman in the Assembly, has a rule about her constituency surgery: nobody leaves without a cup of tea.
"⟦d:a|Half of them don't want anything done. They want someone to listen for twenty minutes,⟧" she said, pouring one in the kitchen of her cottage outside Tarnley. "⟦d:a|The other half want something done yesterday.⟧"
After 32 years, she is standing down at the next election. She insists there was no single reason. "⟦d:a|I'm seventy-one. The job needs someone who can do a three a.m. vote and a nine a.m. school visit and not look like death,⟧" she said.
Her husband, Harold, who by his own estimate has driven her to and from the station "⟦p:b|roughly ten thousand times⟧", is less diplomatic. "⟦d:b|She's retiring because I told her to,⟧" he called from the garden. "⟦d:b|Don't print that.⟧"
Tobias Venn, a former chief whip who spent years trying to keep her in line, remembers her as "⟦p:c|ungovernable in the nicest possible way⟧". "⟦d:c|You'd go to Beatrix with the party line and come away having agreed to vote with her,⟧" he said.
Asked what she would miss, she thought for a long time. "⟦d:a|The people. Not the building. Never the building.⟧"

### 041
@m - | MPs
@a Gillian Frobisher | -
@b Adrian Keel | Severnvale Water's chief executive
@d Kamala Venkataraman | Its chief executive
@e Severnvale Water | -
The boss of Severnvale Water was accused by MPs on Tuesday of "⟦p:m|treating rivers as a free sewer⟧" after figures showed the company had discharged raw sewage on more than 14,000 occasions last year.
Gillian Frobisher, who chairs the Environment Committee, told Severnvale Water's chief executive, Adrian Keel, that his £1.1m bonus was "⟦p:a|an insult to every wild swimmer in the region⟧".
"⟦d:b|I understand the anger. I share it. But the bonus was set against targets that the board agreed three years ago, and the company met most of them,⟧" Keel said.
"⟦d:a|Most of them. Did it meet the one about sewage?⟧" Frobisher asked.
"⟦d:b|No, it did not.⟧"
The regulator, the Water Standards Authority, said last month it was investigating the company. Its chief executive, Dr Kamala Venkataraman, told the committee the investigation would conclude "⟦p:d|by the spring⟧". "⟦d:d|If we find that Severnvale has broken the law, we will not hesitate to use our full powers, including fines of up to 10 per cent of turnover,⟧" she said.
Severnvale Water said after the session that it was investing £2bn in its network. "⟦d:e|We are not hiding from our performance. We are fixing it,⟧" the company said.

### 042
@a Neville Carrick-Orr | The MP for Saltmarsh
@c - | One woman
@d - | A man in a high-visibility jacket
@e Ann Sowerby | The vicar of St Cuthbert's
@b Interior Ministry | -
More than 400 people packed into Saltmarsh community centre on Thursday evening for a meeting about plans to house 150 asylum seekers in the town's Seaview Hotel, with dozens more listening through the open doors.
The MP for Saltmarsh, Neville Carrick-Orr, told the meeting he had written to the Interior Ministry to object. "⟦d:a|This town was not consulted. I found out from a journalist, and so did the council,⟧" he said, to loud applause.
One woman, who said she lived three doors from the hotel, asked who would pay for extra doctors' appointments. "⟦d:c|We can't get a GP appointment now. Where are 150 more people going to go?⟧" she said.
A man in a high-visibility jacket shouted "⟦d:d|Send them back!⟧", drawing both cheers and boos, and part of the crowd began chanting "⟦s:-|Not in Saltmarsh⟧".
The vicar of St Cuthbert's, the Revd Ann Sowerby, asked for calm. "⟦d:e|Whatever you think about the policy, these are people who have fled wars. Some of them are children,⟧" she said. "⟦d:e|Let's please remember that when we talk about them.⟧"
The Interior Ministry said in a statement that the use of hotels was "⟦p:b|a temporary measure⟧". "⟦d:b|We are working to reduce the number of hotels in use and to move people into more appropriate accommodation as quickly as possible,⟧" it said.

### 043
@a Siobhán Ní Bhriain | the Parliamentary Commissioner for Standards
@b Hugo Waverley-Stokes | the National Party MP for Dunford
@d Ashbury Health | -
A former health minister broke lobbying rules by approaching officials on behalf of a medical supplies company that paid him £6,000 a month, the standards watchdog has found.
In a report published on Wednesday, the Parliamentary Commissioner for Standards, Siobhán Ní Bhriain, said Hugo Waverley-Stokes had made "⟦p:a|repeated and deliberate⟧" approaches to the health department on behalf of Ashbury Health. She wrote:
"⟦d:a:m|Mr Waverley-Stokes maintains that he was raising matters of public interest. I do not accept that. On each of the six occasions I have examined, the matter he raised was one from which his client stood to benefit directly.⟧
"⟦d:a|I consider this a serious breach, made worse by his lack of candour during my investigation.⟧"
The commissioner recommended that he be suspended from the Assembly for 21 sitting days.
In a statement, Waverley-Stokes, the National Party MP for Dunford, said he was "⟦p:b|deeply disappointed⟧" and would appeal. "⟦d:b|I have always acted in what I believed to be the best interests of patients. The commissioner has taken a narrow view of the rules, and I intend to challenge it,⟧" he said.
Ashbury Health said it had ended its contract with the MP in March and had "⟦p:d|at all times acted properly⟧".

### 044
@a Sandra Kowalczyk | Kingsford's mayor
@b Dave | -
@c Priti | -
@d Lenny Marsh | Presenter
Kingsford's mayor, Sandra Kowalczyk, faced an hour of questions from listeners on Radio Kingsford's Talkback on Wednesday, on everything from the new cycle lanes to the state of the market hall toilets.
First through was Dave, from Hillside, who said the cycle lane on Station Road had "⟦p:b|doubled my journey to work⟧". "⟦d:b|I've been a taxi driver for twenty-two years and I've never seen traffic like it. Who asked for this?⟧" he said.
"⟦d:a|Dave, I hear you, and I know the first few weeks have been difficult,⟧" Kowalczyk replied. "⟦d:a|We're monitoring the junction at the top of Station Road and we will change the signal timings if we need to.⟧"
Priti, calling from Oldgate, had a different complaint. "⟦d:c|I cycle my kids to school on that lane. It's the first time I've felt safe doing it. Please don't let the taxi drivers talk you out of it,⟧" she said.
Presenter Lenny Marsh asked the mayor whether she could really please both of them. "⟦d:d|Can you, though? Honestly?⟧"
"⟦d:a|Probably not,⟧" she admitted. "⟦d:a|But that's the job.⟧"

### 045
@a Teodora Vasilescu | Sen.
@b Patrick Mahony | a former palliative care doctor
@c Ruth Kinsella | The health minister
The Senate voted 34 to 26 on Thursday to pass the Medical Assistance in Dying Bill, after a debate in which senators spoke from personal experience of illness and bereavement.
Sen. Teodora Vasilescu, who introduced the bill as a private member's measure, spoke about her father's death from motor neurone disease. "⟦d:a|He asked me, near the end, whether anybody in this building would ever listen. Today, I hope the answer is yes,⟧" she said.
Sen. Patrick Mahony, a former palliative care doctor, urged colleagues to reject it. "⟦d:b|I have sat with hundreds of dying patients. Very few of them wanted to die sooner. Almost all of them wanted to be less afraid,⟧" he said. "⟦d:b|This bill answers the wrong question.⟧"
The health minister, Ruth Kinsella, who voted in favour in a personal capacity, said the government would "⟦p:c|respect the will of the Senate⟧". "⟦d:c|This has been this chamber at its best. Whatever side people came down on, they came down on it honestly,⟧" she said.
The bill now returns to the lower house for a final vote.

### 046
@a - | the chair
@b Barry Mulgrew | Cllr
@c Anthony Fensome | The council's deputy leader
@d Pauline Okeke | the council's monitoring officer
A meeting of Fordham District Council descended into farce on Wednesday night when a row over a single standing order delayed the start of the budget debate by more than an hour.
Trouble began when Cllr Barry Mulgrew rose on a point of order before the chair had finished reading the apologies for absence.
"⟦d:a|Councillor Mulgrew, I haven't opened the meeting yet.⟧"
"⟦d:b|Then I'll raise it when you have, chair. But I'm raising it.⟧"
Mulgrew argued that the budget papers had been published less than five clear working days before the meeting, in breach of standing order 14. The council's deputy leader, Cllr Anthony Fensome, said that was "⟦p:c|simply untrue⟧".
"⟦d:c|They went out on the Thursday. I pressed send myself,⟧" he said.
"⟦d:b|At eleven minutes to midnight.⟧"
"⟦d:c|It was still Thursday.⟧"
The chair eventually adjourned the meeting for twenty minutes to seek advice from the council's monitoring officer, Pauline Okeke. When members returned, she told them the papers had been published in time, "⟦p:d|if only just⟧".
"⟦d:d|The standing order refers to publication, not to when members happen to read their email,⟧" she said.
Mulgrew said afterwards that he had made his point. "⟦d:b|If you want people to scrutinise a £60 million budget, give them more than a weekend to read it,⟧" he said.

### 047
@a Martin Ebdon | The MP for Ribbleford
@b Graham Pettifer | the Liberty Party's leader
@c Simon Agyeman | The National Party's chairman
@d - | One National Party MP
The MP for Ribbleford, Martin Ebdon, defected from the governing National Party to the Liberty Party on Monday, becoming the third MP to switch sides this year.
Standing beside the Liberty Party's leader, Graham Pettifer, at a hastily arranged press conference in a hotel near the Assembly, Ebdon said he had "⟦p:a|agonised for months⟧" over the decision.
"⟦d:a|I didn't leave the National Party. The National Party left the people who voted for it,⟧" he said. "⟦d:a|I'm not proud of how long it took me to see that.⟧"
Pettifer, who had teased a "⟦p:b|major announcement⟧" on social media the night before, could barely contain his delight. "⟦d:b|Martin is a man of principle, and he's the first of many. Watch this space,⟧" he said.
Asked whether Ebdon would stand down and fight a by-election under his new colours, he shook his head. "⟦d:a|My constituents elected me, not a rosette.⟧"
The National Party's chairman, Simon Agyeman, said Ebdon had "⟦p:c|betrayed the voters of Ribbleford⟧". "⟦d:c|If he had any respect for them, he would let them decide. He knows he would lose,⟧" he said.
One National Party MP was more succinct: "⟦d:d|Good riddance.⟧"

### 048
@a Bernadette | a retired teacher
@b Kofi | a 19-year-old politics student
@c Lucy Penhallow | The campaign's field organiser
@d Anna Reyes-Whitlock | -
It is 7pm on a Tuesday in a draughty church hall in Westbury, and Bernadette, 68, a retired teacher, has been ringing strangers for two hours.
"⟦d:a|Hello, is that Mr Collins? My name's Bernadette and I'm calling on behalf of Anna Reyes-Whitlock, who's standing in the council elections next week,⟧" she says, in the voice she presumably once used for parents' evenings.
The line goes dead. She ticks a box and dials again.
"⟦d:a|You get used to it. Nine out of ten hang up. The tenth wants to tell you about his bins, and you listen,⟧" she said between calls.
At the next table, Kofi, a 19-year-old politics student, has a different technique. "⟦d:b|I just tell them I'm a student and I need the practice. People are nicer when they think they're doing you a favour,⟧" he said, grinning.
The campaign's field organiser, Lucy Penhallow, said the phone bank had made 6,000 calls since September. "⟦d:c|Leaflets tell people you exist. Conversations change votes. That's what these volunteers are doing,⟧" she said.
Reyes-Whitlock herself dropped in at half past eight with two boxes of doughnuts. She did not stay long. "⟦d:d|I've got three more halls to get to,⟧" she said. "⟦d:d|Don't eat them all, Kofi.⟧"

### 049
@c Owen Tregarthen | the Chancellor
@b Sarah Ruddock | The Home Secretary
@a Clement Adeyemi | The Prime Minister
@d Cabinet Office | -
@e - | A former cabinet minister
Ministers clashed at a cabinet meeting in February over whether to delay the government's flagship childcare scheme, according to minutes of the meeting leaked to the Courier.
According to the minutes, the Chancellor, Owen Tregarthen, told colleagues the scheme's cost had risen by £2.4bn and warned: "⟦d:c|We cannot fund this in full without either a tax rise or cuts elsewhere. I am not prepared to propose either.⟧"
The Home Secretary, Sarah Ruddock, is recorded as replying that delaying the scheme would be "⟦p:b|a political catastrophe⟧". "⟦d:b|We put this on the front of the manifesto. If we delay it, we will not be forgiven, and we will not deserve to be,⟧" she said, according to the minutes.
The Prime Minister, Clement Adeyemi, summed up by saying the scheme would go ahead "⟦p:a|on the timetable promised⟧", with the Treasury to "⟦p:a|find the money⟧".
The Cabinet Office said: "⟦d:d|We do not comment on leaks. Cabinet discussions are, and must remain, confidential.⟧"
A former cabinet minister said the minutes showed the Chancellor had been "⟦p:e|overruled in the clearest possible terms⟧". "⟦d:e|You don't see that written down very often. Someone wanted it seen,⟧" she said.

### 050
@a Giulia Marchetti-Ferraro | The president of Valtrenta
@b Alessandro De Luca | The opposition leader in the regional assembly
@c Pietro Sartori | the parish priest
TORREMARE — The president of Valtrenta, Giulia Marchetti-Ferraro, has defended her decision to close three mountain hospitals, telling the regional assembly that the current network was «⟦p:a|neither safe nor sustainable⟧».
«⟦d:a|Non chiudiamo ospedali, apriamo un sistema,⟧» she said on Tuesday. «⟦d:a|We are not closing hospitals, we are opening a system.⟧»
The opposition leader in the regional assembly, Alessandro De Luca, called the plan «⟦p:b|a death sentence for the valleys⟧». «⟦d:b|From San Vito to the nearest emergency department is now ninety minutes in winter. Ninety minutes. Tell that to a man having a heart attack,⟧» he said.
In San Vito itself, the parish priest, Don Pietro Sartori, led a candlelit procession of about 500 people past the shuttered hospital on Sunday night. Marchers carried a banner reading «⟦s:-|Giù le mani dal nostro ospedale⟧» — hands off our hospital.
«⟦d:c|This is not politics for us. It is whether our old people live or die,⟧» Sartori said.
Marchetti-Ferraro said helicopter cover would be extended to 24 hours a day from next month. «⟦d:a|The helicopter reaches San Vito in eighteen minutes. That is faster than any ambulance ever did,⟧» she said.

### 051
@b Anjali Deshpande | the author of the independent review of children's social care
@a Meredith Kaye | The chair of the committee
@c Bridget Okoro-Lane | director of children's services at Harwell council
@d Luke Ambrose | a 22-year-old care leaver
Children in care are being moved hundreds of miles from home because councils cannot find local placements, MPs were told on Wednesday.
Prof Anjali Deshpande, the author of the independent review of children's social care, told the Education Committee that private providers were making ``⟦p:b|eye-watering profits⟧'' from the shortage. ``⟦d:b|We have created a market in which the most vulnerable children in the country are the product. That should shame all of us,⟧'' she said.
The chair of the committee, Meredith Kaye, asked whether capping profits would simply drive providers out. ``⟦d:a|If you cap it, won't they just leave?⟧''
``⟦d:b|Some will. Others are making 20 per cent margins and will not,⟧'' Deshpande replied.
Bridget Okoro-Lane, director of children's services at Harwell council, said her authority paid up to £12,000 a week for a single placement. ``⟦d:c|That is more than the most expensive boarding school in the country charges in a term, and the outcomes are not remotely comparable,⟧'' she said.
Luke Ambrose, a 22-year-old care leaver, gave evidence last. He described being moved nine times between the ages of 12 and 16. ``⟦d:d|Every time, you lose your school, your friends, your football team. By the end you stop unpacking,⟧'' he said.
The committee will publish its report in the spring.

### 052
@a Honor Blakemore | a former headteacher standing as an independent
@b Tamsin Rowe | her campaign manager
@c - | One reporter
@d Meera Lalwani | the sitting MP
WYRESDALE — Honor Blakemore has given the same speech in eleven market towns in eleven days, and by Friday in Wyresdale she no longer needed notes.
"⟦d:a:m|When I was growing up here, there was a bus every twenty minutes, a bank on the high street and a maternity unit at the hospital. Now there's a bus every two hours, the bank is a vape shop and if you go into labour you'd better hope the roads are clear.⟧
"⟦d:a:m|Nobody voted for that. Nobody stood on a platform and said, 'Vote for me and I'll close your maternity unit.' It happened while the people you sent to Parliament were looking the other way.⟧
"⟦d:a|I'm asking you to send someone who will look this way.⟧"
The crowd of about 150, gathered in the cattle market car park, applauded politely. Blakemore, a former headteacher standing as an independent, is given an outside chance of unseating the sitting MP, Meera Lalwani, who has a majority of 4,000.
Afterwards, her campaign manager, Tamsin Rowe, admitted the polls were "⟦p:b|not where we'd like them⟧". "⟦d:b|But nobody polls market towns properly. We'll find out on the night,⟧" she said.
One reporter asked Blakemore whether she would ever take a party whip. "⟦d:c|Would you join a party if you won?⟧"
"⟦d:a|Not a chance,⟧" she said.
Lalwani, campaigning in the south of the constituency, said she had "⟦p:d|a lot of respect⟧" for her opponent. "⟦d:d|Honor cares about this place. So do I. The difference is I've got a record of delivering for it,⟧" she said.

### 053
@a Winston Garraway | Cllr
@p Jonas Pennock | an 18th-century merchant who made his fortune in the slave trade
@b Hilary Stoddart-Finch | a local historian
@d Roger Penfold | -
Councillors in Holmbury voted on Tuesday to rename Pennock Street, which takes its name from Jonas Pennock, an 18th-century merchant who made his fortune in the slave trade. From next spring it will be known as "⟦s:-|Harbour Street⟧".
Cllr Winston Garraway, who proposed the change, said the name was "⟦p:a|a daily insult⟧" to black residents of the town. "⟦d:a|My grandchildren walk down that street to school. I don't want them to grow up thinking this town is proud of Jonas Pennock,⟧" he said.
Hilary Stoddart-Finch, a local historian, told the meeting that Pennock's own ledgers listed enslaved people as "⟦p:p|cargo⟧" alongside sugar and rum. "⟦d:b|People say we shouldn't rewrite history. Renaming a street isn't rewriting history. It's deciding who we honour,⟧" she said.
Not everyone agreed. Roger Penfold, 77, who has lived on the street for fifty years, said the £30,000 cost of new signs was "⟦p:d|money we haven't got⟧". "⟦d:d|I'm not defending the man. I'm saying fix the potholes first,⟧" he said.
"⟦d:a|It's thirty thousand pounds. We spent more than that on the Christmas lights,⟧" Garraway replied.
The Holmbury Civic Society has asked for a plaque explaining the street's history to be placed at the corner with Quay Lane.

### 054
@a Farah Quadri | Detective Chief Inspector
@b Elections Commission | -
@c Des Whitty | the borough's returning officer
@d Yasmin Chaudhry | -
Police have arrested four people on suspicion of postal vote fraud in last month's council elections in Eastfold, the first such arrests in the borough for more than a decade.
Detective Chief Inspector Farah Quadri said officers had searched three addresses on Wednesday morning and seized a number of ballot papers and electronic devices. "⟦d:a|We are at an early stage. I would ask people not to speculate about the identity of those arrested or about any wider allegations,⟧" she told a briefing at Eastfold police station.
Asked whether the result in any ward might be overturned, Quadri said that was "⟦p:a|not a matter for the police⟧".
The Elections Commission said it was "⟦p:b|aware of the arrests⟧" and was in contact with the borough's returning officer, Des Whitty. "⟦d:b|Any voter with concerns about postal voting should contact their local electoral services team,⟧" the commission said.
Whitty said he had referred the concerns to police in May after staff noticed "⟦p:c|an unusual pattern⟧" of applications from a small number of addresses. "⟦d:c|Our staff did exactly what they are trained to do. I'm proud of them,⟧" he said.
Yasmin Chaudhry, who lost the Canal ward seat by 23 votes, said she had "⟦p:d|always suspected something was wrong⟧". "⟦d:d|I just want to know the truth. If I lost fairly, I'll accept it,⟧" she said.

### 055
@a Bryony Castell | The culture minister
@b - | the interviewer
@c Carrowmore FM | -
@d - | A source close to the minister
The culture minister, Bryony Castell, walked out of a live radio interview on Thursday after being asked about her use of a government car for a family holiday.
The interview on Carrowmore FM's Drive programme had been arranged to promote a new fund for community theatres. Castell had spoken for about four minutes when the interviewer raised a newspaper report that she had been driven 300 miles to a holiday cottage in the Lyne Valley.
"⟦d:b|Minister, did you use a ministerial car to go on holiday with your family?⟧" the interviewer asked.
"⟦d:a|I'm here to talk about community theatre,⟧" Castell said.
"⟦d:b|I understand that, but listeners want to know.⟧"
"⟦d:a|I've been very clear that all the rules were followed. Now, the theatre fund—⟧"
"⟦d:b|Which rules allow a minister to be driven to a holiday cottage?⟧"
There was a pause, followed by the sound of a chair being pushed back. "⟦d:a|I'm sorry, I have to go,⟧" the minister said.
Carrowmore FM said in a statement that the interview had been "⟦p:c|agreed without preconditions⟧". A source close to the minister said she had been "⟦p:d|ambushed⟧" and that the car had been used for "⟦p:d|a working weekend with ministerial boxes⟧".

### 056
@a Kaito Shimazu | Aokawa's prime minister
@b Elin Nordqvist | President
@c - | A reporter from the Aokawan broadcaster NKT
The leaders of Aokawa and Vestria signed a trade and security pact in Saltholm on Friday, pledging to double bilateral trade within five years.
Speaking through an interpreter at a joint press conference, Aokawa's prime minister, Kaito Shimazu, said the agreement marked "⟦p:a|a new chapter⟧" between two countries that had "⟦p:a|too long admired each other from a distance⟧".
"⟦d:a|Our peoples are separated by eleven time zones, but we share the same values: the rule of law, open markets and the peaceful settlement of disputes,⟧" he said.
President Elin Nordqvist of Vestria said the pact would open Aokawa's market to Vestrian salmon and timber for the first time. "⟦d:b|Our fishermen have been asking for this for twenty years. Today I can tell them: it's done,⟧" she said.
A reporter from the Aokawan broadcaster NKT asked Shimazu whether the security provisions were aimed at any third country. "⟦d:c|Is this pact directed at anyone?⟧"
"⟦d:a|It is directed at peace and prosperity. It is not directed against anyone,⟧" Shimazu replied, through the interpreter.
Nordqvist added, smiling: "⟦d:b|If anyone feels it's directed at them, perhaps they should ask themselves why.⟧"

### 057
@a Ifeoma Chukwu | the leader of Tollbridge Borough Council
@c Tollbridge Ratepayers' Association | -
@d Vincent Harcourt | Its chairman
@b Gordon Ashby | a retired bus driver
Every household in Tollbridge will this week receive a letter from the leader of Tollbridge Borough Council, Ifeoma Chukwu, explaining why their council tax is going up by the maximum 4.99 per cent.
In the letter, Chukwu writes that the council has "⟦p:a|cut everything it is possible to cut⟧" since 2010.
"⟦d:a:m|I know that for many of you this increase comes on top of higher food and energy bills, and I do not ask for it lightly.⟧
"⟦d:a|Without it, we would have to close four libraries and two of our three children's centres. I am not willing to do that, and I do not believe most of you want me to.⟧"
Speaking at the launch of the letter on Monday, Chukwu recalled her first budget as leader in 2016. "⟦d:a|We had a plan to close six libraries that year. I stood up and said no, and my finance director nearly resigned,⟧" she said. "⟦d:a|He's forgiven me since. Mostly.⟧"
The Tollbridge Ratepayers' Association said the letter was "⟦p:c|an expensive piece of propaganda⟧". Its chairman, Vincent Harcourt, said: "⟦d:d|Forty thousand letters, first class, to tell us they're short of money. You couldn't make it up.⟧"
Gordon Ashby, a retired bus driver, said he would pay the extra "⟦p:b|through gritted teeth⟧". "⟦d:b|I use the library every week. If that's what it takes to keep it open, fine. But they want to be careful,⟧" he said.

### 058
@b Rosalind Tarrant | Prime Minister
@c Hamza Qureshi | The leader of the opposition
@e Godfrey Amoah | his private secretary at the Foreign Office for four years
@d Ellen | His daughter
Tributes have been paid from across the political spectrum to Sir Anthony Ruskin-Bell, the former foreign secretary, who has died at the age of 88.
Prime Minister Rosalind Tarrant said he had been "⟦p:b|a giant of public life⟧". "⟦d:b|Tony served this country with courage and decency for half a century. He was kind to me when I was a nervous new member, and I have never forgotten it,⟧" she said in a statement.
The leader of the opposition, Hamza Qureshi, said that although the two men had "⟦p:c|disagreed about almost everything⟧", he had admired Sir Anthony's integrity. "⟦d:c|He never once, in my experience, said something in private that he would not have said in public. That is rarer than it should be,⟧" he wrote on social media.
Godfrey Amoah, his private secretary at the Foreign Office for four years, recalled a man who read every telegram himself. "⟦d:e|He would be in at six with a pencil, and by eight there would be notes in the margin of every cable from every embassy,⟧" Amoah said. "⟦d:e|He was also very funny, which people forget.⟧"
His daughter, Ellen, said the family had been "⟦p:d|overwhelmed⟧" by the messages. "⟦d:d|Dad would have pretended not to be pleased, and then read every one of them twice,⟧" she said.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh53.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh53",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
