# ruff: noqa: E501
"""Build ``quotes_fresh75.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, housing,
immigration, medical, sports and military tribunals, written up in wire,
broadsheet, local-paper, tabloid, magazine and broadcaster styles.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh75-NNN``.

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

* The description is the appositive at the point where the speaker is named; failing
  that, a role title or relational phrase before the name; failing that, a definite
  description used at a cue (``the witness replied``). A description in an earlier
  sentence, before the person is named (the lede of a court report: ``A pensioner
  who …``), is not taken. A title before the name combined with an appositive after
  it: the appositive is the description.
* Judicial and official styles standing before a name (``Judge``, ``District
  Judge``, ``Employment Judge``, ``Recorder``, ``Justice``, ``Lord Justice``, ``Lady
  Justice``, ``Mr Justice``, ``Coroner``, ``senior coroner``) and police and military
  ranks (``Pc``, ``Detective Sergeant``, ``Chief Constable``, ``Lance Corporal``,
  ``General``) are stripped from the name and are the description when there is no
  appositive. Where a judge is known only by such a style (``Lady Justice
  Okwuosa``, ``Lord Drummondhill``), the speaker is the remaining surname or
  judicial name without ``Lord``/``Lady``. Dame, Sir, Baroness, Professor, Chief,
  Mzee, Advocate, SAN and KC are honorifics and never the description.
* Court-report role tags that are not noun phrases (``X, prosecuting,``,
  ``defending``, ``mitigating``, ``for the Crown``, ``representing Tolley``) give no
  description.
* A statement read to the court on someone's behalf (a victim impact statement, a
  letter from a defendant, a family statement) belongs to its author. Words quoted
  from a text message, caption, e-mail or written submission whose author is
  identified are that author's speech (``direct`` when a full utterance, ``partial``
  when a fragment). Words a client puts ``through his barrister`` are the client's,
  as with an interpreter.
* A cipher or pseudonym standing in place of a name (``Witness F``, ``Patient A``,
  ``AKR``, ``W27``) is the speaker's name.
* A group speaking collectively without a name (``the jury``, ``the bench``, ``his
  family``, ``defense attorneys``) has a null speaker and that phrase as the
  description. A court or prosecuting office named as an institution and speaking as
  one (``the Court of Appeal``, ``the Tallis County Prosecutor's Office``) is an
  organisation speaker. Organisation names are given without a leading ``the``.
* Counsel's questions in cross-examination are counsel's speech; in an exchange of
  quote-only paragraphs each turn belongs to the person whose turn it is.
* Fragments quoted from unidentified documents or reports are ``partial`` with a null
  speaker; the names of programmes, schemes, contractual labels and ratings put in
  quotation marks are ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh75.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh75.jsonl")

PASSAGES = """
### 001
@a Catriona Vell | a 29-year-old bar worker at the Anchor and Crown
@b Adebayo Okonkwo | -
KESTERFORD, England, March 11 (Meridian) - A bar worker told a murder trial on Tuesday she saw the defendant “⟦p:a|push through the crowd with his hand inside his jacket⟧” seconds before a 22-year-old apprentice electrician was fatally stabbed outside a pub in the town centre.
Liam Storr, 24, denies murdering Danny Ashcombe in the early hours of Sept. 3 last year. He has admitted possessing a knife but says he acted in self-defence.
Catriona Vell, a 29-year-old bar worker at the Anchor and Crown, told Kesterford Crown Court the pub had been “⟦p:a|rammed⟧” after a football match and that she had twice asked door staff to move a group of men away from the smoking area.
“⟦d:a|I saw Liam come in through the side door. I knew him by sight, he'd been in before,⟧” Vell said. “⟦d:a|He didn't order a drink. He just went straight through to the back.⟧”
Asked by the prosecution what she saw next, Vell said: “⟦d:a|Danny was on the floor by the bins and somebody was screaming. I didn't see the knife. I saw blood on the step.⟧”
Under cross-examination, Adebayo Okonkwo, for Storr, put it to her that the lighting in the yard was poor and that she had been serving at the time.
“⟦d:b|You can't be sure, can you, that the man you saw pushing through the crowd was my client?⟧” Okonkwo asked.
“⟦d:a|I'm sure. I've said what I saw,⟧” she replied.
Okonkwo then asked why her first statement to police did not mention a jacket. Vell said she had been “⟦p:a|in bits⟧” that night and had remembered more detail the following day.
The trial continues.

### 002
@a Samina Qureshi | -
@b Paul Ferreira | -
@c Lorraine Hibbert | Chairman of the bench
A Pellingford man who was found asleep at the wheel of his van with the engine running has been banned from driving for 20 months.
Kieran Doyle, 41, of Marsh Road, admitted being in charge of a vehicle while over the prescribed limit when he appeared before Pellingford Magistrates' Court on Thursday.
Prosecuting, Samina Qureshi told the court a member of the public had called police at 11.40pm on June 2 after spotting the van parked across two bays at the Riverside retail park.
"⟦d:a|Officers found the defendant slumped over the steering wheel. The engine was running and the headlights were on,⟧" Mrs Qureshi said. "⟦d:a|When woken, he told officers, 'I'm just having a kip, I'm not going anywhere.'⟧"
A breath test showed 78 micrograms of alcohol in 100 millilitres of breath - more than twice the legal limit.
Mitigating, Paul Ferreira said his client had argued with his partner and had gone to the van "⟦p:b|to cool off⟧" rather than to drive home.
"⟦d:b|He accepts he should never have got into that van. He is deeply embarrassed to be here,⟧" Mr Ferreira said. "⟦d:b|He has lost his job as a result of this and he has two young children.⟧"
Chairman of the bench Lorraine Hibbert told Doyle: "⟦d:c|You were lucky nobody was hurt. You had every intention of driving that vehicle at some point that night, and the consequences could have been catastrophic.⟧"
He was also fined £480 and ordered to pay £85 costs and a £192 victim surcharge.

### 003
@a Maureen Bassey | one of the victims
@b - | Another victim
@c Imogen Castellanos | Judge
@d Lewis Bassey | Maureen's son
LOVE-RAT conman Desmond Farrow fleeced three lonely widows out of £340,000 with a string of heart-wrenching sob stories - and was caged for seven years yesterday.
The silver-haired charmer, 58, posed as a widowed “⟦s:-|oil rig engineer⟧” on dating sites and told his victims he needed cash to unfreeze an inheritance stuck in a foreign bank.
Retired teacher Maureen Bassey, 71, one of the victims, wept as she told Harchester Crown Court: “⟦d:a|He said he loved me every single day for fourteen months. I believed every word. I sold my late husband's car for him.⟧”
She added: “⟦d:a|I don't sleep. I don't trust anybody now, not even my own family, and that is what he has taken from me.⟧”
Another victim, who cannot be named for legal reasons, said in a statement read to the court that Farrow had “⟦p:b|hollowed me out⟧”.
“⟦d:b|I used to be the one people came to for advice,⟧” she wrote. “⟦d:b|Now I'm the one who got conned by a man off the internet.⟧”
Farrow, of no fixed abode, kept his head bowed in the dock as Judge Imogen Castellanos branded him “⟦p:c|a calculating and heartless predator⟧”.
“⟦d:c|You targeted women at the most vulnerable point in their lives, when they had lost their partners, and you did so deliberately and repeatedly,⟧” the judge said.
“⟦d:c|The sums are significant, but the real harm is not financial. It is the loss of dignity and trust that you inflicted on each of them.⟧”
Outside court, Maureen's son Lewis Bassey, 44, said: “⟦d:d|Seven years isn't enough. Mum will be paying for what he did for the rest of her life.⟧”

### 004
@a Bartholomew Nwachukwu | counsel to the inquiry
@b Fiona Lachlan-Reid | the trust's chief executive from 2014 to 2021
@c Philippa Ormerod | The inquiry's chair
@e - | a band 6 midwife
The former chief executive of Carrow Vale Hospitals Trust has admitted she “⟦p:b|did not want to believe⟧” warnings from junior midwives about staffing on the maternity unit, as she gave evidence to the public inquiry into the deaths of 41 babies.
Fiona Lachlan-Reid, the trust's chief executive from 2014 to 2021, spent most of Wednesday being questioned by Bartholomew Nwachukwu KC, counsel to the inquiry, about a series of emails sent to her office in the winter of 2017.
Nwachukwu read one aloud. Its author, a band 6 midwife, had written that the unit was “⟦p:e|one bad night away from a tragedy⟧”.
“⟦d:a|Did you read that email at the time?⟧” he asked.
“⟦d:b|I believe I did, yes,⟧” Lachlan-Reid replied.
“⟦d:a|And what did you do about it?⟧”
There was a long pause. “⟦d:b|I asked the director of midwifery for a response. I was told it was being managed.⟧”
“⟦d:a|Was it being managed?⟧”
“⟦d:b|With hindsight, no. It was not.⟧”
Several families in the public gallery shook their heads. One mother, who lost her daughter in 2018, left the room.
Later, asked why the unit's “⟦s:-|outstanding⟧” rating had stayed on the trust's website until 2020, Lachlan-Reid said she “⟦p:b|should have challenged it⟧”.
The inquiry's chair, Dame Philippa Ormerod, intervened at one point to ask the witness to “⟦p:c|answer the question that was asked, not the one you would prefer⟧”.
“⟦d:c|These families have waited a very long time,⟧” she said. “⟦d:c|They are entitled to straight answers.⟧”
The hearing continues on Thursday.

### 005
@a Hamish Tulloch | senior coroner
@b Bernadette Kinsella | Conor's mother
@c Ryan Szabo | His friend
@d Leanne Worrall | the first officer at the scene
@e Dunmore Aggregates | the company
A 15-year-old boy who drowned after jumping into a flooded quarry on one of the hottest days of the year had "⟦p:c|no idea how cold the water would be⟧", an inquest has heard.
Conor Kinsella, a pupil at St Brendan's College in Ashby Fold, died at Hollins Quarry on July 18 last year after getting into difficulty about 30 metres from the edge.
His friend Ryan Szabo, who was with him that afternoon, told the inquest at Ashby Fold Town Hall that the group had been to the quarry "⟦p:c|loads of times⟧" but had never gone in the water before.
"⟦d:c|It was boiling that day. Conor said he was going in and he just ran and jumped off the ledge,⟧" he said. "⟦d:c|He came up and he was laughing and then he sort of stopped. He said, 'I can't feel my legs.'⟧"
"⟦d:c|We tried to reach him with a branch. We couldn't get close enough. He had no idea how cold the water would be. None of us did.⟧"
Pc Leanne Worrall, the first officer at the scene, said she arrived 11 minutes after the 999 call. "⟦d:d|There were several teenagers on the bank who were extremely distressed. The boy was no longer visible,⟧" she said.
In a statement, Dunmore Aggregates, which owns the site, said it had replaced fencing twice in the preceding year after it was cut, and had put up signs reading "⟦s:-|Danger - Deep Cold Water⟧".
The company added: "⟦d:e|We are devastated by this tragedy and will continue to work with the council on improving security.⟧"
Recording a conclusion of misadventure, senior coroner Hamish Tulloch said: "⟦d:a|Conor was a much-loved, lively young man. The water in these quarries stays dangerously cold even in a heatwave, and I do not think that is widely understood by young people.⟧"
He said he would write to the council to ask whether more could be done to warn of the risks, describing cold water shock as "⟦p:a|a silent killer⟧".
Speaking after the hearing, Conor's mother, Bernadette Kinsella, said: "⟦d:b|We want every parent to talk to their children about this. If Conor's death stops one other family going through this, it will mean something.⟧"

### 006
@a Ruth Adeyemi-Clarke | Employment Judge
@b Tomasz Kaczmarek | a former shift manager at the company's Brockley distribution centre
@c Jonty Sefton-Hale | counsel for Parcelwise
@d Parcelwise | -
A former shift manager who was sacked after refusing to sign off on what he called “⟦p:b|impossible⟧” picking targets has won his claim for unfair dismissal against the delivery firm Parcelwise.
Tomasz Kaczmarek, a former shift manager at the company's Brockley distribution centre, told an employment tribunal in Wexham last month that he had been “⟦p:b|set up to fail⟧” after raising concerns about injuries among warehouse staff.
In a judgment published on Monday, Employment Judge Ruth Adeyemi-Clarke found that the company's stated reason for dismissal - gross misconduct over a missing pallet - was “⟦p:a|not the real reason, or anything close to it⟧”.
“⟦d:a|The tribunal has no hesitation in finding that the claimant was dismissed because he had become an inconvenience,⟧” the judge wrote. “⟦d:a|The investigation into the missing pallet was perfunctory, its conclusion was reached before it began, and the appeal was a formality.⟧”
During the three-day hearing, Kaczmarek was cross-examined by Jonty Sefton-Hale, counsel for Parcelwise, who suggested he had “⟦p:c|a long-standing grudge⟧” against his line manager.
“⟦d:b|I didn't have a grudge. I had eleven people off with back injuries in one quarter,⟧” Kaczmarek replied. “⟦d:b|I wrote it down every time, and every time I was told to stop writing it down.⟧”
“⟦d:c|Isn't it the case that you simply didn't like being managed?⟧” Sefton-Hale asked.
“⟦d:b|No. I didn't like people getting hurt.⟧”
Parcelwise said it was “⟦p:d|disappointed⟧” by the outcome and was considering an appeal. “⟦d:d|We take the wellbeing of our colleagues extremely seriously and do not recognise the picture painted at the tribunal,⟧” its statement said.
A hearing to decide compensation will take place in the spring.

### 007
@a AKR | The appellant
@b Colm Ransford | the presenting officer for the Home Affairs Department
@c Esther Mbatha | Upper Tribunal Judge
@d Naledi Brink | His solicitor
@e - | the First-tier judge
A man who says he was tortured by security forces in Velmara after posting a cartoon of the country's president online has won the right to have his asylum claim reheard, after a senior immigration judge found the original decision was "⟦p:c|infected by legal error⟧".
The appellant, identified only as AKR for legal reasons, gave evidence through an interpreter at the Upper Tribunal's hearing centre in Hallam Street last month.
"⟦d:a|They kept me in a room without a window for nineteen days,⟧" he told the tribunal. "⟦d:a|Every night they asked me the same question: who drew it for you? I drew it myself. Nobody believed me.⟧"
Colm Ransford, the presenting officer for the Home Affairs Department, questioned why AKR had not mentioned the cartoon at his screening interview.
"⟦d:b|You were asked in plain terms why you left Velmara. You said 'for work'. Why?⟧" Mr Ransford asked.
"⟦d:a|I was frightened. People in the camp told me that if you speak about politics they send you back,⟧" AKR said through the interpreter.
In her decision, Upper Tribunal Judge Esther Mbatha said the First-tier judge had dismissed the appellant's account as "⟦p:e|implausible⟧" without explaining why.
"⟦d:c|A finding that an account is implausible must be reasoned. It is not enough to say that the tribunal would not have acted in the same way,⟧" she wrote. "⟦d:c|The appellant is entitled to know why he was disbelieved.⟧"
The case will be reheard by a different judge.
His solicitor, Naledi Brink of Westgate Law Centre, said: "⟦d:d|Our client has waited four years for someone to look at his evidence properly. We are relieved, but he is still living in limbo.⟧"

### 008
@a Margaret Szymanski | U.S. District Judge
@b Kofi Mensah-Barlow | Assistant U.S. Attorney
@c Wendell Oyelaran-Price | -
@d Rachel Dunleavy | His attorney
@e Marcus Tillery | a retired bus driver from Ohio
PORT ELLERY, Maine (AP) - The founder of a failed cryptocurrency lender was sentenced Thursday to 14 years in federal prison for what a judge called "⟦p:a|a fraud dressed up as a revolution.⟧"
Wendell Oyelaran-Price, 39, stood with his hands clasped as U.S. District Judge Margaret Szymanski delivered the sentence in a packed courtroom, telling him he had "⟦p:a|lied to ordinary people about the one thing they trusted you with, which was their savings.⟧"
"⟦d:a|You were not a visionary who ran out of luck,⟧" Szymanski said. "⟦d:a|You were a salesman who knew the product was broken and kept selling it.⟧"
Prosecutors said more than 60,000 customers lost money when Lantern Finance froze withdrawals in 2022. Assistant U.S. Attorney Kofi Mensah-Barlow told the court that Oyelaran-Price had moved $38 million into personal accounts "⟦p:b|while telling customers on live streams that their funds were safe.⟧"
"⟦d:b|He looked into the camera and said, 'Your money is right where you left it,'⟧" Mensah-Barlow said. "⟦d:b|It wasn't.⟧"
Before he was sentenced, Oyelaran-Price apologized, his voice breaking. "⟦d:c|I built something I believed in, and then I was too proud to admit it was failing,⟧" he said. "⟦d:c|I'm sorry. I'm sorry to every one of them.⟧"
His attorney, Rachel Dunleavy, had asked for a sentence of five years, arguing her client had cooperated with investigators. She said after the hearing they would appeal. "⟦d:d|We respect the court, but we believe this sentence is far out of line with comparable cases,⟧" Dunleavy said.
A victim, Marcus Tillery, a retired bus driver from Ohio, said he lost $71,000. "⟦d:e|That was my wife's medical money,⟧" Tillery told reporters. "⟦d:e|Fourteen years. He'll get out. She won't get better.⟧"

### 009
@a Okwuosa | Lady Justice
@b Stuart Lomax | -
@c Priyanka Desai-Rowe | His solicitor
@d Crown Prosecution Office | -
@e - | a spokesperson
A man who spent 17 years in prison for a murder he has always denied walked free from the Court of Appeal on Friday after judges ruled that his conviction was “⟦p:a|unsafe⟧” in light of new DNA evidence.
Stuart Lomax, now 52, was convicted in 2007 of killing Tanya Breckon, a 23-year-old shop assistant, whose body was found in woodland near Callowfield.
Giving the judgment of the court, Lady Justice Okwuosa said the scientific evidence now available “⟦p:a|points away from the appellant and towards an unknown male⟧”.
“⟦d:a|We have no hesitation in concluding that, had the jury heard this evidence, it might reasonably have reached a different verdict,⟧” she said. “⟦d:a|The conviction must be quashed.⟧”
There were gasps and applause from Lomax's supporters in the public gallery. Lomax himself remained still, then put his face in his hands.
Outside the court building, he spoke briefly to reporters. “⟦d:b|I've said the same thing for seventeen years: I didn't do it. Today somebody finally listened,⟧” he said.
“⟦d:b:m|I'm not angry. I thought I would be. I just want to see my mum, and I want to go to the sea.⟧
“⟦d:b|And I want Tanya's family to get the truth. They've been lied to as well.⟧”
His solicitor, Priyanka Desai-Rowe, called the case “⟦p:c|a catastrophic failure of the system at every level⟧” and said her client would seek compensation.
The Crown Prosecution Office said it would “⟦p:d|not be seeking a retrial⟧”. “⟦d:e|Our thoughts remain with the family of Tanya Breckon, who have suffered terribly,⟧” a spokesperson said.

### 010
@a Fiona Marchetti | Judge
@b Brodie Kells | -
@c Kylie Dunstan | Tyler's mother
@d Rob Dunstan | Tyler's father
A young driver who was travelling at nearly twice the speed limit when he crashed into a car carrying a teenage apprentice has been jailed for six years.
Brodie Kells, 22, pleaded guilty in the Warrigal District Court to dangerous driving occasioning death over the crash on Mallee Creek Road in March last year. Tyler Dunstan, 17, died at the scene.
In a victim impact statement read to the court, Tyler's mother, Kylie Dunstan, said her son had been “⟦p:c|a week away from his first pay rise⟧”.
“⟦d:c|I still set four places at the table. I can't stop doing it,⟧” she wrote.
“⟦d:c|Tyler was the funny one. He was the one who rang his nan every Sunday. He was saving for a ute. He had his whole life in front of him and it was taken in a second because someone wanted to show off.⟧”
Tyler's father, Rob Dunstan, read his own statement, addressing Kells directly.
“⟦d:d|I don't know if I'll ever forgive you. I'm not there yet,⟧” he said. “⟦d:d|But I want you to know what you took.⟧”
Kells, who was visibly emotional, told the court through his barrister that he was “⟦p:b|deeply ashamed⟧”.
Sentencing him, Judge Fiona Marchetti said the crash was “⟦p:a|entirely avoidable⟧”.
“⟦d:a|You made a choice to drive at 148 kilometres an hour on a road you knew well, at night, with a passenger in your car,⟧” Judge Marchetti said.
“⟦d:a|Your remorse is genuine and I accept it. But it cannot change what happened, and the community is entitled to expect that sentences for this kind of offending reflect the loss of a young life.⟧”
Kells will be eligible for parole after three years.

### 011
@a Geneviève Lachance | Crown prosecutor
@b Marie-Claude Desrosiers | the victim's sister
@c Benoît Arsenault | Quebec Superior Court Justice
@d Daniel Ohana | defence lawyer
The sister of a restaurant owner who was shot dead in his car in Sainte-Odile-des-Pins in 2021 broke down on Monday as she described the last phone call she had with him.
Marie-Claude Desrosiers, the victim's sister, testified in French at the first-degree murder trial of Sylvain Bergeron, 47, at the courthouse in Rivière-aux-Saules.
«⟦d:b|Il m'a dit qu'il avait peur de lui,⟧» Desrosiers told the jury - «⟦d:b|He told me he was afraid of him.⟧»
She said her brother had been arguing with Bergeron, a former business partner, over «⟦p:b|une dette de 80 000 dollars⟧» - an $80,000 debt.
Under cross-examination, defence lawyer Daniel Ohana asked whether her brother had named Bergeron during that call.
«⟦d:d|Did he say the name Sylvain? Yes or no?⟧» Ohana asked.
«⟦d:b|Not in that call. But I knew who he meant,⟧» she replied, this time in English.
«⟦d:d|You knew, or you assumed?⟧»
«⟦d:a|Objection. My friend is arguing with the witness,⟧» Crown prosecutor Geneviève Lachance said.
Quebec Superior Court Justice Benoît Arsenault allowed the question but asked Ohana to «⟦p:c|move on quickly⟧».
«⟦d:c|The jury has heard the answer,⟧» the judge said.
The trial, expected to last six weeks, resumes Tuesday.

### 012
@a Graham Fensome | former head of building control at Orwell Bay Council
@b Haverford | Your colleague
The following is an edited extract from the transcript of day 34 of the Harbourside Tower Inquiry, in which Graham Fensome, former head of building control at Orwell Bay Council, was questioned by counsel to the inquiry, Nadia Achebe-Lowe.
Q: Mr Fensome, I'd like to show you an email you sent on 4 March 2016 to two colleagues. You wrote: "⟦d:a|We need to keep the cladding question off the minutes until we know where we stand.⟧" What did you mean by that?
A: I meant that we didn't have the information yet, and I didn't want something recorded that might turn out to be wrong.
Q: Isn't the more natural reading that you didn't want a record?
A: I can see how it reads now. That wasn't my intention.
Q: Your colleague, Ms Haverford, replied the same afternoon: "⟦d:b|Understood. Will speak to Trevor.⟧" Who is Trevor?
A: Trevor Quilley. He was the principal surveyor on the project.
Q: And did she speak to him?
A: I don't know. You'd have to ask her.
Q: We have. She told us, and I'm quoting from her statement, that you said the issue was "⟦p:a|above our pay grade⟧". Do you accept that you said that?
A: I may have said something like it. It was a figure of speech.
Q: A figure of speech. Thank you, Mr Fensome.
The inquiry continues.

### 013
@a Henrike Vos | a fire engineer instructed by the inquiry
@b Marcus Ingleby | counsel to the inquiry
@c Abdirahman Warsame | a 41-year-old taxi driver who lived on the ninth floor with his wife and three children
@d Ranjit Bhullar | The inquiry's chairman
The fire that killed 19 people at the Calder Mill flats spread “⟦p:a|faster than any comparable building fire I have studied⟧” because of combustible insulation fitted during a refurbishment, an expert told a public inquiry on Monday.
Dr Henrike Vos, a fire engineer instructed by the inquiry, said flames travelled from the third floor to the roof of the 14-storey block in under 11 minutes.
“⟦d:a|Once the fire entered the cavity behind the panels, it was, in practical terms, unstoppable,⟧” she said. “⟦d:a|The building was doing what it had been built to do - it was just that nobody had understood what that was.⟧”
Marcus Ingleby KC, counsel to the inquiry, asked whether the fire service's advice to residents to stay in their flats had been reasonable at the time it was given.
“⟦d:b|In the first ten minutes, was ‘stay put’ the right advice?⟧” he asked.
“⟦d:a|In the first ten minutes, arguably yes. After that, no. And the difficulty is that nobody in the control room knew which ten minutes they were in.⟧”
Earlier, the inquiry heard from Abdirahman Warsame, a 41-year-old taxi driver who lived on the ninth floor with his wife and three children.
“⟦d:c|The smoke came under the door like water,⟧” he said. “⟦d:c|I told my children to lie on the floor. I told them we would wait for the firemen, because that is what they said on the phone.⟧”
He paused, then added: “⟦d:c|Then I decided not to wait.⟧”
The family escaped down a smoke-filled stairwell with wet towels over their faces.
The inquiry's chairman, Sir Ranjit Bhullar, thanked him for his evidence. “⟦d:d|I know how hard it is to come here and relive that night,⟧” he said. “⟦d:d|What you have told us matters.⟧”

### 014
@a Sunita Kapadia | -
@b Raj Kapadia | her husband
@c Dennis Aldgate | -
@d Owen Prichard | District Judge
A Brinsworth pensioner who waged a two-year campaign of harassment against his neighbours, including leaving dead rats on their doorstep, has been given a suspended sentence and a ten-year restraining order.
Dennis Aldgate, 73, of Church Lane, was found guilty after a trial at Lowther Magistrates' Court of harassing Sunita Kapadia, 39, and her husband Raj Kapadia, 42, who moved into the house next door in 2021.
Mrs Kapadia told the court she had been afraid to let her children play in the garden. "⟦d:a|Every time we went outside he was there, filming us on his phone and muttering,⟧" she said. "⟦d:a|My daughter asked me why the old man hates us. I didn't know what to tell her.⟧"
Her husband added: "⟦d:b|We came to this village because we thought it would be quiet. We've spent two years living like prisoners.⟧"
Aldgate, who represented himself, insisted that the couple had "⟦p:c|started it⟧" by cutting back a hedge on the boundary without permission.
"⟦d:c|They've taken a foot of my garden and nobody cares about that,⟧" he told District Judge Owen Prichard. "⟦d:c|I'm the victim here.⟧"
Sentencing him, the judge said: "⟦d:d|I have heard nothing in this trial that comes close to justifying your behaviour. Leaving dead animals on somebody's doorstep is intended to frighten, and it did.⟧"
As he left the courtroom, Aldgate turned to the couple and said: "⟦d:c|You'll get yours.⟧" He was warned that any further contact would put him in breach of the order.

### 015
@a Saoirse Delahunt | a 26-year-old former geography teacher
@b Alastair Greenhalgh | Judge
@c Kemi Afolabi-Stone | The prosecutor
@d Michael | a retired vicar who gave his name only as Michael
On the third morning of her trial, Saoirse Delahunt, a 26-year-old former geography teacher, stood in the witness box at Wrexford Crown Court and tried to explain why she had glued her hand to the departure gate of a regional airport.
She got as far as the word “⟦s:-|climate⟧” before the judge stopped her.
“⟦d:b|Ms Delahunt, I have already ruled on this,⟧” Judge Alastair Greenhalgh said, not unkindly. “⟦d:b|Your reasons for doing what you did are not a defence in law, and the jury is not to hear them.⟧”
Delahunt nodded. “⟦d:a|Then I don’t know how to answer the question,⟧” she said. “⟦d:a|You’ve asked me why I was there, and I’m not allowed to tell you.⟧”
It was the kind of exchange that has become familiar in courtrooms across the country since the so-called “⟦s:-|conscience defence⟧” was narrowed by the appeal courts two years ago. Defendants are allowed to say what they did; they are rarely allowed to say why.
The prosecutor, Kemi Afolabi-Stone, kept her cross-examination brief. “⟦d:c|You knew the gate would be closed for as long as you were attached to it?⟧” she asked.
“⟦d:a|Yes.⟧”
“⟦d:c|And that passengers would miss flights?⟧”
“⟦d:a|Some of them, yes. I’m sorry for that. I genuinely am.⟧”
Outside, a small group of supporters held a banner reading “⟦s:-|Teachers Against Extinction⟧”. One of them, a retired vicar who gave his name only as Michael, said he had come “⟦p:d|because somebody should be watching⟧”.
“⟦d:d|These are not criminals in any sense my grandmother would have recognised,⟧” he said.
The jury took a little under two hours to convict.

### 016
@a Grace Wanjiru Mbogo | Justice
@b Odhiambo Ochieng | Lawyer for the residents
@c Nasra Abdallah | Savanna Crest's advocate
@d Lekishon ole Sankale | a 78-year-old elder from the ranch
The High Court in Mwangaza has halted the eviction of more than 400 families from a disputed 2,000-acre parcel known as Enkare Ranch.
Justice Grace Wanjiru Mbogo issued conservatory orders on Tuesday barring Savanna Crest Holdings and the county government from demolishing homes on the land pending the hearing of a petition filed by residents.
"⟦d:a|The court cannot close its eyes to the likelihood that, if the evictions proceed, the petition will be rendered academic,⟧" the judge said in her ruling. "⟦d:a|Homes that have been demolished cannot be restored by a judgment delivered two years later.⟧"
Lawyer for the residents, Odhiambo Ochieng, told the court families had been given 72 hours' notice by "⟦p:b|men in plain clothes who refused to identify themselves⟧".
"⟦d:b|These are people who have lived on this land since before independence. Their grandparents are buried there,⟧" Mr Ochieng said.
But Savanna Crest's advocate, Nasra Abdallah, argued that the company held "⟦p:c|a clean title⟧" and that the residents were "⟦p:c|squatters who have been compensated⟧".
"⟦d:c|My client bought this land lawfully in 2011. The title has been searched, it has been verified, and it was never challenged until a bulldozer appeared,⟧" she said.
Outside the court, Mzee Lekishon ole Sankale, a 78-year-old elder from the ranch, said the community had "⟦p:d|waited for justice for too long⟧". Speaking in Maa through a translator, he said: "⟦d:d|We are not leaving. Where would we go? This is where our cattle drink.⟧"
The matter will be mentioned on March 14.

### 017
@a R.K. Venkataraman | Justice
@b - | the bench
@c Harshvardhan Bhatnagar | the law officer
@d Farida Qadri | Justice
@e Meher Irani | Ansari's counsel
@f Supreme Court | -
The Supreme Court on Monday pulled up the Vindhara state government for keeping an undertrial prisoner in jail for nine years without framing charges, observing that the delay was “⟦p:f|a mockery of the constitutional promise of personal liberty⟧”.
A bench of Justices R.K. Venkataraman and Farida Qadri granted bail to Mohd. Salim Ansari, 46, a daily-wage labourer from Sitapuri who was arrested in 2015 in connection with a communal clash.
“⟦d:b|Nine years. Not one witness examined. What is the State doing?⟧” the bench asked the additional advocate general appearing for Vindhara.
“⟦d:c|My Lords, the trial court has been without a presiding officer for some time—⟧” the law officer, Harshvardhan Bhatnagar, began.
“⟦d:a|For nine years?⟧” Justice Venkataraman interjected.
Justice Qadri said the court was “⟦p:d|not interested in explanations⟧” and wanted an affidavit from the state's principal secretary (home) within four weeks stating how many similar cases were pending.
“⟦d:d|Liberty is not a favour that the State grants when it finds it convenient,⟧” she said. “⟦d:d|Somebody must answer for this.⟧”
Ansari's counsel, advocate Meher Irani, told reporters after the hearing that her client's mother had died while he was in custody. “⟦d:e|He was not allowed to attend the funeral. He has lost nine years, and nobody can give them back,⟧” she said.

### 018
@a Thandeka Mokoena-Pillay | Evidence leader
@b Pieter-Jan Rossouw | Kragnet's senior procurement manager between 2016 and 2019
@c Sibusiso Ndlovu-Maart | Commission chairperson
A former procurement manager at the state power utility Kragnet told the Mahlangu Commission on Thursday that he was instructed to approve a R1.2-billion coal contract “⟦p:b|by close of business, no questions asked⟧”.
Pieter-Jan Rossouw, Kragnet's senior procurement manager between 2016 and 2019, said the instruction came in a phone call from a then board member, whom he named in his testimony.
“⟦d:b|He said the contract had been agreed at a higher level and that my job was to sign it,⟧” Rossouw said. “⟦d:b|I said I couldn't sign a contract I hadn't seen. He said, ‘Then you'd better read fast.’⟧”
Evidence leader Advocate Thandeka Mokoena-Pillay asked why he had not reported the call to the utility's internal audit unit.
“⟦d:a|You were a senior manager. You knew the policies. Why didn't you blow the whistle?⟧” she asked.
“⟦d:b|Because I had seen what happened to people who did,⟧” Rossouw replied. “⟦d:b|One colleague was suspended for eighteen months on full pay and then dismissed. I had a bond and two kids at university. I'm not proud of it.⟧”
Commission chairperson Judge Sibusiso Ndlovu-Maart asked Rossouw whether he still had any record of the call. “⟦d:c|Because without it, Mr Rossouw, this is your word against his,⟧” the judge said.
Rossouw said he had kept a handwritten diary, which he would hand to the commission's investigators.

### 019
@a Úna Breathnach | Judge
@b Pádraig Ó Súilleabháin | -
@c Fionnuala Keogh | Sergeant
@d Ruairí Madden | -
A fisherman who punched a fisheries officer during a row over illegal nets on the pier at Ros an Chaladh has been given a two-year suspended sentence at Clochán Circuit Criminal Court.
Pádraig Ó Súilleabháin, 34, of Inis Caorach, pleaded guilty to assault causing harm to Derek Brophy, an officer with the Inland Fisheries Authority, on August 12th, 2022.
Sergeant Fionnuala Keogh told the court Mr Brophy suffered a fractured cheekbone and was out of work for three months.
“⟦d:c|Mr Brophy was doing his job. He approached the accused to inspect the nets and was struck without warning,⟧” Sgt Keogh said.
Ó Súilleabháin, who addressed the court in Irish through an interpreter, said he was ashamed. “⟦d:b|Tá brón orm. Níor cheart dom é a dhéanamh,⟧” he said - “⟦d:b|I am sorry. I should not have done it.⟧”
Ruairí Madden BL, defending, said his client came from “⟦p:d|a long line of fishermen⟧” and had been under severe financial pressure after a poor season.
“⟦d:d|This was a moment of madness on a pier, on a bad day, in a bad year. It is entirely out of character,⟧” Mr Madden said.
Judge Úna Breathnach said the assault was “⟦p:a|serious and cowardly⟧” but noted the accused's early plea and the €5,000 he had raised in compensation.
“⟦d:a|Officers of the State who are enforcing the law on our coasts are entitled to do so without being assaulted,⟧” she said. “⟦d:a|I accept, however, that Mr Ó Súilleabháin is genuinely remorseful, and I do not believe he will come before the courts again.⟧”

### 020
@a Adeline Koh | Deputy Public Prosecutor
@b Ong Kai Xiang | -
@c Rajan Pillai | Defence lawyer
@d Lim Wei Ren | District Judge
A tuition centre director who pocketed $410,000 in fees from parents for classes that never took place was on Friday (May 17) sentenced to 32 months' jail.
Ong Kai Xiang, 51, pleaded guilty to six counts of cheating, with 14 other charges taken into consideration for sentencing.
Deputy Public Prosecutor Adeline Koh said Ong had continued to take payments for a "⟦s:-|holiday intensive⟧" programme even after the centre had lost its lease.
"⟦d:a|The accused knew there would be no classes. He continued to send parents cheerful WhatsApp reminders about bringing their children's calculators,⟧" she said.
One message Ong sent to a parent three days before the centre shut read: "⟦d:b|See you on Monday! Please remind Jayden to bring his workbook.⟧"
Defence lawyer Rajan Pillai said his client had made partial restitution of $120,000 and had been "⟦p:c|overwhelmed by debts from a failed expansion⟧".
"⟦d:c|He did not set out to cheat anyone. He kept thinking he could turn the business around,⟧" Mr Pillai said.
District Judge Lim Wei Ren disagreed. "⟦d:d|The accused was not a businessman who made a bad call. He was a man who kept taking money after he knew the game was up,⟧" the judge said.
For each count of cheating, Ong could have been jailed for up to 10 years and fined.

### 021
@a Heather Mackintosh | Coroner
@b Wiremu Tautahi | Aroha's uncle
@c Mid-Rivers Health | -
A coroner has found that a 19-year-old Kahuroa woman who died of sepsis two days after being sent home from hospital was “⟦p:a|let down by a system that was stretched past breaking point⟧”.
Aroha Hēnare-Pohatu died at her family's home in February 2022, after being assessed at Kahuroa Hospital's emergency department and discharged with painkillers and a diagnosis of a viral illness.
In findings released on Wednesday, Coroner Heather Mackintosh said the doctor who saw Aroha had been working a 14-hour shift with two empty positions on the roster.
“⟦d:a|I do not find that any single clinician was careless. I find that the conditions in which they were working made an error of this kind more likely, and that those conditions were known,⟧” the coroner wrote.
She recommended that Mid-Rivers Health review its triage and staffing policies for after-hours emergency care.
Aroha's uncle, Wiremu Tautahi, who spoke for the whānau, said the findings had brought “⟦p:b|some peace, but not enough⟧”.
“⟦d:b|She went there because she knew something was wrong. She did the right thing. She just needed someone to listen to her,⟧” he said.
“⟦d:b|We don't want anyone to lose their job. We want to know that the next girl who walks in there with the same symptoms goes home well.⟧”
In a statement, Mid-Rivers Health said it accepted the coroner's recommendations in full. “⟦d:c|We again offer our deepest apologies to Aroha's whānau,⟧” the statement said.

### 022
@a Jaden Okafor-Miles | Castlegate United star
@b Nigel Strand | His lawyer
@c Jasmine Ofori | Prosecutor
@d Parveen Sandhu | District Judge
@e - | one fan
CASTLEGATE United star Jaden Okafor-Miles dodged a driving ban yesterday - after his brief argued that losing his licence would cause ``⟦p:b|exceptional hardship⟧'' to his gran.
The £80,000-a-week winger, 24, was clocked at 101mph in his Lamborghini on the Wellham bypass in the early hours of a Sunday morning.
His lawyer, Nigel Strand - dubbed ``⟦s:-|Mr Technicality⟧'' for his string of celebrity wins - told Hexley Magistrates' Court: ``⟦d:b|My client is the only family member able to drive his 86-year-old grandmother to her dialysis appointments three times a week.⟧''
``⟦d:b|Without his licence, she would be left reliant on hospital transport which, as the court will know, is not reliable.⟧''
Prosecutor Jasmine Ofori asked: ``⟦d:c|Couldn't his chauffeur do it? He has one, doesn't he?⟧''
Okafor-Miles, wearing a grey tracksuit, told the court: ``⟦d:a|I'm not proud of it. I love my nan and I'd do anything for her.⟧''
District Judge Parveen Sandhu reluctantly accepted the argument but fined the winger £6,000 and slapped six points on his licence.
``⟦d:d|I have to say I have some reservations. But the test is whether an innocent third party would suffer, and on the evidence I've heard, she would,⟧'' she said.
Outside court, one fan shouted ``⟦d:e|Sign my shirt, Jaden!⟧'' as the player climbed into a waiting people carrier.

### 023
@a Simon Ashdown | Employment Judge
@b Gillian Pryce | matron
@c Temitope Bankole | Ms Nwosu's counsel
@d Adaeze Nwosu | a senior staff nurse at Fernhill General Hospital
@e Fernhill Hospitals Trust | -
A senior staff nurse who was repeatedly passed over for promotion in favour of less experienced white colleagues was the victim of race discrimination, an employment tribunal has ruled.
Adaeze Nwosu, a senior staff nurse at Fernhill General Hospital, applied for ward manager posts five times between 2019 and 2023.
In the written judgment, Employment Judge Simon Ashdown said the trust's explanations had been ``⟦p:a|shifting and inconsistent⟧'' and that some interview notes had been ``⟦p:a|reconstructed after the event⟧''.
``⟦d:a|We have concluded that the claimant's race was a material factor in the decision not to appoint her on at least three occasions,⟧'' the judgment states.
During the hearing, matron Gillian Pryce, who sat on two of the interview panels, denied that race had played any part. ``⟦d:b|I chose the best candidate on the day. That's all,⟧'' she said.
Under cross-examination by Ms Nwosu's counsel, Temitope Bankole, she accepted she had written ``⟦p:b|not a natural leader⟧'' on the claimant's scoring sheet.
``⟦d:c|What did you mean by that?⟧'' Ms Bankole asked.
``⟦d:b|I meant she didn't put herself forward in meetings,⟧'' Ms Pryce replied.
``⟦d:c|She put herself forward for promotion five times, didn't she?⟧''
There was no reply.
Ms Nwosu said in a statement after the ruling: ``⟦d:d|I love nursing and I love that hospital. I just wanted to be judged on my work. I hope no one else has to go through this to be seen.⟧''
Fernhill Hospitals Trust said it would ``⟦p:e|carefully consider the judgment⟧'' and had commissioned an independent review of its recruitment processes.

### 024
@a Rupert Kavanagh-Lyle | -
@b Beatriz Fonseca | chair
@c Patient A | the patient
@d - | Her daughter
A GP who told a patient with a lump in her breast that she was “⟦p:a|worrying about nothing⟧” and failed to refer her for nine months has been struck off.
Dr Rupert Kavanagh-Lyle, 61, who practised at the Moorside Surgery in Thelwick, did not attend the hearing but sent a letter to the Medical Standards Tribunal.
“⟦d:a|I have practised for 34 years and have always tried to put my patients first. I accept that I fell short in this case and I am profoundly sorry,⟧” he wrote.
The tribunal heard evidence from the patient, known as Patient A, who was diagnosed with stage 3 breast cancer in 2022 and has since undergone a mastectomy and chemotherapy.
“⟦d:c|He barely looked at me. He said I was at the age where everything feels like something,⟧” she said. “⟦d:c|I went back twice. The second time he said I was worrying about nothing and that I should stop reading the internet.⟧”
Her daughter, who attended every day of the hearing, told reporters: “⟦d:d|Mum trusted him for twenty years. That's what makes it so hard.⟧”
Announcing the tribunal's decision, chair Beatriz Fonseca said Dr Kavanagh-Lyle had shown “⟦p:b|a pattern of dismissiveness⟧” that went beyond a single error of judgment.
“⟦d:b|The tribunal has considered whether conditions or suspension would be sufficient to protect the public and maintain confidence in the profession. It has concluded that they would not,⟧” she said.

### 025
@a - | the jury
@b W27 | The officer who fired
@c Chidi Okeke-Barnes | the family's barrister
@d Jacqueline Fontaine | Kyle's mother
An inquest jury has found that police missed "⟦p:a|a number of opportunities⟧" to resolve a stand-off peacefully before a firearms officer shot dead a 28-year-old man in Corwen Heath.
Kyle Fontaine died in April 2021 after he was shot twice in the chest outside a block of flats on the Wyvern estate. He had been holding an imitation pistol.
In a narrative conclusion, the jury said: "⟦d:a|Kyle Fontaine was lawfully killed. However, the failure to deploy a trained negotiator, and the decision to approach the flat within 12 minutes of armed officers arriving, more than minimally contributed to the circumstances of his death.⟧"
The officer who fired, known only as W27, told the inquest last month he believed he had "⟦p:b|a split second⟧" to act.
"⟦d:b|He turned towards us and raised what I believed was a firearm. I was in fear for my life and the lives of my colleagues,⟧" W27 said from behind a screen.
Questioned by Chidi Okeke-Barnes, the family's barrister, he accepted that Mr Fontaine had not pointed the object at anyone during the first ten minutes.
"⟦d:c|So for ten minutes he posed no immediate threat?⟧" Mr Okeke-Barnes asked.
"⟦d:b|I wouldn't put it like that,⟧" the officer replied. "⟦d:b|He was armed, as far as we knew.⟧"
Outside the court, Kyle's mother, Jacqueline Fontaine, said: "⟦d:d|My son was in crisis. He needed help and he got bullets. The jury has heard the evidence and has said what we have been saying for three years.⟧"

### 026
@a Sandra Hale-Mortimer | -
@b Bożena Wiśniewska | a colleague of Moffatt's at the care home
@c Rachel Amadi | -
@d Harjit Sohal | Recorder
The daughter of a 91-year-old woman whose bank cards were allegedly used to withdraw more than £23,000 broke down in the witness box yesterday as she described finding her mother's account “⟦p:a|virtually empty⟧”.
Sandra Hale-Mortimer was giving evidence at Dunsford Crown Court on the second day of the trial of care worker Kerry-Ann Moffatt, 38, who denies theft and fraud by abuse of position.
“⟦d:a|Mum couldn't even use a cash machine. She'd never used one in her life,⟧” Mrs Hale-Mortimer said. “⟦d:a|Dad did all that, and after he died, I did.⟧”
When she was shown a bank statement listing dozens of withdrawals from a machine near Linden Court care home, she began to cry. Recorder Harjit Sohal asked if she would like a break.
“⟦d:d|Take as long as you need. There is no hurry,⟧” he said.
After a short adjournment, she was cross-examined by Rachel Amadi, for Moffatt, who suggested the money could have been withdrawn by another member of the family.
“⟦d:c|Your brother had access to your mother's room, didn't he?⟧” Ms Amadi asked.
“⟦d:a|He visited. He didn't take her cards. How dare you,⟧” Mrs Hale-Mortimer replied.
The jury also heard from Bożena Wiśniewska, a colleague of Moffatt's at the care home, who said she had twice seen the defendant with a purse that did not belong to her.
“⟦d:b|It was a small red purse with a gold clasp. I knew it was Winifred's because I helped her count her coins for the hairdresser,⟧” she said.
Asked by Ms Amadi whether she had any reason to dislike the defendant, Ms Wiśniewska said: “⟦d:b|No. We were friends. That's why I didn't say anything for so long.⟧”
The trial continues.

### 027
@a - | a woman in the public gallery
@b Nadia Farouk | Detective Chief Inspector
@c Yetunde Afolabi | His sister
Two brothers have been found guilty of murdering a food delivery rider who was stabbed for his e-bike in Marlow Green.
Tunde Afolabi, 31, was attacked on Fenner Street on 9 November last year and died in hospital two days later.
Callum Rudd, 19, and his brother Jamie Rudd, 21, both of Ashgrove Road, were convicted by a jury at Saltmarsh Crown Court after a four-week trial.
As the verdicts were read out, a woman in the public gallery shouted "⟦d:a|They're innocent!⟧" and was escorted from the court.
Speaking after the verdicts, Detective Chief Inspector Nadia Farouk said: "⟦d:b:m|Tunde was a hard-working young man who was simply doing his job.⟧
"⟦d:b|He was targeted because of what he was riding, and he lost his life over a bike worth a few hundred pounds.⟧"
His sister, Yetunde Afolabi, said the family had been "⟦p:c|destroyed⟧".
"⟦d:c|Tunde sent money home to our mother every month. He called her every Sunday. Now the phone doesn't ring on Sundays,⟧" she said.
"⟦d:c|Today we got justice, but we didn't get our brother back.⟧"
The brothers will be sentenced on 14 March.

### 028
@a Aldane | The judge
@c Monique Baptiste-Hall | Mr Hall's widow
@d Felix Aransola | His barrister
The judge, Mrs Justice Aldane, told Gavin Tremlett that he had treated safety as “⟦p:a|a paperwork exercise⟧” as she jailed him for four years.
Tremlett, 56, the managing director of Tremlett Access Ltd, was convicted last month of the gross negligence manslaughter of Desmond Hall, 33, who fell 18 metres from scaffolding at a housing development in Penrith Vale in 2021.
Passing sentence at Redmarsh Crown Court, she said:
“⟦d:a:m|Mr Hall was a skilled and careful man. He went to work that morning expecting to come home to his wife and his two young sons. He did not, because the platform on which he was working had no guard rail, and it had no guard rail because you had decided that fitting one would slow the job down.⟧
“⟦d:a:m|You were warned. You were warned in writing by your own site supervisor on three occasions, and on each occasion you did nothing. The jury was sure, and I am sure, that your failure was truly exceptionally bad.⟧
“⟦d:a|I accept that you did not intend any harm to come to Mr Hall. I accept that you are a man of previous good character and that you have shown some remorse, albeit late. But the sentence must reflect the fact that a man lost his life for the sake of a few hours.⟧”
In a statement read to the court before sentence, Mr Hall's widow, Monique Baptiste-Hall, said her sons still asked when their father was coming home.
“⟦d:c|The youngest was two. He doesn't really remember him, and that is the cruellest part,⟧” she wrote. “⟦d:c|He keeps a photo of Des in a hard hat by his bed.⟧”
Tremlett, who had maintained throughout the trial that Mr Hall had removed the guard rail himself, showed no reaction as he was taken down.
His barrister, Felix Aransola KC, had told the court his client was “⟦p:d|a broken man⟧”.

### 029
@a Court of Appeal | -
@b Ama Boateng-Lowry | the Solicitor General
@c Penhaligon | Lord Justice
@d Alan Petrie | His father
A man who left a pub doorman with a permanent brain injury after a single attack has had his prison sentence more than doubled after the Court of Appeal ruled it was "⟦p:a|unduly lenient⟧".
Reece Garnett, 27, was originally given two years and eight months at Lyndhurst Crown Court in February for causing grievous bodily harm with intent to Callum Petrie, 35, outside the Bell in Ravensholme.
The sentence was referred to the Court of Appeal by the Solicitor General, Ama Boateng-Lowry, who argued it failed to reflect "⟦p:b|the catastrophic and lifelong consequences⟧" for the victim.
On Thursday, three judges increased the sentence to six years. Lord Justice Penhaligon said: "⟦d:c|The judge below fell into error in treating this as a case of a single punch with unforeseen consequences. The footage shows a sustained attack on a man who was already on the ground.⟧"
"⟦d:c|It is not for this court to speculate as to why the sentencing judge took the view he did. It is enough to say that the sentence was not one reasonably open to him.⟧"
Callum Petrie now needs round-the-clock care. His father, Alan Petrie, said outside court: "⟦d:d|We'll never get Callum back, the Callum we had. But at least today someone has said that what happened to him matters.⟧"
In a statement, the Solicitor General said: "⟦d:b|Violence of this kind has devastating consequences for victims and their families. I am pleased the Court of Appeal has agreed the original sentence was too low.⟧"

### 030
@a Owain Rees-Jenkins | Detective Sergeant
@b Emeka Obi | her brother
@c Lukas Brandt | Her partner
The brother of a junior doctor killed by a hit-and-run driver as she cycled home from a night shift says her family is “⟦p:b|relieved but not at peace⟧” after the driver was jailed.
Dr Chioma Obi, 29, was struck on Millbrook Road in Cardenham by a van driven by Shane Purcell, 45, who drove away and later tried to have the vehicle crushed at a scrapyard.
Purcell was jailed for nine years at Cardenham Crown Court on Friday after admitting causing death by dangerous driving and perverting the course of justice.
Speaking on the court steps, her brother Emeka Obi said: “⟦d:b|Chioma spent her life helping strangers. She'd just finished a twelve-hour shift on a children's ward. And the man who hit her left her in the road.⟧”
“⟦d:b|He had three weeks to hand himself in. He spent them trying to destroy the evidence.⟧”
Her partner, Lukas Brandt, held a photograph of the couple on holiday as he spoke. “⟦d:c|We were going to get married next summer. I had the ring in a drawer,⟧” the 31-year-old said.
Detective Sergeant Owain Rees-Jenkins, who led the investigation, said: “⟦d:a|This was a painstaking inquiry. Officers reviewed more than 400 hours of CCTV and dashcam footage to trace the van.⟧”
He added that he hoped the sentence would send “⟦p:a|a clear message⟧” to drivers who fail to stop.

### 031
@a Marisol Quintanilla | defense attorney
@b Raymond Kowalczyk | a 22-year veteran of the Ellery Falls Police Department
@c Theodore Abernathy-Wu | Circuit Judge
@d Dana Whitfield | Assistant District Attorney
@e - | defense attorneys
ELLERY FALLS - The lead detective in the murder case against Terrence Boyd acknowledged Wednesday that he never tested a bloody towel found in a dumpster behind the victim's apartment, a gap defense attorneys say points to "⟦p:e|a rush to judgment.⟧"
Detective Raymond Kowalczyk, a 22-year veteran of the Ellery Falls Police Department, spent nearly five hours on the witness stand in Circuit Judge Theodore Abernathy-Wu's courtroom.
Under questioning by defense attorney Marisol Quintanilla, Kowalczyk said the towel was logged into evidence but never sent to the state crime lab.
"⟦d:a|Why not?⟧" Quintanilla asked.
"⟦d:b|At that point we had a suspect, we had a witness, and we had his prints on the door handle. I made a judgment call,⟧" Kowalczyk said.
"⟦d:a|A judgment call. So you decided what evidence the jury would get to see?⟧"
"⟦d:d|Objection. Argumentative,⟧" Assistant District Attorney Dana Whitfield said, rising.
"⟦d:c|Sustained. Rephrase, counsel,⟧" the judge said.
Quintanilla asked again whether anyone else could have been in the apartment that night. "⟦d:b|Anything's possible,⟧" the detective said. "⟦d:b|But the evidence pointed one way.⟧"
Boyd, 34, is accused of killing his former girlfriend, Alicia Navarro, 29, in March 2022. He has pleaded not guilty.

### 032
@a Delphine Marchmont | The wellness influencer
@b Rohan Mistry | its investigations editor
@c Ottilie Fraser | -
@d Gwilliam | Mr Justice
The wellness influencer Delphine Marchmont told the High Court on Tuesday that a newspaper investigation branding her a “⟦p:b|snake-oil saleswoman⟧” had cost her “⟦p:a|my business, my marriage and very nearly my life⟧”.
Marchmont, 37, who has 2.3 million followers, is suing the Sunday Ledger and its investigations editor, Rohan Mistry, over a 2022 article about her £400 “⟦s:-|gut reset⟧” programme.
Giving evidence, she said: “⟦d:a|I have never told anyone to stop taking medication. Never. I've said the opposite on camera a hundred times.⟧”
Cross-examined by Ottilie Fraser KC, for the newspaper, she was shown a video in which she told followers that chemotherapy was “⟦p:a|not the only path⟧”.
“⟦d:c|What did you mean by ‘not the only path’, Ms Marchmont?⟧” Fraser asked.
“⟦d:a|I meant that people can support their bodies alongside treatment.⟧”
“⟦d:c|Alongside? That's not what you said, is it?⟧”
Marchmont paused for several seconds before answering: “⟦d:a|It's not the word I used. It's what I meant.⟧”
Mr Justice Gwilliam, who is hearing the case without a jury, asked her to look at the screen again. “⟦d:d|Take your time. I want to be sure you have seen the whole clip,⟧” he said.
The Ledger is relying on a defence of truth. The trial is expected to last two weeks.

### 033
@a Witness F | The witness
@b Yasmin Hadley-Oyelowo | Counsel to the inquiry
@c Alasdair Kerrigan | The inquiry's chair
@d Ferrowdale County Council | -
A man who was sent to a council-run children's home at the age of nine told the Ferrowdale Children's Homes Inquiry on Monday that staff there “⟦p:a|ran the place like a prison with no rules⟧”.
The witness, referred to as Witness F to protect his identity, gave evidence from behind a curtain. He is now 58.
“⟦d:a|You learned very quickly who you could go to and who you had to stay away from,⟧” he said. “⟦d:a|There was one man - everybody knew. The staff knew. The cook knew. Nobody did anything.⟧”
Counsel to the inquiry, Yasmin Hadley-Oyelowo, asked whether he had ever tried to tell anyone in authority.
“⟦d:a:m|Once. I told a social worker when I was eleven. She wrote it down in a little notebook. Two days later I was taken into the office and told I was a liar and that if I said it again I would be sent somewhere worse.⟧
“⟦d:a|So I didn't say it again. Not for forty years.⟧”
“⟦d:b|Do you know what happened to that notebook?⟧” Ms Hadley-Oyelowo asked.
“⟦d:a|I'd like you to find out,⟧” he replied.
The inquiry's chair, Professor Alasdair Kerrigan, thanked him. “⟦d:c|It should not have taken forty years for someone to listen to you. We are listening now,⟧” he said.
Ferrowdale County Council, which ran Brackenwood until 1994, has apologised and said it is “⟦p:d|co-operating fully⟧” with the inquiry.

### 034
@a Niamh O'Dowd | -
@b Trevor Hollings | the developer
@c Gerald Pennington-Smythe | Varma's barrister
A former council planning officer accepted a holiday in Dubai and £15,000 in cash from a developer in return for waving through a controversial housing scheme, a jury has been told.
Ashok Varma, 52, of Bellfield Avenue, denies misconduct in a public office. The trial at Westmere Crown Court is expected to last three weeks.
Opening the case for the prosecution, Niamh O'Dowd said Mr Varma had been "⟦p:a|the gatekeeper⟧" for major planning applications in Westmere between 2017 and 2020.
"⟦d:a|This case is about a public servant who put his own interests above those of the people he was paid to serve,⟧" Ms O'Dowd said.
"⟦d:a|The prosecution say the defendant was, put simply, for sale.⟧"
On Tuesday the jury heard from the developer, Trevor Hollings, 61, who has already pleaded guilty to bribery and is giving evidence for the Crown.
"⟦d:b|He told me he could make the objections go away, but it wouldn't be cheap,⟧" Mr Hollings said. "⟦d:b|He said, 'I've got a family to feed, Trev, same as you.'⟧"
Asked by Ms O'Dowd how the cash was handed over, Mr Hollings said: "⟦d:b|In a biscuit tin, in the car park of the garden centre.⟧"
Varma's barrister, Gerald Pennington-Smythe, told the jury that Hollings was "⟦p:c|a convicted liar who has every reason to point the finger⟧".
The trial continues.

### 035
@a Fatou Camara | a nursery assistant
@b Grace Nakamura | her flatmate
@c Bernard Feltham | -
@d Ilse Brandvold | Tribunal Judge
A landlord who told tenants that black mould covering their bedroom walls was “⟦p:c|a lifestyle issue⟧” has been ordered to repay nearly £9,000 in rent.
Bernard Feltham, who owns 14 properties in Eastmoor, represented himself at the First-tier Tribunal hearing in Carrbridge.
Fatou Camara, a nursery assistant, and her flatmate, Grace Nakamura, told the tribunal they had reported damp and a broken extractor fan at least seven times in 2023.
“⟦d:a|He came round once, looked at the wall and said, ‘You need to open a window, girls,’⟧” Ms Camara said. “⟦d:a|It was January. There was ice on the inside of the glass.⟧”
Ms Nakamura said she developed asthma while living at the property. “⟦d:b|I'd never used an inhaler in my life. Now I carry two,⟧” she said.
Mr Feltham told the tribunal the pair dried washing indoors and “⟦p:c|never had the heating on⟧”. “⟦d:c|I've been a landlord thirty years and I've never had complaints like this,⟧” he said.
In the decision, Tribunal Judge Ilse Brandvold wrote: “⟦d:d|We found the applicants to be credible, consistent and measured witnesses. We did not find Mr Feltham's evidence persuasive.⟧”
She added that the property had been unlicensed for the entire tenancy, which was “⟦p:d|in itself a serious matter⟧”.

### 036
@a Delyth Morgan-Huws | Assistant coroner
@b Rosemarie Dizon | a registered nurse on duty that night
@c Clive Ashworth | Mrs Ashworth's son
@d Agnieszka Nowak-Field | the home's registered manager
An 84-year-old woman with dementia died after falling from a first-floor window at a care home that had been warned about faulty window restrictors, an inquest has heard.
Eileen Ashworth was found in the garden of Beechcroft House in Tollerton Vale in the early hours of 3 January 2023.
Rosemarie Dizon, a registered nurse on duty that night, said she had checked on Mrs Ashworth at 2am. «⟦d:b|She was asleep. Her window was closed. I tried it, because I always try them,⟧» she said.
Assistant coroner Delyth Morgan-Huws asked whether she had known that the restrictor on that window had been reported broken. «⟦d:a|Did anyone tell you?⟧»
«⟦d:b|No, ma'am. If I had known, I would have moved her to another room.⟧»
Agnieszka Nowak-Field, the home's registered manager, said a maintenance request had been logged in November but the contractor «⟦p:d|never came back⟧».
«⟦d:d|I chased it twice by email. I should have chased it by phone. I should have taken the room out of use. I accept that,⟧» she said.
Mrs Ashworth's son, Clive Ashworth, told the inquest his mother had been «⟦p:c|a fighter all her life⟧».
«⟦d:c|She didn't deserve to go like that. Nobody does,⟧» he said.
The inquest continues.

### 037
@a Jordan Pike | -
@b Marcus Adeyinka-Hart | Prosecutor
@c Colette Ansah | Judge
A THUG who battered a 79-year-old grandmother to death in her own home for £40 and a bottle of sherry answered “⟦p:a|no comment⟧” 114 times in police interviews, a jury heard.
Jordan Pike, 26, is accused of murdering widow Margaret “⟦s:-|Peggy⟧” Lowndes at her bungalow in Sawley Bridge last October.
Prosecutor Marcus Adeyinka-Hart KC told Stowford Crown Court that Pike had “⟦p:b|stepped over her body⟧” to search her bedroom drawers.
“⟦d:b|She was a tiny woman, barely five feet tall. She had no chance against a fit young man,⟧” he said.
“⟦d:b:m|When he was arrested three days later he was wearing trainers which, the Crown says, left a bloody print on her kitchen lino.⟧
“⟦d:b|When he was asked to explain that, he said nothing. When he was asked whether he had ever been inside her home, he said nothing. When he was asked whether he had killed her, he said, ‘No comment.’⟧”
Peggy's granddaughter Shannon, 24, sobbed in the public gallery as jurors were shown photos of the bungalow.
Pike, wearing a white shirt, shook his head and muttered “⟦d:a|lies⟧” as the evidence was outlined.
Judge Colette Ansah warned him: “⟦d:c|Mr Pike, you will have your chance to give evidence. Until then you will sit quietly.⟧”
Pike denies murder. The trial continues.

### 038
@a Ingrid Solheim-Baptiste | Presiding Judge
@b Anatol Vrancic | General
@c Kwabena Asare | senior trial attorney
@d Ilinka Voroš | -
VEREN, March 4 (Meridian) - A former army commander accused of ordering the shelling of a market in the Dravian town of Kostel told an international tribunal on Monday that he was «⟦p:b|a soldier, not a butcher⟧», as his trial opened more than 20 years after the attack.
General Anatol Vrancic, 71, pleaded not guilty to eight counts of war crimes and crimes against humanity at the Special Tribunal for Dravia.
«⟦d:b|I did my duty to defend my country. I gave no order to fire on civilians, and I will prove it,⟧» Vrancic said in a brief statement from the dock, speaking through an interpreter.
Presiding Judge Ingrid Solheim-Baptiste reminded him that he would have an opportunity to give evidence later. «⟦d:a|This is not the time for a speech, General,⟧» she said.
In his opening statement, senior trial attorney Kwabena Asare said the prosecution would call 140 witnesses and present intercepted radio communications in which Vrancic could be heard giving coordinates for the market.
«⟦d:c|The evidence will show that the accused knew exactly what was in that square at 11 o'clock on a Saturday morning,⟧» Asare said. «⟦d:c|He knew because his own observers told him: women, children, market stalls.⟧»
Outside the court, Ilinka Voroš, who lost her husband and son in the attack, said she had waited «⟦p:d|a whole lifetime⟧» to see Vrancic in the dock.
«⟦d:d|I want to look at him. I want him to look at me,⟧» said Voroš, 68.

### 039
@a Chamara Wijesinghe | the head chef at the Lantern House restaurant in Rowbury
@b Siobhan Hartigan | the MP for Rowbury North
@c Ho Mei-Ling | His employer
@d Olamide Fashola | First-tier Tribunal Judge
@e - | A Home Affairs Department spokesperson
A head chef who faced deportation after 14 years in Britain has won his appeal, with a judge ruling that his removal would be "⟦p:d|unjustifiably harsh⟧".
Chamara Wijesinghe, the head chef at the Lantern House restaurant in Rowbury, was told by the Home Affairs Department last year that he must leave the country after a paperwork error by a previous employer invalidated his visa.
On Tuesday, First-tier Tribunal Judge Olamide Fashola allowed his appeal.
"⟦d:d|The appellant has lived here lawfully for the great majority of his adult life, has paid his taxes, and has built a life of real depth in this community,⟧" the judge said. "⟦d:d|The error that brought him here was not his.⟧"
Mr Wijesinghe, 38, said he had "⟦p:a|not slept properly for a year⟧".
"⟦d:a|Every time the post came I felt sick,⟧" he said outside the hearing centre. "⟦d:a|Today I can go back to the kitchen and just cook.⟧"
His employer, Ho Mei-Ling, who closed the restaurant for the day so staff could attend, said: "⟦d:c|He's not just a chef, he's family. Half of Rowbury signed the petition.⟧"
Siobhan Hartigan, the MP for Rowbury North, who had raised the case in Parliament, called the ruling "⟦p:b|a victory for common sense⟧" and urged the department to "⟦p:b|stop punishing people for other people's mistakes⟧".
A Home Affairs Department spokesperson said: "⟦d:e|We are considering the judgment carefully and it would be inappropriate to comment further.⟧"

### 040
@a Tobias Lindqvist | a consultant anaesthetist called by the prosecution
@b Kenji Harada-Boyle | an expert instructed by the defence
@c Cressida Blackwood | -
Two medical experts gave sharply conflicting evidence yesterday at the trial of an anaesthetist accused of the manslaughter of a 34-year-old woman who died during routine knee surgery.
Dr Lucas Ferreira-Moss, 49, denies gross negligence manslaughter over the death of Hannah Whitlow at the Orchard Private Hospital in Selbury in 2020. The prosecution says he left the operating theatre for 14 minutes to take a phone call.
Professor Tobias Lindqvist, a consultant anaesthetist called by the prosecution, told the jury: “⟦d:a|Leaving an anaesthetised patient without a qualified colleague in the room is something every trainee is taught never to do. It is not a grey area.⟧”
Asked by Cressida Blackwood KC, prosecuting, whether Ms Whitlow would have survived had the defendant been present, he said: “⟦d:a|In my opinion, on the balance of probabilities, yes. The fall in oxygen saturation would have been noticed within a minute or two and was readily treatable.⟧”
But Dr Kenji Harada-Boyle, an expert instructed by the defence, said the cardiac event that killed Ms Whitlow was “⟦p:b|rare, sudden and catastrophic⟧”.
“⟦d:b|I have seen this happen with the most experienced anaesthetist in the world standing at the head of the bed,⟧” he said. “⟦d:b|I am not able to say that his presence would have changed the outcome.⟧”
Under cross-examination, Ms Blackwood put it to him that he had “⟦p:c|started from the conclusion and worked backwards⟧”.
“⟦d:b|That is not how I work,⟧” Dr Harada-Boyle replied.
Ferreira-Moss is expected to give evidence next week.

### 041
@a Dawn Whitcroft | Animal Welfare League inspector
@b Harpreet Gill | -
@c Malcolm Osei | Chair of the bench
@d Animal Welfare League | -
A Hadleigh Moor dog owner who left two German shepherds to starve in a garden shed has been banned from keeping animals for life.
Craig Tolley, 44, of Station Cottages, Hadleigh Moor, admitted two charges of causing unnecessary suffering at Fenbridge Magistrates' Court.
Animal Welfare League inspector Dawn Whitcroft found the dogs, named Bruno and Roxy, lying in their own mess with no food and a frozen water bowl.
"⟦d:a|In 19 years I have seen some terrible things, but I will not forget the state of that shed,⟧" she said in a statement read to the court. "⟦d:a|Bruno could not stand. He weighed less than half what a dog of his size should.⟧"
Harpreet Gill, representing Tolley, said her client had been "⟦p:b|in a very dark place⟧" after losing his job and his mother within a month.
"⟦d:b|He is not a cruel man. He is a man who stopped being able to look after himself, let alone two dogs,⟧" Ms Gill said.
Chair of the bench Malcolm Osei told Tolley: "⟦d:c|Whatever was going on in your life, these animals depended on you entirely. You could have asked for help. There are organisations who would have taken them in a heartbeat.⟧"
Tolley was given a 16-week suspended sentence and ordered to pay £650 costs. Both dogs have since recovered and been rehomed.
The Animal Welfare League said: "⟦d:d|We're delighted to say Bruno and Roxy are now happy, healthy and living with new families who adore them.⟧"

### 042
@a Nkemelu | Lord Justice
@b Frankland | Lady Justice
@c Oyebanji | Lord Justice
@d Independent Couriers' Union | -
@e Bogdan Ilie | Its general secretary
@f Zipnest | -
The Court of Appeal has ruled by a majority that couriers working for the delivery app Zipnest are “⟦s:-|workers⟧” entitled to holiday pay and the minimum wage, overturning a decision of the Employment Appeal Tribunal.
Giving the leading judgment, Lord Justice Nkemelu said the company's contracts, which describe riders as “⟦s:-|independent delivery partners⟧”, did not reflect “⟦p:a|the reality of the relationship on the ground⟧”.
“⟦d:a|A rider who can be deactivated without explanation, whose routes and rates are set by an algorithm he cannot see, and who cannot in practice send a substitute, is not running a business of his own,⟧” he wrote.
Lord Justice Oyebanji, agreeing, said the tribunal below had placed “⟦p:c|too much weight on the label and too little on the facts⟧”.
Lady Justice Frankland dissented. “⟦d:b|I have considerable sympathy with the riders' position,⟧” she wrote. “⟦d:b|But the right of substitution in these contracts is genuine and has been exercised, and I do not consider that this court is entitled to rewrite a bargain because it dislikes the result.⟧”
The Independent Couriers' Union, which brought the case on behalf of 46 riders, called the ruling “⟦p:d|a landmark⟧”. Its general secretary, Bogdan Ilie, said: “⟦d:e|Every rider who's ever been cut off by an app with no reason given will be reading this judgment tonight.⟧”
Zipnest said it was “⟦p:f|disappointed⟧” and would seek permission to appeal to the Supreme Court.

### 043
@a Marcus Delacroix-Hume | The former health secretary
@b Imran Siddiqui | Lead counsel to the inquiry
@c Ellerby | the inquiry chair
@d Teresa Mulgrew | -
The former health secretary Marcus Delacroix-Hume has told the Vestmark Flu Inquiry he was “⟦p:a|not told the full picture⟧” about shortages of protective equipment in care homes until it was “⟦p:a|far too late to change course⟧”.
Giving evidence for a second day, Delacroix-Hume pointed to a departmental briefing note of March 2020 which described supplies as “⟦p:-|adequate for the foreseeable period⟧”.
Lead counsel to the inquiry, Imran Siddiqui KC, then showed him a message he had sent to an adviser in April 2020. It read: “⟦d:a|Care homes are a mess. Do NOT let this get out before the weekend.⟧”
“⟦d:b|What was it you didn't want to get out, Mr Delacroix-Hume?⟧” Siddiqui asked.
“⟦d:a|The numbers. We didn't have reliable numbers and I didn't want a half-finished picture in the papers,⟧” he replied.
“⟦d:b|Or was it that the numbers were bad?⟧”
“⟦d:a|They were bad. I've never said otherwise.⟧”
At one point the inquiry chair, Baroness Ellerby, asked the former minister to stop referring to care home residents as “⟦s:-|the sector⟧”. “⟦d:c|These were people's mothers and fathers,⟧” she said.
Outside, Teresa Mulgrew, of Vestmark Bereaved Families for Justice, whose father died in a care home in Holbeck Vale, said the evidence had been “⟦p:d|painful to listen to⟧”. “⟦d:d|He's sorry now. He wasn't sorry when it mattered,⟧” she said.

### 044
@a - | The boy
@b Hartley Mensforth | Judge
@c Lorna Chisholm | The victim's mother
@d Arjun Mehta | Superintendent
A 15-year-old boy who stabbed a schoolmate at a bus stop after a row on social media has been sentenced to four years' detention.
The boy, who cannot be named because of his age, admitted wounding with intent at Calderbrook Crown Court. His victim, also 15, needed emergency surgery for a punctured lung.
In a letter to the court, the boy wrote: “⟦d:a|I don't know why I took the knife that day. I think I wanted people to think I was hard. I'm not. I'm sorry for what I did to him and his mum.⟧”
The victim's mother, Lorna Chisholm, told the court her son now refused to leave the house without her. “⟦d:c|He used to be out on his bike from morning till night,⟧” she said. “⟦d:c|Now he won't walk to the shop.⟧”
Judge Hartley Mensforth said he had read the boy's letter and believed it to be sincere.
“⟦d:b|But you need to understand that a sincere apology does not undo what you did,⟧” he told the boy, who stood beside his grandmother in the dock. “⟦d:b|You are fortunate you are not facing a charge of murder.⟧”
Superintendent Arjun Mehta, of Calderbrook Police, said: “⟦d:d|Carrying a knife doesn't make you safer. It makes it far more likely that you or someone else will end up in hospital, or worse.⟧”

### 045
@a Kwame Oduro-Benson | the leader of the Fair Fares Alliance
@b Farah Nazari | state prosecutor
@c Elias Haddad | Defence lawyer
@d Josephine Atuahene | Magistrate
A magistrate in Port Maren has refused bail to the leader of the Fair Fares Alliance, Kwame Oduro-Benson, who is charged with inciting public violence over last month's transport protests.
Hundreds of supporters gathered outside the Magistrate's Court on Harbour Road, chanting "⟦s:-|Free Kwame!⟧" and holding placards reading "⟦s:-|Fares Not Fear⟧".
Inside, state prosecutor Farah Nazari told the court that Oduro-Benson posed "⟦p:b|a real and present risk⟧" of further unrest.
"⟦d:b|The accused has a following of tens of thousands online. On the evening of the 14th he told them, and I quote, 'Tomorrow we shut this city down,'⟧" Nazari said. "⟦d:b|The next day, three buses were set alight.⟧"
Defence lawyer Elias Haddad said his client had "⟦p:c|repeatedly and publicly⟧" called for peaceful protest. "⟦d:c|He cannot be held responsible for the actions of every person who ever liked one of his posts,⟧" Haddad said.
Magistrate Josephine Atuahene said she was "⟦p:d|not persuaded⟧" that bail conditions would be enough.
"⟦d:d|The court must consider not only the risk of flight but the risk of further offences. On the material before me, that risk is real,⟧" she said.
As he was taken down to the cells, Oduro-Benson raised a fist to the public gallery and called out: "⟦d:a|Keep it peaceful. Keep going.⟧"
The case was postponed to 2 May.

### 046
@a Ingrid Halvorsen-Price | a former compliance officer in the bank's financial crime unit
@b Peregrine Ashcroft-Bell | counsel for the bank
@c Rufus Tallow | the bank's former head of compliance
@d Zainab Rahman-Cole | Employment Judge
A whistleblower who claims she was forced out of Castellan Bank after flagging suspicious transfers linked to a sanctioned businessman told an employment tribunal she was treated as ``⟦p:a|the office troublemaker⟧'' from the day she raised the alarm.
Ingrid Halvorsen-Price, a former compliance officer in the bank's financial crime unit, is claiming whistleblowing detriment and constructive unfair dismissal.
``⟦d:a|I escalated eleven transactions in a fortnight. Each of them had the same intermediary, the same round numbers and the same vague description: consultancy services,⟧'' she told the tribunal in central Harwick on Tuesday.
``⟦d:a|After that I was taken off the team's group chat, my appraisal was downgraded and my manager started copying HR into every email he sent me.⟧''
Cross-examining her, Peregrine Ashcroft-Bell, counsel for the bank, suggested her performance had been declining before she raised concerns.
``⟦d:b|You'd missed two deadlines in the previous quarter, hadn't you?⟧'' he asked.
``⟦d:a|I'd missed two deadlines because I was the only person in the team doing the work of three,⟧'' she said.
Rufus Tallow, the bank's former head of compliance, told the tribunal he had ``⟦p:c|absolutely no recollection⟧'' of the meeting at which she says her concerns were dismissed.
``⟦d:c|If I'd thought for one second that the bank was being used to move dirty money, I'd have been the first to report it,⟧'' he said.
Employment Judge Zainab Rahman-Cole asked him why the transactions were not reported to regulators until after Ms Halvorsen-Price resigned. ``⟦d:d|That is the question I most want answered in this case, Mr Tallow,⟧'' she said.
The hearing continues.

### 047
@a Nuala Fitzgerald | area coroner
@b Zbigniew Kowal | the driver of the tipper lorry
@c Aled Parry | a forensic collision investigator
@d Jean-Luc Marchal | Mrs Marchal's husband
A music teacher who was crushed by a tipper lorry as she cycled to work was killed in a collision the driver “⟦p:b|never saw coming⟧”, an inquest heard.
Beatrice Marchal, 52, died at the junction of Gowan Street and Tanner's Row in Kelham on 7 September 2022.
Zbigniew Kowal, the driver of the tipper lorry, said he had checked all his mirrors before turning left. “⟦d:b|I looked. I looked twice. I did not see her. I have asked myself every day since then how I did not see her,⟧” he said, his voice breaking.
Pc Aled Parry, a forensic collision investigator, said the lorry had a blind spot on its nearside “⟦p:c|large enough to hide a bus shelter⟧”.
“⟦d:c|Mrs Marchal would have been visible in the lorry's nearside mirrors for approximately two seconds before the turn began,⟧” he said. “⟦d:c|In my view it is not surprising that she was missed.⟧”
Recording a conclusion of road traffic collision, area coroner Nuala Fitzgerald said she would issue a prevention of future deaths report calling for all construction lorries operating in the city to be fitted with side sensors and cameras.
“⟦d:a|This collision was not caused by recklessness on anyone's part. It was caused by a vehicle design that left a cyclist invisible at the moment it mattered most,⟧” she said.
Mrs Marchal's husband, Jean-Luc Marchal, said afterwards: “⟦d:d|Beatrice taught hundreds of children to play the cello. I want her name to mean that the next cyclist goes home.⟧”

### 048
@a Mariusz Zieliński | the witness
@c Julian Metcalfe | -
@e Oluwatoyin Bakare | Prosecutor
A man who says he was made to work 14-hour days laying block paving for no pay told a jury he was kept in a caravan with “⟦p:a|no toilet, no heating and no hope⟧”.
Mariusz Zieliński, 44, gave evidence through a Polish interpreter at Dunmere Crown Court in the trial of brothers Lee Garside, 51, and Wayne Garside, 47, who deny conspiracy to hold a person in slavery or servitude.
“⟦d:a|They said I would get £50 a day and a room. I got a caravan and, on some days, a sandwich,⟧” he said.
He told the court he had been recruited outside a homeless shelter in his home town.
“⟦d:a|When I asked for money, Lee said, ‘You owe us for the petrol, for the caravan, for the food.’ Every week the debt was bigger. I could never finish paying.⟧”
Prosecutor Oluwatoyin Bakare asked why he had not simply left. “⟦d:e|What stopped you walking away?⟧”
“⟦d:a|They had my passport. I had no English. Where would I go?⟧”
Julian Metcalfe, for Lee Garside, suggested that Mr Zieliński had been free to come and go and had been seen drinking in a village pub. “⟦d:c|You weren't locked in, were you?⟧” he asked.
“⟦d:a|There is more than one way to lock a man in,⟧” the witness replied.
The trial continues.

### 049
@a Drummondhill | the judge
@b Kirsty Ballantyne | Advocate depute
@c Aonghas MacPhail | -
@d Simran Bhogal | Mr Bhogal's daughter
A man who killed a shopkeeper with a single punch during a row over a bottle of vodka has been jailed for five years.
Darren Shearer, 33, admitted the culpable homicide of Rajinder Bhogal, 61, at his corner shop in Invercarron in December 2022, when he appeared at the High Court in Dunmarnock.
Advocate depute Kirsty Ballantyne told the court that Mr Bhogal had refused to serve Shearer because he was “⟦p:b|clearly intoxicated⟧” and had asked him to leave.
“⟦d:b|The accused punched Mr Bhogal once to the side of the head. He fell backwards and struck his head on the tiled floor. The accused then stepped over him, took the bottle and left the shop,⟧” she said.
Aonghas MacPhail KC, defending, said his client had “⟦p:c|no memory whatsoever⟧” of the incident. “⟦d:c|He has to live with the knowledge that he took a decent man's life for a bottle of vodka. He finds that almost impossible to bear,⟧” Mr MacPhail said.
Mr Bhogal's daughter, Simran Bhogal, said in a victim statement: “⟦d:d|My father opened that shop at seven every morning for thirty-two years. He knew every child on the street by name. He was kind to people who were not kind to him.⟧”
Sentencing, the judge, Lord Drummondhill, said: “⟦d:a|You walked into that shop drunk and aggressive, you were rightly refused service, and you reacted with violence. The consequences were fatal, and you then compounded your crime by stealing from the man you had left dying on the floor.⟧”

### 050
@a Chantelle Okoro-Daly | -
@b Bernadette Okoro | Her mum
@c Rupert Hale | -
@d Gary Blenkin | -
@e Miriam Oyelowo | Judge
A BRIDE-to-be sobbed in court as she told how her fiancé blew their entire £28,000 wedding fund on online bingo - then lied that the venue had gone bust.
Chantelle Okoro-Daly, 31, said she only found out the truth two weeks before the big day when she rang the hotel to check on the seating plan.
"⟦d:a|They said, 'What wedding? It was cancelled in March,'⟧" she told Haverley Crown Court. "⟦d:a|I just stood in the kitchen with the phone in my hand. I couldn't breathe.⟧"
Gary Blenkin, 34, of Larch Way, Haverley, admitted fraud by false representation. Some of the cash came from Chantelle's late dad's life insurance.
Her mum, Bernadette Okoro, 58, said: "⟦d:b|He sat at our table every Sunday for five years. He looked me in the eye and told me he'd paid the deposit. I will never forgive him.⟧"
Defending, Rupert Hale said Blenkin had a "⟦p:c|serious and long-standing gambling addiction⟧" and was now attending a support group.
Blenkin, who wept throughout, whispered "⟦d:d|I'm sorry, Chan⟧" as he was led to the cells.
Judge Miriam Oyelowo jailed him for 20 months, telling him: "⟦d:e|You have taken not just money, but a day that was supposed to be the happiest of her life, and her trust in the man she loved.⟧"

### 051
@a Emmanuel Adjei-Forde | The inquiry chairman
@b Debbie Whitlam | a childminder from the Ashlea estate
@c Graham Redfern | chief operating officer of Tarnside Water
@e Lucy Okwu | Counsel to the inquiry
There were angry scenes at the opening of the public inquiry into the Tarnside water contamination on Monday, as residents heckled a water company executive who told the hearing that the risk to health had been “⟦p:c|low throughout⟧”.
More than 2,000 people in the Ashlea and Brookfield areas of Tarnside fell ill with stomach complaints in the summer of 2023 after a parasite entered the water supply.
Graham Redfern, chief operating officer of Tarnside Water, said the company had issued a boil-water notice “⟦p:c|as soon as the test results were confirmed⟧”.
“⟦d:-|That's a lie!⟧” came a shout from the back of the hall. “⟦d:-|My kids were sick for four days before you told us anything!⟧”
The inquiry chairman, Sir Emmanuel Adjei-Forde, called for calm. “⟦d:a|I understand the strength of feeling in this room. I share it. But this inquiry will only get to the truth if witnesses can be heard,⟧” he said.
Redfern continued: “⟦d:c|I want to say directly to the people of Ashlea and Brookfield that I am sorry. We did not get this right.⟧”
Counsel to the inquiry, Lucy Okwu, asked him when the company first became aware of abnormal readings at the Holme Bridge treatment works.
“⟦d:e|Was it the Friday or the Tuesday?⟧” she asked.
“⟦d:c|I believe it was the Friday,⟧” Redfern said.
“⟦d:e|So four days.⟧”
“⟦d:c|Four days before the notice. Yes.⟧”
Earlier, Debbie Whitlam, a childminder from the Ashlea estate, told the inquiry that one of the toddlers she looks after had been admitted to hospital. “⟦d:b|His mum still won't give him tap water. None of us trust it,⟧” she said.

### 052
@a Nkechinyere Ugwu | Justice
@b Babatunde Olawale | Counsel to the appellant
@c Halima Bello-Yusuf | The state's Director of Public Prosecutions
@d Ikenna Obiora | the appellant
@e Court of Appeal | -
The Court of Appeal sitting in Oduaran has set aside the death sentence passed on a 32-year-old motorcycle mechanic convicted of armed robbery in 2016, holding that his conviction rested on a confession "⟦p:e|obtained in circumstances that raise serious doubt as to its voluntariness⟧".
Delivering the lead judgment, Justice Nkechinyere Ugwu said the trial court had erred in admitting the confessional statement of the appellant, Ikenna Obiora, without conducting a trial-within-trial.
"⟦d:a|It is settled law that where an accused person retracts a confessional statement on the ground that it was obtained under duress, the trial court is bound to determine its voluntariness before admitting it. That was not done here,⟧" the judge held.
"⟦d:a|The conviction cannot stand.⟧"
Counsel to the appellant, Chief Babatunde Olawale, SAN, told journalists after the judgment that his client had spent "⟦p:b|eight years on death row for an offence he did not commit⟧".
"⟦d:b|This is a young man who was picked up at his workshop, beaten in a police cell and made to thumbprint a document he could not read. Today the law has spoken,⟧" Olawale said.
The state's Director of Public Prosecutions, Halima Bello-Yusuf, said the state would study the judgment before deciding whether to appeal to the Supreme Court. "⟦d:c|We respect the decision of the court,⟧" she said.
Obiora, who wept openly in the dock, said only: "⟦d:d|God has answered.⟧"

### 053
@a Colin Ashby-Ward | Judge Advocate
@b Ryan Tasker | Lance Corporal
@c Amara Fofanah | one of the four recruits
@d Helen Rowsell | Lieutenant Colonel
@e - | A Defence Forces spokesperson
A lance corporal who forced junior soldiers to crawl through a freezing river as an unofficial “⟦s:-|welcome⟧” has been demoted and sentenced to 120 days' detention by a court martial.
Lance Corporal Ryan Tasker, 26, of the 2nd Battalion, Fenwick Rifles, admitted two charges of ill-treatment of subordinates at the Military Court Centre in Ravensmoor.
Prosecuting, Lieutenant Colonel Helen Rowsell said four recruits were ordered into the River Teal at night in January while Tasker and others filmed on their phones.
“⟦d:d|One of the recruits was unable to swim. He was told that if he got out before he was given permission, he would have to go back in,⟧” she said.
Private Amara Fofanah, 19, one of the four recruits, said in a statement: “⟦d:c|I thought I was going to die in that water. I joined the Army to serve, not to be treated like that by the people who were supposed to be looking after us.⟧”
Tasker told the court he had been subjected to the same treatment when he joined. “⟦d:b|I thought it was just what you did. I know now how wrong that was,⟧” he said.
Sentencing him, Judge Advocate Colin Ashby-Ward said: “⟦d:a|The Army depends on trust between ranks. You abused the authority you had been given over young soldiers in your care, and you did it for entertainment.⟧”
A Defence Forces spokesperson said the service had “⟦p:e|zero tolerance⟧” for bullying.

### 054
@a Mair Llewelyn-Hughes | senior coroner
@b Gethin Howells | deputy team leader of Carnedd Mountain Rescue Team
@c Sven Aaltonen | His walking companion
@d - | his family
A hillwalker who died after being caught in a sudden whiteout on Moel Garreg had planned the route ``⟦p:a|meticulously⟧'' and was not to blame for his death, a coroner has concluded.
Matthew Ellery, 58, a retired engineer from Tarvin Cross, fell more than 150 metres from a ridge in February last year.
His walking companion, Sven Aaltonen, told the inquest in Caerwen that conditions changed ``⟦p:c|in the space of ten minutes⟧''.
``⟦d:c|When we set off the sky was blue. We could see the summit. Then the cloud came in from the west and it was like someone had switched the world off,⟧'' he said.
``⟦d:c|I shouted to him. I heard him answer once. Then nothing.⟧''
Gethin Howells, deputy team leader of Carnedd Mountain Rescue Team, said 34 volunteers searched through the night. ``⟦d:b|The conditions were as bad as I have known in twenty years with the team. We were roped together at times just to stay on the path,⟧'' he said.
Recording a conclusion of accidental death, senior coroner Mair Llewelyn-Hughes said Mr Ellery had been ``⟦p:a|experienced, well equipped and well prepared⟧''.
``⟦d:a|This was a tragic accident. Mountains can change very quickly, and even the most careful walker can be caught out,⟧'' she said.
In a statement, his family said: ``⟦d:d|Matt loved these hills more than anywhere on earth. We take some comfort that he was somewhere he loved.⟧''

### 055
@a Ama Kyeremateng | Sprinter
@b Gideon Lau | the tribunal's chair
@c Matteo Rinaldi | -
@d Desmond Ayew-Clarke | Her coach
@e Sport Integrity Agency | -
Sprinter Ama Kyeremateng has been banned for four years after an independent tribunal rejected her claim that a banned steroid entered her system through a contaminated kebab.
She tested positive for trenbolone at an out-of-competition test in Marbury in April.
In a written decision published on Thursday, the tribunal's chair, Gideon Lau, said the athlete's explanation was “⟦p:b|speculative and wholly unsupported by evidence⟧”.
“⟦d:b|The panel accepts that meat contamination is possible in principle. But Ms Kyeremateng was unable to identify where or when she ate the meat in question, and no sample of it was ever tested,⟧” the decision said.
Matteo Rinaldi, for the Sport Integrity Agency, had told the hearing that the concentration found was “⟦p:c|entirely inconsistent⟧” with accidental ingestion. “⟦d:c|Athletes must take responsibility for what they put in their bodies. That is the rule, and it has to apply to everyone,⟧” Rinaldi said.
Kyeremateng said in a statement on social media: “⟦d:a|I have never knowingly taken a banned substance in my life. I am devastated and I will be appealing.⟧”
Her coach, Desmond Ayew-Clarke, said: “⟦d:d|I've known Ama since she was thirteen. I'd stake my house on her being clean.⟧”
The Sport Integrity Agency said the ruling sent “⟦p:e|a clear message⟧” to athletes at every level.

### 056
@a Aaron Kessel | -
@b Jamal Bishara | -
@c Fenella Dacre-Simmons | Prosecutor
@d Eunice Pargeter | a retired dinner lady
@e Imran Chaudhry | Kessel's barrister
Two young men ran a "⟦s:-|safe account⟧" scam that conned pensioners out of more than £600,000 and joked about their victims in WhatsApp messages, a court heard.
Aaron Kessel, 23, and Jamal Bishara, 24, both of Lower Mitre, deny conspiracy to commit fraud at Blackwater Crown Court.
Prosecutor Fenella Dacre-Simmons said the pair posed as bank fraud investigators and persuaded victims to move their savings into accounts they controlled.
The jury was shown messages between the pair recovered from Kessel's phone. In one, sent after an 81-year-old woman transferred £48,000, Kessel wrote: "⟦d:a|Nan just paid for my car lol.⟧"
Bishara replied: "⟦d:b|Told you the posh voice works.⟧"
"⟦d:c|These messages tell you everything you need to know about how the defendants regarded the people they were stealing from,⟧" Ms Dacre-Simmons said.
Eunice Pargeter, 82, a retired dinner lady, gave evidence by video link from her home. "⟦d:d|He sounded so kind. He said, 'Don't worry, Mrs Pargeter, we're going to keep your money safe,'⟧" she said.
"⟦d:d|I'd saved that money for my funeral, so my children wouldn't have to pay.⟧"
Kessel's barrister, Imran Chaudhry, told the jury the messages were "⟦p:e|crass⟧" but that his client had been "⟦p:e|a foot soldier, not a general⟧".
The trial continues.

### 057
@a Declan Furlong | Pc
@b Adeola Ikpeazu | The legally qualified chair
@c Sharon Pemberton | Leah's mother
@d Morwenna Tregear | Chief Constable
A police officer who shared photographs of a murder victim's body in a WhatsApp group called “⟦s:-|The Lads⟧” has been dismissed for gross misconduct.
Pc Declan Furlong, 34, of Ashmoor Police, was one of the first officers at the scene in Gorse Lane in March 2023, where the body of 19-year-old student Leah Pemberton was found.
A misconduct panel heard he took two photographs on his personal phone and posted them to the group with the caption: “⟦d:a|Bit of a grim one tonight.⟧”
The legally qualified chair, Adeola Ikpeazu, said his conduct was “⟦p:b|a profound betrayal of the trust placed in police officers by the public and by the families of victims⟧”.
“⟦d:b|Pc Furlong treated the body of a young woman as something to be shared for entertainment. There is no sanction short of dismissal that could be appropriate,⟧” she said.
Furlong did not attend the hearing. In a written submission he said: “⟦d:a|I wasn't thinking. I deleted them within the hour. I'd give anything to take it back.⟧”
Leah's mother, Sharon Pemberton, said: “⟦d:c|We found out from a journalist that our daughter's body had been passed around a group chat. I don't have the words for what that did to us.⟧”
Chief Constable Morwenna Tregear said: “⟦d:d|I apologise unreservedly to Leah's family. This officer's behaviour disgusted me and it will disgust the overwhelming majority of officers in Ashmoor.⟧”

### 058
@a Barnaby Quist | a 61-year-old cheese broker
@b Lavinia Osei-Fairbairn | -
@c - | one usher
@d Eamon Ryle | Judge
By the ninth week of what the tabloids insist on calling “⟦s:-|the Great Cheddar Heist⟧”, the public gallery at Wendlebury Crown Court had thinned to a handful of regulars: two retired solicitors, a man in a waxed jacket who brings a flask, and me.
The case concerns 22 tonnes of vintage cheddar that vanished from a maturing store near Combe Otterly over a single bank holiday weekend. The man in the dock, Barnaby Quist, a 61-year-old cheese broker, insists that it was all “⟦p:a|a catastrophic misunderstanding about pallets⟧”.
On Tuesday he gave evidence for the first time. He is a good witness, in the sense that he is enjoyable to listen to.
“⟦d:a|I have been in cheese for forty years,⟧” he told the jury, “⟦d:a|and I have never once knowingly moved a wheel that wasn’t mine.⟧”
Lavinia Osei-Fairbairn, prosecuting, has a way of letting an answer hang in the air. “⟦d:b|Never once, Mr Quist?⟧” she asked.
“⟦d:a|Not knowingly.⟧”
“⟦d:b|And unknowingly?⟧”
A long pause. “⟦d:a|Cheese is a complicated business.⟧”
The man in the waxed jacket laughed out loud and was given a look by Judge Eamon Ryle that would have curdled milk. “⟦d:d|This is not a pantomime,⟧” the judge said, to nobody in particular.
At the lunch break, one usher told me the case had acquired a nickname among the court staff, which she would not repeat but which rhymes with “⟦s:-|Brie⟧”.
“⟦d:c|We’ve had murders that were shorter,⟧” she said.
Quist denies theft. The trial continues, inevitably.

### 059
@a Harriet Colquhoun | Fiona's sister
@b Parole Commission | -
@c Rajesh Nair-Woodward | Justice Minister
@d Paul Devereux | Mowbray's solicitor
The sister of a nurse murdered by her former partner in 2006 said on Wednesday she was "⟦p:a|horrified⟧" that he is to be released from prison, and called on the government to intervene.
Gareth Mowbray, now 54, was jailed for life with a minimum term of 16 years for stabbing Fiona Colquhoun 23 times at her home in Linfield Park.
The Parole Commission said in a summary of its decision that Mowbray had completed "⟦p:b|extensive offending behaviour work⟧" and that his risk could be "⟦p:b|safely managed in the community⟧" under strict licence conditions.
Fiona's sister, Harriet Colquhoun, said the family was told the news by letter. "⟦d:a|We read it standing in the hallway. Two paragraphs. That's what Fiona's life is worth to them,⟧" she said.
"⟦d:a|He never admitted it. Not once in eighteen years. How can you be rehabilitated from something you won't admit?⟧"
Justice Minister Rajesh Nair-Woodward said he had "⟦p:c|huge sympathy⟧" for the family and had asked officials to examine whether the decision could be challenged. "⟦d:c|I will look at this personally,⟧" he told reporters.
Mowbray's solicitor, Paul Devereux, said: "⟦d:d|My client has served his sentence and has been assessed by independent experts as suitable for release. He will abide by every condition placed upon him.⟧"

### 060
@a Yusuf Demir | the owner of Crumb & Co in Eastgate
@b Natalie Brightwell-Cho | -
@c Hilary Mwangi | District Judge
@d Daniel Cho | Her husband
A bride who said her £1,400 wedding cake looked like it had been “⟦p:b|sat on by a horse⟧” has lost her claim for a full refund - but won back £350.
Natalie Brightwell-Cho sued Yusuf Demir, the owner of Crumb & Co in Eastgate, after the four-tier cake collapsed at her reception at Fenwick Hall in June.
At Westmere County Court, she showed District Judge Hilary Mwangi photographs of the cake leaning at what she called “⟦p:b|a forty-five-degree angle⟧”.
“⟦d:b|Half our guests were filming it. My aunt said it looked like the Leaning Tower of Pisa,⟧” she said. “⟦d:b|It's on about nine different phones.⟧”
Mr Demir said the cake had been perfect when it was delivered, and blamed the venue for placing it next to a radiator.
“⟦d:a|It's buttercream, madam. It's not concrete,⟧” he told the court. “⟦d:a|You put buttercream next to a radiator in June, it will move.⟧”
Her husband, Daniel Cho, who also gave evidence, said the cake was “⟦p:d|already wonky⟧” when it came out of the van.
The judge found that both sides bore some responsibility. “⟦d:c|I am satisfied that the cake was not as structurally sound as it should have been. I am equally satisfied that a radiator did it no favours,⟧” she said.
“⟦d:c|Nobody comes out of this entirely happy, which I suspect is true of a lot of weddings.⟧”

### 061
@a Sunita Raghavan | Judge
@b - | A source familiar with the proceedings
@c - | A court official
@d Conrad Heilbrun | Delgado-Finch's attorney
@e Tallis County Prosecutor's Office | -
A judge in Tallis County abruptly dismissed the jury in the bribery trial of former county commissioner Ray Delgado-Finch on Monday, declaring a mistrial after learning that a juror had been researching the case online.
Judge Sunita Raghavan told the courtroom she had “⟦p:a|no choice⟧” after a juror admitted reading news coverage of the trial on his phone during a lunch break.
“⟦d:a|I want to be clear that I do not believe this was done with any bad intent,⟧” Raghavan said. “⟦d:a|But the integrity of this process depends on the jury deciding the case on the evidence presented in this room and nothing else.⟧”
A source familiar with the proceedings said the juror had been reported by another member of the panel. “⟦d:b|She saw him scrolling and said something to the bailiff. It went from there,⟧” the source said.
A court official, who spoke on condition of anonymity because he was not authorized to discuss the matter, said it was the second mistrial in the courthouse this year. “⟦d:c|Everybody's got a phone. You can tell them a hundred times,⟧” he said.
Delgado-Finch's attorney, Conrad Heilbrun, said his client was “⟦p:d|frustrated but ready to do it all again⟧”.
“⟦d:d|Mr. Delgado-Finch has waited two years for his day in court. He'll wait a little longer,⟧” Heilbrun said in a statement.
The Tallis County Prosecutor's Office said it intended to retry the case “⟦p:e|as soon as the court's calendar allows⟧”.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh75.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh75",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
