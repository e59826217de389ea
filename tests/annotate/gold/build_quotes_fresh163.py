# ruff: noqa: E501
"""Build ``quotes_fresh163.jsonl``: an independent, held-out gold set of quotes.

All passages are fictional (invented people, places and organisations) and were
written from scratch for this file, without reading the extractor, without running
it, and without reading the passages of the other gold sets. The set is meant to be
evaluated once, as an honest measure on unseen text. Its focus is courts, tribunals
and public inquiries: criminal trials with witnesses giving evidence and being
cross-examined by named barristers, judges' sentencing remarks, defendants,
complainants and victims' families with statements read to court, inquests, public
inquiry hearings with counsel to the inquiry, appeals, employment, immigration,
medical and police-misconduct tribunals, in wire, broadsheet, local-paper, tabloid,
magazine and broadcaster styles (including a live-updates page and a transcript).

``PASSAGES`` below uses the passage markup described in ``markup.py`` (in this
folder); ``### NNN`` starts passage ``fresh163-NNN``.

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

* As in ``build_quotes_fresh58.py``: a role title or relational phrase before the name
  combined with an appositive after it (``Lieutenant Colonel Sarah Winterbourne,
  prosecuting``): the appositive is the description; a title before the name alone is
  the description. Where a speaker is introduced without an appositive or title and
  the passage refers to them by a definite description in the next sentence or at a
  cue (``the 58-year-old``, ``the accused``), that description is taken. A
  non-restrictive relative clause after an appositive is not part of the description;
  a restrictive one is. Fragments quoted from unidentified documents are ``partial``
  with a null speaker.
* The court tags reporters put after a lawyer's name (``prosecuting``, ``defending``,
  ``mitigating``, ``for the Crown``, ``for the families``, ``for Mr Kaplan``) are the
  role the passage gives that speaker, and are taken as the description.
* Judicial and official titles and ranks standing before the name (``Judge``,
  ``District Judge``, ``Employment Judge``, ``Sheriff``, ``Recorder``, ``Judge
  Advocate``, ``Assistant coroner``, ``Detective Chief Inspector``, ``Lance
  Corporal``) are removed from the name and are the description when no appositive is
  given, even where a later cue says ``the judge``. The styles of senior judges and
  peers (``Mr Justice``, ``Mrs Justice``, ``Lord Justice``, ``Lady Justice``,
  ``Baroness``, ``Lady``) are honorifics, like Sir: never the description.
* An indefinite noun phrase that opens a story before the person is named (``A
  retired headteacher who …``) is not taken as the description; the appositive at the
  name, or the definite description at a later cue, is.
* Words that a witness, lawyer, judge or the reporter says somebody else spoke,
  quoted in the reporter's own sentence (``was told by Pendleford that her chimney was
  "…"``), belong to the person said to have spoken them. Texts, emails, letters,
  notes, posts and recorded speech (999 calls, body-worn footage, police interviews)
  read or played in court belong to their author, whoever reads them out; a victim
  statement read by a prosecutor belongs to the person who made it.
* An anonymising label (``C``, ``Witness 14``) is not a name: the speaker is null and
  the description is as written. An unnamed collective speaking (``the jury``) has a
  null speaker and that description.
* The wording of a charge or indictment quoted without an author is ``partial`` with
  a null speaker. A question by the first-person writer (``I asked``) is ``direct``
  with speaker and description null.
* A shout from a public gallery whose speaker the passage does not identify (``There
  were shouts of "…"``), or a shout a witness heard without knowing who called out, is
  ``direct`` with speaker and description null.

Offsets are computed automatically and checked by the rules in ``markup.py``
(every quotation mark belongs to a span, every declared speaker is used, …);
the set has at least 55 passages.

Run: ``python tests/annotate/gold/build_quotes_fresh163.py``
"""

from pathlib import Path

from markup import PAIRS, build_set

OUT = Path(__file__).with_name("quotes_fresh163.jsonl")

PASSAGES = """
### 001
@a Olufemi Adeyinka | prosecutor
@b Callum Reddy | -
KELLINGFORD, England, May 12 (Wire) - A delivery driver stabbed a man to death outside a takeaway after a row over a parking space and then drove home to watch television, a jury at Kellingford Crown Court heard on Monday.
Callum Reddy, 29, denies murdering Dariusz Nowicki, 41, a father of three, in the early hours of Nov. 3 last year. He has pleaded guilty to possessing a bladed article.
Opening the case for the Crown, prosecutor Olufemi Adeyinka KC told jurors the confrontation had lasted "⟦p:a|less than 40 seconds⟧".
"⟦d:a|This was not a fight between two men who had squared up to one another,⟧" Adeyinka said. "⟦d:a|Mr Nowicki was unarmed. He had his car keys in one hand and a bag of chips in the other.⟧"
Reddy was arrested at his flat in Brackenholt later that morning. In a prepared statement handed to detectives, he said: "⟦d:b|I was scared. He came at me and I thought he had something in his hand. I never meant for anyone to die.⟧"
Adeyinka told the jury they would see CCTV footage of Reddy "⟦p:a|walking, not running⟧" back to his van afterwards.
"⟦d:a|You may think that is not the behaviour of a frightened man,⟧" he said. "⟦d:a|You may think it is the behaviour of a man who has just done what he set out to do.⟧"
The trial, expected to last three weeks, continues.

### 002
@a Gwen Pritchard | Bench chairman
@b Tariq Mahmood | defending
@c Helen Quayle | Prosecutor
@d Leonard Foley | the 58-year-old
A retired headteacher who was almost four times the drink-drive limit when he crashed into a bus shelter in Penhallow has been banned from the roads for two years.
Leonard Foley, of Mill Rise, Penhallow, pleaded guilty at Aldermoor Magistrates’ Court to drink-driving on the evening of January 19.
Prosecutor Helen Quayle told the court a passer-by had found Foley “⟦p:c|sitting on the kerb, apologising to the bus shelter⟧”. A breath test showed 131 micrograms of alcohol in 100 millilitres of breath. The legal limit is 35.
Tariq Mahmood, defending, said his client had lost his wife last autumn and had been drinking alone in the evenings.
“⟦d:b|He is a man of previously impeccable character who has given 34 years to the children of this town,⟧” Mr Mahmood said. “⟦d:b|He is deeply ashamed. He has not touched a drop since.⟧”
Bench chairman Gwen Pritchard told Foley: “⟦d:a|You are fortunate nobody was waiting for a bus that night. Had they been, we would be having a very different conversation.⟧”
He was also fined £1,200 and ordered to pay £85 costs and a £480 victim surcharge.
Speaking outside court, the 58-year-old said: “⟦d:d|I’ve let everyone down. I just want to say sorry to the people of Penhallow.⟧”

### 003
@a Bernadette Kowalczyk | Widow
@b Marcus Oyelaran | His barrister
@c Sunita Vaswani | prosecutor
A LOVE-STRUCK gran was fleeced of her £186,000 life savings by a smooth-talking conman who claimed to be a US Navy captain stranded on an oil rig, a court heard.
Widow Bernadette Kowalczyk, 67, told jurors she had "⟦p:a|never felt so special⟧" as when the man she knew as "⟦s:-|Captain Mike⟧" sent her poems every morning.
Prosecutors say the messages were really written by Jerome Asante-Pike, 38, from a rented flat in Durnley. He denies fraud and money laundering.
Giving evidence from behind a screen, the widow wept as she said: "⟦d:a|He told me he loved me more than the sea. I know how that sounds now. I'm not stupid. I was lonely.⟧"
"⟦d:c|Why did you keep sending the money?⟧" asked prosecutor Sunita Vaswani.
"⟦d:a|Because every time I said no, something terrible happened to him,⟧" she replied. "⟦d:a|A storm, a kidnapping, a bad tooth. Always something.⟧"
Asante-Pike, who wore a grey suit and took notes throughout, shook his head as she spoke.
His barrister, Marcus Oyelaran, suggested she had "⟦p:b|chosen not to ask questions⟧". "⟦d:a|I asked a hundred questions,⟧" she snapped back. "⟦d:a|He had an answer for every one.⟧"
The trial continues.

### 004
@a Imogen Achterberg | the company’s former finance director
@b Desmond Ekwueme | for the prosecution
@c Rosalind Tey | Judge
Imogen Achterberg, the company’s former finance director, spent a second day in the witness box at Holmwick Crown Court on Tuesday, where she was taken line by line through accounts that prosecutors say concealed £41m of losses at Verrall Logistics.
Desmond Ekwueme KC, for the prosecution, began by showing her an email she sent in March 2019 with the subject line “⟦s:-|tidy-up⟧”.
“⟦d:b|What was being tidied, Ms Achterberg?⟧”
“⟦d:a|The presentation of the quarter. Nothing more.⟧”
“⟦d:b|The presentation. Not the numbers?⟧”
“⟦d:a|The numbers were the numbers. I didn’t change them.⟧”
“⟦d:b|Then why, two days later, had they changed?⟧”
Ms Achterberg paused for several seconds before answering. “⟦d:a|Because the auditors asked us to reclassify some items, and we did. That is what happens at quarter end.⟧”
Mr Ekwueme put it to her that the reclassification had been “⟦p:b|designed to make a hole disappear⟧”. She replied: “⟦d:a|That is your word. It isn’t mine.⟧”
At one point Judge Rosalind Tey intervened to ask the witness to slow down. “⟦d:c|The jury needs to follow this, and so do I,⟧” the judge said.
Ms Achterberg, 52, denies conspiracy to defraud. The trial continues.

### 005
@a Abimbola Fashola | Judge
@b Kerry-Ann Whitfield | Jordan's mother
@c Stefan Drummond | the 23-year-old
@d Nathan Olowe | defending
A man who left a teenager with life-changing brain injuries after a single punch outside a Westerby nightclub has been jailed for six years.
Stefan Drummond, of Cobb Lane, Westerby, admitted causing grievous bodily harm with intent to Jordan Whitfield, then 18, on New Year's Day.
In a victim personal statement read to Greywater Crown Court by the prosecutor, Jordan's mother, Kerry-Ann Whitfield, said the family had lost "⟦p:b|the boy we knew⟧".
"⟦d:b:m|Jordan was going to university in September. He wanted to be a physiotherapist. Now he needs help to get dressed and he asks me the same questions every morning.⟧
"⟦d:b|I don't hate the man who did this. I don't have the energy to hate him. All my energy goes on Jordan.⟧"
Nathan Olowe, defending, said Drummond had written a letter to the family and was "⟦p:d|genuinely horrified⟧" by what he had done.
Sentencing, Judge Abimbola Fashola said the punch had been thrown at a young man "⟦p:a|who had turned to walk away⟧".
"⟦d:a:m|You have told the author of the pre-sentence report that it was one punch and that you did not mean for this to happen. I accept you did not intend the consequences that followed. But you intended to hurt him, and you chose to hit a young man who posed no threat to you.⟧
"⟦d:a|One punch can end a life or ruin one. Every young man in this town should know that by now.⟧"
As he was led to the cells, the 23-year-old turned to the public gallery and shouted: "⟦d:c|Six years for one punch? That's a joke.⟧"

### 006
@a Rhiannon Pryce | Assistant coroner
@b Samuel Mensah-Boateng | a consultant obstetrician
@c Owain Carver | Her husband
@d Ystrad Valley University Health Board | -
A coroner has found that a delay in recognising sepsis “⟦p:a|more than minimally contributed⟧” to the death of a young mother two days after she gave birth.
Anwen Carver, 31, from Cwmhir, died at Ystrad General Hospital in March last year, hours after staff were told her temperature had risen.
Giving evidence at Pontgarw Coroner’s Court, Samuel Mensah-Boateng, a consultant obstetrician, said: “⟦d:b|With hindsight, the signs were there from the early evening. They were not escalated as quickly as they should have been, and I’m sorry for that.⟧”
Asked by the coroner whether staffing had been a factor, he conceded: “⟦d:b|We had two midwives for 22 women that night. I would not call that safe.⟧”
Her husband, Owain Carver, told the hearing he had pressed the call button “⟦p:c|again and again⟧”.
“⟦d:c|I kept saying, ‘She’s not right, she’s not herself.’ I was told she was tired. Of course she was tired. She was dying,⟧” he said.
Recording a narrative conclusion, assistant coroner Rhiannon Pryce said she would write to the health board about staffing on the postnatal ward. “⟦d:a|Anwen should have been going home with her daughter,⟧” she said.
In a statement, Ystrad Valley University Health Board said it “⟦p:d|fully accepts⟧” the coroner’s findings. “⟦d:d|We have apologised to Mr Carver and his family and we will make every change the coroner asks of us,⟧” it said.

### 007
@a Cressida Nwachukwu | counsel to the inquiry
@b Alasdair Penrose-Kerr | The former housing minister
@c Anand Varghese | The inquiry chair
@d - | a bereaved relative in the public seats
@e - | a civil servant
The former housing minister Alasdair Penrose-Kerr told the Harrow Quay Fire Inquiry on Wednesday that he had "⟦p:b|no recollection⟧" of being warned about the cladding on the tower in 2016, despite a memo bearing his initials.
Questioned by Cressida Nwachukwu, counsel to the inquiry, he accepted that the initials appeared to be his own.
"⟦d:a|Is that your handwriting, Mr Penrose-Kerr?⟧" Ms Nwachukwu asked.
"⟦d:b|It looks like it, yes,⟧" he said. "⟦d:b|But I initialled hundreds of documents a week. I'm not going to pretend to you that I read every one of them from start to finish.⟧"
"⟦d:a|This one was two pages long.⟧"
"⟦d:b|I understand that.⟧"
Ms Nwachukwu read from the memo, in which a civil servant had warned that the panels posed "⟦p:e|a material risk of rapid fire spread⟧" and recommended "⟦p:e|urgent ministerial attention⟧".
"⟦d:a|Did it receive urgent ministerial attention?⟧"
"⟦d:b|Clearly not enough,⟧" Mr Penrose-Kerr replied, prompting a bereaved relative in the public seats to call out: "⟦d:d|Not enough? None!⟧"
The inquiry chair, Sir Anand Varghese, asked for quiet. "⟦d:c|I understand the strength of feeling in this room, and I share some of it. But the witness must be allowed to answer,⟧" he said.
Mr Penrose-Kerr later told the inquiry: "⟦d:b|If I failed, I am sorry. I have said that before and I say it again today, to the families.⟧"

### 008
@a Priyanka Deshmukh | -
@b Gianluca Ferrante | the restaurant’s owner
@c Moira Haldane | Employment Judge
@d Ferrante Group | -
A sous chef who was sacked a week after telling her boss she was pregnant has been awarded more than £38,000 after an employment tribunal found she was unfairly dismissed and discriminated against.
Priyanka Deshmukh, 29, worked at Sapore, an Italian restaurant on Brackenholt’s Quay Street, for two years before she was dismissed in August 2023 for what Gianluca Ferrante, the restaurant’s owner, described in a letter as “⟦p:b|repeated lateness⟧”.
Ms Deshmukh told the hearing: “⟦d:a|I had been late twice in two years, both times because of the buses. Nobody mentioned it until I told him about the baby.⟧”
Mr Ferrante denied the pregnancy had played any part. “⟦d:b|In a kitchen, if one person is late, everybody suffers. It had nothing to do with her being pregnant. Nothing,⟧” he told the tribunal.
But in a written judgment, Employment Judge Moira Haldane said his evidence had been “⟦p:c|inconsistent and, at times, implausible⟧”.
“⟦d:c|The timing speaks for itself. The claimant informed Mr Ferrante of her pregnancy on 2 August and she was dismissed on 9 August. We do not accept that lateness was the true reason,⟧” the judge wrote.
Ms Deshmukh, who now has a nine-month-old son, said she felt “⟦p:a|vindicated⟧”. “⟦d:a|I just want other women in kitchens to know they can fight this,⟧” she said.
The Ferrante Group, which owns Sapore and two other restaurants, said it was “⟦p:d|disappointed⟧” and was considering an appeal.

### 009
@a Jean-Baptiste Mukendi | The 27-year-old former radio journalist
@b Alice Harcourt-Ngata | The government’s presenting officer
@c Tomás Ibarra | Judge
@d Kwame Asamoah-Reid | His barrister
Jean-Baptiste Mukendi had been speaking French for almost an hour when he stopped, looked at the tribunal judge and said, in English: «⟦d:a|I am sorry. I am tired.⟧»
The 27-year-old former radio journalist, who fled the Republic of Sanguel in 2022, is appealing against the refusal of his asylum claim at the First-tier Tribunal in Kellingford.
Through an interpreter, he described being held for eleven days after broadcasting an interview with an opposition leader. «⟦d:a|Ils m’ont dit que la prochaine fois, ils viendraient pour ma mère,⟧» he said. The interpreter rendered it: «⟦d:a|They told me that next time, they would come for my mother.⟧»
The government’s presenting officer, Alice Harcourt-Ngata, asked why he had waited four months after arriving before claiming asylum.
«⟦d:b|You had a valid visa. You had a lawyer’s telephone number. Why wait?⟧»
«⟦d:a|Because I did not know who to trust,⟧» Mukendi replied. «⟦d:a|In my country, when you tell the government your story, the government uses it against you.⟧»
His barrister, Kwame Asamoah-Reid, told the tribunal the delay was «⟦p:d|entirely consistent⟧» with the behaviour of survivors of torture.
Judge Tomás Ibarra reserved his decision. «⟦d:c|I will give this careful thought, Mr Mukendi, and you will have my decision in writing,⟧» he said.

### 010
@a Eleanor Thistlewood | the vice-president of the Court of Appeal's criminal division
@b Marlon Athey | the 49-year-old
@c Delphine Athey | His sister
@d Second Look | The campaign group
@e - | One reporter
ALDERMOOR, England, Oct 2 (Wire) - A man who spent 17 years in prison for a robbery he has always said he did not commit had his conviction quashed by the Court of Appeal on Thursday after new DNA evidence pointed to another man.
Marlon Athey was convicted in 2007 of the armed robbery of a post office in Greywater, during which the sub-postmaster was pistol-whipped.
Lady Justice Eleanor Thistlewood, the vice-president of the Court of Appeal's criminal division, said the fresh evidence was "⟦p:a|of such significance⟧" that the conviction "⟦p:a|cannot be regarded as safe⟧".
"⟦d:a|We are conscious that the appellant has waited a very long time for this day. We regret that it has taken so long,⟧" she said.
Outside court, the 49-year-old raised his fist to cheering supporters. "⟦d:b|Seventeen years. I went in a young man and I'm coming out with grey hair,⟧" he said. "⟦d:b|But I'm not bitter. I'm just tired, and I want to see my mum.⟧"
One reporter called out: "⟦d:e|Marlon, what are you going to do first?⟧"
"⟦d:b|Have a proper cup of tea,⟧" he said, laughing.
His sister, Delphine Athey, who campaigned for his release, said: "⟦d:c|Everyone told us to give up. We never did, not for one day.⟧"
The campaign group Second Look, which took up the case in 2015, said the ruling "⟦p:d|exposes again how slow the system is to admit its mistakes⟧".

### 011
@a Maureen Tollbridge | former chief executive of Fenmarsh District Council
The following is an edited extract from Tuesday's evidence to the Fenmarsh Flooding Inquiry. The questions were put by Hugh Adeleke-Barr KC, counsel to the inquiry; the witness was Maureen Tollbridge, former chief executive of Fenmarsh District Council.
Q: Ms Tollbridge, when did you first learn that the Saltings barrier gates were failing?
A: I think it was the spring of 2019. There was a report from the engineers.
Q: That report said the gates were "⟦p:-|at the end of their serviceable life⟧". Those are strong words.
A: They are. I accept that.
Q: Yet in June of that year you told the cabinet the barrier was "⟦p:a|fit for purpose⟧". Why?
A: Because the repair programme, which we called "⟦s:-|Project Bastion⟧", had been funded and was about to start. I believed, wrongly, that it would be finished before the next winter.
Q: It was not finished before the next winter, or the one after that.
A: No.
Q: Eleven people died in the flood of January 2022.
A: I know. I think about them every day. I would like to say that to their families, if I may.

### 012
@a Gareth Llewellyn | Senior coroner
@b Piotr Zieliński | The lorry's driver
@c Harriet Osei | a pharmacist who was waiting at the lights
@d Dylan Roberts-Hale | a collision investigator
@e Chloe Baptiste | his partner
A cyclist killed by a turning lorry at a notorious junction in Saltbridge could not have been seen in the driver's mirrors, an inquest has heard.
Matthew Ashdown, 34, a software tester and keen triathlete, died at the junction of Ferry Road and Clement Street on the morning of 14 June last year.
The lorry's driver, Piotr Zieliński, 46, told the hearing at Saltbridge Guildhall he had checked his mirrors "⟦p:b|three, four times⟧" before turning left.
"⟦d:b|I did not see him. I would give anything to have seen him,⟧" he said, through tears. "⟦d:b|I have not driven a lorry since that day.⟧"
Harriet Osei, a pharmacist who was waiting at the lights, said Mr Ashdown had been "⟦p:c|doing nothing wrong⟧". "⟦d:c|He was where he was supposed to be. The lorry just turned into him,⟧" she said.
PC Dylan Roberts-Hale, a collision investigator, said a reconstruction showed the cyclist would have been in a blind spot for about two seconds. Asked whether the junction was safe, he replied: "⟦d:d|In my opinion, no.⟧"
Recording a conclusion of road traffic collision, senior coroner Gareth Llewellyn said he would send a report to the council. "⟦d:a|It is clear from the evidence that this is not the first serious collision at this junction, and I am concerned it will not be the last,⟧" he said.
In a tribute, his partner, Chloe Baptiste, said: "⟦d:e|Matt was the kindest, funniest person I've ever known. He cycled everywhere. He thought it was the safe, sensible thing to do.⟧"

### 013
@a Simon Achebe-Morgan | The Recorder of Durnley
@b - | The boy
@c - | the victim’s father
@d Lorraine Beck | a youth worker who has supported the defendant since his arrest
A 15-year-old boy who stabbed another teenager in the leg outside a school in Durnley has been given a 12-month youth rehabilitation order.
The boy, who cannot be named for legal reasons, admitted wounding and possession of a knife at an earlier hearing.
The Recorder of Durnley, Judge Simon Achebe-Morgan, told him he had come “⟦p:a|within an inch⟧” of being sent to custody.
“⟦d:a|Do you understand how close you came to killing him?⟧” the judge asked.
“⟦d:b|Yes, sir,⟧” the boy replied quietly.
“⟦d:a|The artery in his thigh was missed by a centimetre. If it had been hit, you would be facing a murder charge, and you would be facing it for the rest of your life,⟧” the judge went on.
In a statement read to the court, the victim’s father said his son no longer felt safe walking to school. “⟦d:c|He used to be the loudest kid in the house. Now he stays in his room with the curtains shut,⟧” he wrote.
Outside court, Lorraine Beck, a youth worker who has supported the defendant since his arrest, said the sentence gave him “⟦p:d|a real chance⟧”.
“⟦d:d|He knows he got lucky,⟧” she said. “⟦d:d|Now he has to prove he deserves it.⟧”

### 014
@a Anjali Sethi-Barnes | Prosecutor
@b Conrad Lyle | Brightfold Energy's former chief executive
@c Dmitri Volkov-Hale | the company's former chief financial officer
@d - | Lyle's lawyer
HOLMWICK, England, Feb 20 (Wire) - The former boss of a collapsed solar panel installer told a colleague that investors would "⟦p:b|never look under the bonnet⟧", a jury heard on Tuesday.
Conrad Lyle, 56, Brightfold Energy's former chief executive, and the company's former chief financial officer Dmitri Volkov-Hale, 49, are on trial at Holmwick Crown Court accused of fraud by false representation. Both deny the charges.
Prosecutor Anjali Sethi-Barnes read the jury a series of emails exchanged by the two men in the months before Brightfold raised 14 million pounds from small investors.
"⟦d:b|Just make the pipeline look fat. Nobody is going to check,⟧" Lyle wrote in one, dated April 2021.
Volkov-Hale replied: "⟦d:c|Understood. I'll add the Marsh End and Cold Harbour leads even though they went cold.⟧"
In another, Lyle wrote: "⟦d:b|If this goes wrong we both end up in a courtroom, so it can't go wrong.⟧"
"⟦d:a|That, members of the jury, is precisely where they have ended up,⟧" Sethi-Barnes said.
Lyle's lawyer has told the court the emails were "⟦p:d|office banter⟧" taken out of context.
The trial continues.

### 015
@a Kayleigh Morrow | a mother of two
@b Ryan Castell | Her former partner
@c Amira Haddad | her best friend since primary school
@d Caspar Linton-Achebe | for the prosecution
A young mother sent her best friend a message saying “⟦p:a|if anything happens to me it was him⟧” three weeks before she was killed, a jury has heard.
Kayleigh Morrow, a mother of two, was found dead at her flat in Oakhurst Road, Brackenholt, on 9 September last year. Her former partner, Ryan Castell, 31, denies murder.
On the fourth day of the trial at Brackenholt Crown Court, jurors were shown dozens of messages the pair exchanged in the weeks before her death.
In one, sent at 2.14am, Castell wrote: “⟦d:b|You think you can just cut me off? You don’t get to decide when this ends.⟧”
She replied: “⟦d:a|I already decided. Please leave me alone.⟧”
Amira Haddad, her best friend since primary school, told the court Ms Morrow had been “⟦p:c|terrified⟧” in the final months of her life.
“⟦d:c|She used to laugh at everything. By the end she jumped every time her phone went,⟧” Ms Haddad said.
“⟦d:d|Did she ever tell you what he had said to her?⟧” asked Caspar Linton-Achebe, for the prosecution.
“⟦d:c|She said he’d told her, ‘If I can’t have you, no one can.’ She said it like it was a joke, but she wasn’t joking,⟧” the witness replied.
The trial continues.

### 016
@a Gary Pendleford | Rogue builder
@b Nkechi Obi-Walters | Judge
@c Doreen Aspinall | Pensioner
@d Clive Aspinall | Her son
ROGUE builder Gary Pendleford, who charged a disabled pensioner £23,000 to fix a roof that never leaked, was jailed for four years yesterday.
The smirking cowboy, who called himself "⟦s:-|the Roof Doctor⟧" on flyers pushed through letterboxes, targeted elderly homeowners across Greywater and Saltbridge for three years.
Pensioner Doreen Aspinall, 83, was told by Pendleford that her chimney was "⟦p:a|about to come through the ceiling⟧" and that he could fix it "⟦p:a|same day, cash price⟧".
In a letter to the judge, Pendleford wrote: "⟦d:a|I know what I did was wrong and I am truly sorry. I got into debt and I panicked. I want to pay every penny back.⟧"
But Judge Nkechi Obi-Walters was unmoved. "⟦d:b|You are not sorry. You are sorry you were caught,⟧" she told him. "⟦d:b|You looked at these people and saw not neighbours but cash machines.⟧"
In a statement, Mrs Aspinall said: "⟦d:c|I used to leave my door on the latch. Now I don't answer it at all, not even to the postman.⟧"
Her son, Clive Aspinall, said outside court: "⟦d:d|Four years isn't enough, but at least he can't knock on anyone's door for a while.⟧"

### 017
@a Farida Khanum | Judge
@b - | one juror
@c Ignatius Obuya | defending
@d Hana Kobayashi | for the Crown
A trial of three men accused of running a £2m cannabis farm has collapsed after a juror was found to have researched one of the defendants online.
Judge Farida Khanum discharged the jury at Kellingford Crown Court on Thursday, nine days into the trial, telling them she had “⟦p:a|no alternative⟧”.
The problem came to light when one juror passed a note to the court usher. “⟦d:b|I think I should tell someone that another member of the jury has been looking things up on her phone about the second defendant,⟧” the note read.
Ignatius Obuya, defending, told the judge the jury had been “⟦p:c|irretrievably contaminated⟧”. Hana Kobayashi, for the Crown, agreed. “⟦d:d|The prosecution cannot resist the application, your honour,⟧” she said.
Addressing the jurors, the judge said: “⟦d:a:m|I want to be clear that the great majority of you have done exactly what I asked. I am grateful to you, and I am sorry your time has been wasted.⟧
“⟦d:a|But the rules exist for a reason. A defendant is entitled to be tried on the evidence given in this room and on nothing else.⟧”
She said the matter would be referred for possible contempt proceedings. A retrial was fixed for next spring.

### 018
@a Cassius Delacroix | Television chef
@b Rowena Fairbairn | for the newspaper
@c Northern Clarion | -
@d Hamish Oduya | The judge
Television chef Cassius Delacroix told the High Court on Monday that a newspaper's claim he had stolen recipes from a former protege had ``⟦p:a|ruined the one thing I was proud of⟧''.
Delacroix, 47, is suing the Northern Clarion over a 2023 article headlined ``⟦s:-|The Great Recipe Robbery⟧''. The paper says the article was true.
``⟦d:a|I have cooked for thirty years. I've made mistakes, I've been rude to people, I've been a bad husband at times. But I have never stolen a dish,⟧'' he said from the witness box.
Under cross-examination by Rowena Fairbairn KC, for the newspaper, he was shown side-by-side photographs of two plates.
``⟦d:b|They are identical, Mr Delacroix, are they not?⟧''
``⟦d:a|They are both mackerel on beetroot. So is half the menu in this country,⟧'' he replied, drawing laughter from the public gallery.
The judge, Mr Justice Hamish Oduya, warned the gallery: ``⟦d:d|This is not a cookery programme. Please allow the witness to give his evidence.⟧''
In a statement, the Northern Clarion said it ``⟦p:c|stands by its journalism⟧''.
The trial is expected to last two weeks.

### 019
@a Emil Sørensen-Pike | a GP from Marsh End
@b Margaret Ileto | tribunal chair
@c - | One former patient
@d Medical Standards Council | -
A GP who prescribed powerful painkillers to patients he had never met has been struck off the medical register.
Dr Emil Sørensen-Pike, a GP from Marsh End, issued more than 1,400 prescriptions for opioids through an online pharmacy between 2020 and 2022, a medical practitioners tribunal found.
Announcing its decision on Friday, tribunal chair Margaret Ileto said his conduct had been "⟦p:b|deplorable⟧" and showed "⟦p:b|a persistent disregard for patient safety⟧".
"⟦d:b|Dr Sørensen-Pike told this tribunal he believed he was helping people. We do not doubt he believed that. But a belief is not a clinical assessment,⟧" she said.
The doctor, who represented himself, had told the hearing last week that he was "⟦p:a|filling a gap the health service left⟧".
"⟦d:a|People were in pain and they couldn't get an appointment for six weeks. What was I supposed to do? Tell them to wait?⟧" he asked the panel.
One former patient, who asked not to be named, told this programme he had become addicted within months. "⟦d:c|It was easier to get oxycodone from him than it was to get a repeat prescription for my inhaler,⟧" he said.
The Medical Standards Council said the ruling sent "⟦p:d|a clear message⟧" to doctors working online.

### 020
@a Aled Humphreys | a response officer with Tarnwick Police
@b Lionel Adeyemi-Ross | The panel’s chair
@c Lamar Whitcombe | a 22-year-old delivery rider
@d Serena Vail | Deputy Chief Constable
A police officer who was filmed kneeling on a handcuffed man’s back and telling him to “⟦p:a|stop crying⟧” has been dismissed without notice for gross misconduct.
PC Aled Humphreys, a response officer with Tarnwick Police, was found to have used excessive force during the arrest of Lamar Whitcombe, a 22-year-old delivery rider, in Holmwick town centre in May 2023.
Body-worn footage played at the hearing showed Mr Whitcombe saying: “⟦d:c|I can’t breathe properly, man, please.⟧”
PC Humphreys could be heard replying: “⟦d:a|You’re talking, so you can breathe.⟧”
Giving evidence, the 37-year-old said he had been “⟦p:a|running on adrenaline⟧”. “⟦d:a|I accept it doesn’t look good. I didn’t think I was putting weight on him. I was wrong about that,⟧” he admitted.
Mr Whitcombe told the panel: “⟦d:c|I hadn’t done anything. I was waiting for a kebab.⟧”
The panel’s chair, Lionel Adeyemi-Ross, said the officer’s conduct had “⟦p:b|fallen far below⟧” what the public was entitled to expect. “⟦d:b|The panel has no doubt that this was a serious breach and that dismissal is the only proportionate outcome,⟧” he said.
Deputy Chief Constable Serena Vail said: “⟦d:d|Officers are given powers on trust. PC Humphreys broke that trust and there is no place for him in this force.⟧”

### 021
@a Fatima Al-Sayegh | a teacher who was travelling in the second carriage
@b Bronwen Castellanos | Counsel to the inquiry
@c Ifeoma Uzor | The chair
Fatima Al-Sayegh, a teacher who was travelling in the second carriage, told the Brennock Rail Crash Inquiry on Monday that she had held a stranger's hand for forty minutes as he died.
"⟦d:a:m|I didn't know his name. I found out later from the newspapers. He was called Eddie and he was going to see his daughter.⟧
"⟦d:a:m|We were both trapped. I could move my arm and he could move his. So we held on. He kept asking me if they were coming and I kept saying yes, they're coming, they're nearly here.⟧
"⟦d:a|They weren't nearly here. It was forty minutes. I have never said that to his family, and I'm saying it now because I think they deserve to know he wasn't alone.⟧"
Counsel to the inquiry, Bronwen Castellanos, asked her how long it had taken for the first rescuers to reach the carriage.
"⟦d:a|I don't know exactly. It felt like forever. The first person I saw was a farmer, not a fireman,⟧" Ms Al-Sayegh said.
"⟦d:b|Thank you. I know this is very difficult,⟧" Ms Castellanos said. "⟦d:b|Is there anything you would like the chair to take away from your evidence?⟧"
Ms Al-Sayegh paused. "⟦d:a|That somebody should have come sooner.⟧"
The chair, Judge Ifeoma Uzor, thanked her for her "⟦p:c|courage and dignity⟧" and adjourned the hearing for the day.

### 022
@a - | the call handler
@b Dean Hollis | a retired bus driver
@c Shireen Bakhtiari | prosecuting
A man accused of murdering his wife told an emergency call handler "⟦p:b|I think I've killed her⟧" and then asked whether he should "⟦p:b|put the kettle on⟧" while he waited, a court heard.
Dean Hollis, 52, a retired bus driver, denies murdering Margaret Hollis, 50, at their home in Durnley in March. He admits manslaughter on the grounds of loss of control.
The recording of the 999 call was played to jurors at Durnley Crown Court on Tuesday.
"⟦d:a|Ambulance, what's the address of the emergency?⟧" the call handler asked.
"⟦d:b|Fourteen Cherry Walk. It's my wife. I think I've killed her,⟧" Hollis said, in a flat voice.
"⟦d:a|Is she breathing?⟧"
"⟦d:b|I don't know. I don't think so. Should I put the kettle on? The police will want a cup of tea.⟧"
Shireen Bakhtiari KC, prosecuting, told jurors: "⟦d:c|You may think that is a man who knew exactly what he had done, and who was already thinking about what came next.⟧"
The trial continues.

### 023
@a Radomir Veselinov | former army colonel
@b - | a woman identified only as Witness 14
@c Ama Boateng-Lisle | Presiding Judge
@d Henrik Aalto | Chief prosecutor
THE HAGUE, June 3 (Wire) - A woman who survived the massacre at Dolny Brest told a war crimes tribunal on Tuesday that soldiers separated the men of the village "⟦p:b|like sorting potatoes⟧" before marching them towards the river.
The witness, a woman identified only as Witness 14 and testifying with her face and voice distorted, is the first survivor to give evidence against former army colonel Radomir Veselinov, 68, who denies ordering the killings of 212 civilians in 1994.
"⟦d:b|They took my husband and my two sons. My younger son was fifteen. He looked back at me and I told him to keep walking, because I thought if he kept walking they would not shoot him,⟧" she said, speaking through an interpreter.
Veselinov, who sat with his arms folded, shook his head several times. When Presiding Judge Ama Boateng-Lisle asked whether he wished to respond through his lawyer, he stood up and said: "⟦d:a|I was not there. I have said it for thirty years. I was not there.⟧"
"⟦d:c|Sit down, Mr Veselinov. Your counsel will have the opportunity to cross-examine,⟧" the judge told him.
Chief prosecutor Henrik Aalto told reporters outside the court: "⟦d:d|Today the tribunal heard from someone who has waited three decades to be heard. That matters, whatever the verdict.⟧"

### 024
@a Nikhil Saran | -
@b Orla Ní Bhriain | the solicitor who took his case in 2016
@c Kamala Saran | His mother
@d Case Review Board | -
Nikhil Saran keeps the letter in a plastic wallet, folded in four. It is from the Case Review Board, it is dated 11 March 2021, and its second paragraph begins: “⟦d:d|The Board has decided to refer your conviction to the Court of Appeal.⟧”
“⟦d:a|I read that line maybe a thousand times,⟧” he says. “⟦d:a|I thought if I stopped reading it, it would change.⟧”
Saran was 24 when he was convicted of an arson attack on a shop in Greywater that destroyed three flats. He was released in 2022, after the Court of Appeal found that a key prosecution witness had been paid by police. He is 38 now, and works nights in a bakery.
“⟦d:a:m|People think you come out and there’s a party. There was a party, actually. My cousins did a party. But after that you go home and you’re a man of thirty-five who has never had a bank card.⟧
“⟦d:a|I didn’t know how to use the self-checkout. I stood there and cried in a supermarket. That’s what freedom looked like, the first week.⟧”
Orla Ní Bhriain, the solicitor who took his case in 2016, remembers their first meeting in the visits hall at HMP Fenwick.
“⟦d:b|He was very polite and very angry, and he had read every page of his file more times than I had,⟧” she says. “⟦d:b|He told me: ‘I don’t need you to believe me. I need you to read it.’ So I read it.⟧”
His mother, Kamala Saran, never missed a visit in eight years. Asked what kept her going, she laughs. “⟦d:c|What choice? He is my son. You don’t stop being a mother because a judge says something.⟧”
Saran is now seeking compensation, which he calls “⟦p:a|the last fight⟧”. “⟦d:a|After that,⟧” he says, “⟦d:a|I’d like to be boring for a while.⟧”

### 025
@a Aisha Rahman | defending
@b Barry Moss | a retired plasterer
@c Colin Arbuthnot | Presiding magistrate
@d Mei Ling Ho | -
@e Claire Ogundipe | Prosecutor
@f Ahmed Yusuf Warsame | -
KIERAN Doyle, 33, of Tanner Street, Aldermoor, admitted stealing £96 of meat and cheese from Pennymart in Market Square on April 3. Aisha Rahman, defending, said her client had been "⟦p:a|trying very hard to get clean⟧" and had since started a methadone programme. "⟦d:a|He is not proud of this. He wants to be a father to his daughter again,⟧" she said. He was given a 12-month community order.
BARRY Moss, 61, a retired plasterer, of Hill View, Saltbridge, was fined £600 for dumping a sofa and two mattresses in a lay-by on the Greywater road. Moss, who represented himself, told magistrates: "⟦d:b|I honestly thought it was a council collection point. There was a sign.⟧" Presiding magistrate Colin Arbuthnot replied: "⟦d:c|There was a sign, Mr Moss. It said no tipping.⟧"
MEI Ling Ho, 27, of Quarry Close, Aldermoor, was fined £320 and given six penalty points for driving without insurance on the bypass in February. In a letter to the court she wrote: "⟦d:d|I genuinely believed my father had added me to his policy. I have now arranged my own cover and I am very sorry.⟧"
AHMED Yusuf Warsame, 45, of Dock Lane, Saltbridge, admitted breaching a restraining order by contacting his former partner. Prosecutor Claire Ogundipe said he had sent her 64 messages in a single night, including one that read: "⟦d:f|Answer the phone or I'm coming round.⟧" "⟦d:e|This was a deliberate and sustained breach,⟧" Ms Ogundipe said. Warsame was remanded in custody to be sentenced at crown court.

### 026
@a Oluwaseun Adebayo | a warehouse supervisor at Northgate Freight’s depot in Kellingford
@b Craig Henshall | His line manager
@c Tamsin Greaves | the company’s head of people
@d Rajesh Kulkarni | Employment Judge
@e Northgate Freight | -
A warehouse supervisor whose manager posted a monkey emoji beneath a photograph of him in a work WhatsApp group has won his claim for racial harassment.
Oluwaseun Adebayo, a warehouse supervisor at Northgate Freight’s depot in Kellingford, told the employment tribunal that the “⟦s:-|banter⟧” had gone on for more than a year.
His line manager, Craig Henshall, had written in the group: “⟦d:b|Seun’s finally in on time, someone call the news.⟧”
“⟦d:a|Every day there was something. If I complained, I was told I couldn’t take a joke. After a while I stopped complaining and just went home and didn’t sleep,⟧” Mr Adebayo said.
Mr Henshall told the hearing the emoji had been “⟦p:b|a mistake, a stupid one⟧” and insisted he had not meant it racially. Asked by the judge what he had meant by it, he replied: “⟦d:b|I honestly don’t know. I wasn’t thinking.⟧”
Tamsin Greaves, the company’s head of people, accepted that no investigation had been carried out. “⟦d:c|With hindsight, we should have acted on the first complaint. We didn’t, and I regret that,⟧” she said.
In the tribunal’s judgment, Employment Judge Rajesh Kulkarni wrote: “⟦d:d|We reject the suggestion that this was harmless workplace humour. It was conduct related to race, and its effect on the claimant was exactly what one would expect.⟧”
Northgate Freight said it had “⟦p:e|learned lessons⟧” and that Mr Henshall no longer worked for the company.

### 027
@a Nguyen Thi Mai | -
@b Linh | Her daughter
@c Carys Bevan-Oyelowo | Judge
@d Alan Fairweather | the vicar of St Barnabas, Saltbridge
@e - | A government spokesperson
A nail salon owner who has lived in Saltbridge for 19 years has won her fight against deportation after a judge ruled that removing her would be "⟦p:c|unduly harsh⟧" on her teenage daughter.
Nguyen Thi Mai, 44, came to Britain in 2005 on a student visa and stayed on when it expired. She runs Lotus Nails on Bridge Street and has a daughter, Linh, who was born in Saltbridge.
In her decision, Judge Carys Bevan-Oyelowo wrote: "⟦d:c|Linh has never been to Vietnam. She does not speak Vietnamese beyond a few words. Her whole life, her school and her friends are here.⟧"
Speaking at the salon on Friday, Mrs Nguyen said: "⟦d:a|I cried for two hours. Then I opened the shop, because Saturday is our busiest day.⟧"
Her daughter, Linh, 16, said: "⟦d:b|Mum pretends she wasn't worried but she was. We all were.⟧"
More than 2,000 people signed a petition organised by the Rev Alan Fairweather, the vicar of St Barnabas, Saltbridge. "⟦d:d|Mai has done the nails of half this parish. The idea of putting her on a plane was absurd,⟧" he said.
A government spokesperson said: "⟦d:e|We are considering the judgment carefully.⟧"

### 028
@a Danny Kavanagh-Mills | Soap hunk
@b Jonathan Pryor | His brief
@c Asha Patel-Durrant | District Judge
@d - | One fan
SOAP hunk Danny Kavanagh-Mills dodged a driving ban yesterday after his lawyer argued he would lose his £250,000-a-year role without his licence.
The Harbour Lights star, 34, was clocked at 97mph on the Aldermoor bypass in his Range Rover in the early hours of a Sunday in March.
His brief, Jonathan Pryor, told the court the actor was "⟦p:b|the main breadwinner for a large extended family⟧". "⟦d:b|If he cannot drive to the studio at 5am, he will lose the part. It's as simple as that,⟧" he said.
District Judge Asha Patel-Durrant accepted he would suffer "⟦p:c|exceptional hardship⟧", but warned him: "⟦d:c|You won't get a second chance, Mr Kavanagh-Mills. Slow down.⟧"
"⟦d:a|I will, your honour. Thank you,⟧" replied the actor, who plays bad boy Jez Cole in the teatime soap.
Outside court he was mobbed by dozens of screaming fans chanting "⟦s:-|Jez! Jez! Jez!⟧". One fan, who had travelled from Durnley, gushed: "⟦d:d|He's lovely in real life. Everyone drives too fast on that road.⟧"
He was fined £1,800 and given six points.

### 029
@a Tegwen Morris | Area coroner
@b Iain MacLeod | team leader of Glen Corran Mountain Rescue
@c Ruth Eisenberg | His sister
@d Benjamin Eisenberg | a junior doctor
Benjamin Eisenberg, a junior doctor, told his sister he would be “⟦p:d|back for tea⟧” when he set out alone to climb Ben Corran in worsening weather, an inquest has heard.
Dr Eisenberg, 29, was found by a search dog two days after he was reported missing in February.
His sister, Ruth Eisenberg, said he had sent her a photograph from the car park at 8.40am with the message: “⟦d:d|Looks grim up top but I’ll turn back if it’s bad. Back for tea x⟧”
“⟦d:c|Ben was careful. He was a doctor, he knew about risk. I’ve gone over it a thousand times and I still don’t understand why he didn’t turn back,⟧” she told the hearing.
Iain MacLeod, team leader of Glen Corran Mountain Rescue, said conditions near the summit that afternoon had been “⟦p:b|about as bad as it gets⟧”.
“⟦d:b|Winds of 70 miles an hour, whiteout, and the ground was sheet ice. Experienced people get caught out in that. It isn’t a question of being careless,⟧” he said.
Area coroner Tegwen Morris concluded that Dr Eisenberg’s death was accidental. “⟦d:a|I hope it is of some comfort to his family that the evidence is that he would have lost consciousness quickly,⟧” she said.

### 030
@a Emeka Harcourt | the senior judge hearing the appeal
@b Rebecca Anand-Forsyth | Solicitor General
@c Tomasz Grabowski | Her brother
@d Frederick Osei-Bonsu | for the offender
LONDON, Sept 9 (Wire) - A van driver who killed a young cyclist while scrolling through social media had his suspended sentence increased to four years in prison on Tuesday.
Kyle Bramhall, 26, was given a two-year suspended term in May for causing the death by dangerous driving of Anna Grabowska, 22, a nursing student, in Westerby last year.
Solicitor General Rebecca Anand-Forsyth, who referred the case to the Court of Appeal, said: "⟦d:b|This was a grossly dangerous piece of driving which took a young woman's life. The original sentence did not reflect that.⟧"
Frederick Osei-Bonsu KC, for the offender, told the court Bramhall had shown "⟦p:d|profound and genuine remorse⟧" and had a young child.
Lord Justice Emeka Harcourt, the senior judge hearing the appeal, said the original term had been "⟦p:a|unduly lenient⟧" and that remorse "⟦p:a|cannot outweigh⟧" the seriousness of the offence.
"⟦d:a|A driver who takes his eyes off the road for eleven seconds to look at a phone is not making a momentary error. He is making a choice,⟧" he said.
Her brother, Tomasz Grabowski, said outside court: "⟦d:c|Four years is still not a life. But today at least someone listened to us.⟧"

### 031
@a Jonathan Achebe | prosecuting
@b Rupert Vandersteen | for Mr Kaplan
@c Hilary Oyenuga | Judge
The director of a roofing firm “⟦p:a|gambled with a young man’s life to save £400⟧”, a jury was told yesterday as the prosecution closed its case in his manslaughter trial.
Eli Kaplan, 61, denies gross negligence manslaughter over the death of Callum Fraser-Ndlovu, 19, who fell 11 metres through a fragile skylight at a warehouse in Holmwick in 2022.
In his closing speech, Jonathan Achebe KC, prosecuting, said: “⟦d:a|There was no netting. There were no covers. There was a teenager in his third week in the job, and there was a man in charge who knew the risk and chose to ignore it.⟧”
He added: “⟦d:a|Four hundred pounds. That is what the safety netting would have cost.⟧”
But Rupert Vandersteen KC, for Mr Kaplan, urged the jury not to let “⟦p:b|sympathy, however natural⟧” decide the case.
“⟦d:b:m|Nobody in this courtroom disputes that Callum’s death was a tragedy. Mr Kaplan has never disputed it. He has lived with it every day since.⟧
“⟦d:b|But a tragedy is not a crime. The question for you is not whether things could have been done better. Of course they could. The question is whether what Mr Kaplan did was so bad that it was criminal, and it was not,⟧” he said.
Judge Hilary Oyenuga told jurors she would sum up the case on Monday. “⟦d:c|Please do not discuss the case with anyone over the weekend, including with each other outside this building,⟧” she said.

### 032
@a Leanne Purcell | her next-door neighbour
@b Shannon Dobbs | a hairdresser
@c Grace Mwangi | a retired nurse who lives opposite
@d Rupert Clegg | District Judge
Two neighbours gave starkly different accounts of a fight over a wheelie bin when one of them went on trial at Westerby Magistrates' Court.
Shannon Dobbs, 38, a hairdresser, of Lark Rise, Westerby, denies assaulting her next-door neighbour, Leanne Purcell, 41, in August last year.
Ms Purcell told the court Dobbs had grabbed her by the hair and pulled her to the ground. "⟦d:a|She came flying out of her front door screaming about the bin. I didn't even have time to put my tea down,⟧" she said.
"⟦d:a|I've still got a bald patch. Do you want to see it?⟧"
Dobbs, giving evidence, said it was Ms Purcell who had lashed out first. "⟦d:b|She swung the bin lid at me. I put my hands up to protect my face and we both fell over. That's all it was,⟧" she said.
"⟦d:b|I've never been in trouble in my life,⟧" she added, "⟦d:b|and I do the hair of half the street.⟧"
Grace Mwangi, a retired nurse who lives opposite, said she saw the two women "⟦p:c|rolling around on the pavement⟧" but could not say who had started it. "⟦d:c|By the time I got my glasses on it was all over,⟧" she said.
District Judge Rupert Clegg found Dobbs not guilty. "⟦d:d|I cannot be sure which of you is telling the truth, and in those circumstances the law is clear,⟧" he said. "⟦d:d|I would urge you both to buy separate bins.⟧"

### 033
@a Marek Dvořák | the 34-year-old
@b Siobhan Gallagher | his barrister
@c Imran Qureshi | prosecutor
A lorry driver accused of smuggling £3.2m of cocaine hidden in a consignment of frozen chips told a jury he had “⟦p:a|no idea⟧” what was in the back of his trailer.
Marek Dvořák gave evidence in his own defence at Saltbridge Crown Court on Wednesday. The 34-year-old, who is from the Czech city of Brno, denies importing a class A drug.
Asked by his barrister, Siobhan Gallagher KC, whether he had loaded the trailer himself, he said: “⟦d:a|No. I never load. I arrive, the trailer is sealed, I drive. This is how it works.⟧”
“⟦d:b|Did you ever see inside the trailer?⟧” Ms Gallagher asked.
“⟦d:a|Never. Not once.⟧”
Under cross-examination, prosecutor Imran Qureshi asked why Mr Dvořák had stopped for 40 minutes in an unlit lay-by near Marsh End shortly before the lorry reached the port.
“⟦d:c|You weren’t resting, were you? You were waiting for someone,⟧” Mr Qureshi said.
“⟦d:a|I was sleeping. The law says I must rest. If I do not rest, I lose my licence,⟧” the defendant replied.
“⟦d:c|Then why was your phone in use for 38 of those 40 minutes?⟧”
Mr Dvořák looked at the jury. “⟦d:a|I was watching football,⟧” he said.

### 034
@a Lavinia Ashcombe | Judge
@b Hugo Blenkinsop | the barrister
A judge rebuked a barrister in open court on Friday for arriving more than an hour late for the third time in a week, telling him his conduct was "⟦p:a|discourteous to everyone in this building⟧".
Hugo Blenkinsop, who represents the second defendant in a six-handed robbery trial at Kellingford Crown Court, blamed train delays.
"⟦d:b|I can only apologise, your honour. The 7.52 was cancelled and the 8.22 was, shall we say, optimistic,⟧" the barrister said.
Judge Lavinia Ashcombe was not amused. "⟦d:a|Mr Blenkinsop, there are five other defendants, twelve jurors, two interpreters and a witness who has travelled from Aberdeen,⟧" she said.
"⟦d:a|The trains are not my concern. Your attendance is. If it happens again I will be writing to your head of chambers.⟧"
"⟦d:b|I understand, your honour,⟧" he replied.
The trial resumed at 11.40am.

### 035
@a Philippa Nwosu | Recorder
@b Graham Whitlow | Retired accountant
@c Sunil Chaudhary | a dentist
@d - | One neighbour
A bitter row between two neighbours over a strip of lawn just 18 inches wide has ended with a £95,000 legal bill, and a judge telling both men they should be ``⟦p:a|thoroughly ashamed⟧''.
Retired accountant Graham Whitlow, 71, took Sunil Chaudhary, a dentist, to Greywater County Court claiming that a new fence had been built 46cm on to his land.
Whitlow told the court: ``⟦d:b|I have lived in that house for forty years. I know where my lawn ends. It ends where the old fence was.⟧''
Mr Chaudhary said he had relied on the title plans. ``⟦d:c|I offered to split the cost of a surveyor three times. He wouldn't even open the door to me,⟧'' he said.
Recorder Philippa Nwosu ruled the fence was on the correct line, but criticised both men. ``⟦d:a|Neither of you has behaved well. This dispute should have been resolved over a cup of tea, not in a courtroom, and certainly not at this cost,⟧'' she said.
One neighbour, who did not want to be named, said: ``⟦d:d|It's been like a war zone. We're just glad it's over. Mind you, I'll believe that when I see it.⟧''

### 036
@a - | The complainant
@b Terence Hallworth | a former swimming coach
@c Amelia Okafor-Grant | defending
A man has told a jury that his former swimming coach abused him repeatedly at a leisure centre in the 1980s, and that he kept silent for almost 40 years because “⟦p:a|nobody would have believed a kid from the estate⟧”.
Terence Hallworth, 78, a former swimming coach, of Fenwick, denies 14 counts of indecent assault against four boys between 1982 and 1989.
The complainant, now 52, who cannot be identified for legal reasons, gave evidence by video link from another room in the court building.
“⟦d:a|He was a god to us. He had the medals on his wall and he could get you into the county squad,⟧” he said. “⟦d:a|When it started I thought it must be normal. I thought that was the price.⟧”
Cross-examining him, Amelia Okafor-Grant, defending, suggested he had come forward only after reading about other allegations in a newspaper.
“⟦d:c|You had read the article, hadn’t you, before you went to the police?⟧”
“⟦d:a|I had. And I sat in my car and shook for an hour. It was the first time I knew it wasn’t just me,⟧” the witness replied.
Hallworth, who wore a hearing loop and sat with his eyes closed for much of the evidence, has told police the allegations are “⟦p:b|fantasy⟧”.
The trial continues.

### 037
@a Yetunde Bamgbose | a former lab scientist at Marlowe Diagnostics
@b Christopher Lam | counsel to the inquiry
@c Helen Stroud | Inquiry chair
@d Marlowe Diagnostics | -
A scientist who raised the alarm about faulty cancer tests at a private laboratory told a public inquiry on Thursday that she was branded a «⟦s:-|troublemaker⟧» and moved to a windowless office after she complained.
Dr Yetunde Bamgbose, a former lab scientist at Marlowe Diagnostics, said she first noticed problems with the results in 2018.
«⟦d:a|The same samples were coming back with different results depending on which machine they went through. I wrote it up and I sent it to my manager. Nothing happened,⟧» she said.
Asked by counsel to the inquiry Christopher Lam what happened next, she said: «⟦d:a|I sent it again. And then I sent it to the board. And a week later I was moved to a room with no window and told I was no longer on the rota.⟧»
«⟦d:b|Did anyone ever tell you why?⟧» Mr Lam asked.
«⟦d:a|No. Not in words,⟧» Dr Bamgbose replied.
Inquiry chair Baroness Helen Stroud said she wanted to pay tribute to the witness. «⟦d:c|It is because of people like Dr Bamgbose that this inquiry exists,⟧» she said.
Marlowe Diagnostics said it would «⟦p:d|not comment while the inquiry is ongoing⟧».

### 038
@a Aaliyah Mohammed | for the families
@b Nigel Fairclough | for Ashvale Hospitals Trust
@c Jade Okereke | one of the mothers
@d Rosalind Fenby | The inquiry’s chair
Families of babies who died or were injured at Ashvale General Hospital have urged the inquiry into maternity care there to find that a “⟦p:a|culture of denial⟧” reached the very top of the trust.
In her closing statement on Thursday, Aaliyah Mohammed KC, for the families, said: “⟦d:a|This was not a series of unhappy accidents. It was a system that had learned to protect itself first and mothers second.⟧”
“⟦d:a:m|Again and again, families were told that nothing could have been done. Again and again, that was not true.⟧
“⟦d:a|The families do not want revenge. They want the truth written down, in plain words, by someone with the authority to write it.⟧”
Nigel Fairclough KC, for Ashvale Hospitals Trust, said the trust “⟦p:b|accepts without reservation⟧” that care had fallen below acceptable standards. “⟦d:b|The trust apologises, unreservedly, to every family. It does not seek to minimise what happened,⟧” he said.
Outside, one of the mothers, Jade Okereke, was unimpressed. “⟦d:c|‘Unreservedly’ is a big word. I’ll believe it when I see someone lose their job,⟧” she said.
The inquiry’s chair, Dr Rosalind Fenby, is expected to publish her report next year. “⟦d:d|I will not keep you waiting a day longer than I have to,⟧” she told the families.

### 039
@a Lejla Hadžić | journalist
@b Goran Petrak | State prosecutor
@c Free Press Alliance | a Vienna-based watchdog
@d Mirela Sokolović | Her lawyer
KORVEN, Talvera, April 18 (Wire) - A court in Talvera on Friday sentenced journalist Lejla Hadžić to three years in prison for «⟦p:-|spreading false information⟧» about a state energy company, in a case rights groups called politically motivated.
Hadžić, 31, had published a series of articles alleging that officials at Talvenergo had diverted public funds into offshore accounts.
«⟦d:a|I stand by every word I wrote,⟧» Hadžić told the court before the verdict was read. «⟦d:a|If telling the truth is a crime in this country, then I am guilty.⟧»
State prosecutor Goran Petrak had told the court her reporting had «⟦p:b|damaged the reputation of the state and caused panic among citizens⟧».
Supporters outside the courthouse in Korven chanted «⟦s:-|Free Lejla⟧» and held up copies of her articles.
The Free Press Alliance, a Vienna-based watchdog, said the verdict marked «⟦p:c|a dark day for Talvera⟧». «⟦d:c|This sentence is not about one journalist. It is a warning to all of them,⟧» the group said.
Her lawyer, Mirela Sokolović, said they would appeal. «⟦d:d|We will go to every court there is, including in Strasbourg,⟧» she told reporters.

### 040
@a Rhys Penhaligon | Lance Corporal
@b Timothy Mbatha | Judge Advocate
@c Sarah Winterbourne | prosecuting
@d - | the victim
A soldier who hid his phone in a shower block to film a female colleague has been jailed for ten months and dismissed from the Army.
Lance Corporal Rhys Penhaligon, 25, of the Royal Wessex Rifles, admitted voyeurism at a court martial at the Military Court Centre in Halsey.
Lieutenant Colonel Sarah Winterbourne, prosecuting, said the victim, who cannot be named for legal reasons, found the phone "⟦p:c|wedged behind a pipe⟧" and recognised its case.
In evidence, she said: "⟦d:d|I trusted him. He was the one who used to tell the younger lads to behave. When I saw his phone I felt sick.⟧"
"⟦d:d|I still can't shower on camp without checking every corner,⟧" she added.
Penhaligon told the court: "⟦d:a|I can't explain it. I'm ashamed of myself and I'm sorry to her and to my regiment.⟧"
Sentencing, Judge Advocate Timothy Mbatha said: "⟦d:b|The Army depends on trust between those who serve together. You betrayed that trust in the most personal way imaginable.⟧"

### 041
@a Marguerite Delahaye | Senior coroner
@b Fenwick Borough Council | -
@c Anil Choudhury | Her father
A coroner has warned that more young people will die at a flooded quarry near Fenwick unless the council and the landowner act “⟦p:a|as a matter of urgency⟧”.
Senior coroner Marguerite Delahaye has issued a prevention of future deaths report following the inquest into the death of Priya Choudhury, 16, who drowned at Hatchmere Quarry on a hot afternoon last July.
In the report, she wrote: “⟦d:a|The fencing is inadequate and in places absent. The warning signs are faded. Young people have swum in this water for decades, and the evidence before me is that they continue to do so.⟧”
Priya, a keen netball player, had gone to the quarry with friends on the day she finished her exams.
Her father, Anil Choudhury, said: “⟦d:c|She was a strong swimmer. She had no idea how cold it was under the surface. Nobody told these kids, and nobody stopped them.⟧”
“⟦d:c|If this report saves one family from what we are going through, then something good will have come of it.⟧”
Fenwick Borough Council said it had 56 days to respond and would “⟦p:b|work closely with the landowner⟧” to improve safety. New signs reading “⟦s:-|Danger: deep cold water⟧” went up at the site last week.

### 042
@a Yusuf Karimi | Judge
@b Mariana Costa | Her sister
@c Beatriz Costa-Reid | Another sister
@d Philip Hargreaves | mitigating
HOLMWICK, England, Jan 17 (Wire) - A landlord who ignored repeated warnings about a faulty boiler was jailed for five years on Friday for the manslaughter of a tenant who died from carbon monoxide poisoning.
Clifford Ashworth, 67, admitted the gross negligence manslaughter of Lúcia Costa, 29, a Portuguese-born care worker who was found dead in her flat on Grange Road in November 2022.
In statements read to Holmwick Crown Court, her family described a young woman who sent money home every month. Her sister Mariana Costa said: "⟦d:b|Lúcia came here to build a life. She was killed by a man who could not be bothered to spend 200 pounds.⟧"
Another sister, Beatriz Costa-Reid, said: "⟦d:c|I had to tell our mother on the phone. I will hear her scream for the rest of my life.⟧"
Philip Hargreaves KC, mitigating, said Ashworth was "⟦p:d|a man broken by what he has done⟧" and had pleaded guilty at the first opportunity.
Sentencing, Judge Yusuf Karimi said Ashworth had received four written complaints about the boiler in the six months before Ms Costa died.
"⟦d:a:m|Each time, you did nothing. You did not send an engineer. You did not reply.⟧
"⟦d:a|You treated her flat as a source of income and her as an inconvenience. The consequence of that was her death,⟧" the judge said.

### 043
@a Adaeze Worthington | a judge of the Family Division
@b - | The father
@c - | the girl
@d - | a spokesperson for Brackenholt Council
A judge has criticised a father who secretly recorded his 12-year-old daughter’s conversations with social workers, saying he had turned her into “⟦p:a|a witness in her own parents’ war⟧”.
In a judgment published on Tuesday, Mrs Justice Adaeze Worthington, a judge of the Family Division, said the recordings, made on a phone hidden in the girl’s school bag, were “⟦p:a|a serious invasion of her privacy⟧”.
The family cannot be identified. The judgment refers to the girl as C.
“⟦d:a|Whatever his motives, and I accept that he believed he was protecting C, the effect of his actions was to place her at the centre of a conflict she did not create and cannot resolve,⟧” the judge wrote.
The father told the court he had been “⟦p:b|desperate⟧” and “⟦p:b|did not know what else to do⟧”.
C wrote to the judge before the hearing. In her letter, which is quoted in the judgment, she said: “⟦d:c|I love my mum and my dad. I just want them to stop. I don’t want to go to any more meetings.⟧”
“⟦d:d|We welcome the court’s decision and will continue to support C and her family,⟧” a spokesperson for Brackenholt Council said.

### 044
@a Dennis Ofori-Atta | the club's kit manager for 14 years
@b Carrick Vale | -
@c Stuart Rennie | First-team manager
@d Nasreen Qadir | Employment Judge
Carrick Vale's former kit manager has won his claim for unfair dismissal against the club after an employment tribunal found he was sacked for raising concerns about a physio's treatment of young players.
Dennis Ofori-Atta, the club's kit manager for 14 years, was dismissed in 2023 for what the club called "⟦p:b|gross misconduct⟧" after he emailed the chairman about an incident at the academy.
He told the tribunal in Aldermoor: "⟦d:a|I've washed shirts for that club since I was 40. I wasn't trying to cause trouble. I'd seen a 16-year-old crying in the corridor and I thought somebody should know.⟧"
First-team manager Stuart Rennie, who gave evidence for the club, said Mr Ofori-Atta had been "⟦p:c|a loyal servant⟧" but had "⟦p:c|gone behind people's backs⟧".
"⟦d:c|There's a chain of command in a football club. He knew that better than anyone,⟧" Rennie said.
Employment Judge Nasreen Qadir found that the real reason for the dismissal was the email. "⟦d:d|The claimant made a protected disclosure, in good faith, about the welfare of children, and was dismissed within three weeks of making it. The tribunal has no hesitation in finding that the dismissal was automatically unfair,⟧" the judgment said.
Carrick Vale said it was "⟦p:b|disappointed⟧" by the ruling and was considering its options.

### 045
@a Arturo Villaseñor | a former banker
@b Catriona Ferrier | District Judge
@c Edward Nakamura | for Mr Villaseñor
@d Sophia Karagiannis | for the government of Costa Verde
A man wanted in the Republic of Costa Verde over the disappearance of $90 million from a state pension fund told a court on Monday that he would “⟦p:a|not survive six months⟧” in one of its prisons.
Arturo Villaseñor, 58, a former banker, is fighting extradition at Kellingford Magistrates’ Court. He denies wrongdoing and says the charges are politically motivated.
“⟦d:a|I was the man who wrote the report saying the money was missing. Now they say I took it,⟧” he told the court, speaking in English. “⟦d:a|That is how it works in my country when you embarrass the wrong people.⟧”
Edward Nakamura KC, for Mr Villaseñor, said prison conditions in the country were “⟦p:c|notoriously dangerous⟧”, citing reports of overcrowding and killings.
Sophia Karagiannis, for the government of Costa Verde, told the court the country had provided “⟦p:d|specific and detailed assurances⟧” about where he would be held. “⟦d:d|He would be held in a modern facility, in a single cell, with access to his lawyers and to consular staff,⟧” she said.
District Judge Catriona Ferrier asked: “⟦d:b|And who will be monitoring those assurances, Ms Karagiannis?⟧”
“⟦d:d|The British embassy, madam,⟧” she replied.
“⟦d:b|I see,⟧” said the judge, making a note.
The hearing continues.

### 046
@a Helga Rasmussen | a forensic pathologist
@b Daniel Abernethy-Cole | defending
@c - | the jury
A pathologist who examined the body of a seven-week-old baby told a jury the injuries she found were "⟦p:a|not consistent with a fall from a sofa⟧".
Professor Helga Rasmussen, a forensic pathologist, was giving evidence in the trial of Nathan Pryce-Jenkins, 27, who denies murdering his son, Harley.
"⟦d:a|In my opinion, the pattern of bleeding in the brain and the eyes, taken together with the fractured ribs, indicates that this child was subjected to a violent shaking event on at least one occasion,⟧" she said.
Under cross-examination, Daniel Abernethy-Cole KC, defending, suggested the science was "⟦p:b|far less certain than the jury has been led to believe⟧".
"⟦d:b|You'll accept, professor, that there is a respectable body of medical opinion which says these findings can arise in other ways?⟧" he asked.
"⟦d:a|There is a body of opinion, yes. I would not call all of it respectable,⟧" she replied.
"⟦d:b|That's rather a sweeping statement.⟧"
"⟦d:a|It was meant to be.⟧"
Later, in a note passed to the judge, the jury asked: "⟦d:c|Can a fall from a height of 45cm cause rib fractures in a baby of this age?⟧" Professor Rasmussen said such fractures from a short fall would be "⟦p:a|vanishingly rare⟧".
The trial continues.

### 047
@a Morag Cairncross | Sheriff
@b Ewan Lindsay | Fiscal depute
@c Parminder Gill | Defence agent
@d Gordon Baird | the accused
A football fan who hurled a pie at an assistant referee during a Highland League match has been banned from every ground in Scotland for two years.
Gordon Baird, 39, of Kirkbrae, Inverdrum, admitted behaving in a threatening or abusive manner at Strathmore Park on October 14.
Fiscal depute Ewan Lindsay told Inverdrum Sheriff Court the steak pie struck the official "⟦p:b|on the back of the neck⟧" after a disputed offside decision. "⟦d:b|It was, I'm told, still warm,⟧" he added.
Defence agent Parminder Gill said her client was "⟦p:c|mortified⟧". "⟦d:c|He has supported the club for 30 years. He's written a letter of apology to the linesman and he's offered to pay for his dry cleaning,⟧" she said.
Sheriff Morag Cairncross told Baird: "⟦d:a|Officials at this level are volunteers, Mr Baird. They give up their Saturdays so that you can enjoy your football. What you did was disgraceful.⟧"
"⟦d:d|I know. I'm sorry,⟧" the accused replied.
As well as the football banning order, he was fined £750.

### 048
@a Kemi Adeleke-Hart | the founder of Save Sorrel Moor
@b Isobel Chen | the deputy president of the court
@c Calder Ridge Energy | -
@d - | A government spokesperson
Campaigners fighting a new gas field beneath Sorrel Moor have won a landmark victory at the Supreme Court, which ruled that planners should have considered the emissions from burning the gas, not just from extracting it.
In a 3–2 decision, the court quashed planning permission for the development, which had been granted to Calder Ridge Energy in 2022.
Giving the lead judgment, Lady Isobel Chen, the deputy president of the court, said it was “⟦p:b|self-evident⟧” that the gas would be burned once extracted.
“⟦d:b|It is not a remote or speculative consequence of the development. It is its entire purpose,⟧” she said.
Kemi Adeleke-Hart, the founder of Save Sorrel Moor, who began the case from her kitchen table in 2021, cried as the ruling was handed down.
“⟦d:a|They told us we were a bunch of dog walkers who didn’t understand planning law,⟧” she said. “⟦d:a|Well, the dog walkers just won.⟧”
Calder Ridge Energy said it was “⟦p:c|disappointed⟧” and would “⟦p:c|review the judgment carefully⟧”.
A government spokesperson said: “⟦d:d|We respect the court’s decision and will set out our response in due course.⟧”

### 049
@a - | The jury
@b Grace Nkemelu | His mother
@c Lee Stanhope | Prison officer
@d - | A spokesperson for the prison service
@e Julian Fortescue | coroner
An inquest jury has found that failures by prison staff contributed to the death of a 22-year-old man who was found hanged in his cell at HMP Greywater.
Jerome Nkemelu had been on remand for five weeks when he died in February 2023. He had told staff on arrival that he had tried to take his own life twice before.
Prison officer Lee Stanhope told the inquest he had looked in on Mr Nkemelu through the hatch about 40 minutes before he was found. "⟦d:c|He was sitting on the bed. He said he was fine. He gave me a thumbs up,⟧" he said.
Asked by coroner Julian Fortescue whether he had known that Mr Nkemelu was on an open suicide and self-harm plan, Mr Stanhope said: "⟦d:c|Not at that time, no. It wasn't on the board.⟧"
The jury said in its conclusion that observations had been "⟦p:a|inadequate⟧" and that there had been "⟦p:a|a failure to share critical information between healthcare and wing staff⟧".
His mother, Grace Nkemelu, said outside court: "⟦d:b|My son asked for help. He told them. They wrote it down and then nobody read it.⟧"
Earlier, the coroner had thanked the family. "⟦d:e|You have sat through two weeks of very difficult evidence with great dignity,⟧" he told them.
A spokesperson for the prison service said: "⟦d:d|Our thoughts are with Mr Nkemelu's family. We will consider the jury's findings carefully.⟧"

### 050
@a Wayne Tolley | an unemployed roofer
@b Karen Mulvaney | Postwoman
@c Olumide Ajayi | District Judge
@d Rob Tennant | area representative for the Postal Workers’ Federation
A dog owner whose Rottweiler cross savaged a postwoman as she delivered a birthday card has been given a suspended prison sentence and ordered to have the animal destroyed.
Wayne Tolley, 45, an unemployed roofer, of Priory Close, Saltbridge, pleaded guilty to being the owner of a dog dangerously out of control causing injury.
Postwoman Karen Mulvaney, 52, needed 23 stitches in her arm and thigh after the attack in June. In a statement read to Saltbridge Magistrates’ Court, she said: “⟦d:b|I’ve delivered to that road for 16 years. I heard the door go and then it was on me. I honestly thought I was going to die on that doorstep.⟧”
Tolley, who represented himself, told the court: “⟦d:a|He’s never done anything like that before. He’s soft as butter with my grandkids.⟧”
District Judge Olumide Ajayi replied: “⟦d:c|Mr Tolley, he has now. And your neighbours told police he had gone for two other people before this.⟧”
Rob Tennant, area representative for the Postal Workers’ Federation, said: “⟦d:d|Our members shouldn’t have to risk life and limb to deliver a birthday card. We welcome the sentence.⟧”

### 051
@a Naledi Dlamini | the victim's elder sister
@b Zanele Dlamini | Her younger sister
@c Owen Thackeray | Detective Chief Inspector
BRACKENHOLT, England, Nov 28 (Wire) - "⟦d:a|Sipho died doing what our parents taught us to do: he helped someone who needed help,⟧" his elder sister said on Thursday after two teenagers were convicted of murdering the university student.
Sipho Dlamini, 24, a final-year engineering student, was stabbed in Brackenholt's Victoria Park in April after he stepped in to stop the pair robbing a younger boy. The defendants, now 17 and 18, cannot be named because of their ages.
There were shouts of "⟦d:-|Yes!⟧" from the public gallery as the verdicts were returned, and one of the defendants put his head in his hands.
Outside court, Naledi Dlamini, the victim's elder sister, said: "⟦d:a|We are proud of him, and we are broken. Both of those things are true at the same time.⟧"
Her younger sister, Zanele Dlamini, said: "⟦d:b|Today is not a happy day. There is no happy day any more. But it is a day when the truth was said out loud.⟧"
Detective Chief Inspector Owen Thackeray, who led the investigation, said: "⟦d:c|Sipho was a hero. I hope his family can take some comfort from the fact that those responsible will now face the consequences.⟧"
The pair will be sentenced in January.

### 052
@a Sharon Lumb | the 36-year-old
@b Francesca Odili | Prosecutor
@c Beata Nowak | Hotel manager
@d Yusuf Demir | Jeweller
A TRAINEE beautician who posed as a "⟦s:-|Monaco heiress⟧" ran up £340,000 in unpaid bills at luxury hotels and jewellers, a court heard yesterday.
Sharon Lumb, from Durnley, called herself "⟦s:-|Lady Serafina Vane⟧" and told staff her late father had left her a shipping fortune, jurors were told.
Prosecutor Francesca Odili said: "⟦d:b|She had the clothes, the accent and the confidence. What she did not have was a penny to her name.⟧"
Hotel manager Beata Nowak told the court Lumb stayed in the £2,000-a-night penthouse suite of the Regent Quay Hotel for 19 nights. "⟦d:c|She tipped the doormen in fifty-pound notes. Later we found out they were our own fifty-pound notes, from the room safe,⟧" she said.
Jeweller Yusuf Demir said she walked out of his shop with a £48,000 diamond necklace after promising that her "⟦p:a|people⟧" would transfer the money.
"⟦d:d|She said, 'Darling, my office will handle it.' I have been waiting for her office for two years,⟧" he said.
Giving evidence, the 36-year-old insisted she had always intended to pay. "⟦d:a|I was going to pay everyone back. I had money coming. It just didn't come,⟧" she said.
She denies 11 counts of fraud. The trial continues.

### 053
@a Bartholomew Nwankwo | Judge
@b Derek Halloway-Smith | Former council leader
@c Leila Farahani | Prosecutor
@d Jess Iwu | Our court correspondent
Live: former council leader sentenced for bribery
10:02 Judge Bartholomew Nwankwo has taken his seat at Kellingford Crown Court. Former council leader Derek Halloway-Smith, 63, is in the dock in a navy suit.
10:05 The judge begins: “⟦d:a|Mr Halloway-Smith, please remain seated for now. I will ask you to stand at the end.⟧”
10:11 Prosecutor Leila Farahani reminds the court that the former leader accepted £62,000 in cash and holidays from a developer seeking planning permission for 400 homes on the edge of Marsh End. She calls it “⟦p:c|a long-running and calculated abuse of public office⟧”.
10:24 The judge is now addressing the defendant directly: “⟦d:a|You were trusted by the people of this borough for 20 years. You sold that trust, and you sold it cheaply.⟧”
10:31 Mr Halloway-Smith is jailed for three years and nine months. He closes his eyes. As he is led away he says quietly: “⟦d:b|Thank you, your honour.⟧”
10:40 Our court correspondent, Jess Iwu, says: “⟦d:d|There was an audible gasp from the public gallery. A lot of people in Marsh End remember him as the man who saved the swimming pool. It’s a long way to fall.⟧”

### 054
@a Kwabena Mensah | a door supervisor
@b Ffion Jenkins | Detective Constable
@c Oliver Tran | prosecuting
@d Beatriz Salgado | His barrister
Jurors in the trial of a nightclub doorman accused of killing a customer have been read transcripts of his police interviews, in which he answered «⟦p:a|no comment⟧» to almost every question.
Kwabena Mensah, 33, a door supervisor, denies the manslaughter of Lewis Farrow-Dean, 28, who died after being restrained outside the Velvet Rooms in Aldermoor in December 2022.
Oliver Tran, prosecuting, read the exchanges aloud.
«⟦d:b|Why did you keep your knee on his back after he stopped moving?⟧» Detective Constable Ffion Jenkins asked in one interview.
«⟦d:a|No comment.⟧»
«⟦d:b|Did you hear him say he couldn't breathe?⟧»
«⟦d:a|No comment.⟧»
Mr Tran told the jury: «⟦d:c|You are entitled to ask yourselves why a man with nothing to hide would say nothing at all.⟧»
His barrister, Beatriz Salgado KC, said her client had been «⟦p:d|following legal advice⟧» and would give his account from the witness box. «⟦d:d|You will hear from him, members of the jury, and you can judge him then,⟧» she said.
The trial continues.

### 055
@a Marisa Delgado | Assistant District Attorney
@b Lionel Whitaker-Boone | Defense attorney
@c - | One juror
@d Tyrell Hutchins | -
@e Harriet Ng | Judge
PORT ALCOTT - A jury on Friday acquitted Tyrell Hutchins of murder in the 2009 killing of a convenience store clerk, ending a case that had sent him to prison for 14 years before his first conviction was overturned.
Hutchins, 41, sobbed and embraced his attorneys as the verdict was read in Judge Harriet Ng's courtroom. ``⟦d:d|Thank you. Thank you, God,⟧'' he said, over and over.
Assistant District Attorney Marisa Delgado, who tried the case, said her office respected the verdict. ``⟦d:a|We presented the evidence we had. The jury has spoken, and that is how the system works,⟧'' she said.
Defense attorney Lionel Whitaker-Boone was less restrained. ``⟦d:b|This man lost fourteen years of his life on the word of a jailhouse informant who was paid for his testimony. Today twelve people said, enough,⟧'' he told reporters on the courthouse steps.
One juror, who asked that her name not be used, said the panel had deliberated for two days. ``⟦d:c|We just couldn't get past the fact that nobody saw him there. Nobody. Not one witness,⟧'' she said.
Before discharging the panel, Ng told the jurors: ``⟦d:e|You have performed one of the most important duties a citizen can perform. Thank you.⟧''

### 056
@a Kamal Hossain | Assistant coroner
@b Stacey Lennox | Isla’s mother
@c Patricia Howe | Childminder
A two-year-old girl drowned in a garden pond while her childminder was answering the front door, an inquest has heard.
Isla Lennox died in hospital on 3 May last year, a day after she was pulled from the pond at a house in Westerby where she was being looked after.
Childminder Patricia Howe, 58, told the inquest she had left Isla and two other children playing in the garden “⟦p:c|for less than a minute⟧” to take in a parcel.
“⟦d:c|When I came back there were only two of them on the lawn. Then I heard someone shout, and I ran,⟧” she said.
She told the coroner she heard a cry of “⟦d:-|She’s in the pond!⟧” from somewhere behind the fence, but never found out who had called out.
The pond had a mesh cover, but it had been removed for cleaning the week before.
Isla’s mother, Stacey Lennox, said: “⟦d:b|I trusted her completely. I still can’t say that she’s a bad person. But my baby went there for the day and didn’t come home.⟧”
Assistant coroner Kamal Hossain recorded a conclusion of accidental death. “⟦d:a|A pond is one of the most dangerous features a garden can have for a small child. It takes seconds,⟧” he said. “⟦d:a|I would urge any parent or carer with a pond to fence it or fill it in.⟧”

### 057
@a Maura Keane | Landlady
@b Arjun Bhattacharya | for the council
@c Jennifer Colquhoun | chairwoman of the Chapel Street Residents' Association
@d Hew Parry | District Judge
The landlady of the Fiddler's Rest has won her appeal against a council decision to cut the pub's opening hours after neighbours complained about noise from its beer garden.
Landlady Maura Keane told Aldermoor Magistrates' Court the ruling would have forced her to close. ``⟦d:a|We're a community pub. We do a quiz on Tuesdays and a folk night on Thursdays. We're hardly Ibiza,⟧'' she said.
Arjun Bhattacharya, for the council, said officers had recorded noise ``⟦p:b|well above acceptable levels⟧'' on six summer evenings.
Jennifer Colquhoun, chairwoman of the Chapel Street Residents' Association, said: ``⟦d:c|Nobody wants the pub to close. We just want to be able to sleep with the window open in July.⟧''
District Judge Hew Parry allowed the appeal but imposed a condition that the beer garden close at 10pm. ``⟦d:d|This is a compromise, and like all good compromises it will leave everyone slightly unhappy,⟧'' he said.
Mrs Keane said afterwards: ``⟦d:a|Ten o'clock I can live with. I'll buy the judge a pint if he ever comes in.⟧''

### 058
@a Lars Øvergaard | the ferry’s master
@b Miriam Adjei-Sutton | counsel to the inquiry
@c Roderick Baillie | The chairman
@d Hye-jin Park | a passenger who survived by clinging to a life raft
The master of the ferry that capsized off Holm Point with the loss of 17 lives told the inquiry into the disaster on Tuesday that he had «⟦p:a|never been comfortable⟧» with the vessel’s loading plan.
Captain Lars Øvergaard, the ferry’s master, said he had raised concerns about the number of lorries carried on the upper car deck at least twice.
«⟦d:b|To whom did you raise them, Captain?⟧» asked counsel to the inquiry, Miriam Adjei-Sutton.
«⟦d:a|To the marine superintendent. Verbally. I did not put it in writing, which I regret now very much,⟧» he replied.
«⟦d:b|Why not in writing?⟧»
«⟦d:a|Because in this company, if you put something in writing, you are a problem. If you say it over coffee, you are a colleague.⟧»
Earlier, Hye-jin Park, a passenger who survived by clinging to a life raft, described the moment the ship began to list. «⟦d:d|The cups slid off the tables first. Then the people,⟧» she said. «⟦d:d|Nobody told us anything. Nobody.⟧»
The chairman, Sir Roderick Baillie, said the inquiry would hear from the operator, Northsound Ferries, next week. «⟦d:c|Those who were on board that night have waited long enough for answers,⟧» he said.

### 059
@a Eleanor Vance-Osei | a retired vicar
@b Jamie Kerr-Lindqvist | a student
@c Robert Aske | District Judge
@d Tobias Mwale | Prosecutor
@e Tide Turn | The climate group
A retired vicar and a student were among nine climate protesters convicted yesterday of obstructing the highway after they glued themselves to the road outside an oil company's headquarters in Kellingford.
Eleanor Vance-Osei, 72, a retired vicar, told the court from the dock: "⟦d:a|I have buried a lot of people in forty years of ministry. I do not intend to help bury my grandchildren's future.⟧"
Jamie Kerr-Lindqvist, 24, a student, said he had acted "⟦p:b|out of love, not anger⟧". "⟦d:b|I'd do it again tomorrow. I'm not proud of being here, but I'm not ashamed either,⟧" he said.
Prosecutor Tobias Mwale said the protest had caused "⟦p:d|significant disruption⟧" to hundreds of motorists, including an ambulance crew who had to take a diversion.
District Judge Robert Aske fined each defendant £250. "⟦d:c|I don't doubt the sincerity of your beliefs. But sincerity is not a defence in law, and other people have rights too,⟧" he said.
Supporters outside held placards reading "⟦s:-|Climate justice now⟧" and "⟦s:-|Grandmas against fossil fuels⟧". The climate group Tide Turn said it would "⟦p:e|not be deterred⟧".

### 060
@a Kwame Darko | the judge
@b Sandra Okafor-Bright | a former school cook
@c Daniel | Her son
@d Safe Harbour Women | The charity
A woman who killed her husband after years of abuse walked free from the Court of Appeal yesterday after her murder conviction was replaced with one of manslaughter.
Sandra Okafor-Bright, 56, a former school cook, was jailed for life in 2016 for stabbing Ronald Bright at their home in Greywater.
Lord Justice Kwame Darko said fresh psychiatric evidence showed she had been suffering from ``⟦p:a|a severe and untreated depressive illness⟧'' at the time. ``⟦d:a|Had the jury heard this evidence, we cannot be confident that they would have convicted of murder,⟧'' the judge said.
Mrs Okafor-Bright, who has served nine years, was resentenced to time served. Outside court she said: ``⟦d:b|I'm not celebrating. A man is dead. But for the first time in thirty years I feel like someone has heard what happened in that house.⟧''
Her son, Daniel, 31, said: ``⟦d:c|Mum protected us for years. Today it was our turn to stand up for her.⟧''
The charity Safe Harbour Women, which supported her appeal, said the case showed the courts still had ``⟦p:d|a long way to go⟧'' in understanding coercive control.

### 061
@a Vincent Harrow | The 64-year-old
@b Anjali Raman | Panel chair
@c Pauline Garside | the widow of PC Alan Garside
@d - | A prison source
"⟦d:a|I was a selfish, violent young man and I took a good man's life for money,⟧" Vincent Harrow told a public parole hearing on Wednesday. "⟦d:a|There is nothing I can say that undoes that. I'm not asking anyone to forgive me.⟧"
Harrow was jailed for life in 1992 for the murder of PC Alan Garside, 29, during a bank robbery in Holmwick. The 64-year-old, who has been eligible for parole since 2017, is seeking release for the fourth time.
Appearing by video link from HMP Ashgate, he told the panel he thought about his victim "⟦p:a|every single day⟧".
Panel chair Dr Anjali Raman asked him what he would do if released. "⟦d:b|Where would you live, Mr Harrow, and what would your days look like?⟧"
"⟦d:a|My sister has a room. I'd like to work with the garden project the chaplain runs. Quiet things,⟧" he said.
Pauline Garside, the widow of PC Alan Garside, read a statement to the hearing. "⟦d:c|Alan never got to be 30. I have lived 32 years without him. I ask the panel to remember that Vincent Harrow chose to carry a loaded gun that day,⟧" she said.
A prison source said Harrow had been "⟦p:d|a model prisoner for two decades⟧".
The panel will give its decision in writing within 14 days.

### 062
@a Doreen | The usher
@b Anil Mehta | District Judge
@c Phil | a man in a fleece
@d Terry | his former friend
There is a room on the second floor of Brackenholt County Court that nobody writes about. It has no dock, no wigs and no public gallery to speak of, just a long table, a box of tissues and a sign on the door that says “⟦s:-|Small Claims Hearing Room 3⟧”.
“⟦d:-|Is it always this quiet?⟧” I asked the usher, a cheerful woman called Doreen who has worked here for 22 years.
“⟦d:a|Quiet? Wait till the eleven o’clock,⟧” she said.
The eleven o’clock turned out to be a man in a fleece, whom I will call Phil, suing his former friend Terry for £400 over a motorbike that, depending on whom you believe, was either “⟦p:c|mint⟧” or “⟦p:d|a death trap with a seat on it⟧”.
“⟦d:c|He told me it had one careful owner,⟧” Phil told District Judge Anil Mehta. “⟦d:c|He didn’t mention the owner was a maniac.⟧”
“⟦d:d|It was fine when it left mine,⟧” said Terry, who had brought photographs. “⟦d:d|What he did to it after that is between him and his conscience.⟧”
District Judge Mehta listened to both with the patience of a man who has heard every variation of this story. “⟦d:b|Gentlemen, I have read the messages. You were friends for 20 years. Is there really no way you can sort this out between you?⟧” he asked.
There was not. Phil got £150. Terry said it was “⟦p:d|daylight robbery⟧”. Phil said it was “⟦p:c|a moral victory⟧”. Doreen made them both a cup of tea.
"""


def main() -> None:
    """Build and validate the set and write ``quotes_fresh163.jsonl``."""
    build_set(
        PASSAGES,
        out=OUT,
        prefix="fresh163",
        min_passages=55,
        pairs=PAIRS,
        require_all_speakers_used=True,
    )


if __name__ == "__main__":
    main()
