# ruff: noqa: E501
"""Build ``quotes_fresh167.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families whose statements are read to the court, inquests
and fatal accident inquiries, public inquiry hearings with counsel to the inquiry,
appeals, and employment, property, immigration and disciplinary tribunals; court
reports in wire, broadsheet, local-paper, tabloid, magazine and broadcaster styles,
including a printed Q/A transcript extract and a live-blog style round-up.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh167-NNN``.

Conventions (the same as ``build_quotes_fresh8.py`` and ``build_quotes_fresh58.py``):

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

* As in fresh58: a role title or relational phrase before the name combined with an
  appositive after it (``Captain Elspeth Forsyth-Rao, the officer in charge``): the
  appositive is the description; a title before the name alone (``Prosecutor …``,
  ``Senior coroner …``, ``Chair of the bench …``) is the description; a speaker
  introduced without an appositive takes a definite description used at a cue
  (``the judge said``); a non-restrictive relative clause is not part of the
  description, a restrictive one is.
* Counsel's role given by a participle or role phrase set off by commas next to the
  name, before or after it (``prosecuting``, ``defending``, ``mitigating``, ``for the
  prosecution``, ``for the Medical Standards Council``, ``representing the family``),
  is the description. A phrase describing an action rather than a role (``Closing
  the Crown's case``, ``Writing for the majority``, ``Giving the judgment of the
  court``) is not.
* Judicial styles that stand in for an honorific (``Mr Justice``, ``Mrs Justice``,
  ``Lord Justice``, ``Lady``, ``Lord``) and ``Sheikh`` are stripped from the name and are
  not descriptions; a judge named only by surname (``Mr Justice Fairbairn``) has that
  surname as the speaker. ``Judge``, ``District Judge``, ``Employment Judge``,
  ``Sheriff``, ``Coroner``, ``Adjudicator`` and police or military ranks standing
  before the name are role titles, and so descriptions.
* A speaker first referred to in the opening sentence by a description that is itself
  the subject of a speech verb (``A senior midwife has told the inquiry …``) keeps that
  description when the later naming has no appositive or title; a description in an
  opening sentence that does not attribute speech to the person (``A man stabbed …``)
  is not taken.
* A statement written by one person and read to the court by another (a victim
  personal statement read by counsel, a statement read by the coroner's officer)
  belongs to its author. Words that the report gives as someone's own, relayed through
  another's evidence or account (``She said the star … shouted "…"``, ``the
  prosecutor said she had called the warden "…"``), belong to the person who first
  said them; inside another speaker's quote they stay part of that quote.
* Juries, families, groups and courts or tribunals referred to only generically
  (``An inquest jury``, ``the family``, ``a property tribunal``, ``press freedom
  groups``, ``the court clerk``, ``the foreman``) have a null speaker and that phrase
  as description; a body with a proper name (``Medical Conduct Tribunal``,
  ``Westmarch Constabulary``, ``Borders Directorate``) is the speaker.
* A witness known only by a cipher or a pseudonym has a null speaker and their
  description; a pseudonym quoted as such (``"Anna"``) is ``scare``.
* Fragments quoted from a document whose author is not identified are ``partial``
  with a null speaker; from a document by an identified author (an email, a message,
  a newspaper article by a named paper) they are that author's.
* Questions by a first-person writer (``I asked``) are ``direct`` with speaker and
  description null; a cry from the gallery whose speaker the passage does not identify
  is ``direct`` with speaker and description null.
* In a cross-examination printed as alternating quote-only paragraphs each turn
  belongs to the person whose turn it is.
* In US-style copy the final full stop or comma of a partial quote stands inside the
  closing mark and is part of the span.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh167.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh167.jsonl")

PASSAGES = """
### 001
@a Catherine Oyelaran | prosecuting
@b Darren Pike | -
A man stabbed his former business partner eleven times in the car park of a builders' merchant after a dispute over £40,000, a jury at Brackwell Crown Court heard on Monday.
Darren Pike, 52, of Ferris Row, Lowther Cross, denies murdering Stephen Aldous, 49, on the evening of March 3.
Catherine Oyelaran KC, prosecuting, told jurors the killing was "⟦p:a|the violent end of a quarrel that had been simmering for the best part of two years⟧".
"⟦d:a|This was not a fight between two men that went too far,⟧" she said. "⟦d:a|Mr Aldous was unarmed. He had his car keys in one hand and his phone in the other. He did not stand a chance.⟧"
The court heard that Pike had sent Mr Aldous a series of messages in the weeks before his death. In one, sent at 2.14am on February 19, he wrote: "⟦d:b|You think you can walk away with my money. You can't. I know where you park.⟧"
Ms Oyelaran said the defendant would tell the jury he had acted in self-defence. "⟦d:a|You will want to ask yourselves,⟧" she said, "⟦d:a|why a man who feared for his life drove forty minutes to find the person he says he was afraid of.⟧"
Pike, wearing a grey suit, sat with his head bowed in the dock as the prosecution outlined its case. The trial, which is expected to last three weeks, continues.

### 002
@b Janet Mowbray | Prosecutor
@c Amrit Sandhu | mitigating
@d Gillian Forbes-Hale | Chair of the bench
A FORKLIFT driver who was found asleep at the wheel of his van on the hard shoulder of the Pellingford bypass was almost three times the legal limit, magistrates heard.
Ryan Tolley, 27, of Coopers Lane, Ashcombe, pleaded guilty to being in charge of a vehicle while over the limit on September 14.
Prosecutor Janet Mowbray said officers found Tolley with the engine running and the headlights on at about 1.30am. "⟦d:b|He was slumped over the steering wheel and it took the officers some time to wake him,⟧" she said. "⟦d:b|When he did wake, he told them he had 'only had a couple' and was waiting for a lift.⟧"
Amrit Sandhu, mitigating, said his client had made "⟦p:c|a foolish decision, but not the worst one available to him⟧".
"⟦d:c|He had the sense not to drive. He pulled over. He is deeply embarrassed and he has lost his job as a result,⟧" Mr Sandhu told the bench.
Chair of the bench Gillian Forbes-Hale told Tolley: "⟦d:d|You may feel you did the right thing by stopping, and to a degree you did. But you should never have been behind that wheel in the first place.⟧"
Tolley was fined £480, ordered to pay £85 costs and a £192 surcharge, and given ten penalty points. He declined to comment as he left court.

### 003
@b Jordan Vance | -
@c Lucinda Farrow | Brennan's barrister
@d Tara | Brennan's sister
A jilted lover torched her ex's £60,000 sports car after finding out he had been “⟦s:-|two-timing⟧” her with her best pal, a court heard.
Kayleigh Brennan, 31, is accused of pouring petrol over the bonnet of Jordan Vance's Audi outside his home in Marrowby in the early hours of New Year's Day. She denies arson.
Giving evidence yesterday, Mr Vance, 34, admitted he had been “⟦p:b|seeing both of them⟧” for about six months.
Under cross-examination by Brennan's barrister, Lucinda Farrow, he was asked: “⟦d:c|You'd told my client you were going to marry her, hadn't you?⟧”
“⟦d:b|I might have said something like that,⟧” Mr Vance replied.
“⟦d:c|Might have?⟧”
“⟦d:b|All right, I did. I'm not proud of it.⟧”
Ms Farrow suggested the fire could have been started by “⟦p:c|any number of people⟧” with a grudge against him. “⟦d:c|You weren't short of enemies that winter, were you, Mr Vance?⟧” she asked.
“⟦d:b|I wasn't short of problems,⟧” he shot back, to laughter from the public gallery.
Jurors were shown doorbell footage which the prosecution says shows a woman in a white puffer jacket walking towards the car carrying a jerry can. Brennan's sister, Tara, told the court the jacket was “⟦p:d|nothing special — half of Marrowby has one⟧”.
The trial continues.

### 004
@a Thomas Ekwueme | a second-year engineering student at the University of Kestle Bay
@b Callum Reidy | His housemate
@c Hana Mrázková | Toxicologist
@d Grace Ekwueme | his mother
@e Fenella Achterberg | senior coroner
A 19-year-old student who died after taking a substance he had bought online told friends it was “⟦p:a|basically legal and completely safe⟧”, an inquest heard.
Thomas Ekwueme, a second-year engineering student at the University of Kestle Bay, was found unresponsive in his shared house on Lyle Street on 11 February. He was pronounced dead at Kestle Bay General Hospital the same morning.
His housemate, Callum Reidy, said Thomas had shown him the packet the night before. “⟦d:b|It came in a padded envelope with a label that said it was plant food,⟧” he told the hearing. “⟦d:b|He laughed about that. We all did.⟧”
Toxicologist Dr Hana Mrázková said the substance was a synthetic stimulant that was “⟦p:c|unpredictable even in very small amounts⟧”. “⟦d:c|There is no safe dose of this compound that anyone has been able to establish,⟧” she said.
In a statement read to the inquest by the coroner's officer, his mother, Grace Ekwueme, described her son as “⟦p:d|the loudest laugh in any room⟧”.
“⟦d:d:m|Tom wanted to build bridges. He used to say that when he was six, and he was still saying it at nineteen.⟧
“⟦d:d|We do not want anyone to remember him as a boy who took drugs. We want them to remember that the people who sold it to him knew exactly what they were doing.⟧”
Recording a conclusion of drug-related death, senior coroner Fenella Achterberg said she would write to the government about the sale of such substances online. “⟦d:e|These products are marketed with a wink,⟧” she said. “⟦d:e|The label says one thing and everyone involved knows it means another.⟧”

### 005
@a Gareth Pennant-Lloyd | The former leader of Tallis Mount council
@b Nusrat Chaudhry | Counsel to the inquiry
@c Leila Haddad | -
@h - | a housing officer
The former leader of Tallis Mount council has told a public inquiry he was “⟦p:a|never once⟧” warned that the cladding on Merrow House posed a fire risk, despite a string of emails suggesting otherwise.
Giving evidence to the Merrow House Inquiry on Tuesday, Gareth Pennant-Lloyd, who led the authority from 2012 until 2019, said officers had presented the refurbishment to him as “⟦p:a|a routine job that was coming in under budget⟧”.
Counsel to the inquiry, Nusrat Chaudhry KC, took him through an email sent to his office in June 2015 by a housing officer, which warned that the panels were “⟦p:h|not what was specified and may not meet the standard⟧”.
“⟦d:b|Did you read this email, Mr Pennant-Lloyd?⟧” Ms Chaudhry asked.
“⟦d:a|I don't believe I did. It went to my office, which received several hundred emails a week.⟧”
“⟦d:b|It was marked urgent.⟧”
“⟦d:a|A great many things were marked urgent.⟧”
Ms Chaudhry asked whether anyone in his office had been responsible for drawing such warnings to his attention. After a long pause, Mr Pennant-Lloyd said: “⟦d:a|In theory, my chief of staff. In practice, I think things fell between the chairs.⟧”
Several relatives of the 14 people who died in the fire in 2021 left the hearing room during his evidence. Outside, Leila Haddad, whose father lived on the ninth floor, said: “⟦d:c|He sat there and told us nobody told him anything. Then what was he for?⟧”
The inquiry, chaired by the retired judge Dame Rosalind Awolowo, continues next week, when the council's former head of housing is due to give evidence.

### 006
@a Oluwaseun Adeyemi | -
@d Halden Logistics | the company
@e Philippa Greaves | the company's HR director
@f Morag Cattanach | Employment Judge
A warehouse supervisor who was sacked after complaining that colleagues called him "⟦s:-|the Professor⟧" was unfairly dismissed and racially harassed, an employment tribunal has ruled.
Oluwaseun Adeyemi, 44, worked for Halden Logistics at its distribution centre in Carrickvane for nine years before he was dismissed in 2023 for what the company called "⟦p:d|a breakdown in trust and confidence⟧".
The tribunal heard he had repeatedly raised concerns with managers about the nickname, which he said was used "⟦p:a|every shift, by the same three or four people⟧" and mocked his accent.
"⟦d:a|I asked them to stop. I asked my manager to ask them to stop. I put it in writing,⟧" Mr Adeyemi told the hearing in Carrickvane. "⟦d:a|Nobody stopped. And then I was the problem.⟧"
Philippa Greaves, the company's HR director, said in evidence that the name had been meant "⟦p:e|affectionately⟧" and that Mr Adeyemi had never lodged a formal grievance. Under questioning, she accepted that two emails he sent in 2022 "⟦p:e|could have been treated⟧" as grievances.
In a written judgment, Employment Judge Morag Cattanach said the company's witnesses had shown "⟦p:f|a striking lack of curiosity⟧" about his complaints.
"⟦d:f|The claimant told his employer, more than once and in plain terms, that he found the nickname demeaning,⟧" the judge wrote. "⟦d:f|The respondent's answer was, in substance, that he should have a thicker skin. That is not an answer the law accepts.⟧"
A remedy hearing will be held in the new year. Halden Logistics said it was "⟦p:d|disappointed⟧" by the ruling and was considering an appeal.

### 007
@a Jean-Baptiste Mukendi | A man who says he was tortured in detention
@b Declan Ashworth-Mensah | the presenting officer for the Borders Directorate
@c Sunniva Halvorsen | Judge
@d Harbourlight Refugee Project | -
A man who says he was tortured in detention has told an immigration tribunal he would “⟦p:a|rather die here than go back⟧”.
Jean-Baptiste Mukendi, 38, is appealing against the Borders Directorate's refusal of his asylum claim at a hearing of the First-tier Tribunal sitting in Dunmorrow.
Giving evidence through an interpreter, he said he had been held for three weeks in a cell with 30 other men and beaten with electrical cable. At one point he broke off and said in French: “⟦d:a|Ils savent qui je suis⟧” — “⟦d:a|They know who I am⟧”.
Declan Ashworth-Mensah, the presenting officer for the Borders Directorate, put it to him that his account had changed. “⟦d:b|You told the screening officer at the airport you had never been arrested. Now you say you were detained for three weeks. Which is true?⟧” he asked.
“⟦d:a|Both are things I said. Only one is true,⟧” Mr Mukendi replied. “⟦d:a|At the airport I was afraid. I thought if I said I had been in prison they would send me back as a criminal.⟧”
Judge Sunniva Halvorsen reserved her decision. “⟦d:c|I will give my determination in writing. I appreciate the wait is difficult,⟧” she told him.
Harbourlight Refugee Project, which is supporting Mr Mukendi, said the case showed that people fleeing persecution were being “⟦p:d|disbelieved by default⟧”.

### 008
@a Emmanuel Asante | -
@b Marisa Quintero-Byrne | -
@c Ruaridh MacAskill | Her solicitor
@d Crown Prosecution Office | -
The Court of Appeal has quashed the convictions of a former care worker jailed for seven years for stealing from elderly residents, ruling that the jury should have heard evidence that another member of staff had access to the accounts.
Marisa Quintero-Byrne, 58, was convicted at Wexmoor Crown Court in 2021 of 14 counts of theft and fraud totalling £212,000. She served more than three years before being released on licence.
Giving the judgment of the court, Lord Justice Emmanuel Asante said the trial judge's decision to exclude the evidence had left the jury with “⟦p:a|an incomplete, and in one important respect misleading, picture⟧”.
“⟦d:a|The case against the appellant was circumstantial,⟧” he said. “⟦d:a|It depended on the proposition that she alone had the opportunity to make these transfers. Once that proposition was in doubt, the safety of the convictions was in doubt too.⟧”
The court declined to order a retrial.
Outside court, Ms Quintero-Byrne, flanked by her two daughters, said she had “⟦p:b|spent three years in a cell for something I didn't do⟧”.
“⟦d:b|I'm not angry today. I've been angry for a long time. Today I'm just tired,⟧” she said.
Her solicitor, Ruaridh MacAskill, said: “⟦d:c|Marisa has always said the answer was in those bank records. Nobody wanted to look. That should trouble everyone who works in this system.⟧”
The Crown Prosecution Office said it would “⟦p:d|consider the judgment carefully⟧”.

### 009
@a Ifeoma Nwachukwu | Judge
@b Peter Lindqvist | Haworth's barrister
@c Rohan | Dr Deshmukh's husband
A delivery driver who killed a cyclist while watching a football match on his phone has been jailed for eight years.
Lewis Haworth, 36, admitted causing death by dangerous driving at an earlier hearing at Calderbridge Crown Court. He was sentenced on Friday.
Dr Anjali Deshmukh, 41, a GP and mother of two, was struck from behind on the Old Mill Road in October last year and died at the scene.
Jailing Haworth, Judge Ifeoma Nwachukwu said: "⟦d:a:m|For eleven minutes before the collision, you were watching a live stream of a football match on a phone propped against your windscreen. The data from that phone shows it. You did not look up. You did not brake.⟧
"⟦d:a:m|Dr Deshmukh was wearing reflective clothing. She had lights front and rear. She was doing everything a cyclist on that road could do to be seen. None of it mattered, because you were not looking.⟧
"⟦d:a|No sentence I can pass will reflect the value of the life that was lost. That is not what a sentence is for.⟧"
Haworth's barrister, Peter Lindqvist, said his client was "⟦p:b|consumed by shame⟧" and had written a letter to the family which he did not expect them to read.
Haworth was also banned from driving for 12 years. Outside court, Dr Deshmukh's husband, Rohan, said the family welcomed the sentence but that "⟦p:c|it changes nothing for our girls⟧".
"⟦d:c|She was the best of us,⟧" he said.

### 010
@a Precious Okafor | Jaydon's mother
@b Daniel | His older brother
@c Hugo Farnsworth-Blake | Mitigating
@d Priya Venkataraman | Judge
A teenager who killed a 17-year-old with a single punch outside a takeaway in Stannard Green has been jailed after the boy's family told the court how his death had torn them apart.
Mason Cully, 19, admitted the manslaughter of Jaydon Okafor-Reid in August last year.
In a victim personal statement read to the court by prosecutor Aisling Devane, Jaydon's mother, Precious Okafor, said: “⟦d:a:m|On the night Jaydon died I was waiting up for him with the hallway light on. I still leave it on. I know he is not coming home but I cannot bring myself to switch it off.⟧
“⟦d:a:m|People tell me it was one punch, as if that makes it smaller. It was one punch and it took everything.⟧
“⟦d:a|I don't hate you, Mason. I wanted to. I just don't have anything left to hate you with.⟧”
His older brother, Daniel, 22, chose to read his own statement from the witness box. “⟦d:b|You didn't know him. He would have been your mate if you'd given him five minutes,⟧” he said, looking towards the dock. Cully, who wept throughout, did not look up.
Mitigating, Hugo Farnsworth-Blake said Cully had “⟦p:c|never been in trouble in his life⟧” and had handed himself in at a police station the following morning.
Judge Priya Venkataraman jailed Cully for four years and eight months. “⟦d:d|You did not set out to kill anyone that night, and I accept that your remorse is genuine,⟧” she said. “⟦d:d|But you chose to throw that punch at a boy who had his back to you, and a family has been destroyed by that choice.⟧”

### 011
@a Étienne Rochat-Duval | A former director of the Banque Cantonale de Morlaix
@b Anne-Laure Besson | Presiding judge
@c Yannick Moser | The prosecutor
A former director of the Banque Cantonale de Morlaix has told a court in Valmorin that he approved loans worth 38 million francs to a property developer «⟦p:a|without reading a single page⟧» of the files.
Étienne Rochat-Duval, 61, is on trial with two co-defendants accused of criminal mismanagement and the forgery of documents. All three deny the charges.
«⟦d:a|I trusted the people beneath me. That was my job, to trust them, or so I believed,⟧» he told the court on Wednesday.
Presiding judge Anne-Laure Besson asked him whether he had ever questioned the developer's accounts. «⟦d:b|Not once in six years?⟧» she asked.
«⟦d:a|Not once, madame la présidente. I am not proud of it.⟧»
The prosecutor, Yannick Moser, described the defendant's evidence as «⟦p:c|a comfortable amnesia⟧». «⟦d:c|Mr Rochat-Duval remembers his holidays, his bonuses and the colour of his company car,⟧» Moser said. «⟦d:c|He has forgotten only the things that might convict him.⟧»
The bank, which was rescued by the canton in 2019 at a cost of 210 million francs, is a civil party to the proceedings. A verdict is expected in March.

### 012
@a Brady Okonjo-Hart | REALITY TV hunk
@b Felicity Anand-Roe | prosecutor
@c - | the alleged victim
REALITY TV hunk Brady Okonjo-Hart sobbed in the dock yesterday as he told a jury: "⟦d:a|I never laid a finger on her.⟧"
The former Sun Villa Singles star, 27, is accused of assaulting a nightclub hostess in a VIP booth at the Velvet Room in Marrowby last August.
He insists the woman, who cannot be named for legal reasons, slipped on spilled champagne and hit her head on a table.
"⟦d:a|It was carnage in there. There was drink everywhere. She went over and I tried to catch her,⟧" he said, wiping his eyes with a tissue.
But prosecutor Felicity Anand-Roe accused him of "⟦p:b|rewriting history⟧".
"⟦d:b|You'd been told to leave the booth twice before this happened, hadn't you?⟧" she asked.
"⟦d:a|I don't remember that.⟧"
"⟦d:b|Two door staff say you were. Are they lying?⟧"
"⟦d:a|I'm not saying they're lying. I'm saying I don't remember.⟧"
Earlier the jury heard from the alleged victim, 24, who gave evidence from behind a screen. She said the star grabbed her by the wrist and shouted "⟦d:a|Do you know who I am?⟧" before shoving her into the table.
"⟦d:c|I thought he was going to hit me again. I just curled up,⟧" she told jurors.
His mum, Yvette, watched from the public gallery. The trial continues.

### 013
@j - | An inquest jury
@b Gary Sutcliffe | Prison officer
@c Maryam Siddiqui | the family's barrister
@f Benedict Olawale-Price | Area coroner
@d Chioma | Mr Nkemelu's sister
@e National Custodial Service | -
An inquest jury has found that failures by staff at HMP Greyhallow "⟦p:j|more than minimally contributed⟧" to the death of a 23-year-old man who was left unchecked in his cell for more than nine hours.
Tobias Nkemelu was found hanged on the morning of 4 June 2022, three days after telling a nurse he was hearing voices.
Prison officer Gary Sutcliffe told the inquest he had looked through the observation panel at 10pm and "⟦p:b|assumed he was asleep⟧".
Questioned by the family's barrister, Maryam Siddiqui, he accepted he had not checked whether Mr Nkemelu was breathing. "⟦d:c|You were required to get a verbal response or see movement, weren't you?⟧" Ms Siddiqui asked.
"⟦d:b|Yes. I didn't. I had forty-two men on that landing and there were two of us on nights,⟧" Mr Sutcliffe said.
In its narrative conclusion, the jury said the observation regime was "⟦p:j|not followed and not understood by the officers responsible for it⟧".
Area coroner Benedict Olawale-Price said he would issue a prevention of future deaths report. "⟦d:f|I am concerned that what happened here is not unique to this prison,⟧" he said.
Mr Nkemelu's sister, Chioma, said after the hearing: "⟦d:d|Tobi asked for help three times that week. It's written down. Everybody knew. It still wasn't enough to make someone open a door.⟧"
The National Custodial Service said in a statement: "⟦d:e|Our thoughts remain with Mr Nkemelu's family. We have already made changes to night-time procedures and will study the jury's findings closely.⟧"

### 014
@a Bernadette Kilbride | A senior midwife
@b Tobias Wendt-Akinola | counsel to the inquiry
@c Sigrid Aaltonen | The chair of the inquiry
@d Anwen Bevan | -
A senior midwife has told the Ashcombe Maternity Inquiry that she raised concerns about staffing on the labour ward ``⟦p:a|at least a dozen times⟧'' before the death of a newborn in 2020.
Bernadette Kilbride, who worked at Ashcombe Vale Hospital for 22 years, said managers had treated her warnings as ``⟦p:a|background noise⟧''.
``⟦d:a|I would write it in the handover book, I would email the matron, I would say it at the staff meeting,⟧'' she said. ``⟦d:a|After a while you start to feel like the problem is you.⟧''
``⟦d:b|Did you ever think of going outside the trust?⟧'' asked counsel to the inquiry, Tobias Wendt-Akinola.
``⟦d:a|I thought about it every week. I had a mortgage and two children. I'm not proud of that answer, but it is the true one.⟧''
The chair of the inquiry, Dr Sigrid Aaltonen, thanked her for her ``⟦p:c|candour⟧''. ``⟦d:c|It is not easy to say these things in a room full of people who have lost children,⟧'' Dr Aaltonen said. ``⟦d:c|The inquiry is grateful.⟧''
Anwen Bevan, whose daughter Lili died hours after she was born, said outside the hearing: ``⟦d:d|She told the truth. That's more than we ever got from the people above her.⟧''

### 015
@a Oyinlola-Marsh | the judge
@b Rachel Obi | representing Marchetti
@c Bridget Hallworth | for the prosecution
@d Abdirahman Yusuf | Hamza's uncle
Two teenagers who murdered a 15-year-old boy in a park in Tolland Heath can be named for the first time after a judge lifted reporting restrictions.
Connor Baptiste and Ellis Marchetti, both 17, were convicted last month of murdering Hamza Yusuf in Brookfield Park in May.
Mrs Justice Oyinlola-Marsh said there was "⟦p:a|a powerful public interest⟧" in the community knowing who was responsible. "⟦d:a|This was a killing carried out in daylight, in a public park, and filmed on a mobile telephone,⟧" the judge said. "⟦d:a|The public have a legitimate interest in full and open reporting of it.⟧"
Rachel Obi, representing Marchetti, had argued that naming him would put his younger siblings "⟦p:b|at real risk⟧". "⟦d:b|They are children. They did nothing,⟧" she told the court.
Bridget Hallworth KC, for the prosecution, said the Crown took a "⟦p:c|neutral position⟧" on the application, which was brought by a group of media organisations. "⟦d:c|It is a matter for your ladyship,⟧" she said.
Hamza's uncle, Abdirahman Yusuf, said outside court: "⟦d:d|For months we've had to call them 'the boys'. Now people can know their names. That matters to us.⟧"

### 016
@a Shirin Farahani | -
@b Lucía Benavides | -
@c Desmond Fairweather-Kuti | The landlord
@d - | a property tribunal
@e Jonah Whitcombe | an organiser with the Ferrybridge Renters' Union
A landlord who let out a damp basement flat in Ferrybridge Road without a licence must repay nearly £9,000 in rent to two former tenants, a property tribunal has ruled.
Shirin Farahani, 26, and Lucía Benavides, 27, lived in the flat beneath a dry cleaner's for 14 months. Ms Farahani told the tribunal the bedroom wall was “⟦p:a|black from the skirting board to the ceiling⟧” by their first winter.
“⟦d:a|We sent him photographs every week. He sent back thumbs-up emojis,⟧” she said.
Ms Benavides said she had developed asthma while living there. “⟦d:b|I'd never used an inhaler in my life. Now I carry two,⟧” she told the hearing.
The landlord, Desmond Fairweather-Kuti, 63, said the tenants had “⟦p:c|never once opened a window⟧” and that he had not known a licence was required. “⟦d:c|I'm a retired bus driver with one flat. I'm not a property empire,⟧” he said.
In its written decision, the tribunal said Mr Fairweather-Kuti's ignorance of the licensing scheme was “⟦p:d|no excuse for a landlord of any size⟧”.
Jonah Whitcombe, an organiser with the Ferrybridge Renters' Union, which supported the tenants, said: “⟦d:e|Rent repayment orders are one of the few weapons renters have. More people should know they exist.⟧”

### 017
@a Yuki Tanabe-Morris | a forensic pathologist
@b Anthony Brightwell | defending
@c Neil Sowerby | Her son
@d Oisín Mac Giolla | Prosecutor
A pathologist has told the trial of a man accused of killing his elderly mother that her injuries were "⟦p:a|not consistent with a simple fall⟧".
Dr Yuki Tanabe-Morris, a forensic pathologist, said Margaret Sowerby, 84, had suffered fractures to three ribs and bruising to both forearms typical of "⟦p:a|defensive injuries⟧".
Her son, Neil Sowerby, 55, denies murder. He says his mother fell down the stairs of their home in Hensley Road, Calderbridge, while he was asleep.
Anthony Brightwell KC, defending, suggested the bruising could have been caused when paramedics moved her. "⟦d:b|Elderly skin bruises very easily, doesn't it, doctor?⟧"
"⟦d:a|It does. But not in that pattern,⟧" Dr Tanabe-Morris replied. "⟦d:a|These are grip marks. Four on one side, one on the other. That's a hand.⟧"
"⟦d:b|Or the hand of a paramedic lifting a frightened woman off the floor?⟧"
"⟦d:a|I've considered that. I don't think it's likely, for reasons I've set out in my report.⟧"
Earlier, the jury heard a 999 call made by Mr Sowerby in which he can be heard saying: "⟦d:c|She's at the bottom of the stairs. She's not moving. I don't know how long she's been there.⟧"
Prosecutor Oisín Mac Giolla told jurors the call was "⟦p:d|a performance⟧" by a man who had "⟦p:d|already decided what story he was going to tell⟧".

### 018
@a Rhiannon Pugh-Evans | Sergeant
@b Alastair Dunmore | Superintendent
@c - | The employment tribunal in Caerwen
@d Westmarch Constabulary | -
@e Kofi Mensah-Boateng | Deputy Chief Constable
A police sergeant who was told by a superintendent that firearms work was “⟦p:b|no place for a mum⟧” has won her claim for sex discrimination.
Sergeant Rhiannon Pugh-Evans, 39, of Westmarch Constabulary, brought the claim after she was twice refused a place on a firearms course in 2022, despite coming top in the selection tests.
The employment tribunal in Caerwen heard that Superintendent Alastair Dunmore made the remark during a conversation in a corridor. He denied using those words but accepted he had told her the role was “⟦p:b|very demanding on family life⟧”.
“⟦d:a|He said it with a smile, like he was doing me a favour,⟧” Sgt Pugh-Evans told the tribunal. “⟦d:a|I went back to my car and sat there for twenty minutes before I could drive.⟧”
The tribunal preferred her account. Its judgment said: “⟦d:c|We found the claimant a careful and measured witness. We did not find Superintendent Dunmore's evidence on this point credible.⟧”
Westmarch Constabulary said it accepted the findings “⟦p:d|in full⟧”. Deputy Chief Constable Kofi Mensah-Boateng said: “⟦d:e|What happened to Sergeant Pugh-Evans should not have happened. I have apologised to her personally and I do so again publicly.⟧”

### 019
@a Delroy Ambrose | -
@b Lorraine Quayle | The witness
@c Marcia | his sister
The first thing Delroy Ambrose does when he sits down is place his hands flat on the table. Eighteen years in prison, he says, taught him to keep them where people can see them.
“⟦d:a|Habit,⟧” he says, noticing me notice. “⟦d:a|You'd be surprised what stays with you.⟧”
Ambrose was 24 when he was convicted of murdering a nightclub doorman in Kestle Bay, on the evidence of a single eyewitness. The witness, Lorraine Quayle, later said she had been “⟦p:b|pushed into being certain⟧”. She recanted in a sworn statement in 2019, and the Court of Appeal quashed his conviction two years later.
“⟦d:a:m|People expect me to be angry at her. I'm not. She was nineteen and she had detectives in her kitchen every day for a month telling her what she saw.⟧
“⟦d:a:m|I'm angry at the men who did that to her. They had a job, which was to find out who did it. They decided what they wanted the answer to be, and then they went and got it.⟧
“⟦d:a|That's not detective work. That's shopping.⟧”
“⟦d:-|Have you met her since?⟧” I asked. He nodded. “⟦d:a|Once. She cried the whole time. I ended up making her a cup of tea.⟧”
Quayle, reached by phone, said simply: “⟦d:b|He was kinder to me than I deserved.⟧”
The campaign that freed him was run largely by his sister, Marcia, from her front room in Hensley. She keeps the files — 34 lever-arch folders — in what the family still calls “⟦s:-|the incident room⟧”.
“⟦d:c|My kids grew up thinking every house had a wall of folders,⟧” she says.

### 020
@a Wayne Frith | -
@b Hassan Elmi | Prosecutor
@c Sorcha Linehan | -
@d Tamsin Redgrave | Her solicitor
@e Piotr Zawadzki | -
@f Malcolm Ivey | Chairman of the bench
The following cases were dealt with at Pellingford Magistrates' Court last week.
Wayne Frith, 41, of Tanner's Way, Brackwell, told officers who stopped him outside the Fresco supermarket that the £340 worth of steak in his rucksack was for "⟦p:a|a barbecue for the whole street⟧". He admitted theft and was given a 12-month community order. Asked whether he had anything to add, he told the bench: "⟦d:a|It was a nice day.⟧"
Sorcha Linehan, 50, of Mill Lane, Ashcombe, admitted a public order offence after shouting abuse at a traffic warden. Prosecutor Hassan Elmi said she had called the warden "⟦p:c|a parasite in a hi-vis⟧". "⟦d:b|The warden was simply doing her job,⟧" Mr Elmi said. Her solicitor, Tamsin Redgrave, said: "⟦d:d|My client had just been told her mother had been taken into hospital and she was trying to get to her. It is not an excuse, but it is an explanation.⟧" Linehan was fined £200.
Piotr Zawadzki, 19, of Station Approach, Pellingford, pleaded guilty to using an e-scooter without insurance. "⟦d:e|I didn't know you needed insurance for a scooter. Everyone at college has one,⟧" he said.
Chairman of the bench Malcolm Ivey replied: "⟦d:f|Then everyone at college should read this report.⟧" Zawadzki was fined £120 and given six points.

### 021
@a Glenda Sue Whitaker | -
@b - | one investigator
@c Marcus Delgado-Reyes | Assistant District Attorney
@d Lorna Castellanos | Superior Court Judge
@e Tobias Greenleaf | Mayor
PORT ABERNATHY — A former city treasurer was sentenced Monday to six years in prison for embezzling more than $2.3 million from a fund meant to repair the town's crumbling water system.
Glenda Sue Whitaker, 58, pleaded guilty in March to wire fraud and money laundering. Prosecutors said she spent the money on a lake house, two boats and what one investigator described as "⟦p:b|an extraordinary number of collectible dolls.⟧"
"⟦d:c|Ms. Whitaker didn't just steal money. She stole clean water from the people who trusted her with it,⟧" Assistant District Attorney Marcus Delgado-Reyes told the court.
Whitaker, her voice breaking, apologized to the city. "⟦d:a|I have no excuse. I kept telling myself I would pay it back before anyone noticed, and then it was too big to pay back,⟧" she said.
Superior Court Judge Lorna Castellanos said she had received more than 90 letters from residents, many of them describing brown tap water and boil-water notices that lasted for weeks.
"⟦d:d|This community paid for your lake house twice,⟧" Castellanos said. "⟦d:d|Once with their money, and again with their health.⟧"
Mayor Tobias Greenleaf said after the hearing that the city had recovered about $410,000 and was "⟦p:e|pursuing every last dollar.⟧"

### 022
@a Lee Ashcroft-Nunes | -
@c Doreen Halloway | one of his victims
@d Anthony Vasquez-Hill | Judge
@e Sunita Rao | Det Con
A SMOOTH-TALKING conman who fleeced pensioners out of their life savings by posing as a bank fraud investigator was caged for nine years yesterday — as one of his victims yelled “⟦d:c|Rot in there!⟧” from the public gallery.
Lee Ashcroft-Nunes, 44, cold-called elderly victims claiming their accounts had been hacked, then persuaded them to hand their bank cards to a “⟦s:-|courier⟧” who turned up at the door within the hour.
Doreen Halloway, 87, who shouted at him as he was led down, had handed over £46,000. In a statement to the court, she said: “⟦d:c|I used to answer the phone to anyone. Now I let it ring. He took that from me as well as the money.⟧”
Judge Anthony Vasquez-Hill told him: “⟦d:d|You targeted people precisely because they were old, polite and trusting. You regarded those qualities as weaknesses to be exploited. They are nothing of the sort.⟧”
Ashcroft-Nunes smirked throughout and called out “⟦d:a|See you in four and a half⟧” to a relative in the gallery as he was taken down.
Outside court, Det Con Sunita Rao said: “⟦d:e|This man is a parasite. I hope today gives some comfort to the families he preyed on.⟧”

### 023
@b Aurelio Benedetti | the former head of signalling at Northline Rail
@c Ewa Kowalczyk | Mr Benedetti's solicitor
@d Huw Prydderch | Bereaved relative
The following is an extract from Tuesday's hearing of the Calder Viaduct Rail Inquiry, in which counsel to the inquiry, Imogen Strachan-Obi, questioned the former head of signalling at Northline Rail, Aurelio Benedetti.
Q: You signed the risk assessment for the junction in March 2018. Did you visit the site?
A: Not personally. I relied on the inspection report.
Q: That report described the track circuit as "⟦p:-|intermittently unreliable⟧". What did you understand that to mean?
A: I understood it to mean it failed occasionally and was being monitored.
Q: In your own email to the regional director two weeks later, you called it "⟦p:b|a known problem we are living with⟧". Is that right?
A: Yes. That was a poor choice of words.
Q: Was it an accurate one?
A: (Pause.) I think it was accurate, yes.
Speaking after the session, Mr Benedetti's solicitor, Ewa Kowalczyk, said: "⟦d:c|My client has cooperated fully with the inquiry and will continue to do so.⟧"
Bereaved relative Huw Prydderch, whose son was among the seven passengers killed, said the evidence was "⟦p:d|the first honest thing we've heard from anyone at that company⟧".

### 024
@a Marek Dudek | A scaffolder
@b Simon Okereke-Lowe | prosecutor
@c Julian Hetherington | Mr Boyd-Whelan's barrister
A scaffolder told a jury he warned his boss that a tower on a building site in Carrickvane was “⟦p:a|moving like a jelly⟧” the day before it collapsed, killing a 22-year-old apprentice.
Marek Dudek, 34, was giving evidence at the trial of Terence Boyd-Whelan, 60, director of Boyd-Whelan Access Ltd, who denies gross negligence manslaughter over the death of Kyle Osei in January 2022.
“⟦d:a|I said to him, Terry, that tower's not right, it's moving like a jelly. He said he'd send someone to look at it in the morning,⟧” Mr Dudek said.
“⟦d:b|Did anyone come?⟧” asked prosecutor Simon Okereke-Lowe.
“⟦d:a|No. Kyle went up at half seven. It went at twenty to eight.⟧”
Under cross-examination, Mr Boyd-Whelan's barrister, Julian Hetherington KC, put it to him that the conversation had never taken place.
“⟦d:c|You've told this story to your friends in the pub so many times that you now believe it, haven't you?⟧” Mr Hetherington asked.
“⟦d:a|I've never told it in a pub. I haven't been in a pub since Kyle,⟧” the witness said.
“⟦d:c|You were worried you'd be blamed yourself. That's the truth, isn't it?⟧”
“⟦d:a|I was worried. I still am. But not about that.⟧”
The trial continues.

### 025
@a Kirsty Mabuza | Lifeguard
@b Lakshmi | His wife
@c Gethin Rowlands | Coxswain
@d Oyelola Franklin | Assistant coroner
A holidaymaker who drowned off Gullcombe beach had ignored two red flags and a warning from a lifeguard minutes before he went into the water, an inquest heard.
Rajesh Pillai, 47, from Harnford, was on a family holiday when he was caught in a rip current on August 9.
Lifeguard Kirsty Mabuza, 20, said she approached him as he walked towards the sea. "⟦d:a|I told him the flags were red because of rips and that it wasn't safe to swim anywhere on the beach that day,⟧" she said. "⟦d:a|He said he'd only go in up to his knees.⟧"
His wife, Lakshmi, said her husband was "⟦p:b|a strong swimmer who had grown up by the sea⟧". "⟦d:b|He really did only mean to paddle. The water just took him,⟧" she said.
Coxswain Gethin Rowlands of the Gullcombe lifeboat said conditions that afternoon had been "⟦p:c|as bad as I've seen in August⟧".
Assistant coroner Dr Oyelola Franklin recorded a conclusion of accidental death. "⟦d:d|The sea on that stretch of coast is beautiful and it is dangerous, and very often it is both at the same time,⟧" she said. "⟦d:d|I would urge anyone visiting to take the flags seriously.⟧"

### 026
@b Nigel Fothergill | His solicitor
@c Yasmin Qureshi-Hall | the presiding magistrate
@d - | A club spokesman
@e - | one reporter
Stannard Athletic striker Kwabena Ofori-Atta has been banned from driving for six months after being caught doing 104mph on the Severnside bypass.
The 26-year-old, who did not attend Marrowby Magistrates' Court, admitted speeding by letter. His solicitor, Nigel Fothergill, told the bench the player had been “⟦p:b|rushing to the hospital where his partner was in labour⟧”.
“⟦d:b|He accepts the speed was excessive and he is not seeking to excuse it,⟧” Mr Fothergill said. “⟦d:b|But I would ask you to accept that this was a very particular set of circumstances.⟧”
The magistrates were unmoved. “⟦d:c|There are many reasons people want to get somewhere quickly. A hundred and four miles an hour is not the answer to any of them,⟧” said the presiding magistrate, Yasmin Qureshi-Hall.
Ofori-Atta was also fined £1,200. Outside court, asked whether the player would be available for Saturday's match, Mr Fothergill said: “⟦d:b|He doesn't need a licence to play football.⟧”
“⟦d:e|Will he apologise to the fans?⟧” one reporter called out. Mr Fothergill did not respond.
A club spokesman said later: “⟦d:d|This is a private matter and Kwabena has dealt with it. Mother and baby are doing well.⟧”

### 027
@a Morwenna Trevelyan | -
@b Catriona Munro | -
@c Tariq Hamdan | The family's solicitor
@d St Aldhelm's Hospitals Trust | -
The country's highest court has ruled by three to two that a hospital trust was entitled to withdraw life support from a brain-injured man against his family's wishes, in a judgment that split the justices sharply.
Writing for the majority, Lady Morwenna Trevelyan said the lower courts had been right to conclude that continued treatment was "⟦p:a|no longer in his best interests⟧".
"⟦d:a|The court's task is not to decide what the family would wish, nor what the doctors would wish, but what is in the best interests of the patient himself,⟧" she wrote. "⟦d:a|That is a hard question, but it is the only question.⟧"
In a dissent joined by Lord Idris Bankole, Lady Catriona Munro said the majority had given "⟦p:b|too little weight⟧" to the patient's own beliefs as described by his family.
"⟦d:b|Mr Halabi was a devout man who told his brothers, more than once, that he would want every chance of life however small,⟧" she wrote. "⟦d:b|His voice should have counted for more than it has.⟧"
The family's solicitor, Tariq Hamdan, said outside the court: "⟦d:c|The family are devastated. They take some comfort from the fact that two of the justices heard them.⟧"
St Aldhelm's Hospitals Trust said: "⟦d:d|Our thoughts are with Mr Halabi's family at what is an extraordinarily difficult time.⟧"

### 028
@a Nomvula Dlamini | -
@b Brendan Cosgrave | the home's manager
@c Siobhán Ní Bhriain | Adjudicator
A care assistant who reported a colleague for slapping a resident was sacked five weeks later, the Labour Adjudication Board has heard.
Nomvula Dlamini, 33, worked at Larchfield House nursing home in Dunmorrow for four years. Her dismissal letter, signed by the home's manager, Brendan Cosgrave, cited her «⟦p:b|negative attitude towards management⟧».
«⟦d:a|I saw her hit Mrs Kenny across the face because she wouldn't take her tablets. I went straight to the office,⟧» Ms Dlamini told the hearing.
Mr Cosgrave, giving evidence, denied that her complaint had anything to do with her dismissal. «⟦d:b|Nomvula was a good carer but she was difficult to manage. That had been building for a long time,⟧» he said.
Adjudicator Siobhán Ní Bhriain asked him why there was no record of any concerns before the complaint. «⟦d:c|If it was building for a long time, Mr Cosgrave, where is it written down?⟧» she asked.
«⟦d:b|A lot of it was verbal.⟧»
The colleague named in the complaint has since left the home. A decision is expected in the autumn.

### 029
@a Rupert Akintola-Greaves | Judge
@b Saoirse Devlin | One defendant
@c Tomás Iriarte | a retired geography teacher
@d Halvard Petroleum | -
Six climate protesters who glued themselves to the doors of an oil company's headquarters have been found guilty of criminal damage, after a trial in which the judge barred them from mentioning climate change to the jury.
The activists, members of the group Last Tide, were convicted at Wexmoor Crown Court of causing £28,000 of damage to the offices of Halvard Petroleum in Lowther Cross in April.
Judge Rupert Akintola-Greaves had ruled before the trial that their motives were “⟦p:a|irrelevant to any issue the jury has to decide⟧”.
One defendant, Saoirse Devlin, 24, told jurors: “⟦d:b|I've been told I'm not allowed to tell you why I did it. So I'll just say that I did it, and I'd do it again.⟧” She was warned by the judge that she risked being found in contempt.
“⟦d:a|Ms Devlin, I have made my ruling. I will not tell you again,⟧” he said.
Another, Tomás Iriarte, 67, a retired geography teacher, said: “⟦d:c|I taught children for forty years about the water cycle. I didn't think I'd end up in the dock for it.⟧”
Outside court, about 40 supporters held a banner reading “⟦s:-|The Jury Deserves The Truth⟧” and chanted “⟦s:-|Climate is not irrelevant⟧”.
Halvard Petroleum said: “⟦d:d|We respect the right to protest. We do not accept that it extends to damaging property and frightening our staff.⟧”
The six will be sentenced next month.

### 030
@a Harinder Gill | Judge
@b - | The mother of one of the boys
@c Folasade Ajayi | Detective Inspector
@d Jermaine Castellano-Watts | Ringleader
Eight members of a drugs gang that used children as young as 13 to sell crack cocaine and heroin in seaside towns have been jailed for a total of 71 years.
The "⟦s:-|Blue Line⟧" network, run from Calderbridge, sent teenagers by train to Kestle Bay and Gullcombe, where they were kept in "⟦s:-|trap houses⟧" for days at a time, Calderbridge Crown Court heard.
Ringleader Jermaine Castellano-Watts, 29, was jailed for 16 years. Sentencing him, Judge Harinder Gill said: "⟦d:a|You treated children as disposable. You sent them into danger so that you would never have to be in danger yourself.⟧"
"⟦d:a|One of those children was stabbed. Another was held at knifepoint and robbed of the drugs you had given him, and when he came back without them you told him he now owed you two thousand pounds.⟧"
The mother of one of the boys, who cannot be identified, said in a statement read to the court: "⟦d:b|My son went missing eleven times in one year. Every time I reported it, and every time he came back a little bit less himself.⟧"
Detective Inspector Folasade Ajayi said: "⟦d:c|These men call it business. What it actually is, is the exploitation of children, and we will keep treating it that way.⟧"
Castellano-Watts showed no emotion as he was sentenced. As he was taken down, he told the judge: "⟦d:d|Appreciate it.⟧"

### 031
@a Helena Marchbank-Osei | A former health minister
@b Ashok Raghunathan | Counsel to the inquiry
@c - | her private secretary
@d Ingrid Solvang | the chair
A former health minister has denied ignoring warnings about shortages of protective equipment, telling a public inquiry that the advice she received was “⟦p:a|contradictory and constantly changing⟧”.
Helena Marchbank-Osei, who was minister for public health during the H7 outbreak, spent most of Wednesday being questioned about the first weeks of the crisis.
Counsel to the inquiry, Ashok Raghunathan KC, showed her a message sent by her private secretary on 3 March, which read: “⟦d:c|Stocks are critical. We have days, not weeks.⟧”
“⟦d:b|You received that message at 7.42 in the morning. What did you do with it?⟧” Mr Raghunathan asked.
“⟦d:a|I would have raised it at the morning meeting. I can't tell you now, four years later, exactly what was said.⟧”
“⟦d:b|There are no minutes of the morning meeting.⟧”
“⟦d:a|No. That was a failing, and I accept it.⟧”
Later she was shown her own reply to a colleague, in which she described the procurement team as “⟦p:a|headless chickens⟧”. Ms Marchbank-Osei said she regretted the phrase. “⟦d:a|It was late, I was exhausted, and they were working incredibly hard. It was unfair of me.⟧”
When the witness became tearful shortly before lunch, the chair, Baroness Ingrid Solvang, intervened. “⟦d:d|We will take a short break. Ms Marchbank-Osei, take whatever time you need,⟧” she said.

### 032
@a Tracey Colquhoun | A dog owner
@b Gary Nwosu | postman
@c Rupert Kaye | Her barrister
@d Amara Eze | District Judge
@e - | A spokesman for the Postal Workers' Federation
A dog owner insisted her two mastiffs were "⟦p:a|gentle giants⟧" — but a court heard they left a postman needing 40 stitches.
Tracey Colquhoun, 49, of Orchard Rise, Gullcombe, admitted being in charge of dogs dangerously out of control when they burst through her gate and attacked postman Gary Nwosu in March.
"⟦d:b|I heard the gate go and then they were just on me. I thought I was going to die on someone's front path,⟧" Mr Nwosu, 52, told Marrowby Magistrates' Court.
Her barrister, Rupert Kaye, said the latch on the gate had been "⟦p:c|faulty for weeks⟧" and that she had "⟦p:c|ordered a new one the day before⟧".
District Judge Amara Eze was not impressed. "⟦d:d|Your dogs were not gentle giants that morning. They were a danger to anyone who walked up that path, and you knew the latch was broken,⟧" she said.
Colquhoun was given 16 weeks in jail suspended for a year and the dogs were ordered to be destroyed. She sobbed "⟦d:a|Not my babies⟧" as the order was made.
A spokesman for the Postal Workers' Federation said: "⟦d:e|Our members should be able to deliver the post without fearing for their lives. Owners need to take responsibility.⟧"

### 033
@b Jory Penhallow | his son
@c Delyth Hocking | Health and safety inspector
@d Jonathan Ng | Senior coroner
@f - | the family
A farmer who was trampled by a bull while moving cattle near Tregarrow was ``⟦p:b|doing exactly what he had done a thousand times before⟧'', his son told an inquest.
William Penhallow, 64, died at Trevaskis Farm in June after being crushed against a gate by a two-year-old Limousin bull.
His son, Jory Penhallow, who found him, said: ``⟦d:b|Dad knew that bull since it was a calf. He wasn't careless. He was just on his own, and that's the thing that got him.⟧''
Health and safety inspector Delyth Hocking said the gate had no safe refuge behind it. ``⟦d:c|One person, one gate and one bull is a combination we see in far too many of these cases,⟧'' she said.
Senior coroner Jonathan Ng recorded a conclusion of accidental death. ``⟦d:d|It is clear that Mr Penhallow was an experienced and respected stockman,⟧'' he said. ``⟦d:d|Sadly, experience is not always protection.⟧''
In a statement after the hearing, the family said: ``⟦d:f|He was the heart of this farm and of this village, and we will miss him every single day.⟧''

### 034
@a Nkechi Amadi | Upper Tribunal Judge
@b Winston Barrington-Clarke | -
@c Borders Directorate | -
@d Destiny | His granddaughter
@e Olwen Spiteri | Brackwell North MP
A grandfather who has lived in Brackwell for 41 years has won his appeal against deportation, after a judge ruled that removing him would be “⟦p:a|unduly harsh⟧” on his family.
Winston Barrington-Clarke, 68, arrived from St Anselm as a 27-year-old in 1983. He was served with a deportation order in 2022 after a conviction for handling stolen goods in 1998 came to light when he applied for a passport.
“⟦d:b|I've paid taxes here for forty years. I've buried my wife here. My grandchildren don't know any other place,⟧” Mr Barrington-Clarke told the hearing.
The Borders Directorate had argued that his offence was “⟦p:c|serious⟧” and that the public interest in removing him was “⟦p:c|strong⟧”.
In her decision, Upper Tribunal Judge Nkechi Amadi said: “⟦d:a|The offence was committed a quarter of a century ago. The appellant has not offended since. He is, on the evidence, a man at the centre of a large and loving family who rely on him daily.⟧”
His granddaughter, Destiny, 15, who gave evidence, said outside: “⟦d:d|I was so scared. I kept thinking, what if they just take him tomorrow?⟧”
Brackwell North MP Olwen Spiteri said: “⟦d:e|This should never have got this far. I hope the Directorate will now leave this family in peace.⟧”

### 035
@b - | the court clerk
@a - | the foreman
@c Brian Ogunwale-Hurst | -
@d Ingrid | Mr Rasmussen's daughter
@e Ruth Abernethy | Prosecutor
@f Fairbairn | -
A 71-year-old man has been found guilty of murdering his neighbour in a row over a leylandii hedge.
Jurors at Lowther Cross Crown Court took just under four hours to convict Brian Ogunwale-Hurst of killing Peter Rasmussen, 66, with a garden spade in October last year.
When the court clerk asked "⟦d:b|Have you reached a verdict on which you are all agreed?⟧" the foreman replied: "⟦d:a|We have.⟧" Asked for the verdict, he said: "⟦d:a|Guilty.⟧"
Ogunwale-Hurst shouted "⟦d:c|It was him or me!⟧" as he was led from the dock.
Mr Rasmussen's daughter, Ingrid, wept in the public gallery. Speaking outside court, she said: "⟦d:d|Dad planted those trees for my mum. Twenty years of arguing about a hedge, and this is how it ends.⟧"
Prosecutor Ruth Abernethy KC had told jurors the killing was "⟦p:e|the culmination of years of petty spite⟧".
Mr Justice Fairbairn adjourned sentencing until Friday. "⟦d:f|There is only one sentence I can pass, which is life imprisonment. The question is the minimum term,⟧" he said.

### 036
@a Dot Fairclough | The usher
@b Kamran Bashir | The duty solicitor
@c - | One of his clients
@d - | The chair of the bench
At 9.15 on a Monday morning, the corridor outside Court 2 at Pellingford Magistrates' Court already smells of instant coffee and wet coats. The usher, Dot Fairclough, 63, has worked here for 27 years and knows most of the regulars by name.
“⟦d:a|Half of them I've known since they were in the youth court,⟧” she says, straightening a stack of forms. “⟦d:a|You see them grow up. Some of them you see grow out of it. Some you don't.⟧”
The duty solicitor, Kamran Bashir, has eleven clients before lunch. He has met none of them before today.
“⟦d:b:m|People think legal aid lawyers are fat cats. I drive a fourteen-year-old Corsa. I'll see each of these people for maybe fifteen minutes before they go in, and in that time I've got to find out what happened, whether they've got a defence, whether they're going to lose their job, whether they've got kids at home.⟧
“⟦d:b|It's not justice on the cheap. It's justice on nothing.⟧”
One of his clients asks whether he will be going home today. He is in his twenties, charged with stealing razor blades from a chemist's. “⟦d:c|Will I be out by three? I've got to pick my daughter up,⟧” he says.
“⟦d:b|Should be,⟧” Bashir tells him. “⟦d:b|Say as little as possible and call her 'madam'.⟧”
In court, the legal adviser reads the charge in a flat, practised voice. The man pleads guilty. The chair of the bench, who spent thirty years as a pharmacist, gives him a conditional discharge and, unexpectedly, a small smile.
“⟦d:d|Good luck with the job interview,⟧” she says.
Outside, he is already on the phone. “⟦d:c|I'm out. I'm out. Tell her I'm coming.⟧”

### 037
@a Aroha Tamihana-Price | Solicitor General
@b Hallam-Iyer | -
@c Joanna Whitfield-Ako | paramedic
@d Sean O'Hare | Mulvaney's barrister
A man who headbutted a paramedic as she treated his injured friend has had his suspended sentence replaced with two years in prison after the case was referred to the Court of Appeal.
Shane Mulvaney, 30, attacked paramedic Joanna Whitfield-Ako outside a nightclub in Tallis Mount in February last year, breaking her nose and cheekbone.
Giving the court's judgment, Lord Justice Hallam-Iyer said: "⟦d:b|Paramedics attend incidents like this one because they must. They are entitled to expect that they will be allowed to do their work without being assaulted by those they are trying to help.⟧"
Mulvaney's barrister, Sean O'Hare, had argued that his client was "⟦p:d|profoundly drunk and profoundly sorry⟧" and had not reoffended.
Ms Whitfield-Ako said in a statement that she had considered leaving the ambulance service. "⟦d:c|For months I flinched every time someone stood up too quickly in the back of the ambulance,⟧" she said. "⟦d:c|I love my job. I just want to be able to do it.⟧"
Solicitor General Aroha Tamihana-Price, who referred the case, said after the ruling: "⟦d:a|Attacks on emergency workers who are trying to save lives will not be tolerated. I am glad the court agreed this sentence needed to be looked at again.⟧"

### 038
@a Mhairi Crombie | Fiscal depute
@b Euan Lamont | Defence solicitor
@c Gillian Drummond-Kerr | Sheriff
@d Alasdair Strachan | -
A man who threatened staff at a job centre with a claw hammer has been jailed for 14 months at Glenruddock Sheriff Court.
Alasdair Strachan, 46, went to the centre on Bridge Street in March after being told his benefits had been sanctioned.
Fiscal depute Mhairi Crombie told the court: “⟦d:a|He took the hammer out of a carrier bag, held it above his head and said, ‘Somebody's getting it today.’ Staff locked themselves in a back office and called the police.⟧”
Defence solicitor Euan Lamont said his client had been “⟦p:b|at the end of his tether⟧” after losing his flat. “⟦d:b|He was sleeping in his car. He hadn't eaten for two days. None of that excuses what he did, and he knows it,⟧” Mr Lamont said.
Sheriff Gillian Drummond-Kerr said: “⟦d:c|The people working in that office were doing their jobs. They will have gone home that night not knowing whether it would be safe to go back. A custodial sentence is the only appropriate disposal.⟧”
Strachan muttered “⟦d:d|Aye, cheers⟧” as he was led away.

### 039
@a Medical Conduct Tribunal | the tribunal
@b Fiona Mbatha | for the Medical Standards Council
@c Glenys Morgan-Lewis | a retired teacher
@d Lorenzo Vitale-Hughes | a consultant orthopaedic surgeon at the private Beaumaris Clinic in Calderbridge
A surgeon who carried out unnecessary operations on at least 17 patients has been struck off, with the Medical Conduct Tribunal finding that he put "⟦p:a|profit before patients⟧".
Mr Lorenzo Vitale-Hughes, 57, a consultant orthopaedic surgeon at the private Beaumaris Clinic in Calderbridge, performed spinal fusions and knee replacements that independent experts said were not clinically needed.
Fiona Mbatha, for the Medical Standards Council, said he had shown "⟦p:b|no genuine insight whatsoever⟧" into his conduct.
Glenys Morgan-Lewis, 71, a retired teacher, told the hearing: "⟦d:c|He told me I'd be in a wheelchair within a year if I didn't have the operation. I believed him. Why wouldn't I?⟧"
Mr Vitale-Hughes said in evidence: "⟦d:d|I have always acted in what I believed to be my patients' best interests. I accept that my record-keeping fell below the standard expected.⟧"
The tribunal rejected that account. "⟦d:a|Mr Vitale-Hughes's dishonesty was not a single lapse. It was sustained, repeated and financially motivated,⟧" it said. "⟦d:a|Erasure is the only sanction sufficient to protect the public.⟧"

### 040
@a - | A police officer
@b Adaeze Nwankwo | representing the family
@c Philippa Ravensworth | The coroner
@d Simone Lindsay | Demarco's mother
A police officer told an inquest he “⟦p:a|never considered⟧” calling off a high-speed chase in which a 17-year-old boy died.
The officer, who was granted anonymity and was referred to only as Officer B, was giving evidence at the inquest into the death of Demarco Lindsay-Baptiste, who died when the stolen moped he was riding hit a lamp post in Stannard Green in November 2022.
“⟦d:a|The risk assessment is dynamic. At every point I believed the risk of letting him go was greater than the risk of following,⟧” the officer said.
Adaeze Nwankwo, representing the family, asked: “⟦d:b|He was seventeen, on a moped, with no helmet. What was the risk of letting him go?⟧”
“⟦d:a|That he would carry on riding dangerously and hurt someone else.⟧”
“⟦d:b|He was riding dangerously because you were behind him, wasn't he?⟧”
The coroner, Philippa Ravensworth, intervened: “⟦d:c|Ms Nwankwo, I think the officer has answered that as fully as he can.⟧”
Demarco's mother, Simone Lindsay, left the room. Later she said: “⟦d:d|They chased my son to his death and now they're telling us it was the safest option. I'm sorry, I can't listen to that.⟧”

### 041
@a - | A man
@b Hector Villiers-Blunt | defending
A man has told a jury that a former choirmaster abused him in a church vestry "⟦p:a|every Thursday for two years⟧" in the 1980s.
The man, now 52, who cannot be named for legal reasons, gave evidence by video link at Brackwell Crown Court in the trial of Clive Ashdown-Pryor, 78, who denies 11 counts of indecent assault.
"⟦d:a|I didn't tell anyone because he told me nobody would believe a boy from the estate over him, and he was right for forty years,⟧" he said.
Hector Villiers-Blunt KC, defending, suggested he had invented the allegations after reading about other cases. "⟦d:b|You've read about cases like this in the newspapers, haven't you? And you thought there might be compensation in it.⟧"
"⟦d:a|I've never asked anyone for a penny. I want him to hear me say it. That's all.⟧"
"⟦d:b|I suggest to you that none of this happened.⟧"
"⟦d:a|You can suggest it. I was there. You weren't.⟧"
The trial continues.

### 042
@a Reginald Thistlewood | Cllr
@b Audrey Penrose-Gill | fellow member
@c Keith Amankwah | Chairman of the bench
A parish councillor who called a colleague a ``⟦p:a|jumped-up hedge-trimmer⟧'' during a meeting about the village green has been cleared of harassing her.
Cllr Reginald Thistlewood, 74, had denied a campaign of harassment against fellow member Audrey Penrose-Gill, 69, over 18 months on Little Wenham Parish Council.
Ms Penrose-Gill told Pellingford Magistrates' Court: ``⟦d:b|He would mutter at me in every meeting. Somebody once put a dead magpie on my car. I can't prove it was him, but I know.⟧''
Thistlewood, who represented himself, asked her: ``⟦d:a|Did you see me with a magpie, Mrs Penrose-Gill? Did anyone?⟧''
``⟦d:b|No,⟧'' she replied.
Chairman of the bench Keith Amankwah said the court could not be sure of the defendant's guilt. ``⟦d:c|This is a dispute that has been allowed to get wildly out of hand, and in our view it does neither party any credit,⟧'' he said. ``⟦d:c|We would urge you both to find another hobby.⟧''
Afterwards Mr Thistlewood said he felt ``⟦p:a|vindicated⟧''. Ms Penrose-Gill said she would be ``⟦p:b|considering her position on the council⟧''.

### 043
@a Farida Osmani | -
@b Ursula Brandvold | her head of department
@c Tomasz Lewandowski | a senior lecturer in the same department
@d Sanjay Mehrotra | Employment Judge
@e University of Ashcombe | -
A university lecturer who was told by her head of department to “⟦p:b|stop crying and start publishing⟧” was constructively dismissed, an employment tribunal has found.
Dr Farida Osmani, 45, taught pharmacology at the University of Ashcombe for 12 years. She resigned in 2023 after what she described as “⟦p:a|eighteen months of being belittled in front of students and colleagues⟧”.
Professor Ursula Brandvold, her head of department, denied bullying her. “⟦d:b|I set high standards for everybody. I accept I can be direct. That is not the same thing as bullying,⟧” Prof Brandvold told the tribunal.
But Dr Osmani said the remark about crying had been made in an open-plan office in front of at least four people. “⟦d:a|I had just come back from my father's funeral,⟧” she said. “⟦d:a|I went to the toilets and sat there for an hour.⟧”
Two former colleagues corroborated her account. Dr Tomasz Lewandowski, a senior lecturer in the same department, said: “⟦d:c|Everyone heard it. Nobody said anything, including me, and I've thought about that a lot since.⟧”
Employment Judge Sanjay Mehrotra, giving judgment orally, said the university had “⟦p:d|failed at every stage⟧” to investigate her complaints.
The University of Ashcombe said: “⟦d:e|We are reviewing the tribunal's findings carefully and remain committed to a respectful working environment for all our staff.⟧”

### 044
@a Conrad Illingworth-Baines | A former deputy speaker of the Wexmoor Regional Assembly
@b Nadia Sørensen | Prosecutor
A former deputy speaker of the Wexmoor Regional Assembly has told a jury that claiming £18,000 for a flat he never lived in was "⟦p:a|an honest mistake made by a very busy man⟧".
Conrad Illingworth-Baines, 63, denies five counts of false accounting. He told Calderbridge Crown Court that his office manager had filled in the claims.
"⟦d:a|I signed what was put in front of me. I was in committee eight hours a day. I didn't read every line, and I should have,⟧" he said.
Prosecutor Nadia Sørensen asked him: "⟦d:b|You signed the same declaration 41 times, Mr Illingworth-Baines. Each time it said, in bold type, 'I confirm that this is my main residence'. Did you read it even once?⟧"
"⟦d:a|I must have done, at some point.⟧"
"⟦d:b|And?⟧"
"⟦d:a|And I believed it to be true at the time.⟧"
"⟦d:b|You believed a flat you visited, on your own evidence, twice a year was your main residence?⟧"
There was a long pause. "⟦d:a|When you put it like that, it sounds bad,⟧" he said.
His former office manager, Gwyneth ap Rhys, is due to give evidence next week.

### 045
@a Francis Mallory-Quinn | A man who spent his childhood in a council-run children's home
@c Rhodri Vaughan | Counsel to the inquiry
@b Maeve Gallagher-Nkosi | The inquiry's chair
@d Damilola Fashola | Its chief executive
A man who spent his childhood in a council-run children's home has told a public inquiry that staff “⟦p:a|ran it like a prison and treated us like the inmates⟧”.
Francis Mallory-Quinn, 64, was the first survivor to give evidence in person to the Ravensholme Inquiry, which is examining abuse at four homes run by Tallis Mount council between 1960 and 1995.
“⟦d:a:m|I was eight when I went in. My mother had died and my dad couldn't cope. They told him it would be for a few months.⟧
“⟦d:a:m|I was there seven years. In that time I was beaten more times than I could count, and I was abused by two members of staff, one of whom is still alive.⟧
“⟦d:a|I've waited fifty years to sit in a room like this and have someone write it down.⟧”
Counsel to the inquiry, Rhodri Vaughan KC, asked him: “⟦d:c|Did you ever tell anyone at the time?⟧”
“⟦d:a|I told a social worker once. She wrote in my file that I was a fantasist. I've seen the file now.⟧”
The inquiry's chair, Professor Maeve Gallagher-Nkosi, thanked him at the end of his evidence. “⟦d:b|Mr Mallory-Quinn, I know that cost you a great deal. Thank you,⟧” she said.
Tallis Mount council has apologised. Its chief executive, Damilola Fashola, said in a statement: “⟦d:d|What happened to children in our care was a betrayal. We will not defend the indefensible, and we will give the inquiry everything it asks for.⟧”

### 046
@c - | press freedom groups
@a Milena Staikova | the investigative reporter
@b Boris Yanakiev | Penev's lawyer
@d Stefka Dimova-Rusch | Judge
@e Korvenna Press Union | -
A district court in Korvenna on Thursday convicted the investigative reporter Milena Staikova of defaming a deputy interior minister and fined her 40,000 talers, in a case that press freedom groups called «⟦p:c|a warning to every journalist in the country⟧».
Staikova, 36, reported in 2022 that Deputy Minister Radoslav Penev had steered police contracts to a company owned by his brother-in-law.
«⟦d:a|I stand by every word. If telling the truth is a crime here, then I am guilty,⟧» she told the court before the verdict was read.
Penev's lawyer, Boris Yanakiev, said the articles had caused his client «⟦p:b|immeasurable harm⟧». «⟦d:b|Journalism is not a licence to destroy reputations on the basis of rumour,⟧» Yanakiev told reporters outside the courthouse.
Judge Stefka Dimova-Rusch said in her ruling that the reporter had «⟦p:d|failed to verify⟧» the central claims. Staikova said she would appeal.
The Korvenna Press Union said: «⟦d:e|Today's verdict tells every reporter in this country what will happen to them if they look too closely at people in power.⟧»

### 047
@a Abdullahi Warsame | Security guard
@b Lucy Otieno-Grant | Station manager
@c Marcus Featherstonehaugh | Defence barrister
@d Niamh Corrigan | -
Day six of the trial of nightclub owner Ezekiel Ransome-Kaur, who denies the gross negligence manslaughter of three people in a crush at the Lantern Rooms in Kestle Bay in December 2021. Here are the key moments from Thursday's evidence.
The door staff
Security guard Abdullahi Warsame said the club's capacity was 600 but "⟦p:a|there were way more than that, easily eight or nine hundred⟧". "⟦d:a|I told the manager on the radio we needed to stop letting people in. He said keep them coming, it's fine,⟧" he told jurors.
The fire exits
Station manager Lucy Otieno-Grant said two of the four fire exits had been "⟦p:b|chained shut from the inside⟧" when crews arrived. "⟦d:b|We had to cut through them with bolt croppers,⟧" she said.
The defence
Defence barrister Marcus Featherstonehaugh KC asked Mr Warsame whether he had ever raised his concerns about numbers in writing. "⟦d:c|Not once in three years, Mr Warsame. Is that right?⟧"
"⟦d:a|I raised them every weekend. Nobody ever gave me anything to write on.⟧"
The families
Outside court, Niamh Corrigan, whose sister Aoibheann was among those who died, said: "⟦d:d|Every day of this trial we learn something else that could have saved her.⟧"

### 048
@a Harriet Lomax-Ndiaye | Prosecutor
@b Owain Rhys-Jenkins | The farmer
@c Fatima Al-Rashid | Judge
@d Dean Whitmarsh | Okwuosa's barrister
@e Stuart Bellamy | -
Two metal detectorists who sold off a hoard of early medieval silver coins found on a farmer's land, and told nobody, have been jailed.
Stuart Bellamy, 52, and Philip Okwuosa, 47, found the 44 coins in a field at Hatherley Cross in 2019 and sold more than half of them to a dealer for £30,000.
Prosecutor Harriet Lomax-Ndiaye said: “⟦d:a|These men knew exactly what they had found. They knew they were required by law to report it. Instead they hid it in a biscuit tin and sold it off coin by coin.⟧”
The farmer, Owain Rhys-Jenkins, said: “⟦d:b|They came to my door and asked permission, very polite. I said yes. I didn't think they'd rob me and the country at the same time.⟧”
Judge Fatima Al-Rashid described the coins as “⟦p:c|a part of our shared history that now can never be fully understood⟧” and jailed Bellamy for 30 months and Okwuosa for two years.
“⟦d:c|When these objects are torn from the ground without record, their context is lost for ever,⟧” she said. “⟦d:c|You did not just steal coins. You stole knowledge.⟧”
Okwuosa's barrister, Dean Whitmarsh, said his client had been “⟦p:d|led astray by an older, more experienced man⟧”. Bellamy, who represented himself at the sentencing hearing, said only: “⟦d:e|I've nothing to say.⟧”

### 049
@a Funmilayo Akinwale | His daughter
@b Graham Pettigrew-Sale | The ambulance service's director of operations
@c Zainab Hussein-Lowe | Coroner
A father of three waited more than four hours for an ambulance after collapsing with chest pain, an inquest has heard.
Adebayo "⟦s:-|Bayo⟧" Akinwale, 58, died at his home in Stannard Green in January.
His daughter, Funmilayo Akinwale, made five calls to 999. "⟦d:a|Each time they told me they were coming. Each time they told me to keep him comfortable. By the fifth call I was begging,⟧" she said.
The ambulance service's director of operations, Graham Pettigrew-Sale, told the inquest that on that night 41 ambulances had been queuing outside hospitals across the region. "⟦d:b|I am not going to stand here and tell you that was acceptable,⟧" he said. "⟦d:b|It was not. It was the system failing Mr Akinwale.⟧"
Coroner Zainab Hussein-Lowe asked him whether anything had changed since. "⟦d:c|What would happen tonight, Mr Pettigrew-Sale, if someone in Stannard Green called with chest pain?⟧"
"⟦d:b|Honestly? I would hope it would be better. I cannot promise you it would be.⟧"
Recording a narrative conclusion, Ms Hussein-Lowe said the delay had "⟦p:c|probably⟧" contributed to Mr Akinwale's death, and that she would write to the health secretary.

### 050
@a Anwuli Ekeh-Forsyth | the judge
@b Zipwell | -
@c Joaquim Tavares | Its general secretary
@d Sina Tuilagi | One courier
Couriers working for the delivery app Zipwell are workers entitled to holiday pay and the minimum wage, the Employment Appeal Tribunal has ruled, dismissing the company's appeal.
Mrs Justice Anwuli Ekeh-Forsyth said the arrangements amounted to “⟦p:a|a contractual façade⟧”.
“⟦d:a|The couriers cannot set their own prices, cannot choose their customers and can be removed from the app without explanation,⟧” the judge wrote. “⟦d:a|The label of independent contractor does not survive contact with the facts.⟧”
Zipwell said: “⟦d:b|We are disappointed and will consider our options, including a further appeal.⟧”
The couriers were backed by the Independent Riders' Union. Its general secretary, Joaquim Tavares, said: “⟦d:c|Today's judgment means thousands of riders who've been told for years that they are their own bosses can finally be paid properly.⟧”
One courier, Sina Tuilagi, 29, who has ridden for Zipwell for four years, said: “⟦d:d|I worked out last year I was making about £6 an hour after fuel. Maybe now that changes.⟧”

### 051
@a Gideon Marchetti-Blake | TV chef
@b Daily Courier | -
@c Anjali Krishnamurthy | the paper's barrister
TV chef Gideon Marchetti-Blake told the High Court yesterday that claims he stole recipes from a former protégée left him "⟦p:a|wanting to crawl under a rock⟧".
Marchetti-Blake, 48, is suing the Daily Courier, which claimed in a 2023 article that his bestselling book "⟦s:-|Fire & Salt⟧" contained dishes "⟦p:b|lifted wholesale⟧" from the unpublished notebooks of his former sous-chef Bisi Adewumi.
Under cross-examination by the paper's barrister, Anjali Krishnamurthy KC, he was shown a page from Ms Adewumi's notebook.
"⟦d:c|That's her handwriting. That's her recipe for smoked goat. And that's page 112 of your book. Word for word, Mr Marchetti-Blake.⟧"
"⟦d:a|Not word for word. I added lime.⟧"
There was laughter in court. "⟦d:c|You added lime,⟧" Ms Krishnamurthy repeated.
"⟦d:a|It makes a difference. Any cook will tell you that.⟧"
Ms Adewumi, 31, who is expected to give evidence next week, sat at the back of the court taking notes. The hearing continues.

### 052
@a - | A woman who had a two-year relationship with an undercover police officer
@b - | The officer
@c Isobel Nakagawa | counsel to the inquiry
@d Deepa Chandrasekaran | Her solicitor
A woman who had a two-year relationship with an undercover police officer has told the Special Operations Inquiry that he “⟦p:a|stole years of my life and called it work⟧”.
“⟦d:a|He met my parents. He came to my grandmother's funeral. He held my hand at the graveside. And all the time he was writing reports about my friends,⟧” said the woman, who gave evidence under the pseudonym “⟦s:-|Anna⟧”.
The officer, who is known to the inquiry only by a cipher, has admitted the relationship. In a written statement, he said: “⟦d:b|I deeply regret the hurt I caused. At the time I believed, wrongly, that my feelings for her were genuine enough to justify it.⟧”
“⟦d:c|When did you find out who he really was?⟧” asked Isobel Nakagawa KC, counsel to the inquiry.
“⟦d:a|In 2017. From a journalist. Not from the police, not from him. From a journalist who rang me at work.⟧”
Her solicitor, Deepa Chandrasekaran, said afterwards: “⟦d:d|Anna has waited six years for the police to tell her the truth about her own life. She is still waiting.⟧”

### 053
@a Kemi Adeyinka | prosecuting
@b Colm Fitzgerald | District Judge
@c Yusuf Karaca | Danquah's solicitor
@d Owen Prothero | -
@e Tallis Mount Hospitals Trust | -
Two social media pranksters who dressed as surgeons and filmed themselves wandering the wards of Tallis Mount General Hospital have been ordered to do 150 hours of unpaid work.
Reece Danquah, 21, and Owen Prothero, 22, posted the video, titled "⟦s:-|Dr Danquah Will See You Now⟧", to their 340,000 followers. It was viewed more than two million times before it was taken down.
"⟦d:a|One patient, an 81-year-old woman recovering from a hip operation, believed Danquah was her consultant,⟧" Kemi Adeyinka, prosecuting, said. "⟦d:a|She asked him when she could go home. He told her, on camera, 'Never, love,' and walked off laughing.⟧"
District Judge Colm Fitzgerald told the pair: "⟦d:b|You thought this was funny. Nobody on that ward thought it was funny. A frightened elderly woman certainly didn't think it was funny.⟧"
Danquah's solicitor, Yusuf Karaca, said his client had "⟦p:c|grown up a great deal⟧" since the incident. Prothero told the court: "⟦d:d|I'm really sorry. I've deleted everything. My mum won't talk to me.⟧"
Tallis Mount Hospitals Trust said it had reviewed security on its wards and that the pair had caused "⟦p:e|real distress to vulnerable patients⟧".

### 054
@a Tane Whatuira | Private
@b Jake Sowden | Lance Corporal
@c Elspeth Forsyth-Rao | the officer in charge
@d Matthew Oyelowo | Senior coroner
@e Mere Whatuira | Pte Whatuira's mother
A 20-year-old soldier who collapsed and died on a training march in extreme heat had told a friend he felt ``⟦p:a|like my head was boiling⟧'', an inquest heard.
Private Tane Whatuira, of the 2nd Battalion, Western Rifles, died on the Brennan Moor training area in July 2022.
Lance Corporal Jake Sowden said Pte Whatuira had stopped twice in the last mile. ``⟦d:b|He said his head was boiling. I gave him my water and told him we were nearly there,⟧'' he said. ``⟦d:b|I wish I'd stopped him. I didn't think I had the authority.⟧''
Captain Elspeth Forsyth-Rao, the officer in charge, told the inquest the temperature that afternoon had reached 29C. Asked whether the march should have gone ahead, she said: ``⟦d:c|With hindsight, no. At the time the guidance allowed it.⟧''
Senior coroner Matthew Oyelowo asked: ``⟦d:d|And who decides what the guidance allows?⟧''
``⟦d:c|The guidance is set centrally, sir.⟧''
Pte Whatuira's mother, Mere Whatuira, began in Māori before reading her statement in English. ``⟦d:e|Ko Tane taku tama,⟧'' she said — ``⟦d:e|Tane is my son.⟧''
``⟦d:e|He joined the army because he wanted to be part of something. He was part of something, and it let him down.⟧''

### 055
@a Andrés Villacorta-Plaza | a former director of the state oil company
@b Beatriz Olmedo-Grant | Representing the Salvanian government
@c Ruth Kamau-Ellis | Senior District Judge
@d Harcourt Centre for Legal Rights | -
A businessman wanted in the Republic of Salvania on corruption charges has told Westbridge Magistrates' Court he would face “⟦p:a|certain torture⟧” if he were extradited.
Andrés Villacorta-Plaza, 55, a former director of the state oil company, is fighting a request for his return to face charges of embezzlement.
“⟦d:a|Every person who has been returned to Salvania in connection with this investigation has disappeared into the same prison. I know what happens there,⟧” he said through an interpreter.
Representing the Salvanian government, Beatriz Olmedo-Grant said the country had provided “⟦p:b|specific and verifiable assurances⟧” about how he would be treated. “⟦d:b|Salvania is a party to the relevant conventions. Its assurances have been accepted by courts in three other jurisdictions,⟧” she said.
Senior District Judge Ruth Kamau-Ellis asked: “⟦d:c|Have any of those assurances been monitored in practice?⟧” Ms Olmedo-Grant said she would take instructions.
The Harcourt Centre for Legal Rights, which has intervened in the case, said in a submission that assurances from Salvania were “⟦p:d|not worth the paper they are printed on⟧”.
The hearing was adjourned until next month.

### 056
@a Liam Garside | -
@b Yaqub Hafeez | A caretaker who lived in a flat above the prayer hall
@c Bronagh McCorley | Judge
@d Ibrahim Danjuma | The mosque's imam
@e Karen | Garside's mother
A man has been jailed for five years for setting fire to the door of a mosque in Brackwell hours after posting online that he wanted to "⟦p:a|take the fight to them⟧".
Liam Garside, 26, poured petrol through the letterbox of the Masjid al-Noor on Carver Street at 3am on a Sunday in May. A caretaker who lived in a flat above the prayer hall, Yaqub Hafeez, 70, escaped down a back staircase.
"⟦d:b|I smelled it before I saw it. I thought, this is how I die, at seventy, in my slippers,⟧" Mr Hafeez told the court.
Judge Bronagh McCorley said Garside's social media posts revealed "⟦p:c|a mind saturated in hatred⟧". "⟦d:c|You could have killed a 70-year-old man who has devoted his retirement to looking after a place of worship,⟧" she told him.
The mosque's imam, Sheikh Ibrahim Danjuma, said: "⟦d:d|Our doors have been open to everyone in Brackwell for 30 years and they will stay open. We pray for this young man, that he finds his way back.⟧"
Garside's mother, Karen, wept as he was sentenced. Outside court, she said: "⟦d:e|That isn't how I brought him up. I don't know where he went.⟧"

### 057
@a Evangeline Ocampo | -
@b Lionel Ashby-Tremaine | Her barrister
@c Gerard Mulcahy | The son of one of the patients
@d Wexmoor Constabulary | -
A nurse accused of poisoning three patients at a Wexmoor hospital has been cleared of all charges after a retrial.
Evangeline Ocampo, 38, wept and hugged her barrister as the jury foreman read out the last of six not guilty verdicts at Wexmoor Crown Court.
There were gasps in the public gallery, and a cry of “⟦d:-|No!⟧” from somewhere near the back.
Outside court, Ms Ocampo read a short statement. “⟦d:a|For four years I have been called a murderer in newspapers and on the internet. I am not a murderer. I am a nurse, and I loved my patients,⟧” she said. “⟦d:a|I want to go home to my children now.⟧”
Her barrister, Lionel Ashby-Tremaine KC, told reporters the case should “⟦p:b|never have come to court⟧”.
The son of one of the patients, Gerard Mulcahy, said his family was “⟦p:c|devastated and confused⟧”. “⟦d:c|We still don't know what happened to Mum. Somebody knows,⟧” he said.
Wexmoor Constabulary said: “⟦d:d|We respect the jury's verdict. Our thoughts remain with the families of those who died.⟧”

### 058
@a Fraser Mackintosh | Engineer
@b Ailsa Mathieson | Procurator fiscal depute
@c Donald Ferguson-Ilori | Sheriff Principal
@d Lorna Gilchrist | -
A fatal accident inquiry into the deaths of four oil workers in a helicopter crash off Sgeir Mhòr has heard that an engineer flagged a fault with the aircraft's gearbox two days before it went down.
Engineer Fraser Mackintosh said he had logged a "⟦p:a|metallic particle warning⟧" after a routine check. "⟦d:a|I wrote it up, I spoke to the shift lead, and I was told it was within limits. I still think about that conversation,⟧" he said.
Procurator fiscal depute Ailsa Mathieson asked him: "⟦d:b|Did you agree that it was within limits?⟧"
"⟦d:a|I didn't disagree. I'd been there eight months. He'd been there twenty years.⟧"
"⟦d:c|I am conscious that the families have waited a long time for these answers,⟧" Sheriff Principal Donald Ferguson-Ilori said at the close of the day's evidence. He is expected to issue his determination later this year.
Lorna Gilchrist, whose husband Duncan was among the dead, said outside the court: "⟦d:d|We were told it was the weather. It was never the weather.⟧"

### 059
@a Ji-woo Park | -
@b Borders Directorate | -
@c Hiroshi Tanaka-Bell | Tribunal Judge
@d Adaora Nwachukwu-Ellis | Ms Park's classmate
@e - | A Borders Directorate spokesperson
A nursing student who was threatened with removal after her college lost its licence to sponsor overseas students has won the right to stay and finish her course.
Ji-woo Park, 24, had completed two years of a three-year degree at Pellingford College of Health when the Borders Directorate revoked the college's licence in 2023 over what it called “⟦p:b|systemic failures in attendance monitoring⟧”.
“⟦d:a|I did nothing wrong. I went to every class. I have the attendance records on my phone,⟧” Ms Park told the tribunal, holding up the device.
Tribunal Judge Hiroshi Tanaka-Bell said it would be “⟦p:c|manifestly unfair⟧” to punish a student for the failings of her college. “⟦d:c|The appellant has been, on any view, a model student. She is the victim in this story, not its author,⟧” he said.
Ms Park's classmate, Adaora Nwachukwu-Ellis, who faces the same situation, said: “⟦d:d|Today gives the rest of us some hope. There are about sixty of us in the same position.⟧”
A Borders Directorate spokesperson said: “⟦d:e|We will review the determination. We do not comment on individual cases.⟧”

### 060
@a Sophia Papadakis | -
@b Kwame Boateng-Sterling | For the defence
The prosecution and defence have made their closing speeches in the trial of a former youth football club treasurer accused of stealing more than £90,000 from the club.
Gordon Laidlaw-Mensah, 56, who looked after the accounts of Pellingford Juniors FC for nine years, denies fraud by abuse of position.
Closing the Crown's case, Sophia Papadakis KC said: "⟦d:a:m|Mr Laidlaw-Mensah had sole control of that bank account. He moved money into his own account on 214 separate occasions. He never told the committee, and he never paid it back.⟧
"⟦d:a|He says these were loans. Members of the jury, a loan is something you tell someone about.⟧"
For the defence, Kwame Boateng-Sterling said his client had been "⟦p:b|chaotic, disorganised and out of his depth⟧" but was not a thief.
"⟦d:b:m|Nobody is suggesting Gordon was good at paperwork. He was a volunteer who gave up every Saturday morning for nine years to stand in the rain with other people's children.⟧
"⟦d:b|Being bad at spreadsheets is not a crime. If it were, half of this country's football clubs would be run from prison.⟧"
Judge Marian Okafor-Sands will sum up the case on Monday before sending the jury out to consider its verdicts.

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh167.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh167",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
