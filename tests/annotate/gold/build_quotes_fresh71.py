# ruff: noqa: E501
"""Build ``quotes_fresh71.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families (with statements read to court), inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration and
property tribunals, a court martial and a commission of inquiry, written as wire,
broadsheet, local-paper, tabloid, magazine, broadcaster and live-blog court copy
from several jurisdictions.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh71-NNN``.

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
  it (``The oldest of the defendants, Margaret Oyelowo, a retired GP``): the appositive
  is the description, even when it comes a sentence or two after a first mention with
  a title only (``Judge Tendai Marufu`` … ``Marufu, a former legal aid solicitor who
  …``). A title or relational phrase before the name alone (``Prosecutor Sunita
  Lall``, ``His solicitor, Lorna Bright``, ``counsel to the inquiry, Jonathan
  Mbeki-Harrow KC``) is the description. Where two titles are stacked before a name
  (``Commission chairperson Judge Solomon Mahlangu``, ``Evidence leader Advocate
  Thandeka Mokoena``) the outer one, the person's role in the proceedings, is taken.
* Judicial and official styles are role titles like ``Judge``: ``District Judge``,
  ``Recorder``, ``Sheriff``, ``Senior Coroner``, ``Employment Judge``, ``Judge
  Advocate``, ``Mr Justice``, ``Mrs Justice``, ``Lady Justice``, ``Justice``, ``PC``,
  ``Garda Sergeant``, ``Detective Chief Inspector``, ``Councillor``. With ``Mr/Mrs/Lady
  Justice`` only the surname is usually written, and that surname is the speaker.
  ``KC``, ``SC``, ``Sir``, ``Dame``, ``Dr``, ``Professor``, ``Maître``, ``Advocate`` and
  the kinship honorific ``Uncle`` are courtesy styles: never part of the name, never the
  description.
* A person whose first mention is a descriptive noun phrase rather than an appositive
  (typically the lede: ``A delivery driver told a murder trial …``, ``A coroner has
  said …``, ``a pensioner's windscreen``; or the body: ``had told a prison officer``)
  has that first noun phrase as description, whether or not they are named later, and
  without any relative or participial clause that follows it (``A paramedic who was
  headbutted …`` → ``A paramedic``; ``a 22-year-old man who was found hanged`` → ``a
  22-year-old man``). Appositives keep their restrictive clause, as in the conventions.
* Court-report role tags that are not noun phrases (``prosecuting``, ``defending``,
  ``for Fitch``, ``for the prosecution``, ``cross-examining``, ``appearing for the
  petitioner``) are not descriptions; noun phrases such as ``Counsel for Kinsella`` or
  ``Trethewey's barrister`` are.
* Victim personal statements, letters and prepared statements read aloud by someone
  else (a prosecutor, a police officer, a relative, a barrister) belong to their
  author. A family named as such (``the Okonkwo family``) is the speaker like an
  organisation; two people named together as the authors of one statement (``Inês and
  Gordon Ferreira-Lowe``) are the speaker as written.
* A named court, tribunal, agency or company that is the grammatical speaker (``the
  Court of Appeal ruled``, ``the tribunal said`` after ``The First-tier Tribunal …``,
  ``The Border Agency said``) is the speaker. An unnamed collective (``A jury at an
  inquest``, ``the bench``) has a null speaker and the phrase at its first cue as
  description.
* Ciphers and designations used by a court in place of a name (``KM``, ``W17``,
  ``Youth A``) are names. Complainants and young defendants who cannot be named have a
  null speaker and their description.
* Words that the reporter says someone else said, quoted as a fragment inside the
  reporter's sentence (``a partner described her as “too emotional …”``, ``he was told
  he would be “removed within a week”``, ``posts branding her a “fake”``), are
  ``partial`` with the person who said or wrote them as speaker.
* Text messages, emails and diary entries quoted in evidence belong to their author;
  a diary entry recording what a witness said (``records you saying, and I quote``)
  belongs to the witness.
* In a printed cross-examination (alternating quote-only paragraphs) each turn belongs
  to the person whose turn it is. A shout from the public gallery by someone not
  identified at all (``a shout of “About time”``, ``a voice from the public benches
  shouted``) is ``direct`` with speaker and description null.
* Fragments quoted from an unidentified report or review are ``partial`` with a null
  speaker and the document's description; a fragment of testimony by someone first
  described and later named (``a fire investigator who told the jury …`` … ``The
  investigator, Lawrence Pettigrew``) belongs to that person.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh71.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh71.jsonl")

PASSAGES = """
### 001
@a Callum Reddish | A delivery driver
@b Imogen Strathairn | -
@c Adaeze Nwosu | prosecutor
@d Dorian Fitch | -
HALSBURY, England, March 4 — A delivery driver told a murder trial on Tuesday that he saw a man in a grey hooded top “⟦p:a|stamping⟧” on a figure lying in the road outside a takeaway in the early hours of New Year's Day.
Callum Reddish, 29, was giving evidence for the prosecution at Halsbury Crown Court, where Dorian Fitch, 41, denies murdering Shaun Appleyard, 37, a father of two.
“⟦d:a|I heard a shout first, then I saw him going at it with his feet. The other fella wasn't moving,⟧” Reddish told the jury.
Asked by prosecutor Adaeze Nwosu KC what he did next, he said: “⟦d:a|I rang 999 and I kept my headlights on him. I didn't want to get out of the van, to be honest.⟧”
“⟦d:c|Could you see his face?⟧” Nwosu asked.
“⟦d:a|Not really. The hood was up.⟧”
Under cross-examination by Imogen Strathairn KC, for Fitch, Reddish accepted that he had been about 40 metres away and that the street lighting was “⟦p:a|not brilliant⟧”.
“⟦d:b|You can't say who that man was, can you?⟧” Strathairn asked.
“⟦d:a|No. I can say what he was wearing.⟧”
“⟦d:b|Grey hoodies are not exactly rare in Halsbury on a Saturday night, Mr Reddish.⟧”
“⟦d:a|I suppose not,⟧” the witness replied.
Fitch, of Coldharbour Road, told police in interview that he had been “⟦p:d|nowhere near⟧” the takeaway that night. The trial continues.

### 002
@a Gwilym Prothero | Chairman of the bench
@b Lorna Bright | His solicitor
@c Terence Mawby | a retired headteacher
@d Sunita Lall | Prosecutor
Terence Mawby, 68, of Orchard Close, Little Brancaster, has been banned from driving for 20 months after crashing into a bus shelter while more than twice the legal alcohol limit.
Mawby, a retired headteacher, pleaded guilty at Westfold Magistrates' Court to drink-driving on January 12.
Prosecutor Sunita Lall said a passer-by found him sitting in his Volvo with the engine still running and the shelter's glass panels "⟦p:d|in pieces all over the pavement⟧".
"⟦d:d|He told the witness he had 'only had a couple of sherries at the club',⟧" she said. "⟦d:d|A breath test later showed 79 microgrammes of alcohol in 100 millilitres of breath. The legal limit is 35.⟧"
His solicitor, Lorna Bright, said her client was "⟦p:b|mortified⟧".
"⟦d:b|He has driven for fifty years without so much as a parking ticket,⟧" Mrs Bright said. "⟦d:b|He has written to the parish council to apologise and he has paid for the shelter to be repaired out of his own pocket.⟧"
Mawby, who stood with his hands clasped in front of him throughout the hearing, told the bench: "⟦d:c|I'm deeply ashamed. It won't happen again.⟧"
Chairman of the bench Gwilym Prothero said: "⟦d:a|You are fortunate nobody was waiting for a bus. Had they been, we would be having a very different conversation.⟧"
Mawby was also fined £1,150 and ordered to pay £85 costs and a £460 victim surcharge.

### 003
@a Leonie Baptiste | Judge
@b Marcus Quill | A SILVER-tongued conman
@c Denise Harrower | Patricia's daughter
@d Action for Older Savers | Campaign group
LOVE RAT CONMAN CAGED
A SILVER-tongued conman has been jailed for seven years after fleecing lonely widows out of £212,000 by posing as a wealthy yacht broker.
Marcus Quill, 47 – dubbed the “⟦s:-|Marina Romeo⟧” by his victims – met women on dating sites and showered them with flowers and promises of a new life in the sun.
But Bristow Crown Court heard the yacht did not exist, and nor did the villa in the Algarve he said they would share.
Jailing him, Judge Leonie Baptiste said: “⟦d:a|You targeted women who were grieving and alone. You studied them. You found out what they wanted to hear and then you said it.⟧”
“⟦d:a|The financial loss is grave. The emotional harm is, if anything, worse.⟧”
Quill, of no fixed address, shouted “⟦d:b|I loved every one of them⟧” as he was led down to the cells.
Outside court, Patricia's daughter, Denise Harrower, said her 74-year-old mum had lost her life savings.
“⟦d:c|She hasn't been the same since,⟧” the 52-year-old said. “⟦d:c|She used to go dancing twice a week. Now she won't answer the door.⟧”
“⟦d:c|Seven years? He'll be out in three and a half and back on the apps by Christmas.⟧”
Campaign group Action for Older Savers said the case showed “⟦p:d|how ruthless romance fraud has become⟧”.

### 004
@a Gillian Sowerby | The former head of midwifery at Marrowby General Hospital
@b Rashida Kanji | counsel to the inquiry
@c Obinna Eze | -
@d Ewan Tolland | The inquiry chairman
The former head of midwifery at Marrowby General Hospital has told a public inquiry she "⟦p:a|did not see⟧" warnings about staffing levels that were emailed to her on at least four occasions in 2019.
Gillian Sowerby, who ran the hospital's maternity unit for six years, was questioned for most of Wednesday by Rashida Kanji KC, counsel to the inquiry.
"⟦d:b|These emails were addressed to you by name. They were marked urgent. One of them had the subject line 'We are not safe tonight'. How is it that you did not see them?⟧" Ms Kanji asked.
"⟦d:a|I was receiving two or three hundred emails a day,⟧" Mrs Sowerby replied. "⟦d:a|I'm not saying that's an excuse. I'm saying that's what it was like.⟧"
"⟦d:b|Did you have anyone to help you manage that?⟧"
"⟦d:a|No. I asked for an administrator in 2018 and was told there was no budget.⟧"
Ms Kanji then showed the inquiry a rota from March 2019 recording two midwives covering a ward of 31 women. Mrs Sowerby said she had "⟦p:a|no memory⟧" of that night but accepted it was "⟦p:a|not a safe level⟧".
Obinna Eze, who represents 41 bereaved families, asked whether she had ever told the trust board in terms that the unit was unsafe.
"⟦d:a|Not in those words,⟧" she said.
"⟦d:c|In any words?⟧"
There was a long pause. "⟦d:a|I should have,⟧" she said.
The inquiry chairman, Dr Ewan Tolland, thanked Mrs Sowerby and said: "⟦d:d|I'm conscious this has been a very long day for you, and for the families sitting behind you.⟧"
The inquiry resumes on Monday.

### 005
@a Philippa Anstruther | the coroner
@b Keith Bannerman | The lorry's driver
@c Ryan Okafor | a forensic collision investigator
@d Inês and Gordon Ferreira-Lowe | Tomás's parents
@e Kelham City Council | -
An inquest has concluded that a cyclist killed by a turning lorry in Kelham city centre died as a result of a road traffic collision, with the coroner warning that the junction remains “⟦p:a|a clear and present danger⟧”.
Tomás Ferreira-Lowe, 26, a junior architect, was struck at the junction of Cable Street and Priory Way on his way to work on 9 August last year.
The lorry's driver, Keith Bannerman, told the inquest at Kelham Coroner's Court that he had checked his mirrors before turning left. “⟦d:b|I looked, I looked again, and there was nothing there,⟧” he said. “⟦d:b|I will never understand it. I think about him every day.⟧”
PC Ryan Okafor, a forensic collision investigator, said the cyclist would have been in the lorry's blind spot for “⟦p:c|around two and a half seconds⟧” before impact.
“⟦d:c|It's a junction where the design puts cyclists exactly where a large vehicle cannot see them,⟧” he said.
Recording her conclusion, Senior Coroner Philippa Anstruther said she would be writing to the city council.
“⟦d:a|I have heard that four collisions of this type have occurred here in five years,⟧” she said. “⟦d:a|That is not bad luck. That is a pattern.⟧”
In a statement, Tomás's parents, Inês and Gordon Ferreira-Lowe, said: “⟦d:d|Tomás was kind, funny and completely infuriating about football. We don't want another family to get the phone call we got.⟧”
Kelham City Council said it was “⟦p:e|reviewing the coroner's findings carefully⟧”.

### 006
@a Hamish Dalgarno | Employment Judge
@b Craig Pennock | operations manager
@c Anjali Desai | Ms Kiely's barrister
@d Bernadette Kiely | a warehouse picker with Crohn's disease
@e Parcelwise | -
An online retailer unfairly sacked a warehouse picker with Crohn's disease for spending too long in the toilet, an employment tribunal has ruled.
Bernadette Kiely, 44, was dismissed by Parcelwise from its depot in Strand Lane, Dunmere, in 2023 after a productivity system flagged her "⟦s:-|idle time⟧" as the highest on her shift.
The tribunal in Exbridge heard that Ms Kiely had told her team leader about her condition when she started the job. Employment Judge Hamish Dalgarno said in a written judgment that the company had "⟦p:a|simply ignored⟧" what it had been told.
"⟦d:a|The respondent's managers treated a number on a screen as if it were the whole truth about a person,⟧" he wrote. "⟦d:a|It was not.⟧"
In evidence, operations manager Craig Pennock accepted that he had not read Ms Kiely's occupational health report before the disciplinary hearing.
Asked by Ms Kiely's barrister, Anjali Desai, why not, he said: "⟦d:b|It wasn't flagged to me. I had forty-odd cases that month.⟧"
"⟦d:c|So a woman lost her job because you were busy?⟧" Ms Desai asked.
"⟦d:b|That's not how I'd put it,⟧" Mr Pennock said.
Speaking after the ruling, Ms Kiely said: "⟦d:d|I was made to feel like a criminal for having a bowel disease. I hope nobody else on that floor has to go through what I did.⟧"
Parcelwise said it was "⟦p:e|disappointed⟧" with the decision and was "⟦p:e|considering the judgment carefully⟧".
A remedy hearing will be held in June.

### 007
@a KM | An asylum seeker
@b Kenneth Ashdown | the presenting officer for the Border Agency
@c Rosalind Achebe-Grant | the judge
@d Farhan Siddiqui | his solicitor
An asylum seeker told an immigration tribunal on Thursday that he had «⟦p:a|nowhere left to hide⟧» in his home country, the Republic of Vesmar.
The appellant, identified in proceedings only as KM, gave evidence through a Lingala interpreter and described being held for eleven days at a police post outside the capital. «⟦d:a|They asked me every night where my brother was. Every night I said I did not know, and every night they beat me,⟧» he said.
At one point he turned away from the interpreter and addressed the judge directly in French. «⟦d:a|Je n'ai rien fait, madame⟧», he said – «⟦d:a|I have done nothing, madam⟧».
Kenneth Ashdown, the presenting officer for the Border Agency, put it to him that his account had changed between his screening interview and his substantive asylum interview. «⟦d:b|In the first interview you said eleven days. In the second you said two weeks. Which is it?⟧»
«⟦d:a|I was in the dark. There was no calendar,⟧» KM replied.
Upper Tribunal Judge Rosalind Achebe-Grant reserved her decision. «⟦d:c|I want to make it clear that nothing should be read into the time I take over this,⟧» she told the hearing. «⟦d:c|It is a serious case and it will get serious consideration.⟧»
Outside, his solicitor, Farhan Siddiqui, said his client was «⟦p:d|exhausted but hopeful⟧».

### 008
@a Pemberton-Oduya | Lady Justice
@b Winston Adebayo-Clarke | -
@c Yvonne Adebayo-Clarke | His sister
@d Criminal Cases Review Commission | -
@e Anders | Carol Lindqvist's brother
@f - | A Crown Prosecution Service spokesperson
LONDON (Allied Press) — Three senior judges on Friday quashed the murder conviction of Winston Adebayo-Clarke, who has spent 17 years in prison, ruling that fresh DNA evidence had made the verdict unsafe.
“⟦d:a|The jury did not hear evidence which, had they heard it, might reasonably have led them to a different verdict,⟧” Lady Justice Pemberton-Oduya said, giving the judgment of the court. She described the new evidence as “⟦p:a|of the first importance⟧”. “⟦d:a|In those circumstances the conviction cannot stand.⟧”
Adebayo-Clarke, now 58, followed the hearing by video link from HMP Wexcombe and closed his eyes as the ruling was read.
Outside the Royal Courts of Justice, his sister, Yvonne Adebayo-Clarke, read a statement on his behalf. “⟦d:b|For seventeen years I have said the same thing to anyone who would listen: I did not kill Carol Lindqvist. Today, at last, somebody listened.⟧”
Then, speaking for herself, she added: “⟦d:c|Mum didn't live to see this. I wish to God she had.⟧”
The Criminal Cases Review Commission, which referred the case, said it was “⟦p:d|pleased the court has recognised the significance of the new evidence⟧”.
Carol Lindqvist's brother, Anders, said: “⟦d:e|We were told for seventeen years that we had justice. Now we're told we didn't. I don't know what we're supposed to feel.⟧”
Prosecutors have 28 days to decide whether to seek a retrial. A Crown Prosecution Service spokesperson said: “⟦d:f|We will now carefully consider the court's judgment.⟧”

### 009
@a Leah Montgomery-Ochieng | A paramedic
@b Tobias Penhale | Recorder
@c Stefan Ilić | Pike's barrister
@d South Western Ambulance Trust | -
A paramedic who was headbutted while treating a patient in Ashcombe says she has thought about quitting the job she loves.
Leah Montgomery-Ochieng, 31, was attending a call in Fenner Street last November when Jordan Pike, 24, lunged at her from a sofa. Pike was jailed for 14 months at Ashcombe Crown Court on Monday after admitting assaulting an emergency worker.
In a victim personal statement read to the court, Ms Montgomery-Ochieng said: "⟦d:a:m|I have been a paramedic for nine years and I have never been frightened of a patient before. Now I check every doorway before I walk through it.⟧
"⟦d:a|My daughter asks me every morning if I'm going to get hurt at work. I don't know what to tell her.⟧"
Recorder Tobias Penhale told Pike: "⟦d:b|Emergency workers go into people's homes at the worst moments of their lives in order to help them. They are entitled to do so without being assaulted.⟧"
Pike's barrister, Stefan Ilić, said his client had been "⟦p:c|in the grip of a mental health crisis⟧" and had "⟦p:c|no memory⟧" of the assault.
Speaking to Wessex Today after the hearing, Ms Montgomery-Ochieng said: "⟦d:a|I'm glad he's been held to account. I still love this job. I just want to be able to do it safely.⟧"
The South Western Ambulance Trust said: "⟦d:d|Violence against our staff is never acceptable and we will always support prosecutions.⟧"

### 010
@a Harriet Oduya | a 48-year-old pharmacy manager
@b Bronwen Tudor-Hale | -
@c Saoirse Keaveney | a clinical psychologist who has studied juror stress
When Harriet Oduya was summoned for jury service in 2021, she assumed she would be home by lunchtime most days. Instead she spent eleven weeks on a child cruelty trial that still, she says, “⟦p:a|sits in the back of my head like a stone⟧”.
“⟦d:a:m|You're told not to talk about it, which is right. But nobody tells you what to do with it. You go home, you put the tea on, and you've spent the day looking at photographs you can't describe to anyone.⟧
“⟦d:a:m|I stopped sleeping properly around week four. My husband thought I was having an affair, honestly, because I'd sit in the car on the drive for half an hour before I came in.⟧
“⟦d:a|I wasn't. I was just trying to leave it in the car.⟧”
Oduya, a 48-year-old pharmacy manager, is one of several former jurors who spoke to “⟦s:-|Meridian⟧” for this piece. Another, Bronwen Tudor-Hale, served on a fraud trial in Cardenham that ran for five months, and remembers it more fondly.
“⟦d:b|We became a family, really. There's a WhatsApp group. We still meet for a curry every March,⟧” she said. “⟦d:b|But I think that's because ours was about money. Nobody died.⟧”
Dr Saoirse Keaveney, a clinical psychologist who has studied juror stress, says the system is “⟦p:c|decades behind⟧” other professions that handle traumatic material.
“⟦d:c|We give police officers and content moderators debriefs and counselling. We give jurors a leaflet and a travel claim form,⟧” she said.
When I asked Oduya whether she would ever serve again, she laughed. “⟦d:a|Ask me in ten years.⟧”

### 011
@a Aurelio Benvenuti-Rask | A former Marnesian transport minister
@b Katarina Vuletić | Presiding judge
@c Emil Draganov | Prosecutor
@d Mirela Kostadin | Benvenuti-Rask's lawyer
PORT SALVANY, Marnesia (Continental Wire) — A former Marnesian transport minister accused of taking €4.3m in bribes from a road-building consortium told judges on Monday that the payments were «⟦p:a|consultancy fees, properly invoiced⟧».
Aurelio Benvenuti-Rask, 63, who served in the government of prime minister Lidia Horvat from 2014 to 2019, is on trial before a three-judge panel at the Port Salvany criminal court alongside four businessmen.
Speaking in Marnesian through a court interpreter, he said: «⟦d:a|I have never in my life accepted money to change a decision. Not one euro. Not one cent.⟧»
Presiding judge Katarina Vuletić asked him why the invoices had been addressed to a company registered in his brother-in-law's name. «⟦d:b|Can you explain to the court why a consultancy with no employees required a payment of 1.1 million euros?⟧»
«⟦d:a|The work was done by specialists. My brother-in-law arranged them. I did not involve myself in the details,⟧» he replied.
Prosecutor Emil Draganov told reporters during a recess that the defence was «⟦p:c|a fairy tale with a letterhead⟧».
«⟦d:c|We will show the court the emails. We will show who wrote them and when,⟧» he said.
Dozens of protesters gathered outside the courthouse with banners reading «⟦s:-|Give back what you stole⟧». Some chanted «⟦s:-|Prison, not pension⟧» as the defendants arrived.
Benvenuti-Rask's lawyer, Mirela Kostadin, said her client was the victim of a «⟦p:d|political prosecution⟧» timed to damage his party before elections in the autumn.

### 012
@b Rhodri Llewellyn-Hope | his son
@c Moira Galbraith | Health and Safety Executive inspector
@d Dafydd Rees | Assistant Coroner
A 61-year-old farmer died after being crushed by a telehandler that had been left with a faulty handbrake, an inquest has heard.
Geraint Llewellyn-Hope was found by his son, Rhodri, in a yard at Pen-y-Waun Farm, near Llanfarren, on 3 May last year.
Rhodri Llewellyn-Hope told the inquest in Carvon that his father had been "⟦p:b|talking about getting that brake looked at for weeks⟧".
"⟦d:b|He was always going to do it after lambing, after shearing, after something,⟧" he said, his voice breaking. "⟦d:b|That was Dad. The animals came first and the machines came last.⟧"
Health and Safety Executive inspector Moira Galbraith said the machine's parking brake was "⟦p:c|worn well beyond any safe tolerance⟧".
"⟦d:c|A telehandler on a slope with a brake in that state is, I'm afraid, only a matter of time,⟧" she said. "⟦d:c|We see far too many of these deaths in agriculture, and almost all of them are preventable.⟧"
Assistant Coroner Dafydd Rees asked her whether farmers were aware of the risks. "⟦d:d|Is this a knowledge problem or a time problem?⟧"
"⟦d:c|Mostly time, sir. And money,⟧" Ms Galbraith replied.
Recording a conclusion of accidental death, Mr Rees described Mr Llewellyn-Hope as "⟦p:d|a well-loved and hard-working man⟧" and offered his condolences to the family.

### 013
@a Ravi Chandrasekhar | TELLY chef
@b Piers Ashworth-Gale | his lawyer
@c Helen Mwangi | District Judge
@d - | A source close to the chef
TV CHEF'S BAN BLOW
TELLY chef Ravi Chandrasekhar has been banned from driving for six months after he was clocked doing 98mph on the Fairleigh bypass.
The “⟦s:-|Kitchen Knockout⟧” judge, 45, did not attend Sunbury Magistrates' Court, but his lawyer, Piers Ashworth-Gale, told the bench a ban would cause “⟦p:b|exceptional hardship⟧” because the star needs his Range Rover to get to filming.
“⟦d:b|Mr Chandrasekhar employs eleven people in his restaurants. If he cannot drive, their livelihoods are at risk,⟧” he said.
But District Judge Helen Mwangi was having none of it.
“⟦d:c|Mr Chandrasekhar is, I am told, a man of considerable means. He can afford a driver,⟧” she said. “⟦d:c|Exceptional hardship is not the same thing as inconvenience.⟧”
The chef, who already had nine points on his licence, was also fined £2,400.
A source close to the chef told us: “⟦d:d|He's gutted, but he knows he was in the wrong. He'll be getting the train for a while.⟧”
Chandrasekhar later posted on Instagram: “⟦d:a|Held my hands up. Slowed down. Lesson learned. See you on the 7.42 to Paddington x⟧”.

### 014
@a Lionel Featherstone-Amis | Former environment minister
@b Jonathan Mbeki-Harrow | counsel to the inquiry
@c Oluwaseun Greaves | The inquiry chair
@d Maureen Tallis | -
Former environment minister Sir Lionel Featherstone-Amis has told a public inquiry he “⟦p:a|never saw⟧” a report warning that flood defences in the Ebble valley were at risk of failure.
The inquiry into the Ebbleford floods of November 2022, in which nine people died, is examining why a £40m upgrade of the town's river walls was postponed twice.
Under questioning from counsel to the inquiry, Jonathan Mbeki-Harrow KC, Sir Lionel said the report had been “⟦p:a|handled at official level⟧”.
“⟦d:b|The report was sent to your private office on the 14th of March 2021. It was logged. It was marked for your attention. Are you telling the inquiry it never reached your desk?⟧” Mr Mbeki-Harrow asked.
“⟦d:a|I am telling the inquiry I have no recollection of it, and having looked at my diary and my red boxes for that period, I can find no trace of it,⟧” Sir Lionel replied.
“⟦d:b|Would you have read it, if it had?⟧”
“⟦d:a|Of course. I read everything I was given. Ask my wife.⟧”
The remark drew audible groans from the public gallery, where relatives of several of those who died were sitting. The inquiry chair, Dame Oluwaseun Greaves, intervened.
“⟦d:c|I'd ask everyone to bear in mind that this is a place for evidence and not for reactions, however strongly people may feel,⟧” she said.
Outside, Maureen Tallis, whose husband drowned in his car on Mill Lane, said: “⟦d:d|‘Ask my wife.’ That's what he said. I'd ask my husband, if I could.⟧”

### 015
@m - | the girl's mother
@o Oksana Melnyk | Prosecutor
@h Tariq Hussein | -
@j Caroline Esterhuizen | Judge
A dog owner whose American bulldog mauled a seven-year-old girl in a Sandmere park has been jailed for two years.
Kyle Brannigan, 33, of Tennyson Walk, pleaded guilty to being the owner of a dog dangerously out of control causing injury. Prosecutor Oksana Melnyk said the girl needed "⟦p:o|more than 60 stitches⟧" to her arm and face.
Ms Melnyk read a statement from the girl's mother, who cannot be named to protect her daughter's identity.
"⟦d:m:m|I heard the screaming before I saw anything. By the time I got to her, he had her by the arm and he would not let go.⟧
"⟦d:m:m|She has had three operations. She asks me why the dog was angry with her. I don't have an answer.⟧
"⟦d:m|She used to love that park. Now she won't walk past it.⟧"
The court heard Brannigan had been warned twice by the council's dog warden after complaints from neighbours. Defending, Tariq Hussein said his client was "⟦p:h|utterly devastated⟧" and had handed the dog over to be destroyed the same day.
"⟦d:h|He has written a letter to the family which he knows they may never read,⟧" Mr Hussein said.
Judge Caroline Esterhuizen told Brannigan: "⟦d:j|You were warned, and warned again. You chose to do nothing. A little girl has paid the price for your complacency.⟧"

### 016
@a Niamh Cassidy-Boateng | A former senior associate at a City law firm
@b Graham Lyle-Ferris | a partner
@c Sophie Ravenscroft | the firm's barrister
@d Josephine Achterberg | The firm's head of people
A former senior associate at a City law firm has told an employment tribunal that a partner described her as “⟦p:b|too emotional to be client-facing⟧” weeks after she returned from maternity leave.
Niamh Cassidy-Boateng, 38, is suing Harrow Lyle LLP for sex discrimination, victimisation and constructive unfair dismissal. The firm denies all the claims.
Giving evidence at the central London employment tribunal, she said: “⟦d:a|I had billed more hours than anyone in the team the year before I went on leave. When I came back, I was taken off every matter I'd been running. Nobody told me why.⟧”
The partner, Graham Lyle-Ferris, denied making the remark. “⟦d:b|I have never used that phrase about anyone, and I certainly would not have used it about Niamh, whom I regarded as extremely able,⟧” he said in his witness statement.
Cross-examining Ms Cassidy-Boateng, the firm's barrister, Sophie Ravenscroft, suggested her workload had been reduced “⟦p:c|as a kindness⟧” to ease her return.
“⟦d:c|Isn't it right that you yourself asked for a lighter caseload in your return-to-work meeting?⟧” Ms Ravenscroft asked.
“⟦d:a|I asked for flexibility on hours. I didn't ask to be erased,⟧” Ms Cassidy-Boateng replied.
“⟦d:c|Erased is a strong word.⟧”
“⟦d:a|It's the right one.⟧”
The firm's head of people, Josephine Achterberg, told the tribunal Harrow Lyle had “⟦p:d|a strong record on supporting parents⟧” but accepted that the return-to-work meeting had not been minuted. “⟦d:d|That was a failing, and we've since changed our process,⟧” she said.
The hearing, before Employment Judge Kwabena Asante, is listed for eight days.

### 017
@j - | A jury at an inquest
@r Reece Adeyinka-Moss | a 22-year-old man
@h Dean Halloran | a prison officer
@c Claudette Adeyinka | Reece's mother
@p Prison Service | -
A jury at an inquest has found that failures by staff at HMP Brackenfield "⟦p:j|probably contributed⟧" to the death of a 22-year-old man who was found hanged in his cell.
Reece Adeyinka-Moss had told a prison officer the day before he died that he was "⟦p:r|not going to be here much longer⟧", the inquest at Northallerby heard.
Officer Dean Halloran said he had passed the remark on to a supervisor. "⟦d:h|I wrote it on a scrap of paper and handed it over at the end of my shift. I don't know what happened to it after that,⟧" he said.
In its narrative conclusion, the jury said the failure to open a suicide prevention plan was "⟦p:j|a missed opportunity⟧" and that observation checks on the night were "⟦p:j|inadequate and in some cases not carried out at all⟧".
Reece's mother, Claudette Adeyinka, said outside the hearing: "⟦d:c|My son asked for help. He said it out loud to a man in a uniform and nobody did anything. I want somebody to explain to me how that happens.⟧"
The Prison Service said: "⟦d:p|Our thoughts remain with Reece's family. We will consider the jury's findings carefully and have already introduced new training on the handling of risk information.⟧"

### 018
@a Amara Ashworth-Nkemelu | Justice
@b Frances O'Dowd | Its chairwoman
@c - | A spokesman for the Department for Housing
@d Greyfield Homes | The developer
CALDERBRIDGE, June 11 (Northern Wire) - The Supreme Court on Wednesday ruled that the government acted unlawfully when it approved a 2,000-home development on green belt land near Calderbridge without considering its effect on a protected wetland.
In a unanimous judgment, Justice Amara Ashworth-Nkemelu said the housing secretary had ``⟦p:a|simply failed to ask the right question⟧''.
``⟦d:a|The duty is not a formality. It is not discharged by reciting the statutory words at the end of a decision letter,⟧'' she wrote, adding that the error was ``⟦p:a|fundamental⟧''.
The challenge was brought by the Save Calder Marsh campaign. Its chairwoman, Frances O'Dowd, said: ``⟦d:b|We were told we were naive, that we were standing in the way of homes for young families. We were standing in the way of a bad decision, and the court has agreed.⟧''
A spokesman for the Department for Housing said: ``⟦d:c|We are disappointed by the court's decision and will study the judgment carefully before deciding next steps.⟧''
The developer, Greyfield Homes, said the ruling would ``⟦p:d|delay much-needed housing for years⟧'' and cost the local economy an estimated 1,400 construction jobs.

### 019
@j Alan Fairbrother | District Judge
@b - | A 15-year-old boy
@y Precious Dlamini | Youth offending officer
@h Rachel Osei-Lamptey | the headteacher
A 15-year-old boy who started a fire that destroyed the library at a Hendreth primary school has been given a 12-month youth rehabilitation order.
The boy, who cannot be named for legal reasons, admitted arson at Hendreth Youth Court on Tuesday.
District Judge Alan Fairbrother told him: “⟦d:j|Four hundred children have lost their library because you were bored on a Sunday afternoon. I want you to understand that.⟧”
The teenager, who sat beside his grandmother throughout, said quietly: “⟦d:b|I know. I'm sorry.⟧”
Youth offending officer Precious Dlamini said the boy had “⟦p:y|engaged well⟧” since his arrest and had written a letter of apology to the headteacher.
Headteacher Rachel Osei-Lamptey said after the hearing that the school community had been “⟦p:h|heartbroken⟧” but had rallied. “⟦d:h|We've had books sent from all over the country, and a box from a school in New Zealand. The children are making a new library, and they want it to be better than the old one,⟧” she said.
“⟦d:h|I hope he comes and sees it one day.⟧”

### 020
@t Barnaby Thorne | -
@m Lucien Marchetti | the former finance director of Pelham Freight
@q Eleanor Quarshie | his own barrister
It took Barnaby Thorne KC a little under four minutes on Thursday to reach the question the whole of Court 3 at Aldgate Crown Court had been waiting for.
Lucien Marchetti, the former finance director of Pelham Freight, had spent two days explaining to the jury that he had not understood the accounts he signed. Mr Thorne, for the prosecution, began gently.
"⟦d:t|You're a chartered accountant, Mr Marchetti?⟧"
"⟦d:m|I am.⟧"
"⟦d:t|Qualified for how long?⟧"
"⟦d:m|Twenty-two years.⟧"
"⟦d:t|And in those twenty-two years, how many sets of accounts have you signed without reading them?⟧"
"⟦d:m|I read them. I relied on my team for the detail.⟧"
"⟦d:t|The detail being the £14 million that was not there?⟧"
Mr Marchetti looked at the jury, then at his own barrister, Eleanor Quarshie KC, who was writing something down. "⟦d:m|I've explained that I was misled,⟧" he said eventually.
"⟦d:t|You have. At some length,⟧" Mr Thorne said, and sat down.
Ms Quarshie rose to re-examine. "⟦d:q|Mr Marchetti, when you signed those accounts, did you believe they were true?⟧" "⟦d:m|Yes. Absolutely.⟧"
The trial continues.

### 021
@p Stuart Penberthy | the former building control manager at Wrexley Borough Council
@f Harcourt Justice | the bereaved families' group
@i Ife Balogun | -
The following is an extract from Tuesday's evidence to the Harcourt Tower Inquiry by Stuart Penberthy, the former building control manager at Wrexley Borough Council. He was questioned by counsel to the inquiry, Deborah Oyinlola KC.
Q: Mr Penberthy, you signed off the cladding on the east elevation in February 2017. Did you inspect it?
A: I inspected a sample panel in the contractor's yard. I didn't go up the building.
Q: The site manager's diary for that day records you saying, and I quote, "⟦d:p|It all looks tickety-boo to me⟧". Do you remember saying that?
A: I may have said something like that. It's not a phrase I'd put in a report.
Q: The inquiry has also seen an email from you to the contractor that reads, in full, "⟦d:p|Cert to follow, crack on⟧". Did the fire test certificate ever follow?
A: Not to my knowledge, no.
Q: Did you chase it?
A: I don't believe I did. I should have.
After the session, the bereaved families' group Harcourt Justice said Mr Penberthy's evidence had been "⟦p:f|a masterclass in not remembering⟧".
Ife Balogun, whose sister died on the fourteenth floor, said: "⟦d:i|Crack on. That's what he wrote. Seventy-one people are dead and that's the sentence I'll hear for the rest of my life.⟧"

### 022
@a Kayleigh Brennan-Moss | Reality TV star
@b Tamsin Adeleke | her former co-star
@c Rupert Vaughan-Sesay | Adeleke's barrister
@d Harwood | Mrs Justice
@e - | her spokesman
CLAWS OUT IN COURT
Reality TV star Kayleigh Brennan-Moss yesterday told the High Court her former co-star Tamsin Adeleke had “⟦p:a|destroyed⟧” her career with a string of “⟦p:a|vile⟧” posts branding her a “⟦p:b|fake⟧”.
The “⟦s:-|Island Heat⟧” favourite, 29, is suing Adeleke, 31, for libel over posts to her 2.3 million followers claiming the star had “⟦p:b|bought⟧” her fans and “⟦p:b|staged⟧” a break-up for ratings.
Fighting back tears in the witness box, the blonde told the court: “⟦d:a|I've had people spit at me in Tesco. My nan saw it. My nan!⟧”
Under cross-examination by Adeleke's barrister, Rupert Vaughan-Sesay KC, she admitted she had once paid for 10,000 followers “⟦p:a|when everyone was doing it⟧”.
“⟦d:c|So it's true, then. You bought fans,⟧” he said.
“⟦d:a|Once! Years ago! That's not what she said. She said I was a fraud,⟧” Brennan-Moss hit back.
Mrs Justice Harwood had to remind supporters of both women in the public gallery to keep quiet after laughter broke out. “⟦d:d|This is a court of law, not a studio audience,⟧” the judge said.
Adeleke, who is due to give evidence tomorrow, stared straight ahead throughout. Outside, her spokesman said: “⟦d:e|Tamsin stands by every word.⟧”

### 023
@j Nicholas Abernethy-Quaye | Judge
@m Margaret Oyelowo | a retired GP
@n Jess Nakamura | fellow activist
@a Corrindale Airport | -
Five Ground the Jets protesters who blocked the runway at Corrindale Airport for nine hours have been jailed for between 12 and 20 months.
The group, aged between 23 and 71, were convicted last month of causing a public nuisance after cutting through a perimeter fence and sitting on the tarmac behind a banner that read "⟦s:-|Your holiday, our future⟧".
Sentencing them at Corrindale Crown Court, Judge Nicholas Abernethy-Quaye said: "⟦d:j|Each of you has told me you acted out of conscience. I accept that you believe what you say. But conscience is not a licence, and 14,000 passengers had their plans wrecked by your decision.⟧"
The oldest of the defendants, Margaret Oyelowo, a retired GP, addressed the court before she was sentenced. "⟦d:m|I spent forty years keeping people alive. I am not going to stop now because it has become inconvenient,⟧" she said.
Supporters in the public gallery stood and chanted "⟦s:-|Shame on you⟧" as the five were taken down.
Outside court, fellow activist Jess Nakamura, who was not among those charged, said: "⟦d:n|Locking up a 71-year-old doctor isn't going to lower the temperature. It's just going to make more of us.⟧"
Corrindale Airport said in a statement: "⟦d:a|Safety is our absolute priority. This was a dangerous and reckless act that put lives at risk, including the protesters' own.⟧"

### 024
@g Grace Nyirenda-Phiri | Justice
@p Patrick Chileshe-Mumba | a former senator
@k Esther Kalumba | His lawyer
@m Joseph Mwale-Banda | Governor
@l Loveness Mbewe | a market trader
KASAMBA, Umbala (UPA) – The Court of Appeal on Friday upheld the election of Governor Joseph Mwale-Banda of Lunsemba county, dismissing a petition by his rival that alleged widespread vote-buying.
Delivering the ruling on behalf of a five-judge bench, Justice Grace Nyirenda-Phiri said the petitioner had “⟦p:g|failed to discharge the burden of proof to the required standard⟧”.
“⟦d:g|Allegations, however loudly made, are not evidence. This court cannot overturn the will of more than 400,000 voters on the strength of rumour and two blurred videos,⟧” she said.
The petitioner, Patrick Chileshe-Mumba, a former senator, said he would “⟦p:p|consult widely⟧” before deciding whether to go to the Supreme Court.
“⟦d:p|We respect the court, but we do not agree with it. The people of Lunsemba know what happened on polling day,⟧” he told journalists outside the court.
His lawyer, Esther Kalumba, said the bench had set the bar “⟦p:k|impossibly high⟧”.
Mwale-Banda, addressing a rally in Lunsemba town hours after the ruling, said: “⟦d:m|Today justice has spoken. Now let us get back to work. The campaign is over.⟧”
One supporter, Loveness Mbewe, a market trader, said: “⟦d:l|We are happy. We knew he would win again.⟧”

### 025
@l Lee Cartwright | -
@f the Okonkwo family | -
@c Colin Drummond | Detective Chief Inspector
A jury has found Lee Cartwright guilty of murdering a mother-of-three who was stabbed on her doorstep in Aldermoor after she confronted him about his driving.
Cartwright, 36, of Raleigh Crescent, was convicted at Heyford Crown Court of the murder of Chioma Okonkwo, 41, on 17 September last year. He will be sentenced on Friday.
He had claimed he acted in self-defence, telling the jury Mrs Okonkwo had "⟦p:l|come at me screaming⟧". But CCTV footage played to the court showed her standing on her doorstep with her arms folded.
In a statement read outside court by Detective Sergeant Amina Yusuf, the Okonkwo family said: "⟦d:f:m|Chioma was the centre of our world. She was a nurse, a wife, a mother and a daughter, and she was the first person any of us called when something went wrong.⟧
"⟦d:f|She asked a man to slow down because children play on our street. For that, she lost her life. We will never understand it, and we will never forgive it.⟧"
Detective Chief Inspector Colin Drummond, who led the investigation, said: "⟦d:c|Lee Cartwright has shown no remorse at any point. He tried to paint an innocent woman as the aggressor, and the jury saw through it.⟧"
He added: "⟦d:c|I want to pay tribute to Chioma's family, who have sat through every day of this trial with enormous dignity.⟧"

### 026
@o Jason Lomax | The operator of a fairground ride
@s Bartholomew Skeet | the ride's owner
@c Sarah Whitcombe-Ade | Area Coroner
@k Kerry Ashdown | Lily-Mae's mother
The operator of a fairground ride on which a 12-year-old girl was fatally injured has told her inquest he was “⟦p:o|never once⟧” shown how to check the safety bars.
Lily-Mae Ashdown died after being thrown from the “⟦s:-|Twister⟧” at the Seaborne summer fair in August 2023.
Jason Lomax, 19, said he had been working for the ride's owner, Bartholomew Skeet, for three weeks when the accident happened.
“⟦d:o|Mr Skeet showed me the start button and the stop button. He said the bars lock themselves. I believed him,⟧” he told the hearing at Seaborne Town Hall.
Mr Skeet, 64, declined to answer several questions on the advice of his lawyer, after Area Coroner Sarah Whitcombe-Ade reminded him of his right not to incriminate himself.
“⟦d:c|You are entitled to refuse to answer any question whose answer may tend to incriminate you. Do you understand?⟧” she asked him.
“⟦d:s|I understand, ma'am,⟧” he said.
Asked whether the locking mechanism had been serviced that year, he replied: “⟦d:s|I decline to answer.⟧”
Lily-Mae's mother, Kerry Ashdown, left the room in tears. Later she said: “⟦d:k|He can decline all he likes. My daughter didn't get to decline anything.⟧”
The inquest continues.

### 027
@a Derek Hobbs | a retired postman
@p Pamela Hobbs | his wife
@f Femi Adewale | their neighbour
@j Ingrid Solberg | A judge
A judge has ruled that a cockerel named Gerald can stay – but only if he is shut in a soundproofed coop until 7am.
Derek Hobbs, 70, a retired postman, and his wife, Pamela, took their neighbour, Femi Adewale, to Ludlington County Court over the bird's 4.30am crowing, which Mr Hobbs said had made their lives "⟦p:a|a misery⟧".
"⟦d:a|We moved to the countryside for peace and quiet, not to be woken up by Pavarotti every morning,⟧" Mr Hobbs told the court.
Mr Adewale, who has kept hens since he was a boy, said Gerald was "⟦p:f|part of the family⟧". "⟦d:f|He's a rooster. Crowing is what roosters do. You might as well sue the vicar for the bells,⟧" he said.
District Judge Ingrid Solberg said she had "⟦p:j|some sympathy with both sides⟧".
"⟦d:j|Gerald, I am satisfied, is not malicious. But a noise at half past four in the morning that can be heard through double glazing is a nuisance in law, whatever the intentions of the bird,⟧" she said.
Pamela Hobbs, 68, said afterwards: "⟦d:p|We've got nothing against Gerald. It's the timing.⟧"
Mr Adewale said he would be buying Gerald "⟦p:f|the best coop in the county⟧".

### 028
@t Tendai Marufu | a former legal aid solicitor who has sat here since the centre opened in 2019
@r Rory Feeney | -
@b Beverley Ashgrove | Councillor
At ten past ten on a Wednesday morning, Judge Tendai Marufu leans over the bench in Courtroom B of the Eastgate Community Justice Centre and asks a man in a paint-spattered hoodie how his daughter is.
“⟦d:t|How's Amira getting on?⟧”
“⟦d:r|She's good. She started nursery Monday,⟧” says Rory Feeney, 27, who is three months into a drug rehabilitation requirement.
“⟦d:t|And you? Be honest with me.⟧”
“⟦d:r|I had a slip on Saturday. One. I told my worker straight away.⟧”
Marufu nods, writes something down, and says: “⟦d:t|Thank you for telling me. That's the bit that matters. See you in two weeks.⟧”
This is what the Eastgate centre calls “⟦s:-|problem-solving justice⟧”, and what its critics call “⟦s:-|soft⟧”.
Marufu, a former legal aid solicitor who has sat here since the centre opened in 2019, has heard the criticism. “⟦d:t:m|People say we're cuddling criminals. I'd invite them to sit where I sit for a week. Most of the people in front of me have been through the system ten, fifteen times. Prison hasn't worked for them. It hasn't made anyone safer.⟧
“⟦d:t|What works, as far as I can see, is somebody noticing. Somebody asking about their kid.⟧”
Not everyone is persuaded. Councillor Beverley Ashgrove, who chairs the local police and crime panel, told me the centre's reoffending figures were “⟦p:b|encouraging but far too early to call⟧”.
“⟦d:b|I'd want to see five years of data before I called it a success,⟧” she said.

### 029
@w W17 | A police marksman
@l Leslie Thistlethwaite | counsel to the inquiry
@k Kwame Osei-Tutu | Mr Osei-Tutu's cousin
@r Anthony Reinholt | The inquiry chair
A police marksman who shot dead a man in a Brindley car park told a public inquiry on Monday that he had had "⟦p:w|a split second⟧" to decide whether the object in the man's hand was a gun.
The officer, known only as W17, gave evidence from behind a screen to the inquiry into the death of Darnell Osei-Tutu, 27, who was shot twice in March 2022. The object was later found to be a black phone charger.
"⟦d:w|He turned towards us and his right arm came up. I saw something dark in his hand. I believed my colleagues and I were about to be shot,⟧" W17 said.
Leslie Thistlethwaite KC, counsel to the inquiry, asked why he had not waited for Mr Osei-Tutu to respond to a second warning.
"⟦d:l|The body-worn footage shows less than two seconds between your first shout and your first shot. Was that enough time for anyone to comply?⟧"
"⟦d:w|With hindsight, perhaps not. But I didn't have hindsight. I had what was in front of me,⟧" the officer replied.
Mr Osei-Tutu's cousin, Kwame Osei-Tutu, who has attended every day of the hearings, said afterwards: "⟦d:k|He keeps talking about a split second. Darnell had a whole life, and they took it in a split second. That's the point.⟧"
The inquiry chair, Sir Anthony Reinholt, said the question of W17's anonymity would be reviewed "⟦p:r|at the conclusion of his evidence⟧".

### 030
@p Marisol Quintero-Blake | A federal prosecutor
@f Lionel Fairweather | His attorney
@a Desmond Achterkirk | Orbital Ledger founder
PORT AVERY (Allied Press) — A federal prosecutor urged jurors on Tuesday to convict Orbital Ledger founder Desmond Achterkirk of fraud, telling them he had treated customers' deposits as “⟦p:p|his own private piggy bank⟧”.
In a closing argument that lasted nearly four hours, Assistant U.S. Attorney Marisol Quintero-Blake walked jurors through hundreds of messages Achterkirk sent in the months before the company collapsed in 2022, owing customers $1.9 billion.
“⟦d:p:m|You have seen his words. Not our words, his words. ‘Move it from the customer pot, nobody checks.’ ‘We'll put it back before the audit.’ ‘Relax, it's fine.’⟧
“⟦d:p:m|It was not fine. It was never fine. Ordinary people trusted this man with their savings, their pensions, their children's college money.⟧
“⟦d:p|And he spent it on a yacht, a Formula 2 team and a house in Aspen that he has never once slept in.⟧”
Achterkirk, 34, who testified in his own defense last week, sat with his hands folded, occasionally shaking his head.
His attorney, Lionel Fairweather, is expected to deliver his closing on Wednesday. Speaking to reporters outside the courthouse, Fairweather said the government had “⟦p:f|cherry-picked⟧” the messages.
“⟦d:f|Context matters. The jury will hear the context tomorrow,⟧” he said.
Earlier in the trial, Achterkirk testified that he had been “⟦p:a|naive, not dishonest⟧”. “⟦d:a|I was a kid who built something too big, too fast,⟧” he told jurors.

### 031
@z Tomasz Zielinski | A former head physiotherapist at Kingsmoor Athletic
@c Kingsmoor Athletic | -
@e Olufunmilayo Bassey | Employment Judge
@d Craig Dunleavy | the then manager
A former head physiotherapist at Kingsmoor Athletic was unfairly dismissed after raising concerns that injured players were being given painkilling injections so they could play, an employment tribunal has found.
Tomasz Zielinski, 46, worked at the Championship club for nine years before he was sacked in 2023 for what the club called "⟦p:c|gross insubordination⟧".
Employment Judge Olufunmilayo Bassey said in her judgment that he had made "⟦p:e|protected disclosures⟧" and had been dismissed because of them.
"⟦d:e|The claimant was doing precisely what the law intends a whistleblower to do. He told the people in charge that something was wrong, and they got rid of him for it,⟧" the judge wrote.
The tribunal heard that Mr Zielinski had refused to give a third injection into a midfielder's ankle before a match in April 2023, telling the then manager, Craig Dunleavy: "⟦d:z|I'm not doing it. He needs a scan, not a needle.⟧"
Giving evidence, Mr Dunleavy denied putting pressure on medical staff. "⟦d:d|The medical department made medical decisions. I picked the team. That's how it worked,⟧" he said.
But Judge Bassey found his evidence "⟦p:e|unconvincing and, in places, contradicted by his own text messages⟧". One message, sent to the club's chief executive, read: "⟦d:d|Physio being awkward again. Sort him out.⟧"
Mr Zielinski said he felt "⟦p:z|relieved and vindicated⟧". "⟦d:z|Players are people, not assets. I'd do the same again tomorrow,⟧" he said.
Kingsmoor Athletic said it would "⟦p:c|reflect carefully on the tribunal's findings⟧".

### 032
@a Augustine Mbemba | A grandfather
@j Harriet Lomax-Ibe | First-tier Tribunal Judge
@g Grace Mbemba-Hutchins | Mr Mbemba's daughter
@b Border Agency | -
@r Ruth Abernathy | His solicitor
A grandfather who has lived in Britain since he was four has won his appeal against deportation to a country he says he “⟦p:a|cannot remember⟧”.
Augustine Mbemba, 61, arrived from the Republic of Kazenga in 1967 but never obtained a British passport. He was detained in 2022 after the Border Agency decided he had no lawful status, and was told he would be removed because of a 1994 conviction for handling stolen goods.
First-tier Tribunal Judge Harriet Lomax-Ibe allowed his appeal on human rights grounds. In her determination she wrote: “⟦d:j|The appellant speaks no language but English. He has no family in Kazenga, no home there and no memory of it. To remove him would be to send a 61-year-old man into exile for an offence he committed three decades ago and for which he has long since paid.⟧”
Mr Mbemba's daughter, Grace Mbemba-Hutchins, 34, said the family had “⟦p:g|lived in fear for two years⟧”.
“⟦d:g|Dad missed my son's first birthday because he was in a detention centre near Gatwick. You don't get those things back,⟧” she said.
Mr Mbemba himself was more succinct. “⟦d:a|I've paid taxes for forty years. I buried my mother here. Where else would I go?⟧”
The Border Agency said: “⟦d:b|We are disappointed with the tribunal's decision and are considering whether to seek permission to appeal.⟧”
His solicitor, Ruth Abernathy, of the Windrose Legal Centre, said there were “⟦p:r|hundreds⟧” of people in the same position. “⟦d:r|Augustine was lucky that his daughter found us. Most people in his situation don't know where to start,⟧” she said.

### 033
@s Siobhán Ní Bhriain | a primary school teacher
@f Declan Furlong | Garda Sergeant
@m Brendan Óg Maguire | Counsel for Kinsella
@j Eamon Carroll | Mr Justice
Siobhán Ní Bhriain, whose brother Cathal was beaten to death outside a nightclub in Carrigmore, told the Central Criminal Court yesterday that her family had been "⟦p:s|living in a nightmare that doesn't end when you wake up⟧".
Ms Ní Bhriain, a primary school teacher, read her victim impact statement aloud as the two men convicted of her brother's manslaughter, Jamie Kinsella (24) and Owen Mac Giolla (26), sat in the dock.
"⟦d:s:m|Cathal was thirty-one. He was going to be a father in the spring. He never got to hold his son.⟧
"⟦d:s|My mother still sets a place for him at the table on Sundays. None of us has the heart to tell her to stop.⟧"
Garda Sergeant Declan Furlong told the court that CCTV footage showed the victim being kicked "⟦p:f|at least fourteen times⟧" as he lay on the ground.
Counsel for Kinsella, Brendan Óg Maguire SC, said his client had written a letter of apology which he asked to be given to the family. "⟦d:m|He does not ask for forgiveness. He knows he has no right to it,⟧" Mr Maguire said.
Mr Justice Eamon Carroll adjourned sentencing until next month. "⟦d:j|I will need time to consider everything I have heard today, including Ms Ní Bhriain's very moving statement,⟧" he said.

### 034
@w - | A former chorister
@h Helena Strouthos | -
@r Reginald Ashcroft-Pyne | the former director of music at St Aldhelm's church in Wrenbury
A former chorister told a jury on Wednesday that she had kept silent for forty years because "⟦p:w|nobody would have believed a girl over him⟧".
The woman, now 52, who cannot be identified for legal reasons, gave evidence from behind a screen at Wrenbury Crown Court.
Reginald Ashcroft-Pyne, 79, the former director of music at St Aldhelm's church in Wrenbury, denies nine counts of indecent assault between 1979 and 1984.
"⟦d:w|He was the most important man in the town, after the vicar. Maybe before the vicar,⟧" she said. "⟦d:w|My parents thought he was wonderful.⟧"
Cross-examining, Helena Strouthos KC, for Mr Ashcroft-Pyne, suggested she had "⟦p:h|reconstructed⟧" her memories after reading about other cases in the press.
"⟦d:h|You first went to the police in 2021, a few weeks after a television documentary about church choirs. That's right, isn't it?⟧"
"⟦d:w|Yes. I watched it and I was sick in the bathroom. That's why I went,⟧" the woman replied.
"⟦d:h|I have to suggest to you that these things did not happen.⟧"
"⟦d:w|You can suggest what you like. I was there. You weren't.⟧"
Mr Ashcroft-Pyne, who wears a hearing aid and sat in the well of the court rather than the dock, has told police the allegations are "⟦p:r|a complete fantasy⟧".
The trial, expected to last three weeks, continues.

### 035
@r Ashley Renwick | a 23-year-old plasterer who killed a stranger with a single punch outside a bar in Tanvorth
@e Cormac Ellery | his barrister
@b Bethan Pryce-Evans | Gareth's sister
@j Rhiannon Vaughan-Price | Judge
TANVORTH, Oct 3 (Northern Wire) - Ashley Renwick, a 23-year-old plasterer who killed a stranger with a single punch outside a bar in Tanvorth, was jailed for four years and eight months on Thursday.
Renwick had pleaded guilty to the manslaughter of Gareth Pryce-Evans, 44, who struck his head on the pavement after being hit in May.
In a letter read to Tanvorth Crown Court by his barrister, Cormac Ellery, Renwick wrote: ``⟦d:r|I think about Gareth every single day. I have taken a father away from two little boys and there is nothing I can ever do to give him back.⟧''
Ellery said his client had ``⟦p:e|never been in trouble before⟧'' and had handed himself in to police the following morning.
Gareth's sister, Bethan Pryce-Evans, told the court the family had been ``⟦p:b|hollowed out⟧''.
``⟦d:b|He was the one who organised Christmas, who remembered everyone's birthdays. Now nobody does,⟧'' she said.
Sentencing, Judge Rhiannon Vaughan-Price said: ``⟦d:j|One punch can kill. That message has been repeated so often that it risks becoming a cliche, but it is true, and this case proves it.⟧''

### 036
@c Graham Otieno | A coroner
@l Leila Haddad | His mother
@a Anwar Chowdhury | The restaurant's manager
@d Daniel Whyte | Samir's father
A coroner has said a restaurant's allergy procedures were “⟦p:c|wholly inadequate⟧” after a nine-year-old boy died from a severe reaction to a curry containing peanuts.
Samir Haddad-Whyte ate at the Spice Lantern in Brackwell with his family in February. His mother, Leila Haddad, told the inquest she had told the waiter “⟦p:l|at least twice⟧” that her son had a nut allergy.
“⟦d:l|I said it when we sat down and I said it again when we ordered. He wrote it on the pad. I watched him write it,⟧” she said.
The restaurant's manager, Anwar Chowdhury, said the order slip had reached the kitchen but the chef had used a ready-made sauce base that listed peanuts among its ingredients.
“⟦d:a|We didn't check the label on the base. That was our mistake, and I will carry it for the rest of my life,⟧” Mr Chowdhury said.
Senior Coroner Graham Otieno recorded a conclusion that Samir died as the result of an accident. “⟦d:c|This family did everything right. They told the restaurant, clearly and more than once. The failure lay entirely elsewhere,⟧” he said.
He said he would send a report to prevent future deaths to the Food Standards Agency.
Speaking outside, Samir's father, Daniel Whyte, said: “⟦d:d|Samir loved football and Lego and his little sister. He should be starting secondary school next year.⟧”

### 037
@a Craig Aitchison | An Army sergeant
@e Jordan Ekwueme | a recruit
@j Kieran Moss-Adjei | Judge Advocate
@s - | An Army spokesperson
An Army sergeant has been demoted and fined £3,000 after a court martial found him guilty of ill-treating a recruit who collapsed during a night march on Hollin Moor.
Sergeant Craig Aitchison, 35, of the 2nd Battalion, Marcher Light Infantry, was convicted at Catterham Military Court Centre of one charge of ill-treatment of a subordinate.
The court heard that Private Jordan Ekwueme, then 18, was made to carry a second soldier's pack after falling behind and was told: "⟦d:a|If you drop, you'll be carried back in a bag.⟧"
Private Ekwueme, who has since left the Army, told the board: "⟦d:e|I couldn't feel my legs. I told him I couldn't go on and he laughed.⟧"
Aitchison said he had been trying to "⟦p:a|build resilience⟧". "⟦d:a|Nobody wants a soldier who quits when it gets hard. That's what I was there to teach,⟧" he said.
Passing sentence, Judge Advocate Kieran Moss-Adjei said: "⟦d:j|There is a line between toughening young soldiers up and abusing the power you hold over them. You crossed it, more than once, and in front of others.⟧"
An Army spokesperson said: "⟦d:s|The Army does not tolerate bullying or the abuse of authority of any kind.⟧"

### 038
@c Matthew Ng-Tremayne | Assistant Coroner
@r Anjali Rao-Whitfield | Its chief medical officer
@g Graham | Mrs Marchbanks's son
Assistant Coroner Matthew Ng-Tremayne has warned that more patients will die unless a hospital trust fixes a computer system that “⟦p:c|silently⟧” cancelled hundreds of follow-up appointments.
In a prevention of future deaths report published this week, he wrote that the death of Eileen Marchbanks, 77, from a bowel cancer that went undiagnosed for 14 months, was linked to a fault in the Harrowgate NHS Trust's booking system.
“⟦d:c|Mrs Marchbanks was told she would be sent a colonoscopy appointment. She never was. Nobody noticed, because the system recorded the referral as completed,⟧” he wrote.
“⟦d:c|I was told in evidence that at least 340 other patients were affected in the same way. I am not satisfied that all of them have been traced.⟧”
The trust has 56 days to respond. Its chief medical officer, Dr Anjali Rao-Whitfield, said: “⟦d:r|We are deeply sorry. We have already contacted the majority of affected patients and we are working as quickly as we can to reach the rest.⟧”
Mrs Marchbanks's son, Graham, said the report was “⟦p:g|cold comfort⟧”. “⟦d:g|Mum trusted the NHS with her life. It's not the doctors I blame. It's a system nobody was checking,⟧” he said.

### 039
@c Court of Appeal | -
@s Priya Mistry-Lane | the Solicitor General
@v - | The victim
@o Ferdinand Oyelaran-Soames | Mr Justice
The jail term of a man who waged a three-year campaign of coercive control has been more than doubled after the Court of Appeal ruled it was "⟦p:c|unduly lenient⟧".
Nathan Greaves-Holt, 39, was originally jailed for 20 months at Ormsby Crown Court in March. Three appeal judges increased the sentence to four years and three months after the case was referred by the Solicitor General, Priya Mistry-Lane KC.
Ms Mistry-Lane said: "⟦d:s|This was a sustained campaign of control and cruelty. I am glad the court has agreed that the original sentence did not reflect the seriousness of what this victim endured.⟧"
The victim, who cannot be named, said in a statement released through her solicitor: "⟦d:v|For three years he decided what I wore, who I saw, what I ate. Today, for the first time in a long time, I feel that someone has decided something in my favour.⟧"
Giving the court's judgment, Mr Justice Ferdinand Oyelaran-Soames said the trial judge had given "⟦p:o|too much weight⟧" to Greaves-Holt's previous good character.
"⟦d:o|Good character counts for little where the offending is sustained over years and conducted behind closed doors, where good character is precisely what enables it,⟧" he said.

### 040
@j Marie-Claude Bérubé | A provincial court judge
@t Tyler Moosomin | a 20-year-old Cree man
@p Hyun-woo Park | a store owner
@r Rebecca Stonechild | Crown attorney
@e Joseph Kaskitew | Elder
KESKINAW LAKE — A provincial court judge has handed a 20-year-old Cree man a two-year conditional sentence for a break-in that left a store owner injured, citing what she called the “⟦p:j|profound and intergenerational⟧” harm done to his family by the residential school system.
Judge Marie-Claude Bérubé said a Gladue report prepared for the court described a childhood “⟦p:j|marked by loss at every turn⟧”.
“⟦d:j|This court cannot undo that history. But it can, and must, take it into account,⟧” she said.
The man, Tyler Moosomin, apologized to the store owner, Hyun-woo Park, who was in the courtroom. “⟦d:t|I'm sorry for what I did to you and your store. You always gave me credit when I didn't have money,⟧” he said, his voice barely above a whisper.
Park, 58, said afterward that he accepted the apology. “⟦d:p|He was a good kid who came into my store every day. I want him to be a good man now. That's all,⟧” he said.
Crown attorney Rebecca Stonechild had sought 18 months in custody, and told reporters the Crown would review the decision. “⟦d:r|We respect the Gladue principles. We also have to think about the victim, who still cannot lift his right arm above his shoulder,⟧” she said.
Elder Joseph Kaskitew, who sat beside Moosomin throughout the hearing, said the sentence gave the young man “⟦p:e|a chance to come home to himself⟧”.

### 041
@b - | the bench
@s K. Sreenivasan | Additional Advocate General
@k Farida Kazi | Justice
@m Mariam Thomas | Senior advocate
VANAPURAM: The Vanapuram High Court on Tuesday pulled up the State government over the condition of its juvenile observation homes and directed officials to file a detailed compliance report within four weeks.
A division bench of Justices R. Meenakshisundaram and Farida Kazi was hearing a public interest litigation filed by the Child Rights Forum after three boys escaped from the observation home at Kottaiveli in March.
“⟦d:b|Children are not parcels to be stored in a godown. The State cannot plead shortage of funds when it comes to the basic dignity of children in its custody,⟧” the bench observed.
Additional Advocate General K. Sreenivasan submitted that ₹14 crore had been sanctioned for repairs and that the work would be completed “⟦p:s|within the current financial year⟧”.
“⟦d:k|Sanctioned when? Spent when? We heard this in 2019 also,⟧” Justice Kazi remarked orally.
Senior advocate Mariam Thomas, appearing for the petitioner, told the court that inspection reports recorded “⟦p:m|one toilet for forty-two children⟧” at the Kottaiveli home. “⟦d:m|These are not allegations, My Lords. These are the government's own figures,⟧” she submitted.
The matter will be taken up again on July 18.

### 042
@f Frank Murrungurra | An Aboriginal elder
@a Alison Petrakis | Deputy State Coroner
@w Daniel Whitbread | Counsel assisting the coroner
@n National Parks Authority | -
An Aboriginal elder has told the inquest into the Mount Corrie bushfire that cultural burning on the ridge was halted by authorities two years before the blaze that killed six people.
Uncle Frank Murrungurra, 74, told Deputy State Coroner Alison Petrakis that his family had "⟦p:f|looked after that country with fire for longer than anyone can count⟧".
"⟦d:f|We used to burn it cool, in the right season, bit by bit. Then we got a letter saying we needed a permit, and the permit never came,⟧" he said.
"⟦d:f|So the grass grew. And you know the rest.⟧"
Counsel assisting the coroner, Daniel Whitbread, asked whether anyone from the National Parks Authority had come to discuss the permit. "⟦d:w|Did anybody come and talk to you, Uncle?⟧"
"⟦d:f|One fella came once. Nice young fella. Never saw him again,⟧" Mr Murrungurra replied.
Ms Petrakis thanked the elder, saying: "⟦d:a|What you have told us today is important and it will be given proper weight.⟧"
In a statement, the National Parks Authority said it "⟦p:n|recognises the value of cultural burning⟧" and was "⟦p:n|working to streamline approvals⟧".

### 043
@k Aroha Kingi | a vineyard worker
@b Brent Harcourt | the estate's general manager
@c Philippa Cheng | Authority member
@w Hemi Walker | Her advocate
A Tawhiri Bay winery has been ordered to pay $27,500 to a vineyard worker it dismissed by text message while she was in hospital.
The Employment Relations Authority found that Kōwhai Ridge Estate unjustifiably dismissed Aroha Kingi, 29, in March last year. The text, sent by the estate's general manager, Brent Harcourt, read: ``⟦d:b|Not working out. Don't come back. Will pay you to Friday.⟧''
In her determination, Authority member Philippa Cheng described the manner of the dismissal as ``⟦p:c|callous⟧''.
``⟦d:c|Ms Kingi was in a hospital bed recovering from surgery when she received that message. No fair and reasonable employer could have acted as this employer did,⟧'' she wrote.
Mr Harcourt told the authority he had been ``⟦p:b|under enormous pressure at harvest⟧'' and ``⟦p:b|didn't think it through⟧''.
Ms Kingi said she was relieved. ``⟦d:k|I just wanted someone to say it wasn't okay. Now someone has,⟧'' she told the Bay Chronicle.
Her advocate, Hemi Walker, said: ``⟦d:w|Seasonal workers get treated as disposable. This decision says they're not.⟧''

### 044
@n Sipho Ndlovu-Mathebula | A former chief executive of the state power utility
@l Lindiwe Khumalo | The chairperson of the board at the time
@t Thandeka Mokoena | Evidence leader
@m Solomon Mahlangu | Commission chairperson
PORT KHANYA – A former chief executive of the state power utility told the Commission of Inquiry into Procurement at Enerkhanya on Monday that he had been “⟦p:n|ambushed⟧” by board members who wanted a R3.2-billion contract awarded to a company linked to a minister's son.
Sipho Ndlovu-Mathebula, who led Enerkhanya from 2016 to 2019, said he was told at a meeting in a Port Khanya hotel that he would be “⟦p:l|removed within a week⟧” if he did not sign.
“⟦d:n|She said it very calmly, like she was telling me the time. ‘You will sign, or you will be removed within a week.’ Those were her words,⟧” he testified.
The chairperson of the board at the time, Lindiwe Khumalo, has denied that the meeting took place.
Evidence leader Advocate Thandeka Mokoena asked Ndlovu-Mathebula why he had not reported the threat. “⟦d:t|You were the accounting officer. You had a duty to report this to the Auditor-General. Why didn't you?⟧”
“⟦d:n|Because I had a family, Advocate. And because I had seen what happened to people who did report,⟧” he said.
Commission chairperson Judge Solomon Mahlangu asked him to explain. “⟦d:m|Are you saying you feared for your physical safety?⟧”
“⟦d:n|Yes, Chair. I am saying exactly that.⟧”
In a statement issued through her attorneys, Khumalo described his testimony as “⟦p:l|a fabrication from beginning to end⟧” and said she would apply to cross-examine him.

### 045
@a Ailsa Cormack | Procurator fiscal depute
@g Graham Lennox | Defence solicitor
@s Morag Duthie | Sheriff
@b Euan Baird | a referee
Struan MacAskill, 28, has been ordered to carry out 180 hours of unpaid work after throwing a traffic cone at a referee during an amateur football match in Inverkeld.
MacAskill admitted assaulting referee Euan Baird to his injury at Glenmoray Park in October when he appeared at Inverkeld Sheriff Court.
Procurator fiscal depute Ailsa Cormack told the court MacAskill had been sent off in the 78th minute and had "⟦p:a|lost the plot entirely⟧".
"⟦d:a|He picked up a cone from the touchline, shouted 'You're finished, ref', and threw it from a distance of around ten yards. It struck Mr Baird on the side of the head,⟧" she said.
Defence solicitor Graham Lennox said his client was "⟦p:g|mortified⟧" and had since apologised to Mr Baird in person. "⟦d:g|He has been banned from playing for life by his club and he accepts that. Football was the main thing in his life,⟧" Mr Lennox said.
Sheriff Morag Duthie told MacAskill: "⟦d:s|Referees are the reason there is a game at all. Without them you'd be twenty-two men chasing a ball round a park and arguing. You should be thanking him, not assaulting him.⟧"
Mr Baird, 61, who has refereed in the amateur leagues for 30 years, said afterwards: "⟦d:b|I've had worse abuse, but I've never had a cone. I'll be back on Saturday.⟧"

### 046
@j Adaora Nwachukwu | The judge
@r Ruth Penhallow | -
@h Julian Hext | Trethewey's barrister
@c Castellan Structures | engineering firm
Live: Harrowfield bridge collapse trial – verdicts
10.41am
Good morning and welcome to our live coverage from Harrowfield Crown Court, where the jury in the trial of engineering firm Castellan Structures and its former director Owen Trethewey is expected to resume its deliberations.
10.58am
The judge, Mrs Justice Adaora Nwachukwu, has sent the jury out again with a reminder: “⟦d:j|Take as long as you need. Nobody is rushing you.⟧”
12.15pm
Outside court, a small group of relatives has gathered. Ruth Penhallow, whose father Colin was one of the four men killed when the bridge fell in 2021, told our reporter: “⟦d:r|We've waited three years for today. Another few hours won't kill us.⟧” She paused. “⟦d:r|Bad choice of words.⟧”
2.47pm
Verdicts are in. Castellan Structures has been found guilty of corporate manslaughter. Owen Trethewey has been found not guilty of gross negligence manslaughter but guilty of a health and safety offence.
There were gasps, and a shout of “⟦d:-|About time⟧” from the back of the public gallery.
2.55pm
Trethewey's barrister, Julian Hext KC, said his client was “⟦p:h|profoundly relieved⟧” and asked for sentencing to be adjourned for reports. Mrs Justice Nwachukwu agreed: “⟦d:j|I will sentence both defendants on 14 March.⟧”
3.20pm
Castellan Structures has issued a statement: “⟦d:c|The company accepts the jury's verdict and once again apologises unreservedly to the families of Colin Penhallow, Daniel Ashby, Marek Wozniak and Jamal Hussain.⟧”
3.34pm
Ruth Penhallow again: “⟦d:r|Guilty. That word is all we wanted. Dad would have said ‘about bloody time’.⟧”

### 047
@j Farah Siddiqi | A judge
@b Brian O'Rourke | Mr Keating's solicitor
@c Courts Service | -
A judge has discharged the jury in the trial of a former Dunmore councillor accused of misconduct in public office after a juror was found to have researched the case online.
The trial of Ambrose Keating, 66, who denies steering £1.2m of council contracts to a company owned by his nephew, will now start again in the autumn.
Judge Farah Siddiqi told the court: "⟦d:j:m|It has come to my attention that a member of the jury has looked up information about this defendant on the internet, in direct breach of the directions I gave at the start of this trial.⟧
"⟦d:j|I have no alternative but to discharge you all. I want to be clear that this is not a reflection on the rest of you, who I am sure have taken your oath seriously.⟧"
She warned the juror concerned, who has not been named, that they could face contempt proceedings.
Mr Keating's solicitor, Brian O'Rourke, said outside court: "⟦d:b|Mr Keating has waited two years for this trial. He wanted to clear his name, and now he'll have to wait even longer. It's deeply frustrating.⟧"
The Courts Service said: "⟦d:c|Jurors are reminded that researching a case they are trying is a criminal offence which can lead to imprisonment.⟧"

### 048
@v Hélène Vasseur | Presiding judge
@l Jean-Baptiste Lemarchand | a celebrated chef
@g Gaspard Nkemelu-Roux | His lawyer
@a Anne-Sophie Bréval | Prosecutor
VALMORÉ (Continental Wire) — A court in Valmoré on Thursday convicted a celebrated chef of tax evasion, handing him an 18-month suspended sentence and a €400,000 fine.
Jean-Baptiste Lemarchand, 57, whose restaurant «⟦s:-|La Table Haute⟧» holds three stars in the Guide Rouge, was found to have hidden €2.1m of income over six years through accounts in a neighbouring principality.
Presiding judge Hélène Vasseur told him: «⟦d:v|Vous avez cru que votre talent vous plaçait au-dessus des règles communes⟧» — «⟦d:v|You believed your talent placed you above the common rules⟧».
Lemarchand, who had admitted the offences, said as he left the courthouse: «⟦d:l|J'ai payé, je paierai encore. Maintenant, je retourne en cuisine⟧», or «⟦d:l|I have paid, I will pay again. Now I am going back to the kitchen⟧».
His lawyer, Maître Gaspard Nkemelu-Roux, called the sentence «⟦p:g|severe but fair⟧».
Prosecutor Anne-Sophie Bréval had sought a custodial sentence. «⟦d:a|The law is the same for a chef with three stars as it is for a plumber,⟧» she told journalists.

### 049
@j Roisin Daley-Okoro | Employment Judge
@s Sharon Edwardes | Its regional organiser
@p Patience Mensah-Kyei | a school cook for 24 years
@m Martin Hollingworth | The council's leader
Thousands of women who work as school cooks, cleaners and care assistants for Hallbridge City Council have won a landmark equal pay claim.
The employment tribunal in Hallbridge ruled that the council's pay scheme had undervalued mainly female roles compared with jobs such as refuse collection and street cleaning, which are mostly done by men.
Employment Judge Roisin Daley-Okoro wrote in her judgment: "⟦d:j|The council has not shown that the difference in pay is due to any factor other than the sex of those who, historically and to this day, do these jobs.⟧"
The claim was brought by the Allied Public Workers Union. Its regional organiser, Sharon Edwardes, said: "⟦d:s|These women have been feeding our children, cleaning our schools and caring for our parents for decades while being paid less than they were worth. Today a judge has said so in black and white.⟧"
One of the claimants, Patience Mensah-Kyei, 58, a school cook for 24 years, said: "⟦d:p|I cried when I heard. I thought about all the women who retired before today and never saw a penny of it.⟧"
The council's leader, Cllr Martin Hollingworth, said the ruling presented "⟦p:m|an enormous financial challenge⟧".
"⟦d:m|We accept the tribunal's findings and we will honour them. But I won't pretend this will be easy,⟧" he said.

### 050
@g Phil Grainger | a security manager
@h Helen Armitage-Kwan | Senior Coroner
@a Abena Adjaye | Kieran's mother
@f Joanne Fells | Paramedic
There were angry scenes at the inquest into the death of festival-goer Kieran “⟦s:-|Kez⟧” Adjaye yesterday when a security manager said he could not remember how many staff had been on duty at the medical tent.
Kieran, 19, collapsed at the Longmeadow festival near Sutterby in August after taking what was thought to be an ecstasy tablet. He died in hospital two days later.
Festival security manager Phil Grainger told the hearing: “⟦d:g|I'd have to check my records. I genuinely can't recall the exact number.⟧”
At that point a voice from the public benches shouted: “⟦d:-|You've had three years to check!⟧”
Senior Coroner Dr Helen Armitage-Kwan paused the hearing for ten minutes. When it resumed, she said: “⟦d:h|I understand the strength of feeling in this room, and I do not criticise anyone for it. But I need to hear this evidence, and I need to hear it calmly.⟧”
Kieran's mother, Abena Adjaye, later apologised on behalf of the family. “⟦d:a|We're not angry people. We're just tired of being told nobody knows anything,⟧” she said.
Paramedic Joanne Fells, who treated Kieran in the medical tent, said it had been “⟦p:f|chaos⟧”. “⟦d:f|We had two stretchers and about fifteen people needing them. We were doing our best with what we had,⟧” she said.
Asked by Ms Armitage-Kwan whether that had been enough, she said simply: “⟦d:f|No.⟧”

### 051
@n Nadia Hallström | -
@p Lawrence Pettigrew | a fire investigator
@r - | A review
@g Gideon Marsh-Adeyemi | Her solicitor
@i Ingrid | Her sister
The first thing Nadia Hallström bought when she walked out of HMP Greyling in 2022 was a bag of satsumas. “⟦d:n|I'd dreamt about them. Isn't that stupid? Nineteen years and what I dreamt about was fruit,⟧” she says.
Hallström, now 51, was convicted in 2003 of murdering her landlord, Victor Renshaw, in a fire at his house in Marlow Street, Essington. The case against her rested largely on the evidence of a fire investigator who told the jury the blaze had been started deliberately, with petrol, in “⟦p:p|three separate seats⟧”.
Twenty years on, that kind of analysis has been comprehensively discredited. A review commissioned by her lawyers found the fire was “⟦p:r|in all probability accidental⟧”, most likely caused by a faulty heater.
Her solicitor, Gideon Marsh-Adeyemi, still gets angry talking about it. “⟦d:g:m|The science was junk in 2003. People in the field knew it was junk. But it sounded good to a jury, a man in a suit saying ‘three seats of fire’, and nobody on the defence side had the money to challenge it properly.⟧
“⟦d:g|That's the bit I can't forgive. Not the expert. The system that let him go unchallenged.⟧”
The investigator, Lawrence Pettigrew, now retired, declined to be interviewed. In a brief email he wrote: “⟦d:p|I gave my honest opinion based on the science of the time. I have nothing further to add.⟧”
Hallström's conviction was quashed by the Court of Appeal in 2022. She has not yet received a penny in compensation. “⟦d:n|They tell me I have to prove I'm innocent. I thought that's what the appeal was for,⟧” she says, and laughs, not happily.
Her sister, Ingrid, visited her every month for nineteen years. “⟦d:i|I never once thought she'd done it. Not once. I'd look at her across that table and think, they've got the wrong person, and everybody knows it except the people who matter,⟧” she says.

### 052
@g Gurdeep Kaur Sandhu | An 81-year-old grandmother
@o Richard Osborne-Mensah | Prosecutor
@l Lucy Ferrante | -
@h Harjit Sandhu | Her grandson
An 81-year-old grandmother wept in the witness box as she described the moment burglars tied her to a chair in her Eastfield home.
Gurdeep Kaur Sandhu gave evidence in Punjabi through an interpreter at Lowbridge Crown Court, where three men deny aggravated burglary. Prosecutor Richard Osborne-Mensah told the jury the men had targeted the house because of "⟦p:o|a false rumour that the family kept gold at home⟧".
"⟦d:g|They put tape over my mouth. I could not breathe through my nose because I had a cold. I thought I was going to die in my own kitchen,⟧" Mrs Sandhu said.
Asked by Mr Osborne-Mensah what the men had said to her, she replied: "⟦d:g|They kept asking, 'Where is the gold? Where is the gold?' I told them it was in the bank. It was the truth.⟧"
Under cross-examination by Lucy Ferrante, for defendant Kyle Marsden, 22, Mrs Sandhu agreed that she had not seen any of the men's faces.
"⟦d:l|You can't say whether my client was one of those men, can you, Mrs Sandhu?⟧" Ms Ferrante asked.
"⟦d:g|I cannot see through a mask, no,⟧" the witness replied, through the interpreter.
Her grandson, Harjit Sandhu, 26, who found her when he came home from work, told the court: "⟦d:h|She was still in the chair. She said sorry to me. She said, 'Sorry, beta, I couldn't stop them.' She was apologising to me.⟧"
Marsden, of Hopwood Road, Jason Teale, 25, and Ricky Amadi, 24, all deny the charge. The trial continues.

### 053
@m Dean Mulgrew | A MUSCLE-bound gym owner
@a Alan Whitcombe | a pensioner
@b Nnamdi Obiora | His barrister
@j Kathryn Bellamy | the judge
@w Maureen | Alan's wife
RAGE GYM BOSS CAGED
A MUSCLE-bound gym owner who smashed a pensioner's windscreen with a dumbbell in a row over a parking space has been jailed – and ranted at the judge as he was led away.
Dean Mulgrew, 38 – known to gym regulars as “⟦s:-|The Tank⟧” – leapt out of his pick-up and laid into Alan Whitcombe's Honda Jazz in a supermarket car park in Stockmere.
Terrified Alan, 76, told Stockmere Crown Court: “⟦d:a|I thought he was going to come through the glass at me. I just sat there holding my wife's hand.⟧”
Mulgrew, who owns the Iron Temple gym, admitted affray and criminal damage. His barrister, Nnamdi Obiora, said he had been “⟦p:b|under huge financial pressure⟧”.
But Judge Kathryn Bellamy told him: “⟦d:j|You behaved like a thug in front of dozens of shoppers, including children. An elderly man and his wife were left terrified for their lives over a parking space.⟧”
As he was taken down, Mulgrew yelled: “⟦d:m|This is a joke! He nicked my space!⟧”
“⟦d:j|Take him down, please,⟧” the judge said.
Alan's wife, Maureen, 74, said outside: “⟦d:w|Good riddance. We still can't bring ourselves to go back to that shop.⟧”

### 054
@y Yetunde Lawal | A care home manager
@c Caroline Ashby-Nwosu | Counsel to the inquiry
@d Margaret Deverell | the former director of social care at the Department for Health and Care
@p Hugh Carradine | The inquiry chair
A care home manager broke down at the Coldwell Inquiry on Wednesday as she described being told to accept patients discharged from hospital without being tested.
Yetunde Lawal, who ran Rosewood House in Pelsham, said she felt she had ``⟦p:y|no choice⟧'' but to take six patients in April 2020.
``⟦d:y|I said to them, ‘Are they tested?’ and they said they didn't know. I said I couldn't take them without knowing. They said it wasn't my decision,⟧'' she said.
Within two weeks, eleven of her residents had died.
Counsel to the inquiry, Caroline Ashby-Nwosu KC, asked: ``⟦d:c|Did anyone from the health board ever come back to you to ask what had happened?⟧''
``⟦d:y|No. Not once,⟧'' Ms Lawal said.
The inquiry later heard from Margaret Deverell, the former director of social care at the Department for Health and Care, who said the discharge policy had been designed ``⟦p:d|to save lives in hospitals⟧''.
``⟦d:d|We were told the NHS was about to be overwhelmed. Every decision we took was taken with that in front of us. I accept, with enormous regret, that some of those decisions had terrible consequences,⟧'' she said.
The inquiry chair, Professor Hugh Carradine, thanked the earlier witness before adjourning: ``⟦d:p|Ms Lawal, thank you. I know that was not easy.⟧''

### 055
@b Marcus Bellweather | attorney
@l Loretta Vasquez | -
@r Ray Vasquez | -
@t Tara Lindgren | company spokeswoman
@d Dwight Akintola | a retired schoolteacher
GRANTHAM CITY (United Wire) — A jury on Thursday ordered chemical maker Delmont Industries to pay $86 million to a family whose well water was contaminated by a solvent leaking from the company's plant.
Jurors in Carver County District Court found Delmont negligent after a five-week trial and awarded $11 million in compensatory damages and $75 million in punitive damages to Ray and Loretta Vasquez.
"⟦d:b|This family drank poison for six years because Delmont decided it was cheaper to let it leak than to fix it,⟧" said attorney Marcus Bellweather, who represented the Vasquez family.
Loretta Vasquez, 62, cried as the verdict was read. "⟦d:l|We just wanted somebody to admit it,⟧" she said outside the courthouse. "⟦d:l|Now twelve people have.⟧"
"⟦d:r|I'm not a rich man and I don't care about the money,⟧" said Ray Vasquez, 64. "⟦d:r|I care that my grandkids can take a bath.⟧"
Delmont said it would appeal. "⟦d:t|We respectfully disagree with the jury's verdict, which is not supported by the science,⟧" company spokeswoman Tara Lindgren said in a statement.
Jury foreman Dwight Akintola, a retired schoolteacher, told reporters the punitive award was meant to "⟦p:d|send a message⟧" to the industry. "⟦d:d|We talked about it a long time. We wanted a number that somebody in a boardroom would notice,⟧" he said.

### 056
@o Imelda Okonjo-Hartley | Mrs Justice
@c Comfort Asante | Joel's mother
@p Patrick Ndiaye | His barrister
Below are extracts from the sentencing remarks of Mrs Justice Imelda Okonjo-Hartley at Castlebridge Crown Court on Friday, when she jailed Liam Ferriter, 31, for life with a minimum term of 24 years for the murder of his former friend Joel Asante-Brown.
“⟦d:o:m|Liam Ferriter, please stand. On the night of 3 February you went to Joel Asante-Brown's flat carrying a knife. You told the jury you took it for protection. The jury rejected that, and so do I.⟧
“⟦d:o:m|Joel had done nothing to you except owe you £400. He opened his door to you because he thought you were his friend.⟧
“⟦d:o|I have read the statement of Joel's mother, Comfort Asante. She describes a son who rang her every night at nine o'clock, without fail, to say goodnight. Her phone no longer rings at nine o'clock. No sentence I pass can change that.⟧”
In that statement, read to the court earlier in the day, Mrs Asante had written: “⟦d:c|People tell me time heals. I am waiting.⟧”
Ferriter showed no emotion. His barrister, Patrick Ndiaye, had told the court his client was “⟦p:p|genuinely remorseful⟧”, a claim the judge rejected. “⟦d:o|I have seen no evidence of remorse, only of self-pity,⟧” she said.

### 057
@k Kasia Nowicki | -
@p Piotr Nowicki | her husband
@n Nigel Cadwallader | A landlord
@t First-tier Tribunal | -
@s Sandra Pike | Hexley Council's private housing team leader
A landlord has been ordered to repay £9,600 in rent to tenants who lived with black mould so bad that their toddler was taken to hospital twice.
The First-tier Tribunal (Property Chamber) made a rent repayment order against Nigel Cadwallader, who owns 14 properties in Hexley, after finding he had failed to license a house in Bramble Terrace.
Kasia Nowicki, 29, who lived at the house with her husband Piotr and their daughter Zofia, told the tribunal: "⟦d:k|We wiped the walls every morning. By the evening it was back. Zofia's cot was against the wall and we had nowhere else to put it.⟧"
Piotr Nowicki, 32, said he had texted Mr Cadwallader "⟦p:p|maybe thirty times⟧". "⟦d:p|He always said the same thing: open the windows. It was January. We had a baby,⟧" he said.
Mr Cadwallader, who represented himself, told the tribunal the family had caused the mould by "⟦p:n|drying washing indoors⟧".
"⟦d:n|I've been a landlord for twenty years and never had a problem like it until these tenants,⟧" he said.
In its decision, the tribunal said it "⟦p:t|did not accept⟧" that explanation, noting an environmental health officer's report which found a leaking gutter and no working extractor fan.
Hexley Council's private housing team leader, Sandra Pike, said: "⟦d:s|No family should have to live like this. We will use every power we have against landlords who ignore the law.⟧"

### 058
@s Gavin Shortt | PC
@m Aled Morgan-Hughes | his colleague
@c Natasha Iqbal-Frost | Coroner
@k Sean Kerrigan | Jayden's father
@a Police Conduct Authority | -
Two police officers involved in a pursuit that ended with a 17-year-old moped rider crashing into a lamp post have given conflicting accounts at his inquest.
Jayden Kerrigan died in Holloway Road, Seftonbury, in June 2022 after a three-minute chase.
PC Gavin Shortt, who was driving the marked car, told the hearing he had kept “⟦p:s|a safe distance⟧” of at least three car lengths. “⟦d:s|I never got close enough to put him under pressure. I was there to keep him in sight, nothing more,⟧” he said.
But his colleague, PC Aled Morgan-Hughes, who was in the passenger seat, said the gap had at times been “⟦p:m|much less than that⟧”.
“⟦d:m|There were moments, on the bends, when I thought we were too close. I think I said so,⟧” he told Coroner Natasha Iqbal-Frost.
“⟦d:c|You think you said so, or you did say so?⟧” she asked.
“⟦d:m|I did. I said, ‘Back off a bit, Gav.’⟧”
Recalled to the witness box, PC Shortt said he had “⟦p:s|no memory⟧” of his colleague saying that.
Jayden's father, Sean Kerrigan, shook his head. Speaking afterwards, he said: “⟦d:k|One of them is telling the truth. I'd like to know which.⟧”
The Police Conduct Authority said it had completed its own investigation and that a misconduct hearing was “⟦p:a|under consideration⟧”.

### 059
@z Zipply | app-based courier
@v Sunil Varadarajan | Judge
@i Ifeoma Chukwu | Its general secretary
@m Mehmet Yıldız | One of the riders
LONDON, May 9 (Allied Press) - Delivery riders for app-based courier Zipply are workers entitled to the minimum wage and holiday pay, the Employment Appeal Tribunal ruled on Friday, rejecting the company's argument that they were self-employed.
Zipply had argued that its 30,000 riders were "⟦p:z|independent contractors⟧" free to work for rivals. But Judge Sunil Varadarajan said the company's control over riders' pay, routes and ratings meant that freedom was "⟦p:v|largely illusory⟧".
"⟦d:v|A rider who may be deactivated by an algorithm for declining too many jobs is not, in any meaningful sense, running his own business,⟧" the judge wrote.
The case was brought by the Independent Couriers' Union on behalf of 14 riders. Its general secretary, Ifeoma Chukwu, said: "⟦d:i|This is a huge day. Riders have been told for years they're their own bosses. Today a judge has told Zipply the truth.⟧"
One of the riders, Mehmet Yıldız, 34, said: "⟦d:m|I work twelve hours a day in the rain. Now maybe I will get paid for a holiday. I have not had one in four years.⟧"
Zipply said in a statement that it was "⟦p:z|disappointed⟧" and would seek to appeal. "⟦d:z|Our riders tell us again and again that they value flexibility above all else. We will continue to fight for it,⟧" the company said.

### 060
@c Rowena Castell | -
@a Youth A | one of the boys
@w - | a dog walker
@h Desmond Hale | Youth B's barrister
A 16-year-old boy was chased through a park and stabbed because he had posted a video mocking a rival group, a court has heard.
Kai Adebisi died in Larchfield Park, Fenbury, in September. Two boys, both 17, who cannot be named because of their age, deny murder.
Opening the prosecution case at Fenbury Crown Court, Rowena Castell KC told the jury the defendants had spent the afternoon “⟦p:c|hunting⟧” for Kai.
She read out messages sent by one of the boys, referred to in court as Youth A, an hour before the attack. “⟦d:a|Seen him by the shops. Bring it,⟧” one said. Another, sent minutes later, read: “⟦d:a|He's going park. Now or never.⟧”
The jury also heard a recording of the 999 call made by a dog walker who found Kai. “⟦d:w|There's a boy on the path, he's bleeding, he's not... please, you need to come now,⟧” the woman could be heard saying.
Ms Castell said: “⟦d:c|Kai was sixteen. He liked grime music and Arsenal and his little brother. He was not in a gang. He made a silly video, and for that he was hunted down and killed.⟧”
Youth B's barrister, Desmond Hale KC, urged jurors to “⟦p:h|keep an open mind⟧” until they had heard his client's account.
The trial continues.

### 061
@k Dariusz Kowal | A Marshfield builder
@f Janet Fairclough | Presiding magistrate
@r Amir Rahimi | Her solicitor
@h Bernard Hollis | Retired engineer
@c - | A Corringham District Council spokesman
IN THE COURTS
FLY-TIPPER FINED: A Marshfield builder who dumped 40 bags of plasterboard in a country lane at Ashby Parva has been fined £1,600 by Corringham magistrates. Dariusz Kowal, 41, of Mill Rise, told the court: "⟦d:k|I was going to come back for it. I know how that sounds.⟧" Presiding magistrate Janet Fairclough replied: "⟦d:f|It sounds exactly how it sounds, Mr Kowal.⟧"
PERFUME THEFT: Chantelle Moody, 23, of Greenway Court, admitted stealing £312 of perfume from a chemist in Corringham High Street. Her solicitor, Amir Rahimi, said she had been "⟦p:r|in a very dark place⟧" after losing her job. She was given a 12-month community order.
FIRST FOR DOG RULES: Retired engineer Bernard Hollis, 79, became the first person in the district to be prosecuted under the council's new dog fouling rules. He told the bench he had "⟦p:h|never been in trouble in my life⟧" and was fined £100. "⟦d:h|I had the bag in my hand. I just hadn't got round to using it,⟧" he said.
A Corringham District Council spokesman said: "⟦d:c|We hope this sends a clear message that the rules apply to everyone.⟧"
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh71.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh71",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
