# ruff: noqa: E501
"""Build ``quotes_fresh127.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, property and
immigration tribunals, a court martial, a parole hearing and a foreign court, written
as wire copy, broadsheet and local-paper court reports, tabloid court stories,
broadcaster web copy and a magazine feature.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh127-NNN``.

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
  it (``The juror, a woman in her 20s``; ``Her coroner's officer, Des Fogarty, a former
  police sergeant``): the appositive is the description. A title or role phrase before
  the name alone (``Judge``, ``Employment Judge``, ``Senior coroner``, ``the coroner,
  Aled Vaughan``, ``Counsel to the inquiry, …``, ``Prosecutor``, ``His widow, …``) is
  the description, and it is kept even when the passage later calls the person ``the
  judge`` or ``the woman`` at a cue. Where a comma-set role phrase and a title both
  stand before the name (``The panel chair, Judge Imelda …``), the role phrase is the
  description; a possessive before a title belongs to it (``Veldmoor Police's Chief
  Constable``).
* Police and military ranks before a name (``PC``, ``Detective Inspector``, ``Lance
  Corporal``, ``Major``, ``Private``) are role titles, so descriptions. Judicial and
  courtesy styles (``Mr Justice``, ``Lady Justice``, ``Lord Justice``, ``Lady``,
  ``Lord``, ``Sir``, ``Dame``, ``Baroness``, ``Sister`` for a nurse) are honorifics:
  stripped from the name, never the description.
* Where a speaker is introduced without an appositive or title and the passage refers
  to them by a definite description at a cue (``the judge said``, ``the television
  gardener``), that description is taken.
* The courtroom tags after a barrister's name (``prosecuting``, ``defending``,
  ``mitigating``, ``for the Crown``, ``representing the Valtrian authorities``) are not
  noun phrases and so are not descriptions.
* A victim or family statement read to the court by someone else (a prosecutor, a
  police officer) belongs to its author; a letter read aloud by a barrister belongs to
  the writer. A defendant's police interview read to the jury is his speech.
* Words a witness reports someone else as saying, quoted in the reporter's sentence
  or inside a transcript answer, belong to the person who said them when the passage
  identifies that person (``she had heard Mr Lewthwaite tell another board member:
  …``); the witness is the speaker only of her own words.
* Initials or a cipher by which an anonymous appellant or protected witness is known
  (``MK``, ``RS-14``) are taken as the name.
* A group of unnamed people speaking together (``the jury wrote``) has a null speaker
  and that phrase as the description; named bodies (councils, police forces, health
  boards, companies, campaign groups) are organisations and so speakers.
* A shout heard on footage or from a courtroom without any identification of who
  shouted is ``direct`` with speaker and description null; a shout from ``a woman in
  the public gallery`` has that description.
* A fragment in the opening paragraph whose speaker is identified only later in the
  passage (``with a judge telling him his victim had been "…"``) belongs to that
  speaker; words of a court's ruling belong to the judge who gave the judgment.
* Text messages and blog posts quoted as written are ``direct`` speech of their
  writer; a sign's wording is ``scare``.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh127.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh127.jsonl")

PASSAGES = """
### 001
@a Delphine Okafor-Reyes | a former finance director at Calloway Freight
@b Tobias Wrenfield | Hartigan's barrister
@c Simone Achterberg | Prosecutor
@d Ivo Marchetti | Judge
BRINDMOOR, England, March 4 - A former finance director told a jury on Tuesday she had been ordered to "⟦p:a|make the numbers disappear⟧" in the months before the collapse of Calloway Freight, the haulage group whose founder, Gerald Hartigan, is on trial accused of a 40-million-pound fraud.
Delphine Okafor-Reyes, a former finance director at Calloway Freight, said Hartigan, 61, had told her at a meeting in August 2019 that the company's lenders "⟦p:a|did not need to see the whole picture⟧".
"⟦d:a|I understood that to mean that I should leave the losses at the Teesmouth depot out of the quarterly pack,⟧" she told Brindmoor Crown Court. "⟦d:a|I said I wasn't comfortable. He said comfort was not in my job description.⟧"
Hartigan denies four counts of fraud by false representation and one of false accounting.
Under cross-examination, Hartigan's barrister, Tobias Wrenfield KC, suggested she had "⟦p:b|rewritten history⟧" to protect herself.
"⟦d:b|You were the finance director. The pack had your name on it, not his. Isn't that right?⟧" Wrenfield asked.
"⟦d:a|My name was on it because he put it there,⟧" Okafor-Reyes replied.
"⟦d:b|That is not an answer to my question.⟧"
"⟦d:a|It's the only answer I have,⟧" she said.
Prosecutor Simone Achterberg KC told jurors at the opening of the trial last week that the case was "⟦p:c|about a man who could not admit that his company was failing⟧".
The trial, before Judge Ivo Marchetti, is expected to last eight weeks. The judge reminded jurors on Tuesday not to research the case online. "⟦d:d|What you read on the internet is not evidence, and some of it is not even true,⟧" he said.

### 002
@a Bernadette Kiely | Chair of the bench
@b Harjit Sandhu | His solicitor
@c Lewis Dunmore | -
@d Alison Merrow | -
A KETTLESBY man who was nearly three times the drink-drive limit when he crashed into a bus shelter told police he had “⟦p:c|only had a couple⟧”, magistrates heard.
Lewis Dunmore, 27, of Gorse Avenue, pleaded guilty at Ashcombe Magistrates’ Court to drink-driving and failing to stop after an accident.
Prosecuting, Alison Merrow said officers found Dunmore sitting on a garden wall two streets away at about 1.40am on Sunday, January 12.
“⟦d:d|He was unsteady on his feet and smelt strongly of intoxicants,⟧” Mrs Merrow said. “⟦d:d|When asked what had happened, he told officers the shelter had ‘come out of nowhere’.⟧”
A breath test showed 97 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.
His solicitor, Harjit Sandhu, said his client had lost his job as a delivery driver as a result of the offence and was “⟦p:b|deeply ashamed⟧”.
“⟦d:b|He accepts he could have killed someone. Thankfully, at that time of night, nobody was waiting for a bus,⟧” Mr Sandhu said. “⟦d:b|He has already signed up for a drink-drivers’ rehabilitation course.⟧”
Chair of the bench Bernadette Kiely told Dunmore: “⟦d:a|You were lucky. The people of Kettlesby were luckier.⟧”
He was banned from driving for 30 months, fined £1,150 and ordered to pay £85 costs and a £460 victim surcharge. Asked whether he had anything to say, Dunmore replied: “⟦d:c|Just sorry, that’s all.⟧”

### 003
@a Maureen Tallis | Jade’s mum
@b Caroline Mbatha-Reid | Judge
@c Kyle Brannigan | a scaffolder from Carrow Bridge
@d - | One man in the public gallery
A MUM whose daughter was stabbed to death on her 22nd birthday told her killer: “⟦d:a|You took the sun out of our sky.⟧”
Jade’s mum, Maureen Tallis, 54, clutched a photo of her daughter as her heartbreaking statement was read to Wexcombe Crown Court by prosecutor Dev Anand yesterday.
“⟦d:a:m|Jade was the loudest person in any room. She sang in the shower, she sang in the car, she sang at funerals when she wasn’t supposed to.⟧
“⟦d:a:m|Now the house is silent. I set four places at the table every night and then I remember.⟧
“⟦d:a|I will never forgive you. I don’t want to. You don’t deserve it.⟧”
Kyle Brannigan, 29, a scaffolder from Carrow Bridge, was found guilty of murder last month after a two-week trial.
Jailing him for life with a minimum term of 21 years, Judge Caroline Mbatha-Reid said: “⟦d:b|This was a senseless, drunken and cowardly attack on a young woman who had done nothing but ask you to leave her alone.⟧”
She added: “⟦d:b|You have shown not a flicker of remorse.⟧”
Brannigan, who stared at the floor throughout, shouted “⟦d:c|This is a fit-up⟧” as he was led to the cells.
One man in the public gallery yelled back: “⟦d:d|Rot in there.⟧”

### 004
@a Alasdair Whyte | Senior coroner
@b Rukhsana Begum-Holt | a consultant pathologist
@c Peter Lindqvist | His brother
@d Fern Ogilvie | a mountain rescue team leader
An experienced hillwalker who died after falling from a ridge in the Brindle Fells had probably been blown off his feet by gusts of up to 70mph, an inquest heard.
Anders Lindqvist, 48, from Port Alder, was found by rescuers at the foot of Raven Gully on November 3 last year, a day after he failed to return from a solo walk.
Fern Ogilvie, a mountain rescue team leader, told the hearing at Kelderby Coroner's Court that conditions on the day were "⟦p:d|some of the worst I have seen in 20 years on the team⟧".
"⟦d:d|We were crawling on the ridge in places. You could not stand up,⟧" she said. "⟦d:d|I would not have sent my own team up there if there had been any other way of reaching him.⟧"
Rukhsana Begum-Holt, a consultant pathologist, gave the cause of death as multiple injuries. "⟦d:b|These injuries would have been unsurvivable, and I would expect death to have been very rapid,⟧" she said.
Senior coroner Alasdair Whyte asked her whether Mr Lindqvist would have been aware of what was happening. "⟦d:b|In my opinion, no,⟧" Dr Begum-Holt replied.
His brother, Peter Lindqvist, said in a statement read to the inquest that Anders had "⟦p:c|lived for the hills⟧".
"⟦d:c|He checked the forecast more carefully than anyone I know. If he went up, he thought it was safe, and mostly he was right,⟧" the statement said.
Recording a conclusion of misadventure, Mr Whyte said: "⟦d:a|Mr Lindqvist was a careful and competent walker who was caught out by conditions which worsened far more quickly than forecast. I offer my sincere condolences to his family.⟧"

### 005
@a Imogen Strachan-Bello | Counsel to the inquiry
@b Malcolm Ferriby | the roads minister from 2016 to 2019
@c Ottoline Maddox | the inquiry chair
@d - | his private secretary
A former transport minister has admitted he “⟦p:b|never read⟧” an engineering report warning that the Corran Bridge was at risk of collapse, nine months before it fell into the estuary, killing seven people.
Malcolm Ferriby, the roads minister from 2016 to 2019, told the Corran Bridge Inquiry on Wednesday that the report had been summarised for him in a single paragraph.
Counsel to the inquiry, Imogen Strachan-Bello KC, took him through the document page by page.
“⟦d:a|Page four, paragraph two: ‘The risk of sudden failure of the northern hanger assemblies is assessed as high.’ Did you see those words at any point before the collapse?⟧” she asked.
“⟦d:b|I did not,⟧” Mr Ferriby said.
“⟦d:a|Should you have?⟧”
“⟦d:b|With hindsight, yes. At the time I had something like 300 submissions a month. I relied on officials to tell me what mattered.⟧”
“⟦d:a|And did they?⟧”
Mr Ferriby paused for several seconds. “⟦d:b|Not on this occasion, no.⟧”
Relatives of the victims, several of whom wore photographs of their loved ones on lanyards, shook their heads.
Ms Strachan-Bello then showed him an email in which his private secretary described the report as “⟦p:d|alarmist⟧” and “⟦p:d|one for the long grass⟧”.
“⟦d:b|I find that language deeply regrettable,⟧” he said. “⟦d:b|I want to say to the families, as I have said before, that I am sorry.⟧”
At the end of the session the inquiry chair, Dame Ottoline Maddox, said senior officials from the department would give evidence next week. “⟦d:c|They will be asked the same questions,⟧” she said.

### 006
@a Nkechi Amadi | -
@b Gareth Pennock | her area manager
@c Rhiannon Pryce | Employment Judge
@d Hollander's Home & Garden | -
@e Marcus Feld | -
A store manager who was sacked after refusing to open on Boxing Day was unfairly dismissed, an employment tribunal has ruled.
Nkechi Amadi, 44, ran the Whitmore Park branch of Hollander's Home & Garden for nine years before she was dismissed for gross misconduct in January last year.
The tribunal in Carrow Bridge heard that Ms Amadi had told her area manager, Gareth Pennock, that she would not ask staff to work on December 26 after they had been promised the day off.
"⟦d:a|I had made them a promise in September. I wasn't going to break it with a week's notice,⟧" she told the hearing. "⟦d:a|These are people on minimum wage with children at home.⟧"
Mr Pennock said in evidence that the decision to open had been made "⟦p:b|at board level⟧" and was "⟦p:b|not up for debate⟧".
Cross-examined by Marcus Feld, representing Ms Amadi, he accepted that other branch managers had been allowed to open with a skeleton staff.
"⟦d:e|So why was Ms Amadi sacked and they weren't?⟧" Mr Feld asked.
"⟦d:b|They didn't refuse outright,⟧" Mr Pennock said.
In her judgment, Employment Judge Rhiannon Pryce said the dismissal had been "⟦p:c|outside the band of reasonable responses⟧". She wrote: "⟦d:c|The claimant was an experienced and well-regarded manager with an unblemished record. The respondent did not consider any sanction short of dismissal and has not explained why.⟧"
Hollander's Home & Garden said it was "⟦p:d|disappointed⟧" by the ruling and was "⟦p:d|considering its options⟧".

### 007
@a Aurélien Moukoko | the appellant
@b Hester Vane | a presenting officer for the Border Directorate
@c Ruaidhrí Ó Catháin | Immigration Judge
@d Border Directorate | -
A man who says he was tortured by a militia in northern Marenza has won his appeal against removal after a judge found his account «⟦p:c|detailed, consistent and plausible⟧».
Aurélien Moukoko, 31, the appellant, gave evidence in French through an interpreter at the First-tier Tribunal in Harbridge.
Asked by Hester Vane, a presenting officer for the Border Directorate, why he had not claimed asylum in the first safe country he reached, he replied: «⟦d:a|Je ne savais même pas où j’étais.⟧» – «⟦d:a|I didn’t even know where I was,⟧» the interpreter said.
«⟦d:b|You travelled through three countries. You had a phone. You could have checked,⟧» Ms Vane said.
«⟦d:a|The phone belonged to the driver. We were told not to speak,⟧» Mr Moukoko said through the interpreter.
In a written decision published on Friday, Immigration Judge Ruaidhrí Ó Catháin said: «⟦d:c|I have reminded myself that the standard of proof is a low one. Having heard the appellant give evidence over the course of a full day, I am satisfied that he has told me the truth about the core of his account.⟧»
He added that the Directorate’s reliance on minor discrepancies in dates was «⟦p:c|unfair to a witness recalling events from six years ago, through an interpreter, in a room full of strangers⟧».
The Border Directorate said it was «⟦p:d|reviewing the determination⟧».

### 008
@a Nwosu | -
@c Sinéad Kinsella | His mother
@d Faisal Rahimi | -
Three appeal judges have cut the sentence of a young man jailed for eight years over a fight outside a nightclub, ruling that the trial judge had “⟦p:a|double-counted⟧” his previous conviction.
Darragh Kinsella, 23, from Moyle Cross, was convicted in 2022 of causing grievous bodily harm with intent after punching a man who hit his head on a kerb.
Giving the judgment of the Court of Appeal on Thursday, Lady Justice Nwosu said the original sentence was “⟦p:a|manifestly excessive⟧”.
“⟦d:a|The judge was entitled to treat the previous conviction as an aggravating factor. He was not entitled to treat it as such twice, first in placing the offence in a higher category and then in increasing the sentence within that category,⟧” she said.
The sentence was reduced to five years and four months.
Faisal Rahimi, who appeared for the prosecution, had argued that the original term was “⟦p:d|within the range reasonably open to the judge⟧”.
Outside the Appeal Court in Farringate, his mother, Sinéad Kinsella, said: “⟦d:c|He did something stupid and he knows it. But he’s not the monster they made him out to be.⟧”
“⟦d:c|Five years is still a long time. We’ll be there for him when he gets out,⟧” she said.

### 009
@a Oluwaseun Adeyemi | the prosecutor
@b Ines Carvalho | Defence barrister
A restaurant owner set fire to his own business to claim on an insurance policy he had increased just six weeks earlier, a jury has been told.
Stellan Voss, 52, is accused of arson with intent to endanger life after the blaze at the Copper Lantern in Tarrin Street, Hollinbrook, in the early hours of 14 June last year. Two people living in a flat above the restaurant escaped by climbing on to a neighbouring roof.
Opening the case at Hollinbrook Crown Court, the prosecutor, Oluwaseun Adeyemi KC, said: "⟦d:a:m|This was not an accident. It was not an electrical fault, whatever the defendant may tell you. It was a fire started deliberately, in two places, using petrol.⟧
"⟦d:a:m|The Crown says the person who started it was the man who had the keys, the alarm code and, as you will hear, a very good reason to want the Copper Lantern to burn.⟧
"⟦d:a|That reason was money.⟧"
Mr Adeyemi said Mr Voss owed more than £180,000 to suppliers and his landlord, and had raised the cover on the building's contents from £60,000 to £250,000 in early May.
CCTV from a nearby shop showed a figure in a dark hooded top leaving a rear lane at 02:51, four minutes before the first 999 call, the court heard. "⟦d:a|You will have to decide who that is,⟧" Mr Adeyemi told the jury. "⟦d:a|The prosecution says you will have little difficulty.⟧"
Defence barrister Ines Carvalho told jurors there were "⟦p:b|serious gaps⟧" in the Crown's case and urged them to keep "⟦p:b|an open mind⟧".
"⟦d:b|Mr Voss loved that restaurant. He built it from nothing,⟧" she said. "⟦d:b|He was asleep at home when it caught fire, and he will tell you so himself.⟧"
Mr Voss, of Marden Rise, denies the charge. The trial continues.

### 010
@a Piers Anstruther-Kaye | The television gardener
@b Yusuf Demir | the newspaper’s barrister
@c Threlfall | The judge
@e - | one barrister watching from the back of the court
By the third hour, Piers Anstruther-Kaye had stopped smiling. The television gardener, who is suing the Wexcombe Examiner over a story claiming he had passed off other people’s garden designs as his own, stood with his hands flat on the edge of the witness box and waited for the next question.
It came, as most of them had, softly. “⟦d:b|Mr Anstruther-Kaye, who drew the plans for the Harwell show garden?⟧” asked Yusuf Demir KC, the newspaper’s barrister.
“⟦d:a|I did.⟧”
“⟦d:b|With your own hand?⟧”
“⟦d:a|With my own vision. The drawing was done by a member of my team. That’s how every designer works.⟧”
“⟦d:b|The member of your team being Ms Oyelaran, whose name does not appear anywhere on the entry.⟧”
“⟦d:a|Her name is on the website.⟧”
“⟦d:b|Since when?⟧”
There was a long pause. The judge, Mrs Justice Threlfall, looked up from her notes. “⟦d:c|Take your time, Mr Anstruther-Kaye,⟧” she said.
“⟦d:a|Since last March,⟧” he said eventually.
It was, as one barrister watching from the back of the court put it afterwards, “⟦p:e|the whole case in three words⟧”.
Anstruther-Kaye, whose programme “⟦s:-|Digging Deep⟧” drew four million viewers at its peak, says the story cost him two book contracts and a brand partnership worth £1.2 million. The Examiner says its report was true. The trial continues.

### 011
@a Dennis Pryor | a retired bus driver
@b Blessing Okoye | the nurse on duty
@c Joan Haverford | The manager
@d Agnieszka Borowiec | a night-shift care assistant
The following is an edited extract from the transcript of Tuesday's evidence to the Fallowfield House Inquiry, which is examining the death of Dennis Pryor, 86, a retired bus driver, at the care home in March 2021. The witness is Agnieszka Borowiec, a night-shift care assistant. Questions are from counsel to the inquiry, Kwame Ansah.
Q: Mrs Borowiec, what did Mr Pryor say to you when you went into his room at about 2am?
A: He said, "⟦d:a|I can't get my breath, love. Can you get someone?⟧" He was holding the bed rail very tight.
Q: What did you say to him?
A: I said, "⟦d:d|Hold on, Dennis, I'm getting the nurse.⟧" Then I rang the nurse on duty, Sister Blessing Okoye, on the internal phone.
Q: And what did Sister Okoye tell you?
A: She said, "⟦d:b|Sit him up and I'll be there in ten minutes.⟧"
Q: Did she come in ten minutes?
A: No. It was nearer forty. I rang again and she told me she was "⟦p:b|doing the meds on the first floor⟧".
Q: In your notes for that night you wrote the word "⟦s:-|settled⟧" at 2.15am. Why?
A: Because that is the word we were told to write. The manager, Mrs Joan Haverford, always told us, "⟦d:c|If in doubt, write settled. Don't write essays.⟧"
Q: Was Mr Pryor settled at 2.15am?
A: No. He was not.

### 012
@a Samuel Ashdown-Ofori | Judge
@b Tamsin Rook | the shop's owner
@c Leah Marchbank | Her assistant
@d Nia Haworth | Detective Constable
HOLLINBROOK, England -- Two men who held a jeweller and her teenage assistant at knifepoint during a daylight raid were jailed on Friday for a total of 19 years.
Callum Reddy, 26, and Jordan Fairweather, 31, admitted robbery and possession of a bladed article at Hollinbrook Crown Court. They took rings and watches worth about 84,000 pounds from Rook and Daughter on Saltmarket Row in September.
In a victim statement read to the court, the shop's owner, Tamsin Rook, said: ``⟦d:b|I have worked behind that counter for thirty years. For the first time in my life I am frightened of the door opening.⟧''
Her assistant, Leah Marchbank, 19, said she had stopped working at the shop and now ``⟦p:c|jumps at every bang⟧''. ``⟦d:c|I keep seeing the knife. I dream about it most nights,⟧'' she said in her statement.
Sentencing, Judge Samuel Ashdown-Ofori told the pair: ``⟦d:a|You chose a small family business because you thought it would be easy. You chose to terrify two women, one of them barely more than a child.⟧''
``⟦d:a|The only mercy in this case is that nobody was physically hurt,⟧'' the judge said.
Reddy was jailed for nine years and Fairweather, who had a previous conviction for robbery, for ten.
Detective Constable Nia Haworth of Northshire Police said after the hearing: ``⟦d:d|These men thought they could walk in and take what they wanted. Thanks to the bravery of the victims and some very good CCTV, they are now paying for it.⟧''

### 013
@a Dean Halloway | Lorry driver
@b Matthias Oduya | Fellow cyclist
@c Tariq Lomax | a collision investigator
@d Helen Sørensen | Area coroner
A lorry driver has told an inquest he “⟦p:a|never saw⟧” a cyclist before his vehicle turned left across her path at a busy junction in Marden.
Ruth Abernethy, 39, a primary school teacher from Lower Seddon, died at the scene on Bridge Road on the morning of May 9.
Lorry driver Dean Halloway told the inquest at Marden Town Hall that he had checked his mirrors “⟦p:a|three or four times⟧” before making the turn.
“⟦d:a|I’ve gone over it a thousand times. I looked, I indicated, I went. I just didn’t see her,⟧” he said, his voice breaking. “⟦d:a|I’m so sorry to her family. I think about her every day.⟧”
Fellow cyclist Matthias Oduya, who had been riding about 20 metres behind Mrs Abernethy, said the lorry’s indicator had come on “⟦p:b|at the last possible second⟧”.
“⟦d:b|She had nowhere to go. I shouted, but it was already happening,⟧” Mr Oduya said.
PC Tariq Lomax, a collision investigator, said there was a blind spot on the nearside of the lorry “⟦p:c|large enough to hide a small car⟧”, and that the vehicle was not fitted with a side-view camera.
Asked by the coroner whether a camera would have made a difference, he said: “⟦d:c|In my opinion it is more likely than not that it would.⟧”
Area coroner Helen Sørensen recorded a conclusion of road traffic collision and said she would write to the regional transport authority about side cameras. “⟦d:d|This is the third death at this junction in four years. That cannot be allowed to continue,⟧” she said.

### 014
@a Gwenllian Harries | a former ward sister on the neonatal unit at Llanfeirion General Hospital
@b Rashid Karimi | counsel to the inquiry
@c Philip Ambrose-Kent | The inquiry's chairman
@d Kestrel Valley Health Board | The board
@e - | a senior manager
A former ward sister has told a public inquiry she warned managers about a contaminated water supply on her ward eight months before an outbreak that killed four babies.
Gwenllian Harries, a former ward sister on the neonatal unit at Llanfeirion General Hospital, said she had written to managers three times in 2018.
"⟦d:a|I used the word 'dangerous' in every email. I don't know what else I could have said,⟧" she told the inquiry in Cardrew.
Rashid Karimi, counsel to the inquiry, read from a reply she received from a senior manager in March 2018, which said the issue was "⟦p:e|being picked up by estates⟧".
"⟦d:b|Was it picked up?⟧" Mr Karimi asked.
"⟦d:a|Not that I ever saw. The taps were the same taps the day the first baby got ill,⟧" Ms Harries said.
She broke down as she described the death of the first baby, a boy named Osian, in November 2018. "⟦d:a|I held him. His mum asked me to, because she couldn't,⟧" she said. "⟦d:a|I have never stopped asking myself whether I should have gone over their heads.⟧"
The inquiry's chairman, Sir Philip Ambrose-Kent, told her: "⟦d:c|Nobody in this room is asking that question of you, Ms Harries.⟧"
Kestrel Valley Health Board, which ran the hospital, has apologised. The board said in a statement that it was "⟦p:d|co-operating fully⟧" with the inquiry.

### 015
@a Bilal Chaudhry | -
@b Fraser Dunleavy | the head chef
@c Annika Holmqvist | Employment Judge
@d Grand Marine Hotel | The hotel
@e Wiktoria Lis | A pastry chef
A sous chef who was repeatedly called “⟦s:-|the bomber⟧” by his boss has won his claim for racial and religious harassment.
Bilal Chaudhry, 35, worked at the Grand Marine Hotel in Port Alder from 2019 until he resigned in 2023.
Employment Judge Annika Holmqvist found that the head chef, Fraser Dunleavy, had used the nickname on “⟦p:c|numerous occasions, in front of other staff⟧”.
Mr Chaudhry told the tribunal in Cardrew: “⟦d:a|It started as a joke in the first week, and everyone laughed, so he kept going. By the end I was dreading every shift.⟧”
“⟦d:a|I didn’t complain because he was the one who decided who got the good shifts,⟧” he said.
Mr Dunleavy denied the remarks were meant to offend. “⟦d:b|Kitchens are rough places. Everyone has a nickname. Mine was worse,⟧” he said in evidence.
A pastry chef, Wiktoria Lis, told the tribunal she had heard the nickname used “⟦p:e|several times a week⟧” and that Mr Chaudhry “⟦p:e|never once laughed⟧”.
In her written reasons, the judge said: “⟦d:c|The fact that a workplace culture tolerates offensive language does not make that language any less offensive to the person on the receiving end. The claimant’s evidence was clear and compelling.⟧”
A hearing to decide compensation will take place in June. The hotel said it had “⟦p:d|taken steps to ensure this never happens again⟧”.

### 016
@a Jaylen Okoro-Smith | Bramfield United winger
@b Marek Novak | Bouncer
@c Rebecca Adair-Lowe | Prosecutor
@d Julian St John-Parry | Okoro-Smith's barrister
A TOP-FLIGHT footballer yesterday told a jury: "⟦d:a|I never laid a finger on him.⟧"
Bramfield United winger Jaylen Okoro-Smith, 24, is accused of headbutting a bouncer outside the swanky Velvet Rooms nightclub in Wexcombe after being refused entry.
Bouncer Marek Novak, 38, told the court the player had been "⟦p:b|mouthing off⟧" in the queue.
"⟦d:b|He said, 'Do you know who I am?' I said I didn't care who he was. Then his head came at me,⟧" Mr Novak said.
Okoro-Smith's barrister, Julian St John-Parry, asked him: "⟦d:d|Isn't it right that you'd been drinking on duty?⟧"
"⟦d:b|One shandy. At the start of the night,⟧" Mr Novak replied.
Giving evidence, Okoro-Smith said he had stepped back when the doorman "⟦p:a|came at me⟧". "⟦d:a|I've got a career. I'm not going to throw it away over a nightclub,⟧" he said. "⟦d:a|I was the one who got pushed.⟧"
Prosecutor Rebecca Adair-Lowe asked him: "⟦d:c|Why did you delete three videos from your phone at seven o'clock the next morning?⟧"
"⟦d:a|Because my agent told me to. They were private,⟧" the winger replied.
Okoro-Smith denies assault occasioning actual bodily harm. The trial continues.

### 017
@a Yonas Haile | a bus driver who lived on the 14th floor
@b Leonora Fitzwilliam-Dube | Counsel to the inquiry
@c Harold Aminu | the inquiry chairman
@d Ellery Court United | -
A father who carried his two-year-old daughter down 14 flights of stairs through thick smoke has told the Ellery Court fire inquiry that residents had been handed leaflets telling them to «⟦s:-|stay put and wait for rescue⟧».
Yonas Haile, a bus driver who lived on the 14th floor, said he ignored the advice when smoke began coming under his front door shortly after 3am.
«⟦d:a|I thought: if I stay, we die. If I go, maybe we die, but maybe not,⟧» he told the inquiry, speaking slowly. «⟦d:a|I wrapped my daughter in a wet towel and I ran.⟧»
Counsel to the inquiry, Leonora Fitzwilliam-Dube, asked him what he could see on the stairs.
«⟦d:a|Nothing. Black. I was counting the floors with my hand on the rail,⟧» he said.
«⟦d:b|Did you meet anyone on the way down?⟧» Ms Fitzwilliam-Dube asked.
«⟦d:a|A woman on the ninth floor. She was sitting on the stairs. I told her to come. She said she was waiting for her husband.⟧»
Mr Haile stopped and was given water. Harold Aminu, the inquiry chairman, offered to adjourn, but Mr Haile asked to continue.
«⟦d:c|Take as long as you need. We are not in a hurry,⟧» Mr Aminu told him.
Ellery Court United, which represents bereaved families and survivors, said afterwards that his evidence had been «⟦p:d|devastating⟧».

### 018
@a Dorin Popescu | -
@b Kerry Ashworth | His partner
@c Maya | their daughter
@d Priyanka Desai-Morton | Judge
@e Owen Tregarthen | presenting officer
A father facing deportation after serving a prison sentence for burglary has won the right to stay after a tribunal heard from his 10-year-old daughter.
Dorin Popescu, 38, who came to Britain from Romania in 2008, was jailed for 18 months in 2021. The Interior Department sought to deport him on his release.
At the hearing in Harbridge, presenting officer Owen Tregarthen said Mr Popescu had “⟦p:e|a history of offending⟧” and posed “⟦p:e|a continuing risk⟧” to the public.
“⟦d:e|The tribunal has heard a great deal about his family. It has heard rather less about his victims,⟧” Mr Tregarthen said.
Mr Popescu told the tribunal: “⟦d:a|I was stupid and I was using drugs. I am not that man now. I have been clean for three years and I take Maya to school every day.⟧”
His partner, Kerry Ashworth, said their daughter had “⟦p:b|stopped eating⟧” while he was in prison. “⟦d:b|If he goes, she loses her dad. It’s as simple as that,⟧” she said.
A letter written by their daughter, Maya, was read aloud by the judge. “⟦d:c|Please let my daddy stay. He makes my pancakes and he helps me with my spellings and he has said sorry to the police,⟧” she wrote.
Allowing the appeal, Judge Priyanka Desai-Morton said deporting Mr Popescu would be “⟦p:d|unduly harsh⟧” on the child. “⟦d:d|I do not underestimate the seriousness of his offending. But the evidence of the impact on this child is compelling and largely unchallenged,⟧” she said.

### 019
@a Ferdinand Osei-Bonsu | a former pharmacist from Alderley Cross
@b Carrick-Mayhew | -
@c Crown Prosecution Authority | -
@d Amara Leclerc | His solicitor
A former pharmacist jailed 14 years ago for trying to poison a patient has had his conviction quashed by the Court of Appeal.
Ferdinand Osei-Bonsu, 57, a former pharmacist from Alderley Cross, was convicted in 2011 of attempting to murder an elderly patient by tampering with her medication. He served nine years in prison before being released on licence.
Giving the judgment of the court, Lord Justice Carrick-Mayhew said: "⟦d:b|The toxicology evidence on which the prosecution case depended was, in the light of what is now known, fundamentally flawed. Without it, there was no case to answer.⟧"
"⟦d:b|We are conscious that Mr Osei-Bonsu has waited a very long time for this decision,⟧" he added.
Outside court, Mr Osei-Bonsu, who wore the same grey suit he had worn at his trial, said: "⟦d:a|For 14 years I have been a poisoner in the eyes of my neighbours, my church, my own cousins. Today I am a pharmacist again.⟧"
"⟦d:a|I want my name back. That is all I ever wanted,⟧" he said.
His solicitor, Amara Leclerc, called for an inquiry into how the evidence had been allowed to go before a jury. "⟦d:d|Somebody should have asked the obvious questions in 2011. Nobody did,⟧" she said.
The Crown Prosecution Authority said it "⟦p:c|respected the court's decision⟧" and would not seek a retrial.

### 020
@b Ayodele Fashola | -
@c - | The teenager
@d Celeste Okonjo | Brandt’s barrister
@e Veldmoor Police | -
VELDMOOR, England, Oct 8 — A jury was shown body-worn camera footage on Wednesday in which someone can be heard shouting “⟦d:-|Get off him, he can’t breathe⟧” as a police officer knelt on a 16-year-old boy’s back in a custody suite.
Lucas Brandt, 33, a police constable with Veldmoor Police, denies assault occasioning actual bodily harm.
Ayodele Fashola, prosecuting, told Veldmoor Crown Court that the boy had been “⟦p:b|compliant and handcuffed⟧” when he was taken to the floor.
“⟦d:b|There was no need for any force at that point, let alone this force,⟧” Ms Fashola said.
The teenager, who cannot be named for legal reasons, gave evidence by video link. “⟦d:c|I kept saying I couldn’t breathe,⟧” he said. “⟦d:c|He said, ‘You can breathe, you’re talking.’⟧”
Cross-examined by Brandt’s barrister, Celeste Okonjo, he agreed that he had kicked out at officers earlier in the evening.
“⟦d:d|You kicked PC Brandt in the leg, didn’t you?⟧” Ms Okonjo asked.
“⟦d:c|Maybe. I was scared,⟧” he replied.
Brandt is expected to give evidence later this week. Veldmoor Police said the officer had been “⟦p:e|placed on restricted duties⟧” pending the outcome of the trial.

### 021
@a Marian Kowalczyk | District Judge
@b Clive Ormerod | Retired engineer
@c Gloria Mensah-Whitby | his neighbour
A row between neighbours over a 20ft leylandii hedge has ended up in court, with a judge telling both sides they had spent "⟦p:a|more on lawyers than the hedge is worth⟧".
Retired engineer Clive Ormerod, 71, sued his neighbour, Gloria Mensah-Whitby, at Kettlesby County Court, claiming the hedge blocked light to his greenhouse and had cracked his patio.
"⟦d:b|I've asked her nicely for six years. I've written letters. I've offered to pay for it to be cut,⟧" he told the court. "⟦d:b|I've had enough of growing tomatoes in the dark.⟧"
Mrs Mensah-Whitby, who planted the hedge in 1998, said it gave her "⟦p:c|the only privacy I have left⟧". "⟦d:c|He has cameras pointing at my garden. The hedge is the only thing between me and his binoculars,⟧" she said.
"⟦d:b|That is a lie,⟧" Mr Ormerod called out from his seat.
District Judge Marian Kowalczyk told him to sit down. "⟦d:a|Mr Ormerod, you will have your turn. This is hers,⟧" she said.
Ruling partly in his favour, the judge ordered the hedge to be cut back to 2.5 metres and split the costs. "⟦d:a|Both parties have spent more on lawyers than the hedge is worth. I would urge them, with very little confidence, to speak to each other,⟧" she said.

### 022
@a Rhys Penhaligon | Lance Corporal
@b Simon Radcliffe-Obi | the judge advocate
@c Ingrid Solberg | Major
@d Kofi Asante-Reid | Private
@e Luke Ferreira | Captain
A soldier who forced a junior comrade to stand in a freezing shower for 20 minutes as a “⟦s:-|punishment⟧” has been jailed for six months by a court martial.
Lance Corporal Rhys Penhaligon, 27, of the 2nd Battalion, the Wessmoor Rifles, admitted ill-treating a subordinate when he appeared at the military court centre in Catterleigh.
Major Ingrid Solberg, prosecuting, said the incident took place at Harrowdown Barracks in January after Private Kofi Asante-Reid, 18, failed a kit inspection.
“⟦d:c|He was told to strip and stand under the cold tap until he was told he could move. He was shaking so badly by the end that he could not hold a towel,⟧” she said.
In a statement, Private Asante-Reid said: “⟦d:d|I joined the Army because I wanted to be part of something. For a long time after that night I just wanted to go home.⟧”
Captain Luke Ferreira, defending, said the lance corporal had been “⟦p:e|copying what was done to him⟧” in training. “⟦d:e|That is not an excuse. He knows it is not an excuse,⟧” Capt Ferreira said.
Asked if he had anything to say, Penhaligon stood to attention. “⟦d:a|Only that I’m sorry, sir,⟧” he said.
Passing sentence, the judge advocate, Simon Radcliffe-Obi, said: “⟦d:b|The Army relies on junior leaders to look after the soldiers placed in their charge. You did the opposite.⟧”
Penhaligon was also reduced to the ranks.

### 023
@a Nadia Farouk | Assistant coroner
@b Brindle Water | -
@c Lorna Kettering | His mother
A coroner has warned that more children will die at Hallam Reservoir unless fencing and warning signs are improved.
Assistant coroner Dr Nadia Farouk issued a prevention of future deaths report after the inquest into the death of Ethan Kettering, 14, who drowned while swimming with friends during a heatwave in July.
In the report, sent to Brindle Water and to Kettlesby Borough Council, Dr Farouk wrote: ``⟦d:a|The only sign at the point where Ethan entered the water was faded, partly obscured by vegetation and placed on the far side of a fence which had been broken for at least two years.⟧''
The sign read simply ``⟦s:-|Danger Deep Water⟧'', the inquest heard.
``⟦d:a|In my opinion there is a risk that future deaths will occur unless action is taken,⟧'' Dr Farouk wrote.
Brindle Water said in a response published alongside the report: ``⟦d:b|We are heartbroken by Ethan's death. Since the inquest we have installed new fencing along the eastern shore and added throw lines at four points.⟧''
His mother, Lorna Kettering, said the changes had come ``⟦p:c|two years and one life too late⟧''.
``⟦d:c|Every summer I'll be watching the news, waiting for it to happen to another family,⟧'' she said.
Kettlesby Borough Council has 56 days to respond to the report.

### 024
@a Felix Obermann | an independent panel engineer
@b Teodora Vasić | counsel to the inquiry
@c Anita Rao-Benson | The chair
@d - | A spokesperson for the Fenmarsh Reservoir Board
An engineer who inspected the Fenmarsh Dam six months before its spillway collapsed has told a public inquiry that he was “⟦p:a|not given the time or the budget⟧” to do the job properly.
Felix Obermann, an independent panel engineer, said his statutory inspection in March 2023 had been limited to a single day.
“⟦d:a|One day, for a structure of that age and that size. I said at the time it was not enough,⟧” he told the inquiry in Norbury St Clare.
Teodora Vasić KC, counsel to the inquiry, asked: “⟦d:b|Where did you say it? Is it written down anywhere?⟧”
“⟦d:a|I said it on the phone to the reservoir manager. I regret that I did not put it in writing,⟧” Mr Obermann replied.
“⟦d:b|Your report describes the spillway as being in ‘fair condition’. Was it?⟧”
“⟦d:a|On what I could see, yes. What I could not see was the voids underneath.⟧”
The collapse in October 2023 sent a wall of water through Upper Callow, flooding 140 homes. No one died, but two residents were taken to hospital.
The chair, Professor Anita Rao-Benson, said the inquiry would examine whether the inspection regime was “⟦p:c|fit for purpose⟧”.
A spokesperson for the Fenmarsh Reservoir Board said: “⟦d:d|We have co-operated fully with the inquiry and will continue to do so. It would not be appropriate to comment further while it is ongoing.⟧”

### 025
@a Margaret Duffy | a widow from Selsey Green
@b Eleanor Quayle | -
@c Daniel Amankwah | Prosecutor
A widow who lost her life savings to a man she met on a dating app told a court she had believed she was going to marry him.
Margaret Duffy, 68, a widow from Selsey Green, said she sent more than £210,000 to a man calling himself "⟦s:-|Colonel Richard Hale⟧", who claimed to be an army surgeon working overseas.
Prosecutors say the man was in fact Gideon Marsh, 39, of Port Alder, who denies fraud and money laundering.
"⟦d:a|He phoned me every night at ten o'clock. He knew my grandchildren's names. He said he would retire and we'd buy a cottage by the sea,⟧" Mrs Duffy told Wexcombe Crown Court.
Prosecutor Daniel Amankwah asked her: "⟦d:c|Why did you keep sending money after your bank warned you?⟧"
"⟦d:a|Because he told me the bank would say that. He said, 'They don't want you to be happy, Maggie,'⟧" she said.
Cross-examined by Eleanor Quayle, for Mr Marsh, she accepted she had never seen the man's face on a video call.
"⟦d:b|You never saw him. You never heard his voice except on a crackly line. You can't say it was my client, can you?⟧" Ms Quayle asked.
"⟦d:a|No, I can't say that,⟧" Mrs Duffy said. "⟦d:a|But I know somebody did this to me.⟧"
Ms Quayle said she was not suggesting that Mrs Duffy was lying. "⟦d:b|I'm suggesting you have been lied to by someone, but not by Mr Marsh,⟧" she said.
The trial continues.

### 026
@a Oyelowo | the judge
@b Ricky Stansfield | -
@c - | A woman in the public gallery
@d Lakshmi Venkatesan | The victim’s sister
A 20-year-old who ran over a food delivery rider while stealing his moped has been jailed for life, with a judge telling him his victim had been “⟦p:a|working to pay for his sister’s wedding⟧”.
Ricky Stansfield, of Kingsmere Road, Hollinbrook, was convicted of the murder of Arjun Venkatesan, 24, after a trial at the Central Criminal Court in Farringate.
Sentencing him to a minimum term of 24 years, Mr Justice Oyelowo said:
“⟦d:a:m|Arjun Venkatesan came to this country to study, and stayed to work. On the night he died he had already completed eleven deliveries. He was, by every account, gentle, hard-working and devoted to his family.⟧
“⟦d:a:m|You wanted his moped. When he held on to it, you drove a stolen car at him, and then you drove over him a second time. I am sure that by then you intended at the very least to cause him really serious harm.⟧
“⟦d:a|You have never once acknowledged what you did.⟧”
As the judge spoke, Stansfield laughed and said: “⟦d:b|Whatever, bruv.⟧”
The judge ordered him to stand up. “⟦d:a|You will listen to this,⟧” he said.
A woman in the public gallery shouted “⟦d:c|Shame on you⟧” and was escorted from court.
The victim’s sister, Lakshmi Venkatesan, said in a statement that the family had “⟦p:d|lost our brightest light⟧”. “⟦d:d|I got married in April without my brother. There was an empty chair and everybody kept looking at it,⟧” she said.

### 027
@a Olamide Falana | a consultant anaesthetist at Brindmoor General Hospital
@b Brindmoor Hospitals Trust | The trust
@c Warrick Huang | Employment Judge
@d Ian Blakemore | The trust's medical director
A consultant anaesthetist who was suspended after raising concerns about staffing in operating theatres was subjected to detriment for whistleblowing, a tribunal has found.
Dr Olamide Falana, a consultant anaesthetist at Brindmoor General Hospital, told the tribunal she had been "⟦p:a|frozen out⟧" after emailing the chief executive in 2021.
"⟦d:a|I was told I was 'not a team player'. I had been a team player for 16 years. I just refused to pretend it was safe,⟧" she said.
The trust's medical director, Dr Ian Blakemore, told the tribunal the suspension was "⟦p:d|entirely unconnected⟧" to her emails and related to a complaint from a colleague.
But Employment Judge Warrick Huang said the timing was "⟦p:c|striking⟧" and that the trust's explanation "⟦p:c|did not bear scrutiny⟧".
"⟦d:c|The complaint relied on by the respondent was made eleven months before the suspension and had not been acted upon. It was revived within a fortnight of the claimant's email to the chief executive,⟧" the judge wrote. "⟦d:c|We do not consider that to be a coincidence.⟧"
Dr Falana said outside the hearing: "⟦d:a|I hope other doctors see this and know they can speak up. Patients depend on it.⟧"
Brindmoor Hospitals Trust said it "⟦p:b|accepted the findings⟧" and had "⟦p:b|learned lessons⟧". The trust said in a statement: "⟦d:b|We have apologised to Dr Falana and are committed to creating a culture in which staff feel safe to raise concerns.⟧"

### 028
@a Deborah Llewellyn | her mother
@b Rajinder Gill | Coroner
@c Katarzyna Wolska | a consultant psychiatrist at the Fernhill Unit
@d Fernhill Mental Health Partnership | -
The mother of a 19-year-old student who took her own life days after being discharged from a mental health unit has told an inquest her daughter was “⟦p:a|sent home to die⟧”.
Sophie Llewellyn, a second-year history student at Wexcombe University, died in February last year, four days after she was discharged from the Fernhill Unit in Marden.
In a pen portrait read to the inquest, her mother, Deborah Llewellyn, described her as “⟦p:a|funny, fierce and frighteningly clever⟧”.
“⟦d:a:m|Sophie could argue with anyone about anything and usually win. She wanted to be a barrister. She had already picked out the wig shop.⟧
“⟦d:a|When they discharged her I begged them to keep her. I told them, ‘She is not safe.’ Nobody listened to me.⟧”
Dr Katarzyna Wolska, a consultant psychiatrist at the Fernhill Unit, said the decision to discharge had been made because Sophie “⟦p:c|presented as settled⟧” and had asked to go home.
“⟦d:c|With hindsight, we gave too little weight to her mother’s concerns. I accept that,⟧” she said.
Coroner Rajinder Gill asked her: “⟦d:b|Was anyone from the unit in contact with Sophie between her discharge and her death?⟧”
“⟦d:c|There was a planned call on the fifth day. She died on the fourth,⟧” Dr Wolska said.
The inquest continues. Fernhill Mental Health Partnership said it had “⟦p:d|made significant changes⟧” to its discharge procedures.

### 029
@a Mariam Kassab | Chief prosecutor
@b Teodor Vranješ | Former general
@c Benoît Lachance | His lawyer
@d RS-14 | a protected witness known only as RS-14
@e Akosua Mensah | Presiding judge
LINDENHAAG, June 3 - A former army commander accused of ordering the shelling of a refugee convoy in Eastern Solvara told judges on Monday: «⟦d:b|Je n’ai jamais donné cet ordre⟧» – «⟦d:b|I never gave that order⟧».
Former general Teodor Vranješ, 66, is on trial at the International Tribunal for Eastern Solvara on nine counts of war crimes and crimes against humanity. He has pleaded not guilty to all charges.
Speaking in French, he said the convoy had been hit by «⟦p:b|an enemy that wanted the world to blame us⟧».
Chief prosecutor Mariam Kassab said in her opening statement in March that Vranješ had «⟦p:a|looked at a column of tractors and farm carts and saw a target⟧».
On Monday she asked him: «⟦d:a|You had radio contact with the battery commander at 14:10. What did you say to him?⟧»
«⟦d:b|I asked for a report on positions. Nothing more,⟧» Vranješ replied through an interpreter.
Earlier in the trial, a protected witness known only as RS-14 testified that she had heard the order given over the radio. «⟦d:d|He said the carts were carrying fighters. Then the shells started,⟧» she told the court.
His lawyer, Benoît Lachance, told reporters outside the court: «⟦d:c|The prosecution has no recording, no document and no witness who can be cross-examined in the open. It has a story.⟧»
Presiding judge Akosua Mensah adjourned the hearing until Wednesday. «⟦d:e|The accused will continue his evidence then,⟧» she said.

### 030
@a Mohammed Iqbal | chairman of the bench
@b - | The boy
@c - | His mother
@d Sharon Appiah | a youth offending officer
A 15-year-old boy who filmed himself throwing stones at trains near Harrowfield station has been given a nine-month referral order.
The boy, who cannot be named because of his age, admitted endangering the safety of railway passengers at Kettlesby Youth Court.
The court heard that a stone smashed the windscreen of a passenger train travelling at about 70mph in August. The driver suffered cuts to his face.
Sharon Appiah, a youth offending officer, said the boy had been "⟦p:d|easily led⟧" and was "⟦p:d|genuinely shocked⟧" when he was shown a picture of the driver's injuries.
"⟦d:d|He didn't think of the train as having a person in it. That's the honest truth of it,⟧" she said.
Asked whether he had anything to say, the boy said: "⟦d:b|I'm sorry. I didn't think.⟧"
His mother, who sat beside him, told magistrates: "⟦d:c|He's a good lad. He's been grounded since it happened and he's doing his chores without being asked, which tells you something.⟧"
Mohammed Iqbal, chairman of the bench, told the boy: "⟦d:a|A train driver went home that night with glass in his face. You are old enough to understand that.⟧"
"⟦d:a|We are giving you the chance to show you have learned from this. Do not waste it,⟧" he said.

### 031
@a Gerwyn Pritchard | Site foreman
@c Ruth Ellery-Vance | -
@d Stuart Harker | its director
A site foreman has told a jury he warned his boss that a trench was “⟦p:a|a grave waiting to happen⟧” an hour before it collapsed on a 22-year-old labourer.
Calder Groundworks Ltd and its director, Stuart Harker, 58, deny gross negligence manslaughter over the death of Tomás Ferreira at a housing development in Lowther Green in 2022.
Site foreman Gerwyn Pritchard said he had told Mr Harker that the sides of the three-metre trench needed shoring before anyone went in.
“⟦d:a|I said to him, ‘That’s not safe, Stuart. That’s a grave waiting to happen.’ He said we were behind and to crack on,⟧” Mr Pritchard told Selbourne Crown Court.
Cross-examined by Ruth Ellery-Vance KC, for Mr Harker, he denied that he was “⟦p:c|rewriting⟧” the conversation to protect himself.
“⟦d:c|You were the man on site. You had the authority to stop work. Why didn’t you?⟧” Ms Ellery-Vance asked.
“⟦d:a|Because I needed my job, same as Tomás,⟧” Mr Pritchard said.
“⟦d:c|So you let a young man go into a trench you thought would kill him?⟧”
Mr Pritchard did not answer for several seconds. “⟦d:a|I’ve had to live with that,⟧” he said.
Mr Harker is expected to give evidence next week. In his police interview, which was read to the jury, he said he had “⟦p:d|never been told⟧” the trench was unsafe and that Mr Pritchard was “⟦p:d|the one with eyes on the ground⟧”.

### 032
@a Tennant-Obi | the court's deputy president
@b Bronwen Teague | -
@c - | A Department for Maritime Affairs spokesperson
@d Faraday-Ng | -
The government acted unlawfully when it closed 11 coastguard stations without consulting the communities that relied on them, the Supreme Court has ruled by a majority of four to one.
The decision is a victory for Save Our Coastguard, a campaign group formed in the fishing village of Porthkennan after its station was shut in 2022.
Giving the lead judgment, Lady Tennant-Obi, the court's deputy president, said the duty to consult was "⟦p:a|not a box to be ticked after the decision has been taken⟧".
"⟦d:a|The minister had, on the evidence, decided on the closures before the consultation document was published. A consultation conducted in that spirit is no consultation at all,⟧" she said.
In a dissenting judgment, Lord Faraday-Ng said the majority had "⟦p:d|set the bar for consultation higher than Parliament intended⟧". He wrote: "⟦d:d|Ministers must be able to govern. Not every operational decision requires the agreement of those it affects.⟧"
Bronwen Teague, who chairs Save Our Coastguard, said outside the court: "⟦d:b|Today the highest court in the land has said what every fisherman in Porthkennan already knew. They never listened to us.⟧"
"⟦d:b|Our message to the minister is simple: open the doors again,⟧" she added.
A Department for Maritime Affairs spokesperson said: "⟦d:c|We are disappointed by this judgment and will consider it carefully. The safety of those at sea remains our highest priority.⟧"

### 033
@a Gordon McAteer | a retired joiner from Carrow Bridge
@b Jenna Achampong | Counsel to the inquiry
@c Irene | His wife
@d - | a civil servant
@e Denholm Paget | -
A man who was infected with hepatitis C through a contaminated blood product as a 10-year-old has told a public inquiry he was treated like “⟦p:a|a lab rat⟧”.
Gordon McAteer, a retired joiner from Carrow Bridge, was given the clotting agent Haemoplex for haemophilia in 1979. He was not told he had been infected until 1994.
“⟦d:a|Fifteen years. Fifteen years they knew, and they let me get married, they let me have children, and nobody said a word,⟧” he told the Haemoplex Inquiry.
Counsel to the inquiry, Jenna Achampong, showed him a 1983 memo in which a civil servant described patients like him as “⟦p:d|a regrettable but unavoidable cost⟧”.
“⟦d:b|Have you seen this document before, Mr McAteer?⟧” she asked.
“⟦d:a|No. And I’d like to meet the man who wrote it,⟧” he said.
His wife, Irene, who sat beside him throughout, said later: “⟦d:c|Gordon has carried this for 45 years. Today he put some of it down.⟧”
The inquiry also heard from Sir Denholm Paget, who was chief medical officer from 1981 to 1990. In a written statement, he said he had “⟦p:e|no recollection⟧” of the memo. “⟦d:e|I accept, with deep regret, that patients should have been told sooner,⟧” he wrote.

### 034
@a Dwayne Pilcher | -
@b Aileen Gallagher | Judge
@c Rupert Llewellyn-Fox | his barrister
A SELF-STYLED property tycoon accused of swindling pensioners out of £3million sensationally sacked his barrister in the middle of his trial yesterday – then told the judge: "⟦d:a|I'll do it myself.⟧"
Dwayne Pilcher, 41, leapt up in the dock at Wexcombe Crown Court as his barrister, Rupert Llewellyn-Fox, was questioning a witness.
"⟦d:a|Stop. Sit down. You're not asking the right questions,⟧" Pilcher shouted.
Judge Aileen Gallagher sent the jury out. "⟦d:b|Mr Pilcher, you do not interrupt counsel, and you certainly do not shout in my court,⟧" she said.
"⟦d:a|He's useless. He's been useless since day one,⟧" Pilcher replied. "⟦d:a|I'll do it myself.⟧"
After a short adjournment, Mr Llewellyn-Fox told the judge: "⟦d:c|I'm afraid I am no longer able to act, Your Honour. I am professionally embarrassed.⟧"
The judge warned Pilcher that representing himself would be "⟦p:b|a serious mistake⟧".
"⟦d:b|You are entitled to do it. I cannot stop you. But I would be failing in my duty if I did not tell you it is rarely a good idea,⟧" she said.
"⟦d:a|Noted,⟧" said Pilcher.
He denies 14 counts of fraud. The trial continues.

### 035
@a Priscilla Nakamura | the claimants' barrister
@b Derek Colquhoun | Harbridge City Council's former head of human resources
@c Josephine Mwangi | a school cook for 22 years
@d Harbridge City Council | -
@e Tasha Bright | regional organiser for the Allied Public Workers union
HARBRIDGE -- A council's former personnel chief admitted on Thursday that a bonus scheme paid almost exclusively to male refuse collectors was ``⟦p:b|never properly justified⟧'', as thousands of women pursue equal pay claims against the authority.
Derek Colquhoun, Harbridge City Council's former head of human resources, was giving evidence at an employment tribunal brought by more than 3,000 mostly female staff, including cooks, cleaners and care workers.
``⟦d:a|The bin crews got a productivity bonus worth up to a third of their salary. The cooks got nothing. Can you tell the tribunal why?⟧'' asked the claimants' barrister, Priscilla Nakamura.
``⟦d:b|It was a legacy arrangement. It predated me,⟧'' Colquhoun said.
``⟦d:a|But you kept it for nine years.⟧''
``⟦d:b|I did. I'm not proud of that.⟧''
Josephine Mwangi, a school cook for 22 years, said outside the hearing that she had ``⟦p:c|always known⟧'' the men were paid more. ``⟦d:c|We used to joke about it in the kitchen. It doesn't seem so funny now,⟧'' she said.
Tasha Bright, regional organiser for the Allied Public Workers union, said the council could face a bill of more than 90 million pounds. ``⟦d:e|This is money these women earned. It is not a gift, and it is not a favour,⟧'' she said.
Harbridge City Council said it was ``⟦p:d|committed to resolving the claims fairly and as quickly as possible⟧''.

### 036
@a Kian Doherty | His friend
@b Ellis Mwale | Another friend
@c Sunil Rao | Watch manager
@d Bethan Cadwaladr | the coroner
@e Tanya Hollins | Reece’s mother
Two teenage boys have described the moment their friend disappeared beneath the surface of a flooded quarry as they swam on the hottest day of the year.
Reece Hollins, 16, from Breckmoor, drowned at Gannet Quarry on July 19. An inquest in Lindow Vale heard the water was about 9C a metre below the surface, despite air temperatures of 31C.
His friend Kian Doherty, 16, said Reece had swum out towards a rocky ledge on the far side. “⟦d:a|He was laughing and then he just went quiet. He put his arm up once. We thought he was messing about,⟧” he said.
Another friend, Ellis Mwale, 15, said he swam out to try to reach him. “⟦d:b|I got to where he was and there was nothing there. Just bubbles. I kept diving down, but it was black,⟧” he told the inquest.
“⟦d:b|I’m sorry I couldn’t get him,⟧” the teenager added.
Reece’s mother, Tanya Hollins, who was sitting across the room, replied: “⟦d:e|You did everything you could, love.⟧”
Watch manager Sunil Rao, of Kestria Fire and Rescue Service, told the inquest that cold water shock could incapacitate even strong swimmers “⟦p:c|within a minute⟧”.
“⟦d:c|People look at a quarry on a hot day and see a swimming pool. It is nothing of the sort,⟧” he said.
Recording a conclusion of accidental death, the coroner, Bethan Cadwaladr, said: “⟦d:d|Reece was a popular, lively boy who went out with his friends on a summer’s day and did not come home. I hope his friends know that none of this was their fault.⟧”

### 037
@a Cormac Delaney-Brook | District Judge
@b Viktor Almásy | a businessman wanted in Valtria on bribery charges
@c Ilse Brandauer | an expert on Valtrian prisons
@d Simon Cheruiyot | -
FARRINGATE, April 11 - A businessman fighting extradition to Valtria told a court on Thursday he would "⟦p:b|not survive a year⟧" in one of the country's prisons, as his lawyers argued that conditions there breach human rights law.
Viktor Almásy, a businessman wanted in Valtria on bribery charges, is accused of paying more than 4 million euros to officials to win contracts for a motorway project. He denies wrongdoing and says the case is politically motivated.
"⟦d:b|I backed the wrong party at the wrong time. That is my crime,⟧" Almásy told Farringate Magistrates' Court.
Professor Ilse Brandauer, an expert on Valtrian prisons, said remand prisoners at the Kassel-Nord facility were routinely held "⟦p:c|four or five to a cell designed for two⟧".
"⟦d:c|There is no meaningful medical care. A man with Mr Almásy's heart condition would be at real risk,⟧" she said.
Simon Cheruiyot KC, representing the Valtrian authorities, said Valtria had given formal assurances about the conditions in which Almásy would be held. "⟦d:d|These are assurances given by a fellow signatory to the convention. This court is entitled to rely on them,⟧" he said.
District Judge Cormac Delaney-Brook said he would give his ruling next month. "⟦d:a|This is not a case I will decide in haste,⟧" he said.

### 038
@a - | The complainant
@b Nigel Ashcroft-Barnes | -
@c Leonard Skeffington | Former choirmaster
@d Farah Siddiqui | the prosecutor
A woman who says she was abused by a choirmaster in the 1980s told a jury on Tuesday: “⟦d:a|I have waited 40 years to say this in a room where people have to listen.⟧”
Former choirmaster Leonard Skeffington, 79, of Abbots Hale, denies 11 counts of indecent assault against four girls between 1981 and 1988.
The complainant, now 52, gave evidence from behind a screen at Selbourne Crown Court. She said the abuse began after rehearsals when she was 11.
“⟦d:a|He said I had the voice of an angel. He said angels kept secrets,⟧” she told the prosecutor, Farah Siddiqui.
Ms Siddiqui asked: “⟦d:d|Did you tell anyone at the time?⟧”
“⟦d:a|I told my mother once. She slapped me for telling lies about a churchman. So I stopped,⟧” the woman replied.
Cross-examined by Nigel Ashcroft-Barnes KC, for Mr Skeffington, she rejected the suggestion that her memory had been “⟦p:b|contaminated⟧” by media coverage of other cases.
“⟦d:b|You first went to the police in 2019, after a television documentary about abuse in church choirs. Isn’t that what put this idea into your head?⟧” he asked.
“⟦d:a|No. That documentary is what made me think I might finally be believed,⟧” she said.
In a police interview read to the court, Mr Skeffington described the allegations as “⟦p:c|a grotesque fantasy⟧”. The trial continues.

### 039
@a Alan Threadgold | a former security guard
@b Imelda Okorie-Vance | The panel chair
@c - | A prison psychologist
@d Philip Marr | the son of one of his victims
A man who murdered two shopkeepers during a robbery in 1990 told a public parole hearing he was "⟦p:a|not the same person⟧" who pulled the trigger, as he bid for release after 33 years in prison.
Alan Threadgold, 64, a former security guard, is only the third prisoner to have his case heard in public by the Parole Commission since the rules changed.
"⟦d:a|I was an angry young man with a gun and no future. I have had three decades to think about the two men whose futures I took,⟧" he told the panel by video link from Garside prison.
The panel chair, Judge Imelda Okorie-Vance, asked him why he had failed to complete a victim awareness course in 2019. "⟦d:a|I wasn't ready to face it. I am now,⟧" he said.
A prison psychologist, who cannot be named, told the hearing that Threadgold's risk of serious harm was "⟦p:c|low but not negligible⟧". "⟦d:c|He has made real progress. I would not say he is without risk. Nobody is,⟧" she said.
Philip Marr, the son of one of his victims, read a statement to the panel. "⟦d:d|My father opened his shop at six every morning for 31 years. Mr Threadgold took those years from him and from us, and now he wants his own back,⟧" he said.
"⟦d:d|I don't think he should get out. But if he does, I want him to know we will never stop thinking about Dad.⟧"
The panel will give its decision in writing within 14 days. "⟦d:b|We will consider everything we have heard today with great care,⟧" the chair said.

### 040
@a Priya Nandakumar | Her daughter
@b Elaine Whitcombe | the manager of Willowmere House
@c Gareth Moyo | Assistant coroner
@d Silverbirch Care Group | -
A 91-year-old woman with dementia choked to death on a sandwich at a care home after being given food she should never have had, a coroner has ruled.
Kamala Nandakumar was assessed as needing a pureed diet when she moved into Willowmere House in Saltney Vale in 2022, the inquest heard.
Her daughter, Priya Nandakumar, said she had raised concerns about her mother's diet «⟦p:a|at least five times⟧». «⟦d:a|Every time I was told it was in hand. It was never in hand,⟧» she said.
Elaine Whitcombe, the manager of Willowmere House, said an agency worker on duty that evening had not been told about the diet plan. «⟦d:b|The information was on the system. It should have been in the handover. It wasn't, and I take responsibility for that,⟧» she said.
Assistant coroner Gareth Moyo asked her how many agency staff were working that night. «⟦d:b|Four out of six,⟧» Ms Whitcombe replied.
Recording a narrative conclusion, Mr Moyo said Mrs Nandakumar's death was «⟦p:c|contributed to by neglect⟧». «⟦d:c|Her dietary needs were known, documented and ignored,⟧» he said.
Silverbirch Care Group, which owns the home, said it had «⟦p:d|fully reviewed⟧» its handover procedures and offered its «⟦p:d|deepest condolences⟧» to the family.

### 041
@a Clemency Hart | a former health minister
@b Garrick Delahunt | a property developer with no experience in medical supplies
@c Hugo Adebanjo | Counsel to the inquiry
@d Mirela Constantin | the inquiry chair
A former health minister has defended her decision to fast-track a £90m contract for face masks to a property developer she met at a party, telling a public inquiry that in the spring of 2020 “⟦p:a|every hour we delayed was costing lives⟧”.
Clemency Hart, a former health minister, was giving evidence to the Emergency Procurement Inquiry on Tuesday.
Counsel to the inquiry, Hugo Adebanjo KC, read out a series of messages between Ms Hart and Garrick Delahunt, a property developer with no experience in medical supplies.
In one, sent at 11.42pm on April 3, Mr Delahunt wrote: “⟦d:b|Can get 40m masks by Friday if you can unlock the paperwork. Need a yes tonight.⟧”
Ms Hart replied: “⟦d:a|Leave it with me. Will speak to the team first thing x⟧”
“⟦d:c|Do you routinely sign off messages to suppliers with a kiss, Ms Hart?⟧” Mr Adebanjo asked.
“⟦d:a|I sign off messages to my dentist with a kiss. It meant nothing,⟧” she said.
It later emerged that fewer than half the masks met safety standards. Asked whether she accepted any responsibility, Ms Hart said: “⟦d:a|I accept that mistakes were made in the system. I do not accept that I made them.⟧”
Baroness Mirela Constantin, the inquiry chair, told Ms Hart the inquiry would want to see “⟦p:d|every message⟧” relating to the so-called “⟦s:-|high-priority lane⟧”.
Mr Delahunt, who will give evidence next month, has previously described the contract as “⟦p:b|a lifeline I was proud to throw⟧”.

### 042
@a MK | a 28-year-old from Dravonia who can be identified only as MK
@b Kofi Mensah-Bright | Upper Tribunal Judge
@c - | the First-tier judge
@d Rainbow Passage | a charity that supports LGBT asylum seekers
A gay man who was told by an immigration judge that he could avoid persecution at home by living "⟦p:c|discreetly⟧" has won his appeal at the Upper Tribunal.
The appellant, a 28-year-old from Dravonia who can be identified only as MK, fled the country in 2021 after his partner was beaten by police.
In dismissing his claim last year, the First-tier judge wrote that MK was "⟦p:c|a private person by nature⟧" who "⟦p:c|would not wish to advertise his sexuality⟧".
Upper Tribunal Judge Kofi Mensah-Bright said that reasoning was "⟦p:b|plainly wrong in law⟧". "⟦d:b|No one can be required to conceal a fundamental aspect of their identity in order to avoid persecution. The question is why he would live discreetly, and the answer, on the evidence, is fear,⟧" he wrote.
He added: "⟦d:b|The judge's approach was precisely the one the higher courts have repeatedly rejected.⟧"
MK said in a statement released through his lawyers: "⟦d:a|For the first time in three years I can sleep. I want to thank everyone who believed me.⟧"
Rainbow Passage, a charity that supports LGBT asylum seekers, said the case showed "⟦p:d|how much depends on which judge you get⟧".

### 043
@a Bernard Ekwueme | Judge
@b - | the jury foreman
@c Lorcan Devlin | the defendant’s brother
@d Marisa Quintero | Detective Chief Inspector
There were gasps in court as the jury foreman delivered the verdict: “⟦d:b|Guilty.⟧”
Fintan Devlin, 33, of Rathmore Avenue, Lisdaragh, showed no emotion as he was convicted of causing the death by dangerous driving of Aoife Brennan, 27, who was struck as she crossed Quay Road on her way home from a hen party in June 2023.
The jury at Lisdaragh Crown Court took just under four hours to reach its unanimous verdict after a seven-day trial.
Judge Bernard Ekwueme remanded Devlin in custody and told him: “⟦d:a|You should expect a lengthy prison sentence.⟧”
Outside court, the defendant’s brother, Lorcan Devlin, said: “⟦d:c|Fintan is not a bad man. He made a terrible decision that night and a young woman lost her life. We think of the Brennan family every day.⟧”
Detective Chief Inspector Marisa Quintero, who led the investigation, said Devlin had “⟦p:d|made every effort to evade justice⟧”, including burning the car he had been driving.
“⟦d:d|Aoife’s family have shown incredible dignity throughout. I hope today’s verdict brings them some measure of comfort,⟧” she said.
Devlin will be sentenced on March 14.

### 044
@a Jacqui Moss | Postwoman
@b Imran Siddique | -
@c Ruth Trelawney | Presiding magistrate
@d Doreen Pask | Neighbour
@e Kestria Post | -
A dog owner whose Cane Corso mauled a postwoman on her round has been banned from keeping dogs for ten years.
Shane Corrigan, 36, of Marsh Lane, Breckmoor, admitted being the owner of a dog dangerously out of control causing injury when he appeared before Kettlesby magistrates.
Postwoman Jacqui Moss, 52, needed 40 stitches to her arm and thigh after the attack in Orchard Close in April.
In a statement read to the court, she said: "⟦d:a|I have delivered post for 19 years and I have never been frightened of a dog until now. I still can't walk down that street.⟧"
Neighbour Doreen Pask, 80, who beat the dog off with her walking stick, told the Bugle after the hearing: "⟦d:d|I just saw red. She was screaming and I thought, I'm not having that in my close.⟧"
"⟦d:d|I'm not a hero. Anybody would have done it,⟧" she added.
Defending, Imran Siddique said Corrigan had been "⟦p:b|devastated⟧" by what happened and had agreed to the dog being destroyed.
Presiding magistrate Ruth Trelawney told Corrigan: "⟦d:c|You were warned about this dog twice by your neighbours and you did nothing. Mrs Moss has paid the price for that.⟧"
He was also ordered to pay £1,500 compensation. Kestria Post said it was "⟦p:e|pleased⟧" the case had been concluded and that attacks on postal workers were "⟦p:e|completely unacceptable⟧".

### 045
@a Helena Marchant | the senior coroner for West Kestria
@b Des Fogarty | a former police sergeant
@c Pauline Abara | a retired dinner lady
@d - | One solicitor who appears regularly in the court
At 9.40 on a Tuesday morning, Dr Helena Marchant, the senior coroner for West Kestria, is reading about a man she never met. She has three inquests today, and she will read every page of every file before lunch.
“⟦d:a|People think this job is about death. It isn’t, really. It’s about the last day of somebody’s life, and the people who want to understand it,⟧” she says.
Her coroner’s officer, Des Fogarty, a former police sergeant, has worked beside her for eleven years. “⟦d:b|She remembers names. Every single one. I’ve seen her stop a hearing because somebody got a widow’s name wrong,⟧” he says.
The first inquest of the day concerns Samuel Abara, 74, who drowned while fishing off the harbour wall at Tolcarne in January. His widow, Pauline Abara, a retired dinner lady, sits in the front row holding a carrier bag of his things.
“⟦d:c|I just want to know if he suffered,⟧” she tells me before the hearing. “⟦d:c|That’s all. Nobody will tell me that.⟧”
Marchant tells her, in open court, that the pathologist believes he lost consciousness quickly. “⟦d:a|I hope that is some comfort, Mrs Abara. I know it isn’t much,⟧” she says.
The word “⟦s:-|conclusion⟧” matters here. Coroners no longer deliver “⟦s:-|verdicts⟧”; there is no one on trial. Marchant prefers it that way.
“⟦d:a|The moment you say verdict, people hear guilty or not guilty. That’s not what we do,⟧” she says.
One solicitor who appears regularly in the court describes her as “⟦p:d|the kindest person in the building, and the most stubborn⟧”.
At 4.15pm Fogarty switches off the lights in the courtroom. “⟦d:b|Three families today,⟧” he says. “⟦d:b|Three more tomorrow.⟧”

### 046
@a Hamza Rafiq | the signaller on duty at Pellow Junction on the night of the crash
@b Olivia Strand | counsel to the inquiry
@c Dermot Kavanagh | general secretary of the Rail and Signal Workers Association
@d Trackline Kestria | -
A railway signaller told a public inquiry on Wednesday that he had ``⟦p:a|about four seconds⟧'' to react after a warning light came on moments before two trains collided outside Pellow Junction, killing three people.
Hamza Rafiq, the signaller on duty at Pellow Junction on the night of the crash, said the alarm on his panel had gone off ``⟦p:a|hundreds of times⟧'' in the previous months because of a known fault.
``⟦d:a|We called it the boy who cried wolf. Every shift it would flash, and every shift it was nothing,⟧'' he told the Pellow Junction Rail Inquiry.
Olivia Strand, counsel to the inquiry, asked whether the fault had been reported. ``⟦d:a|Many times. I reported it myself at least six times. There's a log,⟧'' he said.
``⟦d:b|We have the log, Mr Rafiq. There are eleven entries. None of them was closed,⟧'' Ms Strand said.
``⟦d:a|Then you know more than I did,⟧'' he replied.
Dermot Kavanagh, general secretary of the Rail and Signal Workers Association, said outside the hearing that Mr Rafiq had been ``⟦p:c|hung out to dry⟧'' in the days after the crash.
``⟦d:c|He has been carrying this for two years, when the fault was in the system and not in him,⟧'' Mr Kavanagh said.
Trackline Kestria, which manages the network, said it would respond to the evidence ``⟦p:d|in full⟧'' when it gives evidence next month.

### 047
@a Sadia Rahman | a tenant on the third floor of Bellingham Mansions
@b Lucy Tranter | her neighbour across the landing
@c Cyril Pennington-Rowe | Landlord
@d Efua Boateng | the tribunal's chair
Tenants in a Victorian block in Carrow Bridge have been awarded rent repayments of more than £48,000 after a tribunal ruled that their landlord had let flats in a dangerous state of disrepair.
Sadia Rahman, a tenant on the third floor of Bellingham Mansions, told the property tribunal that her two-year-old son had been admitted to hospital twice with breathing problems.
"⟦d:a|There was black mould behind the wardrobe, in the bathroom, on his cot. I scrubbed it every week and it came back every week,⟧" she said.
Lucy Tranter, her neighbour across the landing, said the boiler had been broken for "⟦p:b|most of last winter⟧". "⟦d:b|We were boiling kettles to wash. I'm 63. I shouldn't be doing that,⟧" she said.
Landlord Cyril Pennington-Rowe, 67, told the tribunal the tenants had caused the mould themselves by "⟦p:c|drying washing on the radiators⟧".
"⟦d:c|I have been a landlord for forty years. I have never had complaints like this until these people moved in,⟧" he said.
In its decision, the tribunal's chair, Judge Efua Boateng, said Mr Pennington-Rowe's evidence was "⟦p:d|unconvincing and, at times, contradicted by his own documents⟧".
"⟦d:d|The flats were, on the evidence we have seen, barely fit for human habitation,⟧" she wrote.

### 048
@a Anjali Mehrotra | a digital forensics expert
@b Gideon Lamb | Prosecutor
@c Oskar Hvidsten | a computer science student from Marden
@d Natasha Iyer | Hvidsten’s barrister
A student ran a hacking forum under the name “⟦s:-|Nightjar⟧” that sold stolen data belonging to more than two million customers of a Kestria bank, a jury has heard.
Oskar Hvidsten, 22, a computer science student from Marden, denies conspiracy to commit computer misuse offences and money laundering.
Prosecutor Gideon Lamb told Selbourne Crown Court that police found a laptop in Hvidsten’s bedroom logged in to the forum’s administrator account. “⟦d:b|The Crown says Nightjar was not a name this defendant borrowed. It was a name he built,⟧” he said.
Dr Anjali Mehrotra, a digital forensics expert, said chat logs recovered from the laptop showed the user “⟦s:-|nj_admin⟧” discussing payments with a buyer known as “⟦s:-|Corvid⟧”.
“⟦d:a|In my opinion the account was operated from that laptop on at least 140 occasions between March and November,⟧” she said.
Cross-examined by Hvidsten’s barrister, Natasha Iyer, she accepted that other people had access to the family home.
“⟦d:d|Can you say who was sitting at the keyboard on any one of those occasions?⟧” Ms Iyer asked.
“⟦d:a|No. I can say which device. I can’t say which person,⟧” Dr Mehrotra said.
When he was arrested, Hvidsten told officers: “⟦d:c|I know what it looks like. It wasn’t me.⟧” The trial continues.

### 049
@a Martina Kovač | Judge
@b Rhys Bowen-Tate | Detective Inspector
@c Tariq Hussain-Grant | -
@d - | One resident who did not want to be named
The leader of a drug gang that flooded the Fairmead estate with crack cocaine and heroin has been jailed for 16 years, alongside nine members of his crew.
Marlon Bellamy, 34, known on the street as "⟦s:-|Ghost⟧", ran the "⟦s:-|Ghost line⟧", a mobile number that took up to 300 orders a day, Kettlesby Crown Court heard.
Sentencing, Judge Martina Kovač said: "⟦d:a|You sat at the top of this operation and let teenagers take the risks. Several of them were 15 years old when you recruited them.⟧"
"⟦d:a|You did not care what happened to them, and you did not care what happened to the people who bought from them,⟧" she said.
Tariq Hussain-Grant, mitigating for Bellamy, said his client had "⟦p:c|himself been groomed⟧" into dealing as a child.
Detective Inspector Rhys Bowen-Tate said after the hearing: "⟦d:b|The Ghost line is dead. This gang used children as disposable couriers, and it has taken us two years to bring them to justice.⟧"
One resident who did not want to be named said: "⟦d:d|You'd see the kids on bikes at all hours. It's quieter now. We'll see how long that lasts.⟧"

### 050
@a - | the jury
@b Grace Adjei-Mensah | The family’s solicitor
@c Bernadette Okonkwo | his mother
@d Independent Police Conduct Board | -
@e Alun Rees | Veldmoor Police’s Chief Constable
An inquest jury has found that failures by police officers “⟦p:a|more than minimally contributed⟧” to the death of a man who was restrained face-down in a cell for nine minutes.
Emeka Okonkwo, 29, a father of two from Marden, died in hospital two days after he was detained at Marden police station in September 2021.
In their narrative conclusion, the jury wrote: “⟦d:a|Officers did not recognise that Mr Okonkwo was suffering a medical emergency. Their belief that he was feigning illness was not reasonable.⟧”
Outside Kestria Coroner’s Court, his mother, Bernadette Okonkwo, said: “⟦d:c|My son called for me while he was on that floor. They heard him, and they thought he was pretending.⟧”
“⟦d:c|For three years the police have told us he died of natural causes. Today a jury told the truth,⟧” she said.
The family’s solicitor, Grace Adjei-Mensah, called for the officers involved to face criminal charges. “⟦d:b|The jury has spoken clearly. The question now is whether anyone will be held to account,⟧” she said.
Veldmoor Police’s Chief Constable Alun Rees said: “⟦d:e|I am deeply sorry for the loss of Mr Okonkwo. We will study the jury’s findings carefully.⟧”
The Independent Police Conduct Board said its investigation into the conduct of five officers was “⟦p:d|ongoing⟧”.

### 051
@a Thandiwe Mokoena | a former head coach of the Castlereagh Hawks netball team
@b Barry Lewthwaite | the club's chairman
@c Yusra Farah | Employment Judge
@d Rosie Hartnell | the team's captain
A netball coach who was sacked days after telling her club she was pregnant was the victim of pregnancy discrimination, an employment tribunal has ruled.
Thandiwe Mokoena, a former head coach of the Castlereagh Hawks netball team, said the club's chairman, Barry Lewthwaite, told her in a phone call two weeks after her announcement that she was «⟦p:b|not the right fit going forward⟧».
«⟦d:a|I'd taken that team from the bottom of the league to the play-offs. Then I was pregnant, and suddenly I was not the right fit,⟧» Ms Mokoena told the hearing in Lisdaragh.
Mr Lewthwaite told the tribunal the decision was «⟦p:b|purely about results⟧». «⟦d:b|Her pregnancy had nothing to do with it. I didn't even know until after the board had met,⟧» he said.
But the team's captain, Rosie Hartnell, said she had heard Mr Lewthwaite tell another board member: «⟦d:b|We can't have a coach waddling up and down the sideline.⟧»
«⟦d:d|I remember it because everyone went quiet. It wasn't a joke. Nobody laughed,⟧» Ms Hartnell said.
Employment Judge Yusra Farah said the tribunal preferred Ms Hartnell's account. «⟦d:c|We found her to be a careful and honest witness with nothing to gain from giving evidence against her own club,⟧» the judge said in her written reasons.

### 052
@a Siobhán Kerrigan | Judge
@b - | a woman in her 20s
@c Mark Fairbrother | -
A juror in a murder trial has been discharged after posting a comment about the case on social media, with a judge warning that she could face prosecution.
The juror, a woman in her 20s, had written on a community page that the defendant "⟦p:b|looked guilty as sin⟧".
Judge Siobhán Kerrigan was told about the post on Tuesday morning after it was reported by a member of the public. She called the juror into court in the absence of the rest of the panel.
"⟦d:a|Did you write this?⟧" the judge asked.
"⟦d:b|Yes. I didn't think anyone would see it,⟧" the juror replied.
"⟦d:a|It was public. Anyone could see it. That is precisely the point,⟧" Judge Kerrigan said.
Mark Fairbrother KC, for the defendant, applied for the whole jury to be discharged, arguing that others "⟦p:c|may well have seen⟧" the post.
The judge refused after questioning the remaining 11 jurors individually. "⟦d:a|I am satisfied that none of them has seen or discussed the comment,⟧" she said. "⟦d:a|The trial will continue with 11.⟧"

### 053
@a Trevor Dunsford | a self-described citizen journalist
@b Carver | the judge
@c Ruth Adebola | -
A blogger who named a rape complainant in a series of online posts has been jailed for eight months for contempt of court.
Trevor Dunsford, 58, a self-described citizen journalist, published the woman’s name and photograph four times in January while the trial of a local councillor was under way.
In one post, he wrote: “⟦d:a|The public has a right to know who is making these accusations. I will not be silenced by a gagging order.⟧”
Ruth Adebola, representing the Solicitor General, told the High Court in Farringate that the complainant had been “⟦p:c|forced to move house⟧” after the posts were shared more than 6,000 times.
Dunsford, who represented himself, told the court: “⟦d:a|I’m not a lawyer. I didn’t know the rules. I was trying to get to the truth.⟧”
Mr Justice Carver rejected that. “⟦d:b|You were told by the police, in writing, on two occasions, that what you were doing was a criminal offence. You carried on,⟧” the judge said.
“⟦d:b|The right to anonymity is not a technicality. It exists so that people who report sexual offences are not hounded in the way that you hounded this woman.⟧”
The councillor was acquitted. Dunsford’s blog, “⟦s:-|Kestria Truth Network⟧”, has since been taken offline.

### 054
@a Carole Hemsworth | a retired midwife
@b Gemma Hemsworth | Her daughter
@c Kwabena Osei | -
@d Liam Tolley | -
A mother and daughter have told a jury how they came face to face with a masked burglar on their landing in the early hours.
Carole Hemsworth, 61, a retired midwife, said she woke at about 3am to the sound of drawers being opened in the spare room of her house in Whitchurch Lane, Breckmoor.
"⟦d:a|I thought it was Gemma looking for a blanket. Then I saw a torch, and a man in a balaclava, and I screamed the house down,⟧" she told Kettlesby Crown Court.
Her daughter, Gemma Hemsworth, 34, who was staying the night, said she came out of the bathroom to find the man standing between her and her mother. "⟦d:b|He said, 'Nobody move and nobody gets hurt.' I recognised his voice straight away,⟧" she said.
Liam Tolley, 27, of Fennel Road, Breckmoor, denies aggravated burglary. Ms Hemsworth told the jury she had been at school with his older brother.
Cross-examined by Kwabena Osei, defending, she accepted she had not seen the man's face. "⟦d:c|You're identifying a man from six words, through a balaclava, in the dark?⟧" Mr Osei asked.
"⟦d:b|I'd know that voice anywhere. He used to call me names on the school bus,⟧" she replied.
Mrs Hemsworth, asked by Mr Osei whether she could identify the intruder, said: "⟦d:a|No. I only know what he did to my jewellery box.⟧"
Tolley told police in interview that he had been "⟦p:d|at home asleep⟧" that night. The trial continues.

### 055
@a Rafael Mendes | Tiago’s father
@b Law Officers’ Department | -
@c Harcastle | -
@d Alisha Grant-Moyo | -
The father of a teenager killed by a speeding driver has said his family can “⟦p:a|finally breathe⟧” after appeal judges more than doubled the driver’s sentence.
Callum Pearce, 24, was originally jailed for four years after admitting causing the death by dangerous driving of Tiago Mendes, 17, in Lisdaragh in March last year.
The Law Officers’ Department referred the case to the Court of Appeal under the unduly lenient sentence scheme, arguing that the term “⟦p:b|failed to reflect the gravity of the offending⟧”.
Lord Justice Harcastle, sitting with two other judges, increased the sentence to nine years. “⟦d:c|The driving involved speeds of up to 104mph on a residential road, in the dark, after the consumption of alcohol and cannabis. This was at the very top of the scale,⟧” he said.
Alisha Grant-Moyo, for Pearce, had argued that her client’s guilty plea and “⟦p:d|genuine and profound remorse⟧” justified the original term.
Outside court, Tiago’s father, Rafael Mendes, said: “⟦d:a|Four years was an insult to my son. Nine years will not bring him back, but at least now the court has said his life mattered.⟧”
“⟦d:a|We can finally breathe,⟧” he said.

### 056
@a Sebastian Okereke | counsel to the inquiry
@b Niamh Gallagher | -
@c Anthony Pelletier | -
@d Wendy Ashdown | Counsel for the stadium's owners
@e Leopold Grant | The chair
Lawyers for the families of the 34 people killed in the Hartwell Stadium crush have told a public inquiry that police and stadium managers were jointly responsible for "⟦p:b|a catastrophe that was predicted, and predictable⟧".
The inquiry, which has sat for 212 days, heard closing submissions on Monday.
Sebastian Okereke KC, counsel to the inquiry, said the evidence showed "⟦p:a|a cascade of failures⟧" on the afternoon of the match. "⟦d:a|No single decision caused this disaster. But there were at least five moments at which a different decision would probably have prevented it,⟧" he said.
Niamh Gallagher KC, who represents 31 bereaved families, said: "⟦d:b|The families have sat in this room for 212 days. They have heard every excuse. What they have not heard, from anyone in authority, is a simple acceptance that their loved ones did not have to die.⟧"
She added: "⟦d:b|Our submission is that this was a catastrophe that was predicted, and predictable.⟧"
Anthony Pelletier KC, for Hartwell Police, said the force accepted "⟦p:c|significant failings⟧" in its planning.
"⟦d:c|Officers on the day were making decisions in seconds, with information that was incomplete and, in part, wrong. The force does not hide behind that. But it is the truth,⟧" he said.
Counsel for the stadium's owners, Wendy Ashdown, said the company had "⟦p:d|already implemented every recommendation⟧" of the inquiry's interim report.
The chair, Sir Leopold Grant, thanked the families for their "⟦p:e|patience and dignity⟧" and said he expected to publish his report next year. "⟦d:e|I will not keep them waiting a day longer than is necessary,⟧" he said.

### 057
@a Elena Cárdenas Ruiz | Presiding judge
@b Octavio Ibarra | former mayor
@c Luis Ferrán | Prosecutor
@e Ximena Duarte | His lawyer
PUERTO SALINAS, Valmira, Nov 20 - A court in Valmira on Thursday sentenced former mayor Octavio Ibarra to 12 years in prison for embezzling public money meant for flood defences, in a case that has gripped the country.
Presiding judge Elena Cárdenas Ruiz read the verdict to a packed courtroom. «⟦d:a|El acusado traicionó la confianza de los ciudadanos que lo eligieron⟧», she said – «⟦d:a|The accused betrayed the trust of the citizens who elected him⟧».
Ibarra, 59, who ran Puerto Salinas for two terms, was found to have diverted about 30 million dollars through a network of shell companies between 2014 and 2019.
Prosecutor Luis Ferrán said outside court that the sentence sent «⟦p:c|a clear message⟧» to public officials. «⟦d:c|Nobody is above the law in Valmira, not even a man who once had his name on every building in this city,⟧» he told reporters.
Ibarra, who has always maintained his innocence, told the court before sentencing: «⟦d:b|I have nothing to hide. History will judge this trial, not this court.⟧»
His lawyer, Ximena Duarte, said he would appeal. «⟦d:e|This was a political verdict from the first day,⟧» she said.
Outside, hundreds of people who lost their homes in the 2019 floods chanted «⟦s:-|¡Justicia!⟧» as he was driven away.

### 058
@a Morag Baird | Workplace Safety Authority inspector
@b Ceri Lloyd-Jenkins | His widow
@c Dafydd | His son
@d Aled Vaughan | the coroner
A farmer was killed when his quad bike overturned on a steep slope while he was not wearing a helmet, an inquest has heard.
Emrys Lloyd-Jenkins, 56, was found by his son beneath the bike on a hillside above Cwm Rhosyn Farm, near Llanfeirion, on October 2.
His son, Dafydd, 19, said: “⟦d:c|Dad had been doing that field on that bike since before I was born. He knew every inch of it. I still can’t understand it.⟧”
Workplace Safety Authority inspector Morag Baird told the hearing in Cardrew that the bike’s tyres were “⟦p:a|significantly under-inflated⟧” and the slope was about 25 degrees.
“⟦d:a|Quad bikes are responsible for more deaths on farms than almost anything else. A helmet would not have guaranteed his survival, but it would have improved his chances,⟧” she said.
His widow, Ceri Lloyd-Jenkins, said farming families had “⟦p:b|heard all the warnings⟧”. “⟦d:b|Everyone knows. Nobody does it. It’s a hot day, you’re in a rush, you think it won’t be you,⟧” she said.
Recording a conclusion of accidental death, the coroner, Aled Vaughan, said: “⟦d:d|I would urge every farmer in this county to wear a helmet. If one life is saved by what happened to Mr Lloyd-Jenkins, that will be something.⟧”

### 059
@a Kevin Dobbs | a part-time Santa
@b Hayley Ormsby | Prosecutor
@c Nigel Farrant-Sykes | Chairman of the bench
@d Paulette Henry | store detective
A SHOPLIFTER dressed as Santa Claus tried to walk out of a supermarket with a 12-pack of lager and three frozen turkeys stuffed inside his costume, a court heard.
Kevin Dobbs, 45, a part-time Santa, was stopped at the door of the Pricewell store in Breckmoor town centre on December 23.
Prosecutor Hayley Ormsby told Kettlesby magistrates: "⟦d:b|His belly was, shall we say, unusually cold. The store detective noticed he was walking rather stiffly.⟧"
In her statement, store detective Paulette Henry said: "⟦d:d|I asked him what was under his suit. He said, 'Presents for the kiddies.' I said, 'Frozen presents?'⟧"
Dobbs, who was still wearing the beard when he was arrested, admitted theft.
"⟦d:a|I'd been let go from the grotto that morning. I was skint. It was stupid,⟧" he told the court.
Chairman of the bench Nigel Farrant-Sykes told him: "⟦d:c|It is the season of goodwill, Mr Dobbs, but not of free turkeys.⟧"
He was given a 12-month conditional discharge and ordered to pay £105 costs. Outside court he described himself as "⟦p:a|the unluckiest Santa in Kestria⟧".

### 060
@a Ibrahim Sesay | a former apprentice electrician
@b Penelope Arkwright | Judge
@c Nathan Cole | a chef
@d Oyin Balogun | Sesay's barrister
A young man who left another with a fractured skull after a row over a parking space wrote a letter to his victim that was read aloud in court before he was jailed.
Ibrahim Sesay, 22, a former apprentice electrician, admitted inflicting grievous bodily harm on Nathan Cole, 23, a chef, in the car park of the Fairmead Retail Park in Kettlesby last June.
Sesay's barrister, Oyin Balogun, read the letter to Kettlesby Crown Court. In it, Sesay wrote: ``⟦d:a:m|Nathan, I don't expect you to forgive me. I wouldn't forgive me. I hit you because I was angry about nothing, a parking space, and I have thought about that every day since.⟧
``⟦d:a|I am going to use the time I get to become someone who would never do that again.⟧''
Mr Cole, in a victim personal statement, said he still suffered headaches and had not been able to return to work. ``⟦d:c|I used to love my job. Now I can't stand the noise of a busy kitchen,⟧'' he said.
He described the letter as ``⟦p:c|a start⟧''.
Mr Balogun said Sesay had ``⟦p:d|never been in trouble before⟧'' and had ``⟦p:d|thrown his future away in ten seconds⟧''. ``⟦d:d|He is ashamed and he is frightened. He asks only for the chance to prove that this was not who he is,⟧'' he said.
Jailing Sesay for three years and four months, Judge Penelope Arkwright said: ``⟦d:b|I accept that the letter is genuine and that your remorse is real. But a single punch can kill, and this one very nearly did.⟧''
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh127.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh127",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
