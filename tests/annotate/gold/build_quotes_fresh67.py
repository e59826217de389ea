# ruff: noqa: E501
"""Build ``quotes_fresh67.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
property, medical and sports tribunals, a court martial and a fatal accident
inquiry; court reports in wire, broadsheet, local-paper, tabloid, magazine and
broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh67-NNN``.

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

* Judicial, official and military titles before the name (``Judge``, ``Justice``,
  ``Recorder``, ``District Judge``, ``Employment Judge``, ``Senior Coroner``,
  ``Sheriff``, ``Prosecutor``, ``Detective Chief Inspector``, ``Lance Corporal``)
  are role titles: the description when the passage gives no appositive. A title
  counts like an introduction's appositive, so it wins over a later definite
  description at a cue (``Judge Cyrus Farahani … the judge said``: ``Judge``).
  ``Dame``, ``Sir``, ``KC``, ``SC`` and ``Maître`` are honorifics, never descriptions.
* A role noun with the name in apposition after it (``the chair, Judith Kerslake``,
  ``counsel to the inquiry, Ruth Abernethy KC``, ``The firearms officer, known only
  as W12``) gives that role noun phrase as the description.
* Court-report role tags that are not noun phrases (``Anselm Hardcastle KC,
  defending``, ``prosecuting``, ``mitigating``, ``for the Crown``, ``for Hollins &
  Crane``, ``representing the government of Estavia``) are not descriptions. Where
  such a speaker is later referred to by a definite description at a cue (``the
  prosecutor said``, ``the family's barrister said``), that description is taken;
  otherwise the description is null. Likewise a speaker named with no appositive
  and later cued as ``the 38-year-old`` takes that description.
* A lead that describes a person before naming them gives the description when it
  is a plain noun phrase and the person is then named with no appositive or title
  (``A former parish clerk has been jailed …``, ``A grieving mother told …``). A
  lead description carrying a relative clause or a participial phrase (``A man who
  spent nine years in prison …``, ``A man serving life for …``) summarises the
  story and is not taken. An appositive or title at the naming wins over a lead
  description.
* A statement read to the court by someone else (a family liaison officer, the
  prosecutor, a relative reading for a group) belongs to its author; the reader is
  the speaker only of what they add in their own words. Letters, emails, text
  messages, interview notes and written judgments read out in evidence belong to
  their writer (a judgment or decision to the judge or chair who gave it); words
  from a written judgment given by a tribunal's named judge (``his judgment said``)
  belong to that judge.
* A jury's verdict wording or narrative conclusion is speech of the jury (null
  speaker, description ``the jury``); a foreman's spoken answers belong to the
  foreman, and a clerk's questions to the clerk.
* Ciphers and anonymised labels used as names (``MK``, ``W12``, ``Patient A``)
  are the speaker's name. A person who cannot be named (``The boy, who cannot be
  named because of his age``) has a null speaker and the noun phrase as the
  description (without a non-restrictive relative clause).
* ``Someone in the gallery`` does not identify a speaker: such a shout is
  ``direct`` with speaker and description null. A described individual (``one
  woman in the public seats``, ``One driver, who gave his name only as Baz``) keeps
  the description (and the name, if given).
* Words a witness or party is said to have used, quoted by counsel or the reporter
  (a witness's note, a typed log entry, a message), are ``partial`` (or ``direct``
  when the whole note or message is quoted) with that person as the speaker.
  Field labels, email subject lines, charge names, online handles, stickers and
  show titles are ``scare``.
* In a printed cross-examination (alternating quote-only paragraphs) each turn
  belongs to the person whose turn it is.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh67.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh67.jsonl")

PASSAGES = """
### 001
@a Delphine Okoro-Waites | a 29-year-old nurse
@b Anselm Hardcastle | -
@c Maren Lindqvist | Prosecutor
@d Caspar Threlfall | -
HARWICK, England (Wire) — A nurse told a murder trial on Tuesday that she saw a hooded man carrying “⟦p:a|a long bag, like the ones for fishing rods⟧” down the stairwell of a tower block minutes before fire broke out in the flat where a pensioner's body was later found.
Delphine Okoro-Waites, a 29-year-old nurse, was the first witness called by the prosecution in the trial of Caspar Threlfall, 41, at Harwick Crown Court. Threlfall denies murdering Ilse Brandauer, 67, and arson with intent to endanger life at Corrigan House last February.
“⟦d:a|He was walking fast but not running,⟧” Okoro-Waites told the jury. “⟦d:a|He had his hood up and he said sorry when he squeezed past me, which I remember, because nobody in that building ever says sorry.⟧”
Under cross-examination by Anselm Hardcastle KC, defending, she accepted that the lights on the stairwell had been broken for several weeks.
“⟦d:b|So you could not see his face?⟧” Hardcastle asked.
“⟦d:a|Not all of it. I saw his chin and his beard. I saw enough.⟧”
“⟦d:b|Enough to be sure it was Mr Threlfall?⟧”
“⟦d:a|Enough to tell the police what I told them,⟧” she said.
Prosecutor Maren Lindqvist told the jury on Monday that Threlfall owed Brandauer about £4,000 and had described her in a text message to a friend as “⟦p:d|a problem that needs sorting before Christmas⟧”.
“⟦d:c|The Crown does not have to prove why a man would do such a thing,⟧” Lindqvist said in her opening speech. “⟦d:c|But you may think, members of the jury, that the reason is not hard to find.⟧”
The trial continues.

### 002
@a Corey Haslam | -
@b Teodora Vasilescu | Liam's mother
@c Rosalind Ampofo-Clarke | Judge
@d Ibrahim Sesay | -
@e Ffion Pugh | Sergeant
A young driver who was travelling at almost twice the speed limit when he hit and killed a 17-year-old cyclist on the Sallow Road has been jailed for six years and eight months.
Corey Haslam, 23, of Mill Terrace, Brackenby, pleaded guilty at Tarrant Crown Court to causing the death of Liam Vasilescu by dangerous driving in August last year.
The court heard Haslam had been filming his speedometer on his phone moments before the crash. A sticker in the rear window of his Audi read "⟦s:-|Born to Overtake⟧".
In a victim personal statement read to the court by a family liaison officer, Liam's mother, Teodora Vasilescu, said her son had been "⟦p:b|the loud one, the funny one, the one who filled the house⟧".
"⟦d:b:m|I still set four places at the table. I know I am doing it. I can't stop my hands.⟧
"⟦d:b|People tell me it will get easier. I don't want it to get easier, because easier means forgetting, and I will not forget him.⟧"
Ibrahim Sesay, mitigating, said his client was "⟦p:d|genuinely and profoundly remorseful⟧" and had not driven since the crash.
"⟦d:d|He knows there is nothing he can say in this courtroom that will make any difference to Liam's family. He has asked me not to try,⟧" Mr Sesay said.
Sentencing, Judge Rosalind Ampofo-Clarke told Haslam: "⟦d:c|You treated a public road as your personal racetrack, and a boy who was cycling home from his shift at the garden centre paid for it with his life.⟧"
"⟦d:c|The video you made that evening tells me everything about your state of mind. You were showing off,⟧" she said.
Haslam, who wore a grey suit and kept his head bowed throughout, said "⟦d:a|sorry⟧" quietly as he was led down to the cells.
He was also banned from driving for nine years and four months.
Speaking after the hearing, Sergeant Ffion Pugh said: "⟦d:e|No sentence will bring Liam back. But I hope today sends a message to anyone who thinks the Sallow Road is a playground.⟧"

### 003
@a Sharon Blakemore | Heartbroken gran
@b Kyle Pennock | -
@c Owain Pritchard-Bell | Judge
@d - | One neighbour
@e - | doctors
A SICKO stepdad who left a toddler with a fractured skull then told medics she had “⟦p:b|fallen off the sofa⟧” was caged for 12 years yesterday.
Kyle Pennock, 28, smirked in the dock at Lowbridge Crown Court as the judge described a “⟦p:c|catalogue of cruelty⟧” inflicted on little Maisie over six weeks.
Heartbroken gran Sharon Blakemore, 61, wept outside court as she branded him “⟦p:a|an animal⟧”.
“⟦d:a|He should never see daylight again,⟧” she told us. “⟦d:a|Every time I look at her little face I think of what he did. She was 19 months old. Nineteen months.⟧”
The court heard Pennock, of Fenner Street, Lowbridge, was alone with the tot when she suffered the injuries in March. He first claimed she had rolled off a settee, and later blamed the family's dog.
Judge Owain Pritchard-Bell told him: “⟦d:c|Your account has shifted like sand. The only constant in it is that it was always somebody else's fault — the child's, the dog's, anybody's but yours.⟧”
As he was led down, Pennock turned to the public gallery and muttered: “⟦d:b|Whatever.⟧”
One neighbour, who asked not to be named, said: “⟦d:d|We heard her crying all the time through the wall. I'll never forgive myself for not ringing someone.⟧”
Maisie, now three, has since made what doctors call a “⟦p:e|remarkable⟧” recovery.

### 004
@a Abena Osei-Tutu | Senior Coroner
@b Gethin Rowlands | a paramedic with 14 years' experience
@c Priya Nandakumar | His daughter
@d Westmere Ambulance Service | -
A 78-year-old man waited more than five hours for an ambulance after a fall at his home in Westmere, an inquest has heard.
Harun Chowdhury was found on his kitchen floor by a neighbour on the afternoon of 9 January. He died in hospital four days later from pneumonia and complications of a hip fracture.
Gethin Rowlands, a paramedic with 14 years' experience, told the hearing at Westmere Coroner's Court that crews had been held outside the emergency department at Westmere General for most of that shift.
"⟦d:b|We had eleven ambulances queued outside. I've never seen it like that, before or since,⟧" he said.
Asked by Senior Coroner Abena Osei-Tutu whether an earlier response would have made a difference, Mr Rowlands said: "⟦d:b|I can't say that for certain. What I can say is that five hours on a cold floor is not good for anyone, let alone a man of 78.⟧"
His daughter, Priya Nandakumar, said her father had been "⟦p:c|a proud, stubborn man who hated making a fuss⟧".
"⟦d:c|He told the call handler he was fine and to see to someone who needed it more. That was Dad,⟧" she said. "⟦d:c|But he wasn't fine. He was 78 and he had broken his hip.⟧"
Recording a narrative conclusion, the coroner said the delay had "⟦p:a|more than minimally contributed⟧" to Mr Chowdhury's death.
"⟦d:a|I will be writing to the ambulance service and to the hospital trust about handover delays,⟧" she said. "⟦d:a|This is not the first inquest in this court where I have heard this evidence, and I would like it to be the last.⟧"
In a statement, Westmere Ambulance Service said it "⟦p:d|deeply regrets⟧" the delay and had "⟦p:d|invested significantly⟧" in reducing handover times. "⟦d:d|Our thoughts remain with Mr Chowdhury's family,⟧" it added.

### 005
@a Graham Oyelaran-Fisk | The former chief executive of Sedge District Council
@b Ruth Abernethy | counsel to the inquiry
@c Malcolm Teague | The inquiry's chair
@d - | one woman in the public seats
The former chief executive of Sedge District Council told the Calder Wharf Inquiry on Wednesday that he had “⟦p:a|never once⟧” been warned that the flood barrier protecting the estate was at risk of failing.
Graham Oyelaran-Fisk, who led the council from 2011 until his retirement in 2021, was questioned for almost four hours by counsel to the inquiry, Ruth Abernethy KC.
Ms Abernethy showed him an email sent to his office in October 2019 by the council's drainage engineer under the subject line “⟦s:-|Calder barrier – urgent⟧”.
“⟦d:b|Did you read this email, Mr Oyelaran-Fisk?⟧”
“⟦d:a|I don't believe I did. It went to a general inbox.⟧”
“⟦d:b|The word ‘urgent’ is in the subject line.⟧”
“⟦d:a|A great many things that came into that inbox said urgent. I'm not saying that to excuse it. I'm saying it because it's true.⟧”
“⟦d:b|Three months later, Calder Wharf was under a metre and a half of water.⟧”
“⟦d:a|I know that. I know that better than anyone in this room, with respect, apart from the people who lived there.⟧”
At that point one woman in the public seats called out: “⟦d:d|You don't know anything.⟧”
The inquiry's chair, Sir Malcolm Teague, asked for quiet. “⟦d:c|I understand the strength of feeling. I do. But this inquiry can only do its work if witnesses are heard,⟧” he said, before adjourning for fifteen minutes.
After the break, Mr Oyelaran-Fisk said he wished to apologise “⟦p:a|without any qualification⟧” to the residents of the estate.
The inquiry continues on Thursday, when the drainage engineer who wrote the email is expected to give evidence.

### 006
@a Siobhán Ní Bhriain | A former senior buyer at the department store chain Hollins & Crane
@b Dominic Ashworth-Reeve | Her former line manager
@c Tobias Wexford | -
@d Marguerite Salazar | Employment Judge
@e Hollins & Crane | the company
A former senior buyer at the department store chain Hollins & Crane was told by her manager that she would be “⟦p:b|more use to the team⟧” if she stopped “⟦p:b|bringing her childcare into the office⟧”, an employment tribunal has found.
Siobhán Ní Bhriain, 44, who worked for the company for 16 years, won her claims of sex discrimination and constructive unfair dismissal at the Cardew employment tribunal.
Giving evidence in March, Ms Ní Bhriain said the remarks were made in front of colleagues after she left a meeting early to collect her son, who has epilepsy, from school.
“⟦d:a|I'd been there since before seven. I'd done a full day. And he said it to the whole room, like a joke, and everyone laughed because he was the boss,⟧” she said.
Her former line manager, Dominic Ashworth-Reeve, denied making the comments. “⟦d:b|I would never say something like that. I have children myself,⟧” he told the hearing.
“⟦d:c|Isn't it possible that you have misremembered a light-hearted exchange?⟧” asked Tobias Wexford, for Hollins & Crane.
“⟦d:a|I remember it perfectly. I wrote it down that night,⟧” she replied.
In a written judgment published on Friday, Employment Judge Marguerite Salazar said the tribunal preferred Ms Ní Bhriain's evidence, describing her notes as “⟦p:d|detailed, consistent and credible⟧”.
“⟦d:d|Mr Ashworth-Reeve's evidence, by contrast, was vague where it mattered and emphatic where it did not,⟧” the judgment said.
Hollins & Crane said it was “⟦p:e|disappointed⟧” by the decision. “⟦d:e|We take every allegation of discrimination seriously and are considering the judgment carefully,⟧” the company said.

### 007
@a MK | a 31-year-old former radio journalist
@b Helen Dabrowski | the presenting officer for the Interior Department
@c Kwame Asante-Lloyd | Immigration Judge
@d Charlotte Ebbesen | a caseworker at the Fenmouth Refugee Law Project
The hearing room at the Fenmouth tribunal centre is small, windowless and, on the morning I visit, far too warm.
The appellant, a 31-year-old former radio journalist, is identified in tribunal documents only as MK. He has been in the country for three years. His asylum claim was refused in 2022; this is his appeal.
"⟦d:a|I did not come here for money. I came here because they came to my mother's house with my photograph,⟧" he told the tribunal through an interpreter, his hands flat on the table in front of him.
Helen Dabrowski, the presenting officer for the Interior Department, put it to him that his account of his arrest had changed between his screening interview and his witness statement.
"⟦d:b|In your first interview you said you were held for two days. Now you say eleven. Which is it?⟧"
MK listened to the interpreter, then answered at length. "⟦d:a|The first interview was at the airport. I had not slept. I said two days because I was thinking of the first place they kept me. Then they moved me. I did not know that the second place was also a question.⟧"
Immigration Judge Kwame Asante-Lloyd, who had said almost nothing all morning, leaned forward. "⟦d:c|Take your time,⟧" he said. "⟦d:c|Tell me about the second place.⟧"
For the next twenty minutes, MK did.
Outside, in a corridor lined with plastic chairs, Charlotte Ebbesen, a caseworker at the Fenmouth Refugee Law Project, said inconsistencies of that kind were "⟦p:d|almost universal⟧" among people who had been detained.
"⟦d:d|Memory doesn't work like a filing cabinet, especially traumatic memory. The system is built as if it does,⟧" she said.
The judge reserved his decision. MK, asked how he felt, shrugged. "⟦d:a|Tired,⟧" he said. "⟦d:a|Always tired.⟧"

### 008
@a Leah Moskowitz | Assistant District Attorney
@b Rafael Quintanilla | defense attorney
@c Gloria Tunstall | a former deputy in the treasurer's office
@d Warren Dibble | former Pell County treasurer
@e Marisa Okafor | Circuit Judge
CASTLEFORD (Wire) — A former deputy in the Pell County treasurer's office testified Thursday that her boss told her to ``⟦p:d|keep the blue folder out of the audit⟧'' days before state examiners arrived in 2021.
Gloria Tunstall, a former deputy in the treasurer's office, was the prosecution's key witness on the third day of the trial of former Pell County treasurer Warren Dibble, who is charged with 14 counts of theft in office and tampering with records.
``⟦d:c|He said it like it was nothing, like he was asking me to pick up coffee,⟧'' Tunstall told jurors. ``⟦d:c|I asked him what was in it, and he told me not to worry about it.⟧''
Asked by Assistant District Attorney Leah Moskowitz what she did next, Tunstall said: ``⟦d:c|I made a copy. I'm not proud of how long I sat on it, but I made a copy.⟧''
Prosecutors allege Dibble diverted about $612,000 in county funds to a consulting firm run by his brother-in-law between 2016 and 2021. ``⟦d:a|Members of the jury, follow the money,⟧'' Moskowitz said in her opening statement Tuesday.
Under cross-examination, defense attorney Rafael Quintanilla noted that Tunstall had been granted immunity from prosecution.
``⟦d:b|You're only here because you made a deal, isn't that right?⟧'' Quintanilla asked.
``⟦d:c|I'm here because I have a copy of the blue folder,⟧'' she said.
Circuit Judge Marisa Okafor overruled a defense objection when Moskowitz moved to show jurors the copied documents. ``⟦d:e|The witness has laid a sufficient foundation. The exhibit is admitted,⟧'' Okafor said.
Dibble, 63, has pleaded not guilty. He told reporters outside the courthouse on Monday that the case was ``⟦p:d|a political hit job, plain and simple.⟧''

### 009
@a Harriet Mbeki-Lowe | Justice
@b Nathaniel Achebe-Rowe | the 38-year-old
@c Yolanda Ferreira | His solicitor
@d Criminal Cases Review Board | -
A man who spent nine years in prison for a robbery he has always said he did not commit walked free from the Court of Appeal on Thursday after judges ruled that the identification evidence at his trial was “⟦p:a|fundamentally unreliable⟧”.
Nathaniel Achebe-Rowe was convicted in 2015 of the armed robbery of a jeweller's shop in Kestrel Cross in which a security guard was pistol-whipped.
Delivering the judgment of the three-judge court, Justice Harriet Mbeki-Lowe said the only eyewitness had picked him out of a video parade after being shown a single photograph of him by an officer, a procedure she called “⟦p:a|wholly improper⟧”.
“⟦d:a|We are unable to say that the jury would have convicted had they known how the identification came about. It follows that the conviction is unsafe and must be quashed,⟧” she said.
Outside court, the 38-year-old held up a hand to the cameras before speaking. “⟦d:b|Nine years. I went in at 29. I missed my dad's funeral. I missed my daughter learning to read,⟧” he said.
“⟦d:b:m|I'm not angry today. I'll probably be angry tomorrow. Today I just want to go and sit by the sea.⟧
“⟦d:b|To whoever really did it: I hope you think about me.⟧”
His solicitor, Yolanda Ferreira, said the case had been “⟦p:c|a catastrophe of basic police procedure⟧”. “⟦d:c|Every safeguard that exists to stop this happening was ignored, and the courts took nine years to notice,⟧” she said.
The Criminal Cases Review Board, which referred the case in 2023, said it would “⟦p:d|look carefully⟧” at whether other convictions relied on evidence gathered by the same officer.

### 010
@a Bernard Kowalczyk | -
@b Anjali Mistry | The chair of the bench
@c Jolene Ferris | postal worker
@d Dafydd Morgan | -
@e Ruairi Costigan | -
A dog owner whose Akita bit a postal worker on the arm and chased her down the street has been ordered to keep the animal muzzled in public and to pay £1,400 compensation.
Bernard Kowalczyk, 58, of Alder Close, Pennington, admitted being the owner of a dog dangerously out of control when he appeared before Pennington magistrates on Monday.
Dafydd Morgan, prosecuting, said the dog, named Tank, had “⟦p:d|launched itself⟧” over a garden gate in April. “⟦d:d|She was screaming for help and there was nobody in the street,⟧” Mr Morgan said.
In a statement read to the court, postal worker Jolene Ferris said: “⟦d:c|I have delivered to that house for six years. Now I cross the road before I get to it. I still have nightmares about the sound of that gate.⟧”
Ruairi Costigan, defending, said his client had since raised the fence to six feet. “⟦d:e|Mr Kowalczyk is mortified. Tank has never shown aggression before or since,⟧” he said.
Kowalczyk interrupted from the dock: “⟦d:a|He's a big softie, he was only protecting the house.⟧”
The chair of the bench, Anjali Mistry, told him: “⟦d:b|Mr Kowalczyk, the woman he bit might not agree with that description. Please sit down.⟧”
“⟦d:b|A dog that clears a gate to bite a stranger is not a softie,⟧” she said when passing sentence. “⟦d:b|We are making a contingent destruction order. If this dog is not muzzled and on a lead in public, it will be put down.⟧”

### 011
@a Josh Tremayne | His friend
@b Stewart Haldane | the quarry's operations manager
@c Mairéad Kilbride | Area coroner
@d Femi Adeyinka | Reuben's uncle
A 19-year-old student drowned after jumping into a flooded quarry on the hottest day of the year despite signs reading “⟦s:-|Danger – Deep Cold Water⟧”, an inquest heard.
Reuben Adeyinka, a first-year engineering student at Thornbury University, got into difficulty at Greyhollow Quarry on 19 July last year. His body was recovered by police divers the following morning.
His friend Josh Tremayne, 20, who was with him that afternoon, said the group had been swimming there “⟦p:a|every summer since school⟧”.
“⟦d:a|It was warm on top and then about a metre down it was like ice. He went under and came up once, shouting, and then he didn't come up again,⟧” Mr Tremayne told the hearing at Carnmouth Coroner's Court.
“⟦d:a|We didn't think of it as dangerous. Everybody went there. I wish to God we hadn't.⟧”
Stewart Haldane, the quarry's operations manager, said the company had put up new fencing twice in 2023 and both times it had been cut within a week.
Area coroner Mairéad Kilbride asked him: “⟦d:c|Do you accept that a fence which is cut within a week is not, in practice, a fence?⟧”
“⟦d:b|I accept that it's not enough on its own, yes,⟧” Mr Haldane said.
Recording a conclusion of misadventure, Ms Kilbride said cold water shock was “⟦p:c|a silent killer that young people simply do not believe in until it is too late⟧”.
Reuben's uncle, Femi Adeyinka, said outside court: “⟦d:d|Reuben was the first in our family to go to university. He had plans for everything. We want every young person to know what that water can do.⟧”

### 012
@a Lindiwe Mthembu-Harris | The inquiry chair
@b Arjun Bhattacharya | counsel to the inquiry
@c Oisín Breathnach | -
@d Margaret Hollingworth | -
@e Kelmscott University Hospitals Trust | The trust
The public inquiry into the outbreak of a drug-resistant infection at Kelmscott General Hospital opened on Monday with a promise from its chair that bereaved families would be "⟦p:a|at the centre of everything we do⟧".
The inquiry chair, Professor Lindiwe Mthembu-Harris, said the inquiry would examine how at least 43 patients came to die on three wards between 2019 and 2021, and whether the hospital's managers had played down the scale of the outbreak.
"⟦d:a|I have read every one of the statements the families have sent to this inquiry,⟧" she said. "⟦d:a|Some of them I have read more than once. I want to say to those families directly: you were not listened to then. You will be listened to now.⟧"
In his opening statement, counsel to the inquiry, Arjun Bhattacharya KC, said the hearings would examine warnings raised by ward staff as early as the spring of 2018.
"⟦d:b|The inquiry has seen documents which suggest that concerns were raised, escalated and then, for reasons we must explore, allowed to go quiet,⟧" he said.
Oisín Breathnach KC, who represents 31 bereaved families, told the inquiry that the families wanted "⟦p:c|answers, not adjectives⟧".
"⟦d:c|They have had years of regret, of sorrow, of lessons learned. What they have not had is anybody telling them the truth about who knew what, and when,⟧" Mr Breathnach said.
Margaret Hollingworth, whose husband Derek died on Ward 9 in 2020, watched from the front row. Speaking afterwards, she said: "⟦d:d|Today is the first time in four years I have felt anybody in authority take us seriously. I'll believe it when I see the report, mind.⟧"
Kelmscott University Hospitals Trust, which runs the hospital, has apologised to the families. The trust said in a statement that it would "⟦p:e|co-operate fully⟧" with the inquiry and that infection control had been "⟦p:e|transformed⟧" since 2021.

### 013
@a Lukas Brändli | The former safety director of the Hautcrêt ski resort
@b Nadine Favre-Marti | Prosecutor
@c Corinne Aebischer | presiding judge
@d Aurélien Roux | a 26-year-old snowboarder who survived the avalanche
VALMONT (Wire) – The former safety director of the Hautcrêt ski resort told a court on Tuesday that he had «⟦p:a|no reason to believe⟧» the slope above the Combe Noire run was unstable on the morning an avalanche killed four skiers in January 2022.
Lukas Brändli, 57, is on trial at the Valmont regional court with two former colleagues on charges of negligent homicide. All three deny the charges.
«⟦d:a|The readings that morning were within the limits we had always used. I opened the run because the data told me to open it,⟧» Brändli said.
Prosecutor Nadine Favre-Marti asked him why an avalanche warning issued the previous evening by the regional forecasting service had not been passed on to ski patrols. «⟦d:b|Did you read it?⟧» she asked.
«⟦d:a|I read it. I did not think it applied to that slope.⟧»
«⟦d:b|It names the slope.⟧»
Brändli did not answer. After a long pause, presiding judge Corinne Aebischer said: «⟦d:c|The court notes that Mr Brändli has not responded. Please continue, Madame Prosecutor.⟧»
Earlier, Aurélien Roux, a 26-year-old snowboarder who survived the avalanche, told the court in French: «⟦d:d|On nous avait dit que c'était sûr.⟧» («⟦d:d|We had been told it was safe.⟧»)
He described being buried under the snow for 40 minutes. «⟦d:d|I could hear them walking above me. I could not make a sound,⟧» he said. «⟦d:d|I think about the four who were not found in time every single day.⟧»
A verdict is expected next month.

### 014
@a Vikram Saigal | the founder of Larkspur Capital
@b Penelope Orchard-Ames | -
@c Cyrus Farahani | Judge
The founder of a collapsed investment firm told a jury he was “⟦p:a|an optimist, not a crook⟧” as he gave evidence in his own defence at Aldergate Crown Court on Wednesday.
Vikram Saigal, 52, the founder of Larkspur Capital, is accused of defrauding 340 investors of £23 million by promising them returns of up to 18 per cent a year. He denies seven counts of fraud by false representation.
“⟦d:a|Every pound I took, I believed I would pay back with interest. I still believe that if the pandemic had not happened, every investor would have been paid,⟧” he told jurors.
Cross-examining him, Penelope Orchard-Ames KC, prosecuting, read out an email Saigal sent to his finance director in March 2020.
“⟦d:a|Keep the new money coming in and nobody will look at the old money,⟧” it said.
“⟦d:b|What did you mean by that, Mr Saigal?⟧” Ms Orchard-Ames asked.
“⟦d:a|I meant that we needed liquidity. It was a badly worded email written at two in the morning.⟧”
“⟦d:b|It was a perfectly clear email, wasn't it? It describes exactly what you were doing.⟧”
“⟦d:a|No. With respect, no.⟧”
At one point Saigal became tearful and Judge Cyrus Farahani offered him a break. “⟦d:c|There is water on the ledge beside you, Mr Saigal. Take as long as you need,⟧” the judge said.
Saigal declined. “⟦d:a|I'd rather carry on, Your Honour,⟧” he said.
The trial continues.

### 015
@a Jonny Castellano | TV chef
@b Harriet Spillane | His lawyer
@c Philippa Nwachukwu | District Judge
@d - | one fan
@e - | A pal
TV chef Jonny Castellano was banned from the roads for 20 months yesterday after being caught at more than twice the drink-drive limit in his Porsche.
The star of hit show "⟦s:-|Pan Man⟧", 46, was stopped by police on the A614 near his country home in the early hours of New Year's Day.
Castellano, who earns a reported £2million a year, told magistrates: "⟦d:a|I'm deeply ashamed. I let my family down and I let my fans down.⟧"
His lawyer, Harriet Spillane, said he had been "⟦p:b|under enormous strain⟧" following the collapse of his restaurant group and had since "⟦p:b|sought help⟧".
District Judge Philippa Nwachukwu said: "⟦d:c|Fame is not a mitigating factor, Mr Castellano. Nor, I'm afraid, is a difficult year. Lots of people have difficult years without getting behind the wheel after half a bottle of wine.⟧"
She fined him £9,800.
Outside Kingsgate Magistrates' Court, one fan shouted "⟦d:d|We love you, Jonny!⟧" as he climbed into a waiting car.
Castellano stopped briefly. "⟦d:a|Thank you. Don't drink and drive, kids,⟧" he said.
A pal said last night: "⟦d:e|He's mortified. He hasn't touched a drop since that night and he's been going to meetings.⟧"

### 016
@a Samira Haddadi | a former schoolteacher
@b Min-jung Seo | senior trial attorney
@c Laurent Bessière | Defence counsel
@d Akosua Danquah | Presiding Judge
LINDHAVEN (Wire) — A former schoolteacher told a war crimes tribunal on Wednesday that she watched from a classroom window as militiamen led the men of her village towards the river, and that “⟦p:a|none of them came back⟧”.
Samira Haddadi, testifying through an interpreter before the Special Tribunal for the Orvane Valley, is the first survivor of the 2009 killings in the village of Teshk to give evidence in the trial of former militia commander Dragan Vukotić.
“⟦d:a|My brother turned and looked at the school. I think he was looking for me. I raised my hand. I do not know if he saw,⟧” she said.
Questioned by senior trial attorney Min-jung Seo, she identified the man giving orders that morning as “⟦p:a|the one they called the Major⟧”.
“⟦d:b|Do you see that man in this courtroom today?⟧” Seo asked.
Haddadi looked across at the dock for several seconds. “⟦d:a|Yes. He is older now. He is the one in the blue tie.⟧”
Vukotić, 61, shook his head and leaned over to whisper to his lawyer. Defence counsel Laurent Bessière later suggested to Haddadi that she had first seen his client's face on television.
“⟦d:c|You saw his photograph many times before you ever made a statement, didn't you, madam?⟧”
“⟦d:a|I saw his face in my village first. The television came later,⟧” she replied.
Presiding Judge Akosua Danquah thanked the witness at the end of the day's session. “⟦d:d|The tribunal is conscious of what it costs you to come here,⟧” she said.

### 017
@a Eleanor Fairweather-Singh | Judge
@b Lucinda Trevelyan | -
@c Tomasz Zieliński | Ms Amoah's partner
BRANNOCK (Wire) — A landlord who ignored repeated warnings about a faulty boiler that poisoned a young mother with carbon monoxide was jailed for seven years on Friday.
Dermot Ruane, 66, who owns 23 properties in Brannock, was convicted last month of the gross negligence manslaughter of Kezia Amoah, 24, who died in her flat on Tolland Street in December 2022.
Passing sentence at Brannock Crown Court, Judge Eleanor Fairweather-Singh said Ruane had received "⟦p:a|no fewer than five⟧" complaints about the boiler in the year before Ms Amoah's death.
"⟦d:a:m|You did not go to the flat. You did not send anyone to the flat. You sent a text message telling Ms Amoah to 'bleed the radiators and stop moaning'. She did as she was told.⟧
"⟦d:a:m|Three weeks later she was found by her partner, who had come home from a night shift. Their daughter, who was 14 months old, was in her cot in the next room. It is only by chance that she survived.⟧
"⟦d:a|This was not a momentary lapse. It was a settled indifference to the safety of the people whose rent you were happy to collect.⟧"
In a statement read to the court by the prosecutor, Ms Amoah's partner, Tomasz Zieliński, said: "⟦d:c|Our daughter asks where Mummy is. I tell her Mummy is a star. I don't know what I will tell her when she is old enough to ask how.⟧"
Lucinda Trevelyan KC, for Ruane, said he had "⟦p:b|aged ten years in the past twelve months⟧" and would "⟦p:b|carry this to his grave⟧".
"⟦d:b|He is not a monster. He is a man who got old and careless about a business he should have sold years ago,⟧" Ms Trevelyan told the court.
Ruane showed no emotion as he was led away.

### 018
@a Lachlan McPhail | The Solicitor General
@b Victoria Ashdown | -
@c Ruby Callaghan-Stott | The victim
@d Simon Ellery | The trial judge
A man who was spared jail after stalking a teenage girl for 18 months has had his sentence increased to three years' imprisonment after the Court of Appeal ruled it was “⟦p:b|unduly lenient⟧”.
Gareth Lomax, 34, was given a two-year suspended sentence at Pellbrook Crown Court in March after admitting stalking involving fear of violence.
The trial judge, Judge Simon Ellery, had said at the time that Lomax was “⟦p:d|a lonely and socially isolated man⟧” who posed a “⟦p:d|low risk⟧” of reoffending.
The case was referred to the Court of Appeal by the Solicitor General, Lachlan McPhail, who said the original sentence “⟦p:a|failed to reflect the terror⟧” the victim had lived with.
Giving the court's ruling, Dame Victoria Ashdown said: “⟦d:b|Stalking of this kind is not a nuisance. It is a form of psychological violence, and it must be recognised as such.⟧”
“⟦d:b|The judge was entitled to take account of the offender's personal circumstances. He was not entitled to allow them to eclipse the harm done,⟧” she said.
The victim, Ruby Callaghan-Stott, now 19, who has waived her right to anonymity, said outside court that she had been “⟦p:c|looking over my shoulder for two years⟧”.
“⟦d:c|When he walked out of court last time I felt like I'd been told I didn't matter. Today I feel like somebody's finally listening,⟧” she said.
“⟦d:c|I want other girls to know you can go to the police, and you can keep going back.⟧”
Mr McPhail said in a statement: “⟦d:a|I am pleased the court has agreed that this sentence needed to be reviewed.⟧”

### 019
@a Henrik Solberg | Assistant coroner
@b Omari Kiprono | a consultant psychiatrist
@c Dolores Ybarra | Her mother
@d Eastvale Health Trust | the trust
A coroner has warned that more young people will die unless mental health services in Eastvale stop discharging patients “⟦p:a|on a Friday afternoon with a leaflet and a phone number that nobody answers⟧”.
Assistant coroner Henrik Solberg issued a prevention of future deaths report after the inquest into the death of Catalina Ybarra, 22, who was found dead three days after leaving the Birchfield unit in October.
In the report, published on Tuesday, Mr Solberg wrote: “⟦d:a|I heard evidence that the crisis line to which Catalina was referred was not staffed between 6pm on Friday and 9am on Monday. Nobody at the unit appeared to know this.⟧”
During the inquest, Dr Omari Kiprono, a consultant psychiatrist, accepted that the discharge plan had been “⟦p:b|thin⟧”. “⟦d:b|In hindsight, I would have wanted a follow-up visit within 48 hours. That did not happen,⟧” he said.
Her mother, Dolores Ybarra, said: “⟦d:c|Catalina asked for help. She did everything she was supposed to do. The system sent her home to an empty flat and a phone line that rang out.⟧”
“⟦d:c|I don't want an apology. I want the phone answered.⟧”
Eastvale Health Trust, which runs the unit, said it had “⟦p:d|accepted all of the coroner's findings⟧” and that a seven-day crisis line would launch in the spring.
“⟦d:d|We are deeply sorry for the failings identified in Catalina's care,⟧” a statement from the trust said.

### 020
@a Tamara Völker-Hayes | A lifestyle influencer with 1.2 million followers
@b Bronwen Llewellyn-Price | the freelance journalist
@c Hugo Stanmore | -
@d Farida Qureshi | Deputy High Court Judge
A lifestyle influencer with 1.2 million followers told the High Court on Monday that a newspaper column calling her a ``⟦p:b|wellness fraud⟧'' had cost her ``⟦p:a|everything I built⟧''.
Tamara Völker-Hayes, 33, is suing the freelance journalist Bronwen Llewellyn-Price over an article in the Sunday Courant in 2022 which said her range of supplements was ``⟦p:b|snake oil in a nice jar⟧''.
``⟦d:a|I lost two contracts in a week. People sent me messages telling me to kill myself,⟧'' Ms Völker-Hayes said from the witness box. ``⟦d:a|I have never claimed my products cure anything. Never.⟧''
Hugo Stanmore KC, for Ms Llewellyn-Price, showed her a video in which she told viewers that a herbal tincture had ``⟦p:a|basically fixed⟧'' her endometriosis.
``⟦d:c|Basically fixed. Those are your words, aren't they?⟧''
``⟦d:a|They're my words about my body. I wasn't telling anyone else what to do.⟧''
``⟦d:c|You were selling it to them at £39 a bottle.⟧''
Ms Llewellyn-Price, 51, who is expected to give evidence later this week, sat two rows behind the claimant and took notes throughout. Asked outside court whether she stood by the article, she said: ``⟦d:b|Every word.⟧''
Deputy High Court Judge Farida Qureshi reminded both parties that the trial was ``⟦p:d|not a referendum on alternative medicine⟧''. ``⟦d:d|The question for me is a narrow one: whether the words complained of were defamatory and, if so, whether they were true,⟧'' she said.

### 021
@a Rosa Delgado | A grieving mother
@b Andrés Delgado | Mateo's older brother
@c Tyler Brandt | -
@d Colleen Ruppert | Defense attorney
@e Franklin Osei | Superior Court Judge
MERRITT FALLS (Wire) — A grieving mother told the man who shot her 16-year-old son that she had spent a year "⟦p:a|hating you with my whole body⟧" and that she was finally ready to stop.
Rosa Delgado addressed the court from a lectern ten feet from Tyler Brandt, 19, who pleaded guilty in August to second-degree murder in the death of her son, Mateo, outside a convenience store in June of last year.
"⟦d:a|You didn't know him. You didn't know he was saving for a car. You didn't know he sang in the shower so loud the neighbors complained,⟧" she said, her voice breaking. "⟦d:a|You didn't know anything about him, and you took him anyway.⟧"
"⟦d:a|But I'm not going to carry you around anymore. I'm putting you down today.⟧"
Mateo's older brother, Andrés Delgado, 22, was briefer. "⟦d:b|He was my best friend. That's all I've got,⟧" he said, and sat down.
Brandt, in orange jail scrubs, turned to face the family when it was his turn to speak. "⟦d:c|I'm sorry. I know that don't mean nothing. I was aiming at somebody else and that's not better, I know that's not better,⟧" he said.
Defense attorney Colleen Ruppert asked the court to consider her client's age and a childhood she described as "⟦p:d|chaos from start to finish.⟧"
Superior Court Judge Franklin Osei sentenced Brandt to 25 years to life. "⟦d:e|Mr. Brandt, you fired a gun on a Saturday afternoon on a street full of children. Whoever you were aiming at, you hit one,⟧" Osei said.
"⟦d:e|Mrs. Delgado, I hope you meant what you said about putting him down. You deserve that.⟧"

### 022
@a Eamon Fitzsimons | a former duty inspector at Carrow Street police station
@b - | Layla's mother
@c Judith Kerslake | the chair
The Hollins Park Inquiry, which is examining the police response to the disappearance of 15-year-old Layla Brookes in 2017, heard on Thursday from Eamon Fitzsimons, a former duty inspector at Carrow Street police station. He was questioned by counsel to the inquiry, Adaeze Nwosu. The following is an edited extract from the transcript.
Q: You were the duty inspector on the night of 3 March 2017?
A: I was.
Q: Layla's mother rang the station at 11.40pm. The call log records her as saying that her daughter was "⟦p:b|with a man in a silver car⟧". Did anyone tell you that?
A: Not that I recall.
Q: The log was updated at 00.15. Under "⟦s:-|risk grading⟧", you typed "⟦p:a|medium⟧". Why?
A: Because that's what the information supported at the time. A 15-year-old who'd gone out with friends and not come home. We had four of those a night.
Q: But she hadn't gone out with friends, had she?
A: No. With hindsight, no.
Q: Your note at 1am reads: "⟦d:a|Mother anxious. Advised to ring round friends. NFA tonight.⟧" What does NFA mean?
A: No further action.
Q: Tonight.
A: Tonight. Yes.
At the end of the session the chair, Judith Kerslake, thanked Mr Fitzsimons for what she called his "⟦p:c|candour, however late it has come⟧". "⟦d:c|I do not doubt that today has been difficult for you. It has been considerably more difficult for Layla's family,⟧" she said.

### 023
@a Jade Okonkwo-Price | a 24-year-old trainee accountant
@b Amira Sultani | Her friend
@c Leanne Harrop | A nightclub door supervisor
@d Saoirse Keane | -
@e Rhodri Gwynfor | -
A nightclub door supervisor dragged a customer down a flight of stairs by her hair after she complained about being overcharged for a drink, a court heard.
Leanne Harrop, 36, denies assault occasioning actual bodily harm following the incident at the Velvet Room in Quayside, Dunmore, in the early hours of 14 October.
Rhodri Gwynfor, prosecuting, told jurors at Dunmore Crown Court that CCTV showed Harrop “⟦p:e|taking hold of the complainant from behind⟧” at the top of the stairs.
Jade Okonkwo-Price, a 24-year-old trainee accountant, said she had been out celebrating passing her exams.
“⟦d:a|I said, ‘That's not the price on the board,’ and the next thing I knew I was on my back at the bottom of the stairs and there was a clump of my hair on the step,⟧” she said.
Cross-examined by Saoirse Keane, defending, Ms Okonkwo-Price denied throwing a glass at bar staff.
“⟦d:d|You'd had eight or nine drinks by then, hadn't you?⟧” Ms Keane asked.
“⟦d:a|Maybe five. I wasn't drunk. I knew exactly what was happening to me.⟧”
Her friend Amira Sultani, who was with her that night, said she saw the defendant “⟦p:b|grab Jade like a bin bag⟧”.
“⟦d:b|She just hauled her backwards. Jade didn't even have time to put her hands out,⟧” Ms Sultani said.
Harrop, who has worked in the industry for 12 years, told police she had acted in self-defence. “⟦d:c|She came at me. I did what I was trained to do,⟧” she said in a recorded interview played to the jury.
The trial continues.

### 024
@a Rowan Achterberg | a former software tester at the games studio Brightforge
@b Carla Mendonça | Brightforge's head of people
@c Ifeoma Chukwu | Employment Judge
@d - | A Brightforge spokesperson
@e - | a manager
A games studio has been ordered to pay £31,000 to a non-binary former employee after a tribunal found that colleagues persistently misgendered them and that a manager introduced them at a team meeting as “⟦p:e|our new girl⟧”.
Rowan Achterberg, a former software tester at the games studio Brightforge, brought claims of harassment related to gender reassignment at the Ellesby employment tribunal.
In evidence last month, Achterberg said they had raised the issue with managers “⟦p:a|at least a dozen times⟧” in their first six months.
“⟦d:a|Every time, I was told it was banter, or that people would get used to it. Nobody got used to it. I got used to it, which is worse,⟧” they said.
Brightforge's head of people, Carla Mendonça, told the tribunal that the company had introduced pronoun training in 2023. “⟦d:b|We accept that it came too late for Rowan,⟧” she said.
In her judgment, Employment Judge Ifeoma Chukwu found that the conduct was “⟦p:c|neither isolated nor trivial⟧”.
“⟦d:c|The claimant was made to feel, day after day, that their identity was a matter of office amusement. That is precisely the kind of environment the legislation is designed to prevent,⟧” she wrote.
A Brightforge spokesperson said: “⟦d:d|We have apologised to Rowan and we are committed to doing better.⟧”
Achterberg, who now works for a housing charity, said they felt “⟦p:a|vindicated, and very tired⟧”.

### 025
@a Gillian Hartnell | A former parish clerk
@b Rupert Okafor-Lane | parish council chairman
@c Alasdair Finlayson | Recorder
@d Natasha Pryce | -
@e Bethan Ashworth | newly elected councillor
A former parish clerk has been jailed for two years after taking more than £48,000 from village funds to pay for cruises, a hot tub and her grandchildren's school trips.
Gillian Hartnell, 67, who served as clerk and treasurer of Nether Caddon Parish Council for 19 years, admitted fraud by abuse of position at Cravenbury Crown Court.
The court heard the thefts came to light when newly elected councillor Bethan Ashworth asked to see the village hall roof fund, which should have held £30,000 and contained, in her words, "⟦p:e|about £600 and an IOU⟧".
In a statement read to the court, parish council chairman Rupert Okafor-Lane said: "⟦d:b|Gillian was a friend to many of us. She sat at our kitchen tables. The sense of betrayal in the village is hard to put into words.⟧"
"⟦d:b|We are a community of 400 people. This money was raised by cake sales and sponsored walks.⟧"
Natasha Pryce, defending, said Hartnell had been "⟦p:d|drowning⟧" in debt after her husband's death and had always intended to repay the money.
Recorder Alasdair Finlayson said: "⟦d:c|You were trusted absolutely, and you exploited that trust over a period of years. The fact that the sums were taken in small amounts does not make this less serious. It made it easier for you to hide.⟧"
Hartnell wept in the dock. "⟦d:a|I'm so sorry, I'm so sorry,⟧" she repeated as she was taken down.

### 026
@a Kofi Boateng | -
@b Efua Boateng | His wife
@c Piers Cavendish-Hobbs | a director of Lanyard Lettings
@d Ewa Malinowska | Tribunal judge
A family who lived for two years with black mould so severe that their youngest child was twice taken to hospital have been awarded £14,600 in a rent repayment order.
Kofi Boateng, 39, and his family rented a three-bedroom flat in Sandgate Court, Portley, from Lanyard Lettings between 2021 and 2023.
“⟦d:a|We cleaned it every Sunday with bleach. By Wednesday it was back. My daughter's inhaler became part of the furniture,⟧” Mr Boateng told the Residential Property Tribunal.
His wife, Efua Boateng, said she had sent the agency “⟦p:b|more photos than I have of my own children⟧”.
Piers Cavendish-Hobbs, a director of Lanyard Lettings, told the hearing that the mould was caused by “⟦p:c|lifestyle factors⟧”, including drying washing indoors.
“⟦d:c|We provided a dehumidifier. Whether it was used is another matter,⟧” he said.
Tribunal judge Ewa Malinowska asked him where else a family of five was supposed to dry its washing in a flat with no balcony and no working tumble dryer.
“⟦d:c|I couldn't say,⟧” Mr Cavendish-Hobbs replied.
“⟦d:d|The suggestion that this family caused the mould by drying their clothes is, frankly, insulting. Damp of this severity is a building problem, not a lifestyle problem,⟧” Judge Malinowska wrote in her decision.
Mrs Boateng said afterwards: “⟦d:b|It's not about the money. It's that somebody finally said out loud that it wasn't our fault.⟧”

### 027
@a Dylan Frewin | Lance Corporal
@b Nigel Ashcombe | Judge Advocate
@c Tariq Mahmood | Private
@d Fiona Marr-Dalton | Lieutenant Colonel
@e - | An Army spokesperson
A soldier who forced a teenage recruit to stand in a freezing river for 40 minutes as a "⟦s:-|punishment drill⟧" has been demoted and sentenced to 90 days' detention by a court martial.
Lance Corporal Dylan Frewin, 27, was found guilty at the Military Court Centre in Carrick Down of ill-treating a subordinate during an exercise in January.
Private Tariq Mahmood, who was 18 at the time, told the court he had been "⟦p:c|shaking so much I couldn't speak⟧" when he was finally allowed out of the water.
"⟦d:c|He said if I got out before he told me, I'd go back in for double. So I stayed in,⟧" Private Mahmood said.
Lieutenant Colonel Fiona Marr-Dalton, prosecuting, said the episode was "⟦p:d|not training, not discipline, but cruelty dressed up as both⟧". "⟦d:d|He had been warned twice about exactly this kind of conduct,⟧" she told the court.
Frewin told the board he had been trying to "⟦p:a|toughen the lad up⟧". "⟦d:a|It was done to me when I joined. I thought that's how it worked,⟧" he said.
Sentencing, Judge Advocate Nigel Ashcombe said: "⟦d:b|That it was done to you is an explanation. It is not an excuse. The Army has moved on from this, and so must you.⟧"
An Army spokesperson said: "⟦d:e|This behaviour has no place in the modern Army. We will support Private Mahmood in whatever way he needs.⟧"

### 028
@a Maximilian Oyelowo-Berg | Upper Tribunal Judge
@b Nguyễn Văn Phúc | a 44-year-old chef who has lived in Carrisford for 26 years
@c Interior Ministry | the ministry
@d Linh Nguyễn | His daughter
@e Ozan Demirci | -
A chef who has lived in Carrisford since he was 18 has won his appeal against deportation after a tribunal ruled that removing him would be «⟦p:a|unduly harsh⟧» on his Carrisford-born daughter.
Nguyễn Văn Phúc, a 44-year-old chef who has lived in Carrisford for 26 years, was served with a deportation order in 2022 after a conviction for handling stolen goods, for which he served eight months in prison.
Upper Tribunal Judge Maximilian Oyelowo-Berg said Mr Nguyễn had «⟦p:a|paid the price the law required⟧» for the offence and had not reoffended in nine years.
«⟦d:a|The public interest in deportation is weighty. It is not, however, infinitely weighty, and in this case it is outweighed,⟧» the judge wrote.
Speaking outside the tribunal building, Mr Nguyễn said: «⟦d:b|I have been here longer than I was there. My kitchen is here. My daughter is here. Where would I go?⟧»
His daughter, Linh Nguyễn, 19, said the two years since the order had been «⟦p:d|like living in a waiting room⟧». «⟦d:d|Dad kept cooking. That's how he copes. We've eaten very well and slept very badly,⟧» she said.
Ozan Demirci, who organised a petition signed by more than 11,000 people, called the decision «⟦p:e|a victory for common sense⟧».
The Interior Ministry said it was «⟦p:c|disappointed⟧» by the ruling and would «⟦p:c|consider its options⟧». «⟦d:c|Foreign nationals who commit crimes should be in no doubt that we will seek to remove them,⟧» the ministry said.

### 029
@a Hamish Drummond-Ofori | Judge
@b - | a reporter
@c Shireen Taheri | -
@d - | A spokesman for the prosecuting authority
The trial of three men accused of a £3 million cash-in-transit robbery collapsed on Tuesday after a juror was found to have researched the defendants online.
Judge Hamish Drummond-Ofori discharged the jury at Ravensworth Crown Court on the 31st day of the trial, telling jurors he had “⟦p:a|no alternative⟧”.
“⟦d:a|One of your number has looked up material about these defendants on the internet and shared what they found. I have warned you repeatedly, on every day of this trial, not to do that,⟧” he said.
“⟦d:a:m|I want to be clear that the other eleven of you have done nothing wrong. I am grateful for your service. But the law does not permit me to continue.⟧
“⟦d:a|The cost of this, to the public purse and to everyone involved, is considerable.⟧”
Outside court, a reporter asked Shireen Taheri, who represents one of the defendants: “⟦d:b|Is your client relieved it's over?⟧”
“⟦d:c|It isn't over. That's the point. He has been in custody for 14 months and now he will wait again,⟧” Ms Taheri said.
A spokesman for the prosecuting authority said: “⟦d:d|We will be seeking a retrial at the earliest opportunity.⟧”
The juror, a woman in her forties, may face contempt proceedings.

### 030
@a Yusuf Demir | a forensic pathologist
@b Huw Penhaligon | team leader of Carn Du Mountain Rescue
@c Isobel Cathcart-Nwosu | Senior coroner
@d Grzegorz Nowak | His walking partner
An experienced hillwalker who died on Carn Du in a sudden whiteout had “⟦p:b|done everything right except turn back⟧”, the leader of the rescue team that found him told an inquest.
Alistair Mbatha, 52, a GP from Pendarrow, fell about 60 metres from the summit ridge on 4 February.
His walking partner, Grzegorz Nowak, said conditions had changed “⟦p:d|in about ten minutes, from postcard to nothing⟧”.
“⟦d:d|We agreed to go down. Alistair went first because he knew the path better. Then he just wasn't in front of me any more,⟧” Mr Nowak told the inquest in Pendarrow.
Huw Penhaligon, team leader of Carn Du Mountain Rescue, said 23 volunteers had searched through the night.
“⟦d:b|We found him at first light. He had his map, his compass, his headtorch, spare layers. He was better equipped than half the people we rescue in summer,⟧” he said.
Dr Yusuf Demir, a forensic pathologist, said Dr Mbatha had suffered a severe head injury and would have died “⟦p:a|very quickly, probably instantly⟧”. “⟦d:a|There was nothing any rescuer could have done,⟧” Dr Demir said.
Senior coroner Isobel Cathcart-Nwosu recorded a conclusion of accidental death.
“⟦d:c|The mountains here are beautiful and they are unforgiving, and the two things are not separate,⟧” she said. “⟦d:c|I want to pay tribute to the rescue volunteers, who went out in conditions that most of us would not go out in for any reason.⟧”

### 031
@a Tracey Fairclough | His first wife
@b Anneliese Krüger | His second wife
@c Marcus Fairclough | the 49-year-old
@d Devika Raman | Prosecutor
A "⟦s:-|love rat⟧" lorry driver who secretly married two women and kept them 80 miles apart for 11 years was rumbled when both wives turned up at the same hospital bedside, a court heard.
Marcus Fairclough, 49, told one wife he was working night shifts at a depot in Hullbridge and the other that he was doing "⟦p:c|long-haul runs to the Continent⟧".
His first wife, Tracey Fairclough, 47, told Caistor Crown Court: "⟦d:a|I thought he was the hardest-working man in England. Turns out he was. He was running two households.⟧"
The pair came face to face in March last year when Fairclough was admitted to Caistor General after a heart scare.
"⟦d:a|I walked in with grapes and there was a blonde woman holding his hand. I said, 'Who are you?' and she said, 'I'm his wife.' I said, 'No, love, I'm his wife,'⟧" Tracey told jurors.
His second wife, Anneliese Krüger, 38, who married Fairclough at a register office in 2013, said she had had "⟦p:b|no idea, not a clue, not a whisper⟧".
"⟦d:b|He came to parents' evenings. He put up shelves. He was a good dad to my boys. That's what makes me so angry,⟧" she said.
Prosecutor Devika Raman said Fairclough had told the registrar he was "⟦p:c|single, never married⟧".
Fairclough, who denies bigamy, claims he believed his first marriage had been dissolved. Asked by Ms Raman why he had never mentioned his second family, the 49-year-old replied: "⟦d:c|Because I'm a coward. That's not a crime.⟧"
"⟦d:d|Bigamy is, Mr Fairclough,⟧" Ms Raman said.
The trial continues.

### 032
@a Ingrid Halvorsen | a structural engineer commissioned by the inquiry
@b Declan Osei-Bonsu | counsel to the inquiry
@c Ifan Pritchard | The inquiry chair
@d Nasreen Akhtar | -
@e Halden Civil Engineering | -
The steel bearings on the Ferrymead footbridge had been corroding “⟦p:a|for at least a decade, and probably longer⟧” before it collapsed into the River Tane, killing five people, the public inquiry into the disaster heard on Monday.
Professor Ingrid Halvorsen, a structural engineer commissioned by the inquiry, presented her findings over a full day of evidence.
Asked by Declan Osei-Bonsu KC, counsel to the inquiry, whether the failure could have been foreseen, she answered at length.
“⟦d:a:m|Yes. I want to be careful, because hindsight is a very comfortable place to stand. But the inspection reports from 2014, 2017 and 2020 each note rust staining at the southern bearing. Each one grades it as ‘monitor’.⟧
“⟦d:a:m|Nobody monitored it. There is no record of anybody going back. By 2020 the photographs show section loss you could see from the towpath.⟧
“⟦d:a|If you are asking me whether an engineer who had looked properly at those photographs would have closed the bridge, my answer is that I would have closed it.⟧”
“⟦d:b|Immediately?⟧” Mr Osei-Bonsu asked.
“⟦d:a|That afternoon.⟧”
The inquiry chair, Sir Ifan Pritchard, asked whether the inspection regime itself was at fault, or the people carrying it out. “⟦d:c|I need to understand whether we are looking at a system that failed or a system that was ignored,⟧” he said.
“⟦d:a|Both, I'm afraid,⟧” Professor Halvorsen replied.
Nasreen Akhtar, whose son Imran was among those killed, left the hearing room in tears during the evidence. Outside, she said: “⟦d:d|They wrote ‘monitor’ three times. My son walked across that bridge every day to work.⟧”
Halden Civil Engineering, which carried out the inspections under contract to the county council, said it would “⟦p:e|respond fully⟧” when it gives evidence next month.

### 033
@a Brenda Kilcoyne | the usher
@b Mehmet Aydın | the duty solicitor
@c Olumide Fashola | Deputy District Judge
@d - | a man in a paint-spattered hoodie
@e Shannon Rowe | -
By 9.45am the waiting area at Harbridge Magistrates' Court is already full: men in work boots, a mother with a buggy, a teenager in a borrowed suit with the sleeves rolled up twice.
“⟦d:a|Fifteen on the list in Court One, and that's a quiet day,⟧” says the usher, Brenda Kilcoyne, who has worked here for 22 years. “⟦d:a|Mondays are the worst. Everyone's weekend turns up on a Monday.⟧”
Mehmet Aydın, the duty solicitor, is seeing his sixth client before ten. He describes the job as “⟦p:b|triage with a tie on⟧”. “⟦d:b|You get twelve minutes with someone, sometimes less, and you have to work out what happened to them, what's going to happen to them, and whether they understand either,⟧” he says.
Deputy District Judge Olumide Fashola sits at 10.05. The first case is a man in a paint-spattered hoodie. He admits stealing four packs of steak from a supermarket.
“⟦d:c|Why steak?⟧” the judge asks.
“⟦d:d|To sell, sir. Nobody buys beans off you,⟧” the man says. There is a ripple of laughter from the public seats, which the judge lets pass.
He is fined £80 and ordered to pay £85 costs. “⟦d:c|You'll be paying that off at £5 a week. Do you understand what happens if you don't?⟧”
“⟦d:d|I come back here.⟧”
“⟦d:c|You come back here.⟧”
Later, Shannon Rowe, 22, appears for breaching a restraining order by sending her former partner a birthday card. She tells the court that it said only “⟦p:e|hope you're well⟧”.
“⟦d:e|I didn't think a card counted,⟧” she says. “⟦d:c|It counts,⟧” says Fashola, gently.
By the lunch break, nine cases have been dealt with. Kilcoyne is eating a sandwich at her desk. “⟦d:a|See?⟧” she says. “⟦d:a|Quiet.⟧”

### 034
@a Harjit Sandhu | Mr Sandhu's son
@b Morwenna Tregear | Detective Chief Inspector
@c Baz | One driver
@d - | solicitors for Callum Reddy
Two men have been found guilty of murdering a taxi driver who was stabbed after asking them to pay their £14 fare.
Gurnam Singh Sandhu, 61, was attacked in his cab in Westfield Road, Ockley Bridge, in the early hours of 2 September.
Callum Reddy, 24, and Jordan Pike, 22, both of Ockley Bridge, were convicted after a four-week trial at Marbury Crown Court. They will be sentenced next month.
Speaking on the steps of the court, Mr Sandhu's son, Harjit Sandhu, said: "⟦d:a|My father drove a taxi in this town for 34 years. He took people to weddings, to funerals, to hospital to have their babies. He was killed over £14.⟧"
"⟦d:a|Today the jury has given us justice. It hasn't given us our dad back.⟧"
Detective Chief Inspector Morwenna Tregear, who led the investigation, said the verdict was "⟦p:b|the result of extraordinary work⟧" by her team and by the witnesses who came forward.
"⟦d:b|Gurnam was a well-known and much-loved figure in Ockley Bridge. This was a senseless, cowardly attack on a man who was simply doing his job,⟧" she said.
Dozens of taxi drivers had gathered outside the court. One driver, who gave his name only as Baz, said: "⟦d:c|Every one of us has had a runner. You chase them or you let it go. Gurnam let it go and they still came back for him.⟧"
In a statement, solicitors for Callum Reddy said he would "⟦p:d|consider an appeal⟧".

### 035
@a Aaron Kessler-Njoroge | -
@b Holly Partington | His former partner
@c Kieron Blackwood | -
@d Sunita Bhandari | Recorder
A man who set fire to his former partner's car outside her home while she and her two children slept has been jailed for four years.
Aaron Kessler-Njoroge, 31, of Dovecote Lane, Salterby, admitted arson being reckless as to whether life was endangered.
His former partner, Holly Partington, said in a statement read to Salterby Crown Court: “⟦d:b|I woke up to orange light on the ceiling. I thought it was morning. Then I heard the windows of the car go.⟧”
“⟦d:b|My son won't sleep without the landing light on now. He's six.⟧”
Kieron Blackwood, mitigating, said his client had been drinking heavily after the breakdown of the relationship and had given “⟦p:c|no thought at all⟧” to the consequences.
Kessler-Njoroge wrote a letter to the judge, parts of which were read out in court. “⟦d:a|I am not asking you to go easy on me. I am asking you to know that I understand what I did,⟧” he wrote.
“⟦d:a|I could have killed three people I loved. I think about that every night.⟧”
Recorder Sunita Bhandari said she had read the letter “⟦p:d|with care⟧”. “⟦d:d|It is well written, and I accept that the remorse in it is genuine. But remorse after the event cannot undo the terror you caused that night,⟧” she said.
He was also made subject to a ten-year restraining order.

### 036
@a Ravindra Kulkarni | a medical statistician
@b Imogen Strachan | -
@c Adebayo Lawal | Judge
A statistician called by the prosecution in the trial of a care worker accused of poisoning three elderly residents with insulin accepted on Thursday that a cluster of deaths ``⟦p:a|does not, on its own, prove anything⟧''.
Professor Ravindra Kulkarni, a medical statistician, had told the jury at Wexcombe Crown Court on Wednesday that the number of hypoglycaemic episodes on night shifts worked by Agnieszka Wolska, 44, was ``⟦p:a|highly unlikely to be due to chance⟧''.
Cross-examining him, Imogen Strachan KC, for Ms Wolska, asked: ``⟦d:b|Professor, if I toss a coin and it comes up heads ten times in a row, does that prove the coin is weighted?⟧''
``⟦d:a|It makes it more likely.⟧''
``⟦d:b|More likely. Not proved.⟧''
``⟦d:a|Not proved, no. My evidence is about probability. It is for the jury to decide what happened.⟧''
Ms Strachan suggested the professor had not been told that Ms Wolska worked more night shifts than any other carer at the home. ``⟦d:a|I was not told that,⟧'' he said. ``⟦d:a|It would be relevant.⟧''
Judge Adebayo Lawal intervened to address the jury directly. ``⟦d:c|Members of the jury, you will hear me say more about this at the end of the case, but statistics cannot tell you whether a particular person did a particular thing. Please bear that in mind,⟧'' he said.
Ms Wolska denies three counts of attempted murder. The trial continues.

### 037
@a - | the jury
@b Beverley Onyango | Daniel's mother
@c Craig Lumsden | Prison officer
@d Castellan Justice Services | -
@e Ravinder Gill | Coroner
An inquest jury has found that a series of failures at Northgate Prison contributed to the death of a 23-year-old man who was left unobserved in his cell for nine hours despite being on suicide watch.
Daniel Onyango was found unresponsive in his cell in May 2022. He had been assessed as at risk of self-harm three days earlier.
Prison officer Craig Lumsden told the inquest that he had been responsible for 68 prisoners that night. “⟦d:c|The observations were supposed to be hourly. With the staffing we had, hourly wasn't possible. I'm not proud of it, but that's the truth,⟧” he said.
In its narrative conclusion, the jury said the failure to carry out observations was “⟦p:a|a significant missed opportunity⟧”.
“⟦d:a|Staff were aware that Daniel was at risk. The level of observation required by his care plan was not carried out at any point during the night of 13 May,⟧” the jury found.
Coroner Ravinder Gill thanked jurors. “⟦d:e|You have sat through difficult evidence with great care,⟧” he said.
Daniel's mother, Beverley Onyango, said afterwards: “⟦d:b|My son was in prison to be punished, not to be forgotten. He told them he wasn't safe, and they wrote it down, and then nobody looked.⟧”
Castellan Justice Services, which runs the prison under contract, said it had “⟦p:d|made significant changes⟧” since Daniel's death. “⟦d:d|Our thoughts are with Daniel's family,⟧” its statement said.

### 038
@a Celestine Morel-Adeyemi | District Judge
@b Benedict Harrow | -
@c Arvid Holmqvist | a 47-year-old software developer
@d Lucía Carvajal | His partner
@e Zainab Bello | -
A software developer wanted in Estavia on charges of hacking a state energy company has told Westbury Magistrates' Court that he would "⟦p:c|not survive⟧" in an Estavian prison.
Arvid Holmqvist, a 47-year-old software developer, is fighting extradition on the grounds that his autism and history of depression mean he would be at risk of suicide in custody.
"⟦d:c|I don't sleep now, at home, with my own things around me. I cannot imagine what I would be in a cell where I do not speak the language,⟧" Mr Holmqvist told the court.
Benedict Harrow, representing the government of Estavia, said the country had given "⟦p:b|specific and detailed assurances⟧" about his medical care.
"⟦d:b|These are not vague promises. They name the facility, the clinician and the frequency of review,⟧" Mr Harrow said.
Zainab Bello KC, for Mr Holmqvist, said previous assurances from the same government had been "⟦p:e|honoured in the breach⟧". "⟦d:e|This court has heard it all before,⟧" she said.
His partner, Lucía Carvajal, who sat in the public gallery, said during a break: "⟦d:d|He has never even had a parking ticket. He fixes people's laptops for free. They are talking about him like he's a terrorist.⟧"
District Judge Celestine Morel-Adeyemi will give her ruling on 14 March. "⟦d:a|I will need time to consider the medical evidence carefully,⟧" she said.

### 039
@a Emeka Ugwu | a former consultant anaesthetist at Marrow Valley Health Board
@b Fiona Lockhart | the board's medical director
@c Tobias Renshaw | Employment Judge
@d Marrow Valley Health Board | -
@e Karen O'Halloran | His union representative
A senior doctor who warned managers that an operating theatre was “⟦p:a|an accident waiting to happen⟧” was unfairly dismissed as a result, an employment tribunal has ruled.
Dr Emeka Ugwu, a former consultant anaesthetist at Marrow Valley Health Board, raised concerns about faulty ventilation in Theatre 4 at Glenmarrow Hospital on at least six occasions in 2021.
In an email to the board's medical director, Dr Fiona Lockhart, in June 2021, he wrote: “⟦d:a|I am no longer prepared to anaesthetise patients in this theatre. If something happens, I want it on record that I said so.⟧”
Three weeks later, Dr Lockhart emailed a colleague describing him as “⟦p:b|a persistent irritant⟧” who needed to be “⟦p:b|managed out⟧”.
Questioned about the email at the hearing in Glenmarrow, Dr Lockhart said: “⟦d:b|It was a poor choice of words, written in frustration. It did not reflect any plan.⟧”
Employment Judge Tobias Renshaw rejected that account. “⟦d:c|We find that it reflected precisely the plan that was then carried out,⟧” his judgment said.
Dr Ugwu, who now works overseas, said: “⟦d:a|I didn't want to be a whistleblower. I wanted to be an anaesthetist in a theatre where the air was clean.⟧”
His union representative, Karen O'Halloran, said the case should be “⟦p:e|a wake-up call for every health board in the country⟧”.
Marrow Valley Health Board said it accepted the tribunal's findings and that Theatre 4 had been “⟦p:d|fully refurbished⟧”.

### 040
@a Amaru Quispe | one of the five appellants
@b Beatrix Holloway-Nakamura | Chief Justice
@c Justice Ministry | the ministry
@d Sunniva Eriksen | Their lawyer
@e Ogechi Amadi | Justice
PORT ALDER (Wire) — The Supreme Court on Wednesday overturned the convictions of five climate protesters who blocked a motorway bridge, ruling that the lower courts had given “⟦p:b|insufficient weight⟧” to their right to protest.
In the 4-1 decision, Chief Justice Beatrix Holloway-Nakamura wrote that peaceful protest “⟦p:b|will often be disruptive; that is frequently its point⟧”.
“⟦d:b|The question is not whether the protesters caused inconvenience. Plainly they did. The question is whether criminal punishment was a proportionate response to that inconvenience,⟧” she wrote.
In a dissent, Justice Ogechi Amadi said the majority had “⟦p:e|set the bar for lawful obstruction so high that it will rarely be reached⟧”.
Outside the court, dozens of supporters chanted “⟦s:-|Whose streets? Our streets!⟧” as the appellants emerged.
“⟦d:a|We sat on a road for four hours. We were treated like we'd robbed a bank,⟧” said Amaru Quispe, one of the five appellants. “⟦d:a|Today the highest court in the country said that was wrong.⟧”
Their lawyer, Sunniva Eriksen, called the ruling “⟦p:d|a landmark⟧”. “⟦d:d|It restores a balance that had tipped badly,⟧” she said.
The Justice Ministry said it would “⟦p:c|study the judgment carefully⟧”. “⟦d:c|The public also has a right to go about its business,⟧” the ministry said.

### 041
@a - | A woman who cannot be named for legal reasons
@b Lionel Ashgrove-Pym | a former choirmaster at St Aldhelm's Church in Kingsmere
@c Maximilian Greer | -
@d Chiamaka Eze | the prosecutor
A woman who cannot be named for legal reasons told a jury on Monday that a former choirmaster abused her in a church vestry when she was 11, and that she had kept silent for four decades because “⟦p:a|nobody would have believed a child over him⟧”.
Giving evidence from behind a screen at Kingsmere Crown Court, the woman, now 52, said the abuse began after choir practice in the autumn of 1983.
“⟦d:a|He said I had a voice like an angel and that angels keep secrets. I didn't tell my mum until I was 40,⟧” she said.
Lionel Ashgrove-Pym, 78, a former choirmaster at St Aldhelm's Church in Kingsmere, denies nine counts of indecent assault.
Maximilian Greer KC, for the defence, suggested that she had “⟦p:c|confused him with someone else⟧”.
“⟦d:a|I have not confused him with anyone. I could tell you what his aftershave smelled like,⟧” she replied.
“⟦d:c|You were a child, and it was forty years ago. Memory plays tricks, doesn't it?⟧” Mr Greer asked.
“⟦d:a|Not that kind of memory.⟧”
Chiamaka Eze, for the Crown, had told jurors in her opening that Ashgrove-Pym was “⟦p:d|a man who hid in plain sight⟧”. “⟦d:d|Everyone in that parish thought they knew him,⟧” the prosecutor said.
Ashgrove-Pym, who followed the proceedings through a hearing loop, is expected to give evidence next week. When he was arrested, he told police: “⟦d:b|This is a fantasy. I have never laid a finger on any child.⟧”

### 042
@a Marcus Featherstonehaugh | District Judge
@b Dorothy Winstanley | Retired teacher
@c Marjorie Eccleston | her neighbour
A 12-year feud between two neighbours over a leylandii hedge has ended at Bramley County Court with a judge urging them to "⟦p:a|put the kettle on and talk to each other like grown-ups⟧".
Retired teacher Dorothy Winstanley, 74, sued her neighbour Marjorie Eccleston, 71, for £3,200, claiming the hedge had blocked the light to her greenhouse and killed her prize tomatoes.
"⟦d:b|I had a first at the Bramley Show three years running. Since that hedge went up I can't grow a decent tomato to save my life,⟧" Mrs Winstanley told the court.
Mrs Eccleston said she had offered to trim the hedge "⟦p:c|more times than I've had hot dinners⟧". "⟦d:c|She never wants it trimmed. She wants it gone, and it's my hedge,⟧" she said.
District Judge Marcus Featherstonehaugh awarded Mrs Winstanley £450 and ordered the hedge to be cut to two metres.
"⟦d:a|I have spent a not insignificant part of my career on hedges, and I can tell you that nobody ever wins a hedge case,⟧" he said. "⟦d:a|You are neighbours, you will be neighbours tomorrow, and you will both have spent a great deal more than £450 getting here.⟧"
Outside court, Mrs Winstanley said she was "⟦p:b|satisfied⟧". Mrs Eccleston declined to comment, other than to say: "⟦d:c|It's still my hedge.⟧"

### 043
@a W12 | The firearms officer
@b Leila Mansour | leading counsel to the inquiry
@c Jerome Campbell-Achebe | the family's barrister
@d Shanice Ferreira | Kwesi's sister
The police marksman who shot dead Kwesi Ferreira in a car park in Dunmore three years ago told a public inquiry on Tuesday that he had believed Mr Ferreira was “⟦p:a|reaching for a gun⟧”.
The firearms officer, known only as W12, gave evidence from behind a curtain, visible only to the inquiry chair and the lawyers.
“⟦d:a|His right hand went down and across, towards his waistband. Everything in my training told me that was the draw. I had a fraction of a second,⟧” he said.
Questioned by Leila Mansour KC, leading counsel to the inquiry, W12 accepted that no gun was found. Mr Ferreira had been holding a mobile phone.
“⟦d:b|When did you first learn that it was a phone?⟧” Ms Mansour asked.
“⟦d:a|About ten minutes later. A colleague told me.⟧”
“⟦d:b|And what did you feel?⟧”
“⟦d:a|Sick. I still do.⟧”
Jerome Campbell-Achebe, for the Ferreira family, put it to him that he had fired “⟦p:c|within two seconds of getting out of the vehicle⟧”. “⟦d:c|That is not a decision, officer. That is a reflex,⟧” the family's barrister said.
“⟦d:a|I don't accept that, sir,⟧” W12 replied.
Kwesi's sister, Shanice Ferreira, said outside: “⟦d:d|He gets a curtain. My brother got two seconds.⟧”

### 044
@a Ciarán Moriarty | Champion jockey
@b Hilary Ng-Featherstone | The panel's chair
@c Olamide Adebayo | -
@d Racing Integrity Board | -
Champion jockey Ciarán Moriarty has been banned for 60 days after a disciplinary panel found he used his whip "⟦p:b|with reckless disregard for the horse's welfare⟧" in a race at Ashcombe Park.
The panel upheld the stewards' finding that Moriarty struck his mount, Silver Ferrule, 14 times in the final furlong of the Harrowgate Chase, twice the permitted number.
"⟦d:a|I lost count. That's the honest answer. You're in a driving finish, there's a horse upsides you, and you're not doing sums,⟧" Moriarty told the hearing.
Olamide Adebayo, for the stewards, replied: "⟦d:c|Every other rider in the race managed to do the sums.⟧"
The panel's chair, Hilary Ng-Featherstone, said Moriarty's record was "⟦p:b|otherwise exemplary⟧" but that the rules "⟦p:b|exist precisely for the moment when the rider is not thinking clearly⟧".
"⟦d:b|We have no doubt that he did not set out to harm the horse. That is not the test,⟧" Ms Ng-Featherstone said.
Moriarty, 33, said he would not appeal. "⟦d:a|I'll take my medicine. I'll be back for the spring,⟧" he said.
The Racing Integrity Board said the penalty sent "⟦p:d|a clear message⟧" about the use of the whip.

### 045
@a - | The boy
@b Imran Qadir | Judge
@c Paulo Tuilagi | Sione's father
@d Rachel Aldous | Detective Inspector
A 16-year-old boy who stabbed a schoolmate to death in a row over a stolen bike has been sentenced to detention for life with a minimum term of 13 years.
The boy, who cannot be named because of his age, admitted murdering Sione Tuilagi, 15, in a park in Westmoor in January.
Sione's father, Paulo Tuilagi, read his victim personal statement to Westmoor Crown Court himself, standing a few metres from the dock.
“⟦d:c|My son was a rugby player and a church boy and a pain in the neck about his phone, like every boy his age,⟧” he said. “⟦d:c|On the night he died he texted his mum to say he was on his way home. He never got home.⟧”
“⟦d:c:m|I have asked myself a thousand times why. Over a bike. A bike that wasn't even Sione's.⟧
“⟦d:c|To the boy who did this: I am not going to say I forgive you. Not today. Maybe one day. That will be between me and God.⟧”
Judge Imran Qadir told the defendant: “⟦d:b|You took a knife to a park. Whatever happened next, that choice was made before you left your house.⟧”
The boy, who wore a white shirt and tie, turned to the Tuilagi family before he was led away and said: “⟦d:a|I'm sorry. I'm so sorry.⟧”
Detective Inspector Rachel Aldous said outside court: “⟦d:d|Two families have been destroyed by a single decision to carry a knife. I would ask every parent in Westmoor to check their children's bags.⟧”

### 046
@a Pádraig Mulcahy | a sheep farmer from Gortnalee
@b Niamh Ó Súilleabháin | Detective Garda
@c Úna Breslin | -
@d Tadhg Cronin | Judge
@e Marek Dudek | -
A sheep farmer told gardaí he hit a man outside a pub in Gortnalee only “⟦p:a|the once, and he went down like a sack⟧”, a jury at Kilbrannan Circuit Criminal Court has heard.
Pádraig Mulcahy, 34, a sheep farmer from Gortnalee, has pleaded not guilty to assault causing serious harm to Marek Dudek, 41, outside Hennessy's bar on the night of 12 August 2023.
Detective Garda Niamh Ó Súilleabháin read from the notes of Mr Mulcahy's interview at Kilbrannan Garda Station, in which he said: “⟦d:a|He called my sister a name I won't repeat. I hit him the once, and he went down like a sack. I didn't kick him. I'd never kick a man on the ground.⟧”
Mr Dudek, who spent five weeks in hospital with a fractured skull, told the jury he had no memory of the evening after about 10pm.
“⟦d:e|I remember the match on the television. I remember ordering chips. Then I remember the hospital,⟧” he said.
Under cross-examination by Úna Breslin SC, defending, Det Gda Ó Súilleabháin agreed that CCTV from the area did not show the moment of the assault.
“⟦d:c|So the only account we have of what happened is my client's?⟧” Ms Breslin asked.
“⟦d:b|His, and the injuries,⟧” the detective replied.
Judge Tadhg Cronin told the jury they would hear from the treating neurosurgeon on Thursday. “⟦d:d|I'd ask you again not to discuss the case with anyone, and that includes at home,⟧” he told them.

### 047
@a Clémence Ndiaye-Faure | investigative journalist
@b Bertrand Okoumba | Her lawyer
@c Jean-Baptiste Mavoungou | Prosecutor
@d Free Press Watch | a media freedom organisation
@e - | Ndiaye-Faure's husband
PORT-LÉNAC (Wire) – A court in Port-Lénac on Friday sentenced investigative journalist Clémence Ndiaye-Faure to three years in prison for «⟦s:-|spreading false information⟧», a charge that press freedom groups say is used to silence critics of the government.
Ndiaye-Faure, 38, had published a series of articles alleging that ministers awarded port contracts to companies owned by their relatives.
As the verdict was read, she stood and said in French: «⟦d:a|Je ne regrette rien. J'ai écrit la vérité.⟧» («⟦d:a|I regret nothing. I wrote the truth.⟧»)
Her lawyer, Bertrand Okoumba, said the trial had been «⟦p:b|a performance, not a hearing⟧». «⟦d:b|We were not allowed to call a single witness. The judgment was written before we walked in,⟧» he told reporters outside the courthouse.
Prosecutor Jean-Baptiste Mavoungou had told the court that the articles «⟦p:c|endangered public order and the reputation of the state⟧».
Free Press Watch, a media freedom organisation, said in a statement: «⟦d:d|This verdict is a message to every journalist in the country: stay quiet or go to prison.⟧»
Ndiaye-Faure's husband, who asked not to be identified, said she had already asked him to bring her books. «⟦d:e|She said, 'Bring me everything long. I have time now.'⟧»

### 048
@a Beatriz Salgado | Assistant coroner
@b Joy Mwangi | a senior care assistant at Lindenbrook House
@c Russell Henshaw | the home's manager
@d Cathy Doyle | Mrs Marsh's daughter
@e - | a speech and language therapist
A 91-year-old care home resident who needed a soft-food diet choked to death after being given a ham sandwich, an inquest heard.
Edna Marsh had been assessed by a speech and language therapist as being at "⟦p:e|high risk of aspiration⟧" when eating solid food.
Joy Mwangi, a senior care assistant at Lindenbrook House in Ferrisby, said the sandwich had been handed out by an agency worker on his first shift.
"⟦d:b|The diet sheet was on the kitchen wall. He didn't know to look at it. Nobody told him, because there was nobody to tell him. I was on my own with 22 residents,⟧" she said.
Assistant coroner Beatriz Salgado asked: "⟦d:a|Was that usual, to be on your own with 22 residents?⟧"
"⟦d:b|On a Sunday? Yes.⟧"
Russell Henshaw, the home's manager, said staffing had been "⟦p:c|within the agreed ratios⟧" on the day. The coroner asked him whether the agreed ratios were safe.
"⟦d:c|They were the ratios we were funded for,⟧" he said.
"⟦d:a|That isn't what I asked, Mr Henshaw.⟧"
"⟦d:c|No. I don't believe they were safe.⟧"
Mrs Marsh's daughter, Cathy Doyle, said: "⟦d:d|Mum had a laminated card on her door saying 'soft food only'. It was the first thing you saw. She trusted them.⟧"
The inquest continues.

### 049
@a Ezekiel Mbanefo | -
@b Rhys Gruffydd | Justice
@c Chinwe Mbanefo | His sister
@d Sandra Kettering | -
@e Felix Adeyemo-Strand | -
A man serving life for the murder of a nightclub owner has lost his second appeal, despite new evidence that a key prosecution witness was paid by police.
Ezekiel Mbanefo, 45, was convicted in 2009 of shooting Paul Kettering at the Blue Lantern club in Harwick.
At a hearing in May, Felix Adeyemo-Strand KC, for Mbanefo, told the Court of Appeal that the witness had received £8,000 in “⟦s:-|informant payments⟧” that were never disclosed to the defence. “⟦d:e|The jury was told this man was a disinterested bystander. He was nothing of the kind,⟧” he said.
Giving judgment on Friday, Justice Rhys Gruffydd said the non-disclosure was “⟦p:b|regrettable and should not have occurred⟧”, but that the remaining evidence against Mbanefo was “⟦p:b|overwhelming⟧”.
“⟦d:b|Even disregarding the witness entirely, we are satisfied that the conviction is safe,⟧” he said.
Mbanefo, watching by video link from prison, shook his head. “⟦d:a|Fourteen years,⟧” he was heard to say before the link was cut.
His sister, Chinwe Mbanefo, said outside court: “⟦d:c|We will go on. We have gone on for fourteen years. They hid evidence and they have been told it doesn't matter. What message is that?⟧”
Sandra Kettering, whose husband Paul was killed, said she was “⟦p:d|relieved, and exhausted⟧”. “⟦d:d|Every appeal, we live it again,⟧” she said.

### 050
@a Kai Brennan | Thug
@b Deborah Whitlock-Osei | Judge
@c Kelly Dawes | Shane's mum
@d Shane Dawes | -
THIS is the moment a thug who glassed a dad-of-two in a pub row screamed abuse at his victim's family as he was jailed — sparking chaos in court.
Thug Kai Brennan, 26, yelled "⟦d:a|You're all grasses!⟧" at the public gallery after Judge Deborah Whitlock-Osei sent him down for five years at Marbury Crown Court yesterday.
Someone in the gallery shouted back "⟦d:-|Enjoy your porridge!⟧" before security staff stepped in.
Brennan smashed a pint glass into the face of Shane Dawes, 31, at the Crown and Cushion in Marbury in June, leaving him with a 9cm scar.
The judge had told him: "⟦d:b|You have shown not one ounce of remorse, not in interview, not in this courtroom, not today.⟧"
As he was dragged down the stairs, Brennan shouted: "⟦d:a|This is a joke! A joke!⟧"
"⟦d:b|Take him down,⟧" the judge said.
Outside, Shane's mum Kelly Dawes, 44, said: "⟦d:c|That outburst said everything. He's not sorry, he's never been sorry. My boy has to look at that scar in the mirror every morning.⟧"
Shane, who needed 23 stitches, added: "⟦d:d|I'm just glad it's done. I want to get on with my life.⟧"

### 051
@a Stanislav Horák | HGV driver
@b Nkechi Obi-Dawson | Mr Dawson's widow
@c Liam Gorecki | a forensic collision investigator
@d Alun Prydderch | Senior coroner
A lorry driver who turned left across the path of a cyclist at a junction in Caldermoor told an inquest he “⟦p:a|checked every mirror I had⟧” and never saw him.
Thomas Dawson, 38, a software engineer and father of two, died at the junction of Mill Lane and Station Road on his way to work in April.
HGV driver Stanislav Horák, 52, said: “⟦d:a|I indicated, I looked, I looked again. There was nothing there. Then I felt the bump.⟧”
“⟦d:a|I have driven lorries for 30 years. I have not driven one since that morning and I don't think I will again.⟧”
PC Liam Gorecki, a forensic collision investigator, said Mr Dawson would have been in the lorry's blind spot “⟦p:c|for approximately four seconds⟧” before the turn. “⟦d:c|The junction layout effectively funnels cyclists into that position,⟧” he said.
Mr Dawson's widow, Nkechi Obi-Dawson, told the hearing: “⟦d:b|Tom had written to the council about that junction twice. I have the emails. He said someone would die there. I never imagined it would be him.⟧”
Senior coroner Alun Prydderch recorded a conclusion of road traffic collision and said he would write to Caldermoor Council. “⟦d:d|It is a matter of record that this council was warned,⟧” he said. “⟦d:d|I expect a response within 56 days.⟧”

### 052
@a Ostrey Families for Truth | -
@b Harriet Okonedo-Blythe | -
@c Helena Kovač | The inquiry's chair
@d Liam O'Driscoll | -
@e Babatunde Ogunleye | -
The barrister for the families of 11 people who died in the Ostrey Tunnel fire urged the public inquiry on Friday to find that the tunnel's owners put “⟦p:e|profit before people, year after year⟧”.
In closing submissions, Babatunde Ogunleye KC, for the families, said the evidence had revealed a “⟦p:e|culture of deferral⟧” in which safety upgrades were postponed for seven consecutive years.
“⟦d:e:m|Every year the sprinkler upgrade was on the list. Every year it was moved to next year. And then there was no next year for eleven people.⟧
“⟦d:e|We ask you, chair, to say so plainly. Not ‘lessons learned’. Plainly.⟧”
Harriet Okonedo-Blythe KC, for Tanemouth County Council, which owned the tunnel, said the council “⟦p:b|accepts that it got things wrong⟧” but rejected any suggestion that it had knowingly ignored risk.
“⟦d:b|The council's failures were failures of process, not of conscience,⟧” she said.
The inquiry's chair, Dame Helena Kovač, said she expected to publish her report next year. “⟦d:c|I have heard a great deal of evidence and I intend to deal with it fully and fairly. The families have waited long enough, and I will not make them wait longer than I must,⟧” she said.
Outside, Liam O'Driscoll, whose daughter Aoife died in the fire, read a statement on behalf of Ostrey Families for Truth. “⟦d:a|Five years. Eleven funerals. And today we heard a council say it was sorry for its processes,⟧” the statement said.
“⟦d:d|Aoife was 19,⟧” he added, folding the paper into his pocket.

### 053
@a Maureen Kavanagh | a school cook for 23 years
@b Dev Raghavan | regional organiser for the Allied Public Workers' Union
@c Brennock City Council | the council
@d Olusegun Babatunde-Hart | Employment Judge
@e Anita Szabo | a cleaner at the council's Waterside offices
More than 2,000 women who work as cooks, cleaners and care assistants for Brennock City Council have won an equal pay claim that could cost the authority up to £90 million.
An employment tribunal ruled that the council paid bonuses to male-dominated jobs such as refuse collection for more than a decade while denying them to female-dominated roles of ``⟦p:d|equal value⟧''.
Maureen Kavanagh, a school cook for 23 years, was one of the lead claimants. ``⟦d:a|The bin men got a bonus for turning up. We turned up every day and we got nothing. Nobody could ever tell us why,⟧'' she said.
Anita Szabo, a cleaner at the council's Waterside offices, said she had cried when she heard the result. ``⟦d:e|My mum worked for the council too. She never saw a penny of it. This is for her as well,⟧'' she said.
In the judgment, Employment Judge Olusegun Babatunde-Hart said the council's explanation that the bonuses rewarded ``⟦p:d|productivity⟧'' was ``⟦p:d|not supported by a single document⟧''. ``⟦d:d|The council has known of this disparity since at least 2011,⟧'' the judgment said.
Dev Raghavan, regional organiser for the Allied Public Workers' Union, called it ``⟦p:b|a historic day for the women of this city⟧''. ``⟦d:b|They have been undervalued for years, and today a tribunal has said so in black and white,⟧'' he said.
Brennock City Council said it would ``⟦p:c|work constructively⟧'' with the union on a settlement. ``⟦d:c|We recognise the significance of this ruling for our staff,⟧'' the council said.

### 054
@a Darius Mahmoudi | -
@b Lee Gatward | his co-defendant
@c Aoife Brannigan | Prosecutor
@d Sebastian Ortiz-Wren | Judge
A gym owner who ran a cocaine network from an encrypted phone under the handle "⟦s:-|IronMonk⟧" has been jailed for 17 years.
Darius Mahmoudi, 35, admitted conspiracy to supply class A drugs after police cracked the Skyline messaging network used by organised criminals.
Prosecutor Aoife Brannigan read out messages in which Mahmoudi boasted of moving "⟦p:a|four keys a week, easy⟧".
In one, sent to his co-defendant Lee Gatward in March 2021, he wrote: "⟦d:a|Tell the lads no phones in the unit. Anyone I catch with a phone is done.⟧"
Gatward replied: "⟦d:b|Sorted boss.⟧"
"⟦d:c|These messages show a man who regarded himself as running a business, and ran it ruthlessly,⟧" Ms Brannigan said.
Gatward, 41, a delivery driver, was jailed for nine years.
Judge Sebastian Ortiz-Wren told Mahmoudi: "⟦d:d|You called yourself a monk. There was nothing monastic about the misery you were selling.⟧"
Mahmoudi, who had sat with his arms folded throughout, said only "⟦d:a|Cheers⟧" as he was taken down.

### 055
@a Wilhelmina de Groot | Judge
@b Arthur Penrose | One victim
@c Felix Ellingham | His son
@d Kieran Osei-Mensah | Detective Sergeant
A financial adviser who stole £1.3 million from elderly clients, including a 94-year-old widow who lost her entire savings, has been jailed for eight and a half years.
Rupert Ellingham, 58, of Copthorne Rise, Aldbury Green, admitted 11 counts of fraud at Aldbury Crown Court.
One victim, Arthur Penrose, 88, said in a statement: “⟦d:b|I trusted him the way I trusted my doctor. I gave him my wife's life insurance money. He bought a boat with it.⟧”
Sentencing, Judge Wilhelmina de Groot addressed Ellingham directly for almost twenty minutes.
“⟦d:a:m|Mr Ellingham, you were a man of education, standing and comfortable means. You did not steal out of need. You stole because you could, and because you believed your victims were too old, too trusting or too embarrassed to notice.⟧
“⟦d:a:m|You were wrong about the last of those. Mrs Harcourt noticed. She was 94, and she noticed, and she went to the police on her own, on two buses.⟧
“⟦d:a|I have read the references supplied on your behalf. They describe a generous man, a pillar of his golf club. I do not doubt that is how you appeared. It is part of how you did it.⟧”
Ellingham's wife, Camilla, left court without speaking. His son, Felix Ellingham, told reporters: “⟦d:c|My father has to pay for what he has done. We are just trying to hold the family together.⟧”
Detective Sergeant Kieran Osei-Mensah, of the force's economic crime unit, said: “⟦d:d|Mrs Harcourt's courage is the reason this man is in prison today.⟧”

### 056
@a Anton Hrabovsky | a GP in Lowmoor
@b Margaret Ilori | The tribunal chair
@c Patient A | The patient
@d Benjamin Okafor-Reilly | -
A GP who altered a patient's records after she was diagnosed with bowel cancer, to make it appear that he had referred her for tests, has been struck off.
Dr Anton Hrabovsky, a GP in Lowmoor, admitted before the Medical Standards Tribunal that he had added an entry to the notes of a woman in her forties eight months after her appointment.
The patient, referred to only as Patient A, told the tribunal by video link: "⟦d:c|I went to him three times. The third time he said it was probably piles and I should eat more fibre. The entry that says he referred me is a lie.⟧"
Benjamin Okafor-Reilly, for the Medical Standards Council, said the alteration was "⟦p:d|a deliberate act of dishonesty designed to protect himself at the expense of his patient⟧". "⟦d:d|Dr Hrabovsky did not just fail his patient. He then tried to rewrite history,⟧" he told the tribunal.
Dr Hrabovsky said: "⟦d:a|I panicked. I am ashamed of it every single day. I have let down Patient A and I have let down my profession.⟧"
The tribunal chair, Margaret Ilori, said: "⟦d:b|Dishonesty in clinical records strikes at the heart of the trust between doctor and patient. We have concluded that no sanction short of erasure would be sufficient.⟧"
Patient A, who is now in remission, said afterwards that she was "⟦p:c|glad it's over⟧". "⟦d:c|He can't do this to anyone else. That's all I wanted,⟧" she said.

### 057
@a Kamala Rajaratnam | a former High Court judge who chaired the inquiry
@b - | one reporter
@c Dariusz Kaminski | The health minister
@d Gwen Thackeray | -
The chair of the inquiry into baby deaths at Rillington Hospital said on Wednesday that the failures she had uncovered were “⟦p:a|not a series of tragic accidents but a pattern⟧”.
Professor Kamala Rajaratnam, a former High Court judge who chaired the inquiry, found that at least 38 babies might have survived with better care between 2014 and 2021.
“⟦d:a|Families raised concerns and were told they were grieving, or confused, or had misunderstood. They had not misunderstood,⟧” she told a press conference at the Rillington Corn Exchange.
“⟦d:b|Should anyone be prosecuted?⟧” one reporter asked.
“⟦d:a|That is not a question for me. It is a question for the police, who will have my report this afternoon.⟧”
Another reporter asked her to describe the unit's culture in a single word. She paused. “⟦d:a|Defensive,⟧” she said. “⟦d:a|If I'm allowed two: defensive and frightened.⟧”
The health minister, Dariusz Kaminski, told parliament the report made for “⟦p:c|harrowing reading⟧”. “⟦d:c|I apologise, on behalf of the government, to every family who was failed,⟧” he said.
Gwen Thackeray, whose son Alfie died hours after his birth in 2017, said: “⟦d:d|For seven years we were the problem. Today, in black and white, they were the problem.⟧”

### 058
@a Peter Rudge | -
@b Yasmin Farouk | The bench chair
@c Owen Maddox-Reid | Her solicitor
@d Tanya Holroyd | -
@e Southvale Railways | -
Here is a round-up of some of the cases heard at Ferrisby Magistrates' Court this week.
SCOOTER SPIN: A 71-year-old man who drove his mobility scooter along the A37 after what he called “⟦p:a|four or five pints, maybe six⟧” was fined £200. Peter Rudge, of Elm Parade, Ferrisby, told magistrates: “⟦d:a|I didn't know you could be done for a scooter. I thought it was like a bike.⟧” The bench chair, Yasmin Farouk, replied: “⟦d:b|It is not like a bike, Mr Rudge, and you can be done on a bike as well.⟧”
BIN ROW: Tanya Holroyd, 39, of Cresswell Way, admitted assaulting her neighbour with a wheelie bin lid during a row over collection day. Her solicitor, Owen Maddox-Reid, said it had been “⟦p:c|a moment of madness at the end of a very long week⟧”. She was given a 12-month community order. “⟦d:d|I'm not proud of it,⟧” Holroyd said outside court. “⟦d:d|But it's Tuesday. It has always been Tuesday.⟧”
FARE DODGER: A company director who travelled between Ferrisby and Kingsgate without a valid ticket 112 times was ordered to pay £6,800 in fines, costs and unpaid fares. Southvale Railways, which brought the prosecution, said: “⟦d:e|Fare evasion is not a victimless crime. It takes money out of the railway that honest passengers pay for.⟧”

### 059
@a Eleanor Marchbanks | -
@b Georgia Marchbanks | her sister
@c Tunde Bakare | the festival's operations director
@d Sigrid Halloran | Area coroner
@e - | One friend
@f Wildmeadow | -
A student who collapsed and died of hypothermia at the Wildmeadow music festival lay undiscovered for nearly four hours in a field next to the main stage, an inquest has heard.
Eleanor Marchbanks, 20, had become separated from her friends during a headline set on the Saturday night of last year's festival near Calloway.
Just before midnight, she texted her sister, Georgia Marchbanks: "⟦d:a|lost everyone, phone dying, by the big tree x⟧"
"⟦d:b|I rang her straight back and it went to voicemail. I rang the festival. I rang and rang,⟧" Georgia told the hearing. "⟦d:b|Someone said they'd pass it on. I don't know who they passed it on to.⟧"
One friend, who had been with her earlier that evening, said: "⟦d:e|It was freezing, and she only had a denim jacket. We kept saying we'd go back to the tent for coats.⟧"
Tunde Bakare, the festival's operations director, said the event had 140 welfare staff on site. Asked by Area coroner Sigrid Halloran why a call about a missing young woman had not been passed to them, he said: "⟦d:c|I can't explain that. It should have been, and it wasn't.⟧"
"⟦d:d|A text message at midnight gave a location. A large tree next to the main stage is not hard to find,⟧" the coroner said.
Wildmeadow said in a statement that it had "⟦p:f|overhauled⟧" its welfare procedures since Eleanor's death.

### 060
@a - | The jury foreman
@b - | the clerk
@c Hassan Al-Amin | -
@d Penelope Abara-Stokes | Judge
@e Ryan Coulter | Declan's brother
There was a sound like a held breath in Court 3 at Harwick Crown Court on Friday afternoon as the jury filed back in after 19 hours of deliberations.
It was the second time a jury had been asked to decide whether Hassan Al-Amin, 29, murdered Declan Coulter outside a kebab shop in Harwick city centre in 2022. The first trial, last year, ended with the jury unable to agree.
“⟦d:b|Has the jury reached a verdict on which you are all agreed?⟧” the clerk asked.
The jury foreman, a man in his sixties in a tweed jacket, stood. “⟦d:a|We have.⟧”
“⟦d:b|On count one, murder, do you find the defendant guilty or not guilty?⟧”
“⟦d:a|Not guilty.⟧”
“⟦d:b|On count two, manslaughter, do you find the defendant guilty or not guilty?⟧”
“⟦d:a|Guilty.⟧”
Someone at the back of the public gallery said “⟦d:-|Yes⟧” under their breath. Al-Amin put his head in his hands. “⟦d:c|I didn't mean it,⟧” he said, to nobody in particular. “⟦d:c|I never meant it.⟧”
Judge Penelope Abara-Stokes thanked the jurors and adjourned sentence until next month. “⟦d:d|You have given this case your careful attention over a long and difficult trial,⟧” she said.
Declan's brother, Ryan Coulter, said outside court that the family were “⟦p:e|gutted it isn't murder⟧” but “⟦p:e|glad it's finished⟧”.
“⟦d:e|Two trials. Two years. Declan would have been 27 next week,⟧” he said.

### 061
@a Carmen Villanueva-Price | Justice
@b Theodore Okonkwo | Justice
@c Priya Venkataraman | Deputy Attorney General
@d Elijah Brooks-Tanaka | an attorney with the Calder Civil Liberties Project
Justices on the Calder State Supreme Court appeared sharply divided Tuesday over whether police can use so-called "⟦s:-|geofence⟧" warrants to identify every phone near a crime scene.
"⟦d:a|If I happened to be walking my dog past that bank, my phone would be swept up in this. Is that right?⟧" Justice Carmen Villanueva-Price asked Deputy Attorney General Priya Venkataraman.
"⟦d:c|Your Honor's data would be anonymized at the first stage,⟧" Venkataraman said.
"⟦d:a|At the first stage.⟧"
"⟦d:c|Yes, Your Honor.⟧"
Justice Theodore Okonkwo appeared more sympathetic to the state. "⟦d:b|The robbers were carrying phones. The police had no other leads. What exactly were they supposed to do?⟧" he asked Elijah Brooks-Tanaka, an attorney with the Calder Civil Liberties Project.
"⟦d:d|Get a warrant for a person, not for a place,⟧" Brooks-Tanaka replied. "⟦d:d|The Constitution doesn't let you search everyone in the hope of finding someone.⟧"
A ruling is expected by summer.

### 062
@a Morag Drummond-Kerr | Sheriff
@b Calum MacIver | the vessel's skipper
@c Eilidh Mackinnon | -
@d Sanjay Bhatia | procurator fiscal depute
@e Marine Casualty Board | -
A sheriff has found that two fishermen lost when the trawler Morven Star capsized off Stornsay might have survived if the vessel's liferaft had been properly serviced.
Sheriff Morag Drummond-Kerr published her determination on Thursday following a fatal accident inquiry at Port Ardain Sheriff Court last autumn.
“⟦d:a|The liferaft's hydrostatic release unit was more than two years out of date. When the vessel went over, the raft did not deploy. That is the central fact of this inquiry,⟧” she wrote.
Calum MacIver, the vessel's skipper, who was rescued after three hours in the water, had told the inquiry: “⟦d:b|I'd been meaning to get it done. There's always something else on a boat. I'll live with that for the rest of my days.⟧”
“⟦d:d|Did you understand what that unit was for, Mr MacIver?⟧” asked procurator fiscal depute Sanjay Bhatia.
“⟦d:b|Aye. I understood,⟧” the skipper replied.
Eilidh Mackinnon, whose husband Ruaridh was one of the two men lost, said she did not blame the skipper. “⟦d:c|Calum lost his friends that night too. What I blame is a system where a wee boat can go to sea for two years with a raft that nobody checks,⟧” she said.
The sheriff recommended annual inspections of liferafts on all vessels under 15 metres, which she said should be “⟦p:a|mandatory, funded and enforced⟧”.
The Marine Casualty Board said it would “⟦p:e|consider the recommendations carefully⟧”.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh67.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh67",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
