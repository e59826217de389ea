# ruff: noqa: E501
"""Build ``quotes_fresh47.jsonl``: a held-out gold set of quotes from court and inquiry reporting.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running it,
and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts and
inquiries: criminal trials with examination and cross-examination, inquests, public
inquiries, employment and immigration tribunals, sentencing remarks, appeals and
regional-paper and wire-service court reports.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh47-NNN``.

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

* Court-report role appositives set off by commas after the name (``Gideon Ashworth,
  prosecuting,``; ``Dominic Fairhurst, for the company,``) are the description; the
  same word fronted before the name (``Defending, Rebecca Lamb said``) is not an
  appositive and gives no description.
* Police and military ranks and tribunal titles standing before the name (``PC``,
  ``Detective Sergeant``, ``Major``, ``Employment Judge``, ``District Judge``,
  ``Recorder``, ``Senior coroner``) are role titles, so the description when there is
  no appositive. The senior-judge styles ``Mr Justice``, ``Mrs Justice``, ``Lord
  Justice`` and ``Lady Justice`` are treated as honorific titles (stripped, never the
  description).
* When the introduction has no appositive, a definite description used at one of the
  speaker's cues (``the judge said``, ``the defendant admitted``) is the description
  for all of that speaker's spans.
* Words a witness reports someone else as having said, quoted in double marks at top
  level (``she heard her neighbour shout "…"``), belong to the person who originally
  said them, not to the witness.
* A statement read out on a family's behalf with no single identified author has a
  null speaker and the description ``the family`` (or as written); where the passage
  names the author (``Ms Amadi said in the statement``), that person is the speaker,
  not the solicitor or relative who read it.
* A witness given a pseudonym or cipher by the court is an unnamed source (null
  speaker, with a description); the pseudonym itself in quotation marks is a label
  (``scare``).
* A one-word or short utterance standing alone as what was said (``«Incomprensibile»,
  she said``) is ``direct``; a fragment worked into the reporter's sentence is
  ``partial``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh47.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh47.jsonl")

PASSAGES = r"""
### 001
@a Kieran Mottram | a 41-year-old scaffolder from Brenton
@b Gideon Ashworth | prosecuting
@c Rupert Lisle | defending
A scaffolder accused of causing the death of a pedestrian by dangerous driving told a jury he had "⟦p:a|no memory at all⟧" of the moments before the crash.
Kieran Mottram, a 41-year-old scaffolder from Brenton, denies causing the death of Anselm Creed, 67, who was struck on Wharf Lane in the early hours of 3 March last year.
Giving evidence at Caddon Crown Court on Tuesday, Mottram said he had been driving home after a 14-hour shift. "⟦d:a|I remember pulling out of the yard. After that it's just gone,⟧" he said.
Cross-examining, Gideon Ashworth, prosecuting, put it to him that he had been looking at his phone. "⟦d:b|You were reading a message, weren't you?⟧"
"⟦d:a|No.⟧"
"⟦d:b|The phone records show a message opened at 2.41am. The collision was at 2.41am.⟧"
"⟦d:a|I can't explain that,⟧" Mottram replied. "⟦d:a|I wasn't reading anything.⟧"
Mr Ashworth suggested the defendant was choosing not to remember. "⟦d:b|It's convenient, isn't it, this gap?⟧" he asked.
Rupert Lisle, defending, rose to object. "⟦d:c|My learned friend is making a speech, not asking a question,⟧" he said. The judge, Recorder Hannah Stiles, told the prosecutor to move on.
Earlier, re-examined by Mr Lisle, Mottram said he had "⟦p:a|thought about that night every day since⟧". "⟦d:a|I would give anything to know what happened,⟧" he told the court.
The trial continues.

### 002
@a Bernadette Quayle | The school nurse
@b Priya Ramdhanie | the area coroner
@c Joanne Hext | The girl’s PE teacher
@d Carys Maddox | Elin’s mother
An inquest into the death of a 16-year-old girl who collapsed at school has heard that an inhaler kept for emergencies had expired eight months earlier.
Elin Maddox died in hospital on 12 November, two days after suffering a severe asthma attack during a PE lesson at Corrow Park Academy in Lindsey Cross.
The school nurse, Bernadette Quayle, told Lindsey Cross Coroner’s Court she had not known the spare inhaler was out of date. “⟦d:a|It was in the cabinet where it had always been. Nobody had told me it needed replacing,⟧” she said.
Asked by the area coroner, Priya Ramdhanie, who was responsible for checking the dates, Mrs Quayle said: “⟦d:a|I assumed the office did it. I now know that was wrong.⟧”
“⟦d:b|Was there a written procedure?⟧” Ms Ramdhanie asked.
“⟦d:a|There was a folder,⟧” the witness replied. “⟦d:a|I don’t think anyone had opened it in years.⟧”
The girl’s PE teacher, Joanne Hext, said she had called for help within a minute of Elin becoming breathless. “⟦d:c|She was trying to tell me she was fine. She clearly wasn’t,⟧” Ms Hext said, her voice breaking.
In a statement read to the court by the family’s solicitor, Elin’s mother, Carys Maddox, described her daughter as “⟦p:d|funny, stubborn and fearless⟧”.
“⟦d:d|Elin should have been safe at school. We are not looking for someone to blame. We want to know that no other parent gets the call we got,⟧” she wrote.
The coroner adjourned the hearing until Thursday, when she is expected to record her conclusion. “⟦d:b|I want to hear from the head teacher before I reach any view,⟧” Ms Ramdhanie said.

### 003
@a Shireen Aboud-Halloran | -
@b Dominic Fairhurst | counsel for the company
@f Lionel Marsh | the operations director
@c Natasha Colquhoun | The company's HR director
@d Ravi Tandon | Employment Judge
@e Veltmark Logistics | -
A former logistics manager who says she was sacked weeks after returning from maternity leave told an employment tribunal she was "⟦p:a|managed out⟧" of the business.
Shireen Aboud-Halloran, 38, is bringing claims of unfair dismissal and sex discrimination against Veltmark Logistics, where she worked for nine years at its depot in Fenwick Marsh.
In her witness statement, Ms Aboud-Halloran said her workload had been split between two male colleagues while she was on leave. "⟦d:a|When I came back, there was nothing left for me to manage. I was given a desk by the photocopier and told to 'find a project',⟧" she wrote.
Dominic Fairhurst, counsel for the company, suggested the restructuring had been planned long before her pregnancy. "⟦d:b|You knew about the review before you went on leave, didn't you?⟧" he asked.
"⟦d:a|That's simply not true. I was in the meetings. It wasn't mentioned once,⟧" she said.
Mr Fairhurst showed her an email from the operations director, Lionel Marsh, dated January 2022, referring to a "⟦p:f|depot review⟧".
"⟦d:a|A review isn't a decision to get rid of me,⟧" she replied.
The company's HR director, Natasha Colquhoun, told the tribunal that the decision had been "⟦p:c|entirely about the numbers⟧". "⟦d:c|We lost two major contracts that year. Every manager's role was looked at,⟧" she said.
Employment Judge Ravi Tandon asked Ms Colquhoun why Ms Aboud-Halloran was the only manager made redundant. "⟦d:d|If every role was looked at, why was only one removed?⟧"
"⟦d:c|Hers was the role that overlapped most with the new structure,⟧" she said.
In a statement, Veltmark Logistics said it "⟦p:e|strongly disputes⟧" the claims. "⟦d:e|We are proud of our record as an employer of working parents and will set out our position fully at the tribunal,⟧" the company said.
The hearing continues.

### 004
@a Desmond Achebe-Clarke | The former minister
@b Matthew Orrell | counsel to the inquiry
@d Gareth Pryce | the Estuary Agency’s chief engineer
@c Anthony Redgrave | The inquiry chair
A former environment minister has told the Sallow Estuary inquiry that he was never warned the town’s flood barrier could fail in a high tide.
Desmond Achebe-Clarke, who held the post from 2016 to 2019, was questioned for more than four hours by counsel to the inquiry, Matthew Orrell KC.
Mr Orrell showed him a briefing note from March 2018, written by the Estuary Agency’s chief engineer, Gareth Pryce, which described the barrier’s gearbox as “⟦p:d|at end of life⟧”.
“⟦d:b|Did you read this note?⟧” Mr Orrell asked.
“⟦d:a|I would have seen a summary,⟧” Mr Achebe-Clarke said. “⟦d:a|I can’t say I read every page of every note. No minister does.⟧”
“⟦d:b|But this was the page that mattered, wasn’t it?⟧”
“⟦d:a|With hindsight, yes.⟧”
The former minister said he had been given “⟦p:a|every assurance⟧” that the barrier was sound and that its replacement could wait for the next spending round.
The inquiry chair, Sir Anthony Redgrave, intervened to ask whether anyone in the department had challenged that view. “⟦d:c|Was there a single voice saying, ‘this is not good enough’?⟧” he asked.
“⟦d:a|Not that reached me,⟧” the witness replied.
Mr Pryce is due to give evidence next week. In a written statement already published by the inquiry, he said: “⟦d:d|I raised the gearbox repeatedly. I was told there was no money.⟧”
Eleven people died when the barrier jammed open on the night of 9 January 2021.

### 005
@a Meera Solanki | the owner
@b Fiona Gault | prosecutor
@c Aled Pryce-Jenkins | -
@d Elspeth Marwood | Judge
@e Rhys Ambrose | Detective Constable
A man who held a pharmacist at knifepoint while demanding prescription painkillers has been jailed for seven years.
Lee Danvers, 29, of Pilgrim Street, Oxley, admitted robbery and possession of a bladed article at an earlier hearing.
Kestrel Bay Crown Court heard he walked into Solanki's Pharmacy on Oxley High Street shortly before closing on 14 August and pointed a kitchen knife at the owner, Meera Solanki.
In a victim personal statement read by prosecutor Fiona Gault, Mrs Solanki said she had not worked a late shift since. "⟦d:a|I built this business over 22 years. In two minutes he made me afraid of my own shop,⟧" she said.
Miss Gault told the court Danvers had "⟦p:b|a long history of offending to fund his addiction⟧".
Mitigating, Aled Pryce-Jenkins said his client was "⟦p:c|ashamed⟧" and had been drug-free since his arrest. "⟦d:c|He wants to write to Mrs Solanki, if she will accept a letter,⟧" he said.
Sentencing, Judge Elspeth Marwood told Danvers: "⟦d:d|You chose a woman working alone, at the end of the day, because you thought she would be easy to frighten. You were right, and she is still frightened.⟧"
"⟦d:d|Your addiction explains this offence. It does not excuse it.⟧"
After the hearing, Detective Constable Rhys Ambrose said: "⟦d:e|This was a terrifying ordeal for a hard-working member of our community. I hope today's sentence gives Mrs Solanki some peace.⟧"

### 006
@a Aminata Koné-Diallo | -
@b Harriet Lomax | presenting officer
@c Yusuf Karaca | Her barrister
@d Colm Devereux | Judge
A woman who says she will be forced into marriage if she is returned to her home country has won her appeal against deportation.
Aminata Koné-Diallo, 24, told the immigration tribunal in Holloway Cross, through an interpreter, that her uncle had arranged for her to marry a man three times her age.
“⟦d:a|He told my mother it was already decided. Nobody asked me,⟧” she said.
At one point she answered in French before the interpreter could speak: “⟦d:a|Je préfère mourir ici.⟧” The interpreter translated: “⟦d:a|I would rather die here.⟧”
For the Border Directorate, presenting officer Harriet Lomax argued that the appellant’s account had “⟦p:b|shifted⟧” between interviews. “⟦d:b|In her first interview there is no mention of an uncle at all,⟧” Ms Lomax said.
Her barrister, Yusuf Karaca, said his client had been “⟦p:c|terrified and exhausted⟧” at that interview, which took place the day after she arrived. “⟦d:c|She had not slept for two days. She was asked 140 questions,⟧” he told the tribunal.
In his decision, Judge Colm Devereux wrote that he found her “⟦p:d|a credible and consistent witness on every matter of substance⟧”.
“⟦d:d|The discrepancies relied on by the respondent are explained by the circumstances of her first interview,⟧” he wrote. “⟦d:d|I am satisfied there is a real risk of serious harm.⟧”

### 007
@j - | Three judges at the Court of Appeal in Halden
@a Amara Whitcombe | The presiding judge
@b - | A spokesperson for the Crown Prosecution Directorate
@c Darnell Rooke | -
@d Lorraine Rooke-Ellis | his sister
HALDEN, March 4 (Northgate Press) - An appeal court on Tuesday quashed the murder conviction of a man who has spent 14 years in prison, ruling that evidence from a key witness should never have been put before the jury.
Three judges at the Court of Appeal in Halden found that the conviction of Darnell Rooke, now 46, for the 2010 killing of bar owner Vincent Szabo was "⟦p:j|unsafe⟧".
The presiding judge, Lady Justice Amara Whitcombe, said the trial judge had failed to warn the jury about the witness's "⟦p:a|obvious motive to lie⟧".
"⟦d:a|The jury were told nothing of the reward, nothing of the witness's own outstanding charges, and nothing of his earlier, contradictory account,⟧" she said. "⟦d:a|Had they known, they may well have reached a different verdict.⟧"
The court did not order a retrial. A spokesperson for the Crown Prosecution Directorate said it would "⟦p:b|consider the judgment carefully⟧" and had no further comment.
Rooke, who was in court, wept as the ruling was read. Outside, his sister, Lorraine Rooke-Ellis, read a statement on his behalf.
"⟦d:c|I have said from the first day that I did not kill Vincent Szabo. Fourteen years ago I lost my freedom. Today I got my name back,⟧" the statement said.
"⟦d:d|He's coming home. That's all I care about tonight,⟧" she told reporters.
Szabo's family did not attend the hearing.

### 008
@a Owen Tranter | PC
@b Geraint Lloyd | Senior coroner
@c Sunil Varghese | Pathologist
An inquest has heard that a police officer who saw a motorcyclist riding erratically minutes before a fatal crash did not radio for help because his handset was not working.
Callum Fraser-Bligh, 27, a trainee electrician from Caldmoor, died when his motorcycle left Moor Road near Ettley Bridge on 2 June.
PC Owen Tranter told Caldmoor Coroner's Court he had seen the motorcycle overtake ``⟦p:a|very fast, on a blind bend⟧'' while he was parked in a lay-by.
``⟦d:a|I tried to call it in. The radio gave me nothing but static,⟧'' he said.
Senior coroner Geraint Lloyd asked how long the radio had been faulty.
``⟦d:a|A few weeks, sir.⟧''
``⟦d:b|And you reported it?⟧''
``⟦d:a|I told the sergeant. I don't know if it went any further.⟧''
Pathologist Dr Sunil Varghese said Mr Fraser-Bligh had died of multiple injuries and would have lost consciousness ``⟦p:c|almost instantly⟧''. Toxicology tests found no alcohol or drugs.
Dr Varghese added: ``⟦d:c|There is nothing to suggest he suffered.⟧''
Recording a conclusion of road traffic collision, Mr Lloyd said the radio fault had made no difference to the outcome. ``⟦d:b|Even if PC Tranter's call had gone through, there was no vehicle close enough to intervene,⟧'' he said. ``⟦d:b|But a police officer on patrol should have a radio that works, and I will be writing to the chief constable about it.⟧''

### 009
@a Hilary Castellane | Retired judge
@b - | A young mother
@c Greyfriar Books | Castellane's publisher
Retired judge Hilary Castellane sat on the bench in Oldmere for 26 years. Her memoir, "⟦s:-|The Quiet Room⟧", is published this month. "⟦d:a|I loved the job. I did not always love what it asked of me,⟧" she writes in the preface. She spoke to the Lowland Courier's legal affairs correspondent, Ben Ashdown.
Q: Why write the book now?
A: Because I am finally allowed to have opinions in public. For a quarter of a century I was told, "⟦d:-|Judges don't explain themselves.⟧" I think that was wrong.
Q: The title comes from the room where jurors deliberate?
A: Yes. I never went in, of course. But I used to walk past it and think about the 12 people in there carrying a weight I'd handed them.
Q: Which case stayed with you most?
A: A young mother, charged with neglect, who said to me from the dock, "⟦d:b|I did everything wrong except love him.⟧" I think about that sentence all the time.
Q: Do you have regrets?
A: Plenty. I once told a defendant he was "⟦p:a|beyond redemption⟧". I was angry, and I shouldn't have said it.
Castellane's publisher, Greyfriar Books, said the memoir was "⟦p:c|the most candid account of judicial life in a generation⟧".

### 010
@a Martin Oakes-Fenby | a Liberal member of Sedgecombe Town Council for Harwell North
@b Gemma Ryland | Prosecutor
@c Anita Kowalczyk | His solicitor
@d Lorna Heathcote | Chair of the bench
@e Sedgecombe Town Council | -
A town councillor who crashed into a bus shelter after drinking at a charity quiz has been banned from driving for 20 months.
Martin Oakes-Fenby, 58, a Liberal member of Sedgecombe Town Council for Harwell North, admitted drink-driving when he appeared before Sedgecombe magistrates on Monday.
Prosecutor Gemma Ryland said a breath test showed 71 micrograms of alcohol in 100 millilitres of breath, twice the legal limit. "⟦d:b|He told officers at the scene he had had 'two halves',⟧" she said. "⟦d:b|Plainly that was not right.⟧"
His solicitor, Anita Kowalczyk, said Mr Oakes-Fenby had "⟦p:c|let himself, his family and his constituents down⟧" and would not contest the next election. "⟦d:c|He has asked me to say that he is profoundly sorry. He makes no excuses,⟧" she told the bench.
Chair of the bench Lorna Heathcote said: "⟦d:d|You of all people, as an elected member, should have known better. You are fortunate nobody was waiting at that bus stop.⟧"
He was also fined £1,200 and ordered to pay £85 costs.
Mr Oakes-Fenby declined to answer questions outside court. In a post on his Facebook page later, he wrote: "⟦d:a|I made a serious mistake and I accept the court's decision in full. I will be stepping down at the end of my term.⟧"
Sedgecombe Town Council said it was "⟦p:e|aware of the conviction⟧" and that the matter would be considered by its standards committee.

### 011
@a Rosalind Achterberg | a senior midwife who worked on the unit from 2014 to 2022
@b Siobhan Mulcahy | Counsel to the inquiry
@c Naomi Feld | the unit’s clinical director
@d Lucinda Harrow | The inquiry chair
@e - | Her lawyers
A senior midwife has told the inquiry into baby deaths at Penhallow General Hospital that staff were “⟦p:a|too frightened⟧” to raise concerns with the unit’s lead consultant.
Giving evidence on Wednesday, Rosalind Achterberg, a senior midwife who worked on the unit from 2014 to 2022, said junior midwives would “⟦p:a|go quiet⟧” whenever the consultant was on shift.
Counsel to the inquiry, Siobhan Mulcahy KC, asked her to describe a typical handover.
“⟦d:a|Tense. You chose your words very carefully,⟧” Ms Achterberg said. “⟦d:a|If you said the wrong thing, you’d hear about it for weeks.⟧”
“⟦d:b|Did anyone complain formally?⟧”
“⟦d:a|Two of us did, in 2017. Nothing happened, except that our rotas got worse.⟧”
Ms Mulcahy then took the witness to a 2018 email in which the unit’s clinical director, Dr Naomi Feld, described staffing as “⟦p:c|safe but stretched⟧”.
“⟦d:b|Was it safe?⟧” she asked.
“⟦d:a|No,⟧” Ms Achterberg said. “⟦d:a|It was stretched. It wasn’t safe.⟧”
The witness became upset at one point, and the inquiry chair, Dame Lucinda Harrow, told her: “⟦d:d|Take all the time you need.⟧” At the end of the session Dame Lucinda thanked her for what she called “⟦p:d|difficult and important evidence⟧”.
Dr Feld is expected to give evidence next month. Her lawyers have said she “⟦p:e|will cooperate fully⟧”.
The inquiry is examining the deaths of 31 babies between 2012 and 2022.

### 012
@a Claire Dunmore | prosecutor
@b Susannah Pike | defending
A former charity treasurer accused of stealing almost £240,000 from a children's hospice was "⟦p:a|living a lie⟧" for six years, a jury has been told.
Deborah Lyle-Mercer, 52, of Marlow Gate, denies 14 counts of fraud by abuse of position relating to her time as honorary treasurer of Westbury Children's Hospice.
In her closing speech at Ashby Crown Court, prosecutor Claire Dunmore said the defendant had written herself cheques "⟦p:a|with the same pen she used to sign the thank-you letters to donors⟧".
"⟦d:a:m|Members of the jury, you have seen the bank statements. You have seen the holidays, the car, the kitchen. You have heard her explanations, and you are entitled to ask yourselves whether any of them made sense.⟧
"⟦d:a|Ask yourselves this: if this money was a loan, as she says, why is there not a single document recording it? Why did nobody on the board know?⟧"
Susannah Pike, defending, told jurors her client had been "⟦p:b|careless, disorganised and out of her depth⟧", but not dishonest. "⟦d:b|Being bad at paperwork is not a crime,⟧" she said. "⟦d:b|If it were, half of this country's volunteers would be in the dock.⟧"
Ms Pike reminded the jury that Mrs Lyle-Mercer had repaid £31,000 before she was arrested. "⟦d:b|Is that what a thief does?⟧" she asked.
The jury is expected to retire on Friday.

### 013
@a Adaeze Nwankwo | The panel’s chair
@b Philip Garside | Holloway’s representative
@c Imran Sheikh-Aldous | Dunmere Constabulary’s deputy chief constable
@d Police Conduct Authority | -
@e Dunmere Constabulary | -
A police sergeant who sent racist messages in a WhatsApp group has been dismissed without notice after a misconduct hearing found he had committed gross misconduct.
Sgt Craig Holloway, of Dunmere Constabulary, was one of six officers in the group, named “⟦s:-|The Night Crew⟧”, which the hearing was told contained more than 300 offensive messages.
The panel’s chair, Adaeze Nwankwo, said the messages were “⟦p:a|deeply offensive and utterly incompatible with the role of a police officer⟧”.
“⟦d:a|The public must be able to trust that officers will treat them fairly, whatever the colour of their skin. Sergeant Holloway’s conduct destroyed that trust,⟧” she said.
Holloway’s representative, Philip Garside, told the panel the messages had been “⟦p:b|banter among friends⟧” that were never meant to be seen by anyone else. “⟦d:b|He accepts now that that is no excuse,⟧” Mr Garside said.
Dunmere Constabulary’s deputy chief constable, Imran Sheikh-Aldous, said: “⟦d:c|There is no place in this force for people who hold these views. We will not hesitate to remove them.⟧”
The Police Conduct Authority, which investigated the messages, said its inquiries into the other five officers were “⟦p:d|at an advanced stage⟧”.
“⟦d:e|We have reviewed the use of private messaging groups across the force and issued new guidance to every officer,⟧” Dunmere Constabulary said in a statement.

### 014
@e Gérard Duchâtel-Roux | The former mayor of Montclarin
@a Hélène Marchetti | the presiding judge
@b Olivier Sandoval | His lawyer
@c Anne-Sophie Bérard | The prosecutor
@d Mathilde Ocampo | Opposition councillor
MONTCLARIN, 14 May (Agence Lumen) — The former mayor of Montclarin, Gérard Duchâtel-Roux, was sentenced on Thursday to three years in prison, two of them suspended, for awarding municipal contracts to a company owned by his brother-in-law.
Given the last word before the court retired, Mr Duchâtel-Roux, 63, who was mayor for 17 years, said only: «⟦d:e|J’ai servi ma ville.⟧» («⟦d:e|I served my town.⟧»)
«⟦d:a|Vous avez trahi la confiance de vos administrés⟧», the presiding judge, Hélène Marchetti, told him as she read the verdict. «⟦d:a|You betrayed the trust of the people you governed.⟧»
The prosecutor, Anne-Sophie Bérard, had asked for four years. During the trial she described the arrangement as «⟦p:c|un système organisé⟧» («⟦p:c|an organised system⟧») that had run for more than a decade.
His lawyer, Maître Olivier Sandoval, said his client would appeal. «⟦d:b|C’est une décision politique⟧», he told reporters outside the courthouse. «⟦d:b|It is a political decision.⟧»
The brother-in-law, Luc Ferrand, received an 18-month suspended sentence.
Opposition councillor Mathilde Ocampo, who first raised concerns about the contracts in 2019, said: «⟦d:d|Today justice has been done for Montclarin.⟧»

### 015
@a Faisal Qureshi | District Judge
@b Terence Blakey | -
A dog owner whose German shepherd bit a postal worker has been ordered to pay £900 compensation.
Terence Blakey, 66, of Orchard Rise, Pellow, pleaded guilty to being in charge of a dog dangerously out of control when he appeared at Tarnmouth Magistrates' Court. The court heard the dog, Brutus, ran from an open gate and bit postwoman Keeley Sands on the arm.
District Judge Faisal Qureshi told Blakey: "⟦d:a|It is your job to keep your gate shut. It was not Ms Sands' job to be bitten.⟧" Blakey said: "⟦d:b|I'm very sorry. It won't happen again.⟧"

### 016
@b Ruth Calloway-Hines | her neighbour
@a Ioana Petrakis | -
@c Bethany Marsh | prosecuting
@d Lydia Okonkwo-Reyes | for the defence
A woman told a murder trial that she heard her neighbour shout “⟦d:b|I’ll finish him⟧” minutes before her husband was found stabbed in their shared hallway.
Ruth Calloway-Hines, 44, denies murdering Simon Petrakis, 49, at the converted house in Albion Terrace, Wexcombe, on 19 September last year.
Ioana Petrakis, 47, told Wexcombe Crown Court she heard raised voices on the landing shortly after 11pm. “⟦d:a|I heard Simon say, ‘Go back inside, Ruth.’ Then she shouted, ‘I’ll finish him.’ Then it went quiet,⟧” Mrs Petrakis said.
Questioned by Bethany Marsh KC, prosecuting, she said she had opened the door to find her husband on the floor.
“⟦d:c|Was the defendant there?⟧”
“⟦d:a|She was standing over him. She had something in her hand. I couldn’t see what.⟧”
Under cross-examination, Lydia Okonkwo-Reyes KC, for the defence, suggested the witness could not have heard the words clearly through a closed door.
“⟦d:a|The door is thin. I hear everything through it. I heard that,⟧” Mrs Petrakis replied.
“⟦d:d|You had been drinking that evening, hadn’t you?⟧”
“⟦d:a|One glass of wine. With dinner.⟧”
Ms Okonkwo-Reyes put it to her that there had been a long-running dispute between the two households over noise. The witness agreed. “⟦d:a|But you don’t kill someone over noise,⟧” she said.
Calloway-Hines, who says she acted in self-defence, is expected to give evidence next week. The trial continues.

### 017
@a - | the jury
@b Alison Treharne | Senior coroner
@c Paulette Amadi | Jordan's mother
@d Nadia Farouk | the family's solicitor
@e - | A Prison Service spokesperson
An inquest jury has found that failures by staff at HMP Carrow Fen contributed to the death of a 23-year-old man who was left alone in his cell despite warnings that he was at risk of suicide.
Jordan Amadi-Price was found hanged at the prison on 8 February 2023, ten days after he was remanded in custody.
In a narrative conclusion read out by the jury foreman at Fenchester Coroner's Court, the jury said there had been "⟦p:a|a serious failure to share information⟧" between healthcare staff and prison officers.
"⟦d:a|Jordan told a nurse on his first night that he had thought about ending his life. That information was not passed to the wing,⟧" the conclusion said.
Senior coroner Dr Alison Treharne said she would issue a report to prevent future deaths. "⟦d:b|I am concerned that the same failings have been identified at this prison before,⟧" she said. "⟦d:b|That cannot be allowed to happen a third time.⟧"
Outside the court, the family's solicitor, Nadia Farouk of Kessler Grant, read a statement on behalf of Jordan's mother, Paulette Amadi.
"⟦d:c|My son asked for help and he was ignored. He was 23. He was not a file, he was my boy,⟧" Ms Amadi said in the statement.
Ms Farouk added that the family would be considering legal action. "⟦d:d|The evidence at this inquest has been damning,⟧" she said.
A Prison Service spokesperson said: "⟦d:e|Our thoughts remain with Mr Amadi-Price's family. We will study the jury's findings carefully.⟧"

### 018
@a Mariana Teodorescu | -
@b Davide Russo | Her colleague
@c - | A spokesperson for Linguaserve
For eleven years, Mariana Teodorescu has stood beside defendants, victims and witnesses in the courts of Belbury, turning their words from Romanian into English and back again.
“⟦d:a|People think I’m a translator of words. I’m really a translator of fear,⟧” she says, sitting in the cafe opposite Belbury Crown Court on her lunch break.
Mariana, 46, moved to Belbury in 2008 and began interpreting for the county’s courts after a friend, a solicitor, asked her to help with a client.
“⟦d:a|I said yes for one afternoon. That was eleven years ago,⟧” she laughs.
The work is poorly paid — she earns £22 an hour, and nothing for the hours spent waiting in corridors — and has become harder since the service was outsourced in 2019, she says.
Her colleague Davide Russo, who interprets in Italian and Spanish, puts it more bluntly. “⟦d:b|We are paid like cleaners and expected to be like judges. We must be perfect, always, and invisible,⟧” he says.
Mariana recalls a rape trial in which she interpreted the complainant’s evidence over two days.
“⟦d:a|She was looking at me, not at the barrister. I had to keep my voice flat, as if it was a shopping list. At home I cried for a week.⟧”
A spokesperson for Linguaserve, which holds the court interpreting contract, said interpreters were “⟦p:c|highly valued⟧” and that rates were “⟦p:c|under regular review⟧”.
Mariana has no plans to stop. “⟦d:a|Somebody has to stand there,⟧” she says. “⟦d:a|Better me than a machine.⟧”

### 019
@a Callum Rennie | the judge
@b Graham Pendry | Its managing director
@c Gloria | Mr Adeyemi's widow
@d Olu Adeyemi | Fitzroy's brother
@e Warren Gilchrist | Health and Safety Directorate inspector
@f Pendry & Sons Construction Ltd | -
A building firm has been fined £1.8m after a labourer fell 12 metres through a fragile roof at a warehouse in Hexley.
Pendry & Sons Construction Ltd was convicted of corporate manslaughter after a three-week trial at Northam Crown Court. Its managing director, Graham Pendry, 61, was given a 14-month sentence, suspended for two years, for failing to discharge his duties under health and safety law.
Fitzroy Adeyemi, 34, a father of two from Hexley, died on 22 October 2021 when a roof panel gave way beneath him.
Sentencing, Mr Justice Callum Rennie said the company had "⟦p:a|treated safety as an optional extra⟧".
"⟦d:a|There were no nets, no crawling boards and no supervision. Mr Adeyemi was sent onto that roof with nothing between him and the concrete floor but a sheet of ageing plastic,⟧" the judge said.
Mr Pendry, who wept in the dock, had told the court during the trial that he "⟦p:b|trusted the lads to know what they were doing⟧".
In a statement read outside court by Fitzroy's brother, Olu Adeyemi, Mr Adeyemi's widow, Gloria, said: "⟦d:c|Fitzroy went to work to provide for his family. He should have come home.⟧"
"⟦d:d|We will never forgive the people who let this happen,⟧" Olu Adeyemi added.
Health and Safety Directorate inspector Warren Gilchrist said: "⟦d:e|This death was entirely preventable. Work at height is the biggest killer in construction and the precautions are well known.⟧"
Pendry & Sons said in a statement that it "⟦p:f|deeply regrets⟧" Mr Adeyemi's death and had "⟦p:f|completely overhauled⟧" its safety procedures.

### 020
@a Anand Raghunathan | a consultant neurosurgeon called as an expert by Mr Morrissey’s legal team
@b Edward Stainforth | for the trust
@c Malcolm Iredale | The trust’s expert
@d Jamal Oduya | for Mr Morrissey
A consultant neurosurgeon has told the High Court that a delay of nine hours in operating on a teenager with a spinal abscess was “⟦p:a|indefensible⟧”.
Jake Morrissey, now 22, is suing Wendale University Hospitals NHS Trust, claiming that the delay left him paralysed from the waist down. The trust admits a breach of duty but disputes that earlier surgery would have changed the outcome.
Professor Anand Raghunathan, a consultant neurosurgeon called as an expert by Mr Morrissey’s legal team, said the scan results should have prompted “⟦p:a|immediate⟧” surgery.
“⟦d:a|Every hour counts in these cases. Nine hours is not a grey area,⟧” he told Mr Justice Obi.
Cross-examined by Edward Stainforth KC, for the trust, Prof Raghunathan accepted that some patients did not recover even with prompt treatment.
“⟦d:b|So you can’t say this young man would have walked again?⟧”
“⟦d:a|I can say his chances would have been very much better. Probably more than 70 per cent.⟧”
“⟦d:b|Probably?⟧”
“⟦d:a|That is the language of this court, I believe,⟧” the professor replied, to laughter.
The trust’s expert, Dr Malcolm Iredale, said in his report that the damage was likely to have been “⟦p:c|established before the patient arrived at hospital⟧”.
Dr Iredale will give evidence on Thursday. Jamal Oduya KC, for Mr Morrissey, told the judge he would be cross-examining him “⟦p:d|at some length⟧”. “⟦d:d|There are several matters in that report I will want to test,⟧” he said.

### 021
@a Joaquín Ibarra-Solís | -
@b Amelia Price-Rowntree | for the requesting state
@c Tamsin Coombe | District Judge
@d Callum Nightingale | His barrister
A businessman wanted by prosecutors in San Aurelio over an alleged €14m tax fraud has told a Westmarch court he will not receive a fair trial if he is sent back.
Joaquín Ibarra-Solís, 57, who has lived in Westmarch since 2016, is contesting an extradition request at Westmarch Magistrates' Court.
Giving evidence in Spanish through an interpreter, he said: "⟦d:a|Allí los jueces obedecen al gobierno.⟧" The interpreter told the court: "⟦d:a|There, the judges obey the government.⟧"
"⟦d:a|I am not running from justice. I am running from them,⟧" he said.
Amelia Price-Rowntree, for the requesting state, said there was "⟦p:b|no evidence whatsoever⟧" that Mr Ibarra-Solís would be treated unfairly. "⟦d:b|The courts of San Aurelio are independent and he will be represented,⟧" she said.
District Judge Tamsin Coombe asked Mr Ibarra-Solís why he had waited until his arrest to raise his fears. "⟦d:c|Why did you not say any of this when you first arrived?⟧" she asked.
"⟦d:a|I was afraid,⟧" he replied. "⟦d:a|I am still afraid.⟧"
His barrister, Callum Nightingale, said outside court: "⟦d:d|We're confident the judge will see this request for what it is.⟧"
The judge will give her ruling on 19 April.

### 022
@a Leonard Mayhew | assistant coroner
@b Kwame Osei-Bonsu | the home’s manager
@c Fern Kimber-Laing | Mrs Kimber’s granddaughter
The manager of a care home where a 91-year-old resident choked to death has admitted that no risk assessment had been carried out on her diet.
Dorothy Kimber died at Larchfield House in Upper Sowden on 30 March after choking on a piece of toast at breakfast.
At an inquest in Sowden on Monday, assistant coroner Leonard Mayhew questioned the home’s manager, Kwame Osei-Bonsu.
“⟦d:a|Mrs Kimber had been assessed by a speech therapist in January?⟧”
“⟦d:b|Yes, sir.⟧”
“⟦d:a|And the therapist recommended a soft diet?⟧”
“⟦d:b|She did.⟧”
“⟦d:a|Was that recommendation passed to the kitchen?⟧”
“⟦d:b|I believed it had been. I have since found that it wasn’t.⟧”
Mr Osei-Bonsu said the home had since introduced a system in which dietary changes were signed off by two members of staff. “⟦d:b|It should never have depended on one person remembering,⟧” he said.
Mrs Kimber’s granddaughter, Fern Kimber-Laing, said after the hearing that the family was “⟦p:c|angry but not surprised⟧”.
The inquest was adjourned until 14 June.

### 023
@a Nathan Corrigan | -
@b Yvonne Haigh | Detective Sergeant
@c Jonathan Eastleigh | Prosecutor
@d Stacey Moran | Corrigan's former partner
Jurors in the trial of a man accused of setting fire to his former partner's flat have been read extracts from his police interviews, in which he repeatedly answered "⟦p:a|no comment⟧".
Nathan Corrigan, 33, denies arson with intent to endanger life at the flat in Leeward Court, Sallowby, on 5 January.
The court heard that Detective Sergeant Yvonne Haigh asked him why his car had been recorded on a camera near the block at 3.12am. "⟦d:a|No comment,⟧" he replied.
Asked whether he had bought a can of petrol the previous afternoon, he again said: "⟦d:a|No comment.⟧"
Later in the interview, the officer told him: "⟦d:b|Nathan, this is your chance to give your side. If there's an innocent explanation, now is the time.⟧"
"⟦d:a|I've got nothing to say to you,⟧" Corrigan said.
Prosecutor Jonathan Eastleigh said the jury was entitled to draw inferences from the defendant's silence. "⟦d:c|He has since given an explanation. You may ask why he kept it to himself for eight months,⟧" he told them.
Corrigan's former partner, Stacey Moran, who escaped with her two children by climbing onto a neighbour's balcony, gave evidence from behind a screen. "⟦d:d|I could hear the smoke alarm and the kids screaming. I just grabbed them and went,⟧" she said.
The trial continues.

### 024
@a Anthony Hebblethwaite | -
@b Rebecca Stanhope | Counsel to the inquiry
@c Transline Rail | Network operator
@d Carla Westwood | regional organiser for the Rail Signalling and Maintenance Union
A signaller on duty when two trains collided near Ferris Junction has told a public inquiry he warned managers about faulty equipment “⟦p:a|at least a dozen times⟧”.
Anthony Hebblethwaite, 52, was working alone in the Ferris Junction signal box on the evening of 17 November 2022, when a freight train and a passenger service collided, killing four people.
According to his written statement, the track circuit that should have shown the freight train’s position had been failing “⟦p:a|on and off for months⟧”.
Counsel to the inquiry, Rebecca Stanhope KC, asked how often he had reported the fault.
“⟦d:a|Every time. I wrote it in the log, I phoned it through. At least a dozen times, probably more,⟧” Mr Hebblethwaite said.
“⟦d:b|What was the response?⟧”
“⟦d:a|That it was on the list.⟧”
He broke down when Ms Stanhope asked him to describe the moment he realised the two trains were on the same line. After a short break, he said: “⟦d:a|I’ve been a signaller for 30 years. You know in your stomach when something’s wrong.⟧”
Network operator Transline Rail said in a statement that it had “⟦p:c|not been made aware⟧” of any persistent fault before the crash, a claim the signallers’ union disputes.
“⟦d:d|The log books speak for themselves,⟧” said Carla Westwood, regional organiser for the Rail Signalling and Maintenance Union. “⟦d:d|Our member raised this again and again.⟧”
The inquiry, chaired by the former judge Sir Howard Leckie, continues.

### 025
@a Ines Morgenthal | District Judge
@b Gordon | a retired postman
@c Pauline | His neighbour
@d Aisling | -
@e Dev | -
Court 4 at Harrowby County Court is the size of a classroom. There is no jury and no wig, just District Judge Ines Morgenthal, a box of tissues and a queue of people who cannot agree.
First up is a dispute over a hedge. Gordon, a retired postman, says his neighbour's leylandii have blocked the light to his vegetable patch for three summers. His neighbour, Pauline, says the hedge was there before he moved in.
"⟦d:b|It's twenty foot if it's an inch,⟧" Gordon tells the judge.
"⟦d:c|It's nothing like twenty foot,⟧" Pauline says.
"⟦d:a|Have either of you measured it?⟧" the judge asks. Neither has.
Judge Morgenthal suggests they go outside at lunchtime with a tape measure. "⟦d:a|Together,⟧" she adds. "⟦d:a|And bring me a number you both agree on.⟧"
Next, a young couple, Dev and Aisling, are suing a wedding photographer who, they say, delivered 40 blurry photographs eight months late. The photographer has not turned up.
"⟦d:d|We just want our money back,⟧" Aisling says. "⟦d:d|We'll never get the day back.⟧"
The judge finds in their favour in under ten minutes. Dev shakes her hand on the way out. "⟦d:e|Thank you,⟧" he says. "⟦d:e|Honestly, thank you.⟧"
By four o'clock, Gordon and Pauline are back. The hedge, they report, is 14 feet and 3 inches. Gordon says it is still too high. Pauline says she will trim it to ten.
"⟦d:a|There,⟧" says Judge Morgenthal. "⟦d:a|That wasn't so hard, was it?⟧"

### 026
@a Paul Harkness | Sergeant
@b Simon Wardell | Counsel for the Tevlin family
@c Liam Norris | PC
@d Beatrix Holm | Area coroner
A custody sergeant has told an inquest he checked on a detained man every 30 minutes as required, but did not go into the cell because “⟦p:a|he appeared to be asleep⟧”.
Marcus Tevlin, 38, was found unresponsive in a cell at Hallowmere police station on the morning of 11 April 2022. He had been arrested the previous evening on suspicion of being drunk and disorderly.
Sergeant Paul Harkness told Hallowmere Coroner’s Court that he had looked through the hatch at each check. “⟦d:a|He was lying on his side. I could see him breathing, or I believed I could,⟧” he said.
Counsel for the Tevlin family, Simon Wardell, asked why he had not tried to rouse him.
“⟦d:b|The guidance says rouse and speak to them. Did you do that?⟧”
“⟦d:a|Not every time.⟧”
“⟦d:b|How many times?⟧”
“⟦d:a|I can’t say.⟧”
PC Liam Norris, who booked Mr Tevlin into custody, said he had passed on what the man’s girlfriend told him at the scene. “⟦d:c|She said he’d taken something. I wrote it on the form and I told the sergeant,⟧” he said.
Sergeant Harkness, recalled to the witness box, said he had no memory of being told. “⟦d:a|If I’d been told that, he would have gone to hospital. Simple as that,⟧” he said.
Area coroner Beatrix Holm adjourned the hearing until Monday. “⟦d:d|The jury will want to consider both accounts with great care,⟧” she said.

### 027
@a Sarah Quennell | Employment Judge
@b Stourley Healthcare Trust | -
@c Emmanuel Osagie-Bright | -
@d Beverley Chang | His union rep
A hospital porter who was dismissed after reporting a colleague for mistreating patients has won his claim for unfair dismissal.
Employment Judge Sarah Quennell ruled that Emmanuel Osagie-Bright, who worked at Stourley District Hospital for 12 years, had been dismissed ``⟦p:a|because he blew the whistle, and for no other reason⟧''.
In her written judgment, she said: ``⟦d:a|The respondent's witnesses were, on this issue, evasive and at times frankly implausible. The tribunal did not believe them.⟧''
Stourley Healthcare Trust said it was ``⟦p:b|disappointed⟧'' by the decision and was considering an appeal.
Mr Osagie-Bright said: ``⟦d:c|I did what any decent person would do. I'd do it again tomorrow.⟧''
His union rep, Beverley Chang, called the ruling ``⟦p:d|a landmark win for every porter, cleaner and care assistant who has been told to keep their mouth shut⟧''.

### 028
@a Ngozi Fairweather-Eze | the 29-year-old
@b Harriet Vaux | Her solicitor
@c Crown Prosecution Directorate | -
@d Brackenholt Hospitals Trust | -
BRACKENHOLT, June 9 (Northgate Press) - A nurse accused of deliberately overdosing two elderly patients was acquitted on all counts on Friday after a jury deliberated for less than four hours.
Ngozi Fairweather-Eze wept in the dock as the verdicts were read at Brackenholt Crown Court.
The prosecution had alleged that she gave excessive doses of insulin to two patients on a ward at Brackenholt General Hospital in 2021. Both survived.
Speaking outside court, the 29-year-old said: "⟦d:a|For three years I have been called a monster. Today twelve people who heard all the evidence said I was innocent. I want my life back.⟧"
Her solicitor, Harriet Vaux, said the case "⟦p:b|should never have been brought⟧". "⟦d:b|The expert evidence relied on by the prosecution fell apart under scrutiny,⟧" Ms Vaux told reporters.
The Crown Prosecution Directorate said: "⟦d:c|We respect the jury's verdict. It was right that this case was put before a court.⟧"
Brackenholt Hospitals Trust, which ran the ward, said Ms Fairweather-Eze remained suspended pending "⟦p:d|an internal process⟧".

### 029
@a Olwen Prydderch | The chair of the inquiry into the collapse of the Kilbride Street car park
@b Fergus Mbatha | Tollmouth Borough Council's chief executive
@c Ridgemount Structures | the contractor
@d Kilbride Seven | The bereaved families' group
The chair of the inquiry into the collapse of the Kilbride Street car park has said the disaster was "⟦p:a|the product of a culture in which nobody was ever responsible for anything⟧".
Publishing her 640-page report on Thursday, Dame Olwen Prydderch said the council, the contractor and the building inspectorate had all "⟦p:a|failed in their most basic duties⟧".
"⟦d:a:m|The people of Tollmouth were let down at every level. The council did not maintain the structure. The contractor did not report what it found. The inspectorate signed off what it had not inspected.⟧
"⟦d:a|Each of them, when questioned, pointed to another. That is not accountability. It is its opposite.⟧"
Seven people died when the upper deck of the car park gave way on 23 December 2020.
Tollmouth Borough Council's chief executive, Fergus Mbatha, said: "⟦d:b|We accept the report's findings in full. We are sorry.⟧"
Ridgemount Structures, the contractor, said it would "⟦p:c|study the report in detail before responding⟧".
The bereaved families' group, Kilbride Seven, said in a statement: "⟦d:d|Today the truth is written down. Now we want to see people held to account.⟧"

### 030
@a Anjali Mehta | Prosecutor
@b Susan Cordery-Platt | Mrs Cordery’s daughter
@c Rebecca Lamb | -
@d Karen Whitlow | Judge
A carer who stole more than £60,000 from a widow with dementia has been jailed for four years.
Janice Pettifer, 55, of Osier Lane, Dunmarsh, admitted fraud by abuse of position and theft. She had been employed by an agency to visit Evelyn Cordery, 88, three times a week.
Prosecutor Anjali Mehta told Dunmarsh Crown Court that Pettifer had used Mrs Cordery’s bank card for more than two years, spending the money on holidays, jewellery and gambling websites.
“⟦d:a|She was trusted with the keys to Mrs Cordery’s home. She used them to empty her life savings,⟧” Ms Mehta said.
Mrs Cordery’s daughter, Susan Cordery-Platt, discovered the thefts when she took over her mother’s finances. In a statement read to the court, she said: “⟦d:b|My mother thought of her as a friend. She used to save biscuits for her visits.⟧”
Defending, Rebecca Lamb said Pettifer had a gambling addiction and had been “⟦p:c|in a very dark place⟧”. “⟦d:c|She has not placed a bet since the day she was arrested,⟧” Ms Lamb said.
Judge Karen Whitlow told Pettifer: “⟦d:d|You stole from a woman who could not understand what was happening to her, and who could not tell anyone. That makes this a very serious offence.⟧”
“⟦d:d|I accept that you are ashamed. But shame does not return a penny to Mrs Cordery.⟧”
Mrs Cordery died in January, before the case came to court.

### 031
@a - | An undercover police officer
@b Niall Brennan | Maitland's barrister
@c Helen Ashby-Grant | Prosecutor
An undercover police officer has told a jury how he spent 14 months posing as a drug courier to infiltrate a gang supplying cocaine across Ravensdale.
The officer, who cannot be identified and gave evidence from behind a screen under the pseudonym "⟦s:-|Officer 27⟧", said he was first introduced to the alleged ringleader, Dean Maitland, at a car wash in Thornbury in June 2021.
"⟦d:a|He looked me up and down and said, 'You're not from round here.' I said I'd moved up from the coast for work. He seemed to accept it,⟧" the officer told Ravensdale Crown Court.
Maitland, 39, and five co-defendants deny conspiracy to supply class A drugs.
Cross-examined by Maitland's barrister, Niall Brennan KC, the officer denied encouraging the defendant to commit offences.
"⟦d:b|You were the one suggesting bigger deals, weren't you?⟧" Mr Brennan asked.
"⟦d:a|No, sir. I took what I was offered.⟧"
"⟦d:b|You're trained to lie, aren't you, officer?⟧"
"⟦d:a|I'm trained to keep a cover story. That's not the same thing.⟧"
Prosecutor Helen Ashby-Grant told jurors at the start of the trial that the officer's recordings would be "⟦p:c|at the heart of this case⟧".
The trial continues.

### 032
@a Fiona Kettering | Upper Tribunal Judge
@b Chloe Ferris | his partner
@c Border Directorate | -
@d - | a spokesperson
@e Kenneth Darby-Lowe | Local MP
@f Rashid Mahmoudi | -
A father of three who has lived in Farleigh since the age of four has won his fight against deportation after a tribunal ruled that removing him would be “⟦p:a|unduly harsh⟧” on his children.
Rashid Mahmoudi, 31, was served with a deportation order in 2022 after serving an 18-month sentence for handling stolen goods.
In a decision published on Tuesday, Upper Tribunal Judge Fiona Kettering said Mr Mahmoudi had “⟦p:a|no meaningful connection⟧” to the country of his birth and did not speak its language.
“⟦d:a|The appellant’s eldest child has a serious heart condition and relies on her father to take her to hospital appointments. The effect of his removal on her would be severe,⟧” the judge wrote.
In a letter to the tribunal, his partner, Chloe Ferris, said: “⟦d:b|The children ask every night whether Daddy is going away. I don’t know what to tell them.⟧”
The Border Directorate said it was “⟦p:c|disappointed⟧” and would consider whether to appeal. “⟦d:d|Foreign criminals should be in no doubt that we will seek to remove them,⟧” a spokesperson said.
Local MP Kenneth Darby-Lowe, who backed the campaign to keep Mr Mahmoudi in Farleigh, warned the government against an appeal. “⟦d:e|This family has been through enough. Let them get on with their lives,⟧” he said.
Mr Mahmoudi insisted he had changed. “⟦d:f|I made a stupid mistake when I was 26. I’ve paid for it. I just want to be a dad,⟧” he said.

### 033
@a Reto Gisler-Amstutz | A cable car operator’s chief engineer
@b Beat Zurbriggen | Presiding judge
@c Corinne Baumann | Ms Vonlanthen’s lawyer
@d Martin Eggimann | Their representative
ORANEN, 3 February — A cable car operator’s chief engineer told a court in Oranen on Tuesday that he had repeatedly asked for a braking system to be replaced in the two years before a cabin plunged 40 metres, killing five people.
Reto Gisler-Amstutz, 58, is one of three executives of Bergbahnen Oranen AG on trial for negligent homicide.
«⟦d:a|Ich habe es dreimal schriftlich gemeldet⟧», Mr Gisler-Amstutz told the court. «⟦d:a|I reported it three times in writing.⟧»
He said the company’s then managing director, Andrea Vonlanthen, had told him the replacement would have to wait until the end of the winter season. Ms Vonlanthen, who is also on trial, denies this.
Presiding judge Beat Zurbriggen asked him why he had not simply shut the line down. «⟦d:b|You were the engineer. You had the key⟧», the judge said.
Mr Gisler-Amstutz paused for several seconds. «⟦d:a|Das frage ich mich jeden Tag⟧», he said — «⟦d:a|I ask myself that every day⟧».
Ms Vonlanthen’s lawyer, Corinne Baumann, said the engineer was «⟦p:c|rewriting history to save himself⟧». «⟦d:c|There is not one document in which he says the line is unsafe⟧», she told reporters.
The families of the dead are joint plaintiffs and have asked for prison sentences. Their representative, Martin Eggimann, said: «⟦d:d|They want to know who decided that money mattered more than lives.⟧»
A verdict is expected in March.

### 034
@a Colin Sowerby | Her father
@b Ruth Sowerby | Her mother
@c Imogen Hartley | -
@d Patrick Ng | Judge
@e Tom Keane | Cycling Ambleford chair
A van driver who killed a cyclist while looking at a sat-nav has been jailed for 16 months.
Stuart Bellingham, 47, of Mill Croft, Ambleford, pleaded guilty to causing death by careless driving.
Ambleford Crown Court heard that he drove into the back of Harriet Sowerby, 24, on the Ambleford bypass on 7 May last year. She died at the scene.
Her father, Colin Sowerby, read his victim personal statement to the court. "⟦d:a|Harriet was cycling to her first day at a new job. She had laid out her clothes the night before,⟧" he said. "⟦d:a|We kept them on the chair for a year. We couldn't move them.⟧"
Her mother, Ruth Sowerby, spoke directly to Bellingham, who sat with his head bowed. "⟦d:b|I don't hate you. I have tried to. But I need you to understand what you took,⟧" she told him.
Defending, Imogen Hartley said her client had been "⟦p:c|utterly broken⟧" by what he had done. "⟦d:c|He has written to the family. He does not expect forgiveness,⟧" she said.
Sentencing, Judge Patrick Ng said the defendant had been "⟦p:d|looking at a screen instead of the road⟧" for at least four seconds.
"⟦d:d|In four seconds at 40 miles an hour, you travel the length of a football pitch. You did not see Harriet at all,⟧" he said.
Bellingham was also banned from driving for four years.
After the hearing, Cycling Ambleford chair Tom Keane said the sentence was "⟦p:e|a reminder of how cheap a cyclist's life is considered to be⟧".

### 035
@a Bryony Talbot | -
@b Anton Kovačević | -
@c Kwabena Asante-Morris | Her barrister
@d Henrietta Blake | Mr Kovačević’s solicitor
A television chef has won his libel action against a food blogger who accused him of stealing recipes, with a jury awarding him £85,000 in damages.
Anton Kovačević, who presents the Saturday cookery programme “⟦s:-|Fire & Salt⟧”, sued Bryony Talbot over a series of posts in 2022 in which she called him “⟦p:a|a fraud in an apron⟧”.
Ms Talbot had argued that her posts were “⟦p:a|honest opinion⟧”.
Outside the High Court in Greymouth, Mr Kovačević said: “⟦d:b|I have cooked for 30 years. Every dish I have ever published is mine. Today a jury agreed.⟧”
Ms Talbot posted on Instagram shortly after the verdict: “⟦d:a|Disappointed, obviously. I stand by every word and I’m talking to my lawyers about an appeal.⟧”
Her barrister, Kwabena Asante-Morris, had told the jury during the trial that the case was “⟦p:c|a bully with a big budget trying to silence a small voice⟧”.
Mr Kovačević’s solicitor, Henrietta Blake, said the damages would be given to a hospitality charity. “⟦d:d|This was never about money,⟧” she said.

### 036
@a - | A former pupil at St Aldric's School
@b Philippa Greenhalgh | Counsel to the inquiry
@c Donald Ashcombe | the then headmaster
@d Ruth Ekwueme | The inquiry chairwoman
@e Victoria Lanyon | The school's current head
A former pupil at St Aldric's School has told an inquiry that teachers "⟦p:a|looked the other way⟧" when he reported being abused by a housemaster in the 1980s.
The witness, who was given the cipher B12 to protect his identity, said he first told a teacher what was happening when he was 11. "⟦d:a|He said I was making it up and that I should think very carefully about what I was saying,⟧" he told the Independent Inquiry into Abuse at Residential Schools.
"⟦d:a|I stopped telling anyone after that. I didn't say another word about it for 30 years.⟧"
Counsel to the inquiry, Philippa Greenhalgh, asked him: "⟦d:b|Did anyone at the school ever come back to you about it?⟧"
"⟦d:a|Never.⟧"
Ms Greenhalgh then read from a 1986 letter in which the then headmaster, the Rev. Donald Ashcombe, assured a parent that the housemaster was "⟦p:c|a man of unimpeachable character⟧".
The inquiry chairwoman, Professor Ruth Ekwueme, said the evidence had been "⟦p:d|harrowing⟧". "⟦d:d|We are grateful to every survivor who has come forward. Their courage is the reason this inquiry exists,⟧" she said.
Mr Ashcombe died in 2009. The housemaster, who was never charged, died in 1998.
The school's current head, Victoria Lanyon, said in a statement: "⟦d:e|We apologise unreservedly to all those who were failed by St Aldric's. What happened was inexcusable.⟧"

### 037
@a R.T. Okafor-Pryce | -
@b A.K. Devarajan | for the campaigners
@c Margaret O’Hanlon-Birch | The group’s founder
@d Jim Ferreira | Ellersby Borough Council’s cabinet member for culture
Campaigners have lost a High Court challenge to the closure of three libraries in Ellersby.
Save Ellersby Libraries had argued that the borough council failed to consult properly before deciding to shut the branches at Crofton, Neap Hill and Sallowgate.
In his judgment, Mr Justice R.T. Okafor-Pryce said the consultation had been “⟦p:a|far from perfect⟧” but lawful. “⟦d:a|The question for this court is not whether the decision was wise, but whether it was lawful. It was,⟧” he wrote.
A.K. Devarajan KC, for the campaigners, had told the court during the two-day hearing that the council made up its mind “⟦p:b|before a single resident was asked⟧”.
The group’s founder, Margaret O’Hanlon-Birch, said she was “⟦p:c|gutted but not finished⟧”. “⟦d:c|We’ll be looking at an appeal. And we’ll be at the ballot box in May,⟧” she said.
Ellersby Borough Council’s cabinet member for culture, Cllr Jim Ferreira, said: “⟦d:d|We have never pretended this was an easy decision. We now need to move forward and make the new community hubs a success.⟧”

### 038
@a Alison Featherstone-Rae | The mother-of-two
@b Naomi Castillo-Grant | Prosecutor
@c Tobias Green | His barrister
A former deputy headteacher accused of falsely claiming she was driving her husband's car when it was caught speeding has told a jury she "⟦p:a|genuinely believed⟧" it was her.
Alison Featherstone-Rae, 49, and her husband, Michael Rae, 51, both deny perverting the course of justice.
Giving evidence at Marbury Crown Court, Mrs Featherstone-Rae said the couple shared the car and she often drove it on that route. "⟦d:a|I filled in the form in good faith,⟧" she said. "⟦d:a|I'd driven that road that week, I was sure it was me.⟧"
Prosecutor Naomi Castillo-Grant showed her a still from the camera. "⟦d:b|That's a man, isn't it?⟧"
"⟦d:a|It's very blurry.⟧"
"⟦d:b|Mrs Featherstone-Rae, the driver has a beard.⟧"
The mother-of-two paused. "⟦d:a|I accept it looks like a man,⟧" she said eventually.
Michael Rae, who has three previous convictions for speeding, has not yet given evidence. His barrister, Tobias Green, told jurors in his opening that his client had "⟦p:c|no idea⟧" the form had been filled in.
The trial continues.

### 039
@a Sanjeev Malhotra | the GP who saw him
@b Martin Thwaite | Oliver’s father
@c Hamish Durrant | Senior coroner
The father of a student who died of meningitis has confronted a GP at his son’s inquest, asking why he was told to “⟦p:a|take paracetamol and rest⟧”.
Oliver Thwaite, 20, a second-year engineering student at Coldharbour University, died at Coldharbour Royal Infirmary on 4 February, 30 hours after he was seen at the Castle Street Medical Centre.
Dr Sanjeev Malhotra, the GP who saw him, told the inquest the symptoms had been “⟦p:a|consistent with a viral illness⟧” at the time. “⟦d:a|There was no rash, no neck stiffness and his temperature was only slightly raised,⟧” he said.
Oliver’s father, Martin Thwaite, who was allowed to question the witness, asked: “⟦d:b|Did you tell him to come back if he got worse?⟧”
“⟦d:a|I believe I did. It’s my standard advice.⟧”
“⟦d:b|It’s not in the notes, is it?⟧”
“⟦d:a|No,⟧” the doctor said. “⟦d:a|It isn’t.⟧”
Senior coroner Hamish Durrant said he would not find that the GP had been negligent. “⟦d:c|Meningitis can be extraordinarily difficult to diagnose in its early stages. I am satisfied that Dr Malhotra’s assessment was within the range of reasonable practice,⟧” he said.
Recording a conclusion of natural causes, he added: “⟦d:c|I hope that every GP who reads about this case makes a note of what they tell their patients.⟧”
After the hearing, Mr Thwaite said: “⟦d:b|We didn’t come here to destroy a doctor. We came to find out why our son died. We still don’t really know.⟧”

### 040
@a Eleanor Stroud | Judge
@b Independent Couriers' Union | -
@c Kofi Mensah-Hart | Its general secretary
@d - | a company spokesperson
Couriers working for the delivery app Zippa are workers entitled to holiday pay and the minimum wage, the Employment Appeal Tribunal has ruled.
Dismissing Zippa's appeal, Judge Eleanor Stroud said the company's contracts described the riders as independent contractors but that this was ``⟦p:a|a label, not a reality⟧''.
``⟦d:a|The riders cannot set their own prices, cannot meaningfully reject work and are subject to a rating system that can end their engagement at any moment. That is control,⟧'' she wrote.
The Independent Couriers' Union, which brought the case on behalf of 14 riders, called the decision ``⟦p:b|historic⟧''. Its general secretary, Kofi Mensah-Hart, said: ``⟦d:c|For six years Zippa has told riders they are their own bosses. Today a judge has said what every rider already knew.⟧''
Zippa said it would seek permission to appeal to the Court of Appeal. ``⟦d:d|Riders tell us they value the flexibility of working with us, and we will continue to fight to protect it,⟧'' a company spokesperson said.

### 041
@a Yolanda Mbeki | the judge
@b Karin Lindqvist | Mr Lindqvist's wife
@c Sam Bhatt | Detective Inspector
A man who murdered his business partner and buried his body in woodland has been jailed for life with a minimum term of 24 years.
Ashley Brandreth, 45, was convicted last month of murdering Paul Lindqvist, 50, with whom he ran a classic car dealership in Kettlewick.
Sentencing him at Kettlewick Crown Court, Mrs Justice Yolanda Mbeki said Brandreth had killed his friend of 20 years "⟦p:a|for money, and for nothing else⟧".
"⟦d:a:m|You had been stealing from the business for at least two years. When Mr Lindqvist discovered what you were doing and told you he was going to the police, you decided he would not get the chance.⟧
"⟦d:a|You then spent eleven weeks lying to his wife, to his children and to the police. You sent messages from his phone pretending to be him. You joined the search for him. That is a level of cruelty this court rarely sees.⟧"
"⟦d:a|There is no evidence of genuine remorse,⟧" the judge added.
Brandreth, who denied murder, showed no reaction as the sentence was passed.
Mr Lindqvist's wife, Karin Lindqvist, said in a statement read outside court by Detective Inspector Sam Bhatt: "⟦d:b|Paul trusted Ashley completely. He was godfather to our daughter. I will never understand how he could sit at our table while Paul was lying in those woods.⟧"
DI Bhatt said: "⟦d:c|This was a complex investigation, and I want to thank the members of the public who came forward.⟧"

### 042
@a Simon Harcourt | the senior judge on the panel
@b Femi Adebanjo | His victim
@c Kate Rushworth | The Solicitor General
@d Geoffrey Lund | Ambler-Stone’s barrister
The jail term of a man who blinded a doorman in one eye in a nightclub attack has been increased from four to seven years after appeal judges ruled it was too lenient.
Craig Ambler-Stone, 26, was sentenced at Tolworth Crown Court in March after admitting grievous bodily harm with intent. His victim, Femi Adebanjo, 35, lost the sight in his left eye.
The Solicitor General, Kate Rushworth, referred the case to the Court of Appeal. On Wednesday, the senior judge on the panel, Lord Justice Simon Harcourt, said the original sentence “⟦p:a|failed to reflect the gravity of the harm⟧”.
“⟦d:a|This was a sustained attack on a man doing his job. Mr Adebanjo will live with its consequences for the rest of his life,⟧” he said.
Mr Adebanjo said he was relieved. “⟦d:b|When I heard four years, I felt like what happened to me didn’t matter. Today it feels like it does,⟧” he told the Tolworth Echo.
Ms Rushworth said: “⟦d:c|Sentences must reflect the harm done to victims. I’m pleased the court agreed that this one did not.⟧”
Ambler-Stone’s barrister, Geoffrey Lund, had argued that the trial judge was entitled to give credit for his client’s “⟦p:d|genuine remorse and his efforts at rehabilitation⟧”.

### 043
@b Donna Whiteley | her sergeant
@a Kerry-Ann Lodge | -
@c Elaine Forsyth | Her barrister
@d Heather Mullins | -
A former police constable who claims she was bullied out of her job because she is gay has told an employment tribunal her sergeant called her "⟦p:b|the diversity hire⟧" in front of colleagues.
Kerry-Ann Lodge, 31, served with Marchbank Police for six years before resigning in 2023. She is claiming constructive dismissal and discrimination on the grounds of sexual orientation.
Giving evidence in Ashcote, she said Sergeant Donna Whiteley made comments about her sexuality "⟦p:a|almost daily⟧". "⟦d:a|It was always dressed up as a joke. If you didn't laugh, you were the problem,⟧" she said.
Her barrister, Elaine Forsyth, asked her why she had not made a formal complaint sooner. "⟦d:c|What stopped you?⟧"
"⟦d:a|I'd seen what happened to people who did. They got moved, or they got watched.⟧"
Cross-examining for the force, Heather Mullins suggested that Ms Lodge had never mentioned the comments in her exit interview.
"⟦d:a|That's right,⟧" she said.
"⟦d:d|Why not?⟧"
"⟦d:a|Because the person doing my exit interview was Sergeant Whiteley's best friend.⟧"
Sgt Whiteley, who is expected to give evidence on Thursday, denies making the comments. In her witness statement, she said: "⟦d:b|I have never made a comment about PC Lodge's private life, in jest or otherwise.⟧"
Employment Judge Marian Tobin told the parties she expected to reserve her judgment.

### 044
@a Imran Qadir | -
@b Gwenllian Rhys | His defence barrister
@c Huw Prothero | former captain
@d Sione Taufa | his former coach
@e David Penhaligon | Recorder
A former rugby international who punched a taxi driver outside a nightclub has avoided jail after the court heard letters of support from his former teammates and coach.
Rhodri Ellis-Vaughan, 34, who won 28 caps, admitted assault occasioning actual bodily harm at Aberllyn Crown Court.
The court heard he struck Imran Qadir, 52, twice after an argument about the fare in the early hours of 2 September. Mr Qadir suffered a broken cheekbone.
In a victim statement, Mr Qadir said: “⟦d:a|I have driven a taxi for 19 years. I had never been afraid before. Now I don’t work weekends.⟧”
His defence barrister, Gwenllian Rhys, read letters from several of Ellis-Vaughan’s former teammates. One, from former captain Huw Prothero, described him as “⟦p:c|the most generous man I have ever played alongside⟧”.
“⟦d:c|What happened that night was completely out of character. I have known Rhodri for 15 years and I have never seen him raise a hand in anger off the pitch,⟧” Mr Prothero wrote.
Another, from his former coach Sione Taufa, said: “⟦d:d|Rhodri has struggled since retirement, as many players do. He needs help, not a cell.⟧”
Ms Rhys told the court: “⟦d:b|He is deeply ashamed and has asked me to apologise to Mr Qadir publicly.⟧”
Recorder David Penhaligon imposed a 12-month sentence suspended for two years, with 200 hours of unpaid work and £2,000 compensation.
“⟦d:e|Your sporting achievements do not earn you any leniency. What does is your early guilty plea, your genuine remorse and the fact that you are now receiving treatment,⟧” he told Ellis-Vaughan.

### 045
@a Drinking Water Standards Panel | -
@b - | One person
@c Fiona Gallacher-Wynn | Harbourside Water's chief executive
@d - | A spokesperson for Harbourside Water
@e Patrick Dunleavy | Lowmoor resident
The chief executive of Harbourside Water is expected to be criticised in a report into the contamination of drinking water in Lowmoor, according to people familiar with its findings.
The report by the Drinking Water Standards Panel, due to be published next week, will say the company was "⟦p:a|too slow⟧" to warn residents after E. coli was detected at its Crane Hill treatment works in August, according to two people who have seen a draft.
One person described the draft as "⟦p:b|brutal⟧". "⟦d:b|There's a whole section on the chief executive's decisions that night. She's not going to enjoy reading it,⟧" they said.
More than 400 people fell ill, and 38 were treated in hospital.
Harbourside Water's chief executive, Fiona Gallacher-Wynn, told a meeting of Lowmoor council last month that the company had "⟦p:c|acted on the best information available at the time⟧".
A spokesperson for Harbourside Water said: "⟦d:d|We have cooperated fully with the panel and will respond to its report when it is published. It would be inappropriate to comment before then.⟧"
Lowmoor resident Patrick Dunleavy, whose two-year-old daughter was among those admitted to hospital, said he had been "⟦p:e|waiting months for someone to be honest⟧". "⟦d:e|Whatever the report says, I want to hear her say sorry,⟧" he said.
The panel's chair, Professor Amit Sengupta, declined to comment.

### 046
@a Elena Bassi-Moretti | Prosecutor
@b Giancarlo Rota | The president of the court
@c Silvana Ferraresi | -
@d Paola Lentini | A nurse who gave evidence for the prosecution
LUGARNO — A former hospital director was acquitted on Friday of falsifying waiting-list data, in a verdict the prosecution called «⟦p:a|incomprehensible⟧».
Dr Silvana Ferraresi, 61, ran the Ospedale San Vittore in Lugarno from 2012 to 2020. Prosecutors accused her of ordering staff to remove patients from surgical waiting lists to meet government targets.
The president of the court, Giancarlo Rota, said the evidence had not shown that Dr Ferraresi personally gave any such order. «⟦d:b|Il dubbio resta, ma il dubbio non basta per condannare⟧», he said. «⟦d:b|The doubt remains, but doubt is not enough to convict.⟧»
Prosecutor Elena Bassi-Moretti, who had asked for a two-year suspended sentence, said outside court that she would appeal. «⟦d:a|Incomprensibile⟧», she said of the verdict — «⟦d:a|incomprehensible⟧».
Dr Ferraresi embraced her husband as the verdict was read. «⟦d:c|Ho sempre detto la verità⟧», she told reporters. «⟦d:c|I have always told the truth.⟧»
A nurse who gave evidence for the prosecution, Paola Lentini, said she was «⟦p:d|disappointed but not surprised⟧». «⟦d:d|People like her always land on their feet⟧», she said.

### 047
@a Brian Østergaard | Former Haddon council leader
Former Haddon council leader Brian Østergaard was questioned on Tuesday at the Haddon Housing Inquiry about a 2019 meeting at which, the inquiry has heard, plans to demolish the Greenway estate were first discussed. Below is an edited extract of his evidence. He was questioned by counsel to the inquiry, Imelda Charnock.
MS CHARNOCK: You were at the meeting on 4 June 2019?
MR ØSTERGAARD: I was.
MS CHARNOCK: The minutes record you as saying, "⟦d:a|The Greenway has had its day.⟧" Did you say that?
MR ØSTERGAARD: I may have. It was a figure of speech.
MS CHARNOCK: What did it mean?
MR ØSTERGAARD: That the estate needed investment. Not that it should be knocked down.
MS CHARNOCK: Three weeks later you signed a letter to the developer describing the estate as "⟦p:a|beyond economic repair⟧".
MR ØSTERGAARD: That language came from officers.
MS CHARNOCK: But it was your signature.
MR ØSTERGAARD: Yes.
Speaking to reporters afterwards, Mr Østergaard said: "⟦d:a|I've answered every question put to me. I have nothing to hide.⟧"

### 048
@a Devinder Sahota | Prosecutor
@b Kyle Treadwell | One of the defendants
@c Anthony Bairstow | Judge
@d Lorraine Gathercole | Chief Superintendent
@e - | A man in the public gallery
Four men have been found guilty of violent disorder after a protest outside a hotel housing asylum seekers in Wrexford turned violent.
The jury at Wrexford Crown Court was shown footage of a crowd of about 200 people chanting "⟦s:-|Send them back⟧" as fireworks were thrown at police lines. Placards reading "⟦s:-|Wrexford Says No⟧" were carried at the front of the march.
Prosecutor Devinder Sahota said the four had been "⟦p:a|at the very front of the violence⟧". "⟦d:a|This was not a peaceful protest that got out of hand. These men came ready for a fight,⟧" he told jurors.
One of the defendants, Kyle Treadwell, 23, told the court he had only gone "⟦p:b|to see what was going on⟧". "⟦d:b|I got caught up in it. I'm not a racist,⟧" he said.
Judge Anthony Bairstow remanded all four in custody. "⟦d:c|Every one of you should expect an immediate prison sentence,⟧" he told them.
A man in the public gallery shouted "⟦d:e|Disgrace!⟧" as the defendants were led away.
Outside court, Chief Superintendent Lorraine Gathercole of Wrexford Police said: "⟦d:d|People have a right to protest. They do not have a right to terrify families, attack officers and set fire to cars.⟧"

### 049
@a Gillian Okwuosa | senior coroner
@b Amira Haddad-Lowe | -
@c Frances Tolley | The hospital’s chief nurse
@d Samir Lowe | Mrs Haddad-Lowe’s husband
A coroner has said a mother-of-three who died of sepsis after giving birth was “⟦p:a|failed by a system that did not listen to her⟧”.
Amira Haddad-Lowe, 33, died at Calderbrook Hospital on 9 October 2022, six days after the birth of her third child.
Recording a narrative conclusion at Calderbrook Coroner’s Court on Friday, senior coroner Dr Gillian Okwuosa said Mrs Haddad-Lowe had told midwives on at least four occasions that she felt “⟦p:b|something is very wrong⟧”.
“⟦d:a:m|She knew her own body. She had had two children before. She was clear, she was consistent and she was not believed.⟧
“⟦d:a|Had she been given antibiotics on the evening of 6 October, when her observations first deteriorated, she would, on the balance of probabilities, have survived.⟧”
The hospital’s chief nurse, Dr Frances Tolley, told the inquest earlier in the week that the trust had “⟦p:c|learned painful lessons⟧”. “⟦d:c|We have changed how we respond when a woman tells us she feels unwell. Her words now count as much as the numbers,⟧” she said.
Mrs Haddad-Lowe’s husband, Samir Lowe, said outside court: “⟦d:d|Amira should be here, watching our daughter grow up. Instead our daughter will know her mother from photographs.⟧”
“⟦d:d|I hope no other husband has to stand where I am standing,⟧” he added.

### 050
@a Miriam Oyelaran | Judge
@e Jason Fells | -
@b Harold Pinnock | an 84-year-old widower
@c Ruth Hallworth | Trading Standards officer
Two brothers who ran a sham energy-saving business that targeted elderly homeowners have been jailed.
Darren Fells, 44, and Jason Fells, 39, of Quarry Lane, Hensby, were convicted of conspiracy to defraud after a six-week trial at Hensby Crown Court.
The court heard that the pair's company, EcoWarm Solutions, charged pensioners up to £18,000 for loft insulation and "⟦s:-|smart⟧" boilers that were never fitted or did not work.
Sentencing, Judge Miriam Oyelaran said Darren Fells, the elder brother, had been "⟦p:a|the driving force⟧". He was jailed for six years.
"⟦d:a|You picked your victims because they were old, alone and trusting. You sent salesmen to sit in their kitchens, drink their tea and lie to them,⟧" she told him.
Jason Fells, who the judge said had been "⟦p:a|weak rather than wicked⟧", was jailed for three and a half years. As he was led down, he turned to the public gallery and said: "⟦d:e|Sorry, Mum.⟧"
Harold Pinnock, an 84-year-old widower, said in a statement read to the court: "⟦d:b|I paid £14,000 of my savings for a boiler that broke down in the first week. I haven't had heating for two winters.⟧"
Trading Standards officer Ruth Hallworth said: "⟦d:c|These men are the reason people are afraid to open their front doors.⟧"

### 051
@a - | a private who cannot be named
@b Carolyn Eastbrook | The judge advocate
@d Rhys Haldane | Major
@c Land Forces Command | -
A soldier who hid a phone to film a female colleague in a shower block has been dismissed from the army and jailed for ten months at a court martial.
Lance Corporal Dale Whitmarsh, 27, of the 2nd Battalion, the Fenland Rifles, admitted voyeurism at the Military Court Centre in Catterham.
The court heard that the victim, a private who cannot be named, found his phone hidden behind a cistern in a female shower block at Harwood Barracks in March.
In a statement read to the court, she said: “⟦d:a|I joined the army because I wanted to serve. I did not expect to have to check every room for cameras. I still do.⟧”
The judge advocate, Assistant Judge Advocate General Carolyn Eastbrook, said the offence was “⟦p:b|a gross breach of trust between comrades⟧”.
Defending, Major Rhys Haldane said Whitmarsh had been “⟦p:d|drinking heavily⟧” after returning from a tour abroad and had since sought help.
“⟦d:b|Soldiers must be able to trust the people they live and work alongside. You destroyed that trust for your own gratification,⟧” the judge advocate told Whitmarsh.
Land Forces Command said in a statement: “⟦d:c|There is no place in the Army for this behaviour. We will continue to act swiftly whenever it is reported.⟧”

### 052
@a Reuben Carr | His friend
@b Tessa Vickery | Assistant coroner
@c Ridgeway Aggregates | the quarry's owner
@d Abena Lennox | Kai's mother
A teenager who drowned in a flooded quarry had been swimming with friends who tried to pull him out, an inquest has heard.
Kai Lennox-Boateng, 15, died at Ridgeway Quarry near Stanmoor on 18 July, the hottest day of the year.
His friend Reuben Carr, 16, told the inquest in Stanmoor: ``⟦d:a|He said the water was freezing, then he just went under. I dived down three times and couldn't find him.⟧''
Assistant coroner Tessa Vickery said the quarry's owner, Ridgeway Aggregates, had put up signs and fencing. ``⟦d:b|But fences do not stop 15-year-olds on a hot day. Nothing on this site told those boys how cold that water was, or what it can do to a body,⟧'' she said.
She recorded a conclusion of misadventure.
Ridgeway Aggregates said it would ``⟦p:c|review all safety measures at the site⟧''.
Kai's mother, Abena Lennox, said: ``⟦d:d|Kai loved life. He was a good boy who made one mistake on one hot afternoon.⟧''

### 053
@a Bernard Quilley-Hurst | the defendant
@b Victor Adeleke | prosecutor
@c Penelope Arkwright | The Wraxby Hall estate manager
A retired art dealer accused of handling a stolen painting has told a jury he bought it in “⟦p:a|perfectly good faith⟧” at a car boot sale.
Bernard Quilley-Hurst, 78, of Elmstead, denies handling stolen goods. The painting, an 18th-century portrait known as “⟦s:-|The Lady in Grey⟧”, was stolen from Wraxby Hall in 1994.
Giving evidence at Northmoor Crown Court, Mr Quilley-Hurst recalled spotting the portrait propped against a trestle table at a sale in 2009. “⟦d:a|It was filthy and the frame was broken. The chap wanted forty pounds. I offered thirty,⟧” he said.
Asked by prosecutor Victor Adeleke whether a dealer with 50 years’ experience would not have recognised a valuable work, the defendant admitted: “⟦d:a|I thought it might be worth something. I didn’t think it was worth half a million.⟧”
“⟦d:b|You didn’t check the stolen art registers?⟧”
“⟦d:a|I didn’t think of it, no.⟧”
Mr Adeleke put it to him that he had kept the painting in a locked cupboard for 13 years. “⟦d:a|Where else would I keep it? On the garage wall?⟧” the defendant replied.
The Wraxby Hall estate manager, Penelope Arkwright, told the court the owners had long since “⟦p:c|given up hope⟧” of seeing the portrait again. “⟦d:c|When the police rang, I actually sat down on the floor,⟧” she said.
The trial continues.

### 054
@a - | the family
@b Claudette Whitfield | Their mother
@c Tanisha Whitfield | Mr Whitfield's sister
@d Martin Boyce | Collister's solicitor
@e Alison Greaves-Maddox | Sutterby Police Chief Constable
A police officer has been cleared of manslaughter over the death of a man who was restrained during an arrest in Sutterby.
PC Ryan Collister, 35, was found not guilty after a four-week trial at Sutterby Crown Court. Lamar Whitfield, 29, died in hospital three days after he was held face-down on a pavement for more than nine minutes in August 2021.
Outside court, Mr Whitfield's sister, Tanisha Whitfield, read a statement on behalf of the family. "⟦d:a|Lamar said 'I can't breathe' eleven times. We heard every one of them played in that courtroom. Today we were told that nobody is responsible,⟧" it said.
Their mother, Claudette Whitfield, stood beside her. "⟦d:b|I raised him to respect the police,⟧" she said. "⟦d:b|I don't know what I tell my grandchildren now.⟧"
Speaking to reporters afterwards, Tanisha Whitfield added: "⟦d:c|We're not finished. We will be asking the Police Conduct Authority to look at this again.⟧"
Collister's solicitor, Martin Boyce, said his client had "⟦p:d|always maintained that he acted in accordance with his training⟧". "⟦d:d|He has thought about Mr Whitfield and his family every day. He takes no pleasure in today,⟧" he said.
Sutterby Police Chief Constable Alison Greaves-Maddox said: "⟦d:e|A man has died, and a family is grieving. Whatever the verdict, we must learn from what happened on that pavement.⟧"

### 055
@a - | an official
@b Edson Mabunda-Ferreira | -
@c Niamh Gallagher | Judge
@d Leila Farahani | director of the charity Rainbow Haven
A gay man who says he was beaten by police in his home country has been granted asylum after an appeal judge found the Border Directorate had been wrong to doubt his sexuality.
Edson Mabunda-Ferreira, 29, arrived in Saltport in 2021 and claimed asylum the following day. His claim was refused after an official concluded that his account of his relationships was “⟦p:a|vague and lacking in detail⟧”.
“⟦d:b|Eles me chamaram de doença,⟧” he told the tribunal in Portuguese — “⟦d:b|They called me a disease.⟧”
Judge Niamh Gallagher said the refusal letter had relied on “⟦p:c|stereotyped assumptions about how gay men should talk about their lives⟧”.
“⟦d:c|It is not for a decision-maker to expect an applicant to describe his sexuality in the language of a university seminar,⟧” she wrote.
Leila Farahani, director of the charity Rainbow Haven, which supported his appeal, said: “⟦d:d|Edson’s case is sadly typical. Decision-makers are still asking the wrong questions.⟧”
Mr Mabunda-Ferreira said: “⟦d:b|For the first time in my life, I feel safe. I can finally stop hiding.⟧”

### 056
@a Neil Pawson | Detective Inspector
@b Graham Yeo | his superior
@c Jessica Ferrante | Counsel to the inquiry
@d Denise Brannigan | Holly's mother
Two detectives who led the search for missing teenager Holly Brannigan have given conflicting accounts to an inquiry of who decided to scale back the operation.
Holly, 16, disappeared from her home in Castlemorne on 3 May 2019. Her body was found in woodland eleven months later.
Detective Inspector Neil Pawson told the Holly Brannigan Inquiry that the decision to cut the search team from 40 officers to 12 had been made by his superior, Detective Superintendent Graham Yeo. "⟦d:a|It came down from him. I argued against it,⟧" he said.
Giving evidence the following day, Det Supt Yeo rejected that account. "⟦d:b|That is simply not my recollection. DI Pawson recommended the reduction himself, in writing,⟧" he said.
Counsel to the inquiry, Jessica Ferrante, showed him an email from DI Pawson dated 14 June. "⟦d:c|Is this the recommendation you are referring to?⟧"
"⟦d:b|Yes.⟧"
"⟦d:c|It says, 'I have concerns about reducing resources at this stage.' That isn't a recommendation, is it?⟧"
Det Supt Yeo paused. "⟦d:b|I read it differently at the time,⟧" he said.
Holly's mother, Denise Brannigan, who has attended every day of the hearings, said afterwards: "⟦d:d|Two senior officers, and neither of them will say, 'That was me.' That tells you everything.⟧"

### 057
@a Ingrid Solberg | -
@b Owen Pritchard | Drummond-Kerr’s solicitor
A man jailed for life for the murder of a pensioner in Ostley has lost a bid to overturn his conviction.
Lewis Drummond-Kerr, 36, argued that fresh DNA analysis cast doubt on the case against him. Dismissing the appeal, Lady Justice Ingrid Solberg said the new evidence was “⟦p:a|of very limited significance⟧”. “⟦d:a|The case against the appellant was, and remains, a strong one,⟧” she said.
Drummond-Kerr’s solicitor, Owen Pritchard, said they would take the case to the Criminal Cases Review Panel. “⟦d:b|Lewis has always said he is innocent and he will keep saying it,⟧” he said.

### 058
@a Rupert Ainsworth-Mole | senior coroner
@b Sunita Raval | Its highways cabinet member
@c Glynis Parry-Jones | Local resident
A coroner has warned that more people will die at a rural junction near Fendon unless it is redesigned.
In a prevention of future deaths report published this week, senior coroner Dr Rupert Ainsworth-Mole said three people had been killed at the Copley Cross junction since 2020.
"⟦d:a:m|At each inquest I have heard the same evidence: drivers emerging from Copley Lane cannot see traffic approaching from the east until it is too late.⟧
"⟦d:a|I am concerned that, without urgent action, there will be further deaths at this junction.⟧"
Fendon County Council, which is responsible for the road, has 56 days to respond. Its highways cabinet member, Cllr Sunita Raval, said the authority had "⟦p:b|already commissioned a design study⟧". "⟦d:b|We take the coroner's report extremely seriously,⟧" she said.
Local resident Glynis Parry-Jones, whose husband, Alun, was killed at the junction in 2022, said she had written to the council "⟦p:c|more times than I can count⟧".
"⟦d:c|Every time there's a crash, they send someone out with a clipboard. Then nothing,⟧" she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh47.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh47",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
