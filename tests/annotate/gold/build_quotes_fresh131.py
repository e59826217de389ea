# ruff: noqa: E501
"""Build ``quotes_fresh131.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families (including statements read to the court),
inquests and fatal accident inquiries, public inquiry hearings questioned by counsel
to the inquiry, appeals, and employment, immigration, property, disciplinary and
sports tribunals, in wire, broadsheet, local-paper, tabloid, magazine, live-blog and
broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh131-NNN``.

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

* As in ``build_quotes_fresh58.py``: a role title or relational phrase before the
  name combined with an appositive after it (``His partner, Lucía Ferreira, a
  nurse``) gives the appositive as the description; where a speaker is introduced
  without an appositive and the passage refers to them by a definite description in
  a following sentence or at a cue (``the 23-year-old``, ``the former mayor``), that
  description is taken; a non-restrictive relative clause (``one parishioner, who did
  not want to be named``) is not part of the description, a restrictive one is.
* Court-report role phrases set off after counsel's name (``Bridget Ahern,
  prosecuting,``, ``defending``, ``mitigating``, ``for Mahmood``, ``representing the
  family``) are the description.
* Bare office titles before a name (``Judge``, ``District Judge``, ``Employment
  Judge``, ``Recorder``, ``Sheriff``, ``Justice``, ``Senior coroner``, ``Presiding
  magistrate``, ``Prosecutor``, police and military ranks such as ``Detective
  Sergeant``) are role titles, and such a title is the description even when the
  passage later says ``the judge``. The judicial styles ``Mr Justice``, ``Ms
  Justice``, ``Lord Justice``, ``Lord``, ``Lady``, ``Sir``, ``Dame`` and the post-
  nominals ``KC``/``SC`` are honorifics: stripped from the name and never the
  description (the speaker is then the surname or the name as written).
* Ages and addresses after a name (``Dara Lenihan (23), of Glebe Park``) are not
  descriptions.
* A statement read out on someone's behalf (a victim personal statement read by the
  prosecutor, a statement read by a solicitor for a client, a statement read by the
  coroner's officer) belongs to its author, as does speech through an interpreter.
* Messages, letters, emails, 999 calls and police-interview answers quoted in court
  belong to whoever wrote or said them. Words a witness recounts someone else saying,
  quoted by the reporter in the reporter's own sentence, belong to the person who
  originally said them; recounted words inside the witness's own quote stay part of
  the witness's span.
* In cross-examination written as alternating quote-only paragraphs, each turn
  belongs to the counsel or witness whose turn it is.
* A jury's written conclusion, a bench speaking collectively, or a verdict given by an
  unnamed foreman has a null speaker and the description used (``the jury``, ``the
  bench``, ``the foreman``).
* Ratings, group-chat names, nicknames given by the press, programme titles and
  contract terms discussed as words are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh131.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh131.jsonl")

PASSAGES = """
### 001
@a Lorraine Pettigrew | a retired postwoman who lives opposite the couple's home
@b Nkechi Adebayo-Hart | prosecuting
@c Gideon Fairweather | defending
@d Callum Ashdown | the defendant
A neighbour of a man accused of murdering his wife told a jury on Tuesday she heard "⟦p:a|a scream and then a bang like a door slamming⟧" from the couple's home in the early hours of the night the woman died.
Lorraine Pettigrew, 58, a retired postwoman who lives opposite the couple's home, was giving evidence on the second day of the trial of Callum Ashdown, 41, at Wexcombe Crown Court. Ashdown denies murdering Erin Ashdown, 39, at their house in Sallow Close, Brindlesea, in March last year.
"⟦d:a|I looked at the clock and it said ten past two,⟧" Pettigrew said. "⟦d:a|I remember thinking, that's not the television, that's real.⟧"
Questioned by Nkechi Adebayo-Hart, prosecuting, she said she had gone to her bedroom window and seen Ashdown standing in his front garden. "⟦d:a|He was just standing there in his socks. He looked up at my window, and I stepped back,⟧" she said.
"⟦d:b|Did you see anyone else in the street?⟧" Adebayo-Hart asked.
"⟦d:a|No one. It was completely still.⟧"
Pettigrew told the court that when she saw him on the driveway the next morning, he had said: "⟦d:d|Erin's gone to her mum's. We had a bit of a row.⟧"
Under cross-examination by Gideon Fairweather, defending, she accepted she had not mentioned the bang in her first statement to police.
"⟦d:c|You only mentioned a bang three weeks later, after you had read about the case in the newspaper, didn't you?⟧" Fairweather asked.
"⟦d:a|I mentioned it when I remembered it,⟧" she replied.
"⟦d:c|Is it possible that what you heard was a car door?⟧"
"⟦d:a|I know what I heard.⟧"
The defendant, who wore a grey suit and took notes throughout, showed no reaction. The trial continues.

### 002
@a Danuta Kowalczyk | mitigating
@b Mervyn Aldous | Presiding magistrate
@c Ravi Chandrasekar | Prosecutor
@d Jordan Pike | the 27-year-old
A plasterer who was found asleep at the wheel of his van at a set of traffic lights with the engine running has been banned from driving for 20 months.
Jordan Pike, 27, of Tanners Row, Callowfield, pleaded guilty at Dunmarrow Magistrates’ Court to driving with excess alcohol on January 14.
Prosecutor Ravi Chandrasekar told the court a motorist had knocked on the window of Pike’s Transit after the lights on Mill Street changed three times. “⟦d:c|He had to knock several times before the defendant woke up. When he did, he wound down the window and asked what time it was,⟧” Mr Chandrasekar said.
A breath test showed 71 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.
Danuta Kowalczyk, mitigating, said her client had been at a christening and had “⟦p:a|badly misjudged⟧” how long the alcohol would take to leave his system.
“⟦d:a|He is deeply ashamed. He has never been in trouble before and he knows how lucky he is that nobody was hurt,⟧” she said. “⟦d:a|The ban will cost him his job — he drives between sites every day — and he has accepted that.⟧”
Presiding magistrate Mervyn Aldous told Pike: “⟦d:b|You were in charge of a large vehicle at a busy junction in a state where you could not stay awake. That is about as dangerous as it gets.⟧”
He was also fined £640 and ordered to pay £85 costs and a £256 surcharge. He was offered a drink-drive rehabilitation course, which would cut the ban by 20 weeks if completed.
Speaking outside court, the 27-year-old said: “⟦d:d|I’ve got no excuses. I’ll be getting the bus for a while.⟧”

### 003
@a Desmond Quayle | -
@b Maureen Huxtable | Retired dinner lady
@c Ayodele Bankole | Recorder
@d Sunita Marwah | Mrs Huxtable's daughter
A SMOOTH-TALKING conman who posed as a North Sea oil rig captain to fleece lonely widows out of £310,000 was caged for seven years yesterday.
Desmond Quayle, 63, told his victims to call him "⟦s:-|Captain Des⟧" and showered them with flowers and soppy poems before spinning sob stories about frozen bank accounts.
Retired dinner lady Maureen Huxtable, 71, handed over her entire life savings. In a statement read to Harlowmere Crown Court by the prosecutor, she said: "⟦d:b:m|I thought I had found someone to grow old with. Instead I found out that everything he told me was a lie, right down to his name.⟧
"⟦d:b|I don't open the door any more. I don't answer the phone. He didn't just take my money, he took my trust in people.⟧"
Jailing him, Recorder Ayodele Bankole said: "⟦d:c|You targeted women who were grieving and alone, and you did it with a cold and calculating cruelty.⟧"
She added: "⟦d:c|The letters you wrote to them were not love letters. They were invoices.⟧"
Quayle, wearing a crumpled blue blazer, called out as he was led down: "⟦d:a|I'll pay it all back, Maureen.⟧"
Outside court, Mrs Huxtable's daughter Sunita Marwah said: "⟦d:d|Mum is the kindest woman alive and he saw that as a weakness. Seven years isn't enough, but at least he can't do it to anyone else.⟧"

### 004
@a Gwenllian Parry | senior coroner
@b Hefin Rhys | her father
@c Oluwaseun Adeyemi | a consultant in emergency medicine who reviewed the case
@d Cambrian Valleys Ambulance Service | the ambulance service
@e Mared Jenkins | Her flatmate
A 19-year-old student who died after an asthma attack in her university halls might have survived had an ambulance reached her sooner, a coroner has concluded.
Nia Rhys, a second-year geography student at Pontmaen University, collapsed in her room at Cwrt Derwen halls on the evening of November 3. An ambulance took 58 minutes to arrive; the target for that category of call is 18 minutes.
Her flatmate, Mared Jenkins, told the inquest at Pontmaen Guildhall she had made three calls to 999. “⟦d:e|Every time they said someone was on the way. I kept going to the window,⟧” she said. “⟦d:e|She was trying to talk to me and she couldn’t.⟧”
Dr Oluwaseun Adeyemi, a consultant in emergency medicine who reviewed the case, said the delay was “⟦p:c|probably more than minimally contributory⟧” to her death. Asked by the coroner whether earlier treatment would have made a difference, he said: “⟦d:c|On the balance of probabilities, yes. These attacks can turn very quickly, but she was still conscious at the time of the first call.⟧”
Recording a narrative conclusion, senior coroner Gwenllian Parry said: “⟦d:a:m|Nia was a bright, funny and much-loved young woman with her whole life ahead of her.⟧
“⟦d:a|I find that the delay in the arrival of the ambulance, which was caused by the number of crews held outside the emergency department at Pontmaen General, more than minimally contributed to her death.⟧”
She said she would be writing a prevention of future deaths report to the health secretary.
In a statement, Cambrian Valleys Ambulance Service said it was “⟦p:d|truly sorry⟧” and accepted the findings in full. “⟦d:d|Nia’s family deserved better from us on that night,⟧” the ambulance service said.
Speaking after the hearing, her father, Hefin Rhys, said: “⟦d:b|We have waited eighteen months to hear someone say it out loud. It doesn’t bring her back, but it matters.⟧”

### 005
@a Rosalind Achterberg | Counsel to the inquiry
@b Peter Vallance-Moore | the former flood resilience minister
@c Anand Bhattacharya | the inquiry chairman
@d Marnie Odell | a member of the Severnmouth Residents' Action Group
A former minister told the Severnmouth flood inquiry on Wednesday that he had "⟦p:b|never been shown⟧" a 2019 report warning that the town's river defences could fail in a once-in-50-years storm.
Peter Vallance-Moore, the former flood resilience minister, said the report had been "⟦p:b|stuck somewhere in the system⟧" and did not reach his desk until after the floods of February 2022, in which four people died.
Counsel to the inquiry, Rosalind Achterberg KC, took him through a series of emails showing that his private office had acknowledged receiving it.
"⟦d:a|Your private secretary wrote, on the 12th of June, 'Minister has the Halloran report in his box.' Did you read it?⟧" she asked.
"⟦d:b|I have no recollection of reading it. If it was in my box, it was one of perhaps two hundred documents that weekend,⟧" he replied.
"⟦d:a|Is that an answer to the question?⟧"
"⟦d:b|It is the most honest answer I can give you.⟧"
Later, the inquiry chairman, Sir Anand Bhattacharya, intervened. "⟦d:c|Mr Vallance-Moore, the families of those who died are sitting behind you. I would ask you to be as clear as you can,⟧" he said.
"⟦d:b|I understand that, sir, and I am sorry,⟧" the former minister said. "⟦d:b|If I failed to read it, then that was a failure, and I own it.⟧"
Outside the hearing, Marnie Odell, a member of the Severnmouth Residents' Action Group, said: "⟦d:d|He owns it now. He didn't own it when our houses were under four feet of water.⟧"

### 006
@a Farah Siddiqui | a former senior pharmacist at the chain
@b Malcolm Treharne | Employment Judge
@c Owen Griggs | the company’s area manager
@d Wellspring Pharmacy | the company
A pharmacist who was sacked after refusing to work a 14-hour shift alone has won her claim for unfair dismissal against one of the region’s largest chemist chains.
Farah Siddiqui, a former senior pharmacist at the chain, told the employment tribunal in Kelverton she had raised concerns about patient safety “⟦p:a|at least a dozen times⟧” before she was dismissed in April last year.
“⟦d:a|I was being asked to check hundreds of prescriptions an hour with no one to cover my breaks. At some point somebody was going to get the wrong medicine, and it was going to be my name on the bag,⟧” she said.
Owen Griggs, the company’s area manager, told the hearing that Ms Siddiqui had been “⟦p:c|difficult to roster⟧” and that other pharmacists had worked similar shifts without complaint.
Asked by the tribunal whether he had read her emails about staffing, Mr Griggs said: “⟦d:c|I read some of them. There were a lot of them.⟧”
In a written judgment, Employment Judge Malcolm Treharne found that the real reason for her dismissal was that she had made protected disclosures.
“⟦d:b|The claimant was not difficult. She was right, and she was persistent about being right, which is not the same thing,⟧” the judge wrote.
He described the company’s disciplinary process as “⟦p:b|a foregone conclusion dressed up as an investigation⟧”.
Wellspring Pharmacy said it was “⟦p:d|disappointed⟧” with the ruling and was considering an appeal. “⟦d:d|Patient safety is at the heart of everything we do,⟧” the company said.
After the ruling, Ms Siddiqui said: “⟦d:a|I didn’t want money. I wanted someone to say I wasn’t the problem.⟧”
A hearing to decide compensation will take place in the autumn.

### 007
@a Abdirahman Warsame | -
@b Henrietta Lomax | First-tier Tribunal Judge
@c Kwame Asante-Boateng | the department's presenting officer
@d Department for Borders and Residence | -
@e Lucía Ferreira | a nurse
A chef who has lived in Carrowby since he was nine has won his appeal against deportation after a tribunal judge ruled that removing him would be «⟦p:b|unduly harsh⟧» on his British-born daughter.
Abdirahman Warsame, 29, was served with a deportation order after a conviction for possession of cannabis with intent to supply in 2019, for which he served 14 months.
Giving evidence through a Somali interpreter, although he switched to English for much of his testimony, Warsame told the First-tier Tribunal: «⟦d:a|I made a stupid mistake when I was young. I have paid for it. Everything I have is here. I do not know anyone in Mogadishu.⟧»
Cross-examining him, Kwame Asante-Boateng, the department's presenting officer, put it to him that he had kept in touch with an uncle in Somalia. «⟦d:c|You send him money every month, don't you?⟧» he asked.
«⟦d:a|Sometimes, when he is ill. That does not mean I can live with him.⟧»
His partner, Lucía Ferreira, a nurse, told the hearing their daughter, now five, asked every night whether her father would be there in the morning. «⟦d:e|She has stopped sleeping properly. She thinks if she closes her eyes he will go,⟧» she said.
Allowing the appeal, First-tier Tribunal Judge Henrietta Lomax said in her written decision: «⟦d:b|The appellant's offending was serious, but it was not the most serious, and he has not reoffended in five years. The effect of his removal on a five-year-old child who has known no other parent in the home would be unduly harsh.⟧»
The Department for Borders and Residence said it was «⟦p:d|considering the judgment carefully⟧».

### 008
@a Okonkwo | -
@b Shannon | Doyle's sister
@c Imogen Stratton-Hale | for Mahmood
@d Kerbside Families | a charity supporting people bereaved on the roads
LONDON, May 14 - The Court of Appeal on Tuesday cut the jail term of a delivery driver who killed a cyclist while looking at his phone, prompting anger from the victim's family, who called the decision "⟦p:b|a slap in the face⟧".
Tariq Mahmood, 34, was jailed for nine years at Ilsworth Crown Court in October after pleading guilty to causing the death of Declan Doyle, 26, by dangerous driving. Three appeal judges reduced the term to seven years and four months.
Imogen Stratton-Hale KC, for Mahmood, had argued that the trial judge gave too little credit for his early guilty plea and his "⟦p:c|genuine and profound remorse⟧".
Lady Justice Okonkwo, sitting with two other judges, said: "⟦d:a|Nothing this court says or does can reflect the value of Mr Doyle's life, and we do not pretend otherwise.⟧"
"⟦d:a|But the judge fell into error in the way he reduced the sentence for the plea. The appellant is entitled to the full one-third reduction, and the sentence must be adjusted accordingly.⟧"
Outside court, Doyle's sister Shannon said: "⟦d:b|Declan was cycling to work. He did everything right. And today three judges decided that the man who killed him deserves a discount.⟧"
"⟦d:b|It's a slap in the face to every family who has been through this,⟧" she added.
Kerbside Families, a charity supporting people bereaved on the roads, said the case showed "⟦p:d|the urgent need⟧" for a review of how guilty pleas are credited in driving cases. "⟦d:d|Sentencing guidelines treat the plea as a mathematical exercise. Families do not experience it that way,⟧" the charity said.

### 009
@a Theodora Blackwood | -
@b Rajinder Sandhu | Judge
@c Gail Quint | the registered manager of Larchfield House in Ormsby
Jurors in the trial of a care home manager accused of the manslaughter of a resident who was left outside overnight have been told she “⟦p:a|simply stopped checking⟧”.
Gail Quint, 52, the registered manager of Larchfield House in Ormsby, denies manslaughter by gross negligence over the death of 88-year-old Walter Henshall in January 2023.
Opening the case for the prosecution at Kelmscott Crown Court, Theodora Blackwood KC said Mr Henshall, who had dementia, walked out of an unlocked fire door at about 10pm and was found in the garden at 6.40am the next day.
“⟦d:a:m|Mr Henshall was wearing pyjamas and one slipper. The overnight temperature fell to minus four. He was found sitting on a bench about 30 metres from the building, and he was already dead.⟧
“⟦d:a:m|The alarm on that fire door had been switched off. The prosecution says it had been switched off for weeks, because it kept going off and staff found it irritating.⟧
“⟦d:a|That decision, members of the jury, was the defendant’s decision.⟧”
Ms Blackwood said that in a prepared statement given to police, Ms Quint said: “⟦d:c|I was never told the alarm was disabled. Had I known, I would have had it repaired immediately.⟧”
The prosecution says that claim is contradicted by a text message she sent to a maintenance contractor in December: “⟦d:c|Can you take the beeper off the garden door, it’s driving everyone mad.⟧”
Judge Rajinder Sandhu told jurors they must put aside any experience they may have had of care homes. “⟦d:b|You must try this case on the evidence you hear in this room and nothing else,⟧” he said.
The trial, which is expected to last four weeks, continues.

### 010
@a Benedikt Sørensen | the fund's founder
@b Marcus Oyelaran | the lead prosecutor
@c - | one investor
@d Eamon Fitzgibbon | a retired teacher who put £80,000 of his pension into the scheme
On the ninth day of his trial, Benedikt Sørensen, the fund's founder, finally took the stand, and for a while it looked as if he might talk his way out of it again.
He was fluent, funny, occasionally self-deprecating. He described Halcyon Yield, the investment scheme that collapsed owing £46m to nearly 3,000 savers, as "⟦p:a|a good idea that ran out of road⟧". He referred to his investors, more than once, as "⟦p:a|my family⟧".
"⟦d:a|I never set out to hurt anybody,⟧" he told the jury. "⟦d:a|I believed in every pound we took. I still believe the strategy was sound.⟧"
Then Marcus Oyelaran, the lead prosecutor, stood up.
"⟦d:b|Mr Sørensen, this strategy you describe. Can you show the jury a single trade it ever made?⟧"
There was a long pause. "⟦d:a|Not in the documents you've put in the bundle, no.⟧"
"⟦d:b|In any documents?⟧"
"⟦d:a|I would need to check.⟧"
Oyelaran let that sit. He turned instead to the spreadsheet the prosecution calls the "⟦s:-|second book⟧", in which, it alleges, the real figures were kept.
"⟦d:b|Who wrote this?⟧" he asked.
"⟦d:a|My finance director.⟧"
"⟦d:b|Who told him what to write?⟧"
Sørensen looked at the jury, then at the judge. "⟦d:a|I think,⟧" he said, "⟦d:a|that's a question for him.⟧"
In the public gallery, one investor muttered: "⟦d:c|Here we go.⟧"
Outside, at the bus stop on Fenner Street, Eamon Fitzgibbon, a retired teacher who put £80,000 of his pension into the scheme, was less amused. "⟦d:d|That man has a story for everything,⟧" he said. "⟦d:d|What he hasn't got is my money.⟧"

### 011
@a Harriet Osei-Mensah | U.S. District Judge
@b Corbin Wexley | the former mayor
@c Delphine Arceneaux | Acting U.S. Attorney
@d Ray Escobedo | Wexley's lawyer
A former small-town mayor who steered $2.3 million in city contracts to companies owned by his brother-in-law was sentenced on Thursday to 51 months in federal prison.
Corbin Wexley, 58, who served three terms as mayor of Larkin Falls, pleaded guilty in January to honest services wire fraud.
"⟦d:b|I let down the people who trusted me. I told myself I was helping the town, and I was helping my family,⟧" Wexley told the court before he was sentenced, his voice breaking. "⟦d:b|I'm sorry.⟧"
U.S. District Judge Harriet Osei-Mensah said she had received more than 60 letters in support of the former mayor, many of them describing his work after the 2017 tornado.
"⟦d:a|Those letters tell me you are capable of great good,⟧" the judge said. "⟦d:a|That makes what you did harder to understand, not easier to forgive.⟧"
She also ordered him to pay $1.1 million in restitution.
Wexley's lawyer, Ray Escobedo, said his client "⟦p:d|accepts the sentence and intends to serve it with dignity⟧".
Acting U.S. Attorney Delphine Arceneaux said in a statement: "⟦d:c|Public office is a public trust. Today's sentence should remind every official in this district that the trust comes with consequences.⟧"

### 012
@a Bronwyn Tully | State Coroner
@b Hamish Dunleavy | a volunteer surf lifesaver who was off duty and walking his dog
@c Kenji | Mr Watanabe’s brother
@d Marrawong Shire Council | -
@e Trent Gallagher | the council’s beach services manager
A coroner has called for permanent lifeguard patrols at a remote beach on the state’s south coast where a Japanese backpacker drowned in a rip two summers ago.
Haruto Watanabe, 24, was swimming at Tallowra Beach with two friends in January 2023 when he was pulled into a rip about 40 metres from shore.
Hamish Dunleavy, a volunteer surf lifesaver who was off duty and walking his dog, told the inquest he saw Mr Watanabe’s arm go up. “⟦d:b|By the time I got my board from the car he’d gone under. I went out three times. I couldn’t find him,⟧” he said.
“⟦d:b|I think about it every time I drive past that spot.⟧”
Trent Gallagher, the council’s beach services manager, told the court the beach was patrolled only on weekends and public holidays because of “⟦p:e|budget realities⟧”.
“⟦d:e|We have 31 beaches and funding for lifeguards at nine of them. Somebody has to make that call, and it’s me,⟧” Mr Gallagher said.
Speaking from Japan by video link, Mr Watanabe’s brother Kenji said through an interpreter: “⟦d:c|My brother loved the sea. He did not understand that the sea here is different.⟧”
Handing down her findings on Friday, State Coroner Bronwyn Tully noted there were no signs warning of rips at the main access track. “⟦d:a|A sign costs a few hundred dollars. I do not accept that a sign would necessarily have saved Haruto, but it may have,⟧” she said.
“⟦d:a|Haruto came to this country to see it. He should have been able to swim at one of its beaches safely.⟧”
Marrawong Shire Council said it would “⟦p:d|carefully consider⟧” the recommendations.

### 013
@a Úna Ní Bhriain | -
@b Caoimhe Brannigan | Mr Brannigan's mother
@c Fergal Mac Conmara | defending
@d Dara Lenihan | the 23-year-old
A young man who killed a father-of-two with a single punch outside a Ballycross pub has been jailed for four years, with the final year suspended.
Dara Lenihan (23), of Glebe Park, Ballycross, had pleaded guilty at the Central Criminal Court to the manslaughter of Ronan Brannigan (34) on St Stephen's Night 2022.
In a victim impact statement read to the court, Mr Brannigan's mother, Caoimhe Brannigan, said: "⟦d:b|Ronan was the one who held this family together. When the guards came to the door I knew before they opened their mouths.⟧"
"⟦d:b|His daughters ask when Daddy is coming home. I don't know what to tell them any more.⟧"
Fergal Mac Conmara SC, defending, said his client had "⟦p:c|not a violent bone in his body⟧" before that night and had written a letter of apology to the family.
The court heard Lenihan told gardaí after his arrest: "⟦d:d|I only hit him the once. I didn't think he'd go down like that.⟧"
Addressing the court, the 23-year-old said: "⟦d:d|I'm sorry. I'll be sorry for the rest of my life.⟧"
Sentencing him, Ms Justice Úna Ní Bhriain said: "⟦d:a|A single punch is not a minor thing. It can end a life in a second, and it did.⟧"
She said the mitigating factors included his early plea, his youth and "⟦p:a|his evident and genuine remorse⟧".

### 014
@a Geneviève Tremblay-Roy | Assistant Crown attorney
@b Stavros Papadakis | the restaurant's owner
@c Mitchell Ouellette | a fire investigator with the Port Aubert Fire Department
@d Nadia Haddad | Papadakis's lawyer
@e Lionel Beaulieu | Superior Court Justice
PORT AUBERT — A fire investigator told a Port Aubert courtroom Monday that a blaze that gutted a popular Greek restaurant in 2021 started in three separate places, and that none of them had an electrical source.
Stavros Papadakis, 61, the restaurant's owner, has pleaded not guilty to arson with intent to defraud an insurer. The Crown alleges he set the fire at Taverna Kyma to collect on a $900,000 policy after the business fell behind on its rent.
Capt. Mitchell Ouellette, a fire investigator with the Port Aubert Fire Department, testified that he found "⟦p:c|three distinct points of origin⟧": under the bar, in the dry-goods storeroom and beside the back door.
"⟦d:c|Fires don't jump across a room and start again on their own. Three points of origin, with no connection between them, tells me somebody set them,⟧" Ouellette told the jury.
Under cross-examination, Papadakis's lawyer, Nadia Haddad, asked whether he had tested the restaurant's wiring. "⟦d:c|Some of it,⟧" Ouellette replied. "⟦d:c|Enough of it.⟧"
"⟦d:d|Some of it. So not all of it?⟧"
"⟦d:c|Not all of it, no.⟧"
Assistant Crown attorney Geneviève Tremblay-Roy told the jury in her opening last week that Papadakis had "⟦p:a|run out of money and out of options⟧".
Papadakis, who sat beside a Greek interpreter, shook his head several times during the testimony. At one point he said aloud, "⟦d:b|Not true,⟧" prompting a warning from Superior Court Justice Lionel Beaulieu.
"⟦d:e|Mr. Papadakis, you'll have your chance. Not now,⟧" the judge said.
The trial continues.

### 015
@a Meenakshi Raghavan | Justice
@b Aftab Qureshi | Justice
@c Harish Venkatesan | Senior advocate
@d Sujata Menon | Additional Advocate General
@e Vardhanpur Municipal Corporation | -
@f - | the bench
VARDHANPUR: The Vardhanpur High Court on Friday pulled up the municipal corporation for failing to act against illegal constructions on the banks of the Sona river, observing that officials had "⟦p:f|looked the other way for a decade⟧".
A division bench comprising Justice Meenakshi Raghavan and Justice Aftab Qureshi was hearing a public interest litigation filed by residents of Nandanvan Colony, which was flooded twice last monsoon.
"⟦d:a|Every monsoon, people lose their homes and every monsoon the corporation files an affidavit saying a survey is under way. How long does a survey take?⟧" Justice Raghavan asked.
Senior advocate Harish Venkatesan, who appeared for the petitioners, told the court that at least 140 structures had come up within the no-construction zone since 2014. "⟦d:c|These are not huts, my lords. These are four-storey buildings with lifts,⟧" he submitted.
Additional Advocate General Sujata Menon sought four weeks' time to file a compliance report. "⟦d:d|The state is not shying away from its responsibility,⟧" she said. "⟦d:d|A committee has been constituted.⟧"
"⟦d:b|A committee,⟧" Justice Qureshi remarked. "⟦d:b|We have seen many committees.⟧"
The bench observed that it would not "⟦p:f|sit as a silent spectator⟧" and directed the municipal commissioner to appear in person at the next hearing on March 3.
In a statement issued later, the Vardhanpur Municipal Corporation said it would "⟦p:e|comply fully with the directions of the Hon'ble court⟧".

### 016
@a Dom Pellegrino | TELLY chef
@b Saskia Lindqvist | for Ms Farrow
@c Cressida Farrow | former business partner
@d Hollings | the judge
TELLY chef Dom Pellegrino clashed with a top barrister yesterday as he was grilled over his "⟦s:-|secret⟧" Spanish villa in his High Court libel battle.
The 46-year-old, famous for his Saturday morning show "⟦s:-|Dom's Table⟧", is suing former business partner Cressida Farrow over social media posts in which she branded him a "⟦p:c|fraud and a bully⟧".
Saskia Lindqvist KC, for Ms Farrow, asked him: "⟦d:b|Isn't it right that you told the restaurant's investors you had no other property, when in fact you had just bought a six-bedroom villa on the Costa del Sol?⟧"
"⟦d:a|It was my mother's money. It was for my mother,⟧" Pellegrino snapped.
"⟦d:b|Was your mother on the deeds?⟧"
"⟦d:a|That's not the point.⟧"
"⟦d:b|It's exactly the point, Mr Pellegrino.⟧"
At one stage Pellegrino turned to the judge, Mr Justice Hollings, and asked: "⟦d:a|Do I have to answer that?⟧"
"⟦d:d|I'm afraid you do,⟧" the judge replied.
Ms Farrow, 39, sat two rows behind her lawyers, occasionally shaking her head. In her written witness statement she says she stands by every word: "⟦d:c|I said what I said because it was true and because nobody else would.⟧"
The trial continues.

### 017
@a Ishaan Kapoor | a GP from Thornleigh
@b Beatrix Vosloo | The tribunal chair
@d Colm Devaney | Her widower
@e - | A spokesperson for the Medical Practice Council
A GP who prescribed powerful painkillers to patients he had never examined, some of them over the phone from his holiday home, has been struck off.
Dr Ishaan Kapoor, a GP from Thornleigh, issued more than 1,100 prescriptions for opioids over 18 months, a medical practitioners’ tribunal heard.
In evidence, Dr Kapoor accepted he had been “⟦p:a|far too trusting⟧” of patients. “⟦d:a|I believed them when they told me they were in pain. I still think most of them were,⟧” he said. “⟦d:a|I did not see that I was being used.⟧”
One of his patients, Siobhán Devaney, died from an overdose in 2022. Her widower, Colm Devaney, told the hearing: “⟦d:d|She phoned the surgery on a Monday and the pills were at the chemist by the afternoon. Nobody ever looked at her. Nobody asked her how she was.⟧”
The tribunal chair, Beatrix Vosloo, said Dr Kapoor’s conduct was “⟦p:b|fundamentally incompatible⟧” with continued registration.
“⟦d:b:m|The tribunal has no doubt that Dr Kapoor is capable of kindness. It also has no doubt that kindness without care is dangerous.⟧
“⟦d:b|Patients were put at serious risk, and one patient died. Erasure is the only appropriate sanction.⟧”
A spokesperson for the Medical Practice Council said: “⟦d:e|Patients must be able to trust that the medicine they are prescribed is safe for them. Dr Kapoor broke that trust.⟧”

### 018
@a Adaeze Nwosu | a former ward sister at the hospital
@b Leonard Crabtree | counsel to the inquiry
@c Philippa Rowe | The inquiry chair
@d Kelvin Maddox | the trust's former chief executive
A former ward sister told the Hallam Vale Hospital inquiry on Monday that she was warned she would ``⟦p:a|never work in this town again⟧'' after raising concerns about baby deaths on the neonatal unit.
Adaeze Nwosu, a former ward sister at the hospital, said she first reported her worries to managers in the autumn of 2016, after three babies died in the space of five weeks.
``⟦d:a:m|I went to my line manager with a list. Dates, times, who was on shift. I wasn't accusing anybody. I just said, this isn't normal, we need to look at it.⟧
``⟦d:a|She read it, she gave it back to me, and she said I should think very carefully about my career.⟧''
Questioned by counsel to the inquiry, Leonard Crabtree KC, she said that within a month she had been moved to a night rota on an adult ward.
``⟦d:b|Did anyone ever tell you why?⟧'' Mr Crabtree asked.
``⟦d:a|No. I asked twice. I was told it was operational.⟧''
``⟦d:b|And the remark about never working in this town again. Who made it?⟧''
``⟦d:a|The deputy director of nursing. She's in the room today.⟧''
The inquiry chair, Dame Philippa Rowe, thanked her for her evidence. ``⟦d:c|It cannot have been easy to come here and relive those years, and the inquiry is grateful,⟧'' she said.
In a written statement to the inquiry, Kelvin Maddox, the trust's former chief executive, said he had ``⟦p:d|no knowledge at the time⟧'' of any concerns raised by Ms Nwosu. He is due to give evidence next month.

### 019
@a Oskar Lindgren | the structural engineer who signed off the 2018 inspection
@b Yasmin Haddadi | counsel to the inquiry
@c Rhodri Penhallow | The inquiry's chairman
@d Fairlie & Strand | the consultancy that employed Mr Lindgren at the time
The engineer who signed off the last full inspection of the Carrow Water bridge before it collapsed has told the public inquiry into the disaster that the corrosion he recorded was "⟦p:a|nothing out of the ordinary for a structure of that age⟧".
Oskar Lindgren, the structural engineer who signed off the 2018 inspection, said he had rated the condition of the main hangers as "⟦s:-|fair⟧", the third of five categories.
"⟦d:a|With hindsight, obviously, I wish I'd written something different,⟧" he said. "⟦d:a|But on the evidence I had in front of me, on that day, with the access we had, I stand by it.⟧"
Yasmin Haddadi, counsel to the inquiry, asked him about the access. "⟦d:b|You inspected four of the 28 hangers from a cherry picker and the rest with binoculars from the deck. Is that right?⟧"
"⟦d:a|That's right.⟧"
"⟦d:b|Is that a full inspection?⟧"
"⟦d:a|It's what we were commissioned to do. Whether it should be called a full inspection is, I think, a fair question.⟧"
The collapse of the bridge in November 2022 killed two motorists and injured 11 other people.
The inquiry's chairman, Sir Rhodri Penhallow, said at the close of the day's hearing: "⟦d:c|I want to make it clear that no one is on trial here. But this inquiry will follow the evidence wherever it leads.⟧"
Fairlie & Strand, the consultancy that employed Mr Lindgren at the time, said it was "⟦p:d|cooperating fully⟧" with the inquiry.

### 020
@a Mehmet Yılmaz | the lorry driver
@b Sinead Harkin | Area coroner
@c Joanne Pilbeam | Ms Gough’s partner
@d Lewis Atherton | a collision investigator
A lorry driver who turned left across the path of a cyclist at a junction in Stanbridge told an inquest he “⟦p:a|never saw⟧” her.
Alison Gough, 44, a community midwife, died at the scene on Harbour Road in June last year after she was struck by the tipper lorry at its junction with Kiln Lane.
Mehmet Yılmaz, the lorry driver, said he checked all his mirrors before making the turn. “⟦d:a|I looked, I looked again. There was nothing there. Then I heard the noise,⟧” he told the hearing at Stanbridge Coroner’s Court, his voice breaking. “⟦d:a|I am so sorry for her family. I think about her every day.⟧”
PC Lewis Atherton, a collision investigator, said the lorry had a blind spot on its nearside “⟦p:d|large enough to hide a bus shelter⟧”. “⟦d:d|Had the vehicle been fitted with a side camera and sensor, in my opinion the driver would have been alerted,⟧” he said.
Ms Gough’s partner, Joanne Pilbeam, said in a statement read by the coroner’s officer: “⟦d:c|Ali spent her working life bringing babies into the world. She cycled everywhere because she said it was the only time she got to herself.⟧”
Recording a conclusion of road traffic collision, Area coroner Dr Sinead Harkin said she would write to the vehicle’s manufacturer and to the transport secretary.
“⟦d:b|It is clear from the evidence that this was not a case of a careless driver. It was a case of a vehicle that made it too easy for a careful driver not to see,⟧” she said.

### 021
@a Marguerite Schiltz | presiding judge
@b Luc Weisgerber | -
@c Aurélie Dumont | Prosecutor
@d Clear Ledger Europe | an anti-corruption group
A former bank compliance officer was sentenced on Wednesday to three years in prison, two of them suspended, for helping clients hide €87 million from tax authorities, in a case the judge said amounted to «⟦p:a|a betrayal of the very function he was paid to perform⟧».
Luc Weisgerber, 52, who headed compliance at the private bank Maison Kessler & Fils from 2011 to 2019, admitted falsifying client risk files.
Reading the judgment, presiding judge Marguerite Schiltz addressed him directly.
«⟦d:a:m|You were the last line of defence. Your colleagues relied on you, your regulator relied on you, and the public relied on you. You chose instead to become the door through which the money went out.⟧
«⟦d:a|The court has taken into account your confession, your cooperation and your health. Without those, the sentence would have been considerably longer.⟧»
Prosecutor Aurélie Dumont had asked for five years. Speaking to reporters outside the courthouse, she said: «⟦d:c|The message is heard. Whether it is heard loudly enough, others can judge.⟧»
Weisgerber, who had told the court last month that he acted «⟦p:b|out of fear of losing my position⟧», made no comment as he left.
Clear Ledger Europe, an anti-corruption group, called the verdict «⟦p:d|welcome but overdue⟧». «⟦d:d|The bank itself has paid a fine and moved on. Its former directors have not been charged,⟧» the group said.

### 022
@a Amani Mwangi | Neema's elder sister
@b Zawadi | Her younger sister
@c Gareth Pryce | Detective Chief Inspector
@d - | the foreman
@e Jonah Kettering | -
The sisters of a young mother stabbed to death by her former partner hugged each other in the public gallery as he was found guilty of her murder on Friday.
Neema Mwangi, 24, was killed at her flat in Hollins Road, Ashby Cross, in September. Jonah Kettering, 29, had denied murder, claiming he acted in self-defence.
After more than 11 hours of deliberation, the jury returned. Asked whether they had reached a verdict on which they were all agreed, the foreman replied: "⟦d:d|Guilty.⟧"
Kettering, who had shown little emotion throughout the two-week trial, shouted at the jury "⟦d:e|You've got it wrong!⟧" before he was taken down.
Outside court, Neema's elder sister, Amani Mwangi, said: "⟦d:a|Neema was a bright light in all our lives. She was a wonderful mother to her little boy, who will now grow up without her.⟧"
"⟦d:a|For two weeks we have had to sit and listen to lies about our sister. Today the jury saw through them.⟧"
Her younger sister, Zawadi, said: "⟦d:b|Jonah took everything from us. But he will never take our memories of her.⟧"
Detective Chief Inspector Gareth Pryce, who led the investigation, said: "⟦d:c|This was a cruel and controlling man who could not accept that Neema had left him.⟧"

### 023
@a Bernadette Cullinane | Judge
@b - | a man in the public gallery
@d Liam Carroway | -
@e Peter Lau | defending
A judge halted a sentencing hearing at Marchford Crown Court yesterday after shouting broke out in the public gallery, and warned that anyone who disrupted proceedings again would be “⟦p:a|before me for contempt before the day is out⟧”.
Liam Carroway, 22, was being sentenced for wounding with intent after a machete attack outside a takeaway in Eastgate in August.
As Peter Lau, defending, began his mitigation, a man in the public gallery stood up and shouted: “⟦d:b|He’s a victim too, tell them that!⟧”
From somewhere at the back came a shout of “⟦d:-|Sit down!⟧”
Judge Bernadette Cullinane ordered the gallery to be cleared. “⟦d:a|I understand feelings are running high. This is a court of law and it will be treated like one,⟧” she said.
When the hearing resumed an hour later, Mr Lau said his client had been “⟦p:e|groomed into violence⟧” by older men from the age of 14. “⟦d:e|That is not an excuse and he does not offer it as one. But it is the context in which Your Honour must see him,⟧” he said.
Carroway, dressed in a grey tracksuit, spoke only to confirm his name and, when asked whether he understood the sentence, said: “⟦d:d|Yeah.⟧”
Jailing him for eight years, the judge told him: “⟦d:a|You went out that night armed with a weapon designed for one purpose. It is only by chance and the skill of surgeons that you are not facing a murder charge.⟧”

### 024
@a Norman Pocklington | -
@b Vikram Dhillon | -
@c Fiona Ashworth-Kirk | District Judge
@d Lucy Chan | prosecuting
A PENSIONER who sacked his lawyer to represent himself in a row over a leylandii hedge told the court his neighbour was "⟦p:a|a liar, a hedge-hater and a menace⟧" — before being found guilty of assault.
Norman Pocklington, 67, was accused of pushing Vikram Dhillon, 52, into a water butt during a dispute over the 20ft conifers dividing their gardens in Lowther Grove, Farnby.
Cross-examining Mr Dhillon himself at Farnby Magistrates' Court, Pocklington asked: "⟦d:a|Isn't it true you've wanted my hedge down since the day you moved in?⟧"
"⟦d:b|I wanted it trimmed. It blocks all the light to my kitchen,⟧" Mr Dhillon replied.
"⟦d:a|Trimmed! You came at it with a chainsaw.⟧"
"⟦d:b|It was a hedge trimmer, Mr Pocklington.⟧"
District Judge Fiona Ashworth-Kirk intervened several times. "⟦d:c|Mr Pocklington, you need to ask questions, not make speeches,⟧" she said.
"⟦d:a|With respect, madam, somebody has to make a speech,⟧" he replied.
Lucy Chan, prosecuting, said photographs showed bruising to Mr Dhillon's arm and back. "⟦d:d|This started as a dispute about a hedge. It ended with a man being pushed into three feet of rainwater,⟧" she said.
Finding him guilty, the judge said: "⟦d:c|I have no doubt at all that you pushed him, and that you meant to.⟧" He was fined £400 and ordered to pay £250 compensation.
Pocklington told reporters outside: "⟦d:a|I'll be appealing. And the hedge is staying.⟧"

### 025
@a Oluwakemi Bright | -
@b Harriet Fenwick-Shaw | Her former line manager
@c Sanjay Bhatt | Employment Judge
@d Carrick Laurent Capital | -
@e Naomi Steiner | a former colleague
A black female analyst at a City investment firm was subjected to race and sex discrimination when she was repeatedly left out of client meetings and told she lacked polish, an employment tribunal has ruled.
Oluwakemi Bright, 33, worked at Carrick Laurent Capital for four years before resigning in 2023. She told the central London tribunal that she was described in a performance review as “⟦p:b|not quite client-ready⟧” despite bringing in more revenue than two male colleagues who were promoted.
“⟦d:a|I asked what client-ready meant. Nobody could tell me. I understood what it meant,⟧” she said.
Her former line manager, Harriet Fenwick-Shaw, denied that race or sex played any part in her assessments. “⟦d:b|I gave Kemi the same feedback I would have given anyone. I wanted her to succeed,⟧” she told the tribunal.
But Naomi Steiner, a former colleague, said she had heard Ms Fenwick-Shaw say in a meeting that Ms Bright was “⟦p:b|a bit much⟧” for some clients. “⟦d:e|I remember it because everyone went quiet. Nobody said anything, including me, and I regret that,⟧” Ms Steiner said.
Employment Judge Sanjay Bhatt, who chaired the tribunal, wrote in the judgment: “⟦d:c|We did not find Ms Fenwick-Shaw to be a deliberately dishonest witness. We did find that she applied to the claimant a standard of ‘polish’ that she applied to no one else, and that she could not explain.⟧”
Carrick Laurent Capital said it was “⟦p:d|disappointed⟧” and would “⟦p:d|reflect carefully⟧” on the judgment.
After the hearing, Ms Bright said: “⟦d:a|I hope the next young woman who walks on to that trading floor gets a fair go.⟧”

### 026
@a Mariana Costa | one of the tenants
@b Geoffrey Ashcombe | the landlord
@c Deborah Kinnear | Tribunal Judge
@d Southbourne Renters' Union | -
@e Tomás Ruiz | another tenant
Six tenants who lived in an unlicensed house in multiple occupation in Southbourne have been awarded more than £38,000 after a tribunal found their landlord had "⟦p:c|simply ignored⟧" licensing rules for four years.
The First-tier Tribunal ordered Geoffrey Ashcombe to repay a year's rent to each of the tenants of the six-bedroom house on Verity Street.
Mariana Costa, one of the tenants, said the house had mould in every bedroom and a boiler that "⟦p:a|worked when it felt like it⟧".
"⟦d:a|We paid £650 each for a room. When we complained he told us there were plenty of people who would take our places,⟧" she said.
Geoffrey Ashcombe, the landlord, told the hearing he had not realised the property needed a licence. "⟦d:b|I'm not a professional landlord. I inherited the house from my mother and I was trying to keep it going,⟧" he said.
Tomás Ruiz, another tenant, disputed that. "⟦d:e|He told me in 2021 he was 'sorting the licence'. He knew,⟧" Mr Ruiz said.
In her decision, Tribunal Judge Deborah Kinnear said ignorance of the law was "⟦p:c|not a defence and barely a mitigation⟧" for someone receiving nearly £47,000 a year in rent. "⟦d:c|Mr Ashcombe was told in writing by the council in 2020 that a licence was required. He did nothing,⟧" she wrote.
The Southbourne Renters' Union, which supported the tenants, said: "⟦d:d|This is what happens when renters organise. Other landlords in this town should be paying attention.⟧"

### 027
@a Esther Kamau | Marathon runner
@b Hugo Marchetti | the panel's chair
@c Sport Integrity Commission | the commission
@d Bartholomew Nkemelu | Her coach
Marathon runner Esther Kamau has been banned for four years after an independent tribunal rejected her claim that a banned blood-booster entered her system through a contaminated supplement.
The 28-year-old, who finished fourth at last year's Calder City Marathon, tested positive for EPO in an out-of-competition test in March.
At a hearing last month, Kamau told the panel she had "⟦p:a|never knowingly taken anything⟧". "⟦d:a|I have been tested more than 40 times in my career. Why would I cheat now, when I have the most to lose?⟧" she said.
Hugo Marchetti, the panel's chair, said in the written decision that the supplement she blamed had been independently tested and found to be clean. "⟦d:b|The athlete's explanation, however sincerely offered, is not supported by any of the scientific evidence before the tribunal,⟧" he wrote.
Her coach, Bartholomew Nkemelu, said the team was "⟦p:d|devastated⟧" and would appeal. "⟦d:d|Esther is not a cheat. I have known her since she was 15 and I would stake my own name on that,⟧" he said.
"⟦d:a|I will fight this,⟧" Kamau said after the ruling, "⟦d:a|until there is nothing left to fight with.⟧"
The Sport Integrity Commission said the decision showed "⟦p:c|the system works⟧". "⟦d:c|Clean athletes deserve to know that those who break the rules will be caught and sanctioned,⟧" the commission said.

### 028
@a Rhys Caddick | Sergeant
@b Tevita Fifita | a former recruit
@c Annabel Stroud | prosecuting
@d Simon Eberhardt | Judge Advocate
@e - | An Army spokesperson
A drill sergeant made recruits stand in a freezing river for up to an hour as a punishment for untidy kit, a court martial has heard.
Sergeant Rhys Caddick, 38, denies 11 charges of ill-treatment of subordinates relating to his time as an instructor at the Infantry Training Depot, Caldermoor, in 2021 and 2022.
Opening the case at the Military Court Centre in Aldwick, Lieutenant Colonel Annabel Stroud, prosecuting, said Caddick ran his platoon through "⟦p:c|fear and humiliation⟧".
Private Tevita Fifita, a former recruit, told the court he was ordered into the River Cald in January with four others. "⟦d:b|The water was up to our chests. He stood on the bank with a stopwatch and said if anybody came out, we'd all start again,⟧" he said.
Asked by the defence whether it could have been part of legitimate training, Pte Fifita said: "⟦d:b|It wasn't training. There was no point to it. It was just him.⟧"
Caddick, who has served 19 years, told investigators in interview that the exercise was "⟦p:a|character building⟧" and that recruits "⟦p:a|needed toughening up⟧". In a prepared statement read to the court, he said: "⟦d:a|I pushed them hard because the job is hard. I never set out to hurt anyone.⟧"
Judge Advocate Simon Eberhardt told the board, the court martial equivalent of a jury: "⟦d:d|You will hear a good deal about the culture of the Army. Your job is to decide whether these specific things happened, and whether they amounted to ill-treatment.⟧"
An Army spokesperson said: "⟦d:e|It would be inappropriate to comment while proceedings are ongoing.⟧"

### 029
@a - | the boy
@b Kwabena Ofori | District Judge
@c - | The boy’s mother
@d Pauline Greatorex | Bus driver
@e - | A youth offending team worker
A 15-year-old boy who threw a brick through the windscreen of a moving bus in Hatherley has been given a 12-month referral order.
The boy, who cannot be named for legal reasons, admitted criminal damage and affray at Hatherley Youth Court.
Bus driver Pauline Greatorex, 56, was showered with glass in the attack on the number 44 service in Fenwick Road in February. In a statement read to the court, she said: “⟦d:d|I thought I’d been shot. I couldn’t see for a few seconds and I had 30 people on board.⟧”
“⟦d:d|I haven’t been back on that route since. I don’t think I ever will.⟧”
A youth offending team worker told the court the boy had “⟦p:e|started to understand⟧” the effect of what he had done. “⟦d:e|He has engaged well, he has turned up to every appointment, and he wrote the letter of apology without being asked,⟧” she said.
Asked by District Judge Kwabena Ofori whether he had anything to say, the boy stood and said: “⟦d:a|I’m sorry to the driver. It was stupid. I wasn’t thinking.⟧”
The judge told him: “⟦d:b|You could have killed somebody. Not just the driver — every single person on that bus. I want you to think about that every day of this order.⟧”
The boy’s mother, who sat beside him, said outside court: “⟦d:c|He knows what he did. He’s been a different lad since.⟧”

### 030
@a Farhan Chowdhury | -
@b Ji-won Park | Judge
@c Bridget Ahern | prosecuting
@d - | A spokesperson for the prosecution service
@e Adebola Coker | His solicitor
A paramedic accused of stealing morphine from ambulance stations walked free on Monday after prosecutors offered no evidence, telling the court that key CCTV footage had been "⟦p:c|inadvertently deleted⟧".
Farhan Chowdhury, 37, had been due to stand trial at Ellesmere Crown Court on four counts of theft.
Bridget Ahern, prosecuting, told the court that a review of the case had found footage from two stations had been overwritten while in police custody. "⟦d:c|In those circumstances, the Crown cannot properly continue,⟧" she said.
Judge Ji-won Park formally entered not guilty verdicts. "⟦d:b|Mr Chowdhury, you leave this court an innocent man,⟧" he said. "⟦d:b|I am sorry it has taken two years for you to hear that.⟧"
Outside court, Chowdhury said: "⟦d:a|I've lost my job, I nearly lost my marriage, and now I'm told it was all a mistake with a hard drive.⟧"
His solicitor, Adebola Coker, said they would be considering a formal complaint. "⟦d:e|Somebody needs to explain how evidence that could have cleared him, or convicted him, simply vanished,⟧" she said.
A spokesperson for the prosecution service said: "⟦d:d|We keep all cases under review and, having done so, concluded there was no longer a realistic prospect of conviction.⟧"

### 031
@a Delroy Hanley | -
@b Ferrars | -
@c Mhairi Sutherland | his solicitor
@d Second Look | a miscarriage of justice charity
@e - | one reporter
A man who spent 19 years in prison for a robbery he has always said he did not commit has had his conviction quashed by the Court of Appeal.
Delroy Hanley, now 61, was convicted in 2004 of the armed robbery of a post office in Saltmarsh Green.
Three judges ruled that fresh DNA evidence, found on a balaclava recovered near the scene, made the conviction unsafe. Lord Justice Ferrars said: “⟦d:b|Had the jury heard this evidence, we are satisfied that they might well have reached a different verdict. The conviction is quashed.⟧”
Mr Hanley wept in the dock and embraced his daughter as he left court.
Outside, his solicitor, Mhairi Sutherland, read a statement on his behalf: “⟦d:a:m|I have waited nineteen years for someone to say what I have been saying since the day I was arrested. I did not do it.⟧
“⟦d:a|My mother died while I was inside. I couldn’t go to her funeral. Nobody can give me that back.⟧”
Speaking for herself, Ms Sutherland said the case raised “⟦p:c|serious questions⟧” about how forensic exhibits had been stored. “⟦d:c|That balaclava sat in a police evidence store for 17 years. It was tested only because we kept asking,⟧” she said.
Second Look, a miscarriage of justice charity, said: “⟦d:d|Delroy Hanley’s case is not unique. There are people in prison today whose cases deserve the same scrutiny.⟧”
“⟦d:e|How do you feel, Delroy?⟧” one reporter shouted as he walked to a waiting car.
“⟦d:a|Tired,⟧” he said. “⟦d:a|Free, and tired.⟧”

### 032
@a Comfort Asamoah | Mr Asamoah's mother
@b Julian Brook | Assistant coroner
@c - | the jury
@d Kingsmere Police | -
@e Priyanka Rao | representing the family
An inquest jury has found that failings by police officers "⟦p:c|more than minimally contributed⟧" to the death of a man who was restrained face-down in a custody suite.
Kofi Asamoah, 32, died at Kingsmere Royal Infirmary in May 2022, two days after being restrained by five officers at Brindle Street police station.
In its narrative conclusion, the jury said: "⟦d:c|Officers failed to recognise that Mr Asamoah was in a medical emergency. The prone restraint was maintained for longer than was necessary, and he was not placed in the recovery position when he became unresponsive.⟧"
Assistant coroner Julian Brook thanked the jurors for their "⟦p:b|careful and conscientious⟧" work over the six-week hearing.
Outside the court, Mr Asamoah's mother, Comfort Asamoah, said: "⟦d:a|My son was unwell, not a criminal. He needed a doctor, and they gave him five men kneeling on his back.⟧"
"⟦d:a|I will keep saying his name,⟧" she added. "⟦d:a|Kofi. Kofi Asamoah.⟧"
Priyanka Rao, representing the family, said: "⟦d:e|The family will now be asking prosecutors to look again at whether any officer should face charges.⟧"
In a statement, Kingsmere Police said: "⟦d:d|Our thoughts remain with Mr Asamoah's family. We will consider the jury's findings carefully, and we have already changed our training on restraint.⟧"

### 033
@a Wen Jiahui | the registrar on duty that night
@b Christopher Ahn | for the family
@c Philippa Grainger | Coroner
@d Ravensbourne University Hospitals Trust | -
The inquest into the death of seven-year-old Maisie Thornton, who died of sepsis at Ravensbourne General Hospital, has heard that a registrar did not review her for almost five hours after a nurse flagged her as deteriorating.
Dr Wen Jiahui, the registrar on duty that night, told the hearing she had been covering three wards and the emergency department.
Christopher Ahn, for the family, asked her: “⟦d:b|When the nurse called you at 11.20pm and said Maisie’s heart rate was 170, what did you understand that to mean?⟧”
“⟦d:a|That she was unwell and needed to be seen.⟧”
“⟦d:b|And when did you see her?⟧”
“⟦d:a|At about 4am.⟧”
“⟦d:b|Why so long?⟧”
Dr Wen did not answer for several seconds. “⟦d:c|Doctor, take your time,⟧” the coroner said.
“⟦d:a|Because there were other children who I judged at the time to be sicker. I have gone over that decision many, many times. I think I got it wrong.⟧”
Coroner Philippa Grainger asked whether there had been a consultant available to call. “⟦d:a|There was a consultant on call from home. I didn’t ring him. I should have,⟧” Dr Wen said.
Ravensbourne University Hospitals Trust said in a statement that it had “⟦p:d|made significant changes⟧” to paediatric staffing since Maisie’s death.

### 034
@a Stanislav Horvath | a mechanic
@b Anjali Deshpande | prosecuting
@c Craig Mullen | Detective Sergeant
@d Ormerod | The trial judge
A man who beat his business partner to death with a wrench in a row over a £12,000 debt was found guilty of murder at Ferrisham Crown Court on Thursday.
Stanislav Horvath, 45, a mechanic, had claimed he acted in self-defence when Paul Rigby, 50, came at him in their garage on the Brookmoor industrial estate in April.
The jury heard a recording of Horvath's 999 call, in which he said: ``⟦d:a|I've hurt him, I think I've hurt him bad. Please come quick.⟧''
Anjali Deshpande, prosecuting, told jurors Mr Rigby had been struck at least seven times. ``⟦d:b|Seven blows is not self-defence. Seven blows is a decision, repeated seven times,⟧'' she said.
Detective Sergeant Craig Mullen, who interviewed Horvath, told the court the defendant had said in interview that he ``⟦p:a|just lost it⟧''.
``⟦d:c|He said he'd had enough of being pushed around about money. He didn't say anything in that first interview about being attacked,⟧'' DS Mullen said.
In evidence, Horvath told the jury: ``⟦d:a|He picked up the jack handle first. I was frightened for my life.⟧'' Asked by Ms Deshpande why he had not mentioned that to police, he said: ``⟦d:a|I was in shock. I wasn't thinking straight.⟧''
Sentencing was adjourned until next month. The trial judge, Mr Justice Ormerod, told Horvath: ``⟦d:d|You must understand that there is only one sentence I can pass for murder, and that is life imprisonment.⟧''

### 035
@b Gillian Osterberg | the former operations director of Brackwater Water
@c Dlamini | the plant supervisor
The following is an edited extract from the transcript of day 23 of the Brackwater Water Inquiry, in which counsel to the inquiry, Dominic Farrant KC, questioned Gillian Osterberg, the former operations director of Brackwater Water.
Q: Mrs Osterberg, on 4 August you received an email from the plant supervisor, Mr Dlamini. Can you read the first line to the inquiry?
A: It says: "⟦d:c|Chlorine dosing pump 2 has been failing intermittently since Friday, I need authorisation for a replacement.⟧"
Q: And your reply?
A: I wrote: "⟦d:b|Can this wait until the new financial year?⟧"
Q: Why did you write that?
A: Because I was being told every day to find savings. That is not an excuse. It is the context.
Q: The inquiry has heard that Mr Dlamini described the pump to a colleague as "⟦p:c|held together with cable ties⟧". Were you aware of that?
A: Not at the time, no.
Q: When did you first hear the phrase "⟦s:-|boil notice⟧" in connection with Brackwater that summer?
A: On the 19th. I was on holiday.

### 036
@a Olumide Fashola | Judge
@b Gregory Tansley | -
@c Margaret Oduya | the hospice’s chair of trustees
@d Maricel Dizon | mitigating
A chartered accountant who stole £214,000 from a children’s hospice while serving as its volunteer treasurer has been jailed for four years and eight months.
Gregory Tansley, 59, of Orchard Rise, Pelham, transferred money from Hollybank Children’s Hospice into his own accounts in more than 300 transactions over six years, Pelham Crown Court heard.
Jailing him, Judge Olumide Fashola read out a message Tansley sent to the hospice’s fundraising manager in 2021, when she asked why the accounts were late. “⟦d:a|You wrote, ‘Don’t worry, all fine, just a bit snowed under.’ It was not fine. You were stealing from dying children and their families, and you were doing it while they thanked you for your time,⟧” the judge said.
Margaret Oduya, the hospice’s chair of trustees, said in a victim personal statement: “⟦d:c|The money he took would have paid for two years of our music therapy service. We had to cut it. Children who loved it were told it was gone.⟧”
Maricel Dizon, mitigating, said her client had developed a gambling addiction after his wife’s death and had “⟦p:d|lost all sense of proportion⟧”. “⟦d:d|He does not ask for sympathy. He asks the court to see that he is a man who was drowning,⟧” she said.
In a letter to the court, Tansley wrote that he was “⟦p:b|ashamed beyond words⟧”. “⟦d:b|I cannot undo it. I will spend what is left of my life trying to pay it back,⟧” he wrote.
The judge said: “⟦d:a|Your letter says you are ashamed. I accept that. But shame came only when you were caught.⟧”

### 037
@a Ines Kaczmarek | a scaffolder who worked for the firm for three years
@b Barnaby Whitcombe | for the defence
@c Hamid Rashidi | Judge
@d Claire Monaghan | prosecuting
Live: Kestrel Scaffolding trial — scaffolder tells jury "⟦p:a|everyone knew⟧" ties were missing
10:04 — Good morning and welcome to our live coverage from Hadley Crown Court, where the trial of Kestrel Scaffolding Ltd and its former managing director, Alan Prothero, continues. Both deny manslaughter over the death of labourer Shane Cotter, 19, who fell from a scaffold in 2022.
10:21 — The first witness today is Ines Kaczmarek, a scaffolder who worked for the firm for three years. She says the scaffold on the Mercer Street site was "⟦p:a|not right from the start⟧".
10:26 — Ms Kaczmarek: "⟦d:a|There should have been ties every four metres. On that elevation there were hardly any. Everyone knew. We said it in the van every morning.⟧"
10:31 — Claire Monaghan, prosecuting, asks: "⟦d:d|What did you do about it?⟧"
10:33 — She replies: "⟦d:a|I told the supervisor twice. The second time he said, 'Take it up with Alan.'⟧"
10:48 — Cross-examination begins. Barnaby Whitcombe KC, for the defence, asks: "⟦d:b|You never put any of this in writing, did you?⟧"
Ms Kaczmarek: "⟦d:a|No. You didn't put things in writing at Kestrel. Not if you wanted to keep working.⟧"
11:02 — Judge Hamid Rashidi has called a short break. He tells jurors: "⟦d:c|Don't discuss the case among yourselves until you are all back together in your room.⟧"

### 038
@a Jerome Baptiste | -
@b Connor Whelan | -
@c Aaron Figg | -
@d Ruth Adeniyi | prosecuting
@e Benedict Oyewole | Whelan’s barrister
Three men plotted to kidnap a cannabis dealer and hold him for ransom, exchanging messages in a group chat they named “⟦s:-|Payday⟧”, a jury at Castlegate Crown Court has heard.
Jerome Baptiste, 24, Connor Whelan, 26, and Aaron Figg, 23, all deny conspiracy to kidnap.
Ruth Adeniyi, prosecuting, read the jury messages recovered from Whelan’s phone. On 3 October, she said, Baptiste wrote: “⟦d:a|He keeps the bag in the flat. We take him, we take the bag, we ask the family for the rest.⟧”
Whelan replied: “⟦d:b|and if the family dont pay⟧”
Baptiste: “⟦d:a|They’ll pay.⟧”
Figg, who joined the group a week later, wrote: “⟦d:c|count me in but I aint touching no one⟧”.
Ms Adeniyi told jurors: “⟦d:d|You may think, members of the jury, that these messages speak for themselves. The defence will say they were just talk. The Crown says they were a plan.⟧”
The prosecution says the plot was foiled when police stopped a hired van containing cable ties, duct tape and a replica pistol near the target’s flat in Larkhall Road on 11 October.
Whelan’s barrister, Benedict Oyewole, told the jury the messages were “⟦p:e|bravado and nonsense⟧” written by “⟦p:e|young men showing off to each other⟧”.

### 039
@a - | The call handler
@b Habiba Rahimi | the neighbour
@c Gavin Trewartha | -
@d Nikolai Petrov | prosecuting
Jurors at the trial of a man accused of trying to murder his stepfather heard a recording of the 999 call made by a neighbour who found the older man bleeding on his doorstep.
Gavin Trewartha, 30, denies attempted murder and an alternative charge of wounding with intent over the attack at a house in Penrose Terrace, Tregarrick, in November.
In the recording, played at Polwenna Crown Court, the neighbour, Habiba Rahimi, could be heard saying: "⟦d:b|There's a man on the floor, there's blood everywhere, he's been stabbed I think. Please hurry.⟧"
The call handler asked: "⟦d:a|Is he breathing?⟧"
"⟦d:b|Yes, he's breathing, he's talking. He keeps saying his son did it.⟧"
"⟦d:a|Is the person who did this still there?⟧"
"⟦d:b|I don't know. I don't want to go in.⟧"
Nikolai Petrov, prosecuting, told jurors: "⟦d:d|You will hear that Mr Trewartha was arrested 200 yards away, with blood on his hands and on his clothes.⟧"
Trewartha, who is expected to give evidence, told officers when he was arrested: "⟦d:c|It was self-defence. He came at me first.⟧"
The trial continues.

### 040
@a Kilbride | the court’s deputy president
@b Carmody | -
@c Westholme Borough Council | the council
@d Priscilla Nwankwo | chair of Friends of Westholme Libraries
The Supreme Court has ruled that a council acted unlawfully when it closed nine of its 14 libraries without properly considering the impact on disabled and elderly residents, in a judgment that campaigners said would “⟦p:d|echo in every town hall in the country⟧”.
In a 4-1 decision, the justices overturned a Court of Appeal ruling in favour of Westholme Borough Council.
Lord Kilbride, the court’s deputy president, wrote: “⟦d:a|A public library is not simply a building that lends books. For many of the people whose evidence is before the court, it is the only warm, safe and free public space they can reach on foot.⟧”
He said the council’s consultation had been “⟦p:a|framed to produce an answer that had already been reached⟧”.
In a dissenting judgment, Lady Carmody said the majority had strayed into “⟦p:b|matters of policy which are for elected councillors, not judges⟧”. “⟦d:b|The council faced a genuine and severe financial crisis. It is not for this court to decide how many libraries it can afford,⟧” she wrote.
Priscilla Nwankwo, chair of Friends of Westholme Libraries, which brought the case, said: “⟦d:d|We are a group of pensioners, parents and a retired librarian with a cake stall. We have just beaten a council with a legal budget of millions.⟧”
“⟦d:d|Open the doors,⟧” she added.
Westholme Borough Council said it was “⟦p:c|studying the judgment⟧”. “⟦d:c|The council has always acted in good faith in the face of unprecedented budget pressures,⟧” the council said.

### 041
@a Ceri Llewellyn | Judge
@b Dorothy Pennington | Grandmother
@c Reece Hollis | -
@d Kyle Pennington | Her grandson
A THUG who punched an 84-year-old widow in the face and stole her handbag as she walked home from bingo has been jailed for six years.
Reece Hollis, 26, was dubbed the "⟦s:-|Bingo Night Mugger⟧" after CCTV of the attack in Mossley Lane, Thornton Brook, was shared thousands of times online.
Grandmother Dorothy Pennington suffered a fractured cheekbone and has not left her house alone since. In a statement read to Marlcastle Crown Court, she said: "⟦d:b|I have lived in this street for 61 years. Now I sit behind the curtains and jump every time a car goes past.⟧"
Hollis, who admitted robbery, had told police: "⟦d:c|I was off my head. I don't even remember it.⟧"
Jailing him, Judge Ceri Llewellyn said that was "⟦p:a|no answer at all⟧". "⟦d:a|Your victim is a woman who lived through a war. It took you about four seconds to take away her sense of safety,⟧" she said.
"⟦d:a|You will now have a long time to think about what you did.⟧"
Her grandson Kyle Pennington, 30, who sat in the public gallery, said outside: "⟦d:d|He's a coward. He picked the smallest, oldest person he could find. I hope he sees her face every night.⟧"

### 042
@a Ifeoma Carrington | The former High Court judge
@b Roderick Baines | a barrister who appeared before her many times
Ifeoma Carrington still keeps her red sash in a drawer. The former High Court judge retired last spring after 22 years on the bench, and she is, she says, “⟦p:a|only just learning to sleep past six⟧”.
We meet at her house in Wyncombe. She makes tea in a brown pot and talks, without much prompting, about the case that still wakes her.
“⟦d:a:m|It was a sentencing, early on. A young man, a stupid, drunken fight, a death. The family of the boy who died were on one side of the court and his family were on the other, and they were all from the same estate. Some of them were cousins.⟧
“⟦d:a:m|I gave him what the guidelines said. It was the right sentence. I’ve never thought it was the wrong sentence.⟧
“⟦d:a|But I remember walking back to my room and thinking: there isn’t a number I could have said that would have been right for everybody in that room. That’s the job. You say the number anyway.⟧”
Carrington was the first woman of Nigerian heritage to be appointed to the High Court bench. She is wary of the word “⟦s:-|trailblazer⟧”.
“⟦d:a|I was just the one who happened to be standing there when the door opened,⟧” she says. “⟦d:a|There were others who pushed it open.⟧”
Roderick Baines, a barrister who appeared before her many times, describes her as “⟦p:b|terrifying in the best possible way⟧”. “⟦d:b|You always knew she’d read every page. You couldn’t bluff her. Nobody tried twice,⟧” he says.
Does she miss it? She thinks for a long time. “⟦d:a|I miss being useful. I don’t miss being right all the time. It’s very tiring, being right all the time.⟧”

### 043
@a Rosemary Tancredi | District Judge
@b Andrei Volkonsky | -
@c Ottilie Drummond | representing the Veskarian government
@d Hassan El-Amin | for Volkonsky
LONDON, Feb 6 - A businessman wanted in Veskaria on embezzlement charges told a London court on Tuesday that he would be "⟦p:b|dead within a year⟧" if he were sent back, as he fought extradition.
Andrei Volkonsky, 54, is accused by prosecutors in Veskaria of diverting $140 million from the state grain company he once chaired through a web of offshore companies. He denies the charges and says they are politically motivated.
"⟦d:b|I was a friend of the president until I was not. In my country, that is the only crime that matters,⟧" Volkonsky told the court.
Asked by Ottilie Drummond, representing the Veskarian government, whether he had moved money out of the country before his arrest, he said: "⟦d:b|My own money. Yes. Is that a crime here too?⟧"
"⟦d:c|It depends where it came from, Mr Volkonsky,⟧" she replied.
Drummond said assurances had been given that he would be held in a modern facility with access to consular visits. "⟦d:c|The requesting state has given specific, detailed and monitorable assurances. This court has accepted such assurances before,⟧" she said.
Hassan El-Amin KC, for Volkonsky, said two previous defendants returned under similar assurances had died in custody. "⟦d:d|Assurances are words on paper. My client's concern is what happens behind the door,⟧" he said.
District Judge Rosemary Tancredi said she would give her ruling in writing next month. "⟦d:a|This is a case of real complexity and I will not be rushed,⟧" she said.

### 044
@a Gareth Owusu | Tribunal Judge
@b Mohammad Reza Tavakoli | a 41-year-old Iranian engineer
@c Ellen Marchbanks | His barrister
@d Halberd Custodial Services | -
An engineer who has been held in immigration detention for 14 months was granted bail on Thursday after a tribunal judge said there was «⟦p:a|no realistic prospect⟧» of removing him in the near future.
Mohammad Reza Tavakoli, a 41-year-old Iranian engineer, was detained at Fenmarsh Immigration Removal Centre after his asylum claim was refused.
Speaking via video link from the centre, Mr Tavakoli told the hearing: «⟦d:b|I have done nothing wrong except ask for protection. Every day here is the same day.⟧»
His barrister, Ellen Marchbanks, said Iran had not issued a travel document in any comparable case for more than two years. «⟦d:c|Detention is lawful only where removal is a realistic prospect within a reasonable time. Neither of those conditions is met,⟧» she said.
Granting bail, Tribunal Judge Gareth Owusu said: «⟦d:a|I have no confidence, on the evidence before me, that Mr Tavakoli will be removed this year or next. Detaining him further would serve no purpose.⟧»
Halberd Custodial Services, which runs the centre, said it «⟦p:d|does not comment on individual cases⟧».
Mr Tavakoli, who will live with a friend in Ashdown Vale while a fresh claim is considered, said afterwards: «⟦d:b|I want to sleep in a room where the door opens from the inside.⟧»

### 045
@a Gurpreet Sahota | postman
@b Kerry-Ann Blythe | -
@c Northway Post | -
@d Janet Ellery | Chair of the bench
@e Abdul Karim | prosecuting
A dog owner whose Staffordshire bull terrier cross bit a postman three times as he delivered letters has been ordered to keep the animal muzzled in public and on a lead at all times.
Kerry-Ann Blythe, 41, of Westbourne Avenue, Ferncliffe, admitted being the owner of a dog dangerously out of control causing injury when she appeared before Ferncliffe magistrates.
Abdul Karim, prosecuting, said postman Gurpreet Sahota had been pushing a parcel through the letterbox when the door opened and the dog ran out. “⟦d:e|Mr Sahota was on the ground before he could do anything,⟧” Mr Karim said.
In a victim statement, Mr Sahota, who has delivered to the street for 12 years, said: “⟦d:a|I’ve been bitten before, but never like this. I needed 14 stitches in my leg and I was off work for six weeks.⟧”
“⟦d:a|I love my job. I just want to be able to do it without looking over my shoulder.⟧”
Blythe, who represented herself, told magistrates: “⟦d:b|He’s never done anything like it before. Somebody had left the side gate open. I’m devastated for the postman.⟧”
Chair of the bench Janet Ellery said the court had considered a destruction order but was satisfied the dog could be controlled. “⟦d:d|This is your last chance, and his. If this happens again, the outcome will be very different,⟧” she told Blythe.
Northway Post said: “⟦d:c|Our people deserve to be able to deliver safely. We welcome the court’s decision.⟧”

### 046
@a Philomena Grady | Judge
@b Stuart Keane | the senior investigating officer
@c Yvette Osei | Assistant Chief Constable
@d Zhao Meiling | -
A judge has accused police of a "⟦p:a|shambolic⟧" investigation after the trial of a restaurant owner accused of modern slavery collapsed when it emerged that officers had failed to disclose hundreds of text messages.
Zhao Meiling, 48, who runs the Golden Lotus restaurant in Harbourside, Corley, was formally acquitted at Corley Crown Court on Wednesday after prosecutors dropped the case.
Judge Philomena Grady said the failure was "⟦p:a|not a matter of one officer making one mistake⟧". "⟦d:a|Material that pointed clearly away from guilt sat on a police laptop for 18 months. Nobody looked at it. Nobody, it seems, thought to,⟧" she said.
Under questioning by the judge last week, Detective Inspector Stuart Keane, the senior investigating officer, accepted that the messages should have been reviewed. "⟦d:b|I accept that. It was a resourcing issue, but I accept it,⟧" he said.
"⟦d:a|It's not a resourcing issue, Inspector. It's a disclosure issue,⟧" the judge replied.
Ms Zhao, speaking through an interpreter outside court, said: "⟦d:d|I came to this country with nothing and built my business with my own hands. For two years people in this town have called me a slave-master. Who will tell them I am innocent?⟧"
Assistant Chief Constable Yvette Osei said the force had "⟦p:c|fallen short⟧" and apologised. "⟦d:c|We will be reviewing how this happened, and we will be writing to Ms Zhao personally,⟧" she said.

### 047
@a Rupert Allingham | Deputy District Judge
@b Chloe Barraclough | -
@c Aidan | her husband
@d Valentina Russo | -
A newlywed couple who said their wedding photographer delivered 412 pictures “⟦p:b|mostly of the backs of people’s heads⟧” have won back £1,850 in the county court.
Chloe Barraclough, 31, and her husband Aidan, 33, sued Valentina Russo, who trades as Russo Lens & Light, after their wedding at Thistlebrook Manor in July 2023.
“⟦d:b|There is not one picture of my grandmother, who travelled from Cork for the day. Not one. There are eleven of the car park,⟧” Mrs Barraclough told Deputy District Judge Rupert Allingham.
Her husband said: “⟦d:c|We weren’t expecting magazine stuff. We were expecting our faces.⟧”
Ms Russo, who represented herself, said the couple had signed a contract specifying a “⟦s:-|documentary style⟧”. “⟦d:d|Documentary means I capture the day as it happens. I don’t pose people. That was explained to them,⟧” she said.
The judge viewed a selection of the images on a laptop. “⟦d:a|I am not an expert in photography, but I do know what a face looks like, and I am not seeing many,⟧” he remarked.
Finding for the couple, he said: “⟦d:a|Whatever ‘documentary style’ means, it cannot mean a set of wedding photographs in which the bride’s face appears in fewer than twenty.⟧”

### 048
@a Hilary Atkins-Mbeki | a consultant forensic pathologist
@b Toby Wren | defending
@c Miriam Solberg | prosecuting
A pathologist has told a murder trial that a man who died after a fight outside a nightclub in Eastbridge suffered a fatal brain injury when his head struck the kerb, rather than from the punch that knocked him down.
Professor Hilary Atkins-Mbeki, a consultant forensic pathologist, was giving evidence at the trial of Jordan Amankwah, 27, who denies murdering Liam Shortt, 31, outside the Vault nightclub in October.
Questioned by Miriam Solberg, prosecuting, she said: "⟦d:a|The punch itself caused a relatively minor injury to the jaw. The fracture to the back of the skull, which caused the bleeding on the brain, is entirely consistent with an unprotected fall on to a hard surface.⟧"
"⟦d:c|Is there any doubt in your mind about the cause of death?⟧" Ms Solberg asked.
"⟦d:a|None.⟧"
Cross-examining, Toby Wren KC, defending, asked: "⟦d:b|So the punch did not kill him?⟧"
"⟦d:a|Not directly. The punch caused the fall. The fall caused the injury that killed him.⟧"
"⟦d:b|Could a punch of that kind be thrown without any intention of causing really serious harm?⟧"
"⟦d:a|That is not really a question for a pathologist, Mr Wren,⟧" she replied.
"⟦d:b|Then let me put it another way. Was there anything about the injury to the jaw suggesting exceptional force?⟧"
"⟦d:a|No. I would describe it as moderate.⟧"
Amankwah denies murder but has admitted manslaughter, a plea the prosecution does not accept. The trial continues.

### 049
@a - | A 10-year-old girl
@b - | the officer
@c Brendan Lusk | a van driver from Holmwood
@d Kamala Iyer | prosecuting
@e Derek Ainsworth | a school crossing patrol officer
A 10-year-old girl told police she saw a van driver “⟦p:a|look at his phone and then look up really fast⟧” moments before he struck a lollipop man outside her school, a jury has heard.
Brendan Lusk, a van driver from Holmwood, denies causing serious injury by dangerous driving. Derek Ainsworth, 72, a school crossing patrol officer, suffered a broken pelvis and leg outside Holmwood Primary School in March.
The girl, who cannot be named for legal reasons, gave her evidence in a video interview recorded a week after the collision, which was played to the jury at Lindley Crown Court.
In the recording, the officer asks her: “⟦d:b|What did you see the man in the van doing?⟧”
“⟦d:a|He had his phone, like, down here, and he was looking at it. Then he looked up really fast and his face went like this.⟧”
“⟦d:b|And what happened to Mr Ainsworth?⟧”
“⟦d:a|He went over. His lollipop went in the road.⟧”
Kamala Iyer, prosecuting, said phone records showed Lusk’s mobile had been used to open a messaging app eight seconds before the collision. “⟦d:d|Those eight seconds, the Crown says, are the whole case,⟧” Ms Iyer told jurors.
Mr Ainsworth told the court he had been doing the job for 15 years. “⟦d:e|I had my sign up, I was in the middle of the road. He just kept coming,⟧” he said.
Lusk told police in interview: “⟦d:c|The sun was in my eyes. I never touched my phone.⟧”

### 050
@a Nasreen Aslam | Recorder
@b Aldermoor Water | -
@c Femi Adebisi | the agency's area manager
@d Clive Pettifer | chairman of the Ashbrook Angling Association
Aldermoor Water has been fined £3.2 million for illegally discharging raw sewage into the River Ashbrook over a period of 18 months, killing thousands of fish.
The company pleaded guilty at Kellingford Crown Court to four offences under environmental permitting regulations. The prosecution was brought by the Rivers Protection Agency.
Recorder Nasreen Aslam said the pollution was "⟦p:a|the predictable result of a decision to run equipment into the ground⟧". "⟦d:a|The company knew the pumps at Milbrook were failing. It chose to patch them rather than replace them. The river paid the price,⟧" she said.
Femi Adebisi, the agency's area manager, said the fine should "⟦p:c|send a clear message to boardrooms⟧". "⟦d:c|We found dead trout and grayling along six kilometres of river. Some of those stretches will take a decade to recover,⟧" he said.
Clive Pettifer, chairman of the Ashbrook Angling Association, said members had reported the pollution "⟦p:d|again and again⟧". "⟦d:d|We were told every time that it was being looked into. The fish didn't have time for it to be looked into,⟧" he said.
"⟦d:d|Ask anyone on the bank what three million pounds means to a company that size,⟧" he added.
In a statement, Aldermoor Water said: "⟦d:b|We are deeply sorry. We have invested £14 million at Milbrook since these incidents and we are determined to do better.⟧"

### 051
@a Iain MacAulay | Sheriff
@b Callum Strachan | a shot-firer at the quarry
@c Ewan Baird | the quarry manager
@d Lorna Mackie | Mr Mackie's widow
@e Glenbrae Aggregates | -
A sheriff has ruled that the death of a quarry worker crushed by a falling rock face might have been avoided if concerns raised by his colleagues had been acted on.
Robert Mackie, 47, died in April 2022 when a section of the wall at Craigmuir Quarry, near Kilbrannan, collapsed on to the cab of the excavator he was operating.
At the fatal accident inquiry at Inverbrae Sheriff Court, Callum Strachan, a shot-firer at the quarry, said he had warned managers about cracking above the working face. "⟦d:b|I said to Ewan the week before, that face doesn't look right to me. He said he'd get somebody to have a look,⟧" he told the inquiry.
Ewan Baird, the quarry manager, said he did not recall the conversation. "⟦d:c|If Callum had said that to me, I'd have stopped the work on that face. I've stopped work for less,⟧" he said.
Asked by the procurator fiscal depute whether anyone had inspected the face in the week before the collapse, Mr Baird said: "⟦d:c|Not formally, no.⟧"
In his determination, published on Tuesday, Sheriff Iain MacAulay said the death "⟦p:a|might realistically have been avoided⟧" had a geotechnical inspection been carried out. "⟦d:a|There was no system for recording or acting upon the concerns of experienced workers. That was a defect in the system of working which contributed to Mr Mackie's death,⟧" he wrote.
Mr Mackie's widow, Lorna Mackie, said: "⟦d:d|Rab went to work and never came home. I hope no other family has to read a report like this.⟧"
Glenbrae Aggregates said it had "⟦p:e|accepted all of the sheriff's findings⟧" and introduced new inspection procedures.

### 052
@a Maurice Adekunle | the inquiry's chairman
@b Ciarán Mulvey | Counsel for the bereaved families
@c Roksana Begum | a mother whose son, Imran, died in the crush
@d Maybridge Events Ltd | the arena's operator
The chairman of the Maybridge Arena inquiry has promised bereaved families that his final report will ``⟦p:a|name names where names need to be named⟧'' as public hearings came to a close after 11 months.
Twenty-one people died and more than 200 were injured when crowds surged at a narrow exit gate after a concert in March 2022.
Counsel for the bereaved families, Ciarán Mulvey KC, said in closing submissions: ``⟦d:b:m|For nearly a year, this inquiry has heard senior people say that they were not told, that they did not know, that it was somebody else's job.⟧
``⟦d:b|Twenty-one people went to a concert. It was everybody's job.⟧''
Maybridge Events Ltd, the arena's operator, said in its written closing submission that it had ``⟦p:d|acted at all times on the advice of its safety consultants⟧''.
Roksana Begum, a mother whose son, Imran, died in the crush, sat in the front row throughout the final day. Speaking afterwards, she said: ``⟦d:c|I have come every single day. I wanted them to look at me when they said they didn't know.⟧''
Closing the hearings, the inquiry's chairman, Sir Maurice Adekunle, said: ``⟦d:a|I have listened to a great deal of evidence about procedures, rotas and radios. I have not forgotten, and will not forget, that this inquiry exists because 21 people did not come home.⟧''
He expects to publish his report next year.

### 053
@a Imogen Tse | a climate protester and former primary school teacher
@b Obafemi Lawal | District Judge
@c Rafe Sandoval | prosecuting
@d Wren | One supporter
Five climate protesters who glued themselves to the doors of an oil company's headquarters have been found guilty of aggravated trespass.
The group, who carried placards reading "⟦s:-|Your Profits, Our Future⟧", were arrested outside Halvard Energy's offices on Canal Street, Wexmouth, in September.
Giving evidence, Imogen Tse, 26, a climate protester and former primary school teacher, said: "⟦d:a|I taught seven-year-olds about the weather. I couldn't look them in the eye and do nothing.⟧"
Rafe Sandoval, prosecuting, asked her: "⟦d:c|Do you accept that staff were unable to enter the building for four hours?⟧"
"⟦d:a|Yes. That was rather the point,⟧" she said.
Sentencing each of them to a conditional discharge, District Judge Obafemi Lawal said: "⟦d:b|I do not doubt your sincerity. But sincerity is not a defence, and the law applies to everyone, whatever the cause.⟧"
About 40 supporters outside the court chanted "⟦s:-|No more oil⟧" as the defendants left.
One supporter, who gave their name only as Wren, was unrepentant. "⟦d:d|They'll be back,⟧" they said. "⟦d:d|We all will.⟧"

### 054
@a Ravindran | the judge
@b Ministry of Housing and Regions | The ministry
@c Abena Ofori-Atta | director of HomeGround
@d - | A government spokesperson
The High Court has ruled that the government acted unlawfully by cutting emergency accommodation funding for homeless families without consulting councils.
The judicial review was brought by the housing charity HomeGround, which argued that the decision to reduce the Emergency Accommodation Grant by 30% had left hundreds of children in bed-and-breakfast rooms for months.
In his ruling, Mr Justice Ravindran said the Ministry of Housing and Regions had “⟦p:a|failed entirely⟧” to consider the impact on children. “⟦d:a|The evidence shows families of five living in a single room with no cooking facilities for longer than six months. Those consequences were foreseeable and were not foreseen,⟧” the judge said.
“⟦d:a|Consultation is not a box to be ticked.⟧”
The ministry had argued the cut was necessary because of “⟦p:b|exceptional pressures⟧” on public finances.
Abena Ofori-Atta, director of HomeGround, said: “⟦d:c|This is a victory for every child who has done their homework sitting on a hotel bed.⟧” She added: “⟦d:c|Now the ministry needs to put the money back.⟧”
A government spokesperson said: “⟦d:d|We are disappointed by this judgment and are considering our next steps. We remain committed to ending homelessness.⟧”

### 055
@a Rasmus Holm | the ferry’s master
@b Deirdre Maguire | counsel to the inquiry
@c Nilufar Karimova | a survivor who was travelling with her two daughters
@d Straits Ferries | the operator
The captain of the ferry Kestrel Isle told the inquiry into its sinking that he had “⟦p:a|no reason to believe⟧” the bow door was not fully closed when the vessel left Skerrick harbour.
Rasmus Holm, the ferry’s master, said the indicator light on the bridge showed green. “⟦d:a|Green means closed. That is what it has always meant, on every ship I have sailed,⟧” he said.
Deirdre Maguire, counsel to the inquiry, showed him maintenance records indicating the sensor had been reported faulty three times in the preceding month.
“⟦d:b|Were you told about any of those reports, Captain?⟧”
“⟦d:a|No.⟧”
“⟦d:b|Would you have sailed if you had been?⟧”
Captain Holm was silent for some time. “⟦d:a|I would have sent someone to look at the door with their own eyes,⟧” he said eventually. “⟦d:a|I wish to God somebody had.⟧”
Seven passengers died when the Kestrel Isle capsized in a force 8 gale in November 2021.
Nilufar Karimova, a survivor who was travelling with her two daughters, watched from the public seats. “⟦d:c|He looks like a man who is telling the truth,⟧” she said afterwards. “⟦d:c|That is almost worse. It means the truth is that nobody checked.⟧”
Straits Ferries, the operator, has said it “⟦p:d|deeply regrets⟧” the loss of life and will give evidence in the next phase of the inquiry.

### 056
@a Nabila Rahman | Assistant coroner
@b Krzysztof Nowicki | a fellow picker at the warehouse
@d Elena Ionescu | His wife
@e Adrian Pell | Fulfilcore’s site manager
A warehouse worker who collapsed during a heatwave died of heatstroke after working a ten-hour shift in temperatures of up to 35C, an inquest has heard.
Marius Ionescu, 44, a picker at the Fulfilcore UK distribution centre in Wellby Park, collapsed at the end of his shift in July 2022 and died in hospital two days later.
Krzysztof Nowicki, a fellow picker at the warehouse, said staff had asked for extra fans for weeks. «⟦d:b|We were told there was no budget. Marius said to me at lunch that he felt sick and dizzy, and I told him to go home. He said he could not lose the hours,⟧» he told the hearing.
Fulfilcore’s site manager, Adrian Pell, said the company had provided «⟦p:e|free water and additional breaks⟧» during the hot weather. «⟦d:e|I accept that, looking back, we should have done more,⟧» he said.
Recording a conclusion of accident, Assistant coroner Nabila Rahman said: «⟦d:a|Mr Ionescu was a hard-working man who was anxious about his income and did not feel able to stop. That anxiety was not unreasonable, and the system of work did not allow for it.⟧»
She said she would write to the company. «⟦d:a|I will be asking what measures are now in place to monitor temperatures on the warehouse floor,⟧» she said.
His wife, Elena Ionescu, said through an interpreter: «⟦d:d|Marius came here to give our daughters a better life. He died for a few extra hours on a Tuesday.⟧»

### 057
@a Rosa Villanueva | Mateo's mother
@b Dustin Mayhew | -
@c Tobias Quarshie | a lawyer for the Villanueva family
@d Marlon Greaves | his attorney
@e Celeste Yamamoto | District Attorney
@f - | One juror
HARLAN CITY — A jury on Friday acquitted a former Harlan City police officer of manslaughter in the 2022 shooting of an unarmed 19-year-old during a traffic stop, prompting tears in the courtroom and a protest outside.
Dustin Mayhew, 35, had testified that he fired because he believed Mateo Villanueva was reaching for a gun. No gun was found in the car.
As the verdict was read, Mateo's mother, Rosa Villanueva, cried out: "⟦d:a|No! No, he killed my son!⟧"
Mayhew hugged his attorney, Marlon Greaves, who later told reporters: "⟦d:d|This was a tragedy, and no verdict changes that. But the jury found that Officer Mayhew acted as a reasonable officer would have in that moment.⟧"
In his testimony last week, Mayhew had told jurors: "⟦d:b|I have thought about that night every day. I wish to God it had ended differently.⟧"
Tobias Quarshie, a lawyer for the Villanueva family, called the verdict "⟦p:c|a license to kill any young man who makes a sudden movement⟧". "⟦d:c|Mateo was reaching for his phone to film. He told them he was reaching for his phone,⟧" Quarshie said.
One juror, who spoke on condition of anonymity, told the Harlan Tribune: "⟦d:f|We watched that video thirty times. Nobody in that room wanted this outcome, but we had to follow the instructions we were given.⟧"
District Attorney Celeste Yamamoto said in a statement that her office "⟦p:e|respects the jury's decision⟧" while continuing to believe the case "⟦p:e|needed to be heard⟧".
Outside the courthouse, several hundred protesters chanted "⟦s:-|Justice for Mateo⟧" and held signs reading "⟦s:-|He was 19⟧".
Rosa Villanueva later told reporters: "⟦d:a|I will never stop. Mateo deserved to grow up.⟧"

### 058
@a Tendai Mupfumira | -
@b Alison Crewe | Employment Judge
@c Dashwell | the company
@d Marcelo Bastos | the union’s general secretary
For three years, Tendai Mupfumira delivered takeaways around Kelverton on a moped he was still paying off, logging into the Dashwell app at 11am and out, most days, after midnight. On paper, he was his own boss. On Wednesday an employment tribunal said the paper was wrong.
In a 64-page judgment, Employment Judge Alison Crewe found that Mupfumira and four other couriers were workers entitled to holiday pay and the minimum wage, and described the company’s contracts as “⟦p:b|an elaborate fiction⟧”.
“⟦d:b|The claimants could not meaningfully refuse work, could not set their own prices and could not send a substitute in any practical sense. The label the respondent attached to the relationship does not change its substance,⟧” she wrote.
Mupfumira, 38, who came to Britain from Zimbabwe in 2015, heard the result on his phone while waiting outside a burger restaurant for an order.
“⟦d:a|I nearly dropped it,⟧” he said. “⟦d:a|The guy behind the counter asked if I was OK. I said, I think I just won something.⟧”
Dashwell said it would appeal. “⟦d:c|Couriers tell us again and again that they value the flexibility of working with Dashwell. This judgment puts that flexibility at risk,⟧” the company said.
The case was backed by the Independent Couriers’ Union. Marcelo Bastos, the union’s general secretary, called the company’s argument “⟦p:d|the oldest trick in the book⟧”. “⟦d:d|Flexibility is what they call it when you are allowed to choose which 14 hours a day you work,⟧” he said.

### 059
@a Shantelle Morrow | -
@b Priti Lakhani | prosecuting
@c Jamie Colquhoun | Her former partner
A hairdresser accused of setting fire to her former boyfriend’s car told a jury she was “⟦p:a|tucked up in bed watching telly⟧” when it went up in flames.
Shantelle Morrow, 29, denies arson being reckless as to whether life was endangered after the Audi was set alight outside a house in Coldstream Road, Pennington Vale, in the early hours of 2 January.
Giving evidence in her own defence at Hexford Crown Court, Morrow said: “⟦d:a|I was angry with Jamie, I’m not going to lie about that. But I’d never do something like that.⟧”
Her former partner, Jamie Colquhoun, told the court earlier in the trial that she had sent him a message hours before the fire reading: “⟦d:a|Enjoy your car while you’ve got it.⟧” He said of it: “⟦d:c|I didn’t think she meant it. Then I woke up to the neighbours banging on the door.⟧”
Cross-examining, Priti Lakhani, prosecuting, asked Morrow: “⟦d:b|What did you mean by ‘while you’ve got it’?⟧”
“⟦d:a|I meant he’d probably crash it. He’s a terrible driver,⟧” Morrow replied, prompting laughter in the public gallery.
“⟦d:b|Your phone was switched off between 1.10am and 3.40am. Why?⟧”
“⟦d:a|It was charging.⟧”
“⟦d:b|Phones can be on while they charge, Ms Morrow.⟧”
“⟦d:a|Mine,⟧” she said, “⟦d:a|goes off.⟧”
Mr Colquhoun, who was asleep in the house with his brother at the time, told the jury: “⟦d:c|If the car had been parked a metre closer, the house would have gone up with it.⟧”

### 060
@a Treadwell | -
@b Artūrs Kalniņš | -
@c Sophie Lambourne | The couple's daughter
@d Daniel Ferreira-Hughes | His barrister
Appeal judges have refused to reduce the whole-life order imposed on a man who murdered a retired couple at their farmhouse during a burglary.
Artūrs Kalniņš, 39, was sentenced last year at Ashbury Crown Court for the murders of Harold and Joan Lambourne at their home near Pennick in 2022.
His barrister, Daniel Ferreira-Hughes KC, told the Court of Appeal the trial judge had been wrong to find that the killings involved "⟦p:d|a substantial degree of premeditation⟧". "⟦d:d|This was a burglary that went catastrophically wrong. It was not planned as a double murder,⟧" he said.
Dismissing the appeal, Lord Justice Treadwell said: "⟦d:a|The applicant took a knife to the house. He used it on two people in their eighties, one after the other. We have no hesitation in saying that a whole-life order was not merely open to the judge; it was right.⟧"
Kalniņš appeared by video link from prison and showed no emotion. Asked by the court clerk to confirm his name, he said: "⟦d:b|Yes. That's me.⟧"
The couple's daughter, Sophie Lambourne, said outside court: "⟦d:c|Mum and Dad were married for 58 years. They spent the last minutes of their lives terrified. He will never be released, and that is the only comfort we have.⟧"

### 061
@a Cedric Hallworth | a former churchwarden at St Aldric’s Church in Lower Pennock
@b Olamide Akinyemi | the church’s vicar
@c Katarzyna Wiśniewska | Judge
@d - | one parishioner
“⟦d:a|I have let down my God, my church and everybody who ever trusted me with a key.⟧”
Those were the words of Cedric Hallworth, 71, a former churchwarden at St Aldric’s Church in Lower Pennock, as he stood in the dock at Brackenbury Crown Court to be sentenced for stealing £23,400 from collection plates and the church roof fund.
Hallworth, who had served the church for 30 years, took cash from the Sunday collections over five years and used it to pay off debts run up through online bingo.
The Rev Olamide Akinyemi, the church’s vicar, told the court in a statement that the thefts had “⟦p:b|wounded a small and generous congregation⟧”. “⟦d:b|We have forgiven him. Forgiveness is our job. But the roof still leaks, and the people who gave that money gave it out of their pensions,⟧” he said.
Hallworth told the court: “⟦d:a|I’ll pay back every penny if it takes the rest of my life.⟧”
Judge Katarzyna Wiśniewska suspended his sentence of 18 months for two years. “⟦d:c|At 71, and in poor health, you would find prison very hard. I have also read the letter from your vicar asking me to show you mercy, and I have taken it into account,⟧” she said.
Outside, one parishioner, who did not want to be named, was less forgiving. “⟦d:d|He sat next to me every Sunday for 20 years. I put a tenner in that plate every week,⟧” she said.

### 062
@a Aroha Whaanga | Justice
@b Tamati Ngata | His uncle
@c Mereana Ngata | his mother
@d Corey Fitzsimmons | -
@e Lachlan Boyd | Crown prosecutor
A driver who killed a 17-year-old rugby player while racing another car on a rural road near Waiaroha has been sentenced to four years and three months in prison.
Corey Fitzsimmons, 24, had pleaded guilty in the High Court at Kaiwera to manslaughter and dangerous driving causing death. Nikau Ngata died at the scene in August last year.
In a victim impact statement, his mother, Mereana Ngata, said: “⟦d:c|Nikau was our pōtiki, our youngest. Every morning I still set out his plate.⟧”
His uncle, Tamati Ngata, began his statement in te reo Māori. “⟦d:b|Kua hinga te tōtara i te wao nui a Tāne,⟧” he said — “⟦d:b|the tōtara has fallen in the great forest of Tāne.⟧”
“⟦d:b|That is what we say when we lose a chief. Nikau was seventeen. He should have had sixty more years to become one.⟧”
Crown prosecutor Lachlan Boyd said the two cars had been travelling at more than 150km/h. “⟦d:e|This was not a momentary lapse. It was a choice made over several kilometres,⟧” he said.
Fitzsimmons, who wept through the statements, turned to the whānau and said: “⟦d:d|I’m so sorry. I know that means nothing to you. I’m sorry.⟧”
Sentencing him, Justice Aroha Whaanga said: “⟦d:a|You have shown genuine remorse, and the family have shown you a generosity that I hope you will remember for the rest of your life.⟧”

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh131.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh131",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
