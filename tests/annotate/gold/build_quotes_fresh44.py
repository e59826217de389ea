# ruff: noqa: E501
"""Build ``quotes_fresh44.jsonl``: a forty-fourth independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts and
inquiries: criminal trials with examination and cross-examination, inquests, public
inquiries, employment and immigration tribunals, sentencing remarks and appeals.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh44-NNN``.

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

Decisions specific to this set (courts and inquiries):

* A statement read out on someone's behalf (by a solicitor, a prosecutor, a relative or
  an interpreter) belongs to its author, not to the reader. A statement whose author is
  an unnamed group (``the family``, ``the three families``, ``the jury``) has a null
  speaker and that group as the description; a named organisation is the speaker.
* The courtroom role labels ``prosecuting``, ``defending`` and ``mitigating`` standing
  after a lawyer's name (``Gordon Pike, defending,``) are taken as the appositive, so as
  the description. Judicial titles before a surname (``Lord Justice Fenwick``) are role
  titles: the surname is the speaker and the title the description.
* Where a name is introduced with no appositive or role title, the description is the
  first definite description used at a cue for that speaker (``the defendant said``),
  else null; a descriptive phrase in the intro sentence that is not attached to the
  name (``A warehouse manager accused of …``) is not used.
* In question-and-answer exchanges without speech verbs each turn belongs to the
  person whose turn it is, as a careful reader would follow the alternation.
* Words quoted from minutes, notes, emails, messages or reports are attributed to their
  identified author (``direct`` or ``partial``); ``what the company called "…"`` is a
  partial quote of the company.
* Words a witness reports someone else as having said, quoted on their own (``described
  being told by an adviser: «…»``), belong to that original speaker, not to the witness.
* A witness known to an inquiry only by a cipher (``HN-31``) has the cipher as the
  speaker's name.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh44.py``.
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh44.jsonl")

PASSAGES = """\
### 001
@a Rhodri Vaughan | prosecuting
@b Daniel Ashcombe | the defendant
@c Gareth Lyle | defending
A warehouse manager accused of stealing more than £40,000 worth of power tools from his employer told a jury he had been "⟦p:b|set up⟧" by a colleague.
Daniel Ashcombe, 46, of Penhallow Road, Tressick, denies theft and fraud by abuse of position. He is on trial at Marlstone Crown Court.
Under cross-examination by Rhodri Vaughan, prosecuting, Mr Ashcombe accepted that he had signed 31 delivery notes for goods that never arrived at the depot.
"⟦d:a|You signed every one of them, didn't you?⟧" Mr Vaughan asked.
"⟦d:b|I signed what was put in front of me,⟧" Mr Ashcombe replied. "⟦d:b|That was the job. Nobody checked anything.⟧"
"⟦d:a|Including you?⟧"
"⟦d:b|Including me. I accept that.⟧"
The prosecutor suggested the tools had been sold through an online account registered to the address of Mr Ashcombe's sister. He said he had never used the account and did not know who had set it up.
"⟦d:a|That is a remarkable coincidence, isn't it?⟧" Mr Vaughan said.
"⟦d:b|It's not a coincidence. Someone wanted it to look like me,⟧" he said.
Earlier, questioned by Gareth Lyle, defending, Mr Ashcombe told jurors he had raised concerns about missing stock with a regional manager in March 2022. "⟦d:b|I was told to keep my head down,⟧" he said.
"⟦d:c|And did you?⟧" Mr Lyle asked. "⟦d:b|For a while, yes,⟧" the defendant said. The trial continues.

### 002
@a Alison Maybury | the senior coroner for North Wexmoor
@b Kevin Durrant | The lorry driver
@c Priya Raman | a consultant in emergency medicine
@d Helen Costigan | his sister
A cyclist who died after being struck by a cement lorry on a Fennick roundabout was killed by a driver who “⟦p:a|could not have seen him⟧”, a coroner has concluded.
Thomas Costigan, 52, a secondary school teacher from Ebbsworth, suffered fatal head injuries in the collision on the A4120 on 3 October last year.
At the inquest in Fennick on Tuesday, Alison Maybury, the senior coroner for North Wexmoor, recorded a conclusion of accidental death.
“⟦d:a|The evidence is clear that Mr Costigan was in the lorry’s blind spot for the critical two or three seconds,⟧” she said. “⟦d:a|I do not find that the driver was at fault.⟧”
The lorry driver, Kevin Durrant, told the hearing he had checked his mirrors twice before pulling away. “⟦d:b|I looked, I looked again, and there was nothing there,⟧” he said. “⟦d:b|I think about it every single day.⟧”
Dr Priya Raman, a consultant in emergency medicine, said Mr Costigan had been unconscious when paramedics arrived and had not regained consciousness. “⟦d:c|There was nothing more that could have been done for him,⟧” she told the coroner.
In a statement read to the court, his sister, Helen Costigan, described him as “⟦p:d|the kindest, most stubborn man I have ever known⟧”.
“⟦d:d|Tom rode that road for thirty years. He knew every pothole,⟧” she said. “⟦d:d|We don’t blame the driver. We blame a junction that has been dangerous for as long as anyone can remember.⟧”
Mrs Maybury said she would write to North Wexmoor Council about the layout of the roundabout.

### 003
@a Frances Oduya | counsel to the inquiry
@b Margaret Ellery | the former director of nursing at St Aldric's Hospital
@c Anthony Whitcombe | The inquiry chairman
@d Joanne Platt | the hospital's head of midwifery
A former senior nurse has told a public inquiry she was "⟦p:b|never shown⟧" a report warning that midwife staffing at a Kelbury hospital had fallen to dangerous levels.
Margaret Ellery, the former director of nursing at St Aldric's Hospital, was giving evidence on the 14th day of the Kelbury Maternity Inquiry, which is examining the deaths of 23 babies between 2016 and 2021.
Frances Oduya, counsel to the inquiry, showed her a review written in May 2018 by the hospital's head of midwifery, Joanne Platt, which described the unit as "⟦p:d|running on goodwill and not much else⟧".
"⟦d:a|Did you read this document, Ms Ellery?⟧" Ms Oduya asked.
"⟦d:b|I have no memory of reading it. I don't believe it ever reached me,⟧" she replied.
"⟦d:a|It is addressed to you.⟧"
"⟦d:b|Many things were addressed to me. Not all of them arrived.⟧"
Ms Oduya then took the witness to the minutes of a board meeting in July 2018 at which, according to the minutes, Ms Ellery had described staffing as "⟦p:b|under control⟧".
"⟦d:b|If I said that, I was wrong,⟧" the witness said. "⟦d:b|I accept that I was wrong.⟧"
The inquiry chairman, Sir Anthony Whitcombe, asked her whether anyone on the board had challenged that assessment.
"⟦d:b|Not that I recall,⟧" she said. "⟦d:c|Does that concern you now?⟧" he asked. "⟦d:b|It haunts me,⟧" she said.
Several bereaved families watched from the public gallery. The inquiry resumes on Monday.

### 004
@a Stuart Hallam | -
@b Neil Fairbrother | the company’s operations director
@c Catrin Rees | Employment Judge
@d Brackwell Logistics | -
A delivery driver who was sacked after refusing to work a 14-hour shift was unfairly dismissed, an employment tribunal has ruled.
Stuart Hallam, 39, had worked for Brackwell Logistics at its Dunmere depot for six years when he was dismissed in January for what the company called “⟦p:d|persistent insubordination⟧”.
The tribunal in Cardwell heard that Mr Hallam had already driven for 11 hours when a shift manager asked him to take an additional load to Scarrow.
“⟦d:a|I told him I wasn’t safe to drive. I could barely keep my eyes open,⟧” Mr Hallam said in evidence. “⟦d:a|I’d have been a danger to everyone on the road.⟧”
Neil Fairbrother, the company’s operations director, told the tribunal that drivers were “⟦p:b|well aware⟧” of the need for flexibility at peak periods.
Asked by Employment Judge Catrin Rees whether the request complied with the rules on drivers’ hours, Mr Fairbrother said: “⟦d:b|On reflection, probably not.⟧”
In her written judgment, Judge Rees said the dismissal fell “⟦p:c|well outside the band of reasonable responses⟧”.
“⟦d:c|An employee who declines to break the law, and who says so politely, is not being insubordinate,⟧” she wrote.
Brackwell Logistics said it was “⟦p:d|disappointed⟧” with the decision and was considering an appeal. “⟦d:d|We take our obligations to our drivers extremely seriously,⟧” the firm said.
Mr Hallam, who now drives for a bus company, said after the hearing: “⟦d:a|I just wanted someone to say I was right. Now they have.⟧”

### 005
@a Harriet Quayle | Judge
@b Joanne Whitlow | -
@c Amira Saleh | mitigating
A man who waged what a judge called a "⟦p:a|campaign of terror⟧" against his former partner has been jailed for six years.
Leon Breck, 31, of Hollins Walk, Stenby, pleaded guilty to stalking involving fear of violence, criminal damage and breaching a restraining order.
Harrowfield Crown Court heard he sent more than 900 messages to Joanne Whitlow over four months, slashed the tyres of her car and twice turned up at her workplace.
In a victim personal statement read to the court by prosecutor Ewan Tait, Ms Whitlow said she had moved house three times since the relationship ended.
"⟦d:b:m|I used to be someone who laughed a lot. I don't recognise that person any more. I check the locks four or five times before bed and I still don't sleep.⟧
"⟦d:b|My children have seen things they should never have seen. That is what I will never forgive.⟧"
Amira Saleh, mitigating, said Breck had a long history of alcohol misuse and had "⟦p:c|begun to understand the harm he has caused⟧".
Sentencing, Judge Harriet Quayle told Breck: "⟦d:a|You set out to make her life unbearable, and you succeeded.⟧"
"⟦d:a|Your remorse, such as it is, came very late,⟧" the judge said. "⟦d:a|It was only when you were confronted with your own messages that you accepted what you had done.⟧"
She also imposed an indefinite restraining order.

### 006
@a Fenwick | Lord Justice
@b - | the three families
@c Gloria Mbatha | Mr Mbatha’s mother
@d Kelbury Police | -
Three men convicted of a 2019 robbery at a Kelbury jewellers have had their convictions quashed after the Court of Appeal found that key evidence had not been disclosed to their lawyers.
Jason Mbatha, Curtis Rowe and Ali Demir were each jailed for nine years in 2020 for the raid on Harlow & Finch in Cheapside Row, during which a shop assistant was threatened with a hammer.
Giving the judgment of the court, Lord Justice Fenwick said a police officer’s notes casting doubt on the identification evidence “⟦p:a|should have been disclosed and were not⟧”.
“⟦d:a|We cannot be confident that the jury would have convicted had they known what the officer had written,⟧” he said. “⟦d:a|The convictions are therefore unsafe.⟧”
The court refused an application by the prosecution for a retrial.
Outside the Royal Courts of Justice, Mr Mbatha’s mother, Gloria Mbatha, read a statement on behalf of the three families.
“⟦d:b|For four years we have been told that our sons were liars. Today a court has listened,⟧” the statement said. “⟦d:b|We now ask Kelbury Police to explain why this evidence was left in a drawer.⟧”
Speaking afterwards, Ms Mbatha said: “⟦d:c|I just want to bring him home and cook him a proper dinner.⟧”
Kelbury Police said it would “⟦p:d|carefully consider⟧” the judgment. “⟦d:d|We recognise the seriousness of the court’s findings,⟧” the force said.

### 007
@a Domingos Kiala | -
@b Sarah Pennock | the presenting officer for the Secretary of State
@c Rowena Ashdown | a forensic physician
An asylum seeker who says he was beaten by police after taking part in a protest in Luanda has told an immigration tribunal he would be killed if he were sent back.
Domingos Kiala, 28, gave evidence through a Portuguese interpreter at the First-tier Tribunal in Halsworth.
“⟦d:a|Se eu voltar, eles vão me encontrar,⟧” he said. “⟦d:a|If I go back, they will find me.⟧”
Mr Kiala told the hearing he had been detained for nine days in 2021 and showed the tribunal scars on both forearms.
Sarah Pennock, the presenting officer for the Secretary of State, asked why he had not mentioned the detention in his screening interview.
“⟦d:b|You had every opportunity to tell the officer. Why didn’t you?⟧” she asked.
“⟦d:a|I was afraid. I did not know who that man was or who he would tell,⟧” Mr Kiala said.
Ms Pennock suggested the scars could have “⟦p:b|any number of causes⟧”. A medical report prepared for the appellant by Dr Rowena Ashdown, a forensic physician, found them “⟦p:c|highly consistent⟧” with his account.
Judge Ngozi Okwuosa reserved her decision.

### 008
@a Philippa Crane | prosecuting
@b Rebecca Lusk | A neighbour
@c Janine Orrell | -
A woman stabbed her husband in the kitchen of their Ashby Vale home and then waited almost an hour before calling an ambulance, a jury has been told.
Janine Orrell, 57, denies murdering Colin Orrell, 61, at their house in Larch Crescent on the night of 12 February.
Opening the case at Wexmoor Crown Court, Philippa Crane KC, prosecuting, said the couple's marriage had been "⟦p:a|deeply unhappy for many years⟧".
"⟦d:a:m|The prosecution does not suggest that this was a planned killing. But we do say that when Mrs Orrell picked up that knife, she intended at the very least to cause him really serious harm.⟧
"⟦d:a:m|And we say that what she did next tells you a great deal. She did not call for help. She washed the knife. She changed her clothes.⟧
"⟦d:a|Only then, at 11.52pm, did she dial 999.⟧"
The jury heard that in the 999 call Mrs Orrell told the operator: "⟦d:c|My husband's fallen. There's blood.⟧"
A neighbour, Rebecca Lusk, told police she had heard shouting at about 10.45pm. In a statement read to the court, she said: "⟦d:b|It was louder than usual. I remember thinking, 'That's not the telly.'⟧"
Ms Crane said the defendant would claim she had acted in self-defence. "⟦d:a|You will have to decide whether that is true,⟧" she told jurors.
The trial, expected to last three weeks, continues.

### 009
@a Jonathan Pryce | Area coroner
@b Liam Carver | A prison officer
@c Marcus Obi | a healthcare assistant
@d Denise Holt | Mr Holt's mother
@e - | the jury
An inquest jury has found that a series of failures by staff at HMP Ashgrove "⟦p:e|more than minimally contributed⟧" to the death of a 24-year-old prisoner.
Ryan Holt was found unresponsive in his cell on the morning of 9 June 2022, two days after he had told staff he was hearing voices.
Area coroner Jonathan Pryce heard evidence over eight days at Castlebridge Coroner's Court.
A prison officer, Liam Carver, said he had looked through the observation panel of Mr Holt's cell at 2.10am and believed he was asleep.
"⟦d:b|He was lying on his side with the blanket over him. I had no reason to think anything was wrong,⟧" he said.
Asked by the coroner whether he had seen Mr Holt breathing, Mr Carver said: "⟦d:b|I can't say I did, no.⟧"
Marcus Obi, a healthcare assistant, told the inquest he had recorded Mr Holt's comments about hearing voices but had not referred him to the mental health team because it was a Sunday. "⟦d:c|There was no one to refer him to until Monday,⟧" he said. "⟦d:c|That was how it worked.⟧"
Mr Pryce said: "⟦d:a|That is precisely the kind of gap this inquest needs to examine.⟧"
In its narrative conclusion, the jury said the failure to escalate his care was "⟦p:e|a missed opportunity⟧".
Mr Holt's mother, Denise Holt, said in a statement read by the family's solicitor, Owen Griffiths: "⟦d:d|Ryan asked for help. He did everything he was supposed to do. The system was closed.⟧"

### 010
@a Hugo Lindqvist | counsel to the inquiry
@b Derek Amory | a structural engineer who inspected the car park in 2017
@c Tobias Kwarteng | the council's former head of building control
An engineer who inspected a multi-storey car park two years before it partially collapsed has told an inquiry he recommended ``⟦p:b|urgent further investigation⟧'' that never took place.
Derek Amory, a structural engineer who inspected the car park in 2017, was giving evidence to the Penhallow Car Park Inquiry in Tressick.
Hugo Lindqvist KC, counsel to the inquiry, asked him what he had meant by the phrase.
``⟦d:a|Were you saying the structure was unsafe?⟧''
``⟦d:b|I was saying I couldn't tell you it was safe. That's different, but not by much,⟧'' Mr Amory said.
``⟦d:a|Did anyone from the council contact you after you submitted that report?⟧''
``⟦d:b|No one.⟧''
Later, Tobias Kwarteng, the council's former head of building control, accepted that the report had been ``⟦p:c|filed rather than acted upon⟧''.
``⟦d:c|I deeply regret that. I regret it more than anything in my professional life,⟧'' he said.
Mr Lindqvist asked him whether budget pressures had played a part. ``⟦d:c|Everything we did in those years was shaped by budget pressures,⟧'' the witness replied. ``⟦d:c|That isn't an excuse. It's a fact.⟧''
No one was hurt in the collapse, which happened at 5.40am on a Sunday in August 2019.

### 011
@a Gordon Pike | defending
@b Eileen Marsh | Chair of the bench
A Stenby man who was found asleep at the wheel of his car in a lay-by on the A617 with more than three times the legal limit of alcohol in his breath has been banned from driving for 30 months.
Craig Whitehouse, 44, of Mill Lane, admitted being in charge of a vehicle with excess alcohol when he appeared before Stenby magistrates on Thursday.
Gordon Pike, defending, said his client had "⟦p:a|made a terrible decision at the end of a terrible day⟧", having learned that afternoon that his father was seriously ill. "⟦d:a|He pulled over precisely because he knew he shouldn't be driving,⟧" Mr Pike said.
Chair of the bench Eileen Marsh told him: "⟦d:b|You are fortunate that nobody was hurt. Next time, you may not be.⟧"
He was also fined £640 and ordered to pay £85 costs.

### 012
@a Eleri Prydderch | His widow
@b Gwyn Roberts-Hughes | senior coroner
@c Ian Bowater | an inspector with the Rural Safety Agency
A farmer who was crushed when his quad bike overturned on a steep field near Llanfair Isaf had not been wearing a helmet, an inquest has heard.
Dafydd Prydderch, 63, died at the scene on 28 April after the bike rolled on a slope his family had farmed for four generations.
His widow, Eleri Prydderch, gave evidence in Welsh at the hearing in Aberdyfnant.
“⟦d:a|Roedd e’n nabod pob modfedd o’r tir,⟧” she said. “⟦d:a|He knew every inch of that land.⟧”
Mrs Prydderch said her husband had “⟦p:a|always meant to⟧” buy a helmet but “⟦p:a|never got round to it⟧”.
Ian Bowater, an inspector with the Rural Safety Agency, said the gradient of the field was about 22 degrees. “⟦d:c|Quad bikes are not designed for slopes like that. They are simply not stable,⟧” he said.
Recording a conclusion of accidental death, senior coroner Gwyn Roberts-Hughes said: “⟦d:b|Mr Prydderch was an experienced and careful farmer. This is a tragic reminder that experience is no protection against physics.⟧”
Mr Roberts-Hughes said he would consider issuing a report to prevent future deaths.

### 013
@a Marguerite Allard | the former judge
@b - | My first clerk
@c - | a jury foreman
@d - | his grandmother
@e - | my husband
Marguerite Allard retired last month after 19 years as a circuit judge at Kelbury Crown Court. She spoke to Helen Varga about juries, sentencing and the case that still keeps her awake.
Q: Do you miss it already?
A: I miss the people. I do not miss the 6am alarm. My first clerk used to say, "⟦d:b|The court sits at ten, but justice gets up at six.⟧" He was right, and I hated him for it.
Q: You once described the sentencing guidelines as "⟦p:a|a cage with nice wallpaper⟧". Do you stand by that?
A: I stand by the wallpaper. The cage was perhaps unfair. Guidelines bring consistency, and consistency is a kind of fairness.
Q: What do juries get wrong?
A: Far less than people think. I once sent a note asking whether they needed more time, and a jury foreman stood up and said, "⟦d:c|No, Your Honour, we need more biscuits.⟧" They reached a verdict within the hour.
Q: And the case that keeps you awake?
A: I won't name it. A young man, a stupid fight, a life lost. I had no discretion over the sentence. Afterwards his grandmother wrote to me: "⟦d:d|You were kind to him. That is all I wanted.⟧" I kept the letter.
Q: What comes next?
A: The allotment. Grandchildren. Possibly a novel, although my husband says I have "⟦p:e|no imagination whatsoever⟧", which after 40 years of marriage he is entitled to say.
"⟦d:a|I was lucky. I got to spend my working life listening to people,⟧" the former judge says as we part. "⟦d:a|Not many jobs give you that.⟧"

### 014
@a Étienne Dubois-Lacombe | the former chief executive of engineering group Marvalis
@b Claire Vanhoutte | Public prosecutor
@c Marvalis | -
@d Nadia Benali | His lawyer
VAUXMONT, March 14 – Étienne Dubois-Lacombe, the former chief executive of engineering group Marvalis, told a criminal court on Tuesday that he had never authorised payments to officials to win a rail signalling contract.
«⟦d:a|Je n’ai jamais rien signé, rien approuvé, rien su,⟧» Dubois-Lacombe, 66, told the three-judge panel. "⟦d:a|I never signed anything, approved anything or knew anything.⟧"
Prosecutors allege that Marvalis paid about 4.2 million euros through a consultancy registered in Cyprus to officials at the state rail operator between 2014 and 2017.
Public prosecutor Claire Vanhoutte said the defendant's account was "⟦p:b|not credible⟧". "⟦d:b|A chief executive who signs off a 4-million-euro consultancy contract cannot claim he did not know what it was for,⟧" she told the court.
His lawyer, Nadia Benali, said the prosecution had "⟦p:d|built a cathedral on a single email⟧".
"⟦d:d|My client is being tried for his title, not for his actions,⟧" she told reporters outside the courthouse.
Marvalis, which is not a defendant in the case, said in a statement it had "⟦p:c|cooperated fully⟧" with investigators. "⟦d:c|The group has entirely overhauled its compliance procedures since 2019,⟧" the statement said.
A verdict is expected in June. Dubois-Lacombe faces up to 10 years in prison if convicted.

### 015
@a Shona McAvoy | a former detective constable
@b Lorraine Haddow | her former line manager
@c Fiona Castellano | counsel for the force
@d Strathmoor Police | -
A former detective who says she was forced out of her job after reporting a senior colleague's sexist remarks has told an employment tribunal she was treated as “⟦p:a|the problem rather than the person with a problem⟧”.
Shona McAvoy, a former detective constable, is suing Strathmoor Police for sex discrimination and victimisation.
She told the tribunal in Glenarden that after she complained in 2021 she was moved to a night-shift team and left out of a major investigation.
“⟦d:a|Overnight I went from being someone they relied on to someone they avoided,⟧” Ms McAvoy said.
Detective Inspector Lorraine Haddow, her former line manager, denied the move was a punishment.
“⟦d:b|It was a resourcing decision. I had three people off sick and a rota to fill,⟧” she said.
Cross-examined by counsel for the force, Fiona Castellano, Ms McAvoy accepted she had not raised a formal grievance about the move.
“⟦d:c|If you felt you were being punished, why not say so at the time?⟧” Ms Castellano asked.
“⟦d:a|Because I had already said so once, and look where that got me,⟧” she replied.
In a statement, Strathmoor Police said: “⟦d:d|It would be inappropriate to comment while proceedings are ongoing.⟧”
The hearing is listed for ten days.

### 016
@a Alasdair Renwick | advocate depute
@b Kieran Dow | -
@c Stephen Imrie | defence counsel
A taxi driver has told a murder trial he saw a man "⟦p:b|kicking something on the ground⟧" minutes before a body was found in a Dunmarnock lane.
Kieran Dow, 52, was giving evidence on the third day of the trial of Barry Lennox, 29, who denies murdering Paul Geddes in Wynd Lane on 2 December 2022.
Questioned by advocate depute Alasdair Renwick, Mr Dow said he had stopped at the traffic lights at the foot of the lane at about 1.20am.
"⟦d:b|I saw a man in a light jacket kicking something. I thought it was a bin bag,⟧" he said. "⟦d:b|I know now it wasn't.⟧"
"⟦d:a|Did you see the man's face?⟧" Mr Renwick asked.
"⟦d:b|Only for a second, when he turned round. He looked straight at the cab.⟧"
"⟦d:a|Do you see that man in court today?⟧"
Mr Dow pointed towards the dock. "⟦d:b|That's him there,⟧" he said.
Under cross-examination, defence counsel Stephen Imrie KC put it to the witness that the lane was poorly lit and that he had seen the man for "⟦p:c|a second at most⟧".
"⟦d:c|You'd just finished a ten-hour shift. You were tired. Isn't it possible you're mistaken?⟧" he said.
"⟦d:b|It's possible. I don't think I am,⟧" Mr Dow replied. The trial, before Lord Ballantyne, continues.

### 017
@a Rachel Okonkwo-Bell | Senior coroner
@b Gemma Tranter | a teaching assistant who was supervising the group
@c Lowbridge Academy Trust | -
@d Nadia Haddad | Samir’s mother
A 10-year-old boy who drowned during a school trip to the River Lowe had slipped away from his group while a member of staff was dealing with another child, an inquest has heard.
Samir Haddad, a pupil at Castle Fields Primary School in Lowbridge, was pulled from the water near Ferry Steps on 6 July last year and died in hospital the following day.
Gemma Tranter, a teaching assistant who was supervising the group, said she had counted the children “⟦p:b|every few minutes⟧”.
“⟦d:b|I counted fourteen. I turned round to help a little girl who had cut her knee, and when I counted again there were thirteen,⟧” she told the hearing in Lowbridge, her voice breaking.
Senior coroner Rachel Okonkwo-Bell asked Ms Tranter whether a risk assessment had been carried out for the riverside section of the walk.
“⟦d:b|There was one for the trip. I don’t think the river was on it,⟧” she said.
“⟦d:a|Is that something you would have expected?⟧” the coroner asked.
“⟦d:b|Looking back, yes. At the time it was just a footpath.⟧”
Lowbridge Academy Trust, which runs the school, said it had “⟦p:c|fundamentally changed⟧” its approach to off-site visits. “⟦d:c|Nothing we do can undo what happened to Samir, but we owe it to him to learn every lesson,⟧” the trust said.
Samir’s mother, Nadia Haddad, said in a statement read by her sister: “⟦d:d|He was laughing when he left for school that morning. He had his packed lunch and his new trainers. We trusted them with him.⟧”
The inquest continues.

### 018
@a Nathaniel Obuya | Recorder
@b Pauline Mercer | Mr Mercer's widow
@c Lewis Crane | -
@d Dawn Ifield | Sergeant
A 22-year-old driver who was racing a friend at nearly 90mph on a 30mph road when he killed a pedestrian has been jailed for eight years and three months.
Lewis Crane admitted causing death by dangerous driving after his Audi struck Martin Mercer, 67, as he crossed Station Road, Harrowfield, on his way home from his bowls club in November.
Mr Mercer's widow, Pauline Mercer, read her victim personal statement from the witness box at Harrowfield Crown Court.
"⟦d:b:m|Martin was not just my husband. He was my best friend for 44 years. He went out for a game of bowls and a pint and he never came home.⟧
"⟦d:b|I still set two places at the table. I can't stop myself.⟧"
In a letter read to the court by his barrister, Crane wrote: "⟦d:c|I will never be able to make up for what I did. I think about Mrs Mercer every day.⟧"
Sentencing, Recorder Nathaniel Obuya KC said Crane had turned a residential street into "⟦p:a|a racetrack⟧". "⟦d:a|Mr Mercer did nothing wrong. He was crossing a road he had crossed thousands of times,⟧" he said.
"⟦d:a|You chose to drive at that speed, and a man is dead because of it.⟧"
Crane was also banned from driving for 12 years.
Speaking outside court, Sergeant Dawn Ifield, who led the investigation, said: "⟦d:d|This was entirely avoidable. We are still looking for the second driver and I would urge anyone who knows who it is to come forward.⟧"

### 019
@a Joanna Threlfall | counsel to the inquiry
@b HN-31 | the former detective constable
@c Beatrice Olumide | -
@d Neville Ashworth | The inquiry's chairman
A former undercover police officer has told a public inquiry he "⟦p:b|never once⟧" asked himself whether spying on a small environmental group in the 1990s was justified.
Known to the inquiry only by the cipher HN-31, the former detective constable gave evidence from behind a screen. He was deployed into the Greenmarsh Action Collective between 1994 and 1998 as part of an operation known as "⟦s:-|Lantern⟧".
Joanna Threlfall KC, counsel to the inquiry, asked him what intelligence of value he had gathered.
"⟦d:b|Dates of meetings. Who was going out with whom. Where the minibus was parked,⟧" he said.
"⟦d:a|Was any of that information about serious crime?⟧"
"⟦d:b|Not in the way you mean, no.⟧"
"⟦d:a|In what way, then?⟧"
"⟦d:b|We were told they might become dangerous. That was the theory,⟧" he said.
Beatrice Olumide, whose group was infiltrated by the unit, watched from the hearing room in Bramhall Street. Speaking afterwards, she said it had been "⟦p:c|surreal⟧" to hear her friends' love lives described as intelligence.
"⟦d:c|He sat at my kitchen table for four years. He came to my father's funeral,⟧" Ms Olumide said. "⟦d:c|Today he couldn't even give us his real name.⟧"
The inquiry's chairman, Sir Neville Ashworth, said at the close of the session that the anonymity order would be "⟦p:d|kept under review⟧".

### 020
@a Bernadette Quinlan | a senior carer at Elmhurst House in Padley
@b Yvonne Tasker | the home's owner
@c Simon Achebe | Employment Judge
@e Elmhurst Care Ltd | -
A care worker who was dismissed days after telling inspectors that residents were being left in soiled bedding for hours has won her claim for whistleblowing detriment and unfair dismissal.
Bernadette Quinlan, a senior carer at Elmhurst House in Padley, was sacked in October 2022 for allegedly sharing confidential information.
The tribunal heard that the home's owner, Yvonne Tasker, sent a text message to the deputy manager hours after an inspection that read: "⟦d:b|Find out who's been talking. I want them gone.⟧"
Giving evidence, Mrs Tasker said the message had been written "⟦p:b|in a moment of frustration⟧" and was not meant literally.
"⟦d:b|I was upset. I'd given twenty years to that home,⟧" she said. "⟦d:b|I didn't mean sack anyone.⟧"
Ms Quinlan told the tribunal she had raised concerns with the deputy manager at least three times before contacting the inspectors. "⟦d:a|I was told it was a staffing issue and to stop making a fuss,⟧" she said. "⟦d:a|I went outside because nobody inside would listen. I would do it again tomorrow.⟧"
In his judgment, Employment Judge Simon Achebe said Mrs Tasker's explanation was "⟦p:c|not credible⟧". "⟦d:c|The message means exactly what it says,⟧" he wrote.
Elmhurst Care Ltd said it was "⟦p:e|reviewing the judgment carefully⟧" and had introduced a new whistleblowing policy.

### 021
@a Orme | the vice-president of the Court of Appeal’s criminal division
@b Adrian Fell | Solicitor General
@c Darren Moss | Kaylee’s father
@d Ruth Abara | Pritchard’s barrister
A man who left a 15-year-old girl with life-changing injuries after driving into her while high on cannabis has had his sentence more than doubled by the Court of Appeal.
Connor Pritchard, 26, was jailed for two years and eight months at Fennick Crown Court in June after admitting causing serious injury by dangerous driving. Kaylee Moss was walking home along Quarry Lane, Fennick, when she was struck.
Solicitor General Adrian Fell KC referred the sentence to the Court of Appeal as unduly lenient, arguing that the judge had given “⟦p:b|far too much weight⟧” to Pritchard’s guilty plea.
Pritchard’s barrister, Ruth Abara KC, told the court her client had “⟦p:d|not sought to minimise anything⟧”.
“⟦d:d|He has written to the family. He has stopped using drugs. He is not the man who got behind the wheel that night,⟧” she said.
Giving judgment, Lady Justice Orme, the vice-president of the Court of Appeal’s criminal division, said the original sentence had been “⟦p:a|unduly lenient⟧”.
“⟦d:a|It did not reflect the gravity of the injuries, which will affect Kaylee for the rest of her life,⟧” she said.
The court substituted a sentence of five years and ten months.
After the hearing, Kaylee’s father, Darren Moss, said: “⟦d:c|We’re relieved. But Kaylee is still learning to walk again, and no sentence changes that.⟧”
In a statement, Mr Fell said: “⟦d:b|The court has recognised the devastating impact of this offence on a young girl and her family.⟧”

### 022
@a Tomasz Wróblewski | -
@b Agnieszka Wróblewska | His wife
@c Miriam Hemming | Judge
@d Paul Castell | The presenting officer
A Polish man who has lived in Britain since he was nine has won an appeal against deportation after a tribunal found that removing him would be "⟦p:c|unduly harsh⟧" on his three children.
Tomasz Wróblewski, 34, was served with a deportation order in 2022 after he was jailed for 14 months for his part in a cigarette smuggling operation.
Giving evidence at the Upper Tribunal in Halsworth, Mr Wróblewski said he had not been to Poland since 2004 and spoke the language "⟦p:a|like a child⟧".
His wife, Agnieszka Wróblewska, gave evidence partly in Polish. "⟦d:b|Dzieci pytają o niego każdego dnia,⟧" she said. "⟦d:b|The children ask about him every day.⟧"
The presenting officer, Paul Castell, said Mr Wróblewski's offending had been "⟦p:d|serious and sustained⟧" and that the public interest required his removal.
In her decision, Judge Miriam Hemming wrote: "⟦d:c|I accept that the appellant's offending was serious. But I must consider the children, who are British, who have never lived anywhere else, and who would be deprived of their father in every practical sense.⟧"
Mr Wróblewski said he was "⟦p:a|grateful beyond words⟧". "⟦d:a|I made a mistake and I paid for it. I just want to be a dad now,⟧" he said.

### 023
@a Nkechi Adebayo-Lawson | counsel for the family
@b Sophie Hallgarth | a registrar in the emergency department at Thornbury General Hospital
@c Leonie Gratton | The coroner
@d Thornbury Hospitals Trust | -
A doctor has admitted she did not look at a teenager's blood test results before sending him home from hospital hours before he died of sepsis.
Owen Baptiste, 17, from Kirkholme, was discharged from the emergency department at Thornbury General Hospital at 3.15am on 11 January with a diagnosis of a viral infection. He died at home that evening.
Dr Sophie Hallgarth, a registrar in the emergency department at Thornbury General Hospital, told the inquest the department had been "⟦p:b|overwhelmed⟧" that night, with 14 patients waiting in corridors.
Questioned by counsel for the family, Nkechi Adebayo-Lawson, she accepted that the results, which showed markers of severe infection, had been available on the hospital system 40 minutes before Owen was discharged.
"⟦d:a|Did you look at them?⟧"
"⟦d:b|No.⟧"
"⟦d:a|Why not?⟧"
"⟦d:b|I had a clinical picture of a young man who looked well. I should have checked. I didn't.⟧"
"⟦d:a|If you had, would you have sent him home?⟧"
"⟦d:b|No. I would have started antibiotics and admitted him,⟧" Dr Hallgarth said.
The coroner, Leonie Gratton, adjourned the inquest until next month. "⟦d:c|I will want to hear from the trust about what has changed since January,⟧" she said.
Thornbury Hospitals Trust said: "⟦d:d|Our thoughts are with Owen's family. We have cooperated fully with the inquest and will reflect carefully on the coroner's findings.⟧"

### 024
@a Harlan Voss | state Sen.
@b Maria Ochoa | Assistant U.S. Attorney
@c Derek Lindell | Voss’s former chief of staff
@d Elaine Marchetti | defense attorney
HADLEY FALLS — A former aide to state Sen. Harlan Voss testified Wednesday that he personally handed the lawmaker an envelope containing $25,000 in cash in the parking lot of a steakhouse.
Derek Lindell, Voss’s former chief of staff, told jurors in federal court that the money came from a developer seeking a zoning change for a distribution center outside Hadley Falls.
“⟦d:c|He counted it in front of me. Then he said, ‘Tell Ray we’re good,’⟧” Lindell testified.
Under questioning by Assistant U.S. Attorney Maria Ochoa, Lindell said he had made at least four similar deliveries between 2019 and 2021.
“⟦d:b|Did the senator ever ask you where the money came from?⟧” Ochoa asked.
“⟦d:c|He never had to. He knew,⟧” Lindell said.
On cross-examination, defense attorney Elaine Marchetti noted that Lindell had pleaded guilty to wire fraud and agreed to cooperate with prosecutors in exchange for a lighter sentence.
“⟦d:d|You’d say just about anything to stay out of prison, wouldn’t you?⟧” she asked.
“⟦d:c|I’m telling the truth because I’m done lying,⟧” he replied.
Voss, 58, has pleaded not guilty to bribery and extortion charges. Outside the courthouse, he told reporters the testimony was “⟦p:a|a fairy tale from a desperate man⟧”.
“⟦d:a|I look forward to my turn,⟧” Voss said.

### 025
@a Priscilla Nwankwo | prosecuting
@b Terence Budd | -
@c Amanda Sowerby | District Judge
The owner of a dog that bit a postman on the arm in Gorsey Bank has been given a suspended sentence and ordered to keep the animal muzzled in public.
Terence Budd, 58, of Moorside Close, admitted being the owner of a dog dangerously out of control causing injury. Priscilla Nwankwo, prosecuting, said the postman had needed 11 stitches and had been off work for six weeks. ``⟦d:a|He describes being afraid to walk down any street where he can hear a dog barking,⟧'' she said.
Budd, who represented himself, told District Judge Amanda Sowerby: ``⟦d:b|Bruno's never done anything like that before. He's a big softie.⟧''
``⟦d:c|The postman would not describe him that way,⟧'' the judge replied. ``⟦d:c|You are lucky this court is not ordering his destruction.⟧''

### 026
@a Øystein Haugland | the master of the cargo vessel Fjellheim
@b Maritime Casualty Board | -
@c Catherine Dunmore | The families' lawyer
The captain of a cargo ship that ran aground off Skerrow in a storm, killing two crew members, has told a fatal accident inquiry that he "⟦p:a|trusted the chart and the chart was wrong⟧".
Øystein Haugland, the master of the cargo vessel Fjellheim, gave evidence by video link from Bergen with the help of an interpreter.
«⟦d:a|Jeg har tenkt på den natten hver dag siden,⟧» he said. "⟦d:a|I have thought about that night every day since.⟧"
Captain Haugland, 49, said the vessel had been following a route used "⟦p:a|many hundreds of times⟧" when it struck an uncharted rock shelf in January 2022. Deckhands Arvid Solheim, 23, and Jonas Pettersen, 31, were swept overboard.
A report by the Maritime Casualty Board found that the shelf had been identified in a survey in 2009 but never added to the official chart. The board called the omission "⟦p:b|a systemic failure⟧".
The families' lawyer, Catherine Dunmore, asked Captain Haugland whether he had received any warning. "⟦d:c|Nothing from the harbour authority? No notice to mariners?⟧"
"⟦d:a|Nothing. If I had known, I would never have gone that way,⟧" he said.
Sheriff Magnus Irvine is expected to publish his determination later this year.

### 027
@a - | The younger boy
@b - | The older defendant
@c Simon Arkwright | prosecuting
@e Folasade Adeyemi | Reece's mother
@f Bev Sandhu | Detective Chief Inspector
Two teenagers have been found guilty of the manslaughter of a 15-year-old boy who was stabbed outside a fast food shop in Kirkholme.
Reece Adeyemi died in hospital after he was attacked in Northgate on the evening of 4 March. The defendants, aged 16 and 17 at the time, were cleared of murder after a four-week trial at Kelbury Crown Court. Neither can be named because of their age.
The younger boy, who carried the knife, told the jury he had taken it out "⟦p:a|to scare them off⟧" and had not meant to hurt anyone.
"⟦d:a|It happened so fast. I didn't even know I'd done it until I saw his face,⟧" he said.
Under cross-examination by Simon Arkwright, prosecuting, the boy accepted he had bought the knife online two weeks earlier.
"⟦d:c|You carried it because you wanted to be ready to use it, didn't you?⟧" Mr Arkwright asked.
"⟦d:a|I carried it because I was scared,⟧" the boy replied.
The older defendant told the jury he had "⟦p:b|no idea⟧" his friend was armed.
Reece's mother, Folasade Adeyemi, wept as the verdicts were read. Outside court, she said: "⟦d:e|Two families have been destroyed by one knife. I want every child who thinks carrying a blade makes them safe to look at my son's photograph.⟧"
Detective Chief Inspector Bev Sandhu, of Kelbury Police, said: "⟦d:f|These verdicts will not bring Reece back, but I hope they give his family some sense that justice has been done.⟧"
The pair will be sentenced on 20 December.

### 028
@a Maureen | -
@b Jacob Stirling | a solicitor who has represented families at more than 200 inquests
@c Lucy | Her daughter
The box file on Maureen’s kitchen table is four inches thick. Inside are eleven years of letters, transcripts and reports, each section marked with a yellow sticky note in her neat handwriting.
“⟦d:a|That one’s the hospital. That one’s the ombudsman. That one made me cry for a week,⟧” she says, tapping each divider in turn.
Maureen, who asked that her surname not be used to protect her grandchildren, has spent more than a decade trying to find out why her son Daniel died in a psychiatric unit in Thornbury in 2013. His first inquest lasted a single morning. The conclusion was two lines long.
“⟦d:a:m|I sat at the back and I didn’t understand a word of it. There were four lawyers for the trust and none for us. I didn’t even know we were allowed one.⟧
“⟦d:a|When it was over a man in a suit shook my hand and said he was sorry for my loss. I found out later he was the trust’s barrister.⟧”
In 2021, after a campaign that included a 40,000-signature petition, the High Court quashed the original conclusion and ordered a fresh inquest.
Jacob Stirling, a solicitor who has represented families at more than 200 inquests, said Maureen’s experience was “⟦p:b|depressingly typical⟧”. “⟦d:b|Families walk into a room where everyone else is a professional. The imbalance is baked in,⟧” he said.
Her daughter, Lucy, sat beside her for every day of the second inquest. “⟦d:c|Mum never raised her voice once. That’s what got them, I think,⟧” she says. “⟦d:c|They were waiting for her to fall apart.⟧”
The second inquest found that neglect had contributed to Daniel’s death.
“⟦d:a|I don’t feel like I won anything,⟧” Maureen says. “⟦d:a|I just feel like somebody finally wrote down the truth.⟧”

### 029
@a Holloway-Price | Mr Justice
@b Save Brindley Meadows | -
@c Ashvale District Council | -
@d Hilary Okafor | -
@e - | a spokesman
Campaigners have won a High Court challenge against a council's decision to allow 340 homes to be built on a meadow that, they say, floods "⟦p:d|every single winter⟧".
Save Brindley Meadows argued that Ashvale District Council had failed to take proper account of its own flood risk assessment when it granted outline planning permission last year.
In his ruling, Mr Justice Holloway-Price said the council's planning committee had been given "⟦p:a|materially misleading⟧" advice by officers.
"⟦d:a|Members were told that the drainage board had raised no objection. That was not correct. It had raised several,⟧" the judge said.
He quashed the permission and ordered the council to pay the campaigners' legal costs.
Hilary Okafor, who chairs the group, said she had "⟦p:d|cried on the court steps⟧". "⟦d:d|We're a group of pensioners and dog walkers. We held cake sales to pay for this,⟧" she said.
In a statement, Save Brindley Meadows said: "⟦d:b|This judgment is a victory for every community that has been told its local knowledge doesn't count.⟧"
Ashvale District Council said it was "⟦p:c|disappointed⟧" and would "⟦p:c|consider the judgment carefully⟧" before deciding whether to appeal. "⟦d:e|The council remains committed to meeting its housing targets,⟧" a spokesman said.
The developer, Cresswell Homes, did not respond to a request for comment.

### 030
@a Kofi Mensah-Boateng | Harbridge Town midfielder
@b - | an independent regulatory commission
@c Danny Threlkeld | Harbridge manager
@d Rhys Penhale | the referee
@e Northern Counties FA | -
Harbridge Town midfielder Kofi Mensah-Boateng has been banned for six matches after an independent regulatory commission found he pushed a referee during a league match against Castle Vale.
The 27-year-old had denied the charge, telling the commission the contact was “⟦p:a|accidental⟧” and happened as he tried to keep his balance.
In his match report, the referee, Rhys Penhale, wrote: “⟦d:d|The player ran towards me shouting and pushed me in the chest with both hands. I stumbled backwards two or three steps.⟧”
The commission’s written reasons, published by the Northern Counties FA on Friday, said video footage “⟦p:b|clearly supports⟧” the referee’s account.
Mensah-Boateng said on social media that he was “⟦p:a|gutted⟧” but accepted the decision. “⟦d:a|I have never disrespected a referee in my career and I never will. I’ll come back stronger,⟧” he wrote.
Harbridge manager Danny Threlkeld said: “⟦d:c|Kofi’s a good lad. He lost his head for a second and he’s paying for it.⟧”
The Northern Counties FA said: “⟦d:e|Physical contact with match officials will not be tolerated at any level of the game.⟧”

### 031
@a Gerald Fairweather | the former chief executive of Marrow Valley Water
@b Oliver Stanhope | counsel to the inquiry
@c Marrow Valley Water | -
@d Yusuf Kamara | a public health consultant who first identified the outbreak
@e - | One resident
The former head of a water company at the centre of a cryptosporidium outbreak that made more than 2,000 people ill has told a public inquiry he was not told about failing filters until it was “⟦p:a|far too late⟧”.
Gerald Fairweather, the former chief executive of Marrow Valley Water, said a 2019 internal strategy entitled “⟦s:-|Clear Water 2020⟧” had identified the Hallow Bridge treatment works as a priority for investment.
“⟦d:b|A priority, but not funded,⟧” said Oliver Stanhope KC, counsel to the inquiry.
“⟦d:a|Funded in the following year’s plan,⟧” Mr Fairweather replied.
“⟦d:b|Which was too late for the people of Hallow Bridge.⟧”
“⟦d:a|Yes. I accept that.⟧”
Mr Fairweather, who left the company in 2022, said he had first learned of the outbreak from a local radio bulletin. “⟦d:a|That is not how a chief executive should find out about something like this, and I have asked myself many times why it happened,⟧” he said.
Earlier, Dr Yusuf Kamara, a public health consultant who first identified the outbreak, told the inquiry that the company had initially resisted issuing a “⟦s:-|do not drink⟧” notice. “⟦d:d|There was a reluctance to believe the data. We lost two days,⟧” he said.
Marrow Valley Water said in a statement that it was “⟦p:c|fully engaged⟧” with the inquiry.
Outside the hearing in Hallow Bridge, residents held placards reading “⟦s:-|We trusted the tap⟧”. One resident, whose granddaughter spent four days in hospital, said: “⟦d:e|They knew. That’s what hurts.⟧”

### 032
@a Carys Pendry | -
@b Siân Pendry | her sister
@d Harriet Oyelowo | prosecuting
Two sisters accused of stealing £380,000 from the charity they ran blamed each other as they gave evidence at Cardwell Crown Court.
Carys Pendry, 44, and her sister Siân Pendry, 41, deny fraud by abuse of position. The prosecution says they diverted donations to the Pendry Foundation, which funded respite breaks for young carers, into their own accounts over six years.
Giving evidence on Tuesday, Carys Pendry said her younger sister had "⟦p:a|sole control⟧" of the charity's finances. "⟦d:a|I did the fundraising. I was the face of it. Siân did the money,⟧" she said. "⟦d:a|I trusted her completely.⟧"
The next day her sister told the jury the opposite.
"⟦d:b|Carys signed off every payment. She used to joke that I was only there to make the tea,⟧" she said.
Asked by her own barrister, Louisa Fairclough KC, why she had not raised concerns sooner, she said: "⟦d:b|She's my big sister. You don't question your big sister.⟧"
Cross-examining, Harriet Oyelowo, prosecuting, suggested both women had known exactly what was happening.
"⟦d:d|Isn't the truth that you were both in it together, and now each of you is trying to save herself?⟧" she asked.
"⟦d:b|No. That isn't the truth,⟧" Ms Pendry replied.
The trial continues.

### 033
@a Craig Dunning | the driver of the pursuing police car
@b Adam Leese | His colleague
@c Michael Ashbury-Reid | The coroner
@d Police Conduct Authority | -
@e Gary Wise | Jordan Wise's father
A police officer who chased a teenage moped rider through a Stenby housing estate at speeds of up to 50mph said he had "⟦p:a|no reason to believe⟧" the pursuit was dangerous, an inquest has heard.
Jordan Wise, 17, died when his moped hit a lamp post in Fernside Avenue on 14 August 2021, about 90 seconds after officers began following him.
PC Craig Dunning, the driver of the pursuing police car, told the jury he had been authorised by the control room to continue. "⟦d:a|I was told to keep with him. That was the instruction I had,⟧" he said.
The coroner, Michael Ashbury-Reid, asked whether he had considered that Jordan was not wearing a helmet.
"⟦d:a|I saw that, sir. I thought it made it more important to stop him before he hurt himself,⟧" the officer replied.
His colleague, PC Adam Leese, who was in the passenger seat, said he had urged caution. "⟦d:b|I said, 'Let's back off a bit.' I don't think Craig heard me over the siren,⟧" he told the inquest.
Mr Ashbury-Reid told the jury: "⟦d:c|You will need to consider very carefully whether that warning was heard, and if it was, why it was not acted upon.⟧"
The Police Conduct Authority, which investigated the crash, has said its inquiry was "⟦p:d|thorough and independent⟧" and found no case to answer for misconduct against either officer.
Jordan Wise's father, Gary Wise, said outside court: "⟦d:e|He was a kid on a moped. He should have been allowed to go home.⟧"

### 034
@a Lukas Brenner-Aeschlimann | the former head of private banking at Banque Morel & Cie
@b Chantal Rochat | The presiding judge
@c Banque Morel & Cie | -
@d Reto Zaugg | Federal prosecutor
@e - | an adviser
SAINT-AUBRY — A former senior banker went on trial on Monday accused of helping wealthy clients hide more than 300 million francs from the tax authorities, telling the court he had merely «⟦p:a|followed the rules of the time⟧».
Lukas Brenner-Aeschlimann, the former head of private banking at Banque Morel & Cie, is charged with aggravated money laundering and forgery of documents.
«⟦d:a|Everyone in the industry did exactly what we did. Ten years ago this was not a scandal, it was a business model,⟧» he told the court.
The presiding judge, Chantal Rochat, asked whether he had personally set up the offshore structures named in the indictment.
«⟦d:a|I signed. The lawyers created them,⟧» he replied.
«⟦d:b|That is a distinction the court will weigh,⟧» Judge Rochat said.
Federal prosecutor Reto Zaugg said the bank's internal documents showed that clients had been advised to split their deposits to «⟦p:d|stay under the radar⟧».
A former client of the bank, who testified from behind a screen, described being told by an adviser: «⟦d:e|Nobody will ever ask. And if they ask, we will not answer.⟧»
Banque Morel & Cie said in a statement that it had «⟦p:c|profoundly transformed⟧» its practices since 2015 and was cooperating with the authorities.
The trial is scheduled to last three weeks.

### 035
@a Lucía Ferrández | a former sous-chef at La Brasa in Cardwell
@b Marco Deluca | the restaurant’s owner
@c Ahmed Siddiqui | Employment Judge
@d Rosa Gutiérrez | a waitress who worked alongside her
A chef who was told by her boss to “⟦p:b|speak English or go home⟧” was racially harassed, an employment tribunal has found.
Lucía Ferrández, a former sous-chef at La Brasa in Cardwell, said the restaurant’s owner, Marco Deluca, had banned staff from speaking Spanish in the kitchen and shouted at her in front of colleagues.
“⟦d:a|Me sentí humillada,⟧” she told the tribunal through an interpreter. “⟦d:a|I felt humiliated.⟧”
Mr Deluca denied making the remark. “⟦d:b|I have Spanish staff, Italian staff, Polish staff. I would never say that,⟧” he said. He told the tribunal he had asked staff to use English during service “⟦p:b|for safety reasons⟧”.
Rosa Gutiérrez, a waitress who worked alongside her, said she had heard the comment clearly. “⟦d:d|He said it twice. Everyone stopped,⟧” she said.
Employment Judge Ahmed Siddiqui preferred the evidence of Ms Ferrández and Ms Gutiérrez. “⟦d:c|Their accounts were consistent, detailed and given without embellishment,⟧” he wrote in the judgment. “⟦d:c|Mr Deluca’s was not.⟧”
A remedy hearing will take place in the spring.

### 036
@a Tobias Greenhalgh | Judge
@b Edna Palfrey | -
@c Shane Doherty | -
@d Alun Prosser | prosecuting
A so-called "⟦s:-|rogue trader⟧" who took more than £160,000 from elderly homeowners for roof repairs that were never needed has been jailed for seven years.
Shane Doherty, 38, of no fixed address, targeted 14 victims aged between 74 and 93 across the Harrowfield area between 2019 and 2022, Harrowfield Crown Court heard.
Alun Prosser, prosecuting, said Doherty would knock on doors claiming to have noticed "⟦p:d|a few loose tiles⟧" while working nearby, then demand ever larger sums as the work went on.
In a statement read to the court by her son, Edna Palfrey, 89, said: "⟦d:b|I don't open the door any more, not even to the postman. He didn't just take my savings. He took my nerve.⟧"
Sentencing him, Judge Tobias Greenhalgh said:
"⟦d:a:m|You chose your victims because they were old, because they lived alone and because you judged that they would be too frightened or too embarrassed to complain.⟧
"⟦d:a:m|You were right about some of them. Several of the people you defrauded have not felt able to come to court. One has since died.⟧
"⟦d:a|You are, in my judgment, a cold and calculating man, and the public needs to be protected from you.⟧"
As he was led down, Doherty shouted: "⟦d:c|I did the work! Every job, I did the work!⟧"

### 037
@a Ingrid Solberg | -
@b Mark Pennington | her solicitor
@c Philip Alder | Mr Alder’s son
A GP accused of the manslaughter of a patient whose cancer she failed to diagnose has been found not guilty after a five-week trial.
Dr Ingrid Solberg, 51, who practised at the Eastgate Surgery in Cardwell, had denied causing the death of Raymond Alder, 72, by gross negligence.
The jury at Cardwell Crown Court took less than four hours to reach unanimous verdicts. Dr Solberg wept in the dock as they were read.
Outside court, her solicitor, Mark Pennington, read a statement on her behalf.
“⟦d:a:m|I have thought about Mr Alder and his family every day for four years. I am deeply sorry that he died, and I have never stopped asking myself whether I could have done more.⟧
“⟦d:a|But I did not kill him. I am grateful to the jury for seeing that, and I hope now to return to the work I love.⟧”
Mr Pennington added that the prosecution should “⟦p:b|never have been brought⟧”. “⟦d:b|Doctors across the country have been watching this case with real fear,⟧” he said.
Mr Alder’s son, Philip Alder, said the family respected the verdict but still had “⟦p:c|unanswered questions⟧”. “⟦d:c|Dad went to that surgery five times. Somebody should have listened,⟧” he said.

### 038
@a Henrike Vosskamp | presiding judge
@b Jan-Ole Meyerhoff | The former mayor of Ostwarden
@c Ostwarden public prosecutor's office | -
@d Sabine Kraft | His lawyer
OSTWARDEN, Germany, May 9 — A German court on Thursday convicted the former mayor of a small northern town of accepting bribes from a waste management company and handed him a suspended sentence of 22 months.
The former mayor of Ostwarden, Jan-Ole Meyerhoff, 61, had admitted receiving holidays and a car worth a total of 87,000 euros but said he had never changed a decision in the company's favour.
"⟦d:a|Das Gericht glaubt Ihnen nicht,⟧" presiding judge Henrike Vosskamp told him as she delivered the verdict. "⟦d:a|The court does not believe you.⟧"
She said the gifts had been "⟦p:a|an investment, not a friendship⟧".
Meyerhoff, who resigned in 2021, showed no emotion. His lawyer, Sabine Kraft, said he would appeal. "⟦d:d|My client made mistakes, but he is not corrupt,⟧" she told reporters.
The Ostwarden public prosecutor's office said it was "⟦p:c|satisfied⟧" with the verdict, although it had sought a prison term of three years.
In his final statement to the court on Monday, Meyerhoff said: "⟦d:b|I served this town for 16 years. I would ask the court to look at all 16, not only the last three.⟧"

### 039
@a - | One of her friends
@b Colin Marchbank | a toxicologist
@c Elizabeth Fanshawe | Senior coroner
@d Fieldfare Events | -
A 19-year-old student who collapsed at a music festival had taken ecstasy that was "⟦p:b|several times stronger⟧" than a typical dose, an inquest has heard.
Amelia Rourke, from Lowbridge, died in hospital after collapsing near the main stage of the Halewood Festival in August 2022.
One of her friends, who was granted anonymity by the coroner, said the group had bought pills from a man in the campsite on the first night. "⟦d:a|He said they were 'nice and mellow'. We believed him,⟧" she said.
"⟦d:a|Amelia took half. About an hour later she said she felt really hot and wanted to sit down. Then she just went.⟧"
Dr Colin Marchbank, a toxicologist, said the concentration of MDMA in Amelia's blood was consistent with her having taken a pill containing around 280mg. "⟦d:b|That is a dangerous amount for anyone, let alone someone who has rarely taken drugs before,⟧" he said.
Fieldfare Events, which runs the festival, said it had since introduced drug-checking tents. "⟦d:d|We are heartbroken by Amelia's death, and we have done everything we can to make sure it never happens again,⟧" the company said.
Senior coroner Elizabeth Fanshawe recorded a conclusion of drug-related death. "⟦d:c|Amelia was a bright young woman with her whole life ahead of her. She made one poor choice, and she paid for it with her life,⟧" she said.

### 040
@a Brenda Oakes | the leader of Tressick Town Council
@b Gavin Rudd | -
@c Athwal | Mrs Justice
@d Jeremy Coulthard | Mr Rudd's barrister
A town council leader who was accused online of ``⟦p:b|lining her pockets⟧'' with public money has won £40,000 in libel damages from a local blogger.
Councillor Brenda Oakes, the leader of Tressick Town Council, sued Gavin Rudd over a series of posts on his ``⟦s:-|Tressick Truth⟧'' blog in 2022 suggesting she had steered council contracts to a firm owned by her nephew.
Giving judgment at the High Court, Mrs Justice Athwal said there was ``⟦p:c|not a shred of evidence⟧'' to support the allegations.
``⟦d:c|Mr Rudd published serious allegations of corruption without making the most basic inquiries,⟧'' she said. ``⟦d:c|He did not contact Cllr Oakes. He did not contact the council. He did not contact the firm.⟧''
Mr Rudd's barrister, Jeremy Coulthard, had argued during the trial that the posts were ``⟦p:d|honest opinion⟧'' on a matter of public interest.
Outside court, Cllr Oakes said: ``⟦d:a|I have been called a crook in my own town for two years. Today a judge has said, clearly, that I am not one.⟧''
Mr Rudd said he was ``⟦p:b|considering an appeal⟧''. ``⟦d:b|I stand by my right to ask questions,⟧'' he said.

### 041
@a Graham Pettifer | the former chief fire officer of Marlshire Fire and Rescue Service
@b Simon Haldane | your deputy
@c - | the control room
@d Eastfield Families Group | -
The following is an edited extract from Tuesday's evidence to the Eastfield Fire Inquiry, in which counsel to the inquiry, Rosalind Achterberg, questioned the former chief fire officer of Marlshire Fire and Rescue Service, Graham Pettifer.
Q: Mr Pettifer, you received an email from your deputy, Simon Haldane, at 9.12pm on the 4th?
A: I did.
Q: And it said, and I quote, "⟦d:b|Crews on scene have no working aerial platform. This is now critical.⟧" Is that right?
A: Yes.
Q: What did you do?
A: I phoned the control room and asked them to request a platform from Westbrook. I was told by the control room that one was "⟦p:c|on its way⟧".
Q: It did not arrive for another 47 minutes.
A: I know that now.
Q: In your witness statement you describe that delay as "⟦p:a|regrettable⟧". Do you stand by that word?
A: It was worse than regrettable. I chose a poor word.
After the session, the Eastfield Families Group said: "⟦d:d|Today we heard what we have always known. The help was asked for, and it did not come.⟧"

### 042
@a Joanna Kettleborough | Assistant coroner
@b Sandra Whitfield | Mrs Whitfield’s daughter
@c Precious Mwale | The nurse in charge that night
@d Oakbridge Care Group | -
A 91-year-old woman who fell at her care home lay on the floor of her room for almost three hours before she was found, an inquest has heard.
Doreen Whitfield suffered a broken hip in the fall at Beech Lodge in Ebbsworth in February and died in hospital 11 days later from pneumonia.
The nurse in charge that night, Precious Mwale, told the inquest that two of the four care assistants on the rota had called in sick.
“⟦d:c|We were doing our best with half a team. The checks were meant to be every two hours. That night they weren’t,⟧” she said.
Assistant coroner Joanna Kettleborough asked whether the home’s managers had been told about the shortage.
“⟦d:c|I rang the on-call manager at eleven. She told me to manage as best we could,⟧” Ms Mwale replied.
Mrs Whitfield’s daughter, Sandra Whitfield, read a statement to the court.
“⟦d:b:m|Mum was a dinner lady for 30 years. She fed half of Ebbsworth. She was funny and sharp and she did not suffer fools.⟧
“⟦d:b|The thought of her lying there in the dark, calling out and nobody coming, is something I will carry for the rest of my life.⟧”
Recording a narrative conclusion, Mrs Kettleborough said staffing levels had been “⟦p:a|inadequate⟧”. “⟦d:a|I am satisfied that the delay in finding Mrs Whitfield contributed to her death,⟧” she said.
Oakbridge Care Group, which runs Beech Lodge, said it had “⟦p:d|since recruited additional night staff⟧” and apologised to the family.

### 043
@a Aurelio Castellanos-Vidal | a consultant orthopaedic surgeon formerly based at Kelbury Royal Infirmary
@b Angela Forsyth | The tribunal chair
@c Sunita Bhatt | counsel for the council
@d - | a retired bus driver
A surgeon who carried out unnecessary operations on at least 11 patients and falsified their records to justify them has been struck off the medical register.
Aurelio Castellanos-Vidal, a consultant orthopaedic surgeon formerly based at Kelbury Royal Infirmary, was found to have acted dishonestly by a Medical Standards Tribunal.
Sunita Bhatt, counsel for the council, told the hearing that his conduct was "⟦p:c|a fundamental betrayal⟧" of his patients' trust.
One patient, a retired bus driver, said in a written statement: "⟦d:d|He told me that without the operation I'd be in a wheelchair within a year. I had no reason not to believe him.⟧"
Dr Castellanos-Vidal, who attended the hearing remotely from Madrid, said his clinical decisions had been "⟦p:a|made in good faith⟧". "⟦d:a|I have operated on thousands of people. I have never knowingly harmed one of them,⟧" he said.
"⟦d:a|No tengo nada de qué avergonzarme,⟧" he added in Spanish. "⟦d:a|I have nothing to be ashamed of.⟧"
The tribunal chair, Angela Forsyth, said: "⟦d:b|The tribunal has concluded that erasure is the only sanction sufficient to protect the public and maintain confidence in the profession.⟧"
He has 28 days to appeal.

### 044
@a Nathan Kerslake | -
@b Jade Morrow | His girlfriend
@c Louise Barraclough | Detective Constable
@d Hannah Steele | prosecuting
A woman has told a jury her boyfriend was asleep on the sofa beside her at the time prosecutors say he was burgling a house three miles away.
Nathan Kerslake, 27, of Oak Terrace, Ebbsworth, denies burglary at a house in Chapel Row on the night of 19 November, when jewellery worth £12,000 was taken.
His girlfriend, Jade Morrow, 25, told Ebbsworth Crown Court they had watched a film and fallen asleep before midnight.
“⟦d:b|He never left. I’d have known. He snores like a tractor,⟧” she said.
Cross-examined by Hannah Steele, prosecuting, Ms Morrow agreed she had been asleep for “⟦p:b|some of the night⟧”.
“⟦d:d|So you can’t actually say where he was at two o’clock in the morning, can you?⟧” Ms Steele asked.
“⟦d:b|I can say where he wasn’t,⟧” she replied.
Earlier, Detective Constable Louise Barraclough told the court that a phone registered to Mr Kerslake had connected to a mast near Chapel Row at 2.04am.
She said: “⟦d:c|The cell site data places that phone in the vicinity of the burglary at the relevant time.⟧”
In his evidence, Mr Kerslake said he had lent the phone to a friend that evening. “⟦d:a|I’m not going to name him. I’m not a grass,⟧” he said.
The trial continues.

### 045
@a Patricia Holm | The inquiry’s chair
@b Rupert Calloway | Health Minister
@c - | One senior official at the department
@d Anita Desai-Rowe | -
@e Mona Lindgren | Shadow health secretary
A long-awaited public inquiry into the deaths of 19 patients at a Wexmoor mental health unit has concluded that they were the result of “⟦p:a|a culture of indifference⟧” that went unchallenged for a decade.
The 740-page report, titled “⟦s:-|Nobody Was Listening⟧”, was published on Thursday after four years of hearings.
The inquiry’s chair, Dame Patricia Holm, said staff at the Larkfield Unit had been “⟦p:a|worn down to the point of numbness⟧” and that warnings from families had been routinely dismissed.
“⟦d:a|Again and again, parents and partners raised the alarm. Again and again, they were treated as the problem,⟧” she said at a press conference in Wexmoor.
Health Minister Rupert Calloway said the government accepted all 38 recommendations “⟦p:b|in principle⟧”. “⟦d:b|I want to say to every family: I am sorry. The state failed you,⟧” he told MPs.
Shadow health secretary Mona Lindgren said the words “⟦s:-|in principle⟧” would “⟦p:e|ring hollow⟧” for bereaved families. “⟦d:e|We have heard apologies before. What families want is a date,⟧” she said.
One senior official at the department, speaking on condition of anonymity, said the full cost of the recommendations had not yet been calculated. “⟦d:c|Nobody knows what this will cost. That is the honest answer,⟧” the official said.
Anita Desai-Rowe, who founded the campaign group Justice for the Wexmoor 19 after her son died at the unit in 2017, said: “⟦d:d|Today the truth is written down, in black and white, by a judge. Nobody can take that away from us.⟧”

### 046
@a Máire de Búrca | Judge
@b Seán Ó Briain | Garda
@c Colm Ó Flaithearta | -
@d Aoife Nic Amhlaoibh | defending
A fisherman who rammed a Garda patrol car with his van after a wedding in Baile na Cloiche has been given a two-year suspended sentence at Caisleán Circuit Criminal Court.
Colm Ó Flaithearta, 36, pleaded guilty to dangerous driving and criminal damage arising from the incident on the night of 17 June last year.
Garda Seán Ó Briain told the court he had signalled to the van to stop on the coast road at about 1am. “⟦d:b|The van slowed, then accelerated straight into the front of the patrol car,⟧” he said. “⟦d:b|I braced myself. I thought that was it.⟧”
Aoife Nic Amhlaoibh BL, defending, said her client had drunk “⟦p:d|far more than he realised⟧” at the reception and had panicked when he saw the blue lights.
Addressing the court in Irish, Mr Ó Flaithearta said: “⟦d:c|Tá brón an domhain orm.⟧” His barrister translated: “⟦d:c|I am deeply sorry.⟧”
Judge Máire de Búrca said: “⟦d:a|I accept that the remorse is genuine. But Garda Ó Briain was doing his job on a dark road, and he was entitled to go home to his family that night.⟧”
She also banned Mr Ó Flaithearta from driving for four years.

### 047
@a J.R. Malloch | the battalion's commanding officer at the time
@b Royal Wexmoor Rifles | -
@c Tina Hargreaves | Private Hargreaves's mother
@e Dean Pollitt | the platoon sergeant
A soldier who collapsed and died from heatstroke during a training march on Harlow Moor had asked to stop twice, an inquest has heard.
Private Kyle Hargreaves, 20, of the Royal Wexmoor Rifles, was taking part in a 12-mile loaded march on 18 July 2022, when temperatures reached 31C.
Sergeant Dean Pollitt, the platoon sergeant, said he had told Pte Hargreaves to "⟦p:e|crack on⟧" when he fell behind at the six-mile mark.
"⟦d:e|I thought he was tired, like everyone was tired. I didn't see the signs. I should have,⟧" he admitted.
Lieutenant Colonel J.R. Malloch, the battalion's commanding officer at the time, told the hearing that guidance on heat illness had been "⟦p:a|available but not consistently applied⟧". "⟦d:a|I take responsibility for that. It was my battalion,⟧" he said.
Private Hargreaves's mother, Tina Hargreaves, recalled the last phone call she had with her son. "⟦d:c|He said, 'Mum, it's going to be a scorcher tomorrow.' He was laughing about it,⟧" she said.
Coroner Bradley Okafor-Stone will give his conclusions on Friday.
The Royal Wexmoor Rifles said in a statement: "⟦d:b|Private Hargreaves was a much-loved member of the regiment. We continue to support his family and are cooperating fully with the coroner.⟧"

### 048
@a Ifeanyi Okeke | a courier for the delivery app Zoomr
@b Zoomr | -
@c Callum Ferris | Zoomr's barrister
@d Marta Kowalczyk | general secretary of the Independent Couriers' Union
A food delivery courier has told an employment tribunal that the app he worked for controlled "⟦p:a|every minute⟧" of his day, in a test case that could affect more than 20,000 riders.
Ifeanyi Okeke, a courier for the delivery app Zoomr, is one of six claimants arguing that they are workers entitled to the minimum wage and holiday pay, rather than self-employed contractors.
"⟦d:a|If I rejected three jobs in a row, my account was frozen for an hour. That is not being your own boss,⟧" he told the hearing in Cardwell.
Zoomr's barrister, Callum Ferris, put it to him that he had been free to log off whenever he liked.
"⟦d:c|Nobody made you log on, did they?⟧"
"⟦d:a|Nobody made me eat, either. But I had to,⟧" Mr Okeke said.
Zoomr insisted in its written submissions that its riders "⟦p:b|value flexibility above all else⟧". "⟦d:b|The overwhelming majority of couriers tell us they do not want to be workers,⟧" the company said in a statement.
Marta Kowalczyk, general secretary of the Independent Couriers' Union, which is backing the claim, said: "⟦d:d|Ask any rider on a wet Friday night how flexible their life feels.⟧"
The hearing is expected to last two weeks.

### 049
@a Rosalind Thewlis | Judge
@b Norman Pickersgill | -
@d Gary Nunn | The enforcement officer
A 71-year-old man who represented himself at his trial for obstructing a bailiff spent much of Thursday in a good-natured running battle with the judge.
Norman Pickersgill, of Beck Lane, Stenby, denies obstructing a court enforcement officer who arrived at his home to seize his car in March.
``⟦d:b|Your Honour, may I say, with the greatest respect, that this whole case is a nonsense?⟧'' Mr Pickersgill asked as he rose to cross-examine the first witness.
``⟦d:a|You may not,⟧'' replied Judge Rosalind Thewlis. ``⟦d:a|You may ask the witness questions. That is all.⟧''
``⟦d:b|Then I shall ask him whether this case is a nonsense.⟧''
``⟦d:a|Mr Pickersgill.⟧''
The enforcement officer, Gary Nunn, told the court Mr Pickersgill had sat on the bonnet of the car for two hours and refused to move. ``⟦d:d|He had a flask of tea and a folding chair. He'd clearly been expecting us,⟧'' he said.
Asked by Farah Qureshi, prosecuting, whether the defendant had been aggressive, Mr Nunn replied: ``⟦d:d|Not at all. He offered me a biscuit.⟧''
At the end of the day, the judge told jurors: ``⟦d:a|You will have gathered that Mr Pickersgill has strong views. You must decide this case on the evidence, not on whether you share them.⟧''
``⟦d:b|Hear, hear,⟧'' Mr Pickersgill chipped in. The trial continues.

### 050
@a Oliver Sands | District Judge
@b North Wexmoor Ambulance Service | -
A man who headbutted a paramedic as she tried to treat him after he fell outside a Fennick nightclub has been jailed for 20 weeks.
Ashley Dobbs, 29, admitted assaulting an emergency worker when he appeared at Fennick Magistrates' Court. District Judge Oliver Sands told him: "⟦d:a|She was there to help you. You repaid her with violence.⟧"
North Wexmoor Ambulance Service said: "⟦d:b|Our crews should never have to go to work expecting to be assaulted. We will always support prosecutions.⟧"

### 051
@a Pieter van der Berg | the engineer
@b Imogen Stackhouse | Counsel to the inquiry
@c Rhodri Bevan | The chairman
@d Lena Marsh | -
The Dutch engineer whose firm designed a footbridge that collapsed into the River Marle has told a public inquiry he remains “⟦p:a|absolutely convinced⟧” that the design was sound.
Pieter van der Berg, whose Rotterdam-based firm designed the Marle Footbridge in Kelbury, said the collapse in April 2021, which injured 14 people, had been caused by corrosion in steel cables that were not properly maintained.
“⟦d:a|A bridge is like a body. If you never go to the doctor, one day something fails,⟧” the engineer said.
Counsel to the inquiry, Imogen Stackhouse KC, put it to him that the design had left the cable anchorages “⟦p:b|impossible to inspect without scaffolding⟧”.
“⟦d:b|Is it reasonable to design something that can only be checked by closing the bridge for a month?⟧” she asked.
Mr van der Berg paused for several seconds. “⟦d:a|Dat is een goede vraag,⟧” he said quietly, before switching back to English. “⟦d:a|That is a good question. In hindsight, perhaps not.⟧”
Lena Marsh, who was on the bridge with her two children when it gave way, said outside the hearing: “⟦d:d|I heard a crack like a gunshot. Then we were in the water.⟧”
The chairman, Sir Rhodri Bevan, said he expected to publish an interim report in the autumn. “⟦d:c|The families have waited long enough,⟧” he said.

### 052
@a - | the family
@b Abena Owusu | His sister
@c Paul Redfern | the custody sergeant on duty that night
@d - | The jury
@e Stenby Police | -
An inquest jury has found that a man who died after being restrained in a police cell was "⟦p:d|inadequately monitored⟧" in the hours before his death.
Kwame Owusu, 33, was arrested on suspicion of criminal damage in Stenby on 3 May 2021 and died in hospital two days later after being found unresponsive in a cell at Stenby police station.
According to evidence heard at the three-week inquest, cell checks that should have been carried out every 30 minutes were missed three times.
Sergeant Paul Redfern, the custody sergeant on duty that night, told the jury the custody suite had been "⟦p:c|completely overrun⟧". "⟦d:c|I had 22 detainees and four staff. I'm not making excuses. That's just what it was,⟧" he said.
The jury concluded that the failure to carry out the checks "⟦p:d|possibly contributed⟧" to Mr Owusu's death.
His sister, Abena Owusu, read a statement on behalf of the family outside Stenby Coroner's Court.
"⟦d:a|Kwame was a father, a son and a brother. He walked into that police station and he left it on a stretcher,⟧" the statement said. "⟦d:a|Today's findings are a start, but they are not the end.⟧"
Speaking afterwards, Ms Owusu added: "⟦d:b|I keep thinking that if one person had just looked through that hatch, he would still be here.⟧"
Stenby Police said it "⟦p:e|accepted the jury's findings⟧" and had since changed its custody procedures.

### 053
@a Doreen | the usher
@b Malcolm | a retired headteacher who has sat as a magistrate for 22 years
@c - | A young man in a borrowed suit
@d Ravi | the duty solicitor
@e - | a woman in the waiting area who has been there since 9am
By 9.30am the waiting area at Stenby Magistrates' Court is already full: a man in a hi-vis jacket on his way to work, a grandmother clutching a carrier bag of paperwork, two teenagers sharing a pair of earphones.
Doreen, the usher, has worked here for 19 years. She knows most of the regulars by name. “⟦d:a|Some of them I’ve seen grow up,⟧” she says. “⟦d:a|That’s not always a good thing.⟧”
Ravi, the duty solicitor, moves between the benches with a clipboard, taking instructions in whispers. He has eleven clients this morning and has met none of them before. “⟦d:d|You get ten minutes, sometimes five. You do your best with it,⟧” he says.
In Court 2, the bench is chaired by Malcolm, a retired headteacher who has sat as a magistrate for 22 years. Magistrates are volunteers; he gives up two days a month.
“⟦d:b|People imagine it’s all judgement and punishment. Mostly it’s listening,⟧” he says during a break. “⟦d:b|And occasionally telling someone to take their hat off,⟧” he jokes.
A young man in a borrowed suit, there for driving without insurance, tells the bench he needs the car to get to a new job. “⟦d:c|I’m not making excuses, I just want to keep the job,⟧” he says. He is fined £300 and given six points.
Outside, a woman in the waiting area who has been there since 9am says she still does not know which court her son’s case is in. “⟦d:e|Nobody tells you anything. You just sit,⟧” she says.
Doreen, passing with a trolley of files, overhears. “⟦d:a|Court 3, love. After the break,⟧” she says.

### 054
@a Halvorsen Pharmaceuticals | -
@b Dana Whitcomb-Reyes | the plaintiffs' lead attorney
@c - | One juror
@d Lorraine Bettencourt | a 64-year-old retired nurse from Coleville
@f - | a Halvorsen executive
MERIDIAN CITY — A federal jury on Friday ordered Halvorsen Pharmaceuticals to pay $212 million to four women who said the company's osteoporosis drug caused them to suffer severe jaw bone damage, and that the company hid the risk.
The verdict, after a six-week trial before U.S. District Judge Howard Kim, includes $180 million in punitive damages.
"⟦d:b|This jury looked at the documents and saw exactly what we saw: a company that knew and said nothing,⟧" Dana Whitcomb-Reyes, the plaintiffs' lead attorney, told reporters outside the courthouse.
Halvorsen Pharmaceuticals said it would appeal. "⟦d:a|We have great sympathy for the plaintiffs, but the science does not support this verdict,⟧" the company said in a statement. "⟦d:a|Our medicine has helped millions of patients.⟧"
Lorraine Bettencourt, a 64-year-old retired nurse from Coleville, testified that she lost four teeth and part of her lower jaw. "⟦d:d|I spent my whole career telling patients to trust their medicine,⟧" she said after the verdict. "⟦d:d|I don't know what I'd tell them now.⟧"
One juror, who asked not to be named, said deliberations had turned on a 2011 internal email in which a Halvorsen executive described the side-effect data as "⟦p:f|a headache for marketing⟧".
"⟦d:c|That email was the whole case for most of us,⟧" the juror said.

### 055
@a Hamish Tolland | a history teacher at Bramwell Academy in Ebbsworth
@c Alice Kerr | The school’s headteacher
@d Bernadette Osei | Employment Judge
@e - | One parent
A history teacher who was sacked over a social media post criticising his school’s exam policy was unfairly dismissed, a tribunal has ruled.
Hamish Tolland, a history teacher at Bramwell Academy in Ebbsworth, was dismissed for gross misconduct in 2023 after he wrote on a public account that the school was “⟦p:a|gaming league tables at the expense of the kids who need us most⟧”.
In the same post he wrote: “⟦d:a|I love my job. I am not going to pretend I love what it has become.⟧”
The school’s headteacher, Dr Alice Kerr, told the tribunal the post had caused “⟦p:c|serious reputational damage⟧” and prompted complaints from parents. One parent wrote in an email to the school: “⟦d:e|If staff think the school is cheating our children, why should we believe anything it tells us?⟧”
Employment Judge Bernadette Osei found that the dismissal was “⟦p:d|disproportionate⟧”. “⟦d:d|Mr Tolland was intemperate. He was not dishonest, and he did not reveal anything confidential,⟧” she wrote. “⟦d:d|A final written warning was the most that could reasonably have been justified.⟧”
Mr Tolland said he was “⟦p:a|relieved and vindicated⟧”. Dr Kerr said the school would “⟦p:c|reflect on the judgment⟧”.

### 056
@a Adaeze Okonjo | Justice
@b Fiona Strachan-Lowe | Justice
@c Shelterline | -
The Court of Final Appeal has ruled by four votes to one that councils may lawfully house homeless families in hotel rooms outside their area for up to 12 months.
The case was brought by the housing charity Shelterline on behalf of a mother of three who was placed in a hotel 40 miles from her children’s school.
Writing for the majority, Justice Adaeze Okonjo said the law gave councils “⟦p:a|a broad discretion⟧” that courts should be “⟦p:a|slow to second-guess⟧”.
“⟦d:a|The hardship suffered by this family is real and it is regrettable. But hardship is not, of itself, unlawfulness,⟧” she wrote.
In a dissent, Justice Fiona Strachan-Lowe said the majority had “⟦p:b|read the statute as though the children in it did not exist⟧”.
“⟦d:b|A 12-month placement 40 miles from a child’s school is not temporary accommodation in any sense that Parliament could have intended,⟧” she wrote. “⟦d:b|It is exile with a room key.⟧”
Shelterline said it was “⟦p:c|bitterly disappointed⟧”. “⟦d:c|One judge saw these children. We hope the government will too,⟧” the charity said.
The Ministry of Housing said it welcomed the ruling.

### 057
@a Ewan MacAulay | counsel to the inquiry
@b Roger Tilbury | the former director of operations at Castlebridge Airport
@c Clive Mowbray | The chairman
The former operations director of a regional airport has told the inquiry into a runway collision that he was "⟦p:b|never made aware⟧" that the ground radar had been out of service for three weeks.
Roger Tilbury, the former director of operations at Castlebridge Airport, was questioned for most of Wednesday by Ewan MacAulay, counsel to the inquiry.
"⟦d:a|Three weeks, Mr Tilbury. Nobody mentioned it?⟧"
"⟦d:b|Not to me.⟧"
"⟦d:a|It was in the daily engineering log.⟧"
"⟦d:b|I didn't read the engineering log. There were people whose job that was.⟧"
"⟦d:a|Whose job was it to tell you?⟧"
"⟦d:b|Theirs, I would have thought.⟧"
The chairman, Sir Clive Mowbray, intervened. "⟦d:c|Mr Tilbury, with respect, the inquiry is trying to understand whose job it was. That is rather the point,⟧" he said.
"⟦d:b|I understand that, sir,⟧" the witness said.
Two people were seriously injured when a baggage tug crossed the runway in front of a landing aircraft in fog in November 2022.

### 058
@a Yasmin Choudhury | District Judge
@b - | The girl
@c - | Her mother
@d Kirsty Lamb | Police Community Support Officer
A 15-year-old girl who set fire to a wheelie bin, starting a blaze that spread to a row of garages in Fennick, has been given a 12-month referral order.
The girl, who cannot be named because of her age, admitted arson at Fennick Youth Court.
Police Community Support Officer Kirsty Lamb, who knows the family, said the girl had been "⟦p:d|going off the rails⟧" since her grandfather died. "⟦d:d|She's not a bad kid. She's a kid who's had a terrible year,⟧" she said.
District Judge Yasmin Choudhury told the girl: "⟦d:a|Four families lost their garages and everything in them. One of them lost a motorbike he had spent ten years restoring.⟧"
"⟦d:a|I am giving you a chance. If you come back before me, it will not be a referral order,⟧" the judge warned.
Asked whether she understood, the girl said quietly: "⟦d:b|Yes, miss. Sorry, miss.⟧"
Her mother, who sat beside her, said outside court: "⟦d:c|She's been crying every night. I think she finally gets it.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh44.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh44",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
