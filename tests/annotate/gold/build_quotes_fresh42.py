# ruff: noqa: E501
"""Build ``quotes_fresh42.jsonl``: a held-out gold set of quotes from court, inquiry and hearing reports.

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text. Its focus is courts, inquests, public
inquiries, tribunals, sentencing remarks, appeals and committee, disciplinary and
regulatory hearings, as regional papers, national papers and wire services report them.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh42-NNN``.

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

Decisions specific to this set (where the conventions above leave room):

* A statement read out in court by someone else (a solicitor, a prosecutor, a police
  officer) belongs to its author, not to the reader.
* The description is taken from where the name is first given (appositive, role title or
  relational phrase, including participial roles such as ``prosecuting`` or ``for the
  council``); if there is none there, from the cue of the speaker's first quote when that
  cue is a description (including a headline-style lead such as ``A care home manager
  has told …``); else null. Ranks and offices standing before a name (``Sergeant``,
  ``Detective Chief Inspector``, ``Senator``, ``Sen.``, ``Lady Justice``) are role titles.
* An organisation's short form at the cue (``the trust``, ``the council``) is not a
  description; an organisation's description is an appositive or a title before its name
  (``online retailer Parcelbright``).
* Words a court report attributes to a defendant or witness through a lawyer's summary
  (``the prosecutor said he had called the crew "useless"``) belong to whoever first
  said them.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``/work/main/.venv/bin/python tests/annotate/gold/build_quotes_fresh42.py``.
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh42.jsonl")

PASSAGES = """
### 001
@a Kieran Moss | a 41-year-old father of three from Ollerby
@b Rosalind Achterberg | prosecuting
@c Howard Pengelly | Judge
A delivery driver accused of causing the death of a cyclist on the Harrowby bypass told a jury he had "⟦p:a|no chance⟧" of seeing her before the impact.
Kieran Moss, a 41-year-old father of three from Ollerby, denies causing death by careless driving. Lena Fairweather, 29, died at the scene on the afternoon of 14 November last year.
Giving evidence at Lindhurst Crown Court on Tuesday, Mr Moss said the low sun had been "⟦p:a|like a wall of white⟧" as he came out of the bend.
"⟦d:a|I was doing thirty, maybe less. I'd slowed right down because I couldn't see,⟧" he told the court. "⟦d:a|The first thing I knew was the bang.⟧"
Under cross-examination, Rosalind Achterberg, prosecuting, put it to him that he had been looking at the navigation app on his phone.
"⟦d:b|You had a parcel to deliver in Sutton Lane and you were running late, weren't you?⟧" she asked.
"⟦d:a|I was a bit behind, yes. But I wasn't looking at the phone,⟧" Mr Moss replied.
"⟦d:b|The data from your phone shows the screen was unlocked eleven seconds before the collision.⟧"
"⟦d:a|It unlocks itself when the app talks. I didn't touch it.⟧"
Miss Fairweather's mother, Dawn, wept in the public gallery as the exchange continued.
Judge Howard Pengelly reminded jurors that they must not speculate about evidence they had not heard. "⟦d:c|Decide this case on what you hear in this room and nothing else,⟧" he said.
The trial continues.

### 002
@a Felicity Oduya | Senior coroner
@b Justine Rourke | the consultant psychiatrist responsible for Amira’s care
@c Noor Bashir | Amira’s mother
@d North Wealdshire Partnership NHS Trust | -
A coroner has concluded that a 19-year-old student who died after being discharged from a mental health unit in Castlebrook was let down by “⟦p:a|a series of missed opportunities⟧”.
Amira Bashir died in March last year, four days after she left Hartfield House, a 20-bed unit run by the North Wealdshire Partnership NHS Trust.
Senior coroner Felicity Oduya, recording a narrative conclusion at Castlebrook Coroner’s Court on Thursday, said the trust had failed to share a crisis plan with Amira’s GP.
“⟦d:a|Nobody outside the unit knew what Amira had told staff on the night before she left,⟧” the coroner said. “⟦d:a|That information sat in a file that no one else could open.⟧”
The inquest heard from Dr Justine Rourke, the consultant psychiatrist responsible for Amira’s care, who accepted that the discharge meeting had been “⟦p:b|rushed⟧”.
“⟦d:b|We had three admissions waiting that afternoon. I should have pushed back, and I didn’t,⟧” she said.
Asked by the coroner whether the unit now had enough beds, Dr Rourke replied: “⟦d:b|No. It did not then and it does not now.⟧”
In a statement read to the court by the family’s solicitor, Hannah Cleverley, Amira’s mother, Noor Bashir, said her daughter had “⟦p:c|lit up every room she walked into⟧”.
“⟦d:c|We trusted them to keep her safe. We were told she was ready to come home. She was not ready, and they knew it,⟧” the statement said.
The trust said it “⟦p:d|fully accepts⟧” the coroner’s findings and had introduced a new discharge checklist. “⟦d:d|We are deeply sorry that we did not give Amira the care she deserved,⟧” it said.

### 003
@a Giles Ferraby | -
@b Alasdair McTaggart | Counsel to the inquiry
@c Ishbel Grierson | The inquiry chair
@d Tomasz Wierzbicki | a council bridge engineer
@e Stuart Imrie | Mrs Imrie's son
The former chief executive of Drummond Vale Council has told a public inquiry that he was never warned the Kessock footbridge was at risk of collapse.
Giles Ferraby, who led the authority from 2012 to 2020, was giving evidence on the ninth day of the inquiry into the collapse, in which two pedestrians died in February 2022.
Counsel to the inquiry, Alasdair McTaggart KC, showed him an email sent by a council bridge engineer, Tomasz Wierzbicki, in 2018, which described corrosion on the main girders as "⟦p:d|advanced and accelerating⟧".
"⟦d:b|Did you read this email, Mr Ferraby?⟧" Mr McTaggart asked.
"⟦d:a|I have no recollection of reading it,⟧" Mr Ferraby said. "⟦d:a|I received several hundred emails a week. Technical matters were handled by the director of infrastructure.⟧"
"⟦d:b|It was addressed to you by name.⟧"
"⟦d:a|I accept that. I can only tell you what I remember.⟧"
The director of infrastructure at the time, Neil Haddow, is expected to give evidence next week.
The inquiry chair, Lady Ishbel Grierson, intervened to ask whether the council had any system for bringing urgent safety warnings to the attention of senior officers. "⟦d:c|If a warning like this can sit unread in a chief executive's inbox, what was the system for?⟧" she asked.
Mr Ferraby said there had been a "⟦p:a|red flag⟧" procedure but admitted it was "⟦p:a|not used consistently⟧".
Relatives of the two victims, Carol Imrie, 67, and her grandson Rory, 12, watched from the public benches. Outside, Mrs Imrie's son, Stuart Imrie, said the evidence had been "⟦p:e|hard to listen to⟧".
"⟦d:e|Every day we hear another person say it wasn't their job,⟧" he said.

### 004
@a Chloe Varga-Henning | -
@b Almond Tree Hotel Group | -
@c Sandra Kilbride | Employment Judge
@d Petra Lund | Ms Varga-Henning's line manager
A former events manager who was sacked days after telling her boss she was pregnant has won her claims for unfair dismissal and sex discrimination.
Chloe Varga-Henning, 33, worked for the Almond Tree Hotel Group in Portmere for four years before she was dismissed in January 2023 for what the company called "⟦p:b|persistent underperformance⟧".
In a judgment published on Monday, Employment Judge Sandra Kilbride found that the reason given was "⟦p:c|a pretext⟧".
"⟦d:c|There is no contemporaneous record of any concern about the claimant's performance before 3 January, the day she disclosed her pregnancy. There are several such records afterwards,⟧" the judge wrote.
The tribunal heard that Ms Varga-Henning's line manager, Petra Lund, had sent a message to a colleague that evening saying: "⟦d:d|Well that's the summer sorted then.⟧"
Giving evidence in October, Ms Lund said the message had been "⟦p:d|a joke in poor taste⟧" and had nothing to do with the dismissal. "⟦d:d|I regret sending it. I regret it every day,⟧" she told the tribunal.
Judge Kilbride said she did not find Ms Lund's account credible.
Speaking after the judgment, Ms Varga-Henning said she hoped the case would encourage other women to come forward. "⟦d:a|I nearly didn't bring this claim. I'm glad I did,⟧" she said.
The company said it was "⟦p:b|disappointed⟧" and was considering an appeal. "⟦d:b|We take our obligations to all our staff seriously,⟧" it added.

### 005
@a Peter Ashdown-Blyth | Recorder
@b Owen Pryce-Davies | defending
@c Gillian Marsh | The vicar of St Aldhelm's
A former parish treasurer who stole more than £180,000 from a church restoration fund to pay gambling debts has been jailed for four years.
Malcolm Ridgewell, 62, of Upper Tenby Road, Faversley, pleaded guilty to fraud by abuse of position at an earlier hearing.
Passing sentence at Medmarsh Crown Court, Recorder Peter Ashdown-Blyth told him:
"⟦d:a:m|You were trusted absolutely by people who had known you for thirty years. They handed you the keys, the cheque book and the passwords, and you used all three to steal from them.⟧
"⟦d:a:m|This was not a moment of weakness. It went on for six years, and you hid it with care, producing false accounts at every annual meeting.⟧
"⟦d:a|The roof of St Aldhelm's is still covered in tarpaulin. That is your legacy to that parish.⟧"
In mitigation, Owen Pryce-Davies, defending, said his client had been "⟦p:b|consumed by an addiction he hid from everyone, including his wife⟧".
"⟦d:b|He does not ask for sympathy. He knows he deserves none,⟧" Mr Pryce-Davies said. "⟦d:b|But he has co-operated from the first day and has sold his home to repay what he can.⟧"
The vicar of St Aldhelm's, the Rev Gillian Marsh, said outside court that the congregation felt "⟦p:c|betrayed but not broken⟧".
"⟦d:c|We will get that roof fixed, one cake sale at a time,⟧" she joked.
Ridgewell showed no emotion as he was led down to the cells.

### 006
@a Felicity Broadhurst | The chair of the Commons environment committee
@b Gareth Lyle-Ormond | Eastmoor's chief executive
@c Susan Achebe | the company's director of operations
@d Tom Garside | Labour MP
@e Eastmoor Water | -
The chair of the Commons environment committee has told the boss of Eastmoor Water that his company's apology for last summer's sewage spills "⟦p:a|isn't worth the paper it was printed on⟧".
Dame Felicity Broadhurst made the remark as Gareth Lyle-Ormond, Eastmoor's chief executive, gave evidence alongside the company's director of operations, Susan Achebe.
"⟦d:b|I want to begin by apologising again, sincerely, to every customer and every community affected,⟧" Mr Lyle-Ormond said in his opening remarks.
"⟦d:a|You've apologised four times in two years, Mr Lyle-Ormond. In that time you've been paid £2.3 million in bonuses,⟧" Dame Felicity replied. "⟦d:a|Do you understand why people don't believe you?⟧"
"⟦d:b|I understand the anger. I don't accept that the bonuses are connected to the spills.⟧"
Labour MP Tom Garside asked Ms Achebe how many of the company's storm overflows had working monitors.
"⟦d:c|Around eighty-five per cent,⟧" she said.
"⟦d:d|Around?⟧" he asked. "⟦d:d|You're the director of operations. You don't know?⟧"
"⟦d:c|Eighty-four point six per cent as of last month. I'll write to the committee with the exact figures.⟧"
Mr Garside later described the session as "⟦p:d|the most evasive hour I've spent in this building⟧".
Eastmoor Water said after the hearing that it had "⟦p:e|answered every question fully and openly⟧".

### 007
@a Delphine Arceneaux | -
@b Raymond Ocasio | Assistant District Attorney
@c Philip Sandoval | defense attorney
A woman who lived next door to a slain Ridgeport pharmacist testified Monday that she heard two men arguing in his driveway minutes before the shots.
Delphine Arceneaux, 58, told jurors in Calloway County Superior Court that she recognized one of the voices as that of the defendant, Marcus Tellington, 34, who is charged with first-degree murder in the death of Vincent Adeyemi-Hart.
"⟦d:a|I'd heard that voice a hundred times. He used to come by on Sundays,⟧" Arceneaux said.
Assistant District Attorney Raymond Ocasio asked her what she heard next.
"⟦d:a|One of them said, 'You're not walking away from this.' Then two bangs, close together,⟧" she said.
Under cross-examination, defense attorney Philip Sandoval asked how she could be sure of a voice heard through a closed window at night.
"⟦d:c|You were watching television at the time, correct?⟧" Sandoval asked.
"⟦d:a|The TV was on. I wasn't really watching it.⟧"
"⟦d:c|And you'd taken a sleeping pill that evening?⟧"
"⟦d:a|Half of one. I know what I heard.⟧"
Ocasio told reporters outside the courthouse that the prosecution expected to rest its case by the end of the week. "⟦d:b|We're confident in the evidence,⟧" he said.
Sandoval declined to comment. Tellington has pleaded not guilty.

### 008
@a Jean-Baptiste de La Roncière | -
@b Hélène Marchetti-Roux | Presiding judge
@c Olivier Besnard | His lawyer
@d Isabelle Ferrand | The public prosecutor
A court in the French city of Vaucelles has convicted the former mayor of a nearby ski resort of favouritism in the award of a €4 million contract to build a new chairlift.
Jean-Baptiste de La Roncière, 66, who ran Saint-Firmin-les-Neiges for 18 years, was given a two-year suspended sentence and banned from public office for five years.
Presiding judge Hélène Marchetti-Roux said the contract had been «⟦p:b|tailored to a single bidder⟧», a company run by the former mayor's nephew.
«⟦d:b|Vous avez confondu la commune avec votre famille,⟧» she told him as she read out the verdict. «⟦d:b|You confused the commune with your family.⟧»
Mr de La Roncière, who denied wrongdoing throughout the trial, said he would appeal. «⟦d:a|Je n'ai pas touché un centime,⟧» he told reporters on the steps of the courthouse. «⟦d:a|I didn't take a cent.⟧»
His lawyer, Maître Olivier Besnard, called the ruling «⟦p:c|a political verdict⟧». «⟦d:c|The court has punished a man for being efficient,⟧» he said.
The public prosecutor, Isabelle Ferrand, had asked for an 18-month prison term. She said outside court that the sentence nonetheless sent «⟦p:d|a clear message to every elected official in the valley⟧».

### 009
@a Gareth Lowndes | the force's licensing officer for the town
@b Mark Tisbury | Resident
@c Simon Yeardley | solicitor for the licensee
@d Derek Oyelaran | sub-committee chair
A pub at the centre of complaints about late-night noise and fighting has had its licence cut back by councillors.
Members of Brinscombe Borough Council's licensing sub-committee agreed on Monday that the Drover's Rest on Ferry Street must stop serving alcohol at 11pm and close its beer garden at 9pm.
Police had asked for the licence to be reviewed after 14 incidents of disorder in six months. PC Gareth Lowndes, the force's licensing officer for the town, told the hearing: "⟦d:a|We have had officers assaulted outside these premises twice since May. That is not a situation we can keep managing at weekends with the numbers we have.⟧"
Resident Mark Tisbury, who lives opposite, said he had not slept properly "⟦p:b|in about a year⟧".
"⟦d:b|My kids have watched grown men rolling around in the road at one in the morning. I've started recording it on my phone,⟧" he said.
Simon Yeardley, solicitor for the licensee, Kevin Doble, argued that most of the trouble started elsewhere in the town centre.
"⟦d:c|People are arriving at the Drover's already drunk. My client can't be blamed for what the other bars on Ferry Street are serving,⟧" Mr Yeardley said.
Asked by sub-committee chair Cllr Derek Oyelaran whether Mr Doble would install more CCTV, he said: "⟦d:c|He already has. Sixteen cameras, all working.⟧"
Cllr Oyelaran said the panel had "⟦p:d|given real weight⟧" to the evidence of residents. "⟦d:d|This is a pub that has been in the town for two hundred years, and nobody on this panel wants to see it close. But it has to be a good neighbour,⟧" he said.
Mr Doble, who did not speak at the hearing, has 21 days to appeal to the magistrates' court.

### 010
@a Leonard Ostrowski | the building's former fire safety manager
@b Castellan Estates | the managing agent
@c Robert Ellingham | The inquiry chair
The following is an edited excerpt from Thursday's session of the Harlow Road fire inquiry, in which counsel to the inquiry, Priya Venkataraman, questioned the building's former fire safety manager, Leonard Ostrowski.
Q: When did you first see the cladding test results?
A: In the spring of 2019. April, I think.
Q: And what did you do with them?
A: I forwarded them to the managing agent, Castellan Estates, with a note on the top that said "⟦d:a|urgent — please discuss⟧". I didn't hear back.
Q: Did you chase it?
A: Twice. The second time the reply was "⟦d:b|we're on it⟧". That was the last I heard.
Q: Looking back, is there anything you would have done differently?
A: I would have gone to the fire service myself. I've thought about that every day since.
The inquiry chair, Sir Robert Ellingham, later thanked Mr Ostrowski for what he called his "⟦p:c|candid and evidently painful⟧" evidence.

### 011
@a Miriam Carrow | Lady Justice
@b Nathaniel Oduro-Bright | -
@c Justice Watch | the campaign group that took up his case
@d Colin Pell | Agnes Pell's nephew
@e Crown Prosecution Service | -
The Court of Appeal has quashed the murder conviction of a man who has spent 17 years in prison, ruling that fresh DNA evidence made his conviction "⟦p:a|unsafe⟧".
Nathaniel Oduro-Bright, now 44, was convicted in 2008 of killing 71-year-old Agnes Pell at her home in Swaleford.
Giving the judgment of the court, Lady Justice Miriam Carrow said the new evidence "⟦p:a|points clearly to the presence of another person⟧" at the scene and had not been available at trial.
"⟦d:a|We cannot say that the jury, had it heard this evidence, would inevitably have convicted. The conviction must be quashed,⟧" she said.
The court refused the Crown's application for a retrial.
Mr Oduro-Bright, who was in court, embraced his sister, Abena, as the ruling was read. Outside, he read a short statement. "⟦d:b|I have waited seventeen years to hear those words. I want to thank my sister, who never stopped believing me,⟧" he said.
Justice Watch, the campaign group that took up his case, said the Criminal Cases Review Commission had taken "⟦p:c|far too long⟧" to refer it. "⟦d:c|Every year of delay was a year of an innocent man's life,⟧" the group said.
Agnes Pell's nephew, Colin Pell, said the family now had "⟦p:d|more questions than answers⟧".
The Crown Prosecution Service said it would "⟦p:e|carefully consider⟧" the judgment.

### 012
@a Kenneth Arbuthnot | Tribunal chair
@b Simon Orrell | counsel for the General Medical Council
@c - | A 38-year-old former patient who cannot be named for legal reasons
@d Farid Hosseini-Vance | -
A GP who prescribed powerful painkillers to patients he had never examined has been struck off the medical register.
Dr Farid Hosseini-Vance, 52, who practised in Dunmore, was found by a Medical Practitioners Tribunal to have issued more than 300 prescriptions for opioids “⟦p:a|without any proper clinical basis⟧”.
Tribunal chair Kenneth Arbuthnot said Dr Hosseini-Vance’s conduct had been “⟦p:a|deplorable⟧” and that erasure was the only appropriate sanction.
“⟦d:a|Patients were placed at risk of addiction, overdose and death. At least two of them suffered serious harm,⟧” Mr Arbuthnot said. “⟦d:a|The tribunal has seen no real insight.⟧”
Simon Orrell, counsel for the General Medical Council, had told the tribunal in November that the doctor ran “⟦p:b|a prescription service, not a practice⟧”.
A 38-year-old former patient who cannot be named for legal reasons told the hearing he had obtained tramadol and oxycodone from the surgery for two years. “⟦d:c|I’d phone up, say my back was bad, and pick it up that afternoon. He never once asked to see me,⟧” he said.
In his own evidence, Dr Hosseini-Vance insisted he had been trying to help patients who had been “⟦p:d|abandoned by the system⟧”.
“⟦d:d|I was the only doctor in that town who would listen to them,⟧” he said.
He did not attend Friday’s hearing and has 28 days to appeal.

### 013
@a Craig Mulhearn | a sergeant with Wessex Vale Police
@b Martin Ekwueme | presenting the case for the force
@c James Corrigan | Mulhearn's representative
@d Anne-Marie Foskett | The legally qualified chair
@e Helen Garvey | Wessex Vale Police's Deputy Chief Constable
A police officer who posted offensive messages about a domestic abuse victim in a WhatsApp group has been dismissed without notice.
Craig Mulhearn, a sergeant with Wessex Vale Police, admitted gross misconduct at a hearing in Amberford.
The panel heard that Mulhearn had described the woman, who had reported her partner for assault, as "⟦p:a|a time-waster who'll be back with him by Friday⟧" in a group chat with four colleagues.
Martin Ekwueme, presenting the case for the force, said the messages showed "⟦p:b|contempt for the very people officers are there to protect⟧".
"⟦d:b|She had been strangled. She had the marks on her neck when she walked into the station. And this was the response of the officer supervising her case,⟧" he told the panel.
Mulhearn's representative, James Corrigan, said the sergeant had 19 years of unblemished service and was "⟦p:c|profoundly ashamed⟧". He read a statement on Mulhearn's behalf.
"⟦d:a|I let that woman down and I let down every officer who does this job properly. I have no excuse,⟧" the statement said.
The legally qualified chair, Anne-Marie Foskett, said the panel had considered a final written warning but concluded it would "⟦p:d|send entirely the wrong message⟧".
"⟦d:d|Public confidence in policing depends on victims believing they will be taken seriously. Sergeant Mulhearn's conduct went to the heart of that,⟧" she said.
Wessex Vale Police's Deputy Chief Constable, Helen Garvey, said after the hearing: "⟦d:e|There is no place in this force for officers who hold these views.⟧"

### 014
@a Jayden Morrow | His friend
@b Ruth Anand | Home Office pathologist
@c Brackenridge Aggregates | The quarry's owner
@d Graham Tollervey | Assistant coroner
An inquest has heard that a teenager who drowned in a flooded quarry near Haverleigh had jumped in to rescue a friend who got into difficulty.
Owen Castellanos, 16, died on 2 July last year at Pike's Hole, a disused quarry that is fenced off but widely used for swimming in hot weather.
His friend Jayden Morrow, now 17, told the hearing at Haverleigh Town Hall that they had been swimming for about twenty minutes when he developed cramp. ``⟦d:a|I was shouting, and Owen just went straight in. He didn't think about it,⟧'' he said. ``⟦d:a|He got me to the edge and then he wasn't there any more.⟧''
Home Office pathologist Dr Ruth Anand said the water at the bottom of the quarry was ``⟦p:b|dangerously cold even in midsummer⟧'' and that cold-water shock was likely to have contributed.
The quarry's owner, Brackenridge Aggregates, said in a statement read to the inquest that it had replaced damaged fencing ``⟦p:c|more than forty times⟧'' in five years.
Assistant coroner Graham Tollervey recorded a conclusion of accidental death. ``⟦d:d|Owen died doing something extraordinarily brave. His family should be very proud of him,⟧'' he said.
He said he would write to Haverleigh District Council about signage, adding: ``⟦d:d|Signs alone will not stop young people swimming there on a hot day. But they may make one of them think twice.⟧''

### 015
@a Margaret Oyelowo-Finch | The council's director of resources
@b Bernadette Quayle | a Liberal Democrat member of the committee
@c Stephen Agyei | The cabinet member for finance
@d Linda Harcourt-Pyle | Committee chair
Councillors have demanded answers after a new housing benefit computer system at Kilbury City Council left more than 2,000 tenants with incorrect rent statements.
The council's director of resources, Margaret Oyelowo-Finch, told the overview and scrutiny committee on Tuesday that the system had gone live "⟦p:a|before it was ready⟧".
"⟦d:a|With hindsight, we should have run the old and new systems side by side for at least another month,⟧" she said.
Cllr Bernadette Quayle, a Liberal Democrat member of the committee, asked who had made the decision to switch over.
"⟦d:a|It was a joint decision of the programme board.⟧"
"⟦d:b|Who sits on the programme board?⟧"
"⟦d:a|I chair it.⟧"
"⟦d:b|So it was your decision.⟧"
"⟦d:a|It was my recommendation, and the cabinet member agreed it.⟧"
The cabinet member for finance, Cllr Stephen Agyei, said he took "⟦p:c|full political responsibility⟧" for what had gone wrong.
Committee chair Cllr Linda Harcourt-Pyle said she was "⟦p:d|not remotely reassured⟧". "⟦d:d|We were told in March that this project was green across the board. Either we were misled or nobody knew what was happening. I'm not sure which is worse,⟧" she said.

### 016
@a Curtis Deane | deputy administrator of the National Rail Safety Administration
@b Margaret Lindqvist | the subcommittee's chair
@c Walter Ruiz-Beaumont | the panel's ranking Republican
@d Sharon Kuebler | -
WASHINGTON (Wirewatch) — A top federal rail safety official told senators Thursday that inspectors missed cracks in a bridge support months before a freight train derailed near Millbrook Falls last spring, spilling chemicals into the Tessaway River.
"⟦d:a|We did not catch it, and we should have,⟧" said Curtis Deane, deputy administrator of the National Rail Safety Administration, testifying before a Senate subcommittee on surface transportation.
Sen. Margaret Lindqvist, the subcommittee's chair, pressed Deane on why the bridge had been the responsibility of a single inspector for six years.
"⟦d:b|One person, responsible for 400 bridges. Does that sound like a safety system to you?⟧" Lindqvist asked.
"⟦d:a|It sounds like a staffing problem, Senator, and it's one we've raised in every budget request,⟧" Deane replied.
Sen. Walter Ruiz-Beaumont, the panel's ranking Republican, said the agency had "⟦p:c|hidden behind its budget⟧" for too long. "⟦d:c|Every agency in this town says it needs more money. The question is what you did with the money you had,⟧" he said.
Deane said the agency had since hired 40 more bridge inspectors and would finish a review of all single-track bridges by the end of the year.
Residents of Millbrook Falls were evacuated for nine days after the derailment. Sharon Kuebler, who runs a diner in the town and testified on a second panel, told senators that business had "⟦p:d|never come back⟧".
"⟦d:d|People still drive past us to eat in the next county. They think the water's poisoned. I don't blame them,⟧" she said.
The railroad, Great Lakes & Western, did not respond to a request for comment.

### 017
@a Lee Trounson | -
@b Jenna Rowe | Prosecutor
@c Carol Penhallow | Presiding magistrate
A man who shouted abuse at paramedics while they treated his father has been fined £600.
Lee Trounson, 27, of Mill Lane, Polgrean, admitted a public order offence at Kernow Bay Magistrates' Court.
Prosecutor Jenna Rowe said Trounson had called the ambulance crew "⟦p:a|useless⟧" and threatened to "⟦p:a|sort them out⟧" if his father died.
"⟦d:b|The crew were trying to save his father's life. They had to call police for their own safety,⟧" Ms Rowe said.
Trounson, who represented himself, told magistrates: "⟦d:a|I was frightened. I thought he was dying in front of me. I'd take back every word.⟧"
Presiding magistrate Carol Penhallow said: "⟦d:c|We understand you were frightened. That does not give you the right to threaten people who were doing their best for your family.⟧"
His father has since recovered.

### 018
@a Morag Dunlop-Rennie | Sheriff
@b Iain Matheson | The barge’s skipper
@c Andrew Sime | procurator fiscal depute
@d Kirsty MacAulay | Calum’s sister
@e - | A spokesman for Atlantic Silver Salmon
A sheriff has ruled that the death of a fish farm worker who was crushed by a crane on a feed barge off the Isle of Scarrow could have been avoided if a safety interlock had been fitted.
Calum MacAulay, 29, from Tobarmore, died in January 2022 while working for Atlantic Silver Salmon.
In her determination following a fatal accident inquiry, Sheriff Morag Dunlop-Rennie said the company had known about the risk for at least two years.
“⟦d:a:m|A near miss of almost identical character was reported in 2020. It was recorded, discussed at a management meeting and then, as far as the evidence discloses, forgotten.⟧
“⟦d:a|Had the interlock recommended by the manufacturer been fitted, Mr MacAulay would not have died.⟧”
Giving evidence at the inquiry in Inverscarrow, the barge’s skipper, Iain Matheson, described hearing “⟦p:b|a shout and then nothing⟧”.
“⟦d:b|I ran round the hopper and Calum was already under it. I knew straight away,⟧” he said.
Procurator fiscal depute Andrew Sime asked him: “⟦d:c|Were you ever told about the 2020 incident?⟧”
“⟦d:b|Not me. I heard about it from the papers after Calum died,⟧” Mr Matheson replied.
A spokesman for Atlantic Silver Salmon said interlocks had since been fitted to all of its cranes. “⟦d:e|Our thoughts remain with Calum’s family,⟧” he said.
Calum’s sister, Kirsty MacAulay, said: “⟦d:d|We’ve waited three years to be told what we already knew. Now we need to know that nobody else’s brother goes to work and doesn’t come home.⟧”

### 019
@a Maya | -
@b Karen Ashworth-Doyle | chief executive of the charity Safe Harbour Easterby
For eleven days last autumn, Maya sat behind a curtain in Court 4 at Easterby Crown Court while the man she had lived with for six years was tried for coercive control.
She is 31, works in a bakery, and asked that her surname not be used. The man, Daniel Fairlie, was convicted in November and jailed for three years and four months.
"⟦d:a|People think the hard bit is saying it in court. It isn't. The hard bit is the two years before you get there,⟧" Maya says, turning a coffee cup in her hands.
She reported Fairlie to police in the summer of 2022. He was charged in 2023, and the case was listed for trial three times before it was finally heard.
"⟦d:a|Every time it got adjourned I'd have to go back to square one in my head. My counsellor used to call it 'the waiting room',⟧" she says.
Karen Ashworth-Doyle, chief executive of the charity Safe Harbour Easterby, says Maya's experience is typical. "⟦d:b|The average wait for a trial like hers in this region is now over 600 days. Some women withdraw. You can hardly blame them,⟧" she says.
Special measures — the curtain, a supporter sitting beside her, pre-recorded evidence — made it possible, Maya says. So did an usher she knows only as Bev.
"⟦d:a|On the first morning I was shaking so much I couldn't hold the water. Bev just put her hand on my arm and said, 'Look at me, love, not at the curtain.' I did that for three days,⟧" she recalls.
Fairlie's barrister had suggested in cross-examination that she invented the abuse to win custody of their dog. She laughs, briefly. "⟦d:a|The dog. Honestly. Out of everything.⟧"
Asked what she would tell someone in her position, she thinks for a long time.
"⟦d:a|That it's slow and it's horrible and it's worth it. I'm allowed to say that now because I'm on the other side.⟧"

### 020
@a Siobhán Ní Bhraonáin | -
@b Róisín Mac Giolla Phádraig | prosecuting
@c Pádraig Ó Súilleabháin | retired farmer
@d Conor Delahunt | Judge
A former credit union manager has been found guilty of stealing €412,000 from members' accounts over nine years.
Siobhán Ní Bhraonáin, 55, of Abbeyview, Kilmoran, had denied 38 counts of theft and false accounting at Kilmoran Circuit Criminal Court.
The jury of seven women and five men took just under four hours to reach unanimous verdicts.
During the two-week trial, Róisín Mac Giolla Phádraig SC, prosecuting, told the jury the accused had treated the credit union "⟦p:b|as her personal piggy bank⟧".
One of the victims, retired farmer Pádraig Ó Súilleabháin, 81, gave his evidence in Irish through an interpreter. Asked how he found out his savings were gone, he said: "⟦d:c|Nuair a chuaigh mé isteach chun airgead a fháil don tsochraid.⟧" — "⟦d:c|When I went in to get money for the funeral.⟧" He had been burying his wife.
Ms Ní Bhraonáin told the court in her own evidence that she had always intended to pay the money back. "⟦d:a|I was moving it around to cover a shortfall. I never spent a cent of it on myself,⟧" she said.
Under cross-examination, Ms Mac Giolla Phádraig asked her about a holiday apartment in Portimar.
"⟦d:b|Who paid for the apartment, Ms Ní Bhraonáin?⟧"
"⟦d:a|I don't remember.⟧"
"⟦d:b|It was paid from account 4471, was it not? Mr Ó Súilleabháin's account?⟧"
After a long pause, the accused said: "⟦d:a|If that's what the records say.⟧"
Judge Conor Delahunt remanded her in custody until sentencing in March. "⟦d:d|You should prepare yourself for a custodial sentence,⟧" he told her.

### 021
@a Philip Naylor | Sergeant
@b Leslie Thorne | representing the Ashby-Clarke family
@c Victoria Mensah-Lloyd | Senior coroner
@d Beverley Ashby-Clarke | His mother
A police custody officer has told an inquest he checked on a man who later died in a cell "⟦p:a|at least every half an hour⟧", despite records showing a gap of almost two hours.
Jermaine Ashby-Clarke, 24, was found unresponsive at Northgate police station in Wrexley on 9 August 2021, 14 hours after he was arrested on suspicion of possessing drugs.
Giving evidence on the third day of the jury inquest at Wrexley Guildhall, Sergeant Philip Naylor said he had been "⟦p:a|run off my feet⟧" with 19 detainees in the suite.
"⟦d:a|I was going from cell to cell. I didn't always have time to write it down as I went,⟧" he said.
Leslie Thorne, representing the Ashby-Clarke family, put it to him that he had not checked the cell at all between 3.10am and 5am.
"⟦d:b|The CCTV shows nobody approaching that door for an hour and fifty minutes. Is the CCTV wrong?⟧" he asked.
"⟦d:a|I can't explain the CCTV,⟧" Sgt Naylor said.
"⟦d:b|Because you weren't there.⟧"
"⟦d:a|Because I don't know what it shows. I know what I did.⟧"
Senior coroner Victoria Mensah-Lloyd reminded the jury of the limits of their role. "⟦d:c|Your task is to decide how Jermaine came by his death, not who is to blame for it,⟧" she told them.
His mother, Beverley Ashby-Clarke, said outside the Guildhall that the family had waited "⟦p:d|far too long⟧" for the inquest to begin.
The hearing continues.

### 022
@a Northern Counties Football Association | -
@b Kwame Asante-Boateng | Halden Rovers defender
@c Liam Prothero | Referee
@d Dario Kessel | Ravensworth Town midfielder
@e Ravensworth Town | -
@f Stuart Greening | Halden Rovers manager
Ravensworth Town midfielder Dario Kessel has been banned for eight matches after an independent regulatory commission found he racially abused an opponent during a league game in March.
The Northern Counties Football Association said in the commission's written reasons, published on Wednesday, that Kessel had directed ``⟦p:a|a grossly offensive remark⟧'' at Halden Rovers defender Kwame Asante-Boateng in the 71st minute.
Asante-Boateng told the hearing: ``⟦d:b|He said it quietly, right next to me, so the ref wouldn't hear. He knew exactly what he was doing.⟧''
Referee Liam Prothero said in his report that he had not heard the remark but had seen Asante-Boateng ``⟦p:c|visibly distressed⟧'' immediately afterwards.
Kessel denied the charge. ``⟦d:d|I swore at him, I accept that. But I never said what he says I said,⟧'' he told the commission.
The written reasons described the defender's account as ``⟦p:a|clear, consistent and compelling⟧''.
Ravensworth Town said in a statement: ``⟦d:e|We are disappointed by the outcome and are considering our options. The club condemns discrimination of any kind.⟧''
Halden Rovers manager Stuart Greening praised his player's courage. ``⟦d:f|It's not easy to stand up in a room like that and say what happened to you. Kwame did that,⟧'' he said.

### 023
@a Matthias Kröger | Presiding Judge
@b Friedrich Baumann | Hartenstein-Wolf's lawyer
@c Jens Oltmanns | A fire service commander
@d Gisela Hartenstein-Wolf | -
@e Ute Brandauer | -
BERGHOLZ, Germany (Wirewatch) — A German court on Tuesday sentenced a former nursing home director to three years and nine months in prison for failing to evacuate residents during a 2021 flood in which 11 people died.
The regional court in Bergholz found Gisela Hartenstein-Wolf, 61, guilty of negligent homicide. Presiding Judge Matthias Kröger said she had ignored repeated warnings from the fire service on the evening of the flood.
"⟦d:a|Sie hatten Zeit. Sie hatten Busse. Sie hatten Warnungen,⟧" Kröger said as he delivered the verdict. "⟦d:a|You had time. You had buses. You had warnings.⟧"
Hartenstein-Wolf's lawyer, Friedrich Baumann, said she would appeal. He told reporters the court had judged his client "⟦p:b|with a hindsight that nobody had that night⟧".
A fire service commander, Jens Oltmanns, had testified during the trial that he phoned the home three times. "⟦d:c|The last time, I said to her: 'If you don't move them now, you won't be able to move them at all,'⟧" he told the court in October.
In her final statement to the court, Hartenstein-Wolf said she had believed residents were safer upstairs. "⟦d:d|I have asked myself every day whether I was wrong. I think now that I was,⟧" she said.
Relatives of the victims embraced in the public gallery. "⟦d:e|This is not a happy day. But it is a just one,⟧" said Ute Brandauer, whose father, Horst, died in the home's ground-floor dining room.

### 024
@a Catrin Pryderi-Jones | chief executive of Bro Teifi University Health Board
@b Rhodri ap Gwilym | Committee member
@c Anne Latimer | former chief midwife
@d Gethin Lloyd-Baines | Committee chair
@e - | A midwife who raised concerns in 2021 and has asked not to be named
The head of a health board criticised over failings in its maternity units has told politicians she is "⟦p:a|confident⟧" the service is now safe.
Dr Catrin Pryderi-Jones, chief executive of Bro Teifi University Health Board, appeared before the Assembly's health and social care committee on Thursday, a month after an independent review described staff on its labour wards as "⟦p:c|exhausted, demoralised and too often unheard⟧".
The review was carried out by former chief midwife Professor Anne Latimer.
Committee member Rhodri ap Gwilym put his first question in Welsh. "⟦d:b|Pam ddylai mamau ymddiried ynoch chi nawr?⟧" he asked — "⟦d:b|Why should mothers trust you now?⟧"
Dr Pryderi-Jones answered in Welsh too: "⟦d:a|Gallan, ond rwy'n deall pam nad ydyn nhw.⟧" — "⟦d:a|They can, but I understand why they don't.⟧"
Committee chair Gethin Lloyd-Baines asked why it had taken three years for the board to act on a whistleblower's letter.
"⟦d:d|That letter was on the desk of your medical director in 2021. What happened to it?⟧"
"⟦d:a|It was not escalated in the way it should have been. I have apologised to the midwife who wrote it, personally,⟧" Dr Pryderi-Jones said.
A midwife who raised concerns in 2021 and has asked not to be named said in a statement: "⟦d:e|An apology is welcome. What I want is for the next person who speaks up to be listened to the first time.⟧"

### 025
@a Lorraine Whitcombe | Justice
@b Arthur Penrose-Lyle | Chief Justice
@c Natasha Greer-Oduya | His attorney
@d Harmon Bay Police Department | -
The Calder State Supreme Court ruled 4-3 on Friday that police in the city of Harmon Bay violated the state constitution when they used a drone to photograph a man's fenced backyard without a warrant.
"⟦d:a|A fence is a statement. It says: this space is mine, and it is not for you to look at,⟧" Justice Lorraine Whitcombe wrote for the majority. "⟦d:a|That message does not expire at the height of the fence.⟧"
In a dissent joined by two colleagues, Chief Justice Arthur Penrose-Lyle wrote that the majority had created "⟦p:b|a right to privacy from the sky that the framers of our constitution could not have imagined⟧".
"⟦d:b|Any person in a small plane could have seen what the drone saw,⟧" he wrote.
The case began when Harmon Bay officers, acting on a tip, photographed marijuana plants growing behind the home of Delroy Fitch in 2021. Fitch's conviction was thrown out by the ruling.
His attorney, Natasha Greer-Oduya, said the decision was "⟦p:c|a landmark for everyone in this state who owns a fence, which is most of us⟧".
The Harmon Bay Police Department said it was reviewing its drone policy. "⟦d:d|We will of course comply with the court's decision,⟧" the department said in a statement.

### 026
@a Fiona Macready | -
@b Kyle Brannigan | -
@c Duncan Holloway | Mr Brannigan’s barrister
A teenager was stabbed to death in a park after a row over a £40 debt, a jury at Northbridge Crown Court has heard.
Tyrese Campbell-Hollis, 17, was attacked near the bandstand in Eastfield Park, Northbridge, on the evening of 22 April.
Two men, Kyle Brannigan, 19, and Aaron Stroud, 20, both of Northbridge, deny murder.
Opening the prosecution case, Fiona Macready KC told jurors:
“⟦d:a:m|This was a killing over nothing. Forty pounds. Tyrese owed Mr Brannigan forty pounds, and for that he lost his life.⟧
“⟦d:a:m|You will hear that the two defendants went looking for him that evening, that Mr Stroud was carrying a kitchen knife, and that they found him within minutes.⟧
“⟦d:a|Who struck the fatal blow is, the prosecution says, beside the point. They were in it together.⟧”
Ms Macready said Mr Brannigan had sent a message to a friend an hour before the attack reading: “⟦d:b|He’s getting it tonight.⟧”
Mr Brannigan’s barrister, Duncan Holloway KC, told the jury his client accepted being in the park but “⟦p:c|had no idea whatsoever⟧” that a knife was involved.
“⟦d:c|Mr Brannigan is a foolish young man who said a foolish thing. That does not make him a murderer,⟧” he said.
Mr Stroud’s defence is expected to be that he acted in self-defence.
The trial, before Mr Justice Oakeshott, is expected to last four weeks.

### 027
@a Desmond Farquharson | The panel's chair
@b Joanna Pritchett-Evans | -
@c Graham Liddiard | The academy's headteacher
@d Ayesha Karim | presenting the case for the Teaching Standards Agency
@e Alan Crosbie | a senior civil servant
A former head of science at a Marlchester secondary school has been banned from teaching indefinitely after a professional conduct panel found she falsified students' coursework marks to improve league table results.
Joanna Pritchett-Evans, who worked at St Wilfrid's Academy until 2022, altered the marks of 46 pupils over two years, the panel found.
The panel's chair, Dr Desmond Farquharson, said her actions had been "⟦p:a|deliberate, repeated and concealed⟧".
"⟦d:a|This was not an error of judgement in a moment of pressure. It was a sustained course of dishonest conduct,⟧" he said.
The panel was shown an email Ms Pritchett-Evans sent to a junior colleague in 2021 which read: "⟦d:b|Just bump the borderline ones up a grade, nobody checks.⟧"
The academy's headteacher, Graham Liddiard, told the hearing he had discovered the changes during a routine moderation exercise. "⟦d:c|When I saw the pattern I felt physically sick,⟧" he said. "⟦d:c|These were children's grades.⟧"
Ms Pritchett-Evans did not attend the hearing but sent a written statement, in which she said she had been under "⟦p:b|relentless pressure⟧" from senior leaders to improve results.
"⟦d:b|I am not proud of what I did. But I was not the only one in that building who knew what was expected,⟧" she wrote.
Ayesha Karim, presenting the case for the Teaching Standards Agency, said there was "⟦p:d|no evidence whatsoever⟧" that anyone else had been involved.
The decision to impose the ban was taken on behalf of the education secretary by Alan Crosbie, a senior civil servant, who said it was "⟦p:e|necessary to maintain public confidence in the profession⟧".

### 028
@a Nigel Asquith | Transport consultant
@b Harriet Blomfield | for the council
@c Pauline Dacre-Mount | chair of the residents' group Save Thornbury Fields
@d Jonathan Rees-Hoddinott | The inspector
A planning inspector has heard conflicting evidence about whether a proposed 1,200-home development on the edge of Thornbury Magna would overwhelm local roads.
The public inquiry, at Thornbury Magna Village Hall, is considering an appeal by Kestrel Land Ltd against Southvale District Council's refusal of planning permission last year.
Transport consultant Nigel Asquith, giving evidence for the developer, said the scheme would add "⟦p:a|no more than four or five cars a minute⟧" to the A3092 at peak times.
Cross-examined by Harriet Blomfield, for the council, he accepted that his traffic counts had been taken during the school holidays.
"⟦d:b|You'd agree that's not a typical week for traffic?⟧" she asked.
"⟦d:a|It's a conservative week. We applied an uplift,⟧" the witness replied.
"⟦d:b|Of how much?⟧"
"⟦d:a|Eight per cent.⟧"
"⟦d:b|And the council's own counts, taken in term time, show a difference of twenty-three per cent. So your uplift is out by a factor of three.⟧"
Mr Asquith said he would "⟦p:a|need to look at the council's methodology⟧" before agreeing.
Pauline Dacre-Mount, chair of the residents' group Save Thornbury Fields, told the inquiry the village had "⟦p:c|one road in and one road out⟧".
The inspector, Jonathan Rees-Hoddinott, is expected to give his decision in the spring. "⟦d:d|I will visit the site at peak time myself before I reach any conclusion,⟧" he said.

### 029
@a Arthur Nkemelu | -
@b Gemma Liversedge | prosecutor
@c Ian Thackeray | Judge
@d Jack Ferreira | Defending
A man who left a pensioner with a fractured skull after punching him outside a takeaway has been jailed for five and a half years.
Bradley Winstanley, 23, of Cotter Road, Elmfield, attacked 74-year-old Arthur Nkemelu after the older man asked him to stop kicking a bin, Elmfield Crown Court heard.
Mr Nkemelu spent three weeks in hospital and now uses a walking frame. In a victim personal statement read to the court by prosecutor Gemma Liversedge, he said:
"⟦d:a:m|I was a fit man. I walked four miles every morning and I did my own garden. Now my daughter has to help me get dressed.⟧
"⟦d:a|I don't hate him. I don't think about him at all if I can help it. I just want my old life back and I know I can't have it.⟧"
Ms Liversedge told the court Winstanley had "⟦p:b|laughed and filmed⟧" as his victim lay on the pavement.
Defending, Jack Ferreira said Winstanley had been drinking heavily after a bereavement and had written a letter of apology. "⟦d:d|He has never been in trouble before and he is genuinely horrified by what he did,⟧" Mr Ferreira said.
Judge Ian Thackeray said the letter was "⟦p:c|too little and very late⟧".
"⟦d:c|You hit a 74-year-old man with full force because he asked you to behave. Then you filmed him,⟧" the judge told Winstanley. "⟦d:c|You will go to prison today.⟧"

### 030
@a Sarah Odhiambo | Collision investigator
@b - | the coroner
@c - | his family
A motorcyclist who died after hitting a deer on a rural road near Ashcombe was travelling within the speed limit, an inquest has heard.
Martin Greenhalgh, 48, a postman from Little Wrenton, died at the scene on the B4410 on 30 September.
Collision investigator PC Sarah Odhiambo said there was "⟦p:a|nothing he could have done⟧" once the animal ran into the road. "⟦d:a|The deer came out of the hedge about eight metres in front of him. At fifty miles an hour that is less than half a second,⟧" she said.
Recording a conclusion of accidental death, the coroner said: "⟦d:b|This was a tragic accident in the truest sense of the word. No one was to blame.⟧"
In a tribute released through police, his family described him as "⟦p:c|a gentle giant who knew every dog on his round by name⟧".

### 031
@a Raymond Kettleborough | A former director of Penfold Postal Services
@b Nicholas Ambrose-Whyte | lead counsel to the inquiry
@c Yusuf Dar | an engineer
@d Martin Keighley | The inquiry's chair
@e Janet Skeffington | a former subpostmistress from Holmby who was wrongly convicted of theft in 2011
A former director of Penfold Postal Services has admitted to a public inquiry that he assured subpostmasters the company's accounting software was "⟦p:a|robust⟧" when he knew engineers could alter branch accounts remotely.
Raymond Kettleborough, who was operations director from 2009 to 2016, was questioned for a full day by lead counsel to the inquiry, Nicholas Ambrose-Whyte.
Mr Ambrose-Whyte showed him a 2012 letter to a subpostmasters' association in which Mr Kettleborough wrote that there was "⟦p:a|no possibility whatsoever⟧" of remote access.
"⟦d:b|Was that true?⟧"
"⟦d:a|It was what I had been told.⟧"
"⟦d:b|By whom?⟧"
"⟦d:a|By the IT department. I can't give you a name.⟧"
"⟦d:b|Mr Kettleborough, I'm going to show you an internal email you were copied into four months earlier.⟧"
The email, from an engineer, Yusuf Dar, described remote changes to branch data as "⟦p:c|routine⟧". Asked whether he had read it, Mr Kettleborough said after a long pause: "⟦d:a|I must have done. I accept that.⟧"
The inquiry's chair, retired judge Sir Martin Keighley, asked him what he would say to the 700 subpostmasters who were prosecuted. "⟦d:a|That I'm sorry. That it isn't enough. That I know it isn't enough,⟧" Mr Kettleborough replied.
Sir Martin said at the close of the session that the inquiry would "⟦p:d|follow this evidence wherever it leads⟧".
Janet Skeffington, a former subpostmistress from Holmby who was wrongly convicted of theft in 2011, watched from the public seats. "⟦d:e|He keeps saying he's sorry. I spent four months in prison and I've never had a letter from any of them,⟧" she said afterwards.

### 032
@a Derek Haines | his manager
@b Marco Villalobos-Teague | -
@c Parcelbright | online retailer
@d Allison Reyes-Kim | company spokesperson
@e Benjamin Adeyemo | His lawyer
A former warehouse supervisor is suing online retailer Parcelbright for $4.2 million, alleging he was fired for reporting that workers were being pressured to skip heat breaks.
Marco Villalobos-Teague, 39, says in a complaint filed Tuesday in Orrin County District Court that his manager, Derek Haines, told him to "⟦p:a|stop making noise about the heat⟧" two weeks before he was dismissed.
According to the complaint, temperatures inside the Orrin County facility reached 104 degrees in July 2024.
"⟦d:b|People were passing out on the floor. I saw a woman taken out on a stretcher, and the line didn't stop,⟧" Villalobos-Teague said in an interview Wednesday.
Parcelbright said it "⟦p:c|strongly disputes⟧" the allegations. "⟦d:d|The safety of our associates is our top priority, and our facilities meet or exceed all applicable standards,⟧" company spokesperson Allison Reyes-Kim said in an email.
His lawyer, Benjamin Adeyemo, said the case was "⟦p:e|about whether workers can speak up without losing their jobs⟧".
A state workplace safety agency fined Parcelbright $18,000 last year over heat conditions at the site, according to public records.

### 033
@a Trevor Bannatyne | an independent member of Kelsham Town Council for the Eastgate ward
@b Fiona Mbatha | chair of the district council's standards sub-committee
@c Denise Ogunleye | fellow councillor
A town councillor has been found to have breached the code of conduct after calling a colleague "⟦p:a|a parasite⟧" in a Facebook post.
Trevor Bannatyne, an independent member of Kelsham Town Council for the Eastgate ward, wrote the post in January after a row over the town's Christmas lights budget.
"⟦d:a|Some of us give our time for nothing. Others are in it for the expenses and the photo opportunities. You know who you are,⟧" the post read, beneath a photograph of fellow councillor Denise Ogunleye.
Cllr Fiona Mbatha, chair of the district council's standards sub-committee, said on Monday that the post was "⟦p:b|a personal attack⟧" that "⟦p:b|went well beyond robust political debate⟧".
Cllr Ogunleye told the hearing she had received abusive messages from strangers after the post was shared more than 300 times. "⟦d:c|I had someone turn up at my front door. My children were in the house,⟧" she said.
Cllr Bannatyne said he stood by "⟦p:a|every word⟧". "⟦d:a|If telling the truth about expenses is now a breach of the code, the code is wrong,⟧" he told the panel.
The panel recommended that he apologise and undergo training. It has no power to suspend him.
He posted again within an hour of the decision: "⟦d:a|Apologise? Not a chance.⟧"

### 034
@a Annika Lindgren | the registrar who first assessed Leo
@b Patricia Moyo | The consultant
@c Rebecca Onslow | assistant coroner
@d Clare Harrington | Leo's mother
An inquest into the death of a four-year-old boy who was sent home from hospital with suspected tonsillitis has heard that two doctors disagreed about whether he should have been kept in overnight.
Leo Harrington-Bose died at home in Fenwick on 11 December 2023, less than 24 hours after he was seen in the children's emergency department at Fenwick General Hospital. A post-mortem examination found he had sepsis caused by a streptococcal infection.
Dr Annika Lindgren, the registrar who first assessed Leo, told the inquest she had been "⟦p:a|uneasy⟧" about his heart rate. "⟦d:a|I wanted to keep him for observation. I said so to my consultant,⟧" she said.
The consultant, Dr Patricia Moyo, told the hearing she did not recall that conversation. "⟦d:b|If Dr Lindgren had said she wanted him admitted, I would have admitted him. That is my practice and it always has been,⟧" she said.
Asked by assistant coroner Rebecca Onslow whether such a conversation might have taken place without her registering it, Dr Moyo said: "⟦d:b|It is possible. It was an extremely busy night.⟧"
The coroner asked: "⟦d:c|How many children were in the department?⟧"
"⟦d:b|Thirty-one, with two doctors.⟧"
Leo's father, Sanjay Bose, wept as she gave the figure.
Leo's mother, Clare Harrington, said in a statement read by the family's solicitor that Leo had been "⟦p:d|the happiest little boy in the world⟧".
The inquest continues.

### 035
@a Andrés Villanueva Ortiz | -
@b Marta Iglesias Cañete | The anti-corruption prosecutor
@c Vía Nueva | Opposition party
@d Lucía Benavente | Its editor
VALDEMORA, Spain (Wirewatch) — A Spanish court on Wednesday acquitted a former regional health chief accused of steering face mask contracts worth €9 million to a friend's company during the pandemic.
The provincial court in Valdemora said prosecutors had failed to prove that Andrés Villanueva Ortiz, 58, knew of his friend's stake in the firm.
«⟦d:a|Hoy se ha hecho justicia,⟧» Villanueva told reporters outside the courthouse. «⟦d:a|Today justice has been done.⟧»
The anti-corruption prosecutor, Marta Iglesias Cañete, said she would study the ruling before deciding whether to appeal. «⟦d:b|We respect the decision, but we do not share it,⟧» she said.
Opposition party Vía Nueva called the verdict «⟦p:c|a disappointment for every nurse who worked without protection⟧».
Villanueva resigned in 2021 after the newspaper El Faro de Valdemora reported on the contracts. Its editor, Lucía Benavente, said the paper stood by its reporting. «⟦d:d|The court decided a criminal case. Our job was to ask the questions, and we asked them,⟧» she said.

### 036
@a Abigail Strachan | Judge
@b Adrian Cole | prosecuting
@c Sophie Adair | Mr Fenwick-Lomax's barrister
A judge has discharged a jury in the trial of a man accused of arson after a juror was found to have researched the case online.
Judge Abigail Strachan told the remaining jurors at Coldharbour Crown Court on Thursday that she had "⟦p:a|no option⟧" but to halt the trial of Gary Fenwick-Lomax, 52, who denies setting fire to his own furniture shop in March.
"⟦d:a|One of your number looked up the defendant on the internet and shared what she found with at least two others. I make no criticism of those two; they did the right thing in telling the usher,⟧" the judge said.
"⟦d:a|But the damage is done, and it cannot be undone by any direction I might give you.⟧"
The juror, a woman in her sixties, was not identified. She could face contempt proceedings.
Adrian Cole, prosecuting, said the Crown would seek a retrial "⟦p:b|as soon as the court can accommodate it⟧".
Mr Fenwick-Lomax's barrister, Sophie Adair, said her client was "⟦p:c|deeply frustrated⟧". "⟦d:c|He has waited eighteen months for this trial. He will now wait longer, through no fault of his own,⟧" she said.
A new trial date is expected to be fixed next month.

### 037
@a Rachel Ifeanyi-Shaw | Detective Chief Inspector
@b - | the woman
@c Sarah Kettering | of the Crown Prosecution Service’s rape and serious sexual offences unit
A senior detective has praised the “⟦p:a|extraordinary courage⟧” of a woman who gave evidence against the man who held her captive in a flat in Marlow Heath for three months.
Kristof Baranyi, 37, was convicted at Seacombe Crown Court on Friday of false imprisonment, rape and assault occasioning actual bodily harm. He will be sentenced in January.
Speaking outside court, Detective Chief Inspector Rachel Ifeanyi-Shaw, who led the investigation, said: “⟦d:a|She came to us with nothing — no phone, no passport, no money. She has been nothing short of remarkable.⟧”
A statement from the woman, who cannot be named for legal reasons, was read out by a family liaison officer.
“⟦d:b:m|For three months I did not see the sky. I did not know what day it was.⟧
“⟦d:b|I am telling my story because there are other women in flats like that one, in towns like this one. Someone out there knows. Please, say something.⟧”
Baranyi had denied all the charges.
Sarah Kettering, of the Crown Prosecution Service’s rape and serious sexual offences unit, said: “⟦d:c|This verdict should give confidence to other victims that they will be believed.⟧”

### 038
@a Jacinta Morrow-Baird | Senator
@b Graham Tully-Ng | Secretary of the department
@c Paul Denholm | The committee chair
@d Rebecca Anstey | the department's chief financial officer
A senator has accused the head of the federal Department of Coastal Affairs of "⟦p:a|treating this committee like a nuisance⟧" during a heated estimates hearing.
Secretary of the department Dr Graham Tully-Ng clashed repeatedly with Senator Jacinta Morrow-Baird over the cost of a failed breakwater project at Port Kellaway.
"⟦d:a|Dr Tully-Ng, it's a simple question. How much did it cost?⟧" Senator Morrow-Baird said.
"⟦d:b|I've taken that on notice, Senator.⟧"
"⟦d:a|You took it on notice in February. And in May. It's now October.⟧"
"⟦d:b|And we'll provide an answer when the figures have been verified.⟧"
The committee chair, Senator Paul Denholm, intervened. "⟦d:c|Senators, let's keep this orderly,⟧" he said.
Later, the department's chief financial officer, Rebecca Anstey, told the committee the project had cost "⟦p:d|approximately $212 million⟧" to date. Senator Morrow-Baird described the figure as "⟦p:a|astonishing⟧".
"⟦d:a|That's eighty million more than the last published estimate, and the secretary sat there for an hour refusing to tell us,⟧" she told reporters afterwards.
Dr Tully-Ng later said he had "⟦p:b|not been in a position⟧" to give a verified figure earlier in the day.

### 039
@a Shane Dobbie | -
@b Robert Nwachukwu | Judge
@c - | a woman in the public gallery
@d Leanne Walsh | Her sister
There were angry scenes at Hollinsford Crown Court as a man was jailed for life for the murder of his former partner.
Shane Dobbie, 36, stabbed Kerry-Ann Walsh, 29, eleven times at her flat in Stanegate in February, weeks after she ended their relationship.
As Judge Robert Nwachukwu began his sentencing remarks, Dobbie interrupted: "⟦d:a|I'm not listening to this.⟧"
"⟦d:b|You will listen, Mr Dobbie, or you will be taken down and I will sentence you in your absence,⟧" the judge replied.
"⟦d:a|Do what you want.⟧"
Dobbie was removed from the dock by security officers. As he was led away, a woman in the public gallery shouted: "⟦d:c|Rot in there!⟧"
Judge Nwachukwu ordered Dobbie to serve a minimum of 22 years. "⟦d:b|Kerry-Ann had every right to end a relationship with you. You decided that if you could not have her, nobody could,⟧" he said.
Her sister, Leanne Walsh, said outside court: "⟦d:d|He couldn't even look at us. Twenty-two years isn't long enough, but at least we never have to see his face again.⟧"

### 040
@a Elspeth Varley-Nunn | -
@b Anthony Crewe | My predecessor
Dame Elspeth Varley-Nunn became the country's chief coroner in September, succeeding Sir Anthony Crewe. She spoke to Helen Mercer about backlogs, bereaved families and why she still reads every complaint herself.
Q: You've described the inquest system as "⟦p:a|creaking⟧". Is it still?
A: It's creaking less than it was. We've cut the average wait by about two months. But for a family waiting eighteen months for an answer, two months is not a victory.
Q: What do families tell you?
A: The word I hear most is "⟦s:-|limbo⟧". They can't grieve properly until it's over.
Q: You read complaints personally?
A: Every one. My predecessor told me on my first day, "⟦d:b|Read them yourself or you'll stop hearing them,⟧" and he was right.
Q: What would you change tomorrow, if you could?
A: Legal aid for every bereaved family at an inquest where the state is represented. It's a simple matter of fairness.

### 041
@a Naomi Featherstonehaugh | District Judge
@b Imogen Pascoe | retired GP
@c Liam Hartnett | Prosecutor
@d Harrowgate Mutual Bank | -
Six climate protesters who glued themselves to the floor of a bank's headquarters in Carrick Square have been found guilty of aggravated trespass.
District Judge Naomi Featherstonehaugh said at Carrick Magistrates' Court that the group had "⟦p:a|every right to protest⟧" but not to stop staff doing their jobs.
The court was shown video of the protesters chanting "⟦s:-|No more coal, no more lies⟧" in the lobby of Harrowgate Mutual Bank beneath a banner reading "⟦s:-|Your pension is burning⟧".
One of the six, retired GP Dr Imogen Pascoe, 71, told the court she had acted out of "⟦p:b|desperation, not disrespect⟧".
"⟦d:b|I spent forty years trying to keep people alive. I'm not going to spend my retirement watching the planet cook,⟧" she said.
Prosecutor Liam Hartnett said the protest had caused "⟦p:c|significant disruption⟧" and cost the bank £38,000 in cleaning and lost business.
Harrowgate Mutual said in a statement: "⟦d:d|We respect the right to protest peacefully. We do not accept that gluing people to our floor is peaceful protest.⟧"
The judge fined each defendant £400. Speaking afterwards, Dr Pascoe said she would "⟦p:b|not be paying it⟧".
"⟦d:b|They can take me back to court,⟧" she joked. "⟦d:b|I'll bring my glue.⟧"

### 042
@a Deborah Treharne | The ombudsman
@b - | The boy's mother
@c - | a spokesperson
@d Martin Oakes | the council's cabinet member for children's services
@e Ashdown County Council | -
A council has been ordered to pay £9,500 to a family after leaving a disabled teenager without a school place for 14 months.
The ombudsman, Deborah Treharne, said in her report that Ashdown County Council had shown "⟦p:a|a troubling lack of urgency⟧" in finding a place for the 15-year-old, who has autism and epilepsy.
"⟦d:a|For more than a year this young man received no education at all beyond a few hours of online tutoring. That is not acceptable in any circumstances,⟧" Ms Treharne said.
The boy's mother, who asked not to be named to protect his privacy, said the family had been "⟦p:b|passed from one department to another like a parcel⟧".
"⟦d:b|Every time I rang I spoke to someone new. Every time I had to start from the beginning,⟧" she said.
Ashdown County Council said it accepted the findings "⟦p:e|in full⟧". "⟦d:c|We have apologised to the family and we are reviewing how we handle cases like this,⟧" a spokesperson said.
Cllr Martin Oakes, the council's cabinet member for children's services, said: "⟦d:d|We let this family down, and I'm sorry.⟧"

### 043
@a Lorcan Tierney | The boss of ticketing firm Gatewise
@b Oliver Strand | Conservative MP
@c Howard Blenkinsop | the arena’s general manager
@d Caroline Awolowo | the committee chair
The boss of ticketing firm Gatewise has said he is “⟦p:a|truly sorry⟧” for the crush outside the Marchmont Arena in which 23 people were injured, but denied that his company’s systems were to blame.
Lorcan Tierney appeared before the culture, media and sport committee alongside the arena’s general manager, Howard Blenkinsop.
Conservative MP Oliver Strand asked Mr Tierney why Gatewise’s scanners had failed at four of the six entrances.
“⟦d:a|They didn’t fail. They were overwhelmed by the volume of fake tickets being presented,⟧” he said.
Mr Strand said that was “⟦p:b|a distinction without a difference⟧” for fans stuck in the queue. “⟦d:b|If the gate doesn’t open, the gate doesn’t open,⟧” he said.
Mr Blenkinsop said the arena had asked Gatewise for additional staff on the night. “⟦d:c|We made that request in writing on the Tuesday. We didn’t get a reply,⟧” he told MPs.
Asked by the committee chair, Dame Caroline Awolowo, whether that was true, Mr Tierney said: “⟦d:a|I’ve seen the email. I accept it wasn’t answered. I don’t accept that it would have made a difference.⟧”
Dame Caroline said the committee would publish a report in the new year. “⟦d:d|What we’ve heard today is two organisations pointing at each other,⟧” she said. “⟦d:d|Fans deserve better than that.⟧”

### 044
@a Legal Professions Disciplinary Tribunal | -
@b Derek Ainsworth | One of the beneficiaries
@c Małgorzata Wróblewska | a partner at Hargreaves Wróblewska LLP in Stockfield
@d Emma Kowalczyk | Counsel for the Legal Standards Authority
A solicitor who took £260,000 from the estates of dead clients has been struck off.
Małgorzata Wróblewska, 49, a partner at Hargreaves Wróblewska LLP in Stockfield, admitted dishonestly transferring money from client accounts to pay her firm's overheads.
The Legal Professions Disciplinary Tribunal said in its judgment that her conduct was "⟦p:a|at the highest end of seriousness⟧".
The tribunal heard that in one case she delayed telling a grieving family that money from their mother's estate was missing. One of the beneficiaries, Derek Ainsworth, said in a witness statement: "⟦d:b|She sat in our mother's kitchen and told us it was all being handled. She looked us in the eye.⟧"
Ms Wróblewska told the tribunal she had intended to repay every penny. "⟦d:c|The firm was going under. Twenty people would have lost their jobs. I made a terrible choice to save them,⟧" she said.
Counsel for the Legal Standards Authority, Emma Kowalczyk, said: "⟦d:d|Ms Wróblewska's motives, whatever they were, do not alter the fact that she took money that belonged to grieving families.⟧"
The tribunal ordered her to pay costs of £48,000.

### 045
@a Hamish Lockhart-Bell | a retired Court of Session judge
@b Priya Chandrasekar | Transport Secretary
@c Trackways | Network operator
@d Geraint Morgan-Price | -
The chair of the inquiry into the Fennick Junction rail crash has accused successive governments of "⟦p:a|a decade of wilful neglect⟧" of the rail network in a report published on Tuesday.
The 840-page report, titled "⟦s:-|Signals Ignored⟧", found that the derailment, which killed seven people in November 2022, was caused by a landslip that engineers had flagged as high-risk in 2015.
Sir Hamish Lockhart-Bell, a retired Court of Session judge, said at the report's launch in Dunross:
"⟦d:a:m|Every person I have heard from in this inquiry did their own job. The problem is that nobody's job was to put the pieces together.⟧
"⟦d:a|The warning about that embankment was written down at least nine times. It was never read by anyone with the power to act on it.⟧"
Transport Secretary Priya Chandrasekar told MPs the government accepted all 31 of the report's recommendations. "⟦d:b|The families have waited too long for the truth. They will not wait for action,⟧" she said.
Network operator Trackways said in a statement: "⟦d:c|We are profoundly sorry. We failed the people who died at Fennick Junction and their families.⟧"
Geraint Morgan-Price, whose wife, Alys, died in the crash, said the report was "⟦p:d|everything we hoped for and nothing we didn't already know⟧".
"⟦d:d|I read it on the train, which I suppose is a kind of defiance,⟧" he added.

### 046
@a Ethan Vasquez-Lowry | Chatterbox CEO
@b Franklin Moody | a Republican who chairs the subcommittee
@c - | a Chatterbox researcher
@d Alicia Tran-Whitfield | the panel's top Democrat
@e Chatterbox | social media company
WASHINGTON (Wirewatch) — Lawmakers from both parties grilled the head of social media company Chatterbox on Wednesday over what one congressman called "⟦p:b|a business model built on teenagers' insomnia⟧".
Chatterbox CEO Ethan Vasquez-Lowry told a House subcommittee on consumer protection that the company had "⟦p:a|invested heavily⟧" in safety tools for younger users.
"⟦d:a|We've built more protections for teens in the last two years than in the previous ten,⟧" Vasquez-Lowry said.
Rep. Franklin Moody, a Republican who chairs the subcommittee, was unimpressed. "⟦d:b|You've built features. You haven't changed the algorithm. Those kids are still on your app at three in the morning,⟧" he said.
"⟦d:a|Congressman, with respect, the data shows—⟧"
"⟦d:b|I've seen the data. Your own researchers wrote it.⟧"
Moody then read from an internal company memo, obtained by the subcommittee, in which a Chatterbox researcher described late-night use as "⟦p:c|our most reliable growth lever⟧".
Rep. Alicia Tran-Whitfield, the panel's top Democrat, said she would introduce legislation requiring apps to shut down overnight by default for users under 16. "⟦d:d|If the companies won't do it, we'll do it for them,⟧" she said.
Chatterbox said after the hearing that the memo had been "⟦p:e|taken out of context⟧".

### 047
@a Tobias Ekström | Lance Corporal
@b Jamie Sallis | Private
@c Hugh Penhaligon | defending
@d Alan Tregear | Judge Advocate
A soldier has been cleared by a court martial of assaulting a junior colleague during a training exercise on the Dunmere Ranges.
Lance Corporal Tobias Ekström, 27, of the 3rd Battalion, the Northmoor Rifles, was accused of kicking Private Jamie Sallis as he lay on the ground during a night march.
The board of officers took less than two hours to acquit him after a four-day trial at Brayford Military Court Centre.
Pte Sallis told the court he had been kicked "⟦p:b|four or five times⟧" after he fell behind the rest of his section.
"⟦d:b|He was screaming at me to get up. I couldn't get up,⟧" he said.
Cross-examined by Major Hugh Penhaligon, defending, he accepted he had not reported the incident until three weeks later.
"⟦d:c|Why did you wait three weeks?⟧" the major asked.
"⟦d:b|Because I knew what would happen if I did, sir.⟧"
"⟦d:c|Which was what?⟧"
"⟦d:b|This. Being called a liar in a room full of officers.⟧"
L/Cpl Ekström told the court he had "⟦p:a|shouted, yes, and I'm not proud of it⟧" but had never touched Pte Sallis.
Summing up, Judge Advocate Alan Tregear told the board: "⟦d:d|The question is not whether you like the way the corporal spoke to his soldiers. It is whether you are sure he kicked him.⟧"

### 048
@a Abdul Wahid Noorzai | A father
@b James Threlfall-Oyo | HM Area Coroner
@c Pieter van der Berghe | The driver of the lorry
A father has told an inquest through an interpreter that his 14-year-old son, who died after falling from a lorry near the port of Kelsby, had "⟦p:a|only wanted to go to school⟧".
Abdul Wahid Noorzai, 52, speaking in Pashto, gave evidence by video link from a reception centre abroad.
"⟦d:a|He was a clever boy. He asked me every day when he could go back to school. I told him England had good schools,⟧" Mr Noorzai said through the interpreter.
His son, Samiullah, had hidden in the axle space of a trailer at a truck stop before it boarded a ferry, the hearing was told.
HM Area Coroner James Threlfall-Oyo asked Mr Noorzai whether he had known of the plan.
"⟦d:b|Did you know he intended to travel that way?⟧"
"⟦d:a|No. If I had known, I would have stopped him with my own hands.⟧"
The driver of the lorry, Pieter van der Berghe, 61, told the court he had checked the trailer before boarding. "⟦d:c|I did the checks like always. I looked underneath with my torch. I did not see him, and I will think about that every day for the rest of my life,⟧" he said.
Recording a conclusion of accidental death, the coroner said Samiullah was "⟦p:b|a child who should have been in a classroom, not under a lorry⟧".

### 049
@a Alison Marchbank | Westmarch Police and Crime Commissioner
@b Rosemary Tindall | Panel member
@c Mark Oyedepo | Chief Constable
@d Geoffrey Lamb | Panel chair
A police and crime commissioner has insisted that closing four rural police front counters will not leave villages "⟦p:a|unprotected⟧", despite warnings from councillors on the body that scrutinises her.
Westmarch Police and Crime Commissioner Alison Marchbank told the Westmarch Police and Crime Panel on Friday that the counters at Hollins, Brede, Caxley and Nether Stowe were visited by "⟦p:a|fewer than five people a day⟧" on average.
"⟦d:a|I would rather have those officers out in patrol cars than sitting behind a desk waiting for someone to report a lost wallet,⟧" she said.
Panel member Cllr Rosemary Tindall, who represents Caxley, said residents felt "⟦p:b|abandoned⟧". "⟦d:b|The nearest station will now be twenty-two miles away. For an elderly person without a car, it might as well be on the moon,⟧" she warned.
Chief Constable Mark Oyedepo, who attended alongside the commissioner, said response times in rural areas had improved by four minutes over the past year. "⟦d:c|The front counter is not where we fight crime,⟧" he said.
Panel chair Cllr Geoffrey Lamb asked the commissioner whether she would commit to reviewing the closures after twelve months. "⟦d:d|Will you come back to us in a year and tell us honestly whether this has worked?⟧" he asked.
"⟦d:a|Yes. And if it hasn't, I'll say so,⟧" Ms Marchbank said.
Cllr Lamb joked that he would "⟦p:d|put it in the diary in indelible ink⟧".

### 050
@a Deborah Lanyon-Price | A care home manager
@b Imran Qureshi | Lead counsel to the inquiry
@c Sandra Whitlow | her regional manager
@d Evadne Charters | The inquiry chair
A care home manager has told the national Covid inquiry that she was ``⟦p:a|begging⟧'' for protective equipment in the weeks before 14 residents died.
Deborah Lanyon-Price, who ran Meadowcroft House in Sallowby, said staff had been reduced to making aprons from bin bags.
``⟦d:a|I rang the council, I rang the health board, I rang the supplier. Everyone said it was someone else's job,⟧'' she said.
Lead counsel to the inquiry, Imran Qureshi KC, read from a message Ms Lanyon-Price had sent to her regional manager, Sandra Whitlow, on 2 April 2020: ``⟦d:a|We have six masks left. Six. For forty residents.⟧''
``⟦d:b|What was the response?⟧'' Mr Qureshi asked.
``⟦d:a|Sandra said she'd escalate it. I believe she did. Nothing came.⟧''
In a written statement to the inquiry, Ms Whitlow said she had forwarded the request to the company's head office ``⟦p:c|within the hour⟧''. ``⟦d:c|I felt utterly powerless,⟧'' she wrote.
The inquiry chair, Baroness Evadne Charters, thanked Ms Lanyon-Price at the end of her evidence. ``⟦d:d|I know how hard it is to relive that period,⟧'' she told her.

### 051
@a Yumiko Hasegawa | Presiding Judge
@b Takeshi Morimoto | -
@c Daisuke Ono | His lawyer
@d Haruko Ishida | -
SAKURAGAWA, Japan (Wirewatch) — A Japanese court on Monday sentenced the former president of a construction company to four years in prison for falsifying earthquake-resistance data for 37 apartment buildings.
Presiding Judge Yumiko Hasegawa said Takeshi Morimoto, 67, had put residents' lives at risk "⟦p:a|for the sake of winning contracts⟧".
"⟦d:a|The defendant knew that the buildings would be occupied by families. He knew what an earthquake could do,⟧" Hasegawa said, reading the ruling at the Sakuragawa District Court.
Morimoto, who had admitted the charges, bowed deeply towards the public gallery as the sentence was read. "⟦d:b|Mōshiwake gozaimasen deshita,⟧" he said. "⟦d:b|I am deeply sorry.⟧"
His lawyer, Daisuke Ono, said the sentence was "⟦p:c|harsh but not unexpected⟧" and that his client would not appeal.
Residents of one of the buildings, in the city's Minami-Aoba district, have lived in temporary housing since 2022 while it is reinforced. "⟦d:d|An apology does not give us back three years,⟧" said Haruko Ishida, 74, who heads the building's residents' association.

### 052
@a R. Kent Albright | U.S. District Judge
@b J.D. Whitacre | Fairhaven Mayor
@c Lonnie Sprague | 61-year-old veteran
@d M. Celeste Okafor | Project attorney
A federal judge on Thursday blocked the city of Fairhaven from enforcing a new ordinance that bans sleeping in public parks, saying it likely violates the constitutional rights of homeless residents.
U.S. District Judge R. Kent Albright wrote in a 42-page order that the city had "⟦p:a|criminalized the condition of having nowhere else to go⟧".
"⟦d:a|The city may regulate its parks. It may not punish people for the act of sleeping when it has offered them no lawful place to do it,⟧" Albright wrote.
Fairhaven Mayor J.D. Whitacre said the city would appeal. "⟦d:b|We have put more money into shelter beds than any city our size in the state. This ruling ties our hands,⟧" he said at a news conference.
The lawsuit was brought by the Coastal Tenants Legal Project on behalf of three unhoused residents, including 61-year-old veteran Lonnie Sprague.
"⟦d:c|I'm not a criminal for being tired,⟧" Sprague said Thursday.
Project attorney M. Celeste Okafor called the ruling "⟦p:d|a clear message that compassion and the Constitution point in the same direction⟧".

### 053
@a Edna Faulkner | 88-year-old widow
@b Natalie Osei | Prosecutor
@c Tom Ashcroft | barrister
@d Patricia Wendover | Judge
Two brothers who ran a bogus roofing business that conned elderly homeowners out of more than £90,000 have been jailed.
Connor Delaney, 31, and his brother Ryan Delaney, 28, both of Harefield Close, Stowmarsh, admitted conspiracy to defraud at an earlier hearing at Stowmarsh Crown Court.
The court heard that the pair would knock on doors claiming to have spotted loose tiles, then charge thousands of pounds for work that was either unnecessary or never done.
One victim, 88-year-old widow Edna Faulkner, paid £14,000 for a new roof she did not need. In a statement read to the court, she said: "⟦d:a|I thought they were nice boys. The older one called me 'Nan'. I feel such a fool.⟧"
Prosecutor Natalie Osei said Connor had been "⟦p:b|the organiser and the talker⟧", while Ryan did most of the physical work.
For Ryan, barrister Tom Ashcroft said his client had been "⟦p:c|very much the junior partner⟧". "⟦d:c|He did what his older brother told him, as he has done since they were children,⟧" Mr Ashcroft said.
Judge Patricia Wendover jailed Connor for four years and Ryan for two years and eight months.
"⟦d:d|You targeted people because they were old, lived alone and were too polite to say no,⟧" she told them. "⟦d:d|Connor, you were the one who did the talking. Ryan, you were not far behind.⟧"

### 054
@a Teresa Villafañe-Morse | Judge
@b Dorothy Blankenship | Sen.
@c Harold Kemper | a supporter of the nomination
WASHINGTON (Wirewatch) — A federal judge nominated to the U.S. Court of Appeals declined Tuesday to say whether she agreed with a landmark ruling on voting rights, telling senators it would be "⟦p:a|inappropriate⟧" for a nominee to comment.
Judge Teresa Villafañe-Morse, who has served on the district court in Carver County for nine years, faced nearly five hours of questioning from the Senate Judiciary Committee.
"⟦d:b|Judge, it's a yes or no question. Was the case correctly decided?⟧" asked Sen. Dorothy Blankenship.
"⟦d:a|Senator, I understand why you're asking. But every nominee before me has declined to grade the Supreme Court's decisions, and I think that's the right practice,⟧" Villafañe-Morse replied.
"⟦d:b|Every nominee before you has found that very convenient.⟧"
Sen. Harold Kemper, a supporter of the nomination, praised what he called her "⟦p:c|careful, modest approach to the law⟧". "⟦d:c|She's exactly what a judge should be: boring,⟧" he joked, drawing laughter from the room.
Villafañe-Morse, 51, would be the first Latina judge on the circuit if confirmed. Her mother, a seamstress, sat in the row behind her.
In her opening statement, she recalled her mother's advice. "⟦d:a|She told me, 'Whatever room you walk into, you listen first.' I have tried to do that every day on the bench,⟧" she said.

### 055
@a Denise | -
@b Kai | A 19-year-old
@c Margaret | The chair of the bench
@d Tom | the legal adviser
@e - | His mother
By 9.45am the corridor outside Court 2 at Milbury Magistrates' Court is already full: a teenager in a borrowed suit, two men arguing in low voices about a parking ticket, a woman with a toddler asleep across her knees.
Denise has been an usher here for nineteen years. She knows most of the regulars by name. "⟦d:a|Some of them I've watched grow up, which is a sad thing to say about a court,⟧" she says, checking the list.
The first case is called at ten. A 19-year-old called Kai, charged with shoplifting from a supermarket, pleads guilty and tells the bench he took the sandwiches because he had not eaten for two days.
"⟦d:b|I'm not making excuses. I know it's wrong,⟧" he says.
The chair of the bench, a retired headteacher called Margaret, asks whether he is in touch with any support services.
"⟦d:b|Nobody's offered,⟧" Kai says.
"⟦d:c|Then we'll make sure somebody does,⟧" she says, and orders a report from the probation service.
Between cases, the legal adviser, Tom, eats a cereal bar standing up. "⟦d:d|Thirty-four on the list today. We'll get through maybe twenty-five,⟧" he says. "⟦d:d|The rest come back in six weeks and we do it all again.⟧"
By lunchtime the teenager in the borrowed suit has been in and out, his case adjourned because the prosecution file is missing a witness statement. His mother is furious. "⟦d:e|We took a day off work for this,⟧" she says to no one in particular.
Denise has heard it before. "⟦d:a|Everyone takes a day off work for this,⟧" she says quietly. "⟦d:a|That's the bit nobody sees.⟧"

### 056
@a - | An inquest jury
@b Vikram Tiwari | Hannah's father
@c Joanne Pemberton | Assistant Chief Constable
@d Alan Bristow | Coroner
An inquest jury has found that failures by Northfold Police "⟦p:a|probably contributed⟧" to the death of a woman who was killed by her former partner days after she reported him for stalking.
Hannah Rourke-Tiwari, 34, was killed at her home in Larchfield in May 2022 by Lee Garbutt, who later took his own life.
In a narrative conclusion read out by the foreperson at Larchfield Coroner's Court on Wednesday, the jury said officers had "⟦p:a|failed to recognise the escalating risk⟧" and had graded her as a "⟦s:-|standard⟧" risk rather than a high one.
"⟦d:a|Hannah told police on four occasions that she was frightened for her life. On none of those occasions was she visited at home,⟧" the conclusion read.
Hannah's father, Vikram Tiwari, said outside court: "⟦d:b|She did everything she was told to do. She kept a diary, she saved every message, she called 999. And she still died.⟧"
Assistant Chief Constable Joanne Pemberton of Northfold Police said the force had "⟦p:c|let Hannah down⟧". "⟦d:c|I am truly sorry. We have changed how we assess stalking reports, but I know that comes too late for Hannah's family,⟧" she said.
Coroner Alan Bristow said he would send a report to the Home Secretary. "⟦d:d|The same failings have been identified in at least three other cases I am aware of. This is not a local problem,⟧" he said.

### 057
@a Patrick Lenihan-Shaw | -
@b - | a board member who asked not to be named because the proceedings were confidential
@c Siobhan Garrity | The authority's chair
@d Eoin Carragher | Transport minister
The chief executive of Dunhallow Harbour Authority is expected to resign after a disciplinary hearing found he misled the board over the cost of a new ferry terminal, according to two people familiar with the matter.
The hearing, held in private last week, concluded that Patrick Lenihan-Shaw had told board members in March that the project was "⟦p:a|on budget and on schedule⟧" when internal reports showed it was £11 million over.
"⟦d:b|The board feels it was lied to. There's no way back from that,⟧" said a board member who asked not to be named because the proceedings were confidential.
Mr Lenihan-Shaw said through his solicitor that he "⟦p:a|utterly rejects⟧" the findings. "⟦d:a|I have never knowingly given the board inaccurate information, and I will be challenging this process,⟧" he said in a statement.
The authority's chair, Siobhan Garrity, declined to comment on what she called "⟦p:c|a confidential employment matter⟧".
According to minutes of the March board meeting seen by this newspaper, one member asked directly whether the project faced cost overruns. The minutes record Mr Lenihan-Shaw as replying: "⟦d:a|None that I'm aware of.⟧"
Transport minister Eoin Carragher said he had asked for "⟦p:d|a full report⟧". "⟦d:d|Public money was spent on this terminal. The public is entitled to know what happened,⟧" he told reporters.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh42.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh42",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
