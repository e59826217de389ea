# ruff: noqa: E501
"""Build ``quotes_fresh171.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, housing and
immigration tribunals, disciplinary panels and courts martial, written as wire,
broadsheet, local-paper, tabloid, magazine and broadcaster court reports from several
jurisdictions.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh171-NNN``.

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
  it: the appositive is the description. A title before the name alone
  (``Prosecutor …``, ``Senior coroner …``, ``Employment Judge …``, ``Magistrate …``,
  ``Detective Sergeant …``) is the description; so is a role phrase set off before
  the name (``Counsel to the inquiry, Nikhil Varadarajan KC,``, ``counsel for the
  family, …``).
* The court-report role words set off after a barrister's name (``Helen Marchetti,
  prosecuting,``, ``…, defending,``, ``…, mitigating,``) are the description. Longer
  participial or prepositional phrases after a name (``for the Secretary of State``,
  ``sitting with …``, ``of Greenlane Legal``) are not.
* Ages and addresses after a name (``Reece Hollingworth, 24, of Pennock Lane``) are not
  descriptions. Where a speaker is introduced without an appositive and the passage
  refers to them by a definite description at a cue or in the next sentence (``the
  teacher said``, ``the waiter added``, ``the 34-year-old``), that description is
  taken; an indefinite description in the lede before the name is introduced (``A
  warehouse worker who …``) is not.
* Judges styled ``Mr Justice``, ``Mrs Justice``, ``Lady Justice`` are named by their
  surname; their description comes from an appositive or a definite description at a
  cue (``the judge said``). ``Judge``, ``Justice``, ``District Judge``, ``Supreme
  Court Justice`` and the like before a name are titles and count as the description.
* Anonymised witnesses named only by a cipher or initials (``TG``, ``V29``) have the
  cipher as their name.
* A statement written by one person and read to court by another (a victim impact
  statement read by the prosecutor, a family statement read by a solicitor or a
  police officer) belongs to its author. Text messages, emails, diary entries, social
  media posts, letters and written judgments read out in court belong to whoever
  wrote them.
* A body without a name of its own that speaks collectively (``the jury``, ``the
  bench``, ``the family``, ``the panel``) has a null speaker and that phrase as the
  description; a named organisation (a police force, a prosecution authority, a
  company, a prison agency) is the speaker.
* Words a witness reports someone else as saying, when the reporter presents them as
  that person's words at the top level (``her manager had told her: "…"``), belong to
  that person. Recordings played in court (emergency calls, police interviews) belong
  to whoever speaks on the recording; an unnamed call handler has a null speaker and
  ``the call handler`` as description.
* Shouts from the dock or the public gallery belong to the person the passage
  identifies; an unidentified shouter is null (with a description where the passage
  gives one, e.g. ``a woman in the public gallery``).
* A cross-examination or an examination-in-chief written as alternating quote-only
  paragraphs: each turn belongs to the person whose turn it is. Questions by a
  first-person writer (``I asked``) are ``direct`` with speaker and description null.
* Fragments quoted from unidentified documents are ``partial`` with a null speaker;
  fragments of an identified report, judgment or letter belong to its author.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh171.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh171.jsonl")

PASSAGES = """
### 001
@w Callum Reyes | a delivery driver who lived opposite the flat
@p Helen Marchetti | prosecuting
@d Oluwaseun Bakare | defending
CARROWMORE, England, March 4 — A man told a jury on Tuesday that he saw two men “⟦p:w|pushing each other about⟧” on a council estate landing minutes before Dean Fairlie was stabbed to death.
Callum Reyes, a delivery driver who lived opposite the flat, was giving evidence on the second day of the trial of Marcus Allingham, 29, who denies murder.
“⟦d:w|I heard shouting first, then a bang like someone hitting a door,⟧” Reyes told Carrowmore Crown Court. “⟦d:w|When I looked out, the taller one had the other one by the collar.⟧”
Asked by Helen Marchetti, prosecuting, whether he could see either man's face, he said: “⟦d:w|Only the taller one. He had a grey hoodie with the hood down.⟧”
“⟦d:p|Do you see that man in court today?⟧” Marchetti asked.
“⟦d:w|I think so. I'm not a hundred per cent.⟧”
Under cross-examination by Oluwaseun Bakare, defending, Reyes agreed that the landing light had been broken for weeks and that he had been watching through a net curtain.
“⟦d:d|So you were looking through a net curtain, in the dark, at a man you had never seen before?⟧” Bakare asked.
“⟦d:w|There's a streetlight right outside,⟧” the witness replied.
“⟦d:d|A streetlight some thirty metres away, Mr Reyes.⟧”
“⟦d:w|I know what I saw.⟧”
The trial continues.

### 002
@g Gareth Pryce-Jones | Prosecutor
@f Ffion Llewellyn | defending
@a Alun Meredith | Chair of the bench
@r Bethan Rowlands | the teacher
A Llanfaern primary school teacher who was found slumped at the wheel of her car in a supermarket car park has been banned from driving for 20 months.
Bethan Rowlands, 41, of Heol Tegid, pleaded guilty at Aberhowy Magistrates' Court to driving with excess alcohol.
Prosecutor Gareth Pryce-Jones told magistrates that staff at the Valley Fresh store had called police after seeing the engine running and the driver "⟦p:g|not moving at all⟧" for several minutes.
"⟦d:g|She was cooperative throughout and made full admissions in interview,⟧" Mr Pryce-Jones said. "⟦d:g|A breath test gave a reading of 71 microgrammes, more than twice the legal limit.⟧"
Ffion Llewellyn, defending, said her client had been "⟦p:f|going through the worst year of her life⟧" after the death of her father in the spring.
"⟦d:f|She had not slept. She had a glass of wine, then another, and then she made a terrible decision to drive to buy milk for the morning,⟧" Miss Llewellyn said. "⟦d:f|She is deeply ashamed. She has since referred herself to an alcohol service and has not had a drink for eleven weeks.⟧"
Chair of the bench Alun Meredith told Rowlands: "⟦d:a|We accept that you are remorseful and that this was out of character. But you put other people's lives at risk in a busy car park at four o'clock in the afternoon.⟧"
She was also fined £640 and ordered to pay £85 costs and a £256 surcharge.
Speaking outside court, the teacher said only: "⟦d:r|I'm sorry. That's all I want to say.⟧"

### 003
@v Rocco Vanterpool | TELLY chef
@t Tobias Grant | The waiter
@i Imogen Tate | Prosecutor
@f Felix Ashdown | His barrister
TELLY chef Rocco Vanterpool punched a waiter who dropped a tray of oysters during a packed Saturday service, a court heard yesterday.
The "⟦s:-|Sizzle Street⟧" star, 52, allegedly screamed "⟦d:v|You've ruined my night!⟧" before lashing out at Tobias Grant, 23, at his swanky Marlowe Row restaurant.
Mr Grant told jurors at Kingsreach Crown Court: "⟦d:t|He just came at me. I had oyster juice all down my shirt and the next thing I was on the floor.⟧"
The waiter, who needed three stitches above his eye, added: "⟦d:t|Everyone went quiet. Someone said 'call an ambulance' and he just walked back into the kitchen like nothing had happened.⟧"
Prosecutor Imogen Tate said Vanterpool had "⟦p:i|lost it completely⟧" over "⟦p:i|a few broken shells and a bit of ice⟧".
Vanterpool, of Hensley Park, denies assault occasioning actual bodily harm.
His barrister, Felix Ashdown, told jurors the star had only "⟦p:f|raised his hands to protect himself⟧" after Mr Grant stumbled towards him.
"⟦d:f|This is a man with thirty years in professional kitchens and not a single complaint of violence against him,⟧" Mr Ashdown said.
The trial continues.

### 004
@c Margaret Adeyinka-Shaw | Senior coroner
@e Ellis Toner | One of his flatmates
@a Abena Mensah-Boateng | Kofi's mother
@s - | A council spokesperson
An inquest has concluded that a 19-year-old student who drowned in the River Ashby after a night out died as a result of misadventure.
Kofi Mensah-Boateng, a first-year engineering student at Hallam Vale University, was found in the water near Colliers Weir on 14 November, two days after his flatmates reported him missing.
Senior coroner Margaret Adeyinka-Shaw told the hearing at Ashby Coroner's Court: “⟦d:c|Kofi was a young man with everything ahead of him. The evidence is that he became separated from his friends, took a route along the towpath that was unlit, and entered the water at some point after 2.40am.⟧”
She said there was “⟦p:c|no evidence whatsoever⟧” of anyone else being involved.
One of his flatmates, Ellis Toner, said in evidence that the group had lost Kofi outside a bar on Quayside. “⟦d:e|We thought he'd gone back to the flat. He did that sometimes, just went without saying anything,⟧” he said. “⟦d:e|I've thought about that every day since.⟧”
In a statement read to the court, Kofi's mother, Abena Mensah-Boateng, described her son as “⟦p:a|the light of our house⟧”.
“⟦d:a:m|He phoned me every Sunday without fail. He would tell me about his lectures, and I would pretend to understand.⟧
“⟦d:a:m|When the police came to the door I knew before they spoke. A mother knows.⟧
“⟦d:a|I ask the council to put lights on that path so that no other family has to sit where we are sitting.⟧”
The coroner said she would send a prevention of future deaths report to Ashby District Council. A council spokesperson said it would “⟦p:s|carefully consider⟧” any recommendations.

### 005
@r Ruth Hallorann | The former chief executive of Wexcombe Hospitals Trust
@n Nikhil Varadarajan | Counsel to the inquiry
@m - | a senior midwife
@j Jodie Kilbride | -
The former chief executive of Wexcombe Hospitals Trust has told a public inquiry that she was “⟦p:r|never once⟧” warned by her board that baby deaths at the trust's maternity unit were rising.
Dr Ruth Hallorann, who ran the trust between 2015 and 2021, was giving evidence on the 41st day of hearings of the Wexcombe Maternity Inquiry.
Counsel to the inquiry, Nikhil Varadarajan KC, put to her a 2018 email in which a senior midwife warned of “⟦p:m|a culture of fear on the labour ward⟧”.
“⟦d:n|Did you read this email at the time?⟧” he asked.
“⟦d:r|I don't believe it reached me. It was sent to the director of nursing.⟧”
“⟦d:n|It was copied to your office, Dr Hallorann. Your assistant acknowledged receipt the same afternoon.⟧”
“⟦d:r|Then I can only say that I have no memory of it, and I accept that I should have.⟧”
Mr Varadarajan asked whether she accepted that families had been “⟦p:n|let down⟧” by the trust's leadership.
After a long pause, Dr Hallorann replied: “⟦d:r|Yes. I accept that. I am sorry. I know that word is not enough.⟧”
Several parents in the public gallery left the room during her evidence. Outside, Jodie Kilbride, whose daughter Maisie died hours after birth in 2019, said: “⟦d:j|She was sorry today because she was in a witness box. She wasn't sorry when we wrote to her.⟧”
The inquiry, chaired by Dame Felicity Orr, continues next week.

### 006
@k Darius Kowalewski | -
@b Brightline Logistics | The company
@j Sunita Baptiste | Employment Judge
@c Craig Dobbins | Site manager
@s - | A Brightline Logistics spokesperson
A warehouse worker who was sacked after posting a photograph of a leaking roof on social media was unfairly dismissed, an employment tribunal has ruled.
Darius Kowalewski, 38, had worked as a picker at the Hartmoor distribution centre run by Brightline Logistics for six years before he was dismissed for gross misconduct in March last year.
The tribunal in Castlebridge heard that Mr Kowalewski had posted a picture of buckets catching rainwater beside a conveyor belt, with the words: "⟦d:k|Health and safety, Brightline style. Third week running.⟧"
The company argued that the post had "⟦p:b|brought the business into disrepute⟧".
But Employment Judge Sunita Baptiste said in her written judgment: "⟦d:j|The claimant was pointing out a genuine hazard which he had reported to his line manager on at least three previous occasions without any response. Dismissing him for doing so was outside the band of reasonable responses.⟧"
She added that the disciplinary hearing had been "⟦p:j|little more than a formality⟧" and that its outcome appeared to have been "⟦p:j|decided in advance⟧".
Giving evidence at the hearing in January, Mr Kowalewski said: "⟦d:k|I wasn't trying to embarrass anybody. I was trying to stop someone slipping and breaking their neck.⟧"
Site manager Craig Dobbins told the tribunal he had "⟦p:c|lost trust⟧" in the claimant. Asked by the judge why the roof had not been repaired, he said: "⟦d:c|That was a matter for head office, not me.⟧"
A Brightline Logistics spokesperson said: "⟦d:s|We are disappointed with the decision and are considering our options.⟧"
A remedy hearing will take place later this year.

### 007
@t TG | The man
@l Lucinda Farraday | Presenting officer
@h Hana Okafor-Lindqvist | Judge
@a Amadou Sy | His solicitor
A 31-year-old man who said he spent nine years in indefinite military service before fleeing his country has won an appeal against the refusal of his asylum claim.
The man, identified only as TG to protect relatives still living abroad, gave evidence through a Tigrinya interpreter at the Immigration and Asylum Tribunal sitting in Marlow Cross.
«⟦d:t|They told us the service would last eighteen months. After five years I stopped counting,⟧» he said.
«⟦d:t|When I asked for leave to see my mother, the commander laughed and said I would see her when I was dead.⟧»
Presenting officer Lucinda Farraday, for the Secretary of State, suggested that his account of the escape had changed between interviews.
«⟦d:l|In your screening interview you said you crossed the river at night. Today you say it was early morning. Which is it?⟧» she asked.
«⟦d:t|It was dark. For me, that is night. I did not have a watch,⟧» TG replied.
In her decision, Judge Hana Okafor-Lindqvist found him «⟦p:h|a credible and consistent witness⟧» and said the discrepancy was «⟦p:h|of no real significance⟧».
«⟦d:h|I have no hesitation in finding that the appellant would face a real risk of serious harm on return,⟧» she wrote.
His solicitor, Amadou Sy of Greenlane Legal, said: «⟦d:a|He has waited four years for someone to believe him. Today somebody did.⟧»

### 008
@j Anthony Beresford-Kwame | Judge
@g Grace | Mrs Ogunleye-Marsh's daughter
@i Imran Chaudhry | Detective Sergeant
A driver who was racing a friend along a country road when he killed a 67-year-old grandmother has been jailed for eight years and eight months.
Reece Hollingworth, 24, of Pennock Lane, Stavely, admitted causing death by dangerous driving at Harnford Crown Court.
Pauline Ogunleye-Marsh was driving home from her weekly choir practice when Hollingworth's Audi, travelling at an estimated 94mph, crossed into her lane on the B4217 near Lower Tennet last August.
Sentencing him on Friday, Judge Anthony Beresford-Kwame said:
“⟦d:j:m|You and your friend treated a country road as a racetrack. You had been warned by your own mother, in a message this court has seen, to ‘slow down before you kill someone’. You ignored her.⟧
“⟦d:j:m|Mrs Ogunleye-Marsh had no chance whatsoever. She was doing nothing more than driving home on a summer evening.⟧
“⟦d:j|I accept your remorse is genuine. I accept that you were 23 and foolish. None of that brings her back, and none of it reduces the danger you chose to create.⟧”
In a victim impact statement read by the prosecutor, Mrs Ogunleye-Marsh's daughter, Grace, said the family had been “⟦p:g|hollowed out⟧”.
“⟦d:g|My children ask when Nana is coming to sing to them. I don't know what to tell them,⟧” she wrote.
Hollingworth, who wept in the dock, was also banned from driving for 14 years. His friend, Jordan Pike, 25, who was driving the second car, will be sentenced next month.
Outside court, Detective Sergeant Imran Chaudhry said: “⟦d:i|This was entirely avoidable. Two young men decided that a thrill was worth more than a stranger's life.⟧”

### 009
@m Moorcroft | the judge
@s Samuel Adjei-Brown | -
@e Efua Adjei-Brown | His sister
@n Northern Prosecution Authority | -
@c Graham Colley | Colley's brother
Three appeal judges have quashed the murder conviction of a man who has spent 17 years in prison, ruling that the jury never heard evidence that could have undermined the prosecution case.
Samuel Adjei-Brown, now 46, was convicted in 2008 of the murder of Terence Colley at a petrol station in Westhaven.
Lady Justice Moorcroft, sitting with Mr Justice Tembo and Mrs Justice Haldane, said the failure to disclose a statement from a second eyewitness "⟦p:m|strikes at the very heart of the fairness of the trial⟧".
"⟦d:m|The jury was entitled to hear that another witness, who knew the area well, had described the gunman as a much shorter man with a beard,⟧" the judge said. "⟦d:m|They did not hear it. We cannot be sure that they would have convicted had they done so.⟧"
The court declined to order a retrial.
Outside court, Adjei-Brown, who was released on bail in March, hugged his sister and told reporters: "⟦d:s|Seventeen years. I went in with a son who was two. He's nineteen now and taller than me.⟧"
"⟦d:s|I don't want to be angry. I've been angry. It doesn't give you anything back.⟧"
His sister Efua Adjei-Brown said: "⟦d:e|We never stopped. Every Christmas we said, next year he'll be home. This year he will be.⟧"
The Northern Prosecution Authority said in a statement that it "⟦p:n|respects the court's decision⟧" and would "⟦p:n|review the handling of disclosure in this case⟧".
Colley's brother, Graham Colley, said the family was "⟦p:c|back to square one⟧". "⟦d:c|Somebody killed Terry. We still don't know who,⟧" he said.

### 010
@d Lorraine Achterberg | -
@t Tariq Hussain-Reid | prosecutor
@n Naomi Feldman-Oyelaran | The hospice's chief executive
A former charity treasurer accused of stealing more than £380,000 from a children's hospice has told a jury she “⟦p:d|never meant to keep a penny⟧”.
Lorraine Achterberg, 58, of Fellside, Brayford, is accused of fraud by abuse of position while she was treasurer of Little Lanterns Hospice. She denies the charges.
Giving evidence for the first time on Wednesday, Ms Achterberg said she had moved money into her own account “⟦p:d|to keep it safe⟧” after the hospice's bank flagged suspicious activity.
“⟦d:d|I know how it looks. I'm not stupid,⟧” she told jurors at Brayford Crown Court. “⟦d:d|But I was going to put every penny back once the new account was set up.⟧”
Cross-examining, prosecutor Tariq Hussain-Reid asked why some of the money had been spent on a holiday in Madeira.
“⟦d:t|Was that keeping it safe, Ms Achterberg?⟧”
“⟦d:d|That was a mistake. I used the wrong card.⟧”
“⟦d:t|Forty-one times?⟧”
She did not answer.
The hospice's chief executive, Naomi Feldman-Oyelaran, told the court earlier this week that the losses had forced it to close four of its beds. “⟦d:n|Those beds are where children spend their last days with their families. That is what was taken,⟧” she said.
The trial, which is expected to last three weeks, continues.

### 011
@k Keith Ambrose | the former fire safety manager of Larkfield Housing
@f Dunmere Facades | -
@o Oyelowo | A resident
The following is an edited extract from the transcript of day 12 of the Larkfield Tower Inquiry, in which counsel to the inquiry, Bronwen Tudor-Hayes KC, questioned Keith Ambrose, the former fire safety manager of Larkfield Housing.
Q: Mr Ambrose, on 3 May you wrote in your desk diary: "⟦d:k|Cladding query — park for now.⟧" What did you mean by "⟦s:-|park⟧"?
A: It meant I would come back to it once I had the contractor's answer.
Q: Did you ever come back to it?
A: I believe I did. I can't find a record of it.
Q: Dunmere Facades replied on 9 May that the panels were "⟦p:f|fully compliant, subject to confirmation⟧". Whose confirmation?
A: I took it to mean the manufacturer's.
Q: Did you ask?
A: No.
Q: In June you told the board that the building was "⟦p:k|as safe as any in the city⟧". On what basis?
A: On the basis of what I had been told. I accept now that it was not enough.
Q: A resident, Mrs Oyelowo, emailed you on 14 June asking: "⟦d:o|Is our building safe if there is a fire?⟧" Did you reply?
A: I don't believe I did. I'm sorry.

### 012
@v Anton Vukovic | the doorman
@d Deborah Ansah-Whitfield | Prosecutor
GATESFORD, England (Wire) — A nightclub bouncer accused of killing a customer with a single punch told jurors on Thursday that he had ``⟦p:v|no choice⟧'' because the man was reaching for a bottle.
Anton Vukovic, 36, denies the manslaughter of Liam Brereton, 27, outside the Velvet Room in Gatesford last October.
``⟦d:v|He grabbed a bottle off the table by the neck and came towards me,⟧'' Vukovic said. ``⟦d:v|I hit him once. I didn't think he would go down like that.⟧''
Prosecutor Deborah Ansah-Whitfield played the jury CCTV footage which she said showed that Brereton's hands were ``⟦p:d|empty and by his sides⟧'' at the moment he was struck.
``⟦d:d|Look at his hands, Mr Vukovic. Where is the bottle?⟧'' she asked.
``⟦d:v|It's off the camera. It's on the table behind him,⟧'' the doorman replied.
``⟦d:d|There is no bottle, is there?⟧''
``⟦d:v|There was a bottle.⟧''
Closing speeches are expected on Monday.

### 013
@f - | the family
@h Hannah Vossberg | Detective Chief Inspector
@c Calloway | The judge
The family of a 16-year-old boy stabbed to death yards from his school said they had "⟦p:f|lost the centre of our world⟧" after two teenagers were convicted of his murder.
Jaylen Osei-Francis was attacked on Ferrier Road, Marlbury, as he walked home on 9 October. In a statement read outside Marlbury Crown Court by his uncle, the family said:
"⟦d:f:m|Jaylen was funny, clever and kind. He wanted to be an architect. He had already drawn the house he was going to build for his mum.⟧
"⟦d:f:m|He was walking home from school. That is all he was doing.⟧
"⟦d:f|We thank the jury, the police and the strangers who stopped to help him on that pavement. We ask everyone who carries a knife to think of our family before they leave the house.⟧"
The two defendants, aged 17 and 16, who cannot be named because of their ages, were found guilty after a four-week trial. A third boy was cleared.
Detective Chief Inspector Hannah Vossberg said: "⟦d:h|Two young people made a decision to arm themselves and go looking for trouble. A boy who had nothing to do with any of it paid with his life.⟧"
The judge, Mrs Justice Calloway, warned the defendants that they faced "⟦p:c|very long⟧" custodial sentences. They will be sentenced on 12 June.

### 014
@n Nathaniel Okwuosa | -
@j - | the jury
@s Steven Rudd | Prison officer
@k Kemi Adebola-Hart | counsel for the family
@c Chidinma Okwuosa | Nathaniel's sister
@p Northern Prisons Agency | -
An inquest jury has found that failures by staff at HMP Greyfield contributed to the death of a prisoner who had told a nurse he was hearing voices.
Nathaniel Okwuosa, 27, was found unresponsive in his cell in February 2023, eleven days after telling a healthcare assistant he was “⟦p:n|hearing them again, louder⟧”.
In a narrative conclusion, the jury at Southmere Coroner's Court said hourly observations had been “⟦p:j|inadequate and in some cases falsified⟧”.
The jury found: “⟦d:j|There was a missed opportunity on 9 February to refer Nathaniel for urgent mental health assessment, which more than minimally contributed to his death.⟧”
Prison officer Steven Rudd admitted in evidence that he had recorded checks he had not carried out. “⟦d:s|I was covering two landings. I filled in the sheet at the end of the shift. It's what everyone did,⟧” he said.
“⟦d:k|What everyone did?⟧” asked counsel for the family, Kemi Adebola-Hart.
“⟦d:s|On that wing, at that time, yes.⟧”
Nathaniel's sister, Chidinma Okwuosa, said after the hearing: “⟦d:c|My brother asked for help. He wrote it down, he said it out loud, and they ticked a box instead.⟧”
The Northern Prisons Agency said in a statement that it had “⟦p:p|already made significant changes⟧” at Greyfield. “⟦d:p|Our thoughts remain with Mr Okwuosa's family,⟧” it said.

### 015
@n Nasra Warsame | -
@b Bronwen Tudor-Hayes | counsel to the inquiry
@a Alistair Munro-Kaye | The chair
@y Yusuf Demirci | Her neighbour
A mother who carried her two young children down 14 flights of stairs through thick smoke has told the Larkfield Tower Inquiry that residents were told "⟦p:n|again and again⟧" to stay in their flats.
Nasra Warsame, who lived in flat 143 with her husband and children, said she first smelled smoke at about 1.20am.
"⟦d:n|I rang the fire brigade and the lady said, 'Stay inside, put towels under the door, they are coming to you.' So we waited,⟧" she said.
"⟦d:n|After twenty minutes the smoke was coming through the light fittings. My son said, 'Mama, I can't see you.' That is when I decided we were going.⟧"
She told counsel to the inquiry, Bronwen Tudor-Hayes KC, that she had carried her daughter and held her son's hand "⟦p:n|the whole way down⟧".
"⟦d:b|Were there other people on the stairs?⟧" Ms Tudor-Hayes asked.
"⟦d:n|Many. Some going down, some firemen coming up. One fireman took my daughter from me on the sixth floor. I don't know his name. I would like to know his name.⟧"
The inquiry has heard that the building operated a "⟦s:-|stay put⟧" policy until shortly after 2am.
The chair, Sir Alistair Munro-Kaye, thanked her for her evidence. "⟦d:a|You have shown enormous courage in coming here today,⟧" he said.
Her neighbour Yusuf Demirci, of flat 145, told the inquiry he had never seen a fire drill in eight years. "⟦d:y|Not once. There was a notice in the lift. That was the drill,⟧" he said.

### 016
@d Desmond Mbatha | -
@i Ingrid Halvorsen | His solicitor for most of that time
@r Raymond Gillespie | The detective who led that inquiry
For twenty-two years, Desmond Mbatha was one of the “⟦s:-|Ferryhill Three⟧”, a phrase that appeared in headlines so often it came to feel like a surname. Now 61, he sits in the kitchen of a terraced house in Sallow Bridge and makes tea with the care of a man who was once allowed a kettle for one hour a day.
“⟦d:d|People think the worst part is the cell. It isn't,⟧” he says. “⟦d:d|The worst part is the letters you stop getting. One year it's forty cards at Christmas, then it's twelve, then it's your mum and your solicitor.⟧”
His solicitor for most of that time, Ingrid Halvorsen, took the case on in 1998 as a newly qualified lawyer working from a room above a launderette. She describes the original investigation as “⟦p:i|a confession factory⟧”.
“⟦d:i:m|You had three young men with no previous convictions, interviewed for a combined sixty hours without a lawyer, two of whom could barely read. And you had detectives who had already told the press they had their men.⟧
“⟦d:i|The miracle is not that they were freed. The miracle is that anyone ever believed it.⟧”
The detective who led that inquiry, Raymond Gillespie, now 79, declined to be interviewed for this article. In a short letter, he wrote that he had “⟦p:r|acted in good faith on the evidence available at the time⟧” and had “⟦p:r|nothing further to add⟧”.
Mbatha laughs when I read him the letter. “⟦d:d|Good faith,⟧” he repeats. “⟦d:d|I was nineteen. I didn't know what good faith meant. I found out.⟧”
Halvorsen, now a partner at her own firm, keeps the original confession statements in a box under her desk. “⟦d:i|I read them once a year,⟧” she says, “⟦d:i|so I never forget how easy it was.⟧”

### 017
@m Marguerite Tanaka | Supreme Court Justice
@d Doreen Pappas | One victim
@l Liam O'Sullivan-Nair | Kettering's barrister
@s Sione Tupou | victims' advocate
A former financial planner who siphoned $4.2 million from retirees to fund a luxury lifestyle has been jailed for nine years, with a judge describing his conduct as “⟦p:m|predatory and relentless⟧”.
Bradley Kettering, 54, pleaded guilty in the Supreme Court to 22 counts of fraud involving 31 clients of his Marradong Heads practice.
Supreme Court Justice Marguerite Tanaka said Kettering had targeted people “⟦p:m|who trusted him precisely because he seemed so ordinary⟧”.
“⟦d:m|Many of your victims were widows. Several had recently lost their partners and came to you for help in managing what little they had,⟧” she said. “⟦d:m|You took it, and while you took it you sent them Christmas cards.⟧”
One victim, 81-year-old Doreen Pappas, told the court in a statement that she had been forced to sell her home. “⟦d:d|I lived in that house for fifty-one years. I raised four children in it. I now live in one room at my daughter's place,⟧” she said.
Kettering's barrister, Liam O'Sullivan-Nair, said his client had a gambling addiction and was “⟦p:l|genuinely and profoundly ashamed⟧”.
Kettering will be eligible for parole after four years and six months. Outside court, victims' advocate Sione Tupou said that was “⟦p:s|nowhere near enough⟧”.
“⟦d:s|These people will be dead before he's paid back a cent,⟧” he said.

### 018
@o Priscilla Onyango | engineer
@t Mitchell Trask | Linnell's attorney
@k Kaylee Brandt | One of the injured
SPRING HOLLOW, Ore. — A structural engineer testified Tuesday that the deck that collapsed during a graduation party last June, injuring 14 people, was held up by "⟦p:o|nails that had no business being there.⟧"
Testifying for the prosecution in the reckless endangerment trial of contractor Wade Linnell, engineer Priscilla Onyango said the joists had been attached with finishing nails rather than structural bolts.
"⟦d:o|You could pull some of them out with your fingers,⟧" Onyango told jurors in Harlan County Circuit Court. "⟦d:o|I did, in fact. I have photographs.⟧"
Linnell's attorney, Mitchell Trask, asked whether she had examined the deck before or after rescue crews had "⟦p:t|torn it apart⟧" to reach the injured.
"⟦d:o|After, obviously,⟧" Onyango said. "⟦d:o|But rescue crews don't swap bolts for finishing nails.⟧"
Several jurors laughed, and the judge asked the gallery for quiet.
Linnell, 49, has pleaded not guilty. Prosecutors say he ignored a county inspector's order to stop work in 2021.
One of the injured, Kaylee Brandt, 18, testified Monday that she was standing near the railing when "⟦p:k|everything just dropped.⟧"
"⟦d:k|I remember the sound more than anything,⟧" she said. "⟦d:k|Like a tree splitting.⟧"
Trask is expected to call his own engineering expert on Thursday. "⟦d:t|There are two sides to every piece of lumber,⟧" he told reporters outside the courthouse.

### 019
@e Errol Whyte | Fellow worker
@h Hélène Tremblay-Ouellet | Presiding coroner
@g Gerrit Van der Linde | The farm's owner
@a Amrita Sandhu | a lawyer for the Harvest Justice Collective
@m Marcia | Campbell-Pryce's widow
A coroner's jury examining the death of a seasonal farm worker in Ridgeford County has made 23 recommendations, including mandatory heat-stress training and shaded rest areas in every field.
Delroy Campbell-Pryce, 44, a father of three from Jamaica, collapsed while picking tomatoes in July 2022 on a day when temperatures reached 34 C.
Fellow worker Errol Whyte told the inquest the crew had asked for extra water breaks that morning. “⟦d:e|The supervisor said the tomatoes don't wait. So we kept going,⟧” he testified.
Presiding coroner Dr. Hélène Tremblay-Ouellet reminded jurors at the start of deliberations that their role was not to assign blame. “⟦d:h|Your task is not to find fault. It is to help prevent a death like this from happening again,⟧” she said.
The farm's owner, Gerrit Van der Linde, testified that workers were “⟦p:g|always free to rest⟧”.
“⟦d:g|Nobody was ever punished for sitting in the shade. That's not how we run things here,⟧” he said.
Amrita Sandhu, a lawyer for the Harvest Justice Collective, which had standing at the inquest, called the recommendations “⟦p:a|a start⟧”.
“⟦d:a|But recommendations are not law. We have seen juries make these same recommendations before, and we have gone to the next funeral,⟧” she said.
Campbell-Pryce's widow, Marcia, said in a statement shared by the collective: “⟦d:m|Delroy went to Canada to build a future for our children. He came home in a box.⟧”

### 020
@r Mohammed Al-Rawi | -
@p Pádraig Hennessy | Defence counsel
@o Órla Ní Bhriain | Judge
A man who beat a taxi driver with a wheel brace after refusing to pay a €23 fare has been jailed for four and a half years.
Declan Furlong (32), of Ardcarne Terrace, Ballymore, pleaded guilty at Ballymore Circuit Criminal Court to assault causing serious harm to Mohammed Al-Rawi on 3 January last year.
Detective Garda Seán Ó Murchú told the court that Mr Al-Rawi suffered a fractured skull and still has difficulty with his balance.
In his victim impact statement, which he read to the court himself, Mr Al-Rawi said he had driven a taxi in the town for 16 years.
"⟦d:r|I know every road here. People know me. I drove their children to their debs and their grandparents to the hospital,⟧" he said. "⟦d:r|Now I cannot drive at all. I cannot work. My children see me fall down in the kitchen.⟧"
Defence counsel Pádraig Hennessy SC said his client had been drinking for two days and had "⟦p:p|no recollection⟧" of the attack.
"⟦d:p|He has asked me to say to Mr Al-Rawi that he is sorry, and that he knows sorry is a small word,⟧" counsel said.
Judge Órla Ní Bhriain said it was "⟦p:o|a cowardly, vicious attack on a man doing his job in the middle of the night⟧".
"⟦d:o|Taxi drivers are entitled to go home safely to their families at the end of a shift like everybody else,⟧" she said.
She suspended the final six months on condition that Furlong engages with addiction services.

### 021
@b - | the bench
@d Ranjana Deshmukh | Justice
@q Faisal Qureshi | Justice
@v Vikram Shenoy | senior advocate
@m Meenakshi Iyer | Petitioner's counsel
The Sahyadri High Court on Monday pulled up the Devgiri Municipal Corporation over the collapse of an under-construction flyover that killed six labourers, with a division bench observing that "⟦p:b|the lives of workers cannot be treated as collateral damage⟧".
The bench of Justices Ranjana Deshmukh and Faisal Qureshi was hearing a public interest litigation filed by the Devgiri Nagrik Manch, a citizens' group, seeking a court-monitored probe into the incident.
"⟦d:d|Six families have lost their sole earning members. Till date, not a single official has been suspended. What is the corporation waiting for?⟧" Justice Deshmukh remarked.
Appearing for the civic body, senior advocate Vikram Shenoy submitted that an inquiry committee had been constituted and its report was "⟦p:v|expected within two weeks⟧".
"⟦d:q|Two weeks has become two months, Mr Shenoy. The committee has not even visited the site,⟧" Justice Qureshi observed.
Petitioner's counsel Meenakshi Iyer argued that the contractor had been blacklisted in a neighbouring state in 2019 but was awarded the contract anyway. "⟦d:m|The tender documents themselves show that the corporation was aware of the blacklisting. This is not negligence, this is a choice,⟧" she said.
Mr Shenoy said the corporation would file a detailed affidavit. "⟦d:v|We are not running away from anything, my lords,⟧" he told the court.
Listing the matter for March 18, the bench said: "⟦d:b|We expect the municipal commissioner to be personally present on the next date.⟧"

### 022
@a Aroha Pene | Judge
@l Lisa Fonoti | Kindergarten head teacher
@h Hemi Rāwiri | His koro
A teenager who stole and crashed a van belonging to a Waikōhatu kindergarten has been sentenced to six months' community detention after meeting the teachers face to face.
Tama Rāwiri-Hohaia, 19, appeared in the Waikōhatu District Court on Thursday having pleaded guilty to unlawfully taking a motor vehicle and careless driving.
Judge Aroha Pene said a restorative justice conference held last month had been “⟦p:a|the most important thing that has happened in this case⟧”.
“⟦d:a|You sat across from the people whose work you disrupted and you listened to them. That took more courage than stealing a van,⟧” she told him.
Kindergarten head teacher Lisa Fonoti said the van was used to take children on trips to the beach and the library.
“⟦d:l|The kids were gutted. One of them drew a picture of the van with a sad face on it,⟧” she said. “⟦d:l|But when Tama came in and said sorry, I believed him. He's going to help us paint the new one.⟧”
His koro, Hemi Rāwiri, addressed the court in te reo Māori. “⟦d:h|Kua hē tāna mahi, engari ehara ia i te tangata kino,⟧” he said, before repeating in English: “⟦d:h|What he did was wrong, but he is not a bad man.⟧”
The judge also ordered reparation of $1800.

### 023
@t Thandiwe Mokoena | Magistrate
@p Pieter du Plessis | State prosecutor
@s Sibusiso Ndlovu-Khumalo | a construction company owner
@f Farouk Ebrahim | Defence attorney
@n Nomsa | One supporter
The Kwaleni Magistrate's Court has refused bail to a businessman accused of defrauding the provincial roads department of R48 million.
Sibusiso Ndlovu-Khumalo, 47, a construction company owner, faces charges of fraud, corruption and money laundering linked to road-resurfacing tenders awarded between 2019 and 2022.
State prosecutor Pieter du Plessis told the court that investigators had evidence the accused had personally contacted at least three state witnesses since his arrest.
"⟦d:p|These are people who worked for him. They are frightened, and the state submits they have reason to be,⟧" du Plessis said.
He read out a WhatsApp message allegedly sent by Ndlovu-Khumalo to one of them: "⟦d:s|Remember who paid your rent when nobody else would.⟧"
Defence attorney Farouk Ebrahim argued that his client had "⟦p:f|deep roots in this community⟧" and had never missed a court date.
"⟦d:f|My client is not going anywhere. He has a wife, four children and a church he built with his own money,⟧" Ebrahim said.
Magistrate Thandiwe Mokoena was unmoved. "⟦d:t|The court is not persuaded that the accused will not interfere with witnesses, several of whom are his own former employees,⟧" she said. "⟦d:t|Bail is refused.⟧"
Outside court, about 30 supporters sang and held up placards reading "⟦s:-|Free Sibusiso⟧" and "⟦s:-|Hands off our leader⟧".
One supporter, who gave her name only as Nomsa, said: "⟦d:n|He helped this township when nobody else would. Now they want to make him a criminal.⟧"
The matter was postponed to 14 May.

### 024
@g Gavin Prescott-Hale | LOVE rat conman
@s Shelley Adeyemi | Nurse
@k Karina Nowak | a hairdresser from Wendle
@j Jasper Quaye | Prosecutor
LOVE rat conman Gavin Prescott-Hale wooed FIVE women on dating apps and fleeced them of £212,000 — while telling each of them she was "⟦p:g|the one⟧", a court heard.
Prescott-Hale, 45, posed as a "⟦s:-|helicopter pilot for an oil company⟧" who was always about to fly off to the North Sea.
Nurse Shelley Adeyemi, 39, sobbed as she told Southgate Crown Court: "⟦d:s|He said he'd never met anyone like me. I believed every word. I gave him my savings, my mum's inheritance, everything.⟧"
"⟦d:s|When he disappeared I thought he'd crashed. I was phoning hospitals in Aberdeen.⟧"
Karina Nowak, 51, a hairdresser from Wendle, said: "⟦d:k|He sent me a photo of himself sat in a cockpit. It turned out he'd taken it at an air museum.⟧"
She added: "⟦d:k|I feel stupid, but I know now I'm not the only one.⟧"
Prosecutor Jasper Quaye said the defendant was "⟦p:j|a practised and heartless liar⟧" who had "⟦p:j|studied his victims like a salesman studies a market⟧".
The dad-of-two, of no fixed abode, admits five counts of fraud. He will be sentenced next week.

### 025
@j Joana Ferreira | a dental nurse
@b Bukola Adewale | Her flatmate
@h Harold Stanwick | The landlord
@f Fiona Gatenby-Oduya | Tribunal judge
A landlord who let out a damp basement flat without a licence has been ordered to repay £9,400 in rent to his former tenants.
Joana Ferreira, 27, a dental nurse, told a residential property tribunal that black mould had covered one bedroom wall within weeks of the pair moving in.
“⟦d:j|There were mushrooms growing out of the skirting board. Actual mushrooms,⟧” Ms Ferreira said.
Her flatmate Bukola Adewale said they had complained “⟦p:b|at least a dozen times⟧” by text message. “⟦d:b|He would reply with a thumbs-up and then nothing would happen,⟧” she said.
The landlord, Harold Stanwick, 71, said he had been unaware that a licence was required. “⟦d:h|I've let that flat for thirty years. Nobody ever told me the rules had changed,⟧” he said.
Tribunal judge Fiona Gatenby-Oduya said ignorance of the licensing scheme was “⟦p:f|no defence⟧”, noting that the council had written to him twice.
“⟦d:f|The tribunal has seen photographs of the property which speak for themselves,⟧” she said in her decision.
Both women have since moved out. Ms Ferreira said: “⟦d:j|It's not really about the money. It's that he'll just let it to the next people.⟧”

### 026
@y Yetunde Bamgbose-Carter | a former senior engineer at Corvane Aerospace
@g Glenn Huxley | her line manager
@r Rupert Allsop | the company's barrister
@c Corvane Aerospace | -
An aerospace engineer has told an employment tribunal she was made to feel like "⟦p:y|a box that had been ticked⟧" by the firm that hired her.
Dr Yetunde Bamgbose-Carter, a former senior engineer at Corvane Aerospace, is suing the company for race and sex discrimination and constructive unfair dismissal.
She told the tribunal in Fenbridge that her line manager, Glenn Huxley, had said to her in front of colleagues during a team meeting in 2022: "⟦d:g|We only hired you to tick a box, so don't get ideas.⟧"
"⟦d:y|The room went silent. Nobody said anything, not then and not afterwards,⟧" she said. "⟦d:y|That was when I understood that I was on my own.⟧"
Cross-examining her, the company's barrister, Rupert Allsop, asked: "⟦d:r|Isn't it the case that you were simply unhappy about not being promoted?⟧"
"⟦d:y|I was unhappy about being treated differently from every man in that team. The promotion was one example,⟧" she replied.
"⟦d:r|You accept you missed two project deadlines?⟧"
"⟦d:y|I accept that one was missed. The other was moved by the client.⟧"
Mr Huxley is expected to give evidence later this week. In a witness statement, he said: "⟦d:g|I have never said that to anyone. It is not a phrase I would use.⟧"
Corvane said it "⟦p:c|does not tolerate discrimination of any kind⟧" and would "⟦p:c|defend the claim robustly⟧".

### 027
@r Rebecca Tan | Assistant coroner
@d Derek Ollerenshaw | The lorry driver
@a Agnieszka Zielińska | Mr Zieliński's widow
@o Ade Ogunbiyi | chair of the Castlebridge Cycle Alliance
A lorry driver who struck and killed a cyclist at a notorious Castlebridge junction told an inquest he “⟦p:d|never saw him⟧” despite checking his mirrors twice.
Tomasz Zieliński, a 52-year-old maths teacher at St Aidan's High School, died at the scene on the corner of Mill Street and Harker Road on 17 May.
The lorry driver, Derek Ollerenshaw, 58, told Castlebridge Coroner's Court he had been turning left when he felt “⟦p:d|a bump, like going over a kerb⟧”.
Assistant coroner Rebecca Tan asked him: “⟦d:r|When you looked in your nearside mirror, what could you see?⟧”
“⟦d:d|The pavement, the railings, a woman with a pushchair. No bike. I've gone over it a thousand times,⟧” he said.
“⟦d:r|Was there anything obstructing your view?⟧”
“⟦d:d|There's always a blind spot on those cabs. Everybody knows that.⟧”
Recording a conclusion of road traffic collision, Ms Tan said she would write to the highways authority about the layout of the junction, where three cyclists have been seriously injured since 2020.
Mr Zieliński's widow, Agnieszka Zielińska, said outside court: “⟦d:a|My husband cycled to school every day for twenty years. He was careful. He wore the bright jacket. It did not matter.⟧”
Ade Ogunbiyi, chair of the Castlebridge Cycle Alliance, said: “⟦d:o|We have been asking for this junction to be redesigned since 2019. How many more inquests do we need?⟧”

### 028
@f Farah Siddiqui | Counsel to the inquiry
@g Gideon Ashworth-Bell | The former water minister
@m Moira Dunphy | chair of Keldwater Residents Action
The former water minister has denied that he "⟦p:g|sat on⟧" warnings about contamination at the Keldwater treatment works in the months before hundreds of residents fell ill.
Gideon Ashworth-Bell gave evidence to the Keldwater Water Inquiry on Wednesday, almost three years after more than 600 people were treated for gastrointestinal illness.
Counsel to the inquiry, Farah Siddiqui KC, took him through a series of briefings he received in the spring of that year.
"⟦d:f|Minister, did you know by March that the treatment works had failed two consecutive inspections?⟧" she asked.
"⟦d:g|I knew there had been issues. I did not know the detail,⟧" he said.
"⟦d:f|Whose job was it to know the detail?⟧"
"⟦d:g|That would have been for officials to bring to my attention if they considered it serious.⟧"
"⟦d:f|The briefing of 14 March is headed 'Urgent'. Did you read it?⟧"
"⟦d:g|I read the summary. I regret that I did not read the annex.⟧"
Outside the hearing centre, around 50 protesters held placards reading "⟦s:-|Keldwater deserves answers⟧" and chanted "⟦s:-|Clean water now⟧".
Moira Dunphy, chair of Keldwater Residents Action, said the minister's evidence had been "⟦p:m|an exercise in passing the parcel⟧".
"⟦d:m|My granddaughter spent four nights in hospital. He read the summary,⟧" she said.

### 029
@v V29 | The firearms officer who shot Kwame Asante-Boakye
@o Marcus Oduya | counsel for the Asante-Boakye family
@a Akosua Asante-Boakye | His mother
@u Ursula Pennington | The inquiry's chair
The firearms officer who shot Kwame Asante-Boakye, known only by the cipher V29, told a public inquiry on Tuesday that he “⟦p:v|honestly believed⟧” the 23-year-old was holding a gun.
Giving evidence from behind a screen, the officer said he had fired twice after Mr Asante-Boakye turned towards him in the stairwell of a block of flats in Easthaven in January 2022. The object in his hand was later found to be a mobile phone in a black case.
“⟦d:v|I saw something dark and metallic come up towards me. I had a fraction of a second. I believed that if I didn't fire, I or my colleague would be shot,⟧” V29 said.
Questioned by Marcus Oduya KC, counsel for the Asante-Boakye family, the officer accepted that no one had shouted a warning before the shots.
“⟦d:o|You had time to decide to fire, but not time to say ‘armed police’?⟧” Mr Oduya asked.
“⟦d:v|It happened in the time it takes to say it.⟧”
“⟦d:o|He was holding a phone. He was on the phone to his girlfriend. Did you hear him speaking?⟧”
“⟦d:v|I don't remember hearing anything. I'm sorry.⟧”
His mother, Akosua Asante-Boakye, sat in the front row holding a photograph of her son. During a break she told reporters: “⟦d:a|He says sorry to the lawyer. He has never said it to me.⟧”
The inquiry's chair, Dame Ursula Pennington, reminded those present that the officer's anonymity order remained in force. “⟦d:u|Anyone who seeks to identify this witness will be dealt with by the court,⟧” she said.

### 030
@c - | the call handler
@p Graham Pettifer | -
@h Catrin Hughes-Mensah | prosecuting
@n Nigel Abernethy | defending
A man accused of murdering his wife at their home told an emergency operator that he thought she had "⟦p:p|fallen down the stairs⟧", a jury has heard.
The recording of the 999 call made by Graham Pettifer, 61, from his house in Orchard Rise, Hemsworth Green, was played at Tarrowby Crown Court on the first day of his trial.
"⟦d:c|Ambulance service. What's the address of the emergency?⟧" the call handler asked.
"⟦d:p|Fourteen Orchard Rise. It's my wife. I think she's fallen down the stairs. She's not moving,⟧" Pettifer said.
"⟦d:c|Is she breathing?⟧"
"⟦d:p|I don't ... I don't know. There's blood. There's a lot of blood.⟧"
Catrin Hughes-Mensah KC, prosecuting, told jurors that Margaret Pettifer, 58, had suffered eleven separate injuries to her head and arms, which she said were "⟦p:h|not consistent with a fall of any kind⟧".
"⟦d:h|You will notice, members of the jury, that he says 'I think'. He was, on his own account, the only other person in the house,⟧" Ms Hughes-Mensah said.
Pettifer denies murder. Nigel Abernethy KC, defending, told jurors that the case was "⟦p:n|a tragedy, not a crime⟧".
"⟦d:n|You will hear that this was a marriage of thirty-four years. You will hear no evidence of violence in all that time,⟧" he said.
The trial continues.

### 031
@c Connor Mackie | -
@e Ngozi Eze | prosecuting
@w - | The woman
@g Alistair Gunn | defending
A man bombarded his partner with up to 200 text messages a day and tracked her phone “⟦p:e|like a parcel⟧”, a jury at Dunmoor Crown Court has heard.
Connor Mackie, 33, of Brindle Close, Osterley Vale, denies controlling or coercive behaviour and two counts of assault by beating.
Opening the case, Ngozi Eze, prosecuting, read out a selection of the messages Mackie sent on a single evening in March 2023.
At 7.02pm he wrote: “⟦d:c|Where are you. Answer your phone.⟧” At 7.09pm: “⟦d:c|I can see your at your sisters. Dont lie to me.⟧” At 7.31pm: “⟦d:c|If you stay there tonight dont bother coming back.⟧”
“⟦d:e|Members of the jury, that is half an hour. The prosecution say that was an ordinary half hour in this relationship,⟧” Ms Eze said.
The woman, who cannot be named for legal reasons, gave evidence by video link. “⟦d:w|I stopped seeing my friends because it was easier than the arguments afterwards,⟧” she told the jury. “⟦d:w|After a while I didn't have any friends left to stop seeing.⟧”
Cross-examining, Alistair Gunn, defending, suggested she had sent “⟦p:g|some very unkind messages⟧” herself.
“⟦d:g|You called him a loser, didn't you? More than once?⟧”
“⟦d:w|After a year of it, yes. I'm not proud of it.⟧”
The trial continues.

### 032
@c Lee Cartwright | -
@r Simon Atherton | Recorder
@x - | a woman in the public gallery
@s Stephen | Mr Mullaney's son
@p Priya Lal | Detective Constable
There were angry scenes at Hollinbrook Crown Court as a man was jailed for 11 years for a street robbery that left a pensioner with a bleed on the brain.
Lee Cartwright, 29, of Tanner Street, was convicted last month of robbery and causing grievous bodily harm to 74-year-old Francis Mullaney, who was knocked to the ground outside his home in Brook Lane in September.
As Recorder Simon Atherton passed sentence, Cartwright shouted from the dock: "⟦d:c|This is a fit-up! I never touched him!⟧"
Security officers led him down to the cells as a woman in the public gallery shouted: "⟦d:x|Rot in there!⟧"
Recorder Atherton continued in his absence. "⟦d:r|You targeted a frail old man walking home from a bus stop with his shopping because you thought he would be an easy mark. You were right. He was,⟧" he said.
In a statement read to the court, Mr Mullaney's son, Stephen, said his father had "⟦p:s|stopped going out after dark, and then stopped going out at all⟧".
"⟦d:s|Dad used to walk to the bookies every morning and have a coffee with his mates. Now he sits by the window and watches the street,⟧" he wrote.
Speaking after the hearing, Detective Constable Priya Lal said: "⟦d:p|Nothing can undo what happened to Francis, but this man will not be doing it to anyone else for a long time.⟧"

### 033
@r Rodrigo Tavares Lima | the 52-year-old
@l Letícia Amaral | a criminologist who has visited more than 40 Brazilian prisons
@d Sophie Ademola | His barrister
@c Hugh Carraway | Counsel for the Brazilian authorities
@j Oliver Manning-Sesay | District Judge
A Brazilian businessman wanted in São Paulo over an alleged £30 million investment fraud has told a London court he would «⟦p:r|not survive a year⟧» in a Brazilian prison.
Rodrigo Tavares Lima, who has lived in Surrey since 2019, is fighting extradition at Carnaby Lane Magistrates' Court.
«⟦d:r|Eu sou inocente,⟧» he told the court in Portuguese. «⟦d:r|I am innocent,⟧» the interpreter repeated.
«⟦d:r|I have been a businessman for thirty years. I have made mistakes in business, but I have never stolen from anybody,⟧» the 52-year-old said.
His barrister, Sophie Ademola, called Professor Letícia Amaral, a criminologist who has visited more than 40 Brazilian prisons, who said conditions in the jail where he would be held were «⟦p:l|among the worst I have seen anywhere⟧».
«⟦d:l|There are cells built for twelve men holding forty. Tuberculosis is endemic,⟧» she said.
«⟦d:d|The assurances offered by the requesting state are, with respect, worth the paper they are written on and no more,⟧» Ms Ademola told the court.
Counsel for the Brazilian authorities, Hugh Carraway, said Brazil had given a «⟦p:c|specific and binding⟧» assurance that Tavares Lima would be held in a newly built unit.
«⟦d:c|This court has accepted such assurances before, and it has been right to do so,⟧» he said.
District Judge Oliver Manning-Sesay reserved judgment. «⟦d:j|I will give my decision in writing within 28 days,⟧» he said.

### 034
@f Dale Fenwick | Corporal
@a Ashok Gurung | Private
@i Imogen Sayce | prosecuting
@k Kathryn Doyle | Judge Advocate
An Army instructor accused of beating a recruit with a rifle sling during a night exercise has told a court martial he was “⟦p:f|only trying to wake him up⟧”.
Corporal Dale Fenwick, 34, of the 2nd Battalion, Royal Harnby Rifles, denies assault occasioning actual bodily harm and ill-treating a subordinate.
Private Ashok Gurung, 19, told the Military Court Centre in Sallowfield that he was struck “⟦p:a|eight or nine times⟧” across the back and legs after nodding off on sentry duty.
“⟦d:a|I said, ‘Corporal, I'm awake, I'm awake.’ He kept going,⟧” Private Gurung said.
Major Imogen Sayce, prosecuting, asked him why he had not reported it the next morning.
“⟦d:a|Because he was my section commander. Who do you report it to?⟧”
Giving evidence, Fenwick told the board: “⟦d:f|I tapped him with the sling to wake him. Twice. I have been in the Army sixteen years and I have never laid a finger on a soldier.⟧”
Cross-examining, Major Sayce showed him photographs of bruising taken by a medic two days later.
“⟦d:i|Does that look like two taps, Corporal?⟧”
“⟦d:f|I can't explain those marks, ma'am.⟧”
Judge Advocate Kathryn Doyle reminded the board of officers that they must be “⟦p:k|sure⟧” of his guilt before convicting. The board will begin its deliberations on Friday.

### 035
@d - | a junior doctor
@o Olumide Fashola | a consultant in emergency medicine who was asked to review the case
@g Graham Leckie | Assistant coroner
@m Keisha Morrow | medical director of Fenwick Vale Hospitals Trust
@p Peter Jankowski | Her father
A 22-year-old student who died of sepsis was sent home from A&E after being told by a junior doctor that it was "⟦p:d|probably just a virus⟧", an inquest heard.
Zofia Jankowska attended the emergency department at Fenwick Vale General Hospital with a high temperature, vomiting and a racing heart on 2 February. She died 31 hours later.
Professor Olumide Fashola, a consultant in emergency medicine who was asked to review the case, said her observations met the hospital's own criteria for sepsis screening.
"⟦d:o|Her heart rate was 128, her temperature was 39.4 and she was breathing quickly. On those figures alone, the screening tool should have been triggered,⟧" he said.
"⟦d:o|Had antibiotics been given at that first attendance, it is more likely than not that she would have survived.⟧"
Assistant coroner Graham Leckie asked: "⟦d:g|Is there any explanation in the notes for why the tool was not used?⟧"
"⟦d:o|None that I could find, sir.⟧"
Dr Keisha Morrow, medical director of Fenwick Vale Hospitals Trust, said the trust had since made sepsis screening mandatory for every adult patient with a fever.
"⟦d:m|We got this wrong, and Zofia and her family paid the price. I apologise to them unreservedly,⟧" she said.
Recording a narrative conclusion, the coroner said there had been "⟦p:g|a gross failure to provide basic medical attention⟧".
Her father, Peter Jankowski, said: "⟦d:p|She told them she had never felt so ill. They sent her home with paracetamol. We want every doctor in this country to hear her name.⟧"

### 036
@d Gwen Allardyce | District Judge
@y Sandra Kemp | defending
@b - | The boy
@h Nicola Brennan-Achebe | head teacher of Hillside Academy
@f - | His father
A 15-year-old boy who started a fire that destroyed a school sports hall has been given an 18-month youth rehabilitation order with intensive supervision.
The boy, who cannot be named for legal reasons, admitted arson at Brackwell Youth Court.
District Judge Gwen Allardyce told him: “⟦d:d|You were not thinking about the consequences. I want you to start thinking about them now, because there are hundreds of children who have had nowhere to do PE for a year because of you.⟧”
Sandra Kemp, defending, said the boy had been “⟦p:y|drifting⟧” since being excluded from a previous school and had fallen in with older teenagers.
“⟦d:y|He did not intend the fire to spread. He thought it would burn itself out in the bin. That is not an excuse, but it is the truth,⟧” she said.
The boy, who sat beside his father throughout, told the judge: “⟦d:b|I'm sorry. I want to go and say sorry to the school.⟧”
Nicola Brennan-Achebe, head teacher of Hillside Academy, said in a statement read to the court that staff and pupils had been “⟦p:h|devastated⟧”.
“⟦d:h|Our sports hall was where we held our Year 11 prom, our concerts and our lunches for older residents. It was the heart of the school,⟧” she said.
His father, who also cannot be named, said outside court: “⟦d:f|He's a good lad who did a stupid thing. He'll put it right.⟧”

### 037
@o Dion Okereke-Walsh | Former Carlton United striker
@a Ambrose Leighton | the newspaper's barrister
@f Farleigh | The judge
Former Carlton United striker Dion Okereke-Walsh has told the High Court that a newspaper's claim that he fixed the outcome of a cup tie "⟦p:o|destroyed everything I had built⟧".
He is suing the Daily Courant over a 2023 article headlined "⟦s:-|Striker's bet shame⟧".
"⟦d:o|I have never placed a bet on football in my life. Not on my own games, not on anybody's,⟧" the 31-year-old told the court.
Cross-examining him, the newspaper's barrister, Ambrose Leighton KC, put to him a series of text messages between the claimant and his cousin.
"⟦d:a|Mr Okereke-Walsh, your cousin writes: 'Make sure you get booked before half-time.' What did he mean?⟧"
"⟦d:o|It was a joke. He was winding me up because I'd got booked in every game that month.⟧"
"⟦d:a|And you replied: 'Say less.' What does that mean?⟧"
"⟦d:o|It means okay. It means I'm not talking about this. It doesn't mean I'm fixing a match.⟧"
The judge, Mr Justice Farleigh, intervened. "⟦d:f|I confess I am not familiar with the expression. Does it mean the opposite of what it appears to mean?⟧" he asked.
"⟦d:o|Sort of, my lord,⟧" the footballer replied, to laughter from the public gallery.
The Courant denies defamation and relies on a defence of truth. The trial continues.

### 038
@s Shirin Farahani | The tribunal's chair
@k Kwesi Annan | The council's barrister
@m Matthias Becker-Osei | -
@l Lorna McCallister | one of his former patients
A GP who wrote prescriptions for powerful painkillers in the names of dead patients and collected them himself has been struck off the medical register.
Dr Matthias Becker-Osei, 48, who practised at the Hollowmere Health Centre, admitted issuing 74 prescriptions for oxycodone between 2020 and 2022 to feed his own addiction.
The tribunal's chair, Shirin Farahani, said his conduct was “⟦p:s|fundamentally incompatible with continued registration⟧”.
“⟦d:s|Dr Becker-Osei used the identities of deceased patients, some of whom he had cared for at the end of their lives. The tribunal finds that conduct deeply troubling,⟧” she said.
The council's barrister, Kwesi Annan, told the hearing that the scheme was uncovered only when a pharmacist noticed that one of the named patients had died 18 months earlier.
“⟦d:k|This was not a single lapse. It was a system, carefully maintained over two years,⟧” he said.
In a written statement to the tribunal, Dr Becker-Osei said: “⟦d:m|I am ashamed beyond words. I was a good doctor for fifteen years and then I was not. I have been in recovery for 19 months and I do not ask to practise again.⟧”
Lorna McCallister, one of his former patients, whose late husband's name was among those used, said: “⟦d:l|He sat with Hugh the night before he died. Then he used his name to get drugs. I don't know which of those men was the real one.⟧”

### 039
@t Legal Conduct Tribunal | the tribunal
@j Jeremy Halloway-Price | a former senior partner at Halloway Price & Co in Kessington
@n Nimmi Patel | Counsel for the Legal Practice Regulator
@c Colin Ferris | a retired postman whose mother's estate was plundered
A solicitor who helped himself to more than £640,000 from the estates of dead clients has been struck off, with the tribunal calling his conduct ``⟦p:t|dishonesty of the most serious kind⟧''.
Jeremy Halloway-Price, 61, a former senior partner at Halloway Price & Co in Kessington, admitted 19 allegations before the Legal Conduct Tribunal.
Counsel for the Legal Practice Regulator, Nimmi Patel, told the panel that he had moved the money through what the firm's accounts called a ``⟦s:-|holding ledger⟧'' before transferring it to his own accounts.
``⟦d:n|Beneficiaries were told, year after year, that the estates were complicated. They were not complicated. The money had simply gone,⟧'' Ms Patel said.
Halloway-Price did not attend. In a letter to the tribunal, he wrote: ``⟦d:j|I have no defence to offer and I will not insult the tribunal by attempting one.⟧''
In its decision the tribunal said: ``⟦d:t|No sanction short of striking off could possibly maintain public confidence in the profession.⟧''
Colin Ferris, a retired postman whose mother's estate was plundered, said: ``⟦d:c|Mum left that money for her grandchildren. It took me seven years to find out where it went.⟧''
``⟦d:c|He used to send us a Christmas card every year. Signed, with best wishes.⟧''

### 040
@m Mateus Ferreira-Lund | the national 200m champion
@h Farida Haq | a toxicologist called on his behalf
@o Judith Okafor | The panel's chair
@b Brendan Tully | His coach
A sprinter who tested positive for a banned steroid has been suspended for four years after an independent panel rejected his claim that a contaminated protein shake was to blame.
Mateus Ferreira-Lund, 26, the national 200m champion, returned a positive sample at an out-of-competition test in April.
At a two-day hearing before the Sport Integrity Panel, he insisted: "⟦d:m|I have never knowingly taken anything. I would not risk my career for a tenth of a second.⟧"
His lawyers commissioned tests on a tub of supplement from his kitchen, which Dr Farida Haq, a toxicologist called on his behalf, said contained "⟦p:h|trace but measurable⟧" quantities of the substance.
Under questioning, however, Dr Haq accepted that the tub had been opened months before it was tested. "⟦d:h|I cannot say when the contamination occurred, only that it is there now,⟧" she said.
The panel's chair, Judith Okafor, said in the written decision: "⟦d:o|The athlete has not established, on the balance of probabilities, how the substance entered his system. The panel has considerable sympathy for him, but the rules are clear.⟧"
His coach, Brendan Tully, called the decision "⟦p:b|heartbreaking⟧".
"⟦d:b|Mateus is the most honest kid I've ever coached. We'll be appealing,⟧" he said.

### 041
@j Rashid Mahmood | Tribunal Judge
@n Nguyen Van Duc | -
@a Anthony Clegg | The department's representative
@w Beatrice Kamau | a caseworker at the charity Detention Watch North
@c - | A spokesperson for the department
A man who has been held in immigration detention for 14 months without a removal date has been granted bail, with a judge describing the length of his detention as “⟦p:j|very hard to justify⟧”.
Nguyen Van Duc, 29, who arrived in the back of a lorry in 2021, has been held at the Fallowmoor Immigration Removal Centre since January last year.
Appearing by video link, Mr Nguyen told the hearing through an interpreter: “⟦d:n|I do not want to run away. I want to work and pay tax. I have a friend in Birmingham who will give me a room.⟧”
The department's representative, Anthony Clegg, argued that Mr Nguyen had “⟦p:a|a history of absconding⟧”.
“⟦d:a|He left his accommodation in 2021 and was not traced for seven months,⟧” Mr Clegg said.
Tribunal Judge Rashid Mahmood said the department had been unable to say when, or whether, travel documents would be issued. “⟦d:j|Detention is supposed to be a means to an end, not an end in itself,⟧” he said.
Beatrice Kamau, a caseworker at the charity Detention Watch North, said after the hearing: “⟦d:w|Fourteen months is a long time to be locked up over a paperwork problem. He is the fourth person we've supported this year in exactly this position.⟧”
A spokesperson for the department said: “⟦d:c|We do not comment on individual cases.⟧”

### 042
@f F27 | The witness
@r Priyanka Raman | Counsel to the inquiry
@c Congregation of St Brannock | -
@b Bernard Quilty | a former house master at the home
A man who spent eight years at a children's home run by a religious order told the Brannock Inquiry on Monday that he was beaten “⟦p:f|most nights⟧” for wetting the bed.
The witness, who is known as F27 and gave evidence by video link from Canada, was placed at St Brannock's Boys' Home in 1961 at the age of six.
“⟦d:f|You learned to lie awake. If you didn't sleep you didn't wet the bed, and if you didn't wet the bed you didn't get the strap,⟧” he said.
“⟦d:f|I was fifty before I slept a whole night through.⟧”
Counsel to the inquiry, Priyanka Raman KC, asked him whether any adult had ever stepped in.
“⟦d:f|There was one lay teacher, a Mr Devlin. He gave me an apple once and said, ‘Keep your head down, son.’ That was the kindest thing anybody did in eight years.⟧”
“⟦d:r|Did you tell anyone outside the home, then or later?⟧” Ms Raman asked.
“⟦d:f|Who would I tell? The priest was the one hearing confession.⟧”
The Congregation of St Brannock, which ran the home until 1979, said in a statement that it “⟦p:c|unreservedly accepts⟧” that children suffered abuse in its care. “⟦d:c|We are ashamed, and we will co-operate fully with the inquiry,⟧” the statement said.
Later on Monday, Bernard Quilty, 82, a former house master at the home, denied hitting any child. “⟦d:b|The strap was there. I won't pretend it wasn't. But I never used it in anger,⟧” he said.

### 043
@g Grace Mbemba-Clarke | Thierry Mbemba's sister
@l Craig Loftus | Sergeant
@w Westmere Police | the force
@a Westmere Police Officers' Association | -
HALLOWAY, England, June 12 (Wire) — A police sergeant was cleared on Thursday of the manslaughter of a man who died after being restrained face-down in a custody suite for more than nine minutes.
Sergeant Craig Loftus, 44, of Westmere Police, showed no emotion as the foreman delivered the not guilty verdict at Halloway Crown Court. A shout of "⟦d:-|Shame!⟧" came from the back of the court, and the judge briefly rose.
Outside, Thierry Mbemba's sister, Grace Mbemba-Clarke, said the family was "⟦p:g|devastated but not defeated⟧".
"⟦d:g|My brother said he couldn't breathe eleven times. Eleven times. The jury has heard that and decided nobody is responsible,⟧" she said.
Loftus did not speak to reporters. In a statement read by his solicitor, he said: "⟦d:l|I have thought about Mr Mbemba and his family every day for three years. I am grateful to the jury for their careful consideration of the evidence.⟧"
Westmere Police said it would now complete its own misconduct proceedings. "⟦d:w|Our thoughts remain with Mr Mbemba's family,⟧" the force said.
The Westmere Police Officers' Association said the case showed that officers were "⟦p:a|asked to make split-second decisions and then judged over years⟧".

### 044
@j Priscilla Armitage-Osei | Judge
@h Vincent Harland | The prosecutor
@l Lucía Quintero | Mr Quintero's widow
@o Helena Oakes | Kestle's barrister
@k Adrian Kestle | the former chief executive of Orbis Pharmacy
@d Joanne Pritchard-Ali | Detective Superintendent
Adrian Kestle sentencing: live updates
10:04 Adrian Kestle, 57, the former chief executive of Orbis Pharmacy, has been brought into the dock at Pennington Crown Court. He was convicted last week of murdering his business partner, Rafael Quintero, at their offices in Alder Street in 2023. Judge Priscilla Armitage-Osei has taken her seat.
10:12 The prosecutor, Vincent Harland KC, is outlining the facts. “⟦d:h|This was a killing planned over several days, by a man who believed he was about to lose control of the company he had built,⟧” he tells the court.
10:31 Mr Quintero's widow, Lucía Quintero, is reading her victim personal statement herself. Her voice is steady.
“⟦d:l|Rafael and Adrian were friends for twenty years. He was godfather to our son. I will never understand how a man can hold your child at a christening and then do this,⟧” she says.
10:58 Kestle's barrister, Dame Helena Oakes KC, is now speaking in mitigation. She says her client has “⟦p:o|no previous convictions of any kind⟧” and is in poor health. “⟦d:o|He will very likely die in prison. He knows that,⟧” she says.
11:20 Sentence. Life imprisonment, with a minimum term of 24 years. The judge tells Kestle: “⟦d:j|You have shown no remorse. You have sat through this trial blaming a dead man for his own death.⟧”
11:26 As he was led away, Kestle turned to the public gallery and mouthed “⟦d:k|I love you⟧” to his daughter.
11:40 Outside court, Detective Superintendent Joanne Pritchard-Ali said: “⟦d:d|Adrian Kestle thought he was cleverer than everyone else. Twelve members of the public saw through him.⟧”

### 045
@e Ewan McBride | prosecuting
@s Ravinder Sohal | -
@b Lydia Barraclough | mitigating
@p Gordon Pilkington | -
@t Jean Tomlinson | Presiding magistrate
A six-year row over a leylandii hedge in Thornbury Close ended with one pensioner chasing his neighbour down the street with a garden rake, magistrates heard.
Gordon Pilkington, 68, admitted common assault on Ravinder Sohal, 64, at Westerby Magistrates' Court on Tuesday.
Ewan McBride, prosecuting, said the two men had been "⟦p:e|at loggerheads⟧" for years over the hedge, which Mr Sohal had asked to be cut back.
"⟦d:e|On the day in question Mr Sohal was trimming his side of the hedge when Mr Pilkington came out of his house holding a rake and shouting,⟧" Mr McBride said.
In a statement read to the court, Mr Sohal said: "⟦d:s|I am 64 years old and I was running for my life down my own street. My wife watched it from the window. We have lived here for 22 years and now she is frightened to go into the garden.⟧"
Lydia Barraclough, mitigating, said her client "⟦p:b|deeply regrets⟧" his behaviour.
"⟦d:b|He has lived in that house since 1979. He planted that hedge with his late wife. To him it was not a hedge, it was the last thing they did together,⟧" she said.
Asked by the presiding magistrate whether he had anything to add, Pilkington said: "⟦d:p|Only that I'm sorry. I've been a fool over some trees.⟧"
Presiding magistrate Jean Tomlinson imposed a 12-month community order and a restraining order. "⟦d:t|We suggest, Mr Pilkington, that you let the council's tree officer settle the matter of the hedge from now on,⟧" she said.

### 046
@k Kyle Benton | -
@y Robert Yeung | Bench chair
@i Imran Shah | Her solicitor
@l Louise Kirby | prosecuting
@h Amir Haddad | -
IN COURT: cases heard by Pellingham magistrates this week
A man who kicked a police horse during a night out in the town centre has been fined £400. Kyle Benton, 22, of Marsh Way, admitted causing unnecessary suffering to a protected animal. "⟦d:k|I was drunk and I panicked when it came towards me. I've got nothing against horses,⟧" he told magistrates. Bench chair Robert Yeung replied: "⟦d:y|The horse, Mr Benton, was at work. You were not.⟧"
A mother of three who stole £212 of groceries from the Co-operative store in Station Road was given a conditional discharge. Danuta Kowalczyk, 37, of Ferry Road, had been stealing "⟦p:i|to feed her children⟧" after her benefits were stopped, said her solicitor, Imran Shah. "⟦d:i|She has never been in trouble in her life. She is mortified,⟧" he said.
A teenager caught with a kitchen knife in his waistband outside a nightclub has been committed to the crown court for sentence. Louise Kirby, prosecuting, said door staff found the knife during a routine search. "⟦d:l|He told them it was for protection because of a dispute with another group,⟧" Ms Kirby said. Amir Haddad, 19, of Gresley Court, told magistrates: "⟦d:h|I know it was stupid. I just didn't feel safe.⟧"

### 047
@a Anita Varga-Holloway | the Solicitor General
@p Penhaligon | the judge
@z Jonathan Azikiwe | Counsel for Walsh
@e Ellie Holbrook | The victim
@t Tracey Holbrook | Her mother
A man who left a teenager with life-changing injuries when he drove into her on a pedestrian crossing while watching a video on his phone has had his prison sentence more than doubled.
Ryan Walsh, 31, was originally jailed for two years and four months at Cresswell Crown Court in March after admitting causing serious injury by dangerous driving.
The sentence was referred to the Court of Appeal by the Solicitor General, Anita Varga-Holloway, who said at the time that it “⟦p:a|did not reflect the devastating consequences⟧” of his actions.
On Wednesday, Lord Justice Penhaligon, sitting with two other judges, increased the sentence to five years.
“⟦d:p|The offender was watching a video on his phone as he approached a crossing outside a school, at the time of day when children were leaving. It is difficult to think of a more obvious risk,⟧” the judge said.
Counsel for Walsh, Jonathan Azikiwe, had argued that his client's guilty plea and “⟦p:z|genuine and abiding remorse⟧” justified the original term.
The victim, Ellie Holbrook, now 18, uses a wheelchair. “⟦d:e|I was going to be a dancer. I'd got my place at college. Now I'm learning how to get in and out of a car,⟧” she said in a statement read to the court.
Her mother, Tracey Holbrook, said outside court: “⟦d:t|Five years is still nothing compared with what Ellie has to live with. But at least somebody listened.⟧”

### 048
@m Marisol Cabrera | Night care assistant
@d Deborah Finch | area coroner
@c Colin Forde | The home's manager at the time
@w Willowbank Care Group | -
@t Tony Rafferty | Her son
An 89-year-old care home resident lay on her bedroom floor for nine hours after a fall before anyone found her, an inquest has heard.
Bridget Rafferty died in hospital three days after she was discovered by the morning shift at Willowbank House in Stannard Heath in February.
Night care assistant Marisol Cabrera told the inquest she had been responsible for 31 residents across two floors. «⟦d:m|I did my rounds as fast as I could. I knocked on Bridget's door at midnight and she didn't answer, so I thought she was sleeping,⟧» she said.
«⟦d:d|Did you open the door?⟧» asked area coroner Deborah Finch.
«⟦d:m|No. I'm sorry. I should have opened the door.⟧»
The home's manager at the time, Colin Forde, said staffing levels had been «⟦p:c|within the guidance⟧» for a home of that size.
The coroner said she was «⟦p:d|deeply concerned⟧» by that evidence. «⟦d:d|One person cannot safely care for 31 frail people through the night, whatever the guidance says,⟧» she said.
Willowbank Care Group said in a statement: «⟦d:w|We are deeply sorry for the failings in Mrs Rafferty's care. We have since increased night staffing at all of our homes.⟧»
Her son, Tony Rafferty, said: «⟦d:t|Mum was frightened of the dark her whole life. She lay there all night on her own. I can't get that out of my head.⟧»

### 049
@y Yusuf Karaca | a forensic scientist with Caldwell Forensic Services
@c Caroline Ashby-Nwosu | defending
@v Leon Varga | -
A forensic scientist has told a murder trial that DNA matching the defendant was found on the handle of the hammer used to kill a jeweller in his shop.
Dr Yusuf Karaca, a forensic scientist with Caldwell Forensic Services, was giving evidence at Brennington Crown Court in the trial of Leon Varga, 38, who denies the murder of Harold Finkelstein, 71, in November 2022.
“⟦d:y|The profile I obtained from the handle was a full match to Mr Varga. The probability of a match by chance is less than one in a billion,⟧” Dr Karaca told jurors.
Questioned by Ravi Menon KC, prosecuting, he said the DNA was found “⟦p:y|in the area of the handle where it would be gripped⟧”.
Cross-examining, Caroline Ashby-Nwosu, defending, asked whether the DNA could have got there indirectly.
“⟦d:c|Mr Varga sold second-hand tools at car boot sales. If he had handled this hammer months earlier and sold it, would his DNA still be on it?⟧”
“⟦d:y|It's possible. DNA can persist for a long time on some surfaces.⟧”
“⟦d:c|So the presence of his DNA tells us he touched the hammer at some point, but not when?⟧”
“⟦d:y|That's correct. DNA cannot be dated.⟧”
Earlier, the jury watched a recording of Varga's police interview, in which he said: “⟦d:v|I've never been in that shop in my life. I don't even wear a watch.⟧”
The trial continues.

### 050
@o Okonjo | the judge
@f Freya Lindqvist | Oscar's mother
@e Emeka Achebe | His father
@h Hamza Siddiqui | The family's solicitor
@s - | a trust spokesperson
A boy who was left with cerebral palsy after failings during his birth at Rowan Cross Hospital has been awarded damages that could total £18 million.
The High Court heard that staff failed to act on an abnormal heart trace for more than an hour before Oscar Lindqvist-Achebe was delivered by emergency caesarean in 2016.
Approving the settlement, Mrs Justice Okonjo said the trust's admission of liability had come "⟦p:o|far too late⟧".
"⟦d:o|This family has waited seven years for the trust to say what should have been said at the outset,⟧" the judge said.
Oscar's mother, Freya Lindqvist, 38, said: "⟦d:f|Oscar is funny, stubborn and obsessed with buses. He will need care 24 hours a day for the rest of his life. This money means that care is guaranteed when we're gone.⟧"
His father, Emeka Achebe, added: "⟦d:e|We never wanted to be in a courtroom. We wanted someone to tell us the truth.⟧"
The family's solicitor, Hamza Siddiqui, said: "⟦d:h|The tragedy is that the warning signs were there on the monitor for everyone to see.⟧"
"⟦d:s|We are truly sorry for the failings in Oscar's care,⟧" a trust spokesperson said.

### 051
@h Craig Henning | the café's owner
@k Jennifer Kwok | Deputy President
@t Talia Moengangongo | -
A barista who was sacked by text message minutes after asking about unpaid superannuation has been awarded more than $14,000 in compensation.
Talia Moengangongo, 24, had worked at the Saltbush Café in Marradong Heads for almost three years.
The Industrial Fairness Commission heard that she messaged the café's owner, Craig Henning, to ask why her superannuation had not been paid since the previous July. Twelve minutes later he replied: “⟦d:h|Don't bother coming in tomorrow. Or ever.⟧”
Mr Henning told the commission the dismissal was about “⟦p:h|attitude⟧”, not superannuation.
“⟦d:h|She'd been late four times that month. The text was the last straw, it wasn't the reason,⟧” he said.
Deputy President Jennifer Kwok found that explanation “⟦p:k|unconvincing⟧”.
“⟦d:k|There is no record of any warning about lateness. There is a record of a question about superannuation, followed twelve minutes later by a dismissal,⟧” she said in her decision.
Ms Moengangongo said she was relieved. “⟦d:t|I just wanted what I was owed. I didn't think asking would cost me my job,⟧” she said.

### 052
@m Euan Macaulay | The driver of a passenger train that derailed near Cairnmore
@o Adrian Okoye | Counsel to the inquiry
@c Sunita Chadha | -
The driver of a passenger train that derailed near Cairnmore, killing three people, has told a public inquiry he was driving "⟦p:m|well within the line speed⟧" when the train hit a landslip.
Euan Macaulay, 51, who has driven trains for 26 years, was giving evidence in public for the first time since the derailment in August 2022.
"⟦d:m|I came round the bend and there was mud and rocks right across the line. I put the brake in emergency straight away,⟧" he said. "⟦d:m|There was nothing else I could have done. I've asked myself that every day since.⟧"
Counsel to the inquiry, Adrian Okoye KC, asked whether he had been warned of heavy rain in the area.
"⟦d:m|There was a general weather warning on the bulletin that morning. Nothing specific to that section,⟧" Mr Macaulay replied.
"⟦d:o|Would you have expected to be warned?⟧"
"⟦d:m|If someone had known the drain above the cutting was blocked, yes. I would have expected to be stopped.⟧"
Sunita Chadha, whose husband Vikram was among those killed, said outside the hearing: "⟦d:c|He answered every question honestly. That's more than we have had from anyone else.⟧"

### 053
@j Harriet Blackwood-Amin | Judge
@x - | The juror
@r Rhodri Evans | Counsel for Mr Delaney
A juror in the trial of three men accused of a £2 million cash-in-transit robbery has been discharged after admitting she looked up one of the defendants online.
Judge Harriet Blackwood-Amin told the remaining 11 jurors at Fernley Crown Court on Wednesday that their former colleague had “⟦p:j|done exactly what I asked you all not to do⟧”.
“⟦d:j:m|I want to be very clear about why this matters. The defendants are entitled to be tried on the evidence you hear in this room, and on nothing else. Not on what a newspaper said two years ago, not on what someone has written on social media.⟧
“⟦d:j|If any of you has done the same, you must tell me now, by a note through the usher. You will not be in trouble for telling me. You will be in very serious trouble if you do not.⟧”
The juror had sent a note to the judge earlier that morning which read: “⟦d:x|I am sorry but I think I should tell you I searched for Mr Delaney's name last night.⟧”
Counsel for Mr Delaney, Rhodri Evans KC, applied for the whole jury to be discharged, citing “⟦p:r|an unquantifiable risk of contamination⟧”.
“⟦d:r|We simply cannot know what she said in the jury room before she owned up,⟧” he said.
The judge refused the application. The trial continues.

### 054
@a Moses Adewunmi | His barrister
@c Clare Fitzgerald | prosecuting
A barrister representing a man on trial for a second time over a fatal arson attack has urged jurors not to "⟦p:a|fill the gaps with suspicion⟧".
Kieran Lacey, 40, denies the murder of Shane Colbert, 34, who died when a house in Redbrook Terrace, Marshfield, was set alight in 2021. A jury at his first trial was unable to reach a verdict.
His barrister, Moses Adewunmi KC, told the jury at Marshfield Crown Court that the prosecution case rested on a single witness who had "⟦p:a|changed her story four times⟧".
"⟦d:a:m|Members of the jury, you have heard a great deal about what Kieran Lacey might have done. You have heard very little about what he did do.⟧
"⟦d:a:m|There is no forensic evidence putting him at that house. There is no CCTV. There is one witness, Miss Farrow, who first told police she saw nobody, then told them she saw a man, then told them she saw Kieran, and then told you she was 'fairly sure'.⟧
"⟦d:a|Fairly sure is not the standard in this court. Sure is the standard.⟧"
In her closing speech on Monday, Clare Fitzgerald KC, prosecuting, told jurors that Lacey had "⟦p:c|every reason and every opportunity⟧" to start the fire.
"⟦d:c|He threatened to burn that house down in front of three witnesses two weeks before it burned down,⟧" she said.
The judge will begin summing up the case on Wednesday.

### 055
@d Malcolm Treharne | a retired bus driver from Penmaes
@l Llinos Bevan | Prosecutor
@g Gwilym Rees | the detective inspector who led the original investigation
@o Owain Pugh-Edwards | Siân's brother
CAERWEN, Wales (Wire) — A man accused of murdering a student nurse 30 years ago told police he had ``⟦p:d|never even heard of her⟧'' until officers knocked on his door, a jury heard on Monday.
Malcolm Treharne, 58, a retired bus driver from Penmaes, denies murdering Siân Pugh-Edwards, 21, whose body was found in woodland near Coed Ddu in March 1994.
In a recorded interview played to the jury at Caerwen Crown Court, Treharne said: ``⟦d:d|I've never even heard of her. I've lived here all my life and I've never done anything like that.⟧''
Prosecutor Llinos Bevan KC told jurors that a DNA profile recovered from the victim's coat in 1994, but only fully analysed in 2023, matched Treharne.
``⟦d:l|For thirty years, the person who killed Siân believed he had got away with it. The science has caught up with him,⟧'' Ms Bevan said.
Gwilym Rees, the detective inspector who led the original investigation, is now 81.
``⟦d:g|We interviewed over 2,000 people. We had nothing to compare the sample against. It haunted every one of us,⟧'' he told the jury.
Siân's brother, Owain Pugh-Edwards, has attended every day of the trial. Outside court, he said: ``⟦d:o|Mam died in 2019 still not knowing. I'm here for her.⟧''

### 056
@b Benedict Aryee | a former High Court judge
@m Margaret | His wife
Sir Benedict Aryee, a former High Court judge, keeps a list. It is handwritten on a single sheet of lined paper folded into quarters, and it lives in the drawer of the desk in his study, in a village outside Kelderby.
“⟦d:b|Every person I sent to prison for life,⟧” he says, unfolding it. “⟦d:b|Forty-three names. I read it on the first of January every year.⟧”
Aryee, 78, retired in 2016 after 19 years on the bench. For a while in the early 2000s, one tabloid called him “⟦s:-|Soft Ben⟧” after he gave a suspended sentence to a woman who had stabbed her abusive husband.
“⟦d:b:m|I was very hurt at the time. I'm not now. That woman had been beaten for eleven years. If I'd sent her to prison, three children would have gone into care.⟧
“⟦d:b|People think judges are cold. The good ones aren't cold. They're just careful about where they put the heat.⟧”
I ask him: “⟦d:-|Did you ever get one wrong?⟧”
He is quiet for a long time. “⟦d:b|Yes. Once, I think. I won't tell you the name. He's out now, and I hope he's well.⟧”
His wife, Lady Margaret, comes in with a tray of tea and rolls her eyes. “⟦d:m|He'll tell you about the list next,⟧” she says.
“⟦d:-|He already has,⟧” I tell her.

### 057
@r Rhys Prydderch | His son
@c Daniel Crewe | an inspector with the Farm Safety Executive
@v Meleri Vaughan-Jones | Senior coroner
A hill farmer who died when his quad bike overturned on a steep field was not wearing a helmet, an inquest heard.
Huw Prydderch, 63, was found beneath the machine at Cefn Uchaf farm, near Llanfaern, on the evening of 11 April.
His son, Rhys Prydderch, told the inquest in Aberhowy: "⟦d:r|He'd gone up to check the ewes that were lambing. When he didn't come back for his tea I went looking. I could see the lights of the bike from the bottom gate.⟧"
"⟦d:r|Dad had been riding quads since before I was born. He knew that hill better than anyone,⟧" he said.
Daniel Crewe, an inspector with the Farm Safety Executive, said a full feed bag strapped to the rear rack had "⟦p:c|significantly raised the centre of gravity⟧".
"⟦d:c|Quad bikes are the single biggest cause of deaths on farms in this region. A helmet will not save you in every overturn, but it will save you in a lot of them,⟧" he said.
Senior coroner Meleri Vaughan-Jones recorded a conclusion of accidental death. "⟦d:v|Mr Prydderch was by all accounts an experienced and careful farmer. This tragedy shows that experience is no protection on a slope like that one,⟧" she said.

### 058
@s Saoirse Brennan | Counsel for the families
@e Edmund Hale | Counsel for the trust
@u Midwives' Professional Union | -
@f Felicity Orr | The inquiry's chair
Families of babies who died or were injured at Wexcombe's maternity unit have urged the chair of the public inquiry to name the individuals responsible, as closing submissions began on Monday.
Counsel for the families, Saoirse Brennan KC, said they had sat through “⟦p:s|three years of apologies and not one resignation⟧”.
“⟦d:s:m|These families did not come here for sympathy. They have had sympathy. They came here for accountability, and accountability means names.⟧
“⟦d:s|It means the director who read the email and filed it. It means the board that was told and did nothing.⟧”
Counsel for the trust, Edmund Hale KC, said the trust “⟦p:e|accepts without reservation⟧” that it failed mothers and babies, but warned against “⟦p:e|scapegoating⟧”.
“⟦d:e|The failures this inquiry has uncovered were failures of a system, sustained over years. To lay them at the door of two or three people would be to learn the wrong lesson,⟧” he said.
The Midwives' Professional Union, in written submissions, said its members had been “⟦p:u|working in conditions that made safe care impossible⟧”.
The inquiry's chair, Dame Felicity Orr, said she expected to publish her report next spring. “⟦d:f|I have listened to every word, and I will not be rushed,⟧” she said.

### 059
@w Raymond Whitehorse | Justice
@l Lena Sorensen-Park | Deputy Attorney General
@m Maria Delgado-Burke | Justice
@c Curtis Blackfeather | The defendant's attorney
CARSON FALLS, Nev. (Wire) — Justices on the state Supreme Court sharply questioned a prosecutor Wednesday over whether police needed a warrant before collecting footage from a neighbor's doorbell camera.
``⟦d:w|If an officer can't walk into my backyard without a warrant, why can he look into it through my neighbor's camera?⟧'' asked Justice Raymond Whitehorse.
Deputy Attorney General Lena Sorensen-Park argued that the neighbor had ``⟦p:l|voluntarily⟧'' shared the footage. ``⟦d:l|The homeowner owns the camera and owns the footage. She chose to give it to police. There's no search,⟧'' she said.
Justice Maria Delgado-Burke appeared more sympathetic to the state. ``⟦d:m|Isn't that exactly how neighbors have always helped police? Somebody looks out the window and calls it in,⟧'' she said.
The defendant's attorney, Curtis Blackfeather, said a window and a camera that records around the clock were ``⟦p:c|not the same thing at all⟧''.
``⟦d:c|My client's back door was filmed every time he took out the trash, for eleven months,⟧'' he told the court.
A ruling is expected later this year.

### 060
@g Goh Wei Ling | Deputy Public Prosecutor
@k Kavitha Subramaniam | Defence lawyer
@m Muhammad Hafiz Rahman | District Judge
@c Chua Boon Keat | -
A former bank relationship manager who cheated four elderly clients of more than S$1.9 million was sentenced to seven years and three months' jail on Friday.
Chua Boon Keat, 45, had pleaded guilty to six charges of cheating and forgery, with 14 other charges taken into consideration for sentencing.
Deputy Public Prosecutor Goh Wei Ling said Chua had "⟦p:g|preyed on the trust⟧" of clients aged between 71 and 88, one of whom had dementia.
"⟦d:g|The accused forged signatures on transfer forms and then told the victims, when they asked, that their money was safely invested,⟧" she said. "⟦d:g|He repeated this lie for more than three years.⟧"
Defence lawyer Kavitha Subramaniam asked for a sentence of five years, saying her client had made "⟦p:k|partial restitution⟧" of S$420,000.
District Judge Muhammad Hafiz Rahman said the offences were "⟦p:m|aggravated in almost every conceivable way⟧".
"⟦d:m|The victims were elderly and vulnerable, and the accused was their trusted point of contact with the bank. He exploited that position deliberately and repeatedly,⟧" the judge said.
Asked if he had anything to say, Chua said: "⟦d:c|I am very sorry to the victims and their families. I will pay back everything I can.⟧"

### 061
@l Luc Bérubé | The fire chief of Saint-Aurèle
@g Geneviève Lapointe | Coroner
@f Fatoumata Diallo | The night attendant
@r Résidences Bel-Automne | -
@n Nathalie Gagnon-Roy | -
A coroner's public inquiry into a fire that killed seven residents of a seniors' home in Saint-Aurèle, Que., heard Tuesday that the building's sprinkler system had been switched off for repairs.
The fire chief of Saint-Aurèle, Luc Bérubé, testified in French. «⟦d:l|Nous sommes arrivés en sept minutes, mais le deuxième étage était déjà perdu,⟧» he said. «⟦d:l|We arrived in seven minutes, but the second floor was already lost.⟧»
Coroner Geneviève Lapointe asked him when firefighters had been told that the sprinklers were out of service. «⟦d:g|Were you informed at any point before the fire?⟧» she asked.
«⟦d:l|Never. We learned it that night, from the night attendant,⟧» Bérubé said.
The night attendant, Fatoumata Diallo, told the inquiry she had been alone on duty with 46 residents. «⟦d:f|I knocked on every door I could reach. I carried Mrs Gagnon on my back as far as the stairs,⟧» she said.
Résidences Bel-Automne, which owns the building, said in a statement that it was «⟦p:r|co-operating fully⟧» with the coroner.
Nathalie Gagnon-Roy, whose 91-year-old mother died in the fire, said outside the hearing: «⟦d:n|Fatoumata is a hero. The people who switched off the sprinklers and told nobody are not.⟧»

"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh171.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh171",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
