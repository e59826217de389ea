# ruff: noqa: E501
"""Build ``quotes_fresh151.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families (including statements read to court), inquests
and fatal accident inquiries, public inquiry hearings with counsel to the inquiry,
appeals, employment, immigration, property and professional tribunals, written up
as wire, broadsheet, local-paper, tabloid, magazine and broadcaster web copy.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh151-NNN``.

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

* The court-report tags that follow a barrister's or advocate's name (``prosecuting``,
  ``defending``, ``mitigating``, ``for the prosecution``, ``for the Sunday Clarion``,
  ``representing the family``) are the description: they are the role as written.
* Judicial styles that replace a first name (``Mr Justice``, ``Mrs Justice``,
  ``Lord Justice``, ``Lady Justice``) are titles: the speaker is the surname, and the
  description is an appositive or a definite description at the cue (``the judge``)
  if the passage gives one, else null. Titles that stand before a full name (``Judge``,
  ``District Judge``, ``Employment Judge``, ``Area coroner``, ``Sheriff``, ``Recorder``)
  are role titles and so the description; so are ranks (``Garda``, ``Private``,
  ``Lance Corporal``, ``Detective Inspector``).
* A victim impact statement, letter or witness statement read to the court by someone
  else (a prosecutor, a relative, the clerk) belongs to its author; the reader is the
  speaker only of words that are their own.
* Text messages, emails and other messages put in evidence belong to the person who
  wrote them, even when a barrister reads them out.
* In cross-examination and questioning before an inquiry, counsel's questions are
  counsel's speech and the answers the witness's; un-cued turns alternate between the
  two as a reader would follow them.
* An anonymised witness known by a cipher or pseudonym (``B27``, ``HN41``, ``P-14``,
  ``Ben``) has that cipher or pseudonym as the speaker; the pseudonym itself, when it
  is given in quotation marks as a label, is ``scare``.
* Words that a witness or reporter attributes to a third person (``the landlord told
  them to "open a window"``) belong to the third person who said them; the same holds
  for quotes inside the answers of a ``Q:`` / ``A:`` transcript, including the
  witness's quotes of their own earlier words.
* A jury's written findings quoted in the passage have a null speaker and ``the jury``
  as the description.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh151.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh151.jsonl")

PASSAGES = """
### 001
@a Sunniva Halvorsen | a 29-year-old care worker
@b Adrian Pellew | defending
@c Nkechi Adeyemi | prosecuting
A care worker told a jury on Tuesday she watched a man “⟦p:a|stamp on his head like he was putting out a fire⟧” outside a takeaway in Ludmouth, on the first day of evidence in the trial of three men accused of murder.
Sunniva Halvorsen, a 29-year-old care worker, said she had been waiting for a taxi on Corve Street when the fight broke out shortly after 1am on 14 March last year.
“⟦d:a|I heard shouting first,⟧” she told Ludmouth Crown Court, “⟦d:a|then a bottle smash. By the time I turned round he was already on the floor.⟧”
“⟦d:a|One of them kept going back. He'd walk away and then go back.⟧”
Nkechi Adeyemi KC, prosecuting, asked: “⟦d:c|Could you see that man's face?⟧”
“⟦d:a|Not properly. He had a grey hood up. I remember the hood,⟧” Ms Halvorsen replied.
Under cross-examination, Adrian Pellew KC, defending, suggested her view had been blocked by a parked van.
“⟦d:b|You couldn't actually see who was doing what, could you?⟧” he asked.
“⟦d:a|I could see enough.⟧”
“⟦d:b|Enough to say it was my client?⟧”
“⟦d:a|I never said it was your client. I said it was the man in the grey hood.⟧”
Dariusz Kowal, 24, Leon Ashby, 22, and Tremaine Fuller, 23, all deny murder. The trial continues.

### 002
@a Craig Denholm | -
@b Lorraine | Roche's wife
@c Alastair Munro-Kerr | Judge
A VIOLENT thug who left a dad-of-two fighting for his life after a row over a parking space was jailed for nine years yesterday — and laughed as he was led from the dock.
Craig Denholm, 31, punched Gavin Roche, 44, so hard that he fractured his skull on the kerb outside a corner shop in Wrexby.
Roche's wife Lorraine, 42, told the court in a heartbreaking statement: "⟦d:b|The man I married is gone. He is still here, but he is gone.⟧"
"⟦d:b|Our youngest asks every night when Daddy will be better. I don't know what to tell her any more.⟧"
Judge Alastair Munro-Kerr blasted Denholm's "⟦p:c|utter contempt⟧" for his victim.
"⟦d:c|You chose to settle a trivial dispute with your fists, and a family has paid for it with everything they had,⟧" the judge said.
As he was taken down, Denholm shouted "⟦d:a|See you in four and a half⟧" towards the public gallery.
Outside court, Lorraine said: "⟦d:b|Nine years is nothing. Gavin got a life sentence.⟧"

### 003
@a Gillian Sturridge | Chair of the bench
@b Rhodri Vaughan | defending
@c Marek Zielinski | -
@d Tamsin Greer | prosecuting
A Fordingham man who was caught doing 112mph on the A58 bypass told magistrates he had been "⟦p:c|trying to get home before the football started⟧".
Marek Zielinski, 27, of Linden Road, admitted speeding and was banned from driving for 56 days and fined £660.
Rhodri Vaughan, defending, said his client was "⟦p:b|deeply embarrassed⟧" and had since sold the car. "⟦d:b|He accepts there is no excuse. He has a young family and he knows what could have happened,⟧" Mr Vaughan said.
Chair of the bench Gillian Sturridge told Zielinski: "⟦d:a|That is nearly twice the speed limit on a road where people walk their dogs. You are lucky you are not standing here for something far worse.⟧"
Asked if he had anything to add, Zielinski said: "⟦d:c|Just sorry, that's all.⟧"
In a separate case, Kayleigh Brant, 35, of no fixed address, admitted stealing £340 of cosmetics from Pollard's Pharmacy in Market Street.
Tamsin Greer, prosecuting, said staff had challenged her at the door. "⟦d:d|She told them, and I quote, that they could call whoever they liked,⟧" Ms Greer said.
Brant was given a 12-month community order.

### 004
@a Bethan Rhys-Pugh | area coroner
@b Owain Pritchard | his father
@c Farah Siddiqui | a consultant paediatrician at the hospital
@d Glanmor University Health Board | -
A 14-year-old boy who collapsed during a school rugby match died from an undiagnosed heart condition, an inquest has concluded.
Ifan Pritchard, from Llanwyddan, was taken to Glanmor General Hospital in October 2023 but could not be revived.
Dr Farah Siddiqui, a consultant paediatrician at the hospital, told the hearing in Caerwen the condition was “⟦p:c|extremely rare and almost impossible to detect without specialist screening⟧”.
“⟦d:c|There was nothing in his history that would have raised a flag. Nothing his parents or his school could have seen,⟧” she said.
Recording a conclusion of natural causes, area coroner Bethan Rhys-Pugh said Ifan had been “⟦p:a|a much-loved, funny and fiercely competitive boy⟧”.
“⟦d:a|I want his family to hear clearly from this court that nobody could have done anything differently on that pitch,⟧” she said.
Speaking outside, his father, Owain Pritchard, said the family would campaign for heart screening in schools.
“⟦d:b|If one family is spared what we've been through, then Ifan's name will mean something,⟧” he said.
In a statement, Glanmor University Health Board said it “⟦p:d|extends its deepest sympathies⟧” to the family.

### 005
@a Imogen Thackeray | Counsel to the inquiry
@b Duncan Farrow | the former environment minister
@c Ruth Okonjo | The inquiry's chair
@e - | a senior engineer at the Vale Water Authority
Duncan Farrow, the former environment minister, conceded on Wednesday that warnings about the Kestle dam had reached his private office at least four months before it failed, but insisted he had never been told they were urgent.
Giving evidence to the Kestle Reservoir Inquiry, Mr Farrow was shown an email from a senior engineer at the Vale Water Authority describing the spillway as “⟦p:e|a disaster waiting for a wet winter⟧”.
Counsel to the inquiry, Imogen Thackeray KC, asked: “⟦d:a|Did you read this email, Mr Farrow?⟧”
“⟦d:b|I don't believe I did. It would have been summarised for me,⟧” he said.
“⟦d:a|And was the word ‘disaster’ in the summary?⟧”
“⟦d:b|I can't recall. I would like to think that if it had been, I'd have acted on it.⟧”
Towards the end of his evidence, Mr Farrow turned to the families seated at the back of the hearing room.
“⟦d:b:m|I was the minister. Whatever went wrong in my department went wrong on my watch, and I will not hide behind officials who are not here to answer for themselves.⟧
“⟦d:b|To the families of the eleven people who died, I am sorry. I know that is not enough.⟧”
The inquiry's chair, Dame Ruth Okonjo, thanked him and adjourned the hearing until Monday, saying the panel would “⟦p:c|want to return to the question of the summaries⟧”.

### 006
@a Gregory Tallis | the former chief executive of Brightline Claims Inc
@b Lorna Beckwith-Ames | U.S. District Judge
@c Samuel Oyelaran | Assistant U.S. Attorney
@d Mitchell Kravitz | Tallis's attorney
PORT ELLERY, Dec 4 — The founder of a collapsed medical-billing company was sentenced on Thursday to 11 years in prison for defrauding investors of more than $140 million, after telling a federal judge he had "⟦p:a|lost sight of the people behind the numbers⟧".
Gregory Tallis, 58, the former chief executive of Brightline Claims Inc, pleaded guilty in June to securities fraud and wire fraud.
"⟦d:a|I built something I was proud of, and then I lied to protect it,⟧" Tallis told U.S. District Judge Lorna Beckwith-Ames, his voice breaking. "⟦d:a|There is no version of this where I am the victim.⟧"
Beckwith-Ames said the fraud had been "⟦p:b|sophisticated, sustained and deliberate⟧" and rejected a defense request for a sentence of five years.
"⟦d:b|Mr. Tallis did not make one bad decision. He made hundreds of them, over six years, and each one was a choice,⟧" the judge said.
Assistant U.S. Attorney Samuel Oyelaran had asked for 15 years. "⟦d:c|Retirees lost their savings. A school district lost its pension reserve. These are not abstractions,⟧" Oyelaran said in court.
Tallis's attorney, Mitchell Kravitz, said after the hearing that his client "⟦p:d|accepts the court's judgment⟧" and would not appeal.
"⟦d:d|He wants to spend whatever time he has left making this right,⟧" Kravitz told reporters.

### 007
@a Aaliyah Mensah-Brooks | A former senior buyer at Castellan Retail
@b Gareth Lyle | Employment Judge
@c Castellan Retail | -
@d Hollie Strand | her line manager
A former senior buyer at Castellan Retail, Aaliyah Mensah-Brooks, was unfairly dismissed and racially harassed by her line manager, an employment tribunal has ruled.
“⟦d:a|Every time I raised a concern, I was told I was being ‘aggressive’. I have never raised my voice at work in my life,⟧” Ms Mensah-Brooks, 38, said in her witness statement to the tribunal in Carrow Bridge.
Her line manager, Hollie Strand, told the hearing she had used the word “⟦s:-|assertive⟧” and had meant it as a compliment.
“⟦d:d|I'd describe my own management style as direct. I treat everyone on my team the same,⟧” she said.
In the written judgment, Employment Judge Gareth Lyle found that the repeated description of the claimant as aggressive had been “⟦p:b|related to her race and had the effect of violating her dignity⟧”.
“⟦d:b|We found Ms Strand's evidence on this point evasive and, in places, simply implausible,⟧” the judge wrote.
Castellan Retail said it was “⟦p:c|disappointed⟧” by the ruling and was considering an appeal.
A remedy hearing will be held in the spring.

### 008
@a Fiona Lachlan | Advocate depute
@b Callum Strachan | -
@c Euan Baird | defence counsel
A fisherman told a trial yesterday that he pulled his friend from Inverallan harbour "⟦p:b|with the knife still in him⟧".
Callum Strachan, 46, was giving evidence on the third day of the trial of Ryan McPhail, 33, who denies attempting to murder Aidan Gillespie on the quayside in August 2022.
Advocate depute Fiona Lachlan asked what he had seen when he reached the water. "⟦d:b|Just his hand at first. Then his face. He was trying to say something but it was all water,⟧" Mr Strachan told the High Court in Dunmallan.
"⟦d:a|Did he say anything once you got him out?⟧" Ms Lachlan asked.
"⟦d:b|He said, 'It was Ryan.' He said it twice.⟧"
Under cross-examination by defence counsel Euan Baird KC, Mr Strachan accepted he had drunk "⟦p:b|six or seven pints⟧" that evening.
"⟦d:c|So your memory of that night might not be perfect?⟧" Mr Baird said.
"⟦d:b|My memory of pulling a man out of the water with a knife in him is perfect, aye,⟧" the witness replied.
McPhail denies the charge and has lodged a special defence of incrimination. The trial, before Lord Tarbolton, continues.

### 009
@a Yonas Tesfamariam | the appellant
@b Harriet Lomax | First-tier Tribunal Judge
@c Conor Mulready | The Home Office presenting officer
@d Beatrice Nwosu | His barrister
«⟦d:a|I did not choose to leave. My mother sold her gold so I could go,⟧» the appellant, Yonas Tesfamariam, 26, told the tribunal through a Tigrinya interpreter.
Mr Tesfamariam said he had deserted after four years of compulsory national service and crossed the border on foot.
The Home Office presenting officer, Conor Mulready, put it to him that his account of the escape had changed. «⟦d:c|In your screening interview you said you crossed the border at night. Today you say it was early morning. Which is it?⟧»
«⟦d:a|It was dark. For me, four in the morning is night,⟧» he replied.
His barrister, Beatrice Nwosu, said the discrepancy was «⟦p:d|trivial and entirely explicable⟧» given that the screening interview had lasted 20 minutes and was conducted after an overnight journey.
In a written decision published last week, First-tier Tribunal Judge Harriet Lomax allowed the appeal.
«⟦d:b|I found the appellant a careful and consistent witness who did not embellish his account when given every opportunity to do so,⟧» she wrote. «⟦d:b|The supposed inconsistency about the time of day does not begin to undermine his credibility.⟧»

### 010
@a Darren Quayle | TELLY chef
@b Sophie Lindqvist | for the Daily Beacon
@c Penhaligon | the judge
TELLY chef Darren Quayle broke down in the witness box yesterday as he told how a newspaper story claiming he ran a "⟦s:-|kitchen of fear⟧" wrecked his career.
The 47-year-old, who is suing the Daily Beacon for libel, sobbed: "⟦d:a|I lost my show, I lost my restaurants, I lost friends I'd had for twenty years. All because of lies.⟧"
But Sophie Lindqvist KC, for the Daily Beacon, said eleven former staff had given statements describing him throwing pans and screaming abuse.
"⟦d:b|Mr Quayle, you threw a frying pan at a 19-year-old commis chef, didn't you?⟧" she asked.
"⟦d:a|I threw it in the sink. It's not the same thing,⟧" Quayle snapped.
"⟦d:b|She says it hit the wall beside her head.⟧"
"⟦d:a|She's wrong.⟧"
Mrs Justice Penhaligon was forced to call a short break after Quayle became upset. "⟦d:c|Take as long as you need, Mr Quayle,⟧" the judge told him.
The trial continues.

### 011
@a Seán Ó Briain | Garda
@b Úna Keveney | Judge
@c Síofra Dunleavy | her sister
@d Colm Harrington | defending
@e Ultan Meagher | -
A man who knocked down a pedestrian while more than twice the drink-drive limit in Ballinacrag has been jailed for four years, with the final year suspended.
Ultan Meagher (39), of Cnoc na Rí, Ballinacrag, pleaded guilty at Ardnagh Circuit Criminal Court to dangerous driving causing serious harm to Nuala Dunleavy (61) on the evening of 2 December 2022.
Garda Seán Ó Briain told the court that Mr Meagher had been driving at an estimated 80km/h in a 50km/h zone. When arrested, the accused said: “⟦d:e|I didn't see her. I swear to God I didn't see her.⟧”
“⟦d:a|He was very distressed at the scene and cooperated fully,⟧” Garda Ó Briain said.
Ms Dunleavy, who spent seven weeks in hospital, did not attend. Her sister, Síofra Dunleavy, read a statement of her own to the court.
“⟦d:c|Nuala was the one who minded everyone. Now she cannot lift a kettle,⟧” she said. “⟦d:c|We have all had to become different people.⟧”
Colm Harrington SC, defending, said his client had not taken a drink since the collision and had written a letter of apology. “⟦d:d|He knows that no sentence this court imposes will equal what he has done to that family,⟧” counsel said.
Judge Úna Keveney said the case was “⟦p:b|a stark lesson in the consequences of a few drinks after work⟧”. She said the aggravating factors included the speed and the level of alcohol, but she gave credit for the early plea and for what she called “⟦p:b|genuine and sustained remorse⟧”.

### 012
@a Meredith Callister | County Court Judge
@c Dimitra Kouris | Lachlan's mother
A man who killed a teenager with a single punch outside a Wattle Bay pub has been jailed for eight years, with a judge warning young men that "⟦p:a|one punch can end two lives⟧".
Jarrod Pitt, 24, pleaded guilty to manslaughter over the death of Lachlan Kouris, 18, who hit his head on the footpath outside the Esplanade Hotel in January 2023.
County Court Judge Meredith Callister said Pitt had thrown the punch after a "⟦p:a|petty and drunken exchange of words⟧" about a spilled drink.
"⟦d:a|Lachlan did nothing to provoke you. He turned to walk away and you struck him from the side,⟧" she told Pitt on Friday.
"⟦d:a|I accept you did not intend his death. But you intended to hurt him, and he died.⟧"
Lachlan's mother, Dimitra Kouris, said outside court the sentence would not bring her son back.
"⟦d:c|He was eighteen. He'd just got his apprenticeship. He rang me from the pub to say he'd be home by twelve,⟧" she said.
"⟦d:c|I'm still waiting for him to come home.⟧"
Pitt must serve five years and six months before he is eligible for parole.

### 013
@a B27 | the officer
@c Kwabena Asante-Darko | counsel for the Hinds family
@d Precious Mlambo | Mr Hinds's sister
A police marksman who shot dead a man in a Fenwick car park told an inquest he believed he had "⟦p:a|a fraction of a second⟧" to decide whether to fire.
The officer, known only as B27 and giving evidence from behind a screen, said Delroy Hinds, 32, had reached towards his waistband as armed officers surrounded his car on 9 May 2022.
"⟦d:a|I shouted 'Show me your hands' at least three times. He looked straight at me and his right hand went down,⟧" B27 told the jury at Fenwick Coroner's Court.
"⟦d:a|I was in no doubt that he was reaching for a gun.⟧"
No firearm was found in the car. A black phone case was recovered from the footwell.
Kwabena Asante-Darko, counsel for the Hinds family, asked: "⟦d:c|You never saw a gun, did you?⟧"
"⟦d:a|I never saw a gun. I saw a movement consistent with drawing one,⟧" the officer replied.
"⟦d:c|Consistent with drawing a phone as well?⟧"
"⟦d:a|With hindsight, yes.⟧"
There was a shout of "⟦d:-|Liar!⟧" from the back of the court, and the coroner warned that anyone interrupting again would be asked to leave.
Outside the court, Mr Hinds's sister, Precious Mlambo, said the family had waited almost three years for answers. "⟦d:d|We have heard a lot today about split seconds. Delroy doesn't get any more seconds,⟧" she said.
The inquest, before senior coroner Philippa Grange, is expected to last three weeks.

### 014
@a Matthias Oberhuber | a sixty-one-year-old restorer with a trim grey beard and a habit of correcting the court interpreter
@b Elsbeth Kranz | The prosecutor
@c Jean-Luc Amiel | a pigment analyst from the Institut Roussel
@d - | A collector who had bought two of the paintings and asked not to be named
@e - | Oberhuber's lawyers
On the fourth morning of his trial, Matthias Oberhuber, a sixty-one-year-old restorer with a trim grey beard and a habit of correcting the court interpreter, finally lost patience. “⟦d:a|I am not a forger,⟧” he said. “⟦d:a|A forger invents. I only ever finished what other people started.⟧”
It was, depending on whom you asked in the packed courtroom in Veldhaven, either the most candid thing he had said in three years or the opening line of his next book. The local tabloids, which have christened him “⟦s:-|the Veldhaven Hand⟧”, preferred the second reading.
The prosecutor, Elsbeth Kranz, had spent two years assembling the case. She did not smile. “⟦d:b|Herr Oberhuber, you ‘finished’ forty-one paintings. How many of them did the original artist start?⟧”
He considered the question for a long time.
“⟦d:a|Some of them,⟧” he said.
The case against him turned largely on the testimony of Jean-Luc Amiel, a pigment analyst from the Institut Roussel, who had found titanium white — a pigment not manufactured before the 1920s — in a landscape sold as a work of the 1880s. Amiel's evidence was dry and devastating.
“⟦d:c:m|The paint does not lie. People lie about paint. Provenance documents lie. Dealers lie, occasionally. But a pigment is a chemical fact.⟧
“⟦d:c|When I found the titanium, I checked it four times. Then I went home and did not sleep.⟧”
For the collectors, the trial has been a humiliation. A collector who had bought two of the paintings and asked not to be named told me that he still kept one on his wall. “⟦d:d|It is beautiful. That is the problem. It is still beautiful,⟧” he said.
Oberhuber's lawyers have called the prosecution “⟦p:e|a witch hunt against a craftsman⟧”. Their client, for his part, seems to be enjoying himself.

### 015
@a Nathaniel Okoro | -
@b Cavendish-Hale | -
@c Case Review Authority | -
@d Mariam Haddad | His solicitor
A man who spent 14 years in prison for a murder he has always denied has had his conviction quashed by the Court of Appeal.
Nathaniel Okoro, 41, was convicted in 2010 of killing shopkeeper Brian Teale in Hollinsford.
His case was referred back to the court by the Case Review Authority after new DNA testing of a glove found at the scene.
Lord Justice Cavendish-Hale, sitting with two other judges, said the conviction was “⟦p:b|unsafe⟧” and that the new evidence “⟦p:b|strikes at the heart of the prosecution case⟧”.
“⟦d:b|We are satisfied that, had the jury heard this evidence, they may well have reached a different verdict,⟧” he said.
Outside court, Mr Okoro hugged his mother before speaking to reporters.
“⟦d:a|I walked in there a murderer and I'm walking out a free man,⟧” he said. “⟦d:a|Fourteen years. I can't get them back.⟧”
His solicitor, Mariam Haddad, said: “⟦d:d|Nathaniel was failed at every stage — by the investigation, by the forensic science and by the appeal process itself.⟧”
The Case Review Authority said it “⟦p:c|welcomed the court's decision⟧” and would review how the glove evidence had been handled.
### 016
@a Renata Villanueva | Deputy District Attorney
@b Theodore Grissom | defense attorney
@c Keisha Lamont | a forensic accountant who reviewed three years of bank records for the prosecution
@d Harlan Fitch | Superior Court Judge
MILLBROOK — An accountant testified Wednesday that a Millbrook businessman charged with killing his partner had moved $1.2 million out of their company's accounts in the weeks before the man vanished.
Keisha Lamont, a forensic accountant who reviewed three years of bank records for the prosecution, told jurors the transfers were "⟦p:c|structured to stay below the thresholds that trigger bank reports⟧".
"⟦d:c|In my twenty years of doing this work, I have rarely seen a pattern this deliberate,⟧" Lamont said.
Wade Hollister, 52, is charged with first-degree murder in the death of Dale Pruitt, whose body was found in a drainage canal east of the city in April 2023. He has pleaded not guilty.
On cross-examination, defense attorney Theodore Grissom asked Lamont whether she had found any evidence the money had been used to pay anyone to harm Pruitt.
"⟦d:c|That was not within the scope of my review,⟧" she said.
"⟦d:b|So the answer is no?⟧" Grissom pressed.
"⟦d:c|The answer is that I wasn't asked to look.⟧"
On redirect, Deputy District Attorney Renata Villanueva asked: "⟦d:a|Ms. Lamont, did anyone ask you to find a motive?⟧"
"⟦d:c|No. Just to follow the money.⟧"
Superior Court Judge Harlan Fitch sent jurors home shortly after 4 p.m. "⟦d:d|Don't read anything about this case tonight, folks, and don't talk about it at dinner,⟧" he told them.

### 017
@a Gareth Pennock | -
@b Verity Salmon | prosecuting
@c Margaret Hollins | widow
@d Tobias Reddaway | Judge
A SILVER-TONGUED conman who fleeced lonely widows out of £380,000 by posing as a wealthy yacht broker sent one victim a message saying: "⟦d:a|You are the only honest thing in my life.⟧"
Gareth Pennock, 56, romanced three women he met on a dating site for the over-60s, Hallsworth Crown Court heard.
Verity Salmon, prosecuting, read out texts he sent to widow Margaret Hollins, 71, after she transferred him £95,000 to cover a business emergency in Monaco that did not exist.
"⟦d:a|I will pay you back double, my darling. Just trust me a little longer,⟧" one read.
"⟦d:b|There was no yacht, no business and no Monaco. There was only Mr Pennock and a betting account,⟧" Ms Salmon told the jury.
Brave Margaret told the court: "⟦d:c|I thought I'd found someone to grow old with. I gave him my husband's life insurance. I feel like such a fool.⟧"
Sentencing him to seven years, Judge Tobias Reddaway said: "⟦d:d|You preyed on grief. You are a cold and calculating man.⟧"
Pennock, of Swanley Road, Hallsworth, had pleaded guilty to six counts of fraud by false representation.

### 018
@a Wanjiru Kamau-Obiero | High Court judge
@b Achieng Otieno | a 34-year-old shopkeeper
@c Kipchumba Rotich | State counsel
@d Sospeter Mwangi | defence lawyer
MAREKU, Feb 20 — A widow told the High Court in Mareku on Tuesday that she watched a police officer shoot her husband as he raised his hands outside their shop during protests last year.
Achieng Otieno, a 34-year-old shopkeeper, testifying in Kiswahili, said: “⟦d:b|Aliinua mikono yake⟧” (“⟦d:b|He raised his hands⟧”).
“⟦d:b|He was not throwing anything. He was not running. He was standing at our door,⟧” she told the court through an interpreter.
Constable Dennis Onyango, 29, has pleaded not guilty to murder.
State counsel Kipchumba Rotich asked: “⟦d:c|Did you see who fired?⟧”
“⟦d:b|Yes. It is the one sitting there,⟧” she said, pointing at the accused.
Cross-examined by defence lawyer Sospeter Mwangi, she denied that stones were being thrown at officers at the time of the shooting.
“⟦d:d|I put it to you that there was a crowd throwing stones at the police at that very moment,⟧” Mwangi said.
“⟦d:b|There was a crowd. It was on the other side of the road,⟧” Otieno replied.
High Court judge Wanjiru Kamau-Obiero adjourned the hearing to March 12. “⟦d:a|This court will hear every witness, however long it takes,⟧” she said.

### 019
@a Hugh Maddern | assistant coroner
@b Jenna Trevaskis | his daughter
@c Ross Penrose | an inspector with the Rural Safety Executive
A Trevarrow farmer who was crushed by a falling bale while working alone in his yard died as a result of an accident, an inquest has heard.
Derek Trevaskis, 67, was found by his daughter, Jenna Trevaskis, on the evening of 21 June.
In a statement read to the inquest at Penhallow, she said: "⟦d:b|Dad had done that job a thousand times. He always said the day he stopped baling was the day they'd carry him off the farm. I wish he hadn't been right.⟧"
Ross Penrose, an inspector with the Rural Safety Executive, said the bale had fallen from a stack that was "⟦p:c|higher than it should have been and not properly secured⟧".
"⟦d:c|Working alone with heavy bales is one of the biggest risks we see on family farms,⟧" he said.
Recording a conclusion of accidental death, assistant coroner Hugh Maddern said: "⟦d:a|Mr Trevaskis was a hard-working and well-respected man. I hope his death will remind others in the farming community that no job is routine.⟧"

### 020
@a Tan Wei Ling | Deputy Public Prosecutor
@b See Kok Meng | District Judge
@c Rajesh Pillai | Defence lawyer
@d Lim Boon Huat | -
A former insurance agent who persuaded 38 clients to invest in a non-existent fund was jailed for six years and four months on Monday, with the judge calling the scheme ``⟦p:b|a calculated betrayal of trust⟧''.
Lim Boon Huat, 49, pleaded guilty to eight counts of cheating, with 30 others taken into consideration for sentencing.
Deputy Public Prosecutor Tan Wei Ling said Lim had targeted clients ``⟦p:a|who trusted him precisely because he had handled their insurance for years⟧''.
``⟦d:a|Several of the victims were retirees who lost most or all of their savings,⟧'' she said. ``⟦d:a|None of the money has been recovered.⟧''
In a letter to the court, Lim wrote: ``⟦d:d|I am ashamed. I told myself I would pay everyone back when the market turned. It never turned.⟧''
Defence lawyer Rajesh Pillai asked for a sentence of no more than four years, saying his client had ``⟦p:c|cooperated fully from the first day⟧''.
District Judge See Kok Meng said the offences had been committed over five years. ``⟦d:b|This was not a momentary lapse. It was a business model,⟧'' he said.

### 021
@a Kirsty Ballantyne | Former sergeant
@b Ravinder Sandhu | representing Northvale Police
@c Northvale Police | -
@d Mairead Coyle | Employment Judge
A former police sergeant who claims she was forced out after reporting a colleague for falsifying crime figures has told an employment tribunal she was "⟦p:a|frozen out from the day I made that call⟧".
Former sergeant Kirsty Ballantyne, 44, is suing Northvale Police for whistleblowing detriment and constructive dismissal at a hearing in Ashcombe.
"⟦d:a|I went from being the person everybody came to for advice to the person nobody would sit next to in the canteen,⟧" she said.
Ravinder Sandhu, representing Northvale Police, suggested she had been moved to a different team for her own protection.
"⟦d:b|Isn't it the case that the move was offered to you, and you accepted it?⟧" he asked.
"⟦d:a|I accepted it because the alternative was staying in a room with people who were calling me a grass,⟧" Ms Ballantyne replied.
At one point Employment Judge Mairead Coyle intervened to ask Mr Sandhu to "⟦p:d|move on⟧" from a line of questioning about the claimant's sickness record.
"⟦d:d|I have the point, Mr Sandhu. I don't need it made four times,⟧" the judge said.
Northvale Police said in a statement that it "⟦p:c|takes all reports of wrongdoing extremely seriously⟧" and would not comment while proceedings were ongoing.
The hearing continues.

### 022
@a Sapna Raghunathan | Counsel to the inquiry
@b Gwen Ollerenshaw | a senior midwife at the trust between 2015 and 2020
@c Rhiannon Price | -
A senior midwife has told the Carrowmoor Maternity Inquiry that staff on the labour ward were “⟦p:b|running on fumes⟧” for years before the deaths of at least 23 babies.
Gwen Ollerenshaw, a senior midwife at the trust between 2015 and 2020, said she raised concerns about staffing “⟦p:b|more times than I can count⟧”.
Counsel to the inquiry Sapna Raghunathan KC asked her what had happened to those concerns.
“⟦d:b|They went up, and nothing came down,⟧” Ms Ollerenshaw said.
“⟦d:a|Did anyone ever tell you in terms that nothing would be done?⟧” Ms Raghunathan asked.
“⟦d:b:m|Nobody would ever say that. You would be thanked for raising it. You would be told it was on the risk register. And then you would go back on shift and there would still be two of you for twelve women.⟧
“⟦d:b|I'm not proud of how long I stayed quiet after that. I'd stopped believing it made any difference.⟧”
Rhiannon Price, whose daughter Elowen died hours after birth in 2018, watched from the public gallery. Speaking afterwards, she said: “⟦d:c|It's the first time someone who worked there has said what we've always known. I'm grateful to her, and I'm angry.⟧”
The inquiry continues.

### 023
@a Norman Pettifer | a retired driving instructor
@b Yvonne Ashdown-Clarke | -
@c Imran Qureshi | District Judge
A PENSIONER who waged a six-year "⟦s:-|hedge war⟧" with his neighbour has been ordered to pay her £14,000 — after a judge ruled his leylandii were "⟦p:c|a deliberate act of spite⟧".
Norman Pettifer, 74, a retired driving instructor, let the conifers grow to 30ft to block Yvonne Ashdown-Clarke's view of the Downs, Kingsmere County Court heard.
"⟦d:b|I used to sit in my garden and watch the sun go down over the hills. Now I sit in the dark at four o'clock in the afternoon,⟧" she told the court.
But grumpy Pettifer insisted: "⟦d:a|It's my hedge on my land. If she wants a view she can walk up the hill like everyone else.⟧"
District Judge Imran Qureshi was unimpressed. "⟦d:c|Mr Pettifer, the evidence is that you bought these trees the week after Mrs Ashdown-Clarke complained about your bonfires,⟧" he said.
"⟦d:a|Coincidence,⟧" Pettifer muttered.
Pettifer must cut the hedge to two metres within 28 days.

### 024
@a Colette Arsenault | Superior Court Justice
@b Ginette Beaudoin | his mother
@c Sophie Beaudoin | Mathieu's sister
@d Kyle Ferrante | -
@e Anjali Bhatt | Crown attorney
TIMMERTON — A young man's mother told a courtroom Monday that she still sets a place for him at Sunday dinner, more than a year after he was killed by a drunk driver.
"⟦d:b|I know he's not coming. I set it anyway. I can't stop,⟧" Ginette Beaudoin, his mother, said, reading her victim impact statement as Kyle Ferrante, 27, sat with his head bowed in the prisoner's box.
Ferrante pleaded guilty to impaired driving causing death in the crash that killed Mathieu Beaudoin, 22, on Highway 9 near Timmerton in February 2023.
Mathieu's sister, Sophie Beaudoin, spoke next. "⟦d:c|You took my best friend. You took my kids' uncle before they ever met him,⟧" she said, looking directly at Ferrante.
"⟦d:c|I don't forgive you. Maybe one day. Not today.⟧"
Crown attorney Anjali Bhatt is seeking a sentence of six years. "⟦d:e|His blood alcohol was nearly three times the legal limit. He had been warned by a friend not to drive,⟧" she told Superior Court Justice Colette Arsenault.
When given the chance to speak, Ferrante stood and turned toward the family. "⟦d:d|I'm sorry. I'm so sorry. I think about Mathieu every day,⟧" he said.
Arsenault reserved her decision until next month. "⟦d:a|I will need some time with what I have heard today,⟧" she said.

### 025
@a Orla Fitzmaurice | a primary school teacher from Brenton
@b Clive Ashworth-Lee | Judge
@c Nadia Berisha | the youngest of the group
@d Tobias Wren | for the prosecution
@e Lantern Energy | -
Five climate protesters who glued themselves to the doors of Lantern Energy's headquarters in Marlow Cross have been acquitted of criminal damage by a jury at Southbridge Crown Court.
The group had also unfurled a banner reading “⟦s:-|Your profits, our floods⟧” across the building's entrance during the protest in April last year.
Orla Fitzmaurice, 31, a primary school teacher from Brenton, told the jury during the four-day trial: “⟦d:a|I have stood in front of a class of seven-year-olds and told them the grown-ups are dealing with it. I couldn't say that any more and mean it.⟧”
Tobias Wren, for the prosecution, had told jurors the case was “⟦p:d|not about whether climate change is real⟧”.
“⟦d:d|Nobody in this courtroom disputes the science,⟧” he said. “⟦d:d|The question is whether these defendants were entitled to damage someone else's property. They were not.⟧”
In his summing-up, Judge Clive Ashworth-Lee reminded jurors that they must decide the case “⟦p:b|on the evidence, and not on your views about oil companies⟧”.
Outside court, the defendants were greeted by about 60 supporters chanting “⟦s:-|Climate justice now⟧”.
Nadia Berisha, 24, the youngest of the group, said: “⟦d:c|Twelve ordinary people listened to us and understood. That should worry Lantern Energy far more than a bit of glue on their doors.⟧”
Lantern Energy said in a statement it “⟦p:e|respected the jury's verdict⟧” but that protest “⟦p:e|must remain within the law⟧”.

### 026
@a Lindiwe Makhaya | retired judge
@b Pieter du Toit | evidence leader
@c Thabo Mokoena | a former chief financial officer of the Eastern Ports Authority
Thabo Mokoena, a former chief financial officer of the Eastern Ports Authority, on Thursday admitted signing off on a 1.4-billion-rand dredging contract without reading it, telling a commission of inquiry he had been "⟦p:c|under enormous pressure from above⟧".
"⟦d:b|Mr Mokoena, this is a 300-page contract. You signed it the same afternoon it arrived on your desk. How is that possible?⟧" evidence leader Pieter du Toit SC asked.
"⟦d:c|Chair, I was told it had been checked by legal. I was told the board wanted it done that day,⟧" Mokoena said, addressing retired judge Lindiwe Makhaya, who chairs the commission.
"⟦d:b|Told by whom?⟧"
Mokoena paused for several seconds. "⟦d:c|By the chief executive's office.⟧"
Makhaya interjected: "⟦d:a|Mr Mokoena, 'the office' did not telephone you. A person did. Who was it?⟧"
"⟦d:c|It was Mr Dlamini, Chair.⟧"
Sipho Dlamini, the authority's former chief executive, is expected to testify next month. He has previously denied any wrongdoing.

### 027
@a Dritan Hoxha | -
@b Elira | His wife
@c - | A Home Office spokesperson
@d Kofi Boateng-Wright | Upper Tribunal Judge
A chef who has lived in Ashby Marsh for 19 years has won his appeal against deportation to Albania.
Dritan Hoxha, 46, was told in 2022 he would be removed after a conviction for drink-driving in 2019.
Upper Tribunal Judge Kofi Boateng-Wright ruled that deporting him would be “⟦p:d|unduly harsh⟧” on his three British-born children.
“⟦d:d|The children's lives are rooted entirely in this country. The eldest is about to sit her GCSEs,⟧” the judge said in his written decision.
Speaking at the family's home, Mr Hoxha said: “⟦d:a|I made a stupid mistake five years ago and I paid for it. I did not think I would pay for it with my children.⟧”
His wife, Elira, said the past two years had been “⟦p:b|like living in a waiting room⟧”.
“⟦d:b|Every time the post came, my heart stopped,⟧” she said.
A Home Office spokesperson said: “⟦d:c|We are disappointed by the tribunal's decision and are considering our next steps.⟧”

### 028
@a Hamish Cordiner | a GP in Aldbury
@b Fenella Rowe | for the Medical Standards Council
@c Ayodele Banjo | Tribunal chair
@d - | The daughter of one patient
A doctor who prescribed powerful painkillers to patients he had never examined has been struck off.
Hamish Cordiner, 61, a GP in Aldbury, issued more than 400 prescriptions for opioids through an online clinic between 2020 and 2022, a Medical Practitioners Tribunal heard.
Fenella Rowe, for the Medical Standards Council, said some patients had received "⟦p:b|repeat prescriptions on the strength of a two-line questionnaire⟧".
"⟦d:b|Dr Cordiner was in effect selling signatures,⟧" Ms Rowe said.
Dr Cordiner, who represented himself, told the tribunal he had believed the clinic's pharmacists were carrying out checks. "⟦d:a|I accept I was naive. I do not accept I was dishonest,⟧" he said.
Tribunal chair Ayodele Banjo said the panel had concluded that erasure was "⟦p:c|the only sanction sufficient to protect the public⟧".
"⟦d:c|Dr Cordiner's conduct was fundamentally incompatible with continued registration,⟧" she said.
The daughter of one patient said outside the hearing: "⟦d:d|Mum got those tablets without anyone ever seeing her. It took us two years to get her back.⟧"

### 029
@a Simon Thorne | Judge Advocate
@b Nicola Garvey | prosecuting
@c Kai Thornbury | Private
@d Dean Maitland | Lance Corporal
A young soldier told a court martial he was forced to stand in a freezing shower for an hour as part of a "⟦s:-|welcome⟧" ritual at Harwell Barracks.
Private Kai Thornbury, 19, said Lance Corporal Dean Maitland had ordered him and two other recruits into the showers after lights out.
"⟦d:c|He said if we came out before he said so, we'd go back in for double. So we stayed in,⟧" Pte Thornbury told the court at the Mildenhurst Military Court Centre.
Lieutenant Colonel Nicola Garvey, prosecuting, said the incident was "⟦p:b|not banter, not tradition, but abuse of rank⟧".
Maitland, 27, denies ill-treatment of a subordinate. Giving evidence, he said: "⟦d:d|It was a laugh. Everyone went through it. I went through it when I joined.⟧"
"⟦d:b|Does that make it acceptable?⟧" Lt Col Garvey asked.
"⟦d:d|Looking back, probably not, ma'am.⟧"
Judge Advocate Simon Thorne told the board it must put aside "⟦p:a|any view about what might once have been normal in the Army⟧".

### 030
@a Miriam Castellanos | Judge
@b Evelyn Marchetti | Judge
@c Western Tenants Legal Project | -
@d - | A spokesperson for Calder County
A federal appeals court on Tuesday struck down a Calder County ordinance banning people from sleeping in their cars, ruling 2-1 that it amounted to cruel and unusual punishment.
"⟦d:a|A county may not punish a person for the act of being without a home when it offers them nowhere else to go,⟧" Judge Miriam Castellanos wrote for the majority of the three-judge panel. "⟦d:a|The ordinance criminalizes not conduct, but status.⟧"
In a sharply worded dissent, Judge Evelyn Marchetti said the majority had "⟦p:b|substituted its own policy preferences for those of the people of Calder County⟧".
"⟦d:b|Nothing in the Constitution requires a municipality to permit its parking lots to become campgrounds,⟧" she wrote.
The Western Tenants Legal Project, which brought the case on behalf of four plaintiffs, called the ruling "⟦p:c|a victory for basic decency⟧".
A spokesperson for Calder County said officials were "⟦p:d|reviewing the decision and considering all options⟧", including asking the full court to rehear the case.

### 031
@a Bruce Harkness | Heartbroken dad
@b Priya Venkatesan | Supreme Court Justice
@c Troy Lumsden | -
@d - | a court officer
A GRIEVING dad screamed "⟦d:a|You're a coward!⟧" at his son's killer as the thug was jailed for just six years yesterday.
Heartbroken dad Bruce Harkness had to be held back by his wife as Troy Lumsden, 26, smirked in the dock of the Supreme Court in Port Cassel.
Lumsden bashed apprentice sparky Jake Harkness, 21, to death outside a kebab shop in the city's nightlife strip last March.
"⟦d:b|The community will rightly regard any sentence I impose as inadequate,⟧" Supreme Court Justice Priya Venkatesan told the packed court.
"⟦d:b|No term of imprisonment can reflect the worth of Jake's life.⟧"
As he was led away, Lumsden turned to the gallery and said: "⟦d:c|Love you, Mum.⟧"
"⟦d:d|Sit down, sir,⟧" a court officer told Mr Harkness as he rose again from his seat.
Outside, the shattered father said: "⟦d:a|Six years. He'll be out before Jake's little sister finishes school. Where's the justice in that?⟧"
### 032
@a Alistair Devereux | Senior coroner
@b Josephine Akande | His mother
@c Custodial Service | -
@d - | the jury
A jury at an inquest into the death of a 20-year-old man at HMP Ravensmoor has found that failures by prison staff “⟦p:d|more than minimally contributed⟧” to his death.
Samuel Akande was found unresponsive in his cell in November 2022, three days after he had told a nurse he was hearing voices.
In a narrative conclusion, the jury said the decision to remove him from constant observation had been “⟦p:d|taken without adequate information and without consulting the mental health team⟧”.
Senior coroner Alistair Devereux said he would issue a report to prevent future deaths. “⟦d:a|I am concerned that the lessons identified in this case have been identified before, in this prison, in almost identical terms,⟧” he said.
His mother, Josephine Akande, said the family had been “⟦p:b|lied to from the first phone call⟧”.
“⟦d:b:m|They told us Sam was found quickly and that everything possible was done. Today we know that is not true.⟧
“⟦d:b|My son asked for help. He was a boy who was unwell, and they treated him as a nuisance.⟧”
The Custodial Service said: “⟦d:c|Our thoughts remain with Mr Akande's family. We will study the jury's findings carefully and have already made changes to how observation levels are reviewed.⟧”

### 033
@a Annelie Vogt | Presiding judge
@b Ruedi Amsler | a former private banker at Halden & Cie
@c Yves Maillard | Prosecutor
GRENZACH — A former private banker told the criminal court in Grenzach on Monday that he had «⟦p:b|never once⟧» asked a client where their money came from.
Ruedi Amsler, 54, a former private banker at Halden & Cie, is accused of helping clients hide some 60 million francs from tax authorities in three countries.
«⟦d:b|It was not my job to ask. It was my job to keep the money safe and make it grow,⟧» he said, speaking in German through a court interpreter.
Prosecutor Yves Maillard asked him whether he had ever been suspicious. «⟦d:c|A client arrives with a suitcase of cash from a country where he does not live. You were not curious?⟧»
«⟦d:b|Curious, yes. Suspicious, no. In Grenzach in 2009, this was normal,⟧» Amsler replied.
Presiding judge Annelie Vogt reminded him that «⟦p:a|normal is not a defence⟧».
«⟦d:a|The question for this court is what you knew, Herr Amsler, not what everyone else was doing,⟧» she said.
The trial is due to end on Friday.

### 034
@a P-14 | The witness
@b Marguerite Osei-Lindqvist | Presiding Judge
@c Stefan Radić | Defence counsel
@d Amara Diallo | Senior trial lawyer
VALMONT, Nov 12 — A protected witness told a war crimes tribunal on Tuesday that soldiers under the command of former general Milan Vrdoljak separated men and boys from women at a roadblock outside the town of Severin and led them into a school gymnasium.
The witness, identified only as P-14 and testifying with her face and voice distorted, said she never saw her husband or two sons again.
"⟦d:a|They told us the men would follow on the next bus. There was no next bus,⟧" P-14 told the Tribunal for the Former Varenian Republic.
Senior trial lawyer Amara Diallo asked whether she had recognised any of the officers at the roadblock. "⟦d:d|Was there anyone in command whose face you knew?⟧"
"⟦d:a|Everyone knew his face. He was on the television every night. He was standing by the jeep,⟧" she said.
Defence counsel Stefan Radić suggested she could not have seen the jeep from where she said she stood. "⟦d:c|Madam witness, there was a bus between you and the jeep, was there not?⟧"
"⟦d:a|There was a bus. Then the bus moved,⟧" she replied.
Presiding Judge Marguerite Osei-Lindqvist thanked the witness at the end of her testimony. "⟦d:b|The chamber is conscious of what it has cost you to come here,⟧" she said.
Vrdoljak has pleaded not guilty to all 11 counts.

### 035
@a - | The boy
@b Niamh Gallagher-Ross | Judge
@c Farida Osman | The victim's grandmother
@d - | A spokesperson for Calderbridge Police
A 16-year-old boy who stabbed a schoolmate at a bus stop in Calderbridge has been sentenced to four years' detention.
The boy, who cannot be named for legal reasons, admitted wounding with intent after attacking the 15-year-old victim in May.
Judge Niamh Gallagher-Ross told him: “⟦d:b|You went out that afternoon carrying a knife because you thought it made you safe. It did the opposite. It turned you into someone who could nearly kill a child.⟧”
In a letter read to the court, the boy wrote: “⟦d:a|I don't know why I took it. I wish I could go back to that morning and leave it in the drawer.⟧”
The victim's grandmother, Farida Osman, said he still had nightmares. “⟦d:c|He won't take the bus any more. He won't go anywhere without his cousin,⟧” she said.
A spokesperson for Calderbridge Police said: “⟦d:d|Carrying a knife does not protect you. We would urge any young person who feels they need to carry one to talk to someone.⟧”

### 036
@a Hugo Ainsworth | counsel to the inquiry
@b Gary Tulloch | the driver of the 07:12 service from Holmebridge
@c Roderick Baines | The inquiry chairman
The driver of a train that derailed near Scarth Junction, killing four people, has told a public inquiry he "⟦p:b|never stood a chance⟧" of stopping in time after the track gave way.
Gary Tulloch, the driver of the 07:12 service from Holmebridge, was giving evidence for the first time since the crash in February 2023.
"⟦d:b:m|I saw the rails go. They didn't break, they just sort of moved, like a snake. I put the brake in and I knew straight away it wasn't enough.⟧
"⟦d:b:m|I remember thinking about my daughter. That's the last thing I remember before the cab went over.⟧
"⟦d:b|I woke up in the hospital two days later and the first thing I asked was whether anybody had died. They didn't tell me for another day.⟧"
Hugo Ainsworth KC, counsel to the inquiry, asked whether he had received any warning about the condition of the line.
"⟦d:a|Was there a speed restriction in place on that section that morning?⟧"
"⟦d:b|No. If there had been I'd have been doing 20, not 75,⟧" Mr Tulloch said.
The inquiry chairman, Sir Roderick Baines, thanked Mr Tulloch for what he called his "⟦p:c|considerable courage⟧" in giving evidence.

### 037
@a Lewis Brennan | -
@b Fiona Marwick-Stone | Judge
@c Ryan Colquhoun | Detective Inspector
@d - | One officer involved in the operation
A DRUGS kingpin who called himself "⟦s:-|The Landlord⟧" because he "⟦p:a|owned every street⟧" in Hatherley has been caged for 17 years.
Lewis Brennan, 34, ran a cocaine network worth £4million from a flat above a nail bar, Calverton Crown Court heard.
Police who cracked his encrypted phone found messages in which he boasted: "⟦d:a|I own every street from the station to the canal. Nobody moves a gram without paying rent.⟧"
In another he told an underling: "⟦d:a|If he's short again, break his fingers. Both hands.⟧"
Judge Fiona Marwick-Stone told him: "⟦d:b|You styled yourself a landlord. In truth, you were a parasite who fed on addiction and fear.⟧"
Detective Inspector Ryan Colquhoun, who led the investigation, said outside court: "⟦d:c|Brennan thought his phone made him untouchable. He was wrong. His tenancy is over.⟧"
One officer involved in the operation said: "⟦d:d|He genuinely believed nobody could read those messages. He used to sign them off with a little crown.⟧"

### 038
@a Samira El-Khoury | Employment Judge
@b Marcus Adebayo-Finch | one of the 14 claimants
@c Zipway | the company
@d Delia Frost | general secretary of the Independent Couriers' Union
Couriers for the delivery app Zipway are workers entitled to holiday pay and the minimum wage, an employment tribunal has ruled, in a decision that could affect more than 20,000 riders.
Employment Judge Samira El-Khoury said the company's contracts, which described riders as “⟦s:-|independent delivery partners⟧”, did not reflect “⟦p:a|the reality of the relationship⟧”.
“⟦d:a|Riders cannot set their own prices, cannot meaningfully refuse work without penalty and are controlled by the app at every stage of a delivery,⟧” the judge wrote.
Marcus Adebayo-Finch, one of the 14 claimants, said he had cried when he read the judgment. “⟦d:b|For four years they told me I was my own boss. My own boss never gave me a day off,⟧” he said.
Zipway said it would appeal. “⟦d:c|Riders consistently tell us they value the flexibility of self-employment, and this judgment puts that at risk,⟧” the company said in a statement.
Delia Frost, general secretary of the Independent Couriers' Union, which backed the claim, said: “⟦d:d|This is the day the algorithm met the law, and the law won.⟧”

### 039
@a Carol Hebden | Her sister
@b - | A Parole Authority spokesperson
@c Steve Ackroyd | the MP for Thornbury Dales
The family of a Thornbury woman murdered by her husband in 2004 say they are "⟦p:a|devastated⟧" after he was approved for release.
Ian Morley was jailed for life with a minimum term of 18 years for strangling Denise Morley at their home in Chapel Row.
Her sister, Carol Hebden, submitted a victim statement to his parole hearing in March. "⟦d:a|I told them he has never once said where he put her wedding ring. That's all we have ever asked for, and he won't even give us that,⟧" she said.
"⟦d:a|He gets to walk out. Denise doesn't get to walk anywhere.⟧"
A Parole Authority spokesperson said: "⟦d:b|We can confirm that a panel has directed the release of Ian Morley following an oral hearing. Parole decisions are solely focused on what risk a prisoner could represent to the public.⟧"
Steve Ackroyd, the MP for Thornbury Dales, said he had written to the justice secretary asking for the decision to be reconsidered. "⟦d:c|The family deserve answers, and so does this community,⟧" he said.

### 040
@a Rohan Wijesinghe | Chief Justice
@b Mereana Tapsell | Attorney-General
@c Parveen Choudhury | a retired nurse
The Supreme Court has struck down a law banning protests within 500 metres of Parliament, ruling that it was a disproportionate interference with the rights of free expression and assembly.
Delivering the unanimous judgment of the five-member bench, Chief Justice Rohan Wijesinghe said the law had been drafted "⟦p:a|with a breadth that no legitimate aim could justify⟧".
"⟦d:a|The right to protest is not a right to protest only where one will not be seen or heard by those in power,⟧" he said.
The case was brought by Parveen Choudhury, a retired nurse. She was arrested in 2023 while standing alone on the steps of the Treasury holding a placard that read "⟦s:-|Fund our hospitals⟧".
"⟦d:c|I stood there on my own with a piece of cardboard. I was not a threat to anybody,⟧" Ms Choudhury said outside the court. "⟦d:c|Today the highest court in the land agreed.⟧"
Attorney-General Mereana Tapsell said the government "⟦p:b|respects the court's decision⟧" and would bring forward amended legislation.
"⟦d:b|Parliament must be able to meet safely, and we will find a lawful way to ensure that,⟧" she said.

### 041
@a Rekha Bhardwaj | Additional Sessions Judge
@b Ramesh Chandra Tiwari | The woman's father
@c Anil Deshmukh | Public prosecutor
@d Vikram Sood | Defence lawyer
KESARPUR, March 3 — A court in Kesarpur on Monday sentenced a man and his mother to life imprisonment for the death of his 24-year-old wife, who was set on fire two years after their marriage in what prosecutors said was a dispute over dowry.
Additional Sessions Judge Rekha Bhardwaj said the evidence showed a "⟦p:a|sustained campaign of cruelty⟧" against Pooja Mishra, who died in hospital with burns to 80 percent of her body.
"⟦d:a|A dying declaration recorded by a magistrate is evidence of the highest order, and this court finds no reason to doubt it,⟧" the judge said in her order.
Public prosecutor Anil Deshmukh told reporters the family had demanded a car and 500,000 rupees after the wedding. "⟦d:c|When the demands were not met, the harassment began. It ended with her death,⟧" he said.
The woman's father, Ramesh Chandra Tiwari, wept outside the court. "⟦d:b|I married my daughter into that house with everything I had. They wanted more, and they took her life,⟧" he said.
Defence lawyer Vikram Sood said his clients were innocent and would appeal to the high court. "⟦d:d|The fire was an accident in the kitchen. The prosecution has built a story around a tragedy,⟧" he said.

### 042
@a Oluwaseun Adeleke | Tribunal judge
@b Chloe Marsh-Whitley | a 26-year-old nursery worker
@c Victor Lazenby | the landlord
@d Hana Novak | Her housemate
A landlord has been ordered to repay more than £11,000 in rent to four tenants after a tribunal found he had let a damp, overcrowded house in Eastbury Road without a licence.
Chloe Marsh-Whitley, a 26-year-old nursery worker, told the First-tier Tribunal that black mould had spread across her bedroom ceiling within weeks of moving in.
“⟦d:b|I was wiping it down every Sunday with bleach. By Wednesday it was back,⟧” she said.
Her housemate Hana Novak said the landlord, Victor Lazenby, had told them to “⟦p:c|open a window⟧” when they complained.
“⟦d:d|It was January. We did open a window. Then we were cold and mouldy,⟧” Ms Novak said.
Mr Lazenby, who represented himself, told the hearing the tenants had caused the damp by drying clothes indoors. “⟦d:c|I've been a landlord for thirty years and never had a complaint like this,⟧” he said.
Tribunal judge Oluwaseun Adeleke rejected that explanation. In a written decision, she said Mr Lazenby had shown “⟦p:a|a cavalier disregard for his legal obligations⟧”.

### 043
@a Ravi Menon | a consultant in emergency medicine
@b Patrick Doyle-Hughes | -
@c Leah Abramovich | representing the family
@d Daniel Yeung | Coroner
A doctor has told an inquest that a woman who died of sepsis should have been given antibiotics "⟦p:a|at least four hours earlier⟧" than she was.
Margaret Ellison, 58, died at Wynford Royal Infirmary in January 2023, a day after arriving at the emergency department with a high temperature and back pain.
Dr Ravi Menon, a consultant in emergency medicine, told the hearing: "⟦d:a|Looking at the notes now, the signs of sepsis were there at triage. They were missed. I'm very sorry that they were missed.⟧"
Dr Patrick Doyle-Hughes, who was a registrar at the time, said the department had been "⟦p:b|beyond full⟧" that night, with 31 patients waiting in corridors.
"⟦d:b|I saw her, I thought kidney infection, and I was pulled away to a cardiac arrest. I should have gone back sooner,⟧" he said.
Leah Abramovich, representing the family, asked him: "⟦d:c|When you were pulled away, did you hand her over to anyone?⟧"
"⟦d:b|Not formally. No,⟧" he replied.
Coroner Daniel Yeung adjourned the inquest until Thursday. "⟦d:d|Before I reach a conclusion, I will want to hear from the trust about what has changed since,⟧" he said.

### 044
@a Connor Reilly | a 38-year-old landscape gardener accused of murdering his business partner, Aled Pryce
@b Teresa Gwynne | -
@c Aled Pryce | his business partner
What follows is an extract from the transcript of the ninth day of the trial of Connor Reilly, a 38-year-old landscape gardener accused of murdering his business partner, Aled Pryce. The witness is Teresa Gwynne, who lived next door to the two men's yard in Llanfechan. She is being questioned by the prosecutor, Dafydd Mostyn KC.
Q: What did you hear that evening?
A: Shouting. Aled shouting mostly. Then Connor, louder.
Q: Could you make out any words?
A: I heard Aled say, "⟦d:c|I'm not signing it, Con. Not now, not ever.⟧" And then Connor said, "⟦d:a|Then you'll get nothing. You hear me? Nothing.⟧"
Q: What happened next?
A: A door slammed. I went back to my programme. I didn't think anything of it. I wish I had.
Q: Did you see either man again that night?
A: I saw Connor's van go out at about half ten. I said to my husband, "⟦d:b|That's late for him.⟧" That's all.
The cross-examination, by Reilly's barrister, Catrin Howells, was brief.
Q: Mrs Gwynne, you've told us your television was on. How loud was it?
A: Loud enough. I'm a bit deaf.
Q: A bit deaf. Thank you.

### 045
@a Claire Dufresnoy | The presiding judge
@b Jean-Baptiste Lemoine | a 52-year-old farmer
@c Margaux Vidal | The victim's daughter
@d Hervé Castagnet | the prosecutor
SAINT-LORMEL, France — A farmer accused of shooting dead his neighbour in a dispute over a spring told a French court on Wednesday that he had only meant to «⟦p:b|frighten him off⟧».
Jean-Baptiste Lemoine, a 52-year-old farmer, faces up to 30 years in prison if convicted of murder at the assize court in Saint-Lormel.
«⟦d:b|Je voulais lui faire peur, c'est tout⟧» («⟦d:b|I wanted to scare him, that's all⟧»), Lemoine told the court.
The presiding judge, Claire Dufresnoy, asked why he had loaded both barrels. «⟦d:a|If you wanted to frighten him, Monsieur Lemoine, why two cartridges?⟧»
«⟦d:b|Habit. I always load two,⟧» he replied.
Earlier, the prosecutor, Hervé Castagnet, had told the jury the shooting was «⟦p:d|the last act of a long hatred⟧».
The victim's daughter, Margaux Vidal, left the courtroom in tears. Speaking to reporters afterwards, she said: «⟦d:c|For twenty years they argued about that spring. My father always said it would end badly. He did not imagine it would end like this.⟧»
A verdict is expected on Friday.

### 046
@a Clíodhna Nic Giolla | Coroner
@b Barry Kinsella | a volunteer with Carrigmore Inshore Rescue
@c Bernadette Kehoe | His mother
An inquest has heard that a 17-year-old who drowned off Carrigmore pier had jumped in to help a friend who was struggling in the water.
Darragh Kehoe, from Ballyduff Road, Carrigmore, died on 3 August last year.
Barry Kinsella, a volunteer with Carrigmore Inshore Rescue, told the inquest the crew reached the pier within nine minutes of the call.
“⟦d:b|His friend was holding on to the ladder. He told us Darragh had gone under about a minute before we arrived,⟧” he said. “⟦d:b|We found him at about the four-metre mark. We did everything we could.⟧”
Coroner Dr Clíodhna Nic Giolla returned a verdict of misadventure. She said Darragh had acted with “⟦p:a|extraordinary bravery⟧” and that his friend was alive today “⟦p:a|because of him⟧”.
His mother, Bernadette Kehoe, said the family wanted young people to understand how cold the water could be even in summer.
“⟦d:c|Darragh was a strong swimmer. It didn't matter. The cold took him in seconds,⟧” she said.
“⟦d:c|We're proud of what he did. We'd give anything for him not to have done it.⟧”

### 047
@a Alasdair Gunn | Sheriff
@b Clearwater Aquaculture | -
@c Morag Nicolson | His widow
A fish farm worker who drowned when a feed barge capsized in Loch Sorn would have survived if he had been wearing a lifejacket, a sheriff has found.
Ewan Nicolson, 39, died in January 2021 while working for Clearwater Aquaculture.
In his determination following a fatal accident inquiry at Kilbraddan Sheriff Court, Sheriff Alasdair Gunn said the company had "⟦p:a|tolerated a culture⟧" in which lifejackets were routinely left in the barge's wheelhouse.
"⟦d:a|Mr Nicolson was an experienced and careful worker. He was doing what everyone around him did. The responsibility for that culture lay with the company, not with him,⟧" the sheriff wrote.
Clearwater Aquaculture said it had "⟦p:b|fundamentally changed⟧" its safety procedures since 2021. "⟦d:b|We accept the sheriff's findings in full and again offer our deepest sympathies to Ewan's family,⟧" the company said.
His widow, Morag Nicolson, said: "⟦d:c|Ewan went to work and never came home, for the sake of a lifejacket hanging on a hook. I hope nobody else ever gets that phone call.⟧"
### 048
@a Achterberg | the judge
@b Save Hollin Vale | -
@c Patricia Soames | The group's chair
@d Rajiv Malhotra | leader of Eastmarch County Council
Campaigners have lost a High Court challenge to plans for a waste incinerator on the edge of Hollin Vale, after a judge ruled the council had acted lawfully.
Save Hollin Vale had argued that Eastmarch County Council failed to properly assess the plant's effect on air quality at two nearby primary schools.
But Mrs Justice Achterberg said the council's assessment had been “⟦p:a|thorough, if not perfect⟧” and that the group's criticisms amounted to “⟦p:a|a disagreement on planning merits dressed up as a point of law⟧”.
“⟦d:a|It is not the function of this court to decide whether the incinerator is a good idea,⟧” the judge said.
The group's chair, Patricia Soames, said campaigners were “⟦p:c|gutted but not beaten⟧”. “⟦d:c|We will talk to our lawyers about an appeal. Our children will be breathing this air, not the judge's,⟧” she said.
In a post on its website, Save Hollin Vale told supporters: “⟦d:b|This is not the end. Thank you to every one of you who put a fiver in the bucket.⟧”
Rajiv Malhotra, leader of Eastmarch County Council, welcomed the ruling. “⟦d:d|We have always been confident the decision was sound. This facility will keep 200,000 tonnes of rubbish out of landfill every year,⟧” he said.

### 049
@a Sandra Whitcombe | an attorney for the family
@b Halvern Pharmaceuticals | the company
@c - | A juror who asked not to be identified
@d Dwayne Carrington | -
A jury in Marlow County on Friday ordered Halvern Pharmaceuticals to pay $86 million to the family of a 16-year-old who died after taking the company's acne medication, finding that it had failed to warn of the risk of liver damage.
Jurors deliberated for two days before returning the verdict in the wrongful-death lawsuit brought by Dwayne and Tanya Carrington, whose son Elijah died in 2021.
"⟦d:a|This company knew. Its own scientists told it in 2017, and it chose to say nothing,⟧" Sandra Whitcombe, an attorney for the family, said outside the courthouse.
Halvern said it would appeal. "⟦d:b|We sympathize deeply with the Carrington family, but the science does not support the jury's conclusion,⟧" the company said in a statement.
Dwayne Carrington, 49, said the verdict was not about money. "⟦d:d|I'd give back every cent of it for one more ordinary Tuesday with my boy,⟧" he said.
A juror who asked not to be identified said the company's internal emails had been decisive. "⟦d:c|Once we saw those emails, it wasn't really a debate,⟧" she said.

### 050
@a Stacey Pullen | Jilted bride
@b Dean Ockleton | -
@c Jasmine Kaur | prosecuting
@d William Asquith-Bell | Recorder
A JILTED bride told a court how her fiancé vanished with £27,000 of wedding money three days before the big day — leaving her to tell 120 guests the party was off.
Jilted bride Stacey Pullen, 29, said she found out when the venue rang to say the final payment had bounced.
“⟦d:a|I rang Dean and it went straight to voicemail. I rang him forty times. I was still in my dress fitting,⟧” she sobbed at Holtby Crown Court.
“⟦d:a|I had to stand up at my auntie's house and tell everyone there wasn't going to be a wedding.⟧”
Jasmine Kaur, prosecuting, said Dean Ockleton, 33, had blown the cash on a holiday in Tenerife and online gambling. “⟦d:c|While Miss Pullen was ringing round to cancel the flowers, Mr Ockleton was sitting by a pool,⟧” she told the court.
Ockleton, of Ferrier Close, who admitted fraud, wrote in a letter to the court: “⟦d:b|I panicked. I'm not a bad person, I just got in over my head.⟧”
Recorder William Asquith-Bell jailed him for 20 months. “⟦d:d|You may not be a bad person, but you did a very bad thing to someone who loved you,⟧” he said.

### 051
@a Gurpreet Singh Bhullar | -
@b Fiona Tait | Employment Judge
@c Hadley Logistics | -
@d Gary Wenlock | The warehouse manager
A Sikh forklift driver who was sent home for refusing to remove his turban to wear a hard hat was discriminated against, an employment tribunal has ruled.
Gurpreet Singh Bhullar, 41, had worked at Hadley Logistics' distribution centre in Wembury for six years when a new safety policy was introduced in 2023.
"⟦d:a|I offered to wear a turban cover, I offered to work in areas where no hat was needed. They said rules are rules,⟧" Mr Bhullar told the hearing.
The warehouse manager, Gary Wenlock, said he had been following instructions from head office. "⟦d:d|I didn't want to lose Gurpreet. He was one of my best drivers. But I was told there could be no exceptions,⟧" he said.
Employment Judge Fiona Tait found the company had failed to consider "⟦p:b|obvious and readily available alternatives⟧".
"⟦d:b|The respondent's approach was rigid to the point of being unreasonable,⟧" the judge wrote.
Hadley Logistics said: "⟦d:c|We have apologised to Mr Bhullar and updated our policy.⟧"

### 052
@a Abdirahman Warsame | a 31-year-old former teacher
@b Eleanor Pryce-Jones | First-tier Tribunal Judge
@c Gareth Lunn | The Home Office presenting officer
@d Lucía Ferrer | a caseworker at the charity Open Gate
A man held in immigration detention for 14 months has been granted bail after a judge said there was “⟦p:b|no realistic prospect⟧” of his removal within a reasonable time.
Abdirahman Warsame, a 31-year-old former teacher, told the hearing in Eastgate through a Somali interpreter that he had not seen his daughter since he was detained.
“⟦d:a|She was four when they took me. Now she is five. I missed her birthday in a room with no window,⟧” he said.
The Home Office presenting officer, Gareth Lunn, opposed bail, arguing that Mr Warsame had “⟦p:c|a history of absconding⟧”.
“⟦d:c|He failed to report on three occasions in 2022. The Secretary of State has no confidence that he will comply with conditions,⟧” Mr Lunn said.
Mr Warsame said he had missed the appointments because he was in hospital. “⟦d:a|I have the letters from the doctor. I gave them to the officer. Nobody read them.⟧”
Granting bail, First-tier Tribunal Judge Eleanor Pryce-Jones said: “⟦d:b|I have seen the hospital letters. They entirely explain the missed appointments.⟧”
Lucía Ferrer, a caseworker at the charity Open Gate, which supported his application, said: “⟦d:d|Abdirahman should never have been detained in the first place.⟧”

### 053
@a Adaora Nwankwo | Tobi's mother
@b Gemma Lockhart | prosecutor
@c Peter Rawcliffe | Judge
Two teenagers who stabbed 17-year-old Tobi Nwankwo to death in a row over a stolen bike have been jailed for life.
Kieran Shaw, 18, and Mason Tully, 19, were ordered to serve at least 21 and 19 years respectively at Hollowell Crown Court on Friday.
A statement from Tobi's mother, Adaora Nwankwo, was read to the court by prosecutor Gemma Lockhart.
"⟦d:a:m|Tobi was my firstborn. He used to sing in the shower so loudly the neighbours knocked on the wall. Now the house is so quiet I keep the radio on all night.⟧
"⟦d:a:m|I do not sleep. I sit in his room. I have not washed his pillowcase because it still smells of him.⟧
"⟦d:a|You did not just kill my son. You killed the mother I was.⟧"
Ms Lockhart told the court that the attack had been "⟦p:b|over in less than a minute⟧". "⟦d:b|Tobi was chased, cornered and stabbed four times. The bike was worth £60,⟧" she said.
Judge Peter Rawcliffe told the pair: "⟦d:c|You were armed, you were two against one, and you showed no mercy. Tobi's family will live with what you did for the rest of their lives, and so, I hope, will you.⟧"

### 054
@a Saskia Lindgren | the pop singer
@b Anthony Gatward | for the Sunday Clarion
@c Fairbairn | the judge
For most of Tuesday morning, the pop singer Saskia Lindgren sat very still in the witness box of Court 13 and listened to a barrister read her own text messages back to her.
Lindgren, 34, is suing the Sunday Clarion for misuse of private information over a 2022 story it headlined “⟦s:-|Saskia's Secret Heartbreak⟧”, about her treatment at a fertility clinic.
The paper's case is that the information was already in the public domain, or was leaked by people close to her. Anthony Gatward KC, for the Sunday Clarion, put it to her that she had discussed the treatment with “⟦p:b|at least a dozen people⟧”.
“⟦d:a|With my mother, my sister, my doctor and my husband. That's four, not a dozen,⟧” Lindgren said.
“⟦d:b|And your stylist?⟧”
“⟦d:a|My stylist held my hand in a car park once when I was crying. I didn't hand her a press release.⟧”
At one point she described the newspaper's reporters as “⟦p:a|people who go through bins for a living⟧”, prompting a gentle rebuke.
“⟦d:c|Ms Lindgren, I understand this is difficult, but please answer the questions you are asked,⟧” the judge, Mr Justice Fairbairn, said.
“⟦d:a|I'm sorry, my lord,⟧” she said. “⟦d:a|I'm just very tired of being a story.⟧”
The newspaper denies wrongdoing. The trial continues.

### 055
@a Mark Gedling | Lorry driver
@b Nadia Petrović | Assistant coroner
@c Tom Ashdown | chair of campaign group Cycle Safe Aldermoor
@d Joe Merriman | Her partner
A lorry driver who turned left across the path of a cyclist in Aldermoor city centre has told an inquest he "⟦p:a|checked every mirror twice⟧" but never saw her.
Dr Rosa Kettering, 38, a GP, was killed at the junction of Bridge Street and Cole Lane in March 2023.
Lorry driver Mark Gedling, 52, said: "⟦d:a|I've been driving thirty years. I did everything I was trained to do. I will never know how I didn't see her, and I think about it every single day.⟧"
Assistant coroner Nadia Petrović recorded a conclusion that Dr Kettering died as a result of a road traffic collision. She said the lorry's nearside blind spot was "⟦p:b|large enough to hide a cyclist completely⟧" for several seconds.
"⟦d:b|I will be writing to the transport ministry about the design of these vehicles,⟧" she said.
Her partner, Joe Merriman, said: "⟦d:d|Rosa spent her life looking after other people. She deserved to be looked after on her way to work.⟧"
Tom Ashdown, chair of campaign group Cycle Safe Aldermoor, said the junction had been "⟦p:c|a known danger for a decade⟧".

### 056
@a HN41 | The former officer
@b Marcus Ferreira-Lowe | Counsel to the inquiry
@c Joanna Whitlam | one of the women deceived into relationships with undercover officers
@d Clement Aird | The inquiry's chairman
A former undercover police officer has told a public inquiry he was “⟦p:a|never once⟧” told by his superiors that forming sexual relationships with activists he spied on was wrong.
The former officer, known by the cipher HN41, gave evidence from behind a curtain to the Inquiry into Covert Policing Units. He was deployed into animal rights and environmental groups between 1991 and 1996.
Counsel to the inquiry, Marcus Ferreira-Lowe, asked: “⟦d:b|Did anyone ever tell you not to?⟧”
“⟦d:a|Nobody told me to, and nobody told me not to. It was never discussed. Which, looking back, says something,⟧” HN41 said.
“⟦d:b|Says what?⟧”
“⟦d:a|That they didn't want to know.⟧”
Joanna Whitlam, one of the women deceived into relationships with undercover officers, watched the evidence from an overflow room. “⟦d:c|He talks about it as if it was the weather. Something that just happened,⟧” she said afterwards. “⟦d:c|It didn't just happen to me. He did it.⟧”
The inquiry's chairman, Sir Clement Aird, said the question of what managers knew was “⟦p:d|at the heart of this inquiry⟧”.

### 057
@a Adebanjo | -
@b Harriet Venn | Solicitor General
@c Leanne Croft | The victim
The Court of Appeal has increased the jail term of a man who subjected his former partner to a four-hour assault, after ruling that his original sentence was unduly lenient.
Shane Colley, 40, was jailed for three years at Brindley Crown Court in January for causing grievous bodily harm and controlling or coercive behaviour. On Wednesday, three judges increased the sentence to six years and eight months.
Lady Justice Adebanjo said the trial judge had given "⟦p:a|insufficient weight⟧" to the length of the attack and the fact it took place in front of the victim's children.
"⟦d:a|This was prolonged, sadistic violence in the victim's own home. A sentence of three years did not begin to reflect its gravity,⟧" she said.
The case was referred by Solicitor General Harriet Venn, who said afterwards: "⟦d:b|Domestic abusers must understand that the courts will not tolerate this kind of cruelty.⟧"
The victim, Leanne Croft, 36, who waived her right to anonymity, said: "⟦d:c|When I heard three years, I felt like the court was saying what he did to me wasn't that bad. Today it feels like someone finally believed me.⟧"

### 058
@a Janet Torrance-Hughes | Commissioner
@b Adrian Kostopoulos | Counsel assisting
@c Ben | -
@d Ardbeg Children's Trust | -
A man who was sent to a church-run boys' home at the age of nine has told a royal commission he was beaten “⟦p:c|for wetting the bed, for crying, for asking for my mum⟧”.
The man, who gave evidence under the pseudonym “⟦s:-|Ben⟧”, is now 67. He lived at Kinross House in Port Agnes between 1966 and 1973.
“⟦d:c|You learned very quickly not to cry, because crying got you another one,⟧” Ben said.
Counsel assisting Adrian Kostopoulos asked: “⟦d:b|Was there any adult you felt you could go to?⟧”
“⟦d:c|There was a cook, Mrs Dwyer. She used to give me an extra slice of bread. But I never told her. Who would she tell?⟧”
Commissioner Janet Torrance-Hughes thanked him for his evidence. “⟦d:a|What you have told us today will form part of the permanent record of this commission. It will not be forgotten,⟧” she said.
In a statement, the Ardbeg Children's Trust, which ran the home until 1985, said it “⟦p:d|unreservedly apologises⟧” to former residents.

### 059
@a Rachel Okoye | Animal Welfare League inspector
@b Colin Fairweather | District Judge
@c Lee Broadbent | -
@d Nia Hughes | mitigating
A Brookfield man who left two dogs to starve in a locked shed has been banned from keeping animals for life.
Lee Broadbent, 45, of Mill Lane, admitted two offences of causing unnecessary suffering when he appeared before Wrexley Magistrates' Court.
Animal Welfare League inspector Rachel Okoye said both dogs were "⟦p:a|little more than skin and bone⟧" when they were found in August. "⟦d:a|In fifteen years I have rarely seen animals in such a pitiful state. One of them could not stand,⟧" she said in a statement read to the court.
Nia Hughes, mitigating, said Broadbent had been "⟦p:d|in the grip of a severe depression⟧" after losing his job.
Broadbent told the court: "⟦d:c|I loved those dogs. I just stopped being able to look after anything, including myself.⟧"
District Judge Colin Fairweather said: "⟦d:b|I accept you were unwell. But you could have picked up the phone to anyone, and you chose not to.⟧"
Both dogs have recovered and been rehomed.

### 060
@a Frank DeLuca | former Mayor
@b Colleen Brandt | U.S. Attorney
@c Anthony Ruggieri | DeLuca's lawyer
@d - | a retired schoolteacher who declined to give her name
@e - | one reporter
RIVERPORT, Oct. 17 -- A federal jury on Tuesday convicted former Mayor Frank DeLuca of taking more than $600,000 in bribes from contractors who sought city work, ending a seven-week trial that gripped this former mill town.
DeLuca, 63, showed no emotion as the verdicts were read. Outside the courthouse he told reporters: ``⟦d:a|I'm disappointed, obviously. I still say I never sold this city one inch.⟧''
As he climbed into a waiting car, one reporter called out: ``⟦d:e|Will you resign from the party?⟧'' DeLuca did not answer.
U.S. Attorney Colleen Brandt called the verdict ``⟦p:b|a message to every public official in this district⟧''.
``⟦d:b|The people of Riverport deserved a mayor who worked for them. Instead they had one who worked for the highest bidder,⟧'' she said.
DeLuca's lawyer, Anthony Ruggieri, said he would appeal. ``⟦d:c|The government's case was built on the word of three admitted criminals who were paid for their testimony with their freedom,⟧'' he said.
One juror, a retired schoolteacher who declined to give her name, said the panel had listened to the secretly recorded tapes ``⟦p:d|over and over⟧''.
``⟦d:d|When you hear a man count the money out loud, it's hard to argue with that,⟧'' she said.

### 061
@a Marie-Josée Thibodeau | Superior Court Justice
@b Étienne Gagnon-Roy | the owner of Déneigement Boréal
@c Isabelle Tremblay-Ngo | Crown prosecutor
VAL-DES-CÔTES — A snow-removal contractor pleaded guilty Tuesday to rigging bids on municipal contracts worth $38 million, telling a judge he had been «⟦p:b|part of a system, not its architect⟧».
Étienne Gagnon-Roy, 58, the owner of Déneigement Boréal, admitted to fraud and conspiracy charges covering contracts in three municipalities between 2009 and 2021.
«⟦d:b|Je ne cherche pas d'excuses⟧», Gagnon-Roy told Superior Court Justice Marie-Josée Thibodeau in French. «⟦d:b|I am not looking for excuses.⟧»
Crown prosecutor Isabelle Tremblay-Ngo said the scheme had cost taxpayers «⟦p:c|tens of millions of dollars over more than a decade⟧».
«⟦d:c|Every winter, residents paid more to have their streets cleared than they should have, and every winter, these men divided the territory among themselves like a pie,⟧» she said.
Thibodeau accepted a joint sentencing recommendation of four years. «⟦d:a|The guilty plea spares the community a long and costly trial, and the court gives it real weight,⟧» she said.

### 062
@a Okonedo | the judge
@b Jade Pilkington | Juror
@c - | A spokesman for the Attorney General's office
A JUROR who looked up a defendant online during an assault trial and told fellow jurors he had "⟦p:b|form⟧" has been jailed for four months.
Juror Jade Pilkington, 27, from Harrowby, searched for the defendant's name on her phone on the second night of the trial at Brackenfield Crown Court, the High Court heard.
She told two other jurors the next morning: "⟦d:b|I've looked him up. He's done this before. He's got form.⟧"
The trial collapsed and had to be restarted at a cost of £80,000.
Jailing her, Mr Justice Okonedo said: "⟦d:a|Jurors swear an oath to try the case on the evidence they hear in court, and nothing else. Ms Pilkington broke that oath, knowingly and deliberately.⟧"
"⟦d:a|The complainant in that trial had to give her evidence twice. That is the real cost of what this juror did,⟧" the judge added.
A tearful Pilkington told the court: "⟦d:b|I'm so sorry. I was curious. I didn't think it would do any harm.⟧"
A spokesman for the Attorney General's office said: "⟦d:c|Jurors must not research their cases online. Those who do will be prosecuted.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh151.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh151",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
