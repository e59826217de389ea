# ruff: noqa: E501
"""Build ``quotes_fresh40.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts and
inquiries: criminal trials with examination and cross-examination, inquests, public
inquiries, employment and immigration tribunals, sentencing remarks and appeals.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in
``tests/annotate/gold``); ``### NNN`` starts passage ``fresh40-NNN``.

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

Decisions this set adds where the conventions above leave room (applied throughout):

* Court-report participles and prepositional phrases after a name (``Jane Roe,
  prosecuting,``, ``John Doe, for the defence,``, ``mitigating``) are not appositive
  noun phrases, so they are not descriptions; the definite description used at a
  cue (``the prosecutor said``) is then the description, else null.
* A statement read out on someone's behalf (by a solicitor, a relative, a police
  officer) belongs to its author, not to the reader. A victim statement read by the
  prosecutor belongs to the victim.
* A role title before the name (``Detective Inspector``, ``Area coroner``) takes
  precedence over a definite description used at a later cue; an organisation
  introduced without an appositive takes the definite description at its cue
  (``the company said``) as its description, like a person.
* Counsel quoting a witness's own earlier words back to them (``What did you mean by
  "the full results"?``) is a partial quote of the witness, not a scare quote.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh40.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh40.jsonl")

PASSAGES = """
### 001
@a Nadia Pryce | the prosecutor
@b Sophie Grant | a bar supervisor at the pub
@c Joanna Keel | -
A bar supervisor told a jury she watched a man "⟦p:b|swing the bottle like a bat⟧" moments before a customer fell unconscious outside a Carrbridge pub.
Liam Farrow, 29, of Mill Lane, denies causing grievous bodily harm with intent to Daniel Rhodes, 41, outside the Weavers Arms on 3 March last year.
Giving evidence at Carrbridge Crown Court on Tuesday, Sophie Grant, a bar supervisor at the pub, said she had stepped outside to collect glasses when she heard shouting.
"⟦d:b|I saw Mr Rhodes on the floor and the other man standing over him. He had the neck of a bottle in his hand,⟧" she said.
"⟦d:a|Could you see his face?⟧" asked Nadia Pryce, prosecuting.
"⟦d:b|Clearly. The security light was on.⟧"
Cross-examining, Joanna Keel, for Farrow, suggested the witness had been "⟦p:c|some distance away⟧" and had been drinking.
"⟦d:b|I'd had one glass of wine at the end of my shift. I know what I saw,⟧" Ms Grant said.
"⟦d:c|You told police that night you didn't see who threw the first punch,⟧" Miss Keel said.
"⟦d:b|That's right. I didn't see how it started. I saw how it ended.⟧"
Opening the case on Monday, the prosecutor told the jury Mr Rhodes spent nine days in hospital with a fractured skull. "⟦d:a|He has no memory of that evening at all,⟧" she said.
The trial continues.

### 002
@a Rebecca Hallam | the senior coroner for North Wenlow
@b Gary Stott | the 58-year-old
@c Ian Maddox | a collision investigator with Wenlow Police
@d Karen Ellery | Chloe's mother
@e Wenlow Council | -
A lorry driver who struck and killed a cyclist at a busy junction told an inquest he "⟦p:b|never saw her⟧" until it was too late.
Chloe Ellery, 23, a trainee architect, died at the scene after she was hit by an eight-wheel tipper truck at the junction of Quarry Road and Bridge Street, Wenlow, on 14 September.
Gary Stott, who was driving the truck, told Wenlow Coroner's Court he had checked all six of his mirrors before turning left.
"⟦d:b|I looked, I looked again, and there was nothing there. I've gone over it a thousand times,⟧" he said.
Asked by the coroner whether anything had obstructed his view, the 58-year-old replied: "⟦d:b|Only the pillar of the cab. There's always a blind spot.⟧"
PC Ian Maddox, a collision investigator with Wenlow Police, said the lorry was not fitted with a side-view camera or proximity sensor, which were not required on vehicles of its age.
"⟦d:c|Had those been fitted, there is a realistic prospect the driver would have been alerted,⟧" he told the hearing.
Recording a conclusion of road traffic collision, Rebecca Hallam, the senior coroner for North Wenlow, said she would write to the council about the junction's layout.
"⟦d:a:m|This junction has been the subject of complaints from cyclists for years. I heard that there were two serious collisions there in the eighteen months before Chloe died.⟧
"⟦d:a|I am concerned that without changes there will be further deaths.⟧"
Wenlow Council said it would "⟦p:e|respond fully⟧" to the coroner's report and that a redesign of the junction was "⟦p:e|already at consultation stage⟧".
In a statement read outside court by the family's solicitor, Chloe's mother, Karen Ellery, said: "⟦d:d|Chloe lit up every room she walked into. She cycled because she cared about the planet, and she should have been safe doing it. We will keep fighting until that junction is fixed.⟧"

### 003
@a Martin Cole | counsel to the inquiry
@b Denise Orme | the former head of midwifery at St Aldric's Hospital
@c - | a senior midwife
@d - | One bereaved father
The former head of midwifery at a hospital at the centre of a maternity scandal has admitted that warnings from junior staff were "⟦p:b|not escalated as they should have been⟧".
Denise Orme, the former head of midwifery at St Aldric's Hospital in Harlow Cross, was giving evidence on the third day of the Aldric Maternity Inquiry, which is examining the deaths of 31 babies between 2014 and 2021.
Martin Cole KC, counsel to the inquiry, took her through an email sent by a senior midwife in May 2017 which described staffing on the labour ward as "⟦p:c|dangerous⟧".
"⟦d:a|Did you read this email when it arrived?⟧"
"⟦d:b|I believe I did, yes.⟧"
"⟦d:a|What did you do about it?⟧"
"⟦d:b|I raised it at the directorate meeting. I accept now that I should have gone further.⟧"
Ms Orme told the inquiry she had been "⟦p:b|firefighting⟧" at the time, with three vacancies in her own senior team.
"⟦d:b|I am not making excuses. Families lost their children, and I was part of the leadership of that unit. I have to live with that,⟧" she said, at times in tears.
The inquiry chairman, Sir Robert Vail, a retired High Court judge, asked her whether she had ever considered going to the hospital's board directly.
"⟦d:b|In hindsight, I should have,⟧" she replied.
Mr Cole then asked: "⟦d:a|Was there a culture at St Aldric's of not bringing bad news upstairs?⟧"
"⟦d:b|Yes. I think there was,⟧" Ms Orme said.
One bereaved father, watching from the public seats, shook his head. "⟦d:d|Six years too late,⟧" he said afterwards.
The inquiry continues.

### 004
@a Priya Nandakumar | -
@b Fenwick Logistics | -
@c Hugh Lattimer | the firm's operations director
@d Carol Ainsworth | Employment Judge
@f Ellen Shaw | Ms Nandakumar's barrister
@g - | a spokesperson
A logistics manager who was sacked days after raising concerns about lorry drivers' hours was unfairly dismissed, an employment tribunal has ruled.
Priya Nandakumar, 38, was dismissed by Fenwick Logistics in October 2022, eleven days after she emailed the firm's directors warning that drivers were being "⟦p:a|pushed past their legal limits⟧".
The company said at the time that she had been let go for "⟦p:b|persistent performance issues⟧".
In a judgment published this week, Employment Judge Carol Ainsworth said that explanation was "⟦p:d|not credible⟧".
"⟦d:d|There is no contemporaneous record of any performance concern before the claimant's email of 3 October. Within a fortnight she had been dismissed. The tribunal has no hesitation in finding that the email was the principal reason,⟧" the judge wrote.
At the hearing in Leybourne in March, Hugh Lattimer, the firm's operations director, had insisted the dismissal was "⟦p:c|about results, nothing else⟧".
Under questioning from Ms Nandakumar's barrister, Ellen Shaw, he accepted he had not put any of his concerns in writing.
"⟦d:f|So we have only your word for it?⟧" Ms Shaw asked.
"⟦d:c|My word, and the figures,⟧" he replied.
"⟦d:f|Figures you have not disclosed to this tribunal.⟧"
Mr Lattimer did not answer.
Speaking after the ruling, Ms Nandakumar said: "⟦d:a|I did what any manager should do. I saw something unsafe and I said so. I hope other people in the industry see this and feel able to speak up.⟧"
Fenwick Logistics said it was "⟦p:b|disappointed⟧" by the decision and was considering an appeal. "⟦d:g|We take our obligations on drivers' hours extremely seriously,⟧" a spokesperson added.

### 005
@a Mateus Kiala Domingos | -
@b Fiona Mackie | Judge
@c Sam Kerr | The Border Agency's presenting officer
@e Helen Braithwaite | its author
An Angolan man who says he was tortured by security forces after taking part in a student protest has told an immigration tribunal he "⟦p:a|would rather die here than go back⟧".
Mateus Kiala Domingos, 27, gave evidence in Portuguese through an interpreter at the Saltmarsh hearing centre on Thursday, in his appeal against the refusal of his asylum claim by the Border Agency.
Asked why he had not claimed asylum in Portugal, where he spent three weeks before travelling on to Britain, he said the man who arranged his journey had told him he would be "⟦p:a|sent straight back⟧".
"⟦d:a|Eu não tinha escolha,⟧" he told Judge Fiona Mackie. "⟦d:a|Fiz o que me disseram.⟧"
The interpreter rendered this as: "⟦d:a|I had no choice. I did what they told me.⟧"
The Border Agency's presenting officer, Sam Kerr, said there were "⟦p:c|significant inconsistencies⟧" between the account Mr Domingos gave at his screening interview and his later witness statement.
"⟦d:c|At interview you said you were held for four days. Today you say it was two weeks. Which is it?⟧" Mr Kerr asked.
Through the interpreter, Mr Domingos said he had lost track of time in detention. "⟦d:a|There was no window. They kept the light on all night. How could I count the days?⟧"
Judge Mackie said she would take into account a medical report from a Saltmarsh clinic documenting scarring on his back and legs, which its author, Dr Helen Braithwaite, described as "⟦p:e|highly consistent⟧" with his account.
She reserved her decision. "⟦d:b|I will give my determination in writing as soon as I am able,⟧" she told the hearing.

### 006
@a Anthony Pellow | Judge
@b Margaret Dunn | his victim
@c Thomas Okereke | prosecutor
@d Kevin Marsh | -
@e Alan Brigg | -
@f Lisa Thorne | Detective Constable
A rogue builder who conned an 81-year-old widow out of her life savings has been jailed for four years and eight months.
Kevin Marsh, 46, of Tollgate Road, Brenley, charged his victim, Margaret Dunn, more than £38,000 for roofing work that an independent surveyor later valued at less than £2,000.
Marsh pleaded guilty to fraud by false representation at Brenley Crown Court.
In a statement read to the court by prosecutor Thomas Okereke, Mrs Dunn said she no longer felt safe answering her own front door.
"⟦d:b:m|My late husband and I saved that money over fifty years. It was meant to pay for my care when I can no longer manage on my own.⟧
"⟦d:b|Now I lie awake wondering what will happen to me. I feel stupid, and I feel ashamed, even though my family tell me I have nothing to be ashamed of.⟧"
Mr Okereke told the court Marsh had returned to the house four times with "⟦p:c|invented problems⟧", on one occasion telling Mrs Dunn her chimney was "⟦p:d|about to come through the ceiling⟧".
Alan Brigg, mitigating, said his client had a gambling addiction and was "⟦p:e|genuinely ashamed⟧". "⟦d:e|He has asked me to say that he is sorry. He knows that word is not enough,⟧" Mr Brigg said.
Sentencing, Judge Anthony Pellow told Marsh: "⟦d:a:m|You targeted an elderly woman living alone because you thought she would be an easy mark. You were right, and you exploited that ruthlessly.⟧
"⟦d:a|The harm here is not only financial. Mrs Dunn has lost her confidence and her sense of security in her own home, and no sentence I pass can give her those back.⟧"
The judge also made a criminal behaviour order banning Marsh from cold-calling for work for ten years.
Outside court, Detective Constable Lisa Thorne of Brenley Police said: "⟦d:f|This was a cruel crime. I would urge anyone approached on their doorstep by a trader they don't know to say no and call a family member.⟧"

### 007
@a Penrose | -
@b Darren Whitlow | -
@c Kelly Whitlow | his sister
@d Northern Prosecution Service | -
@e Ruth Adeyemi | -
A man who spent nine years in prison for a robbery he has always denied has had his conviction quashed by the Court of Appeal.
Darren Whitlow, 44, was convicted in 2015 of robbing a post office in Kellsworth at knifepoint, largely on the strength of an identification by the sub-postmaster.
Three judges ruled on Wednesday that fresh evidence, including DNA from a balaclava found near the scene which matched another man, rendered the conviction unsafe.
Giving the judgment of the court, Lord Justice Penrose said the identification evidence had been ``⟦p:a|fragile from the outset⟧''.
``⟦d:a|Had the jury known what is now known about the balaclava, we cannot be confident that they would have convicted. That is enough to dispose of this appeal,⟧'' he said.
Ruth Adeyemi KC, for Mr Whitlow, had told the court at a hearing last month that her client had been ``⟦p:e|failed at every stage⟧''.
Mr Whitlow was not in court. In a statement read on the steps outside by his sister, Kelly, he said: ``⟦d:b|I have said from the first day that I did not do this. Nine years of my life have gone. My dad died while I was inside and I couldn't go to his funeral. Today the truth has finally been heard.⟧''
Kelly Whitlow added: ``⟦d:c|We never doubted him, not once. Now we want to know why it took this long.⟧''
The Northern Prosecution Service said it would not seek a retrial. ``⟦d:d|We have reviewed the case carefully in light of the court's judgment and have concluded that a retrial would not be in the public interest,⟧'' it said.

### 008
@a Harold Beaumont | a four-term Republican from Marlow County
@b Carla Reyes-Whitfield | Assistant District Attorney
@c Michael J. O'Hara | defense attorney
@d Travis Lund | Beaumont's chief of staff for six years
PELLSTON, Ardena (AP) — A former aide to state Sen. Harold Beaumont testified Tuesday that he personally delivered envelopes of cash from a paving contractor to the senator's campaign office "⟦p:d|at least a dozen times⟧" in 2021.
Travis Lund, Beaumont's chief of staff for six years, is the prosecution's key witness in the bribery trial, which began last week in Pellston.
"⟦d:d|I knew what was in them. Everybody in that office knew,⟧" Lund told jurors.
Beaumont, a four-term Republican from Marlow County, has pleaded not guilty to charges of bribery and honest-services fraud. He faces up to 20 years in prison if convicted.
Under questioning by Assistant District Attorney Carla Reyes-Whitfield, Lund described a meeting in a hotel parking lot at which the contractor, Dale Pruitt, allegedly handed over the first envelope.
"⟦d:b|What did Mr. Pruitt say to you?⟧" Reyes-Whitfield asked.
"⟦d:d|He said, 'Tell the senator this is a thank-you for the Route 9 contract.'⟧"
"⟦d:b|And did you tell him?⟧"
"⟦d:d|I did. He laughed and said, 'Put it in the safe.'⟧"
On cross-examination, defense attorney Michael J. O'Hara pressed Lund on his own plea agreement, under which he is expected to receive a reduced sentence.
"⟦d:c|You're testifying today to save yourself, aren't you?⟧" O'Hara asked.
"⟦d:d|I'm testifying because it's the truth,⟧" Lund said.
"⟦d:c|The truth that gets you out of prison sooner.⟧"
Pruitt, who has not been charged, did not respond to a request for comment. Beaumont, leaving the courthouse, told reporters the testimony was "⟦p:a|a work of fiction by a desperate man.⟧"

### 009
@a Graham Ketteridge | the former technical manager of Corvex Insulation
@c Neil Sharratt | the managing director at the time
The following is an edited extract from the evidence given on Tuesday to the Marlowe Court Inquiry by Graham Ketteridge, the former technical manager of Corvex Insulation, questioned by Siobhan Creagh, counsel to the inquiry.
Q: Mr Ketteridge, I want to show you an email you sent on 4 June 2016. It reads: "⟦d:a|We need to be careful what goes in the test report. If the full results get out, we're finished in the high-rise market.⟧" Do you remember writing that?
A: I remember the email. I don't remember the exact circumstances.
Q: What did you mean by "⟦p:a|the full results⟧"?
A: There had been a second test that didn't go well. A test that, in my view, hadn't been set up properly.
Q: Was that second test disclosed to anyone outside Corvex?
A: Not to my knowledge, no.
Q: The managing director replied to you the same day: "⟦d:c|Agreed. Keep it tight.⟧" What did you understand by that?
A: That we shouldn't circulate it.
Q: Do you accept that the people living in Marlowe Court were entitled to know how that product performed in a fire?
A: Yes. I accept that. I've accepted it for a long time.
The managing director at the time, Neil Sharratt, is expected to give evidence next month.

### 010
@a Alison Venn | The chairman of the bench
@b Craig Pollard | the 33-year-old
@c Jasmine Hart | -
A delivery driver who was almost four times the drink-drive limit when he crashed into a parked ambulance has been banned from the road for three years.
Craig Pollard, 33, of Fern Close, Ashby Wold, admitted drink-driving when he appeared before Ashby Wold magistrates on Monday.
Jasmine Hart, prosecuting, said paramedics were treating a patient in a nearby house when Pollard's van struck the back of their ambulance on Station Road just before midnight on 2 February.
"⟦d:c|Fortunately nobody was inside the vehicle at the time. The damage was such that it was off the road for a week,⟧" she said.
A breath test showed 131 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
Pollard, who represented himself, told magistrates he had been drinking after learning that his father had been diagnosed with cancer.
"⟦d:b|It's no excuse. I should have called a taxi. I'm ashamed of myself,⟧" the 33-year-old said.
The chairman of the bench, Alison Venn, told him: "⟦d:a|You could very easily have killed someone, and you took an ambulance out of service for a week in the middle of winter. Think about what that means for the people who needed it.⟧"
As well as the ban, Pollard was fined £960 and ordered to pay £85 costs and a £384 victim surcharge.

### 011
@a Farid Haddad | A consultant pathologist
@b Maureen Gilchrist | Area coroner
@c Thornfield Care | the company
@d Angela Whitcombe | Mrs Pask's daughter
@e - | a care assistant who has since left the company
An 89-year-old woman with dementia died after choking on a sandwich at a care home where staff had been told she needed a soft diet, an inquest heard.
Doris Pask had lived at Thornfield House in Greyhaven for three years when she choked in the home's dining room on 19 June.
Area coroner Maureen Gilchrist heard that a speech and language therapist had assessed Mrs Pask in April and recommended that all her food be pureed.
A consultant pathologist, Dr Farid Haddad, told the inquest that a piece of bread "⟦p:a|about the size of a postage stamp⟧" had been found lodged in her airway.
"⟦d:a|In my opinion the cause of death was asphyxia due to obstruction of the airway by a food bolus,⟧" he said.
A statement from a care assistant who has since left the company was read to the hearing. In it she said the diet plan had been written on a whiteboard in the kitchen but "⟦p:e|nobody had updated it for weeks⟧".
"⟦d:e|We were two staff short that lunchtime. I'm not saying that to blame anyone. It's just how it was,⟧" she said.
Mrs Pask's daughter, Angela Whitcombe, told the coroner: "⟦d:d|Mum trusted those people. We trusted them. All they had to do was follow one instruction.⟧"
In a statement, Thornfield Care said it had "⟦p:c|reviewed and strengthened⟧" the way dietary needs were communicated to kitchen staff. "⟦d:c|We are deeply sorry for Mrs Pask's death and we accept that on this occasion our systems failed her,⟧" the company said.
Recording a narrative conclusion, Mrs Gilchrist said the failure to give Mrs Pask the correct diet had "⟦p:b|more than minimally contributed⟧" to her death.
"⟦d:b|It is clear to me that the information was there. It simply did not reach the people who needed it at the moment it mattered,⟧" she said.

### 012
@a Luz Marina Restrepo | A Spanish interpreter for 22 years
@b Tomasz Wierzbicki | Her colleague
@c - | A judge
At 8.40 on a Monday morning, Luz Marina Restrepo is already in the basement canteen of Kestle Crown Court, a ring binder of legal glossaries open beside her coffee.
A Spanish interpreter for 22 years, she has worked on everything from shoplifting cases to a six-month murder trial. "⟦d:a|People think we just swap words. But you are carrying someone's whole life across a bridge, and you cannot drop anything,⟧" she says.
Luz Marina, who grew up in Colombia and moved to England at 19, still remembers her first trial.
"⟦d:a|The defendant looked at me and said, 'Señora, dígales que yo no fui.' Tell them it wasn't me. My hands were shaking,⟧" she recalled.
The work has become harder, she says, since fees were cut.
"⟦d:a|Ahora trabajamos más por menos,⟧" she said, then translated herself with a laugh: "⟦d:a|Now we work more for less. That's the same in any language.⟧"
Her colleague Tomasz Wierzbicki, who interprets in Polish and Russian, says many experienced interpreters have left the profession.
"⟦d:b|Five years ago there were twelve of us here regularly. Now there are four,⟧" he said. "⟦d:b|When there is no interpreter, the case is adjourned, and a victim waits another three months.⟧"
Tomasz joked that he had learned more legal vocabulary than most barristers. "⟦d:b|I know what 'autrefois acquit' means. Ask a barrister what 'przedawnienie' means,⟧" he said.
For Luz Marina, the moment that matters most comes at the end of a case.
"⟦d:a|When the verdict is read, I have to say it in Spanish, in the first person, to the defendant's face. Guilty or not guilty, I am the voice they hear,⟧" she said.
A judge once told her she was "⟦p:c|the most important person in the room that nobody notices⟧". She keeps the note he wrote her in her binder.

### 013
@a Seán Ó Súilleabháin | a driver with Westway Coaches Ltd for 11 years
@b Niamh Ní Bhriain | Adjudication Officer
@d Declan Mac Giolla Phádraig | His union representative
@e Gerard Tuohy | The company’s fleet manager
A bus driver who was dismissed after refusing to drive a coach he said had faulty brakes has been awarded €27,500 by the Workplace Adjudication Service.
Seán Ó Súilleabháin, a driver with Westway Coaches Ltd for 11 years, told the service he had reported a “⟦p:a|spongy⟧” brake pedal on a 53-seat coach in Baile an Chnoic on the morning of 8 August 2023.
“⟦d:a|I wasn’t going to put fifty children on a coach I didn’t trust. I’d do the same again tomorrow,⟧” he said.
The company’s fleet manager, Gerard Tuohy, told the hearing the vehicle had been inspected the previous week and found to be roadworthy. He said Mr Ó Súilleabháin had been dismissed for “⟦p:e|gross insubordination⟧” after refusing a direct instruction.
“⟦d:e|We had a school trip waiting. He was told a mechanic would look at it that evening,⟧” Mr Tuohy said.
In her decision, Adjudication Officer Niamh Ní Bhriain found the dismissal was unfair and that the driver had acted out of “⟦p:b|a genuine and reasonable concern for passenger safety⟧”.
“⟦d:b|An employee who declines to drive a vehicle he honestly believes to be unsafe should not be treated as insubordinate. To do so would create an obvious and unacceptable risk to the public,⟧” she wrote.
Speaking in Irish to a local radio station afterwards, Mr Ó Súilleabháin said: “⟦d:a|Ní raibh sé cothrom.⟧” — “⟦d:a|It wasn’t fair.⟧”
His union representative, Declan Mac Giolla Phádraig of the National Transport Workers’ Union, said the decision sent “⟦p:d|a clear message to every operator in the country⟧”.
Westway Coaches said it was studying the decision and would make no further comment.

### 014
@a Bernard Lescure-Delmas | the town's former mayor
@b Anne-Sophie Vautrin | The presiding judge
@c Jérôme Nkoulou | The prosecutor
@d Élodie Marchetti | a former municipal planning officer
The former mayor of Saint-Ambroise-sur-Lèze went on trial on Monday accused of steering nearly €4 million in public contracts to companies run by his friends and relatives.
Bernard Lescure-Delmas, the town's former mayor, who led the council for 19 years before losing his seat in 2020, denies favouritism and misuse of public funds.
«⟦d:a|Je n'ai jamais touché un centime⟧», he told the regional court in Castelvieil. «⟦d:a|I never took a single cent.⟧»
The presiding judge, Anne-Sophie Vautrin, read from a series of text messages in which Mr Lescure-Delmas asked an official to make sure a roofing contract went to «⟦p:a|notre ami Patrice⟧» — «⟦p:a|our friend Patrice⟧».
«⟦d:b|Who is Patrice?⟧» the judge asked.
«⟦d:a|A local businessman. Half the town is my friend, madame la présidente. It is a small town.⟧»
«⟦d:b|And does half the town receive public contracts?⟧»
There was laughter in the public gallery.
Élodie Marchetti, a former municipal planning officer, told the court she had been warned not to ask questions. «⟦d:d|I was told, 'This is not your business, it is politics.' So I kept quiet, and I am not proud of that,⟧» she said.
The prosecutor, Jérôme Nkoulou, said the case revealed «⟦p:c|a system, not a series of accidents⟧». He is expected to make his closing submissions on Thursday.
The trial is scheduled to last two weeks.

### 015
@a Margaret O'Loughlin | Deputy State Coroner
@b Rhys Kettering | Counsel assisting the coroner
@c Brett Cooper | captain of the Wattle Flat brigade
@d Fire and Rescue Warrandale | -
@e Jodie | Mr Maclean's widow
A volunteer fire captain has told an inquest that crews were sent into the path of a fast-moving grassfire with radios that "⟦p:c|dropped out every couple of minutes⟧".
The inquest in Warrandale is examining the death of farmer Ross Maclean, 52, who was killed when the fire front overran his property near Wattle Flat on 11 January last year.
Brett Cooper, captain of the Wattle Flat brigade, said his crew had tried to reach Mr Maclean after he rang emergency services to say he was staying to defend his house.
"⟦d:c|We got to within about 400 metres. The smoke was so thick you couldn't see the bonnet of the truck. I made the call to pull back, and I've had to live with that,⟧" he said.
Counsel assisting the coroner, Rhys Kettering, asked whether the brigade had received the updated fire map before heading out.
"⟦d:c|No. We were working off what we could see out the windscreen,⟧" Mr Cooper said.
"⟦d:b|So the information existed at the incident control centre, but it didn't reach you?⟧"
"⟦d:c|That's my understanding, yes.⟧"
In a written statement tendered to the court, Fire and Rescue Warrandale said radio coverage in the area had since been upgraded with two new repeater towers. "⟦d:d|We acknowledge the communication difficulties experienced on the day and we have acted on them,⟧" the statement said.
Deputy State Coroner Margaret O'Loughlin thanked Mr Cooper for his evidence. "⟦d:a|It's obvious this has weighed on you. Nothing I've heard suggests you did anything other than what you reasonably could,⟧" she told him.
Outside court, Mr Maclean's widow, Jodie, said: "⟦d:e|Ross knew that land better than anyone. He wasn't reckless. He just ran out of time.⟧"
"⟦d:e|I want to know why the people fighting that fire didn't have what they needed,⟧" she added.

### 016
@a Paul Derwent | a use-of-force trainer called as an expert by the force
@b Mark Hollis | The officer
@c Simon Arkwright | the legally qualified chair
@d Gemma Lyall | -
@e Nathan Osei | -
A police officer who was filmed kneeling on a teenager's neck during an arrest in Dunmere has been dismissed without notice after a misconduct panel found he had used "⟦p:c|wholly disproportionate⟧" force.
The officer, PC Mark Hollis, had denied gross misconduct over the arrest of Nathan Osei, then 17, outside a takeaway on Harbour Street in August 2022.
Footage filmed by a passer-by and played at the hearing shows PC Hollis pinning the teenager to the pavement for almost two minutes while Nathan repeatedly says: "⟦d:e|I'm not fighting you.⟧"
Gemma Lyall, presenting the case for the force, told the panel: "⟦d:d|The teenager was face down, handcuffed and compliant. There was no justification whatsoever for the knee.⟧"
Giving evidence, PC Hollis said he had believed Nathan was reaching for a weapon.
"⟦d:b|It was dark, he was twisting, and I'd been told there might be a knife. I made a split-second decision,⟧" he said.
Asked by Ms Lyall why he had kept his knee in place after the handcuffs were on, he replied: "⟦d:b|I don't accept it was on his neck. It was across his shoulder blade.⟧"
Chief Inspector Paul Derwent, a use-of-force trainer called as an expert by the force, told the hearing the footage showed "⟦p:a|pressure clearly applied to the neck⟧". "⟦d:a|That is not a technique we teach, and it is not a technique anyone should use,⟧" he said.
Announcing the panel's decision, the legally qualified chair, Simon Arkwright, said the officer's account was "⟦p:c|not supported by the footage⟧".
"⟦d:c|PC Hollis has shown little insight into the seriousness of what he did. Public confidence in policing could not be maintained if he remained in the job,⟧" he said.
Nathan, now 19, said in a statement released through his solicitor: "⟦d:e|I still have nightmares about that night. I'm glad the panel believed what everyone could see with their own eyes.⟧"
PC Hollis has 28 days to lodge an appeal.

### 017
@a Oliver Strand | -
@b Edward Falk | the author of the Fenmouth Watch blog
@c Jonathan Pirie | -
@d Hamish Lowther | -
@e Aldine | the judge
A property developer told the High Court he was “⟦p:a|treated like a criminal in my own town⟧” after a blogger accused him of bribing councillors to win planning permission.
Oliver Strand, 57, is suing Edward Falk, the author of the Fenmouth Watch blog, over a series of posts published in 2022 which claimed he had “⟦p:b|bought⟧” approval for a 400-home development on the edge of Fenmouth.
Mr Falk denies defamation and says his posts were substantially true and in the public interest.
Cross-examined by Hamish Lowther, for Mr Falk, Mr Strand denied ever offering anything to a councillor.
“⟦d:d|You paid for the planning committee chairman’s holiday in Portugal, didn’t you?⟧” Mr Lowther asked.
“⟦d:a|I did not. He was a guest at my daughter’s wedding, which happened to be in Portugal. So were sixty other people,⟧” Mr Strand replied.
“⟦d:d|And you paid for his flights.⟧”
“⟦d:a|I paid for a lot of people’s flights. It was my daughter’s wedding.⟧”
Jonathan Pirie KC, for Mr Strand, had told the court earlier that his client’s business lost two contracts as a result of the posts. “⟦d:c|These were not robust political comments. They were allegations of crime, made without a shred of evidence,⟧” he said.
When Mr Lowther suggested that Mr Strand had “⟦p:d|a habit of generosity towards people with power⟧”, Mr Justice Aldine intervened.
“⟦d:e|I think the point has been made, Mr Lowther,⟧” the judge said.
Mr Falk is expected to give evidence on Thursday. Outside court he told reporters he was “⟦p:b|looking forward to it⟧”.

### 018
@a - | the jury
@b Imran Qureshi | Assistant coroner
@c Correctional Services Directorate | -
@d Yvonne Blake | Jordan's mother
@e Dean Forsyth | a prison officer
@f Jordan Blake | -
An inquest jury has found that failures by staff at HMP Rylands "⟦p:a|more than minimally contributed⟧" to the death of a 24-year-old inmate who was left alone in his cell despite being on suicide watch.
Jordan Blake was found hanged in his cell on the prison's C wing on 6 May 2023, two days after he told a nurse he had "⟦p:f|had enough⟧".
During the two-week hearing at Rylands Coroner's Court, a prison officer, Dean Forsyth, admitted he had not carried out two of the hourly observations required that night.
"⟦d:e|We had three officers for 140 prisoners. I was dealing with a fight on the landing. I'm not saying that makes it all right,⟧" he said.
In its conclusion, the jury said the observations had been "⟦p:a|inadequate and poorly recorded⟧" and that there had been a "⟦p:a|lack of effective communication⟧" between healthcare and wing staff.
Assistant coroner Dr Imran Qureshi said he would issue a report to prevent future deaths. "⟦d:b|What troubles me most is that Jordan told people he was struggling, and the people he told did what they were supposed to do. The system around them did not,⟧" he said.
Jordan's mother, Yvonne Blake, said: "⟦d:d|My son was in prison to be punished, not to die. He asked for help and he was let down. Nobody has said sorry to me. Not one person.⟧"
The Correctional Services Directorate said: "⟦d:c|Our thoughts remain with Mr Blake's family. We will consider the jury's findings and the coroner's report carefully.⟧" It said staffing at the prison had "⟦p:c|improved significantly⟧" since 2023.

### 019
@a Claire Munro | the senior investigating officer
@b Ian and Sue Cartwright | Bethany's parents
@c Okafor-Lane | The judge
@d Scott Varley | -
@e Deborah Finch | -
A man who stabbed his former partner 23 times in front of her young son has been found guilty of murder.
Scott Varley, 35, killed Bethany Cartwright, 29, at her flat in Elmsworth on New Year's Eve 2023, weeks after she ended their relationship and reported him to police for harassment.
A jury at Elmsworth Crown Court took less than three hours to convict him. As the verdict was read, Varley shouted from the dock: "⟦d:d|This is a stitch-up!⟧" He was led away by security officers.
The judge, Mrs Justice Okafor-Lane, adjourned sentencing until Friday, telling Varley he faced a life sentence with a "⟦p:c|very substantial⟧" minimum term.
In a statement read outside court by the senior investigating officer, Detective Inspector Claire Munro, Bethany's parents, Ian and Sue Cartwright, said:
"⟦d:b:m|Beth was a wonderful mum, a loyal friend and the funniest person we knew. She did everything right. She told the police, she changed her locks, she told her friends. And he still came for her.⟧
"⟦d:b|Her little boy will grow up without his mother. We ask everyone to remember Beth for how she lived, not for what that man did to her.⟧"
DI Munro added: "⟦d:a|Bethany was let down by the man who claimed to love her. Varley is a controlling and violent individual and I'm glad he will now face the consequences.⟧"
Deborah Finch, of the Eastern Prosecution Service, said Varley had tried to persuade the jury that Ms Cartwright had "⟦p:d|come at him first⟧". "⟦d:e|The evidence showed that was a lie. He went to that flat with a knife and with one intention,⟧" she said.

### 020
@a Raymond Achterberg | counsel for the bereaved families
@b Peter Whitely | -
@c Alan Greaves | The inquiry’s chairman
@d Mark Ojukwu | Counsel to the inquiry
Lawyers for the families of the eleven people who died when a temporary stand collapsed at the Castlegate Show in 2021 have urged a public inquiry to find that the council “⟦p:a|put income before safety⟧”.
In closing statements on Monday, Raymond Achterberg KC, counsel for the bereaved families, said the evidence had shown that warnings from the council’s own safety advisory group were “⟦p:a|ignored, minimised or lost⟧”.
“⟦d:a|Eleven people went to a county show on a summer afternoon and never came home. Every one of those deaths was avoidable,⟧” he told the inquiry.
He was followed by Peter Whitely KC, for Castlegate Council, who said the authority accepted it had made “⟦p:b|serious mistakes⟧” but rejected any suggestion that it had knowingly put the public at risk.
“⟦d:b|No one at the council wanted anything other than a safe show. The failures were failures of process, not of conscience,⟧” Mr Whitely said.
Mr Achterberg, responding, said that distinction would mean “⟦p:a|very little⟧” to the families.
Counsel to the inquiry, Mark Ojukwu, reminded the panel that the stand’s designer had told the inquiry he was never shown the final layout. “⟦d:d|That evidence was not challenged by any core participant,⟧” he said.
The inquiry’s chairman, Sir Alan Greaves, said he expected to publish his report in the spring.
“⟦d:c:m|I want to thank the families, who have sat through every day of this inquiry with great dignity.⟧
“⟦d:c|I know that nothing I write can give them back what they have lost. What I can do is set out, as clearly as I am able, what happened and why.⟧”

### 021
@a Amara Okonkwo-Reid | -
@b Giles Pemberton | a senior partner at the firm
@c Pemberton Crane LLP | a commercial law firm in Hollinsford
@d Rhiannon Pugh | Employment Judge
@e Callum Hart | A fellow trainee
A trainee solicitor was racially harassed by a senior partner who described her in a WhatsApp group as "⟦p:b|the diversity hire⟧", an employment tribunal has found.
Amara Okonkwo-Reid, 27, brought claims of race discrimination and harassment against Pemberton Crane LLP, a commercial law firm in Hollinsford, after leaving in 2023.
The tribunal was shown messages sent by Giles Pemberton, a senior partner at the firm, to a group of colleagues. In one, sent after Ms Okonkwo-Reid queried a bonus decision, he wrote: "⟦d:b|Here we go. Someone's been reading up on her rights again.⟧"
In another he wrote: "⟦d:b|Just smile and nod and she'll go away.⟧"
Giving evidence, Mr Pemberton said the messages were "⟦p:b|banter⟧" and had been "⟦p:b|taken out of context⟧". Asked by the tribunal what the context was, he said: "⟦d:b|A private chat between friends, which was never meant to be seen by her.⟧"
A fellow trainee, Callum Hart, told the tribunal he had left the group after the messages. "⟦d:e|I was embarrassed to be in it. Everyone knew who they were about,⟧" he said.
Employment Judge Rhiannon Pugh, sitting with two lay members, rejected Mr Pemberton's explanation entirely.
"⟦d:d|The claimant was a junior employee. Mr Pemberton was one of the most senior people in the firm. The messages were demeaning and they related to her race. The fact that she was not meant to see them does not assist him,⟧" the judgment said.
Ms Okonkwo-Reid, who now works for a legal charity, said: "⟦d:a|I went into law believing it was a profession about fairness. I hope this helps the next young woman who walks into a firm like that.⟧"
Pemberton Crane said it had "⟦p:c|taken action⟧" and that Mr Pemberton had retired from the partnership in January.

### 022
@a Konrad von Stetten-Ahrens | a former fund manager
@b Alice Boateng | District Judge
@c Laura Mbeki-Stone | -
@d Edward Quayle | -
A German financier wanted over a €60 million investment fraud has told a court he will ``⟦p:a|not receive a fair trial⟧'' if he is sent back.
Konrad von Stetten-Ahrens, 61, a former fund manager, is fighting extradition on the grounds that pre-trial detention in Germany would breach his human rights because of his heart condition.
Giving evidence at Westgate Magistrates' Court, Mr von Stetten-Ahrens, who speaks fluent English, at one point switched to German to address the court directly.
``⟦d:a|Ich bin kein Betrüger. Ich bin krank,⟧'' he said. ``⟦d:a|I am not a fraudster. I am ill.⟧''
Laura Mbeki-Stone, for the German authorities, said the requesting state had given assurances about medical care in custody. ``⟦d:c|Those assurances are specific and they are reliable. This court has no basis for doubting them,⟧'' she said.
Edward Quayle, for Mr von Stetten-Ahrens, told District Judge Alice Boateng that his client had already suffered two heart attacks. ``⟦d:d|He is 61 and gravely unwell. Eighteen months on remand could kill him,⟧'' he said.
The judge asked whether any doctor had examined him since his arrest. ``⟦d:b|I have read a great deal of correspondence. What I have not seen is a recent medical report,⟧'' she said.
Mr Quayle said one would be filed within a fortnight. The hearing was adjourned until 14 November.

### 023
@a Pieter van den Broek | a consultant anaesthetist at Hallowfield General Hospital
@b Susan Eldridge | The tribunal chair
@c Nicola Barden | -
@e Hallowfield General Hospital | -
A consultant anaesthetist who fell asleep during a routine knee operation has been suspended for nine months.
Dr Pieter van den Broek, a consultant anaesthetist at Hallowfield General Hospital, admitted nodding off for "⟦p:a|perhaps a minute or two⟧" during surgery in March 2023, a fitness-to-practise tribunal heard.
The patient, a 68-year-old man, suffered a drop in blood pressure but made a full recovery.
Nicola Barden, for the Medical Standards Council, said a theatre nurse had noticed the doctor's head "⟦p:c|dropping forward⟧" and had to call his name twice.
Dr van den Broek told the tribunal he had been working a run of night shifts to cover gaps in the rota. "⟦d:a|That is an explanation, not an excuse. I let that patient down and I let my colleagues down,⟧" he said.
"⟦d:a|I have not worked a night shift before a day list since, and I never will again.⟧"
The tribunal chair, Susan Eldridge, said: "⟦d:b:m|We accept that Dr van den Broek is a capable clinician who was working under pressure created in part by his employer.⟧
"⟦d:b|But an anaesthetist is the guardian of an unconscious patient. Falling asleep in that role is a very serious departure from the standards expected, and a sanction is required to maintain public confidence.⟧"
Hallowfield General Hospital said it had "⟦p:e|reviewed its rota arrangements⟧".

### 024
@a Patricia Huang-Mercer | Circuit Judge
@b Denise Albright | Kayla's mother
@c Tyler Brooks | -
@d Raymond Ochoa | His attorney
@e Sheila Tran | Deputy District Attorney
HOLLIS COUNTY, Ardena — A 22-year-old man who killed a high school senior while driving drunk and live-streaming on social media was sentenced Friday to 14 years in prison.
Tyler Brooks pleaded guilty in August to vehicular manslaughter in the death of Kayla Albright, 17, who was struck while walking home from a friend's house in Millbrook in March 2024.
In court Friday, Kayla's mother, Denise Albright, faced Brooks from the lectern and held up a photograph of her daughter in her prom dress.
"⟦d:b|This is what you took. She was going to study nursing. She picked out this dress herself and she never got to wear it,⟧" she said.
"⟦d:b|I don't forgive you. Maybe someday. Not today.⟧"
Deputy District Attorney Sheila Tran told the court that Brooks' blood alcohol content was more than twice the legal limit and that he was streaming to his followers at the moment of the crash. "⟦d:e|He was performing for an audience while he drove a two-ton vehicle through a residential street,⟧" Tran said.
Brooks, dressed in an orange jumpsuit, turned to face the Albright family. "⟦d:c|I'm sorry. I know that doesn't mean anything to you. I think about Kayla every day,⟧" he said, his voice breaking.
His attorney, Raymond Ochoa, had asked for a sentence of eight years, citing his client's age and lack of criminal history.
Circuit Judge Patricia Huang-Mercer said she had taken Brooks' remorse into account. "⟦d:a|But remorse does not bring Kayla home. The message has to be clear to every young person in this county: if you drink, you do not drive,⟧" she said.
Ochoa said after the hearing that his client "⟦p:d|accepts the court's decision⟧" and would not appeal.

### 025
@b Martin Lowell | Judge Advocate
@c Deborah Ince | Major
@d Aisha Fenn | Private
@e Luke Abara | Tasker's defending officer
A soldier who sent a junior colleague dozens of sexually explicit messages has been demoted and dismissed from the Army after a court martial at Caddington Military Court Centre.
Lance Corporal Ryan Tasker, 26, of the 4th Battalion, the Wessex Rifles, admitted disgraceful conduct of an indecent kind.
Major Deborah Ince, prosecuting, said Tasker sent Private Aisha Fenn more than 60 messages over three months in 2023, including photographs, despite her asking him to stop.
"⟦d:c|She told him, in terms, 'I don't want this.' He carried on,⟧" Maj Ince said.
In a statement read to the court, Pte Fenn said she had considered leaving the Army. "⟦d:d|I joined up to serve my country. I didn't think I'd spend my first year dreading my phone,⟧" she wrote.
Tasker's defending officer, Captain Luke Abara, said his client had been "⟦p:e|drinking heavily⟧" after an operational tour and was "⟦p:e|mortified⟧" by his behaviour.
Sentencing, Judge Advocate Martin Lowell told Tasker: "⟦d:b|You were in a position of seniority over her. You abused it. The Army has made clear that this behaviour has no place in the service, and that message must be heard.⟧"
Tasker, who stood to attention throughout, said nothing.

### 026
@a Marie-Claude Thériault | Chief Justice
@b Lucie Arsenault | president of the Conseil scolaire francophone du Bellerive
@c Justice Department | -
@d Alan McGarrigle | Justice
The Court of Appeal of Bellerive has ordered the provincial government to build two new French-language schools, ruling that years of underfunding breached the constitutional rights of francophone families.
In a 2–1 decision released Thursday, Chief Justice Marie-Claude Thériault wrote that the province had treated its obligations to the French-speaking minority as “⟦p:a|an afterthought⟧”.
“⟦d:a|Children in Port-Léger have been taught in portable classrooms for eleven years. The Charter does not permit a government to make minority-language rights wait indefinitely for a convenient budget,⟧” she wrote for the majority.
In dissent, Justice Alan McGarrigle said the remedy “⟦p:d|strays into matters of policy that belong to the legislature⟧”.
Lucie Arsenault, president of the Conseil scolaire francophone du Bellerive, which brought the case, welcomed the ruling. “⟦d:b|C’est une victoire pour nos enfants,⟧” she said. “⟦d:b|It’s a victory for our children.⟧”
“⟦d:b|We have been patient for a very long time. Now we need shovels in the ground,⟧” she added.
The provincial Justice Department said in an email that it was “⟦p:c|reviewing the decision carefully⟧” and had not decided whether to seek leave to appeal.

### 027
@a Gordon Mackintosh | Sheriff
@c Alasdair Macrae | the company's marine superintendent
@d Morag | Mr Bain's wife
@e Strathvane Ferries Ltd | the operator
A sheriff has ruled that the death of a deckhand who was crushed by a loading ramp at Port Caillich could have been avoided if a second crew member had been posted to watch the mechanism.
Calum Bain, 34, died on the car deck of the MV Eilean Dubh in February 2022.
Publishing his determination after a fatal accident inquiry, Sheriff Gordon Mackintosh said the operator, Strathvane Ferries Ltd, had relied on a procedure that was "⟦p:a|unsafe in its design and unsafe in its practice⟧".
"⟦d:a|Mr Bain was working alone at a hazardous point of the vessel in darkness and rain. A simple precaution, namely a second person with a line of sight to the ramp, might reasonably have prevented his death,⟧" the sheriff wrote.
During the inquiry, the company's marine superintendent, Captain Alasdair Macrae, had told the court that the one-person procedure had been used "⟦p:c|for twenty years without incident⟧".
Strathvane Ferries said in a statement that it had introduced a two-person rule in March 2022. "⟦d:e|The loss of Calum is felt by everyone who knew him across our fleet,⟧" it said.
Mr Bain's wife, Morag, said: "⟦d:d|Twenty years without incident is not the same thing as safe. Calum paid for that difference with his life.⟧"

### 028
@a Rebecca Stahl | Assistant U.S. Attorney
@b Jordan Vance-Ebeling | The founder of battery start-up Lumenrix
@c Priyanka Sethi | Lumenrix's former head of engineering
@d Alan Greenbaum | defense lawyer
@e - | A person familiar with the defense strategy
HARBOR CITY, Calvera — The founder of battery start-up Lumenrix knew its flagship cell, marketed as the "⟦s:-|Everdrive⟧", was overheating in tests months before he told investors it was "⟦p:b|ready for the road,⟧" a former engineer testified on Wednesday.
Priyanka Sethi, Lumenrix's former head of engineering, told jurors in federal court that she warned Jordan Vance-Ebeling in writing in November 2021 that the cells had failed thermal tests "⟦p:c|on three separate occasions.⟧"
"⟦d:c|He read it. He replied within ten minutes,⟧" Sethi said.
According to an exhibit shown to the jury, Vance-Ebeling replied: "⟦d:b|Understood. Let's not put numbers in email. Call me.⟧"
Vance-Ebeling, 39, has pleaded not guilty to wire fraud and securities fraud. Prosecutors say he raised more than $410 million from investors on the strength of test results he knew to be misleading.
Under cross-examination, defense lawyer Alan Greenbaum asked Sethi whether early test failures were normal in battery development.
"⟦d:c|Early failures, yes. Failures you hide from the people paying for it, no,⟧" she said.
"⟦d:d|Move to strike,⟧" Greenbaum said. The judge denied the motion.
A person familiar with the defense strategy said Vance-Ebeling was expected to testify in his own defense. "⟦d:e|He wants the jury to hear it from him,⟧" the person said.
Assistant U.S. Attorney Rebecca Stahl told jurors in her opening statement that the case was "⟦p:a|about a choice, made over and over, to say what investors wanted to hear.⟧"

### 029
@a Terence Hollins | -
@b Brian Eckersley | the council's director of social services from 1981 to 1994
@c Fatima Rahimi | Counsel to the inquiry
@d Helen Stroud | The inquiry chair
A man who was abused as a child at a council-run children's home has told an inquiry that staff who reported concerns were "⟦p:a|moved on, never the abusers⟧".
Terence Hollins, 61, who has waived his right to anonymity, lived at Ravenscar House in Dunford between 1972 and 1978. He told the Dunford Children's Homes Inquiry he was first assaulted by a member of staff two weeks after he arrived, aged nine.
"⟦d:a|I told a teacher at school. She wrote something down. The next week she wasn't at the school any more, and I never saw her again,⟧" he said.
"⟦d:a|After that I learned to keep my mouth shut. We all did.⟧"
Counsel to the inquiry, Fatima Rahimi, asked Mr Hollins what he hoped the inquiry would achieve.
"⟦d:a|The truth written down somewhere official, so nobody can say it didn't happen,⟧" he replied.
Later, Brian Eckersley, the council's director of social services from 1981 to 1994, said he had "⟦p:b|no recollection⟧" of complaints about Ravenscar House reaching his desk.
"⟦d:c|You were sent a letter in 1983 by a residential social worker which set out specific allegations. It has your initials on it,⟧" Ms Rahimi said.
"⟦d:b|Then I must have seen it. I simply don't remember it. I'm 84,⟧" Mr Eckersley replied.
"⟦d:c|Do you accept that nothing was done?⟧"
"⟦d:b|I accept that I can find no record of anything being done.⟧"
The inquiry chair, Professor Helen Stroud, thanked both witnesses. "⟦d:d|I know how difficult it is to come here and speak about these events, for very different reasons,⟧" she said.

### 030
@a Leon Afolabi | District Judge
@b Rosa Ferreira-Lund | a climate activist
@c Hugo Banbury | a retired vicar
@d Yasmin Cole | The prosecutor
@e Last Harvest | -
Four climate protesters who glued themselves to the doors of an oil company's headquarters in Castleford Square have been found guilty of criminal damage.
The group, members of the campaign group Last Harvest, unfurled a banner reading "⟦s:-|Your profits, our funerals⟧" before attaching themselves to the glass doors of Varn Energy on 3 April.
Supporters outside chanted "⟦s:-|No new oil⟧" as the defendants arrived at Castleford Magistrates' Court on Tuesday.
Rosa Ferreira-Lund, 23, a climate activist, told the court: "⟦d:b|I have tried every lawful means there is. I have written letters, I have marched, I have voted. Nobody is listening.⟧"
Hugo Banbury, 71, a retired vicar, said he had acted "⟦p:c|out of conscience⟧". "⟦d:c|I could not look my grandchildren in the eye if I had done nothing,⟧" the 71-year-old said.
The prosecutor, Yasmin Cole, said the damage to the doors had cost more than £14,000 to repair. "⟦d:d|Strength of belief is not a defence to criminal damage,⟧" she said.
Finding all four guilty, District Judge Leon Afolabi said he did not doubt their sincerity. "⟦d:a|But the law applies to everyone, whatever their cause. You chose to break it, and you must accept the consequences,⟧" he said.
Each was given a 12-month conditional discharge and ordered to pay a share of the cost of the damage.
In a statement, Last Harvest said: "⟦d:e|Four people of conscience have been convicted today. Varn Energy, meanwhile, has posted record profits.⟧"
Varn Energy did not respond to a request for comment.

### 031
@a - | A police source
@b - | One neighbour
@c Castlemoor Police | -
@d Harriet Lomax | District Judge
@e - | the boy
A 15-year-old boy has been charged with manslaughter after a pensioner died following an altercation at a bus stop in Kelham.
The boy, who cannot be named for legal reasons, appeared at Kelham Youth Court on Saturday. He spoke only to confirm his name, age and address.
District Judge Harriet Lomax remanded him into youth detention accommodation. "⟦d:d|You will appear at Kelham Crown Court on Monday. Do you understand?⟧" she asked him.
"⟦d:e|Yes,⟧" the boy replied.
Dennis Harker, 79, was taken to hospital with a head injury after he was pushed to the ground on Wednesday evening. He died the following day.
Castlemoor Police said: "⟦d:c|Our thoughts are with Mr Harker's family at this extremely difficult time. We would ask people not to speculate on social media about the identity of the boy.⟧"
A police source said officers had identified the boy from CCTV within hours. "⟦d:a|It was very quick. There was a lot of footage,⟧" the source said.
One neighbour, who did not want to be named, described Mr Harker as "⟦p:b|a gentleman who'd do anything for anyone⟧". "⟦d:b|He fed the birds every morning. He'd wave at every car,⟧" she said.

### 032
@a Sunita Rao | The assistant coroner for Ravensmoor
@b Kian | One of his friends
@c Mark Doherty | Ethan's father
@e Greystone Aggregates | -
@f Ethan Doherty | -
A 15-year-old boy who drowned at a disused quarry had told his friends he was ``⟦p:f|a strong swimmer⟧'' before jumping in, an inquest has heard.
Ethan Doherty died at Hollin Quarry, near Ravensmoor, on 23 July last year, the hottest day of the summer.
One of his friends, Kian, who was with him that afternoon, told the inquest the water was ``⟦p:b|freezing, even though it was boiling outside⟧''.
``⟦d:b|He jumped off the ledge and came up laughing. Then he went quiet and he went under. We thought he was messing about,⟧'' Kian said.
The assistant coroner for Ravensmoor, Dr Sunita Rao, asked him whether anyone had seen the warning signs at the quarry's entrance.
``⟦d:b|There's one sign, but the fence has been down for years. Everyone goes there,⟧'' he said.
Greystone Aggregates, which owns the site, said in a written statement that it had repaired the fencing ``⟦p:e|on numerous occasions⟧'' and that it was repeatedly vandalised.
Recording a conclusion of misadventure, Dr Rao said: ``⟦d:a|Cold water shock can overwhelm anyone, however fit, however confident. I would urge every parent to have that conversation with their children before this summer.⟧''
Ethan's father, Mark Doherty, said his son had been ``⟦p:c|fearless, and that was the trouble⟧''. ``⟦d:c|If one kid stays out of that quarry because of what happened to Ethan, then something good has come out of it,⟧'' he said.

### 033
@a Richard Tolland | -
@b Aaron Whitlock | -
@c Gareth Price-Jones | his barrister
A man accused of running a county lines drug operation from his grandmother's flat told a jury that 2,000 text messages found on his phone were "⟦p:b|just banter with mates⟧".
Aaron Whitlock, 24, denies conspiracy to supply class A drugs. Prosecutors say he controlled a phone line, known to users as the "⟦s:-|Jazz line⟧", that sold heroin and crack cocaine in Halsey between 2021 and 2023.
Giving evidence in his own defence at Halsey Crown Court, Whitlock was taken through the messages by his barrister, Gareth Price-Jones.
"⟦d:c|What does 'two and two' mean?⟧" Mr Price-Jones asked.
"⟦d:b|It means two and two. Like, meet at two, be there for two minutes,⟧" Whitlock replied.
Cross-examining, Richard Tolland, prosecuting, put it to him that the phrase referred to two wraps of heroin and two of crack cocaine.
"⟦d:a|You know that, don't you, Mr Whitlock?⟧"
"⟦d:b|No.⟧"
"⟦d:a|Then why was the message sent from the Jazz line at 3am to a man who, within the hour, was found with exactly that on him?⟧"
"⟦d:b|I don't know who sent it. Loads of people used that phone.⟧"
Mr Tolland asked him to name one. Whitlock shook his head. "⟦d:b|I'm not a grass,⟧" he said.
The trial continues.

### 034
@a Bridget Oyelaran | The committee’s chair
@b Stuart Kemble | chief executive of Marrow Valley Water
@c Gwen Parry | Committee member
@d - | assembly members
The chief executive of Marrow Valley Water has been accused by assembly members of “⟦p:d|treating rivers as an open sewer⟧” after it emerged that the company discharged raw sewage for more than 41,000 hours last year.
Stuart Kemble, chief executive of Marrow Valley Water, told the Regional Assembly’s environment committee that the figures were “⟦p:b|unacceptable⟧” and that he was “⟦p:b|personally embarrassed⟧” by them.
The committee’s chair, Bridget Oyelaran, asked him whether he would give up his £640,000 bonus.
“⟦d:b|That’s a matter for the remuneration committee,⟧” Mr Kemble said.
“⟦d:a|I’m asking you,⟧” Ms Oyelaran replied.
“⟦d:b|I’ve said I’ll accept whatever decision they make.⟧”
Committee member Gwen Parry, who represents Lower Marrow, read out a message from a constituent whose children had fallen ill after swimming in the river. “⟦d:c|She wants to know why she should pay her water bill. What do I tell her?⟧” she asked.
Mr Kemble said the company was investing £1.2 billion in storm overflows over ten years. “⟦d:b|We will be judged on delivery, and we accept that,⟧” he said.
After the hearing, Ms Oyelaran said: “⟦d:a|We heard a lot of apologies today. What we didn’t hear was a single firm date.⟧”

### 035
@a Marta Kowalczyk | a care worker
@b Derek Holm | Her landlord
@c Lydia Strachan | tribunal judge
A landlord who refused to fix a leaking roof for 14 months has been ordered to repay a year's rent to his tenant.
Marta Kowalczyk, a care worker, told the property tribunal in Denby that water had poured through her bedroom ceiling every time it rained. "⟦d:a|I slept in the living room with my daughter for a whole winter. There was black mould on everything,⟧" she said.
Her landlord, Derek Holm, said he had tried to find a roofer but that "⟦p:b|nobody would come out⟧". "⟦d:b|I'm not a big company. I own two houses. I did what I could,⟧" he told the tribunal.
In a written decision, tribunal judge Lydia Strachan said there was "⟦p:c|no evidence whatsoever⟧" that Mr Holm had contacted any tradesman before the council served an improvement notice.
"⟦d:c|The size of a landlord's portfolio does not alter his legal obligations,⟧" she wrote.

### 036
@a Naomi Haskell | Recorder
@b Victor Mallory | -
@d Jean Pidgeon | Mr Mallory's former neighbour
It was, by any standards, an unusual morning at Thornbury Crown Court.
Victor Mallory, 52, who is charged with harassing his former neighbours, has dismissed three sets of lawyers and is now representing himself. He arrived on Tuesday with four carrier bags of documents and a laminated copy of Magna Carta.
"⟦d:b|I wish to make an application, your honour,⟧" he began.
"⟦d:a|You may address me as madam. What is the application?⟧"
"⟦d:b|That this court has no jurisdiction over me.⟧"
"⟦d:a|That application is refused. Please sit down, Mr Mallory.⟧"
He did not sit down. Recorder Naomi Haskell, who has presided over the case since January, warned him that she would have him removed from court if he continued to interrupt. "⟦d:a|I have been patient. My patience is not unlimited,⟧" she said.
Anil Varma, prosecuting, then called the first witness, Mr Mallory's former neighbour Jean Pidgeon, 77, who told the jury she had received more than 300 letters from him.
"⟦d:d|Some of them were twenty pages long. He wrote about my bins, my hedge, my cat. He called me a 'menace to the street',⟧" she said.
Mr Mallory rose to cross-examine her. "⟦d:b|Is it not the case, Mrs Pidgeon, that your hedge was eleven inches over the boundary?⟧"
"⟦d:d|I have no idea,⟧" she replied. "⟦d:d|I'm 77.⟧"
The trial continues.

### 037
@b - | a newspaper columnist
@c - | A young man I sentenced in about 2009
@d Alf Benning | my first clerk
Judge Malcolm Threlfall retired last month after 22 years on the bench at Mercia Crown Court. He spoke to the Mercia Gazette about sentencing, social media and the case he still thinks about.
Q: What has changed most since you started?
A: The volume of digital evidence. In my first murder trial the jury had a bundle of photographs. In my last one they had 11,000 pages of phone downloads.
Q: You were once described by a newspaper columnist as "⟦p:b|the softest judge in England⟧". Did that hurt?
A: For about a day. My wife had it framed and hung in the downstairs loo.
Q: Is there a case you still think about?
A: A young man I sentenced in about 2009. At the end he turned to me and said, "⟦d:c|You've never been hungry, have you?⟧" He was right. I hadn't.
Q: What advice would you give a new judge?
A: Listen more than you speak. The best advice I ever had was from my first clerk, Alf Benning, who told me: "⟦d:d|Nobody ever lost an appeal by keeping quiet.⟧"

### 038
@a Rosa Elena Quispe Mamani | His mother
@b Andrew Hepplewhite | Senior coroner
@c - | A spokesman for BrightWay Facilities
@d Wilber Quispe | His cousin
The mother of a window cleaner who fell nine storeys from an office building told an inquest through an interpreter that her son had called her the night before to say he was “⟦p:a|scared of the machine⟧”.
Édgar Quispe, 31, who came to Britain from Peru in 2019, died when a cradle he was working in tipped at Dalton House in Bransford on 2 October 2023.
His mother, Rosa Elena Quispe Mamani, travelled from Cusco for the hearing.
“⟦d:a|Mi hijo me dijo: ‘Mamá, esa máquina no está bien’,⟧” she said, holding a photograph of him. Her words were translated as: “⟦d:a|My son told me: ‘Mum, that machine isn’t right.’⟧”
His cousin, Wilber Quispe, who worked alongside him, said the pair had complained to a supervisor about a faulty brake on the cradle. “⟦d:d|The supervisor said it would be fixed on Monday. Édgar died on the Monday,⟧” he said.
A spokesman for BrightWay Facilities told the inquest the company had no record of any complaint. “⟦d:c|Had we been told, the cradle would have been taken out of service immediately,⟧” he said.
Senior coroner Andrew Hepplewhite recorded a conclusion of accidental death and said he would send a report to the safety regulator.
“⟦d:b|I accept the evidence of Mr Quispe’s cousin that a complaint was made. Whether or not it was written down, it should have been acted on,⟧” he said.
At the end of the hearing, Mrs Quispe Mamani thanked the coroner. “⟦d:a|Gracias por escuchar a mi hijo,⟧” she said — “⟦d:a|Thank you for listening to my son.⟧”

### 039
@a Sarah Nwosu | Judge
@b Leah Fenton | Paul's daughter
@d Philip Amadi-Ross | -
@e Owen Pryce | Detective Sergeant
A man who killed a father of three with a single punch outside a takeaway in Wexcombe has been jailed for six years and nine months.
Jake Rowntree, 27, admitted the manslaughter of Paul Fenton, 48, who hit his head on the kerb after being struck on Castle Street in the early hours of 17 June.
Paul's daughter, Leah Fenton, 19, read her victim impact statement from the witness box at Wexcombe Crown Court. "⟦d:b|My dad was walking home. He wasn't even part of the argument. He just asked you to calm down,⟧" she said, looking at Rowntree.
"⟦d:b|You get to come out one day. My dad doesn't.⟧"
Philip Amadi-Ross, mitigating, said Rowntree had "⟦p:d|never been in trouble before⟧" and had handed himself in to police the following morning. "⟦d:d|He will carry this for the rest of his life, and he knows that is nothing compared to what the Fenton family carry,⟧" Mr Amadi-Ross said.
Judge Sarah Nwosu told Rowntree:
"⟦d:a:m|You had been drinking for nine hours. When Mr Fenton, a stranger to you, tried to calm things down, you punched him with full force to the side of the head. He was unconscious before he hit the ground.⟧
"⟦d:a:m|I accept that you did not intend to cause serious harm and that your remorse is genuine. I accept that you handed yourself in.⟧
"⟦d:a|But a single punch can kill. That message is given in this court again and again, and yet young men continue to throw them. A family has lost a husband and a father because of a few seconds of temper.⟧"
Outside court, Detective Sergeant Owen Pryce of Wexcombe Police said: "⟦d:e|Paul Fenton did the decent thing and paid for it with his life. Our thoughts are with Leah and her family.⟧"

### 040
@a Rupert Anand | The Solicitor General
@b Cathcart | -
@c Shreya | Mr Chandra’s widow
A driver who killed a pedestrian while racing another car through a village has had his prison sentence increased after it was ruled unduly lenient.
Connor Bright, 21, was jailed for four years at Ellesford Crown Court in March for causing the death by dangerous driving of Amit Chandra, 33, in Little Weldon.
The Solicitor General, Rupert Anand, referred the case to the Court of Appeal, saying at the time that the original sentence did not “⟦p:a|reflect the gravity of the offending⟧”.
On Tuesday, three judges increased the term to seven years. Lady Justice Cathcart said the sentencing judge had given “⟦p:b|too much weight⟧” to Bright’s youth.
“⟦d:b|This was a deliberate race on a village street at more than twice the speed limit. The offender was not a child, and the consequences were entirely foreseeable,⟧” she said.
Mr Chandra’s widow, Shreya, said the family were “⟦p:c|relieved, but not celebrating⟧”.
“⟦d:c|Seven years, four years, twenty years — none of it brings Amit back. But at least today it feels like the law took his life seriously,⟧” she said.

### 041
@a Yusuf Al-Hashimi | a fire investigator instructed by the prosecution
@b Ingrid Solberg | the barrister
@c Leonard Cray | the owner of La Terrazza on Quay Street
A fire that destroyed a restaurant in Portwell was started deliberately in at least two places, an expert witness has told a jury.
Leonard Cray, 64, the owner of La Terrazza on Quay Street, denies arson with intent to endanger life and fraud. The prosecution says he set the fire in January 2023 to claim on an insurance policy he had increased weeks earlier.
Dr Yusuf Al-Hashimi FIFireE, a fire investigator instructed by the prosecution, told Portwell Crown Court he had found "⟦p:a|two separate and unconnected seats of fire⟧", one in the kitchen and one in a storeroom.
"⟦d:a|Two fires that are not connected do not start by accident at the same time. In my opinion, both were set by hand,⟧" he said.
Cross-examining, Ingrid Solberg KC, for Mr Cray, suggested that an electrical fault in the storeroom could have spread through a ceiling void.
"⟦d:b|You didn't examine the ceiling void, did you, Dr Al-Hashimi?⟧" the barrister asked.
"⟦d:a|It had collapsed. There was nothing left to examine,⟧" he replied.
"⟦d:b|So you can't rule it out.⟧"
"⟦d:a|I can't rule it out completely. I think it very unlikely.⟧"
Mr Cray is expected to give evidence next week. He told police in interview: "⟦d:c|That restaurant was my whole life. Why would I burn my whole life?⟧"

### 042
@a Yonas Tekle | -
@b Hargreave | the judge
@c Department for Borders and Migration | -
@d Kezia Amankwah | His solicitor
@e - | A government source
@f - | a psychiatrist
The detention of an Eritrean man for 14 months while officials tried to deport him was unlawful, the High Court has ruled.
Yonas Tekle, 34, was held at Brackley Immigration Removal Centre from April 2022 until June 2023, despite a psychiatrist warning in October 2022 that his mental health was “⟦p:f|deteriorating rapidly⟧” in detention.
In his judgment, Mr Justice Hargreave said officials had shown “⟦p:b|a striking lack of curiosity⟧” about whether removal was realistic.
“⟦d:b|By the autumn of 2022 there was no realistic prospect of removing Mr Tekle within a reasonable time. From that point onward his detention was unlawful,⟧” the judge said.
His solicitor, Kezia Amankwah of Lantern Law, said: “⟦d:d|Yonas spent more than a year locked up for no lawful reason. He came to this country seeking safety and was treated as a problem to be stored.⟧”
Mr Tekle, in a short statement read by Ms Amankwah, said: “⟦d:a|I am grateful to the judge. I only want to work and to live quietly.⟧”
The Department for Borders and Migration said it was “⟦p:c|disappointed⟧” by the ruling and was considering an appeal. A government source said the department was facing “⟦p:e|dozens⟧” of similar claims.

### 043
@a Peggy Lister | -
@b Dev Chaudhry | the Echo's editor
@c - | A barrister who asked not to be named
@d Bernard Oakes | Retired district judge
For 41 years, if something happened at Lowmoor Magistrates' Court, Peggy Lister wrote it down.
She retires from the Lowmoor Echo this week, having covered, by her own estimate, more than 30,000 cases in a shorthand she claims is still ``⟦p:a|the fastest in the county⟧''.
``⟦d:a|I started when I was 19 and they still had the old dock with the spikes on top. I've seen five clerks, eleven district judges and one streaker,⟧'' she said.
The streaker, she recalled, was a student on a dare in 1988. ``⟦d:a|The magistrate looked at him over his glasses and said, 'Young man, you are not properly dressed for this court.' He got a £20 fine and a round of applause,⟧'' Peggy said.
Dev Chaudhry, now the Echo's editor, started his career sitting beside her on the press bench. ``⟦d:b|She taught me the only rule that matters: get the name right, get the age right, get the address right. Everything else is detail,⟧'' he said.
He joked that she had ``⟦p:b|terrified three generations of trainees⟧''.
Retired district judge Bernard Oakes, who sat at Lowmoor for 16 years, said he had never once had cause to complain about her reports. ``⟦d:d|Which is more than I can say for my own judgments,⟧'' he added.
A barrister who asked not to be named put it more bluntly: ``⟦d:c|If Peggy wasn't in court, you knew nothing much was going to happen.⟧''
Asked what she would miss, Peggy did not hesitate. ``⟦d:a|The people. Not the criminals. Well, some of the criminals.⟧''

### 044
@a Te Aroha Walker | Coroner
@b Hamish Kereama | The expedition's lead guide
@c Sina Fa'alogo | Mr Lemalu's partner
@d Alpine Safety Aotearoa | The organisation
A climber who died in an avalanche on Mt Whakarua was part of a guided party that set out despite a forecast rating the danger "⟦s:-|considerable⟧", a coroner has found.
Daniel Lemalu, 38, an accountant from Wellington, was swept about 300 metres down a gully on 9 September 2022. Two other climbers and their guide survived.
In her findings, released on Wednesday, Coroner Te Aroha Walker said the decision to continue above the hut was "⟦p:a|within the range of reasonable judgement⟧" but that the company's written procedures were "⟦p:a|vague to the point of being unhelpful⟧".
The expedition's lead guide, Hamish Kereama, had told the inquest he dug two snow pits that morning. "⟦d:b|Both were stable. I wouldn't have taken anyone up if I'd seen anything that worried me,⟧" he said.
"⟦d:b|I think about Dan every day. I'll think about him for the rest of my life.⟧"
The coroner recommended that Alpine Safety Aotearoa develop national guidance on go/no-go decisions for guided parties. The organisation said it "⟦p:d|welcomed the recommendation⟧" and would consult guiding companies.
Mr Lemalu's partner, Sina Fa'alogo, said: "⟦d:c|Dan loved the mountains and he trusted the people he was with. I don't blame anyone. I just want the next family to be spared this.⟧"

### 045
@a Retail and Distribution Workers' Union | the union
@b Shauna McBride | -
@c Helen Ashcroft | Judge
@d - | A spokeswoman for Hallamby Stores
@e Kwame Asante-Boateng | the union's general secretary
Supermarket workers who were paid less than warehouse staff have won a key round in their equal pay fight after their employer's appeal was thrown out.
The Employment Appeal Tribunal upheld an earlier ruling that checkout and shop-floor roles at Hallamby Stores, most of them held by women, are of equal value to jobs in the company's distribution centres, which are mostly done by men.
Judge Helen Ashcroft said the original tribunal had been "⟦p:c|entitled, and indeed right⟧" to reach that conclusion.
"⟦d:c|The appellant's criticisms amount, in substance, to a disagreement with findings of fact that were open to the tribunal on the evidence,⟧" she wrote.
The Retail and Distribution Workers' Union, which brought the claims on behalf of more than 9,000 members, said the ruling was "⟦p:a|a landmark⟧". "⟦d:a|Hallamby should stop spending money on lawyers and start paying these women what they are owed,⟧" the union said.
Shauna McBride, who has worked on the tills at Hallamby's Carrow Road store for 17 years, said: "⟦d:b|I lift heavy crates all day, I deal with abuse from customers, I'm responsible for thousands of pounds. And I've been told for years that my job is worth less. Well, it isn't.⟧"
Kwame Asante-Boateng, the union's general secretary, added: "⟦d:e|This is about fairness and it is about the law. The company has lost three times now.⟧"
A spokeswoman for Hallamby Stores said the company was "⟦p:d|disappointed⟧" and was "⟦p:d|considering next steps⟧".

### 046
@a Rowena Blackett | Judge
@b - | another juror
@c - | -
@d Tobias Weir | -
A juror in the trial of two men accused of a £3 million jewellery raid was discharged after she researched the case online, a court has heard.
Judge Rowena Blackett told the remaining eleven jurors at Sandmoor Crown Court on Thursday that the woman had "⟦p:a|quite deliberately⟧" searched for news reports about the defendants.
"⟦d:a|I told you at the start of this trial, and I have told you every day since: you must decide this case only on the evidence you hear in this room. That instruction is not a formality,⟧" she said.
"⟦d:a|What she did could have brought this whole trial to an end. Fortunately, it has not.⟧"
The issue came to light when another juror passed a note to the court clerk. It read, in part: "⟦d:b|I think one of us has been looking things up. She mentioned something that was never said in court.⟧"
Tobias Weir, for the defendant Callum Reece, had applied for the whole jury to be discharged. "⟦d:d|My client is entitled to a jury that has not been contaminated. We cannot know what was said in that jury room,⟧" he said. The judge refused the application.
As the jury filed back in, a shout came from the public gallery: "⟦d:c|Liar!⟧" It was not clear to whom it was directed. The judge ordered the gallery to be cleared.
Reece, 33, and Jamal Ogundipe, 29, deny conspiracy to commit robbery. The trial continues.

### 047
@a Kerry-Ann Mathers | senior coroner for East Holdsworth
@b Neil Okafor | its chief executive
@c Georgia | Ms Hale’s sister
A coroner has warned that more patients will die unless a mental health trust fixes “⟦p:a|chronic⟧” failures in the way it follows up people discharged from hospital.
In a prevention of future deaths report published this week, Kerry-Ann Mathers, senior coroner for East Holdsworth, said the death of Tamsin Hale, 26, had exposed “⟦p:a|a system in which responsibility falls between teams⟧”.
Ms Hale took her own life in March, nine days after she was discharged from the Larchfield Unit. She had been due a follow-up call within 72 hours. It never came.
“⟦d:a:m|During the inquest I heard that the referral was sent to a shared inbox which was not monitored over the bank holiday weekend. No one was aware that Tamsin had not been contacted.⟧
“⟦d:a|In my opinion there is a risk that future deaths will occur unless action is taken,⟧” she wrote.
Holdsworth Community Health Trust has 56 days to respond. In a letter to the coroner, its chief executive, Dr Neil Okafor, wrote that the trust had “⟦p:b|already introduced a named-clinician system⟧” for all discharges.
“⟦d:b|We are profoundly sorry that we did not contact Tamsin when we should have,⟧” he wrote.
Ms Hale’s sister, Georgia, posted on social media after the report was published: “⟦d:c|Sorry doesn’t answer the phone. Make sure the next Tamsin gets her call.⟧”

### 048
@a Colin Ferrars | the planning inspector
@b Rachel Ng | Ashgrove's planning director
@c Tom Bellamy | leader of Fosswick District Council
@d Joan Akers | the 80-year-old
@e Ravi Shah | chairman of Save Wickham Meadows
A planning inquiry into plans for 650 homes on farmland outside the village of Wickham Abbas opened on Tuesday with residents warning that the scheme would "⟦p:e|swallow the village whole⟧".
Ashgrove Homes is appealing against the refusal of planning permission by Fosswick District Council last year.
Opening the inquiry at Wickham Abbas village hall, the planning inspector, Dr Colin Ferrars, told a packed room he would visit the site on Thursday. "⟦d:a|I would ask everyone to bear in mind that I can only take planning matters into account. Strength of feeling, however genuine, is not in itself a reason to refuse,⟧" he said.
Rachel Ng, Ashgrove's planning director, said the district had failed to meet its housing targets for five years running. "⟦d:b|These are homes for local families, including 195 affordable homes. The need is not in dispute,⟧" she said.
Cllr Tom Bellamy, leader of Fosswick District Council, said the council had "⟦p:c|a credible plan⟧" to meet its targets on brownfield sites. "⟦d:c|Building on the meadows is not the only option. It is simply the most profitable one,⟧" he said.
Ravi Shah, chairman of Save Wickham Meadows, said more than 2,300 people had signed objections.
Joan Akers, who has lived in the village for 60 years, told the inspector the meadows flooded "⟦p:d|every single winter⟧". "⟦d:d|I've seen ducks swimming where they want to put the houses,⟧" the 80-year-old said, to laughter.
The inquiry is expected to last eight days.

### 049
@a Luis Ortega-Baird | Port Virgil Mayor
@b Grace Ampofo | Special Prosecutor
@c - | another reporter
PORT VIRGIL, Calvera — A jury on Monday acquitted Port Virgil Mayor Luis Ortega-Baird of all five counts of extortion, ending a two-year legal fight that had consumed his administration.
The verdict came after three days of deliberations. Ortega-Baird, 58, hugged his wife and his attorneys as it was read.
"⟦d:a|I have said from the first day that I did nothing wrong, and twelve citizens of this county have agreed,⟧" he told reporters on the courthouse steps.
Asked by a reporter whether he would seek a third term, Ortega-Baird smiled. "⟦d:a|Ask me tomorrow. Today I'm going home to sleep.⟧"
"⟦d:c|Do you think the prosecution was political?⟧" another reporter called out.
"⟦d:a|I'll let the people of this city draw their own conclusions,⟧" he said.
Special Prosecutor Grace Ampofo said in a statement that her office "⟦p:b|respects the jury's verdict.⟧"

### 050
@a Kevin Adeyemi-Clarke | Postman
@b Lorraine Tapley | -
@c Brian Hulme | Presiding magistrate
@d Northpost | the postman's employer
A dog owner whose two Akitas attacked a postman on her doorstep has been given a suspended prison sentence and banned from keeping dogs for ten years.
Lorraine Tapley, 44, of Ferndown Road, Bexholme, admitted being the owner of dogs dangerously out of control causing injury.
Postman Kevin Adeyemi-Clarke needed 31 stitches in his arm and leg after the attack in May. In a statement read to Bexholme Magistrates' Court, he said: "⟦d:a|I have been delivering post for 19 years and I have never been so frightened. I thought they were going to kill me.⟧"
"⟦d:a|I still cannot walk up a garden path without my heart racing.⟧"
Tapley told magistrates she had left the back gate open by mistake. "⟦d:b|They've never done anything like that before. I'm devastated for him,⟧" she said.
Presiding magistrate Brian Hulme said: "⟦d:c|Your dogs were powerful animals and you had a responsibility to control them. A man doing his job was very badly hurt.⟧"
The dogs will be destroyed. Northpost, the postman's employer, said attacks on its staff had "⟦p:d|risen sharply⟧" and urged owners to keep dogs inside when post is due.

### 051
@a Úna Mac Cárthaigh | the judge
@b Pádraig Ó Dónaill | -
@c Aoife Breathnach | his solicitor
A fisherman jailed for five years for assaulting a man outside a pub in Carraig an Róin has had his sentence reduced by 18 months on appeal.
Pádraig Ó Dónaill, 39, had pleaded guilty to assault causing serious harm to Noel Keaveney in September 2022. Mr Keaveney suffered a fractured eye socket.
Delivering the judgment of the three-judge court, Ms Justice Úna Mac Cárthaigh said the sentencing judge had erred in failing to give “⟦p:a|adequate weight⟧” to Mr Ó Dónaill’s early guilty plea and to the €10,000 he had offered in compensation.
“⟦d:a|The court does not minimise the seriousness of this offence. The injuries were significant and the attack was unprovoked. But the mitigation was real, and it was not properly reflected,⟧” the judge said.
Outside the court, his solicitor, Aoife Breathnach, read a short statement on his behalf. “⟦d:b|I am sorry for what I did to Noel. I think about it every day and I will keep working to make it right,⟧” Mr Ó Dónaill said in the statement.
Ms Breathnach added that her client was “⟦p:c|relieved⟧” and would continue to pay compensation. “⟦d:c|He has never sought to avoid responsibility,⟧” she said.

### 052
@a Gianluca Ferraresi | -
@b Maria Teresa Lo Bianco | The presiding judge
@c Carmine De Santis | The prosecutor
@d Francesca Rinaldi | -
The engineer who signed off safety inspections on a motorway viaduct that collapsed in Castelrosso, killing nine people, told a court on Wednesday that he had warned his superiors about corrosion «⟦p:a|at least three times⟧».
Gianluca Ferraresi, 57, is one of 14 defendants on trial over the collapse of the Valtrebbia viaduct in August 2021. All deny charges including multiple manslaughter.
«⟦d:a|Ho scritto, ho telefonato, ho chiesto soldi per i lavori. Nessuno mi ha risposto,⟧» he told the court. «⟦d:a|I wrote, I phoned, I asked for money for the work. No one answered me.⟧»
The prosecutor, Carmine De Santis, asked why none of those warnings appeared in the inspection reports he had signed.
«⟦d:c|You signed nine reports saying the structure was sound. Were they false?⟧»
«⟦d:a|They reflected the criteria I was given. The criteria were wrong.⟧»
The presiding judge, Maria Teresa Lo Bianco, interrupted to ask Mr Ferraresi to answer the question. «⟦d:b|Were the reports, in your opinion as an engineer, accurate or not?⟧» she asked.
He paused for several seconds. «⟦d:a|Not entirely,⟧» he said.
In the public gallery, Francesca Rinaldi, whose husband was among the dead, wept. She said afterwards: «⟦d:d|Nine people died, and he says 'not entirely'. That is what their lives were worth to these men.⟧»

### 053
@a Adebayo Ogunleye | Her father
@b Folasade Ogunleye | Her mother
@c Emmanuel Eze | the family's pastor
@e Ruth Banner | the hospital's medical director
@f Temitope Ogunleye | a second-year law student at Kingsmere University
A 21-year-old student with sickle cell disease waited more than six hours for pain relief in an emergency department before she died, an inquest has heard.
Temitope Ogunleye, a second-year law student at Kingsmere University, arrived at Kingsmere University Hospital by ambulance on 8 January in what her mother described as "⟦p:b|the worst crisis of her life⟧".
Her father, Adebayo Ogunleye, told the inquest he had repeatedly asked nurses to look at his daughter's care plan, which stated that she needed strong painkillers within 30 minutes.
"⟦d:a|I showed them the letter. I said, 'Please, she has sickle cell, she needs help now.' A nurse told me to sit down and wait our turn,⟧" he said.
Her mother, Folasade Ogunleye, said Temitope had apologised to her for "⟦p:f|making a fuss⟧".
"⟦d:b|My daughter was in agony and she was apologising. That is what she had learned, that if she complained she would be treated as difficult,⟧" she said.
Dr Ruth Banner, the hospital's medical director, accepted that the care plan had not been followed. "⟦d:e|There was a failure to recognise the urgency of Temitope's condition. I apologise to her family without reservation,⟧" she said.
Area coroner Dr Philippa Grange adjourned the inquest until next month to hear from the nurses on duty.
Outside the court, the family's pastor, Emmanuel Eze, led a short prayer. "⟦d:c|We ask for truth, and we ask for change, so that no other family stands where this family stands today,⟧" he said.

### 054
@a Marcus Delacroix-Hale | the society's chief executive from 2014 until its failure in 2022
@c J.R. Okonedo | a former compliance officer
@d Owain ap Rhys | Counsel to the inquiry
The former chief executive of a building society that collapsed owing savers £1.1 billion has told an inquiry he was ``⟦p:a|never shown⟧'' a whistleblower's warning about the firm's commercial loans.
Marcus Delacroix-Hale, the society's chief executive from 2014 until its failure in 2022, was giving evidence to the Hartwell Mutual Inquiry on Wednesday.
Counsel to the inquiry, Owain ap Rhys, read into the record a letter sent to the board in 2019 by J.R. Okonedo, a former compliance officer. ``⟦d:c|I must formally record my view that a significant proportion of the commercial loan book is impaired and that this is not reflected in our accounts,⟧'' Mr Okonedo wrote.
``⟦d:d|The letter was addressed to the board. You were on the board. How could you not have seen it?⟧'' Mr ap Rhys asked.
``⟦d:a|It went to the company secretary. I have no memory of it being tabled,⟧'' Mr Delacroix-Hale said.
``⟦d:d|Is that a denial that you saw it, or a statement that you don't remember?⟧''
``⟦d:a|The second. I'm trying to be accurate.⟧''
The inquiry's chair, Dame Priti Chandrasekhar, asked him whether, with hindsight, he had created a culture in which staff felt able to raise concerns. He said he had ``⟦p:a|tried to⟧''.
Mr Okonedo, who now lives abroad, will give evidence by video link next week.

### 055
@a Kyle Brennan-Moss | -
@b Nathan Gold | His solicitor
@c Eastern Prosecution Service | -
@d Vikram Sethi | Judge
@e Lee Parfitt | -
The prosecution of a man accused of the attempted murder of a doorman collapsed on Monday after the main witness refused to give evidence at his retrial.
Kyle Brennan-Moss, 30, had always denied stabbing Lee Parfitt outside the Mirage nightclub in Hallamby in 2022. His first trial ended last year when the jury failed to reach a verdict.
At Hallamby Crown Court, Judge Vikram Sethi formally directed the jury to return not guilty verdicts after the prosecution offered no further evidence.
“⟦d:d|You are free to go, Mr Brennan-Moss,⟧” the judge told him.
Outside court, Mr Brennan-Moss said he had spent “⟦p:a|two years in limbo⟧”. “⟦d:a|I’ve lost my job, I’ve lost my flat. I want to get on with my life,⟧” he said.
His solicitor, Nathan Gold, said the case should never have been brought. “⟦d:b|The evidence was always thin. Today it simply ran out,⟧” he said.
Mr Parfitt, who was left with a collapsed lung, told the Hallamby Herald last month that he was “⟦p:e|too scared⟧” to go back to court.
The Eastern Prosecution Service said: “⟦d:c|Without the evidence of the complainant there was no longer a realistic prospect of conviction. We understand this will be disappointing for Mr Parfitt and we have spoken to him personally.⟧”

### 056
@a Grace Mwangi | a staff nurse at Wendlebury General Hospital for 12 years
@b Patricia Dunleavy | her ward matron
@c Sinead Farrelly | the trust's head of employee relations
@d Lorna Blake | Employment Judge
@e Zainab Hussain | Ms Mwangi's counsel
A nurse who was disciplined for speaking Swahili to a colleague on a hospital ward was discriminated against, an employment tribunal has found.
Grace Mwangi, a staff nurse at Wendlebury General Hospital for 12 years, was given a written warning in 2023 after her ward matron, Patricia Dunleavy, overheard her chatting with another Kenyan nurse during a break.
Giving evidence, Mrs Dunleavy said the trust's policy required staff to speak English "⟦p:b|in clinical areas⟧". "⟦d:b|Patients need to understand what is being said around them,⟧" she said.
Ms Mwangi's counsel, Zainab Hussain, asked her whether any patient had been present.
"⟦d:b|Not at that moment, no.⟧"
"⟦d:e|So this was two colleagues, on their break, in the staff kitchen?⟧"
"⟦d:b|The staff kitchen is on the ward.⟧"
Sinead Farrelly, the trust's head of employee relations, told the tribunal she had "⟦p:c|relied on the matron's account⟧" in upholding the warning. She accepted that she had not interviewed Ms Mwangi before doing so.
In her judgment, Employment Judge Lorna Blake said the policy had been applied "⟦p:d|in a way no reasonable employer would apply it⟧". "⟦d:d|The tribunal has no doubt that a conversation between two colleagues in French or Welsh in the same kitchen would not have resulted in a disciplinary warning,⟧" she wrote.
Ms Mwangi said: "⟦d:a|I have given my whole career to this hospital. All I wanted was to be treated the same as everyone else.⟧"

### 057
@a Ignacio Albarrán Ruiz | -
@b Carmen Olmedo | Judge
@c Luis Beltrán | Anti-corruption prosecutor
@d Begoña Urquijo | his lawyer
A former regional minister in Valdeoro was sentenced on Friday to six years in prison for taking bribes in exchange for public works contracts.
Ignacio Albarrán Ruiz, 64, who was in charge of infrastructure in the regional government from 2011 to 2017, was also barred from public office for 12 years.
Judge Carmen Olmedo said in her ruling that he had turned his department into «⟦p:b|una agencia de comisiones⟧» — «⟦p:b|a commissions agency⟧».
«⟦d:b|The accused abused the trust placed in him by the citizens of Valdeoro for personal enrichment, over a sustained period and in a calculated manner,⟧» she wrote.
Anti-corruption prosecutor Luis Beltrán had sought nine years. According to Mr Beltrán, the former minister received «⟦p:c|at least 2.3 million euros⟧» through companies registered to relatives.
Albarrán, who has always maintained his innocence, will appeal, according to his lawyer, Begoña Urquijo. «⟦d:d|This is a sentence based on the word of people who bought reduced sentences for themselves,⟧» she told reporters.
Speaking briefly outside court, Albarrán said: «⟦d:a|Soy inocente y lo voy a demostrar.⟧» («⟦d:a|I am innocent and I will prove it.⟧»)

### 058
@a Margaret Holloway | the subcommittee's chairwoman
@b Debra Kincaid | a Republican from Tolland
@c Frank T. Wexler | chief executive of Great Plains & Eastern Railroad
@d Janelle Booker | Mayor
@e - | Lawmakers from both parties
CAPITOL CITY, Ardena — Lawmakers from both parties in the state Senate on Thursday grilled the head of the railroad whose freight train derailed and spilled toxic chemicals in East Corliss, accusing the company of putting "⟦p:e|profits over people.⟧"
"⟦d:a|Your company cut its inspection staff by a third in five years. Your profits went up by half. Explain that to the families of East Corliss,⟧" said Sen. Margaret Holloway, the subcommittee's chairwoman.
Frank T. Wexler, chief executive of Great Plains & Eastern Railroad, said the company had "⟦p:c|never compromised on safety⟧" and would "⟦p:c|make this right.⟧"
"⟦d:c|We have committed more than $80 million to the community, and we will be there as long as it takes,⟧" Wexler said.
Sen. Debra Kincaid, a Republican from Tolland, said residents "⟦p:b|deserve answers, not checks.⟧"
"⟦d:b|Will you commit today to paying for long-term health monitoring for every resident who asks for it?⟧" she asked.
"⟦d:c|We will work with the community on that,⟧" he replied.
"⟦d:b|That's not a yes.⟧"
"⟦d:c|It's not a no, Senator.⟧"
Mayor Janelle Booker of East Corliss, who testified earlier, said afterward that she was "⟦p:d|tired of hearing the word 'commitment.'⟧" "⟦d:d|My residents can't drink a commitment. They need clean wells,⟧" she said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh40.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh40",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
