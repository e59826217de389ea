# ruff: noqa: E501
"""Build ``quotes_fresh57.jsonl``: an independent, held-out gold set of quotes (fresh57).

All passages are fictional (invented people, places and organisations) and were written
from scratch for this file, without reading the extractor, without running it, and
without reading the passages of the other gold sets. The set is meant to be evaluated
once, as an honest measure on unseen text. Its focus is courts and inquiries: criminal
trials with examination and cross-examination, inquests, public inquiries, employment
and immigration tribunals, sentencing remarks and appeals, written the way regional
papers and wire services report them.

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh57-NNN``.

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

Decisions specific to this set (courts and inquiries):

* A participial or prepositional role after a name (``Simon Ravenhill, mitigating,``;
  ``Joanna Steele, for the society,``) is not a noun phrase and so is not a
  description; such a speaker's description is null unless the passage gives an
  appositive, a role title before the name or a definite description at a cue.
* Police ranks, judicial titles used as a role (``Judge``, ``Recorder``,
  ``Detective Sergeant``, ``Coroner``) standing before the name count as role titles.
* A statement written by a person and read out by someone else (a victim personal
  statement read by the prosecutor, a statement read by a solicitor) belongs to its
  author, not to the reader. A statement issued jointly by a family or by parents has a
  null speaker and the phrase naming them (``Nikolas's parents``) as the description.
* In a transcript passage, a quotation inside an answer that reports someone else's
  words belongs to the person whose words they were (there is no outer span for it to
  be part of).

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh57.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh57.jsonl")

PASSAGES = """
### 001
@a Gareth Pennock | -
@c Nadia Kowalczyk | Mr Tarrant's barrister
@d Owen Raikes | Judge
A 41-year-old man stabbed his former business partner in a "⟦p:a|sustained and frenzied⟧" attack after a row over unpaid debts, a jury at Carnmouth Crown Court heard on Monday.
Luke Tarrant, of Fenwick Road, Aldbridge, denies the murder of Stephen Moyle, 46, who was found dead at his home in the town on the evening of 3 March.
Opening the case for the prosecution, Gareth Pennock KC told jurors the two men had once been "⟦p:a|close friends as well as colleagues⟧" but had fallen out when their decorating firm collapsed.
"⟦d:a|By the winter of last year, the defendant believed Mr Moyle owed him something in the region of £30,000,⟧" Mr Pennock said. "⟦d:a|Whether that belief was right or wrong is not something you will have to decide. What you will have to decide is what he did about it.⟧"
He said Mr Tarrant had driven to Mr Moyle's house "⟦p:a|with a knife in his coat pocket⟧" and let himself in through the unlocked back door.
"⟦d:a:m|The prosecution says he went there intending, at the very least, to cause really serious harm. Mr Moyle was unarmed. He was in his slippers, watching television.⟧
"⟦d:a|You will hear that he suffered eleven separate wounds. This was not a scuffle that got out of hand.⟧"
Mr Tarrant's barrister, Nadia Kowalczyk KC, is expected to argue that her client acted in self-defence. In a short address, she urged jurors to "⟦p:c|keep an open mind until you have heard everything⟧".
"⟦d:c|There are two sides to every story, and so far you have heard one,⟧" she said.
The trial, before Judge Owen Raikes, is expected to last three weeks. The judge warned jurors not to research the case online. "⟦d:d|Your verdict must be based on the evidence you hear in this room and nothing else,⟧" he told them.

### 002
@a Philippa Grange | Area coroner
@b Ifeoma Nwachukwu | a consultant pathologist
@c Carys Lloyd | His mother
@d Marlowe Valley NHS Trust | the trust
@e Sarah Fenn | a staff nurse on the ward where Mr Lloyd was later treated
A young father who died after being sent home from hospital with what was thought to be a chest infection might have survived had he been given antibiotics sooner, an inquest has concluded.
Jordan Lloyd, 29, of Pentre Street, Cwmdare, died at Marlowe General Hospital on 14 January, two days after he was discharged from its emergency department.
Area coroner Philippa Grange recorded a narrative conclusion at the hearing in Porthaven on Thursday.
"⟦d:a|It is not possible for me to say on the balance of probabilities that Jordan would have survived,⟧" she said. "⟦d:a|But I am satisfied that the opportunity to give him the best chance of doing so was missed.⟧"
Dr Ifeoma Nwachukwu, a consultant pathologist, said Mr Lloyd had died of sepsis caused by pneumonia. Asked by the coroner whether earlier treatment would have made a difference, she replied: "⟦d:b|In my opinion, it is more likely than not that it would have.⟧"
Sarah Fenn, a staff nurse on the ward where Mr Lloyd was later treated, said she had raised concerns about his breathing within an hour of his readmission. "⟦d:e|I remember thinking, 'This man is very, very poorly,' and going straight to find a doctor,⟧" she told the hearing.
His mother, Carys Lloyd, said in a statement read to the inquest that her son had been "⟦p:c|the glue that held our family together⟧".
"⟦d:c|Jordan told them he couldn't breathe. He told them three times. I will never understand why nobody listened,⟧" she said.
In a statement, Marlowe Valley NHS Trust said it "⟦p:d|fully accepted⟧" the coroner's findings. "⟦d:d|We are deeply sorry for Jordan's death and we have already changed how patients with breathing difficulties are assessed before discharge,⟧" the trust said.

### 003
@a Rosalind Meagher | Counsel to the inquiry
@b Helen Achterberg | a former principal engineer at Stannard Civil
@c Malcolm Ure | The inquiry's chairman
@u - | a bereaved relative who asked not to be named
The engineer who signed off repairs to the Dunmore viaduct months before it partly collapsed has told a public inquiry she was "⟦p:b|never shown⟧" a survey warning of serious corrosion.
Helen Achterberg, a former principal engineer at Stannard Civil, was giving evidence on the ninth day of hearings into the collapse, which killed two motorists in November 2022.
Counsel to the inquiry, Rosalind Meagher KC, took her through an email sent to the firm in June of that year, with the survey attached.
"⟦d:a|Did you read this document?⟧" Ms Meagher asked.
"⟦d:b|I did not. I have no recollection of ever seeing it,⟧" Ms Achterberg said.
"⟦d:a|It was sent to your work address.⟧"
"⟦d:b|I understand that. I can only tell you that I don't remember it, and I think I would have.⟧"
Later, Ms Meagher put it to her that the repairs had been "⟦p:a|essentially cosmetic⟧". The witness rejected that. "⟦d:b|They were the repairs we were asked to design, within the budget we were given,⟧" she said.
The inquiry's chairman, Sir Malcolm Ure, intervened to ask whether anyone at the firm had raised the budget with the county council. "⟦d:c|Did you ever say, in terms, that the money was not enough?⟧" he asked.
"⟦d:b|Not in writing, sir. I wish I had,⟧" Ms Achterberg replied.
Stannard Civil went into administration in 2023. Its former directors are due to give evidence next month.
Outside the hearing, a bereaved relative who asked not to be named said: "⟦d:u|We have waited two years to hear somebody say sorry. We're still waiting.⟧"

### 004
@a Priya Raghunathan | -
@b Joanna Steele | -
@c Megan Lusk | The society's head of people
@d Colm Devane | Employment Judge
@e Tomás Ibarra | Ms Raghunathan's counsel
@f Harlow & Vane Building Society | -
@u - | a spokesperson
A former branch manager at Harlow & Vane Building Society was unfairly dismissed after she complained that a regional director referred to female staff as "⟦s:-|the girls⟧", an employment tribunal has ruled.
Priya Raghunathan, 38, was sacked in March 2023, weeks after raising a formal grievance about Neil Corless, who oversaw branches across the south-west.
In its written judgment, the tribunal in Kessingham found that the society's explanation for the dismissal — that Ms Raghunathan had missed lending targets — was not credible.
Employment Judge Colm Devane wrote: "⟦d:d|The timing speaks for itself. The claimant had met or exceeded her targets in every quarter but one, and nobody had suggested there was a problem until she complained.⟧"
During the four-day hearing, Ms Raghunathan described being made to feel "⟦p:a|like a troublemaker⟧" for speaking up.
Joanna Steele, for the society, suggested to her that she had been "⟦p:b|looking for a way out⟧" of a job she no longer enjoyed.
"⟦d:a|That's simply untrue. I loved that branch,⟧" Ms Raghunathan replied.
The society's head of people, Megan Lusk, told the tribunal the decision to dismiss had been hers alone. Under cross-examination by Ms Raghunathan's counsel, Tomás Ibarra, she accepted that she had discussed the grievance with Mr Corless before making it.
"⟦d:e|Is it not obvious that the grievance was on your mind?⟧" Mr Ibarra asked.
"⟦d:c|It was a factor in the background. It was not the reason,⟧" Ms Lusk said.
In closing, Ms Steele said: "⟦d:b|The society does not dispute that Mr Corless used inappropriate language. It disputes that his language had anything to do with this dismissal.⟧"
After the ruling, Ms Raghunathan wrote on LinkedIn: "⟦d:a|To every woman who has been told to keep her head down: don't.⟧"
Harlow & Vane said it was "⟦p:f|disappointed⟧" and was considering an appeal. "⟦d:u|We take all complaints of this nature seriously,⟧" a spokesperson said.

### 005
@a Patrice Ilunga Mbaya | -
@b Daniel Frew | the Home Office presenting officer
@c Imogen Fairweather | Judge
@d Ruth Abara | His solicitor
@e Home Office | -
A Congolese man who says he was tortured for organising a student protest has won his appeal against deportation after a tribunal judge found his account «⟦p:c|consistent and compelling⟧».
Patrice Ilunga Mbaya, 27, gave evidence at the First-tier Tribunal in Halbury through a French interpreter.
Asked why he had not claimed asylum in France, where he spent four months before crossing the Channel, he said: «⟦d:a|Je ne connaissais personne là-bas. Ma cousine était ici.⟧» («⟦d:a|I didn't know anyone there. My cousin was here.⟧»)
Daniel Frew, the Home Office presenting officer, said there were «⟦p:b|significant discrepancies⟧» between the appellant's screening interview and his later witness statement.
«⟦d:b|In the first interview he says he was detained for two days. Now it is two weeks,⟧» Mr Frew told the tribunal.
Through the interpreter, Mr Ilunga Mbaya said the first interview had taken place when he was «⟦p:a|exhausted and frightened⟧».
«⟦d:a|I had been in the lorry for nineteen hours. I did not understand what they were asking me,⟧» he said.
Judge Imogen Fairweather allowed the appeal. In her written decision, she said: «⟦d:c|I accept that the appellant was detained and ill-treated. The discrepancy on which the respondent relies is, in my judgment, readily explained by the circumstances of that first interview.⟧»
His solicitor, Ruth Abara, said: «⟦d:d|Patrice is relieved beyond words. He wants to finish his studies and to work.⟧»
The Home Office said it was «⟦p:e|carefully considering⟧» the decision and could not comment on individual cases.

### 006
@a Amanda Ashcroft | Recorder
@b Kate Dunstan | prosecutor
@c Fiona | Dr Menzies' widow
@d Simon Ravenhill | -
@e Raj Mistry | Sergeant
A van driver who was looking at his phone when he struck and killed a cyclist on the A614 has been jailed for six years.
Connor Haig, 24, of Millbrook Close, Thornwick, admitted causing death by dangerous driving at an earlier hearing.
Dr Alistair Menzies, 58, a GP and keen club rider, died at the scene near Brayley on 9 June last year.
Sentencing at Thornwick Crown Court on Friday, Recorder Amanda Ashcroft told Haig: "⟦d:a:m|You had a choice. You could have left that phone in your pocket for the few minutes it would have taken you to get home. You chose not to.⟧
"⟦d:a|The consequences of that choice have been catastrophic, and they will last for the rest of Dr Menzies' family's lives.⟧"
Opening the facts, prosecutor Kate Dunstan said phone records showed Haig had been using the device for most of the journey. "⟦d:b|The defendant was scrolling through a social media app at the moment of impact,⟧" she said.
In a victim personal statement read to the court by Ms Dunstan, Dr Menzies' widow, Fiona, said: "⟦d:c|Alistair was the kindest man I ever knew. For weeks afterwards I set a place for him at the table without thinking.⟧"
Simon Ravenhill, mitigating, said Haig was "⟦p:d|utterly ashamed⟧" and had not driven since the crash.
"⟦d:d|He asks me to say that he thinks about Dr Menzies every single day,⟧" Mr Ravenhill said.
The recorder said Haig's guilty plea earned him credit, but she could not ignore two previous convictions for using a phone at the wheel. "⟦d:a|Those were warnings, and you ignored them,⟧" she said.
Haig was also banned from driving for ten years.
Outside court, Sergeant Raj Mistry, of Thornwick roads policing unit, said: "⟦d:e|No message is worth a life. If your phone is within reach while you are driving, put it in the boot.⟧"

### 007
@a Harriet Kemble | Justice
@b Felix Ambrose-Whyte | His lawyer
@c Dennis Ogunwale | -
@d Public Prosecution Service | the service
@e Maureen Tully | Justice Watch director
A man who spent 14 years in prison for an arson attack he has always denied has had his conviction quashed by the Court of Appeal.
Three appeal judges ruled on Wednesday that fresh scientific evidence about how a fire spread through a house in Cranleigh Street, Marrowby, in 2010 made the conviction of Dennis Ogunwale unsafe.
Delivering the court's judgment, Justice Harriet Kemble said the trial jury had relied on expert evidence that "⟦p:a|would not be given today⟧".
"⟦d:a|The jury was told, in terms, that the pattern of burning could only have been produced by an accelerant. We now know that is wrong,⟧" she said.
"⟦d:a|It follows that the central pillar of the prosecution case has fallen away.⟧"
Mr Ogunwale, now 52, sat in the public gallery next to his sister, Abimbola, and held her hand as the ruling was read out.
His lawyer, Felix Ambrose-Whyte, of the Innocence Clinic at Hollins University, said outside court: "⟦d:b|Dennis has waited fourteen years for someone in authority to say what he has been saying since the day he was arrested.⟧"
Mr Ogunwale told reporters: "⟦d:c|I'm not angry. I'm tired. I want to go home and sleep, and then I want to see the sea.⟧"
The Public Prosecution Service said it would not seek a retrial. "⟦d:d|Having reviewed the new expert evidence, we have concluded that there is no longer a realistic prospect of conviction,⟧" the service said.
Justice Watch director Maureen Tully said: "⟦d:e|Dennis's case is not a one-off. There will be others in prison tonight who were convicted on the same kind of science.⟧"

### 008
@a Gillian Royce | Chair of the bench
@b Kieran Sloss | -
A man who threw a traffic cone at a police car during celebrations after a football match has been fined £400.
Kieran Sloss, 31, of Grange Terrace, Port Ellery, admitted criminal damage at Port Ellery Magistrates' Court on Tuesday. Chair of the bench Gillian Royce told him his behaviour had been "⟦p:a|stupid and dangerous⟧". "⟦d:a|You are lucky nobody was hurt,⟧" she said.
"⟦d:b|I'd had far too much to drink and I'm embarrassed,⟧" Sloss told magistrates. He was also ordered to pay £250 compensation to Westshire Police.

### 009
@a Lawrence Beddoe | the witness
@b Marcus T. Greeley | Rennick's attorney
@c Ellen M. Prater | U.S. District Judge
@d Douglas Rennick | ex-Mayor
NEW HARMON — A former city comptroller testified Tuesday that he personally delivered envelopes of cash to the office of ex-Mayor Douglas Rennick, describing the payments as ``⟦p:a|the cost of doing business⟧'' in New Harmon.
Lawrence Beddoe, 61, who has pleaded guilty to conspiracy and is cooperating with federal prosecutors, spent most of the day on the witness stand in U.S. District Court.
``⟦d:a|I would put the envelope in the top drawer of the credenza, and that was that,⟧'' Beddoe told jurors.
Under cross-examination, Rennick's attorney, Marcus T. Greeley, pressed Beddoe repeatedly on the terms of his plea agreement.
``⟦d:b|You're hoping for a lighter sentence, aren't you?⟧'' Greeley asked.
``⟦d:a|I'm hoping to tell the truth,⟧'' Beddoe said.
``⟦d:b|That wasn't my question.⟧''
``⟦d:a|I understand. Yes, I'm hoping for leniency.⟧''
Greeley, himself a former federal prosecutor, then asked why there was no record of any of the payments. ``⟦d:a|Because that's the whole point of cash,⟧'' the witness replied, drawing laughter from the gallery.
When Greeley began reading from a deposition the jury had not yet seen, U.S. District Judge Ellen M. Prater stopped him. ``⟦d:c|Counsel, approach,⟧'' she said, and the lawyers huddled at the bench for several minutes.
Rennick, 67, has pleaded not guilty to bribery and extortion charges. Leaving the courthouse, he said only: ``⟦d:d|I'm looking forward to my turn.⟧''
Testimony resumes Wednesday.

### 010
@b Aaron Pike | -
@c Tessa Harwood | Your colleague
The following is an edited extract from the cross-examination of Detective Constable Mark Oduya by defence barrister Leonie Strand on the fourth day of the trial of Aaron Pike at Kessingham Crown Court. Mr Pike denies wounding with intent.
Q: You accept that no fingerprints were recovered from the weapon?
A: That's correct.
Q: And no DNA?
A: Not that could be attributed to anyone, no.
Q: When you arrested Mr Pike, what did he say?
A: He said, "⟦d:b|You've got the wrong man, I wasn't even there.⟧"
Q: And you wrote that down?
A: I did, word for word, in my pocket notebook.
Q: Your colleague, DC Tessa Harwood, describes the search of the flat in her statement as "⟦p:c|chaotic⟧". Would you agree?
A: I wouldn't use that word. It was busy. There were a lot of people in a small space.
Q: Busy enough that things could be missed?
A: I don't accept that anything was missed.

### 011
@a Susan Crabtree | Her daughter
@b Lorraine Tippett | The home's manager
@c Hannah Beale | GP
@d Salma Qureshi | consultant geriatrician
@e Peter Grisdale | Assistant coroner
An 84-year-old woman who fell five times in six weeks at a care home in Welbury died from a head injury caused by the final fall, an inquest has heard.
Margaret "⟦s:-|Peggy⟧" Haworth had lived at Oakhurst Lodge for just over a year when she died at Welbury Royal Infirmary on 2 February.
Her daughter, Susan Crabtree, told the hearing in Stainforth that the family had asked repeatedly for a sensor mat to be fitted beside her mother's bed.
"⟦d:a|Each time we were told it was being sorted. It never was,⟧" Mrs Crabtree said.
The home's manager, Lorraine Tippett, said a mat had been ordered but had been "⟦p:b|held up⟧" by a supplier. She accepted that the delay had been too long.
"⟦d:b|I should have chased it harder, and I'm sorry that I didn't,⟧" she said, turning to Mrs Crabtree.
GP Dr Hannah Beale, who reviewed Mrs Haworth after her third fall, said she had referred her to a falls clinic. She was followed in the witness box by consultant geriatrician Dr Salma Qureshi, who said the referral had never arrived.
"⟦d:d|We have no record of it at all, on paper or electronically,⟧" she said.
Dr Beale, recalled, said the referral had been sent through the online system. "⟦d:c|I can see it on our records, with the date and the time it was sent,⟧" she told the coroner.
Assistant coroner Peter Grisdale said the discrepancy was "⟦p:e|troubling⟧" but had not contributed to the death. "⟦d:e|Even had Mrs Haworth been seen in clinic, I cannot find that it would probably have been before the fall that killed her,⟧" he said.
He recorded a conclusion of accident.

### 012
@a Julian Spenlow-Marsh | -
@b Benedict Oyelaran | prosecutor
@c Roger Halloran | Judge
A financial adviser accused of stealing £1.2m from elderly clients has told a jury he "⟦p:a|never took a penny⟧" that did not belong to him.
Julian Spenlow-Marsh, 55, of Orchard Rise, Hepton, denies 14 counts of fraud by abuse of position.
Giving evidence in his own defence at Aldbridge Crown Court, he said transfers from clients' accounts into his own had been "⟦p:a|temporary⟧" and were always intended to be repaid.
"⟦d:a|I made mistakes with paperwork. I accept that entirely. But I am not a thief,⟧" he said.
Cross-examining, prosecutor Benedict Oyelaran reminded him that he had told one client, a 91-year-old widow, that her savings were "⟦p:a|as safe as houses⟧".
"⟦d:b|Her money wasn't safe, was it? It was in your account, paying for your new kitchen,⟧" Mr Oyelaran said.
"⟦d:a|The kitchen was paid for out of my own money.⟧"
"⟦d:b|Then why does your statement show the transfer on the same day as the invoice?⟧"
Mr Spenlow-Marsh paused for several seconds. "⟦d:a|I can't explain that today,⟧" he said.
Judge Roger Halloran later reminded jurors that the defendant had no previous convictions. "⟦d:c|That is not a defence, but it is relevant to whether you believe him,⟧" the judge said.
The trial continues.

### 013
@a Hester Vallance | -
@u - | a young man in the dock
For nineteen years Hester Vallance sat as a circuit judge at Marrowby Crown Court. Now 70, and retired since the spring, she has written a novel, "⟦s:-|The Long Adjournment⟧", set in a court building very like her old one.
"⟦d:a|I wanted to write about the people who are in court every day and never get a mention — the ushers, the cleaners, the dock officers,⟧" she says at her kitchen table in Low Fell.
Q: Did you always want to write?
A: Secretly, yes. My late husband, Tom, used to call the drafts in my desk drawer "⟦s:-|the hidden files⟧".
Q: Is the judge in the novel you?
A: Everyone asks that. She is cleverer than me and much ruder.
Q: Was there ever a moment in court that made you laugh?
A: Once a young man in the dock shouted "⟦d:u|Nice wig!⟧" as I came in. I laughed. That was a mistake, because then the whole public gallery laughed.
Q: What will you miss?
A: The jurors. I used to tell every jury, "⟦d:a|You are the most important people in this building,⟧" and I meant it every time.

### 014
@a Deirdre McAlister | Coroner
@b Anthony Georgiou | the family's solicitor
@c Warrick Dunne | Coastwatch Lifesaving Association chief executive
@d - | A Brannock Shire Council spokeswoman
@f - | Nikolas's parents
A coroner has recommended lifeguard patrols outside the summer season at a remote beach on the Brannock coast where a teenager drowned in 2021.
Nikolas Pappas, 16, was swept off a rock shelf at Gannet Point while fishing with friends on 30 April, two weeks after patrols ended for the season.
In findings handed down in Port Carrick on Tuesday, Coroner Deirdre McAlister said the beach was "⟦p:a|notorious among locals⟧" for rips and sudden swells.
"⟦d:a|Signage at the site was faded, partly obscured by vegetation and, on the evidence, largely ignored,⟧" she wrote. "⟦d:a|A sign is not a substitute for a trained person with a rescue board.⟧"
She recommended that Brannock Shire Council fund patrols during school holidays throughout the year.
In a statement read outside the court by the family's solicitor, Anthony Georgiou, Nikolas's parents said they hoped the findings would "⟦p:f|spare another family from this⟧".
"⟦d:f|Niko loved that coastline. He would want it to be safe for the kids who come after him,⟧" the statement said.
Mr Georgiou added: "⟦d:b|The family would like to thank the coroner for the care she has taken with this inquest.⟧"
Coastwatch Lifesaving Association chief executive Warrick Dunne said the association "⟦p:c|stands ready⟧" to provide the patrols. "⟦d:c|But we need the funding to follow the findings,⟧" he said.
A Brannock Shire Council spokeswoman said the council would "⟦p:d|respond formally in due course⟧".

### 015
@a Ulrike Brandstätter | Presiding judge
@b Jörg Wendling | Prosecutor
@c Sibel Aksoy | Köhler's lawyer
@d Reinhard Köhler | -
@e Matthias Oberhuber | The son of one former resident
KESSBERG, Germany — A German court on Thursday sentenced a former care-home manager to three years and nine months in prison for defrauding health insurers of more than €800,000 by billing for nursing shifts that were never worked.
The regional court in Kessberg found that Reinhard Köhler, 59, had run a system of «⟦s:-|Phantomschichten⟧» — phantom shifts — at two homes he managed between 2016 and 2021.
Presiding judge Ulrike Brandstätter said Köhler had acted out of «⟦p:a|pure greed⟧».
«⟦d:a|Die Leidtragenden waren die Bewohner, die auf Pflege gewartet haben, die es nie gab⟧», she said. («⟦d:a|Those who suffered were the residents, who waited for care that never existed.⟧»)
Prosecutor Jörg Wendling had asked for four and a half years. «⟦d:b|This was not an accounting error. It was a business model,⟧» he told the court in his closing speech.
Köhler's lawyer, Sibel Aksoy, said her client would appeal. «⟦d:c|Wir halten das Urteil für falsch⟧», she told reporters — «⟦d:c|we believe the verdict is wrong⟧».
Köhler had told the court on Monday, in his final words before the verdict, that he was sorry. «⟦d:d|I let down people who trusted me,⟧» he said.
The son of one former resident, Matthias Oberhuber, who attended every day of the trial, said: «⟦d:e|My mother rang her bell for forty minutes one night. Now I know why nobody came.⟧»

### 016
@a Siobhán Ní Bhriain | Garda Sergeant
@b Eoin Tierney | defence counsel
@c Tadhg Mac Giolla Phádraig | -
@d Aoife Kinsella | Judge
@e Pádraig Ó Dónaill | -
A Co Clare man who punched a taxi driver outside a chip shop in Ennistown has been given a two-year suspended sentence.
Pádraig Ó Dónaill (27), of Ardbeg Park, Ennistown, pleaded guilty at Ennistown Circuit Criminal Court to assault causing harm to Mr Tadhg Mac Giolla Phádraig on 12 August 2023.
Garda Sergeant Siobhán Ní Bhriain told the court the taxi driver had asked Ó Dónaill and two friends to get out of his car after they refused to pay the fare in advance.
“⟦d:a|Words were exchanged on the footpath and the accused struck Mr Mac Giolla Phádraig once, with force, to the face,⟧” she said.
Under cross-examination by defence counsel Eoin Tierney BL, the sergeant agreed that the accused had handed himself in at Ennistown Garda station the following morning.
“⟦d:b|He was cooperative from start to finish?⟧” Mr Tierney asked.
“⟦d:a|He was,⟧” Sgt Ní Bhriain replied.
In a victim impact statement, which he read to the court himself, Mr Mac Giolla Phádraig said he had given up working nights. “⟦d:c|I drove a taxi in this town for 22 years. Now I don’t stop for anyone after dark,⟧” he said.
Judge Aoife Kinsella described the assault as “⟦p:d|a cowardly blow⟧” to a man who was doing his job.
“⟦d:d|You are a young man with no previous convictions and a good work record. You are also a man who, with drink taken, did something that has changed another man’s life,⟧” she told the accused.
She suspended the sentence on condition that he pay €5,000 in compensation within six months.
Ó Dónaill, who is a native Irish speaker, turned to Mr Mac Giolla Phádraig as he left the dock. “⟦d:e|Tá brón orm⟧” — “⟦d:e|I’m sorry⟧” — he said.

### 017
@a Jonathan Esterhuizen | Counsel to the inquiry
@b Beatrix Salomon | The inquiry's chair
@c Leanne Foxley | -
@d Martin Crewe | Former chief executive
@e Ruth Kavanagh-Lyle | Senior midwife
@f Hallam Vale Hospitals Trust | -
Families of babies who died or were injured at St Brannoc's Hospital in Hallam Vale packed a conference centre on Monday for the opening of the public inquiry into the hospital's maternity unit.
Counsel to the inquiry Jonathan Esterhuizen KC said it would examine the deaths of 31 babies and two mothers between 2015 and 2022.
"⟦d:a:m|Behind each of those numbers is a family whose lives were changed in a single night. Many of them are in this room today.⟧
"⟦d:a:m|Some of them have told us that they raised concerns at the time and were dismissed, patronised or simply ignored.⟧
"⟦d:a|Whether that is right is one of the central questions this inquiry must answer.⟧"
The inquiry's chair, Dr Beatrix Salomon, said she would "⟦p:b|follow the evidence wherever it leads⟧". A retired obstetrician, she was appointed last year after the previous chair stood down.
"⟦d:b|No one who gives evidence here is on trial. But no one will be spared difficult questions either,⟧" she said.
Leanne Foxley, whose daughter Isla died hours after her birth in 2019, was the first bereaved parent to give evidence.
"⟦d:c|I kept saying something was wrong. A midwife told me, 'First babies take their time,' and then she went off shift,⟧" Ms Foxley said.
Former chief executive Martin Crewe, whose written statement was published by the inquiry on Monday, said the trust board had been "⟦p:d|falsely reassured⟧" by figures showing the unit's outcomes were in line with the national average.
"⟦d:d|I accept that I, and the board I led, should have asked harder questions,⟧" he wrote. He is due to give evidence in person in the autumn.
Senior midwife Ruth Kavanagh-Lyle, who worked on the unit for 20 years, told the inquiry that staffing had been "⟦p:e|dangerous for years⟧".
"⟦d:e|We were filling in incident forms every shift. After a while you stop believing anybody reads them,⟧" she said.
Hallam Vale Hospitals Trust said: "⟦d:f|We welcome the inquiry and will cooperate with it fully. We are sorry for the pain families have suffered.⟧"

### 018
@a Renée Castellanos | Deputy District Attorney
@c Paul Hirsch | Brandvold's attorney
@d Dana Whitcombe | The boy's mother
@e Marion Ridge County District Attorney's Office | the district attorney's office
ORCHARD FALLS, Ore. (Westwire) — A jury on Friday convicted a former youth soccer coach of manslaughter in the death of a 15-year-old player who collapsed during a practice held in extreme heat, according to the Marion Ridge County District Attorney's Office.
Tyler Brandvold, 34, faces up to 10 years in prison when he is sentenced in March. Jurors deliberated for about six hours.
Prosecutors said Brandvold refused repeated requests for water breaks on the afternoon of Aug. 11, 2023, when the temperature reached 104 degrees.
"⟦d:a|He had every warning a reasonable person could have had, and he chose to keep those kids running,⟧" Deputy District Attorney Renée Castellanos told jurors in closing arguments, according to a court transcript.
Brandvold's attorney, Paul Hirsch, said in an email that his client was "⟦p:c|devastated⟧" by the verdict and would appeal.
The boy's mother, Dana Whitcombe, spoke briefly to reporters outside the courthouse. "⟦d:d|Today doesn't bring Caleb back. But it tells every coach in this state that a kid's life matters more than a drill,⟧" she said.
"⟦d:e|Justice was served today for Caleb and his family,⟧" the district attorney's office said in a statement.

### 019
@a Tomasz Wiśniewski | -
@b Nasreen Qadri | Employment Judge
@c Dean Hollis | supervisor
@d Logistics and Distribution Workers' Union | Mr Wiśniewski's union
@e Greyfield Logistics | -
A Polish forklift driver who was told by a supervisor to "⟦p:c|speak English or go back to Poland⟧" was discriminated against because of his race, an employment tribunal has found.
Tomasz Wiśniewski, 44, worked at Greyfield Logistics' distribution centre in Marrowby for six years before he was dismissed in 2023 for gross misconduct.
The tribunal heard he had been speaking Polish to a colleague, Andrzej Nowak, during a break when supervisor Dean Hollis confronted them.
Giving evidence through an interpreter, Mr Wiśniewski said: "⟦d:a|Powiedział, żebym wracał do Polski.⟧" ("⟦d:a|He told me to go back to Poland.⟧")
Mr Hollis denied using those words. "⟦d:c|I asked them to speak English on the shop floor for safety reasons. That's all I said,⟧" he told the tribunal.
Employment Judge Nasreen Qadri preferred Mr Wiśniewski's account, which was supported by Mr Nowak.
"⟦d:b|We found Mr Wiśniewski to be a careful and honest witness who did not exaggerate,⟧" the judge wrote. "⟦d:b|Mr Hollis, by contrast, gave evidence that shifted in important respects.⟧"
Mr Wiśniewski's union, the Logistics and Distribution Workers' Union, said the ruling sent "⟦p:d|a clear message to every employer in the sector⟧".
Greyfield Logistics said: "⟦d:e|We are reviewing the judgment carefully and have already introduced new training for all supervisors.⟧"
A remedy hearing will be held later this year.

### 020
@j - | An inquest jury
@b Officer B | a custody sergeant who cannot be named for legal reasons
@c Marcus Ellery | The senior coroner
@d Abena Asante-Boateng | His mother
@e Helen Rook | Assistant Chief Constable
An inquest jury has found that failures by custody staff "⟦p:j|more than minimally⟧" contributed to the death of a man who was restrained face down for nine minutes in a police cell in Dunmere.
Kwame Asante-Boateng, 34, a father of two, was arrested on suspicion of criminal damage on 18 May 2021 and died in hospital three days later.
In its narrative conclusion, the jury said: "⟦d:j|Officers failed to recognise that Mr Asante-Boateng was in medical distress and failed to place him in the recovery position when he became unresponsive.⟧"
Earlier in the five-week hearing, Officer B, a custody sergeant who cannot be named for legal reasons, said he had believed Mr Asante-Boateng was "⟦p:b|putting it on⟧".
"⟦d:b|I'd seen people pretend to pass out before. I got that wrong, and I have to live with it,⟧" he said.
The senior coroner, Marcus Ellery, said he would write to the chief constable about training in restraint. "⟦d:c|The evidence I have heard causes me real concern that this could happen again,⟧" he said.
His mother, Abena Asante-Boateng, spoke outside the court in Dunmere, holding a photograph of her son.
"⟦d:d|Kwame called out for help and nobody came. Today a jury has said what we have known for three years,⟧" she said.
Assistant Chief Constable Helen Rook said: "⟦d:e|We accept the jury's findings in full. I want to say again to Kwame's family how sorry we are.⟧"

### 021
@a Imran Sadiq | District Judge
@b Lydia Marsh | Prosecutor
@c Margaret Ellison-Boyd | Retired headteacher
@d Orla Brennan-Moss | a student at Carnmouth University
@e Castellan Insurance | -
@f Last Harvest | The campaign group behind the protest
Six climate protesters who glued themselves to the revolving doors of an insurance company's headquarters in Carnmouth have been released on bail.
The group, aged between 19 and 71, appeared at Carnmouth Magistrates' Court on Wednesday charged with criminal damage and obstructing the highway.
Supporters in the public gallery unfurled a banner reading "⟦s:-|Stop Insuring Extinction⟧" and chanted "⟦s:-|No more coal, no more oil⟧" until District Judge Imran Sadiq threatened to clear the court.
"⟦d:a|This is a court, not a rally. One more interruption and everybody in that gallery leaves,⟧" he said.
Prosecutor Lydia Marsh said Monday's protest had caused "⟦p:b|significant disruption⟧" to about 400 staff at Castellan Insurance, who could not get into the building for most of the morning.
Retired headteacher Margaret Ellison-Boyd, 71, of Westcombe, the oldest of the six, was asked how she intended to plead. "⟦d:c|Not guilty, because I am not the one committing a crime here,⟧" she said.
"⟦d:a|You will have your chance to make speeches at trial, Mrs Ellison-Boyd. Today I just need a plea,⟧" the judge told her.
Orla Brennan-Moss, 19, a student at Carnmouth University, spoke to reporters outside. "⟦d:d|I'd do it again tomorrow,⟧" she said.
Castellan Insurance said in a statement that it "⟦p:e|respects the right to peaceful protest⟧" but that Monday's action had "⟦p:e|crossed a line⟧".
The campaign group behind the protest, Last Harvest, posted on X: "⟦d:f|Six ordinary people stood up today. Thousands more will follow.⟧"

### 022
@a Anthony Mabbott | the vice-president of the court's criminal division
@b Graham Pellow | His son
@c Rachel Otway | Solicitor General
@d Hugh Farrant | Defence counsel
A burglar who left an 86-year-old man with a fractured skull has had his sentence increased from five years to nine after the Court of Appeal ruled it was unduly lenient.
Ross Danby, 29, broke into Arthur Pellow's bungalow in Trevaskis Lane, Penwithen, in the early hours of 2 October and pushed him to the floor when he got out of bed to investigate.
Solicitor General Rachel Otway referred the original sentence, passed at Carnmouth Crown Court in February, to the appeal judges.
Giving the court's ruling, Sir Anthony Mabbott, the vice-president of the court's criminal division, said the sentencing judge had given "⟦p:a|too much weight⟧" to Danby's personal circumstances.
"⟦d:a|Mr Pellow was attacked in his own home, at night, by a stranger. He was 86 and frail. Those features placed this offence in the highest category of harm,⟧" he said.
Defence counsel Hugh Farrant had argued that Danby was now "⟦p:d|a different man⟧", having stopped using drugs in prison.
Mr Pellow, who now lives with his son in Selworth, did not attend the hearing. His son, Graham Pellow, said afterwards: "⟦d:b|Dad doesn't really understand what happened to him any more. But I do, and I'm grateful the court has listened.⟧"
Ms Otway said in a statement: "⟦d:c|This was a despicable attack on a vulnerable man, and I am pleased the court agreed that the original sentence did not reflect its seriousness.⟧"

### 023
@a Callum Reade | -
@f - | the Mensah family
@b Chloe | Mr Mensah's sister
@c Lewis Fairhurst | Detective Inspector
A 22-year-old man has been found guilty of murdering a delivery rider who was stabbed as he tried to stop a moped being stolen.
Callum Reade, of Larch Way, Fenwick, was convicted by a jury at Kessingham Crown Court on Thursday after a three-week trial. Daniel Mensah, 31, died in Harbour Street on 6 January.
As the verdict was read out, Reade shouted "⟦d:a|This is a joke⟧" and was restrained by dock officers. He will be sentenced by Judge Naomi Sterling next month.
Outside court, Mr Mensah's sister, Chloe, read a statement on behalf of the Mensah family.
"⟦d:f|Danny was always the first to help anyone. That is what he was doing when he died. We will be proud of him for the rest of our lives,⟧" the statement said.
Speaking afterwards, she added: "⟦d:b|I just want to go home and tell my mum it's over.⟧"
Detective Inspector Lewis Fairhurst, who led the investigation, said: "⟦d:c|Daniel Mensah was a hard-working young man who did the right thing.⟧"
"⟦d:c|Callum Reade will now face the consequences of the choices he made that night,⟧" he added.

### 024
@a Kerry-Ann Doyle | the witness
@b Helena Frost | prosecutor
@c Miriam Adeyemi | -
A witness in the trial of a woman accused of murdering her partner has admitted she did not tell police about an argument she overheard until nine months after his death.
Kerry-Ann Doyle, 36, lived in the flat below Jodie Penrose and Aaron Whitlow in Beacon Court, Port Ellery. Ms Penrose, 33, denies murdering Mr Whitlow, 35, who died from a single stab wound in March last year.
Questioned by prosecutor Helena Frost KC, Ms Doyle said she had heard shouting from the flat above "⟦p:a|for ages⟧" that night.
"⟦d:b|What could you hear?⟧" Ms Frost asked.
"⟦d:a|Him, mostly. Shouting, swearing. Then a bang, like a door, and then it went quiet,⟧" the witness said.
"⟦d:b|Did you hear Ms Penrose's voice at all?⟧"
"⟦d:a|Once. She said, 'Get away from me.' Then nothing.⟧"
Cross-examined by Miriam Adeyemi KC, for Ms Penrose, Ms Doyle accepted that she had told officers on the night that she had "⟦p:a|heard nothing⟧".
"⟦d:c|Why the change, nine months later?⟧" Ms Adeyemi asked.
"⟦d:a|I was scared. I didn't want to get involved. I've got kids,⟧" she replied.
"⟦d:c|Or is it that you have heard things since — from neighbours, from Facebook — and have come to believe you heard them yourself?⟧"
"⟦d:a|No. I know what I heard.⟧"
Ms Penrose wept in the dock as the evidence was given. The jury has been told she will say she acted in self-defence after years of abuse.
The trial, before Judge Sarah Penhaligon, continues.

### 025
@a Stuart Meads | Lookout
@b Trackways Network | the company
An inquest into the death of a track worker who was hit by a train near Sallow Junction has heard that his lookout was using a radio that "⟦p:a|kept cutting out⟧".
Gary Pinfold, 52, of Hepton, died on 23 November 2022 while replacing a section of rail.
Lookout Stuart Meads told the hearing at Marrowby Coroner's Court: "⟦d:a|I shouted and shouted. I don't think he ever heard me.⟧"
Trackways Network, which employed Mr Pinfold, said it had since replaced all handheld radios used by its track teams. "⟦d:b|Gary's death should never have happened,⟧" the company said. The inquest continues.

### 026
@a Marie-Ève Thibodeau-Larose | Justice
@b Lucie Bergeron | The lead plaintiff
@c Olivier Gendron-Paquette | Her lawyer
@d Résidences Boréal Inc. | -
LAC-VERNEUIL, Que. — A Superior Court judge has authorized a class action against the operator of a private seniors' residence where the air conditioning failed during a week-long heat wave in July 2023.
Justice Marie-Ève Thibodeau-Larose ruled that residents of the Manoir des Érables and their families could sue Résidences Boréal Inc. for damages.
«⟦d:a|Les résidents, dont plusieurs étaient en perte d'autonomie, ont été laissés dans des chambres où la température dépassait 34 degrés⟧», the judge wrote in her decision. («⟦d:a|The residents, several of whom had lost some of their autonomy, were left in rooms where the temperature exceeded 34 degrees.⟧»)
The lead plaintiff, Lucie Bergeron, whose 91-year-old father lived at the residence, said she was relieved. «⟦d:b|My father kept saying, 'I can't breathe in here.' Nobody came to fix anything for five days,⟧» she said in an interview.
Her lawyer, Olivier Gendron-Paquette, said about 140 former and current residents could be covered by the action.
«⟦d:c|This is not about money. It is about making sure the next heat wave does not find these buildings unprepared,⟧» he said.
Résidences Boréal said in a statement that it «⟦p:d|takes note of the decision⟧» and would defend itself in court.

### 027
@a Alan Whitcroft | Deputy District Judge
@b Derek Poole | a retired postman
@c Nigel Ashdown | his neighbour
A long-running row between neighbours over a leylandii hedge ended in the county court this week — with the judge suggesting both men "⟦p:a|buy each other a pint⟧".
Derek Poole, 78, a retired postman, had sued his neighbour, Nigel Ashdown, 64, for £1,850 after Mr Ashdown cut the hedge on their shared boundary down to what Mr Poole called "⟦p:b|a stump⟧".
"⟦d:b|That hedge was thirty years old. It had blackbirds nesting in it,⟧" Mr Poole told Fenwick County Court.
Mr Ashdown said the hedge had blocked the light to his kitchen "⟦p:c|from about February to October⟧".
"⟦d:c|I asked him nicely for eleven years. In the end I asked the chainsaw,⟧" he joked, drawing laughter from the small hearing room.
Deputy District Judge Alan Whitcroft found that the hedge stood on Mr Ashdown's side of the boundary and dismissed the claim.
"⟦d:a|I have every sympathy with the blackbirds, Mr Poole, but they are not parties to these proceedings,⟧" he said.
Afterwards, the retired postman was philosophical. "⟦d:b|It'll grow back. Leylandii always do,⟧" he said.

### 028
@a Ottavia Ruggiero-Banks | The TV chef
@b Catherine Lowe | -
@c Declan Furey | The journalist who wrote the article
@d Rupert Halse | Her barrister
The TV chef Ottavia Ruggiero-Banks has told the High Court she was "⟦p:a|humiliated⟧" by a newspaper article that claimed she served shop-bought pasta in her restaurants and passed it off as her own.
Ms Ruggiero-Banks, 47, is suing Beacon Newspapers Ltd, publisher of the Sunday Beacon, over a 2023 story headlined "⟦s:-|Pasta la vista, Ottavia⟧".
"⟦d:a|Every piece of pasta served in my restaurants is made by hand, in our kitchens, every morning,⟧" she said in her witness statement.
Cross-examining her on Tuesday, Catherine Lowe KC, for the newspaper, showed the court a post Ms Ruggiero-Banks had written on Instagram in 2021: "⟦d:a|Sometimes the best pasta is the one you didn't have to make! #lazysunday⟧"
"⟦d:b|You were telling your followers that you use shop-bought pasta, weren't you?⟧" Ms Lowe asked.
"⟦d:a|At home, on a Sunday, with my children. Not in my restaurants,⟧" the chef replied.
The journalist who wrote the article, Declan Furey, told the court he had relied on two former members of her kitchen staff.
"⟦d:c|Both of them told me independently that boxes of dried pasta were delivered every week,⟧" he said.
Her barrister, Rupert Halse KC, suggested the boxes had contained something else. "⟦d:d|Flour, Mr Furey. Sacks of '00' flour. That is what arrives every week at an Italian restaurant,⟧" he said.
Mr Furey said he had "⟦p:c|no reason to doubt⟧" his sources. The trial continues.

### 029
@b Sunil Prakash | Shop owner
@c Hone Paraone | Kaumātua
@d Kiri Maihi | Judge
@e Michael Draper | Crown prosecutor
A 19-year-old who robbed a Waimaru dairy with a replica pistol has been sentenced to 12 months' home detention after the shop owner spoke in his support.
Nikau Herewini pleaded guilty in the Waimaru District Court to aggravated robbery over the raid on the Kōwhai Street Superette in September, in which he took $640 and two cartons of cigarettes.
Shop owner Sunil Prakash, who met Herewini at a restorative justice conference in January, told the court he had been terrified at the time. "⟦d:b|But when I sat across the table from him, I saw a frightened boy. I have a son the same age,⟧" he said.
"⟦d:b|I don't want him in prison. I want him working. If he wants a job when this is finished, he can come and see me.⟧"
Kaumātua Hone Paraone, speaking on behalf of Herewini's whānau, addressed the court in te reo Māori. "⟦d:c|Kua hē tā mātou tamaiti,⟧" he said. "⟦d:c|Our boy has done wrong.⟧" He told the judge the family would make sure Herewini kept to every condition.
Crown prosecutor Michael Draper had sought a term of imprisonment. "⟦d:e|A shop owner staring down a barrel cannot be expected to know the gun is a replica,⟧" he said.
Judge Kiri Maihi said the offending was "⟦p:d|serious and frightening⟧" but that Herewini had shown "⟦p:d|genuine remorse⟧".
"⟦d:d|Mr Prakash has shown you a generosity you did not earn. Do not waste it,⟧" she told him.

### 030
@a Police Conduct Authority | -
@b June Carrow | The man's wife
@c Faisal Rahman | Chief Inspector
@d Westshire Police Federation | -
@u - | one officer
A police watchdog has found that two officers who used a Taser on a 61-year-old man with dementia in his own garden in Hepton had "⟦p:a|no reasonable grounds⟧" to believe he posed a threat.
The Police Conduct Authority's report, published on Monday, said the officers had been called by a neighbour who saw Bernard Carrow holding a garden fork and shouting at passers-by last August.
"⟦d:a|The officers had been told by the call handler that the man was confused and unwell. Nothing they saw on arrival should have led them to draw a Taser, let alone fire it,⟧" the report said.
According to the report, one officer shouted "⟦d:u|Drop it or you'll be tased⟧" three times in the 11 seconds before the device was discharged. Mr Carrow fell and broke his hip.
The man's wife, June Carrow, said her husband had not left the house since. "⟦d:b|Bernard thought they were burglars. He was trying to protect me,⟧" she said.
Chief Inspector Faisal Rahman, of Westshire Police, said both officers would face gross misconduct hearings. "⟦d:c|We have apologised to Mr and Mrs Carrow, and we will learn from this,⟧" he said.
The Westshire Police Federation said the officers had been "⟦p:d|doing their best in a fast-moving situation⟧" and would be supported throughout the process.

### 031
@a Yolanda Márquez Ferrer | -
@b Thomas Eckersley | Upper Tribunal Judge
@c Bronwen Pugh | Ward sister
@d Gavin Holroyd | -
A Venezuelan nurse who worked on a Welbury hospital’s respiratory ward throughout the pandemic has won the right to stay in the UK after a judge ruled that deporting her would be “⟦p:b|disproportionate⟧”.
Yolanda Márquez Ferrer, 41, came to Britain in 2017 on a student visa and stayed on unlawfully after it expired, while caring for her mother, who has since died.
At a hearing in Halbury in May, she told the tribunal she had no family left in Venezuela. “⟦d:a|Aquí tengo mi vida. Aquí están mis pacientes,⟧” she said, before repeating it in English: “⟦d:a|My life is here. My patients are here.⟧”
Ward sister Bronwen Pugh, who has worked alongside her for four years, described her as “⟦p:c|the nurse you want when it all goes wrong⟧”.
“⟦d:c|On the worst nights in 2020, Yolanda was the one holding the iPad so that families could say goodbye,⟧” Ms Pugh said in a written statement.
For the Home Office, Gavin Holroyd argued that her immigration history weighed heavily against her. “⟦d:d|The appellant made a deliberate choice to remain here unlawfully for more than three years,⟧” he said.
In his decision, Upper Tribunal Judge Thomas Eckersley wrote: “⟦d:b|I do not condone the appellant’s overstaying. But on these unusual facts, the public interest in her removal is outweighed by the contribution she makes and the private life she has built.⟧”
Ms Márquez Ferrer said she cried when her solicitor rang with the news. “⟦d:a|I was on a night shift. I had to go and sit in the sluice room for five minutes,⟧” she recalled.

### 032
@a Morag Kilbride | Sheriff
@b Fiona Lennox | One of his companions
@c Iain Drummond | Torran Mountain Rescue Team leader
@d Eilidh | Mr MacRath's widow
A sheriff has ruled that no reasonable precaution could have prevented the death of a climber who fell while descending Beinn Scarrach in a storm in February 2023.
Alasdair MacRath, 44, a geography teacher from Inverlochan, was one of a party of three who had reached the summit before the weather closed in.
In her written determination following a fatal accident inquiry at Fort Torran Sheriff Court, Sheriff Morag Kilbride said the group had been ``⟦p:a|well equipped and highly experienced⟧''.
``⟦d:a|The evidence was that the weather deteriorated far more quickly than had been forecast. There is no precaution which, if taken, might realistically have avoided Mr MacRath's death,⟧'' she wrote.
One of his companions, Fiona Lennox, told the inquiry in September that a cornice had ``⟦p:b|just dropped away⟧'' beneath him.
``⟦d:b|One second he was there and the next he wasn't. There was no sound at all,⟧'' she said.
Torran Mountain Rescue Team leader Iain Drummond said his volunteers had taken nine hours to reach the spot where Mr MacRath fell. ``⟦d:c|Conditions were about as bad as I have seen in twenty years on the hill,⟧'' he told the inquiry.
Mr MacRath's widow, Eilidh, said in a statement issued through the Crown Office: ``⟦d:d|Alasdair died doing what he loved, in the place he loved. We take some comfort from knowing that nobody was to blame.⟧''

### 033
@u - | the legal adviser
@b Gordon Tulliver | -
@c Phoebe Marchant | District Judge
A man accused of driving without insurance spent almost twenty minutes telling a court it had no authority over him before he was warned he could be held in contempt.
Gordon Tulliver, 58, of Hillcrest Road, Wexley, at first refused to stand when his case was called at Wexley Magistrates' Court on Monday.
"⟦d:u|Please stand,⟧" the legal adviser said.
"⟦d:b|I do not consent. I am here as a living man, not as a legal fiction,⟧" Mr Tulliver replied.
District Judge Phoebe Marchant, who was sitting alone, tried a different approach.
"⟦d:c|Mr Tulliver, are you the person named on this charge sheet?⟧"
"⟦d:b|I am the beneficiary of that name.⟧"
"⟦d:c|I'll take that as a yes.⟧"
After several further exchanges about maritime law and the Magna Carta, the judge lost patience. "⟦d:c|You are entitled to your beliefs. You are not entitled to stop this court doing its work,⟧" she said.
He eventually pleaded not guilty, telling the court he did so "⟦p:b|under protest and without prejudice⟧". A trial was set for 3 July.

### 034
@a Idris Pryce-Jenkins | -
@b Stephen Hollins | -
@c Christopher Vane | -
@d Eleanor Whitby | The inquiry's chair
Lawyers for the families of the seven people killed in the Penmorva landslide have accused the quarry company and the county council of "⟦p:a|a decade of looking the other way⟧".
Closing submissions in the public inquiry into the disaster were heard in Penmorva on Friday, 14 months after the hearings began.
Idris Pryce-Jenkins KC, who represents 23 bereaved and injured families, said warnings about the stability of the spoil heap had been "⟦p:a|passed from desk to desk⟧" for years.
"⟦d:a:m|Nobody was in charge of that tip. Everybody had a reason why it was somebody else's problem.⟧
"⟦d:a|The families do not ask this inquiry for vengeance. They ask it to say, plainly, who should have acted, and when.⟧"
Stephen Hollins KC, for Penmorva County Council, accepted that the council's monitoring had been "⟦p:b|inadequate⟧", but told the inquiry the council had been "⟦p:b|repeatedly reassured⟧" by the operator's engineers.
"⟦d:b|The council is not a geotechnical expert and never held itself out as one,⟧" he said.
Christopher Vane KC, for the quarry's operator, Garnet Aggregates, rejected that. "⟦d:c|It is simply not open to the council to say it was misled. Every report our engineers produced was sent to the council in full,⟧" Mr Vane said.
The inquiry's chair, Dame Eleanor Whitby, thanked the families for their "⟦p:d|patience and dignity⟧".
"⟦d:d|I am conscious that for many of you, the hardest part of this process has been listening,⟧" she said. She expects to publish her report next spring.

### 035
@a Sophie Lindgren-Hale | the 34-year-old
@b Craig Dobbin | manager
@c Oluwaseun Bakare | Employment Judge
@d Kessingham Athletic | -
A physiotherapist at Kessingham Athletic was sacked days after telling the first-team manager she was pregnant, an employment tribunal has ruled.
Sophie Lindgren-Hale had worked at the League Two club for five years when she was told in August 2023 that her post was being restructured.
The tribunal heard that manager Craig Dobbin said "⟦p:b|that's the last thing we need⟧" when she told him her news in the physio room.
Giving evidence, Ms Lindgren-Hale said she had been "⟦p:a|stunned⟧".
"⟦d:a|I'd strapped his ankles before matches for five years. I thought he'd at least say congratulations,⟧" the 34-year-old told the tribunal. "⟦d:a|Instead he asked me how long I'd be off.⟧"
Mr Dobbin, who left the club at the end of last season, said he had been "⟦p:b|caught off guard⟧".
"⟦d:b|It came out wrong. I've got three kids myself. I was thinking about the fixture list, not about her,⟧" he said.
Employment Judge Oluwaseun Bakare found that the restructuring had been "⟦p:c|a pretext⟧". "⟦d:c|No other role was restructured, and the claimant's replacement was recruited within a fortnight on the same terms,⟧" he wrote.
Kessingham Athletic said in a statement: "⟦d:d|The club accepts the tribunal's findings and has apologised to Sophie. We wish her and her family well.⟧"
Ms Lindgren-Hale, whose son was born in February, said she was "⟦p:a|just glad it's over⟧".

### 036
@a Bradley Quennell | -
@b Yasmin Chaudhry | -
@c Jess Tamworth | One victim
@d Gregory Lamb | Judge
@e Westshire Trading Standards | -
A man who sold fake tickets for sold-out concerts to more than 200 fans has been jailed for three years and four months.
Bradley Quennell, 27, of Tannery Row, Aldbridge, used online marketplace accounts under 14 different names to take more than £38,000 from buyers over two years.
Prosecuting, Yasmin Chaudhry said many of the victims were teenagers who had bought tickets as birthday presents.
"⟦d:b|Each time an account was shut down, another one appeared within days,⟧" Ms Chaudhry said.
When one buyer complained that her tickets had been rejected at the gate, Quennell replied: "⟦d:a|Not my problem mate, they were legit when I sold them.⟧"
One victim, Jess Tamworth, 17, said in a statement read to the court that she had saved for five months. "⟦d:c|I stood outside the arena in the rain while everyone else went in. I've never felt so stupid,⟧" she wrote.
Sentencing, Judge Gregory Lamb told Quennell: "⟦d:d|You preyed on the excitement of young people, many of them children, and you mocked them when they complained.⟧"
Westshire Trading Standards, which investigated the case, urged fans to buy only from official sellers. "⟦d:e|If a deal looks too good to be true, it almost certainly is,⟧" it said.

### 037
@a Andrew Mossop | Senior coroner
@b Vikram Rao | Consultant surgeon
@c Katarzyna Zielińska | The anaesthetist
@d Neil | Mrs Ambler's husband
@e Joanna Tremlett | the family's solicitor
@f Linden Park Clinic | -
A mother of three died after a routine gall bladder operation at a private hospital because a bleed went unnoticed for more than six hours, a coroner has found.
Rachel Ambler, 39, of Mill Lane, Stainforth, had keyhole surgery at the Linden Park Clinic in Welbury on 4 April 2023 and died early the next morning.
Senior coroner Andrew Mossop found that neglect had contributed to her death, citing "⟦p:a|a gross failure to provide basic medical attention⟧".
Consultant surgeon Vikram Rao told the inquest he had left the clinic at 6pm after being told his patient was recovering well.
"⟦d:b|I was told her observations were stable. Had I been told otherwise, I would have come straight back,⟧" he said.
The anaesthetist, Dr Katarzyna Zielińska, said she had not been contacted either. "⟦d:c|Nobody rang me. I found out the next morning, when I arrived for my list,⟧" she said.
Mr Mossop said: "⟦d:a|The warning signs were on the chart for anyone who looked: a rising heart rate, falling blood pressure, and a patient who said again and again that she felt faint.⟧"
"⟦d:a|Nobody acted on them until it was too late.⟧"
In a statement read by the family's solicitor, Joanna Tremlett, Mrs Ambler's husband, Neil, said: "⟦d:d|Rachel went in for a procedure we were told was as routine as it gets. Our children will grow up without their mum because nobody picked up the phone.⟧"
Ms Tremlett added that the family was considering legal action. "⟦d:e|They want to be sure that what happened to Rachel cannot happen to anyone else,⟧" she said.
Linden Park Clinic said it had "⟦p:f|apologised unreservedly⟧" to the family. "⟦d:f|We have made significant changes to our overnight staffing and escalation procedures,⟧" it said.

### 038
@a Provincial Court | the court
@b Beatriz Anglada | Gallardo's lawyer
@c Javier Ruiz de Azúa | Anti-corruption prosecutor
@e Ernesto Gallardo Peñalver | -
VALDELUNA, Spain (Westwire) — A Spanish court on Tuesday sentenced a former mayor of Valdeluna to six years in prison for taking kickbacks on public works contracts, in one of the region's biggest corruption cases in a decade.
The Provincial Court found that Ernesto Gallardo Peñalver, 63, who ran the town of 40,000 people from 2011 to 2019, received at least €1.3 million from two construction firms.
In its ruling, the Provincial Court said Gallardo had run the town hall «⟦p:a|como si fuera su cortijo⟧» — as though it were his private estate.
«⟦d:a|El acusado antepuso de forma sistemática su interés personal al interés general⟧», the court wrote. («⟦d:a|The defendant systematically put his personal interest before the general interest.⟧»)
Gallardo's lawyer, Beatriz Anglada, said the defence would appeal to the Supreme Court. «⟦d:b|We are convinced the Supreme Court will see this very differently,⟧» she told reporters outside the court building.
Anti-corruption prosecutor Javier Ruiz de Azúa, who had sought nine years, said the ruling showed that «⟦p:c|nobody is above the law, not even in a small town⟧».
Gallardo, who did not attend the hearing, wrote on Facebook: «⟦d:e|Sigo siendo inocente y lo demostraré⟧» («⟦d:e|I am still innocent and I will prove it⟧»).

### 039
@a Bev | -
@b Des | a retired bus driver
@c Amy | A young woman who gave evidence last year against her former partner
@d Pauline Osei-Bonsu | The service's manager
At a quarter past nine on a Monday morning, Bev is already on her second pot of tea in a small room on the first floor of Carnmouth Crown Court.
For twelve years Bev, who prefers not to give her surname, has volunteered with the court's witness service, sitting with people who are about to give evidence — victims, bystanders, sometimes the frightened relatives of defendants.
"⟦d:a|People think the scary bit is giving evidence. Often it's the waiting,⟧" she says. "⟦d:a|You can sit here for two days and never get called.⟧"
Her fellow volunteer, Des, a retired bus driver, takes witnesses into an empty courtroom before their hearing so they can see where everyone will sit.
"⟦d:b|I tell them: look at the jury, not at him. The jury are the ones who matter,⟧" he says.
A young woman who gave evidence last year against her former partner — we will call her Amy — says she would not have got through the day without them.
"⟦d:c|Bev held my hand in the corridor and didn't say a word. That was exactly what I needed,⟧" Amy says.
The service's manager, Pauline Osei-Bonsu, says funding has not kept pace with the number of trials. "⟦d:d|We have 40 volunteers for four courts. We could use twice that,⟧" she says.
Des, 71, has his own theory about what helps most. "⟦d:b|Biscuits. Never underestimate a custard cream,⟧" he jokes.

### 040
@a Corinne Abernathy-Shaw | Justice
@b Raymond Tillotson | Justice
@c Dolores Whitfield-Ruiz | a Democrat who sponsored an unsuccessful repeal bill in 2021
@d Keith Brandauer | a Republican
@e Terrell Hutchins | -
ST. ALDRIC (Westwire) — The Marlow Supreme Court on Thursday struck down a state law barring people with felony convictions from ever serving on juries, ruling 4-3 that it violated the state constitution.
Writing for the majority, Justice Corinne Abernathy-Shaw said the ban ``⟦p:a|sweeps far more broadly than any legitimate interest can justify⟧''.
``⟦d:a|A person who has served his sentence and been restored to the rolls of voters is, in the eyes of this state's constitution, a citizen in full,⟧'' she wrote.
In a dissent joined by two colleagues, Justice Raymond Tillotson said the majority had ``⟦p:b|substituted its own policy preferences for those of the Legislature⟧''.
``⟦d:b|Whatever one thinks of the wisdom of the statute, it is not this court's job to rewrite it,⟧'' he wrote.
State Sen. Dolores Whitfield-Ruiz, a Democrat who sponsored an unsuccessful repeal bill in 2021, called the ruling ``⟦p:c|long overdue⟧''. ``⟦d:c|Thousands of people in this state have paid their debt. Today they got their voice back,⟧'' she said.
Attorney General Keith Brandauer, a Republican, said his office was reviewing the decision. ``⟦d:d|We will respect the court's ruling while we consider our options,⟧'' he said.
The case was brought by Terrell Hutchins, who was struck from a jury pool in Ashby County in 2022 because of a burglary conviction from 2004.
``⟦d:e|I just wanted to do my civic duty like anybody else,⟧'' Hutchins said in a phone interview.

### 041
@a Lee Garside | the 34-year-old
@b Rhodri Bevan | Postman
@c Colin Whitehead | Presiding magistrate
@d Postal and Courier Union | -
A dog owner whose Rottweiler cross bit a postman on the doorstep has been given a suspended sentence, and the dog must be muzzled in public for the rest of its life.
Lee Garside, 34, of Kestrel Avenue, Hepton, admitted being the owner of a dog dangerously out of control causing injury at Hepton Magistrates' Court on Wednesday.
Postman Rhodri Bevan needed 18 stitches in his forearm after the attack in January. In a statement read to the court by the prosecutor, he said: "⟦d:b|I've delivered to that street for nine years. Now I get a knot in my stomach every time I hear a dog bark.⟧"
Garside told magistrates: "⟦d:a|Tyson's never done anything like that before. He's as soft as anything with my kids.⟧"
"⟦d:a|I feel terrible about the postman. I've written him a letter to say sorry,⟧" the 34-year-old added.
Presiding magistrate Colin Whitehead said the gate had been left open despite an earlier warning from a neighbour. "⟦d:c|This was entirely avoidable,⟧" he said.
The Postal and Courier Union said more than 2,000 of its members were attacked by dogs last year. "⟦d:d|Every one of those attacks was preventable,⟧" it said.

### 042
@a Joanne Kettle | Area coroner
@b Marcus Adeyinka | His friend
@c Peter Szabó-Reid | His father
@d University of Aldbridge | -
A first-year student who fell from a third-floor window at his hall of residence had drunk a large amount of alcohol but did not intend to take his own life, a coroner has concluded.
Ethan Szabó-Reid, 19, from Kessingham, was in the second term of a civil engineering degree at the University of Aldbridge when he died on 11 February.
His friend Marcus Adeyinka told the inquest that Ethan had been "⟦p:b|in the best mood I'd ever seen him⟧" at a party earlier that night.
"⟦d:b|He was talking about the summer, about a trip we'd planned to Croatia. There was nothing to suggest anything was wrong,⟧" he said.
Area coroner Joanne Kettle recorded a conclusion of misadventure. "⟦d:a|I am satisfied that Ethan sat on the window ledge, as the evidence shows he had done before, and lost his balance,⟧" she said.
She said she would write to the university about window restrictors in its older buildings.
His father, Peter Szabó-Reid, said outside the hearing that the family were "⟦p:c|relieved⟧" by the coroner's finding. "⟦d:c|We needed to hear that Ethan was happy that night. He was,⟧" he said.
The University of Aldbridge said restrictors had been fitted to every window in the building since the death. "⟦d:d|Our thoughts remain with Ethan's family and friends,⟧" a statement said.

### 043
@a Priyanka Nair | Judge
@b Jeremy Slade | Its barrister
@c Saoirse Quinlan | a spokeswoman for the campaign group Grounded
@e Grounded | the campaign group
A High Court judge has granted an injunction banning protesters from roads around Brackenfield Airport ahead of a "⟦p:e|week of disruption⟧" against its expansion planned by the campaign group Grounded.
Judge Priyanka Nair, sitting at the High Court in Carnmouth, said the order was "⟦p:a|necessary and proportionate⟧" given the risk to passengers and emergency vehicles.
Brackenfield Airport Ltd, which applied for the order, had told the court that protesters walking slowly along the only access road in March caused delays of up to four hours. Its barrister, Jeremy Slade KC, said: "⟦d:b|On that day an ambulance was held in the queue for 22 minutes. The next time, it may be longer.⟧"
Saoirse Quinlan, a spokeswoman for the campaign group Grounded, who represented herself, told the judge that the injunction would "⟦p:c|criminalise peaceful people⟧" for standing on a pavement.
"⟦d:c|We are not the ones endangering lives. The expansion of this airport is,⟧" she said.
Judge Nair said the order did not prevent protest at a designated area near the terminal. "⟦d:a|The right to protest is a precious one. It is not a right to stop other people going about their lives,⟧" she said.
Outside the court, supporters held placards reading "⟦s:-|Planes Don't Pay the Price⟧".
Grounded said on its website: "⟦d:e|An injunction cannot stop a movement. We will see you at Brackenfield.⟧"

### 044
@a Anneliese Voss-Harrington | -
@b Samuel Ekwueme | Employment Judge
@c Graham Tuck | The council's director of children's services
@d Fatima Zahra Benali | Her barrister
@e - | Ms Voss-Harrington's line manager
@f Public Service Workers' Alliance | Her union
A social worker who warned that vulnerable children were being placed in unregistered homes was subjected to "⟦p:b|a campaign of isolation⟧" by managers after blowing the whistle, an employment tribunal has ruled.
Anneliese Voss-Harrington, 52, raised concerns about placements made by Ravensmoor Borough Council in 2022 and was later moved to a post with no casework.
According to the tribunal's judgment, Ms Voss-Harrington's line manager told her in a supervision meeting that she was "⟦p:e|not a team player⟧" and that colleagues found her "⟦p:e|exhausting⟧".
Employment Judge Samuel Ekwueme wrote: "⟦d:b|We have no hesitation in finding that the claimant's protected disclosures were the reason, and the only reason, for the way she was treated thereafter.⟧"
The council's director of children's services, Graham Tuck, had told the hearing the move was part of a wider reorganisation.
Her barrister, Fatima Zahra Benali, asked him: "⟦d:d|Which other social worker was moved out of casework in that reorganisation?⟧"
"⟦d:c|I would need to check the figures,⟧" Mr Tuck replied.
"⟦d:d|Is the answer none?⟧"
"⟦d:c|It may be.⟧"
Ms Voss-Harrington said she felt "⟦p:a|vindicated, but very tired⟧". "⟦d:a|I did what I was trained to do. I put the children first, and it cost me my career,⟧" she said.
Her union, the Public Service Workers' Alliance, called on the council to apologise. "⟦d:f|No one should be punished for speaking up for children,⟧" it said.
Ravensmoor Borough Council said it would consider the judgment carefully.

### 045
@a Giles Ormerod | Major
@b Jamie Oduro | Rifleman
@c Dale Rushworth | Corporal
@d Alison Crane | Judge Advocate
@u - | An Army spokesperson
A soldier has been jailed for 18 months after being found guilty of assaulting a junior colleague during an initiation ritual at barracks in Aldermoor.
Corporal Dale Rushworth, 28, of the 4th Battalion, the Westshire Rifles, was convicted by a board of five officers at the Military Court Centre in Aldermoor.
Prosecuting, Major Giles Ormerod said Rifleman Jamie Oduro, then 19, had been held down and beaten with a belt in a barrack room on his second night with the battalion.
"⟦d:a|Those watching laughed and filmed it. Corporal Rushworth was the one holding the belt,⟧" he told the board.
Rifleman Oduro, who has since left the Army, said in evidence that he had been "⟦p:b|too scared to tell anyone⟧" for three weeks.
"⟦d:b|I joined up because my grandad served. I thought it would be like a family. It wasn't,⟧" he said.
Rushworth told the court the ritual was "⟦p:c|a tradition⟧" that had happened to him as a new recruit. "⟦d:c|I'm not proud of it. I thought it was just what happened,⟧" he said.
Judge Advocate Alison Crane told him: "⟦d:d|That it was done to you is not an excuse. You were a junior non-commissioned officer, and you were supposed to protect this young man.⟧"
An Army spokesperson said: "⟦d:u|Bullying has no place in the Army. We will not tolerate it.⟧"

### 046
@a Gianluca Mazzarino | -
@b Leonora Baptiste | Mazzarino's barrister
@c Hamish Carruthers | District Judge
@d Owen Pritchard | Counsel for the Italian judicial authorities
A man wanted in Italy over an alleged illegal waste-dumping operation linked to organised crime has lost his fight against extradition.
Gianluca Mazzarino, 52, who has lived in Wexley since 2016, is accused by prosecutors in Castelvento of helping to bury thousands of tonnes of industrial waste on farmland between 2009 and 2014.
Mazzarino's barrister, Leonora Baptiste, argued that conditions in Italian prisons would breach his human rights and that he had been living openly in Britain for years.
Giving evidence through an interpreter at Harcourt Magistrates' Court, Mazzarino said: «⟦d:a|Non uscirò vivo da quel carcere.⟧» («⟦d:a|I will not leave that prison alive.⟧»)
«⟦d:b|My client is not a fugitive. He has a job, a mortgage and a British wife. He has never hidden,⟧» Ms Baptiste said.
Counsel for the Italian judicial authorities, Owen Pritchard, said Italy had given specific assurances about where Mazzarino would be held. «⟦d:d|Those assurances are detailed, they are recent, and there is no evidence that Italy has ever breached them,⟧» he said.
District Judge Hamish Carruthers agreed. «⟦d:c|I am satisfied that the assurances are reliable and that extradition would be compatible with the requested person's Convention rights,⟧» he said, sending the case to the Home Secretary for a final decision.
Mazzarino has 14 days to appeal.

### 047
@j - | the jury
@a Martin Oakeshott | Judge
@b Gemma Hurst | -
@c Thomas Quayle | -
The jury in the manslaughter trial of a scaffolding company boss sent two notes to the judge on Wednesday, their third day of deliberations.
Kevin Lathom, 49, managing director of Lathom Access Ltd, denies the gross negligence manslaughter of Ryan Corbishley, 23, who fell 14 metres from scaffolding on a building site in Aldbridge in 2021.
In the first note, the jury asked: "⟦d:j|Can we see the photographs of the harness again?⟧" The photographs were provided.
The second note, shortly after 3pm, read: "⟦d:j|If we find that Mr Lathom should have known the scaffold was unsafe but did not actually know, is that enough?⟧"
Judge Martin Oakeshott told jurors the answer was yes, provided they were sure the other elements of the offence were proved. "⟦d:a|The question is not what he knew. It is what a reasonable managing director in his position would have known,⟧" he said.
In her closing speech on Monday, Gemma Hurst, prosecuting, told the jury that Mr Corbishley had been sent up "⟦p:b|with a harness that had been condemned a month earlier⟧".
Thomas Quayle, for Mr Lathom, said his client had "⟦p:c|relied, as he was entitled to, on his site supervisor⟧". "⟦d:c|Kevin Lathom was not on that site. He was in an office fourteen miles away,⟧" he said.
The jury will resume its deliberations on Thursday.

### 048
@a Dariusz Kowalewski | Watch Manager
@b Adaeze Nwosu | Counsel to the inquiry
@c Gwen Atherton | Panel chair
@d Ardent Residential | The block's owner
@e Sunita Verma | Harcastle Court Residents' Association chair
A firefighter who led the first crew into Harcastle Court has told the inquiry into the fire that he "⟦p:a|had no idea⟧" the building's dry riser had not been tested for six years.
Watch Manager Dariusz Kowalewski was giving evidence on the opening day of witness hearings into the fire at the nine-storey block in Marrowby, in which four residents died in January last year.
Describing the moment he reached the sixth floor, he said:
"⟦d:a:m|The smoke was black and thick, right down to the floor. You couldn't see your own glove in front of your mask.⟧
"⟦d:a:m|We found a woman on the landing and carried her down between us. When I went back up, the stairwell was already too hot to get through.⟧
"⟦d:a|I've been doing this job for 22 years. I still hear that landing in my sleep.⟧"
Counsel to the inquiry Adaeze Nwosu KC asked him what he had known about the building before he arrived.
"⟦d:b|Had anyone told you about the riser?⟧"
"⟦d:a|Nothing. We found out when we tried to connect to it,⟧" Mr Kowalewski said.
When he stopped for several seconds, panel chair Professor Gwen Atherton intervened. "⟦d:c|Thank you, Mr Kowalewski. Take all the time you need,⟧" she said.
The block's owner, Ardent Residential, has said it will give the inquiry "⟦p:d|every assistance⟧".
Harcastle Court Residents' Association chair Sunita Verma, who lived on the fourth floor, watched from the public seats. "⟦d:e|Hearing him say it out loud, that they didn't know — that's what we have been saying from the start,⟧" she said afterwards.

### 049
@a Roderick Amis | planning inspector
@b Jenny Colquhoun | -
@c Piers Mallender | its barrister
@d Kessingham District Council | -
A planning inquiry into a proposal for 1,200 homes on farmland at Holloway Fields, near Kessingham, opened on Tuesday with the planning inspector warning that it would not be "⟦p:a|a popularity contest⟧".
Oakfield Homes is appealing against the refusal of permission by Kessingham District Council, which said last year that the scheme would cause "⟦p:d|unacceptable harm⟧" to the landscape and overwhelm local roads.
"⟦d:a|I have read every one of the 3,400 letters. But I must decide this appeal on planning grounds, not on the number of people for or against it,⟧" planning inspector Roderick Amis told a packed village hall.
Jenny Colquhoun, who chairs the Save Holloway Fields group, said the village school was already full. "⟦d:b|Where are 600 more children supposed to go? Nobody has answered that,⟧" she said.
Oakfield Homes and its barrister, Piers Mallender, argued that the district had failed to meet its housing targets for five years. "⟦d:c|There are families on this council's waiting list who would give a great deal for a home with a view of a field,⟧" Mr Mallender said.
The inquiry is expected to last eight days.

### 050
@a Bridget Fairlie | Judge
@m - | The mother
@f - | The father
@g - | the children's guardian
A judge has ruled that a nine-year-old girl should live with her father after finding that her mother had "⟦p:a|deliberately and persistently⟧" turned the child against him.
In a judgment published on Monday, Her Honour Judge Bridget Fairlie said the case was one of the most troubling she had heard in 15 years of sitting in the family court. The family cannot be identified.
"⟦d:a|This is a child who, at the age of six, adored her father. By eight she was telling a social worker that he was a monster, using words no eight-year-old would choose,⟧" the judge wrote.
The mother, who denied influencing her daughter, told the court: "⟦d:m|I have only ever tried to protect her. She tells me what she feels and I listen.⟧"
The father said he had not seen his daughter for 19 months. "⟦d:f|I just want to take her swimming again,⟧" he told the court.
The children's guardian, who represents the girl's interests, supported the move. In her report, the guardian wrote: "⟦d:g|Without a change of placement, I fear the relationship will be lost permanently.⟧"
Judge Fairlie said the mother should continue to see her daughter at a contact centre. "⟦d:a|Nothing in this judgment is intended to remove her mother from her life,⟧" she wrote.

### 051
@j - | A coroner's jury
@a Yvonne Tremblay-Hughes | Presiding coroner
@b Marlene Gauthier | His mother
@c Northcrest Forest Products | the company
@d - | A spokesperson for the provincial labour ministry
KESTREL BAY, Ont. — A coroner's jury has made 27 recommendations following an inquest into the death of a 20-year-old worker who was crushed by a log loader at a sawmill in 2022.
Tyler Gauthier had been on the job at Northcrest Forest Products for eleven days when he was struck in the mill's yard on a December night.
Among its recommendations, the jury said the province should require that "⟦p:j|no new worker be assigned to night shifts in the yard during the first 30 days of employment⟧".
Presiding coroner Dr. Yvonne Tremblay-Hughes thanked the five jurors. "⟦d:a|You have listened to difficult evidence for nine days, and your recommendations reflect real care,⟧" she said.
His mother, Marlene Gauthier, said the family would push to see every recommendation adopted. "⟦d:b|Tyler was so proud to have that job. He texted me a picture of his hard hat on the first day,⟧" she said.
"⟦d:b|They are just words on paper until somebody acts on them.⟧"
Northcrest Forest Products said it had already installed new lighting and proximity alarms. "⟦d:c|We will carefully review all of the jury's recommendations,⟧" the company said in a statement.
A spokesperson for the provincial labour ministry said it would respond within the six months set out in the rules. Asked whether the ministry would support the 30-day rule, the spokesperson said: "⟦d:d|We will look at every recommendation on its merits.⟧"

### 052
@a Lieselotte Brandt | a forensic document examiner
@b Clare Whitlock-Hayes | his barrister
@c Anita Rosen | -
@d Desmond Akinola | Judge
A handwriting expert has told a court that the signature on a disputed will leaving a £2.4m farm to one of three siblings was "⟦p:a|very probably⟧" genuine.
The will of Edwin Tasker, who died in 2022 aged 88, left Blackthorn Farm near Hepton to his son, Michael, and cash sums to his two daughters. The daughters say their father, who had dementia, did not sign it.
Dr Lieselotte Brandt, a forensic document examiner, was called on behalf of Michael Tasker.
"⟦d:b|You examined the original, not a copy?⟧" asked his barrister, Clare Whitlock-Hayes.
"⟦d:a|The original, under magnification and infrared light,⟧" the expert said.
"⟦d:b|And your conclusion?⟧"
"⟦d:a|That there is strong support for the proposition that Mr Tasker wrote it himself.⟧"
Cross-examining for the daughters, Anita Rosen asked Dr Brandt whether a man with dementia could produce a signature that looked normal.
"⟦d:c|Isn't it possible that his hand remembered what his mind had forgotten?⟧" Ms Rosen said.
"⟦d:a|That is possible, yes. But that would go to his capacity, not to whether the signature is his. Those are different questions,⟧" Dr Brandt replied.
Judge Desmond Akinola said he would hear medical evidence on Mr Tasker's capacity next week. "⟦d:d|That, I suspect, is where this case will be decided,⟧" he said.

### 053
@a Marie | -
@b Kwabena Asare | a welfare rights adviser at the Stainforth Advice Centre
@c Joe | Her husband
@d Department for Welfare Services | -
When Marie opened the letter telling her that her disability benefit had been stopped, she sat down on the bottom stair and cried.
The 58-year-old former school cook from Stainforth, who has multiple sclerosis, had been assessed over the phone and awarded no points at all for daily living or mobility.
"⟦d:a|Zero. As if I'd made the whole thing up,⟧" she says.
Marie, who asked that her surname not be used, appealed with help from Kwabena Asare, a welfare rights adviser at the Stainforth Advice Centre. At the tribunal in March, a panel of a judge, a doctor and a disability member restored her full award in less than 40 minutes.
"⟦d:b|The tribunal saw her walk in with two sticks and asked her six questions. The assessor never saw her at all,⟧" Mr Asare says.
"⟦d:b|We win most of the appeals we take. That should worry people far more than it does.⟧"
Her husband, Joe, took two days off work to drive her to the hearing in Welbury. "⟦d:c|She was shaking in the car park. I told her, 'Just tell them what a bad day looks like,'⟧" he says.
The Department for Welfare Services said: "⟦d:d|We are committed to making the right decision at the earliest opportunity, and the majority of decisions are not appealed.⟧"
Marie has been back on her full award since April. "⟦d:a|I got my money back. I didn't get those six months back,⟧" she says.

### 054
@a Harlan Voight | State Sen.
@b Rebecca Linwood | Assistant U.S. Attorney
@c Walter Hennessey | a paving contractor who pleaded guilty last year and testified for the prosecution
@e Nathaniel Brisco | Voight's defense attorney
BELLHAVEN (Westwire) — State Sen. Harlan Voight took the witness stand in his own defense Monday, telling jurors that $85,000 he received from a longtime friend was ``⟦p:a|a loan, plain and simple⟧''.
Voight, 64, has represented the 12th District for 18 years and is charged with bribery and honest services fraud.
The money came from Walter Hennessey, a paving contractor who pleaded guilty last year and testified for the prosecution. Hennessey told jurors last week that the payments were meant ``⟦p:c|to keep the contracts coming⟧''.
``⟦d:a|Walt and I have been friends since high school. When my wife got sick, he offered to help. That's all it was,⟧'' Voight testified.
Assistant U.S. Attorney Rebecca Linwood began her cross-examination with a single question. ``⟦d:b|Did you ever pay a dime of it back, senator?⟧''
``⟦d:a|Not yet.⟧''
``⟦d:b|It's been six years.⟧''
``⟦d:a|I'm aware of that, ma'am,⟧'' Voight said.
Outside the courthouse, Voight's defense attorney, Nathaniel Brisco, said his client had ``⟦p:e|nothing to hide⟧''. ``⟦d:e|The government has a contractor who will say anything to stay out of prison. We have the truth,⟧'' he said.
Closing arguments are expected Thursday.

### 055
@a Kamal Haddad | District Judge
@b - | the boy
@c Lorna Keyes | Headteacher
@d - | His mother
@e Nadine Fairclough | Group manager
A 15-year-old boy who set fire to a school sports hall after being excluded has been given a 12-month youth referral order.
The boy, who cannot be named because of his age, admitted arson at Hallam Vale Youth Court. The fire at Kingsmead Academy in February caused £320,000 of damage and closed the hall for four months.
"⟦d:b|I wasn't thinking. I wanted them to feel how I felt,⟧" the boy told the court, speaking quietly with his mother beside him.
His mother said he had written letters of apology to the school and the fire service. "⟦d:d|He's not a bad lad. He's a lad who made a very bad decision,⟧" she said.
Headteacher Lorna Keyes wrote on the school's Facebook page after the hearing: "⟦d:c|Our sports hall is back and so are our pupils. We hope this young man gets the help he needs.⟧"
Group manager Nadine Fairclough, of Hallam Vale Fire and Rescue Service, told the court that crews had stopped the fire minutes before it reached the main building. "⟦d:e|Had it done so, we would be talking about a very different outcome,⟧" she said.
District Judge Kamal Haddad told the boy: "⟦d:a|You have been given a chance today. Many people in this room have worked hard to make sure you get one. Take it.⟧"

### 056
@a Rhys Penhallow | Assistant coroner
@b Tom Dacre | His partner
A kayaker whose body was found in the Ellery estuary last autumn died as a result of an accident after capsizing in a strong ebb tide, an inquest has concluded.
Owain Pryderi, 37, of Quay Street, Port Ellery, had been paddling alone when he was reported missing on 8 October. Assistant coroner Rhys Penhallow said the tide that evening had been "⟦p:a|exceptionally strong⟧" and Mr Pryderi had not been wearing a buoyancy aid.
His partner, Tom Dacre, said after the hearing: "⟦d:b|Owain knew that water better than anyone. If it could happen to him, it could happen to anybody. Please wear a buoyancy aid.⟧"

### 057
@a Adebayo Ferreira-Lane | the new chief coroner for Westshire and Dunmere
@u - | One mother
Judge Adebayo Ferreira-Lane, the new chief coroner for Westshire and Dunmere, took up his post in September with a backlog of more than 900 inquests. "⟦d:a|Families are waiting too long, and I am not going to pretend otherwise,⟧" he says. He spoke to us in his chambers in Dunmere.
Q: Why is the backlog so large?
A: Partly the pandemic, partly that we lost two coroners and it took eighteen months to replace them. And the inquests themselves are longer and more complex than they used to be.
Q: What do families tell you?
A: That the waiting is a second bereavement. One mother wrote to me last month: "⟦d:u|I cannot grieve for my son until somebody tells me how he died.⟧" I have that letter on my desk.
Q: What will you do about it?
A: More hearings on paper where families agree, more sitting days, and honest timetables. I would rather tell a family "⟦d:a|It will be fourteen months⟧" and keep my word than promise six and break it.
Q: Do you miss the criminal courts?
A: I miss the certainty of a verdict. In this job you rarely give anyone certainty. What you can give them is the truth, as far as it can be found.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh57.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh57",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
