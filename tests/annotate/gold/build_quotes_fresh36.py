# ruff: noqa: E501
"""Build ``quotes_fresh36.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is politics, courts
and hearings: parliamentary questions, committee and inquiry testimony, trials and
sentencing, tribunals, council meetings, press conferences and campaign events.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in the gold
folder); ``### NNN`` starts passage ``fresh36-NNN``.

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

Additional decisions for this set:

* A statement read out on someone's behalf (by a lawyer, a prosecutor, a relative)
  belongs to its author, not to the reader.
* In question-and-answer exchanges without speech verbs, each turn is attributed to
  whoever a careful reader takes to be speaking from the alternation of the exchange.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh36.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh36.jsonl")

PASSAGES = """
### 001
@a Delphine Okonkwo-Reyes | Housing Minister
@b Maren Lindqvist | the opposition's housing spokeswoman
@c Tobias Fenwright | The Speaker
Housing Minister Delphine Okonkwo-Reyes faced a bruising session of questions in the Assembly on Wednesday over the collapse of the Harbourside rental scheme, which was meant to deliver 4,000 affordable flats by next spring.
Maren Lindqvist, the opposition's housing spokeswoman, opened by asking how many of those flats had been completed. "⟦d:b|The answer, Minister, is eleven. Eleven. Will she tell the House who is going to live in the other 3,989?⟧"
Okonkwo-Reyes said the figure was "⟦p:a|a snapshot, not a verdict⟧" and that construction had begun on a further 600 units. "⟦d:a|I will not pretend the scheme has gone as we hoped,⟧" she said. "⟦d:a|But I will not let the member pretend that nothing has happened either.⟧"
Lindqvist was unmoved. "⟦d:b|Six hundred foundations are not six hundred homes.⟧"
The Speaker, Tobias Fenwright, twice called for order as members on the government benches heckled. "⟦d:c|The minister will be heard, and so will the member for Kessel Vale,⟧" he said.
In a follow-up, Lindqvist asked whether the minister had been warned in January that the lead contractor, Brackwater Homes, was in financial difficulty. Okonkwo-Reyes said she had received "⟦p:a|general briefings on market conditions⟧" but no specific warning.
"⟦d:b|General briefings,⟧" Lindqvist repeated. "⟦d:b|Perhaps she could publish them.⟧"
Brackwater Homes did not respond to a request for comment.

### 002
@a Anil Desai | the prosecutor
@b Hugh Marrable | defence barrister
@c Callum Reade | a 29-year-old delivery driver
@d Rosalind Achterberg | Judge
A delivery driver told a jury at Norbridge Crown Court that he "⟦p:c|froze⟧" when he saw a man being kicked outside a takeaway in Lowgate Street last October.
Callum Reade, a 29-year-old delivery driver, was giving evidence on the third day of the trial of Damon Pryce, 34, who denies murdering 51-year-old Terence Holm.
Under questioning from the prosecutor, Anil Desai KC, Mr Reade described seeing two men standing over Mr Holm. "⟦d:c|One of them had a hood up. The other one was shouting, 'Stay down, stay down.'⟧"
"⟦d:a|Could you see the face of the man with the hood?⟧"
"⟦d:c|Not properly. Only when he turned towards the light.⟧"
"⟦d:a|And when he turned, who did you see?⟧"
"⟦d:c|I thought it was him,⟧" Mr Reade said, pointing towards the dock.
Cross-examining, defence barrister Hugh Marrable asked the witness how far away he had been standing. Mr Reade estimated 30 metres. "⟦d:b|Thirty metres, at night, in the rain, through a windscreen,⟧" Mr Marrable said. "⟦d:b|You told police the next morning you 'couldn't be sure'. What has changed?⟧"
"⟦d:c|Nothing has changed. I'm still not completely sure.⟧"
Judge Rosalind Achterberg reminded jurors that they must decide the case only on the evidence heard in court. "⟦d:d|What you may have read or heard outside this room is not evidence,⟧" she told them.
Mr Pryce denies murder. The trial continues.

### 003
@a Bernadette Quayle | the committee’s chairwoman
@b Owain Prydderch | a resident of Fenny Lane for 40 years
@c Lomax Retail | -
@d - | one objector
@e Shona Birkett | the council’s head of planning
Plans for a 24-hour distribution warehouse on the edge of Hallam Moor were approved by six votes to five at a heated meeting of Ashcombe District Council’s planning committee on Tuesday night.
More than 200 residents crowded into the council chamber and an overflow room, some holding placards reading “⟦s:-|Save Hallam Moor⟧” and “⟦s:-|Lorries Out⟧”.
Owain Prydderch, a resident of Fenny Lane for 40 years, told councillors the road outside his house was already “⟦p:b|a rat run⟧”. “⟦d:b|You are about to send 300 lorries a day past a primary school. I would like each of you to tell me, before you vote, that you have walked that road at half past three.⟧”
The applicant, Lomax Retail, said the scheme would create 450 jobs. “⟦d:c|We have listened carefully to local concerns and have reduced the building’s height by four metres,⟧” the company said in a statement read to the meeting by its agent.
Shona Birkett, the council’s head of planning, said officers had found no grounds to refuse. “⟦d:e|The site is allocated for employment use in the local plan,⟧” she told members. “⟦d:e|If the committee refuses, it must give reasons that would stand up at appeal, and I have to be frank that I don’t think there are any.⟧”
When the committee’s chairwoman, Cllr Bernadette Quayle, cast the deciding vote, there were shouts of “⟦d:-|Shame!⟧” from the public gallery. One objector stood and called out: “⟦d:d|You’ve sold us out.⟧”
Ms Quayle later said she had voted “⟦p:a|with a heavy heart⟧”. “⟦d:a|I understand the anger in that room tonight. But we are bound by the plan and by the law,⟧” she said.

### 004
@a Fergus Anstruther | The committee’s chairman
@b Julian Heseltyne-Brooke | chief executive of Severnmouth Water
@c Kwame Asante | Committee member
@d Severnmouth Water | -
The chief executive of Severnmouth Water admitted to MPs on Thursday that the company had discharged raw sewage into the River Tamsin on 212 days last year, but insisted it was “⟦p:b|not a company in crisis⟧”.
Julian Heseltyne-Brooke, chief executive of Severnmouth Water, was appearing before the Environment Select Committee alongside the company’s finance director, Annika Roos, who was not called to speak.
The committee’s chairman, Fergus Anstruther MP, began by asking whether Mr Heseltyne-Brooke had personally swum in the river. “⟦d:b|I have not, no,⟧” he replied.
“⟦d:a|Would you let your children?⟧”
“⟦d:b|On the days when the monitoring says it is safe, yes.⟧”
“⟦d:a|And how many days last summer did the monitoring say that?⟧”
Mr Heseltyne-Brooke said he did not have the figure to hand. He promised to write to the committee.
Committee member Kwame Asante pressed him on the £38m paid in dividends over the same period. “⟦d:c|Your customers’ bills went up by 11 per cent. Your shareholders did very nicely. Your river did not. Explain that to my constituents.⟧”
“⟦d:b|I accept that the public finds that difficult to understand,⟧” Mr Heseltyne-Brooke said, adding that the company had committed £1.2bn to upgrades over the next decade. “⟦d:b|We are not a company in crisis. We are a company in the middle of a very large job.⟧”
In a statement after the hearing, Severnmouth Water said it was “⟦p:d|fully committed to transparency⟧” and would publish its monitoring data monthly.

### 005
@a Imelda Fairweather | Judge
@b Sorcha Ní Bhriain | Ellis's mother
@c Meredith Cole | prosecutor
@d Gareth Vane | -
A man who killed a cyclist while driving at almost twice the speed limit has been jailed for eight years and four months.
Liam Dorsey, 27, of Carrow Road, Pentrith, admitted causing death by dangerous driving. Ellis Hart, 19, was cycling home from a shift at a bakery when Dorsey's Audi struck him on the B4410 in February.
In a statement read to the court by prosecutor Meredith Cole, Ellis's mother, Sorcha Ní Bhriain, said the family had been "⟦p:b|hollowed out⟧".
"⟦d:b:m|Ellis was the one who made us laugh. He was saving for a motorbike, which terrified me, and now I would give anything to be terrified for him again.⟧
"⟦d:b|I do not know how to forgive. Perhaps one day I will. Not today.⟧"
Ms Cole told the court that Dorsey had been seen on dashcam footage overtaking three cars on a blind bend minutes before the crash. "⟦d:c|This was not a momentary lapse. It was a sustained course of appalling driving,⟧" she said.
In mitigation, Gareth Vane said his client was "⟦p:d|genuinely and profoundly remorseful⟧" and had written a letter to the family.
Judge Imelda Fairweather said the letter did him some credit but could not outweigh the seriousness of the offence. "⟦d:a|You chose to drive as you did. Ellis Hart had no choice at all,⟧" she told Dorsey, who kept his head bowed.
"⟦d:a|No sentence I pass can measure the value of his life. That is not what this sentence is for.⟧"
Dorsey was also banned from driving for 12 years.

### 006
@a Nadia Kowalczyk | Detective Chief Inspector
@b - | one reporter
@c Marcus Tembe | Ms Tembe's brother
@d Westfield Police | -
Police searching for a missing 42-year-old woman from Caldermouth have arrested a man on suspicion of kidnap, detectives said on Sunday.
Grace Tembe was last seen leaving her workplace at a veterinary surgery on Hollin Street at about 6.15pm on Thursday.
Speaking at a press conference at Caldermouth police station, Detective Chief Inspector Nadia Kowalczyk said the 45-year-old man, who is known to Ms Tembe, was being questioned. ``⟦d:a|Our priority remains finding Grace, and we are keeping an open mind,⟧'' she said. ``⟦d:a|I would ask anyone who was on Hollin Street or the ring road on Thursday evening to check their dashcam footage.⟧''
Asked by one reporter, ``⟦d:b|Do you believe she is still alive?⟧'' the detective paused. ``⟦d:a|We are treating this as a missing person inquiry. I'm not going to speculate beyond that.⟧''
Ms Tembe's brother, Marcus Tembe, sat beside her and read a short appeal. ``⟦d:c|Grace, if you can see this, we love you and we just want you home. If anyone knows anything, please, please call the police.⟧''
Westfield Police said specialist search teams and a helicopter had been deployed to woodland near Pikes Lane. ``⟦d:d|Members of the public should not attempt to search the area themselves,⟧'' the force said.

### 007
@a Yasmin El-Amin | a former senior analyst at Corvell Insurance
@b Petra Lindahl | Corvell’s head of people
@c Graham Stott | Employment Judge
@d Corvell Insurance | -
@e Naomi Barraclough | Her barrister
Yasmin El-Amin, a former senior analyst at Corvell Insurance, told an employment tribunal in Brackenfield on Monday that she was dismissed eleven weeks after complaining that pregnant colleagues were being passed over for promotion.
Ms El-Amin, 36, claims unfair dismissal and whistleblowing detriment. Corvell denies both claims and says her role was made redundant in a restructure.
“⟦d:a|I raised it because nobody else would,⟧” she said. “⟦d:a|Three women in my team had gone on maternity leave and come back to find their projects had been handed to someone else. I put that in writing. After that, I was not invited to a single strategy meeting.⟧”
Cross-examined by Corvell’s counsel, Ms El-Amin accepted that the restructure had affected 40 roles across the business. “⟦d:a|Forty roles, yes. But mine was the only one in my department.⟧”
Petra Lindahl, Corvell’s head of people, said the decision had been made on “⟦p:b|objective criteria⟧” before Ms El-Amin’s email was received.
Her barrister, Naomi Barraclough, put it to Ms Lindahl that the scoring sheet used to select roles for redundancy had been created two days after the email. “⟦d:e|Can you explain the date on this document?⟧”
“⟦d:b|It was finalised on that date. The scoring had been discussed earlier.⟧”
“⟦d:e|Discussed where? There is no record of it.⟧”
“⟦d:b|In conversations. Not everything is written down.⟧”
Employment Judge Graham Stott asked both sides to provide a complete timeline of the documents by Wednesday. “⟦d:c|The chronology is going to matter a great deal in this case,⟧” he said.
In a statement, Corvell Insurance said it “⟦p:d|takes all concerns raised by employees seriously⟧” and would “⟦p:d|defend the claim robustly⟧”.

### 008
@a Teodor Mărculescu | the Civic Alliance candidate
@b Ronan Bellweather | Mayor
@c - | One voter
@e Jolene Pryor | a retired nurse who listened to both men
With nine days to go before the Port Ellery mayoral election, Teodor Mărculescu, the Civic Alliance candidate, spent Saturday morning on a milk crate outside the covered market, promising to “⟦p:a|take the buses back⟧”.
“⟦d:a|Every time the fares go up, the council tells us it has no choice,⟧” he told a crowd of about 150. “⟦d:a|It always has a choice. It just keeps choosing the operator over you.⟧”
The 38-year-old, who came to Port Ellery from Cluj as a student, switched briefly into Romanian for a group of supporters near the front. “⟦d:a|Mulțumesc că ați venit,⟧” he said — “⟦d:a|Thank you for coming⟧” — before joking: “⟦d:a|My mother will be watching this on Facebook. Hello, Mama.⟧”
Across town, Mayor Ronan Bellweather, who is seeking a third term, was knocking on doors in Dunmore Heights. He dismissed his rival’s transport plan as “⟦p:b|a wish list with no price tag⟧”.
“⟦d:b|I’ve been doing this job for eight years. I know what things cost, and I know what the council can afford,⟧” he said. “⟦d:b|Mr Mărculescu is a very good speaker. I’ll give him that.⟧”
One voter, who stopped Mr Bellweather on his doorstep, said: “⟦d:c|You say that every time. The bus still doesn’t come.⟧”
Jolene Pryor, a retired nurse who listened to both men, said she was undecided. “⟦d:e|They both sound lovely on a Saturday. I want to know what they’ll do on a wet Tuesday in February.⟧”

### 009
@a Helen Oduya | counsel to the inquiry
@b Margaret Ellory | the hospital trust's former chief nurse
@c Desmond Achebe-Lyle | The inquiry chairman
@d Lucy Fenn | -
The former chief nurse of St Aldhelm's Hospital has told a public inquiry that she raised concerns about staffing on the neonatal unit "⟦p:b|more times than I can count⟧" but was repeatedly told there was no money.
Margaret Ellory, the hospital trust's former chief nurse, gave evidence for most of Tuesday to the inquiry into the deaths of 14 babies at the Wexmoor hospital between 2019 and 2022.
Helen Oduya, counsel to the inquiry, took her through a series of board papers. "⟦d:a|Mrs Ellory, in March 2020 you described the unit's staffing as 'fragile'. What did you mean by that word?⟧"
The witness took some time to answer.
"⟦d:b:m|I meant that on any given night we were one sickness absence away from being unsafe. Sometimes we were there already.⟧
"⟦d:b|I said so to the board. I said so to the executive team. I put it in writing. The answer, every time, was that there was a recruitment plan and it would take time.⟧"
"⟦d:a|Did you consider that answer adequate?⟧" Ms Oduya asked.
"⟦d:b|No. I don't think I did. But I accepted it, and I have to live with that.⟧"
The inquiry chairman, Sir Desmond Achebe-Lyle, intervened to ask whether she had considered going to the regulator. Mrs Ellory said she had thought about it "⟦p:b|many times⟧". "⟦d:b|I believed I could do more good inside the building than outside it,⟧" she said. "⟦d:b|I am no longer sure that was right.⟧"
"⟦d:c|Thank you for your candour, Mrs Ellory,⟧" Sir Desmond said.
Outside the hearing, Lucy Fenn, whose son Alfie died on the unit in 2021, said the evidence was "⟦p:d|painful but necessary⟧". "⟦d:d|We've waited four years to hear someone say that out loud.⟧"

### 010
@a - | A spokesperson for the Treasury
@b - | One senior backbencher
@c Clement Ashdown-Fitch | Shadow Chancellor
@d Ingrid Solheim | the Treasury's permanent secretary
Ministers were warned last month that plans to freeze fuel duty for a fourth year would leave a £3.4bn hole in the public finances, according to a leaked memo seen by this newspaper.
The memo, written by the Treasury's permanent secretary, Ingrid Solheim, describes the freeze as "⟦p:d|difficult to reconcile with the fiscal rules⟧" and warns that "⟦p:d|further measures will be needed before the autumn⟧".
"⟦d:d|Ministers should be aware that the market is unlikely to regard this as a one-off,⟧" she wrote.
A spokesperson for the Treasury said: "⟦d:a|We do not comment on leaks. The Chancellor will set out her plans at the Budget in the usual way.⟧"
Shadow Chancellor Clement Ashdown-Fitch said the memo showed the government was "⟦p:c|making it up as it goes along⟧". Mr Ashdown-Fitch added: "⟦d:c|If the Treasury's own officials don't believe the numbers, why should anyone else?⟧"
One senior backbencher said privately that the leak had caused "⟦p:b|real alarm⟧" among MPs in marginal seats. "⟦d:b|People are already hearing about fuel prices on the doorstep. This won't help.⟧"

### 011
@a Adaeze Morrow | Justice
@b Helga Brandvold | Justice
@c Tarrow Valley Residents’ Association | -
@d Kestrel Aggregates | -
The Court of Appeal has overturned a decision allowing Kestrel Aggregates to extend its quarry at Tarrow Edge, ruling by two to one that the planning inspector failed to consider the effect on a protected bat colony.
Justice Adaeze Morrow, writing for the majority, said the inspector had treated the ecological evidence as “⟦p:a|a box to be ticked rather than a question to be answered⟧”.
“⟦d:a|The inspector was entitled to prefer one expert over another. What he was not entitled to do was to ignore the other altogether,⟧” she wrote.
Justice Helga Brandvold, dissenting, said the majority had “⟦p:b|set the bar for reasons higher than the law requires⟧”. “⟦d:b|Decision letters are not to be read like statutes,⟧” she wrote. “⟦d:b|Read fairly and as a whole, this one deals with the bats.⟧”
Justice Arnav Suri agreed with Justice Morrow without adding reasons of his own.
The Tarrow Valley Residents’ Association, which brought the challenge, said it was “⟦p:c|delighted and relieved⟧”. “⟦d:c|This is a victory for a small community against a very large company,⟧” the association said.
Kestrel Aggregates said it was studying the judgment. “⟦d:d|We remain confident that the extension can be delivered responsibly and will consider our options, including a further appeal,⟧” its statement said.

### 012
@a Dermot Kinsella | Council leader
@b Hamish Orrock | The opposition leader
@c - | a woman in the public gallery
@d Fiona Mackle | His deputy
Strathbannock Council has voted to close four of its eleven libraries as part of £14m of savings, after a three-hour debate that was twice halted by protesters.
Council leader Dermot Kinsella told the chamber there was ``⟦p:a|no painless option left⟧''. ``⟦d:a|We have had our grant cut in real terms for nine years running. I did not come into politics to close libraries, and I take no pleasure in it,⟧'' he said.
The opposition leader, Hamish Orrock, accused him of ``⟦p:b|hiding behind the Executive⟧''.
``⟦d:b|You found money for a new council headquarters. You found money for consultants. You cannot find money for books?⟧''
``⟦d:a|The headquarters was approved before I was leader, as he well knows.⟧''
``⟦d:b|And you voted for it.⟧''
Mr Kinsella did not reply.
During the debate a woman in the public gallery stood up and shouted, ``⟦d:c|My kids do their homework in that library because we haven't got the internet at home!⟧'' She was escorted out to applause.
His deputy, Fiona Mackle, who holds the finance brief, said the council would work with community groups interested in running the buildings. ``⟦d:d|Closure of a council service does not have to mean closure of the building,⟧'' she said.

### 013
@a Joaquim Ferreira da Silva | -
@b Rhiannon Pugh | Judge
@c Oksana Derevianko | Presenting officer
A former fisherman who has lived in Carrowby for 23 years has won his appeal against deportation after a tribunal judge found that removing him would be «⟦p:b|disproportionate⟧».
Joaquim Ferreira da Silva, 52, gave evidence in Portuguese through an interpreter at the First-tier Tribunal in Carrowby last month. The judge’s written decision was published on Friday.
Asked why he had never applied to regularise his status, Mr Ferreira da Silva said: «⟦d:a|Eu tinha medo. Medo de perder tudo.⟧» — «⟦d:a|I was afraid. Afraid of losing everything.⟧»
He told the tribunal he had worked on trawlers out of Carrowby harbour since 2001. «⟦d:a|The sea here is my sea now. My grandchildren are here. Where would I go?⟧»
Presenting officer Oksana Derevianko argued that he had «⟦p:c|deliberately remained below the radar⟧» for two decades. «⟦d:c|The public interest in effective immigration control does not diminish because a breach has gone on for a long time,⟧» she said.
Judge Rhiannon Pugh disagreed. «⟦d:b|He has built a life here in every sense that matters. His removal would sever him from his family and from the only work he knows,⟧» she wrote.
Mr Ferreira da Silva’s solicitor, Bernard Ogunleye, said his client had wept when he was told the news.

### 014
@a Priyanka Raghunathan | Transport Secretary
@b Edmund Carrow-Willis | Prime Minister
@c - | A government source
Transport Secretary Priyanka Raghunathan has resigned from the cabinet over the government's decision to scrap the northern rail link, saying she could not "⟦p:a|in good conscience⟧" defend it.
In a letter posted on social media on Monday evening, she wrote: "⟦d:a:m|I have spent two years telling communities across the north that this line would be built. I meant every word.⟧
"⟦d:a|I cannot now go back to those same communities and tell them that it will not. It is with great sadness, and with no ill will towards colleagues, that I resign.⟧"
In his reply, Prime Minister Edmund Carrow-Willis thanked her for her "⟦p:b|energy and dedication⟧". "⟦d:b|I understand and respect your decision, though I regret it,⟧" he wrote. "⟦d:b|Difficult choices about spending are the price of responsible government.⟧"
A government source said the resignation had been "⟦p:c|expected for some days⟧" and that a successor would be named on Tuesday.

### 015
@a Lorraine Whitcombe | The committee's chair
@b Dale R. Haverkamp | Kettle County Sheriff
@c Mónica Villaseñor-Ruiz | a first-term senator from the east side
A county sheriff defended his department's use of facial-recognition software at a tense state Senate hearing on Tuesday, telling lawmakers it had helped close "⟦p:b|dozens⟧" of cases that would otherwise have gone cold.
Kettle County Sheriff Dale R. Haverkamp said the technology was used only as "⟦p:b|an investigative lead, never as the basis for an arrest⟧".
"⟦d:b|No one in my county has been arrested because a computer said so,⟧" he told the Senate Judiciary Committee. "⟦d:b|A human detective looks at every match. Every single one.⟧"
Sen. Mónica Villaseñor-Ruiz, a first-term senator from the east side, asked how many matches had turned out to be wrong. Haverkamp said he did not know.
"⟦d:c|You don't know,⟧" she said. "⟦d:c|Sheriff, that's my point. Nobody knows. That's why we're here.⟧"
The committee's chair, Sen. Lorraine Whitcombe, said she intended to bring a bill requiring agencies to publish annual audits. "⟦d:a|I'm not trying to ban anything. I'm trying to find out what's going on,⟧" Whitcombe said after the hearing. "⟦d:a|If the sheriff is right, the audits will prove it.⟧"
Haverkamp said he would "⟦p:b|cooperate with any reasonable request⟧" but warned against "⟦p:b|tying our hands while the other side uses every tool it has⟧".

### 016
@a Aroha Tane | a 24-year-old youth worker
@b Jess | Her flatmate
@c Gordon Pleasance | The sitting councillor for the ward
@d Mere | Her grandmother
At 7.40 on a Thursday evening, Aroha Tane, a 24-year-old youth worker, is on her fourth street of the night, and her phone battery is at nine per cent.
“⟦d:a|People either talk to you for two seconds or twenty minutes. There is no in-between,⟧” she says, tucking a clipboard under her arm.
Aroha is standing for the Te Waiora ward of Pukerangi District Council in next month’s local elections. She has never held office, never been a member of a party, and until March had never been to a council meeting.
“⟦d:a|I went because the skate park was getting closed and nobody asked any of the kids. I sat in the public seats and thought, hang on, I could do this.⟧”
Her flatmate, Jess, has been roped in as campaign manager, driver and designer of leaflets. “⟦d:b|Our kitchen table is now a campaign headquarters. We eat dinner on the couch,⟧” Jess says.
The sitting councillor for the ward, Gordon Pleasance, has held the seat for 15 years and is standing again. He says he welcomes the contest. “⟦d:c|It’s good for democracy. Young people should get involved. I just think experience counts for something when you’re signing off a $90 million budget.⟧”
Aroha laughs when she hears that. “⟦d:a|Experience of what, though? Of not fixing the skate park?⟧”
Her grandmother, Mere, who has lived in Te Waiora all her life, has one piece of advice. “⟦d:d|Kia kaha, e moko,⟧” she tells her — “⟦d:d|be strong, grandchild⟧”. “⟦d:d|Win or lose, we’re proud of you.⟧”

### 017
@a Samuel Otieno-Brandt | Justice Minister
@b Hilary Voss | Your predecessor
@c - | the governor
Justice Minister Samuel Otieno-Brandt, who took office in April, has described the country's prisons as "⟦p:a|one bad week from breaking point⟧". He spoke to the Herald about early release, overcrowding and his own record. This interview has been edited for length and clarity.
Q: You've announced that some prisoners will be released after serving 40 per cent of their sentences. Isn't that just emptying prisons because you've run out of space?
A: It's because we've run out of space, yes. I'm not going to pretend otherwise. The alternative is police cells full of people with nowhere to go.
Q: Your predecessor, Hilary Voss, called early release "⟦p:b|a betrayal of victims⟧".
A: With respect, she left me 600 spare places in a system of 88,000. I visited Fellgate last month and the governor said to me, "⟦d:c|I'm running a warehouse, not a prison.⟧" That stays with me.
Q: Will you build more prisons?
A: We'll build two. But you can't build your way out of this. The phrase "⟦s:-|lock them up⟧" has won a lot of elections. It hasn't made anyone safer.

### 018
@a Kieran Mallory | -
@b Beatrix Oyelaran-Smythe | The chair of the bench
@c Gemma Stroud | Prosecutor
@d Abdi Warsame | the civil enforcement officer
A builder known to friends as «⟦s:-|Tank⟧» has been fined £480 after he ripped a parking ticket from the hand of a traffic warden and ate it.
Kieran Mallory, 41, of Sandgate Terrace, Wrayburn, admitted a public order offence at Wrayburn Magistrates’ Court on Friday.
Prosecutor Gemma Stroud said the civil enforcement officer, Abdi Warsame, had been issuing a ticket to Mallory’s van outside a bakery on Fore Street when Mallory came out and snatched it. «⟦d:c|He then put the ticket in his mouth, chewed it and swallowed it, while maintaining eye contact with Mr Warsame,⟧» Ms Stroud said.
In a statement read to the court, Mr Warsame said he had been «⟦p:d|humiliated⟧» in front of shoppers. «⟦d:d|People were filming and laughing. I am just doing my job,⟧» he said.
Mallory, representing himself, told magistrates: «⟦d:a|I’m not proud of it. It was a bad day and it was a bad ticket, but I accept it was a bad idea to eat it.⟧»
The chair of the bench, Beatrix Oyelaran-Smythe, told him: «⟦d:b|Whatever you thought of the ticket, Mr Warsame did not deserve that. And the ticket, for the record, still stands.⟧»
He was also ordered to pay £85 in costs — and the original £70 parking charge.

### 019
@a Colette Arsenault | Premier
@b Ruairí Mac Giolla Phádraig | federal Energy Minister
@c - | A reporter from Radio Estuaire
@d - | One official in the premier's office
Premier Colette Arsenault and federal Energy Minister Ruairí Mac Giolla Phádraig announced a $2.1 billion agreement on Monday to build a transmission line linking the province's northern wind farms to the national grid.
Speaking first in French, Arsenault called the deal "⟦p:a|historique⟧". "⟦d:a|C'est une journée que nos régions attendent depuis vingt ans,⟧" she said, before repeating in English: "⟦d:a|This is a day our regions have been waiting for for twenty years.⟧"
Mac Giolla Phádraig said the federal government would cover 60 per cent of the cost. "⟦d:b|We have argued about this line for a long time. Today we stop arguing and start digging,⟧" he said.
A reporter from Radio Estuaire asked whether the timeline, which foresees the line operating by 2031, was realistic. "⟦d:c|Your predecessor promised 2026. Why should people believe 2031?⟧"
"⟦d:b|Because this time the money is signed,⟧" the minister replied. Arsenault, smiling, added: "⟦d:a|And because I will be reminding him every week.⟧"
Not everyone was convinced. One official in the premier's office, who spoke on condition of anonymity because they were not authorised to discuss the negotiations, said the final 40 per cent of funding was "⟦p:d|still very much a question mark⟧".

### 020
@a Harriet Olonisakin | Senior coroner
@b Anna-Lise Brennan | a GP at the Quarry Lane surgery
@c Joanne Whitlow | His mother
@d Quarry Lane Medical Practice | -
A coroner has ruled that a missed opportunity to diagnose sepsis “⟦p:a|more than minimally contributed⟧” to the death of a 17-year-old apprentice electrician.
Theo Whitlow died at Ravensgarth General Hospital in November 2023, two days after he was seen at a GP practice in Holmby and sent home with painkillers.
Dr Anna-Lise Brennan, a GP at the Quarry Lane surgery, told the inquest in Holmby that Theo’s symptoms had been “⟦p:b|consistent with a viral illness⟧” at the time. “⟦d:b|With hindsight, I would have checked his temperature and heart rate again before he left. I think about that a great deal,⟧” she said.
His mother, Joanne Whitlow, said she had told the doctor her son was “⟦p:c|not himself at all⟧”. “⟦d:c|I said he was grey. I said it twice. I don’t think anybody wrote that down.⟧”
Senior coroner Harriet Olonisakin said she did not doubt Dr Brennan’s sincerity. “⟦d:a|But the notes record no observations at all after the first ten minutes of the consultation, and I am satisfied that had they been repeated, he would more likely than not have been admitted,⟧” she said.
She said she would write a prevention of future deaths report to the regional health board.
In a statement, Quarry Lane Medical Practice said it had “⟦p:d|already changed its procedures⟧”. “⟦d:d|Our thoughts are with Theo’s family,⟧” it said.

### 021
@a Grace Abernethy-Cole | the chair of the Defence Committee
@b Rachel Sowerby | Defence procurement minister
@c Philippa Thring | the ministry's permanent secretary
@d Bronwen Idris-Jones | -
The Ministry of Defence has admitted that a fleet of 44 armoured vehicles ordered in 2017 will not enter service until at least 2029, six years later than planned.
Defence procurement minister Rachel Sowerby told the Defence Committee on Wednesday that the programme had been "⟦p:b|badly managed from the start⟧". "⟦d:b|I am not here to defend the indefensible,⟧" she said. "⟦d:b|I am here to tell you what we are doing to fix it.⟧"
Grace Abernethy-Cole, the chair of the Defence Committee, asked how much had been spent so far. The minister turned to the ministry's permanent secretary, Dame Philippa Thring, who said the figure was £1.9bn.
"⟦d:a|And how many vehicles do we have for £1.9bn?⟧"
"⟦d:c|Eleven have been delivered. None has yet been accepted into service,⟧" the permanent secretary said.
Bronwen Idris-Jones, who represents a naval constituency, said soldiers had been training on 30-year-old vehicles. "⟦d:d|We are sending people to do a 2025 job with 1995 kit,⟧" she said. "⟦d:d|Somebody should lose their job over this.⟧"
Ms Sowerby said the supplier had been put on "⟦p:b|formal notice⟧". Asked whether the contract might be cancelled, she said: "⟦d:b|Nothing is off the table.⟧"

### 022
@a Ifeoma Chukwu-Harding | the returning officer
@b Stuart McAllister | a former headteacher standing as an independent
@c Nigel Pettigrew | -
It was just after 4am when the returning officer, Ifeoma Chukwu-Harding, stepped up to the microphone at the Dunlow Leisure Centre. ``⟦d:a|I hereby declare that Stuart McAllister is duly elected as the member for Dunlow and Marsh,⟧'' she said, and the rest was lost in the noise.
Stuart McAllister, a former headteacher standing as an independent, had won by 1,312 votes in a seat few had thought winnable a month ago. As supporters chanted ``⟦s:-|Stu-art! Stu-art!⟧'', he struggled to begin his speech.
``⟦d:b|I'm a teacher. I'm used to waiting for a room to be quiet,⟧'' he joked, to laughter. ``⟦d:b|This constituency has been taken for granted for far too long. From tonight, it won't be.⟧''
Nigel Pettigrew, who had held the seat since 2010, congratulated his opponent but was heckled as he began to speak. Someone at the back of the hall shouted ``⟦d:-|Go home, Nigel!⟧''
``⟦d:c|I have served this community for fourteen years and I have loved every minute of it,⟧'' Mr Pettigrew said when the noise died down. ``⟦d:c|The voters are never wrong. Tonight they wanted change, and they shall have it.⟧''

### 023
@a J.P. Okafor-Lindgren | a lawyer for the families
@b Brightwater Academies Trust | -
@d Lorna Haig | the trust’s former safeguarding lead
Twenty-three families have begun legal action against Brightwater Academies Trust, alleging that it failed to act on repeated warnings about a teacher who was later convicted of assaulting pupils.
According to Lorna Haig, the trust’s former safeguarding lead, at least four written complaints were made about the teacher between 2019 and 2021. “⟦d:d|I passed every one of them up the chain. I was told each time that it was being handled,⟧” she told this newspaper.
J.P. Okafor-Lindgren, a lawyer for the families, said the claim would seek damages and “⟦p:a|a full public account⟧” of what senior staff knew. “⟦d:a|These parents trusted the school with their children. They are entitled to know exactly who decided to do nothing,⟧” he said.
Brightwater Academies Trust said it could not comment on ongoing legal proceedings. “⟦d:b|The safety of our pupils is paramount, and we have overhauled our safeguarding procedures since 2021,⟧” the trust said.

### 024
@a Constance Ebrahimi | Judge
@b Tessa Morland | The prosecutor
@c Abigail Nwosu-Pratt | His barrister
@d Raymond Leckie | -
A former deputy leader of Calder Bridge Council who stole more than £210,000 from a charity set up to help flood victims has been jailed for four years.
Raymond Leckie, 63, pleaded guilty to fraud by abuse of position at Hallamford Crown Court.
The prosecutor, Tessa Morland, told the court that Leckie had been treasurer of the Calder Bridge Flood Fund from 2016 to 2019. "⟦d:b|He spent the money on holidays, a caravan and his gambling debts, while families were living in temporary accommodation,⟧" she said.
His barrister, Abigail Nwosu-Pratt, said he had "⟦p:c|lost everything⟧", including his marriage and his standing in the town. "⟦d:c|He has been a figure of public contempt for two years. That is a punishment of its own,⟧" she said.
Her Honour Judge Constance Ebrahimi said she accepted that he was ashamed, but that the breach of trust was "⟦p:a|of the gravest kind⟧".
"⟦d:a:m|You were trusted by your community at the moment it was most vulnerable. People who had lost their homes gave what little they had to that fund. Some of them are in court today.⟧
"⟦d:a|You treated their generosity as your private account. I have no doubt that you are sorry now. You were not sorry for the three years in which you were doing it.⟧"
Leckie, who wept in the dock, said "⟦d:d|I'm sorry⟧" as he was led to the cells.

### 025
@a Marguerite Delacroix-Obi | leader of the Progressive Union
@b - | one protester
@c Siobhán Keogh | a nurse from Eastholme who was attending her first conference
Marguerite Delacroix-Obi, leader of the Progressive Union, used her closing speech to the party’s conference in Wrexford on Wednesday to promise free childcare from nine months old, calling it “⟦p:a|the single biggest thing we can do for working families⟧”.
“⟦d:a|For too long, parents in this country have been told that childcare is their problem,⟧” the 58-year-old said. “⟦d:a|It is not a private problem. It is an economic one, and we are going to treat it like one.⟧”
Ten minutes in, one protester unfurled a banner reading “⟦s:-|No More Broken Promises⟧” and shouted: “⟦d:b|What about the pensions?⟧” He was led out by stewards.
Delacroix-Obi paused, then said: “⟦d:a|There is always room in this party for people who disagree. Though normally we ask them to buy a pass.⟧” The hall laughed.
Siobhán Keogh, a nurse from Eastholme who was attending her first conference, said the childcare pledge was “⟦p:c|exactly what people on my ward talk about⟧”. “⟦d:c|It’s all anyone with a toddler talks about. Whether she can pay for it is another question, but she got the room on her side today.⟧”

### 026
@a Darren Hollis | a 31-year-old response officer with Greyshire Police
@b Michael Strang | The panel's chair
@c Ashok Varma | the barrister presenting the case for the force
@d Greyshire Police Federation | -
@e - | a misconduct panel
A police officer who fired a Taser at a man sitting in his own car has been dismissed without notice after a misconduct panel found he had used "⟦p:e|wholly unnecessary⟧" force.
PC Darren Hollis, a 31-year-old response officer with Greyshire Police, had denied gross misconduct over the incident in Lanthorn Road, Breckley, in May last year.
Ashok Varma, the barrister presenting the case for the force, said body-worn video showed Kemal Yıldırım, 58, sitting with both hands on the steering wheel when he was Tasered. "⟦d:c|Mr Yıldırım was not aggressive, not armed and not going anywhere,⟧" Mr Varma said.
Giving evidence, PC Hollis said he believed Mr Yıldırım had been reaching for something. "⟦d:a|I made a split-second decision based on what I saw. I still believe it was the right one.⟧"
Mr Varma asked him to watch the footage again. "⟦d:c|Where is the reaching, officer? Show the panel.⟧"
"⟦d:a|It's hard to see on the video. It was clearer at the time.⟧"
The panel's chair, Michael Strang, said the panel had watched the footage "⟦p:b|many times⟧" and could see no movement of that kind. "⟦d:b|We do not accept that the officer honestly believed he was in danger,⟧" he said.
Mr Yıldırım did not attend the hearing. Greyshire Police Federation said it would support PC Hollis in any appeal. "⟦d:d|Officers make difficult decisions in seconds that are then examined for months,⟧" it said.

### 027
@a Darlene Okoro-Whitfield | the district’s congresswoman
@b Earl Dempsey | a retired machinist from Linwood
@c - | One woman
@d Patrice Laval | a high school teacher
Darlene Okoro-Whitfield, the district’s congresswoman, spent two hours on Saturday taking questions from about 300 people at the Linwood Grange community center. Most of the questions were about money.
Earl Dempsey, a retired machinist from Linwood, was first to the microphone. “⟦d:b|My insulin went up again in January. You told us last year you were going to fix that. What happened?⟧”
“⟦d:a|What happened is that the bill passed the House and died in the Senate,⟧” she said. “⟦d:a|I’m not going to stand here and tell you that’s good enough.⟧”
“⟦d:b|So what do I do in the meantime?⟧”
“⟦d:a|Come see my office on Monday. I mean that. We have people who do nothing but fight with insurance companies.⟧”
One woman, who did not give her name, asked why the congresswoman had voted for a defense spending bill. “⟦d:c|You found $40 billion for that in a week.⟧”
Okoro-Whitfield said she would not apologize for supporting the bill, which included money for a shipyard in the district. “⟦d:a|That shipyard employs 4,000 people in this county. Some of them are in this room.⟧”
Patrice Laval, a high school teacher, said afterward that she had come in skeptical. “⟦d:d|She didn’t dodge. I don’t agree with her on everything, but she didn’t dodge.⟧”

### 028
@a Gideon Fairclough-Mbeki | Culture Minister
@b - | A spokeswoman for the minister
@c Alisha Fernández | the opposition culture spokeswoman
Culture Minister Gideon Fairclough-Mbeki has apologised after posting, and then deleting, a message describing striking museum staff as "⟦p:a|overpaid hobbyists⟧".
The post, published late on Sunday, read: "⟦d:a|Some of these overpaid hobbyists should try a real job for a week.⟧" It was deleted about 40 minutes later.
On Monday morning he wrote: "⟦d:a|Last night I posted something I should not have. It was wrong and I apologise to museum workers, who do valuable work.⟧"
A spokeswoman for the minister said he had been "⟦p:b|responding in frustration⟧" to a personal message and had no plans to resign.
Alisha Fernández, the opposition culture spokeswoman, said the apology was not enough. "⟦d:c|He didn't slip. He told us exactly what he thinks of the people who look after our national collections,⟧" she said.

### 029
@a Olivia Strachan-Price | Crown counsel
@b Felicity Amankwah | a former finance director of Halverson Logistics
@c Judith Kerrigan | her counsel
@d Alastair Pennock | the judge
A former finance director accused of siphoning £1.4m from a haulage firm told a jury she had "⟦p:b|never taken a penny that wasn't owed⟧" to her.
Felicity Amankwah, a former finance director of Halverson Logistics, is on trial at Kingsmere Crown Court charged with fraud and false accounting. She denies both charges.
Giving evidence in her own defence on Thursday, she said payments to a company registered in her sister's name were for consultancy work. "⟦d:b|My sister is a qualified accountant. She did real work for Halverson. There are invoices for every payment,⟧" she said.
Cross-examining, Crown counsel Olivia Strachan-Price KC showed the jury a set of those invoices. "⟦d:a|These are numbered 1 to 38. Every one of them was created on the same afternoon in March 2022. How do you explain that?⟧"
"⟦d:b|They were reissued. The originals were on an old laptop.⟧"
"⟦d:a|Where is that laptop now?⟧"
"⟦d:b|I don't know.⟧"
Ms Strachan-Price paused before her next question. "⟦d:a|Mrs Amankwah, isn't the truth that there never were any originals?⟧"
"⟦d:b|No. That is not the truth.⟧"
Earlier, her counsel, Judith Kerrigan KC, had told jurors that the company's own records were "⟦p:c|a shambles⟧" and that the prosecution could not prove which payments were unauthorised.
Mr Justice Alastair Pennock told jurors they would hear closing speeches on Monday. "⟦d:d|Please do not discuss the case with anybody over the weekend, including your families,⟧" the judge said.
The trial continues.

### 030
@a Ewan Cathcart | the MP for Glenmorven
@b Kirsty Dunleavy | a carer from Kilbrannan
@c Sunita Marwah | Care Minister
@d - | the Deputy Speaker
An MP broke with custom on Tuesday to read a constituent’s letter into the record in full during a debate on unpaid carers.
Ewan Cathcart, the MP for Glenmorven, said he had received the letter from Kirsty Dunleavy, a carer from Kilbrannan, the previous week and had asked her permission to share it.
“⟦d:b:m|Dear Mr Cathcart, I have looked after my son for 19 years. He is 23 now. I have not had a full night’s sleep since he was four.⟧
“⟦d:b:m|I get £81.90 a week for this. I worked it out once and it comes to 49p an hour.⟧
“⟦d:b|I am not asking for sympathy. I am asking whether anyone in that building has ever done the maths.⟧”
Mr Cathcart folded the letter and sat down. After a pause, the Deputy Speaker said: “⟦d:d|I think the House will want to reflect on that.⟧”
Care Minister Sunita Marwah said she had been “⟦p:c|moved⟧” by the letter and pointed to a rise in the earnings limit for carers announced in the spring. “⟦d:c|We know it is not enough on its own. I would be very happy to meet Mrs Dunleavy,⟧” she said.
Speaking later, Mr Cathcart said: “⟦d:a|Kirsty said it better than I ever could. My job today was just to get out of the way.⟧”

### 031
@a Jean-Baptiste Lemaire-Dufour | The mayor
@b Hélène Ouellet | Opposition councillor
@c - | one resident
@d Rémi Thibodeau | the town’s director general
The municipal council of Saint-Aurèle-des-Pins voted on Monday to ban gas-powered leaf blowers from 2027, after a meeting that ran past midnight.
The mayor, Jean-Baptiste Lemaire-Dufour, said the bylaw was about «⟦p:a|quality of life, not ideology⟧». «⟦d:a|Le bruit, c’est aussi une pollution,⟧» he told the council — «⟦d:a|Noise is pollution too.⟧»
Opposition councillor Hélène Ouellet said landscaping businesses had not been properly consulted. «⟦d:b|We are telling small companies to throw away thousands of dollars of equipment with two years’ notice. That is not consultation. That is an announcement,⟧» she said.
Rémi Thibodeau, the town’s director general, told councillors a rebate of up to $400 per machine would be available to businesses. «⟦d:d|The budget has been set aside. It is not a promise, it is money in an account,⟧» he said.
During the public question period, one resident asked whether the ban would also apply to the town’s own parks crews. «⟦d:c|Because they are the loudest ones on my street.⟧»
«⟦d:a|Yes, madame. Us first,⟧» the mayor replied.
The bylaw passed by five votes to two.

### 032
@a Northmoor Borough Council | -
@b - | a source close to the leadership
@c Callum Baird-Whyte | -
Northmoor Borough Council has issued a Section 114 notice, effectively declaring itself bankrupt, after failing to close a £26m gap in its budget.
"⟦d:a|This is not a decision we have taken lightly,⟧" the council said in a statement. "⟦d:a|Essential services for vulnerable residents will continue. All other spending is now under review.⟧"
According to a source close to the leadership, the notice had been "⟦p:b|inevitable since Christmas⟧" once a commercial property deal collapsed. "⟦d:b|Everyone in the building knew. Nobody wanted to be the one to say it,⟧" the source said.
Callum Baird-Whyte, who resigned as leader in March, told the Northmoor Echo he bore "⟦p:c|some responsibility⟧" for the investments. "⟦d:c|We took risks to protect frontline services. Some of them did not pay off. I should have pulled out sooner,⟧" he admitted.

### 033
@a Patrick Moynihan-Roe | the match commander on the day
@b Caitríona Lennon | counsel for the families
@c - | an unidentified officer at the east turnstiles
@d Yvonne Ashby | The chair
The police commander in charge at Farrowgate Park on the day of the crush that killed nine fans accepted on Thursday that a radio message warning of overcrowding “⟦p:a|should have been acted on⟧” sooner.
Patrick Moynihan-Roe, the match commander on the day, was giving evidence for a second day to the Farrowgate inquiry.
Caitríona Lennon SC, counsel for the families, played the inquiry a recording from 2.41pm in which an unidentified officer at the east turnstiles can be heard saying: “⟦d:c|It’s rammed down here, sir. We need the gates shut or we need them opened, one or the other.⟧”
“⟦d:b|You heard that message?⟧” Ms Lennon asked.
“⟦d:a|I believe I did, yes.⟧”
“⟦d:b|What did you do?⟧”
“⟦d:a|I asked for an update from the ground commander. I didn’t get one for six minutes.⟧”
“⟦d:b|Six minutes. And in those six minutes?⟧”
There was a long silence. “⟦d:a|In those six minutes, I should have made a decision myself. I know that now,⟧” the former officer said.
The chair, Dame Yvonne Ashby, leaned forward. “⟦d:d|Could you repeat that a little louder, please? There are families at the back who need to hear it,⟧” she said. He repeated it. Several relatives in the public gallery wept.

### 034
@a Yes to Fairer Votes | -
@b Dominic Hartigan-Shaw | the 61-year-old
@c Leilani Kahale-Brooks | a 16-year-old student at Kilcarra High School
@d Island Electoral Commission | -
With a week to go until the Kilcarra referendum on lowering the voting age to 16, both campaigns took to the island's only main road on Saturday.
The Yes side's bus, painted bright yellow, carried the slogan "⟦s:-|Old Enough To Care⟧". The No campaign's van replied with "⟦s:-|Let Kids Be Kids⟧".
Dominic Hartigan-Shaw, who leads the No campaign, said it was not about young people's intelligence. "⟦d:b|I have teenagers. They are brighter than I am,⟧" he said. "⟦d:b|But there's a reason we draw lines at 18, and it isn't to insult anybody,⟧" the 61-year-old added.
Leilani Kahale-Brooks, a 16-year-old student at Kilcarra High School, has spent the last month handing out Yes leaflets. "⟦d:c|People keep telling us we're the future. Fine. Let the future vote,⟧" she said.
In a statement, Yes to Fairer Votes said turnout among younger voters in places that had lowered the age was "⟦p:a|consistently encouraging⟧".
The Island Electoral Commission said 1,140 16- and 17-year-olds had already registered. "⟦d:d|If the proposal is approved, they will be able to vote at the general election next May,⟧" the commission said.

### 035
@a Roisin Halloran | solicitor
@b Amir Haddad | her client
@c Department of Schools | -
@d Ngozi Okwuosa | -
A 15-year-old boy has won a High Court challenge against the closure of the only specialist school for deaf pupils in the Esk Valley region.
Mrs Justice Ngozi Okwuosa ruled that the Department of Schools had failed to carry out a lawful consultation before approving the closure of Hartwell Road School. ``⟦d:d|The consultation document did not tell parents that the alternative placements did not yet exist. That was not a minor omission,⟧'' she said in her ruling.
Outside court, solicitor Roisin Halloran read a statement on behalf of her client, Amir Haddad, who was at school. ``⟦d:b|I am really happy. Hartwell Road is the only place where everyone signs and nobody has to try to keep up,⟧'' he said in the statement. ``⟦d:b|I want the minister to come and visit before she decides anything else.⟧''
Ms Halloran said the ruling was ``⟦p:a|a complete vindication⟧'' of the families. ``⟦d:a|These parents were told it was a done deal. The court has said it was not,⟧'' she said.
The Department of Schools said it was ``⟦p:c|disappointed⟧'' and would ``⟦p:c|consider the judgment carefully⟧''.

### 036
@a Alasdair Whitlock-Gunn | Prime Minister
@b Niamh Oyelowo | The Leader of the Opposition
Prime Minister Alasdair Whitlock-Gunn was forced on to the defensive at question time on Wednesday over a £40m contract awarded to a company run by a former party donor.
The Leader of the Opposition, Niamh Oyelowo, asked him six times whether he had met the company’s chairman, Vernon Astley, before the contract was signed.
“⟦d:b|It is a simple question. Yes or no?⟧”
“⟦d:a|All contracts were awarded in line with the proper procedures, as the independent adviser has confirmed,⟧” the Prime Minister replied.
“⟦d:b|That was not the question. Did he meet him?⟧”
“⟦d:a|I meet a great many people, as she would know if she ever left Westport.⟧”
Ms Oyelowo turned to her own benches, arms spread. “⟦d:b|Still no answer. I will take that as a yes.⟧”
A spokeswoman for Mr Whitlock-Gunn later confirmed that the two men had attended the same fundraising dinner in 2022 but said the contract had not been discussed.

### 037
@a Beatrice Nakamura-Holt | the longest-serving judge at Caldermere Crown Court
@b Teruo | Her husband
@c Marcus Oyenuga | -
Beatrice Nakamura-Holt, the longest-serving judge at Caldermere Crown Court, will hear her last case on Friday. She has sat in Court 3 for 31 years, and she admits she is not sure what she will do on Monday.
"⟦d:a|Gardening, my husband says. I have never gardened in my life,⟧" she said in her chambers, surrounded by half-packed boxes.
She recalled her first trial as a judge, a burglary in 1994. "⟦d:a:m|I was so nervous I forgot to tell the jury they could go home for lunch. They sat there until half past two. Nobody dared say anything.⟧
"⟦d:a|I've made bigger mistakes since, I'm sure. But none that I've lost as much sleep over.⟧"
Her husband, Teruo, laughed when asked about the gardening. "⟦d:b|She will reorganise the shed within a week and then she will want to reorganise me,⟧" he said.
Marcus Oyenuga KC, who appeared before her for two decades, described her as "⟦p:c|fierce, fair and occasionally terrifying⟧". "⟦d:c|You always knew where you stood. Usually it was on thin ice,⟧" he joked.
Asked whether the courts had changed for the better, the judge paused. "⟦d:a|The buildings have got worse. The backlogs have got worse. The people, on the whole, have got better,⟧" she said.

### 038
@a Dunmoor Constabulary | -
@b Comfort Abara | his mother
@c Gwen Talfryn | Inspector
A 19-year-old man who died after being hit by a car in Tollgate Road, Brenley, on Saturday night has been named by police as Felix Abara.
In a tribute released through Dunmoor Constabulary, his mother, Comfort Abara, said: “⟦d:b|Felix was kind, loud and always late. He was going to start university in September. We cannot believe he has gone.⟧”
The driver, a 52-year-old woman, stopped at the scene and is helping police with their inquiries. “⟦d:a|No arrests have been made at this time,⟧” the force said.
Inspector Gwen Talfryn appealed for witnesses. “⟦d:c|We are particularly keen to speak to anyone who was travelling along Tollgate Road between 11pm and midnight and may have dashcam footage,⟧” she said.

### 039
@a Dimitri Papadakis | the club's owner
@b Lauren Feeney | Sergeant
@c Harold Ng | The sub-committee chairman
@d - | A neighbour who asked not to be named
The owner of a Hollowell nightclub where two men were stabbed in the space of a month has been allowed to keep his licence, on condition that he hires more door staff and closes an hour earlier.
Dimitri Papadakis, the club's owner, told a licensing sub-committee on Monday that both incidents had begun outside the venue. ``⟦d:a|We cannot control the whole street. We control the door, and we control it well,⟧'' he said.
Sergeant Lauren Feeney, of Hollowell Police's licensing team, disagreed. ``⟦d:b|The CCTV shows one of the men being let back in after he had been ejected for fighting,⟧'' she said.
``⟦d:a|That was a mistake by one member of staff, who no longer works for us.⟧''
``⟦d:b|It was a mistake that put someone in hospital.⟧''
A neighbour who asked not to be named told the hearing that weekend nights were ``⟦p:d|like living next to a football ground⟧''.
The sub-committee chairman, Cllr Harold Ng, said members had ``⟦p:c|come very close⟧'' to revoking the licence. ``⟦d:c|This is the last chance, Mr Papadakis. I hope you understand that,⟧'' he said.
``⟦d:a|I understand completely,⟧'' Mr Papadakis replied.

### 040
@a Ruth van der Merwe | the Reform Party candidate
@b Aisha Bello-Crane | the sitting member
@c Glyn Tudor-Evans | The moderator
@d - | one audience member
The three candidates for the Harrowfield seat met for their only televised debate on Tuesday night, and it took less than five minutes for the gloves to come off.
The moderator, Glyn Tudor-Evans, opened by asking about the closure of the Harrowfield maternity unit. "⟦d:c|Ms Bello-Crane, you've been the MP for nine years. Why couldn't you save it?⟧"
Aisha Bello-Crane, the sitting member, said she had "⟦p:b|fought for that unit every single day⟧". "⟦d:b|I took the petition to the minister personally. I'm not going to apologise for a decision made by a health board I don't run,⟧" she said.
Ruth van der Merwe, the Reform Party candidate, cut in. "⟦d:a|You voted for the budget that closed it.⟧"
"⟦d:b|I voted for a budget that put £2bn into the health service.⟧"
"⟦d:a|And not a penny of it came to Harrowfield.⟧"
The third candidate, Owen Pask of the Independents, barely got a word in during the first half.
Later, one audience member asked: "⟦d:d|Would any of you actually live here if you won?⟧" Ms van der Merwe, who lives 40 miles away in Castlebrook, said she would move "⟦p:a|the week after polling day⟧".
"⟦d:c|We'll hold you to that,⟧" Mr Tudor-Evans said.

### 041
@a Howard T. Pemberton | the governor's nominee for the state Supreme Court
@b Marisol Echeverría | the committee's ranking minority member
@c Curtis Blaylock | The committee chairman
Judge Howard T. Pemberton, the governor's nominee for the state Supreme Court, told senators on Wednesday that he would "⟦p:a|follow the law wherever it leads⟧", but declined to say how he would rule on the state's new abortion restrictions.
"⟦d:a|It would be inappropriate for me to comment on a case that may well come before the court,⟧" Pemberton said.
Sen. Marisol Echeverría, the committee's ranking minority member, pressed him on a 2019 speech in which he described a previous ruling as "⟦p:a|judicial activism at its worst⟧".
"⟦d:b|You were happy to comment then, Judge. What's changed?⟧"
"⟦d:a|I was a trial judge speaking at a law school. I'm now a nominee before this committee. Those are different roles,⟧" he said.
"⟦d:b|Same man, though,⟧" she replied.
The committee chairman, Curtis Blaylock, said he expected a vote within two weeks. "⟦d:c|The judge has answered every question put to him with patience. I think he'll be confirmed comfortably,⟧" Blaylock told reporters afterwards.

### 042
@a Verity Stainsby | chief executive of Lowmoor City Council
@b Kofi Mensah-Baird | regional secretary of the Municipal Workers' Union
@c Lowmoor City Council | -
The chief executive of Lowmoor City Council has stepped down with immediate effect, two days after an audit found that £8m had been overspent on a new IT system.
Verity Stainsby, chief executive of Lowmoor City Council, said she was leaving "⟦p:a|for the good of the organisation⟧" but insisted she had done nothing wrong. "⟦d:a|I stand by every decision I made. But the council needs to move forward, and it cannot do that while the focus is on me,⟧" she said in a statement.
The council said an interim chief executive would be appointed "⟦p:c|within days⟧".
Kofi Mensah-Baird, regional secretary of the Municipal Workers' Union, said staff had been "⟦p:b|warning about this system for three years⟧". "⟦d:b|Our members had to run a council on software that crashed twice a day. The people at the top were told and they did nothing,⟧" he said.

### 043
@a Lars Eggertsson | an independent dam safety expert commissioned by the inquiry
@b Neil Ferris-Agbaje | the former chief engineer at Tarnbeck Water
@c Simon Ashworth-Reid | Counsel to the inquiry
@d Tarnbeck Water | -
@e - | one resident of Lower Askby who lost her home
The collapse of the Tarnbeck reservoir dam in 2023 was "⟦p:a|foreseeable and preventable⟧", an independent expert told a public inquiry on Monday, as hearings resumed in Askby.
Professor Lars Eggertsson FREng, an independent dam safety expert commissioned by the inquiry, said cracks in the spillway had been recorded in inspection reports as early as 2015. "⟦d:a|The warning signs were not subtle. They were photographed, measured and filed,⟧" he said.
The 2023 collapse released 1.2 million cubic metres of water into the village of Lower Askby. Two people died and 46 homes were destroyed.
Counsel to the inquiry, Simon Ashworth-Reid, asked the professor to explain what should have happened after the 2015 inspection.
"⟦d:a:m|At the very least, a drawdown of the reservoir level while the spillway was investigated. That is standard practice. It is not expensive and it is not complicated.⟧
"⟦d:a|Instead, as far as I can tell from the documents, the report was noted and the level was kept high because the summer had been dry and the company was worried about supply.⟧"
"⟦d:c|So supply was put ahead of safety?⟧"
"⟦d:a|I would not put it in those words. But the effect was the same.⟧"
Later in the day, Neil Ferris-Agbaje, the former chief engineer at Tarnbeck Water, said he had raised the cracks with directors on "⟦p:b|at least three occasions⟧". "⟦d:b|I recommended a drawdown in 2016 and again in 2019. I was told the board had considered it and decided against,⟧" he said.
Asked by Mr Ashworth-Reid whether he had put those recommendations in writing, the witness said he had, in emails. "⟦d:b|I've given every one of them to the inquiry,⟧" he added.
Tarnbeck Water said it was "⟦p:d|cooperating fully⟧" and that it would be "⟦p:d|inappropriate to comment while the inquiry is ongoing⟧".
Outside, one resident of Lower Askby who lost her home said: "⟦d:e|Three times. He told them three times. I want to hear from the people who said no.⟧"

### 044
@a Arlen Whitacre | a six-term senator from Harlan Falls
@b Deborah Kaminski | His attorney
State Sen. Arlen “⟦s:-|Buzz⟧” Whitacre, a six-term senator from Harlan Falls, was charged on Thursday with wire fraud and making false statements to investigators in connection with a state broadband contract.
His attorney, Deborah Kaminski, said he would plead not guilty. “⟦d:b|Arlen Whitacre has served this state honorably for 24 years, and he looks forward to clearing his name in court,⟧” she said in a statement.
Whitacre, 66, did not respond to questions from reporters as he left the federal courthouse, saying only: “⟦d:a|Talk to my lawyer.⟧”

### 045
@a Eleri Prys-Davies | a sheep farmer from Cwm Tawel who lost £41,000
@b Gwilym ap Rhys | Judge
@c Bethan Lloyd-Huws | His barrister
A livestock dealer who cheated 14 hill farmers out of £380,000 by buying their cattle and never paying for them has been jailed for five years.
Martin Crole, 49, of Pentrebach, admitted 14 counts of fraud at Caerwen Crown Court.
Eleri Prys-Davies, a sheep farmer from Cwm Tawel who lost £41,000, read her victim statement to the court in Welsh. “⟦d:a|Roedd e’n eistedd wrth ein bwrdd ni. Roedden ni’n ymddiried ynddo fe,⟧” she said. Through an interpreter, her words were given in English: “⟦d:a|He sat at our table. We trusted him.⟧”
“⟦d:a|My husband has not slept properly in two years. We nearly lost the farm that his grandfather bought,⟧” she said.
His barrister, Bethan Lloyd-Huws, said Crole’s business had collapsed under debts and he had “⟦p:c|borrowed from Peter to pay Paul⟧” until the money ran out.
Judge Gwilym ap Rhys said the offending had been “⟦p:b|calculated and repeated⟧”. “⟦d:b|These were people who did business on a handshake. You exploited the very decency that made them trust you,⟧” he told Crole. “⟦d:b|In these communities, a man’s word is supposed to mean something.⟧”

### 046
@a Rosa | a 71-year-old retired seamstress who asked that her last name not be used
@b Tomás Echeverri-Lund | the candidate
@c - | a man in a work shirt
@d Dale Fortier | Councilmember
Rosa has knocked on more doors this month than in the rest of her life put together.
"⟦d:a|My feet hurt. My knees hurt. Everything hurts. But I'm still coming Saturday,⟧" says Rosa, a 71-year-old retired seamstress who asked that her last name not be used.
She is volunteering for Tomás Echeverri-Lund, who is running for the District 7 seat on the Alder Point City Council in a special election on March 4. Many of the voters on her list speak Spanish first.
At one door on Cypress Avenue, a man in a work shirt listens for about ten seconds before cutting her off. "⟦d:c|¿Y qué va a hacer con la renta?⟧" he asks — what is he going to do about the rent?
"⟦d:a|Eso es lo primero, mijo. Lo primero,⟧" Rosa says. "⟦d:a|That's the first thing, son. The very first thing.⟧"
Later that afternoon, the candidate joins her for an hour. "⟦d:b|Rosa is better at this than I am,⟧" the candidate says. "⟦d:b|People don't want to hear from a politician. They want to hear from their neighbor.⟧"
Echeverri-Lund, 34, has made rent stabilization the center of his campaign. His opponent, Councilmember Dale Fortier, has called the plan "⟦p:d|a job killer⟧". Fortier declined to be interviewed for this story.

### 047
@a Isla Brennan-Moss | a 23-year-old philosophy student and one of the defendants
@b Conor Whelan | District Judge
@c Amelia Sandoval | Prosecutor
@e Ministry of Energy | -
Five climate protesters who glued themselves to the doors of the Ministry of Energy in Westport have been acquitted of criminal damage.
District Judge Conor Whelan said the prosecution had failed to prove that the doors were ``⟦p:b|damaged in any meaningful sense⟧''. ``⟦d:b|The glue came off with warm water and a scraper in under an hour. That is cleaning, not repair,⟧'' he said.
Prosecutor Amelia Sandoval had argued that the ministry spent £2,300 on specialist contractors. ``⟦d:c|The cost was real, the disruption was real, and the defendants intended both,⟧'' she told the court.
Outside, supporters chanted ``⟦s:-|Climate justice now!⟧'' as the five emerged.
Isla Brennan-Moss, a 23-year-old philosophy student and one of the defendants, said she had no regrets. ``⟦d:a|We didn't do this to win a court case. We did it because the ministry approved six new gas fields last year,⟧'' she said. ``⟦d:a|But I'll take the win.⟧''
The ministry said it ``⟦p:e|respects the decision of the court⟧''.

### 048
@a Karim Saleh-Andrews | Mayor
@b Piers Oldroyd | Assembly member
@c Dev Anand | Assembly member
@d Transport for Westport | -
Mayor Karim Saleh-Andrews clashed with opposition members at City Hall on Thursday over the cost of the delayed Riverline tram extension, which is now forecast to open in 2028 at a cost of £910m.
Assembly member Piers Oldroyd said the mayor had promised in his manifesto that the line would be running "⟦p:b|by the end of my first term⟧".
"⟦d:b|That term ends in May. Where are the trams?⟧"
"⟦d:a|In a depot in Halsey, being tested, as the member knows perfectly well,⟧" the mayor retorted. "⟦d:a|I would rather open it late and safe than on time and dangerous.⟧"
Assembly member Dev Anand, who sits on the transport committee, asked why the cost had risen by a third since 2022. Saleh-Andrews blamed inflation and "⟦p:a|a contractor who underbid and then discovered arithmetic⟧".
Mr Anand was not satisfied. "⟦d:c|Every big project in this city has a contractor who discovered arithmetic. At some point the mayor has to ask whether the problem is the contractors or the person signing them up.⟧"
Transport for Westport said in a statement that testing was "⟦p:d|progressing well⟧".

### 049
@a Pieter de Jongh | a former head of science at Kilnsey Academy in Thornleigh
@c Rebecca Amis-Forde | The panel’s chair
@d Keira Lomas | a former pupil who gave evidence
@e Teaching Standards Agency | -
A former head of science who falsified the coursework marks of 60 pupils to improve his department’s results has been banned from teaching indefinitely.
Pieter de Jongh, a former head of science at Kilnsey Academy in Thornleigh, did not attend the hearing of the professional conduct panel. In a letter read to the panel by its chair, he admitted the allegations.
“⟦d:a|I was under enormous pressure and I made a series of terrible decisions. I let my pupils down and I let my profession down,⟧” he wrote.
The panel’s chair, Rebecca Amis-Forde, said the misconduct went “⟦p:c|to the heart of the trust that pupils and parents place in teachers⟧”. “⟦d:c|Some of these pupils were given grades they had not earned. Others may have had the grades they had earned quietly lowered. Neither can now be fully put right,⟧” she said.
Keira Lomas, a former pupil who gave evidence, said she had discovered the changes when she asked to see her marked work. “⟦d:d|My mark had gone down by eleven. When I asked why, I was told it was ‘moderation’,⟧” she said.
The Teaching Standards Agency said such cases were “⟦p:e|thankfully rare⟧” and that de Jongh could not apply to have the ban reviewed for at least five years.

### 050
@a Sadia Rahimi-Crowe | Chief Constable
@b - | Another reporter
@c Tom Abernethy | The ward councillor
@d - | A shop owner on Gatley Road who did not want to be named
Police have made 23 arrests after a night of disorder in the Gatley area of Brennock in which shops were looted and a police van was set on fire.
Chief Constable Sadia Rahimi-Crowe warned that more arrests would follow. "⟦d:a|We have hours of footage and we will go through every minute of it. If you were there, we will find you,⟧" she told a press conference on Sunday.
Asked by one reporter whether officers had been too slow to respond, she said: "⟦d:a|Our first officers were there within four minutes. They were outnumbered. I will not criticise people who went towards danger when everyone else was running away from it.⟧"
Another reporter asked: "⟦d:b|Was the disorder organised online?⟧"
"⟦d:a|We are looking at that very closely. I'm not going to say more at this stage.⟧"
The ward councillor, Tom Abernethy, said residents were "⟦p:c|frightened and furious⟧". "⟦d:c|The people who did this do not speak for Gatley. Gatley is the people out this morning with brooms,⟧" he said.
A shop owner on Gatley Road who did not want to be named said his windows had been smashed for the second time in a year. "⟦d:d|I'm insured. That's not the point. The point is I don't know if I want to open again.⟧"

### 051
@a Friederike Hollmann-Yıldız | a member of the committee
@b Aleksander Wiśniewski | Commissioner
@c Jonas Ekberg | The committee’s chairman
The Nordic Union commissioner responsible for food safety was questioned for three hours on Tuesday by members of the Union Assembly’s agriculture committee over the delayed recall of contaminated infant formula.
Commissioner Aleksander Wiśniewski told members that the commission had acted «⟦p:b|as soon as the evidence was clear⟧». «⟦d:b|We had one positive sample on the Friday. We had confirmation on the Monday. The alert went out on the Monday,⟧» he said.
Friederike Hollmann-Yıldız, a member of the committee, asked why a national laboratory’s warning from the previous Wednesday had not been acted on. Speaking in German, she said: «⟦d:a|Die Eltern hatten ein Recht darauf, es zu wissen.⟧» — «⟦d:a|The parents had a right to know.⟧»
«⟦d:b|That warning did not reach my services until Friday. I have asked for an explanation of why,⟧» the commissioner replied.
The committee’s chairman, Jonas Ekberg, said members would call national officials to give evidence next month. «⟦d:c|Someone sat on that warning for two days. We are going to find out who,⟧» he said.

### 052
@a Hilary Pengelly | The parish council chairwoman
@b Dorothy Tregear | -
@c Sian Carbis | The clerk
@d Trelowen Estates | -
A row over a new footpath sign has split the village of St Menna, with one resident telling the parish council it was "⟦p:b|an insult to the people who walked that path before any of you were born⟧".
The sign, installed by Trelowen Estates last month, renames the old Chapel Path as "⟦s:-|The Menna Heritage Trail⟧".
Dorothy Tregear, 84, who has lived in the village since 1962, told Monday's parish council meeting that nobody had asked residents. "⟦d:b|It's been Chapel Path for two hundred years. You don't get to change that because you've put up a nice sign,⟧" she said.
The parish council chairwoman, Hilary Pengelly, said the council had not been consulted either. "⟦d:a|I found out when my dog walked past it,⟧" she said.
The clerk, Sian Carbis, read out an email from the estate. "⟦d:d|The new name is intended to celebrate the village's history and to encourage visitors to explore it,⟧" Trelowen Estates wrote.
Mrs Tregear was not impressed. "⟦d:b|Then call it what the village calls it.⟧"
Councillors agreed to ask the estate to add the old name to the sign. "⟦d:c|I'll write to them tomorrow,⟧" the clerk said. "⟦d:a|It's a compromise. Nobody will be happy, which usually means it's about right,⟧" Mrs Pengelly added.

### 053
@a Electoral Standards Commission | -
@b Forward Together | -
@c Tomasz Kowalewski | Justice
The Supreme Court has ruled that a campaign group which paid for 2 million leaflets during last year’s general election should have counted the cost against its spending limit.
Giving the lead judgment, Justice Tomasz Kowalewski said the leaflets were “⟦p:c|plainly intended to promote the election of particular candidates⟧”, even though they did not name any. “⟦d:c|A leaflet that tells voters to ‘back the party that backs the north’, and is delivered only in marginal seats in the north, is not a neutral contribution to public debate,⟧” he wrote.
The Electoral Standards Commission, which brought the case, said the ruling would “⟦p:a|close a loophole that has been exploited for too long⟧”.
Forward Together said it was “⟦p:b|deeply disappointed⟧”. “⟦d:b|We will comply with the ruling, but we believe it will have a chilling effect on campaigners of every political colour,⟧” the group said in a statement.

### 054
@a Shane Kilbride | the 34-year-old
@b Ann Oduro | Deputy Chief Magistrate
@c Lydia Graves | Police prosecutor
A man accused of ramming a police car during a chase through Portmore was refused bail on Tuesday after shouting at the magistrate from the dock.
Shane Kilbride, 34, of no fixed address, faces charges of dangerous driving, assaulting an emergency worker and driving while disqualified.
Police prosecutor Sergeant Lydia Graves opposed bail, telling the court he had ``⟦p:c|eleven previous failures to appear⟧''. ``⟦d:c|There is every reason to think he will not come back,⟧'' she said.
When Deputy Chief Magistrate Ann Oduro began to give her decision, Kilbride interrupted. ``⟦d:a|You've already made your mind up. You had it made up before I walked in,⟧'' the 34-year-old said.
``⟦d:b|Mr Kilbride, if you speak over me again you will be taken down,⟧'' the magistrate said. ``⟦d:b|Bail is refused.⟧''
He is due to appear again on May 14.

### 055
@a Hugo Ravensworth | the former prime minister
@b Celia Marchbanks | -
@c - | A spokesman for Ms Marchbanks
Hugo Ravensworth, the former prime minister, has accused his successor of “⟦p:a|political cowardice⟧” over the collapse of trade talks, in a memoir published on Thursday.
In “⟦s:-|The Long Room⟧”, which runs to 612 pages, Ravensworth writes that Celia Marchbanks had been “⟦p:a|told on three separate occasions⟧” that a deal was within reach.
“⟦d:a|She had the agreement on her desk. She had my notes, the negotiators’ notes and the support of the cabinet. What she did not have was the nerve,⟧” he writes.
The book also contains a frank account of his own fall from office. “⟦d:a|I stayed too long. Every prime minister does. The difference is that I knew it and stayed anyway,⟧” he admits in the final chapter.
A spokesman for Ms Marchbanks said she would “⟦p:c|not be dignifying a book with a review⟧”. Marchbanks herself, asked about the memoir on a visit to Eastholme, smiled. “⟦d:b|I hear it’s very long,⟧” she said.

### 056
@a Bridget McCutcheon-Hale | Senator
@b Aaron Whitlam-Ngata | secretary of the Department of Regional Services
@c Mark Tobin | a government senator
The head of the Department of Regional Services has conceded that a $220 million grants program was "⟦p:b|not administered to the standard I would expect⟧", after a heated Senate estimates hearing in the capital.
Dr Aaron Whitlam-Ngata, secretary of the Department of Regional Services, was asked by Senator Bridget McCutcheon-Hale why 71 per cent of grants had gone to electorates held by the government.
"⟦d:a|Was that a coincidence, Dr Whitlam-Ngata?⟧"
"⟦d:b|The assessments were done by the department. The final decisions were made by the minister, as the guidelines allowed,⟧" he said.
"⟦d:a|So the department ranked the projects and the minister ignored the rankings?⟧"
"⟦d:b|In some cases the minister took a different view. I would not say ignored.⟧"
Senator Mark Tobin, a government senator, intervened to say the line of questioning was "⟦p:c|a fishing expedition⟧". "⟦d:c|The guidelines were published. Everyone knew the minister had the final say,⟧" he said.
Senator McCutcheon-Hale shot back: "⟦d:a|Everyone knew. That's exactly the problem.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh36.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh36",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
