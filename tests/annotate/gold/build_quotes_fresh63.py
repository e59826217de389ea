# ruff: noqa: E501
"""Build ``quotes_fresh63.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: trials with witnesses and cross-examination, sentencing
remarks, defendants and victims' families outside court, inquests, inquiry hearings
and transcripts, appeals and judicial reviews, employment, immigration, housing,
medical and sports tribunals, written up in wire, broadsheet, tabloid, local-paper,
magazine, live-blog and broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh63-NNN``.

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

* A role title or relational phrase before the name combined with an appositive after
  it (``Her husband, Tor Lund, a retired ferry captain``): the appositive is the
  description. A title before the name alone (``District Judge …``, ``Senior Coroner
  …``, ``Employment Judge …``, ``Recorder …``, ``Presiding judge …``) is the
  description. Police and military ranks before a name (``Detective Inspector``,
  ``Chief Superintendent``, ``Lance Corporal``) are role titles: left out of the name,
  the description when the passage gives no appositive.
* The judicial styles ``Mr Justice``, ``Mrs Justice``, ``Lady Justice``, ``Lord
  Justice`` and a bare ``Justice`` before a name are forms of address, like
  honorifics: never the description. Such a judge's description is a definite
  description used at a cue (``the judge said``), else null.
* Court-report participles and prepositional tags after a name (``prosecuting``,
  ``defending``, ``mitigating``, ``for the prosecution``, ``for Heald``,
  ``representing the injured protesters``) are not descriptions; a definite
  description used at a later cue (``the prosecutor asked``) is.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description at a cue (``the 58-year-old``), that description
  is taken. A lead sentence that describes the speaker before naming them (``A former
  branch operator who was jailed … told the inquiry she had been "…"``) supplies the
  description only when it is itself the cue of a quote and the passage gives no
  appositive or title at the name.
* A non-restrictive relative clause after an appositive (``The victim, who cannot be
  named``) is not part of the description; a restrictive one or a reduced one
  (``a former army colonel accused of crimes against humanity``) is.
* Statements, letters and victim personal statements read to the court by someone
  else (a detective, a barrister, the coroner) belong to their author. Text messages,
  emails and police-interview recordings played or read in court belong to whoever
  wrote or spoke them, also when a witness reads them aloud in a transcript.
* Judgments: a named court or tribunal that ``said in its ruling`` is the speaker; a
  judgment written by a named judge (``she wrote``) is that judge's speech. A jury's
  written conclusion, a group such as ``jurors`` or ``Prosecutors`` and a family
  speaking together have a null speaker and that phrase as the description.
* Fragments quoted from unidentified reviews or documents are ``partial`` with a null
  speaker; when the passage identifies whose words they were, that person is the
  speaker.
* Questions by a first-person writer (``I ask``) are ``direct`` with speaker and
  description null; counsel's questions in cross-examination are counsel's speech,
  and an answer with no cue belongs to the witness being questioned.
* Legal labels and scheme names (the ``unduly lenient sentence`` scheme) and
  nicknames given to defendants are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh63.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh63.jsonl")

PASSAGES = """
### 001
@a Callum Rafferty | a 46-year-old scaffolding contractor
@b Helena Osei-Bonsu | the prosecutor
@c Marcus Threlfall | Judge
KESTRELFORD, England, Feb 11 (Meridian Wire) - A man accused of murdering his business partner told a jury on Tuesday he “⟦p:a|panicked and ran⟧” after finding him bleeding on the floor of the warehouse they shared, and did not call an ambulance because he thought no one would believe him.
Callum Rafferty, a 46-year-old scaffolding contractor, who denies murdering Stephen Vance in March last year, was giving evidence for a second day at Kestrelford Crown Court.
“⟦d:a|I knew how it looked. We'd had the row, everybody knew about the row,⟧” Rafferty said. “⟦d:a|I thought, if I'm stood there with him like that, that's it for me.⟧”
Under cross-examination, Helena Osei-Bonsu KC, prosecuting, put it to him that he had never found Vance injured at all.
“⟦d:b|You didn't find him, Mr Rafferty. You left him there. Isn't that right?⟧”
“⟦d:a|No. That's not right.⟧”
“⟦d:b|Then why did you wash your jacket at two in the morning?⟧” the prosecutor asked.
Rafferty paused for several seconds before answering. “⟦d:a|Because it had his blood on it, and I couldn't look at it.⟧”
Judge Marcus Threlfall told jurors they would hear closing speeches on Thursday. “⟦d:c|You must not discuss this case with anyone outside your number, and that includes online,⟧” he said.
The trial continues.
(Reporting by Anneliese Grobler; Editing by Tom Harcastle)

### 002
@a Jonathan Leckie | Prosecutor
@b Owain Tudor-Rees | -
@c Carys Mathias | Chair of the bench
A DELIVERY driver who was almost three times the legal limit when he drove into a bus shelter in Abercarreg has been banned from the roads for two years.
Dylan Probert, 29, of Heol y Felin, pleaded guilty at Abercarreg Magistrates' Court on Monday to drink-driving.
Prosecutor Jonathan Leckie said Probert had been "⟦p:a|unsteady on his feet and slurring his words⟧" when officers arrived shortly after 11pm on January 4.
"⟦d:a|He told the officers, 'I've only had two,' which plainly was not the case,⟧" Mr Leckie said.
A breath test showed 97 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
Owain Tudor-Rees, defending, said his client had been drinking after hearing that his father had been taken into hospital.
"⟦d:b|That is an explanation, not an excuse, and Mr Probert understands that,⟧" he said. "⟦d:b|He is deeply ashamed. He has already signed up for a course with a local charity.⟧"
Chair of the bench Carys Mathias told Probert he had been "⟦p:c|extremely lucky⟧" that nobody was waiting at the bus stop.
"⟦d:c|Ten minutes earlier and there would have been a queue of people there,⟧" she said. "⟦d:c|You could so easily be facing a very different charge today.⟧"
Probert was also fined £640 and ordered to pay £85 costs and a £256 surcharge.

### 003
@a Sharon Kettering | Jordan's mother
@b Lee | Sharon's husband
@c - | One relative
@d Ravi Chaudhary | Detective Inspector
@e Pemberton | The judge
A HEARTBROKEN mum last night branded her son's killer a “⟦p:a|coward⟧” after he was jailed for life.
Sharon Kettering, Jordan's mother, sobbed outside Brackley Crown Court as she spoke of the moment she learned her “⟦p:a|beautiful boy⟧” had been stabbed.
“⟦d:a|He was my world. He was 19 and he had everything in front of him,⟧” she said.
“⟦d:a|That coward took him away over a pair of trainers. He never even said sorry. Not once. Not today, not ever.⟧”
Dean Harlow, 23, was told he must serve at least 21 years for the murder of Jordan Kettering, who was knifed in an alley off Brackley High Street last April.
Sharon's husband Lee, 54, added: “⟦d:b|We'll never get over this. We've got a life sentence too, that's what people don't understand.⟧”
Harlow, of no fixed address, smirked at the public gallery as he was led to the cells. One relative shouted “⟦d:c|Rot in hell⟧” as he went down.
The judge, Mr Justice Pemberton, told Harlow he had shown “⟦p:e|not a flicker of remorse⟧”.
Detective Inspector Ravi Chaudhary said: “⟦d:d|Jordan was an innocent young man walking home from work. Harlow is a dangerous individual and the streets of Brackley are safer with him behind bars.⟧”

### 004
@a Imran Qureshi | a consultant in emergency medicine at Westmere General
@b Lorna Achterberg | His daughter
@c Philippa Nwosu | Area Coroner
@d Westmere Hospitals Trust | -
@e - | his family
A pensioner who waited more than nine hours on a trolley in a hospital corridor died from a bleed that could have been treated had it been spotted sooner, an inquest has concluded.
Hendrik Achterberg, 81, a retired printer from Saltmoor, was taken to Westmere General Hospital on 2 November after a fall at home. He died two days later.
Dr Imran Qureshi, a consultant in emergency medicine at Westmere General, told the hearing at Saltmoor Coroner's Court that the department had been "⟦p:a|at full stretch⟧" that night, with 14 patients waiting for beds.
"⟦d:a|I won't pretend otherwise. On that shift we did not have the staff to observe every patient in the corridor as often as we should have,⟧" he said.
Asked by the coroner whether the delay had made a difference, Dr Qureshi replied: "⟦d:a|On the balance of probabilities, yes. If the scan had been done within the first two hours, I think he would have been operated on.⟧"
His daughter, Lorna Achterberg, said her father had asked repeatedly for help. "⟦d:b|He kept saying, 'Nobody's come, love, nobody's come.' I rang the ward four times from my car,⟧" she said.
Recording a narrative conclusion, Area Coroner Philippa Nwosu said the delay in diagnosis had "⟦p:c|more than minimally contributed⟧" to Mr Achterberg's death.
"⟦d:c|This was not the failure of any one member of staff, who were doing their best in very difficult circumstances. It was the failure of a system that had run out of room,⟧" she said.
She said she would be issuing a report to prevent future deaths.
Westmere Hospitals Trust said it was "⟦p:d|truly sorry⟧" and had "⟦p:d|made changes to how patients in our corridors are monitored⟧".
In a statement, his family said: "⟦d:e|Dad was a proud, gentle man who never wanted to make a fuss. He deserved better, and we hope nobody else's dad has to wait like he did.⟧"

### 005
@a Gerald Whitcombe | the former head of building control at Harnley Borough Council
@b Nadia Karimzadeh | counsel to the inquiry
@c - | A woman in the public gallery
@d Anthony Mirfield | the inquiry chairman
@e - | a colleague
A former council building control chief has told the Calder Point inquiry he “⟦p:a|simply did not know⟧” the cladding on the tower would burn.
Gerald Whitcombe, the former head of building control at Harnley Borough Council, was questioned for more than four hours on Wednesday about the sign-off of the 2016 refurbishment.
Nadia Karimzadeh KC, counsel to the inquiry, asked him whether he had read the manufacturer's test certificate before approving the work.
“⟦d:a|I would have seen it. I can't say I read every line.⟧”
“⟦d:b|Mr Whitcombe, it ran to four pages. Did you read page three?⟧”
“⟦d:a|I don't believe I did, no.⟧”
“⟦d:b|Page three is where it says the product is not suitable for buildings over 18 metres.⟧”
“⟦d:a|I understand that now.⟧”
A woman in the public gallery called out “⟦d:c|Shame on you⟧”, and the inquiry chairman, Sir Anthony Mirfield, asked for quiet. “⟦d:d|I understand the strength of feeling in this room, but we must let the witness answer,⟧” he said.
Later, Ms Karimzadeh told him his department had been described by a colleague as a “⟦p:e|rubber stamp⟧”. He rejected the phrase. “⟦d:a|We were stretched, but we were not a rubber stamp,⟧” he said.
Mr Whitcombe, who retired in 2019, said he wanted to apologise to the families. “⟦d:a|I have thought about this every day for six years. I am sorry. I know that is not enough.⟧”

### 006
@a Beatriz Almeida | a former operations manager at Tollgate Freight
@b Joanne Fairweather | the company's regional director
@c Kwame Asante | Employment Judge
@d Tollgate Freight | -
A former operations manager at a haulage firm was unfairly dismissed after she raised concerns about drivers' hours, an employment tribunal has ruled.
Beatriz Almeida, a former operations manager at Tollgate Freight, told the hearing in Marbury that she was "⟦p:a|frozen out⟧" within weeks of sending an email to senior managers in 2022.
"⟦d:a|Overnight I went from running the depot to not being copied into anything,⟧" she said. "⟦d:a|Meetings happened without me. My desk was moved next to the vending machines.⟧"
Joanne Fairweather, the company's regional director, denied that the email had anything to do with Ms Almeida's dismissal, which the firm said was the result of a restructure.
"⟦d:b|Beatriz was a capable manager, but the role she held no longer existed,⟧" Ms Fairweather told the tribunal. "⟦d:b|That was a decision about the structure, not about her.⟧"
Asked why the "⟦s:-|new⟧" role created two months later had an almost identical job description, she said: "⟦d:b|There were differences. The new role had responsibility for two sites.⟧"
In his written judgment, Employment Judge Kwame Asante said the restructure was "⟦p:c|a pretext⟧".
"⟦d:c|The tribunal is satisfied that the principal reason for the claimant's dismissal was that she had made a protected disclosure,⟧" he wrote. "⟦d:c|The so-called restructure was designed around her.⟧"
Tollgate Freight said it was "⟦p:d|disappointed⟧" with the decision and was considering an appeal.
Ms Almeida said outside the hearing: "⟦d:a|I just wanted someone to say I was right to speak up. Today they did.⟧"

### 007
@a MT | The 24-year-old
@b Declan Furlong | the Border Directorate's presenting officer
@c Ioana Petrescu | His barrister
@d Ayesha Siddiqui | Judge
A young man who says he fled forced conscription told an immigration tribunal he would be “⟦p:a|taken straight from the airport⟧” if he were sent back to Qasmara.
The 24-year-old, identified only as MT to protect his family, gave evidence through an interpreter at the First-tier Tribunal in Farnhurst on Thursday.
“⟦d:a|My brother was taken in 2019. We have not heard from him since. They came to the house three times asking for me,⟧” he said.
Declan Furlong, the Border Directorate's presenting officer, suggested there were inconsistencies between his account at interview and his written statement.
“⟦d:b|In your screening interview you said they came twice. Today you say three times. Which is it?⟧”
Through the interpreter, MT answered: “⟦d:a|The first interview, I was very tired, I had been on the lorry for two days. It was three times.⟧”
His barrister, Ioana Petrescu, told the judge that small discrepancies were “⟦p:c|entirely to be expected⟧” from someone who had been through what her client had.
“⟦d:c|The core of his account has never changed. Not once, in four years,⟧” she said.
Judge Ayesha Siddiqui reserved her decision. “⟦d:d|I will give my determination in writing as soon as I can. I appreciate what is at stake for you,⟧” she told MT.

### 008
@a Valmont Court of Appeal | -
@b Karim Benslimane | -
@c Hugo Desrosiers | His lawyer
@d Solène Argaud | Prosecutor-General
VALMONT, March 3 (Meridian Wire) – An appeals court on Monday overturned the conviction of a baker jailed for six years over a fire that killed two people, ruling that the expert evidence used to convict him was «⟦p:a|fundamentally unreliable⟧».
Karim Benslimane, 41, was found guilty in 2021 of setting the fire at his bakery in the old town of Valmont to claim on the insurance. He has always denied it.
The Valmont Court of Appeal said in its ruling that the fire investigator relied on at trial had «⟦p:a|stated as certainties matters that were, at best, possibilities⟧».
«⟦d:a|No reasonable court, having heard the evidence now available, could be sure of the appellant's guilt,⟧» the ruling said.
Benslimane wept as the decision was read out and embraced his wife in the corridor outside. He said only «⟦d:b|Enfin⟧» – «⟦d:b|at last⟧».
His lawyer, Hugo Desrosiers, said the case should «⟦p:c|shame everyone who had a hand in it⟧».
«⟦d:c|My client spent 1,900 days in prison for a crime that never happened. There was no arson. There was an old oven and faulty wiring, which is what we said from the first day,⟧» Desrosiers told reporters.
Prosecutor-General Solène Argaud said her office would «⟦p:d|study the ruling carefully⟧» before deciding whether to take the case to the Supreme Court. «⟦d:d|The families of the two victims are also owed answers,⟧» she added.

### 009
@a - | Prosecutors
@b Trent Vollmer | the former chief executive of Brightfold
@c Marisa Delgado | Assistant District Attorney
@d Jerome Whitfield | Defense attorney
@e Harriet Okonjo | Superior Court Judge
@f Doreen Mabry | a retired schoolteacher from Cedar Flats
PORTSIDE, Ore. (KVRN) — Prosecutors told jurors Thursday that the founder of a failed Portside lending app "⟦p:a|lied to everyone who trusted him⟧" as they wrapped up a five-week fraud trial.
Trent Vollmer, 37, the former chief executive of Brightfold, is charged with 14 counts of securities fraud and wire fraud. Prosecutors say he raised $31 million from more than 2,000 investors while hiding the company's losses.
"⟦d:c|He didn't make a mistake. He didn't get unlucky. He made a choice, over and over again, to take money from people who could not afford to lose it,⟧" Assistant District Attorney Marisa Delgado said in her closing argument.
Delgado pointed to a text message Vollmer sent a colleague in 2021: "⟦d:b|If they ask, just say the audit is in progress.⟧"
"⟦d:c|There was no audit,⟧" she told the jury. "⟦d:c|There was never going to be an audit.⟧"
Defense attorney Jerome Whitfield countered that Vollmer was "⟦p:d|a true believer⟧" in a company that failed, not a criminal.
"⟦d:d|Being wrong is not a crime. Being optimistic is not a crime,⟧" Whitfield said. "⟦d:d|If it were, every startup founder in this state would be sitting where my client is sitting.⟧"
Vollmer, who did not testify, sat with his hands folded throughout.
Superior Court Judge Harriet Okonjo told jurors they would begin deliberating Friday morning. "⟦d:e|Take all the time you need,⟧" she said.
"⟦d:f|I just want to hear him say he's sorry,⟧" said Doreen Mabry, a retired schoolteacher from Cedar Flats, who lost $80,000 when Brightfold collapsed.

### 010
@a Maren Halvorsen | a 58-year-old piano teacher
@c Frank Oduya | another juror
It has been four years since Maren Halvorsen sat on the jury in the trial of Lewis Adebayo-Crane, and she still sometimes dreams about the jury room.
“⟦d:a|It had no windows. That's the thing people don't know. Twelve of us in a room the size of a garage, for nine days, with a kettle and a box of biscuits that nobody touched after day two,⟧” she says.
Halvorsen, a 58-year-old piano teacher, had never been inside a courtroom before the summons arrived. She assumed, she says, that she would be sent home on the first morning.
“⟦d:-|Do you think you got it right?⟧” I asked her, when we met in the café below her studio. She was quiet for a long time.
“⟦d:a:m|I think we did what we were asked to do. We looked at what was put in front of us. But I'll be honest, there were moments when I thought, we are twelve strangers guessing.⟧
“⟦d:a:m|There was one woman who was certain from the first morning. She'd decided. And there was a young lad, a plasterer, who asked more sensible questions than any of the barristers.⟧
“⟦d:a|I still don't know if the man was guilty. I know we couldn't be sure. That's what the law asks, isn't it? Whether you're sure.⟧”
The jury acquitted Adebayo-Crane of causing grievous bodily harm with intent. Frank Oduya, another juror, who drives the 42 bus past the court most mornings, remembers the verdict differently.
“⟦d:c|Some people cried. I didn't feel anything until I got home, and then I couldn't sleep for a week,⟧” he says. “⟦d:c|Nobody tells you what to do with it afterwards. You're not allowed to talk about what happened in that room, so you carry it.⟧”
Jurors in Marlhaven can be prosecuted for disclosing their deliberations, which is why neither would discuss how the votes fell. “⟦d:a|I'd love to tell you,⟧” Halvorsen says, smiling for the first time. “⟦d:a|But I don't fancy going to prison over it.⟧”
### 011
@a Rosalind Kaur | the judge
@b Simone Adeyemi-Clarke | Callaghan's barrister
@c Brodie Callaghan | a former nightclub security guard
@d Tevita Lolohea | The victim's father
PORT ARDEN, May 9 (Meridian Wire) - A former nightclub bouncer who killed a teenager with a single punch outside a venue in Port Arden was jailed for nine years on Friday, with the judge saying the case showed "⟦p:a|the catastrophic consequences of a moment's violence⟧".
Brodie Callaghan, 31, a former nightclub security guard, pleaded guilty to the manslaughter of Sione Lolohea, 18, in the early hours of New Year's Day.
Sentencing him in the Supreme Court, Justice Rosalind Kaur said the blow had been "⟦p:a|entirely unprovoked⟧".
"⟦d:a|Mr Lolohea had turned to walk away. He posed no threat to you or to anyone else,⟧" the judge said.
"⟦d:a:m|You struck him with such force that he fell backwards and hit his head on the kerb. He never regained consciousness.⟧
"⟦d:a|I accept that you did not intend to cause his death. But you are a trained security guard. You of all people understood what a punch to the head can do.⟧"
Callaghan's barrister, Simone Adeyemi-Clarke, had told the court her client was "⟦p:b|consumed by remorse⟧" and had written to the family.
Callaghan, who wept through much of the hearing, said "⟦d:c|I'm sorry⟧" as he was led from the dock.
The victim's father, Tevita Lolohea, said outside court the sentence was "⟦p:d|not enough, but nothing would be enough⟧".
"⟦d:d|My son went out to celebrate the new year with his cousins. He came home in a box,⟧" he said. "⟦d:d|I want every young man in this city to think about Sione before they raise their fist.⟧"
Callaghan will be eligible for parole after six years.

### 012
@a Tomasz Nowicki | a lifeguard at Pellow Sands
@b - | A 15-year-old friend
@c Noor Farouk | His mother
@d Gwen Ashdown | Senior Coroner
@e Coastal Lifesaving Trust | -
A teenager who drowned off Pellow Sands had been swimming outside the flagged area when he was caught in a rip current, an inquest has heard.
Zain Farouk, 15, from Tremellick, got into difficulty on the afternoon of July 22 last year, shortly after lifeguards had moved the flags because of the changing tide.
Tomasz Nowicki, a lifeguard at Pellow Sands, told the inquest in Penhallow that he saw the boy ``⟦p:a|waving, then going under⟧''.
``⟦d:a|I was in the water within about 40 seconds. By the time I reached the spot he had gone. We searched with the rescue board and the inshore boat came round within ten minutes,⟧'' he said.
A 15-year-old friend, who cannot be named because of his age, said in a statement read to the court: ``⟦d:b|We didn't see the flags had moved. We just went in where we always go in.⟧''
His mother, Noor Farouk, said Zain had been ``⟦p:c|a strong swimmer in the pool⟧'' but had never been warned about rips.
``⟦d:c|Nobody teaches them that the sea is different. I want every school in this county to teach it,⟧'' she said.
Recording a conclusion of accidental death, Senior Coroner Gwen Ashdown said: ``⟦d:d|Zain was a bright, much-loved boy. The flags are there for a reason, but I accept that on a busy day it is not always obvious when they have been moved.⟧''
The Coastal Lifesaving Trust said it would ``⟦p:e|look again⟧'' at how flag changes were announced on busy beaches.

### 013
@a Anand Krishnamurthy | -
@b Pauline Haverstock | former council leader
@c Emeka Obi | Judge
@d Fenella Brisk | Our reporter
Live: Haverstock misconduct trial – former council leader cross-examined
10.02am: Good morning and welcome to our live coverage from Dunmere Crown Court, where former council leader Pauline Haverstock is due to be cross-examined for the first time.
10.41am: Mrs Haverstock has entered the witness box. She is wearing a navy suit and has a folder of notes, which the judge has said she can use.
10.47am: Anand Krishnamurthy KC, for the prosecution, starts by asking about the Orchard Street contract.
“⟦d:a|Mrs Haverstock, you knew that Bramblegate Developments was owned by your son-in-law, didn't you?⟧”
“⟦d:b|I knew he worked there. I didn't know he owned it.⟧”
“⟦d:a|He was the sole director. It's on the first page of the tender.⟧”
“⟦d:b|I didn't read the first page of every tender. I had officers for that.⟧”
11.05am: Judge Emeka Obi has reminded the public gallery to keep their phones switched off after one rang during Mrs Haverstock's evidence. “⟦d:c|The next one I hear will be confiscated,⟧” he said.
11.20am: Our reporter Fenella Brisk, who is in court, says: “⟦d:d|She's much more combative than she was yesterday. She's correcting him on dates and he doesn't like it.⟧”
11.34am: Asked whether she ever declared the family connection, Mrs Haverstock replied: “⟦d:b|I mentioned it to the chief executive. Informally. Over coffee.⟧”
Mr Krishnamurthy: “⟦d:a|Is there a note of that coffee anywhere?⟧”
“⟦d:b|Not that I'm aware of.⟧”
11.50am: The court has risen for a short break. We'll be back when it resumes.

### 014
@a Teresa Moynihan | Panel chair
@b Faisal Haddad | -
@c Adrian Kowalczyk | a GP from Hollinshead
@d Hannah Ellery | -
@e Medical Practitioners Council | -
A GP who prescribed powerful painkillers to patients he had never examined has been struck off the medical register.
Dr Adrian Kowalczyk, a GP from Hollinshead, issued more than 300 prescriptions for opioids through an online clinic between 2020 and 2022, a tribunal heard.
Panel chair Teresa Moynihan said his conduct had been "⟦p:a|deplorable⟧" and "⟦p:a|fundamentally incompatible with continued registration⟧".
"⟦d:a|Dr Kowalczyk repeatedly put commercial considerations ahead of the safety of vulnerable patients. He did so after he had been warned,⟧" she said.
Representing Dr Kowalczyk, Faisal Haddad said his client accepted that he had "⟦p:b|fallen far short⟧".
"⟦d:b|He has not practised for two years. He does not seek to minimise what he did,⟧" Mr Haddad said.
Dr Kowalczyk told the panel during the hearing that he had been "⟦p:c|naive⟧" about the clinic's owners. "⟦d:c|I thought I was helping people who couldn't get appointments. I see now that I was being used,⟧" he said.
Hannah Ellery, whose mother received prescriptions from the clinic, said: "⟦d:d|My mum was 74 and on eleven different medications. Nobody looked at her. Nobody asked.⟧"
The Medical Practitioners Council said the decision "⟦p:e|sends a clear message⟧" to doctors working online.

### 015
@a Marcus Delacroix-Hale | Chief Superintendent
@b Rajesh Menon | -
@c Amara Nwachukwu | a student who suffered a broken wrist when officers pushed the line forward
@d Olwen Pritchard | The inquiry chair
The senior officer in command on the night of the Ferrier Square protest has told a public inquiry he would “⟦p:a|make the same decision again⟧” to contain demonstrators for more than six hours.
Chief Superintendent Marcus Delacroix-Hale said the containment was necessary because a minority of protesters had been “⟦p:a|intent on serious disorder⟧”.
Around 2,000 people gathered in the square in November 2022 to protest against rising rents. Footage shown to the inquiry showed banners reading “⟦s:-|Homes Not Hotels⟧” and “⟦s:-|Rents Down Now⟧”, and crowds chanting “⟦s:-|Whose streets? Our streets⟧”.
Rajesh Menon KC, representing the injured protesters, asked him whether he had personally seen any of those people do anything more than chant.
“⟦d:a|Not personally, no. I was relying on reports from the ground,⟧” the chief superintendent said.
“⟦d:b|So you held 2,000 people in the cold, including children, on the basis of reports you can't now identify?⟧”
“⟦d:a|That's not a fair characterisation.⟧”
Amara Nwachukwu, a student who suffered a broken wrist when officers pushed the line forward, told the inquiry earlier this week: “⟦d:c|I wasn't scared of the police before that night. I am now. I cross the road when I see them.⟧”
The inquiry chair, Dame Olwen Pritchard, said she expected to publish her report in the spring. “⟦d:d|Nobody should read anything into the questions I have asked. I have reached no conclusions,⟧” she said.

### 016
@a Connor Maguire | a 27-year-old plasterer from Carrickmore
@b Yusuf Demir | prosecutor
@c Aidan Brennan | -
@d Siobhan Keane | Bar manager
A plasterer accused of glassing a man in a pub told a jury he was defending himself after being "⟦p:a|jumped from behind⟧".
Connor Maguire, a 27-year-old plasterer from Carrickmore, denies wounding Aidan Brennan with intent at the Anchor Bar on St Patrick's Day last year.
Giving evidence at Carrickmore Circuit Criminal Court, Maguire said: "⟦d:a|He grabbed me round the neck. I couldn't breathe. I had a glass in my hand and I just swung it backwards.⟧"
Under cross-examination, prosecutor Yusuf Demir asked why CCTV showed Maguire turning round before the glass struck Mr Brennan.
"⟦d:b|You weren't swinging backwards, were you? You turned and faced him,⟧" Mr Demir said.
"⟦d:a|It all happened in a second. I don't know which way I was facing,⟧" Maguire replied.
"⟦d:b|But you remembered clearly enough to tell police you'd 'never been near him', didn't you?⟧"
"⟦d:a|I was panicking. I lied about that. I'm not lying now.⟧"
Mr Brennan, 30, told the court on Tuesday that he had only tapped Maguire on the shoulder to ask him to stop shouting at his girlfriend. "⟦d:c|Next thing I know there's blood pouring into my eye,⟧" he said.
Bar manager Siobhan Keane said the pub had been "⟦p:d|absolutely rammed⟧" that night. "⟦d:d|You couldn't see what was going on from one end of the bar to the other,⟧" she said.
The trial continues before Judge Declan Foley and a jury of seven men and five women.

### 017
@a Abena Mensah | Chloe's mother
@b Nathaniel Okoro | -
@c Thomas Ingleby | Recorder
@d Kirsty Galbraith | Detective Sergeant
The mother of a teenager killed by a speeding driver told him in court that he had “⟦p:a|taken the sun out of our sky⟧”.
Chloe's mother, Abena Mensah, was too distressed to read her victim personal statement herself, so it was read to Calderbridge Crown Court by Detective Sergeant Kirsty Galbraith.
“⟦d:a:m|Chloe was 17. She had just passed her driving test, she had a Saturday job at the bakery and she wanted to be a midwife. She would sing in the shower so loudly the neighbours complained.⟧
“⟦d:a:m|On the night of 14 September a police officer knocked on my door and my life ended. I do not sleep. I set the table for four and then I remember.⟧
“⟦d:a|I don't hate you. I want you to know that. But I will never forgive you, because you have taken the sun out of our sky.⟧”
Jake Pilling, 20, was driving at 68mph in a 30mph zone when his car hit Chloe as she crossed Hanley Road. He admitted causing death by dangerous driving.
Nathaniel Okoro, mitigating, said Pilling was “⟦p:b|a young man who made an appalling decision⟧” and had asked him to pass on his apology to the family.
Recorder Thomas Ingleby jailed Pilling for seven years and four months and banned him from driving for ten years. “⟦d:c|No sentence I can pass can reflect the value of Chloe's life, and it is not intended to,⟧” he said.
Outside court, DS Galbraith said: “⟦d:d|Chloe's family have shown extraordinary dignity throughout this case. Today is not a victory for anyone.⟧”

### 018
@a Tunde Bakare | a former security supervisor at Gallowmere Airport
@b Craig Pettifer | Duty manager
@c Maeve Gallagher | Employment Judge
@d Gallowmere Airport Services | -
A security supervisor at Gallowmere Airport was racially harassed by colleagues who called him «⟦s:-|the Visitor⟧» for three years, an employment tribunal has found.
Tunde Bakare, 44, a former security supervisor at Gallowmere Airport, told the hearing the nickname was used «⟦p:a|every single shift, in front of passengers⟧».
«⟦d:a|They said it was banter. It was never banter. I have lived in this country since I was six years old,⟧» he said.
Duty manager Craig Pettifer told the tribunal he had thought the name was «⟦p:b|affectionate⟧». «⟦d:b|Everyone had a nickname. Mine was Biscuits,⟧» he said.
Asked by the judge whether anyone else's nickname referred to where they were from, he replied: «⟦d:b|I suppose not, no.⟧»
In her written judgment, Employment Judge Maeve Gallagher found that managers had «⟦p:c|not merely tolerated but participated in⟧» the harassment.
«⟦d:c|The claimant was entitled to feel that he was being told, day after day, that he did not belong,⟧» she wrote.
Gallowmere Airport Services said it accepted the findings and had «⟦p:d|apologised unreservedly⟧» to Mr Bakare.

### 019
@a Julian Pomfret | Celebrity lawyer
@b Aled Powys | District Judge
@c Danny Okwuosa | TOP-FLIGHT star
@d - | one fan waiting outside
TOP-FLIGHT star Danny Okwuosa dodged a driving ban yesterday — after his lawyer claimed the speed camera was "⟦p:a|hidden behind a bush⟧".
The Harbury Rovers winger, 24, was clocked at 47mph in a 30 zone in his £180,000 sports car on the way to training in March.
Celebrity lawyer Julian Pomfret — dubbed "⟦s:-|Mr Technicality⟧" for his record of getting famous clients off — told the court the sign warning drivers was "⟦p:a|completely obscured by foliage⟧".
"⟦d:a|My client is not above the law. But the law has to be applied fairly, and you can't fine someone for a sign they couldn't see,⟧" he said.
District Judge Aled Powys agreed the sign was "⟦p:b|barely visible⟧" and dismissed the case. "⟦d:b|This is not a finding that Mr Okwuosa was driving appropriately. It is a finding that the prosecution has not proved its case,⟧" he said.
Okwuosa, wearing a grey tracksuit, grinned as he left Harbury Magistrates' Court and told waiting photographers: "⟦d:c|Good day at the office.⟧"
But one fan waiting outside fumed: "⟦d:d|If that was me, I'd have three points and a fine. One rule for them.⟧"

### 020
@a Leanne Dobbs | Prison officer
@b Hamid Rashidi | Assistant Coroner
@c - | the jury
@d Chantelle Morrow | His sister
@e Prison and Probation Agency | -
An inquest jury has found that failures by staff at Sandmoor Prison contributed to the death of a 26-year-old man who was left alone in his cell despite warnings that he was at risk.
Ashley Morrow was found unresponsive on 3 June 2023, eleven days after arriving at the prison on remand.
Prison officer Leanne Dobbs told the inquest she had not been told he was on an observation plan. “⟦d:a|If I'd known, I would have been checking him every hour. Nobody handed it over,⟧” she said.
Asked by Assistant Coroner Hamid Rashidi whether that was unusual, she replied: “⟦d:a|Honestly? No. Handovers were a few words on the landing, if you were lucky.⟧”
In a narrative conclusion, the jury found there had been “⟦p:c|a serious failure to communicate risk⟧” and that observation checks were “⟦p:c|not carried out as required⟧”.
Mr Rashidi told the jurors: “⟦d:b|Thank you for the care you have taken over these difficult weeks.⟧”
His sister, Chantelle Morrow, said: “⟦d:d:m|Ashley wasn't a number. He was a funny, kind, messed-up lad who needed help and told people he needed help.⟧
“⟦d:d|He was on remand. He hadn't been convicted of anything. He should have come home.⟧”
The Prison and Probation Agency said it had “⟦p:e|already made significant changes⟧” at the prison.
### 021
@a Ryan Thorogood | a gym instructor from Wexley
@b Gemma Sutcliffe | -
@c - | The complainant
@d Ade Fashola | Thorogood's barrister
A gym instructor sent his girlfriend more than 200 messages in a single day demanding to know where she was, a jury has heard.
Ryan Thorogood, a gym instructor from Wexley, denies controlling or coercive behaviour and assault between 2021 and 2023.
Opening the case at Wexley Crown Court, Gemma Sutcliffe, prosecuting, read out a selection of the messages.
"⟦d:a|Where are you. Answer me. I can see you've read it,⟧" one said. Another, sent minutes later, read: "⟦d:a|You're pathetic. Nobody else would put up with you.⟧"
"⟦d:b|This was not a relationship of equals, members of the jury. This was a relationship in which one person decided what the other could wear, who she could see and when she could leave the house,⟧" Ms Sutcliffe said.
The complainant, who cannot be identified for legal reasons, gave evidence from behind a screen. She told the jury she had felt "⟦p:c|like a prisoner in my own flat⟧".
"⟦d:c|I stopped seeing my sister because it wasn't worth the row when I got home,⟧" she said.
She was cross-examined by Thorogood's barrister, Ade Fashola. "⟦d:d|You sent him some very unpleasant messages too, didn't you?⟧" he asked.
"⟦d:c|Of course I did. I was angry. I was frightened and angry,⟧" she said.
The trial continues.

### 022
@a Esperance Mukamana | a 52-year-old farmer
@b Pierre-Yves Lambert | Defence counsel
@c Augustin Ndayizeye | a former army colonel accused of crimes against humanity
@d Katarina Lindqvist | Presiding Judge
ARNHELM, Oct 2 (Meridian Wire) – A woman who survived the massacre at Rubona church told a war crimes tribunal on Wednesday that she recognised the commander who gave the order «⟦p:a|by his voice, before I saw his face⟧».
Esperance Mukamana, a 52-year-old farmer, was testifying against Augustin Ndayizeye, a former army colonel accused of crimes against humanity, at the Special Tribunal for the Lakes Region.
Speaking through an interpreter, she said: «⟦d:a|He had come to our market many times. Everybody knew that voice. He said, 'Nobody leaves.'⟧»
Defence counsel Pierre-Yves Lambert suggested it had been too dark inside the church for her to be sure.
«⟦d:b|Madam, you told investigators in 2009 that you did not see who was at the door. Now you say you are certain. What changed?⟧»
«⟦d:a|Nothing changed. In 2009 I was afraid. His people were still in my village,⟧» she replied.
Ndayizeye, 67, who has pleaded not guilty, shook his head several times during her evidence. At one point he said loudly «⟦d:c|C'est faux⟧» – «⟦d:c|that is false⟧» – prompting a warning from the bench.
«⟦d:d|Mr Ndayizeye, you will have your opportunity to give evidence. You will not interrupt this witness again,⟧» Presiding Judge Katarina Lindqvist said.
The trial, which opened in March, is expected to last until the end of next year.

### 023
@a Simon Ferreira-Lowe | District Judge
@b Neville Haythornthwaite | Retired quantity surveyor
@c Deepa Lakhani | his neighbour
@d - | One neighbour who did not want to be named
A bitter row over a 20ft leylandii hedge between two neighbours in Little Dunstow has ended up in court — with a judge describing it as ``⟦p:a|the most expensive hedge in the county⟧''.
Retired quantity surveyor Neville Haythornthwaite, 71, sued his neighbour Deepa Lakhani for £8,400, claiming the hedge blocked light to his conservatory and killed his tomatoes.
``⟦d:b|Every summer I have grown tomatoes in that conservatory, for 30 years. Last year I got four,⟧'' he told Brindle County Court.
Mrs Lakhani, who bought the house next door in 2019, said the hedge had been there ``⟦p:c|long before either of us⟧''.
``⟦d:c|I offered to cut it to eight feet. I offered to split the cost. He wanted it gone completely, and he wanted me to pay for his tomatoes,⟧'' she said.
Dismissing the claim, District Judge Simon Ferreira-Lowe said: ``⟦d:a|I have every sympathy with Mr Haythornthwaite's tomatoes. But the law does not entitle him to them.⟧''
``⟦d:a|I would gently observe,⟧'' the judge added, ``⟦d:a|that both parties have now spent more on lawyers than the hedge could ever be worth.⟧''
One neighbour who did not want to be named said: ``⟦d:d|The whole lane is sick of it. It's a hedge.⟧''

### 024
@a Rebecca Stanwick | The Solicitor General
@b Ifeoma Okonkwo | -
@c Edward Carrow-Smith | -
@d - | The victim
Court of Appeal judges have more than doubled the sentence of a man who raped a woman he met on a dating app, after the case was referred under the “⟦s:-|unduly lenient sentence⟧” scheme.
Aaron Heald, 33, was jailed for four years at Mardenbury Crown Court in March. Three appeal judges on Tuesday increased that to nine years.
The Solicitor General, Rebecca Stanwick, who referred the case, had argued that the original sentence “⟦p:a|failed to reflect the gravity of the offending⟧”.
Giving the court's judgment, Lady Justice Ifeoma Okonkwo said the trial judge had wrongly treated Heald's previous good character as “⟦p:b|a weighty factor⟧”.
“⟦d:b|In offending of this kind, previous good character is of limited relevance. Offenders of this kind frequently present as men of good character. That is part of what enables them to offend,⟧” she said.
Edward Carrow-Smith, for Heald, had argued that the judge was entitled to take account of his client's “⟦p:c|genuine and unusual remorse⟧”.
The victim, who cannot be named, said in a statement released through police: “⟦d:d|I was told by a lot of people that four years was normal. It didn't feel normal to me. I'm glad someone listened.⟧”
Ms Stanwick said: “⟦d:a|I hope today's decision gives the victim some reassurance that her voice has been heard.⟧”

### 025
@a Rosario Baca | Baca's mother
@b Consuela Ybarra | District Attorney
@c Abe Rosenthal | Whitt's attorney
@d Dale Whitt | a former Larkspur County sheriff's deputy
@e - | A juror who spoke to reporters on condition of anonymity
LARKSPUR, N.M. (Meridian Wire) — A jury on Friday convicted a former sheriff's deputy of manslaughter in the shooting death of an unarmed man during a traffic stop, but acquitted him of second-degree murder.
Jurors deliberated for about 14 hours over three days before returning the verdict against Dale Whitt, 39, a former Larkspur County sheriff's deputy, who shot Emilio Baca, 24, in June 2023.
As the verdict was read, Baca's mother, Rosario Baca, clasped her hands and whispered, "⟦d:a|Gracias a Dios.⟧" Whitt showed no visible reaction.
"⟦d:b|This verdict says that a badge is not a license to kill,⟧" District Attorney Consuela Ybarra told reporters outside the courthouse. "⟦d:b|Deputy Whitt made a choice in those 11 seconds, and today 12 members of this community held him accountable for it.⟧"
Whitt's attorney, Abe Rosenthal, said he would appeal. "⟦d:c|We respect the jury's work, but we believe the law was not properly explained to them, and we'll be asking a higher court to look at that,⟧" he said.
Whitt testified last week that he believed Baca was reaching for a gun. "⟦d:d|I thought I was going to die on the side of that road,⟧" he told jurors.
A juror who spoke to reporters on condition of anonymity said the panel had been "⟦p:e|split down the middle⟧" on the murder charge. "⟦d:e|Nobody thought he woke up that morning wanting to kill somebody. But he didn't have to shoot,⟧" the juror said.
Sentencing is scheduled for Sept. 12. Whitt faces up to 15 years in prison.

### 026
@a Bernadette Mulcahy | -
@b Jenna Akhtar | counsel to the inquiry
@c Lucy Tran | -
@d Malcolm Ferrand | The inquiry's chairman
Widows and children of people who died after being given contaminated plasma have begun giving evidence to the Haldane Inquiry in Kelbridge.
Bernadette Mulcahy, 66, told the inquiry her husband, Padraig, had trusted his doctors “⟦p:a|completely, the way you'd trust a priest⟧” when he was given the plasma in 1984.
“⟦d:a:m|He believed them. Why wouldn't he? They were doctors. He'd had haemophilia since he was a baby, and those people had kept him alive.⟧
“⟦d:a:m|When the letter came saying he'd been exposed, he hid it from me for a year. He thought he was protecting me. By the time I found it he was already sick.⟧
“⟦d:a|He died in 1991. He was 38. Our girls were seven and nine.⟧”
Jenna Akhtar, counsel to the inquiry, asked: “⟦d:b|Did anyone, at any point, say sorry to you?⟧”
“⟦d:a|No. Not once. Not one person in thirty-three years,⟧” Mrs Mulcahy said.
Lucy Tran, 41, who was infected with hepatitis C as a child, described being banned from the school swimming pool. “⟦d:c|Other parents found out. I was eight. A teacher told me I couldn't go in the water because I might ‘give it to the other children’,⟧” she said.
She only learned she was infected when she applied for life insurance aged 23. “⟦d:c|My mum knew. The doctors told her not to tell me. She's never forgiven herself, and I've told her a hundred times it wasn't her fault.⟧”
The inquiry's chairman, Sir Malcolm Ferrand, thanked both women. “⟦d:d|It takes great courage to speak about these things in a public room, and I am grateful to you,⟧” he said.

### 027
@a Hélène Marceau | Upper Tribunal Judge
@b Kwabena Asamoah | a 35-year-old care worker
@c Interior Department | -
@d Leah Simmonds | His partner
@e Graham Otterburn | Local MP
A care worker who has lived in Stenmouth since he was four has won his appeal against deportation, with a judge ruling that removing him would be "⟦p:a|unduly harsh⟧" on his two young children.
Kwabena Asamoah, a 35-year-old care worker, was served with a deportation order in 2022 after he was jailed for 14 months for handling stolen goods.
In her determination, Upper Tribunal Judge Hélène Marceau said Mr Asamoah had "⟦p:a|no meaningful ties⟧" to the country of his birth, which he left as a toddler and has never visited.
"⟦d:a|The appellant speaks none of its languages. His entire family, his employment and his children are here. Removal would be, in every practical sense, exile,⟧" she wrote.
The Interior Department said it was "⟦p:c|disappointed by the tribunal's decision⟧" and was "⟦p:c|considering next steps⟧".
His partner, Leah Simmonds, said: "⟦d:d|We've had two years of not knowing whether the kids would have a dad at Christmas. I keep reading the judgment to make sure it's real.⟧"
Mr Asamoah said he accepted he had made "⟦p:b|a stupid mistake⟧" when he was younger. "⟦d:b|I served my sentence. I didn't complain. I just didn't think the punishment would be to lose my children,⟧" he said.
Local MP Graham Otterburn, who wrote to the department on the family's behalf, welcomed the decision. "⟦d:e|This was a case that should never have got this far,⟧" he said.

### 028
@a Lionel Abercrombie | -
@b Siobhan Farrelly-Quist | a forensic accountant instructed by the prosecution
@c Lucia Vasquez | Judge
The prosecution's forensic accountant in the Calloway Pensions fraud trial has conceded under cross-examination that she could not say where £2.3 million of the missing money went.
Dr Siobhan Farrelly-Quist, a forensic accountant instructed by the prosecution, spent a second day in the witness box at Eastbridge Crown Court on Monday.
Lionel Abercrombie KC, for the former pension fund manager Hartley Benn, took her through a series of transfers made in 2018.
“⟦d:a|You've told the jury this money was ‘diverted’. Diverted where, Dr Farrelly-Quist?⟧”
“⟦d:b|To an account in the name of Selwyn Trading.⟧”
“⟦d:a|And who controlled Selwyn Trading?⟧”
“⟦d:b|I don't know. The records I was given don't show that.⟧”
“⟦d:a|So you can't tell this jury that Mr Benn ever saw a penny of it?⟧”
“⟦d:b|Not from the documents I have seen, no.⟧”
Dr Farrelly-Quist said it was nonetheless “⟦p:b|highly unusual⟧” for a pension scheme to make payments to an overseas company with no trading history. “⟦d:b|In twenty years I've not seen a scheme of this size do it without a board minute,⟧” she added.
Judge Lucia Vasquez told the jury the trial, now in its sixth week, was expected to last until Easter. “⟦d:c|I know many of you have made arrangements. I will keep you informed,⟧” she said.
Benn, 58, denies fraud by abuse of position.

### 029
@a Stuart Pennock | The lorry driver
@b Amrit Sandhu | a forensic collision investigator
@c Jonas Lindgren | Her partner
@d Elspeth Rourke | Coroner
@e Ride Safe Marbury | -
A cyclist killed by a tipper lorry turning left at a Marbury junction was in the driver's blind spot for less than two seconds before the collision, an inquest has heard.
Freya Castellanos, 34, a junior doctor, died at the junction of Mill Road and Cathedral Street on 19 April.
The lorry driver, Stuart Pennock, told the hearing he had checked his mirrors "⟦p:a|at least twice⟧" before turning. "⟦d:a|I never saw her. I've gone over it a thousand times. I never saw her,⟧" he said, pausing to compose himself.
PC Amrit Sandhu, a forensic collision investigator, said the design of the cab left a gap in the driver's view. "⟦d:b|Given the position of the cyclist and the design of that cab, there is a window of around 1.8 seconds in which she would not have been visible in any of his mirrors,⟧" he said.
Her partner, Jonas Lindgren, who asked questions at the inquest on behalf of the family, put it to Mr Sandhu: "⟦d:c|Would a side camera have shown her?⟧"
"⟦d:b|It is likely, yes,⟧" the officer replied.
Coroner Elspeth Rourke recorded a conclusion of road traffic collision. "⟦d:d|Freya dedicated her working life to caring for others. Her death is a tragedy for her family and for the hospital where she worked,⟧" she said.
Ride Safe Marbury said the case was "⟦p:e|yet another reminder⟧" that blind-spot technology should be mandatory on construction vehicles.

### 030
@a Adaeze Okafor | a tenant of 12 years
@b Hannah Kowalski | Her neighbour
@c Barrington Shawcross | Landlord
@d Rhiannon Pugh | Tribunal chair
@e Ashgrove Renters' Union | -
Tenants of a block of flats in Ashgrove have won a rent repayment order of more than £60,000 after a tribunal found their landlord had failed to license the building.
Adaeze Okafor, a tenant of 12 years, told the First-tier Tribunal that the flats had been ``⟦p:a|falling apart around us⟧'' for most of that time.
``⟦d:a|There was black mould in the children's bedroom. I reported it every winter. Every winter someone came and painted over it,⟧'' she said.
Her neighbour Hannah Kowalski, who lives on the floor above, said water had come through her ceiling three times in a year. ``⟦d:b|The last time it brought the light fitting down with it. I was lucky I wasn't under it,⟧'' she said.
Landlord Barrington Shawcross, who owns 14 properties in the area, said he had not known the block required a licence. ``⟦d:c|I'm not a professional landlord. I inherited most of these buildings from my father,⟧'' he told the tribunal.
Tribunal chair Rhiannon Pugh said ignorance of the law was ``⟦p:d|no defence whatsoever⟧''.
``⟦d:d|Mr Shawcross has been collecting rent on these properties for over two decades. It was his responsibility to know what the law required,⟧'' she wrote in the tribunal's decision.
The Ashgrove Renters' Union, which supported the tenants, said: ``⟦d:e|This is what happens when tenants organise.⟧''
### 031
@a Shane Colley | a scaffolder from Norbridge
@b Caroline Hetherington | The judge
@c Ibrahim Yusuf | the victim's brother
@d Morwenna Trask | Senior investigating officer
A scaffolder who beat a taxi driver to death in a row over a £14 fare shouted “⟦d:a|This is a joke⟧” as he was jailed for 12 years.
Shane Colley, a scaffolder from Norbridge, was cleared of murder but convicted of the manslaughter of Abdirahman Yusuf, 51, following a trial at Norbridge Crown Court.
Mrs Justice Caroline Hetherington told him: “⟦d:b:m|You got out of that taxi, and rather than pay a fare you owed, you chose to attack a man who had done nothing but drive you home.⟧
“⟦d:b|You kicked him as he lay on the ground. You then walked away and went to bed.⟧”
As the sentence was announced, Colley stood up in the dock. “⟦d:a|Twelve years? For a fight he started?⟧” he said, before being restrained by security officers.
The judge ordered him to be taken down. “⟦d:b|Your outburst tells me everything I need to know about your remorse,⟧” she said.
Ibrahim Yusuf, the victim's brother, said outside court that the family had been “⟦p:c|insulted all over again⟧” by Colley's behaviour.
“⟦d:c|My brother came to this country with nothing. He worked fourteen-hour shifts to put his children through university. He did not start any fight,⟧” he said.
Senior investigating officer DCI Morwenna Trask said: “⟦d:d|Mr Yusuf was simply doing his job. I hope his family can now begin to grieve.⟧”

### 032
@a Colin Ashby | your finance director
@b Deborah Quayle | the former chief executive of Fenmoor Water
@c - | One of the residents who wrote to the inquiry
The following is an edited extract from the transcript of day 14 of the Fenmoor Water Inquiry, in which counsel to the inquiry, Oliver Stainforth KC, questioned Deborah Quayle, the former chief executive of Fenmoor Water.
Q: Ms Quayle, can you turn to tab 12. This is an email from your finance director, Colin Ashby, dated 3 March 2019. Would you read the second paragraph?
A: "⟦d:a|We cannot justify the treatment works upgrade in this cycle. The regulator will not notice a two-year delay.⟧"
Q: Did you reply to that email?
A: I did. I wrote, "⟦d:b|Agreed, park it.⟧"
Q: What was the "⟦s:-|Blue Book⟧"?
A: That was the internal name for the list of deferred projects. It had a blue cover. That's all.
Q: Nobody thought that name was unfortunate?
A: Not at the time. I can see how it sounds now.
Q: The chair has asked me to put one further question. One of the residents who wrote to the inquiry said, "⟦d:c|They knew, and they decided we were cheaper than the pipes.⟧" What do you say to that?
A: I understand why she feels that way. It was never the intention.

### 033
@a Jean-Baptiste Lemaire | the mayor of Saint-Aubrac since 2001
@b Nathalie Brossard | Prosecutor
@c Thierry Vauclin | a property developer
@d Amina Diallo | Presiding judge
SAINT-AUBRAC, June 18 (Meridian Wire) – The long-serving mayor of this spa town told a criminal court on Tuesday that he had «⟦p:a|never taken a centime⟧» from a developer accused of bribing him with the use of a chalet.
Jean-Baptiste Lemaire, the mayor of Saint-Aubrac since 2001, is on trial with Thierry Vauclin, a property developer, over the sale of municipal land at below market value.
«⟦d:a|Je n'ai rien à me reprocher⟧», Lemaire told the court – «⟦d:a|I have nothing to reproach myself for⟧».
Prosecutor Nathalie Brossard said the chalet, registered to a company owned by Vauclin's brother-in-law, had been used by the mayor's family «⟦p:b|every winter for nine years, free of charge⟧».
«⟦d:b|We are asked to believe this is friendship. It is a very expensive friendship,⟧» she said.
Vauclin, 63, told the court the mayor was «⟦p:c|an old friend from school⟧» and that he lent the chalet to many people. «⟦d:c|I have lent it to my dentist. Is my dentist also corrupt?⟧» he asked, drawing laughter from the public benches.
Presiding judge Amina Diallo called for order. «⟦d:d|This is not a theatre, monsieur.⟧»
A verdict is expected in September.

### 034
@a - | jurors
@b Patrice Holloway | Circuit Judge
@c Kendra Oyelaran | State Attorney's Office spokeswoman
@d Ramon Echeverría | -
@e Loretta Givens | the victim's aunt
A judge declared a mistrial Wednesday in the murder trial of a Bayview man after jurors told her they were "⟦p:a|hopelessly deadlocked⟧" following three days of deliberations.
Circuit Judge Patrice Holloway thanked the panel before dismissing them. "⟦d:b|I know this is not the outcome anyone in this courtroom wanted. But you did your duty, and I thank you for it,⟧" Holloway said.
Calvin Stubbs, 22, is accused of shooting Tyrell Givens, 19, outside a convenience store in 2022.
State Attorney's Office spokeswoman Kendra Oyelaran said prosecutors intend to retry the case. "⟦d:c|We remain confident in the evidence,⟧" she said in a statement.
Ramon Echeverría, who represents Stubbs, said the hung jury showed the case was "⟦p:d|built on sand⟧". "⟦d:d|Two witnesses who changed their stories, no weapon, no DNA. That's not a case, that's a hunch,⟧" he said.
Outside the courthouse, Loretta Givens, the victim's aunt, said the family was exhausted. "⟦d:e|We've sat in that room every day. Now we have to do it all over again,⟧" she said. "⟦d:e|Tyrell deserves better than this.⟧"
A new trial date will be set at a hearing next month.

### 035
@a Manjit Gill | Shopkeeper
@b Abimbola Adesanya | a youth justice worker
@c - | The boy's mother
@d - | the 15-year-old
@e Gordon McAlister | Presiding magistrate
A 15-year-old boy who threatened a shopkeeper with a screwdriver during a robbery in Crossmead has been given a 12-month youth rehabilitation order.
The boy, who cannot be named for legal reasons, admitted robbery at Crossmead Youth Court.
Shopkeeper Manjit Gill said in a statement read to the court: “⟦d:a|I have run this shop for 22 years. I have never been frightened in it until that day. Now I jump every time the door goes.⟧”
Abimbola Adesanya, a youth justice worker, told magistrates the boy had been “⟦p:b|drawn in by older lads⟧” and had since engaged well. “⟦d:b|He has turned up to every single appointment, which is not always the case, and he's started a construction course,⟧” she said.
The boy's mother, who sat beside him, told the court: “⟦d:c|He's not a bad kid. He made a horrible choice and he knows it.⟧”
Asked by the bench if he had anything to say, the 15-year-old said quietly: “⟦d:d|Sorry. I'm really sorry.⟧”
Presiding magistrate Gordon McAlister told him: “⟦d:e|You are being given a chance today. A lot of people in this room have worked hard to give you that chance. Don't waste it.⟧”

### 036
@a Maria Fernanda Ruiz | a former care assistant at Holmwood House
@b Elaine Cordingley | the home's former registered manager
@c Adebola Cole | counsel to the inquiry
@d Geoffrey Marsh | -
A former care assistant who raised the alarm about abuse at a Thornby care home told an inquiry that managers "⟦p:a|laughed⟧" when she first reported what she had seen.
Maria Fernanda Ruiz, a former care assistant at Holmwood House, said she had written down every incident in a notebook she kept in her car.
"⟦d:a|I wrote the dates, the times, the names. I knew nobody would believe a carer on minimum wage over a manager with twenty years' experience,⟧" she said.
"⟦d:a|The first time I went to the office, she said, 'Maria, you're too sensitive, this is how old people are handled.' And she laughed.⟧"
Elaine Cordingley, the home's former registered manager, told the inquiry later the same day that she had "⟦p:b|no recollection⟧" of that conversation.
Asked by counsel to the inquiry, Adebola Cole, whether she had laughed at Ms Ruiz, Mrs Cordingley said: "⟦d:b|I don't believe I would have done that. I took every concern seriously.⟧"
"⟦d:c|Then why is there no record of a single concern being passed to the council in 2021?⟧" Ms Cole asked.
"⟦d:b|I can't answer that.⟧"
Geoffrey Marsh, whose father lived at the home for three years, said outside the hearing: "⟦d:d|We trusted them with Dad. Maria is the only reason we know what happened to him.⟧"

### 037
@a Pamela Threadgold | Widow
@b Jacqueline Onyango | Grandmother
@c Vincent Mallory | a former double-glazing salesman from Harrowfield
@d Fiona Latchford | Judge
A SILVER-TONGUED fraudster dubbed “⟦s:-|the Casanova Conman⟧” who fleeced lonely widows out of £340,000 has been caged for eight years.
Vincent Mallory, a former double-glazing salesman from Harrowfield, wooed women he met on dating sites with tales of a yacht on the Riviera and a dying brother abroad.
Widow Pamela Threadgold, 61, handed over her life savings of £96,000. “⟦d:a|He was charming, attentive, everything my late husband wasn't,⟧” she said. “⟦d:a|I feel such a fool. But he's a professional. He does this for a living.⟧”
Grandmother Jacqueline Onyango, 57, told Harrowfield Crown Court: “⟦d:b|He told me he loved me on the second date. I'd not heard those words in fifteen years. I'd have given him anything, and I did.⟧”
Mallory, 58, who wore a pinstripe suit in the dock, claimed during his trial that the women had given him the money as “⟦p:c|gifts, freely given⟧”.
But Judge Fiona Latchford blasted him as “⟦p:d|a callous and practised predator⟧”.
“⟦d:d|You targeted women who were grieving and alone, and you took not just their money but their trust in other people,⟧” she said.

### 038
@a Sinéad O'Rourke | Employment Judge
@b Ravindra Pillai | a consultant cardiologist
@c Leonie Barkworth | the trust's medical director at the time
@d Northvale Hospitals Trust | -
A heart doctor who warned that patients were dying on waiting lists was ``⟦p:a|subjected to a campaign of retaliation⟧'' by hospital bosses, an employment judge has ruled.
Dr Ravindra Pillai, a consultant cardiologist, was suspended in 2021, weeks after writing to the board of Northvale Hospitals Trust about deaths among patients waiting for surgery.
In her judgment, Employment Judge Sinéad O'Rourke said the trust's treatment of Dr Pillai had been ``⟦p:a|wholly disproportionate⟧''.
``⟦d:a|The tribunal has no hesitation in finding that the suspension was a direct response to the claimant's letter of 12 January. The timing speaks for itself,⟧'' she wrote.
Dr Leonie Barkworth, the trust's medical director at the time, had told the hearing that the suspension related to ``⟦p:c|unrelated concerns about his conduct in theatre⟧''.
``⟦d:c|I had a duty to act on what I was being told by theatre staff,⟧'' she said.
The judge found Dr Barkworth's evidence on that point ``⟦p:a|not credible⟧''.
Dr Pillai said: ``⟦d:b|I raised the alarm because I was watching patients die who should not have died. I would do it again tomorrow.⟧''
Northvale Hospitals Trust said it would ``⟦p:d|reflect carefully⟧'' on the ruling.

### 039
@a Lennart Brodie | the judge
@b Hamish Cruickshank | chairman of Save Wendle Marsh
@c Wendleford District Council | -
@d Ashcombe Homes | -
Campaigners have won a High Court challenge against plans for 1,200 homes on a marsh that is home to one of the country's rarest birds.
Mr Justice Lennart Brodie ruled that Wendleford District Council had acted unlawfully by failing to properly assess the impact on the marsh's breeding bitterns.
“⟦d:a|The council's officers were told in terms, by its own ecologist, that the assessment was inadequate. That advice was not shared with the planning committee,⟧” the judge said.
“⟦d:a|Members were therefore asked to make a decision without information that was plainly material to it.⟧”
Hamish Cruickshank, chairman of Save Wendle Marsh, said the ruling was “⟦p:b|a victory for common sense and for the bitterns⟧”.
“⟦d:b|We are a group of pensioners, birdwatchers and parents who raised £48,000 through cake sales and a sponsored walk. We took on a council and a developer and we won,⟧” he said.
Wendleford District Council said it was “⟦p:c|carefully considering the judgment⟧”.
Ashcombe Homes said it remained “⟦p:d|committed to delivering much-needed homes⟧” in the area.

### 040
@a Naveen Raghunathan | Health and Safety Authority inspector
@b Alistair Fenwick | The company's managing director
@c Rosamund Achebe | Judge
@d Kerry-Ann Doyle | His widow
@e Brackwater Construction Ltd | -
A construction firm has been fined £1.8 million after a labourer fell to his death through an unprotected opening in the floor of a half-built office block.
Declan Doyle, 42, fell 11 metres at the Quayside Point site in Holtby in February 2022. Brackwater Construction Ltd was convicted of corporate manslaughter after a trial at Holtby Crown Court.
Health and Safety Authority inspector Naveen Raghunathan said the opening had been covered with "⟦p:a|a sheet of plywood, not fixed down and not marked⟧".
"⟦d:a|It was an accident waiting to happen. Workers had been stepping around that hole for a fortnight,⟧" he said.
The company's managing director, Alistair Fenwick, told the jury during the trial that day-to-day safety was "⟦p:b|the responsibility of the site manager⟧".
Sentencing, Judge Rosamund Achebe said the company had "⟦p:c|treated safety as someone else's problem⟧".
"⟦d:c|Mr Doyle went to work to provide for his family and he did not come home. That was not bad luck. It was the predictable result of a culture in which nobody owned the risk,⟧" she said.
His widow, Kerry-Ann Doyle, said: "⟦d:d|Declan was the best dad. Our youngest was two when he died. She asks me where Daddy's work is, because she thinks he's still there.⟧"
Brackwater Construction Ltd said in a statement: "⟦d:e|We deeply regret Mr Doyle's death and have made substantial changes to our procedures.⟧"
### 041
@a Kemi Afolabi | a community psychiatric nurse
@b Alun Price | His father
@c Yasmin Haddad | Senior Coroner
@d Bryncoed Mental Health Trust | -
A coroner has warned that more lives could be lost unless a mental health trust fixes a referral system that left a 23-year-old student waiting seven weeks for an appointment.
Gethin Price died in his university accommodation in Bryncoed in March last year.
Kemi Afolabi, a community psychiatric nurse, told the inquest she had assessed Gethin as “⟦p:a|moderate risk⟧” and placed him on the routine waiting list. “⟦d:a|With hindsight, I would have escalated it. At the time he presented as calm and he had plans for the weekend,⟧” she said.
His father, Alun Price, told the coroner the family had phoned the trust three times. “⟦d:b|Each time we were told he was on the list. Nobody could tell us where on the list. It was like ringing a call centre about a parcel,⟧” he said.
Senior Coroner Dr Yasmin Haddad concluded that Gethin died by suicide. She said she would send a prevention of future deaths report to the trust, warning that the referral process was “⟦p:c|not fit for purpose⟧”.
“⟦d:c|I am concerned that a young man whose family were raising the alarm could wait so long without anyone looking at his file again,⟧” she said.
Bryncoed Mental Health Trust said it would “⟦p:d|respond fully⟧” to the coroner's report.
Mr Price added: “⟦d:b|Gethin was clever and kind and funny. If one family is spared this because of what happened to him, then it means something.⟧”

### 042
@a Venkatesh Iyer | the judge
@b Farah Qureshi | a reporter for the news website The Ledger Line
@c S. Ramaswamy | Additional Public Prosecutor
@d Meenakshi Sundaram | her lawyer
RAJNAGAR, Aug 14 (Meridian Wire) - A high court in the eastern city of Rajnagar on Wednesday granted bail to a journalist held for nine months under a sedition-style law, with the judge saying the prosecution had shown "⟦p:a|no material⟧" linking her to violence.
Farah Qureshi, 31, a reporter for the news website The Ledger Line, was arrested in November after publishing an investigation into land acquisitions by a state-owned mining company.
"⟦d:a|Liberty cannot be curtailed on the basis of a reporter's choice of subject,⟧" Justice Venkatesh Iyer said in his order. "⟦d:a|The prosecution has had nine months. It has placed nothing before this court that would justify further detention.⟧"
Additional Public Prosecutor S. Ramaswamy had argued that Qureshi's articles were "⟦p:c|designed to incite⟧". He told the court: "⟦d:c|The accused is not an ordinary journalist. Her writings have a pattern.⟧"
Meenakshi Sundaram, her lawyer, said the case had been "⟦p:d|an attempt to punish journalism⟧" from the start.
Qureshi, speaking to reporters outside the jail late on Wednesday, said: "⟦d:b|I am tired, but I am not afraid. I will go back to work.⟧"
The state government did not respond to a request for comment.

### 043
@a Dot | the usher
@b - | a man accused of stealing three bottles of whisky from a supermarket
@c Hassan | District Judge
@d - | The duty solicitor
By 9.45am the corridor outside Court 2 at Fallowfield Magistrates' Court is already full: a man in a tracksuit eating crisps, a young mother jiggling a pushchair, two solicitors arguing about a football match.
Dot, the usher, has worked here for 31 years. She knows everyone. “⟦d:a|You get the same faces. Some of them I've watched grow up, which isn't a nice thing to say about a courthouse,⟧” she tells me, ticking names off a list.
Among the solicitors who work here, Court 2 is known as “⟦s:-|the conveyor belt⟧”. It is not hard to see why.
The first case is a man accused of stealing three bottles of whisky from a supermarket. He pleads guilty. Asked if there is anything he wants to say, he looks at his shoes. “⟦d:b|I was skint, sir. That's all.⟧”
District Judge Hassan, who has a reputation for brevity, fines him £80. “⟦d:c|Don't come back,⟧” he says, not unkindly.
The duty solicitor, a harried woman with four files under her arm, has eleven clients this morning and has met none of them before today. “⟦d:d|That's the job. You read the file on the way in. You hope there's nothing in it that surprises you,⟧” she says.
By lunchtime the court has dealt with nineteen cases. “⟦d:-|Does it ever get to you?⟧” I ask Dot.
She considers it for a moment. “⟦d:a|The kids get to me. The old ones, not so much. They've made their choices.⟧”

### 044
@a - | The complainant
@b Barnaby Quist-Hollins | -
@c Raymond Ashcroft | a former choirmaster at St Cuthbert's Church, Lowmoor
@d Imogen Stirling | Judge
The complainant told a jury at Lowmoor Crown Court on Tuesday: "⟦d:a|I have waited thirty years to say this out loud.⟧"
The man, now 44, gave evidence from behind a screen in the trial of Raymond Ashcroft, 79, a former choirmaster at St Cuthbert's Church, Lowmoor.
"⟦d:a|He told me it was our secret. He said if I told anybody, I'd be thrown out of the choir and my mum would be ashamed of me,⟧" he said.
Under cross-examination, Barnaby Quist-Hollins KC, defending, suggested he had invented the allegations after reading about another case in a newspaper.
"⟦d:b|You read that article in 2019, didn't you, and you saw an opportunity?⟧"
"⟦d:a|An opportunity for what? To relive it? No.⟧"
"⟦d:b|For compensation.⟧"
"⟦d:a|I haven't asked anybody for a penny.⟧"
Ashcroft, who denies eleven counts of indecent assault, is expected to give evidence next week. In a police interview played to the jury he said: "⟦d:c|I have never laid a finger on any child. These are lies.⟧"
Judge Imogen Stirling told jurors: "⟦d:d|You may find some of this evidence distressing. Take a break whenever you need to, and let the usher know.⟧"

### 045
@a Milena Kovačević | a journalist
@b Strassfeld Court of Human Rights | -
@c Tarik Hadžić | her lawyer
@d Velorian justice ministry | -
STRASSFELD, Jan 23 (Meridian Wire) – A regional human rights court on Thursday ruled that Veloria violated a journalist's right to free expression when it convicted her of defaming a judge, and ordered the government to pay her 18,000 euros.
Milena Kovačević, a journalist, was given a suspended prison sentence in 2019 over an article describing a senior judge as «⟦p:a|the government's favourite rubber stamp⟧».
The Strassfeld Court of Human Rights said the criminal conviction had been «⟦p:b|disproportionate⟧» and could have «⟦p:b|a chilling effect⟧» on reporting about the judiciary.
«⟦d:b|Judges, as members of a fundamental institution of the State, may be subject to personal criticism within the limits of acceptable comment,⟧» the court said in its judgment.
«⟦d:c|This is a message not only to Veloria but to every government that uses the criminal law against reporters,⟧» her lawyer, Tarik Hadžić, said.
Kovačević said she felt «⟦p:a|vindicated but not happy⟧». «⟦d:a|Five years of my life went into this. My newspaper closed in the meantime,⟧» she told Meridian Wire by telephone.
The Velorian justice ministry said it would «⟦p:d|study the judgment⟧».

### 046
@a Ayesha Begum | Rayyan's mother
@b Gary Whitlow | the force's dog legislation officer
@c Shona Baird | -
@d Craig Dunmore | an unemployed forklift driver
@e Philippa Stokes-Ahmed | Recorder
A dog owner whose American bulldog cross savaged a seven-year-old boy in a park has been jailed for 20 months.
Craig Dunmore, 36, an unemployed forklift driver, admitted being the owner of a dog dangerously out of control causing injury.
Rayyan's mother, Ayesha Begum, told Selbury Crown Court her son now has ``⟦p:a|scars on his face and on his mind⟧''.
``⟦d:a|He won't go to the park. He won't go to his friend's house because they have a puppy. He wakes up screaming,⟧'' she said.
PC Gary Whitlow, the force's dog legislation officer, said Dunmore had been warned twice about the dog. ``⟦d:b|He'd been told to muzzle it in public. He'd been told to keep it on a lead. He did neither,⟧'' the officer said.
Shona Baird, mitigating, said Dunmore was ``⟦p:c|devastated⟧'' and had agreed to the dog being destroyed.
Asked in interview why he had let the dog off its lead, Dunmore told officers: ``⟦d:d|He's soft as anything. He's never gone for anyone.⟧''
``⟦d:e|You were told, more than once, what this dog was capable of. You chose not to listen,⟧'' Recorder Philippa Stokes-Ahmed told him.

### 047
@a Eirik Solheim | the master of the MV Skarvik
@b Sandeep Bhattacharya | -
@c Aroha Tipene | a survivor who lost her partner in the sinking
@d Gwendolyn Farrow | Commissioner
The captain of the ferry that capsized off Hallin Point has told the inquiry into the disaster that he “⟦p:a|would never have sailed⟧” if he had known the bow door sensor was faulty.
Captain Eirik Solheim, the master of the MV Skarvik, gave evidence for the first time on Monday, 18 months after the vessel went down with the loss of 23 lives.
“⟦d:a|The panel showed green,⟧” he said, speaking slowly and frequently stopping to drink water. “⟦d:a|I had no reason to think the door was not secured.⟧”
Sandeep Bhattacharya, representing 40 of the bereaved families, asked him about a maintenance log entry from the week before the sinking.
“⟦d:b|Your chief engineer wrote, ‘Sensor intermittent, monitor.’ Did you read that entry, Captain?⟧”
“⟦d:a|I did not. It was not brought to me.⟧”
“⟦d:b|Whose job was it to bring it to you?⟧”
There was a long pause. “⟦d:a|Ultimately, mine.⟧”
Aroha Tipene, a survivor who lost her partner in the sinking, watched from the public benches. Speaking afterwards, she said: “⟦d:c|That's the first time in 18 months anyone from that ship has said ‘mine’. I don't know what to do with it yet.⟧”
Commissioner Gwendolyn Farrow adjourned the hearing until Wednesday. “⟦d:d|Captain Solheim, I am conscious this has been a very long day for you,⟧” she said.

### 048
@a Nneka Eze | Sprinter
@b Giles Whitmarsh | the panel's chair
@c Clean Sport Authority | -
@d Ruth Abernathy | Its chief executive
@e Marco Benedetti | Her coach
Sprinter Nneka Eze has been banned for four years after an independent tribunal rejected her claim that a banned steroid entered her system through contaminated beef.
The 26-year-old, who won bronze at last year's regional championships, tested positive for trenbolone after a race in Carrowby in April.
"⟦d:a|I have never knowingly taken anything. I have been tested more than sixty times in my career,⟧" Eze told the hearing. "⟦d:a|I ate a steak the night before that race. That is the only explanation I have.⟧"
The panel's chair, Giles Whitmarsh, said in the written decision that the contamination theory was "⟦p:b|possible but not probable⟧".
"⟦d:b|The athlete has produced no evidence as to the source of the meat, the restaurant or the supplier. The panel cannot accept a speculative explanation,⟧" he wrote.
The Clean Sport Authority said the ruling showed that "⟦p:c|athletes are responsible for what is in their bodies⟧". Its chief executive, Ruth Abernathy, added: "⟦d:d|Nobody takes pleasure in a case like this. But the rules have to mean something.⟧"
Her coach, Marco Benedetti, said she would appeal. "⟦d:e|Nneka is devastated. She has lost four years of her career over a plate of food,⟧" he said.

### 049
@a Gary Lomax | a 52-year-old taxi firm owner
@b Priyanka Desai | the call handler
@c Tobias Wren | the prosecutor
A jury has heard the 999 call a husband made after his wife was found at the bottom of the stairs at their home in Greystone, in which he told the operator she had “⟦p:a|just gone over⟧”.
Gary Lomax, a 52-year-old taxi firm owner, denies murdering his wife, Denise, 49, in October 2022.
The recording, played at Greystone Crown Court on Wednesday, begins with Lomax breathing heavily.
“⟦d:a|It's my wife. She's fallen. She's at the bottom of the stairs and she's not moving,⟧” he says.
Priyanka Desai, the call handler, asks: “⟦d:b|Is she breathing? I need you to look at her chest for me.⟧”
“⟦d:a|I don't know. I don't think so. There's blood.⟧”
Tobias Wren KC, prosecuting, told jurors the injuries were “⟦p:c|not consistent with a simple fall⟧”. “⟦d:c|Mrs Lomax had three separate impact injuries to the back of her head. Stairs, members of the jury, do not strike you three times,⟧” the prosecutor said.
Lomax told police in interview that his wife had been drinking. “⟦d:a|She'd had the best part of a bottle of wine. I was in the kitchen, I heard the bang,⟧” he said in a recording also played to the jury.
The trial continues.

### 050
@a Lee Sowerby | a self-employed gardener from Hetherfield
@b Hetherfield Borough Council | -
@c Bushra Anwar | cabinet member for environment
A gardener who dumped a van load of garden waste and old tyres in a country lane has been ordered to pay more than £2,300.
Lee Sowerby, 41, a self-employed gardener from Hetherfield, was caught on a council camera tipping the rubbish on Broad Oak Lane in August.
He told Hetherfield Magistrates' Court he had been "⟦p:a|running late⟧" and had intended to "⟦p:a|come back for it the next day⟧".
"⟦d:a|I know it looks bad. I'm not that kind of person,⟧" he said.
Hetherfield Borough Council, which brought the prosecution, said the clear-up had cost taxpayers £640. "⟦d:b|Fly-tipping is not a victimless crime. Every pound we spend cleaning up after people like this is a pound we can't spend on services,⟧" the council said.
Cllr Bushra Anwar, cabinet member for environment, said: "⟦d:c|Our cameras are out there. If you dump rubbish in Hetherfield, there is a very good chance we will find you.⟧"
Magistrates fined Sowerby £660 and ordered him to pay £1,450 costs and a £264 surcharge.
### 051
@a Matthias Egger | the mountain guide leading the group
@b Oscar Linfield | a fellow skier who was also caught in the slide
@c Saoirse | His wife
@d Rebecca Thwaite | Coroner
A Dunmere accountant killed in an avalanche while skiing off-piste was in a group whose guide had judged the slope “⟦p:a|safe enough⟧” that morning, an inquest has heard.
Nathan Grant, 45, died in the Valdora range in February 2023.
Matthias Egger, the mountain guide leading the group, gave evidence by video link with the help of an interpreter.
“⟦d:a|The avalanche warning was level three, considerable. On that slope, at that time, I believed the risk was acceptable. I was wrong,⟧” he said.
Oscar Linfield, a fellow skier who was also caught in the slide, said the group had not been asked whether they wanted to go on. “⟦d:b|Nobody said, do you want to do this? We just followed. That's what you do with a guide,⟧” he told the inquest.
His wife, Saoirse, said in a statement read by the coroner: “⟦d:c|Nathan loved the mountains more than anywhere. I take some comfort that he was somewhere he loved. I take none from the fact that it didn't have to happen.⟧”
Coroner Rebecca Thwaite recorded a conclusion of misadventure. “⟦d:d|I am not in a position to criticise the decisions of a guide working in another jurisdiction, but I will write to the relevant national body with the evidence I have heard,⟧” she said.

### 052
@a Delroy Campbell | the 58-year-old
@b Pennefather | -
@c Miriam Goldblatt | His solicitor
@d Marcia Campbell | His sister
@e Northfield Police | -
Delroy Campbell walked out of the Court of Appeal a free man on Thursday, 27 years after he was convicted of a murder he has always said he did not commit.
Supporters outside the court chanted "⟦s:-|Delroy, Delroy⟧" and held placards reading "⟦s:-|27 Years Too Long⟧" as he emerged, clutching his sister's hand.
"⟦d:a|I've waited a long time for this day. I'm not going to waste it being angry,⟧" the 58-year-old told the crowd. "⟦d:a|I'm going to have a proper cup of tea and a bath.⟧"
Quashing the conviction, Lord Justice Pennefather said new DNA evidence "⟦p:b|fundamentally undermines⟧" the case against him. "⟦d:b|The conviction is unsafe and must be quashed,⟧" he said.
His solicitor, Miriam Goldblatt, said the case raised "⟦p:c|profound questions⟧" about the original investigation. "⟦d:c|Evidence that could have cleared Mr Campbell sat in a police storeroom for a quarter of a century,⟧" she said.
His sister, Marcia Campbell, who campaigned for his release for more than two decades, said their mother had not lived to see the day. "⟦d:d|Mum died in 2015 still writing letters to MPs. This is for her,⟧" she said.
Northfield Police said it would "⟦p:e|carefully review⟧" the judgment.

### 053
@a Tamsin Roe | Steward
@b Felix Ambrose | Operations director
@c Jasper Mwangi | the festival's medical lead
@d Marcus Ogundipe | Emily's father
@e Alistair Keogh | Coroner
A steward at the Sunrise Fields festival has told an inquest she radioed for help ``⟦p:a|at least five times⟧'' before a crowd surge that killed two people near the main stage.
Emily Ogundipe, 20, and Kieran Walsh, 24, died after being crushed against a barrier during a headline set in August 2023.
Steward Tamsin Roe, who was 19 at the time and working her first festival, said: ``⟦d:a|I kept saying we need more people at the front, it's getting too tight. Every time they said someone was on the way.⟧''
``⟦d:a|Nobody came,⟧'' she added, crying.
Operations director Felix Ambrose told the inquest that the radio channel had been ``⟦p:b|overwhelmed⟧'' that night. ``⟦d:b|I accept that messages were missed. I don't accept that we ignored them,⟧'' he said.
Dr Jasper Mwangi, the festival's medical lead, described reaching the barrier. ``⟦d:c|There were people being pulled over the top by other festival-goers. We were doing CPR on the grass within about a minute,⟧'' he said.
Emily's father, Marcus Ogundipe, asked Mr Ambrose directly: ``⟦d:d|Did anyone from your company ever go and look at that barrier while the band was on?⟧''
``⟦d:b|I can't tell you that they did,⟧'' Mr Ambrose replied.
Coroner Alistair Keogh said the inquest was expected to last three weeks. ``⟦d:e|We will hear from more than forty witnesses, and I intend to hear from every one of them,⟧'' he said.

### 054
@a Urs Hediger | Presiding judge
@b Dominik Aeschbacher | a former IT analyst at Banque Ravel
@c Corinne Maillard | Public prosecutor
@d Banque Ravel | -
@e Open Ledger | Press freedom group
VAUDRENNE, Nov 7 (Meridian Wire) – A former bank employee who leaked client data to journalists was given a suspended 18-month sentence on Thursday, with the presiding judge saying his motives had been «⟦p:a|at least partly honourable⟧».
Dominik Aeschbacher, a former IT analyst at Banque Ravel, admitted passing details of 3,000 accounts to a consortium of reporters in 2021.
«⟦d:b|I did it because I saw money being hidden for people who were stealing from their own countries. I would make the same choice again,⟧» Aeschbacher, 39, told the court in his final statement.
Public prosecutor Corinne Maillard had asked for a three-year sentence. «⟦d:c|Banking secrecy is the law of this country. One cannot choose which laws to obey because one finds them distasteful,⟧» she said.
Presiding judge Urs Hediger said the court had taken into account that Aeschbacher had not sought payment. «⟦d:a|He did not sell this data. That distinguishes him from a thief,⟧» he said. «⟦d:a|But he broke the law, and he knew he was breaking it.⟧»
Banque Ravel said in a statement that it «⟦p:d|takes note of the verdict⟧» and had «⟦p:d|strengthened its controls⟧».
Press freedom group Open Ledger said the conviction was «⟦p:e|a dark day for whistleblowers⟧».

### 055
@a Yusuf Abdi | a courier for Dashly
@b Caspar Wetherby | -
@c Timothy Grieve | Employment Judge
@d Dashly | -
@e Alejandra Paz | general secretary of the Independent Couriers Union
Couriers working for the delivery app Dashly are workers entitled to holiday pay and the minimum wage, an employment tribunal has ruled, in a decision that could affect 30,000 riders.
Yusuf Abdi, a courier for Dashly, who brought the lead claim, said the app controlled “⟦p:a|every minute⟧” of his working day.
“⟦d:a|They say I'm my own boss. My own boss doesn't turn my account off if I reject three jobs in a row,⟧” he told the hearing in Kelverton.
Caspar Wetherby KC, for Dashly, argued that riders were free to work “⟦p:b|when they like, where they like, for whom they like⟧”, including for rival apps.
In his judgment, Employment Judge Timothy Grieve said that freedom was “⟦p:c|largely illusory⟧”.
“⟦d:c|A rider who declines work is penalised by the algorithm. A rider who does not log in loses priority. The reality of the relationship is one of subordination,⟧” he wrote.
Dashly said it would appeal. “⟦d:d|The overwhelming majority of our couriers tell us they value flexibility above all else,⟧” the company said.
Alejandra Paz, general secretary of the Independent Couriers Union, called the ruling “⟦p:e|historic⟧”. “⟦d:e|Riders have been told for years that they had no rights. Today a judge said otherwise,⟧” she said.

### 056
@a Jasmine Ashford | a dental receptionist from Pelham
@b Olamide Adeyemi | the judge
@c Priyesh Mistry | -
@d Rupert Hale | The Attorney General
A juror who searched online for a defendant's previous convictions during a rape trial, forcing it to be abandoned, has been jailed for two months for contempt of court.
Jasmine Ashford, 29, a dental receptionist from Pelham, told fellow jurors she had found "⟦p:a|something you should all know⟧" about the defendant, the High Court heard.
The trial at Pelham Crown Court was halted the following morning after another juror passed a note to the judge. A retrial took place six months later.
Mr Justice Olamide Adeyemi said: "⟦d:b|Jurors swear an oath to try the case on the evidence. Ms Ashford broke that oath, and in doing so she caused real distress to a complainant who had to give her evidence twice.⟧"
"⟦d:b|That cannot be dealt with other than by immediate custody,⟧" the judge added.
Priyesh Mistry, for Ms Ashford, said she had acted out of "⟦p:c|misplaced curiosity⟧" rather than malice. "⟦d:c|She did not appreciate the seriousness of what she was doing. She does now,⟧" he said.
Ms Ashford wept in the dock. "⟦d:a|I'm so sorry,⟧" she said as she was led away.
The Attorney General, Sir Rupert Hale, who brought the proceedings, said: "⟦d:d|The message could not be clearer: if you are on a jury, do not go looking for information online.⟧"

### 057
@a Stacey Holbrook | a former bookkeeper at Fernlea Children's Hospice
@b Harriet Swann | her barrister
@c Olusegun Bamidele | Fernlea's chief executive
@d Gareth Llewellyn | Judge
A bookkeeper who stole £212,000 from a children's hospice to feed a gambling addiction wrote to the judge before her sentencing to say she was “⟦p:a|disgusted with the person I became⟧”.
Stacey Holbrook, 33, a former bookkeeper at Fernlea Children's Hospice, admitted fraud by abuse of position at Ravensmoor Crown Court.
Her letter was read to the court by her barrister, Harriet Swann.
“⟦d:a:m|I am not writing this to ask for mercy. I know I don't deserve it. Every pound I took was meant for a sick child and their family, and I spent it on a phone screen at three in the morning.⟧
“⟦d:a|I have been going to a support group every week since I was arrested. I have told my children what I did. That was the hardest conversation of my life.⟧”
Ms Swann said Holbrook had “⟦p:b|hit rock bottom⟧” and had already repaid £18,000 by selling her car and jewellery.
Fernlea's chief executive, Olusegun Bamidele, said in a statement: “⟦d:c|The money Ms Holbrook stole would have paid for a year of care for four families. Our staff and supporters feel deeply betrayed.⟧”
Jailing her for three years and nine months, Judge Gareth Llewellyn said: “⟦d:d|I have read your letter and I accept it is genuine. But this was a sustained, deliberate and cynical fraud over four years against a charity that trusted you entirely.⟧”

### 058
@a Gurpreet Kaur Dhillon | A former Parcelnet branch operator who was jailed for false accounting
@b Janet Oakes | -
@c Ayodele Bankole | counsel to the inquiry
@d Richard Stallworthy | Parcelnet's former head of network
A former Parcelnet branch operator who was jailed for false accounting told the Ledgerpoint inquiry on Tuesday she had been "⟦p:a|treated like a criminal by people who knew the computer was wrong⟧".
Gurpreet Kaur Dhillon, 61, spent four months in prison in 2011 after her branch in Sallowby showed a shortfall of £38,000. Her conviction was quashed in 2022.
"⟦d:a|My husband's family stopped speaking to us. The gurdwara committee asked me to step down. People crossed the street,⟧" she said.
Janet Oakes, 70, who ran a branch in nearby Fenwick Cross, told the inquiry the same afternoon that she had paid £12,000 of her own savings to cover shortfalls. "⟦d:b|I thought I was going mad. I'd count the cash three times and it would still be short,⟧" she said.
Mrs Oakes said she had called the helpline more than 40 times. "⟦d:b|They told me every time that nobody else was having problems. Every single time.⟧"
Later, Richard Stallworthy, Parcelnet's former head of network, was questioned by Ayodele Bankole KC, counsel to the inquiry.
"⟦d:c|Were you aware in 2010 that other branches were reporting unexplained shortfalls?⟧" Mr Bankole asked.
"⟦d:d|I was aware there were some complaints. I was assured they were user error,⟧" Mr Stallworthy said.
"⟦d:c|Who assured you?⟧"
"⟦d:d|The IT team. I don't recall the individuals.⟧"
The inquiry will hear from former board members next month.

### 059
@a Cathal Moriarty | the judge
@b - | The mother
@c - | The children's guardian
@d Ravenholt County Council | -
A council has been severely criticised by a High Court judge for removing three children from their mother on the strength of a social work report the judge said was “⟦p:a|riddled with errors⟧”.
In a judgment published on Tuesday, Mr Justice Cathal Moriarty said Ravenholt County Council had relied on an assessment that confused the family with another, recorded the children's ages wrongly and included an incident that took place before the mother had moved to the area.
“⟦d:a|These were not minor slips. Each of them was put before the court as a fact, and each of them was wrong,⟧” the judge wrote.
“⟦d:a|It is difficult to overstate how serious that is in proceedings where the state is asking to separate children from their parent.⟧”
The children, who were aged two, five and eight, spent seven months in foster care before being returned home last year.
The mother, who cannot be identified, told the court through her solicitor that the months apart had been “⟦p:b|like a bereavement with no funeral⟧”.
The children's guardian, appointed to represent their interests, said in her report that the eldest child had asked “⟦p:c|every single day⟧” when she could go home.
Ravenholt County Council said: “⟦d:d|We accept the court's findings in full and we apologise unreservedly to the family. An independent review of the case has been commissioned.⟧”

### 060
@a Dafydd Morgan | his section commander
@b Ama Owusu | Lance Corporal
@c Marguerite Delahaye | Senior Coroner
@d Bethan Rees | His mother
@e - | A spokesperson for the Harlech Rifles
A 19-year-old soldier who collapsed and died during a training march on the hottest day of the year had not been given water for the final two hours, an inquest has heard.
Private Callum Rees, from Llanbedr Ucha, was taking part in a 12-mile march on the Pendre ranges in July 2022 when he fell unconscious.
Sergeant Dafydd Morgan, his section commander, told the hearing that the march had been "⟦p:a|pushed on⟧" to meet a deadline. "⟦d:a|In hindsight we should have stopped. The lads were struggling. I was following the timings I'd been given,⟧" he said.
Lance Corporal Ama Owusu, who was marching beside Pte Rees, said he had been "⟦p:b|talking nonsense⟧" for several minutes before he collapsed. "⟦d:b|I said to him, 'Callum, you're not making sense, mate,' and he just laughed. Then he went down,⟧" she said.
Senior Coroner Marguerite Delahaye concluded that Pte Rees died of heatstroke, contributed to by neglect. "⟦d:c|The risks of heat illness were well known and were set out in the Army's own guidance. That guidance was not followed,⟧" she said.
His mother, Bethan Rees, said: "⟦d:d|Callum joined up because he wanted to be part of something. He trusted the people in charge of him. They let him down.⟧"
A spokesperson for the Harlech Rifles said: "⟦d:e|Our thoughts remain with Private Rees's family. We have made significant changes to how training is conducted in hot weather.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh63.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh63",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
