# ruff: noqa: E501
"""Build ``quotes_fresh115.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets (the opening passages of
``build_quotes_fresh58.py`` were read only as a model of the file's shape). The set is
meant to be evaluated once, as an honest measure on unseen text. Its focus is courts,
tribunals and public inquiries: criminal trials with witnesses giving evidence and
being cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, and employment, immigration,
property and disciplinary tribunals, written as wire, broadsheet, local-paper,
tabloid, magazine and broadcaster court reports.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh115-NNN``.

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

* Court-report role participles (``prosecuting``, ``defending``, ``mitigating``,
  ``dissenting``) are the description, whether set off after the name (``Imogen Slate
  KC, prosecuting,``) or opening the sentence before it (``Defending, Yasmin Farouk
  asked``); they win over a rank standing before the name (``Lieutenant Colonel
  Desmond Aryee, prosecuting,``).
* Judicial styles (``Judge``, ``Justice``, ``Mr Justice``, ``Lord Justice``,
  ``District Judge``, ``Recorder``, ``Employment Judge``, ``Justice of Appeal``) and
  police or military ranks (``PC``, ``Det Ch Insp``, ``Garda Sergeant``,
  ``Corporal``) are role titles: left out of the name, and the description when the
  passage gives no appositive. Where only a surname follows the style (``Lady Justice
  Rourke``, ``Mr Justice Adekunle-Fraser``) that surname is the speaker. ``Sir``,
  ``Dame`` and ``Lady`` before a Supreme Court justice's surname are honorifics.
* A role title or relational phrase before the name combined with an appositive after
  it (``Its chair, Morwenna Pask, 72, a retired librarian``): the appositive is the
  description. A phrase set off by commas before the name (``the victim, Shane
  Colfer``, ``The judge, Mr Justice Aldous-Gray``) is an appositive. A non-restrictive
  relative clause after an appositive (``…, in which nine people died``) is not part
  of it.
* A named speaker introduced with no appositive or title takes the definite
  description used at a cue of their speech (``the pilot muttered``), including a lead
  sentence that introduces them that way (``The former chief executive of … has
  told``); an indefinite one (``A woman has told a jury``) is not taken.
* A speaker who is never named: the description is the noun phrase that refers to
  them at the cue of their first quote, with its restrictive relative clause (``A woman
  who lost her life savings to …``); where that cue is a pronoun, the nearest noun
  phrase before it that refers to them (``the journalist told the tribunal …``); an
  appositive to that phrase is preferred, as for named speakers (``One juror, a retired
  nurse who asked …``).
* Statements, letters and victim impact statements read to the court by someone else
  belong to their author; so do quoted judgments, determinations, coroners' reports and
  police interviews (``the judgment said`` → the judge who wrote it). Messages read to
  a jury belong to their sender where the passage says who that is, otherwise to a
  null speaker described as ``the sender``.
* A finding or remark quoted from a body with no named author (``An inquest jury has
  found``, ``a division bench … observing``, ``magistrates who said``, ``a
  disciplinary panel found``) has a null speaker and that body as the description.
* Words a witness or the reporter says someone uttered, quoted in the reporter's own
  sentence (``she heard her former partner threaten to "sort out" his neighbour``, ``he
  had told a prison nurse he was «hearing the voices again»``, ``Mr Varney said, "I
  know why you're here."`` in a transcript), belong to the person said to have uttered
  them, not to the witness recounting them. A briefing instruction recalled with no
  identified source is ``direct`` with speaker and description null.
* Quoted formal labels (the ground of a dismissal, a product, a fraudster's persona, a
  group chat, a diet level) are ``scare``; a phrase the passage attributes to a group of
  people (``what her lawyers describe as …``) is ``partial`` with a null speaker and
  that group as the description.
* In cross-examination printed as alternating quote-only paragraphs each turn belongs
  to the person whose turn it is; a first-person writer's question (``I asked``) is
  ``direct`` with speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh115.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh115.jsonl")

PASSAGES = """
### 001
@a Shauna Doherty | the defendant's former partner
@b Imogen Slate | prosecuting
@c Lewis Arkwright | defending
@d Callum Breen | -
@e Rosalind Marr | Judge
A woman has told a jury she heard her former partner threaten to "⟦p:d|sort out⟧" his neighbour hours before a fire that killed the 71-year-old at his home in Coldharbour.
Shauna Doherty, the defendant's former partner, was giving evidence on the third day of the trial of Callum Breen, 38, at Castlebrook Crown Court. Breen denies murder and arson with intent to endanger life.
Ms Doherty said Breen had come home "⟦p:a|in a right state⟧" on the evening of 14 March after an argument with Dennis Fairweather over a parking space outside their terrace on Ropewalk Lane.
"⟦d:a|He kept saying Dennis had it coming. He said he was going to sort him out once and for all,⟧" she told the court.
Imogen Slate KC, prosecuting, asked her: "⟦d:b|What did you understand him to mean by that?⟧"
"⟦d:a|I thought he meant he'd have a word. I didn't think he meant anything like this,⟧" Ms Doherty replied, before breaking down in tears.
Under cross-examination, Lewis Arkwright, defending, suggested she had "⟦p:c|every reason in the world⟧" to blame his client, because the couple had separated acrimoniously weeks before the trial.
"⟦d:c|You're angry with him, aren't you?⟧" Mr Arkwright asked.
"⟦d:a|I'm angry that a man is dead.⟧"
"⟦d:c|That isn't an answer to my question, Ms Doherty.⟧"
"⟦d:a|It's the only one I've got.⟧"
Judge Rosalind Marr allowed the witness a short break. "⟦d:e|Take as long as you need,⟧" she told her. "⟦d:e|There is water on the ledge beside you.⟧"
The trial continues.

### 002
@a Anwen Llewellyn-Price | Judge
@b Rosemary Penrose | the hall committee’s chairwoman
@c Daniel Opoku | mitigating
@d Tamsin Hale | Detective Constable
A former parish council treasurer who stole more than £212,000 from a village hall fund to pay for holidays and a share in a racehorse has been jailed for four years.
Malcolm Tregarthen, 61, of Polwenna Lane, St Issey Cross, admitted fraud by abuse of position at an earlier hearing.
Sentencing him at Penhallow Crown Court on Friday, Judge Anwen Llewellyn-Price said he had betrayed “⟦p:a|the trust of an entire community⟧”.
“⟦d:a:m|For almost nine years you treated money raised by bake sales, sponsored walks and the generosity of pensioners as your own private account. You lied to the hall committee, you forged bank statements, and when you were finally asked questions you blamed a dead man.⟧
“⟦d:a|That is not a lapse. It is a course of deliberate, calculated dishonesty, and only an immediate custodial sentence can mark it.⟧”
In a statement read to the court, the hall committee’s chairwoman, Rosemary Penrose, said the village had been left “⟦p:b|divided and ashamed⟧”.
“⟦d:b|People who gave a few pounds every week towards the new roof now cross the street rather than speak to each other,⟧” she wrote. “⟦d:b|Some of them have stopped coming to the hall altogether, and I cannot blame them.⟧”
Daniel Opoku, mitigating, told the court his client had a long-standing gambling addiction and was “⟦p:c|profoundly remorseful⟧”.
“⟦d:c|He knows there is nothing he can say in this courtroom that will repair the damage. He does not ask for sympathy,⟧” Mr Opoku said.
Tregarthen, who wore a grey suit and regimental tie, showed no emotion as he was led down to the cells.
Detective Constable Tamsin Hale, of Kernow and Devon Police’s economic crime unit, said after the hearing: “⟦d:d|This was a shameful betrayal of a small community by someone who held a position of trust. We will now pursue him for every penny he still has.⟧”

### 003
@a Keeley Marsh | flight attendant
@b Priya Sandhu | hairdresser
@c Conrad Ellery | His barrister
@d Miriam Gold | Recorder
@e Gareth Pennock | the pilot
A “⟦s:-|love cheat⟧” pilot who secretly married two women within eight months was rumbled when both brides turned up at the same hospital bedside, a court heard.
Dashing Gareth Pennock, 44, wed flight attendant Keeley Marsh in Las Vegas and then tied the knot with hairdresser Priya Sandhu at a country house hotel in Shropcombe — while still married to the first, Dunmore Crown Court was told.
The truth came out when Pennock was rushed into hospital with a burst appendix last spring and both women arrived claiming to be his wife.
“⟦d:a|I walked in and there was this woman holding his hand and crying. I said, ‘Who are you?’ and she said, ‘I’m his wife.’ I laughed. I honestly thought it was a wind-up,⟧” Keeley, 36, said outside court.
Priya, 33, added: “⟦d:b|He had two lives and two phones, and we were both mugs for believing every word. Well, not any more.⟧”
Pennock admitted bigamy. His barrister, Conrad Ellery, said his client had dug himself into “⟦p:c|a hole he could not climb out of⟧”.
“⟦d:c|He is not a Lothario. He is a weak man who could not bring himself to disappoint anybody, and in the end he disappointed everybody,⟧” Mr Ellery said.
Recorder Miriam Gold was not impressed. “⟦d:d|You deceived two women who loved you, and you did it for no better reason than that you lacked the courage to be honest with either of them,⟧” she said.
He was handed a 12-month suspended sentence and ordered to do 200 hours of unpaid work.
Asked by reporters whether he had a message for his two ex-wives, the pilot muttered: “⟦d:e|Sorry. That’s it.⟧”

### 004
@a Arjun Mehta | His friend
@b Helena Dunsford | Area coroner
@c Joanna Wiśniewska | his mother
@d - | A spokesperson for Lenningford County Council
A university student drowned after jumping into a fast-flowing river on a hot afternoon with friends, an inquest heard.
Tomasz Wiśniewski, 20, a second-year engineering student at Harlow Vale University, got into difficulty in the River Lenning near Millers Weir on 2 July last year.
His friend Arjun Mehta told the hearing at Lenningford Coroner's Court that the group had been swimming at the spot "⟦p:a|for about an hour⟧" before Tomasz jumped from the footbridge.
"⟦d:a|We'd all done it. It didn't look any different that day,⟧" Mr Mehta said. "⟦d:a|He went under and came up once, and he was laughing, and then he just wasn't there.⟧"
Mr Mehta said he had dived in three times trying to reach his friend. "⟦d:a|I couldn't see anything. The water was brown and it was pulling really hard.⟧"
Area coroner Helena Dunsford recorded a conclusion of misadventure.
"⟦d:b|Tomasz was, by every account, a kind, clever and much-loved young man,⟧" she said. "⟦d:b|The river at this point is deceptively dangerous. There are no warning signs on the footbridge, and I will be writing to the county council about that.⟧"
In a statement, his mother, Joanna Wiśniewska, said: "⟦d:c|Tomasz was our only son. He came to this country at six years old speaking no English and left it an engineer in all but name. We ask every young person: please, please do not swim in the river.⟧"
A spokesperson for Lenningford County Council said it would "⟦p:d|carefully consider⟧" the coroner's findings.

### 005
@a Lorraine Ashcombe | The former chief executive of Kestrel Vale Hospitals Trust
@b Benedict Oyelaran | Counsel to the inquiry
@c Gordon Felsted | The inquiry chair
@d Nadia Hussain | -
The former chief executive of Kestrel Vale Hospitals Trust has told a public inquiry she was “⟦p:a|never once⟧” warned that babies were dying avoidably on its maternity unit.
Dame Lorraine Ashcombe, who led the trust from 2012 to 2019, was giving evidence on day 41 of the inquiry at Harbury Civic Hall.
Counsel to the inquiry, Benedict Oyelaran KC, took her through a series of emails from senior midwives.
“⟦d:b|This is an email from the head of midwifery, dated March 2016. She writes, ‘We are frightened that we are going to lose another baby.’ Did you read it?⟧” Mr Oyelaran asked.
“⟦d:a|I don’t believe I did. It was sent to the director of nursing.⟧”
“⟦d:b|It was copied to you.⟧”
“⟦d:a|Then I must have received it. I received several hundred emails a day.⟧”
“⟦d:b|Is that an answer you would give to the families sitting behind me?⟧”
Dame Lorraine paused for several seconds. “⟦d:a|No. It isn’t. I’m sorry.⟧”
The inquiry chair, Sir Gordon Felsted, then intervened. “⟦d:c|Did the board ever discuss the unit’s stillbirth rate as an item of business?⟧” he asked.
“⟦d:a|Not as a specific item, as far as I can recall,⟧” she said.
Outside the hall, Nadia Hussain, whose daughter Layla died on the unit in 2017, said the evidence had been “⟦p:d|painful to sit through⟧”.
“⟦d:d|She says she’s sorry now. It’s nine years too late,⟧” Mrs Hussain said.

### 006
@a Sinéad Corrigan | Employment Judge
@b Kwabena Asante-Mensah | -
@c Rhys Pemberton | -
@d Brightloop Logistics | -
@e - | A spokesperson
A warehouse worker who was sacked after complaining about freezing temperatures has won his claim for unfair dismissal.
Kwabena Asante-Mensah, 52, worked as a picker at the Fernhill distribution centre operated by Brightloop Logistics for 11 years before he was dismissed in November 2023 for "⟦s:-|gross misconduct⟧".
In a written judgment, Employment Judge Sinéad Corrigan said the company's disciplinary process had been "⟦p:a|a sham⟧".
"⟦d:a|The tribunal has no hesitation in finding that the real reason for the claimant's dismissal was that he had raised, repeatedly and in writing, his concerns about working conditions in the chilled section,⟧" the judgment said.
"⟦d:a|His manager's evidence on this point was, frankly, not credible.⟧"
Mr Asante-Mensah told the tribunal in Ravensport that temperatures in the section regularly fell below 2C and that staff were not given thermal gloves.
"⟦d:b|My fingers would go white. I said this to my manager maybe ten times. He told me, 'If you don't like it, there's the door,'⟧" he said.
Rhys Pemberton, who managed the chilled section, told the hearing he did not recall the conversations. "⟦d:c|I would never have spoken to anybody like that,⟧" he said.
After the ruling, Mr Asante-Mensah said: "⟦d:b|I'm not doing this for the money. I'm doing it so the people still working there get their gloves.⟧"
Brightloop Logistics said it was "⟦p:d|disappointed⟧" with the decision and was "⟦p:d|considering its options⟧". A spokesperson added: "⟦d:e|The wellbeing of our colleagues is always our top priority.⟧"
Compensation will be decided at a later hearing.

### 007
@a Fenella Okonjo | Upper Tribunal Judge
@b - | the journalist
@c Clive Marchbank | senior presenting officer
@d Hannah Lindqvist | The man’s solicitor
@e Home Department | -
A Kassarian journalist who was detained for reporting on a dam collapse has won his appeal against removal, after a senior immigration judge ruled the Home Department had been “⟦p:a|plainly wrong⟧” to doubt his account.
Upper Tribunal Judge Fenella Okonjo said the man, who cannot be named for the safety of his family, had given evidence that was “⟦p:a|detailed, consistent and, in places, harrowing⟧”.
Speaking through an interpreter at the hearing at Garrick House, the journalist told the tribunal he had been held for 19 days in a disused grain store outside the capital.
“⟦d:b|They asked me the same question every night: who paid me to write it. Nobody paid me. The dam fell down and people drowned. I only wrote what I saw,⟧” he said.
He said he escaped when a guard he had known at school left a door unlocked. “⟦d:b|I don’t know if he did it on purpose. I have thought about it every day since.⟧”
Representing the Home Department, senior presenting officer Clive Marchbank argued that the account of the escape was “⟦p:c|inherently implausible⟧”.
“⟦d:c|The tribunal is invited to ask itself how likely it is that a detainee of this supposed importance would simply walk out of the front door,⟧” Mr Marchbank said.
In her decision, Judge Okonjo wrote: “⟦d:a|Improbable things do happen, particularly in places where institutions are weak and personal loyalties strong. I do not find this account less credible for being unusual.⟧”
The man’s solicitor, Hannah Lindqvist, said her client was “⟦p:d|overwhelmed⟧”. “⟦d:d|He has waited four years to be believed,⟧” she said.
The Home Department said it was “⟦p:e|reviewing the judgment carefully⟧”.

### 008
@a Rourke | vice-president of the Court of Appeal’s criminal division
@b Desmond Achterberg | -
@c Farhana Qureshi | His solicitor
@d Case Review Authority | -
@e Marguerite Achterberg | his sister
A man who spent 14 years in prison for a robbery he did not commit has had his conviction quashed by the Court of Appeal, which said fresh DNA evidence “⟦p:a|fatally undermines⟧” the case against him.
Desmond Achterberg, now 49, was convicted in 2009 of the armed robbery of a post office in Salterns Green, in which a counter clerk was pistol-whipped. He was released on licence last year.
Lady Justice Rourke, vice-president of the Court of Appeal’s criminal division, said: “⟦d:a|Had the jury known what we now know, we are satisfied that it could not safely have convicted. The conviction is unsafe and must be quashed.⟧”
Mr Achterberg, who was in court with his two sisters, wept as the ruling was read. Outside, he told reporters: “⟦d:b|Fourteen years. I went in when my daughter was three. She’s doing her A-levels now.⟧”
“⟦d:b|I don’t want an apology from anybody. I want them to go and find out who actually did it.⟧”
His solicitor, Farhana Qureshi, said the case exposed “⟦p:c|a criminal justice system that finds it almost impossible to admit its mistakes⟧”.
The Case Review Authority, which referred the case back to the court in 2022, said in a statement: “⟦d:d|We are pleased the court has agreed with our assessment. Mr Achterberg has waited far too long for this day.⟧”
“⟦d:e|Our mum died believing he’d be cleared one day. We did this for her,⟧” said his sister Marguerite Achterberg.

### 009
@a - | Prosecutors
@b Renata Villalobos | Assistant District Attorney
@c Marcus Oduya | Defense attorney
@d Travis Lundgren | -
@e Dolores Castellano | Castellano's widow
@f Harlan Becke | Superior Court Judge
PORT ALDER (AP) — Prosecutors told jurors Tuesday that a former youth pastor killed his business partner over a failed restaurant deal and then "⟦p:a|staged a burglary to cover his tracks,⟧" as closing arguments began in a trial that has gripped this coastal city.
"⟦d:b|He had motive, he had opportunity, and he lied — again and again and again,⟧" Assistant District Attorney Renata Villalobos told the jury in Ridgeway County Superior Court. "⟦d:b|The only question left for you is whether you're going to let him get away with it.⟧"
Travis Lundgren, 46, has pleaded not guilty to second-degree murder in the death of Owen Castellano, 51, who was found beaten in the kitchen of his home in the Bayview neighborhood in October 2022.
Defense attorney Marcus Oduya countered that the state's case was "⟦p:c|built on suspicion and nothing else.⟧"
"⟦d:c|Not one witness saw Travis at that house that night. Not one fingerprint. Not one drop of blood on his clothes,⟧" Oduya said, pacing in front of the jury box. "⟦d:c|You can't convict a man because the prosecution has a story it likes.⟧"
Lundgren, who testified in his own defense last week, sat with his head bowed. During that testimony, he told jurors: "⟦d:d|I loved Owen like a brother. I would never have hurt him.⟧"
Castellano's widow, Dolores Castellano, left the courtroom during the defense's closing. "⟦d:e|I can't listen to it anymore,⟧" she told a reporter in the hallway.
Jurors are expected to begin deliberating Wednesday. Superior Court Judge Harlan Becke sent them home with a warning: "⟦d:f|Do not read about this case, do not talk about this case, and please, stay off social media.⟧"

### 010
@a Wendy Ngata | Justice
@b Gianna Marchetti | her sister
@c Ben Lowry | Ms Marchetti’s partner
@d Peter Halligan | Rooke’s barrister
@e Jayden Rooke | -
A Bellmere man who killed a young mother while driving at almost four times the legal alcohol limit has been jailed for at least nine years, with a judge describing his conduct as “⟦p:a|selfish in the extreme⟧”.
Jayden Rooke, 27, pleaded guilty in the Supreme Court in Port Hamley to culpable driving causing death over the crash on the Coast Road that killed Chloe Marchetti, 29, a mother of two, in January last year.
“⟦d:b|Chloe was the person everyone rang first. With good news, with bad news, at 2am when the car broke down,⟧” her sister, Gianna Marchetti, told the court, pausing several times to compose herself.
“⟦d:b|Now there is nobody to ring.⟧”
A statement from Ms Marchetti’s partner, Ben Lowry, was read to the court by Crown prosecutor Sally Tran.
“⟦d:c|Our boys ask every night when Mummy is coming home. I have run out of ways to answer them,⟧” he wrote.
Rooke’s barrister, Peter Halligan SC, said his client had started drinking heavily after learning that his father had terminal cancer.
“⟦d:d|That is an explanation, not an excuse, and he offers it as nothing more,⟧” Mr Halligan said.
In sentencing, Justice Wendy Ngata said: “⟦d:a|The community is entitled to expect that those who choose to drink and drive, and who kill as a result, will receive a sentence that reflects the gravity of that choice.⟧”
Rooke, who wept in the dock throughout the hearing, turned to the public gallery as he was led away. “⟦d:e|I’m so sorry,⟧” he said.

### 011
@a Bethan Rees | Prosecutor
@b Adaeze Nwankwo | postwoman
@c Dean Halloway | -
@d Graham Tolley | Chair of the bench
A Fellbridge man whose dog bit a postwoman on the arm as she delivered a parcel has been ordered to keep the animal muzzled in public.
Dean Halloway, 41, of Sorrel Close, admitted being the owner of a dog dangerously out of control when he appeared before Fellbridge Magistrates' Court on Monday.
Prosecutor Bethan Rees said postwoman Adaeze Nwankwo had been bitten on 9 January after the dog, a Staffordshire bull terrier cross called Tyson, ran out of an open front door.
"⟦d:a|The injuries required seven stitches and she was off work for three weeks,⟧" Ms Rees told magistrates.
In a victim statement, Ms Nwankwo said: "⟦d:b|I have been a postwoman for 16 years and I have never been frightened of a front door before. Now I dread that street.⟧"
Halloway, who was not represented, told the bench: "⟦d:c|He's never done anything like that before. He's soft as anything with my kids. I'm gutted, honestly.⟧"
Chair of the bench Graham Tolley told him: "⟦d:d|You are lucky this was not a child. If this dog comes before this court again, you should expect it to be destroyed.⟧"
Halloway was ordered to pay £350 compensation to Ms Nwankwo and costs of £85.

### 012
@a Peter Oakhurst | the retired judge chairing the inquiry into the crush at Dunhaven Arena
@b Lindiwe Mahlangu | -
@c Aisling Mooney | Counsel to the inquiry
@d Corvane Leisure | Arena operator
@e Tunde Bakare | -
Sir Peter Oakhurst, the retired judge chairing the inquiry into the crush at Dunhaven Arena, in which nine people died, has promised bereaved families that “⟦p:a|no stone will be left unturned⟧”.
“⟦d:a|The families have waited almost three years to be heard. They will be heard first, and they will be heard in full,⟧” he said as the hearings opened on Monday.
The first week is devoted to commemorative “⟦s:-|pen portraits⟧” of those who died, presented by their relatives.
Lindiwe Mahlangu, whose 17-year-old son Sipho was among those killed, described him as “⟦p:b|a boy who could never sit still⟧”.
“⟦d:b|He had saved for six months for that ticket. He texted me from the queue: ‘Mum it’s mental here, love you.’ That was the last thing he ever said to me,⟧” she told the inquiry.
Counsel to the inquiry, Aisling Mooney KC, later set out the timeline of the evening.
“⟦d:c|At 7.42pm, the inner gates were opened. Within four minutes, the lower concourse held more than twice the number of people it was designed for,⟧” she said.
Arena operator Corvane Leisure said in a statement that it would “⟦p:d|co-operate fully⟧” with the inquiry.
“⟦d:e|Today was about our kids, not about them,⟧” said Tunde Bakare, whose daughter Remi, 19, also died.

### 013
@a - | An inquest jury
@b Kyle Ferreira-Boateng | -
@c Meenakshi Raghavan | Senior coroner
@d Fernanda Ferreira | Kyle's mother
@e Prison and Probation Service | -
@f Joseph Mbatha | Her lawyer
An inquest jury has found that a string of failures by staff at Greystone prison «⟦p:a|more than minimally contributed⟧» to the death of a 23-year-old man in his cell.
Kyle Ferreira-Boateng was found hanged on 3 August 2022, eleven days after he had told a prison nurse he was «⟦p:b|hearing the voices again⟧».
In its narrative conclusion, the jury said hourly observations had been «⟦p:a|inadequate and, on the night in question, not carried out at all⟧».
Senior coroner Dr Meenakshi Raghavan thanked the jurors. «⟦d:c|You have sat through five weeks of distressing evidence with great care and patience,⟧» she said.
Kyle's mother, Fernanda Ferreira, said outside the court: «⟦d:d|My son asked for help and he was left alone. I want every officer who walked past that door to read this verdict.⟧»
The Prison and Probation Service said: «⟦d:e|Our thoughts remain with Kyle's family. We have already made significant changes at Greystone and will study the jury's findings carefully.⟧»
Her lawyer, Joseph Mbatha of the Eastgate Law Centre, called the conclusion «⟦p:f|as damning as any I have seen⟧». «⟦d:f|The question now is whether anyone will be held to account,⟧» he said.

### 014
@a Ellis Varney | -
@b - | -
@c Owain Griffiths | Detective Sergeant
The following is an edited extract from the cross-examination of Detective Sergeant Owain Griffiths by Ruth Akintola KC, who represents Ellis Varney, on the ninth day of Mr Varney's trial at Aldmoor Crown Court.
Q: Sergeant, you wrote in your notebook that Mr Varney said, "⟦d:a|I know why you're here.⟧" Is that right?
A: That's right.
Q: Did he say anything else?
A: He said, "⟦d:a|I want my brief.⟧"
Q: You didn't record any of this on your body-worn camera?
A: The camera had been switched off by then.
Q: Switched off by whom?
A: By me. We'd been told at briefing, "⟦d:b|Save your batteries, it's going to be a long night.⟧"
Q: So the jury has only your word for what was said at that door.
A: They have my notebook, written up within the hour.
Under re-examination by Simon Thackeray KC, prosecuting, DS Griffiths said he had "⟦p:c|no reason whatsoever⟧" to invent the remark.
Mr Varney, 29, denies possessing a firearm with intent to endanger life. The trial continues.

### 015
@a Ruth Penhaligon | the senior coroner for North Alder
@b - | -
@c Derek Spall | -
@d Siobhan Keane | -
The coroner’s court in Wendlebury sits above the public library, and on a Tuesday morning you can hear the toddlers’ rhyme time through the floorboards. Ruth Penhaligon, the senior coroner for North Alder, says she has stopped noticing.
“⟦d:a|Actually, that’s not true,⟧” she corrects herself. “⟦d:a|I notice it every time. I think it’s good for us. It reminds everybody in the room that life is carrying on downstairs.⟧”
Penhaligon, a former family solicitor, has opened more than 4,000 inquests in eleven years. She describes the job as “⟦p:a|listening for a living⟧”.
“⟦d:a:m|People think an inquest is a trial. It isn’t. Nobody is in the dock. I’m not there to find anyone guilty of anything. I’m there to answer four questions: who died, when, where and how.⟧
“⟦d:a:m|But the ‘how’ can take a very long time. And the families often come in expecting a fight, because that’s what they’ve been having with everybody else for a year or two by the time they get to me.⟧
“⟦d:a|The most important thing I do, I think, is let them talk.⟧”
“⟦d:b|Do you ever get used to it?⟧” I asked.
She thinks for a long time. “⟦d:a|No. And I’d worry about myself if I did.⟧”
Derek Spall, who has been the court’s usher for 22 years, says she is the only coroner he has worked for who learns the name of every witness in advance. “⟦d:c|She never says ‘the witness’. Never. Always the name,⟧” he says.
Siobhan Keane, whose son’s inquest Penhaligon heard in 2019, remembers being offered a cup of tea in the coroner’s own mug. “⟦d:d|It sounds like nothing,⟧” Keane says. “⟦d:d|It wasn’t nothing.⟧”

### 016
@a - | A woman who lost her life savings to a man posing as an offshore engineer
@b - | the sender
@c Yasmin Farouk | Defending
@d Lucian Dragomir | -
@e Anthony Kell | prosecutor
A woman who lost her life savings to a man posing as an offshore engineer told a jury yesterday she had been ``⟦p:a|completely, stupidly in love⟧'' with someone who did not exist.
The 64-year-old retired teacher, who cannot be identified for legal reasons, sent more than £180,000 over 14 months to accounts she believed belonged to ``⟦s:-|Captain Rob Meyers⟧'', a widower working on a rig in the North Sea.
In one message, read to the jury by prosecutor Anthony Kell, the sender wrote: ``⟦d:b|My darling, the company has frozen my wages until the audit is finished. I hate to ask you again, you know I do.⟧''
``⟦d:e|She was asked again, members of the jury, eleven more times,⟧'' Mr Kell said.
``⟦d:a|I would have sold my house if he had asked. I very nearly did,⟧'' she said, giving evidence from behind a screen at Harbrook Crown Court.
Defending, Yasmin Farouk asked her: ``⟦d:c|Did you ever once speak to this man on a video call?⟧''
``⟦d:a|He always said the connection on the rig was too poor.⟧''
``⟦d:c|Did that never strike you as odd?⟧''
``⟦d:a|It does now.⟧''
Lucian Dragomir, 38, of Coldwell Street, Harbrook, denies fraud and money laundering. In a police interview played to the court, he said: ``⟦d:d|I have never heard of this lady. I sell second-hand cars.⟧''
The trial continues.

### 017
@a Martin Ogunleye-Shaw | Judge
@b - | The victim
@c Shola Bankole | mitigating
@d - | The victim’s mother
@e Hollins Park Academy | -
@f - | the boy
A 15-year-old boy who stabbed a fellow pupil in the back with a kitchen knife outside their school has been sentenced to four years’ detention.
The boy, who cannot be named for legal reasons, admitted wounding with intent at Wrexbury Crown Court. He was 14 at the time of the attack outside Hollins Park Academy last October.
Judge Martin Ogunleye-Shaw told him: “⟦d:a|You brought a knife to school because you wanted people to be frightened of you. Now a boy has a scar he will carry for the rest of his life, and you will spend the next part of yours in custody.⟧”
The victim, now 16, said in a statement read by the prosecutor that he no longer felt safe “⟦p:b|anywhere, even at home⟧”.
“⟦d:b|I keep thinking about what would have happened if it had gone in an inch to the left,⟧” he said.
Shola Bankole, mitigating, said the boy had been “⟦p:c|groomed⟧” by older teenagers who had given him the knife. “⟦d:c|He is a child who made a catastrophic decision, and he knows it,⟧” she said.
Asked if he had anything to say, the boy, who wore a grey jumper, replied quietly: “⟦d:f|I’m sorry for what I did.⟧”
The victim’s mother, who also cannot be named, told reporters outside court: “⟦d:d|Four years. He’ll be out before my son has stopped having nightmares.⟧”
Hollins Park Academy said in a statement: “⟦d:e|This was an isolated and deeply shocking incident. Our priority has been, and remains, the wellbeing of both families and all of our students.⟧”

### 018
@a Cressida Vane-Holloway | The television presenter
@b Northern Clarion | -
@c Jonathan Saxby | -
@d Aldous-Gray | The judge
@e Clarion Media Group | -
The television presenter Cressida Vane-Holloway has told the High Court that a newspaper’s claims she bullied junior staff left her “⟦p:a|radioactive⟧” in the industry.
Ms Vane-Holloway, 47, is suing the publisher of the Northern Clarion over a series of articles in 2023 in which the paper said she had presided over a “⟦p:b|culture of fear⟧” on the set of the quiz show “⟦s:-|Brainstorm⟧”.
Giving evidence on Tuesday, she said: “⟦d:a|I have been demanding. I have never been cruel. There is a difference, and everyone who has actually worked with me knows it.⟧”
Jonathan Saxby KC, who represents the paper’s publisher, put to her a message she sent to a researcher at 1am.
“⟦d:c|You wrote: ‘If this script isn’t fixed by six, don’t bother coming in.’ Is that demanding, or is it cruel?⟧” Mr Saxby asked.
“⟦d:a|It was rude, and I apologised for it the next day,⟧” she replied.
“⟦d:c|Did you?⟧”
“⟦d:a|Yes. In person.⟧”
The judge, Mr Justice Aldous-Gray, asked her to slow down for the benefit of the stenographer. “⟦d:d|We are all very keen to hear you, Ms Vane-Holloway, but the transcript writer is only human,⟧” he said.
Clarion Media Group denies libel and is relying on a defence of truth. In a statement, it said: “⟦d:e|We stand by our journalism.⟧”
The trial, which is expected to last two weeks, continues.

### 019
@a Nkemdirim | the judge
@b Save Brackenfield Libraries | the group which brought the claim
@c Morwenna Pask | a retired librarian
@d Idris Vaughan | Council leader
Campaigners have won a High Court challenge against Brackenfield Borough Council's decision to close seven of its 11 libraries, after a judge ruled the consultation was "⟦p:a|fundamentally flawed⟧".
In her judgment, the judge, Mrs Justice Nkemdirim, said the council had given residents "⟦p:a|no realistic opportunity⟧" to propose alternatives.
"⟦d:a|A consultation is not a formality to be endured before a decision already taken. It must be carried out at a time when proposals are still at a formative stage. This one was not,⟧" she wrote.
Save Brackenfield Libraries, the group which brought the claim, said the ruling was "⟦p:b|a victory for every child who has ever borrowed a book⟧".
Its chair, Morwenna Pask, 72, a retired librarian, said: "⟦d:c|We're pensioners and parents with a jumble-sale budget, and we've beaten a council with its own legal department. I'm still shaking.⟧"
Council leader Idris Vaughan said: "⟦d:d|We respect the court's decision. But the financial pressures that brought us here have not gone away, and we will still have to make difficult choices.⟧"
The council has not said whether it will appeal.

### 020
@a - | A medical practitioners tribunal
@b Lesley Amankwah | The tribunal chair
@c Anselm Kowalczyk | -
@d Victoria Ebrahimi | counsel for the Medical Standards Council
@e Moorview Surgery | -
A GP who prescribed powerful opioids to his own brother and to a patient with whom he was having a relationship has been struck off the medical register.
A medical practitioners tribunal found that Dr Anselm Kowalczyk, 56, who practised at the Moorview Surgery in Ellesby, had acted in a way that was “⟦p:a|fundamentally incompatible with continued registration⟧”.
The tribunal chair, Lesley Amankwah, said in the determination: “⟦d:b|Dr Kowalczyk repeatedly placed his own interests, and those of people close to him, above the safety of patients. His insight remains limited.⟧”
Dr Kowalczyk had told the hearing he was “⟦p:c|trying to help people I cared about⟧”.
“⟦d:c|I accept I crossed lines. I was exhausted, I was working alone, and I made terrible decisions. But I never intended harm to anyone,⟧” he said.
Victoria Ebrahimi, counsel for the Medical Standards Council, said: “⟦d:d|This was not a single error of judgment. It was a sustained pattern of behaviour over more than two years.⟧”
Moorview Surgery said: “⟦d:e|We have written to all affected patients and continue to support them.⟧”
Dr Kowalczyk has 28 days to appeal.

### 021
@a Beatrice Onwuka | The panel chair
@b Jordan Whitlow | PC
@c Rashid Malik | Assistant Chief Constable
@d Marlshire Police Federation | -
A police officer who shared racist and misogynistic memes in a WhatsApp group called "⟦s:-|Night Shift Legends⟧" has been dismissed without notice.
PC Jordan Whitlow, 31, of Marlshire Police, admitted gross misconduct at a hearing in Carnford on Thursday.
The panel chair, Beatrice Onwuka, said the messages were "⟦p:a|vile⟧" and had caused "⟦p:a|incalculable damage⟧" to public confidence.
"⟦d:a|Had he not been a serving police officer, these messages would be disgraceful. Given that he was, they are a betrayal of every colleague who has worked to build trust with the communities this force serves,⟧" she said.
Whitlow told the panel: "⟦d:b|I'm not that person. It was banter that got out of hand, and I'm ashamed of it.⟧"
Assistant Chief Constable Rashid Malik said afterwards: "⟦d:c|There is no place in Marlshire Police for people who hold these views. He has been rightly dismissed.⟧"
The Marlshire Police Federation said it was "⟦p:d|aware of the outcome⟧" and would not be commenting further.

### 022
@a Laszlo Farkas | -
@b Ilona Farkas | Bence's mother
@c Caroline Ashworth-Dube | Judge
@d Neil Strachan | Pellow's barrister
@e Grant Pellow | a self-employed plumber
"⟦d:a|I will never again hear my son come through the front door and shout that he is starving.⟧"
Those were the words of Laszlo Farkas as he stood in the witness box at Tarnley Crown Court and read a statement to the man who killed his 16-year-old son, Bence, and drove away.
Grant Pellow, 53, a self-employed plumber, of Brook Row, Tarnley, was jailed for eight years and eight months after admitting causing death by dangerous driving and failing to stop.
"⟦d:a|You left him in a ditch like a bag of rubbish. You went home, you washed your van, and you went to work the next morning,⟧" Mr Farkas said, looking directly at Pellow in the dock. "⟦d:a|Every day since, I have wondered what kind of man does that.⟧"
Bence's mother, Ilona Farkas, did not feel able to attend. Her statement was read by the prosecutor.
"⟦d:b|He was gentle and funny and he was ours, and now he is a photograph on the mantelpiece,⟧" she wrote.
Pellow's barrister, Neil Strachan, said his client had "⟦p:d|panicked⟧" and had been drinking at a friend's house earlier in the evening.
Judge Caroline Ashworth-Dube told Pellow: "⟦d:c|Had you stopped and called for help, it is possible Bence would have survived. We will never know, and that is a burden his family will carry for ever.⟧"
As he was taken down, Pellow turned towards the family and said: "⟦d:e|I'm sorry.⟧"

### 023
@a Ifeanyi Eze | -
@b Owen Prothero | Senior assistant coroner
@c Kerry-Ann Lomas | director of Lomas Access Ltd
@d Farida Nazari | Health and safety inspector
@e Agnieszka Zając | Marek’s partner
A scaffolder who fell 12 metres from a building in Harwick had not been wearing a harness because there was “⟦p:a|nowhere to clip it to⟧”, a colleague has told an inquest.
Marek Dudek, 33, died at the scene on the Quayside development on 17 May last year.
Ifeanyi Eze, who was working on the same lift, said the anchor points had been removed the day before. “⟦d:a|We told the supervisor. He said he’d sort it. Nobody sorted it,⟧” Mr Eze told the hearing at Harwick Coroner’s Court.
Senior assistant coroner Owen Prothero questioned the director of the firm that employed both men.
“⟦d:b|Who was responsible for checking that the anchor points were in place before work began that morning?⟧” Mr Prothero asked.
Kerry-Ann Lomas, director of Lomas Access Ltd, replied: “⟦d:c|That would have been the site supervisor.⟧”
“⟦d:b|And where is the site supervisor now?⟧”
“⟦d:c|He no longer works for us.⟧”
Health and safety inspector Farida Nazari told the inquest that the company had no written procedure for checking anchors. “⟦d:d|In my view this was an entirely foreseeable and preventable fall,⟧” she said.
Recording a narrative conclusion, Mr Prothero said Mr Dudek had died “⟦p:b|as a result of a fall from height in circumstances where suitable fall protection was not in place⟧”.
Marek’s partner, Agnieszka Zając, said in a statement: “⟦d:e|Marek went to work to pay for our wedding. He should have come home.⟧”

### 024
@a Fionnuala Brennock | Garda Sergeant
@b Eoghan Lyttle | defending
@c Shane Colfer | the victim
@d Gráinne Mhic Cárthaigh | Judge
@e Donal Ó Maoláin | -
A Kilbrennan publican who assaulted a customer with a hurley after a row over a darts match has been given a two-year suspended sentence.
Donal Ó Maoláin, 58, of Main Street, Kilbrennan, pleaded guilty at Ardcarrig Circuit Criminal Court to assault causing harm to the victim, Shane Colfer, in October 2022.
Garda Sergeant Fionnuala Brennock told the court Mr Colfer suffered a fractured cheekbone.
"⟦d:a|He struck Mr Colfer twice, once on the side of the head and once on the shoulder, as Mr Colfer was leaving the premises,⟧" Sgt Brennock said.
Under cross-examination by Eoghan Lyttle SC, defending, she was asked whether the accused had co-operated with gardaí. "⟦d:a|He was fully co-operative from the start, in fairness to him,⟧" the sergeant replied.
Mr Lyttle said his client had run the pub for 31 years without a single incident. "⟦d:b|This was a moment of madness, and he has lived with the shame of it in a very small town,⟧" counsel said.
In a victim impact statement, Mr Colfer said he no longer went out in the town. "⟦d:c|I used to know everyone in there. Now I drive 20 miles for a pint,⟧" he said.
Ó Maoláin, who shook Mr Colfer's hand in court, said: "⟦d:e|I'd give anything to take it back.⟧"
Judge Gráinne Mhic Cárthaigh said: "⟦d:d|It is a sad case. The accused is a man of previously unblemished character who lost his temper in the most serious way imaginable.⟧"

### 025
@a - | The judge
@b Morag Sinclair | Advocate depute
@c Ali Rahimi | Drysdale’s counsel
@d Janice McPhail | the victim’s sister
@e Gordon Laidlaw | Detective Inspector
A man who murdered his stepfather with a claw hammer at their home in Inverbrae has been jailed for life and told he must serve at least 19 years before he can apply for parole.
Callum Drysdale, 26, had denied murdering Thomas Fleming, 54, known to friends as Tam, but was convicted by a jury after a nine-day trial at the High Court in Glenross.
The judge told him: “⟦d:a|You attacked a defenceless man in his own kitchen with a ferocity that is difficult to comprehend. The jury rejected your claim that you acted in self-defence, and rightly so.⟧”
Advocate depute Morag Sinclair had told the trial that Mr Fleming was struck at least 14 times. “⟦d:b|Any one of several of those blows would have been fatal on its own,⟧” she said.
Drysdale’s counsel, Ali Rahimi, said his client’s life had been “⟦p:c|marked by violence from a very young age⟧”. “⟦d:c|None of that excuses what he did, and he does not suggest that it does,⟧” Mr Rahimi said.
Outside court, the victim’s sister, Janice McPhail, said the family felt “⟦p:d|some small measure of justice⟧”.
“⟦d:d|Tam was a good man who took on someone else’s boy and raised him as his own. That’s what he got for it,⟧” she said.
Detective Inspector Gordon Laidlaw, who led the investigation, said: “⟦d:e|This was a horrific crime, and I hope today’s sentence brings Mr Fleming’s family some comfort.⟧”

### 026
@a Catherine Obi-Lindqvist | U.S. District Judge
@b Raymond J. Dutton | -
@c Devon Whitaker-Hale | Assistant U.S. Attorney
@d U.S. Attorney’s Office | -
@e Gregory Amsel | His lawyer
The former mayor of Harlow Springs was sentenced Thursday to six years in federal prison for steering city contracts to a paving company in exchange for cash, cruise vacations and a used SUV.
Raymond J. Dutton, 63, pleaded guilty in February to one count of honest services wire fraud. He had served three terms as mayor before resigning in 2023, days after FBI agents searched City Hall.
“⟦d:a|You were elected to serve the people of Harlow Springs, and you served yourself,⟧” U.S. District Judge Catherine Obi-Lindqvist said. “⟦d:a|The people of this city deserved better. Frankly, so did you.⟧”
Mr. Dutton, his voice breaking, addressed the court before the sentence was imposed.
“⟦d:b:m|I have let down my wife, my children and a city I have loved my whole life. I don’t ask you to forgive me. I ask you to believe that I understand what I have done.⟧
“⟦d:b|I will spend the rest of my life trying to earn back even a little of what I threw away.⟧”
Prosecutors had sought nine years. Assistant U.S. Attorney Devon Whitaker-Hale told the court that Mr. Dutton had displayed “⟦p:c|a staggering sense of entitlement⟧” for more than a decade.
In a statement, the U.S. Attorney’s Office said the sentence sent “⟦p:d|a clear message to every public official who thinks the rules do not apply to them.⟧”
His lawyer, Gregory Amsel, said outside the courthouse: “⟦d:e|Ray is a good man who made bad choices. Today he accepted responsibility for them, and we think the judge was fair.⟧”

### 027
@a Anjali Bhatt | Presiding coroner
@b Sharon Whiteduck | Tyler's mother
@c United Mine and Mill Workers Local 718 | The union
@d Luc Thibodeau | Redstone Mining Corp. spokesperson
PORT KEMPTON, Ont. — A coroner's jury has made 23 recommendations aimed at preventing deaths in underground mines, following a three-week inquest into the death of a 24-year-old miner at the Redstone Lake mine.
Tyler Whiteduck was crushed between a scoop tram and the wall of a drift 1,100 metres underground in March 2022. He had been working at the mine for seven weeks.
Presiding coroner Dr. Anjali Bhatt thanked the five jurors for their work. "⟦d:a|Your recommendations will be sent to the ministry and to every operator in the province. They will not be ignored,⟧" she said.
Tyler's mother, Sharon Whiteduck, said the recommendations were "⟦p:b|a start⟧".
"⟦d:b|Nothing in that room brings Tyler back. But if one of these stops another mother getting that phone call, then I'll take it,⟧" she said.
The union, United Mine and Mill Workers Local 718, said in a statement: "⟦d:c|Every one of these recommendations is something our members have been asking for. Now there are no more excuses.⟧"
Redstone Mining Corp. spokesperson Luc Thibodeau said the company would "⟦p:d|review every recommendation carefully.⟧"
"⟦d:d|Nous pensons à la famille Whiteduck tous les jours,⟧" he added in French. "⟦d:d|We think of the Whiteduck family every day.⟧"

### 028
@a Alison Fairbairn | Judge
@b Mereana Tawhai | Mr Tawhai’s daughter
@c Kane Morunga | -
@d Sione Latu | Morunga’s lawyer
@e - | A police spokeswoman
A man who ran down and killed a respected kaumātua while fleeing police in a stolen ute has been jailed for five years and three months.
Kane Morunga, 22, was sentenced in the Waitāruke District Court on Thursday for the manslaughter of Hemi Tawhai, 74, who was struck as he crossed Rangiora Street in March.
Mr Tawhai’s daughter, Mereana Tawhai, who spoke on behalf of the whānau, began her statement in te reo Māori.
“⟦d:b|Kua hinga te tōtara i te wao nui a Tāne,⟧” she said, before translating for the court: “⟦d:b|A great tōtara has fallen in the forest of Tāne.⟧”
“⟦d:b|Dad was at every tangi, every hui, every school prizegiving in this town for fifty years. There is a hole in the middle of our community now,⟧” she said.
In a letter that was read to the court, Morunga wrote: “⟦d:c|I know sorry isn’t enough. I will carry what I did every day for the rest of my life.⟧”
Morunga’s lawyer, Sione Latu, said his client had spent most of his childhood in state care. “⟦d:d|That is context. It is not an excuse, and he does not offer it as one,⟧” Mr Latu said.
Judge Alison Fairbairn told Morunga: “⟦d:a|Mr Tawhai gave his whole life to his community. You took that life in a few seconds of reckless, selfish driving.⟧”
A police spokeswoman said outside court: “⟦d:e|Our thoughts are with Mr Tawhai’s whānau, who have shown extraordinary grace throughout this process.⟧”

### 029
@a - | A division bench of the Vindhyagiri High Court
@b Rohan Mehrotra | Senior advocate
@c Sunil Wagh | Additional Public Prosecutor
@d Meera Raghunathan | Justice
@e Kavita Deshmukh | Justice
@f Sudhakar Iyengar | -
A division bench of the Vindhyagiri High Court on Tuesday granted bail to a 62-year-old retired schoolteacher arrested over a social media post, observing that "⟦p:a|dissent cannot be equated with sedition⟧".
Sudhakar Iyengar was arrested in March after he shared a cartoon criticising the state irrigation department's handling of a canal breach near Sonpur.
"⟦d:b|The petitioner has been in custody for 47 days for a post that, at its highest, criticises the functioning of a government department,⟧" Senior advocate Rohan Mehrotra, appearing for the petitioner, argued.
Opposing the plea, Additional Public Prosecutor Sunil Wagh submitted that the post had been shared more than 12,000 times. "⟦d:c|It had the clear potential to disturb public order in a sensitive district,⟧" he told the court.
The bench was unpersuaded. "⟦d:d|The police cannot be permitted to use the criminal law as a tool to silence uncomfortable speech,⟧" Justice Meera Raghunathan said, writing for the bench. "⟦d:d|If every sharp criticism of the state were an offence, the jails of this country would not be large enough.⟧"
In a brief concurring note, Justice Kavita Deshmukh described the case as "⟦p:e|a textbook example of the process becoming the punishment⟧". "⟦d:e|Forty-seven days cannot be returned to the petitioner,⟧" she wrote.
Speaking to reporters outside the district jail after his release, Mr Iyengar said: "⟦d:f|I taught civics for 34 years. I did not think I would have to learn it again at this age.⟧"

### 030
@a Adaobi Nwachukwu-Bello | Justice
@b Olumide Adetokunbo | Counsel to the claimants
@c Chukwuemeka Obiora | The community’s traditional ruler
@d Greenfield Haven Estates Ltd | -
@e Ngozi Eke | a cassava farmer who attended every hearing
The High Court sitting in Ekpeyi has nullified the allocation of 40 hectares of community farmland to a private developer, describing the process as “⟦p:a|shrouded in secrecy and irregularity⟧”.
Delivering judgment on Monday, Justice Adaobi Nwachukwu-Bello held that the state land bureau had acted outside its powers.
“⟦d:a|The claimants, who have farmed this land for generations, were neither consulted nor compensated. The purported allocation is null and void and of no effect whatsoever,⟧” the judge said.
Counsel to the claimants, Olumide Adetokunbo, described the judgment as a landmark. “⟦d:b|This is a victory for the ordinary farmer. The law has shown that it still has teeth,⟧” he told journalists.
The community’s traditional ruler, Chukwuemeka Obiora, said the land had never been the state’s to give. “⟦d:c|Our fathers are buried on that land. We told them so from the first day,⟧” he said.
Greenfield Haven Estates Ltd, which had begun clearing part of the site, said in a statement that it would “⟦p:d|explore all legal avenues⟧”, including an appeal.
Ngozi Eke, a cassava farmer who attended every hearing, said she had wept when the judgment was read. “⟦d:e|For three years they told us we were wasting our time. Today God has answered,⟧” she said.

### 031
@a Rocco Vance | Telly chef
@b Yvonne Ashe | chair of the bench
@c Nigel Fairhurst | His lawyer
@d - | A source close to the chef
Telly chef Rocco Vance has been banned from driving for six months after he was clocked doing 104mph on the Deepdale bypass.
The "⟦s:-|Fire & Smoke⟧" star, 49, told magistrates he had been racing back to his restaurant for a "⟦p:a|critical⟧" dinner service.
"⟦d:a|I accept I was going too fast. It was a stupid thing to do and I'm very sorry,⟧" Vance, who has 1.2 million followers online, told Deepdale Magistrates' Court.
His lawyer, Nigel Fairhurst, argued that a ban would hit the business hard. "⟦d:c|Without his licence, forty members of staff could be out of a job,⟧" Mr Fairhurst said.
But chair of the bench Yvonne Ashe was unmoved. "⟦d:b|Mr Vance, I'm sure your soufflés are very important. They are not more important than the lives of other road users,⟧" she said.
He was also fined £1,100.
Outside court, Vance joked with photographers: "⟦d:a|Anyone fancy giving me a lift home?⟧"
A source close to the chef said: "⟦d:d|He's mortified, to be honest. He's already hired a driver.⟧"

### 032
@a Ingrid Solheim | The inquiry’s chair
@b Samuel Annor | counsel to the inquiry
@c Gillian Pritchard | former head of environmental health at Ellerby District Council
@d Darren Teague | -
@e - | Mr Colquhoun’s solicitors
Gillian Pritchard, former head of environmental health at Ellerby District Council, faced a morning of close questioning at the Ellerby Water Inquiry on Wednesday over the four days it took to warn residents that their tap water was contaminated.
Samuel Annor KC, counsel to the inquiry, went straight to the point.
“⟦d:b|You received the laboratory results on the Friday afternoon. When did you tell the public?⟧”
“⟦d:c|On the Tuesday.⟧”
“⟦d:b|Four days later.⟧”
“⟦d:c|Yes.⟧”
“⟦d:b|In those four days, how many households were still drinking that water?⟧”
“⟦d:c|I’ve seen the figure. I believe it was around 9,000.⟧”
The inquiry’s chair, Professor Ingrid Solheim, interjected. “⟦d:a|Ms Pritchard, I want to be sure I understand you. Was there anyone in the council who argued for telling people sooner?⟧”
“⟦d:c|I did,⟧” Ms Pritchard said. “⟦d:c|I was overruled.⟧”
Asked by whom, she named the then chief executive, Martin Colquhoun, who is due to give evidence next month. A statement from Mr Colquhoun’s solicitors said he would “⟦p:e|respond fully⟧” when he appeared.
“⟦d:d|Four days. My granddaughter was in hospital by day three,⟧” said Darren Teague, who chairs the Ellerby Families Group.

### 033
@a Alexandra Winthrop | the firm’s head of corporate
@b Rhiannon Pugh | Employment Judge
@c Temitope Adebayo-Walsh | -
@d Grayling Fenwick | -
A black solicitor who was told by a senior partner that she was “⟦p:a|not quite the right fit for client-facing work⟧” was racially discriminated against by her law firm, an employment tribunal has ruled.
Temitope Adebayo-Walsh, 34, joined the Harbridge office of Grayling Fenwick LLP as an associate in 2019 and resigned four years later.
In the tribunal’s written reasons, Employment Judge Rhiannon Pugh said the explanation given for the remark was “⟦p:b|unconvincing⟧”.
“⟦d:b|We do not accept that the phrase ‘right fit’ was a neutral comment about experience. Two white associates with less experience than the claimant were given client-facing roles in the same period,⟧” the judgment said.
Alexandra Winthrop, the firm’s head of corporate, who made the remark, had told the hearing: “⟦d:a|I was talking about her confidence in meetings, nothing else. I have mentored a great many associates from diverse backgrounds.⟧”
Ms Adebayo-Walsh said in a statement: “⟦d:c|I went into law because I believed in fairness. I have been treated fairly by this tribunal, and I hope my former employer reflects on that.⟧”
Grayling Fenwick said it was “⟦p:d|disappointed by the outcome⟧” but remained “⟦p:d|committed to an inclusive culture⟧”. A remedy hearing will take place in the spring.

### 034
@a Eilidh Fraser | -
@b Martha Lindgren | prosecuting
@c Nathan Coyle | -
@d Oluwaseun Bright | a barrister appointed by the court to question her on his behalf
@e Anil Kapoor | Recorder
A woman has told a jury that her former colleague sent her more than 3,000 messages in five months and turned up "⟦p:a|everywhere I went⟧".
Eilidh Fraser, 29, was giving evidence from behind a screen at Portlarrig Crown Court in the trial of Nathan Coyle, 35, who accepts sending the messages but denies stalking.
"⟦d:a|He was at the bus stop, at the gym, outside my mum's house. I stopped going anywhere on my own,⟧" Ms Fraser said.
Martha Lindgren, prosecuting, read one message Coyle sent at 3.14am: "⟦d:c|You can block me all you like. I know where you live and I know what time you get home.⟧"
Coyle, who is representing himself, is not allowed to question Ms Fraser directly. Oluwaseun Bright, a barrister appointed by the court to question her on his behalf, asked: "⟦d:d|Isn't it right that you replied to some of those messages?⟧"
"⟦d:a|At the start, yes. I was trying to be kind. Then I was trying to make it stop.⟧"
"⟦d:d|Mr Coyle says you told him, 'Maybe one day.' Did you say that?⟧"
"⟦d:a|I said, 'Maybe one day we'll laugh about this.' That's not the same thing at all.⟧"
Coyle stood up in the dock and shouted: "⟦d:c|That's a lie!⟧"
Recorder Anil Kapoor warned him: "⟦d:e|Mr Coyle, you will have your opportunity. If you interrupt again, I will have you taken down.⟧"
Ms Lindgren told the jury at the start of the trial that the case was "⟦p:b|about a man who would not take no for an answer⟧".
The trial continues.

### 035
@a Lachlan Thorpe-Vidal | -
@b Edmund Graves | his barrister
@c Sabine Okoro | prosecuting
A cryptocurrency entrepreneur accused of a £60m fraud has told a jury he was “⟦p:a|out of my depth⟧” when investors’ money began to disappear.
Lachlan Thorpe-Vidal, 39, co-founded Meridian Nodes, which marketed a “⟦s:-|Guaranteed Yield⟧” account promising returns of 1.5 per cent a month.
Questioned by his barrister, Edmund Graves KC, he said he had believed the funds were held safely.
“⟦d:b|What did you believe was happening to investors’ money?⟧” Mr Graves asked.
“⟦d:a|I believed it was in cold storage, exactly as we told them. I had no reason to think otherwise.⟧”
Cross-examining him, Sabine Okoro KC, prosecuting, took a different tack.
“⟦d:c|You told investors the fund had never had a losing month. That was false, wasn’t it?⟧”
“⟦d:a|It was — optimistic.⟧”
“⟦d:c|Optimistic? It had lost money in seven of the previous twelve months.⟧”
“⟦d:a|I accept the language was wrong. I was naive. I was 32 and I was out of my depth.⟧”
“⟦d:c|Naive, Mr Thorpe-Vidal, or dishonest?⟧”
“⟦d:a|Naive.⟧”
Mr Thorpe-Vidal denies fraud by false representation. The trial, at Southwark Quay Crown Court, continues.

### 036
@a Ekwueme | Lord Justice
@b - | the woman
@c Priyanka Dhillon-Marsh | Solicitor General
@d Thomas Achebe | Beaumont's barrister
@e Safe Harbour Women's Aid | -
A man who subjected his partner to years of coercive control has had his prison sentence more than doubled after the Court of Appeal ruled it was unduly lenient.
Conor Beaumont, 37, was jailed for two years in March for controlling or coercive behaviour and assault. Three appeal judges on Tuesday increased the term to five years.
"⟦d:a|The original sentence failed entirely to reflect the seriousness of this offending and the lasting psychological harm done to the victim,⟧" Lord Justice Ekwueme said.
Beaumont's barrister, Thomas Achebe, had argued that the original term was "⟦p:d|within the range properly open to the judge⟧".
In a statement, the woman, who cannot be identified, said: "⟦d:b|For six years I wasn't allowed to choose my own clothes. Today, for the first time in a long time, I feel like someone has listened.⟧"
Solicitor General Priyanka Dhillon-Marsh, who referred the case, said: "⟦d:c|Coercive control is a devastating crime that can strip victims of their confidence, their independence and their sense of self.⟧"
Safe Harbour Women's Aid, which supported the woman throughout the case, said: "⟦d:e|We hope this sends a message to every survivor that the courts will take them seriously.⟧"

### 037
@a Maricel Dizon | a care assistant at Lavender Court
@b Beverley Sowande | The home's registered manager
@c Siddharth Rao | Assistant coroner
@d Carol Pybus | Edna's daughter
@e Oakley Care Group | -
A care home resident with dementia died after choking on a sandwich she should never have been given, an inquest has heard.
Edna Whitcombe, 88, had been assessed by a speech and language therapist as needing a ``⟦s:-|level 4⟧'' pureed diet after a stroke in 2021.
Maricel Dizon, a care assistant at Lavender Court, who took Mrs Whitcombe her lunch on the day she died, said: ``⟦d:a|I didn't know she was on a special diet. It wasn't on the board in the kitchen that day. If it had been, I would never have given it to her.⟧''
The home's registered manager, Beverley Sowande, told the hearing that dietary information had been kept on a whiteboard that was wiped clean at every handover. ``⟦d:b|We have since changed the way that information is shared between shifts,⟧'' she said.
Assistant coroner Siddharth Rao recorded a conclusion of accidental death.
``⟦d:c|This was an entirely avoidable death. Mrs Whitcombe's needs were known and recorded, but that information did not reach the person who gave her the sandwich,⟧'' he said.
Edna's daughter, Carol Pybus, said outside: ``⟦d:d|Mum trusted them. We trusted them. I don't know what else to say.⟧''
Oakley Care Group, which runs the home, said it ``⟦p:e|deeply regretted⟧'' Mrs Whitcombe's death and had ``⟦p:e|fully co-operated⟧'' with the coroner.

### 038
@a Quentin Arbuthnot | District Judge
@b Mavis Pengelly | -
@c Susan Okafor-Lyle | -
A neighbour dispute over a 20ft leylandii hedge has cost two retired couples more than £90,000 in legal fees, after a judge described the case as “⟦p:a|a tragedy of suburban proportions⟧”.
Harold and Mavis Pengelly, of Laurel Drive, Sutton Brayford, sued Brian and Susan Okafor-Lyle, who live next door, claiming the hedge — nicknamed “⟦s:-|the Great Wall of Laurel Drive⟧” by other residents — had robbed them of light for a decade.
At Brayford County Court, District Judge Quentin Arbuthnot said he had been presented with four lever-arch files of evidence.
“⟦d:a|I have read a great deal about this hedge. I have seen photographs of this hedge from every conceivable angle and in every season. I have, I regret to say, dreamt about this hedge,⟧” he said.
“⟦d:a|It is a tragedy that two sets of intelligent, decent people could not resolve this over a cup of tea.⟧”
Mrs Pengelly said: “⟦d:b|We haven’t had sun in the back garden since 2014. All we ever asked was that they trim it.⟧”
The Okafor-Lyles saw it differently. “⟦d:c|That hedge was there when we bought the house. It gives us privacy. We offered to cut it twice, and they sent us a solicitor’s letter instead,⟧” Mrs Okafor-Lyle said.
The judge ordered the hedge to be reduced to 2.5m and each side to pay its own costs.
Asked whether the two couples would now be on speaking terms, Mrs Pengelly laughed. “⟦d:b|I wouldn’t go that far.⟧”

### 039
@a - | The family of a 19-year-old who was stabbed to death at a birthday party
@b Rutendo Moyo | Tendai's mother
@c Farai Moyo | Her husband
@d Kirsty Llewellyn | Det Ch Insp
@e Samuel Oyelowo | Judge
@f Kieran Blythe | -
The family of a 19-year-old who was stabbed to death at a birthday party say they "⟦p:a|finally have answers⟧" after two men were found guilty of his murder.
Tendai Moyo was attacked in the garden of a house in Wexley in June last year. Kieran Blythe, 20, and Jordan Pryce-Evans, 21, were convicted at Wexley Crown Court on Thursday.
As the verdicts were read, Blythe shouted from the dock: "⟦d:f|This is a joke!⟧"
Judge Samuel Oyelowo warned both men: "⟦d:e|You should expect very lengthy sentences.⟧" They will be sentenced next month.
Reading a statement on the steps of the court, Tendai's mother, Rutendo Moyo, said: "⟦d:b|Tendai was not in a gang. He was not involved in anything. He went to a party to celebrate his friend's birthday, and he never came home.⟧"
"⟦d:b|To the two men who took him from us: you will never know the son you destroyed.⟧"
Her husband, Farai Moyo, added: "⟦d:c|We thank the jury, and we thank the police, who never gave up on him.⟧"
Det Ch Insp Kirsty Llewellyn, of the Wexley homicide team, said: "⟦d:d|This was a senseless attack on a young man with his whole life ahead of him. I hope today brings his family some measure of peace.⟧"

### 040
@a Ione Marsh-Kerr | -
@b Ravi Chaudhary | a former secondary school science teacher
@c Penelope Sturridge | District Judge
@d Halvard Energy | -
@e Last Orchard | the group behind the protest
Five climate activists who sprayed orange paint across the glass frontage of an oil company’s headquarters have been found guilty of criminal damage.
Supporters outside Carnbury Magistrates’ Court chanted “⟦s:-|No new oil!⟧” as the defendants arrived, and one held a placard reading “⟦s:-|Guilty of caring⟧”.
Ione Marsh-Kerr, 24, told the court she had acted out of “⟦p:a|sheer desperation⟧”.
“⟦d:a|I’m 24. I’ve done the marches, I’ve signed the petitions, I’ve written to my MP. What else is left?⟧” she said.
Ravi Chaudhary, 31, a former secondary school science teacher, said: “⟦d:b|I taught children the science of climate change for eight years. I couldn’t keep teaching it and doing nothing about it.⟧”
“⟦d:c|Sincerity of belief is not a defence to criminal damage. Nor is it a licence,⟧” District Judge Penelope Sturridge said, fining each defendant £500 and ordering them to pay a share of the £14,000 clean-up bill.
Halvard Energy said: “⟦d:d|We respect the right to peaceful protest, but vandalism puts our staff at risk.⟧”
Last Orchard, the group behind the protest, said in a statement posted online that the convictions were “⟦p:e|a badge of honour⟧”.

### 041
@a Helen Abara | Judge
@b Ciaran Devlin | prosecuting
@c Simran Kaur Gill | defending
@d Ewan Hartley | Detective Sergeant
A drug dealer who used a 14-year-old boy to sell crack cocaine and heroin in Saltmarsh has been jailed for seven years.
Dwayne Farrelly-Knox, 28, of no fixed address, admitted two counts of being concerned in the supply of class A drugs and one of arranging the exploitation of a child.
Ciaran Devlin, prosecuting, told Castlebrook Crown Court the boy had been found with "⟦p:b|a burner phone, £640 in cash and 23 wraps of crack cocaine⟧" when police stopped him at a bus station in January.
Simran Kaur Gill, defending, said her client had himself been "⟦p:c|drawn into this world⟧" at the age of 15. "⟦d:c|He recognises the irony, and the tragedy, of that,⟧" she said.
Judge Helen Abara said Farrelly-Knox had treated the boy as "⟦p:a|disposable⟧".
"⟦d:a|You took a child who was already vulnerable, already out of school, and you made him into a drug dealer. He was arrested twice carrying your drugs while you sat at home,⟧" the judge told him.
"⟦d:a|County lines is a modern form of slavery, and the courts will treat it as such.⟧"
"⟦d:d|We will continue to target those who exploit children for profit, wherever they are,⟧" said Detective Sergeant Ewan Hartley after the hearing.

### 042
@a Michael Adeyinka-Shaw | senior coroner
@b Patience Akuffo | Its chief nurse
@c Erik Solberg | Mr Solberg’s son
@d Critical Care Nursing Forum | -
A coroner has warned that more patients will die unless a hospital trust fixes the “⟦p:a|unreliable and confusing⟧” alarm system on its intensive care unit.
In a prevention of future deaths report, senior coroner Michael Adeyinka-Shaw said nurses at Hollowmere General had become used to ignoring alarms because so many were false.
“⟦d:a|During the inquest, evidence was heard that a genuine alarm sounded for eleven minutes before anyone attended. In my opinion there is a risk that future deaths will occur unless action is taken,⟧” he wrote.
The report follows the inquest into the death of Graham Solberg, 67, who died in April after his ventilator tubing became disconnected.
Hollowmere University Hospitals Trust has 56 days to respond. Its chief nurse, Patience Akuffo, said: “⟦d:b|We accept the coroner’s findings in full and have already begun replacing the alarm system.⟧”
Mr Solberg’s son, Erik Solberg, said: “⟦d:c|Dad was in the safest place he could be, surrounded by machines that were supposed to keep him alive, and nobody came.⟧”
The Critical Care Nursing Forum said the report described “⟦p:d|a problem our members have been raising for years⟧”.

### 043
@a Tobias Fairclough | District Judge
@b Viktor Harmanescu | -
@c Celestine Ogunbiyi | His barrister
@d - | A spokesman for the Valdorian embassy
A businessman wanted in Valdoria on embezzlement charges has lost his fight against extradition, after a judge rejected his claim that prison conditions there would breach his human rights.
Viktor Harmanescu, 52, who gave evidence through an interpreter at Westbury Magistrates' Court, told the court he feared for his life.
«⟦d:b|If I go back, I will not survive one winter in that prison. They know exactly who I am and who I have spoken against,⟧» Mr Harmanescu said.
District Judge Tobias Fairclough disagreed. «⟦d:a|I am satisfied that the assurances given by the Valdorian authorities are specific, credible and capable of being monitored,⟧» he said.
His barrister, Celestine Ogunbiyi, said the decision would be challenged. «⟦d:c|We will be seeking permission to appeal to the High Court,⟧» she said.
Leaving court, Mr Harmanescu turned to waiting reporters. «⟦d:b|Nu mă întorc viu,⟧» he said in Romanian — «⟦d:b|I will not go back alive.⟧»
A spokesman for the Valdorian embassy said: «⟦d:d|Mr Harmanescu will receive a fair trial before an independent court, like any other citizen.⟧»

### 044
@a Desmond Aryee | prosecuting
@b Kai Holmes | the victim
@c Liam Ashdown | Corporal
@d Harriet Conway | Judge Advocate
@e - | A Calder Rifles spokesman
A corporal who punched a junior soldier during a drunken initiation ceremony has been demoted and sentenced to 90 days' detention at a court martial.
Corporal Liam Ashdown, 29, of the 3rd Battalion, the Calder Rifles, admitted assault occasioning actual bodily harm at Bulford Moor Military Court Centre.
Lieutenant Colonel Desmond Aryee, prosecuting, said the victim, Private Kai Holmes, 19, was made to drink a pint of vodka and then struck repeatedly in the face.
"⟦d:a|This was not horseplay. It was a sustained and humiliating assault on a young soldier who had been in the battalion for less than a month,⟧" Lt Col Aryee said.
In a statement, Pte Holmes said: "⟦d:b|I joined the Army to serve my country, not to be beaten up by my own section commander.⟧"
Ashdown told the court: "⟦d:c|I let my men down and I let myself down. There's nothing I can say that makes it right.⟧"
"⟦d:d|Bullying of this kind has no place in the armed forces,⟧" Judge Advocate Harriet Conway said. "⟦d:d|The board has, however, taken into account your otherwise exemplary record, including two operational tours.⟧"
A Calder Rifles spokesman said: "⟦d:e|The Army does not tolerate bullying. Corporal Ashdown has been held to account.⟧"

### 045
@a Amina Farah | -
@b Rupert Hale | Counsel to the inquiry
@c Yusuf Demir | a taxi driver from the ninth floor
@d Philippa Orme | The chair
@e - | one firefighter
Amina Farah was asleep with her three children on the 14th floor of Belvedere House when a neighbour hammered on her door at 2.10am.
Giving evidence to the Belvedere House Inquiry on Tuesday, she described the next 40 minutes in a steady voice, stopping only once.
“⟦d:a:m|The corridor was already black. You couldn’t see your own hand. I had the baby in one arm and I was holding my eldest by the hood of his coat, and my middle one was holding on to him.⟧
“⟦d:a:m|We’d been told, if there’s a fire, stay put. There was a sign on the back of the door that said that. So at first I went back inside. I put wet towels under the door, like they said.⟧
“⟦d:a|Then the smoke started coming through the walls. Through the plug sockets. That’s when I knew nobody was coming, and we went.⟧”
Counsel to the inquiry, Rupert Hale KC, asked her what she remembered of the stairwell. “⟦d:b|Were there any lights?⟧”
“⟦d:a|No. Nothing. We counted the steps.⟧”
Yusuf Demir, a taxi driver from the ninth floor, said residents had complained about the broken fire doors “⟦p:c|for years⟧”.
“⟦d:c|We wrote letters. We went to meetings. They gave us biscuits and minutes, and nothing happened,⟧” he said.
In a written statement read to the inquiry, one firefighter, who was not named, said crews had found the dry riser on the upper floors “⟦p:e|completely unusable⟧”.
The chair, Dame Philippa Orme, thanked the witnesses. “⟦d:d|What you have told us this morning will stay with everyone in this room,⟧” she said.

### 046
@a Brianna Castellanos-Reyes | his attorney
@b Verdant Fields Inc. | agrochemical company
@c - | a retired nurse who asked that her name not be used
@d Hector Villanueva | -
SAN MARCO (AP) — A jury on Friday ordered agrochemical company Verdant Fields Inc. to pay $48 million to a former groundskeeper who says its weedkiller caused his cancer.
Hector Villanueva, 58, sprayed the company's Clearline herbicide on school sports fields for 22 years before he was diagnosed with non-Hodgkin lymphoma in 2020.
"⟦d:a|For two decades this company knew what its product could do, and for two decades it said nothing,⟧" his attorney, Brianna Castellanos-Reyes, said after the verdict. "⟦d:a|Today twelve ordinary people said: enough.⟧"
Verdant Fields said it would appeal, calling the verdict "⟦p:b|inconsistent with decades of rigorous science.⟧"
"⟦d:b|We have deep sympathy for Mr. Villanueva and his family, but the evidence simply does not support a link between Clearline and his illness,⟧" the company said in a statement.
One juror, a retired nurse who asked that her name not be used, said the panel had been swayed by the company's own internal emails. "⟦d:c|They wrote it down themselves. We just read it,⟧" she said.
Villanueva, who attended every day of the five-week trial in a wheelchair, wept as the verdict was read.
"⟦d:d|I just want to see my grandkids graduate,⟧" he said. "⟦d:d|The money, I don't care about the money.⟧"

### 047
@a Jean Whitworth | -
@b Kerry Bamford | -
@c Lorraine Cheung | presiding magistrate
@d Alan Whitworth | husband
A “⟦s:-|trusted⟧” pet sitter helped herself to £14,000 of jewellery from a pensioner couple while feeding their cat, a court heard.
Kerry Bamford, 42, looked after Mittens for Jean Whitworth, 71, and husband Alan, 74, whenever the couple visited their daughter in Spain.
Over two years she pocketed rings, a gold bracelet and a string of pearls that had belonged to Jean’s mother, and sold them to a pawnbroker in Lowther Street. Neighbours have since dubbed her the “⟦s:-|Cat Burglar⟧”.
“⟦d:a|She was in our home every month for two years. She sat on our sofa, drank our tea and stroked our cat while she was robbing us blind,⟧” Jean said after the hearing.
Alan Whitworth added: “⟦d:d|The pearls were the only thing Jean had of her mum’s. You can’t put a price on that.⟧”
Bamford, who admitted theft at Hexley Magistrates’ Court, sobbed in the dock. “⟦d:b|I’m so ashamed. I was desperate,⟧” she told the bench.
But presiding magistrate Lorraine Cheung told her: “⟦d:c|You betrayed the trust of an elderly couple in the worst possible way.⟧”
The case was sent to the crown court for sentence.

### 048
@a - | the boy
@b Gavin Strudwick | a PE teacher at Ashfield Grange School in Morden Vale
@c Nadia Petrakis | defending
@d - | a 14-year-old girl who saw the incident
@e Jonah Feld | prosecuting
A jury has been shown a video in which a 12-year-old boy tells police his PE teacher grabbed him by the throat and pinned him against a wall.
Gavin Strudwick, 47, a PE teacher at Ashfield Grange School in Morden Vale, denies assault by beating.
Jonah Feld, prosecuting, told jurors: "⟦d:e|This is a case about a grown man losing his temper with a child.⟧"
In the recorded interview, the boy, now 13, who cannot be named, said: "⟦d:a|He grabbed me here and pushed me against the wall, and he said, 'You'll do as you're told.' I couldn't breathe properly.⟧"
Cross-examined by video link by Nadia Petrakis, defending, the boy was asked: "⟦d:c|You'd been told off by Mr Strudwick earlier that day, hadn't you?⟧"
"⟦d:a|Yes.⟧"
"⟦d:c|And you were angry with him?⟧"
"⟦d:a|A bit. But that's not why I said it.⟧"
The jury also heard from a 14-year-old girl who saw the incident. "⟦d:d|Mr Strudwick looked really angry. I'd never seen him like that before,⟧" she said.
In a police interview read to the court, Mr Strudwick said he had "⟦p:b|guided⟧" the boy out of a crowded corridor and had "⟦p:b|never once laid a finger on a child in anger⟧" in 23 years of teaching.
The trial continues.

### 049
@a Aaron Mbeki-Lowe | -
@b - | A woman in the public gallery
@c Nicholas Ferreira-Lund | Judge
@d Grace Nwosu | Detective Chief Inspector
@e Rajesh Varma | The shop’s owner
Three men have been convicted of conspiracy to rob after a sledgehammer raid on a jewellery shop in the Halston Arcade in which £1.3m of watches and rings were taken.
Aaron Mbeki-Lowe, 27, Stefan Kowal, 31, and Liam Dunne, 29, were found guilty by a jury at Kingsmere Crown Court after a five-week trial.
As the verdicts were read, Mbeki-Lowe shouted “⟦d:a|I wasn’t even there!⟧” and banged on the glass of the dock.
A woman in the public gallery screamed “⟦d:b|You’ve got the wrong man!⟧” and was escorted out by security staff. Someone else shouted “⟦d:-|Disgrace!⟧” from the back of the court.
Judge Nicholas Ferreira-Lund waited for quiet before addressing the jury. “⟦d:c|Ladies and gentlemen, you have given this case your careful attention over five weeks, and I am very grateful to you,⟧” he said. “⟦d:c|I am excusing you all from jury service for the next ten years.⟧”
Detective Chief Inspector Grace Nwosu said the gang had “⟦p:d|terrorised⟧” staff, who were forced to lie on the floor as display cases were smashed.
“⟦d:d|These men thought they were untouchable. The evidence showed otherwise,⟧” she said.
The shop’s owner, Rajesh Varma, said he had not slept properly since the raid. “⟦d:e|My staff still jump when the door opens,⟧” he said. “⟦d:e|That is what these men took. Not the watches.⟧”
All three will be sentenced on 14 November.

### 050
@a Matthias Brunner | Her climbing partner
@b Alison Tweddle | Coroner
@c Sarnen Mountain Rescue Service | -
@d Harriet Langridge | Her sister
An experienced mountaineer from Harrowden died when a snow bridge collapsed beneath her and she fell into a crevasse, an inquest has heard.
Philippa "⟦s:-|Pip⟧" Langridge, 38, a radiographer, was descending from a 3,900-metre peak in the Sarnen massif with a friend on 11 August last year.
Her climbing partner, Matthias Brunner, gave evidence by video link from his home in Grindau.
"⟦d:a|The snow bridge looked solid. We'd crossed a dozen like it that week. Pip went first because she was lighter,⟧" he said.
Coroner Alison Tweddle asked him: "⟦d:b|Were you roped together at that point?⟧"
"⟦d:a|No. We had unroped for the descent because the slope was easy. With hindsight, that was a mistake, and I will live with it.⟧"
The Sarnen Mountain Rescue Service said in a written statement that the crevasse was "⟦p:c|at least 30 metres deep⟧" and that Ms Langridge would have died instantly.
Recording a conclusion of accidental death, Ms Tweddle said: "⟦d:b|Pip clearly lived a life full of adventure, and those who knew her have spoken of her with enormous warmth.⟧"
Her sister, Harriet Langridge, said: "⟦d:d|She would have hated anyone blaming Matthias. The mountains were where she was happiest.⟧"

### 051
@a Dafydd Roberts | Tribunal Judge
@b Ilyas Qadri | -
@c Mariam Yusuf | a nursing student who lived in the block for two years
@d Lucia Bianchi | fellow tenant
@e Eastfold Renters’ Union | -
Tenants of a mould-ridden block of flats in Eastfold have won rent repayment orders totalling £62,000 after a tribunal found their landlord had been operating unlicensed houses in multiple occupation.
Ilyas Qadri, 59, who owns 14 properties in the town, told the property tribunal that the damp was caused by tenants drying washing indoors.
“⟦d:b|I spend thousands on repairs every year. I cannot stand in their kitchens and make them open the windows,⟧” Mr Qadri said.
Mariam Yusuf, a nursing student who lived in the block for two years, said: “⟦d:c|My son’s asthma got so bad we were in A&E three times in one winter. I sent the landlord photographs every month.⟧”
“⟦d:d|He would come round, look at it, say ‘open a window’, and leave,⟧” said fellow tenant Lucia Bianchi.
In the tribunal’s decision, Tribunal Judge Dafydd Roberts wrote: “⟦d:a|We prefer the evidence of the tenants, which was consistent and supported by photographs and medical records.⟧”
He described the landlord’s conduct as “⟦p:a|cavalier at best⟧”.
Eastfold Renters’ Union, which supported the tenants, said: “⟦d:e|This ruling should be a warning to every landlord in this town who thinks a tin of paint is a repair.⟧”

### 052
@a Esperanza Dalisay | -
@b Marcus Whitfield | Immigration Judge
@c Bea Santos | Her granddaughter
@d Border and Residence Agency | -
@e Hamish Forbes-Liddell | Local MP
@f - | her lawyers
A grandmother who has lived in Corrindale for 31 years was granted bail by an immigration tribunal yesterday, hours before she was due to be put on a charter flight.
Esperanza Dalisay, 67, came from the Philippines as a nurse in 1993 and worked at Corrindale Royal Infirmary until she retired. Her leave to remain lapsed in 2019 after what her lawyers describe as ``⟦p:f|an administrative muddle⟧''.
``⟦d:a|I have paid my taxes, I have nursed this country's sick, and I have buried my husband here. Where else would I go?⟧'' Mrs Dalisay said outside the hearing centre.
Immigration Judge Marcus Whitfield said she posed ``⟦p:b|no risk of absconding whatsoever⟧''. ``⟦d:b|She has lived at the same address for 24 years. She is hardly likely to disappear,⟧'' he said.
Her granddaughter, Bea Santos, 19, said the family had learned of the removal from a letter. ``⟦d:c|It came on a Friday. They gave her five days to pack up her whole life,⟧'' she said.
The Border and Residence Agency said: ``⟦d:d|We do not comment on individual cases.⟧''
Local MP Hamish Forbes-Liddell called the attempted removal ``⟦p:e|inhumane and absurd⟧''. ``⟦d:e|This is a woman who spent thirty years looking after my constituents. We should be thanking her,⟧'' he said.

### 053
@a Ormsby | the court’s deputy president
@b Achebe-Ross | dissenting
@c Bernard Oakes | Trustee
@d Josiah Brearley | mill owner
The Supreme Court has ruled by a majority of four to one that a Victorian charitable trust set up to fund a village schoolroom can be used to build a community centre.
The Harrowby Educational Foundation was set up in 1887 under the will of mill owner Josiah Brearley, who directed that his money should provide “⟦p:d|instruction and improvement for the children of the parish⟧”. The schoolroom closed in 1961.
Giving the lead judgment, Lady Ormsby, the court’s deputy president, said: “⟦d:a|The founder’s intention, read as a whole, was to benefit the children of Harrowby. In 1887 that meant a schoolroom. It need not mean only that today.⟧”
Lady Achebe-Ross, dissenting, took a different view. “⟦d:b|Charity law should be slow to rewrite the wishes of the dead merely because the living find them inconvenient,⟧” she wrote.
She warned that the decision risked opening “⟦p:b|a door that may prove difficult to close⟧”.
Trustee Bernard Oakes, 80, who has chaired the foundation for 26 years, said: “⟦d:c|We have been arguing about this since before some of the justices were born. I am delighted, and I am exhausted.⟧”

### 054
@a Stanley Mortimer | -
@b Adebola Jackson | The chair of the bench
@c Gemma Hartigan | Prosecutor
@d - | A Pricewell spokesperson
@e - | A woman who had been sitting in the public gallery
@f - | magistrates
An 81-year-old widower who stole a £4.20 pack of ham from a supermarket has been given a conditional discharge by magistrates who said he needed "⟦p:f|help, not punishment⟧".
Stanley Mortimer, of Kings Walk, Brampton Moor, admitted theft from the Pricewell store in the town centre on 3 February.
Prosecutor Gemma Hartigan said he had been stopped by a security guard and had immediately offered to pay. "⟦d:c|He was, by all accounts, extremely apologetic,⟧" she said.
"⟦d:a|I'd never stolen anything in my life. My pension hadn't come through and I was hungry. I'm not making excuses,⟧" Mr Mortimer told Brampton Moor Magistrates' Court.
The chair of the bench, Adebola Jackson, told him: "⟦d:b|Mr Mortimer, nobody in this courtroom thinks you are a criminal. We think you are a man who needed help and didn't get it.⟧"
No costs were ordered. A Pricewell spokesperson said: "⟦d:d|We have been in touch with Mr Mortimer and would very much like to help.⟧"
A woman who had been sitting in the public gallery pressed a £20 note into his hand outside court. "⟦d:e|Get yourself a proper dinner, love,⟧" she said.

### 055
@a - | An inquest jury
@b Simon Treharne | the driver of the police car
@c Naomi Adjei-Brown | the family’s barrister
@d Abena Mensah | Kofi’s mother
@e Police Conduct Authority | -
@f Julian Strand | Assistant coroner
An inquest jury has found that a police pursuit which ended in the death of a 17-year-old moped rider was “⟦p:a|not justified⟧” and should have been called off.
Kofi Mensah-Barnes died when his moped hit a lamp post in Carrow Road, Eastmere, in September 2022, after being followed by a marked car for almost two miles.
PC Simon Treharne, the driver of the police car, told the hearing he had believed the teenager was carrying a weapon. “⟦d:b|I made the decision I thought was right with the information I had,⟧” he said.
Questioned by the family’s barrister, Naomi Adjei-Brown, he accepted he had lost sight of the moped before the crash.
“⟦d:c|You lost sight of him for 40 seconds, didn’t you?⟧”
“⟦d:b|Around that, yes.⟧”
“⟦d:c|And you carried on anyway.⟧”
“⟦d:b|I did.⟧”
Assistant coroner Julian Strand told the jurors they had reached their conclusion “⟦p:f|with obvious care⟧” and said he would be writing to the chief constable.
Kofi’s mother, Abena Mensah, spoke outside the court for several minutes.
“⟦d:d:m|Kofi was 17. He was a boy who made a stupid decision on a moped, and for that he was chased to his death.⟧
“⟦d:d|I don’t want anybody else’s son to die like this. That is all I have ever wanted from this.⟧”
The Police Conduct Authority said it had reopened its investigation “⟦p:e|in light of the jury’s findings⟧”.

### 056
@a Cian Moriarty | Jockey
@b Anthony Belfrage | panel chair
@c Rosie Albright | His trainer
@d Racing Integrity Board | -
@e - | a disciplinary panel
Jockey Cian Moriarty has been banned for 28 days after a disciplinary panel found he had used his whip with "⟦p:e|excessive force and frequency⟧" on a young filly at Ashcombe Park last month.
Moriarty, 26, known in the weighing room as "⟦s:-|the Iceman⟧", struck Silver Calico 14 times in the final furlong of a maiden race she won by a neck.
"⟦d:a|She was running green and I was trying to keep her straight. I never once hit her in anger,⟧" he told the hearing.
"⟦d:b|The panel does not doubt Mr Moriarty's skill. It doubts his judgment on this occasion,⟧" said panel chair Sir Anthony Belfrage.
His trainer, Rosie Albright, said the rider would not appeal. "⟦d:c|Cian is a horseman through and through. He'll take his punishment and come back stronger,⟧" she said.
The Racing Integrity Board said the ban "⟦p:d|sends a clear message about horse welfare⟧".

### 057
@a Lachlan Pryor | Judge
@b Mele Taufa | -
@c Graham Fitzwater | -
@d Anh Nguyen | Crown prosecutor
@e Bradley Kerrigan | -
A fishing charter skipper whose overloaded boat capsized off Cape Wollert, drowning three passengers, has been jailed for four years.
Bradley Kerrigan, 55, pleaded guilty in the County Court in Port Carrick to three counts of negligently causing death.
Crown prosecutor Anh Nguyen said Mr Kerrigan had taken 14 passengers on a vessel certified for ten and had ignored a gale warning. “⟦d:d|He was warned twice that morning, once by the harbourmaster and once by another skipper,⟧” she said.
Mele Taufa, whose husband Viliami drowned, read her statement through tears.
“⟦d:b|We came to this country for a better life. He went fishing on his birthday. I have had to tell our daughters that the sea took their father because a man wanted four more fares,⟧” Mrs Taufa said.
Graham Fitzwater, whose son Aidan, 23, was among those killed, told the court he had “⟦p:c|stopped living⟧” the day of the capsize. “⟦d:c|I go to work, I come home, I sit in his room,⟧” he said.
Kerrigan, who was himself pulled from the water after four hours, told the court: “⟦d:e|There isn’t a minute of the day I don’t think about them.⟧”
Sentencing him, Judge Lachlan Pryor said: “⟦d:a:m|I accept that your remorse is genuine and that you too have been profoundly affected by what happened.⟧
“⟦d:a|But you chose to put to sea in conditions you knew to be dangerous, with far more people on board than your vessel could safely carry. Three families are living with the consequences of that choice.⟧”

### 058
@a Adekunle-Fraser | Mr Justice
@b Bethany Crewe | His solicitor
@c Paul Hendry | The victim's brother
@d - | A court official
A murder trial at Ridgeholm Crown Court collapsed on Wednesday after a juror was found to have researched the defendant online.
Mohammed Al-Rashidi, 44, denies murdering Graeme Hendry, 39, who was found with head injuries outside a snooker hall in the town in January.
Discharging the jury on the eighth day of the trial, Mr Justice Adekunle-Fraser said: "⟦d:a|It is with the greatest regret that I have to discharge you. One of your number has done precisely what I told you, on the first day and on every day since, not to do.⟧"
"⟦d:a|I am not going to say any more about that in open court. The matter will be dealt with separately.⟧"
A court official said the juror had been "⟦p:d|spoken to⟧" by the judge in private and could face proceedings for contempt.
His solicitor, Bethany Crewe, said outside court: "⟦d:b|Mr Al-Rashidi has waited ten months for this trial. He will now have to wait again, through no fault of his own.⟧"
The victim's brother, Paul Hendry, said the family was "⟦p:c|devastated⟧". "⟦d:c|We sat through every day of it. We'll sit through every day of the next one,⟧" he said.
A retrial has been fixed for March.

### 059
@a - | A former pupil at Ardleigh Hall School
@b Kwame Boateng-Price | counsel to the inquiry
@c Anthony Carrow | headmaster from 1979 to 1994
@d Siobhan Mulcahy | Inquiry chair
@e Ardleigh Foundation | -
A former pupil at Ardleigh Hall School has told an inquiry that boarders who reported abuse were “⟦p:a|treated as liars and troublemakers⟧” by the staff they turned to for help.
The man, now in his fifties, who cannot be identified, gave evidence from behind a curtain on the second day of the inquiry’s hearings in Brackley.
“⟦d:a:m|I was eleven. I told the housemaster, and he told me I had an overactive imagination and should write stories instead. The next week I was moved into a room on my own, at the end of the corridor.⟧
“⟦d:a|I have never told my children why I won’t let them go on school trips. Today is the first time I have said any of this out loud.⟧”
Asked by Kwame Boateng-Price, counsel to the inquiry, whether he had ever told his parents, he said: “⟦d:a|Once. My father said, ‘Ardleigh made me a man, and it will make you one too.’ So I stopped.⟧”
Anthony Carrow, headmaster from 1979 to 1994, is due to give evidence next month. In a written statement already submitted to the inquiry, he said he had “⟦p:c|no recollection of any complaint of that nature⟧”.
Mr Boateng-Price told the hearing the inquiry had received 212 accounts from former pupils. “⟦d:b|That number is still rising,⟧” he said.
Inquiry chair Professor Siobhan Mulcahy thanked the witness. “⟦d:d|You have shown a great deal of courage today, and it will not be wasted,⟧” she said.
The Ardleigh Foundation, which now runs the school, said it was “⟦p:e|deeply sorry⟧” for the harm done.

### 060
@a Émilie Caron | -
@b Nadia Haddad | a structural engineer who examined the balcony after the collapse
@c Geneviève Lapointe | Crown prosecutor
@d Jean-Philippe Tremblay-Osei | defence lawyer
@e Martin Lebrun | Justice
MONTFERRAND — A student who fell three storeys when a balcony collapsed during a party told a jury on Monday that she heard «⟦p:a|a crack like a gunshot⟧» seconds before the floor gave way.
Émilie Caron, 21, is one of six people injured in the collapse at a rented triplex on Rue des Tanneurs in October 2022. The building's owner, Gérald Bouchard, 63, is on trial for criminal negligence causing bodily harm.
«⟦d:a|C'était un bruit terrible,⟧» Ms Caron said in French, before switching to English. «⟦d:a|It was a terrible noise. Then I was on the ground and I couldn't feel my legs.⟧»
Crown prosecutor Geneviève Lapointe called Nadia Haddad, a structural engineer who examined the balcony after the collapse.
«⟦d:c|In your opinion, how long had the supporting joists been rotting?⟧» Ms Lapointe asked.
«⟦d:b|Years. At least five, probably more. It would have been visible to anyone who looked underneath,⟧» Ms Haddad replied.
Under cross-examination, defence lawyer Jean-Philippe Tremblay-Osei suggested the balcony had been overloaded. «⟦d:d|There were more than twenty people on a balcony designed for perhaps eight. Isn't that the real cause?⟧» he asked.
«⟦d:b|A sound balcony would have held them,⟧» she said.
Justice Martin Lebrun adjourned the trial until Wednesday. «⟦d:e|The jury will please not discuss the evidence with anyone, including one another, until then,⟧» he said.

### 061
@a Hilda Mwangi-Otieno | Justice of Appeal
@b Wanjiru Kamau | -
@c Peter Kiprotich | -
@d Daniel Ouma | his advocate
NYAMARA -- The Court of Appeal yesterday upheld a ruling that a Sh48 million lottery jackpot must be split equally between two former workmates who had shared the cost of the winning ticket.
Wanjiru Kamau and Peter Kiprotich, both clerks at the Nyamara county land registry, had each contributed Sh50 to a weekly ticket for six years. When their numbers came up in 2021, Mr Kiprotich claimed the prize for himself, saying the ticket had been bought that week with his money alone.
Delivering the judgment of a three-judge bench, Justice of Appeal Hilda Mwangi-Otieno said: ``⟦d:a|The evidence of a long-standing arrangement is overwhelming. A partnership of this kind does not dissolve on the one Friday it happens to pay out.⟧''
She described Mr Kiprotich's account as ``⟦p:a|convenient and wholly unsupported⟧''.
Ms Kamau, who wept as the judgment was read, said outside the court: ``⟦d:b|I never wanted a fight. I only wanted what we agreed. We used to say, if we win, we will both build houses for our mothers.⟧''
Mr Kiprotich declined to comment, but his advocate, Daniel Ouma, said his client was ``⟦p:d|considering his options⟧''. ``⟦d:d|Mr Kiprotich maintains that he was the sole purchaser of that ticket,⟧'' he said.
Asked by a reporter whether the two would ever speak again, Mr Kiprotich paused at the car door. ``⟦d:c|Only God knows,⟧'' he said.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh115.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh115",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
